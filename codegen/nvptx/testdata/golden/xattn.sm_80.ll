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
@xattn_adstats0_smem = internal addrspace(3) global [24576 x i8] undef, align 1024
@xattn_admass0_rows = internal addrspace(3) global [16 x float] undef, align 16
@xattn_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024

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
	%46 = add i32 %3, 128
	%47 = icmp slt i32 %46, %T
	%48 = add i32 %3, 128
	%49 = select i1 %47, i32 %48, i32 %T
	%50 = add i32 %49, 63
	%51 = sdiv i32 %50, 64
	br label %52

52:
	%53 = phi i32 [ 0, %entry ], [ %1291, %1290 ]
	%54 = phi float [ 0xFFF0000000000000, %entry ], [ %983, %1290 ]
	%55 = phi float [ 0xFFF0000000000000, %entry ], [ %1064, %1290 ]
	%56 = phi float [ 0.0, %entry ], [ %1036, %1290 ]
	%57 = phi float [ 0.0, %entry ], [ %1117, %1290 ]
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
	br i1 %72, label %1292, label %1305

73:
	%74 = phi i32 [ 0, %59 ], [ %514, %108 ]
	%75 = phi float [ 0.0, %59 ], [ %457, %108 ]
	%76 = phi float [ 0.0, %59 ], [ %458, %108 ]
	%77 = phi float [ 0.0, %59 ], [ %459, %108 ]
	%78 = phi float [ 0.0, %59 ], [ %460, %108 ]
	%79 = phi float [ 0.0, %59 ], [ %462, %108 ]
	%80 = phi float [ 0.0, %59 ], [ %463, %108 ]
	%81 = phi float [ 0.0, %59 ], [ %464, %108 ]
	%82 = phi float [ 0.0, %59 ], [ %465, %108 ]
	%83 = phi float [ 0.0, %59 ], [ %473, %108 ]
	%84 = phi float [ 0.0, %59 ], [ %474, %108 ]
	%85 = phi float [ 0.0, %59 ], [ %475, %108 ]
	%86 = phi float [ 0.0, %59 ], [ %476, %108 ]
	%87 = phi float [ 0.0, %59 ], [ %478, %108 ]
	%88 = phi float [ 0.0, %59 ], [ %479, %108 ]
	%89 = phi float [ 0.0, %59 ], [ %480, %108 ]
	%90 = phi float [ 0.0, %59 ], [ %481, %108 ]
	%91 = phi float [ 0.0, %59 ], [ %489, %108 ]
	%92 = phi float [ 0.0, %59 ], [ %490, %108 ]
	%93 = phi float [ 0.0, %59 ], [ %491, %108 ]
	%94 = phi float [ 0.0, %59 ], [ %492, %108 ]
	%95 = phi float [ 0.0, %59 ], [ %494, %108 ]
	%96 = phi float [ 0.0, %59 ], [ %495, %108 ]
	%97 = phi float [ 0.0, %59 ], [ %496, %108 ]
	%98 = phi float [ 0.0, %59 ], [ %497, %108 ]
	%99 = phi float [ 0.0, %59 ], [ %505, %108 ]
	%100 = phi float [ 0.0, %59 ], [ %506, %108 ]
	%101 = phi float [ 0.0, %59 ], [ %507, %108 ]
	%102 = phi float [ 0.0, %59 ], [ %508, %108 ]
	%103 = phi float [ 0.0, %59 ], [ %510, %108 ]
	%104 = phi float [ 0.0, %59 ], [ %511, %108 ]
	%105 = phi float [ 0.0, %59 ], [ %512, %108 ]
	%106 = phi float [ 0.0, %59 ], [ %513, %108 ]
	%107 = icmp slt i32 %74, 8
	br i1 %107, label %108, label %515

108:
	%109 = sub i32 7, %74
	%110 = add i32 %0, 0
	%111 = lshr i32 %110, 3
	%112 = and i32 %110, 7
	%113 = add i32 %3, %111
	%114 = mul i32 %113, 8
	%115 = add i32 %114, %109
	%116 = icmp slt i32 %115, %M
	%117 = select i1 %116, i32 %115, i32 0
	%118 = mul i32 %117, 64
	%119 = mul i32 %112, 8
	%120 = add i32 %118, %119
	%121 = and i32 %111, 7
	%122 = xor i32 %112, %121
	%123 = mul i32 %111, 8
	%124 = add i32 %123, %122
	%125 = shl i32 %124, 4
	%126 = add i32 %19, %125
	%127 = sext i32 %120 to i64
	%128 = getelementptr i16, i16* %12, i64 %127
	%129 = select i1 %116, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %126, i16* %128, i32 %129)
	%130 = add i32 %0, 256
	%131 = lshr i32 %130, 3
	%132 = and i32 %130, 7
	%133 = add i32 %3, %131
	%134 = mul i32 %133, 8
	%135 = add i32 %134, %109
	%136 = icmp slt i32 %135, %M
	%137 = select i1 %136, i32 %135, i32 0
	%138 = mul i32 %137, 64
	%139 = mul i32 %132, 8
	%140 = add i32 %138, %139
	%141 = and i32 %131, 7
	%142 = xor i32 %132, %141
	%143 = mul i32 %131, 8
	%144 = add i32 %143, %142
	%145 = shl i32 %144, 4
	%146 = add i32 %19, %145
	%147 = sext i32 %140 to i64
	%148 = getelementptr i16, i16* %12, i64 %147
	%149 = select i1 %136, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %146, i16* %148, i32 %149)
	%150 = add i32 %0, 512
	%151 = lshr i32 %150, 3
	%152 = and i32 %150, 7
	%153 = add i32 %3, %151
	%154 = mul i32 %153, 8
	%155 = add i32 %154, %109
	%156 = icmp slt i32 %155, %M
	%157 = select i1 %156, i32 %155, i32 0
	%158 = mul i32 %157, 64
	%159 = mul i32 %152, 8
	%160 = add i32 %158, %159
	%161 = and i32 %151, 7
	%162 = xor i32 %152, %161
	%163 = mul i32 %151, 8
	%164 = add i32 %163, %162
	%165 = shl i32 %164, 4
	%166 = add i32 %19, %165
	%167 = sext i32 %160 to i64
	%168 = getelementptr i16, i16* %12, i64 %167
	%169 = select i1 %156, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %166, i16* %168, i32 %169)
	%170 = add i32 %0, 768
	%171 = lshr i32 %170, 3
	%172 = and i32 %170, 7
	%173 = add i32 %3, %171
	%174 = mul i32 %173, 8
	%175 = add i32 %174, %109
	%176 = icmp slt i32 %175, %M
	%177 = select i1 %176, i32 %175, i32 0
	%178 = mul i32 %177, 64
	%179 = mul i32 %172, 8
	%180 = add i32 %178, %179
	%181 = and i32 %171, 7
	%182 = xor i32 %172, %181
	%183 = mul i32 %171, 8
	%184 = add i32 %183, %182
	%185 = shl i32 %184, 4
	%186 = add i32 %19, %185
	%187 = sext i32 %180 to i64
	%188 = getelementptr i16, i16* %12, i64 %187
	%189 = select i1 %176, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %186, i16* %188, i32 %189)
	%190 = add i32 %0, 0
	%191 = lshr i32 %190, 3
	%192 = and i32 %190, 7
	%193 = add i32 %60, %191
	%194 = mul i32 %193, 8
	%195 = add i32 %194, %74
	%196 = icmp slt i32 %195, %N
	%197 = select i1 %196, i32 %195, i32 0
	%198 = mul i32 %197, 64
	%199 = mul i32 %192, 8
	%200 = add i32 %198, %199
	%201 = and i32 %191, 7
	%202 = xor i32 %192, %201
	%203 = mul i32 %191, 8
	%204 = add i32 %203, %202
	%205 = shl i32 %204, 4
	%206 = add i32 %20, %205
	%207 = sext i32 %200 to i64
	%208 = getelementptr i16, i16* %16, i64 %207
	%209 = select i1 %196, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %206, i16* %208, i32 %209)
	%210 = add i32 %0, 256
	%211 = lshr i32 %210, 3
	%212 = and i32 %210, 7
	%213 = add i32 %60, %211
	%214 = mul i32 %213, 8
	%215 = add i32 %214, %74
	%216 = icmp slt i32 %215, %N
	%217 = select i1 %216, i32 %215, i32 0
	%218 = mul i32 %217, 64
	%219 = mul i32 %212, 8
	%220 = add i32 %218, %219
	%221 = and i32 %211, 7
	%222 = xor i32 %212, %221
	%223 = mul i32 %211, 8
	%224 = add i32 %223, %222
	%225 = shl i32 %224, 4
	%226 = add i32 %20, %225
	%227 = sext i32 %220 to i64
	%228 = getelementptr i16, i16* %16, i64 %227
	%229 = select i1 %216, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %226, i16* %228, i32 %229)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%230 = xor i32 %34, 0
	%231 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %230)
	%232 = extractvalue { i32, i32, i32, i32 } %231, 0
	%233 = extractvalue { i32, i32, i32, i32 } %231, 1
	%234 = extractvalue { i32, i32, i32, i32 } %231, 2
	%235 = extractvalue { i32, i32, i32, i32 } %231, 3
	%236 = xor i32 %45, 0
	%237 = add i32 %236, 0
	%238 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %237)
	%239 = extractvalue { i32, i32, i32, i32 } %238, 0
	%240 = extractvalue { i32, i32, i32, i32 } %238, 1
	%241 = extractvalue { i32, i32, i32, i32 } %238, 2
	%242 = extractvalue { i32, i32, i32, i32 } %238, 3
	%243 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %232, i32 %233, i32 %234, i32 %235, i32 %239, i32 %240, float %75, float %76, float %77, float %78)
	%244 = extractvalue { float, float, float, float } %243, 0
	%245 = extractvalue { float, float, float, float } %243, 1
	%246 = extractvalue { float, float, float, float } %243, 2
	%247 = extractvalue { float, float, float, float } %243, 3
	%248 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %232, i32 %233, i32 %234, i32 %235, i32 %241, i32 %242, float %79, float %80, float %81, float %82)
	%249 = extractvalue { float, float, float, float } %248, 0
	%250 = extractvalue { float, float, float, float } %248, 1
	%251 = extractvalue { float, float, float, float } %248, 2
	%252 = extractvalue { float, float, float, float } %248, 3
	%253 = add i32 %236, 2048
	%254 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %253)
	%255 = extractvalue { i32, i32, i32, i32 } %254, 0
	%256 = extractvalue { i32, i32, i32, i32 } %254, 1
	%257 = extractvalue { i32, i32, i32, i32 } %254, 2
	%258 = extractvalue { i32, i32, i32, i32 } %254, 3
	%259 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %232, i32 %233, i32 %234, i32 %235, i32 %255, i32 %256, float %83, float %84, float %85, float %86)
	%260 = extractvalue { float, float, float, float } %259, 0
	%261 = extractvalue { float, float, float, float } %259, 1
	%262 = extractvalue { float, float, float, float } %259, 2
	%263 = extractvalue { float, float, float, float } %259, 3
	%264 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %232, i32 %233, i32 %234, i32 %235, i32 %257, i32 %258, float %87, float %88, float %89, float %90)
	%265 = extractvalue { float, float, float, float } %264, 0
	%266 = extractvalue { float, float, float, float } %264, 1
	%267 = extractvalue { float, float, float, float } %264, 2
	%268 = extractvalue { float, float, float, float } %264, 3
	%269 = add i32 %236, u0x1000
	%270 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %269)
	%271 = extractvalue { i32, i32, i32, i32 } %270, 0
	%272 = extractvalue { i32, i32, i32, i32 } %270, 1
	%273 = extractvalue { i32, i32, i32, i32 } %270, 2
	%274 = extractvalue { i32, i32, i32, i32 } %270, 3
	%275 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %232, i32 %233, i32 %234, i32 %235, i32 %271, i32 %272, float %91, float %92, float %93, float %94)
	%276 = extractvalue { float, float, float, float } %275, 0
	%277 = extractvalue { float, float, float, float } %275, 1
	%278 = extractvalue { float, float, float, float } %275, 2
	%279 = extractvalue { float, float, float, float } %275, 3
	%280 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %232, i32 %233, i32 %234, i32 %235, i32 %273, i32 %274, float %95, float %96, float %97, float %98)
	%281 = extractvalue { float, float, float, float } %280, 0
	%282 = extractvalue { float, float, float, float } %280, 1
	%283 = extractvalue { float, float, float, float } %280, 2
	%284 = extractvalue { float, float, float, float } %280, 3
	%285 = add i32 %236, 6144
	%286 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %285)
	%287 = extractvalue { i32, i32, i32, i32 } %286, 0
	%288 = extractvalue { i32, i32, i32, i32 } %286, 1
	%289 = extractvalue { i32, i32, i32, i32 } %286, 2
	%290 = extractvalue { i32, i32, i32, i32 } %286, 3
	%291 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %232, i32 %233, i32 %234, i32 %235, i32 %287, i32 %288, float %99, float %100, float %101, float %102)
	%292 = extractvalue { float, float, float, float } %291, 0
	%293 = extractvalue { float, float, float, float } %291, 1
	%294 = extractvalue { float, float, float, float } %291, 2
	%295 = extractvalue { float, float, float, float } %291, 3
	%296 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %232, i32 %233, i32 %234, i32 %235, i32 %289, i32 %290, float %103, float %104, float %105, float %106)
	%297 = extractvalue { float, float, float, float } %296, 0
	%298 = extractvalue { float, float, float, float } %296, 1
	%299 = extractvalue { float, float, float, float } %296, 2
	%300 = extractvalue { float, float, float, float } %296, 3
	%301 = xor i32 %34, 32
	%302 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %301)
	%303 = extractvalue { i32, i32, i32, i32 } %302, 0
	%304 = extractvalue { i32, i32, i32, i32 } %302, 1
	%305 = extractvalue { i32, i32, i32, i32 } %302, 2
	%306 = extractvalue { i32, i32, i32, i32 } %302, 3
	%307 = xor i32 %45, 32
	%308 = add i32 %307, 0
	%309 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %308)
	%310 = extractvalue { i32, i32, i32, i32 } %309, 0
	%311 = extractvalue { i32, i32, i32, i32 } %309, 1
	%312 = extractvalue { i32, i32, i32, i32 } %309, 2
	%313 = extractvalue { i32, i32, i32, i32 } %309, 3
	%314 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %303, i32 %304, i32 %305, i32 %306, i32 %310, i32 %311, float %244, float %245, float %246, float %247)
	%315 = extractvalue { float, float, float, float } %314, 0
	%316 = extractvalue { float, float, float, float } %314, 1
	%317 = extractvalue { float, float, float, float } %314, 2
	%318 = extractvalue { float, float, float, float } %314, 3
	%319 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %303, i32 %304, i32 %305, i32 %306, i32 %312, i32 %313, float %249, float %250, float %251, float %252)
	%320 = extractvalue { float, float, float, float } %319, 0
	%321 = extractvalue { float, float, float, float } %319, 1
	%322 = extractvalue { float, float, float, float } %319, 2
	%323 = extractvalue { float, float, float, float } %319, 3
	%324 = add i32 %307, 2048
	%325 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %324)
	%326 = extractvalue { i32, i32, i32, i32 } %325, 0
	%327 = extractvalue { i32, i32, i32, i32 } %325, 1
	%328 = extractvalue { i32, i32, i32, i32 } %325, 2
	%329 = extractvalue { i32, i32, i32, i32 } %325, 3
	%330 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %303, i32 %304, i32 %305, i32 %306, i32 %326, i32 %327, float %260, float %261, float %262, float %263)
	%331 = extractvalue { float, float, float, float } %330, 0
	%332 = extractvalue { float, float, float, float } %330, 1
	%333 = extractvalue { float, float, float, float } %330, 2
	%334 = extractvalue { float, float, float, float } %330, 3
	%335 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %303, i32 %304, i32 %305, i32 %306, i32 %328, i32 %329, float %265, float %266, float %267, float %268)
	%336 = extractvalue { float, float, float, float } %335, 0
	%337 = extractvalue { float, float, float, float } %335, 1
	%338 = extractvalue { float, float, float, float } %335, 2
	%339 = extractvalue { float, float, float, float } %335, 3
	%340 = add i32 %307, u0x1000
	%341 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %340)
	%342 = extractvalue { i32, i32, i32, i32 } %341, 0
	%343 = extractvalue { i32, i32, i32, i32 } %341, 1
	%344 = extractvalue { i32, i32, i32, i32 } %341, 2
	%345 = extractvalue { i32, i32, i32, i32 } %341, 3
	%346 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %303, i32 %304, i32 %305, i32 %306, i32 %342, i32 %343, float %276, float %277, float %278, float %279)
	%347 = extractvalue { float, float, float, float } %346, 0
	%348 = extractvalue { float, float, float, float } %346, 1
	%349 = extractvalue { float, float, float, float } %346, 2
	%350 = extractvalue { float, float, float, float } %346, 3
	%351 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %303, i32 %304, i32 %305, i32 %306, i32 %344, i32 %345, float %281, float %282, float %283, float %284)
	%352 = extractvalue { float, float, float, float } %351, 0
	%353 = extractvalue { float, float, float, float } %351, 1
	%354 = extractvalue { float, float, float, float } %351, 2
	%355 = extractvalue { float, float, float, float } %351, 3
	%356 = add i32 %307, 6144
	%357 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %356)
	%358 = extractvalue { i32, i32, i32, i32 } %357, 0
	%359 = extractvalue { i32, i32, i32, i32 } %357, 1
	%360 = extractvalue { i32, i32, i32, i32 } %357, 2
	%361 = extractvalue { i32, i32, i32, i32 } %357, 3
	%362 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %303, i32 %304, i32 %305, i32 %306, i32 %358, i32 %359, float %292, float %293, float %294, float %295)
	%363 = extractvalue { float, float, float, float } %362, 0
	%364 = extractvalue { float, float, float, float } %362, 1
	%365 = extractvalue { float, float, float, float } %362, 2
	%366 = extractvalue { float, float, float, float } %362, 3
	%367 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %303, i32 %304, i32 %305, i32 %306, i32 %360, i32 %361, float %297, float %298, float %299, float %300)
	%368 = extractvalue { float, float, float, float } %367, 0
	%369 = extractvalue { float, float, float, float } %367, 1
	%370 = extractvalue { float, float, float, float } %367, 2
	%371 = extractvalue { float, float, float, float } %367, 3
	%372 = xor i32 %34, 64
	%373 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %372)
	%374 = extractvalue { i32, i32, i32, i32 } %373, 0
	%375 = extractvalue { i32, i32, i32, i32 } %373, 1
	%376 = extractvalue { i32, i32, i32, i32 } %373, 2
	%377 = extractvalue { i32, i32, i32, i32 } %373, 3
	%378 = xor i32 %45, 64
	%379 = add i32 %378, 0
	%380 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %379)
	%381 = extractvalue { i32, i32, i32, i32 } %380, 0
	%382 = extractvalue { i32, i32, i32, i32 } %380, 1
	%383 = extractvalue { i32, i32, i32, i32 } %380, 2
	%384 = extractvalue { i32, i32, i32, i32 } %380, 3
	%385 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %374, i32 %375, i32 %376, i32 %377, i32 %381, i32 %382, float %315, float %316, float %317, float %318)
	%386 = extractvalue { float, float, float, float } %385, 0
	%387 = extractvalue { float, float, float, float } %385, 1
	%388 = extractvalue { float, float, float, float } %385, 2
	%389 = extractvalue { float, float, float, float } %385, 3
	%390 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %374, i32 %375, i32 %376, i32 %377, i32 %383, i32 %384, float %320, float %321, float %322, float %323)
	%391 = extractvalue { float, float, float, float } %390, 0
	%392 = extractvalue { float, float, float, float } %390, 1
	%393 = extractvalue { float, float, float, float } %390, 2
	%394 = extractvalue { float, float, float, float } %390, 3
	%395 = add i32 %378, 2048
	%396 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %395)
	%397 = extractvalue { i32, i32, i32, i32 } %396, 0
	%398 = extractvalue { i32, i32, i32, i32 } %396, 1
	%399 = extractvalue { i32, i32, i32, i32 } %396, 2
	%400 = extractvalue { i32, i32, i32, i32 } %396, 3
	%401 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %374, i32 %375, i32 %376, i32 %377, i32 %397, i32 %398, float %331, float %332, float %333, float %334)
	%402 = extractvalue { float, float, float, float } %401, 0
	%403 = extractvalue { float, float, float, float } %401, 1
	%404 = extractvalue { float, float, float, float } %401, 2
	%405 = extractvalue { float, float, float, float } %401, 3
	%406 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %374, i32 %375, i32 %376, i32 %377, i32 %399, i32 %400, float %336, float %337, float %338, float %339)
	%407 = extractvalue { float, float, float, float } %406, 0
	%408 = extractvalue { float, float, float, float } %406, 1
	%409 = extractvalue { float, float, float, float } %406, 2
	%410 = extractvalue { float, float, float, float } %406, 3
	%411 = add i32 %378, u0x1000
	%412 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %411)
	%413 = extractvalue { i32, i32, i32, i32 } %412, 0
	%414 = extractvalue { i32, i32, i32, i32 } %412, 1
	%415 = extractvalue { i32, i32, i32, i32 } %412, 2
	%416 = extractvalue { i32, i32, i32, i32 } %412, 3
	%417 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %374, i32 %375, i32 %376, i32 %377, i32 %413, i32 %414, float %347, float %348, float %349, float %350)
	%418 = extractvalue { float, float, float, float } %417, 0
	%419 = extractvalue { float, float, float, float } %417, 1
	%420 = extractvalue { float, float, float, float } %417, 2
	%421 = extractvalue { float, float, float, float } %417, 3
	%422 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %374, i32 %375, i32 %376, i32 %377, i32 %415, i32 %416, float %352, float %353, float %354, float %355)
	%423 = extractvalue { float, float, float, float } %422, 0
	%424 = extractvalue { float, float, float, float } %422, 1
	%425 = extractvalue { float, float, float, float } %422, 2
	%426 = extractvalue { float, float, float, float } %422, 3
	%427 = add i32 %378, 6144
	%428 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %427)
	%429 = extractvalue { i32, i32, i32, i32 } %428, 0
	%430 = extractvalue { i32, i32, i32, i32 } %428, 1
	%431 = extractvalue { i32, i32, i32, i32 } %428, 2
	%432 = extractvalue { i32, i32, i32, i32 } %428, 3
	%433 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %374, i32 %375, i32 %376, i32 %377, i32 %429, i32 %430, float %363, float %364, float %365, float %366)
	%434 = extractvalue { float, float, float, float } %433, 0
	%435 = extractvalue { float, float, float, float } %433, 1
	%436 = extractvalue { float, float, float, float } %433, 2
	%437 = extractvalue { float, float, float, float } %433, 3
	%438 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %374, i32 %375, i32 %376, i32 %377, i32 %431, i32 %432, float %368, float %369, float %370, float %371)
	%439 = extractvalue { float, float, float, float } %438, 0
	%440 = extractvalue { float, float, float, float } %438, 1
	%441 = extractvalue { float, float, float, float } %438, 2
	%442 = extractvalue { float, float, float, float } %438, 3
	%443 = xor i32 %34, 96
	%444 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %443)
	%445 = extractvalue { i32, i32, i32, i32 } %444, 0
	%446 = extractvalue { i32, i32, i32, i32 } %444, 1
	%447 = extractvalue { i32, i32, i32, i32 } %444, 2
	%448 = extractvalue { i32, i32, i32, i32 } %444, 3
	%449 = xor i32 %45, 96
	%450 = add i32 %449, 0
	%451 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %450)
	%452 = extractvalue { i32, i32, i32, i32 } %451, 0
	%453 = extractvalue { i32, i32, i32, i32 } %451, 1
	%454 = extractvalue { i32, i32, i32, i32 } %451, 2
	%455 = extractvalue { i32, i32, i32, i32 } %451, 3
	%456 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %452, i32 %453, float %386, float %387, float %388, float %389)
	%457 = extractvalue { float, float, float, float } %456, 0
	%458 = extractvalue { float, float, float, float } %456, 1
	%459 = extractvalue { float, float, float, float } %456, 2
	%460 = extractvalue { float, float, float, float } %456, 3
	%461 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %454, i32 %455, float %391, float %392, float %393, float %394)
	%462 = extractvalue { float, float, float, float } %461, 0
	%463 = extractvalue { float, float, float, float } %461, 1
	%464 = extractvalue { float, float, float, float } %461, 2
	%465 = extractvalue { float, float, float, float } %461, 3
	%466 = add i32 %449, 2048
	%467 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %466)
	%468 = extractvalue { i32, i32, i32, i32 } %467, 0
	%469 = extractvalue { i32, i32, i32, i32 } %467, 1
	%470 = extractvalue { i32, i32, i32, i32 } %467, 2
	%471 = extractvalue { i32, i32, i32, i32 } %467, 3
	%472 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %468, i32 %469, float %402, float %403, float %404, float %405)
	%473 = extractvalue { float, float, float, float } %472, 0
	%474 = extractvalue { float, float, float, float } %472, 1
	%475 = extractvalue { float, float, float, float } %472, 2
	%476 = extractvalue { float, float, float, float } %472, 3
	%477 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %470, i32 %471, float %407, float %408, float %409, float %410)
	%478 = extractvalue { float, float, float, float } %477, 0
	%479 = extractvalue { float, float, float, float } %477, 1
	%480 = extractvalue { float, float, float, float } %477, 2
	%481 = extractvalue { float, float, float, float } %477, 3
	%482 = add i32 %449, u0x1000
	%483 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %482)
	%484 = extractvalue { i32, i32, i32, i32 } %483, 0
	%485 = extractvalue { i32, i32, i32, i32 } %483, 1
	%486 = extractvalue { i32, i32, i32, i32 } %483, 2
	%487 = extractvalue { i32, i32, i32, i32 } %483, 3
	%488 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %484, i32 %485, float %418, float %419, float %420, float %421)
	%489 = extractvalue { float, float, float, float } %488, 0
	%490 = extractvalue { float, float, float, float } %488, 1
	%491 = extractvalue { float, float, float, float } %488, 2
	%492 = extractvalue { float, float, float, float } %488, 3
	%493 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %486, i32 %487, float %423, float %424, float %425, float %426)
	%494 = extractvalue { float, float, float, float } %493, 0
	%495 = extractvalue { float, float, float, float } %493, 1
	%496 = extractvalue { float, float, float, float } %493, 2
	%497 = extractvalue { float, float, float, float } %493, 3
	%498 = add i32 %449, 6144
	%499 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %498)
	%500 = extractvalue { i32, i32, i32, i32 } %499, 0
	%501 = extractvalue { i32, i32, i32, i32 } %499, 1
	%502 = extractvalue { i32, i32, i32, i32 } %499, 2
	%503 = extractvalue { i32, i32, i32, i32 } %499, 3
	%504 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %500, i32 %501, float %434, float %435, float %436, float %437)
	%505 = extractvalue { float, float, float, float } %504, 0
	%506 = extractvalue { float, float, float, float } %504, 1
	%507 = extractvalue { float, float, float, float } %504, 2
	%508 = extractvalue { float, float, float, float } %504, 3
	%509 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %502, i32 %503, float %439, float %440, float %441, float %442)
	%510 = extractvalue { float, float, float, float } %509, 0
	%511 = extractvalue { float, float, float, float } %509, 1
	%512 = extractvalue { float, float, float, float } %509, 2
	%513 = extractvalue { float, float, float, float } %509, 3
	call void @llvm.nvvm.barrier0()
	%514 = add i32 %74, 1
	br label %73

