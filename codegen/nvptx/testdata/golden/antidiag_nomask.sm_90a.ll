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
@adfull_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024

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
	%49 = phi i32 [ 0, %entry ], [ %1203, %1202 ]
	%50 = phi float [ 0xFFF0000000000000, %entry ], [ %895, %1202 ]
	%51 = phi float [ 0xFFF0000000000000, %entry ], [ %976, %1202 ]
	%52 = phi float [ 0.0, %entry ], [ %948, %1202 ]
	%53 = phi float [ 0.0, %entry ], [ %1029, %1202 ]
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
	br i1 %68, label %1204, label %1217

69:
	%70 = phi i32 [ 0, %55 ], [ %490, %104 ]
	%71 = phi float [ 0.0, %55 ], [ %458, %104 ]
	%72 = phi float [ 0.0, %55 ], [ %459, %104 ]
	%73 = phi float [ 0.0, %55 ], [ %460, %104 ]
	%74 = phi float [ 0.0, %55 ], [ %461, %104 ]
	%75 = phi float [ 0.0, %55 ], [ %462, %104 ]
	%76 = phi float [ 0.0, %55 ], [ %463, %104 ]
	%77 = phi float [ 0.0, %55 ], [ %464, %104 ]
	%78 = phi float [ 0.0, %55 ], [ %465, %104 ]
	%79 = phi float [ 0.0, %55 ], [ %466, %104 ]
	%80 = phi float [ 0.0, %55 ], [ %467, %104 ]
	%81 = phi float [ 0.0, %55 ], [ %468, %104 ]
	%82 = phi float [ 0.0, %55 ], [ %469, %104 ]
	%83 = phi float [ 0.0, %55 ], [ %470, %104 ]
	%84 = phi float [ 0.0, %55 ], [ %471, %104 ]
	%85 = phi float [ 0.0, %55 ], [ %472, %104 ]
	%86 = phi float [ 0.0, %55 ], [ %473, %104 ]
	%87 = phi float [ 0.0, %55 ], [ %474, %104 ]
	%88 = phi float [ 0.0, %55 ], [ %475, %104 ]
	%89 = phi float [ 0.0, %55 ], [ %476, %104 ]
	%90 = phi float [ 0.0, %55 ], [ %477, %104 ]
	%91 = phi float [ 0.0, %55 ], [ %478, %104 ]
	%92 = phi float [ 0.0, %55 ], [ %479, %104 ]
	%93 = phi float [ 0.0, %55 ], [ %480, %104 ]
	%94 = phi float [ 0.0, %55 ], [ %481, %104 ]
	%95 = phi float [ 0.0, %55 ], [ %482, %104 ]
	%96 = phi float [ 0.0, %55 ], [ %483, %104 ]
	%97 = phi float [ 0.0, %55 ], [ %484, %104 ]
	%98 = phi float [ 0.0, %55 ], [ %485, %104 ]
	%99 = phi float [ 0.0, %55 ], [ %486, %104 ]
	%100 = phi float [ 0.0, %55 ], [ %487, %104 ]
	%101 = phi float [ 0.0, %55 ], [ %488, %104 ]
	%102 = phi float [ 0.0, %55 ], [ %489, %104 ]
	%103 = icmp slt i32 %70, 4
	br i1 %103, label %104, label %491

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
	%122 = lshr i32 %108, 3
	%123 = mul i32 %122, u0x4000
	%124 = and i32 %108, 7
	%125 = and i32 %107, 7
	%126 = xor i32 %124, %125
	%127 = mul i32 %107, 128
	%128 = shl i32 %126, 4
	%129 = add i32 %127, %128
	%130 = add i32 %123, %129
	%131 = add i32 %19, %130
	%132 = sext i32 %116 to i64
	%133 = getelementptr i16, i16* %12, i64 %132
	%134 = select i1 %112, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %131, i16* %133, i32 %134)
	%135 = add i32 %0, 256
	%136 = lshr i32 %135, 3
	%137 = and i32 %135, 7
	%138 = add i32 %3, %136
	%139 = mul i32 %138, 4
	%140 = add i32 %139, %105
	%141 = icmp slt i32 %140, %M
	%142 = select i1 %141, i32 %140, i32 0
	%143 = mul i32 %142, 64
	%144 = mul i32 %137, 8
	%145 = add i32 %143, %144
	%146 = and i32 %136, 7
	%147 = xor i32 %137, %146
	%148 = mul i32 %136, 8
	%149 = add i32 %148, %147
	%150 = shl i32 %149, 4
	%151 = lshr i32 %137, 3
	%152 = mul i32 %151, u0x4000
	%153 = and i32 %137, 7
	%154 = and i32 %136, 7
	%155 = xor i32 %153, %154
	%156 = mul i32 %136, 128
	%157 = shl i32 %155, 4
	%158 = add i32 %156, %157
	%159 = add i32 %152, %158
	%160 = add i32 %19, %159
	%161 = sext i32 %145 to i64
	%162 = getelementptr i16, i16* %12, i64 %161
	%163 = select i1 %141, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %160, i16* %162, i32 %163)
	%164 = add i32 %0, 512
	%165 = lshr i32 %164, 3
	%166 = and i32 %164, 7
	%167 = add i32 %3, %165
	%168 = mul i32 %167, 4
	%169 = add i32 %168, %105
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
	%180 = lshr i32 %166, 3
	%181 = mul i32 %180, u0x4000
	%182 = and i32 %166, 7
	%183 = and i32 %165, 7
	%184 = xor i32 %182, %183
	%185 = mul i32 %165, 128
	%186 = shl i32 %184, 4
	%187 = add i32 %185, %186
	%188 = add i32 %181, %187
	%189 = add i32 %19, %188
	%190 = sext i32 %174 to i64
	%191 = getelementptr i16, i16* %12, i64 %190
	%192 = select i1 %170, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %189, i16* %191, i32 %192)
	%193 = add i32 %0, 768
	%194 = lshr i32 %193, 3
	%195 = and i32 %193, 7
	%196 = add i32 %3, %194
	%197 = mul i32 %196, 4
	%198 = add i32 %197, %105
	%199 = icmp slt i32 %198, %M
	%200 = select i1 %199, i32 %198, i32 0
	%201 = mul i32 %200, 64
	%202 = mul i32 %195, 8
	%203 = add i32 %201, %202
	%204 = and i32 %194, 7
	%205 = xor i32 %195, %204
	%206 = mul i32 %194, 8
	%207 = add i32 %206, %205
	%208 = shl i32 %207, 4
	%209 = lshr i32 %195, 3
	%210 = mul i32 %209, u0x4000
	%211 = and i32 %195, 7
	%212 = and i32 %194, 7
	%213 = xor i32 %211, %212
	%214 = mul i32 %194, 128
	%215 = shl i32 %213, 4
	%216 = add i32 %214, %215
	%217 = add i32 %210, %216
	%218 = add i32 %19, %217
	%219 = sext i32 %203 to i64
	%220 = getelementptr i16, i16* %12, i64 %219
	%221 = select i1 %199, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %218, i16* %220, i32 %221)
	%222 = add i32 %0, 0
	%223 = lshr i32 %222, 3
	%224 = and i32 %222, 7
	%225 = add i32 %56, %223
	%226 = mul i32 %225, 4
	%227 = add i32 %226, %70
	%228 = icmp slt i32 %227, %N
	%229 = select i1 %228, i32 %227, i32 0
	%230 = mul i32 %229, 64
	%231 = mul i32 %224, 8
	%232 = add i32 %230, %231
	%233 = and i32 %223, 7
	%234 = xor i32 %224, %233
	%235 = mul i32 %223, 8
	%236 = add i32 %235, %234
	%237 = shl i32 %236, 4
	%238 = lshr i32 %224, 3
	%239 = mul i32 %238, u0x2000
	%240 = and i32 %224, 7
	%241 = and i32 %223, 7
	%242 = xor i32 %240, %241
	%243 = mul i32 %223, 128
	%244 = shl i32 %242, 4
	%245 = add i32 %243, %244
	%246 = add i32 %239, %245
	%247 = add i32 %20, %246
	%248 = sext i32 %232 to i64
	%249 = getelementptr i16, i16* %16, i64 %248
	%250 = select i1 %228, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %247, i16* %249, i32 %250)
	%251 = add i32 %0, 256
	%252 = lshr i32 %251, 3
	%253 = and i32 %251, 7
	%254 = add i32 %56, %252
	%255 = mul i32 %254, 4
	%256 = add i32 %255, %70
	%257 = icmp slt i32 %256, %N
	%258 = select i1 %257, i32 %256, i32 0
	%259 = mul i32 %258, 64
	%260 = mul i32 %253, 8
	%261 = add i32 %259, %260
	%262 = and i32 %252, 7
	%263 = xor i32 %253, %262
	%264 = mul i32 %252, 8
	%265 = add i32 %264, %263
	%266 = shl i32 %265, 4
	%267 = lshr i32 %253, 3
	%268 = mul i32 %267, u0x2000
	%269 = and i32 %253, 7
	%270 = and i32 %252, 7
	%271 = xor i32 %269, %270
	%272 = mul i32 %252, 128
	%273 = shl i32 %271, 4
	%274 = add i32 %272, %273
	%275 = add i32 %268, %274
	%276 = add i32 %20, %275
	%277 = sext i32 %261 to i64
	%278 = getelementptr i16, i16* %16, i64 %277
	%279 = select i1 %257, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %276, i16* %278, i32 %279)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%280 = lshr i32 %4, 2
	%281 = mul i32 %280, u0x2000
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%282 = add i32 %19, %281
	%283 = add i32 %282, 0
	%284 = zext i32 %283 to i64
	%285 = lshr i64 %284, 4
	%286 = and i64 %285, u0x3FFF
	%287 = or i64 %286, u0x4000004000010000
	%288 = add i32 %20, 0
	%289 = zext i32 %288 to i64
	%290 = lshr i64 %289, 4
	%291 = and i64 %290, u0x3FFF
	%292 = or i64 %291, u0x4000004000010000
	%293 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %71, float %72, float %73, float %74, float %75, float %76, float %77, float %78, float %79, float %80, float %81, float %82, float %83, float %84, float %85, float %86, float %87, float %88, float %89, float %90, float %91, float %92, float %93, float %94, float %95, float %96, float %97, float %98, float %99, float %100, float %101, float %102, i64 %287, i64 %292, i32 1)
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 0
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 1
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 2
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 3
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 4
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 5
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 6
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 7
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 8
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 9
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 10
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 11
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 12
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 13
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 14
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 15
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 16
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 17
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 18
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 19
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 20
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 21
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 22
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 23
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 24
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 25
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 26
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 27
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 28
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 29
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 30
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %293, 31
	%326 = add i32 %19, %281
	%327 = add i32 %326, 32
	%328 = zext i32 %327 to i64
	%329 = lshr i64 %328, 4
	%330 = and i64 %329, u0x3FFF
	%331 = or i64 %330, u0x4000004000010000
	%332 = add i32 %20, 32
	%333 = zext i32 %332 to i64
	%334 = lshr i64 %333, 4
	%335 = and i64 %334, u0x3FFF
	%336 = or i64 %335, u0x4000004000010000
	%337 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, i64 %331, i64 %336, i32 1)
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
	%370 = add i32 %19, %281
	%371 = add i32 %370, 64
	%372 = zext i32 %371 to i64
	%373 = lshr i64 %372, 4
	%374 = and i64 %373, u0x3FFF
	%375 = or i64 %374, u0x4000004000010000
	%376 = add i32 %20, 64
	%377 = zext i32 %376 to i64
	%378 = lshr i64 %377, 4
	%379 = and i64 %378, u0x3FFF
	%380 = or i64 %379, u0x4000004000010000
	%381 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, i64 %375, i64 %380, i32 1)
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 0
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 1
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 2
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 3
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 4
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 5
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 6
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 7
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 8
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 9
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 10
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 11
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 12
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 13
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 14
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 15
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 16
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 17
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 18
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 19
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 20
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 21
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 22
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 23
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 24
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 25
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 26
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 27
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 28
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 29
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 30
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %381, 31
	%414 = add i32 %19, %281
	%415 = add i32 %414, 96
	%416 = zext i32 %415 to i64
	%417 = lshr i64 %416, 4
	%418 = and i64 %417, u0x3FFF
	%419 = or i64 %418, u0x4000004000010000
	%420 = add i32 %20, 96
	%421 = zext i32 %420 to i64
	%422 = lshr i64 %421, 4
	%423 = and i64 %422, u0x3FFF
	%424 = or i64 %423, u0x4000004000010000
	%425 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, i64 %419, i64 %424, i32 1)
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 0
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 1
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 2
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 3
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 4
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 5
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 6
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 7
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 8
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 9
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 10
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 11
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 12
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 13
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 14
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 15
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 16
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 17
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 18
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 19
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 20
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 21
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 22
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 23
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 24
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 25
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 26
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 27
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 28
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 29
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 30
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %425, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%458 = call float asm sideeffect "", "=f,0"(float %426)
	%459 = call float asm sideeffect "", "=f,0"(float %427)
	%460 = call float asm sideeffect "", "=f,0"(float %428)
	%461 = call float asm sideeffect "", "=f,0"(float %429)
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
	call void @llvm.nvvm.barrier0()
	%490 = add i32 %70, 1
	br label %69

