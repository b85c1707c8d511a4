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
@oracle_adstats0_smem = internal addrspace(3) global [32768 x i8] undef, align 1024
@oracle_admass0_rows = internal addrspace(3) global [128 x float] undef, align 16
@oracle_attn2_smem = internal addrspace(3) global [49152 x i8] undef, align 1024

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
	%46 = add i32 %3, 128
	%47 = icmp slt i32 %46, %T
	%48 = add i32 %3, 128
	%49 = select i1 %47, i32 %48, i32 %T
	%50 = add i32 %49, 127
	%51 = sdiv i32 %50, 128
	br label %52

52:
	%53 = phi i32 [ 0, %entry ], [ %2036, %2035 ]
	%54 = phi float [ 0xFFF0000000000000, %entry ], [ %1648, %2035 ]
	%55 = phi float [ 0xFFF0000000000000, %entry ], [ %1815, %2035 ]
	%56 = phi float [ 0.0, %entry ], [ %1749, %2035 ]
	%57 = phi float [ 0.0, %entry ], [ %1916, %2035 ]
	%58 = icmp slt i32 %53, %51
	br i1 %58, label %59, label %63

59:
	%60 = mul i32 %53, 128
	%61 = lshr i32 %4, 2
	%62 = mul i32 %61, u0x2000
	br label %75

63:
	%64 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %56, i32 1, i32 31)
	%65 = fadd float %56, %64
	%66 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %65, i32 2, i32 31)
	%67 = fadd float %65, %66
	%68 = mul i32 %4, 16
	%69 = add i32 %6, 0
	%70 = add i32 %68, %69
	%71 = add i32 %3, %70
	%72 = icmp slt i32 %71, %R
	%73 = icmp eq i32 %7, 0
	%74 = and i1 %72, %73
	br i1 %74, label %2037, label %2050

75:
	%76 = phi i32 [ 0, %59 ], [ %715, %142 ]
	%77 = phi float [ 0.0, %59 ], [ %651, %142 ]
	%78 = phi float [ 0.0, %59 ], [ %652, %142 ]
	%79 = phi float [ 0.0, %59 ], [ %653, %142 ]
	%80 = phi float [ 0.0, %59 ], [ %654, %142 ]
	%81 = phi float [ 0.0, %59 ], [ %655, %142 ]
	%82 = phi float [ 0.0, %59 ], [ %656, %142 ]
	%83 = phi float [ 0.0, %59 ], [ %657, %142 ]
	%84 = phi float [ 0.0, %59 ], [ %658, %142 ]
	%85 = phi float [ 0.0, %59 ], [ %659, %142 ]
	%86 = phi float [ 0.0, %59 ], [ %660, %142 ]
	%87 = phi float [ 0.0, %59 ], [ %661, %142 ]
	%88 = phi float [ 0.0, %59 ], [ %662, %142 ]
	%89 = phi float [ 0.0, %59 ], [ %663, %142 ]
	%90 = phi float [ 0.0, %59 ], [ %664, %142 ]
	%91 = phi float [ 0.0, %59 ], [ %665, %142 ]
	%92 = phi float [ 0.0, %59 ], [ %666, %142 ]
	%93 = phi float [ 0.0, %59 ], [ %667, %142 ]
	%94 = phi float [ 0.0, %59 ], [ %668, %142 ]
	%95 = phi float [ 0.0, %59 ], [ %669, %142 ]
	%96 = phi float [ 0.0, %59 ], [ %670, %142 ]
	%97 = phi float [ 0.0, %59 ], [ %671, %142 ]
	%98 = phi float [ 0.0, %59 ], [ %672, %142 ]
	%99 = phi float [ 0.0, %59 ], [ %673, %142 ]
	%100 = phi float [ 0.0, %59 ], [ %674, %142 ]
	%101 = phi float [ 0.0, %59 ], [ %675, %142 ]
	%102 = phi float [ 0.0, %59 ], [ %676, %142 ]
	%103 = phi float [ 0.0, %59 ], [ %677, %142 ]
	%104 = phi float [ 0.0, %59 ], [ %678, %142 ]
	%105 = phi float [ 0.0, %59 ], [ %679, %142 ]
	%106 = phi float [ 0.0, %59 ], [ %680, %142 ]
	%107 = phi float [ 0.0, %59 ], [ %681, %142 ]
	%108 = phi float [ 0.0, %59 ], [ %682, %142 ]
	%109 = phi float [ 0.0, %59 ], [ %683, %142 ]
	%110 = phi float [ 0.0, %59 ], [ %684, %142 ]
	%111 = phi float [ 0.0, %59 ], [ %685, %142 ]
	%112 = phi float [ 0.0, %59 ], [ %686, %142 ]
	%113 = phi float [ 0.0, %59 ], [ %687, %142 ]
	%114 = phi float [ 0.0, %59 ], [ %688, %142 ]
	%115 = phi float [ 0.0, %59 ], [ %689, %142 ]
	%116 = phi float [ 0.0, %59 ], [ %690, %142 ]
	%117 = phi float [ 0.0, %59 ], [ %691, %142 ]
	%118 = phi float [ 0.0, %59 ], [ %692, %142 ]
	%119 = phi float [ 0.0, %59 ], [ %693, %142 ]
	%120 = phi float [ 0.0, %59 ], [ %694, %142 ]
	%121 = phi float [ 0.0, %59 ], [ %695, %142 ]
	%122 = phi float [ 0.0, %59 ], [ %696, %142 ]
	%123 = phi float [ 0.0, %59 ], [ %697, %142 ]
	%124 = phi float [ 0.0, %59 ], [ %698, %142 ]
	%125 = phi float [ 0.0, %59 ], [ %699, %142 ]
	%126 = phi float [ 0.0, %59 ], [ %700, %142 ]
	%127 = phi float [ 0.0, %59 ], [ %701, %142 ]
	%128 = phi float [ 0.0, %59 ], [ %702, %142 ]
	%129 = phi float [ 0.0, %59 ], [ %703, %142 ]
	%130 = phi float [ 0.0, %59 ], [ %704, %142 ]
	%131 = phi float [ 0.0, %59 ], [ %705, %142 ]
	%132 = phi float [ 0.0, %59 ], [ %706, %142 ]
	%133 = phi float [ 0.0, %59 ], [ %707, %142 ]
	%134 = phi float [ 0.0, %59 ], [ %708, %142 ]
	%135 = phi float [ 0.0, %59 ], [ %709, %142 ]
	%136 = phi float [ 0.0, %59 ], [ %710, %142 ]
	%137 = phi float [ 0.0, %59 ], [ %711, %142 ]
	%138 = phi float [ 0.0, %59 ], [ %712, %142 ]
	%139 = phi float [ 0.0, %59 ], [ %713, %142 ]
	%140 = phi float [ 0.0, %59 ], [ %714, %142 ]
	%141 = icmp slt i32 %76, 2
	br i1 %141, label %142, label %716

142:
	%143 = sdiv i32 %76, 2
	%144 = srem i32 %76, 2
	%145 = mul i32 %144, 64
	%146 = sub i32 0, %143
	%147 = add i32 %0, 0
	%148 = lshr i32 %147, 3
	%149 = and i32 %147, 7
	%150 = add i32 %3, %148
	%151 = mul i32 %150, 1
	%152 = add i32 %151, %146
	%153 = icmp slt i32 %152, %M
	%154 = select i1 %153, i32 %152, i32 0
	%155 = mul i32 %154, 128
	%156 = add i32 %155, %145
	%157 = mul i32 %149, 8
	%158 = add i32 %156, %157
	%159 = lshr i32 %149, 3
	%160 = mul i32 %159, u0x4000
	%161 = and i32 %149, 7
	%162 = and i32 %148, 7
	%163 = xor i32 %161, %162
	%164 = mul i32 %148, 128
	%165 = shl i32 %163, 4
	%166 = add i32 %164, %165
	%167 = add i32 %160, %166
	%168 = add i32 %19, %167
	%169 = sext i32 %158 to i64
	%170 = getelementptr i16, i16* %12, i64 %169
	%171 = select i1 %153, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %168, i16* %170, i32 %171)
	%172 = add i32 %0, 256
	%173 = lshr i32 %172, 3
	%174 = and i32 %172, 7
	%175 = add i32 %3, %173
	%176 = mul i32 %175, 1
	%177 = add i32 %176, %146
	%178 = icmp slt i32 %177, %M
	%179 = select i1 %178, i32 %177, i32 0
	%180 = mul i32 %179, 128
	%181 = add i32 %180, %145
	%182 = mul i32 %174, 8
	%183 = add i32 %181, %182
	%184 = lshr i32 %174, 3
	%185 = mul i32 %184, u0x4000
	%186 = and i32 %174, 7
	%187 = and i32 %173, 7
	%188 = xor i32 %186, %187
	%189 = mul i32 %173, 128
	%190 = shl i32 %188, 4
	%191 = add i32 %189, %190
	%192 = add i32 %185, %191
	%193 = add i32 %19, %192
	%194 = sext i32 %183 to i64
	%195 = getelementptr i16, i16* %12, i64 %194
	%196 = select i1 %178, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %193, i16* %195, i32 %196)
	%197 = add i32 %0, 512
	%198 = lshr i32 %197, 3
	%199 = and i32 %197, 7
	%200 = add i32 %3, %198
	%201 = mul i32 %200, 1
	%202 = add i32 %201, %146
	%203 = icmp slt i32 %202, %M
	%204 = select i1 %203, i32 %202, i32 0
	%205 = mul i32 %204, 128
	%206 = add i32 %205, %145
	%207 = mul i32 %199, 8
	%208 = add i32 %206, %207
	%209 = lshr i32 %199, 3
	%210 = mul i32 %209, u0x4000
	%211 = and i32 %199, 7
	%212 = and i32 %198, 7
	%213 = xor i32 %211, %212
	%214 = mul i32 %198, 128
	%215 = shl i32 %213, 4
	%216 = add i32 %214, %215
	%217 = add i32 %210, %216
	%218 = add i32 %19, %217
	%219 = sext i32 %208 to i64
	%220 = getelementptr i16, i16* %12, i64 %219
	%221 = select i1 %203, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %218, i16* %220, i32 %221)
	%222 = add i32 %0, 768
	%223 = lshr i32 %222, 3
	%224 = and i32 %222, 7
	%225 = add i32 %3, %223
	%226 = mul i32 %225, 1
	%227 = add i32 %226, %146
	%228 = icmp slt i32 %227, %M
	%229 = select i1 %228, i32 %227, i32 0
	%230 = mul i32 %229, 128
	%231 = add i32 %230, %145
	%232 = mul i32 %224, 8
	%233 = add i32 %231, %232
	%234 = lshr i32 %224, 3
	%235 = mul i32 %234, u0x4000
	%236 = and i32 %224, 7
	%237 = and i32 %223, 7
	%238 = xor i32 %236, %237
	%239 = mul i32 %223, 128
	%240 = shl i32 %238, 4
	%241 = add i32 %239, %240
	%242 = add i32 %235, %241
	%243 = add i32 %19, %242
	%244 = sext i32 %233 to i64
	%245 = getelementptr i16, i16* %12, i64 %244
	%246 = select i1 %228, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %243, i16* %245, i32 %246)
	%247 = add i32 %0, 0
	%248 = lshr i32 %247, 3
	%249 = and i32 %247, 7
	%250 = add i32 %60, %248
	%251 = mul i32 %250, 1
	%252 = add i32 %251, %143
	%253 = icmp slt i32 %252, %N
	%254 = select i1 %253, i32 %252, i32 0
	%255 = mul i32 %254, 128
	%256 = add i32 %255, %145
	%257 = mul i32 %249, 8
	%258 = add i32 %256, %257
	%259 = lshr i32 %249, 3
	%260 = mul i32 %259, u0x4000
	%261 = and i32 %249, 7
	%262 = and i32 %248, 7
	%263 = xor i32 %261, %262
	%264 = mul i32 %248, 128
	%265 = shl i32 %263, 4
	%266 = add i32 %264, %265
	%267 = add i32 %260, %266
	%268 = add i32 %20, %267
	%269 = sext i32 %258 to i64
	%270 = getelementptr i16, i16* %16, i64 %269
	%271 = select i1 %253, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %268, i16* %270, i32 %271)
	%272 = add i32 %0, 256
	%273 = lshr i32 %272, 3
	%274 = and i32 %272, 7
	%275 = add i32 %60, %273
	%276 = mul i32 %275, 1
	%277 = add i32 %276, %143
	%278 = icmp slt i32 %277, %N
	%279 = select i1 %278, i32 %277, i32 0
	%280 = mul i32 %279, 128
	%281 = add i32 %280, %145
	%282 = mul i32 %274, 8
	%283 = add i32 %281, %282
	%284 = lshr i32 %274, 3
	%285 = mul i32 %284, u0x4000
	%286 = and i32 %274, 7
	%287 = and i32 %273, 7
	%288 = xor i32 %286, %287
	%289 = mul i32 %273, 128
	%290 = shl i32 %288, 4
	%291 = add i32 %289, %290
	%292 = add i32 %285, %291
	%293 = add i32 %20, %292
	%294 = sext i32 %283 to i64
	%295 = getelementptr i16, i16* %16, i64 %294
	%296 = select i1 %278, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %293, i16* %295, i32 %296)
	%297 = add i32 %0, 512
	%298 = lshr i32 %297, 3
	%299 = and i32 %297, 7
	%300 = add i32 %60, %298
	%301 = mul i32 %300, 1
	%302 = add i32 %301, %143
	%303 = icmp slt i32 %302, %N
	%304 = select i1 %303, i32 %302, i32 0
	%305 = mul i32 %304, 128
	%306 = add i32 %305, %145
	%307 = mul i32 %299, 8
	%308 = add i32 %306, %307
	%309 = lshr i32 %299, 3
	%310 = mul i32 %309, u0x4000
	%311 = and i32 %299, 7
	%312 = and i32 %298, 7
	%313 = xor i32 %311, %312
	%314 = mul i32 %298, 128
	%315 = shl i32 %313, 4
	%316 = add i32 %314, %315
	%317 = add i32 %310, %316
	%318 = add i32 %20, %317
	%319 = sext i32 %308 to i64
	%320 = getelementptr i16, i16* %16, i64 %319
	%321 = select i1 %303, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %318, i16* %320, i32 %321)
	%322 = add i32 %0, 768
	%323 = lshr i32 %322, 3
	%324 = and i32 %322, 7
	%325 = add i32 %60, %323
	%326 = mul i32 %325, 1
	%327 = add i32 %326, %143
	%328 = icmp slt i32 %327, %N
	%329 = select i1 %328, i32 %327, i32 0
	%330 = mul i32 %329, 128
	%331 = add i32 %330, %145
	%332 = mul i32 %324, 8
	%333 = add i32 %331, %332
	%334 = lshr i32 %324, 3
	%335 = mul i32 %334, u0x4000
	%336 = and i32 %324, 7
	%337 = and i32 %323, 7
	%338 = xor i32 %336, %337
	%339 = mul i32 %323, 128
	%340 = shl i32 %338, 4
	%341 = add i32 %339, %340
	%342 = add i32 %335, %341
	%343 = add i32 %20, %342
	%344 = sext i32 %333 to i64
	%345 = getelementptr i16, i16* %16, i64 %344
	%346 = select i1 %328, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %343, i16* %345, i32 %346)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%347 = add i32 %19, %62
	%348 = add i32 %347, 0
	%349 = zext i32 %348 to i64
	%350 = lshr i64 %349, 4
	%351 = and i64 %350, u0x3FFF
	%352 = or i64 %351, u0x4000004000010000
	%353 = add i32 %20, 0
	%354 = zext i32 %353 to i64
	%355 = lshr i64 %354, 4
	%356 = and i64 %355, u0x3FFF
	%357 = or i64 %356, u0x4000004000010000
	%358 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %77, float %78, float %79, float %80, float %81, float %82, float %83, float %84, float %85, float %86, float %87, float %88, float %89, float %90, float %91, float %92, float %93, float %94, float %95, float %96, float %97, float %98, float %99, float %100, float %101, float %102, float %103, float %104, float %105, float %106, float %107, float %108, float %109, float %110, float %111, float %112, float %113, float %114, float %115, float %116, float %117, float %118, float %119, float %120, float %121, float %122, float %123, float %124, float %125, float %126, float %127, float %128, float %129, float %130, float %131, float %132, float %133, float %134, float %135, float %136, float %137, float %138, float %139, float %140, i64 %352, i64 %357, i32 1)
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 0
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 1
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 2
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 3
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 4
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 5
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 6
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 7
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 8
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 9
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 10
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 11
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 12
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 13
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 14
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 15
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 16
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 17
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 18
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 19
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 20
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 21
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 22
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 23
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 24
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 25
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 26
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 27
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 28
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 29
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 30
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 31
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 32
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 33
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 34
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 35
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 36
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 37
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 38
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 39
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 40
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 41
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 42
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 43
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 44
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 45
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 46
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 47
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 48
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 49
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 50
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 51
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 52
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 53
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 54
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 55
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 56
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 57
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 58
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 59
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 60
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 61
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 62
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %358, 63
	%423 = add i32 %19, %62
	%424 = add i32 %423, 32
	%425 = zext i32 %424 to i64
	%426 = lshr i64 %425, 4
	%427 = and i64 %426, u0x3FFF
	%428 = or i64 %427, u0x4000004000010000
	%429 = add i32 %20, 32
	%430 = zext i32 %429 to i64
	%431 = lshr i64 %430, 4
	%432 = and i64 %431, u0x3FFF
	%433 = or i64 %432, u0x4000004000010000
	%434 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, i64 %428, i64 %433, i32 1)
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
	%499 = add i32 %19, %62
	%500 = add i32 %499, 64
	%501 = zext i32 %500 to i64
	%502 = lshr i64 %501, 4
	%503 = and i64 %502, u0x3FFF
	%504 = or i64 %503, u0x4000004000010000
	%505 = add i32 %20, 64
	%506 = zext i32 %505 to i64
	%507 = lshr i64 %506, 4
	%508 = and i64 %507, u0x3FFF
	%509 = or i64 %508, u0x4000004000010000
	%510 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %435, float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, float %497, float %498, i64 %504, i64 %509, i32 1)
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 0
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 1
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 2
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 3
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 4
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 5
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 6
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 7
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 8
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 9
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 10
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 11
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 12
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 13
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 14
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 15
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 16
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 17
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 18
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 19
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 20
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 21
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 22
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 23
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 24
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 25
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 26
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 27
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 28
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 29
	%541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 30
	%542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 31
	%543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 32
	%544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 33
	%545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 34
	%546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 35
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 36
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 37
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 38
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 39
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 40
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 41
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 42
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 43
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 44
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 45
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 46
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 47
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 48
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 49
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 50
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 51
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 52
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 53
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 54
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 55
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 56
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 57
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 58
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 59
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 60
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 61
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 62
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %510, 63
	%575 = add i32 %19, %62
	%576 = add i32 %575, 96
	%577 = zext i32 %576 to i64
	%578 = lshr i64 %577, 4
	%579 = and i64 %578, u0x3FFF
	%580 = or i64 %579, u0x4000004000010000
	%581 = add i32 %20, 96
	%582 = zext i32 %581 to i64
	%583 = lshr i64 %582, 4
	%584 = and i64 %583, u0x3FFF
	%585 = or i64 %584, u0x4000004000010000
	%586 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %540, float %541, float %542, float %543, float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, i64 %580, i64 %585, i32 1)
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 0
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 1
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 2
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 3
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 4
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 5
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 6
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 7
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 8
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 9
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 10
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 11
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 12
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 13
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 14
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 15
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 16
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 17
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 18
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 19
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 20
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 21
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 22
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 23
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 24
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 25
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 26
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 27
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 28
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 29
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 30
	%618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 31
	%619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 32
	%620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 33
	%621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 34
	%622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 35
	%623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 36
	%624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 37
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 38
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 39
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 40
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 41
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 42
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 43
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 44
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 45
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 46
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 47
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 48
	%636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 49
	%637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 50
	%638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 51
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 52
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 53
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 54
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 55
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 56
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 57
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 58
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 59
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 60
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 61
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 62
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 63
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%711 = call float asm sideeffect "", "=f,0"(float %647)
	%712 = call float asm sideeffect "", "=f,0"(float %648)
	%713 = call float asm sideeffect "", "=f,0"(float %649)
	%714 = call float asm sideeffect "", "=f,0"(float %650)
	call void @llvm.nvvm.barrier0()
	%715 = add i32 %76, 1
	br label %75

