; toplocal
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@toplocal_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@toplocal_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@toplocal_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@toplocal_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@toplocal_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@toplocal_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@toplocal_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@toplocal_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@toplocal_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@toplocal_scores0_a = internal addrspace(3) global [1088 x float] undef, align 16
@toplocal_scores0_b = internal addrspace(3) global [1088 x float] undef, align 16
@toplocal_attn2_smem = internal addrspace(3) global [49152 x i8] undef, align 1024

define ptx_kernel void @toplocal_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
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
	%44 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 %41
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
	%53 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %18
	store i32 %52, i32 addrspace(3)* %53
	%54 = call float @llvm.nvvm.fmax.f(float %19, float %51)
	%55 = add i32 %18, 256
	br label %17

56:
	store float %40, float addrspace(3)* %44
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	%58 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 0
	%59 = load float, float addrspace(3)* %58
	%60 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 1
	%61 = load float, float addrspace(3)* %60
	%62 = call float @llvm.nvvm.fmax.f(float %59, float %61)
	%63 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 2
	%64 = load float, float addrspace(3)* %63
	%65 = call float @llvm.nvvm.fmax.f(float %62, float %64)
	%66 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 3
	%67 = load float, float addrspace(3)* %66
	%68 = call float @llvm.nvvm.fmax.f(float %65, float %67)
	%69 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 4
	%70 = load float, float addrspace(3)* %69
	%71 = call float @llvm.nvvm.fmax.f(float %68, float %70)
	%72 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 5
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.nvvm.fmax.f(float %71, float %73)
	%75 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 6
	%76 = load float, float addrspace(3)* %75
	%77 = call float @llvm.nvvm.fmax.f(float %74, float %76)
	%78 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 7
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
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %84
	%89 = load i32, i32 addrspace(3)* %88
	%90 = bitcast i32 %89 to float
	%91 = fcmp one float %90, 0xFFF0000000000000
	%92 = fsub float %90, %82
	%93 = call float @llvm.nvvm.ex2.approx.ftz.f(float %92)
	%94 = select i1 %91, float %93, float -1.0
	%95 = bitcast float %94 to i32
	%96 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %84
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
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 %111
	br i1 %113, label %115, label %116

115:
	store float %110, float addrspace(3)* %114
	br label %116

116:
	call void @llvm.nvvm.barrier0()
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 0
	%118 = load float, float addrspace(3)* %117
	%119 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 1
	%120 = load float, float addrspace(3)* %119
	%121 = fadd float %118, %120
	%122 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 2
	%123 = load float, float addrspace(3)* %122
	%124 = fadd float %121, %123
	%125 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 3
	%126 = load float, float addrspace(3)* %125
	%127 = fadd float %124, %126
	%128 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 4
	%129 = load float, float addrspace(3)* %128
	%130 = fadd float %127, %129
	%131 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 5
	%132 = load float, float addrspace(3)* %131
	%133 = fadd float %130, %132
	%134 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 6
	%135 = load float, float addrspace(3)* %134
	%136 = fadd float %133, %135
	%137 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 7
	%138 = load float, float addrspace(3)* %137
	%139 = fadd float %136, %138
	%140 = fdiv float 1.0, %139
	%141 = mul i32 %1, 128
	%142 = add i32 %141, %off
	%143 = add i32 %1, 1
	%144 = mul i32 %143, 128
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
	%166 = phi i32 [ %0, %116 ], [ %211, %196 ]
	%167 = phi float [ 0.0, %116 ], [ %210, %196 ]
	%168 = icmp slt i32 %166, %16
	br i1 %168, label %169, label %177

169:
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %166
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
	%191 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 %188
	br i1 %190, label %212, label %213

192:
	%193 = add i32 %11, %166
	%194 = sext i32 %193 to i64
	%195 = getelementptr float, float* %e, i64 %194
	store float %175, float* %195
	br label %196

196:
	%197 = icmp eq i32 %166, 0
	%198 = or i1 false, %197
	%199 = sub i32 %156, 2
	%200 = icmp sge i32 %166, %199
	%201 = icmp slt i32 %166, %156
	%202 = and i1 %200, %201
	%203 = or i1 %198, %202
	%204 = bitcast float %175 to i32
	%205 = add i32 %204, 2
	%206 = select i1 %203, i32 1, i32 %205
	%207 = select i1 %173, i32 %206, i32 0
	%208 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %166
	store i32 %207, i32 addrspace(3)* %208
	%209 = uitofp i1 %173 to float
	%210 = fadd float %167, %209
	%211 = add i32 %166, 256
	br label %165

212:
	store float %187, float addrspace(3)* %191
	br label %213

213:
	call void @llvm.nvvm.barrier0()
	%214 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 0
	%215 = load float, float addrspace(3)* %214
	%216 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 1
	%217 = load float, float addrspace(3)* %216
	%218 = fadd float %215, %217
	%219 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 2
	%220 = load float, float addrspace(3)* %219
	%221 = fadd float %218, %220
	%222 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 3
	%223 = load float, float addrspace(3)* %222
	%224 = fadd float %221, %223
	%225 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 4
	%226 = load float, float addrspace(3)* %225
	%227 = fadd float %224, %226
	%228 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 5
	%229 = load float, float addrspace(3)* %228
	%230 = fadd float %227, %229
	%231 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 6
	%232 = load float, float addrspace(3)* %231
	%233 = fadd float %230, %232
	%234 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 7
	%235 = load float, float addrspace(3)* %234
	%236 = fadd float %233, %235
	%237 = fptosi float %236 to i32
	%238 = icmp eq i32 %0, 0
	br i1 %238, label %239, label %243

239:
	%240 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 0
	%241 = load i32, i32 addrspace(3)* %240
	%242 = icmp eq i32 %241, 1
	br i1 %242, label %255, label %263

243:
	call void @llvm.nvvm.barrier0()
	%244 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @toplocal_select1_cnt, i32 0, i32 0
	%245 = load i32, i32 addrspace(3)* %244
	%246 = sub i32 %237, %245
	%247 = sub i32 8, %245
	%248 = icmp sgt i32 %247, 0
	%249 = select i1 %248, i32 %247, i32 0
	%250 = icmp slt i32 %249, %246
	%251 = select i1 %250, i32 %249, i32 %246
	%252 = icmp sgt i32 %251, 0
	%253 = select i1 %252, i32 %251, i32 0
	%254 = icmp sgt i32 %253, 0
	br i1 %254, label %topk, label %topk_done

255:
	%256 = add i32 %13, 0
	%257 = sext i32 %256 to i64
	%258 = getelementptr i32, i32* %list, i64 %257
	store i32 0, i32* %258
	%259 = add i32 %13, %NK
	%260 = add i32 %259, 0
	%261 = sext i32 %260 to i64
	%262 = getelementptr i32, i32* %list, i64 %261
	store i32 1, i32* %262
	br label %263

263:
	%264 = add i32 %11, 0
	%265 = sext i32 %264 to i64
	%266 = getelementptr float, float* %e, i64 %265
	%267 = load float, float* %266
	%268 = add i32 0, 1
	%269 = select i1 %242, i32 %268, i32 0
	%270 = fpext float %267 to double
	%271 = fadd double 0.0, %270
	%272 = select i1 %242, double %271, double 0.0
	%273 = sub i32 %156, 2
	%274 = icmp sgt i32 %273, 1
	%275 = select i1 %274, i32 %273, i32 1
	%276 = add i32 %164, 1
	%277 = icmp slt i32 %276, %NK
	%278 = select i1 %277, i32 %276, i32 %NK
	br label %279

279:
	%280 = phi i32 [ %275, %263 ], [ %309, %299 ]
	%281 = phi i32 [ %269, %263 ], [ %305, %299 ]
	%282 = phi double [ %272, %263 ], [ %308, %299 ]
	%283 = icmp slt i32 %280, %278
	br i1 %283, label %284, label %288

284:
	%285 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %280
	%286 = load i32, i32 addrspace(3)* %285
	%287 = icmp eq i32 %286, 1
	br i1 %287, label %291, label %299

288:
	%289 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @toplocal_select1_cnt, i32 0, i32 0
	store i32 %281, i32 addrspace(3)* %289
	%290 = getelementptr [1 x double], [1 x double] addrspace(3)* @toplocal_select1_mass, i32 0, i32 0
	store double %282, double addrspace(3)* %290
	br label %243

291:
	%292 = add i32 %13, %281
	%293 = sext i32 %292 to i64
	%294 = getelementptr i32, i32* %list, i64 %293
	store i32 %280, i32* %294
	%295 = add i32 %13, %NK
	%296 = add i32 %295, %281
	%297 = sext i32 %296 to i64
	%298 = getelementptr i32, i32* %list, i64 %297
	store i32 1, i32* %298
	br label %299

299:
	%300 = add i32 %11, %280
	%301 = sext i32 %300 to i64
	%302 = getelementptr float, float* %e, i64 %301
	%303 = load float, float* %302
	%304 = add i32 %281, 1
	%305 = select i1 %287, i32 %304, i32 %281
	%306 = fpext float %303 to double
	%307 = fadd double %282, %306
	%308 = select i1 %287, double %307, double %282
	%309 = add i32 %280, 1
	br label %279

topk:
	call void @llvm.nvvm.barrier0()
	%310 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %310
	call void @llvm.nvvm.barrier0()
	br label %318

topk_done:
	%311 = sub i32 %253, 1
	%312 = call i32 @llvm.ctlz.i32(i32 %311, i1 false)
	%313 = icmp sgt i32 %253, 1
	%314 = sub i32 32, %312
	%315 = select i1 %313, i32 %314, i32 0
	%316 = shl i32 1, %315
	%317 = add i32 %253, %0
	br label %982

318:
	%319 = phi i32 [ %0, %topk ], [ %369, %368 ]
	%320 = icmp slt i32 %319, %16
	br i1 %320, label %321, label %337

321:
	%322 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %319
	%323 = load i32, i32 addrspace(3)* %322
	%324 = icmp uge i32 %323, 2
	%325 = and i32 %323, 0
	%326 = icmp eq i32 %325, 0
	%327 = and i1 %324, %326
	%328 = lshr i32 %323, 24
	%329 = and i32 %328, 255
	%330 = select i1 %327, i32 %329, i32 256
	%331 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %330)
	%332 = shl i32 1, %3
	%333 = sub i32 %332, 1
	%334 = and i32 %331, %333
	%335 = icmp eq i32 %334, 0
	%336 = and i1 %327, %335
	br i1 %336, label %364, label %368

337:
	call void @llvm.nvvm.barrier0()
	%338 = sub i32 255, %0
	%339 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %338
	%340 = load i32, i32 addrspace(3)* %339
	%341 = and i32 %0, 31
	%342 = lshr i32 %0, 5
	%343 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %340, i32 1, i32 0)
	%344 = icmp uge i32 %341, 1
	%345 = select i1 %344, i32 %343, i32 0
	%346 = add i32 %340, %345
	%347 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %346, i32 2, i32 0)
	%348 = icmp uge i32 %341, 2
	%349 = select i1 %348, i32 %347, i32 0
	%350 = add i32 %346, %349
	%351 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %350, i32 4, i32 0)
	%352 = icmp uge i32 %341, 4
	%353 = select i1 %352, i32 %351, i32 0
	%354 = add i32 %350, %353
	%355 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %354, i32 8, i32 0)
	%356 = icmp uge i32 %341, 8
	%357 = select i1 %356, i32 %355, i32 0
	%358 = add i32 %354, %357
	%359 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %358, i32 16, i32 0)
	%360 = icmp uge i32 %341, 16
	%361 = select i1 %360, i32 %359, i32 0
	%362 = add i32 %358, %361
	%363 = icmp eq i32 %341, 31
	br i1 %363, label %370, label %372

364:
	%365 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %329
	%366 = call i32 @llvm.ctpop.i32(i32 %331)
	%367 = atomicrmw add i32 addrspace(3)* %365, i32 %366 monotonic
	br label %368

368:
	%369 = add i32 %319, 256
	br label %318

370:
	%371 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 %342
	store i32 %362, i32 addrspace(3)* %371
	br label %372

372:
	call void @llvm.nvvm.barrier0()
	%373 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 0
	%374 = load i32, i32 addrspace(3)* %373
	%375 = icmp sgt i32 %342, 0
	%376 = select i1 %375, i32 %374, i32 0
	%377 = add i32 0, %376
	%378 = add i32 0, %374
	%379 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 1
	%380 = load i32, i32 addrspace(3)* %379
	%381 = icmp sgt i32 %342, 1
	%382 = select i1 %381, i32 %380, i32 0
	%383 = add i32 %377, %382
	%384 = add i32 %378, %380
	%385 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 2
	%386 = load i32, i32 addrspace(3)* %385
	%387 = icmp sgt i32 %342, 2
	%388 = select i1 %387, i32 %386, i32 0
	%389 = add i32 %383, %388
	%390 = add i32 %384, %386
	%391 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 3
	%392 = load i32, i32 addrspace(3)* %391
	%393 = icmp sgt i32 %342, 3
	%394 = select i1 %393, i32 %392, i32 0
	%395 = add i32 %389, %394
	%396 = add i32 %390, %392
	%397 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 4
	%398 = load i32, i32 addrspace(3)* %397
	%399 = icmp sgt i32 %342, 4
	%400 = select i1 %399, i32 %398, i32 0
	%401 = add i32 %395, %400
	%402 = add i32 %396, %398
	%403 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 5
	%404 = load i32, i32 addrspace(3)* %403
	%405 = icmp sgt i32 %342, 5
	%406 = select i1 %405, i32 %404, i32 0
	%407 = add i32 %401, %406
	%408 = add i32 %402, %404
	%409 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 6
	%410 = load i32, i32 addrspace(3)* %409
	%411 = icmp sgt i32 %342, 6
	%412 = select i1 %411, i32 %410, i32 0
	%413 = add i32 %407, %412
	%414 = add i32 %408, %410
	%415 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 7
	%416 = load i32, i32 addrspace(3)* %415
	%417 = icmp sgt i32 %342, 7
	%418 = select i1 %417, i32 %416, i32 0
	%419 = add i32 %413, %418
	%420 = add i32 %414, %416
	%421 = add i32 %419, %362
	%422 = sub i32 %421, %340
	%423 = icmp slt i32 %422, %253
	%424 = add i32 %422, %340
	%425 = icmp sle i32 %253, %424
	%426 = and i1 %423, %425
	br i1 %426, label %427, label %430

427:
	%428 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	store i32 %338, i32 addrspace(3)* %428
	%429 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	store i32 %422, i32 addrspace(3)* %429
	br label %430

430:
	call void @llvm.nvvm.barrier0()
	%431 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	%432 = load i32, i32 addrspace(3)* %431
	%433 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	%434 = load i32, i32 addrspace(3)* %433
	%435 = sub i32 %253, %434
	%436 = shl i32 %432, 24
	%437 = or i32 0, %436
	%438 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%439 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %439
	call void @llvm.nvvm.barrier0()
	br label %440

