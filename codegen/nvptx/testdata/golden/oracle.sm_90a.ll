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

define ptx_kernel void @oracle_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
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
	%84 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %80
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
	%105 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 %102
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
	%121 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %80
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
	%127 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 0
	%128 = load float, float addrspace(3)* %127
	%129 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 1
	%130 = load float, float addrspace(3)* %129
	%131 = fadd float %128, %130
	%132 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 2
	%133 = load float, float addrspace(3)* %132
	%134 = fadd float %131, %133
	%135 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 3
	%136 = load float, float addrspace(3)* %135
	%137 = fadd float %134, %136
	%138 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 4
	%139 = load float, float addrspace(3)* %138
	%140 = fadd float %137, %139
	%141 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 5
	%142 = load float, float addrspace(3)* %141
	%143 = fadd float %140, %142
	%144 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 6
	%145 = load float, float addrspace(3)* %144
	%146 = fadd float %143, %145
	%147 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 7
	%148 = load float, float addrspace(3)* %147
	%149 = fadd float %146, %148
	%150 = fptosi float %149 to i32
	%151 = icmp eq i32 %0, 0
	br i1 %151, label %152, label %156

152:
	%153 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 0
	%154 = load i32, i32 addrspace(3)* %153
	%155 = icmp eq i32 %154, 1
	br i1 %155, label %164, label %172

156:
	call void @llvm.nvvm.barrier0()
	%157 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 0
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
	%193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %188
	%194 = load i32, i32 addrspace(3)* %193
	%195 = icmp eq i32 %194, 1
	br i1 %195, label %199, label %207

196:
	%197 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 0
	store i32 %189, i32 addrspace(3)* %197
	%198 = getelementptr [1 x double], [1 x double] addrspace(3)* @oracle_select1_mass, i32 0, i32 0
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
	%224 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %0
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
	%236 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %233
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
	%253 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %252
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
	%279 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %243
	%280 = call i32 @llvm.ctpop.i32(i32 %245)
	%281 = atomicrmw add i32 addrspace(3)* %279, i32 %280 monotonic
	br label %282

282:
	%283 = add i32 %233, 256
	br label %232

284:
	%285 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %256
	store i32 %276, i32 addrspace(3)* %285
	br label %286

286:
	call void @llvm.nvvm.barrier0()
	%287 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%288 = load i32, i32 addrspace(3)* %287
	%289 = icmp sgt i32 %256, 0
	%290 = select i1 %289, i32 %288, i32 0
	%291 = add i32 0, %290
	%292 = add i32 0, %288
	%293 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%294 = load i32, i32 addrspace(3)* %293
	%295 = icmp sgt i32 %256, 1
	%296 = select i1 %295, i32 %294, i32 0
	%297 = add i32 %291, %296
	%298 = add i32 %292, %294
	%299 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%300 = load i32, i32 addrspace(3)* %299
	%301 = icmp sgt i32 %256, 2
	%302 = select i1 %301, i32 %300, i32 0
	%303 = add i32 %297, %302
	%304 = add i32 %298, %300
	%305 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%306 = load i32, i32 addrspace(3)* %305
	%307 = icmp sgt i32 %256, 3
	%308 = select i1 %307, i32 %306, i32 0
	%309 = add i32 %303, %308
	%310 = add i32 %304, %306
	%311 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%312 = load i32, i32 addrspace(3)* %311
	%313 = icmp sgt i32 %256, 4
	%314 = select i1 %313, i32 %312, i32 0
	%315 = add i32 %309, %314
	%316 = add i32 %310, %312
	%317 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%318 = load i32, i32 addrspace(3)* %317
	%319 = icmp sgt i32 %256, 5
	%320 = select i1 %319, i32 %318, i32 0
	%321 = add i32 %315, %320
	%322 = add i32 %316, %318
	%323 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%324 = load i32, i32 addrspace(3)* %323
	%325 = icmp sgt i32 %256, 6
	%326 = select i1 %325, i32 %324, i32 0
	%327 = add i32 %321, %326
	%328 = add i32 %322, %324
	%329 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
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
	%342 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	store i32 %252, i32 addrspace(3)* %342
	%343 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	store i32 %336, i32 addrspace(3)* %343
	br label %344

344:
	call void @llvm.nvvm.barrier0()
	%345 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	%346 = load i32, i32 addrspace(3)* %345
	%347 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	%348 = load i32, i32 addrspace(3)* %347
	%349 = sub i32 %218, %348
	%350 = shl i32 %346, 24
	%351 = or i32 0, %350
	%352 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%353 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %353
	call void @llvm.nvvm.barrier0()
	br label %354

354:
	%355 = phi i32 [ %0, %344 ], [ %405, %404 ]
	%356 = icmp slt i32 %355, %16
	br i1 %356, label %357, label %373

357:
	%358 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %355
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
	%375 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %374
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
	%401 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %365
	%402 = call i32 @llvm.ctpop.i32(i32 %367)
	%403 = atomicrmw add i32 addrspace(3)* %401, i32 %402 monotonic
	br label %404

404:
	%405 = add i32 %355, 256
	br label %354

406:
	%407 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %378
	store i32 %398, i32 addrspace(3)* %407
	br label %408

408:
	call void @llvm.nvvm.barrier0()
	%409 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%410 = load i32, i32 addrspace(3)* %409
	%411 = icmp sgt i32 %378, 0
	%412 = select i1 %411, i32 %410, i32 0
	%413 = add i32 0, %412
	%414 = add i32 0, %410
	%415 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%416 = load i32, i32 addrspace(3)* %415
	%417 = icmp sgt i32 %378, 1
	%418 = select i1 %417, i32 %416, i32 0
	%419 = add i32 %413, %418
	%420 = add i32 %414, %416
	%421 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%422 = load i32, i32 addrspace(3)* %421
	%423 = icmp sgt i32 %378, 2
	%424 = select i1 %423, i32 %422, i32 0
	%425 = add i32 %419, %424
	%426 = add i32 %420, %422
	%427 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%428 = load i32, i32 addrspace(3)* %427
	%429 = icmp sgt i32 %378, 3
	%430 = select i1 %429, i32 %428, i32 0
	%431 = add i32 %425, %430
	%432 = add i32 %426, %428
	%433 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%434 = load i32, i32 addrspace(3)* %433
	%435 = icmp sgt i32 %378, 4
	%436 = select i1 %435, i32 %434, i32 0
	%437 = add i32 %431, %436
	%438 = add i32 %432, %434
	%439 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%440 = load i32, i32 addrspace(3)* %439
	%441 = icmp sgt i32 %378, 5
	%442 = select i1 %441, i32 %440, i32 0
	%443 = add i32 %437, %442
	%444 = add i32 %438, %440
	%445 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%446 = load i32, i32 addrspace(3)* %445
	%447 = icmp sgt i32 %378, 6
	%448 = select i1 %447, i32 %446, i32 0
	%449 = add i32 %443, %448
	%450 = add i32 %444, %446
	%451 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
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
	%464 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	store i32 %374, i32 addrspace(3)* %464
	%465 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	store i32 %458, i32 addrspace(3)* %465
	br label %466

466:
	call void @llvm.nvvm.barrier0()
	%467 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	%468 = load i32, i32 addrspace(3)* %467
	%469 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	%470 = load i32, i32 addrspace(3)* %469
	%471 = sub i32 %349, %470
	%472 = shl i32 %468, 16
	%473 = or i32 %351, %472
	%474 = or i32 %352, u0xFF0000
	call void @llvm.nvvm.barrier0()
	%475 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %475
	call void @llvm.nvvm.barrier0()
	br label %476

476:
	%477 = phi i32 [ %0, %466 ], [ %527, %526 ]
	%478 = icmp slt i32 %477, %16
	br i1 %478, label %479, label %495

479:
	%480 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %477
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
	%497 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %496
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
	%523 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %487
	%524 = call i32 @llvm.ctpop.i32(i32 %489)
	%525 = atomicrmw add i32 addrspace(3)* %523, i32 %524 monotonic
	br label %526

526:
	%527 = add i32 %477, 256
	br label %476

528:
	%529 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %500
	store i32 %520, i32 addrspace(3)* %529
	br label %530

530:
	call void @llvm.nvvm.barrier0()
	%531 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%532 = load i32, i32 addrspace(3)* %531
	%533 = icmp sgt i32 %500, 0
	%534 = select i1 %533, i32 %532, i32 0
	%535 = add i32 0, %534
	%536 = add i32 0, %532
	%537 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%538 = load i32, i32 addrspace(3)* %537
	%539 = icmp sgt i32 %500, 1
	%540 = select i1 %539, i32 %538, i32 0
	%541 = add i32 %535, %540
	%542 = add i32 %536, %538
	%543 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%544 = load i32, i32 addrspace(3)* %543
	%545 = icmp sgt i32 %500, 2
	%546 = select i1 %545, i32 %544, i32 0
	%547 = add i32 %541, %546
	%548 = add i32 %542, %544
	%549 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%550 = load i32, i32 addrspace(3)* %549
	%551 = icmp sgt i32 %500, 3
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 %547, %552
	%554 = add i32 %548, %550
	%555 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%556 = load i32, i32 addrspace(3)* %555
	%557 = icmp sgt i32 %500, 4
	%558 = select i1 %557, i32 %556, i32 0
	%559 = add i32 %553, %558
	%560 = add i32 %554, %556
	%561 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%562 = load i32, i32 addrspace(3)* %561
	%563 = icmp sgt i32 %500, 5
	%564 = select i1 %563, i32 %562, i32 0
	%565 = add i32 %559, %564
	%566 = add i32 %560, %562
	%567 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%568 = load i32, i32 addrspace(3)* %567
	%569 = icmp sgt i32 %500, 6
	%570 = select i1 %569, i32 %568, i32 0
	%571 = add i32 %565, %570
	%572 = add i32 %566, %568
	%573 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
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
	%586 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	store i32 %496, i32 addrspace(3)* %586
	%587 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	store i32 %580, i32 addrspace(3)* %587
	br label %588

588:
	call void @llvm.nvvm.barrier0()
	%589 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	%590 = load i32, i32 addrspace(3)* %589
	%591 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	%592 = load i32, i32 addrspace(3)* %591
	%593 = sub i32 %471, %592
	%594 = shl i32 %590, 8
	%595 = or i32 %473, %594
	%596 = or i32 %474, u0xFF00
	call void @llvm.nvvm.barrier0()
	%597 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %597
	call void @llvm.nvvm.barrier0()
	br label %598

598:
	%599 = phi i32 [ %0, %588 ], [ %649, %648 ]
	%600 = icmp slt i32 %599, %16
	br i1 %600, label %601, label %617

601:
	%602 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %599
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
	%619 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %618
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
	%645 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %609
	%646 = call i32 @llvm.ctpop.i32(i32 %611)
	%647 = atomicrmw add i32 addrspace(3)* %645, i32 %646 monotonic
	br label %648

648:
	%649 = add i32 %599, 256
	br label %598

650:
	%651 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %622
	store i32 %642, i32 addrspace(3)* %651
	br label %652

652:
	call void @llvm.nvvm.barrier0()
	%653 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%654 = load i32, i32 addrspace(3)* %653
	%655 = icmp sgt i32 %622, 0
	%656 = select i1 %655, i32 %654, i32 0
	%657 = add i32 0, %656
	%658 = add i32 0, %654
	%659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%660 = load i32, i32 addrspace(3)* %659
	%661 = icmp sgt i32 %622, 1
	%662 = select i1 %661, i32 %660, i32 0
	%663 = add i32 %657, %662
	%664 = add i32 %658, %660
	%665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%666 = load i32, i32 addrspace(3)* %665
	%667 = icmp sgt i32 %622, 2
	%668 = select i1 %667, i32 %666, i32 0
	%669 = add i32 %663, %668
	%670 = add i32 %664, %666
	%671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%672 = load i32, i32 addrspace(3)* %671
	%673 = icmp sgt i32 %622, 3
	%674 = select i1 %673, i32 %672, i32 0
	%675 = add i32 %669, %674
	%676 = add i32 %670, %672
	%677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%678 = load i32, i32 addrspace(3)* %677
	%679 = icmp sgt i32 %622, 4
	%680 = select i1 %679, i32 %678, i32 0
	%681 = add i32 %675, %680
	%682 = add i32 %676, %678
	%683 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%684 = load i32, i32 addrspace(3)* %683
	%685 = icmp sgt i32 %622, 5
	%686 = select i1 %685, i32 %684, i32 0
	%687 = add i32 %681, %686
	%688 = add i32 %682, %684
	%689 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%690 = load i32, i32 addrspace(3)* %689
	%691 = icmp sgt i32 %622, 6
	%692 = select i1 %691, i32 %690, i32 0
	%693 = add i32 %687, %692
	%694 = add i32 %688, %690
	%695 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
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
	%708 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	store i32 %618, i32 addrspace(3)* %708
	%709 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	store i32 %702, i32 addrspace(3)* %709
	br label %710