716:
	%717 = mul i32 %4, 16
	%718 = add i32 %6, 0
	%719 = add i32 %717, %718
	%720 = add i32 %3, %719
	%721 = shl i32 %7, 1
	%722 = add i32 0, %721
	%723 = add i32 %60, %722
	%724 = icmp slt i32 %720, %R
	%725 = icmp slt i32 %723, %T
	%726 = and i1 %724, %725
	%727 = icmp sle i32 %723, %720
	%728 = and i1 %726, %727
	%729 = fmul float %77, 0x3FC0527DC0000000
	%730 = select i1 %728, float %729, float 0xFFF0000000000000
	%731 = mul i32 %4, 16
	%732 = add i32 %6, 0
	%733 = add i32 %731, %732
	%734 = add i32 %3, %733
	%735 = shl i32 %7, 1
	%736 = add i32 1, %735
	%737 = add i32 %60, %736
	%738 = icmp slt i32 %734, %R
	%739 = icmp slt i32 %737, %T
	%740 = and i1 %738, %739
	%741 = icmp sle i32 %737, %734
	%742 = and i1 %740, %741
	%743 = fmul float %78, 0x3FC0527DC0000000
	%744 = select i1 %742, float %743, float 0xFFF0000000000000
	%745 = mul i32 %4, 16
	%746 = add i32 %6, 8
	%747 = add i32 %745, %746
	%748 = add i32 %3, %747
	%749 = shl i32 %7, 1
	%750 = add i32 0, %749
	%751 = add i32 %60, %750
	%752 = icmp slt i32 %748, %R
	%753 = icmp slt i32 %751, %T
	%754 = and i1 %752, %753
	%755 = icmp sle i32 %751, %748
	%756 = and i1 %754, %755
	%757 = fmul float %79, 0x3FC0527DC0000000
	%758 = select i1 %756, float %757, float 0xFFF0000000000000
	%759 = mul i32 %4, 16
	%760 = add i32 %6, 8
	%761 = add i32 %759, %760
	%762 = add i32 %3, %761
	%763 = shl i32 %7, 1
	%764 = add i32 1, %763
	%765 = add i32 %60, %764
	%766 = icmp slt i32 %762, %R
	%767 = icmp slt i32 %765, %T
	%768 = and i1 %766, %767
	%769 = icmp sle i32 %765, %762
	%770 = and i1 %768, %769
	%771 = fmul float %80, 0x3FC0527DC0000000
	%772 = select i1 %770, float %771, float 0xFFF0000000000000
	%773 = mul i32 %4, 16
	%774 = add i32 %6, 0
	%775 = add i32 %773, %774
	%776 = add i32 %3, %775
	%777 = shl i32 %7, 1
	%778 = add i32 8, %777
	%779 = add i32 %60, %778
	%780 = icmp slt i32 %776, %R
	%781 = icmp slt i32 %779, %T
	%782 = and i1 %780, %781
	%783 = icmp sle i32 %779, %776
	%784 = and i1 %782, %783
	%785 = fmul float %81, 0x3FC0527DC0000000
	%786 = select i1 %784, float %785, float 0xFFF0000000000000
	%787 = mul i32 %4, 16
	%788 = add i32 %6, 0
	%789 = add i32 %787, %788
	%790 = add i32 %3, %789
	%791 = shl i32 %7, 1
	%792 = add i32 9, %791
	%793 = add i32 %60, %792
	%794 = icmp slt i32 %790, %R
	%795 = icmp slt i32 %793, %T
	%796 = and i1 %794, %795
	%797 = icmp sle i32 %793, %790
	%798 = and i1 %796, %797
	%799 = fmul float %82, 0x3FC0527DC0000000
	%800 = select i1 %798, float %799, float 0xFFF0000000000000
	%801 = mul i32 %4, 16
	%802 = add i32 %6, 8
	%803 = add i32 %801, %802
	%804 = add i32 %3, %803
	%805 = shl i32 %7, 1
	%806 = add i32 8, %805
	%807 = add i32 %60, %806
	%808 = icmp slt i32 %804, %R
	%809 = icmp slt i32 %807, %T
	%810 = and i1 %808, %809
	%811 = icmp sle i32 %807, %804
	%812 = and i1 %810, %811
	%813 = fmul float %83, 0x3FC0527DC0000000
	%814 = select i1 %812, float %813, float 0xFFF0000000000000
	%815 = mul i32 %4, 16
	%816 = add i32 %6, 8
	%817 = add i32 %815, %816
	%818 = add i32 %3, %817
	%819 = shl i32 %7, 1
	%820 = add i32 9, %819
	%821 = add i32 %60, %820
	%822 = icmp slt i32 %818, %R
	%823 = icmp slt i32 %821, %T
	%824 = and i1 %822, %823
	%825 = icmp sle i32 %821, %818
	%826 = and i1 %824, %825
	%827 = fmul float %84, 0x3FC0527DC0000000
	%828 = select i1 %826, float %827, float 0xFFF0000000000000
	%829 = mul i32 %4, 16
	%830 = add i32 %6, 0
	%831 = add i32 %829, %830
	%832 = add i32 %3, %831
	%833 = shl i32 %7, 1
	%834 = add i32 16, %833
	%835 = add i32 %60, %834
	%836 = icmp slt i32 %832, %R
	%837 = icmp slt i32 %835, %T
	%838 = and i1 %836, %837
	%839 = icmp sle i32 %835, %832
	%840 = and i1 %838, %839
	%841 = fmul float %85, 0x3FC0527DC0000000
	%842 = select i1 %840, float %841, float 0xFFF0000000000000
	%843 = mul i32 %4, 16
	%844 = add i32 %6, 0
	%845 = add i32 %843, %844
	%846 = add i32 %3, %845
	%847 = shl i32 %7, 1
	%848 = add i32 17, %847
	%849 = add i32 %60, %848
	%850 = icmp slt i32 %846, %R
	%851 = icmp slt i32 %849, %T
	%852 = and i1 %850, %851
	%853 = icmp sle i32 %849, %846
	%854 = and i1 %852, %853
	%855 = fmul float %86, 0x3FC0527DC0000000
	%856 = select i1 %854, float %855, float 0xFFF0000000000000
	%857 = mul i32 %4, 16
	%858 = add i32 %6, 8
	%859 = add i32 %857, %858
	%860 = add i32 %3, %859
	%861 = shl i32 %7, 1
	%862 = add i32 16, %861
	%863 = add i32 %60, %862
	%864 = icmp slt i32 %860, %R
	%865 = icmp slt i32 %863, %T
	%866 = and i1 %864, %865
	%867 = icmp sle i32 %863, %860
	%868 = and i1 %866, %867
	%869 = fmul float %87, 0x3FC0527DC0000000
	%870 = select i1 %868, float %869, float 0xFFF0000000000000
	%871 = mul i32 %4, 16
	%872 = add i32 %6, 8
	%873 = add i32 %871, %872
	%874 = add i32 %3, %873
	%875 = shl i32 %7, 1
	%876 = add i32 17, %875
	%877 = add i32 %60, %876
	%878 = icmp slt i32 %874, %R
	%879 = icmp slt i32 %877, %T
	%880 = and i1 %878, %879
	%881 = icmp sle i32 %877, %874
	%882 = and i1 %880, %881
	%883 = fmul float %88, 0x3FC0527DC0000000
	%884 = select i1 %882, float %883, float 0xFFF0000000000000
	%885 = mul i32 %4, 16
	%886 = add i32 %6, 0
	%887 = add i32 %885, %886
	%888 = add i32 %3, %887
	%889 = shl i32 %7, 1
	%890 = add i32 24, %889
	%891 = add i32 %60, %890
	%892 = icmp slt i32 %888, %R
	%893 = icmp slt i32 %891, %T
	%894 = and i1 %892, %893
	%895 = icmp sle i32 %891, %888
	%896 = and i1 %894, %895
	%897 = fmul float %89, 0x3FC0527DC0000000
	%898 = select i1 %896, float %897, float 0xFFF0000000000000
	%899 = mul i32 %4, 16
	%900 = add i32 %6, 0
	%901 = add i32 %899, %900
	%902 = add i32 %3, %901
	%903 = shl i32 %7, 1
	%904 = add i32 25, %903
	%905 = add i32 %60, %904
	%906 = icmp slt i32 %902, %R
	%907 = icmp slt i32 %905, %T
	%908 = and i1 %906, %907
	%909 = icmp sle i32 %905, %902
	%910 = and i1 %908, %909
	%911 = fmul float %90, 0x3FC0527DC0000000
	%912 = select i1 %910, float %911, float 0xFFF0000000000000
	%913 = mul i32 %4, 16
	%914 = add i32 %6, 8
	%915 = add i32 %913, %914
	%916 = add i32 %3, %915
	%917 = shl i32 %7, 1
	%918 = add i32 24, %917
	%919 = add i32 %60, %918
	%920 = icmp slt i32 %916, %R
	%921 = icmp slt i32 %919, %T
	%922 = and i1 %920, %921
	%923 = icmp sle i32 %919, %916
	%924 = and i1 %922, %923
	%925 = fmul float %91, 0x3FC0527DC0000000
	%926 = select i1 %924, float %925, float 0xFFF0000000000000
	%927 = mul i32 %4, 16
	%928 = add i32 %6, 8
	%929 = add i32 %927, %928
	%930 = add i32 %3, %929
	%931 = shl i32 %7, 1
	%932 = add i32 25, %931
	%933 = add i32 %60, %932
	%934 = icmp slt i32 %930, %R
	%935 = icmp slt i32 %933, %T
	%936 = and i1 %934, %935
	%937 = icmp sle i32 %933, %930
	%938 = and i1 %936, %937
	%939 = fmul float %92, 0x3FC0527DC0000000
	%940 = select i1 %938, float %939, float 0xFFF0000000000000
	%941 = mul i32 %4, 16
	%942 = add i32 %6, 0
	%943 = add i32 %941, %942
	%944 = add i32 %3, %943
	%945 = shl i32 %7, 1
	%946 = add i32 32, %945
	%947 = add i32 %60, %946
	%948 = icmp slt i32 %944, %R
	%949 = icmp slt i32 %947, %T
	%950 = and i1 %948, %949
	%951 = icmp sle i32 %947, %944
	%952 = and i1 %950, %951
	%953 = fmul float %93, 0x3FC0527DC0000000
	%954 = select i1 %952, float %953, float 0xFFF0000000000000
	%955 = mul i32 %4, 16
	%956 = add i32 %6, 0
	%957 = add i32 %955, %956
	%958 = add i32 %3, %957
	%959 = shl i32 %7, 1
	%960 = add i32 33, %959
	%961 = add i32 %60, %960
	%962 = icmp slt i32 %958, %R
	%963 = icmp slt i32 %961, %T
	%964 = and i1 %962, %963
	%965 = icmp sle i32 %961, %958
	%966 = and i1 %964, %965
	%967 = fmul float %94, 0x3FC0527DC0000000
	%968 = select i1 %966, float %967, float 0xFFF0000000000000
	%969 = mul i32 %4, 16
	%970 = add i32 %6, 8
	%971 = add i32 %969, %970
	%972 = add i32 %3, %971
	%973 = shl i32 %7, 1
	%974 = add i32 32, %973
	%975 = add i32 %60, %974
	%976 = icmp slt i32 %972, %R
	%977 = icmp slt i32 %975, %T
	%978 = and i1 %976, %977
	%979 = icmp sle i32 %975, %972
	%980 = and i1 %978, %979
	%981 = fmul float %95, 0x3FC0527DC0000000
	%982 = select i1 %980, float %981, float 0xFFF0000000000000
	%983 = mul i32 %4, 16
	%984 = add i32 %6, 8
	%985 = add i32 %983, %984
	%986 = add i32 %3, %985
	%987 = shl i32 %7, 1
	%988 = add i32 33, %987
	%989 = add i32 %60, %988
	%990 = icmp slt i32 %986, %R
	%991 = icmp slt i32 %989, %T
	%992 = and i1 %990, %991
	%993 = icmp sle i32 %989, %986
	%994 = and i1 %992, %993
	%995 = fmul float %96, 0x3FC0527DC0000000
	%996 = select i1 %994, float %995, float 0xFFF0000000000000
	%997 = mul i32 %4, 16
	%998 = add i32 %6, 0
	%999 = add i32 %997, %998
	%1000 = add i32 %3, %999
	%1001 = shl i32 %7, 1
	%1002 = add i32 40, %1001
	%1003 = add i32 %60, %1002
	%1004 = icmp slt i32 %1000, %R
	%1005 = icmp slt i32 %1003, %T
	%1006 = and i1 %1004, %1005
	%1007 = icmp sle i32 %1003, %1000
	%1008 = and i1 %1006, %1007
	%1009 = fmul float %97, 0x3FC0527DC0000000
	%1010 = select i1 %1008, float %1009, float 0xFFF0000000000000
	%1011 = mul i32 %4, 16
	%1012 = add i32 %6, 0
	%1013 = add i32 %1011, %1012
	%1014 = add i32 %3, %1013
	%1015 = shl i32 %7, 1
	%1016 = add i32 41, %1015
	%1017 = add i32 %60, %1016
	%1018 = icmp slt i32 %1014, %R
	%1019 = icmp slt i32 %1017, %T
	%1020 = and i1 %1018, %1019
	%1021 = icmp sle i32 %1017, %1014
	%1022 = and i1 %1020, %1021
	%1023 = fmul float %98, 0x3FC0527DC0000000
	%1024 = select i1 %1022, float %1023, float 0xFFF0000000000000
	%1025 = mul i32 %4, 16
	%1026 = add i32 %6, 8
	%1027 = add i32 %1025, %1026
	%1028 = add i32 %3, %1027
	%1029 = shl i32 %7, 1
	%1030 = add i32 40, %1029
	%1031 = add i32 %60, %1030
	%1032 = icmp slt i32 %1028, %R
	%1033 = icmp slt i32 %1031, %T
	%1034 = and i1 %1032, %1033
	%1035 = icmp sle i32 %1031, %1028
	%1036 = and i1 %1034, %1035
	%1037 = fmul float %99, 0x3FC0527DC0000000
	%1038 = select i1 %1036, float %1037, float 0xFFF0000000000000
	%1039 = mul i32 %4, 16
	%1040 = add i32 %6, 8
	%1041 = add i32 %1039, %1040
	%1042 = add i32 %3, %1041
	%1043 = shl i32 %7, 1
	%1044 = add i32 41, %1043
	%1045 = add i32 %60, %1044
	%1046 = icmp slt i32 %1042, %R
	%1047 = icmp slt i32 %1045, %T
	%1048 = and i1 %1046, %1047
	%1049 = icmp sle i32 %1045, %1042
	%1050 = and i1 %1048, %1049
	%1051 = fmul float %100, 0x3FC0527DC0000000
	%1052 = select i1 %1050, float %1051, float 0xFFF0000000000000
	%1053 = mul i32 %4, 16
	%1054 = add i32 %6, 0
	%1055 = add i32 %1053, %1054
	%1056 = add i32 %3, %1055
	%1057 = shl i32 %7, 1
	%1058 = add i32 48, %1057
	%1059 = add i32 %60, %1058
	%1060 = icmp slt i32 %1056, %R
	%1061 = icmp slt i32 %1059, %T
	%1062 = and i1 %1060, %1061
	%1063 = icmp sle i32 %1059, %1056
	%1064 = and i1 %1062, %1063
	%1065 = fmul float %101, 0x3FC0527DC0000000
	%1066 = select i1 %1064, float %1065, float 0xFFF0000000000000
	%1067 = mul i32 %4, 16
	%1068 = add i32 %6, 0
	%1069 = add i32 %1067, %1068
	%1070 = add i32 %3, %1069
	%1071 = shl i32 %7, 1
	%1072 = add i32 49, %1071
	%1073 = add i32 %60, %1072
	%1074 = icmp slt i32 %1070, %R
	%1075 = icmp slt i32 %1073, %T
	%1076 = and i1 %1074, %1075
	%1077 = icmp sle i32 %1073, %1070
	%1078 = and i1 %1076, %1077
	%1079 = fmul float %102, 0x3FC0527DC0000000
	%1080 = select i1 %1078, float %1079, float 0xFFF0000000000000
	%1081 = mul i32 %4, 16
	%1082 = add i32 %6, 8
	%1083 = add i32 %1081, %1082
	%1084 = add i32 %3, %1083
	%1085 = shl i32 %7, 1
	%1086 = add i32 48, %1085
	%1087 = add i32 %60, %1086
	%1088 = icmp slt i32 %1084, %R
	%1089 = icmp slt i32 %1087, %T
	%1090 = and i1 %1088, %1089
	%1091 = icmp sle i32 %1087, %1084
	%1092 = and i1 %1090, %1091
	%1093 = fmul float %103, 0x3FC0527DC0000000
	%1094 = select i1 %1092, float %1093, float 0xFFF0000000000000
	%1095 = mul i32 %4, 16
	%1096 = add i32 %6, 8
	%1097 = add i32 %1095, %1096
	%1098 = add i32 %3, %1097
	%1099 = shl i32 %7, 1
	%1100 = add i32 49, %1099
	%1101 = add i32 %60, %1100
	%1102 = icmp slt i32 %1098, %R
	%1103 = icmp slt i32 %1101, %T
	%1104 = and i1 %1102, %1103
	%1105 = icmp sle i32 %1101, %1098
	%1106 = and i1 %1104, %1105
	%1107 = fmul float %104, 0x3FC0527DC0000000
	%1108 = select i1 %1106, float %1107, float 0xFFF0000000000000
	%1109 = mul i32 %4, 16
	%1110 = add i32 %6, 0
	%1111 = add i32 %1109, %1110
	%1112 = add i32 %3, %1111
	%1113 = shl i32 %7, 1
	%1114 = add i32 56, %1113
	%1115 = add i32 %60, %1114
	%1116 = icmp slt i32 %1112, %R
	%1117 = icmp slt i32 %1115, %T
	%1118 = and i1 %1116, %1117
	%1119 = icmp sle i32 %1115, %1112
	%1120 = and i1 %1118, %1119
	%1121 = fmul float %105, 0x3FC0527DC0000000
	%1122 = select i1 %1120, float %1121, float 0xFFF0000000000000
	%1123 = mul i32 %4, 16
	%1124 = add i32 %6, 0
	%1125 = add i32 %1123, %1124
	%1126 = add i32 %3, %1125
	%1127 = shl i32 %7, 1
	%1128 = add i32 57, %1127
	%1129 = add i32 %60, %1128
	%1130 = icmp slt i32 %1126, %R
	%1131 = icmp slt i32 %1129, %T
	%1132 = and i1 %1130, %1131
	%1133 = icmp sle i32 %1129, %1126
	%1134 = and i1 %1132, %1133
	%1135 = fmul float %106, 0x3FC0527DC0000000
	%1136 = select i1 %1134, float %1135, float 0xFFF0000000000000
	%1137 = mul i32 %4, 16
	%1138 = add i32 %6, 8
	%1139 = add i32 %1137, %1138
	%1140 = add i32 %3, %1139
	%1141 = shl i32 %7, 1
	%1142 = add i32 56, %1141
	%1143 = add i32 %60, %1142
	%1144 = icmp slt i32 %1140, %R
	%1145 = icmp slt i32 %1143, %T
	%1146 = and i1 %1144, %1145
	%1147 = icmp sle i32 %1143, %1140
	%1148 = and i1 %1146, %1147
	%1149 = fmul float %107, 0x3FC0527DC0000000
	%1150 = select i1 %1148, float %1149, float 0xFFF0000000000000
	%1151 = mul i32 %4, 16
	%1152 = add i32 %6, 8
	%1153 = add i32 %1151, %1152
	%1154 = add i32 %3, %1153
	%1155 = shl i32 %7, 1
	%1156 = add i32 57, %1155
	%1157 = add i32 %60, %1156
	%1158 = icmp slt i32 %1154, %R
	%1159 = icmp slt i32 %1157, %T
	%1160 = and i1 %1158, %1159
	%1161 = icmp sle i32 %1157, %1154
	%1162 = and i1 %1160, %1161
	%1163 = fmul float %108, 0x3FC0527DC0000000
	%1164 = select i1 %1162, float %1163, float 0xFFF0000000000000
	%1165 = mul i32 %4, 16
	%1166 = add i32 %6, 0
	%1167 = add i32 %1165, %1166
	%1168 = add i32 %3, %1167
	%1169 = shl i32 %7, 1
	%1170 = add i32 64, %1169
	%1171 = add i32 %60, %1170
	%1172 = icmp slt i32 %1168, %R
	%1173 = icmp slt i32 %1171, %T
	%1174 = and i1 %1172, %1173
	%1175 = icmp sle i32 %1171, %1168
	%1176 = and i1 %1174, %1175
	%1177 = fmul float %109, 0x3FC0527DC0000000
	%1178 = select i1 %1176, float %1177, float 0xFFF0000000000000
	%1179 = mul i32 %4, 16
	%1180 = add i32 %6, 0
	%1181 = add i32 %1179, %1180
	%1182 = add i32 %3, %1181
	%1183 = shl i32 %7, 1
	%1184 = add i32 65, %1183
	%1185 = add i32 %60, %1184
	%1186 = icmp slt i32 %1182, %R
	%1187 = icmp slt i32 %1185, %T
	%1188 = and i1 %1186, %1187
	%1189 = icmp sle i32 %1185, %1182
	%1190 = and i1 %1188, %1189
	%1191 = fmul float %110, 0x3FC0527DC0000000
	%1192 = select i1 %1190, float %1191, float 0xFFF0000000000000
	%1193 = mul i32 %4, 16
	%1194 = add i32 %6, 8
	%1195 = add i32 %1193, %1194
	%1196 = add i32 %3, %1195
	%1197 = shl i32 %7, 1
	%1198 = add i32 64, %1197
	%1199 = add i32 %60, %1198
	%1200 = icmp slt i32 %1196, %R
	%1201 = icmp slt i32 %1199, %T
	%1202 = and i1 %1200, %1201
	%1203 = icmp sle i32 %1199, %1196
	%1204 = and i1 %1202, %1203
	%1205 = fmul float %111, 0x3FC0527DC0000000
	%1206 = select i1 %1204, float %1205, float 0xFFF0000000000000
	%1207 = mul i32 %4, 16
	%1208 = add i32 %6, 8
	%1209 = add i32 %1207, %1208
	%1210 = add i32 %3, %1209
	%1211 = shl i32 %7, 1
	%1212 = add i32 65, %1211
	%1213 = add i32 %60, %1212
	%1214 = icmp slt i32 %1210, %R
	%1215 = icmp slt i32 %1213, %T
	%1216 = and i1 %1214, %1215
	%1217 = icmp sle i32 %1213, %1210
	%1218 = and i1 %1216, %1217
	%1219 = fmul float %112, 0x3FC0527DC0000000
	%1220 = select i1 %1218, float %1219, float 0xFFF0000000000000
	%1221 = mul i32 %4, 16
	%1222 = add i32 %6, 0
	%1223 = add i32 %1221, %1222
	%1224 = add i32 %3, %1223
	%1225 = shl i32 %7, 1
	%1226 = add i32 72, %1225
	%1227 = add i32 %60, %1226
	%1228 = icmp slt i32 %1224, %R
	%1229 = icmp slt i32 %1227, %T
	%1230 = and i1 %1228, %1229
	%1231 = icmp sle i32 %1227, %1224
	%1232 = and i1 %1230, %1231
	%1233 = fmul float %113, 0x3FC0527DC0000000
	%1234 = select i1 %1232, float %1233, float 0xFFF0000000000000
	%1235 = mul i32 %4, 16
	%1236 = add i32 %6, 0
	%1237 = add i32 %1235, %1236
	%1238 = add i32 %3, %1237
	%1239 = shl i32 %7, 1
	%1240 = add i32 73, %1239
	%1241 = add i32 %60, %1240
	%1242 = icmp slt i32 %1238, %R
	%1243 = icmp slt i32 %1241, %T
	%1244 = and i1 %1242, %1243
	%1245 = icmp sle i32 %1241, %1238
	%1246 = and i1 %1244, %1245
	%1247 = fmul float %114, 0x3FC0527DC0000000
	%1248 = select i1 %1246, float %1247, float 0xFFF0000000000000
	%1249 = mul i32 %4, 16
	%1250 = add i32 %6, 8
	%1251 = add i32 %1249, %1250
	%1252 = add i32 %3, %1251
	%1253 = shl i32 %7, 1
	%1254 = add i32 72, %1253
	%1255 = add i32 %60, %1254
	%1256 = icmp slt i32 %1252, %R
	%1257 = icmp slt i32 %1255, %T
	%1258 = and i1 %1256, %1257
	%1259 = icmp sle i32 %1255, %1252
	%1260 = and i1 %1258, %1259
	%1261 = fmul float %115, 0x3FC0527DC0000000
	%1262 = select i1 %1260, float %1261, float 0xFFF0000000000000
	%1263 = mul i32 %4, 16
	%1264 = add i32 %6, 8
	%1265 = add i32 %1263, %1264
	%1266 = add i32 %3, %1265
	%1267 = shl i32 %7, 1
	%1268 = add i32 73, %1267
	%1269 = add i32 %60, %1268
	%1270 = icmp slt i32 %1266, %R
	%1271 = icmp slt i32 %1269, %T
	%1272 = and i1 %1270, %1271
	%1273 = icmp sle i32 %1269, %1266
	%1274 = and i1 %1272, %1273
	%1275 = fmul float %116, 0x3FC0527DC0000000
	%1276 = select i1 %1274, float %1275, float 0xFFF0000000000000
	%1277 = mul i32 %4, 16
	%1278 = add i32 %6, 0
	%1279 = add i32 %1277, %1278
	%1280 = add i32 %3, %1279
	%1281 = shl i32 %7, 1
	%1282 = add i32 80, %1281
	%1283 = add i32 %60, %1282
	%1284 = icmp slt i32 %1280, %R
	%1285 = icmp slt i32 %1283, %T
	%1286 = and i1 %1284, %1285
	%1287 = icmp sle i32 %1283, %1280
	%1288 = and i1 %1286, %1287
	%1289 = fmul float %117, 0x3FC0527DC0000000
	%1290 = select i1 %1288, float %1289, float 0xFFF0000000000000
	%1291 = mul i32 %4, 16
	%1292 = add i32 %6, 0
	%1293 = add i32 %1291, %1292
	%1294 = add i32 %3, %1293
	%1295 = shl i32 %7, 1
	%1296 = add i32 81, %1295
	%1297 = add i32 %60, %1296
	%1298 = icmp slt i32 %1294, %R
	%1299 = icmp slt i32 %1297, %T
	%1300 = and i1 %1298, %1299
	%1301 = icmp sle i32 %1297, %1294
	%1302 = and i1 %1300, %1301
	%1303 = fmul float %118, 0x3FC0527DC0000000
	%1304 = select i1 %1302, float %1303, float 0xFFF0000000000000
	%1305 = mul i32 %4, 16
	%1306 = add i32 %6, 8
	%1307 = add i32 %1305, %1306
	%1308 = add i32 %3, %1307
	%1309 = shl i32 %7, 1
	%1310 = add i32 80, %1309
	%1311 = add i32 %60, %1310
	%1312 = icmp slt i32 %1308, %R
	%1313 = icmp slt i32 %1311, %T
	%1314 = and i1 %1312, %1313
	%1315 = icmp sle i32 %1311, %1308
	%1316 = and i1 %1314, %1315
	%1317 = fmul float %119, 0x3FC0527DC0000000
	%1318 = select i1 %1316, float %1317, float 0xFFF0000000000000
	%1319 = mul i32 %4, 16
	%1320 = add i32 %6, 8
	%1321 = add i32 %1319, %1320
	%1322 = add i32 %3, %1321
	%1323 = shl i32 %7, 1
	%1324 = add i32 81, %1323
	%1325 = add i32 %60, %1324
	%1326 = icmp slt i32 %1322, %R
	%1327 = icmp slt i32 %1325, %T
	%1328 = and i1 %1326, %1327
	%1329 = icmp sle i32 %1325, %1322
	%1330 = and i1 %1328, %1329
	%1331 = fmul float %120, 0x3FC0527DC0000000
	%1332 = select i1 %1330, float %1331, float 0xFFF0000000000000
	%1333 = mul i32 %4, 16
	%1334 = add i32 %6, 0
	%1335 = add i32 %1333, %1334
	%1336 = add i32 %3, %1335
	%1337 = shl i32 %7, 1
	%1338 = add i32 88, %1337
	%1339 = add i32 %60, %1338
	%1340 = icmp slt i32 %1336, %R
	%1341 = icmp slt i32 %1339, %T
	%1342 = and i1 %1340, %1341
	%1343 = icmp sle i32 %1339, %1336
	%1344 = and i1 %1342, %1343
	%1345 = fmul float %121, 0x3FC0527DC0000000
	%1346 = select i1 %1344, float %1345, float 0xFFF0000000000000
	%1347 = mul i32 %4, 16
	%1348 = add i32 %6, 0
	%1349 = add i32 %1347, %1348
	%1350 = add i32 %3, %1349
	%1351 = shl i32 %7, 1
	%1352 = add i32 89, %1351
	%1353 = add i32 %60, %1352
	%1354 = icmp slt i32 %1350, %R
	%1355 = icmp slt i32 %1353, %T
	%1356 = and i1 %1354, %1355
	%1357 = icmp sle i32 %1353, %1350
	%1358 = and i1 %1356, %1357
	%1359 = fmul float %122, 0x3FC0527DC0000000
	%1360 = select i1 %1358, float %1359, float 0xFFF0000000000000
	%1361 = mul i32 %4, 16
	%1362 = add i32 %6, 8
	%1363 = add i32 %1361, %1362
	%1364 = add i32 %3, %1363
	%1365 = shl i32 %7, 1
	%1366 = add i32 88, %1365
	%1367 = add i32 %60, %1366
	%1368 = icmp slt i32 %1364, %R
	%1369 = icmp slt i32 %1367, %T
	%1370 = and i1 %1368, %1369
	%1371 = icmp sle i32 %1367, %1364
	%1372 = and i1 %1370, %1371
	%1373 = fmul float %123, 0x3FC0527DC0000000
	%1374 = select i1 %1372, float %1373, float 0xFFF0000000000000
	%1375 = mul i32 %4, 16
	%1376 = add i32 %6, 8
	%1377 = add i32 %1375, %1376
	%1378 = add i32 %3, %1377
	%1379 = shl i32 %7, 1
	%1380 = add i32 89, %1379
	%1381 = add i32 %60, %1380
	%1382 = icmp slt i32 %1378, %R
	%1383 = icmp slt i32 %1381, %T
	%1384 = and i1 %1382, %1383
	%1385 = icmp sle i32 %1381, %1378
	%1386 = and i1 %1384, %1385
	%1387 = fmul float %124, 0x3FC0527DC0000000
	%1388 = select i1 %1386, float %1387, float 0xFFF0000000000000
	%1389 = mul i32 %4, 16
	%1390 = add i32 %6, 0
	%1391 = add i32 %1389, %1390
	%1392 = add i32 %3, %1391
	%1393 = shl i32 %7, 1
	%1394 = add i32 96, %1393
	%1395 = add i32 %60, %1394
	%1396 = icmp slt i32 %1392, %R
	%1397 = icmp slt i32 %1395, %T
	%1398 = and i1 %1396, %1397
	%1399 = icmp sle i32 %1395, %1392
	%1400 = and i1 %1398, %1399
	%1401 = fmul float %125, 0x3FC0527DC0000000
	%1402 = select i1 %1400, float %1401, float 0xFFF0000000000000
	%1403 = mul i32 %4, 16
	%1404 = add i32 %6, 0
	%1405 = add i32 %1403, %1404
	%1406 = add i32 %3, %1405
	%1407 = shl i32 %7, 1
	%1408 = add i32 97, %1407
	%1409 = add i32 %60, %1408
	%1410 = icmp slt i32 %1406, %R
	%1411 = icmp slt i32 %1409, %T
	%1412 = and i1 %1410, %1411
	%1413 = icmp sle i32 %1409, %1406
	%1414 = and i1 %1412, %1413
	%1415 = fmul float %126, 0x3FC0527DC0000000
	%1416 = select i1 %1414, float %1415, float 0xFFF0000000000000
	%1417 = mul i32 %4, 16
	%1418 = add i32 %6, 8
	%1419 = add i32 %1417, %1418
	%1420 = add i32 %3, %1419
	%1421 = shl i32 %7, 1
	%1422 = add i32 96, %1421
	%1423 = add i32 %60, %1422
	%1424 = icmp slt i32 %1420, %R
	%1425 = icmp slt i32 %1423, %T
	%1426 = and i1 %1424, %1425
	%1427 = icmp sle i32 %1423, %1420
	%1428 = and i1 %1426, %1427
	%1429 = fmul float %127, 0x3FC0527DC0000000
	%1430 = select i1 %1428, float %1429, float 0xFFF0000000000000
	%1431 = mul i32 %4, 16
	%1432 = add i32 %6, 8
	%1433 = add i32 %1431, %1432
	%1434 = add i32 %3, %1433
	%1435 = shl i32 %7, 1
	%1436 = add i32 97, %1435
	%1437 = add i32 %60, %1436
	%1438 = icmp slt i32 %1434, %R
	%1439 = icmp slt i32 %1437, %T
	%1440 = and i1 %1438, %1439
	%1441 = icmp sle i32 %1437, %1434
	%1442 = and i1 %1440, %1441
	%1443 = fmul float %128, 0x3FC0527DC0000000
	%1444 = select i1 %1442, float %1443, float 0xFFF0000000000000
	%1445 = mul i32 %4, 16
	%1446 = add i32 %6, 0
	%1447 = add i32 %1445, %1446
	%1448 = add i32 %3, %1447
	%1449 = shl i32 %7, 1
	%1450 = add i32 104, %1449
	%1451 = add i32 %60, %1450
	%1452 = icmp slt i32 %1448, %R
	%1453 = icmp slt i32 %1451, %T
	%1454 = and i1 %1452, %1453
	%1455 = icmp sle i32 %1451, %1448
	%1456 = and i1 %1454, %1455
	%1457 = fmul float %129, 0x3FC0527DC0000000
	%1458 = select i1 %1456, float %1457, float 0xFFF0000000000000
	%1459 = mul i32 %4, 16
	%1460 = add i32 %6, 0
	%1461 = add i32 %1459, %1460
	%1462 = add i32 %3, %1461
	%1463 = shl i32 %7, 1
	%1464 = add i32 105, %1463
	%1465 = add i32 %60, %1464
	%1466 = icmp slt i32 %1462, %R
	%1467 = icmp slt i32 %1465, %T
	%1468 = and i1 %1466, %1467
	%1469 = icmp sle i32 %1465, %1462
	%1470 = and i1 %1468, %1469
	%1471 = fmul float %130, 0x3FC0527DC0000000
	%1472 = select i1 %1470, float %1471, float 0xFFF0000000000000
	%1473 = mul i32 %4, 16
	%1474 = add i32 %6, 8
	%1475 = add i32 %1473, %1474
	%1476 = add i32 %3, %1475
	%1477 = shl i32 %7, 1
	%1478 = add i32 104, %1477
	%1479 = add i32 %60, %1478
	%1480 = icmp slt i32 %1476, %R
	%1481 = icmp slt i32 %1479, %T
	%1482 = and i1 %1480, %1481
	%1483 = icmp sle i32 %1479, %1476
	%1484 = and i1 %1482, %1483
	%1485 = fmul float %131, 0x3FC0527DC0000000
	%1486 = select i1 %1484, float %1485, float 0xFFF0000000000000
	%1487 = mul i32 %4, 16
	%1488 = add i32 %6, 8
	%1489 = add i32 %1487, %1488
	%1490 = add i32 %3, %1489
	%1491 = shl i32 %7, 1
	%1492 = add i32 105, %1491
	%1493 = add i32 %60, %1492
	%1494 = icmp slt i32 %1490, %R
	%1495 = icmp slt i32 %1493, %T
	%1496 = and i1 %1494, %1495
	%1497 = icmp sle i32 %1493, %1490
	%1498 = and i1 %1496, %1497
	%1499 = fmul float %132, 0x3FC0527DC0000000
	%1500 = select i1 %1498, float %1499, float 0xFFF0000000000000
	%1501 = mul i32 %4, 16
	%1502 = add i32 %6, 0
	%1503 = add i32 %1501, %1502
	%1504 = add i32 %3, %1503
	%1505 = shl i32 %7, 1
	%1506 = add i32 112, %1505
	%1507 = add i32 %60, %1506
	%1508 = icmp slt i32 %1504, %R
	%1509 = icmp slt i32 %1507, %T
	%1510 = and i1 %1508, %1509
	%1511 = icmp sle i32 %1507, %1504
	%1512 = and i1 %1510, %1511
	%1513 = fmul float %133, 0x3FC0527DC0000000
	%1514 = select i1 %1512, float %1513, float 0xFFF0000000000000
	%1515 = mul i32 %4, 16
	%1516 = add i32 %6, 0
	%1517 = add i32 %1515, %1516
	%1518 = add i32 %3, %1517
	%1519 = shl i32 %7, 1
	%1520 = add i32 113, %1519
	%1521 = add i32 %60, %1520
	%1522 = icmp slt i32 %1518, %R
	%1523 = icmp slt i32 %1521, %T
	%1524 = and i1 %1522, %1523
	%1525 = icmp sle i32 %1521, %1518
	%1526 = and i1 %1524, %1525
	%1527 = fmul float %134, 0x3FC0527DC0000000
	%1528 = select i1 %1526, float %1527, float 0xFFF0000000000000
	%1529 = mul i32 %4, 16
	%1530 = add i32 %6, 8
	%1531 = add i32 %1529, %1530
	%1532 = add i32 %3, %1531
	%1533 = shl i32 %7, 1
	%1534 = add i32 112, %1533
	%1535 = add i32 %60, %1534
	%1536 = icmp slt i32 %1532, %R
	%1537 = icmp slt i32 %1535, %T
	%1538 = and i1 %1536, %1537
	%1539 = icmp sle i32 %1535, %1532
	%1540 = and i1 %1538, %1539
	%1541 = fmul float %135, 0x3FC0527DC0000000
	%1542 = select i1 %1540, float %1541, float 0xFFF0000000000000
	%1543 = mul i32 %4, 16
	%1544 = add i32 %6, 8
	%1545 = add i32 %1543, %1544
	%1546 = add i32 %3, %1545
	%1547 = shl i32 %7, 1
	%1548 = add i32 113, %1547
	%1549 = add i32 %60, %1548
	%1550 = icmp slt i32 %1546, %R
	%1551 = icmp slt i32 %1549, %T
	%1552 = and i1 %1550, %1551
	%1553 = icmp sle i32 %1549, %1546
	%1554 = and i1 %1552, %1553
	%1555 = fmul float %136, 0x3FC0527DC0000000
	%1556 = select i1 %1554, float %1555, float 0xFFF0000000000000
	%1557 = mul i32 %4, 16
	%1558 = add i32 %6, 0
	%1559 = add i32 %1557, %1558
	%1560 = add i32 %3, %1559
	%1561 = shl i32 %7, 1
	%1562 = add i32 120, %1561
	%1563 = add i32 %60, %1562
	%1564 = icmp slt i32 %1560, %R
	%1565 = icmp slt i32 %1563, %T
	%1566 = and i1 %1564, %1565
	%1567 = icmp sle i32 %1563, %1560
	%1568 = and i1 %1566, %1567
	%1569 = fmul float %137, 0x3FC0527DC0000000
	%1570 = select i1 %1568, float %1569, float 0xFFF0000000000000
	%1571 = mul i32 %4, 16
	%1572 = add i32 %6, 0
	%1573 = add i32 %1571, %1572
	%1574 = add i32 %3, %1573
	%1575 = shl i32 %7, 1
	%1576 = add i32 121, %1575
	%1577 = add i32 %60, %1576
	%1578 = icmp slt i32 %1574, %R
	%1579 = icmp slt i32 %1577, %T
	%1580 = and i1 %1578, %1579
	%1581 = icmp sle i32 %1577, %1574
	%1582 = and i1 %1580, %1581
	%1583 = fmul float %138, 0x3FC0527DC0000000
	%1584 = select i1 %1582, float %1583, float 0xFFF0000000000000
	%1585 = mul i32 %4, 16
	%1586 = add i32 %6, 8
	%1587 = add i32 %1585, %1586
	%1588 = add i32 %3, %1587
	%1589 = shl i32 %7, 1
	%1590 = add i32 120, %1589
	%1591 = add i32 %60, %1590
	%1592 = icmp slt i32 %1588, %R
	%1593 = icmp slt i32 %1591, %T
	%1594 = and i1 %1592, %1593
	%1595 = icmp sle i32 %1591, %1588
	%1596 = and i1 %1594, %1595
	%1597 = fmul float %139, 0x3FC0527DC0000000
	%1598 = select i1 %1596, float %1597, float 0xFFF0000000000000
	%1599 = mul i32 %4, 16
	%1600 = add i32 %6, 8
	%1601 = add i32 %1599, %1600
	%1602 = add i32 %3, %1601
	%1603 = shl i32 %7, 1
	%1604 = add i32 121, %1603
	%1605 = add i32 %60, %1604
	%1606 = icmp slt i32 %1602, %R
	%1607 = icmp slt i32 %1605, %T
	%1608 = and i1 %1606, %1607
	%1609 = icmp sle i32 %1605, %1602
	%1610 = and i1 %1608, %1609
	%1611 = fmul float %140, 0x3FC0527DC0000000
	%1612 = select i1 %1610, float %1611, float 0xFFF0000000000000
	%1613 = call float @llvm.nvvm.fmax.f(float %730, float %744)
	%1614 = call float @llvm.nvvm.fmax.f(float %786, float %800)
	%1615 = call float @llvm.nvvm.fmax.f(float %842, float %856)
	%1616 = call float @llvm.nvvm.fmax.f(float %898, float %912)
	%1617 = call float @llvm.nvvm.fmax.f(float %954, float %968)
	%1618 = call float @llvm.nvvm.fmax.f(float %1010, float %1024)
	%1619 = call float @llvm.nvvm.fmax.f(float %1066, float %1080)
	%1620 = call float @llvm.nvvm.fmax.f(float %1122, float %1136)
	%1621 = call float @llvm.nvvm.fmax.f(float %1178, float %1192)
	%1622 = call float @llvm.nvvm.fmax.f(float %1234, float %1248)
	%1623 = call float @llvm.nvvm.fmax.f(float %1290, float %1304)
	%1624 = call float @llvm.nvvm.fmax.f(float %1346, float %1360)
	%1625 = call float @llvm.nvvm.fmax.f(float %1402, float %1416)
	%1626 = call float @llvm.nvvm.fmax.f(float %1458, float %1472)
	%1627 = call float @llvm.nvvm.fmax.f(float %1514, float %1528)
	%1628 = call float @llvm.nvvm.fmax.f(float %1570, float %1584)
	%1629 = call float @llvm.nvvm.fmax.f(float %1613, float %1614)
	%1630 = call float @llvm.nvvm.fmax.f(float %1615, float %1616)
	%1631 = call float @llvm.nvvm.fmax.f(float %1617, float %1618)
	%1632 = call float @llvm.nvvm.fmax.f(float %1619, float %1620)
	%1633 = call float @llvm.nvvm.fmax.f(float %1621, float %1622)
	%1634 = call float @llvm.nvvm.fmax.f(float %1623, float %1624)
	%1635 = call float @llvm.nvvm.fmax.f(float %1625, float %1626)
	%1636 = call float @llvm.nvvm.fmax.f(float %1627, float %1628)
	%1637 = call float @llvm.nvvm.fmax.f(float %1629, float %1630)
	%1638 = call float @llvm.nvvm.fmax.f(float %1631, float %1632)
	%1639 = call float @llvm.nvvm.fmax.f(float %1633, float %1634)
	%1640 = call float @llvm.nvvm.fmax.f(float %1635, float %1636)
	%1641 = call float @llvm.nvvm.fmax.f(float %1637, float %1638)
	%1642 = call float @llvm.nvvm.fmax.f(float %1639, float %1640)
	%1643 = call float @llvm.nvvm.fmax.f(float %1641, float %1642)
	%1644 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1643, i32 1, i32 31)
	%1645 = call float @llvm.nvvm.fmax.f(float %1643, float %1644)
	%1646 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1645, i32 2, i32 31)
	%1647 = call float @llvm.nvvm.fmax.f(float %1645, float %1646)
	%1648 = call float @llvm.nvvm.fmax.f(float %54, float %1647)
	%1649 = fcmp oeq float %1648, 0xFFF0000000000000
	%1650 = select i1 %1649, float 0.0, float %1648
	%1651 = fsub float %730, %1650
	%1652 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1651)
	%1653 = fsub float %744, %1650
	%1654 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1653)
	%1655 = fsub float %786, %1650
	%1656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1655)
	%1657 = fsub float %800, %1650
	%1658 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1657)
	%1659 = fsub float %842, %1650
	%1660 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1659)
	%1661 = fsub float %856, %1650
	%1662 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1661)
	%1663 = fsub float %898, %1650
	%1664 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1663)
	%1665 = fsub float %912, %1650
	%1666 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1665)
	%1667 = fsub float %954, %1650
	%1668 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1667)
	%1669 = fsub float %968, %1650
	%1670 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1669)
	%1671 = fsub float %1010, %1650
	%1672 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1671)
	%1673 = fsub float %1024, %1650
	%1674 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1673)
	%1675 = fsub float %1066, %1650
	%1676 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1675)
	%1677 = fsub float %1080, %1650
	%1678 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1677)
	%1679 = fsub float %1122, %1650
	%1680 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1679)
	%1681 = fsub float %1136, %1650
	%1682 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1681)
	%1683 = fsub float %1178, %1650
	%1684 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1683)
	%1685 = fsub float %1192, %1650
	%1686 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1685)
	%1687 = fsub float %1234, %1650
	%1688 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1687)
	%1689 = fsub float %1248, %1650
	%1690 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1689)
	%1691 = fsub float %1290, %1650
	%1692 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1691)
	%1693 = fsub float %1304, %1650
	%1694 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1693)
	%1695 = fsub float %1346, %1650
	%1696 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1695)
	%1697 = fsub float %1360, %1650
	%1698 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1697)
	%1699 = fsub float %1402, %1650
	%1700 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1699)
	%1701 = fsub float %1416, %1650
	%1702 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1701)
	%1703 = fsub float %1458, %1650
	%1704 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1703)
	%1705 = fsub float %1472, %1650
	%1706 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1705)
	%1707 = fsub float %1514, %1650
	%1708 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1707)
	%1709 = fsub float %1528, %1650
	%1710 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1709)
	%1711 = fsub float %1570, %1650
	%1712 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1711)
	%1713 = fsub float %1584, %1650
	%1714 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1713)
	%1715 = fadd float %1652, %1654
	%1716 = fadd float %1656, %1658
	%1717 = fadd float %1660, %1662
	%1718 = fadd float %1664, %1666
	%1719 = fadd float %1668, %1670
	%1720 = fadd float %1672, %1674
	%1721 = fadd float %1676, %1678
	%1722 = fadd float %1680, %1682
	%1723 = fadd float %1684, %1686
	%1724 = fadd float %1688, %1690
	%1725 = fadd float %1692, %1694
	%1726 = fadd float %1696, %1698
	%1727 = fadd float %1700, %1702
	%1728 = fadd float %1704, %1706
	%1729 = fadd float %1708, %1710
	%1730 = fadd float %1712, %1714
	%1731 = fadd float %1715, %1716
	%1732 = fadd float %1717, %1718
	%1733 = fadd float %1719, %1720
	%1734 = fadd float %1721, %1722
	%1735 = fadd float %1723, %1724
	%1736 = fadd float %1725, %1726
	%1737 = fadd float %1727, %1728
	%1738 = fadd float %1729, %1730
	%1739 = fadd float %1731, %1732
	%1740 = fadd float %1733, %1734
	%1741 = fadd float %1735, %1736
	%1742 = fadd float %1737, %1738
	%1743 = fadd float %1739, %1740
	%1744 = fadd float %1741, %1742
	%1745 = fadd float %1743, %1744
	%1746 = fsub float %54, %1650
	%1747 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1746)
	%1748 = fmul float %56, %1747
	%1749 = fadd float %1748, %1745
	%1750 = fadd float %1652, %1654
	%1751 = fadd float %1656, %1658
	%1752 = fadd float %1660, %1662
	%1753 = fadd float %1664, %1666
	%1754 = fadd float %1668, %1670
	%1755 = fadd float %1672, %1674
	%1756 = fadd float %1676, %1678
	%1757 = fadd float %1680, %1682
	%1758 = fadd float %1750, %1751
	%1759 = fadd float %1752, %1753
	%1760 = fadd float %1754, %1755
	%1761 = fadd float %1756, %1757
	%1762 = fadd float %1758, %1759
	%1763 = fadd float %1760, %1761
	%1764 = fadd float %1762, %1763
	%1765 = fadd float %1684, %1686
	%1766 = fadd float %1688, %1690
	%1767 = fadd float %1692, %1694
	%1768 = fadd float %1696, %1698
	%1769 = fadd float %1700, %1702
	%1770 = fadd float %1704, %1706
	%1771 = fadd float %1708, %1710
	%1772 = fadd float %1712, %1714
	%1773 = fadd float %1765, %1766
	%1774 = fadd float %1767, %1768
	%1775 = fadd float %1769, %1770
	%1776 = fadd float %1771, %1772
	%1777 = fadd float %1773, %1774
	%1778 = fadd float %1775, %1776
	%1779 = fadd float %1777, %1778
	%1780 = call float @llvm.nvvm.fmax.f(float %758, float %772)
	%1781 = call float @llvm.nvvm.fmax.f(float %814, float %828)
	%1782 = call float @llvm.nvvm.fmax.f(float %870, float %884)
	%1783 = call float @llvm.nvvm.fmax.f(float %926, float %940)
	%1784 = call float @llvm.nvvm.fmax.f(float %982, float %996)
	%1785 = call float @llvm.nvvm.fmax.f(float %1038, float %1052)
	%1786 = call float @llvm.nvvm.fmax.f(float %1094, float %1108)
	%1787 = call float @llvm.nvvm.fmax.f(float %1150, float %1164)
	%1788 = call float @llvm.nvvm.fmax.f(float %1206, float %1220)
	%1789 = call float @llvm.nvvm.fmax.f(float %1262, float %1276)
	%1790 = call float @llvm.nvvm.fmax.f(float %1318, float %1332)
	%1791 = call float @llvm.nvvm.fmax.f(float %1374, float %1388)
	%1792 = call float @llvm.nvvm.fmax.f(float %1430, float %1444)
	%1793 = call float @llvm.nvvm.fmax.f(float %1486, float %1500)
	%1794 = call float @llvm.nvvm.fmax.f(float %1542, float %1556)
	%1795 = call float @llvm.nvvm.fmax.f(float %1598, float %1612)
	%1796 = call float @llvm.nvvm.fmax.f(float %1780, float %1781)
	%1797 = call float @llvm.nvvm.fmax.f(float %1782, float %1783)
	%1798 = call float @llvm.nvvm.fmax.f(float %1784, float %1785)
	%1799 = call float @llvm.nvvm.fmax.f(float %1786, float %1787)
	%1800 = call float @llvm.nvvm.fmax.f(float %1788, float %1789)
	%1801 = call float @llvm.nvvm.fmax.f(float %1790, float %1791)
	%1802 = call float @llvm.nvvm.fmax.f(float %1792, float %1793)
	%1803 = call float @llvm.nvvm.fmax.f(float %1794, float %1795)
	%1804 = call float @llvm.nvvm.fmax.f(float %1796, float %1797)
	%1805 = call float @llvm.nvvm.fmax.f(float %1798, float %1799)
	%1806 = call float @llvm.nvvm.fmax.f(float %1800, float %1801)
	%1807 = call float @llvm.nvvm.fmax.f(float %1802, float %1803)
	%1808 = call float @llvm.nvvm.fmax.f(float %1804, float %1805)
	%1809 = call float @llvm.nvvm.fmax.f(float %1806, float %1807)
	%1810 = call float @llvm.nvvm.fmax.f(float %1808, float %1809)
	%1811 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1810, i32 1, i32 31)
	%1812 = call float @llvm.nvvm.fmax.f(float %1810, float %1811)
	%1813 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1812, i32 2, i32 31)
	%1814 = call float @llvm.nvvm.fmax.f(float %1812, float %1813)
	%1815 = call float @llvm.nvvm.fmax.f(float %55, float %1814)
	%1816 = fcmp oeq float %1815, 0xFFF0000000000000
	%1817 = select i1 %1816, float 0.0, float %1815
	%1818 = fsub float %758, %1817
	%1819 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1818)
	%1820 = fsub float %772, %1817
	%1821 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1820)
	%1822 = fsub float %814, %1817
	%1823 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1822)
	%1824 = fsub float %828, %1817
	%1825 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1824)
	%1826 = fsub float %870, %1817
	%1827 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1826)
	%1828 = fsub float %884, %1817
	%1829 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1828)
	%1830 = fsub float %926, %1817
	%1831 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1830)
	%1832 = fsub float %940, %1817
	%1833 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1832)
	%1834 = fsub float %982, %1817
	%1835 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1834)
	%1836 = fsub float %996, %1817
	%1837 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1836)
	%1838 = fsub float %1038, %1817
	%1839 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1838)
	%1840 = fsub float %1052, %1817
	%1841 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1840)
	%1842 = fsub float %1094, %1817
	%1843 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1842)
	%1844 = fsub float %1108, %1817
	%1845 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1844)
	%1846 = fsub float %1150, %1817
	%1847 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1846)
	%1848 = fsub float %1164, %1817
	%1849 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1848)
	%1850 = fsub float %1206, %1817
	%1851 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1850)
	%1852 = fsub float %1220, %1817
	%1853 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1852)
	%1854 = fsub float %1262, %1817
	%1855 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1854)
	%1856 = fsub float %1276, %1817
	%1857 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1856)
	%1858 = fsub float %1318, %1817
	%1859 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1858)
	%1860 = fsub float %1332, %1817
	%1861 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1860)
	%1862 = fsub float %1374, %1817
	%1863 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1862)
	%1864 = fsub float %1388, %1817
	%1865 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1864)
	%1866 = fsub float %1430, %1817
	%1867 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1866)
	%1868 = fsub float %1444, %1817
	%1869 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1868)
	%1870 = fsub float %1486, %1817
	%1871 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1870)
	%1872 = fsub float %1500, %1817
	%1873 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1872)
	%1874 = fsub float %1542, %1817
	%1875 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1874)
	%1876 = fsub float %1556, %1817
	%1877 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1876)
	%1878 = fsub float %1598, %1817
	%1879 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1878)
	%1880 = fsub float %1612, %1817
	%1881 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1880)
	%1882 = fadd float %1819, %1821
	%1883 = fadd float %1823, %1825
	%1884 = fadd float %1827, %1829
	%1885 = fadd float %1831, %1833
	%1886 = fadd float %1835, %1837
	%1887 = fadd float %1839, %1841
	%1888 = fadd float %1843, %1845
	%1889 = fadd float %1847, %1849
	%1890 = fadd float %1851, %1853
	%1891 = fadd float %1855, %1857
	%1892 = fadd float %1859, %1861
	%1893 = fadd float %1863, %1865
	%1894 = fadd float %1867, %1869
	%1895 = fadd float %1871, %1873
	%1896 = fadd float %1875, %1877
	%1897 = fadd float %1879, %1881
	%1898 = fadd float %1882, %1883
	%1899 = fadd float %1884, %1885
	%1900 = fadd float %1886, %1887
	%1901 = fadd float %1888, %1889
	%1902 = fadd float %1890, %1891
	%1903 = fadd float %1892, %1893
	%1904 = fadd float %1894, %1895
	%1905 = fadd float %1896, %1897
	%1906 = fadd float %1898, %1899
	%1907 = fadd float %1900, %1901
	%1908 = fadd float %1902, %1903
	%1909 = fadd float %1904, %1905
	%1910 = fadd float %1906, %1907
	%1911 = fadd float %1908, %1909
	%1912 = fadd float %1910, %1911
	%1913 = fsub float %55, %1817
	%1914 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1913)
	%1915 = fmul float %57, %1914
	%1916 = fadd float %1915, %1912
	%1917 = fadd float %1819, %1821
	%1918 = fadd float %1823, %1825
	%1919 = fadd float %1827, %1829
	%1920 = fadd float %1831, %1833
	%1921 = fadd float %1835, %1837
	%1922 = fadd float %1839, %1841
	%1923 = fadd float %1843, %1845
	%1924 = fadd float %1847, %1849
	%1925 = fadd float %1917, %1918
	%1926 = fadd float %1919, %1920
	%1927 = fadd float %1921, %1922
	%1928 = fadd float %1923, %1924
	%1929 = fadd float %1925, %1926
	%1930 = fadd float %1927, %1928
	%1931 = fadd float %1929, %1930
	%1932 = fadd float %1851, %1853
	%1933 = fadd float %1855, %1857
	%1934 = fadd float %1859, %1861
	%1935 = fadd float %1863, %1865
	%1936 = fadd float %1867, %1869
	%1937 = fadd float %1871, %1873
	%1938 = fadd float %1875, %1877
	%1939 = fadd float %1879, %1881
	%1940 = fadd float %1932, %1933
	%1941 = fadd float %1934, %1935
	%1942 = fadd float %1936, %1937
	%1943 = fadd float %1938, %1939
	%1944 = fadd float %1940, %1941
	%1945 = fadd float %1942, %1943
	%1946 = fadd float %1944, %1945
	%1947 = sext i32 %R to i64
	%1948 = mul i32 %4, 16
	%1949 = add i32 %6, 0
	%1950 = add i32 %1948, %1949
	%1951 = add i32 %3, %1950
	%1952 = icmp slt i32 %1951, %R
	%1953 = mul i32 %1, %18
	%1954 = add i32 %1953, %53
	%1955 = sext i32 %1954 to i64
	%1956 = mul i64 %1955, %1947
	%1957 = sext i32 %1951 to i64
	%1958 = add i64 %1956, %1957
	%1959 = icmp eq i32 %7, 0
	%1960 = and i1 %1952, %1959
	br i1 %1960, label %1961, label %1963