440:
	%441 = phi i32 [ %0, %430 ], [ %491, %490 ]
	%442 = icmp slt i32 %441, %16
	br i1 %442, label %443, label %459

443:
	%444 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %441
	%445 = load i32, i32 addrspace(3)* %444
	%446 = icmp uge i32 %445, 2
	%447 = and i32 %445, %438
	%448 = icmp eq i32 %447, %437
	%449 = and i1 %446, %448
	%450 = lshr i32 %445, 16
	%451 = and i32 %450, 255
	%452 = select i1 %449, i32 %451, i32 256
	%453 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %452)
	%454 = shl i32 1, %3
	%455 = sub i32 %454, 1
	%456 = and i32 %453, %455
	%457 = icmp eq i32 %456, 0
	%458 = and i1 %449, %457
	br i1 %458, label %486, label %490

459:
	call void @llvm.nvvm.barrier0()
	%460 = sub i32 255, %0
	%461 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %460
	%462 = load i32, i32 addrspace(3)* %461
	%463 = and i32 %0, 31
	%464 = lshr i32 %0, 5
	%465 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %462, i32 1, i32 0)
	%466 = icmp uge i32 %463, 1
	%467 = select i1 %466, i32 %465, i32 0
	%468 = add i32 %462, %467
	%469 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %468, i32 2, i32 0)
	%470 = icmp uge i32 %463, 2
	%471 = select i1 %470, i32 %469, i32 0
	%472 = add i32 %468, %471
	%473 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %472, i32 4, i32 0)
	%474 = icmp uge i32 %463, 4
	%475 = select i1 %474, i32 %473, i32 0
	%476 = add i32 %472, %475
	%477 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %476, i32 8, i32 0)
	%478 = icmp uge i32 %463, 8
	%479 = select i1 %478, i32 %477, i32 0
	%480 = add i32 %476, %479
	%481 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %480, i32 16, i32 0)
	%482 = icmp uge i32 %463, 16
	%483 = select i1 %482, i32 %481, i32 0
	%484 = add i32 %480, %483
	%485 = icmp eq i32 %463, 31
	br i1 %485, label %492, label %494

486:
	%487 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %451
	%488 = call i32 @llvm.ctpop.i32(i32 %453)
	%489 = atomicrmw add i32 addrspace(3)* %487, i32 %488 monotonic
	br label %490

490:
	%491 = add i32 %441, 256
	br label %440

492:
	%493 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 %464
	store i32 %484, i32 addrspace(3)* %493
	br label %494

494:
	call void @llvm.nvvm.barrier0()
	%495 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 0
	%496 = load i32, i32 addrspace(3)* %495
	%497 = icmp sgt i32 %464, 0
	%498 = select i1 %497, i32 %496, i32 0
	%499 = add i32 0, %498
	%500 = add i32 0, %496
	%501 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 1
	%502 = load i32, i32 addrspace(3)* %501
	%503 = icmp sgt i32 %464, 1
	%504 = select i1 %503, i32 %502, i32 0
	%505 = add i32 %499, %504
	%506 = add i32 %500, %502
	%507 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 2
	%508 = load i32, i32 addrspace(3)* %507
	%509 = icmp sgt i32 %464, 2
	%510 = select i1 %509, i32 %508, i32 0
	%511 = add i32 %505, %510
	%512 = add i32 %506, %508
	%513 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 3
	%514 = load i32, i32 addrspace(3)* %513
	%515 = icmp sgt i32 %464, 3
	%516 = select i1 %515, i32 %514, i32 0
	%517 = add i32 %511, %516
	%518 = add i32 %512, %514
	%519 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 4
	%520 = load i32, i32 addrspace(3)* %519
	%521 = icmp sgt i32 %464, 4
	%522 = select i1 %521, i32 %520, i32 0
	%523 = add i32 %517, %522
	%524 = add i32 %518, %520
	%525 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 5
	%526 = load i32, i32 addrspace(3)* %525
	%527 = icmp sgt i32 %464, 5
	%528 = select i1 %527, i32 %526, i32 0
	%529 = add i32 %523, %528
	%530 = add i32 %524, %526
	%531 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 6
	%532 = load i32, i32 addrspace(3)* %531
	%533 = icmp sgt i32 %464, 6
	%534 = select i1 %533, i32 %532, i32 0
	%535 = add i32 %529, %534
	%536 = add i32 %530, %532
	%537 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 7
	%538 = load i32, i32 addrspace(3)* %537
	%539 = icmp sgt i32 %464, 7
	%540 = select i1 %539, i32 %538, i32 0
	%541 = add i32 %535, %540
	%542 = add i32 %536, %538
	%543 = add i32 %541, %484
	%544 = sub i32 %543, %462
	%545 = icmp slt i32 %544, %435
	%546 = add i32 %544, %462
	%547 = icmp sle i32 %435, %546
	%548 = and i1 %545, %547
	br i1 %548, label %549, label %552

549:
	%550 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	store i32 %460, i32 addrspace(3)* %550
	%551 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	store i32 %544, i32 addrspace(3)* %551
	br label %552

552:
	call void @llvm.nvvm.barrier0()
	%553 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	%554 = load i32, i32 addrspace(3)* %553
	%555 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	%556 = load i32, i32 addrspace(3)* %555
	%557 = sub i32 %435, %556
	%558 = shl i32 %554, 16
	%559 = or i32 %437, %558
	%560 = or i32 %438, u0xFF0000
	call void @llvm.nvvm.barrier0()
	%561 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %561
	call void @llvm.nvvm.barrier0()
	br label %562

562:
	%563 = phi i32 [ %0, %552 ], [ %613, %612 ]
	%564 = icmp slt i32 %563, %16
	br i1 %564, label %565, label %581

565:
	%566 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %563
	%567 = load i32, i32 addrspace(3)* %566
	%568 = icmp uge i32 %567, 2
	%569 = and i32 %567, %560
	%570 = icmp eq i32 %569, %559
	%571 = and i1 %568, %570
	%572 = lshr i32 %567, 8
	%573 = and i32 %572, 255
	%574 = select i1 %571, i32 %573, i32 256
	%575 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %574)
	%576 = shl i32 1, %3
	%577 = sub i32 %576, 1
	%578 = and i32 %575, %577
	%579 = icmp eq i32 %578, 0
	%580 = and i1 %571, %579
	br i1 %580, label %608, label %612

581:
	call void @llvm.nvvm.barrier0()
	%582 = sub i32 255, %0
	%583 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %582
	%584 = load i32, i32 addrspace(3)* %583
	%585 = and i32 %0, 31
	%586 = lshr i32 %0, 5
	%587 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %584, i32 1, i32 0)
	%588 = icmp uge i32 %585, 1
	%589 = select i1 %588, i32 %587, i32 0
	%590 = add i32 %584, %589
	%591 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %590, i32 2, i32 0)
	%592 = icmp uge i32 %585, 2
	%593 = select i1 %592, i32 %591, i32 0
	%594 = add i32 %590, %593
	%595 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %594, i32 4, i32 0)
	%596 = icmp uge i32 %585, 4
	%597 = select i1 %596, i32 %595, i32 0
	%598 = add i32 %594, %597
	%599 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %598, i32 8, i32 0)
	%600 = icmp uge i32 %585, 8
	%601 = select i1 %600, i32 %599, i32 0
	%602 = add i32 %598, %601
	%603 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %602, i32 16, i32 0)
	%604 = icmp uge i32 %585, 16
	%605 = select i1 %604, i32 %603, i32 0
	%606 = add i32 %602, %605
	%607 = icmp eq i32 %585, 31
	br i1 %607, label %614, label %616

608:
	%609 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %573
	%610 = call i32 @llvm.ctpop.i32(i32 %575)
	%611 = atomicrmw add i32 addrspace(3)* %609, i32 %610 monotonic
	br label %612

612:
	%613 = add i32 %563, 256
	br label %562

614:
	%615 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 %586
	store i32 %606, i32 addrspace(3)* %615
	br label %616

616:
	call void @llvm.nvvm.barrier0()
	%617 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 0
	%618 = load i32, i32 addrspace(3)* %617
	%619 = icmp sgt i32 %586, 0
	%620 = select i1 %619, i32 %618, i32 0
	%621 = add i32 0, %620
	%622 = add i32 0, %618
	%623 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 1
	%624 = load i32, i32 addrspace(3)* %623
	%625 = icmp sgt i32 %586, 1
	%626 = select i1 %625, i32 %624, i32 0
	%627 = add i32 %621, %626
	%628 = add i32 %622, %624
	%629 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 2
	%630 = load i32, i32 addrspace(3)* %629
	%631 = icmp sgt i32 %586, 2
	%632 = select i1 %631, i32 %630, i32 0
	%633 = add i32 %627, %632
	%634 = add i32 %628, %630
	%635 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 3
	%636 = load i32, i32 addrspace(3)* %635
	%637 = icmp sgt i32 %586, 3
	%638 = select i1 %637, i32 %636, i32 0
	%639 = add i32 %633, %638
	%640 = add i32 %634, %636
	%641 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 4
	%642 = load i32, i32 addrspace(3)* %641
	%643 = icmp sgt i32 %586, 4
	%644 = select i1 %643, i32 %642, i32 0
	%645 = add i32 %639, %644
	%646 = add i32 %640, %642
	%647 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 5
	%648 = load i32, i32 addrspace(3)* %647
	%649 = icmp sgt i32 %586, 5
	%650 = select i1 %649, i32 %648, i32 0
	%651 = add i32 %645, %650
	%652 = add i32 %646, %648
	%653 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 6
	%654 = load i32, i32 addrspace(3)* %653
	%655 = icmp sgt i32 %586, 6
	%656 = select i1 %655, i32 %654, i32 0
	%657 = add i32 %651, %656
	%658 = add i32 %652, %654
	%659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 7
	%660 = load i32, i32 addrspace(3)* %659
	%661 = icmp sgt i32 %586, 7
	%662 = select i1 %661, i32 %660, i32 0
	%663 = add i32 %657, %662
	%664 = add i32 %658, %660
	%665 = add i32 %663, %606
	%666 = sub i32 %665, %584
	%667 = icmp slt i32 %666, %557
	%668 = add i32 %666, %584
	%669 = icmp sle i32 %557, %668
	%670 = and i1 %667, %669
	br i1 %670, label %671, label %674

671:
	%672 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	store i32 %582, i32 addrspace(3)* %672
	%673 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	store i32 %666, i32 addrspace(3)* %673
	br label %674

674:
	call void @llvm.nvvm.barrier0()
	%675 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	%676 = load i32, i32 addrspace(3)* %675
	%677 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	%678 = load i32, i32 addrspace(3)* %677
	%679 = sub i32 %557, %678
	%680 = shl i32 %676, 8
	%681 = or i32 %559, %680
	%682 = or i32 %560, u0xFF00
	call void @llvm.nvvm.barrier0()
	%683 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %683
	call void @llvm.nvvm.barrier0()
	br label %684

684:
	%685 = phi i32 [ %0, %674 ], [ %735, %734 ]
	%686 = icmp slt i32 %685, %16
	br i1 %686, label %687, label %703

687:
	%688 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %685
	%689 = load i32, i32 addrspace(3)* %688
	%690 = icmp uge i32 %689, 2
	%691 = and i32 %689, %682
	%692 = icmp eq i32 %691, %681
	%693 = and i1 %690, %692
	%694 = lshr i32 %689, 0
	%695 = and i32 %694, 255
	%696 = select i1 %693, i32 %695, i32 256
	%697 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %696)
	%698 = shl i32 1, %3
	%699 = sub i32 %698, 1
	%700 = and i32 %697, %699
	%701 = icmp eq i32 %700, 0
	%702 = and i1 %693, %701
	br i1 %702, label %730, label %734

703:
	call void @llvm.nvvm.barrier0()
	%704 = sub i32 255, %0
	%705 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %704
	%706 = load i32, i32 addrspace(3)* %705
	%707 = and i32 %0, 31
	%708 = lshr i32 %0, 5
	%709 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %706, i32 1, i32 0)
	%710 = icmp uge i32 %707, 1
	%711 = select i1 %710, i32 %709, i32 0
	%712 = add i32 %706, %711
	%713 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %712, i32 2, i32 0)
	%714 = icmp uge i32 %707, 2
	%715 = select i1 %714, i32 %713, i32 0
	%716 = add i32 %712, %715
	%717 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %716, i32 4, i32 0)
	%718 = icmp uge i32 %707, 4
	%719 = select i1 %718, i32 %717, i32 0
	%720 = add i32 %716, %719
	%721 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %720, i32 8, i32 0)
	%722 = icmp uge i32 %707, 8
	%723 = select i1 %722, i32 %721, i32 0
	%724 = add i32 %720, %723
	%725 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %724, i32 16, i32 0)
	%726 = icmp uge i32 %707, 16
	%727 = select i1 %726, i32 %725, i32 0
	%728 = add i32 %724, %727
	%729 = icmp eq i32 %707, 31
	br i1 %729, label %736, label %738

730:
	%731 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %695
	%732 = call i32 @llvm.ctpop.i32(i32 %697)
	%733 = atomicrmw add i32 addrspace(3)* %731, i32 %732 monotonic
	br label %734

734:
	%735 = add i32 %685, 256
	br label %684

736:
	%737 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 %708
	store i32 %728, i32 addrspace(3)* %737
	br label %738

738:
	call void @llvm.nvvm.barrier0()
	%739 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 0
	%740 = load i32, i32 addrspace(3)* %739
	%741 = icmp sgt i32 %708, 0
	%742 = select i1 %741, i32 %740, i32 0
	%743 = add i32 0, %742
	%744 = add i32 0, %740
	%745 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 1
	%746 = load i32, i32 addrspace(3)* %745
	%747 = icmp sgt i32 %708, 1
	%748 = select i1 %747, i32 %746, i32 0
	%749 = add i32 %743, %748
	%750 = add i32 %744, %746
	%751 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 2
	%752 = load i32, i32 addrspace(3)* %751
	%753 = icmp sgt i32 %708, 2
	%754 = select i1 %753, i32 %752, i32 0
	%755 = add i32 %749, %754
	%756 = add i32 %750, %752
	%757 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 3
	%758 = load i32, i32 addrspace(3)* %757
	%759 = icmp sgt i32 %708, 3
	%760 = select i1 %759, i32 %758, i32 0
	%761 = add i32 %755, %760
	%762 = add i32 %756, %758
	%763 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 4
	%764 = load i32, i32 addrspace(3)* %763
	%765 = icmp sgt i32 %708, 4
	%766 = select i1 %765, i32 %764, i32 0
	%767 = add i32 %761, %766
	%768 = add i32 %762, %764
	%769 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 5
	%770 = load i32, i32 addrspace(3)* %769
	%771 = icmp sgt i32 %708, 5
	%772 = select i1 %771, i32 %770, i32 0
	%773 = add i32 %767, %772
	%774 = add i32 %768, %770
	%775 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 6
	%776 = load i32, i32 addrspace(3)* %775
	%777 = icmp sgt i32 %708, 6
	%778 = select i1 %777, i32 %776, i32 0
	%779 = add i32 %773, %778
	%780 = add i32 %774, %776
	%781 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 7
	%782 = load i32, i32 addrspace(3)* %781
	%783 = icmp sgt i32 %708, 7
	%784 = select i1 %783, i32 %782, i32 0
	%785 = add i32 %779, %784
	%786 = add i32 %780, %782
	%787 = add i32 %785, %728
	%788 = sub i32 %787, %706
	%789 = icmp slt i32 %788, %679
	%790 = add i32 %788, %706
	%791 = icmp sle i32 %679, %790
	%792 = and i1 %789, %791
	br i1 %792, label %793, label %796

