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
@adfull_admass0_smem = internal addrspace(3) global [24576 x i8] undef, align 1024
@adfull_attn2_smem = internal addrspace(3) global [8192 x i8] undef, align 1024

define ptx_kernel void @adfull_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK) {
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
	%56 = sdiv i32 %55, 32
	%57 = add i32 %1, 1
	%58 = mul i32 %57, 64
	%59 = sub i32 %58, 1
	%60 = sdiv i32 %59, 32
	br label %61

61:
	%62 = phi i32 [ %0, %54 ], [ %106, %92 ]
	%63 = phi float [ 0.0, %54 ], [ %105, %92 ]
	%64 = icmp slt i32 %62, %16
	br i1 %64, label %65, label %73

65:
	%66 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %62
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
	%87 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 %84
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
	%103 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %62
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
	%109 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 0
	%110 = load float, float addrspace(3)* %109
	%111 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 1
	%112 = load float, float addrspace(3)* %111
	%113 = fadd float %110, %112
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 2
	%115 = load float, float addrspace(3)* %114
	%116 = fadd float %113, %115
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 3
	%118 = load float, float addrspace(3)* %117
	%119 = fadd float %116, %118
	%120 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 4
	%121 = load float, float addrspace(3)* %120
	%122 = fadd float %119, %121
	%123 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 5
	%124 = load float, float addrspace(3)* %123
	%125 = fadd float %122, %124
	%126 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 6
	%127 = load float, float addrspace(3)* %126
	%128 = fadd float %125, %127
	%129 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 7
	%130 = load float, float addrspace(3)* %129
	%131 = fadd float %128, %130
	%132 = fptosi float %131 to i32
	%133 = icmp eq i32 %0, 0
	br i1 %133, label %134, label %138

134:
	%135 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 0
	%136 = load i32, i32 addrspace(3)* %135
	%137 = icmp eq i32 %136, 1
	br i1 %137, label %155, label %163

138:
	call void @llvm.nvvm.barrier0()
	%139 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @adfull_select1_cnt, i32 0, i32 0
	%140 = load i32, i32 addrspace(3)* %139
	%141 = sub i32 %132, %140
	%142 = sitofp i32 %132 to double
	%143 = fmul double 0x3FB999999999999A, %142
	%144 = fsub double %143, 0x3E112E0BE826D695
	%145 = call double @llvm.ceil.f64(double %144)
	%146 = fptosi double %145 to i32
	%147 = sub i32 %146, %140
	%148 = icmp sgt i32 %147, 0
	%149 = select i1 %148, i32 %147, i32 0
	%150 = icmp slt i32 %149, %141
	%151 = select i1 %150, i32 %149, i32 %141
	%152 = icmp sgt i32 %151, 0
	%153 = select i1 %152, i32 %151, i32 0
	%154 = icmp sgt i32 %153, 0
	br i1 %154, label %topk, label %topk_done

155:
	%156 = add i32 %13, 0
	%157 = sext i32 %156 to i64
	%158 = getelementptr i32, i32* %list, i64 %157
	store i32 0, i32* %158
	%159 = add i32 %13, %NK
	%160 = add i32 %159, 0
	%161 = sext i32 %160 to i64
	%162 = getelementptr i32, i32* %list, i64 %161
	store i32 1, i32* %162
	br label %163

163:
	%164 = add i32 %11, 0
	%165 = sext i32 %164 to i64
	%166 = getelementptr float, float* %e, i64 %165
	%167 = load float, float* %166
	%168 = add i32 0, 1
	%169 = select i1 %137, i32 %168, i32 0
	%170 = fpext float %167 to double
	%171 = fadd double 0.0, %170
	%172 = select i1 %137, double %171, double 0.0
	%173 = icmp sgt i32 %56, 1
	%174 = select i1 %173, i32 %56, i32 1
	%175 = add i32 %60, 1
	%176 = icmp slt i32 %175, %NK
	%177 = select i1 %176, i32 %175, i32 %NK
	br label %178

178:
	%179 = phi i32 [ %174, %163 ], [ %208, %198 ]
	%180 = phi i32 [ %169, %163 ], [ %204, %198 ]
	%181 = phi double [ %172, %163 ], [ %207, %198 ]
	%182 = icmp slt i32 %179, %177
	br i1 %182, label %183, label %187

183:
	%184 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %179
	%185 = load i32, i32 addrspace(3)* %184
	%186 = icmp eq i32 %185, 1
	br i1 %186, label %190, label %198

187:
	%188 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @adfull_select1_cnt, i32 0, i32 0
	store i32 %180, i32 addrspace(3)* %188
	%189 = getelementptr [1 x double], [1 x double] addrspace(3)* @adfull_select1_mass, i32 0, i32 0
	store double %181, double addrspace(3)* %189
	br label %138

190:
	%191 = add i32 %13, %180
	%192 = sext i32 %191 to i64
	%193 = getelementptr i32, i32* %list, i64 %192
	store i32 %179, i32* %193
	%194 = add i32 %13, %NK
	%195 = add i32 %194, %180
	%196 = sext i32 %195 to i64
	%197 = getelementptr i32, i32* %list, i64 %196
	store i32 1, i32* %197
	br label %198

198:
	%199 = add i32 %11, %179
	%200 = sext i32 %199 to i64
	%201 = getelementptr float, float* %e, i64 %200
	%202 = load float, float* %201
	%203 = add i32 %180, 1
	%204 = select i1 %186, i32 %203, i32 %180
	%205 = fpext float %202 to double
	%206 = fadd double %181, %205
	%207 = select i1 %186, double %206, double %181
	%208 = add i32 %179, 1
	br label %178

topk:
	call void @llvm.nvvm.barrier0()
	%209 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %209
	call void @llvm.nvvm.barrier0()
	br label %217

topk_done:
	%210 = sub i32 %153, 1
	%211 = call i32 @llvm.ctlz.i32(i32 %210, i1 false)
	%212 = icmp sgt i32 %153, 1
	%213 = sub i32 32, %211
	%214 = select i1 %212, i32 %213, i32 0
	%215 = shl i32 1, %214
	%216 = add i32 %153, %0
	br label %881

217:
	%218 = phi i32 [ %0, %topk ], [ %268, %267 ]
	%219 = icmp slt i32 %218, %16
	br i1 %219, label %220, label %236

220:
	%221 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %218
	%222 = load i32, i32 addrspace(3)* %221
	%223 = icmp uge i32 %222, 2
	%224 = and i32 %222, 0
	%225 = icmp eq i32 %224, 0
	%226 = and i1 %223, %225
	%227 = lshr i32 %222, 24
	%228 = and i32 %227, 255
	%229 = select i1 %226, i32 %228, i32 256
	%230 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %229)
	%231 = shl i32 1, %3
	%232 = sub i32 %231, 1
	%233 = and i32 %230, %232
	%234 = icmp eq i32 %233, 0
	%235 = and i1 %226, %234
	br i1 %235, label %263, label %267

236:
	call void @llvm.nvvm.barrier0()
	%237 = sub i32 255, %0
	%238 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %237
	%239 = load i32, i32 addrspace(3)* %238
	%240 = and i32 %0, 31
	%241 = lshr i32 %0, 5
	%242 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %239, i32 1, i32 0)
	%243 = icmp uge i32 %240, 1
	%244 = select i1 %243, i32 %242, i32 0
	%245 = add i32 %239, %244
	%246 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %245, i32 2, i32 0)
	%247 = icmp uge i32 %240, 2
	%248 = select i1 %247, i32 %246, i32 0
	%249 = add i32 %245, %248
	%250 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %249, i32 4, i32 0)
	%251 = icmp uge i32 %240, 4
	%252 = select i1 %251, i32 %250, i32 0
	%253 = add i32 %249, %252
	%254 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %253, i32 8, i32 0)
	%255 = icmp uge i32 %240, 8
	%256 = select i1 %255, i32 %254, i32 0
	%257 = add i32 %253, %256
	%258 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %257, i32 16, i32 0)
	%259 = icmp uge i32 %240, 16
	%260 = select i1 %259, i32 %258, i32 0
	%261 = add i32 %257, %260
	%262 = icmp eq i32 %240, 31
	br i1 %262, label %269, label %271

263:
	%264 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %228
	%265 = call i32 @llvm.ctpop.i32(i32 %230)
	%266 = atomicrmw add i32 addrspace(3)* %264, i32 %265 monotonic
	br label %267

267:
	%268 = add i32 %218, 256
	br label %217

269:
	%270 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 %241
	store i32 %261, i32 addrspace(3)* %270
	br label %271

271:
	call void @llvm.nvvm.barrier0()
	%272 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 0
	%273 = load i32, i32 addrspace(3)* %272
	%274 = icmp sgt i32 %241, 0
	%275 = select i1 %274, i32 %273, i32 0
	%276 = add i32 0, %275
	%277 = add i32 0, %273
	%278 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 1
	%279 = load i32, i32 addrspace(3)* %278
	%280 = icmp sgt i32 %241, 1
	%281 = select i1 %280, i32 %279, i32 0
	%282 = add i32 %276, %281
	%283 = add i32 %277, %279
	%284 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 2
	%285 = load i32, i32 addrspace(3)* %284
	%286 = icmp sgt i32 %241, 2
	%287 = select i1 %286, i32 %285, i32 0
	%288 = add i32 %282, %287
	%289 = add i32 %283, %285
	%290 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 3
	%291 = load i32, i32 addrspace(3)* %290
	%292 = icmp sgt i32 %241, 3
	%293 = select i1 %292, i32 %291, i32 0
	%294 = add i32 %288, %293
	%295 = add i32 %289, %291
	%296 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 4
	%297 = load i32, i32 addrspace(3)* %296
	%298 = icmp sgt i32 %241, 4
	%299 = select i1 %298, i32 %297, i32 0
	%300 = add i32 %294, %299
	%301 = add i32 %295, %297
	%302 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 5
	%303 = load i32, i32 addrspace(3)* %302
	%304 = icmp sgt i32 %241, 5
	%305 = select i1 %304, i32 %303, i32 0
	%306 = add i32 %300, %305
	%307 = add i32 %301, %303
	%308 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 6
	%309 = load i32, i32 addrspace(3)* %308
	%310 = icmp sgt i32 %241, 6
	%311 = select i1 %310, i32 %309, i32 0
	%312 = add i32 %306, %311
	%313 = add i32 %307, %309
	%314 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 7
	%315 = load i32, i32 addrspace(3)* %314
	%316 = icmp sgt i32 %241, 7
	%317 = select i1 %316, i32 %315, i32 0
	%318 = add i32 %312, %317
	%319 = add i32 %313, %315
	%320 = add i32 %318, %261
	%321 = sub i32 %320, %239
	%322 = icmp slt i32 %321, %153
	%323 = add i32 %321, %239
	%324 = icmp sle i32 %153, %323
	%325 = and i1 %322, %324
	br i1 %325, label %326, label %329

326:
	%327 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	store i32 %237, i32 addrspace(3)* %327
	%328 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	store i32 %321, i32 addrspace(3)* %328
	br label %329

329:
	call void @llvm.nvvm.barrier0()
	%330 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	%331 = load i32, i32 addrspace(3)* %330
	%332 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	%333 = load i32, i32 addrspace(3)* %332
	%334 = sub i32 %153, %333
	%335 = shl i32 %331, 24
	%336 = or i32 0, %335
	%337 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%338 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %338
	call void @llvm.nvvm.barrier0()
	br label %339

339:
	%340 = phi i32 [ %0, %329 ], [ %390, %389 ]
	%341 = icmp slt i32 %340, %16
	br i1 %341, label %342, label %358

342:
	%343 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %340
	%344 = load i32, i32 addrspace(3)* %343
	%345 = icmp uge i32 %344, 2
	%346 = and i32 %344, %337
	%347 = icmp eq i32 %346, %336
	%348 = and i1 %345, %347
	%349 = lshr i32 %344, 16
	%350 = and i32 %349, 255
	%351 = select i1 %348, i32 %350, i32 256
	%352 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %351)
	%353 = shl i32 1, %3
	%354 = sub i32 %353, 1
	%355 = and i32 %352, %354
	%356 = icmp eq i32 %355, 0
	%357 = and i1 %348, %356
	br i1 %357, label %385, label %389

358:
	call void @llvm.nvvm.barrier0()
	%359 = sub i32 255, %0
	%360 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %359
	%361 = load i32, i32 addrspace(3)* %360
	%362 = and i32 %0, 31
	%363 = lshr i32 %0, 5
	%364 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %361, i32 1, i32 0)
	%365 = icmp uge i32 %362, 1
	%366 = select i1 %365, i32 %364, i32 0
	%367 = add i32 %361, %366
	%368 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %367, i32 2, i32 0)
	%369 = icmp uge i32 %362, 2
	%370 = select i1 %369, i32 %368, i32 0
	%371 = add i32 %367, %370
	%372 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %371, i32 4, i32 0)
	%373 = icmp uge i32 %362, 4
	%374 = select i1 %373, i32 %372, i32 0
	%375 = add i32 %371, %374
	%376 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %375, i32 8, i32 0)
	%377 = icmp uge i32 %362, 8
	%378 = select i1 %377, i32 %376, i32 0
	%379 = add i32 %375, %378
	%380 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %379, i32 16, i32 0)
	%381 = icmp uge i32 %362, 16
	%382 = select i1 %381, i32 %380, i32 0
	%383 = add i32 %379, %382
	%384 = icmp eq i32 %362, 31
	br i1 %384, label %391, label %393

385:
	%386 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %350
	%387 = call i32 @llvm.ctpop.i32(i32 %352)
	%388 = atomicrmw add i32 addrspace(3)* %386, i32 %387 monotonic
	br label %389

389:
	%390 = add i32 %340, 256
	br label %339

391:
	%392 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 %363
	store i32 %383, i32 addrspace(3)* %392
	br label %393

393:
	call void @llvm.nvvm.barrier0()
	%394 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 0
	%395 = load i32, i32 addrspace(3)* %394
	%396 = icmp sgt i32 %363, 0
	%397 = select i1 %396, i32 %395, i32 0
	%398 = add i32 0, %397
	%399 = add i32 0, %395
	%400 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 1
	%401 = load i32, i32 addrspace(3)* %400
	%402 = icmp sgt i32 %363, 1
	%403 = select i1 %402, i32 %401, i32 0
	%404 = add i32 %398, %403
	%405 = add i32 %399, %401
	%406 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 2
	%407 = load i32, i32 addrspace(3)* %406
	%408 = icmp sgt i32 %363, 2
	%409 = select i1 %408, i32 %407, i32 0
	%410 = add i32 %404, %409
	%411 = add i32 %405, %407
	%412 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 3
	%413 = load i32, i32 addrspace(3)* %412
	%414 = icmp sgt i32 %363, 3
	%415 = select i1 %414, i32 %413, i32 0
	%416 = add i32 %410, %415
	%417 = add i32 %411, %413
	%418 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 4
	%419 = load i32, i32 addrspace(3)* %418
	%420 = icmp sgt i32 %363, 4
	%421 = select i1 %420, i32 %419, i32 0
	%422 = add i32 %416, %421
	%423 = add i32 %417, %419
	%424 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 5
	%425 = load i32, i32 addrspace(3)* %424
	%426 = icmp sgt i32 %363, 5
	%427 = select i1 %426, i32 %425, i32 0
	%428 = add i32 %422, %427
	%429 = add i32 %423, %425
	%430 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 6
	%431 = load i32, i32 addrspace(3)* %430
	%432 = icmp sgt i32 %363, 6
	%433 = select i1 %432, i32 %431, i32 0
	%434 = add i32 %428, %433
	%435 = add i32 %429, %431
	%436 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 7
	%437 = load i32, i32 addrspace(3)* %436
	%438 = icmp sgt i32 %363, 7
	%439 = select i1 %438, i32 %437, i32 0
	%440 = add i32 %434, %439
	%441 = add i32 %435, %437
	%442 = add i32 %440, %383
	%443 = sub i32 %442, %361
	%444 = icmp slt i32 %443, %334
	%445 = add i32 %443, %361
	%446 = icmp sle i32 %334, %445
	%447 = and i1 %444, %446
	br i1 %447, label %448, label %451

448:
	%449 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	store i32 %359, i32 addrspace(3)* %449
	%450 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	store i32 %443, i32 addrspace(3)* %450
	br label %451

451:
	call void @llvm.nvvm.barrier0()
	%452 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	%453 = load i32, i32 addrspace(3)* %452
	%454 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	%455 = load i32, i32 addrspace(3)* %454
	%456 = sub i32 %334, %455
	%457 = shl i32 %453, 16
	%458 = or i32 %336, %457
	%459 = or i32 %337, u0xFF0000
	call void @llvm.nvvm.barrier0()
	%460 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %460
	call void @llvm.nvvm.barrier0()
	br label %461

461:
	%462 = phi i32 [ %0, %451 ], [ %512, %511 ]
	%463 = icmp slt i32 %462, %16
	br i1 %463, label %464, label %480

464:
	%465 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %462
	%466 = load i32, i32 addrspace(3)* %465
	%467 = icmp uge i32 %466, 2
	%468 = and i32 %466, %459
	%469 = icmp eq i32 %468, %458
	%470 = and i1 %467, %469
	%471 = lshr i32 %466, 8
	%472 = and i32 %471, 255
	%473 = select i1 %470, i32 %472, i32 256
	%474 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %473)
	%475 = shl i32 1, %3
	%476 = sub i32 %475, 1
	%477 = and i32 %474, %476
	%478 = icmp eq i32 %477, 0
	%479 = and i1 %470, %478
	br i1 %479, label %507, label %511

480:
	call void @llvm.nvvm.barrier0()
	%481 = sub i32 255, %0
	%482 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %481
	%483 = load i32, i32 addrspace(3)* %482
	%484 = and i32 %0, 31
	%485 = lshr i32 %0, 5
	%486 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %483, i32 1, i32 0)
	%487 = icmp uge i32 %484, 1
	%488 = select i1 %487, i32 %486, i32 0
	%489 = add i32 %483, %488
	%490 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %489, i32 2, i32 0)
	%491 = icmp uge i32 %484, 2
	%492 = select i1 %491, i32 %490, i32 0
	%493 = add i32 %489, %492
	%494 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %493, i32 4, i32 0)
	%495 = icmp uge i32 %484, 4
	%496 = select i1 %495, i32 %494, i32 0
	%497 = add i32 %493, %496
	%498 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %497, i32 8, i32 0)
	%499 = icmp uge i32 %484, 8
	%500 = select i1 %499, i32 %498, i32 0
	%501 = add i32 %497, %500
	%502 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %501, i32 16, i32 0)
	%503 = icmp uge i32 %484, 16
	%504 = select i1 %503, i32 %502, i32 0
	%505 = add i32 %501, %504
	%506 = icmp eq i32 %484, 31
	br i1 %506, label %513, label %515

507:
	%508 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %472
	%509 = call i32 @llvm.ctpop.i32(i32 %474)
	%510 = atomicrmw add i32 addrspace(3)* %508, i32 %509 monotonic
	br label %511

511:
	%512 = add i32 %462, 256
	br label %461

513:
	%514 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 %485
	store i32 %505, i32 addrspace(3)* %514
	br label %515

515:
	call void @llvm.nvvm.barrier0()
	%516 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 0
	%517 = load i32, i32 addrspace(3)* %516
	%518 = icmp sgt i32 %485, 0
	%519 = select i1 %518, i32 %517, i32 0
	%520 = add i32 0, %519
	%521 = add i32 0, %517
	%522 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 1
	%523 = load i32, i32 addrspace(3)* %522
	%524 = icmp sgt i32 %485, 1
	%525 = select i1 %524, i32 %523, i32 0
	%526 = add i32 %520, %525
	%527 = add i32 %521, %523
	%528 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 2
	%529 = load i32, i32 addrspace(3)* %528
	%530 = icmp sgt i32 %485, 2
	%531 = select i1 %530, i32 %529, i32 0
	%532 = add i32 %526, %531
	%533 = add i32 %527, %529
	%534 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 3
	%535 = load i32, i32 addrspace(3)* %534
	%536 = icmp sgt i32 %485, 3
	%537 = select i1 %536, i32 %535, i32 0
	%538 = add i32 %532, %537
	%539 = add i32 %533, %535
	%540 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 4
	%541 = load i32, i32 addrspace(3)* %540
	%542 = icmp sgt i32 %485, 4
	%543 = select i1 %542, i32 %541, i32 0
	%544 = add i32 %538, %543
	%545 = add i32 %539, %541
	%546 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 5
	%547 = load i32, i32 addrspace(3)* %546
	%548 = icmp sgt i32 %485, 5
	%549 = select i1 %548, i32 %547, i32 0
	%550 = add i32 %544, %549
	%551 = add i32 %545, %547
	%552 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 6
	%553 = load i32, i32 addrspace(3)* %552
	%554 = icmp sgt i32 %485, 6
	%555 = select i1 %554, i32 %553, i32 0
	%556 = add i32 %550, %555
	%557 = add i32 %551, %553
	%558 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 7
	%559 = load i32, i32 addrspace(3)* %558
	%560 = icmp sgt i32 %485, 7
	%561 = select i1 %560, i32 %559, i32 0
	%562 = add i32 %556, %561
	%563 = add i32 %557, %559
	%564 = add i32 %562, %505
	%565 = sub i32 %564, %483
	%566 = icmp slt i32 %565, %456
	%567 = add i32 %565, %483
	%568 = icmp sle i32 %456, %567
	%569 = and i1 %566, %568
	br i1 %569, label %570, label %573

570:
	%571 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	store i32 %481, i32 addrspace(3)* %571
	%572 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	store i32 %565, i32 addrspace(3)* %572
	br label %573

573:
	call void @llvm.nvvm.barrier0()
	%574 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	%575 = load i32, i32 addrspace(3)* %574
	%576 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	%577 = load i32, i32 addrspace(3)* %576
	%578 = sub i32 %456, %577
	%579 = shl i32 %575, 8
	%580 = or i32 %458, %579
	%581 = or i32 %459, u0xFF00
	call void @llvm.nvvm.barrier0()
	%582 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %582
	call void @llvm.nvvm.barrier0()
	br label %583

583:
	%584 = phi i32 [ %0, %573 ], [ %634, %633 ]
	%585 = icmp slt i32 %584, %16
	br i1 %585, label %586, label %602

586:
	%587 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %584
	%588 = load i32, i32 addrspace(3)* %587
	%589 = icmp uge i32 %588, 2
	%590 = and i32 %588, %581
	%591 = icmp eq i32 %590, %580
	%592 = and i1 %589, %591
	%593 = lshr i32 %588, 0
	%594 = and i32 %593, 255
	%595 = select i1 %592, i32 %594, i32 256
	%596 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %595)
	%597 = shl i32 1, %3
	%598 = sub i32 %597, 1
	%599 = and i32 %596, %598
	%600 = icmp eq i32 %599, 0
	%601 = and i1 %592, %600
	br i1 %601, label %629, label %633

602:
	call void @llvm.nvvm.barrier0()
	%603 = sub i32 255, %0
	%604 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %603
	%605 = load i32, i32 addrspace(3)* %604
	%606 = and i32 %0, 31
	%607 = lshr i32 %0, 5
	%608 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %605, i32 1, i32 0)
	%609 = icmp uge i32 %606, 1
	%610 = select i1 %609, i32 %608, i32 0
	%611 = add i32 %605, %610
	%612 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %611, i32 2, i32 0)
	%613 = icmp uge i32 %606, 2
	%614 = select i1 %613, i32 %612, i32 0
	%615 = add i32 %611, %614
	%616 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %615, i32 4, i32 0)
	%617 = icmp uge i32 %606, 4
	%618 = select i1 %617, i32 %616, i32 0
	%619 = add i32 %615, %618
	%620 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %619, i32 8, i32 0)
	%621 = icmp uge i32 %606, 8
	%622 = select i1 %621, i32 %620, i32 0
	%623 = add i32 %619, %622
	%624 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %623, i32 16, i32 0)
	%625 = icmp uge i32 %606, 16
	%626 = select i1 %625, i32 %624, i32 0
	%627 = add i32 %623, %626
	%628 = icmp eq i32 %606, 31
	br i1 %628, label %635, label %637

629:
	%630 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %594
	%631 = call i32 @llvm.ctpop.i32(i32 %596)
	%632 = atomicrmw add i32 addrspace(3)* %630, i32 %631 monotonic
	br label %633

