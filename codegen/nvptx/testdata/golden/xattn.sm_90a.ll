; xattn
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@xattn_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@xattn_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@xattn_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@xattn_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@xattn_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@xattn_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@xattn_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@xattn_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@xattn_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@xattn_adstats0_smem = internal addrspace(3) global [32768 x i8] undef, align 1024
@xattn_admass0_rows = internal addrspace(3) global [16 x float] undef, align 16
@xattn_attn2_smem = internal addrspace(3) global [24576 x i8] undef, align 1024

define ptx_kernel void @xattn_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK) {
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
	%39 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %18
	store i32 %38, i32 addrspace(3)* %39
	%40 = call float @llvm.nvvm.fmax.f(float %19, float %37)
	%41 = add i32 %18, 256
	br label %17

42:
	%43 = phi i32 [ %0, %30 ], [ %53, %45 ]
	%44 = icmp slt i32 %43, %16
	br i1 %44, label %45, label %54

45:
	%46 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %43
	%47 = load i32, i32 addrspace(3)* %46
	%48 = bitcast i32 %47 to float
	%49 = fcmp one float %48, 0xFFF0000000000000
	%50 = select i1 %49, float %48, float -1.0
	%51 = bitcast float %50 to i32
	%52 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %43
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
	%66 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %62
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
	%87 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 %84
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
	%103 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %62
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
	%109 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 0
	%110 = load float, float addrspace(3)* %109
	%111 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 1
	%112 = load float, float addrspace(3)* %111
	%113 = fadd float %110, %112
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 2
	%115 = load float, float addrspace(3)* %114
	%116 = fadd float %113, %115
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 3
	%118 = load float, float addrspace(3)* %117
	%119 = fadd float %116, %118
	%120 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 4
	%121 = load float, float addrspace(3)* %120
	%122 = fadd float %119, %121
	%123 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 5
	%124 = load float, float addrspace(3)* %123
	%125 = fadd float %122, %124
	%126 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 6
	%127 = load float, float addrspace(3)* %126
	%128 = fadd float %125, %127
	%129 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 7
	%130 = load float, float addrspace(3)* %129
	%131 = fadd float %128, %130
	%132 = fptosi float %131 to i32
	%133 = icmp eq i32 %0, 0
	br i1 %133, label %134, label %138

134:
	%135 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 0
	%136 = load i32, i32 addrspace(3)* %135
	%137 = icmp eq i32 %136, 1
	br i1 %137, label %146, label %154

138:
	call void @llvm.nvvm.barrier0()
	%139 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 0
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
	%175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %170
	%176 = load i32, i32 addrspace(3)* %175
	%177 = icmp eq i32 %176, 1
	br i1 %177, label %181, label %189

178:
	%179 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 0
	store i32 %171, i32 addrspace(3)* %179
	%180 = getelementptr [1 x double], [1 x double] addrspace(3)* @xattn_select1_mass, i32 0, i32 0
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
	%206 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
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
	%218 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %215
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
	%235 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %234
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
	%261 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %225
	%262 = call i32 @llvm.ctpop.i32(i32 %227)
	%263 = atomicrmw add i32 addrspace(3)* %261, i32 %262 monotonic
	br label %264

264:
	%265 = add i32 %215, 256
	br label %214

266:
	%267 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %238
	store i32 %258, i32 addrspace(3)* %267
	br label %268

268:
	call void @llvm.nvvm.barrier0()
	%269 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%270 = load i32, i32 addrspace(3)* %269
	%271 = icmp sgt i32 %238, 0
	%272 = select i1 %271, i32 %270, i32 0
	%273 = add i32 0, %272
	%274 = add i32 0, %270
	%275 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%276 = load i32, i32 addrspace(3)* %275
	%277 = icmp sgt i32 %238, 1
	%278 = select i1 %277, i32 %276, i32 0
	%279 = add i32 %273, %278
	%280 = add i32 %274, %276
	%281 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%282 = load i32, i32 addrspace(3)* %281
	%283 = icmp sgt i32 %238, 2
	%284 = select i1 %283, i32 %282, i32 0
	%285 = add i32 %279, %284
	%286 = add i32 %280, %282
	%287 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%288 = load i32, i32 addrspace(3)* %287
	%289 = icmp sgt i32 %238, 3
	%290 = select i1 %289, i32 %288, i32 0
	%291 = add i32 %285, %290
	%292 = add i32 %286, %288
	%293 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%294 = load i32, i32 addrspace(3)* %293
	%295 = icmp sgt i32 %238, 4
	%296 = select i1 %295, i32 %294, i32 0
	%297 = add i32 %291, %296
	%298 = add i32 %292, %294
	%299 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%300 = load i32, i32 addrspace(3)* %299
	%301 = icmp sgt i32 %238, 5
	%302 = select i1 %301, i32 %300, i32 0
	%303 = add i32 %297, %302
	%304 = add i32 %298, %300
	%305 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%306 = load i32, i32 addrspace(3)* %305
	%307 = icmp sgt i32 %238, 6
	%308 = select i1 %307, i32 %306, i32 0
	%309 = add i32 %303, %308
	%310 = add i32 %304, %306
	%311 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
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
	%324 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %234, i32 addrspace(3)* %324
	%325 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %318, i32 addrspace(3)* %325
	br label %326

326:
	call void @llvm.nvvm.barrier0()
	%327 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%328 = load i32, i32 addrspace(3)* %327
	%329 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	%330 = load i32, i32 addrspace(3)* %329
	%331 = sub i32 %200, %330
	%332 = shl i32 %328, 24
	%333 = or i32 0, %332
	%334 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%335 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %335
	call void @llvm.nvvm.barrier0()
	br label %336

336:
	%337 = phi i32 [ %0, %326 ], [ %387, %386 ]
	%338 = icmp slt i32 %337, %16
	br i1 %338, label %339, label %355

339:
	%340 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %337
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
	%357 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %356
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
	%383 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %347
	%384 = call i32 @llvm.ctpop.i32(i32 %349)
	%385 = atomicrmw add i32 addrspace(3)* %383, i32 %384 monotonic
	br label %386

386:
	%387 = add i32 %337, 256
	br label %336

388:
	%389 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %360
	store i32 %380, i32 addrspace(3)* %389
	br label %390

390:
	call void @llvm.nvvm.barrier0()
	%391 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%392 = load i32, i32 addrspace(3)* %391
	%393 = icmp sgt i32 %360, 0
	%394 = select i1 %393, i32 %392, i32 0
	%395 = add i32 0, %394
	%396 = add i32 0, %392
	%397 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%398 = load i32, i32 addrspace(3)* %397
	%399 = icmp sgt i32 %360, 1
	%400 = select i1 %399, i32 %398, i32 0
	%401 = add i32 %395, %400
	%402 = add i32 %396, %398
	%403 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%404 = load i32, i32 addrspace(3)* %403
	%405 = icmp sgt i32 %360, 2
	%406 = select i1 %405, i32 %404, i32 0
	%407 = add i32 %401, %406
	%408 = add i32 %402, %404
	%409 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%410 = load i32, i32 addrspace(3)* %409
	%411 = icmp sgt i32 %360, 3
	%412 = select i1 %411, i32 %410, i32 0
	%413 = add i32 %407, %412
	%414 = add i32 %408, %410
	%415 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%416 = load i32, i32 addrspace(3)* %415
	%417 = icmp sgt i32 %360, 4
	%418 = select i1 %417, i32 %416, i32 0
	%419 = add i32 %413, %418
	%420 = add i32 %414, %416
	%421 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%422 = load i32, i32 addrspace(3)* %421
	%423 = icmp sgt i32 %360, 5
	%424 = select i1 %423, i32 %422, i32 0
	%425 = add i32 %419, %424
	%426 = add i32 %420, %422
	%427 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%428 = load i32, i32 addrspace(3)* %427
	%429 = icmp sgt i32 %360, 6
	%430 = select i1 %429, i32 %428, i32 0
	%431 = add i32 %425, %430
	%432 = add i32 %426, %428
	%433 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
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
	%446 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %356, i32 addrspace(3)* %446
	%447 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %440, i32 addrspace(3)* %447
	br label %448

448:
	call void @llvm.nvvm.barrier0()
	%449 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%450 = load i32, i32 addrspace(3)* %449
	%451 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	%452 = load i32, i32 addrspace(3)* %451
	%453 = sub i32 %331, %452
	%454 = shl i32 %450, 16
	%455 = or i32 %333, %454
	%456 = or i32 %334, u0xFF0000
	call void @llvm.nvvm.barrier0()
	%457 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %457
	call void @llvm.nvvm.barrier0()
	br label %458

458:
	%459 = phi i32 [ %0, %448 ], [ %509, %508 ]
	%460 = icmp slt i32 %459, %16
	br i1 %460, label %461, label %477

461:
	%462 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %459
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
	%479 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %478
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
	%505 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %469
	%506 = call i32 @llvm.ctpop.i32(i32 %471)
	%507 = atomicrmw add i32 addrspace(3)* %505, i32 %506 monotonic
	br label %508

508:
	%509 = add i32 %459, 256
	br label %458

510:
	%511 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %482
	store i32 %502, i32 addrspace(3)* %511
	br label %512

512:
	call void @llvm.nvvm.barrier0()
	%513 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%514 = load i32, i32 addrspace(3)* %513
	%515 = icmp sgt i32 %482, 0
	%516 = select i1 %515, i32 %514, i32 0
	%517 = add i32 0, %516
	%518 = add i32 0, %514
	%519 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%520 = load i32, i32 addrspace(3)* %519
	%521 = icmp sgt i32 %482, 1
	%522 = select i1 %521, i32 %520, i32 0
	%523 = add i32 %517, %522
	%524 = add i32 %518, %520
	%525 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%526 = load i32, i32 addrspace(3)* %525
	%527 = icmp sgt i32 %482, 2
	%528 = select i1 %527, i32 %526, i32 0
	%529 = add i32 %523, %528
	%530 = add i32 %524, %526
	%531 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%532 = load i32, i32 addrspace(3)* %531
	%533 = icmp sgt i32 %482, 3
	%534 = select i1 %533, i32 %532, i32 0
	%535 = add i32 %529, %534
	%536 = add i32 %530, %532
	%537 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%538 = load i32, i32 addrspace(3)* %537
	%539 = icmp sgt i32 %482, 4
	%540 = select i1 %539, i32 %538, i32 0
	%541 = add i32 %535, %540
	%542 = add i32 %536, %538
	%543 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%544 = load i32, i32 addrspace(3)* %543
	%545 = icmp sgt i32 %482, 5
	%546 = select i1 %545, i32 %544, i32 0
	%547 = add i32 %541, %546
	%548 = add i32 %542, %544
	%549 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%550 = load i32, i32 addrspace(3)* %549
	%551 = icmp sgt i32 %482, 6
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 %547, %552
	%554 = add i32 %548, %550
	%555 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
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
	%568 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %478, i32 addrspace(3)* %568
	%569 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %562, i32 addrspace(3)* %569
	br label %570

570:
	call void @llvm.nvvm.barrier0()
	%571 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%572 = load i32, i32 addrspace(3)* %571
	%573 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	%574 = load i32, i32 addrspace(3)* %573
	%575 = sub i32 %453, %574
	%576 = shl i32 %572, 8
	%577 = or i32 %455, %576
	%578 = or i32 %456, u0xFF00
	call void @llvm.nvvm.barrier0()
	%579 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %579
	call void @llvm.nvvm.barrier0()
	br label %580

580:
	%581 = phi i32 [ %0, %570 ], [ %631, %630 ]
	%582 = icmp slt i32 %581, %16
	br i1 %582, label %583, label %599

583:
	%584 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %581
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
	%601 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %600
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
	%627 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %591
	%628 = call i32 @llvm.ctpop.i32(i32 %593)
	%629 = atomicrmw add i32 addrspace(3)* %627, i32 %628 monotonic
	br label %630

630:
	%631 = add i32 %581, 256
	br label %580

632:
	%633 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %604
	store i32 %624, i32 addrspace(3)* %633
	br label %634

634:
	call void @llvm.nvvm.barrier0()
	%635 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%636 = load i32, i32 addrspace(3)* %635
	%637 = icmp sgt i32 %604, 0
	%638 = select i1 %637, i32 %636, i32 0
	%639 = add i32 0, %638
	%640 = add i32 0, %636
	%641 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%642 = load i32, i32 addrspace(3)* %641
	%643 = icmp sgt i32 %604, 1
	%644 = select i1 %643, i32 %642, i32 0
	%645 = add i32 %639, %644
	%646 = add i32 %640, %642
	%647 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%648 = load i32, i32 addrspace(3)* %647
	%649 = icmp sgt i32 %604, 2
	%650 = select i1 %649, i32 %648, i32 0
	%651 = add i32 %645, %650
	%652 = add i32 %646, %648
	%653 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%654 = load i32, i32 addrspace(3)* %653
	%655 = icmp sgt i32 %604, 3
	%656 = select i1 %655, i32 %654, i32 0
	%657 = add i32 %651, %656
	%658 = add i32 %652, %654
	%659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%660 = load i32, i32 addrspace(3)* %659
	%661 = icmp sgt i32 %604, 4
	%662 = select i1 %661, i32 %660, i32 0
	%663 = add i32 %657, %662
	%664 = add i32 %658, %660
	%665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%666 = load i32, i32 addrspace(3)* %665
	%667 = icmp sgt i32 %604, 5
	%668 = select i1 %667, i32 %666, i32 0
	%669 = add i32 %663, %668
	%670 = add i32 %664, %666
	%671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%672 = load i32, i32 addrspace(3)* %671
	%673 = icmp sgt i32 %604, 6
	%674 = select i1 %673, i32 %672, i32 0
	%675 = add i32 %669, %674
	%676 = add i32 %670, %672
	%677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
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
	%690 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %600, i32 addrspace(3)* %690
	%691 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %684, i32 addrspace(3)* %691
	br label %692

692:
	call void @llvm.nvvm.barrier0()
	%693 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%694 = load i32, i32 addrspace(3)* %693
	%695 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
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
	%708 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %707
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
	%737 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %713
	store i32 %733, i32 addrspace(3)* %737
	br label %738

738:
	call void @llvm.nvvm.barrier0()
	%739 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%740 = load i32, i32 addrspace(3)* %739
	%741 = icmp sgt i32 %713, 0
	%742 = select i1 %741, i32 %740, i32 0
	%743 = add i32 0, %742
	%744 = add i32 0, %740
	%745 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%746 = load i32, i32 addrspace(3)* %745
	%747 = icmp sgt i32 %713, 1
	%748 = select i1 %747, i32 %746, i32 0
	%749 = add i32 %743, %748
	%750 = add i32 %744, %746
	%751 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%752 = load i32, i32 addrspace(3)* %751
	%753 = icmp sgt i32 %713, 2
	%754 = select i1 %753, i32 %752, i32 0
	%755 = add i32 %749, %754
	%756 = add i32 %750, %752
	%757 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%758 = load i32, i32 addrspace(3)* %757
	%759 = icmp sgt i32 %713, 3
	%760 = select i1 %759, i32 %758, i32 0
	%761 = add i32 %755, %760
	%762 = add i32 %756, %758
	%763 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%764 = load i32, i32 addrspace(3)* %763
	%765 = icmp sgt i32 %713, 4
	%766 = select i1 %765, i32 %764, i32 0
	%767 = add i32 %761, %766
	%768 = add i32 %762, %764
	%769 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%770 = load i32, i32 addrspace(3)* %769
	%771 = icmp sgt i32 %713, 5
	%772 = select i1 %771, i32 %770, i32 0
	%773 = add i32 %767, %772
	%774 = add i32 %768, %770
	%775 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%776 = load i32, i32 addrspace(3)* %775
	%777 = icmp sgt i32 %713, 6
	%778 = select i1 %777, i32 %776, i32 0
	%779 = add i32 %773, %778
	%780 = add i32 %774, %776
	%781 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
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
	%819 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 %796
	store i32 %816, i32 addrspace(3)* %819
	br label %820

820:
	call void @llvm.nvvm.barrier0()
	%821 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 0
	%822 = load i32, i32 addrspace(3)* %821
	%823 = icmp sgt i32 %796, 0
	%824 = select i1 %823, i32 %822, i32 0
	%825 = add i32 0, %824
	%826 = add i32 0, %822
	%827 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 1
	%828 = load i32, i32 addrspace(3)* %827
	%829 = icmp sgt i32 %796, 1
	%830 = select i1 %829, i32 %828, i32 0
	%831 = add i32 %825, %830
	%832 = add i32 %826, %828
	%833 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 2
	%834 = load i32, i32 addrspace(3)* %833
	%835 = icmp sgt i32 %796, 2
	%836 = select i1 %835, i32 %834, i32 0
	%837 = add i32 %831, %836
	%838 = add i32 %832, %834
	%839 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 3
	%840 = load i32, i32 addrspace(3)* %839
	%841 = icmp sgt i32 %796, 3
	%842 = select i1 %841, i32 %840, i32 0
	%843 = add i32 %837, %842
	%844 = add i32 %838, %840
	%845 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 4
	%846 = load i32, i32 addrspace(3)* %845
	%847 = icmp sgt i32 %796, 4
	%848 = select i1 %847, i32 %846, i32 0
	%849 = add i32 %843, %848
	%850 = add i32 %844, %846
	%851 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 5
	%852 = load i32, i32 addrspace(3)* %851
	%853 = icmp sgt i32 %796, 5
	%854 = select i1 %853, i32 %852, i32 0
	%855 = add i32 %849, %854
	%856 = add i32 %850, %852
	%857 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 6
	%858 = load i32, i32 addrspace(3)* %857
	%859 = icmp sgt i32 %796, 6
	%860 = select i1 %859, i32 %858, i32 0
	%861 = add i32 %855, %860
	%862 = add i32 %856, %858
	%863 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 7
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
	%873 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %872
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
	%882 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %879
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
	%910 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %902
	%911 = load i32, i32 addrspace(3)* %910
	%912 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %905
	%913 = load i32, i32 addrspace(3)* %912
	%914 = and i32 %902, %890
	%915 = icmp eq i32 %914, 0
	%916 = icmp sge i32 %913, 0
	%917 = select i1 %916, i32 %913, i32 0
	%918 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %917
	%919 = load i32, i32 addrspace(3)* %918
	%920 = select i1 %916, i32 %919, i32 0
	%921 = icmp sge i32 %911, 0
	%922 = select i1 %921, i32 %911, i32 0
	%923 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %922
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
	%935 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %902
	store i32 %913, i32 addrspace(3)* %935
	%936 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %905
	store i32 %911, i32 addrspace(3)* %936
	br label %937

937:
	br label %932

938:
	%939 = phi i32 [ %0, %891 ], [ %952, %941 ]
	%940 = icmp slt i32 %939, %200
	br i1 %940, label %941, label %953

941:
	%942 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %939
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
	%956 = getelementptr [1 x double], [1 x double] addrspace(3)* @xattn_select1_mass, i32 0, i32 0
	%957 = load double, double addrspace(3)* %956
	br label %969

958:
	call void @llvm.nvvm.barrier0()
	%959 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 1
	%960 = load i32, i32 addrspace(3)* %959
	%961 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 2
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
	%985 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %984
	%986 = load i32, i32 addrspace(3)* %985
	%987 = sub i32 %986, 2
	%988 = bitcast i32 %987 to float
	br label %989

989:
	%990 = phi float [ 0.0, %974 ], [ %988, %979 ]
	%991 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 0, i32 31)
	%992 = fcmp olt double %971, 0x3FECCCCCCCCCCCCD
	%993 = add i32 %970, 0
	%994 = icmp slt i32 %993, %200
	%995 = and i1 %992, %994
	%996 = fpext float %991 to double
	%997 = fadd double %971, %996
	%998 = select i1 %995, double %997, double %971
	%999 = add i32 %972, 1
	%1000 = select i1 %995, i32 %999, i32 %972
	%1001 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 1, i32 31)
	%1002 = fcmp olt double %998, 0x3FECCCCCCCCCCCCD
	%1003 = add i32 %970, 1
	%1004 = icmp slt i32 %1003, %200
	%1005 = and i1 %1002, %1004
	%1006 = fpext float %1001 to double
	%1007 = fadd double %998, %1006
	%1008 = select i1 %1005, double %1007, double %998
	%1009 = add i32 %1000, 1
	%1010 = select i1 %1005, i32 %1009, i32 %1000
	%1011 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 2, i32 31)
	%1012 = fcmp olt double %1008, 0x3FECCCCCCCCCCCCD
	%1013 = add i32 %970, 2
	%1014 = icmp slt i32 %1013, %200
	%1015 = and i1 %1012, %1014
	%1016 = fpext float %1011 to double
	%1017 = fadd double %1008, %1016
	%1018 = select i1 %1015, double %1017, double %1008
	%1019 = add i32 %1010, 1
	%1020 = select i1 %1015, i32 %1019, i32 %1010
	%1021 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 3, i32 31)
	%1022 = fcmp olt double %1018, 0x3FECCCCCCCCCCCCD
	%1023 = add i32 %970, 3
	%1024 = icmp slt i32 %1023, %200
	%1025 = and i1 %1022, %1024
	%1026 = fpext float %1021 to double
	%1027 = fadd double %1018, %1026
	%1028 = select i1 %1025, double %1027, double %1018
	%1029 = add i32 %1020, 1
	%1030 = select i1 %1025, i32 %1029, i32 %1020
	%1031 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 4, i32 31)
	%1032 = fcmp olt double %1028, 0x3FECCCCCCCCCCCCD
	%1033 = add i32 %970, 4
	%1034 = icmp slt i32 %1033, %200
	%1035 = and i1 %1032, %1034
	%1036 = fpext float %1031 to double
	%1037 = fadd double %1028, %1036
	%1038 = select i1 %1035, double %1037, double %1028
	%1039 = add i32 %1030, 1
	%1040 = select i1 %1035, i32 %1039, i32 %1030
	%1041 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 5, i32 31)
	%1042 = fcmp olt double %1038, 0x3FECCCCCCCCCCCCD
	%1043 = add i32 %970, 5
	%1044 = icmp slt i32 %1043, %200
	%1045 = and i1 %1042, %1044
	%1046 = fpext float %1041 to double
	%1047 = fadd double %1038, %1046
	%1048 = select i1 %1045, double %1047, double %1038
	%1049 = add i32 %1040, 1
	%1050 = select i1 %1045, i32 %1049, i32 %1040
	%1051 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 6, i32 31)
	%1052 = fcmp olt double %1048, 0x3FECCCCCCCCCCCCD
	%1053 = add i32 %970, 6
	%1054 = icmp slt i32 %1053, %200
	%1055 = and i1 %1052, %1054
	%1056 = fpext float %1051 to double
	%1057 = fadd double %1048, %1056
	%1058 = select i1 %1055, double %1057, double %1048
	%1059 = add i32 %1050, 1
	%1060 = select i1 %1055, i32 %1059, i32 %1050
	%1061 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 7, i32 31)
	%1062 = fcmp olt double %1058, 0x3FECCCCCCCCCCCCD
	%1063 = add i32 %970, 7
	%1064 = icmp slt i32 %1063, %200
	%1065 = and i1 %1062, %1064
	%1066 = fpext float %1061 to double
	%1067 = fadd double %1058, %1066
	%1068 = select i1 %1065, double %1067, double %1058
	%1069 = add i32 %1060, 1
	%1070 = select i1 %1065, i32 %1069, i32 %1060
	%1071 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 8, i32 31)
	%1072 = fcmp olt double %1068, 0x3FECCCCCCCCCCCCD
	%1073 = add i32 %970, 8
	%1074 = icmp slt i32 %1073, %200
	%1075 = and i1 %1072, %1074
	%1076 = fpext float %1071 to double
	%1077 = fadd double %1068, %1076
	%1078 = select i1 %1075, double %1077, double %1068
	%1079 = add i32 %1070, 1
	%1080 = select i1 %1075, i32 %1079, i32 %1070
	%1081 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 9, i32 31)
	%1082 = fcmp olt double %1078, 0x3FECCCCCCCCCCCCD
	%1083 = add i32 %970, 9
	%1084 = icmp slt i32 %1083, %200
	%1085 = and i1 %1082, %1084
	%1086 = fpext float %1081 to double
	%1087 = fadd double %1078, %1086
	%1088 = select i1 %1085, double %1087, double %1078
	%1089 = add i32 %1080, 1
	%1090 = select i1 %1085, i32 %1089, i32 %1080
	%1091 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 10, i32 31)
	%1092 = fcmp olt double %1088, 0x3FECCCCCCCCCCCCD
	%1093 = add i32 %970, 10
	%1094 = icmp slt i32 %1093, %200
	%1095 = and i1 %1092, %1094
	%1096 = fpext float %1091 to double
	%1097 = fadd double %1088, %1096
	%1098 = select i1 %1095, double %1097, double %1088
	%1099 = add i32 %1090, 1
	%1100 = select i1 %1095, i32 %1099, i32 %1090
	%1101 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 11, i32 31)
	%1102 = fcmp olt double %1098, 0x3FECCCCCCCCCCCCD
	%1103 = add i32 %970, 11
	%1104 = icmp slt i32 %1103, %200
	%1105 = and i1 %1102, %1104
	%1106 = fpext float %1101 to double
	%1107 = fadd double %1098, %1106
	%1108 = select i1 %1105, double %1107, double %1098
	%1109 = add i32 %1100, 1
	%1110 = select i1 %1105, i32 %1109, i32 %1100
	%1111 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 12, i32 31)
	%1112 = fcmp olt double %1108, 0x3FECCCCCCCCCCCCD
	%1113 = add i32 %970, 12
	%1114 = icmp slt i32 %1113, %200
	%1115 = and i1 %1112, %1114
	%1116 = fpext float %1111 to double
	%1117 = fadd double %1108, %1116
	%1118 = select i1 %1115, double %1117, double %1108
	%1119 = add i32 %1110, 1
	%1120 = select i1 %1115, i32 %1119, i32 %1110
	%1121 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 13, i32 31)
	%1122 = fcmp olt double %1118, 0x3FECCCCCCCCCCCCD
	%1123 = add i32 %970, 13
	%1124 = icmp slt i32 %1123, %200
	%1125 = and i1 %1122, %1124
	%1126 = fpext float %1121 to double
	%1127 = fadd double %1118, %1126
	%1128 = select i1 %1125, double %1127, double %1118
	%1129 = add i32 %1120, 1
	%1130 = select i1 %1125, i32 %1129, i32 %1120
	%1131 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 14, i32 31)
	%1132 = fcmp olt double %1128, 0x3FECCCCCCCCCCCCD
	%1133 = add i32 %970, 14
	%1134 = icmp slt i32 %1133, %200
	%1135 = and i1 %1132, %1134
	%1136 = fpext float %1131 to double
	%1137 = fadd double %1128, %1136
	%1138 = select i1 %1135, double %1137, double %1128
	%1139 = add i32 %1130, 1
	%1140 = select i1 %1135, i32 %1139, i32 %1130
	%1141 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 15, i32 31)
	%1142 = fcmp olt double %1138, 0x3FECCCCCCCCCCCCD
	%1143 = add i32 %970, 15
	%1144 = icmp slt i32 %1143, %200
	%1145 = and i1 %1142, %1144
	%1146 = fpext float %1141 to double
	%1147 = fadd double %1138, %1146
	%1148 = select i1 %1145, double %1147, double %1138
	%1149 = add i32 %1140, 1
	%1150 = select i1 %1145, i32 %1149, i32 %1140
	%1151 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 16, i32 31)
	%1152 = fcmp olt double %1148, 0x3FECCCCCCCCCCCCD
	%1153 = add i32 %970, 16
	%1154 = icmp slt i32 %1153, %200
	%1155 = and i1 %1152, %1154
	%1156 = fpext float %1151 to double
	%1157 = fadd double %1148, %1156
	%1158 = select i1 %1155, double %1157, double %1148
	%1159 = add i32 %1150, 1
	%1160 = select i1 %1155, i32 %1159, i32 %1150
	%1161 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 17, i32 31)
	%1162 = fcmp olt double %1158, 0x3FECCCCCCCCCCCCD
	%1163 = add i32 %970, 17
	%1164 = icmp slt i32 %1163, %200
	%1165 = and i1 %1162, %1164
	%1166 = fpext float %1161 to double
	%1167 = fadd double %1158, %1166
	%1168 = select i1 %1165, double %1167, double %1158
	%1169 = add i32 %1160, 1
	%1170 = select i1 %1165, i32 %1169, i32 %1160
	%1171 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 18, i32 31)
	%1172 = fcmp olt double %1168, 0x3FECCCCCCCCCCCCD
	%1173 = add i32 %970, 18
	%1174 = icmp slt i32 %1173, %200
	%1175 = and i1 %1172, %1174
	%1176 = fpext float %1171 to double
	%1177 = fadd double %1168, %1176
	%1178 = select i1 %1175, double %1177, double %1168
	%1179 = add i32 %1170, 1
	%1180 = select i1 %1175, i32 %1179, i32 %1170
	%1181 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 19, i32 31)
	%1182 = fcmp olt double %1178, 0x3FECCCCCCCCCCCCD
	%1183 = add i32 %970, 19
	%1184 = icmp slt i32 %1183, %200
	%1185 = and i1 %1182, %1184
	%1186 = fpext float %1181 to double
	%1187 = fadd double %1178, %1186
	%1188 = select i1 %1185, double %1187, double %1178
	%1189 = add i32 %1180, 1
	%1190 = select i1 %1185, i32 %1189, i32 %1180
	%1191 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 20, i32 31)
	%1192 = fcmp olt double %1188, 0x3FECCCCCCCCCCCCD
	%1193 = add i32 %970, 20
	%1194 = icmp slt i32 %1193, %200
	%1195 = and i1 %1192, %1194
	%1196 = fpext float %1191 to double
	%1197 = fadd double %1188, %1196
	%1198 = select i1 %1195, double %1197, double %1188
	%1199 = add i32 %1190, 1
	%1200 = select i1 %1195, i32 %1199, i32 %1190
	%1201 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 21, i32 31)
	%1202 = fcmp olt double %1198, 0x3FECCCCCCCCCCCCD
	%1203 = add i32 %970, 21
	%1204 = icmp slt i32 %1203, %200
	%1205 = and i1 %1202, %1204
	%1206 = fpext float %1201 to double
	%1207 = fadd double %1198, %1206
	%1208 = select i1 %1205, double %1207, double %1198
	%1209 = add i32 %1200, 1
	%1210 = select i1 %1205, i32 %1209, i32 %1200
	%1211 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 22, i32 31)
	%1212 = fcmp olt double %1208, 0x3FECCCCCCCCCCCCD
	%1213 = add i32 %970, 22
	%1214 = icmp slt i32 %1213, %200
	%1215 = and i1 %1212, %1214
	%1216 = fpext float %1211 to double
	%1217 = fadd double %1208, %1216
	%1218 = select i1 %1215, double %1217, double %1208
	%1219 = add i32 %1210, 1
	%1220 = select i1 %1215, i32 %1219, i32 %1210
	%1221 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 23, i32 31)
	%1222 = fcmp olt double %1218, 0x3FECCCCCCCCCCCCD
	%1223 = add i32 %970, 23
	%1224 = icmp slt i32 %1223, %200
	%1225 = and i1 %1222, %1224
	%1226 = fpext float %1221 to double
	%1227 = fadd double %1218, %1226
	%1228 = select i1 %1225, double %1227, double %1218
	%1229 = add i32 %1220, 1
	%1230 = select i1 %1225, i32 %1229, i32 %1220
	%1231 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 24, i32 31)
	%1232 = fcmp olt double %1228, 0x3FECCCCCCCCCCCCD
	%1233 = add i32 %970, 24
	%1234 = icmp slt i32 %1233, %200
	%1235 = and i1 %1232, %1234
	%1236 = fpext float %1231 to double
	%1237 = fadd double %1228, %1236
	%1238 = select i1 %1235, double %1237, double %1228
	%1239 = add i32 %1230, 1
	%1240 = select i1 %1235, i32 %1239, i32 %1230
	%1241 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 25, i32 31)
	%1242 = fcmp olt double %1238, 0x3FECCCCCCCCCCCCD
	%1243 = add i32 %970, 25
	%1244 = icmp slt i32 %1243, %200
	%1245 = and i1 %1242, %1244
	%1246 = fpext float %1241 to double
	%1247 = fadd double %1238, %1246
	%1248 = select i1 %1245, double %1247, double %1238
	%1249 = add i32 %1240, 1
	%1250 = select i1 %1245, i32 %1249, i32 %1240
	%1251 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 26, i32 31)
	%1252 = fcmp olt double %1248, 0x3FECCCCCCCCCCCCD
	%1253 = add i32 %970, 26
	%1254 = icmp slt i32 %1253, %200
	%1255 = and i1 %1252, %1254
	%1256 = fpext float %1251 to double
	%1257 = fadd double %1248, %1256
	%1258 = select i1 %1255, double %1257, double %1248
	%1259 = add i32 %1250, 1
	%1260 = select i1 %1255, i32 %1259, i32 %1250
	%1261 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 27, i32 31)
	%1262 = fcmp olt double %1258, 0x3FECCCCCCCCCCCCD
	%1263 = add i32 %970, 27
	%1264 = icmp slt i32 %1263, %200
	%1265 = and i1 %1262, %1264
	%1266 = fpext float %1261 to double
	%1267 = fadd double %1258, %1266
	%1268 = select i1 %1265, double %1267, double %1258
	%1269 = add i32 %1260, 1
	%1270 = select i1 %1265, i32 %1269, i32 %1260
	%1271 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 28, i32 31)
	%1272 = fcmp olt double %1268, 0x3FECCCCCCCCCCCCD
	%1273 = add i32 %970, 28
	%1274 = icmp slt i32 %1273, %200
	%1275 = and i1 %1272, %1274
	%1276 = fpext float %1271 to double
	%1277 = fadd double %1268, %1276
	%1278 = select i1 %1275, double %1277, double %1268
	%1279 = add i32 %1270, 1
	%1280 = select i1 %1275, i32 %1279, i32 %1270
	%1281 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 29, i32 31)
	%1282 = fcmp olt double %1278, 0x3FECCCCCCCCCCCCD
	%1283 = add i32 %970, 29
	%1284 = icmp slt i32 %1283, %200
	%1285 = and i1 %1282, %1284
	%1286 = fpext float %1281 to double
	%1287 = fadd double %1278, %1286
	%1288 = select i1 %1285, double %1287, double %1278
	%1289 = add i32 %1280, 1
	%1290 = select i1 %1285, i32 %1289, i32 %1280
	%1291 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 30, i32 31)
	%1292 = fcmp olt double %1288, 0x3FECCCCCCCCCCCCD
	%1293 = add i32 %970, 30
	%1294 = icmp slt i32 %1293, %200
	%1295 = and i1 %1292, %1294
	%1296 = fpext float %1291 to double
	%1297 = fadd double %1288, %1296
	%1298 = select i1 %1295, double %1297, double %1288
	%1299 = add i32 %1290, 1
	%1300 = select i1 %1295, i32 %1299, i32 %1290
	%1301 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 31, i32 31)
	%1302 = fcmp olt double %1298, 0x3FECCCCCCCCCCCCD
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
	%1313 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 1
	store i32 %972, i32 addrspace(3)* %1313
	%1314 = fcmp oge double %971, 0x3FECCCCCCCCCCCCD
	%1315 = zext i1 %1314 to i32
	%1316 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 2
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
	%17 = add i32 %T, 127
	%18 = sdiv i32 %17, 128
	%19 = ptrtoint [32768 x i8] addrspace(3)* @xattn_adstats0_smem to i32
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
	%46 = add i32 %3, 128
	%47 = icmp slt i32 %46, %T
	%48 = add i32 %3, 128
	%49 = select i1 %47, i32 %48, i32 %T
	%50 = add i32 %49, 127
	%51 = sdiv i32 %50, 128
	br label %52