1961:
	%1962 = getelementptr float, float* %mx, i64 %1958
	store float %1650, float* %1962
	br label %1963

1963:
	%1964 = mul i32 %4, 16
	%1965 = add i32 %6, 8
	%1966 = add i32 %1964, %1965
	%1967 = add i32 %3, %1966
	%1968 = icmp slt i32 %1967, %R
	%1969 = mul i32 %1, %18
	%1970 = add i32 %1969, %53
	%1971 = sext i32 %1970 to i64
	%1972 = mul i64 %1971, %1947
	%1973 = sext i32 %1967 to i64
	%1974 = add i64 %1972, %1973
	%1975 = icmp eq i32 %7, 0
	%1976 = and i1 %1968, %1975
	br i1 %1976, label %1977, label %1979

1977:
	%1978 = getelementptr float, float* %mx, i64 %1974
	store float %1817, float* %1978
	br label %1979

1979:
	%1980 = and i32 %7, 1
	%1981 = icmp ne i32 %1980, 0
	%1982 = select i1 %1981, float %1779, float %1764
	%1983 = select i1 %1981, float %1764, float %1779
	%1984 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1983, i32 1, i32 31)
	%1985 = fadd float %1982, %1984
	%1986 = select i1 %1981, float %1946, float %1931
	%1987 = select i1 %1981, float %1931, float %1946
	%1988 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1987, i32 1, i32 31)
	%1989 = fadd float %1986, %1988
	%1990 = and i32 %7, 2
	%1991 = icmp ne i32 %1990, 0
	%1992 = select i1 %1991, float %1989, float %1985
	%1993 = select i1 %1991, float %1985, float %1989
	%1994 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1993, i32 2, i32 31)
	%1995 = fadd float %1992, %1994
	%1996 = add i32 0, %7
	%1997 = icmp sge i32 %7, 2
	%1998 = and i32 %7, 1
	%1999 = xor i1 %1997, true
	%2000 = sdiv i32 %60, 64
	%2001 = add i32 %2000, %1998
	%2002 = and i1 %1999, %1952
	%2003 = icmp slt i32 %2001, %NK
	%2004 = and i1 %2002, %2003
	%2005 = mul i32 %1, %NK
	%2006 = add i32 %2005, %2001
	%2007 = sext i32 %2006 to i64
	%2008 = mul i64 %2007, %1947
	%2009 = mul i32 %4, 16
	%2010 = add i32 %6, 0
	%2011 = add i32 %2009, %2010
	%2012 = add i32 %3, %2011
	%2013 = sext i32 %2012 to i64
	%2014 = add i64 %2008, %2013
	br i1 %2004, label %2015, label %2017