633:
	%634 = add i32 %584, 256
	br label %583

635:
	%636 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 %607
	store i32 %627, i32 addrspace(3)* %636
	br label %637

637:
	call void @llvm.nvvm.barrier0()
	%638 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 0
	%639 = load i32, i32 addrspace(3)* %638
	%640 = icmp sgt i32 %607, 0
	%641 = select i1 %640, i32 %639, i32 0
	%642 = add i32 0, %641
	%643 = add i32 0, %639
	%644 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 1
	%645 = load i32, i32 addrspace(3)* %644
	%646 = icmp sgt i32 %607, 1
	%647 = select i1 %646, i32 %645, i32 0
	%648 = add i32 %642, %647
	%649 = add i32 %643, %645
	%650 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 2
	%651 = load i32, i32 addrspace(3)* %650
	%652 = icmp sgt i32 %607, 2
	%653 = select i1 %652, i32 %651, i32 0
	%654 = add i32 %648, %653
	%655 = add i32 %649, %651
	%656 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 3
	%657 = load i32, i32 addrspace(3)* %656
	%658 = icmp sgt i32 %607, 3
	%659 = select i1 %658, i32 %657, i32 0
	%660 = add i32 %654, %659
	%661 = add i32 %655, %657
	%662 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 4
	%663 = load i32, i32 addrspace(3)* %662
	%664 = icmp sgt i32 %607, 4
	%665 = select i1 %664, i32 %663, i32 0
	%666 = add i32 %660, %665
	%667 = add i32 %661, %663
	%668 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 5
	%669 = load i32, i32 addrspace(3)* %668
	%670 = icmp sgt i32 %607, 5
	%671 = select i1 %670, i32 %669, i32 0
	%672 = add i32 %666, %671
	%673 = add i32 %667, %669
	%674 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 6
	%675 = load i32, i32 addrspace(3)* %674
	%676 = icmp sgt i32 %607, 6
	%677 = select i1 %676, i32 %675, i32 0
	%678 = add i32 %672, %677
	%679 = add i32 %673, %675
	%680 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 7
	%681 = load i32, i32 addrspace(3)* %680
	%682 = icmp sgt i32 %607, 7
	%683 = select i1 %682, i32 %681, i32 0
	%684 = add i32 %678, %683
	%685 = add i32 %679, %681
	%686 = add i32 %684, %627
	%687 = sub i32 %686, %605
	%688 = icmp slt i32 %687, %578
	%689 = add i32 %687, %605
	%690 = icmp sle i32 %578, %689
	%691 = and i1 %688, %690
	br i1 %691, label %692, label %695

692:
	%693 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	store i32 %603, i32 addrspace(3)* %693
	%694 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	store i32 %687, i32 addrspace(3)* %694
	br label %695

695:
	call void @llvm.nvvm.barrier0()
	%696 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	%697 = load i32, i32 addrspace(3)* %696
	%698 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	%699 = load i32, i32 addrspace(3)* %698
	%700 = sub i32 %578, %699
	%701 = shl i32 %697, 0
	%702 = or i32 %580, %701
	%703 = or i32 %581, 255
	br label %704

704:
	%705 = phi i32 [ 0, %695 ], [ %880, %877 ]
	%706 = phi i32 [ 0, %695 ], [ %878, %877 ]
	%707 = phi i32 [ 0, %695 ], [ %879, %877 ]
	%708 = icmp slt i32 %705, %16
	br i1 %708, label %709, label %738

709:
	%710 = add i32 %705, %0
	%711 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %710
	%712 = load i32, i32 addrspace(3)* %711
	%713 = icmp eq i32 %712, %702
	%714 = zext i1 %713 to i32
	%715 = and i32 %0, 31
	%716 = lshr i32 %0, 5
	%717 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %714, i32 1, i32 0)
	%718 = icmp uge i32 %715, 1
	%719 = select i1 %718, i32 %717, i32 0
	%720 = add i32 %714, %719
	%721 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %720, i32 2, i32 0)
	%722 = icmp uge i32 %715, 2
	%723 = select i1 %722, i32 %721, i32 0
	%724 = add i32 %720, %723
	%725 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %724, i32 4, i32 0)
	%726 = icmp uge i32 %715, 4
	%727 = select i1 %726, i32 %725, i32 0
	%728 = add i32 %724, %727
	%729 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %728, i32 8, i32 0)
	%730 = icmp uge i32 %715, 8
	%731 = select i1 %730, i32 %729, i32 0
	%732 = add i32 %728, %731
	%733 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %732, i32 16, i32 0)
	%734 = icmp uge i32 %715, 16
	%735 = select i1 %734, i32 %733, i32 0
	%736 = add i32 %732, %735
	%737 = icmp eq i32 %715, 31
	br i1 %737, label %739, label %741

738:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

739:
	%740 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 %716
	store i32 %736, i32 addrspace(3)* %740
	br label %741

741:
	call void @llvm.nvvm.barrier0()
	%742 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 0
	%743 = load i32, i32 addrspace(3)* %742
	%744 = icmp sgt i32 %716, 0
	%745 = select i1 %744, i32 %743, i32 0
	%746 = add i32 0, %745
	%747 = add i32 0, %743
	%748 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 1
	%749 = load i32, i32 addrspace(3)* %748
	%750 = icmp sgt i32 %716, 1
	%751 = select i1 %750, i32 %749, i32 0
	%752 = add i32 %746, %751
	%753 = add i32 %747, %749
	%754 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 2
	%755 = load i32, i32 addrspace(3)* %754
	%756 = icmp sgt i32 %716, 2
	%757 = select i1 %756, i32 %755, i32 0
	%758 = add i32 %752, %757
	%759 = add i32 %753, %755
	%760 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 3
	%761 = load i32, i32 addrspace(3)* %760
	%762 = icmp sgt i32 %716, 3
	%763 = select i1 %762, i32 %761, i32 0
	%764 = add i32 %758, %763
	%765 = add i32 %759, %761
	%766 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 4
	%767 = load i32, i32 addrspace(3)* %766
	%768 = icmp sgt i32 %716, 4
	%769 = select i1 %768, i32 %767, i32 0
	%770 = add i32 %764, %769
	%771 = add i32 %765, %767
	%772 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 5
	%773 = load i32, i32 addrspace(3)* %772
	%774 = icmp sgt i32 %716, 5
	%775 = select i1 %774, i32 %773, i32 0
	%776 = add i32 %770, %775
	%777 = add i32 %771, %773
	%778 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 6
	%779 = load i32, i32 addrspace(3)* %778
	%780 = icmp sgt i32 %716, 6
	%781 = select i1 %780, i32 %779, i32 0
	%782 = add i32 %776, %781
	%783 = add i32 %777, %779
	%784 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 7
	%785 = load i32, i32 addrspace(3)* %784
	%786 = icmp sgt i32 %716, 7
	%787 = select i1 %786, i32 %785, i32 0
	%788 = add i32 %782, %787
	%789 = add i32 %783, %785
	%790 = add i32 %788, %736
	%791 = sub i32 %790, %714
	%792 = icmp ugt i32 %712, %702
	%793 = add i32 %706, %791
	%794 = icmp slt i32 %793, %700
	%795 = and i1 %713, %794
	%796 = or i1 %792, %795
	%797 = zext i1 %796 to i32
	%798 = and i32 %0, 31
	%799 = lshr i32 %0, 5
	%800 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %797, i32 1, i32 0)
	%801 = icmp uge i32 %798, 1
	%802 = select i1 %801, i32 %800, i32 0
	%803 = add i32 %797, %802
	%804 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %803, i32 2, i32 0)
	%805 = icmp uge i32 %798, 2
	%806 = select i1 %805, i32 %804, i32 0
	%807 = add i32 %803, %806
	%808 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %807, i32 4, i32 0)
	%809 = icmp uge i32 %798, 4
	%810 = select i1 %809, i32 %808, i32 0
	%811 = add i32 %807, %810
	%812 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %811, i32 8, i32 0)
	%813 = icmp uge i32 %798, 8
	%814 = select i1 %813, i32 %812, i32 0
	%815 = add i32 %811, %814
	%816 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %815, i32 16, i32 0)
	%817 = icmp uge i32 %798, 16
	%818 = select i1 %817, i32 %816, i32 0
	%819 = add i32 %815, %818
	%820 = icmp eq i32 %798, 31
	br i1 %820, label %821, label %823

821:
	%822 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 %799
	store i32 %819, i32 addrspace(3)* %822
	br label %823

823:
	call void @llvm.nvvm.barrier0()
	%824 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 0
	%825 = load i32, i32 addrspace(3)* %824
	%826 = icmp sgt i32 %799, 0
	%827 = select i1 %826, i32 %825, i32 0
	%828 = add i32 0, %827
	%829 = add i32 0, %825
	%830 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 1
	%831 = load i32, i32 addrspace(3)* %830
	%832 = icmp sgt i32 %799, 1
	%833 = select i1 %832, i32 %831, i32 0
	%834 = add i32 %828, %833
	%835 = add i32 %829, %831
	%836 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 2
	%837 = load i32, i32 addrspace(3)* %836
	%838 = icmp sgt i32 %799, 2
	%839 = select i1 %838, i32 %837, i32 0
	%840 = add i32 %834, %839
	%841 = add i32 %835, %837
	%842 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 3
	%843 = load i32, i32 addrspace(3)* %842
	%844 = icmp sgt i32 %799, 3
	%845 = select i1 %844, i32 %843, i32 0
	%846 = add i32 %840, %845
	%847 = add i32 %841, %843
	%848 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 4
	%849 = load i32, i32 addrspace(3)* %848
	%850 = icmp sgt i32 %799, 4
	%851 = select i1 %850, i32 %849, i32 0
	%852 = add i32 %846, %851
	%853 = add i32 %847, %849
	%854 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 5
	%855 = load i32, i32 addrspace(3)* %854
	%856 = icmp sgt i32 %799, 5
	%857 = select i1 %856, i32 %855, i32 0
	%858 = add i32 %852, %857
	%859 = add i32 %853, %855
	%860 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 6
	%861 = load i32, i32 addrspace(3)* %860
	%862 = icmp sgt i32 %799, 6
	%863 = select i1 %862, i32 %861, i32 0
	%864 = add i32 %858, %863
	%865 = add i32 %859, %861
	%866 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 7
	%867 = load i32, i32 addrspace(3)* %866
	%868 = icmp sgt i32 %799, 7
	%869 = select i1 %868, i32 %867, i32 0
	%870 = add i32 %864, %869
	%871 = add i32 %865, %867
	%872 = add i32 %870, %819
	%873 = sub i32 %872, %797
	br i1 %796, label %874, label %877

874:
	%875 = add i32 %707, %873
	%876 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %875
	store i32 %710, i32 addrspace(3)* %876
	br label %877

877:
	%878 = add i32 %706, %789
	%879 = add i32 %707, %871
	%880 = add i32 %705, 256
	br label %704

881:
	%882 = phi i32 [ %216, %topk_done ], [ %886, %884 ]
	%883 = icmp slt i32 %882, %215
	br i1 %883, label %884, label %887

884:
	%885 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %882
	store i32 -1, i32 addrspace(3)* %885
	%886 = add i32 %882, 256
	br label %881

887:
	call void @llvm.nvvm.barrier0()
	%888 = add i32 %214, 1
	br label %889

889:
	%890 = phi i32 [ 1, %887 ], [ %903, %902 ]
	%891 = icmp slt i32 %890, %888
	br i1 %891, label %892, label %894

892:
	%893 = shl i32 1, %890
	br label %895

894:
	br label %941

895:
	%896 = phi i32 [ 0, %892 ], [ %911, %910 ]
	%897 = icmp slt i32 %896, %890
	br i1 %897, label %898, label %902

898:
	%899 = sub i32 %890, 1
	%900 = sub i32 %899, %896
	%901 = shl i32 1, %900
	br label %904

902:
	%903 = add i32 %890, 1
	br label %889

904:
	%905 = phi i32 [ %0, %898 ], [ %936, %935 ]
	%906 = icmp slt i32 %905, %215
	br i1 %906, label %907, label %910

907:
	%908 = xor i32 %905, %901
	%909 = icmp sgt i32 %908, %905
	br i1 %909, label %912, label %935

910:
	call void @llvm.nvvm.barrier0()
	%911 = add i32 %896, 1
	br label %895

912:
	%913 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %905
	%914 = load i32, i32 addrspace(3)* %913
	%915 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %908
	%916 = load i32, i32 addrspace(3)* %915
	%917 = and i32 %905, %893
	%918 = icmp eq i32 %917, 0
	%919 = icmp sge i32 %916, 0
	%920 = select i1 %919, i32 %916, i32 0
	%921 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %920
	%922 = load i32, i32 addrspace(3)* %921
	%923 = select i1 %919, i32 %922, i32 0
	%924 = icmp sge i32 %914, 0
	%925 = select i1 %924, i32 %914, i32 0
	%926 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %925
	%927 = load i32, i32 addrspace(3)* %926
	%928 = select i1 %924, i32 %927, i32 0
	%929 = icmp ugt i32 %923, %928
	%930 = icmp eq i32 %923, %928
	%931 = icmp slt i32 %916, %914
	%932 = and i1 %930, %931
	%933 = or i1 %929, %932
	%934 = icmp eq i1 %933, %918
	br i1 %934, label %937, label %940

935:
	%936 = add i32 %905, 256
	br label %904

937:
	%938 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %905
	store i32 %916, i32 addrspace(3)* %938
	%939 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %908
	store i32 %914, i32 addrspace(3)* %939
	br label %940

940:
	br label %935

941:
	%942 = phi i32 [ %0, %894 ], [ %955, %944 ]
	%943 = icmp slt i32 %942, %153
	br i1 %943, label %944, label %956

944:
	%945 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %942
	%946 = load i32, i32 addrspace(3)* %945
	%947 = add i32 %140, %942
	%948 = add i32 %13, %947
	%949 = sext i32 %948 to i64
	%950 = getelementptr i32, i32* %list, i64 %949
	store i32 %946, i32* %950
	%951 = add i32 %13, %NK
	%952 = add i32 %951, %947
	%953 = sext i32 %952 to i64
	%954 = getelementptr i32, i32* %list, i64 %953
	store i32 0, i32* %954
	%955 = add i32 %942, 256
	br label %941

956:
	%957 = add i32 %140, %153
	%958 = add i32 %957, %0
	br label %959

959:
	%960 = phi i32 [ %958, %956 ], [ %970, %962 ]
	%961 = icmp slt i32 %960, %NK
	br i1 %961, label %962, label %971

962:
	%963 = add i32 %13, %960
	%964 = sext i32 %963 to i64
	%965 = getelementptr i32, i32* %list, i64 %964
	store i32 -1, i32* %965
	%966 = add i32 %13, %NK
	%967 = add i32 %966, %960
	%968 = sext i32 %967 to i64
	%969 = getelementptr i32, i32* %list, i64 %968
	store i32 -1, i32* %969
	%970 = add i32 %960, 256
	br label %959

971:
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

define ptx_kernel void @adfull_adstats0(i16* %q, i16* %k, i32 %M, i32 %N, i32 %group, i32 %R, i32 %T, float* %stats) {
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
	%17 = ptrtoint [24576 x i8] addrspace(3)* @adfull_adstats0_smem to i32
	%18 = add i32 %17, u0x4000
	%19 = inttoptr i32 %17 to [128 x float] addrspace(3)*
	%20 = lshr i32 %5, 4
	%21 = and i32 %5, 7
	%22 = lshr i32 %5, 3
	%23 = and i32 %22, 1
	%24 = shl i32 %23, 3
	%25 = add i32 %21, %24
	%26 = mul i32 %4, 16
	%27 = add i32 %26, %25
	%28 = mul i32 %27, 128
	%29 = add i32 %17, %28
	%30 = and i32 %5, 7
	%31 = xor i32 %20, %30
	%32 = shl i32 %31, 4
	%33 = add i32 %29, %32
	%34 = and i32 %5, 7
	%35 = shl i32 %20, 3
	%36 = add i32 %34, %35
	%37 = lshr i32 %5, 3
	%38 = and i32 %37, 1
	%39 = mul i32 %36, 128
	%40 = add i32 %18, %39
	%41 = and i32 %5, 7
	%42 = xor i32 %38, %41
	%43 = shl i32 %42, 4
	%44 = add i32 %40, %43
	%45 = add i32 %T, 63
	%46 = sdiv i32 %45, 64
	br label %47

47:
	%48 = phi i32 [ 0, %entry ], [ %1041, %510 ]
	%49 = phi float [ 0xFFF0000000000000, %entry ], [ %914, %510 ]
	%50 = phi float [ 0xFFF0000000000000, %entry ], [ %987, %510 ]
	%51 = phi float [ 0.0, %entry ], [ %967, %510 ]
	%52 = phi float [ 0.0, %entry ], [ %1040, %510 ]
	%53 = icmp slt i32 %48, %46
	br i1 %53, label %54, label %56

54:
	%55 = mul i32 %48, 64
	br label %68

56:
	%57 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %51, i32 1, i32 31)
	%58 = fadd float %51, %57
	%59 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %58, i32 2, i32 31)
	%60 = fadd float %58, %59
	%61 = mul i32 %4, 16
	%62 = add i32 %6, 0
	%63 = add i32 %61, %62
	%64 = add i32 %3, %63
	%65 = icmp slt i32 %64, %R
	%66 = icmp eq i32 %7, 0
	%67 = and i1 %65, %66
	br i1 %67, label %1042, label %1055

68:
	%69 = phi i32 [ 0, %54 ], [ %509, %103 ]
	%70 = phi float [ 0.0, %54 ], [ %452, %103 ]
	%71 = phi float [ 0.0, %54 ], [ %453, %103 ]
	%72 = phi float [ 0.0, %54 ], [ %454, %103 ]
	%73 = phi float [ 0.0, %54 ], [ %455, %103 ]
	%74 = phi float [ 0.0, %54 ], [ %457, %103 ]
	%75 = phi float [ 0.0, %54 ], [ %458, %103 ]
	%76 = phi float [ 0.0, %54 ], [ %459, %103 ]
	%77 = phi float [ 0.0, %54 ], [ %460, %103 ]
	%78 = phi float [ 0.0, %54 ], [ %468, %103 ]
	%79 = phi float [ 0.0, %54 ], [ %469, %103 ]
	%80 = phi float [ 0.0, %54 ], [ %470, %103 ]
	%81 = phi float [ 0.0, %54 ], [ %471, %103 ]
	%82 = phi float [ 0.0, %54 ], [ %473, %103 ]
	%83 = phi float [ 0.0, %54 ], [ %474, %103 ]
	%84 = phi float [ 0.0, %54 ], [ %475, %103 ]
	%85 = phi float [ 0.0, %54 ], [ %476, %103 ]
	%86 = phi float [ 0.0, %54 ], [ %484, %103 ]
	%87 = phi float [ 0.0, %54 ], [ %485, %103 ]
	%88 = phi float [ 0.0, %54 ], [ %486, %103 ]
	%89 = phi float [ 0.0, %54 ], [ %487, %103 ]
	%90 = phi float [ 0.0, %54 ], [ %489, %103 ]
	%91 = phi float [ 0.0, %54 ], [ %490, %103 ]
	%92 = phi float [ 0.0, %54 ], [ %491, %103 ]
	%93 = phi float [ 0.0, %54 ], [ %492, %103 ]
	%94 = phi float [ 0.0, %54 ], [ %500, %103 ]
	%95 = phi float [ 0.0, %54 ], [ %501, %103 ]
	%96 = phi float [ 0.0, %54 ], [ %502, %103 ]
	%97 = phi float [ 0.0, %54 ], [ %503, %103 ]
	%98 = phi float [ 0.0, %54 ], [ %505, %103 ]
	%99 = phi float [ 0.0, %54 ], [ %506, %103 ]
	%100 = phi float [ 0.0, %54 ], [ %507, %103 ]
	%101 = phi float [ 0.0, %54 ], [ %508, %103 ]
	%102 = icmp slt i32 %69, 4
	br i1 %102, label %103, label %510

