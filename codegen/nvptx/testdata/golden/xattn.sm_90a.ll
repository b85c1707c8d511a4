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
	br i1 %155, label %164, label %172

156:
	call void @llvm.nvvm.barrier0()
	%157 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 0
	%158 = load i32, i32 addrspace(3)* %157
	%159 = sub i32 %150, %158
	%160 = icmp sgt i32 64, 0
	%161 = select i1 %160, i32 64, i32 0
	%162 = icmp slt i32 %161, %159
	%163 = select i1 %162, i32 %161, i32 %159
	br label %mass

164:
	%165 = add i32 %13, 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i32, i32* %list, i64 %166
	store i32 0, i32* %167
	%168 = add i32 %13, %NK
	%169 = add i32 %168, 0
	%170 = sext i32 %169 to i64
	%171 = getelementptr i32, i32* %list, i64 %170
	store i32 1, i32* %171
	br label %172

172:
	%173 = add i32 %11, 0
	%174 = sext i32 %173 to i64
	%175 = getelementptr float, float* %e, i64 %174
	%176 = load float, float* %175
	%177 = add i32 0, 1
	%178 = select i1 %155, i32 %177, i32 0
	%179 = fpext float %176 to double
	%180 = fadd double 0.0, %179
	%181 = select i1 %155, double %180, double 0.0
	%182 = icmp sgt i32 %70, 1
	%183 = select i1 %182, i32 %70, i32 1
	%184 = add i32 %78, 1
	%185 = icmp slt i32 %184, %NK
	%186 = select i1 %185, i32 %184, i32 %NK
	br label %187

187:
	%188 = phi i32 [ %183, %172 ], [ %217, %207 ]
	%189 = phi i32 [ %178, %172 ], [ %213, %207 ]
	%190 = phi double [ %181, %172 ], [ %216, %207 ]
	%191 = icmp slt i32 %188, %186
	br i1 %191, label %192, label %196

192:
	%193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %188
	%194 = load i32, i32 addrspace(3)* %193
	%195 = icmp eq i32 %194, 1
	br i1 %195, label %199, label %207

196:
	%197 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 0
	store i32 %189, i32 addrspace(3)* %197
	%198 = getelementptr [1 x double], [1 x double] addrspace(3)* @xattn_select1_mass, i32 0, i32 0
	store double %190, double addrspace(3)* %198
	br label %156

199:
	%200 = add i32 %13, %189
	%201 = sext i32 %200 to i64
	%202 = getelementptr i32, i32* %list, i64 %201
	store i32 %188, i32* %202
	%203 = add i32 %13, %NK
	%204 = add i32 %203, %189
	%205 = sext i32 %204 to i64
	%206 = getelementptr i32, i32* %list, i64 %205
	store i32 1, i32* %206
	br label %207

207:
	%208 = add i32 %11, %188
	%209 = sext i32 %208 to i64
	%210 = getelementptr float, float* %e, i64 %209
	%211 = load float, float* %210
	%212 = add i32 %189, 1
	%213 = select i1 %195, i32 %212, i32 %189
	%214 = fpext float %211 to double
	%215 = fadd double %190, %214
	%216 = select i1 %195, double %215, double %190
	%217 = add i32 %188, 1
	br label %187

mass:
	%218 = phi i32 [ %163, %156 ], [ %986, %976 ]
	%219 = icmp sgt i32 %218, 0
	br i1 %219, label %topk, label %topk_done

mass_done:
	%220 = icmp sgt i32 %978, 0
	%221 = select i1 %220, i32 %978, i32 0
	%222 = add i32 %158, %221
	%223 = add i32 %222, %0
	br label %1336

topk:
	call void @llvm.nvvm.barrier0()
	%224 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %224
	call void @llvm.nvvm.barrier0()
	br label %232

topk_done:
	%225 = sub i32 %218, 1
	%226 = call i32 @llvm.ctlz.i32(i32 %225, i1 false)
	%227 = icmp sgt i32 %218, 1
	%228 = sub i32 32, %226
	%229 = select i1 %227, i32 %228, i32 0
	%230 = shl i32 1, %229
	%231 = add i32 %218, %0
	br label %896

232:
	%233 = phi i32 [ %0, %topk ], [ %283, %282 ]
	%234 = icmp slt i32 %233, %16
	br i1 %234, label %235, label %251

235:
	%236 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %233
	%237 = load i32, i32 addrspace(3)* %236
	%238 = icmp uge i32 %237, 2
	%239 = and i32 %237, 0
	%240 = icmp eq i32 %239, 0
	%241 = and i1 %238, %240
	%242 = lshr i32 %237, 24
	%243 = and i32 %242, 255
	%244 = select i1 %241, i32 %243, i32 256
	%245 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %244)
	%246 = shl i32 1, %3
	%247 = sub i32 %246, 1
	%248 = and i32 %245, %247
	%249 = icmp eq i32 %248, 0
	%250 = and i1 %241, %249
	br i1 %250, label %278, label %282

251:
	call void @llvm.nvvm.barrier0()
	%252 = sub i32 255, %0
	%253 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %252
	%254 = load i32, i32 addrspace(3)* %253
	%255 = and i32 %0, 31
	%256 = lshr i32 %0, 5
	%257 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %254, i32 1, i32 0)
	%258 = icmp uge i32 %255, 1
	%259 = select i1 %258, i32 %257, i32 0
	%260 = add i32 %254, %259
	%261 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %260, i32 2, i32 0)
	%262 = icmp uge i32 %255, 2
	%263 = select i1 %262, i32 %261, i32 0
	%264 = add i32 %260, %263
	%265 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %264, i32 4, i32 0)
	%266 = icmp uge i32 %255, 4
	%267 = select i1 %266, i32 %265, i32 0
	%268 = add i32 %264, %267
	%269 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %268, i32 8, i32 0)
	%270 = icmp uge i32 %255, 8
	%271 = select i1 %270, i32 %269, i32 0
	%272 = add i32 %268, %271
	%273 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %272, i32 16, i32 0)
	%274 = icmp uge i32 %255, 16
	%275 = select i1 %274, i32 %273, i32 0
	%276 = add i32 %272, %275
	%277 = icmp eq i32 %255, 31
	br i1 %277, label %284, label %286

278:
	%279 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %243
	%280 = call i32 @llvm.ctpop.i32(i32 %245)
	%281 = atomicrmw add i32 addrspace(3)* %279, i32 %280 monotonic
	br label %282

282:
	%283 = add i32 %233, 256
	br label %232

284:
	%285 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %256
	store i32 %276, i32 addrspace(3)* %285
	br label %286

286:
	call void @llvm.nvvm.barrier0()
	%287 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%288 = load i32, i32 addrspace(3)* %287
	%289 = icmp sgt i32 %256, 0
	%290 = select i1 %289, i32 %288, i32 0
	%291 = add i32 0, %290
	%292 = add i32 0, %288
	%293 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%294 = load i32, i32 addrspace(3)* %293
	%295 = icmp sgt i32 %256, 1
	%296 = select i1 %295, i32 %294, i32 0
	%297 = add i32 %291, %296
	%298 = add i32 %292, %294
	%299 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%300 = load i32, i32 addrspace(3)* %299
	%301 = icmp sgt i32 %256, 2
	%302 = select i1 %301, i32 %300, i32 0
	%303 = add i32 %297, %302
	%304 = add i32 %298, %300
	%305 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%306 = load i32, i32 addrspace(3)* %305
	%307 = icmp sgt i32 %256, 3
	%308 = select i1 %307, i32 %306, i32 0
	%309 = add i32 %303, %308
	%310 = add i32 %304, %306
	%311 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%312 = load i32, i32 addrspace(3)* %311
	%313 = icmp sgt i32 %256, 4
	%314 = select i1 %313, i32 %312, i32 0
	%315 = add i32 %309, %314
	%316 = add i32 %310, %312
	%317 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%318 = load i32, i32 addrspace(3)* %317
	%319 = icmp sgt i32 %256, 5
	%320 = select i1 %319, i32 %318, i32 0
	%321 = add i32 %315, %320
	%322 = add i32 %316, %318
	%323 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%324 = load i32, i32 addrspace(3)* %323
	%325 = icmp sgt i32 %256, 6
	%326 = select i1 %325, i32 %324, i32 0
	%327 = add i32 %321, %326
	%328 = add i32 %322, %324
	%329 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
	%330 = load i32, i32 addrspace(3)* %329
	%331 = icmp sgt i32 %256, 7
	%332 = select i1 %331, i32 %330, i32 0
	%333 = add i32 %327, %332
	%334 = add i32 %328, %330
	%335 = add i32 %333, %276
	%336 = sub i32 %335, %254
	%337 = icmp slt i32 %336, %218
	%338 = add i32 %336, %254
	%339 = icmp sle i32 %218, %338
	%340 = and i1 %337, %339
	br i1 %340, label %341, label %344

341:
	%342 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %252, i32 addrspace(3)* %342
	%343 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %336, i32 addrspace(3)* %343
	br label %344

344:
	call void @llvm.nvvm.barrier0()
	%345 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%346 = load i32, i32 addrspace(3)* %345
	%347 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	%348 = load i32, i32 addrspace(3)* %347
	%349 = sub i32 %218, %348
	%350 = shl i32 %346, 24
	%351 = or i32 0, %350
	%352 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%353 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %353
	call void @llvm.nvvm.barrier0()
	br label %354

354:
	%355 = phi i32 [ %0, %344 ], [ %405, %404 ]
	%356 = icmp slt i32 %355, %16
	br i1 %356, label %357, label %373

357:
	%358 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %355
	%359 = load i32, i32 addrspace(3)* %358
	%360 = icmp uge i32 %359, 2
	%361 = and i32 %359, %352
	%362 = icmp eq i32 %361, %351
	%363 = and i1 %360, %362
	%364 = lshr i32 %359, 16
	%365 = and i32 %364, 255
	%366 = select i1 %363, i32 %365, i32 256
	%367 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %366)
	%368 = shl i32 1, %3
	%369 = sub i32 %368, 1
	%370 = and i32 %367, %369
	%371 = icmp eq i32 %370, 0
	%372 = and i1 %363, %371
	br i1 %372, label %400, label %404

373:
	call void @llvm.nvvm.barrier0()
	%374 = sub i32 255, %0
	%375 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %374
	%376 = load i32, i32 addrspace(3)* %375
	%377 = and i32 %0, 31
	%378 = lshr i32 %0, 5
	%379 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %376, i32 1, i32 0)
	%380 = icmp uge i32 %377, 1
	%381 = select i1 %380, i32 %379, i32 0
	%382 = add i32 %376, %381
	%383 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %382, i32 2, i32 0)
	%384 = icmp uge i32 %377, 2
	%385 = select i1 %384, i32 %383, i32 0
	%386 = add i32 %382, %385
	%387 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %386, i32 4, i32 0)
	%388 = icmp uge i32 %377, 4
	%389 = select i1 %388, i32 %387, i32 0
	%390 = add i32 %386, %389
	%391 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %390, i32 8, i32 0)
	%392 = icmp uge i32 %377, 8
	%393 = select i1 %392, i32 %391, i32 0
	%394 = add i32 %390, %393
	%395 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %394, i32 16, i32 0)
	%396 = icmp uge i32 %377, 16
	%397 = select i1 %396, i32 %395, i32 0
	%398 = add i32 %394, %397
	%399 = icmp eq i32 %377, 31
	br i1 %399, label %406, label %408

400:
	%401 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %365
	%402 = call i32 @llvm.ctpop.i32(i32 %367)
	%403 = atomicrmw add i32 addrspace(3)* %401, i32 %402 monotonic
	br label %404

404:
	%405 = add i32 %355, 256
	br label %354

406:
	%407 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %378
	store i32 %398, i32 addrspace(3)* %407
	br label %408

408:
	call void @llvm.nvvm.barrier0()
	%409 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%410 = load i32, i32 addrspace(3)* %409
	%411 = icmp sgt i32 %378, 0
	%412 = select i1 %411, i32 %410, i32 0
	%413 = add i32 0, %412
	%414 = add i32 0, %410
	%415 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%416 = load i32, i32 addrspace(3)* %415
	%417 = icmp sgt i32 %378, 1
	%418 = select i1 %417, i32 %416, i32 0
	%419 = add i32 %413, %418
	%420 = add i32 %414, %416
	%421 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%422 = load i32, i32 addrspace(3)* %421
	%423 = icmp sgt i32 %378, 2
	%424 = select i1 %423, i32 %422, i32 0
	%425 = add i32 %419, %424
	%426 = add i32 %420, %422
	%427 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%428 = load i32, i32 addrspace(3)* %427
	%429 = icmp sgt i32 %378, 3
	%430 = select i1 %429, i32 %428, i32 0
	%431 = add i32 %425, %430
	%432 = add i32 %426, %428
	%433 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%434 = load i32, i32 addrspace(3)* %433
	%435 = icmp sgt i32 %378, 4
	%436 = select i1 %435, i32 %434, i32 0
	%437 = add i32 %431, %436
	%438 = add i32 %432, %434
	%439 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%440 = load i32, i32 addrspace(3)* %439
	%441 = icmp sgt i32 %378, 5
	%442 = select i1 %441, i32 %440, i32 0
	%443 = add i32 %437, %442
	%444 = add i32 %438, %440
	%445 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%446 = load i32, i32 addrspace(3)* %445
	%447 = icmp sgt i32 %378, 6
	%448 = select i1 %447, i32 %446, i32 0
	%449 = add i32 %443, %448
	%450 = add i32 %444, %446
	%451 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
	%452 = load i32, i32 addrspace(3)* %451
	%453 = icmp sgt i32 %378, 7
	%454 = select i1 %453, i32 %452, i32 0
	%455 = add i32 %449, %454
	%456 = add i32 %450, %452
	%457 = add i32 %455, %398
	%458 = sub i32 %457, %376
	%459 = icmp slt i32 %458, %349
	%460 = add i32 %458, %376
	%461 = icmp sle i32 %349, %460
	%462 = and i1 %459, %461
	br i1 %462, label %463, label %466

463:
	%464 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %374, i32 addrspace(3)* %464
	%465 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %458, i32 addrspace(3)* %465
	br label %466

466:
	call void @llvm.nvvm.barrier0()
	%467 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%468 = load i32, i32 addrspace(3)* %467
	%469 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	%470 = load i32, i32 addrspace(3)* %469
	%471 = sub i32 %349, %470
	%472 = shl i32 %468, 16
	%473 = or i32 %351, %472
	%474 = or i32 %352, u0xFF0000
	call void @llvm.nvvm.barrier0()
	%475 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %475
	call void @llvm.nvvm.barrier0()
	br label %476

476:
	%477 = phi i32 [ %0, %466 ], [ %527, %526 ]
	%478 = icmp slt i32 %477, %16
	br i1 %478, label %479, label %495

479:
	%480 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %477
	%481 = load i32, i32 addrspace(3)* %480
	%482 = icmp uge i32 %481, 2
	%483 = and i32 %481, %474
	%484 = icmp eq i32 %483, %473
	%485 = and i1 %482, %484
	%486 = lshr i32 %481, 8
	%487 = and i32 %486, 255
	%488 = select i1 %485, i32 %487, i32 256
	%489 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %488)
	%490 = shl i32 1, %3
	%491 = sub i32 %490, 1
	%492 = and i32 %489, %491
	%493 = icmp eq i32 %492, 0
	%494 = and i1 %485, %493
	br i1 %494, label %522, label %526

495:
	call void @llvm.nvvm.barrier0()
	%496 = sub i32 255, %0
	%497 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %496
	%498 = load i32, i32 addrspace(3)* %497
	%499 = and i32 %0, 31
	%500 = lshr i32 %0, 5
	%501 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %498, i32 1, i32 0)
	%502 = icmp uge i32 %499, 1
	%503 = select i1 %502, i32 %501, i32 0
	%504 = add i32 %498, %503
	%505 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %504, i32 2, i32 0)
	%506 = icmp uge i32 %499, 2
	%507 = select i1 %506, i32 %505, i32 0
	%508 = add i32 %504, %507
	%509 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %508, i32 4, i32 0)
	%510 = icmp uge i32 %499, 4
	%511 = select i1 %510, i32 %509, i32 0
	%512 = add i32 %508, %511
	%513 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %512, i32 8, i32 0)
	%514 = icmp uge i32 %499, 8
	%515 = select i1 %514, i32 %513, i32 0
	%516 = add i32 %512, %515
	%517 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %516, i32 16, i32 0)
	%518 = icmp uge i32 %499, 16
	%519 = select i1 %518, i32 %517, i32 0
	%520 = add i32 %516, %519
	%521 = icmp eq i32 %499, 31
	br i1 %521, label %528, label %530

522:
	%523 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %487
	%524 = call i32 @llvm.ctpop.i32(i32 %489)
	%525 = atomicrmw add i32 addrspace(3)* %523, i32 %524 monotonic
	br label %526

526:
	%527 = add i32 %477, 256
	br label %476

528:
	%529 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %500
	store i32 %520, i32 addrspace(3)* %529
	br label %530

530:
	call void @llvm.nvvm.barrier0()
	%531 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%532 = load i32, i32 addrspace(3)* %531
	%533 = icmp sgt i32 %500, 0
	%534 = select i1 %533, i32 %532, i32 0
	%535 = add i32 0, %534
	%536 = add i32 0, %532
	%537 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%538 = load i32, i32 addrspace(3)* %537
	%539 = icmp sgt i32 %500, 1
	%540 = select i1 %539, i32 %538, i32 0
	%541 = add i32 %535, %540
	%542 = add i32 %536, %538
	%543 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%544 = load i32, i32 addrspace(3)* %543
	%545 = icmp sgt i32 %500, 2
	%546 = select i1 %545, i32 %544, i32 0
	%547 = add i32 %541, %546
	%548 = add i32 %542, %544
	%549 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%550 = load i32, i32 addrspace(3)* %549
	%551 = icmp sgt i32 %500, 3
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 %547, %552
	%554 = add i32 %548, %550
	%555 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%556 = load i32, i32 addrspace(3)* %555
	%557 = icmp sgt i32 %500, 4
	%558 = select i1 %557, i32 %556, i32 0
	%559 = add i32 %553, %558
	%560 = add i32 %554, %556
	%561 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%562 = load i32, i32 addrspace(3)* %561
	%563 = icmp sgt i32 %500, 5
	%564 = select i1 %563, i32 %562, i32 0
	%565 = add i32 %559, %564
	%566 = add i32 %560, %562
	%567 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%568 = load i32, i32 addrspace(3)* %567
	%569 = icmp sgt i32 %500, 6
	%570 = select i1 %569, i32 %568, i32 0
	%571 = add i32 %565, %570
	%572 = add i32 %566, %568
	%573 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
	%574 = load i32, i32 addrspace(3)* %573
	%575 = icmp sgt i32 %500, 7
	%576 = select i1 %575, i32 %574, i32 0
	%577 = add i32 %571, %576
	%578 = add i32 %572, %574
	%579 = add i32 %577, %520
	%580 = sub i32 %579, %498
	%581 = icmp slt i32 %580, %471
	%582 = add i32 %580, %498
	%583 = icmp sle i32 %471, %582
	%584 = and i1 %581, %583
	br i1 %584, label %585, label %588

585:
	%586 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %496, i32 addrspace(3)* %586
	%587 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %580, i32 addrspace(3)* %587
	br label %588

588:
	call void @llvm.nvvm.barrier0()
	%589 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%590 = load i32, i32 addrspace(3)* %589
	%591 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	%592 = load i32, i32 addrspace(3)* %591
	%593 = sub i32 %471, %592
	%594 = shl i32 %590, 8
	%595 = or i32 %473, %594
	%596 = or i32 %474, u0xFF00
	call void @llvm.nvvm.barrier0()
	%597 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %597
	call void @llvm.nvvm.barrier0()
	br label %598

598:
	%599 = phi i32 [ %0, %588 ], [ %649, %648 ]
	%600 = icmp slt i32 %599, %16
	br i1 %600, label %601, label %617

601:
	%602 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %599
	%603 = load i32, i32 addrspace(3)* %602
	%604 = icmp uge i32 %603, 2
	%605 = and i32 %603, %596
	%606 = icmp eq i32 %605, %595
	%607 = and i1 %604, %606
	%608 = lshr i32 %603, 0
	%609 = and i32 %608, 255
	%610 = select i1 %607, i32 %609, i32 256
	%611 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %610)
	%612 = shl i32 1, %3
	%613 = sub i32 %612, 1
	%614 = and i32 %611, %613
	%615 = icmp eq i32 %614, 0
	%616 = and i1 %607, %615
	br i1 %616, label %644, label %648

617:
	call void @llvm.nvvm.barrier0()
	%618 = sub i32 255, %0
	%619 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %618
	%620 = load i32, i32 addrspace(3)* %619
	%621 = and i32 %0, 31
	%622 = lshr i32 %0, 5
	%623 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %620, i32 1, i32 0)
	%624 = icmp uge i32 %621, 1
	%625 = select i1 %624, i32 %623, i32 0
	%626 = add i32 %620, %625
	%627 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %626, i32 2, i32 0)
	%628 = icmp uge i32 %621, 2
	%629 = select i1 %628, i32 %627, i32 0
	%630 = add i32 %626, %629
	%631 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %630, i32 4, i32 0)
	%632 = icmp uge i32 %621, 4
	%633 = select i1 %632, i32 %631, i32 0
	%634 = add i32 %630, %633
	%635 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %634, i32 8, i32 0)
	%636 = icmp uge i32 %621, 8
	%637 = select i1 %636, i32 %635, i32 0
	%638 = add i32 %634, %637
	%639 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %638, i32 16, i32 0)
	%640 = icmp uge i32 %621, 16
	%641 = select i1 %640, i32 %639, i32 0
	%642 = add i32 %638, %641
	%643 = icmp eq i32 %621, 31
	br i1 %643, label %650, label %652

644:
	%645 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %609
	%646 = call i32 @llvm.ctpop.i32(i32 %611)
	%647 = atomicrmw add i32 addrspace(3)* %645, i32 %646 monotonic
	br label %648

648:
	%649 = add i32 %599, 256
	br label %598

650:
	%651 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %622
	store i32 %642, i32 addrspace(3)* %651
	br label %652