52:
	%53 = phi i32 [ 0, %entry ], [ %2212, %2211 ]
	%54 = phi float [ 0xFFF0000000000000, %entry ], [ %1648, %2211 ]
	%55 = phi float [ 0xFFF0000000000000, %entry ], [ %1801, %2211 ]
	%56 = phi float [ 0.0, %entry ], [ %1749, %2211 ]
	%57 = phi float [ 0.0, %entry ], [ %1902, %2211 ]
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
	br i1 %74, label %2213, label %2226

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
	%141 = icmp slt i32 %76, 8
	br i1 %141, label %142, label %716

142:
	%143 = sdiv i32 %76, 1
	%144 = srem i32 %76, 1
	%145 = mul i32 %144, 64
	%146 = sub i32 7, %143
	%147 = add i32 %0, 0
	%148 = lshr i32 %147, 3
	%149 = and i32 %147, 7
	%150 = add i32 %3, %148
	%151 = mul i32 %150, 8
	%152 = add i32 %151, %146
	%153 = icmp slt i32 %152, %M
	%154 = select i1 %153, i32 %152, i32 0
	%155 = mul i32 %154, 64
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
	%176 = mul i32 %175, 8
	%177 = add i32 %176, %146
	%178 = icmp slt i32 %177, %M
	%179 = select i1 %178, i32 %177, i32 0
	%180 = mul i32 %179, 64
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
	%201 = mul i32 %200, 8
	%202 = add i32 %201, %146
	%203 = icmp slt i32 %202, %M
	%204 = select i1 %203, i32 %202, i32 0
	%205 = mul i32 %204, 64
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
	%226 = mul i32 %225, 8
	%227 = add i32 %226, %146
	%228 = icmp slt i32 %227, %M
	%229 = select i1 %228, i32 %227, i32 0
	%230 = mul i32 %229, 64
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
	%251 = mul i32 %250, 8
	%252 = add i32 %251, %143
	%253 = icmp slt i32 %252, %N
	%254 = select i1 %253, i32 %252, i32 0
	%255 = mul i32 %254, 64
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
	%276 = mul i32 %275, 8
	%277 = add i32 %276, %143
	%278 = icmp slt i32 %277, %N
	%279 = select i1 %278, i32 %277, i32 0
	%280 = mul i32 %279, 64
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
	%301 = mul i32 %300, 8
	%302 = add i32 %301, %143
	%303 = icmp slt i32 %302, %N
	%304 = select i1 %303, i32 %302, i32 0
	%305 = mul i32 %304, 64
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
	%326 = mul i32 %325, 8
	%327 = add i32 %326, %143
	%328 = icmp slt i32 %327, %N
	%329 = select i1 %328, i32 %327, i32 0
	%330 = mul i32 %329, 64
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
	%358 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %77, float %78, float %79, float %80, float %81, float %82, float %83, float %84, float %85, float %86, float %87, float %88, float %89, float %90, float %91, float %92, float %93, float %94, float %95, float %96, float %97, float %98, float %99, float %100, float %101, float %102, float %103, float %104, float %105, float %106, float %107, float %108, float %109, float %110, float %111, float %112, float %113, float %114, float %115, float %116, float %117, float %118, float %119, float %120, float %121, float %122, float %123, float %124, float %125, float %126, float %127, float %128, float %129, float %130, float %131, float %132, float %133, float %134, float %135, float %136, float %137, float %138, float %139, float %140, i64 %352, i64 %357, i32 1)
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
	%434 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, i64 %428, i64 %433, i32 1)
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
	%510 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %435, float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, float %497, float %498, i64 %504, i64 %509, i32 1)
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
	%586 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %540, float %541, float %542, float %543, float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, i64 %580, i64 %585, i32 1)
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
	%729 = fmul float %77, 0x3F97154760000000
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
	%743 = fmul float %78, 0x3F97154760000000
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
	%757 = fmul float %79, 0x3F97154760000000
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
	%771 = fmul float %80, 0x3F97154760000000
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
	%785 = fmul float %81, 0x3F97154760000000
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
	%799 = fmul float %82, 0x3F97154760000000
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
	%813 = fmul float %83, 0x3F97154760000000
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
	%827 = fmul float %84, 0x3F97154760000000
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
	%841 = fmul float %85, 0x3F97154760000000
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
	%855 = fmul float %86, 0x3F97154760000000
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
	%869 = fmul float %87, 0x3F97154760000000
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
	%883 = fmul float %88, 0x3F97154760000000
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
	%897 = fmul float %89, 0x3F97154760000000
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
	%911 = fmul float %90, 0x3F97154760000000
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
	%925 = fmul float %91, 0x3F97154760000000
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
	%939 = fmul float %92, 0x3F97154760000000
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
	%953 = fmul float %93, 0x3F97154760000000
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
	%967 = fmul float %94, 0x3F97154760000000
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
	%981 = fmul float %95, 0x3F97154760000000
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
	%995 = fmul float %96, 0x3F97154760000000
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
	%1009 = fmul float %97, 0x3F97154760000000
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
	%1023 = fmul float %98, 0x3F97154760000000
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
	%1037 = fmul float %99, 0x3F97154760000000
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
	%1051 = fmul float %100, 0x3F97154760000000
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
	%1065 = fmul float %101, 0x3F97154760000000
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
	%1079 = fmul float %102, 0x3F97154760000000
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
	%1093 = fmul float %103, 0x3F97154760000000
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
	%1107 = fmul float %104, 0x3F97154760000000
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
	%1121 = fmul float %105, 0x3F97154760000000
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
	%1135 = fmul float %106, 0x3F97154760000000
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
	%1149 = fmul float %107, 0x3F97154760000000
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
	%1163 = fmul float %108, 0x3F97154760000000
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
	%1177 = fmul float %109, 0x3F97154760000000
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
	%1191 = fmul float %110, 0x3F97154760000000
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
	%1205 = fmul float %111, 0x3F97154760000000
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
	%1219 = fmul float %112, 0x3F97154760000000
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
	%1233 = fmul float %113, 0x3F97154760000000
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
	%1247 = fmul float %114, 0x3F97154760000000
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
	%1261 = fmul float %115, 0x3F97154760000000
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
	%1275 = fmul float %116, 0x3F97154760000000
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
	%1289 = fmul float %117, 0x3F97154760000000
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
	%1303 = fmul float %118, 0x3F97154760000000
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
	%1317 = fmul float %119, 0x3F97154760000000
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
	%1331 = fmul float %120, 0x3F97154760000000
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
	%1345 = fmul float %121, 0x3F97154760000000
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
	%1359 = fmul float %122, 0x3F97154760000000
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
	%1373 = fmul float %123, 0x3F97154760000000
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
	%1387 = fmul float %124, 0x3F97154760000000
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
	%1401 = fmul float %125, 0x3F97154760000000
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
	%1415 = fmul float %126, 0x3F97154760000000
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
	%1429 = fmul float %127, 0x3F97154760000000
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
	%1443 = fmul float %128, 0x3F97154760000000
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
	%1457 = fmul float %129, 0x3F97154760000000
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
	%1471 = fmul float %130, 0x3F97154760000000
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
	%1485 = fmul float %131, 0x3F97154760000000
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
	%1499 = fmul float %132, 0x3F97154760000000
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
	%1513 = fmul float %133, 0x3F97154760000000
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
	%1527 = fmul float %134, 0x3F97154760000000
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
	%1541 = fmul float %135, 0x3F97154760000000
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
	%1555 = fmul float %136, 0x3F97154760000000
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
	%1569 = fmul float %137, 0x3F97154760000000
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
	%1583 = fmul float %138, 0x3F97154760000000
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
	%1597 = fmul float %139, 0x3F97154760000000
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
	%1611 = fmul float %140, 0x3F97154760000000
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
	%1758 = fadd float %1684, %1686
	%1759 = fadd float %1688, %1690
	%1760 = fadd float %1692, %1694
	%1761 = fadd float %1696, %1698
	%1762 = fadd float %1700, %1702
	%1763 = fadd float %1704, %1706
	%1764 = fadd float %1708, %1710
	%1765 = fadd float %1712, %1714
	%1766 = call float @llvm.nvvm.fmax.f(float %758, float %772)
	%1767 = call float @llvm.nvvm.fmax.f(float %814, float %828)
	%1768 = call float @llvm.nvvm.fmax.f(float %870, float %884)
	%1769 = call float @llvm.nvvm.fmax.f(float %926, float %940)
	%1770 = call float @llvm.nvvm.fmax.f(float %982, float %996)
	%1771 = call float @llvm.nvvm.fmax.f(float %1038, float %1052)
	%1772 = call float @llvm.nvvm.fmax.f(float %1094, float %1108)
	%1773 = call float @llvm.nvvm.fmax.f(float %1150, float %1164)
	%1774 = call float @llvm.nvvm.fmax.f(float %1206, float %1220)
	%1775 = call float @llvm.nvvm.fmax.f(float %1262, float %1276)
	%1776 = call float @llvm.nvvm.fmax.f(float %1318, float %1332)
	%1777 = call float @llvm.nvvm.fmax.f(float %1374, float %1388)
	%1778 = call float @llvm.nvvm.fmax.f(float %1430, float %1444)
	%1779 = call float @llvm.nvvm.fmax.f(float %1486, float %1500)
	%1780 = call float @llvm.nvvm.fmax.f(float %1542, float %1556)
	%1781 = call float @llvm.nvvm.fmax.f(float %1598, float %1612)
	%1782 = call float @llvm.nvvm.fmax.f(float %1766, float %1767)
	%1783 = call float @llvm.nvvm.fmax.f(float %1768, float %1769)
	%1784 = call float @llvm.nvvm.fmax.f(float %1770, float %1771)
	%1785 = call float @llvm.nvvm.fmax.f(float %1772, float %1773)
	%1786 = call float @llvm.nvvm.fmax.f(float %1774, float %1775)
	%1787 = call float @llvm.nvvm.fmax.f(float %1776, float %1777)
	%1788 = call float @llvm.nvvm.fmax.f(float %1778, float %1779)
	%1789 = call float @llvm.nvvm.fmax.f(float %1780, float %1781)
	%1790 = call float @llvm.nvvm.fmax.f(float %1782, float %1783)
	%1791 = call float @llvm.nvvm.fmax.f(float %1784, float %1785)
	%1792 = call float @llvm.nvvm.fmax.f(float %1786, float %1787)
	%1793 = call float @llvm.nvvm.fmax.f(float %1788, float %1789)
	%1794 = call float @llvm.nvvm.fmax.f(float %1790, float %1791)
	%1795 = call float @llvm.nvvm.fmax.f(float %1792, float %1793)
	%1796 = call float @llvm.nvvm.fmax.f(float %1794, float %1795)
	%1797 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1796, i32 1, i32 31)
	%1798 = call float @llvm.nvvm.fmax.f(float %1796, float %1797)
	%1799 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1798, i32 2, i32 31)
	%1800 = call float @llvm.nvvm.fmax.f(float %1798, float %1799)
	%1801 = call float @llvm.nvvm.fmax.f(float %55, float %1800)
	%1802 = fcmp oeq float %1801, 0xFFF0000000000000
	%1803 = select i1 %1802, float 0.0, float %1801
	%1804 = fsub float %758, %1803
	%1805 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1804)
	%1806 = fsub float %772, %1803
	%1807 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1806)
	%1808 = fsub float %814, %1803
	%1809 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1808)
	%1810 = fsub float %828, %1803
	%1811 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1810)
	%1812 = fsub float %870, %1803
	%1813 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1812)
	%1814 = fsub float %884, %1803
	%1815 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1814)
	%1816 = fsub float %926, %1803
	%1817 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1816)
	%1818 = fsub float %940, %1803
	%1819 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1818)
	%1820 = fsub float %982, %1803
	%1821 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1820)
	%1822 = fsub float %996, %1803
	%1823 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1822)
	%1824 = fsub float %1038, %1803
	%1825 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1824)
	%1826 = fsub float %1052, %1803
	%1827 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1826)
	%1828 = fsub float %1094, %1803
	%1829 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1828)
	%1830 = fsub float %1108, %1803
	%1831 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1830)
	%1832 = fsub float %1150, %1803
	%1833 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1832)
	%1834 = fsub float %1164, %1803
	%1835 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1834)
	%1836 = fsub float %1206, %1803
	%1837 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1836)
	%1838 = fsub float %1220, %1803
	%1839 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1838)
	%1840 = fsub float %1262, %1803
	%1841 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1840)
	%1842 = fsub float %1276, %1803
	%1843 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1842)
	%1844 = fsub float %1318, %1803
	%1845 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1844)
	%1846 = fsub float %1332, %1803
	%1847 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1846)
	%1848 = fsub float %1374, %1803
	%1849 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1848)
	%1850 = fsub float %1388, %1803
	%1851 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1850)
	%1852 = fsub float %1430, %1803
	%1853 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1852)
	%1854 = fsub float %1444, %1803
	%1855 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1854)
	%1856 = fsub float %1486, %1803
	%1857 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1856)
	%1858 = fsub float %1500, %1803
	%1859 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1858)
	%1860 = fsub float %1542, %1803
	%1861 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1860)
	%1862 = fsub float %1556, %1803
	%1863 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1862)
	%1864 = fsub float %1598, %1803
	%1865 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1864)
	%1866 = fsub float %1612, %1803
	%1867 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1866)
	%1868 = fadd float %1805, %1807
	%1869 = fadd float %1809, %1811
	%1870 = fadd float %1813, %1815
	%1871 = fadd float %1817, %1819
	%1872 = fadd float %1821, %1823
	%1873 = fadd float %1825, %1827
	%1874 = fadd float %1829, %1831
	%1875 = fadd float %1833, %1835
	%1876 = fadd float %1837, %1839
	%1877 = fadd float %1841, %1843
	%1878 = fadd float %1845, %1847
	%1879 = fadd float %1849, %1851
	%1880 = fadd float %1853, %1855
	%1881 = fadd float %1857, %1859
	%1882 = fadd float %1861, %1863
	%1883 = fadd float %1865, %1867
	%1884 = fadd float %1868, %1869
	%1885 = fadd float %1870, %1871
	%1886 = fadd float %1872, %1873
	%1887 = fadd float %1874, %1875
	%1888 = fadd float %1876, %1877
	%1889 = fadd float %1878, %1879
	%1890 = fadd float %1880, %1881
	%1891 = fadd float %1882, %1883
	%1892 = fadd float %1884, %1885
	%1893 = fadd float %1886, %1887
	%1894 = fadd float %1888, %1889
	%1895 = fadd float %1890, %1891
	%1896 = fadd float %1892, %1893
	%1897 = fadd float %1894, %1895
	%1898 = fadd float %1896, %1897
	%1899 = fsub float %55, %1803
	%1900 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1899)
	%1901 = fmul float %57, %1900
	%1902 = fadd float %1901, %1898
	%1903 = fadd float %1805, %1807
	%1904 = fadd float %1809, %1811
	%1905 = fadd float %1813, %1815
	%1906 = fadd float %1817, %1819
	%1907 = fadd float %1821, %1823
	%1908 = fadd float %1825, %1827
	%1909 = fadd float %1829, %1831
	%1910 = fadd float %1833, %1835
	%1911 = fadd float %1837, %1839
	%1912 = fadd float %1841, %1843
	%1913 = fadd float %1845, %1847
	%1914 = fadd float %1849, %1851
	%1915 = fadd float %1853, %1855
	%1916 = fadd float %1857, %1859
	%1917 = fadd float %1861, %1863
	%1918 = fadd float %1865, %1867
	%1919 = sext i32 %R to i64
	%1920 = mul i32 %4, 16
	%1921 = add i32 %6, 0
	%1922 = add i32 %1920, %1921
	%1923 = add i32 %3, %1922
	%1924 = icmp slt i32 %1923, %R
	%1925 = mul i32 %1, %18
	%1926 = add i32 %1925, %53
	%1927 = sext i32 %1926 to i64
	%1928 = mul i64 %1927, %1919
	%1929 = sext i32 %1923 to i64
	%1930 = add i64 %1928, %1929
	%1931 = icmp eq i32 %7, 0
	%1932 = and i1 %1924, %1931
	br i1 %1932, label %1933, label %1935

