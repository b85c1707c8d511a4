; xattn
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@xattn_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@xattn_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@xattn_select1_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@xattn_select1_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@xattn_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@xattn_select1_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@xattn_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@xattn_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@xattn_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@xattn_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@xattn_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@xattn_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@xattn_select1_histm = internal addrspace(3) global [256 x i32] undef, align 16
@xattn_select1_bins = internal addrspace(3) global [4 x i32] undef, align 16
@xattn_adstats0_smem = internal addrspace(3) global [24576 x i8] undef, align 1024
@xattn_admass0_rows = internal addrspace(3) global [16 x float] undef, align 16
@xattn_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024

define ptx_kernel void @xattn_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
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
	%56 = add i32 %55, %off
	%57 = add i32 %1, 1
	%58 = mul i32 %57, 64
	%59 = icmp slt i32 %58, %M
	%60 = select i1 %59, i32 %58, i32 %M
	%61 = sub i32 %60, 1
	%62 = add i32 %61, %off
	%63 = icmp slt i32 %56, 0
	%64 = sub i32 0, %56
	%65 = sub i32 64, 1
	%66 = add i32 %64, %65
	%67 = sdiv i32 %66, 64
	%68 = sub i32 0, %67
	%69 = sdiv i32 %56, 64
	%70 = select i1 %63, i32 %68, i32 %69
	%71 = icmp slt i32 %62, 0
	%72 = sub i32 0, %62
	%73 = sub i32 64, 1
	%74 = add i32 %72, %73
	%75 = sdiv i32 %74, 64
	%76 = sub i32 0, %75
	%77 = sdiv i32 %62, 64
	%78 = select i1 %71, i32 %76, i32 %77
	br label %79

79:
	%80 = phi i32 [ %0, %54 ], [ %124, %110 ]
	%81 = phi float [ 0.0, %54 ], [ %123, %110 ]
	%82 = icmp slt i32 %80, %16
	br i1 %82, label %83, label %91

83:
	%84 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %80
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
	%105 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 %102
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
	%121 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %80
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
	%127 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 0
	%128 = load float, float addrspace(3)* %127
	%129 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 1
	%130 = load float, float addrspace(3)* %129
	%131 = fadd float %128, %130
	%132 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 2
	%133 = load float, float addrspace(3)* %132
	%134 = fadd float %131, %133
	%135 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 3
	%136 = load float, float addrspace(3)* %135
	%137 = fadd float %134, %136
	%138 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 4
	%139 = load float, float addrspace(3)* %138
	%140 = fadd float %137, %139
	%141 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 5
	%142 = load float, float addrspace(3)* %141
	%143 = fadd float %140, %142
	%144 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 6
	%145 = load float, float addrspace(3)* %144
	%146 = fadd float %143, %145
	%147 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 7
	%148 = load float, float addrspace(3)* %147
	%149 = fadd float %146, %148
	%150 = fptosi float %149 to i32
	%151 = icmp eq i32 %0, 0
	br i1 %151, label %152, label %156

152:
	%153 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 0
	%154 = load i32, i32 addrspace(3)* %153
	%155 = icmp eq i32 %154, 1
	br i1 %155, label %171, label %179

156:
	call void @llvm.nvvm.barrier0()
	%157 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 0
	%158 = load i32, i32 addrspace(3)* %157
	%159 = sub i32 %150, %158
	%160 = getelementptr [1 x double], [1 x double] addrspace(3)* @xattn_select1_mass, i32 0, i32 0
	%161 = load double, double addrspace(3)* %160
	%162 = fsub double 0x3FECCCCCCCCCCCCD, %161
	%163 = fmul double %162, 262144.0
	%164 = call double @llvm.ceil.f64(double %163)
	%165 = call double @llvm.maxnum.f64(double %164, double 0.0)
	%166 = call double @llvm.minnum.f64(double %165, double 1.073741824e+09)
	%167 = fptosi double %166 to i32
	%168 = add i32 %167, 1
	call void @llvm.nvvm.barrier0()
	%169 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %169
	%170 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %170
	call void @llvm.nvvm.barrier0()
	br label %225

171:
	%172 = add i32 %13, 0
	%173 = sext i32 %172 to i64
	%174 = getelementptr i32, i32* %list, i64 %173
	store i32 0, i32* %174
	%175 = add i32 %13, %NK
	%176 = add i32 %175, 0
	%177 = sext i32 %176 to i64
	%178 = getelementptr i32, i32* %list, i64 %177
	store i32 1, i32* %178
	br label %179

179:
	%180 = add i32 %11, 0
	%181 = sext i32 %180 to i64
	%182 = getelementptr float, float* %e, i64 %181
	%183 = load float, float* %182
	%184 = add i32 0, 1
	%185 = select i1 %155, i32 %184, i32 0
	%186 = fpext float %183 to double
	%187 = fadd double 0.0, %186
	%188 = select i1 %155, double %187, double 0.0
	%189 = icmp sgt i32 %70, 1
	%190 = select i1 %189, i32 %70, i32 1
	%191 = add i32 %78, 1
	%192 = icmp slt i32 %191, %NK
	%193 = select i1 %192, i32 %191, i32 %NK
	br label %194

194:
	%195 = phi i32 [ %190, %179 ], [ %224, %214 ]
	%196 = phi i32 [ %185, %179 ], [ %220, %214 ]
	%197 = phi double [ %188, %179 ], [ %223, %214 ]
	%198 = icmp slt i32 %195, %193
	br i1 %198, label %199, label %203

199:
	%200 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %195
	%201 = load i32, i32 addrspace(3)* %200
	%202 = icmp eq i32 %201, 1
	br i1 %202, label %206, label %214

203:
	%204 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 0
	store i32 %196, i32 addrspace(3)* %204
	%205 = getelementptr [1 x double], [1 x double] addrspace(3)* @xattn_select1_mass, i32 0, i32 0
	store double %197, double addrspace(3)* %205
	br label %156

206:
	%207 = add i32 %13, %196
	%208 = sext i32 %207 to i64
	%209 = getelementptr i32, i32* %list, i64 %208
	store i32 %195, i32* %209
	%210 = add i32 %13, %NK
	%211 = add i32 %210, %196
	%212 = sext i32 %211 to i64
	%213 = getelementptr i32, i32* %list, i64 %212
	store i32 1, i32* %213
	br label %214

214:
	%215 = add i32 %11, %195
	%216 = sext i32 %215 to i64
	%217 = getelementptr float, float* %e, i64 %216
	%218 = load float, float* %217
	%219 = add i32 %196, 1
	%220 = select i1 %202, i32 %219, i32 %196
	%221 = fpext float %218 to double
	%222 = fadd double %197, %221
	%223 = select i1 %202, double %222, double %197
	%224 = add i32 %195, 1
	br label %194

225:
	%226 = phi i32 [ %0, %156 ], [ %292, %291 ]
	%227 = icmp slt i32 %226, %16
	br i1 %227, label %228, label %244

228:
	%229 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %226
	%230 = load i32, i32 addrspace(3)* %229
	%231 = icmp uge i32 %230, 2
	%232 = and i32 %230, 0
	%233 = icmp eq i32 %232, 0
	%234 = and i1 %231, %233
	%235 = lshr i32 %230, 24
	%236 = and i32 %235, 255
	%237 = select i1 %234, i32 %236, i32 256
	%238 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %237)
	%239 = shl i32 1, %3
	%240 = sub i32 %239, 1
	%241 = and i32 %238, %240
	%242 = icmp eq i32 %241, 0
	%243 = and i1 %234, %242
	br i1 %243, label %273, label %277

244:
	call void @llvm.nvvm.barrier0()
	%245 = sub i32 255, %0
	%246 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %245
	%247 = load i32, i32 addrspace(3)* %246
	%248 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_histm, i32 0, i32 %245
	%249 = load i32, i32 addrspace(3)* %248
	%250 = and i32 %0, 31
	%251 = lshr i32 %0, 5
	%252 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %249, i32 1, i32 0)
	%253 = icmp uge i32 %250, 1
	%254 = select i1 %253, i32 %252, i32 0
	%255 = add i32 %249, %254
	%256 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %255, i32 2, i32 0)
	%257 = icmp uge i32 %250, 2
	%258 = select i1 %257, i32 %256, i32 0
	%259 = add i32 %255, %258
	%260 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %259, i32 4, i32 0)
	%261 = icmp uge i32 %250, 4
	%262 = select i1 %261, i32 %260, i32 0
	%263 = add i32 %259, %262
	%264 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %263, i32 8, i32 0)
	%265 = icmp uge i32 %250, 8
	%266 = select i1 %265, i32 %264, i32 0
	%267 = add i32 %263, %266
	%268 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %267, i32 16, i32 0)
	%269 = icmp uge i32 %250, 16
	%270 = select i1 %269, i32 %268, i32 0
	%271 = add i32 %267, %270
	%272 = icmp eq i32 %250, 31
	br i1 %272, label %293, label %295

273:
	%274 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %236
	%275 = call i32 @llvm.ctpop.i32(i32 %238)
	%276 = atomicrmw add i32 addrspace(3)* %274, i32 %275 monotonic
	br label %277

277:
	%278 = sub i32 %230, 2
	%279 = bitcast i32 %278 to float
	%280 = fcmp ogt float %279, 0.0
	%281 = select i1 %280, float %279, float 0.0
	%282 = fcmp olt float %281, 1.0
	%283 = select i1 %282, float %281, float 1.0
	%284 = fmul float %283, 262144.0
	%285 = fptosi float %284 to i32
	%286 = icmp sgt i32 %285, 0
	%287 = and i1 %234, %286
	br i1 %287, label %288, label %291

288:
	%289 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_histm, i32 0, i32 %236
	%290 = atomicrmw add i32 addrspace(3)* %289, i32 %285 monotonic
	br label %291

291:
	%292 = add i32 %226, 256
	br label %225

293:
	%294 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %251
	store i32 %271, i32 addrspace(3)* %294
	br label %295

295:
	call void @llvm.nvvm.barrier0()
	%296 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%297 = load i32, i32 addrspace(3)* %296
	%298 = icmp sgt i32 %251, 0
	%299 = select i1 %298, i32 %297, i32 0
	%300 = add i32 0, %299
	%301 = add i32 0, %297
	%302 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%303 = load i32, i32 addrspace(3)* %302
	%304 = icmp sgt i32 %251, 1
	%305 = select i1 %304, i32 %303, i32 0
	%306 = add i32 %300, %305
	%307 = add i32 %301, %303
	%308 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%309 = load i32, i32 addrspace(3)* %308
	%310 = icmp sgt i32 %251, 2
	%311 = select i1 %310, i32 %309, i32 0
	%312 = add i32 %306, %311
	%313 = add i32 %307, %309
	%314 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%315 = load i32, i32 addrspace(3)* %314
	%316 = icmp sgt i32 %251, 3
	%317 = select i1 %316, i32 %315, i32 0
	%318 = add i32 %312, %317
	%319 = add i32 %313, %315
	%320 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%321 = load i32, i32 addrspace(3)* %320
	%322 = icmp sgt i32 %251, 4
	%323 = select i1 %322, i32 %321, i32 0
	%324 = add i32 %318, %323
	%325 = add i32 %319, %321
	%326 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%327 = load i32, i32 addrspace(3)* %326
	%328 = icmp sgt i32 %251, 5
	%329 = select i1 %328, i32 %327, i32 0
	%330 = add i32 %324, %329
	%331 = add i32 %325, %327
	%332 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%333 = load i32, i32 addrspace(3)* %332
	%334 = icmp sgt i32 %251, 6
	%335 = select i1 %334, i32 %333, i32 0
	%336 = add i32 %330, %335
	%337 = add i32 %331, %333
	%338 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
	%339 = load i32, i32 addrspace(3)* %338
	%340 = icmp sgt i32 %251, 7
	%341 = select i1 %340, i32 %339, i32 0
	%342 = add i32 %336, %341
	%343 = add i32 %337, %339
	%344 = add i32 %342, %271
	%345 = sub i32 %344, %249
	%346 = and i32 %0, 31
	%347 = lshr i32 %0, 5
	%348 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %247, i32 1, i32 0)
	%349 = icmp uge i32 %346, 1
	%350 = select i1 %349, i32 %348, i32 0
	%351 = add i32 %247, %350
	%352 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %351, i32 2, i32 0)
	%353 = icmp uge i32 %346, 2
	%354 = select i1 %353, i32 %352, i32 0
	%355 = add i32 %351, %354
	%356 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %355, i32 4, i32 0)
	%357 = icmp uge i32 %346, 4
	%358 = select i1 %357, i32 %356, i32 0
	%359 = add i32 %355, %358
	%360 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %359, i32 8, i32 0)
	%361 = icmp uge i32 %346, 8
	%362 = select i1 %361, i32 %360, i32 0
	%363 = add i32 %359, %362
	%364 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %363, i32 16, i32 0)
	%365 = icmp uge i32 %346, 16
	%366 = select i1 %365, i32 %364, i32 0
	%367 = add i32 %363, %366
	%368 = icmp eq i32 %346, 31
	br i1 %368, label %369, label %371

369:
	%370 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 %347
	store i32 %367, i32 addrspace(3)* %370
	br label %371

371:
	call void @llvm.nvvm.barrier0()
	%372 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 0
	%373 = load i32, i32 addrspace(3)* %372
	%374 = icmp sgt i32 %347, 0
	%375 = select i1 %374, i32 %373, i32 0
	%376 = add i32 0, %375
	%377 = add i32 0, %373
	%378 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 1
	%379 = load i32, i32 addrspace(3)* %378
	%380 = icmp sgt i32 %347, 1
	%381 = select i1 %380, i32 %379, i32 0
	%382 = add i32 %376, %381
	%383 = add i32 %377, %379
	%384 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 2
	%385 = load i32, i32 addrspace(3)* %384
	%386 = icmp sgt i32 %347, 2
	%387 = select i1 %386, i32 %385, i32 0
	%388 = add i32 %382, %387
	%389 = add i32 %383, %385
	%390 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 3
	%391 = load i32, i32 addrspace(3)* %390
	%392 = icmp sgt i32 %347, 3
	%393 = select i1 %392, i32 %391, i32 0
	%394 = add i32 %388, %393
	%395 = add i32 %389, %391
	%396 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 4
	%397 = load i32, i32 addrspace(3)* %396
	%398 = icmp sgt i32 %347, 4
	%399 = select i1 %398, i32 %397, i32 0
	%400 = add i32 %394, %399
	%401 = add i32 %395, %397
	%402 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 5
	%403 = load i32, i32 addrspace(3)* %402
	%404 = icmp sgt i32 %347, 5
	%405 = select i1 %404, i32 %403, i32 0
	%406 = add i32 %400, %405
	%407 = add i32 %401, %403
	%408 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 6
	%409 = load i32, i32 addrspace(3)* %408
	%410 = icmp sgt i32 %347, 6
	%411 = select i1 %410, i32 %409, i32 0
	%412 = add i32 %406, %411
	%413 = add i32 %407, %409
	%414 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 7
	%415 = load i32, i32 addrspace(3)* %414
	%416 = icmp sgt i32 %347, 7
	%417 = select i1 %416, i32 %415, i32 0
	%418 = add i32 %412, %417
	%419 = add i32 %413, %415
	%420 = add i32 %418, %367
	%421 = sub i32 %420, %247
	%422 = icmp slt i32 %345, %168
	%423 = add i32 %345, %249
	%424 = icmp sle i32 %168, %423
	%425 = and i1 %422, %424
	%426 = icmp slt i32 %343, %168
	%427 = icmp eq i32 %0, 0
	%428 = and i1 %426, %427
	%429 = or i1 %425, %428
	br i1 %429, label %430, label %436

430:
	%431 = select i1 %426, i32 0, i32 %245
	%432 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 0
	store i32 %431, i32 addrspace(3)* %432
	%433 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 1
	store i32 %345, i32 addrspace(3)* %433
	%434 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 2
	store i32 %421, i32 addrspace(3)* %434
	%435 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 3
	store i32 %247, i32 addrspace(3)* %435
	br label %436

436:
	call void @llvm.nvvm.barrier0()
	%437 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 0
	%438 = load i32, i32 addrspace(3)* %437
	%439 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 1
	%440 = load i32, i32 addrspace(3)* %439
	%441 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 2
	%442 = load i32, i32 addrspace(3)* %441
	%443 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 3
	%444 = load i32, i32 addrspace(3)* %443
	%445 = shl i32 %438, 24
	%446 = or i32 0, %445
	%447 = sub i32 %168, %440
	%448 = add i32 0, %442
	%449 = or i1 false, %426
	%450 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%451 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %451
	%452 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %452
	call void @llvm.nvvm.barrier0()
	br label %453

453:
	%454 = phi i32 [ %0, %436 ], [ %520, %519 ]
	%455 = icmp slt i32 %454, %16
	br i1 %455, label %456, label %472

456:
	%457 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %454
	%458 = load i32, i32 addrspace(3)* %457
	%459 = icmp uge i32 %458, 2
	%460 = and i32 %458, %450
	%461 = icmp eq i32 %460, %446
	%462 = and i1 %459, %461
	%463 = lshr i32 %458, 16
	%464 = and i32 %463, 255
	%465 = select i1 %462, i32 %464, i32 256
	%466 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %465)
	%467 = shl i32 1, %3
	%468 = sub i32 %467, 1
	%469 = and i32 %466, %468
	%470 = icmp eq i32 %469, 0
	%471 = and i1 %462, %470
	br i1 %471, label %501, label %505

472:
	call void @llvm.nvvm.barrier0()
	%473 = sub i32 255, %0
	%474 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %473
	%475 = load i32, i32 addrspace(3)* %474
	%476 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_histm, i32 0, i32 %473
	%477 = load i32, i32 addrspace(3)* %476
	%478 = and i32 %0, 31
	%479 = lshr i32 %0, 5
	%480 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %477, i32 1, i32 0)
	%481 = icmp uge i32 %478, 1
	%482 = select i1 %481, i32 %480, i32 0
	%483 = add i32 %477, %482
	%484 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %483, i32 2, i32 0)
	%485 = icmp uge i32 %478, 2
	%486 = select i1 %485, i32 %484, i32 0
	%487 = add i32 %483, %486
	%488 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %487, i32 4, i32 0)
	%489 = icmp uge i32 %478, 4
	%490 = select i1 %489, i32 %488, i32 0
	%491 = add i32 %487, %490
	%492 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %491, i32 8, i32 0)
	%493 = icmp uge i32 %478, 8
	%494 = select i1 %493, i32 %492, i32 0
	%495 = add i32 %491, %494
	%496 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %495, i32 16, i32 0)
	%497 = icmp uge i32 %478, 16
	%498 = select i1 %497, i32 %496, i32 0
	%499 = add i32 %495, %498
	%500 = icmp eq i32 %478, 31
	br i1 %500, label %521, label %523

501:
	%502 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %464
	%503 = call i32 @llvm.ctpop.i32(i32 %466)
	%504 = atomicrmw add i32 addrspace(3)* %502, i32 %503 monotonic
	br label %505

505:
	%506 = sub i32 %458, 2
	%507 = bitcast i32 %506 to float
	%508 = fcmp ogt float %507, 0.0
	%509 = select i1 %508, float %507, float 0.0
	%510 = fcmp olt float %509, 1.0
	%511 = select i1 %510, float %509, float 1.0
	%512 = fmul float %511, 262144.0
	%513 = fptosi float %512 to i32
	%514 = icmp sgt i32 %513, 0
	%515 = and i1 %462, %514
	br i1 %515, label %516, label %519

516:
	%517 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_histm, i32 0, i32 %464
	%518 = atomicrmw add i32 addrspace(3)* %517, i32 %513 monotonic
	br label %519

519:
	%520 = add i32 %454, 256
	br label %453

521:
	%522 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %479
	store i32 %499, i32 addrspace(3)* %522
	br label %523

523:
	call void @llvm.nvvm.barrier0()
	%524 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%525 = load i32, i32 addrspace(3)* %524
	%526 = icmp sgt i32 %479, 0
	%527 = select i1 %526, i32 %525, i32 0
	%528 = add i32 0, %527
	%529 = add i32 0, %525
	%530 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%531 = load i32, i32 addrspace(3)* %530
	%532 = icmp sgt i32 %479, 1
	%533 = select i1 %532, i32 %531, i32 0
	%534 = add i32 %528, %533
	%535 = add i32 %529, %531
	%536 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%537 = load i32, i32 addrspace(3)* %536
	%538 = icmp sgt i32 %479, 2
	%539 = select i1 %538, i32 %537, i32 0
	%540 = add i32 %534, %539
	%541 = add i32 %535, %537
	%542 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%543 = load i32, i32 addrspace(3)* %542
	%544 = icmp sgt i32 %479, 3
	%545 = select i1 %544, i32 %543, i32 0
	%546 = add i32 %540, %545
	%547 = add i32 %541, %543
	%548 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%549 = load i32, i32 addrspace(3)* %548
	%550 = icmp sgt i32 %479, 4
	%551 = select i1 %550, i32 %549, i32 0
	%552 = add i32 %546, %551
	%553 = add i32 %547, %549
	%554 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%555 = load i32, i32 addrspace(3)* %554
	%556 = icmp sgt i32 %479, 5
	%557 = select i1 %556, i32 %555, i32 0
	%558 = add i32 %552, %557
	%559 = add i32 %553, %555
	%560 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%561 = load i32, i32 addrspace(3)* %560
	%562 = icmp sgt i32 %479, 6
	%563 = select i1 %562, i32 %561, i32 0
	%564 = add i32 %558, %563
	%565 = add i32 %559, %561
	%566 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
	%567 = load i32, i32 addrspace(3)* %566
	%568 = icmp sgt i32 %479, 7
	%569 = select i1 %568, i32 %567, i32 0
	%570 = add i32 %564, %569
	%571 = add i32 %565, %567
	%572 = add i32 %570, %499
	%573 = sub i32 %572, %477
	%574 = and i32 %0, 31
	%575 = lshr i32 %0, 5
	%576 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %475, i32 1, i32 0)
	%577 = icmp uge i32 %574, 1
	%578 = select i1 %577, i32 %576, i32 0
	%579 = add i32 %475, %578
	%580 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %579, i32 2, i32 0)
	%581 = icmp uge i32 %574, 2
	%582 = select i1 %581, i32 %580, i32 0
	%583 = add i32 %579, %582
	%584 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %583, i32 4, i32 0)
	%585 = icmp uge i32 %574, 4
	%586 = select i1 %585, i32 %584, i32 0
	%587 = add i32 %583, %586
	%588 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %587, i32 8, i32 0)
	%589 = icmp uge i32 %574, 8
	%590 = select i1 %589, i32 %588, i32 0
	%591 = add i32 %587, %590
	%592 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %591, i32 16, i32 0)
	%593 = icmp uge i32 %574, 16
	%594 = select i1 %593, i32 %592, i32 0
	%595 = add i32 %591, %594
	%596 = icmp eq i32 %574, 31
	br i1 %596, label %597, label %599

597:
	%598 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 %575
	store i32 %595, i32 addrspace(3)* %598
	br label %599

599:
	call void @llvm.nvvm.barrier0()
	%600 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 0
	%601 = load i32, i32 addrspace(3)* %600
	%602 = icmp sgt i32 %575, 0
	%603 = select i1 %602, i32 %601, i32 0
	%604 = add i32 0, %603
	%605 = add i32 0, %601
	%606 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 1
	%607 = load i32, i32 addrspace(3)* %606
	%608 = icmp sgt i32 %575, 1
	%609 = select i1 %608, i32 %607, i32 0
	%610 = add i32 %604, %609
	%611 = add i32 %605, %607
	%612 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 2
	%613 = load i32, i32 addrspace(3)* %612
	%614 = icmp sgt i32 %575, 2
	%615 = select i1 %614, i32 %613, i32 0
	%616 = add i32 %610, %615
	%617 = add i32 %611, %613
	%618 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 3
	%619 = load i32, i32 addrspace(3)* %618
	%620 = icmp sgt i32 %575, 3
	%621 = select i1 %620, i32 %619, i32 0
	%622 = add i32 %616, %621
	%623 = add i32 %617, %619
	%624 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 4
	%625 = load i32, i32 addrspace(3)* %624
	%626 = icmp sgt i32 %575, 4
	%627 = select i1 %626, i32 %625, i32 0
	%628 = add i32 %622, %627
	%629 = add i32 %623, %625
	%630 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 5
	%631 = load i32, i32 addrspace(3)* %630
	%632 = icmp sgt i32 %575, 5
	%633 = select i1 %632, i32 %631, i32 0
	%634 = add i32 %628, %633
	%635 = add i32 %629, %631
	%636 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 6
	%637 = load i32, i32 addrspace(3)* %636
	%638 = icmp sgt i32 %575, 6
	%639 = select i1 %638, i32 %637, i32 0
	%640 = add i32 %634, %639
	%641 = add i32 %635, %637
	%642 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 7
	%643 = load i32, i32 addrspace(3)* %642
	%644 = icmp sgt i32 %575, 7
	%645 = select i1 %644, i32 %643, i32 0
	%646 = add i32 %640, %645
	%647 = add i32 %641, %643
	%648 = add i32 %646, %595
	%649 = sub i32 %648, %475
	%650 = icmp slt i32 %573, %447
	%651 = add i32 %573, %477
	%652 = icmp sle i32 %447, %651
	%653 = and i1 %650, %652
	%654 = icmp slt i32 %571, %447
	%655 = icmp eq i32 %0, 0
	%656 = and i1 %654, %655
	%657 = or i1 %653, %656
	br i1 %657, label %658, label %664

658:
	%659 = select i1 %654, i32 0, i32 %473
	%660 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 0
	store i32 %659, i32 addrspace(3)* %660
	%661 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 1
	store i32 %573, i32 addrspace(3)* %661
	%662 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 2
	store i32 %649, i32 addrspace(3)* %662
	%663 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 3
	store i32 %475, i32 addrspace(3)* %663
	br label %664

664:
	call void @llvm.nvvm.barrier0()
	%665 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 0
	%666 = load i32, i32 addrspace(3)* %665
	%667 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 1
	%668 = load i32, i32 addrspace(3)* %667
	%669 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 2
	%670 = load i32, i32 addrspace(3)* %669
	%671 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 3
	%672 = load i32, i32 addrspace(3)* %671
	%673 = shl i32 %666, 16
	%674 = or i32 %446, %673
	%675 = sub i32 %447, %668
	%676 = add i32 %448, %670
	%677 = or i1 %449, %654
	%678 = or i32 %450, u0xFF0000
	%679 = add i32 %676, %672
	%680 = select i1 %677, i32 %159, i32 %679
	%681 = select i1 %677, i32 2, i32 %674
	%682 = icmp sge i32 %680, 0
	%683 = sub i32 %681, 1
	%684 = icmp slt i32 0, %159
	%685 = select i1 %684, i32 0, i32 %159
	%686 = select i1 %682, i32 %680, i32 %685
	br label %mass

mass:
	%687 = phi i32 [ %686, %664 ], [ %1653, %1641 ]
	%688 = phi i1 [ true, %664 ], [ false, %1641 ]
	%689 = and i1 %688, %682
	br i1 %689, label %mass_bins, label %mass_topk

mass_done:
	%690 = icmp sgt i32 %1643, 0
	%691 = select i1 %690, i32 %1643, i32 0
	%692 = add i32 %158, %691
	%693 = add i32 %692, %0
	br label %2126

mass_bins:
	%694 = shl i32 1, %3
	%695 = sub i32 %694, 1
	br label %704

mass_topk:
	%696 = icmp sgt i32 %687, 0
	br i1 %696, label %topk, label %topk_done

mass_taken:
	%697 = sub i32 %687, 1
	%698 = call i32 @llvm.ctlz.i32(i32 %697, i1 false)
	%699 = icmp sgt i32 %687, 1
	%700 = sub i32 32, %698
	%701 = select i1 %699, i32 %700, i32 0
	%702 = shl i32 1, %701
	%703 = add i32 %687, %0
	br label %1555

704:
	%705 = phi i32 [ 0, %mass_bins ], [ %753, %752 ]
	%706 = icmp slt i32 %705, %16
	br i1 %706, label %707, label %715

707:
	%708 = add i32 %705, %0
	%709 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %708
	%710 = load i32, i32 addrspace(3)* %709
	%711 = icmp ugt i32 %710, %683
	%712 = icmp eq i32 %710, %683
	%713 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %711)
	%714 = icmp eq i32 %3, 0
	br i1 %714, label %746, label %752

715:
	call void @llvm.nvvm.barrier0()
	%716 = sdiv i32 %16, 256
	%717 = mul i32 %716, 8
	%718 = icmp slt i32 %0, %717
	%719 = select i1 %718, i32 %0, i32 0
	%720 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %719
	%721 = load i32, i32 addrspace(3)* %720
	%722 = select i1 %718, i32 %721, i32 0
	%723 = and i32 %0, 31
	%724 = lshr i32 %0, 5
	%725 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %722, i32 1, i32 0)
	%726 = icmp uge i32 %723, 1
	%727 = select i1 %726, i32 %725, i32 0
	%728 = add i32 %722, %727
	%729 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %728, i32 2, i32 0)
	%730 = icmp uge i32 %723, 2
	%731 = select i1 %730, i32 %729, i32 0
	%732 = add i32 %728, %731
	%733 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %732, i32 4, i32 0)
	%734 = icmp uge i32 %723, 4
	%735 = select i1 %734, i32 %733, i32 0
	%736 = add i32 %732, %735
	%737 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %736, i32 8, i32 0)
	%738 = icmp uge i32 %723, 8
	%739 = select i1 %738, i32 %737, i32 0
	%740 = add i32 %736, %739
	%741 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %740, i32 16, i32 0)
	%742 = icmp uge i32 %723, 16
	%743 = select i1 %742, i32 %741, i32 0
	%744 = add i32 %740, %743
	%745 = icmp eq i32 %723, 31
	br i1 %745, label %754, label %756

746:
	%747 = sdiv i32 %705, 256
	%748 = mul i32 %747, 8
	%749 = add i32 %748, %4
	%750 = call i32 @llvm.ctpop.i32(i32 %713)
	%751 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %749
	store i32 %750, i32 addrspace(3)* %751
	br label %752

752:
	%753 = add i32 %705, 256
	br label %704

754:
	%755 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 %724
	store i32 %744, i32 addrspace(3)* %755
	br label %756

756:
	call void @llvm.nvvm.barrier0()
	%757 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 0
	%758 = load i32, i32 addrspace(3)* %757
	%759 = icmp sgt i32 %724, 0
	%760 = select i1 %759, i32 %758, i32 0
	%761 = add i32 0, %760
	%762 = add i32 0, %758
	%763 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 1
	%764 = load i32, i32 addrspace(3)* %763
	%765 = icmp sgt i32 %724, 1
	%766 = select i1 %765, i32 %764, i32 0
	%767 = add i32 %761, %766
	%768 = add i32 %762, %764
	%769 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 2
	%770 = load i32, i32 addrspace(3)* %769
	%771 = icmp sgt i32 %724, 2
	%772 = select i1 %771, i32 %770, i32 0
	%773 = add i32 %767, %772
	%774 = add i32 %768, %770
	%775 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 3
	%776 = load i32, i32 addrspace(3)* %775
	%777 = icmp sgt i32 %724, 3
	%778 = select i1 %777, i32 %776, i32 0
	%779 = add i32 %773, %778
	%780 = add i32 %774, %776
	%781 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 4
	%782 = load i32, i32 addrspace(3)* %781
	%783 = icmp sgt i32 %724, 4
	%784 = select i1 %783, i32 %782, i32 0
	%785 = add i32 %779, %784
	%786 = add i32 %780, %782
	%787 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 5
	%788 = load i32, i32 addrspace(3)* %787
	%789 = icmp sgt i32 %724, 5
	%790 = select i1 %789, i32 %788, i32 0
	%791 = add i32 %785, %790
	%792 = add i32 %786, %788
	%793 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 6
	%794 = load i32, i32 addrspace(3)* %793
	%795 = icmp sgt i32 %724, 6
	%796 = select i1 %795, i32 %794, i32 0
	%797 = add i32 %791, %796
	%798 = add i32 %792, %794
	%799 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 7
	%800 = load i32, i32 addrspace(3)* %799
	%801 = icmp sgt i32 %724, 7
	%802 = select i1 %801, i32 %800, i32 0
	%803 = add i32 %797, %802
	%804 = add i32 %798, %800
	%805 = add i32 %803, %744
	%806 = sub i32 %805, %722
	br i1 %718, label %807, label %809

807:
	%808 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %0
	store i32 %806, i32 addrspace(3)* %808
	br label %809

809:
	call void @llvm.nvvm.barrier0()
	br label %810

810:
	%811 = phi i32 [ 0, %809 ], [ %834, %833 ]
	%812 = icmp slt i32 %811, %16
	br i1 %812, label %813, label %829

813:
	%814 = add i32 %811, %0
	%815 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %814
	%816 = load i32, i32 addrspace(3)* %815
	%817 = icmp ugt i32 %816, %683
	%818 = icmp eq i32 %816, %683
	%819 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %817)
	%820 = sdiv i32 %811, 256
	%821 = mul i32 %820, 8
	%822 = add i32 %821, %4
	%823 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %817)
	%824 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %822
	%825 = load i32, i32 addrspace(3)* %824
	%826 = and i32 %823, %695
	%827 = call i32 @llvm.ctpop.i32(i32 %826)
	%828 = add i32 %825, %827
	br i1 %817, label %830, label %833

829:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

830:
	%831 = add i32 %811, %0
	%832 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %828
	store i32 %831, i32 addrspace(3)* %832
	br label %833

833:
	%834 = add i32 %811, 256
	br label %810