103:
	%104 = sub i32 3, %69
	%105 = add i32 %0, 0
	%106 = lshr i32 %105, 3
	%107 = and i32 %105, 7
	%108 = add i32 %3, %106
	%109 = mul i32 %108, 4
	%110 = add i32 %109, %104
	%111 = icmp slt i32 %110, %M
	%112 = select i1 %111, i32 %110, i32 0
	%113 = mul i32 %112, 64
	%114 = mul i32 %107, 8
	%115 = add i32 %113, %114
	%116 = and i32 %106, 7
	%117 = xor i32 %107, %116
	%118 = mul i32 %106, 8
	%119 = add i32 %118, %117
	%120 = shl i32 %119, 4
	%121 = add i32 %17, %120
	%122 = sext i32 %115 to i64
	%123 = getelementptr i16, i16* %12, i64 %122
	%124 = select i1 %111, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %121, i16* %123, i32 %124)
	%125 = add i32 %0, 256
	%126 = lshr i32 %125, 3
	%127 = and i32 %125, 7
	%128 = add i32 %3, %126
	%129 = mul i32 %128, 4
	%130 = add i32 %129, %104
	%131 = icmp slt i32 %130, %M
	%132 = select i1 %131, i32 %130, i32 0
	%133 = mul i32 %132, 64
	%134 = mul i32 %127, 8
	%135 = add i32 %133, %134
	%136 = and i32 %126, 7
	%137 = xor i32 %127, %136
	%138 = mul i32 %126, 8
	%139 = add i32 %138, %137
	%140 = shl i32 %139, 4
	%141 = add i32 %17, %140
	%142 = sext i32 %135 to i64
	%143 = getelementptr i16, i16* %12, i64 %142
	%144 = select i1 %131, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %141, i16* %143, i32 %144)
	%145 = add i32 %0, 512
	%146 = lshr i32 %145, 3
	%147 = and i32 %145, 7
	%148 = add i32 %3, %146
	%149 = mul i32 %148, 4
	%150 = add i32 %149, %104
	%151 = icmp slt i32 %150, %M
	%152 = select i1 %151, i32 %150, i32 0
	%153 = mul i32 %152, 64
	%154 = mul i32 %147, 8
	%155 = add i32 %153, %154
	%156 = and i32 %146, 7
	%157 = xor i32 %147, %156
	%158 = mul i32 %146, 8
	%159 = add i32 %158, %157
	%160 = shl i32 %159, 4
	%161 = add i32 %17, %160
	%162 = sext i32 %155 to i64
	%163 = getelementptr i16, i16* %12, i64 %162
	%164 = select i1 %151, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %161, i16* %163, i32 %164)
	%165 = add i32 %0, 768
	%166 = lshr i32 %165, 3
	%167 = and i32 %165, 7
	%168 = add i32 %3, %166
	%169 = mul i32 %168, 4
	%170 = add i32 %169, %104
	%171 = icmp slt i32 %170, %M
	%172 = select i1 %171, i32 %170, i32 0
	%173 = mul i32 %172, 64
	%174 = mul i32 %167, 8
	%175 = add i32 %173, %174
	%176 = and i32 %166, 7
	%177 = xor i32 %167, %176
	%178 = mul i32 %166, 8
	%179 = add i32 %178, %177
	%180 = shl i32 %179, 4
	%181 = add i32 %17, %180
	%182 = sext i32 %175 to i64
	%183 = getelementptr i16, i16* %12, i64 %182
	%184 = select i1 %171, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %181, i16* %183, i32 %184)
	%185 = add i32 %0, 0
	%186 = lshr i32 %185, 3
	%187 = and i32 %185, 7
	%188 = add i32 %55, %186
	%189 = mul i32 %188, 4
	%190 = add i32 %189, %69
	%191 = icmp slt i32 %190, %N
	%192 = select i1 %191, i32 %190, i32 0
	%193 = mul i32 %192, 64
	%194 = mul i32 %187, 8
	%195 = add i32 %193, %194
	%196 = and i32 %186, 7
	%197 = xor i32 %187, %196
	%198 = mul i32 %186, 8
	%199 = add i32 %198, %197
	%200 = shl i32 %199, 4
	%201 = add i32 %18, %200
	%202 = sext i32 %195 to i64
	%203 = getelementptr i16, i16* %16, i64 %202
	%204 = select i1 %191, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %201, i16* %203, i32 %204)
	%205 = add i32 %0, 256
	%206 = lshr i32 %205, 3
	%207 = and i32 %205, 7
	%208 = add i32 %55, %206
	%209 = mul i32 %208, 4
	%210 = add i32 %209, %69
	%211 = icmp slt i32 %210, %N
	%212 = select i1 %211, i32 %210, i32 0
	%213 = mul i32 %212, 64
	%214 = mul i32 %207, 8
	%215 = add i32 %213, %214
	%216 = and i32 %206, 7
	%217 = xor i32 %207, %216
	%218 = mul i32 %206, 8
	%219 = add i32 %218, %217
	%220 = shl i32 %219, 4
	%221 = add i32 %18, %220
	%222 = sext i32 %215 to i64
	%223 = getelementptr i16, i16* %16, i64 %222
	%224 = select i1 %211, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %223, i32 %224)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%225 = xor i32 %33, 0
	%226 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %225)
	%227 = extractvalue { i32, i32, i32, i32 } %226, 0
	%228 = extractvalue { i32, i32, i32, i32 } %226, 1
	%229 = extractvalue { i32, i32, i32, i32 } %226, 2
	%230 = extractvalue { i32, i32, i32, i32 } %226, 3
	%231 = xor i32 %44, 0
	%232 = add i32 %231, 0
	%233 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %232)
	%234 = extractvalue { i32, i32, i32, i32 } %233, 0
	%235 = extractvalue { i32, i32, i32, i32 } %233, 1
	%236 = extractvalue { i32, i32, i32, i32 } %233, 2
	%237 = extractvalue { i32, i32, i32, i32 } %233, 3
	%238 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %227, i32 %228, i32 %229, i32 %230, i32 %234, i32 %235, float %70, float %71, float %72, float %73)
	%239 = extractvalue { float, float, float, float } %238, 0
	%240 = extractvalue { float, float, float, float } %238, 1
	%241 = extractvalue { float, float, float, float } %238, 2
	%242 = extractvalue { float, float, float, float } %238, 3
	%243 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %227, i32 %228, i32 %229, i32 %230, i32 %236, i32 %237, float %74, float %75, float %76, float %77)
	%244 = extractvalue { float, float, float, float } %243, 0
	%245 = extractvalue { float, float, float, float } %243, 1
	%246 = extractvalue { float, float, float, float } %243, 2
	%247 = extractvalue { float, float, float, float } %243, 3
	%248 = add i32 %231, 2048
	%249 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %248)
	%250 = extractvalue { i32, i32, i32, i32 } %249, 0
	%251 = extractvalue { i32, i32, i32, i32 } %249, 1
	%252 = extractvalue { i32, i32, i32, i32 } %249, 2
	%253 = extractvalue { i32, i32, i32, i32 } %249, 3
	%254 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %227, i32 %228, i32 %229, i32 %230, i32 %250, i32 %251, float %78, float %79, float %80, float %81)
	%255 = extractvalue { float, float, float, float } %254, 0
	%256 = extractvalue { float, float, float, float } %254, 1
	%257 = extractvalue { float, float, float, float } %254, 2
	%258 = extractvalue { float, float, float, float } %254, 3
	%259 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %227, i32 %228, i32 %229, i32 %230, i32 %252, i32 %253, float %82, float %83, float %84, float %85)
	%260 = extractvalue { float, float, float, float } %259, 0
	%261 = extractvalue { float, float, float, float } %259, 1
	%262 = extractvalue { float, float, float, float } %259, 2
	%263 = extractvalue { float, float, float, float } %259, 3
	%264 = add i32 %231, u0x1000
	%265 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %264)
	%266 = extractvalue { i32, i32, i32, i32 } %265, 0
	%267 = extractvalue { i32, i32, i32, i32 } %265, 1
	%268 = extractvalue { i32, i32, i32, i32 } %265, 2
	%269 = extractvalue { i32, i32, i32, i32 } %265, 3
	%270 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %227, i32 %228, i32 %229, i32 %230, i32 %266, i32 %267, float %86, float %87, float %88, float %89)
	%271 = extractvalue { float, float, float, float } %270, 0
	%272 = extractvalue { float, float, float, float } %270, 1
	%273 = extractvalue { float, float, float, float } %270, 2
	%274 = extractvalue { float, float, float, float } %270, 3
	%275 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %227, i32 %228, i32 %229, i32 %230, i32 %268, i32 %269, float %90, float %91, float %92, float %93)
	%276 = extractvalue { float, float, float, float } %275, 0
	%277 = extractvalue { float, float, float, float } %275, 1
	%278 = extractvalue { float, float, float, float } %275, 2
	%279 = extractvalue { float, float, float, float } %275, 3
	%280 = add i32 %231, 6144
	%281 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %280)
	%282 = extractvalue { i32, i32, i32, i32 } %281, 0
	%283 = extractvalue { i32, i32, i32, i32 } %281, 1
	%284 = extractvalue { i32, i32, i32, i32 } %281, 2
	%285 = extractvalue { i32, i32, i32, i32 } %281, 3
	%286 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %227, i32 %228, i32 %229, i32 %230, i32 %282, i32 %283, float %94, float %95, float %96, float %97)
	%287 = extractvalue { float, float, float, float } %286, 0
	%288 = extractvalue { float, float, float, float } %286, 1
	%289 = extractvalue { float, float, float, float } %286, 2
	%290 = extractvalue { float, float, float, float } %286, 3
	%291 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %227, i32 %228, i32 %229, i32 %230, i32 %284, i32 %285, float %98, float %99, float %100, float %101)
	%292 = extractvalue { float, float, float, float } %291, 0
	%293 = extractvalue { float, float, float, float } %291, 1
	%294 = extractvalue { float, float, float, float } %291, 2
	%295 = extractvalue { float, float, float, float } %291, 3
	%296 = xor i32 %33, 32
	%297 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %296)
	%298 = extractvalue { i32, i32, i32, i32 } %297, 0
	%299 = extractvalue { i32, i32, i32, i32 } %297, 1
	%300 = extractvalue { i32, i32, i32, i32 } %297, 2
	%301 = extractvalue { i32, i32, i32, i32 } %297, 3
	%302 = xor i32 %44, 32
	%303 = add i32 %302, 0
	%304 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %303)
	%305 = extractvalue { i32, i32, i32, i32 } %304, 0
	%306 = extractvalue { i32, i32, i32, i32 } %304, 1
	%307 = extractvalue { i32, i32, i32, i32 } %304, 2
	%308 = extractvalue { i32, i32, i32, i32 } %304, 3
	%309 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %298, i32 %299, i32 %300, i32 %301, i32 %305, i32 %306, float %239, float %240, float %241, float %242)
	%310 = extractvalue { float, float, float, float } %309, 0
	%311 = extractvalue { float, float, float, float } %309, 1
	%312 = extractvalue { float, float, float, float } %309, 2
	%313 = extractvalue { float, float, float, float } %309, 3
	%314 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %298, i32 %299, i32 %300, i32 %301, i32 %307, i32 %308, float %244, float %245, float %246, float %247)
	%315 = extractvalue { float, float, float, float } %314, 0
	%316 = extractvalue { float, float, float, float } %314, 1
	%317 = extractvalue { float, float, float, float } %314, 2
	%318 = extractvalue { float, float, float, float } %314, 3
	%319 = add i32 %302, 2048
	%320 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %319)
	%321 = extractvalue { i32, i32, i32, i32 } %320, 0
	%322 = extractvalue { i32, i32, i32, i32 } %320, 1
	%323 = extractvalue { i32, i32, i32, i32 } %320, 2
	%324 = extractvalue { i32, i32, i32, i32 } %320, 3
	%325 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %298, i32 %299, i32 %300, i32 %301, i32 %321, i32 %322, float %255, float %256, float %257, float %258)
	%326 = extractvalue { float, float, float, float } %325, 0
	%327 = extractvalue { float, float, float, float } %325, 1
	%328 = extractvalue { float, float, float, float } %325, 2
	%329 = extractvalue { float, float, float, float } %325, 3
	%330 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %298, i32 %299, i32 %300, i32 %301, i32 %323, i32 %324, float %260, float %261, float %262, float %263)
	%331 = extractvalue { float, float, float, float } %330, 0
	%332 = extractvalue { float, float, float, float } %330, 1
	%333 = extractvalue { float, float, float, float } %330, 2
	%334 = extractvalue { float, float, float, float } %330, 3
	%335 = add i32 %302, u0x1000
	%336 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %335)
	%337 = extractvalue { i32, i32, i32, i32 } %336, 0
	%338 = extractvalue { i32, i32, i32, i32 } %336, 1
	%339 = extractvalue { i32, i32, i32, i32 } %336, 2
	%340 = extractvalue { i32, i32, i32, i32 } %336, 3
	%341 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %298, i32 %299, i32 %300, i32 %301, i32 %337, i32 %338, float %271, float %272, float %273, float %274)
	%342 = extractvalue { float, float, float, float } %341, 0
	%343 = extractvalue { float, float, float, float } %341, 1
	%344 = extractvalue { float, float, float, float } %341, 2
	%345 = extractvalue { float, float, float, float } %341, 3
	%346 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %298, i32 %299, i32 %300, i32 %301, i32 %339, i32 %340, float %276, float %277, float %278, float %279)
	%347 = extractvalue { float, float, float, float } %346, 0
	%348 = extractvalue { float, float, float, float } %346, 1
	%349 = extractvalue { float, float, float, float } %346, 2
	%350 = extractvalue { float, float, float, float } %346, 3
	%351 = add i32 %302, 6144
	%352 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %351)
	%353 = extractvalue { i32, i32, i32, i32 } %352, 0
	%354 = extractvalue { i32, i32, i32, i32 } %352, 1
	%355 = extractvalue { i32, i32, i32, i32 } %352, 2
	%356 = extractvalue { i32, i32, i32, i32 } %352, 3
	%357 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %298, i32 %299, i32 %300, i32 %301, i32 %353, i32 %354, float %287, float %288, float %289, float %290)
	%358 = extractvalue { float, float, float, float } %357, 0
	%359 = extractvalue { float, float, float, float } %357, 1
	%360 = extractvalue { float, float, float, float } %357, 2
	%361 = extractvalue { float, float, float, float } %357, 3
	%362 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %298, i32 %299, i32 %300, i32 %301, i32 %355, i32 %356, float %292, float %293, float %294, float %295)
	%363 = extractvalue { float, float, float, float } %362, 0
	%364 = extractvalue { float, float, float, float } %362, 1
	%365 = extractvalue { float, float, float, float } %362, 2
	%366 = extractvalue { float, float, float, float } %362, 3
	%367 = xor i32 %33, 64
	%368 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %367)
	%369 = extractvalue { i32, i32, i32, i32 } %368, 0
	%370 = extractvalue { i32, i32, i32, i32 } %368, 1
	%371 = extractvalue { i32, i32, i32, i32 } %368, 2
	%372 = extractvalue { i32, i32, i32, i32 } %368, 3
	%373 = xor i32 %44, 64
	%374 = add i32 %373, 0
	%375 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %374)
	%376 = extractvalue { i32, i32, i32, i32 } %375, 0
	%377 = extractvalue { i32, i32, i32, i32 } %375, 1
	%378 = extractvalue { i32, i32, i32, i32 } %375, 2
	%379 = extractvalue { i32, i32, i32, i32 } %375, 3
	%380 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %369, i32 %370, i32 %371, i32 %372, i32 %376, i32 %377, float %310, float %311, float %312, float %313)
	%381 = extractvalue { float, float, float, float } %380, 0
	%382 = extractvalue { float, float, float, float } %380, 1
	%383 = extractvalue { float, float, float, float } %380, 2
	%384 = extractvalue { float, float, float, float } %380, 3
	%385 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %369, i32 %370, i32 %371, i32 %372, i32 %378, i32 %379, float %315, float %316, float %317, float %318)
	%386 = extractvalue { float, float, float, float } %385, 0
	%387 = extractvalue { float, float, float, float } %385, 1
	%388 = extractvalue { float, float, float, float } %385, 2
	%389 = extractvalue { float, float, float, float } %385, 3
	%390 = add i32 %373, 2048
	%391 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %390)
	%392 = extractvalue { i32, i32, i32, i32 } %391, 0
	%393 = extractvalue { i32, i32, i32, i32 } %391, 1
	%394 = extractvalue { i32, i32, i32, i32 } %391, 2
	%395 = extractvalue { i32, i32, i32, i32 } %391, 3
	%396 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %369, i32 %370, i32 %371, i32 %372, i32 %392, i32 %393, float %326, float %327, float %328, float %329)
	%397 = extractvalue { float, float, float, float } %396, 0
	%398 = extractvalue { float, float, float, float } %396, 1
	%399 = extractvalue { float, float, float, float } %396, 2
	%400 = extractvalue { float, float, float, float } %396, 3
	%401 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %369, i32 %370, i32 %371, i32 %372, i32 %394, i32 %395, float %331, float %332, float %333, float %334)
	%402 = extractvalue { float, float, float, float } %401, 0
	%403 = extractvalue { float, float, float, float } %401, 1
	%404 = extractvalue { float, float, float, float } %401, 2
	%405 = extractvalue { float, float, float, float } %401, 3
	%406 = add i32 %373, u0x1000
	%407 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %406)
	%408 = extractvalue { i32, i32, i32, i32 } %407, 0
	%409 = extractvalue { i32, i32, i32, i32 } %407, 1
	%410 = extractvalue { i32, i32, i32, i32 } %407, 2
	%411 = extractvalue { i32, i32, i32, i32 } %407, 3
	%412 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %369, i32 %370, i32 %371, i32 %372, i32 %408, i32 %409, float %342, float %343, float %344, float %345)
	%413 = extractvalue { float, float, float, float } %412, 0
	%414 = extractvalue { float, float, float, float } %412, 1
	%415 = extractvalue { float, float, float, float } %412, 2
	%416 = extractvalue { float, float, float, float } %412, 3
	%417 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %369, i32 %370, i32 %371, i32 %372, i32 %410, i32 %411, float %347, float %348, float %349, float %350)
	%418 = extractvalue { float, float, float, float } %417, 0
	%419 = extractvalue { float, float, float, float } %417, 1
	%420 = extractvalue { float, float, float, float } %417, 2
	%421 = extractvalue { float, float, float, float } %417, 3
	%422 = add i32 %373, 6144
	%423 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %422)
	%424 = extractvalue { i32, i32, i32, i32 } %423, 0
	%425 = extractvalue { i32, i32, i32, i32 } %423, 1
	%426 = extractvalue { i32, i32, i32, i32 } %423, 2
	%427 = extractvalue { i32, i32, i32, i32 } %423, 3
	%428 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %369, i32 %370, i32 %371, i32 %372, i32 %424, i32 %425, float %358, float %359, float %360, float %361)
	%429 = extractvalue { float, float, float, float } %428, 0
	%430 = extractvalue { float, float, float, float } %428, 1
	%431 = extractvalue { float, float, float, float } %428, 2
	%432 = extractvalue { float, float, float, float } %428, 3
	%433 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %369, i32 %370, i32 %371, i32 %372, i32 %426, i32 %427, float %363, float %364, float %365, float %366)
	%434 = extractvalue { float, float, float, float } %433, 0
	%435 = extractvalue { float, float, float, float } %433, 1
	%436 = extractvalue { float, float, float, float } %433, 2
	%437 = extractvalue { float, float, float, float } %433, 3
	%438 = xor i32 %33, 96
	%439 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %438)
	%440 = extractvalue { i32, i32, i32, i32 } %439, 0
	%441 = extractvalue { i32, i32, i32, i32 } %439, 1
	%442 = extractvalue { i32, i32, i32, i32 } %439, 2
	%443 = extractvalue { i32, i32, i32, i32 } %439, 3
	%444 = xor i32 %44, 96
	%445 = add i32 %444, 0
	%446 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %445)
	%447 = extractvalue { i32, i32, i32, i32 } %446, 0
	%448 = extractvalue { i32, i32, i32, i32 } %446, 1
	%449 = extractvalue { i32, i32, i32, i32 } %446, 2
	%450 = extractvalue { i32, i32, i32, i32 } %446, 3
	%451 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %440, i32 %441, i32 %442, i32 %443, i32 %447, i32 %448, float %381, float %382, float %383, float %384)
	%452 = extractvalue { float, float, float, float } %451, 0
	%453 = extractvalue { float, float, float, float } %451, 1
	%454 = extractvalue { float, float, float, float } %451, 2
	%455 = extractvalue { float, float, float, float } %451, 3
	%456 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %440, i32 %441, i32 %442, i32 %443, i32 %449, i32 %450, float %386, float %387, float %388, float %389)
	%457 = extractvalue { float, float, float, float } %456, 0
	%458 = extractvalue { float, float, float, float } %456, 1
	%459 = extractvalue { float, float, float, float } %456, 2
	%460 = extractvalue { float, float, float, float } %456, 3
	%461 = add i32 %444, 2048
	%462 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %461)
	%463 = extractvalue { i32, i32, i32, i32 } %462, 0
	%464 = extractvalue { i32, i32, i32, i32 } %462, 1
	%465 = extractvalue { i32, i32, i32, i32 } %462, 2
	%466 = extractvalue { i32, i32, i32, i32 } %462, 3
	%467 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %440, i32 %441, i32 %442, i32 %443, i32 %463, i32 %464, float %397, float %398, float %399, float %400)
	%468 = extractvalue { float, float, float, float } %467, 0
	%469 = extractvalue { float, float, float, float } %467, 1
	%470 = extractvalue { float, float, float, float } %467, 2
	%471 = extractvalue { float, float, float, float } %467, 3
	%472 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %440, i32 %441, i32 %442, i32 %443, i32 %465, i32 %466, float %402, float %403, float %404, float %405)
	%473 = extractvalue { float, float, float, float } %472, 0
	%474 = extractvalue { float, float, float, float } %472, 1
	%475 = extractvalue { float, float, float, float } %472, 2
	%476 = extractvalue { float, float, float, float } %472, 3
	%477 = add i32 %444, u0x1000
	%478 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %477)
	%479 = extractvalue { i32, i32, i32, i32 } %478, 0
	%480 = extractvalue { i32, i32, i32, i32 } %478, 1
	%481 = extractvalue { i32, i32, i32, i32 } %478, 2
	%482 = extractvalue { i32, i32, i32, i32 } %478, 3
	%483 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %440, i32 %441, i32 %442, i32 %443, i32 %479, i32 %480, float %413, float %414, float %415, float %416)
	%484 = extractvalue { float, float, float, float } %483, 0
	%485 = extractvalue { float, float, float, float } %483, 1
	%486 = extractvalue { float, float, float, float } %483, 2
	%487 = extractvalue { float, float, float, float } %483, 3
	%488 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %440, i32 %441, i32 %442, i32 %443, i32 %481, i32 %482, float %418, float %419, float %420, float %421)
	%489 = extractvalue { float, float, float, float } %488, 0
	%490 = extractvalue { float, float, float, float } %488, 1
	%491 = extractvalue { float, float, float, float } %488, 2
	%492 = extractvalue { float, float, float, float } %488, 3
	%493 = add i32 %444, 6144
	%494 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %493)
	%495 = extractvalue { i32, i32, i32, i32 } %494, 0
	%496 = extractvalue { i32, i32, i32, i32 } %494, 1
	%497 = extractvalue { i32, i32, i32, i32 } %494, 2
	%498 = extractvalue { i32, i32, i32, i32 } %494, 3
	%499 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %440, i32 %441, i32 %442, i32 %443, i32 %495, i32 %496, float %429, float %430, float %431, float %432)
	%500 = extractvalue { float, float, float, float } %499, 0
	%501 = extractvalue { float, float, float, float } %499, 1
	%502 = extractvalue { float, float, float, float } %499, 2
	%503 = extractvalue { float, float, float, float } %499, 3
	%504 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %440, i32 %441, i32 %442, i32 %443, i32 %497, i32 %498, float %434, float %435, float %436, float %437)
	%505 = extractvalue { float, float, float, float } %504, 0
	%506 = extractvalue { float, float, float, float } %504, 1
	%507 = extractvalue { float, float, float, float } %504, 2
	%508 = extractvalue { float, float, float, float } %504, 3
	call void @llvm.nvvm.barrier0()
	%509 = add i32 %69, 1
	br label %68