2015:
	%2016 = getelementptr float, float* %part, i64 %2014
	store float %1995, float* %2016
	br label %2017

2017:
	%2018 = sdiv i32 %60, 64
	%2019 = add i32 %2018, %1998
	%2020 = and i1 %1997, %1968
	%2021 = icmp slt i32 %2019, %NK
	%2022 = and i1 %2020, %2021
	%2023 = mul i32 %1, %NK
	%2024 = add i32 %2023, %2019
	%2025 = sext i32 %2024 to i64
	%2026 = mul i64 %2025, %1947
	%2027 = mul i32 %4, 16
	%2028 = add i32 %6, 8
	%2029 = add i32 %2027, %2028
	%2030 = add i32 %3, %2029
	%2031 = sext i32 %2030 to i64
	%2032 = add i64 %2026, %2031
	br i1 %2022, label %2033, label %2035

2033:
	%2034 = getelementptr float, float* %part, i64 %2032
	store float %1995, float* %2034
	br label %2035

2035:
	%2036 = add i32 %53, 1
	br label %52

2037:
	%2038 = mul i32 %1, %R
	%2039 = add i32 %2038, %71
	%2040 = mul i32 %2039, 2
	%2041 = add i32 %2040, 0
	%2042 = sext i32 %2041 to i64
	%2043 = getelementptr float, float* %stats, i64 %2042
	store float %54, float* %2043
	%2044 = mul i32 %1, %R
	%2045 = add i32 %2044, %71
	%2046 = mul i32 %2045, 2
	%2047 = add i32 %2046, 1
	%2048 = sext i32 %2047 to i64
	%2049 = getelementptr float, float* %stats, i64 %2048
	store float %67, float* %2049
	br label %2050

2050:
	%2051 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %57, i32 1, i32 31)
	%2052 = fadd float %57, %2051
	%2053 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2052, i32 2, i32 31)
	%2054 = fadd float %2052, %2053
	%2055 = mul i32 %4, 16
	%2056 = add i32 %6, 8
	%2057 = add i32 %2055, %2056
	%2058 = add i32 %3, %2057
	%2059 = icmp slt i32 %2058, %R
	%2060 = icmp eq i32 %7, 0
	%2061 = and i1 %2059, %2060
	br i1 %2061, label %2062, label %2075

2062:
	%2063 = mul i32 %1, %R
	%2064 = add i32 %2063, %2058
	%2065 = mul i32 %2064, 2
	%2066 = add i32 %2065, 0
	%2067 = sext i32 %2066 to i64
	%2068 = getelementptr float, float* %stats, i64 %2067
	store float %55, float* %2068
	%2069 = mul i32 %1, %R
	%2070 = add i32 %2069, %2058
	%2071 = mul i32 %2070, 2
	%2072 = add i32 %2071, 1
	%2073 = sext i32 %2072 to i64
	%2074 = getelementptr float, float* %stats, i64 %2073
	store float %2054, float* %2074
	br label %2075

2075:
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