491:
	%492 = mul i32 %4, 16
	%493 = add i32 %6, 0
	%494 = add i32 %492, %493
	%495 = add i32 %3, %494
	%496 = shl i32 %7, 1
	%497 = add i32 0, %496
	%498 = add i32 %56, %497
	%499 = icmp slt i32 %495, %R
	%500 = icmp slt i32 %498, %T
	%501 = and i1 %499, %500
	%502 = fmul float %71, 0x3FA7154760000000
	%503 = select i1 %501, float %502, float 0xFFF0000000000000
	%504 = mul i32 %4, 16
	%505 = add i32 %6, 0
	%506 = add i32 %504, %505
	%507 = add i32 %3, %506
	%508 = shl i32 %7, 1
	%509 = add i32 1, %508
	%510 = add i32 %56, %509
	%511 = icmp slt i32 %507, %R
	%512 = icmp slt i32 %510, %T
	%513 = and i1 %511, %512
	%514 = fmul float %72, 0x3FA7154760000000
	%515 = select i1 %513, float %514, float 0xFFF0000000000000
	%516 = mul i32 %4, 16
	%517 = add i32 %6, 8
	%518 = add i32 %516, %517
	%519 = add i32 %3, %518
	%520 = shl i32 %7, 1
	%521 = add i32 0, %520
	%522 = add i32 %56, %521
	%523 = icmp slt i32 %519, %R
	%524 = icmp slt i32 %522, %T
	%525 = and i1 %523, %524
	%526 = fmul float %73, 0x3FA7154760000000
	%527 = select i1 %525, float %526, float 0xFFF0000000000000
	%528 = mul i32 %4, 16
	%529 = add i32 %6, 8
	%530 = add i32 %528, %529
	%531 = add i32 %3, %530
	%532 = shl i32 %7, 1
	%533 = add i32 1, %532
	%534 = add i32 %56, %533
	%535 = icmp slt i32 %531, %R
	%536 = icmp slt i32 %534, %T
	%537 = and i1 %535, %536
	%538 = fmul float %74, 0x3FA7154760000000
	%539 = select i1 %537, float %538, float 0xFFF0000000000000
	%540 = mul i32 %4, 16
	%541 = add i32 %6, 0
	%542 = add i32 %540, %541
	%543 = add i32 %3, %542
	%544 = shl i32 %7, 1
	%545 = add i32 8, %544
	%546 = add i32 %56, %545
	%547 = icmp slt i32 %543, %R
	%548 = icmp slt i32 %546, %T
	%549 = and i1 %547, %548
	%550 = fmul float %75, 0x3FA7154760000000
	%551 = select i1 %549, float %550, float 0xFFF0000000000000
	%552 = mul i32 %4, 16
	%553 = add i32 %6, 0
	%554 = add i32 %552, %553
	%555 = add i32 %3, %554
	%556 = shl i32 %7, 1
	%557 = add i32 9, %556
	%558 = add i32 %56, %557
	%559 = icmp slt i32 %555, %R
	%560 = icmp slt i32 %558, %T
	%561 = and i1 %559, %560
	%562 = fmul float %76, 0x3FA7154760000000
	%563 = select i1 %561, float %562, float 0xFFF0000000000000
	%564 = mul i32 %4, 16
	%565 = add i32 %6, 8
	%566 = add i32 %564, %565
	%567 = add i32 %3, %566
	%568 = shl i32 %7, 1
	%569 = add i32 8, %568
	%570 = add i32 %56, %569
	%571 = icmp slt i32 %567, %R
	%572 = icmp slt i32 %570, %T
	%573 = and i1 %571, %572
	%574 = fmul float %77, 0x3FA7154760000000
	%575 = select i1 %573, float %574, float 0xFFF0000000000000
	%576 = mul i32 %4, 16
	%577 = add i32 %6, 8
	%578 = add i32 %576, %577
	%579 = add i32 %3, %578
	%580 = shl i32 %7, 1
	%581 = add i32 9, %580
	%582 = add i32 %56, %581
	%583 = icmp slt i32 %579, %R
	%584 = icmp slt i32 %582, %T
	%585 = and i1 %583, %584
	%586 = fmul float %78, 0x3FA7154760000000
	%587 = select i1 %585, float %586, float 0xFFF0000000000000
	%588 = mul i32 %4, 16
	%589 = add i32 %6, 0
	%590 = add i32 %588, %589
	%591 = add i32 %3, %590
	%592 = shl i32 %7, 1
	%593 = add i32 16, %592
	%594 = add i32 %56, %593
	%595 = icmp slt i32 %591, %R
	%596 = icmp slt i32 %594, %T
	%597 = and i1 %595, %596
	%598 = fmul float %79, 0x3FA7154760000000
	%599 = select i1 %597, float %598, float 0xFFF0000000000000
	%600 = mul i32 %4, 16
	%601 = add i32 %6, 0
	%602 = add i32 %600, %601
	%603 = add i32 %3, %602
	%604 = shl i32 %7, 1
	%605 = add i32 17, %604
	%606 = add i32 %56, %605
	%607 = icmp slt i32 %603, %R
	%608 = icmp slt i32 %606, %T
	%609 = and i1 %607, %608
	%610 = fmul float %80, 0x3FA7154760000000
	%611 = select i1 %609, float %610, float 0xFFF0000000000000
	%612 = mul i32 %4, 16
	%613 = add i32 %6, 8
	%614 = add i32 %612, %613
	%615 = add i32 %3, %614
	%616 = shl i32 %7, 1
	%617 = add i32 16, %616
	%618 = add i32 %56, %617
	%619 = icmp slt i32 %615, %R
	%620 = icmp slt i32 %618, %T
	%621 = and i1 %619, %620
	%622 = fmul float %81, 0x3FA7154760000000
	%623 = select i1 %621, float %622, float 0xFFF0000000000000
	%624 = mul i32 %4, 16
	%625 = add i32 %6, 8
	%626 = add i32 %624, %625
	%627 = add i32 %3, %626
	%628 = shl i32 %7, 1
	%629 = add i32 17, %628
	%630 = add i32 %56, %629
	%631 = icmp slt i32 %627, %R
	%632 = icmp slt i32 %630, %T
	%633 = and i1 %631, %632
	%634 = fmul float %82, 0x3FA7154760000000
	%635 = select i1 %633, float %634, float 0xFFF0000000000000
	%636 = mul i32 %4, 16
	%637 = add i32 %6, 0
	%638 = add i32 %636, %637
	%639 = add i32 %3, %638
	%640 = shl i32 %7, 1
	%641 = add i32 24, %640
	%642 = add i32 %56, %641
	%643 = icmp slt i32 %639, %R
	%644 = icmp slt i32 %642, %T
	%645 = and i1 %643, %644
	%646 = fmul float %83, 0x3FA7154760000000
	%647 = select i1 %645, float %646, float 0xFFF0000000000000
	%648 = mul i32 %4, 16
	%649 = add i32 %6, 0
	%650 = add i32 %648, %649
	%651 = add i32 %3, %650
	%652 = shl i32 %7, 1
	%653 = add i32 25, %652
	%654 = add i32 %56, %653
	%655 = icmp slt i32 %651, %R
	%656 = icmp slt i32 %654, %T
	%657 = and i1 %655, %656
	%658 = fmul float %84, 0x3FA7154760000000
	%659 = select i1 %657, float %658, float 0xFFF0000000000000
	%660 = mul i32 %4, 16
	%661 = add i32 %6, 8
	%662 = add i32 %660, %661
	%663 = add i32 %3, %662
	%664 = shl i32 %7, 1
	%665 = add i32 24, %664
	%666 = add i32 %56, %665
	%667 = icmp slt i32 %663, %R
	%668 = icmp slt i32 %666, %T
	%669 = and i1 %667, %668
	%670 = fmul float %85, 0x3FA7154760000000
	%671 = select i1 %669, float %670, float 0xFFF0000000000000
	%672 = mul i32 %4, 16
	%673 = add i32 %6, 8
	%674 = add i32 %672, %673
	%675 = add i32 %3, %674
	%676 = shl i32 %7, 1
	%677 = add i32 25, %676
	%678 = add i32 %56, %677
	%679 = icmp slt i32 %675, %R
	%680 = icmp slt i32 %678, %T
	%681 = and i1 %679, %680
	%682 = fmul float %86, 0x3FA7154760000000
	%683 = select i1 %681, float %682, float 0xFFF0000000000000
	%684 = mul i32 %4, 16
	%685 = add i32 %6, 0
	%686 = add i32 %684, %685
	%687 = add i32 %3, %686
	%688 = shl i32 %7, 1
	%689 = add i32 32, %688
	%690 = add i32 %56, %689
	%691 = icmp slt i32 %687, %R
	%692 = icmp slt i32 %690, %T
	%693 = and i1 %691, %692
	%694 = fmul float %87, 0x3FA7154760000000
	%695 = select i1 %693, float %694, float 0xFFF0000000000000
	%696 = mul i32 %4, 16
	%697 = add i32 %6, 0
	%698 = add i32 %696, %697
	%699 = add i32 %3, %698
	%700 = shl i32 %7, 1
	%701 = add i32 33, %700
	%702 = add i32 %56, %701
	%703 = icmp slt i32 %699, %R
	%704 = icmp slt i32 %702, %T
	%705 = and i1 %703, %704
	%706 = fmul float %88, 0x3FA7154760000000
	%707 = select i1 %705, float %706, float 0xFFF0000000000000
	%708 = mul i32 %4, 16
	%709 = add i32 %6, 8
	%710 = add i32 %708, %709
	%711 = add i32 %3, %710
	%712 = shl i32 %7, 1
	%713 = add i32 32, %712
	%714 = add i32 %56, %713
	%715 = icmp slt i32 %711, %R
	%716 = icmp slt i32 %714, %T
	%717 = and i1 %715, %716
	%718 = fmul float %89, 0x3FA7154760000000
	%719 = select i1 %717, float %718, float 0xFFF0000000000000
	%720 = mul i32 %4, 16
	%721 = add i32 %6, 8
	%722 = add i32 %720, %721
	%723 = add i32 %3, %722
	%724 = shl i32 %7, 1
	%725 = add i32 33, %724
	%726 = add i32 %56, %725
	%727 = icmp slt i32 %723, %R
	%728 = icmp slt i32 %726, %T
	%729 = and i1 %727, %728
	%730 = fmul float %90, 0x3FA7154760000000
	%731 = select i1 %729, float %730, float 0xFFF0000000000000
	%732 = mul i32 %4, 16
	%733 = add i32 %6, 0
	%734 = add i32 %732, %733
	%735 = add i32 %3, %734
	%736 = shl i32 %7, 1
	%737 = add i32 40, %736
	%738 = add i32 %56, %737
	%739 = icmp slt i32 %735, %R
	%740 = icmp slt i32 %738, %T
	%741 = and i1 %739, %740
	%742 = fmul float %91, 0x3FA7154760000000
	%743 = select i1 %741, float %742, float 0xFFF0000000000000
	%744 = mul i32 %4, 16
	%745 = add i32 %6, 0
	%746 = add i32 %744, %745
	%747 = add i32 %3, %746
	%748 = shl i32 %7, 1
	%749 = add i32 41, %748
	%750 = add i32 %56, %749
	%751 = icmp slt i32 %747, %R
	%752 = icmp slt i32 %750, %T
	%753 = and i1 %751, %752
	%754 = fmul float %92, 0x3FA7154760000000
	%755 = select i1 %753, float %754, float 0xFFF0000000000000
	%756 = mul i32 %4, 16
	%757 = add i32 %6, 8
	%758 = add i32 %756, %757
	%759 = add i32 %3, %758
	%760 = shl i32 %7, 1
	%761 = add i32 40, %760
	%762 = add i32 %56, %761
	%763 = icmp slt i32 %759, %R
	%764 = icmp slt i32 %762, %T
	%765 = and i1 %763, %764
	%766 = fmul float %93, 0x3FA7154760000000
	%767 = select i1 %765, float %766, float 0xFFF0000000000000
	%768 = mul i32 %4, 16
	%769 = add i32 %6, 8
	%770 = add i32 %768, %769
	%771 = add i32 %3, %770
	%772 = shl i32 %7, 1
	%773 = add i32 41, %772
	%774 = add i32 %56, %773
	%775 = icmp slt i32 %771, %R
	%776 = icmp slt i32 %774, %T
	%777 = and i1 %775, %776
	%778 = fmul float %94, 0x3FA7154760000000
	%779 = select i1 %777, float %778, float 0xFFF0000000000000
	%780 = mul i32 %4, 16
	%781 = add i32 %6, 0
	%782 = add i32 %780, %781
	%783 = add i32 %3, %782
	%784 = shl i32 %7, 1
	%785 = add i32 48, %784
	%786 = add i32 %56, %785
	%787 = icmp slt i32 %783, %R
	%788 = icmp slt i32 %786, %T
	%789 = and i1 %787, %788
	%790 = fmul float %95, 0x3FA7154760000000
	%791 = select i1 %789, float %790, float 0xFFF0000000000000
	%792 = mul i32 %4, 16
	%793 = add i32 %6, 0
	%794 = add i32 %792, %793
	%795 = add i32 %3, %794
	%796 = shl i32 %7, 1
	%797 = add i32 49, %796
	%798 = add i32 %56, %797
	%799 = icmp slt i32 %795, %R
	%800 = icmp slt i32 %798, %T
	%801 = and i1 %799, %800
	%802 = fmul float %96, 0x3FA7154760000000
	%803 = select i1 %801, float %802, float 0xFFF0000000000000
	%804 = mul i32 %4, 16
	%805 = add i32 %6, 8
	%806 = add i32 %804, %805
	%807 = add i32 %3, %806
	%808 = shl i32 %7, 1
	%809 = add i32 48, %808
	%810 = add i32 %56, %809
	%811 = icmp slt i32 %807, %R
	%812 = icmp slt i32 %810, %T
	%813 = and i1 %811, %812
	%814 = fmul float %97, 0x3FA7154760000000
	%815 = select i1 %813, float %814, float 0xFFF0000000000000
	%816 = mul i32 %4, 16
	%817 = add i32 %6, 8
	%818 = add i32 %816, %817
	%819 = add i32 %3, %818
	%820 = shl i32 %7, 1
	%821 = add i32 49, %820
	%822 = add i32 %56, %821
	%823 = icmp slt i32 %819, %R
	%824 = icmp slt i32 %822, %T
	%825 = and i1 %823, %824
	%826 = fmul float %98, 0x3FA7154760000000
	%827 = select i1 %825, float %826, float 0xFFF0000000000000
	%828 = mul i32 %4, 16
	%829 = add i32 %6, 0
	%830 = add i32 %828, %829
	%831 = add i32 %3, %830
	%832 = shl i32 %7, 1
	%833 = add i32 56, %832
	%834 = add i32 %56, %833
	%835 = icmp slt i32 %831, %R
	%836 = icmp slt i32 %834, %T
	%837 = and i1 %835, %836
	%838 = fmul float %99, 0x3FA7154760000000
	%839 = select i1 %837, float %838, float 0xFFF0000000000000
	%840 = mul i32 %4, 16
	%841 = add i32 %6, 0
	%842 = add i32 %840, %841
	%843 = add i32 %3, %842
	%844 = shl i32 %7, 1
	%845 = add i32 57, %844
	%846 = add i32 %56, %845
	%847 = icmp slt i32 %843, %R
	%848 = icmp slt i32 %846, %T
	%849 = and i1 %847, %848
	%850 = fmul float %100, 0x3FA7154760000000
	%851 = select i1 %849, float %850, float 0xFFF0000000000000
	%852 = mul i32 %4, 16
	%853 = add i32 %6, 8
	%854 = add i32 %852, %853
	%855 = add i32 %3, %854
	%856 = shl i32 %7, 1
	%857 = add i32 56, %856
	%858 = add i32 %56, %857
	%859 = icmp slt i32 %855, %R
	%860 = icmp slt i32 %858, %T
	%861 = and i1 %859, %860
	%862 = fmul float %101, 0x3FA7154760000000
	%863 = select i1 %861, float %862, float 0xFFF0000000000000
	%864 = mul i32 %4, 16
	%865 = add i32 %6, 8
	%866 = add i32 %864, %865
	%867 = add i32 %3, %866
	%868 = shl i32 %7, 1
	%869 = add i32 57, %868
	%870 = add i32 %56, %869
	%871 = icmp slt i32 %867, %R
	%872 = icmp slt i32 %870, %T
	%873 = and i1 %871, %872
	%874 = fmul float %102, 0x3FA7154760000000
	%875 = select i1 %873, float %874, float 0xFFF0000000000000
	%876 = call float @llvm.nvvm.fmax.f(float %503, float %515)
	%877 = call float @llvm.nvvm.fmax.f(float %551, float %563)
	%878 = call float @llvm.nvvm.fmax.f(float %599, float %611)
	%879 = call float @llvm.nvvm.fmax.f(float %647, float %659)
	%880 = call float @llvm.nvvm.fmax.f(float %695, float %707)
	%881 = call float @llvm.nvvm.fmax.f(float %743, float %755)
	%882 = call float @llvm.nvvm.fmax.f(float %791, float %803)
	%883 = call float @llvm.nvvm.fmax.f(float %839, float %851)
	%884 = call float @llvm.nvvm.fmax.f(float %876, float %877)
	%885 = call float @llvm.nvvm.fmax.f(float %878, float %879)
	%886 = call float @llvm.nvvm.fmax.f(float %880, float %881)
	%887 = call float @llvm.nvvm.fmax.f(float %882, float %883)
	%888 = call float @llvm.nvvm.fmax.f(float %884, float %885)
	%889 = call float @llvm.nvvm.fmax.f(float %886, float %887)
	%890 = call float @llvm.nvvm.fmax.f(float %888, float %889)
	%891 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %890, i32 1, i32 31)
	%892 = call float @llvm.nvvm.fmax.f(float %890, float %891)
	%893 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %892, i32 2, i32 31)
	%894 = call float @llvm.nvvm.fmax.f(float %892, float %893)
	%895 = call float @llvm.nvvm.fmax.f(float %50, float %894)
	%896 = fcmp oeq float %895, 0xFFF0000000000000
	%897 = select i1 %896, float 0.0, float %895
	%898 = fsub float %503, %897
	%899 = call float @llvm.nvvm.ex2.approx.ftz.f(float %898)
	%900 = fsub float %515, %897
	%901 = call float @llvm.nvvm.ex2.approx.ftz.f(float %900)
	%902 = fsub float %551, %897
	%903 = call float @llvm.nvvm.ex2.approx.ftz.f(float %902)
	%904 = fsub float %563, %897
	%905 = call float @llvm.nvvm.ex2.approx.ftz.f(float %904)
	%906 = fsub float %599, %897
	%907 = call float @llvm.nvvm.ex2.approx.ftz.f(float %906)
	%908 = fsub float %611, %897
	%909 = call float @llvm.nvvm.ex2.approx.ftz.f(float %908)
	%910 = fsub float %647, %897
	%911 = call float @llvm.nvvm.ex2.approx.ftz.f(float %910)
	%912 = fsub float %659, %897
	%913 = call float @llvm.nvvm.ex2.approx.ftz.f(float %912)
	%914 = fsub float %695, %897
	%915 = call float @llvm.nvvm.ex2.approx.ftz.f(float %914)
	%916 = fsub float %707, %897
	%917 = call float @llvm.nvvm.ex2.approx.ftz.f(float %916)
	%918 = fsub float %743, %897
	%919 = call float @llvm.nvvm.ex2.approx.ftz.f(float %918)
	%920 = fsub float %755, %897
	%921 = call float @llvm.nvvm.ex2.approx.ftz.f(float %920)
	%922 = fsub float %791, %897
	%923 = call float @llvm.nvvm.ex2.approx.ftz.f(float %922)
	%924 = fsub float %803, %897
	%925 = call float @llvm.nvvm.ex2.approx.ftz.f(float %924)
	%926 = fsub float %839, %897
	%927 = call float @llvm.nvvm.ex2.approx.ftz.f(float %926)
	%928 = fsub float %851, %897
	%929 = call float @llvm.nvvm.ex2.approx.ftz.f(float %928)
	%930 = fadd float %899, %901
	%931 = fadd float %903, %905
	%932 = fadd float %907, %909
	%933 = fadd float %911, %913
	%934 = fadd float %915, %917
	%935 = fadd float %919, %921
	%936 = fadd float %923, %925
	%937 = fadd float %927, %929
	%938 = fadd float %930, %931
	%939 = fadd float %932, %933
	%940 = fadd float %934, %935
	%941 = fadd float %936, %937
	%942 = fadd float %938, %939
	%943 = fadd float %940, %941
	%944 = fadd float %942, %943
	%945 = fsub float %50, %897
	%946 = call float @llvm.nvvm.ex2.approx.ftz.f(float %945)
	%947 = fmul float %52, %946
	%948 = fadd float %947, %944
	%949 = fadd float %899, %901
	%950 = fadd float %903, %905
	%951 = fadd float %907, %909
	%952 = fadd float %911, %913
	%953 = fadd float %915, %917
	%954 = fadd float %919, %921
	%955 = fadd float %923, %925
	%956 = fadd float %927, %929
	%957 = call float @llvm.nvvm.fmax.f(float %527, float %539)
	%958 = call float @llvm.nvvm.fmax.f(float %575, float %587)
	%959 = call float @llvm.nvvm.fmax.f(float %623, float %635)
	%960 = call float @llvm.nvvm.fmax.f(float %671, float %683)
	%961 = call float @llvm.nvvm.fmax.f(float %719, float %731)
	%962 = call float @llvm.nvvm.fmax.f(float %767, float %779)
	%963 = call float @llvm.nvvm.fmax.f(float %815, float %827)
	%964 = call float @llvm.nvvm.fmax.f(float %863, float %875)
	%965 = call float @llvm.nvvm.fmax.f(float %957, float %958)
	%966 = call float @llvm.nvvm.fmax.f(float %959, float %960)
	%967 = call float @llvm.nvvm.fmax.f(float %961, float %962)
	%968 = call float @llvm.nvvm.fmax.f(float %963, float %964)
	%969 = call float @llvm.nvvm.fmax.f(float %965, float %966)
	%970 = call float @llvm.nvvm.fmax.f(float %967, float %968)
	%971 = call float @llvm.nvvm.fmax.f(float %969, float %970)
	%972 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %971, i32 1, i32 31)
	%973 = call float @llvm.nvvm.fmax.f(float %971, float %972)
	%974 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %973, i32 2, i32 31)
	%975 = call float @llvm.nvvm.fmax.f(float %973, float %974)
	%976 = call float @llvm.nvvm.fmax.f(float %51, float %975)
	%977 = fcmp oeq float %976, 0xFFF0000000000000
	%978 = select i1 %977, float 0.0, float %976
	%979 = fsub float %527, %978
	%980 = call float @llvm.nvvm.ex2.approx.ftz.f(float %979)
	%981 = fsub float %539, %978
	%982 = call float @llvm.nvvm.ex2.approx.ftz.f(float %981)
	%983 = fsub float %575, %978
	%984 = call float @llvm.nvvm.ex2.approx.ftz.f(float %983)
	%985 = fsub float %587, %978
	%986 = call float @llvm.nvvm.ex2.approx.ftz.f(float %985)
	%987 = fsub float %623, %978
	%988 = call float @llvm.nvvm.ex2.approx.ftz.f(float %987)
	%989 = fsub float %635, %978
	%990 = call float @llvm.nvvm.ex2.approx.ftz.f(float %989)
	%991 = fsub float %671, %978
	%992 = call float @llvm.nvvm.ex2.approx.ftz.f(float %991)
	%993 = fsub float %683, %978
	%994 = call float @llvm.nvvm.ex2.approx.ftz.f(float %993)
	%995 = fsub float %719, %978
	%996 = call float @llvm.nvvm.ex2.approx.ftz.f(float %995)
	%997 = fsub float %731, %978
	%998 = call float @llvm.nvvm.ex2.approx.ftz.f(float %997)
	%999 = fsub float %767, %978
	%1000 = call float @llvm.nvvm.ex2.approx.ftz.f(float %999)
	%1001 = fsub float %779, %978
	%1002 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1001)
	%1003 = fsub float %815, %978
	%1004 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1003)
	%1005 = fsub float %827, %978
	%1006 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1005)
	%1007 = fsub float %863, %978
	%1008 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1007)
	%1009 = fsub float %875, %978
	%1010 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1009)
	%1011 = fadd float %980, %982
	%1012 = fadd float %984, %986
	%1013 = fadd float %988, %990
	%1014 = fadd float %992, %994
	%1015 = fadd float %996, %998
	%1016 = fadd float %1000, %1002
	%1017 = fadd float %1004, %1006
	%1018 = fadd float %1008, %1010
	%1019 = fadd float %1011, %1012
	%1020 = fadd float %1013, %1014
	%1021 = fadd float %1015, %1016
	%1022 = fadd float %1017, %1018
	%1023 = fadd float %1019, %1020
	%1024 = fadd float %1021, %1022
	%1025 = fadd float %1023, %1024
	%1026 = fsub float %51, %978
	%1027 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1026)
	%1028 = fmul float %53, %1027
	%1029 = fadd float %1028, %1025
	%1030 = fadd float %980, %982
	%1031 = fadd float %984, %986
	%1032 = fadd float %988, %990
	%1033 = fadd float %992, %994
	%1034 = fadd float %996, %998
	%1035 = fadd float %1000, %1002
	%1036 = fadd float %1004, %1006
	%1037 = fadd float %1008, %1010
	%1038 = sext i32 %R to i64
	%1039 = mul i32 %4, 16
	%1040 = add i32 %6, 0
	%1041 = add i32 %1039, %1040
	%1042 = add i32 %3, %1041
	%1043 = icmp slt i32 %1042, %R
	%1044 = mul i32 %1, %18
	%1045 = add i32 %1044, %49
	%1046 = sext i32 %1045 to i64
	%1047 = mul i64 %1046, %1038
	%1048 = sext i32 %1042 to i64
	%1049 = add i64 %1047, %1048
	%1050 = icmp eq i32 %7, 0
	%1051 = and i1 %1043, %1050
	br i1 %1051, label %1052, label %1054