515:
	%516 = mul i32 %4, 16
	%517 = add i32 %6, 0
	%518 = add i32 %516, %517
	%519 = add i32 %3, %518
	%520 = shl i32 %7, 1
	%521 = add i32 0, %520
	%522 = add i32 %60, %521
	%523 = icmp slt i32 %519, %R
	%524 = icmp slt i32 %522, %T
	%525 = and i1 %523, %524
	%526 = icmp sle i32 %522, %519
	%527 = and i1 %525, %526
	%528 = fmul float %75, 0x3F97154760000000
	%529 = select i1 %527, float %528, float 0xFFF0000000000000
	%530 = mul i32 %4, 16
	%531 = add i32 %6, 0
	%532 = add i32 %530, %531
	%533 = add i32 %3, %532
	%534 = shl i32 %7, 1
	%535 = add i32 1, %534
	%536 = add i32 %60, %535
	%537 = icmp slt i32 %533, %R
	%538 = icmp slt i32 %536, %T
	%539 = and i1 %537, %538
	%540 = icmp sle i32 %536, %533
	%541 = and i1 %539, %540
	%542 = fmul float %76, 0x3F97154760000000
	%543 = select i1 %541, float %542, float 0xFFF0000000000000
	%544 = mul i32 %4, 16
	%545 = add i32 %6, 8
	%546 = add i32 %544, %545
	%547 = add i32 %3, %546
	%548 = shl i32 %7, 1
	%549 = add i32 0, %548
	%550 = add i32 %60, %549
	%551 = icmp slt i32 %547, %R
	%552 = icmp slt i32 %550, %T
	%553 = and i1 %551, %552
	%554 = icmp sle i32 %550, %547
	%555 = and i1 %553, %554
	%556 = fmul float %77, 0x3F97154760000000
	%557 = select i1 %555, float %556, float 0xFFF0000000000000
	%558 = mul i32 %4, 16
	%559 = add i32 %6, 8
	%560 = add i32 %558, %559
	%561 = add i32 %3, %560
	%562 = shl i32 %7, 1
	%563 = add i32 1, %562
	%564 = add i32 %60, %563
	%565 = icmp slt i32 %561, %R
	%566 = icmp slt i32 %564, %T
	%567 = and i1 %565, %566
	%568 = icmp sle i32 %564, %561
	%569 = and i1 %567, %568
	%570 = fmul float %78, 0x3F97154760000000
	%571 = select i1 %569, float %570, float 0xFFF0000000000000
	%572 = mul i32 %4, 16
	%573 = add i32 %6, 0
	%574 = add i32 %572, %573
	%575 = add i32 %3, %574
	%576 = shl i32 %7, 1
	%577 = add i32 8, %576
	%578 = add i32 %60, %577
	%579 = icmp slt i32 %575, %R
	%580 = icmp slt i32 %578, %T
	%581 = and i1 %579, %580
	%582 = icmp sle i32 %578, %575
	%583 = and i1 %581, %582
	%584 = fmul float %79, 0x3F97154760000000
	%585 = select i1 %583, float %584, float 0xFFF0000000000000
	%586 = mul i32 %4, 16
	%587 = add i32 %6, 0
	%588 = add i32 %586, %587
	%589 = add i32 %3, %588
	%590 = shl i32 %7, 1
	%591 = add i32 9, %590
	%592 = add i32 %60, %591
	%593 = icmp slt i32 %589, %R
	%594 = icmp slt i32 %592, %T
	%595 = and i1 %593, %594
	%596 = icmp sle i32 %592, %589
	%597 = and i1 %595, %596
	%598 = fmul float %80, 0x3F97154760000000
	%599 = select i1 %597, float %598, float 0xFFF0000000000000
	%600 = mul i32 %4, 16
	%601 = add i32 %6, 8
	%602 = add i32 %600, %601
	%603 = add i32 %3, %602
	%604 = shl i32 %7, 1
	%605 = add i32 8, %604
	%606 = add i32 %60, %605
	%607 = icmp slt i32 %603, %R
	%608 = icmp slt i32 %606, %T
	%609 = and i1 %607, %608
	%610 = icmp sle i32 %606, %603
	%611 = and i1 %609, %610
	%612 = fmul float %81, 0x3F97154760000000
	%613 = select i1 %611, float %612, float 0xFFF0000000000000
	%614 = mul i32 %4, 16
	%615 = add i32 %6, 8
	%616 = add i32 %614, %615
	%617 = add i32 %3, %616
	%618 = shl i32 %7, 1
	%619 = add i32 9, %618
	%620 = add i32 %60, %619
	%621 = icmp slt i32 %617, %R
	%622 = icmp slt i32 %620, %T
	%623 = and i1 %621, %622
	%624 = icmp sle i32 %620, %617
	%625 = and i1 %623, %624
	%626 = fmul float %82, 0x3F97154760000000
	%627 = select i1 %625, float %626, float 0xFFF0000000000000
	%628 = mul i32 %4, 16
	%629 = add i32 %6, 0
	%630 = add i32 %628, %629
	%631 = add i32 %3, %630
	%632 = shl i32 %7, 1
	%633 = add i32 16, %632
	%634 = add i32 %60, %633
	%635 = icmp slt i32 %631, %R
	%636 = icmp slt i32 %634, %T
	%637 = and i1 %635, %636
	%638 = icmp sle i32 %634, %631
	%639 = and i1 %637, %638
	%640 = fmul float %83, 0x3F97154760000000
	%641 = select i1 %639, float %640, float 0xFFF0000000000000
	%642 = mul i32 %4, 16
	%643 = add i32 %6, 0
	%644 = add i32 %642, %643
	%645 = add i32 %3, %644
	%646 = shl i32 %7, 1
	%647 = add i32 17, %646
	%648 = add i32 %60, %647
	%649 = icmp slt i32 %645, %R
	%650 = icmp slt i32 %648, %T
	%651 = and i1 %649, %650
	%652 = icmp sle i32 %648, %645
	%653 = and i1 %651, %652
	%654 = fmul float %84, 0x3F97154760000000
	%655 = select i1 %653, float %654, float 0xFFF0000000000000
	%656 = mul i32 %4, 16
	%657 = add i32 %6, 8
	%658 = add i32 %656, %657
	%659 = add i32 %3, %658
	%660 = shl i32 %7, 1
	%661 = add i32 16, %660
	%662 = add i32 %60, %661
	%663 = icmp slt i32 %659, %R
	%664 = icmp slt i32 %662, %T
	%665 = and i1 %663, %664
	%666 = icmp sle i32 %662, %659
	%667 = and i1 %665, %666
	%668 = fmul float %85, 0x3F97154760000000
	%669 = select i1 %667, float %668, float 0xFFF0000000000000
	%670 = mul i32 %4, 16
	%671 = add i32 %6, 8
	%672 = add i32 %670, %671
	%673 = add i32 %3, %672
	%674 = shl i32 %7, 1
	%675 = add i32 17, %674
	%676 = add i32 %60, %675
	%677 = icmp slt i32 %673, %R
	%678 = icmp slt i32 %676, %T
	%679 = and i1 %677, %678
	%680 = icmp sle i32 %676, %673
	%681 = and i1 %679, %680
	%682 = fmul float %86, 0x3F97154760000000
	%683 = select i1 %681, float %682, float 0xFFF0000000000000
	%684 = mul i32 %4, 16
	%685 = add i32 %6, 0
	%686 = add i32 %684, %685
	%687 = add i32 %3, %686
	%688 = shl i32 %7, 1
	%689 = add i32 24, %688
	%690 = add i32 %60, %689
	%691 = icmp slt i32 %687, %R
	%692 = icmp slt i32 %690, %T
	%693 = and i1 %691, %692
	%694 = icmp sle i32 %690, %687
	%695 = and i1 %693, %694
	%696 = fmul float %87, 0x3F97154760000000
	%697 = select i1 %695, float %696, float 0xFFF0000000000000
	%698 = mul i32 %4, 16
	%699 = add i32 %6, 0
	%700 = add i32 %698, %699
	%701 = add i32 %3, %700
	%702 = shl i32 %7, 1
	%703 = add i32 25, %702
	%704 = add i32 %60, %703
	%705 = icmp slt i32 %701, %R
	%706 = icmp slt i32 %704, %T
	%707 = and i1 %705, %706
	%708 = icmp sle i32 %704, %701
	%709 = and i1 %707, %708
	%710 = fmul float %88, 0x3F97154760000000
	%711 = select i1 %709, float %710, float 0xFFF0000000000000
	%712 = mul i32 %4, 16
	%713 = add i32 %6, 8
	%714 = add i32 %712, %713
	%715 = add i32 %3, %714
	%716 = shl i32 %7, 1
	%717 = add i32 24, %716
	%718 = add i32 %60, %717
	%719 = icmp slt i32 %715, %R
	%720 = icmp slt i32 %718, %T
	%721 = and i1 %719, %720
	%722 = icmp sle i32 %718, %715
	%723 = and i1 %721, %722
	%724 = fmul float %89, 0x3F97154760000000
	%725 = select i1 %723, float %724, float 0xFFF0000000000000
	%726 = mul i32 %4, 16
	%727 = add i32 %6, 8
	%728 = add i32 %726, %727
	%729 = add i32 %3, %728
	%730 = shl i32 %7, 1
	%731 = add i32 25, %730
	%732 = add i32 %60, %731
	%733 = icmp slt i32 %729, %R
	%734 = icmp slt i32 %732, %T
	%735 = and i1 %733, %734
	%736 = icmp sle i32 %732, %729
	%737 = and i1 %735, %736
	%738 = fmul float %90, 0x3F97154760000000
	%739 = select i1 %737, float %738, float 0xFFF0000000000000
	%740 = mul i32 %4, 16
	%741 = add i32 %6, 0
	%742 = add i32 %740, %741
	%743 = add i32 %3, %742
	%744 = shl i32 %7, 1
	%745 = add i32 32, %744
	%746 = add i32 %60, %745
	%747 = icmp slt i32 %743, %R
	%748 = icmp slt i32 %746, %T
	%749 = and i1 %747, %748
	%750 = icmp sle i32 %746, %743
	%751 = and i1 %749, %750
	%752 = fmul float %91, 0x3F97154760000000
	%753 = select i1 %751, float %752, float 0xFFF0000000000000
	%754 = mul i32 %4, 16
	%755 = add i32 %6, 0
	%756 = add i32 %754, %755
	%757 = add i32 %3, %756
	%758 = shl i32 %7, 1
	%759 = add i32 33, %758
	%760 = add i32 %60, %759
	%761 = icmp slt i32 %757, %R
	%762 = icmp slt i32 %760, %T
	%763 = and i1 %761, %762
	%764 = icmp sle i32 %760, %757
	%765 = and i1 %763, %764
	%766 = fmul float %92, 0x3F97154760000000
	%767 = select i1 %765, float %766, float 0xFFF0000000000000
	%768 = mul i32 %4, 16
	%769 = add i32 %6, 8
	%770 = add i32 %768, %769
	%771 = add i32 %3, %770
	%772 = shl i32 %7, 1
	%773 = add i32 32, %772
	%774 = add i32 %60, %773
	%775 = icmp slt i32 %771, %R
	%776 = icmp slt i32 %774, %T
	%777 = and i1 %775, %776
	%778 = icmp sle i32 %774, %771
	%779 = and i1 %777, %778
	%780 = fmul float %93, 0x3F97154760000000
	%781 = select i1 %779, float %780, float 0xFFF0000000000000
	%782 = mul i32 %4, 16
	%783 = add i32 %6, 8
	%784 = add i32 %782, %783
	%785 = add i32 %3, %784
	%786 = shl i32 %7, 1
	%787 = add i32 33, %786
	%788 = add i32 %60, %787
	%789 = icmp slt i32 %785, %R
	%790 = icmp slt i32 %788, %T
	%791 = and i1 %789, %790
	%792 = icmp sle i32 %788, %785
	%793 = and i1 %791, %792
	%794 = fmul float %94, 0x3F97154760000000
	%795 = select i1 %793, float %794, float 0xFFF0000000000000
	%796 = mul i32 %4, 16
	%797 = add i32 %6, 0
	%798 = add i32 %796, %797
	%799 = add i32 %3, %798
	%800 = shl i32 %7, 1
	%801 = add i32 40, %800
	%802 = add i32 %60, %801
	%803 = icmp slt i32 %799, %R
	%804 = icmp slt i32 %802, %T
	%805 = and i1 %803, %804
	%806 = icmp sle i32 %802, %799
	%807 = and i1 %805, %806
	%808 = fmul float %95, 0x3F97154760000000
	%809 = select i1 %807, float %808, float 0xFFF0000000000000
	%810 = mul i32 %4, 16
	%811 = add i32 %6, 0
	%812 = add i32 %810, %811
	%813 = add i32 %3, %812
	%814 = shl i32 %7, 1
	%815 = add i32 41, %814
	%816 = add i32 %60, %815
	%817 = icmp slt i32 %813, %R
	%818 = icmp slt i32 %816, %T
	%819 = and i1 %817, %818
	%820 = icmp sle i32 %816, %813
	%821 = and i1 %819, %820
	%822 = fmul float %96, 0x3F97154760000000
	%823 = select i1 %821, float %822, float 0xFFF0000000000000
	%824 = mul i32 %4, 16
	%825 = add i32 %6, 8
	%826 = add i32 %824, %825
	%827 = add i32 %3, %826
	%828 = shl i32 %7, 1
	%829 = add i32 40, %828
	%830 = add i32 %60, %829
	%831 = icmp slt i32 %827, %R
	%832 = icmp slt i32 %830, %T
	%833 = and i1 %831, %832
	%834 = icmp sle i32 %830, %827
	%835 = and i1 %833, %834
	%836 = fmul float %97, 0x3F97154760000000
	%837 = select i1 %835, float %836, float 0xFFF0000000000000
	%838 = mul i32 %4, 16
	%839 = add i32 %6, 8
	%840 = add i32 %838, %839
	%841 = add i32 %3, %840
	%842 = shl i32 %7, 1
	%843 = add i32 41, %842
	%844 = add i32 %60, %843
	%845 = icmp slt i32 %841, %R
	%846 = icmp slt i32 %844, %T
	%847 = and i1 %845, %846
	%848 = icmp sle i32 %844, %841
	%849 = and i1 %847, %848
	%850 = fmul float %98, 0x3F97154760000000
	%851 = select i1 %849, float %850, float 0xFFF0000000000000
	%852 = mul i32 %4, 16
	%853 = add i32 %6, 0
	%854 = add i32 %852, %853
	%855 = add i32 %3, %854
	%856 = shl i32 %7, 1
	%857 = add i32 48, %856
	%858 = add i32 %60, %857
	%859 = icmp slt i32 %855, %R
	%860 = icmp slt i32 %858, %T
	%861 = and i1 %859, %860
	%862 = icmp sle i32 %858, %855
	%863 = and i1 %861, %862
	%864 = fmul float %99, 0x3F97154760000000
	%865 = select i1 %863, float %864, float 0xFFF0000000000000
	%866 = mul i32 %4, 16
	%867 = add i32 %6, 0
	%868 = add i32 %866, %867
	%869 = add i32 %3, %868
	%870 = shl i32 %7, 1
	%871 = add i32 49, %870
	%872 = add i32 %60, %871
	%873 = icmp slt i32 %869, %R
	%874 = icmp slt i32 %872, %T
	%875 = and i1 %873, %874
	%876 = icmp sle i32 %872, %869
	%877 = and i1 %875, %876
	%878 = fmul float %100, 0x3F97154760000000
	%879 = select i1 %877, float %878, float 0xFFF0000000000000
	%880 = mul i32 %4, 16
	%881 = add i32 %6, 8
	%882 = add i32 %880, %881
	%883 = add i32 %3, %882
	%884 = shl i32 %7, 1
	%885 = add i32 48, %884
	%886 = add i32 %60, %885
	%887 = icmp slt i32 %883, %R
	%888 = icmp slt i32 %886, %T
	%889 = and i1 %887, %888
	%890 = icmp sle i32 %886, %883
	%891 = and i1 %889, %890
	%892 = fmul float %101, 0x3F97154760000000
	%893 = select i1 %891, float %892, float 0xFFF0000000000000
	%894 = mul i32 %4, 16
	%895 = add i32 %6, 8
	%896 = add i32 %894, %895
	%897 = add i32 %3, %896
	%898 = shl i32 %7, 1
	%899 = add i32 49, %898
	%900 = add i32 %60, %899
	%901 = icmp slt i32 %897, %R
	%902 = icmp slt i32 %900, %T
	%903 = and i1 %901, %902
	%904 = icmp sle i32 %900, %897
	%905 = and i1 %903, %904
	%906 = fmul float %102, 0x3F97154760000000
	%907 = select i1 %905, float %906, float 0xFFF0000000000000
	%908 = mul i32 %4, 16
	%909 = add i32 %6, 0
	%910 = add i32 %908, %909
	%911 = add i32 %3, %910
	%912 = shl i32 %7, 1
	%913 = add i32 56, %912
	%914 = add i32 %60, %913
	%915 = icmp slt i32 %911, %R
	%916 = icmp slt i32 %914, %T
	%917 = and i1 %915, %916
	%918 = icmp sle i32 %914, %911
	%919 = and i1 %917, %918
	%920 = fmul float %103, 0x3F97154760000000
	%921 = select i1 %919, float %920, float 0xFFF0000000000000
	%922 = mul i32 %4, 16
	%923 = add i32 %6, 0
	%924 = add i32 %922, %923
	%925 = add i32 %3, %924
	%926 = shl i32 %7, 1
	%927 = add i32 57, %926
	%928 = add i32 %60, %927
	%929 = icmp slt i32 %925, %R
	%930 = icmp slt i32 %928, %T
	%931 = and i1 %929, %930
	%932 = icmp sle i32 %928, %925
	%933 = and i1 %931, %932
	%934 = fmul float %104, 0x3F97154760000000
	%935 = select i1 %933, float %934, float 0xFFF0000000000000
	%936 = mul i32 %4, 16
	%937 = add i32 %6, 8
	%938 = add i32 %936, %937
	%939 = add i32 %3, %938
	%940 = shl i32 %7, 1
	%941 = add i32 56, %940
	%942 = add i32 %60, %941
	%943 = icmp slt i32 %939, %R
	%944 = icmp slt i32 %942, %T
	%945 = and i1 %943, %944
	%946 = icmp sle i32 %942, %939
	%947 = and i1 %945, %946
	%948 = fmul float %105, 0x3F97154760000000
	%949 = select i1 %947, float %948, float 0xFFF0000000000000
	%950 = mul i32 %4, 16
	%951 = add i32 %6, 8
	%952 = add i32 %950, %951
	%953 = add i32 %3, %952
	%954 = shl i32 %7, 1
	%955 = add i32 57, %954
	%956 = add i32 %60, %955
	%957 = icmp slt i32 %953, %R
	%958 = icmp slt i32 %956, %T
	%959 = and i1 %957, %958
	%960 = icmp sle i32 %956, %953
	%961 = and i1 %959, %960
	%962 = fmul float %106, 0x3F97154760000000
	%963 = select i1 %961, float %962, float 0xFFF0000000000000
	%964 = call float @llvm.nvvm.fmax.f(float %529, float %543)
	%965 = call float @llvm.nvvm.fmax.f(float %585, float %599)
	%966 = call float @llvm.nvvm.fmax.f(float %641, float %655)
	%967 = call float @llvm.nvvm.fmax.f(float %697, float %711)
	%968 = call float @llvm.nvvm.fmax.f(float %753, float %767)
	%969 = call float @llvm.nvvm.fmax.f(float %809, float %823)
	%970 = call float @llvm.nvvm.fmax.f(float %865, float %879)
	%971 = call float @llvm.nvvm.fmax.f(float %921, float %935)
	%972 = call float @llvm.nvvm.fmax.f(float %964, float %965)
	%973 = call float @llvm.nvvm.fmax.f(float %966, float %967)
	%974 = call float @llvm.nvvm.fmax.f(float %968, float %969)
	%975 = call float @llvm.nvvm.fmax.f(float %970, float %971)
	%976 = call float @llvm.nvvm.fmax.f(float %972, float %973)
	%977 = call float @llvm.nvvm.fmax.f(float %974, float %975)
	%978 = call float @llvm.nvvm.fmax.f(float %976, float %977)
	%979 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %978, i32 1, i32 31)
	%980 = call float @llvm.nvvm.fmax.f(float %978, float %979)
	%981 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %980, i32 2, i32 31)
	%982 = call float @llvm.nvvm.fmax.f(float %980, float %981)
	%983 = call float @llvm.nvvm.fmax.f(float %54, float %982)
	%984 = fcmp oeq float %983, 0xFFF0000000000000
	%985 = select i1 %984, float 0.0, float %983
	%986 = fsub float %529, %985
	%987 = call float @llvm.nvvm.ex2.approx.ftz.f(float %986)
	%988 = fsub float %543, %985
	%989 = call float @llvm.nvvm.ex2.approx.ftz.f(float %988)
	%990 = fsub float %585, %985
	%991 = call float @llvm.nvvm.ex2.approx.ftz.f(float %990)
	%992 = fsub float %599, %985
	%993 = call float @llvm.nvvm.ex2.approx.ftz.f(float %992)
	%994 = fsub float %641, %985
	%995 = call float @llvm.nvvm.ex2.approx.ftz.f(float %994)
	%996 = fsub float %655, %985
	%997 = call float @llvm.nvvm.ex2.approx.ftz.f(float %996)
	%998 = fsub float %697, %985
	%999 = call float @llvm.nvvm.ex2.approx.ftz.f(float %998)
	%1000 = fsub float %711, %985
	%1001 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1000)
	%1002 = fsub float %753, %985
	%1003 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1002)
	%1004 = fsub float %767, %985
	%1005 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1004)
	%1006 = fsub float %809, %985
	%1007 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1006)
	%1008 = fsub float %823, %985
	%1009 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1008)
	%1010 = fsub float %865, %985
	%1011 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1010)
	%1012 = fsub float %879, %985
	%1013 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1012)
	%1014 = fsub float %921, %985
	%1015 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1014)
	%1016 = fsub float %935, %985
	%1017 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1016)
	%1018 = fadd float %987, %989
	%1019 = fadd float %991, %993
	%1020 = fadd float %995, %997
	%1021 = fadd float %999, %1001
	%1022 = fadd float %1003, %1005
	%1023 = fadd float %1007, %1009
	%1024 = fadd float %1011, %1013
	%1025 = fadd float %1015, %1017
	%1026 = fadd float %1018, %1019
	%1027 = fadd float %1020, %1021
	%1028 = fadd float %1022, %1023
	%1029 = fadd float %1024, %1025
	%1030 = fadd float %1026, %1027
	%1031 = fadd float %1028, %1029
	%1032 = fadd float %1030, %1031
	%1033 = fsub float %54, %985
	%1034 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1033)
	%1035 = fmul float %56, %1034
	%1036 = fadd float %1035, %1032
	%1037 = fadd float %987, %989
	%1038 = fadd float %991, %993
	%1039 = fadd float %995, %997
	%1040 = fadd float %999, %1001
	%1041 = fadd float %1003, %1005
	%1042 = fadd float %1007, %1009
	%1043 = fadd float %1011, %1013
	%1044 = fadd float %1015, %1017
	%1045 = call float @llvm.nvvm.fmax.f(float %557, float %571)
	%1046 = call float @llvm.nvvm.fmax.f(float %613, float %627)
	%1047 = call float @llvm.nvvm.fmax.f(float %669, float %683)
	%1048 = call float @llvm.nvvm.fmax.f(float %725, float %739)
	%1049 = call float @llvm.nvvm.fmax.f(float %781, float %795)
	%1050 = call float @llvm.nvvm.fmax.f(float %837, float %851)
	%1051 = call float @llvm.nvvm.fmax.f(float %893, float %907)
	%1052 = call float @llvm.nvvm.fmax.f(float %949, float %963)
	%1053 = call float @llvm.nvvm.fmax.f(float %1045, float %1046)
	%1054 = call float @llvm.nvvm.fmax.f(float %1047, float %1048)
	%1055 = call float @llvm.nvvm.fmax.f(float %1049, float %1050)
	%1056 = call float @llvm.nvvm.fmax.f(float %1051, float %1052)
	%1057 = call float @llvm.nvvm.fmax.f(float %1053, float %1054)
	%1058 = call float @llvm.nvvm.fmax.f(float %1055, float %1056)
	%1059 = call float @llvm.nvvm.fmax.f(float %1057, float %1058)
	%1060 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1059, i32 1, i32 31)
	%1061 = call float @llvm.nvvm.fmax.f(float %1059, float %1060)
	%1062 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1061, i32 2, i32 31)
	%1063 = call float @llvm.nvvm.fmax.f(float %1061, float %1062)
	%1064 = call float @llvm.nvvm.fmax.f(float %55, float %1063)
	%1065 = fcmp oeq float %1064, 0xFFF0000000000000
	%1066 = select i1 %1065, float 0.0, float %1064
	%1067 = fsub float %557, %1066
	%1068 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1067)
	%1069 = fsub float %571, %1066
	%1070 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1069)
	%1071 = fsub float %613, %1066
	%1072 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1071)
	%1073 = fsub float %627, %1066
	%1074 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1073)
	%1075 = fsub float %669, %1066
	%1076 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1075)
	%1077 = fsub float %683, %1066
	%1078 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1077)
	%1079 = fsub float %725, %1066
	%1080 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1079)
	%1081 = fsub float %739, %1066
	%1082 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1081)
	%1083 = fsub float %781, %1066
	%1084 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1083)
	%1085 = fsub float %795, %1066
	%1086 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1085)
	%1087 = fsub float %837, %1066
	%1088 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1087)
	%1089 = fsub float %851, %1066
	%1090 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1089)
	%1091 = fsub float %893, %1066
	%1092 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1091)
	%1093 = fsub float %907, %1066
	%1094 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1093)
	%1095 = fsub float %949, %1066
	%1096 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1095)
	%1097 = fsub float %963, %1066
	%1098 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1097)
	%1099 = fadd float %1068, %1070
	%1100 = fadd float %1072, %1074
	%1101 = fadd float %1076, %1078
	%1102 = fadd float %1080, %1082
	%1103 = fadd float %1084, %1086
	%1104 = fadd float %1088, %1090
	%1105 = fadd float %1092, %1094
	%1106 = fadd float %1096, %1098
	%1107 = fadd float %1099, %1100
	%1108 = fadd float %1101, %1102
	%1109 = fadd float %1103, %1104
	%1110 = fadd float %1105, %1106
	%1111 = fadd float %1107, %1108
	%1112 = fadd float %1109, %1110
	%1113 = fadd float %1111, %1112
	%1114 = fsub float %55, %1066
	%1115 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1114)
	%1116 = fmul float %57, %1115
	%1117 = fadd float %1116, %1113
	%1118 = fadd float %1068, %1070
	%1119 = fadd float %1072, %1074
	%1120 = fadd float %1076, %1078
	%1121 = fadd float %1080, %1082
	%1122 = fadd float %1084, %1086
	%1123 = fadd float %1088, %1090
	%1124 = fadd float %1092, %1094
	%1125 = fadd float %1096, %1098
	%1126 = sext i32 %R to i64
	%1127 = mul i32 %4, 16
	%1128 = add i32 %6, 0
	%1129 = add i32 %1127, %1128
	%1130 = add i32 %3, %1129
	%1131 = icmp slt i32 %1130, %R
	%1132 = mul i32 %1, %18
	%1133 = add i32 %1132, %53
	%1134 = sext i32 %1133 to i64
	%1135 = mul i64 %1134, %1126
	%1136 = sext i32 %1130 to i64
	%1137 = add i64 %1135, %1136
	%1138 = icmp eq i32 %7, 0
	%1139 = and i1 %1131, %1138
	br i1 %1139, label %1140, label %1142