define ptx_kernel void @oracle_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [49152 x i8] addrspace(3)* @oracle_attn2_smem to i32
	%1 = add i32 %0, u0x4000
	%2 = add i32 %0, u0x8000
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
	%15 = mul i32 %14, 128
	%16 = sext i32 %15 to i64
	%17 = getelementptr i16, i16* %q, i64 %16
	%18 = mul i32 %12, %N
	%19 = mul i32 %18, 128
	%20 = sext i32 %19 to i64
	%21 = getelementptr i16, i16* %k, i64 %20
	%22 = mul i32 %12, %N
	%23 = mul i32 %22, 128
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
	%42 = lshr i32 %3, 4
	%43 = and i32 %3, 15
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
	%55 = mul i32 %54, 128
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
	%66 = add i32 %54, 8
	%67 = icmp slt i32 %66, %M
	%68 = getelementptr i16, i16* %59, i64 1024
	%69 = select i1 %67, i16* %68, i16* %17
	%70 = add i32 %53, 1024
	%71 = select i1 %67, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %70, i16* %69, i32 %71)
	%72 = add i32 %54, 16
	%73 = icmp slt i32 %72, %M
	%74 = getelementptr i16, i16* %59, i64 2048
	%75 = select i1 %73, i16* %74, i16* %17
	%76 = add i32 %53, 2048
	%77 = select i1 %73, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %76, i16* %75, i32 %77)
	%78 = add i32 %54, 24
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %59, i64 3072
	%81 = select i1 %79, i16* %80, i16* %17
	%82 = add i32 %53, 3072
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %54, 32
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %59, i64 u0x1000
	%87 = select i1 %85, i16* %86, i16* %17
	%88 = add i32 %53, u0x1000
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %54, 40
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %59, i64 5120
	%93 = select i1 %91, i16* %92, i16* %17
	%94 = add i32 %53, 5120
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	%96 = add i32 %54, 48
	%97 = icmp slt i32 %96, %M
	%98 = getelementptr i16, i16* %59, i64 6144
	%99 = select i1 %97, i16* %98, i16* %17
	%100 = add i32 %53, 6144
	%101 = select i1 %97, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %100, i16* %99, i32 %101)
	%102 = add i32 %54, 56
	%103 = icmp slt i32 %102, %M
	%104 = getelementptr i16, i16* %59, i64 7168
	%105 = select i1 %103, i16* %104, i16* %17
	%106 = add i32 %53, 7168
	%107 = select i1 %103, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %106, i16* %105, i32 %107)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %41, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%108 = and i32 %5, 7
	%109 = lshr i32 %5, 3
	%110 = and i32 %109, 1
	%111 = shl i32 %110, 3
	%112 = add i32 %108, %111
	%113 = lshr i32 %5, 4
	%114 = mul i32 %4, 16
	%115 = add i32 %112, 0
	%116 = add i32 %114, %115
	%117 = mul i32 %116, 256
	%118 = add i32 %2, %117
	%119 = and i32 %5, 7
	%120 = xor i32 %113, %119
	%121 = shl i32 %120, 4
	%122 = add i32 %118, %121
	%123 = mul i32 %38, 64
	%124 = lshr i32 %3, 4
	%125 = and i32 %3, 15
	%126 = lshr i32 %125, 3
	%127 = mul i32 %126, u0x2000
	%128 = and i32 %125, 7
	%129 = and i32 %124, 7
	%130 = xor i32 %128, %129
	%131 = mul i32 %124, 128
	%132 = shl i32 %130, 4
	%133 = add i32 %131, %132
	%134 = add i32 %127, %133
	%135 = add i32 %0, %134
	%136 = add i32 %123, %124
	%137 = mul i32 %136, 128
	%138 = mul i32 %125, 8
	%139 = add i32 %137, %138
	%140 = sext i32 %139 to i64
	%141 = getelementptr i16, i16* %21, i64 %140
	%142 = add i32 %136, 0
	%143 = icmp slt i32 %142, %N
	%144 = getelementptr i16, i16* %141, i64 0
	%145 = select i1 %143, i16* %144, i16* %21
	%146 = add i32 %135, 0
	%147 = select i1 %143, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %146, i16* %145, i32 %147)
	%148 = add i32 %136, 8
	%149 = icmp slt i32 %148, %N
	%150 = getelementptr i16, i16* %141, i64 1024
	%151 = select i1 %149, i16* %150, i16* %21
	%152 = add i32 %135, 1024
	%153 = select i1 %149, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %152, i16* %151, i32 %153)
	%154 = add i32 %136, 16
	%155 = icmp slt i32 %154, %N
	%156 = getelementptr i16, i16* %141, i64 2048
	%157 = select i1 %155, i16* %156, i16* %21
	%158 = add i32 %135, 2048
	%159 = select i1 %155, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %158, i16* %157, i32 %159)
	%160 = add i32 %136, 24
	%161 = icmp slt i32 %160, %N
	%162 = getelementptr i16, i16* %141, i64 3072
	%163 = select i1 %161, i16* %162, i16* %21
	%164 = add i32 %135, 3072
	%165 = select i1 %161, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %164, i16* %163, i32 %165)
	%166 = add i32 %136, 32
	%167 = icmp slt i32 %166, %N
	%168 = getelementptr i16, i16* %141, i64 u0x1000
	%169 = select i1 %167, i16* %168, i16* %21
	%170 = add i32 %135, u0x1000
	%171 = select i1 %167, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %170, i16* %169, i32 %171)
	%172 = add i32 %136, 40
	%173 = icmp slt i32 %172, %N
	%174 = getelementptr i16, i16* %141, i64 5120
	%175 = select i1 %173, i16* %174, i16* %21
	%176 = add i32 %135, 5120
	%177 = select i1 %173, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %176, i16* %175, i32 %177)
	%178 = add i32 %136, 48
	%179 = icmp slt i32 %178, %N
	%180 = getelementptr i16, i16* %141, i64 6144
	%181 = select i1 %179, i16* %180, i16* %21
	%182 = add i32 %135, 6144
	%183 = select i1 %179, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %182, i16* %181, i32 %183)
	%184 = add i32 %136, 56
	%185 = icmp slt i32 %184, %N
	%186 = getelementptr i16, i16* %141, i64 7168
	%187 = select i1 %185, i16* %186, i16* %21
	%188 = add i32 %135, 7168
	%189 = select i1 %185, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %188, i16* %187, i32 %189)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%190 = phi i32 [ 0, %prologue ], [ %1394, %pv ]
	%191 = phi i32 [ %38, %prologue ], [ %1401, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1841, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1842, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1843, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1844, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1845, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1846, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1847, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1848, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1849, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1850, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1851, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1852, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1853, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1854, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1855, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1856, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1857, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1858, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1859, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1860, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1861, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1862, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1863, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1864, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1865, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1866, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1867, %pv ]
	%219 = phi float [ 0.0, %prologue ], [ %1868, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1869, %pv ]
	%221 = phi float [ 0.0, %prologue ], [ %1870, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1871, %pv ]
	%223 = phi float [ 0.0, %prologue ], [ %1872, %pv ]
	%224 = phi float [ 0.0, %prologue ], [ %1873, %pv ]
	%225 = phi float [ 0.0, %prologue ], [ %1874, %pv ]
	%226 = phi float [ 0.0, %prologue ], [ %1875, %pv ]
	%227 = phi float [ 0.0, %prologue ], [ %1876, %pv ]
	%228 = phi float [ 0.0, %prologue ], [ %1877, %pv ]
	%229 = phi float [ 0.0, %prologue ], [ %1878, %pv ]
	%230 = phi float [ 0.0, %prologue ], [ %1879, %pv ]
	%231 = phi float [ 0.0, %prologue ], [ %1880, %pv ]
	%232 = phi float [ 0.0, %prologue ], [ %1881, %pv ]
	%233 = phi float [ 0.0, %prologue ], [ %1882, %pv ]
	%234 = phi float [ 0.0, %prologue ], [ %1883, %pv ]
	%235 = phi float [ 0.0, %prologue ], [ %1884, %pv ]
	%236 = phi float [ 0.0, %prologue ], [ %1885, %pv ]
	%237 = phi float [ 0.0, %prologue ], [ %1886, %pv ]
	%238 = phi float [ 0.0, %prologue ], [ %1887, %pv ]
	%239 = phi float [ 0.0, %prologue ], [ %1888, %pv ]
	%240 = phi float [ 0.0, %prologue ], [ %1889, %pv ]
	%241 = phi float [ 0.0, %prologue ], [ %1890, %pv ]
	%242 = phi float [ 0.0, %prologue ], [ %1891, %pv ]
	%243 = phi float [ 0.0, %prologue ], [ %1892, %pv ]
	%244 = phi float [ 0.0, %prologue ], [ %1893, %pv ]
	%245 = phi float [ 0.0, %prologue ], [ %1894, %pv ]
	%246 = phi float [ 0.0, %prologue ], [ %1895, %pv ]
	%247 = phi float [ 0.0, %prologue ], [ %1896, %pv ]
	%248 = phi float [ 0.0, %prologue ], [ %1897, %pv ]
	%249 = phi float [ 0.0, %prologue ], [ %1898, %pv ]
	%250 = phi float [ 0.0, %prologue ], [ %1899, %pv ]
	%251 = phi float [ 0.0, %prologue ], [ %1900, %pv ]
	%252 = phi float [ 0.0, %prologue ], [ %1901, %pv ]
	%253 = phi float [ 0.0, %prologue ], [ %1902, %pv ]
	%254 = phi float [ 0.0, %prologue ], [ %1903, %pv ]
	%255 = phi float [ 0.0, %prologue ], [ %1904, %pv ]
	%256 = phi float [ 0xFFF0000000000000, %prologue ], [ %1264, %pv ]
	%257 = phi float [ 0.0, %prologue ], [ %1318, %pv ]
	%258 = phi float [ 0xFFF0000000000000, %prologue ], [ %1339, %pv ]
	%259 = phi float [ 0.0, %prologue ], [ %1393, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%260 = mul i32 %191, 64
	%261 = lshr i32 %3, 4
	%262 = and i32 %3, 15
	%263 = lshr i32 %262, 3
	%264 = mul i32 %263, u0x2000
	%265 = and i32 %262, 7
	%266 = and i32 %261, 7
	%267 = xor i32 %265, %266
	%268 = mul i32 %261, 128
	%269 = shl i32 %267, 4
	%270 = add i32 %268, %269
	%271 = add i32 %264, %270
	%272 = add i32 %1, %271
	%273 = add i32 %260, %261
	%274 = mul i32 %273, 128
	%275 = mul i32 %262, 8
	%276 = add i32 %274, %275
	%277 = sext i32 %276 to i64
	%278 = getelementptr i16, i16* %25, i64 %277
	%279 = add i32 %273, 0
	%280 = icmp slt i32 %279, %N
	%281 = getelementptr i16, i16* %278, i64 0
	%282 = select i1 %280, i16* %281, i16* %25
	%283 = add i32 %272, 0
	%284 = select i1 %280, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %283, i16* %282, i32 %284)
	%285 = add i32 %273, 8
	%286 = icmp slt i32 %285, %N
	%287 = getelementptr i16, i16* %278, i64 1024
	%288 = select i1 %286, i16* %287, i16* %25
	%289 = add i32 %272, 1024
	%290 = select i1 %286, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %289, i16* %288, i32 %290)
	%291 = add i32 %273, 16
	%292 = icmp slt i32 %291, %N
	%293 = getelementptr i16, i16* %278, i64 2048
	%294 = select i1 %292, i16* %293, i16* %25
	%295 = add i32 %272, 2048
	%296 = select i1 %292, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %295, i16* %294, i32 %296)
	%297 = add i32 %273, 24
	%298 = icmp slt i32 %297, %N
	%299 = getelementptr i16, i16* %278, i64 3072
	%300 = select i1 %298, i16* %299, i16* %25
	%301 = add i32 %272, 3072
	%302 = select i1 %298, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %301, i16* %300, i32 %302)
	%303 = add i32 %273, 32
	%304 = icmp slt i32 %303, %N
	%305 = getelementptr i16, i16* %278, i64 u0x1000
	%306 = select i1 %304, i16* %305, i16* %25
	%307 = add i32 %272, u0x1000
	%308 = select i1 %304, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %307, i16* %306, i32 %308)
	%309 = add i32 %273, 40
	%310 = icmp slt i32 %309, %N
	%311 = getelementptr i16, i16* %278, i64 5120
	%312 = select i1 %310, i16* %311, i16* %25
	%313 = add i32 %272, 5120
	%314 = select i1 %310, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %313, i16* %312, i32 %314)
	%315 = add i32 %273, 48
	%316 = icmp slt i32 %315, %N
	%317 = getelementptr i16, i16* %278, i64 6144
	%318 = select i1 %316, i16* %317, i16* %25
	%319 = add i32 %272, 6144
	%320 = select i1 %316, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %319, i16* %318, i32 %320)
	%321 = add i32 %273, 56
	%322 = icmp slt i32 %321, %N
	%323 = getelementptr i16, i16* %278, i64 7168
	%324 = select i1 %322, i16* %323, i16* %25
	%325 = add i32 %272, 7168
	%326 = select i1 %322, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %325, i16* %324, i32 %326)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%327 = add i32 %2, 0
	%328 = zext i32 %327 to i64
	%329 = lshr i64 %328, 4
	%330 = and i64 %329, u0x3FFF
	%331 = or i64 %330, u0x4000004000010000
	%332 = add i32 %0, 0
	%333 = zext i32 %332 to i64
	%334 = lshr i64 %333, 4
	%335 = and i64 %334, u0x3FFF
	%336 = or i64 %335, u0x4000004000010000
	%337 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %331, i64 %336, i32 1)
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 0
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 1
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 2
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 3
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 4
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 5
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 6
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 7
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 8
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 9
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 10
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 11
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 12
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 13
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 14
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 15
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 16
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 17
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 18
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 19
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 20
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 21
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 22
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 23
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 24
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 25
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 26
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 27
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 28
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 29
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 30
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %337, 31
	%370 = add i32 %2, 32
	%371 = zext i32 %370 to i64
	%372 = lshr i64 %371, 4
	%373 = and i64 %372, u0x3FFF
	%374 = or i64 %373, u0x4000004000010000
	%375 = add i32 %0, 32
	%376 = zext i32 %375 to i64
	%377 = lshr i64 %376, 4
	%378 = and i64 %377, u0x3FFF
	%379 = or i64 %378, u0x4000004000010000
	%380 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, i64 %374, i64 %379, i32 1)
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 0
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 1
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 2
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 3
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 4
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 5
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 6
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 7
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 8
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 9
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 10
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 11
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 12
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 13
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 14
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 15
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 16
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 17
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 18
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 19
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 20
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 21
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 22
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 23
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 24
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 25
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 26
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 27
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 28
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 29
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 30
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 31
	%413 = add i32 %2, 64
	%414 = zext i32 %413 to i64
	%415 = lshr i64 %414, 4
	%416 = and i64 %415, u0x3FFF
	%417 = or i64 %416, u0x4000004000010000
	%418 = add i32 %0, 64
	%419 = zext i32 %418 to i64
	%420 = lshr i64 %419, 4
	%421 = and i64 %420, u0x3FFF
	%422 = or i64 %421, u0x4000004000010000
	%423 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, i64 %417, i64 %422, i32 1)
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 0
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 1
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 2
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 3
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 4
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 5
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 6
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 7
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 8
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 9
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 10
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 11
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 12
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 13
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 14
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 15
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 16
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 17
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 18
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 19
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 20
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 21
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 22
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 23
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 24
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 25
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 26
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 27
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 28
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 29
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 30
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %423, 31
	%456 = add i32 %2, 96
	%457 = zext i32 %456 to i64
	%458 = lshr i64 %457, 4
	%459 = and i64 %458, u0x3FFF
	%460 = or i64 %459, u0x4000004000010000
	%461 = add i32 %0, 96
	%462 = zext i32 %461 to i64
	%463 = lshr i64 %462, 4
	%464 = and i64 %463, u0x3FFF
	%465 = or i64 %464, u0x4000004000010000
	%466 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %424, float %425, float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, i64 %460, i64 %465, i32 1)
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 0
	%468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 1
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 2
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 3
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 4
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 5
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 6
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 7
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 8
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 9
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 10
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 11
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 12
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 13
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 14
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 15
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 16
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 17
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 18
	%486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 19
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 20
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 21
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 22
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 23
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 24
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 25
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 26
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 27
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 28
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 29
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 30
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %466, 31
	%499 = add i32 %2, u0x2000
	%500 = zext i32 %499 to i64
	%501 = lshr i64 %500, 4
	%502 = and i64 %501, u0x3FFF
	%503 = or i64 %502, u0x4000004000010000
	%504 = add i32 %0, u0x2000
	%505 = zext i32 %504 to i64
	%506 = lshr i64 %505, 4
	%507 = and i64 %506, u0x3FFF
	%508 = or i64 %507, u0x4000004000010000
	%509 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, float %497, float %498, i64 %503, i64 %508, i32 1)
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 0
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 1
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 2
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 3
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 4
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 5
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 6
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 7
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 8
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 9
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 10
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 11
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 12
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 13
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 14
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 15
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 16
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 17
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 18
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 19
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 20
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 21
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 22
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 23
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 24
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 25
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 26
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 27
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 28
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 29
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 30
	%541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 31
	%542 = add i32 %2, u0x2020
	%543 = zext i32 %542 to i64
	%544 = lshr i64 %543, 4
	%545 = and i64 %544, u0x3FFF
	%546 = or i64 %545, u0x4000004000010000
	%547 = add i32 %0, u0x2020
	%548 = zext i32 %547 to i64
	%549 = lshr i64 %548, 4
	%550 = and i64 %549, u0x3FFF
	%551 = or i64 %550, u0x4000004000010000
	%552 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %510, float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %540, float %541, i64 %546, i64 %551, i32 1)
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 0
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 1
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 2
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 3
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 4
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 5
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 6
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 7
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 8
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 9
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 10
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 11
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 12
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 13
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 14
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 15
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 16
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 17
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 18
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 19
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 20
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 21
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 22
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 23
	%577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 24
	%578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 25
	%579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 26
	%580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 27
	%581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 28
	%582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 29
	%583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 30
	%584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %552, 31
	%585 = add i32 %2, 8256
	%586 = zext i32 %585 to i64
	%587 = lshr i64 %586, 4
	%588 = and i64 %587, u0x3FFF
	%589 = or i64 %588, u0x4000004000010000
	%590 = add i32 %0, 8256
	%591 = zext i32 %590 to i64
	%592 = lshr i64 %591, 4
	%593 = and i64 %592, u0x3FFF
	%594 = or i64 %593, u0x4000004000010000
	%595 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, i64 %589, i64 %594, i32 1)
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 0
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 1
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 2
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 3
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 4
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 5
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 6
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 7
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 8
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 9
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 10
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 11
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 12
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 13
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 14
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 15
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 16
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 17
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 18
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 19
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 20
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 21
	%618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 22
	%619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 23
	%620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 24
	%621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 25
	%622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 26
	%623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 27
	%624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 28
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 29
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 30
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %595, 31
	%628 = add i32 %2, 8288
	%629 = zext i32 %628 to i64
	%630 = lshr i64 %629, 4
	%631 = and i64 %630, u0x3FFF
	%632 = or i64 %631, u0x4000004000010000
	%633 = add i32 %0, 8288
	%634 = zext i32 %633 to i64
	%635 = lshr i64 %634, 4
	%636 = and i64 %635, u0x3FFF
	%637 = or i64 %636, u0x4000004000010000
	%638 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %596, float %597, float %598, float %599, float %600, float %601, float %602, float %603, float %604, float %605, float %606, float %607, float %608, float %609, float %610, float %611, float %612, float %613, float %614, float %615, float %616, float %617, float %618, float %619, float %620, float %621, float %622, float %623, float %624, float %625, float %626, float %627, i64 %632, i64 %637, i32 1)
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 0
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 1
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 2
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 3
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 4
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 5
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 6
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 7
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 8
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 9
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 10
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 11
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 12
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 13
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 14
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 15
	%655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 16
	%656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 17
	%657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 18
	%658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 19
	%659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 20
	%660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 21
	%661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 22
	%662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 23
	%663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 24
	%664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 25
	%665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 26
	%666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 27
	%667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 28
	%668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 29
	%669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 30
	%670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%689 = call float asm sideeffect "", "=f,0"(float %657)
	%690 = call float asm sideeffect "", "=f,0"(float %658)
	%691 = call float asm sideeffect "", "=f,0"(float %659)
	%692 = call float asm sideeffect "", "=f,0"(float %660)
	%693 = call float asm sideeffect "", "=f,0"(float %661)
	%694 = call float asm sideeffect "", "=f,0"(float %662)
	%695 = call float asm sideeffect "", "=f,0"(float %663)
	%696 = call float asm sideeffect "", "=f,0"(float %664)
	%697 = call float asm sideeffect "", "=f,0"(float %665)
	%698 = call float asm sideeffect "", "=f,0"(float %666)
	%699 = call float asm sideeffect "", "=f,0"(float %667)
	%700 = call float asm sideeffect "", "=f,0"(float %668)
	%701 = call float asm sideeffect "", "=f,0"(float %669)
	%702 = call float asm sideeffect "", "=f,0"(float %670)
	%703 = mul i32 %4, 16
	%704 = add i32 %13, %703
	%705 = add i32 %6, 0
	%706 = add i32 %704, %705
	%707 = mul i32 %4, 16
	%708 = add i32 %13, %707
	%709 = add i32 %6, 8
	%710 = add i32 %708, %709
	%711 = sitofp i32 %11 to float
	%712 = add i32 %34, %191
	%713 = sext i32 %712 to i64
	%714 = getelementptr i8, i8* %cls, i64 %713
	%715 = load i8, i8* %714
	%716 = icmp ne i8 %715, 2
	br i1 %716, label %partial, label %softmax

epilogue:
	%717 = phi float [ 0.0, %entry ], [ %1318, %pv ]
	%718 = phi float [ 0.0, %entry ], [ %1393, %pv ]
	%719 = phi i32 [ 0, %entry ], [ %1394, %pv ]
	%720 = phi float [ 0.0, %entry ], [ %1841, %pv ]
	%721 = phi float [ 0.0, %entry ], [ %1842, %pv ]
	%722 = phi float [ 0.0, %entry ], [ %1843, %pv ]
	%723 = phi float [ 0.0, %entry ], [ %1844, %pv ]
	%724 = phi float [ 0.0, %entry ], [ %1845, %pv ]
	%725 = phi float [ 0.0, %entry ], [ %1846, %pv ]
	%726 = phi float [ 0.0, %entry ], [ %1847, %pv ]
	%727 = phi float [ 0.0, %entry ], [ %1848, %pv ]
	%728 = phi float [ 0.0, %entry ], [ %1849, %pv ]
	%729 = phi float [ 0.0, %entry ], [ %1850, %pv ]
	%730 = phi float [ 0.0, %entry ], [ %1851, %pv ]
	%731 = phi float [ 0.0, %entry ], [ %1852, %pv ]
	%732 = phi float [ 0.0, %entry ], [ %1853, %pv ]
	%733 = phi float [ 0.0, %entry ], [ %1854, %pv ]
	%734 = phi float [ 0.0, %entry ], [ %1855, %pv ]
	%735 = phi float [ 0.0, %entry ], [ %1856, %pv ]
	%736 = phi float [ 0.0, %entry ], [ %1857, %pv ]
	%737 = phi float [ 0.0, %entry ], [ %1858, %pv ]
	%738 = phi float [ 0.0, %entry ], [ %1859, %pv ]
	%739 = phi float [ 0.0, %entry ], [ %1860, %pv ]
	%740 = phi float [ 0.0, %entry ], [ %1861, %pv ]
	%741 = phi float [ 0.0, %entry ], [ %1862, %pv ]
	%742 = phi float [ 0.0, %entry ], [ %1863, %pv ]
	%743 = phi float [ 0.0, %entry ], [ %1864, %pv ]
	%744 = phi float [ 0.0, %entry ], [ %1865, %pv ]
	%745 = phi float [ 0.0, %entry ], [ %1866, %pv ]
	%746 = phi float [ 0.0, %entry ], [ %1867, %pv ]
	%747 = phi float [ 0.0, %entry ], [ %1868, %pv ]
	%748 = phi float [ 0.0, %entry ], [ %1869, %pv ]
	%749 = phi float [ 0.0, %entry ], [ %1870, %pv ]
	%750 = phi float [ 0.0, %entry ], [ %1871, %pv ]
	%751 = phi float [ 0.0, %entry ], [ %1872, %pv ]
	%752 = phi float [ 0.0, %entry ], [ %1873, %pv ]
	%753 = phi float [ 0.0, %entry ], [ %1874, %pv ]
	%754 = phi float [ 0.0, %entry ], [ %1875, %pv ]
	%755 = phi float [ 0.0, %entry ], [ %1876, %pv ]
	%756 = phi float [ 0.0, %entry ], [ %1877, %pv ]
	%757 = phi float [ 0.0, %entry ], [ %1878, %pv ]
	%758 = phi float [ 0.0, %entry ], [ %1879, %pv ]
	%759 = phi float [ 0.0, %entry ], [ %1880, %pv ]
	%760 = phi float [ 0.0, %entry ], [ %1881, %pv ]
	%761 = phi float [ 0.0, %entry ], [ %1882, %pv ]
	%762 = phi float [ 0.0, %entry ], [ %1883, %pv ]
	%763 = phi float [ 0.0, %entry ], [ %1884, %pv ]
	%764 = phi float [ 0.0, %entry ], [ %1885, %pv ]
	%765 = phi float [ 0.0, %entry ], [ %1886, %pv ]
	%766 = phi float [ 0.0, %entry ], [ %1887, %pv ]
	%767 = phi float [ 0.0, %entry ], [ %1888, %pv ]
	%768 = phi float [ 0.0, %entry ], [ %1889, %pv ]
	%769 = phi float [ 0.0, %entry ], [ %1890, %pv ]
	%770 = phi float [ 0.0, %entry ], [ %1891, %pv ]
	%771 = phi float [ 0.0, %entry ], [ %1892, %pv ]
	%772 = phi float [ 0.0, %entry ], [ %1893, %pv ]
	%773 = phi float [ 0.0, %entry ], [ %1894, %pv ]
	%774 = phi float [ 0.0, %entry ], [ %1895, %pv ]
	%775 = phi float [ 0.0, %entry ], [ %1896, %pv ]
	%776 = phi float [ 0.0, %entry ], [ %1897, %pv ]
	%777 = phi float [ 0.0, %entry ], [ %1898, %pv ]
	%778 = phi float [ 0.0, %entry ], [ %1899, %pv ]
	%779 = phi float [ 0.0, %entry ], [ %1900, %pv ]
	%780 = phi float [ 0.0, %entry ], [ %1901, %pv ]
	%781 = phi float [ 0.0, %entry ], [ %1902, %pv ]
	%782 = phi float [ 0.0, %entry ], [ %1903, %pv ]
	%783 = phi float [ 0.0, %entry ], [ %1904, %pv ]
	%784 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %717, i32 1, i32 31)
	%785 = fadd float %717, %784
	%786 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %785, i32 2, i32 31)
	%787 = fadd float %785, %786
	%788 = fcmp ogt float %787, 0.0
	%789 = fdiv float 1.0, %787
	%790 = select i1 %788, float %789, float 0.0
	%791 = mul i32 %4, 16
	%792 = add i32 %13, %791
	%793 = add i32 %6, 0
	%794 = add i32 %792, %793
	%795 = fmul float %720, %790
	%796 = fmul float %721, %790
	%797 = fmul float %724, %790
	%798 = fmul float %725, %790
	%799 = fmul float %728, %790
	%800 = fmul float %729, %790
	%801 = fmul float %732, %790
	%802 = fmul float %733, %790
	%803 = fmul float %736, %790
	%804 = fmul float %737, %790
	%805 = fmul float %740, %790
	%806 = fmul float %741, %790
	%807 = fmul float %744, %790
	%808 = fmul float %745, %790
	%809 = fmul float %748, %790
	%810 = fmul float %749, %790
	%811 = fmul float %752, %790
	%812 = fmul float %753, %790
	%813 = fmul float %756, %790
	%814 = fmul float %757, %790
	%815 = fmul float %760, %790
	%816 = fmul float %761, %790
	%817 = fmul float %764, %790
	%818 = fmul float %765, %790
	%819 = fmul float %768, %790
	%820 = fmul float %769, %790
	%821 = fmul float %772, %790
	%822 = fmul float %773, %790
	%823 = fmul float %776, %790
	%824 = fmul float %777, %790
	%825 = fmul float %780, %790
	%826 = fmul float %781, %790
	%827 = icmp slt i32 %794, %M
	br i1 %827, label %store0, label %stored0

