; proxy
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@proxy_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@proxy_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@proxy_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@proxy_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@proxy_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@proxy_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@proxy_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@proxy_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@proxy_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@proxy_adstats0_smem = internal addrspace(3) global [24576 x i8] undef, align 1024
@proxy_admass0_rows = internal addrspace(3) global [16 x float] undef, align 16
@proxy_attn2_smem = internal addrspace(3) global [24576 x i8] undef, align 1024

define ptx_kernel void @proxy_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK) {
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
	%39 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %18
	store i32 %38, i32 addrspace(3)* %39
	%40 = call float @llvm.nvvm.fmax.f(float %19, float %37)
	%41 = add i32 %18, 256
	br label %17

42:
	%43 = phi i32 [ %0, %30 ], [ %53, %45 ]
	%44 = icmp slt i32 %43, %16
	br i1 %44, label %45, label %54

45:
	%46 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %43
	%47 = load i32, i32 addrspace(3)* %46
	%48 = bitcast i32 %47 to float
	%49 = fcmp one float %48, 0xFFF0000000000000
	%50 = select i1 %49, float %48, float -1.0
	%51 = bitcast float %50 to i32
	%52 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %43
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
	%66 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %62
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
	%87 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 %84
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
	%103 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %62
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
	%109 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 0
	%110 = load float, float addrspace(3)* %109
	%111 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 1
	%112 = load float, float addrspace(3)* %111
	%113 = fadd float %110, %112
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 2
	%115 = load float, float addrspace(3)* %114
	%116 = fadd float %113, %115
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 3
	%118 = load float, float addrspace(3)* %117
	%119 = fadd float %116, %118
	%120 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 4
	%121 = load float, float addrspace(3)* %120
	%122 = fadd float %119, %121
	%123 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 5
	%124 = load float, float addrspace(3)* %123
	%125 = fadd float %122, %124
	%126 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 6
	%127 = load float, float addrspace(3)* %126
	%128 = fadd float %125, %127
	%129 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 7
	%130 = load float, float addrspace(3)* %129
	%131 = fadd float %128, %130
	%132 = fptosi float %131 to i32
	%133 = icmp eq i32 %0, 0
	br i1 %133, label %134, label %138

134:
	%135 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 0
	%136 = load i32, i32 addrspace(3)* %135
	%137 = icmp eq i32 %136, 1
	br i1 %137, label %146, label %154

138:
	call void @llvm.nvvm.barrier0()
	%139 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_cnt, i32 0, i32 0
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
	%175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %170
	%176 = load i32, i32 addrspace(3)* %175
	%177 = icmp eq i32 %176, 1
	br i1 %177, label %181, label %189

178:
	%179 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_cnt, i32 0, i32 0
	store i32 %171, i32 addrspace(3)* %179
	%180 = getelementptr [1 x double], [1 x double] addrspace(3)* @proxy_select1_mass, i32 0, i32 0
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
	%206 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %0
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
	%218 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %215
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
	%235 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %234
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
	%261 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %225
	%262 = call i32 @llvm.ctpop.i32(i32 %227)
	%263 = atomicrmw add i32 addrspace(3)* %261, i32 %262 monotonic
	br label %264

264:
	%265 = add i32 %215, 256
	br label %214

266:
	%267 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 %238
	store i32 %258, i32 addrspace(3)* %267
	br label %268

268:
	call void @llvm.nvvm.barrier0()
	%269 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 0
	%270 = load i32, i32 addrspace(3)* %269
	%271 = icmp sgt i32 %238, 0
	%272 = select i1 %271, i32 %270, i32 0
	%273 = add i32 0, %272
	%274 = add i32 0, %270
	%275 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 1
	%276 = load i32, i32 addrspace(3)* %275
	%277 = icmp sgt i32 %238, 1
	%278 = select i1 %277, i32 %276, i32 0
	%279 = add i32 %273, %278
	%280 = add i32 %274, %276
	%281 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 2
	%282 = load i32, i32 addrspace(3)* %281
	%283 = icmp sgt i32 %238, 2
	%284 = select i1 %283, i32 %282, i32 0
	%285 = add i32 %279, %284
	%286 = add i32 %280, %282
	%287 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 3
	%288 = load i32, i32 addrspace(3)* %287
	%289 = icmp sgt i32 %238, 3
	%290 = select i1 %289, i32 %288, i32 0
	%291 = add i32 %285, %290
	%292 = add i32 %286, %288
	%293 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 4
	%294 = load i32, i32 addrspace(3)* %293
	%295 = icmp sgt i32 %238, 4
	%296 = select i1 %295, i32 %294, i32 0
	%297 = add i32 %291, %296
	%298 = add i32 %292, %294
	%299 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 5
	%300 = load i32, i32 addrspace(3)* %299
	%301 = icmp sgt i32 %238, 5
	%302 = select i1 %301, i32 %300, i32 0
	%303 = add i32 %297, %302
	%304 = add i32 %298, %300
	%305 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 6
	%306 = load i32, i32 addrspace(3)* %305
	%307 = icmp sgt i32 %238, 6
	%308 = select i1 %307, i32 %306, i32 0
	%309 = add i32 %303, %308
	%310 = add i32 %304, %306
	%311 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 7
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
	%324 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	store i32 %234, i32 addrspace(3)* %324
	%325 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
	store i32 %318, i32 addrspace(3)* %325
	br label %326

326:
	call void @llvm.nvvm.barrier0()
	%327 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	%328 = load i32, i32 addrspace(3)* %327
	%329 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
	%330 = load i32, i32 addrspace(3)* %329
	%331 = sub i32 %200, %330
	%332 = shl i32 %328, 24
	%333 = or i32 0, %332
	%334 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%335 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %335
	call void @llvm.nvvm.barrier0()
	br label %336

336:
	%337 = phi i32 [ %0, %326 ], [ %387, %386 ]
	%338 = icmp slt i32 %337, %16
	br i1 %338, label %339, label %355

339:
	%340 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %337
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
	%357 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %356
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
	%383 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %347
	%384 = call i32 @llvm.ctpop.i32(i32 %349)
	%385 = atomicrmw add i32 addrspace(3)* %383, i32 %384 monotonic
	br label %386

386:
	%387 = add i32 %337, 256
	br label %336

388:
	%389 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 %360
	store i32 %380, i32 addrspace(3)* %389
	br label %390

390:
	call void @llvm.nvvm.barrier0()
	%391 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 0
	%392 = load i32, i32 addrspace(3)* %391
	%393 = icmp sgt i32 %360, 0
	%394 = select i1 %393, i32 %392, i32 0
	%395 = add i32 0, %394
	%396 = add i32 0, %392
	%397 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 1
	%398 = load i32, i32 addrspace(3)* %397
	%399 = icmp sgt i32 %360, 1
	%400 = select i1 %399, i32 %398, i32 0
	%401 = add i32 %395, %400
	%402 = add i32 %396, %398
	%403 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 2
	%404 = load i32, i32 addrspace(3)* %403
	%405 = icmp sgt i32 %360, 2
	%406 = select i1 %405, i32 %404, i32 0
	%407 = add i32 %401, %406
	%408 = add i32 %402, %404
	%409 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 3
	%410 = load i32, i32 addrspace(3)* %409
	%411 = icmp sgt i32 %360, 3
	%412 = select i1 %411, i32 %410, i32 0
	%413 = add i32 %407, %412
	%414 = add i32 %408, %410
	%415 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 4
	%416 = load i32, i32 addrspace(3)* %415
	%417 = icmp sgt i32 %360, 4
	%418 = select i1 %417, i32 %416, i32 0
	%419 = add i32 %413, %418
	%420 = add i32 %414, %416
	%421 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 5
	%422 = load i32, i32 addrspace(3)* %421
	%423 = icmp sgt i32 %360, 5
	%424 = select i1 %423, i32 %422, i32 0
	%425 = add i32 %419, %424
	%426 = add i32 %420, %422
	%427 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 6
	%428 = load i32, i32 addrspace(3)* %427
	%429 = icmp sgt i32 %360, 6
	%430 = select i1 %429, i32 %428, i32 0
	%431 = add i32 %425, %430
	%432 = add i32 %426, %428
	%433 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 7
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
	%446 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	store i32 %356, i32 addrspace(3)* %446
	%447 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
	store i32 %440, i32 addrspace(3)* %447
	br label %448

448:
	call void @llvm.nvvm.barrier0()
	%449 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	%450 = load i32, i32 addrspace(3)* %449
	%451 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
	%452 = load i32, i32 addrspace(3)* %451
	%453 = sub i32 %331, %452
	%454 = shl i32 %450, 16
	%455 = or i32 %333, %454
	%456 = or i32 %334, u0xFF0000
	call void @llvm.nvvm.barrier0()
	%457 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %457
	call void @llvm.nvvm.barrier0()
	br label %458

458:
	%459 = phi i32 [ %0, %448 ], [ %509, %508 ]
	%460 = icmp slt i32 %459, %16
	br i1 %460, label %461, label %477

461:
	%462 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %459
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
	%479 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %478
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
	%505 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %469
	%506 = call i32 @llvm.ctpop.i32(i32 %471)
	%507 = atomicrmw add i32 addrspace(3)* %505, i32 %506 monotonic
	br label %508

508:
	%509 = add i32 %459, 256
	br label %458

510:
	%511 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 %482
	store i32 %502, i32 addrspace(3)* %511
	br label %512

512:
	call void @llvm.nvvm.barrier0()
	%513 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 0
	%514 = load i32, i32 addrspace(3)* %513
	%515 = icmp sgt i32 %482, 0
	%516 = select i1 %515, i32 %514, i32 0
	%517 = add i32 0, %516
	%518 = add i32 0, %514
	%519 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 1
	%520 = load i32, i32 addrspace(3)* %519
	%521 = icmp sgt i32 %482, 1
	%522 = select i1 %521, i32 %520, i32 0
	%523 = add i32 %517, %522
	%524 = add i32 %518, %520
	%525 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 2
	%526 = load i32, i32 addrspace(3)* %525
	%527 = icmp sgt i32 %482, 2
	%528 = select i1 %527, i32 %526, i32 0
	%529 = add i32 %523, %528
	%530 = add i32 %524, %526
	%531 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 3
	%532 = load i32, i32 addrspace(3)* %531
	%533 = icmp sgt i32 %482, 3
	%534 = select i1 %533, i32 %532, i32 0
	%535 = add i32 %529, %534
	%536 = add i32 %530, %532
	%537 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 4
	%538 = load i32, i32 addrspace(3)* %537
	%539 = icmp sgt i32 %482, 4
	%540 = select i1 %539, i32 %538, i32 0
	%541 = add i32 %535, %540
	%542 = add i32 %536, %538
	%543 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 5
	%544 = load i32, i32 addrspace(3)* %543
	%545 = icmp sgt i32 %482, 5
	%546 = select i1 %545, i32 %544, i32 0
	%547 = add i32 %541, %546
	%548 = add i32 %542, %544
	%549 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 6
	%550 = load i32, i32 addrspace(3)* %549
	%551 = icmp sgt i32 %482, 6
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 %547, %552
	%554 = add i32 %548, %550
	%555 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 7
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
	%568 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	store i32 %478, i32 addrspace(3)* %568
	%569 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
	store i32 %562, i32 addrspace(3)* %569
	br label %570

570:
	call void @llvm.nvvm.barrier0()
	%571 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	%572 = load i32, i32 addrspace(3)* %571
	%573 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
	%574 = load i32, i32 addrspace(3)* %573
	%575 = sub i32 %453, %574
	%576 = shl i32 %572, 8
	%577 = or i32 %455, %576
	%578 = or i32 %456, u0xFF00
	call void @llvm.nvvm.barrier0()
	%579 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %579
	call void @llvm.nvvm.barrier0()
	br label %580

580:
	%581 = phi i32 [ %0, %570 ], [ %631, %630 ]
	%582 = icmp slt i32 %581, %16
	br i1 %582, label %583, label %599

583:
	%584 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %581
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
	%601 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %600
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
	%627 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %591
	%628 = call i32 @llvm.ctpop.i32(i32 %593)
	%629 = atomicrmw add i32 addrspace(3)* %627, i32 %628 monotonic
	br label %630

630:
	%631 = add i32 %581, 256
	br label %580

632:
	%633 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 %604
	store i32 %624, i32 addrspace(3)* %633
	br label %634

634:
	call void @llvm.nvvm.barrier0()
	%635 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 0
	%636 = load i32, i32 addrspace(3)* %635
	%637 = icmp sgt i32 %604, 0
	%638 = select i1 %637, i32 %636, i32 0
	%639 = add i32 0, %638
	%640 = add i32 0, %636
	%641 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 1
	%642 = load i32, i32 addrspace(3)* %641
	%643 = icmp sgt i32 %604, 1
	%644 = select i1 %643, i32 %642, i32 0
	%645 = add i32 %639, %644
	%646 = add i32 %640, %642
	%647 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 2
	%648 = load i32, i32 addrspace(3)* %647
	%649 = icmp sgt i32 %604, 2
	%650 = select i1 %649, i32 %648, i32 0
	%651 = add i32 %645, %650
	%652 = add i32 %646, %648
	%653 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 3
	%654 = load i32, i32 addrspace(3)* %653
	%655 = icmp sgt i32 %604, 3
	%656 = select i1 %655, i32 %654, i32 0
	%657 = add i32 %651, %656
	%658 = add i32 %652, %654
	%659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 4
	%660 = load i32, i32 addrspace(3)* %659
	%661 = icmp sgt i32 %604, 4
	%662 = select i1 %661, i32 %660, i32 0
	%663 = add i32 %657, %662
	%664 = add i32 %658, %660
	%665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 5
	%666 = load i32, i32 addrspace(3)* %665
	%667 = icmp sgt i32 %604, 5
	%668 = select i1 %667, i32 %666, i32 0
	%669 = add i32 %663, %668
	%670 = add i32 %664, %666
	%671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 6
	%672 = load i32, i32 addrspace(3)* %671
	%673 = icmp sgt i32 %604, 6
	%674 = select i1 %673, i32 %672, i32 0
	%675 = add i32 %669, %674
	%676 = add i32 %670, %672
	%677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 7
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
	%690 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	store i32 %600, i32 addrspace(3)* %690
	%691 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
	store i32 %684, i32 addrspace(3)* %691
	br label %692

692:
	call void @llvm.nvvm.barrier0()
	%693 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	%694 = load i32, i32 addrspace(3)* %693
	%695 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
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
	%708 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %707
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
	%737 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 %713
	store i32 %733, i32 addrspace(3)* %737
	br label %738

738:
	call void @llvm.nvvm.barrier0()
	%739 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 0
	%740 = load i32, i32 addrspace(3)* %739
	%741 = icmp sgt i32 %713, 0
	%742 = select i1 %741, i32 %740, i32 0
	%743 = add i32 0, %742
	%744 = add i32 0, %740
	%745 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 1
	%746 = load i32, i32 addrspace(3)* %745
	%747 = icmp sgt i32 %713, 1
	%748 = select i1 %747, i32 %746, i32 0
	%749 = add i32 %743, %748
	%750 = add i32 %744, %746
	%751 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 2
	%752 = load i32, i32 addrspace(3)* %751
	%753 = icmp sgt i32 %713, 2
	%754 = select i1 %753, i32 %752, i32 0
	%755 = add i32 %749, %754
	%756 = add i32 %750, %752
	%757 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 3
	%758 = load i32, i32 addrspace(3)* %757
	%759 = icmp sgt i32 %713, 3
	%760 = select i1 %759, i32 %758, i32 0
	%761 = add i32 %755, %760
	%762 = add i32 %756, %758
	%763 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 4
	%764 = load i32, i32 addrspace(3)* %763
	%765 = icmp sgt i32 %713, 4
	%766 = select i1 %765, i32 %764, i32 0
	%767 = add i32 %761, %766
	%768 = add i32 %762, %764
	%769 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 5
	%770 = load i32, i32 addrspace(3)* %769
	%771 = icmp sgt i32 %713, 5
	%772 = select i1 %771, i32 %770, i32 0
	%773 = add i32 %767, %772
	%774 = add i32 %768, %770
	%775 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 6
	%776 = load i32, i32 addrspace(3)* %775
	%777 = icmp sgt i32 %713, 6
	%778 = select i1 %777, i32 %776, i32 0
	%779 = add i32 %773, %778
	%780 = add i32 %774, %776
	%781 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 7
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
	%819 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 %796
	store i32 %816, i32 addrspace(3)* %819
	br label %820

820:
	call void @llvm.nvvm.barrier0()
	%821 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 0
	%822 = load i32, i32 addrspace(3)* %821
	%823 = icmp sgt i32 %796, 0
	%824 = select i1 %823, i32 %822, i32 0
	%825 = add i32 0, %824
	%826 = add i32 0, %822
	%827 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 1
	%828 = load i32, i32 addrspace(3)* %827
	%829 = icmp sgt i32 %796, 1
	%830 = select i1 %829, i32 %828, i32 0
	%831 = add i32 %825, %830
	%832 = add i32 %826, %828
	%833 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 2
	%834 = load i32, i32 addrspace(3)* %833
	%835 = icmp sgt i32 %796, 2
	%836 = select i1 %835, i32 %834, i32 0
	%837 = add i32 %831, %836
	%838 = add i32 %832, %834
	%839 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 3
	%840 = load i32, i32 addrspace(3)* %839
	%841 = icmp sgt i32 %796, 3
	%842 = select i1 %841, i32 %840, i32 0
	%843 = add i32 %837, %842
	%844 = add i32 %838, %840
	%845 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 4
	%846 = load i32, i32 addrspace(3)* %845
	%847 = icmp sgt i32 %796, 4
	%848 = select i1 %847, i32 %846, i32 0
	%849 = add i32 %843, %848
	%850 = add i32 %844, %846
	%851 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 5
	%852 = load i32, i32 addrspace(3)* %851
	%853 = icmp sgt i32 %796, 5
	%854 = select i1 %853, i32 %852, i32 0
	%855 = add i32 %849, %854
	%856 = add i32 %850, %852
	%857 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 6
	%858 = load i32, i32 addrspace(3)* %857
	%859 = icmp sgt i32 %796, 6
	%860 = select i1 %859, i32 %858, i32 0
	%861 = add i32 %855, %860
	%862 = add i32 %856, %858
	%863 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 7
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
	%873 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %872
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
	%882 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %879
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
	%910 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %902
	%911 = load i32, i32 addrspace(3)* %910
	%912 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %905
	%913 = load i32, i32 addrspace(3)* %912
	%914 = and i32 %902, %890
	%915 = icmp eq i32 %914, 0
	%916 = icmp sge i32 %913, 0
	%917 = select i1 %916, i32 %913, i32 0
	%918 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %917
	%919 = load i32, i32 addrspace(3)* %918
	%920 = select i1 %916, i32 %919, i32 0
	%921 = icmp sge i32 %911, 0
	%922 = select i1 %921, i32 %911, i32 0
	%923 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %922
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
	%935 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %902
	store i32 %913, i32 addrspace(3)* %935
	%936 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %905
	store i32 %911, i32 addrspace(3)* %936
	br label %937

937:
	br label %932

938:
	%939 = phi i32 [ %0, %891 ], [ %952, %941 ]
	%940 = icmp slt i32 %939, %200
	br i1 %940, label %941, label %953

941:
	%942 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %939
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
	%956 = getelementptr [1 x double], [1 x double] addrspace(3)* @proxy_select1_mass, i32 0, i32 0
	%957 = load double, double addrspace(3)* %956
	br label %969

958:
	call void @llvm.nvvm.barrier0()
	%959 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_cnt, i32 0, i32 1
	%960 = load i32, i32 addrspace(3)* %959
	%961 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_cnt, i32 0, i32 2
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
	%985 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %984
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
	%1313 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_cnt, i32 0, i32 1
	store i32 %972, i32 addrspace(3)* %1313
	%1314 = fcmp oge double %971, 0x3FECCCCCCCCCCCCD
	%1315 = zext i1 %1314 to i32
	%1316 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_cnt, i32 0, i32 2
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
	%17 = add i32 %T, 63
	%18 = sdiv i32 %17, 64
	%19 = ptrtoint [24576 x i8] addrspace(3)* @proxy_adstats0_smem to i32
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
	%53 = phi i32 [ 0, %entry ], [ %1271, %1270 ]
	%54 = phi float [ 0xFFF0000000000000, %entry ], [ %963, %1270 ]
	%55 = phi float [ 0xFFF0000000000000, %entry ], [ %1044, %1270 ]
	%56 = phi float [ 0.0, %entry ], [ %1016, %1270 ]
	%57 = phi float [ 0.0, %entry ], [ %1097, %1270 ]
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
	br i1 %72, label %1272, label %1285

73:
	%74 = phi i32 [ 0, %59 ], [ %494, %108 ]
	%75 = phi float [ 0.0, %59 ], [ %462, %108 ]
	%76 = phi float [ 0.0, %59 ], [ %463, %108 ]
	%77 = phi float [ 0.0, %59 ], [ %464, %108 ]
	%78 = phi float [ 0.0, %59 ], [ %465, %108 ]
	%79 = phi float [ 0.0, %59 ], [ %466, %108 ]
	%80 = phi float [ 0.0, %59 ], [ %467, %108 ]
	%81 = phi float [ 0.0, %59 ], [ %468, %108 ]
	%82 = phi float [ 0.0, %59 ], [ %469, %108 ]
	%83 = phi float [ 0.0, %59 ], [ %470, %108 ]
	%84 = phi float [ 0.0, %59 ], [ %471, %108 ]
	%85 = phi float [ 0.0, %59 ], [ %472, %108 ]
	%86 = phi float [ 0.0, %59 ], [ %473, %108 ]
	%87 = phi float [ 0.0, %59 ], [ %474, %108 ]
	%88 = phi float [ 0.0, %59 ], [ %475, %108 ]
	%89 = phi float [ 0.0, %59 ], [ %476, %108 ]
	%90 = phi float [ 0.0, %59 ], [ %477, %108 ]
	%91 = phi float [ 0.0, %59 ], [ %478, %108 ]
	%92 = phi float [ 0.0, %59 ], [ %479, %108 ]
	%93 = phi float [ 0.0, %59 ], [ %480, %108 ]
	%94 = phi float [ 0.0, %59 ], [ %481, %108 ]
	%95 = phi float [ 0.0, %59 ], [ %482, %108 ]
	%96 = phi float [ 0.0, %59 ], [ %483, %108 ]
	%97 = phi float [ 0.0, %59 ], [ %484, %108 ]
	%98 = phi float [ 0.0, %59 ], [ %485, %108 ]
	%99 = phi float [ 0.0, %59 ], [ %486, %108 ]
	%100 = phi float [ 0.0, %59 ], [ %487, %108 ]
	%101 = phi float [ 0.0, %59 ], [ %488, %108 ]
	%102 = phi float [ 0.0, %59 ], [ %489, %108 ]
	%103 = phi float [ 0.0, %59 ], [ %490, %108 ]
	%104 = phi float [ 0.0, %59 ], [ %491, %108 ]
	%105 = phi float [ 0.0, %59 ], [ %492, %108 ]
	%106 = phi float [ 0.0, %59 ], [ %493, %108 ]
	%107 = icmp slt i32 %74, 8
	br i1 %107, label %108, label %495

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
	%126 = lshr i32 %112, 3
	%127 = mul i32 %126, u0x4000
	%128 = and i32 %112, 7
	%129 = and i32 %111, 7
	%130 = xor i32 %128, %129
	%131 = mul i32 %111, 128
	%132 = shl i32 %130, 4
	%133 = add i32 %131, %132
	%134 = add i32 %127, %133
	%135 = add i32 %19, %134
	%136 = sext i32 %120 to i64
	%137 = getelementptr i16, i16* %12, i64 %136
	%138 = select i1 %116, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %135, i16* %137, i32 %138)
	%139 = add i32 %0, 256
	%140 = lshr i32 %139, 3
	%141 = and i32 %139, 7
	%142 = add i32 %3, %140
	%143 = mul i32 %142, 8
	%144 = add i32 %143, %109
	%145 = icmp slt i32 %144, %M
	%146 = select i1 %145, i32 %144, i32 0
	%147 = mul i32 %146, 64
	%148 = mul i32 %141, 8
	%149 = add i32 %147, %148
	%150 = and i32 %140, 7
	%151 = xor i32 %141, %150
	%152 = mul i32 %140, 8
	%153 = add i32 %152, %151
	%154 = shl i32 %153, 4
	%155 = lshr i32 %141, 3
	%156 = mul i32 %155, u0x4000
	%157 = and i32 %141, 7
	%158 = and i32 %140, 7
	%159 = xor i32 %157, %158
	%160 = mul i32 %140, 128
	%161 = shl i32 %159, 4
	%162 = add i32 %160, %161
	%163 = add i32 %156, %162
	%164 = add i32 %19, %163
	%165 = sext i32 %149 to i64
	%166 = getelementptr i16, i16* %12, i64 %165
	%167 = select i1 %145, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %164, i16* %166, i32 %167)
	%168 = add i32 %0, 512
	%169 = lshr i32 %168, 3
	%170 = and i32 %168, 7
	%171 = add i32 %3, %169
	%172 = mul i32 %171, 8
	%173 = add i32 %172, %109
	%174 = icmp slt i32 %173, %M
	%175 = select i1 %174, i32 %173, i32 0
	%176 = mul i32 %175, 64
	%177 = mul i32 %170, 8
	%178 = add i32 %176, %177
	%179 = and i32 %169, 7
	%180 = xor i32 %170, %179
	%181 = mul i32 %169, 8
	%182 = add i32 %181, %180
	%183 = shl i32 %182, 4
	%184 = lshr i32 %170, 3
	%185 = mul i32 %184, u0x4000
	%186 = and i32 %170, 7
	%187 = and i32 %169, 7
	%188 = xor i32 %186, %187
	%189 = mul i32 %169, 128
	%190 = shl i32 %188, 4
	%191 = add i32 %189, %190
	%192 = add i32 %185, %191
	%193 = add i32 %19, %192
	%194 = sext i32 %178 to i64
	%195 = getelementptr i16, i16* %12, i64 %194
	%196 = select i1 %174, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %193, i16* %195, i32 %196)
	%197 = add i32 %0, 768
	%198 = lshr i32 %197, 3
	%199 = and i32 %197, 7
	%200 = add i32 %3, %198
	%201 = mul i32 %200, 8
	%202 = add i32 %201, %109
	%203 = icmp slt i32 %202, %M
	%204 = select i1 %203, i32 %202, i32 0
	%205 = mul i32 %204, 64
	%206 = mul i32 %199, 8
	%207 = add i32 %205, %206
	%208 = and i32 %198, 7
	%209 = xor i32 %199, %208
	%210 = mul i32 %198, 8
	%211 = add i32 %210, %209
	%212 = shl i32 %211, 4
	%213 = lshr i32 %199, 3
	%214 = mul i32 %213, u0x4000
	%215 = and i32 %199, 7
	%216 = and i32 %198, 7
	%217 = xor i32 %215, %216
	%218 = mul i32 %198, 128
	%219 = shl i32 %217, 4
	%220 = add i32 %218, %219
	%221 = add i32 %214, %220
	%222 = add i32 %19, %221
	%223 = sext i32 %207 to i64
	%224 = getelementptr i16, i16* %12, i64 %223
	%225 = select i1 %203, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %222, i16* %224, i32 %225)
	%226 = add i32 %0, 0
	%227 = lshr i32 %226, 3
	%228 = and i32 %226, 7
	%229 = add i32 %60, %227
	%230 = mul i32 %229, 8
	%231 = add i32 %230, %74
	%232 = icmp slt i32 %231, %N
	%233 = select i1 %232, i32 %231, i32 0
	%234 = mul i32 %233, 64
	%235 = mul i32 %228, 8
	%236 = add i32 %234, %235
	%237 = and i32 %227, 7
	%238 = xor i32 %228, %237
	%239 = mul i32 %227, 8
	%240 = add i32 %239, %238
	%241 = shl i32 %240, 4
	%242 = lshr i32 %228, 3
	%243 = mul i32 %242, u0x2000
	%244 = and i32 %228, 7
	%245 = and i32 %227, 7
	%246 = xor i32 %244, %245
	%247 = mul i32 %227, 128
	%248 = shl i32 %246, 4
	%249 = add i32 %247, %248
	%250 = add i32 %243, %249
	%251 = add i32 %20, %250
	%252 = sext i32 %236 to i64
	%253 = getelementptr i16, i16* %16, i64 %252
	%254 = select i1 %232, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %251, i16* %253, i32 %254)
	%255 = add i32 %0, 256
	%256 = lshr i32 %255, 3
	%257 = and i32 %255, 7
	%258 = add i32 %60, %256
	%259 = mul i32 %258, 8
	%260 = add i32 %259, %74
	%261 = icmp slt i32 %260, %N
	%262 = select i1 %261, i32 %260, i32 0
	%263 = mul i32 %262, 64
	%264 = mul i32 %257, 8
	%265 = add i32 %263, %264
	%266 = and i32 %256, 7
	%267 = xor i32 %257, %266
	%268 = mul i32 %256, 8
	%269 = add i32 %268, %267
	%270 = shl i32 %269, 4
	%271 = lshr i32 %257, 3
	%272 = mul i32 %271, u0x2000
	%273 = and i32 %257, 7
	%274 = and i32 %256, 7
	%275 = xor i32 %273, %274
	%276 = mul i32 %256, 128
	%277 = shl i32 %275, 4
	%278 = add i32 %276, %277
	%279 = add i32 %272, %278
	%280 = add i32 %20, %279
	%281 = sext i32 %265 to i64
	%282 = getelementptr i16, i16* %16, i64 %281
	%283 = select i1 %261, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %280, i16* %282, i32 %283)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%284 = lshr i32 %4, 2
	%285 = mul i32 %284, u0x2000
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%286 = add i32 %19, %285
	%287 = add i32 %286, 0
	%288 = zext i32 %287 to i64
	%289 = lshr i64 %288, 4
	%290 = and i64 %289, u0x3FFF
	%291 = or i64 %290, u0x4000004000010000
	%292 = add i32 %20, 0
	%293 = zext i32 %292 to i64
	%294 = lshr i64 %293, 4
	%295 = and i64 %294, u0x3FFF
	%296 = or i64 %295, u0x4000004000010000
	%297 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %75, float %76, float %77, float %78, float %79, float %80, float %81, float %82, float %83, float %84, float %85, float %86, float %87, float %88, float %89, float %90, float %91, float %92, float %93, float %94, float %95, float %96, float %97, float %98, float %99, float %100, float %101, float %102, float %103, float %104, float %105, float %106, i64 %291, i64 %296, i32 1)
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 0
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 1
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 2
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 3
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 4
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 5
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 6
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 7
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 8
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 9
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 10
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 11
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 12
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 13
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 14
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 15
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 16
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 17
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 18
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 19
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 20
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 21
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 22
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 23
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 24
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 25
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 26
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 27
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 28
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 29
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 30
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %297, 31
	%330 = add i32 %19, %285
	%331 = add i32 %330, 32
	%332 = zext i32 %331 to i64
	%333 = lshr i64 %332, 4
	%334 = and i64 %333, u0x3FFF
	%335 = or i64 %334, u0x4000004000010000
	%336 = add i32 %20, 32
	%337 = zext i32 %336 to i64
	%338 = lshr i64 %337, 4
	%339 = and i64 %338, u0x3FFF
	%340 = or i64 %339, u0x4000004000010000
	%341 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, i64 %335, i64 %340, i32 1)
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 0
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 1
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 2
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 3
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 4
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 5
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 6
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 7
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 8
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 9
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 10
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 11
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 12
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 13
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 14
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 15
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 16
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 17
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 18
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 19
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 20
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 21
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 22
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 23
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 24
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 25
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 26
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 27
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 28
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 29
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 30
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 31
	%374 = add i32 %19, %285
	%375 = add i32 %374, 64
	%376 = zext i32 %375 to i64
	%377 = lshr i64 %376, 4
	%378 = and i64 %377, u0x3FFF
	%379 = or i64 %378, u0x4000004000010000
	%380 = add i32 %20, 64
	%381 = zext i32 %380 to i64
	%382 = lshr i64 %381, 4
	%383 = and i64 %382, u0x3FFF
	%384 = or i64 %383, u0x4000004000010000
	%385 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, i64 %379, i64 %384, i32 1)
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 0
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 1
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 2
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 3
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 4
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 5
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 6
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 7
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 8
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 9
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 10
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 11
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 12
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 13
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 14
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 15
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 16
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 17
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 18
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 19
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 20
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 21
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 22
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 23
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 24
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 25
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 26
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 27
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 28
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 29
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 30
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %385, 31
	%418 = add i32 %19, %285
	%419 = add i32 %418, 96
	%420 = zext i32 %419 to i64
	%421 = lshr i64 %420, 4
	%422 = and i64 %421, u0x3FFF
	%423 = or i64 %422, u0x4000004000010000
	%424 = add i32 %20, 96
	%425 = zext i32 %424 to i64
	%426 = lshr i64 %425, 4
	%427 = and i64 %426, u0x3FFF
	%428 = or i64 %427, u0x4000004000010000
	%429 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, i64 %423, i64 %428, i32 1)
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
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%462 = call float asm sideeffect "", "=f,0"(float %430)
	%463 = call float asm sideeffect "", "=f,0"(float %431)
	%464 = call float asm sideeffect "", "=f,0"(float %432)
	%465 = call float asm sideeffect "", "=f,0"(float %433)
	%466 = call float asm sideeffect "", "=f,0"(float %434)
	%467 = call float asm sideeffect "", "=f,0"(float %435)
	%468 = call float asm sideeffect "", "=f,0"(float %436)
	%469 = call float asm sideeffect "", "=f,0"(float %437)
	%470 = call float asm sideeffect "", "=f,0"(float %438)
	%471 = call float asm sideeffect "", "=f,0"(float %439)
	%472 = call float asm sideeffect "", "=f,0"(float %440)
	%473 = call float asm sideeffect "", "=f,0"(float %441)
	%474 = call float asm sideeffect "", "=f,0"(float %442)
	%475 = call float asm sideeffect "", "=f,0"(float %443)
	%476 = call float asm sideeffect "", "=f,0"(float %444)
	%477 = call float asm sideeffect "", "=f,0"(float %445)
	%478 = call float asm sideeffect "", "=f,0"(float %446)
	%479 = call float asm sideeffect "", "=f,0"(float %447)
	%480 = call float asm sideeffect "", "=f,0"(float %448)
	%481 = call float asm sideeffect "", "=f,0"(float %449)
	%482 = call float asm sideeffect "", "=f,0"(float %450)
	%483 = call float asm sideeffect "", "=f,0"(float %451)
	%484 = call float asm sideeffect "", "=f,0"(float %452)
	%485 = call float asm sideeffect "", "=f,0"(float %453)
	%486 = call float asm sideeffect "", "=f,0"(float %454)
	%487 = call float asm sideeffect "", "=f,0"(float %455)
	%488 = call float asm sideeffect "", "=f,0"(float %456)
	%489 = call float asm sideeffect "", "=f,0"(float %457)
	%490 = call float asm sideeffect "", "=f,0"(float %458)
	%491 = call float asm sideeffect "", "=f,0"(float %459)
	%492 = call float asm sideeffect "", "=f,0"(float %460)
	%493 = call float asm sideeffect "", "=f,0"(float %461)
	call void @llvm.nvvm.barrier0()
	%494 = add i32 %74, 1
	br label %73

