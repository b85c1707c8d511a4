; esmean
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@esmean_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@esmean_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@esmean_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@esmean_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@esmean_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@esmean_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@esmean_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@esmean_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@esmean_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@esmean_scores0_a = internal addrspace(3) global [1088 x float] undef, align 16
@esmean_scores0_b = internal addrspace(3) global [1088 x float] undef, align 16
@esmean_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
@esmean_attn2_stop = internal addrspace(3) global [8 x float] undef, align 16

define ptx_kernel void @esmean_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
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
	%18 = phi i32 [ %0, %entry ], [ %55, %50 ]
	%19 = phi float [ 0xFFF0000000000000, %entry ], [ %54, %50 ]
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
	br i1 %29, label %45, label %50

30:
	%31 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %19, i32 16, i32 31)
	%32 = call float @llvm.nvvm.fmax.f(float %19, float %31)
	%33 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %32, i32 8, i32 31)
	%34 = call float @llvm.nvvm.fmax.f(float %32, float %33)
	%35 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %34, i32 4, i32 31)
	%36 = call float @llvm.nvvm.fmax.f(float %34, float %35)
	%37 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %36, i32 2, i32 31)
	%38 = call float @llvm.nvvm.fmax.f(float %36, float %37)
	%39 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %38, i32 1, i32 31)
	%40 = call float @llvm.nvvm.fmax.f(float %38, float %39)
	%41 = lshr i32 %0, 5
	%42 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%43 = icmp eq i32 %42, 0
	%44 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 %41
	br i1 %43, label %56, label %57

45:
	%46 = add i32 %11, %18
	%47 = sext i32 %46 to i64
	%48 = getelementptr float, float* %e, i64 %47
	%49 = load float, float* %48
	br label %50

50:
	%51 = phi float [ 0xFFF0000000000000, %21 ], [ %49, %45 ]
	%52 = bitcast float %51 to i32
	%53 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %18
	store i32 %52, i32 addrspace(3)* %53
	%54 = call float @llvm.nvvm.fmax.f(float %19, float %51)
	%55 = add i32 %18, 256
	br label %17

56:
	store float %40, float addrspace(3)* %44
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	%58 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 0
	%59 = load float, float addrspace(3)* %58
	%60 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 1
	%61 = load float, float addrspace(3)* %60
	%62 = call float @llvm.nvvm.fmax.f(float %59, float %61)
	%63 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 2
	%64 = load float, float addrspace(3)* %63
	%65 = call float @llvm.nvvm.fmax.f(float %62, float %64)
	%66 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 3
	%67 = load float, float addrspace(3)* %66
	%68 = call float @llvm.nvvm.fmax.f(float %65, float %67)
	%69 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 4
	%70 = load float, float addrspace(3)* %69
	%71 = call float @llvm.nvvm.fmax.f(float %68, float %70)
	%72 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 5
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.nvvm.fmax.f(float %71, float %73)
	%75 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 6
	%76 = load float, float addrspace(3)* %75
	%77 = call float @llvm.nvvm.fmax.f(float %74, float %76)
	%78 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 7
	%79 = load float, float addrspace(3)* %78
	%80 = call float @llvm.nvvm.fmax.f(float %77, float %79)
	%81 = fcmp oeq float %80, 0xFFF0000000000000
	%82 = select i1 %81, float 0.0, float %80
	br label %83

83:
	%84 = phi i32 [ %0, %57 ], [ %99, %87 ]
	%85 = phi float [ 0.0, %57 ], [ %98, %87 ]
	%86 = icmp slt i32 %84, %16
	br i1 %86, label %87, label %100

87:
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %84
	%89 = load i32, i32 addrspace(3)* %88
	%90 = bitcast i32 %89 to float
	%91 = fcmp one float %90, 0xFFF0000000000000
	%92 = fsub float %90, %82
	%93 = call float @llvm.nvvm.ex2.approx.ftz.f(float %92)
	%94 = select i1 %91, float %93, float -1.0
	%95 = bitcast float %94 to i32
	%96 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %84
	store i32 %95, i32 addrspace(3)* %96
	%97 = select i1 %91, float %93, float 0.0
	%98 = fadd float %85, %97
	%99 = add i32 %84, 256
	br label %83

100:
	%101 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %85, i32 16, i32 31)
	%102 = fadd float %85, %101
	%103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %102, i32 8, i32 31)
	%104 = fadd float %102, %103
	%105 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %104, i32 4, i32 31)
	%106 = fadd float %104, %105
	%107 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %106, i32 2, i32 31)
	%108 = fadd float %106, %107
	%109 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %108, i32 1, i32 31)
	%110 = fadd float %108, %109
	%111 = lshr i32 %0, 5
	%112 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%113 = icmp eq i32 %112, 0
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 %111
	br i1 %113, label %115, label %116

115:
	store float %110, float addrspace(3)* %114
	br label %116

116:
	call void @llvm.nvvm.barrier0()
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 0
	%118 = load float, float addrspace(3)* %117
	%119 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 1
	%120 = load float, float addrspace(3)* %119
	%121 = fadd float %118, %120
	%122 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 2
	%123 = load float, float addrspace(3)* %122
	%124 = fadd float %121, %123
	%125 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 3
	%126 = load float, float addrspace(3)* %125
	%127 = fadd float %124, %126
	%128 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 4
	%129 = load float, float addrspace(3)* %128
	%130 = fadd float %127, %129
	%131 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 5
	%132 = load float, float addrspace(3)* %131
	%133 = fadd float %130, %132
	%134 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 6
	%135 = load float, float addrspace(3)* %134
	%136 = fadd float %133, %135
	%137 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 7
	%138 = load float, float addrspace(3)* %137
	%139 = fadd float %136, %138
	%140 = fdiv float 1.0, %139
	%141 = mul i32 %1, 64
	%142 = add i32 %141, %off
	%143 = add i32 %1, 1
	%144 = mul i32 %143, 64
	%145 = icmp slt i32 %144, %M
	%146 = select i1 %145, i32 %144, i32 %M
	%147 = sub i32 %146, 1
	%148 = add i32 %147, %off
	%149 = icmp slt i32 %142, 0
	%150 = sub i32 0, %142
	%151 = sub i32 64, 1
	%152 = add i32 %150, %151
	%153 = sdiv i32 %152, 64
	%154 = sub i32 0, %153
	%155 = sdiv i32 %142, 64
	%156 = select i1 %149, i32 %154, i32 %155
	%157 = icmp slt i32 %148, 0
	%158 = sub i32 0, %148
	%159 = sub i32 64, 1
	%160 = add i32 %158, %159
	%161 = sdiv i32 %160, 64
	%162 = sub i32 0, %161
	%163 = sdiv i32 %148, 64
	%164 = select i1 %157, i32 %162, i32 %163
	br label %165

165:
	%166 = phi i32 [ %0, %116 ], [ %208, %196 ]
	%167 = phi float [ 0.0, %116 ], [ %207, %196 ]
	%168 = icmp slt i32 %166, %16
	br i1 %168, label %169, label %177

169:
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %166
	%171 = load i32, i32 addrspace(3)* %170
	%172 = bitcast i32 %171 to float
	%173 = fcmp oge float %172, 0.0
	%174 = fmul float %172, %140
	%175 = select i1 %173, float %174, float -1.0
	%176 = icmp slt i32 %166, %NK
	br i1 %176, label %192, label %196

177:
	%178 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %167, i32 16, i32 31)
	%179 = fadd float %167, %178
	%180 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %179, i32 8, i32 31)
	%181 = fadd float %179, %180
	%182 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %181, i32 4, i32 31)
	%183 = fadd float %181, %182
	%184 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %183, i32 2, i32 31)
	%185 = fadd float %183, %184
	%186 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %185, i32 1, i32 31)
	%187 = fadd float %185, %186
	%188 = lshr i32 %0, 5
	%189 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%190 = icmp eq i32 %189, 0
	%191 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 %188
	br i1 %190, label %209, label %210

192:
	%193 = add i32 %11, %166
	%194 = sext i32 %193 to i64
	%195 = getelementptr float, float* %e, i64 %194
	store float %175, float* %195
	br label %196

196:
	%197 = icmp sge i32 %166, %156
	%198 = icmp sle i32 %166, %164
	%199 = and i1 %197, %198
	%200 = or i1 false, %199
	%201 = bitcast float %175 to i32
	%202 = add i32 %201, 2
	%203 = select i1 %200, i32 1, i32 %202
	%204 = select i1 %173, i32 %203, i32 0
	%205 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %166
	store i32 %204, i32 addrspace(3)* %205
	%206 = uitofp i1 %173 to float
	%207 = fadd float %167, %206
	%208 = add i32 %166, 256
	br label %165

209:
	store float %187, float addrspace(3)* %191
	br label %210

210:
	call void @llvm.nvvm.barrier0()
	%211 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 0
	%212 = load float, float addrspace(3)* %211
	%213 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 1
	%214 = load float, float addrspace(3)* %213
	%215 = fadd float %212, %214
	%216 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 2
	%217 = load float, float addrspace(3)* %216
	%218 = fadd float %215, %217
	%219 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 3
	%220 = load float, float addrspace(3)* %219
	%221 = fadd float %218, %220
	%222 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 4
	%223 = load float, float addrspace(3)* %222
	%224 = fadd float %221, %223
	%225 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 5
	%226 = load float, float addrspace(3)* %225
	%227 = fadd float %224, %226
	%228 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 6
	%229 = load float, float addrspace(3)* %228
	%230 = fadd float %227, %229
	%231 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 7
	%232 = load float, float addrspace(3)* %231
	%233 = fadd float %230, %232
	%234 = fptosi float %233 to i32
	%235 = icmp eq i32 %0, 0
	br i1 %235, label %236, label %240

236:
	%237 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 0
	%238 = load i32, i32 addrspace(3)* %237
	%239 = icmp eq i32 %238, 1
	br i1 %239, label %247, label %255

240:
	call void @llvm.nvvm.barrier0()
	%241 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @esmean_select1_cnt, i32 0, i32 0
	%242 = load i32, i32 addrspace(3)* %241
	%243 = sub i32 %234, %242
	%244 = icmp sgt i32 %243, 0
	%245 = select i1 %244, i32 %243, i32 0
	%246 = icmp sgt i32 %245, 0
	br i1 %246, label %topk, label %topk_done

247:
	%248 = add i32 %13, 0
	%249 = sext i32 %248 to i64
	%250 = getelementptr i32, i32* %list, i64 %249
	store i32 0, i32* %250
	%251 = add i32 %13, %NK
	%252 = add i32 %251, 0
	%253 = sext i32 %252 to i64
	%254 = getelementptr i32, i32* %list, i64 %253
	store i32 1, i32* %254
	br label %255

255:
	%256 = add i32 %11, 0
	%257 = sext i32 %256 to i64
	%258 = getelementptr float, float* %e, i64 %257
	%259 = load float, float* %258
	%260 = add i32 0, 1
	%261 = select i1 %239, i32 %260, i32 0
	%262 = fpext float %259 to double
	%263 = fadd double 0.0, %262
	%264 = select i1 %239, double %263, double 0.0
	%265 = icmp sgt i32 %156, 1
	%266 = select i1 %265, i32 %156, i32 1
	%267 = add i32 %164, 1
	%268 = icmp slt i32 %267, %NK
	%269 = select i1 %268, i32 %267, i32 %NK
	br label %270

270:
	%271 = phi i32 [ %266, %255 ], [ %300, %290 ]
	%272 = phi i32 [ %261, %255 ], [ %296, %290 ]
	%273 = phi double [ %264, %255 ], [ %299, %290 ]
	%274 = icmp slt i32 %271, %269
	br i1 %274, label %275, label %279

275:
	%276 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %271
	%277 = load i32, i32 addrspace(3)* %276
	%278 = icmp eq i32 %277, 1
	br i1 %278, label %282, label %290

279:
	%280 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @esmean_select1_cnt, i32 0, i32 0
	store i32 %272, i32 addrspace(3)* %280
	%281 = getelementptr [1 x double], [1 x double] addrspace(3)* @esmean_select1_mass, i32 0, i32 0
	store double %273, double addrspace(3)* %281
	br label %240

282:
	%283 = add i32 %13, %272
	%284 = sext i32 %283 to i64
	%285 = getelementptr i32, i32* %list, i64 %284
	store i32 %271, i32* %285
	%286 = add i32 %13, %NK
	%287 = add i32 %286, %272
	%288 = sext i32 %287 to i64
	%289 = getelementptr i32, i32* %list, i64 %288
	store i32 1, i32* %289
	br label %290

290:
	%291 = add i32 %11, %271
	%292 = sext i32 %291 to i64
	%293 = getelementptr float, float* %e, i64 %292
	%294 = load float, float* %293
	%295 = add i32 %272, 1
	%296 = select i1 %278, i32 %295, i32 %272
	%297 = fpext float %294 to double
	%298 = fadd double %273, %297
	%299 = select i1 %278, double %298, double %273
	%300 = add i32 %271, 1
	br label %270

topk:
	call void @llvm.nvvm.barrier0()
	%301 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @esmean_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %301
	call void @llvm.nvvm.barrier0()
	br label %309

topk_done:
	%302 = sub i32 %245, 1
	%303 = call i32 @llvm.ctlz.i32(i32 %302, i1 false)
	%304 = icmp sgt i32 %245, 1
	%305 = sub i32 32, %303
	%306 = select i1 %304, i32 %305, i32 0
	%307 = shl i32 1, %306
	%308 = add i32 %245, %0
	br label %973

309:
	%310 = phi i32 [ %0, %topk ], [ %360, %359 ]
	%311 = icmp slt i32 %310, %16
	br i1 %311, label %312, label %328

312:
	%313 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %310
	%314 = load i32, i32 addrspace(3)* %313
	%315 = icmp uge i32 %314, 2
	%316 = and i32 %314, 0
	%317 = icmp eq i32 %316, 0
	%318 = and i1 %315, %317
	%319 = lshr i32 %314, 24
	%320 = and i32 %319, 255
	%321 = select i1 %318, i32 %320, i32 256
	%322 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %321)
	%323 = shl i32 1, %3
	%324 = sub i32 %323, 1
	%325 = and i32 %322, %324
	%326 = icmp eq i32 %325, 0
	%327 = and i1 %318, %326
	br i1 %327, label %355, label %359

328:
	call void @llvm.nvvm.barrier0()
	%329 = sub i32 255, %0
	%330 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @esmean_select1_hist, i32 0, i32 %329
	%331 = load i32, i32 addrspace(3)* %330
	%332 = and i32 %0, 31
	%333 = lshr i32 %0, 5
	%334 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %331, i32 1, i32 0)
	%335 = icmp uge i32 %332, 1
	%336 = select i1 %335, i32 %334, i32 0
	%337 = add i32 %331, %336
	%338 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %337, i32 2, i32 0)
	%339 = icmp uge i32 %332, 2
	%340 = select i1 %339, i32 %338, i32 0
	%341 = add i32 %337, %340
	%342 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %341, i32 4, i32 0)
	%343 = icmp uge i32 %332, 4
	%344 = select i1 %343, i32 %342, i32 0
	%345 = add i32 %341, %344
	%346 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %345, i32 8, i32 0)
	%347 = icmp uge i32 %332, 8
	%348 = select i1 %347, i32 %346, i32 0
	%349 = add i32 %345, %348
	%350 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %349, i32 16, i32 0)
	%351 = icmp uge i32 %332, 16
	%352 = select i1 %351, i32 %350, i32 0
	%353 = add i32 %349, %352
	%354 = icmp eq i32 %332, 31
	br i1 %354, label %361, label %363

355:
	%356 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @esmean_select1_hist, i32 0, i32 %320
	%357 = call i32 @llvm.ctpop.i32(i32 %322)
	%358 = atomicrmw add i32 addrspace(3)* %356, i32 %357 monotonic
	br label %359

359:
	%360 = add i32 %310, 256
	br label %309

361:
	%362 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 %333
	store i32 %353, i32 addrspace(3)* %362
	br label %363

363:
	call void @llvm.nvvm.barrier0()
	%364 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 0
	%365 = load i32, i32 addrspace(3)* %364
	%366 = icmp sgt i32 %333, 0
	%367 = select i1 %366, i32 %365, i32 0
	%368 = add i32 0, %367
	%369 = add i32 0, %365
	%370 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 1
	%371 = load i32, i32 addrspace(3)* %370
	%372 = icmp sgt i32 %333, 1
	%373 = select i1 %372, i32 %371, i32 0
	%374 = add i32 %368, %373
	%375 = add i32 %369, %371
	%376 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 2
	%377 = load i32, i32 addrspace(3)* %376
	%378 = icmp sgt i32 %333, 2
	%379 = select i1 %378, i32 %377, i32 0
	%380 = add i32 %374, %379
	%381 = add i32 %375, %377
	%382 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 3
	%383 = load i32, i32 addrspace(3)* %382
	%384 = icmp sgt i32 %333, 3
	%385 = select i1 %384, i32 %383, i32 0
	%386 = add i32 %380, %385
	%387 = add i32 %381, %383
	%388 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 4
	%389 = load i32, i32 addrspace(3)* %388
	%390 = icmp sgt i32 %333, 4
	%391 = select i1 %390, i32 %389, i32 0
	%392 = add i32 %386, %391
	%393 = add i32 %387, %389
	%394 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 5
	%395 = load i32, i32 addrspace(3)* %394
	%396 = icmp sgt i32 %333, 5
	%397 = select i1 %396, i32 %395, i32 0
	%398 = add i32 %392, %397
	%399 = add i32 %393, %395
	%400 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 6
	%401 = load i32, i32 addrspace(3)* %400
	%402 = icmp sgt i32 %333, 6
	%403 = select i1 %402, i32 %401, i32 0
	%404 = add i32 %398, %403
	%405 = add i32 %399, %401
	%406 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 7
	%407 = load i32, i32 addrspace(3)* %406
	%408 = icmp sgt i32 %333, 7
	%409 = select i1 %408, i32 %407, i32 0
	%410 = add i32 %404, %409
	%411 = add i32 %405, %407
	%412 = add i32 %410, %353
	%413 = sub i32 %412, %331
	%414 = icmp slt i32 %413, %245
	%415 = add i32 %413, %331
	%416 = icmp sle i32 %245, %415
	%417 = and i1 %414, %416
	br i1 %417, label %418, label %421