partial:
	%828 = shl i32 %7, 1
	%829 = add i32 0, %828
	%830 = add i32 %260, %829
	%831 = icmp slt i32 %830, %N
	%832 = select i1 %831, i32 %830, i32 0
	%833 = sitofp i32 %706 to float
	%834 = sitofp i32 %832 to float
	%835 = fcmp ole float %834, %833
	%836 = uitofp i1 %835 to float
	%837 = fcmp une float %836, 0.0
	%838 = and i1 %831, %837
	%839 = select i1 %838, float %671, float 0xFFF0000000000000
	%840 = shl i32 %7, 1
	%841 = add i32 1, %840
	%842 = add i32 %260, %841
	%843 = icmp slt i32 %842, %N
	%844 = select i1 %843, i32 %842, i32 0
	%845 = sitofp i32 %706 to float
	%846 = sitofp i32 %844 to float
	%847 = fcmp ole float %846, %845
	%848 = uitofp i1 %847 to float
	%849 = fcmp une float %848, 0.0
	%850 = and i1 %843, %849
	%851 = select i1 %850, float %672, float 0xFFF0000000000000
	%852 = shl i32 %7, 1
	%853 = add i32 0, %852
	%854 = add i32 %260, %853
	%855 = icmp slt i32 %854, %N
	%856 = select i1 %855, i32 %854, i32 0
	%857 = sitofp i32 %710 to float
	%858 = sitofp i32 %856 to float
	%859 = fcmp ole float %858, %857
	%860 = uitofp i1 %859 to float
	%861 = fcmp une float %860, 0.0
	%862 = and i1 %855, %861
	%863 = select i1 %862, float %673, float 0xFFF0000000000000
	%864 = shl i32 %7, 1
	%865 = add i32 1, %864
	%866 = add i32 %260, %865
	%867 = icmp slt i32 %866, %N
	%868 = select i1 %867, i32 %866, i32 0
	%869 = sitofp i32 %710 to float
	%870 = sitofp i32 %868 to float
	%871 = fcmp ole float %870, %869
	%872 = uitofp i1 %871 to float
	%873 = fcmp une float %872, 0.0
	%874 = and i1 %867, %873
	%875 = select i1 %874, float %674, float 0xFFF0000000000000
	%876 = shl i32 %7, 1
	%877 = add i32 8, %876
	%878 = add i32 %260, %877
	%879 = icmp slt i32 %878, %N
	%880 = select i1 %879, i32 %878, i32 0
	%881 = sitofp i32 %706 to float
	%882 = sitofp i32 %880 to float
	%883 = fcmp ole float %882, %881
	%884 = uitofp i1 %883 to float
	%885 = fcmp une float %884, 0.0
	%886 = and i1 %879, %885
	%887 = select i1 %886, float %675, float 0xFFF0000000000000
	%888 = shl i32 %7, 1
	%889 = add i32 9, %888
	%890 = add i32 %260, %889
	%891 = icmp slt i32 %890, %N
	%892 = select i1 %891, i32 %890, i32 0
	%893 = sitofp i32 %706 to float
	%894 = sitofp i32 %892 to float
	%895 = fcmp ole float %894, %893
	%896 = uitofp i1 %895 to float
	%897 = fcmp une float %896, 0.0
	%898 = and i1 %891, %897
	%899 = select i1 %898, float %676, float 0xFFF0000000000000
	%900 = shl i32 %7, 1
	%901 = add i32 8, %900
	%902 = add i32 %260, %901
	%903 = icmp slt i32 %902, %N
	%904 = select i1 %903, i32 %902, i32 0
	%905 = sitofp i32 %710 to float
	%906 = sitofp i32 %904 to float
	%907 = fcmp ole float %906, %905
	%908 = uitofp i1 %907 to float
	%909 = fcmp une float %908, 0.0
	%910 = and i1 %903, %909
	%911 = select i1 %910, float %677, float 0xFFF0000000000000
	%912 = shl i32 %7, 1
	%913 = add i32 9, %912
	%914 = add i32 %260, %913
	%915 = icmp slt i32 %914, %N
	%916 = select i1 %915, i32 %914, i32 0
	%917 = sitofp i32 %710 to float
	%918 = sitofp i32 %916 to float
	%919 = fcmp ole float %918, %917
	%920 = uitofp i1 %919 to float
	%921 = fcmp une float %920, 0.0
	%922 = and i1 %915, %921
	%923 = select i1 %922, float %678, float 0xFFF0000000000000
	%924 = shl i32 %7, 1
	%925 = add i32 16, %924
	%926 = add i32 %260, %925
	%927 = icmp slt i32 %926, %N
	%928 = select i1 %927, i32 %926, i32 0
	%929 = sitofp i32 %706 to float
	%930 = sitofp i32 %928 to float
	%931 = fcmp ole float %930, %929
	%932 = uitofp i1 %931 to float
	%933 = fcmp une float %932, 0.0
	%934 = and i1 %927, %933
	%935 = select i1 %934, float %679, float 0xFFF0000000000000
	%936 = shl i32 %7, 1
	%937 = add i32 17, %936
	%938 = add i32 %260, %937
	%939 = icmp slt i32 %938, %N
	%940 = select i1 %939, i32 %938, i32 0
	%941 = sitofp i32 %706 to float
	%942 = sitofp i32 %940 to float
	%943 = fcmp ole float %942, %941
	%944 = uitofp i1 %943 to float
	%945 = fcmp une float %944, 0.0
	%946 = and i1 %939, %945
	%947 = select i1 %946, float %680, float 0xFFF0000000000000
	%948 = shl i32 %7, 1
	%949 = add i32 16, %948
	%950 = add i32 %260, %949
	%951 = icmp slt i32 %950, %N
	%952 = select i1 %951, i32 %950, i32 0
	%953 = sitofp i32 %710 to float
	%954 = sitofp i32 %952 to float
	%955 = fcmp ole float %954, %953
	%956 = uitofp i1 %955 to float
	%957 = fcmp une float %956, 0.0
	%958 = and i1 %951, %957
	%959 = select i1 %958, float %681, float 0xFFF0000000000000
	%960 = shl i32 %7, 1
	%961 = add i32 17, %960
	%962 = add i32 %260, %961
	%963 = icmp slt i32 %962, %N
	%964 = select i1 %963, i32 %962, i32 0
	%965 = sitofp i32 %710 to float
	%966 = sitofp i32 %964 to float
	%967 = fcmp ole float %966, %965
	%968 = uitofp i1 %967 to float
	%969 = fcmp une float %968, 0.0
	%970 = and i1 %963, %969
	%971 = select i1 %970, float %682, float 0xFFF0000000000000
	%972 = shl i32 %7, 1
	%973 = add i32 24, %972
	%974 = add i32 %260, %973
	%975 = icmp slt i32 %974, %N
	%976 = select i1 %975, i32 %974, i32 0
	%977 = sitofp i32 %706 to float
	%978 = sitofp i32 %976 to float
	%979 = fcmp ole float %978, %977
	%980 = uitofp i1 %979 to float
	%981 = fcmp une float %980, 0.0
	%982 = and i1 %975, %981
	%983 = select i1 %982, float %683, float 0xFFF0000000000000
	%984 = shl i32 %7, 1
	%985 = add i32 25, %984
	%986 = add i32 %260, %985
	%987 = icmp slt i32 %986, %N
	%988 = select i1 %987, i32 %986, i32 0
	%989 = sitofp i32 %706 to float
	%990 = sitofp i32 %988 to float
	%991 = fcmp ole float %990, %989
	%992 = uitofp i1 %991 to float
	%993 = fcmp une float %992, 0.0
	%994 = and i1 %987, %993
	%995 = select i1 %994, float %684, float 0xFFF0000000000000
	%996 = shl i32 %7, 1
	%997 = add i32 24, %996
	%998 = add i32 %260, %997
	%999 = icmp slt i32 %998, %N
	%1000 = select i1 %999, i32 %998, i32 0
	%1001 = sitofp i32 %710 to float
	%1002 = sitofp i32 %1000 to float
	%1003 = fcmp ole float %1002, %1001
	%1004 = uitofp i1 %1003 to float
	%1005 = fcmp une float %1004, 0.0
	%1006 = and i1 %999, %1005
	%1007 = select i1 %1006, float %685, float 0xFFF0000000000000
	%1008 = shl i32 %7, 1
	%1009 = add i32 25, %1008
	%1010 = add i32 %260, %1009
	%1011 = icmp slt i32 %1010, %N
	%1012 = select i1 %1011, i32 %1010, i32 0
	%1013 = sitofp i32 %710 to float
	%1014 = sitofp i32 %1012 to float
	%1015 = fcmp ole float %1014, %1013
	%1016 = uitofp i1 %1015 to float
	%1017 = fcmp une float %1016, 0.0
	%1018 = and i1 %1011, %1017
	%1019 = select i1 %1018, float %686, float 0xFFF0000000000000
	%1020 = shl i32 %7, 1
	%1021 = add i32 32, %1020
	%1022 = add i32 %260, %1021
	%1023 = icmp slt i32 %1022, %N
	%1024 = select i1 %1023, i32 %1022, i32 0
	%1025 = sitofp i32 %706 to float
	%1026 = sitofp i32 %1024 to float
	%1027 = fcmp ole float %1026, %1025
	%1028 = uitofp i1 %1027 to float
	%1029 = fcmp une float %1028, 0.0
	%1030 = and i1 %1023, %1029
	%1031 = select i1 %1030, float %687, float 0xFFF0000000000000
	%1032 = shl i32 %7, 1
	%1033 = add i32 33, %1032
	%1034 = add i32 %260, %1033
	%1035 = icmp slt i32 %1034, %N
	%1036 = select i1 %1035, i32 %1034, i32 0
	%1037 = sitofp i32 %706 to float
	%1038 = sitofp i32 %1036 to float
	%1039 = fcmp ole float %1038, %1037
	%1040 = uitofp i1 %1039 to float
	%1041 = fcmp une float %1040, 0.0
	%1042 = and i1 %1035, %1041
	%1043 = select i1 %1042, float %688, float 0xFFF0000000000000
	%1044 = shl i32 %7, 1
	%1045 = add i32 32, %1044
	%1046 = add i32 %260, %1045
	%1047 = icmp slt i32 %1046, %N
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = sitofp i32 %710 to float
	%1050 = sitofp i32 %1048 to float
	%1051 = fcmp ole float %1050, %1049
	%1052 = uitofp i1 %1051 to float
	%1053 = fcmp une float %1052, 0.0
	%1054 = and i1 %1047, %1053
	%1055 = select i1 %1054, float %689, float 0xFFF0000000000000
	%1056 = shl i32 %7, 1
	%1057 = add i32 33, %1056
	%1058 = add i32 %260, %1057
	%1059 = icmp slt i32 %1058, %N
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = sitofp i32 %710 to float
	%1062 = sitofp i32 %1060 to float
	%1063 = fcmp ole float %1062, %1061
	%1064 = uitofp i1 %1063 to float
	%1065 = fcmp une float %1064, 0.0
	%1066 = and i1 %1059, %1065
	%1067 = select i1 %1066, float %690, float 0xFFF0000000000000
	%1068 = shl i32 %7, 1
	%1069 = add i32 40, %1068
	%1070 = add i32 %260, %1069
	%1071 = icmp slt i32 %1070, %N
	%1072 = select i1 %1071, i32 %1070, i32 0
	%1073 = sitofp i32 %706 to float
	%1074 = sitofp i32 %1072 to float
	%1075 = fcmp ole float %1074, %1073
	%1076 = uitofp i1 %1075 to float
	%1077 = fcmp une float %1076, 0.0
	%1078 = and i1 %1071, %1077
	%1079 = select i1 %1078, float %691, float 0xFFF0000000000000
	%1080 = shl i32 %7, 1
	%1081 = add i32 41, %1080
	%1082 = add i32 %260, %1081
	%1083 = icmp slt i32 %1082, %N
	%1084 = select i1 %1083, i32 %1082, i32 0
	%1085 = sitofp i32 %706 to float
	%1086 = sitofp i32 %1084 to float
	%1087 = fcmp ole float %1086, %1085
	%1088 = uitofp i1 %1087 to float
	%1089 = fcmp une float %1088, 0.0
	%1090 = and i1 %1083, %1089
	%1091 = select i1 %1090, float %692, float 0xFFF0000000000000
	%1092 = shl i32 %7, 1
	%1093 = add i32 40, %1092
	%1094 = add i32 %260, %1093
	%1095 = icmp slt i32 %1094, %N
	%1096 = select i1 %1095, i32 %1094, i32 0
	%1097 = sitofp i32 %710 to float
	%1098 = sitofp i32 %1096 to float
	%1099 = fcmp ole float %1098, %1097
	%1100 = uitofp i1 %1099 to float
	%1101 = fcmp une float %1100, 0.0
	%1102 = and i1 %1095, %1101
	%1103 = select i1 %1102, float %693, float 0xFFF0000000000000
	%1104 = shl i32 %7, 1
	%1105 = add i32 41, %1104
	%1106 = add i32 %260, %1105
	%1107 = icmp slt i32 %1106, %N
	%1108 = select i1 %1107, i32 %1106, i32 0
	%1109 = sitofp i32 %710 to float
	%1110 = sitofp i32 %1108 to float
	%1111 = fcmp ole float %1110, %1109
	%1112 = uitofp i1 %1111 to float
	%1113 = fcmp une float %1112, 0.0
	%1114 = and i1 %1107, %1113
	%1115 = select i1 %1114, float %694, float 0xFFF0000000000000
	%1116 = shl i32 %7, 1
	%1117 = add i32 48, %1116
	%1118 = add i32 %260, %1117
	%1119 = icmp slt i32 %1118, %N
	%1120 = select i1 %1119, i32 %1118, i32 0
	%1121 = sitofp i32 %706 to float
	%1122 = sitofp i32 %1120 to float
	%1123 = fcmp ole float %1122, %1121
	%1124 = uitofp i1 %1123 to float
	%1125 = fcmp une float %1124, 0.0
	%1126 = and i1 %1119, %1125
	%1127 = select i1 %1126, float %695, float 0xFFF0000000000000
	%1128 = shl i32 %7, 1
	%1129 = add i32 49, %1128
	%1130 = add i32 %260, %1129
	%1131 = icmp slt i32 %1130, %N
	%1132 = select i1 %1131, i32 %1130, i32 0
	%1133 = sitofp i32 %706 to float
	%1134 = sitofp i32 %1132 to float
	%1135 = fcmp ole float %1134, %1133
	%1136 = uitofp i1 %1135 to float
	%1137 = fcmp une float %1136, 0.0
	%1138 = and i1 %1131, %1137
	%1139 = select i1 %1138, float %696, float 0xFFF0000000000000
	%1140 = shl i32 %7, 1
	%1141 = add i32 48, %1140
	%1142 = add i32 %260, %1141
	%1143 = icmp slt i32 %1142, %N
	%1144 = select i1 %1143, i32 %1142, i32 0
	%1145 = sitofp i32 %710 to float
	%1146 = sitofp i32 %1144 to float
	%1147 = fcmp ole float %1146, %1145
	%1148 = uitofp i1 %1147 to float
	%1149 = fcmp une float %1148, 0.0
	%1150 = and i1 %1143, %1149
	%1151 = select i1 %1150, float %697, float 0xFFF0000000000000
	%1152 = shl i32 %7, 1
	%1153 = add i32 49, %1152
	%1154 = add i32 %260, %1153
	%1155 = icmp slt i32 %1154, %N
	%1156 = select i1 %1155, i32 %1154, i32 0
	%1157 = sitofp i32 %710 to float
	%1158 = sitofp i32 %1156 to float
	%1159 = fcmp ole float %1158, %1157
	%1160 = uitofp i1 %1159 to float
	%1161 = fcmp une float %1160, 0.0
	%1162 = and i1 %1155, %1161
	%1163 = select i1 %1162, float %698, float 0xFFF0000000000000
	%1164 = shl i32 %7, 1
	%1165 = add i32 56, %1164
	%1166 = add i32 %260, %1165
	%1167 = icmp slt i32 %1166, %N
	%1168 = select i1 %1167, i32 %1166, i32 0
	%1169 = sitofp i32 %706 to float
	%1170 = sitofp i32 %1168 to float
	%1171 = fcmp ole float %1170, %1169
	%1172 = uitofp i1 %1171 to float
	%1173 = fcmp une float %1172, 0.0
	%1174 = and i1 %1167, %1173
	%1175 = select i1 %1174, float %699, float 0xFFF0000000000000
	%1176 = shl i32 %7, 1
	%1177 = add i32 57, %1176
	%1178 = add i32 %260, %1177
	%1179 = icmp slt i32 %1178, %N
	%1180 = select i1 %1179, i32 %1178, i32 0
	%1181 = sitofp i32 %706 to float
	%1182 = sitofp i32 %1180 to float
	%1183 = fcmp ole float %1182, %1181
	%1184 = uitofp i1 %1183 to float
	%1185 = fcmp une float %1184, 0.0
	%1186 = and i1 %1179, %1185
	%1187 = select i1 %1186, float %700, float 0xFFF0000000000000
	%1188 = shl i32 %7, 1
	%1189 = add i32 56, %1188
	%1190 = add i32 %260, %1189
	%1191 = icmp slt i32 %1190, %N
	%1192 = select i1 %1191, i32 %1190, i32 0
	%1193 = sitofp i32 %710 to float
	%1194 = sitofp i32 %1192 to float
	%1195 = fcmp ole float %1194, %1193
	%1196 = uitofp i1 %1195 to float
	%1197 = fcmp une float %1196, 0.0
	%1198 = and i1 %1191, %1197
	%1199 = select i1 %1198, float %701, float 0xFFF0000000000000
	%1200 = shl i32 %7, 1
	%1201 = add i32 57, %1200
	%1202 = add i32 %260, %1201
	%1203 = icmp slt i32 %1202, %N
	%1204 = select i1 %1203, i32 %1202, i32 0
	%1205 = sitofp i32 %710 to float
	%1206 = sitofp i32 %1204 to float
	%1207 = fcmp ole float %1206, %1205
	%1208 = uitofp i1 %1207 to float
	%1209 = fcmp une float %1208, 0.0
	%1210 = and i1 %1203, %1209
	%1211 = select i1 %1210, float %702, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1212 = phi float [ %671, %loop ], [ %839, %partial ]
	%1213 = phi float [ %672, %loop ], [ %851, %partial ]
	%1214 = phi float [ %673, %loop ], [ %863, %partial ]
	%1215 = phi float [ %674, %loop ], [ %875, %partial ]
	%1216 = phi float [ %675, %loop ], [ %887, %partial ]
	%1217 = phi float [ %676, %loop ], [ %899, %partial ]
	%1218 = phi float [ %677, %loop ], [ %911, %partial ]
	%1219 = phi float [ %678, %loop ], [ %923, %partial ]
	%1220 = phi float [ %679, %loop ], [ %935, %partial ]
	%1221 = phi float [ %680, %loop ], [ %947, %partial ]
	%1222 = phi float [ %681, %loop ], [ %959, %partial ]
	%1223 = phi float [ %682, %loop ], [ %971, %partial ]
	%1224 = phi float [ %683, %loop ], [ %983, %partial ]
	%1225 = phi float [ %684, %loop ], [ %995, %partial ]
	%1226 = phi float [ %685, %loop ], [ %1007, %partial ]
	%1227 = phi float [ %686, %loop ], [ %1019, %partial ]
	%1228 = phi float [ %687, %loop ], [ %1031, %partial ]
	%1229 = phi float [ %688, %loop ], [ %1043, %partial ]
	%1230 = phi float [ %689, %loop ], [ %1055, %partial ]
	%1231 = phi float [ %690, %loop ], [ %1067, %partial ]
	%1232 = phi float [ %691, %loop ], [ %1079, %partial ]
	%1233 = phi float [ %692, %loop ], [ %1091, %partial ]
	%1234 = phi float [ %693, %loop ], [ %1103, %partial ]
	%1235 = phi float [ %694, %loop ], [ %1115, %partial ]
	%1236 = phi float [ %695, %loop ], [ %1127, %partial ]
	%1237 = phi float [ %696, %loop ], [ %1139, %partial ]
	%1238 = phi float [ %697, %loop ], [ %1151, %partial ]
	%1239 = phi float [ %698, %loop ], [ %1163, %partial ]
	%1240 = phi float [ %699, %loop ], [ %1175, %partial ]
	%1241 = phi float [ %700, %loop ], [ %1187, %partial ]
	%1242 = phi float [ %701, %loop ], [ %1199, %partial ]
	%1243 = phi float [ %702, %loop ], [ %1211, %partial ]
	%1244 = call float @llvm.nvvm.fmax.f(float %1212, float %1213)
	%1245 = call float @llvm.nvvm.fmax.f(float %1216, float %1217)
	%1246 = call float @llvm.nvvm.fmax.f(float %1220, float %1221)
	%1247 = call float @llvm.nvvm.fmax.f(float %1224, float %1225)
	%1248 = call float @llvm.nvvm.fmax.f(float %1228, float %1229)
	%1249 = call float @llvm.nvvm.fmax.f(float %1232, float %1233)
	%1250 = call float @llvm.nvvm.fmax.f(float %1236, float %1237)
	%1251 = call float @llvm.nvvm.fmax.f(float %1240, float %1241)
	%1252 = call float @llvm.nvvm.fmax.f(float %1244, float %1245)
	%1253 = call float @llvm.nvvm.fmax.f(float %1246, float %1247)
	%1254 = call float @llvm.nvvm.fmax.f(float %1248, float %1249)
	%1255 = call float @llvm.nvvm.fmax.f(float %1250, float %1251)
	%1256 = call float @llvm.nvvm.fmax.f(float %1252, float %1253)
	%1257 = call float @llvm.nvvm.fmax.f(float %1254, float %1255)
	%1258 = call float @llvm.nvvm.fmax.f(float %1256, float %1257)
	%1259 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1258, i32 1, i32 31)
	%1260 = call float @llvm.nvvm.fmax.f(float %1258, float %1259)
	%1261 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1260, i32 2, i32 31)
	%1262 = call float @llvm.nvvm.fmax.f(float %1260, float %1261)
	%1263 = fmul float %1262, 0x3FC0527DC0000000
	%1264 = call float @llvm.nvvm.fmax.f(float %256, float %1263)
	%1265 = fcmp oeq float %1264, 0xFFF0000000000000
	%1266 = select i1 %1265, float 0.0, float %1264
	%1267 = fsub float %256, %1266
	%1268 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1267)
	%1269 = fneg float %1266
	%1270 = call float @llvm.fma.f32(float %1212, float 0x3FC0527DC0000000, float %1269)
	%1271 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1270)
	%1272 = call float @llvm.fma.f32(float %1213, float 0x3FC0527DC0000000, float %1269)
	%1273 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1272)
	%1274 = call float @llvm.fma.f32(float %1216, float 0x3FC0527DC0000000, float %1269)
	%1275 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1274)
	%1276 = call float @llvm.fma.f32(float %1217, float 0x3FC0527DC0000000, float %1269)
	%1277 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1276)
	%1278 = call float @llvm.fma.f32(float %1220, float 0x3FC0527DC0000000, float %1269)
	%1279 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1278)
	%1280 = call float @llvm.fma.f32(float %1221, float 0x3FC0527DC0000000, float %1269)
	%1281 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1280)
	%1282 = call float @llvm.fma.f32(float %1224, float 0x3FC0527DC0000000, float %1269)
	%1283 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1282)
	%1284 = call float @llvm.fma.f32(float %1225, float 0x3FC0527DC0000000, float %1269)
	%1285 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1284)
	%1286 = call float @llvm.fma.f32(float %1228, float 0x3FC0527DC0000000, float %1269)
	%1287 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1286)
	%1288 = call float @llvm.fma.f32(float %1229, float 0x3FC0527DC0000000, float %1269)
	%1289 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1288)
	%1290 = call float @llvm.fma.f32(float %1232, float 0x3FC0527DC0000000, float %1269)
	%1291 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1290)
	%1292 = call float @llvm.fma.f32(float %1233, float 0x3FC0527DC0000000, float %1269)
	%1293 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1292)
	%1294 = call float @llvm.fma.f32(float %1236, float 0x3FC0527DC0000000, float %1269)
	%1295 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1294)
	%1296 = call float @llvm.fma.f32(float %1237, float 0x3FC0527DC0000000, float %1269)
	%1297 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1296)
	%1298 = call float @llvm.fma.f32(float %1240, float 0x3FC0527DC0000000, float %1269)
	%1299 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1298)
	%1300 = call float @llvm.fma.f32(float %1241, float 0x3FC0527DC0000000, float %1269)
	%1301 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1300)
	%1302 = fadd float %1271, %1273
	%1303 = fadd float %1275, %1277
	%1304 = fadd float %1279, %1281
	%1305 = fadd float %1283, %1285
	%1306 = fadd float %1287, %1289
	%1307 = fadd float %1291, %1293
	%1308 = fadd float %1295, %1297
	%1309 = fadd float %1299, %1301
	%1310 = fadd float %1302, %1303
	%1311 = fadd float %1304, %1305
	%1312 = fadd float %1306, %1307
	%1313 = fadd float %1308, %1309
	%1314 = fadd float %1310, %1311
	%1315 = fadd float %1312, %1313
	%1316 = fadd float %1314, %1315
	%1317 = fmul float %257, %1268
	%1318 = fadd float %1317, %1316
	%1319 = call float @llvm.nvvm.fmax.f(float %1214, float %1215)
	%1320 = call float @llvm.nvvm.fmax.f(float %1218, float %1219)
	%1321 = call float @llvm.nvvm.fmax.f(float %1222, float %1223)
	%1322 = call float @llvm.nvvm.fmax.f(float %1226, float %1227)
	%1323 = call float @llvm.nvvm.fmax.f(float %1230, float %1231)
	%1324 = call float @llvm.nvvm.fmax.f(float %1234, float %1235)
	%1325 = call float @llvm.nvvm.fmax.f(float %1238, float %1239)
	%1326 = call float @llvm.nvvm.fmax.f(float %1242, float %1243)
	%1327 = call float @llvm.nvvm.fmax.f(float %1319, float %1320)
	%1328 = call float @llvm.nvvm.fmax.f(float %1321, float %1322)
	%1329 = call float @llvm.nvvm.fmax.f(float %1323, float %1324)
	%1330 = call float @llvm.nvvm.fmax.f(float %1325, float %1326)
	%1331 = call float @llvm.nvvm.fmax.f(float %1327, float %1328)
	%1332 = call float @llvm.nvvm.fmax.f(float %1329, float %1330)
	%1333 = call float @llvm.nvvm.fmax.f(float %1331, float %1332)
	%1334 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1333, i32 1, i32 31)
	%1335 = call float @llvm.nvvm.fmax.f(float %1333, float %1334)
	%1336 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1335, i32 2, i32 31)
	%1337 = call float @llvm.nvvm.fmax.f(float %1335, float %1336)
	%1338 = fmul float %1337, 0x3FC0527DC0000000
	%1339 = call float @llvm.nvvm.fmax.f(float %258, float %1338)
	%1340 = fcmp oeq float %1339, 0xFFF0000000000000
	%1341 = select i1 %1340, float 0.0, float %1339
	%1342 = fsub float %258, %1341
	%1343 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1342)
	%1344 = fneg float %1341
	%1345 = call float @llvm.fma.f32(float %1214, float 0x3FC0527DC0000000, float %1344)
	%1346 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1345)
	%1347 = call float @llvm.fma.f32(float %1215, float 0x3FC0527DC0000000, float %1344)
	%1348 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1347)
	%1349 = call float @llvm.fma.f32(float %1218, float 0x3FC0527DC0000000, float %1344)
	%1350 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1349)
	%1351 = call float @llvm.fma.f32(float %1219, float 0x3FC0527DC0000000, float %1344)
	%1352 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1351)
	%1353 = call float @llvm.fma.f32(float %1222, float 0x3FC0527DC0000000, float %1344)
	%1354 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1353)
	%1355 = call float @llvm.fma.f32(float %1223, float 0x3FC0527DC0000000, float %1344)
	%1356 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1355)
	%1357 = call float @llvm.fma.f32(float %1226, float 0x3FC0527DC0000000, float %1344)
	%1358 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1357)
	%1359 = call float @llvm.fma.f32(float %1227, float 0x3FC0527DC0000000, float %1344)
	%1360 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1359)
	%1361 = call float @llvm.fma.f32(float %1230, float 0x3FC0527DC0000000, float %1344)
	%1362 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1361)
	%1363 = call float @llvm.fma.f32(float %1231, float 0x3FC0527DC0000000, float %1344)
	%1364 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1363)
	%1365 = call float @llvm.fma.f32(float %1234, float 0x3FC0527DC0000000, float %1344)
	%1366 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1365)
	%1367 = call float @llvm.fma.f32(float %1235, float 0x3FC0527DC0000000, float %1344)
	%1368 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1367)
	%1369 = call float @llvm.fma.f32(float %1238, float 0x3FC0527DC0000000, float %1344)
	%1370 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1369)
	%1371 = call float @llvm.fma.f32(float %1239, float 0x3FC0527DC0000000, float %1344)
	%1372 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1371)
	%1373 = call float @llvm.fma.f32(float %1242, float 0x3FC0527DC0000000, float %1344)
	%1374 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1373)
	%1375 = call float @llvm.fma.f32(float %1243, float 0x3FC0527DC0000000, float %1344)
	%1376 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1375)
	%1377 = fadd float %1346, %1348
	%1378 = fadd float %1350, %1352
	%1379 = fadd float %1354, %1356
	%1380 = fadd float %1358, %1360
	%1381 = fadd float %1362, %1364
	%1382 = fadd float %1366, %1368
	%1383 = fadd float %1370, %1372
	%1384 = fadd float %1374, %1376
	%1385 = fadd float %1377, %1378
	%1386 = fadd float %1379, %1380
	%1387 = fadd float %1381, %1382
	%1388 = fadd float %1383, %1384
	%1389 = fadd float %1385, %1386
	%1390 = fadd float %1387, %1388
	%1391 = fadd float %1389, %1390
	%1392 = fmul float %259, %1343
	%1393 = fadd float %1392, %1391
	%1394 = add i32 %190, 1
	%1395 = icmp slt i32 %1394, %NK
	%1396 = select i1 %1395, i32 %1394, i32 0
	%1397 = add i32 %30, %1396
	%1398 = sext i32 %1397 to i64
	%1399 = getelementptr i32, i32* %list, i64 %1398
	%1400 = load i32, i32* %1399
	%1401 = select i1 %1395, i32 %1400, i32 -1
	%1402 = icmp sge i32 %1401, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1402, label %prefetch, label %pv