1140:
	%1141 = getelementptr float, float* %mx, i64 %1137
	store float %985, float* %1141
	br label %1142

1142:
	%1143 = mul i32 %4, 16
	%1144 = add i32 %6, 8
	%1145 = add i32 %1143, %1144
	%1146 = add i32 %3, %1145
	%1147 = icmp slt i32 %1146, %R
	%1148 = mul i32 %1, %18
	%1149 = add i32 %1148, %53
	%1150 = sext i32 %1149 to i64
	%1151 = mul i64 %1150, %1126
	%1152 = sext i32 %1146 to i64
	%1153 = add i64 %1151, %1152
	%1154 = icmp eq i32 %7, 0
	%1155 = and i1 %1147, %1154
	br i1 %1155, label %1156, label %1158

1156:
	%1157 = getelementptr float, float* %mx, i64 %1153
	store float %1066, float* %1157
	br label %1158

1158:
	%1159 = and i32 %7, 1
	%1160 = icmp ne i32 %1159, 0
	%1161 = select i1 %1160, float %1038, float %1037
	%1162 = select i1 %1160, float %1037, float %1038
	%1163 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1162, i32 1, i32 31)
	%1164 = fadd float %1161, %1163
	%1165 = select i1 %1160, float %1040, float %1039
	%1166 = select i1 %1160, float %1039, float %1040
	%1167 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1166, i32 1, i32 31)
	%1168 = fadd float %1165, %1167
	%1169 = select i1 %1160, float %1042, float %1041
	%1170 = select i1 %1160, float %1041, float %1042
	%1171 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1170, i32 1, i32 31)
	%1172 = fadd float %1169, %1171
	%1173 = select i1 %1160, float %1044, float %1043
	%1174 = select i1 %1160, float %1043, float %1044
	%1175 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1174, i32 1, i32 31)
	%1176 = fadd float %1173, %1175
	%1177 = select i1 %1160, float %1119, float %1118
	%1178 = select i1 %1160, float %1118, float %1119
	%1179 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1178, i32 1, i32 31)
	%1180 = fadd float %1177, %1179
	%1181 = select i1 %1160, float %1121, float %1120
	%1182 = select i1 %1160, float %1120, float %1121
	%1183 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1182, i32 1, i32 31)
	%1184 = fadd float %1181, %1183
	%1185 = select i1 %1160, float %1123, float %1122
	%1186 = select i1 %1160, float %1122, float %1123
	%1187 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1186, i32 1, i32 31)
	%1188 = fadd float %1185, %1187
	%1189 = select i1 %1160, float %1125, float %1124
	%1190 = select i1 %1160, float %1124, float %1125
	%1191 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1190, i32 1, i32 31)
	%1192 = fadd float %1189, %1191
	%1193 = and i32 %7, 2
	%1194 = icmp ne i32 %1193, 0
	%1195 = select i1 %1194, float %1168, float %1164
	%1196 = select i1 %1194, float %1164, float %1168
	%1197 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1196, i32 2, i32 31)
	%1198 = fadd float %1195, %1197
	%1199 = select i1 %1194, float %1176, float %1172
	%1200 = select i1 %1194, float %1172, float %1176
	%1201 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1200, i32 2, i32 31)
	%1202 = fadd float %1199, %1201
	%1203 = select i1 %1194, float %1184, float %1180
	%1204 = select i1 %1194, float %1180, float %1184
	%1205 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1204, i32 2, i32 31)
	%1206 = fadd float %1203, %1205
	%1207 = select i1 %1194, float %1192, float %1188
	%1208 = select i1 %1194, float %1188, float %1192
	%1209 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1208, i32 2, i32 31)
	%1210 = fadd float %1207, %1209
	%1211 = add i32 0, %7
	%1212 = sub i32 %1211, 0
	%1213 = sdiv i32 %60, 8
	%1214 = add i32 %1213, %1212
	%1215 = and i1 true, %1131
	%1216 = icmp slt i32 %1214, %NK
	%1217 = and i1 %1215, %1216
	%1218 = mul i32 %1, %NK
	%1219 = add i32 %1218, %1214
	%1220 = sext i32 %1219 to i64
	%1221 = mul i64 %1220, %1126
	%1222 = mul i32 %4, 16
	%1223 = add i32 %6, 0
	%1224 = add i32 %1222, %1223
	%1225 = add i32 %3, %1224
	%1226 = sext i32 %1225 to i64
	%1227 = add i64 %1221, %1226
	br i1 %1217, label %1228, label %1230