793:
	%794 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	store i32 %704, i32 addrspace(3)* %794
	%795 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	store i32 %788, i32 addrspace(3)* %795
	br label %796

796:
	call void @llvm.nvvm.barrier0()
	%797 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	%798 = load i32, i32 addrspace(3)* %797
	%799 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	%800 = load i32, i32 addrspace(3)* %799
	%801 = sub i32 %679, %800
	%802 = shl i32 %798, 0
	%803 = or i32 %681, %802
	%804 = or i32 %682, 255
	br label %805

805:
	%806 = phi i32 [ 0, %796 ], [ %981, %978 ]
	%807 = phi i32 [ 0, %796 ], [ %979, %978 ]
	%808 = phi i32 [ 0, %796 ], [ %980, %978 ]
	%809 = icmp slt i32 %806, %16
	br i1 %809, label %810, label %839

810:
	%811 = add i32 %806, %0
	%812 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %811
	%813 = load i32, i32 addrspace(3)* %812
	%814 = icmp eq i32 %813, %803
	%815 = zext i1 %814 to i32
	%816 = and i32 %0, 31
	%817 = lshr i32 %0, 5
	%818 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %815, i32 1, i32 0)
	%819 = icmp uge i32 %816, 1
	%820 = select i1 %819, i32 %818, i32 0
	%821 = add i32 %815, %820
	%822 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %821, i32 2, i32 0)
	%823 = icmp uge i32 %816, 2
	%824 = select i1 %823, i32 %822, i32 0
	%825 = add i32 %821, %824
	%826 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %825, i32 4, i32 0)
	%827 = icmp uge i32 %816, 4
	%828 = select i1 %827, i32 %826, i32 0
	%829 = add i32 %825, %828
	%830 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %829, i32 8, i32 0)
	%831 = icmp uge i32 %816, 8
	%832 = select i1 %831, i32 %830, i32 0
	%833 = add i32 %829, %832
	%834 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %833, i32 16, i32 0)
	%835 = icmp uge i32 %816, 16
	%836 = select i1 %835, i32 %834, i32 0
	%837 = add i32 %833, %836
	%838 = icmp eq i32 %816, 31
	br i1 %838, label %840, label %842

839:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

840:
	%841 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 %817
	store i32 %837, i32 addrspace(3)* %841
	br label %842

842:
	call void @llvm.nvvm.barrier0()
	%843 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 0
	%844 = load i32, i32 addrspace(3)* %843
	%845 = icmp sgt i32 %817, 0
	%846 = select i1 %845, i32 %844, i32 0
	%847 = add i32 0, %846
	%848 = add i32 0, %844
	%849 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 1
	%850 = load i32, i32 addrspace(3)* %849
	%851 = icmp sgt i32 %817, 1
	%852 = select i1 %851, i32 %850, i32 0
	%853 = add i32 %847, %852
	%854 = add i32 %848, %850
	%855 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 2
	%856 = load i32, i32 addrspace(3)* %855
	%857 = icmp sgt i32 %817, 2
	%858 = select i1 %857, i32 %856, i32 0
	%859 = add i32 %853, %858
	%860 = add i32 %854, %856
	%861 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 3
	%862 = load i32, i32 addrspace(3)* %861
	%863 = icmp sgt i32 %817, 3
	%864 = select i1 %863, i32 %862, i32 0
	%865 = add i32 %859, %864
	%866 = add i32 %860, %862
	%867 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 4
	%868 = load i32, i32 addrspace(3)* %867
	%869 = icmp sgt i32 %817, 4
	%870 = select i1 %869, i32 %868, i32 0
	%871 = add i32 %865, %870
	%872 = add i32 %866, %868
	%873 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 5
	%874 = load i32, i32 addrspace(3)* %873
	%875 = icmp sgt i32 %817, 5
	%876 = select i1 %875, i32 %874, i32 0
	%877 = add i32 %871, %876
	%878 = add i32 %872, %874
	%879 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 6
	%880 = load i32, i32 addrspace(3)* %879
	%881 = icmp sgt i32 %817, 6
	%882 = select i1 %881, i32 %880, i32 0
	%883 = add i32 %877, %882
	%884 = add i32 %878, %880
	%885 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 7
	%886 = load i32, i32 addrspace(3)* %885
	%887 = icmp sgt i32 %817, 7
	%888 = select i1 %887, i32 %886, i32 0
	%889 = add i32 %883, %888
	%890 = add i32 %884, %886
	%891 = add i32 %889, %837
	%892 = sub i32 %891, %815
	%893 = icmp ugt i32 %813, %803
	%894 = add i32 %807, %892
	%895 = icmp slt i32 %894, %801
	%896 = and i1 %814, %895
	%897 = or i1 %893, %896
	%898 = zext i1 %897 to i32
	%899 = and i32 %0, 31
	%900 = lshr i32 %0, 5
	%901 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %898, i32 1, i32 0)
	%902 = icmp uge i32 %899, 1
	%903 = select i1 %902, i32 %901, i32 0
	%904 = add i32 %898, %903
	%905 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %904, i32 2, i32 0)
	%906 = icmp uge i32 %899, 2
	%907 = select i1 %906, i32 %905, i32 0
	%908 = add i32 %904, %907
	%909 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %908, i32 4, i32 0)
	%910 = icmp uge i32 %899, 4
	%911 = select i1 %910, i32 %909, i32 0
	%912 = add i32 %908, %911
	%913 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %912, i32 8, i32 0)
	%914 = icmp uge i32 %899, 8
	%915 = select i1 %914, i32 %913, i32 0
	%916 = add i32 %912, %915
	%917 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %916, i32 16, i32 0)
	%918 = icmp uge i32 %899, 16
	%919 = select i1 %918, i32 %917, i32 0
	%920 = add i32 %916, %919
	%921 = icmp eq i32 %899, 31
	br i1 %921, label %922, label %924

922:
	%923 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 %900
	store i32 %920, i32 addrspace(3)* %923
	br label %924

924:
	call void @llvm.nvvm.barrier0()
	%925 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 0
	%926 = load i32, i32 addrspace(3)* %925
	%927 = icmp sgt i32 %900, 0
	%928 = select i1 %927, i32 %926, i32 0
	%929 = add i32 0, %928
	%930 = add i32 0, %926
	%931 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 1
	%932 = load i32, i32 addrspace(3)* %931
	%933 = icmp sgt i32 %900, 1
	%934 = select i1 %933, i32 %932, i32 0
	%935 = add i32 %929, %934
	%936 = add i32 %930, %932
	%937 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 2
	%938 = load i32, i32 addrspace(3)* %937
	%939 = icmp sgt i32 %900, 2
	%940 = select i1 %939, i32 %938, i32 0
	%941 = add i32 %935, %940
	%942 = add i32 %936, %938
	%943 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 3
	%944 = load i32, i32 addrspace(3)* %943
	%945 = icmp sgt i32 %900, 3
	%946 = select i1 %945, i32 %944, i32 0
	%947 = add i32 %941, %946
	%948 = add i32 %942, %944
	%949 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 4
	%950 = load i32, i32 addrspace(3)* %949
	%951 = icmp sgt i32 %900, 4
	%952 = select i1 %951, i32 %950, i32 0
	%953 = add i32 %947, %952
	%954 = add i32 %948, %950
	%955 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 5
	%956 = load i32, i32 addrspace(3)* %955
	%957 = icmp sgt i32 %900, 5
	%958 = select i1 %957, i32 %956, i32 0
	%959 = add i32 %953, %958
	%960 = add i32 %954, %956
	%961 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 6
	%962 = load i32, i32 addrspace(3)* %961
	%963 = icmp sgt i32 %900, 6
	%964 = select i1 %963, i32 %962, i32 0
	%965 = add i32 %959, %964
	%966 = add i32 %960, %962
	%967 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 7
	%968 = load i32, i32 addrspace(3)* %967
	%969 = icmp sgt i32 %900, 7
	%970 = select i1 %969, i32 %968, i32 0
	%971 = add i32 %965, %970
	%972 = add i32 %966, %968
	%973 = add i32 %971, %920
	%974 = sub i32 %973, %898
	br i1 %897, label %975, label %978

975:
	%976 = add i32 %808, %974
	%977 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %976
	store i32 %811, i32 addrspace(3)* %977
	br label %978

978:
	%979 = add i32 %807, %890
	%980 = add i32 %808, %972
	%981 = add i32 %806, 256
	br label %805

982:
	%983 = phi i32 [ %317, %topk_done ], [ %987, %985 ]
	%984 = icmp slt i32 %983, %316
	br i1 %984, label %985, label %988

985:
	%986 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %983
	store i32 -1, i32 addrspace(3)* %986
	%987 = add i32 %983, 256
	br label %982

988:
	call void @llvm.nvvm.barrier0()
	%989 = add i32 %315, 1
	br label %990

990:
	%991 = phi i32 [ 1, %988 ], [ %1004, %1003 ]
	%992 = icmp slt i32 %991, %989
	br i1 %992, label %993, label %995

993:
	%994 = shl i32 1, %991
	br label %996

995:
	br label %1042

996:
	%997 = phi i32 [ 0, %993 ], [ %1012, %1011 ]
	%998 = icmp slt i32 %997, %991
	br i1 %998, label %999, label %1003

999:
	%1000 = sub i32 %991, 1
	%1001 = sub i32 %1000, %997
	%1002 = shl i32 1, %1001
	br label %1005

1003:
	%1004 = add i32 %991, 1
	br label %990

1005:
	%1006 = phi i32 [ %0, %999 ], [ %1037, %1036 ]
	%1007 = icmp slt i32 %1006, %316
	br i1 %1007, label %1008, label %1011

1008:
	%1009 = xor i32 %1006, %1002
	%1010 = icmp sgt i32 %1009, %1006
	br i1 %1010, label %1013, label %1036

1011:
	call void @llvm.nvvm.barrier0()
	%1012 = add i32 %997, 1
	br label %996

1013:
	%1014 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %1006
	%1015 = load i32, i32 addrspace(3)* %1014
	%1016 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %1009
	%1017 = load i32, i32 addrspace(3)* %1016
	%1018 = and i32 %1006, %994
	%1019 = icmp eq i32 %1018, 0
	%1020 = icmp sge i32 %1017, 0
	%1021 = select i1 %1020, i32 %1017, i32 0
	%1022 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %1021
	%1023 = load i32, i32 addrspace(3)* %1022
	%1024 = select i1 %1020, i32 %1023, i32 0
	%1025 = icmp sge i32 %1015, 0
	%1026 = select i1 %1025, i32 %1015, i32 0
	%1027 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %1026
	%1028 = load i32, i32 addrspace(3)* %1027
	%1029 = select i1 %1025, i32 %1028, i32 0
	%1030 = icmp ugt i32 %1024, %1029
	%1031 = icmp eq i32 %1024, %1029
	%1032 = icmp slt i32 %1017, %1015
	%1033 = and i1 %1031, %1032
	%1034 = or i1 %1030, %1033
	%1035 = icmp eq i1 %1034, %1019
	br i1 %1035, label %1038, label %1041

1036:
	%1037 = add i32 %1006, 256
	br label %1005

1038:
	%1039 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %1006
	store i32 %1017, i32 addrspace(3)* %1039
	%1040 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %1009
	store i32 %1015, i32 addrspace(3)* %1040
	br label %1041

1041:
	br label %1036

1042:
	%1043 = phi i32 [ %0, %995 ], [ %1056, %1045 ]
	%1044 = icmp slt i32 %1043, %253
	br i1 %1044, label %1045, label %1057

1045:
	%1046 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %1043
	%1047 = load i32, i32 addrspace(3)* %1046
	%1048 = add i32 %245, %1043
	%1049 = add i32 %13, %1048
	%1050 = sext i32 %1049 to i64
	%1051 = getelementptr i32, i32* %list, i64 %1050
	store i32 %1047, i32* %1051
	%1052 = add i32 %13, %NK
	%1053 = add i32 %1052, %1048
	%1054 = sext i32 %1053 to i64
	%1055 = getelementptr i32, i32* %list, i64 %1054
	store i32 0, i32* %1055
	%1056 = add i32 %1043, 256
	br label %1042

1057:
	%1058 = add i32 %245, %253
	%1059 = add i32 %1058, %0
	br label %1060

1060:
	%1061 = phi i32 [ %1059, %1057 ], [ %1071, %1063 ]
	%1062 = icmp slt i32 %1061, %NK
	br i1 %1062, label %1063, label %1072

1063:
	%1064 = add i32 %13, %1061
	%1065 = sext i32 %1064 to i64
	%1066 = getelementptr i32, i32* %list, i64 %1065
	store i32 -1, i32* %1066
	%1067 = add i32 %13, %NK
	%1068 = add i32 %1067, %1061
	%1069 = sext i32 %1068 to i64
	%1070 = getelementptr i32, i32* %list, i64 %1069
	store i32 -1, i32* %1070
	%1071 = add i32 %1061, 256
	br label %1060

1072:
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

define ptx_kernel void @toplocal_pool_q0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 128
	%4 = add i32 %3, 128
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 128
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