510:
	%511 = mul i32 %4, 16
	%512 = add i32 %6, 0
	%513 = add i32 %511, %512
	%514 = add i32 %3, %513
	%515 = shl i32 %7, 1
	%516 = add i32 0, %515
	%517 = add i32 %55, %516
	%518 = icmp slt i32 %514, %R
	%519 = icmp slt i32 %517, %T
	%520 = and i1 %518, %519
	%521 = fmul float %70, 0x3FA7154760000000
	%522 = select i1 %520, float %521, float 0xFFF0000000000000
	%523 = mul i32 %4, 16
	%524 = add i32 %6, 0
	%525 = add i32 %523, %524
	%526 = add i32 %3, %525
	%527 = shl i32 %7, 1
	%528 = add i32 1, %527
	%529 = add i32 %55, %528
	%530 = icmp slt i32 %526, %R
	%531 = icmp slt i32 %529, %T
	%532 = and i1 %530, %531
	%533 = fmul float %71, 0x3FA7154760000000
	%534 = select i1 %532, float %533, float 0xFFF0000000000000
	%535 = mul i32 %4, 16
	%536 = add i32 %6, 8
	%537 = add i32 %535, %536
	%538 = add i32 %3, %537
	%539 = shl i32 %7, 1
	%540 = add i32 0, %539
	%541 = add i32 %55, %540
	%542 = icmp slt i32 %538, %R
	%543 = icmp slt i32 %541, %T
	%544 = and i1 %542, %543
	%545 = fmul float %72, 0x3FA7154760000000
	%546 = select i1 %544, float %545, float 0xFFF0000000000000
	%547 = mul i32 %4, 16
	%548 = add i32 %6, 8
	%549 = add i32 %547, %548
	%550 = add i32 %3, %549
	%551 = shl i32 %7, 1
	%552 = add i32 1, %551
	%553 = add i32 %55, %552
	%554 = icmp slt i32 %550, %R
	%555 = icmp slt i32 %553, %T
	%556 = and i1 %554, %555
	%557 = fmul float %73, 0x3FA7154760000000
	%558 = select i1 %556, float %557, float 0xFFF0000000000000
	%559 = mul i32 %4, 16
	%560 = add i32 %6, 0
	%561 = add i32 %559, %560
	%562 = add i32 %3, %561
	%563 = shl i32 %7, 1
	%564 = add i32 8, %563
	%565 = add i32 %55, %564
	%566 = icmp slt i32 %562, %R
	%567 = icmp slt i32 %565, %T
	%568 = and i1 %566, %567
	%569 = fmul float %74, 0x3FA7154760000000
	%570 = select i1 %568, float %569, float 0xFFF0000000000000
	%571 = mul i32 %4, 16
	%572 = add i32 %6, 0
	%573 = add i32 %571, %572
	%574 = add i32 %3, %573
	%575 = shl i32 %7, 1
	%576 = add i32 9, %575
	%577 = add i32 %55, %576
	%578 = icmp slt i32 %574, %R
	%579 = icmp slt i32 %577, %T
	%580 = and i1 %578, %579
	%581 = fmul float %75, 0x3FA7154760000000
	%582 = select i1 %580, float %581, float 0xFFF0000000000000
	%583 = mul i32 %4, 16
	%584 = add i32 %6, 8
	%585 = add i32 %583, %584
	%586 = add i32 %3, %585
	%587 = shl i32 %7, 1
	%588 = add i32 8, %587
	%589 = add i32 %55, %588
	%590 = icmp slt i32 %586, %R
	%591 = icmp slt i32 %589, %T
	%592 = and i1 %590, %591
	%593 = fmul float %76, 0x3FA7154760000000
	%594 = select i1 %592, float %593, float 0xFFF0000000000000
	%595 = mul i32 %4, 16
	%596 = add i32 %6, 8
	%597 = add i32 %595, %596
	%598 = add i32 %3, %597
	%599 = shl i32 %7, 1
	%600 = add i32 9, %599
	%601 = add i32 %55, %600
	%602 = icmp slt i32 %598, %R
	%603 = icmp slt i32 %601, %T
	%604 = and i1 %602, %603
	%605 = fmul float %77, 0x3FA7154760000000
	%606 = select i1 %604, float %605, float 0xFFF0000000000000
	%607 = mul i32 %4, 16
	%608 = add i32 %6, 0
	%609 = add i32 %607, %608
	%610 = add i32 %3, %609
	%611 = shl i32 %7, 1
	%612 = add i32 16, %611
	%613 = add i32 %55, %612
	%614 = icmp slt i32 %610, %R
	%615 = icmp slt i32 %613, %T
	%616 = and i1 %614, %615
	%617 = fmul float %78, 0x3FA7154760000000
	%618 = select i1 %616, float %617, float 0xFFF0000000000000
	%619 = mul i32 %4, 16
	%620 = add i32 %6, 0
	%621 = add i32 %619, %620
	%622 = add i32 %3, %621
	%623 = shl i32 %7, 1
	%624 = add i32 17, %623
	%625 = add i32 %55, %624
	%626 = icmp slt i32 %622, %R
	%627 = icmp slt i32 %625, %T
	%628 = and i1 %626, %627
	%629 = fmul float %79, 0x3FA7154760000000
	%630 = select i1 %628, float %629, float 0xFFF0000000000000
	%631 = mul i32 %4, 16
	%632 = add i32 %6, 8
	%633 = add i32 %631, %632
	%634 = add i32 %3, %633
	%635 = shl i32 %7, 1
	%636 = add i32 16, %635
	%637 = add i32 %55, %636
	%638 = icmp slt i32 %634, %R
	%639 = icmp slt i32 %637, %T
	%640 = and i1 %638, %639
	%641 = fmul float %80, 0x3FA7154760000000
	%642 = select i1 %640, float %641, float 0xFFF0000000000000
	%643 = mul i32 %4, 16
	%644 = add i32 %6, 8
	%645 = add i32 %643, %644
	%646 = add i32 %3, %645
	%647 = shl i32 %7, 1
	%648 = add i32 17, %647
	%649 = add i32 %55, %648
	%650 = icmp slt i32 %646, %R
	%651 = icmp slt i32 %649, %T
	%652 = and i1 %650, %651
	%653 = fmul float %81, 0x3FA7154760000000
	%654 = select i1 %652, float %653, float 0xFFF0000000000000
	%655 = mul i32 %4, 16
	%656 = add i32 %6, 0
	%657 = add i32 %655, %656
	%658 = add i32 %3, %657
	%659 = shl i32 %7, 1
	%660 = add i32 24, %659
	%661 = add i32 %55, %660
	%662 = icmp slt i32 %658, %R
	%663 = icmp slt i32 %661, %T
	%664 = and i1 %662, %663
	%665 = fmul float %82, 0x3FA7154760000000
	%666 = select i1 %664, float %665, float 0xFFF0000000000000
	%667 = mul i32 %4, 16
	%668 = add i32 %6, 0
	%669 = add i32 %667, %668
	%670 = add i32 %3, %669
	%671 = shl i32 %7, 1
	%672 = add i32 25, %671
	%673 = add i32 %55, %672
	%674 = icmp slt i32 %670, %R
	%675 = icmp slt i32 %673, %T
	%676 = and i1 %674, %675
	%677 = fmul float %83, 0x3FA7154760000000
	%678 = select i1 %676, float %677, float 0xFFF0000000000000
	%679 = mul i32 %4, 16
	%680 = add i32 %6, 8
	%681 = add i32 %679, %680
	%682 = add i32 %3, %681
	%683 = shl i32 %7, 1
	%684 = add i32 24, %683
	%685 = add i32 %55, %684
	%686 = icmp slt i32 %682, %R
	%687 = icmp slt i32 %685, %T
	%688 = and i1 %686, %687
	%689 = fmul float %84, 0x3FA7154760000000
	%690 = select i1 %688, float %689, float 0xFFF0000000000000
	%691 = mul i32 %4, 16
	%692 = add i32 %6, 8
	%693 = add i32 %691, %692
	%694 = add i32 %3, %693
	%695 = shl i32 %7, 1
	%696 = add i32 25, %695
	%697 = add i32 %55, %696
	%698 = icmp slt i32 %694, %R
	%699 = icmp slt i32 %697, %T
	%700 = and i1 %698, %699
	%701 = fmul float %85, 0x3FA7154760000000
	%702 = select i1 %700, float %701, float 0xFFF0000000000000
	%703 = mul i32 %4, 16
	%704 = add i32 %6, 0
	%705 = add i32 %703, %704
	%706 = add i32 %3, %705
	%707 = shl i32 %7, 1
	%708 = add i32 32, %707
	%709 = add i32 %55, %708
	%710 = icmp slt i32 %706, %R
	%711 = icmp slt i32 %709, %T
	%712 = and i1 %710, %711
	%713 = fmul float %86, 0x3FA7154760000000
	%714 = select i1 %712, float %713, float 0xFFF0000000000000
	%715 = mul i32 %4, 16
	%716 = add i32 %6, 0
	%717 = add i32 %715, %716
	%718 = add i32 %3, %717
	%719 = shl i32 %7, 1
	%720 = add i32 33, %719
	%721 = add i32 %55, %720
	%722 = icmp slt i32 %718, %R
	%723 = icmp slt i32 %721, %T
	%724 = and i1 %722, %723
	%725 = fmul float %87, 0x3FA7154760000000
	%726 = select i1 %724, float %725, float 0xFFF0000000000000
	%727 = mul i32 %4, 16
	%728 = add i32 %6, 8
	%729 = add i32 %727, %728
	%730 = add i32 %3, %729
	%731 = shl i32 %7, 1
	%732 = add i32 32, %731
	%733 = add i32 %55, %732
	%734 = icmp slt i32 %730, %R
	%735 = icmp slt i32 %733, %T
	%736 = and i1 %734, %735
	%737 = fmul float %88, 0x3FA7154760000000
	%738 = select i1 %736, float %737, float 0xFFF0000000000000
	%739 = mul i32 %4, 16
	%740 = add i32 %6, 8
	%741 = add i32 %739, %740
	%742 = add i32 %3, %741
	%743 = shl i32 %7, 1
	%744 = add i32 33, %743
	%745 = add i32 %55, %744
	%746 = icmp slt i32 %742, %R
	%747 = icmp slt i32 %745, %T
	%748 = and i1 %746, %747
	%749 = fmul float %89, 0x3FA7154760000000
	%750 = select i1 %748, float %749, float 0xFFF0000000000000
	%751 = mul i32 %4, 16
	%752 = add i32 %6, 0
	%753 = add i32 %751, %752
	%754 = add i32 %3, %753
	%755 = shl i32 %7, 1
	%756 = add i32 40, %755
	%757 = add i32 %55, %756
	%758 = icmp slt i32 %754, %R
	%759 = icmp slt i32 %757, %T
	%760 = and i1 %758, %759
	%761 = fmul float %90, 0x3FA7154760000000
	%762 = select i1 %760, float %761, float 0xFFF0000000000000
	%763 = mul i32 %4, 16
	%764 = add i32 %6, 0
	%765 = add i32 %763, %764
	%766 = add i32 %3, %765
	%767 = shl i32 %7, 1
	%768 = add i32 41, %767
	%769 = add i32 %55, %768
	%770 = icmp slt i32 %766, %R
	%771 = icmp slt i32 %769, %T
	%772 = and i1 %770, %771
	%773 = fmul float %91, 0x3FA7154760000000
	%774 = select i1 %772, float %773, float 0xFFF0000000000000
	%775 = mul i32 %4, 16
	%776 = add i32 %6, 8
	%777 = add i32 %775, %776
	%778 = add i32 %3, %777
	%779 = shl i32 %7, 1
	%780 = add i32 40, %779
	%781 = add i32 %55, %780
	%782 = icmp slt i32 %778, %R
	%783 = icmp slt i32 %781, %T
	%784 = and i1 %782, %783
	%785 = fmul float %92, 0x3FA7154760000000
	%786 = select i1 %784, float %785, float 0xFFF0000000000000
	%787 = mul i32 %4, 16
	%788 = add i32 %6, 8
	%789 = add i32 %787, %788
	%790 = add i32 %3, %789
	%791 = shl i32 %7, 1
	%792 = add i32 41, %791
	%793 = add i32 %55, %792
	%794 = icmp slt i32 %790, %R
	%795 = icmp slt i32 %793, %T
	%796 = and i1 %794, %795
	%797 = fmul float %93, 0x3FA7154760000000
	%798 = select i1 %796, float %797, float 0xFFF0000000000000
	%799 = mul i32 %4, 16
	%800 = add i32 %6, 0
	%801 = add i32 %799, %800
	%802 = add i32 %3, %801
	%803 = shl i32 %7, 1
	%804 = add i32 48, %803
	%805 = add i32 %55, %804
	%806 = icmp slt i32 %802, %R
	%807 = icmp slt i32 %805, %T
	%808 = and i1 %806, %807
	%809 = fmul float %94, 0x3FA7154760000000
	%810 = select i1 %808, float %809, float 0xFFF0000000000000
	%811 = mul i32 %4, 16
	%812 = add i32 %6, 0
	%813 = add i32 %811, %812
	%814 = add i32 %3, %813
	%815 = shl i32 %7, 1
	%816 = add i32 49, %815
	%817 = add i32 %55, %816
	%818 = icmp slt i32 %814, %R
	%819 = icmp slt i32 %817, %T
	%820 = and i1 %818, %819
	%821 = fmul float %95, 0x3FA7154760000000
	%822 = select i1 %820, float %821, float 0xFFF0000000000000
	%823 = mul i32 %4, 16
	%824 = add i32 %6, 8
	%825 = add i32 %823, %824
	%826 = add i32 %3, %825
	%827 = shl i32 %7, 1
	%828 = add i32 48, %827
	%829 = add i32 %55, %828
	%830 = icmp slt i32 %826, %R
	%831 = icmp slt i32 %829, %T
	%832 = and i1 %830, %831
	%833 = fmul float %96, 0x3FA7154760000000
	%834 = select i1 %832, float %833, float 0xFFF0000000000000
	%835 = mul i32 %4, 16
	%836 = add i32 %6, 8
	%837 = add i32 %835, %836
	%838 = add i32 %3, %837
	%839 = shl i32 %7, 1
	%840 = add i32 49, %839
	%841 = add i32 %55, %840
	%842 = icmp slt i32 %838, %R
	%843 = icmp slt i32 %841, %T
	%844 = and i1 %842, %843
	%845 = fmul float %97, 0x3FA7154760000000
	%846 = select i1 %844, float %845, float 0xFFF0000000000000
	%847 = mul i32 %4, 16
	%848 = add i32 %6, 0
	%849 = add i32 %847, %848
	%850 = add i32 %3, %849
	%851 = shl i32 %7, 1
	%852 = add i32 56, %851
	%853 = add i32 %55, %852
	%854 = icmp slt i32 %850, %R
	%855 = icmp slt i32 %853, %T
	%856 = and i1 %854, %855
	%857 = fmul float %98, 0x3FA7154760000000
	%858 = select i1 %856, float %857, float 0xFFF0000000000000
	%859 = mul i32 %4, 16
	%860 = add i32 %6, 0
	%861 = add i32 %859, %860
	%862 = add i32 %3, %861
	%863 = shl i32 %7, 1
	%864 = add i32 57, %863
	%865 = add i32 %55, %864
	%866 = icmp slt i32 %862, %R
	%867 = icmp slt i32 %865, %T
	%868 = and i1 %866, %867
	%869 = fmul float %99, 0x3FA7154760000000
	%870 = select i1 %868, float %869, float 0xFFF0000000000000
	%871 = mul i32 %4, 16
	%872 = add i32 %6, 8
	%873 = add i32 %871, %872
	%874 = add i32 %3, %873
	%875 = shl i32 %7, 1
	%876 = add i32 56, %875
	%877 = add i32 %55, %876
	%878 = icmp slt i32 %874, %R
	%879 = icmp slt i32 %877, %T
	%880 = and i1 %878, %879
	%881 = fmul float %100, 0x3FA7154760000000
	%882 = select i1 %880, float %881, float 0xFFF0000000000000
	%883 = mul i32 %4, 16
	%884 = add i32 %6, 8
	%885 = add i32 %883, %884
	%886 = add i32 %3, %885
	%887 = shl i32 %7, 1
	%888 = add i32 57, %887
	%889 = add i32 %55, %888
	%890 = icmp slt i32 %886, %R
	%891 = icmp slt i32 %889, %T
	%892 = and i1 %890, %891
	%893 = fmul float %101, 0x3FA7154760000000
	%894 = select i1 %892, float %893, float 0xFFF0000000000000
	%895 = call float @llvm.nvvm.fmax.f(float %522, float %534)
	%896 = call float @llvm.nvvm.fmax.f(float %570, float %582)
	%897 = call float @llvm.nvvm.fmax.f(float %618, float %630)
	%898 = call float @llvm.nvvm.fmax.f(float %666, float %678)
	%899 = call float @llvm.nvvm.fmax.f(float %714, float %726)
	%900 = call float @llvm.nvvm.fmax.f(float %762, float %774)
	%901 = call float @llvm.nvvm.fmax.f(float %810, float %822)
	%902 = call float @llvm.nvvm.fmax.f(float %858, float %870)
	%903 = call float @llvm.nvvm.fmax.f(float %895, float %896)
	%904 = call float @llvm.nvvm.fmax.f(float %897, float %898)
	%905 = call float @llvm.nvvm.fmax.f(float %899, float %900)
	%906 = call float @llvm.nvvm.fmax.f(float %901, float %902)
	%907 = call float @llvm.nvvm.fmax.f(float %903, float %904)
	%908 = call float @llvm.nvvm.fmax.f(float %905, float %906)
	%909 = call float @llvm.nvvm.fmax.f(float %907, float %908)
	%910 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %909, i32 1, i32 31)
	%911 = call float @llvm.nvvm.fmax.f(float %909, float %910)
	%912 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %911, i32 2, i32 31)
	%913 = call float @llvm.nvvm.fmax.f(float %911, float %912)
	%914 = call float @llvm.nvvm.fmax.f(float %49, float %913)
	%915 = fcmp oeq float %914, 0xFFF0000000000000
	%916 = select i1 %915, float 0.0, float %914
	%917 = fsub float %522, %916
	%918 = call float @llvm.nvvm.ex2.approx.ftz.f(float %917)
	%919 = fsub float %534, %916
	%920 = call float @llvm.nvvm.ex2.approx.ftz.f(float %919)
	%921 = fsub float %570, %916
	%922 = call float @llvm.nvvm.ex2.approx.ftz.f(float %921)
	%923 = fsub float %582, %916
	%924 = call float @llvm.nvvm.ex2.approx.ftz.f(float %923)
	%925 = fsub float %618, %916
	%926 = call float @llvm.nvvm.ex2.approx.ftz.f(float %925)
	%927 = fsub float %630, %916
	%928 = call float @llvm.nvvm.ex2.approx.ftz.f(float %927)
	%929 = fsub float %666, %916
	%930 = call float @llvm.nvvm.ex2.approx.ftz.f(float %929)
	%931 = fsub float %678, %916
	%932 = call float @llvm.nvvm.ex2.approx.ftz.f(float %931)
	%933 = fsub float %714, %916
	%934 = call float @llvm.nvvm.ex2.approx.ftz.f(float %933)
	%935 = fsub float %726, %916
	%936 = call float @llvm.nvvm.ex2.approx.ftz.f(float %935)
	%937 = fsub float %762, %916
	%938 = call float @llvm.nvvm.ex2.approx.ftz.f(float %937)
	%939 = fsub float %774, %916
	%940 = call float @llvm.nvvm.ex2.approx.ftz.f(float %939)
	%941 = fsub float %810, %916
	%942 = call float @llvm.nvvm.ex2.approx.ftz.f(float %941)
	%943 = fsub float %822, %916
	%944 = call float @llvm.nvvm.ex2.approx.ftz.f(float %943)
	%945 = fsub float %858, %916
	%946 = call float @llvm.nvvm.ex2.approx.ftz.f(float %945)
	%947 = fsub float %870, %916
	%948 = call float @llvm.nvvm.ex2.approx.ftz.f(float %947)
	%949 = fadd float %918, %920
	%950 = fadd float %922, %924
	%951 = fadd float %926, %928
	%952 = fadd float %930, %932
	%953 = fadd float %934, %936
	%954 = fadd float %938, %940
	%955 = fadd float %942, %944
	%956 = fadd float %946, %948
	%957 = fadd float %949, %950
	%958 = fadd float %951, %952
	%959 = fadd float %953, %954
	%960 = fadd float %955, %956
	%961 = fadd float %957, %958
	%962 = fadd float %959, %960
	%963 = fadd float %961, %962
	%964 = fsub float %49, %916
	%965 = call float @llvm.nvvm.ex2.approx.ftz.f(float %964)
	%966 = fmul float %51, %965
	%967 = fadd float %966, %963
	%968 = call float @llvm.nvvm.fmax.f(float %546, float %558)
	%969 = call float @llvm.nvvm.fmax.f(float %594, float %606)
	%970 = call float @llvm.nvvm.fmax.f(float %642, float %654)
	%971 = call float @llvm.nvvm.fmax.f(float %690, float %702)
	%972 = call float @llvm.nvvm.fmax.f(float %738, float %750)
	%973 = call float @llvm.nvvm.fmax.f(float %786, float %798)
	%974 = call float @llvm.nvvm.fmax.f(float %834, float %846)
	%975 = call float @llvm.nvvm.fmax.f(float %882, float %894)
	%976 = call float @llvm.nvvm.fmax.f(float %968, float %969)
	%977 = call float @llvm.nvvm.fmax.f(float %970, float %971)
	%978 = call float @llvm.nvvm.fmax.f(float %972, float %973)
	%979 = call float @llvm.nvvm.fmax.f(float %974, float %975)
	%980 = call float @llvm.nvvm.fmax.f(float %976, float %977)
	%981 = call float @llvm.nvvm.fmax.f(float %978, float %979)
	%982 = call float @llvm.nvvm.fmax.f(float %980, float %981)
	%983 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %982, i32 1, i32 31)
	%984 = call float @llvm.nvvm.fmax.f(float %982, float %983)
	%985 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %984, i32 2, i32 31)
	%986 = call float @llvm.nvvm.fmax.f(float %984, float %985)
	%987 = call float @llvm.nvvm.fmax.f(float %50, float %986)
	%988 = fcmp oeq float %987, 0xFFF0000000000000
	%989 = select i1 %988, float 0.0, float %987
	%990 = fsub float %546, %989
	%991 = call float @llvm.nvvm.ex2.approx.ftz.f(float %990)
	%992 = fsub float %558, %989
	%993 = call float @llvm.nvvm.ex2.approx.ftz.f(float %992)
	%994 = fsub float %594, %989
	%995 = call float @llvm.nvvm.ex2.approx.ftz.f(float %994)
	%996 = fsub float %606, %989
	%997 = call float @llvm.nvvm.ex2.approx.ftz.f(float %996)
	%998 = fsub float %642, %989
	%999 = call float @llvm.nvvm.ex2.approx.ftz.f(float %998)
	%1000 = fsub float %654, %989
	%1001 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1000)
	%1002 = fsub float %690, %989
	%1003 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1002)
	%1004 = fsub float %702, %989
	%1005 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1004)
	%1006 = fsub float %738, %989
	%1007 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1006)
	%1008 = fsub float %750, %989
	%1009 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1008)
	%1010 = fsub float %786, %989
	%1011 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1010)
	%1012 = fsub float %798, %989
	%1013 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1012)
	%1014 = fsub float %834, %989
	%1015 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1014)
	%1016 = fsub float %846, %989
	%1017 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1016)
	%1018 = fsub float %882, %989
	%1019 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1018)
	%1020 = fsub float %894, %989
	%1021 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1020)
	%1022 = fadd float %991, %993
	%1023 = fadd float %995, %997
	%1024 = fadd float %999, %1001
	%1025 = fadd float %1003, %1005
	%1026 = fadd float %1007, %1009
	%1027 = fadd float %1011, %1013
	%1028 = fadd float %1015, %1017
	%1029 = fadd float %1019, %1021
	%1030 = fadd float %1022, %1023
	%1031 = fadd float %1024, %1025
	%1032 = fadd float %1026, %1027
	%1033 = fadd float %1028, %1029
	%1034 = fadd float %1030, %1031
	%1035 = fadd float %1032, %1033
	%1036 = fadd float %1034, %1035
	%1037 = fsub float %50, %989
	%1038 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1037)
	%1039 = fmul float %52, %1038
	%1040 = fadd float %1039, %1036
	%1041 = add i32 %48, 1
	br label %47

1042:
	%1043 = mul i32 %1, %R
	%1044 = add i32 %1043, %64
	%1045 = mul i32 %1044, 2
	%1046 = add i32 %1045, 0
	%1047 = sext i32 %1046 to i64
	%1048 = getelementptr float, float* %stats, i64 %1047
	store float %49, float* %1048
	%1049 = mul i32 %1, %R
	%1050 = add i32 %1049, %64
	%1051 = mul i32 %1050, 2
	%1052 = add i32 %1051, 1
	%1053 = sext i32 %1052 to i64
	%1054 = getelementptr float, float* %stats, i64 %1053
	store float %60, float* %1054
	br label %1055

1055:
	%1056 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %52, i32 1, i32 31)
	%1057 = fadd float %52, %1056
	%1058 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1057, i32 2, i32 31)
	%1059 = fadd float %1057, %1058
	%1060 = mul i32 %4, 16
	%1061 = add i32 %6, 8
	%1062 = add i32 %1060, %1061
	%1063 = add i32 %3, %1062
	%1064 = icmp slt i32 %1063, %R
	%1065 = icmp eq i32 %7, 0
	%1066 = and i1 %1064, %1065
	br i1 %1066, label %1067, label %1080

1067:
	%1068 = mul i32 %1, %R
	%1069 = add i32 %1068, %1063
	%1070 = mul i32 %1069, 2
	%1071 = add i32 %1070, 0
	%1072 = sext i32 %1071 to i64
	%1073 = getelementptr float, float* %stats, i64 %1072
	store float %50, float* %1073
	%1074 = mul i32 %1, %R
	%1075 = add i32 %1074, %1063
	%1076 = mul i32 %1075, 2
	%1077 = add i32 %1076, 1
	%1078 = sext i32 %1077 to i64
	%1079 = getelementptr float, float* %stats, i64 %1078
	store float %1059, float* %1079
	br label %1080

1080:
	ret void
}

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