topk:
	call void @llvm.nvvm.barrier0()
	%835 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %835
	call void @llvm.nvvm.barrier0()
	br label %836

topk_done:
	br label %mass_taken

836:
	%837 = phi i32 [ %0, %topk ], [ %888, %887 ]
	%838 = icmp slt i32 %837, %16
	br i1 %838, label %839, label %855

839:
	%840 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %837
	%841 = load i32, i32 addrspace(3)* %840
	%842 = icmp uge i32 %841, 2
	%843 = and i32 %841, 0
	%844 = icmp eq i32 %843, 0
	%845 = and i1 %842, %844
	%846 = lshr i32 %841, 24
	%847 = and i32 %846, 255
	%848 = select i1 %845, i32 %847, i32 256
	%849 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %848)
	%850 = shl i32 1, %3
	%851 = sub i32 %850, 1
	%852 = and i32 %849, %851
	%853 = icmp eq i32 %852, 0
	%854 = and i1 %845, %853
	br i1 %854, label %883, label %887

855:
	call void @llvm.nvvm.barrier0()
	%856 = sub i32 255, %0
	%857 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %856
	%858 = load i32, i32 addrspace(3)* %857
	%859 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %859
	%860 = and i32 %0, 31
	%861 = lshr i32 %0, 5
	%862 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %858, i32 1, i32 0)
	%863 = icmp uge i32 %860, 1
	%864 = select i1 %863, i32 %862, i32 0
	%865 = add i32 %858, %864
	%866 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %865, i32 2, i32 0)
	%867 = icmp uge i32 %860, 2
	%868 = select i1 %867, i32 %866, i32 0
	%869 = add i32 %865, %868
	%870 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %869, i32 4, i32 0)
	%871 = icmp uge i32 %860, 4
	%872 = select i1 %871, i32 %870, i32 0
	%873 = add i32 %869, %872
	%874 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %873, i32 8, i32 0)
	%875 = icmp uge i32 %860, 8
	%876 = select i1 %875, i32 %874, i32 0
	%877 = add i32 %873, %876
	%878 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %877, i32 16, i32 0)
	%879 = icmp uge i32 %860, 16
	%880 = select i1 %879, i32 %878, i32 0
	%881 = add i32 %877, %880
	%882 = icmp eq i32 %860, 31
	br i1 %882, label %889, label %891

883:
	%884 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %847
	%885 = call i32 @llvm.ctpop.i32(i32 %849)
	%886 = atomicrmw add i32 addrspace(3)* %884, i32 %885 monotonic
	br label %887

887:
	%888 = add i32 %837, 256
	br label %836

889:
	%890 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %861
	store i32 %881, i32 addrspace(3)* %890
	br label %891

891:
	call void @llvm.nvvm.barrier0()
	%892 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%893 = load i32, i32 addrspace(3)* %892
	%894 = icmp sgt i32 %861, 0
	%895 = select i1 %894, i32 %893, i32 0
	%896 = add i32 0, %895
	%897 = add i32 0, %893
	%898 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%899 = load i32, i32 addrspace(3)* %898
	%900 = icmp sgt i32 %861, 1
	%901 = select i1 %900, i32 %899, i32 0
	%902 = add i32 %896, %901
	%903 = add i32 %897, %899
	%904 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%905 = load i32, i32 addrspace(3)* %904
	%906 = icmp sgt i32 %861, 2
	%907 = select i1 %906, i32 %905, i32 0
	%908 = add i32 %902, %907
	%909 = add i32 %903, %905
	%910 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%911 = load i32, i32 addrspace(3)* %910
	%912 = icmp sgt i32 %861, 3
	%913 = select i1 %912, i32 %911, i32 0
	%914 = add i32 %908, %913
	%915 = add i32 %909, %911
	%916 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%917 = load i32, i32 addrspace(3)* %916
	%918 = icmp sgt i32 %861, 4
	%919 = select i1 %918, i32 %917, i32 0
	%920 = add i32 %914, %919
	%921 = add i32 %915, %917
	%922 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%923 = load i32, i32 addrspace(3)* %922
	%924 = icmp sgt i32 %861, 5
	%925 = select i1 %924, i32 %923, i32 0
	%926 = add i32 %920, %925
	%927 = add i32 %921, %923
	%928 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%929 = load i32, i32 addrspace(3)* %928
	%930 = icmp sgt i32 %861, 6
	%931 = select i1 %930, i32 %929, i32 0
	%932 = add i32 %926, %931
	%933 = add i32 %927, %929
	%934 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
	%935 = load i32, i32 addrspace(3)* %934
	%936 = icmp sgt i32 %861, 7
	%937 = select i1 %936, i32 %935, i32 0
	%938 = add i32 %932, %937
	%939 = add i32 %933, %935
	%940 = add i32 %938, %881
	%941 = sub i32 %940, %858
	%942 = icmp slt i32 %941, %687
	%943 = add i32 %941, %858
	%944 = icmp sle i32 %687, %943
	%945 = and i1 %942, %944
	br i1 %945, label %946, label %949

946:
	%947 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %856, i32 addrspace(3)* %947
	%948 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %941, i32 addrspace(3)* %948
	br label %949

949:
	call void @llvm.nvvm.barrier0()
	%950 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%951 = load i32, i32 addrspace(3)* %950
	%952 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	%953 = load i32, i32 addrspace(3)* %952
	%954 = shl i32 %951, 24
	%955 = or i32 0, %954
	%956 = or i32 0, u0xFF000000
	%957 = sub i32 %687, %953
	br label %958

958:
	%959 = phi i32 [ %0, %949 ], [ %1010, %1009 ]
	%960 = icmp slt i32 %959, %16
	br i1 %960, label %961, label %977

961:
	%962 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %959
	%963 = load i32, i32 addrspace(3)* %962
	%964 = icmp uge i32 %963, 2
	%965 = and i32 %963, %956
	%966 = icmp eq i32 %965, %955
	%967 = and i1 %964, %966
	%968 = lshr i32 %963, 16
	%969 = and i32 %968, 255
	%970 = select i1 %967, i32 %969, i32 256
	%971 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %970)
	%972 = shl i32 1, %3
	%973 = sub i32 %972, 1
	%974 = and i32 %971, %973
	%975 = icmp eq i32 %974, 0
	%976 = and i1 %967, %975
	br i1 %976, label %1005, label %1009

977:
	call void @llvm.nvvm.barrier0()
	%978 = sub i32 255, %0
	%979 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist2, i32 0, i32 %978
	%980 = load i32, i32 addrspace(3)* %979
	%981 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %981
	%982 = and i32 %0, 31
	%983 = lshr i32 %0, 5
	%984 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %980, i32 1, i32 0)
	%985 = icmp uge i32 %982, 1
	%986 = select i1 %985, i32 %984, i32 0
	%987 = add i32 %980, %986
	%988 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %987, i32 2, i32 0)
	%989 = icmp uge i32 %982, 2
	%990 = select i1 %989, i32 %988, i32 0
	%991 = add i32 %987, %990
	%992 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %991, i32 4, i32 0)
	%993 = icmp uge i32 %982, 4
	%994 = select i1 %993, i32 %992, i32 0
	%995 = add i32 %991, %994
	%996 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %995, i32 8, i32 0)
	%997 = icmp uge i32 %982, 8
	%998 = select i1 %997, i32 %996, i32 0
	%999 = add i32 %995, %998
	%1000 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %999, i32 16, i32 0)
	%1001 = icmp uge i32 %982, 16
	%1002 = select i1 %1001, i32 %1000, i32 0
	%1003 = add i32 %999, %1002
	%1004 = icmp eq i32 %982, 31
	br i1 %1004, label %1011, label %1013

1005:
	%1006 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist2, i32 0, i32 %969
	%1007 = call i32 @llvm.ctpop.i32(i32 %971)
	%1008 = atomicrmw add i32 addrspace(3)* %1006, i32 %1007 monotonic
	br label %1009

1009:
	%1010 = add i32 %959, 256
	br label %958

1011:
	%1012 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %983
	store i32 %1003, i32 addrspace(3)* %1012
	br label %1013

1013:
	call void @llvm.nvvm.barrier0()
	%1014 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%1015 = load i32, i32 addrspace(3)* %1014
	%1016 = icmp sgt i32 %983, 0
	%1017 = select i1 %1016, i32 %1015, i32 0
	%1018 = add i32 0, %1017
	%1019 = add i32 0, %1015
	%1020 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%1021 = load i32, i32 addrspace(3)* %1020
	%1022 = icmp sgt i32 %983, 1
	%1023 = select i1 %1022, i32 %1021, i32 0
	%1024 = add i32 %1018, %1023
	%1025 = add i32 %1019, %1021
	%1026 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%1027 = load i32, i32 addrspace(3)* %1026
	%1028 = icmp sgt i32 %983, 2
	%1029 = select i1 %1028, i32 %1027, i32 0
	%1030 = add i32 %1024, %1029
	%1031 = add i32 %1025, %1027
	%1032 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%1033 = load i32, i32 addrspace(3)* %1032
	%1034 = icmp sgt i32 %983, 3
	%1035 = select i1 %1034, i32 %1033, i32 0
	%1036 = add i32 %1030, %1035
	%1037 = add i32 %1031, %1033
	%1038 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%1039 = load i32, i32 addrspace(3)* %1038
	%1040 = icmp sgt i32 %983, 4
	%1041 = select i1 %1040, i32 %1039, i32 0
	%1042 = add i32 %1036, %1041
	%1043 = add i32 %1037, %1039
	%1044 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%1045 = load i32, i32 addrspace(3)* %1044
	%1046 = icmp sgt i32 %983, 5
	%1047 = select i1 %1046, i32 %1045, i32 0
	%1048 = add i32 %1042, %1047
	%1049 = add i32 %1043, %1045
	%1050 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%1051 = load i32, i32 addrspace(3)* %1050
	%1052 = icmp sgt i32 %983, 6
	%1053 = select i1 %1052, i32 %1051, i32 0
	%1054 = add i32 %1048, %1053
	%1055 = add i32 %1049, %1051
	%1056 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
	%1057 = load i32, i32 addrspace(3)* %1056
	%1058 = icmp sgt i32 %983, 7
	%1059 = select i1 %1058, i32 %1057, i32 0
	%1060 = add i32 %1054, %1059
	%1061 = add i32 %1055, %1057
	%1062 = add i32 %1060, %1003
	%1063 = sub i32 %1062, %980
	%1064 = icmp slt i32 %1063, %957
	%1065 = add i32 %1063, %980
	%1066 = icmp sle i32 %957, %1065
	%1067 = and i1 %1064, %1066
	br i1 %1067, label %1068, label %1071

1068:
	%1069 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %978, i32 addrspace(3)* %1069
	%1070 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %1063, i32 addrspace(3)* %1070
	br label %1071

1071:
	call void @llvm.nvvm.barrier0()
	%1072 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%1073 = load i32, i32 addrspace(3)* %1072
	%1074 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	%1075 = load i32, i32 addrspace(3)* %1074
	%1076 = shl i32 %1073, 16
	%1077 = or i32 %955, %1076
	%1078 = or i32 %956, u0xFF0000
	%1079 = sub i32 %957, %1075
	br label %1080

1080:
	%1081 = phi i32 [ %0, %1071 ], [ %1132, %1131 ]
	%1082 = icmp slt i32 %1081, %16
	br i1 %1082, label %1083, label %1099

1083:
	%1084 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1081
	%1085 = load i32, i32 addrspace(3)* %1084
	%1086 = icmp uge i32 %1085, 2
	%1087 = and i32 %1085, %1078
	%1088 = icmp eq i32 %1087, %1077
	%1089 = and i1 %1086, %1088
	%1090 = lshr i32 %1085, 8
	%1091 = and i32 %1090, 255
	%1092 = select i1 %1089, i32 %1091, i32 256
	%1093 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1092)
	%1094 = shl i32 1, %3
	%1095 = sub i32 %1094, 1
	%1096 = and i32 %1093, %1095
	%1097 = icmp eq i32 %1096, 0
	%1098 = and i1 %1089, %1097
	br i1 %1098, label %1127, label %1131

1099:
	call void @llvm.nvvm.barrier0()
	%1100 = sub i32 255, %0
	%1101 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %1100
	%1102 = load i32, i32 addrspace(3)* %1101
	%1103 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1103
	%1104 = and i32 %0, 31
	%1105 = lshr i32 %0, 5
	%1106 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1102, i32 1, i32 0)
	%1107 = icmp uge i32 %1104, 1
	%1108 = select i1 %1107, i32 %1106, i32 0
	%1109 = add i32 %1102, %1108
	%1110 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1109, i32 2, i32 0)
	%1111 = icmp uge i32 %1104, 2
	%1112 = select i1 %1111, i32 %1110, i32 0
	%1113 = add i32 %1109, %1112
	%1114 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1113, i32 4, i32 0)
	%1115 = icmp uge i32 %1104, 4
	%1116 = select i1 %1115, i32 %1114, i32 0
	%1117 = add i32 %1113, %1116
	%1118 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1117, i32 8, i32 0)
	%1119 = icmp uge i32 %1104, 8
	%1120 = select i1 %1119, i32 %1118, i32 0
	%1121 = add i32 %1117, %1120
	%1122 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1121, i32 16, i32 0)
	%1123 = icmp uge i32 %1104, 16
	%1124 = select i1 %1123, i32 %1122, i32 0
	%1125 = add i32 %1121, %1124
	%1126 = icmp eq i32 %1104, 31
	br i1 %1126, label %1133, label %1135

1127:
	%1128 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %1091
	%1129 = call i32 @llvm.ctpop.i32(i32 %1093)
	%1130 = atomicrmw add i32 addrspace(3)* %1128, i32 %1129 monotonic
	br label %1131

1131:
	%1132 = add i32 %1081, 256
	br label %1080

1133:
	%1134 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %1105
	store i32 %1125, i32 addrspace(3)* %1134
	br label %1135

1135:
	call void @llvm.nvvm.barrier0()
	%1136 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%1137 = load i32, i32 addrspace(3)* %1136
	%1138 = icmp sgt i32 %1105, 0
	%1139 = select i1 %1138, i32 %1137, i32 0
	%1140 = add i32 0, %1139
	%1141 = add i32 0, %1137
	%1142 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%1143 = load i32, i32 addrspace(3)* %1142
	%1144 = icmp sgt i32 %1105, 1
	%1145 = select i1 %1144, i32 %1143, i32 0
	%1146 = add i32 %1140, %1145
	%1147 = add i32 %1141, %1143
	%1148 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%1149 = load i32, i32 addrspace(3)* %1148
	%1150 = icmp sgt i32 %1105, 2
	%1151 = select i1 %1150, i32 %1149, i32 0
	%1152 = add i32 %1146, %1151
	%1153 = add i32 %1147, %1149
	%1154 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%1155 = load i32, i32 addrspace(3)* %1154
	%1156 = icmp sgt i32 %1105, 3
	%1157 = select i1 %1156, i32 %1155, i32 0
	%1158 = add i32 %1152, %1157
	%1159 = add i32 %1153, %1155
	%1160 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%1161 = load i32, i32 addrspace(3)* %1160
	%1162 = icmp sgt i32 %1105, 4
	%1163 = select i1 %1162, i32 %1161, i32 0
	%1164 = add i32 %1158, %1163
	%1165 = add i32 %1159, %1161
	%1166 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%1167 = load i32, i32 addrspace(3)* %1166
	%1168 = icmp sgt i32 %1105, 5
	%1169 = select i1 %1168, i32 %1167, i32 0
	%1170 = add i32 %1164, %1169
	%1171 = add i32 %1165, %1167
	%1172 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%1173 = load i32, i32 addrspace(3)* %1172
	%1174 = icmp sgt i32 %1105, 6
	%1175 = select i1 %1174, i32 %1173, i32 0
	%1176 = add i32 %1170, %1175
	%1177 = add i32 %1171, %1173
	%1178 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
	%1179 = load i32, i32 addrspace(3)* %1178
	%1180 = icmp sgt i32 %1105, 7
	%1181 = select i1 %1180, i32 %1179, i32 0
	%1182 = add i32 %1176, %1181
	%1183 = add i32 %1177, %1179
	%1184 = add i32 %1182, %1125
	%1185 = sub i32 %1184, %1102
	%1186 = icmp slt i32 %1185, %1079
	%1187 = add i32 %1185, %1102
	%1188 = icmp sle i32 %1079, %1187
	%1189 = and i1 %1186, %1188
	br i1 %1189, label %1190, label %1193

1190:
	%1191 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %1100, i32 addrspace(3)* %1191
	%1192 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %1185, i32 addrspace(3)* %1192
	br label %1193

1193:
	call void @llvm.nvvm.barrier0()
	%1194 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%1195 = load i32, i32 addrspace(3)* %1194
	%1196 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	%1197 = load i32, i32 addrspace(3)* %1196
	%1198 = shl i32 %1195, 8
	%1199 = or i32 %1077, %1198
	%1200 = or i32 %1078, u0xFF00
	%1201 = sub i32 %1079, %1197
	br label %1202

1202:
	%1203 = phi i32 [ %0, %1193 ], [ %1254, %1253 ]
	%1204 = icmp slt i32 %1203, %16
	br i1 %1204, label %1205, label %1221

1205:
	%1206 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1203
	%1207 = load i32, i32 addrspace(3)* %1206
	%1208 = icmp uge i32 %1207, 2
	%1209 = and i32 %1207, %1200
	%1210 = icmp eq i32 %1209, %1199
	%1211 = and i1 %1208, %1210
	%1212 = lshr i32 %1207, 0
	%1213 = and i32 %1212, 255
	%1214 = select i1 %1211, i32 %1213, i32 256
	%1215 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1214)
	%1216 = shl i32 1, %3
	%1217 = sub i32 %1216, 1
	%1218 = and i32 %1215, %1217
	%1219 = icmp eq i32 %1218, 0
	%1220 = and i1 %1211, %1219
	br i1 %1220, label %1249, label %1253

1221:
	call void @llvm.nvvm.barrier0()
	%1222 = sub i32 255, %0
	%1223 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist2, i32 0, i32 %1222
	%1224 = load i32, i32 addrspace(3)* %1223
	%1225 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1225
	%1226 = and i32 %0, 31
	%1227 = lshr i32 %0, 5
	%1228 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1224, i32 1, i32 0)
	%1229 = icmp uge i32 %1226, 1
	%1230 = select i1 %1229, i32 %1228, i32 0
	%1231 = add i32 %1224, %1230
	%1232 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1231, i32 2, i32 0)
	%1233 = icmp uge i32 %1226, 2
	%1234 = select i1 %1233, i32 %1232, i32 0
	%1235 = add i32 %1231, %1234
	%1236 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1235, i32 4, i32 0)
	%1237 = icmp uge i32 %1226, 4
	%1238 = select i1 %1237, i32 %1236, i32 0
	%1239 = add i32 %1235, %1238
	%1240 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1239, i32 8, i32 0)
	%1241 = icmp uge i32 %1226, 8
	%1242 = select i1 %1241, i32 %1240, i32 0
	%1243 = add i32 %1239, %1242
	%1244 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1243, i32 16, i32 0)
	%1245 = icmp uge i32 %1226, 16
	%1246 = select i1 %1245, i32 %1244, i32 0
	%1247 = add i32 %1243, %1246
	%1248 = icmp eq i32 %1226, 31
	br i1 %1248, label %1255, label %1257

1249:
	%1250 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist2, i32 0, i32 %1213
	%1251 = call i32 @llvm.ctpop.i32(i32 %1215)
	%1252 = atomicrmw add i32 addrspace(3)* %1250, i32 %1251 monotonic
	br label %1253

1253:
	%1254 = add i32 %1203, 256
	br label %1202

1255:
	%1256 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %1227
	store i32 %1247, i32 addrspace(3)* %1256
	br label %1257

1257:
	call void @llvm.nvvm.barrier0()
	%1258 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%1259 = load i32, i32 addrspace(3)* %1258
	%1260 = icmp sgt i32 %1227, 0
	%1261 = select i1 %1260, i32 %1259, i32 0
	%1262 = add i32 0, %1261
	%1263 = add i32 0, %1259
	%1264 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%1265 = load i32, i32 addrspace(3)* %1264
	%1266 = icmp sgt i32 %1227, 1
	%1267 = select i1 %1266, i32 %1265, i32 0
	%1268 = add i32 %1262, %1267
	%1269 = add i32 %1263, %1265
	%1270 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%1271 = load i32, i32 addrspace(3)* %1270
	%1272 = icmp sgt i32 %1227, 2
	%1273 = select i1 %1272, i32 %1271, i32 0
	%1274 = add i32 %1268, %1273
	%1275 = add i32 %1269, %1271
	%1276 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%1277 = load i32, i32 addrspace(3)* %1276
	%1278 = icmp sgt i32 %1227, 3
	%1279 = select i1 %1278, i32 %1277, i32 0
	%1280 = add i32 %1274, %1279
	%1281 = add i32 %1275, %1277
	%1282 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%1283 = load i32, i32 addrspace(3)* %1282
	%1284 = icmp sgt i32 %1227, 4
	%1285 = select i1 %1284, i32 %1283, i32 0
	%1286 = add i32 %1280, %1285
	%1287 = add i32 %1281, %1283
	%1288 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%1289 = load i32, i32 addrspace(3)* %1288
	%1290 = icmp sgt i32 %1227, 5
	%1291 = select i1 %1290, i32 %1289, i32 0
	%1292 = add i32 %1286, %1291
	%1293 = add i32 %1287, %1289
	%1294 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%1295 = load i32, i32 addrspace(3)* %1294
	%1296 = icmp sgt i32 %1227, 6
	%1297 = select i1 %1296, i32 %1295, i32 0
	%1298 = add i32 %1292, %1297
	%1299 = add i32 %1293, %1295
	%1300 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
	%1301 = load i32, i32 addrspace(3)* %1300
	%1302 = icmp sgt i32 %1227, 7
	%1303 = select i1 %1302, i32 %1301, i32 0
	%1304 = add i32 %1298, %1303
	%1305 = add i32 %1299, %1301
	%1306 = add i32 %1304, %1247
	%1307 = sub i32 %1306, %1224
	%1308 = icmp slt i32 %1307, %1201
	%1309 = add i32 %1307, %1224
	%1310 = icmp sle i32 %1201, %1309
	%1311 = and i1 %1308, %1310
	br i1 %1311, label %1312, label %1315

1312:
	%1313 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %1222, i32 addrspace(3)* %1313
	%1314 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %1307, i32 addrspace(3)* %1314
	br label %1315

1315:
	call void @llvm.nvvm.barrier0()
	%1316 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%1317 = load i32, i32 addrspace(3)* %1316
	%1318 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	%1319 = load i32, i32 addrspace(3)* %1318
	%1320 = shl i32 %1317, 0
	%1321 = or i32 %1199, %1320
	%1322 = or i32 %1200, 255
	%1323 = sub i32 %1201, %1319
	%1324 = shl i32 1, %3
	%1325 = sub i32 %1324, 1
	br label %1326

1326:
	%1327 = phi i32 [ 0, %1315 ], [ %1381, %1380 ]
	%1328 = icmp slt i32 %1327, %16
	br i1 %1328, label %1329, label %1338

1329:
	%1330 = add i32 %1327, %0
	%1331 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1330
	%1332 = load i32, i32 addrspace(3)* %1331
	%1333 = icmp ugt i32 %1332, %1321
	%1334 = icmp eq i32 %1332, %1321
	%1335 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1333)
	%1336 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1334)
	%1337 = icmp eq i32 %3, 0
	br i1 %1337, label %1372, label %1380

1338:
	call void @llvm.nvvm.barrier0()
	%1339 = sdiv i32 %16, 256
	%1340 = mul i32 %1339, 8
	%1341 = icmp slt i32 %0, %1340
	%1342 = select i1 %1341, i32 %0, i32 0
	%1343 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %1342
	%1344 = load i32, i32 addrspace(3)* %1343
	%1345 = select i1 %1341, i32 %1344, i32 0
	%1346 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpt, i32 0, i32 %1342
	%1347 = load i32, i32 addrspace(3)* %1346
	%1348 = select i1 %1341, i32 %1347, i32 0
	%1349 = and i32 %0, 31
	%1350 = lshr i32 %0, 5
	%1351 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1348, i32 1, i32 0)
	%1352 = icmp uge i32 %1349, 1
	%1353 = select i1 %1352, i32 %1351, i32 0
	%1354 = add i32 %1348, %1353
	%1355 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1354, i32 2, i32 0)
	%1356 = icmp uge i32 %1349, 2
	%1357 = select i1 %1356, i32 %1355, i32 0
	%1358 = add i32 %1354, %1357
	%1359 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1358, i32 4, i32 0)
	%1360 = icmp uge i32 %1349, 4
	%1361 = select i1 %1360, i32 %1359, i32 0
	%1362 = add i32 %1358, %1361
	%1363 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1362, i32 8, i32 0)
	%1364 = icmp uge i32 %1349, 8
	%1365 = select i1 %1364, i32 %1363, i32 0
	%1366 = add i32 %1362, %1365
	%1367 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1366, i32 16, i32 0)
	%1368 = icmp uge i32 %1349, 16
	%1369 = select i1 %1368, i32 %1367, i32 0
	%1370 = add i32 %1366, %1369
	%1371 = icmp eq i32 %1349, 31
	br i1 %1371, label %1382, label %1384

1372:
	%1373 = sdiv i32 %1327, 256
	%1374 = mul i32 %1373, 8
	%1375 = add i32 %1374, %4
	%1376 = call i32 @llvm.ctpop.i32(i32 %1335)
	%1377 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %1375
	store i32 %1376, i32 addrspace(3)* %1377
	%1378 = call i32 @llvm.ctpop.i32(i32 %1336)
	%1379 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpt, i32 0, i32 %1375
	store i32 %1378, i32 addrspace(3)* %1379
	br label %1380

1380:
	%1381 = add i32 %1327, 256
	br label %1326

1382:
	%1383 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %1350
	store i32 %1370, i32 addrspace(3)* %1383
	br label %1384

1384:
	call void @llvm.nvvm.barrier0()
	%1385 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%1386 = load i32, i32 addrspace(3)* %1385
	%1387 = icmp sgt i32 %1350, 0
	%1388 = select i1 %1387, i32 %1386, i32 0
	%1389 = add i32 0, %1388
	%1390 = add i32 0, %1386
	%1391 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%1392 = load i32, i32 addrspace(3)* %1391
	%1393 = icmp sgt i32 %1350, 1
	%1394 = select i1 %1393, i32 %1392, i32 0
	%1395 = add i32 %1389, %1394
	%1396 = add i32 %1390, %1392
	%1397 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%1398 = load i32, i32 addrspace(3)* %1397
	%1399 = icmp sgt i32 %1350, 2
	%1400 = select i1 %1399, i32 %1398, i32 0
	%1401 = add i32 %1395, %1400
	%1402 = add i32 %1396, %1398
	%1403 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%1404 = load i32, i32 addrspace(3)* %1403
	%1405 = icmp sgt i32 %1350, 3
	%1406 = select i1 %1405, i32 %1404, i32 0
	%1407 = add i32 %1401, %1406
	%1408 = add i32 %1402, %1404
	%1409 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%1410 = load i32, i32 addrspace(3)* %1409
	%1411 = icmp sgt i32 %1350, 4
	%1412 = select i1 %1411, i32 %1410, i32 0
	%1413 = add i32 %1407, %1412
	%1414 = add i32 %1408, %1410
	%1415 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%1416 = load i32, i32 addrspace(3)* %1415
	%1417 = icmp sgt i32 %1350, 5
	%1418 = select i1 %1417, i32 %1416, i32 0
	%1419 = add i32 %1413, %1418
	%1420 = add i32 %1414, %1416
	%1421 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%1422 = load i32, i32 addrspace(3)* %1421
	%1423 = icmp sgt i32 %1350, 6
	%1424 = select i1 %1423, i32 %1422, i32 0
	%1425 = add i32 %1419, %1424
	%1426 = add i32 %1420, %1422
	%1427 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
	%1428 = load i32, i32 addrspace(3)* %1427
	%1429 = icmp sgt i32 %1350, 7
	%1430 = select i1 %1429, i32 %1428, i32 0
	%1431 = add i32 %1425, %1430
	%1432 = add i32 %1426, %1428
	%1433 = add i32 %1431, %1370
	%1434 = sub i32 %1433, %1348
	%1435 = sub i32 %1323, %1434
	%1436 = icmp sgt i32 %1435, 0
	%1437 = select i1 %1436, i32 %1435, i32 0
	%1438 = icmp slt i32 %1437, %1348
	%1439 = select i1 %1438, i32 %1437, i32 %1348
	%1440 = add i32 %1345, %1439
	%1441 = and i32 %0, 31
	%1442 = lshr i32 %0, 5
	%1443 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1440, i32 1, i32 0)
	%1444 = icmp uge i32 %1441, 1
	%1445 = select i1 %1444, i32 %1443, i32 0
	%1446 = add i32 %1440, %1445
	%1447 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1446, i32 2, i32 0)
	%1448 = icmp uge i32 %1441, 2
	%1449 = select i1 %1448, i32 %1447, i32 0
	%1450 = add i32 %1446, %1449
	%1451 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1450, i32 4, i32 0)
	%1452 = icmp uge i32 %1441, 4
	%1453 = select i1 %1452, i32 %1451, i32 0
	%1454 = add i32 %1450, %1453
	%1455 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1454, i32 8, i32 0)
	%1456 = icmp uge i32 %1441, 8
	%1457 = select i1 %1456, i32 %1455, i32 0
	%1458 = add i32 %1454, %1457
	%1459 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1458, i32 16, i32 0)
	%1460 = icmp uge i32 %1441, 16
	%1461 = select i1 %1460, i32 %1459, i32 0
	%1462 = add i32 %1458, %1461
	%1463 = icmp eq i32 %1441, 31
	br i1 %1463, label %1464, label %1466

1464:
	%1465 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 %1442
	store i32 %1462, i32 addrspace(3)* %1465
	br label %1466

1466:
	call void @llvm.nvvm.barrier0()
	%1467 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 0
	%1468 = load i32, i32 addrspace(3)* %1467
	%1469 = icmp sgt i32 %1442, 0
	%1470 = select i1 %1469, i32 %1468, i32 0
	%1471 = add i32 0, %1470
	%1472 = add i32 0, %1468
	%1473 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 1
	%1474 = load i32, i32 addrspace(3)* %1473
	%1475 = icmp sgt i32 %1442, 1
	%1476 = select i1 %1475, i32 %1474, i32 0
	%1477 = add i32 %1471, %1476
	%1478 = add i32 %1472, %1474
	%1479 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 2
	%1480 = load i32, i32 addrspace(3)* %1479
	%1481 = icmp sgt i32 %1442, 2
	%1482 = select i1 %1481, i32 %1480, i32 0
	%1483 = add i32 %1477, %1482
	%1484 = add i32 %1478, %1480
	%1485 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 3
	%1486 = load i32, i32 addrspace(3)* %1485
	%1487 = icmp sgt i32 %1442, 3
	%1488 = select i1 %1487, i32 %1486, i32 0
	%1489 = add i32 %1483, %1488
	%1490 = add i32 %1484, %1486
	%1491 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 4
	%1492 = load i32, i32 addrspace(3)* %1491
	%1493 = icmp sgt i32 %1442, 4
	%1494 = select i1 %1493, i32 %1492, i32 0
	%1495 = add i32 %1489, %1494
	%1496 = add i32 %1490, %1492
	%1497 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 5
	%1498 = load i32, i32 addrspace(3)* %1497
	%1499 = icmp sgt i32 %1442, 5
	%1500 = select i1 %1499, i32 %1498, i32 0
	%1501 = add i32 %1495, %1500
	%1502 = add i32 %1496, %1498
	%1503 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 6
	%1504 = load i32, i32 addrspace(3)* %1503
	%1505 = icmp sgt i32 %1442, 6
	%1506 = select i1 %1505, i32 %1504, i32 0
	%1507 = add i32 %1501, %1506
	%1508 = add i32 %1502, %1504
	%1509 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 7
	%1510 = load i32, i32 addrspace(3)* %1509
	%1511 = icmp sgt i32 %1442, 7
	%1512 = select i1 %1511, i32 %1510, i32 0
	%1513 = add i32 %1507, %1512
	%1514 = add i32 %1508, %1510
	%1515 = add i32 %1513, %1462
	%1516 = sub i32 %1515, %1440
	br i1 %1341, label %1517, label %1520

1517:
	%1518 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %0
	store i32 %1516, i32 addrspace(3)* %1518
	%1519 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpt, i32 0, i32 %0
	store i32 %1434, i32 addrspace(3)* %1519
	br label %1520

1520:
	call void @llvm.nvvm.barrier0()
	br label %1521

1521:
	%1522 = phi i32 [ 0, %1520 ], [ %1554, %1553 ]
	%1523 = icmp slt i32 %1522, %16
	br i1 %1523, label %1524, label %1549

1524:
	%1525 = add i32 %1522, %0
	%1526 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1525
	%1527 = load i32, i32 addrspace(3)* %1526
	%1528 = icmp ugt i32 %1527, %1321
	%1529 = icmp eq i32 %1527, %1321
	%1530 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1528)
	%1531 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1529)
	%1532 = sdiv i32 %1522, 256
	%1533 = mul i32 %1532, 8
	%1534 = add i32 %1533, %4
	%1535 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpt, i32 0, i32 %1534
	%1536 = load i32, i32 addrspace(3)* %1535
	%1537 = and i32 %1531, %1325
	%1538 = call i32 @llvm.ctpop.i32(i32 %1537)
	%1539 = add i32 %1536, %1538
	%1540 = icmp slt i32 %1539, %1323
	%1541 = and i1 %1529, %1540
	%1542 = or i1 %1528, %1541
	%1543 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1542)
	%1544 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %1534
	%1545 = load i32, i32 addrspace(3)* %1544
	%1546 = and i32 %1543, %1325
	%1547 = call i32 @llvm.ctpop.i32(i32 %1546)
	%1548 = add i32 %1545, %1547
	br i1 %1542, label %1550, label %1553