1933:
	%1934 = getelementptr float, float* %mx, i64 %1930
	store float %1650, float* %1934
	br label %1935

1935:
	%1936 = mul i32 %4, 16
	%1937 = add i32 %6, 8
	%1938 = add i32 %1936, %1937
	%1939 = add i32 %3, %1938
	%1940 = icmp slt i32 %1939, %R
	%1941 = mul i32 %1, %18
	%1942 = add i32 %1941, %53
	%1943 = sext i32 %1942 to i64
	%1944 = mul i64 %1943, %1919
	%1945 = sext i32 %1939 to i64
	%1946 = add i64 %1944, %1945
	%1947 = icmp eq i32 %7, 0
	%1948 = and i1 %1940, %1947
	br i1 %1948, label %1949, label %1951

1949:
	%1950 = getelementptr float, float* %mx, i64 %1946
	store float %1803, float* %1950
	br label %1951

1951:
	%1952 = and i32 %7, 1
	%1953 = icmp ne i32 %1952, 0
	%1954 = select i1 %1953, float %1751, float %1750
	%1955 = select i1 %1953, float %1750, float %1751
	%1956 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1955, i32 1, i32 31)
	%1957 = fadd float %1954, %1956
	%1958 = select i1 %1953, float %1753, float %1752
	%1959 = select i1 %1953, float %1752, float %1753
	%1960 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1959, i32 1, i32 31)
	%1961 = fadd float %1958, %1960
	%1962 = select i1 %1953, float %1755, float %1754
	%1963 = select i1 %1953, float %1754, float %1755
	%1964 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1963, i32 1, i32 31)
	%1965 = fadd float %1962, %1964
	%1966 = select i1 %1953, float %1757, float %1756
	%1967 = select i1 %1953, float %1756, float %1757
	%1968 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1967, i32 1, i32 31)
	%1969 = fadd float %1966, %1968
	%1970 = select i1 %1953, float %1759, float %1758
	%1971 = select i1 %1953, float %1758, float %1759
	%1972 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1971, i32 1, i32 31)
	%1973 = fadd float %1970, %1972
	%1974 = select i1 %1953, float %1761, float %1760
	%1975 = select i1 %1953, float %1760, float %1761
	%1976 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1975, i32 1, i32 31)
	%1977 = fadd float %1974, %1976
	%1978 = select i1 %1953, float %1763, float %1762
	%1979 = select i1 %1953, float %1762, float %1763
	%1980 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1979, i32 1, i32 31)
	%1981 = fadd float %1978, %1980
	%1982 = select i1 %1953, float %1765, float %1764
	%1983 = select i1 %1953, float %1764, float %1765
	%1984 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1983, i32 1, i32 31)
	%1985 = fadd float %1982, %1984
	%1986 = select i1 %1953, float %1904, float %1903
	%1987 = select i1 %1953, float %1903, float %1904
	%1988 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1987, i32 1, i32 31)
	%1989 = fadd float %1986, %1988
	%1990 = select i1 %1953, float %1906, float %1905
	%1991 = select i1 %1953, float %1905, float %1906
	%1992 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1991, i32 1, i32 31)
	%1993 = fadd float %1990, %1992
	%1994 = select i1 %1953, float %1908, float %1907
	%1995 = select i1 %1953, float %1907, float %1908
	%1996 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1995, i32 1, i32 31)
	%1997 = fadd float %1994, %1996
	%1998 = select i1 %1953, float %1910, float %1909
	%1999 = select i1 %1953, float %1909, float %1910
	%2000 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1999, i32 1, i32 31)
	%2001 = fadd float %1998, %2000
	%2002 = select i1 %1953, float %1912, float %1911
	%2003 = select i1 %1953, float %1911, float %1912
	%2004 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2003, i32 1, i32 31)
	%2005 = fadd float %2002, %2004
	%2006 = select i1 %1953, float %1914, float %1913
	%2007 = select i1 %1953, float %1913, float %1914
	%2008 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2007, i32 1, i32 31)
	%2009 = fadd float %2006, %2008
	%2010 = select i1 %1953, float %1916, float %1915
	%2011 = select i1 %1953, float %1915, float %1916
	%2012 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2011, i32 1, i32 31)
	%2013 = fadd float %2010, %2012
	%2014 = select i1 %1953, float %1918, float %1917
	%2015 = select i1 %1953, float %1917, float %1918
	%2016 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2015, i32 1, i32 31)
	%2017 = fadd float %2014, %2016
	%2018 = and i32 %7, 2
	%2019 = icmp ne i32 %2018, 0
	%2020 = select i1 %2019, float %1961, float %1957
	%2021 = select i1 %2019, float %1957, float %1961
	%2022 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2021, i32 2, i32 31)
	%2023 = fadd float %2020, %2022
	%2024 = select i1 %2019, float %1969, float %1965
	%2025 = select i1 %2019, float %1965, float %1969
	%2026 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2025, i32 2, i32 31)
	%2027 = fadd float %2024, %2026
	%2028 = select i1 %2019, float %1977, float %1973
	%2029 = select i1 %2019, float %1973, float %1977
	%2030 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2029, i32 2, i32 31)
	%2031 = fadd float %2028, %2030
	%2032 = select i1 %2019, float %1985, float %1981
	%2033 = select i1 %2019, float %1981, float %1985
	%2034 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2033, i32 2, i32 31)
	%2035 = fadd float %2032, %2034
	%2036 = select i1 %2019, float %1993, float %1989
	%2037 = select i1 %2019, float %1989, float %1993
	%2038 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2037, i32 2, i32 31)
	%2039 = fadd float %2036, %2038
	%2040 = select i1 %2019, float %2001, float %1997
	%2041 = select i1 %2019, float %1997, float %2001
	%2042 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2041, i32 2, i32 31)
	%2043 = fadd float %2040, %2042
	%2044 = select i1 %2019, float %2009, float %2005
	%2045 = select i1 %2019, float %2005, float %2009
	%2046 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2045, i32 2, i32 31)
	%2047 = fadd float %2044, %2046
	%2048 = select i1 %2019, float %2017, float %2013
	%2049 = select i1 %2019, float %2013, float %2017
	%2050 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2049, i32 2, i32 31)
	%2051 = fadd float %2048, %2050
	%2052 = add i32 0, %7
	%2053 = sub i32 %2052, 0
	%2054 = sdiv i32 %60, 8
	%2055 = add i32 %2054, %2053
	%2056 = and i1 true, %1924
	%2057 = icmp slt i32 %2055, %NK
	%2058 = and i1 %2056, %2057
	%2059 = mul i32 %1, %NK
	%2060 = add i32 %2059, %2055
	%2061 = sext i32 %2060 to i64
	%2062 = mul i64 %2061, %1919
	%2063 = mul i32 %4, 16
	%2064 = add i32 %6, 0
	%2065 = add i32 %2063, %2064
	%2066 = add i32 %3, %2065
	%2067 = sext i32 %2066 to i64
	%2068 = add i64 %2062, %2067
	br i1 %2058, label %2069, label %2071