define ptx_kernel void @toplocal_pool_k0(i16* %x, float* %out, i32 %L, i32 %NT) {
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

define ptx_kernel void @toplocal_scores0(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
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
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_a, i32 0, i32 %283
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
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_b, i32 0, i32 %296
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
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_a, i32 0, i32 %315
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
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_b, i32 0, i32 %328
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
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_a, i32 0, i32 %347
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
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_b, i32 0, i32 %360
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
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_a, i32 0, i32 %379
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
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_b, i32 0, i32 %392
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
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_b, i32 0, i32 %433
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

define ptx_kernel void @toplocal_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [49152 x i8] addrspace(3)* @toplocal_attn2_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x8000
	%3 = lshr i32 %2, 4
	%4 = and i32 %3, u0x3FFF
	%5 = lshr i32 %0, 4
	%6 = and i32 %5, u0x3FFF
	%7 = lshr i32 %1, 4
	%8 = and i32 %7, u0x3FFF
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%10 = lshr i32 %9, 5
	%11 = and i32 %9, 31
	%12 = lshr i32 %10, 2
	%13 = mul i32 %12, 512
	%14 = add i32 %4, %13
	%15 = lshr i32 %11, 2
	%16 = and i32 %11, 3
	%17 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%18 = mul i32 %17, %NQ
	%19 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%20 = add i32 %18, %19
	%21 = mul i32 %hg, %NQ
	%22 = udiv i32 %20, %21
	%23 = urem i32 %20, %21
	%24 = mul i32 %22, %hg
	%25 = sub i32 %H, %24
	%26 = icmp slt i32 %hg, %25
	%27 = select i1 %26, i32 %hg, i32 %25
	%28 = sub i32 %NQ, 1
	%29 = udiv i32 %23, %27
	%30 = sub i32 %28, %29
	%31 = urem i32 %23, %27
	%32 = add i32 %24, %31
	%33 = sdiv i32 %32, %group
	%34 = mul i32 %30, 128
	%35 = mul i32 %32, %M
	%36 = mul i32 %35, 64
	%37 = sext i32 %36 to i64
	%38 = getelementptr i16, i16* %q, i64 %37
	%39 = mul i32 %33, %N
	%40 = mul i32 %39, 64
	%41 = sext i32 %40 to i64
	%42 = getelementptr i16, i16* %k, i64 %41
	%43 = mul i32 %33, %N
	%44 = mul i32 %43, 64
	%45 = sext i32 %44 to i64
	%46 = getelementptr i16, i16* %v, i64 %45
	%47 = udiv i32 %32, %lh
	%48 = mul i32 %47, %NQ
	%49 = add i32 %48, %30
	%50 = mul i32 %49, 2
	%51 = mul i32 %50, %NK
	%52 = mul i32 %32, %ch
	%53 = mul i32 %52, %NQ
	%54 = add i32 %53, %30
	%55 = mul i32 %54, %NK
	%56 = add i32 %51, 0
	%57 = sext i32 %56 to i64
	%58 = getelementptr i32, i32* %list, i64 %57
	%59 = load i32, i32* %58
	%60 = icmp sgt i32 %NK, 0
	%61 = icmp sge i32 %59, 0
	%62 = and i1 %60, %61
	%63 = lshr i32 %9, 3
	%64 = and i32 %9, 7
	%65 = lshr i32 %64, 3
	%66 = mul i32 %65, u0x4000
	%67 = and i32 %64, 7
	%68 = and i32 %63, 7
	%69 = xor i32 %67, %68
	%70 = mul i32 %63, 128
	%71 = shl i32 %69, 4
	%72 = add i32 %70, %71
	%73 = add i32 %66, %72
	%74 = add i32 %2, %73
	%75 = add i32 %34, %63
	%76 = mul i32 %75, 64
	%77 = mul i32 %64, 8
	%78 = add i32 %76, %77
	%79 = sext i32 %78 to i64
	%80 = getelementptr i16, i16* %38, i64 %79
	%81 = add i32 %75, 0
	%82 = icmp slt i32 %81, %M
	%83 = getelementptr i16, i16* %80, i64 0
	%84 = select i1 %82, i16* %83, i16* %38
	%85 = add i32 %74, 0
	%86 = select i1 %82, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %85, i16* %84, i32 %86)
	%87 = add i32 %75, 32
	%88 = icmp slt i32 %87, %M
	%89 = getelementptr i16, i16* %80, i64 2048
	%90 = select i1 %88, i16* %89, i16* %38
	%91 = add i32 %74, u0x1000
	%92 = select i1 %88, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %91, i16* %90, i32 %92)
	%93 = add i32 %75, 64
	%94 = icmp slt i32 %93, %M
	%95 = getelementptr i16, i16* %80, i64 u0x1000
	%96 = select i1 %94, i16* %95, i16* %38
	%97 = add i32 %74, u0x2000
	%98 = select i1 %94, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %97, i16* %96, i32 %98)
	%99 = add i32 %75, 96
	%100 = icmp slt i32 %99, %M
	%101 = getelementptr i16, i16* %80, i64 6144
	%102 = select i1 %100, i16* %101, i16* %38
	%103 = add i32 %74, 12288
	%104 = select i1 %100, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %103, i16* %102, i32 %104)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %62, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%105 = and i32 %11, 7
	%106 = lshr i32 %11, 3
	%107 = and i32 %106, 1
	%108 = shl i32 %107, 3
	%109 = add i32 %105, %108
	%110 = lshr i32 %11, 4
	%111 = mul i32 %10, 16
	%112 = add i32 %109, 0
	%113 = add i32 %111, %112
	%114 = mul i32 %113, 128
	%115 = add i32 %2, %114
	%116 = and i32 %11, 7
	%117 = xor i32 %110, %116
	%118 = shl i32 %117, 4
	%119 = add i32 %115, %118
	%120 = mul i32 %59, 64
	%121 = lshr i32 %9, 3
	%122 = and i32 %9, 7
	%123 = lshr i32 %122, 3
	%124 = mul i32 %123, u0x2000
	%125 = and i32 %122, 7
	%126 = and i32 %121, 7
	%127 = xor i32 %125, %126
	%128 = mul i32 %121, 128
	%129 = shl i32 %127, 4
	%130 = add i32 %128, %129
	%131 = add i32 %124, %130
	%132 = add i32 %0, %131
	%133 = add i32 %120, %121
	%134 = mul i32 %133, 64
	%135 = mul i32 %122, 8
	%136 = add i32 %134, %135
	%137 = sext i32 %136 to i64
	%138 = getelementptr i16, i16* %42, i64 %137
	%139 = add i32 %133, 0
	%140 = icmp slt i32 %139, %N
	%141 = getelementptr i16, i16* %138, i64 0
	%142 = select i1 %140, i16* %141, i16* %42
	%143 = add i32 %132, 0
	%144 = select i1 %140, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %143, i16* %142, i32 %144)
	%145 = add i32 %133, 32
	%146 = icmp slt i32 %145, %N
	%147 = getelementptr i16, i16* %138, i64 2048
	%148 = select i1 %146, i16* %147, i16* %42
	%149 = add i32 %132, u0x1000
	%150 = select i1 %146, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %149, i16* %148, i32 %150)
	%151 = mul i32 %59, 64
	%152 = lshr i32 %9, 3
	%153 = and i32 %9, 7
	%154 = lshr i32 %153, 3
	%155 = mul i32 %154, u0x2000
	%156 = and i32 %153, 7
	%157 = and i32 %152, 7
	%158 = xor i32 %156, %157
	%159 = mul i32 %152, 128
	%160 = shl i32 %158, 4
	%161 = add i32 %159, %160
	%162 = add i32 %155, %161
	%163 = add i32 %1, %162
	%164 = add i32 %151, %152
	%165 = mul i32 %164, 64
	%166 = mul i32 %153, 8
	%167 = add i32 %165, %166
	%168 = sext i32 %167 to i64
	%169 = getelementptr i16, i16* %46, i64 %168
	%170 = add i32 %164, 0
	%171 = icmp slt i32 %170, %N
	%172 = getelementptr i16, i16* %169, i64 0
	%173 = select i1 %171, i16* %172, i16* %46
	%174 = add i32 %163, 0
	%175 = select i1 %171, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %174, i16* %173, i32 %175)
	%176 = add i32 %164, 32
	%177 = icmp slt i32 %176, %N
	%178 = getelementptr i16, i16* %169, i64 2048
	%179 = select i1 %177, i16* %178, i16* %46
	%180 = add i32 %163, u0x1000
	%181 = select i1 %177, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %180, i16* %179, i32 %181)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%182 = phi i32 [ 0, %prologue ], [ %225, %1073 ]
	%183 = phi i32 [ %59, %prologue ], [ %232, %1073 ]
	%184 = phi float [ 0.0, %prologue ], [ %1383, %1073 ]
	%185 = phi float [ 0.0, %prologue ], [ %1384, %1073 ]
	%186 = phi float [ 0.0, %prologue ], [ %1385, %1073 ]
	%187 = phi float [ 0.0, %prologue ], [ %1386, %1073 ]
	%188 = phi float [ 0.0, %prologue ], [ %1387, %1073 ]
	%189 = phi float [ 0.0, %prologue ], [ %1388, %1073 ]
	%190 = phi float [ 0.0, %prologue ], [ %1389, %1073 ]
	%191 = phi float [ 0.0, %prologue ], [ %1390, %1073 ]
	%192 = phi float [ 0.0, %prologue ], [ %1391, %1073 ]
	%193 = phi float [ 0.0, %prologue ], [ %1392, %1073 ]
	%194 = phi float [ 0.0, %prologue ], [ %1393, %1073 ]
	%195 = phi float [ 0.0, %prologue ], [ %1394, %1073 ]
	%196 = phi float [ 0.0, %prologue ], [ %1395, %1073 ]
	%197 = phi float [ 0.0, %prologue ], [ %1396, %1073 ]
	%198 = phi float [ 0.0, %prologue ], [ %1397, %1073 ]
	%199 = phi float [ 0.0, %prologue ], [ %1398, %1073 ]
	%200 = phi float [ 0.0, %prologue ], [ %1399, %1073 ]
	%201 = phi float [ 0.0, %prologue ], [ %1400, %1073 ]
	%202 = phi float [ 0.0, %prologue ], [ %1401, %1073 ]
	%203 = phi float [ 0.0, %prologue ], [ %1402, %1073 ]
	%204 = phi float [ 0.0, %prologue ], [ %1403, %1073 ]
	%205 = phi float [ 0.0, %prologue ], [ %1404, %1073 ]
	%206 = phi float [ 0.0, %prologue ], [ %1405, %1073 ]
	%207 = phi float [ 0.0, %prologue ], [ %1406, %1073 ]
	%208 = phi float [ 0.0, %prologue ], [ %1407, %1073 ]
	%209 = phi float [ 0.0, %prologue ], [ %1408, %1073 ]
	%210 = phi float [ 0.0, %prologue ], [ %1409, %1073 ]
	%211 = phi float [ 0.0, %prologue ], [ %1410, %1073 ]
	%212 = phi float [ 0.0, %prologue ], [ %1411, %1073 ]
	%213 = phi float [ 0.0, %prologue ], [ %1412, %1073 ]
	%214 = phi float [ 0.0, %prologue ], [ %1413, %1073 ]
	%215 = phi float [ 0.0, %prologue ], [ %1414, %1073 ]
	%216 = phi float [ 0xFFF0000000000000, %prologue ], [ %1108, %1073 ]
	%217 = phi float [ 0.0, %prologue ], [ %1159, %1073 ]
	%218 = phi float [ 0xFFF0000000000000, %prologue ], [ %1160, %1073 ]
	%219 = phi float [ 0.0, %prologue ], [ %1211, %1073 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%220 = mul i32 %183, 64
	%221 = and i32 %182, 1
	%222 = mul i32 %221, 1024
	%223 = add i32 %6, %222
	%224 = add i32 %8, %222
	%225 = add i32 %182, 1
	%226 = icmp slt i32 %225, %NK
	%227 = select i1 %226, i32 %225, i32 0
	%228 = add i32 %51, %227
	%229 = sext i32 %228 to i64
	%230 = getelementptr i32, i32* %list, i64 %229
	%231 = load i32, i32* %230
	%232 = select i1 %226, i32 %231, i32 -1
	%233 = icmp sge i32 %232, 0
	br i1 %233, label %prefetch, label %body

epilogue:
	%234 = phi float [ 0.0, %entry ], [ %1159, %1073 ]
	%235 = phi float [ 0.0, %entry ], [ %1211, %1073 ]
	%236 = phi i32 [ 0, %entry ], [ %225, %1073 ]
	%237 = phi float [ 0.0, %entry ], [ %1383, %1073 ]
	%238 = phi float [ 0.0, %entry ], [ %1384, %1073 ]
	%239 = phi float [ 0.0, %entry ], [ %1385, %1073 ]
	%240 = phi float [ 0.0, %entry ], [ %1386, %1073 ]
	%241 = phi float [ 0.0, %entry ], [ %1387, %1073 ]
	%242 = phi float [ 0.0, %entry ], [ %1388, %1073 ]
	%243 = phi float [ 0.0, %entry ], [ %1389, %1073 ]
	%244 = phi float [ 0.0, %entry ], [ %1390, %1073 ]
	%245 = phi float [ 0.0, %entry ], [ %1391, %1073 ]
	%246 = phi float [ 0.0, %entry ], [ %1392, %1073 ]
	%247 = phi float [ 0.0, %entry ], [ %1393, %1073 ]
	%248 = phi float [ 0.0, %entry ], [ %1394, %1073 ]
	%249 = phi float [ 0.0, %entry ], [ %1395, %1073 ]
	%250 = phi float [ 0.0, %entry ], [ %1396, %1073 ]
	%251 = phi float [ 0.0, %entry ], [ %1397, %1073 ]
	%252 = phi float [ 0.0, %entry ], [ %1398, %1073 ]
	%253 = phi float [ 0.0, %entry ], [ %1399, %1073 ]
	%254 = phi float [ 0.0, %entry ], [ %1400, %1073 ]
	%255 = phi float [ 0.0, %entry ], [ %1401, %1073 ]
	%256 = phi float [ 0.0, %entry ], [ %1402, %1073 ]
	%257 = phi float [ 0.0, %entry ], [ %1403, %1073 ]
	%258 = phi float [ 0.0, %entry ], [ %1404, %1073 ]
	%259 = phi float [ 0.0, %entry ], [ %1405, %1073 ]
	%260 = phi float [ 0.0, %entry ], [ %1406, %1073 ]
	%261 = phi float [ 0.0, %entry ], [ %1407, %1073 ]
	%262 = phi float [ 0.0, %entry ], [ %1408, %1073 ]
	%263 = phi float [ 0.0, %entry ], [ %1409, %1073 ]
	%264 = phi float [ 0.0, %entry ], [ %1410, %1073 ]
	%265 = phi float [ 0.0, %entry ], [ %1411, %1073 ]
	%266 = phi float [ 0.0, %entry ], [ %1412, %1073 ]
	%267 = phi float [ 0.0, %entry ], [ %1413, %1073 ]
	%268 = phi float [ 0.0, %entry ], [ %1414, %1073 ]
	%269 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %234, i32 1, i32 31)
	%270 = fadd float %234, %269
	%271 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %270, i32 2, i32 31)
	%272 = fadd float %270, %271
	%273 = fcmp ogt float %272, 0.0
	%274 = fdiv float 1.0, %272
	%275 = select i1 %273, float %274, float 0.0
	%276 = mul i32 %10, 16
	%277 = add i32 %34, %276
	%278 = add i32 %15, 0
	%279 = add i32 %277, %278
	%280 = fmul float %237, %275
	%281 = fmul float %238, %275
	%282 = fmul float %241, %275
	%283 = fmul float %242, %275
	%284 = fmul float %245, %275
	%285 = fmul float %246, %275
	%286 = fmul float %249, %275
	%287 = fmul float %250, %275
	%288 = fmul float %253, %275
	%289 = fmul float %254, %275
	%290 = fmul float %257, %275
	%291 = fmul float %258, %275
	%292 = fmul float %261, %275
	%293 = fmul float %262, %275
	%294 = fmul float %265, %275
	%295 = fmul float %266, %275
	%296 = icmp slt i32 %279, %M
	br i1 %296, label %store0, label %stored0