1228:
	%1229 = getelementptr float, float* %part, i64 %1227
	store float %1198, float* %1229
	br label %1230

1230:
	%1231 = add i32 4, %7
	%1232 = sub i32 %1231, 0
	%1233 = sdiv i32 %60, 8
	%1234 = add i32 %1233, %1232
	%1235 = and i1 true, %1131
	%1236 = icmp slt i32 %1234, %NK
	%1237 = and i1 %1235, %1236
	%1238 = mul i32 %1, %NK
	%1239 = add i32 %1238, %1234
	%1240 = sext i32 %1239 to i64
	%1241 = mul i64 %1240, %1126
	%1242 = mul i32 %4, 16
	%1243 = add i32 %6, 0
	%1244 = add i32 %1242, %1243
	%1245 = add i32 %3, %1244
	%1246 = sext i32 %1245 to i64
	%1247 = add i64 %1241, %1246
	br i1 %1237, label %1248, label %1250

1248:
	%1249 = getelementptr float, float* %part, i64 %1247
	store float %1202, float* %1249
	br label %1250

1250:
	%1251 = add i32 8, %7
	%1252 = sub i32 %1251, 8
	%1253 = sdiv i32 %60, 8
	%1254 = add i32 %1253, %1252
	%1255 = and i1 true, %1147
	%1256 = icmp slt i32 %1254, %NK
	%1257 = and i1 %1255, %1256
	%1258 = mul i32 %1, %NK
	%1259 = add i32 %1258, %1254
	%1260 = sext i32 %1259 to i64
	%1261 = mul i64 %1260, %1126
	%1262 = mul i32 %4, 16
	%1263 = add i32 %6, 8
	%1264 = add i32 %1262, %1263
	%1265 = add i32 %3, %1264
	%1266 = sext i32 %1265 to i64
	%1267 = add i64 %1261, %1266
	br i1 %1257, label %1268, label %1270

1268:
	%1269 = getelementptr float, float* %part, i64 %1267
	store float %1206, float* %1269
	br label %1270

1270:
	%1271 = add i32 12, %7
	%1272 = sub i32 %1271, 8
	%1273 = sdiv i32 %60, 8
	%1274 = add i32 %1273, %1272
	%1275 = and i1 true, %1147
	%1276 = icmp slt i32 %1274, %NK
	%1277 = and i1 %1275, %1276
	%1278 = mul i32 %1, %NK
	%1279 = add i32 %1278, %1274
	%1280 = sext i32 %1279 to i64
	%1281 = mul i64 %1280, %1126
	%1282 = mul i32 %4, 16
	%1283 = add i32 %6, 8
	%1284 = add i32 %1282, %1283
	%1285 = add i32 %3, %1284
	%1286 = sext i32 %1285 to i64
	%1287 = add i64 %1281, %1286
	br i1 %1277, label %1288, label %1290

1288:
	%1289 = getelementptr float, float* %part, i64 %1287
	store float %1210, float* %1289
	br label %1290

1290:
	%1291 = add i32 %53, 1
	br label %52

1292:
	%1293 = mul i32 %1, %R
	%1294 = add i32 %1293, %69
	%1295 = mul i32 %1294, 2
	%1296 = add i32 %1295, 0
	%1297 = sext i32 %1296 to i64
	%1298 = getelementptr float, float* %stats, i64 %1297
	store float %54, float* %1298
	%1299 = mul i32 %1, %R
	%1300 = add i32 %1299, %69
	%1301 = mul i32 %1300, 2
	%1302 = add i32 %1301, 1
	%1303 = sext i32 %1302 to i64
	%1304 = getelementptr float, float* %stats, i64 %1303
	store float %65, float* %1304
	br label %1305

1305:
	%1306 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %57, i32 1, i32 31)
	%1307 = fadd float %57, %1306
	%1308 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1307, i32 2, i32 31)
	%1309 = fadd float %1307, %1308
	%1310 = mul i32 %4, 16
	%1311 = add i32 %6, 8
	%1312 = add i32 %1310, %1311
	%1313 = add i32 %3, %1312
	%1314 = icmp slt i32 %1313, %R
	%1315 = icmp eq i32 %7, 0
	%1316 = and i1 %1314, %1315
	br i1 %1316, label %1317, label %1330

1317:
	%1318 = mul i32 %1, %R
	%1319 = add i32 %1318, %1313
	%1320 = mul i32 %1319, 2
	%1321 = add i32 %1320, 0
	%1322 = sext i32 %1321 to i64
	%1323 = getelementptr float, float* %stats, i64 %1322
	store float %55, float* %1323
	%1324 = mul i32 %1, %R
	%1325 = add i32 %1324, %1313
	%1326 = mul i32 %1325, 2
	%1327 = add i32 %1326, 1
	%1328 = sext i32 %1327 to i64
	%1329 = getelementptr float, float* %stats, i64 %1328
	store float %1309, float* %1329
	br label %1330

1330:
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