2069:
	%2070 = getelementptr float, float* %part, i64 %2068
	store float %2023, float* %2070
	br label %2071

2071:
	%2072 = add i32 4, %7
	%2073 = sub i32 %2072, 0
	%2074 = sdiv i32 %60, 8
	%2075 = add i32 %2074, %2073
	%2076 = and i1 true, %1924
	%2077 = icmp slt i32 %2075, %NK
	%2078 = and i1 %2076, %2077
	%2079 = mul i32 %1, %NK
	%2080 = add i32 %2079, %2075
	%2081 = sext i32 %2080 to i64
	%2082 = mul i64 %2081, %1919
	%2083 = mul i32 %4, 16
	%2084 = add i32 %6, 0
	%2085 = add i32 %2083, %2084
	%2086 = add i32 %3, %2085
	%2087 = sext i32 %2086 to i64
	%2088 = add i64 %2082, %2087
	br i1 %2078, label %2089, label %2091

2089:
	%2090 = getelementptr float, float* %part, i64 %2088
	store float %2027, float* %2090
	br label %2091

2091:
	%2092 = add i32 8, %7
	%2093 = sub i32 %2092, 0
	%2094 = sdiv i32 %60, 8
	%2095 = add i32 %2094, %2093
	%2096 = and i1 true, %1924
	%2097 = icmp slt i32 %2095, %NK
	%2098 = and i1 %2096, %2097
	%2099 = mul i32 %1, %NK
	%2100 = add i32 %2099, %2095
	%2101 = sext i32 %2100 to i64
	%2102 = mul i64 %2101, %1919
	%2103 = mul i32 %4, 16
	%2104 = add i32 %6, 0
	%2105 = add i32 %2103, %2104
	%2106 = add i32 %3, %2105
	%2107 = sext i32 %2106 to i64
	%2108 = add i64 %2102, %2107
	br i1 %2098, label %2109, label %2111

2109:
	%2110 = getelementptr float, float* %part, i64 %2108
	store float %2031, float* %2110
	br label %2111

2111:
	%2112 = add i32 12, %7
	%2113 = sub i32 %2112, 0
	%2114 = sdiv i32 %60, 8
	%2115 = add i32 %2114, %2113
	%2116 = and i1 true, %1924
	%2117 = icmp slt i32 %2115, %NK
	%2118 = and i1 %2116, %2117
	%2119 = mul i32 %1, %NK
	%2120 = add i32 %2119, %2115
	%2121 = sext i32 %2120 to i64
	%2122 = mul i64 %2121, %1919
	%2123 = mul i32 %4, 16
	%2124 = add i32 %6, 0
	%2125 = add i32 %2123, %2124
	%2126 = add i32 %3, %2125
	%2127 = sext i32 %2126 to i64
	%2128 = add i64 %2122, %2127
	br i1 %2118, label %2129, label %2131

2129:
	%2130 = getelementptr float, float* %part, i64 %2128
	store float %2035, float* %2130
	br label %2131

2131:
	%2132 = add i32 16, %7
	%2133 = sub i32 %2132, 16
	%2134 = sdiv i32 %60, 8
	%2135 = add i32 %2134, %2133
	%2136 = and i1 true, %1940
	%2137 = icmp slt i32 %2135, %NK
	%2138 = and i1 %2136, %2137
	%2139 = mul i32 %1, %NK
	%2140 = add i32 %2139, %2135
	%2141 = sext i32 %2140 to i64
	%2142 = mul i64 %2141, %1919
	%2143 = mul i32 %4, 16
	%2144 = add i32 %6, 8
	%2145 = add i32 %2143, %2144
	%2146 = add i32 %3, %2145
	%2147 = sext i32 %2146 to i64
	%2148 = add i64 %2142, %2147
	br i1 %2138, label %2149, label %2151

2149:
	%2150 = getelementptr float, float* %part, i64 %2148
	store float %2039, float* %2150
	br label %2151

2151:
	%2152 = add i32 20, %7
	%2153 = sub i32 %2152, 16
	%2154 = sdiv i32 %60, 8
	%2155 = add i32 %2154, %2153
	%2156 = and i1 true, %1940
	%2157 = icmp slt i32 %2155, %NK
	%2158 = and i1 %2156, %2157
	%2159 = mul i32 %1, %NK
	%2160 = add i32 %2159, %2155
	%2161 = sext i32 %2160 to i64
	%2162 = mul i64 %2161, %1919
	%2163 = mul i32 %4, 16
	%2164 = add i32 %6, 8
	%2165 = add i32 %2163, %2164
	%2166 = add i32 %3, %2165
	%2167 = sext i32 %2166 to i64
	%2168 = add i64 %2162, %2167
	br i1 %2158, label %2169, label %2171

2169:
	%2170 = getelementptr float, float* %part, i64 %2168
	store float %2043, float* %2170
	br label %2171

2171:
	%2172 = add i32 24, %7
	%2173 = sub i32 %2172, 16
	%2174 = sdiv i32 %60, 8
	%2175 = add i32 %2174, %2173
	%2176 = and i1 true, %1940
	%2177 = icmp slt i32 %2175, %NK
	%2178 = and i1 %2176, %2177
	%2179 = mul i32 %1, %NK
	%2180 = add i32 %2179, %2175
	%2181 = sext i32 %2180 to i64
	%2182 = mul i64 %2181, %1919
	%2183 = mul i32 %4, 16
	%2184 = add i32 %6, 8
	%2185 = add i32 %2183, %2184
	%2186 = add i32 %3, %2185
	%2187 = sext i32 %2186 to i64
	%2188 = add i64 %2182, %2187
	br i1 %2178, label %2189, label %2191

2189:
	%2190 = getelementptr float, float* %part, i64 %2188
	store float %2047, float* %2190
	br label %2191

2191:
	%2192 = add i32 28, %7
	%2193 = sub i32 %2192, 16
	%2194 = sdiv i32 %60, 8
	%2195 = add i32 %2194, %2193
	%2196 = and i1 true, %1940
	%2197 = icmp slt i32 %2195, %NK
	%2198 = and i1 %2196, %2197
	%2199 = mul i32 %1, %NK
	%2200 = add i32 %2199, %2195
	%2201 = sext i32 %2200 to i64
	%2202 = mul i64 %2201, %1919
	%2203 = mul i32 %4, 16
	%2204 = add i32 %6, 8
	%2205 = add i32 %2203, %2204
	%2206 = add i32 %3, %2205
	%2207 = sext i32 %2206 to i64
	%2208 = add i64 %2202, %2207
	br i1 %2198, label %2209, label %2211