define ptx_kernel void @adfull_admass0(i16* %q, i16* %k, i32 %M, i32 %N, i32 %group, i32 %R, i32 %T, float* %stats, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK) {
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
	%17 = ptrtoint [24576 x i8] addrspace(3)* @adfull_admass0_smem to i32
	%18 = add i32 %17, u0x4000
	%19 = inttoptr i32 %17 to [128 x float] addrspace(3)*
	%20 = lshr i32 %5, 4
	%21 = and i32 %5, 7
	%22 = lshr i32 %5, 3
	%23 = and i32 %22, 1
	%24 = shl i32 %23, 3
	%25 = add i32 %21, %24
	%26 = mul i32 %4, 16
	%27 = add i32 %26, %25
	%28 = mul i32 %27, 128
	%29 = add i32 %17, %28
	%30 = and i32 %5, 7
	%31 = xor i32 %20, %30
	%32 = shl i32 %31, 4
	%33 = add i32 %29, %32
	%34 = and i32 %5, 7
	%35 = shl i32 %20, 3
	%36 = add i32 %34, %35
	%37 = lshr i32 %5, 3
	%38 = and i32 %37, 1
	%39 = mul i32 %36, 128
	%40 = add i32 %18, %39
	%41 = and i32 %5, 7
	%42 = xor i32 %38, %41
	%43 = shl i32 %42, 4
	%44 = add i32 %40, %43
	%45 = mul i32 %4, 16
	%46 = add i32 %6, 0
	%47 = add i32 %45, %46
	%48 = add i32 %3, %47
	%49 = icmp slt i32 %48, %R
	%50 = select i1 %49, i32 %48, i32 0
	%51 = mul i32 %1, %R
	%52 = add i32 %51, %50
	%53 = mul i32 %52, 2
	%54 = add i32 %53, 0
	%55 = sext i32 %54 to i64
	%56 = getelementptr float, float* %stats, i64 %55
	%57 = load float, float* %56
	%58 = mul i32 %1, %R
	%59 = add i32 %58, %50
	%60 = mul i32 %59, 2
	%61 = add i32 %60, 1
	%62 = sext i32 %61 to i64
	%63 = getelementptr float, float* %stats, i64 %62
	%64 = load float, float* %63
	%65 = fcmp ogt float %64, 0.0
	%66 = and i1 %49, %65
	%67 = select i1 %66, float %57, float 0.0
	%68 = fdiv float 1.0, %64
	%69 = select i1 %66, float %68, float 0.0
	%70 = mul i32 %4, 16
	%71 = add i32 %6, 8
	%72 = add i32 %70, %71
	%73 = add i32 %3, %72
	%74 = icmp slt i32 %73, %R
	%75 = select i1 %74, i32 %73, i32 0
	%76 = mul i32 %1, %R
	%77 = add i32 %76, %75
	%78 = mul i32 %77, 2
	%79 = add i32 %78, 0
	%80 = sext i32 %79 to i64
	%81 = getelementptr float, float* %stats, i64 %80
	%82 = load float, float* %81
	%83 = mul i32 %1, %R
	%84 = add i32 %83, %75
	%85 = mul i32 %84, 2
	%86 = add i32 %85, 1
	%87 = sext i32 %86 to i64
	%88 = getelementptr float, float* %stats, i64 %87
	%89 = load float, float* %88
	%90 = fcmp ogt float %89, 0.0
	%91 = and i1 %74, %90
	%92 = select i1 %91, float %82, float 0.0
	%93 = fdiv float 1.0, %89
	%94 = select i1 %91, float %93, float 0.0
	%95 = add i32 %T, 63
	%96 = sdiv i32 %95, 64
	br label %97

97:
	%98 = phi i32 [ 0, %entry ], [ %1418, %1417 ]
	%99 = phi float [ 0xFFF0000000000000, %entry ], [ %99, %1417 ]
	%100 = phi float [ 0xFFF0000000000000, %entry ], [ %100, %1417 ]
	%101 = phi float [ 0.0, %entry ], [ %101, %1417 ]
	%102 = phi float [ 0.0, %entry ], [ %102, %1417 ]
	%103 = icmp slt i32 %98, %96
	br i1 %103, label %104, label %106

104:
	%105 = mul i32 %98, 64
	br label %107

106:
	ret void

107:
	%108 = phi i32 [ 0, %104 ], [ %548, %142 ]
	%109 = phi float [ 0.0, %104 ], [ %491, %142 ]
	%110 = phi float [ 0.0, %104 ], [ %492, %142 ]
	%111 = phi float [ 0.0, %104 ], [ %493, %142 ]
	%112 = phi float [ 0.0, %104 ], [ %494, %142 ]
	%113 = phi float [ 0.0, %104 ], [ %496, %142 ]
	%114 = phi float [ 0.0, %104 ], [ %497, %142 ]
	%115 = phi float [ 0.0, %104 ], [ %498, %142 ]
	%116 = phi float [ 0.0, %104 ], [ %499, %142 ]
	%117 = phi float [ 0.0, %104 ], [ %507, %142 ]
	%118 = phi float [ 0.0, %104 ], [ %508, %142 ]
	%119 = phi float [ 0.0, %104 ], [ %509, %142 ]
	%120 = phi float [ 0.0, %104 ], [ %510, %142 ]
	%121 = phi float [ 0.0, %104 ], [ %512, %142 ]
	%122 = phi float [ 0.0, %104 ], [ %513, %142 ]
	%123 = phi float [ 0.0, %104 ], [ %514, %142 ]
	%124 = phi float [ 0.0, %104 ], [ %515, %142 ]
	%125 = phi float [ 0.0, %104 ], [ %523, %142 ]
	%126 = phi float [ 0.0, %104 ], [ %524, %142 ]
	%127 = phi float [ 0.0, %104 ], [ %525, %142 ]
	%128 = phi float [ 0.0, %104 ], [ %526, %142 ]
	%129 = phi float [ 0.0, %104 ], [ %528, %142 ]
	%130 = phi float [ 0.0, %104 ], [ %529, %142 ]
	%131 = phi float [ 0.0, %104 ], [ %530, %142 ]
	%132 = phi float [ 0.0, %104 ], [ %531, %142 ]
	%133 = phi float [ 0.0, %104 ], [ %539, %142 ]
	%134 = phi float [ 0.0, %104 ], [ %540, %142 ]
	%135 = phi float [ 0.0, %104 ], [ %541, %142 ]
	%136 = phi float [ 0.0, %104 ], [ %542, %142 ]
	%137 = phi float [ 0.0, %104 ], [ %544, %142 ]
	%138 = phi float [ 0.0, %104 ], [ %545, %142 ]
	%139 = phi float [ 0.0, %104 ], [ %546, %142 ]
	%140 = phi float [ 0.0, %104 ], [ %547, %142 ]
	%141 = icmp slt i32 %108, 4
	br i1 %141, label %142, label %549

142:
	%143 = sub i32 3, %108
	%144 = add i32 %0, 0
	%145 = lshr i32 %144, 3
	%146 = and i32 %144, 7
	%147 = add i32 %3, %145
	%148 = mul i32 %147, 4
	%149 = add i32 %148, %143
	%150 = icmp slt i32 %149, %M
	%151 = select i1 %150, i32 %149, i32 0
	%152 = mul i32 %151, 64
	%153 = mul i32 %146, 8
	%154 = add i32 %152, %153
	%155 = and i32 %145, 7
	%156 = xor i32 %146, %155
	%157 = mul i32 %145, 8
	%158 = add i32 %157, %156
	%159 = shl i32 %158, 4
	%160 = add i32 %17, %159
	%161 = sext i32 %154 to i64
	%162 = getelementptr i16, i16* %12, i64 %161
	%163 = select i1 %150, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %160, i16* %162, i32 %163)
	%164 = add i32 %0, 256
	%165 = lshr i32 %164, 3
	%166 = and i32 %164, 7
	%167 = add i32 %3, %165
	%168 = mul i32 %167, 4
	%169 = add i32 %168, %143
	%170 = icmp slt i32 %169, %M
	%171 = select i1 %170, i32 %169, i32 0
	%172 = mul i32 %171, 64
	%173 = mul i32 %166, 8
	%174 = add i32 %172, %173
	%175 = and i32 %165, 7
	%176 = xor i32 %166, %175
	%177 = mul i32 %165, 8
	%178 = add i32 %177, %176
	%179 = shl i32 %178, 4
	%180 = add i32 %17, %179
	%181 = sext i32 %174 to i64
	%182 = getelementptr i16, i16* %12, i64 %181
	%183 = select i1 %170, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %180, i16* %182, i32 %183)
	%184 = add i32 %0, 512
	%185 = lshr i32 %184, 3
	%186 = and i32 %184, 7
	%187 = add i32 %3, %185
	%188 = mul i32 %187, 4
	%189 = add i32 %188, %143
	%190 = icmp slt i32 %189, %M
	%191 = select i1 %190, i32 %189, i32 0
	%192 = mul i32 %191, 64
	%193 = mul i32 %186, 8
	%194 = add i32 %192, %193
	%195 = and i32 %185, 7
	%196 = xor i32 %186, %195
	%197 = mul i32 %185, 8
	%198 = add i32 %197, %196
	%199 = shl i32 %198, 4
	%200 = add i32 %17, %199
	%201 = sext i32 %194 to i64
	%202 = getelementptr i16, i16* %12, i64 %201
	%203 = select i1 %190, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %200, i16* %202, i32 %203)
	%204 = add i32 %0, 768
	%205 = lshr i32 %204, 3
	%206 = and i32 %204, 7
	%207 = add i32 %3, %205
	%208 = mul i32 %207, 4
	%209 = add i32 %208, %143
	%210 = icmp slt i32 %209, %M
	%211 = select i1 %210, i32 %209, i32 0
	%212 = mul i32 %211, 64
	%213 = mul i32 %206, 8
	%214 = add i32 %212, %213
	%215 = and i32 %205, 7
	%216 = xor i32 %206, %215
	%217 = mul i32 %205, 8
	%218 = add i32 %217, %216
	%219 = shl i32 %218, 4
	%220 = add i32 %17, %219
	%221 = sext i32 %214 to i64
	%222 = getelementptr i16, i16* %12, i64 %221
	%223 = select i1 %210, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %220, i16* %222, i32 %223)
	%224 = add i32 %0, 0
	%225 = lshr i32 %224, 3
	%226 = and i32 %224, 7
	%227 = add i32 %105, %225
	%228 = mul i32 %227, 4
	%229 = add i32 %228, %108
	%230 = icmp slt i32 %229, %N
	%231 = select i1 %230, i32 %229, i32 0
	%232 = mul i32 %231, 64
	%233 = mul i32 %226, 8
	%234 = add i32 %232, %233
	%235 = and i32 %225, 7
	%236 = xor i32 %226, %235
	%237 = mul i32 %225, 8
	%238 = add i32 %237, %236
	%239 = shl i32 %238, 4
	%240 = add i32 %18, %239
	%241 = sext i32 %234 to i64
	%242 = getelementptr i16, i16* %16, i64 %241
	%243 = select i1 %230, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %240, i16* %242, i32 %243)
	%244 = add i32 %0, 256
	%245 = lshr i32 %244, 3
	%246 = and i32 %244, 7
	%247 = add i32 %105, %245
	%248 = mul i32 %247, 4
	%249 = add i32 %248, %108
	%250 = icmp slt i32 %249, %N
	%251 = select i1 %250, i32 %249, i32 0
	%252 = mul i32 %251, 64
	%253 = mul i32 %246, 8
	%254 = add i32 %252, %253
	%255 = and i32 %245, 7
	%256 = xor i32 %246, %255
	%257 = mul i32 %245, 8
	%258 = add i32 %257, %256
	%259 = shl i32 %258, 4
	%260 = add i32 %18, %259
	%261 = sext i32 %254 to i64
	%262 = getelementptr i16, i16* %16, i64 %261
	%263 = select i1 %250, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %260, i16* %262, i32 %263)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%264 = xor i32 %33, 0
	%265 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %264)
	%266 = extractvalue { i32, i32, i32, i32 } %265, 0
	%267 = extractvalue { i32, i32, i32, i32 } %265, 1
	%268 = extractvalue { i32, i32, i32, i32 } %265, 2
	%269 = extractvalue { i32, i32, i32, i32 } %265, 3
	%270 = xor i32 %44, 0
	%271 = add i32 %270, 0
	%272 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %271)
	%273 = extractvalue { i32, i32, i32, i32 } %272, 0
	%274 = extractvalue { i32, i32, i32, i32 } %272, 1
	%275 = extractvalue { i32, i32, i32, i32 } %272, 2
	%276 = extractvalue { i32, i32, i32, i32 } %272, 3
	%277 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %266, i32 %267, i32 %268, i32 %269, i32 %273, i32 %274, float %109, float %110, float %111, float %112)
	%278 = extractvalue { float, float, float, float } %277, 0
	%279 = extractvalue { float, float, float, float } %277, 1
	%280 = extractvalue { float, float, float, float } %277, 2
	%281 = extractvalue { float, float, float, float } %277, 3
	%282 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %266, i32 %267, i32 %268, i32 %269, i32 %275, i32 %276, float %113, float %114, float %115, float %116)
	%283 = extractvalue { float, float, float, float } %282, 0
	%284 = extractvalue { float, float, float, float } %282, 1
	%285 = extractvalue { float, float, float, float } %282, 2
	%286 = extractvalue { float, float, float, float } %282, 3
	%287 = add i32 %270, 2048
	%288 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %287)
	%289 = extractvalue { i32, i32, i32, i32 } %288, 0
	%290 = extractvalue { i32, i32, i32, i32 } %288, 1
	%291 = extractvalue { i32, i32, i32, i32 } %288, 2
	%292 = extractvalue { i32, i32, i32, i32 } %288, 3
	%293 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %266, i32 %267, i32 %268, i32 %269, i32 %289, i32 %290, float %117, float %118, float %119, float %120)
	%294 = extractvalue { float, float, float, float } %293, 0
	%295 = extractvalue { float, float, float, float } %293, 1
	%296 = extractvalue { float, float, float, float } %293, 2
	%297 = extractvalue { float, float, float, float } %293, 3
	%298 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %266, i32 %267, i32 %268, i32 %269, i32 %291, i32 %292, float %121, float %122, float %123, float %124)
	%299 = extractvalue { float, float, float, float } %298, 0
	%300 = extractvalue { float, float, float, float } %298, 1
	%301 = extractvalue { float, float, float, float } %298, 2
	%302 = extractvalue { float, float, float, float } %298, 3
	%303 = add i32 %270, u0x1000
	%304 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %303)
	%305 = extractvalue { i32, i32, i32, i32 } %304, 0
	%306 = extractvalue { i32, i32, i32, i32 } %304, 1
	%307 = extractvalue { i32, i32, i32, i32 } %304, 2
	%308 = extractvalue { i32, i32, i32, i32 } %304, 3
	%309 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %266, i32 %267, i32 %268, i32 %269, i32 %305, i32 %306, float %125, float %126, float %127, float %128)
	%310 = extractvalue { float, float, float, float } %309, 0
	%311 = extractvalue { float, float, float, float } %309, 1
	%312 = extractvalue { float, float, float, float } %309, 2
	%313 = extractvalue { float, float, float, float } %309, 3
	%314 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %266, i32 %267, i32 %268, i32 %269, i32 %307, i32 %308, float %129, float %130, float %131, float %132)
	%315 = extractvalue { float, float, float, float } %314, 0
	%316 = extractvalue { float, float, float, float } %314, 1
	%317 = extractvalue { float, float, float, float } %314, 2
	%318 = extractvalue { float, float, float, float } %314, 3
	%319 = add i32 %270, 6144
	%320 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %319)
	%321 = extractvalue { i32, i32, i32, i32 } %320, 0
	%322 = extractvalue { i32, i32, i32, i32 } %320, 1
	%323 = extractvalue { i32, i32, i32, i32 } %320, 2
	%324 = extractvalue { i32, i32, i32, i32 } %320, 3
	%325 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %266, i32 %267, i32 %268, i32 %269, i32 %321, i32 %322, float %133, float %134, float %135, float %136)
	%326 = extractvalue { float, float, float, float } %325, 0
	%327 = extractvalue { float, float, float, float } %325, 1
	%328 = extractvalue { float, float, float, float } %325, 2
	%329 = extractvalue { float, float, float, float } %325, 3
	%330 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %266, i32 %267, i32 %268, i32 %269, i32 %323, i32 %324, float %137, float %138, float %139, float %140)
	%331 = extractvalue { float, float, float, float } %330, 0
	%332 = extractvalue { float, float, float, float } %330, 1
	%333 = extractvalue { float, float, float, float } %330, 2
	%334 = extractvalue { float, float, float, float } %330, 3
	%335 = xor i32 %33, 32
	%336 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %335)
	%337 = extractvalue { i32, i32, i32, i32 } %336, 0
	%338 = extractvalue { i32, i32, i32, i32 } %336, 1
	%339 = extractvalue { i32, i32, i32, i32 } %336, 2
	%340 = extractvalue { i32, i32, i32, i32 } %336, 3
	%341 = xor i32 %44, 32
	%342 = add i32 %341, 0
	%343 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %342)
	%344 = extractvalue { i32, i32, i32, i32 } %343, 0
	%345 = extractvalue { i32, i32, i32, i32 } %343, 1
	%346 = extractvalue { i32, i32, i32, i32 } %343, 2
	%347 = extractvalue { i32, i32, i32, i32 } %343, 3
	%348 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %337, i32 %338, i32 %339, i32 %340, i32 %344, i32 %345, float %278, float %279, float %280, float %281)
	%349 = extractvalue { float, float, float, float } %348, 0
	%350 = extractvalue { float, float, float, float } %348, 1
	%351 = extractvalue { float, float, float, float } %348, 2
	%352 = extractvalue { float, float, float, float } %348, 3
	%353 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %337, i32 %338, i32 %339, i32 %340, i32 %346, i32 %347, float %283, float %284, float %285, float %286)
	%354 = extractvalue { float, float, float, float } %353, 0
	%355 = extractvalue { float, float, float, float } %353, 1
	%356 = extractvalue { float, float, float, float } %353, 2
	%357 = extractvalue { float, float, float, float } %353, 3
	%358 = add i32 %341, 2048
	%359 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %358)
	%360 = extractvalue { i32, i32, i32, i32 } %359, 0
	%361 = extractvalue { i32, i32, i32, i32 } %359, 1
	%362 = extractvalue { i32, i32, i32, i32 } %359, 2
	%363 = extractvalue { i32, i32, i32, i32 } %359, 3
	%364 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %337, i32 %338, i32 %339, i32 %340, i32 %360, i32 %361, float %294, float %295, float %296, float %297)
	%365 = extractvalue { float, float, float, float } %364, 0
	%366 = extractvalue { float, float, float, float } %364, 1
	%367 = extractvalue { float, float, float, float } %364, 2
	%368 = extractvalue { float, float, float, float } %364, 3
	%369 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %337, i32 %338, i32 %339, i32 %340, i32 %362, i32 %363, float %299, float %300, float %301, float %302)
	%370 = extractvalue { float, float, float, float } %369, 0
	%371 = extractvalue { float, float, float, float } %369, 1
	%372 = extractvalue { float, float, float, float } %369, 2
	%373 = extractvalue { float, float, float, float } %369, 3
	%374 = add i32 %341, u0x1000
	%375 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %374)
	%376 = extractvalue { i32, i32, i32, i32 } %375, 0
	%377 = extractvalue { i32, i32, i32, i32 } %375, 1
	%378 = extractvalue { i32, i32, i32, i32 } %375, 2
	%379 = extractvalue { i32, i32, i32, i32 } %375, 3
	%380 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %337, i32 %338, i32 %339, i32 %340, i32 %376, i32 %377, float %310, float %311, float %312, float %313)
	%381 = extractvalue { float, float, float, float } %380, 0
	%382 = extractvalue { float, float, float, float } %380, 1
	%383 = extractvalue { float, float, float, float } %380, 2
	%384 = extractvalue { float, float, float, float } %380, 3
	%385 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %337, i32 %338, i32 %339, i32 %340, i32 %378, i32 %379, float %315, float %316, float %317, float %318)
	%386 = extractvalue { float, float, float, float } %385, 0
	%387 = extractvalue { float, float, float, float } %385, 1
	%388 = extractvalue { float, float, float, float } %385, 2
	%389 = extractvalue { float, float, float, float } %385, 3
	%390 = add i32 %341, 6144
	%391 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %390)
	%392 = extractvalue { i32, i32, i32, i32 } %391, 0
	%393 = extractvalue { i32, i32, i32, i32 } %391, 1
	%394 = extractvalue { i32, i32, i32, i32 } %391, 2
	%395 = extractvalue { i32, i32, i32, i32 } %391, 3
	%396 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %337, i32 %338, i32 %339, i32 %340, i32 %392, i32 %393, float %326, float %327, float %328, float %329)
	%397 = extractvalue { float, float, float, float } %396, 0
	%398 = extractvalue { float, float, float, float } %396, 1
	%399 = extractvalue { float, float, float, float } %396, 2
	%400 = extractvalue { float, float, float, float } %396, 3
	%401 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %337, i32 %338, i32 %339, i32 %340, i32 %394, i32 %395, float %331, float %332, float %333, float %334)
	%402 = extractvalue { float, float, float, float } %401, 0
	%403 = extractvalue { float, float, float, float } %401, 1
	%404 = extractvalue { float, float, float, float } %401, 2
	%405 = extractvalue { float, float, float, float } %401, 3
	%406 = xor i32 %33, 64
	%407 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %406)
	%408 = extractvalue { i32, i32, i32, i32 } %407, 0
	%409 = extractvalue { i32, i32, i32, i32 } %407, 1
	%410 = extractvalue { i32, i32, i32, i32 } %407, 2
	%411 = extractvalue { i32, i32, i32, i32 } %407, 3
	%412 = xor i32 %44, 64
	%413 = add i32 %412, 0
	%414 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %413)
	%415 = extractvalue { i32, i32, i32, i32 } %414, 0
	%416 = extractvalue { i32, i32, i32, i32 } %414, 1
	%417 = extractvalue { i32, i32, i32, i32 } %414, 2
	%418 = extractvalue { i32, i32, i32, i32 } %414, 3
	%419 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %408, i32 %409, i32 %410, i32 %411, i32 %415, i32 %416, float %349, float %350, float %351, float %352)
	%420 = extractvalue { float, float, float, float } %419, 0
	%421 = extractvalue { float, float, float, float } %419, 1
	%422 = extractvalue { float, float, float, float } %419, 2
	%423 = extractvalue { float, float, float, float } %419, 3
	%424 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %408, i32 %409, i32 %410, i32 %411, i32 %417, i32 %418, float %354, float %355, float %356, float %357)
	%425 = extractvalue { float, float, float, float } %424, 0
	%426 = extractvalue { float, float, float, float } %424, 1
	%427 = extractvalue { float, float, float, float } %424, 2
	%428 = extractvalue { float, float, float, float } %424, 3
	%429 = add i32 %412, 2048
	%430 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %429)
	%431 = extractvalue { i32, i32, i32, i32 } %430, 0
	%432 = extractvalue { i32, i32, i32, i32 } %430, 1
	%433 = extractvalue { i32, i32, i32, i32 } %430, 2
	%434 = extractvalue { i32, i32, i32, i32 } %430, 3
	%435 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %408, i32 %409, i32 %410, i32 %411, i32 %431, i32 %432, float %365, float %366, float %367, float %368)
	%436 = extractvalue { float, float, float, float } %435, 0
	%437 = extractvalue { float, float, float, float } %435, 1
	%438 = extractvalue { float, float, float, float } %435, 2
	%439 = extractvalue { float, float, float, float } %435, 3
	%440 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %408, i32 %409, i32 %410, i32 %411, i32 %433, i32 %434, float %370, float %371, float %372, float %373)
	%441 = extractvalue { float, float, float, float } %440, 0
	%442 = extractvalue { float, float, float, float } %440, 1
	%443 = extractvalue { float, float, float, float } %440, 2
	%444 = extractvalue { float, float, float, float } %440, 3
	%445 = add i32 %412, u0x1000
	%446 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %445)
	%447 = extractvalue { i32, i32, i32, i32 } %446, 0
	%448 = extractvalue { i32, i32, i32, i32 } %446, 1
	%449 = extractvalue { i32, i32, i32, i32 } %446, 2
	%450 = extractvalue { i32, i32, i32, i32 } %446, 3
	%451 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %408, i32 %409, i32 %410, i32 %411, i32 %447, i32 %448, float %381, float %382, float %383, float %384)
	%452 = extractvalue { float, float, float, float } %451, 0
	%453 = extractvalue { float, float, float, float } %451, 1
	%454 = extractvalue { float, float, float, float } %451, 2
	%455 = extractvalue { float, float, float, float } %451, 3
	%456 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %408, i32 %409, i32 %410, i32 %411, i32 %449, i32 %450, float %386, float %387, float %388, float %389)
	%457 = extractvalue { float, float, float, float } %456, 0
	%458 = extractvalue { float, float, float, float } %456, 1
	%459 = extractvalue { float, float, float, float } %456, 2
	%460 = extractvalue { float, float, float, float } %456, 3
	%461 = add i32 %412, 6144
	%462 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %461)
	%463 = extractvalue { i32, i32, i32, i32 } %462, 0
	%464 = extractvalue { i32, i32, i32, i32 } %462, 1
	%465 = extractvalue { i32, i32, i32, i32 } %462, 2
	%466 = extractvalue { i32, i32, i32, i32 } %462, 3
	%467 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %408, i32 %409, i32 %410, i32 %411, i32 %463, i32 %464, float %397, float %398, float %399, float %400)
	%468 = extractvalue { float, float, float, float } %467, 0
	%469 = extractvalue { float, float, float, float } %467, 1
	%470 = extractvalue { float, float, float, float } %467, 2
	%471 = extractvalue { float, float, float, float } %467, 3
	%472 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %408, i32 %409, i32 %410, i32 %411, i32 %465, i32 %466, float %402, float %403, float %404, float %405)
	%473 = extractvalue { float, float, float, float } %472, 0
	%474 = extractvalue { float, float, float, float } %472, 1
	%475 = extractvalue { float, float, float, float } %472, 2
	%476 = extractvalue { float, float, float, float } %472, 3
	%477 = xor i32 %33, 96
	%478 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %477)
	%479 = extractvalue { i32, i32, i32, i32 } %478, 0
	%480 = extractvalue { i32, i32, i32, i32 } %478, 1
	%481 = extractvalue { i32, i32, i32, i32 } %478, 2
	%482 = extractvalue { i32, i32, i32, i32 } %478, 3
	%483 = xor i32 %44, 96
	%484 = add i32 %483, 0
	%485 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %484)
	%486 = extractvalue { i32, i32, i32, i32 } %485, 0
	%487 = extractvalue { i32, i32, i32, i32 } %485, 1
	%488 = extractvalue { i32, i32, i32, i32 } %485, 2
	%489 = extractvalue { i32, i32, i32, i32 } %485, 3
	%490 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %479, i32 %480, i32 %481, i32 %482, i32 %486, i32 %487, float %420, float %421, float %422, float %423)
	%491 = extractvalue { float, float, float, float } %490, 0
	%492 = extractvalue { float, float, float, float } %490, 1
	%493 = extractvalue { float, float, float, float } %490, 2
	%494 = extractvalue { float, float, float, float } %490, 3
	%495 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %479, i32 %480, i32 %481, i32 %482, i32 %488, i32 %489, float %425, float %426, float %427, float %428)
	%496 = extractvalue { float, float, float, float } %495, 0
	%497 = extractvalue { float, float, float, float } %495, 1
	%498 = extractvalue { float, float, float, float } %495, 2
	%499 = extractvalue { float, float, float, float } %495, 3
	%500 = add i32 %483, 2048
	%501 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %500)
	%502 = extractvalue { i32, i32, i32, i32 } %501, 0
	%503 = extractvalue { i32, i32, i32, i32 } %501, 1
	%504 = extractvalue { i32, i32, i32, i32 } %501, 2
	%505 = extractvalue { i32, i32, i32, i32 } %501, 3
	%506 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %479, i32 %480, i32 %481, i32 %482, i32 %502, i32 %503, float %436, float %437, float %438, float %439)
	%507 = extractvalue { float, float, float, float } %506, 0
	%508 = extractvalue { float, float, float, float } %506, 1
	%509 = extractvalue { float, float, float, float } %506, 2
	%510 = extractvalue { float, float, float, float } %506, 3
	%511 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %479, i32 %480, i32 %481, i32 %482, i32 %504, i32 %505, float %441, float %442, float %443, float %444)
	%512 = extractvalue { float, float, float, float } %511, 0
	%513 = extractvalue { float, float, float, float } %511, 1
	%514 = extractvalue { float, float, float, float } %511, 2
	%515 = extractvalue { float, float, float, float } %511, 3
	%516 = add i32 %483, u0x1000
	%517 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %516)
	%518 = extractvalue { i32, i32, i32, i32 } %517, 0
	%519 = extractvalue { i32, i32, i32, i32 } %517, 1
	%520 = extractvalue { i32, i32, i32, i32 } %517, 2
	%521 = extractvalue { i32, i32, i32, i32 } %517, 3
	%522 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %479, i32 %480, i32 %481, i32 %482, i32 %518, i32 %519, float %452, float %453, float %454, float %455)
	%523 = extractvalue { float, float, float, float } %522, 0
	%524 = extractvalue { float, float, float, float } %522, 1
	%525 = extractvalue { float, float, float, float } %522, 2
	%526 = extractvalue { float, float, float, float } %522, 3
	%527 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %479, i32 %480, i32 %481, i32 %482, i32 %520, i32 %521, float %457, float %458, float %459, float %460)
	%528 = extractvalue { float, float, float, float } %527, 0
	%529 = extractvalue { float, float, float, float } %527, 1
	%530 = extractvalue { float, float, float, float } %527, 2
	%531 = extractvalue { float, float, float, float } %527, 3
	%532 = add i32 %483, 6144
	%533 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %532)
	%534 = extractvalue { i32, i32, i32, i32 } %533, 0
	%535 = extractvalue { i32, i32, i32, i32 } %533, 1
	%536 = extractvalue { i32, i32, i32, i32 } %533, 2
	%537 = extractvalue { i32, i32, i32, i32 } %533, 3
	%538 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %479, i32 %480, i32 %481, i32 %482, i32 %534, i32 %535, float %468, float %469, float %470, float %471)
	%539 = extractvalue { float, float, float, float } %538, 0
	%540 = extractvalue { float, float, float, float } %538, 1
	%541 = extractvalue { float, float, float, float } %538, 2
	%542 = extractvalue { float, float, float, float } %538, 3
	%543 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %479, i32 %480, i32 %481, i32 %482, i32 %536, i32 %537, float %473, float %474, float %475, float %476)
	%544 = extractvalue { float, float, float, float } %543, 0
	%545 = extractvalue { float, float, float, float } %543, 1
	%546 = extractvalue { float, float, float, float } %543, 2
	%547 = extractvalue { float, float, float, float } %543, 3
	call void @llvm.nvvm.barrier0()
	%548 = add i32 %108, 1
	br label %107