710:
	call void @llvm.nvvm.barrier0()
	%711 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	%712 = load i32, i32 addrspace(3)* %711
	%713 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
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
	%726 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %725
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
	%755 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %731
	store i32 %751, i32 addrspace(3)* %755
	br label %756

756:
	call void @llvm.nvvm.barrier0()
	%757 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%758 = load i32, i32 addrspace(3)* %757
	%759 = icmp sgt i32 %731, 0
	%760 = select i1 %759, i32 %758, i32 0
	%761 = add i32 0, %760
	%762 = add i32 0, %758
	%763 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%764 = load i32, i32 addrspace(3)* %763
	%765 = icmp sgt i32 %731, 1
	%766 = select i1 %765, i32 %764, i32 0
	%767 = add i32 %761, %766
	%768 = add i32 %762, %764
	%769 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%770 = load i32, i32 addrspace(3)* %769
	%771 = icmp sgt i32 %731, 2
	%772 = select i1 %771, i32 %770, i32 0
	%773 = add i32 %767, %772
	%774 = add i32 %768, %770
	%775 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%776 = load i32, i32 addrspace(3)* %775
	%777 = icmp sgt i32 %731, 3
	%778 = select i1 %777, i32 %776, i32 0
	%779 = add i32 %773, %778
	%780 = add i32 %774, %776
	%781 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%782 = load i32, i32 addrspace(3)* %781
	%783 = icmp sgt i32 %731, 4
	%784 = select i1 %783, i32 %782, i32 0
	%785 = add i32 %779, %784
	%786 = add i32 %780, %782
	%787 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%788 = load i32, i32 addrspace(3)* %787
	%789 = icmp sgt i32 %731, 5
	%790 = select i1 %789, i32 %788, i32 0
	%791 = add i32 %785, %790
	%792 = add i32 %786, %788
	%793 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%794 = load i32, i32 addrspace(3)* %793
	%795 = icmp sgt i32 %731, 6
	%796 = select i1 %795, i32 %794, i32 0
	%797 = add i32 %791, %796
	%798 = add i32 %792, %794
	%799 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
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
	%837 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 %814
	store i32 %834, i32 addrspace(3)* %837
	br label %838

838:
	call void @llvm.nvvm.barrier0()
	%839 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 0
	%840 = load i32, i32 addrspace(3)* %839
	%841 = icmp sgt i32 %814, 0
	%842 = select i1 %841, i32 %840, i32 0
	%843 = add i32 0, %842
	%844 = add i32 0, %840
	%845 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 1
	%846 = load i32, i32 addrspace(3)* %845
	%847 = icmp sgt i32 %814, 1
	%848 = select i1 %847, i32 %846, i32 0
	%849 = add i32 %843, %848
	%850 = add i32 %844, %846
	%851 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 2
	%852 = load i32, i32 addrspace(3)* %851
	%853 = icmp sgt i32 %814, 2
	%854 = select i1 %853, i32 %852, i32 0
	%855 = add i32 %849, %854
	%856 = add i32 %850, %852
	%857 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 3
	%858 = load i32, i32 addrspace(3)* %857
	%859 = icmp sgt i32 %814, 3
	%860 = select i1 %859, i32 %858, i32 0
	%861 = add i32 %855, %860
	%862 = add i32 %856, %858
	%863 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 4
	%864 = load i32, i32 addrspace(3)* %863
	%865 = icmp sgt i32 %814, 4
	%866 = select i1 %865, i32 %864, i32 0
	%867 = add i32 %861, %866
	%868 = add i32 %862, %864
	%869 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 5
	%870 = load i32, i32 addrspace(3)* %869
	%871 = icmp sgt i32 %814, 5
	%872 = select i1 %871, i32 %870, i32 0
	%873 = add i32 %867, %872
	%874 = add i32 %868, %870
	%875 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 6
	%876 = load i32, i32 addrspace(3)* %875
	%877 = icmp sgt i32 %814, 6
	%878 = select i1 %877, i32 %876, i32 0
	%879 = add i32 %873, %878
	%880 = add i32 %874, %876
	%881 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 7
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
	%891 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %890
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
	%900 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %897
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
	%928 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %920
	%929 = load i32, i32 addrspace(3)* %928
	%930 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %923
	%931 = load i32, i32 addrspace(3)* %930
	%932 = and i32 %920, %908
	%933 = icmp eq i32 %932, 0
	%934 = icmp sge i32 %931, 0
	%935 = select i1 %934, i32 %931, i32 0
	%936 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %935
	%937 = load i32, i32 addrspace(3)* %936
	%938 = select i1 %934, i32 %937, i32 0
	%939 = icmp sge i32 %929, 0
	%940 = select i1 %939, i32 %929, i32 0
	%941 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %940
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
	%953 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %920
	store i32 %931, i32 addrspace(3)* %953
	%954 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %923
	store i32 %929, i32 addrspace(3)* %954
	br label %955

955:
	br label %950

956:
	%957 = phi i32 [ %0, %909 ], [ %970, %959 ]
	%958 = icmp slt i32 %957, %218
	br i1 %958, label %959, label %971

959:
	%960 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %957
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
	%974 = getelementptr [1 x double], [1 x double] addrspace(3)* @oracle_select1_mass, i32 0, i32 0
	%975 = load double, double addrspace(3)* %974
	br label %987

976:
	call void @llvm.nvvm.barrier0()
	%977 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 1
	%978 = load i32, i32 addrspace(3)* %977
	%979 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 2
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
	%1003 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %1002
	%1004 = load i32, i32 addrspace(3)* %1003
	%1005 = sub i32 %1004, 2
	%1006 = bitcast i32 %1005 to float
	br label %1007