495:
	%496 = mul i32 %4, 16
	%497 = add i32 %6, 0
	%498 = add i32 %496, %497
	%499 = add i32 %3, %498
	%500 = shl i32 %7, 1
	%501 = add i32 0, %500
	%502 = add i32 %60, %501
	%503 = icmp slt i32 %499, %R
	%504 = icmp slt i32 %502, %T
	%505 = and i1 %503, %504
	%506 = icmp sle i32 %502, %499
	%507 = and i1 %505, %506
	%508 = fmul float %75, 0x3F97154760000000
	%509 = select i1 %507, float %508, float 0xFFF0000000000000
	%510 = mul i32 %4, 16
	%511 = add i32 %6, 0
	%512 = add i32 %510, %511
	%513 = add i32 %3, %512
	%514 = shl i32 %7, 1
	%515 = add i32 1, %514
	%516 = add i32 %60, %515
	%517 = icmp slt i32 %513, %R
	%518 = icmp slt i32 %516, %T
	%519 = and i1 %517, %518
	%520 = icmp sle i32 %516, %513
	%521 = and i1 %519, %520
	%522 = fmul float %76, 0x3F97154760000000
	%523 = select i1 %521, float %522, float 0xFFF0000000000000
	%524 = mul i32 %4, 16
	%525 = add i32 %6, 8
	%526 = add i32 %524, %525
	%527 = add i32 %3, %526
	%528 = shl i32 %7, 1
	%529 = add i32 0, %528
	%530 = add i32 %60, %529
	%531 = icmp slt i32 %527, %R
	%532 = icmp slt i32 %530, %T
	%533 = and i1 %531, %532
	%534 = icmp sle i32 %530, %527
	%535 = and i1 %533, %534
	%536 = fmul float %77, 0x3F97154760000000
	%537 = select i1 %535, float %536, float 0xFFF0000000000000
	%538 = mul i32 %4, 16
	%539 = add i32 %6, 8
	%540 = add i32 %538, %539
	%541 = add i32 %3, %540
	%542 = shl i32 %7, 1
	%543 = add i32 1, %542
	%544 = add i32 %60, %543
	%545 = icmp slt i32 %541, %R
	%546 = icmp slt i32 %544, %T
	%547 = and i1 %545, %546
	%548 = icmp sle i32 %544, %541
	%549 = and i1 %547, %548
	%550 = fmul float %78, 0x3F97154760000000
	%551 = select i1 %549, float %550, float 0xFFF0000000000000
	%552 = mul i32 %4, 16
	%553 = add i32 %6, 0
	%554 = add i32 %552, %553
	%555 = add i32 %3, %554
	%556 = shl i32 %7, 1
	%557 = add i32 8, %556
	%558 = add i32 %60, %557
	%559 = icmp slt i32 %555, %R
	%560 = icmp slt i32 %558, %T
	%561 = and i1 %559, %560
	%562 = icmp sle i32 %558, %555
	%563 = and i1 %561, %562
	%564 = fmul float %79, 0x3F97154760000000
	%565 = select i1 %563, float %564, float 0xFFF0000000000000
	%566 = mul i32 %4, 16
	%567 = add i32 %6, 0
	%568 = add i32 %566, %567
	%569 = add i32 %3, %568
	%570 = shl i32 %7, 1
	%571 = add i32 9, %570
	%572 = add i32 %60, %571
	%573 = icmp slt i32 %569, %R
	%574 = icmp slt i32 %572, %T
	%575 = and i1 %573, %574
	%576 = icmp sle i32 %572, %569
	%577 = and i1 %575, %576
	%578 = fmul float %80, 0x3F97154760000000
	%579 = select i1 %577, float %578, float 0xFFF0000000000000
	%580 = mul i32 %4, 16
	%581 = add i32 %6, 8
	%582 = add i32 %580, %581
	%583 = add i32 %3, %582
	%584 = shl i32 %7, 1
	%585 = add i32 8, %584
	%586 = add i32 %60, %585
	%587 = icmp slt i32 %583, %R
	%588 = icmp slt i32 %586, %T
	%589 = and i1 %587, %588
	%590 = icmp sle i32 %586, %583
	%591 = and i1 %589, %590
	%592 = fmul float %81, 0x3F97154760000000
	%593 = select i1 %591, float %592, float 0xFFF0000000000000
	%594 = mul i32 %4, 16
	%595 = add i32 %6, 8
	%596 = add i32 %594, %595
	%597 = add i32 %3, %596
	%598 = shl i32 %7, 1
	%599 = add i32 9, %598
	%600 = add i32 %60, %599
	%601 = icmp slt i32 %597, %R
	%602 = icmp slt i32 %600, %T
	%603 = and i1 %601, %602
	%604 = icmp sle i32 %600, %597
	%605 = and i1 %603, %604
	%606 = fmul float %82, 0x3F97154760000000
	%607 = select i1 %605, float %606, float 0xFFF0000000000000
	%608 = mul i32 %4, 16
	%609 = add i32 %6, 0
	%610 = add i32 %608, %609
	%611 = add i32 %3, %610
	%612 = shl i32 %7, 1
	%613 = add i32 16, %612
	%614 = add i32 %60, %613
	%615 = icmp slt i32 %611, %R
	%616 = icmp slt i32 %614, %T
	%617 = and i1 %615, %616
	%618 = icmp sle i32 %614, %611
	%619 = and i1 %617, %618
	%620 = fmul float %83, 0x3F97154760000000
	%621 = select i1 %619, float %620, float 0xFFF0000000000000
	%622 = mul i32 %4, 16
	%623 = add i32 %6, 0
	%624 = add i32 %622, %623
	%625 = add i32 %3, %624
	%626 = shl i32 %7, 1
	%627 = add i32 17, %626
	%628 = add i32 %60, %627
	%629 = icmp slt i32 %625, %R
	%630 = icmp slt i32 %628, %T
	%631 = and i1 %629, %630
	%632 = icmp sle i32 %628, %625
	%633 = and i1 %631, %632
	%634 = fmul float %84, 0x3F97154760000000
	%635 = select i1 %633, float %634, float 0xFFF0000000000000
	%636 = mul i32 %4, 16
	%637 = add i32 %6, 8
	%638 = add i32 %636, %637
	%639 = add i32 %3, %638
	%640 = shl i32 %7, 1
	%641 = add i32 16, %640
	%642 = add i32 %60, %641
	%643 = icmp slt i32 %639, %R
	%644 = icmp slt i32 %642, %T
	%645 = and i1 %643, %644
	%646 = icmp sle i32 %642, %639
	%647 = and i1 %645, %646
	%648 = fmul float %85, 0x3F97154760000000
	%649 = select i1 %647, float %648, float 0xFFF0000000000000
	%650 = mul i32 %4, 16
	%651 = add i32 %6, 8
	%652 = add i32 %650, %651
	%653 = add i32 %3, %652
	%654 = shl i32 %7, 1
	%655 = add i32 17, %654
	%656 = add i32 %60, %655
	%657 = icmp slt i32 %653, %R
	%658 = icmp slt i32 %656, %T
	%659 = and i1 %657, %658
	%660 = icmp sle i32 %656, %653
	%661 = and i1 %659, %660
	%662 = fmul float %86, 0x3F97154760000000
	%663 = select i1 %661, float %662, float 0xFFF0000000000000
	%664 = mul i32 %4, 16
	%665 = add i32 %6, 0
	%666 = add i32 %664, %665
	%667 = add i32 %3, %666
	%668 = shl i32 %7, 1
	%669 = add i32 24, %668
	%670 = add i32 %60, %669
	%671 = icmp slt i32 %667, %R
	%672 = icmp slt i32 %670, %T
	%673 = and i1 %671, %672
	%674 = icmp sle i32 %670, %667
	%675 = and i1 %673, %674
	%676 = fmul float %87, 0x3F97154760000000
	%677 = select i1 %675, float %676, float 0xFFF0000000000000
	%678 = mul i32 %4, 16
	%679 = add i32 %6, 0
	%680 = add i32 %678, %679
	%681 = add i32 %3, %680
	%682 = shl i32 %7, 1
	%683 = add i32 25, %682
	%684 = add i32 %60, %683
	%685 = icmp slt i32 %681, %R
	%686 = icmp slt i32 %684, %T
	%687 = and i1 %685, %686
	%688 = icmp sle i32 %684, %681
	%689 = and i1 %687, %688
	%690 = fmul float %88, 0x3F97154760000000
	%691 = select i1 %689, float %690, float 0xFFF0000000000000
	%692 = mul i32 %4, 16
	%693 = add i32 %6, 8
	%694 = add i32 %692, %693
	%695 = add i32 %3, %694
	%696 = shl i32 %7, 1
	%697 = add i32 24, %696
	%698 = add i32 %60, %697
	%699 = icmp slt i32 %695, %R
	%700 = icmp slt i32 %698, %T
	%701 = and i1 %699, %700
	%702 = icmp sle i32 %698, %695
	%703 = and i1 %701, %702
	%704 = fmul float %89, 0x3F97154760000000
	%705 = select i1 %703, float %704, float 0xFFF0000000000000
	%706 = mul i32 %4, 16
	%707 = add i32 %6, 8
	%708 = add i32 %706, %707
	%709 = add i32 %3, %708
	%710 = shl i32 %7, 1
	%711 = add i32 25, %710
	%712 = add i32 %60, %711
	%713 = icmp slt i32 %709, %R
	%714 = icmp slt i32 %712, %T
	%715 = and i1 %713, %714
	%716 = icmp sle i32 %712, %709
	%717 = and i1 %715, %716
	%718 = fmul float %90, 0x3F97154760000000
	%719 = select i1 %717, float %718, float 0xFFF0000000000000
	%720 = mul i32 %4, 16
	%721 = add i32 %6, 0
	%722 = add i32 %720, %721
	%723 = add i32 %3, %722
	%724 = shl i32 %7, 1
	%725 = add i32 32, %724
	%726 = add i32 %60, %725
	%727 = icmp slt i32 %723, %R
	%728 = icmp slt i32 %726, %T
	%729 = and i1 %727, %728
	%730 = icmp sle i32 %726, %723
	%731 = and i1 %729, %730
	%732 = fmul float %91, 0x3F97154760000000
	%733 = select i1 %731, float %732, float 0xFFF0000000000000
	%734 = mul i32 %4, 16
	%735 = add i32 %6, 0
	%736 = add i32 %734, %735
	%737 = add i32 %3, %736
	%738 = shl i32 %7, 1
	%739 = add i32 33, %738
	%740 = add i32 %60, %739
	%741 = icmp slt i32 %737, %R
	%742 = icmp slt i32 %740, %T
	%743 = and i1 %741, %742
	%744 = icmp sle i32 %740, %737
	%745 = and i1 %743, %744
	%746 = fmul float %92, 0x3F97154760000000
	%747 = select i1 %745, float %746, float 0xFFF0000000000000
	%748 = mul i32 %4, 16
	%749 = add i32 %6, 8
	%750 = add i32 %748, %749
	%751 = add i32 %3, %750
	%752 = shl i32 %7, 1
	%753 = add i32 32, %752
	%754 = add i32 %60, %753
	%755 = icmp slt i32 %751, %R
	%756 = icmp slt i32 %754, %T
	%757 = and i1 %755, %756
	%758 = icmp sle i32 %754, %751
	%759 = and i1 %757, %758
	%760 = fmul float %93, 0x3F97154760000000
	%761 = select i1 %759, float %760, float 0xFFF0000000000000
	%762 = mul i32 %4, 16
	%763 = add i32 %6, 8
	%764 = add i32 %762, %763
	%765 = add i32 %3, %764
	%766 = shl i32 %7, 1
	%767 = add i32 33, %766
	%768 = add i32 %60, %767
	%769 = icmp slt i32 %765, %R
	%770 = icmp slt i32 %768, %T
	%771 = and i1 %769, %770
	%772 = icmp sle i32 %768, %765
	%773 = and i1 %771, %772
	%774 = fmul float %94, 0x3F97154760000000
	%775 = select i1 %773, float %774, float 0xFFF0000000000000
	%776 = mul i32 %4, 16
	%777 = add i32 %6, 0
	%778 = add i32 %776, %777
	%779 = add i32 %3, %778
	%780 = shl i32 %7, 1
	%781 = add i32 40, %780
	%782 = add i32 %60, %781
	%783 = icmp slt i32 %779, %R
	%784 = icmp slt i32 %782, %T
	%785 = and i1 %783, %784
	%786 = icmp sle i32 %782, %779
	%787 = and i1 %785, %786
	%788 = fmul float %95, 0x3F97154760000000
	%789 = select i1 %787, float %788, float 0xFFF0000000000000
	%790 = mul i32 %4, 16
	%791 = add i32 %6, 0
	%792 = add i32 %790, %791
	%793 = add i32 %3, %792
	%794 = shl i32 %7, 1
	%795 = add i32 41, %794
	%796 = add i32 %60, %795
	%797 = icmp slt i32 %793, %R
	%798 = icmp slt i32 %796, %T
	%799 = and i1 %797, %798
	%800 = icmp sle i32 %796, %793
	%801 = and i1 %799, %800
	%802 = fmul float %96, 0x3F97154760000000
	%803 = select i1 %801, float %802, float 0xFFF0000000000000
	%804 = mul i32 %4, 16
	%805 = add i32 %6, 8
	%806 = add i32 %804, %805
	%807 = add i32 %3, %806
	%808 = shl i32 %7, 1
	%809 = add i32 40, %808
	%810 = add i32 %60, %809
	%811 = icmp slt i32 %807, %R
	%812 = icmp slt i32 %810, %T
	%813 = and i1 %811, %812
	%814 = icmp sle i32 %810, %807
	%815 = and i1 %813, %814
	%816 = fmul float %97, 0x3F97154760000000
	%817 = select i1 %815, float %816, float 0xFFF0000000000000
	%818 = mul i32 %4, 16
	%819 = add i32 %6, 8
	%820 = add i32 %818, %819
	%821 = add i32 %3, %820
	%822 = shl i32 %7, 1
	%823 = add i32 41, %822
	%824 = add i32 %60, %823
	%825 = icmp slt i32 %821, %R
	%826 = icmp slt i32 %824, %T
	%827 = and i1 %825, %826
	%828 = icmp sle i32 %824, %821
	%829 = and i1 %827, %828
	%830 = fmul float %98, 0x3F97154760000000
	%831 = select i1 %829, float %830, float 0xFFF0000000000000
	%832 = mul i32 %4, 16
	%833 = add i32 %6, 0
	%834 = add i32 %832, %833
	%835 = add i32 %3, %834
	%836 = shl i32 %7, 1
	%837 = add i32 48, %836
	%838 = add i32 %60, %837
	%839 = icmp slt i32 %835, %R
	%840 = icmp slt i32 %838, %T
	%841 = and i1 %839, %840
	%842 = icmp sle i32 %838, %835
	%843 = and i1 %841, %842
	%844 = fmul float %99, 0x3F97154760000000
	%845 = select i1 %843, float %844, float 0xFFF0000000000000
	%846 = mul i32 %4, 16
	%847 = add i32 %6, 0
	%848 = add i32 %846, %847
	%849 = add i32 %3, %848
	%850 = shl i32 %7, 1
	%851 = add i32 49, %850
	%852 = add i32 %60, %851
	%853 = icmp slt i32 %849, %R
	%854 = icmp slt i32 %852, %T
	%855 = and i1 %853, %854
	%856 = icmp sle i32 %852, %849
	%857 = and i1 %855, %856
	%858 = fmul float %100, 0x3F97154760000000
	%859 = select i1 %857, float %858, float 0xFFF0000000000000
	%860 = mul i32 %4, 16
	%861 = add i32 %6, 8
	%862 = add i32 %860, %861
	%863 = add i32 %3, %862
	%864 = shl i32 %7, 1
	%865 = add i32 48, %864
	%866 = add i32 %60, %865
	%867 = icmp slt i32 %863, %R
	%868 = icmp slt i32 %866, %T
	%869 = and i1 %867, %868
	%870 = icmp sle i32 %866, %863
	%871 = and i1 %869, %870
	%872 = fmul float %101, 0x3F97154760000000
	%873 = select i1 %871, float %872, float 0xFFF0000000000000
	%874 = mul i32 %4, 16
	%875 = add i32 %6, 8
	%876 = add i32 %874, %875
	%877 = add i32 %3, %876
	%878 = shl i32 %7, 1
	%879 = add i32 49, %878
	%880 = add i32 %60, %879
	%881 = icmp slt i32 %877, %R
	%882 = icmp slt i32 %880, %T
	%883 = and i1 %881, %882
	%884 = icmp sle i32 %880, %877
	%885 = and i1 %883, %884
	%886 = fmul float %102, 0x3F97154760000000
	%887 = select i1 %885, float %886, float 0xFFF0000000000000
	%888 = mul i32 %4, 16
	%889 = add i32 %6, 0
	%890 = add i32 %888, %889
	%891 = add i32 %3, %890
	%892 = shl i32 %7, 1
	%893 = add i32 56, %892
	%894 = add i32 %60, %893
	%895 = icmp slt i32 %891, %R
	%896 = icmp slt i32 %894, %T
	%897 = and i1 %895, %896
	%898 = icmp sle i32 %894, %891
	%899 = and i1 %897, %898
	%900 = fmul float %103, 0x3F97154760000000
	%901 = select i1 %899, float %900, float 0xFFF0000000000000
	%902 = mul i32 %4, 16
	%903 = add i32 %6, 0
	%904 = add i32 %902, %903
	%905 = add i32 %3, %904
	%906 = shl i32 %7, 1
	%907 = add i32 57, %906
	%908 = add i32 %60, %907
	%909 = icmp slt i32 %905, %R
	%910 = icmp slt i32 %908, %T
	%911 = and i1 %909, %910
	%912 = icmp sle i32 %908, %905
	%913 = and i1 %911, %912
	%914 = fmul float %104, 0x3F97154760000000
	%915 = select i1 %913, float %914, float 0xFFF0000000000000
	%916 = mul i32 %4, 16
	%917 = add i32 %6, 8
	%918 = add i32 %916, %917
	%919 = add i32 %3, %918
	%920 = shl i32 %7, 1
	%921 = add i32 56, %920
	%922 = add i32 %60, %921
	%923 = icmp slt i32 %919, %R
	%924 = icmp slt i32 %922, %T
	%925 = and i1 %923, %924
	%926 = icmp sle i32 %922, %919
	%927 = and i1 %925, %926
	%928 = fmul float %105, 0x3F97154760000000
	%929 = select i1 %927, float %928, float 0xFFF0000000000000
	%930 = mul i32 %4, 16
	%931 = add i32 %6, 8
	%932 = add i32 %930, %931
	%933 = add i32 %3, %932
	%934 = shl i32 %7, 1
	%935 = add i32 57, %934
	%936 = add i32 %60, %935
	%937 = icmp slt i32 %933, %R
	%938 = icmp slt i32 %936, %T
	%939 = and i1 %937, %938
	%940 = icmp sle i32 %936, %933
	%941 = and i1 %939, %940
	%942 = fmul float %106, 0x3F97154760000000
	%943 = select i1 %941, float %942, float 0xFFF0000000000000
	%944 = call float @llvm.nvvm.fmax.f(float %509, float %523)
	%945 = call float @llvm.nvvm.fmax.f(float %565, float %579)
	%946 = call float @llvm.nvvm.fmax.f(float %621, float %635)
	%947 = call float @llvm.nvvm.fmax.f(float %677, float %691)
	%948 = call float @llvm.nvvm.fmax.f(float %733, float %747)
	%949 = call float @llvm.nvvm.fmax.f(float %789, float %803)
	%950 = call float @llvm.nvvm.fmax.f(float %845, float %859)
	%951 = call float @llvm.nvvm.fmax.f(float %901, float %915)
	%952 = call float @llvm.nvvm.fmax.f(float %944, float %945)
	%953 = call float @llvm.nvvm.fmax.f(float %946, float %947)
	%954 = call float @llvm.nvvm.fmax.f(float %948, float %949)
	%955 = call float @llvm.nvvm.fmax.f(float %950, float %951)
	%956 = call float @llvm.nvvm.fmax.f(float %952, float %953)
	%957 = call float @llvm.nvvm.fmax.f(float %954, float %955)
	%958 = call float @llvm.nvvm.fmax.f(float %956, float %957)
	%959 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %958, i32 1, i32 31)
	%960 = call float @llvm.nvvm.fmax.f(float %958, float %959)
	%961 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %960, i32 2, i32 31)
	%962 = call float @llvm.nvvm.fmax.f(float %960, float %961)
	%963 = call float @llvm.nvvm.fmax.f(float %54, float %962)
	%964 = fcmp oeq float %963, 0xFFF0000000000000
	%965 = select i1 %964, float 0.0, float %963
	%966 = fsub float %509, %965
	%967 = call float @llvm.nvvm.ex2.approx.ftz.f(float %966)
	%968 = fsub float %523, %965
	%969 = call float @llvm.nvvm.ex2.approx.ftz.f(float %968)
	%970 = fsub float %565, %965
	%971 = call float @llvm.nvvm.ex2.approx.ftz.f(float %970)
	%972 = fsub float %579, %965
	%973 = call float @llvm.nvvm.ex2.approx.ftz.f(float %972)
	%974 = fsub float %621, %965
	%975 = call float @llvm.nvvm.ex2.approx.ftz.f(float %974)
	%976 = fsub float %635, %965
	%977 = call float @llvm.nvvm.ex2.approx.ftz.f(float %976)
	%978 = fsub float %677, %965
	%979 = call float @llvm.nvvm.ex2.approx.ftz.f(float %978)
	%980 = fsub float %691, %965
	%981 = call float @llvm.nvvm.ex2.approx.ftz.f(float %980)
	%982 = fsub float %733, %965
	%983 = call float @llvm.nvvm.ex2.approx.ftz.f(float %982)
	%984 = fsub float %747, %965
	%985 = call float @llvm.nvvm.ex2.approx.ftz.f(float %984)
	%986 = fsub float %789, %965
	%987 = call float @llvm.nvvm.ex2.approx.ftz.f(float %986)
	%988 = fsub float %803, %965
	%989 = call float @llvm.nvvm.ex2.approx.ftz.f(float %988)
	%990 = fsub float %845, %965
	%991 = call float @llvm.nvvm.ex2.approx.ftz.f(float %990)
	%992 = fsub float %859, %965
	%993 = call float @llvm.nvvm.ex2.approx.ftz.f(float %992)
	%994 = fsub float %901, %965
	%995 = call float @llvm.nvvm.ex2.approx.ftz.f(float %994)
	%996 = fsub float %915, %965
	%997 = call float @llvm.nvvm.ex2.approx.ftz.f(float %996)
	%998 = fadd float %967, %969
	%999 = fadd float %971, %973
	%1000 = fadd float %975, %977
	%1001 = fadd float %979, %981
	%1002 = fadd float %983, %985
	%1003 = fadd float %987, %989
	%1004 = fadd float %991, %993
	%1005 = fadd float %995, %997
	%1006 = fadd float %998, %999
	%1007 = fadd float %1000, %1001
	%1008 = fadd float %1002, %1003
	%1009 = fadd float %1004, %1005
	%1010 = fadd float %1006, %1007
	%1011 = fadd float %1008, %1009
	%1012 = fadd float %1010, %1011
	%1013 = fsub float %54, %965
	%1014 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1013)
	%1015 = fmul float %56, %1014
	%1016 = fadd float %1015, %1012
	%1017 = fadd float %967, %969
	%1018 = fadd float %971, %973
	%1019 = fadd float %975, %977
	%1020 = fadd float %979, %981
	%1021 = fadd float %983, %985
	%1022 = fadd float %987, %989
	%1023 = fadd float %991, %993
	%1024 = fadd float %995, %997
	%1025 = call float @llvm.nvvm.fmax.f(float %537, float %551)
	%1026 = call float @llvm.nvvm.fmax.f(float %593, float %607)
	%1027 = call float @llvm.nvvm.fmax.f(float %649, float %663)
	%1028 = call float @llvm.nvvm.fmax.f(float %705, float %719)
	%1029 = call float @llvm.nvvm.fmax.f(float %761, float %775)
	%1030 = call float @llvm.nvvm.fmax.f(float %817, float %831)
	%1031 = call float @llvm.nvvm.fmax.f(float %873, float %887)
	%1032 = call float @llvm.nvvm.fmax.f(float %929, float %943)
	%1033 = call float @llvm.nvvm.fmax.f(float %1025, float %1026)
	%1034 = call float @llvm.nvvm.fmax.f(float %1027, float %1028)
	%1035 = call float @llvm.nvvm.fmax.f(float %1029, float %1030)
	%1036 = call float @llvm.nvvm.fmax.f(float %1031, float %1032)
	%1037 = call float @llvm.nvvm.fmax.f(float %1033, float %1034)
	%1038 = call float @llvm.nvvm.fmax.f(float %1035, float %1036)
	%1039 = call float @llvm.nvvm.fmax.f(float %1037, float %1038)
	%1040 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1039, i32 1, i32 31)
	%1041 = call float @llvm.nvvm.fmax.f(float %1039, float %1040)
	%1042 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1041, i32 2, i32 31)
	%1043 = call float @llvm.nvvm.fmax.f(float %1041, float %1042)
	%1044 = call float @llvm.nvvm.fmax.f(float %55, float %1043)
	%1045 = fcmp oeq float %1044, 0xFFF0000000000000
	%1046 = select i1 %1045, float 0.0, float %1044
	%1047 = fsub float %537, %1046
	%1048 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1047)
	%1049 = fsub float %551, %1046
	%1050 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1049)
	%1051 = fsub float %593, %1046
	%1052 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1051)
	%1053 = fsub float %607, %1046
	%1054 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1053)
	%1055 = fsub float %649, %1046
	%1056 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1055)
	%1057 = fsub float %663, %1046
	%1058 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1057)
	%1059 = fsub float %705, %1046
	%1060 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1059)
	%1061 = fsub float %719, %1046
	%1062 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1061)
	%1063 = fsub float %761, %1046
	%1064 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1063)
	%1065 = fsub float %775, %1046
	%1066 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1065)
	%1067 = fsub float %817, %1046
	%1068 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1067)
	%1069 = fsub float %831, %1046
	%1070 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1069)
	%1071 = fsub float %873, %1046
	%1072 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1071)
	%1073 = fsub float %887, %1046
	%1074 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1073)
	%1075 = fsub float %929, %1046
	%1076 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1075)
	%1077 = fsub float %943, %1046
	%1078 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1077)
	%1079 = fadd float %1048, %1050
	%1080 = fadd float %1052, %1054
	%1081 = fadd float %1056, %1058
	%1082 = fadd float %1060, %1062
	%1083 = fadd float %1064, %1066
	%1084 = fadd float %1068, %1070
	%1085 = fadd float %1072, %1074
	%1086 = fadd float %1076, %1078
	%1087 = fadd float %1079, %1080
	%1088 = fadd float %1081, %1082
	%1089 = fadd float %1083, %1084
	%1090 = fadd float %1085, %1086
	%1091 = fadd float %1087, %1088
	%1092 = fadd float %1089, %1090
	%1093 = fadd float %1091, %1092
	%1094 = fsub float %55, %1046
	%1095 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1094)
	%1096 = fmul float %57, %1095
	%1097 = fadd float %1096, %1093
	%1098 = fadd float %1048, %1050
	%1099 = fadd float %1052, %1054
	%1100 = fadd float %1056, %1058
	%1101 = fadd float %1060, %1062
	%1102 = fadd float %1064, %1066
	%1103 = fadd float %1068, %1070
	%1104 = fadd float %1072, %1074
	%1105 = fadd float %1076, %1078
	%1106 = sext i32 %R to i64
	%1107 = mul i32 %4, 16
	%1108 = add i32 %6, 0
	%1109 = add i32 %1107, %1108
	%1110 = add i32 %3, %1109
	%1111 = icmp slt i32 %1110, %R
	%1112 = mul i32 %1, %18
	%1113 = add i32 %1112, %53
	%1114 = sext i32 %1113 to i64
	%1115 = mul i64 %1114, %1106
	%1116 = sext i32 %1110 to i64
	%1117 = add i64 %1115, %1116
	%1118 = icmp eq i32 %7, 0
	%1119 = and i1 %1111, %1118
	br i1 %1119, label %1120, label %1122