418:
	%419 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 0
	store i32 %329, i32 addrspace(3)* %419
	%420 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 1
	store i32 %413, i32 addrspace(3)* %420
	br label %421

421:
	call void @llvm.nvvm.barrier0()
	%422 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 0
	%423 = load i32, i32 addrspace(3)* %422
	%424 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 1
	%425 = load i32, i32 addrspace(3)* %424
	%426 = sub i32 %245, %425
	%427 = shl i32 %423, 24
	%428 = or i32 0, %427
	%429 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%430 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @esmean_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %430
	call void @llvm.nvvm.barrier0()
	br label %431

431:
	%432 = phi i32 [ %0, %421 ], [ %482, %481 ]
	%433 = icmp slt i32 %432, %16
	br i1 %433, label %434, label %450

434:
	%435 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %432
	%436 = load i32, i32 addrspace(3)* %435
	%437 = icmp uge i32 %436, 2
	%438 = and i32 %436, %429
	%439 = icmp eq i32 %438, %428
	%440 = and i1 %437, %439
	%441 = lshr i32 %436, 16
	%442 = and i32 %441, 255
	%443 = select i1 %440, i32 %442, i32 256
	%444 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %443)
	%445 = shl i32 1, %3
	%446 = sub i32 %445, 1
	%447 = and i32 %444, %446
	%448 = icmp eq i32 %447, 0
	%449 = and i1 %440, %448
	br i1 %449, label %477, label %481

450:
	call void @llvm.nvvm.barrier0()
	%451 = sub i32 255, %0
	%452 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @esmean_select1_hist, i32 0, i32 %451
	%453 = load i32, i32 addrspace(3)* %452
	%454 = and i32 %0, 31
	%455 = lshr i32 %0, 5
	%456 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %453, i32 1, i32 0)
	%457 = icmp uge i32 %454, 1
	%458 = select i1 %457, i32 %456, i32 0
	%459 = add i32 %453, %458
	%460 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %459, i32 2, i32 0)
	%461 = icmp uge i32 %454, 2
	%462 = select i1 %461, i32 %460, i32 0
	%463 = add i32 %459, %462
	%464 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %463, i32 4, i32 0)
	%465 = icmp uge i32 %454, 4
	%466 = select i1 %465, i32 %464, i32 0
	%467 = add i32 %463, %466
	%468 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %467, i32 8, i32 0)
	%469 = icmp uge i32 %454, 8
	%470 = select i1 %469, i32 %468, i32 0
	%471 = add i32 %467, %470
	%472 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %471, i32 16, i32 0)
	%473 = icmp uge i32 %454, 16
	%474 = select i1 %473, i32 %472, i32 0
	%475 = add i32 %471, %474
	%476 = icmp eq i32 %454, 31
	br i1 %476, label %483, label %485

477:
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @esmean_select1_hist, i32 0, i32 %442
	%479 = call i32 @llvm.ctpop.i32(i32 %444)
	%480 = atomicrmw add i32 addrspace(3)* %478, i32 %479 monotonic
	br label %481

481:
	%482 = add i32 %432, 256
	br label %431

483:
	%484 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 %455
	store i32 %475, i32 addrspace(3)* %484
	br label %485

485:
	call void @llvm.nvvm.barrier0()
	%486 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 0
	%487 = load i32, i32 addrspace(3)* %486
	%488 = icmp sgt i32 %455, 0
	%489 = select i1 %488, i32 %487, i32 0
	%490 = add i32 0, %489
	%491 = add i32 0, %487
	%492 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 1
	%493 = load i32, i32 addrspace(3)* %492
	%494 = icmp sgt i32 %455, 1
	%495 = select i1 %494, i32 %493, i32 0
	%496 = add i32 %490, %495
	%497 = add i32 %491, %493
	%498 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 2
	%499 = load i32, i32 addrspace(3)* %498
	%500 = icmp sgt i32 %455, 2
	%501 = select i1 %500, i32 %499, i32 0
	%502 = add i32 %496, %501
	%503 = add i32 %497, %499
	%504 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 3
	%505 = load i32, i32 addrspace(3)* %504
	%506 = icmp sgt i32 %455, 3
	%507 = select i1 %506, i32 %505, i32 0
	%508 = add i32 %502, %507
	%509 = add i32 %503, %505
	%510 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 4
	%511 = load i32, i32 addrspace(3)* %510
	%512 = icmp sgt i32 %455, 4
	%513 = select i1 %512, i32 %511, i32 0
	%514 = add i32 %508, %513
	%515 = add i32 %509, %511
	%516 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 5
	%517 = load i32, i32 addrspace(3)* %516
	%518 = icmp sgt i32 %455, 5
	%519 = select i1 %518, i32 %517, i32 0
	%520 = add i32 %514, %519
	%521 = add i32 %515, %517
	%522 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 6
	%523 = load i32, i32 addrspace(3)* %522
	%524 = icmp sgt i32 %455, 6
	%525 = select i1 %524, i32 %523, i32 0
	%526 = add i32 %520, %525
	%527 = add i32 %521, %523
	%528 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 7
	%529 = load i32, i32 addrspace(3)* %528
	%530 = icmp sgt i32 %455, 7
	%531 = select i1 %530, i32 %529, i32 0
	%532 = add i32 %526, %531
	%533 = add i32 %527, %529
	%534 = add i32 %532, %475
	%535 = sub i32 %534, %453
	%536 = icmp slt i32 %535, %426
	%537 = add i32 %535, %453
	%538 = icmp sle i32 %426, %537
	%539 = and i1 %536, %538
	br i1 %539, label %540, label %543

540:
	%541 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 0
	store i32 %451, i32 addrspace(3)* %541
	%542 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 1
	store i32 %535, i32 addrspace(3)* %542
	br label %543

543:
	call void @llvm.nvvm.barrier0()
	%544 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 0
	%545 = load i32, i32 addrspace(3)* %544
	%546 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 1
	%547 = load i32, i32 addrspace(3)* %546
	%548 = sub i32 %426, %547
	%549 = shl i32 %545, 16
	%550 = or i32 %428, %549
	%551 = or i32 %429, u0xFF0000
	call void @llvm.nvvm.barrier0()
	%552 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @esmean_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %552
	call void @llvm.nvvm.barrier0()
	br label %553

553:
	%554 = phi i32 [ %0, %543 ], [ %604, %603 ]
	%555 = icmp slt i32 %554, %16
	br i1 %555, label %556, label %572

556:
	%557 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %554
	%558 = load i32, i32 addrspace(3)* %557
	%559 = icmp uge i32 %558, 2
	%560 = and i32 %558, %551
	%561 = icmp eq i32 %560, %550
	%562 = and i1 %559, %561
	%563 = lshr i32 %558, 8
	%564 = and i32 %563, 255
	%565 = select i1 %562, i32 %564, i32 256
	%566 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %565)
	%567 = shl i32 1, %3
	%568 = sub i32 %567, 1
	%569 = and i32 %566, %568
	%570 = icmp eq i32 %569, 0
	%571 = and i1 %562, %570
	br i1 %571, label %599, label %603

572:
	call void @llvm.nvvm.barrier0()
	%573 = sub i32 255, %0
	%574 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @esmean_select1_hist, i32 0, i32 %573
	%575 = load i32, i32 addrspace(3)* %574
	%576 = and i32 %0, 31
	%577 = lshr i32 %0, 5
	%578 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %575, i32 1, i32 0)
	%579 = icmp uge i32 %576, 1
	%580 = select i1 %579, i32 %578, i32 0
	%581 = add i32 %575, %580
	%582 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %581, i32 2, i32 0)
	%583 = icmp uge i32 %576, 2
	%584 = select i1 %583, i32 %582, i32 0
	%585 = add i32 %581, %584
	%586 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %585, i32 4, i32 0)
	%587 = icmp uge i32 %576, 4
	%588 = select i1 %587, i32 %586, i32 0
	%589 = add i32 %585, %588
	%590 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %589, i32 8, i32 0)
	%591 = icmp uge i32 %576, 8
	%592 = select i1 %591, i32 %590, i32 0
	%593 = add i32 %589, %592
	%594 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %593, i32 16, i32 0)
	%595 = icmp uge i32 %576, 16
	%596 = select i1 %595, i32 %594, i32 0
	%597 = add i32 %593, %596
	%598 = icmp eq i32 %576, 31
	br i1 %598, label %605, label %607

599:
	%600 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @esmean_select1_hist, i32 0, i32 %564
	%601 = call i32 @llvm.ctpop.i32(i32 %566)
	%602 = atomicrmw add i32 addrspace(3)* %600, i32 %601 monotonic
	br label %603

603:
	%604 = add i32 %554, 256
	br label %553

605:
	%606 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 %577
	store i32 %597, i32 addrspace(3)* %606
	br label %607

607:
	call void @llvm.nvvm.barrier0()
	%608 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 0
	%609 = load i32, i32 addrspace(3)* %608
	%610 = icmp sgt i32 %577, 0
	%611 = select i1 %610, i32 %609, i32 0
	%612 = add i32 0, %611
	%613 = add i32 0, %609
	%614 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 1
	%615 = load i32, i32 addrspace(3)* %614
	%616 = icmp sgt i32 %577, 1
	%617 = select i1 %616, i32 %615, i32 0
	%618 = add i32 %612, %617
	%619 = add i32 %613, %615
	%620 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 2
	%621 = load i32, i32 addrspace(3)* %620
	%622 = icmp sgt i32 %577, 2
	%623 = select i1 %622, i32 %621, i32 0
	%624 = add i32 %618, %623
	%625 = add i32 %619, %621
	%626 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 3
	%627 = load i32, i32 addrspace(3)* %626
	%628 = icmp sgt i32 %577, 3
	%629 = select i1 %628, i32 %627, i32 0
	%630 = add i32 %624, %629
	%631 = add i32 %625, %627
	%632 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 4
	%633 = load i32, i32 addrspace(3)* %632
	%634 = icmp sgt i32 %577, 4
	%635 = select i1 %634, i32 %633, i32 0
	%636 = add i32 %630, %635
	%637 = add i32 %631, %633
	%638 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 5
	%639 = load i32, i32 addrspace(3)* %638
	%640 = icmp sgt i32 %577, 5
	%641 = select i1 %640, i32 %639, i32 0
	%642 = add i32 %636, %641
	%643 = add i32 %637, %639
	%644 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 6
	%645 = load i32, i32 addrspace(3)* %644
	%646 = icmp sgt i32 %577, 6
	%647 = select i1 %646, i32 %645, i32 0
	%648 = add i32 %642, %647
	%649 = add i32 %643, %645
	%650 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 7
	%651 = load i32, i32 addrspace(3)* %650
	%652 = icmp sgt i32 %577, 7
	%653 = select i1 %652, i32 %651, i32 0
	%654 = add i32 %648, %653
	%655 = add i32 %649, %651
	%656 = add i32 %654, %597
	%657 = sub i32 %656, %575
	%658 = icmp slt i32 %657, %548
	%659 = add i32 %657, %575
	%660 = icmp sle i32 %548, %659
	%661 = and i1 %658, %660
	br i1 %661, label %662, label %665

662:
	%663 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 0
	store i32 %573, i32 addrspace(3)* %663
	%664 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 1
	store i32 %657, i32 addrspace(3)* %664
	br label %665

665:
	call void @llvm.nvvm.barrier0()
	%666 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 0
	%667 = load i32, i32 addrspace(3)* %666
	%668 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 1
	%669 = load i32, i32 addrspace(3)* %668
	%670 = sub i32 %548, %669
	%671 = shl i32 %667, 8
	%672 = or i32 %550, %671
	%673 = or i32 %551, u0xFF00
	call void @llvm.nvvm.barrier0()
	%674 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @esmean_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %674
	call void @llvm.nvvm.barrier0()
	br label %675

675:
	%676 = phi i32 [ %0, %665 ], [ %726, %725 ]
	%677 = icmp slt i32 %676, %16
	br i1 %677, label %678, label %694

678:
	%679 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %676
	%680 = load i32, i32 addrspace(3)* %679
	%681 = icmp uge i32 %680, 2
	%682 = and i32 %680, %673
	%683 = icmp eq i32 %682, %672
	%684 = and i1 %681, %683
	%685 = lshr i32 %680, 0
	%686 = and i32 %685, 255
	%687 = select i1 %684, i32 %686, i32 256
	%688 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %687)
	%689 = shl i32 1, %3
	%690 = sub i32 %689, 1
	%691 = and i32 %688, %690
	%692 = icmp eq i32 %691, 0
	%693 = and i1 %684, %692
	br i1 %693, label %721, label %725

694:
	call void @llvm.nvvm.barrier0()
	%695 = sub i32 255, %0
	%696 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @esmean_select1_hist, i32 0, i32 %695
	%697 = load i32, i32 addrspace(3)* %696
	%698 = and i32 %0, 31
	%699 = lshr i32 %0, 5
	%700 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %697, i32 1, i32 0)
	%701 = icmp uge i32 %698, 1
	%702 = select i1 %701, i32 %700, i32 0
	%703 = add i32 %697, %702
	%704 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %703, i32 2, i32 0)
	%705 = icmp uge i32 %698, 2
	%706 = select i1 %705, i32 %704, i32 0
	%707 = add i32 %703, %706
	%708 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %707, i32 4, i32 0)
	%709 = icmp uge i32 %698, 4
	%710 = select i1 %709, i32 %708, i32 0
	%711 = add i32 %707, %710
	%712 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %711, i32 8, i32 0)
	%713 = icmp uge i32 %698, 8
	%714 = select i1 %713, i32 %712, i32 0
	%715 = add i32 %711, %714
	%716 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %715, i32 16, i32 0)
	%717 = icmp uge i32 %698, 16
	%718 = select i1 %717, i32 %716, i32 0
	%719 = add i32 %715, %718
	%720 = icmp eq i32 %698, 31
	br i1 %720, label %727, label %729

721:
	%722 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @esmean_select1_hist, i32 0, i32 %686
	%723 = call i32 @llvm.ctpop.i32(i32 %688)
	%724 = atomicrmw add i32 addrspace(3)* %722, i32 %723 monotonic
	br label %725

725:
	%726 = add i32 %676, 256
	br label %675

727:
	%728 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 %699
	store i32 %719, i32 addrspace(3)* %728
	br label %729

729:
	call void @llvm.nvvm.barrier0()
	%730 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 0
	%731 = load i32, i32 addrspace(3)* %730
	%732 = icmp sgt i32 %699, 0
	%733 = select i1 %732, i32 %731, i32 0
	%734 = add i32 0, %733
	%735 = add i32 0, %731
	%736 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 1
	%737 = load i32, i32 addrspace(3)* %736
	%738 = icmp sgt i32 %699, 1
	%739 = select i1 %738, i32 %737, i32 0
	%740 = add i32 %734, %739
	%741 = add i32 %735, %737
	%742 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 2
	%743 = load i32, i32 addrspace(3)* %742
	%744 = icmp sgt i32 %699, 2
	%745 = select i1 %744, i32 %743, i32 0
	%746 = add i32 %740, %745
	%747 = add i32 %741, %743
	%748 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 3
	%749 = load i32, i32 addrspace(3)* %748
	%750 = icmp sgt i32 %699, 3
	%751 = select i1 %750, i32 %749, i32 0
	%752 = add i32 %746, %751
	%753 = add i32 %747, %749
	%754 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 4
	%755 = load i32, i32 addrspace(3)* %754
	%756 = icmp sgt i32 %699, 4
	%757 = select i1 %756, i32 %755, i32 0
	%758 = add i32 %752, %757
	%759 = add i32 %753, %755
	%760 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 5
	%761 = load i32, i32 addrspace(3)* %760
	%762 = icmp sgt i32 %699, 5
	%763 = select i1 %762, i32 %761, i32 0
	%764 = add i32 %758, %763
	%765 = add i32 %759, %761
	%766 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 6
	%767 = load i32, i32 addrspace(3)* %766
	%768 = icmp sgt i32 %699, 6
	%769 = select i1 %768, i32 %767, i32 0
	%770 = add i32 %764, %769
	%771 = add i32 %765, %767
	%772 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 7
	%773 = load i32, i32 addrspace(3)* %772
	%774 = icmp sgt i32 %699, 7
	%775 = select i1 %774, i32 %773, i32 0
	%776 = add i32 %770, %775
	%777 = add i32 %771, %773
	%778 = add i32 %776, %719
	%779 = sub i32 %778, %697
	%780 = icmp slt i32 %779, %670
	%781 = add i32 %779, %697
	%782 = icmp sle i32 %670, %781
	%783 = and i1 %780, %782
	br i1 %783, label %784, label %787

784:
	%785 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 0
	store i32 %695, i32 addrspace(3)* %785
	%786 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 1
	store i32 %779, i32 addrspace(3)* %786
	br label %787

787:
	call void @llvm.nvvm.barrier0()
	%788 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 0
	%789 = load i32, i32 addrspace(3)* %788
	%790 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @esmean_select1_sel, i32 0, i32 1
	%791 = load i32, i32 addrspace(3)* %790
	%792 = sub i32 %670, %791
	%793 = shl i32 %789, 0
	%794 = or i32 %672, %793
	%795 = or i32 %673, 255
	br label %796

796:
	%797 = phi i32 [ 0, %787 ], [ %972, %969 ]
	%798 = phi i32 [ 0, %787 ], [ %970, %969 ]
	%799 = phi i32 [ 0, %787 ], [ %971, %969 ]
	%800 = icmp slt i32 %797, %16
	br i1 %800, label %801, label %830

801:
	%802 = add i32 %797, %0
	%803 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %802
	%804 = load i32, i32 addrspace(3)* %803
	%805 = icmp eq i32 %804, %794
	%806 = zext i1 %805 to i32
	%807 = and i32 %0, 31
	%808 = lshr i32 %0, 5
	%809 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %806, i32 1, i32 0)
	%810 = icmp uge i32 %807, 1
	%811 = select i1 %810, i32 %809, i32 0
	%812 = add i32 %806, %811
	%813 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %812, i32 2, i32 0)
	%814 = icmp uge i32 %807, 2
	%815 = select i1 %814, i32 %813, i32 0
	%816 = add i32 %812, %815
	%817 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %816, i32 4, i32 0)
	%818 = icmp uge i32 %807, 4
	%819 = select i1 %818, i32 %817, i32 0
	%820 = add i32 %816, %819
	%821 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %820, i32 8, i32 0)
	%822 = icmp uge i32 %807, 8
	%823 = select i1 %822, i32 %821, i32 0
	%824 = add i32 %820, %823
	%825 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %824, i32 16, i32 0)
	%826 = icmp uge i32 %807, 16
	%827 = select i1 %826, i32 %825, i32 0
	%828 = add i32 %824, %827
	%829 = icmp eq i32 %807, 31
	br i1 %829, label %831, label %833

830:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

831:
	%832 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 %808
	store i32 %828, i32 addrspace(3)* %832
	br label %833

833:
	call void @llvm.nvvm.barrier0()
	%834 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 0
	%835 = load i32, i32 addrspace(3)* %834
	%836 = icmp sgt i32 %808, 0
	%837 = select i1 %836, i32 %835, i32 0
	%838 = add i32 0, %837
	%839 = add i32 0, %835
	%840 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 1
	%841 = load i32, i32 addrspace(3)* %840
	%842 = icmp sgt i32 %808, 1
	%843 = select i1 %842, i32 %841, i32 0
	%844 = add i32 %838, %843
	%845 = add i32 %839, %841
	%846 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 2
	%847 = load i32, i32 addrspace(3)* %846
	%848 = icmp sgt i32 %808, 2
	%849 = select i1 %848, i32 %847, i32 0
	%850 = add i32 %844, %849
	%851 = add i32 %845, %847
	%852 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 3
	%853 = load i32, i32 addrspace(3)* %852
	%854 = icmp sgt i32 %808, 3
	%855 = select i1 %854, i32 %853, i32 0
	%856 = add i32 %850, %855
	%857 = add i32 %851, %853
	%858 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 4
	%859 = load i32, i32 addrspace(3)* %858
	%860 = icmp sgt i32 %808, 4
	%861 = select i1 %860, i32 %859, i32 0
	%862 = add i32 %856, %861
	%863 = add i32 %857, %859
	%864 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 5
	%865 = load i32, i32 addrspace(3)* %864
	%866 = icmp sgt i32 %808, 5
	%867 = select i1 %866, i32 %865, i32 0
	%868 = add i32 %862, %867
	%869 = add i32 %863, %865
	%870 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 6
	%871 = load i32, i32 addrspace(3)* %870
	%872 = icmp sgt i32 %808, 6
	%873 = select i1 %872, i32 %871, i32 0
	%874 = add i32 %868, %873
	%875 = add i32 %869, %871
	%876 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scana, i32 0, i32 7
	%877 = load i32, i32 addrspace(3)* %876
	%878 = icmp sgt i32 %808, 7
	%879 = select i1 %878, i32 %877, i32 0
	%880 = add i32 %874, %879
	%881 = add i32 %875, %877
	%882 = add i32 %880, %828
	%883 = sub i32 %882, %806
	%884 = icmp ugt i32 %804, %794
	%885 = add i32 %798, %883
	%886 = icmp slt i32 %885, %792
	%887 = and i1 %805, %886
	%888 = or i1 %884, %887
	%889 = zext i1 %888 to i32
	%890 = and i32 %0, 31
	%891 = lshr i32 %0, 5
	%892 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %889, i32 1, i32 0)
	%893 = icmp uge i32 %890, 1
	%894 = select i1 %893, i32 %892, i32 0
	%895 = add i32 %889, %894
	%896 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %895, i32 2, i32 0)
	%897 = icmp uge i32 %890, 2
	%898 = select i1 %897, i32 %896, i32 0
	%899 = add i32 %895, %898
	%900 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %899, i32 4, i32 0)
	%901 = icmp uge i32 %890, 4
	%902 = select i1 %901, i32 %900, i32 0
	%903 = add i32 %899, %902
	%904 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %903, i32 8, i32 0)
	%905 = icmp uge i32 %890, 8
	%906 = select i1 %905, i32 %904, i32 0
	%907 = add i32 %903, %906
	%908 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %907, i32 16, i32 0)
	%909 = icmp uge i32 %890, 16
	%910 = select i1 %909, i32 %908, i32 0
	%911 = add i32 %907, %910
	%912 = icmp eq i32 %890, 31
	br i1 %912, label %913, label %915

913:
	%914 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 %891
	store i32 %911, i32 addrspace(3)* %914
	br label %915

915:
	call void @llvm.nvvm.barrier0()
	%916 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 0
	%917 = load i32, i32 addrspace(3)* %916
	%918 = icmp sgt i32 %891, 0
	%919 = select i1 %918, i32 %917, i32 0
	%920 = add i32 0, %919
	%921 = add i32 0, %917
	%922 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 1
	%923 = load i32, i32 addrspace(3)* %922
	%924 = icmp sgt i32 %891, 1
	%925 = select i1 %924, i32 %923, i32 0
	%926 = add i32 %920, %925
	%927 = add i32 %921, %923
	%928 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 2
	%929 = load i32, i32 addrspace(3)* %928
	%930 = icmp sgt i32 %891, 2
	%931 = select i1 %930, i32 %929, i32 0
	%932 = add i32 %926, %931
	%933 = add i32 %927, %929
	%934 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 3
	%935 = load i32, i32 addrspace(3)* %934
	%936 = icmp sgt i32 %891, 3
	%937 = select i1 %936, i32 %935, i32 0
	%938 = add i32 %932, %937
	%939 = add i32 %933, %935
	%940 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 4
	%941 = load i32, i32 addrspace(3)* %940
	%942 = icmp sgt i32 %891, 4
	%943 = select i1 %942, i32 %941, i32 0
	%944 = add i32 %938, %943
	%945 = add i32 %939, %941
	%946 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 5
	%947 = load i32, i32 addrspace(3)* %946
	%948 = icmp sgt i32 %891, 5
	%949 = select i1 %948, i32 %947, i32 0
	%950 = add i32 %944, %949
	%951 = add i32 %945, %947
	%952 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 6
	%953 = load i32, i32 addrspace(3)* %952
	%954 = icmp sgt i32 %891, 6
	%955 = select i1 %954, i32 %953, i32 0
	%956 = add i32 %950, %955
	%957 = add i32 %951, %953
	%958 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 7
	%959 = load i32, i32 addrspace(3)* %958
	%960 = icmp sgt i32 %891, 7
	%961 = select i1 %960, i32 %959, i32 0
	%962 = add i32 %956, %961
	%963 = add i32 %957, %959
	%964 = add i32 %962, %911
	%965 = sub i32 %964, %889
	br i1 %888, label %966, label %969

966:
	%967 = add i32 %799, %965
	%968 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %967
	store i32 %802, i32 addrspace(3)* %968
	br label %969

969:
	%970 = add i32 %798, %881
	%971 = add i32 %799, %963
	%972 = add i32 %797, 256
	br label %796

973:
	%974 = phi i32 [ %308, %topk_done ], [ %978, %976 ]
	%975 = icmp slt i32 %974, %307
	br i1 %975, label %976, label %979

976:
	%977 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %974
	store i32 -1, i32 addrspace(3)* %977
	%978 = add i32 %974, 256
	br label %973

979:
	call void @llvm.nvvm.barrier0()
	%980 = add i32 %306, 1
	br label %981

981:
	%982 = phi i32 [ 1, %979 ], [ %995, %994 ]
	%983 = icmp slt i32 %982, %980
	br i1 %983, label %984, label %986

984:
	%985 = shl i32 1, %982
	br label %987

986:
	br label %1033

987:
	%988 = phi i32 [ 0, %984 ], [ %1003, %1002 ]
	%989 = icmp slt i32 %988, %982
	br i1 %989, label %990, label %994

990:
	%991 = sub i32 %982, 1
	%992 = sub i32 %991, %988
	%993 = shl i32 1, %992
	br label %996

994:
	%995 = add i32 %982, 1
	br label %981

996:
	%997 = phi i32 [ %0, %990 ], [ %1028, %1027 ]
	%998 = icmp slt i32 %997, %307
	br i1 %998, label %999, label %1002

999:
	%1000 = xor i32 %997, %993
	%1001 = icmp sgt i32 %1000, %997
	br i1 %1001, label %1004, label %1027

1002:
	call void @llvm.nvvm.barrier0()
	%1003 = add i32 %988, 1
	br label %987

1004:
	%1005 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %997
	%1006 = load i32, i32 addrspace(3)* %1005
	%1007 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %1000
	%1008 = load i32, i32 addrspace(3)* %1007
	%1009 = and i32 %997, %985
	%1010 = icmp eq i32 %1009, 0
	%1011 = icmp sge i32 %1008, 0
	%1012 = select i1 %1011, i32 %1008, i32 0
	%1013 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %1012
	%1014 = load i32, i32 addrspace(3)* %1013
	%1015 = select i1 %1011, i32 %1014, i32 0
	%1016 = icmp sge i32 %1006, 0
	%1017 = select i1 %1016, i32 %1006, i32 0
	%1018 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %1017
	%1019 = load i32, i32 addrspace(3)* %1018
	%1020 = select i1 %1016, i32 %1019, i32 0
	%1021 = icmp ugt i32 %1015, %1020
	%1022 = icmp eq i32 %1015, %1020
	%1023 = icmp slt i32 %1008, %1006
	%1024 = and i1 %1022, %1023
	%1025 = or i1 %1021, %1024
	%1026 = icmp eq i1 %1025, %1010
	br i1 %1026, label %1029, label %1032

1027:
	%1028 = add i32 %997, 256
	br label %996

1029:
	%1030 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %997
	store i32 %1008, i32 addrspace(3)* %1030
	%1031 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %1000
	store i32 %1006, i32 addrspace(3)* %1031
	br label %1032

1032:
	br label %1027

1033:
	%1034 = phi i32 [ %0, %986 ], [ %1047, %1036 ]
	%1035 = icmp slt i32 %1034, %245
	br i1 %1035, label %1036, label %1048

1036:
	%1037 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %1034
	%1038 = load i32, i32 addrspace(3)* %1037
	%1039 = add i32 %242, %1034
	%1040 = add i32 %13, %1039
	%1041 = sext i32 %1040 to i64
	%1042 = getelementptr i32, i32* %list, i64 %1041
	store i32 %1038, i32* %1042
	%1043 = add i32 %13, %NK
	%1044 = add i32 %1043, %1039
	%1045 = sext i32 %1044 to i64
	%1046 = getelementptr i32, i32* %list, i64 %1045
	store i32 0, i32* %1046
	%1047 = add i32 %1034, 256
	br label %1033

1048:
	%1049 = add i32 %242, %245
	%1050 = add i32 %1049, %0
	br label %1051

1051:
	%1052 = phi i32 [ %1050, %1048 ], [ %1062, %1054 ]
	%1053 = icmp slt i32 %1052, %NK
	br i1 %1053, label %1054, label %1063

1054:
	%1055 = add i32 %13, %1052
	%1056 = sext i32 %1055 to i64
	%1057 = getelementptr i32, i32* %list, i64 %1056
	store i32 -1, i32* %1057
	%1058 = add i32 %13, %NK
	%1059 = add i32 %1058, %1052
	%1060 = sext i32 %1059 to i64
	%1061 = getelementptr i32, i32* %list, i64 %1060
	store i32 -1, i32* %1061
	%1062 = add i32 %1052, 256
	br label %1051

1063:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

define ptx_kernel void @esmean_pool_q0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %26, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %25, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %27

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = zext i16 %21 to i32
	%23 = shl i32 %22, 16
	%24 = bitcast i32 %23 to float
	%25 = fadd float %15, %24
	%26 = add i32 %14, 1
	br label %13

27:
	%28 = sub i32 %7, %3
	%29 = sitofp i32 %28 to float
	%30 = fdiv float %15, %29
	%31 = mul i32 %2, %NT
	%32 = add i32 %31, %1
	%33 = mul i32 %32, 64
	%34 = add i32 %33, %0
	%35 = sext i32 %34 to i64
	%36 = getelementptr float, float* %out, i64 %35
	store float %30, float* %36
	ret void
}

define ptx_kernel void @esmean_pool_k0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %26, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %25, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %27

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = zext i16 %21 to i32
	%23 = shl i32 %22, 16
	%24 = bitcast i32 %23 to float
	%25 = fadd float %15, %24
	%26 = add i32 %14, 1
	br label %13

27:
	%28 = sub i32 %7, %3
	%29 = sitofp i32 %28 to float
	%30 = fdiv float %15, %29
	%31 = mul i32 %2, %NT
	%32 = add i32 %31, %1
	%33 = mul i32 %32, 64
	%34 = add i32 %33, %0
	%35 = sext i32 %34 to i64
	%36 = getelementptr float, float* %out, i64 %35
	store float %30, float* %36
	ret void
}