652:
	call void @llvm.nvvm.barrier0()
	%653 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%654 = load i32, i32 addrspace(3)* %653
	%655 = icmp sgt i32 %622, 0
	%656 = select i1 %655, i32 %654, i32 0
	%657 = add i32 0, %656
	%658 = add i32 0, %654
	%659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%660 = load i32, i32 addrspace(3)* %659
	%661 = icmp sgt i32 %622, 1
	%662 = select i1 %661, i32 %660, i32 0
	%663 = add i32 %657, %662
	%664 = add i32 %658, %660
	%665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%666 = load i32, i32 addrspace(3)* %665
	%667 = icmp sgt i32 %622, 2
	%668 = select i1 %667, i32 %666, i32 0
	%669 = add i32 %663, %668
	%670 = add i32 %664, %666
	%671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%672 = load i32, i32 addrspace(3)* %671
	%673 = icmp sgt i32 %622, 3
	%674 = select i1 %673, i32 %672, i32 0
	%675 = add i32 %669, %674
	%676 = add i32 %670, %672
	%677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%678 = load i32, i32 addrspace(3)* %677
	%679 = icmp sgt i32 %622, 4
	%680 = select i1 %679, i32 %678, i32 0
	%681 = add i32 %675, %680
	%682 = add i32 %676, %678
	%683 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%684 = load i32, i32 addrspace(3)* %683
	%685 = icmp sgt i32 %622, 5
	%686 = select i1 %685, i32 %684, i32 0
	%687 = add i32 %681, %686
	%688 = add i32 %682, %684
	%689 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%690 = load i32, i32 addrspace(3)* %689
	%691 = icmp sgt i32 %622, 6
	%692 = select i1 %691, i32 %690, i32 0
	%693 = add i32 %687, %692
	%694 = add i32 %688, %690
	%695 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
	%696 = load i32, i32 addrspace(3)* %695
	%697 = icmp sgt i32 %622, 7
	%698 = select i1 %697, i32 %696, i32 0
	%699 = add i32 %693, %698
	%700 = add i32 %694, %696
	%701 = add i32 %699, %642
	%702 = sub i32 %701, %620
	%703 = icmp slt i32 %702, %593
	%704 = add i32 %702, %620
	%705 = icmp sle i32 %593, %704
	%706 = and i1 %703, %705
	br i1 %706, label %707, label %710

707:
	%708 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %618, i32 addrspace(3)* %708
	%709 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %702, i32 addrspace(3)* %709
	br label %710

710:
	call void @llvm.nvvm.barrier0()
	%711 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%712 = load i32, i32 addrspace(3)* %711
	%713 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	%714 = load i32, i32 addrspace(3)* %713
	%715 = sub i32 %593, %714
	%716 = shl i32 %712, 0
	%717 = or i32 %595, %716
	%718 = or i32 %596, 255
	br label %719

719:
	%720 = phi i32 [ 0, %710 ], [ %895, %892 ]
	%721 = phi i32 [ 0, %710 ], [ %893, %892 ]
	%722 = phi i32 [ 0, %710 ], [ %894, %892 ]
	%723 = icmp slt i32 %720, %16
	br i1 %723, label %724, label %753

724:
	%725 = add i32 %720, %0
	%726 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %725
	%727 = load i32, i32 addrspace(3)* %726
	%728 = icmp eq i32 %727, %717
	%729 = zext i1 %728 to i32
	%730 = and i32 %0, 31
	%731 = lshr i32 %0, 5
	%732 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %729, i32 1, i32 0)
	%733 = icmp uge i32 %730, 1
	%734 = select i1 %733, i32 %732, i32 0
	%735 = add i32 %729, %734
	%736 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %735, i32 2, i32 0)
	%737 = icmp uge i32 %730, 2
	%738 = select i1 %737, i32 %736, i32 0
	%739 = add i32 %735, %738
	%740 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %739, i32 4, i32 0)
	%741 = icmp uge i32 %730, 4
	%742 = select i1 %741, i32 %740, i32 0
	%743 = add i32 %739, %742
	%744 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %743, i32 8, i32 0)
	%745 = icmp uge i32 %730, 8
	%746 = select i1 %745, i32 %744, i32 0
	%747 = add i32 %743, %746
	%748 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %747, i32 16, i32 0)
	%749 = icmp uge i32 %730, 16
	%750 = select i1 %749, i32 %748, i32 0
	%751 = add i32 %747, %750
	%752 = icmp eq i32 %730, 31
	br i1 %752, label %754, label %756

753:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

754:
	%755 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %731
	store i32 %751, i32 addrspace(3)* %755
	br label %756

756:
	call void @llvm.nvvm.barrier0()
	%757 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%758 = load i32, i32 addrspace(3)* %757
	%759 = icmp sgt i32 %731, 0
	%760 = select i1 %759, i32 %758, i32 0
	%761 = add i32 0, %760
	%762 = add i32 0, %758
	%763 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%764 = load i32, i32 addrspace(3)* %763
	%765 = icmp sgt i32 %731, 1
	%766 = select i1 %765, i32 %764, i32 0
	%767 = add i32 %761, %766
	%768 = add i32 %762, %764
	%769 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%770 = load i32, i32 addrspace(3)* %769
	%771 = icmp sgt i32 %731, 2
	%772 = select i1 %771, i32 %770, i32 0
	%773 = add i32 %767, %772
	%774 = add i32 %768, %770
	%775 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%776 = load i32, i32 addrspace(3)* %775
	%777 = icmp sgt i32 %731, 3
	%778 = select i1 %777, i32 %776, i32 0
	%779 = add i32 %773, %778
	%780 = add i32 %774, %776
	%781 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%782 = load i32, i32 addrspace(3)* %781
	%783 = icmp sgt i32 %731, 4
	%784 = select i1 %783, i32 %782, i32 0
	%785 = add i32 %779, %784
	%786 = add i32 %780, %782
	%787 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%788 = load i32, i32 addrspace(3)* %787
	%789 = icmp sgt i32 %731, 5
	%790 = select i1 %789, i32 %788, i32 0
	%791 = add i32 %785, %790
	%792 = add i32 %786, %788
	%793 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%794 = load i32, i32 addrspace(3)* %793
	%795 = icmp sgt i32 %731, 6
	%796 = select i1 %795, i32 %794, i32 0
	%797 = add i32 %791, %796
	%798 = add i32 %792, %794
	%799 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
	%800 = load i32, i32 addrspace(3)* %799
	%801 = icmp sgt i32 %731, 7
	%802 = select i1 %801, i32 %800, i32 0
	%803 = add i32 %797, %802
	%804 = add i32 %798, %800
	%805 = add i32 %803, %751
	%806 = sub i32 %805, %729
	%807 = icmp ugt i32 %727, %717
	%808 = add i32 %721, %806
	%809 = icmp slt i32 %808, %715
	%810 = and i1 %728, %809
	%811 = or i1 %807, %810
	%812 = zext i1 %811 to i32
	%813 = and i32 %0, 31
	%814 = lshr i32 %0, 5
	%815 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %812, i32 1, i32 0)
	%816 = icmp uge i32 %813, 1
	%817 = select i1 %816, i32 %815, i32 0
	%818 = add i32 %812, %817
	%819 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %818, i32 2, i32 0)
	%820 = icmp uge i32 %813, 2
	%821 = select i1 %820, i32 %819, i32 0
	%822 = add i32 %818, %821
	%823 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %822, i32 4, i32 0)
	%824 = icmp uge i32 %813, 4
	%825 = select i1 %824, i32 %823, i32 0
	%826 = add i32 %822, %825
	%827 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %826, i32 8, i32 0)
	%828 = icmp uge i32 %813, 8
	%829 = select i1 %828, i32 %827, i32 0
	%830 = add i32 %826, %829
	%831 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %830, i32 16, i32 0)
	%832 = icmp uge i32 %813, 16
	%833 = select i1 %832, i32 %831, i32 0
	%834 = add i32 %830, %833
	%835 = icmp eq i32 %813, 31
	br i1 %835, label %836, label %838

836:
	%837 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 %814
	store i32 %834, i32 addrspace(3)* %837
	br label %838

838:
	call void @llvm.nvvm.barrier0()
	%839 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 0
	%840 = load i32, i32 addrspace(3)* %839
	%841 = icmp sgt i32 %814, 0
	%842 = select i1 %841, i32 %840, i32 0
	%843 = add i32 0, %842
	%844 = add i32 0, %840
	%845 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 1
	%846 = load i32, i32 addrspace(3)* %845
	%847 = icmp sgt i32 %814, 1
	%848 = select i1 %847, i32 %846, i32 0
	%849 = add i32 %843, %848
	%850 = add i32 %844, %846
	%851 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 2
	%852 = load i32, i32 addrspace(3)* %851
	%853 = icmp sgt i32 %814, 2
	%854 = select i1 %853, i32 %852, i32 0
	%855 = add i32 %849, %854
	%856 = add i32 %850, %852
	%857 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 3
	%858 = load i32, i32 addrspace(3)* %857
	%859 = icmp sgt i32 %814, 3
	%860 = select i1 %859, i32 %858, i32 0
	%861 = add i32 %855, %860
	%862 = add i32 %856, %858
	%863 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 4
	%864 = load i32, i32 addrspace(3)* %863
	%865 = icmp sgt i32 %814, 4
	%866 = select i1 %865, i32 %864, i32 0
	%867 = add i32 %861, %866
	%868 = add i32 %862, %864
	%869 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 5
	%870 = load i32, i32 addrspace(3)* %869
	%871 = icmp sgt i32 %814, 5
	%872 = select i1 %871, i32 %870, i32 0
	%873 = add i32 %867, %872
	%874 = add i32 %868, %870
	%875 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 6
	%876 = load i32, i32 addrspace(3)* %875
	%877 = icmp sgt i32 %814, 6
	%878 = select i1 %877, i32 %876, i32 0
	%879 = add i32 %873, %878
	%880 = add i32 %874, %876
	%881 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 7
	%882 = load i32, i32 addrspace(3)* %881
	%883 = icmp sgt i32 %814, 7
	%884 = select i1 %883, i32 %882, i32 0
	%885 = add i32 %879, %884
	%886 = add i32 %880, %882
	%887 = add i32 %885, %834
	%888 = sub i32 %887, %812
	br i1 %811, label %889, label %892

889:
	%890 = add i32 %722, %888
	%891 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %890
	store i32 %725, i32 addrspace(3)* %891
	br label %892

892:
	%893 = add i32 %721, %804
	%894 = add i32 %722, %886
	%895 = add i32 %720, 256
	br label %719

896:
	%897 = phi i32 [ %231, %topk_done ], [ %901, %899 ]
	%898 = icmp slt i32 %897, %230
	br i1 %898, label %899, label %902

899:
	%900 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %897
	store i32 -1, i32 addrspace(3)* %900
	%901 = add i32 %897, 256
	br label %896

902:
	call void @llvm.nvvm.barrier0()
	%903 = add i32 %229, 1
	br label %904

904:
	%905 = phi i32 [ 1, %902 ], [ %918, %917 ]
	%906 = icmp slt i32 %905, %903
	br i1 %906, label %907, label %909

907:
	%908 = shl i32 1, %905
	br label %910

909:
	br label %956

910:
	%911 = phi i32 [ 0, %907 ], [ %926, %925 ]
	%912 = icmp slt i32 %911, %905
	br i1 %912, label %913, label %917

913:
	%914 = sub i32 %905, 1
	%915 = sub i32 %914, %911
	%916 = shl i32 1, %915
	br label %919

917:
	%918 = add i32 %905, 1
	br label %904

919:
	%920 = phi i32 [ %0, %913 ], [ %951, %950 ]
	%921 = icmp slt i32 %920, %230
	br i1 %921, label %922, label %925

922:
	%923 = xor i32 %920, %916
	%924 = icmp sgt i32 %923, %920
	br i1 %924, label %927, label %950

925:
	call void @llvm.nvvm.barrier0()
	%926 = add i32 %911, 1
	br label %910

927:
	%928 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %920
	%929 = load i32, i32 addrspace(3)* %928
	%930 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %923
	%931 = load i32, i32 addrspace(3)* %930
	%932 = and i32 %920, %908
	%933 = icmp eq i32 %932, 0
	%934 = icmp sge i32 %931, 0
	%935 = select i1 %934, i32 %931, i32 0
	%936 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %935
	%937 = load i32, i32 addrspace(3)* %936
	%938 = select i1 %934, i32 %937, i32 0
	%939 = icmp sge i32 %929, 0
	%940 = select i1 %939, i32 %929, i32 0
	%941 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %940
	%942 = load i32, i32 addrspace(3)* %941
	%943 = select i1 %939, i32 %942, i32 0
	%944 = icmp ugt i32 %938, %943
	%945 = icmp eq i32 %938, %943
	%946 = icmp slt i32 %931, %929
	%947 = and i1 %945, %946
	%948 = or i1 %944, %947
	%949 = icmp eq i1 %948, %933
	br i1 %949, label %952, label %955

950:
	%951 = add i32 %920, 256
	br label %919

952:
	%953 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %920
	store i32 %931, i32 addrspace(3)* %953
	%954 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %923
	store i32 %929, i32 addrspace(3)* %954
	br label %955

955:
	br label %950

956:
	%957 = phi i32 [ %0, %909 ], [ %970, %959 ]
	%958 = icmp slt i32 %957, %218
	br i1 %958, label %959, label %971

959:
	%960 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %957
	%961 = load i32, i32 addrspace(3)* %960
	%962 = add i32 %158, %957
	%963 = add i32 %13, %962
	%964 = sext i32 %963 to i64
	%965 = getelementptr i32, i32* %list, i64 %964
	store i32 %961, i32* %965
	%966 = add i32 %13, %NK
	%967 = add i32 %966, %962
	%968 = sext i32 %967 to i64
	%969 = getelementptr i32, i32* %list, i64 %968
	store i32 0, i32* %969
	%970 = add i32 %957, 256
	br label %956

971:
	call void @llvm.nvvm.barrier0()
	%972 = icmp eq i32 %4, 0
	br i1 %972, label %973, label %976

973:
	%974 = getelementptr [1 x double], [1 x double] addrspace(3)* @xattn_select1_mass, i32 0, i32 0
	%975 = load double, double addrspace(3)* %974
	br label %987

976:
	call void @llvm.nvvm.barrier0()
	%977 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 1
	%978 = load i32, i32 addrspace(3)* %977
	%979 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 2
	%980 = load i32, i32 addrspace(3)* %979
	%981 = icmp ne i32 %980, 0
	%982 = icmp sge i32 %218, %159
	%983 = or i1 %981, %982
	%984 = mul i32 %218, 4
	%985 = icmp slt i32 %984, %159
	%986 = select i1 %985, i32 %984, i32 %159
	br i1 %983, label %mass_done, label %mass

987:
	%988 = phi i32 [ 0, %973 ], [ %1329, %1007 ]
	%989 = phi double [ %975, %973 ], [ %1326, %1007 ]
	%990 = phi i32 [ 0, %973 ], [ %1328, %1007 ]
	%991 = icmp slt i32 %988, %218
	br i1 %991, label %992, label %995

992:
	%993 = add i32 %988, %3
	%994 = icmp slt i32 %993, %218
	br i1 %994, label %997, label %1007

995:
	%996 = icmp eq i32 %3, 0
	br i1 %996, label %1330, label %1335

997:
	%998 = add i32 %13, %158
	%999 = add i32 %998, %993
	%1000 = sext i32 %999 to i64
	%1001 = getelementptr i32, i32* %list, i64 %1000
	%1002 = load i32, i32* %1001
	%1003 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1002
	%1004 = load i32, i32 addrspace(3)* %1003
	%1005 = sub i32 %1004, 2
	%1006 = bitcast i32 %1005 to float
	br label %1007