define ptx_kernel void @xattn_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @xattn_attn2_smem to i32
	%1 = add i32 %0, u0x2000
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
	%95 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %94)
	%96 = extractvalue { i32, i32, i32, i32 } %95, 0
	%97 = extractvalue { i32, i32, i32, i32 } %95, 1
	%98 = extractvalue { i32, i32, i32, i32 } %95, 2
	%99 = extractvalue { i32, i32, i32, i32 } %95, 3
	%100 = xor i32 %93, 32
	%101 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %100)
	%102 = extractvalue { i32, i32, i32, i32 } %101, 0
	%103 = extractvalue { i32, i32, i32, i32 } %101, 1
	%104 = extractvalue { i32, i32, i32, i32 } %101, 2
	%105 = extractvalue { i32, i32, i32, i32 } %101, 3
	%106 = xor i32 %93, 64
	%107 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %106)
	%108 = extractvalue { i32, i32, i32, i32 } %107, 0
	%109 = extractvalue { i32, i32, i32, i32 } %107, 1
	%110 = extractvalue { i32, i32, i32, i32 } %107, 2
	%111 = extractvalue { i32, i32, i32, i32 } %107, 3
	%112 = xor i32 %93, 96
	%113 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %112)
	%114 = extractvalue { i32, i32, i32, i32 } %113, 0
	%115 = extractvalue { i32, i32, i32, i32 } %113, 1
	%116 = extractvalue { i32, i32, i32, i32 } %113, 2
	%117 = extractvalue { i32, i32, i32, i32 } %113, 3
	call void @llvm.nvvm.barrier0()
	%118 = mul i32 %37, 64
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
	%145 = add i32 %127, 32
	%146 = icmp slt i32 %145, %N
	%147 = getelementptr i16, i16* %132, i64 2048
	%148 = select i1 %146, i16* %147, i16* %20
	%149 = add i32 %126, u0x1000
	%150 = select i1 %146, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %149, i16* %148, i32 %150)
	%151 = add i32 %127, 48
	%152 = icmp slt i32 %151, %N
	%153 = getelementptr i16, i16* %132, i64 3072
	%154 = select i1 %152, i16* %153, i16* %20
	%155 = add i32 %126, 6144
	%156 = select i1 %152, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %155, i16* %154, i32 %156)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%157 = phi i32 [ 0, %prologue ], [ %1148, %pv ]
	%158 = phi i32 [ %37, %prologue ], [ %1155, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %1467, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1468, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1469, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1470, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1472, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1473, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1474, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1475, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1484, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1485, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1486, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1487, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1489, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1490, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1491, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1492, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1501, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1502, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1503, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1504, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1506, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1507, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1508, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1509, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1518, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1519, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1520, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1521, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1523, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1524, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1525, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1526, %pv ]
	%191 = phi float [ 0xFFF0000000000000, %prologue ], [ %1018, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1072, %pv ]
	%193 = phi float [ 0xFFF0000000000000, %prologue ], [ %1093, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1147, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%195 = mul i32 %158, 64
	%196 = lshr i32 %2, 3
	%197 = and i32 %2, 7
	%198 = and i32 %196, 7
	%199 = xor i32 %197, %198
	%200 = mul i32 %196, 8
	%201 = add i32 %200, %199
	%202 = shl i32 %201, 4
	%203 = add i32 %1, %202
	%204 = add i32 %195, %196
	%205 = mul i32 %204, 64
	%206 = mul i32 %197, 8
	%207 = add i32 %205, %206
	%208 = sext i32 %207 to i64
	%209 = getelementptr i16, i16* %24, i64 %208
	%210 = add i32 %204, 0
	%211 = icmp slt i32 %210, %N
	%212 = getelementptr i16, i16* %209, i64 0
	%213 = select i1 %211, i16* %212, i16* %24
	%214 = add i32 %203, 0
	%215 = select i1 %211, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %214, i16* %213, i32 %215)
	%216 = add i32 %204, 16
	%217 = icmp slt i32 %216, %N
	%218 = getelementptr i16, i16* %209, i64 1024
	%219 = select i1 %217, i16* %218, i16* %24
	%220 = add i32 %203, 2048
	%221 = select i1 %217, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %220, i16* %219, i32 %221)
	%222 = add i32 %204, 32
	%223 = icmp slt i32 %222, %N
	%224 = getelementptr i16, i16* %209, i64 2048
	%225 = select i1 %223, i16* %224, i16* %24
	%226 = add i32 %203, u0x1000
	%227 = select i1 %223, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %226, i16* %225, i32 %227)
	%228 = add i32 %204, 48
	%229 = icmp slt i32 %228, %N
	%230 = getelementptr i16, i16* %209, i64 3072
	%231 = select i1 %229, i16* %230, i16* %24
	%232 = add i32 %203, 6144
	%233 = select i1 %229, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %232, i16* %231, i32 %233)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%234 = and i32 %4, 7
	%235 = shl i32 %84, 3
	%236 = add i32 %234, %235
	%237 = lshr i32 %4, 3
	%238 = and i32 %237, 1
	%239 = mul i32 %236, 128
	%240 = add i32 %0, %239
	%241 = and i32 %4, 7
	%242 = xor i32 %238, %241
	%243 = shl i32 %242, 4
	%244 = add i32 %240, %243
	%245 = xor i32 %244, 0
	%246 = add i32 %245, 0
	%247 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %246)
	%248 = extractvalue { i32, i32, i32, i32 } %247, 0
	%249 = extractvalue { i32, i32, i32, i32 } %247, 1
	%250 = extractvalue { i32, i32, i32, i32 } %247, 2
	%251 = extractvalue { i32, i32, i32, i32 } %247, 3
	%252 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %248, i32 %249, float 0.0, float 0.0, float 0.0, float 0.0)
	%253 = extractvalue { float, float, float, float } %252, 0
	%254 = extractvalue { float, float, float, float } %252, 1
	%255 = extractvalue { float, float, float, float } %252, 2
	%256 = extractvalue { float, float, float, float } %252, 3
	%257 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %250, i32 %251, float 0.0, float 0.0, float 0.0, float 0.0)
	%258 = extractvalue { float, float, float, float } %257, 0
	%259 = extractvalue { float, float, float, float } %257, 1
	%260 = extractvalue { float, float, float, float } %257, 2
	%261 = extractvalue { float, float, float, float } %257, 3
	%262 = add i32 %245, 2048
	%263 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %262)
	%264 = extractvalue { i32, i32, i32, i32 } %263, 0
	%265 = extractvalue { i32, i32, i32, i32 } %263, 1
	%266 = extractvalue { i32, i32, i32, i32 } %263, 2
	%267 = extractvalue { i32, i32, i32, i32 } %263, 3
	%268 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %264, i32 %265, float 0.0, float 0.0, float 0.0, float 0.0)
	%269 = extractvalue { float, float, float, float } %268, 0
	%270 = extractvalue { float, float, float, float } %268, 1
	%271 = extractvalue { float, float, float, float } %268, 2
	%272 = extractvalue { float, float, float, float } %268, 3
	%273 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %266, i32 %267, float 0.0, float 0.0, float 0.0, float 0.0)
	%274 = extractvalue { float, float, float, float } %273, 0
	%275 = extractvalue { float, float, float, float } %273, 1
	%276 = extractvalue { float, float, float, float } %273, 2
	%277 = extractvalue { float, float, float, float } %273, 3
	%278 = add i32 %245, u0x1000
	%279 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %278)
	%280 = extractvalue { i32, i32, i32, i32 } %279, 0
	%281 = extractvalue { i32, i32, i32, i32 } %279, 1
	%282 = extractvalue { i32, i32, i32, i32 } %279, 2
	%283 = extractvalue { i32, i32, i32, i32 } %279, 3
	%284 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %280, i32 %281, float 0.0, float 0.0, float 0.0, float 0.0)
	%285 = extractvalue { float, float, float, float } %284, 0
	%286 = extractvalue { float, float, float, float } %284, 1
	%287 = extractvalue { float, float, float, float } %284, 2
	%288 = extractvalue { float, float, float, float } %284, 3
	%289 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %282, i32 %283, float 0.0, float 0.0, float 0.0, float 0.0)
	%290 = extractvalue { float, float, float, float } %289, 0
	%291 = extractvalue { float, float, float, float } %289, 1
	%292 = extractvalue { float, float, float, float } %289, 2
	%293 = extractvalue { float, float, float, float } %289, 3
	%294 = add i32 %245, 6144
	%295 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %294)
	%296 = extractvalue { i32, i32, i32, i32 } %295, 0
	%297 = extractvalue { i32, i32, i32, i32 } %295, 1
	%298 = extractvalue { i32, i32, i32, i32 } %295, 2
	%299 = extractvalue { i32, i32, i32, i32 } %295, 3
	%300 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %296, i32 %297, float 0.0, float 0.0, float 0.0, float 0.0)
	%301 = extractvalue { float, float, float, float } %300, 0
	%302 = extractvalue { float, float, float, float } %300, 1
	%303 = extractvalue { float, float, float, float } %300, 2
	%304 = extractvalue { float, float, float, float } %300, 3
	%305 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %298, i32 %299, float 0.0, float 0.0, float 0.0, float 0.0)
	%306 = extractvalue { float, float, float, float } %305, 0
	%307 = extractvalue { float, float, float, float } %305, 1
	%308 = extractvalue { float, float, float, float } %305, 2
	%309 = extractvalue { float, float, float, float } %305, 3
	%310 = xor i32 %244, 32
	%311 = add i32 %310, 0
	%312 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %311)
	%313 = extractvalue { i32, i32, i32, i32 } %312, 0
	%314 = extractvalue { i32, i32, i32, i32 } %312, 1
	%315 = extractvalue { i32, i32, i32, i32 } %312, 2
	%316 = extractvalue { i32, i32, i32, i32 } %312, 3
	%317 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %313, i32 %314, float %253, float %254, float %255, float %256)
	%318 = extractvalue { float, float, float, float } %317, 0
	%319 = extractvalue { float, float, float, float } %317, 1
	%320 = extractvalue { float, float, float, float } %317, 2
	%321 = extractvalue { float, float, float, float } %317, 3
	%322 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %315, i32 %316, float %258, float %259, float %260, float %261)
	%323 = extractvalue { float, float, float, float } %322, 0
	%324 = extractvalue { float, float, float, float } %322, 1
	%325 = extractvalue { float, float, float, float } %322, 2
	%326 = extractvalue { float, float, float, float } %322, 3
	%327 = add i32 %310, 2048
	%328 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %327)
	%329 = extractvalue { i32, i32, i32, i32 } %328, 0
	%330 = extractvalue { i32, i32, i32, i32 } %328, 1
	%331 = extractvalue { i32, i32, i32, i32 } %328, 2
	%332 = extractvalue { i32, i32, i32, i32 } %328, 3
	%333 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %329, i32 %330, float %269, float %270, float %271, float %272)
	%334 = extractvalue { float, float, float, float } %333, 0
	%335 = extractvalue { float, float, float, float } %333, 1
	%336 = extractvalue { float, float, float, float } %333, 2
	%337 = extractvalue { float, float, float, float } %333, 3
	%338 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %331, i32 %332, float %274, float %275, float %276, float %277)
	%339 = extractvalue { float, float, float, float } %338, 0
	%340 = extractvalue { float, float, float, float } %338, 1
	%341 = extractvalue { float, float, float, float } %338, 2
	%342 = extractvalue { float, float, float, float } %338, 3
	%343 = add i32 %310, u0x1000
	%344 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %343)
	%345 = extractvalue { i32, i32, i32, i32 } %344, 0
	%346 = extractvalue { i32, i32, i32, i32 } %344, 1
	%347 = extractvalue { i32, i32, i32, i32 } %344, 2
	%348 = extractvalue { i32, i32, i32, i32 } %344, 3
	%349 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %345, i32 %346, float %285, float %286, float %287, float %288)
	%350 = extractvalue { float, float, float, float } %349, 0
	%351 = extractvalue { float, float, float, float } %349, 1
	%352 = extractvalue { float, float, float, float } %349, 2
	%353 = extractvalue { float, float, float, float } %349, 3
	%354 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %347, i32 %348, float %290, float %291, float %292, float %293)
	%355 = extractvalue { float, float, float, float } %354, 0
	%356 = extractvalue { float, float, float, float } %354, 1
	%357 = extractvalue { float, float, float, float } %354, 2
	%358 = extractvalue { float, float, float, float } %354, 3
	%359 = add i32 %310, 6144
	%360 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %359)
	%361 = extractvalue { i32, i32, i32, i32 } %360, 0
	%362 = extractvalue { i32, i32, i32, i32 } %360, 1
	%363 = extractvalue { i32, i32, i32, i32 } %360, 2
	%364 = extractvalue { i32, i32, i32, i32 } %360, 3
	%365 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %361, i32 %362, float %301, float %302, float %303, float %304)
	%366 = extractvalue { float, float, float, float } %365, 0
	%367 = extractvalue { float, float, float, float } %365, 1
	%368 = extractvalue { float, float, float, float } %365, 2
	%369 = extractvalue { float, float, float, float } %365, 3
	%370 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %363, i32 %364, float %306, float %307, float %308, float %309)
	%371 = extractvalue { float, float, float, float } %370, 0
	%372 = extractvalue { float, float, float, float } %370, 1
	%373 = extractvalue { float, float, float, float } %370, 2
	%374 = extractvalue { float, float, float, float } %370, 3
	%375 = xor i32 %244, 64
	%376 = add i32 %375, 0
	%377 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %376)
	%378 = extractvalue { i32, i32, i32, i32 } %377, 0
	%379 = extractvalue { i32, i32, i32, i32 } %377, 1
	%380 = extractvalue { i32, i32, i32, i32 } %377, 2
	%381 = extractvalue { i32, i32, i32, i32 } %377, 3
	%382 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %378, i32 %379, float %318, float %319, float %320, float %321)
	%383 = extractvalue { float, float, float, float } %382, 0
	%384 = extractvalue { float, float, float, float } %382, 1
	%385 = extractvalue { float, float, float, float } %382, 2
	%386 = extractvalue { float, float, float, float } %382, 3
	%387 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %380, i32 %381, float %323, float %324, float %325, float %326)
	%388 = extractvalue { float, float, float, float } %387, 0
	%389 = extractvalue { float, float, float, float } %387, 1
	%390 = extractvalue { float, float, float, float } %387, 2
	%391 = extractvalue { float, float, float, float } %387, 3
	%392 = add i32 %375, 2048
	%393 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %392)
	%394 = extractvalue { i32, i32, i32, i32 } %393, 0
	%395 = extractvalue { i32, i32, i32, i32 } %393, 1
	%396 = extractvalue { i32, i32, i32, i32 } %393, 2
	%397 = extractvalue { i32, i32, i32, i32 } %393, 3
	%398 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %394, i32 %395, float %334, float %335, float %336, float %337)
	%399 = extractvalue { float, float, float, float } %398, 0
	%400 = extractvalue { float, float, float, float } %398, 1
	%401 = extractvalue { float, float, float, float } %398, 2
	%402 = extractvalue { float, float, float, float } %398, 3
	%403 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %396, i32 %397, float %339, float %340, float %341, float %342)
	%404 = extractvalue { float, float, float, float } %403, 0
	%405 = extractvalue { float, float, float, float } %403, 1
	%406 = extractvalue { float, float, float, float } %403, 2
	%407 = extractvalue { float, float, float, float } %403, 3
	%408 = add i32 %375, u0x1000
	%409 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %408)
	%410 = extractvalue { i32, i32, i32, i32 } %409, 0
	%411 = extractvalue { i32, i32, i32, i32 } %409, 1
	%412 = extractvalue { i32, i32, i32, i32 } %409, 2
	%413 = extractvalue { i32, i32, i32, i32 } %409, 3
	%414 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %410, i32 %411, float %350, float %351, float %352, float %353)
	%415 = extractvalue { float, float, float, float } %414, 0
	%416 = extractvalue { float, float, float, float } %414, 1
	%417 = extractvalue { float, float, float, float } %414, 2
	%418 = extractvalue { float, float, float, float } %414, 3
	%419 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %412, i32 %413, float %355, float %356, float %357, float %358)
	%420 = extractvalue { float, float, float, float } %419, 0
	%421 = extractvalue { float, float, float, float } %419, 1
	%422 = extractvalue { float, float, float, float } %419, 2
	%423 = extractvalue { float, float, float, float } %419, 3
	%424 = add i32 %375, 6144
	%425 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %424)
	%426 = extractvalue { i32, i32, i32, i32 } %425, 0
	%427 = extractvalue { i32, i32, i32, i32 } %425, 1
	%428 = extractvalue { i32, i32, i32, i32 } %425, 2
	%429 = extractvalue { i32, i32, i32, i32 } %425, 3
	%430 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %426, i32 %427, float %366, float %367, float %368, float %369)
	%431 = extractvalue { float, float, float, float } %430, 0
	%432 = extractvalue { float, float, float, float } %430, 1
	%433 = extractvalue { float, float, float, float } %430, 2
	%434 = extractvalue { float, float, float, float } %430, 3
	%435 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %428, i32 %429, float %371, float %372, float %373, float %374)
	%436 = extractvalue { float, float, float, float } %435, 0
	%437 = extractvalue { float, float, float, float } %435, 1
	%438 = extractvalue { float, float, float, float } %435, 2
	%439 = extractvalue { float, float, float, float } %435, 3
	%440 = xor i32 %244, 96
	%441 = add i32 %440, 0
	%442 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %441)
	%443 = extractvalue { i32, i32, i32, i32 } %442, 0
	%444 = extractvalue { i32, i32, i32, i32 } %442, 1
	%445 = extractvalue { i32, i32, i32, i32 } %442, 2
	%446 = extractvalue { i32, i32, i32, i32 } %442, 3
	%447 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %443, i32 %444, float %383, float %384, float %385, float %386)
	%448 = extractvalue { float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float } %447, 3
	%452 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %445, i32 %446, float %388, float %389, float %390, float %391)
	%453 = extractvalue { float, float, float, float } %452, 0
	%454 = extractvalue { float, float, float, float } %452, 1
	%455 = extractvalue { float, float, float, float } %452, 2
	%456 = extractvalue { float, float, float, float } %452, 3
	%457 = add i32 %440, 2048
	%458 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %457)
	%459 = extractvalue { i32, i32, i32, i32 } %458, 0
	%460 = extractvalue { i32, i32, i32, i32 } %458, 1
	%461 = extractvalue { i32, i32, i32, i32 } %458, 2
	%462 = extractvalue { i32, i32, i32, i32 } %458, 3
	%463 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %459, i32 %460, float %399, float %400, float %401, float %402)
	%464 = extractvalue { float, float, float, float } %463, 0
	%465 = extractvalue { float, float, float, float } %463, 1
	%466 = extractvalue { float, float, float, float } %463, 2
	%467 = extractvalue { float, float, float, float } %463, 3
	%468 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %461, i32 %462, float %404, float %405, float %406, float %407)
	%469 = extractvalue { float, float, float, float } %468, 0
	%470 = extractvalue { float, float, float, float } %468, 1
	%471 = extractvalue { float, float, float, float } %468, 2
	%472 = extractvalue { float, float, float, float } %468, 3
	%473 = add i32 %440, u0x1000
	%474 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %473)
	%475 = extractvalue { i32, i32, i32, i32 } %474, 0
	%476 = extractvalue { i32, i32, i32, i32 } %474, 1
	%477 = extractvalue { i32, i32, i32, i32 } %474, 2
	%478 = extractvalue { i32, i32, i32, i32 } %474, 3
	%479 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %475, i32 %476, float %415, float %416, float %417, float %418)
	%480 = extractvalue { float, float, float, float } %479, 0
	%481 = extractvalue { float, float, float, float } %479, 1
	%482 = extractvalue { float, float, float, float } %479, 2
	%483 = extractvalue { float, float, float, float } %479, 3
	%484 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %477, i32 %478, float %420, float %421, float %422, float %423)
	%485 = extractvalue { float, float, float, float } %484, 0
	%486 = extractvalue { float, float, float, float } %484, 1
	%487 = extractvalue { float, float, float, float } %484, 2
	%488 = extractvalue { float, float, float, float } %484, 3
	%489 = add i32 %440, 6144
	%490 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %489)
	%491 = extractvalue { i32, i32, i32, i32 } %490, 0
	%492 = extractvalue { i32, i32, i32, i32 } %490, 1
	%493 = extractvalue { i32, i32, i32, i32 } %490, 2
	%494 = extractvalue { i32, i32, i32, i32 } %490, 3
	%495 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %491, i32 %492, float %431, float %432, float %433, float %434)
	%496 = extractvalue { float, float, float, float } %495, 0
	%497 = extractvalue { float, float, float, float } %495, 1
	%498 = extractvalue { float, float, float, float } %495, 2
	%499 = extractvalue { float, float, float, float } %495, 3
	%500 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %493, i32 %494, float %436, float %437, float %438, float %439)
	%501 = extractvalue { float, float, float, float } %500, 0
	%502 = extractvalue { float, float, float, float } %500, 1
	%503 = extractvalue { float, float, float, float } %500, 2
	%504 = extractvalue { float, float, float, float } %500, 3
	%505 = mul i32 %3, 16
	%506 = add i32 %12, %505
	%507 = add i32 %5, 0
	%508 = add i32 %506, %507
	%509 = mul i32 %3, 16
	%510 = add i32 %12, %509
	%511 = add i32 %5, 8
	%512 = add i32 %510, %511
	%513 = sitofp i32 %10 to float
	%514 = add i32 %33, %158
	%515 = sext i32 %514 to i64
	%516 = getelementptr i8, i8* %cls, i64 %515
	%517 = load i8, i8* %516
	%518 = icmp ne i8 %517, 2
	br i1 %518, label %partial, label %softmax

epilogue:
	%519 = phi float [ 0.0, %entry ], [ %1072, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %1147, %pv ]
	%521 = phi i32 [ 0, %entry ], [ %1148, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1467, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1468, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1469, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1470, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1472, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1473, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1474, %pv ]
	%529 = phi float [ 0.0, %entry ], [ %1475, %pv ]
	%530 = phi float [ 0.0, %entry ], [ %1484, %pv ]
	%531 = phi float [ 0.0, %entry ], [ %1485, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1486, %pv ]
	%533 = phi float [ 0.0, %entry ], [ %1487, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1489, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1490, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1491, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1492, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1501, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1502, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1503, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1504, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1506, %pv ]
	%543 = phi float [ 0.0, %entry ], [ %1507, %pv ]
	%544 = phi float [ 0.0, %entry ], [ %1508, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1509, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1518, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %1519, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1520, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1521, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1523, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1524, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1525, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1526, %pv ]
	%554 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %519, i32 1, i32 31)
	%555 = fadd float %519, %554
	%556 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %555, i32 2, i32 31)
	%557 = fadd float %555, %556
	%558 = fcmp ogt float %557, 0.0
	%559 = fdiv float 1.0, %557
	%560 = select i1 %558, float %559, float 0.0
	%561 = mul i32 %3, 16
	%562 = add i32 %12, %561
	%563 = add i32 %5, 0
	%564 = add i32 %562, %563
	%565 = fmul float %522, %560
	%566 = fmul float %523, %560
	%567 = fmul float %526, %560
	%568 = fmul float %527, %560
	%569 = fmul float %530, %560
	%570 = fmul float %531, %560
	%571 = fmul float %534, %560
	%572 = fmul float %535, %560
	%573 = fmul float %538, %560
	%574 = fmul float %539, %560
	%575 = fmul float %542, %560
	%576 = fmul float %543, %560
	%577 = fmul float %546, %560
	%578 = fmul float %547, %560
	%579 = fmul float %550, %560
	%580 = fmul float %551, %560
	%581 = icmp slt i32 %564, %M
	br i1 %581, label %store0, label %stored0