1549:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1550:
	%1551 = add i32 %1522, %0
	%1552 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1548
	store i32 %1551, i32 addrspace(3)* %1552
	br label %1553

1553:
	%1554 = add i32 %1522, 256
	br label %1521

1555:
	%1556 = phi i32 [ %703, %mass_taken ], [ %1560, %1558 ]
	%1557 = icmp slt i32 %1556, %702
	br i1 %1557, label %1558, label %1561

1558:
	%1559 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1556
	store i32 -1, i32 addrspace(3)* %1559
	%1560 = add i32 %1556, 256
	br label %1555

1561:
	call void @llvm.nvvm.barrier0()
	%1562 = add i32 %701, 1
	br label %1563

1563:
	%1564 = phi i32 [ 1, %1561 ], [ %1580, %1579 ]
	%1565 = icmp slt i32 %1564, %1562
	br i1 %1565, label %1566, label %1568

1566:
	%1567 = shl i32 1, %1564
	br label %1569

1568:
	br label %1621

1569:
	%1570 = phi i32 [ 0, %1566 ], [ %1615, %1614 ]
	%1571 = icmp slt i32 %1570, %1564
	br i1 %1571, label %1572, label %1579

1572:
	%1573 = sub i32 %1564, 1
	%1574 = sub i32 %1573, %1570
	%1575 = shl i32 1, %1574
	%1576 = sub i32 %1564, 1
	%1577 = sub i32 %1576, %1570
	%1578 = lshr i32 %702, 1
	br label %1581

1579:
	%1580 = add i32 %1564, 1
	br label %1563

1581:
	%1582 = phi i32 [ %0, %1572 ], [ %1620, %1619 ]
	%1583 = icmp slt i32 %1582, %1578
	br i1 %1583, label %1584, label %1614

1584:
	%1585 = lshr i32 %1582, %1577
	%1586 = add i32 %1577, 1
	%1587 = shl i32 %1585, %1586
	%1588 = sub i32 %1575, 1
	%1589 = and i32 %1582, %1588
	%1590 = or i32 %1587, %1589
	%1591 = or i32 %1590, %1575
	%1592 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1590
	%1593 = load i32, i32 addrspace(3)* %1592
	%1594 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1591
	%1595 = load i32, i32 addrspace(3)* %1594
	%1596 = and i32 %1590, %1567
	%1597 = icmp eq i32 %1596, 0
	%1598 = icmp sge i32 %1595, 0
	%1599 = select i1 %1598, i32 %1595, i32 0
	%1600 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1599
	%1601 = load i32, i32 addrspace(3)* %1600
	%1602 = select i1 %1598, i32 %1601, i32 0
	%1603 = icmp sge i32 %1593, 0
	%1604 = select i1 %1603, i32 %1593, i32 0
	%1605 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1604
	%1606 = load i32, i32 addrspace(3)* %1605
	%1607 = select i1 %1603, i32 %1606, i32 0
	%1608 = icmp ugt i32 %1602, %1607
	%1609 = icmp eq i32 %1602, %1607
	%1610 = icmp slt i32 %1595, %1593
	%1611 = and i1 %1609, %1610
	%1612 = or i1 %1608, %1611
	%1613 = icmp eq i1 %1612, %1597
	br i1 %1613, label %1616, label %1619

1614:
	call void @llvm.nvvm.barrier0()
	%1615 = add i32 %1570, 1
	br label %1569

1616:
	%1617 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1590
	store i32 %1595, i32 addrspace(3)* %1617
	%1618 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1591
	store i32 %1593, i32 addrspace(3)* %1618
	br label %1619

1619:
	%1620 = add i32 %1582, 256
	br label %1581

1621:
	%1622 = phi i32 [ %0, %1568 ], [ %1635, %1624 ]
	%1623 = icmp slt i32 %1622, %687
	br i1 %1623, label %1624, label %1636

1624:
	%1625 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1622
	%1626 = load i32, i32 addrspace(3)* %1625
	%1627 = add i32 %158, %1622
	%1628 = add i32 %13, %1627
	%1629 = sext i32 %1628 to i64
	%1630 = getelementptr i32, i32* %list, i64 %1629
	store i32 %1626, i32* %1630
	%1631 = add i32 %13, %NK
	%1632 = add i32 %1631, %1627
	%1633 = sext i32 %1632 to i64
	%1634 = getelementptr i32, i32* %list, i64 %1633
	store i32 0, i32* %1634
	%1635 = add i32 %1622, 256
	br label %1621

1636:
	call void @llvm.nvvm.barrier0()
	%1637 = icmp eq i32 %4, 0
	br i1 %1637, label %1638, label %1641

1638:
	%1639 = getelementptr [1 x double], [1 x double] addrspace(3)* @xattn_select1_mass, i32 0, i32 0
	%1640 = load double, double addrspace(3)* %1639
	br label %1654

1641:
	call void @llvm.nvvm.barrier0()
	%1642 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 1
	%1643 = load i32, i32 addrspace(3)* %1642
	%1644 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 2
	%1645 = load i32, i32 addrspace(3)* %1644
	%1646 = icmp ne i32 %1645, 0
	%1647 = icmp sge i32 %687, %159
	%1648 = or i1 %1646, %1647
	%1649 = mul i32 %687, 4
	%1650 = icmp sgt i32 %1649, 64
	%1651 = select i1 %1650, i32 %1649, i32 64
	%1652 = icmp slt i32 %1651, %159
	%1653 = select i1 %1652, i32 %1651, i32 %159
	br i1 %1648, label %mass_done, label %mass

1654:
	%1655 = phi i32 [ 0, %1638 ], [ %2119, %2116 ]
	%1656 = phi double [ %1640, %1638 ], [ %2117, %2116 ]
	%1657 = phi i32 [ 0, %1638 ], [ %2118, %2116 ]
	%1658 = icmp slt i32 %1655, %687
	br i1 %1658, label %1659, label %1662

1659:
	%1660 = add i32 %1655, %3
	%1661 = icmp slt i32 %1660, %687
	br i1 %1661, label %1664, label %1671

1662:
	%1663 = icmp eq i32 %3, 0
	br i1 %1663, label %2120, label %2125

1664:
	%1665 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1660
	%1666 = load i32, i32 addrspace(3)* %1665
	%1667 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1666
	%1668 = load i32, i32 addrspace(3)* %1667
	%1669 = sub i32 %1668, 2
	%1670 = bitcast i32 %1669 to float
	br label %1671

1671:
	%1672 = phi float [ 0.0, %1659 ], [ %1670, %1664 ]
	%1673 = fpext float %1672 to double
	%1674 = fcmp one float %1672, 0.0
	%1675 = call float @llvm.fabs.f32(float %1672)
	%1676 = fcmp olt float %1675, 0x3E20000000000000
	%1677 = and i1 %1674, %1676
	%1678 = fmul double %1656, 4.503599627370496e+15
	%1679 = call double @llvm.trunc.f64(double %1678)
	%1680 = fcmp oeq double %1678, %1679
	%1681 = bitcast double %1673 to i64
	%1682 = trunc i64 %1681 to i32
	%1683 = lshr i64 %1681, 32
	%1684 = trunc i64 %1683 to i32
	%1685 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1682, i32 1, i32 0)
	%1686 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1684, i32 1, i32 0)
	%1687 = zext i32 %1685 to i64
	%1688 = zext i32 %1686 to i64
	%1689 = shl i64 %1688, 32
	%1690 = or i64 %1687, %1689
	%1691 = bitcast i64 %1690 to double
	%1692 = icmp uge i32 %3, 1
	%1693 = fadd double %1673, %1691
	%1694 = select i1 %1692, double %1693, double %1673
	%1695 = bitcast double %1694 to i64
	%1696 = trunc i64 %1695 to i32
	%1697 = lshr i64 %1695, 32
	%1698 = trunc i64 %1697 to i32
	%1699 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1696, i32 2, i32 0)
	%1700 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1698, i32 2, i32 0)
	%1701 = zext i32 %1699 to i64
	%1702 = zext i32 %1700 to i64
	%1703 = shl i64 %1702, 32
	%1704 = or i64 %1701, %1703
	%1705 = bitcast i64 %1704 to double
	%1706 = icmp uge i32 %3, 2
	%1707 = fadd double %1694, %1705
	%1708 = select i1 %1706, double %1707, double %1694
	%1709 = bitcast double %1708 to i64
	%1710 = trunc i64 %1709 to i32
	%1711 = lshr i64 %1709, 32
	%1712 = trunc i64 %1711 to i32
	%1713 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1710, i32 4, i32 0)
	%1714 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1712, i32 4, i32 0)
	%1715 = zext i32 %1713 to i64
	%1716 = zext i32 %1714 to i64
	%1717 = shl i64 %1716, 32
	%1718 = or i64 %1715, %1717
	%1719 = bitcast i64 %1718 to double
	%1720 = icmp uge i32 %3, 4
	%1721 = fadd double %1708, %1719
	%1722 = select i1 %1720, double %1721, double %1708
	%1723 = bitcast double %1722 to i64
	%1724 = trunc i64 %1723 to i32
	%1725 = lshr i64 %1723, 32
	%1726 = trunc i64 %1725 to i32
	%1727 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1724, i32 8, i32 0)
	%1728 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1726, i32 8, i32 0)
	%1729 = zext i32 %1727 to i64
	%1730 = zext i32 %1728 to i64
	%1731 = shl i64 %1730, 32
	%1732 = or i64 %1729, %1731
	%1733 = bitcast i64 %1732 to double
	%1734 = icmp uge i32 %3, 8
	%1735 = fadd double %1722, %1733
	%1736 = select i1 %1734, double %1735, double %1722
	%1737 = bitcast double %1736 to i64
	%1738 = trunc i64 %1737 to i32
	%1739 = lshr i64 %1737, 32
	%1740 = trunc i64 %1739 to i32
	%1741 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1738, i32 16, i32 0)
	%1742 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1740, i32 16, i32 0)
	%1743 = zext i32 %1741 to i64
	%1744 = zext i32 %1742 to i64
	%1745 = shl i64 %1744, 32
	%1746 = or i64 %1743, %1745
	%1747 = bitcast i64 %1746 to double
	%1748 = icmp uge i32 %3, 16
	%1749 = fadd double %1736, %1747
	%1750 = select i1 %1748, double %1749, double %1736
	%1751 = bitcast double %1750 to i64
	%1752 = trunc i64 %1751 to i32
	%1753 = lshr i64 %1751, 32
	%1754 = trunc i64 %1753 to i32
	%1755 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1752, i32 31, i32 31)
	%1756 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1754, i32 31, i32 31)
	%1757 = zext i32 %1755 to i64
	%1758 = zext i32 %1756 to i64
	%1759 = shl i64 %1758, 32
	%1760 = or i64 %1757, %1759
	%1761 = bitcast i64 %1760 to double
	%1762 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1677)
	%1763 = xor i1 %1762, true
	%1764 = and i1 %1680, %1763
	%1765 = fadd double %1656, %1761
	%1766 = fcmp olt double %1765, 1.5
	%1767 = and i1 %1764, %1766
	%1768 = fcmp oge double %1656, 0x3FECCCCCCCCCCCCD
	%1769 = or i1 %1767, %1768
	br i1 %1769, label %1770, label %1795

1770:
	%1771 = fsub double %1750, %1673
	%1772 = fadd double %1656, %1771
	%1773 = fcmp olt double %1772, 0x3FECCCCCCCCCCCCD
	%1774 = and i1 %1661, %1773
	%1775 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1774)
	%1776 = call i32 @llvm.ctpop.i32(i32 %1775)
	%1777 = sub i32 %1776, 1
	%1778 = icmp sgt i32 %1777, 0
	%1779 = select i1 %1778, i32 %1777, i32 0
	%1780 = bitcast double %1750 to i64
	%1781 = trunc i64 %1780 to i32
	%1782 = lshr i64 %1780, 32
	%1783 = trunc i64 %1782 to i32
	%1784 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1781, i32 %1779, i32 31)
	%1785 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1783, i32 %1779, i32 31)
	%1786 = zext i32 %1784 to i64
	%1787 = zext i32 %1785 to i64
	%1788 = shl i64 %1787, 32
	%1789 = or i64 %1786, %1788
	%1790 = bitcast i64 %1789 to double
	%1791 = icmp sgt i32 %1776, 0
	%1792 = fadd double %1656, %1790
	%1793 = select i1 %1791, double %1792, double %1656
	%1794 = add i32 %1657, %1776
	br label %2116

1795:
	%1796 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 0, i32 31)
	%1797 = fcmp olt double %1656, 0x3FECCCCCCCCCCCCD
	%1798 = add i32 %1655, 0
	%1799 = icmp slt i32 %1798, %687
	%1800 = and i1 %1797, %1799
	%1801 = fpext float %1796 to double
	%1802 = fadd double %1656, %1801
	%1803 = select i1 %1800, double %1802, double %1656
	%1804 = add i32 %1657, 1
	%1805 = select i1 %1800, i32 %1804, i32 %1657
	%1806 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 1, i32 31)
	%1807 = fcmp olt double %1803, 0x3FECCCCCCCCCCCCD
	%1808 = add i32 %1655, 1
	%1809 = icmp slt i32 %1808, %687
	%1810 = and i1 %1807, %1809
	%1811 = fpext float %1806 to double
	%1812 = fadd double %1803, %1811
	%1813 = select i1 %1810, double %1812, double %1803
	%1814 = add i32 %1805, 1
	%1815 = select i1 %1810, i32 %1814, i32 %1805
	%1816 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 2, i32 31)
	%1817 = fcmp olt double %1813, 0x3FECCCCCCCCCCCCD
	%1818 = add i32 %1655, 2
	%1819 = icmp slt i32 %1818, %687
	%1820 = and i1 %1817, %1819
	%1821 = fpext float %1816 to double
	%1822 = fadd double %1813, %1821
	%1823 = select i1 %1820, double %1822, double %1813
	%1824 = add i32 %1815, 1
	%1825 = select i1 %1820, i32 %1824, i32 %1815
	%1826 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 3, i32 31)
	%1827 = fcmp olt double %1823, 0x3FECCCCCCCCCCCCD
	%1828 = add i32 %1655, 3
	%1829 = icmp slt i32 %1828, %687
	%1830 = and i1 %1827, %1829
	%1831 = fpext float %1826 to double
	%1832 = fadd double %1823, %1831
	%1833 = select i1 %1830, double %1832, double %1823
	%1834 = add i32 %1825, 1
	%1835 = select i1 %1830, i32 %1834, i32 %1825
	%1836 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 4, i32 31)
	%1837 = fcmp olt double %1833, 0x3FECCCCCCCCCCCCD
	%1838 = add i32 %1655, 4
	%1839 = icmp slt i32 %1838, %687
	%1840 = and i1 %1837, %1839
	%1841 = fpext float %1836 to double
	%1842 = fadd double %1833, %1841
	%1843 = select i1 %1840, double %1842, double %1833
	%1844 = add i32 %1835, 1
	%1845 = select i1 %1840, i32 %1844, i32 %1835
	%1846 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 5, i32 31)
	%1847 = fcmp olt double %1843, 0x3FECCCCCCCCCCCCD
	%1848 = add i32 %1655, 5
	%1849 = icmp slt i32 %1848, %687
	%1850 = and i1 %1847, %1849
	%1851 = fpext float %1846 to double
	%1852 = fadd double %1843, %1851
	%1853 = select i1 %1850, double %1852, double %1843
	%1854 = add i32 %1845, 1
	%1855 = select i1 %1850, i32 %1854, i32 %1845
	%1856 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 6, i32 31)
	%1857 = fcmp olt double %1853, 0x3FECCCCCCCCCCCCD
	%1858 = add i32 %1655, 6
	%1859 = icmp slt i32 %1858, %687
	%1860 = and i1 %1857, %1859
	%1861 = fpext float %1856 to double
	%1862 = fadd double %1853, %1861
	%1863 = select i1 %1860, double %1862, double %1853
	%1864 = add i32 %1855, 1
	%1865 = select i1 %1860, i32 %1864, i32 %1855
	%1866 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 7, i32 31)
	%1867 = fcmp olt double %1863, 0x3FECCCCCCCCCCCCD
	%1868 = add i32 %1655, 7
	%1869 = icmp slt i32 %1868, %687
	%1870 = and i1 %1867, %1869
	%1871 = fpext float %1866 to double
	%1872 = fadd double %1863, %1871
	%1873 = select i1 %1870, double %1872, double %1863
	%1874 = add i32 %1865, 1
	%1875 = select i1 %1870, i32 %1874, i32 %1865
	%1876 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 8, i32 31)
	%1877 = fcmp olt double %1873, 0x3FECCCCCCCCCCCCD
	%1878 = add i32 %1655, 8
	%1879 = icmp slt i32 %1878, %687
	%1880 = and i1 %1877, %1879
	%1881 = fpext float %1876 to double
	%1882 = fadd double %1873, %1881
	%1883 = select i1 %1880, double %1882, double %1873
	%1884 = add i32 %1875, 1
	%1885 = select i1 %1880, i32 %1884, i32 %1875
	%1886 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 9, i32 31)
	%1887 = fcmp olt double %1883, 0x3FECCCCCCCCCCCCD
	%1888 = add i32 %1655, 9
	%1889 = icmp slt i32 %1888, %687
	%1890 = and i1 %1887, %1889
	%1891 = fpext float %1886 to double
	%1892 = fadd double %1883, %1891
	%1893 = select i1 %1890, double %1892, double %1883
	%1894 = add i32 %1885, 1
	%1895 = select i1 %1890, i32 %1894, i32 %1885
	%1896 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 10, i32 31)
	%1897 = fcmp olt double %1893, 0x3FECCCCCCCCCCCCD
	%1898 = add i32 %1655, 10
	%1899 = icmp slt i32 %1898, %687
	%1900 = and i1 %1897, %1899
	%1901 = fpext float %1896 to double
	%1902 = fadd double %1893, %1901
	%1903 = select i1 %1900, double %1902, double %1893
	%1904 = add i32 %1895, 1
	%1905 = select i1 %1900, i32 %1904, i32 %1895
	%1906 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 11, i32 31)
	%1907 = fcmp olt double %1903, 0x3FECCCCCCCCCCCCD
	%1908 = add i32 %1655, 11
	%1909 = icmp slt i32 %1908, %687
	%1910 = and i1 %1907, %1909
	%1911 = fpext float %1906 to double
	%1912 = fadd double %1903, %1911
	%1913 = select i1 %1910, double %1912, double %1903
	%1914 = add i32 %1905, 1
	%1915 = select i1 %1910, i32 %1914, i32 %1905
	%1916 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 12, i32 31)
	%1917 = fcmp olt double %1913, 0x3FECCCCCCCCCCCCD
	%1918 = add i32 %1655, 12
	%1919 = icmp slt i32 %1918, %687
	%1920 = and i1 %1917, %1919
	%1921 = fpext float %1916 to double
	%1922 = fadd double %1913, %1921
	%1923 = select i1 %1920, double %1922, double %1913
	%1924 = add i32 %1915, 1
	%1925 = select i1 %1920, i32 %1924, i32 %1915
	%1926 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 13, i32 31)
	%1927 = fcmp olt double %1923, 0x3FECCCCCCCCCCCCD
	%1928 = add i32 %1655, 13
	%1929 = icmp slt i32 %1928, %687
	%1930 = and i1 %1927, %1929
	%1931 = fpext float %1926 to double
	%1932 = fadd double %1923, %1931
	%1933 = select i1 %1930, double %1932, double %1923
	%1934 = add i32 %1925, 1
	%1935 = select i1 %1930, i32 %1934, i32 %1925
	%1936 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 14, i32 31)
	%1937 = fcmp olt double %1933, 0x3FECCCCCCCCCCCCD
	%1938 = add i32 %1655, 14
	%1939 = icmp slt i32 %1938, %687
	%1940 = and i1 %1937, %1939
	%1941 = fpext float %1936 to double
	%1942 = fadd double %1933, %1941
	%1943 = select i1 %1940, double %1942, double %1933
	%1944 = add i32 %1935, 1
	%1945 = select i1 %1940, i32 %1944, i32 %1935
	%1946 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 15, i32 31)
	%1947 = fcmp olt double %1943, 0x3FECCCCCCCCCCCCD
	%1948 = add i32 %1655, 15
	%1949 = icmp slt i32 %1948, %687
	%1950 = and i1 %1947, %1949
	%1951 = fpext float %1946 to double
	%1952 = fadd double %1943, %1951
	%1953 = select i1 %1950, double %1952, double %1943
	%1954 = add i32 %1945, 1
	%1955 = select i1 %1950, i32 %1954, i32 %1945
	%1956 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 16, i32 31)
	%1957 = fcmp olt double %1953, 0x3FECCCCCCCCCCCCD
	%1958 = add i32 %1655, 16
	%1959 = icmp slt i32 %1958, %687
	%1960 = and i1 %1957, %1959
	%1961 = fpext float %1956 to double
	%1962 = fadd double %1953, %1961
	%1963 = select i1 %1960, double %1962, double %1953
	%1964 = add i32 %1955, 1
	%1965 = select i1 %1960, i32 %1964, i32 %1955
	%1966 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 17, i32 31)
	%1967 = fcmp olt double %1963, 0x3FECCCCCCCCCCCCD
	%1968 = add i32 %1655, 17
	%1969 = icmp slt i32 %1968, %687
	%1970 = and i1 %1967, %1969
	%1971 = fpext float %1966 to double
	%1972 = fadd double %1963, %1971
	%1973 = select i1 %1970, double %1972, double %1963
	%1974 = add i32 %1965, 1
	%1975 = select i1 %1970, i32 %1974, i32 %1965
	%1976 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 18, i32 31)
	%1977 = fcmp olt double %1973, 0x3FECCCCCCCCCCCCD
	%1978 = add i32 %1655, 18
	%1979 = icmp slt i32 %1978, %687
	%1980 = and i1 %1977, %1979
	%1981 = fpext float %1976 to double
	%1982 = fadd double %1973, %1981
	%1983 = select i1 %1980, double %1982, double %1973
	%1984 = add i32 %1975, 1
	%1985 = select i1 %1980, i32 %1984, i32 %1975
	%1986 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 19, i32 31)
	%1987 = fcmp olt double %1983, 0x3FECCCCCCCCCCCCD
	%1988 = add i32 %1655, 19
	%1989 = icmp slt i32 %1988, %687
	%1990 = and i1 %1987, %1989
	%1991 = fpext float %1986 to double
	%1992 = fadd double %1983, %1991
	%1993 = select i1 %1990, double %1992, double %1983
	%1994 = add i32 %1985, 1
	%1995 = select i1 %1990, i32 %1994, i32 %1985
	%1996 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 20, i32 31)
	%1997 = fcmp olt double %1993, 0x3FECCCCCCCCCCCCD
	%1998 = add i32 %1655, 20
	%1999 = icmp slt i32 %1998, %687
	%2000 = and i1 %1997, %1999
	%2001 = fpext float %1996 to double
	%2002 = fadd double %1993, %2001
	%2003 = select i1 %2000, double %2002, double %1993
	%2004 = add i32 %1995, 1
	%2005 = select i1 %2000, i32 %2004, i32 %1995
	%2006 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 21, i32 31)
	%2007 = fcmp olt double %2003, 0x3FECCCCCCCCCCCCD
	%2008 = add i32 %1655, 21
	%2009 = icmp slt i32 %2008, %687
	%2010 = and i1 %2007, %2009
	%2011 = fpext float %2006 to double
	%2012 = fadd double %2003, %2011
	%2013 = select i1 %2010, double %2012, double %2003
	%2014 = add i32 %2005, 1
	%2015 = select i1 %2010, i32 %2014, i32 %2005
	%2016 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 22, i32 31)
	%2017 = fcmp olt double %2013, 0x3FECCCCCCCCCCCCD
	%2018 = add i32 %1655, 22
	%2019 = icmp slt i32 %2018, %687
	%2020 = and i1 %2017, %2019
	%2021 = fpext float %2016 to double
	%2022 = fadd double %2013, %2021
	%2023 = select i1 %2020, double %2022, double %2013
	%2024 = add i32 %2015, 1
	%2025 = select i1 %2020, i32 %2024, i32 %2015
	%2026 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 23, i32 31)
	%2027 = fcmp olt double %2023, 0x3FECCCCCCCCCCCCD
	%2028 = add i32 %1655, 23
	%2029 = icmp slt i32 %2028, %687
	%2030 = and i1 %2027, %2029
	%2031 = fpext float %2026 to double
	%2032 = fadd double %2023, %2031
	%2033 = select i1 %2030, double %2032, double %2023
	%2034 = add i32 %2025, 1
	%2035 = select i1 %2030, i32 %2034, i32 %2025
	%2036 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 24, i32 31)
	%2037 = fcmp olt double %2033, 0x3FECCCCCCCCCCCCD
	%2038 = add i32 %1655, 24
	%2039 = icmp slt i32 %2038, %687
	%2040 = and i1 %2037, %2039
	%2041 = fpext float %2036 to double
	%2042 = fadd double %2033, %2041
	%2043 = select i1 %2040, double %2042, double %2033
	%2044 = add i32 %2035, 1
	%2045 = select i1 %2040, i32 %2044, i32 %2035
	%2046 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 25, i32 31)
	%2047 = fcmp olt double %2043, 0x3FECCCCCCCCCCCCD
	%2048 = add i32 %1655, 25
	%2049 = icmp slt i32 %2048, %687
	%2050 = and i1 %2047, %2049
	%2051 = fpext float %2046 to double
	%2052 = fadd double %2043, %2051
	%2053 = select i1 %2050, double %2052, double %2043
	%2054 = add i32 %2045, 1
	%2055 = select i1 %2050, i32 %2054, i32 %2045
	%2056 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 26, i32 31)
	%2057 = fcmp olt double %2053, 0x3FECCCCCCCCCCCCD
	%2058 = add i32 %1655, 26
	%2059 = icmp slt i32 %2058, %687
	%2060 = and i1 %2057, %2059
	%2061 = fpext float %2056 to double
	%2062 = fadd double %2053, %2061
	%2063 = select i1 %2060, double %2062, double %2053
	%2064 = add i32 %2055, 1
	%2065 = select i1 %2060, i32 %2064, i32 %2055
	%2066 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 27, i32 31)
	%2067 = fcmp olt double %2063, 0x3FECCCCCCCCCCCCD
	%2068 = add i32 %1655, 27
	%2069 = icmp slt i32 %2068, %687
	%2070 = and i1 %2067, %2069
	%2071 = fpext float %2066 to double
	%2072 = fadd double %2063, %2071
	%2073 = select i1 %2070, double %2072, double %2063
	%2074 = add i32 %2065, 1
	%2075 = select i1 %2070, i32 %2074, i32 %2065
	%2076 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 28, i32 31)
	%2077 = fcmp olt double %2073, 0x3FECCCCCCCCCCCCD
	%2078 = add i32 %1655, 28
	%2079 = icmp slt i32 %2078, %687
	%2080 = and i1 %2077, %2079
	%2081 = fpext float %2076 to double
	%2082 = fadd double %2073, %2081
	%2083 = select i1 %2080, double %2082, double %2073
	%2084 = add i32 %2075, 1
	%2085 = select i1 %2080, i32 %2084, i32 %2075
	%2086 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 29, i32 31)
	%2087 = fcmp olt double %2083, 0x3FECCCCCCCCCCCCD
	%2088 = add i32 %1655, 29
	%2089 = icmp slt i32 %2088, %687
	%2090 = and i1 %2087, %2089
	%2091 = fpext float %2086 to double
	%2092 = fadd double %2083, %2091
	%2093 = select i1 %2090, double %2092, double %2083
	%2094 = add i32 %2085, 1
	%2095 = select i1 %2090, i32 %2094, i32 %2085
	%2096 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 30, i32 31)
	%2097 = fcmp olt double %2093, 0x3FECCCCCCCCCCCCD
	%2098 = add i32 %1655, 30
	%2099 = icmp slt i32 %2098, %687
	%2100 = and i1 %2097, %2099
	%2101 = fpext float %2096 to double
	%2102 = fadd double %2093, %2101
	%2103 = select i1 %2100, double %2102, double %2093
	%2104 = add i32 %2095, 1
	%2105 = select i1 %2100, i32 %2104, i32 %2095
	%2106 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1672, i32 31, i32 31)
	%2107 = fcmp olt double %2103, 0x3FECCCCCCCCCCCCD
	%2108 = add i32 %1655, 31
	%2109 = icmp slt i32 %2108, %687
	%2110 = and i1 %2107, %2109
	%2111 = fpext float %2106 to double
	%2112 = fadd double %2103, %2111
	%2113 = select i1 %2110, double %2112, double %2103
	%2114 = add i32 %2105, 1
	%2115 = select i1 %2110, i32 %2114, i32 %2105
	br label %2116

2116:
	%2117 = phi double [ %1793, %1770 ], [ %2113, %1795 ]
	%2118 = phi i32 [ %1794, %1770 ], [ %2115, %1795 ]
	%2119 = add i32 %1655, 32
	br label %1654

2120:
	%2121 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 1
	store i32 %1657, i32 addrspace(3)* %2121
	%2122 = fcmp oge double %1656, 0x3FECCCCCCCCCCCCD
	%2123 = zext i1 %2122 to i32
	%2124 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 2
	store i32 %2123, i32 addrspace(3)* %2124
	br label %2125

2125:
	br label %1641

2126:
	%2127 = phi i32 [ %693, %mass_done ], [ %2137, %2129 ]
	%2128 = icmp slt i32 %2127, %NK
	br i1 %2128, label %2129, label %2138

2129:
	%2130 = add i32 %13, %2127
	%2131 = sext i32 %2130 to i64
	%2132 = getelementptr i32, i32* %list, i64 %2131
	store i32 -1, i32* %2132
	%2133 = add i32 %13, %NK
	%2134 = add i32 %2133, %2127
	%2135 = sext i32 %2134 to i64
	%2136 = getelementptr i32, i32* %list, i64 %2135
	store i32 -1, i32* %2136
	%2137 = add i32 %2127, 256
	br label %2126

2138:
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
	%46 = add i32 %3, 127
	%47 = mul i32 %46, 8
	%48 = add i32 %47, 7
	%49 = sub i32 %N, %M
	%50 = add i32 %48, %49
	%51 = icmp slt i32 %50, 0
	%52 = sub i32 0, %50
	%53 = add i32 %52, 7
	%54 = sdiv i32 %53, 8
	%55 = sub i32 0, %54
	%56 = sdiv i32 %50, 8
	%57 = select i1 %51, i32 %55, i32 %56
	%58 = add i32 %57, 1
	%59 = icmp slt i32 %58, %T
	%60 = select i1 %59, i32 %58, i32 %T
	%61 = icmp sgt i32 %60, 0
	%62 = select i1 %61, i32 %60, i32 0
	%63 = add i32 %62, 63
	%64 = sdiv i32 %63, 64
	br label %65

65:
	%66 = phi i32 [ 0, %entry ], [ %1656, %1655 ]
	%67 = phi float [ 0xFFF0000000000000, %entry ], [ %1348, %1655 ]
	%68 = phi float [ 0xFFF0000000000000, %entry ], [ %1429, %1655 ]
	%69 = phi float [ 0.0, %entry ], [ %1401, %1655 ]
	%70 = phi float [ 0.0, %entry ], [ %1482, %1655 ]
	%71 = icmp slt i32 %66, %64
	br i1 %71, label %72, label %74

72:
	%73 = mul i32 %66, 64
	br label %86

74:
	%75 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %69, i32 1, i32 31)
	%76 = fadd float %69, %75
	%77 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %76, i32 2, i32 31)
	%78 = fadd float %76, %77
	%79 = mul i32 %4, 16
	%80 = add i32 %6, 0
	%81 = add i32 %79, %80
	%82 = add i32 %3, %81
	%83 = icmp slt i32 %82, %R
	%84 = icmp eq i32 %7, 0
	%85 = and i1 %83, %84
	br i1 %85, label %1657, label %1670