1007:
	%1008 = phi float [ 0.0, %992 ], [ %1006, %997 ]
	%1009 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 0, i32 31)
	%1010 = fcmp olt double %989, 0x3FECCCCCCCCCCCCD
	%1011 = add i32 %988, 0
	%1012 = icmp slt i32 %1011, %218
	%1013 = and i1 %1010, %1012
	%1014 = fpext float %1009 to double
	%1015 = fadd double %989, %1014
	%1016 = select i1 %1013, double %1015, double %989
	%1017 = add i32 %990, 1
	%1018 = select i1 %1013, i32 %1017, i32 %990
	%1019 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 1, i32 31)
	%1020 = fcmp olt double %1016, 0x3FECCCCCCCCCCCCD
	%1021 = add i32 %988, 1
	%1022 = icmp slt i32 %1021, %218
	%1023 = and i1 %1020, %1022
	%1024 = fpext float %1019 to double
	%1025 = fadd double %1016, %1024
	%1026 = select i1 %1023, double %1025, double %1016
	%1027 = add i32 %1018, 1
	%1028 = select i1 %1023, i32 %1027, i32 %1018
	%1029 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 2, i32 31)
	%1030 = fcmp olt double %1026, 0x3FECCCCCCCCCCCCD
	%1031 = add i32 %988, 2
	%1032 = icmp slt i32 %1031, %218
	%1033 = and i1 %1030, %1032
	%1034 = fpext float %1029 to double
	%1035 = fadd double %1026, %1034
	%1036 = select i1 %1033, double %1035, double %1026
	%1037 = add i32 %1028, 1
	%1038 = select i1 %1033, i32 %1037, i32 %1028
	%1039 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 3, i32 31)
	%1040 = fcmp olt double %1036, 0x3FECCCCCCCCCCCCD
	%1041 = add i32 %988, 3
	%1042 = icmp slt i32 %1041, %218
	%1043 = and i1 %1040, %1042
	%1044 = fpext float %1039 to double
	%1045 = fadd double %1036, %1044
	%1046 = select i1 %1043, double %1045, double %1036
	%1047 = add i32 %1038, 1
	%1048 = select i1 %1043, i32 %1047, i32 %1038
	%1049 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 4, i32 31)
	%1050 = fcmp olt double %1046, 0x3FECCCCCCCCCCCCD
	%1051 = add i32 %988, 4
	%1052 = icmp slt i32 %1051, %218
	%1053 = and i1 %1050, %1052
	%1054 = fpext float %1049 to double
	%1055 = fadd double %1046, %1054
	%1056 = select i1 %1053, double %1055, double %1046
	%1057 = add i32 %1048, 1
	%1058 = select i1 %1053, i32 %1057, i32 %1048
	%1059 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 5, i32 31)
	%1060 = fcmp olt double %1056, 0x3FECCCCCCCCCCCCD
	%1061 = add i32 %988, 5
	%1062 = icmp slt i32 %1061, %218
	%1063 = and i1 %1060, %1062
	%1064 = fpext float %1059 to double
	%1065 = fadd double %1056, %1064
	%1066 = select i1 %1063, double %1065, double %1056
	%1067 = add i32 %1058, 1
	%1068 = select i1 %1063, i32 %1067, i32 %1058
	%1069 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 6, i32 31)
	%1070 = fcmp olt double %1066, 0x3FECCCCCCCCCCCCD
	%1071 = add i32 %988, 6
	%1072 = icmp slt i32 %1071, %218
	%1073 = and i1 %1070, %1072
	%1074 = fpext float %1069 to double
	%1075 = fadd double %1066, %1074
	%1076 = select i1 %1073, double %1075, double %1066
	%1077 = add i32 %1068, 1
	%1078 = select i1 %1073, i32 %1077, i32 %1068
	%1079 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 7, i32 31)
	%1080 = fcmp olt double %1076, 0x3FECCCCCCCCCCCCD
	%1081 = add i32 %988, 7
	%1082 = icmp slt i32 %1081, %218
	%1083 = and i1 %1080, %1082
	%1084 = fpext float %1079 to double
	%1085 = fadd double %1076, %1084
	%1086 = select i1 %1083, double %1085, double %1076
	%1087 = add i32 %1078, 1
	%1088 = select i1 %1083, i32 %1087, i32 %1078
	%1089 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 8, i32 31)
	%1090 = fcmp olt double %1086, 0x3FECCCCCCCCCCCCD
	%1091 = add i32 %988, 8
	%1092 = icmp slt i32 %1091, %218
	%1093 = and i1 %1090, %1092
	%1094 = fpext float %1089 to double
	%1095 = fadd double %1086, %1094
	%1096 = select i1 %1093, double %1095, double %1086
	%1097 = add i32 %1088, 1
	%1098 = select i1 %1093, i32 %1097, i32 %1088
	%1099 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 9, i32 31)
	%1100 = fcmp olt double %1096, 0x3FECCCCCCCCCCCCD
	%1101 = add i32 %988, 9
	%1102 = icmp slt i32 %1101, %218
	%1103 = and i1 %1100, %1102
	%1104 = fpext float %1099 to double
	%1105 = fadd double %1096, %1104
	%1106 = select i1 %1103, double %1105, double %1096
	%1107 = add i32 %1098, 1
	%1108 = select i1 %1103, i32 %1107, i32 %1098
	%1109 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 10, i32 31)
	%1110 = fcmp olt double %1106, 0x3FECCCCCCCCCCCCD
	%1111 = add i32 %988, 10
	%1112 = icmp slt i32 %1111, %218
	%1113 = and i1 %1110, %1112
	%1114 = fpext float %1109 to double
	%1115 = fadd double %1106, %1114
	%1116 = select i1 %1113, double %1115, double %1106
	%1117 = add i32 %1108, 1
	%1118 = select i1 %1113, i32 %1117, i32 %1108
	%1119 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 11, i32 31)
	%1120 = fcmp olt double %1116, 0x3FECCCCCCCCCCCCD
	%1121 = add i32 %988, 11
	%1122 = icmp slt i32 %1121, %218
	%1123 = and i1 %1120, %1122
	%1124 = fpext float %1119 to double
	%1125 = fadd double %1116, %1124
	%1126 = select i1 %1123, double %1125, double %1116
	%1127 = add i32 %1118, 1
	%1128 = select i1 %1123, i32 %1127, i32 %1118
	%1129 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 12, i32 31)
	%1130 = fcmp olt double %1126, 0x3FECCCCCCCCCCCCD
	%1131 = add i32 %988, 12
	%1132 = icmp slt i32 %1131, %218
	%1133 = and i1 %1130, %1132
	%1134 = fpext float %1129 to double
	%1135 = fadd double %1126, %1134
	%1136 = select i1 %1133, double %1135, double %1126
	%1137 = add i32 %1128, 1
	%1138 = select i1 %1133, i32 %1137, i32 %1128
	%1139 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 13, i32 31)
	%1140 = fcmp olt double %1136, 0x3FECCCCCCCCCCCCD
	%1141 = add i32 %988, 13
	%1142 = icmp slt i32 %1141, %218
	%1143 = and i1 %1140, %1142
	%1144 = fpext float %1139 to double
	%1145 = fadd double %1136, %1144
	%1146 = select i1 %1143, double %1145, double %1136
	%1147 = add i32 %1138, 1
	%1148 = select i1 %1143, i32 %1147, i32 %1138
	%1149 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 14, i32 31)
	%1150 = fcmp olt double %1146, 0x3FECCCCCCCCCCCCD
	%1151 = add i32 %988, 14
	%1152 = icmp slt i32 %1151, %218
	%1153 = and i1 %1150, %1152
	%1154 = fpext float %1149 to double
	%1155 = fadd double %1146, %1154
	%1156 = select i1 %1153, double %1155, double %1146
	%1157 = add i32 %1148, 1
	%1158 = select i1 %1153, i32 %1157, i32 %1148
	%1159 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 15, i32 31)
	%1160 = fcmp olt double %1156, 0x3FECCCCCCCCCCCCD
	%1161 = add i32 %988, 15
	%1162 = icmp slt i32 %1161, %218
	%1163 = and i1 %1160, %1162
	%1164 = fpext float %1159 to double
	%1165 = fadd double %1156, %1164
	%1166 = select i1 %1163, double %1165, double %1156
	%1167 = add i32 %1158, 1
	%1168 = select i1 %1163, i32 %1167, i32 %1158
	%1169 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 16, i32 31)
	%1170 = fcmp olt double %1166, 0x3FECCCCCCCCCCCCD
	%1171 = add i32 %988, 16
	%1172 = icmp slt i32 %1171, %218
	%1173 = and i1 %1170, %1172
	%1174 = fpext float %1169 to double
	%1175 = fadd double %1166, %1174
	%1176 = select i1 %1173, double %1175, double %1166
	%1177 = add i32 %1168, 1
	%1178 = select i1 %1173, i32 %1177, i32 %1168
	%1179 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 17, i32 31)
	%1180 = fcmp olt double %1176, 0x3FECCCCCCCCCCCCD
	%1181 = add i32 %988, 17
	%1182 = icmp slt i32 %1181, %218
	%1183 = and i1 %1180, %1182
	%1184 = fpext float %1179 to double
	%1185 = fadd double %1176, %1184
	%1186 = select i1 %1183, double %1185, double %1176
	%1187 = add i32 %1178, 1
	%1188 = select i1 %1183, i32 %1187, i32 %1178
	%1189 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 18, i32 31)
	%1190 = fcmp olt double %1186, 0x3FECCCCCCCCCCCCD
	%1191 = add i32 %988, 18
	%1192 = icmp slt i32 %1191, %218
	%1193 = and i1 %1190, %1192
	%1194 = fpext float %1189 to double
	%1195 = fadd double %1186, %1194
	%1196 = select i1 %1193, double %1195, double %1186
	%1197 = add i32 %1188, 1
	%1198 = select i1 %1193, i32 %1197, i32 %1188
	%1199 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 19, i32 31)
	%1200 = fcmp olt double %1196, 0x3FECCCCCCCCCCCCD
	%1201 = add i32 %988, 19
	%1202 = icmp slt i32 %1201, %218
	%1203 = and i1 %1200, %1202
	%1204 = fpext float %1199 to double
	%1205 = fadd double %1196, %1204
	%1206 = select i1 %1203, double %1205, double %1196
	%1207 = add i32 %1198, 1
	%1208 = select i1 %1203, i32 %1207, i32 %1198
	%1209 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 20, i32 31)
	%1210 = fcmp olt double %1206, 0x3FECCCCCCCCCCCCD
	%1211 = add i32 %988, 20
	%1212 = icmp slt i32 %1211, %218
	%1213 = and i1 %1210, %1212
	%1214 = fpext float %1209 to double
	%1215 = fadd double %1206, %1214
	%1216 = select i1 %1213, double %1215, double %1206
	%1217 = add i32 %1208, 1
	%1218 = select i1 %1213, i32 %1217, i32 %1208
	%1219 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 21, i32 31)
	%1220 = fcmp olt double %1216, 0x3FECCCCCCCCCCCCD
	%1221 = add i32 %988, 21
	%1222 = icmp slt i32 %1221, %218
	%1223 = and i1 %1220, %1222
	%1224 = fpext float %1219 to double
	%1225 = fadd double %1216, %1224
	%1226 = select i1 %1223, double %1225, double %1216
	%1227 = add i32 %1218, 1
	%1228 = select i1 %1223, i32 %1227, i32 %1218
	%1229 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 22, i32 31)
	%1230 = fcmp olt double %1226, 0x3FECCCCCCCCCCCCD
	%1231 = add i32 %988, 22
	%1232 = icmp slt i32 %1231, %218
	%1233 = and i1 %1230, %1232
	%1234 = fpext float %1229 to double
	%1235 = fadd double %1226, %1234
	%1236 = select i1 %1233, double %1235, double %1226
	%1237 = add i32 %1228, 1
	%1238 = select i1 %1233, i32 %1237, i32 %1228
	%1239 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 23, i32 31)
	%1240 = fcmp olt double %1236, 0x3FECCCCCCCCCCCCD
	%1241 = add i32 %988, 23
	%1242 = icmp slt i32 %1241, %218
	%1243 = and i1 %1240, %1242
	%1244 = fpext float %1239 to double
	%1245 = fadd double %1236, %1244
	%1246 = select i1 %1243, double %1245, double %1236
	%1247 = add i32 %1238, 1
	%1248 = select i1 %1243, i32 %1247, i32 %1238
	%1249 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 24, i32 31)
	%1250 = fcmp olt double %1246, 0x3FECCCCCCCCCCCCD
	%1251 = add i32 %988, 24
	%1252 = icmp slt i32 %1251, %218
	%1253 = and i1 %1250, %1252
	%1254 = fpext float %1249 to double
	%1255 = fadd double %1246, %1254
	%1256 = select i1 %1253, double %1255, double %1246
	%1257 = add i32 %1248, 1
	%1258 = select i1 %1253, i32 %1257, i32 %1248
	%1259 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 25, i32 31)
	%1260 = fcmp olt double %1256, 0x3FECCCCCCCCCCCCD
	%1261 = add i32 %988, 25
	%1262 = icmp slt i32 %1261, %218
	%1263 = and i1 %1260, %1262
	%1264 = fpext float %1259 to double
	%1265 = fadd double %1256, %1264
	%1266 = select i1 %1263, double %1265, double %1256
	%1267 = add i32 %1258, 1
	%1268 = select i1 %1263, i32 %1267, i32 %1258
	%1269 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 26, i32 31)
	%1270 = fcmp olt double %1266, 0x3FECCCCCCCCCCCCD
	%1271 = add i32 %988, 26
	%1272 = icmp slt i32 %1271, %218
	%1273 = and i1 %1270, %1272
	%1274 = fpext float %1269 to double
	%1275 = fadd double %1266, %1274
	%1276 = select i1 %1273, double %1275, double %1266
	%1277 = add i32 %1268, 1
	%1278 = select i1 %1273, i32 %1277, i32 %1268
	%1279 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 27, i32 31)
	%1280 = fcmp olt double %1276, 0x3FECCCCCCCCCCCCD
	%1281 = add i32 %988, 27
	%1282 = icmp slt i32 %1281, %218
	%1283 = and i1 %1280, %1282
	%1284 = fpext float %1279 to double
	%1285 = fadd double %1276, %1284
	%1286 = select i1 %1283, double %1285, double %1276
	%1287 = add i32 %1278, 1
	%1288 = select i1 %1283, i32 %1287, i32 %1278
	%1289 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 28, i32 31)
	%1290 = fcmp olt double %1286, 0x3FECCCCCCCCCCCCD
	%1291 = add i32 %988, 28
	%1292 = icmp slt i32 %1291, %218
	%1293 = and i1 %1290, %1292
	%1294 = fpext float %1289 to double
	%1295 = fadd double %1286, %1294
	%1296 = select i1 %1293, double %1295, double %1286
	%1297 = add i32 %1288, 1
	%1298 = select i1 %1293, i32 %1297, i32 %1288
	%1299 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 29, i32 31)
	%1300 = fcmp olt double %1296, 0x3FECCCCCCCCCCCCD
	%1301 = add i32 %988, 29
	%1302 = icmp slt i32 %1301, %218
	%1303 = and i1 %1300, %1302
	%1304 = fpext float %1299 to double
	%1305 = fadd double %1296, %1304
	%1306 = select i1 %1303, double %1305, double %1296
	%1307 = add i32 %1298, 1
	%1308 = select i1 %1303, i32 %1307, i32 %1298
	%1309 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 30, i32 31)
	%1310 = fcmp olt double %1306, 0x3FECCCCCCCCCCCCD
	%1311 = add i32 %988, 30
	%1312 = icmp slt i32 %1311, %218
	%1313 = and i1 %1310, %1312
	%1314 = fpext float %1309 to double
	%1315 = fadd double %1306, %1314
	%1316 = select i1 %1313, double %1315, double %1306
	%1317 = add i32 %1308, 1
	%1318 = select i1 %1313, i32 %1317, i32 %1308
	%1319 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 31, i32 31)
	%1320 = fcmp olt double %1316, 0x3FECCCCCCCCCCCCD
	%1321 = add i32 %988, 31
	%1322 = icmp slt i32 %1321, %218
	%1323 = and i1 %1320, %1322
	%1324 = fpext float %1319 to double
	%1325 = fadd double %1316, %1324
	%1326 = select i1 %1323, double %1325, double %1316
	%1327 = add i32 %1318, 1
	%1328 = select i1 %1323, i32 %1327, i32 %1318
	%1329 = add i32 %988, 32
	br label %987

1330:
	%1331 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 1
	store i32 %990, i32 addrspace(3)* %1331
	%1332 = fcmp oge double %989, 0x3FECCCCCCCCCCCCD
	%1333 = zext i1 %1332 to i32
	%1334 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 2
	store i32 %1333, i32 addrspace(3)* %1334
	br label %1335

1335:
	br label %976

1336:
	%1337 = phi i32 [ %223, %mass_done ], [ %1347, %1339 ]
	%1338 = icmp slt i32 %1337, %NK
	br i1 %1338, label %1339, label %1348

1339:
	%1340 = add i32 %13, %1337
	%1341 = sext i32 %1340 to i64
	%1342 = getelementptr i32, i32* %list, i64 %1341
	store i32 -1, i32* %1342
	%1343 = add i32 %13, %NK
	%1344 = add i32 %1343, %1337
	%1345 = sext i32 %1344 to i64
	%1346 = getelementptr i32, i32* %list, i64 %1345
	store i32 -1, i32* %1346
	%1347 = add i32 %1337, 256
	br label %1336

1348:
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
	%63 = add i32 %62, 127
	%64 = sdiv i32 %63, 128
	br label %65

65:
	%66 = phi i32 [ 0, %entry ], [ %2929, %2928 ]
	%67 = phi float [ 0xFFF0000000000000, %entry ], [ %2365, %2928 ]
	%68 = phi float [ 0xFFF0000000000000, %entry ], [ %2518, %2928 ]
	%69 = phi float [ 0.0, %entry ], [ %2466, %2928 ]
	%70 = phi float [ 0.0, %entry ], [ %2619, %2928 ]
	%71 = icmp slt i32 %66, %64
	br i1 %71, label %72, label %76

72:
	%73 = mul i32 %66, 128
	%74 = lshr i32 %4, 2
	%75 = mul i32 %74, u0x2000
	br label %88

76:
	%77 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %69, i32 1, i32 31)
	%78 = fadd float %69, %77
	%79 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %78, i32 2, i32 31)
	%80 = fadd float %78, %79
	%81 = mul i32 %4, 16
	%82 = add i32 %6, 0
	%83 = add i32 %81, %82
	%84 = add i32 %3, %83
	%85 = icmp slt i32 %84, %R
	%86 = icmp eq i32 %7, 0
	%87 = and i1 %85, %86
	br i1 %87, label %2930, label %2943

88:
	%89 = phi i32 [ 0, %72 ], [ %728, %155 ]
	%90 = phi float [ 0.0, %72 ], [ %664, %155 ]
	%91 = phi float [ 0.0, %72 ], [ %665, %155 ]
	%92 = phi float [ 0.0, %72 ], [ %666, %155 ]
	%93 = phi float [ 0.0, %72 ], [ %667, %155 ]
	%94 = phi float [ 0.0, %72 ], [ %668, %155 ]
	%95 = phi float [ 0.0, %72 ], [ %669, %155 ]
	%96 = phi float [ 0.0, %72 ], [ %670, %155 ]
	%97 = phi float [ 0.0, %72 ], [ %671, %155 ]
	%98 = phi float [ 0.0, %72 ], [ %672, %155 ]
	%99 = phi float [ 0.0, %72 ], [ %673, %155 ]
	%100 = phi float [ 0.0, %72 ], [ %674, %155 ]
	%101 = phi float [ 0.0, %72 ], [ %675, %155 ]
	%102 = phi float [ 0.0, %72 ], [ %676, %155 ]
	%103 = phi float [ 0.0, %72 ], [ %677, %155 ]
	%104 = phi float [ 0.0, %72 ], [ %678, %155 ]
	%105 = phi float [ 0.0, %72 ], [ %679, %155 ]
	%106 = phi float [ 0.0, %72 ], [ %680, %155 ]
	%107 = phi float [ 0.0, %72 ], [ %681, %155 ]
	%108 = phi float [ 0.0, %72 ], [ %682, %155 ]
	%109 = phi float [ 0.0, %72 ], [ %683, %155 ]
	%110 = phi float [ 0.0, %72 ], [ %684, %155 ]
	%111 = phi float [ 0.0, %72 ], [ %685, %155 ]
	%112 = phi float [ 0.0, %72 ], [ %686, %155 ]
	%113 = phi float [ 0.0, %72 ], [ %687, %155 ]
	%114 = phi float [ 0.0, %72 ], [ %688, %155 ]
	%115 = phi float [ 0.0, %72 ], [ %689, %155 ]
	%116 = phi float [ 0.0, %72 ], [ %690, %155 ]
	%117 = phi float [ 0.0, %72 ], [ %691, %155 ]
	%118 = phi float [ 0.0, %72 ], [ %692, %155 ]
	%119 = phi float [ 0.0, %72 ], [ %693, %155 ]
	%120 = phi float [ 0.0, %72 ], [ %694, %155 ]
	%121 = phi float [ 0.0, %72 ], [ %695, %155 ]
	%122 = phi float [ 0.0, %72 ], [ %696, %155 ]
	%123 = phi float [ 0.0, %72 ], [ %697, %155 ]
	%124 = phi float [ 0.0, %72 ], [ %698, %155 ]
	%125 = phi float [ 0.0, %72 ], [ %699, %155 ]
	%126 = phi float [ 0.0, %72 ], [ %700, %155 ]
	%127 = phi float [ 0.0, %72 ], [ %701, %155 ]
	%128 = phi float [ 0.0, %72 ], [ %702, %155 ]
	%129 = phi float [ 0.0, %72 ], [ %703, %155 ]
	%130 = phi float [ 0.0, %72 ], [ %704, %155 ]
	%131 = phi float [ 0.0, %72 ], [ %705, %155 ]
	%132 = phi float [ 0.0, %72 ], [ %706, %155 ]
	%133 = phi float [ 0.0, %72 ], [ %707, %155 ]
	%134 = phi float [ 0.0, %72 ], [ %708, %155 ]
	%135 = phi float [ 0.0, %72 ], [ %709, %155 ]
	%136 = phi float [ 0.0, %72 ], [ %710, %155 ]
	%137 = phi float [ 0.0, %72 ], [ %711, %155 ]
	%138 = phi float [ 0.0, %72 ], [ %712, %155 ]
	%139 = phi float [ 0.0, %72 ], [ %713, %155 ]
	%140 = phi float [ 0.0, %72 ], [ %714, %155 ]
	%141 = phi float [ 0.0, %72 ], [ %715, %155 ]
	%142 = phi float [ 0.0, %72 ], [ %716, %155 ]
	%143 = phi float [ 0.0, %72 ], [ %717, %155 ]
	%144 = phi float [ 0.0, %72 ], [ %718, %155 ]
	%145 = phi float [ 0.0, %72 ], [ %719, %155 ]
	%146 = phi float [ 0.0, %72 ], [ %720, %155 ]
	%147 = phi float [ 0.0, %72 ], [ %721, %155 ]
	%148 = phi float [ 0.0, %72 ], [ %722, %155 ]
	%149 = phi float [ 0.0, %72 ], [ %723, %155 ]
	%150 = phi float [ 0.0, %72 ], [ %724, %155 ]
	%151 = phi float [ 0.0, %72 ], [ %725, %155 ]
	%152 = phi float [ 0.0, %72 ], [ %726, %155 ]
	%153 = phi float [ 0.0, %72 ], [ %727, %155 ]
	%154 = icmp slt i32 %89, 8
	br i1 %154, label %155, label %729