1120:
	%1121 = getelementptr float, float* %mx, i64 %1117
	store float %965, float* %1121
	br label %1122

1122:
	%1123 = mul i32 %4, 16
	%1124 = add i32 %6, 8
	%1125 = add i32 %1123, %1124
	%1126 = add i32 %3, %1125
	%1127 = icmp slt i32 %1126, %R
	%1128 = mul i32 %1, %18
	%1129 = add i32 %1128, %53
	%1130 = sext i32 %1129 to i64
	%1131 = mul i64 %1130, %1106
	%1132 = sext i32 %1126 to i64
	%1133 = add i64 %1131, %1132
	%1134 = icmp eq i32 %7, 0
	%1135 = and i1 %1127, %1134
	br i1 %1135, label %1136, label %1138

1136:
	%1137 = getelementptr float, float* %mx, i64 %1133
	store float %1046, float* %1137
	br label %1138

1138:
	%1139 = and i32 %7, 1
	%1140 = icmp ne i32 %1139, 0
	%1141 = select i1 %1140, float %1018, float %1017
	%1142 = select i1 %1140, float %1017, float %1018
	%1143 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1142, i32 1, i32 31)
	%1144 = fadd float %1141, %1143
	%1145 = select i1 %1140, float %1020, float %1019
	%1146 = select i1 %1140, float %1019, float %1020
	%1147 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1146, i32 1, i32 31)
	%1148 = fadd float %1145, %1147
	%1149 = select i1 %1140, float %1022, float %1021
	%1150 = select i1 %1140, float %1021, float %1022
	%1151 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1150, i32 1, i32 31)
	%1152 = fadd float %1149, %1151
	%1153 = select i1 %1140, float %1024, float %1023
	%1154 = select i1 %1140, float %1023, float %1024
	%1155 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1154, i32 1, i32 31)
	%1156 = fadd float %1153, %1155
	%1157 = select i1 %1140, float %1099, float %1098
	%1158 = select i1 %1140, float %1098, float %1099
	%1159 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1158, i32 1, i32 31)
	%1160 = fadd float %1157, %1159
	%1161 = select i1 %1140, float %1101, float %1100
	%1162 = select i1 %1140, float %1100, float %1101
	%1163 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1162, i32 1, i32 31)
	%1164 = fadd float %1161, %1163
	%1165 = select i1 %1140, float %1103, float %1102
	%1166 = select i1 %1140, float %1102, float %1103
	%1167 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1166, i32 1, i32 31)
	%1168 = fadd float %1165, %1167
	%1169 = select i1 %1140, float %1105, float %1104
	%1170 = select i1 %1140, float %1104, float %1105
	%1171 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1170, i32 1, i32 31)
	%1172 = fadd float %1169, %1171
	%1173 = and i32 %7, 2
	%1174 = icmp ne i32 %1173, 0
	%1175 = select i1 %1174, float %1148, float %1144
	%1176 = select i1 %1174, float %1144, float %1148
	%1177 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1176, i32 2, i32 31)
	%1178 = fadd float %1175, %1177
	%1179 = select i1 %1174, float %1156, float %1152
	%1180 = select i1 %1174, float %1152, float %1156
	%1181 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1180, i32 2, i32 31)
	%1182 = fadd float %1179, %1181
	%1183 = select i1 %1174, float %1164, float %1160
	%1184 = select i1 %1174, float %1160, float %1164
	%1185 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1184, i32 2, i32 31)
	%1186 = fadd float %1183, %1185
	%1187 = select i1 %1174, float %1172, float %1168
	%1188 = select i1 %1174, float %1168, float %1172
	%1189 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1188, i32 2, i32 31)
	%1190 = fadd float %1187, %1189
	%1191 = add i32 0, %7
	%1192 = sub i32 %1191, 0
	%1193 = sdiv i32 %60, 8
	%1194 = add i32 %1193, %1192
	%1195 = and i1 true, %1111
	%1196 = icmp slt i32 %1194, %NK
	%1197 = and i1 %1195, %1196
	%1198 = mul i32 %1, %NK
	%1199 = add i32 %1198, %1194
	%1200 = sext i32 %1199 to i64
	%1201 = mul i64 %1200, %1106
	%1202 = mul i32 %4, 16
	%1203 = add i32 %6, 0
	%1204 = add i32 %1202, %1203
	%1205 = add i32 %3, %1204
	%1206 = sext i32 %1205 to i64
	%1207 = add i64 %1201, %1206
	br i1 %1197, label %1208, label %1210