prefetch:
	%297 = xor i32 %221, 1
	%298 = mul i32 %297, u0x4000
	%299 = add i32 %0, %298
	%300 = mul i32 %232, 64
	%301 = lshr i32 %9, 3
	%302 = and i32 %9, 7
	%303 = lshr i32 %302, 3
	%304 = mul i32 %303, u0x2000
	%305 = and i32 %302, 7
	%306 = and i32 %301, 7
	%307 = xor i32 %305, %306
	%308 = mul i32 %301, 128
	%309 = shl i32 %307, 4
	%310 = add i32 %308, %309
	%311 = add i32 %304, %310
	%312 = add i32 %299, %311
	%313 = add i32 %300, %301
	%314 = mul i32 %313, 64
	%315 = mul i32 %302, 8
	%316 = add i32 %314, %315
	%317 = sext i32 %316 to i64
	%318 = getelementptr i16, i16* %42, i64 %317
	%319 = add i32 %313, 0
	%320 = icmp slt i32 %319, %N
	%321 = getelementptr i16, i16* %318, i64 0
	%322 = select i1 %320, i16* %321, i16* %42
	%323 = add i32 %312, 0
	%324 = select i1 %320, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %323, i16* %322, i32 %324)
	%325 = add i32 %313, 32
	%326 = icmp slt i32 %325, %N
	%327 = getelementptr i16, i16* %318, i64 2048
	%328 = select i1 %326, i16* %327, i16* %42
	%329 = add i32 %312, u0x1000
	%330 = select i1 %326, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %329, i16* %328, i32 %330)
	%331 = add i32 %1, %298
	%332 = mul i32 %232, 64
	%333 = lshr i32 %9, 3
	%334 = and i32 %9, 7
	%335 = lshr i32 %334, 3
	%336 = mul i32 %335, u0x2000
	%337 = and i32 %334, 7
	%338 = and i32 %333, 7
	%339 = xor i32 %337, %338
	%340 = mul i32 %333, 128
	%341 = shl i32 %339, 4
	%342 = add i32 %340, %341
	%343 = add i32 %336, %342
	%344 = add i32 %331, %343
	%345 = add i32 %332, %333
	%346 = mul i32 %345, 64
	%347 = mul i32 %334, 8
	%348 = add i32 %346, %347
	%349 = sext i32 %348 to i64
	%350 = getelementptr i16, i16* %46, i64 %349
	%351 = add i32 %345, 0
	%352 = icmp slt i32 %351, %N
	%353 = getelementptr i16, i16* %350, i64 0
	%354 = select i1 %352, i16* %353, i16* %46
	%355 = add i32 %344, 0
	%356 = select i1 %352, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %355, i16* %354, i32 %356)
	%357 = add i32 %345, 32
	%358 = icmp slt i32 %357, %N
	%359 = getelementptr i16, i16* %350, i64 2048
	%360 = select i1 %358, i16* %359, i16* %46
	%361 = add i32 %344, u0x1000
	%362 = select i1 %358, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %361, i16* %360, i32 %362)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %body

body:
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%363 = add i32 %14, 0
	%364 = zext i32 %363 to i64
	%365 = or i64 %364, u0x4000004000010000
	%366 = add i32 %223, 0
	%367 = zext i32 %366 to i64
	%368 = or i64 %367, u0x4000004000010000
	%369 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %365, i64 %368, i32 1)
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 0
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 1
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 2
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 3
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 4
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 5
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 6
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 7
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 8
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 9
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 10
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 11
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 12
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 13
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 14
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 15
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 16
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 17
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 18
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 19
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 20
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 21
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 22
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 23
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 24
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 25
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 26
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 27
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 28
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 29
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 30
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %369, 31
	%402 = add i32 %14, 2
	%403 = zext i32 %402 to i64
	%404 = or i64 %403, u0x4000004000010000
	%405 = add i32 %223, 2
	%406 = zext i32 %405 to i64
	%407 = or i64 %406, u0x4000004000010000
	%408 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, i64 %404, i64 %407, i32 1)
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 0
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 1
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 2
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 3
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 4
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 5
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 6
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 7
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 8
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 9
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 10
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 11
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 12
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 13
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 14
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 15
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 16
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 17
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 18
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 19
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 20
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 21
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 22
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 23
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 24
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 25
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 26
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 27
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 28
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 29
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 30
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %408, 31
	%441 = add i32 %14, 4
	%442 = zext i32 %441 to i64
	%443 = or i64 %442, u0x4000004000010000
	%444 = add i32 %223, 4
	%445 = zext i32 %444 to i64
	%446 = or i64 %445, u0x4000004000010000
	%447 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, i64 %443, i64 %446, i32 1)
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 3
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 4
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 5
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 6
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 7
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 8
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 9
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 10
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 11
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 12
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 13
	%462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 14
	%463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 15
	%464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 16
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 17
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 18
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 19
	%468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 20
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 21
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 22
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 23
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 24
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 25
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 26
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 27
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 28
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 29
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 30
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %447, 31
	%480 = add i32 %14, 6
	%481 = zext i32 %480 to i64
	%482 = or i64 %481, u0x4000004000010000
	%483 = add i32 %223, 6
	%484 = zext i32 %483 to i64
	%485 = or i64 %484, u0x4000004000010000
	%486 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, i64 %482, i64 %485, i32 1)
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 0
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 1
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 2
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 3
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 4
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 5
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 6
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 7
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 8
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 9
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 10
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 11
	%499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 12
	%500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 13
	%501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 14
	%502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 15
	%503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 16
	%504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 17
	%505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 18
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 19
	%507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 20
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 21
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 22
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 23
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 24
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 25
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 26
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 27
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 28
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 29
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 30
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %486, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%519 = call float asm sideeffect "", "=f,0"(float %487)
	%520 = call float asm sideeffect "", "=f,0"(float %488)
	%521 = call float asm sideeffect "", "=f,0"(float %489)
	%522 = call float asm sideeffect "", "=f,0"(float %490)
	%523 = call float asm sideeffect "", "=f,0"(float %491)
	%524 = call float asm sideeffect "", "=f,0"(float %492)
	%525 = call float asm sideeffect "", "=f,0"(float %493)
	%526 = call float asm sideeffect "", "=f,0"(float %494)
	%527 = call float asm sideeffect "", "=f,0"(float %495)
	%528 = call float asm sideeffect "", "=f,0"(float %496)
	%529 = call float asm sideeffect "", "=f,0"(float %497)
	%530 = call float asm sideeffect "", "=f,0"(float %498)
	%531 = call float asm sideeffect "", "=f,0"(float %499)
	%532 = call float asm sideeffect "", "=f,0"(float %500)
	%533 = call float asm sideeffect "", "=f,0"(float %501)
	%534 = call float asm sideeffect "", "=f,0"(float %502)
	%535 = call float asm sideeffect "", "=f,0"(float %503)
	%536 = call float asm sideeffect "", "=f,0"(float %504)
	%537 = call float asm sideeffect "", "=f,0"(float %505)
	%538 = call float asm sideeffect "", "=f,0"(float %506)
	%539 = call float asm sideeffect "", "=f,0"(float %507)
	%540 = call float asm sideeffect "", "=f,0"(float %508)
	%541 = call float asm sideeffect "", "=f,0"(float %509)
	%542 = call float asm sideeffect "", "=f,0"(float %510)
	%543 = call float asm sideeffect "", "=f,0"(float %511)
	%544 = call float asm sideeffect "", "=f,0"(float %512)
	%545 = call float asm sideeffect "", "=f,0"(float %513)
	%546 = call float asm sideeffect "", "=f,0"(float %514)
	%547 = call float asm sideeffect "", "=f,0"(float %515)
	%548 = call float asm sideeffect "", "=f,0"(float %516)
	%549 = call float asm sideeffect "", "=f,0"(float %517)
	%550 = call float asm sideeffect "", "=f,0"(float %518)
	%551 = mul i32 %10, 16
	%552 = add i32 %34, %551
	%553 = add i32 %15, 0
	%554 = add i32 %552, %553
	%555 = mul i32 %10, 16
	%556 = add i32 %34, %555
	%557 = add i32 %15, 8
	%558 = add i32 %556, %557
	%559 = sitofp i32 %32 to float
	%560 = add i32 %55, %183
	%561 = sext i32 %560 to i64
	%562 = getelementptr i8, i8* %cls, i64 %561
	%563 = load i8, i8* %562
	%564 = icmp ne i8 %563, 2
	br i1 %564, label %partial, label %softmax