2209:
	%2210 = getelementptr float, float* %part, i64 %2208
	store float %2051, float* %2210
	br label %2211

2211:
	%2212 = add i32 %53, 1
	br label %52

2213:
	%2214 = mul i32 %1, %R
	%2215 = add i32 %2214, %71
	%2216 = mul i32 %2215, 2
	%2217 = add i32 %2216, 0
	%2218 = sext i32 %2217 to i64
	%2219 = getelementptr float, float* %stats, i64 %2218
	store float %54, float* %2219
	%2220 = mul i32 %1, %R
	%2221 = add i32 %2220, %71
	%2222 = mul i32 %2221, 2
	%2223 = add i32 %2222, 1
	%2224 = sext i32 %2223 to i64
	%2225 = getelementptr float, float* %stats, i64 %2224
	store float %67, float* %2225
	br label %2226

2226:
	%2227 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %57, i32 1, i32 31)
	%2228 = fadd float %57, %2227
	%2229 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2228, i32 2, i32 31)
	%2230 = fadd float %2228, %2229
	%2231 = mul i32 %4, 16
	%2232 = add i32 %6, 8
	%2233 = add i32 %2231, %2232
	%2234 = add i32 %3, %2233
	%2235 = icmp slt i32 %2234, %R
	%2236 = icmp eq i32 %7, 0
	%2237 = and i1 %2235, %2236
	br i1 %2237, label %2238, label %2251

2238:
	%2239 = mul i32 %1, %R
	%2240 = add i32 %2239, %2234
	%2241 = mul i32 %2240, 2
	%2242 = add i32 %2241, 0
	%2243 = sext i32 %2242 to i64
	%2244 = getelementptr float, float* %stats, i64 %2243
	store float %55, float* %2244
	%2245 = mul i32 %1, %R
	%2246 = add i32 %2245, %2234
	%2247 = mul i32 %2246, 2
	%2248 = add i32 %2247, 1
	%2249 = sext i32 %2248 to i64
	%2250 = getelementptr float, float* %stats, i64 %2249
	store float %2230, float* %2250
	br label %2251

2251:
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

define ptx_kernel void @xattn_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @xattn_attn2_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x4000
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
	%99 = mul i32 %38, 64
	%100 = lshr i32 %3, 3
	%101 = and i32 %3, 7
	%102 = lshr i32 %101, 3
	%103 = mul i32 %102, u0x2000
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
	%130 = add i32 %112, 32
	%131 = icmp slt i32 %130, %N
	%132 = getelementptr i16, i16* %117, i64 2048
	%133 = select i1 %131, i16* %132, i16* %21
	%134 = add i32 %111, u0x1000
	%135 = select i1 %131, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %134, i16* %133, i32 %135)
	%136 = add i32 %112, 48
	%137 = icmp slt i32 %136, %N
	%138 = getelementptr i16, i16* %117, i64 3072
	%139 = select i1 %137, i16* %138, i16* %21
	%140 = add i32 %111, 6144
	%141 = select i1 %137, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %140, i16* %139, i32 %141)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%142 = phi i32 [ 0, %prologue ], [ %1070, %pv ]
	%143 = phi i32 [ %38, %prologue ], [ %1077, %pv ]
	%144 = phi float [ 0.0, %prologue ], [ %1333, %pv ]
	%145 = phi float [ 0.0, %prologue ], [ %1334, %pv ]
	%146 = phi float [ 0.0, %prologue ], [ %1335, %pv ]
	%147 = phi float [ 0.0, %prologue ], [ %1336, %pv ]
	%148 = phi float [ 0.0, %prologue ], [ %1337, %pv ]
	%149 = phi float [ 0.0, %prologue ], [ %1338, %pv ]
	%150 = phi float [ 0.0, %prologue ], [ %1339, %pv ]
	%151 = phi float [ 0.0, %prologue ], [ %1340, %pv ]
	%152 = phi float [ 0.0, %prologue ], [ %1341, %pv ]
	%153 = phi float [ 0.0, %prologue ], [ %1342, %pv ]
	%154 = phi float [ 0.0, %prologue ], [ %1343, %pv ]
	%155 = phi float [ 0.0, %prologue ], [ %1344, %pv ]
	%156 = phi float [ 0.0, %prologue ], [ %1345, %pv ]
	%157 = phi float [ 0.0, %prologue ], [ %1346, %pv ]
	%158 = phi float [ 0.0, %prologue ], [ %1347, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %1348, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1349, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1350, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1351, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1352, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1353, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1354, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1355, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1356, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1357, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1358, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1359, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1360, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1361, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1362, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1363, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1364, %pv ]
	%176 = phi float [ 0xFFF0000000000000, %prologue ], [ %940, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %994, %pv ]
	%178 = phi float [ 0xFFF0000000000000, %prologue ], [ %1015, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1069, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%180 = mul i32 %143, 64
	%181 = lshr i32 %3, 3
	%182 = and i32 %3, 7
	%183 = lshr i32 %182, 3
	%184 = mul i32 %183, u0x2000
	%185 = and i32 %182, 7
	%186 = and i32 %181, 7
	%187 = xor i32 %185, %186
	%188 = mul i32 %181, 128
	%189 = shl i32 %187, 4
	%190 = add i32 %188, %189
	%191 = add i32 %184, %190
	%192 = add i32 %1, %191
	%193 = add i32 %180, %181
	%194 = mul i32 %193, 64
	%195 = mul i32 %182, 8
	%196 = add i32 %194, %195
	%197 = sext i32 %196 to i64
	%198 = getelementptr i16, i16* %25, i64 %197
	%199 = add i32 %193, 0
	%200 = icmp slt i32 %199, %N
	%201 = getelementptr i16, i16* %198, i64 0
	%202 = select i1 %200, i16* %201, i16* %25
	%203 = add i32 %192, 0
	%204 = select i1 %200, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %203, i16* %202, i32 %204)
	%205 = add i32 %193, 16
	%206 = icmp slt i32 %205, %N
	%207 = getelementptr i16, i16* %198, i64 1024
	%208 = select i1 %206, i16* %207, i16* %25
	%209 = add i32 %192, 2048
	%210 = select i1 %206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %209, i16* %208, i32 %210)
	%211 = add i32 %193, 32
	%212 = icmp slt i32 %211, %N
	%213 = getelementptr i16, i16* %198, i64 2048
	%214 = select i1 %212, i16* %213, i16* %25
	%215 = add i32 %192, u0x1000
	%216 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %215, i16* %214, i32 %216)
	%217 = add i32 %193, 48
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %198, i64 3072
	%220 = select i1 %218, i16* %219, i16* %25
	%221 = add i32 %192, 6144
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%223 = add i32 %2, 0
	%224 = zext i32 %223 to i64
	%225 = lshr i64 %224, 4
	%226 = and i64 %225, u0x3FFF
	%227 = or i64 %226, u0x4000004000010000
	%228 = add i32 %0, 0
	%229 = zext i32 %228 to i64
	%230 = lshr i64 %229, 4
	%231 = and i64 %230, u0x3FFF
	%232 = or i64 %231, u0x4000004000010000
	%233 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %227, i64 %232, i32 1)
	%234 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 0
	%235 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 1
	%236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 2
	%237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 3
	%238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 4
	%239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 5
	%240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 6
	%241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 7
	%242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 8
	%243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 9
	%244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 10
	%245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 11
	%246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 12
	%247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 13
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 14
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 15
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 16
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 17
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 18
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 19
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 20
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 21
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 22
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 23
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 24
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 25
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 26
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 27
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 28
	%263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 29
	%264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 30
	%265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 31
	%266 = add i32 %2, 32
	%267 = zext i32 %266 to i64
	%268 = lshr i64 %267, 4
	%269 = and i64 %268, u0x3FFF
	%270 = or i64 %269, u0x4000004000010000
	%271 = add i32 %0, 32
	%272 = zext i32 %271 to i64
	%273 = lshr i64 %272, 4
	%274 = and i64 %273, u0x3FFF
	%275 = or i64 %274, u0x4000004000010000
	%276 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %234, float %235, float %236, float %237, float %238, float %239, float %240, float %241, float %242, float %243, float %244, float %245, float %246, float %247, float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, float %263, float %264, float %265, i64 %270, i64 %275, i32 1)
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 0
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 1
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 2
	%280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 3
	%281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 4
	%282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 5
	%283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 6
	%284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 7
	%285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 8
	%286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 9
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 10
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 11
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 12
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 13
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 14
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 15
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 16
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 17
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 18
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 19
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 20
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 21
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 22
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 23
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 24
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 25
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 26
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 27
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 28
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 29
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 30
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 31
	%309 = add i32 %2, 64
	%310 = zext i32 %309 to i64
	%311 = lshr i64 %310, 4
	%312 = and i64 %311, u0x3FFF
	%313 = or i64 %312, u0x4000004000010000
	%314 = add i32 %0, 64
	%315 = zext i32 %314 to i64
	%316 = lshr i64 %315, 4
	%317 = and i64 %316, u0x3FFF
	%318 = or i64 %317, u0x4000004000010000
	%319 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %277, float %278, float %279, float %280, float %281, float %282, float %283, float %284, float %285, float %286, float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, i64 %313, i64 %318, i32 1)
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 0
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 1
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 2
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 3
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 4
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 5
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 6
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 7
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 8
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 9
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 10
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 11
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 12
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 13
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 14
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 15
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 16
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 17
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 18
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 19
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 20
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 21
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 22
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 23
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 24
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 25
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 26
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 27
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 28
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 29
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 30
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 31
	%352 = add i32 %2, 96
	%353 = zext i32 %352 to i64
	%354 = lshr i64 %353, 4
	%355 = and i64 %354, u0x3FFF
	%356 = or i64 %355, u0x4000004000010000
	%357 = add i32 %0, 96
	%358 = zext i32 %357 to i64
	%359 = lshr i64 %358, 4
	%360 = and i64 %359, u0x3FFF
	%361 = or i64 %360, u0x4000004000010000
	%362 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, i64 %356, i64 %361, i32 1)
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 0
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 1
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 2
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 3
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 4
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 5
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 6
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 7
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 8
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 9
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 10
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 11
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 12
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 13
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 14
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 15
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 16
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 17
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 18
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 19
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 20
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 21
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 22
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 23
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 24
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 25
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 26
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 27
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 28
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 29
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 30
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%395 = call float asm sideeffect "", "=f,0"(float %363)
	%396 = call float asm sideeffect "", "=f,0"(float %364)
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
	%427 = mul i32 %4, 16
	%428 = add i32 %13, %427
	%429 = add i32 %6, 0
	%430 = add i32 %428, %429
	%431 = mul i32 %4, 16
	%432 = add i32 %13, %431
	%433 = add i32 %6, 8
	%434 = add i32 %432, %433
	%435 = sitofp i32 %11 to float
	%436 = add i32 %34, %143
	%437 = sext i32 %436 to i64
	%438 = getelementptr i8, i8* %cls, i64 %437
	%439 = load i8, i8* %438
	%440 = icmp ne i8 %439, 2
	br i1 %440, label %partial, label %softmax

epilogue:
	%441 = phi float [ 0.0, %entry ], [ %994, %pv ]
	%442 = phi float [ 0.0, %entry ], [ %1069, %pv ]
	%443 = phi i32 [ 0, %entry ], [ %1070, %pv ]
	%444 = phi float [ 0.0, %entry ], [ %1333, %pv ]
	%445 = phi float [ 0.0, %entry ], [ %1334, %pv ]
	%446 = phi float [ 0.0, %entry ], [ %1335, %pv ]
	%447 = phi float [ 0.0, %entry ], [ %1336, %pv ]
	%448 = phi float [ 0.0, %entry ], [ %1337, %pv ]
	%449 = phi float [ 0.0, %entry ], [ %1338, %pv ]
	%450 = phi float [ 0.0, %entry ], [ %1339, %pv ]
	%451 = phi float [ 0.0, %entry ], [ %1340, %pv ]
	%452 = phi float [ 0.0, %entry ], [ %1341, %pv ]
	%453 = phi float [ 0.0, %entry ], [ %1342, %pv ]
	%454 = phi float [ 0.0, %entry ], [ %1343, %pv ]
	%455 = phi float [ 0.0, %entry ], [ %1344, %pv ]
	%456 = phi float [ 0.0, %entry ], [ %1345, %pv ]
	%457 = phi float [ 0.0, %entry ], [ %1346, %pv ]
	%458 = phi float [ 0.0, %entry ], [ %1347, %pv ]
	%459 = phi float [ 0.0, %entry ], [ %1348, %pv ]
	%460 = phi float [ 0.0, %entry ], [ %1349, %pv ]
	%461 = phi float [ 0.0, %entry ], [ %1350, %pv ]
	%462 = phi float [ 0.0, %entry ], [ %1351, %pv ]
	%463 = phi float [ 0.0, %entry ], [ %1352, %pv ]
	%464 = phi float [ 0.0, %entry ], [ %1353, %pv ]
	%465 = phi float [ 0.0, %entry ], [ %1354, %pv ]
	%466 = phi float [ 0.0, %entry ], [ %1355, %pv ]
	%467 = phi float [ 0.0, %entry ], [ %1356, %pv ]
	%468 = phi float [ 0.0, %entry ], [ %1357, %pv ]
	%469 = phi float [ 0.0, %entry ], [ %1358, %pv ]
	%470 = phi float [ 0.0, %entry ], [ %1359, %pv ]
	%471 = phi float [ 0.0, %entry ], [ %1360, %pv ]
	%472 = phi float [ 0.0, %entry ], [ %1361, %pv ]
	%473 = phi float [ 0.0, %entry ], [ %1362, %pv ]
	%474 = phi float [ 0.0, %entry ], [ %1363, %pv ]
	%475 = phi float [ 0.0, %entry ], [ %1364, %pv ]
	%476 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %441, i32 1, i32 31)
	%477 = fadd float %441, %476
	%478 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %477, i32 2, i32 31)
	%479 = fadd float %477, %478
	%480 = fcmp ogt float %479, 0.0
	%481 = fdiv float 1.0, %479
	%482 = select i1 %480, float %481, float 0.0
	%483 = mul i32 %4, 16
	%484 = add i32 %13, %483
	%485 = add i32 %6, 0
	%486 = add i32 %484, %485
	%487 = fmul float %444, %482
	%488 = fmul float %445, %482
	%489 = fmul float %448, %482
	%490 = fmul float %449, %482
	%491 = fmul float %452, %482
	%492 = fmul float %453, %482
	%493 = fmul float %456, %482
	%494 = fmul float %457, %482
	%495 = fmul float %460, %482
	%496 = fmul float %461, %482
	%497 = fmul float %464, %482
	%498 = fmul float %465, %482
	%499 = fmul float %468, %482
	%500 = fmul float %469, %482
	%501 = fmul float %472, %482
	%502 = fmul float %473, %482
	%503 = icmp slt i32 %486, %M
	br i1 %503, label %store0, label %stored0