155:
	%156 = sdiv i32 %89, 1
	%157 = srem i32 %89, 1
	%158 = mul i32 %157, 64
	%159 = sub i32 7, %156
	%160 = add i32 %0, 0
	%161 = lshr i32 %160, 3
	%162 = and i32 %160, 7
	%163 = add i32 %3, %161
	%164 = mul i32 %163, 8
	%165 = add i32 %164, %159
	%166 = icmp slt i32 %165, %M
	%167 = select i1 %166, i32 %165, i32 0
	%168 = mul i32 %167, 64
	%169 = add i32 %168, %158
	%170 = mul i32 %162, 8
	%171 = add i32 %169, %170
	%172 = lshr i32 %162, 3
	%173 = mul i32 %172, u0x4000
	%174 = and i32 %162, 7
	%175 = and i32 %161, 7
	%176 = xor i32 %174, %175
	%177 = mul i32 %161, 128
	%178 = shl i32 %176, 4
	%179 = add i32 %177, %178
	%180 = add i32 %173, %179
	%181 = add i32 %19, %180
	%182 = sext i32 %171 to i64
	%183 = getelementptr i16, i16* %12, i64 %182
	%184 = select i1 %166, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %181, i16* %183, i32 %184)
	%185 = add i32 %0, 256
	%186 = lshr i32 %185, 3
	%187 = and i32 %185, 7
	%188 = add i32 %3, %186
	%189 = mul i32 %188, 8
	%190 = add i32 %189, %159
	%191 = icmp slt i32 %190, %M
	%192 = select i1 %191, i32 %190, i32 0
	%193 = mul i32 %192, 64
	%194 = add i32 %193, %158
	%195 = mul i32 %187, 8
	%196 = add i32 %194, %195
	%197 = lshr i32 %187, 3
	%198 = mul i32 %197, u0x4000
	%199 = and i32 %187, 7
	%200 = and i32 %186, 7
	%201 = xor i32 %199, %200
	%202 = mul i32 %186, 128
	%203 = shl i32 %201, 4
	%204 = add i32 %202, %203
	%205 = add i32 %198, %204
	%206 = add i32 %19, %205
	%207 = sext i32 %196 to i64
	%208 = getelementptr i16, i16* %12, i64 %207
	%209 = select i1 %191, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %206, i16* %208, i32 %209)
	%210 = add i32 %0, 512
	%211 = lshr i32 %210, 3
	%212 = and i32 %210, 7
	%213 = add i32 %3, %211
	%214 = mul i32 %213, 8
	%215 = add i32 %214, %159
	%216 = icmp slt i32 %215, %M
	%217 = select i1 %216, i32 %215, i32 0
	%218 = mul i32 %217, 64
	%219 = add i32 %218, %158
	%220 = mul i32 %212, 8
	%221 = add i32 %219, %220
	%222 = lshr i32 %212, 3
	%223 = mul i32 %222, u0x4000
	%224 = and i32 %212, 7
	%225 = and i32 %211, 7
	%226 = xor i32 %224, %225
	%227 = mul i32 %211, 128
	%228 = shl i32 %226, 4
	%229 = add i32 %227, %228
	%230 = add i32 %223, %229
	%231 = add i32 %19, %230
	%232 = sext i32 %221 to i64
	%233 = getelementptr i16, i16* %12, i64 %232
	%234 = select i1 %216, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %231, i16* %233, i32 %234)
	%235 = add i32 %0, 768
	%236 = lshr i32 %235, 3
	%237 = and i32 %235, 7
	%238 = add i32 %3, %236
	%239 = mul i32 %238, 8
	%240 = add i32 %239, %159
	%241 = icmp slt i32 %240, %M
	%242 = select i1 %241, i32 %240, i32 0
	%243 = mul i32 %242, 64
	%244 = add i32 %243, %158
	%245 = mul i32 %237, 8
	%246 = add i32 %244, %245
	%247 = lshr i32 %237, 3
	%248 = mul i32 %247, u0x4000
	%249 = and i32 %237, 7
	%250 = and i32 %236, 7
	%251 = xor i32 %249, %250
	%252 = mul i32 %236, 128
	%253 = shl i32 %251, 4
	%254 = add i32 %252, %253
	%255 = add i32 %248, %254
	%256 = add i32 %19, %255
	%257 = sext i32 %246 to i64
	%258 = getelementptr i16, i16* %12, i64 %257
	%259 = select i1 %241, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %256, i16* %258, i32 %259)
	%260 = add i32 %0, 0
	%261 = lshr i32 %260, 3
	%262 = and i32 %260, 7
	%263 = add i32 %73, %261
	%264 = mul i32 %263, 8
	%265 = add i32 %264, %156
	%266 = icmp slt i32 %265, %N
	%267 = select i1 %266, i32 %265, i32 0
	%268 = mul i32 %267, 64
	%269 = add i32 %268, %158
	%270 = mul i32 %262, 8
	%271 = add i32 %269, %270
	%272 = lshr i32 %262, 3
	%273 = mul i32 %272, u0x4000
	%274 = and i32 %262, 7
	%275 = and i32 %261, 7
	%276 = xor i32 %274, %275
	%277 = mul i32 %261, 128
	%278 = shl i32 %276, 4
	%279 = add i32 %277, %278
	%280 = add i32 %273, %279
	%281 = add i32 %20, %280
	%282 = sext i32 %271 to i64
	%283 = getelementptr i16, i16* %16, i64 %282
	%284 = select i1 %266, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %281, i16* %283, i32 %284)
	%285 = add i32 %0, 256
	%286 = lshr i32 %285, 3
	%287 = and i32 %285, 7
	%288 = add i32 %73, %286
	%289 = mul i32 %288, 8
	%290 = add i32 %289, %156
	%291 = icmp slt i32 %290, %N
	%292 = select i1 %291, i32 %290, i32 0
	%293 = mul i32 %292, 64
	%294 = add i32 %293, %158
	%295 = mul i32 %287, 8
	%296 = add i32 %294, %295
	%297 = lshr i32 %287, 3
	%298 = mul i32 %297, u0x4000
	%299 = and i32 %287, 7
	%300 = and i32 %286, 7
	%301 = xor i32 %299, %300
	%302 = mul i32 %286, 128
	%303 = shl i32 %301, 4
	%304 = add i32 %302, %303
	%305 = add i32 %298, %304
	%306 = add i32 %20, %305
	%307 = sext i32 %296 to i64
	%308 = getelementptr i16, i16* %16, i64 %307
	%309 = select i1 %291, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %306, i16* %308, i32 %309)
	%310 = add i32 %0, 512
	%311 = lshr i32 %310, 3
	%312 = and i32 %310, 7
	%313 = add i32 %73, %311
	%314 = mul i32 %313, 8
	%315 = add i32 %314, %156
	%316 = icmp slt i32 %315, %N
	%317 = select i1 %316, i32 %315, i32 0
	%318 = mul i32 %317, 64
	%319 = add i32 %318, %158
	%320 = mul i32 %312, 8
	%321 = add i32 %319, %320
	%322 = lshr i32 %312, 3
	%323 = mul i32 %322, u0x4000
	%324 = and i32 %312, 7
	%325 = and i32 %311, 7
	%326 = xor i32 %324, %325
	%327 = mul i32 %311, 128
	%328 = shl i32 %326, 4
	%329 = add i32 %327, %328
	%330 = add i32 %323, %329
	%331 = add i32 %20, %330
	%332 = sext i32 %321 to i64
	%333 = getelementptr i16, i16* %16, i64 %332
	%334 = select i1 %316, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %331, i16* %333, i32 %334)
	%335 = add i32 %0, 768
	%336 = lshr i32 %335, 3
	%337 = and i32 %335, 7
	%338 = add i32 %73, %336
	%339 = mul i32 %338, 8
	%340 = add i32 %339, %156
	%341 = icmp slt i32 %340, %N
	%342 = select i1 %341, i32 %340, i32 0
	%343 = mul i32 %342, 64
	%344 = add i32 %343, %158
	%345 = mul i32 %337, 8
	%346 = add i32 %344, %345
	%347 = lshr i32 %337, 3
	%348 = mul i32 %347, u0x4000
	%349 = and i32 %337, 7
	%350 = and i32 %336, 7
	%351 = xor i32 %349, %350
	%352 = mul i32 %336, 128
	%353 = shl i32 %351, 4
	%354 = add i32 %352, %353
	%355 = add i32 %348, %354
	%356 = add i32 %20, %355
	%357 = sext i32 %346 to i64
	%358 = getelementptr i16, i16* %16, i64 %357
	%359 = select i1 %341, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %356, i16* %358, i32 %359)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%360 = add i32 %19, %75
	%361 = add i32 %360, 0
	%362 = zext i32 %361 to i64
	%363 = lshr i64 %362, 4
	%364 = and i64 %363, u0x3FFF
	%365 = or i64 %364, u0x4000004000010000
	%366 = add i32 %20, 0
	%367 = zext i32 %366 to i64
	%368 = lshr i64 %367, 4
	%369 = and i64 %368, u0x3FFF
	%370 = or i64 %369, u0x4000004000010000
	%371 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %90, float %91, float %92, float %93, float %94, float %95, float %96, float %97, float %98, float %99, float %100, float %101, float %102, float %103, float %104, float %105, float %106, float %107, float %108, float %109, float %110, float %111, float %112, float %113, float %114, float %115, float %116, float %117, float %118, float %119, float %120, float %121, float %122, float %123, float %124, float %125, float %126, float %127, float %128, float %129, float %130, float %131, float %132, float %133, float %134, float %135, float %136, float %137, float %138, float %139, float %140, float %141, float %142, float %143, float %144, float %145, float %146, float %147, float %148, float %149, float %150, float %151, float %152, float %153, i64 %365, i64 %370, i32 1)
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 0
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 1
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 2
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 3
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 4
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 5
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 6
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 7
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 8
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 9
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 10
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 11
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 12
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 13
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 14
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 15
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 16
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 17
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 18
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 19
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 20
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 21
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 22
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 23
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 24
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 25
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 26
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 27
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 28
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 29
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 30
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 31
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 32
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 33
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 34
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 35
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 36
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 37
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 38
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 39
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 40
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 41
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 42
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 43
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 44
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 45
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 46
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 47
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 48
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 49
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 50
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 51
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 52
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 53
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 54
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 55
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 56
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 57
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 58
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 59
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 60
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 61
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 62
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 63
	%436 = add i32 %19, %75
	%437 = add i32 %436, 32
	%438 = zext i32 %437 to i64
	%439 = lshr i64 %438, 4
	%440 = and i64 %439, u0x3FFF
	%441 = or i64 %440, u0x4000004000010000
	%442 = add i32 %20, 32
	%443 = zext i32 %442 to i64
	%444 = lshr i64 %443, 4
	%445 = and i64 %444, u0x3FFF
	%446 = or i64 %445, u0x4000004000010000
	%447 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, i64 %441, i64 %446, i32 1)
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 3
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 4
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 5
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 6
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 7
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 8
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 9
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 10
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 11
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 12
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 13
	%462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 14
	%463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 15
	%464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 16
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 17
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 18
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 19
	%468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 20
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 21
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 22
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 23
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 24
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 25
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 26
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 27
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 28
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 29
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 30
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 31
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 32
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 33
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 34
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 35
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 36
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 37
	%486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 38
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 39
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 40
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 41
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 42
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 43
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 44
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 45
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 46
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 47
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 48
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 49
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 50
	%499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 51
	%500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 52
	%501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 53
	%502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 54
	%503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 55
	%504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 56
	%505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 57
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 58
	%507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 59
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 60
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 61
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 62
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 63
	%512 = add i32 %19, %75
	%513 = add i32 %512, 64
	%514 = zext i32 %513 to i64
	%515 = lshr i64 %514, 4
	%516 = and i64 %515, u0x3FFF
	%517 = or i64 %516, u0x4000004000010000
	%518 = add i32 %20, 64
	%519 = zext i32 %518 to i64
	%520 = lshr i64 %519, 4
	%521 = and i64 %520, u0x3FFF
	%522 = or i64 %521, u0x4000004000010000
	%523 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, float %497, float %498, float %499, float %500, float %501, float %502, float %503, float %504, float %505, float %506, float %507, float %508, float %509, float %510, float %511, i64 %517, i64 %522, i32 1)
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 0
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 1
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 2
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 3
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 4
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 5
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 6
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 7
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 8
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 9
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 10
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 11
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 12
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 13
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 14
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 15
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 16
	%541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 17
	%542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 18
	%543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 19
	%544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 20
	%545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 21
	%546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 22
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 23
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 24
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 25
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 26
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 27
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 28
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 29
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 30
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 31
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 32
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 33
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 34
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 35
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 36
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 37
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 38
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 39
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 40
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 41
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 42
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 43
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 44
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 45
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 46
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 47
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 48
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 49
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 50
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 51
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 52
	%577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 53
	%578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 54
	%579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 55
	%580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 56
	%581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 57
	%582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 58
	%583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 59
	%584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 60
	%585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 61
	%586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 62
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %523, 63
	%588 = add i32 %19, %75
	%589 = add i32 %588, 96
	%590 = zext i32 %589 to i64
	%591 = lshr i64 %590, 4
	%592 = and i64 %591, u0x3FFF
	%593 = or i64 %592, u0x4000004000010000
	%594 = add i32 %20, 96
	%595 = zext i32 %594 to i64
	%596 = lshr i64 %595, 4
	%597 = and i64 %596, u0x3FFF
	%598 = or i64 %597, u0x4000004000010000
	%599 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %540, float %541, float %542, float %543, float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, float %587, i64 %593, i64 %598, i32 1)
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 0
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 1
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 2
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 3
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 4
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 5
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 6
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 7
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 8
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 9
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 10
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 11
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 12
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 13
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 14
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 15
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 16
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 17
	%618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 18
	%619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 19
	%620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 20
	%621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 21
	%622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 22
	%623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 23
	%624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 24
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 25
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 26
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 27
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 28
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 29
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 30
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 31
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 32
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 33
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 34
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 35
	%636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 36
	%637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 37
	%638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 38
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 39
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 40
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 41
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 42
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 43
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 44
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 45
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 46
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 47
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 48
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 49
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 50
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 51
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 52
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 53
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 54
	%655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 55
	%656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 56
	%657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 57
	%658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 58
	%659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 59
	%660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 60
	%661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 61
	%662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 62
	%663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 63
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%715 = call float asm sideeffect "", "=f,0"(float %651)
	%716 = call float asm sideeffect "", "=f,0"(float %652)
	%717 = call float asm sideeffect "", "=f,0"(float %653)
	%718 = call float asm sideeffect "", "=f,0"(float %654)
	%719 = call float asm sideeffect "", "=f,0"(float %655)
	%720 = call float asm sideeffect "", "=f,0"(float %656)
	%721 = call float asm sideeffect "", "=f,0"(float %657)
	%722 = call float asm sideeffect "", "=f,0"(float %658)
	%723 = call float asm sideeffect "", "=f,0"(float %659)
	%724 = call float asm sideeffect "", "=f,0"(float %660)
	%725 = call float asm sideeffect "", "=f,0"(float %661)
	%726 = call float asm sideeffect "", "=f,0"(float %662)
	%727 = call float asm sideeffect "", "=f,0"(float %663)
	call void @llvm.nvvm.barrier0()
	%728 = add i32 %89, 1
	br label %88