partial:
	%565 = shl i32 %16, 1
	%566 = add i32 0, %565
	%567 = add i32 %220, %566
	%568 = icmp slt i32 %567, %N
	%569 = select i1 %568, i32 %567, i32 0
	%570 = sitofp i32 %554 to float
	%571 = sitofp i32 %569 to float
	%572 = fcmp ole float %571, %570
	%573 = uitofp i1 %572 to float
	%574 = fcmp une float %573, 0.0
	%575 = and i1 %568, %574
	%576 = select i1 %575, float %519, float 0xFFF0000000000000
	%577 = shl i32 %16, 1
	%578 = add i32 1, %577
	%579 = add i32 %220, %578
	%580 = icmp slt i32 %579, %N
	%581 = select i1 %580, i32 %579, i32 0
	%582 = sitofp i32 %554 to float
	%583 = sitofp i32 %581 to float
	%584 = fcmp ole float %583, %582
	%585 = uitofp i1 %584 to float
	%586 = fcmp une float %585, 0.0
	%587 = and i1 %580, %586
	%588 = select i1 %587, float %520, float 0xFFF0000000000000
	%589 = shl i32 %16, 1
	%590 = add i32 0, %589
	%591 = add i32 %220, %590
	%592 = icmp slt i32 %591, %N
	%593 = select i1 %592, i32 %591, i32 0
	%594 = sitofp i32 %558 to float
	%595 = sitofp i32 %593 to float
	%596 = fcmp ole float %595, %594
	%597 = uitofp i1 %596 to float
	%598 = fcmp une float %597, 0.0
	%599 = and i1 %592, %598
	%600 = select i1 %599, float %521, float 0xFFF0000000000000
	%601 = shl i32 %16, 1
	%602 = add i32 1, %601
	%603 = add i32 %220, %602
	%604 = icmp slt i32 %603, %N
	%605 = select i1 %604, i32 %603, i32 0
	%606 = sitofp i32 %558 to float
	%607 = sitofp i32 %605 to float
	%608 = fcmp ole float %607, %606
	%609 = uitofp i1 %608 to float
	%610 = fcmp une float %609, 0.0
	%611 = and i1 %604, %610
	%612 = select i1 %611, float %522, float 0xFFF0000000000000
	%613 = shl i32 %16, 1
	%614 = add i32 8, %613
	%615 = add i32 %220, %614
	%616 = icmp slt i32 %615, %N
	%617 = select i1 %616, i32 %615, i32 0
	%618 = sitofp i32 %554 to float
	%619 = sitofp i32 %617 to float
	%620 = fcmp ole float %619, %618
	%621 = uitofp i1 %620 to float
	%622 = fcmp une float %621, 0.0
	%623 = and i1 %616, %622
	%624 = select i1 %623, float %523, float 0xFFF0000000000000
	%625 = shl i32 %16, 1
	%626 = add i32 9, %625
	%627 = add i32 %220, %626
	%628 = icmp slt i32 %627, %N
	%629 = select i1 %628, i32 %627, i32 0
	%630 = sitofp i32 %554 to float
	%631 = sitofp i32 %629 to float
	%632 = fcmp ole float %631, %630
	%633 = uitofp i1 %632 to float
	%634 = fcmp une float %633, 0.0
	%635 = and i1 %628, %634
	%636 = select i1 %635, float %524, float 0xFFF0000000000000
	%637 = shl i32 %16, 1
	%638 = add i32 8, %637
	%639 = add i32 %220, %638
	%640 = icmp slt i32 %639, %N
	%641 = select i1 %640, i32 %639, i32 0
	%642 = sitofp i32 %558 to float
	%643 = sitofp i32 %641 to float
	%644 = fcmp ole float %643, %642
	%645 = uitofp i1 %644 to float
	%646 = fcmp une float %645, 0.0
	%647 = and i1 %640, %646
	%648 = select i1 %647, float %525, float 0xFFF0000000000000
	%649 = shl i32 %16, 1
	%650 = add i32 9, %649
	%651 = add i32 %220, %650
	%652 = icmp slt i32 %651, %N
	%653 = select i1 %652, i32 %651, i32 0
	%654 = sitofp i32 %558 to float
	%655 = sitofp i32 %653 to float
	%656 = fcmp ole float %655, %654
	%657 = uitofp i1 %656 to float
	%658 = fcmp une float %657, 0.0
	%659 = and i1 %652, %658
	%660 = select i1 %659, float %526, float 0xFFF0000000000000
	%661 = shl i32 %16, 1
	%662 = add i32 16, %661
	%663 = add i32 %220, %662
	%664 = icmp slt i32 %663, %N
	%665 = select i1 %664, i32 %663, i32 0
	%666 = sitofp i32 %554 to float
	%667 = sitofp i32 %665 to float
	%668 = fcmp ole float %667, %666
	%669 = uitofp i1 %668 to float
	%670 = fcmp une float %669, 0.0
	%671 = and i1 %664, %670
	%672 = select i1 %671, float %527, float 0xFFF0000000000000
	%673 = shl i32 %16, 1
	%674 = add i32 17, %673
	%675 = add i32 %220, %674
	%676 = icmp slt i32 %675, %N
	%677 = select i1 %676, i32 %675, i32 0
	%678 = sitofp i32 %554 to float
	%679 = sitofp i32 %677 to float
	%680 = fcmp ole float %679, %678
	%681 = uitofp i1 %680 to float
	%682 = fcmp une float %681, 0.0
	%683 = and i1 %676, %682
	%684 = select i1 %683, float %528, float 0xFFF0000000000000
	%685 = shl i32 %16, 1
	%686 = add i32 16, %685
	%687 = add i32 %220, %686
	%688 = icmp slt i32 %687, %N
	%689 = select i1 %688, i32 %687, i32 0
	%690 = sitofp i32 %558 to float
	%691 = sitofp i32 %689 to float
	%692 = fcmp ole float %691, %690
	%693 = uitofp i1 %692 to float
	%694 = fcmp une float %693, 0.0
	%695 = and i1 %688, %694
	%696 = select i1 %695, float %529, float 0xFFF0000000000000
	%697 = shl i32 %16, 1
	%698 = add i32 17, %697
	%699 = add i32 %220, %698
	%700 = icmp slt i32 %699, %N
	%701 = select i1 %700, i32 %699, i32 0
	%702 = sitofp i32 %558 to float
	%703 = sitofp i32 %701 to float
	%704 = fcmp ole float %703, %702
	%705 = uitofp i1 %704 to float
	%706 = fcmp une float %705, 0.0
	%707 = and i1 %700, %706
	%708 = select i1 %707, float %530, float 0xFFF0000000000000
	%709 = shl i32 %16, 1
	%710 = add i32 24, %709
	%711 = add i32 %220, %710
	%712 = icmp slt i32 %711, %N
	%713 = select i1 %712, i32 %711, i32 0
	%714 = sitofp i32 %554 to float
	%715 = sitofp i32 %713 to float
	%716 = fcmp ole float %715, %714
	%717 = uitofp i1 %716 to float
	%718 = fcmp une float %717, 0.0
	%719 = and i1 %712, %718
	%720 = select i1 %719, float %531, float 0xFFF0000000000000
	%721 = shl i32 %16, 1
	%722 = add i32 25, %721
	%723 = add i32 %220, %722
	%724 = icmp slt i32 %723, %N
	%725 = select i1 %724, i32 %723, i32 0
	%726 = sitofp i32 %554 to float
	%727 = sitofp i32 %725 to float
	%728 = fcmp ole float %727, %726
	%729 = uitofp i1 %728 to float
	%730 = fcmp une float %729, 0.0
	%731 = and i1 %724, %730
	%732 = select i1 %731, float %532, float 0xFFF0000000000000
	%733 = shl i32 %16, 1
	%734 = add i32 24, %733
	%735 = add i32 %220, %734
	%736 = icmp slt i32 %735, %N
	%737 = select i1 %736, i32 %735, i32 0
	%738 = sitofp i32 %558 to float
	%739 = sitofp i32 %737 to float
	%740 = fcmp ole float %739, %738
	%741 = uitofp i1 %740 to float
	%742 = fcmp une float %741, 0.0
	%743 = and i1 %736, %742
	%744 = select i1 %743, float %533, float 0xFFF0000000000000
	%745 = shl i32 %16, 1
	%746 = add i32 25, %745
	%747 = add i32 %220, %746
	%748 = icmp slt i32 %747, %N
	%749 = select i1 %748, i32 %747, i32 0
	%750 = sitofp i32 %558 to float
	%751 = sitofp i32 %749 to float
	%752 = fcmp ole float %751, %750
	%753 = uitofp i1 %752 to float
	%754 = fcmp une float %753, 0.0
	%755 = and i1 %748, %754
	%756 = select i1 %755, float %534, float 0xFFF0000000000000
	%757 = shl i32 %16, 1
	%758 = add i32 32, %757
	%759 = add i32 %220, %758
	%760 = icmp slt i32 %759, %N
	%761 = select i1 %760, i32 %759, i32 0
	%762 = sitofp i32 %554 to float
	%763 = sitofp i32 %761 to float
	%764 = fcmp ole float %763, %762
	%765 = uitofp i1 %764 to float
	%766 = fcmp une float %765, 0.0
	%767 = and i1 %760, %766
	%768 = select i1 %767, float %535, float 0xFFF0000000000000
	%769 = shl i32 %16, 1
	%770 = add i32 33, %769
	%771 = add i32 %220, %770
	%772 = icmp slt i32 %771, %N
	%773 = select i1 %772, i32 %771, i32 0
	%774 = sitofp i32 %554 to float
	%775 = sitofp i32 %773 to float
	%776 = fcmp ole float %775, %774
	%777 = uitofp i1 %776 to float
	%778 = fcmp une float %777, 0.0
	%779 = and i1 %772, %778
	%780 = select i1 %779, float %536, float 0xFFF0000000000000
	%781 = shl i32 %16, 1
	%782 = add i32 32, %781
	%783 = add i32 %220, %782
	%784 = icmp slt i32 %783, %N
	%785 = select i1 %784, i32 %783, i32 0
	%786 = sitofp i32 %558 to float
	%787 = sitofp i32 %785 to float
	%788 = fcmp ole float %787, %786
	%789 = uitofp i1 %788 to float
	%790 = fcmp une float %789, 0.0
	%791 = and i1 %784, %790
	%792 = select i1 %791, float %537, float 0xFFF0000000000000
	%793 = shl i32 %16, 1
	%794 = add i32 33, %793
	%795 = add i32 %220, %794
	%796 = icmp slt i32 %795, %N
	%797 = select i1 %796, i32 %795, i32 0
	%798 = sitofp i32 %558 to float
	%799 = sitofp i32 %797 to float
	%800 = fcmp ole float %799, %798
	%801 = uitofp i1 %800 to float
	%802 = fcmp une float %801, 0.0
	%803 = and i1 %796, %802
	%804 = select i1 %803, float %538, float 0xFFF0000000000000
	%805 = shl i32 %16, 1
	%806 = add i32 40, %805
	%807 = add i32 %220, %806
	%808 = icmp slt i32 %807, %N
	%809 = select i1 %808, i32 %807, i32 0
	%810 = sitofp i32 %554 to float
	%811 = sitofp i32 %809 to float
	%812 = fcmp ole float %811, %810
	%813 = uitofp i1 %812 to float
	%814 = fcmp une float %813, 0.0
	%815 = and i1 %808, %814
	%816 = select i1 %815, float %539, float 0xFFF0000000000000
	%817 = shl i32 %16, 1
	%818 = add i32 41, %817
	%819 = add i32 %220, %818
	%820 = icmp slt i32 %819, %N
	%821 = select i1 %820, i32 %819, i32 0
	%822 = sitofp i32 %554 to float
	%823 = sitofp i32 %821 to float
	%824 = fcmp ole float %823, %822
	%825 = uitofp i1 %824 to float
	%826 = fcmp une float %825, 0.0
	%827 = and i1 %820, %826
	%828 = select i1 %827, float %540, float 0xFFF0000000000000
	%829 = shl i32 %16, 1
	%830 = add i32 40, %829
	%831 = add i32 %220, %830
	%832 = icmp slt i32 %831, %N
	%833 = select i1 %832, i32 %831, i32 0
	%834 = sitofp i32 %558 to float
	%835 = sitofp i32 %833 to float
	%836 = fcmp ole float %835, %834
	%837 = uitofp i1 %836 to float
	%838 = fcmp une float %837, 0.0
	%839 = and i1 %832, %838
	%840 = select i1 %839, float %541, float 0xFFF0000000000000
	%841 = shl i32 %16, 1
	%842 = add i32 41, %841
	%843 = add i32 %220, %842
	%844 = icmp slt i32 %843, %N
	%845 = select i1 %844, i32 %843, i32 0
	%846 = sitofp i32 %558 to float
	%847 = sitofp i32 %845 to float
	%848 = fcmp ole float %847, %846
	%849 = uitofp i1 %848 to float
	%850 = fcmp une float %849, 0.0
	%851 = and i1 %844, %850
	%852 = select i1 %851, float %542, float 0xFFF0000000000000
	%853 = shl i32 %16, 1
	%854 = add i32 48, %853
	%855 = add i32 %220, %854
	%856 = icmp slt i32 %855, %N
	%857 = select i1 %856, i32 %855, i32 0
	%858 = sitofp i32 %554 to float
	%859 = sitofp i32 %857 to float
	%860 = fcmp ole float %859, %858
	%861 = uitofp i1 %860 to float
	%862 = fcmp une float %861, 0.0
	%863 = and i1 %856, %862
	%864 = select i1 %863, float %543, float 0xFFF0000000000000
	%865 = shl i32 %16, 1
	%866 = add i32 49, %865
	%867 = add i32 %220, %866
	%868 = icmp slt i32 %867, %N
	%869 = select i1 %868, i32 %867, i32 0
	%870 = sitofp i32 %554 to float
	%871 = sitofp i32 %869 to float
	%872 = fcmp ole float %871, %870
	%873 = uitofp i1 %872 to float
	%874 = fcmp une float %873, 0.0
	%875 = and i1 %868, %874
	%876 = select i1 %875, float %544, float 0xFFF0000000000000
	%877 = shl i32 %16, 1
	%878 = add i32 48, %877
	%879 = add i32 %220, %878
	%880 = icmp slt i32 %879, %N
	%881 = select i1 %880, i32 %879, i32 0
	%882 = sitofp i32 %558 to float
	%883 = sitofp i32 %881 to float
	%884 = fcmp ole float %883, %882
	%885 = uitofp i1 %884 to float
	%886 = fcmp une float %885, 0.0
	%887 = and i1 %880, %886
	%888 = select i1 %887, float %545, float 0xFFF0000000000000
	%889 = shl i32 %16, 1
	%890 = add i32 49, %889
	%891 = add i32 %220, %890
	%892 = icmp slt i32 %891, %N
	%893 = select i1 %892, i32 %891, i32 0
	%894 = sitofp i32 %558 to float
	%895 = sitofp i32 %893 to float
	%896 = fcmp ole float %895, %894
	%897 = uitofp i1 %896 to float
	%898 = fcmp une float %897, 0.0
	%899 = and i1 %892, %898
	%900 = select i1 %899, float %546, float 0xFFF0000000000000
	%901 = shl i32 %16, 1
	%902 = add i32 56, %901
	%903 = add i32 %220, %902
	%904 = icmp slt i32 %903, %N
	%905 = select i1 %904, i32 %903, i32 0
	%906 = sitofp i32 %554 to float
	%907 = sitofp i32 %905 to float
	%908 = fcmp ole float %907, %906
	%909 = uitofp i1 %908 to float
	%910 = fcmp une float %909, 0.0
	%911 = and i1 %904, %910
	%912 = select i1 %911, float %547, float 0xFFF0000000000000
	%913 = shl i32 %16, 1
	%914 = add i32 57, %913
	%915 = add i32 %220, %914
	%916 = icmp slt i32 %915, %N
	%917 = select i1 %916, i32 %915, i32 0
	%918 = sitofp i32 %554 to float
	%919 = sitofp i32 %917 to float
	%920 = fcmp ole float %919, %918
	%921 = uitofp i1 %920 to float
	%922 = fcmp une float %921, 0.0
	%923 = and i1 %916, %922
	%924 = select i1 %923, float %548, float 0xFFF0000000000000
	%925 = shl i32 %16, 1
	%926 = add i32 56, %925
	%927 = add i32 %220, %926
	%928 = icmp slt i32 %927, %N
	%929 = select i1 %928, i32 %927, i32 0
	%930 = sitofp i32 %558 to float
	%931 = sitofp i32 %929 to float
	%932 = fcmp ole float %931, %930
	%933 = uitofp i1 %932 to float
	%934 = fcmp une float %933, 0.0
	%935 = and i1 %928, %934
	%936 = select i1 %935, float %549, float 0xFFF0000000000000
	%937 = shl i32 %16, 1
	%938 = add i32 57, %937
	%939 = add i32 %220, %938
	%940 = icmp slt i32 %939, %N
	%941 = select i1 %940, i32 %939, i32 0
	%942 = sitofp i32 %558 to float
	%943 = sitofp i32 %941 to float
	%944 = fcmp ole float %943, %942
	%945 = uitofp i1 %944 to float
	%946 = fcmp une float %945, 0.0
	%947 = and i1 %940, %946
	%948 = select i1 %947, float %550, float 0xFFF0000000000000
	br label %softmax

softmax:
	%949 = phi float [ %519, %body ], [ %576, %partial ]
	%950 = phi float [ %520, %body ], [ %588, %partial ]
	%951 = phi float [ %521, %body ], [ %600, %partial ]
	%952 = phi float [ %522, %body ], [ %612, %partial ]
	%953 = phi float [ %523, %body ], [ %624, %partial ]
	%954 = phi float [ %524, %body ], [ %636, %partial ]
	%955 = phi float [ %525, %body ], [ %648, %partial ]
	%956 = phi float [ %526, %body ], [ %660, %partial ]
	%957 = phi float [ %527, %body ], [ %672, %partial ]
	%958 = phi float [ %528, %body ], [ %684, %partial ]
	%959 = phi float [ %529, %body ], [ %696, %partial ]
	%960 = phi float [ %530, %body ], [ %708, %partial ]
	%961 = phi float [ %531, %body ], [ %720, %partial ]
	%962 = phi float [ %532, %body ], [ %732, %partial ]
	%963 = phi float [ %533, %body ], [ %744, %partial ]
	%964 = phi float [ %534, %body ], [ %756, %partial ]
	%965 = phi float [ %535, %body ], [ %768, %partial ]
	%966 = phi float [ %536, %body ], [ %780, %partial ]
	%967 = phi float [ %537, %body ], [ %792, %partial ]
	%968 = phi float [ %538, %body ], [ %804, %partial ]
	%969 = phi float [ %539, %body ], [ %816, %partial ]
	%970 = phi float [ %540, %body ], [ %828, %partial ]
	%971 = phi float [ %541, %body ], [ %840, %partial ]
	%972 = phi float [ %542, %body ], [ %852, %partial ]
	%973 = phi float [ %543, %body ], [ %864, %partial ]
	%974 = phi float [ %544, %body ], [ %876, %partial ]
	%975 = phi float [ %545, %body ], [ %888, %partial ]
	%976 = phi float [ %546, %body ], [ %900, %partial ]
	%977 = phi float [ %547, %body ], [ %912, %partial ]
	%978 = phi float [ %548, %body ], [ %924, %partial ]
	%979 = phi float [ %549, %body ], [ %936, %partial ]
	%980 = phi float [ %550, %body ], [ %948, %partial ]
	%981 = call float @llvm.nvvm.fmax.f(float %949, float %950)
	%982 = call float @llvm.nvvm.fmax.f(float %953, float %954)
	%983 = call float @llvm.nvvm.fmax.f(float %957, float %958)
	%984 = call float @llvm.nvvm.fmax.f(float %961, float %962)
	%985 = call float @llvm.nvvm.fmax.f(float %965, float %966)
	%986 = call float @llvm.nvvm.fmax.f(float %969, float %970)
	%987 = call float @llvm.nvvm.fmax.f(float %973, float %974)
	%988 = call float @llvm.nvvm.fmax.f(float %977, float %978)
	%989 = call float @llvm.nvvm.fmax.f(float %981, float %982)
	%990 = call float @llvm.nvvm.fmax.f(float %983, float %984)
	%991 = call float @llvm.nvvm.fmax.f(float %985, float %986)
	%992 = call float @llvm.nvvm.fmax.f(float %987, float %988)
	%993 = call float @llvm.nvvm.fmax.f(float %989, float %990)
	%994 = call float @llvm.nvvm.fmax.f(float %991, float %992)
	%995 = call float @llvm.nvvm.fmax.f(float %993, float %994)
	%996 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %995, i32 1, i32 31)
	%997 = call float @llvm.nvvm.fmax.f(float %995, float %996)
	%998 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %997, i32 2, i32 31)
	%999 = call float @llvm.nvvm.fmax.f(float %997, float %998)
	%1000 = fmul float %999, 0x3FC7154760000000
	%1001 = call float @llvm.nvvm.fmax.f(float %216, float %1000)
	%1002 = fadd float %216, 8.0
	%1003 = fcmp ogt float %1001, %1002
	%1004 = or i1 false, %1003
	%1005 = call float @llvm.nvvm.fmax.f(float %951, float %952)
	%1006 = call float @llvm.nvvm.fmax.f(float %955, float %956)
	%1007 = call float @llvm.nvvm.fmax.f(float %959, float %960)
	%1008 = call float @llvm.nvvm.fmax.f(float %963, float %964)
	%1009 = call float @llvm.nvvm.fmax.f(float %967, float %968)
	%1010 = call float @llvm.nvvm.fmax.f(float %971, float %972)
	%1011 = call float @llvm.nvvm.fmax.f(float %975, float %976)
	%1012 = call float @llvm.nvvm.fmax.f(float %979, float %980)
	%1013 = call float @llvm.nvvm.fmax.f(float %1005, float %1006)
	%1014 = call float @llvm.nvvm.fmax.f(float %1007, float %1008)
	%1015 = call float @llvm.nvvm.fmax.f(float %1009, float %1010)
	%1016 = call float @llvm.nvvm.fmax.f(float %1011, float %1012)
	%1017 = call float @llvm.nvvm.fmax.f(float %1013, float %1014)
	%1018 = call float @llvm.nvvm.fmax.f(float %1015, float %1016)
	%1019 = call float @llvm.nvvm.fmax.f(float %1017, float %1018)
	%1020 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1019, i32 1, i32 31)
	%1021 = call float @llvm.nvvm.fmax.f(float %1019, float %1020)
	%1022 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1021, i32 2, i32 31)
	%1023 = call float @llvm.nvvm.fmax.f(float %1021, float %1022)
	%1024 = fmul float %1023, 0x3FC7154760000000
	%1025 = call float @llvm.nvvm.fmax.f(float %218, float %1024)
	%1026 = fadd float %218, 8.0
	%1027 = fcmp ogt float %1025, %1026
	%1028 = or i1 %1004, %1027
	%1029 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1028)
	br i1 %1029, label %1030, label %1073