partial:
	%504 = shl i32 %7, 1
	%505 = add i32 0, %504
	%506 = add i32 %180, %505
	%507 = icmp slt i32 %506, %N
	%508 = select i1 %507, i32 %506, i32 0
	%509 = sitofp i32 %430 to float
	%510 = sitofp i32 %508 to float
	%511 = fcmp ole float %510, %509
	%512 = uitofp i1 %511 to float
	%513 = fcmp une float %512, 0.0
	%514 = and i1 %507, %513
	%515 = select i1 %514, float %395, float 0xFFF0000000000000
	%516 = shl i32 %7, 1
	%517 = add i32 1, %516
	%518 = add i32 %180, %517
	%519 = icmp slt i32 %518, %N
	%520 = select i1 %519, i32 %518, i32 0
	%521 = sitofp i32 %430 to float
	%522 = sitofp i32 %520 to float
	%523 = fcmp ole float %522, %521
	%524 = uitofp i1 %523 to float
	%525 = fcmp une float %524, 0.0
	%526 = and i1 %519, %525
	%527 = select i1 %526, float %396, float 0xFFF0000000000000
	%528 = shl i32 %7, 1
	%529 = add i32 0, %528
	%530 = add i32 %180, %529
	%531 = icmp slt i32 %530, %N
	%532 = select i1 %531, i32 %530, i32 0
	%533 = sitofp i32 %434 to float
	%534 = sitofp i32 %532 to float
	%535 = fcmp ole float %534, %533
	%536 = uitofp i1 %535 to float
	%537 = fcmp une float %536, 0.0
	%538 = and i1 %531, %537
	%539 = select i1 %538, float %397, float 0xFFF0000000000000
	%540 = shl i32 %7, 1
	%541 = add i32 1, %540
	%542 = add i32 %180, %541
	%543 = icmp slt i32 %542, %N
	%544 = select i1 %543, i32 %542, i32 0
	%545 = sitofp i32 %434 to float
	%546 = sitofp i32 %544 to float
	%547 = fcmp ole float %546, %545
	%548 = uitofp i1 %547 to float
	%549 = fcmp une float %548, 0.0
	%550 = and i1 %543, %549
	%551 = select i1 %550, float %398, float 0xFFF0000000000000
	%552 = shl i32 %7, 1
	%553 = add i32 8, %552
	%554 = add i32 %180, %553
	%555 = icmp slt i32 %554, %N
	%556 = select i1 %555, i32 %554, i32 0
	%557 = sitofp i32 %430 to float
	%558 = sitofp i32 %556 to float
	%559 = fcmp ole float %558, %557
	%560 = uitofp i1 %559 to float
	%561 = fcmp une float %560, 0.0
	%562 = and i1 %555, %561
	%563 = select i1 %562, float %399, float 0xFFF0000000000000
	%564 = shl i32 %7, 1
	%565 = add i32 9, %564
	%566 = add i32 %180, %565
	%567 = icmp slt i32 %566, %N
	%568 = select i1 %567, i32 %566, i32 0
	%569 = sitofp i32 %430 to float
	%570 = sitofp i32 %568 to float
	%571 = fcmp ole float %570, %569
	%572 = uitofp i1 %571 to float
	%573 = fcmp une float %572, 0.0
	%574 = and i1 %567, %573
	%575 = select i1 %574, float %400, float 0xFFF0000000000000
	%576 = shl i32 %7, 1
	%577 = add i32 8, %576
	%578 = add i32 %180, %577
	%579 = icmp slt i32 %578, %N
	%580 = select i1 %579, i32 %578, i32 0
	%581 = sitofp i32 %434 to float
	%582 = sitofp i32 %580 to float
	%583 = fcmp ole float %582, %581
	%584 = uitofp i1 %583 to float
	%585 = fcmp une float %584, 0.0
	%586 = and i1 %579, %585
	%587 = select i1 %586, float %401, float 0xFFF0000000000000
	%588 = shl i32 %7, 1
	%589 = add i32 9, %588
	%590 = add i32 %180, %589
	%591 = icmp slt i32 %590, %N
	%592 = select i1 %591, i32 %590, i32 0
	%593 = sitofp i32 %434 to float
	%594 = sitofp i32 %592 to float
	%595 = fcmp ole float %594, %593
	%596 = uitofp i1 %595 to float
	%597 = fcmp une float %596, 0.0
	%598 = and i1 %591, %597
	%599 = select i1 %598, float %402, float 0xFFF0000000000000
	%600 = shl i32 %7, 1
	%601 = add i32 16, %600
	%602 = add i32 %180, %601
	%603 = icmp slt i32 %602, %N
	%604 = select i1 %603, i32 %602, i32 0
	%605 = sitofp i32 %430 to float
	%606 = sitofp i32 %604 to float
	%607 = fcmp ole float %606, %605
	%608 = uitofp i1 %607 to float
	%609 = fcmp une float %608, 0.0
	%610 = and i1 %603, %609
	%611 = select i1 %610, float %403, float 0xFFF0000000000000
	%612 = shl i32 %7, 1
	%613 = add i32 17, %612
	%614 = add i32 %180, %613
	%615 = icmp slt i32 %614, %N
	%616 = select i1 %615, i32 %614, i32 0
	%617 = sitofp i32 %430 to float
	%618 = sitofp i32 %616 to float
	%619 = fcmp ole float %618, %617
	%620 = uitofp i1 %619 to float
	%621 = fcmp une float %620, 0.0
	%622 = and i1 %615, %621
	%623 = select i1 %622, float %404, float 0xFFF0000000000000
	%624 = shl i32 %7, 1
	%625 = add i32 16, %624
	%626 = add i32 %180, %625
	%627 = icmp slt i32 %626, %N
	%628 = select i1 %627, i32 %626, i32 0
	%629 = sitofp i32 %434 to float
	%630 = sitofp i32 %628 to float
	%631 = fcmp ole float %630, %629
	%632 = uitofp i1 %631 to float
	%633 = fcmp une float %632, 0.0
	%634 = and i1 %627, %633
	%635 = select i1 %634, float %405, float 0xFFF0000000000000
	%636 = shl i32 %7, 1
	%637 = add i32 17, %636
	%638 = add i32 %180, %637
	%639 = icmp slt i32 %638, %N
	%640 = select i1 %639, i32 %638, i32 0
	%641 = sitofp i32 %434 to float
	%642 = sitofp i32 %640 to float
	%643 = fcmp ole float %642, %641
	%644 = uitofp i1 %643 to float
	%645 = fcmp une float %644, 0.0
	%646 = and i1 %639, %645
	%647 = select i1 %646, float %406, float 0xFFF0000000000000
	%648 = shl i32 %7, 1
	%649 = add i32 24, %648
	%650 = add i32 %180, %649
	%651 = icmp slt i32 %650, %N
	%652 = select i1 %651, i32 %650, i32 0
	%653 = sitofp i32 %430 to float
	%654 = sitofp i32 %652 to float
	%655 = fcmp ole float %654, %653
	%656 = uitofp i1 %655 to float
	%657 = fcmp une float %656, 0.0
	%658 = and i1 %651, %657
	%659 = select i1 %658, float %407, float 0xFFF0000000000000
	%660 = shl i32 %7, 1
	%661 = add i32 25, %660
	%662 = add i32 %180, %661
	%663 = icmp slt i32 %662, %N
	%664 = select i1 %663, i32 %662, i32 0
	%665 = sitofp i32 %430 to float
	%666 = sitofp i32 %664 to float
	%667 = fcmp ole float %666, %665
	%668 = uitofp i1 %667 to float
	%669 = fcmp une float %668, 0.0
	%670 = and i1 %663, %669
	%671 = select i1 %670, float %408, float 0xFFF0000000000000
	%672 = shl i32 %7, 1
	%673 = add i32 24, %672
	%674 = add i32 %180, %673
	%675 = icmp slt i32 %674, %N
	%676 = select i1 %675, i32 %674, i32 0
	%677 = sitofp i32 %434 to float
	%678 = sitofp i32 %676 to float
	%679 = fcmp ole float %678, %677
	%680 = uitofp i1 %679 to float
	%681 = fcmp une float %680, 0.0
	%682 = and i1 %675, %681
	%683 = select i1 %682, float %409, float 0xFFF0000000000000
	%684 = shl i32 %7, 1
	%685 = add i32 25, %684
	%686 = add i32 %180, %685
	%687 = icmp slt i32 %686, %N
	%688 = select i1 %687, i32 %686, i32 0
	%689 = sitofp i32 %434 to float
	%690 = sitofp i32 %688 to float
	%691 = fcmp ole float %690, %689
	%692 = uitofp i1 %691 to float
	%693 = fcmp une float %692, 0.0
	%694 = and i1 %687, %693
	%695 = select i1 %694, float %410, float 0xFFF0000000000000
	%696 = shl i32 %7, 1
	%697 = add i32 32, %696
	%698 = add i32 %180, %697
	%699 = icmp slt i32 %698, %N
	%700 = select i1 %699, i32 %698, i32 0
	%701 = sitofp i32 %430 to float
	%702 = sitofp i32 %700 to float
	%703 = fcmp ole float %702, %701
	%704 = uitofp i1 %703 to float
	%705 = fcmp une float %704, 0.0
	%706 = and i1 %699, %705
	%707 = select i1 %706, float %411, float 0xFFF0000000000000
	%708 = shl i32 %7, 1
	%709 = add i32 33, %708
	%710 = add i32 %180, %709
	%711 = icmp slt i32 %710, %N
	%712 = select i1 %711, i32 %710, i32 0
	%713 = sitofp i32 %430 to float
	%714 = sitofp i32 %712 to float
	%715 = fcmp ole float %714, %713
	%716 = uitofp i1 %715 to float
	%717 = fcmp une float %716, 0.0
	%718 = and i1 %711, %717
	%719 = select i1 %718, float %412, float 0xFFF0000000000000
	%720 = shl i32 %7, 1
	%721 = add i32 32, %720
	%722 = add i32 %180, %721
	%723 = icmp slt i32 %722, %N
	%724 = select i1 %723, i32 %722, i32 0
	%725 = sitofp i32 %434 to float
	%726 = sitofp i32 %724 to float
	%727 = fcmp ole float %726, %725
	%728 = uitofp i1 %727 to float
	%729 = fcmp une float %728, 0.0
	%730 = and i1 %723, %729
	%731 = select i1 %730, float %413, float 0xFFF0000000000000
	%732 = shl i32 %7, 1
	%733 = add i32 33, %732
	%734 = add i32 %180, %733
	%735 = icmp slt i32 %734, %N
	%736 = select i1 %735, i32 %734, i32 0
	%737 = sitofp i32 %434 to float
	%738 = sitofp i32 %736 to float
	%739 = fcmp ole float %738, %737
	%740 = uitofp i1 %739 to float
	%741 = fcmp une float %740, 0.0
	%742 = and i1 %735, %741
	%743 = select i1 %742, float %414, float 0xFFF0000000000000
	%744 = shl i32 %7, 1
	%745 = add i32 40, %744
	%746 = add i32 %180, %745
	%747 = icmp slt i32 %746, %N
	%748 = select i1 %747, i32 %746, i32 0
	%749 = sitofp i32 %430 to float
	%750 = sitofp i32 %748 to float
	%751 = fcmp ole float %750, %749
	%752 = uitofp i1 %751 to float
	%753 = fcmp une float %752, 0.0
	%754 = and i1 %747, %753
	%755 = select i1 %754, float %415, float 0xFFF0000000000000
	%756 = shl i32 %7, 1
	%757 = add i32 41, %756
	%758 = add i32 %180, %757
	%759 = icmp slt i32 %758, %N
	%760 = select i1 %759, i32 %758, i32 0
	%761 = sitofp i32 %430 to float
	%762 = sitofp i32 %760 to float
	%763 = fcmp ole float %762, %761
	%764 = uitofp i1 %763 to float
	%765 = fcmp une float %764, 0.0
	%766 = and i1 %759, %765
	%767 = select i1 %766, float %416, float 0xFFF0000000000000
	%768 = shl i32 %7, 1
	%769 = add i32 40, %768
	%770 = add i32 %180, %769
	%771 = icmp slt i32 %770, %N
	%772 = select i1 %771, i32 %770, i32 0
	%773 = sitofp i32 %434 to float
	%774 = sitofp i32 %772 to float
	%775 = fcmp ole float %774, %773
	%776 = uitofp i1 %775 to float
	%777 = fcmp une float %776, 0.0
	%778 = and i1 %771, %777
	%779 = select i1 %778, float %417, float 0xFFF0000000000000
	%780 = shl i32 %7, 1
	%781 = add i32 41, %780
	%782 = add i32 %180, %781
	%783 = icmp slt i32 %782, %N
	%784 = select i1 %783, i32 %782, i32 0
	%785 = sitofp i32 %434 to float
	%786 = sitofp i32 %784 to float
	%787 = fcmp ole float %786, %785
	%788 = uitofp i1 %787 to float
	%789 = fcmp une float %788, 0.0
	%790 = and i1 %783, %789
	%791 = select i1 %790, float %418, float 0xFFF0000000000000
	%792 = shl i32 %7, 1
	%793 = add i32 48, %792
	%794 = add i32 %180, %793
	%795 = icmp slt i32 %794, %N
	%796 = select i1 %795, i32 %794, i32 0
	%797 = sitofp i32 %430 to float
	%798 = sitofp i32 %796 to float
	%799 = fcmp ole float %798, %797
	%800 = uitofp i1 %799 to float
	%801 = fcmp une float %800, 0.0
	%802 = and i1 %795, %801
	%803 = select i1 %802, float %419, float 0xFFF0000000000000
	%804 = shl i32 %7, 1
	%805 = add i32 49, %804
	%806 = add i32 %180, %805
	%807 = icmp slt i32 %806, %N
	%808 = select i1 %807, i32 %806, i32 0
	%809 = sitofp i32 %430 to float
	%810 = sitofp i32 %808 to float
	%811 = fcmp ole float %810, %809
	%812 = uitofp i1 %811 to float
	%813 = fcmp une float %812, 0.0
	%814 = and i1 %807, %813
	%815 = select i1 %814, float %420, float 0xFFF0000000000000
	%816 = shl i32 %7, 1
	%817 = add i32 48, %816
	%818 = add i32 %180, %817
	%819 = icmp slt i32 %818, %N
	%820 = select i1 %819, i32 %818, i32 0
	%821 = sitofp i32 %434 to float
	%822 = sitofp i32 %820 to float
	%823 = fcmp ole float %822, %821
	%824 = uitofp i1 %823 to float
	%825 = fcmp une float %824, 0.0
	%826 = and i1 %819, %825
	%827 = select i1 %826, float %421, float 0xFFF0000000000000
	%828 = shl i32 %7, 1
	%829 = add i32 49, %828
	%830 = add i32 %180, %829
	%831 = icmp slt i32 %830, %N
	%832 = select i1 %831, i32 %830, i32 0
	%833 = sitofp i32 %434 to float
	%834 = sitofp i32 %832 to float
	%835 = fcmp ole float %834, %833
	%836 = uitofp i1 %835 to float
	%837 = fcmp une float %836, 0.0
	%838 = and i1 %831, %837
	%839 = select i1 %838, float %422, float 0xFFF0000000000000
	%840 = shl i32 %7, 1
	%841 = add i32 56, %840
	%842 = add i32 %180, %841
	%843 = icmp slt i32 %842, %N
	%844 = select i1 %843, i32 %842, i32 0
	%845 = sitofp i32 %430 to float
	%846 = sitofp i32 %844 to float
	%847 = fcmp ole float %846, %845
	%848 = uitofp i1 %847 to float
	%849 = fcmp une float %848, 0.0
	%850 = and i1 %843, %849
	%851 = select i1 %850, float %423, float 0xFFF0000000000000
	%852 = shl i32 %7, 1
	%853 = add i32 57, %852
	%854 = add i32 %180, %853
	%855 = icmp slt i32 %854, %N
	%856 = select i1 %855, i32 %854, i32 0
	%857 = sitofp i32 %430 to float
	%858 = sitofp i32 %856 to float
	%859 = fcmp ole float %858, %857
	%860 = uitofp i1 %859 to float
	%861 = fcmp une float %860, 0.0
	%862 = and i1 %855, %861
	%863 = select i1 %862, float %424, float 0xFFF0000000000000
	%864 = shl i32 %7, 1
	%865 = add i32 56, %864
	%866 = add i32 %180, %865
	%867 = icmp slt i32 %866, %N
	%868 = select i1 %867, i32 %866, i32 0
	%869 = sitofp i32 %434 to float
	%870 = sitofp i32 %868 to float
	%871 = fcmp ole float %870, %869
	%872 = uitofp i1 %871 to float
	%873 = fcmp une float %872, 0.0
	%874 = and i1 %867, %873
	%875 = select i1 %874, float %425, float 0xFFF0000000000000
	%876 = shl i32 %7, 1
	%877 = add i32 57, %876
	%878 = add i32 %180, %877
	%879 = icmp slt i32 %878, %N
	%880 = select i1 %879, i32 %878, i32 0
	%881 = sitofp i32 %434 to float
	%882 = sitofp i32 %880 to float
	%883 = fcmp ole float %882, %881
	%884 = uitofp i1 %883 to float
	%885 = fcmp une float %884, 0.0
	%886 = and i1 %879, %885
	%887 = select i1 %886, float %426, float 0xFFF0000000000000
	br label %softmax