1052:
	%1053 = getelementptr float, float* %mx, i64 %1049
	store float %897, float* %1053
	br label %1054

1054:
	%1055 = mul i32 %4, 16
	%1056 = add i32 %6, 8
	%1057 = add i32 %1055, %1056
	%1058 = add i32 %3, %1057
	%1059 = icmp slt i32 %1058, %R
	%1060 = mul i32 %1, %18
	%1061 = add i32 %1060, %49
	%1062 = sext i32 %1061 to i64
	%1063 = mul i64 %1062, %1038
	%1064 = sext i32 %1058 to i64
	%1065 = add i64 %1063, %1064
	%1066 = icmp eq i32 %7, 0
	%1067 = and i1 %1059, %1066
	br i1 %1067, label %1068, label %1070

1068:
	%1069 = getelementptr float, float* %mx, i64 %1065
	store float %978, float* %1069
	br label %1070

1070:
	%1071 = and i32 %7, 1
	%1072 = icmp ne i32 %1071, 0
	%1073 = select i1 %1072, float %950, float %949
	%1074 = select i1 %1072, float %949, float %950
	%1075 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1074, i32 1, i32 31)
	%1076 = fadd float %1073, %1075
	%1077 = select i1 %1072, float %952, float %951
	%1078 = select i1 %1072, float %951, float %952
	%1079 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1078, i32 1, i32 31)
	%1080 = fadd float %1077, %1079
	%1081 = select i1 %1072, float %954, float %953
	%1082 = select i1 %1072, float %953, float %954
	%1083 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1082, i32 1, i32 31)
	%1084 = fadd float %1081, %1083
	%1085 = select i1 %1072, float %956, float %955
	%1086 = select i1 %1072, float %955, float %956
	%1087 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1086, i32 1, i32 31)
	%1088 = fadd float %1085, %1087
	%1089 = select i1 %1072, float %1031, float %1030
	%1090 = select i1 %1072, float %1030, float %1031
	%1091 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1090, i32 1, i32 31)
	%1092 = fadd float %1089, %1091
	%1093 = select i1 %1072, float %1033, float %1032
	%1094 = select i1 %1072, float %1032, float %1033
	%1095 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1094, i32 1, i32 31)
	%1096 = fadd float %1093, %1095
	%1097 = select i1 %1072, float %1035, float %1034
	%1098 = select i1 %1072, float %1034, float %1035
	%1099 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1098, i32 1, i32 31)
	%1100 = fadd float %1097, %1099
	%1101 = select i1 %1072, float %1037, float %1036
	%1102 = select i1 %1072, float %1036, float %1037
	%1103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1102, i32 1, i32 31)
	%1104 = fadd float %1101, %1103
	%1105 = and i32 %7, 2
	%1106 = icmp ne i32 %1105, 0
	%1107 = select i1 %1106, float %1080, float %1076
	%1108 = select i1 %1106, float %1076, float %1080
	%1109 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1108, i32 2, i32 31)
	%1110 = fadd float %1107, %1109
	%1111 = select i1 %1106, float %1088, float %1084
	%1112 = select i1 %1106, float %1084, float %1088
	%1113 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1112, i32 2, i32 31)
	%1114 = fadd float %1111, %1113
	%1115 = select i1 %1106, float %1096, float %1092
	%1116 = select i1 %1106, float %1092, float %1096
	%1117 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1116, i32 2, i32 31)
	%1118 = fadd float %1115, %1117
	%1119 = select i1 %1106, float %1104, float %1100
	%1120 = select i1 %1106, float %1100, float %1104
	%1121 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1120, i32 2, i32 31)
	%1122 = fadd float %1119, %1121
	%1123 = add i32 0, %7
	%1124 = sub i32 %1123, 0
	%1125 = sdiv i32 %56, 8
	%1126 = add i32 %1125, %1124
	%1127 = and i1 true, %1043
	%1128 = icmp slt i32 %1126, %NK
	%1129 = and i1 %1127, %1128
	%1130 = mul i32 %1, %NK
	%1131 = add i32 %1130, %1126
	%1132 = sext i32 %1131 to i64
	%1133 = mul i64 %1132, %1038
	%1134 = mul i32 %4, 16
	%1135 = add i32 %6, 0
	%1136 = add i32 %1134, %1135
	%1137 = add i32 %3, %1136
	%1138 = sext i32 %1137 to i64
	%1139 = add i64 %1133, %1138
	br i1 %1129, label %1140, label %1142