1030:
	%1031 = fcmp oeq float %1001, 0xFFF0000000000000
	%1032 = select i1 %1031, float 0.0, float %1001
	%1033 = fsub float %216, %1032
	%1034 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1033)
	%1035 = fcmp oeq float %1025, 0xFFF0000000000000
	%1036 = select i1 %1035, float 0.0, float %1025
	%1037 = fsub float %218, %1036
	%1038 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1037)
	%1039 = fmul float %184, %1034
	%1040 = fmul float %185, %1034
	%1041 = fmul float %186, %1038
	%1042 = fmul float %187, %1038
	%1043 = fmul float %188, %1034
	%1044 = fmul float %189, %1034
	%1045 = fmul float %190, %1038
	%1046 = fmul float %191, %1038
	%1047 = fmul float %192, %1034
	%1048 = fmul float %193, %1034
	%1049 = fmul float %194, %1038
	%1050 = fmul float %195, %1038
	%1051 = fmul float %196, %1034
	%1052 = fmul float %197, %1034
	%1053 = fmul float %198, %1038
	%1054 = fmul float %199, %1038
	%1055 = fmul float %200, %1034
	%1056 = fmul float %201, %1034
	%1057 = fmul float %202, %1038
	%1058 = fmul float %203, %1038
	%1059 = fmul float %204, %1034
	%1060 = fmul float %205, %1034
	%1061 = fmul float %206, %1038
	%1062 = fmul float %207, %1038
	%1063 = fmul float %208, %1034
	%1064 = fmul float %209, %1034
	%1065 = fmul float %210, %1038
	%1066 = fmul float %211, %1038
	%1067 = fmul float %212, %1034
	%1068 = fmul float %213, %1034
	%1069 = fmul float %214, %1038
	%1070 = fmul float %215, %1038
	%1071 = fmul float %217, %1034
	%1072 = fmul float %219, %1038
	br label %1073

1073:
	%1074 = phi float [ %184, %softmax ], [ %1039, %1030 ]
	%1075 = phi float [ %185, %softmax ], [ %1040, %1030 ]
	%1076 = phi float [ %186, %softmax ], [ %1041, %1030 ]
	%1077 = phi float [ %187, %softmax ], [ %1042, %1030 ]
	%1078 = phi float [ %188, %softmax ], [ %1043, %1030 ]
	%1079 = phi float [ %189, %softmax ], [ %1044, %1030 ]
	%1080 = phi float [ %190, %softmax ], [ %1045, %1030 ]
	%1081 = phi float [ %191, %softmax ], [ %1046, %1030 ]
	%1082 = phi float [ %192, %softmax ], [ %1047, %1030 ]
	%1083 = phi float [ %193, %softmax ], [ %1048, %1030 ]
	%1084 = phi float [ %194, %softmax ], [ %1049, %1030 ]
	%1085 = phi float [ %195, %softmax ], [ %1050, %1030 ]
	%1086 = phi float [ %196, %softmax ], [ %1051, %1030 ]
	%1087 = phi float [ %197, %softmax ], [ %1052, %1030 ]
	%1088 = phi float [ %198, %softmax ], [ %1053, %1030 ]
	%1089 = phi float [ %199, %softmax ], [ %1054, %1030 ]
	%1090 = phi float [ %200, %softmax ], [ %1055, %1030 ]
	%1091 = phi float [ %201, %softmax ], [ %1056, %1030 ]
	%1092 = phi float [ %202, %softmax ], [ %1057, %1030 ]
	%1093 = phi float [ %203, %softmax ], [ %1058, %1030 ]
	%1094 = phi float [ %204, %softmax ], [ %1059, %1030 ]
	%1095 = phi float [ %205, %softmax ], [ %1060, %1030 ]
	%1096 = phi float [ %206, %softmax ], [ %1061, %1030 ]
	%1097 = phi float [ %207, %softmax ], [ %1062, %1030 ]
	%1098 = phi float [ %208, %softmax ], [ %1063, %1030 ]
	%1099 = phi float [ %209, %softmax ], [ %1064, %1030 ]
	%1100 = phi float [ %210, %softmax ], [ %1065, %1030 ]
	%1101 = phi float [ %211, %softmax ], [ %1066, %1030 ]
	%1102 = phi float [ %212, %softmax ], [ %1067, %1030 ]
	%1103 = phi float [ %213, %softmax ], [ %1068, %1030 ]
	%1104 = phi float [ %214, %softmax ], [ %1069, %1030 ]
	%1105 = phi float [ %215, %softmax ], [ %1070, %1030 ]
	%1106 = phi float [ %217, %softmax ], [ %1071, %1030 ]
	%1107 = phi float [ %219, %softmax ], [ %1072, %1030 ]
	%1108 = select i1 %1029, float %1001, float %216
	%1109 = fcmp oeq float %1108, 0xFFF0000000000000
	%1110 = select i1 %1109, float 0.0, float %1108
	%1111 = fneg float %1110
	%1112 = call float @llvm.fma.f32(float %949, float 0x3FC7154760000000, float %1111)
	%1113 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1112)
	%1114 = call float @llvm.fma.f32(float %950, float 0x3FC7154760000000, float %1111)
	%1115 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1114)
	%1116 = call float @llvm.fma.f32(float %953, float 0x3FC7154760000000, float %1111)
	%1117 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1116)
	%1118 = call float @llvm.fma.f32(float %954, float 0x3FC7154760000000, float %1111)
	%1119 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1118)
	%1120 = call float @llvm.fma.f32(float %957, float 0x3FC7154760000000, float %1111)
	%1121 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1120)
	%1122 = call float @llvm.fma.f32(float %958, float 0x3FC7154760000000, float %1111)
	%1123 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1122)
	%1124 = call float @llvm.fma.f32(float %961, float 0x3FC7154760000000, float %1111)
	%1125 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1124)
	%1126 = call float @llvm.fma.f32(float %962, float 0x3FC7154760000000, float %1111)
	%1127 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1126)
	%1128 = call float @llvm.fma.f32(float %965, float 0x3FC7154760000000, float %1111)
	%1129 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1128)
	%1130 = call float @llvm.fma.f32(float %966, float 0x3FC7154760000000, float %1111)
	%1131 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1130)
	%1132 = call float @llvm.fma.f32(float %969, float 0x3FC7154760000000, float %1111)
	%1133 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1132)
	%1134 = call float @llvm.fma.f32(float %970, float 0x3FC7154760000000, float %1111)
	%1135 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1134)
	%1136 = call float @llvm.fma.f32(float %973, float 0x3FC7154760000000, float %1111)
	%1137 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1136)
	%1138 = call float @llvm.fma.f32(float %974, float 0x3FC7154760000000, float %1111)
	%1139 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1138)
	%1140 = call float @llvm.fma.f32(float %977, float 0x3FC7154760000000, float %1111)
	%1141 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1140)
	%1142 = call float @llvm.fma.f32(float %978, float 0x3FC7154760000000, float %1111)
	%1143 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1142)
	%1144 = fadd float %1113, %1115
	%1145 = fadd float %1117, %1119
	%1146 = fadd float %1121, %1123
	%1147 = fadd float %1125, %1127
	%1148 = fadd float %1129, %1131
	%1149 = fadd float %1133, %1135
	%1150 = fadd float %1137, %1139
	%1151 = fadd float %1141, %1143
	%1152 = fadd float %1144, %1145
	%1153 = fadd float %1146, %1147
	%1154 = fadd float %1148, %1149
	%1155 = fadd float %1150, %1151
	%1156 = fadd float %1152, %1153
	%1157 = fadd float %1154, %1155
	%1158 = fadd float %1156, %1157
	%1159 = fadd float %1106, %1158
	%1160 = select i1 %1029, float %1025, float %218
	%1161 = fcmp oeq float %1160, 0xFFF0000000000000
	%1162 = select i1 %1161, float 0.0, float %1160
	%1163 = fneg float %1162
	%1164 = call float @llvm.fma.f32(float %951, float 0x3FC7154760000000, float %1163)
	%1165 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1164)
	%1166 = call float @llvm.fma.f32(float %952, float 0x3FC7154760000000, float %1163)
	%1167 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1166)
	%1168 = call float @llvm.fma.f32(float %955, float 0x3FC7154760000000, float %1163)
	%1169 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1168)
	%1170 = call float @llvm.fma.f32(float %956, float 0x3FC7154760000000, float %1163)
	%1171 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1170)
	%1172 = call float @llvm.fma.f32(float %959, float 0x3FC7154760000000, float %1163)
	%1173 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1172)
	%1174 = call float @llvm.fma.f32(float %960, float 0x3FC7154760000000, float %1163)
	%1175 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1174)
	%1176 = call float @llvm.fma.f32(float %963, float 0x3FC7154760000000, float %1163)
	%1177 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1176)
	%1178 = call float @llvm.fma.f32(float %964, float 0x3FC7154760000000, float %1163)
	%1179 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1178)
	%1180 = call float @llvm.fma.f32(float %967, float 0x3FC7154760000000, float %1163)
	%1181 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1180)
	%1182 = call float @llvm.fma.f32(float %968, float 0x3FC7154760000000, float %1163)
	%1183 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1182)
	%1184 = call float @llvm.fma.f32(float %971, float 0x3FC7154760000000, float %1163)
	%1185 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1184)
	%1186 = call float @llvm.fma.f32(float %972, float 0x3FC7154760000000, float %1163)
	%1187 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1186)
	%1188 = call float @llvm.fma.f32(float %975, float 0x3FC7154760000000, float %1163)
	%1189 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1188)
	%1190 = call float @llvm.fma.f32(float %976, float 0x3FC7154760000000, float %1163)
	%1191 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1190)
	%1192 = call float @llvm.fma.f32(float %979, float 0x3FC7154760000000, float %1163)
	%1193 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1192)
	%1194 = call float @llvm.fma.f32(float %980, float 0x3FC7154760000000, float %1163)
	%1195 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1194)
	%1196 = fadd float %1165, %1167
	%1197 = fadd float %1169, %1171
	%1198 = fadd float %1173, %1175
	%1199 = fadd float %1177, %1179
	%1200 = fadd float %1181, %1183
	%1201 = fadd float %1185, %1187
	%1202 = fadd float %1189, %1191
	%1203 = fadd float %1193, %1195
	%1204 = fadd float %1196, %1197
	%1205 = fadd float %1198, %1199
	%1206 = fadd float %1200, %1201
	%1207 = fadd float %1202, %1203
	%1208 = fadd float %1204, %1205
	%1209 = fadd float %1206, %1207
	%1210 = fadd float %1208, %1209
	%1211 = fadd float %1107, %1210
	%1212 = and i32 %11, 7
	%1213 = lshr i32 %11, 3
	%1214 = and i32 %1213, 1
	%1215 = shl i32 %1214, 3
	%1216 = add i32 %1212, %1215
	%1217 = mul i32 %1216, 128
	%1218 = add i32 %1, %1217
	%1219 = and i32 %11, 7
	%1220 = xor i32 %110, %1219
	%1221 = shl i32 %1220, 4
	%1222 = add i32 %1218, %1221
	%1223 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1115, float %1113)
	%1224 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1167, float %1165)
	%1225 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1119, float %1117)
	%1226 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1171, float %1169)
	%1227 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1123, float %1121)
	%1228 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1175, float %1173)
	%1229 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1127, float %1125)
	%1230 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1179, float %1177)
	%1231 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1131, float %1129)
	%1232 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1183, float %1181)
	%1233 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1135, float %1133)
	%1234 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1187, float %1185)
	%1235 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1139, float %1137)
	%1236 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1191, float %1189)
	%1237 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1143, float %1141)
	%1238 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1195, float %1193)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1239 = add i32 %224, 0
	%1240 = zext i32 %1239 to i64
	%1241 = or i64 %1240, u0x4000004002000000
	%1242 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1074, float %1075, float %1076, float %1077, float %1078, float %1079, float %1080, float %1081, float %1082, float %1083, float %1084, float %1085, float %1086, float %1087, float %1088, float %1089, float %1090, float %1091, float %1092, float %1093, float %1094, float %1095, float %1096, float %1097, float %1098, float %1099, float %1100, float %1101, float %1102, float %1103, float %1104, float %1105, i32 %1223, i32 %1224, i32 %1225, i32 %1226, i64 %1241, i32 1)
	%1243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 0
	%1244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 1
	%1245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 2
	%1246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 3
	%1247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 4
	%1248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 5
	%1249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 6
	%1250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 7
	%1251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 8
	%1252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 9
	%1253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 10
	%1254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 11
	%1255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 12
	%1256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 13
	%1257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 14
	%1258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 15
	%1259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 16
	%1260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 17
	%1261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 18
	%1262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 19
	%1263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 20
	%1264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 21
	%1265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 22
	%1266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 23
	%1267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 24
	%1268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 25
	%1269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 26
	%1270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 27
	%1271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 28
	%1272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 29
	%1273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 30
	%1274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1242, 31
	%1275 = add i32 %224, 128
	%1276 = zext i32 %1275 to i64
	%1277 = or i64 %1276, u0x4000004002000000
	%1278 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1243, float %1244, float %1245, float %1246, float %1247, float %1248, float %1249, float %1250, float %1251, float %1252, float %1253, float %1254, float %1255, float %1256, float %1257, float %1258, float %1259, float %1260, float %1261, float %1262, float %1263, float %1264, float %1265, float %1266, float %1267, float %1268, float %1269, float %1270, float %1271, float %1272, float %1273, float %1274, i32 %1227, i32 %1228, i32 %1229, i32 %1230, i64 %1277, i32 1)
	%1279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 0
	%1280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 1
	%1281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 2
	%1282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 3
	%1283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 4
	%1284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 5
	%1285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 6
	%1286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 7
	%1287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 8
	%1288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 9
	%1289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 10
	%1290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 11
	%1291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 12
	%1292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 13
	%1293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 14
	%1294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 15
	%1295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 16
	%1296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 17
	%1297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 18
	%1298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 19
	%1299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 20
	%1300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 21
	%1301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 22
	%1302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 23
	%1303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 24
	%1304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 25
	%1305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 26
	%1306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 27
	%1307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 28
	%1308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 29
	%1309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 30
	%1310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1278, 31
	%1311 = add i32 %224, 256
	%1312 = zext i32 %1311 to i64
	%1313 = or i64 %1312, u0x4000004002000000
	%1314 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1279, float %1280, float %1281, float %1282, float %1283, float %1284, float %1285, float %1286, float %1287, float %1288, float %1289, float %1290, float %1291, float %1292, float %1293, float %1294, float %1295, float %1296, float %1297, float %1298, float %1299, float %1300, float %1301, float %1302, float %1303, float %1304, float %1305, float %1306, float %1307, float %1308, float %1309, float %1310, i32 %1231, i32 %1232, i32 %1233, i32 %1234, i64 %1313, i32 1)
	%1315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 0
	%1316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 1
	%1317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 2
	%1318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 3
	%1319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 4
	%1320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 5
	%1321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 6
	%1322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 7
	%1323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 8
	%1324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 9
	%1325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 10
	%1326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 11
	%1327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 12
	%1328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 13
	%1329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 14
	%1330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 15
	%1331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 16
	%1332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 17
	%1333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 18
	%1334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 19
	%1335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 20
	%1336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 21
	%1337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 22
	%1338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 23
	%1339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 24
	%1340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 25
	%1341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 26
	%1342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 27
	%1343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 28
	%1344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 29
	%1345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 30
	%1346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1314, 31
	%1347 = add i32 %224, 384
	%1348 = zext i32 %1347 to i64
	%1349 = or i64 %1348, u0x4000004002000000
	%1350 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1315, float %1316, float %1317, float %1318, float %1319, float %1320, float %1321, float %1322, float %1323, float %1324, float %1325, float %1326, float %1327, float %1328, float %1329, float %1330, float %1331, float %1332, float %1333, float %1334, float %1335, float %1336, float %1337, float %1338, float %1339, float %1340, float %1341, float %1342, float %1343, float %1344, float %1345, float %1346, i32 %1235, i32 %1236, i32 %1237, i32 %1238, i64 %1349, i32 1)
	%1351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 0
	%1352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 1
	%1353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 2
	%1354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 3
	%1355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 4
	%1356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 5
	%1357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 6
	%1358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 7
	%1359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 8
	%1360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 9
	%1361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 10
	%1362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 11
	%1363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 12
	%1364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 13
	%1365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 14
	%1366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 15
	%1367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 16
	%1368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 17
	%1369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 18
	%1370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 19
	%1371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 20
	%1372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 21
	%1373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 22
	%1374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 23
	%1375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 24
	%1376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 25
	%1377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 26
	%1378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 27
	%1379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 28
	%1380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 29
	%1381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 30
	%1382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1350, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1383 = call float asm sideeffect "", "=f,0"(float %1351)
	%1384 = call float asm sideeffect "", "=f,0"(float %1352)
	%1385 = call float asm sideeffect "", "=f,0"(float %1353)
	%1386 = call float asm sideeffect "", "=f,0"(float %1354)
	%1387 = call float asm sideeffect "", "=f,0"(float %1355)
	%1388 = call float asm sideeffect "", "=f,0"(float %1356)
	%1389 = call float asm sideeffect "", "=f,0"(float %1357)
	%1390 = call float asm sideeffect "", "=f,0"(float %1358)
	%1391 = call float asm sideeffect "", "=f,0"(float %1359)
	%1392 = call float asm sideeffect "", "=f,0"(float %1360)
	%1393 = call float asm sideeffect "", "=f,0"(float %1361)
	%1394 = call float asm sideeffect "", "=f,0"(float %1362)
	%1395 = call float asm sideeffect "", "=f,0"(float %1363)
	%1396 = call float asm sideeffect "", "=f,0"(float %1364)
	%1397 = call float asm sideeffect "", "=f,0"(float %1365)
	%1398 = call float asm sideeffect "", "=f,0"(float %1366)
	%1399 = call float asm sideeffect "", "=f,0"(float %1367)
	%1400 = call float asm sideeffect "", "=f,0"(float %1368)
	%1401 = call float asm sideeffect "", "=f,0"(float %1369)
	%1402 = call float asm sideeffect "", "=f,0"(float %1370)
	%1403 = call float asm sideeffect "", "=f,0"(float %1371)
	%1404 = call float asm sideeffect "", "=f,0"(float %1372)
	%1405 = call float asm sideeffect "", "=f,0"(float %1373)
	%1406 = call float asm sideeffect "", "=f,0"(float %1374)
	%1407 = call float asm sideeffect "", "=f,0"(float %1375)
	%1408 = call float asm sideeffect "", "=f,0"(float %1376)
	%1409 = call float asm sideeffect "", "=f,0"(float %1377)
	%1410 = call float asm sideeffect "", "=f,0"(float %1378)
	%1411 = call float asm sideeffect "", "=f,0"(float %1379)
	%1412 = call float asm sideeffect "", "=f,0"(float %1380)
	%1413 = call float asm sideeffect "", "=f,0"(float %1381)
	%1414 = call float asm sideeffect "", "=f,0"(float %1382)
	br i1 %233, label %loop, label %epilogue