partial:
	%582 = shl i32 %6, 1
	%583 = add i32 0, %582
	%584 = add i32 %195, %583
	%585 = icmp slt i32 %584, %N
	%586 = select i1 %585, i32 %584, i32 0
	%587 = sitofp i32 %508 to float
	%588 = sitofp i32 %586 to float
	%589 = fcmp ole float %588, %587
	%590 = uitofp i1 %589 to float
	%591 = fcmp une float %590, 0.0
	%592 = and i1 %585, %591
	%593 = select i1 %592, float %448, float 0xFFF0000000000000
	%594 = shl i32 %6, 1
	%595 = add i32 1, %594
	%596 = add i32 %195, %595
	%597 = icmp slt i32 %596, %N
	%598 = select i1 %597, i32 %596, i32 0
	%599 = sitofp i32 %508 to float
	%600 = sitofp i32 %598 to float
	%601 = fcmp ole float %600, %599
	%602 = uitofp i1 %601 to float
	%603 = fcmp une float %602, 0.0
	%604 = and i1 %597, %603
	%605 = select i1 %604, float %449, float 0xFFF0000000000000
	%606 = shl i32 %6, 1
	%607 = add i32 0, %606
	%608 = add i32 %195, %607
	%609 = icmp slt i32 %608, %N
	%610 = select i1 %609, i32 %608, i32 0
	%611 = sitofp i32 %512 to float
	%612 = sitofp i32 %610 to float
	%613 = fcmp ole float %612, %611
	%614 = uitofp i1 %613 to float
	%615 = fcmp une float %614, 0.0
	%616 = and i1 %609, %615
	%617 = select i1 %616, float %450, float 0xFFF0000000000000
	%618 = shl i32 %6, 1
	%619 = add i32 1, %618
	%620 = add i32 %195, %619
	%621 = icmp slt i32 %620, %N
	%622 = select i1 %621, i32 %620, i32 0
	%623 = sitofp i32 %512 to float
	%624 = sitofp i32 %622 to float
	%625 = fcmp ole float %624, %623
	%626 = uitofp i1 %625 to float
	%627 = fcmp une float %626, 0.0
	%628 = and i1 %621, %627
	%629 = select i1 %628, float %451, float 0xFFF0000000000000
	%630 = shl i32 %6, 1
	%631 = add i32 8, %630
	%632 = add i32 %195, %631
	%633 = icmp slt i32 %632, %N
	%634 = select i1 %633, i32 %632, i32 0
	%635 = sitofp i32 %508 to float
	%636 = sitofp i32 %634 to float
	%637 = fcmp ole float %636, %635
	%638 = uitofp i1 %637 to float
	%639 = fcmp une float %638, 0.0
	%640 = and i1 %633, %639
	%641 = select i1 %640, float %453, float 0xFFF0000000000000
	%642 = shl i32 %6, 1
	%643 = add i32 9, %642
	%644 = add i32 %195, %643
	%645 = icmp slt i32 %644, %N
	%646 = select i1 %645, i32 %644, i32 0
	%647 = sitofp i32 %508 to float
	%648 = sitofp i32 %646 to float
	%649 = fcmp ole float %648, %647
	%650 = uitofp i1 %649 to float
	%651 = fcmp une float %650, 0.0
	%652 = and i1 %645, %651
	%653 = select i1 %652, float %454, float 0xFFF0000000000000
	%654 = shl i32 %6, 1
	%655 = add i32 8, %654
	%656 = add i32 %195, %655
	%657 = icmp slt i32 %656, %N
	%658 = select i1 %657, i32 %656, i32 0
	%659 = sitofp i32 %512 to float
	%660 = sitofp i32 %658 to float
	%661 = fcmp ole float %660, %659
	%662 = uitofp i1 %661 to float
	%663 = fcmp une float %662, 0.0
	%664 = and i1 %657, %663
	%665 = select i1 %664, float %455, float 0xFFF0000000000000
	%666 = shl i32 %6, 1
	%667 = add i32 9, %666
	%668 = add i32 %195, %667
	%669 = icmp slt i32 %668, %N
	%670 = select i1 %669, i32 %668, i32 0
	%671 = sitofp i32 %512 to float
	%672 = sitofp i32 %670 to float
	%673 = fcmp ole float %672, %671
	%674 = uitofp i1 %673 to float
	%675 = fcmp une float %674, 0.0
	%676 = and i1 %669, %675
	%677 = select i1 %676, float %456, float 0xFFF0000000000000
	%678 = shl i32 %6, 1
	%679 = add i32 16, %678
	%680 = add i32 %195, %679
	%681 = icmp slt i32 %680, %N
	%682 = select i1 %681, i32 %680, i32 0
	%683 = sitofp i32 %508 to float
	%684 = sitofp i32 %682 to float
	%685 = fcmp ole float %684, %683
	%686 = uitofp i1 %685 to float
	%687 = fcmp une float %686, 0.0
	%688 = and i1 %681, %687
	%689 = select i1 %688, float %464, float 0xFFF0000000000000
	%690 = shl i32 %6, 1
	%691 = add i32 17, %690
	%692 = add i32 %195, %691
	%693 = icmp slt i32 %692, %N
	%694 = select i1 %693, i32 %692, i32 0
	%695 = sitofp i32 %508 to float
	%696 = sitofp i32 %694 to float
	%697 = fcmp ole float %696, %695
	%698 = uitofp i1 %697 to float
	%699 = fcmp une float %698, 0.0
	%700 = and i1 %693, %699
	%701 = select i1 %700, float %465, float 0xFFF0000000000000
	%702 = shl i32 %6, 1
	%703 = add i32 16, %702
	%704 = add i32 %195, %703
	%705 = icmp slt i32 %704, %N
	%706 = select i1 %705, i32 %704, i32 0
	%707 = sitofp i32 %512 to float
	%708 = sitofp i32 %706 to float
	%709 = fcmp ole float %708, %707
	%710 = uitofp i1 %709 to float
	%711 = fcmp une float %710, 0.0
	%712 = and i1 %705, %711
	%713 = select i1 %712, float %466, float 0xFFF0000000000000
	%714 = shl i32 %6, 1
	%715 = add i32 17, %714
	%716 = add i32 %195, %715
	%717 = icmp slt i32 %716, %N
	%718 = select i1 %717, i32 %716, i32 0
	%719 = sitofp i32 %512 to float
	%720 = sitofp i32 %718 to float
	%721 = fcmp ole float %720, %719
	%722 = uitofp i1 %721 to float
	%723 = fcmp une float %722, 0.0
	%724 = and i1 %717, %723
	%725 = select i1 %724, float %467, float 0xFFF0000000000000
	%726 = shl i32 %6, 1
	%727 = add i32 24, %726
	%728 = add i32 %195, %727
	%729 = icmp slt i32 %728, %N
	%730 = select i1 %729, i32 %728, i32 0
	%731 = sitofp i32 %508 to float
	%732 = sitofp i32 %730 to float
	%733 = fcmp ole float %732, %731
	%734 = uitofp i1 %733 to float
	%735 = fcmp une float %734, 0.0
	%736 = and i1 %729, %735
	%737 = select i1 %736, float %469, float 0xFFF0000000000000
	%738 = shl i32 %6, 1
	%739 = add i32 25, %738
	%740 = add i32 %195, %739
	%741 = icmp slt i32 %740, %N
	%742 = select i1 %741, i32 %740, i32 0
	%743 = sitofp i32 %508 to float
	%744 = sitofp i32 %742 to float
	%745 = fcmp ole float %744, %743
	%746 = uitofp i1 %745 to float
	%747 = fcmp une float %746, 0.0
	%748 = and i1 %741, %747
	%749 = select i1 %748, float %470, float 0xFFF0000000000000
	%750 = shl i32 %6, 1
	%751 = add i32 24, %750
	%752 = add i32 %195, %751
	%753 = icmp slt i32 %752, %N
	%754 = select i1 %753, i32 %752, i32 0
	%755 = sitofp i32 %512 to float
	%756 = sitofp i32 %754 to float
	%757 = fcmp ole float %756, %755
	%758 = uitofp i1 %757 to float
	%759 = fcmp une float %758, 0.0
	%760 = and i1 %753, %759
	%761 = select i1 %760, float %471, float 0xFFF0000000000000
	%762 = shl i32 %6, 1
	%763 = add i32 25, %762
	%764 = add i32 %195, %763
	%765 = icmp slt i32 %764, %N
	%766 = select i1 %765, i32 %764, i32 0
	%767 = sitofp i32 %512 to float
	%768 = sitofp i32 %766 to float
	%769 = fcmp ole float %768, %767
	%770 = uitofp i1 %769 to float
	%771 = fcmp une float %770, 0.0
	%772 = and i1 %765, %771
	%773 = select i1 %772, float %472, float 0xFFF0000000000000
	%774 = shl i32 %6, 1
	%775 = add i32 32, %774
	%776 = add i32 %195, %775
	%777 = icmp slt i32 %776, %N
	%778 = select i1 %777, i32 %776, i32 0
	%779 = sitofp i32 %508 to float
	%780 = sitofp i32 %778 to float
	%781 = fcmp ole float %780, %779
	%782 = uitofp i1 %781 to float
	%783 = fcmp une float %782, 0.0
	%784 = and i1 %777, %783
	%785 = select i1 %784, float %480, float 0xFFF0000000000000
	%786 = shl i32 %6, 1
	%787 = add i32 33, %786
	%788 = add i32 %195, %787
	%789 = icmp slt i32 %788, %N
	%790 = select i1 %789, i32 %788, i32 0
	%791 = sitofp i32 %508 to float
	%792 = sitofp i32 %790 to float
	%793 = fcmp ole float %792, %791
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = and i1 %789, %795
	%797 = select i1 %796, float %481, float 0xFFF0000000000000
	%798 = shl i32 %6, 1
	%799 = add i32 32, %798
	%800 = add i32 %195, %799
	%801 = icmp slt i32 %800, %N
	%802 = select i1 %801, i32 %800, i32 0
	%803 = sitofp i32 %512 to float
	%804 = sitofp i32 %802 to float
	%805 = fcmp ole float %804, %803
	%806 = uitofp i1 %805 to float
	%807 = fcmp une float %806, 0.0
	%808 = and i1 %801, %807
	%809 = select i1 %808, float %482, float 0xFFF0000000000000
	%810 = shl i32 %6, 1
	%811 = add i32 33, %810
	%812 = add i32 %195, %811
	%813 = icmp slt i32 %812, %N
	%814 = select i1 %813, i32 %812, i32 0
	%815 = sitofp i32 %512 to float
	%816 = sitofp i32 %814 to float
	%817 = fcmp ole float %816, %815
	%818 = uitofp i1 %817 to float
	%819 = fcmp une float %818, 0.0
	%820 = and i1 %813, %819
	%821 = select i1 %820, float %483, float 0xFFF0000000000000
	%822 = shl i32 %6, 1
	%823 = add i32 40, %822
	%824 = add i32 %195, %823
	%825 = icmp slt i32 %824, %N
	%826 = select i1 %825, i32 %824, i32 0
	%827 = sitofp i32 %508 to float
	%828 = sitofp i32 %826 to float
	%829 = fcmp ole float %828, %827
	%830 = uitofp i1 %829 to float
	%831 = fcmp une float %830, 0.0
	%832 = and i1 %825, %831
	%833 = select i1 %832, float %485, float 0xFFF0000000000000
	%834 = shl i32 %6, 1
	%835 = add i32 41, %834
	%836 = add i32 %195, %835
	%837 = icmp slt i32 %836, %N
	%838 = select i1 %837, i32 %836, i32 0
	%839 = sitofp i32 %508 to float
	%840 = sitofp i32 %838 to float
	%841 = fcmp ole float %840, %839
	%842 = uitofp i1 %841 to float
	%843 = fcmp une float %842, 0.0
	%844 = and i1 %837, %843
	%845 = select i1 %844, float %486, float 0xFFF0000000000000
	%846 = shl i32 %6, 1
	%847 = add i32 40, %846
	%848 = add i32 %195, %847
	%849 = icmp slt i32 %848, %N
	%850 = select i1 %849, i32 %848, i32 0
	%851 = sitofp i32 %512 to float
	%852 = sitofp i32 %850 to float
	%853 = fcmp ole float %852, %851
	%854 = uitofp i1 %853 to float
	%855 = fcmp une float %854, 0.0
	%856 = and i1 %849, %855
	%857 = select i1 %856, float %487, float 0xFFF0000000000000
	%858 = shl i32 %6, 1
	%859 = add i32 41, %858
	%860 = add i32 %195, %859
	%861 = icmp slt i32 %860, %N
	%862 = select i1 %861, i32 %860, i32 0
	%863 = sitofp i32 %512 to float
	%864 = sitofp i32 %862 to float
	%865 = fcmp ole float %864, %863
	%866 = uitofp i1 %865 to float
	%867 = fcmp une float %866, 0.0
	%868 = and i1 %861, %867
	%869 = select i1 %868, float %488, float 0xFFF0000000000000
	%870 = shl i32 %6, 1
	%871 = add i32 48, %870
	%872 = add i32 %195, %871
	%873 = icmp slt i32 %872, %N
	%874 = select i1 %873, i32 %872, i32 0
	%875 = sitofp i32 %508 to float
	%876 = sitofp i32 %874 to float
	%877 = fcmp ole float %876, %875
	%878 = uitofp i1 %877 to float
	%879 = fcmp une float %878, 0.0
	%880 = and i1 %873, %879
	%881 = select i1 %880, float %496, float 0xFFF0000000000000
	%882 = shl i32 %6, 1
	%883 = add i32 49, %882
	%884 = add i32 %195, %883
	%885 = icmp slt i32 %884, %N
	%886 = select i1 %885, i32 %884, i32 0
	%887 = sitofp i32 %508 to float
	%888 = sitofp i32 %886 to float
	%889 = fcmp ole float %888, %887
	%890 = uitofp i1 %889 to float
	%891 = fcmp une float %890, 0.0
	%892 = and i1 %885, %891
	%893 = select i1 %892, float %497, float 0xFFF0000000000000
	%894 = shl i32 %6, 1
	%895 = add i32 48, %894
	%896 = add i32 %195, %895
	%897 = icmp slt i32 %896, %N
	%898 = select i1 %897, i32 %896, i32 0
	%899 = sitofp i32 %512 to float
	%900 = sitofp i32 %898 to float
	%901 = fcmp ole float %900, %899
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = and i1 %897, %903
	%905 = select i1 %904, float %498, float 0xFFF0000000000000
	%906 = shl i32 %6, 1
	%907 = add i32 49, %906
	%908 = add i32 %195, %907
	%909 = icmp slt i32 %908, %N
	%910 = select i1 %909, i32 %908, i32 0
	%911 = sitofp i32 %512 to float
	%912 = sitofp i32 %910 to float
	%913 = fcmp ole float %912, %911
	%914 = uitofp i1 %913 to float
	%915 = fcmp une float %914, 0.0
	%916 = and i1 %909, %915
	%917 = select i1 %916, float %499, float 0xFFF0000000000000
	%918 = shl i32 %6, 1
	%919 = add i32 56, %918
	%920 = add i32 %195, %919
	%921 = icmp slt i32 %920, %N
	%922 = select i1 %921, i32 %920, i32 0
	%923 = sitofp i32 %508 to float
	%924 = sitofp i32 %922 to float
	%925 = fcmp ole float %924, %923
	%926 = uitofp i1 %925 to float
	%927 = fcmp une float %926, 0.0
	%928 = and i1 %921, %927
	%929 = select i1 %928, float %501, float 0xFFF0000000000000
	%930 = shl i32 %6, 1
	%931 = add i32 57, %930
	%932 = add i32 %195, %931
	%933 = icmp slt i32 %932, %N
	%934 = select i1 %933, i32 %932, i32 0
	%935 = sitofp i32 %508 to float
	%936 = sitofp i32 %934 to float
	%937 = fcmp ole float %936, %935
	%938 = uitofp i1 %937 to float
	%939 = fcmp une float %938, 0.0
	%940 = and i1 %933, %939
	%941 = select i1 %940, float %502, float 0xFFF0000000000000
	%942 = shl i32 %6, 1
	%943 = add i32 56, %942
	%944 = add i32 %195, %943
	%945 = icmp slt i32 %944, %N
	%946 = select i1 %945, i32 %944, i32 0
	%947 = sitofp i32 %512 to float
	%948 = sitofp i32 %946 to float
	%949 = fcmp ole float %948, %947
	%950 = uitofp i1 %949 to float
	%951 = fcmp une float %950, 0.0
	%952 = and i1 %945, %951
	%953 = select i1 %952, float %503, float 0xFFF0000000000000
	%954 = shl i32 %6, 1
	%955 = add i32 57, %954
	%956 = add i32 %195, %955
	%957 = icmp slt i32 %956, %N
	%958 = select i1 %957, i32 %956, i32 0
	%959 = sitofp i32 %512 to float
	%960 = sitofp i32 %958 to float
	%961 = fcmp ole float %960, %959
	%962 = uitofp i1 %961 to float
	%963 = fcmp une float %962, 0.0
	%964 = and i1 %957, %963
	%965 = select i1 %964, float %504, float 0xFFF0000000000000
	br label %softmax

softmax:
	%966 = phi float [ %448, %loop ], [ %593, %partial ]
	%967 = phi float [ %449, %loop ], [ %605, %partial ]
	%968 = phi float [ %450, %loop ], [ %617, %partial ]
	%969 = phi float [ %451, %loop ], [ %629, %partial ]
	%970 = phi float [ %453, %loop ], [ %641, %partial ]
	%971 = phi float [ %454, %loop ], [ %653, %partial ]
	%972 = phi float [ %455, %loop ], [ %665, %partial ]
	%973 = phi float [ %456, %loop ], [ %677, %partial ]
	%974 = phi float [ %464, %loop ], [ %689, %partial ]
	%975 = phi float [ %465, %loop ], [ %701, %partial ]
	%976 = phi float [ %466, %loop ], [ %713, %partial ]
	%977 = phi float [ %467, %loop ], [ %725, %partial ]
	%978 = phi float [ %469, %loop ], [ %737, %partial ]
	%979 = phi float [ %470, %loop ], [ %749, %partial ]
	%980 = phi float [ %471, %loop ], [ %761, %partial ]
	%981 = phi float [ %472, %loop ], [ %773, %partial ]
	%982 = phi float [ %480, %loop ], [ %785, %partial ]
	%983 = phi float [ %481, %loop ], [ %797, %partial ]
	%984 = phi float [ %482, %loop ], [ %809, %partial ]
	%985 = phi float [ %483, %loop ], [ %821, %partial ]
	%986 = phi float [ %485, %loop ], [ %833, %partial ]
	%987 = phi float [ %486, %loop ], [ %845, %partial ]
	%988 = phi float [ %487, %loop ], [ %857, %partial ]
	%989 = phi float [ %488, %loop ], [ %869, %partial ]
	%990 = phi float [ %496, %loop ], [ %881, %partial ]
	%991 = phi float [ %497, %loop ], [ %893, %partial ]
	%992 = phi float [ %498, %loop ], [ %905, %partial ]
	%993 = phi float [ %499, %loop ], [ %917, %partial ]
	%994 = phi float [ %501, %loop ], [ %929, %partial ]
	%995 = phi float [ %502, %loop ], [ %941, %partial ]
	%996 = phi float [ %503, %loop ], [ %953, %partial ]
	%997 = phi float [ %504, %loop ], [ %965, %partial ]
	%998 = call float @llvm.nvvm.fmax.f(float %966, float %967)
	%999 = call float @llvm.nvvm.fmax.f(float %970, float %971)
	%1000 = call float @llvm.nvvm.fmax.f(float %974, float %975)
	%1001 = call float @llvm.nvvm.fmax.f(float %978, float %979)
	%1002 = call float @llvm.nvvm.fmax.f(float %982, float %983)
	%1003 = call float @llvm.nvvm.fmax.f(float %986, float %987)
	%1004 = call float @llvm.nvvm.fmax.f(float %990, float %991)
	%1005 = call float @llvm.nvvm.fmax.f(float %994, float %995)
	%1006 = call float @llvm.nvvm.fmax.f(float %998, float %999)
	%1007 = call float @llvm.nvvm.fmax.f(float %1000, float %1001)
	%1008 = call float @llvm.nvvm.fmax.f(float %1002, float %1003)
	%1009 = call float @llvm.nvvm.fmax.f(float %1004, float %1005)
	%1010 = call float @llvm.nvvm.fmax.f(float %1006, float %1007)
	%1011 = call float @llvm.nvvm.fmax.f(float %1008, float %1009)
	%1012 = call float @llvm.nvvm.fmax.f(float %1010, float %1011)
	%1013 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1012, i32 1, i32 31)
	%1014 = call float @llvm.nvvm.fmax.f(float %1012, float %1013)
	%1015 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1014, i32 2, i32 31)
	%1016 = call float @llvm.nvvm.fmax.f(float %1014, float %1015)
	%1017 = fmul float %1016, 0x3FC7154760000000
	%1018 = call float @llvm.nvvm.fmax.f(float %191, float %1017)
	%1019 = fcmp oeq float %1018, 0xFFF0000000000000
	%1020 = select i1 %1019, float 0.0, float %1018
	%1021 = fsub float %191, %1020
	%1022 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1021)
	%1023 = fneg float %1020
	%1024 = call float @llvm.fma.f32(float %966, float 0x3FC7154760000000, float %1023)
	%1025 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1024)
	%1026 = call float @llvm.fma.f32(float %967, float 0x3FC7154760000000, float %1023)
	%1027 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1026)
	%1028 = call float @llvm.fma.f32(float %970, float 0x3FC7154760000000, float %1023)
	%1029 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1028)
	%1030 = call float @llvm.fma.f32(float %971, float 0x3FC7154760000000, float %1023)
	%1031 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1030)
	%1032 = call float @llvm.fma.f32(float %974, float 0x3FC7154760000000, float %1023)
	%1033 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1032)
	%1034 = call float @llvm.fma.f32(float %975, float 0x3FC7154760000000, float %1023)
	%1035 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1034)
	%1036 = call float @llvm.fma.f32(float %978, float 0x3FC7154760000000, float %1023)
	%1037 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1036)
	%1038 = call float @llvm.fma.f32(float %979, float 0x3FC7154760000000, float %1023)
	%1039 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1038)
	%1040 = call float @llvm.fma.f32(float %982, float 0x3FC7154760000000, float %1023)
	%1041 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1040)
	%1042 = call float @llvm.fma.f32(float %983, float 0x3FC7154760000000, float %1023)
	%1043 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1042)
	%1044 = call float @llvm.fma.f32(float %986, float 0x3FC7154760000000, float %1023)
	%1045 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1044)
	%1046 = call float @llvm.fma.f32(float %987, float 0x3FC7154760000000, float %1023)
	%1047 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1046)
	%1048 = call float @llvm.fma.f32(float %990, float 0x3FC7154760000000, float %1023)
	%1049 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1048)
	%1050 = call float @llvm.fma.f32(float %991, float 0x3FC7154760000000, float %1023)
	%1051 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1050)
	%1052 = call float @llvm.fma.f32(float %994, float 0x3FC7154760000000, float %1023)
	%1053 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1052)
	%1054 = call float @llvm.fma.f32(float %995, float 0x3FC7154760000000, float %1023)
	%1055 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1054)
	%1056 = fadd float %1025, %1027
	%1057 = fadd float %1029, %1031
	%1058 = fadd float %1033, %1035
	%1059 = fadd float %1037, %1039
	%1060 = fadd float %1041, %1043
	%1061 = fadd float %1045, %1047
	%1062 = fadd float %1049, %1051
	%1063 = fadd float %1053, %1055
	%1064 = fadd float %1056, %1057
	%1065 = fadd float %1058, %1059
	%1066 = fadd float %1060, %1061
	%1067 = fadd float %1062, %1063
	%1068 = fadd float %1064, %1065
	%1069 = fadd float %1066, %1067
	%1070 = fadd float %1068, %1069
	%1071 = fmul float %192, %1022
	%1072 = fadd float %1071, %1070
	%1073 = call float @llvm.nvvm.fmax.f(float %968, float %969)
	%1074 = call float @llvm.nvvm.fmax.f(float %972, float %973)
	%1075 = call float @llvm.nvvm.fmax.f(float %976, float %977)
	%1076 = call float @llvm.nvvm.fmax.f(float %980, float %981)
	%1077 = call float @llvm.nvvm.fmax.f(float %984, float %985)
	%1078 = call float @llvm.nvvm.fmax.f(float %988, float %989)
	%1079 = call float @llvm.nvvm.fmax.f(float %992, float %993)
	%1080 = call float @llvm.nvvm.fmax.f(float %996, float %997)
	%1081 = call float @llvm.nvvm.fmax.f(float %1073, float %1074)
	%1082 = call float @llvm.nvvm.fmax.f(float %1075, float %1076)
	%1083 = call float @llvm.nvvm.fmax.f(float %1077, float %1078)
	%1084 = call float @llvm.nvvm.fmax.f(float %1079, float %1080)
	%1085 = call float @llvm.nvvm.fmax.f(float %1081, float %1082)
	%1086 = call float @llvm.nvvm.fmax.f(float %1083, float %1084)
	%1087 = call float @llvm.nvvm.fmax.f(float %1085, float %1086)
	%1088 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1087, i32 1, i32 31)
	%1089 = call float @llvm.nvvm.fmax.f(float %1087, float %1088)
	%1090 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1089, i32 2, i32 31)
	%1091 = call float @llvm.nvvm.fmax.f(float %1089, float %1090)
	%1092 = fmul float %1091, 0x3FC7154760000000
	%1093 = call float @llvm.nvvm.fmax.f(float %193, float %1092)
	%1094 = fcmp oeq float %1093, 0xFFF0000000000000
	%1095 = select i1 %1094, float 0.0, float %1093
	%1096 = fsub float %193, %1095
	%1097 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1096)
	%1098 = fneg float %1095
	%1099 = call float @llvm.fma.f32(float %968, float 0x3FC7154760000000, float %1098)
	%1100 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1099)
	%1101 = call float @llvm.fma.f32(float %969, float 0x3FC7154760000000, float %1098)
	%1102 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1101)
	%1103 = call float @llvm.fma.f32(float %972, float 0x3FC7154760000000, float %1098)
	%1104 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1103)
	%1105 = call float @llvm.fma.f32(float %973, float 0x3FC7154760000000, float %1098)
	%1106 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1105)
	%1107 = call float @llvm.fma.f32(float %976, float 0x3FC7154760000000, float %1098)
	%1108 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1107)
	%1109 = call float @llvm.fma.f32(float %977, float 0x3FC7154760000000, float %1098)
	%1110 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1109)
	%1111 = call float @llvm.fma.f32(float %980, float 0x3FC7154760000000, float %1098)
	%1112 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1111)
	%1113 = call float @llvm.fma.f32(float %981, float 0x3FC7154760000000, float %1098)
	%1114 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1113)
	%1115 = call float @llvm.fma.f32(float %984, float 0x3FC7154760000000, float %1098)
	%1116 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1115)
	%1117 = call float @llvm.fma.f32(float %985, float 0x3FC7154760000000, float %1098)
	%1118 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1117)
	%1119 = call float @llvm.fma.f32(float %988, float 0x3FC7154760000000, float %1098)
	%1120 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1119)
	%1121 = call float @llvm.fma.f32(float %989, float 0x3FC7154760000000, float %1098)
	%1122 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1121)
	%1123 = call float @llvm.fma.f32(float %992, float 0x3FC7154760000000, float %1098)
	%1124 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1123)
	%1125 = call float @llvm.fma.f32(float %993, float 0x3FC7154760000000, float %1098)
	%1126 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1125)
	%1127 = call float @llvm.fma.f32(float %996, float 0x3FC7154760000000, float %1098)
	%1128 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1127)
	%1129 = call float @llvm.fma.f32(float %997, float 0x3FC7154760000000, float %1098)
	%1130 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1129)
	%1131 = fadd float %1100, %1102
	%1132 = fadd float %1104, %1106
	%1133 = fadd float %1108, %1110
	%1134 = fadd float %1112, %1114
	%1135 = fadd float %1116, %1118
	%1136 = fadd float %1120, %1122
	%1137 = fadd float %1124, %1126
	%1138 = fadd float %1128, %1130
	%1139 = fadd float %1131, %1132
	%1140 = fadd float %1133, %1134
	%1141 = fadd float %1135, %1136
	%1142 = fadd float %1137, %1138
	%1143 = fadd float %1139, %1140
	%1144 = fadd float %1141, %1142
	%1145 = fadd float %1143, %1144
	%1146 = fmul float %194, %1097
	%1147 = fadd float %1146, %1145
	%1148 = add i32 %157, 1
	%1149 = icmp slt i32 %1148, %NK
	%1150 = select i1 %1149, i32 %1148, i32 0
	%1151 = add i32 %29, %1150
	%1152 = sext i32 %1151 to i64
	%1153 = getelementptr i32, i32* %list, i64 %1152
	%1154 = load i32, i32* %1153
	%1155 = select i1 %1149, i32 %1154, i32 -1
	%1156 = icmp sge i32 %1155, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1156, label %prefetch, label %pv