1140:
	%1141 = getelementptr float, float* %part, i64 %1139
	store float %1110, float* %1141
	br label %1142

1142:
	%1143 = add i32 4, %7
	%1144 = sub i32 %1143, 0
	%1145 = sdiv i32 %56, 8
	%1146 = add i32 %1145, %1144
	%1147 = and i1 true, %1043
	%1148 = icmp slt i32 %1146, %NK
	%1149 = and i1 %1147, %1148
	%1150 = mul i32 %1, %NK
	%1151 = add i32 %1150, %1146
	%1152 = sext i32 %1151 to i64
	%1153 = mul i64 %1152, %1038
	%1154 = mul i32 %4, 16
	%1155 = add i32 %6, 0
	%1156 = add i32 %1154, %1155
	%1157 = add i32 %3, %1156
	%1158 = sext i32 %1157 to i64
	%1159 = add i64 %1153, %1158
	br i1 %1149, label %1160, label %1162

1160:
	%1161 = getelementptr float, float* %part, i64 %1159
	store float %1114, float* %1161
	br label %1162

1162:
	%1163 = add i32 8, %7
	%1164 = sub i32 %1163, 8
	%1165 = sdiv i32 %56, 8
	%1166 = add i32 %1165, %1164
	%1167 = and i1 true, %1059
	%1168 = icmp slt i32 %1166, %NK
	%1169 = and i1 %1167, %1168
	%1170 = mul i32 %1, %NK
	%1171 = add i32 %1170, %1166
	%1172 = sext i32 %1171 to i64
	%1173 = mul i64 %1172, %1038
	%1174 = mul i32 %4, 16
	%1175 = add i32 %6, 8
	%1176 = add i32 %1174, %1175
	%1177 = add i32 %3, %1176
	%1178 = sext i32 %1177 to i64
	%1179 = add i64 %1173, %1178
	br i1 %1169, label %1180, label %1182