define ptx_kernel void @esmean_scores0(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%4 = and i32 %0, 15
	%5 = lshr i32 %0, 4
	%6 = mul i32 %2, 64
	%7 = mul i32 %1, 64
	%8 = mul i32 %5, 4
	%9 = add i32 %6, %8
	%10 = mul i32 %4, 4
	%11 = add i32 %7, %10
	%12 = sdiv i32 %3, %group
	%13 = mul i32 %3, %ch
	%14 = mul i32 %13, %NQ
	%15 = add i32 %9, 0
	%16 = add i32 %11, 0
	%17 = icmp slt i32 %15, %NQ
	%18 = icmp slt i32 %16, %NK
	%19 = and i1 %17, %18
	%20 = add i32 %14, %15
	%21 = mul i32 %20, %NK
	%22 = add i32 %21, %16
	%23 = select i1 %19, i32 %22, i32 0
	%24 = sext i32 %23 to i64
	%25 = getelementptr i8, i8* %cls, i64 %24
	%26 = load i8, i8* %25
	%27 = icmp ne i8 %26, 0
	%28 = and i1 %19, %27
	%29 = or i1 false, %28
	%30 = add i32 %11, 1
	%31 = icmp slt i32 %15, %NQ
	%32 = icmp slt i32 %30, %NK
	%33 = and i1 %31, %32
	%34 = add i32 %14, %15
	%35 = mul i32 %34, %NK
	%36 = add i32 %35, %30
	%37 = select i1 %33, i32 %36, i32 0
	%38 = sext i32 %37 to i64
	%39 = getelementptr i8, i8* %cls, i64 %38
	%40 = load i8, i8* %39
	%41 = icmp ne i8 %40, 0
	%42 = and i1 %33, %41
	%43 = or i1 %29, %42
	%44 = add i32 %11, 2
	%45 = icmp slt i32 %15, %NQ
	%46 = icmp slt i32 %44, %NK
	%47 = and i1 %45, %46
	%48 = add i32 %14, %15
	%49 = mul i32 %48, %NK
	%50 = add i32 %49, %44
	%51 = select i1 %47, i32 %50, i32 0
	%52 = sext i32 %51 to i64
	%53 = getelementptr i8, i8* %cls, i64 %52
	%54 = load i8, i8* %53
	%55 = icmp ne i8 %54, 0
	%56 = and i1 %47, %55
	%57 = or i1 %43, %56
	%58 = add i32 %11, 3
	%59 = icmp slt i32 %15, %NQ
	%60 = icmp slt i32 %58, %NK
	%61 = and i1 %59, %60
	%62 = add i32 %14, %15
	%63 = mul i32 %62, %NK
	%64 = add i32 %63, %58
	%65 = select i1 %61, i32 %64, i32 0
	%66 = sext i32 %65 to i64
	%67 = getelementptr i8, i8* %cls, i64 %66
	%68 = load i8, i8* %67
	%69 = icmp ne i8 %68, 0
	%70 = and i1 %61, %69
	%71 = or i1 %57, %70
	%72 = add i32 %9, 1
	%73 = add i32 %11, 0
	%74 = icmp slt i32 %72, %NQ
	%75 = icmp slt i32 %73, %NK
	%76 = and i1 %74, %75
	%77 = add i32 %14, %72
	%78 = mul i32 %77, %NK
	%79 = add i32 %78, %73
	%80 = select i1 %76, i32 %79, i32 0
	%81 = sext i32 %80 to i64
	%82 = getelementptr i8, i8* %cls, i64 %81
	%83 = load i8, i8* %82
	%84 = icmp ne i8 %83, 0
	%85 = and i1 %76, %84
	%86 = or i1 %71, %85
	%87 = add i32 %11, 1
	%88 = icmp slt i32 %72, %NQ
	%89 = icmp slt i32 %87, %NK
	%90 = and i1 %88, %89
	%91 = add i32 %14, %72
	%92 = mul i32 %91, %NK
	%93 = add i32 %92, %87
	%94 = select i1 %90, i32 %93, i32 0
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp ne i8 %97, 0
	%99 = and i1 %90, %98
	%100 = or i1 %86, %99
	%101 = add i32 %11, 2
	%102 = icmp slt i32 %72, %NQ
	%103 = icmp slt i32 %101, %NK
	%104 = and i1 %102, %103
	%105 = add i32 %14, %72
	%106 = mul i32 %105, %NK
	%107 = add i32 %106, %101
	%108 = select i1 %104, i32 %107, i32 0
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = icmp ne i8 %111, 0
	%113 = and i1 %104, %112
	%114 = or i1 %100, %113
	%115 = add i32 %11, 3
	%116 = icmp slt i32 %72, %NQ
	%117 = icmp slt i32 %115, %NK
	%118 = and i1 %116, %117
	%119 = add i32 %14, %72
	%120 = mul i32 %119, %NK
	%121 = add i32 %120, %115
	%122 = select i1 %118, i32 %121, i32 0
	%123 = sext i32 %122 to i64
	%124 = getelementptr i8, i8* %cls, i64 %123
	%125 = load i8, i8* %124
	%126 = icmp ne i8 %125, 0
	%127 = and i1 %118, %126
	%128 = or i1 %114, %127
	%129 = add i32 %9, 2
	%130 = add i32 %11, 0
	%131 = icmp slt i32 %129, %NQ
	%132 = icmp slt i32 %130, %NK
	%133 = and i1 %131, %132
	%134 = add i32 %14, %129
	%135 = mul i32 %134, %NK
	%136 = add i32 %135, %130
	%137 = select i1 %133, i32 %136, i32 0
	%138 = sext i32 %137 to i64
	%139 = getelementptr i8, i8* %cls, i64 %138
	%140 = load i8, i8* %139
	%141 = icmp ne i8 %140, 0
	%142 = and i1 %133, %141
	%143 = or i1 %128, %142
	%144 = add i32 %11, 1
	%145 = icmp slt i32 %129, %NQ
	%146 = icmp slt i32 %144, %NK
	%147 = and i1 %145, %146
	%148 = add i32 %14, %129
	%149 = mul i32 %148, %NK
	%150 = add i32 %149, %144
	%151 = select i1 %147, i32 %150, i32 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i8, i8* %cls, i64 %152
	%154 = load i8, i8* %153
	%155 = icmp ne i8 %154, 0
	%156 = and i1 %147, %155
	%157 = or i1 %143, %156
	%158 = add i32 %11, 2
	%159 = icmp slt i32 %129, %NQ
	%160 = icmp slt i32 %158, %NK
	%161 = and i1 %159, %160
	%162 = add i32 %14, %129
	%163 = mul i32 %162, %NK
	%164 = add i32 %163, %158
	%165 = select i1 %161, i32 %164, i32 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %cls, i64 %166
	%168 = load i8, i8* %167
	%169 = icmp ne i8 %168, 0
	%170 = and i1 %161, %169
	%171 = or i1 %157, %170
	%172 = add i32 %11, 3
	%173 = icmp slt i32 %129, %NQ
	%174 = icmp slt i32 %172, %NK
	%175 = and i1 %173, %174
	%176 = add i32 %14, %129
	%177 = mul i32 %176, %NK
	%178 = add i32 %177, %172
	%179 = select i1 %175, i32 %178, i32 0
	%180 = sext i32 %179 to i64
	%181 = getelementptr i8, i8* %cls, i64 %180
	%182 = load i8, i8* %181
	%183 = icmp ne i8 %182, 0
	%184 = and i1 %175, %183
	%185 = or i1 %171, %184
	%186 = add i32 %9, 3
	%187 = add i32 %11, 0
	%188 = icmp slt i32 %186, %NQ
	%189 = icmp slt i32 %187, %NK
	%190 = and i1 %188, %189
	%191 = add i32 %14, %186
	%192 = mul i32 %191, %NK
	%193 = add i32 %192, %187
	%194 = select i1 %190, i32 %193, i32 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i8, i8* %cls, i64 %195
	%197 = load i8, i8* %196
	%198 = icmp ne i8 %197, 0
	%199 = and i1 %190, %198
	%200 = or i1 %185, %199
	%201 = add i32 %11, 1
	%202 = icmp slt i32 %186, %NQ
	%203 = icmp slt i32 %201, %NK
	%204 = and i1 %202, %203
	%205 = add i32 %14, %186
	%206 = mul i32 %205, %NK
	%207 = add i32 %206, %201
	%208 = select i1 %204, i32 %207, i32 0
	%209 = sext i32 %208 to i64
	%210 = getelementptr i8, i8* %cls, i64 %209
	%211 = load i8, i8* %210
	%212 = icmp ne i8 %211, 0
	%213 = and i1 %204, %212
	%214 = or i1 %200, %213
	%215 = add i32 %11, 2
	%216 = icmp slt i32 %186, %NQ
	%217 = icmp slt i32 %215, %NK
	%218 = and i1 %216, %217
	%219 = add i32 %14, %186
	%220 = mul i32 %219, %NK
	%221 = add i32 %220, %215
	%222 = select i1 %218, i32 %221, i32 0
	%223 = sext i32 %222 to i64
	%224 = getelementptr i8, i8* %cls, i64 %223
	%225 = load i8, i8* %224
	%226 = icmp ne i8 %225, 0
	%227 = and i1 %218, %226
	%228 = or i1 %214, %227
	%229 = add i32 %11, 3
	%230 = icmp slt i32 %186, %NQ
	%231 = icmp slt i32 %229, %NK
	%232 = and i1 %230, %231
	%233 = add i32 %14, %186
	%234 = mul i32 %233, %NK
	%235 = add i32 %234, %229
	%236 = select i1 %232, i32 %235, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i8, i8* %cls, i64 %237
	%239 = load i8, i8* %238
	%240 = icmp ne i8 %239, 0
	%241 = and i1 %232, %240
	%242 = or i1 %228, %241
	%243 = zext i1 %242 to i32
	%244 = call i32 @llvm.nvvm.barrier0.or(i32 %243)
	%245 = icmp ne i32 %244, 0
	br i1 %245, label %work, label %skip

work:
	br label %246

skip:
	ret void

246:
	%247 = phi i32 [ 0, %work ], [ %459, %458 ]
	%248 = phi float [ 0.0, %work ], [ %403, %458 ]
	%249 = phi float [ 0.0, %work ], [ %404, %458 ]
	%250 = phi float [ 0.0, %work ], [ %405, %458 ]
	%251 = phi float [ 0.0, %work ], [ %406, %458 ]
	%252 = phi float [ 0.0, %work ], [ %407, %458 ]
	%253 = phi float [ 0.0, %work ], [ %408, %458 ]
	%254 = phi float [ 0.0, %work ], [ %409, %458 ]
	%255 = phi float [ 0.0, %work ], [ %410, %458 ]
	%256 = phi float [ 0.0, %work ], [ %411, %458 ]
	%257 = phi float [ 0.0, %work ], [ %412, %458 ]
	%258 = phi float [ 0.0, %work ], [ %413, %458 ]
	%259 = phi float [ 0.0, %work ], [ %414, %458 ]
	%260 = phi float [ 0.0, %work ], [ %415, %458 ]
	%261 = phi float [ 0.0, %work ], [ %416, %458 ]
	%262 = phi float [ 0.0, %work ], [ %417, %458 ]
	%263 = phi float [ 0.0, %work ], [ %418, %458 ]
	%264 = icmp slt i32 %247, 64
	br i1 %264, label %265, label %394

265:
	%266 = add i32 %0, 0
	%267 = lshr i32 %266, 4
	%268 = and i32 %266, 15
	%269 = add i32 %268, %247
	%270 = add i32 %6, %267
	%271 = add i32 %7, %267
	%272 = icmp slt i32 %270, %NQ
	%273 = select i1 %272, i32 %270, i32 0
	%274 = mul i32 %3, %NQ
	%275 = add i32 %274, %273
	%276 = mul i32 %275, 64
	%277 = add i32 %276, %269
	%278 = sext i32 %277 to i64
	%279 = getelementptr float, float* %qm, i64 %278
	%280 = load float, float* %279
	%281 = select i1 %272, float %280, float 0.0
	%282 = mul i32 %268, 68
	%283 = add i32 %282, %267
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_a, i32 0, i32 %283
	store float %281, float addrspace(3)* %284
	%285 = icmp slt i32 %271, %NK
	%286 = select i1 %285, i32 %271, i32 0
	%287 = mul i32 %12, %NK
	%288 = add i32 %287, %286
	%289 = mul i32 %288, 64
	%290 = add i32 %289, %269
	%291 = sext i32 %290 to i64
	%292 = getelementptr float, float* %km, i64 %291
	%293 = load float, float* %292
	%294 = select i1 %285, float %293, float 0.0
	%295 = mul i32 %268, 68
	%296 = add i32 %295, %267
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_b, i32 0, i32 %296
	store float %294, float addrspace(3)* %297
	%298 = add i32 %0, 256
	%299 = lshr i32 %298, 4
	%300 = and i32 %298, 15
	%301 = add i32 %300, %247
	%302 = add i32 %6, %299
	%303 = add i32 %7, %299
	%304 = icmp slt i32 %302, %NQ
	%305 = select i1 %304, i32 %302, i32 0
	%306 = mul i32 %3, %NQ
	%307 = add i32 %306, %305
	%308 = mul i32 %307, 64
	%309 = add i32 %308, %301
	%310 = sext i32 %309 to i64
	%311 = getelementptr float, float* %qm, i64 %310
	%312 = load float, float* %311
	%313 = select i1 %304, float %312, float 0.0
	%314 = mul i32 %300, 68
	%315 = add i32 %314, %299
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_a, i32 0, i32 %315
	store float %313, float addrspace(3)* %316
	%317 = icmp slt i32 %303, %NK
	%318 = select i1 %317, i32 %303, i32 0
	%319 = mul i32 %12, %NK
	%320 = add i32 %319, %318
	%321 = mul i32 %320, 64
	%322 = add i32 %321, %301
	%323 = sext i32 %322 to i64
	%324 = getelementptr float, float* %km, i64 %323
	%325 = load float, float* %324
	%326 = select i1 %317, float %325, float 0.0
	%327 = mul i32 %300, 68
	%328 = add i32 %327, %299
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_b, i32 0, i32 %328
	store float %326, float addrspace(3)* %329
	%330 = add i32 %0, 512
	%331 = lshr i32 %330, 4
	%332 = and i32 %330, 15
	%333 = add i32 %332, %247
	%334 = add i32 %6, %331
	%335 = add i32 %7, %331
	%336 = icmp slt i32 %334, %NQ
	%337 = select i1 %336, i32 %334, i32 0
	%338 = mul i32 %3, %NQ
	%339 = add i32 %338, %337
	%340 = mul i32 %339, 64
	%341 = add i32 %340, %333
	%342 = sext i32 %341 to i64
	%343 = getelementptr float, float* %qm, i64 %342
	%344 = load float, float* %343
	%345 = select i1 %336, float %344, float 0.0
	%346 = mul i32 %332, 68
	%347 = add i32 %346, %331
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_a, i32 0, i32 %347
	store float %345, float addrspace(3)* %348
	%349 = icmp slt i32 %335, %NK
	%350 = select i1 %349, i32 %335, i32 0
	%351 = mul i32 %12, %NK
	%352 = add i32 %351, %350
	%353 = mul i32 %352, 64
	%354 = add i32 %353, %333
	%355 = sext i32 %354 to i64
	%356 = getelementptr float, float* %km, i64 %355
	%357 = load float, float* %356
	%358 = select i1 %349, float %357, float 0.0
	%359 = mul i32 %332, 68
	%360 = add i32 %359, %331
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_b, i32 0, i32 %360
	store float %358, float addrspace(3)* %361
	%362 = add i32 %0, 768
	%363 = lshr i32 %362, 4
	%364 = and i32 %362, 15
	%365 = add i32 %364, %247
	%366 = add i32 %6, %363
	%367 = add i32 %7, %363
	%368 = icmp slt i32 %366, %NQ
	%369 = select i1 %368, i32 %366, i32 0
	%370 = mul i32 %3, %NQ
	%371 = add i32 %370, %369
	%372 = mul i32 %371, 64
	%373 = add i32 %372, %365
	%374 = sext i32 %373 to i64
	%375 = getelementptr float, float* %qm, i64 %374
	%376 = load float, float* %375
	%377 = select i1 %368, float %376, float 0.0
	%378 = mul i32 %364, 68
	%379 = add i32 %378, %363
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_a, i32 0, i32 %379
	store float %377, float addrspace(3)* %380
	%381 = icmp slt i32 %367, %NK
	%382 = select i1 %381, i32 %367, i32 0
	%383 = mul i32 %12, %NK
	%384 = add i32 %383, %382
	%385 = mul i32 %384, 64
	%386 = add i32 %385, %365
	%387 = sext i32 %386 to i64
	%388 = getelementptr float, float* %km, i64 %387
	%389 = load float, float* %388
	%390 = select i1 %381, float %389, float 0.0
	%391 = mul i32 %364, 68
	%392 = add i32 %391, %363
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_b, i32 0, i32 %392
	store float %390, float addrspace(3)* %393
	call void @llvm.nvvm.barrier0()
	br label %401

394:
	%395 = add i32 %9, 0
	%396 = add i32 %11, 0
	%397 = icmp slt i32 %395, %NQ
	%398 = icmp slt i32 %396, %NK
	%399 = and i1 %397, %398
	%400 = fmul float %248, 0x3FC7154760000000
	br i1 %399, label %460, label %467

401:
	%402 = phi i32 [ 0, %265 ], [ %457, %420 ]
	%403 = phi float [ %248, %265 ], [ %441, %420 ]
	%404 = phi float [ %249, %265 ], [ %442, %420 ]
	%405 = phi float [ %250, %265 ], [ %443, %420 ]
	%406 = phi float [ %251, %265 ], [ %444, %420 ]
	%407 = phi float [ %252, %265 ], [ %445, %420 ]
	%408 = phi float [ %253, %265 ], [ %446, %420 ]
	%409 = phi float [ %254, %265 ], [ %447, %420 ]
	%410 = phi float [ %255, %265 ], [ %448, %420 ]
	%411 = phi float [ %256, %265 ], [ %449, %420 ]
	%412 = phi float [ %257, %265 ], [ %450, %420 ]
	%413 = phi float [ %258, %265 ], [ %451, %420 ]
	%414 = phi float [ %259, %265 ], [ %452, %420 ]
	%415 = phi float [ %260, %265 ], [ %453, %420 ]
	%416 = phi float [ %261, %265 ], [ %454, %420 ]
	%417 = phi float [ %262, %265 ], [ %455, %420 ]
	%418 = phi float [ %263, %265 ], [ %456, %420 ]
	%419 = icmp slt i32 %402, 16
	br i1 %419, label %420, label %458

420:
	%421 = mul i32 %5, 4
	%422 = mul i32 %402, 68
	%423 = add i32 %422, %421
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_b, i32 0, i32 %433
	%435 = bitcast float addrspace(3)* %434 to <4 x float> addrspace(3)*
	%436 = load <4 x float>, <4 x float> addrspace(3)* %435, align 16
	%437 = extractelement <4 x float> %436, i32 0
	%438 = extractelement <4 x float> %436, i32 1
	%439 = extractelement <4 x float> %436, i32 2
	%440 = extractelement <4 x float> %436, i32 3
	%441 = call float @llvm.fma.f32(float %427, float %437, float %403)
	%442 = call float @llvm.fma.f32(float %427, float %438, float %404)
	%443 = call float @llvm.fma.f32(float %427, float %439, float %405)
	%444 = call float @llvm.fma.f32(float %427, float %440, float %406)
	%445 = call float @llvm.fma.f32(float %428, float %437, float %407)
	%446 = call float @llvm.fma.f32(float %428, float %438, float %408)
	%447 = call float @llvm.fma.f32(float %428, float %439, float %409)
	%448 = call float @llvm.fma.f32(float %428, float %440, float %410)
	%449 = call float @llvm.fma.f32(float %429, float %437, float %411)
	%450 = call float @llvm.fma.f32(float %429, float %438, float %412)
	%451 = call float @llvm.fma.f32(float %429, float %439, float %413)
	%452 = call float @llvm.fma.f32(float %429, float %440, float %414)
	%453 = call float @llvm.fma.f32(float %430, float %437, float %415)
	%454 = call float @llvm.fma.f32(float %430, float %438, float %416)
	%455 = call float @llvm.fma.f32(float %430, float %439, float %417)
	%456 = call float @llvm.fma.f32(float %430, float %440, float %418)
	%457 = add i32 %402, 1
	br label %401

458:
	call void @llvm.nvvm.barrier0()
	%459 = add i32 %247, 16
	br label %246

460:
	%461 = mul i32 %3, %NQ
	%462 = add i32 %461, %395
	%463 = mul i32 %462, %NK
	%464 = add i32 %463, %396
	%465 = sext i32 %464 to i64
	%466 = getelementptr float, float* %e, i64 %465
	store float %400, float* %466
	br label %467

467:
	%468 = add i32 %11, 1
	%469 = icmp slt i32 %395, %NQ
	%470 = icmp slt i32 %468, %NK
	%471 = and i1 %469, %470
	%472 = fmul float %249, 0x3FC7154760000000
	br i1 %471, label %473, label %480

473:
	%474 = mul i32 %3, %NQ
	%475 = add i32 %474, %395
	%476 = mul i32 %475, %NK
	%477 = add i32 %476, %468
	%478 = sext i32 %477 to i64
	%479 = getelementptr float, float* %e, i64 %478
	store float %472, float* %479
	br label %480

480:
	%481 = add i32 %11, 2
	%482 = icmp slt i32 %395, %NQ
	%483 = icmp slt i32 %481, %NK
	%484 = and i1 %482, %483
	%485 = fmul float %250, 0x3FC7154760000000
	br i1 %484, label %486, label %493

486:
	%487 = mul i32 %3, %NQ
	%488 = add i32 %487, %395
	%489 = mul i32 %488, %NK
	%490 = add i32 %489, %481
	%491 = sext i32 %490 to i64
	%492 = getelementptr float, float* %e, i64 %491
	store float %485, float* %492
	br label %493

493:
	%494 = add i32 %11, 3
	%495 = icmp slt i32 %395, %NQ
	%496 = icmp slt i32 %494, %NK
	%497 = and i1 %495, %496
	%498 = fmul float %251, 0x3FC7154760000000
	br i1 %497, label %499, label %506

499:
	%500 = mul i32 %3, %NQ
	%501 = add i32 %500, %395
	%502 = mul i32 %501, %NK
	%503 = add i32 %502, %494
	%504 = sext i32 %503 to i64
	%505 = getelementptr float, float* %e, i64 %504
	store float %498, float* %505
	br label %506

506:
	%507 = add i32 %9, 1
	%508 = add i32 %11, 0
	%509 = icmp slt i32 %507, %NQ
	%510 = icmp slt i32 %508, %NK
	%511 = and i1 %509, %510
	%512 = fmul float %252, 0x3FC7154760000000
	br i1 %511, label %513, label %520

513:
	%514 = mul i32 %3, %NQ
	%515 = add i32 %514, %507
	%516 = mul i32 %515, %NK
	%517 = add i32 %516, %508
	%518 = sext i32 %517 to i64
	%519 = getelementptr float, float* %e, i64 %518
	store float %512, float* %519
	br label %520

520:
	%521 = add i32 %11, 1
	%522 = icmp slt i32 %507, %NQ
	%523 = icmp slt i32 %521, %NK
	%524 = and i1 %522, %523
	%525 = fmul float %253, 0x3FC7154760000000
	br i1 %524, label %526, label %533

526:
	%527 = mul i32 %3, %NQ
	%528 = add i32 %527, %507
	%529 = mul i32 %528, %NK
	%530 = add i32 %529, %521
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	store float %525, float* %532
	br label %533

533:
	%534 = add i32 %11, 2
	%535 = icmp slt i32 %507, %NQ
	%536 = icmp slt i32 %534, %NK
	%537 = and i1 %535, %536
	%538 = fmul float %254, 0x3FC7154760000000
	br i1 %537, label %539, label %546

539:
	%540 = mul i32 %3, %NQ
	%541 = add i32 %540, %507
	%542 = mul i32 %541, %NK
	%543 = add i32 %542, %534
	%544 = sext i32 %543 to i64
	%545 = getelementptr float, float* %e, i64 %544
	store float %538, float* %545
	br label %546

546:
	%547 = add i32 %11, 3
	%548 = icmp slt i32 %507, %NQ
	%549 = icmp slt i32 %547, %NK
	%550 = and i1 %548, %549
	%551 = fmul float %255, 0x3FC7154760000000
	br i1 %550, label %552, label %559

552:
	%553 = mul i32 %3, %NQ
	%554 = add i32 %553, %507
	%555 = mul i32 %554, %NK
	%556 = add i32 %555, %547
	%557 = sext i32 %556 to i64
	%558 = getelementptr float, float* %e, i64 %557
	store float %551, float* %558
	br label %559

559:
	%560 = add i32 %9, 2
	%561 = add i32 %11, 0
	%562 = icmp slt i32 %560, %NQ
	%563 = icmp slt i32 %561, %NK
	%564 = and i1 %562, %563
	%565 = fmul float %256, 0x3FC7154760000000
	br i1 %564, label %566, label %573

566:
	%567 = mul i32 %3, %NQ
	%568 = add i32 %567, %560
	%569 = mul i32 %568, %NK
	%570 = add i32 %569, %561
	%571 = sext i32 %570 to i64
	%572 = getelementptr float, float* %e, i64 %571
	store float %565, float* %572
	br label %573

573:
	%574 = add i32 %11, 1
	%575 = icmp slt i32 %560, %NQ
	%576 = icmp slt i32 %574, %NK
	%577 = and i1 %575, %576
	%578 = fmul float %257, 0x3FC7154760000000
	br i1 %577, label %579, label %586

579:
	%580 = mul i32 %3, %NQ
	%581 = add i32 %580, %560
	%582 = mul i32 %581, %NK
	%583 = add i32 %582, %574
	%584 = sext i32 %583 to i64
	%585 = getelementptr float, float* %e, i64 %584
	store float %578, float* %585
	br label %586

586:
	%587 = add i32 %11, 2
	%588 = icmp slt i32 %560, %NQ
	%589 = icmp slt i32 %587, %NK
	%590 = and i1 %588, %589
	%591 = fmul float %258, 0x3FC7154760000000
	br i1 %590, label %592, label %599

592:
	%593 = mul i32 %3, %NQ
	%594 = add i32 %593, %560
	%595 = mul i32 %594, %NK
	%596 = add i32 %595, %587
	%597 = sext i32 %596 to i64
	%598 = getelementptr float, float* %e, i64 %597
	store float %591, float* %598
	br label %599

599:
	%600 = add i32 %11, 3
	%601 = icmp slt i32 %560, %NQ
	%602 = icmp slt i32 %600, %NK
	%603 = and i1 %601, %602
	%604 = fmul float %259, 0x3FC7154760000000
	br i1 %603, label %605, label %612

605:
	%606 = mul i32 %3, %NQ
	%607 = add i32 %606, %560
	%608 = mul i32 %607, %NK
	%609 = add i32 %608, %600
	%610 = sext i32 %609 to i64
	%611 = getelementptr float, float* %e, i64 %610
	store float %604, float* %611
	br label %612

612:
	%613 = add i32 %9, 3
	%614 = add i32 %11, 0
	%615 = icmp slt i32 %613, %NQ
	%616 = icmp slt i32 %614, %NK
	%617 = and i1 %615, %616
	%618 = fmul float %260, 0x3FC7154760000000
	br i1 %617, label %619, label %626

619:
	%620 = mul i32 %3, %NQ
	%621 = add i32 %620, %613
	%622 = mul i32 %621, %NK
	%623 = add i32 %622, %614
	%624 = sext i32 %623 to i64
	%625 = getelementptr float, float* %e, i64 %624
	store float %618, float* %625
	br label %626

626:
	%627 = add i32 %11, 1
	%628 = icmp slt i32 %613, %NQ
	%629 = icmp slt i32 %627, %NK
	%630 = and i1 %628, %629
	%631 = fmul float %261, 0x3FC7154760000000
	br i1 %630, label %632, label %639

632:
	%633 = mul i32 %3, %NQ
	%634 = add i32 %633, %613
	%635 = mul i32 %634, %NK
	%636 = add i32 %635, %627
	%637 = sext i32 %636 to i64
	%638 = getelementptr float, float* %e, i64 %637
	store float %631, float* %638
	br label %639

639:
	%640 = add i32 %11, 2
	%641 = icmp slt i32 %613, %NQ
	%642 = icmp slt i32 %640, %NK
	%643 = and i1 %641, %642
	%644 = fmul float %262, 0x3FC7154760000000
	br i1 %643, label %645, label %652

645:
	%646 = mul i32 %3, %NQ
	%647 = add i32 %646, %613
	%648 = mul i32 %647, %NK
	%649 = add i32 %648, %640
	%650 = sext i32 %649 to i64
	%651 = getelementptr float, float* %e, i64 %650
	store float %644, float* %651
	br label %652

652:
	%653 = add i32 %11, 3
	%654 = icmp slt i32 %613, %NQ
	%655 = icmp slt i32 %653, %NK
	%656 = and i1 %654, %655
	%657 = fmul float %263, 0x3FC7154760000000
	br i1 %656, label %658, label %665

658:
	%659 = mul i32 %3, %NQ
	%660 = add i32 %659, %613
	%661 = mul i32 %660, %NK
	%662 = add i32 %661, %653
	%663 = sext i32 %662 to i64
	%664 = getelementptr float, float* %e, i64 %663
	store float %657, float* %664
	br label %665

665:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

define ptx_kernel void @esmean_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32* %visits) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @esmean_attn2_smem to i32
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
	%157 = phi i32 [ 0, %prologue ], [ %1297, %pv ]
	%158 = phi i32 [ %37, %prologue ], [ %1304, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %1639, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1640, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1641, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1642, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1644, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1645, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1646, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1647, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1656, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1657, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1658, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1659, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1661, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1662, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1663, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1664, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1673, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1674, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1675, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1676, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1678, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1679, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1680, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1681, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1690, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1691, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1692, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1693, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1695, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1696, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1697, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1698, %pv ]
	%191 = phi float [ 0xFFF0000000000000, %prologue ], [ %1125, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1176, %pv ]
	%193 = phi float [ 0xFFF0000000000000, %prologue ], [ %1177, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1228, %pv ]
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
	%247 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %246)
	%248 = extractvalue { i32, i32, i32, i32 } %247, 0
	%249 = extractvalue { i32, i32, i32, i32 } %247, 1
	%250 = extractvalue { i32, i32, i32, i32 } %247, 2
	%251 = extractvalue { i32, i32, i32, i32 } %247, 3
	%252 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %248, i32 %249, float 0.0, float 0.0, float 0.0, float 0.0)
	%253 = extractvalue { float, float, float, float } %252, 0
	%254 = extractvalue { float, float, float, float } %252, 1
	%255 = extractvalue { float, float, float, float } %252, 2
	%256 = extractvalue { float, float, float, float } %252, 3
	%257 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %250, i32 %251, float 0.0, float 0.0, float 0.0, float 0.0)
	%258 = extractvalue { float, float, float, float } %257, 0
	%259 = extractvalue { float, float, float, float } %257, 1
	%260 = extractvalue { float, float, float, float } %257, 2
	%261 = extractvalue { float, float, float, float } %257, 3
	%262 = add i32 %245, 2048
	%263 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %262)
	%264 = extractvalue { i32, i32, i32, i32 } %263, 0
	%265 = extractvalue { i32, i32, i32, i32 } %263, 1
	%266 = extractvalue { i32, i32, i32, i32 } %263, 2
	%267 = extractvalue { i32, i32, i32, i32 } %263, 3
	%268 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %264, i32 %265, float 0.0, float 0.0, float 0.0, float 0.0)
	%269 = extractvalue { float, float, float, float } %268, 0
	%270 = extractvalue { float, float, float, float } %268, 1
	%271 = extractvalue { float, float, float, float } %268, 2
	%272 = extractvalue { float, float, float, float } %268, 3
	%273 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %266, i32 %267, float 0.0, float 0.0, float 0.0, float 0.0)
	%274 = extractvalue { float, float, float, float } %273, 0
	%275 = extractvalue { float, float, float, float } %273, 1
	%276 = extractvalue { float, float, float, float } %273, 2
	%277 = extractvalue { float, float, float, float } %273, 3
	%278 = add i32 %245, u0x1000
	%279 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %278)
	%280 = extractvalue { i32, i32, i32, i32 } %279, 0
	%281 = extractvalue { i32, i32, i32, i32 } %279, 1
	%282 = extractvalue { i32, i32, i32, i32 } %279, 2
	%283 = extractvalue { i32, i32, i32, i32 } %279, 3
	%284 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %280, i32 %281, float 0.0, float 0.0, float 0.0, float 0.0)
	%285 = extractvalue { float, float, float, float } %284, 0
	%286 = extractvalue { float, float, float, float } %284, 1
	%287 = extractvalue { float, float, float, float } %284, 2
	%288 = extractvalue { float, float, float, float } %284, 3
	%289 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %282, i32 %283, float 0.0, float 0.0, float 0.0, float 0.0)
	%290 = extractvalue { float, float, float, float } %289, 0
	%291 = extractvalue { float, float, float, float } %289, 1
	%292 = extractvalue { float, float, float, float } %289, 2
	%293 = extractvalue { float, float, float, float } %289, 3
	%294 = add i32 %245, 6144
	%295 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %294)
	%296 = extractvalue { i32, i32, i32, i32 } %295, 0
	%297 = extractvalue { i32, i32, i32, i32 } %295, 1
	%298 = extractvalue { i32, i32, i32, i32 } %295, 2
	%299 = extractvalue { i32, i32, i32, i32 } %295, 3
	%300 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %296, i32 %297, float 0.0, float 0.0, float 0.0, float 0.0)
	%301 = extractvalue { float, float, float, float } %300, 0
	%302 = extractvalue { float, float, float, float } %300, 1
	%303 = extractvalue { float, float, float, float } %300, 2
	%304 = extractvalue { float, float, float, float } %300, 3
	%305 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %298, i32 %299, float 0.0, float 0.0, float 0.0, float 0.0)
	%306 = extractvalue { float, float, float, float } %305, 0
	%307 = extractvalue { float, float, float, float } %305, 1
	%308 = extractvalue { float, float, float, float } %305, 2
	%309 = extractvalue { float, float, float, float } %305, 3
	%310 = xor i32 %244, 32
	%311 = add i32 %310, 0
	%312 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %311)
	%313 = extractvalue { i32, i32, i32, i32 } %312, 0
	%314 = extractvalue { i32, i32, i32, i32 } %312, 1
	%315 = extractvalue { i32, i32, i32, i32 } %312, 2
	%316 = extractvalue { i32, i32, i32, i32 } %312, 3
	%317 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %313, i32 %314, float %253, float %254, float %255, float %256)
	%318 = extractvalue { float, float, float, float } %317, 0
	%319 = extractvalue { float, float, float, float } %317, 1
	%320 = extractvalue { float, float, float, float } %317, 2
	%321 = extractvalue { float, float, float, float } %317, 3
	%322 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %315, i32 %316, float %258, float %259, float %260, float %261)
	%323 = extractvalue { float, float, float, float } %322, 0
	%324 = extractvalue { float, float, float, float } %322, 1
	%325 = extractvalue { float, float, float, float } %322, 2
	%326 = extractvalue { float, float, float, float } %322, 3
	%327 = add i32 %310, 2048
	%328 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %327)
	%329 = extractvalue { i32, i32, i32, i32 } %328, 0
	%330 = extractvalue { i32, i32, i32, i32 } %328, 1
	%331 = extractvalue { i32, i32, i32, i32 } %328, 2
	%332 = extractvalue { i32, i32, i32, i32 } %328, 3
	%333 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %329, i32 %330, float %269, float %270, float %271, float %272)
	%334 = extractvalue { float, float, float, float } %333, 0
	%335 = extractvalue { float, float, float, float } %333, 1
	%336 = extractvalue { float, float, float, float } %333, 2
	%337 = extractvalue { float, float, float, float } %333, 3
	%338 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %331, i32 %332, float %274, float %275, float %276, float %277)
	%339 = extractvalue { float, float, float, float } %338, 0
	%340 = extractvalue { float, float, float, float } %338, 1
	%341 = extractvalue { float, float, float, float } %338, 2
	%342 = extractvalue { float, float, float, float } %338, 3
	%343 = add i32 %310, u0x1000
	%344 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %343)
	%345 = extractvalue { i32, i32, i32, i32 } %344, 0
	%346 = extractvalue { i32, i32, i32, i32 } %344, 1
	%347 = extractvalue { i32, i32, i32, i32 } %344, 2
	%348 = extractvalue { i32, i32, i32, i32 } %344, 3
	%349 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %345, i32 %346, float %285, float %286, float %287, float %288)
	%350 = extractvalue { float, float, float, float } %349, 0
	%351 = extractvalue { float, float, float, float } %349, 1
	%352 = extractvalue { float, float, float, float } %349, 2
	%353 = extractvalue { float, float, float, float } %349, 3
	%354 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %347, i32 %348, float %290, float %291, float %292, float %293)
	%355 = extractvalue { float, float, float, float } %354, 0
	%356 = extractvalue { float, float, float, float } %354, 1
	%357 = extractvalue { float, float, float, float } %354, 2
	%358 = extractvalue { float, float, float, float } %354, 3
	%359 = add i32 %310, 6144
	%360 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %359)
	%361 = extractvalue { i32, i32, i32, i32 } %360, 0
	%362 = extractvalue { i32, i32, i32, i32 } %360, 1
	%363 = extractvalue { i32, i32, i32, i32 } %360, 2
	%364 = extractvalue { i32, i32, i32, i32 } %360, 3
	%365 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %361, i32 %362, float %301, float %302, float %303, float %304)
	%366 = extractvalue { float, float, float, float } %365, 0
	%367 = extractvalue { float, float, float, float } %365, 1
	%368 = extractvalue { float, float, float, float } %365, 2
	%369 = extractvalue { float, float, float, float } %365, 3
	%370 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %363, i32 %364, float %306, float %307, float %308, float %309)
	%371 = extractvalue { float, float, float, float } %370, 0
	%372 = extractvalue { float, float, float, float } %370, 1
	%373 = extractvalue { float, float, float, float } %370, 2
	%374 = extractvalue { float, float, float, float } %370, 3
	%375 = xor i32 %244, 64
	%376 = add i32 %375, 0
	%377 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %376)
	%378 = extractvalue { i32, i32, i32, i32 } %377, 0
	%379 = extractvalue { i32, i32, i32, i32 } %377, 1
	%380 = extractvalue { i32, i32, i32, i32 } %377, 2
	%381 = extractvalue { i32, i32, i32, i32 } %377, 3
	%382 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %378, i32 %379, float %318, float %319, float %320, float %321)
	%383 = extractvalue { float, float, float, float } %382, 0
	%384 = extractvalue { float, float, float, float } %382, 1
	%385 = extractvalue { float, float, float, float } %382, 2
	%386 = extractvalue { float, float, float, float } %382, 3
	%387 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %380, i32 %381, float %323, float %324, float %325, float %326)
	%388 = extractvalue { float, float, float, float } %387, 0
	%389 = extractvalue { float, float, float, float } %387, 1
	%390 = extractvalue { float, float, float, float } %387, 2
	%391 = extractvalue { float, float, float, float } %387, 3
	%392 = add i32 %375, 2048
	%393 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %392)
	%394 = extractvalue { i32, i32, i32, i32 } %393, 0
	%395 = extractvalue { i32, i32, i32, i32 } %393, 1
	%396 = extractvalue { i32, i32, i32, i32 } %393, 2
	%397 = extractvalue { i32, i32, i32, i32 } %393, 3
	%398 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %394, i32 %395, float %334, float %335, float %336, float %337)
	%399 = extractvalue { float, float, float, float } %398, 0
	%400 = extractvalue { float, float, float, float } %398, 1
	%401 = extractvalue { float, float, float, float } %398, 2
	%402 = extractvalue { float, float, float, float } %398, 3
	%403 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %396, i32 %397, float %339, float %340, float %341, float %342)
	%404 = extractvalue { float, float, float, float } %403, 0
	%405 = extractvalue { float, float, float, float } %403, 1
	%406 = extractvalue { float, float, float, float } %403, 2
	%407 = extractvalue { float, float, float, float } %403, 3
	%408 = add i32 %375, u0x1000
	%409 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %408)
	%410 = extractvalue { i32, i32, i32, i32 } %409, 0
	%411 = extractvalue { i32, i32, i32, i32 } %409, 1
	%412 = extractvalue { i32, i32, i32, i32 } %409, 2
	%413 = extractvalue { i32, i32, i32, i32 } %409, 3
	%414 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %410, i32 %411, float %350, float %351, float %352, float %353)
	%415 = extractvalue { float, float, float, float } %414, 0
	%416 = extractvalue { float, float, float, float } %414, 1
	%417 = extractvalue { float, float, float, float } %414, 2
	%418 = extractvalue { float, float, float, float } %414, 3
	%419 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %412, i32 %413, float %355, float %356, float %357, float %358)
	%420 = extractvalue { float, float, float, float } %419, 0
	%421 = extractvalue { float, float, float, float } %419, 1
	%422 = extractvalue { float, float, float, float } %419, 2
	%423 = extractvalue { float, float, float, float } %419, 3
	%424 = add i32 %375, 6144
	%425 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %424)
	%426 = extractvalue { i32, i32, i32, i32 } %425, 0
	%427 = extractvalue { i32, i32, i32, i32 } %425, 1
	%428 = extractvalue { i32, i32, i32, i32 } %425, 2
	%429 = extractvalue { i32, i32, i32, i32 } %425, 3
	%430 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %426, i32 %427, float %366, float %367, float %368, float %369)
	%431 = extractvalue { float, float, float, float } %430, 0
	%432 = extractvalue { float, float, float, float } %430, 1
	%433 = extractvalue { float, float, float, float } %430, 2
	%434 = extractvalue { float, float, float, float } %430, 3
	%435 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %428, i32 %429, float %371, float %372, float %373, float %374)
	%436 = extractvalue { float, float, float, float } %435, 0
	%437 = extractvalue { float, float, float, float } %435, 1
	%438 = extractvalue { float, float, float, float } %435, 2
	%439 = extractvalue { float, float, float, float } %435, 3
	%440 = xor i32 %244, 96
	%441 = add i32 %440, 0
	%442 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %441)
	%443 = extractvalue { i32, i32, i32, i32 } %442, 0
	%444 = extractvalue { i32, i32, i32, i32 } %442, 1
	%445 = extractvalue { i32, i32, i32, i32 } %442, 2
	%446 = extractvalue { i32, i32, i32, i32 } %442, 3
	%447 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %443, i32 %444, float %383, float %384, float %385, float %386)
	%448 = extractvalue { float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float } %447, 3
	%452 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %445, i32 %446, float %388, float %389, float %390, float %391)
	%453 = extractvalue { float, float, float, float } %452, 0
	%454 = extractvalue { float, float, float, float } %452, 1
	%455 = extractvalue { float, float, float, float } %452, 2
	%456 = extractvalue { float, float, float, float } %452, 3
	%457 = add i32 %440, 2048
	%458 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %457)
	%459 = extractvalue { i32, i32, i32, i32 } %458, 0
	%460 = extractvalue { i32, i32, i32, i32 } %458, 1
	%461 = extractvalue { i32, i32, i32, i32 } %458, 2
	%462 = extractvalue { i32, i32, i32, i32 } %458, 3
	%463 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %459, i32 %460, float %399, float %400, float %401, float %402)
	%464 = extractvalue { float, float, float, float } %463, 0
	%465 = extractvalue { float, float, float, float } %463, 1
	%466 = extractvalue { float, float, float, float } %463, 2
	%467 = extractvalue { float, float, float, float } %463, 3
	%468 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %461, i32 %462, float %404, float %405, float %406, float %407)
	%469 = extractvalue { float, float, float, float } %468, 0
	%470 = extractvalue { float, float, float, float } %468, 1
	%471 = extractvalue { float, float, float, float } %468, 2
	%472 = extractvalue { float, float, float, float } %468, 3
	%473 = add i32 %440, u0x1000
	%474 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %473)
	%475 = extractvalue { i32, i32, i32, i32 } %474, 0
	%476 = extractvalue { i32, i32, i32, i32 } %474, 1
	%477 = extractvalue { i32, i32, i32, i32 } %474, 2
	%478 = extractvalue { i32, i32, i32, i32 } %474, 3
	%479 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %475, i32 %476, float %415, float %416, float %417, float %418)
	%480 = extractvalue { float, float, float, float } %479, 0
	%481 = extractvalue { float, float, float, float } %479, 1
	%482 = extractvalue { float, float, float, float } %479, 2
	%483 = extractvalue { float, float, float, float } %479, 3
	%484 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %477, i32 %478, float %420, float %421, float %422, float %423)
	%485 = extractvalue { float, float, float, float } %484, 0
	%486 = extractvalue { float, float, float, float } %484, 1
	%487 = extractvalue { float, float, float, float } %484, 2
	%488 = extractvalue { float, float, float, float } %484, 3
	%489 = add i32 %440, 6144
	%490 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %489)
	%491 = extractvalue { i32, i32, i32, i32 } %490, 0
	%492 = extractvalue { i32, i32, i32, i32 } %490, 1
	%493 = extractvalue { i32, i32, i32, i32 } %490, 2
	%494 = extractvalue { i32, i32, i32, i32 } %490, 3
	%495 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %491, i32 %492, float %431, float %432, float %433, float %434)
	%496 = extractvalue { float, float, float, float } %495, 0
	%497 = extractvalue { float, float, float, float } %495, 1
	%498 = extractvalue { float, float, float, float } %495, 2
	%499 = extractvalue { float, float, float, float } %495, 3
	%500 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %493, i32 %494, float %436, float %437, float %438, float %439)
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
	%519 = phi float [ 0.0, %entry ], [ %1176, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %1228, %pv ]
	%521 = phi i32 [ 0, %entry ], [ %1297, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1639, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1640, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1641, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1642, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1644, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1645, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1646, %pv ]
	%529 = phi float [ 0.0, %entry ], [ %1647, %pv ]
	%530 = phi float [ 0.0, %entry ], [ %1656, %pv ]
	%531 = phi float [ 0.0, %entry ], [ %1657, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1658, %pv ]
	%533 = phi float [ 0.0, %entry ], [ %1659, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1661, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1662, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1663, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1664, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1673, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1674, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1675, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1676, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1678, %pv ]
	%543 = phi float [ 0.0, %entry ], [ %1679, %pv ]
	%544 = phi float [ 0.0, %entry ], [ %1680, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1681, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1690, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %1691, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1692, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1693, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1695, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1696, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1697, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1698, %pv ]
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
	%1019 = fadd float %191, 8.0
	%1020 = fcmp ogt float %1018, %1019
	%1021 = or i1 false, %1020
	%1022 = call float @llvm.nvvm.fmax.f(float %968, float %969)
	%1023 = call float @llvm.nvvm.fmax.f(float %972, float %973)
	%1024 = call float @llvm.nvvm.fmax.f(float %976, float %977)
	%1025 = call float @llvm.nvvm.fmax.f(float %980, float %981)
	%1026 = call float @llvm.nvvm.fmax.f(float %984, float %985)
	%1027 = call float @llvm.nvvm.fmax.f(float %988, float %989)
	%1028 = call float @llvm.nvvm.fmax.f(float %992, float %993)
	%1029 = call float @llvm.nvvm.fmax.f(float %996, float %997)
	%1030 = call float @llvm.nvvm.fmax.f(float %1022, float %1023)
	%1031 = call float @llvm.nvvm.fmax.f(float %1024, float %1025)
	%1032 = call float @llvm.nvvm.fmax.f(float %1026, float %1027)
	%1033 = call float @llvm.nvvm.fmax.f(float %1028, float %1029)
	%1034 = call float @llvm.nvvm.fmax.f(float %1030, float %1031)
	%1035 = call float @llvm.nvvm.fmax.f(float %1032, float %1033)
	%1036 = call float @llvm.nvvm.fmax.f(float %1034, float %1035)
	%1037 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1036, i32 1, i32 31)
	%1038 = call float @llvm.nvvm.fmax.f(float %1036, float %1037)
	%1039 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1038, i32 2, i32 31)
	%1040 = call float @llvm.nvvm.fmax.f(float %1038, float %1039)
	%1041 = fmul float %1040, 0x3FC7154760000000
	%1042 = call float @llvm.nvvm.fmax.f(float %193, float %1041)
	%1043 = fadd float %193, 8.0
	%1044 = fcmp ogt float %1042, %1043
	%1045 = or i1 %1021, %1044
	%1046 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1045)
	br i1 %1046, label %1047, label %1090