1007:
	%1008 = phi float [ 0.0, %992 ], [ %1006, %997 ]
	%1009 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 0, i32 31)
	%1010 = fcmp olt double %989, 0x3FEE666666666666
	%1011 = add i32 %988, 0
	%1012 = icmp slt i32 %1011, %218
	%1013 = and i1 %1010, %1012
	%1014 = fpext float %1009 to double
	%1015 = fadd double %989, %1014
	%1016 = select i1 %1013, double %1015, double %989
	%1017 = add i32 %990, 1
	%1018 = select i1 %1013, i32 %1017, i32 %990
	%1019 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 1, i32 31)
	%1020 = fcmp olt double %1016, 0x3FEE666666666666
	%1021 = add i32 %988, 1
	%1022 = icmp slt i32 %1021, %218
	%1023 = and i1 %1020, %1022
	%1024 = fpext float %1019 to double
	%1025 = fadd double %1016, %1024
	%1026 = select i1 %1023, double %1025, double %1016
	%1027 = add i32 %1018, 1
	%1028 = select i1 %1023, i32 %1027, i32 %1018
	%1029 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 2, i32 31)
	%1030 = fcmp olt double %1026, 0x3FEE666666666666
	%1031 = add i32 %988, 2
	%1032 = icmp slt i32 %1031, %218
	%1033 = and i1 %1030, %1032
	%1034 = fpext float %1029 to double
	%1035 = fadd double %1026, %1034
	%1036 = select i1 %1033, double %1035, double %1026
	%1037 = add i32 %1028, 1
	%1038 = select i1 %1033, i32 %1037, i32 %1028
	%1039 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 3, i32 31)
	%1040 = fcmp olt double %1036, 0x3FEE666666666666
	%1041 = add i32 %988, 3
	%1042 = icmp slt i32 %1041, %218
	%1043 = and i1 %1040, %1042
	%1044 = fpext float %1039 to double
	%1045 = fadd double %1036, %1044
	%1046 = select i1 %1043, double %1045, double %1036
	%1047 = add i32 %1038, 1
	%1048 = select i1 %1043, i32 %1047, i32 %1038
	%1049 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 4, i32 31)
	%1050 = fcmp olt double %1046, 0x3FEE666666666666
	%1051 = add i32 %988, 4
	%1052 = icmp slt i32 %1051, %218
	%1053 = and i1 %1050, %1052
	%1054 = fpext float %1049 to double
	%1055 = fadd double %1046, %1054
	%1056 = select i1 %1053, double %1055, double %1046
	%1057 = add i32 %1048, 1
	%1058 = select i1 %1053, i32 %1057, i32 %1048
	%1059 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 5, i32 31)
	%1060 = fcmp olt double %1056, 0x3FEE666666666666
	%1061 = add i32 %988, 5
	%1062 = icmp slt i32 %1061, %218
	%1063 = and i1 %1060, %1062
	%1064 = fpext float %1059 to double
	%1065 = fadd double %1056, %1064
	%1066 = select i1 %1063, double %1065, double %1056
	%1067 = add i32 %1058, 1
	%1068 = select i1 %1063, i32 %1067, i32 %1058
	%1069 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 6, i32 31)
	%1070 = fcmp olt double %1066, 0x3FEE666666666666
	%1071 = add i32 %988, 6
	%1072 = icmp slt i32 %1071, %218
	%1073 = and i1 %1070, %1072
	%1074 = fpext float %1069 to double
	%1075 = fadd double %1066, %1074
	%1076 = select i1 %1073, double %1075, double %1066
	%1077 = add i32 %1068, 1
	%1078 = select i1 %1073, i32 %1077, i32 %1068
	%1079 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 7, i32 31)
	%1080 = fcmp olt double %1076, 0x3FEE666666666666
	%1081 = add i32 %988, 7
	%1082 = icmp slt i32 %1081, %218
	%1083 = and i1 %1080, %1082
	%1084 = fpext float %1079 to double
	%1085 = fadd double %1076, %1084
	%1086 = select i1 %1083, double %1085, double %1076
	%1087 = add i32 %1078, 1
	%1088 = select i1 %1083, i32 %1087, i32 %1078
	%1089 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 8, i32 31)
	%1090 = fcmp olt double %1086, 0x3FEE666666666666
	%1091 = add i32 %988, 8
	%1092 = icmp slt i32 %1091, %218
	%1093 = and i1 %1090, %1092
	%1094 = fpext float %1089 to double
	%1095 = fadd double %1086, %1094
	%1096 = select i1 %1093, double %1095, double %1086
	%1097 = add i32 %1088, 1
	%1098 = select i1 %1093, i32 %1097, i32 %1088
	%1099 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 9, i32 31)
	%1100 = fcmp olt double %1096, 0x3FEE666666666666
	%1101 = add i32 %988, 9
	%1102 = icmp slt i32 %1101, %218
	%1103 = and i1 %1100, %1102
	%1104 = fpext float %1099 to double
	%1105 = fadd double %1096, %1104
	%1106 = select i1 %1103, double %1105, double %1096
	%1107 = add i32 %1098, 1
	%1108 = select i1 %1103, i32 %1107, i32 %1098
	%1109 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 10, i32 31)
	%1110 = fcmp olt double %1106, 0x3FEE666666666666
	%1111 = add i32 %988, 10
	%1112 = icmp slt i32 %1111, %218
	%1113 = and i1 %1110, %1112
	%1114 = fpext float %1109 to double
	%1115 = fadd double %1106, %1114
	%1116 = select i1 %1113, double %1115, double %1106
	%1117 = add i32 %1108, 1
	%1118 = select i1 %1113, i32 %1117, i32 %1108
	%1119 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 11, i32 31)
	%1120 = fcmp olt double %1116, 0x3FEE666666666666
	%1121 = add i32 %988, 11
	%1122 = icmp slt i32 %1121, %218
	%1123 = and i1 %1120, %1122
	%1124 = fpext float %1119 to double
	%1125 = fadd double %1116, %1124
	%1126 = select i1 %1123, double %1125, double %1116
	%1127 = add i32 %1118, 1
	%1128 = select i1 %1123, i32 %1127, i32 %1118
	%1129 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 12, i32 31)
	%1130 = fcmp olt double %1126, 0x3FEE666666666666
	%1131 = add i32 %988, 12
	%1132 = icmp slt i32 %1131, %218
	%1133 = and i1 %1130, %1132
	%1134 = fpext float %1129 to double
	%1135 = fadd double %1126, %1134
	%1136 = select i1 %1133, double %1135, double %1126
	%1137 = add i32 %1128, 1
	%1138 = select i1 %1133, i32 %1137, i32 %1128
	%1139 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 13, i32 31)
	%1140 = fcmp olt double %1136, 0x3FEE666666666666
	%1141 = add i32 %988, 13
	%1142 = icmp slt i32 %1141, %218
	%1143 = and i1 %1140, %1142
	%1144 = fpext float %1139 to double
	%1145 = fadd double %1136, %1144
	%1146 = select i1 %1143, double %1145, double %1136
	%1147 = add i32 %1138, 1
	%1148 = select i1 %1143, i32 %1147, i32 %1138
	%1149 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 14, i32 31)
	%1150 = fcmp olt double %1146, 0x3FEE666666666666
	%1151 = add i32 %988, 14
	%1152 = icmp slt i32 %1151, %218
	%1153 = and i1 %1150, %1152
	%1154 = fpext float %1149 to double
	%1155 = fadd double %1146, %1154
	%1156 = select i1 %1153, double %1155, double %1146
	%1157 = add i32 %1148, 1
	%1158 = select i1 %1153, i32 %1157, i32 %1148
	%1159 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 15, i32 31)
	%1160 = fcmp olt double %1156, 0x3FEE666666666666
	%1161 = add i32 %988, 15
	%1162 = icmp slt i32 %1161, %218
	%1163 = and i1 %1160, %1162
	%1164 = fpext float %1159 to double
	%1165 = fadd double %1156, %1164
	%1166 = select i1 %1163, double %1165, double %1156
	%1167 = add i32 %1158, 1
	%1168 = select i1 %1163, i32 %1167, i32 %1158
	%1169 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 16, i32 31)
	%1170 = fcmp olt double %1166, 0x3FEE666666666666
	%1171 = add i32 %988, 16
	%1172 = icmp slt i32 %1171, %218
	%1173 = and i1 %1170, %1172
	%1174 = fpext float %1169 to double
	%1175 = fadd double %1166, %1174
	%1176 = select i1 %1173, double %1175, double %1166
	%1177 = add i32 %1168, 1
	%1178 = select i1 %1173, i32 %1177, i32 %1168
	%1179 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 17, i32 31)
	%1180 = fcmp olt double %1176, 0x3FEE666666666666
	%1181 = add i32 %988, 17
	%1182 = icmp slt i32 %1181, %218
	%1183 = and i1 %1180, %1182
	%1184 = fpext float %1179 to double
	%1185 = fadd double %1176, %1184
	%1186 = select i1 %1183, double %1185, double %1176
	%1187 = add i32 %1178, 1
	%1188 = select i1 %1183, i32 %1187, i32 %1178
	%1189 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 18, i32 31)
	%1190 = fcmp olt double %1186, 0x3FEE666666666666
	%1191 = add i32 %988, 18
	%1192 = icmp slt i32 %1191, %218
	%1193 = and i1 %1190, %1192
	%1194 = fpext float %1189 to double
	%1195 = fadd double %1186, %1194
	%1196 = select i1 %1193, double %1195, double %1186
	%1197 = add i32 %1188, 1
	%1198 = select i1 %1193, i32 %1197, i32 %1188
	%1199 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 19, i32 31)
	%1200 = fcmp olt double %1196, 0x3FEE666666666666
	%1201 = add i32 %988, 19
	%1202 = icmp slt i32 %1201, %218
	%1203 = and i1 %1200, %1202
	%1204 = fpext float %1199 to double
	%1205 = fadd double %1196, %1204
	%1206 = select i1 %1203, double %1205, double %1196
	%1207 = add i32 %1198, 1
	%1208 = select i1 %1203, i32 %1207, i32 %1198
	%1209 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 20, i32 31)
	%1210 = fcmp olt double %1206, 0x3FEE666666666666
	%1211 = add i32 %988, 20
	%1212 = icmp slt i32 %1211, %218
	%1213 = and i1 %1210, %1212
	%1214 = fpext float %1209 to double
	%1215 = fadd double %1206, %1214
	%1216 = select i1 %1213, double %1215, double %1206
	%1217 = add i32 %1208, 1
	%1218 = select i1 %1213, i32 %1217, i32 %1208
	%1219 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 21, i32 31)
	%1220 = fcmp olt double %1216, 0x3FEE666666666666
	%1221 = add i32 %988, 21
	%1222 = icmp slt i32 %1221, %218
	%1223 = and i1 %1220, %1222
	%1224 = fpext float %1219 to double
	%1225 = fadd double %1216, %1224
	%1226 = select i1 %1223, double %1225, double %1216
	%1227 = add i32 %1218, 1
	%1228 = select i1 %1223, i32 %1227, i32 %1218
	%1229 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 22, i32 31)
	%1230 = fcmp olt double %1226, 0x3FEE666666666666
	%1231 = add i32 %988, 22
	%1232 = icmp slt i32 %1231, %218
	%1233 = and i1 %1230, %1232
	%1234 = fpext float %1229 to double
	%1235 = fadd double %1226, %1234
	%1236 = select i1 %1233, double %1235, double %1226
	%1237 = add i32 %1228, 1
	%1238 = select i1 %1233, i32 %1237, i32 %1228
	%1239 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 23, i32 31)
	%1240 = fcmp olt double %1236, 0x3FEE666666666666
	%1241 = add i32 %988, 23
	%1242 = icmp slt i32 %1241, %218
	%1243 = and i1 %1240, %1242
	%1244 = fpext float %1239 to double
	%1245 = fadd double %1236, %1244
	%1246 = select i1 %1243, double %1245, double %1236
	%1247 = add i32 %1238, 1
	%1248 = select i1 %1243, i32 %1247, i32 %1238
	%1249 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 24, i32 31)
	%1250 = fcmp olt double %1246, 0x3FEE666666666666
	%1251 = add i32 %988, 24
	%1252 = icmp slt i32 %1251, %218
	%1253 = and i1 %1250, %1252
	%1254 = fpext float %1249 to double
	%1255 = fadd double %1246, %1254
	%1256 = select i1 %1253, double %1255, double %1246
	%1257 = add i32 %1248, 1
	%1258 = select i1 %1253, i32 %1257, i32 %1248
	%1259 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 25, i32 31)
	%1260 = fcmp olt double %1256, 0x3FEE666666666666
	%1261 = add i32 %988, 25
	%1262 = icmp slt i32 %1261, %218
	%1263 = and i1 %1260, %1262
	%1264 = fpext float %1259 to double
	%1265 = fadd double %1256, %1264
	%1266 = select i1 %1263, double %1265, double %1256
	%1267 = add i32 %1258, 1
	%1268 = select i1 %1263, i32 %1267, i32 %1258
	%1269 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 26, i32 31)
	%1270 = fcmp olt double %1266, 0x3FEE666666666666
	%1271 = add i32 %988, 26
	%1272 = icmp slt i32 %1271, %218
	%1273 = and i1 %1270, %1272
	%1274 = fpext float %1269 to double
	%1275 = fadd double %1266, %1274
	%1276 = select i1 %1273, double %1275, double %1266
	%1277 = add i32 %1268, 1
	%1278 = select i1 %1273, i32 %1277, i32 %1268
	%1279 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 27, i32 31)
	%1280 = fcmp olt double %1276, 0x3FEE666666666666
	%1281 = add i32 %988, 27
	%1282 = icmp slt i32 %1281, %218
	%1283 = and i1 %1280, %1282
	%1284 = fpext float %1279 to double
	%1285 = fadd double %1276, %1284
	%1286 = select i1 %1283, double %1285, double %1276
	%1287 = add i32 %1278, 1
	%1288 = select i1 %1283, i32 %1287, i32 %1278
	%1289 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 28, i32 31)
	%1290 = fcmp olt double %1286, 0x3FEE666666666666
	%1291 = add i32 %988, 28
	%1292 = icmp slt i32 %1291, %218
	%1293 = and i1 %1290, %1292
	%1294 = fpext float %1289 to double
	%1295 = fadd double %1286, %1294
	%1296 = select i1 %1293, double %1295, double %1286
	%1297 = add i32 %1288, 1
	%1298 = select i1 %1293, i32 %1297, i32 %1288
	%1299 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 29, i32 31)
	%1300 = fcmp olt double %1296, 0x3FEE666666666666
	%1301 = add i32 %988, 29
	%1302 = icmp slt i32 %1301, %218
	%1303 = and i1 %1300, %1302
	%1304 = fpext float %1299 to double
	%1305 = fadd double %1296, %1304
	%1306 = select i1 %1303, double %1305, double %1296
	%1307 = add i32 %1298, 1
	%1308 = select i1 %1303, i32 %1307, i32 %1298
	%1309 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 30, i32 31)
	%1310 = fcmp olt double %1306, 0x3FEE666666666666
	%1311 = add i32 %988, 30
	%1312 = icmp slt i32 %1311, %218
	%1313 = and i1 %1310, %1312
	%1314 = fpext float %1309 to double
	%1315 = fadd double %1306, %1314
	%1316 = select i1 %1313, double %1315, double %1306
	%1317 = add i32 %1308, 1
	%1318 = select i1 %1313, i32 %1317, i32 %1308
	%1319 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1008, i32 31, i32 31)
	%1320 = fcmp olt double %1316, 0x3FEE666666666666
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
	%1331 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 1
	store i32 %990, i32 addrspace(3)* %1331
	%1332 = fcmp oge double %989, 0x3FEE666666666666
	%1333 = zext i1 %1332 to i32
	%1334 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 2
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
	%46 = add i32 %3, 127
	%47 = mul i32 %46, 1
	%48 = add i32 %47, 0
	%49 = sub i32 %N, %M
	%50 = add i32 %48, %49
	%51 = icmp slt i32 %50, 0
	%52 = sub i32 0, %50
	%53 = add i32 %52, 0
	%54 = sdiv i32 %53, 1
	%55 = sub i32 0, %54
	%56 = sdiv i32 %50, 1
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
	%66 = phi i32 [ 0, %entry ], [ %2753, %2752 ]
	%67 = phi float [ 0xFFF0000000000000, %entry ], [ %2365, %2752 ]
	%68 = phi float [ 0xFFF0000000000000, %entry ], [ %2532, %2752 ]
	%69 = phi float [ 0.0, %entry ], [ %2466, %2752 ]
	%70 = phi float [ 0.0, %entry ], [ %2633, %2752 ]
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
	br i1 %87, label %2754, label %2767

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
	%154 = icmp slt i32 %89, 2
	br i1 %154, label %155, label %729