prefetch:
	%1403 = mul i32 %1401, 64
	%1404 = lshr i32 %3, 4
	%1405 = and i32 %3, 15
	%1406 = lshr i32 %1405, 3
	%1407 = mul i32 %1406, u0x2000
	%1408 = and i32 %1405, 7
	%1409 = and i32 %1404, 7
	%1410 = xor i32 %1408, %1409
	%1411 = mul i32 %1404, 128
	%1412 = shl i32 %1410, 4
	%1413 = add i32 %1411, %1412
	%1414 = add i32 %1407, %1413
	%1415 = add i32 %0, %1414
	%1416 = add i32 %1403, %1404
	%1417 = mul i32 %1416, 128
	%1418 = mul i32 %1405, 8
	%1419 = add i32 %1417, %1418
	%1420 = sext i32 %1419 to i64
	%1421 = getelementptr i16, i16* %21, i64 %1420
	%1422 = add i32 %1416, 0
	%1423 = icmp slt i32 %1422, %N
	%1424 = getelementptr i16, i16* %1421, i64 0
	%1425 = select i1 %1423, i16* %1424, i16* %21
	%1426 = add i32 %1415, 0
	%1427 = select i1 %1423, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1426, i16* %1425, i32 %1427)
	%1428 = add i32 %1416, 8
	%1429 = icmp slt i32 %1428, %N
	%1430 = getelementptr i16, i16* %1421, i64 1024
	%1431 = select i1 %1429, i16* %1430, i16* %21
	%1432 = add i32 %1415, 1024
	%1433 = select i1 %1429, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1432, i16* %1431, i32 %1433)
	%1434 = add i32 %1416, 16
	%1435 = icmp slt i32 %1434, %N
	%1436 = getelementptr i16, i16* %1421, i64 2048
	%1437 = select i1 %1435, i16* %1436, i16* %21
	%1438 = add i32 %1415, 2048
	%1439 = select i1 %1435, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1438, i16* %1437, i32 %1439)
	%1440 = add i32 %1416, 24
	%1441 = icmp slt i32 %1440, %N
	%1442 = getelementptr i16, i16* %1421, i64 3072
	%1443 = select i1 %1441, i16* %1442, i16* %21
	%1444 = add i32 %1415, 3072
	%1445 = select i1 %1441, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1444, i16* %1443, i32 %1445)
	%1446 = add i32 %1416, 32
	%1447 = icmp slt i32 %1446, %N
	%1448 = getelementptr i16, i16* %1421, i64 u0x1000
	%1449 = select i1 %1447, i16* %1448, i16* %21
	%1450 = add i32 %1415, u0x1000
	%1451 = select i1 %1447, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1450, i16* %1449, i32 %1451)
	%1452 = add i32 %1416, 40
	%1453 = icmp slt i32 %1452, %N
	%1454 = getelementptr i16, i16* %1421, i64 5120
	%1455 = select i1 %1453, i16* %1454, i16* %21
	%1456 = add i32 %1415, 5120
	%1457 = select i1 %1453, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1456, i16* %1455, i32 %1457)
	%1458 = add i32 %1416, 48
	%1459 = icmp slt i32 %1458, %N
	%1460 = getelementptr i16, i16* %1421, i64 6144
	%1461 = select i1 %1459, i16* %1460, i16* %21
	%1462 = add i32 %1415, 6144
	%1463 = select i1 %1459, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1462, i16* %1461, i32 %1463)
	%1464 = add i32 %1416, 56
	%1465 = icmp slt i32 %1464, %N
	%1466 = getelementptr i16, i16* %1421, i64 7168
	%1467 = select i1 %1465, i16* %1466, i16* %21
	%1468 = add i32 %1415, 7168
	%1469 = select i1 %1465, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1468, i16* %1467, i32 %1469)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1470 = fmul float %192, %1268
	%1471 = fmul float %193, %1268
	%1472 = fmul float %194, %1343
	%1473 = fmul float %195, %1343
	%1474 = fmul float %196, %1268
	%1475 = fmul float %197, %1268
	%1476 = fmul float %198, %1343
	%1477 = fmul float %199, %1343
	%1478 = fmul float %200, %1268
	%1479 = fmul float %201, %1268
	%1480 = fmul float %202, %1343
	%1481 = fmul float %203, %1343
	%1482 = fmul float %204, %1268
	%1483 = fmul float %205, %1268
	%1484 = fmul float %206, %1343
	%1485 = fmul float %207, %1343
	%1486 = fmul float %208, %1268
	%1487 = fmul float %209, %1268
	%1488 = fmul float %210, %1343
	%1489 = fmul float %211, %1343
	%1490 = fmul float %212, %1268
	%1491 = fmul float %213, %1268
	%1492 = fmul float %214, %1343
	%1493 = fmul float %215, %1343
	%1494 = fmul float %216, %1268
	%1495 = fmul float %217, %1268
	%1496 = fmul float %218, %1343
	%1497 = fmul float %219, %1343
	%1498 = fmul float %220, %1268
	%1499 = fmul float %221, %1268
	%1500 = fmul float %222, %1343
	%1501 = fmul float %223, %1343
	%1502 = fmul float %224, %1268
	%1503 = fmul float %225, %1268
	%1504 = fmul float %226, %1343
	%1505 = fmul float %227, %1343
	%1506 = fmul float %228, %1268
	%1507 = fmul float %229, %1268
	%1508 = fmul float %230, %1343
	%1509 = fmul float %231, %1343
	%1510 = fmul float %232, %1268
	%1511 = fmul float %233, %1268
	%1512 = fmul float %234, %1343
	%1513 = fmul float %235, %1343
	%1514 = fmul float %236, %1268
	%1515 = fmul float %237, %1268
	%1516 = fmul float %238, %1343
	%1517 = fmul float %239, %1343
	%1518 = fmul float %240, %1268
	%1519 = fmul float %241, %1268
	%1520 = fmul float %242, %1343
	%1521 = fmul float %243, %1343
	%1522 = fmul float %244, %1268
	%1523 = fmul float %245, %1268
	%1524 = fmul float %246, %1343
	%1525 = fmul float %247, %1343
	%1526 = fmul float %248, %1268
	%1527 = fmul float %249, %1268
	%1528 = fmul float %250, %1343
	%1529 = fmul float %251, %1343
	%1530 = fmul float %252, %1268
	%1531 = fmul float %253, %1268
	%1532 = fmul float %254, %1343
	%1533 = fmul float %255, %1343
	%1534 = and i32 %5, 7
	%1535 = lshr i32 %5, 3
	%1536 = and i32 %1535, 1
	%1537 = shl i32 %1536, 3
	%1538 = add i32 %1534, %1537
	%1539 = mul i32 %1538, 256
	%1540 = add i32 %1, %1539
	%1541 = and i32 %5, 7
	%1542 = xor i32 %113, %1541
	%1543 = shl i32 %1542, 4
	%1544 = add i32 %1540, %1543
	%1545 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1273, float %1271)
	%1546 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1348, float %1346)
	%1547 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1277, float %1275)
	%1548 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1352, float %1350)
	%1549 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1281, float %1279)
	%1550 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1356, float %1354)
	%1551 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1285, float %1283)
	%1552 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1360, float %1358)
	%1553 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1289, float %1287)
	%1554 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1364, float %1362)
	%1555 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1293, float %1291)
	%1556 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1368, float %1366)
	%1557 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1297, float %1295)
	%1558 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1372, float %1370)
	%1559 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1301, float %1299)
	%1560 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1376, float %1374)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1561 = add i32 %1, 0
	%1562 = zext i32 %1561 to i64
	%1563 = lshr i64 %1562, 4
	%1564 = and i64 %1563, u0x3FFF
	%1565 = or i64 %1564, u0x4000004002000000
	%1566 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1470, float %1471, float %1472, float %1473, float %1474, float %1475, float %1476, float %1477, float %1478, float %1479, float %1480, float %1481, float %1482, float %1483, float %1484, float %1485, float %1486, float %1487, float %1488, float %1489, float %1490, float %1491, float %1492, float %1493, float %1494, float %1495, float %1496, float %1497, float %1498, float %1499, float %1500, float %1501, float %1502, float %1503, float %1504, float %1505, float %1506, float %1507, float %1508, float %1509, float %1510, float %1511, float %1512, float %1513, float %1514, float %1515, float %1516, float %1517, float %1518, float %1519, float %1520, float %1521, float %1522, float %1523, float %1524, float %1525, float %1526, float %1527, float %1528, float %1529, float %1530, float %1531, float %1532, float %1533, i32 %1545, i32 %1546, i32 %1547, i32 %1548, i64 %1565, i32 1)
	%1567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 0
	%1568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 1
	%1569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 2
	%1570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 3
	%1571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 4
	%1572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 5
	%1573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 6
	%1574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 7
	%1575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 8
	%1576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 9
	%1577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 10
	%1578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 11
	%1579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 12
	%1580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 13
	%1581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 14
	%1582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 15
	%1583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 16
	%1584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 17
	%1585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 18
	%1586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 19
	%1587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 20
	%1588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 21
	%1589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 22
	%1590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 23
	%1591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 24
	%1592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 25
	%1593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 26
	%1594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 27
	%1595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 28
	%1596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 29
	%1597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 30
	%1598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 31
	%1599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 32
	%1600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 33
	%1601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 34
	%1602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 35
	%1603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 36
	%1604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 37
	%1605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 38
	%1606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 39
	%1607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 40
	%1608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 41
	%1609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 42
	%1610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 43
	%1611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 44
	%1612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 45
	%1613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 46
	%1614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 47
	%1615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 48
	%1616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 49
	%1617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 50
	%1618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 51
	%1619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 52
	%1620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 53
	%1621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 54
	%1622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 55
	%1623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 56
	%1624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 57
	%1625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 58
	%1626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 59
	%1627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 60
	%1628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 61
	%1629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 62
	%1630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1566, 63
	%1631 = add i32 %1, 2048
	%1632 = zext i32 %1631 to i64
	%1633 = lshr i64 %1632, 4
	%1634 = and i64 %1633, u0x3FFF
	%1635 = or i64 %1634, u0x4000004002000000
	%1636 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1567, float %1568, float %1569, float %1570, float %1571, float %1572, float %1573, float %1574, float %1575, float %1576, float %1577, float %1578, float %1579, float %1580, float %1581, float %1582, float %1583, float %1584, float %1585, float %1586, float %1587, float %1588, float %1589, float %1590, float %1591, float %1592, float %1593, float %1594, float %1595, float %1596, float %1597, float %1598, float %1599, float %1600, float %1601, float %1602, float %1603, float %1604, float %1605, float %1606, float %1607, float %1608, float %1609, float %1610, float %1611, float %1612, float %1613, float %1614, float %1615, float %1616, float %1617, float %1618, float %1619, float %1620, float %1621, float %1622, float %1623, float %1624, float %1625, float %1626, float %1627, float %1628, float %1629, float %1630, i32 %1549, i32 %1550, i32 %1551, i32 %1552, i64 %1635, i32 1)
	%1637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 0
	%1638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 1
	%1639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 2
	%1640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 3
	%1641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 4
	%1642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 5
	%1643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 6
	%1644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 7
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 8
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 9
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 10
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 11
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 12
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 13
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 14
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 15
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 16
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 17
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 18
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 19
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 20
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 21
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 22
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 23
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 24
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 25
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 26
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 27
	%1665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 28
	%1666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 29
	%1667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 30
	%1668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 31
	%1669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 32
	%1670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 33
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 34
	%1672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 35
	%1673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 36
	%1674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 37
	%1675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 38
	%1676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 39
	%1677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 40
	%1678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 41
	%1679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 42
	%1680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 43
	%1681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 44
	%1682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 45
	%1683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 46
	%1684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 47
	%1685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 48
	%1686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 49
	%1687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 50
	%1688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 51
	%1689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 52
	%1690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 53
	%1691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 54
	%1692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 55
	%1693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 56
	%1694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 57
	%1695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 58
	%1696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 59
	%1697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 60
	%1698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 61
	%1699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 62
	%1700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1636, 63
	%1701 = add i32 %1, u0x1000
	%1702 = zext i32 %1701 to i64
	%1703 = lshr i64 %1702, 4
	%1704 = and i64 %1703, u0x3FFF
	%1705 = or i64 %1704, u0x4000004002000000
	%1706 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1637, float %1638, float %1639, float %1640, float %1641, float %1642, float %1643, float %1644, float %1645, float %1646, float %1647, float %1648, float %1649, float %1650, float %1651, float %1652, float %1653, float %1654, float %1655, float %1656, float %1657, float %1658, float %1659, float %1660, float %1661, float %1662, float %1663, float %1664, float %1665, float %1666, float %1667, float %1668, float %1669, float %1670, float %1671, float %1672, float %1673, float %1674, float %1675, float %1676, float %1677, float %1678, float %1679, float %1680, float %1681, float %1682, float %1683, float %1684, float %1685, float %1686, float %1687, float %1688, float %1689, float %1690, float %1691, float %1692, float %1693, float %1694, float %1695, float %1696, float %1697, float %1698, float %1699, float %1700, i32 %1553, i32 %1554, i32 %1555, i32 %1556, i64 %1705, i32 1)
	%1707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 0
	%1708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 1
	%1709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 2
	%1710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 3
	%1711 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 4
	%1712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 5
	%1713 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 6
	%1714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 7
	%1715 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 8
	%1716 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 9
	%1717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 10
	%1718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 11
	%1719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 12
	%1720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 13
	%1721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 14
	%1722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 15
	%1723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 16
	%1724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 17
	%1725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 18
	%1726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 19
	%1727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 20
	%1728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 21
	%1729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 22
	%1730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 23
	%1731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 24
	%1732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 25
	%1733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 26
	%1734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 27
	%1735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 28
	%1736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 29
	%1737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 30
	%1738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 31
	%1739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 32
	%1740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 33
	%1741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 34
	%1742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 35
	%1743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 36
	%1744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 37
	%1745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 38
	%1746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 39
	%1747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 40
	%1748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 41
	%1749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 42
	%1750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 43
	%1751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 44
	%1752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 45
	%1753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 46
	%1754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 47
	%1755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 48
	%1756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 49
	%1757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 50
	%1758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 51
	%1759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 52
	%1760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 53
	%1761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 54
	%1762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 55
	%1763 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 56
	%1764 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 57
	%1765 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 58
	%1766 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 59
	%1767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 60
	%1768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 61
	%1769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 62
	%1770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1706, 63
	%1771 = add i32 %1, 6144
	%1772 = zext i32 %1771 to i64
	%1773 = lshr i64 %1772, 4
	%1774 = and i64 %1773, u0x3FFF
	%1775 = or i64 %1774, u0x4000004002000000
	%1776 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1707, float %1708, float %1709, float %1710, float %1711, float %1712, float %1713, float %1714, float %1715, float %1716, float %1717, float %1718, float %1719, float %1720, float %1721, float %1722, float %1723, float %1724, float %1725, float %1726, float %1727, float %1728, float %1729, float %1730, float %1731, float %1732, float %1733, float %1734, float %1735, float %1736, float %1737, float %1738, float %1739, float %1740, float %1741, float %1742, float %1743, float %1744, float %1745, float %1746, float %1747, float %1748, float %1749, float %1750, float %1751, float %1752, float %1753, float %1754, float %1755, float %1756, float %1757, float %1758, float %1759, float %1760, float %1761, float %1762, float %1763, float %1764, float %1765, float %1766, float %1767, float %1768, float %1769, float %1770, i32 %1557, i32 %1558, i32 %1559, i32 %1560, i64 %1775, i32 1)
	%1777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 0
	%1778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 1
	%1779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 2
	%1780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 3
	%1781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 4
	%1782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 5
	%1783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 6
	%1784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 7
	%1785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 8
	%1786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 9
	%1787 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 10
	%1788 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 11
	%1789 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 12
	%1790 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 13
	%1791 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 14
	%1792 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 15
	%1793 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 16
	%1794 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 17
	%1795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 18
	%1796 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 19
	%1797 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 20
	%1798 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 21
	%1799 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 22
	%1800 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 23
	%1801 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 24
	%1802 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 25
	%1803 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 26
	%1804 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 27
	%1805 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 28
	%1806 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 29
	%1807 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 30
	%1808 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 31
	%1809 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 32
	%1810 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 33
	%1811 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 34
	%1812 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 35
	%1813 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 36
	%1814 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 37
	%1815 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 38
	%1816 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 39
	%1817 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 40
	%1818 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 41
	%1819 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 42
	%1820 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 43
	%1821 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 44
	%1822 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 45
	%1823 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 46
	%1824 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 47
	%1825 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 48
	%1826 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 49
	%1827 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 50
	%1828 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 51
	%1829 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 52
	%1830 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 53
	%1831 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 54
	%1832 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 55
	%1833 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 56
	%1834 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 57
	%1835 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 58
	%1836 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 59
	%1837 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 60
	%1838 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 61
	%1839 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 62
	%1840 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1776, 63
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1841 = call float asm sideeffect "", "=f,0"(float %1777)
	%1842 = call float asm sideeffect "", "=f,0"(float %1778)
	%1843 = call float asm sideeffect "", "=f,0"(float %1779)
	%1844 = call float asm sideeffect "", "=f,0"(float %1780)
	%1845 = call float asm sideeffect "", "=f,0"(float %1781)
	%1846 = call float asm sideeffect "", "=f,0"(float %1782)
	%1847 = call float asm sideeffect "", "=f,0"(float %1783)
	%1848 = call float asm sideeffect "", "=f,0"(float %1784)
	%1849 = call float asm sideeffect "", "=f,0"(float %1785)
	%1850 = call float asm sideeffect "", "=f,0"(float %1786)
	%1851 = call float asm sideeffect "", "=f,0"(float %1787)
	%1852 = call float asm sideeffect "", "=f,0"(float %1788)
	%1853 = call float asm sideeffect "", "=f,0"(float %1789)
	%1854 = call float asm sideeffect "", "=f,0"(float %1790)
	%1855 = call float asm sideeffect "", "=f,0"(float %1791)
	%1856 = call float asm sideeffect "", "=f,0"(float %1792)
	%1857 = call float asm sideeffect "", "=f,0"(float %1793)
	%1858 = call float asm sideeffect "", "=f,0"(float %1794)
	%1859 = call float asm sideeffect "", "=f,0"(float %1795)
	%1860 = call float asm sideeffect "", "=f,0"(float %1796)
	%1861 = call float asm sideeffect "", "=f,0"(float %1797)
	%1862 = call float asm sideeffect "", "=f,0"(float %1798)
	%1863 = call float asm sideeffect "", "=f,0"(float %1799)
	%1864 = call float asm sideeffect "", "=f,0"(float %1800)
	%1865 = call float asm sideeffect "", "=f,0"(float %1801)
	%1866 = call float asm sideeffect "", "=f,0"(float %1802)
	%1867 = call float asm sideeffect "", "=f,0"(float %1803)
	%1868 = call float asm sideeffect "", "=f,0"(float %1804)
	%1869 = call float asm sideeffect "", "=f,0"(float %1805)
	%1870 = call float asm sideeffect "", "=f,0"(float %1806)
	%1871 = call float asm sideeffect "", "=f,0"(float %1807)
	%1872 = call float asm sideeffect "", "=f,0"(float %1808)
	%1873 = call float asm sideeffect "", "=f,0"(float %1809)
	%1874 = call float asm sideeffect "", "=f,0"(float %1810)
	%1875 = call float asm sideeffect "", "=f,0"(float %1811)
	%1876 = call float asm sideeffect "", "=f,0"(float %1812)
	%1877 = call float asm sideeffect "", "=f,0"(float %1813)
	%1878 = call float asm sideeffect "", "=f,0"(float %1814)
	%1879 = call float asm sideeffect "", "=f,0"(float %1815)
	%1880 = call float asm sideeffect "", "=f,0"(float %1816)
	%1881 = call float asm sideeffect "", "=f,0"(float %1817)
	%1882 = call float asm sideeffect "", "=f,0"(float %1818)
	%1883 = call float asm sideeffect "", "=f,0"(float %1819)
	%1884 = call float asm sideeffect "", "=f,0"(float %1820)
	%1885 = call float asm sideeffect "", "=f,0"(float %1821)
	%1886 = call float asm sideeffect "", "=f,0"(float %1822)
	%1887 = call float asm sideeffect "", "=f,0"(float %1823)
	%1888 = call float asm sideeffect "", "=f,0"(float %1824)
	%1889 = call float asm sideeffect "", "=f,0"(float %1825)
	%1890 = call float asm sideeffect "", "=f,0"(float %1826)
	%1891 = call float asm sideeffect "", "=f,0"(float %1827)
	%1892 = call float asm sideeffect "", "=f,0"(float %1828)
	%1893 = call float asm sideeffect "", "=f,0"(float %1829)
	%1894 = call float asm sideeffect "", "=f,0"(float %1830)
	%1895 = call float asm sideeffect "", "=f,0"(float %1831)
	%1896 = call float asm sideeffect "", "=f,0"(float %1832)
	%1897 = call float asm sideeffect "", "=f,0"(float %1833)
	%1898 = call float asm sideeffect "", "=f,0"(float %1834)
	%1899 = call float asm sideeffect "", "=f,0"(float %1835)
	%1900 = call float asm sideeffect "", "=f,0"(float %1836)
	%1901 = call float asm sideeffect "", "=f,0"(float %1837)
	%1902 = call float asm sideeffect "", "=f,0"(float %1838)
	%1903 = call float asm sideeffect "", "=f,0"(float %1839)
	%1904 = call float asm sideeffect "", "=f,0"(float %1840)
	br i1 %1402, label %loop, label %epilogue