1208:
	%1209 = getelementptr float, float* %part, i64 %1207
	store float %1178, float* %1209
	br label %1210

1210:
	%1211 = add i32 4, %7
	%1212 = sub i32 %1211, 0
	%1213 = sdiv i32 %60, 8
	%1214 = add i32 %1213, %1212
	%1215 = and i1 true, %1111
	%1216 = icmp slt i32 %1214, %NK
	%1217 = and i1 %1215, %1216
	%1218 = mul i32 %1, %NK
	%1219 = add i32 %1218, %1214
	%1220 = sext i32 %1219 to i64
	%1221 = mul i64 %1220, %1106
	%1222 = mul i32 %4, 16
	%1223 = add i32 %6, 0
	%1224 = add i32 %1222, %1223
	%1225 = add i32 %3, %1224
	%1226 = sext i32 %1225 to i64
	%1227 = add i64 %1221, %1226
	br i1 %1217, label %1228, label %1230

1228:
	%1229 = getelementptr float, float* %part, i64 %1227
	store float %1182, float* %1229
	br label %1230

1230:
	%1231 = add i32 8, %7
	%1232 = sub i32 %1231, 8
	%1233 = sdiv i32 %60, 8
	%1234 = add i32 %1233, %1232
	%1235 = and i1 true, %1127
	%1236 = icmp slt i32 %1234, %NK
	%1237 = and i1 %1235, %1236
	%1238 = mul i32 %1, %NK
	%1239 = add i32 %1238, %1234
	%1240 = sext i32 %1239 to i64
	%1241 = mul i64 %1240, %1106
	%1242 = mul i32 %4, 16
	%1243 = add i32 %6, 8
	%1244 = add i32 %1242, %1243
	%1245 = add i32 %3, %1244
	%1246 = sext i32 %1245 to i64
	%1247 = add i64 %1241, %1246
	br i1 %1237, label %1248, label %1250