1180:
	%1181 = getelementptr float, float* %part, i64 %1179
	store float %1118, float* %1181
	br label %1182

1182:
	%1183 = add i32 12, %7
	%1184 = sub i32 %1183, 8
	%1185 = sdiv i32 %56, 8
	%1186 = add i32 %1185, %1184
	%1187 = and i1 true, %1059
	%1188 = icmp slt i32 %1186, %NK
	%1189 = and i1 %1187, %1188
	%1190 = mul i32 %1, %NK
	%1191 = add i32 %1190, %1186
	%1192 = sext i32 %1191 to i64
	%1193 = mul i64 %1192, %1038
	%1194 = mul i32 %4, 16
	%1195 = add i32 %6, 8
	%1196 = add i32 %1194, %1195
	%1197 = add i32 %3, %1196
	%1198 = sext i32 %1197 to i64
	%1199 = add i64 %1193, %1198
	br i1 %1189, label %1200, label %1202

1200:
	%1201 = getelementptr float, float* %part, i64 %1199
	store float %1122, float* %1201
	br label %1202

1202:
	%1203 = add i32 %49, 1
	br label %48

1204:
	%1205 = mul i32 %1, %R
	%1206 = add i32 %1205, %65
	%1207 = mul i32 %1206, 2
	%1208 = add i32 %1207, 0
	%1209 = sext i32 %1208 to i64
	%1210 = getelementptr float, float* %stats, i64 %1209
	store float %50, float* %1210
	%1211 = mul i32 %1, %R
	%1212 = add i32 %1211, %65
	%1213 = mul i32 %1212, 2
	%1214 = add i32 %1213, 1
	%1215 = sext i32 %1214 to i64
	%1216 = getelementptr float, float* %stats, i64 %1215
	store float %61, float* %1216
	br label %1217