1047:
	%1048 = fcmp oeq float %1018, 0xFFF0000000000000
	%1049 = select i1 %1048, float 0.0, float %1018
	%1050 = fsub float %191, %1049
	%1051 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1050)
	%1052 = fcmp oeq float %1042, 0xFFF0000000000000
	%1053 = select i1 %1052, float 0.0, float %1042
	%1054 = fsub float %193, %1053
	%1055 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1054)
	%1056 = fmul float %159, %1051
	%1057 = fmul float %160, %1051
	%1058 = fmul float %161, %1055
	%1059 = fmul float %162, %1055
	%1060 = fmul float %163, %1051
	%1061 = fmul float %164, %1051
	%1062 = fmul float %165, %1055
	%1063 = fmul float %166, %1055
	%1064 = fmul float %167, %1051
	%1065 = fmul float %168, %1051
	%1066 = fmul float %169, %1055
	%1067 = fmul float %170, %1055
	%1068 = fmul float %171, %1051
	%1069 = fmul float %172, %1051
	%1070 = fmul float %173, %1055
	%1071 = fmul float %174, %1055
	%1072 = fmul float %175, %1051
	%1073 = fmul float %176, %1051
	%1074 = fmul float %177, %1055
	%1075 = fmul float %178, %1055
	%1076 = fmul float %179, %1051
	%1077 = fmul float %180, %1051
	%1078 = fmul float %181, %1055
	%1079 = fmul float %182, %1055
	%1080 = fmul float %183, %1051
	%1081 = fmul float %184, %1051
	%1082 = fmul float %185, %1055
	%1083 = fmul float %186, %1055
	%1084 = fmul float %187, %1051
	%1085 = fmul float %188, %1051
	%1086 = fmul float %189, %1055
	%1087 = fmul float %190, %1055
	%1088 = fmul float %192, %1051
	%1089 = fmul float %194, %1055
	br label %1090