86:
	%87 = phi i32 [ 0, %72 ], [ %527, %121 ]
	%88 = phi float [ 0.0, %72 ], [ %470, %121 ]
	%89 = phi float [ 0.0, %72 ], [ %471, %121 ]
	%90 = phi float [ 0.0, %72 ], [ %472, %121 ]
	%91 = phi float [ 0.0, %72 ], [ %473, %121 ]
	%92 = phi float [ 0.0, %72 ], [ %475, %121 ]
	%93 = phi float [ 0.0, %72 ], [ %476, %121 ]
	%94 = phi float [ 0.0, %72 ], [ %477, %121 ]
	%95 = phi float [ 0.0, %72 ], [ %478, %121 ]
	%96 = phi float [ 0.0, %72 ], [ %486, %121 ]
	%97 = phi float [ 0.0, %72 ], [ %487, %121 ]
	%98 = phi float [ 0.0, %72 ], [ %488, %121 ]
	%99 = phi float [ 0.0, %72 ], [ %489, %121 ]
	%100 = phi float [ 0.0, %72 ], [ %491, %121 ]
	%101 = phi float [ 0.0, %72 ], [ %492, %121 ]
	%102 = phi float [ 0.0, %72 ], [ %493, %121 ]
	%103 = phi float [ 0.0, %72 ], [ %494, %121 ]
	%104 = phi float [ 0.0, %72 ], [ %502, %121 ]
	%105 = phi float [ 0.0, %72 ], [ %503, %121 ]
	%106 = phi float [ 0.0, %72 ], [ %504, %121 ]
	%107 = phi float [ 0.0, %72 ], [ %505, %121 ]
	%108 = phi float [ 0.0, %72 ], [ %507, %121 ]
	%109 = phi float [ 0.0, %72 ], [ %508, %121 ]
	%110 = phi float [ 0.0, %72 ], [ %509, %121 ]
	%111 = phi float [ 0.0, %72 ], [ %510, %121 ]
	%112 = phi float [ 0.0, %72 ], [ %518, %121 ]
	%113 = phi float [ 0.0, %72 ], [ %519, %121 ]
	%114 = phi float [ 0.0, %72 ], [ %520, %121 ]
	%115 = phi float [ 0.0, %72 ], [ %521, %121 ]
	%116 = phi float [ 0.0, %72 ], [ %523, %121 ]
	%117 = phi float [ 0.0, %72 ], [ %524, %121 ]
	%118 = phi float [ 0.0, %72 ], [ %525, %121 ]
	%119 = phi float [ 0.0, %72 ], [ %526, %121 ]
	%120 = icmp slt i32 %87, 8
	br i1 %120, label %121, label %528

121:
	%122 = sub i32 7, %87
	%123 = add i32 %0, 0
	%124 = lshr i32 %123, 3
	%125 = and i32 %123, 7
	%126 = add i32 %3, %124
	%127 = mul i32 %126, 8
	%128 = add i32 %127, %122
	%129 = icmp slt i32 %128, %M
	%130 = select i1 %129, i32 %128, i32 0
	%131 = mul i32 %130, 64
	%132 = mul i32 %125, 8
	%133 = add i32 %131, %132
	%134 = and i32 %124, 7
	%135 = xor i32 %125, %134
	%136 = mul i32 %124, 8
	%137 = add i32 %136, %135
	%138 = shl i32 %137, 4
	%139 = add i32 %19, %138
	%140 = sext i32 %133 to i64
	%141 = getelementptr i16, i16* %12, i64 %140
	%142 = select i1 %129, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %139, i16* %141, i32 %142)
	%143 = add i32 %0, 256
	%144 = lshr i32 %143, 3
	%145 = and i32 %143, 7
	%146 = add i32 %3, %144
	%147 = mul i32 %146, 8
	%148 = add i32 %147, %122
	%149 = icmp slt i32 %148, %M
	%150 = select i1 %149, i32 %148, i32 0
	%151 = mul i32 %150, 64
	%152 = mul i32 %145, 8
	%153 = add i32 %151, %152
	%154 = and i32 %144, 7
	%155 = xor i32 %145, %154
	%156 = mul i32 %144, 8
	%157 = add i32 %156, %155
	%158 = shl i32 %157, 4
	%159 = add i32 %19, %158
	%160 = sext i32 %153 to i64
	%161 = getelementptr i16, i16* %12, i64 %160
	%162 = select i1 %149, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %159, i16* %161, i32 %162)
	%163 = add i32 %0, 512
	%164 = lshr i32 %163, 3
	%165 = and i32 %163, 7
	%166 = add i32 %3, %164
	%167 = mul i32 %166, 8
	%168 = add i32 %167, %122
	%169 = icmp slt i32 %168, %M
	%170 = select i1 %169, i32 %168, i32 0
	%171 = mul i32 %170, 64
	%172 = mul i32 %165, 8
	%173 = add i32 %171, %172
	%174 = and i32 %164, 7
	%175 = xor i32 %165, %174
	%176 = mul i32 %164, 8
	%177 = add i32 %176, %175
	%178 = shl i32 %177, 4
	%179 = add i32 %19, %178
	%180 = sext i32 %173 to i64
	%181 = getelementptr i16, i16* %12, i64 %180
	%182 = select i1 %169, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %179, i16* %181, i32 %182)
	%183 = add i32 %0, 768
	%184 = lshr i32 %183, 3
	%185 = and i32 %183, 7
	%186 = add i32 %3, %184
	%187 = mul i32 %186, 8
	%188 = add i32 %187, %122
	%189 = icmp slt i32 %188, %M
	%190 = select i1 %189, i32 %188, i32 0
	%191 = mul i32 %190, 64
	%192 = mul i32 %185, 8
	%193 = add i32 %191, %192
	%194 = and i32 %184, 7
	%195 = xor i32 %185, %194
	%196 = mul i32 %184, 8
	%197 = add i32 %196, %195
	%198 = shl i32 %197, 4
	%199 = add i32 %19, %198
	%200 = sext i32 %193 to i64
	%201 = getelementptr i16, i16* %12, i64 %200
	%202 = select i1 %189, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %199, i16* %201, i32 %202)
	%203 = add i32 %0, 0
	%204 = lshr i32 %203, 3
	%205 = and i32 %203, 7
	%206 = add i32 %73, %204
	%207 = mul i32 %206, 8
	%208 = add i32 %207, %87
	%209 = icmp slt i32 %208, %N
	%210 = select i1 %209, i32 %208, i32 0
	%211 = mul i32 %210, 64
	%212 = mul i32 %205, 8
	%213 = add i32 %211, %212
	%214 = and i32 %204, 7
	%215 = xor i32 %205, %214
	%216 = mul i32 %204, 8
	%217 = add i32 %216, %215
	%218 = shl i32 %217, 4
	%219 = add i32 %20, %218
	%220 = sext i32 %213 to i64
	%221 = getelementptr i16, i16* %16, i64 %220
	%222 = select i1 %209, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %219, i16* %221, i32 %222)
	%223 = add i32 %0, 256
	%224 = lshr i32 %223, 3
	%225 = and i32 %223, 7
	%226 = add i32 %73, %224
	%227 = mul i32 %226, 8
	%228 = add i32 %227, %87
	%229 = icmp slt i32 %228, %N
	%230 = select i1 %229, i32 %228, i32 0
	%231 = mul i32 %230, 64
	%232 = mul i32 %225, 8
	%233 = add i32 %231, %232
	%234 = and i32 %224, 7
	%235 = xor i32 %225, %234
	%236 = mul i32 %224, 8
	%237 = add i32 %236, %235
	%238 = shl i32 %237, 4
	%239 = add i32 %20, %238
	%240 = sext i32 %233 to i64
	%241 = getelementptr i16, i16* %16, i64 %240
	%242 = select i1 %229, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %239, i16* %241, i32 %242)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%243 = xor i32 %34, 0
	%244 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %243)
	%245 = extractvalue { i32, i32, i32, i32 } %244, 0
	%246 = extractvalue { i32, i32, i32, i32 } %244, 1
	%247 = extractvalue { i32, i32, i32, i32 } %244, 2
	%248 = extractvalue { i32, i32, i32, i32 } %244, 3
	%249 = xor i32 %45, 0
	%250 = add i32 %249, 0
	%251 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %250)
	%252 = extractvalue { i32, i32, i32, i32 } %251, 0
	%253 = extractvalue { i32, i32, i32, i32 } %251, 1
	%254 = extractvalue { i32, i32, i32, i32 } %251, 2
	%255 = extractvalue { i32, i32, i32, i32 } %251, 3
	%256 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %252, i32 %253, float %88, float %89, float %90, float %91)
	%257 = extractvalue { float, float, float, float } %256, 0
	%258 = extractvalue { float, float, float, float } %256, 1
	%259 = extractvalue { float, float, float, float } %256, 2
	%260 = extractvalue { float, float, float, float } %256, 3
	%261 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %254, i32 %255, float %92, float %93, float %94, float %95)
	%262 = extractvalue { float, float, float, float } %261, 0
	%263 = extractvalue { float, float, float, float } %261, 1
	%264 = extractvalue { float, float, float, float } %261, 2
	%265 = extractvalue { float, float, float, float } %261, 3
	%266 = add i32 %249, 2048
	%267 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %266)
	%268 = extractvalue { i32, i32, i32, i32 } %267, 0
	%269 = extractvalue { i32, i32, i32, i32 } %267, 1
	%270 = extractvalue { i32, i32, i32, i32 } %267, 2
	%271 = extractvalue { i32, i32, i32, i32 } %267, 3
	%272 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %268, i32 %269, float %96, float %97, float %98, float %99)
	%273 = extractvalue { float, float, float, float } %272, 0
	%274 = extractvalue { float, float, float, float } %272, 1
	%275 = extractvalue { float, float, float, float } %272, 2
	%276 = extractvalue { float, float, float, float } %272, 3
	%277 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %270, i32 %271, float %100, float %101, float %102, float %103)
	%278 = extractvalue { float, float, float, float } %277, 0
	%279 = extractvalue { float, float, float, float } %277, 1
	%280 = extractvalue { float, float, float, float } %277, 2
	%281 = extractvalue { float, float, float, float } %277, 3
	%282 = add i32 %249, u0x1000
	%283 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %282)
	%284 = extractvalue { i32, i32, i32, i32 } %283, 0
	%285 = extractvalue { i32, i32, i32, i32 } %283, 1
	%286 = extractvalue { i32, i32, i32, i32 } %283, 2
	%287 = extractvalue { i32, i32, i32, i32 } %283, 3
	%288 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %284, i32 %285, float %104, float %105, float %106, float %107)
	%289 = extractvalue { float, float, float, float } %288, 0
	%290 = extractvalue { float, float, float, float } %288, 1
	%291 = extractvalue { float, float, float, float } %288, 2
	%292 = extractvalue { float, float, float, float } %288, 3
	%293 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %286, i32 %287, float %108, float %109, float %110, float %111)
	%294 = extractvalue { float, float, float, float } %293, 0
	%295 = extractvalue { float, float, float, float } %293, 1
	%296 = extractvalue { float, float, float, float } %293, 2
	%297 = extractvalue { float, float, float, float } %293, 3
	%298 = add i32 %249, 6144
	%299 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %298)
	%300 = extractvalue { i32, i32, i32, i32 } %299, 0
	%301 = extractvalue { i32, i32, i32, i32 } %299, 1
	%302 = extractvalue { i32, i32, i32, i32 } %299, 2
	%303 = extractvalue { i32, i32, i32, i32 } %299, 3
	%304 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %300, i32 %301, float %112, float %113, float %114, float %115)
	%305 = extractvalue { float, float, float, float } %304, 0
	%306 = extractvalue { float, float, float, float } %304, 1
	%307 = extractvalue { float, float, float, float } %304, 2
	%308 = extractvalue { float, float, float, float } %304, 3
	%309 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %302, i32 %303, float %116, float %117, float %118, float %119)
	%310 = extractvalue { float, float, float, float } %309, 0
	%311 = extractvalue { float, float, float, float } %309, 1
	%312 = extractvalue { float, float, float, float } %309, 2
	%313 = extractvalue { float, float, float, float } %309, 3
	%314 = xor i32 %34, 32
	%315 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %314)
	%316 = extractvalue { i32, i32, i32, i32 } %315, 0
	%317 = extractvalue { i32, i32, i32, i32 } %315, 1
	%318 = extractvalue { i32, i32, i32, i32 } %315, 2
	%319 = extractvalue { i32, i32, i32, i32 } %315, 3
	%320 = xor i32 %45, 32
	%321 = add i32 %320, 0
	%322 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %321)
	%323 = extractvalue { i32, i32, i32, i32 } %322, 0
	%324 = extractvalue { i32, i32, i32, i32 } %322, 1
	%325 = extractvalue { i32, i32, i32, i32 } %322, 2
	%326 = extractvalue { i32, i32, i32, i32 } %322, 3
	%327 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %323, i32 %324, float %257, float %258, float %259, float %260)
	%328 = extractvalue { float, float, float, float } %327, 0
	%329 = extractvalue { float, float, float, float } %327, 1
	%330 = extractvalue { float, float, float, float } %327, 2
	%331 = extractvalue { float, float, float, float } %327, 3
	%332 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %325, i32 %326, float %262, float %263, float %264, float %265)
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
	%343 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %339, i32 %340, float %273, float %274, float %275, float %276)
	%344 = extractvalue { float, float, float, float } %343, 0
	%345 = extractvalue { float, float, float, float } %343, 1
	%346 = extractvalue { float, float, float, float } %343, 2
	%347 = extractvalue { float, float, float, float } %343, 3
	%348 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %341, i32 %342, float %278, float %279, float %280, float %281)
	%349 = extractvalue { float, float, float, float } %348, 0
	%350 = extractvalue { float, float, float, float } %348, 1
	%351 = extractvalue { float, float, float, float } %348, 2
	%352 = extractvalue { float, float, float, float } %348, 3
	%353 = add i32 %320, u0x1000
	%354 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %353)
	%355 = extractvalue { i32, i32, i32, i32 } %354, 0
	%356 = extractvalue { i32, i32, i32, i32 } %354, 1
	%357 = extractvalue { i32, i32, i32, i32 } %354, 2
	%358 = extractvalue { i32, i32, i32, i32 } %354, 3
	%359 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %355, i32 %356, float %289, float %290, float %291, float %292)
	%360 = extractvalue { float, float, float, float } %359, 0
	%361 = extractvalue { float, float, float, float } %359, 1
	%362 = extractvalue { float, float, float, float } %359, 2
	%363 = extractvalue { float, float, float, float } %359, 3
	%364 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %357, i32 %358, float %294, float %295, float %296, float %297)
	%365 = extractvalue { float, float, float, float } %364, 0
	%366 = extractvalue { float, float, float, float } %364, 1
	%367 = extractvalue { float, float, float, float } %364, 2
	%368 = extractvalue { float, float, float, float } %364, 3
	%369 = add i32 %320, 6144
	%370 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %369)
	%371 = extractvalue { i32, i32, i32, i32 } %370, 0
	%372 = extractvalue { i32, i32, i32, i32 } %370, 1
	%373 = extractvalue { i32, i32, i32, i32 } %370, 2
	%374 = extractvalue { i32, i32, i32, i32 } %370, 3
	%375 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %371, i32 %372, float %305, float %306, float %307, float %308)
	%376 = extractvalue { float, float, float, float } %375, 0
	%377 = extractvalue { float, float, float, float } %375, 1
	%378 = extractvalue { float, float, float, float } %375, 2
	%379 = extractvalue { float, float, float, float } %375, 3
	%380 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %373, i32 %374, float %310, float %311, float %312, float %313)
	%381 = extractvalue { float, float, float, float } %380, 0
	%382 = extractvalue { float, float, float, float } %380, 1
	%383 = extractvalue { float, float, float, float } %380, 2
	%384 = extractvalue { float, float, float, float } %380, 3
	%385 = xor i32 %34, 64
	%386 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %385)
	%387 = extractvalue { i32, i32, i32, i32 } %386, 0
	%388 = extractvalue { i32, i32, i32, i32 } %386, 1
	%389 = extractvalue { i32, i32, i32, i32 } %386, 2
	%390 = extractvalue { i32, i32, i32, i32 } %386, 3
	%391 = xor i32 %45, 64
	%392 = add i32 %391, 0
	%393 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %392)
	%394 = extractvalue { i32, i32, i32, i32 } %393, 0
	%395 = extractvalue { i32, i32, i32, i32 } %393, 1
	%396 = extractvalue { i32, i32, i32, i32 } %393, 2
	%397 = extractvalue { i32, i32, i32, i32 } %393, 3
	%398 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %394, i32 %395, float %328, float %329, float %330, float %331)
	%399 = extractvalue { float, float, float, float } %398, 0
	%400 = extractvalue { float, float, float, float } %398, 1
	%401 = extractvalue { float, float, float, float } %398, 2
	%402 = extractvalue { float, float, float, float } %398, 3
	%403 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %396, i32 %397, float %333, float %334, float %335, float %336)
	%404 = extractvalue { float, float, float, float } %403, 0
	%405 = extractvalue { float, float, float, float } %403, 1
	%406 = extractvalue { float, float, float, float } %403, 2
	%407 = extractvalue { float, float, float, float } %403, 3
	%408 = add i32 %391, 2048
	%409 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %408)
	%410 = extractvalue { i32, i32, i32, i32 } %409, 0
	%411 = extractvalue { i32, i32, i32, i32 } %409, 1
	%412 = extractvalue { i32, i32, i32, i32 } %409, 2
	%413 = extractvalue { i32, i32, i32, i32 } %409, 3
	%414 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %410, i32 %411, float %344, float %345, float %346, float %347)
	%415 = extractvalue { float, float, float, float } %414, 0
	%416 = extractvalue { float, float, float, float } %414, 1
	%417 = extractvalue { float, float, float, float } %414, 2
	%418 = extractvalue { float, float, float, float } %414, 3
	%419 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %412, i32 %413, float %349, float %350, float %351, float %352)
	%420 = extractvalue { float, float, float, float } %419, 0
	%421 = extractvalue { float, float, float, float } %419, 1
	%422 = extractvalue { float, float, float, float } %419, 2
	%423 = extractvalue { float, float, float, float } %419, 3
	%424 = add i32 %391, u0x1000
	%425 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %424)
	%426 = extractvalue { i32, i32, i32, i32 } %425, 0
	%427 = extractvalue { i32, i32, i32, i32 } %425, 1
	%428 = extractvalue { i32, i32, i32, i32 } %425, 2
	%429 = extractvalue { i32, i32, i32, i32 } %425, 3
	%430 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %426, i32 %427, float %360, float %361, float %362, float %363)
	%431 = extractvalue { float, float, float, float } %430, 0
	%432 = extractvalue { float, float, float, float } %430, 1
	%433 = extractvalue { float, float, float, float } %430, 2
	%434 = extractvalue { float, float, float, float } %430, 3
	%435 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %428, i32 %429, float %365, float %366, float %367, float %368)
	%436 = extractvalue { float, float, float, float } %435, 0
	%437 = extractvalue { float, float, float, float } %435, 1
	%438 = extractvalue { float, float, float, float } %435, 2
	%439 = extractvalue { float, float, float, float } %435, 3
	%440 = add i32 %391, 6144
	%441 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %440)
	%442 = extractvalue { i32, i32, i32, i32 } %441, 0
	%443 = extractvalue { i32, i32, i32, i32 } %441, 1
	%444 = extractvalue { i32, i32, i32, i32 } %441, 2
	%445 = extractvalue { i32, i32, i32, i32 } %441, 3
	%446 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %442, i32 %443, float %376, float %377, float %378, float %379)
	%447 = extractvalue { float, float, float, float } %446, 0
	%448 = extractvalue { float, float, float, float } %446, 1
	%449 = extractvalue { float, float, float, float } %446, 2
	%450 = extractvalue { float, float, float, float } %446, 3
	%451 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %444, i32 %445, float %381, float %382, float %383, float %384)
	%452 = extractvalue { float, float, float, float } %451, 0
	%453 = extractvalue { float, float, float, float } %451, 1
	%454 = extractvalue { float, float, float, float } %451, 2
	%455 = extractvalue { float, float, float, float } %451, 3
	%456 = xor i32 %34, 96
	%457 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %456)
	%458 = extractvalue { i32, i32, i32, i32 } %457, 0
	%459 = extractvalue { i32, i32, i32, i32 } %457, 1
	%460 = extractvalue { i32, i32, i32, i32 } %457, 2
	%461 = extractvalue { i32, i32, i32, i32 } %457, 3
	%462 = xor i32 %45, 96
	%463 = add i32 %462, 0
	%464 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %463)
	%465 = extractvalue { i32, i32, i32, i32 } %464, 0
	%466 = extractvalue { i32, i32, i32, i32 } %464, 1
	%467 = extractvalue { i32, i32, i32, i32 } %464, 2
	%468 = extractvalue { i32, i32, i32, i32 } %464, 3
	%469 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %465, i32 %466, float %399, float %400, float %401, float %402)
	%470 = extractvalue { float, float, float, float } %469, 0
	%471 = extractvalue { float, float, float, float } %469, 1
	%472 = extractvalue { float, float, float, float } %469, 2
	%473 = extractvalue { float, float, float, float } %469, 3
	%474 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %467, i32 %468, float %404, float %405, float %406, float %407)
	%475 = extractvalue { float, float, float, float } %474, 0
	%476 = extractvalue { float, float, float, float } %474, 1
	%477 = extractvalue { float, float, float, float } %474, 2
	%478 = extractvalue { float, float, float, float } %474, 3
	%479 = add i32 %462, 2048
	%480 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %479)
	%481 = extractvalue { i32, i32, i32, i32 } %480, 0
	%482 = extractvalue { i32, i32, i32, i32 } %480, 1
	%483 = extractvalue { i32, i32, i32, i32 } %480, 2
	%484 = extractvalue { i32, i32, i32, i32 } %480, 3
	%485 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %481, i32 %482, float %415, float %416, float %417, float %418)
	%486 = extractvalue { float, float, float, float } %485, 0
	%487 = extractvalue { float, float, float, float } %485, 1
	%488 = extractvalue { float, float, float, float } %485, 2
	%489 = extractvalue { float, float, float, float } %485, 3
	%490 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %483, i32 %484, float %420, float %421, float %422, float %423)
	%491 = extractvalue { float, float, float, float } %490, 0
	%492 = extractvalue { float, float, float, float } %490, 1
	%493 = extractvalue { float, float, float, float } %490, 2
	%494 = extractvalue { float, float, float, float } %490, 3
	%495 = add i32 %462, u0x1000
	%496 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %495)
	%497 = extractvalue { i32, i32, i32, i32 } %496, 0
	%498 = extractvalue { i32, i32, i32, i32 } %496, 1
	%499 = extractvalue { i32, i32, i32, i32 } %496, 2
	%500 = extractvalue { i32, i32, i32, i32 } %496, 3
	%501 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %497, i32 %498, float %431, float %432, float %433, float %434)
	%502 = extractvalue { float, float, float, float } %501, 0
	%503 = extractvalue { float, float, float, float } %501, 1
	%504 = extractvalue { float, float, float, float } %501, 2
	%505 = extractvalue { float, float, float, float } %501, 3
	%506 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %499, i32 %500, float %436, float %437, float %438, float %439)
	%507 = extractvalue { float, float, float, float } %506, 0
	%508 = extractvalue { float, float, float, float } %506, 1
	%509 = extractvalue { float, float, float, float } %506, 2
	%510 = extractvalue { float, float, float, float } %506, 3
	%511 = add i32 %462, 6144
	%512 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %511)
	%513 = extractvalue { i32, i32, i32, i32 } %512, 0
	%514 = extractvalue { i32, i32, i32, i32 } %512, 1
	%515 = extractvalue { i32, i32, i32, i32 } %512, 2
	%516 = extractvalue { i32, i32, i32, i32 } %512, 3
	%517 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %513, i32 %514, float %447, float %448, float %449, float %450)
	%518 = extractvalue { float, float, float, float } %517, 0
	%519 = extractvalue { float, float, float, float } %517, 1
	%520 = extractvalue { float, float, float, float } %517, 2
	%521 = extractvalue { float, float, float, float } %517, 3
	%522 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %515, i32 %516, float %452, float %453, float %454, float %455)
	%523 = extractvalue { float, float, float, float } %522, 0
	%524 = extractvalue { float, float, float, float } %522, 1
	%525 = extractvalue { float, float, float, float } %522, 2
	%526 = extractvalue { float, float, float, float } %522, 3
	call void @llvm.nvvm.barrier0()
	%527 = add i32 %87, 1
	br label %86