prefetch:
	%1157 = mul i32 %1155, 64
	%1158 = lshr i32 %2, 3
	%1159 = and i32 %2, 7
	%1160 = and i32 %1158, 7
	%1161 = xor i32 %1159, %1160
	%1162 = mul i32 %1158, 8
	%1163 = add i32 %1162, %1161
	%1164 = shl i32 %1163, 4
	%1165 = add i32 %0, %1164
	%1166 = add i32 %1157, %1158
	%1167 = mul i32 %1166, 64
	%1168 = mul i32 %1159, 8
	%1169 = add i32 %1167, %1168
	%1170 = sext i32 %1169 to i64
	%1171 = getelementptr i16, i16* %20, i64 %1170
	%1172 = add i32 %1166, 0
	%1173 = icmp slt i32 %1172, %N
	%1174 = getelementptr i16, i16* %1171, i64 0
	%1175 = select i1 %1173, i16* %1174, i16* %20
	%1176 = add i32 %1165, 0
	%1177 = select i1 %1173, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1176, i16* %1175, i32 %1177)
	%1178 = add i32 %1166, 16
	%1179 = icmp slt i32 %1178, %N
	%1180 = getelementptr i16, i16* %1171, i64 1024
	%1181 = select i1 %1179, i16* %1180, i16* %20
	%1182 = add i32 %1165, 2048
	%1183 = select i1 %1179, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1182, i16* %1181, i32 %1183)
	%1184 = add i32 %1166, 32
	%1185 = icmp slt i32 %1184, %N
	%1186 = getelementptr i16, i16* %1171, i64 2048
	%1187 = select i1 %1185, i16* %1186, i16* %20
	%1188 = add i32 %1165, u0x1000
	%1189 = select i1 %1185, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1188, i16* %1187, i32 %1189)
	%1190 = add i32 %1166, 48
	%1191 = icmp slt i32 %1190, %N
	%1192 = getelementptr i16, i16* %1171, i64 3072
	%1193 = select i1 %1191, i16* %1192, i16* %20
	%1194 = add i32 %1165, 6144
	%1195 = select i1 %1191, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1194, i16* %1193, i32 %1195)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1196 = fmul float %159, %1022
	%1197 = fmul float %160, %1022
	%1198 = fmul float %161, %1097
	%1199 = fmul float %162, %1097
	%1200 = fmul float %163, %1022
	%1201 = fmul float %164, %1022
	%1202 = fmul float %165, %1097
	%1203 = fmul float %166, %1097
	%1204 = fmul float %167, %1022
	%1205 = fmul float %168, %1022
	%1206 = fmul float %169, %1097
	%1207 = fmul float %170, %1097
	%1208 = fmul float %171, %1022
	%1209 = fmul float %172, %1022
	%1210 = fmul float %173, %1097
	%1211 = fmul float %174, %1097
	%1212 = fmul float %175, %1022
	%1213 = fmul float %176, %1022
	%1214 = fmul float %177, %1097
	%1215 = fmul float %178, %1097
	%1216 = fmul float %179, %1022
	%1217 = fmul float %180, %1022
	%1218 = fmul float %181, %1097
	%1219 = fmul float %182, %1097
	%1220 = fmul float %183, %1022
	%1221 = fmul float %184, %1022
	%1222 = fmul float %185, %1097
	%1223 = fmul float %186, %1097
	%1224 = fmul float %187, %1022
	%1225 = fmul float %188, %1022
	%1226 = fmul float %189, %1097
	%1227 = fmul float %190, %1097
	%1228 = and i32 %4, 7
	%1229 = lshr i32 %4, 3
	%1230 = and i32 %1229, 1
	%1231 = shl i32 %1230, 3
	%1232 = add i32 %1228, %1231
	%1233 = mul i32 %1232, 128
	%1234 = add i32 %1, %1233
	%1235 = and i32 %4, 7
	%1236 = xor i32 %84, %1235
	%1237 = shl i32 %1236, 4
	%1238 = add i32 %1234, %1237
	%1239 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1027, float %1025)
	%1240 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1102, float %1100)
	%1241 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1031, float %1029)
	%1242 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1106, float %1104)
	%1243 = xor i32 %1238, 0
	%1244 = add i32 %1243, 0
	%1245 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1244)
	%1246 = extractvalue { i32, i32, i32, i32 } %1245, 0
	%1247 = extractvalue { i32, i32, i32, i32 } %1245, 1
	%1248 = extractvalue { i32, i32, i32, i32 } %1245, 2
	%1249 = extractvalue { i32, i32, i32, i32 } %1245, 3
	%1250 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1239, i32 %1240, i32 %1241, i32 %1242, i32 %1246, i32 %1247, float %1196, float %1197, float %1198, float %1199)
	%1251 = extractvalue { float, float, float, float } %1250, 0
	%1252 = extractvalue { float, float, float, float } %1250, 1
	%1253 = extractvalue { float, float, float, float } %1250, 2
	%1254 = extractvalue { float, float, float, float } %1250, 3
	%1255 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1239, i32 %1240, i32 %1241, i32 %1242, i32 %1248, i32 %1249, float %1200, float %1201, float %1202, float %1203)
	%1256 = extractvalue { float, float, float, float } %1255, 0
	%1257 = extractvalue { float, float, float, float } %1255, 1
	%1258 = extractvalue { float, float, float, float } %1255, 2
	%1259 = extractvalue { float, float, float, float } %1255, 3
	%1260 = xor i32 %1238, 32
	%1261 = add i32 %1260, 0
	%1262 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1261)
	%1263 = extractvalue { i32, i32, i32, i32 } %1262, 0
	%1264 = extractvalue { i32, i32, i32, i32 } %1262, 1
	%1265 = extractvalue { i32, i32, i32, i32 } %1262, 2
	%1266 = extractvalue { i32, i32, i32, i32 } %1262, 3
	%1267 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1239, i32 %1240, i32 %1241, i32 %1242, i32 %1263, i32 %1264, float %1204, float %1205, float %1206, float %1207)
	%1268 = extractvalue { float, float, float, float } %1267, 0
	%1269 = extractvalue { float, float, float, float } %1267, 1
	%1270 = extractvalue { float, float, float, float } %1267, 2
	%1271 = extractvalue { float, float, float, float } %1267, 3
	%1272 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1239, i32 %1240, i32 %1241, i32 %1242, i32 %1265, i32 %1266, float %1208, float %1209, float %1210, float %1211)
	%1273 = extractvalue { float, float, float, float } %1272, 0
	%1274 = extractvalue { float, float, float, float } %1272, 1
	%1275 = extractvalue { float, float, float, float } %1272, 2
	%1276 = extractvalue { float, float, float, float } %1272, 3
	%1277 = xor i32 %1238, 64
	%1278 = add i32 %1277, 0
	%1279 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1278)
	%1280 = extractvalue { i32, i32, i32, i32 } %1279, 0
	%1281 = extractvalue { i32, i32, i32, i32 } %1279, 1
	%1282 = extractvalue { i32, i32, i32, i32 } %1279, 2
	%1283 = extractvalue { i32, i32, i32, i32 } %1279, 3
	%1284 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1239, i32 %1240, i32 %1241, i32 %1242, i32 %1280, i32 %1281, float %1212, float %1213, float %1214, float %1215)
	%1285 = extractvalue { float, float, float, float } %1284, 0
	%1286 = extractvalue { float, float, float, float } %1284, 1
	%1287 = extractvalue { float, float, float, float } %1284, 2
	%1288 = extractvalue { float, float, float, float } %1284, 3
	%1289 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1239, i32 %1240, i32 %1241, i32 %1242, i32 %1282, i32 %1283, float %1216, float %1217, float %1218, float %1219)
	%1290 = extractvalue { float, float, float, float } %1289, 0
	%1291 = extractvalue { float, float, float, float } %1289, 1
	%1292 = extractvalue { float, float, float, float } %1289, 2
	%1293 = extractvalue { float, float, float, float } %1289, 3
	%1294 = xor i32 %1238, 96
	%1295 = add i32 %1294, 0
	%1296 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1295)
	%1297 = extractvalue { i32, i32, i32, i32 } %1296, 0
	%1298 = extractvalue { i32, i32, i32, i32 } %1296, 1
	%1299 = extractvalue { i32, i32, i32, i32 } %1296, 2
	%1300 = extractvalue { i32, i32, i32, i32 } %1296, 3
	%1301 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1239, i32 %1240, i32 %1241, i32 %1242, i32 %1297, i32 %1298, float %1220, float %1221, float %1222, float %1223)
	%1302 = extractvalue { float, float, float, float } %1301, 0
	%1303 = extractvalue { float, float, float, float } %1301, 1
	%1304 = extractvalue { float, float, float, float } %1301, 2
	%1305 = extractvalue { float, float, float, float } %1301, 3
	%1306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1239, i32 %1240, i32 %1241, i32 %1242, i32 %1299, i32 %1300, float %1224, float %1225, float %1226, float %1227)
	%1307 = extractvalue { float, float, float, float } %1306, 0
	%1308 = extractvalue { float, float, float, float } %1306, 1
	%1309 = extractvalue { float, float, float, float } %1306, 2
	%1310 = extractvalue { float, float, float, float } %1306, 3
	%1311 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1035, float %1033)
	%1312 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1110, float %1108)
	%1313 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1039, float %1037)
	%1314 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1114, float %1112)
	%1315 = xor i32 %1238, 0
	%1316 = add i32 %1315, 2048
	%1317 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1316)
	%1318 = extractvalue { i32, i32, i32, i32 } %1317, 0
	%1319 = extractvalue { i32, i32, i32, i32 } %1317, 1
	%1320 = extractvalue { i32, i32, i32, i32 } %1317, 2
	%1321 = extractvalue { i32, i32, i32, i32 } %1317, 3
	%1322 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1311, i32 %1312, i32 %1313, i32 %1314, i32 %1318, i32 %1319, float %1251, float %1252, float %1253, float %1254)
	%1323 = extractvalue { float, float, float, float } %1322, 0
	%1324 = extractvalue { float, float, float, float } %1322, 1
	%1325 = extractvalue { float, float, float, float } %1322, 2
	%1326 = extractvalue { float, float, float, float } %1322, 3
	%1327 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1311, i32 %1312, i32 %1313, i32 %1314, i32 %1320, i32 %1321, float %1256, float %1257, float %1258, float %1259)
	%1328 = extractvalue { float, float, float, float } %1327, 0
	%1329 = extractvalue { float, float, float, float } %1327, 1
	%1330 = extractvalue { float, float, float, float } %1327, 2
	%1331 = extractvalue { float, float, float, float } %1327, 3
	%1332 = xor i32 %1238, 32
	%1333 = add i32 %1332, 2048
	%1334 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1333)
	%1335 = extractvalue { i32, i32, i32, i32 } %1334, 0
	%1336 = extractvalue { i32, i32, i32, i32 } %1334, 1
	%1337 = extractvalue { i32, i32, i32, i32 } %1334, 2
	%1338 = extractvalue { i32, i32, i32, i32 } %1334, 3
	%1339 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1311, i32 %1312, i32 %1313, i32 %1314, i32 %1335, i32 %1336, float %1268, float %1269, float %1270, float %1271)
	%1340 = extractvalue { float, float, float, float } %1339, 0
	%1341 = extractvalue { float, float, float, float } %1339, 1
	%1342 = extractvalue { float, float, float, float } %1339, 2
	%1343 = extractvalue { float, float, float, float } %1339, 3
	%1344 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1311, i32 %1312, i32 %1313, i32 %1314, i32 %1337, i32 %1338, float %1273, float %1274, float %1275, float %1276)
	%1345 = extractvalue { float, float, float, float } %1344, 0
	%1346 = extractvalue { float, float, float, float } %1344, 1
	%1347 = extractvalue { float, float, float, float } %1344, 2
	%1348 = extractvalue { float, float, float, float } %1344, 3
	%1349 = xor i32 %1238, 64
	%1350 = add i32 %1349, 2048
	%1351 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1350)
	%1352 = extractvalue { i32, i32, i32, i32 } %1351, 0
	%1353 = extractvalue { i32, i32, i32, i32 } %1351, 1
	%1354 = extractvalue { i32, i32, i32, i32 } %1351, 2
	%1355 = extractvalue { i32, i32, i32, i32 } %1351, 3
	%1356 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1311, i32 %1312, i32 %1313, i32 %1314, i32 %1352, i32 %1353, float %1285, float %1286, float %1287, float %1288)
	%1357 = extractvalue { float, float, float, float } %1356, 0
	%1358 = extractvalue { float, float, float, float } %1356, 1
	%1359 = extractvalue { float, float, float, float } %1356, 2
	%1360 = extractvalue { float, float, float, float } %1356, 3
	%1361 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1311, i32 %1312, i32 %1313, i32 %1314, i32 %1354, i32 %1355, float %1290, float %1291, float %1292, float %1293)
	%1362 = extractvalue { float, float, float, float } %1361, 0
	%1363 = extractvalue { float, float, float, float } %1361, 1
	%1364 = extractvalue { float, float, float, float } %1361, 2
	%1365 = extractvalue { float, float, float, float } %1361, 3
	%1366 = xor i32 %1238, 96
	%1367 = add i32 %1366, 2048
	%1368 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1367)
	%1369 = extractvalue { i32, i32, i32, i32 } %1368, 0
	%1370 = extractvalue { i32, i32, i32, i32 } %1368, 1
	%1371 = extractvalue { i32, i32, i32, i32 } %1368, 2
	%1372 = extractvalue { i32, i32, i32, i32 } %1368, 3
	%1373 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1311, i32 %1312, i32 %1313, i32 %1314, i32 %1369, i32 %1370, float %1302, float %1303, float %1304, float %1305)
	%1374 = extractvalue { float, float, float, float } %1373, 0
	%1375 = extractvalue { float, float, float, float } %1373, 1
	%1376 = extractvalue { float, float, float, float } %1373, 2
	%1377 = extractvalue { float, float, float, float } %1373, 3
	%1378 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1311, i32 %1312, i32 %1313, i32 %1314, i32 %1371, i32 %1372, float %1307, float %1308, float %1309, float %1310)
	%1379 = extractvalue { float, float, float, float } %1378, 0
	%1380 = extractvalue { float, float, float, float } %1378, 1
	%1381 = extractvalue { float, float, float, float } %1378, 2
	%1382 = extractvalue { float, float, float, float } %1378, 3
	%1383 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1043, float %1041)
	%1384 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1118, float %1116)
	%1385 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1047, float %1045)
	%1386 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1122, float %1120)
	%1387 = xor i32 %1238, 0
	%1388 = add i32 %1387, u0x1000
	%1389 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1388)
	%1390 = extractvalue { i32, i32, i32, i32 } %1389, 0
	%1391 = extractvalue { i32, i32, i32, i32 } %1389, 1
	%1392 = extractvalue { i32, i32, i32, i32 } %1389, 2
	%1393 = extractvalue { i32, i32, i32, i32 } %1389, 3
	%1394 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1383, i32 %1384, i32 %1385, i32 %1386, i32 %1390, i32 %1391, float %1323, float %1324, float %1325, float %1326)
	%1395 = extractvalue { float, float, float, float } %1394, 0
	%1396 = extractvalue { float, float, float, float } %1394, 1
	%1397 = extractvalue { float, float, float, float } %1394, 2
	%1398 = extractvalue { float, float, float, float } %1394, 3
	%1399 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1383, i32 %1384, i32 %1385, i32 %1386, i32 %1392, i32 %1393, float %1328, float %1329, float %1330, float %1331)
	%1400 = extractvalue { float, float, float, float } %1399, 0
	%1401 = extractvalue { float, float, float, float } %1399, 1
	%1402 = extractvalue { float, float, float, float } %1399, 2
	%1403 = extractvalue { float, float, float, float } %1399, 3
	%1404 = xor i32 %1238, 32
	%1405 = add i32 %1404, u0x1000
	%1406 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1405)
	%1407 = extractvalue { i32, i32, i32, i32 } %1406, 0
	%1408 = extractvalue { i32, i32, i32, i32 } %1406, 1
	%1409 = extractvalue { i32, i32, i32, i32 } %1406, 2
	%1410 = extractvalue { i32, i32, i32, i32 } %1406, 3
	%1411 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1383, i32 %1384, i32 %1385, i32 %1386, i32 %1407, i32 %1408, float %1340, float %1341, float %1342, float %1343)
	%1412 = extractvalue { float, float, float, float } %1411, 0
	%1413 = extractvalue { float, float, float, float } %1411, 1
	%1414 = extractvalue { float, float, float, float } %1411, 2
	%1415 = extractvalue { float, float, float, float } %1411, 3
	%1416 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1383, i32 %1384, i32 %1385, i32 %1386, i32 %1409, i32 %1410, float %1345, float %1346, float %1347, float %1348)
	%1417 = extractvalue { float, float, float, float } %1416, 0
	%1418 = extractvalue { float, float, float, float } %1416, 1
	%1419 = extractvalue { float, float, float, float } %1416, 2
	%1420 = extractvalue { float, float, float, float } %1416, 3
	%1421 = xor i32 %1238, 64
	%1422 = add i32 %1421, u0x1000
	%1423 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1422)
	%1424 = extractvalue { i32, i32, i32, i32 } %1423, 0
	%1425 = extractvalue { i32, i32, i32, i32 } %1423, 1
	%1426 = extractvalue { i32, i32, i32, i32 } %1423, 2
	%1427 = extractvalue { i32, i32, i32, i32 } %1423, 3
	%1428 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1383, i32 %1384, i32 %1385, i32 %1386, i32 %1424, i32 %1425, float %1357, float %1358, float %1359, float %1360)
	%1429 = extractvalue { float, float, float, float } %1428, 0
	%1430 = extractvalue { float, float, float, float } %1428, 1
	%1431 = extractvalue { float, float, float, float } %1428, 2
	%1432 = extractvalue { float, float, float, float } %1428, 3
	%1433 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1383, i32 %1384, i32 %1385, i32 %1386, i32 %1426, i32 %1427, float %1362, float %1363, float %1364, float %1365)
	%1434 = extractvalue { float, float, float, float } %1433, 0
	%1435 = extractvalue { float, float, float, float } %1433, 1
	%1436 = extractvalue { float, float, float, float } %1433, 2
	%1437 = extractvalue { float, float, float, float } %1433, 3
	%1438 = xor i32 %1238, 96
	%1439 = add i32 %1438, u0x1000
	%1440 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1439)
	%1441 = extractvalue { i32, i32, i32, i32 } %1440, 0
	%1442 = extractvalue { i32, i32, i32, i32 } %1440, 1
	%1443 = extractvalue { i32, i32, i32, i32 } %1440, 2
	%1444 = extractvalue { i32, i32, i32, i32 } %1440, 3
	%1445 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1383, i32 %1384, i32 %1385, i32 %1386, i32 %1441, i32 %1442, float %1374, float %1375, float %1376, float %1377)
	%1446 = extractvalue { float, float, float, float } %1445, 0
	%1447 = extractvalue { float, float, float, float } %1445, 1
	%1448 = extractvalue { float, float, float, float } %1445, 2
	%1449 = extractvalue { float, float, float, float } %1445, 3
	%1450 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1383, i32 %1384, i32 %1385, i32 %1386, i32 %1443, i32 %1444, float %1379, float %1380, float %1381, float %1382)
	%1451 = extractvalue { float, float, float, float } %1450, 0
	%1452 = extractvalue { float, float, float, float } %1450, 1
	%1453 = extractvalue { float, float, float, float } %1450, 2
	%1454 = extractvalue { float, float, float, float } %1450, 3
	%1455 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1051, float %1049)
	%1456 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1126, float %1124)
	%1457 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1055, float %1053)
	%1458 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1130, float %1128)
	%1459 = xor i32 %1238, 0
	%1460 = add i32 %1459, 6144
	%1461 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1460)
	%1462 = extractvalue { i32, i32, i32, i32 } %1461, 0
	%1463 = extractvalue { i32, i32, i32, i32 } %1461, 1
	%1464 = extractvalue { i32, i32, i32, i32 } %1461, 2
	%1465 = extractvalue { i32, i32, i32, i32 } %1461, 3
	%1466 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1455, i32 %1456, i32 %1457, i32 %1458, i32 %1462, i32 %1463, float %1395, float %1396, float %1397, float %1398)
	%1467 = extractvalue { float, float, float, float } %1466, 0
	%1468 = extractvalue { float, float, float, float } %1466, 1
	%1469 = extractvalue { float, float, float, float } %1466, 2
	%1470 = extractvalue { float, float, float, float } %1466, 3
	%1471 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1455, i32 %1456, i32 %1457, i32 %1458, i32 %1464, i32 %1465, float %1400, float %1401, float %1402, float %1403)
	%1472 = extractvalue { float, float, float, float } %1471, 0
	%1473 = extractvalue { float, float, float, float } %1471, 1
	%1474 = extractvalue { float, float, float, float } %1471, 2
	%1475 = extractvalue { float, float, float, float } %1471, 3
	%1476 = xor i32 %1238, 32
	%1477 = add i32 %1476, 6144
	%1478 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1477)
	%1479 = extractvalue { i32, i32, i32, i32 } %1478, 0
	%1480 = extractvalue { i32, i32, i32, i32 } %1478, 1
	%1481 = extractvalue { i32, i32, i32, i32 } %1478, 2
	%1482 = extractvalue { i32, i32, i32, i32 } %1478, 3
	%1483 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1455, i32 %1456, i32 %1457, i32 %1458, i32 %1479, i32 %1480, float %1412, float %1413, float %1414, float %1415)
	%1484 = extractvalue { float, float, float, float } %1483, 0
	%1485 = extractvalue { float, float, float, float } %1483, 1
	%1486 = extractvalue { float, float, float, float } %1483, 2
	%1487 = extractvalue { float, float, float, float } %1483, 3
	%1488 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1455, i32 %1456, i32 %1457, i32 %1458, i32 %1481, i32 %1482, float %1417, float %1418, float %1419, float %1420)
	%1489 = extractvalue { float, float, float, float } %1488, 0
	%1490 = extractvalue { float, float, float, float } %1488, 1
	%1491 = extractvalue { float, float, float, float } %1488, 2
	%1492 = extractvalue { float, float, float, float } %1488, 3
	%1493 = xor i32 %1238, 64
	%1494 = add i32 %1493, 6144
	%1495 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1494)
	%1496 = extractvalue { i32, i32, i32, i32 } %1495, 0
	%1497 = extractvalue { i32, i32, i32, i32 } %1495, 1
	%1498 = extractvalue { i32, i32, i32, i32 } %1495, 2
	%1499 = extractvalue { i32, i32, i32, i32 } %1495, 3
	%1500 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1455, i32 %1456, i32 %1457, i32 %1458, i32 %1496, i32 %1497, float %1429, float %1430, float %1431, float %1432)
	%1501 = extractvalue { float, float, float, float } %1500, 0
	%1502 = extractvalue { float, float, float, float } %1500, 1
	%1503 = extractvalue { float, float, float, float } %1500, 2
	%1504 = extractvalue { float, float, float, float } %1500, 3
	%1505 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1455, i32 %1456, i32 %1457, i32 %1458, i32 %1498, i32 %1499, float %1434, float %1435, float %1436, float %1437)
	%1506 = extractvalue { float, float, float, float } %1505, 0
	%1507 = extractvalue { float, float, float, float } %1505, 1
	%1508 = extractvalue { float, float, float, float } %1505, 2
	%1509 = extractvalue { float, float, float, float } %1505, 3
	%1510 = xor i32 %1238, 96
	%1511 = add i32 %1510, 6144
	%1512 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1511)
	%1513 = extractvalue { i32, i32, i32, i32 } %1512, 0
	%1514 = extractvalue { i32, i32, i32, i32 } %1512, 1
	%1515 = extractvalue { i32, i32, i32, i32 } %1512, 2
	%1516 = extractvalue { i32, i32, i32, i32 } %1512, 3
	%1517 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1455, i32 %1456, i32 %1457, i32 %1458, i32 %1513, i32 %1514, float %1446, float %1447, float %1448, float %1449)
	%1518 = extractvalue { float, float, float, float } %1517, 0
	%1519 = extractvalue { float, float, float, float } %1517, 1
	%1520 = extractvalue { float, float, float, float } %1517, 2
	%1521 = extractvalue { float, float, float, float } %1517, 3
	%1522 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1455, i32 %1456, i32 %1457, i32 %1458, i32 %1515, i32 %1516, float %1451, float %1452, float %1453, float %1454)
	%1523 = extractvalue { float, float, float, float } %1522, 0
	%1524 = extractvalue { float, float, float, float } %1522, 1
	%1525 = extractvalue { float, float, float, float } %1522, 2
	%1526 = extractvalue { float, float, float, float } %1522, 3
	br i1 %1156, label %loop, label %epilogue