store0:
	%1905 = mul i32 %11, %M
	%1906 = add i32 %1905, %794
	%1907 = mul i32 %1906, 128
	%1908 = shl i32 %7, 1
	%1909 = add i32 0, %1908
	%1910 = add i32 %1907, %1909
	%1911 = sext i32 %1910 to i64
	%1912 = getelementptr i16, i16* %out, i64 %1911
	%1913 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %796, float %795)
	%1914 = bitcast i16* %1912 to i32*
	store i32 %1913, i32* %1914
	%1915 = shl i32 %7, 1
	%1916 = add i32 8, %1915
	%1917 = add i32 %1907, %1916
	%1918 = sext i32 %1917 to i64
	%1919 = getelementptr i16, i16* %out, i64 %1918
	%1920 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %798, float %797)
	%1921 = bitcast i16* %1919 to i32*
	store i32 %1920, i32* %1921
	%1922 = shl i32 %7, 1
	%1923 = add i32 16, %1922
	%1924 = add i32 %1907, %1923
	%1925 = sext i32 %1924 to i64
	%1926 = getelementptr i16, i16* %out, i64 %1925
	%1927 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %800, float %799)
	%1928 = bitcast i16* %1926 to i32*
	store i32 %1927, i32* %1928
	%1929 = shl i32 %7, 1
	%1930 = add i32 24, %1929
	%1931 = add i32 %1907, %1930
	%1932 = sext i32 %1931 to i64
	%1933 = getelementptr i16, i16* %out, i64 %1932
	%1934 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %802, float %801)
	%1935 = bitcast i16* %1933 to i32*
	store i32 %1934, i32* %1935
	%1936 = shl i32 %7, 1
	%1937 = add i32 32, %1936
	%1938 = add i32 %1907, %1937
	%1939 = sext i32 %1938 to i64
	%1940 = getelementptr i16, i16* %out, i64 %1939
	%1941 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %804, float %803)
	%1942 = bitcast i16* %1940 to i32*
	store i32 %1941, i32* %1942
	%1943 = shl i32 %7, 1
	%1944 = add i32 40, %1943
	%1945 = add i32 %1907, %1944
	%1946 = sext i32 %1945 to i64
	%1947 = getelementptr i16, i16* %out, i64 %1946
	%1948 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %806, float %805)
	%1949 = bitcast i16* %1947 to i32*
	store i32 %1948, i32* %1949
	%1950 = shl i32 %7, 1
	%1951 = add i32 48, %1950
	%1952 = add i32 %1907, %1951
	%1953 = sext i32 %1952 to i64
	%1954 = getelementptr i16, i16* %out, i64 %1953
	%1955 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %808, float %807)
	%1956 = bitcast i16* %1954 to i32*
	store i32 %1955, i32* %1956
	%1957 = shl i32 %7, 1
	%1958 = add i32 56, %1957
	%1959 = add i32 %1907, %1958
	%1960 = sext i32 %1959 to i64
	%1961 = getelementptr i16, i16* %out, i64 %1960
	%1962 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %810, float %809)
	%1963 = bitcast i16* %1961 to i32*
	store i32 %1962, i32* %1963
	%1964 = shl i32 %7, 1
	%1965 = add i32 64, %1964
	%1966 = add i32 %1907, %1965
	%1967 = sext i32 %1966 to i64
	%1968 = getelementptr i16, i16* %out, i64 %1967
	%1969 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %812, float %811)
	%1970 = bitcast i16* %1968 to i32*
	store i32 %1969, i32* %1970
	%1971 = shl i32 %7, 1
	%1972 = add i32 72, %1971
	%1973 = add i32 %1907, %1972
	%1974 = sext i32 %1973 to i64
	%1975 = getelementptr i16, i16* %out, i64 %1974
	%1976 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %814, float %813)
	%1977 = bitcast i16* %1975 to i32*
	store i32 %1976, i32* %1977
	%1978 = shl i32 %7, 1
	%1979 = add i32 80, %1978
	%1980 = add i32 %1907, %1979
	%1981 = sext i32 %1980 to i64
	%1982 = getelementptr i16, i16* %out, i64 %1981
	%1983 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %816, float %815)
	%1984 = bitcast i16* %1982 to i32*
	store i32 %1983, i32* %1984
	%1985 = shl i32 %7, 1
	%1986 = add i32 88, %1985
	%1987 = add i32 %1907, %1986
	%1988 = sext i32 %1987 to i64
	%1989 = getelementptr i16, i16* %out, i64 %1988
	%1990 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %818, float %817)
	%1991 = bitcast i16* %1989 to i32*
	store i32 %1990, i32* %1991
	%1992 = shl i32 %7, 1
	%1993 = add i32 96, %1992
	%1994 = add i32 %1907, %1993
	%1995 = sext i32 %1994 to i64
	%1996 = getelementptr i16, i16* %out, i64 %1995
	%1997 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %820, float %819)
	%1998 = bitcast i16* %1996 to i32*
	store i32 %1997, i32* %1998
	%1999 = shl i32 %7, 1
	%2000 = add i32 104, %1999
	%2001 = add i32 %1907, %2000
	%2002 = sext i32 %2001 to i64
	%2003 = getelementptr i16, i16* %out, i64 %2002
	%2004 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %822, float %821)
	%2005 = bitcast i16* %2003 to i32*
	store i32 %2004, i32* %2005
	%2006 = shl i32 %7, 1
	%2007 = add i32 112, %2006
	%2008 = add i32 %1907, %2007
	%2009 = sext i32 %2008 to i64
	%2010 = getelementptr i16, i16* %out, i64 %2009
	%2011 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %824, float %823)
	%2012 = bitcast i16* %2010 to i32*
	store i32 %2011, i32* %2012
	%2013 = shl i32 %7, 1
	%2014 = add i32 120, %2013
	%2015 = add i32 %1907, %2014
	%2016 = sext i32 %2015 to i64
	%2017 = getelementptr i16, i16* %out, i64 %2016
	%2018 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %826, float %825)
	%2019 = bitcast i16* %2017 to i32*
	store i32 %2018, i32* %2019
	br label %stored0

stored0:
	%2020 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %718, i32 1, i32 31)
	%2021 = fadd float %718, %2020
	%2022 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2021, i32 2, i32 31)
	%2023 = fadd float %2021, %2022
	%2024 = fcmp ogt float %2023, 0.0
	%2025 = fdiv float 1.0, %2023
	%2026 = select i1 %2024, float %2025, float 0.0
	%2027 = mul i32 %4, 16
	%2028 = add i32 %13, %2027
	%2029 = add i32 %6, 8
	%2030 = add i32 %2028, %2029
	%2031 = fmul float %722, %2026
	%2032 = fmul float %723, %2026
	%2033 = fmul float %726, %2026
	%2034 = fmul float %727, %2026
	%2035 = fmul float %730, %2026
	%2036 = fmul float %731, %2026
	%2037 = fmul float %734, %2026
	%2038 = fmul float %735, %2026
	%2039 = fmul float %738, %2026
	%2040 = fmul float %739, %2026
	%2041 = fmul float %742, %2026
	%2042 = fmul float %743, %2026
	%2043 = fmul float %746, %2026
	%2044 = fmul float %747, %2026
	%2045 = fmul float %750, %2026
	%2046 = fmul float %751, %2026
	%2047 = fmul float %754, %2026
	%2048 = fmul float %755, %2026
	%2049 = fmul float %758, %2026
	%2050 = fmul float %759, %2026
	%2051 = fmul float %762, %2026
	%2052 = fmul float %763, %2026
	%2053 = fmul float %766, %2026
	%2054 = fmul float %767, %2026
	%2055 = fmul float %770, %2026
	%2056 = fmul float %771, %2026
	%2057 = fmul float %774, %2026
	%2058 = fmul float %775, %2026
	%2059 = fmul float %778, %2026
	%2060 = fmul float %779, %2026
	%2061 = fmul float %782, %2026
	%2062 = fmul float %783, %2026
	%2063 = icmp slt i32 %2030, %M
	br i1 %2063, label %store1, label %stored1

store1:
	%2064 = mul i32 %11, %M
	%2065 = add i32 %2064, %2030
	%2066 = mul i32 %2065, 128
	%2067 = shl i32 %7, 1
	%2068 = add i32 0, %2067
	%2069 = add i32 %2066, %2068
	%2070 = sext i32 %2069 to i64
	%2071 = getelementptr i16, i16* %out, i64 %2070
	%2072 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2032, float %2031)
	%2073 = bitcast i16* %2071 to i32*
	store i32 %2072, i32* %2073
	%2074 = shl i32 %7, 1
	%2075 = add i32 8, %2074
	%2076 = add i32 %2066, %2075
	%2077 = sext i32 %2076 to i64
	%2078 = getelementptr i16, i16* %out, i64 %2077
	%2079 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2034, float %2033)
	%2080 = bitcast i16* %2078 to i32*
	store i32 %2079, i32* %2080
	%2081 = shl i32 %7, 1
	%2082 = add i32 16, %2081
	%2083 = add i32 %2066, %2082
	%2084 = sext i32 %2083 to i64
	%2085 = getelementptr i16, i16* %out, i64 %2084
	%2086 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2036, float %2035)
	%2087 = bitcast i16* %2085 to i32*
	store i32 %2086, i32* %2087
	%2088 = shl i32 %7, 1
	%2089 = add i32 24, %2088
	%2090 = add i32 %2066, %2089
	%2091 = sext i32 %2090 to i64
	%2092 = getelementptr i16, i16* %out, i64 %2091
	%2093 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2038, float %2037)
	%2094 = bitcast i16* %2092 to i32*
	store i32 %2093, i32* %2094
	%2095 = shl i32 %7, 1
	%2096 = add i32 32, %2095
	%2097 = add i32 %2066, %2096
	%2098 = sext i32 %2097 to i64
	%2099 = getelementptr i16, i16* %out, i64 %2098
	%2100 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2040, float %2039)
	%2101 = bitcast i16* %2099 to i32*
	store i32 %2100, i32* %2101
	%2102 = shl i32 %7, 1
	%2103 = add i32 40, %2102
	%2104 = add i32 %2066, %2103
	%2105 = sext i32 %2104 to i64
	%2106 = getelementptr i16, i16* %out, i64 %2105
	%2107 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2042, float %2041)
	%2108 = bitcast i16* %2106 to i32*
	store i32 %2107, i32* %2108
	%2109 = shl i32 %7, 1
	%2110 = add i32 48, %2109
	%2111 = add i32 %2066, %2110
	%2112 = sext i32 %2111 to i64
	%2113 = getelementptr i16, i16* %out, i64 %2112
	%2114 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2044, float %2043)
	%2115 = bitcast i16* %2113 to i32*
	store i32 %2114, i32* %2115
	%2116 = shl i32 %7, 1
	%2117 = add i32 56, %2116
	%2118 = add i32 %2066, %2117
	%2119 = sext i32 %2118 to i64
	%2120 = getelementptr i16, i16* %out, i64 %2119
	%2121 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2046, float %2045)
	%2122 = bitcast i16* %2120 to i32*
	store i32 %2121, i32* %2122
	%2123 = shl i32 %7, 1
	%2124 = add i32 64, %2123
	%2125 = add i32 %2066, %2124
	%2126 = sext i32 %2125 to i64
	%2127 = getelementptr i16, i16* %out, i64 %2126
	%2128 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2048, float %2047)
	%2129 = bitcast i16* %2127 to i32*
	store i32 %2128, i32* %2129
	%2130 = shl i32 %7, 1
	%2131 = add i32 72, %2130
	%2132 = add i32 %2066, %2131
	%2133 = sext i32 %2132 to i64
	%2134 = getelementptr i16, i16* %out, i64 %2133
	%2135 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2050, float %2049)
	%2136 = bitcast i16* %2134 to i32*
	store i32 %2135, i32* %2136
	%2137 = shl i32 %7, 1
	%2138 = add i32 80, %2137
	%2139 = add i32 %2066, %2138
	%2140 = sext i32 %2139 to i64
	%2141 = getelementptr i16, i16* %out, i64 %2140
	%2142 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2052, float %2051)
	%2143 = bitcast i16* %2141 to i32*
	store i32 %2142, i32* %2143
	%2144 = shl i32 %7, 1
	%2145 = add i32 88, %2144
	%2146 = add i32 %2066, %2145
	%2147 = sext i32 %2146 to i64
	%2148 = getelementptr i16, i16* %out, i64 %2147
	%2149 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2054, float %2053)
	%2150 = bitcast i16* %2148 to i32*
	store i32 %2149, i32* %2150
	%2151 = shl i32 %7, 1
	%2152 = add i32 96, %2151
	%2153 = add i32 %2066, %2152
	%2154 = sext i32 %2153 to i64
	%2155 = getelementptr i16, i16* %out, i64 %2154
	%2156 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2056, float %2055)
	%2157 = bitcast i16* %2155 to i32*
	store i32 %2156, i32* %2157
	%2158 = shl i32 %7, 1
	%2159 = add i32 104, %2158
	%2160 = add i32 %2066, %2159
	%2161 = sext i32 %2160 to i64
	%2162 = getelementptr i16, i16* %out, i64 %2161
	%2163 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2058, float %2057)
	%2164 = bitcast i16* %2162 to i32*
	store i32 %2163, i32* %2164
	%2165 = shl i32 %7, 1
	%2166 = add i32 112, %2165
	%2167 = add i32 %2066, %2166
	%2168 = sext i32 %2167 to i64
	%2169 = getelementptr i16, i16* %out, i64 %2168
	%2170 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2060, float %2059)
	%2171 = bitcast i16* %2169 to i32*
	store i32 %2170, i32* %2171
	%2172 = shl i32 %7, 1
	%2173 = add i32 120, %2172
	%2174 = add i32 %2066, %2173
	%2175 = sext i32 %2174 to i64
	%2176 = getelementptr i16, i16* %out, i64 %2175
	%2177 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2062, float %2061)
	%2178 = bitcast i16* %2176 to i32*
	store i32 %2177, i32* %2178
	br label %stored1

stored1:
	ret void
}

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32)* @oracle_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @oracle_adstats0, !"maxntidx", i32 256}
!2 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @oracle_adstats0, !"minctasm", i32 2}
!3 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @oracle_admass0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @oracle_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @oracle_attn2, !"minctasm", i32 3}