549:
	%550 = mul i32 %4, 16
	%551 = add i32 %6, 0
	%552 = add i32 %550, %551
	%553 = add i32 %3, %552
	%554 = shl i32 %7, 1
	%555 = add i32 0, %554
	%556 = add i32 %105, %555
	%557 = icmp slt i32 %553, %R
	%558 = icmp slt i32 %556, %T
	%559 = and i1 %557, %558
	%560 = fmul float %109, 0x3FA7154760000000
	%561 = select i1 %559, float %560, float 0xFFF0000000000000
	%562 = mul i32 %4, 16
	%563 = add i32 %6, 0
	%564 = add i32 %562, %563
	%565 = add i32 %3, %564
	%566 = shl i32 %7, 1
	%567 = add i32 1, %566
	%568 = add i32 %105, %567
	%569 = icmp slt i32 %565, %R
	%570 = icmp slt i32 %568, %T
	%571 = and i1 %569, %570
	%572 = fmul float %110, 0x3FA7154760000000
	%573 = select i1 %571, float %572, float 0xFFF0000000000000
	%574 = mul i32 %4, 16
	%575 = add i32 %6, 8
	%576 = add i32 %574, %575
	%577 = add i32 %3, %576
	%578 = shl i32 %7, 1
	%579 = add i32 0, %578
	%580 = add i32 %105, %579
	%581 = icmp slt i32 %577, %R
	%582 = icmp slt i32 %580, %T
	%583 = and i1 %581, %582
	%584 = fmul float %111, 0x3FA7154760000000
	%585 = select i1 %583, float %584, float 0xFFF0000000000000
	%586 = mul i32 %4, 16
	%587 = add i32 %6, 8
	%588 = add i32 %586, %587
	%589 = add i32 %3, %588
	%590 = shl i32 %7, 1
	%591 = add i32 1, %590
	%592 = add i32 %105, %591
	%593 = icmp slt i32 %589, %R
	%594 = icmp slt i32 %592, %T
	%595 = and i1 %593, %594
	%596 = fmul float %112, 0x3FA7154760000000
	%597 = select i1 %595, float %596, float 0xFFF0000000000000
	%598 = mul i32 %4, 16
	%599 = add i32 %6, 0
	%600 = add i32 %598, %599
	%601 = add i32 %3, %600
	%602 = shl i32 %7, 1
	%603 = add i32 8, %602
	%604 = add i32 %105, %603
	%605 = icmp slt i32 %601, %R
	%606 = icmp slt i32 %604, %T
	%607 = and i1 %605, %606
	%608 = fmul float %113, 0x3FA7154760000000
	%609 = select i1 %607, float %608, float 0xFFF0000000000000
	%610 = mul i32 %4, 16
	%611 = add i32 %6, 0
	%612 = add i32 %610, %611
	%613 = add i32 %3, %612
	%614 = shl i32 %7, 1
	%615 = add i32 9, %614
	%616 = add i32 %105, %615
	%617 = icmp slt i32 %613, %R
	%618 = icmp slt i32 %616, %T
	%619 = and i1 %617, %618
	%620 = fmul float %114, 0x3FA7154760000000
	%621 = select i1 %619, float %620, float 0xFFF0000000000000
	%622 = mul i32 %4, 16
	%623 = add i32 %6, 8
	%624 = add i32 %622, %623
	%625 = add i32 %3, %624
	%626 = shl i32 %7, 1
	%627 = add i32 8, %626
	%628 = add i32 %105, %627
	%629 = icmp slt i32 %625, %R
	%630 = icmp slt i32 %628, %T
	%631 = and i1 %629, %630
	%632 = fmul float %115, 0x3FA7154760000000
	%633 = select i1 %631, float %632, float 0xFFF0000000000000
	%634 = mul i32 %4, 16
	%635 = add i32 %6, 8
	%636 = add i32 %634, %635
	%637 = add i32 %3, %636
	%638 = shl i32 %7, 1
	%639 = add i32 9, %638
	%640 = add i32 %105, %639
	%641 = icmp slt i32 %637, %R
	%642 = icmp slt i32 %640, %T
	%643 = and i1 %641, %642
	%644 = fmul float %116, 0x3FA7154760000000
	%645 = select i1 %643, float %644, float 0xFFF0000000000000
	%646 = mul i32 %4, 16
	%647 = add i32 %6, 0
	%648 = add i32 %646, %647
	%649 = add i32 %3, %648
	%650 = shl i32 %7, 1
	%651 = add i32 16, %650
	%652 = add i32 %105, %651
	%653 = icmp slt i32 %649, %R
	%654 = icmp slt i32 %652, %T
	%655 = and i1 %653, %654
	%656 = fmul float %117, 0x3FA7154760000000
	%657 = select i1 %655, float %656, float 0xFFF0000000000000
	%658 = mul i32 %4, 16
	%659 = add i32 %6, 0
	%660 = add i32 %658, %659
	%661 = add i32 %3, %660
	%662 = shl i32 %7, 1
	%663 = add i32 17, %662
	%664 = add i32 %105, %663
	%665 = icmp slt i32 %661, %R
	%666 = icmp slt i32 %664, %T
	%667 = and i1 %665, %666
	%668 = fmul float %118, 0x3FA7154760000000
	%669 = select i1 %667, float %668, float 0xFFF0000000000000
	%670 = mul i32 %4, 16
	%671 = add i32 %6, 8
	%672 = add i32 %670, %671
	%673 = add i32 %3, %672
	%674 = shl i32 %7, 1
	%675 = add i32 16, %674
	%676 = add i32 %105, %675
	%677 = icmp slt i32 %673, %R
	%678 = icmp slt i32 %676, %T
	%679 = and i1 %677, %678
	%680 = fmul float %119, 0x3FA7154760000000
	%681 = select i1 %679, float %680, float 0xFFF0000000000000
	%682 = mul i32 %4, 16
	%683 = add i32 %6, 8
	%684 = add i32 %682, %683
	%685 = add i32 %3, %684
	%686 = shl i32 %7, 1
	%687 = add i32 17, %686
	%688 = add i32 %105, %687
	%689 = icmp slt i32 %685, %R
	%690 = icmp slt i32 %688, %T
	%691 = and i1 %689, %690
	%692 = fmul float %120, 0x3FA7154760000000
	%693 = select i1 %691, float %692, float 0xFFF0000000000000
	%694 = mul i32 %4, 16
	%695 = add i32 %6, 0
	%696 = add i32 %694, %695
	%697 = add i32 %3, %696
	%698 = shl i32 %7, 1
	%699 = add i32 24, %698
	%700 = add i32 %105, %699
	%701 = icmp slt i32 %697, %R
	%702 = icmp slt i32 %700, %T
	%703 = and i1 %701, %702
	%704 = fmul float %121, 0x3FA7154760000000
	%705 = select i1 %703, float %704, float 0xFFF0000000000000
	%706 = mul i32 %4, 16
	%707 = add i32 %6, 0
	%708 = add i32 %706, %707
	%709 = add i32 %3, %708
	%710 = shl i32 %7, 1
	%711 = add i32 25, %710
	%712 = add i32 %105, %711
	%713 = icmp slt i32 %709, %R
	%714 = icmp slt i32 %712, %T
	%715 = and i1 %713, %714
	%716 = fmul float %122, 0x3FA7154760000000
	%717 = select i1 %715, float %716, float 0xFFF0000000000000
	%718 = mul i32 %4, 16
	%719 = add i32 %6, 8
	%720 = add i32 %718, %719
	%721 = add i32 %3, %720
	%722 = shl i32 %7, 1
	%723 = add i32 24, %722
	%724 = add i32 %105, %723
	%725 = icmp slt i32 %721, %R
	%726 = icmp slt i32 %724, %T
	%727 = and i1 %725, %726
	%728 = fmul float %123, 0x3FA7154760000000
	%729 = select i1 %727, float %728, float 0xFFF0000000000000
	%730 = mul i32 %4, 16
	%731 = add i32 %6, 8
	%732 = add i32 %730, %731
	%733 = add i32 %3, %732
	%734 = shl i32 %7, 1
	%735 = add i32 25, %734
	%736 = add i32 %105, %735
	%737 = icmp slt i32 %733, %R
	%738 = icmp slt i32 %736, %T
	%739 = and i1 %737, %738
	%740 = fmul float %124, 0x3FA7154760000000
	%741 = select i1 %739, float %740, float 0xFFF0000000000000
	%742 = mul i32 %4, 16
	%743 = add i32 %6, 0
	%744 = add i32 %742, %743
	%745 = add i32 %3, %744
	%746 = shl i32 %7, 1
	%747 = add i32 32, %746
	%748 = add i32 %105, %747
	%749 = icmp slt i32 %745, %R
	%750 = icmp slt i32 %748, %T
	%751 = and i1 %749, %750
	%752 = fmul float %125, 0x3FA7154760000000
	%753 = select i1 %751, float %752, float 0xFFF0000000000000
	%754 = mul i32 %4, 16
	%755 = add i32 %6, 0
	%756 = add i32 %754, %755
	%757 = add i32 %3, %756
	%758 = shl i32 %7, 1
	%759 = add i32 33, %758
	%760 = add i32 %105, %759
	%761 = icmp slt i32 %757, %R
	%762 = icmp slt i32 %760, %T
	%763 = and i1 %761, %762
	%764 = fmul float %126, 0x3FA7154760000000
	%765 = select i1 %763, float %764, float 0xFFF0000000000000
	%766 = mul i32 %4, 16
	%767 = add i32 %6, 8
	%768 = add i32 %766, %767
	%769 = add i32 %3, %768
	%770 = shl i32 %7, 1
	%771 = add i32 32, %770
	%772 = add i32 %105, %771
	%773 = icmp slt i32 %769, %R
	%774 = icmp slt i32 %772, %T
	%775 = and i1 %773, %774
	%776 = fmul float %127, 0x3FA7154760000000
	%777 = select i1 %775, float %776, float 0xFFF0000000000000
	%778 = mul i32 %4, 16
	%779 = add i32 %6, 8
	%780 = add i32 %778, %779
	%781 = add i32 %3, %780
	%782 = shl i32 %7, 1
	%783 = add i32 33, %782
	%784 = add i32 %105, %783
	%785 = icmp slt i32 %781, %R
	%786 = icmp slt i32 %784, %T
	%787 = and i1 %785, %786
	%788 = fmul float %128, 0x3FA7154760000000
	%789 = select i1 %787, float %788, float 0xFFF0000000000000
	%790 = mul i32 %4, 16
	%791 = add i32 %6, 0
	%792 = add i32 %790, %791
	%793 = add i32 %3, %792
	%794 = shl i32 %7, 1
	%795 = add i32 40, %794
	%796 = add i32 %105, %795
	%797 = icmp slt i32 %793, %R
	%798 = icmp slt i32 %796, %T
	%799 = and i1 %797, %798
	%800 = fmul float %129, 0x3FA7154760000000
	%801 = select i1 %799, float %800, float 0xFFF0000000000000
	%802 = mul i32 %4, 16
	%803 = add i32 %6, 0
	%804 = add i32 %802, %803
	%805 = add i32 %3, %804
	%806 = shl i32 %7, 1
	%807 = add i32 41, %806
	%808 = add i32 %105, %807
	%809 = icmp slt i32 %805, %R
	%810 = icmp slt i32 %808, %T
	%811 = and i1 %809, %810
	%812 = fmul float %130, 0x3FA7154760000000
	%813 = select i1 %811, float %812, float 0xFFF0000000000000
	%814 = mul i32 %4, 16
	%815 = add i32 %6, 8
	%816 = add i32 %814, %815
	%817 = add i32 %3, %816
	%818 = shl i32 %7, 1
	%819 = add i32 40, %818
	%820 = add i32 %105, %819
	%821 = icmp slt i32 %817, %R
	%822 = icmp slt i32 %820, %T
	%823 = and i1 %821, %822
	%824 = fmul float %131, 0x3FA7154760000000
	%825 = select i1 %823, float %824, float 0xFFF0000000000000
	%826 = mul i32 %4, 16
	%827 = add i32 %6, 8
	%828 = add i32 %826, %827
	%829 = add i32 %3, %828
	%830 = shl i32 %7, 1
	%831 = add i32 41, %830
	%832 = add i32 %105, %831
	%833 = icmp slt i32 %829, %R
	%834 = icmp slt i32 %832, %T
	%835 = and i1 %833, %834
	%836 = fmul float %132, 0x3FA7154760000000
	%837 = select i1 %835, float %836, float 0xFFF0000000000000
	%838 = mul i32 %4, 16
	%839 = add i32 %6, 0
	%840 = add i32 %838, %839
	%841 = add i32 %3, %840
	%842 = shl i32 %7, 1
	%843 = add i32 48, %842
	%844 = add i32 %105, %843
	%845 = icmp slt i32 %841, %R
	%846 = icmp slt i32 %844, %T
	%847 = and i1 %845, %846
	%848 = fmul float %133, 0x3FA7154760000000
	%849 = select i1 %847, float %848, float 0xFFF0000000000000
	%850 = mul i32 %4, 16
	%851 = add i32 %6, 0
	%852 = add i32 %850, %851
	%853 = add i32 %3, %852
	%854 = shl i32 %7, 1
	%855 = add i32 49, %854
	%856 = add i32 %105, %855
	%857 = icmp slt i32 %853, %R
	%858 = icmp slt i32 %856, %T
	%859 = and i1 %857, %858
	%860 = fmul float %134, 0x3FA7154760000000
	%861 = select i1 %859, float %860, float 0xFFF0000000000000
	%862 = mul i32 %4, 16
	%863 = add i32 %6, 8
	%864 = add i32 %862, %863
	%865 = add i32 %3, %864
	%866 = shl i32 %7, 1
	%867 = add i32 48, %866
	%868 = add i32 %105, %867
	%869 = icmp slt i32 %865, %R
	%870 = icmp slt i32 %868, %T
	%871 = and i1 %869, %870
	%872 = fmul float %135, 0x3FA7154760000000
	%873 = select i1 %871, float %872, float 0xFFF0000000000000
	%874 = mul i32 %4, 16
	%875 = add i32 %6, 8
	%876 = add i32 %874, %875
	%877 = add i32 %3, %876
	%878 = shl i32 %7, 1
	%879 = add i32 49, %878
	%880 = add i32 %105, %879
	%881 = icmp slt i32 %877, %R
	%882 = icmp slt i32 %880, %T
	%883 = and i1 %881, %882
	%884 = fmul float %136, 0x3FA7154760000000
	%885 = select i1 %883, float %884, float 0xFFF0000000000000
	%886 = mul i32 %4, 16
	%887 = add i32 %6, 0
	%888 = add i32 %886, %887
	%889 = add i32 %3, %888
	%890 = shl i32 %7, 1
	%891 = add i32 56, %890
	%892 = add i32 %105, %891
	%893 = icmp slt i32 %889, %R
	%894 = icmp slt i32 %892, %T
	%895 = and i1 %893, %894
	%896 = fmul float %137, 0x3FA7154760000000
	%897 = select i1 %895, float %896, float 0xFFF0000000000000
	%898 = mul i32 %4, 16
	%899 = add i32 %6, 0
	%900 = add i32 %898, %899
	%901 = add i32 %3, %900
	%902 = shl i32 %7, 1
	%903 = add i32 57, %902
	%904 = add i32 %105, %903
	%905 = icmp slt i32 %901, %R
	%906 = icmp slt i32 %904, %T
	%907 = and i1 %905, %906
	%908 = fmul float %138, 0x3FA7154760000000
	%909 = select i1 %907, float %908, float 0xFFF0000000000000
	%910 = mul i32 %4, 16
	%911 = add i32 %6, 8
	%912 = add i32 %910, %911
	%913 = add i32 %3, %912
	%914 = shl i32 %7, 1
	%915 = add i32 56, %914
	%916 = add i32 %105, %915
	%917 = icmp slt i32 %913, %R
	%918 = icmp slt i32 %916, %T
	%919 = and i1 %917, %918
	%920 = fmul float %139, 0x3FA7154760000000
	%921 = select i1 %919, float %920, float 0xFFF0000000000000
	%922 = mul i32 %4, 16
	%923 = add i32 %6, 8
	%924 = add i32 %922, %923
	%925 = add i32 %3, %924
	%926 = shl i32 %7, 1
	%927 = add i32 57, %926
	%928 = add i32 %105, %927
	%929 = icmp slt i32 %925, %R
	%930 = icmp slt i32 %928, %T
	%931 = and i1 %929, %930
	%932 = fmul float %140, 0x3FA7154760000000
	%933 = select i1 %931, float %932, float 0xFFF0000000000000
	%934 = icmp slt i32 %0, 128
	br i1 %934, label %935, label %937

935:
	%936 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %0
	store float 0.0, float addrspace(3)* %936
	br label %937

937:
	call void @llvm.nvvm.barrier0()
	%938 = fsub float %561, %67
	%939 = call float @llvm.nvvm.ex2.approx.ftz.f(float %938)
	%940 = fmul float %939, %69
	%941 = fadd float 0.0, %940
	%942 = fsub float %573, %67
	%943 = call float @llvm.nvvm.ex2.approx.ftz.f(float %942)
	%944 = fmul float %943, %69
	%945 = fadd float %941, %944
	%946 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %945, i32 1, i32 31)
	%947 = fadd float %945, %946
	%948 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %947, i32 2, i32 31)
	%949 = fadd float %947, %948
	%950 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %949, i32 4, i32 31)
	%951 = fadd float %949, %950
	%952 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %951, i32 8, i32 31)
	%953 = fadd float %951, %952
	%954 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %953, i32 16, i32 31)
	%955 = fadd float %953, %954
	%956 = mul i32 %4, 16
	%957 = add i32 %956, 0
	%958 = sdiv i32 %957, 16
	%959 = icmp eq i32 %5, 0
	br i1 %959, label %960, label %965

960:
	%961 = mul i32 %958, 8
	%962 = add i32 %961, 0
	%963 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %962
	%964 = atomicrmw fadd float addrspace(3)* %963, float %955 monotonic
	br label %965

965:
	%966 = fsub float %585, %92
	%967 = call float @llvm.nvvm.ex2.approx.ftz.f(float %966)
	%968 = fmul float %967, %94
	%969 = fadd float 0.0, %968
	%970 = fsub float %597, %92
	%971 = call float @llvm.nvvm.ex2.approx.ftz.f(float %970)
	%972 = fmul float %971, %94
	%973 = fadd float %969, %972
	%974 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %973, i32 1, i32 31)
	%975 = fadd float %973, %974
	%976 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %975, i32 2, i32 31)
	%977 = fadd float %975, %976
	%978 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %977, i32 4, i32 31)
	%979 = fadd float %977, %978
	%980 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %979, i32 8, i32 31)
	%981 = fadd float %979, %980
	%982 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %981, i32 16, i32 31)
	%983 = fadd float %981, %982
	%984 = mul i32 %4, 16
	%985 = add i32 %984, 8
	%986 = sdiv i32 %985, 16
	%987 = icmp eq i32 %5, 0
	br i1 %987, label %988, label %993

988:
	%989 = mul i32 %986, 8
	%990 = add i32 %989, 0
	%991 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %990
	%992 = atomicrmw fadd float addrspace(3)* %991, float %983 monotonic
	br label %993