1090:
	%1091 = phi float [ %159, %softmax ], [ %1056, %1047 ]
	%1092 = phi float [ %160, %softmax ], [ %1057, %1047 ]
	%1093 = phi float [ %161, %softmax ], [ %1058, %1047 ]
	%1094 = phi float [ %162, %softmax ], [ %1059, %1047 ]
	%1095 = phi float [ %163, %softmax ], [ %1060, %1047 ]
	%1096 = phi float [ %164, %softmax ], [ %1061, %1047 ]
	%1097 = phi float [ %165, %softmax ], [ %1062, %1047 ]
	%1098 = phi float [ %166, %softmax ], [ %1063, %1047 ]
	%1099 = phi float [ %167, %softmax ], [ %1064, %1047 ]
	%1100 = phi float [ %168, %softmax ], [ %1065, %1047 ]
	%1101 = phi float [ %169, %softmax ], [ %1066, %1047 ]
	%1102 = phi float [ %170, %softmax ], [ %1067, %1047 ]
	%1103 = phi float [ %171, %softmax ], [ %1068, %1047 ]
	%1104 = phi float [ %172, %softmax ], [ %1069, %1047 ]
	%1105 = phi float [ %173, %softmax ], [ %1070, %1047 ]
	%1106 = phi float [ %174, %softmax ], [ %1071, %1047 ]
	%1107 = phi float [ %175, %softmax ], [ %1072, %1047 ]
	%1108 = phi float [ %176, %softmax ], [ %1073, %1047 ]
	%1109 = phi float [ %177, %softmax ], [ %1074, %1047 ]
	%1110 = phi float [ %178, %softmax ], [ %1075, %1047 ]
	%1111 = phi float [ %179, %softmax ], [ %1076, %1047 ]
	%1112 = phi float [ %180, %softmax ], [ %1077, %1047 ]
	%1113 = phi float [ %181, %softmax ], [ %1078, %1047 ]
	%1114 = phi float [ %182, %softmax ], [ %1079, %1047 ]
	%1115 = phi float [ %183, %softmax ], [ %1080, %1047 ]
	%1116 = phi float [ %184, %softmax ], [ %1081, %1047 ]
	%1117 = phi float [ %185, %softmax ], [ %1082, %1047 ]
	%1118 = phi float [ %186, %softmax ], [ %1083, %1047 ]
	%1119 = phi float [ %187, %softmax ], [ %1084, %1047 ]
	%1120 = phi float [ %188, %softmax ], [ %1085, %1047 ]
	%1121 = phi float [ %189, %softmax ], [ %1086, %1047 ]
	%1122 = phi float [ %190, %softmax ], [ %1087, %1047 ]
	%1123 = phi float [ %192, %softmax ], [ %1088, %1047 ]
	%1124 = phi float [ %194, %softmax ], [ %1089, %1047 ]
	%1125 = select i1 %1046, float %1018, float %191
	%1126 = fcmp oeq float %1125, 0xFFF0000000000000
	%1127 = select i1 %1126, float 0.0, float %1125
	%1128 = fneg float %1127
	%1129 = call float @llvm.fma.f32(float %966, float 0x3FC7154760000000, float %1128)
	%1130 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1129)
	%1131 = call float @llvm.fma.f32(float %967, float 0x3FC7154760000000, float %1128)
	%1132 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1131)
	%1133 = call float @llvm.fma.f32(float %970, float 0x3FC7154760000000, float %1128)
	%1134 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1133)
	%1135 = call float @llvm.fma.f32(float %971, float 0x3FC7154760000000, float %1128)
	%1136 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1135)
	%1137 = call float @llvm.fma.f32(float %974, float 0x3FC7154760000000, float %1128)
	%1138 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1137)
	%1139 = call float @llvm.fma.f32(float %975, float 0x3FC7154760000000, float %1128)
	%1140 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1139)
	%1141 = call float @llvm.fma.f32(float %978, float 0x3FC7154760000000, float %1128)
	%1142 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1141)
	%1143 = call float @llvm.fma.f32(float %979, float 0x3FC7154760000000, float %1128)
	%1144 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1143)
	%1145 = call float @llvm.fma.f32(float %982, float 0x3FC7154760000000, float %1128)
	%1146 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1145)
	%1147 = call float @llvm.fma.f32(float %983, float 0x3FC7154760000000, float %1128)
	%1148 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1147)
	%1149 = call float @llvm.fma.f32(float %986, float 0x3FC7154760000000, float %1128)
	%1150 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1149)
	%1151 = call float @llvm.fma.f32(float %987, float 0x3FC7154760000000, float %1128)
	%1152 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1151)
	%1153 = call float @llvm.fma.f32(float %990, float 0x3FC7154760000000, float %1128)
	%1154 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1153)
	%1155 = call float @llvm.fma.f32(float %991, float 0x3FC7154760000000, float %1128)
	%1156 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1155)
	%1157 = call float @llvm.fma.f32(float %994, float 0x3FC7154760000000, float %1128)
	%1158 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1157)
	%1159 = call float @llvm.fma.f32(float %995, float 0x3FC7154760000000, float %1128)
	%1160 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1159)
	%1161 = fadd float %1130, %1132
	%1162 = fadd float %1134, %1136
	%1163 = fadd float %1138, %1140
	%1164 = fadd float %1142, %1144
	%1165 = fadd float %1146, %1148
	%1166 = fadd float %1150, %1152
	%1167 = fadd float %1154, %1156
	%1168 = fadd float %1158, %1160
	%1169 = fadd float %1161, %1162
	%1170 = fadd float %1163, %1164
	%1171 = fadd float %1165, %1166
	%1172 = fadd float %1167, %1168
	%1173 = fadd float %1169, %1170
	%1174 = fadd float %1171, %1172
	%1175 = fadd float %1173, %1174
	%1176 = fadd float %1123, %1175
	%1177 = select i1 %1046, float %1042, float %193
	%1178 = fcmp oeq float %1177, 0xFFF0000000000000
	%1179 = select i1 %1178, float 0.0, float %1177
	%1180 = fneg float %1179
	%1181 = call float @llvm.fma.f32(float %968, float 0x3FC7154760000000, float %1180)
	%1182 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1181)
	%1183 = call float @llvm.fma.f32(float %969, float 0x3FC7154760000000, float %1180)
	%1184 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1183)
	%1185 = call float @llvm.fma.f32(float %972, float 0x3FC7154760000000, float %1180)
	%1186 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1185)
	%1187 = call float @llvm.fma.f32(float %973, float 0x3FC7154760000000, float %1180)
	%1188 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1187)
	%1189 = call float @llvm.fma.f32(float %976, float 0x3FC7154760000000, float %1180)
	%1190 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1189)
	%1191 = call float @llvm.fma.f32(float %977, float 0x3FC7154760000000, float %1180)
	%1192 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1191)
	%1193 = call float @llvm.fma.f32(float %980, float 0x3FC7154760000000, float %1180)
	%1194 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1193)
	%1195 = call float @llvm.fma.f32(float %981, float 0x3FC7154760000000, float %1180)
	%1196 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1195)
	%1197 = call float @llvm.fma.f32(float %984, float 0x3FC7154760000000, float %1180)
	%1198 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1197)
	%1199 = call float @llvm.fma.f32(float %985, float 0x3FC7154760000000, float %1180)
	%1200 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1199)
	%1201 = call float @llvm.fma.f32(float %988, float 0x3FC7154760000000, float %1180)
	%1202 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1201)
	%1203 = call float @llvm.fma.f32(float %989, float 0x3FC7154760000000, float %1180)
	%1204 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1203)
	%1205 = call float @llvm.fma.f32(float %992, float 0x3FC7154760000000, float %1180)
	%1206 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1205)
	%1207 = call float @llvm.fma.f32(float %993, float 0x3FC7154760000000, float %1180)
	%1208 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1207)
	%1209 = call float @llvm.fma.f32(float %996, float 0x3FC7154760000000, float %1180)
	%1210 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1209)
	%1211 = call float @llvm.fma.f32(float %997, float 0x3FC7154760000000, float %1180)
	%1212 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1211)
	%1213 = fadd float %1182, %1184
	%1214 = fadd float %1186, %1188
	%1215 = fadd float %1190, %1192
	%1216 = fadd float %1194, %1196
	%1217 = fadd float %1198, %1200
	%1218 = fadd float %1202, %1204
	%1219 = fadd float %1206, %1208
	%1220 = fadd float %1210, %1212
	%1221 = fadd float %1213, %1214
	%1222 = fadd float %1215, %1216
	%1223 = fadd float %1217, %1218
	%1224 = fadd float %1219, %1220
	%1225 = fadd float %1221, %1222
	%1226 = fadd float %1223, %1224
	%1227 = fadd float %1225, %1226
	%1228 = fadd float %1124, %1227
	%1229 = icmp eq i32 %6, 0
	%1230 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1175, i32 1, i32 31)
	%1231 = fadd float %1175, %1230
	%1232 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1231, i32 2, i32 31)
	%1233 = fadd float %1231, %1232
	%1234 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1176, i32 1, i32 31)
	%1235 = fadd float %1176, %1234
	%1236 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1235, i32 2, i32 31)
	%1237 = fadd float %1235, %1236
	%1238 = fcmp ogt float %1237, 0.0
	%1239 = icmp slt i32 %508, %M
	%1240 = and i1 %1238, %1239
	%1241 = select i1 %1240, float %1237, float 1.0
	%1242 = fdiv float %1233, %1241
	%1243 = and i1 %1240, %1229
	%1244 = fadd float 0.0, %1242
	%1245 = select i1 %1243, float %1244, float 0.0
	%1246 = and i1 %1240, %1229
	%1247 = fadd float 0.0, 1.0
	%1248 = select i1 %1246, float %1247, float 0.0
	%1249 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1227, i32 1, i32 31)
	%1250 = fadd float %1227, %1249
	%1251 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1250, i32 2, i32 31)
	%1252 = fadd float %1250, %1251
	%1253 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1228, i32 1, i32 31)
	%1254 = fadd float %1228, %1253
	%1255 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1254, i32 2, i32 31)
	%1256 = fadd float %1254, %1255
	%1257 = fcmp ogt float %1256, 0.0
	%1258 = icmp slt i32 %512, %M
	%1259 = and i1 %1257, %1258
	%1260 = select i1 %1259, float %1256, float 1.0
	%1261 = fdiv float %1252, %1260
	%1262 = and i1 %1259, %1229
	%1263 = fadd float %1245, %1261
	%1264 = select i1 %1262, float %1263, float %1245
	%1265 = and i1 %1259, %1229
	%1266 = fadd float %1248, 1.0
	%1267 = select i1 %1265, float %1266, float %1248
	%1268 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1264, i32 16, i32 31)
	%1269 = fadd float %1264, %1268
	%1270 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1267, i32 16, i32 31)
	%1271 = fadd float %1267, %1270
	%1272 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1269, i32 8, i32 31)
	%1273 = fadd float %1269, %1272
	%1274 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1271, i32 8, i32 31)
	%1275 = fadd float %1271, %1274
	%1276 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1273, i32 4, i32 31)
	%1277 = fadd float %1273, %1276
	%1278 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1275, i32 4, i32 31)
	%1279 = fadd float %1275, %1278
	%1280 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1277, i32 2, i32 31)
	%1281 = fadd float %1277, %1280
	%1282 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1279, i32 2, i32 31)
	%1283 = fadd float %1279, %1282
	%1284 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1281, i32 1, i32 31)
	%1285 = fadd float %1281, %1284
	%1286 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1283, i32 1, i32 31)
	%1287 = fadd float %1283, %1286
	%1288 = icmp eq i32 %4, 0
	br i1 %1288, label %1289, label %1296