528:
	%529 = mul i32 %4, 16
	%530 = add i32 %6, 0
	%531 = add i32 %529, %530
	%532 = add i32 %3, %531
	%533 = shl i32 %7, 1
	%534 = add i32 0, %533
	%535 = add i32 %73, %534
	%536 = icmp slt i32 %532, %R
	%537 = icmp slt i32 %535, %T
	%538 = and i1 %536, %537
	%539 = mul i32 %532, 8
	%540 = add i32 %539, 7
	%541 = sub i32 %N, %M
	%542 = add i32 %540, %541
	%543 = icmp slt i32 %542, 0
	%544 = sub i32 0, %542
	%545 = add i32 %544, 7
	%546 = sdiv i32 %545, 8
	%547 = sub i32 0, %546
	%548 = sdiv i32 %542, 8
	%549 = select i1 %543, i32 %547, i32 %548
	%550 = icmp sle i32 %535, %549
	%551 = and i1 %538, %550
	%552 = fmul float %88, 0x3F97154760000000
	%553 = select i1 %551, float %552, float 0xFFF0000000000000
	%554 = mul i32 %4, 16
	%555 = add i32 %6, 0
	%556 = add i32 %554, %555
	%557 = add i32 %3, %556
	%558 = shl i32 %7, 1
	%559 = add i32 1, %558
	%560 = add i32 %73, %559
	%561 = icmp slt i32 %557, %R
	%562 = icmp slt i32 %560, %T
	%563 = and i1 %561, %562
	%564 = mul i32 %557, 8
	%565 = add i32 %564, 7
	%566 = sub i32 %N, %M
	%567 = add i32 %565, %566
	%568 = icmp slt i32 %567, 0
	%569 = sub i32 0, %567
	%570 = add i32 %569, 7
	%571 = sdiv i32 %570, 8
	%572 = sub i32 0, %571
	%573 = sdiv i32 %567, 8
	%574 = select i1 %568, i32 %572, i32 %573
	%575 = icmp sle i32 %560, %574
	%576 = and i1 %563, %575
	%577 = fmul float %89, 0x3F97154760000000
	%578 = select i1 %576, float %577, float 0xFFF0000000000000
	%579 = mul i32 %4, 16
	%580 = add i32 %6, 8
	%581 = add i32 %579, %580
	%582 = add i32 %3, %581
	%583 = shl i32 %7, 1
	%584 = add i32 0, %583
	%585 = add i32 %73, %584
	%586 = icmp slt i32 %582, %R
	%587 = icmp slt i32 %585, %T
	%588 = and i1 %586, %587
	%589 = mul i32 %582, 8
	%590 = add i32 %589, 7
	%591 = sub i32 %N, %M
	%592 = add i32 %590, %591
	%593 = icmp slt i32 %592, 0
	%594 = sub i32 0, %592
	%595 = add i32 %594, 7
	%596 = sdiv i32 %595, 8
	%597 = sub i32 0, %596
	%598 = sdiv i32 %592, 8
	%599 = select i1 %593, i32 %597, i32 %598
	%600 = icmp sle i32 %585, %599
	%601 = and i1 %588, %600
	%602 = fmul float %90, 0x3F97154760000000
	%603 = select i1 %601, float %602, float 0xFFF0000000000000
	%604 = mul i32 %4, 16
	%605 = add i32 %6, 8
	%606 = add i32 %604, %605
	%607 = add i32 %3, %606
	%608 = shl i32 %7, 1
	%609 = add i32 1, %608
	%610 = add i32 %73, %609
	%611 = icmp slt i32 %607, %R
	%612 = icmp slt i32 %610, %T
	%613 = and i1 %611, %612
	%614 = mul i32 %607, 8
	%615 = add i32 %614, 7
	%616 = sub i32 %N, %M
	%617 = add i32 %615, %616
	%618 = icmp slt i32 %617, 0
	%619 = sub i32 0, %617
	%620 = add i32 %619, 7
	%621 = sdiv i32 %620, 8
	%622 = sub i32 0, %621
	%623 = sdiv i32 %617, 8
	%624 = select i1 %618, i32 %622, i32 %623
	%625 = icmp sle i32 %610, %624
	%626 = and i1 %613, %625
	%627 = fmul float %91, 0x3F97154760000000
	%628 = select i1 %626, float %627, float 0xFFF0000000000000
	%629 = mul i32 %4, 16
	%630 = add i32 %6, 0
	%631 = add i32 %629, %630
	%632 = add i32 %3, %631
	%633 = shl i32 %7, 1
	%634 = add i32 8, %633
	%635 = add i32 %73, %634
	%636 = icmp slt i32 %632, %R
	%637 = icmp slt i32 %635, %T
	%638 = and i1 %636, %637
	%639 = mul i32 %632, 8
	%640 = add i32 %639, 7
	%641 = sub i32 %N, %M
	%642 = add i32 %640, %641
	%643 = icmp slt i32 %642, 0
	%644 = sub i32 0, %642
	%645 = add i32 %644, 7
	%646 = sdiv i32 %645, 8
	%647 = sub i32 0, %646
	%648 = sdiv i32 %642, 8
	%649 = select i1 %643, i32 %647, i32 %648
	%650 = icmp sle i32 %635, %649
	%651 = and i1 %638, %650
	%652 = fmul float %92, 0x3F97154760000000
	%653 = select i1 %651, float %652, float 0xFFF0000000000000
	%654 = mul i32 %4, 16
	%655 = add i32 %6, 0
	%656 = add i32 %654, %655
	%657 = add i32 %3, %656
	%658 = shl i32 %7, 1
	%659 = add i32 9, %658
	%660 = add i32 %73, %659
	%661 = icmp slt i32 %657, %R
	%662 = icmp slt i32 %660, %T
	%663 = and i1 %661, %662
	%664 = mul i32 %657, 8
	%665 = add i32 %664, 7
	%666 = sub i32 %N, %M
	%667 = add i32 %665, %666
	%668 = icmp slt i32 %667, 0
	%669 = sub i32 0, %667
	%670 = add i32 %669, 7
	%671 = sdiv i32 %670, 8
	%672 = sub i32 0, %671
	%673 = sdiv i32 %667, 8
	%674 = select i1 %668, i32 %672, i32 %673
	%675 = icmp sle i32 %660, %674
	%676 = and i1 %663, %675
	%677 = fmul float %93, 0x3F97154760000000
	%678 = select i1 %676, float %677, float 0xFFF0000000000000
	%679 = mul i32 %4, 16
	%680 = add i32 %6, 8
	%681 = add i32 %679, %680
	%682 = add i32 %3, %681
	%683 = shl i32 %7, 1
	%684 = add i32 8, %683
	%685 = add i32 %73, %684
	%686 = icmp slt i32 %682, %R
	%687 = icmp slt i32 %685, %T
	%688 = and i1 %686, %687
	%689 = mul i32 %682, 8
	%690 = add i32 %689, 7
	%691 = sub i32 %N, %M
	%692 = add i32 %690, %691
	%693 = icmp slt i32 %692, 0
	%694 = sub i32 0, %692
	%695 = add i32 %694, 7
	%696 = sdiv i32 %695, 8
	%697 = sub i32 0, %696
	%698 = sdiv i32 %692, 8
	%699 = select i1 %693, i32 %697, i32 %698
	%700 = icmp sle i32 %685, %699
	%701 = and i1 %688, %700
	%702 = fmul float %94, 0x3F97154760000000
	%703 = select i1 %701, float %702, float 0xFFF0000000000000
	%704 = mul i32 %4, 16
	%705 = add i32 %6, 8
	%706 = add i32 %704, %705
	%707 = add i32 %3, %706
	%708 = shl i32 %7, 1
	%709 = add i32 9, %708
	%710 = add i32 %73, %709
	%711 = icmp slt i32 %707, %R
	%712 = icmp slt i32 %710, %T
	%713 = and i1 %711, %712
	%714 = mul i32 %707, 8
	%715 = add i32 %714, 7
	%716 = sub i32 %N, %M
	%717 = add i32 %715, %716
	%718 = icmp slt i32 %717, 0
	%719 = sub i32 0, %717
	%720 = add i32 %719, 7
	%721 = sdiv i32 %720, 8
	%722 = sub i32 0, %721
	%723 = sdiv i32 %717, 8
	%724 = select i1 %718, i32 %722, i32 %723
	%725 = icmp sle i32 %710, %724
	%726 = and i1 %713, %725
	%727 = fmul float %95, 0x3F97154760000000
	%728 = select i1 %726, float %727, float 0xFFF0000000000000
	%729 = mul i32 %4, 16
	%730 = add i32 %6, 0
	%731 = add i32 %729, %730
	%732 = add i32 %3, %731
	%733 = shl i32 %7, 1
	%734 = add i32 16, %733
	%735 = add i32 %73, %734
	%736 = icmp slt i32 %732, %R
	%737 = icmp slt i32 %735, %T
	%738 = and i1 %736, %737
	%739 = mul i32 %732, 8
	%740 = add i32 %739, 7
	%741 = sub i32 %N, %M
	%742 = add i32 %740, %741
	%743 = icmp slt i32 %742, 0
	%744 = sub i32 0, %742
	%745 = add i32 %744, 7
	%746 = sdiv i32 %745, 8
	%747 = sub i32 0, %746
	%748 = sdiv i32 %742, 8
	%749 = select i1 %743, i32 %747, i32 %748
	%750 = icmp sle i32 %735, %749
	%751 = and i1 %738, %750
	%752 = fmul float %96, 0x3F97154760000000
	%753 = select i1 %751, float %752, float 0xFFF0000000000000
	%754 = mul i32 %4, 16
	%755 = add i32 %6, 0
	%756 = add i32 %754, %755
	%757 = add i32 %3, %756
	%758 = shl i32 %7, 1
	%759 = add i32 17, %758
	%760 = add i32 %73, %759
	%761 = icmp slt i32 %757, %R
	%762 = icmp slt i32 %760, %T
	%763 = and i1 %761, %762
	%764 = mul i32 %757, 8
	%765 = add i32 %764, 7
	%766 = sub i32 %N, %M
	%767 = add i32 %765, %766
	%768 = icmp slt i32 %767, 0
	%769 = sub i32 0, %767
	%770 = add i32 %769, 7
	%771 = sdiv i32 %770, 8
	%772 = sub i32 0, %771
	%773 = sdiv i32 %767, 8
	%774 = select i1 %768, i32 %772, i32 %773
	%775 = icmp sle i32 %760, %774
	%776 = and i1 %763, %775
	%777 = fmul float %97, 0x3F97154760000000
	%778 = select i1 %776, float %777, float 0xFFF0000000000000
	%779 = mul i32 %4, 16
	%780 = add i32 %6, 8
	%781 = add i32 %779, %780
	%782 = add i32 %3, %781
	%783 = shl i32 %7, 1
	%784 = add i32 16, %783
	%785 = add i32 %73, %784
	%786 = icmp slt i32 %782, %R
	%787 = icmp slt i32 %785, %T
	%788 = and i1 %786, %787
	%789 = mul i32 %782, 8
	%790 = add i32 %789, 7
	%791 = sub i32 %N, %M
	%792 = add i32 %790, %791
	%793 = icmp slt i32 %792, 0
	%794 = sub i32 0, %792
	%795 = add i32 %794, 7
	%796 = sdiv i32 %795, 8
	%797 = sub i32 0, %796
	%798 = sdiv i32 %792, 8
	%799 = select i1 %793, i32 %797, i32 %798
	%800 = icmp sle i32 %785, %799
	%801 = and i1 %788, %800
	%802 = fmul float %98, 0x3F97154760000000
	%803 = select i1 %801, float %802, float 0xFFF0000000000000
	%804 = mul i32 %4, 16
	%805 = add i32 %6, 8
	%806 = add i32 %804, %805
	%807 = add i32 %3, %806
	%808 = shl i32 %7, 1
	%809 = add i32 17, %808
	%810 = add i32 %73, %809
	%811 = icmp slt i32 %807, %R
	%812 = icmp slt i32 %810, %T
	%813 = and i1 %811, %812
	%814 = mul i32 %807, 8
	%815 = add i32 %814, 7
	%816 = sub i32 %N, %M
	%817 = add i32 %815, %816
	%818 = icmp slt i32 %817, 0
	%819 = sub i32 0, %817
	%820 = add i32 %819, 7
	%821 = sdiv i32 %820, 8
	%822 = sub i32 0, %821
	%823 = sdiv i32 %817, 8
	%824 = select i1 %818, i32 %822, i32 %823
	%825 = icmp sle i32 %810, %824
	%826 = and i1 %813, %825
	%827 = fmul float %99, 0x3F97154760000000
	%828 = select i1 %826, float %827, float 0xFFF0000000000000
	%829 = mul i32 %4, 16
	%830 = add i32 %6, 0
	%831 = add i32 %829, %830
	%832 = add i32 %3, %831
	%833 = shl i32 %7, 1
	%834 = add i32 24, %833
	%835 = add i32 %73, %834
	%836 = icmp slt i32 %832, %R
	%837 = icmp slt i32 %835, %T
	%838 = and i1 %836, %837
	%839 = mul i32 %832, 8
	%840 = add i32 %839, 7
	%841 = sub i32 %N, %M
	%842 = add i32 %840, %841
	%843 = icmp slt i32 %842, 0
	%844 = sub i32 0, %842
	%845 = add i32 %844, 7
	%846 = sdiv i32 %845, 8
	%847 = sub i32 0, %846
	%848 = sdiv i32 %842, 8
	%849 = select i1 %843, i32 %847, i32 %848
	%850 = icmp sle i32 %835, %849
	%851 = and i1 %838, %850
	%852 = fmul float %100, 0x3F97154760000000
	%853 = select i1 %851, float %852, float 0xFFF0000000000000
	%854 = mul i32 %4, 16
	%855 = add i32 %6, 0
	%856 = add i32 %854, %855
	%857 = add i32 %3, %856
	%858 = shl i32 %7, 1
	%859 = add i32 25, %858
	%860 = add i32 %73, %859
	%861 = icmp slt i32 %857, %R
	%862 = icmp slt i32 %860, %T
	%863 = and i1 %861, %862
	%864 = mul i32 %857, 8
	%865 = add i32 %864, 7
	%866 = sub i32 %N, %M
	%867 = add i32 %865, %866
	%868 = icmp slt i32 %867, 0
	%869 = sub i32 0, %867
	%870 = add i32 %869, 7
	%871 = sdiv i32 %870, 8
	%872 = sub i32 0, %871
	%873 = sdiv i32 %867, 8
	%874 = select i1 %868, i32 %872, i32 %873
	%875 = icmp sle i32 %860, %874
	%876 = and i1 %863, %875
	%877 = fmul float %101, 0x3F97154760000000
	%878 = select i1 %876, float %877, float 0xFFF0000000000000
	%879 = mul i32 %4, 16
	%880 = add i32 %6, 8
	%881 = add i32 %879, %880
	%882 = add i32 %3, %881
	%883 = shl i32 %7, 1
	%884 = add i32 24, %883
	%885 = add i32 %73, %884
	%886 = icmp slt i32 %882, %R
	%887 = icmp slt i32 %885, %T
	%888 = and i1 %886, %887
	%889 = mul i32 %882, 8
	%890 = add i32 %889, 7
	%891 = sub i32 %N, %M
	%892 = add i32 %890, %891
	%893 = icmp slt i32 %892, 0
	%894 = sub i32 0, %892
	%895 = add i32 %894, 7
	%896 = sdiv i32 %895, 8
	%897 = sub i32 0, %896
	%898 = sdiv i32 %892, 8
	%899 = select i1 %893, i32 %897, i32 %898
	%900 = icmp sle i32 %885, %899
	%901 = and i1 %888, %900
	%902 = fmul float %102, 0x3F97154760000000
	%903 = select i1 %901, float %902, float 0xFFF0000000000000
	%904 = mul i32 %4, 16
	%905 = add i32 %6, 8
	%906 = add i32 %904, %905
	%907 = add i32 %3, %906
	%908 = shl i32 %7, 1
	%909 = add i32 25, %908
	%910 = add i32 %73, %909
	%911 = icmp slt i32 %907, %R
	%912 = icmp slt i32 %910, %T
	%913 = and i1 %911, %912
	%914 = mul i32 %907, 8
	%915 = add i32 %914, 7
	%916 = sub i32 %N, %M
	%917 = add i32 %915, %916
	%918 = icmp slt i32 %917, 0
	%919 = sub i32 0, %917
	%920 = add i32 %919, 7
	%921 = sdiv i32 %920, 8
	%922 = sub i32 0, %921
	%923 = sdiv i32 %917, 8
	%924 = select i1 %918, i32 %922, i32 %923
	%925 = icmp sle i32 %910, %924
	%926 = and i1 %913, %925
	%927 = fmul float %103, 0x3F97154760000000
	%928 = select i1 %926, float %927, float 0xFFF0000000000000
	%929 = mul i32 %4, 16
	%930 = add i32 %6, 0
	%931 = add i32 %929, %930
	%932 = add i32 %3, %931
	%933 = shl i32 %7, 1
	%934 = add i32 32, %933
	%935 = add i32 %73, %934
	%936 = icmp slt i32 %932, %R
	%937 = icmp slt i32 %935, %T
	%938 = and i1 %936, %937
	%939 = mul i32 %932, 8
	%940 = add i32 %939, 7
	%941 = sub i32 %N, %M
	%942 = add i32 %940, %941
	%943 = icmp slt i32 %942, 0
	%944 = sub i32 0, %942
	%945 = add i32 %944, 7
	%946 = sdiv i32 %945, 8
	%947 = sub i32 0, %946
	%948 = sdiv i32 %942, 8
	%949 = select i1 %943, i32 %947, i32 %948
	%950 = icmp sle i32 %935, %949
	%951 = and i1 %938, %950
	%952 = fmul float %104, 0x3F97154760000000
	%953 = select i1 %951, float %952, float 0xFFF0000000000000
	%954 = mul i32 %4, 16
	%955 = add i32 %6, 0
	%956 = add i32 %954, %955
	%957 = add i32 %3, %956
	%958 = shl i32 %7, 1
	%959 = add i32 33, %958
	%960 = add i32 %73, %959
	%961 = icmp slt i32 %957, %R
	%962 = icmp slt i32 %960, %T
	%963 = and i1 %961, %962
	%964 = mul i32 %957, 8
	%965 = add i32 %964, 7
	%966 = sub i32 %N, %M
	%967 = add i32 %965, %966
	%968 = icmp slt i32 %967, 0
	%969 = sub i32 0, %967
	%970 = add i32 %969, 7
	%971 = sdiv i32 %970, 8
	%972 = sub i32 0, %971
	%973 = sdiv i32 %967, 8
	%974 = select i1 %968, i32 %972, i32 %973
	%975 = icmp sle i32 %960, %974
	%976 = and i1 %963, %975
	%977 = fmul float %105, 0x3F97154760000000
	%978 = select i1 %976, float %977, float 0xFFF0000000000000
	%979 = mul i32 %4, 16
	%980 = add i32 %6, 8
	%981 = add i32 %979, %980
	%982 = add i32 %3, %981
	%983 = shl i32 %7, 1
	%984 = add i32 32, %983
	%985 = add i32 %73, %984
	%986 = icmp slt i32 %982, %R
	%987 = icmp slt i32 %985, %T
	%988 = and i1 %986, %987
	%989 = mul i32 %982, 8
	%990 = add i32 %989, 7
	%991 = sub i32 %N, %M
	%992 = add i32 %990, %991
	%993 = icmp slt i32 %992, 0
	%994 = sub i32 0, %992
	%995 = add i32 %994, 7
	%996 = sdiv i32 %995, 8
	%997 = sub i32 0, %996
	%998 = sdiv i32 %992, 8
	%999 = select i1 %993, i32 %997, i32 %998
	%1000 = icmp sle i32 %985, %999
	%1001 = and i1 %988, %1000
	%1002 = fmul float %106, 0x3F97154760000000
	%1003 = select i1 %1001, float %1002, float 0xFFF0000000000000
	%1004 = mul i32 %4, 16
	%1005 = add i32 %6, 8
	%1006 = add i32 %1004, %1005
	%1007 = add i32 %3, %1006
	%1008 = shl i32 %7, 1
	%1009 = add i32 33, %1008
	%1010 = add i32 %73, %1009
	%1011 = icmp slt i32 %1007, %R
	%1012 = icmp slt i32 %1010, %T
	%1013 = and i1 %1011, %1012
	%1014 = mul i32 %1007, 8
	%1015 = add i32 %1014, 7
	%1016 = sub i32 %N, %M
	%1017 = add i32 %1015, %1016
	%1018 = icmp slt i32 %1017, 0
	%1019 = sub i32 0, %1017
	%1020 = add i32 %1019, 7
	%1021 = sdiv i32 %1020, 8
	%1022 = sub i32 0, %1021
	%1023 = sdiv i32 %1017, 8
	%1024 = select i1 %1018, i32 %1022, i32 %1023
	%1025 = icmp sle i32 %1010, %1024
	%1026 = and i1 %1013, %1025
	%1027 = fmul float %107, 0x3F97154760000000
	%1028 = select i1 %1026, float %1027, float 0xFFF0000000000000
	%1029 = mul i32 %4, 16
	%1030 = add i32 %6, 0
	%1031 = add i32 %1029, %1030
	%1032 = add i32 %3, %1031
	%1033 = shl i32 %7, 1
	%1034 = add i32 40, %1033
	%1035 = add i32 %73, %1034
	%1036 = icmp slt i32 %1032, %R
	%1037 = icmp slt i32 %1035, %T
	%1038 = and i1 %1036, %1037
	%1039 = mul i32 %1032, 8
	%1040 = add i32 %1039, 7
	%1041 = sub i32 %N, %M
	%1042 = add i32 %1040, %1041
	%1043 = icmp slt i32 %1042, 0
	%1044 = sub i32 0, %1042
	%1045 = add i32 %1044, 7
	%1046 = sdiv i32 %1045, 8
	%1047 = sub i32 0, %1046
	%1048 = sdiv i32 %1042, 8
	%1049 = select i1 %1043, i32 %1047, i32 %1048
	%1050 = icmp sle i32 %1035, %1049
	%1051 = and i1 %1038, %1050
	%1052 = fmul float %108, 0x3F97154760000000
	%1053 = select i1 %1051, float %1052, float 0xFFF0000000000000
	%1054 = mul i32 %4, 16
	%1055 = add i32 %6, 0
	%1056 = add i32 %1054, %1055
	%1057 = add i32 %3, %1056
	%1058 = shl i32 %7, 1
	%1059 = add i32 41, %1058
	%1060 = add i32 %73, %1059
	%1061 = icmp slt i32 %1057, %R
	%1062 = icmp slt i32 %1060, %T
	%1063 = and i1 %1061, %1062
	%1064 = mul i32 %1057, 8
	%1065 = add i32 %1064, 7
	%1066 = sub i32 %N, %M
	%1067 = add i32 %1065, %1066
	%1068 = icmp slt i32 %1067, 0
	%1069 = sub i32 0, %1067
	%1070 = add i32 %1069, 7
	%1071 = sdiv i32 %1070, 8
	%1072 = sub i32 0, %1071
	%1073 = sdiv i32 %1067, 8
	%1074 = select i1 %1068, i32 %1072, i32 %1073
	%1075 = icmp sle i32 %1060, %1074
	%1076 = and i1 %1063, %1075
	%1077 = fmul float %109, 0x3F97154760000000
	%1078 = select i1 %1076, float %1077, float 0xFFF0000000000000
	%1079 = mul i32 %4, 16
	%1080 = add i32 %6, 8
	%1081 = add i32 %1079, %1080
	%1082 = add i32 %3, %1081
	%1083 = shl i32 %7, 1
	%1084 = add i32 40, %1083
	%1085 = add i32 %73, %1084
	%1086 = icmp slt i32 %1082, %R
	%1087 = icmp slt i32 %1085, %T
	%1088 = and i1 %1086, %1087
	%1089 = mul i32 %1082, 8
	%1090 = add i32 %1089, 7
	%1091 = sub i32 %N, %M
	%1092 = add i32 %1090, %1091
	%1093 = icmp slt i32 %1092, 0
	%1094 = sub i32 0, %1092
	%1095 = add i32 %1094, 7
	%1096 = sdiv i32 %1095, 8
	%1097 = sub i32 0, %1096
	%1098 = sdiv i32 %1092, 8
	%1099 = select i1 %1093, i32 %1097, i32 %1098
	%1100 = icmp sle i32 %1085, %1099
	%1101 = and i1 %1088, %1100
	%1102 = fmul float %110, 0x3F97154760000000
	%1103 = select i1 %1101, float %1102, float 0xFFF0000000000000
	%1104 = mul i32 %4, 16
	%1105 = add i32 %6, 8
	%1106 = add i32 %1104, %1105
	%1107 = add i32 %3, %1106
	%1108 = shl i32 %7, 1
	%1109 = add i32 41, %1108
	%1110 = add i32 %73, %1109
	%1111 = icmp slt i32 %1107, %R
	%1112 = icmp slt i32 %1110, %T
	%1113 = and i1 %1111, %1112
	%1114 = mul i32 %1107, 8
	%1115 = add i32 %1114, 7
	%1116 = sub i32 %N, %M
	%1117 = add i32 %1115, %1116
	%1118 = icmp slt i32 %1117, 0
	%1119 = sub i32 0, %1117
	%1120 = add i32 %1119, 7
	%1121 = sdiv i32 %1120, 8
	%1122 = sub i32 0, %1121
	%1123 = sdiv i32 %1117, 8
	%1124 = select i1 %1118, i32 %1122, i32 %1123
	%1125 = icmp sle i32 %1110, %1124
	%1126 = and i1 %1113, %1125
	%1127 = fmul float %111, 0x3F97154760000000
	%1128 = select i1 %1126, float %1127, float 0xFFF0000000000000
	%1129 = mul i32 %4, 16
	%1130 = add i32 %6, 0
	%1131 = add i32 %1129, %1130
	%1132 = add i32 %3, %1131
	%1133 = shl i32 %7, 1
	%1134 = add i32 48, %1133
	%1135 = add i32 %73, %1134
	%1136 = icmp slt i32 %1132, %R
	%1137 = icmp slt i32 %1135, %T
	%1138 = and i1 %1136, %1137
	%1139 = mul i32 %1132, 8
	%1140 = add i32 %1139, 7
	%1141 = sub i32 %N, %M
	%1142 = add i32 %1140, %1141
	%1143 = icmp slt i32 %1142, 0
	%1144 = sub i32 0, %1142
	%1145 = add i32 %1144, 7
	%1146 = sdiv i32 %1145, 8
	%1147 = sub i32 0, %1146
	%1148 = sdiv i32 %1142, 8
	%1149 = select i1 %1143, i32 %1147, i32 %1148
	%1150 = icmp sle i32 %1135, %1149
	%1151 = and i1 %1138, %1150
	%1152 = fmul float %112, 0x3F97154760000000
	%1153 = select i1 %1151, float %1152, float 0xFFF0000000000000
	%1154 = mul i32 %4, 16
	%1155 = add i32 %6, 0
	%1156 = add i32 %1154, %1155
	%1157 = add i32 %3, %1156
	%1158 = shl i32 %7, 1
	%1159 = add i32 49, %1158
	%1160 = add i32 %73, %1159
	%1161 = icmp slt i32 %1157, %R
	%1162 = icmp slt i32 %1160, %T
	%1163 = and i1 %1161, %1162
	%1164 = mul i32 %1157, 8
	%1165 = add i32 %1164, 7
	%1166 = sub i32 %N, %M
	%1167 = add i32 %1165, %1166
	%1168 = icmp slt i32 %1167, 0
	%1169 = sub i32 0, %1167
	%1170 = add i32 %1169, 7
	%1171 = sdiv i32 %1170, 8
	%1172 = sub i32 0, %1171
	%1173 = sdiv i32 %1167, 8
	%1174 = select i1 %1168, i32 %1172, i32 %1173
	%1175 = icmp sle i32 %1160, %1174
	%1176 = and i1 %1163, %1175
	%1177 = fmul float %113, 0x3F97154760000000
	%1178 = select i1 %1176, float %1177, float 0xFFF0000000000000
	%1179 = mul i32 %4, 16
	%1180 = add i32 %6, 8
	%1181 = add i32 %1179, %1180
	%1182 = add i32 %3, %1181
	%1183 = shl i32 %7, 1
	%1184 = add i32 48, %1183
	%1185 = add i32 %73, %1184
	%1186 = icmp slt i32 %1182, %R
	%1187 = icmp slt i32 %1185, %T
	%1188 = and i1 %1186, %1187
	%1189 = mul i32 %1182, 8
	%1190 = add i32 %1189, 7
	%1191 = sub i32 %N, %M
	%1192 = add i32 %1190, %1191
	%1193 = icmp slt i32 %1192, 0
	%1194 = sub i32 0, %1192
	%1195 = add i32 %1194, 7
	%1196 = sdiv i32 %1195, 8
	%1197 = sub i32 0, %1196
	%1198 = sdiv i32 %1192, 8
	%1199 = select i1 %1193, i32 %1197, i32 %1198
	%1200 = icmp sle i32 %1185, %1199
	%1201 = and i1 %1188, %1200
	%1202 = fmul float %114, 0x3F97154760000000
	%1203 = select i1 %1201, float %1202, float 0xFFF0000000000000
	%1204 = mul i32 %4, 16
	%1205 = add i32 %6, 8
	%1206 = add i32 %1204, %1205
	%1207 = add i32 %3, %1206
	%1208 = shl i32 %7, 1
	%1209 = add i32 49, %1208
	%1210 = add i32 %73, %1209
	%1211 = icmp slt i32 %1207, %R
	%1212 = icmp slt i32 %1210, %T
	%1213 = and i1 %1211, %1212
	%1214 = mul i32 %1207, 8
	%1215 = add i32 %1214, 7
	%1216 = sub i32 %N, %M
	%1217 = add i32 %1215, %1216
	%1218 = icmp slt i32 %1217, 0
	%1219 = sub i32 0, %1217
	%1220 = add i32 %1219, 7
	%1221 = sdiv i32 %1220, 8
	%1222 = sub i32 0, %1221
	%1223 = sdiv i32 %1217, 8
	%1224 = select i1 %1218, i32 %1222, i32 %1223
	%1225 = icmp sle i32 %1210, %1224
	%1226 = and i1 %1213, %1225
	%1227 = fmul float %115, 0x3F97154760000000
	%1228 = select i1 %1226, float %1227, float 0xFFF0000000000000
	%1229 = mul i32 %4, 16
	%1230 = add i32 %6, 0
	%1231 = add i32 %1229, %1230
	%1232 = add i32 %3, %1231
	%1233 = shl i32 %7, 1
	%1234 = add i32 56, %1233
	%1235 = add i32 %73, %1234
	%1236 = icmp slt i32 %1232, %R
	%1237 = icmp slt i32 %1235, %T
	%1238 = and i1 %1236, %1237
	%1239 = mul i32 %1232, 8
	%1240 = add i32 %1239, 7
	%1241 = sub i32 %N, %M
	%1242 = add i32 %1240, %1241
	%1243 = icmp slt i32 %1242, 0
	%1244 = sub i32 0, %1242
	%1245 = add i32 %1244, 7
	%1246 = sdiv i32 %1245, 8
	%1247 = sub i32 0, %1246
	%1248 = sdiv i32 %1242, 8
	%1249 = select i1 %1243, i32 %1247, i32 %1248
	%1250 = icmp sle i32 %1235, %1249
	%1251 = and i1 %1238, %1250
	%1252 = fmul float %116, 0x3F97154760000000
	%1253 = select i1 %1251, float %1252, float 0xFFF0000000000000
	%1254 = mul i32 %4, 16
	%1255 = add i32 %6, 0
	%1256 = add i32 %1254, %1255
	%1257 = add i32 %3, %1256
	%1258 = shl i32 %7, 1
	%1259 = add i32 57, %1258
	%1260 = add i32 %73, %1259
	%1261 = icmp slt i32 %1257, %R
	%1262 = icmp slt i32 %1260, %T
	%1263 = and i1 %1261, %1262
	%1264 = mul i32 %1257, 8
	%1265 = add i32 %1264, 7
	%1266 = sub i32 %N, %M
	%1267 = add i32 %1265, %1266
	%1268 = icmp slt i32 %1267, 0
	%1269 = sub i32 0, %1267
	%1270 = add i32 %1269, 7
	%1271 = sdiv i32 %1270, 8
	%1272 = sub i32 0, %1271
	%1273 = sdiv i32 %1267, 8
	%1274 = select i1 %1268, i32 %1272, i32 %1273
	%1275 = icmp sle i32 %1260, %1274
	%1276 = and i1 %1263, %1275
	%1277 = fmul float %117, 0x3F97154760000000
	%1278 = select i1 %1276, float %1277, float 0xFFF0000000000000
	%1279 = mul i32 %4, 16
	%1280 = add i32 %6, 8
	%1281 = add i32 %1279, %1280
	%1282 = add i32 %3, %1281
	%1283 = shl i32 %7, 1
	%1284 = add i32 56, %1283
	%1285 = add i32 %73, %1284
	%1286 = icmp slt i32 %1282, %R
	%1287 = icmp slt i32 %1285, %T
	%1288 = and i1 %1286, %1287
	%1289 = mul i32 %1282, 8
	%1290 = add i32 %1289, 7
	%1291 = sub i32 %N, %M
	%1292 = add i32 %1290, %1291
	%1293 = icmp slt i32 %1292, 0
	%1294 = sub i32 0, %1292
	%1295 = add i32 %1294, 7
	%1296 = sdiv i32 %1295, 8
	%1297 = sub i32 0, %1296
	%1298 = sdiv i32 %1292, 8
	%1299 = select i1 %1293, i32 %1297, i32 %1298
	%1300 = icmp sle i32 %1285, %1299
	%1301 = and i1 %1288, %1300
	%1302 = fmul float %118, 0x3F97154760000000
	%1303 = select i1 %1301, float %1302, float 0xFFF0000000000000
	%1304 = mul i32 %4, 16
	%1305 = add i32 %6, 8
	%1306 = add i32 %1304, %1305
	%1307 = add i32 %3, %1306
	%1308 = shl i32 %7, 1
	%1309 = add i32 57, %1308
	%1310 = add i32 %73, %1309
	%1311 = icmp slt i32 %1307, %R
	%1312 = icmp slt i32 %1310, %T
	%1313 = and i1 %1311, %1312
	%1314 = mul i32 %1307, 8
	%1315 = add i32 %1314, 7
	%1316 = sub i32 %N, %M
	%1317 = add i32 %1315, %1316
	%1318 = icmp slt i32 %1317, 0
	%1319 = sub i32 0, %1317
	%1320 = add i32 %1319, 7
	%1321 = sdiv i32 %1320, 8
	%1322 = sub i32 0, %1321
	%1323 = sdiv i32 %1317, 8
	%1324 = select i1 %1318, i32 %1322, i32 %1323
	%1325 = icmp sle i32 %1310, %1324
	%1326 = and i1 %1313, %1325
	%1327 = fmul float %119, 0x3F97154760000000
	%1328 = select i1 %1326, float %1327, float 0xFFF0000000000000
	%1329 = call float @llvm.nvvm.fmax.f(float %553, float %578)
	%1330 = call float @llvm.nvvm.fmax.f(float %653, float %678)
	%1331 = call float @llvm.nvvm.fmax.f(float %753, float %778)
	%1332 = call float @llvm.nvvm.fmax.f(float %853, float %878)
	%1333 = call float @llvm.nvvm.fmax.f(float %953, float %978)
	%1334 = call float @llvm.nvvm.fmax.f(float %1053, float %1078)
	%1335 = call float @llvm.nvvm.fmax.f(float %1153, float %1178)
	%1336 = call float @llvm.nvvm.fmax.f(float %1253, float %1278)
	%1337 = call float @llvm.nvvm.fmax.f(float %1329, float %1330)
	%1338 = call float @llvm.nvvm.fmax.f(float %1331, float %1332)
	%1339 = call float @llvm.nvvm.fmax.f(float %1333, float %1334)
	%1340 = call float @llvm.nvvm.fmax.f(float %1335, float %1336)
	%1341 = call float @llvm.nvvm.fmax.f(float %1337, float %1338)
	%1342 = call float @llvm.nvvm.fmax.f(float %1339, float %1340)
	%1343 = call float @llvm.nvvm.fmax.f(float %1341, float %1342)
	%1344 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1343, i32 1, i32 31)
	%1345 = call float @llvm.nvvm.fmax.f(float %1343, float %1344)
	%1346 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1345, i32 2, i32 31)
	%1347 = call float @llvm.nvvm.fmax.f(float %1345, float %1346)
	%1348 = call float @llvm.nvvm.fmax.f(float %67, float %1347)
	%1349 = fcmp oeq float %1348, 0xFFF0000000000000
	%1350 = select i1 %1349, float 0.0, float %1348
	%1351 = fsub float %553, %1350
	%1352 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1351)
	%1353 = fsub float %578, %1350
	%1354 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1353)
	%1355 = fsub float %653, %1350
	%1356 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1355)
	%1357 = fsub float %678, %1350
	%1358 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1357)
	%1359 = fsub float %753, %1350
	%1360 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1359)
	%1361 = fsub float %778, %1350
	%1362 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1361)
	%1363 = fsub float %853, %1350
	%1364 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1363)
	%1365 = fsub float %878, %1350
	%1366 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1365)
	%1367 = fsub float %953, %1350
	%1368 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1367)
	%1369 = fsub float %978, %1350
	%1370 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1369)
	%1371 = fsub float %1053, %1350
	%1372 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1371)
	%1373 = fsub float %1078, %1350
	%1374 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1373)
	%1375 = fsub float %1153, %1350
	%1376 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1375)
	%1377 = fsub float %1178, %1350
	%1378 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1377)
	%1379 = fsub float %1253, %1350
	%1380 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1379)
	%1381 = fsub float %1278, %1350
	%1382 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1381)
	%1383 = fadd float %1352, %1354
	%1384 = fadd float %1356, %1358
	%1385 = fadd float %1360, %1362
	%1386 = fadd float %1364, %1366
	%1387 = fadd float %1368, %1370
	%1388 = fadd float %1372, %1374
	%1389 = fadd float %1376, %1378
	%1390 = fadd float %1380, %1382
	%1391 = fadd float %1383, %1384
	%1392 = fadd float %1385, %1386
	%1393 = fadd float %1387, %1388
	%1394 = fadd float %1389, %1390
	%1395 = fadd float %1391, %1392
	%1396 = fadd float %1393, %1394
	%1397 = fadd float %1395, %1396
	%1398 = fsub float %67, %1350
	%1399 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1398)
	%1400 = fmul float %69, %1399
	%1401 = fadd float %1400, %1397
	%1402 = fadd float %1352, %1354
	%1403 = fadd float %1356, %1358
	%1404 = fadd float %1360, %1362
	%1405 = fadd float %1364, %1366
	%1406 = fadd float %1368, %1370
	%1407 = fadd float %1372, %1374
	%1408 = fadd float %1376, %1378
	%1409 = fadd float %1380, %1382
	%1410 = call float @llvm.nvvm.fmax.f(float %603, float %628)
	%1411 = call float @llvm.nvvm.fmax.f(float %703, float %728)
	%1412 = call float @llvm.nvvm.fmax.f(float %803, float %828)
	%1413 = call float @llvm.nvvm.fmax.f(float %903, float %928)
	%1414 = call float @llvm.nvvm.fmax.f(float %1003, float %1028)
	%1415 = call float @llvm.nvvm.fmax.f(float %1103, float %1128)
	%1416 = call float @llvm.nvvm.fmax.f(float %1203, float %1228)
	%1417 = call float @llvm.nvvm.fmax.f(float %1303, float %1328)
	%1418 = call float @llvm.nvvm.fmax.f(float %1410, float %1411)
	%1419 = call float @llvm.nvvm.fmax.f(float %1412, float %1413)
	%1420 = call float @llvm.nvvm.fmax.f(float %1414, float %1415)
	%1421 = call float @llvm.nvvm.fmax.f(float %1416, float %1417)
	%1422 = call float @llvm.nvvm.fmax.f(float %1418, float %1419)
	%1423 = call float @llvm.nvvm.fmax.f(float %1420, float %1421)
	%1424 = call float @llvm.nvvm.fmax.f(float %1422, float %1423)
	%1425 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1424, i32 1, i32 31)
	%1426 = call float @llvm.nvvm.fmax.f(float %1424, float %1425)
	%1427 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1426, i32 2, i32 31)
	%1428 = call float @llvm.nvvm.fmax.f(float %1426, float %1427)
	%1429 = call float @llvm.nvvm.fmax.f(float %68, float %1428)
	%1430 = fcmp oeq float %1429, 0xFFF0000000000000
	%1431 = select i1 %1430, float 0.0, float %1429
	%1432 = fsub float %603, %1431
	%1433 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1432)
	%1434 = fsub float %628, %1431
	%1435 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1434)
	%1436 = fsub float %703, %1431
	%1437 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1436)
	%1438 = fsub float %728, %1431
	%1439 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1438)
	%1440 = fsub float %803, %1431
	%1441 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1440)
	%1442 = fsub float %828, %1431
	%1443 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1442)
	%1444 = fsub float %903, %1431
	%1445 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1444)
	%1446 = fsub float %928, %1431
	%1447 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1446)
	%1448 = fsub float %1003, %1431
	%1449 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1448)
	%1450 = fsub float %1028, %1431
	%1451 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1450)
	%1452 = fsub float %1103, %1431
	%1453 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1452)
	%1454 = fsub float %1128, %1431
	%1455 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1454)
	%1456 = fsub float %1203, %1431
	%1457 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1456)
	%1458 = fsub float %1228, %1431
	%1459 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1458)
	%1460 = fsub float %1303, %1431
	%1461 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1460)
	%1462 = fsub float %1328, %1431
	%1463 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1462)
	%1464 = fadd float %1433, %1435
	%1465 = fadd float %1437, %1439
	%1466 = fadd float %1441, %1443
	%1467 = fadd float %1445, %1447
	%1468 = fadd float %1449, %1451
	%1469 = fadd float %1453, %1455
	%1470 = fadd float %1457, %1459
	%1471 = fadd float %1461, %1463
	%1472 = fadd float %1464, %1465
	%1473 = fadd float %1466, %1467
	%1474 = fadd float %1468, %1469
	%1475 = fadd float %1470, %1471
	%1476 = fadd float %1472, %1473
	%1477 = fadd float %1474, %1475
	%1478 = fadd float %1476, %1477
	%1479 = fsub float %68, %1431
	%1480 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1479)
	%1481 = fmul float %70, %1480
	%1482 = fadd float %1481, %1478
	%1483 = fadd float %1433, %1435
	%1484 = fadd float %1437, %1439
	%1485 = fadd float %1441, %1443
	%1486 = fadd float %1445, %1447
	%1487 = fadd float %1449, %1451
	%1488 = fadd float %1453, %1455
	%1489 = fadd float %1457, %1459
	%1490 = fadd float %1461, %1463
	%1491 = sext i32 %R to i64
	%1492 = mul i32 %4, 16
	%1493 = add i32 %6, 0
	%1494 = add i32 %1492, %1493
	%1495 = add i32 %3, %1494
	%1496 = icmp slt i32 %1495, %R
	%1497 = mul i32 %1, %18
	%1498 = add i32 %1497, %66
	%1499 = sext i32 %1498 to i64
	%1500 = mul i64 %1499, %1491
	%1501 = sext i32 %1495 to i64
	%1502 = add i64 %1500, %1501
	%1503 = icmp eq i32 %7, 0
	%1504 = and i1 %1496, %1503
	br i1 %1504, label %1505, label %1507

1505:
	%1506 = getelementptr float, float* %mx, i64 %1502
	store float %1350, float* %1506
	br label %1507