993:
	%994 = fsub float %609, %67
	%995 = call float @llvm.nvvm.ex2.approx.ftz.f(float %994)
	%996 = fmul float %995, %69
	%997 = fadd float 0.0, %996
	%998 = fsub float %621, %67
	%999 = call float @llvm.nvvm.ex2.approx.ftz.f(float %998)
	%1000 = fmul float %999, %69
	%1001 = fadd float %997, %1000
	%1002 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1001, i32 1, i32 31)
	%1003 = fadd float %1001, %1002
	%1004 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1003, i32 2, i32 31)
	%1005 = fadd float %1003, %1004
	%1006 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1005, i32 4, i32 31)
	%1007 = fadd float %1005, %1006
	%1008 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1007, i32 8, i32 31)
	%1009 = fadd float %1007, %1008
	%1010 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1009, i32 16, i32 31)
	%1011 = fadd float %1009, %1010
	%1012 = mul i32 %4, 16
	%1013 = add i32 %1012, 0
	%1014 = sdiv i32 %1013, 16
	%1015 = icmp eq i32 %5, 0
	br i1 %1015, label %1016, label %1021

1016:
	%1017 = mul i32 %1014, 8
	%1018 = add i32 %1017, 1
	%1019 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %1018
	%1020 = atomicrmw fadd float addrspace(3)* %1019, float %1011 monotonic
	br label %1021

1021:
	%1022 = fsub float %633, %92
	%1023 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1022)
	%1024 = fmul float %1023, %94
	%1025 = fadd float 0.0, %1024
	%1026 = fsub float %645, %92
	%1027 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1026)
	%1028 = fmul float %1027, %94
	%1029 = fadd float %1025, %1028
	%1030 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1029, i32 1, i32 31)
	%1031 = fadd float %1029, %1030
	%1032 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1031, i32 2, i32 31)
	%1033 = fadd float %1031, %1032
	%1034 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1033, i32 4, i32 31)
	%1035 = fadd float %1033, %1034
	%1036 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1035, i32 8, i32 31)
	%1037 = fadd float %1035, %1036
	%1038 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1037, i32 16, i32 31)
	%1039 = fadd float %1037, %1038
	%1040 = mul i32 %4, 16
	%1041 = add i32 %1040, 8
	%1042 = sdiv i32 %1041, 16
	%1043 = icmp eq i32 %5, 0
	br i1 %1043, label %1044, label %1049

1044:
	%1045 = mul i32 %1042, 8
	%1046 = add i32 %1045, 1
	%1047 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %1046
	%1048 = atomicrmw fadd float addrspace(3)* %1047, float %1039 monotonic
	br label %1049

1049:
	%1050 = fsub float %657, %67
	%1051 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1050)
	%1052 = fmul float %1051, %69
	%1053 = fadd float 0.0, %1052
	%1054 = fsub float %669, %67
	%1055 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1054)
	%1056 = fmul float %1055, %69
	%1057 = fadd float %1053, %1056
	%1058 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1057, i32 1, i32 31)
	%1059 = fadd float %1057, %1058
	%1060 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1059, i32 2, i32 31)
	%1061 = fadd float %1059, %1060
	%1062 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1061, i32 4, i32 31)
	%1063 = fadd float %1061, %1062
	%1064 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1063, i32 8, i32 31)
	%1065 = fadd float %1063, %1064
	%1066 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1065, i32 16, i32 31)
	%1067 = fadd float %1065, %1066
	%1068 = mul i32 %4, 16
	%1069 = add i32 %1068, 0
	%1070 = sdiv i32 %1069, 16
	%1071 = icmp eq i32 %5, 0
	br i1 %1071, label %1072, label %1077

1072:
	%1073 = mul i32 %1070, 8
	%1074 = add i32 %1073, 2
	%1075 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %1074
	%1076 = atomicrmw fadd float addrspace(3)* %1075, float %1067 monotonic
	br label %1077

1077:
	%1078 = fsub float %681, %92
	%1079 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1078)
	%1080 = fmul float %1079, %94
	%1081 = fadd float 0.0, %1080
	%1082 = fsub float %693, %92
	%1083 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1082)
	%1084 = fmul float %1083, %94
	%1085 = fadd float %1081, %1084
	%1086 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1085, i32 1, i32 31)
	%1087 = fadd float %1085, %1086
	%1088 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1087, i32 2, i32 31)
	%1089 = fadd float %1087, %1088
	%1090 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1089, i32 4, i32 31)
	%1091 = fadd float %1089, %1090
	%1092 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1091, i32 8, i32 31)
	%1093 = fadd float %1091, %1092
	%1094 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1093, i32 16, i32 31)
	%1095 = fadd float %1093, %1094
	%1096 = mul i32 %4, 16
	%1097 = add i32 %1096, 8
	%1098 = sdiv i32 %1097, 16
	%1099 = icmp eq i32 %5, 0
	br i1 %1099, label %1100, label %1105

1100:
	%1101 = mul i32 %1098, 8
	%1102 = add i32 %1101, 2
	%1103 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %1102
	%1104 = atomicrmw fadd float addrspace(3)* %1103, float %1095 monotonic
	br label %1105

1105:
	%1106 = fsub float %705, %67
	%1107 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1106)
	%1108 = fmul float %1107, %69
	%1109 = fadd float 0.0, %1108
	%1110 = fsub float %717, %67
	%1111 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1110)
	%1112 = fmul float %1111, %69
	%1113 = fadd float %1109, %1112
	%1114 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1113, i32 1, i32 31)
	%1115 = fadd float %1113, %1114
	%1116 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1115, i32 2, i32 31)
	%1117 = fadd float %1115, %1116
	%1118 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1117, i32 4, i32 31)
	%1119 = fadd float %1117, %1118
	%1120 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1119, i32 8, i32 31)
	%1121 = fadd float %1119, %1120
	%1122 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1121, i32 16, i32 31)
	%1123 = fadd float %1121, %1122
	%1124 = mul i32 %4, 16
	%1125 = add i32 %1124, 0
	%1126 = sdiv i32 %1125, 16
	%1127 = icmp eq i32 %5, 0
	br i1 %1127, label %1128, label %1133

1128:
	%1129 = mul i32 %1126, 8
	%1130 = add i32 %1129, 3
	%1131 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %1130
	%1132 = atomicrmw fadd float addrspace(3)* %1131, float %1123 monotonic
	br label %1133

1133:
	%1134 = fsub float %729, %92
	%1135 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1134)
	%1136 = fmul float %1135, %94
	%1137 = fadd float 0.0, %1136
	%1138 = fsub float %741, %92
	%1139 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1138)
	%1140 = fmul float %1139, %94
	%1141 = fadd float %1137, %1140
	%1142 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1141, i32 1, i32 31)
	%1143 = fadd float %1141, %1142
	%1144 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1143, i32 2, i32 31)
	%1145 = fadd float %1143, %1144
	%1146 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1145, i32 4, i32 31)
	%1147 = fadd float %1145, %1146
	%1148 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1147, i32 8, i32 31)
	%1149 = fadd float %1147, %1148
	%1150 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1149, i32 16, i32 31)
	%1151 = fadd float %1149, %1150
	%1152 = mul i32 %4, 16
	%1153 = add i32 %1152, 8
	%1154 = sdiv i32 %1153, 16
	%1155 = icmp eq i32 %5, 0
	br i1 %1155, label %1156, label %1161

1156:
	%1157 = mul i32 %1154, 8
	%1158 = add i32 %1157, 3
	%1159 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %1158
	%1160 = atomicrmw fadd float addrspace(3)* %1159, float %1151 monotonic
	br label %1161

1161:
	%1162 = fsub float %753, %67
	%1163 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1162)
	%1164 = fmul float %1163, %69
	%1165 = fadd float 0.0, %1164
	%1166 = fsub float %765, %67
	%1167 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1166)
	%1168 = fmul float %1167, %69
	%1169 = fadd float %1165, %1168
	%1170 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1169, i32 1, i32 31)
	%1171 = fadd float %1169, %1170
	%1172 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1171, i32 2, i32 31)
	%1173 = fadd float %1171, %1172
	%1174 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1173, i32 4, i32 31)
	%1175 = fadd float %1173, %1174
	%1176 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1175, i32 8, i32 31)
	%1177 = fadd float %1175, %1176
	%1178 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1177, i32 16, i32 31)
	%1179 = fadd float %1177, %1178
	%1180 = mul i32 %4, 16
	%1181 = add i32 %1180, 0
	%1182 = sdiv i32 %1181, 16
	%1183 = icmp eq i32 %5, 0
	br i1 %1183, label %1184, label %1189

1184:
	%1185 = mul i32 %1182, 8
	%1186 = add i32 %1185, 4
	%1187 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %1186
	%1188 = atomicrmw fadd float addrspace(3)* %1187, float %1179 monotonic
	br label %1189

1189:
	%1190 = fsub float %777, %92
	%1191 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1190)
	%1192 = fmul float %1191, %94
	%1193 = fadd float 0.0, %1192
	%1194 = fsub float %789, %92
	%1195 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1194)
	%1196 = fmul float %1195, %94
	%1197 = fadd float %1193, %1196
	%1198 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1197, i32 1, i32 31)
	%1199 = fadd float %1197, %1198
	%1200 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1199, i32 2, i32 31)
	%1201 = fadd float %1199, %1200
	%1202 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1201, i32 4, i32 31)
	%1203 = fadd float %1201, %1202
	%1204 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1203, i32 8, i32 31)
	%1205 = fadd float %1203, %1204
	%1206 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1205, i32 16, i32 31)
	%1207 = fadd float %1205, %1206
	%1208 = mul i32 %4, 16
	%1209 = add i32 %1208, 8
	%1210 = sdiv i32 %1209, 16
	%1211 = icmp eq i32 %5, 0
	br i1 %1211, label %1212, label %1217

1212:
	%1213 = mul i32 %1210, 8
	%1214 = add i32 %1213, 4
	%1215 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %1214
	%1216 = atomicrmw fadd float addrspace(3)* %1215, float %1207 monotonic
	br label %1217

1217:
	%1218 = fsub float %801, %67
	%1219 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1218)
	%1220 = fmul float %1219, %69
	%1221 = fadd float 0.0, %1220
	%1222 = fsub float %813, %67
	%1223 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1222)
	%1224 = fmul float %1223, %69
	%1225 = fadd float %1221, %1224
	%1226 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1225, i32 1, i32 31)
	%1227 = fadd float %1225, %1226
	%1228 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1227, i32 2, i32 31)
	%1229 = fadd float %1227, %1228
	%1230 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1229, i32 4, i32 31)
	%1231 = fadd float %1229, %1230
	%1232 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1231, i32 8, i32 31)
	%1233 = fadd float %1231, %1232
	%1234 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1233, i32 16, i32 31)
	%1235 = fadd float %1233, %1234
	%1236 = mul i32 %4, 16
	%1237 = add i32 %1236, 0
	%1238 = sdiv i32 %1237, 16
	%1239 = icmp eq i32 %5, 0
	br i1 %1239, label %1240, label %1245

1240:
	%1241 = mul i32 %1238, 8
	%1242 = add i32 %1241, 5
	%1243 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %1242
	%1244 = atomicrmw fadd float addrspace(3)* %1243, float %1235 monotonic
	br label %1245

1245:
	%1246 = fsub float %825, %92
	%1247 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1246)
	%1248 = fmul float %1247, %94
	%1249 = fadd float 0.0, %1248
	%1250 = fsub float %837, %92
	%1251 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1250)
	%1252 = fmul float %1251, %94
	%1253 = fadd float %1249, %1252
	%1254 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1253, i32 1, i32 31)
	%1255 = fadd float %1253, %1254
	%1256 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1255, i32 2, i32 31)
	%1257 = fadd float %1255, %1256
	%1258 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1257, i32 4, i32 31)
	%1259 = fadd float %1257, %1258
	%1260 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1259, i32 8, i32 31)
	%1261 = fadd float %1259, %1260
	%1262 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1261, i32 16, i32 31)
	%1263 = fadd float %1261, %1262
	%1264 = mul i32 %4, 16
	%1265 = add i32 %1264, 8
	%1266 = sdiv i32 %1265, 16
	%1267 = icmp eq i32 %5, 0
	br i1 %1267, label %1268, label %1273

1268:
	%1269 = mul i32 %1266, 8
	%1270 = add i32 %1269, 5
	%1271 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %1270
	%1272 = atomicrmw fadd float addrspace(3)* %1271, float %1263 monotonic
	br label %1273

1273:
	%1274 = fsub float %849, %67
	%1275 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1274)
	%1276 = fmul float %1275, %69
	%1277 = fadd float 0.0, %1276
	%1278 = fsub float %861, %67
	%1279 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1278)
	%1280 = fmul float %1279, %69
	%1281 = fadd float %1277, %1280
	%1282 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1281, i32 1, i32 31)
	%1283 = fadd float %1281, %1282
	%1284 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1283, i32 2, i32 31)
	%1285 = fadd float %1283, %1284
	%1286 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1285, i32 4, i32 31)
	%1287 = fadd float %1285, %1286
	%1288 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1287, i32 8, i32 31)
	%1289 = fadd float %1287, %1288
	%1290 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1289, i32 16, i32 31)
	%1291 = fadd float %1289, %1290
	%1292 = mul i32 %4, 16
	%1293 = add i32 %1292, 0
	%1294 = sdiv i32 %1293, 16
	%1295 = icmp eq i32 %5, 0
	br i1 %1295, label %1296, label %1301

1296:
	%1297 = mul i32 %1294, 8
	%1298 = add i32 %1297, 6
	%1299 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %1298
	%1300 = atomicrmw fadd float addrspace(3)* %1299, float %1291 monotonic
	br label %1301

1301:
	%1302 = fsub float %873, %92
	%1303 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1302)
	%1304 = fmul float %1303, %94
	%1305 = fadd float 0.0, %1304
	%1306 = fsub float %885, %92
	%1307 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1306)
	%1308 = fmul float %1307, %94
	%1309 = fadd float %1305, %1308
	%1310 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1309, i32 1, i32 31)
	%1311 = fadd float %1309, %1310
	%1312 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1311, i32 2, i32 31)
	%1313 = fadd float %1311, %1312
	%1314 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1313, i32 4, i32 31)
	%1315 = fadd float %1313, %1314
	%1316 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1315, i32 8, i32 31)
	%1317 = fadd float %1315, %1316
	%1318 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1317, i32 16, i32 31)
	%1319 = fadd float %1317, %1318
	%1320 = mul i32 %4, 16
	%1321 = add i32 %1320, 8
	%1322 = sdiv i32 %1321, 16
	%1323 = icmp eq i32 %5, 0
	br i1 %1323, label %1324, label %1329

1324:
	%1325 = mul i32 %1322, 8
	%1326 = add i32 %1325, 6
	%1327 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %1326
	%1328 = atomicrmw fadd float addrspace(3)* %1327, float %1319 monotonic
	br label %1329

1329:
	%1330 = fsub float %897, %67
	%1331 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1330)
	%1332 = fmul float %1331, %69
	%1333 = fadd float 0.0, %1332
	%1334 = fsub float %909, %67
	%1335 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1334)
	%1336 = fmul float %1335, %69
	%1337 = fadd float %1333, %1336
	%1338 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1337, i32 1, i32 31)
	%1339 = fadd float %1337, %1338
	%1340 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1339, i32 2, i32 31)
	%1341 = fadd float %1339, %1340
	%1342 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1341, i32 4, i32 31)
	%1343 = fadd float %1341, %1342
	%1344 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1343, i32 8, i32 31)
	%1345 = fadd float %1343, %1344
	%1346 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1345, i32 16, i32 31)
	%1347 = fadd float %1345, %1346
	%1348 = mul i32 %4, 16
	%1349 = add i32 %1348, 0
	%1350 = sdiv i32 %1349, 16
	%1351 = icmp eq i32 %5, 0
	br i1 %1351, label %1352, label %1357

1352:
	%1353 = mul i32 %1350, 8
	%1354 = add i32 %1353, 7
	%1355 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %1354
	%1356 = atomicrmw fadd float addrspace(3)* %1355, float %1347 monotonic
	br label %1357

1357:
	%1358 = fsub float %921, %92
	%1359 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1358)
	%1360 = fmul float %1359, %94
	%1361 = fadd float 0.0, %1360
	%1362 = fsub float %933, %92
	%1363 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1362)
	%1364 = fmul float %1363, %94
	%1365 = fadd float %1361, %1364
	%1366 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1365, i32 1, i32 31)
	%1367 = fadd float %1365, %1366
	%1368 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1367, i32 2, i32 31)
	%1369 = fadd float %1367, %1368
	%1370 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1369, i32 4, i32 31)
	%1371 = fadd float %1369, %1370
	%1372 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1371, i32 8, i32 31)
	%1373 = fadd float %1371, %1372
	%1374 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1373, i32 16, i32 31)
	%1375 = fadd float %1373, %1374
	%1376 = mul i32 %4, 16
	%1377 = add i32 %1376, 8
	%1378 = sdiv i32 %1377, 16
	%1379 = icmp eq i32 %5, 0
	br i1 %1379, label %1380, label %1385

1380:
	%1381 = mul i32 %1378, 8
	%1382 = add i32 %1381, 7
	%1383 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %1382
	%1384 = atomicrmw fadd float addrspace(3)* %1383, float %1375 monotonic
	br label %1385

1385:
	call void @llvm.nvvm.barrier0()
	%1386 = icmp slt i32 %0, 128
	br i1 %1386, label %1387, label %1417

1387:
	%1388 = lshr i32 %0, 3
	%1389 = and i32 %0, 7
	%1390 = sdiv i32 %3, 16
	%1391 = add i32 %1390, %1388
	%1392 = sdiv i32 %105, 8
	%1393 = add i32 %1392, %1389
	%1394 = icmp slt i32 %1388, 8
	%1395 = icmp slt i32 %1389, 8
	%1396 = and i1 %1394, %1395
	%1397 = icmp slt i32 %1391, %NQ
	%1398 = icmp slt i32 %1393, %NK
	%1399 = and i1 %1397, %1398
	%1400 = and i1 %1396, %1399
	%1401 = select i1 %1400, i32 %1391, i32 0
	%1402 = select i1 %1400, i32 %1393, i32 0
	%1403 = mul i32 %1, %ch
	%1404 = mul i32 %1403, %NQ
	%1405 = add i32 %1404, %1401
	%1406 = mul i32 %1405, %NK
	%1407 = add i32 %1406, %1402
	%1408 = sext i32 %1407 to i64
	%1409 = getelementptr i8, i8* %cls, i64 %1408
	%1410 = load i8, i8* %1409
	%1411 = icmp ne i8 %1410, 0
	%1412 = and i1 %1400, %1411
	%1413 = mul i32 %1388, 8
	%1414 = add i32 %1413, %1389
	%1415 = getelementptr [128 x float], [128 x float] addrspace(3)* %19, i32 0, i32 %1414
	%1416 = load float, float addrspace(3)* %1415
	br i1 %1412, label %1419, label %1436

1417:
	call void @llvm.nvvm.barrier0()
	%1418 = add i32 %98, 1
	br label %97

1419:
	%1420 = add i32 %1401, 1
	%1421 = mul i32 %1420, 64
	%1422 = icmp slt i32 %1421, %M
	%1423 = select i1 %1422, i32 %1421, i32 %M
	%1424 = add i32 %1423, 3
	%1425 = sdiv i32 %1424, 4
	%1426 = mul i32 %1401, 16
	%1427 = sub i32 %1425, %1426
	%1428 = sitofp i32 %1427 to float
	%1429 = fdiv float %1416, %1428
	%1430 = mul i32 %1, %NQ
	%1431 = add i32 %1430, %1401
	%1432 = mul i32 %1431, %NK
	%1433 = add i32 %1432, %1402
	%1434 = sext i32 %1433 to i64
	%1435 = getelementptr float, float* %e, i64 %1434
	store float %1429, float* %1435
	br label %1436