softmax:
	%888 = phi float [ %395, %loop ], [ %515, %partial ]
	%889 = phi float [ %396, %loop ], [ %527, %partial ]
	%890 = phi float [ %397, %loop ], [ %539, %partial ]
	%891 = phi float [ %398, %loop ], [ %551, %partial ]
	%892 = phi float [ %399, %loop ], [ %563, %partial ]
	%893 = phi float [ %400, %loop ], [ %575, %partial ]
	%894 = phi float [ %401, %loop ], [ %587, %partial ]
	%895 = phi float [ %402, %loop ], [ %599, %partial ]
	%896 = phi float [ %403, %loop ], [ %611, %partial ]
	%897 = phi float [ %404, %loop ], [ %623, %partial ]
	%898 = phi float [ %405, %loop ], [ %635, %partial ]
	%899 = phi float [ %406, %loop ], [ %647, %partial ]
	%900 = phi float [ %407, %loop ], [ %659, %partial ]
	%901 = phi float [ %408, %loop ], [ %671, %partial ]
	%902 = phi float [ %409, %loop ], [ %683, %partial ]
	%903 = phi float [ %410, %loop ], [ %695, %partial ]
	%904 = phi float [ %411, %loop ], [ %707, %partial ]
	%905 = phi float [ %412, %loop ], [ %719, %partial ]
	%906 = phi float [ %413, %loop ], [ %731, %partial ]
	%907 = phi float [ %414, %loop ], [ %743, %partial ]
	%908 = phi float [ %415, %loop ], [ %755, %partial ]
	%909 = phi float [ %416, %loop ], [ %767, %partial ]
	%910 = phi float [ %417, %loop ], [ %779, %partial ]
	%911 = phi float [ %418, %loop ], [ %791, %partial ]
	%912 = phi float [ %419, %loop ], [ %803, %partial ]
	%913 = phi float [ %420, %loop ], [ %815, %partial ]
	%914 = phi float [ %421, %loop ], [ %827, %partial ]
	%915 = phi float [ %422, %loop ], [ %839, %partial ]
	%916 = phi float [ %423, %loop ], [ %851, %partial ]
	%917 = phi float [ %424, %loop ], [ %863, %partial ]
	%918 = phi float [ %425, %loop ], [ %875, %partial ]
	%919 = phi float [ %426, %loop ], [ %887, %partial ]
	%920 = call float @llvm.nvvm.fmax.f(float %888, float %889)
	%921 = call float @llvm.nvvm.fmax.f(float %892, float %893)
	%922 = call float @llvm.nvvm.fmax.f(float %896, float %897)
	%923 = call float @llvm.nvvm.fmax.f(float %900, float %901)
	%924 = call float @llvm.nvvm.fmax.f(float %904, float %905)
	%925 = call float @llvm.nvvm.fmax.f(float %908, float %909)
	%926 = call float @llvm.nvvm.fmax.f(float %912, float %913)
	%927 = call float @llvm.nvvm.fmax.f(float %916, float %917)
	%928 = call float @llvm.nvvm.fmax.f(float %920, float %921)
	%929 = call float @llvm.nvvm.fmax.f(float %922, float %923)
	%930 = call float @llvm.nvvm.fmax.f(float %924, float %925)
	%931 = call float @llvm.nvvm.fmax.f(float %926, float %927)
	%932 = call float @llvm.nvvm.fmax.f(float %928, float %929)
	%933 = call float @llvm.nvvm.fmax.f(float %930, float %931)
	%934 = call float @llvm.nvvm.fmax.f(float %932, float %933)
	%935 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %934, i32 1, i32 31)
	%936 = call float @llvm.nvvm.fmax.f(float %934, float %935)
	%937 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %936, i32 2, i32 31)
	%938 = call float @llvm.nvvm.fmax.f(float %936, float %937)
	%939 = fmul float %938, 0x3FC7154760000000
	%940 = call float @llvm.nvvm.fmax.f(float %176, float %939)
	%941 = fcmp oeq float %940, 0xFFF0000000000000
	%942 = select i1 %941, float 0.0, float %940
	%943 = fsub float %176, %942
	%944 = call float @llvm.nvvm.ex2.approx.ftz.f(float %943)
	%945 = fneg float %942
	%946 = call float @llvm.fma.f32(float %888, float 0x3FC7154760000000, float %945)
	%947 = call float @llvm.nvvm.ex2.approx.ftz.f(float %946)
	%948 = call float @llvm.fma.f32(float %889, float 0x3FC7154760000000, float %945)
	%949 = call float @llvm.nvvm.ex2.approx.ftz.f(float %948)
	%950 = call float @llvm.fma.f32(float %892, float 0x3FC7154760000000, float %945)
	%951 = call float @llvm.nvvm.ex2.approx.ftz.f(float %950)
	%952 = call float @llvm.fma.f32(float %893, float 0x3FC7154760000000, float %945)
	%953 = call float @llvm.nvvm.ex2.approx.ftz.f(float %952)
	%954 = call float @llvm.fma.f32(float %896, float 0x3FC7154760000000, float %945)
	%955 = call float @llvm.nvvm.ex2.approx.ftz.f(float %954)
	%956 = call float @llvm.fma.f32(float %897, float 0x3FC7154760000000, float %945)
	%957 = call float @llvm.nvvm.ex2.approx.ftz.f(float %956)
	%958 = call float @llvm.fma.f32(float %900, float 0x3FC7154760000000, float %945)
	%959 = call float @llvm.nvvm.ex2.approx.ftz.f(float %958)
	%960 = call float @llvm.fma.f32(float %901, float 0x3FC7154760000000, float %945)
	%961 = call float @llvm.nvvm.ex2.approx.ftz.f(float %960)
	%962 = call float @llvm.fma.f32(float %904, float 0x3FC7154760000000, float %945)
	%963 = call float @llvm.nvvm.ex2.approx.ftz.f(float %962)
	%964 = call float @llvm.fma.f32(float %905, float 0x3FC7154760000000, float %945)
	%965 = call float @llvm.nvvm.ex2.approx.ftz.f(float %964)
	%966 = call float @llvm.fma.f32(float %908, float 0x3FC7154760000000, float %945)
	%967 = call float @llvm.nvvm.ex2.approx.ftz.f(float %966)
	%968 = call float @llvm.fma.f32(float %909, float 0x3FC7154760000000, float %945)
	%969 = call float @llvm.nvvm.ex2.approx.ftz.f(float %968)
	%970 = call float @llvm.fma.f32(float %912, float 0x3FC7154760000000, float %945)
	%971 = call float @llvm.nvvm.ex2.approx.ftz.f(float %970)
	%972 = call float @llvm.fma.f32(float %913, float 0x3FC7154760000000, float %945)
	%973 = call float @llvm.nvvm.ex2.approx.ftz.f(float %972)
	%974 = call float @llvm.fma.f32(float %916, float 0x3FC7154760000000, float %945)
	%975 = call float @llvm.nvvm.ex2.approx.ftz.f(float %974)
	%976 = call float @llvm.fma.f32(float %917, float 0x3FC7154760000000, float %945)
	%977 = call float @llvm.nvvm.ex2.approx.ftz.f(float %976)
	%978 = fadd float %947, %949
	%979 = fadd float %951, %953
	%980 = fadd float %955, %957
	%981 = fadd float %959, %961
	%982 = fadd float %963, %965
	%983 = fadd float %967, %969
	%984 = fadd float %971, %973
	%985 = fadd float %975, %977
	%986 = fadd float %978, %979
	%987 = fadd float %980, %981
	%988 = fadd float %982, %983
	%989 = fadd float %984, %985
	%990 = fadd float %986, %987
	%991 = fadd float %988, %989
	%992 = fadd float %990, %991
	%993 = fmul float %177, %944
	%994 = fadd float %993, %992
	%995 = call float @llvm.nvvm.fmax.f(float %890, float %891)
	%996 = call float @llvm.nvvm.fmax.f(float %894, float %895)
	%997 = call float @llvm.nvvm.fmax.f(float %898, float %899)
	%998 = call float @llvm.nvvm.fmax.f(float %902, float %903)
	%999 = call float @llvm.nvvm.fmax.f(float %906, float %907)
	%1000 = call float @llvm.nvvm.fmax.f(float %910, float %911)
	%1001 = call float @llvm.nvvm.fmax.f(float %914, float %915)
	%1002 = call float @llvm.nvvm.fmax.f(float %918, float %919)
	%1003 = call float @llvm.nvvm.fmax.f(float %995, float %996)
	%1004 = call float @llvm.nvvm.fmax.f(float %997, float %998)
	%1005 = call float @llvm.nvvm.fmax.f(float %999, float %1000)
	%1006 = call float @llvm.nvvm.fmax.f(float %1001, float %1002)
	%1007 = call float @llvm.nvvm.fmax.f(float %1003, float %1004)
	%1008 = call float @llvm.nvvm.fmax.f(float %1005, float %1006)
	%1009 = call float @llvm.nvvm.fmax.f(float %1007, float %1008)
	%1010 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1009, i32 1, i32 31)
	%1011 = call float @llvm.nvvm.fmax.f(float %1009, float %1010)
	%1012 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1011, i32 2, i32 31)
	%1013 = call float @llvm.nvvm.fmax.f(float %1011, float %1012)
	%1014 = fmul float %1013, 0x3FC7154760000000
	%1015 = call float @llvm.nvvm.fmax.f(float %178, float %1014)
	%1016 = fcmp oeq float %1015, 0xFFF0000000000000
	%1017 = select i1 %1016, float 0.0, float %1015
	%1018 = fsub float %178, %1017
	%1019 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1018)
	%1020 = fneg float %1017
	%1021 = call float @llvm.fma.f32(float %890, float 0x3FC7154760000000, float %1020)
	%1022 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1021)
	%1023 = call float @llvm.fma.f32(float %891, float 0x3FC7154760000000, float %1020)
	%1024 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1023)
	%1025 = call float @llvm.fma.f32(float %894, float 0x3FC7154760000000, float %1020)
	%1026 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1025)
	%1027 = call float @llvm.fma.f32(float %895, float 0x3FC7154760000000, float %1020)
	%1028 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1027)
	%1029 = call float @llvm.fma.f32(float %898, float 0x3FC7154760000000, float %1020)
	%1030 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1029)
	%1031 = call float @llvm.fma.f32(float %899, float 0x3FC7154760000000, float %1020)
	%1032 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1031)
	%1033 = call float @llvm.fma.f32(float %902, float 0x3FC7154760000000, float %1020)
	%1034 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1033)
	%1035 = call float @llvm.fma.f32(float %903, float 0x3FC7154760000000, float %1020)
	%1036 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1035)
	%1037 = call float @llvm.fma.f32(float %906, float 0x3FC7154760000000, float %1020)
	%1038 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1037)
	%1039 = call float @llvm.fma.f32(float %907, float 0x3FC7154760000000, float %1020)
	%1040 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1039)
	%1041 = call float @llvm.fma.f32(float %910, float 0x3FC7154760000000, float %1020)
	%1042 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1041)
	%1043 = call float @llvm.fma.f32(float %911, float 0x3FC7154760000000, float %1020)
	%1044 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1043)
	%1045 = call float @llvm.fma.f32(float %914, float 0x3FC7154760000000, float %1020)
	%1046 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1045)
	%1047 = call float @llvm.fma.f32(float %915, float 0x3FC7154760000000, float %1020)
	%1048 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1047)
	%1049 = call float @llvm.fma.f32(float %918, float 0x3FC7154760000000, float %1020)
	%1050 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1049)
	%1051 = call float @llvm.fma.f32(float %919, float 0x3FC7154760000000, float %1020)
	%1052 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1051)
	%1053 = fadd float %1022, %1024
	%1054 = fadd float %1026, %1028
	%1055 = fadd float %1030, %1032
	%1056 = fadd float %1034, %1036
	%1057 = fadd float %1038, %1040
	%1058 = fadd float %1042, %1044
	%1059 = fadd float %1046, %1048
	%1060 = fadd float %1050, %1052
	%1061 = fadd float %1053, %1054
	%1062 = fadd float %1055, %1056
	%1063 = fadd float %1057, %1058
	%1064 = fadd float %1059, %1060
	%1065 = fadd float %1061, %1062
	%1066 = fadd float %1063, %1064
	%1067 = fadd float %1065, %1066
	%1068 = fmul float %179, %1019
	%1069 = fadd float %1068, %1067
	%1070 = add i32 %142, 1
	%1071 = icmp slt i32 %1070, %NK
	%1072 = select i1 %1071, i32 %1070, i32 0
	%1073 = add i32 %30, %1072
	%1074 = sext i32 %1073 to i64
	%1075 = getelementptr i32, i32* %list, i64 %1074
	%1076 = load i32, i32* %1075
	%1077 = select i1 %1071, i32 %1076, i32 -1
	%1078 = icmp sge i32 %1077, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1078, label %prefetch, label %pv