1507:
	%1508 = mul i32 %4, 16
	%1509 = add i32 %6, 8
	%1510 = add i32 %1508, %1509
	%1511 = add i32 %3, %1510
	%1512 = icmp slt i32 %1511, %R
	%1513 = mul i32 %1, %18
	%1514 = add i32 %1513, %66
	%1515 = sext i32 %1514 to i64
	%1516 = mul i64 %1515, %1491
	%1517 = sext i32 %1511 to i64
	%1518 = add i64 %1516, %1517
	%1519 = icmp eq i32 %7, 0
	%1520 = and i1 %1512, %1519
	br i1 %1520, label %1521, label %1523

1521:
	%1522 = getelementptr float, float* %mx, i64 %1518
	store float %1431, float* %1522
	br label %1523

1523:
	%1524 = and i32 %7, 1
	%1525 = icmp ne i32 %1524, 0
	%1526 = select i1 %1525, float %1403, float %1402
	%1527 = select i1 %1525, float %1402, float %1403
	%1528 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1527, i32 1, i32 31)
	%1529 = fadd float %1526, %1528
	%1530 = select i1 %1525, float %1405, float %1404
	%1531 = select i1 %1525, float %1404, float %1405
	%1532 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1531, i32 1, i32 31)
	%1533 = fadd float %1530, %1532
	%1534 = select i1 %1525, float %1407, float %1406
	%1535 = select i1 %1525, float %1406, float %1407
	%1536 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1535, i32 1, i32 31)
	%1537 = fadd float %1534, %1536
	%1538 = select i1 %1525, float %1409, float %1408
	%1539 = select i1 %1525, float %1408, float %1409
	%1540 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1539, i32 1, i32 31)
	%1541 = fadd float %1538, %1540
	%1542 = select i1 %1525, float %1484, float %1483
	%1543 = select i1 %1525, float %1483, float %1484
	%1544 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1543, i32 1, i32 31)
	%1545 = fadd float %1542, %1544
	%1546 = select i1 %1525, float %1486, float %1485
	%1547 = select i1 %1525, float %1485, float %1486
	%1548 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1547, i32 1, i32 31)
	%1549 = fadd float %1546, %1548
	%1550 = select i1 %1525, float %1488, float %1487
	%1551 = select i1 %1525, float %1487, float %1488
	%1552 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1551, i32 1, i32 31)
	%1553 = fadd float %1550, %1552
	%1554 = select i1 %1525, float %1490, float %1489
	%1555 = select i1 %1525, float %1489, float %1490
	%1556 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1555, i32 1, i32 31)
	%1557 = fadd float %1554, %1556
	%1558 = and i32 %7, 2
	%1559 = icmp ne i32 %1558, 0
	%1560 = select i1 %1559, float %1533, float %1529
	%1561 = select i1 %1559, float %1529, float %1533
	%1562 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1561, i32 2, i32 31)
	%1563 = fadd float %1560, %1562
	%1564 = select i1 %1559, float %1541, float %1537
	%1565 = select i1 %1559, float %1537, float %1541
	%1566 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1565, i32 2, i32 31)
	%1567 = fadd float %1564, %1566
	%1568 = select i1 %1559, float %1549, float %1545
	%1569 = select i1 %1559, float %1545, float %1549
	%1570 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1569, i32 2, i32 31)
	%1571 = fadd float %1568, %1570
	%1572 = select i1 %1559, float %1557, float %1553
	%1573 = select i1 %1559, float %1553, float %1557
	%1574 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1573, i32 2, i32 31)
	%1575 = fadd float %1572, %1574
	%1576 = add i32 0, %7
	%1577 = sub i32 %1576, 0
	%1578 = sdiv i32 %73, 8
	%1579 = add i32 %1578, %1577
	%1580 = and i1 true, %1496
	%1581 = icmp slt i32 %1579, %NK
	%1582 = and i1 %1580, %1581
	%1583 = mul i32 %1, %NK
	%1584 = add i32 %1583, %1579
	%1585 = sext i32 %1584 to i64
	%1586 = mul i64 %1585, %1491
	%1587 = mul i32 %4, 16
	%1588 = add i32 %6, 0
	%1589 = add i32 %1587, %1588
	%1590 = add i32 %3, %1589
	%1591 = sext i32 %1590 to i64
	%1592 = add i64 %1586, %1591
	br i1 %1582, label %1593, label %1595

1593:
	%1594 = getelementptr float, float* %part, i64 %1592
	store float %1563, float* %1594
	br label %1595

1595:
	%1596 = add i32 4, %7
	%1597 = sub i32 %1596, 0
	%1598 = sdiv i32 %73, 8
	%1599 = add i32 %1598, %1597
	%1600 = and i1 true, %1496
	%1601 = icmp slt i32 %1599, %NK
	%1602 = and i1 %1600, %1601
	%1603 = mul i32 %1, %NK
	%1604 = add i32 %1603, %1599
	%1605 = sext i32 %1604 to i64
	%1606 = mul i64 %1605, %1491
	%1607 = mul i32 %4, 16
	%1608 = add i32 %6, 0
	%1609 = add i32 %1607, %1608
	%1610 = add i32 %3, %1609
	%1611 = sext i32 %1610 to i64
	%1612 = add i64 %1606, %1611
	br i1 %1602, label %1613, label %1615

1613:
	%1614 = getelementptr float, float* %part, i64 %1612
	store float %1567, float* %1614
	br label %1615

1615:
	%1616 = add i32 8, %7
	%1617 = sub i32 %1616, 8
	%1618 = sdiv i32 %73, 8
	%1619 = add i32 %1618, %1617
	%1620 = and i1 true, %1512
	%1621 = icmp slt i32 %1619, %NK
	%1622 = and i1 %1620, %1621
	%1623 = mul i32 %1, %NK
	%1624 = add i32 %1623, %1619
	%1625 = sext i32 %1624 to i64
	%1626 = mul i64 %1625, %1491
	%1627 = mul i32 %4, 16
	%1628 = add i32 %6, 8
	%1629 = add i32 %1627, %1628
	%1630 = add i32 %3, %1629
	%1631 = sext i32 %1630 to i64
	%1632 = add i64 %1626, %1631
	br i1 %1622, label %1633, label %1635

1633:
	%1634 = getelementptr float, float* %part, i64 %1632
	store float %1571, float* %1634
	br label %1635

1635:
	%1636 = add i32 12, %7
	%1637 = sub i32 %1636, 8
	%1638 = sdiv i32 %73, 8
	%1639 = add i32 %1638, %1637
	%1640 = and i1 true, %1512
	%1641 = icmp slt i32 %1639, %NK
	%1642 = and i1 %1640, %1641
	%1643 = mul i32 %1, %NK
	%1644 = add i32 %1643, %1639
	%1645 = sext i32 %1644 to i64
	%1646 = mul i64 %1645, %1491
	%1647 = mul i32 %4, 16
	%1648 = add i32 %6, 8
	%1649 = add i32 %1647, %1648
	%1650 = add i32 %3, %1649
	%1651 = sext i32 %1650 to i64
	%1652 = add i64 %1646, %1651
	br i1 %1642, label %1653, label %1655

1653:
	%1654 = getelementptr float, float* %part, i64 %1652
	store float %1575, float* %1654
	br label %1655

1655:
	%1656 = add i32 %66, 1
	br label %65

1657:
	%1658 = mul i32 %1, %R
	%1659 = add i32 %1658, %82
	%1660 = mul i32 %1659, 2
	%1661 = add i32 %1660, 0
	%1662 = sext i32 %1661 to i64
	%1663 = getelementptr float, float* %stats, i64 %1662
	store float %67, float* %1663
	%1664 = mul i32 %1, %R
	%1665 = add i32 %1664, %82
	%1666 = mul i32 %1665, 2
	%1667 = add i32 %1666, 1
	%1668 = sext i32 %1667 to i64
	%1669 = getelementptr float, float* %stats, i64 %1668
	store float %78, float* %1669
	br label %1670

1670:
	%1671 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %70, i32 1, i32 31)
	%1672 = fadd float %70, %1671
	%1673 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1672, i32 2, i32 31)
	%1674 = fadd float %1672, %1673
	%1675 = mul i32 %4, 16
	%1676 = add i32 %6, 8
	%1677 = add i32 %1675, %1676
	%1678 = add i32 %3, %1677
	%1679 = icmp slt i32 %1678, %R
	%1680 = icmp eq i32 %7, 0
	%1681 = and i1 %1679, %1680
	br i1 %1681, label %1682, label %1695

1682:
	%1683 = mul i32 %1, %R
	%1684 = add i32 %1683, %1678
	%1685 = mul i32 %1684, 2
	%1686 = add i32 %1685, 0
	%1687 = sext i32 %1686 to i64
	%1688 = getelementptr float, float* %stats, i64 %1687
	store float %68, float* %1688
	%1689 = mul i32 %1, %R
	%1690 = add i32 %1689, %1678
	%1691 = mul i32 %1690, 2
	%1692 = add i32 %1691, 1
	%1693 = sext i32 %1692 to i64
	%1694 = getelementptr float, float* %stats, i64 %1693
	store float %1674, float* %1694
	br label %1695

1695:
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

define ptx_kernel void @xattn_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @xattn_attn2_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%8 = mul i32 %7, %NQ
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%10 = add i32 %8, %9
	%11 = mul i32 %hg, %NQ
	%12 = udiv i32 %10, %11
	%13 = urem i32 %10, %11
	%14 = mul i32 %12, %hg
	%15 = sub i32 %H, %14
	%16 = icmp slt i32 %hg, %15
	%17 = select i1 %16, i32 %hg, i32 %15
	%18 = sub i32 %NQ, 1
	%19 = udiv i32 %13, %17
	%20 = sub i32 %18, %19
	%21 = urem i32 %13, %17
	%22 = add i32 %14, %21
	%23 = sdiv i32 %22, %group
	%24 = mul i32 %20, 64
	%25 = mul i32 %22, %M
	%26 = mul i32 %25, 64
	%27 = sext i32 %26 to i64
	%28 = getelementptr i16, i16* %q, i64 %27
	%29 = mul i32 %23, %N
	%30 = mul i32 %29, 64
	%31 = sext i32 %30 to i64
	%32 = getelementptr i16, i16* %k, i64 %31
	%33 = mul i32 %23, %N
	%34 = mul i32 %33, 64
	%35 = sext i32 %34 to i64
	%36 = getelementptr i16, i16* %v, i64 %35
	%37 = udiv i32 %22, %lh
	%38 = mul i32 %37, %NQ
	%39 = add i32 %38, %20
	%40 = mul i32 %39, 2
	%41 = mul i32 %40, %NK
	%42 = mul i32 %22, %ch
	%43 = mul i32 %42, %NQ
	%44 = add i32 %43, %20
	%45 = mul i32 %44, %NK
	%46 = add i32 %41, 0
	%47 = sext i32 %46 to i64
	%48 = getelementptr i32, i32* %list, i64 %47
	%49 = load i32, i32* %48
	%50 = icmp sgt i32 %NK, 0
	%51 = icmp sge i32 %49, 0
	%52 = and i1 %50, %51
	%53 = lshr i32 %2, 3
	%54 = and i32 %2, 7
	%55 = and i32 %53, 7
	%56 = xor i32 %54, %55
	%57 = mul i32 %53, 8
	%58 = add i32 %57, %56
	%59 = shl i32 %58, 4
	%60 = add i32 %0, %59
	%61 = add i32 %24, %53
	%62 = mul i32 %61, 64
	%63 = mul i32 %54, 8
	%64 = add i32 %62, %63
	%65 = sext i32 %64 to i64
	%66 = getelementptr i16, i16* %28, i64 %65
	%67 = add i32 %61, 0
	%68 = icmp slt i32 %67, %M
	%69 = getelementptr i16, i16* %66, i64 0
	%70 = select i1 %68, i16* %69, i16* %28
	%71 = add i32 %60, 0
	%72 = select i1 %68, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %71, i16* %70, i32 %72)
	%73 = add i32 %61, 16
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %66, i64 1024
	%76 = select i1 %74, i16* %75, i16* %28
	%77 = add i32 %60, 2048
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %61, 32
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %66, i64 2048
	%82 = select i1 %80, i16* %81, i16* %28
	%83 = add i32 %60, u0x1000
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	%85 = add i32 %61, 48
	%86 = icmp slt i32 %85, %M
	%87 = getelementptr i16, i16* %66, i64 3072
	%88 = select i1 %86, i16* %87, i16* %28
	%89 = add i32 %60, 6144
	%90 = select i1 %86, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %89, i16* %88, i32 %90)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %52, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%91 = and i32 %4, 7
	%92 = lshr i32 %4, 3
	%93 = and i32 %92, 1
	%94 = shl i32 %93, 3
	%95 = add i32 %91, %94
	%96 = lshr i32 %4, 4
	%97 = mul i32 %3, 16
	%98 = add i32 %95, 0
	%99 = add i32 %97, %98
	%100 = mul i32 %99, 128
	%101 = add i32 %0, %100
	%102 = and i32 %4, 7
	%103 = xor i32 %96, %102
	%104 = shl i32 %103, 4
	%105 = add i32 %101, %104
	%106 = xor i32 %105, 0
	%107 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %106)
	%108 = extractvalue { i32, i32, i32, i32 } %107, 0
	%109 = extractvalue { i32, i32, i32, i32 } %107, 1
	%110 = extractvalue { i32, i32, i32, i32 } %107, 2
	%111 = extractvalue { i32, i32, i32, i32 } %107, 3
	%112 = xor i32 %105, 32
	%113 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %112)
	%114 = extractvalue { i32, i32, i32, i32 } %113, 0
	%115 = extractvalue { i32, i32, i32, i32 } %113, 1
	%116 = extractvalue { i32, i32, i32, i32 } %113, 2
	%117 = extractvalue { i32, i32, i32, i32 } %113, 3
	%118 = xor i32 %105, 64
	%119 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %118)
	%120 = extractvalue { i32, i32, i32, i32 } %119, 0
	%121 = extractvalue { i32, i32, i32, i32 } %119, 1
	%122 = extractvalue { i32, i32, i32, i32 } %119, 2
	%123 = extractvalue { i32, i32, i32, i32 } %119, 3
	%124 = xor i32 %105, 96
	%125 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %124)
	%126 = extractvalue { i32, i32, i32, i32 } %125, 0
	%127 = extractvalue { i32, i32, i32, i32 } %125, 1
	%128 = extractvalue { i32, i32, i32, i32 } %125, 2
	%129 = extractvalue { i32, i32, i32, i32 } %125, 3
	call void @llvm.nvvm.barrier0()
	%130 = mul i32 %49, 64
	%131 = lshr i32 %2, 3
	%132 = and i32 %2, 7
	%133 = and i32 %131, 7
	%134 = xor i32 %132, %133
	%135 = mul i32 %131, 8
	%136 = add i32 %135, %134
	%137 = shl i32 %136, 4
	%138 = add i32 %0, %137
	%139 = add i32 %130, %131
	%140 = mul i32 %139, 64
	%141 = mul i32 %132, 8
	%142 = add i32 %140, %141
	%143 = sext i32 %142 to i64
	%144 = getelementptr i16, i16* %32, i64 %143
	%145 = add i32 %139, 0
	%146 = icmp slt i32 %145, %N
	%147 = getelementptr i16, i16* %144, i64 0
	%148 = select i1 %146, i16* %147, i16* %32
	%149 = add i32 %138, 0
	%150 = select i1 %146, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %149, i16* %148, i32 %150)
	%151 = add i32 %139, 16
	%152 = icmp slt i32 %151, %N
	%153 = getelementptr i16, i16* %144, i64 1024
	%154 = select i1 %152, i16* %153, i16* %32
	%155 = add i32 %138, 2048
	%156 = select i1 %152, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %155, i16* %154, i32 %156)
	%157 = add i32 %139, 32
	%158 = icmp slt i32 %157, %N
	%159 = getelementptr i16, i16* %144, i64 2048
	%160 = select i1 %158, i16* %159, i16* %32
	%161 = add i32 %138, u0x1000
	%162 = select i1 %158, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %161, i16* %160, i32 %162)
	%163 = add i32 %139, 48
	%164 = icmp slt i32 %163, %N
	%165 = getelementptr i16, i16* %144, i64 3072
	%166 = select i1 %164, i16* %165, i16* %32
	%167 = add i32 %138, 6144
	%168 = select i1 %164, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %167, i16* %166, i32 %168)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%169 = phi i32 [ 0, %prologue ], [ %1241, %pv ]
	%170 = phi i32 [ %49, %prologue ], [ %1248, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1528, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1529, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1530, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1531, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1533, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1534, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1535, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1536, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1545, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1546, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1547, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1548, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1550, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1551, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1552, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1553, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1562, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1563, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1564, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1565, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1567, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1568, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1569, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1570, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1579, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1580, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1581, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1582, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1584, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1585, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1586, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1587, %pv ]
	%203 = phi float [ 0xFFF0000000000000, %prologue ], [ %1137, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1188, %pv ]
	%205 = phi float [ 0xFFF0000000000000, %prologue ], [ %1189, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1240, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%207 = mul i32 %170, 64
	%208 = lshr i32 %2, 3
	%209 = and i32 %2, 7
	%210 = and i32 %208, 7
	%211 = xor i32 %209, %210
	%212 = mul i32 %208, 8
	%213 = add i32 %212, %211
	%214 = shl i32 %213, 4
	%215 = add i32 %1, %214
	%216 = add i32 %207, %208
	%217 = mul i32 %216, 64
	%218 = mul i32 %209, 8
	%219 = add i32 %217, %218
	%220 = sext i32 %219 to i64
	%221 = getelementptr i16, i16* %36, i64 %220
	%222 = add i32 %216, 0
	%223 = icmp slt i32 %222, %N
	%224 = getelementptr i16, i16* %221, i64 0
	%225 = select i1 %223, i16* %224, i16* %36
	%226 = add i32 %215, 0
	%227 = select i1 %223, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %226, i16* %225, i32 %227)
	%228 = add i32 %216, 16
	%229 = icmp slt i32 %228, %N
	%230 = getelementptr i16, i16* %221, i64 1024
	%231 = select i1 %229, i16* %230, i16* %36
	%232 = add i32 %215, 2048
	%233 = select i1 %229, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %232, i16* %231, i32 %233)
	%234 = add i32 %216, 32
	%235 = icmp slt i32 %234, %N
	%236 = getelementptr i16, i16* %221, i64 2048
	%237 = select i1 %235, i16* %236, i16* %36
	%238 = add i32 %215, u0x1000
	%239 = select i1 %235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %238, i16* %237, i32 %239)
	%240 = add i32 %216, 48
	%241 = icmp slt i32 %240, %N
	%242 = getelementptr i16, i16* %221, i64 3072
	%243 = select i1 %241, i16* %242, i16* %36
	%244 = add i32 %215, 6144
	%245 = select i1 %241, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %244, i16* %243, i32 %245)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%246 = and i32 %4, 7
	%247 = shl i32 %96, 3
	%248 = add i32 %246, %247
	%249 = lshr i32 %4, 3
	%250 = and i32 %249, 1
	%251 = mul i32 %248, 128
	%252 = add i32 %0, %251
	%253 = and i32 %4, 7
	%254 = xor i32 %250, %253
	%255 = shl i32 %254, 4
	%256 = add i32 %252, %255
	%257 = xor i32 %256, 0
	%258 = add i32 %257, 0
	%259 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %258)
	%260 = extractvalue { i32, i32, i32, i32 } %259, 0
	%261 = extractvalue { i32, i32, i32, i32 } %259, 1
	%262 = extractvalue { i32, i32, i32, i32 } %259, 2
	%263 = extractvalue { i32, i32, i32, i32 } %259, 3
	%264 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %260, i32 %261, float 0.0, float 0.0, float 0.0, float 0.0)
	%265 = extractvalue { float, float, float, float } %264, 0
	%266 = extractvalue { float, float, float, float } %264, 1
	%267 = extractvalue { float, float, float, float } %264, 2
	%268 = extractvalue { float, float, float, float } %264, 3
	%269 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %262, i32 %263, float 0.0, float 0.0, float 0.0, float 0.0)
	%270 = extractvalue { float, float, float, float } %269, 0
	%271 = extractvalue { float, float, float, float } %269, 1
	%272 = extractvalue { float, float, float, float } %269, 2
	%273 = extractvalue { float, float, float, float } %269, 3
	%274 = add i32 %257, 2048
	%275 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %274)
	%276 = extractvalue { i32, i32, i32, i32 } %275, 0
	%277 = extractvalue { i32, i32, i32, i32 } %275, 1
	%278 = extractvalue { i32, i32, i32, i32 } %275, 2
	%279 = extractvalue { i32, i32, i32, i32 } %275, 3
	%280 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %276, i32 %277, float 0.0, float 0.0, float 0.0, float 0.0)
	%281 = extractvalue { float, float, float, float } %280, 0
	%282 = extractvalue { float, float, float, float } %280, 1
	%283 = extractvalue { float, float, float, float } %280, 2
	%284 = extractvalue { float, float, float, float } %280, 3
	%285 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %278, i32 %279, float 0.0, float 0.0, float 0.0, float 0.0)
	%286 = extractvalue { float, float, float, float } %285, 0
	%287 = extractvalue { float, float, float, float } %285, 1
	%288 = extractvalue { float, float, float, float } %285, 2
	%289 = extractvalue { float, float, float, float } %285, 3
	%290 = add i32 %257, u0x1000
	%291 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %290)
	%292 = extractvalue { i32, i32, i32, i32 } %291, 0
	%293 = extractvalue { i32, i32, i32, i32 } %291, 1
	%294 = extractvalue { i32, i32, i32, i32 } %291, 2
	%295 = extractvalue { i32, i32, i32, i32 } %291, 3
	%296 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %292, i32 %293, float 0.0, float 0.0, float 0.0, float 0.0)
	%297 = extractvalue { float, float, float, float } %296, 0
	%298 = extractvalue { float, float, float, float } %296, 1
	%299 = extractvalue { float, float, float, float } %296, 2
	%300 = extractvalue { float, float, float, float } %296, 3
	%301 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %294, i32 %295, float 0.0, float 0.0, float 0.0, float 0.0)
	%302 = extractvalue { float, float, float, float } %301, 0
	%303 = extractvalue { float, float, float, float } %301, 1
	%304 = extractvalue { float, float, float, float } %301, 2
	%305 = extractvalue { float, float, float, float } %301, 3
	%306 = add i32 %257, 6144
	%307 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %306)
	%308 = extractvalue { i32, i32, i32, i32 } %307, 0
	%309 = extractvalue { i32, i32, i32, i32 } %307, 1
	%310 = extractvalue { i32, i32, i32, i32 } %307, 2
	%311 = extractvalue { i32, i32, i32, i32 } %307, 3
	%312 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %308, i32 %309, float 0.0, float 0.0, float 0.0, float 0.0)
	%313 = extractvalue { float, float, float, float } %312, 0
	%314 = extractvalue { float, float, float, float } %312, 1
	%315 = extractvalue { float, float, float, float } %312, 2
	%316 = extractvalue { float, float, float, float } %312, 3
	%317 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %310, i32 %311, float 0.0, float 0.0, float 0.0, float 0.0)
	%318 = extractvalue { float, float, float, float } %317, 0
	%319 = extractvalue { float, float, float, float } %317, 1
	%320 = extractvalue { float, float, float, float } %317, 2
	%321 = extractvalue { float, float, float, float } %317, 3
	%322 = xor i32 %256, 32
	%323 = add i32 %322, 0
	%324 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %323)
	%325 = extractvalue { i32, i32, i32, i32 } %324, 0
	%326 = extractvalue { i32, i32, i32, i32 } %324, 1
	%327 = extractvalue { i32, i32, i32, i32 } %324, 2
	%328 = extractvalue { i32, i32, i32, i32 } %324, 3
	%329 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %325, i32 %326, float %265, float %266, float %267, float %268)
	%330 = extractvalue { float, float, float, float } %329, 0
	%331 = extractvalue { float, float, float, float } %329, 1
	%332 = extractvalue { float, float, float, float } %329, 2
	%333 = extractvalue { float, float, float, float } %329, 3
	%334 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %327, i32 %328, float %270, float %271, float %272, float %273)
	%335 = extractvalue { float, float, float, float } %334, 0
	%336 = extractvalue { float, float, float, float } %334, 1
	%337 = extractvalue { float, float, float, float } %334, 2
	%338 = extractvalue { float, float, float, float } %334, 3
	%339 = add i32 %322, 2048
	%340 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %339)
	%341 = extractvalue { i32, i32, i32, i32 } %340, 0
	%342 = extractvalue { i32, i32, i32, i32 } %340, 1
	%343 = extractvalue { i32, i32, i32, i32 } %340, 2
	%344 = extractvalue { i32, i32, i32, i32 } %340, 3
	%345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %341, i32 %342, float %281, float %282, float %283, float %284)
	%346 = extractvalue { float, float, float, float } %345, 0
	%347 = extractvalue { float, float, float, float } %345, 1
	%348 = extractvalue { float, float, float, float } %345, 2
	%349 = extractvalue { float, float, float, float } %345, 3
	%350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %343, i32 %344, float %286, float %287, float %288, float %289)
	%351 = extractvalue { float, float, float, float } %350, 0
	%352 = extractvalue { float, float, float, float } %350, 1
	%353 = extractvalue { float, float, float, float } %350, 2
	%354 = extractvalue { float, float, float, float } %350, 3
	%355 = add i32 %322, u0x1000
	%356 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %355)
	%357 = extractvalue { i32, i32, i32, i32 } %356, 0
	%358 = extractvalue { i32, i32, i32, i32 } %356, 1
	%359 = extractvalue { i32, i32, i32, i32 } %356, 2
	%360 = extractvalue { i32, i32, i32, i32 } %356, 3
	%361 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %357, i32 %358, float %297, float %298, float %299, float %300)
	%362 = extractvalue { float, float, float, float } %361, 0
	%363 = extractvalue { float, float, float, float } %361, 1
	%364 = extractvalue { float, float, float, float } %361, 2
	%365 = extractvalue { float, float, float, float } %361, 3
	%366 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %359, i32 %360, float %302, float %303, float %304, float %305)
	%367 = extractvalue { float, float, float, float } %366, 0
	%368 = extractvalue { float, float, float, float } %366, 1
	%369 = extractvalue { float, float, float, float } %366, 2
	%370 = extractvalue { float, float, float, float } %366, 3
	%371 = add i32 %322, 6144
	%372 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %371)
	%373 = extractvalue { i32, i32, i32, i32 } %372, 0
	%374 = extractvalue { i32, i32, i32, i32 } %372, 1
	%375 = extractvalue { i32, i32, i32, i32 } %372, 2
	%376 = extractvalue { i32, i32, i32, i32 } %372, 3
	%377 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %373, i32 %374, float %313, float %314, float %315, float %316)
	%378 = extractvalue { float, float, float, float } %377, 0
	%379 = extractvalue { float, float, float, float } %377, 1
	%380 = extractvalue { float, float, float, float } %377, 2
	%381 = extractvalue { float, float, float, float } %377, 3
	%382 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %375, i32 %376, float %318, float %319, float %320, float %321)
	%383 = extractvalue { float, float, float, float } %382, 0
	%384 = extractvalue { float, float, float, float } %382, 1
	%385 = extractvalue { float, float, float, float } %382, 2
	%386 = extractvalue { float, float, float, float } %382, 3
	%387 = xor i32 %256, 64
	%388 = add i32 %387, 0
	%389 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %388)
	%390 = extractvalue { i32, i32, i32, i32 } %389, 0
	%391 = extractvalue { i32, i32, i32, i32 } %389, 1
	%392 = extractvalue { i32, i32, i32, i32 } %389, 2
	%393 = extractvalue { i32, i32, i32, i32 } %389, 3
	%394 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %390, i32 %391, float %330, float %331, float %332, float %333)
	%395 = extractvalue { float, float, float, float } %394, 0
	%396 = extractvalue { float, float, float, float } %394, 1
	%397 = extractvalue { float, float, float, float } %394, 2
	%398 = extractvalue { float, float, float, float } %394, 3
	%399 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %392, i32 %393, float %335, float %336, float %337, float %338)
	%400 = extractvalue { float, float, float, float } %399, 0
	%401 = extractvalue { float, float, float, float } %399, 1
	%402 = extractvalue { float, float, float, float } %399, 2
	%403 = extractvalue { float, float, float, float } %399, 3
	%404 = add i32 %387, 2048
	%405 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %404)
	%406 = extractvalue { i32, i32, i32, i32 } %405, 0
	%407 = extractvalue { i32, i32, i32, i32 } %405, 1
	%408 = extractvalue { i32, i32, i32, i32 } %405, 2
	%409 = extractvalue { i32, i32, i32, i32 } %405, 3
	%410 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %406, i32 %407, float %346, float %347, float %348, float %349)
	%411 = extractvalue { float, float, float, float } %410, 0
	%412 = extractvalue { float, float, float, float } %410, 1
	%413 = extractvalue { float, float, float, float } %410, 2
	%414 = extractvalue { float, float, float, float } %410, 3
	%415 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %408, i32 %409, float %351, float %352, float %353, float %354)
	%416 = extractvalue { float, float, float, float } %415, 0
	%417 = extractvalue { float, float, float, float } %415, 1
	%418 = extractvalue { float, float, float, float } %415, 2
	%419 = extractvalue { float, float, float, float } %415, 3
	%420 = add i32 %387, u0x1000
	%421 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %420)
	%422 = extractvalue { i32, i32, i32, i32 } %421, 0
	%423 = extractvalue { i32, i32, i32, i32 } %421, 1
	%424 = extractvalue { i32, i32, i32, i32 } %421, 2
	%425 = extractvalue { i32, i32, i32, i32 } %421, 3
	%426 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %422, i32 %423, float %362, float %363, float %364, float %365)
	%427 = extractvalue { float, float, float, float } %426, 0
	%428 = extractvalue { float, float, float, float } %426, 1
	%429 = extractvalue { float, float, float, float } %426, 2
	%430 = extractvalue { float, float, float, float } %426, 3
	%431 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %424, i32 %425, float %367, float %368, float %369, float %370)
	%432 = extractvalue { float, float, float, float } %431, 0
	%433 = extractvalue { float, float, float, float } %431, 1
	%434 = extractvalue { float, float, float, float } %431, 2
	%435 = extractvalue { float, float, float, float } %431, 3
	%436 = add i32 %387, 6144
	%437 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %436)
	%438 = extractvalue { i32, i32, i32, i32 } %437, 0
	%439 = extractvalue { i32, i32, i32, i32 } %437, 1
	%440 = extractvalue { i32, i32, i32, i32 } %437, 2
	%441 = extractvalue { i32, i32, i32, i32 } %437, 3
	%442 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %438, i32 %439, float %378, float %379, float %380, float %381)
	%443 = extractvalue { float, float, float, float } %442, 0
	%444 = extractvalue { float, float, float, float } %442, 1
	%445 = extractvalue { float, float, float, float } %442, 2
	%446 = extractvalue { float, float, float, float } %442, 3
	%447 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %440, i32 %441, float %383, float %384, float %385, float %386)
	%448 = extractvalue { float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float } %447, 3
	%452 = xor i32 %256, 96
	%453 = add i32 %452, 0
	%454 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %453)
	%455 = extractvalue { i32, i32, i32, i32 } %454, 0
	%456 = extractvalue { i32, i32, i32, i32 } %454, 1
	%457 = extractvalue { i32, i32, i32, i32 } %454, 2
	%458 = extractvalue { i32, i32, i32, i32 } %454, 3
	%459 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %455, i32 %456, float %395, float %396, float %397, float %398)
	%460 = extractvalue { float, float, float, float } %459, 0
	%461 = extractvalue { float, float, float, float } %459, 1
	%462 = extractvalue { float, float, float, float } %459, 2
	%463 = extractvalue { float, float, float, float } %459, 3
	%464 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %457, i32 %458, float %400, float %401, float %402, float %403)
	%465 = extractvalue { float, float, float, float } %464, 0
	%466 = extractvalue { float, float, float, float } %464, 1
	%467 = extractvalue { float, float, float, float } %464, 2
	%468 = extractvalue { float, float, float, float } %464, 3
	%469 = add i32 %452, 2048
	%470 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %469)
	%471 = extractvalue { i32, i32, i32, i32 } %470, 0
	%472 = extractvalue { i32, i32, i32, i32 } %470, 1
	%473 = extractvalue { i32, i32, i32, i32 } %470, 2
	%474 = extractvalue { i32, i32, i32, i32 } %470, 3
	%475 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %471, i32 %472, float %411, float %412, float %413, float %414)
	%476 = extractvalue { float, float, float, float } %475, 0
	%477 = extractvalue { float, float, float, float } %475, 1
	%478 = extractvalue { float, float, float, float } %475, 2
	%479 = extractvalue { float, float, float, float } %475, 3
	%480 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %473, i32 %474, float %416, float %417, float %418, float %419)
	%481 = extractvalue { float, float, float, float } %480, 0
	%482 = extractvalue { float, float, float, float } %480, 1
	%483 = extractvalue { float, float, float, float } %480, 2
	%484 = extractvalue { float, float, float, float } %480, 3
	%485 = add i32 %452, u0x1000
	%486 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %485)
	%487 = extractvalue { i32, i32, i32, i32 } %486, 0
	%488 = extractvalue { i32, i32, i32, i32 } %486, 1
	%489 = extractvalue { i32, i32, i32, i32 } %486, 2
	%490 = extractvalue { i32, i32, i32, i32 } %486, 3
	%491 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %487, i32 %488, float %427, float %428, float %429, float %430)
	%492 = extractvalue { float, float, float, float } %491, 0
	%493 = extractvalue { float, float, float, float } %491, 1
	%494 = extractvalue { float, float, float, float } %491, 2
	%495 = extractvalue { float, float, float, float } %491, 3
	%496 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %489, i32 %490, float %432, float %433, float %434, float %435)
	%497 = extractvalue { float, float, float, float } %496, 0
	%498 = extractvalue { float, float, float, float } %496, 1
	%499 = extractvalue { float, float, float, float } %496, 2
	%500 = extractvalue { float, float, float, float } %496, 3
	%501 = add i32 %452, 6144
	%502 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %501)
	%503 = extractvalue { i32, i32, i32, i32 } %502, 0
	%504 = extractvalue { i32, i32, i32, i32 } %502, 1
	%505 = extractvalue { i32, i32, i32, i32 } %502, 2
	%506 = extractvalue { i32, i32, i32, i32 } %502, 3
	%507 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %503, i32 %504, float %443, float %444, float %445, float %446)
	%508 = extractvalue { float, float, float, float } %507, 0
	%509 = extractvalue { float, float, float, float } %507, 1
	%510 = extractvalue { float, float, float, float } %507, 2
	%511 = extractvalue { float, float, float, float } %507, 3
	%512 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %505, i32 %506, float %448, float %449, float %450, float %451)
	%513 = extractvalue { float, float, float, float } %512, 0
	%514 = extractvalue { float, float, float, float } %512, 1
	%515 = extractvalue { float, float, float, float } %512, 2
	%516 = extractvalue { float, float, float, float } %512, 3
	%517 = mul i32 %3, 16
	%518 = add i32 %24, %517
	%519 = add i32 %5, 0
	%520 = add i32 %518, %519
	%521 = mul i32 %3, 16
	%522 = add i32 %24, %521
	%523 = add i32 %5, 8
	%524 = add i32 %522, %523
	%525 = sitofp i32 %22 to float
	%526 = add i32 %45, %170
	%527 = sext i32 %526 to i64
	%528 = getelementptr i8, i8* %cls, i64 %527
	%529 = load i8, i8* %528
	%530 = icmp ne i8 %529, 2
	br i1 %530, label %partial, label %softmax