155:
	%156 = sdiv i32 %89, 2
	%157 = srem i32 %89, 2
	%158 = mul i32 %157, 64
	%159 = sub i32 0, %156
	%160 = add i32 %0, 0
	%161 = lshr i32 %160, 3
	%162 = and i32 %160, 7
	%163 = add i32 %3, %161
	%164 = mul i32 %163, 1
	%165 = add i32 %164, %159
	%166 = icmp slt i32 %165, %M
	%167 = select i1 %166, i32 %165, i32 0
	%168 = mul i32 %167, 128
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
	%189 = mul i32 %188, 1
	%190 = add i32 %189, %159
	%191 = icmp slt i32 %190, %M
	%192 = select i1 %191, i32 %190, i32 0
	%193 = mul i32 %192, 128
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
	%214 = mul i32 %213, 1
	%215 = add i32 %214, %159
	%216 = icmp slt i32 %215, %M
	%217 = select i1 %216, i32 %215, i32 0
	%218 = mul i32 %217, 128
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
	%239 = mul i32 %238, 1
	%240 = add i32 %239, %159
	%241 = icmp slt i32 %240, %M
	%242 = select i1 %241, i32 %240, i32 0
	%243 = mul i32 %242, 128
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
	%264 = mul i32 %263, 1
	%265 = add i32 %264, %156
	%266 = icmp slt i32 %265, %N
	%267 = select i1 %266, i32 %265, i32 0
	%268 = mul i32 %267, 128
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
	%289 = mul i32 %288, 1
	%290 = add i32 %289, %156
	%291 = icmp slt i32 %290, %N
	%292 = select i1 %291, i32 %290, i32 0
	%293 = mul i32 %292, 128
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
	%314 = mul i32 %313, 1
	%315 = add i32 %314, %156
	%316 = icmp slt i32 %315, %N
	%317 = select i1 %316, i32 %315, i32 0
	%318 = mul i32 %317, 128
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
	%339 = mul i32 %338, 1
	%340 = add i32 %339, %156
	%341 = icmp slt i32 %340, %N
	%342 = select i1 %341, i32 %340, i32 0
	%343 = mul i32 %342, 128
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
	%371 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %90, float %91, float %92, float %93, float %94, float %95, float %96, float %97, float %98, float %99, float %100, float %101, float %102, float %103, float %104, float %105, float %106, float %107, float %108, float %109, float %110, float %111, float %112, float %113, float %114, float %115, float %116, float %117, float %118, float %119, float %120, float %121, float %122, float %123, float %124, float %125, float %126, float %127, float %128, float %129, float %130, float %131, float %132, float %133, float %134, float %135, float %136, float %137, float %138, float %139, float %140, float %141, float %142, float %143, float %144, float %145, float %146, float %147, float %148, float %149, float %150, float %151, float %152, float %153, i64 %365, i64 %370, i32 1)
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
	%447 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, i64 %441, i64 %446, i32 1)
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
	%523 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, float %497, float %498, float %499, float %500, float %501, float %502, float %503, float %504, float %505, float %506, float %507, float %508, float %509, float %510, float %511, i64 %517, i64 %522, i32 1)
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
	%599 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %540, float %541, float %542, float %543, float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, float %587, i64 %593, i64 %598, i32 1)
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
	%740 = mul i32 %733, 1
	%741 = add i32 %740, 0
	%742 = sub i32 %N, %M
	%743 = add i32 %741, %742
	%744 = icmp slt i32 %743, 0
	%745 = sub i32 0, %743
	%746 = add i32 %745, 0
	%747 = sdiv i32 %746, 1
	%748 = sub i32 0, %747
	%749 = sdiv i32 %743, 1
	%750 = select i1 %744, i32 %748, i32 %749
	%751 = icmp sle i32 %736, %750
	%752 = and i1 %739, %751
	%753 = fmul float %90, 0x3FC0527DC0000000
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
	%765 = mul i32 %758, 1
	%766 = add i32 %765, 0
	%767 = sub i32 %N, %M
	%768 = add i32 %766, %767
	%769 = icmp slt i32 %768, 0
	%770 = sub i32 0, %768
	%771 = add i32 %770, 0
	%772 = sdiv i32 %771, 1
	%773 = sub i32 0, %772
	%774 = sdiv i32 %768, 1
	%775 = select i1 %769, i32 %773, i32 %774
	%776 = icmp sle i32 %761, %775
	%777 = and i1 %764, %776
	%778 = fmul float %91, 0x3FC0527DC0000000
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
	%790 = mul i32 %783, 1
	%791 = add i32 %790, 0
	%792 = sub i32 %N, %M
	%793 = add i32 %791, %792
	%794 = icmp slt i32 %793, 0
	%795 = sub i32 0, %793
	%796 = add i32 %795, 0
	%797 = sdiv i32 %796, 1
	%798 = sub i32 0, %797
	%799 = sdiv i32 %793, 1
	%800 = select i1 %794, i32 %798, i32 %799
	%801 = icmp sle i32 %786, %800
	%802 = and i1 %789, %801
	%803 = fmul float %92, 0x3FC0527DC0000000
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
	%815 = mul i32 %808, 1
	%816 = add i32 %815, 0
	%817 = sub i32 %N, %M
	%818 = add i32 %816, %817
	%819 = icmp slt i32 %818, 0
	%820 = sub i32 0, %818
	%821 = add i32 %820, 0
	%822 = sdiv i32 %821, 1
	%823 = sub i32 0, %822
	%824 = sdiv i32 %818, 1
	%825 = select i1 %819, i32 %823, i32 %824
	%826 = icmp sle i32 %811, %825
	%827 = and i1 %814, %826
	%828 = fmul float %93, 0x3FC0527DC0000000
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
	%840 = mul i32 %833, 1
	%841 = add i32 %840, 0
	%842 = sub i32 %N, %M
	%843 = add i32 %841, %842
	%844 = icmp slt i32 %843, 0
	%845 = sub i32 0, %843
	%846 = add i32 %845, 0
	%847 = sdiv i32 %846, 1
	%848 = sub i32 0, %847
	%849 = sdiv i32 %843, 1
	%850 = select i1 %844, i32 %848, i32 %849
	%851 = icmp sle i32 %836, %850
	%852 = and i1 %839, %851
	%853 = fmul float %94, 0x3FC0527DC0000000
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
	%865 = mul i32 %858, 1
	%866 = add i32 %865, 0
	%867 = sub i32 %N, %M
	%868 = add i32 %866, %867
	%869 = icmp slt i32 %868, 0
	%870 = sub i32 0, %868
	%871 = add i32 %870, 0
	%872 = sdiv i32 %871, 1
	%873 = sub i32 0, %872
	%874 = sdiv i32 %868, 1
	%875 = select i1 %869, i32 %873, i32 %874
	%876 = icmp sle i32 %861, %875
	%877 = and i1 %864, %876
	%878 = fmul float %95, 0x3FC0527DC0000000
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
	%890 = mul i32 %883, 1
	%891 = add i32 %890, 0
	%892 = sub i32 %N, %M
	%893 = add i32 %891, %892
	%894 = icmp slt i32 %893, 0
	%895 = sub i32 0, %893
	%896 = add i32 %895, 0
	%897 = sdiv i32 %896, 1
	%898 = sub i32 0, %897
	%899 = sdiv i32 %893, 1
	%900 = select i1 %894, i32 %898, i32 %899
	%901 = icmp sle i32 %886, %900
	%902 = and i1 %889, %901
	%903 = fmul float %96, 0x3FC0527DC0000000
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
	%915 = mul i32 %908, 1
	%916 = add i32 %915, 0
	%917 = sub i32 %N, %M
	%918 = add i32 %916, %917
	%919 = icmp slt i32 %918, 0
	%920 = sub i32 0, %918
	%921 = add i32 %920, 0
	%922 = sdiv i32 %921, 1
	%923 = sub i32 0, %922
	%924 = sdiv i32 %918, 1
	%925 = select i1 %919, i32 %923, i32 %924
	%926 = icmp sle i32 %911, %925
	%927 = and i1 %914, %926
	%928 = fmul float %97, 0x3FC0527DC0000000
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
	%940 = mul i32 %933, 1
	%941 = add i32 %940, 0
	%942 = sub i32 %N, %M
	%943 = add i32 %941, %942
	%944 = icmp slt i32 %943, 0
	%945 = sub i32 0, %943
	%946 = add i32 %945, 0
	%947 = sdiv i32 %946, 1
	%948 = sub i32 0, %947
	%949 = sdiv i32 %943, 1
	%950 = select i1 %944, i32 %948, i32 %949
	%951 = icmp sle i32 %936, %950
	%952 = and i1 %939, %951
	%953 = fmul float %98, 0x3FC0527DC0000000
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
	%965 = mul i32 %958, 1
	%966 = add i32 %965, 0
	%967 = sub i32 %N, %M
	%968 = add i32 %966, %967
	%969 = icmp slt i32 %968, 0
	%970 = sub i32 0, %968
	%971 = add i32 %970, 0
	%972 = sdiv i32 %971, 1
	%973 = sub i32 0, %972
	%974 = sdiv i32 %968, 1
	%975 = select i1 %969, i32 %973, i32 %974
	%976 = icmp sle i32 %961, %975
	%977 = and i1 %964, %976
	%978 = fmul float %99, 0x3FC0527DC0000000
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
	%990 = mul i32 %983, 1
	%991 = add i32 %990, 0
	%992 = sub i32 %N, %M
	%993 = add i32 %991, %992
	%994 = icmp slt i32 %993, 0
	%995 = sub i32 0, %993
	%996 = add i32 %995, 0
	%997 = sdiv i32 %996, 1
	%998 = sub i32 0, %997
	%999 = sdiv i32 %993, 1
	%1000 = select i1 %994, i32 %998, i32 %999
	%1001 = icmp sle i32 %986, %1000
	%1002 = and i1 %989, %1001
	%1003 = fmul float %100, 0x3FC0527DC0000000
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
	%1015 = mul i32 %1008, 1
	%1016 = add i32 %1015, 0
	%1017 = sub i32 %N, %M
	%1018 = add i32 %1016, %1017
	%1019 = icmp slt i32 %1018, 0
	%1020 = sub i32 0, %1018
	%1021 = add i32 %1020, 0
	%1022 = sdiv i32 %1021, 1
	%1023 = sub i32 0, %1022
	%1024 = sdiv i32 %1018, 1
	%1025 = select i1 %1019, i32 %1023, i32 %1024
	%1026 = icmp sle i32 %1011, %1025
	%1027 = and i1 %1014, %1026
	%1028 = fmul float %101, 0x3FC0527DC0000000
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
	%1040 = mul i32 %1033, 1
	%1041 = add i32 %1040, 0
	%1042 = sub i32 %N, %M
	%1043 = add i32 %1041, %1042
	%1044 = icmp slt i32 %1043, 0
	%1045 = sub i32 0, %1043
	%1046 = add i32 %1045, 0
	%1047 = sdiv i32 %1046, 1
	%1048 = sub i32 0, %1047
	%1049 = sdiv i32 %1043, 1
	%1050 = select i1 %1044, i32 %1048, i32 %1049
	%1051 = icmp sle i32 %1036, %1050
	%1052 = and i1 %1039, %1051
	%1053 = fmul float %102, 0x3FC0527DC0000000
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
	%1065 = mul i32 %1058, 1
	%1066 = add i32 %1065, 0
	%1067 = sub i32 %N, %M
	%1068 = add i32 %1066, %1067
	%1069 = icmp slt i32 %1068, 0
	%1070 = sub i32 0, %1068
	%1071 = add i32 %1070, 0
	%1072 = sdiv i32 %1071, 1
	%1073 = sub i32 0, %1072
	%1074 = sdiv i32 %1068, 1
	%1075 = select i1 %1069, i32 %1073, i32 %1074
	%1076 = icmp sle i32 %1061, %1075
	%1077 = and i1 %1064, %1076
	%1078 = fmul float %103, 0x3FC0527DC0000000
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
	%1090 = mul i32 %1083, 1
	%1091 = add i32 %1090, 0
	%1092 = sub i32 %N, %M
	%1093 = add i32 %1091, %1092
	%1094 = icmp slt i32 %1093, 0
	%1095 = sub i32 0, %1093
	%1096 = add i32 %1095, 0
	%1097 = sdiv i32 %1096, 1
	%1098 = sub i32 0, %1097
	%1099 = sdiv i32 %1093, 1
	%1100 = select i1 %1094, i32 %1098, i32 %1099
	%1101 = icmp sle i32 %1086, %1100
	%1102 = and i1 %1089, %1101
	%1103 = fmul float %104, 0x3FC0527DC0000000
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
	%1115 = mul i32 %1108, 1
	%1116 = add i32 %1115, 0
	%1117 = sub i32 %N, %M
	%1118 = add i32 %1116, %1117
	%1119 = icmp slt i32 %1118, 0
	%1120 = sub i32 0, %1118
	%1121 = add i32 %1120, 0
	%1122 = sdiv i32 %1121, 1
	%1123 = sub i32 0, %1122
	%1124 = sdiv i32 %1118, 1
	%1125 = select i1 %1119, i32 %1123, i32 %1124
	%1126 = icmp sle i32 %1111, %1125
	%1127 = and i1 %1114, %1126
	%1128 = fmul float %105, 0x3FC0527DC0000000
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
	%1140 = mul i32 %1133, 1
	%1141 = add i32 %1140, 0
	%1142 = sub i32 %N, %M
	%1143 = add i32 %1141, %1142
	%1144 = icmp slt i32 %1143, 0
	%1145 = sub i32 0, %1143
	%1146 = add i32 %1145, 0
	%1147 = sdiv i32 %1146, 1
	%1148 = sub i32 0, %1147
	%1149 = sdiv i32 %1143, 1
	%1150 = select i1 %1144, i32 %1148, i32 %1149
	%1151 = icmp sle i32 %1136, %1150
	%1152 = and i1 %1139, %1151
	%1153 = fmul float %106, 0x3FC0527DC0000000
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
	%1165 = mul i32 %1158, 1
	%1166 = add i32 %1165, 0
	%1167 = sub i32 %N, %M
	%1168 = add i32 %1166, %1167
	%1169 = icmp slt i32 %1168, 0
	%1170 = sub i32 0, %1168
	%1171 = add i32 %1170, 0
	%1172 = sdiv i32 %1171, 1
	%1173 = sub i32 0, %1172
	%1174 = sdiv i32 %1168, 1
	%1175 = select i1 %1169, i32 %1173, i32 %1174
	%1176 = icmp sle i32 %1161, %1175
	%1177 = and i1 %1164, %1176
	%1178 = fmul float %107, 0x3FC0527DC0000000
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
	%1190 = mul i32 %1183, 1
	%1191 = add i32 %1190, 0
	%1192 = sub i32 %N, %M
	%1193 = add i32 %1191, %1192
	%1194 = icmp slt i32 %1193, 0
	%1195 = sub i32 0, %1193
	%1196 = add i32 %1195, 0
	%1197 = sdiv i32 %1196, 1
	%1198 = sub i32 0, %1197
	%1199 = sdiv i32 %1193, 1
	%1200 = select i1 %1194, i32 %1198, i32 %1199
	%1201 = icmp sle i32 %1186, %1200
	%1202 = and i1 %1189, %1201
	%1203 = fmul float %108, 0x3FC0527DC0000000
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
	%1215 = mul i32 %1208, 1
	%1216 = add i32 %1215, 0
	%1217 = sub i32 %N, %M
	%1218 = add i32 %1216, %1217
	%1219 = icmp slt i32 %1218, 0
	%1220 = sub i32 0, %1218
	%1221 = add i32 %1220, 0
	%1222 = sdiv i32 %1221, 1
	%1223 = sub i32 0, %1222
	%1224 = sdiv i32 %1218, 1
	%1225 = select i1 %1219, i32 %1223, i32 %1224
	%1226 = icmp sle i32 %1211, %1225
	%1227 = and i1 %1214, %1226
	%1228 = fmul float %109, 0x3FC0527DC0000000
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
	%1240 = mul i32 %1233, 1
	%1241 = add i32 %1240, 0
	%1242 = sub i32 %N, %M
	%1243 = add i32 %1241, %1242
	%1244 = icmp slt i32 %1243, 0
	%1245 = sub i32 0, %1243
	%1246 = add i32 %1245, 0
	%1247 = sdiv i32 %1246, 1
	%1248 = sub i32 0, %1247
	%1249 = sdiv i32 %1243, 1
	%1250 = select i1 %1244, i32 %1248, i32 %1249
	%1251 = icmp sle i32 %1236, %1250
	%1252 = and i1 %1239, %1251
	%1253 = fmul float %110, 0x3FC0527DC0000000
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
	%1265 = mul i32 %1258, 1
	%1266 = add i32 %1265, 0
	%1267 = sub i32 %N, %M
	%1268 = add i32 %1266, %1267
	%1269 = icmp slt i32 %1268, 0
	%1270 = sub i32 0, %1268
	%1271 = add i32 %1270, 0
	%1272 = sdiv i32 %1271, 1
	%1273 = sub i32 0, %1272
	%1274 = sdiv i32 %1268, 1
	%1275 = select i1 %1269, i32 %1273, i32 %1274
	%1276 = icmp sle i32 %1261, %1275
	%1277 = and i1 %1264, %1276
	%1278 = fmul float %111, 0x3FC0527DC0000000
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
	%1290 = mul i32 %1283, 1
	%1291 = add i32 %1290, 0
	%1292 = sub i32 %N, %M
	%1293 = add i32 %1291, %1292
	%1294 = icmp slt i32 %1293, 0
	%1295 = sub i32 0, %1293
	%1296 = add i32 %1295, 0
	%1297 = sdiv i32 %1296, 1
	%1298 = sub i32 0, %1297
	%1299 = sdiv i32 %1293, 1
	%1300 = select i1 %1294, i32 %1298, i32 %1299
	%1301 = icmp sle i32 %1286, %1300
	%1302 = and i1 %1289, %1301
	%1303 = fmul float %112, 0x3FC0527DC0000000
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
	%1315 = mul i32 %1308, 1
	%1316 = add i32 %1315, 0
	%1317 = sub i32 %N, %M
	%1318 = add i32 %1316, %1317
	%1319 = icmp slt i32 %1318, 0
	%1320 = sub i32 0, %1318
	%1321 = add i32 %1320, 0
	%1322 = sdiv i32 %1321, 1
	%1323 = sub i32 0, %1322
	%1324 = sdiv i32 %1318, 1
	%1325 = select i1 %1319, i32 %1323, i32 %1324
	%1326 = icmp sle i32 %1311, %1325
	%1327 = and i1 %1314, %1326
	%1328 = fmul float %113, 0x3FC0527DC0000000
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
	%1340 = mul i32 %1333, 1
	%1341 = add i32 %1340, 0
	%1342 = sub i32 %N, %M
	%1343 = add i32 %1341, %1342
	%1344 = icmp slt i32 %1343, 0
	%1345 = sub i32 0, %1343
	%1346 = add i32 %1345, 0
	%1347 = sdiv i32 %1346, 1
	%1348 = sub i32 0, %1347
	%1349 = sdiv i32 %1343, 1
	%1350 = select i1 %1344, i32 %1348, i32 %1349
	%1351 = icmp sle i32 %1336, %1350
	%1352 = and i1 %1339, %1351
	%1353 = fmul float %114, 0x3FC0527DC0000000
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
	%1365 = mul i32 %1358, 1
	%1366 = add i32 %1365, 0
	%1367 = sub i32 %N, %M
	%1368 = add i32 %1366, %1367
	%1369 = icmp slt i32 %1368, 0
	%1370 = sub i32 0, %1368
	%1371 = add i32 %1370, 0
	%1372 = sdiv i32 %1371, 1
	%1373 = sub i32 0, %1372
	%1374 = sdiv i32 %1368, 1
	%1375 = select i1 %1369, i32 %1373, i32 %1374
	%1376 = icmp sle i32 %1361, %1375
	%1377 = and i1 %1364, %1376
	%1378 = fmul float %115, 0x3FC0527DC0000000
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
	%1390 = mul i32 %1383, 1
	%1391 = add i32 %1390, 0
	%1392 = sub i32 %N, %M
	%1393 = add i32 %1391, %1392
	%1394 = icmp slt i32 %1393, 0
	%1395 = sub i32 0, %1393
	%1396 = add i32 %1395, 0
	%1397 = sdiv i32 %1396, 1
	%1398 = sub i32 0, %1397
	%1399 = sdiv i32 %1393, 1
	%1400 = select i1 %1394, i32 %1398, i32 %1399
	%1401 = icmp sle i32 %1386, %1400
	%1402 = and i1 %1389, %1401
	%1403 = fmul float %116, 0x3FC0527DC0000000
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
	%1415 = mul i32 %1408, 1
	%1416 = add i32 %1415, 0
	%1417 = sub i32 %N, %M
	%1418 = add i32 %1416, %1417
	%1419 = icmp slt i32 %1418, 0
	%1420 = sub i32 0, %1418
	%1421 = add i32 %1420, 0
	%1422 = sdiv i32 %1421, 1
	%1423 = sub i32 0, %1422
	%1424 = sdiv i32 %1418, 1
	%1425 = select i1 %1419, i32 %1423, i32 %1424
	%1426 = icmp sle i32 %1411, %1425
	%1427 = and i1 %1414, %1426
	%1428 = fmul float %117, 0x3FC0527DC0000000
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
	%1440 = mul i32 %1433, 1
	%1441 = add i32 %1440, 0
	%1442 = sub i32 %N, %M
	%1443 = add i32 %1441, %1442
	%1444 = icmp slt i32 %1443, 0
	%1445 = sub i32 0, %1443
	%1446 = add i32 %1445, 0
	%1447 = sdiv i32 %1446, 1
	%1448 = sub i32 0, %1447
	%1449 = sdiv i32 %1443, 1
	%1450 = select i1 %1444, i32 %1448, i32 %1449
	%1451 = icmp sle i32 %1436, %1450
	%1452 = and i1 %1439, %1451
	%1453 = fmul float %118, 0x3FC0527DC0000000
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
	%1465 = mul i32 %1458, 1
	%1466 = add i32 %1465, 0
	%1467 = sub i32 %N, %M
	%1468 = add i32 %1466, %1467
	%1469 = icmp slt i32 %1468, 0
	%1470 = sub i32 0, %1468
	%1471 = add i32 %1470, 0
	%1472 = sdiv i32 %1471, 1
	%1473 = sub i32 0, %1472
	%1474 = sdiv i32 %1468, 1
	%1475 = select i1 %1469, i32 %1473, i32 %1474
	%1476 = icmp sle i32 %1461, %1475
	%1477 = and i1 %1464, %1476
	%1478 = fmul float %119, 0x3FC0527DC0000000
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
	%1490 = mul i32 %1483, 1
	%1491 = add i32 %1490, 0
	%1492 = sub i32 %N, %M
	%1493 = add i32 %1491, %1492
	%1494 = icmp slt i32 %1493, 0
	%1495 = sub i32 0, %1493
	%1496 = add i32 %1495, 0
	%1497 = sdiv i32 %1496, 1
	%1498 = sub i32 0, %1497
	%1499 = sdiv i32 %1493, 1
	%1500 = select i1 %1494, i32 %1498, i32 %1499
	%1501 = icmp sle i32 %1486, %1500
	%1502 = and i1 %1489, %1501
	%1503 = fmul float %120, 0x3FC0527DC0000000
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
	%1515 = mul i32 %1508, 1
	%1516 = add i32 %1515, 0
	%1517 = sub i32 %N, %M
	%1518 = add i32 %1516, %1517
	%1519 = icmp slt i32 %1518, 0
	%1520 = sub i32 0, %1518
	%1521 = add i32 %1520, 0
	%1522 = sdiv i32 %1521, 1
	%1523 = sub i32 0, %1522
	%1524 = sdiv i32 %1518, 1
	%1525 = select i1 %1519, i32 %1523, i32 %1524
	%1526 = icmp sle i32 %1511, %1525
	%1527 = and i1 %1514, %1526
	%1528 = fmul float %121, 0x3FC0527DC0000000
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
	%1540 = mul i32 %1533, 1
	%1541 = add i32 %1540, 0
	%1542 = sub i32 %N, %M
	%1543 = add i32 %1541, %1542
	%1544 = icmp slt i32 %1543, 0
	%1545 = sub i32 0, %1543
	%1546 = add i32 %1545, 0
	%1547 = sdiv i32 %1546, 1
	%1548 = sub i32 0, %1547
	%1549 = sdiv i32 %1543, 1
	%1550 = select i1 %1544, i32 %1548, i32 %1549
	%1551 = icmp sle i32 %1536, %1550
	%1552 = and i1 %1539, %1551
	%1553 = fmul float %122, 0x3FC0527DC0000000
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
	%1565 = mul i32 %1558, 1
	%1566 = add i32 %1565, 0
	%1567 = sub i32 %N, %M
	%1568 = add i32 %1566, %1567
	%1569 = icmp slt i32 %1568, 0
	%1570 = sub i32 0, %1568
	%1571 = add i32 %1570, 0
	%1572 = sdiv i32 %1571, 1
	%1573 = sub i32 0, %1572
	%1574 = sdiv i32 %1568, 1
	%1575 = select i1 %1569, i32 %1573, i32 %1574
	%1576 = icmp sle i32 %1561, %1575
	%1577 = and i1 %1564, %1576
	%1578 = fmul float %123, 0x3FC0527DC0000000
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
	%1590 = mul i32 %1583, 1
	%1591 = add i32 %1590, 0
	%1592 = sub i32 %N, %M
	%1593 = add i32 %1591, %1592
	%1594 = icmp slt i32 %1593, 0
	%1595 = sub i32 0, %1593
	%1596 = add i32 %1595, 0
	%1597 = sdiv i32 %1596, 1
	%1598 = sub i32 0, %1597
	%1599 = sdiv i32 %1593, 1
	%1600 = select i1 %1594, i32 %1598, i32 %1599
	%1601 = icmp sle i32 %1586, %1600
	%1602 = and i1 %1589, %1601
	%1603 = fmul float %124, 0x3FC0527DC0000000
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
	%1615 = mul i32 %1608, 1
	%1616 = add i32 %1615, 0
	%1617 = sub i32 %N, %M
	%1618 = add i32 %1616, %1617
	%1619 = icmp slt i32 %1618, 0
	%1620 = sub i32 0, %1618
	%1621 = add i32 %1620, 0
	%1622 = sdiv i32 %1621, 1
	%1623 = sub i32 0, %1622
	%1624 = sdiv i32 %1618, 1
	%1625 = select i1 %1619, i32 %1623, i32 %1624
	%1626 = icmp sle i32 %1611, %1625
	%1627 = and i1 %1614, %1626
	%1628 = fmul float %125, 0x3FC0527DC0000000
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
	%1640 = mul i32 %1633, 1
	%1641 = add i32 %1640, 0
	%1642 = sub i32 %N, %M
	%1643 = add i32 %1641, %1642
	%1644 = icmp slt i32 %1643, 0
	%1645 = sub i32 0, %1643
	%1646 = add i32 %1645, 0
	%1647 = sdiv i32 %1646, 1
	%1648 = sub i32 0, %1647
	%1649 = sdiv i32 %1643, 1
	%1650 = select i1 %1644, i32 %1648, i32 %1649
	%1651 = icmp sle i32 %1636, %1650
	%1652 = and i1 %1639, %1651
	%1653 = fmul float %126, 0x3FC0527DC0000000
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
	%1665 = mul i32 %1658, 1
	%1666 = add i32 %1665, 0
	%1667 = sub i32 %N, %M
	%1668 = add i32 %1666, %1667
	%1669 = icmp slt i32 %1668, 0
	%1670 = sub i32 0, %1668
	%1671 = add i32 %1670, 0
	%1672 = sdiv i32 %1671, 1
	%1673 = sub i32 0, %1672
	%1674 = sdiv i32 %1668, 1
	%1675 = select i1 %1669, i32 %1673, i32 %1674
	%1676 = icmp sle i32 %1661, %1675
	%1677 = and i1 %1664, %1676
	%1678 = fmul float %127, 0x3FC0527DC0000000
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
	%1690 = mul i32 %1683, 1
	%1691 = add i32 %1690, 0
	%1692 = sub i32 %N, %M
	%1693 = add i32 %1691, %1692
	%1694 = icmp slt i32 %1693, 0
	%1695 = sub i32 0, %1693
	%1696 = add i32 %1695, 0
	%1697 = sdiv i32 %1696, 1
	%1698 = sub i32 0, %1697
	%1699 = sdiv i32 %1693, 1
	%1700 = select i1 %1694, i32 %1698, i32 %1699
	%1701 = icmp sle i32 %1686, %1700
	%1702 = and i1 %1689, %1701
	%1703 = fmul float %128, 0x3FC0527DC0000000
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
	%1715 = mul i32 %1708, 1
	%1716 = add i32 %1715, 0
	%1717 = sub i32 %N, %M
	%1718 = add i32 %1716, %1717
	%1719 = icmp slt i32 %1718, 0
	%1720 = sub i32 0, %1718
	%1721 = add i32 %1720, 0
	%1722 = sdiv i32 %1721, 1
	%1723 = sub i32 0, %1722
	%1724 = sdiv i32 %1718, 1
	%1725 = select i1 %1719, i32 %1723, i32 %1724
	%1726 = icmp sle i32 %1711, %1725
	%1727 = and i1 %1714, %1726
	%1728 = fmul float %129, 0x3FC0527DC0000000
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
	%1740 = mul i32 %1733, 1
	%1741 = add i32 %1740, 0
	%1742 = sub i32 %N, %M
	%1743 = add i32 %1741, %1742
	%1744 = icmp slt i32 %1743, 0
	%1745 = sub i32 0, %1743
	%1746 = add i32 %1745, 0
	%1747 = sdiv i32 %1746, 1
	%1748 = sub i32 0, %1747
	%1749 = sdiv i32 %1743, 1
	%1750 = select i1 %1744, i32 %1748, i32 %1749
	%1751 = icmp sle i32 %1736, %1750
	%1752 = and i1 %1739, %1751
	%1753 = fmul float %130, 0x3FC0527DC0000000
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
	%1765 = mul i32 %1758, 1
	%1766 = add i32 %1765, 0
	%1767 = sub i32 %N, %M
	%1768 = add i32 %1766, %1767
	%1769 = icmp slt i32 %1768, 0
	%1770 = sub i32 0, %1768
	%1771 = add i32 %1770, 0
	%1772 = sdiv i32 %1771, 1
	%1773 = sub i32 0, %1772
	%1774 = sdiv i32 %1768, 1
	%1775 = select i1 %1769, i32 %1773, i32 %1774
	%1776 = icmp sle i32 %1761, %1775
	%1777 = and i1 %1764, %1776
	%1778 = fmul float %131, 0x3FC0527DC0000000
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
	%1790 = mul i32 %1783, 1
	%1791 = add i32 %1790, 0
	%1792 = sub i32 %N, %M
	%1793 = add i32 %1791, %1792
	%1794 = icmp slt i32 %1793, 0
	%1795 = sub i32 0, %1793
	%1796 = add i32 %1795, 0
	%1797 = sdiv i32 %1796, 1
	%1798 = sub i32 0, %1797
	%1799 = sdiv i32 %1793, 1
	%1800 = select i1 %1794, i32 %1798, i32 %1799
	%1801 = icmp sle i32 %1786, %1800
	%1802 = and i1 %1789, %1801
	%1803 = fmul float %132, 0x3FC0527DC0000000
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
	%1815 = mul i32 %1808, 1
	%1816 = add i32 %1815, 0
	%1817 = sub i32 %N, %M
	%1818 = add i32 %1816, %1817
	%1819 = icmp slt i32 %1818, 0
	%1820 = sub i32 0, %1818
	%1821 = add i32 %1820, 0
	%1822 = sdiv i32 %1821, 1
	%1823 = sub i32 0, %1822
	%1824 = sdiv i32 %1818, 1
	%1825 = select i1 %1819, i32 %1823, i32 %1824
	%1826 = icmp sle i32 %1811, %1825
	%1827 = and i1 %1814, %1826
	%1828 = fmul float %133, 0x3FC0527DC0000000
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
	%1840 = mul i32 %1833, 1
	%1841 = add i32 %1840, 0
	%1842 = sub i32 %N, %M
	%1843 = add i32 %1841, %1842
	%1844 = icmp slt i32 %1843, 0
	%1845 = sub i32 0, %1843
	%1846 = add i32 %1845, 0
	%1847 = sdiv i32 %1846, 1
	%1848 = sub i32 0, %1847
	%1849 = sdiv i32 %1843, 1
	%1850 = select i1 %1844, i32 %1848, i32 %1849
	%1851 = icmp sle i32 %1836, %1850
	%1852 = and i1 %1839, %1851
	%1853 = fmul float %134, 0x3FC0527DC0000000
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
	%1865 = mul i32 %1858, 1
	%1866 = add i32 %1865, 0
	%1867 = sub i32 %N, %M
	%1868 = add i32 %1866, %1867
	%1869 = icmp slt i32 %1868, 0
	%1870 = sub i32 0, %1868
	%1871 = add i32 %1870, 0
	%1872 = sdiv i32 %1871, 1
	%1873 = sub i32 0, %1872
	%1874 = sdiv i32 %1868, 1
	%1875 = select i1 %1869, i32 %1873, i32 %1874
	%1876 = icmp sle i32 %1861, %1875
	%1877 = and i1 %1864, %1876
	%1878 = fmul float %135, 0x3FC0527DC0000000
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
	%1890 = mul i32 %1883, 1
	%1891 = add i32 %1890, 0
	%1892 = sub i32 %N, %M
	%1893 = add i32 %1891, %1892
	%1894 = icmp slt i32 %1893, 0
	%1895 = sub i32 0, %1893
	%1896 = add i32 %1895, 0
	%1897 = sdiv i32 %1896, 1
	%1898 = sub i32 0, %1897
	%1899 = sdiv i32 %1893, 1
	%1900 = select i1 %1894, i32 %1898, i32 %1899
	%1901 = icmp sle i32 %1886, %1900
	%1902 = and i1 %1889, %1901
	%1903 = fmul float %136, 0x3FC0527DC0000000
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
	%1915 = mul i32 %1908, 1
	%1916 = add i32 %1915, 0
	%1917 = sub i32 %N, %M
	%1918 = add i32 %1916, %1917
	%1919 = icmp slt i32 %1918, 0
	%1920 = sub i32 0, %1918
	%1921 = add i32 %1920, 0
	%1922 = sdiv i32 %1921, 1
	%1923 = sub i32 0, %1922
	%1924 = sdiv i32 %1918, 1
	%1925 = select i1 %1919, i32 %1923, i32 %1924
	%1926 = icmp sle i32 %1911, %1925
	%1927 = and i1 %1914, %1926
	%1928 = fmul float %137, 0x3FC0527DC0000000
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
	%1940 = mul i32 %1933, 1
	%1941 = add i32 %1940, 0
	%1942 = sub i32 %N, %M
	%1943 = add i32 %1941, %1942
	%1944 = icmp slt i32 %1943, 0
	%1945 = sub i32 0, %1943
	%1946 = add i32 %1945, 0
	%1947 = sdiv i32 %1946, 1
	%1948 = sub i32 0, %1947
	%1949 = sdiv i32 %1943, 1
	%1950 = select i1 %1944, i32 %1948, i32 %1949
	%1951 = icmp sle i32 %1936, %1950
	%1952 = and i1 %1939, %1951
	%1953 = fmul float %138, 0x3FC0527DC0000000
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
	%1965 = mul i32 %1958, 1
	%1966 = add i32 %1965, 0
	%1967 = sub i32 %N, %M
	%1968 = add i32 %1966, %1967
	%1969 = icmp slt i32 %1968, 0
	%1970 = sub i32 0, %1968
	%1971 = add i32 %1970, 0
	%1972 = sdiv i32 %1971, 1
	%1973 = sub i32 0, %1972
	%1974 = sdiv i32 %1968, 1
	%1975 = select i1 %1969, i32 %1973, i32 %1974
	%1976 = icmp sle i32 %1961, %1975
	%1977 = and i1 %1964, %1976
	%1978 = fmul float %139, 0x3FC0527DC0000000
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
	%1990 = mul i32 %1983, 1
	%1991 = add i32 %1990, 0
	%1992 = sub i32 %N, %M
	%1993 = add i32 %1991, %1992
	%1994 = icmp slt i32 %1993, 0
	%1995 = sub i32 0, %1993
	%1996 = add i32 %1995, 0
	%1997 = sdiv i32 %1996, 1
	%1998 = sub i32 0, %1997
	%1999 = sdiv i32 %1993, 1
	%2000 = select i1 %1994, i32 %1998, i32 %1999
	%2001 = icmp sle i32 %1986, %2000
	%2002 = and i1 %1989, %2001
	%2003 = fmul float %140, 0x3FC0527DC0000000
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
	%2015 = mul i32 %2008, 1
	%2016 = add i32 %2015, 0
	%2017 = sub i32 %N, %M
	%2018 = add i32 %2016, %2017
	%2019 = icmp slt i32 %2018, 0
	%2020 = sub i32 0, %2018
	%2021 = add i32 %2020, 0
	%2022 = sdiv i32 %2021, 1
	%2023 = sub i32 0, %2022
	%2024 = sdiv i32 %2018, 1
	%2025 = select i1 %2019, i32 %2023, i32 %2024
	%2026 = icmp sle i32 %2011, %2025
	%2027 = and i1 %2014, %2026
	%2028 = fmul float %141, 0x3FC0527DC0000000
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
	%2040 = mul i32 %2033, 1
	%2041 = add i32 %2040, 0
	%2042 = sub i32 %N, %M
	%2043 = add i32 %2041, %2042
	%2044 = icmp slt i32 %2043, 0
	%2045 = sub i32 0, %2043
	%2046 = add i32 %2045, 0
	%2047 = sdiv i32 %2046, 1
	%2048 = sub i32 0, %2047
	%2049 = sdiv i32 %2043, 1
	%2050 = select i1 %2044, i32 %2048, i32 %2049
	%2051 = icmp sle i32 %2036, %2050
	%2052 = and i1 %2039, %2051
	%2053 = fmul float %142, 0x3FC0527DC0000000
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
	%2065 = mul i32 %2058, 1
	%2066 = add i32 %2065, 0
	%2067 = sub i32 %N, %M
	%2068 = add i32 %2066, %2067
	%2069 = icmp slt i32 %2068, 0
	%2070 = sub i32 0, %2068
	%2071 = add i32 %2070, 0
	%2072 = sdiv i32 %2071, 1
	%2073 = sub i32 0, %2072
	%2074 = sdiv i32 %2068, 1
	%2075 = select i1 %2069, i32 %2073, i32 %2074
	%2076 = icmp sle i32 %2061, %2075
	%2077 = and i1 %2064, %2076
	%2078 = fmul float %143, 0x3FC0527DC0000000
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
	%2090 = mul i32 %2083, 1
	%2091 = add i32 %2090, 0
	%2092 = sub i32 %N, %M
	%2093 = add i32 %2091, %2092
	%2094 = icmp slt i32 %2093, 0
	%2095 = sub i32 0, %2093
	%2096 = add i32 %2095, 0
	%2097 = sdiv i32 %2096, 1
	%2098 = sub i32 0, %2097
	%2099 = sdiv i32 %2093, 1
	%2100 = select i1 %2094, i32 %2098, i32 %2099
	%2101 = icmp sle i32 %2086, %2100
	%2102 = and i1 %2089, %2101
	%2103 = fmul float %144, 0x3FC0527DC0000000
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
	%2115 = mul i32 %2108, 1
	%2116 = add i32 %2115, 0
	%2117 = sub i32 %N, %M
	%2118 = add i32 %2116, %2117
	%2119 = icmp slt i32 %2118, 0
	%2120 = sub i32 0, %2118
	%2121 = add i32 %2120, 0
	%2122 = sdiv i32 %2121, 1
	%2123 = sub i32 0, %2122
	%2124 = sdiv i32 %2118, 1
	%2125 = select i1 %2119, i32 %2123, i32 %2124
	%2126 = icmp sle i32 %2111, %2125
	%2127 = and i1 %2114, %2126
	%2128 = fmul float %145, 0x3FC0527DC0000000
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
	%2140 = mul i32 %2133, 1
	%2141 = add i32 %2140, 0
	%2142 = sub i32 %N, %M
	%2143 = add i32 %2141, %2142
	%2144 = icmp slt i32 %2143, 0
	%2145 = sub i32 0, %2143
	%2146 = add i32 %2145, 0
	%2147 = sdiv i32 %2146, 1
	%2148 = sub i32 0, %2147
	%2149 = sdiv i32 %2143, 1
	%2150 = select i1 %2144, i32 %2148, i32 %2149
	%2151 = icmp sle i32 %2136, %2150
	%2152 = and i1 %2139, %2151
	%2153 = fmul float %146, 0x3FC0527DC0000000
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
	%2165 = mul i32 %2158, 1
	%2166 = add i32 %2165, 0
	%2167 = sub i32 %N, %M
	%2168 = add i32 %2166, %2167
	%2169 = icmp slt i32 %2168, 0
	%2170 = sub i32 0, %2168
	%2171 = add i32 %2170, 0
	%2172 = sdiv i32 %2171, 1
	%2173 = sub i32 0, %2172
	%2174 = sdiv i32 %2168, 1
	%2175 = select i1 %2169, i32 %2173, i32 %2174
	%2176 = icmp sle i32 %2161, %2175
	%2177 = and i1 %2164, %2176
	%2178 = fmul float %147, 0x3FC0527DC0000000
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
	%2190 = mul i32 %2183, 1
	%2191 = add i32 %2190, 0
	%2192 = sub i32 %N, %M
	%2193 = add i32 %2191, %2192
	%2194 = icmp slt i32 %2193, 0
	%2195 = sub i32 0, %2193
	%2196 = add i32 %2195, 0
	%2197 = sdiv i32 %2196, 1
	%2198 = sub i32 0, %2197
	%2199 = sdiv i32 %2193, 1
	%2200 = select i1 %2194, i32 %2198, i32 %2199
	%2201 = icmp sle i32 %2186, %2200
	%2202 = and i1 %2189, %2201
	%2203 = fmul float %148, 0x3FC0527DC0000000
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
	%2215 = mul i32 %2208, 1
	%2216 = add i32 %2215, 0
	%2217 = sub i32 %N, %M
	%2218 = add i32 %2216, %2217
	%2219 = icmp slt i32 %2218, 0
	%2220 = sub i32 0, %2218
	%2221 = add i32 %2220, 0
	%2222 = sdiv i32 %2221, 1
	%2223 = sub i32 0, %2222
	%2224 = sdiv i32 %2218, 1
	%2225 = select i1 %2219, i32 %2223, i32 %2224
	%2226 = icmp sle i32 %2211, %2225
	%2227 = and i1 %2214, %2226
	%2228 = fmul float %149, 0x3FC0527DC0000000
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
	%2240 = mul i32 %2233, 1
	%2241 = add i32 %2240, 0
	%2242 = sub i32 %N, %M
	%2243 = add i32 %2241, %2242
	%2244 = icmp slt i32 %2243, 0
	%2245 = sub i32 0, %2243
	%2246 = add i32 %2245, 0
	%2247 = sdiv i32 %2246, 1
	%2248 = sub i32 0, %2247
	%2249 = sdiv i32 %2243, 1
	%2250 = select i1 %2244, i32 %2248, i32 %2249
	%2251 = icmp sle i32 %2236, %2250
	%2252 = and i1 %2239, %2251
	%2253 = fmul float %150, 0x3FC0527DC0000000
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
	%2265 = mul i32 %2258, 1
	%2266 = add i32 %2265, 0
	%2267 = sub i32 %N, %M
	%2268 = add i32 %2266, %2267
	%2269 = icmp slt i32 %2268, 0
	%2270 = sub i32 0, %2268
	%2271 = add i32 %2270, 0
	%2272 = sdiv i32 %2271, 1
	%2273 = sub i32 0, %2272
	%2274 = sdiv i32 %2268, 1
	%2275 = select i1 %2269, i32 %2273, i32 %2274
	%2276 = icmp sle i32 %2261, %2275
	%2277 = and i1 %2264, %2276
	%2278 = fmul float %151, 0x3FC0527DC0000000
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
	%2290 = mul i32 %2283, 1
	%2291 = add i32 %2290, 0
	%2292 = sub i32 %N, %M
	%2293 = add i32 %2291, %2292
	%2294 = icmp slt i32 %2293, 0
	%2295 = sub i32 0, %2293
	%2296 = add i32 %2295, 0
	%2297 = sdiv i32 %2296, 1
	%2298 = sub i32 0, %2297
	%2299 = sdiv i32 %2293, 1
	%2300 = select i1 %2294, i32 %2298, i32 %2299
	%2301 = icmp sle i32 %2286, %2300
	%2302 = and i1 %2289, %2301
	%2303 = fmul float %152, 0x3FC0527DC0000000
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
	%2315 = mul i32 %2308, 1
	%2316 = add i32 %2315, 0
	%2317 = sub i32 %N, %M
	%2318 = add i32 %2316, %2317
	%2319 = icmp slt i32 %2318, 0
	%2320 = sub i32 0, %2318
	%2321 = add i32 %2320, 0
	%2322 = sdiv i32 %2321, 1
	%2323 = sub i32 0, %2322
	%2324 = sdiv i32 %2318, 1
	%2325 = select i1 %2319, i32 %2323, i32 %2324
	%2326 = icmp sle i32 %2311, %2325
	%2327 = and i1 %2314, %2326
	%2328 = fmul float %153, 0x3FC0527DC0000000
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
	%2475 = fadd float %2467, %2468
	%2476 = fadd float %2469, %2470
	%2477 = fadd float %2471, %2472
	%2478 = fadd float %2473, %2474
	%2479 = fadd float %2475, %2476
	%2480 = fadd float %2477, %2478
	%2481 = fadd float %2479, %2480
	%2482 = fadd float %2401, %2403
	%2483 = fadd float %2405, %2407
	%2484 = fadd float %2409, %2411
	%2485 = fadd float %2413, %2415
	%2486 = fadd float %2417, %2419
	%2487 = fadd float %2421, %2423
	%2488 = fadd float %2425, %2427
	%2489 = fadd float %2429, %2431
	%2490 = fadd float %2482, %2483
	%2491 = fadd float %2484, %2485
	%2492 = fadd float %2486, %2487
	%2493 = fadd float %2488, %2489
	%2494 = fadd float %2490, %2491
	%2495 = fadd float %2492, %2493
	%2496 = fadd float %2494, %2495
	%2497 = call float @llvm.nvvm.fmax.f(float %804, float %829)
	%2498 = call float @llvm.nvvm.fmax.f(float %904, float %929)
	%2499 = call float @llvm.nvvm.fmax.f(float %1004, float %1029)
	%2500 = call float @llvm.nvvm.fmax.f(float %1104, float %1129)
	%2501 = call float @llvm.nvvm.fmax.f(float %1204, float %1229)
	%2502 = call float @llvm.nvvm.fmax.f(float %1304, float %1329)
	%2503 = call float @llvm.nvvm.fmax.f(float %1404, float %1429)
	%2504 = call float @llvm.nvvm.fmax.f(float %1504, float %1529)
	%2505 = call float @llvm.nvvm.fmax.f(float %1604, float %1629)
	%2506 = call float @llvm.nvvm.fmax.f(float %1704, float %1729)
	%2507 = call float @llvm.nvvm.fmax.f(float %1804, float %1829)
	%2508 = call float @llvm.nvvm.fmax.f(float %1904, float %1929)
	%2509 = call float @llvm.nvvm.fmax.f(float %2004, float %2029)
	%2510 = call float @llvm.nvvm.fmax.f(float %2104, float %2129)
	%2511 = call float @llvm.nvvm.fmax.f(float %2204, float %2229)
	%2512 = call float @llvm.nvvm.fmax.f(float %2304, float %2329)
	%2513 = call float @llvm.nvvm.fmax.f(float %2497, float %2498)
	%2514 = call float @llvm.nvvm.fmax.f(float %2499, float %2500)
	%2515 = call float @llvm.nvvm.fmax.f(float %2501, float %2502)
	%2516 = call float @llvm.nvvm.fmax.f(float %2503, float %2504)
	%2517 = call float @llvm.nvvm.fmax.f(float %2505, float %2506)
	%2518 = call float @llvm.nvvm.fmax.f(float %2507, float %2508)
	%2519 = call float @llvm.nvvm.fmax.f(float %2509, float %2510)
	%2520 = call float @llvm.nvvm.fmax.f(float %2511, float %2512)
	%2521 = call float @llvm.nvvm.fmax.f(float %2513, float %2514)
	%2522 = call float @llvm.nvvm.fmax.f(float %2515, float %2516)
	%2523 = call float @llvm.nvvm.fmax.f(float %2517, float %2518)
	%2524 = call float @llvm.nvvm.fmax.f(float %2519, float %2520)
	%2525 = call float @llvm.nvvm.fmax.f(float %2521, float %2522)
	%2526 = call float @llvm.nvvm.fmax.f(float %2523, float %2524)
	%2527 = call float @llvm.nvvm.fmax.f(float %2525, float %2526)
	%2528 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2527, i32 1, i32 31)
	%2529 = call float @llvm.nvvm.fmax.f(float %2527, float %2528)
	%2530 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2529, i32 2, i32 31)
	%2531 = call float @llvm.nvvm.fmax.f(float %2529, float %2530)
	%2532 = call float @llvm.nvvm.fmax.f(float %68, float %2531)
	%2533 = fcmp oeq float %2532, 0xFFF0000000000000
	%2534 = select i1 %2533, float 0.0, float %2532
	%2535 = fsub float %804, %2534
	%2536 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2535)
	%2537 = fsub float %829, %2534
	%2538 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2537)
	%2539 = fsub float %904, %2534
	%2540 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2539)
	%2541 = fsub float %929, %2534
	%2542 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2541)
	%2543 = fsub float %1004, %2534
	%2544 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2543)
	%2545 = fsub float %1029, %2534
	%2546 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2545)
	%2547 = fsub float %1104, %2534
	%2548 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2547)
	%2549 = fsub float %1129, %2534
	%2550 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2549)
	%2551 = fsub float %1204, %2534
	%2552 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2551)
	%2553 = fsub float %1229, %2534
	%2554 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2553)
	%2555 = fsub float %1304, %2534
	%2556 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2555)
	%2557 = fsub float %1329, %2534
	%2558 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2557)
	%2559 = fsub float %1404, %2534
	%2560 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2559)
	%2561 = fsub float %1429, %2534
	%2562 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2561)
	%2563 = fsub float %1504, %2534
	%2564 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2563)
	%2565 = fsub float %1529, %2534
	%2566 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2565)
	%2567 = fsub float %1604, %2534
	%2568 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2567)
	%2569 = fsub float %1629, %2534
	%2570 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2569)
	%2571 = fsub float %1704, %2534
	%2572 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2571)
	%2573 = fsub float %1729, %2534
	%2574 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2573)
	%2575 = fsub float %1804, %2534
	%2576 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2575)
	%2577 = fsub float %1829, %2534
	%2578 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2577)
	%2579 = fsub float %1904, %2534
	%2580 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2579)
	%2581 = fsub float %1929, %2534
	%2582 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2581)
	%2583 = fsub float %2004, %2534
	%2584 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2583)
	%2585 = fsub float %2029, %2534
	%2586 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2585)
	%2587 = fsub float %2104, %2534
	%2588 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2587)
	%2589 = fsub float %2129, %2534
	%2590 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2589)
	%2591 = fsub float %2204, %2534
	%2592 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2591)
	%2593 = fsub float %2229, %2534
	%2594 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2593)
	%2595 = fsub float %2304, %2534
	%2596 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2595)
	%2597 = fsub float %2329, %2534
	%2598 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2597)
	%2599 = fadd float %2536, %2538
	%2600 = fadd float %2540, %2542
	%2601 = fadd float %2544, %2546
	%2602 = fadd float %2548, %2550
	%2603 = fadd float %2552, %2554
	%2604 = fadd float %2556, %2558
	%2605 = fadd float %2560, %2562
	%2606 = fadd float %2564, %2566
	%2607 = fadd float %2568, %2570
	%2608 = fadd float %2572, %2574
	%2609 = fadd float %2576, %2578
	%2610 = fadd float %2580, %2582
	%2611 = fadd float %2584, %2586
	%2612 = fadd float %2588, %2590
	%2613 = fadd float %2592, %2594
	%2614 = fadd float %2596, %2598
	%2615 = fadd float %2599, %2600
	%2616 = fadd float %2601, %2602
	%2617 = fadd float %2603, %2604
	%2618 = fadd float %2605, %2606
	%2619 = fadd float %2607, %2608
	%2620 = fadd float %2609, %2610
	%2621 = fadd float %2611, %2612
	%2622 = fadd float %2613, %2614
	%2623 = fadd float %2615, %2616
	%2624 = fadd float %2617, %2618
	%2625 = fadd float %2619, %2620
	%2626 = fadd float %2621, %2622
	%2627 = fadd float %2623, %2624
	%2628 = fadd float %2625, %2626
	%2629 = fadd float %2627, %2628
	%2630 = fsub float %68, %2534
	%2631 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2630)
	%2632 = fmul float %70, %2631
	%2633 = fadd float %2632, %2629
	%2634 = fadd float %2536, %2538
	%2635 = fadd float %2540, %2542
	%2636 = fadd float %2544, %2546
	%2637 = fadd float %2548, %2550
	%2638 = fadd float %2552, %2554
	%2639 = fadd float %2556, %2558
	%2640 = fadd float %2560, %2562
	%2641 = fadd float %2564, %2566
	%2642 = fadd float %2634, %2635
	%2643 = fadd float %2636, %2637
	%2644 = fadd float %2638, %2639
	%2645 = fadd float %2640, %2641
	%2646 = fadd float %2642, %2643
	%2647 = fadd float %2644, %2645
	%2648 = fadd float %2646, %2647
	%2649 = fadd float %2568, %2570
	%2650 = fadd float %2572, %2574
	%2651 = fadd float %2576, %2578
	%2652 = fadd float %2580, %2582
	%2653 = fadd float %2584, %2586
	%2654 = fadd float %2588, %2590
	%2655 = fadd float %2592, %2594
	%2656 = fadd float %2596, %2598
	%2657 = fadd float %2649, %2650
	%2658 = fadd float %2651, %2652
	%2659 = fadd float %2653, %2654
	%2660 = fadd float %2655, %2656
	%2661 = fadd float %2657, %2658
	%2662 = fadd float %2659, %2660
	%2663 = fadd float %2661, %2662
	%2664 = sext i32 %R to i64
	%2665 = mul i32 %4, 16
	%2666 = add i32 %6, 0
	%2667 = add i32 %2665, %2666
	%2668 = add i32 %3, %2667
	%2669 = icmp slt i32 %2668, %R
	%2670 = mul i32 %1, %18
	%2671 = add i32 %2670, %66
	%2672 = sext i32 %2671 to i64
	%2673 = mul i64 %2672, %2664
	%2674 = sext i32 %2668 to i64
	%2675 = add i64 %2673, %2674
	%2676 = icmp eq i32 %7, 0
	%2677 = and i1 %2669, %2676
	br i1 %2677, label %2678, label %2680