store0:
	%1527 = mul i32 %10, %M
	%1528 = add i32 %1527, %564
	%1529 = mul i32 %1528, 64
	%1530 = shl i32 %6, 1
	%1531 = add i32 0, %1530
	%1532 = add i32 %1529, %1531
	%1533 = sext i32 %1532 to i64
	%1534 = getelementptr i16, i16* %out, i64 %1533
	%1535 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %566, float %565)
	%1536 = bitcast i16* %1534 to i32*
	store i32 %1535, i32* %1536
	%1537 = shl i32 %6, 1
	%1538 = add i32 8, %1537
	%1539 = add i32 %1529, %1538
	%1540 = sext i32 %1539 to i64
	%1541 = getelementptr i16, i16* %out, i64 %1540
	%1542 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %568, float %567)
	%1543 = bitcast i16* %1541 to i32*
	store i32 %1542, i32* %1543
	%1544 = shl i32 %6, 1
	%1545 = add i32 16, %1544
	%1546 = add i32 %1529, %1545
	%1547 = sext i32 %1546 to i64
	%1548 = getelementptr i16, i16* %out, i64 %1547
	%1549 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %570, float %569)
	%1550 = bitcast i16* %1548 to i32*
	store i32 %1549, i32* %1550
	%1551 = shl i32 %6, 1
	%1552 = add i32 24, %1551
	%1553 = add i32 %1529, %1552
	%1554 = sext i32 %1553 to i64
	%1555 = getelementptr i16, i16* %out, i64 %1554
	%1556 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %572, float %571)
	%1557 = bitcast i16* %1555 to i32*
	store i32 %1556, i32* %1557
	%1558 = shl i32 %6, 1
	%1559 = add i32 32, %1558
	%1560 = add i32 %1529, %1559
	%1561 = sext i32 %1560 to i64
	%1562 = getelementptr i16, i16* %out, i64 %1561
	%1563 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %574, float %573)
	%1564 = bitcast i16* %1562 to i32*
	store i32 %1563, i32* %1564
	%1565 = shl i32 %6, 1
	%1566 = add i32 40, %1565
	%1567 = add i32 %1529, %1566
	%1568 = sext i32 %1567 to i64
	%1569 = getelementptr i16, i16* %out, i64 %1568
	%1570 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %576, float %575)
	%1571 = bitcast i16* %1569 to i32*
	store i32 %1570, i32* %1571
	%1572 = shl i32 %6, 1
	%1573 = add i32 48, %1572
	%1574 = add i32 %1529, %1573
	%1575 = sext i32 %1574 to i64
	%1576 = getelementptr i16, i16* %out, i64 %1575
	%1577 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %578, float %577)
	%1578 = bitcast i16* %1576 to i32*
	store i32 %1577, i32* %1578
	%1579 = shl i32 %6, 1
	%1580 = add i32 56, %1579
	%1581 = add i32 %1529, %1580
	%1582 = sext i32 %1581 to i64
	%1583 = getelementptr i16, i16* %out, i64 %1582
	%1584 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %580, float %579)
	%1585 = bitcast i16* %1583 to i32*
	store i32 %1584, i32* %1585
	br label %stored0

stored0:
	%1586 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %520, i32 1, i32 31)
	%1587 = fadd float %520, %1586
	%1588 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1587, i32 2, i32 31)
	%1589 = fadd float %1587, %1588
	%1590 = fcmp ogt float %1589, 0.0
	%1591 = fdiv float 1.0, %1589
	%1592 = select i1 %1590, float %1591, float 0.0
	%1593 = mul i32 %3, 16
	%1594 = add i32 %12, %1593
	%1595 = add i32 %5, 8
	%1596 = add i32 %1594, %1595
	%1597 = fmul float %524, %1592
	%1598 = fmul float %525, %1592
	%1599 = fmul float %528, %1592
	%1600 = fmul float %529, %1592
	%1601 = fmul float %532, %1592
	%1602 = fmul float %533, %1592
	%1603 = fmul float %536, %1592
	%1604 = fmul float %537, %1592
	%1605 = fmul float %540, %1592
	%1606 = fmul float %541, %1592
	%1607 = fmul float %544, %1592
	%1608 = fmul float %545, %1592
	%1609 = fmul float %548, %1592
	%1610 = fmul float %549, %1592
	%1611 = fmul float %552, %1592
	%1612 = fmul float %553, %1592
	%1613 = icmp slt i32 %1596, %M
	br i1 %1613, label %store1, label %stored1

store1:
	%1614 = mul i32 %10, %M
	%1615 = add i32 %1614, %1596
	%1616 = mul i32 %1615, 64
	%1617 = shl i32 %6, 1
	%1618 = add i32 0, %1617
	%1619 = add i32 %1616, %1618
	%1620 = sext i32 %1619 to i64
	%1621 = getelementptr i16, i16* %out, i64 %1620
	%1622 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1598, float %1597)
	%1623 = bitcast i16* %1621 to i32*
	store i32 %1622, i32* %1623
	%1624 = shl i32 %6, 1
	%1625 = add i32 8, %1624
	%1626 = add i32 %1616, %1625
	%1627 = sext i32 %1626 to i64
	%1628 = getelementptr i16, i16* %out, i64 %1627
	%1629 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1600, float %1599)
	%1630 = bitcast i16* %1628 to i32*
	store i32 %1629, i32* %1630
	%1631 = shl i32 %6, 1
	%1632 = add i32 16, %1631
	%1633 = add i32 %1616, %1632
	%1634 = sext i32 %1633 to i64
	%1635 = getelementptr i16, i16* %out, i64 %1634
	%1636 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1602, float %1601)
	%1637 = bitcast i16* %1635 to i32*
	store i32 %1636, i32* %1637
	%1638 = shl i32 %6, 1
	%1639 = add i32 24, %1638
	%1640 = add i32 %1616, %1639
	%1641 = sext i32 %1640 to i64
	%1642 = getelementptr i16, i16* %out, i64 %1641
	%1643 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1604, float %1603)
	%1644 = bitcast i16* %1642 to i32*
	store i32 %1643, i32* %1644
	%1645 = shl i32 %6, 1
	%1646 = add i32 32, %1645
	%1647 = add i32 %1616, %1646
	%1648 = sext i32 %1647 to i64
	%1649 = getelementptr i16, i16* %out, i64 %1648
	%1650 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1606, float %1605)
	%1651 = bitcast i16* %1649 to i32*
	store i32 %1650, i32* %1651
	%1652 = shl i32 %6, 1
	%1653 = add i32 40, %1652
	%1654 = add i32 %1616, %1653
	%1655 = sext i32 %1654 to i64
	%1656 = getelementptr i16, i16* %out, i64 %1655
	%1657 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1608, float %1607)
	%1658 = bitcast i16* %1656 to i32*
	store i32 %1657, i32* %1658
	%1659 = shl i32 %6, 1
	%1660 = add i32 48, %1659
	%1661 = add i32 %1616, %1660
	%1662 = sext i32 %1661 to i64
	%1663 = getelementptr i16, i16* %out, i64 %1662
	%1664 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1610, float %1609)
	%1665 = bitcast i16* %1663 to i32*
	store i32 %1664, i32* %1665
	%1666 = shl i32 %6, 1
	%1667 = add i32 56, %1666
	%1668 = add i32 %1616, %1667
	%1669 = sext i32 %1668 to i64
	%1670 = getelementptr i16, i16* %out, i64 %1669
	%1671 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1612, float %1611)
	%1672 = bitcast i16* %1670 to i32*
	store i32 %1671, i32* %1672
	br label %stored1

stored1:
	ret void
}

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4}
!0 = !{void (i8*, i32, float*, i32*, i32, i32)* @xattn_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @xattn_adstats0, !"maxntidx", i32 256}
!2 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @xattn_admass0, !"maxntidx", i32 256}
!3 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @xattn_attn2, !"maxntidx", i32 128}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @xattn_attn2, !"minctasm", i32 3}