1289:
	%1290 = mul i32 %3, 2
	%1291 = add i32 %1290, 0
	%1292 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1291
	store float %1285, float addrspace(3)* %1292
	%1293 = mul i32 %3, 2
	%1294 = add i32 %1293, 1
	%1295 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1294
	store float %1287, float addrspace(3)* %1295
	br label %1296

1296:
	%1297 = add i32 %157, 1
	%1298 = icmp slt i32 %1297, %NK
	%1299 = select i1 %1298, i32 %1297, i32 0
	%1300 = add i32 %29, %1299
	%1301 = sext i32 %1300 to i64
	%1302 = getelementptr i32, i32* %list, i64 %1301
	%1303 = load i32, i32* %1302
	%1304 = select i1 %1298, i32 %1303, i32 -1
	%1305 = icmp sge i32 %1304, 0
	%1306 = add i32 %NK, %157
	%1307 = add i32 %29, %1306
	%1308 = sext i32 %1307 to i64
	%1309 = getelementptr i32, i32* %list, i64 %1308
	%1310 = load i32, i32* %1309
	%1311 = icmp eq i32 %1310, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%1312 = mul i32 0, 2
	%1313 = add i32 %1312, 0
	%1314 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1313
	%1315 = load float, float addrspace(3)* %1314
	%1316 = fadd float 0.0, %1315
	%1317 = mul i32 0, 2
	%1318 = add i32 %1317, 1
	%1319 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1318
	%1320 = load float, float addrspace(3)* %1319
	%1321 = fadd float 0.0, %1320
	%1322 = mul i32 1, 2
	%1323 = add i32 %1322, 0
	%1324 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1323
	%1325 = load float, float addrspace(3)* %1324
	%1326 = fadd float %1316, %1325
	%1327 = mul i32 1, 2
	%1328 = add i32 %1327, 1
	%1329 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1328
	%1330 = load float, float addrspace(3)* %1329
	%1331 = fadd float %1321, %1330
	%1332 = mul i32 2, 2
	%1333 = add i32 %1332, 0
	%1334 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1333
	%1335 = load float, float addrspace(3)* %1334
	%1336 = fadd float %1326, %1335
	%1337 = mul i32 2, 2
	%1338 = add i32 %1337, 1
	%1339 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1338
	%1340 = load float, float addrspace(3)* %1339
	%1341 = fadd float %1331, %1340
	%1342 = mul i32 3, 2
	%1343 = add i32 %1342, 0
	%1344 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1343
	%1345 = load float, float addrspace(3)* %1344
	%1346 = fadd float %1336, %1345
	%1347 = mul i32 3, 2
	%1348 = add i32 %1347, 1
	%1349 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1348
	%1350 = load float, float addrspace(3)* %1349
	%1351 = fadd float %1341, %1350
	%1352 = fcmp ogt float %1351, 0.0
	%1353 = select i1 %1352, float %1351, float 1.0
	%1354 = fdiv float %1346, %1353
	%1355 = fcmp ogt float %1351, 0.0
	%1356 = and i1 %1311, %1355
	%1357 = fcmp olt float %1354, 0x3F50624DE0000000
	%1358 = and i1 %1356, %1357
	%1359 = xor i1 %1358, true
	%1360 = and i1 %1305, %1359
	br i1 %1360, label %prefetch, label %pv

prefetch:
	%1361 = mul i32 %1304, 64
	%1362 = lshr i32 %2, 3
	%1363 = and i32 %2, 7
	%1364 = and i32 %1362, 7
	%1365 = xor i32 %1363, %1364
	%1366 = mul i32 %1362, 8
	%1367 = add i32 %1366, %1365
	%1368 = shl i32 %1367, 4
	%1369 = add i32 %0, %1368
	%1370 = add i32 %1361, %1362
	%1371 = mul i32 %1370, 64
	%1372 = mul i32 %1363, 8
	%1373 = add i32 %1371, %1372
	%1374 = sext i32 %1373 to i64
	%1375 = getelementptr i16, i16* %20, i64 %1374
	%1376 = add i32 %1370, 0
	%1377 = icmp slt i32 %1376, %N
	%1378 = getelementptr i16, i16* %1375, i64 0
	%1379 = select i1 %1377, i16* %1378, i16* %20
	%1380 = add i32 %1369, 0
	%1381 = select i1 %1377, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1380, i16* %1379, i32 %1381)
	%1382 = add i32 %1370, 16
	%1383 = icmp slt i32 %1382, %N
	%1384 = getelementptr i16, i16* %1375, i64 1024
	%1385 = select i1 %1383, i16* %1384, i16* %20
	%1386 = add i32 %1369, 2048
	%1387 = select i1 %1383, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1386, i16* %1385, i32 %1387)
	%1388 = add i32 %1370, 32
	%1389 = icmp slt i32 %1388, %N
	%1390 = getelementptr i16, i16* %1375, i64 2048
	%1391 = select i1 %1389, i16* %1390, i16* %20
	%1392 = add i32 %1369, u0x1000
	%1393 = select i1 %1389, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1392, i16* %1391, i32 %1393)
	%1394 = add i32 %1370, 48
	%1395 = icmp slt i32 %1394, %N
	%1396 = getelementptr i16, i16* %1375, i64 3072
	%1397 = select i1 %1395, i16* %1396, i16* %20
	%1398 = add i32 %1369, 6144
	%1399 = select i1 %1395, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1398, i16* %1397, i32 %1399)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1400 = and i32 %4, 7
	%1401 = lshr i32 %4, 3
	%1402 = and i32 %1401, 1
	%1403 = shl i32 %1402, 3
	%1404 = add i32 %1400, %1403
	%1405 = mul i32 %1404, 128
	%1406 = add i32 %1, %1405
	%1407 = and i32 %4, 7
	%1408 = xor i32 %84, %1407
	%1409 = shl i32 %1408, 4
	%1410 = add i32 %1406, %1409
	%1411 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1132, float %1130)
	%1412 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1184, float %1182)
	%1413 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1136, float %1134)
	%1414 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1188, float %1186)
	%1415 = xor i32 %1410, 0
	%1416 = add i32 %1415, 0
	%1417 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1416)
	%1418 = extractvalue { i32, i32, i32, i32 } %1417, 0
	%1419 = extractvalue { i32, i32, i32, i32 } %1417, 1
	%1420 = extractvalue { i32, i32, i32, i32 } %1417, 2
	%1421 = extractvalue { i32, i32, i32, i32 } %1417, 3
	%1422 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1411, i32 %1412, i32 %1413, i32 %1414, i32 %1418, i32 %1419, float %1091, float %1092, float %1093, float %1094)
	%1423 = extractvalue { float, float, float, float } %1422, 0
	%1424 = extractvalue { float, float, float, float } %1422, 1
	%1425 = extractvalue { float, float, float, float } %1422, 2
	%1426 = extractvalue { float, float, float, float } %1422, 3
	%1427 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1411, i32 %1412, i32 %1413, i32 %1414, i32 %1420, i32 %1421, float %1095, float %1096, float %1097, float %1098)
	%1428 = extractvalue { float, float, float, float } %1427, 0
	%1429 = extractvalue { float, float, float, float } %1427, 1
	%1430 = extractvalue { float, float, float, float } %1427, 2
	%1431 = extractvalue { float, float, float, float } %1427, 3
	%1432 = xor i32 %1410, 32
	%1433 = add i32 %1432, 0
	%1434 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1433)
	%1435 = extractvalue { i32, i32, i32, i32 } %1434, 0
	%1436 = extractvalue { i32, i32, i32, i32 } %1434, 1
	%1437 = extractvalue { i32, i32, i32, i32 } %1434, 2
	%1438 = extractvalue { i32, i32, i32, i32 } %1434, 3
	%1439 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1411, i32 %1412, i32 %1413, i32 %1414, i32 %1435, i32 %1436, float %1099, float %1100, float %1101, float %1102)
	%1440 = extractvalue { float, float, float, float } %1439, 0
	%1441 = extractvalue { float, float, float, float } %1439, 1
	%1442 = extractvalue { float, float, float, float } %1439, 2
	%1443 = extractvalue { float, float, float, float } %1439, 3
	%1444 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1411, i32 %1412, i32 %1413, i32 %1414, i32 %1437, i32 %1438, float %1103, float %1104, float %1105, float %1106)
	%1445 = extractvalue { float, float, float, float } %1444, 0
	%1446 = extractvalue { float, float, float, float } %1444, 1
	%1447 = extractvalue { float, float, float, float } %1444, 2
	%1448 = extractvalue { float, float, float, float } %1444, 3
	%1449 = xor i32 %1410, 64
	%1450 = add i32 %1449, 0
	%1451 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1450)
	%1452 = extractvalue { i32, i32, i32, i32 } %1451, 0
	%1453 = extractvalue { i32, i32, i32, i32 } %1451, 1
	%1454 = extractvalue { i32, i32, i32, i32 } %1451, 2
	%1455 = extractvalue { i32, i32, i32, i32 } %1451, 3
	%1456 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1411, i32 %1412, i32 %1413, i32 %1414, i32 %1452, i32 %1453, float %1107, float %1108, float %1109, float %1110)
	%1457 = extractvalue { float, float, float, float } %1456, 0
	%1458 = extractvalue { float, float, float, float } %1456, 1
	%1459 = extractvalue { float, float, float, float } %1456, 2
	%1460 = extractvalue { float, float, float, float } %1456, 3
	%1461 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1411, i32 %1412, i32 %1413, i32 %1414, i32 %1454, i32 %1455, float %1111, float %1112, float %1113, float %1114)
	%1462 = extractvalue { float, float, float, float } %1461, 0
	%1463 = extractvalue { float, float, float, float } %1461, 1
	%1464 = extractvalue { float, float, float, float } %1461, 2
	%1465 = extractvalue { float, float, float, float } %1461, 3
	%1466 = xor i32 %1410, 96
	%1467 = add i32 %1466, 0
	%1468 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1467)
	%1469 = extractvalue { i32, i32, i32, i32 } %1468, 0
	%1470 = extractvalue { i32, i32, i32, i32 } %1468, 1
	%1471 = extractvalue { i32, i32, i32, i32 } %1468, 2
	%1472 = extractvalue { i32, i32, i32, i32 } %1468, 3
	%1473 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1411, i32 %1412, i32 %1413, i32 %1414, i32 %1469, i32 %1470, float %1115, float %1116, float %1117, float %1118)
	%1474 = extractvalue { float, float, float, float } %1473, 0
	%1475 = extractvalue { float, float, float, float } %1473, 1
	%1476 = extractvalue { float, float, float, float } %1473, 2
	%1477 = extractvalue { float, float, float, float } %1473, 3
	%1478 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1411, i32 %1412, i32 %1413, i32 %1414, i32 %1471, i32 %1472, float %1119, float %1120, float %1121, float %1122)
	%1479 = extractvalue { float, float, float, float } %1478, 0
	%1480 = extractvalue { float, float, float, float } %1478, 1
	%1481 = extractvalue { float, float, float, float } %1478, 2
	%1482 = extractvalue { float, float, float, float } %1478, 3
	%1483 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1140, float %1138)
	%1484 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1192, float %1190)
	%1485 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1144, float %1142)
	%1486 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1196, float %1194)
	%1487 = xor i32 %1410, 0
	%1488 = add i32 %1487, 2048
	%1489 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1488)
	%1490 = extractvalue { i32, i32, i32, i32 } %1489, 0
	%1491 = extractvalue { i32, i32, i32, i32 } %1489, 1
	%1492 = extractvalue { i32, i32, i32, i32 } %1489, 2
	%1493 = extractvalue { i32, i32, i32, i32 } %1489, 3
	%1494 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1483, i32 %1484, i32 %1485, i32 %1486, i32 %1490, i32 %1491, float %1423, float %1424, float %1425, float %1426)
	%1495 = extractvalue { float, float, float, float } %1494, 0
	%1496 = extractvalue { float, float, float, float } %1494, 1
	%1497 = extractvalue { float, float, float, float } %1494, 2
	%1498 = extractvalue { float, float, float, float } %1494, 3
	%1499 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1483, i32 %1484, i32 %1485, i32 %1486, i32 %1492, i32 %1493, float %1428, float %1429, float %1430, float %1431)
	%1500 = extractvalue { float, float, float, float } %1499, 0
	%1501 = extractvalue { float, float, float, float } %1499, 1
	%1502 = extractvalue { float, float, float, float } %1499, 2
	%1503 = extractvalue { float, float, float, float } %1499, 3
	%1504 = xor i32 %1410, 32
	%1505 = add i32 %1504, 2048
	%1506 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1505)
	%1507 = extractvalue { i32, i32, i32, i32 } %1506, 0
	%1508 = extractvalue { i32, i32, i32, i32 } %1506, 1
	%1509 = extractvalue { i32, i32, i32, i32 } %1506, 2
	%1510 = extractvalue { i32, i32, i32, i32 } %1506, 3
	%1511 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1483, i32 %1484, i32 %1485, i32 %1486, i32 %1507, i32 %1508, float %1440, float %1441, float %1442, float %1443)
	%1512 = extractvalue { float, float, float, float } %1511, 0
	%1513 = extractvalue { float, float, float, float } %1511, 1
	%1514 = extractvalue { float, float, float, float } %1511, 2
	%1515 = extractvalue { float, float, float, float } %1511, 3
	%1516 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1483, i32 %1484, i32 %1485, i32 %1486, i32 %1509, i32 %1510, float %1445, float %1446, float %1447, float %1448)
	%1517 = extractvalue { float, float, float, float } %1516, 0
	%1518 = extractvalue { float, float, float, float } %1516, 1
	%1519 = extractvalue { float, float, float, float } %1516, 2
	%1520 = extractvalue { float, float, float, float } %1516, 3
	%1521 = xor i32 %1410, 64
	%1522 = add i32 %1521, 2048
	%1523 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1522)
	%1524 = extractvalue { i32, i32, i32, i32 } %1523, 0
	%1525 = extractvalue { i32, i32, i32, i32 } %1523, 1
	%1526 = extractvalue { i32, i32, i32, i32 } %1523, 2
	%1527 = extractvalue { i32, i32, i32, i32 } %1523, 3
	%1528 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1483, i32 %1484, i32 %1485, i32 %1486, i32 %1524, i32 %1525, float %1457, float %1458, float %1459, float %1460)
	%1529 = extractvalue { float, float, float, float } %1528, 0
	%1530 = extractvalue { float, float, float, float } %1528, 1
	%1531 = extractvalue { float, float, float, float } %1528, 2
	%1532 = extractvalue { float, float, float, float } %1528, 3
	%1533 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1483, i32 %1484, i32 %1485, i32 %1486, i32 %1526, i32 %1527, float %1462, float %1463, float %1464, float %1465)
	%1534 = extractvalue { float, float, float, float } %1533, 0
	%1535 = extractvalue { float, float, float, float } %1533, 1
	%1536 = extractvalue { float, float, float, float } %1533, 2
	%1537 = extractvalue { float, float, float, float } %1533, 3
	%1538 = xor i32 %1410, 96
	%1539 = add i32 %1538, 2048
	%1540 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1539)
	%1541 = extractvalue { i32, i32, i32, i32 } %1540, 0
	%1542 = extractvalue { i32, i32, i32, i32 } %1540, 1
	%1543 = extractvalue { i32, i32, i32, i32 } %1540, 2
	%1544 = extractvalue { i32, i32, i32, i32 } %1540, 3
	%1545 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1483, i32 %1484, i32 %1485, i32 %1486, i32 %1541, i32 %1542, float %1474, float %1475, float %1476, float %1477)
	%1546 = extractvalue { float, float, float, float } %1545, 0
	%1547 = extractvalue { float, float, float, float } %1545, 1
	%1548 = extractvalue { float, float, float, float } %1545, 2
	%1549 = extractvalue { float, float, float, float } %1545, 3
	%1550 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1483, i32 %1484, i32 %1485, i32 %1486, i32 %1543, i32 %1544, float %1479, float %1480, float %1481, float %1482)
	%1551 = extractvalue { float, float, float, float } %1550, 0
	%1552 = extractvalue { float, float, float, float } %1550, 1
	%1553 = extractvalue { float, float, float, float } %1550, 2
	%1554 = extractvalue { float, float, float, float } %1550, 3
	%1555 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1148, float %1146)
	%1556 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1200, float %1198)
	%1557 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1152, float %1150)
	%1558 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1204, float %1202)
	%1559 = xor i32 %1410, 0
	%1560 = add i32 %1559, u0x1000
	%1561 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1560)
	%1562 = extractvalue { i32, i32, i32, i32 } %1561, 0
	%1563 = extractvalue { i32, i32, i32, i32 } %1561, 1
	%1564 = extractvalue { i32, i32, i32, i32 } %1561, 2
	%1565 = extractvalue { i32, i32, i32, i32 } %1561, 3
	%1566 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1555, i32 %1556, i32 %1557, i32 %1558, i32 %1562, i32 %1563, float %1495, float %1496, float %1497, float %1498)
	%1567 = extractvalue { float, float, float, float } %1566, 0
	%1568 = extractvalue { float, float, float, float } %1566, 1
	%1569 = extractvalue { float, float, float, float } %1566, 2
	%1570 = extractvalue { float, float, float, float } %1566, 3
	%1571 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1555, i32 %1556, i32 %1557, i32 %1558, i32 %1564, i32 %1565, float %1500, float %1501, float %1502, float %1503)
	%1572 = extractvalue { float, float, float, float } %1571, 0
	%1573 = extractvalue { float, float, float, float } %1571, 1
	%1574 = extractvalue { float, float, float, float } %1571, 2
	%1575 = extractvalue { float, float, float, float } %1571, 3
	%1576 = xor i32 %1410, 32
	%1577 = add i32 %1576, u0x1000
	%1578 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1577)
	%1579 = extractvalue { i32, i32, i32, i32 } %1578, 0
	%1580 = extractvalue { i32, i32, i32, i32 } %1578, 1
	%1581 = extractvalue { i32, i32, i32, i32 } %1578, 2
	%1582 = extractvalue { i32, i32, i32, i32 } %1578, 3
	%1583 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1555, i32 %1556, i32 %1557, i32 %1558, i32 %1579, i32 %1580, float %1512, float %1513, float %1514, float %1515)
	%1584 = extractvalue { float, float, float, float } %1583, 0
	%1585 = extractvalue { float, float, float, float } %1583, 1
	%1586 = extractvalue { float, float, float, float } %1583, 2
	%1587 = extractvalue { float, float, float, float } %1583, 3
	%1588 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1555, i32 %1556, i32 %1557, i32 %1558, i32 %1581, i32 %1582, float %1517, float %1518, float %1519, float %1520)
	%1589 = extractvalue { float, float, float, float } %1588, 0
	%1590 = extractvalue { float, float, float, float } %1588, 1
	%1591 = extractvalue { float, float, float, float } %1588, 2
	%1592 = extractvalue { float, float, float, float } %1588, 3
	%1593 = xor i32 %1410, 64
	%1594 = add i32 %1593, u0x1000
	%1595 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1594)
	%1596 = extractvalue { i32, i32, i32, i32 } %1595, 0
	%1597 = extractvalue { i32, i32, i32, i32 } %1595, 1
	%1598 = extractvalue { i32, i32, i32, i32 } %1595, 2
	%1599 = extractvalue { i32, i32, i32, i32 } %1595, 3
	%1600 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1555, i32 %1556, i32 %1557, i32 %1558, i32 %1596, i32 %1597, float %1529, float %1530, float %1531, float %1532)
	%1601 = extractvalue { float, float, float, float } %1600, 0
	%1602 = extractvalue { float, float, float, float } %1600, 1
	%1603 = extractvalue { float, float, float, float } %1600, 2
	%1604 = extractvalue { float, float, float, float } %1600, 3
	%1605 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1555, i32 %1556, i32 %1557, i32 %1558, i32 %1598, i32 %1599, float %1534, float %1535, float %1536, float %1537)
	%1606 = extractvalue { float, float, float, float } %1605, 0
	%1607 = extractvalue { float, float, float, float } %1605, 1
	%1608 = extractvalue { float, float, float, float } %1605, 2
	%1609 = extractvalue { float, float, float, float } %1605, 3
	%1610 = xor i32 %1410, 96
	%1611 = add i32 %1610, u0x1000
	%1612 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1611)
	%1613 = extractvalue { i32, i32, i32, i32 } %1612, 0
	%1614 = extractvalue { i32, i32, i32, i32 } %1612, 1
	%1615 = extractvalue { i32, i32, i32, i32 } %1612, 2
	%1616 = extractvalue { i32, i32, i32, i32 } %1612, 3
	%1617 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1555, i32 %1556, i32 %1557, i32 %1558, i32 %1613, i32 %1614, float %1546, float %1547, float %1548, float %1549)
	%1618 = extractvalue { float, float, float, float } %1617, 0
	%1619 = extractvalue { float, float, float, float } %1617, 1
	%1620 = extractvalue { float, float, float, float } %1617, 2
	%1621 = extractvalue { float, float, float, float } %1617, 3
	%1622 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1555, i32 %1556, i32 %1557, i32 %1558, i32 %1615, i32 %1616, float %1551, float %1552, float %1553, float %1554)
	%1623 = extractvalue { float, float, float, float } %1622, 0
	%1624 = extractvalue { float, float, float, float } %1622, 1
	%1625 = extractvalue { float, float, float, float } %1622, 2
	%1626 = extractvalue { float, float, float, float } %1622, 3
	%1627 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1156, float %1154)
	%1628 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1208, float %1206)
	%1629 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1160, float %1158)
	%1630 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1212, float %1210)
	%1631 = xor i32 %1410, 0
	%1632 = add i32 %1631, 6144
	%1633 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1632)
	%1634 = extractvalue { i32, i32, i32, i32 } %1633, 0
	%1635 = extractvalue { i32, i32, i32, i32 } %1633, 1
	%1636 = extractvalue { i32, i32, i32, i32 } %1633, 2
	%1637 = extractvalue { i32, i32, i32, i32 } %1633, 3
	%1638 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1627, i32 %1628, i32 %1629, i32 %1630, i32 %1634, i32 %1635, float %1567, float %1568, float %1569, float %1570)
	%1639 = extractvalue { float, float, float, float } %1638, 0
	%1640 = extractvalue { float, float, float, float } %1638, 1
	%1641 = extractvalue { float, float, float, float } %1638, 2
	%1642 = extractvalue { float, float, float, float } %1638, 3
	%1643 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1627, i32 %1628, i32 %1629, i32 %1630, i32 %1636, i32 %1637, float %1572, float %1573, float %1574, float %1575)
	%1644 = extractvalue { float, float, float, float } %1643, 0
	%1645 = extractvalue { float, float, float, float } %1643, 1
	%1646 = extractvalue { float, float, float, float } %1643, 2
	%1647 = extractvalue { float, float, float, float } %1643, 3
	%1648 = xor i32 %1410, 32
	%1649 = add i32 %1648, 6144
	%1650 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1649)
	%1651 = extractvalue { i32, i32, i32, i32 } %1650, 0
	%1652 = extractvalue { i32, i32, i32, i32 } %1650, 1
	%1653 = extractvalue { i32, i32, i32, i32 } %1650, 2
	%1654 = extractvalue { i32, i32, i32, i32 } %1650, 3
	%1655 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1627, i32 %1628, i32 %1629, i32 %1630, i32 %1651, i32 %1652, float %1584, float %1585, float %1586, float %1587)
	%1656 = extractvalue { float, float, float, float } %1655, 0
	%1657 = extractvalue { float, float, float, float } %1655, 1
	%1658 = extractvalue { float, float, float, float } %1655, 2
	%1659 = extractvalue { float, float, float, float } %1655, 3
	%1660 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1627, i32 %1628, i32 %1629, i32 %1630, i32 %1653, i32 %1654, float %1589, float %1590, float %1591, float %1592)
	%1661 = extractvalue { float, float, float, float } %1660, 0
	%1662 = extractvalue { float, float, float, float } %1660, 1
	%1663 = extractvalue { float, float, float, float } %1660, 2
	%1664 = extractvalue { float, float, float, float } %1660, 3
	%1665 = xor i32 %1410, 64
	%1666 = add i32 %1665, 6144
	%1667 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1666)
	%1668 = extractvalue { i32, i32, i32, i32 } %1667, 0
	%1669 = extractvalue { i32, i32, i32, i32 } %1667, 1
	%1670 = extractvalue { i32, i32, i32, i32 } %1667, 2
	%1671 = extractvalue { i32, i32, i32, i32 } %1667, 3
	%1672 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1627, i32 %1628, i32 %1629, i32 %1630, i32 %1668, i32 %1669, float %1601, float %1602, float %1603, float %1604)
	%1673 = extractvalue { float, float, float, float } %1672, 0
	%1674 = extractvalue { float, float, float, float } %1672, 1
	%1675 = extractvalue { float, float, float, float } %1672, 2
	%1676 = extractvalue { float, float, float, float } %1672, 3
	%1677 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1627, i32 %1628, i32 %1629, i32 %1630, i32 %1670, i32 %1671, float %1606, float %1607, float %1608, float %1609)
	%1678 = extractvalue { float, float, float, float } %1677, 0
	%1679 = extractvalue { float, float, float, float } %1677, 1
	%1680 = extractvalue { float, float, float, float } %1677, 2
	%1681 = extractvalue { float, float, float, float } %1677, 3
	%1682 = xor i32 %1410, 96
	%1683 = add i32 %1682, 6144
	%1684 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1683)
	%1685 = extractvalue { i32, i32, i32, i32 } %1684, 0
	%1686 = extractvalue { i32, i32, i32, i32 } %1684, 1
	%1687 = extractvalue { i32, i32, i32, i32 } %1684, 2
	%1688 = extractvalue { i32, i32, i32, i32 } %1684, 3
	%1689 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1627, i32 %1628, i32 %1629, i32 %1630, i32 %1685, i32 %1686, float %1618, float %1619, float %1620, float %1621)
	%1690 = extractvalue { float, float, float, float } %1689, 0
	%1691 = extractvalue { float, float, float, float } %1689, 1
	%1692 = extractvalue { float, float, float, float } %1689, 2
	%1693 = extractvalue { float, float, float, float } %1689, 3
	%1694 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1627, i32 %1628, i32 %1629, i32 %1630, i32 %1687, i32 %1688, float %1623, float %1624, float %1625, float %1626)
	%1695 = extractvalue { float, float, float, float } %1694, 0
	%1696 = extractvalue { float, float, float, float } %1694, 1
	%1697 = extractvalue { float, float, float, float } %1694, 2
	%1698 = extractvalue { float, float, float, float } %1694, 3
	br i1 %1360, label %loop, label %epilogue