2678:
	%2679 = getelementptr float, float* %mx, i64 %2675
	store float %2367, float* %2679
	br label %2680

2680:
	%2681 = mul i32 %4, 16
	%2682 = add i32 %6, 8
	%2683 = add i32 %2681, %2682
	%2684 = add i32 %3, %2683
	%2685 = icmp slt i32 %2684, %R
	%2686 = mul i32 %1, %18
	%2687 = add i32 %2686, %66
	%2688 = sext i32 %2687 to i64
	%2689 = mul i64 %2688, %2664
	%2690 = sext i32 %2684 to i64
	%2691 = add i64 %2689, %2690
	%2692 = icmp eq i32 %7, 0
	%2693 = and i1 %2685, %2692
	br i1 %2693, label %2694, label %2696

2694:
	%2695 = getelementptr float, float* %mx, i64 %2691
	store float %2534, float* %2695
	br label %2696

2696:
	%2697 = and i32 %7, 1
	%2698 = icmp ne i32 %2697, 0
	%2699 = select i1 %2698, float %2496, float %2481
	%2700 = select i1 %2698, float %2481, float %2496
	%2701 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2700, i32 1, i32 31)
	%2702 = fadd float %2699, %2701
	%2703 = select i1 %2698, float %2663, float %2648
	%2704 = select i1 %2698, float %2648, float %2663
	%2705 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2704, i32 1, i32 31)
	%2706 = fadd float %2703, %2705
	%2707 = and i32 %7, 2
	%2708 = icmp ne i32 %2707, 0
	%2709 = select i1 %2708, float %2706, float %2702
	%2710 = select i1 %2708, float %2702, float %2706
	%2711 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2710, i32 2, i32 31)
	%2712 = fadd float %2709, %2711
	%2713 = add i32 0, %7
	%2714 = icmp sge i32 %7, 2
	%2715 = and i32 %7, 1
	%2716 = xor i1 %2714, true
	%2717 = sdiv i32 %73, 64
	%2718 = add i32 %2717, %2715
	%2719 = and i1 %2716, %2669
	%2720 = icmp slt i32 %2718, %NK
	%2721 = and i1 %2719, %2720
	%2722 = mul i32 %1, %NK
	%2723 = add i32 %2722, %2718
	%2724 = sext i32 %2723 to i64
	%2725 = mul i64 %2724, %2664
	%2726 = mul i32 %4, 16
	%2727 = add i32 %6, 0
	%2728 = add i32 %2726, %2727
	%2729 = add i32 %3, %2728
	%2730 = sext i32 %2729 to i64
	%2731 = add i64 %2725, %2730
	br i1 %2721, label %2732, label %2734