prefetch:
	%1079 = mul i32 %1077, 64
	%1080 = lshr i32 %3, 3
	%1081 = and i32 %3, 7
	%1082 = lshr i32 %1081, 3
	%1083 = mul i32 %1082, u0x2000
	%1084 = and i32 %1081, 7
	%1085 = and i32 %1080, 7
	%1086 = xor i32 %1084, %1085
	%1087 = mul i32 %1080, 128
	%1088 = shl i32 %1086, 4
	%1089 = add i32 %1087, %1088
	%1090 = add i32 %1083, %1089
	%1091 = add i32 %0, %1090
	%1092 = add i32 %1079, %1080
	%1093 = mul i32 %1092, 64
	%1094 = mul i32 %1081, 8
	%1095 = add i32 %1093, %1094
	%1096 = sext i32 %1095 to i64
	%1097 = getelementptr i16, i16* %21, i64 %1096
	%1098 = add i32 %1092, 0
	%1099 = icmp slt i32 %1098, %N
	%1100 = getelementptr i16, i16* %1097, i64 0
	%1101 = select i1 %1099, i16* %1100, i16* %21
	%1102 = add i32 %1091, 0
	%1103 = select i1 %1099, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1102, i16* %1101, i32 %1103)
	%1104 = add i32 %1092, 16
	%1105 = icmp slt i32 %1104, %N
	%1106 = getelementptr i16, i16* %1097, i64 1024
	%1107 = select i1 %1105, i16* %1106, i16* %21
	%1108 = add i32 %1091, 2048
	%1109 = select i1 %1105, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1108, i16* %1107, i32 %1109)
	%1110 = add i32 %1092, 32
	%1111 = icmp slt i32 %1110, %N
	%1112 = getelementptr i16, i16* %1097, i64 2048
	%1113 = select i1 %1111, i16* %1112, i16* %21
	%1114 = add i32 %1091, u0x1000
	%1115 = select i1 %1111, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1114, i16* %1113, i32 %1115)
	%1116 = add i32 %1092, 48
	%1117 = icmp slt i32 %1116, %N
	%1118 = getelementptr i16, i16* %1097, i64 3072
	%1119 = select i1 %1117, i16* %1118, i16* %21
	%1120 = add i32 %1091, 6144
	%1121 = select i1 %1117, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1120, i16* %1119, i32 %1121)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1122 = fmul float %144, %944
	%1123 = fmul float %145, %944
	%1124 = fmul float %146, %1019
	%1125 = fmul float %147, %1019
	%1126 = fmul float %148, %944
	%1127 = fmul float %149, %944
	%1128 = fmul float %150, %1019
	%1129 = fmul float %151, %1019
	%1130 = fmul float %152, %944
	%1131 = fmul float %153, %944
	%1132 = fmul float %154, %1019
	%1133 = fmul float %155, %1019
	%1134 = fmul float %156, %944
	%1135 = fmul float %157, %944
	%1136 = fmul float %158, %1019
	%1137 = fmul float %159, %1019
	%1138 = fmul float %160, %944
	%1139 = fmul float %161, %944
	%1140 = fmul float %162, %1019
	%1141 = fmul float %163, %1019
	%1142 = fmul float %164, %944
	%1143 = fmul float %165, %944
	%1144 = fmul float %166, %1019
	%1145 = fmul float %167, %1019
	%1146 = fmul float %168, %944
	%1147 = fmul float %169, %944
	%1148 = fmul float %170, %1019
	%1149 = fmul float %171, %1019
	%1150 = fmul float %172, %944
	%1151 = fmul float %173, %944
	%1152 = fmul float %174, %1019
	%1153 = fmul float %175, %1019
	%1154 = and i32 %5, 7
	%1155 = lshr i32 %5, 3
	%1156 = and i32 %1155, 1
	%1157 = shl i32 %1156, 3
	%1158 = add i32 %1154, %1157
	%1159 = mul i32 %1158, 128
	%1160 = add i32 %1, %1159
	%1161 = and i32 %5, 7
	%1162 = xor i32 %89, %1161
	%1163 = shl i32 %1162, 4
	%1164 = add i32 %1160, %1163
	%1165 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %949, float %947)
	%1166 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1024, float %1022)
	%1167 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %953, float %951)
	%1168 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1028, float %1026)
	%1169 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %957, float %955)
	%1170 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1032, float %1030)
	%1171 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %961, float %959)
	%1172 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1036, float %1034)
	%1173 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %965, float %963)
	%1174 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1040, float %1038)
	%1175 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %969, float %967)
	%1176 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1044, float %1042)
	%1177 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %973, float %971)
	%1178 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1048, float %1046)
	%1179 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %977, float %975)
	%1180 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1052, float %1050)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1181 = add i32 %1, 0
	%1182 = zext i32 %1181 to i64
	%1183 = lshr i64 %1182, 4
	%1184 = and i64 %1183, u0x3FFF
	%1185 = or i64 %1184, u0x4000004002000000
	%1186 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1122, float %1123, float %1124, float %1125, float %1126, float %1127, float %1128, float %1129, float %1130, float %1131, float %1132, float %1133, float %1134, float %1135, float %1136, float %1137, float %1138, float %1139, float %1140, float %1141, float %1142, float %1143, float %1144, float %1145, float %1146, float %1147, float %1148, float %1149, float %1150, float %1151, float %1152, float %1153, i32 %1165, i32 %1166, i32 %1167, i32 %1168, i64 %1185, i32 1)
	%1187 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 0
	%1188 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 1
	%1189 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 2
	%1190 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 3
	%1191 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 4
	%1192 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 5
	%1193 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 6
	%1194 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 7
	%1195 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 8
	%1196 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 9
	%1197 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 10
	%1198 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 11
	%1199 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 12
	%1200 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 13
	%1201 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 14
	%1202 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 15
	%1203 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 16
	%1204 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 17
	%1205 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 18
	%1206 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 19
	%1207 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 20
	%1208 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 21
	%1209 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 22
	%1210 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 23
	%1211 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 24
	%1212 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 25
	%1213 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 26
	%1214 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 27
	%1215 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 28
	%1216 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 29
	%1217 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 30
	%1218 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1186, 31
	%1219 = add i32 %1, 2048
	%1220 = zext i32 %1219 to i64
	%1221 = lshr i64 %1220, 4
	%1222 = and i64 %1221, u0x3FFF
	%1223 = or i64 %1222, u0x4000004002000000
	%1224 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1187, float %1188, float %1189, float %1190, float %1191, float %1192, float %1193, float %1194, float %1195, float %1196, float %1197, float %1198, float %1199, float %1200, float %1201, float %1202, float %1203, float %1204, float %1205, float %1206, float %1207, float %1208, float %1209, float %1210, float %1211, float %1212, float %1213, float %1214, float %1215, float %1216, float %1217, float %1218, i32 %1169, i32 %1170, i32 %1171, i32 %1172, i64 %1223, i32 1)
	%1225 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 0
	%1226 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 1
	%1227 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 2
	%1228 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 3
	%1229 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 4
	%1230 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 5
	%1231 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 6
	%1232 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 7
	%1233 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 8
	%1234 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 9
	%1235 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 10
	%1236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 11
	%1237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 12
	%1238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 13
	%1239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 14
	%1240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 15
	%1241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 16
	%1242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 17
	%1243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 18
	%1244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 19
	%1245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 20
	%1246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 21
	%1247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 22
	%1248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 23
	%1249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 24
	%1250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 25
	%1251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 26
	%1252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 27
	%1253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 28
	%1254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 29
	%1255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 30
	%1256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1224, 31
	%1257 = add i32 %1, u0x1000
	%1258 = zext i32 %1257 to i64
	%1259 = lshr i64 %1258, 4
	%1260 = and i64 %1259, u0x3FFF
	%1261 = or i64 %1260, u0x4000004002000000
	%1262 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1225, float %1226, float %1227, float %1228, float %1229, float %1230, float %1231, float %1232, float %1233, float %1234, float %1235, float %1236, float %1237, float %1238, float %1239, float %1240, float %1241, float %1242, float %1243, float %1244, float %1245, float %1246, float %1247, float %1248, float %1249, float %1250, float %1251, float %1252, float %1253, float %1254, float %1255, float %1256, i32 %1173, i32 %1174, i32 %1175, i32 %1176, i64 %1261, i32 1)
	%1263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 0
	%1264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 1
	%1265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 2
	%1266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 3
	%1267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 4
	%1268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 5
	%1269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 6
	%1270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 7
	%1271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 8
	%1272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 9
	%1273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 10
	%1274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 11
	%1275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 12
	%1276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 13
	%1277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 14
	%1278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 15
	%1279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 16
	%1280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 17
	%1281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 18
	%1282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 19
	%1283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 20
	%1284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 21
	%1285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 22
	%1286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 23
	%1287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 24
	%1288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 25
	%1289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 26
	%1290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 27
	%1291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 28
	%1292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 29
	%1293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 30
	%1294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1262, 31
	%1295 = add i32 %1, 6144
	%1296 = zext i32 %1295 to i64
	%1297 = lshr i64 %1296, 4
	%1298 = and i64 %1297, u0x3FFF
	%1299 = or i64 %1298, u0x4000004002000000
	%1300 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1263, float %1264, float %1265, float %1266, float %1267, float %1268, float %1269, float %1270, float %1271, float %1272, float %1273, float %1274, float %1275, float %1276, float %1277, float %1278, float %1279, float %1280, float %1281, float %1282, float %1283, float %1284, float %1285, float %1286, float %1287, float %1288, float %1289, float %1290, float %1291, float %1292, float %1293, float %1294, i32 %1177, i32 %1178, i32 %1179, i32 %1180, i64 %1299, i32 1)
	%1301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 0
	%1302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 1
	%1303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 2
	%1304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 3
	%1305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 4
	%1306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 5
	%1307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 6
	%1308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 7
	%1309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 8
	%1310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 9
	%1311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 10
	%1312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 11
	%1313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 12
	%1314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 13
	%1315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 14
	%1316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 15
	%1317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 16
	%1318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 17
	%1319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 18
	%1320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 19
	%1321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 20
	%1322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 21
	%1323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 22
	%1324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 23
	%1325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 24
	%1326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 25
	%1327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 26
	%1328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 27
	%1329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 28
	%1330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 29
	%1331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 30
	%1332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1300, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1333 = call float asm sideeffect "", "=f,0"(float %1301)
	%1334 = call float asm sideeffect "", "=f,0"(float %1302)
	%1335 = call float asm sideeffect "", "=f,0"(float %1303)
	%1336 = call float asm sideeffect "", "=f,0"(float %1304)
	%1337 = call float asm sideeffect "", "=f,0"(float %1305)
	%1338 = call float asm sideeffect "", "=f,0"(float %1306)
	%1339 = call float asm sideeffect "", "=f,0"(float %1307)
	%1340 = call float asm sideeffect "", "=f,0"(float %1308)
	%1341 = call float asm sideeffect "", "=f,0"(float %1309)
	%1342 = call float asm sideeffect "", "=f,0"(float %1310)
	%1343 = call float asm sideeffect "", "=f,0"(float %1311)
	%1344 = call float asm sideeffect "", "=f,0"(float %1312)
	%1345 = call float asm sideeffect "", "=f,0"(float %1313)
	%1346 = call float asm sideeffect "", "=f,0"(float %1314)
	%1347 = call float asm sideeffect "", "=f,0"(float %1315)
	%1348 = call float asm sideeffect "", "=f,0"(float %1316)
	%1349 = call float asm sideeffect "", "=f,0"(float %1317)
	%1350 = call float asm sideeffect "", "=f,0"(float %1318)
	%1351 = call float asm sideeffect "", "=f,0"(float %1319)
	%1352 = call float asm sideeffect "", "=f,0"(float %1320)
	%1353 = call float asm sideeffect "", "=f,0"(float %1321)
	%1354 = call float asm sideeffect "", "=f,0"(float %1322)
	%1355 = call float asm sideeffect "", "=f,0"(float %1323)
	%1356 = call float asm sideeffect "", "=f,0"(float %1324)
	%1357 = call float asm sideeffect "", "=f,0"(float %1325)
	%1358 = call float asm sideeffect "", "=f,0"(float %1326)
	%1359 = call float asm sideeffect "", "=f,0"(float %1327)
	%1360 = call float asm sideeffect "", "=f,0"(float %1328)
	%1361 = call float asm sideeffect "", "=f,0"(float %1329)
	%1362 = call float asm sideeffect "", "=f,0"(float %1330)
	%1363 = call float asm sideeffect "", "=f,0"(float %1331)
	%1364 = call float asm sideeffect "", "=f,0"(float %1332)
	br i1 %1078, label %loop, label %epilogue

store0:
	%1365 = mul i32 %11, %M
	%1366 = add i32 %1365, %486
	%1367 = mul i32 %1366, 64
	%1368 = shl i32 %7, 1
	%1369 = add i32 0, %1368
	%1370 = add i32 %1367, %1369
	%1371 = sext i32 %1370 to i64
	%1372 = getelementptr i16, i16* %out, i64 %1371
	%1373 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %488, float %487)
	%1374 = bitcast i16* %1372 to i32*
	store i32 %1373, i32* %1374
	%1375 = shl i32 %7, 1
	%1376 = add i32 8, %1375
	%1377 = add i32 %1367, %1376
	%1378 = sext i32 %1377 to i64
	%1379 = getelementptr i16, i16* %out, i64 %1378
	%1380 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %490, float %489)
	%1381 = bitcast i16* %1379 to i32*
	store i32 %1380, i32* %1381
	%1382 = shl i32 %7, 1
	%1383 = add i32 16, %1382
	%1384 = add i32 %1367, %1383
	%1385 = sext i32 %1384 to i64
	%1386 = getelementptr i16, i16* %out, i64 %1385
	%1387 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %492, float %491)
	%1388 = bitcast i16* %1386 to i32*
	store i32 %1387, i32* %1388
	%1389 = shl i32 %7, 1
	%1390 = add i32 24, %1389
	%1391 = add i32 %1367, %1390
	%1392 = sext i32 %1391 to i64
	%1393 = getelementptr i16, i16* %out, i64 %1392
	%1394 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %494, float %493)
	%1395 = bitcast i16* %1393 to i32*
	store i32 %1394, i32* %1395
	%1396 = shl i32 %7, 1
	%1397 = add i32 32, %1396
	%1398 = add i32 %1367, %1397
	%1399 = sext i32 %1398 to i64
	%1400 = getelementptr i16, i16* %out, i64 %1399
	%1401 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %496, float %495)
	%1402 = bitcast i16* %1400 to i32*
	store i32 %1401, i32* %1402
	%1403 = shl i32 %7, 1
	%1404 = add i32 40, %1403
	%1405 = add i32 %1367, %1404
	%1406 = sext i32 %1405 to i64
	%1407 = getelementptr i16, i16* %out, i64 %1406
	%1408 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %498, float %497)
	%1409 = bitcast i16* %1407 to i32*
	store i32 %1408, i32* %1409
	%1410 = shl i32 %7, 1
	%1411 = add i32 48, %1410
	%1412 = add i32 %1367, %1411
	%1413 = sext i32 %1412 to i64
	%1414 = getelementptr i16, i16* %out, i64 %1413
	%1415 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %500, float %499)
	%1416 = bitcast i16* %1414 to i32*
	store i32 %1415, i32* %1416
	%1417 = shl i32 %7, 1
	%1418 = add i32 56, %1417
	%1419 = add i32 %1367, %1418
	%1420 = sext i32 %1419 to i64
	%1421 = getelementptr i16, i16* %out, i64 %1420
	%1422 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %502, float %501)
	%1423 = bitcast i16* %1421 to i32*
	store i32 %1422, i32* %1423
	br label %stored0

stored0:
	%1424 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %442, i32 1, i32 31)
	%1425 = fadd float %442, %1424
	%1426 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1425, i32 2, i32 31)
	%1427 = fadd float %1425, %1426
	%1428 = fcmp ogt float %1427, 0.0
	%1429 = fdiv float 1.0, %1427
	%1430 = select i1 %1428, float %1429, float 0.0
	%1431 = mul i32 %4, 16
	%1432 = add i32 %13, %1431
	%1433 = add i32 %6, 8
	%1434 = add i32 %1432, %1433
	%1435 = fmul float %446, %1430
	%1436 = fmul float %447, %1430
	%1437 = fmul float %450, %1430
	%1438 = fmul float %451, %1430
	%1439 = fmul float %454, %1430
	%1440 = fmul float %455, %1430
	%1441 = fmul float %458, %1430
	%1442 = fmul float %459, %1430
	%1443 = fmul float %462, %1430
	%1444 = fmul float %463, %1430
	%1445 = fmul float %466, %1430
	%1446 = fmul float %467, %1430
	%1447 = fmul float %470, %1430
	%1448 = fmul float %471, %1430
	%1449 = fmul float %474, %1430
	%1450 = fmul float %475, %1430
	%1451 = icmp slt i32 %1434, %M
	br i1 %1451, label %store1, label %stored1

store1:
	%1452 = mul i32 %11, %M
	%1453 = add i32 %1452, %1434
	%1454 = mul i32 %1453, 64
	%1455 = shl i32 %7, 1
	%1456 = add i32 0, %1455
	%1457 = add i32 %1454, %1456
	%1458 = sext i32 %1457 to i64
	%1459 = getelementptr i16, i16* %out, i64 %1458
	%1460 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1436, float %1435)
	%1461 = bitcast i16* %1459 to i32*
	store i32 %1460, i32* %1461
	%1462 = shl i32 %7, 1
	%1463 = add i32 8, %1462
	%1464 = add i32 %1454, %1463
	%1465 = sext i32 %1464 to i64
	%1466 = getelementptr i16, i16* %out, i64 %1465
	%1467 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1438, float %1437)
	%1468 = bitcast i16* %1466 to i32*
	store i32 %1467, i32* %1468
	%1469 = shl i32 %7, 1
	%1470 = add i32 16, %1469
	%1471 = add i32 %1454, %1470
	%1472 = sext i32 %1471 to i64
	%1473 = getelementptr i16, i16* %out, i64 %1472
	%1474 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1440, float %1439)
	%1475 = bitcast i16* %1473 to i32*
	store i32 %1474, i32* %1475
	%1476 = shl i32 %7, 1
	%1477 = add i32 24, %1476
	%1478 = add i32 %1454, %1477
	%1479 = sext i32 %1478 to i64
	%1480 = getelementptr i16, i16* %out, i64 %1479
	%1481 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1442, float %1441)
	%1482 = bitcast i16* %1480 to i32*
	store i32 %1481, i32* %1482
	%1483 = shl i32 %7, 1
	%1484 = add i32 32, %1483
	%1485 = add i32 %1454, %1484
	%1486 = sext i32 %1485 to i64
	%1487 = getelementptr i16, i16* %out, i64 %1486
	%1488 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1444, float %1443)
	%1489 = bitcast i16* %1487 to i32*
	store i32 %1488, i32* %1489
	%1490 = shl i32 %7, 1
	%1491 = add i32 40, %1490
	%1492 = add i32 %1454, %1491
	%1493 = sext i32 %1492 to i64
	%1494 = getelementptr i16, i16* %out, i64 %1493
	%1495 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1446, float %1445)
	%1496 = bitcast i16* %1494 to i32*
	store i32 %1495, i32* %1496
	%1497 = shl i32 %7, 1
	%1498 = add i32 48, %1497
	%1499 = add i32 %1454, %1498
	%1500 = sext i32 %1499 to i64
	%1501 = getelementptr i16, i16* %out, i64 %1500
	%1502 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1448, float %1447)
	%1503 = bitcast i16* %1501 to i32*
	store i32 %1502, i32* %1503
	%1504 = shl i32 %7, 1
	%1505 = add i32 56, %1504
	%1506 = add i32 %1454, %1505
	%1507 = sext i32 %1506 to i64
	%1508 = getelementptr i16, i16* %out, i64 %1507
	%1509 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1450, float %1449)
	%1510 = bitcast i16* %1508 to i32*
	store i32 %1509, i32* %1510
	br label %stored1

stored1:
	ret void
}

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32)* @xattn_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @xattn_adstats0, !"maxntidx", i32 256}
!2 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @xattn_adstats0, !"minctasm", i32 2}
!3 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @xattn_admass0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @xattn_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @xattn_attn2, !"minctasm", i32 3}