1248:
	%1249 = getelementptr float, float* %part, i64 %1247
	store float %1186, float* %1249
	br label %1250

1250:
	%1251 = add i32 12, %7
	%1252 = sub i32 %1251, 8
	%1253 = sdiv i32 %60, 8
	%1254 = add i32 %1253, %1252
	%1255 = and i1 true, %1127
	%1256 = icmp slt i32 %1254, %NK
	%1257 = and i1 %1255, %1256
	%1258 = mul i32 %1, %NK
	%1259 = add i32 %1258, %1254
	%1260 = sext i32 %1259 to i64
	%1261 = mul i64 %1260, %1106
	%1262 = mul i32 %4, 16
	%1263 = add i32 %6, 8
	%1264 = add i32 %1262, %1263
	%1265 = add i32 %3, %1264
	%1266 = sext i32 %1265 to i64
	%1267 = add i64 %1261, %1266
	br i1 %1257, label %1268, label %1270

1268:
	%1269 = getelementptr float, float* %part, i64 %1267
	store float %1190, float* %1269
	br label %1270

1270:
	%1271 = add i32 %53, 1
	br label %52

1272:
	%1273 = mul i32 %1, %R
	%1274 = add i32 %1273, %69
	%1275 = mul i32 %1274, 2
	%1276 = add i32 %1275, 0
	%1277 = sext i32 %1276 to i64
	%1278 = getelementptr float, float* %stats, i64 %1277
	store float %54, float* %1278
	%1279 = mul i32 %1, %R
	%1280 = add i32 %1279, %69
	%1281 = mul i32 %1280, 2
	%1282 = add i32 %1281, 1
	%1283 = sext i32 %1282 to i64
	%1284 = getelementptr float, float* %stats, i64 %1283
	store float %65, float* %1284
	br label %1285