2732:
	%2733 = getelementptr float, float* %part, i64 %2731
	store float %2712, float* %2733
	br label %2734

2734:
	%2735 = sdiv i32 %73, 64
	%2736 = add i32 %2735, %2715
	%2737 = and i1 %2714, %2685
	%2738 = icmp slt i32 %2736, %NK
	%2739 = and i1 %2737, %2738
	%2740 = mul i32 %1, %NK
	%2741 = add i32 %2740, %2736
	%2742 = sext i32 %2741 to i64
	%2743 = mul i64 %2742, %2664
	%2744 = mul i32 %4, 16
	%2745 = add i32 %6, 8
	%2746 = add i32 %2744, %2745
	%2747 = add i32 %3, %2746
	%2748 = sext i32 %2747 to i64
	%2749 = add i64 %2743, %2748
	br i1 %2739, label %2750, label %2752

2750:
	%2751 = getelementptr float, float* %part, i64 %2749
	store float %2712, float* %2751
	br label %2752

2752:
	%2753 = add i32 %66, 1
	br label %65

2754:
	%2755 = mul i32 %1, %R
	%2756 = add i32 %2755, %84
	%2757 = mul i32 %2756, 2
	%2758 = add i32 %2757, 0
	%2759 = sext i32 %2758 to i64
	%2760 = getelementptr float, float* %stats, i64 %2759
	store float %67, float* %2760
	%2761 = mul i32 %1, %R
	%2762 = add i32 %2761, %84
	%2763 = mul i32 %2762, 2
	%2764 = add i32 %2763, 1
	%2765 = sext i32 %2764 to i64
	%2766 = getelementptr float, float* %stats, i64 %2765
	store float %80, float* %2766
	br label %2767