epilogue:
	%531 = phi float [ 0.0, %entry ], [ %1188, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1240, %pv ]
	%533 = phi i32 [ 0, %entry ], [ %1241, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1528, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1529, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1530, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1531, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1533, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1534, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1535, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1536, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1545, %pv ]
	%543 = phi float [ 0.0, %entry ], [ %1546, %pv ]
	%544 = phi float [ 0.0, %entry ], [ %1547, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1548, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1550, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %1551, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1552, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1553, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1562, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1563, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1564, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1565, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %1567, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %1568, %pv ]
	%556 = phi float [ 0.0, %entry ], [ %1569, %pv ]
	%557 = phi float [ 0.0, %entry ], [ %1570, %pv ]
	%558 = phi float [ 0.0, %entry ], [ %1579, %pv ]
	%559 = phi float [ 0.0, %entry ], [ %1580, %pv ]
	%560 = phi float [ 0.0, %entry ], [ %1581, %pv ]
	%561 = phi float [ 0.0, %entry ], [ %1582, %pv ]
	%562 = phi float [ 0.0, %entry ], [ %1584, %pv ]
	%563 = phi float [ 0.0, %entry ], [ %1585, %pv ]
	%564 = phi float [ 0.0, %entry ], [ %1586, %pv ]
	%565 = phi float [ 0.0, %entry ], [ %1587, %pv ]
	%566 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %531, i32 1, i32 31)
	%567 = fadd float %531, %566
	%568 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %567, i32 2, i32 31)
	%569 = fadd float %567, %568
	%570 = fcmp ogt float %569, 0.0
	%571 = fdiv float 1.0, %569
	%572 = select i1 %570, float %571, float 0.0
	%573 = mul i32 %3, 16
	%574 = add i32 %24, %573
	%575 = add i32 %5, 0
	%576 = add i32 %574, %575
	%577 = fmul float %534, %572
	%578 = fmul float %535, %572
	%579 = fmul float %538, %572
	%580 = fmul float %539, %572
	%581 = fmul float %542, %572
	%582 = fmul float %543, %572
	%583 = fmul float %546, %572
	%584 = fmul float %547, %572
	%585 = fmul float %550, %572
	%586 = fmul float %551, %572
	%587 = fmul float %554, %572
	%588 = fmul float %555, %572
	%589 = fmul float %558, %572
	%590 = fmul float %559, %572
	%591 = fmul float %562, %572
	%592 = fmul float %563, %572
	%593 = icmp slt i32 %576, %M
	br i1 %593, label %store0, label %stored0

partial:
	%594 = shl i32 %6, 1
	%595 = add i32 0, %594
	%596 = add i32 %207, %595
	%597 = icmp slt i32 %596, %N
	%598 = select i1 %597, i32 %596, i32 0
	%599 = sitofp i32 %520 to float
	%600 = sitofp i32 %598 to float
	%601 = fcmp ole float %600, %599
	%602 = uitofp i1 %601 to float
	%603 = fcmp une float %602, 0.0
	%604 = and i1 %597, %603
	%605 = select i1 %604, float %460, float 0xFFF0000000000000
	%606 = shl i32 %6, 1
	%607 = add i32 1, %606
	%608 = add i32 %207, %607
	%609 = icmp slt i32 %608, %N
	%610 = select i1 %609, i32 %608, i32 0
	%611 = sitofp i32 %520 to float
	%612 = sitofp i32 %610 to float
	%613 = fcmp ole float %612, %611
	%614 = uitofp i1 %613 to float
	%615 = fcmp une float %614, 0.0
	%616 = and i1 %609, %615
	%617 = select i1 %616, float %461, float 0xFFF0000000000000
	%618 = shl i32 %6, 1
	%619 = add i32 0, %618
	%620 = add i32 %207, %619
	%621 = icmp slt i32 %620, %N
	%622 = select i1 %621, i32 %620, i32 0
	%623 = sitofp i32 %524 to float
	%624 = sitofp i32 %622 to float
	%625 = fcmp ole float %624, %623
	%626 = uitofp i1 %625 to float
	%627 = fcmp une float %626, 0.0
	%628 = and i1 %621, %627
	%629 = select i1 %628, float %462, float 0xFFF0000000000000
	%630 = shl i32 %6, 1
	%631 = add i32 1, %630
	%632 = add i32 %207, %631
	%633 = icmp slt i32 %632, %N
	%634 = select i1 %633, i32 %632, i32 0
	%635 = sitofp i32 %524 to float
	%636 = sitofp i32 %634 to float
	%637 = fcmp ole float %636, %635
	%638 = uitofp i1 %637 to float
	%639 = fcmp une float %638, 0.0
	%640 = and i1 %633, %639
	%641 = select i1 %640, float %463, float 0xFFF0000000000000
	%642 = shl i32 %6, 1
	%643 = add i32 8, %642
	%644 = add i32 %207, %643
	%645 = icmp slt i32 %644, %N
	%646 = select i1 %645, i32 %644, i32 0
	%647 = sitofp i32 %520 to float
	%648 = sitofp i32 %646 to float
	%649 = fcmp ole float %648, %647
	%650 = uitofp i1 %649 to float
	%651 = fcmp une float %650, 0.0
	%652 = and i1 %645, %651
	%653 = select i1 %652, float %465, float 0xFFF0000000000000
	%654 = shl i32 %6, 1
	%655 = add i32 9, %654
	%656 = add i32 %207, %655
	%657 = icmp slt i32 %656, %N
	%658 = select i1 %657, i32 %656, i32 0
	%659 = sitofp i32 %520 to float
	%660 = sitofp i32 %658 to float
	%661 = fcmp ole float %660, %659
	%662 = uitofp i1 %661 to float
	%663 = fcmp une float %662, 0.0
	%664 = and i1 %657, %663
	%665 = select i1 %664, float %466, float 0xFFF0000000000000
	%666 = shl i32 %6, 1
	%667 = add i32 8, %666
	%668 = add i32 %207, %667
	%669 = icmp slt i32 %668, %N
	%670 = select i1 %669, i32 %668, i32 0
	%671 = sitofp i32 %524 to float
	%672 = sitofp i32 %670 to float
	%673 = fcmp ole float %672, %671
	%674 = uitofp i1 %673 to float
	%675 = fcmp une float %674, 0.0
	%676 = and i1 %669, %675
	%677 = select i1 %676, float %467, float 0xFFF0000000000000
	%678 = shl i32 %6, 1
	%679 = add i32 9, %678
	%680 = add i32 %207, %679
	%681 = icmp slt i32 %680, %N
	%682 = select i1 %681, i32 %680, i32 0
	%683 = sitofp i32 %524 to float
	%684 = sitofp i32 %682 to float
	%685 = fcmp ole float %684, %683
	%686 = uitofp i1 %685 to float
	%687 = fcmp une float %686, 0.0
	%688 = and i1 %681, %687
	%689 = select i1 %688, float %468, float 0xFFF0000000000000
	%690 = shl i32 %6, 1
	%691 = add i32 16, %690
	%692 = add i32 %207, %691
	%693 = icmp slt i32 %692, %N
	%694 = select i1 %693, i32 %692, i32 0
	%695 = sitofp i32 %520 to float
	%696 = sitofp i32 %694 to float
	%697 = fcmp ole float %696, %695
	%698 = uitofp i1 %697 to float
	%699 = fcmp une float %698, 0.0
	%700 = and i1 %693, %699
	%701 = select i1 %700, float %476, float 0xFFF0000000000000
	%702 = shl i32 %6, 1
	%703 = add i32 17, %702
	%704 = add i32 %207, %703
	%705 = icmp slt i32 %704, %N
	%706 = select i1 %705, i32 %704, i32 0
	%707 = sitofp i32 %520 to float
	%708 = sitofp i32 %706 to float
	%709 = fcmp ole float %708, %707
	%710 = uitofp i1 %709 to float
	%711 = fcmp une float %710, 0.0
	%712 = and i1 %705, %711
	%713 = select i1 %712, float %477, float 0xFFF0000000000000
	%714 = shl i32 %6, 1
	%715 = add i32 16, %714
	%716 = add i32 %207, %715
	%717 = icmp slt i32 %716, %N
	%718 = select i1 %717, i32 %716, i32 0
	%719 = sitofp i32 %524 to float
	%720 = sitofp i32 %718 to float
	%721 = fcmp ole float %720, %719
	%722 = uitofp i1 %721 to float
	%723 = fcmp une float %722, 0.0
	%724 = and i1 %717, %723
	%725 = select i1 %724, float %478, float 0xFFF0000000000000
	%726 = shl i32 %6, 1
	%727 = add i32 17, %726
	%728 = add i32 %207, %727
	%729 = icmp slt i32 %728, %N
	%730 = select i1 %729, i32 %728, i32 0
	%731 = sitofp i32 %524 to float
	%732 = sitofp i32 %730 to float
	%733 = fcmp ole float %732, %731
	%734 = uitofp i1 %733 to float
	%735 = fcmp une float %734, 0.0
	%736 = and i1 %729, %735
	%737 = select i1 %736, float %479, float 0xFFF0000000000000
	%738 = shl i32 %6, 1
	%739 = add i32 24, %738
	%740 = add i32 %207, %739
	%741 = icmp slt i32 %740, %N
	%742 = select i1 %741, i32 %740, i32 0
	%743 = sitofp i32 %520 to float
	%744 = sitofp i32 %742 to float
	%745 = fcmp ole float %744, %743
	%746 = uitofp i1 %745 to float
	%747 = fcmp une float %746, 0.0
	%748 = and i1 %741, %747
	%749 = select i1 %748, float %481, float 0xFFF0000000000000
	%750 = shl i32 %6, 1
	%751 = add i32 25, %750
	%752 = add i32 %207, %751
	%753 = icmp slt i32 %752, %N
	%754 = select i1 %753, i32 %752, i32 0
	%755 = sitofp i32 %520 to float
	%756 = sitofp i32 %754 to float
	%757 = fcmp ole float %756, %755
	%758 = uitofp i1 %757 to float
	%759 = fcmp une float %758, 0.0
	%760 = and i1 %753, %759
	%761 = select i1 %760, float %482, float 0xFFF0000000000000
	%762 = shl i32 %6, 1
	%763 = add i32 24, %762
	%764 = add i32 %207, %763
	%765 = icmp slt i32 %764, %N
	%766 = select i1 %765, i32 %764, i32 0
	%767 = sitofp i32 %524 to float
	%768 = sitofp i32 %766 to float
	%769 = fcmp ole float %768, %767
	%770 = uitofp i1 %769 to float
	%771 = fcmp une float %770, 0.0
	%772 = and i1 %765, %771
	%773 = select i1 %772, float %483, float 0xFFF0000000000000
	%774 = shl i32 %6, 1
	%775 = add i32 25, %774
	%776 = add i32 %207, %775
	%777 = icmp slt i32 %776, %N
	%778 = select i1 %777, i32 %776, i32 0
	%779 = sitofp i32 %524 to float
	%780 = sitofp i32 %778 to float
	%781 = fcmp ole float %780, %779
	%782 = uitofp i1 %781 to float
	%783 = fcmp une float %782, 0.0
	%784 = and i1 %777, %783
	%785 = select i1 %784, float %484, float 0xFFF0000000000000
	%786 = shl i32 %6, 1
	%787 = add i32 32, %786
	%788 = add i32 %207, %787
	%789 = icmp slt i32 %788, %N
	%790 = select i1 %789, i32 %788, i32 0
	%791 = sitofp i32 %520 to float
	%792 = sitofp i32 %790 to float
	%793 = fcmp ole float %792, %791
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = and i1 %789, %795
	%797 = select i1 %796, float %492, float 0xFFF0000000000000
	%798 = shl i32 %6, 1
	%799 = add i32 33, %798
	%800 = add i32 %207, %799
	%801 = icmp slt i32 %800, %N
	%802 = select i1 %801, i32 %800, i32 0
	%803 = sitofp i32 %520 to float
	%804 = sitofp i32 %802 to float
	%805 = fcmp ole float %804, %803
	%806 = uitofp i1 %805 to float
	%807 = fcmp une float %806, 0.0
	%808 = and i1 %801, %807
	%809 = select i1 %808, float %493, float 0xFFF0000000000000
	%810 = shl i32 %6, 1
	%811 = add i32 32, %810
	%812 = add i32 %207, %811
	%813 = icmp slt i32 %812, %N
	%814 = select i1 %813, i32 %812, i32 0
	%815 = sitofp i32 %524 to float
	%816 = sitofp i32 %814 to float
	%817 = fcmp ole float %816, %815
	%818 = uitofp i1 %817 to float
	%819 = fcmp une float %818, 0.0
	%820 = and i1 %813, %819
	%821 = select i1 %820, float %494, float 0xFFF0000000000000
	%822 = shl i32 %6, 1
	%823 = add i32 33, %822
	%824 = add i32 %207, %823
	%825 = icmp slt i32 %824, %N
	%826 = select i1 %825, i32 %824, i32 0
	%827 = sitofp i32 %524 to float
	%828 = sitofp i32 %826 to float
	%829 = fcmp ole float %828, %827
	%830 = uitofp i1 %829 to float
	%831 = fcmp une float %830, 0.0
	%832 = and i1 %825, %831
	%833 = select i1 %832, float %495, float 0xFFF0000000000000
	%834 = shl i32 %6, 1
	%835 = add i32 40, %834
	%836 = add i32 %207, %835
	%837 = icmp slt i32 %836, %N
	%838 = select i1 %837, i32 %836, i32 0
	%839 = sitofp i32 %520 to float
	%840 = sitofp i32 %838 to float
	%841 = fcmp ole float %840, %839
	%842 = uitofp i1 %841 to float
	%843 = fcmp une float %842, 0.0
	%844 = and i1 %837, %843
	%845 = select i1 %844, float %497, float 0xFFF0000000000000
	%846 = shl i32 %6, 1
	%847 = add i32 41, %846
	%848 = add i32 %207, %847
	%849 = icmp slt i32 %848, %N
	%850 = select i1 %849, i32 %848, i32 0
	%851 = sitofp i32 %520 to float
	%852 = sitofp i32 %850 to float
	%853 = fcmp ole float %852, %851
	%854 = uitofp i1 %853 to float
	%855 = fcmp une float %854, 0.0
	%856 = and i1 %849, %855
	%857 = select i1 %856, float %498, float 0xFFF0000000000000
	%858 = shl i32 %6, 1
	%859 = add i32 40, %858
	%860 = add i32 %207, %859
	%861 = icmp slt i32 %860, %N
	%862 = select i1 %861, i32 %860, i32 0
	%863 = sitofp i32 %524 to float
	%864 = sitofp i32 %862 to float
	%865 = fcmp ole float %864, %863
	%866 = uitofp i1 %865 to float
	%867 = fcmp une float %866, 0.0
	%868 = and i1 %861, %867
	%869 = select i1 %868, float %499, float 0xFFF0000000000000
	%870 = shl i32 %6, 1
	%871 = add i32 41, %870
	%872 = add i32 %207, %871
	%873 = icmp slt i32 %872, %N
	%874 = select i1 %873, i32 %872, i32 0
	%875 = sitofp i32 %524 to float
	%876 = sitofp i32 %874 to float
	%877 = fcmp ole float %876, %875
	%878 = uitofp i1 %877 to float
	%879 = fcmp une float %878, 0.0
	%880 = and i1 %873, %879
	%881 = select i1 %880, float %500, float 0xFFF0000000000000
	%882 = shl i32 %6, 1
	%883 = add i32 48, %882
	%884 = add i32 %207, %883
	%885 = icmp slt i32 %884, %N
	%886 = select i1 %885, i32 %884, i32 0
	%887 = sitofp i32 %520 to float
	%888 = sitofp i32 %886 to float
	%889 = fcmp ole float %888, %887
	%890 = uitofp i1 %889 to float
	%891 = fcmp une float %890, 0.0
	%892 = and i1 %885, %891
	%893 = select i1 %892, float %508, float 0xFFF0000000000000
	%894 = shl i32 %6, 1
	%895 = add i32 49, %894
	%896 = add i32 %207, %895
	%897 = icmp slt i32 %896, %N
	%898 = select i1 %897, i32 %896, i32 0
	%899 = sitofp i32 %520 to float
	%900 = sitofp i32 %898 to float
	%901 = fcmp ole float %900, %899
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = and i1 %897, %903
	%905 = select i1 %904, float %509, float 0xFFF0000000000000
	%906 = shl i32 %6, 1
	%907 = add i32 48, %906
	%908 = add i32 %207, %907
	%909 = icmp slt i32 %908, %N
	%910 = select i1 %909, i32 %908, i32 0
	%911 = sitofp i32 %524 to float
	%912 = sitofp i32 %910 to float
	%913 = fcmp ole float %912, %911
	%914 = uitofp i1 %913 to float
	%915 = fcmp une float %914, 0.0
	%916 = and i1 %909, %915
	%917 = select i1 %916, float %510, float 0xFFF0000000000000
	%918 = shl i32 %6, 1
	%919 = add i32 49, %918
	%920 = add i32 %207, %919
	%921 = icmp slt i32 %920, %N
	%922 = select i1 %921, i32 %920, i32 0
	%923 = sitofp i32 %524 to float
	%924 = sitofp i32 %922 to float
	%925 = fcmp ole float %924, %923
	%926 = uitofp i1 %925 to float
	%927 = fcmp une float %926, 0.0
	%928 = and i1 %921, %927
	%929 = select i1 %928, float %511, float 0xFFF0000000000000
	%930 = shl i32 %6, 1
	%931 = add i32 56, %930
	%932 = add i32 %207, %931
	%933 = icmp slt i32 %932, %N
	%934 = select i1 %933, i32 %932, i32 0
	%935 = sitofp i32 %520 to float
	%936 = sitofp i32 %934 to float
	%937 = fcmp ole float %936, %935
	%938 = uitofp i1 %937 to float
	%939 = fcmp une float %938, 0.0
	%940 = and i1 %933, %939
	%941 = select i1 %940, float %513, float 0xFFF0000000000000
	%942 = shl i32 %6, 1
	%943 = add i32 57, %942
	%944 = add i32 %207, %943
	%945 = icmp slt i32 %944, %N
	%946 = select i1 %945, i32 %944, i32 0
	%947 = sitofp i32 %520 to float
	%948 = sitofp i32 %946 to float
	%949 = fcmp ole float %948, %947
	%950 = uitofp i1 %949 to float
	%951 = fcmp une float %950, 0.0
	%952 = and i1 %945, %951
	%953 = select i1 %952, float %514, float 0xFFF0000000000000
	%954 = shl i32 %6, 1
	%955 = add i32 56, %954
	%956 = add i32 %207, %955
	%957 = icmp slt i32 %956, %N
	%958 = select i1 %957, i32 %956, i32 0
	%959 = sitofp i32 %524 to float
	%960 = sitofp i32 %958 to float
	%961 = fcmp ole float %960, %959
	%962 = uitofp i1 %961 to float
	%963 = fcmp une float %962, 0.0
	%964 = and i1 %957, %963
	%965 = select i1 %964, float %515, float 0xFFF0000000000000
	%966 = shl i32 %6, 1
	%967 = add i32 57, %966
	%968 = add i32 %207, %967
	%969 = icmp slt i32 %968, %N
	%970 = select i1 %969, i32 %968, i32 0
	%971 = sitofp i32 %524 to float
	%972 = sitofp i32 %970 to float
	%973 = fcmp ole float %972, %971
	%974 = uitofp i1 %973 to float
	%975 = fcmp une float %974, 0.0
	%976 = and i1 %969, %975
	%977 = select i1 %976, float %516, float 0xFFF0000000000000
	br label %softmax

softmax:
	%978 = phi float [ %460, %loop ], [ %605, %partial ]
	%979 = phi float [ %461, %loop ], [ %617, %partial ]
	%980 = phi float [ %462, %loop ], [ %629, %partial ]
	%981 = phi float [ %463, %loop ], [ %641, %partial ]
	%982 = phi float [ %465, %loop ], [ %653, %partial ]
	%983 = phi float [ %466, %loop ], [ %665, %partial ]
	%984 = phi float [ %467, %loop ], [ %677, %partial ]
	%985 = phi float [ %468, %loop ], [ %689, %partial ]
	%986 = phi float [ %476, %loop ], [ %701, %partial ]
	%987 = phi float [ %477, %loop ], [ %713, %partial ]
	%988 = phi float [ %478, %loop ], [ %725, %partial ]
	%989 = phi float [ %479, %loop ], [ %737, %partial ]
	%990 = phi float [ %481, %loop ], [ %749, %partial ]
	%991 = phi float [ %482, %loop ], [ %761, %partial ]
	%992 = phi float [ %483, %loop ], [ %773, %partial ]
	%993 = phi float [ %484, %loop ], [ %785, %partial ]
	%994 = phi float [ %492, %loop ], [ %797, %partial ]
	%995 = phi float [ %493, %loop ], [ %809, %partial ]
	%996 = phi float [ %494, %loop ], [ %821, %partial ]
	%997 = phi float [ %495, %loop ], [ %833, %partial ]
	%998 = phi float [ %497, %loop ], [ %845, %partial ]
	%999 = phi float [ %498, %loop ], [ %857, %partial ]
	%1000 = phi float [ %499, %loop ], [ %869, %partial ]
	%1001 = phi float [ %500, %loop ], [ %881, %partial ]
	%1002 = phi float [ %508, %loop ], [ %893, %partial ]
	%1003 = phi float [ %509, %loop ], [ %905, %partial ]
	%1004 = phi float [ %510, %loop ], [ %917, %partial ]
	%1005 = phi float [ %511, %loop ], [ %929, %partial ]
	%1006 = phi float [ %513, %loop ], [ %941, %partial ]
	%1007 = phi float [ %514, %loop ], [ %953, %partial ]
	%1008 = phi float [ %515, %loop ], [ %965, %partial ]
	%1009 = phi float [ %516, %loop ], [ %977, %partial ]
	%1010 = call float @llvm.nvvm.fmax.f(float %978, float %979)
	%1011 = call float @llvm.nvvm.fmax.f(float %982, float %983)
	%1012 = call float @llvm.nvvm.fmax.f(float %986, float %987)
	%1013 = call float @llvm.nvvm.fmax.f(float %990, float %991)
	%1014 = call float @llvm.nvvm.fmax.f(float %994, float %995)
	%1015 = call float @llvm.nvvm.fmax.f(float %998, float %999)
	%1016 = call float @llvm.nvvm.fmax.f(float %1002, float %1003)
	%1017 = call float @llvm.nvvm.fmax.f(float %1006, float %1007)
	%1018 = call float @llvm.nvvm.fmax.f(float %1010, float %1011)
	%1019 = call float @llvm.nvvm.fmax.f(float %1012, float %1013)
	%1020 = call float @llvm.nvvm.fmax.f(float %1014, float %1015)
	%1021 = call float @llvm.nvvm.fmax.f(float %1016, float %1017)
	%1022 = call float @llvm.nvvm.fmax.f(float %1018, float %1019)
	%1023 = call float @llvm.nvvm.fmax.f(float %1020, float %1021)
	%1024 = call float @llvm.nvvm.fmax.f(float %1022, float %1023)
	%1025 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1024, i32 1, i32 31)
	%1026 = call float @llvm.nvvm.fmax.f(float %1024, float %1025)
	%1027 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1026, i32 2, i32 31)
	%1028 = call float @llvm.nvvm.fmax.f(float %1026, float %1027)
	%1029 = fmul float %1028, 0x3FC7154760000000
	%1030 = call float @llvm.nvvm.fmax.f(float %203, float %1029)
	%1031 = fadd float %203, 8.0
	%1032 = fcmp ogt float %1030, %1031
	%1033 = or i1 false, %1032
	%1034 = call float @llvm.nvvm.fmax.f(float %980, float %981)
	%1035 = call float @llvm.nvvm.fmax.f(float %984, float %985)
	%1036 = call float @llvm.nvvm.fmax.f(float %988, float %989)
	%1037 = call float @llvm.nvvm.fmax.f(float %992, float %993)
	%1038 = call float @llvm.nvvm.fmax.f(float %996, float %997)
	%1039 = call float @llvm.nvvm.fmax.f(float %1000, float %1001)
	%1040 = call float @llvm.nvvm.fmax.f(float %1004, float %1005)
	%1041 = call float @llvm.nvvm.fmax.f(float %1008, float %1009)
	%1042 = call float @llvm.nvvm.fmax.f(float %1034, float %1035)
	%1043 = call float @llvm.nvvm.fmax.f(float %1036, float %1037)
	%1044 = call float @llvm.nvvm.fmax.f(float %1038, float %1039)
	%1045 = call float @llvm.nvvm.fmax.f(float %1040, float %1041)
	%1046 = call float @llvm.nvvm.fmax.f(float %1042, float %1043)
	%1047 = call float @llvm.nvvm.fmax.f(float %1044, float %1045)
	%1048 = call float @llvm.nvvm.fmax.f(float %1046, float %1047)
	%1049 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1048, i32 1, i32 31)
	%1050 = call float @llvm.nvvm.fmax.f(float %1048, float %1049)
	%1051 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1050, i32 2, i32 31)
	%1052 = call float @llvm.nvvm.fmax.f(float %1050, float %1051)
	%1053 = fmul float %1052, 0x3FC7154760000000
	%1054 = call float @llvm.nvvm.fmax.f(float %205, float %1053)
	%1055 = fadd float %205, 8.0
	%1056 = fcmp ogt float %1054, %1055
	%1057 = or i1 %1033, %1056
	%1058 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1057)
	br i1 %1058, label %1059, label %1102

1059:
	%1060 = fcmp oeq float %1030, 0xFFF0000000000000
	%1061 = select i1 %1060, float 0.0, float %1030
	%1062 = fsub float %203, %1061
	%1063 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1062)
	%1064 = fcmp oeq float %1054, 0xFFF0000000000000
	%1065 = select i1 %1064, float 0.0, float %1054
	%1066 = fsub float %205, %1065
	%1067 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1066)
	%1068 = fmul float %171, %1063
	%1069 = fmul float %172, %1063
	%1070 = fmul float %173, %1067
	%1071 = fmul float %174, %1067
	%1072 = fmul float %175, %1063
	%1073 = fmul float %176, %1063
	%1074 = fmul float %177, %1067
	%1075 = fmul float %178, %1067
	%1076 = fmul float %179, %1063
	%1077 = fmul float %180, %1063
	%1078 = fmul float %181, %1067
	%1079 = fmul float %182, %1067
	%1080 = fmul float %183, %1063
	%1081 = fmul float %184, %1063
	%1082 = fmul float %185, %1067
	%1083 = fmul float %186, %1067
	%1084 = fmul float %187, %1063
	%1085 = fmul float %188, %1063
	%1086 = fmul float %189, %1067
	%1087 = fmul float %190, %1067
	%1088 = fmul float %191, %1063
	%1089 = fmul float %192, %1063
	%1090 = fmul float %193, %1067
	%1091 = fmul float %194, %1067
	%1092 = fmul float %195, %1063
	%1093 = fmul float %196, %1063
	%1094 = fmul float %197, %1067
	%1095 = fmul float %198, %1067
	%1096 = fmul float %199, %1063
	%1097 = fmul float %200, %1063
	%1098 = fmul float %201, %1067
	%1099 = fmul float %202, %1067
	%1100 = fmul float %204, %1063
	%1101 = fmul float %206, %1067
	br label %1102