1217:
	%1218 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %53, i32 1, i32 31)
	%1219 = fadd float %53, %1218
	%1220 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1219, i32 2, i32 31)
	%1221 = fadd float %1219, %1220
	%1222 = mul i32 %4, 16
	%1223 = add i32 %6, 8
	%1224 = add i32 %1222, %1223
	%1225 = add i32 %3, %1224
	%1226 = icmp slt i32 %1225, %R
	%1227 = icmp eq i32 %7, 0
	%1228 = and i1 %1226, %1227
	br i1 %1228, label %1229, label %1242

1229:
	%1230 = mul i32 %1, %R
	%1231 = add i32 %1230, %1225
	%1232 = mul i32 %1231, 2
	%1233 = add i32 %1232, 0
	%1234 = sext i32 %1233 to i64
	%1235 = getelementptr float, float* %stats, i64 %1234
	store float %51, float* %1235
	%1236 = mul i32 %1, %R
	%1237 = add i32 %1236, %1225
	%1238 = mul i32 %1237, 2
	%1239 = add i32 %1238, 1
	%1240 = sext i32 %1239 to i64
	%1241 = getelementptr float, float* %stats, i64 %1240
	store float %1221, float* %1241
	br label %1242

1242:
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

!nvvm.annotations = !{!0, !1, !2, !3, !4}
!0 = !{void (i8*, i32, float*, i32*, i32, i32)* @adfull_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @adfull_adstats0, !"maxntidx", i32 256}
!2 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @adfull_admass0, !"maxntidx", i32 256}
!3 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @adfull_attn2, !"maxntidx", i32 128}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @adfull_attn2, !"minctasm", i32 3}