729:
	%730 = mul i32 %4, 16
	%731 = add i32 %6, 0
	%732 = add i32 %730, %731
	%733 = add i32 %3, %732
	%734 = shl i32 %7, 1
	%735 = add i32 0, %734
	%736 = add i32 %73, %735
	%737 = icmp slt i32 %733, %R
	%738 = icmp slt i32 %736, %T
	%739 = and i1 %737, %738
	%740 = mul i32 %733, 8
	%741 = add i32 %740, 7
	%742 = sub i32 %N, %M
	%743 = add i32 %741, %742
	%744 = icmp slt i32 %743, 0
	%745 = sub i32 0, %743
	%746 = add i32 %745, 7
	%747 = sdiv i32 %746, 8
	%748 = sub i32 0, %747
	%749 = sdiv i32 %743, 8
	%750 = select i1 %744, i32 %748, i32 %749
	%751 = icmp sle i32 %736, %750
	%752 = and i1 %739, %751
	%753 = fmul float %90, 0x3F97154760000000
	%754 = select i1 %752, float %753, float 0xFFF0000000000000
	%755 = mul i32 %4, 16
	%756 = add i32 %6, 0
	%757 = add i32 %755, %756
	%758 = add i32 %3, %757
	%759 = shl i32 %7, 1
	%760 = add i32 1, %759
	%761 = add i32 %73, %760
	%762 = icmp slt i32 %758, %R
	%763 = icmp slt i32 %761, %T
	%764 = and i1 %762, %763
	%765 = mul i32 %758, 8
	%766 = add i32 %765, 7
	%767 = sub i32 %N, %M
	%768 = add i32 %766, %767
	%769 = icmp slt i32 %768, 0
	%770 = sub i32 0, %768
	%771 = add i32 %770, 7
	%772 = sdiv i32 %771, 8
	%773 = sub i32 0, %772
	%774 = sdiv i32 %768, 8
	%775 = select i1 %769, i32 %773, i32 %774
	%776 = icmp sle i32 %761, %775
	%777 = and i1 %764, %776
	%778 = fmul float %91, 0x3F97154760000000
	%779 = select i1 %777, float %778, float 0xFFF0000000000000
	%780 = mul i32 %4, 16
	%781 = add i32 %6, 8
	%782 = add i32 %780, %781
	%783 = add i32 %3, %782
	%784 = shl i32 %7, 1
	%785 = add i32 0, %784
	%786 = add i32 %73, %785
	%787 = icmp slt i32 %783, %R
	%788 = icmp slt i32 %786, %T
	%789 = and i1 %787, %788
	%790 = mul i32 %783, 8
	%791 = add i32 %790, 7
	%792 = sub i32 %N, %M
	%793 = add i32 %791, %792
	%794 = icmp slt i32 %793, 0
	%795 = sub i32 0, %793
	%796 = add i32 %795, 7
	%797 = sdiv i32 %796, 8
	%798 = sub i32 0, %797
	%799 = sdiv i32 %793, 8
	%800 = select i1 %794, i32 %798, i32 %799
	%801 = icmp sle i32 %786, %800
	%802 = and i1 %789, %801
	%803 = fmul float %92, 0x3F97154760000000
	%804 = select i1 %802, float %803, float 0xFFF0000000000000
	%805 = mul i32 %4, 16
	%806 = add i32 %6, 8
	%807 = add i32 %805, %806
	%808 = add i32 %3, %807
	%809 = shl i32 %7, 1
	%810 = add i32 1, %809
	%811 = add i32 %73, %810
	%812 = icmp slt i32 %808, %R
	%813 = icmp slt i32 %811, %T
	%814 = and i1 %812, %813
	%815 = mul i32 %808, 8
	%816 = add i32 %815, 7
	%817 = sub i32 %N, %M
	%818 = add i32 %816, %817
	%819 = icmp slt i32 %818, 0
	%820 = sub i32 0, %818
	%821 = add i32 %820, 7
	%822 = sdiv i32 %821, 8
	%823 = sub i32 0, %822
	%824 = sdiv i32 %818, 8
	%825 = select i1 %819, i32 %823, i32 %824
	%826 = icmp sle i32 %811, %825
	%827 = and i1 %814, %826
	%828 = fmul float %93, 0x3F97154760000000
	%829 = select i1 %827, float %828, float 0xFFF0000000000000
	%830 = mul i32 %4, 16
	%831 = add i32 %6, 0
	%832 = add i32 %830, %831
	%833 = add i32 %3, %832
	%834 = shl i32 %7, 1
	%835 = add i32 8, %834
	%836 = add i32 %73, %835
	%837 = icmp slt i32 %833, %R
	%838 = icmp slt i32 %836, %T
	%839 = and i1 %837, %838
	%840 = mul i32 %833, 8
	%841 = add i32 %840, 7
	%842 = sub i32 %N, %M
	%843 = add i32 %841, %842
	%844 = icmp slt i32 %843, 0
	%845 = sub i32 0, %843
	%846 = add i32 %845, 7
	%847 = sdiv i32 %846, 8
	%848 = sub i32 0, %847
	%849 = sdiv i32 %843, 8
	%850 = select i1 %844, i32 %848, i32 %849
	%851 = icmp sle i32 %836, %850
	%852 = and i1 %839, %851
	%853 = fmul float %94, 0x3F97154760000000
	%854 = select i1 %852, float %853, float 0xFFF0000000000000
	%855 = mul i32 %4, 16
	%856 = add i32 %6, 0
	%857 = add i32 %855, %856
	%858 = add i32 %3, %857
	%859 = shl i32 %7, 1
	%860 = add i32 9, %859
	%861 = add i32 %73, %860
	%862 = icmp slt i32 %858, %R
	%863 = icmp slt i32 %861, %T
	%864 = and i1 %862, %863
	%865 = mul i32 %858, 8
	%866 = add i32 %865, 7
	%867 = sub i32 %N, %M
	%868 = add i32 %866, %867
	%869 = icmp slt i32 %868, 0
	%870 = sub i32 0, %868
	%871 = add i32 %870, 7
	%872 = sdiv i32 %871, 8
	%873 = sub i32 0, %872
	%874 = sdiv i32 %868, 8
	%875 = select i1 %869, i32 %873, i32 %874
	%876 = icmp sle i32 %861, %875
	%877 = and i1 %864, %876
	%878 = fmul float %95, 0x3F97154760000000
	%879 = select i1 %877, float %878, float 0xFFF0000000000000
	%880 = mul i32 %4, 16
	%881 = add i32 %6, 8
	%882 = add i32 %880, %881
	%883 = add i32 %3, %882
	%884 = shl i32 %7, 1
	%885 = add i32 8, %884
	%886 = add i32 %73, %885
	%887 = icmp slt i32 %883, %R
	%888 = icmp slt i32 %886, %T
	%889 = and i1 %887, %888
	%890 = mul i32 %883, 8
	%891 = add i32 %890, 7
	%892 = sub i32 %N, %M
	%893 = add i32 %891, %892
	%894 = icmp slt i32 %893, 0
	%895 = sub i32 0, %893
	%896 = add i32 %895, 7
	%897 = sdiv i32 %896, 8
	%898 = sub i32 0, %897
	%899 = sdiv i32 %893, 8
	%900 = select i1 %894, i32 %898, i32 %899
	%901 = icmp sle i32 %886, %900
	%902 = and i1 %889, %901
	%903 = fmul float %96, 0x3F97154760000000
	%904 = select i1 %902, float %903, float 0xFFF0000000000000
	%905 = mul i32 %4, 16
	%906 = add i32 %6, 8
	%907 = add i32 %905, %906
	%908 = add i32 %3, %907
	%909 = shl i32 %7, 1
	%910 = add i32 9, %909
	%911 = add i32 %73, %910
	%912 = icmp slt i32 %908, %R
	%913 = icmp slt i32 %911, %T
	%914 = and i1 %912, %913
	%915 = mul i32 %908, 8
	%916 = add i32 %915, 7
	%917 = sub i32 %N, %M
	%918 = add i32 %916, %917
	%919 = icmp slt i32 %918, 0
	%920 = sub i32 0, %918
	%921 = add i32 %920, 7
	%922 = sdiv i32 %921, 8
	%923 = sub i32 0, %922
	%924 = sdiv i32 %918, 8
	%925 = select i1 %919, i32 %923, i32 %924
	%926 = icmp sle i32 %911, %925
	%927 = and i1 %914, %926
	%928 = fmul float %97, 0x3F97154760000000
	%929 = select i1 %927, float %928, float 0xFFF0000000000000
	%930 = mul i32 %4, 16
	%931 = add i32 %6, 0
	%932 = add i32 %930, %931
	%933 = add i32 %3, %932
	%934 = shl i32 %7, 1
	%935 = add i32 16, %934
	%936 = add i32 %73, %935
	%937 = icmp slt i32 %933, %R
	%938 = icmp slt i32 %936, %T
	%939 = and i1 %937, %938
	%940 = mul i32 %933, 8
	%941 = add i32 %940, 7
	%942 = sub i32 %N, %M
	%943 = add i32 %941, %942
	%944 = icmp slt i32 %943, 0
	%945 = sub i32 0, %943
	%946 = add i32 %945, 7
	%947 = sdiv i32 %946, 8
	%948 = sub i32 0, %947
	%949 = sdiv i32 %943, 8
	%950 = select i1 %944, i32 %948, i32 %949
	%951 = icmp sle i32 %936, %950
	%952 = and i1 %939, %951
	%953 = fmul float %98, 0x3F97154760000000
	%954 = select i1 %952, float %953, float 0xFFF0000000000000
	%955 = mul i32 %4, 16
	%956 = add i32 %6, 0
	%957 = add i32 %955, %956
	%958 = add i32 %3, %957
	%959 = shl i32 %7, 1
	%960 = add i32 17, %959
	%961 = add i32 %73, %960
	%962 = icmp slt i32 %958, %R
	%963 = icmp slt i32 %961, %T
	%964 = and i1 %962, %963
	%965 = mul i32 %958, 8
	%966 = add i32 %965, 7
	%967 = sub i32 %N, %M
	%968 = add i32 %966, %967
	%969 = icmp slt i32 %968, 0
	%970 = sub i32 0, %968
	%971 = add i32 %970, 7
	%972 = sdiv i32 %971, 8
	%973 = sub i32 0, %972
	%974 = sdiv i32 %968, 8
	%975 = select i1 %969, i32 %973, i32 %974
	%976 = icmp sle i32 %961, %975
	%977 = and i1 %964, %976
	%978 = fmul float %99, 0x3F97154760000000
	%979 = select i1 %977, float %978, float 0xFFF0000000000000
	%980 = mul i32 %4, 16
	%981 = add i32 %6, 8
	%982 = add i32 %980, %981
	%983 = add i32 %3, %982
	%984 = shl i32 %7, 1
	%985 = add i32 16, %984
	%986 = add i32 %73, %985
	%987 = icmp slt i32 %983, %R
	%988 = icmp slt i32 %986, %T
	%989 = and i1 %987, %988
	%990 = mul i32 %983, 8
	%991 = add i32 %990, 7
	%992 = sub i32 %N, %M
	%993 = add i32 %991, %992
	%994 = icmp slt i32 %993, 0
	%995 = sub i32 0, %993
	%996 = add i32 %995, 7
	%997 = sdiv i32 %996, 8
	%998 = sub i32 0, %997
	%999 = sdiv i32 %993, 8
	%1000 = select i1 %994, i32 %998, i32 %999
	%1001 = icmp sle i32 %986, %1000
	%1002 = and i1 %989, %1001
	%1003 = fmul float %100, 0x3F97154760000000
	%1004 = select i1 %1002, float %1003, float 0xFFF0000000000000
	%1005 = mul i32 %4, 16
	%1006 = add i32 %6, 8
	%1007 = add i32 %1005, %1006
	%1008 = add i32 %3, %1007
	%1009 = shl i32 %7, 1
	%1010 = add i32 17, %1009
	%1011 = add i32 %73, %1010
	%1012 = icmp slt i32 %1008, %R
	%1013 = icmp slt i32 %1011, %T
	%1014 = and i1 %1012, %1013
	%1015 = mul i32 %1008, 8
	%1016 = add i32 %1015, 7
	%1017 = sub i32 %N, %M
	%1018 = add i32 %1016, %1017
	%1019 = icmp slt i32 %1018, 0
	%1020 = sub i32 0, %1018
	%1021 = add i32 %1020, 7
	%1022 = sdiv i32 %1021, 8
	%1023 = sub i32 0, %1022
	%1024 = sdiv i32 %1018, 8
	%1025 = select i1 %1019, i32 %1023, i32 %1024
	%1026 = icmp sle i32 %1011, %1025
	%1027 = and i1 %1014, %1026
	%1028 = fmul float %101, 0x3F97154760000000
	%1029 = select i1 %1027, float %1028, float 0xFFF0000000000000
	%1030 = mul i32 %4, 16
	%1031 = add i32 %6, 0
	%1032 = add i32 %1030, %1031
	%1033 = add i32 %3, %1032
	%1034 = shl i32 %7, 1
	%1035 = add i32 24, %1034
	%1036 = add i32 %73, %1035
	%1037 = icmp slt i32 %1033, %R
	%1038 = icmp slt i32 %1036, %T
	%1039 = and i1 %1037, %1038
	%1040 = mul i32 %1033, 8
	%1041 = add i32 %1040, 7
	%1042 = sub i32 %N, %M
	%1043 = add i32 %1041, %1042
	%1044 = icmp slt i32 %1043, 0
	%1045 = sub i32 0, %1043
	%1046 = add i32 %1045, 7
	%1047 = sdiv i32 %1046, 8
	%1048 = sub i32 0, %1047
	%1049 = sdiv i32 %1043, 8
	%1050 = select i1 %1044, i32 %1048, i32 %1049
	%1051 = icmp sle i32 %1036, %1050
	%1052 = and i1 %1039, %1051
	%1053 = fmul float %102, 0x3F97154760000000
	%1054 = select i1 %1052, float %1053, float 0xFFF0000000000000
	%1055 = mul i32 %4, 16
	%1056 = add i32 %6, 0
	%1057 = add i32 %1055, %1056
	%1058 = add i32 %3, %1057
	%1059 = shl i32 %7, 1
	%1060 = add i32 25, %1059
	%1061 = add i32 %73, %1060
	%1062 = icmp slt i32 %1058, %R
	%1063 = icmp slt i32 %1061, %T
	%1064 = and i1 %1062, %1063
	%1065 = mul i32 %1058, 8
	%1066 = add i32 %1065, 7
	%1067 = sub i32 %N, %M
	%1068 = add i32 %1066, %1067
	%1069 = icmp slt i32 %1068, 0
	%1070 = sub i32 0, %1068
	%1071 = add i32 %1070, 7
	%1072 = sdiv i32 %1071, 8
	%1073 = sub i32 0, %1072
	%1074 = sdiv i32 %1068, 8
	%1075 = select i1 %1069, i32 %1073, i32 %1074
	%1076 = icmp sle i32 %1061, %1075
	%1077 = and i1 %1064, %1076
	%1078 = fmul float %103, 0x3F97154760000000
	%1079 = select i1 %1077, float %1078, float 0xFFF0000000000000
	%1080 = mul i32 %4, 16
	%1081 = add i32 %6, 8
	%1082 = add i32 %1080, %1081
	%1083 = add i32 %3, %1082
	%1084 = shl i32 %7, 1
	%1085 = add i32 24, %1084
	%1086 = add i32 %73, %1085
	%1087 = icmp slt i32 %1083, %R
	%1088 = icmp slt i32 %1086, %T
	%1089 = and i1 %1087, %1088
	%1090 = mul i32 %1083, 8
	%1091 = add i32 %1090, 7
	%1092 = sub i32 %N, %M
	%1093 = add i32 %1091, %1092
	%1094 = icmp slt i32 %1093, 0
	%1095 = sub i32 0, %1093
	%1096 = add i32 %1095, 7
	%1097 = sdiv i32 %1096, 8
	%1098 = sub i32 0, %1097
	%1099 = sdiv i32 %1093, 8
	%1100 = select i1 %1094, i32 %1098, i32 %1099
	%1101 = icmp sle i32 %1086, %1100
	%1102 = and i1 %1089, %1101
	%1103 = fmul float %104, 0x3F97154760000000
	%1104 = select i1 %1102, float %1103, float 0xFFF0000000000000
	%1105 = mul i32 %4, 16
	%1106 = add i32 %6, 8
	%1107 = add i32 %1105, %1106
	%1108 = add i32 %3, %1107
	%1109 = shl i32 %7, 1
	%1110 = add i32 25, %1109
	%1111 = add i32 %73, %1110
	%1112 = icmp slt i32 %1108, %R
	%1113 = icmp slt i32 %1111, %T
	%1114 = and i1 %1112, %1113
	%1115 = mul i32 %1108, 8
	%1116 = add i32 %1115, 7
	%1117 = sub i32 %N, %M
	%1118 = add i32 %1116, %1117
	%1119 = icmp slt i32 %1118, 0
	%1120 = sub i32 0, %1118
	%1121 = add i32 %1120, 7
	%1122 = sdiv i32 %1121, 8
	%1123 = sub i32 0, %1122
	%1124 = sdiv i32 %1118, 8
	%1125 = select i1 %1119, i32 %1123, i32 %1124
	%1126 = icmp sle i32 %1111, %1125
	%1127 = and i1 %1114, %1126
	%1128 = fmul float %105, 0x3F97154760000000
	%1129 = select i1 %1127, float %1128, float 0xFFF0000000000000
	%1130 = mul i32 %4, 16
	%1131 = add i32 %6, 0
	%1132 = add i32 %1130, %1131
	%1133 = add i32 %3, %1132
	%1134 = shl i32 %7, 1
	%1135 = add i32 32, %1134
	%1136 = add i32 %73, %1135
	%1137 = icmp slt i32 %1133, %R
	%1138 = icmp slt i32 %1136, %T
	%1139 = and i1 %1137, %1138
	%1140 = mul i32 %1133, 8
	%1141 = add i32 %1140, 7
	%1142 = sub i32 %N, %M
	%1143 = add i32 %1141, %1142
	%1144 = icmp slt i32 %1143, 0
	%1145 = sub i32 0, %1143
	%1146 = add i32 %1145, 7
	%1147 = sdiv i32 %1146, 8
	%1148 = sub i32 0, %1147
	%1149 = sdiv i32 %1143, 8
	%1150 = select i1 %1144, i32 %1148, i32 %1149
	%1151 = icmp sle i32 %1136, %1150
	%1152 = and i1 %1139, %1151
	%1153 = fmul float %106, 0x3F97154760000000
	%1154 = select i1 %1152, float %1153, float 0xFFF0000000000000
	%1155 = mul i32 %4, 16
	%1156 = add i32 %6, 0
	%1157 = add i32 %1155, %1156
	%1158 = add i32 %3, %1157
	%1159 = shl i32 %7, 1
	%1160 = add i32 33, %1159
	%1161 = add i32 %73, %1160
	%1162 = icmp slt i32 %1158, %R
	%1163 = icmp slt i32 %1161, %T
	%1164 = and i1 %1162, %1163
	%1165 = mul i32 %1158, 8
	%1166 = add i32 %1165, 7
	%1167 = sub i32 %N, %M
	%1168 = add i32 %1166, %1167
	%1169 = icmp slt i32 %1168, 0
	%1170 = sub i32 0, %1168
	%1171 = add i32 %1170, 7
	%1172 = sdiv i32 %1171, 8
	%1173 = sub i32 0, %1172
	%1174 = sdiv i32 %1168, 8
	%1175 = select i1 %1169, i32 %1173, i32 %1174
	%1176 = icmp sle i32 %1161, %1175
	%1177 = and i1 %1164, %1176
	%1178 = fmul float %107, 0x3F97154760000000
	%1179 = select i1 %1177, float %1178, float 0xFFF0000000000000
	%1180 = mul i32 %4, 16
	%1181 = add i32 %6, 8
	%1182 = add i32 %1180, %1181
	%1183 = add i32 %3, %1182
	%1184 = shl i32 %7, 1
	%1185 = add i32 32, %1184
	%1186 = add i32 %73, %1185
	%1187 = icmp slt i32 %1183, %R
	%1188 = icmp slt i32 %1186, %T
	%1189 = and i1 %1187, %1188
	%1190 = mul i32 %1183, 8
	%1191 = add i32 %1190, 7
	%1192 = sub i32 %N, %M
	%1193 = add i32 %1191, %1192
	%1194 = icmp slt i32 %1193, 0
	%1195 = sub i32 0, %1193
	%1196 = add i32 %1195, 7
	%1197 = sdiv i32 %1196, 8
	%1198 = sub i32 0, %1197
	%1199 = sdiv i32 %1193, 8
	%1200 = select i1 %1194, i32 %1198, i32 %1199
	%1201 = icmp sle i32 %1186, %1200
	%1202 = and i1 %1189, %1201
	%1203 = fmul float %108, 0x3F97154760000000
	%1204 = select i1 %1202, float %1203, float 0xFFF0000000000000
	%1205 = mul i32 %4, 16
	%1206 = add i32 %6, 8
	%1207 = add i32 %1205, %1206
	%1208 = add i32 %3, %1207
	%1209 = shl i32 %7, 1
	%1210 = add i32 33, %1209
	%1211 = add i32 %73, %1210
	%1212 = icmp slt i32 %1208, %R
	%1213 = icmp slt i32 %1211, %T
	%1214 = and i1 %1212, %1213
	%1215 = mul i32 %1208, 8
	%1216 = add i32 %1215, 7
	%1217 = sub i32 %N, %M
	%1218 = add i32 %1216, %1217
	%1219 = icmp slt i32 %1218, 0
	%1220 = sub i32 0, %1218
	%1221 = add i32 %1220, 7
	%1222 = sdiv i32 %1221, 8
	%1223 = sub i32 0, %1222
	%1224 = sdiv i32 %1218, 8
	%1225 = select i1 %1219, i32 %1223, i32 %1224
	%1226 = icmp sle i32 %1211, %1225
	%1227 = and i1 %1214, %1226
	%1228 = fmul float %109, 0x3F97154760000000
	%1229 = select i1 %1227, float %1228, float 0xFFF0000000000000
	%1230 = mul i32 %4, 16
	%1231 = add i32 %6, 0
	%1232 = add i32 %1230, %1231
	%1233 = add i32 %3, %1232
	%1234 = shl i32 %7, 1
	%1235 = add i32 40, %1234
	%1236 = add i32 %73, %1235
	%1237 = icmp slt i32 %1233, %R
	%1238 = icmp slt i32 %1236, %T
	%1239 = and i1 %1237, %1238
	%1240 = mul i32 %1233, 8
	%1241 = add i32 %1240, 7
	%1242 = sub i32 %N, %M
	%1243 = add i32 %1241, %1242
	%1244 = icmp slt i32 %1243, 0
	%1245 = sub i32 0, %1243
	%1246 = add i32 %1245, 7
	%1247 = sdiv i32 %1246, 8
	%1248 = sub i32 0, %1247
	%1249 = sdiv i32 %1243, 8
	%1250 = select i1 %1244, i32 %1248, i32 %1249
	%1251 = icmp sle i32 %1236, %1250
	%1252 = and i1 %1239, %1251
	%1253 = fmul float %110, 0x3F97154760000000
	%1254 = select i1 %1252, float %1253, float 0xFFF0000000000000
	%1255 = mul i32 %4, 16
	%1256 = add i32 %6, 0
	%1257 = add i32 %1255, %1256
	%1258 = add i32 %3, %1257
	%1259 = shl i32 %7, 1
	%1260 = add i32 41, %1259
	%1261 = add i32 %73, %1260
	%1262 = icmp slt i32 %1258, %R
	%1263 = icmp slt i32 %1261, %T
	%1264 = and i1 %1262, %1263
	%1265 = mul i32 %1258, 8
	%1266 = add i32 %1265, 7
	%1267 = sub i32 %N, %M
	%1268 = add i32 %1266, %1267
	%1269 = icmp slt i32 %1268, 0
	%1270 = sub i32 0, %1268
	%1271 = add i32 %1270, 7
	%1272 = sdiv i32 %1271, 8
	%1273 = sub i32 0, %1272
	%1274 = sdiv i32 %1268, 8
	%1275 = select i1 %1269, i32 %1273, i32 %1274
	%1276 = icmp sle i32 %1261, %1275
	%1277 = and i1 %1264, %1276
	%1278 = fmul float %111, 0x3F97154760000000
	%1279 = select i1 %1277, float %1278, float 0xFFF0000000000000
	%1280 = mul i32 %4, 16
	%1281 = add i32 %6, 8
	%1282 = add i32 %1280, %1281
	%1283 = add i32 %3, %1282
	%1284 = shl i32 %7, 1
	%1285 = add i32 40, %1284
	%1286 = add i32 %73, %1285
	%1287 = icmp slt i32 %1283, %R
	%1288 = icmp slt i32 %1286, %T
	%1289 = and i1 %1287, %1288
	%1290 = mul i32 %1283, 8
	%1291 = add i32 %1290, 7
	%1292 = sub i32 %N, %M
	%1293 = add i32 %1291, %1292
	%1294 = icmp slt i32 %1293, 0
	%1295 = sub i32 0, %1293
	%1296 = add i32 %1295, 7
	%1297 = sdiv i32 %1296, 8
	%1298 = sub i32 0, %1297
	%1299 = sdiv i32 %1293, 8
	%1300 = select i1 %1294, i32 %1298, i32 %1299
	%1301 = icmp sle i32 %1286, %1300
	%1302 = and i1 %1289, %1301
	%1303 = fmul float %112, 0x3F97154760000000
	%1304 = select i1 %1302, float %1303, float 0xFFF0000000000000
	%1305 = mul i32 %4, 16
	%1306 = add i32 %6, 8
	%1307 = add i32 %1305, %1306
	%1308 = add i32 %3, %1307
	%1309 = shl i32 %7, 1
	%1310 = add i32 41, %1309
	%1311 = add i32 %73, %1310
	%1312 = icmp slt i32 %1308, %R
	%1313 = icmp slt i32 %1311, %T
	%1314 = and i1 %1312, %1313
	%1315 = mul i32 %1308, 8
	%1316 = add i32 %1315, 7
	%1317 = sub i32 %N, %M
	%1318 = add i32 %1316, %1317
	%1319 = icmp slt i32 %1318, 0
	%1320 = sub i32 0, %1318
	%1321 = add i32 %1320, 7
	%1322 = sdiv i32 %1321, 8
	%1323 = sub i32 0, %1322
	%1324 = sdiv i32 %1318, 8
	%1325 = select i1 %1319, i32 %1323, i32 %1324
	%1326 = icmp sle i32 %1311, %1325
	%1327 = and i1 %1314, %1326
	%1328 = fmul float %113, 0x3F97154760000000
	%1329 = select i1 %1327, float %1328, float 0xFFF0000000000000
	%1330 = mul i32 %4, 16
	%1331 = add i32 %6, 0
	%1332 = add i32 %1330, %1331
	%1333 = add i32 %3, %1332
	%1334 = shl i32 %7, 1
	%1335 = add i32 48, %1334
	%1336 = add i32 %73, %1335
	%1337 = icmp slt i32 %1333, %R
	%1338 = icmp slt i32 %1336, %T
	%1339 = and i1 %1337, %1338
	%1340 = mul i32 %1333, 8
	%1341 = add i32 %1340, 7
	%1342 = sub i32 %N, %M
	%1343 = add i32 %1341, %1342
	%1344 = icmp slt i32 %1343, 0
	%1345 = sub i32 0, %1343
	%1346 = add i32 %1345, 7
	%1347 = sdiv i32 %1346, 8
	%1348 = sub i32 0, %1347
	%1349 = sdiv i32 %1343, 8
	%1350 = select i1 %1344, i32 %1348, i32 %1349
	%1351 = icmp sle i32 %1336, %1350
	%1352 = and i1 %1339, %1351
	%1353 = fmul float %114, 0x3F97154760000000
	%1354 = select i1 %1352, float %1353, float 0xFFF0000000000000
	%1355 = mul i32 %4, 16
	%1356 = add i32 %6, 0
	%1357 = add i32 %1355, %1356
	%1358 = add i32 %3, %1357
	%1359 = shl i32 %7, 1
	%1360 = add i32 49, %1359
	%1361 = add i32 %73, %1360
	%1362 = icmp slt i32 %1358, %R
	%1363 = icmp slt i32 %1361, %T
	%1364 = and i1 %1362, %1363
	%1365 = mul i32 %1358, 8
	%1366 = add i32 %1365, 7
	%1367 = sub i32 %N, %M
	%1368 = add i32 %1366, %1367
	%1369 = icmp slt i32 %1368, 0
	%1370 = sub i32 0, %1368
	%1371 = add i32 %1370, 7
	%1372 = sdiv i32 %1371, 8
	%1373 = sub i32 0, %1372
	%1374 = sdiv i32 %1368, 8
	%1375 = select i1 %1369, i32 %1373, i32 %1374
	%1376 = icmp sle i32 %1361, %1375
	%1377 = and i1 %1364, %1376
	%1378 = fmul float %115, 0x3F97154760000000
	%1379 = select i1 %1377, float %1378, float 0xFFF0000000000000
	%1380 = mul i32 %4, 16
	%1381 = add i32 %6, 8
	%1382 = add i32 %1380, %1381
	%1383 = add i32 %3, %1382
	%1384 = shl i32 %7, 1
	%1385 = add i32 48, %1384
	%1386 = add i32 %73, %1385
	%1387 = icmp slt i32 %1383, %R
	%1388 = icmp slt i32 %1386, %T
	%1389 = and i1 %1387, %1388
	%1390 = mul i32 %1383, 8
	%1391 = add i32 %1390, 7
	%1392 = sub i32 %N, %M
	%1393 = add i32 %1391, %1392
	%1394 = icmp slt i32 %1393, 0
	%1395 = sub i32 0, %1393
	%1396 = add i32 %1395, 7
	%1397 = sdiv i32 %1396, 8
	%1398 = sub i32 0, %1397
	%1399 = sdiv i32 %1393, 8
	%1400 = select i1 %1394, i32 %1398, i32 %1399
	%1401 = icmp sle i32 %1386, %1400
	%1402 = and i1 %1389, %1401
	%1403 = fmul float %116, 0x3F97154760000000
	%1404 = select i1 %1402, float %1403, float 0xFFF0000000000000
	%1405 = mul i32 %4, 16
	%1406 = add i32 %6, 8
	%1407 = add i32 %1405, %1406
	%1408 = add i32 %3, %1407
	%1409 = shl i32 %7, 1
	%1410 = add i32 49, %1409
	%1411 = add i32 %73, %1410
	%1412 = icmp slt i32 %1408, %R
	%1413 = icmp slt i32 %1411, %T
	%1414 = and i1 %1412, %1413
	%1415 = mul i32 %1408, 8
	%1416 = add i32 %1415, 7
	%1417 = sub i32 %N, %M
	%1418 = add i32 %1416, %1417
	%1419 = icmp slt i32 %1418, 0
	%1420 = sub i32 0, %1418
	%1421 = add i32 %1420, 7
	%1422 = sdiv i32 %1421, 8
	%1423 = sub i32 0, %1422
	%1424 = sdiv i32 %1418, 8
	%1425 = select i1 %1419, i32 %1423, i32 %1424
	%1426 = icmp sle i32 %1411, %1425
	%1427 = and i1 %1414, %1426
	%1428 = fmul float %117, 0x3F97154760000000
	%1429 = select i1 %1427, float %1428, float 0xFFF0000000000000
	%1430 = mul i32 %4, 16
	%1431 = add i32 %6, 0
	%1432 = add i32 %1430, %1431
	%1433 = add i32 %3, %1432
	%1434 = shl i32 %7, 1
	%1435 = add i32 56, %1434
	%1436 = add i32 %73, %1435
	%1437 = icmp slt i32 %1433, %R
	%1438 = icmp slt i32 %1436, %T
	%1439 = and i1 %1437, %1438
	%1440 = mul i32 %1433, 8
	%1441 = add i32 %1440, 7
	%1442 = sub i32 %N, %M
	%1443 = add i32 %1441, %1442
	%1444 = icmp slt i32 %1443, 0
	%1445 = sub i32 0, %1443
	%1446 = add i32 %1445, 7
	%1447 = sdiv i32 %1446, 8
	%1448 = sub i32 0, %1447
	%1449 = sdiv i32 %1443, 8
	%1450 = select i1 %1444, i32 %1448, i32 %1449
	%1451 = icmp sle i32 %1436, %1450
	%1452 = and i1 %1439, %1451
	%1453 = fmul float %118, 0x3F97154760000000
	%1454 = select i1 %1452, float %1453, float 0xFFF0000000000000
	%1455 = mul i32 %4, 16
	%1456 = add i32 %6, 0
	%1457 = add i32 %1455, %1456
	%1458 = add i32 %3, %1457
	%1459 = shl i32 %7, 1
	%1460 = add i32 57, %1459
	%1461 = add i32 %73, %1460
	%1462 = icmp slt i32 %1458, %R
	%1463 = icmp slt i32 %1461, %T
	%1464 = and i1 %1462, %1463
	%1465 = mul i32 %1458, 8
	%1466 = add i32 %1465, 7
	%1467 = sub i32 %N, %M
	%1468 = add i32 %1466, %1467
	%1469 = icmp slt i32 %1468, 0
	%1470 = sub i32 0, %1468
	%1471 = add i32 %1470, 7
	%1472 = sdiv i32 %1471, 8
	%1473 = sub i32 0, %1472
	%1474 = sdiv i32 %1468, 8
	%1475 = select i1 %1469, i32 %1473, i32 %1474
	%1476 = icmp sle i32 %1461, %1475
	%1477 = and i1 %1464, %1476
	%1478 = fmul float %119, 0x3F97154760000000
	%1479 = select i1 %1477, float %1478, float 0xFFF0000000000000
	%1480 = mul i32 %4, 16
	%1481 = add i32 %6, 8
	%1482 = add i32 %1480, %1481
	%1483 = add i32 %3, %1482
	%1484 = shl i32 %7, 1
	%1485 = add i32 56, %1484
	%1486 = add i32 %73, %1485
	%1487 = icmp slt i32 %1483, %R
	%1488 = icmp slt i32 %1486, %T
	%1489 = and i1 %1487, %1488
	%1490 = mul i32 %1483, 8
	%1491 = add i32 %1490, 7
	%1492 = sub i32 %N, %M
	%1493 = add i32 %1491, %1492
	%1494 = icmp slt i32 %1493, 0
	%1495 = sub i32 0, %1493
	%1496 = add i32 %1495, 7
	%1497 = sdiv i32 %1496, 8
	%1498 = sub i32 0, %1497
	%1499 = sdiv i32 %1493, 8
	%1500 = select i1 %1494, i32 %1498, i32 %1499
	%1501 = icmp sle i32 %1486, %1500
	%1502 = and i1 %1489, %1501
	%1503 = fmul float %120, 0x3F97154760000000
	%1504 = select i1 %1502, float %1503, float 0xFFF0000000000000
	%1505 = mul i32 %4, 16
	%1506 = add i32 %6, 8
	%1507 = add i32 %1505, %1506
	%1508 = add i32 %3, %1507
	%1509 = shl i32 %7, 1
	%1510 = add i32 57, %1509
	%1511 = add i32 %73, %1510
	%1512 = icmp slt i32 %1508, %R
	%1513 = icmp slt i32 %1511, %T
	%1514 = and i1 %1512, %1513
	%1515 = mul i32 %1508, 8
	%1516 = add i32 %1515, 7
	%1517 = sub i32 %N, %M
	%1518 = add i32 %1516, %1517
	%1519 = icmp slt i32 %1518, 0
	%1520 = sub i32 0, %1518
	%1521 = add i32 %1520, 7
	%1522 = sdiv i32 %1521, 8
	%1523 = sub i32 0, %1522
	%1524 = sdiv i32 %1518, 8
	%1525 = select i1 %1519, i32 %1523, i32 %1524
	%1526 = icmp sle i32 %1511, %1525
	%1527 = and i1 %1514, %1526
	%1528 = fmul float %121, 0x3F97154760000000
	%1529 = select i1 %1527, float %1528, float 0xFFF0000000000000
	%1530 = mul i32 %4, 16
	%1531 = add i32 %6, 0
	%1532 = add i32 %1530, %1531
	%1533 = add i32 %3, %1532
	%1534 = shl i32 %7, 1
	%1535 = add i32 64, %1534
	%1536 = add i32 %73, %1535
	%1537 = icmp slt i32 %1533, %R
	%1538 = icmp slt i32 %1536, %T
	%1539 = and i1 %1537, %1538
	%1540 = mul i32 %1533, 8
	%1541 = add i32 %1540, 7
	%1542 = sub i32 %N, %M
	%1543 = add i32 %1541, %1542
	%1544 = icmp slt i32 %1543, 0
	%1545 = sub i32 0, %1543
	%1546 = add i32 %1545, 7
	%1547 = sdiv i32 %1546, 8
	%1548 = sub i32 0, %1547
	%1549 = sdiv i32 %1543, 8
	%1550 = select i1 %1544, i32 %1548, i32 %1549
	%1551 = icmp sle i32 %1536, %1550
	%1552 = and i1 %1539, %1551
	%1553 = fmul float %122, 0x3F97154760000000
	%1554 = select i1 %1552, float %1553, float 0xFFF0000000000000
	%1555 = mul i32 %4, 16
	%1556 = add i32 %6, 0
	%1557 = add i32 %1555, %1556
	%1558 = add i32 %3, %1557
	%1559 = shl i32 %7, 1
	%1560 = add i32 65, %1559
	%1561 = add i32 %73, %1560
	%1562 = icmp slt i32 %1558, %R
	%1563 = icmp slt i32 %1561, %T
	%1564 = and i1 %1562, %1563
	%1565 = mul i32 %1558, 8
	%1566 = add i32 %1565, 7
	%1567 = sub i32 %N, %M
	%1568 = add i32 %1566, %1567
	%1569 = icmp slt i32 %1568, 0
	%1570 = sub i32 0, %1568
	%1571 = add i32 %1570, 7
	%1572 = sdiv i32 %1571, 8
	%1573 = sub i32 0, %1572
	%1574 = sdiv i32 %1568, 8
	%1575 = select i1 %1569, i32 %1573, i32 %1574
	%1576 = icmp sle i32 %1561, %1575
	%1577 = and i1 %1564, %1576
	%1578 = fmul float %123, 0x3F97154760000000
	%1579 = select i1 %1577, float %1578, float 0xFFF0000000000000
	%1580 = mul i32 %4, 16
	%1581 = add i32 %6, 8
	%1582 = add i32 %1580, %1581
	%1583 = add i32 %3, %1582
	%1584 = shl i32 %7, 1
	%1585 = add i32 64, %1584
	%1586 = add i32 %73, %1585
	%1587 = icmp slt i32 %1583, %R
	%1588 = icmp slt i32 %1586, %T
	%1589 = and i1 %1587, %1588
	%1590 = mul i32 %1583, 8
	%1591 = add i32 %1590, 7
	%1592 = sub i32 %N, %M
	%1593 = add i32 %1591, %1592
	%1594 = icmp slt i32 %1593, 0
	%1595 = sub i32 0, %1593
	%1596 = add i32 %1595, 7
	%1597 = sdiv i32 %1596, 8
	%1598 = sub i32 0, %1597
	%1599 = sdiv i32 %1593, 8
	%1600 = select i1 %1594, i32 %1598, i32 %1599
	%1601 = icmp sle i32 %1586, %1600
	%1602 = and i1 %1589, %1601
	%1603 = fmul float %124, 0x3F97154760000000
	%1604 = select i1 %1602, float %1603, float 0xFFF0000000000000
	%1605 = mul i32 %4, 16
	%1606 = add i32 %6, 8
	%1607 = add i32 %1605, %1606
	%1608 = add i32 %3, %1607
	%1609 = shl i32 %7, 1
	%1610 = add i32 65, %1609
	%1611 = add i32 %73, %1610
	%1612 = icmp slt i32 %1608, %R
	%1613 = icmp slt i32 %1611, %T
	%1614 = and i1 %1612, %1613
	%1615 = mul i32 %1608, 8
	%1616 = add i32 %1615, 7
	%1617 = sub i32 %N, %M
	%1618 = add i32 %1616, %1617
	%1619 = icmp slt i32 %1618, 0
	%1620 = sub i32 0, %1618
	%1621 = add i32 %1620, 7
	%1622 = sdiv i32 %1621, 8
	%1623 = sub i32 0, %1622
	%1624 = sdiv i32 %1618, 8
	%1625 = select i1 %1619, i32 %1623, i32 %1624
	%1626 = icmp sle i32 %1611, %1625
	%1627 = and i1 %1614, %1626
	%1628 = fmul float %125, 0x3F97154760000000
	%1629 = select i1 %1627, float %1628, float 0xFFF0000000000000
	%1630 = mul i32 %4, 16
	%1631 = add i32 %6, 0
	%1632 = add i32 %1630, %1631
	%1633 = add i32 %3, %1632
	%1634 = shl i32 %7, 1
	%1635 = add i32 72, %1634
	%1636 = add i32 %73, %1635
	%1637 = icmp slt i32 %1633, %R
	%1638 = icmp slt i32 %1636, %T
	%1639 = and i1 %1637, %1638
	%1640 = mul i32 %1633, 8
	%1641 = add i32 %1640, 7
	%1642 = sub i32 %N, %M
	%1643 = add i32 %1641, %1642
	%1644 = icmp slt i32 %1643, 0
	%1645 = sub i32 0, %1643
	%1646 = add i32 %1645, 7
	%1647 = sdiv i32 %1646, 8
	%1648 = sub i32 0, %1647
	%1649 = sdiv i32 %1643, 8
	%1650 = select i1 %1644, i32 %1648, i32 %1649
	%1651 = icmp sle i32 %1636, %1650
	%1652 = and i1 %1639, %1651
	%1653 = fmul float %126, 0x3F97154760000000
	%1654 = select i1 %1652, float %1653, float 0xFFF0000000000000
	%1655 = mul i32 %4, 16
	%1656 = add i32 %6, 0
	%1657 = add i32 %1655, %1656
	%1658 = add i32 %3, %1657
	%1659 = shl i32 %7, 1
	%1660 = add i32 73, %1659
	%1661 = add i32 %73, %1660
	%1662 = icmp slt i32 %1658, %R
	%1663 = icmp slt i32 %1661, %T
	%1664 = and i1 %1662, %1663
	%1665 = mul i32 %1658, 8
	%1666 = add i32 %1665, 7
	%1667 = sub i32 %N, %M
	%1668 = add i32 %1666, %1667
	%1669 = icmp slt i32 %1668, 0
	%1670 = sub i32 0, %1668
	%1671 = add i32 %1670, 7
	%1672 = sdiv i32 %1671, 8
	%1673 = sub i32 0, %1672
	%1674 = sdiv i32 %1668, 8
	%1675 = select i1 %1669, i32 %1673, i32 %1674
	%1676 = icmp sle i32 %1661, %1675
	%1677 = and i1 %1664, %1676
	%1678 = fmul float %127, 0x3F97154760000000
	%1679 = select i1 %1677, float %1678, float 0xFFF0000000000000
	%1680 = mul i32 %4, 16
	%1681 = add i32 %6, 8
	%1682 = add i32 %1680, %1681
	%1683 = add i32 %3, %1682
	%1684 = shl i32 %7, 1
	%1685 = add i32 72, %1684
	%1686 = add i32 %73, %1685
	%1687 = icmp slt i32 %1683, %R
	%1688 = icmp slt i32 %1686, %T
	%1689 = and i1 %1687, %1688
	%1690 = mul i32 %1683, 8
	%1691 = add i32 %1690, 7
	%1692 = sub i32 %N, %M
	%1693 = add i32 %1691, %1692
	%1694 = icmp slt i32 %1693, 0
	%1695 = sub i32 0, %1693
	%1696 = add i32 %1695, 7
	%1697 = sdiv i32 %1696, 8
	%1698 = sub i32 0, %1697
	%1699 = sdiv i32 %1693, 8
	%1700 = select i1 %1694, i32 %1698, i32 %1699
	%1701 = icmp sle i32 %1686, %1700
	%1702 = and i1 %1689, %1701
	%1703 = fmul float %128, 0x3F97154760000000
	%1704 = select i1 %1702, float %1703, float 0xFFF0000000000000
	%1705 = mul i32 %4, 16
	%1706 = add i32 %6, 8
	%1707 = add i32 %1705, %1706
	%1708 = add i32 %3, %1707
	%1709 = shl i32 %7, 1
	%1710 = add i32 73, %1709
	%1711 = add i32 %73, %1710
	%1712 = icmp slt i32 %1708, %R
	%1713 = icmp slt i32 %1711, %T
	%1714 = and i1 %1712, %1713
	%1715 = mul i32 %1708, 8
	%1716 = add i32 %1715, 7
	%1717 = sub i32 %N, %M
	%1718 = add i32 %1716, %1717
	%1719 = icmp slt i32 %1718, 0
	%1720 = sub i32 0, %1718
	%1721 = add i32 %1720, 7
	%1722 = sdiv i32 %1721, 8
	%1723 = sub i32 0, %1722
	%1724 = sdiv i32 %1718, 8
	%1725 = select i1 %1719, i32 %1723, i32 %1724
	%1726 = icmp sle i32 %1711, %1725
	%1727 = and i1 %1714, %1726
	%1728 = fmul float %129, 0x3F97154760000000
	%1729 = select i1 %1727, float %1728, float 0xFFF0000000000000
	%1730 = mul i32 %4, 16
	%1731 = add i32 %6, 0
	%1732 = add i32 %1730, %1731
	%1733 = add i32 %3, %1732
	%1734 = shl i32 %7, 1
	%1735 = add i32 80, %1734
	%1736 = add i32 %73, %1735
	%1737 = icmp slt i32 %1733, %R
	%1738 = icmp slt i32 %1736, %T
	%1739 = and i1 %1737, %1738
	%1740 = mul i32 %1733, 8
	%1741 = add i32 %1740, 7
	%1742 = sub i32 %N, %M
	%1743 = add i32 %1741, %1742
	%1744 = icmp slt i32 %1743, 0
	%1745 = sub i32 0, %1743
	%1746 = add i32 %1745, 7
	%1747 = sdiv i32 %1746, 8
	%1748 = sub i32 0, %1747
	%1749 = sdiv i32 %1743, 8
	%1750 = select i1 %1744, i32 %1748, i32 %1749
	%1751 = icmp sle i32 %1736, %1750
	%1752 = and i1 %1739, %1751
	%1753 = fmul float %130, 0x3F97154760000000
	%1754 = select i1 %1752, float %1753, float 0xFFF0000000000000
	%1755 = mul i32 %4, 16
	%1756 = add i32 %6, 0
	%1757 = add i32 %1755, %1756
	%1758 = add i32 %3, %1757
	%1759 = shl i32 %7, 1
	%1760 = add i32 81, %1759
	%1761 = add i32 %73, %1760
	%1762 = icmp slt i32 %1758, %R
	%1763 = icmp slt i32 %1761, %T
	%1764 = and i1 %1762, %1763
	%1765 = mul i32 %1758, 8
	%1766 = add i32 %1765, 7
	%1767 = sub i32 %N, %M
	%1768 = add i32 %1766, %1767
	%1769 = icmp slt i32 %1768, 0
	%1770 = sub i32 0, %1768
	%1771 = add i32 %1770, 7
	%1772 = sdiv i32 %1771, 8
	%1773 = sub i32 0, %1772
	%1774 = sdiv i32 %1768, 8
	%1775 = select i1 %1769, i32 %1773, i32 %1774
	%1776 = icmp sle i32 %1761, %1775
	%1777 = and i1 %1764, %1776
	%1778 = fmul float %131, 0x3F97154760000000
	%1779 = select i1 %1777, float %1778, float 0xFFF0000000000000
	%1780 = mul i32 %4, 16
	%1781 = add i32 %6, 8
	%1782 = add i32 %1780, %1781
	%1783 = add i32 %3, %1782
	%1784 = shl i32 %7, 1
	%1785 = add i32 80, %1784
	%1786 = add i32 %73, %1785
	%1787 = icmp slt i32 %1783, %R
	%1788 = icmp slt i32 %1786, %T
	%1789 = and i1 %1787, %1788
	%1790 = mul i32 %1783, 8
	%1791 = add i32 %1790, 7
	%1792 = sub i32 %N, %M
	%1793 = add i32 %1791, %1792
	%1794 = icmp slt i32 %1793, 0
	%1795 = sub i32 0, %1793
	%1796 = add i32 %1795, 7
	%1797 = sdiv i32 %1796, 8
	%1798 = sub i32 0, %1797
	%1799 = sdiv i32 %1793, 8
	%1800 = select i1 %1794, i32 %1798, i32 %1799
	%1801 = icmp sle i32 %1786, %1800
	%1802 = and i1 %1789, %1801
	%1803 = fmul float %132, 0x3F97154760000000
	%1804 = select i1 %1802, float %1803, float 0xFFF0000000000000
	%1805 = mul i32 %4, 16
	%1806 = add i32 %6, 8
	%1807 = add i32 %1805, %1806
	%1808 = add i32 %3, %1807
	%1809 = shl i32 %7, 1
	%1810 = add i32 81, %1809
	%1811 = add i32 %73, %1810
	%1812 = icmp slt i32 %1808, %R
	%1813 = icmp slt i32 %1811, %T
	%1814 = and i1 %1812, %1813
	%1815 = mul i32 %1808, 8
	%1816 = add i32 %1815, 7
	%1817 = sub i32 %N, %M
	%1818 = add i32 %1816, %1817
	%1819 = icmp slt i32 %1818, 0
	%1820 = sub i32 0, %1818
	%1821 = add i32 %1820, 7
	%1822 = sdiv i32 %1821, 8
	%1823 = sub i32 0, %1822
	%1824 = sdiv i32 %1818, 8
	%1825 = select i1 %1819, i32 %1823, i32 %1824
	%1826 = icmp sle i32 %1811, %1825
	%1827 = and i1 %1814, %1826
	%1828 = fmul float %133, 0x3F97154760000000
	%1829 = select i1 %1827, float %1828, float 0xFFF0000000000000
	%1830 = mul i32 %4, 16
	%1831 = add i32 %6, 0
	%1832 = add i32 %1830, %1831
	%1833 = add i32 %3, %1832
	%1834 = shl i32 %7, 1
	%1835 = add i32 88, %1834
	%1836 = add i32 %73, %1835
	%1837 = icmp slt i32 %1833, %R
	%1838 = icmp slt i32 %1836, %T
	%1839 = and i1 %1837, %1838
	%1840 = mul i32 %1833, 8
	%1841 = add i32 %1840, 7
	%1842 = sub i32 %N, %M
	%1843 = add i32 %1841, %1842
	%1844 = icmp slt i32 %1843, 0
	%1845 = sub i32 0, %1843
	%1846 = add i32 %1845, 7
	%1847 = sdiv i32 %1846, 8
	%1848 = sub i32 0, %1847
	%1849 = sdiv i32 %1843, 8
	%1850 = select i1 %1844, i32 %1848, i32 %1849
	%1851 = icmp sle i32 %1836, %1850
	%1852 = and i1 %1839, %1851
	%1853 = fmul float %134, 0x3F97154760000000
	%1854 = select i1 %1852, float %1853, float 0xFFF0000000000000
	%1855 = mul i32 %4, 16
	%1856 = add i32 %6, 0
	%1857 = add i32 %1855, %1856
	%1858 = add i32 %3, %1857
	%1859 = shl i32 %7, 1
	%1860 = add i32 89, %1859
	%1861 = add i32 %73, %1860
	%1862 = icmp slt i32 %1858, %R
	%1863 = icmp slt i32 %1861, %T
	%1864 = and i1 %1862, %1863
	%1865 = mul i32 %1858, 8
	%1866 = add i32 %1865, 7
	%1867 = sub i32 %N, %M
	%1868 = add i32 %1866, %1867
	%1869 = icmp slt i32 %1868, 0
	%1870 = sub i32 0, %1868
	%1871 = add i32 %1870, 7
	%1872 = sdiv i32 %1871, 8
	%1873 = sub i32 0, %1872
	%1874 = sdiv i32 %1868, 8
	%1875 = select i1 %1869, i32 %1873, i32 %1874
	%1876 = icmp sle i32 %1861, %1875
	%1877 = and i1 %1864, %1876
	%1878 = fmul float %135, 0x3F97154760000000
	%1879 = select i1 %1877, float %1878, float 0xFFF0000000000000
	%1880 = mul i32 %4, 16
	%1881 = add i32 %6, 8
	%1882 = add i32 %1880, %1881
	%1883 = add i32 %3, %1882
	%1884 = shl i32 %7, 1
	%1885 = add i32 88, %1884
	%1886 = add i32 %73, %1885
	%1887 = icmp slt i32 %1883, %R
	%1888 = icmp slt i32 %1886, %T
	%1889 = and i1 %1887, %1888
	%1890 = mul i32 %1883, 8
	%1891 = add i32 %1890, 7
	%1892 = sub i32 %N, %M
	%1893 = add i32 %1891, %1892
	%1894 = icmp slt i32 %1893, 0
	%1895 = sub i32 0, %1893
	%1896 = add i32 %1895, 7
	%1897 = sdiv i32 %1896, 8
	%1898 = sub i32 0, %1897
	%1899 = sdiv i32 %1893, 8
	%1900 = select i1 %1894, i32 %1898, i32 %1899
	%1901 = icmp sle i32 %1886, %1900
	%1902 = and i1 %1889, %1901
	%1903 = fmul float %136, 0x3F97154760000000
	%1904 = select i1 %1902, float %1903, float 0xFFF0000000000000
	%1905 = mul i32 %4, 16
	%1906 = add i32 %6, 8
	%1907 = add i32 %1905, %1906
	%1908 = add i32 %3, %1907
	%1909 = shl i32 %7, 1
	%1910 = add i32 89, %1909
	%1911 = add i32 %73, %1910
	%1912 = icmp slt i32 %1908, %R
	%1913 = icmp slt i32 %1911, %T
	%1914 = and i1 %1912, %1913
	%1915 = mul i32 %1908, 8
	%1916 = add i32 %1915, 7
	%1917 = sub i32 %N, %M
	%1918 = add i32 %1916, %1917
	%1919 = icmp slt i32 %1918, 0
	%1920 = sub i32 0, %1918
	%1921 = add i32 %1920, 7
	%1922 = sdiv i32 %1921, 8
	%1923 = sub i32 0, %1922
	%1924 = sdiv i32 %1918, 8
	%1925 = select i1 %1919, i32 %1923, i32 %1924
	%1926 = icmp sle i32 %1911, %1925
	%1927 = and i1 %1914, %1926
	%1928 = fmul float %137, 0x3F97154760000000
	%1929 = select i1 %1927, float %1928, float 0xFFF0000000000000
	%1930 = mul i32 %4, 16
	%1931 = add i32 %6, 0
	%1932 = add i32 %1930, %1931
	%1933 = add i32 %3, %1932
	%1934 = shl i32 %7, 1
	%1935 = add i32 96, %1934
	%1936 = add i32 %73, %1935
	%1937 = icmp slt i32 %1933, %R
	%1938 = icmp slt i32 %1936, %T
	%1939 = and i1 %1937, %1938
	%1940 = mul i32 %1933, 8
	%1941 = add i32 %1940, 7
	%1942 = sub i32 %N, %M
	%1943 = add i32 %1941, %1942
	%1944 = icmp slt i32 %1943, 0
	%1945 = sub i32 0, %1943
	%1946 = add i32 %1945, 7
	%1947 = sdiv i32 %1946, 8
	%1948 = sub i32 0, %1947
	%1949 = sdiv i32 %1943, 8
	%1950 = select i1 %1944, i32 %1948, i32 %1949
	%1951 = icmp sle i32 %1936, %1950
	%1952 = and i1 %1939, %1951
	%1953 = fmul float %138, 0x3F97154760000000
	%1954 = select i1 %1952, float %1953, float 0xFFF0000000000000
	%1955 = mul i32 %4, 16
	%1956 = add i32 %6, 0
	%1957 = add i32 %1955, %1956
	%1958 = add i32 %3, %1957
	%1959 = shl i32 %7, 1
	%1960 = add i32 97, %1959
	%1961 = add i32 %73, %1960
	%1962 = icmp slt i32 %1958, %R
	%1963 = icmp slt i32 %1961, %T
	%1964 = and i1 %1962, %1963
	%1965 = mul i32 %1958, 8
	%1966 = add i32 %1965, 7
	%1967 = sub i32 %N, %M
	%1968 = add i32 %1966, %1967
	%1969 = icmp slt i32 %1968, 0
	%1970 = sub i32 0, %1968
	%1971 = add i32 %1970, 7
	%1972 = sdiv i32 %1971, 8
	%1973 = sub i32 0, %1972
	%1974 = sdiv i32 %1968, 8
	%1975 = select i1 %1969, i32 %1973, i32 %1974
	%1976 = icmp sle i32 %1961, %1975
	%1977 = and i1 %1964, %1976
	%1978 = fmul float %139, 0x3F97154760000000
	%1979 = select i1 %1977, float %1978, float 0xFFF0000000000000
	%1980 = mul i32 %4, 16
	%1981 = add i32 %6, 8
	%1982 = add i32 %1980, %1981
	%1983 = add i32 %3, %1982
	%1984 = shl i32 %7, 1
	%1985 = add i32 96, %1984
	%1986 = add i32 %73, %1985
	%1987 = icmp slt i32 %1983, %R
	%1988 = icmp slt i32 %1986, %T
	%1989 = and i1 %1987, %1988
	%1990 = mul i32 %1983, 8
	%1991 = add i32 %1990, 7
	%1992 = sub i32 %N, %M
	%1993 = add i32 %1991, %1992
	%1994 = icmp slt i32 %1993, 0
	%1995 = sub i32 0, %1993
	%1996 = add i32 %1995, 7
	%1997 = sdiv i32 %1996, 8
	%1998 = sub i32 0, %1997
	%1999 = sdiv i32 %1993, 8
	%2000 = select i1 %1994, i32 %1998, i32 %1999
	%2001 = icmp sle i32 %1986, %2000
	%2002 = and i1 %1989, %2001
	%2003 = fmul float %140, 0x3F97154760000000
	%2004 = select i1 %2002, float %2003, float 0xFFF0000000000000
	%2005 = mul i32 %4, 16
	%2006 = add i32 %6, 8
	%2007 = add i32 %2005, %2006
	%2008 = add i32 %3, %2007
	%2009 = shl i32 %7, 1
	%2010 = add i32 97, %2009
	%2011 = add i32 %73, %2010
	%2012 = icmp slt i32 %2008, %R
	%2013 = icmp slt i32 %2011, %T
	%2014 = and i1 %2012, %2013
	%2015 = mul i32 %2008, 8
	%2016 = add i32 %2015, 7
	%2017 = sub i32 %N, %M
	%2018 = add i32 %2016, %2017
	%2019 = icmp slt i32 %2018, 0
	%2020 = sub i32 0, %2018
	%2021 = add i32 %2020, 7
	%2022 = sdiv i32 %2021, 8
	%2023 = sub i32 0, %2022
	%2024 = sdiv i32 %2018, 8
	%2025 = select i1 %2019, i32 %2023, i32 %2024
	%2026 = icmp sle i32 %2011, %2025
	%2027 = and i1 %2014, %2026
	%2028 = fmul float %141, 0x3F97154760000000
	%2029 = select i1 %2027, float %2028, float 0xFFF0000000000000
	%2030 = mul i32 %4, 16
	%2031 = add i32 %6, 0
	%2032 = add i32 %2030, %2031
	%2033 = add i32 %3, %2032
	%2034 = shl i32 %7, 1
	%2035 = add i32 104, %2034
	%2036 = add i32 %73, %2035
	%2037 = icmp slt i32 %2033, %R
	%2038 = icmp slt i32 %2036, %T
	%2039 = and i1 %2037, %2038
	%2040 = mul i32 %2033, 8
	%2041 = add i32 %2040, 7
	%2042 = sub i32 %N, %M
	%2043 = add i32 %2041, %2042
	%2044 = icmp slt i32 %2043, 0
	%2045 = sub i32 0, %2043
	%2046 = add i32 %2045, 7
	%2047 = sdiv i32 %2046, 8
	%2048 = sub i32 0, %2047
	%2049 = sdiv i32 %2043, 8
	%2050 = select i1 %2044, i32 %2048, i32 %2049
	%2051 = icmp sle i32 %2036, %2050
	%2052 = and i1 %2039, %2051
	%2053 = fmul float %142, 0x3F97154760000000
	%2054 = select i1 %2052, float %2053, float 0xFFF0000000000000
	%2055 = mul i32 %4, 16
	%2056 = add i32 %6, 0
	%2057 = add i32 %2055, %2056
	%2058 = add i32 %3, %2057
	%2059 = shl i32 %7, 1
	%2060 = add i32 105, %2059
	%2061 = add i32 %73, %2060
	%2062 = icmp slt i32 %2058, %R
	%2063 = icmp slt i32 %2061, %T
	%2064 = and i1 %2062, %2063
	%2065 = mul i32 %2058, 8
	%2066 = add i32 %2065, 7
	%2067 = sub i32 %N, %M
	%2068 = add i32 %2066, %2067
	%2069 = icmp slt i32 %2068, 0
	%2070 = sub i32 0, %2068
	%2071 = add i32 %2070, 7
	%2072 = sdiv i32 %2071, 8
	%2073 = sub i32 0, %2072
	%2074 = sdiv i32 %2068, 8
	%2075 = select i1 %2069, i32 %2073, i32 %2074
	%2076 = icmp sle i32 %2061, %2075
	%2077 = and i1 %2064, %2076
	%2078 = fmul float %143, 0x3F97154760000000
	%2079 = select i1 %2077, float %2078, float 0xFFF0000000000000
	%2080 = mul i32 %4, 16
	%2081 = add i32 %6, 8
	%2082 = add i32 %2080, %2081
	%2083 = add i32 %3, %2082
	%2084 = shl i32 %7, 1
	%2085 = add i32 104, %2084
	%2086 = add i32 %73, %2085
	%2087 = icmp slt i32 %2083, %R
	%2088 = icmp slt i32 %2086, %T
	%2089 = and i1 %2087, %2088
	%2090 = mul i32 %2083, 8
	%2091 = add i32 %2090, 7
	%2092 = sub i32 %N, %M
	%2093 = add i32 %2091, %2092
	%2094 = icmp slt i32 %2093, 0
	%2095 = sub i32 0, %2093
	%2096 = add i32 %2095, 7
	%2097 = sdiv i32 %2096, 8
	%2098 = sub i32 0, %2097
	%2099 = sdiv i32 %2093, 8
	%2100 = select i1 %2094, i32 %2098, i32 %2099
	%2101 = icmp sle i32 %2086, %2100
	%2102 = and i1 %2089, %2101
	%2103 = fmul float %144, 0x3F97154760000000
	%2104 = select i1 %2102, float %2103, float 0xFFF0000000000000
	%2105 = mul i32 %4, 16
	%2106 = add i32 %6, 8
	%2107 = add i32 %2105, %2106
	%2108 = add i32 %3, %2107
	%2109 = shl i32 %7, 1
	%2110 = add i32 105, %2109
	%2111 = add i32 %73, %2110
	%2112 = icmp slt i32 %2108, %R
	%2113 = icmp slt i32 %2111, %T
	%2114 = and i1 %2112, %2113
	%2115 = mul i32 %2108, 8
	%2116 = add i32 %2115, 7
	%2117 = sub i32 %N, %M
	%2118 = add i32 %2116, %2117
	%2119 = icmp slt i32 %2118, 0
	%2120 = sub i32 0, %2118
	%2121 = add i32 %2120, 7
	%2122 = sdiv i32 %2121, 8
	%2123 = sub i32 0, %2122
	%2124 = sdiv i32 %2118, 8
	%2125 = select i1 %2119, i32 %2123, i32 %2124
	%2126 = icmp sle i32 %2111, %2125
	%2127 = and i1 %2114, %2126
	%2128 = fmul float %145, 0x3F97154760000000
	%2129 = select i1 %2127, float %2128, float 0xFFF0000000000000
	%2130 = mul i32 %4, 16
	%2131 = add i32 %6, 0
	%2132 = add i32 %2130, %2131
	%2133 = add i32 %3, %2132
	%2134 = shl i32 %7, 1
	%2135 = add i32 112, %2134
	%2136 = add i32 %73, %2135
	%2137 = icmp slt i32 %2133, %R
	%2138 = icmp slt i32 %2136, %T
	%2139 = and i1 %2137, %2138
	%2140 = mul i32 %2133, 8
	%2141 = add i32 %2140, 7
	%2142 = sub i32 %N, %M
	%2143 = add i32 %2141, %2142
	%2144 = icmp slt i32 %2143, 0
	%2145 = sub i32 0, %2143
	%2146 = add i32 %2145, 7
	%2147 = sdiv i32 %2146, 8
	%2148 = sub i32 0, %2147
	%2149 = sdiv i32 %2143, 8
	%2150 = select i1 %2144, i32 %2148, i32 %2149
	%2151 = icmp sle i32 %2136, %2150
	%2152 = and i1 %2139, %2151
	%2153 = fmul float %146, 0x3F97154760000000
	%2154 = select i1 %2152, float %2153, float 0xFFF0000000000000
	%2155 = mul i32 %4, 16
	%2156 = add i32 %6, 0
	%2157 = add i32 %2155, %2156
	%2158 = add i32 %3, %2157
	%2159 = shl i32 %7, 1
	%2160 = add i32 113, %2159
	%2161 = add i32 %73, %2160
	%2162 = icmp slt i32 %2158, %R
	%2163 = icmp slt i32 %2161, %T
	%2164 = and i1 %2162, %2163
	%2165 = mul i32 %2158, 8
	%2166 = add i32 %2165, 7
	%2167 = sub i32 %N, %M
	%2168 = add i32 %2166, %2167
	%2169 = icmp slt i32 %2168, 0
	%2170 = sub i32 0, %2168
	%2171 = add i32 %2170, 7
	%2172 = sdiv i32 %2171, 8
	%2173 = sub i32 0, %2172
	%2174 = sdiv i32 %2168, 8
	%2175 = select i1 %2169, i32 %2173, i32 %2174
	%2176 = icmp sle i32 %2161, %2175
	%2177 = and i1 %2164, %2176
	%2178 = fmul float %147, 0x3F97154760000000
	%2179 = select i1 %2177, float %2178, float 0xFFF0000000000000
	%2180 = mul i32 %4, 16
	%2181 = add i32 %6, 8
	%2182 = add i32 %2180, %2181
	%2183 = add i32 %3, %2182
	%2184 = shl i32 %7, 1
	%2185 = add i32 112, %2184
	%2186 = add i32 %73, %2185
	%2187 = icmp slt i32 %2183, %R
	%2188 = icmp slt i32 %2186, %T
	%2189 = and i1 %2187, %2188
	%2190 = mul i32 %2183, 8
	%2191 = add i32 %2190, 7
	%2192 = sub i32 %N, %M
	%2193 = add i32 %2191, %2192
	%2194 = icmp slt i32 %2193, 0
	%2195 = sub i32 0, %2193
	%2196 = add i32 %2195, 7
	%2197 = sdiv i32 %2196, 8
	%2198 = sub i32 0, %2197
	%2199 = sdiv i32 %2193, 8
	%2200 = select i1 %2194, i32 %2198, i32 %2199
	%2201 = icmp sle i32 %2186, %2200
	%2202 = and i1 %2189, %2201
	%2203 = fmul float %148, 0x3F97154760000000
	%2204 = select i1 %2202, float %2203, float 0xFFF0000000000000
	%2205 = mul i32 %4, 16
	%2206 = add i32 %6, 8
	%2207 = add i32 %2205, %2206
	%2208 = add i32 %3, %2207
	%2209 = shl i32 %7, 1
	%2210 = add i32 113, %2209
	%2211 = add i32 %73, %2210
	%2212 = icmp slt i32 %2208, %R
	%2213 = icmp slt i32 %2211, %T
	%2214 = and i1 %2212, %2213
	%2215 = mul i32 %2208, 8
	%2216 = add i32 %2215, 7
	%2217 = sub i32 %N, %M
	%2218 = add i32 %2216, %2217
	%2219 = icmp slt i32 %2218, 0
	%2220 = sub i32 0, %2218
	%2221 = add i32 %2220, 7
	%2222 = sdiv i32 %2221, 8
	%2223 = sub i32 0, %2222
	%2224 = sdiv i32 %2218, 8
	%2225 = select i1 %2219, i32 %2223, i32 %2224
	%2226 = icmp sle i32 %2211, %2225
	%2227 = and i1 %2214, %2226
	%2228 = fmul float %149, 0x3F97154760000000
	%2229 = select i1 %2227, float %2228, float 0xFFF0000000000000
	%2230 = mul i32 %4, 16
	%2231 = add i32 %6, 0
	%2232 = add i32 %2230, %2231
	%2233 = add i32 %3, %2232
	%2234 = shl i32 %7, 1
	%2235 = add i32 120, %2234
	%2236 = add i32 %73, %2235
	%2237 = icmp slt i32 %2233, %R
	%2238 = icmp slt i32 %2236, %T
	%2239 = and i1 %2237, %2238
	%2240 = mul i32 %2233, 8
	%2241 = add i32 %2240, 7
	%2242 = sub i32 %N, %M
	%2243 = add i32 %2241, %2242
	%2244 = icmp slt i32 %2243, 0
	%2245 = sub i32 0, %2243
	%2246 = add i32 %2245, 7
	%2247 = sdiv i32 %2246, 8
	%2248 = sub i32 0, %2247
	%2249 = sdiv i32 %2243, 8
	%2250 = select i1 %2244, i32 %2248, i32 %2249
	%2251 = icmp sle i32 %2236, %2250
	%2252 = and i1 %2239, %2251
	%2253 = fmul float %150, 0x3F97154760000000
	%2254 = select i1 %2252, float %2253, float 0xFFF0000000000000
	%2255 = mul i32 %4, 16
	%2256 = add i32 %6, 0
	%2257 = add i32 %2255, %2256
	%2258 = add i32 %3, %2257
	%2259 = shl i32 %7, 1
	%2260 = add i32 121, %2259
	%2261 = add i32 %73, %2260
	%2262 = icmp slt i32 %2258, %R
	%2263 = icmp slt i32 %2261, %T
	%2264 = and i1 %2262, %2263
	%2265 = mul i32 %2258, 8
	%2266 = add i32 %2265, 7
	%2267 = sub i32 %N, %M
	%2268 = add i32 %2266, %2267
	%2269 = icmp slt i32 %2268, 0
	%2270 = sub i32 0, %2268
	%2271 = add i32 %2270, 7
	%2272 = sdiv i32 %2271, 8
	%2273 = sub i32 0, %2272
	%2274 = sdiv i32 %2268, 8
	%2275 = select i1 %2269, i32 %2273, i32 %2274
	%2276 = icmp sle i32 %2261, %2275
	%2277 = and i1 %2264, %2276
	%2278 = fmul float %151, 0x3F97154760000000
	%2279 = select i1 %2277, float %2278, float 0xFFF0000000000000
	%2280 = mul i32 %4, 16
	%2281 = add i32 %6, 8
	%2282 = add i32 %2280, %2281
	%2283 = add i32 %3, %2282
	%2284 = shl i32 %7, 1
	%2285 = add i32 120, %2284
	%2286 = add i32 %73, %2285
	%2287 = icmp slt i32 %2283, %R
	%2288 = icmp slt i32 %2286, %T
	%2289 = and i1 %2287, %2288
	%2290 = mul i32 %2283, 8
	%2291 = add i32 %2290, 7
	%2292 = sub i32 %N, %M
	%2293 = add i32 %2291, %2292
	%2294 = icmp slt i32 %2293, 0
	%2295 = sub i32 0, %2293
	%2296 = add i32 %2295, 7
	%2297 = sdiv i32 %2296, 8
	%2298 = sub i32 0, %2297
	%2299 = sdiv i32 %2293, 8
	%2300 = select i1 %2294, i32 %2298, i32 %2299
	%2301 = icmp sle i32 %2286, %2300
	%2302 = and i1 %2289, %2301
	%2303 = fmul float %152, 0x3F97154760000000
	%2304 = select i1 %2302, float %2303, float 0xFFF0000000000000
	%2305 = mul i32 %4, 16
	%2306 = add i32 %6, 8
	%2307 = add i32 %2305, %2306
	%2308 = add i32 %3, %2307
	%2309 = shl i32 %7, 1
	%2310 = add i32 121, %2309
	%2311 = add i32 %73, %2310
	%2312 = icmp slt i32 %2308, %R
	%2313 = icmp slt i32 %2311, %T
	%2314 = and i1 %2312, %2313
	%2315 = mul i32 %2308, 8
	%2316 = add i32 %2315, 7
	%2317 = sub i32 %N, %M
	%2318 = add i32 %2316, %2317
	%2319 = icmp slt i32 %2318, 0
	%2320 = sub i32 0, %2318
	%2321 = add i32 %2320, 7
	%2322 = sdiv i32 %2321, 8
	%2323 = sub i32 0, %2322
	%2324 = sdiv i32 %2318, 8
	%2325 = select i1 %2319, i32 %2323, i32 %2324
	%2326 = icmp sle i32 %2311, %2325
	%2327 = and i1 %2314, %2326
	%2328 = fmul float %153, 0x3F97154760000000
	%2329 = select i1 %2327, float %2328, float 0xFFF0000000000000
	%2330 = call float @llvm.nvvm.fmax.f(float %754, float %779)
	%2331 = call float @llvm.nvvm.fmax.f(float %854, float %879)
	%2332 = call float @llvm.nvvm.fmax.f(float %954, float %979)
	%2333 = call float @llvm.nvvm.fmax.f(float %1054, float %1079)
	%2334 = call float @llvm.nvvm.fmax.f(float %1154, float %1179)
	%2335 = call float @llvm.nvvm.fmax.f(float %1254, float %1279)
	%2336 = call float @llvm.nvvm.fmax.f(float %1354, float %1379)
	%2337 = call float @llvm.nvvm.fmax.f(float %1454, float %1479)
	%2338 = call float @llvm.nvvm.fmax.f(float %1554, float %1579)
	%2339 = call float @llvm.nvvm.fmax.f(float %1654, float %1679)
	%2340 = call float @llvm.nvvm.fmax.f(float %1754, float %1779)
	%2341 = call float @llvm.nvvm.fmax.f(float %1854, float %1879)
	%2342 = call float @llvm.nvvm.fmax.f(float %1954, float %1979)
	%2343 = call float @llvm.nvvm.fmax.f(float %2054, float %2079)
	%2344 = call float @llvm.nvvm.fmax.f(float %2154, float %2179)
	%2345 = call float @llvm.nvvm.fmax.f(float %2254, float %2279)
	%2346 = call float @llvm.nvvm.fmax.f(float %2330, float %2331)
	%2347 = call float @llvm.nvvm.fmax.f(float %2332, float %2333)
	%2348 = call float @llvm.nvvm.fmax.f(float %2334, float %2335)
	%2349 = call float @llvm.nvvm.fmax.f(float %2336, float %2337)
	%2350 = call float @llvm.nvvm.fmax.f(float %2338, float %2339)
	%2351 = call float @llvm.nvvm.fmax.f(float %2340, float %2341)
	%2352 = call float @llvm.nvvm.fmax.f(float %2342, float %2343)
	%2353 = call float @llvm.nvvm.fmax.f(float %2344, float %2345)
	%2354 = call float @llvm.nvvm.fmax.f(float %2346, float %2347)
	%2355 = call float @llvm.nvvm.fmax.f(float %2348, float %2349)
	%2356 = call float @llvm.nvvm.fmax.f(float %2350, float %2351)
	%2357 = call float @llvm.nvvm.fmax.f(float %2352, float %2353)
	%2358 = call float @llvm.nvvm.fmax.f(float %2354, float %2355)
	%2359 = call float @llvm.nvvm.fmax.f(float %2356, float %2357)
	%2360 = call float @llvm.nvvm.fmax.f(float %2358, float %2359)
	%2361 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2360, i32 1, i32 31)
	%2362 = call float @llvm.nvvm.fmax.f(float %2360, float %2361)
	%2363 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2362, i32 2, i32 31)
	%2364 = call float @llvm.nvvm.fmax.f(float %2362, float %2363)
	%2365 = call float @llvm.nvvm.fmax.f(float %67, float %2364)
	%2366 = fcmp oeq float %2365, 0xFFF0000000000000
	%2367 = select i1 %2366, float 0.0, float %2365
	%2368 = fsub float %754, %2367
	%2369 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2368)
	%2370 = fsub float %779, %2367
	%2371 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2370)
	%2372 = fsub float %854, %2367
	%2373 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2372)
	%2374 = fsub float %879, %2367
	%2375 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2374)
	%2376 = fsub float %954, %2367
	%2377 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2376)
	%2378 = fsub float %979, %2367
	%2379 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2378)
	%2380 = fsub float %1054, %2367
	%2381 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2380)
	%2382 = fsub float %1079, %2367
	%2383 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2382)
	%2384 = fsub float %1154, %2367
	%2385 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2384)
	%2386 = fsub float %1179, %2367
	%2387 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2386)
	%2388 = fsub float %1254, %2367
	%2389 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2388)
	%2390 = fsub float %1279, %2367
	%2391 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2390)
	%2392 = fsub float %1354, %2367
	%2393 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2392)
	%2394 = fsub float %1379, %2367
	%2395 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2394)
	%2396 = fsub float %1454, %2367
	%2397 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2396)
	%2398 = fsub float %1479, %2367
	%2399 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2398)
	%2400 = fsub float %1554, %2367
	%2401 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2400)
	%2402 = fsub float %1579, %2367
	%2403 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2402)
	%2404 = fsub float %1654, %2367
	%2405 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2404)
	%2406 = fsub float %1679, %2367
	%2407 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2406)
	%2408 = fsub float %1754, %2367
	%2409 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2408)
	%2410 = fsub float %1779, %2367
	%2411 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2410)
	%2412 = fsub float %1854, %2367
	%2413 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2412)
	%2414 = fsub float %1879, %2367
	%2415 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2414)
	%2416 = fsub float %1954, %2367
	%2417 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2416)
	%2418 = fsub float %1979, %2367
	%2419 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2418)
	%2420 = fsub float %2054, %2367
	%2421 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2420)
	%2422 = fsub float %2079, %2367
	%2423 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2422)
	%2424 = fsub float %2154, %2367
	%2425 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2424)
	%2426 = fsub float %2179, %2367
	%2427 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2426)
	%2428 = fsub float %2254, %2367
	%2429 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2428)
	%2430 = fsub float %2279, %2367
	%2431 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2430)
	%2432 = fadd float %2369, %2371
	%2433 = fadd float %2373, %2375
	%2434 = fadd float %2377, %2379
	%2435 = fadd float %2381, %2383
	%2436 = fadd float %2385, %2387
	%2437 = fadd float %2389, %2391
	%2438 = fadd float %2393, %2395
	%2439 = fadd float %2397, %2399
	%2440 = fadd float %2401, %2403
	%2441 = fadd float %2405, %2407
	%2442 = fadd float %2409, %2411
	%2443 = fadd float %2413, %2415
	%2444 = fadd float %2417, %2419
	%2445 = fadd float %2421, %2423
	%2446 = fadd float %2425, %2427
	%2447 = fadd float %2429, %2431
	%2448 = fadd float %2432, %2433
	%2449 = fadd float %2434, %2435
	%2450 = fadd float %2436, %2437
	%2451 = fadd float %2438, %2439
	%2452 = fadd float %2440, %2441
	%2453 = fadd float %2442, %2443
	%2454 = fadd float %2444, %2445
	%2455 = fadd float %2446, %2447
	%2456 = fadd float %2448, %2449
	%2457 = fadd float %2450, %2451
	%2458 = fadd float %2452, %2453
	%2459 = fadd float %2454, %2455
	%2460 = fadd float %2456, %2457
	%2461 = fadd float %2458, %2459
	%2462 = fadd float %2460, %2461
	%2463 = fsub float %67, %2367
	%2464 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2463)
	%2465 = fmul float %69, %2464
	%2466 = fadd float %2465, %2462
	%2467 = fadd float %2369, %2371
	%2468 = fadd float %2373, %2375
	%2469 = fadd float %2377, %2379
	%2470 = fadd float %2381, %2383
	%2471 = fadd float %2385, %2387
	%2472 = fadd float %2389, %2391
	%2473 = fadd float %2393, %2395
	%2474 = fadd float %2397, %2399
	%2475 = fadd float %2401, %2403
	%2476 = fadd float %2405, %2407
	%2477 = fadd float %2409, %2411
	%2478 = fadd float %2413, %2415
	%2479 = fadd float %2417, %2419
	%2480 = fadd float %2421, %2423
	%2481 = fadd float %2425, %2427
	%2482 = fadd float %2429, %2431
	%2483 = call float @llvm.nvvm.fmax.f(float %804, float %829)
	%2484 = call float @llvm.nvvm.fmax.f(float %904, float %929)
	%2485 = call float @llvm.nvvm.fmax.f(float %1004, float %1029)
	%2486 = call float @llvm.nvvm.fmax.f(float %1104, float %1129)
	%2487 = call float @llvm.nvvm.fmax.f(float %1204, float %1229)
	%2488 = call float @llvm.nvvm.fmax.f(float %1304, float %1329)
	%2489 = call float @llvm.nvvm.fmax.f(float %1404, float %1429)
	%2490 = call float @llvm.nvvm.fmax.f(float %1504, float %1529)
	%2491 = call float @llvm.nvvm.fmax.f(float %1604, float %1629)
	%2492 = call float @llvm.nvvm.fmax.f(float %1704, float %1729)
	%2493 = call float @llvm.nvvm.fmax.f(float %1804, float %1829)
	%2494 = call float @llvm.nvvm.fmax.f(float %1904, float %1929)
	%2495 = call float @llvm.nvvm.fmax.f(float %2004, float %2029)
	%2496 = call float @llvm.nvvm.fmax.f(float %2104, float %2129)
	%2497 = call float @llvm.nvvm.fmax.f(float %2204, float %2229)
	%2498 = call float @llvm.nvvm.fmax.f(float %2304, float %2329)
	%2499 = call float @llvm.nvvm.fmax.f(float %2483, float %2484)
	%2500 = call float @llvm.nvvm.fmax.f(float %2485, float %2486)
	%2501 = call float @llvm.nvvm.fmax.f(float %2487, float %2488)
	%2502 = call float @llvm.nvvm.fmax.f(float %2489, float %2490)
	%2503 = call float @llvm.nvvm.fmax.f(float %2491, float %2492)
	%2504 = call float @llvm.nvvm.fmax.f(float %2493, float %2494)
	%2505 = call float @llvm.nvvm.fmax.f(float %2495, float %2496)
	%2506 = call float @llvm.nvvm.fmax.f(float %2497, float %2498)
	%2507 = call float @llvm.nvvm.fmax.f(float %2499, float %2500)
	%2508 = call float @llvm.nvvm.fmax.f(float %2501, float %2502)
	%2509 = call float @llvm.nvvm.fmax.f(float %2503, float %2504)
	%2510 = call float @llvm.nvvm.fmax.f(float %2505, float %2506)
	%2511 = call float @llvm.nvvm.fmax.f(float %2507, float %2508)
	%2512 = call float @llvm.nvvm.fmax.f(float %2509, float %2510)
	%2513 = call float @llvm.nvvm.fmax.f(float %2511, float %2512)
	%2514 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2513, i32 1, i32 31)
	%2515 = call float @llvm.nvvm.fmax.f(float %2513, float %2514)
	%2516 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2515, i32 2, i32 31)
	%2517 = call float @llvm.nvvm.fmax.f(float %2515, float %2516)
	%2518 = call float @llvm.nvvm.fmax.f(float %68, float %2517)
	%2519 = fcmp oeq float %2518, 0xFFF0000000000000
	%2520 = select i1 %2519, float 0.0, float %2518
	%2521 = fsub float %804, %2520
	%2522 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2521)
	%2523 = fsub float %829, %2520
	%2524 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2523)
	%2525 = fsub float %904, %2520
	%2526 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2525)
	%2527 = fsub float %929, %2520
	%2528 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2527)
	%2529 = fsub float %1004, %2520
	%2530 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2529)
	%2531 = fsub float %1029, %2520
	%2532 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2531)
	%2533 = fsub float %1104, %2520
	%2534 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2533)
	%2535 = fsub float %1129, %2520
	%2536 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2535)
	%2537 = fsub float %1204, %2520
	%2538 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2537)
	%2539 = fsub float %1229, %2520
	%2540 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2539)
	%2541 = fsub float %1304, %2520
	%2542 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2541)
	%2543 = fsub float %1329, %2520
	%2544 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2543)
	%2545 = fsub float %1404, %2520
	%2546 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2545)
	%2547 = fsub float %1429, %2520
	%2548 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2547)
	%2549 = fsub float %1504, %2520
	%2550 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2549)
	%2551 = fsub float %1529, %2520
	%2552 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2551)
	%2553 = fsub float %1604, %2520
	%2554 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2553)
	%2555 = fsub float %1629, %2520
	%2556 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2555)
	%2557 = fsub float %1704, %2520
	%2558 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2557)
	%2559 = fsub float %1729, %2520
	%2560 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2559)
	%2561 = fsub float %1804, %2520
	%2562 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2561)
	%2563 = fsub float %1829, %2520
	%2564 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2563)
	%2565 = fsub float %1904, %2520
	%2566 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2565)
	%2567 = fsub float %1929, %2520
	%2568 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2567)
	%2569 = fsub float %2004, %2520
	%2570 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2569)
	%2571 = fsub float %2029, %2520
	%2572 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2571)
	%2573 = fsub float %2104, %2520
	%2574 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2573)
	%2575 = fsub float %2129, %2520
	%2576 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2575)
	%2577 = fsub float %2204, %2520
	%2578 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2577)
	%2579 = fsub float %2229, %2520
	%2580 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2579)
	%2581 = fsub float %2304, %2520
	%2582 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2581)
	%2583 = fsub float %2329, %2520
	%2584 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2583)
	%2585 = fadd float %2522, %2524
	%2586 = fadd float %2526, %2528
	%2587 = fadd float %2530, %2532
	%2588 = fadd float %2534, %2536
	%2589 = fadd float %2538, %2540
	%2590 = fadd float %2542, %2544
	%2591 = fadd float %2546, %2548
	%2592 = fadd float %2550, %2552
	%2593 = fadd float %2554, %2556
	%2594 = fadd float %2558, %2560
	%2595 = fadd float %2562, %2564
	%2596 = fadd float %2566, %2568
	%2597 = fadd float %2570, %2572
	%2598 = fadd float %2574, %2576
	%2599 = fadd float %2578, %2580
	%2600 = fadd float %2582, %2584
	%2601 = fadd float %2585, %2586
	%2602 = fadd float %2587, %2588
	%2603 = fadd float %2589, %2590
	%2604 = fadd float %2591, %2592
	%2605 = fadd float %2593, %2594
	%2606 = fadd float %2595, %2596
	%2607 = fadd float %2597, %2598
	%2608 = fadd float %2599, %2600
	%2609 = fadd float %2601, %2602
	%2610 = fadd float %2603, %2604
	%2611 = fadd float %2605, %2606
	%2612 = fadd float %2607, %2608
	%2613 = fadd float %2609, %2610
	%2614 = fadd float %2611, %2612
	%2615 = fadd float %2613, %2614
	%2616 = fsub float %68, %2520
	%2617 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2616)
	%2618 = fmul float %70, %2617
	%2619 = fadd float %2618, %2615
	%2620 = fadd float %2522, %2524
	%2621 = fadd float %2526, %2528
	%2622 = fadd float %2530, %2532
	%2623 = fadd float %2534, %2536
	%2624 = fadd float %2538, %2540
	%2625 = fadd float %2542, %2544
	%2626 = fadd float %2546, %2548
	%2627 = fadd float %2550, %2552
	%2628 = fadd float %2554, %2556
	%2629 = fadd float %2558, %2560
	%2630 = fadd float %2562, %2564
	%2631 = fadd float %2566, %2568
	%2632 = fadd float %2570, %2572
	%2633 = fadd float %2574, %2576
	%2634 = fadd float %2578, %2580
	%2635 = fadd float %2582, %2584
	%2636 = sext i32 %R to i64
	%2637 = mul i32 %4, 16
	%2638 = add i32 %6, 0
	%2639 = add i32 %2637, %2638
	%2640 = add i32 %3, %2639
	%2641 = icmp slt i32 %2640, %R
	%2642 = mul i32 %1, %18
	%2643 = add i32 %2642, %66
	%2644 = sext i32 %2643 to i64
	%2645 = mul i64 %2644, %2636
	%2646 = sext i32 %2640 to i64
	%2647 = add i64 %2645, %2646
	%2648 = icmp eq i32 %7, 0
	%2649 = and i1 %2641, %2648
	br i1 %2649, label %2650, label %2652