1102:
	%1103 = phi float [ %171, %softmax ], [ %1068, %1059 ]
	%1104 = phi float [ %172, %softmax ], [ %1069, %1059 ]
	%1105 = phi float [ %173, %softmax ], [ %1070, %1059 ]
	%1106 = phi float [ %174, %softmax ], [ %1071, %1059 ]
	%1107 = phi float [ %175, %softmax ], [ %1072, %1059 ]
	%1108 = phi float [ %176, %softmax ], [ %1073, %1059 ]
	%1109 = phi float [ %177, %softmax ], [ %1074, %1059 ]
	%1110 = phi float [ %178, %softmax ], [ %1075, %1059 ]
	%1111 = phi float [ %179, %softmax ], [ %1076, %1059 ]
	%1112 = phi float [ %180, %softmax ], [ %1077, %1059 ]
	%1113 = phi float [ %181, %softmax ], [ %1078, %1059 ]
	%1114 = phi float [ %182, %softmax ], [ %1079, %1059 ]
	%1115 = phi float [ %183, %softmax ], [ %1080, %1059 ]
	%1116 = phi float [ %184, %softmax ], [ %1081, %1059 ]
	%1117 = phi float [ %185, %softmax ], [ %1082, %1059 ]
	%1118 = phi float [ %186, %softmax ], [ %1083, %1059 ]
	%1119 = phi float [ %187, %softmax ], [ %1084, %1059 ]
	%1120 = phi float [ %188, %softmax ], [ %1085, %1059 ]
	%1121 = phi float [ %189, %softmax ], [ %1086, %1059 ]
	%1122 = phi float [ %190, %softmax ], [ %1087, %1059 ]
	%1123 = phi float [ %191, %softmax ], [ %1088, %1059 ]
	%1124 = phi float [ %192, %softmax ], [ %1089, %1059 ]
	%1125 = phi float [ %193, %softmax ], [ %1090, %1059 ]
	%1126 = phi float [ %194, %softmax ], [ %1091, %1059 ]
	%1127 = phi float [ %195, %softmax ], [ %1092, %1059 ]
	%1128 = phi float [ %196, %softmax ], [ %1093, %1059 ]
	%1129 = phi float [ %197, %softmax ], [ %1094, %1059 ]
	%1130 = phi float [ %198, %softmax ], [ %1095, %1059 ]
	%1131 = phi float [ %199, %softmax ], [ %1096, %1059 ]
	%1132 = phi float [ %200, %softmax ], [ %1097, %1059 ]
	%1133 = phi float [ %201, %softmax ], [ %1098, %1059 ]
	%1134 = phi float [ %202, %softmax ], [ %1099, %1059 ]
	%1135 = phi float [ %204, %softmax ], [ %1100, %1059 ]
	%1136 = phi float [ %206, %softmax ], [ %1101, %1059 ]
	%1137 = select i1 %1058, float %1030, float %203
	%1138 = fcmp oeq float %1137, 0xFFF0000000000000
	%1139 = select i1 %1138, float 0.0, float %1137
	%1140 = fneg float %1139
	%1141 = call float @llvm.fma.f32(float %978, float 0x3FC7154760000000, float %1140)
	%1142 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1141)
	%1143 = call float @llvm.fma.f32(float %979, float 0x3FC7154760000000, float %1140)
	%1144 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1143)
	%1145 = call float @llvm.fma.f32(float %982, float 0x3FC7154760000000, float %1140)
	%1146 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1145)
	%1147 = call float @llvm.fma.f32(float %983, float 0x3FC7154760000000, float %1140)
	%1148 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1147)
	%1149 = call float @llvm.fma.f32(float %986, float 0x3FC7154760000000, float %1140)
	%1150 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1149)
	%1151 = call float @llvm.fma.f32(float %987, float 0x3FC7154760000000, float %1140)
	%1152 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1151)
	%1153 = call float @llvm.fma.f32(float %990, float 0x3FC7154760000000, float %1140)
	%1154 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1153)
	%1155 = call float @llvm.fma.f32(float %991, float 0x3FC7154760000000, float %1140)
	%1156 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1155)
	%1157 = call float @llvm.fma.f32(float %994, float 0x3FC7154760000000, float %1140)
	%1158 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1157)
	%1159 = call float @llvm.fma.f32(float %995, float 0x3FC7154760000000, float %1140)
	%1160 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1159)
	%1161 = call float @llvm.fma.f32(float %998, float 0x3FC7154760000000, float %1140)
	%1162 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1161)
	%1163 = call float @llvm.fma.f32(float %999, float 0x3FC7154760000000, float %1140)
	%1164 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1163)
	%1165 = call float @llvm.fma.f32(float %1002, float 0x3FC7154760000000, float %1140)
	%1166 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1165)
	%1167 = call float @llvm.fma.f32(float %1003, float 0x3FC7154760000000, float %1140)
	%1168 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1167)
	%1169 = call float @llvm.fma.f32(float %1006, float 0x3FC7154760000000, float %1140)
	%1170 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1169)
	%1171 = call float @llvm.fma.f32(float %1007, float 0x3FC7154760000000, float %1140)
	%1172 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1171)
	%1173 = fadd float %1142, %1144
	%1174 = fadd float %1146, %1148
	%1175 = fadd float %1150, %1152
	%1176 = fadd float %1154, %1156
	%1177 = fadd float %1158, %1160
	%1178 = fadd float %1162, %1164
	%1179 = fadd float %1166, %1168
	%1180 = fadd float %1170, %1172
	%1181 = fadd float %1173, %1174
	%1182 = fadd float %1175, %1176
	%1183 = fadd float %1177, %1178
	%1184 = fadd float %1179, %1180
	%1185 = fadd float %1181, %1182
	%1186 = fadd float %1183, %1184
	%1187 = fadd float %1185, %1186
	%1188 = fadd float %1135, %1187
	%1189 = select i1 %1058, float %1054, float %205
	%1190 = fcmp oeq float %1189, 0xFFF0000000000000
	%1191 = select i1 %1190, float 0.0, float %1189
	%1192 = fneg float %1191
	%1193 = call float @llvm.fma.f32(float %980, float 0x3FC7154760000000, float %1192)
	%1194 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1193)
	%1195 = call float @llvm.fma.f32(float %981, float 0x3FC7154760000000, float %1192)
	%1196 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1195)
	%1197 = call float @llvm.fma.f32(float %984, float 0x3FC7154760000000, float %1192)
	%1198 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1197)
	%1199 = call float @llvm.fma.f32(float %985, float 0x3FC7154760000000, float %1192)
	%1200 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1199)
	%1201 = call float @llvm.fma.f32(float %988, float 0x3FC7154760000000, float %1192)
	%1202 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1201)
	%1203 = call float @llvm.fma.f32(float %989, float 0x3FC7154760000000, float %1192)
	%1204 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1203)
	%1205 = call float @llvm.fma.f32(float %992, float 0x3FC7154760000000, float %1192)
	%1206 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1205)
	%1207 = call float @llvm.fma.f32(float %993, float 0x3FC7154760000000, float %1192)
	%1208 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1207)
	%1209 = call float @llvm.fma.f32(float %996, float 0x3FC7154760000000, float %1192)
	%1210 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1209)
	%1211 = call float @llvm.fma.f32(float %997, float 0x3FC7154760000000, float %1192)
	%1212 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1211)
	%1213 = call float @llvm.fma.f32(float %1000, float 0x3FC7154760000000, float %1192)
	%1214 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1213)
	%1215 = call float @llvm.fma.f32(float %1001, float 0x3FC7154760000000, float %1192)
	%1216 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1215)
	%1217 = call float @llvm.fma.f32(float %1004, float 0x3FC7154760000000, float %1192)
	%1218 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1217)
	%1219 = call float @llvm.fma.f32(float %1005, float 0x3FC7154760000000, float %1192)
	%1220 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1219)
	%1221 = call float @llvm.fma.f32(float %1008, float 0x3FC7154760000000, float %1192)
	%1222 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1221)
	%1223 = call float @llvm.fma.f32(float %1009, float 0x3FC7154760000000, float %1192)
	%1224 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1223)
	%1225 = fadd float %1194, %1196
	%1226 = fadd float %1198, %1200
	%1227 = fadd float %1202, %1204
	%1228 = fadd float %1206, %1208
	%1229 = fadd float %1210, %1212
	%1230 = fadd float %1214, %1216
	%1231 = fadd float %1218, %1220
	%1232 = fadd float %1222, %1224
	%1233 = fadd float %1225, %1226
	%1234 = fadd float %1227, %1228
	%1235 = fadd float %1229, %1230
	%1236 = fadd float %1231, %1232
	%1237 = fadd float %1233, %1234
	%1238 = fadd float %1235, %1236
	%1239 = fadd float %1237, %1238
	%1240 = fadd float %1136, %1239
	%1241 = add i32 %169, 1
	%1242 = icmp slt i32 %1241, %NK
	%1243 = select i1 %1242, i32 %1241, i32 0
	%1244 = add i32 %41, %1243
	%1245 = sext i32 %1244 to i64
	%1246 = getelementptr i32, i32* %list, i64 %1245
	%1247 = load i32, i32* %1246
	%1248 = select i1 %1242, i32 %1247, i32 -1
	%1249 = icmp sge i32 %1248, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1249, label %prefetch, label %pv

prefetch:
	%1250 = mul i32 %1248, 64
	%1251 = lshr i32 %2, 3
	%1252 = and i32 %2, 7
	%1253 = and i32 %1251, 7
	%1254 = xor i32 %1252, %1253
	%1255 = mul i32 %1251, 8
	%1256 = add i32 %1255, %1254
	%1257 = shl i32 %1256, 4
	%1258 = add i32 %0, %1257
	%1259 = add i32 %1250, %1251
	%1260 = mul i32 %1259, 64
	%1261 = mul i32 %1252, 8
	%1262 = add i32 %1260, %1261
	%1263 = sext i32 %1262 to i64
	%1264 = getelementptr i16, i16* %32, i64 %1263
	%1265 = add i32 %1259, 0
	%1266 = icmp slt i32 %1265, %N
	%1267 = getelementptr i16, i16* %1264, i64 0
	%1268 = select i1 %1266, i16* %1267, i16* %32
	%1269 = add i32 %1258, 0
	%1270 = select i1 %1266, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1269, i16* %1268, i32 %1270)
	%1271 = add i32 %1259, 16
	%1272 = icmp slt i32 %1271, %N
	%1273 = getelementptr i16, i16* %1264, i64 1024
	%1274 = select i1 %1272, i16* %1273, i16* %32
	%1275 = add i32 %1258, 2048
	%1276 = select i1 %1272, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1275, i16* %1274, i32 %1276)
	%1277 = add i32 %1259, 32
	%1278 = icmp slt i32 %1277, %N
	%1279 = getelementptr i16, i16* %1264, i64 2048
	%1280 = select i1 %1278, i16* %1279, i16* %32
	%1281 = add i32 %1258, u0x1000
	%1282 = select i1 %1278, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1281, i16* %1280, i32 %1282)
	%1283 = add i32 %1259, 48
	%1284 = icmp slt i32 %1283, %N
	%1285 = getelementptr i16, i16* %1264, i64 3072
	%1286 = select i1 %1284, i16* %1285, i16* %32
	%1287 = add i32 %1258, 6144
	%1288 = select i1 %1284, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1287, i16* %1286, i32 %1288)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1289 = and i32 %4, 7
	%1290 = lshr i32 %4, 3
	%1291 = and i32 %1290, 1
	%1292 = shl i32 %1291, 3
	%1293 = add i32 %1289, %1292
	%1294 = mul i32 %1293, 128
	%1295 = add i32 %1, %1294
	%1296 = and i32 %4, 7
	%1297 = xor i32 %96, %1296
	%1298 = shl i32 %1297, 4
	%1299 = add i32 %1295, %1298
	%1300 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1144, float %1142)
	%1301 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1196, float %1194)
	%1302 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1148, float %1146)
	%1303 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1200, float %1198)
	%1304 = xor i32 %1299, 0
	%1305 = add i32 %1304, 0
	%1306 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1305)
	%1307 = extractvalue { i32, i32, i32, i32 } %1306, 0
	%1308 = extractvalue { i32, i32, i32, i32 } %1306, 1
	%1309 = extractvalue { i32, i32, i32, i32 } %1306, 2
	%1310 = extractvalue { i32, i32, i32, i32 } %1306, 3
	%1311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1307, i32 %1308, float %1103, float %1104, float %1105, float %1106)
	%1312 = extractvalue { float, float, float, float } %1311, 0
	%1313 = extractvalue { float, float, float, float } %1311, 1
	%1314 = extractvalue { float, float, float, float } %1311, 2
	%1315 = extractvalue { float, float, float, float } %1311, 3
	%1316 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1309, i32 %1310, float %1107, float %1108, float %1109, float %1110)
	%1317 = extractvalue { float, float, float, float } %1316, 0
	%1318 = extractvalue { float, float, float, float } %1316, 1
	%1319 = extractvalue { float, float, float, float } %1316, 2
	%1320 = extractvalue { float, float, float, float } %1316, 3
	%1321 = xor i32 %1299, 32
	%1322 = add i32 %1321, 0
	%1323 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1322)
	%1324 = extractvalue { i32, i32, i32, i32 } %1323, 0
	%1325 = extractvalue { i32, i32, i32, i32 } %1323, 1
	%1326 = extractvalue { i32, i32, i32, i32 } %1323, 2
	%1327 = extractvalue { i32, i32, i32, i32 } %1323, 3
	%1328 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1324, i32 %1325, float %1111, float %1112, float %1113, float %1114)
	%1329 = extractvalue { float, float, float, float } %1328, 0
	%1330 = extractvalue { float, float, float, float } %1328, 1
	%1331 = extractvalue { float, float, float, float } %1328, 2
	%1332 = extractvalue { float, float, float, float } %1328, 3
	%1333 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1326, i32 %1327, float %1115, float %1116, float %1117, float %1118)
	%1334 = extractvalue { float, float, float, float } %1333, 0
	%1335 = extractvalue { float, float, float, float } %1333, 1
	%1336 = extractvalue { float, float, float, float } %1333, 2
	%1337 = extractvalue { float, float, float, float } %1333, 3
	%1338 = xor i32 %1299, 64
	%1339 = add i32 %1338, 0
	%1340 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1339)
	%1341 = extractvalue { i32, i32, i32, i32 } %1340, 0
	%1342 = extractvalue { i32, i32, i32, i32 } %1340, 1
	%1343 = extractvalue { i32, i32, i32, i32 } %1340, 2
	%1344 = extractvalue { i32, i32, i32, i32 } %1340, 3
	%1345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1341, i32 %1342, float %1119, float %1120, float %1121, float %1122)
	%1346 = extractvalue { float, float, float, float } %1345, 0
	%1347 = extractvalue { float, float, float, float } %1345, 1
	%1348 = extractvalue { float, float, float, float } %1345, 2
	%1349 = extractvalue { float, float, float, float } %1345, 3
	%1350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1343, i32 %1344, float %1123, float %1124, float %1125, float %1126)
	%1351 = extractvalue { float, float, float, float } %1350, 0
	%1352 = extractvalue { float, float, float, float } %1350, 1
	%1353 = extractvalue { float, float, float, float } %1350, 2
	%1354 = extractvalue { float, float, float, float } %1350, 3
	%1355 = xor i32 %1299, 96
	%1356 = add i32 %1355, 0
	%1357 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1356)
	%1358 = extractvalue { i32, i32, i32, i32 } %1357, 0
	%1359 = extractvalue { i32, i32, i32, i32 } %1357, 1
	%1360 = extractvalue { i32, i32, i32, i32 } %1357, 2
	%1361 = extractvalue { i32, i32, i32, i32 } %1357, 3
	%1362 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1358, i32 %1359, float %1127, float %1128, float %1129, float %1130)
	%1363 = extractvalue { float, float, float, float } %1362, 0
	%1364 = extractvalue { float, float, float, float } %1362, 1
	%1365 = extractvalue { float, float, float, float } %1362, 2
	%1366 = extractvalue { float, float, float, float } %1362, 3
	%1367 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1360, i32 %1361, float %1131, float %1132, float %1133, float %1134)
	%1368 = extractvalue { float, float, float, float } %1367, 0
	%1369 = extractvalue { float, float, float, float } %1367, 1
	%1370 = extractvalue { float, float, float, float } %1367, 2
	%1371 = extractvalue { float, float, float, float } %1367, 3
	%1372 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1152, float %1150)
	%1373 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1204, float %1202)
	%1374 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1156, float %1154)
	%1375 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1208, float %1206)
	%1376 = xor i32 %1299, 0
	%1377 = add i32 %1376, 2048
	%1378 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1377)
	%1379 = extractvalue { i32, i32, i32, i32 } %1378, 0
	%1380 = extractvalue { i32, i32, i32, i32 } %1378, 1
	%1381 = extractvalue { i32, i32, i32, i32 } %1378, 2
	%1382 = extractvalue { i32, i32, i32, i32 } %1378, 3
	%1383 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1379, i32 %1380, float %1312, float %1313, float %1314, float %1315)
	%1384 = extractvalue { float, float, float, float } %1383, 0
	%1385 = extractvalue { float, float, float, float } %1383, 1
	%1386 = extractvalue { float, float, float, float } %1383, 2
	%1387 = extractvalue { float, float, float, float } %1383, 3
	%1388 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1381, i32 %1382, float %1317, float %1318, float %1319, float %1320)
	%1389 = extractvalue { float, float, float, float } %1388, 0
	%1390 = extractvalue { float, float, float, float } %1388, 1
	%1391 = extractvalue { float, float, float, float } %1388, 2
	%1392 = extractvalue { float, float, float, float } %1388, 3
	%1393 = xor i32 %1299, 32
	%1394 = add i32 %1393, 2048
	%1395 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1394)
	%1396 = extractvalue { i32, i32, i32, i32 } %1395, 0
	%1397 = extractvalue { i32, i32, i32, i32 } %1395, 1
	%1398 = extractvalue { i32, i32, i32, i32 } %1395, 2
	%1399 = extractvalue { i32, i32, i32, i32 } %1395, 3
	%1400 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1396, i32 %1397, float %1329, float %1330, float %1331, float %1332)
	%1401 = extractvalue { float, float, float, float } %1400, 0
	%1402 = extractvalue { float, float, float, float } %1400, 1
	%1403 = extractvalue { float, float, float, float } %1400, 2
	%1404 = extractvalue { float, float, float, float } %1400, 3
	%1405 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1398, i32 %1399, float %1334, float %1335, float %1336, float %1337)
	%1406 = extractvalue { float, float, float, float } %1405, 0
	%1407 = extractvalue { float, float, float, float } %1405, 1
	%1408 = extractvalue { float, float, float, float } %1405, 2
	%1409 = extractvalue { float, float, float, float } %1405, 3
	%1410 = xor i32 %1299, 64
	%1411 = add i32 %1410, 2048
	%1412 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1411)
	%1413 = extractvalue { i32, i32, i32, i32 } %1412, 0
	%1414 = extractvalue { i32, i32, i32, i32 } %1412, 1
	%1415 = extractvalue { i32, i32, i32, i32 } %1412, 2
	%1416 = extractvalue { i32, i32, i32, i32 } %1412, 3
	%1417 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1413, i32 %1414, float %1346, float %1347, float %1348, float %1349)
	%1418 = extractvalue { float, float, float, float } %1417, 0
	%1419 = extractvalue { float, float, float, float } %1417, 1
	%1420 = extractvalue { float, float, float, float } %1417, 2
	%1421 = extractvalue { float, float, float, float } %1417, 3
	%1422 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1415, i32 %1416, float %1351, float %1352, float %1353, float %1354)
	%1423 = extractvalue { float, float, float, float } %1422, 0
	%1424 = extractvalue { float, float, float, float } %1422, 1
	%1425 = extractvalue { float, float, float, float } %1422, 2
	%1426 = extractvalue { float, float, float, float } %1422, 3
	%1427 = xor i32 %1299, 96
	%1428 = add i32 %1427, 2048
	%1429 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1428)
	%1430 = extractvalue { i32, i32, i32, i32 } %1429, 0
	%1431 = extractvalue { i32, i32, i32, i32 } %1429, 1
	%1432 = extractvalue { i32, i32, i32, i32 } %1429, 2
	%1433 = extractvalue { i32, i32, i32, i32 } %1429, 3
	%1434 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1430, i32 %1431, float %1363, float %1364, float %1365, float %1366)
	%1435 = extractvalue { float, float, float, float } %1434, 0
	%1436 = extractvalue { float, float, float, float } %1434, 1
	%1437 = extractvalue { float, float, float, float } %1434, 2
	%1438 = extractvalue { float, float, float, float } %1434, 3
	%1439 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1432, i32 %1433, float %1368, float %1369, float %1370, float %1371)
	%1440 = extractvalue { float, float, float, float } %1439, 0
	%1441 = extractvalue { float, float, float, float } %1439, 1
	%1442 = extractvalue { float, float, float, float } %1439, 2
	%1443 = extractvalue { float, float, float, float } %1439, 3
	%1444 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1160, float %1158)
	%1445 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1212, float %1210)
	%1446 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1164, float %1162)
	%1447 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1216, float %1214)
	%1448 = xor i32 %1299, 0
	%1449 = add i32 %1448, u0x1000
	%1450 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1449)
	%1451 = extractvalue { i32, i32, i32, i32 } %1450, 0
	%1452 = extractvalue { i32, i32, i32, i32 } %1450, 1
	%1453 = extractvalue { i32, i32, i32, i32 } %1450, 2
	%1454 = extractvalue { i32, i32, i32, i32 } %1450, 3
	%1455 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1451, i32 %1452, float %1384, float %1385, float %1386, float %1387)
	%1456 = extractvalue { float, float, float, float } %1455, 0
	%1457 = extractvalue { float, float, float, float } %1455, 1
	%1458 = extractvalue { float, float, float, float } %1455, 2
	%1459 = extractvalue { float, float, float, float } %1455, 3
	%1460 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1453, i32 %1454, float %1389, float %1390, float %1391, float %1392)
	%1461 = extractvalue { float, float, float, float } %1460, 0
	%1462 = extractvalue { float, float, float, float } %1460, 1
	%1463 = extractvalue { float, float, float, float } %1460, 2
	%1464 = extractvalue { float, float, float, float } %1460, 3
	%1465 = xor i32 %1299, 32
	%1466 = add i32 %1465, u0x1000
	%1467 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1466)
	%1468 = extractvalue { i32, i32, i32, i32 } %1467, 0
	%1469 = extractvalue { i32, i32, i32, i32 } %1467, 1
	%1470 = extractvalue { i32, i32, i32, i32 } %1467, 2
	%1471 = extractvalue { i32, i32, i32, i32 } %1467, 3
	%1472 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1468, i32 %1469, float %1401, float %1402, float %1403, float %1404)
	%1473 = extractvalue { float, float, float, float } %1472, 0
	%1474 = extractvalue { float, float, float, float } %1472, 1
	%1475 = extractvalue { float, float, float, float } %1472, 2
	%1476 = extractvalue { float, float, float, float } %1472, 3
	%1477 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1470, i32 %1471, float %1406, float %1407, float %1408, float %1409)
	%1478 = extractvalue { float, float, float, float } %1477, 0
	%1479 = extractvalue { float, float, float, float } %1477, 1
	%1480 = extractvalue { float, float, float, float } %1477, 2
	%1481 = extractvalue { float, float, float, float } %1477, 3
	%1482 = xor i32 %1299, 64
	%1483 = add i32 %1482, u0x1000
	%1484 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1483)
	%1485 = extractvalue { i32, i32, i32, i32 } %1484, 0
	%1486 = extractvalue { i32, i32, i32, i32 } %1484, 1
	%1487 = extractvalue { i32, i32, i32, i32 } %1484, 2
	%1488 = extractvalue { i32, i32, i32, i32 } %1484, 3
	%1489 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1485, i32 %1486, float %1418, float %1419, float %1420, float %1421)
	%1490 = extractvalue { float, float, float, float } %1489, 0
	%1491 = extractvalue { float, float, float, float } %1489, 1
	%1492 = extractvalue { float, float, float, float } %1489, 2
	%1493 = extractvalue { float, float, float, float } %1489, 3
	%1494 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1487, i32 %1488, float %1423, float %1424, float %1425, float %1426)
	%1495 = extractvalue { float, float, float, float } %1494, 0
	%1496 = extractvalue { float, float, float, float } %1494, 1
	%1497 = extractvalue { float, float, float, float } %1494, 2
	%1498 = extractvalue { float, float, float, float } %1494, 3
	%1499 = xor i32 %1299, 96
	%1500 = add i32 %1499, u0x1000
	%1501 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1500)
	%1502 = extractvalue { i32, i32, i32, i32 } %1501, 0
	%1503 = extractvalue { i32, i32, i32, i32 } %1501, 1
	%1504 = extractvalue { i32, i32, i32, i32 } %1501, 2
	%1505 = extractvalue { i32, i32, i32, i32 } %1501, 3
	%1506 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1502, i32 %1503, float %1435, float %1436, float %1437, float %1438)
	%1507 = extractvalue { float, float, float, float } %1506, 0
	%1508 = extractvalue { float, float, float, float } %1506, 1
	%1509 = extractvalue { float, float, float, float } %1506, 2
	%1510 = extractvalue { float, float, float, float } %1506, 3
	%1511 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1504, i32 %1505, float %1440, float %1441, float %1442, float %1443)
	%1512 = extractvalue { float, float, float, float } %1511, 0
	%1513 = extractvalue { float, float, float, float } %1511, 1
	%1514 = extractvalue { float, float, float, float } %1511, 2
	%1515 = extractvalue { float, float, float, float } %1511, 3
	%1516 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1168, float %1166)
	%1517 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1220, float %1218)
	%1518 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1172, float %1170)
	%1519 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1224, float %1222)
	%1520 = xor i32 %1299, 0
	%1521 = add i32 %1520, 6144
	%1522 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1521)
	%1523 = extractvalue { i32, i32, i32, i32 } %1522, 0
	%1524 = extractvalue { i32, i32, i32, i32 } %1522, 1
	%1525 = extractvalue { i32, i32, i32, i32 } %1522, 2
	%1526 = extractvalue { i32, i32, i32, i32 } %1522, 3
	%1527 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1523, i32 %1524, float %1456, float %1457, float %1458, float %1459)
	%1528 = extractvalue { float, float, float, float } %1527, 0
	%1529 = extractvalue { float, float, float, float } %1527, 1
	%1530 = extractvalue { float, float, float, float } %1527, 2
	%1531 = extractvalue { float, float, float, float } %1527, 3
	%1532 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1525, i32 %1526, float %1461, float %1462, float %1463, float %1464)
	%1533 = extractvalue { float, float, float, float } %1532, 0
	%1534 = extractvalue { float, float, float, float } %1532, 1
	%1535 = extractvalue { float, float, float, float } %1532, 2
	%1536 = extractvalue { float, float, float, float } %1532, 3
	%1537 = xor i32 %1299, 32
	%1538 = add i32 %1537, 6144
	%1539 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1538)
	%1540 = extractvalue { i32, i32, i32, i32 } %1539, 0
	%1541 = extractvalue { i32, i32, i32, i32 } %1539, 1
	%1542 = extractvalue { i32, i32, i32, i32 } %1539, 2
	%1543 = extractvalue { i32, i32, i32, i32 } %1539, 3
	%1544 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1540, i32 %1541, float %1473, float %1474, float %1475, float %1476)
	%1545 = extractvalue { float, float, float, float } %1544, 0
	%1546 = extractvalue { float, float, float, float } %1544, 1
	%1547 = extractvalue { float, float, float, float } %1544, 2
	%1548 = extractvalue { float, float, float, float } %1544, 3
	%1549 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1542, i32 %1543, float %1478, float %1479, float %1480, float %1481)
	%1550 = extractvalue { float, float, float, float } %1549, 0
	%1551 = extractvalue { float, float, float, float } %1549, 1
	%1552 = extractvalue { float, float, float, float } %1549, 2
	%1553 = extractvalue { float, float, float, float } %1549, 3
	%1554 = xor i32 %1299, 64
	%1555 = add i32 %1554, 6144
	%1556 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1555)
	%1557 = extractvalue { i32, i32, i32, i32 } %1556, 0
	%1558 = extractvalue { i32, i32, i32, i32 } %1556, 1
	%1559 = extractvalue { i32, i32, i32, i32 } %1556, 2
	%1560 = extractvalue { i32, i32, i32, i32 } %1556, 3
	%1561 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1557, i32 %1558, float %1490, float %1491, float %1492, float %1493)
	%1562 = extractvalue { float, float, float, float } %1561, 0
	%1563 = extractvalue { float, float, float, float } %1561, 1
	%1564 = extractvalue { float, float, float, float } %1561, 2
	%1565 = extractvalue { float, float, float, float } %1561, 3
	%1566 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1559, i32 %1560, float %1495, float %1496, float %1497, float %1498)
	%1567 = extractvalue { float, float, float, float } %1566, 0
	%1568 = extractvalue { float, float, float, float } %1566, 1
	%1569 = extractvalue { float, float, float, float } %1566, 2
	%1570 = extractvalue { float, float, float, float } %1566, 3
	%1571 = xor i32 %1299, 96
	%1572 = add i32 %1571, 6144
	%1573 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1572)
	%1574 = extractvalue { i32, i32, i32, i32 } %1573, 0
	%1575 = extractvalue { i32, i32, i32, i32 } %1573, 1
	%1576 = extractvalue { i32, i32, i32, i32 } %1573, 2
	%1577 = extractvalue { i32, i32, i32, i32 } %1573, 3
	%1578 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1574, i32 %1575, float %1507, float %1508, float %1509, float %1510)
	%1579 = extractvalue { float, float, float, float } %1578, 0
	%1580 = extractvalue { float, float, float, float } %1578, 1
	%1581 = extractvalue { float, float, float, float } %1578, 2
	%1582 = extractvalue { float, float, float, float } %1578, 3
	%1583 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1576, i32 %1577, float %1512, float %1513, float %1514, float %1515)
	%1584 = extractvalue { float, float, float, float } %1583, 0
	%1585 = extractvalue { float, float, float, float } %1583, 1
	%1586 = extractvalue { float, float, float, float } %1583, 2
	%1587 = extractvalue { float, float, float, float } %1583, 3
	br i1 %1249, label %loop, label %epilogue

store0:
	%1588 = mul i32 %22, %M
	%1589 = add i32 %1588, %576
	%1590 = mul i32 %1589, 64
	%1591 = shl i32 %6, 1
	%1592 = add i32 0, %1591
	%1593 = add i32 %1590, %1592
	%1594 = sext i32 %1593 to i64
	%1595 = getelementptr i16, i16* %out, i64 %1594
	%1596 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %578, float %577)
	%1597 = bitcast i16* %1595 to i32*
	store i32 %1596, i32* %1597
	%1598 = shl i32 %6, 1
	%1599 = add i32 8, %1598
	%1600 = add i32 %1590, %1599
	%1601 = sext i32 %1600 to i64
	%1602 = getelementptr i16, i16* %out, i64 %1601
	%1603 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %580, float %579)
	%1604 = bitcast i16* %1602 to i32*
	store i32 %1603, i32* %1604
	%1605 = shl i32 %6, 1
	%1606 = add i32 16, %1605
	%1607 = add i32 %1590, %1606
	%1608 = sext i32 %1607 to i64
	%1609 = getelementptr i16, i16* %out, i64 %1608
	%1610 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %582, float %581)
	%1611 = bitcast i16* %1609 to i32*
	store i32 %1610, i32* %1611
	%1612 = shl i32 %6, 1
	%1613 = add i32 24, %1612
	%1614 = add i32 %1590, %1613
	%1615 = sext i32 %1614 to i64
	%1616 = getelementptr i16, i16* %out, i64 %1615
	%1617 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %584, float %583)
	%1618 = bitcast i16* %1616 to i32*
	store i32 %1617, i32* %1618
	%1619 = shl i32 %6, 1
	%1620 = add i32 32, %1619
	%1621 = add i32 %1590, %1620
	%1622 = sext i32 %1621 to i64
	%1623 = getelementptr i16, i16* %out, i64 %1622
	%1624 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %586, float %585)
	%1625 = bitcast i16* %1623 to i32*
	store i32 %1624, i32* %1625
	%1626 = shl i32 %6, 1
	%1627 = add i32 40, %1626
	%1628 = add i32 %1590, %1627
	%1629 = sext i32 %1628 to i64
	%1630 = getelementptr i16, i16* %out, i64 %1629
	%1631 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %588, float %587)
	%1632 = bitcast i16* %1630 to i32*
	store i32 %1631, i32* %1632
	%1633 = shl i32 %6, 1
	%1634 = add i32 48, %1633
	%1635 = add i32 %1590, %1634
	%1636 = sext i32 %1635 to i64
	%1637 = getelementptr i16, i16* %out, i64 %1636
	%1638 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %590, float %589)
	%1639 = bitcast i16* %1637 to i32*
	store i32 %1638, i32* %1639
	%1640 = shl i32 %6, 1
	%1641 = add i32 56, %1640
	%1642 = add i32 %1590, %1641
	%1643 = sext i32 %1642 to i64
	%1644 = getelementptr i16, i16* %out, i64 %1643
	%1645 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %592, float %591)
	%1646 = bitcast i16* %1644 to i32*
	store i32 %1645, i32* %1646
	br label %stored0

stored0:
	%1647 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %532, i32 1, i32 31)
	%1648 = fadd float %532, %1647
	%1649 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1648, i32 2, i32 31)
	%1650 = fadd float %1648, %1649
	%1651 = fcmp ogt float %1650, 0.0
	%1652 = fdiv float 1.0, %1650
	%1653 = select i1 %1651, float %1652, float 0.0
	%1654 = mul i32 %3, 16
	%1655 = add i32 %24, %1654
	%1656 = add i32 %5, 8
	%1657 = add i32 %1655, %1656
	%1658 = fmul float %536, %1653
	%1659 = fmul float %537, %1653
	%1660 = fmul float %540, %1653
	%1661 = fmul float %541, %1653
	%1662 = fmul float %544, %1653
	%1663 = fmul float %545, %1653
	%1664 = fmul float %548, %1653
	%1665 = fmul float %549, %1653
	%1666 = fmul float %552, %1653
	%1667 = fmul float %553, %1653
	%1668 = fmul float %556, %1653
	%1669 = fmul float %557, %1653
	%1670 = fmul float %560, %1653
	%1671 = fmul float %561, %1653
	%1672 = fmul float %564, %1653
	%1673 = fmul float %565, %1653
	%1674 = icmp slt i32 %1657, %M
	br i1 %1674, label %store1, label %stored1

store1:
	%1675 = mul i32 %22, %M
	%1676 = add i32 %1675, %1657
	%1677 = mul i32 %1676, 64
	%1678 = shl i32 %6, 1
	%1679 = add i32 0, %1678
	%1680 = add i32 %1677, %1679
	%1681 = sext i32 %1680 to i64
	%1682 = getelementptr i16, i16* %out, i64 %1681
	%1683 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1659, float %1658)
	%1684 = bitcast i16* %1682 to i32*
	store i32 %1683, i32* %1684
	%1685 = shl i32 %6, 1
	%1686 = add i32 8, %1685
	%1687 = add i32 %1677, %1686
	%1688 = sext i32 %1687 to i64
	%1689 = getelementptr i16, i16* %out, i64 %1688
	%1690 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1661, float %1660)
	%1691 = bitcast i16* %1689 to i32*
	store i32 %1690, i32* %1691
	%1692 = shl i32 %6, 1
	%1693 = add i32 16, %1692
	%1694 = add i32 %1677, %1693
	%1695 = sext i32 %1694 to i64
	%1696 = getelementptr i16, i16* %out, i64 %1695
	%1697 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1663, float %1662)
	%1698 = bitcast i16* %1696 to i32*
	store i32 %1697, i32* %1698
	%1699 = shl i32 %6, 1
	%1700 = add i32 24, %1699
	%1701 = add i32 %1677, %1700
	%1702 = sext i32 %1701 to i64
	%1703 = getelementptr i16, i16* %out, i64 %1702
	%1704 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1665, float %1664)
	%1705 = bitcast i16* %1703 to i32*
	store i32 %1704, i32* %1705
	%1706 = shl i32 %6, 1
	%1707 = add i32 32, %1706
	%1708 = add i32 %1677, %1707
	%1709 = sext i32 %1708 to i64
	%1710 = getelementptr i16, i16* %out, i64 %1709
	%1711 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1667, float %1666)
	%1712 = bitcast i16* %1710 to i32*
	store i32 %1711, i32* %1712
	%1713 = shl i32 %6, 1
	%1714 = add i32 40, %1713
	%1715 = add i32 %1677, %1714
	%1716 = sext i32 %1715 to i64
	%1717 = getelementptr i16, i16* %out, i64 %1716
	%1718 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1669, float %1668)
	%1719 = bitcast i16* %1717 to i32*
	store i32 %1718, i32* %1719
	%1720 = shl i32 %6, 1
	%1721 = add i32 48, %1720
	%1722 = add i32 %1677, %1721
	%1723 = sext i32 %1722 to i64
	%1724 = getelementptr i16, i16* %out, i64 %1723
	%1725 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1671, float %1670)
	%1726 = bitcast i16* %1724 to i32*
	store i32 %1725, i32* %1726
	%1727 = shl i32 %6, 1
	%1728 = add i32 56, %1727
	%1729 = add i32 %1677, %1728
	%1730 = sext i32 %1729 to i64
	%1731 = getelementptr i16, i16* %out, i64 %1730
	%1732 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1673, float %1672)
	%1733 = bitcast i16* %1731 to i32*
	store i32 %1732, i32* %1733
	br label %stored1

stored1:
	ret void
}

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @xattn_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @xattn_adstats0, !"maxntidx", i32 256}
!2 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @xattn_admass0, !"maxntidx", i32 256}
!3 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @xattn_attn2, !"maxntidx", i32 128}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @xattn_attn2, !"minctasm", i32 3}