store0:
	%1699 = mul i32 %10, %M
	%1700 = add i32 %1699, %564
	%1701 = mul i32 %1700, 64
	%1702 = shl i32 %6, 1
	%1703 = add i32 0, %1702
	%1704 = add i32 %1701, %1703
	%1705 = sext i32 %1704 to i64
	%1706 = getelementptr i16, i16* %out, i64 %1705
	%1707 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %566, float %565)
	%1708 = bitcast i16* %1706 to i32*
	store i32 %1707, i32* %1708
	%1709 = shl i32 %6, 1
	%1710 = add i32 8, %1709
	%1711 = add i32 %1701, %1710
	%1712 = sext i32 %1711 to i64
	%1713 = getelementptr i16, i16* %out, i64 %1712
	%1714 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %568, float %567)
	%1715 = bitcast i16* %1713 to i32*
	store i32 %1714, i32* %1715
	%1716 = shl i32 %6, 1
	%1717 = add i32 16, %1716
	%1718 = add i32 %1701, %1717
	%1719 = sext i32 %1718 to i64
	%1720 = getelementptr i16, i16* %out, i64 %1719
	%1721 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %570, float %569)
	%1722 = bitcast i16* %1720 to i32*
	store i32 %1721, i32* %1722
	%1723 = shl i32 %6, 1
	%1724 = add i32 24, %1723
	%1725 = add i32 %1701, %1724
	%1726 = sext i32 %1725 to i64
	%1727 = getelementptr i16, i16* %out, i64 %1726
	%1728 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %572, float %571)
	%1729 = bitcast i16* %1727 to i32*
	store i32 %1728, i32* %1729
	%1730 = shl i32 %6, 1
	%1731 = add i32 32, %1730
	%1732 = add i32 %1701, %1731
	%1733 = sext i32 %1732 to i64
	%1734 = getelementptr i16, i16* %out, i64 %1733
	%1735 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %574, float %573)
	%1736 = bitcast i16* %1734 to i32*
	store i32 %1735, i32* %1736
	%1737 = shl i32 %6, 1
	%1738 = add i32 40, %1737
	%1739 = add i32 %1701, %1738
	%1740 = sext i32 %1739 to i64
	%1741 = getelementptr i16, i16* %out, i64 %1740
	%1742 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %576, float %575)
	%1743 = bitcast i16* %1741 to i32*
	store i32 %1742, i32* %1743
	%1744 = shl i32 %6, 1
	%1745 = add i32 48, %1744
	%1746 = add i32 %1701, %1745
	%1747 = sext i32 %1746 to i64
	%1748 = getelementptr i16, i16* %out, i64 %1747
	%1749 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %578, float %577)
	%1750 = bitcast i16* %1748 to i32*
	store i32 %1749, i32* %1750
	%1751 = shl i32 %6, 1
	%1752 = add i32 56, %1751
	%1753 = add i32 %1701, %1752
	%1754 = sext i32 %1753 to i64
	%1755 = getelementptr i16, i16* %out, i64 %1754
	%1756 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %580, float %579)
	%1757 = bitcast i16* %1755 to i32*
	store i32 %1756, i32* %1757
	br label %stored0

stored0:
	%1758 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %520, i32 1, i32 31)
	%1759 = fadd float %520, %1758
	%1760 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1759, i32 2, i32 31)
	%1761 = fadd float %1759, %1760
	%1762 = fcmp ogt float %1761, 0.0
	%1763 = fdiv float 1.0, %1761
	%1764 = select i1 %1762, float %1763, float 0.0
	%1765 = mul i32 %3, 16
	%1766 = add i32 %12, %1765
	%1767 = add i32 %5, 8
	%1768 = add i32 %1766, %1767
	%1769 = fmul float %524, %1764
	%1770 = fmul float %525, %1764
	%1771 = fmul float %528, %1764
	%1772 = fmul float %529, %1764
	%1773 = fmul float %532, %1764
	%1774 = fmul float %533, %1764
	%1775 = fmul float %536, %1764
	%1776 = fmul float %537, %1764
	%1777 = fmul float %540, %1764
	%1778 = fmul float %541, %1764
	%1779 = fmul float %544, %1764
	%1780 = fmul float %545, %1764
	%1781 = fmul float %548, %1764
	%1782 = fmul float %549, %1764
	%1783 = fmul float %552, %1764
	%1784 = fmul float %553, %1764
	%1785 = icmp slt i32 %1768, %M
	br i1 %1785, label %store1, label %stored1

store1:
	%1786 = mul i32 %10, %M
	%1787 = add i32 %1786, %1768
	%1788 = mul i32 %1787, 64
	%1789 = shl i32 %6, 1
	%1790 = add i32 0, %1789
	%1791 = add i32 %1788, %1790
	%1792 = sext i32 %1791 to i64
	%1793 = getelementptr i16, i16* %out, i64 %1792
	%1794 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1770, float %1769)
	%1795 = bitcast i16* %1793 to i32*
	store i32 %1794, i32* %1795
	%1796 = shl i32 %6, 1
	%1797 = add i32 8, %1796
	%1798 = add i32 %1788, %1797
	%1799 = sext i32 %1798 to i64
	%1800 = getelementptr i16, i16* %out, i64 %1799
	%1801 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1772, float %1771)
	%1802 = bitcast i16* %1800 to i32*
	store i32 %1801, i32* %1802
	%1803 = shl i32 %6, 1
	%1804 = add i32 16, %1803
	%1805 = add i32 %1788, %1804
	%1806 = sext i32 %1805 to i64
	%1807 = getelementptr i16, i16* %out, i64 %1806
	%1808 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1774, float %1773)
	%1809 = bitcast i16* %1807 to i32*
	store i32 %1808, i32* %1809
	%1810 = shl i32 %6, 1
	%1811 = add i32 24, %1810
	%1812 = add i32 %1788, %1811
	%1813 = sext i32 %1812 to i64
	%1814 = getelementptr i16, i16* %out, i64 %1813
	%1815 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1776, float %1775)
	%1816 = bitcast i16* %1814 to i32*
	store i32 %1815, i32* %1816
	%1817 = shl i32 %6, 1
	%1818 = add i32 32, %1817
	%1819 = add i32 %1788, %1818
	%1820 = sext i32 %1819 to i64
	%1821 = getelementptr i16, i16* %out, i64 %1820
	%1822 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1778, float %1777)
	%1823 = bitcast i16* %1821 to i32*
	store i32 %1822, i32* %1823
	%1824 = shl i32 %6, 1
	%1825 = add i32 40, %1824
	%1826 = add i32 %1788, %1825
	%1827 = sext i32 %1826 to i64
	%1828 = getelementptr i16, i16* %out, i64 %1827
	%1829 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1780, float %1779)
	%1830 = bitcast i16* %1828 to i32*
	store i32 %1829, i32* %1830
	%1831 = shl i32 %6, 1
	%1832 = add i32 48, %1831
	%1833 = add i32 %1788, %1832
	%1834 = sext i32 %1833 to i64
	%1835 = getelementptr i16, i16* %out, i64 %1834
	%1836 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1782, float %1781)
	%1837 = bitcast i16* %1835 to i32*
	store i32 %1836, i32* %1837
	%1838 = shl i32 %6, 1
	%1839 = add i32 56, %1838
	%1840 = add i32 %1788, %1839
	%1841 = sext i32 %1840 to i64
	%1842 = getelementptr i16, i16* %out, i64 %1841
	%1843 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1784, float %1783)
	%1844 = bitcast i16* %1842 to i32*
	store i32 %1843, i32* %1844
	br label %stored1

stored1:
	%1845 = icmp eq i32 %2, 0
	br i1 %1845, label %1846, label %1851

1846:
	%1847 = mul i32 %10, %NQ
	%1848 = add i32 %1847, %9
	%1849 = sext i32 %1848 to i64
	%1850 = getelementptr i32, i32* %visits, i64 %1849
	store i32 %521, i32* %1850
	br label %1851

1851:
	ret void
}

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @esmean_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, float*, i32, i32)* @esmean_pool_q0, !"maxntidx", i32 64}
!2 = !{void (i16*, float*, i32, i32)* @esmean_pool_k0, !"maxntidx", i32 64}
!3 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @esmean_scores0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32*)* @esmean_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32*)* @esmean_attn2, !"minctasm", i32 3}