1285:
	%1286 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %57, i32 1, i32 31)
	%1287 = fadd float %57, %1286
	%1288 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1287, i32 2, i32 31)
	%1289 = fadd float %1287, %1288
	%1290 = mul i32 %4, 16
	%1291 = add i32 %6, 8
	%1292 = add i32 %1290, %1291
	%1293 = add i32 %3, %1292
	%1294 = icmp slt i32 %1293, %R
	%1295 = icmp eq i32 %7, 0
	%1296 = and i1 %1294, %1295
	br i1 %1296, label %1297, label %1310

1297:
	%1298 = mul i32 %1, %R
	%1299 = add i32 %1298, %1293
	%1300 = mul i32 %1299, 2
	%1301 = add i32 %1300, 0
	%1302 = sext i32 %1301 to i64
	%1303 = getelementptr float, float* %stats, i64 %1302
	store float %55, float* %1303
	%1304 = mul i32 %1, %R
	%1305 = add i32 %1304, %1293
	%1306 = mul i32 %1305, 2
	%1307 = add i32 %1306, 1
	%1308 = sext i32 %1307 to i64
	%1309 = getelementptr float, float* %stats, i64 %1308
	store float %1289, float* %1309
	br label %1310

1310:
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

define ptx_kernel void @proxy_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @proxy_attn2_smem to i32
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

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6}
!0 = !{void (i8*, i32, float*, i32*, i32, i32)* @proxy_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32)* @proxy_proxy_q0, !"maxntidx", i32 256}
!2 = !{void (i16*, i16*, i32, i32, i32)* @proxy_proxy_k0, !"maxntidx", i32 256}
!3 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @proxy_adstats0, !"maxntidx", i32 256}
!4 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @proxy_admass0, !"maxntidx", i32 256}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @proxy_attn2, !"maxntidx", i32 128}
!6 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @proxy_attn2, !"minctasm", i32 3}