2767:
	%2768 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %70, i32 1, i32 31)
	%2769 = fadd float %70, %2768
	%2770 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2769, i32 2, i32 31)
	%2771 = fadd float %2769, %2770
	%2772 = mul i32 %4, 16
	%2773 = add i32 %6, 8
	%2774 = add i32 %2772, %2773
	%2775 = add i32 %3, %2774
	%2776 = icmp slt i32 %2775, %R
	%2777 = icmp eq i32 %7, 0
	%2778 = and i1 %2776, %2777
	br i1 %2778, label %2779, label %2792

2779:
	%2780 = mul i32 %1, %R
	%2781 = add i32 %2780, %2775
	%2782 = mul i32 %2781, 2
	%2783 = add i32 %2782, 0
	%2784 = sext i32 %2783 to i64
	%2785 = getelementptr float, float* %stats, i64 %2784
	store float %68, float* %2785
	%2786 = mul i32 %1, %R
	%2787 = add i32 %2786, %2775
	%2788 = mul i32 %2787, 2
	%2789 = add i32 %2788, 1
	%2790 = sext i32 %2789 to i64
	%2791 = getelementptr float, float* %stats, i64 %2790
	store float %2771, float* %2791
	br label %2792

2792:
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
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @oracle_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @oracle_adstats0, !"maxntidx", i32 256}
!2 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @oracle_adstats0, !"minctasm", i32 2}
!3 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @oracle_admass0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @oracle_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @oracle_attn2, !"minctasm", i32 3}