2650:
	%2651 = getelementptr float, float* %mx, i64 %2647
	store float %2367, float* %2651
	br label %2652

2652:
	%2653 = mul i32 %4, 16
	%2654 = add i32 %6, 8
	%2655 = add i32 %2653, %2654
	%2656 = add i32 %3, %2655
	%2657 = icmp slt i32 %2656, %R
	%2658 = mul i32 %1, %18
	%2659 = add i32 %2658, %66
	%2660 = sext i32 %2659 to i64
	%2661 = mul i64 %2660, %2636
	%2662 = sext i32 %2656 to i64
	%2663 = add i64 %2661, %2662
	%2664 = icmp eq i32 %7, 0
	%2665 = and i1 %2657, %2664
	br i1 %2665, label %2666, label %2668

2666:
	%2667 = getelementptr float, float* %mx, i64 %2663
	store float %2520, float* %2667
	br label %2668

2668:
	%2669 = and i32 %7, 1
	%2670 = icmp ne i32 %2669, 0
	%2671 = select i1 %2670, float %2468, float %2467
	%2672 = select i1 %2670, float %2467, float %2468
	%2673 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2672, i32 1, i32 31)
	%2674 = fadd float %2671, %2673
	%2675 = select i1 %2670, float %2470, float %2469
	%2676 = select i1 %2670, float %2469, float %2470
	%2677 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2676, i32 1, i32 31)
	%2678 = fadd float %2675, %2677
	%2679 = select i1 %2670, float %2472, float %2471
	%2680 = select i1 %2670, float %2471, float %2472
	%2681 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2680, i32 1, i32 31)
	%2682 = fadd float %2679, %2681
	%2683 = select i1 %2670, float %2474, float %2473
	%2684 = select i1 %2670, float %2473, float %2474
	%2685 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2684, i32 1, i32 31)
	%2686 = fadd float %2683, %2685
	%2687 = select i1 %2670, float %2476, float %2475
	%2688 = select i1 %2670, float %2475, float %2476
	%2689 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2688, i32 1, i32 31)
	%2690 = fadd float %2687, %2689
	%2691 = select i1 %2670, float %2478, float %2477
	%2692 = select i1 %2670, float %2477, float %2478
	%2693 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2692, i32 1, i32 31)
	%2694 = fadd float %2691, %2693
	%2695 = select i1 %2670, float %2480, float %2479
	%2696 = select i1 %2670, float %2479, float %2480
	%2697 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2696, i32 1, i32 31)
	%2698 = fadd float %2695, %2697
	%2699 = select i1 %2670, float %2482, float %2481
	%2700 = select i1 %2670, float %2481, float %2482
	%2701 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2700, i32 1, i32 31)
	%2702 = fadd float %2699, %2701
	%2703 = select i1 %2670, float %2621, float %2620
	%2704 = select i1 %2670, float %2620, float %2621
	%2705 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2704, i32 1, i32 31)
	%2706 = fadd float %2703, %2705
	%2707 = select i1 %2670, float %2623, float %2622
	%2708 = select i1 %2670, float %2622, float %2623
	%2709 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2708, i32 1, i32 31)
	%2710 = fadd float %2707, %2709
	%2711 = select i1 %2670, float %2625, float %2624
	%2712 = select i1 %2670, float %2624, float %2625
	%2713 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2712, i32 1, i32 31)
	%2714 = fadd float %2711, %2713
	%2715 = select i1 %2670, float %2627, float %2626
	%2716 = select i1 %2670, float %2626, float %2627
	%2717 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2716, i32 1, i32 31)
	%2718 = fadd float %2715, %2717
	%2719 = select i1 %2670, float %2629, float %2628
	%2720 = select i1 %2670, float %2628, float %2629
	%2721 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2720, i32 1, i32 31)
	%2722 = fadd float %2719, %2721
	%2723 = select i1 %2670, float %2631, float %2630
	%2724 = select i1 %2670, float %2630, float %2631
	%2725 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2724, i32 1, i32 31)
	%2726 = fadd float %2723, %2725
	%2727 = select i1 %2670, float %2633, float %2632
	%2728 = select i1 %2670, float %2632, float %2633
	%2729 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2728, i32 1, i32 31)
	%2730 = fadd float %2727, %2729
	%2731 = select i1 %2670, float %2635, float %2634
	%2732 = select i1 %2670, float %2634, float %2635
	%2733 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2732, i32 1, i32 31)
	%2734 = fadd float %2731, %2733
	%2735 = and i32 %7, 2
	%2736 = icmp ne i32 %2735, 0
	%2737 = select i1 %2736, float %2678, float %2674
	%2738 = select i1 %2736, float %2674, float %2678
	%2739 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2738, i32 2, i32 31)
	%2740 = fadd float %2737, %2739
	%2741 = select i1 %2736, float %2686, float %2682
	%2742 = select i1 %2736, float %2682, float %2686
	%2743 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2742, i32 2, i32 31)
	%2744 = fadd float %2741, %2743
	%2745 = select i1 %2736, float %2694, float %2690
	%2746 = select i1 %2736, float %2690, float %2694
	%2747 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2746, i32 2, i32 31)
	%2748 = fadd float %2745, %2747
	%2749 = select i1 %2736, float %2702, float %2698
	%2750 = select i1 %2736, float %2698, float %2702
	%2751 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2750, i32 2, i32 31)
	%2752 = fadd float %2749, %2751
	%2753 = select i1 %2736, float %2710, float %2706
	%2754 = select i1 %2736, float %2706, float %2710
	%2755 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2754, i32 2, i32 31)
	%2756 = fadd float %2753, %2755
	%2757 = select i1 %2736, float %2718, float %2714
	%2758 = select i1 %2736, float %2714, float %2718
	%2759 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2758, i32 2, i32 31)
	%2760 = fadd float %2757, %2759
	%2761 = select i1 %2736, float %2726, float %2722
	%2762 = select i1 %2736, float %2722, float %2726
	%2763 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2762, i32 2, i32 31)
	%2764 = fadd float %2761, %2763
	%2765 = select i1 %2736, float %2734, float %2730
	%2766 = select i1 %2736, float %2730, float %2734
	%2767 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2766, i32 2, i32 31)
	%2768 = fadd float %2765, %2767
	%2769 = add i32 0, %7
	%2770 = sub i32 %2769, 0
	%2771 = sdiv i32 %73, 8
	%2772 = add i32 %2771, %2770
	%2773 = and i1 true, %2641
	%2774 = icmp slt i32 %2772, %NK
	%2775 = and i1 %2773, %2774
	%2776 = mul i32 %1, %NK
	%2777 = add i32 %2776, %2772
	%2778 = sext i32 %2777 to i64
	%2779 = mul i64 %2778, %2636
	%2780 = mul i32 %4, 16
	%2781 = add i32 %6, 0
	%2782 = add i32 %2780, %2781
	%2783 = add i32 %3, %2782
	%2784 = sext i32 %2783 to i64
	%2785 = add i64 %2779, %2784
	br i1 %2775, label %2786, label %2788