1436:
	br label %1417
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
	%145 = phi i32 [ 0, %prologue ], [ %612, %pv ]
	%146 = phi i32 [ %37, %prologue ], [ %619, %pv ]
	%147 = phi float [ 0.0, %prologue ], [ %775, %pv ]
	%148 = phi float [ 0.0, %prologue ], [ %776, %pv ]
	%149 = phi float [ 0.0, %prologue ], [ %777, %pv ]
	%150 = phi float [ 0.0, %prologue ], [ %778, %pv ]
	%151 = phi float [ 0.0, %prologue ], [ %780, %pv ]
	%152 = phi float [ 0.0, %prologue ], [ %781, %pv ]
	%153 = phi float [ 0.0, %prologue ], [ %782, %pv ]
	%154 = phi float [ 0.0, %prologue ], [ %783, %pv ]
	%155 = phi float [ 0.0, %prologue ], [ %792, %pv ]
	%156 = phi float [ 0.0, %prologue ], [ %793, %pv ]
	%157 = phi float [ 0.0, %prologue ], [ %794, %pv ]
	%158 = phi float [ 0.0, %prologue ], [ %795, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %797, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %798, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %799, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %800, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %809, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %810, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %811, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %812, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %814, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %815, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %816, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %817, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %826, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %827, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %828, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %829, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %831, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %832, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %833, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %834, %pv ]
	%179 = phi float [ 0xFFF0000000000000, %prologue ], [ %538, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %568, %pv ]
	%181 = phi float [ 0xFFF0000000000000, %prologue ], [ %581, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %611, %pv ]
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
	%223 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %222)
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
	%239 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %238)
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
	%256 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %255)
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
	%272 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %271)
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
	%289 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %288)
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
	%305 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %304)
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
	%322 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %321)
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
	%338 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %337)
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
	%367 = phi float [ 0.0, %entry ], [ %568, %pv ]
	%368 = phi float [ 0.0, %entry ], [ %611, %pv ]
	%369 = phi i32 [ 0, %entry ], [ %612, %pv ]
	%370 = phi float [ 0.0, %entry ], [ %775, %pv ]
	%371 = phi float [ 0.0, %entry ], [ %776, %pv ]
	%372 = phi float [ 0.0, %entry ], [ %777, %pv ]
	%373 = phi float [ 0.0, %entry ], [ %778, %pv ]
	%374 = phi float [ 0.0, %entry ], [ %780, %pv ]
	%375 = phi float [ 0.0, %entry ], [ %781, %pv ]
	%376 = phi float [ 0.0, %entry ], [ %782, %pv ]
	%377 = phi float [ 0.0, %entry ], [ %783, %pv ]
	%378 = phi float [ 0.0, %entry ], [ %792, %pv ]
	%379 = phi float [ 0.0, %entry ], [ %793, %pv ]
	%380 = phi float [ 0.0, %entry ], [ %794, %pv ]
	%381 = phi float [ 0.0, %entry ], [ %795, %pv ]
	%382 = phi float [ 0.0, %entry ], [ %797, %pv ]
	%383 = phi float [ 0.0, %entry ], [ %798, %pv ]
	%384 = phi float [ 0.0, %entry ], [ %799, %pv ]
	%385 = phi float [ 0.0, %entry ], [ %800, %pv ]
	%386 = phi float [ 0.0, %entry ], [ %809, %pv ]
	%387 = phi float [ 0.0, %entry ], [ %810, %pv ]
	%388 = phi float [ 0.0, %entry ], [ %811, %pv ]
	%389 = phi float [ 0.0, %entry ], [ %812, %pv ]
	%390 = phi float [ 0.0, %entry ], [ %814, %pv ]
	%391 = phi float [ 0.0, %entry ], [ %815, %pv ]
	%392 = phi float [ 0.0, %entry ], [ %816, %pv ]
	%393 = phi float [ 0.0, %entry ], [ %817, %pv ]
	%394 = phi float [ 0.0, %entry ], [ %826, %pv ]
	%395 = phi float [ 0.0, %entry ], [ %827, %pv ]
	%396 = phi float [ 0.0, %entry ], [ %828, %pv ]
	%397 = phi float [ 0.0, %entry ], [ %829, %pv ]
	%398 = phi float [ 0.0, %entry ], [ %831, %pv ]
	%399 = phi float [ 0.0, %entry ], [ %832, %pv ]
	%400 = phi float [ 0.0, %entry ], [ %833, %pv ]
	%401 = phi float [ 0.0, %entry ], [ %834, %pv ]
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
	%539 = fcmp oeq float %538, 0xFFF0000000000000
	%540 = select i1 %539, float 0.0, float %538
	%541 = fsub float %179, %540
	%542 = call float @llvm.nvvm.ex2.approx.ftz.f(float %541)
	%543 = fneg float %540
	%544 = call float @llvm.fma.f32(float %510, float 0x3FC7154760000000, float %543)
	%545 = call float @llvm.nvvm.ex2.approx.ftz.f(float %544)
	%546 = call float @llvm.fma.f32(float %511, float 0x3FC7154760000000, float %543)
	%547 = call float @llvm.nvvm.ex2.approx.ftz.f(float %546)
	%548 = call float @llvm.fma.f32(float %514, float 0x3FC7154760000000, float %543)
	%549 = call float @llvm.nvvm.ex2.approx.ftz.f(float %548)
	%550 = call float @llvm.fma.f32(float %515, float 0x3FC7154760000000, float %543)
	%551 = call float @llvm.nvvm.ex2.approx.ftz.f(float %550)
	%552 = call float @llvm.fma.f32(float %518, float 0x3FC7154760000000, float %543)
	%553 = call float @llvm.nvvm.ex2.approx.ftz.f(float %552)
	%554 = call float @llvm.fma.f32(float %519, float 0x3FC7154760000000, float %543)
	%555 = call float @llvm.nvvm.ex2.approx.ftz.f(float %554)
	%556 = call float @llvm.fma.f32(float %522, float 0x3FC7154760000000, float %543)
	%557 = call float @llvm.nvvm.ex2.approx.ftz.f(float %556)
	%558 = call float @llvm.fma.f32(float %523, float 0x3FC7154760000000, float %543)
	%559 = call float @llvm.nvvm.ex2.approx.ftz.f(float %558)
	%560 = fadd float %545, %547
	%561 = fadd float %549, %551
	%562 = fadd float %553, %555
	%563 = fadd float %557, %559
	%564 = fadd float %560, %561
	%565 = fadd float %562, %563
	%566 = fadd float %564, %565
	%567 = fmul float %180, %542
	%568 = fadd float %567, %566
	%569 = call float @llvm.nvvm.fmax.f(float %512, float %513)
	%570 = call float @llvm.nvvm.fmax.f(float %516, float %517)
	%571 = call float @llvm.nvvm.fmax.f(float %520, float %521)
	%572 = call float @llvm.nvvm.fmax.f(float %524, float %525)
	%573 = call float @llvm.nvvm.fmax.f(float %569, float %570)
	%574 = call float @llvm.nvvm.fmax.f(float %571, float %572)
	%575 = call float @llvm.nvvm.fmax.f(float %573, float %574)
	%576 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %575, i32 1, i32 31)
	%577 = call float @llvm.nvvm.fmax.f(float %575, float %576)
	%578 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %577, i32 2, i32 31)
	%579 = call float @llvm.nvvm.fmax.f(float %577, float %578)
	%580 = fmul float %579, 0x3FC7154760000000
	%581 = call float @llvm.nvvm.fmax.f(float %181, float %580)
	%582 = fcmp oeq float %581, 0xFFF0000000000000
	%583 = select i1 %582, float 0.0, float %581
	%584 = fsub float %181, %583
	%585 = call float @llvm.nvvm.ex2.approx.ftz.f(float %584)
	%586 = fneg float %583
	%587 = call float @llvm.fma.f32(float %512, float 0x3FC7154760000000, float %586)
	%588 = call float @llvm.nvvm.ex2.approx.ftz.f(float %587)
	%589 = call float @llvm.fma.f32(float %513, float 0x3FC7154760000000, float %586)
	%590 = call float @llvm.nvvm.ex2.approx.ftz.f(float %589)
	%591 = call float @llvm.fma.f32(float %516, float 0x3FC7154760000000, float %586)
	%592 = call float @llvm.nvvm.ex2.approx.ftz.f(float %591)
	%593 = call float @llvm.fma.f32(float %517, float 0x3FC7154760000000, float %586)
	%594 = call float @llvm.nvvm.ex2.approx.ftz.f(float %593)
	%595 = call float @llvm.fma.f32(float %520, float 0x3FC7154760000000, float %586)
	%596 = call float @llvm.nvvm.ex2.approx.ftz.f(float %595)
	%597 = call float @llvm.fma.f32(float %521, float 0x3FC7154760000000, float %586)
	%598 = call float @llvm.nvvm.ex2.approx.ftz.f(float %597)
	%599 = call float @llvm.fma.f32(float %524, float 0x3FC7154760000000, float %586)
	%600 = call float @llvm.nvvm.ex2.approx.ftz.f(float %599)
	%601 = call float @llvm.fma.f32(float %525, float 0x3FC7154760000000, float %586)
	%602 = call float @llvm.nvvm.ex2.approx.ftz.f(float %601)
	%603 = fadd float %588, %590
	%604 = fadd float %592, %594
	%605 = fadd float %596, %598
	%606 = fadd float %600, %602
	%607 = fadd float %603, %604
	%608 = fadd float %605, %606
	%609 = fadd float %607, %608
	%610 = fmul float %182, %585
	%611 = fadd float %610, %609
	%612 = add i32 %145, 1
	%613 = icmp slt i32 %612, %NK
	%614 = select i1 %613, i32 %612, i32 0
	%615 = add i32 %29, %614
	%616 = sext i32 %615 to i64
	%617 = getelementptr i32, i32* %list, i64 %616
	%618 = load i32, i32* %617
	%619 = select i1 %613, i32 %618, i32 -1
	%620 = icmp sge i32 %619, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %620, label %prefetch, label %pv

prefetch:
	%621 = mul i32 %619, 32
	%622 = lshr i32 %2, 3
	%623 = and i32 %2, 7
	%624 = and i32 %622, 7
	%625 = xor i32 %623, %624
	%626 = mul i32 %622, 8
	%627 = add i32 %626, %625
	%628 = shl i32 %627, 4
	%629 = add i32 %0, %628
	%630 = add i32 %621, %622
	%631 = mul i32 %630, 64
	%632 = mul i32 %623, 8
	%633 = add i32 %631, %632
	%634 = sext i32 %633 to i64
	%635 = getelementptr i16, i16* %20, i64 %634
	%636 = add i32 %630, 0
	%637 = icmp slt i32 %636, %N
	%638 = getelementptr i16, i16* %635, i64 0
	%639 = select i1 %637, i16* %638, i16* %20
	%640 = add i32 %629, 0
	%641 = select i1 %637, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %640, i16* %639, i32 %641)
	%642 = add i32 %630, 16
	%643 = icmp slt i32 %642, %N
	%644 = getelementptr i16, i16* %635, i64 1024
	%645 = select i1 %643, i16* %644, i16* %20
	%646 = add i32 %629, 2048
	%647 = select i1 %643, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %646, i16* %645, i32 %647)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%648 = fmul float %147, %542
	%649 = fmul float %148, %542
	%650 = fmul float %149, %585
	%651 = fmul float %150, %585
	%652 = fmul float %151, %542
	%653 = fmul float %152, %542
	%654 = fmul float %153, %585
	%655 = fmul float %154, %585
	%656 = fmul float %155, %542
	%657 = fmul float %156, %542
	%658 = fmul float %157, %585
	%659 = fmul float %158, %585
	%660 = fmul float %159, %542
	%661 = fmul float %160, %542
	%662 = fmul float %161, %585
	%663 = fmul float %162, %585
	%664 = fmul float %163, %542
	%665 = fmul float %164, %542
	%666 = fmul float %165, %585
	%667 = fmul float %166, %585
	%668 = fmul float %167, %542
	%669 = fmul float %168, %542
	%670 = fmul float %169, %585
	%671 = fmul float %170, %585
	%672 = fmul float %171, %542
	%673 = fmul float %172, %542
	%674 = fmul float %173, %585
	%675 = fmul float %174, %585
	%676 = fmul float %175, %542
	%677 = fmul float %176, %542
	%678 = fmul float %177, %585
	%679 = fmul float %178, %585
	%680 = and i32 %4, 7
	%681 = lshr i32 %4, 3
	%682 = and i32 %681, 1
	%683 = shl i32 %682, 3
	%684 = add i32 %680, %683
	%685 = mul i32 %684, 128
	%686 = add i32 %1, %685
	%687 = and i32 %4, 7
	%688 = xor i32 %84, %687
	%689 = shl i32 %688, 4
	%690 = add i32 %686, %689
	%691 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %547, float %545)
	%692 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %590, float %588)
	%693 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %551, float %549)
	%694 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %594, float %592)
	%695 = xor i32 %690, 0
	%696 = add i32 %695, 0
	%697 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %696)
	%698 = extractvalue { i32, i32, i32, i32 } %697, 0
	%699 = extractvalue { i32, i32, i32, i32 } %697, 1
	%700 = extractvalue { i32, i32, i32, i32 } %697, 2
	%701 = extractvalue { i32, i32, i32, i32 } %697, 3
	%702 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %691, i32 %692, i32 %693, i32 %694, i32 %698, i32 %699, float %648, float %649, float %650, float %651)
	%703 = extractvalue { float, float, float, float } %702, 0
	%704 = extractvalue { float, float, float, float } %702, 1
	%705 = extractvalue { float, float, float, float } %702, 2
	%706 = extractvalue { float, float, float, float } %702, 3
	%707 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %691, i32 %692, i32 %693, i32 %694, i32 %700, i32 %701, float %652, float %653, float %654, float %655)
	%708 = extractvalue { float, float, float, float } %707, 0
	%709 = extractvalue { float, float, float, float } %707, 1
	%710 = extractvalue { float, float, float, float } %707, 2
	%711 = extractvalue { float, float, float, float } %707, 3
	%712 = xor i32 %690, 32
	%713 = add i32 %712, 0
	%714 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %713)
	%715 = extractvalue { i32, i32, i32, i32 } %714, 0
	%716 = extractvalue { i32, i32, i32, i32 } %714, 1
	%717 = extractvalue { i32, i32, i32, i32 } %714, 2
	%718 = extractvalue { i32, i32, i32, i32 } %714, 3
	%719 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %691, i32 %692, i32 %693, i32 %694, i32 %715, i32 %716, float %656, float %657, float %658, float %659)
	%720 = extractvalue { float, float, float, float } %719, 0
	%721 = extractvalue { float, float, float, float } %719, 1
	%722 = extractvalue { float, float, float, float } %719, 2
	%723 = extractvalue { float, float, float, float } %719, 3
	%724 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %691, i32 %692, i32 %693, i32 %694, i32 %717, i32 %718, float %660, float %661, float %662, float %663)
	%725 = extractvalue { float, float, float, float } %724, 0
	%726 = extractvalue { float, float, float, float } %724, 1
	%727 = extractvalue { float, float, float, float } %724, 2
	%728 = extractvalue { float, float, float, float } %724, 3
	%729 = xor i32 %690, 64
	%730 = add i32 %729, 0
	%731 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %730)
	%732 = extractvalue { i32, i32, i32, i32 } %731, 0
	%733 = extractvalue { i32, i32, i32, i32 } %731, 1
	%734 = extractvalue { i32, i32, i32, i32 } %731, 2
	%735 = extractvalue { i32, i32, i32, i32 } %731, 3
	%736 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %691, i32 %692, i32 %693, i32 %694, i32 %732, i32 %733, float %664, float %665, float %666, float %667)
	%737 = extractvalue { float, float, float, float } %736, 0
	%738 = extractvalue { float, float, float, float } %736, 1
	%739 = extractvalue { float, float, float, float } %736, 2
	%740 = extractvalue { float, float, float, float } %736, 3
	%741 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %691, i32 %692, i32 %693, i32 %694, i32 %734, i32 %735, float %668, float %669, float %670, float %671)
	%742 = extractvalue { float, float, float, float } %741, 0
	%743 = extractvalue { float, float, float, float } %741, 1
	%744 = extractvalue { float, float, float, float } %741, 2
	%745 = extractvalue { float, float, float, float } %741, 3
	%746 = xor i32 %690, 96
	%747 = add i32 %746, 0
	%748 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %747)
	%749 = extractvalue { i32, i32, i32, i32 } %748, 0
	%750 = extractvalue { i32, i32, i32, i32 } %748, 1
	%751 = extractvalue { i32, i32, i32, i32 } %748, 2
	%752 = extractvalue { i32, i32, i32, i32 } %748, 3
	%753 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %691, i32 %692, i32 %693, i32 %694, i32 %749, i32 %750, float %672, float %673, float %674, float %675)
	%754 = extractvalue { float, float, float, float } %753, 0
	%755 = extractvalue { float, float, float, float } %753, 1
	%756 = extractvalue { float, float, float, float } %753, 2
	%757 = extractvalue { float, float, float, float } %753, 3
	%758 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %691, i32 %692, i32 %693, i32 %694, i32 %751, i32 %752, float %676, float %677, float %678, float %679)
	%759 = extractvalue { float, float, float, float } %758, 0
	%760 = extractvalue { float, float, float, float } %758, 1
	%761 = extractvalue { float, float, float, float } %758, 2
	%762 = extractvalue { float, float, float, float } %758, 3
	%763 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %555, float %553)
	%764 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %598, float %596)
	%765 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %559, float %557)
	%766 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %602, float %600)
	%767 = xor i32 %690, 0
	%768 = add i32 %767, 2048
	%769 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %768)
	%770 = extractvalue { i32, i32, i32, i32 } %769, 0
	%771 = extractvalue { i32, i32, i32, i32 } %769, 1
	%772 = extractvalue { i32, i32, i32, i32 } %769, 2
	%773 = extractvalue { i32, i32, i32, i32 } %769, 3
	%774 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %763, i32 %764, i32 %765, i32 %766, i32 %770, i32 %771, float %703, float %704, float %705, float %706)
	%775 = extractvalue { float, float, float, float } %774, 0
	%776 = extractvalue { float, float, float, float } %774, 1
	%777 = extractvalue { float, float, float, float } %774, 2
	%778 = extractvalue { float, float, float, float } %774, 3
	%779 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %763, i32 %764, i32 %765, i32 %766, i32 %772, i32 %773, float %708, float %709, float %710, float %711)
	%780 = extractvalue { float, float, float, float } %779, 0
	%781 = extractvalue { float, float, float, float } %779, 1
	%782 = extractvalue { float, float, float, float } %779, 2
	%783 = extractvalue { float, float, float, float } %779, 3
	%784 = xor i32 %690, 32
	%785 = add i32 %784, 2048
	%786 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %785)
	%787 = extractvalue { i32, i32, i32, i32 } %786, 0
	%788 = extractvalue { i32, i32, i32, i32 } %786, 1
	%789 = extractvalue { i32, i32, i32, i32 } %786, 2
	%790 = extractvalue { i32, i32, i32, i32 } %786, 3
	%791 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %763, i32 %764, i32 %765, i32 %766, i32 %787, i32 %788, float %720, float %721, float %722, float %723)
	%792 = extractvalue { float, float, float, float } %791, 0
	%793 = extractvalue { float, float, float, float } %791, 1
	%794 = extractvalue { float, float, float, float } %791, 2
	%795 = extractvalue { float, float, float, float } %791, 3
	%796 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %763, i32 %764, i32 %765, i32 %766, i32 %789, i32 %790, float %725, float %726, float %727, float %728)
	%797 = extractvalue { float, float, float, float } %796, 0
	%798 = extractvalue { float, float, float, float } %796, 1
	%799 = extractvalue { float, float, float, float } %796, 2
	%800 = extractvalue { float, float, float, float } %796, 3
	%801 = xor i32 %690, 64
	%802 = add i32 %801, 2048
	%803 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %802)
	%804 = extractvalue { i32, i32, i32, i32 } %803, 0
	%805 = extractvalue { i32, i32, i32, i32 } %803, 1
	%806 = extractvalue { i32, i32, i32, i32 } %803, 2
	%807 = extractvalue { i32, i32, i32, i32 } %803, 3
	%808 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %763, i32 %764, i32 %765, i32 %766, i32 %804, i32 %805, float %737, float %738, float %739, float %740)
	%809 = extractvalue { float, float, float, float } %808, 0
	%810 = extractvalue { float, float, float, float } %808, 1
	%811 = extractvalue { float, float, float, float } %808, 2
	%812 = extractvalue { float, float, float, float } %808, 3
	%813 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %763, i32 %764, i32 %765, i32 %766, i32 %806, i32 %807, float %742, float %743, float %744, float %745)
	%814 = extractvalue { float, float, float, float } %813, 0
	%815 = extractvalue { float, float, float, float } %813, 1
	%816 = extractvalue { float, float, float, float } %813, 2
	%817 = extractvalue { float, float, float, float } %813, 3
	%818 = xor i32 %690, 96
	%819 = add i32 %818, 2048
	%820 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %819)
	%821 = extractvalue { i32, i32, i32, i32 } %820, 0
	%822 = extractvalue { i32, i32, i32, i32 } %820, 1
	%823 = extractvalue { i32, i32, i32, i32 } %820, 2
	%824 = extractvalue { i32, i32, i32, i32 } %820, 3
	%825 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %763, i32 %764, i32 %765, i32 %766, i32 %821, i32 %822, float %754, float %755, float %756, float %757)
	%826 = extractvalue { float, float, float, float } %825, 0
	%827 = extractvalue { float, float, float, float } %825, 1
	%828 = extractvalue { float, float, float, float } %825, 2
	%829 = extractvalue { float, float, float, float } %825, 3
	%830 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %763, i32 %764, i32 %765, i32 %766, i32 %823, i32 %824, float %759, float %760, float %761, float %762)
	%831 = extractvalue { float, float, float, float } %830, 0
	%832 = extractvalue { float, float, float, float } %830, 1
	%833 = extractvalue { float, float, float, float } %830, 2
	%834 = extractvalue { float, float, float, float } %830, 3
	br i1 %620, label %loop, label %epilogue

store0:
	%835 = mul i32 %10, %M
	%836 = add i32 %835, %412
	%837 = mul i32 %836, 64
	%838 = shl i32 %6, 1
	%839 = add i32 0, %838
	%840 = add i32 %837, %839
	%841 = sext i32 %840 to i64
	%842 = getelementptr i16, i16* %out, i64 %841
	%843 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %414, float %413)
	%844 = bitcast i16* %842 to i32*
	store i32 %843, i32* %844
	%845 = shl i32 %6, 1
	%846 = add i32 8, %845
	%847 = add i32 %837, %846
	%848 = sext i32 %847 to i64
	%849 = getelementptr i16, i16* %out, i64 %848
	%850 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %416, float %415)
	%851 = bitcast i16* %849 to i32*
	store i32 %850, i32* %851
	%852 = shl i32 %6, 1
	%853 = add i32 16, %852
	%854 = add i32 %837, %853
	%855 = sext i32 %854 to i64
	%856 = getelementptr i16, i16* %out, i64 %855
	%857 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %418, float %417)
	%858 = bitcast i16* %856 to i32*
	store i32 %857, i32* %858
	%859 = shl i32 %6, 1
	%860 = add i32 24, %859
	%861 = add i32 %837, %860
	%862 = sext i32 %861 to i64
	%863 = getelementptr i16, i16* %out, i64 %862
	%864 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %420, float %419)
	%865 = bitcast i16* %863 to i32*
	store i32 %864, i32* %865
	%866 = shl i32 %6, 1
	%867 = add i32 32, %866
	%868 = add i32 %837, %867
	%869 = sext i32 %868 to i64
	%870 = getelementptr i16, i16* %out, i64 %869
	%871 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %422, float %421)
	%872 = bitcast i16* %870 to i32*
	store i32 %871, i32* %872
	%873 = shl i32 %6, 1
	%874 = add i32 40, %873
	%875 = add i32 %837, %874
	%876 = sext i32 %875 to i64
	%877 = getelementptr i16, i16* %out, i64 %876
	%878 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %424, float %423)
	%879 = bitcast i16* %877 to i32*
	store i32 %878, i32* %879
	%880 = shl i32 %6, 1
	%881 = add i32 48, %880
	%882 = add i32 %837, %881
	%883 = sext i32 %882 to i64
	%884 = getelementptr i16, i16* %out, i64 %883
	%885 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %426, float %425)
	%886 = bitcast i16* %884 to i32*
	store i32 %885, i32* %886
	%887 = shl i32 %6, 1
	%888 = add i32 56, %887
	%889 = add i32 %837, %888
	%890 = sext i32 %889 to i64
	%891 = getelementptr i16, i16* %out, i64 %890
	%892 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %428, float %427)
	%893 = bitcast i16* %891 to i32*
	store i32 %892, i32* %893
	br label %stored0

stored0:
	%894 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %368, i32 1, i32 31)
	%895 = fadd float %368, %894
	%896 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %895, i32 2, i32 31)
	%897 = fadd float %895, %896
	%898 = fcmp ogt float %897, 0.0
	%899 = fdiv float 1.0, %897
	%900 = select i1 %898, float %899, float 0.0
	%901 = mul i32 %3, 16
	%902 = add i32 %12, %901
	%903 = add i32 %5, 8
	%904 = add i32 %902, %903
	%905 = fmul float %372, %900
	%906 = fmul float %373, %900
	%907 = fmul float %376, %900
	%908 = fmul float %377, %900
	%909 = fmul float %380, %900
	%910 = fmul float %381, %900
	%911 = fmul float %384, %900
	%912 = fmul float %385, %900
	%913 = fmul float %388, %900
	%914 = fmul float %389, %900
	%915 = fmul float %392, %900
	%916 = fmul float %393, %900
	%917 = fmul float %396, %900
	%918 = fmul float %397, %900
	%919 = fmul float %400, %900
	%920 = fmul float %401, %900
	%921 = icmp slt i32 %904, %M
	br i1 %921, label %store1, label %stored1

store1:
	%922 = mul i32 %10, %M
	%923 = add i32 %922, %904
	%924 = mul i32 %923, 64
	%925 = shl i32 %6, 1
	%926 = add i32 0, %925
	%927 = add i32 %924, %926
	%928 = sext i32 %927 to i64
	%929 = getelementptr i16, i16* %out, i64 %928
	%930 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %906, float %905)
	%931 = bitcast i16* %929 to i32*
	store i32 %930, i32* %931
	%932 = shl i32 %6, 1
	%933 = add i32 8, %932
	%934 = add i32 %924, %933
	%935 = sext i32 %934 to i64
	%936 = getelementptr i16, i16* %out, i64 %935
	%937 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %908, float %907)
	%938 = bitcast i16* %936 to i32*
	store i32 %937, i32* %938
	%939 = shl i32 %6, 1
	%940 = add i32 16, %939
	%941 = add i32 %924, %940
	%942 = sext i32 %941 to i64
	%943 = getelementptr i16, i16* %out, i64 %942
	%944 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %910, float %909)
	%945 = bitcast i16* %943 to i32*
	store i32 %944, i32* %945
	%946 = shl i32 %6, 1
	%947 = add i32 24, %946
	%948 = add i32 %924, %947
	%949 = sext i32 %948 to i64
	%950 = getelementptr i16, i16* %out, i64 %949
	%951 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %912, float %911)
	%952 = bitcast i16* %950 to i32*
	store i32 %951, i32* %952
	%953 = shl i32 %6, 1
	%954 = add i32 32, %953
	%955 = add i32 %924, %954
	%956 = sext i32 %955 to i64
	%957 = getelementptr i16, i16* %out, i64 %956
	%958 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %914, float %913)
	%959 = bitcast i16* %957 to i32*
	store i32 %958, i32* %959
	%960 = shl i32 %6, 1
	%961 = add i32 40, %960
	%962 = add i32 %924, %961
	%963 = sext i32 %962 to i64
	%964 = getelementptr i16, i16* %out, i64 %963
	%965 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %916, float %915)
	%966 = bitcast i16* %964 to i32*
	store i32 %965, i32* %966
	%967 = shl i32 %6, 1
	%968 = add i32 48, %967
	%969 = add i32 %924, %968
	%970 = sext i32 %969 to i64
	%971 = getelementptr i16, i16* %out, i64 %970
	%972 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %918, float %917)
	%973 = bitcast i16* %971 to i32*
	store i32 %972, i32* %973
	%974 = shl i32 %6, 1
	%975 = add i32 56, %974
	%976 = add i32 %924, %975
	%977 = sext i32 %976 to i64
	%978 = getelementptr i16, i16* %out, i64 %977
	%979 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %920, float %919)
	%980 = bitcast i16* %978 to i32*
	store i32 %979, i32* %980
	br label %stored1

stored1:
	ret void
}

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4}
!0 = !{void (i8*, i32, float*, i32*, i32, i32)* @adfull_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*)* @adfull_adstats0, !"maxntidx", i32 256}
!2 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, i8*, i32, i32, i32)* @adfull_admass0, !"maxntidx", i32 256}
!3 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @adfull_attn2, !"maxntidx", i32 128}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @adfull_attn2, !"minctasm", i32 3}