store0:
	%1415 = mul i32 %32, %M
	%1416 = add i32 %1415, %279
	%1417 = mul i32 %1416, 64
	%1418 = shl i32 %16, 1
	%1419 = add i32 0, %1418
	%1420 = add i32 %1417, %1419
	%1421 = sext i32 %1420 to i64
	%1422 = getelementptr i16, i16* %out, i64 %1421
	%1423 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %281, float %280)
	%1424 = bitcast i16* %1422 to i32*
	store i32 %1423, i32* %1424
	%1425 = shl i32 %16, 1
	%1426 = add i32 8, %1425
	%1427 = add i32 %1417, %1426
	%1428 = sext i32 %1427 to i64
	%1429 = getelementptr i16, i16* %out, i64 %1428
	%1430 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %283, float %282)
	%1431 = bitcast i16* %1429 to i32*
	store i32 %1430, i32* %1431
	%1432 = shl i32 %16, 1
	%1433 = add i32 16, %1432
	%1434 = add i32 %1417, %1433
	%1435 = sext i32 %1434 to i64
	%1436 = getelementptr i16, i16* %out, i64 %1435
	%1437 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %285, float %284)
	%1438 = bitcast i16* %1436 to i32*
	store i32 %1437, i32* %1438
	%1439 = shl i32 %16, 1
	%1440 = add i32 24, %1439
	%1441 = add i32 %1417, %1440
	%1442 = sext i32 %1441 to i64
	%1443 = getelementptr i16, i16* %out, i64 %1442
	%1444 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %287, float %286)
	%1445 = bitcast i16* %1443 to i32*
	store i32 %1444, i32* %1445
	%1446 = shl i32 %16, 1
	%1447 = add i32 32, %1446
	%1448 = add i32 %1417, %1447
	%1449 = sext i32 %1448 to i64
	%1450 = getelementptr i16, i16* %out, i64 %1449
	%1451 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %289, float %288)
	%1452 = bitcast i16* %1450 to i32*
	store i32 %1451, i32* %1452
	%1453 = shl i32 %16, 1
	%1454 = add i32 40, %1453
	%1455 = add i32 %1417, %1454
	%1456 = sext i32 %1455 to i64
	%1457 = getelementptr i16, i16* %out, i64 %1456
	%1458 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %291, float %290)
	%1459 = bitcast i16* %1457 to i32*
	store i32 %1458, i32* %1459
	%1460 = shl i32 %16, 1
	%1461 = add i32 48, %1460
	%1462 = add i32 %1417, %1461
	%1463 = sext i32 %1462 to i64
	%1464 = getelementptr i16, i16* %out, i64 %1463
	%1465 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %293, float %292)
	%1466 = bitcast i16* %1464 to i32*
	store i32 %1465, i32* %1466
	%1467 = shl i32 %16, 1
	%1468 = add i32 56, %1467
	%1469 = add i32 %1417, %1468
	%1470 = sext i32 %1469 to i64
	%1471 = getelementptr i16, i16* %out, i64 %1470
	%1472 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %295, float %294)
	%1473 = bitcast i16* %1471 to i32*
	store i32 %1472, i32* %1473
	br label %stored0

stored0:
	%1474 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %235, i32 1, i32 31)
	%1475 = fadd float %235, %1474
	%1476 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1475, i32 2, i32 31)
	%1477 = fadd float %1475, %1476
	%1478 = fcmp ogt float %1477, 0.0
	%1479 = fdiv float 1.0, %1477
	%1480 = select i1 %1478, float %1479, float 0.0
	%1481 = mul i32 %10, 16
	%1482 = add i32 %34, %1481
	%1483 = add i32 %15, 8
	%1484 = add i32 %1482, %1483
	%1485 = fmul float %239, %1480
	%1486 = fmul float %240, %1480
	%1487 = fmul float %243, %1480
	%1488 = fmul float %244, %1480
	%1489 = fmul float %247, %1480
	%1490 = fmul float %248, %1480
	%1491 = fmul float %251, %1480
	%1492 = fmul float %252, %1480
	%1493 = fmul float %255, %1480
	%1494 = fmul float %256, %1480
	%1495 = fmul float %259, %1480
	%1496 = fmul float %260, %1480
	%1497 = fmul float %263, %1480
	%1498 = fmul float %264, %1480
	%1499 = fmul float %267, %1480
	%1500 = fmul float %268, %1480
	%1501 = icmp slt i32 %1484, %M
	br i1 %1501, label %store1, label %stored1

store1:
	%1502 = mul i32 %32, %M
	%1503 = add i32 %1502, %1484
	%1504 = mul i32 %1503, 64
	%1505 = shl i32 %16, 1
	%1506 = add i32 0, %1505
	%1507 = add i32 %1504, %1506
	%1508 = sext i32 %1507 to i64
	%1509 = getelementptr i16, i16* %out, i64 %1508
	%1510 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1486, float %1485)
	%1511 = bitcast i16* %1509 to i32*
	store i32 %1510, i32* %1511
	%1512 = shl i32 %16, 1
	%1513 = add i32 8, %1512
	%1514 = add i32 %1504, %1513
	%1515 = sext i32 %1514 to i64
	%1516 = getelementptr i16, i16* %out, i64 %1515
	%1517 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1488, float %1487)
	%1518 = bitcast i16* %1516 to i32*
	store i32 %1517, i32* %1518
	%1519 = shl i32 %16, 1
	%1520 = add i32 16, %1519
	%1521 = add i32 %1504, %1520
	%1522 = sext i32 %1521 to i64
	%1523 = getelementptr i16, i16* %out, i64 %1522
	%1524 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1490, float %1489)
	%1525 = bitcast i16* %1523 to i32*
	store i32 %1524, i32* %1525
	%1526 = shl i32 %16, 1
	%1527 = add i32 24, %1526
	%1528 = add i32 %1504, %1527
	%1529 = sext i32 %1528 to i64
	%1530 = getelementptr i16, i16* %out, i64 %1529
	%1531 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1492, float %1491)
	%1532 = bitcast i16* %1530 to i32*
	store i32 %1531, i32* %1532
	%1533 = shl i32 %16, 1
	%1534 = add i32 32, %1533
	%1535 = add i32 %1504, %1534
	%1536 = sext i32 %1535 to i64
	%1537 = getelementptr i16, i16* %out, i64 %1536
	%1538 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1494, float %1493)
	%1539 = bitcast i16* %1537 to i32*
	store i32 %1538, i32* %1539
	%1540 = shl i32 %16, 1
	%1541 = add i32 40, %1540
	%1542 = add i32 %1504, %1541
	%1543 = sext i32 %1542 to i64
	%1544 = getelementptr i16, i16* %out, i64 %1543
	%1545 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1496, float %1495)
	%1546 = bitcast i16* %1544 to i32*
	store i32 %1545, i32* %1546
	%1547 = shl i32 %16, 1
	%1548 = add i32 48, %1547
	%1549 = add i32 %1504, %1548
	%1550 = sext i32 %1549 to i64
	%1551 = getelementptr i16, i16* %out, i64 %1550
	%1552 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1498, float %1497)
	%1553 = bitcast i16* %1551 to i32*
	store i32 %1552, i32* %1553
	%1554 = shl i32 %16, 1
	%1555 = add i32 56, %1554
	%1556 = add i32 %1504, %1555
	%1557 = sext i32 %1556 to i64
	%1558 = getelementptr i16, i16* %out, i64 %1557
	%1559 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1500, float %1499)
	%1560 = bitcast i16* %1558 to i32*
	store i32 %1559, i32* %1560
	br label %stored1

stored1:
	ret void
}

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @toplocal_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, float*, i32, i32)* @toplocal_pool_q0, !"maxntidx", i32 64}
!2 = !{void (i16*, float*, i32, i32)* @toplocal_pool_k0, !"maxntidx", i32 64}
!3 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @toplocal_scores0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @toplocal_attn2, !"maxntidx", i32 256}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @toplocal_attn2, !"minctasm", i32 2}