2786:
	%2787 = getelementptr float, float* %part, i64 %2785
	store float %2740, float* %2787
	br label %2788

2788:
	%2789 = add i32 4, %7
	%2790 = sub i32 %2789, 0
	%2791 = sdiv i32 %73, 8
	%2792 = add i32 %2791, %2790
	%2793 = and i1 true, %2641
	%2794 = icmp slt i32 %2792, %NK
	%2795 = and i1 %2793, %2794
	%2796 = mul i32 %1, %NK
	%2797 = add i32 %2796, %2792
	%2798 = sext i32 %2797 to i64
	%2799 = mul i64 %2798, %2636
	%2800 = mul i32 %4, 16
	%2801 = add i32 %6, 0
	%2802 = add i32 %2800, %2801
	%2803 = add i32 %3, %2802
	%2804 = sext i32 %2803 to i64
	%2805 = add i64 %2799, %2804
	br i1 %2795, label %2806, label %2808

2806:
	%2807 = getelementptr float, float* %part, i64 %2805
	store float %2744, float* %2807
	br label %2808

2808:
	%2809 = add i32 8, %7
	%2810 = sub i32 %2809, 0
	%2811 = sdiv i32 %73, 8
	%2812 = add i32 %2811, %2810
	%2813 = and i1 true, %2641
	%2814 = icmp slt i32 %2812, %NK
	%2815 = and i1 %2813, %2814
	%2816 = mul i32 %1, %NK
	%2817 = add i32 %2816, %2812
	%2818 = sext i32 %2817 to i64
	%2819 = mul i64 %2818, %2636
	%2820 = mul i32 %4, 16
	%2821 = add i32 %6, 0
	%2822 = add i32 %2820, %2821
	%2823 = add i32 %3, %2822
	%2824 = sext i32 %2823 to i64
	%2825 = add i64 %2819, %2824
	br i1 %2815, label %2826, label %2828

2826:
	%2827 = getelementptr float, float* %part, i64 %2825
	store float %2748, float* %2827
	br label %2828

2828:
	%2829 = add i32 12, %7
	%2830 = sub i32 %2829, 0
	%2831 = sdiv i32 %73, 8
	%2832 = add i32 %2831, %2830
	%2833 = and i1 true, %2641
	%2834 = icmp slt i32 %2832, %NK
	%2835 = and i1 %2833, %2834
	%2836 = mul i32 %1, %NK
	%2837 = add i32 %2836, %2832
	%2838 = sext i32 %2837 to i64
	%2839 = mul i64 %2838, %2636
	%2840 = mul i32 %4, 16
	%2841 = add i32 %6, 0
	%2842 = add i32 %2840, %2841
	%2843 = add i32 %3, %2842
	%2844 = sext i32 %2843 to i64
	%2845 = add i64 %2839, %2844
	br i1 %2835, label %2846, label %2848

2846:
	%2847 = getelementptr float, float* %part, i64 %2845
	store float %2752, float* %2847
	br label %2848

2848:
	%2849 = add i32 16, %7
	%2850 = sub i32 %2849, 16
	%2851 = sdiv i32 %73, 8
	%2852 = add i32 %2851, %2850
	%2853 = and i1 true, %2657
	%2854 = icmp slt i32 %2852, %NK
	%2855 = and i1 %2853, %2854
	%2856 = mul i32 %1, %NK
	%2857 = add i32 %2856, %2852
	%2858 = sext i32 %2857 to i64
	%2859 = mul i64 %2858, %2636
	%2860 = mul i32 %4, 16
	%2861 = add i32 %6, 8
	%2862 = add i32 %2860, %2861
	%2863 = add i32 %3, %2862
	%2864 = sext i32 %2863 to i64
	%2865 = add i64 %2859, %2864
	br i1 %2855, label %2866, label %2868

2866:
	%2867 = getelementptr float, float* %part, i64 %2865
	store float %2756, float* %2867
	br label %2868

2868:
	%2869 = add i32 20, %7
	%2870 = sub i32 %2869, 16
	%2871 = sdiv i32 %73, 8
	%2872 = add i32 %2871, %2870
	%2873 = and i1 true, %2657
	%2874 = icmp slt i32 %2872, %NK
	%2875 = and i1 %2873, %2874
	%2876 = mul i32 %1, %NK
	%2877 = add i32 %2876, %2872
	%2878 = sext i32 %2877 to i64
	%2879 = mul i64 %2878, %2636
	%2880 = mul i32 %4, 16
	%2881 = add i32 %6, 8
	%2882 = add i32 %2880, %2881
	%2883 = add i32 %3, %2882
	%2884 = sext i32 %2883 to i64
	%2885 = add i64 %2879, %2884
	br i1 %2875, label %2886, label %2888

2886:
	%2887 = getelementptr float, float* %part, i64 %2885
	store float %2760, float* %2887
	br label %2888

2888:
	%2889 = add i32 24, %7
	%2890 = sub i32 %2889, 16
	%2891 = sdiv i32 %73, 8
	%2892 = add i32 %2891, %2890
	%2893 = and i1 true, %2657
	%2894 = icmp slt i32 %2892, %NK
	%2895 = and i1 %2893, %2894
	%2896 = mul i32 %1, %NK
	%2897 = add i32 %2896, %2892
	%2898 = sext i32 %2897 to i64
	%2899 = mul i64 %2898, %2636
	%2900 = mul i32 %4, 16
	%2901 = add i32 %6, 8
	%2902 = add i32 %2900, %2901
	%2903 = add i32 %3, %2902
	%2904 = sext i32 %2903 to i64
	%2905 = add i64 %2899, %2904
	br i1 %2895, label %2906, label %2908

2906:
	%2907 = getelementptr float, float* %part, i64 %2905
	store float %2764, float* %2907
	br label %2908

2908:
	%2909 = add i32 28, %7
	%2910 = sub i32 %2909, 16
	%2911 = sdiv i32 %73, 8
	%2912 = add i32 %2911, %2910
	%2913 = and i1 true, %2657
	%2914 = icmp slt i32 %2912, %NK
	%2915 = and i1 %2913, %2914
	%2916 = mul i32 %1, %NK
	%2917 = add i32 %2916, %2912
	%2918 = sext i32 %2917 to i64
	%2919 = mul i64 %2918, %2636
	%2920 = mul i32 %4, 16
	%2921 = add i32 %6, 8
	%2922 = add i32 %2920, %2921
	%2923 = add i32 %3, %2922
	%2924 = sext i32 %2923 to i64
	%2925 = add i64 %2919, %2924
	br i1 %2915, label %2926, label %2928

2926:
	%2927 = getelementptr float, float* %part, i64 %2925
	store float %2768, float* %2927
	br label %2928

2928:
	%2929 = add i32 %66, 1
	br label %65

2930:
	%2931 = mul i32 %1, %R
	%2932 = add i32 %2931, %84
	%2933 = mul i32 %2932, 2
	%2934 = add i32 %2933, 0
	%2935 = sext i32 %2934 to i64
	%2936 = getelementptr float, float* %stats, i64 %2935
	store float %67, float* %2936
	%2937 = mul i32 %1, %R
	%2938 = add i32 %2937, %84
	%2939 = mul i32 %2938, 2
	%2940 = add i32 %2939, 1
	%2941 = sext i32 %2940 to i64
	%2942 = getelementptr float, float* %stats, i64 %2941
	store float %80, float* %2942
	br label %2943

2943:
	%2944 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %70, i32 1, i32 31)
	%2945 = fadd float %70, %2944
	%2946 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2945, i32 2, i32 31)
	%2947 = fadd float %2945, %2946
	%2948 = mul i32 %4, 16
	%2949 = add i32 %6, 8
	%2950 = add i32 %2948, %2949
	%2951 = add i32 %3, %2950
	%2952 = icmp slt i32 %2951, %R
	%2953 = icmp eq i32 %7, 0
	%2954 = and i1 %2952, %2953
	br i1 %2954, label %2955, label %2968

2955:
	%2956 = mul i32 %1, %R
	%2957 = add i32 %2956, %2951
	%2958 = mul i32 %2957, 2
	%2959 = add i32 %2958, 0
	%2960 = sext i32 %2959 to i64
	%2961 = getelementptr float, float* %stats, i64 %2960
	store float %68, float* %2961
	%2962 = mul i32 %1, %R
	%2963 = add i32 %2962, %2951
	%2964 = mul i32 %2963, 2
	%2965 = add i32 %2964, 1
	%2966 = sext i32 %2965 to i64
	%2967 = getelementptr float, float* %stats, i64 %2966
	store float %2947, float* %2967
	br label %2968

2968:
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
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @xattn_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @xattn_adstats0, !"maxntidx", i32 256}
!2 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @xattn_adstats0, !"minctasm", i32 2}
!3 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @xattn_admass0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @xattn_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @xattn_attn2, !"minctasm", i32 3}
