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

define ptx_kernel void @toplocal_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
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
	%17 = sub i32 %NQ, 1
	%18 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%19 = sub i32 %17, %18
	%20 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%21 = sdiv i32 %20, %group
	%22 = mul i32 %19, 128
	%23 = mul i32 %20, %M
	%24 = mul i32 %23, 64
	%25 = sext i32 %24 to i64
	%26 = getelementptr i16, i16* %q, i64 %25
	%27 = mul i32 %21, %N
	%28 = mul i32 %27, 64
	%29 = sext i32 %28 to i64
	%30 = getelementptr i16, i16* %k, i64 %29
	%31 = mul i32 %21, %N
	%32 = mul i32 %31, 64
	%33 = sext i32 %32 to i64
	%34 = getelementptr i16, i16* %v, i64 %33
	%35 = udiv i32 %20, %lh
	%36 = mul i32 %35, %NQ
	%37 = add i32 %36, %19
	%38 = mul i32 %37, 2
	%39 = mul i32 %38, %NK
	%40 = mul i32 %20, %ch
	%41 = mul i32 %40, %NQ
	%42 = add i32 %41, %19
	%43 = mul i32 %42, %NK
	%44 = add i32 %39, 0
	%45 = sext i32 %44 to i64
	%46 = getelementptr i32, i32* %list, i64 %45
	%47 = load i32, i32* %46
	%48 = icmp sgt i32 %NK, 0
	%49 = icmp sge i32 %47, 0
	%50 = and i1 %48, %49
	%51 = lshr i32 %9, 3
	%52 = and i32 %9, 7
	%53 = lshr i32 %52, 3
	%54 = mul i32 %53, u0x4000
	%55 = and i32 %52, 7
	%56 = and i32 %51, 7
	%57 = xor i32 %55, %56
	%58 = mul i32 %51, 128
	%59 = shl i32 %57, 4
	%60 = add i32 %58, %59
	%61 = add i32 %54, %60
	%62 = add i32 %2, %61
	%63 = add i32 %22, %51
	%64 = mul i32 %63, 64
	%65 = mul i32 %52, 8
	%66 = add i32 %64, %65
	%67 = sext i32 %66 to i64
	%68 = getelementptr i16, i16* %26, i64 %67
	%69 = add i32 %63, 0
	%70 = icmp slt i32 %69, %M
	%71 = getelementptr i16, i16* %68, i64 0
	%72 = select i1 %70, i16* %71, i16* %26
	%73 = add i32 %62, 0
	%74 = select i1 %70, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %73, i16* %72, i32 %74)
	%75 = add i32 %63, 32
	%76 = icmp slt i32 %75, %M
	%77 = getelementptr i16, i16* %68, i64 2048
	%78 = select i1 %76, i16* %77, i16* %26
	%79 = add i32 %62, u0x1000
	%80 = select i1 %76, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %79, i16* %78, i32 %80)
	%81 = add i32 %63, 64
	%82 = icmp slt i32 %81, %M
	%83 = getelementptr i16, i16* %68, i64 u0x1000
	%84 = select i1 %82, i16* %83, i16* %26
	%85 = add i32 %62, u0x2000
	%86 = select i1 %82, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %85, i16* %84, i32 %86)
	%87 = add i32 %63, 96
	%88 = icmp slt i32 %87, %M
	%89 = getelementptr i16, i16* %68, i64 6144
	%90 = select i1 %88, i16* %89, i16* %26
	%91 = add i32 %62, 12288
	%92 = select i1 %88, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %91, i16* %90, i32 %92)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %50, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%93 = and i32 %11, 7
	%94 = lshr i32 %11, 3
	%95 = and i32 %94, 1
	%96 = shl i32 %95, 3
	%97 = add i32 %93, %96
	%98 = lshr i32 %11, 4
	%99 = mul i32 %10, 16
	%100 = add i32 %97, 0
	%101 = add i32 %99, %100
	%102 = mul i32 %101, 128
	%103 = add i32 %2, %102
	%104 = and i32 %11, 7
	%105 = xor i32 %98, %104
	%106 = shl i32 %105, 4
	%107 = add i32 %103, %106
	%108 = mul i32 %47, 64
	%109 = lshr i32 %9, 3
	%110 = and i32 %9, 7
	%111 = lshr i32 %110, 3
	%112 = mul i32 %111, u0x2000
	%113 = and i32 %110, 7
	%114 = and i32 %109, 7
	%115 = xor i32 %113, %114
	%116 = mul i32 %109, 128
	%117 = shl i32 %115, 4
	%118 = add i32 %116, %117
	%119 = add i32 %112, %118
	%120 = add i32 %0, %119
	%121 = add i32 %108, %109
	%122 = mul i32 %121, 64
	%123 = mul i32 %110, 8
	%124 = add i32 %122, %123
	%125 = sext i32 %124 to i64
	%126 = getelementptr i16, i16* %30, i64 %125
	%127 = add i32 %121, 0
	%128 = icmp slt i32 %127, %N
	%129 = getelementptr i16, i16* %126, i64 0
	%130 = select i1 %128, i16* %129, i16* %30
	%131 = add i32 %120, 0
	%132 = select i1 %128, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %131, i16* %130, i32 %132)
	%133 = add i32 %121, 32
	%134 = icmp slt i32 %133, %N
	%135 = getelementptr i16, i16* %126, i64 2048
	%136 = select i1 %134, i16* %135, i16* %30
	%137 = add i32 %120, u0x1000
	%138 = select i1 %134, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %137, i16* %136, i32 %138)
	%139 = mul i32 %47, 64
	%140 = lshr i32 %9, 3
	%141 = and i32 %9, 7
	%142 = lshr i32 %141, 3
	%143 = mul i32 %142, u0x2000
	%144 = and i32 %141, 7
	%145 = and i32 %140, 7
	%146 = xor i32 %144, %145
	%147 = mul i32 %140, 128
	%148 = shl i32 %146, 4
	%149 = add i32 %147, %148
	%150 = add i32 %143, %149
	%151 = add i32 %1, %150
	%152 = add i32 %139, %140
	%153 = mul i32 %152, 64
	%154 = mul i32 %141, 8
	%155 = add i32 %153, %154
	%156 = sext i32 %155 to i64
	%157 = getelementptr i16, i16* %34, i64 %156
	%158 = add i32 %152, 0
	%159 = icmp slt i32 %158, %N
	%160 = getelementptr i16, i16* %157, i64 0
	%161 = select i1 %159, i16* %160, i16* %34
	%162 = add i32 %151, 0
	%163 = select i1 %159, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %162, i16* %161, i32 %163)
	%164 = add i32 %152, 32
	%165 = icmp slt i32 %164, %N
	%166 = getelementptr i16, i16* %157, i64 2048
	%167 = select i1 %165, i16* %166, i16* %34
	%168 = add i32 %151, u0x1000
	%169 = select i1 %165, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %168, i16* %167, i32 %169)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%170 = phi i32 [ 0, %prologue ], [ %213, %1061 ]
	%171 = phi i32 [ %47, %prologue ], [ %220, %1061 ]
	%172 = phi float [ 0.0, %prologue ], [ %1371, %1061 ]
	%173 = phi float [ 0.0, %prologue ], [ %1372, %1061 ]
	%174 = phi float [ 0.0, %prologue ], [ %1373, %1061 ]
	%175 = phi float [ 0.0, %prologue ], [ %1374, %1061 ]
	%176 = phi float [ 0.0, %prologue ], [ %1375, %1061 ]
	%177 = phi float [ 0.0, %prologue ], [ %1376, %1061 ]
	%178 = phi float [ 0.0, %prologue ], [ %1377, %1061 ]
	%179 = phi float [ 0.0, %prologue ], [ %1378, %1061 ]
	%180 = phi float [ 0.0, %prologue ], [ %1379, %1061 ]
	%181 = phi float [ 0.0, %prologue ], [ %1380, %1061 ]
	%182 = phi float [ 0.0, %prologue ], [ %1381, %1061 ]
	%183 = phi float [ 0.0, %prologue ], [ %1382, %1061 ]
	%184 = phi float [ 0.0, %prologue ], [ %1383, %1061 ]
	%185 = phi float [ 0.0, %prologue ], [ %1384, %1061 ]
	%186 = phi float [ 0.0, %prologue ], [ %1385, %1061 ]
	%187 = phi float [ 0.0, %prologue ], [ %1386, %1061 ]
	%188 = phi float [ 0.0, %prologue ], [ %1387, %1061 ]
	%189 = phi float [ 0.0, %prologue ], [ %1388, %1061 ]
	%190 = phi float [ 0.0, %prologue ], [ %1389, %1061 ]
	%191 = phi float [ 0.0, %prologue ], [ %1390, %1061 ]
	%192 = phi float [ 0.0, %prologue ], [ %1391, %1061 ]
	%193 = phi float [ 0.0, %prologue ], [ %1392, %1061 ]
	%194 = phi float [ 0.0, %prologue ], [ %1393, %1061 ]
	%195 = phi float [ 0.0, %prologue ], [ %1394, %1061 ]
	%196 = phi float [ 0.0, %prologue ], [ %1395, %1061 ]
	%197 = phi float [ 0.0, %prologue ], [ %1396, %1061 ]
	%198 = phi float [ 0.0, %prologue ], [ %1397, %1061 ]
	%199 = phi float [ 0.0, %prologue ], [ %1398, %1061 ]
	%200 = phi float [ 0.0, %prologue ], [ %1399, %1061 ]
	%201 = phi float [ 0.0, %prologue ], [ %1400, %1061 ]
	%202 = phi float [ 0.0, %prologue ], [ %1401, %1061 ]
	%203 = phi float [ 0.0, %prologue ], [ %1402, %1061 ]
	%204 = phi float [ 0xFFF0000000000000, %prologue ], [ %1096, %1061 ]
	%205 = phi float [ 0.0, %prologue ], [ %1147, %1061 ]
	%206 = phi float [ 0xFFF0000000000000, %prologue ], [ %1148, %1061 ]
	%207 = phi float [ 0.0, %prologue ], [ %1199, %1061 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%208 = mul i32 %171, 64
	%209 = and i32 %170, 1
	%210 = mul i32 %209, 1024
	%211 = add i32 %6, %210
	%212 = add i32 %8, %210
	%213 = add i32 %170, 1
	%214 = icmp slt i32 %213, %NK
	%215 = select i1 %214, i32 %213, i32 0
	%216 = add i32 %39, %215
	%217 = sext i32 %216 to i64
	%218 = getelementptr i32, i32* %list, i64 %217
	%219 = load i32, i32* %218
	%220 = select i1 %214, i32 %219, i32 -1
	%221 = icmp sge i32 %220, 0
	br i1 %221, label %prefetch, label %body

epilogue:
	%222 = phi float [ 0.0, %entry ], [ %1147, %1061 ]
	%223 = phi float [ 0.0, %entry ], [ %1199, %1061 ]
	%224 = phi i32 [ 0, %entry ], [ %213, %1061 ]
	%225 = phi float [ 0.0, %entry ], [ %1371, %1061 ]
	%226 = phi float [ 0.0, %entry ], [ %1372, %1061 ]
	%227 = phi float [ 0.0, %entry ], [ %1373, %1061 ]
	%228 = phi float [ 0.0, %entry ], [ %1374, %1061 ]
	%229 = phi float [ 0.0, %entry ], [ %1375, %1061 ]
	%230 = phi float [ 0.0, %entry ], [ %1376, %1061 ]
	%231 = phi float [ 0.0, %entry ], [ %1377, %1061 ]
	%232 = phi float [ 0.0, %entry ], [ %1378, %1061 ]
	%233 = phi float [ 0.0, %entry ], [ %1379, %1061 ]
	%234 = phi float [ 0.0, %entry ], [ %1380, %1061 ]
	%235 = phi float [ 0.0, %entry ], [ %1381, %1061 ]
	%236 = phi float [ 0.0, %entry ], [ %1382, %1061 ]
	%237 = phi float [ 0.0, %entry ], [ %1383, %1061 ]
	%238 = phi float [ 0.0, %entry ], [ %1384, %1061 ]
	%239 = phi float [ 0.0, %entry ], [ %1385, %1061 ]
	%240 = phi float [ 0.0, %entry ], [ %1386, %1061 ]
	%241 = phi float [ 0.0, %entry ], [ %1387, %1061 ]
	%242 = phi float [ 0.0, %entry ], [ %1388, %1061 ]
	%243 = phi float [ 0.0, %entry ], [ %1389, %1061 ]
	%244 = phi float [ 0.0, %entry ], [ %1390, %1061 ]
	%245 = phi float [ 0.0, %entry ], [ %1391, %1061 ]
	%246 = phi float [ 0.0, %entry ], [ %1392, %1061 ]
	%247 = phi float [ 0.0, %entry ], [ %1393, %1061 ]
	%248 = phi float [ 0.0, %entry ], [ %1394, %1061 ]
	%249 = phi float [ 0.0, %entry ], [ %1395, %1061 ]
	%250 = phi float [ 0.0, %entry ], [ %1396, %1061 ]
	%251 = phi float [ 0.0, %entry ], [ %1397, %1061 ]
	%252 = phi float [ 0.0, %entry ], [ %1398, %1061 ]
	%253 = phi float [ 0.0, %entry ], [ %1399, %1061 ]
	%254 = phi float [ 0.0, %entry ], [ %1400, %1061 ]
	%255 = phi float [ 0.0, %entry ], [ %1401, %1061 ]
	%256 = phi float [ 0.0, %entry ], [ %1402, %1061 ]
	%257 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %222, i32 1, i32 31)
	%258 = fadd float %222, %257
	%259 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %258, i32 2, i32 31)
	%260 = fadd float %258, %259
	%261 = fcmp ogt float %260, 0.0
	%262 = fdiv float 1.0, %260
	%263 = select i1 %261, float %262, float 0.0
	%264 = mul i32 %10, 16
	%265 = add i32 %22, %264
	%266 = add i32 %15, 0
	%267 = add i32 %265, %266
	%268 = fmul float %225, %263
	%269 = fmul float %226, %263
	%270 = fmul float %229, %263
	%271 = fmul float %230, %263
	%272 = fmul float %233, %263
	%273 = fmul float %234, %263
	%274 = fmul float %237, %263
	%275 = fmul float %238, %263
	%276 = fmul float %241, %263
	%277 = fmul float %242, %263
	%278 = fmul float %245, %263
	%279 = fmul float %246, %263
	%280 = fmul float %249, %263
	%281 = fmul float %250, %263
	%282 = fmul float %253, %263
	%283 = fmul float %254, %263
	%284 = icmp slt i32 %267, %M
	br i1 %284, label %store0, label %stored0

prefetch:
	%285 = xor i32 %209, 1
	%286 = mul i32 %285, u0x4000
	%287 = add i32 %0, %286
	%288 = mul i32 %220, 64
	%289 = lshr i32 %9, 3
	%290 = and i32 %9, 7
	%291 = lshr i32 %290, 3
	%292 = mul i32 %291, u0x2000
	%293 = and i32 %290, 7
	%294 = and i32 %289, 7
	%295 = xor i32 %293, %294
	%296 = mul i32 %289, 128
	%297 = shl i32 %295, 4
	%298 = add i32 %296, %297
	%299 = add i32 %292, %298
	%300 = add i32 %287, %299
	%301 = add i32 %288, %289
	%302 = mul i32 %301, 64
	%303 = mul i32 %290, 8
	%304 = add i32 %302, %303
	%305 = sext i32 %304 to i64
	%306 = getelementptr i16, i16* %30, i64 %305
	%307 = add i32 %301, 0
	%308 = icmp slt i32 %307, %N
	%309 = getelementptr i16, i16* %306, i64 0
	%310 = select i1 %308, i16* %309, i16* %30
	%311 = add i32 %300, 0
	%312 = select i1 %308, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %311, i16* %310, i32 %312)
	%313 = add i32 %301, 32
	%314 = icmp slt i32 %313, %N
	%315 = getelementptr i16, i16* %306, i64 2048
	%316 = select i1 %314, i16* %315, i16* %30
	%317 = add i32 %300, u0x1000
	%318 = select i1 %314, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %317, i16* %316, i32 %318)
	%319 = add i32 %1, %286
	%320 = mul i32 %220, 64
	%321 = lshr i32 %9, 3
	%322 = and i32 %9, 7
	%323 = lshr i32 %322, 3
	%324 = mul i32 %323, u0x2000
	%325 = and i32 %322, 7
	%326 = and i32 %321, 7
	%327 = xor i32 %325, %326
	%328 = mul i32 %321, 128
	%329 = shl i32 %327, 4
	%330 = add i32 %328, %329
	%331 = add i32 %324, %330
	%332 = add i32 %319, %331
	%333 = add i32 %320, %321
	%334 = mul i32 %333, 64
	%335 = mul i32 %322, 8
	%336 = add i32 %334, %335
	%337 = sext i32 %336 to i64
	%338 = getelementptr i16, i16* %34, i64 %337
	%339 = add i32 %333, 0
	%340 = icmp slt i32 %339, %N
	%341 = getelementptr i16, i16* %338, i64 0
	%342 = select i1 %340, i16* %341, i16* %34
	%343 = add i32 %332, 0
	%344 = select i1 %340, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %343, i16* %342, i32 %344)
	%345 = add i32 %333, 32
	%346 = icmp slt i32 %345, %N
	%347 = getelementptr i16, i16* %338, i64 2048
	%348 = select i1 %346, i16* %347, i16* %34
	%349 = add i32 %332, u0x1000
	%350 = select i1 %346, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %349, i16* %348, i32 %350)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %body

body:
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%351 = add i32 %14, 0
	%352 = zext i32 %351 to i64
	%353 = or i64 %352, u0x4000004000010000
	%354 = add i32 %211, 0
	%355 = zext i32 %354 to i64
	%356 = or i64 %355, u0x4000004000010000
	%357 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %353, i64 %356, i32 1)
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 0
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 1
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 2
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 3
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 4
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 5
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 6
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 7
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 8
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 9
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 10
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 11
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 12
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 13
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 14
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 15
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 16
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 17
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 18
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 19
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 20
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 21
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 22
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 23
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 24
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 25
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 26
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 27
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 28
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 29
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 30
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %357, 31
	%390 = add i32 %14, 2
	%391 = zext i32 %390 to i64
	%392 = or i64 %391, u0x4000004000010000
	%393 = add i32 %211, 2
	%394 = zext i32 %393 to i64
	%395 = or i64 %394, u0x4000004000010000
	%396 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, i64 %392, i64 %395, i32 1)
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 0
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 1
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 2
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 3
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 4
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 5
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 6
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 7
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 8
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 9
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 10
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 11
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 12
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 13
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 14
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 15
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 16
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 17
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 18
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 19
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 20
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 21
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 22
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 23
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 24
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 25
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 26
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 27
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 28
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 29
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 30
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %396, 31
	%429 = add i32 %14, 4
	%430 = zext i32 %429 to i64
	%431 = or i64 %430, u0x4000004000010000
	%432 = add i32 %211, 4
	%433 = zext i32 %432 to i64
	%434 = or i64 %433, u0x4000004000010000
	%435 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, float %427, float %428, i64 %431, i64 %434, i32 1)
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 0
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 1
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 2
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 3
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 4
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 5
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 6
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 7
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 8
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 9
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 10
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 11
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 12
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 13
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 14
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 15
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 16
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 17
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 18
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 19
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 20
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 21
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 22
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 23
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 24
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 25
	%462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 26
	%463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 27
	%464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 28
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 29
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 30
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %435, 31
	%468 = add i32 %14, 6
	%469 = zext i32 %468 to i64
	%470 = or i64 %469, u0x4000004000010000
	%471 = add i32 %211, 6
	%472 = zext i32 %471 to i64
	%473 = or i64 %472, u0x4000004000010000
	%474 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, i64 %470, i64 %473, i32 1)
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 0
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 1
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 2
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 3
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 4
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 5
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 6
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 7
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 8
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 9
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 10
	%486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 11
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 12
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 13
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 14
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 15
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 16
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 17
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 18
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 19
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 20
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 21
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 22
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 23
	%499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 24
	%500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 25
	%501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 26
	%502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 27
	%503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 28
	%504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 29
	%505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 30
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %474, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%507 = call float asm sideeffect "", "=f,0"(float %475)
	%508 = call float asm sideeffect "", "=f,0"(float %476)
	%509 = call float asm sideeffect "", "=f,0"(float %477)
	%510 = call float asm sideeffect "", "=f,0"(float %478)
	%511 = call float asm sideeffect "", "=f,0"(float %479)
	%512 = call float asm sideeffect "", "=f,0"(float %480)
	%513 = call float asm sideeffect "", "=f,0"(float %481)
	%514 = call float asm sideeffect "", "=f,0"(float %482)
	%515 = call float asm sideeffect "", "=f,0"(float %483)
	%516 = call float asm sideeffect "", "=f,0"(float %484)
	%517 = call float asm sideeffect "", "=f,0"(float %485)
	%518 = call float asm sideeffect "", "=f,0"(float %486)
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
	%539 = mul i32 %10, 16
	%540 = add i32 %22, %539
	%541 = add i32 %15, 0
	%542 = add i32 %540, %541
	%543 = mul i32 %10, 16
	%544 = add i32 %22, %543
	%545 = add i32 %15, 8
	%546 = add i32 %544, %545
	%547 = sitofp i32 %20 to float
	%548 = add i32 %43, %171
	%549 = sext i32 %548 to i64
	%550 = getelementptr i8, i8* %cls, i64 %549
	%551 = load i8, i8* %550
	%552 = icmp ne i8 %551, 2
	br i1 %552, label %partial, label %softmax

partial:
	%553 = shl i32 %16, 1
	%554 = add i32 0, %553
	%555 = add i32 %208, %554
	%556 = icmp slt i32 %555, %N
	%557 = select i1 %556, i32 %555, i32 0
	%558 = sitofp i32 %542 to float
	%559 = sitofp i32 %557 to float
	%560 = fcmp ole float %559, %558
	%561 = uitofp i1 %560 to float
	%562 = fcmp une float %561, 0.0
	%563 = and i1 %556, %562
	%564 = select i1 %563, float %507, float 0xFFF0000000000000
	%565 = shl i32 %16, 1
	%566 = add i32 1, %565
	%567 = add i32 %208, %566
	%568 = icmp slt i32 %567, %N
	%569 = select i1 %568, i32 %567, i32 0
	%570 = sitofp i32 %542 to float
	%571 = sitofp i32 %569 to float
	%572 = fcmp ole float %571, %570
	%573 = uitofp i1 %572 to float
	%574 = fcmp une float %573, 0.0
	%575 = and i1 %568, %574
	%576 = select i1 %575, float %508, float 0xFFF0000000000000
	%577 = shl i32 %16, 1
	%578 = add i32 0, %577
	%579 = add i32 %208, %578
	%580 = icmp slt i32 %579, %N
	%581 = select i1 %580, i32 %579, i32 0
	%582 = sitofp i32 %546 to float
	%583 = sitofp i32 %581 to float
	%584 = fcmp ole float %583, %582
	%585 = uitofp i1 %584 to float
	%586 = fcmp une float %585, 0.0
	%587 = and i1 %580, %586
	%588 = select i1 %587, float %509, float 0xFFF0000000000000
	%589 = shl i32 %16, 1
	%590 = add i32 1, %589
	%591 = add i32 %208, %590
	%592 = icmp slt i32 %591, %N
	%593 = select i1 %592, i32 %591, i32 0
	%594 = sitofp i32 %546 to float
	%595 = sitofp i32 %593 to float
	%596 = fcmp ole float %595, %594
	%597 = uitofp i1 %596 to float
	%598 = fcmp une float %597, 0.0
	%599 = and i1 %592, %598
	%600 = select i1 %599, float %510, float 0xFFF0000000000000
	%601 = shl i32 %16, 1
	%602 = add i32 8, %601
	%603 = add i32 %208, %602
	%604 = icmp slt i32 %603, %N
	%605 = select i1 %604, i32 %603, i32 0
	%606 = sitofp i32 %542 to float
	%607 = sitofp i32 %605 to float
	%608 = fcmp ole float %607, %606
	%609 = uitofp i1 %608 to float
	%610 = fcmp une float %609, 0.0
	%611 = and i1 %604, %610
	%612 = select i1 %611, float %511, float 0xFFF0000000000000
	%613 = shl i32 %16, 1
	%614 = add i32 9, %613
	%615 = add i32 %208, %614
	%616 = icmp slt i32 %615, %N
	%617 = select i1 %616, i32 %615, i32 0
	%618 = sitofp i32 %542 to float
	%619 = sitofp i32 %617 to float
	%620 = fcmp ole float %619, %618
	%621 = uitofp i1 %620 to float
	%622 = fcmp une float %621, 0.0
	%623 = and i1 %616, %622
	%624 = select i1 %623, float %512, float 0xFFF0000000000000
	%625 = shl i32 %16, 1
	%626 = add i32 8, %625
	%627 = add i32 %208, %626
	%628 = icmp slt i32 %627, %N
	%629 = select i1 %628, i32 %627, i32 0
	%630 = sitofp i32 %546 to float
	%631 = sitofp i32 %629 to float
	%632 = fcmp ole float %631, %630
	%633 = uitofp i1 %632 to float
	%634 = fcmp une float %633, 0.0
	%635 = and i1 %628, %634
	%636 = select i1 %635, float %513, float 0xFFF0000000000000
	%637 = shl i32 %16, 1
	%638 = add i32 9, %637
	%639 = add i32 %208, %638
	%640 = icmp slt i32 %639, %N
	%641 = select i1 %640, i32 %639, i32 0
	%642 = sitofp i32 %546 to float
	%643 = sitofp i32 %641 to float
	%644 = fcmp ole float %643, %642
	%645 = uitofp i1 %644 to float
	%646 = fcmp une float %645, 0.0
	%647 = and i1 %640, %646
	%648 = select i1 %647, float %514, float 0xFFF0000000000000
	%649 = shl i32 %16, 1
	%650 = add i32 16, %649
	%651 = add i32 %208, %650
	%652 = icmp slt i32 %651, %N
	%653 = select i1 %652, i32 %651, i32 0
	%654 = sitofp i32 %542 to float
	%655 = sitofp i32 %653 to float
	%656 = fcmp ole float %655, %654
	%657 = uitofp i1 %656 to float
	%658 = fcmp une float %657, 0.0
	%659 = and i1 %652, %658
	%660 = select i1 %659, float %515, float 0xFFF0000000000000
	%661 = shl i32 %16, 1
	%662 = add i32 17, %661
	%663 = add i32 %208, %662
	%664 = icmp slt i32 %663, %N
	%665 = select i1 %664, i32 %663, i32 0
	%666 = sitofp i32 %542 to float
	%667 = sitofp i32 %665 to float
	%668 = fcmp ole float %667, %666
	%669 = uitofp i1 %668 to float
	%670 = fcmp une float %669, 0.0
	%671 = and i1 %664, %670
	%672 = select i1 %671, float %516, float 0xFFF0000000000000
	%673 = shl i32 %16, 1
	%674 = add i32 16, %673
	%675 = add i32 %208, %674
	%676 = icmp slt i32 %675, %N
	%677 = select i1 %676, i32 %675, i32 0
	%678 = sitofp i32 %546 to float
	%679 = sitofp i32 %677 to float
	%680 = fcmp ole float %679, %678
	%681 = uitofp i1 %680 to float
	%682 = fcmp une float %681, 0.0
	%683 = and i1 %676, %682
	%684 = select i1 %683, float %517, float 0xFFF0000000000000
	%685 = shl i32 %16, 1
	%686 = add i32 17, %685
	%687 = add i32 %208, %686
	%688 = icmp slt i32 %687, %N
	%689 = select i1 %688, i32 %687, i32 0
	%690 = sitofp i32 %546 to float
	%691 = sitofp i32 %689 to float
	%692 = fcmp ole float %691, %690
	%693 = uitofp i1 %692 to float
	%694 = fcmp une float %693, 0.0
	%695 = and i1 %688, %694
	%696 = select i1 %695, float %518, float 0xFFF0000000000000
	%697 = shl i32 %16, 1
	%698 = add i32 24, %697
	%699 = add i32 %208, %698
	%700 = icmp slt i32 %699, %N
	%701 = select i1 %700, i32 %699, i32 0
	%702 = sitofp i32 %542 to float
	%703 = sitofp i32 %701 to float
	%704 = fcmp ole float %703, %702
	%705 = uitofp i1 %704 to float
	%706 = fcmp une float %705, 0.0
	%707 = and i1 %700, %706
	%708 = select i1 %707, float %519, float 0xFFF0000000000000
	%709 = shl i32 %16, 1
	%710 = add i32 25, %709
	%711 = add i32 %208, %710
	%712 = icmp slt i32 %711, %N
	%713 = select i1 %712, i32 %711, i32 0
	%714 = sitofp i32 %542 to float
	%715 = sitofp i32 %713 to float
	%716 = fcmp ole float %715, %714
	%717 = uitofp i1 %716 to float
	%718 = fcmp une float %717, 0.0
	%719 = and i1 %712, %718
	%720 = select i1 %719, float %520, float 0xFFF0000000000000
	%721 = shl i32 %16, 1
	%722 = add i32 24, %721
	%723 = add i32 %208, %722
	%724 = icmp slt i32 %723, %N
	%725 = select i1 %724, i32 %723, i32 0
	%726 = sitofp i32 %546 to float
	%727 = sitofp i32 %725 to float
	%728 = fcmp ole float %727, %726
	%729 = uitofp i1 %728 to float
	%730 = fcmp une float %729, 0.0
	%731 = and i1 %724, %730
	%732 = select i1 %731, float %521, float 0xFFF0000000000000
	%733 = shl i32 %16, 1
	%734 = add i32 25, %733
	%735 = add i32 %208, %734
	%736 = icmp slt i32 %735, %N
	%737 = select i1 %736, i32 %735, i32 0
	%738 = sitofp i32 %546 to float
	%739 = sitofp i32 %737 to float
	%740 = fcmp ole float %739, %738
	%741 = uitofp i1 %740 to float
	%742 = fcmp une float %741, 0.0
	%743 = and i1 %736, %742
	%744 = select i1 %743, float %522, float 0xFFF0000000000000
	%745 = shl i32 %16, 1
	%746 = add i32 32, %745
	%747 = add i32 %208, %746
	%748 = icmp slt i32 %747, %N
	%749 = select i1 %748, i32 %747, i32 0
	%750 = sitofp i32 %542 to float
	%751 = sitofp i32 %749 to float
	%752 = fcmp ole float %751, %750
	%753 = uitofp i1 %752 to float
	%754 = fcmp une float %753, 0.0
	%755 = and i1 %748, %754
	%756 = select i1 %755, float %523, float 0xFFF0000000000000
	%757 = shl i32 %16, 1
	%758 = add i32 33, %757
	%759 = add i32 %208, %758
	%760 = icmp slt i32 %759, %N
	%761 = select i1 %760, i32 %759, i32 0
	%762 = sitofp i32 %542 to float
	%763 = sitofp i32 %761 to float
	%764 = fcmp ole float %763, %762
	%765 = uitofp i1 %764 to float
	%766 = fcmp une float %765, 0.0
	%767 = and i1 %760, %766
	%768 = select i1 %767, float %524, float 0xFFF0000000000000
	%769 = shl i32 %16, 1
	%770 = add i32 32, %769
	%771 = add i32 %208, %770
	%772 = icmp slt i32 %771, %N
	%773 = select i1 %772, i32 %771, i32 0
	%774 = sitofp i32 %546 to float
	%775 = sitofp i32 %773 to float
	%776 = fcmp ole float %775, %774
	%777 = uitofp i1 %776 to float
	%778 = fcmp une float %777, 0.0
	%779 = and i1 %772, %778
	%780 = select i1 %779, float %525, float 0xFFF0000000000000
	%781 = shl i32 %16, 1
	%782 = add i32 33, %781
	%783 = add i32 %208, %782
	%784 = icmp slt i32 %783, %N
	%785 = select i1 %784, i32 %783, i32 0
	%786 = sitofp i32 %546 to float
	%787 = sitofp i32 %785 to float
	%788 = fcmp ole float %787, %786
	%789 = uitofp i1 %788 to float
	%790 = fcmp une float %789, 0.0
	%791 = and i1 %784, %790
	%792 = select i1 %791, float %526, float 0xFFF0000000000000
	%793 = shl i32 %16, 1
	%794 = add i32 40, %793
	%795 = add i32 %208, %794
	%796 = icmp slt i32 %795, %N
	%797 = select i1 %796, i32 %795, i32 0
	%798 = sitofp i32 %542 to float
	%799 = sitofp i32 %797 to float
	%800 = fcmp ole float %799, %798
	%801 = uitofp i1 %800 to float
	%802 = fcmp une float %801, 0.0
	%803 = and i1 %796, %802
	%804 = select i1 %803, float %527, float 0xFFF0000000000000
	%805 = shl i32 %16, 1
	%806 = add i32 41, %805
	%807 = add i32 %208, %806
	%808 = icmp slt i32 %807, %N
	%809 = select i1 %808, i32 %807, i32 0
	%810 = sitofp i32 %542 to float
	%811 = sitofp i32 %809 to float
	%812 = fcmp ole float %811, %810
	%813 = uitofp i1 %812 to float
	%814 = fcmp une float %813, 0.0
	%815 = and i1 %808, %814
	%816 = select i1 %815, float %528, float 0xFFF0000000000000
	%817 = shl i32 %16, 1
	%818 = add i32 40, %817
	%819 = add i32 %208, %818
	%820 = icmp slt i32 %819, %N
	%821 = select i1 %820, i32 %819, i32 0
	%822 = sitofp i32 %546 to float
	%823 = sitofp i32 %821 to float
	%824 = fcmp ole float %823, %822
	%825 = uitofp i1 %824 to float
	%826 = fcmp une float %825, 0.0
	%827 = and i1 %820, %826
	%828 = select i1 %827, float %529, float 0xFFF0000000000000
	%829 = shl i32 %16, 1
	%830 = add i32 41, %829
	%831 = add i32 %208, %830
	%832 = icmp slt i32 %831, %N
	%833 = select i1 %832, i32 %831, i32 0
	%834 = sitofp i32 %546 to float
	%835 = sitofp i32 %833 to float
	%836 = fcmp ole float %835, %834
	%837 = uitofp i1 %836 to float
	%838 = fcmp une float %837, 0.0
	%839 = and i1 %832, %838
	%840 = select i1 %839, float %530, float 0xFFF0000000000000
	%841 = shl i32 %16, 1
	%842 = add i32 48, %841
	%843 = add i32 %208, %842
	%844 = icmp slt i32 %843, %N
	%845 = select i1 %844, i32 %843, i32 0
	%846 = sitofp i32 %542 to float
	%847 = sitofp i32 %845 to float
	%848 = fcmp ole float %847, %846
	%849 = uitofp i1 %848 to float
	%850 = fcmp une float %849, 0.0
	%851 = and i1 %844, %850
	%852 = select i1 %851, float %531, float 0xFFF0000000000000
	%853 = shl i32 %16, 1
	%854 = add i32 49, %853
	%855 = add i32 %208, %854
	%856 = icmp slt i32 %855, %N
	%857 = select i1 %856, i32 %855, i32 0
	%858 = sitofp i32 %542 to float
	%859 = sitofp i32 %857 to float
	%860 = fcmp ole float %859, %858
	%861 = uitofp i1 %860 to float
	%862 = fcmp une float %861, 0.0
	%863 = and i1 %856, %862
	%864 = select i1 %863, float %532, float 0xFFF0000000000000
	%865 = shl i32 %16, 1
	%866 = add i32 48, %865
	%867 = add i32 %208, %866
	%868 = icmp slt i32 %867, %N
	%869 = select i1 %868, i32 %867, i32 0
	%870 = sitofp i32 %546 to float
	%871 = sitofp i32 %869 to float
	%872 = fcmp ole float %871, %870
	%873 = uitofp i1 %872 to float
	%874 = fcmp une float %873, 0.0
	%875 = and i1 %868, %874
	%876 = select i1 %875, float %533, float 0xFFF0000000000000
	%877 = shl i32 %16, 1
	%878 = add i32 49, %877
	%879 = add i32 %208, %878
	%880 = icmp slt i32 %879, %N
	%881 = select i1 %880, i32 %879, i32 0
	%882 = sitofp i32 %546 to float
	%883 = sitofp i32 %881 to float
	%884 = fcmp ole float %883, %882
	%885 = uitofp i1 %884 to float
	%886 = fcmp une float %885, 0.0
	%887 = and i1 %880, %886
	%888 = select i1 %887, float %534, float 0xFFF0000000000000
	%889 = shl i32 %16, 1
	%890 = add i32 56, %889
	%891 = add i32 %208, %890
	%892 = icmp slt i32 %891, %N
	%893 = select i1 %892, i32 %891, i32 0
	%894 = sitofp i32 %542 to float
	%895 = sitofp i32 %893 to float
	%896 = fcmp ole float %895, %894
	%897 = uitofp i1 %896 to float
	%898 = fcmp une float %897, 0.0
	%899 = and i1 %892, %898
	%900 = select i1 %899, float %535, float 0xFFF0000000000000
	%901 = shl i32 %16, 1
	%902 = add i32 57, %901
	%903 = add i32 %208, %902
	%904 = icmp slt i32 %903, %N
	%905 = select i1 %904, i32 %903, i32 0
	%906 = sitofp i32 %542 to float
	%907 = sitofp i32 %905 to float
	%908 = fcmp ole float %907, %906
	%909 = uitofp i1 %908 to float
	%910 = fcmp une float %909, 0.0
	%911 = and i1 %904, %910
	%912 = select i1 %911, float %536, float 0xFFF0000000000000
	%913 = shl i32 %16, 1
	%914 = add i32 56, %913
	%915 = add i32 %208, %914
	%916 = icmp slt i32 %915, %N
	%917 = select i1 %916, i32 %915, i32 0
	%918 = sitofp i32 %546 to float
	%919 = sitofp i32 %917 to float
	%920 = fcmp ole float %919, %918
	%921 = uitofp i1 %920 to float
	%922 = fcmp une float %921, 0.0
	%923 = and i1 %916, %922
	%924 = select i1 %923, float %537, float 0xFFF0000000000000
	%925 = shl i32 %16, 1
	%926 = add i32 57, %925
	%927 = add i32 %208, %926
	%928 = icmp slt i32 %927, %N
	%929 = select i1 %928, i32 %927, i32 0
	%930 = sitofp i32 %546 to float
	%931 = sitofp i32 %929 to float
	%932 = fcmp ole float %931, %930
	%933 = uitofp i1 %932 to float
	%934 = fcmp une float %933, 0.0
	%935 = and i1 %928, %934
	%936 = select i1 %935, float %538, float 0xFFF0000000000000
	br label %softmax

softmax:
	%937 = phi float [ %507, %body ], [ %564, %partial ]
	%938 = phi float [ %508, %body ], [ %576, %partial ]
	%939 = phi float [ %509, %body ], [ %588, %partial ]
	%940 = phi float [ %510, %body ], [ %600, %partial ]
	%941 = phi float [ %511, %body ], [ %612, %partial ]
	%942 = phi float [ %512, %body ], [ %624, %partial ]
	%943 = phi float [ %513, %body ], [ %636, %partial ]
	%944 = phi float [ %514, %body ], [ %648, %partial ]
	%945 = phi float [ %515, %body ], [ %660, %partial ]
	%946 = phi float [ %516, %body ], [ %672, %partial ]
	%947 = phi float [ %517, %body ], [ %684, %partial ]
	%948 = phi float [ %518, %body ], [ %696, %partial ]
	%949 = phi float [ %519, %body ], [ %708, %partial ]
	%950 = phi float [ %520, %body ], [ %720, %partial ]
	%951 = phi float [ %521, %body ], [ %732, %partial ]
	%952 = phi float [ %522, %body ], [ %744, %partial ]
	%953 = phi float [ %523, %body ], [ %756, %partial ]
	%954 = phi float [ %524, %body ], [ %768, %partial ]
	%955 = phi float [ %525, %body ], [ %780, %partial ]
	%956 = phi float [ %526, %body ], [ %792, %partial ]
	%957 = phi float [ %527, %body ], [ %804, %partial ]
	%958 = phi float [ %528, %body ], [ %816, %partial ]
	%959 = phi float [ %529, %body ], [ %828, %partial ]
	%960 = phi float [ %530, %body ], [ %840, %partial ]
	%961 = phi float [ %531, %body ], [ %852, %partial ]
	%962 = phi float [ %532, %body ], [ %864, %partial ]
	%963 = phi float [ %533, %body ], [ %876, %partial ]
	%964 = phi float [ %534, %body ], [ %888, %partial ]
	%965 = phi float [ %535, %body ], [ %900, %partial ]
	%966 = phi float [ %536, %body ], [ %912, %partial ]
	%967 = phi float [ %537, %body ], [ %924, %partial ]
	%968 = phi float [ %538, %body ], [ %936, %partial ]
	%969 = call float @llvm.nvvm.fmax.f(float %937, float %938)
	%970 = call float @llvm.nvvm.fmax.f(float %941, float %942)
	%971 = call float @llvm.nvvm.fmax.f(float %945, float %946)
	%972 = call float @llvm.nvvm.fmax.f(float %949, float %950)
	%973 = call float @llvm.nvvm.fmax.f(float %953, float %954)
	%974 = call float @llvm.nvvm.fmax.f(float %957, float %958)
	%975 = call float @llvm.nvvm.fmax.f(float %961, float %962)
	%976 = call float @llvm.nvvm.fmax.f(float %965, float %966)
	%977 = call float @llvm.nvvm.fmax.f(float %969, float %970)
	%978 = call float @llvm.nvvm.fmax.f(float %971, float %972)
	%979 = call float @llvm.nvvm.fmax.f(float %973, float %974)
	%980 = call float @llvm.nvvm.fmax.f(float %975, float %976)
	%981 = call float @llvm.nvvm.fmax.f(float %977, float %978)
	%982 = call float @llvm.nvvm.fmax.f(float %979, float %980)
	%983 = call float @llvm.nvvm.fmax.f(float %981, float %982)
	%984 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %983, i32 1, i32 31)
	%985 = call float @llvm.nvvm.fmax.f(float %983, float %984)
	%986 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %985, i32 2, i32 31)
	%987 = call float @llvm.nvvm.fmax.f(float %985, float %986)
	%988 = fmul float %987, 0x3FC7154760000000
	%989 = call float @llvm.nvvm.fmax.f(float %204, float %988)
	%990 = fadd float %204, 8.0
	%991 = fcmp ogt float %989, %990
	%992 = or i1 false, %991
	%993 = call float @llvm.nvvm.fmax.f(float %939, float %940)
	%994 = call float @llvm.nvvm.fmax.f(float %943, float %944)
	%995 = call float @llvm.nvvm.fmax.f(float %947, float %948)
	%996 = call float @llvm.nvvm.fmax.f(float %951, float %952)
	%997 = call float @llvm.nvvm.fmax.f(float %955, float %956)
	%998 = call float @llvm.nvvm.fmax.f(float %959, float %960)
	%999 = call float @llvm.nvvm.fmax.f(float %963, float %964)
	%1000 = call float @llvm.nvvm.fmax.f(float %967, float %968)
	%1001 = call float @llvm.nvvm.fmax.f(float %993, float %994)
	%1002 = call float @llvm.nvvm.fmax.f(float %995, float %996)
	%1003 = call float @llvm.nvvm.fmax.f(float %997, float %998)
	%1004 = call float @llvm.nvvm.fmax.f(float %999, float %1000)
	%1005 = call float @llvm.nvvm.fmax.f(float %1001, float %1002)
	%1006 = call float @llvm.nvvm.fmax.f(float %1003, float %1004)
	%1007 = call float @llvm.nvvm.fmax.f(float %1005, float %1006)
	%1008 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1007, i32 1, i32 31)
	%1009 = call float @llvm.nvvm.fmax.f(float %1007, float %1008)
	%1010 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1009, i32 2, i32 31)
	%1011 = call float @llvm.nvvm.fmax.f(float %1009, float %1010)
	%1012 = fmul float %1011, 0x3FC7154760000000
	%1013 = call float @llvm.nvvm.fmax.f(float %206, float %1012)
	%1014 = fadd float %206, 8.0
	%1015 = fcmp ogt float %1013, %1014
	%1016 = or i1 %992, %1015
	%1017 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1016)
	br i1 %1017, label %1018, label %1061

1018:
	%1019 = fcmp oeq float %989, 0xFFF0000000000000
	%1020 = select i1 %1019, float 0.0, float %989
	%1021 = fsub float %204, %1020
	%1022 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1021)
	%1023 = fcmp oeq float %1013, 0xFFF0000000000000
	%1024 = select i1 %1023, float 0.0, float %1013
	%1025 = fsub float %206, %1024
	%1026 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1025)
	%1027 = fmul float %172, %1022
	%1028 = fmul float %173, %1022
	%1029 = fmul float %174, %1026
	%1030 = fmul float %175, %1026
	%1031 = fmul float %176, %1022
	%1032 = fmul float %177, %1022
	%1033 = fmul float %178, %1026
	%1034 = fmul float %179, %1026
	%1035 = fmul float %180, %1022
	%1036 = fmul float %181, %1022
	%1037 = fmul float %182, %1026
	%1038 = fmul float %183, %1026
	%1039 = fmul float %184, %1022
	%1040 = fmul float %185, %1022
	%1041 = fmul float %186, %1026
	%1042 = fmul float %187, %1026
	%1043 = fmul float %188, %1022
	%1044 = fmul float %189, %1022
	%1045 = fmul float %190, %1026
	%1046 = fmul float %191, %1026
	%1047 = fmul float %192, %1022
	%1048 = fmul float %193, %1022
	%1049 = fmul float %194, %1026
	%1050 = fmul float %195, %1026
	%1051 = fmul float %196, %1022
	%1052 = fmul float %197, %1022
	%1053 = fmul float %198, %1026
	%1054 = fmul float %199, %1026
	%1055 = fmul float %200, %1022
	%1056 = fmul float %201, %1022
	%1057 = fmul float %202, %1026
	%1058 = fmul float %203, %1026
	%1059 = fmul float %205, %1022
	%1060 = fmul float %207, %1026
	br label %1061

1061:
	%1062 = phi float [ %172, %softmax ], [ %1027, %1018 ]
	%1063 = phi float [ %173, %softmax ], [ %1028, %1018 ]
	%1064 = phi float [ %174, %softmax ], [ %1029, %1018 ]
	%1065 = phi float [ %175, %softmax ], [ %1030, %1018 ]
	%1066 = phi float [ %176, %softmax ], [ %1031, %1018 ]
	%1067 = phi float [ %177, %softmax ], [ %1032, %1018 ]
	%1068 = phi float [ %178, %softmax ], [ %1033, %1018 ]
	%1069 = phi float [ %179, %softmax ], [ %1034, %1018 ]
	%1070 = phi float [ %180, %softmax ], [ %1035, %1018 ]
	%1071 = phi float [ %181, %softmax ], [ %1036, %1018 ]
	%1072 = phi float [ %182, %softmax ], [ %1037, %1018 ]
	%1073 = phi float [ %183, %softmax ], [ %1038, %1018 ]
	%1074 = phi float [ %184, %softmax ], [ %1039, %1018 ]
	%1075 = phi float [ %185, %softmax ], [ %1040, %1018 ]
	%1076 = phi float [ %186, %softmax ], [ %1041, %1018 ]
	%1077 = phi float [ %187, %softmax ], [ %1042, %1018 ]
	%1078 = phi float [ %188, %softmax ], [ %1043, %1018 ]
	%1079 = phi float [ %189, %softmax ], [ %1044, %1018 ]
	%1080 = phi float [ %190, %softmax ], [ %1045, %1018 ]
	%1081 = phi float [ %191, %softmax ], [ %1046, %1018 ]
	%1082 = phi float [ %192, %softmax ], [ %1047, %1018 ]
	%1083 = phi float [ %193, %softmax ], [ %1048, %1018 ]
	%1084 = phi float [ %194, %softmax ], [ %1049, %1018 ]
	%1085 = phi float [ %195, %softmax ], [ %1050, %1018 ]
	%1086 = phi float [ %196, %softmax ], [ %1051, %1018 ]
	%1087 = phi float [ %197, %softmax ], [ %1052, %1018 ]
	%1088 = phi float [ %198, %softmax ], [ %1053, %1018 ]
	%1089 = phi float [ %199, %softmax ], [ %1054, %1018 ]
	%1090 = phi float [ %200, %softmax ], [ %1055, %1018 ]
	%1091 = phi float [ %201, %softmax ], [ %1056, %1018 ]
	%1092 = phi float [ %202, %softmax ], [ %1057, %1018 ]
	%1093 = phi float [ %203, %softmax ], [ %1058, %1018 ]
	%1094 = phi float [ %205, %softmax ], [ %1059, %1018 ]
	%1095 = phi float [ %207, %softmax ], [ %1060, %1018 ]
	%1096 = select i1 %1017, float %989, float %204
	%1097 = fcmp oeq float %1096, 0xFFF0000000000000
	%1098 = select i1 %1097, float 0.0, float %1096
	%1099 = fneg float %1098
	%1100 = call float @llvm.fma.f32(float %937, float 0x3FC7154760000000, float %1099)
	%1101 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1100)
	%1102 = call float @llvm.fma.f32(float %938, float 0x3FC7154760000000, float %1099)
	%1103 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1102)
	%1104 = call float @llvm.fma.f32(float %941, float 0x3FC7154760000000, float %1099)
	%1105 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1104)
	%1106 = call float @llvm.fma.f32(float %942, float 0x3FC7154760000000, float %1099)
	%1107 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1106)
	%1108 = call float @llvm.fma.f32(float %945, float 0x3FC7154760000000, float %1099)
	%1109 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1108)
	%1110 = call float @llvm.fma.f32(float %946, float 0x3FC7154760000000, float %1099)
	%1111 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1110)
	%1112 = call float @llvm.fma.f32(float %949, float 0x3FC7154760000000, float %1099)
	%1113 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1112)
	%1114 = call float @llvm.fma.f32(float %950, float 0x3FC7154760000000, float %1099)
	%1115 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1114)
	%1116 = call float @llvm.fma.f32(float %953, float 0x3FC7154760000000, float %1099)
	%1117 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1116)
	%1118 = call float @llvm.fma.f32(float %954, float 0x3FC7154760000000, float %1099)
	%1119 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1118)
	%1120 = call float @llvm.fma.f32(float %957, float 0x3FC7154760000000, float %1099)
	%1121 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1120)
	%1122 = call float @llvm.fma.f32(float %958, float 0x3FC7154760000000, float %1099)
	%1123 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1122)
	%1124 = call float @llvm.fma.f32(float %961, float 0x3FC7154760000000, float %1099)
	%1125 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1124)
	%1126 = call float @llvm.fma.f32(float %962, float 0x3FC7154760000000, float %1099)
	%1127 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1126)
	%1128 = call float @llvm.fma.f32(float %965, float 0x3FC7154760000000, float %1099)
	%1129 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1128)
	%1130 = call float @llvm.fma.f32(float %966, float 0x3FC7154760000000, float %1099)
	%1131 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1130)
	%1132 = fadd float %1101, %1103
	%1133 = fadd float %1105, %1107
	%1134 = fadd float %1109, %1111
	%1135 = fadd float %1113, %1115
	%1136 = fadd float %1117, %1119
	%1137 = fadd float %1121, %1123
	%1138 = fadd float %1125, %1127
	%1139 = fadd float %1129, %1131
	%1140 = fadd float %1132, %1133
	%1141 = fadd float %1134, %1135
	%1142 = fadd float %1136, %1137
	%1143 = fadd float %1138, %1139
	%1144 = fadd float %1140, %1141
	%1145 = fadd float %1142, %1143
	%1146 = fadd float %1144, %1145
	%1147 = fadd float %1094, %1146
	%1148 = select i1 %1017, float %1013, float %206
	%1149 = fcmp oeq float %1148, 0xFFF0000000000000
	%1150 = select i1 %1149, float 0.0, float %1148
	%1151 = fneg float %1150
	%1152 = call float @llvm.fma.f32(float %939, float 0x3FC7154760000000, float %1151)
	%1153 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1152)
	%1154 = call float @llvm.fma.f32(float %940, float 0x3FC7154760000000, float %1151)
	%1155 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1154)
	%1156 = call float @llvm.fma.f32(float %943, float 0x3FC7154760000000, float %1151)
	%1157 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1156)
	%1158 = call float @llvm.fma.f32(float %944, float 0x3FC7154760000000, float %1151)
	%1159 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1158)
	%1160 = call float @llvm.fma.f32(float %947, float 0x3FC7154760000000, float %1151)
	%1161 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1160)
	%1162 = call float @llvm.fma.f32(float %948, float 0x3FC7154760000000, float %1151)
	%1163 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1162)
	%1164 = call float @llvm.fma.f32(float %951, float 0x3FC7154760000000, float %1151)
	%1165 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1164)
	%1166 = call float @llvm.fma.f32(float %952, float 0x3FC7154760000000, float %1151)
	%1167 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1166)
	%1168 = call float @llvm.fma.f32(float %955, float 0x3FC7154760000000, float %1151)
	%1169 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1168)
	%1170 = call float @llvm.fma.f32(float %956, float 0x3FC7154760000000, float %1151)
	%1171 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1170)
	%1172 = call float @llvm.fma.f32(float %959, float 0x3FC7154760000000, float %1151)
	%1173 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1172)
	%1174 = call float @llvm.fma.f32(float %960, float 0x3FC7154760000000, float %1151)
	%1175 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1174)
	%1176 = call float @llvm.fma.f32(float %963, float 0x3FC7154760000000, float %1151)
	%1177 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1176)
	%1178 = call float @llvm.fma.f32(float %964, float 0x3FC7154760000000, float %1151)
	%1179 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1178)
	%1180 = call float @llvm.fma.f32(float %967, float 0x3FC7154760000000, float %1151)
	%1181 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1180)
	%1182 = call float @llvm.fma.f32(float %968, float 0x3FC7154760000000, float %1151)
	%1183 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1182)
	%1184 = fadd float %1153, %1155
	%1185 = fadd float %1157, %1159
	%1186 = fadd float %1161, %1163
	%1187 = fadd float %1165, %1167
	%1188 = fadd float %1169, %1171
	%1189 = fadd float %1173, %1175
	%1190 = fadd float %1177, %1179
	%1191 = fadd float %1181, %1183
	%1192 = fadd float %1184, %1185
	%1193 = fadd float %1186, %1187
	%1194 = fadd float %1188, %1189
	%1195 = fadd float %1190, %1191
	%1196 = fadd float %1192, %1193
	%1197 = fadd float %1194, %1195
	%1198 = fadd float %1196, %1197
	%1199 = fadd float %1095, %1198
	%1200 = and i32 %11, 7
	%1201 = lshr i32 %11, 3
	%1202 = and i32 %1201, 1
	%1203 = shl i32 %1202, 3
	%1204 = add i32 %1200, %1203
	%1205 = mul i32 %1204, 128
	%1206 = add i32 %1, %1205
	%1207 = and i32 %11, 7
	%1208 = xor i32 %98, %1207
	%1209 = shl i32 %1208, 4
	%1210 = add i32 %1206, %1209
	%1211 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1103, float %1101)
	%1212 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1155, float %1153)
	%1213 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1107, float %1105)
	%1214 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1159, float %1157)
	%1215 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1111, float %1109)
	%1216 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1163, float %1161)
	%1217 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1115, float %1113)
	%1218 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1167, float %1165)
	%1219 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1119, float %1117)
	%1220 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1171, float %1169)
	%1221 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1123, float %1121)
	%1222 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1175, float %1173)
	%1223 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1127, float %1125)
	%1224 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1179, float %1177)
	%1225 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1131, float %1129)
	%1226 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1183, float %1181)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1227 = add i32 %212, 0
	%1228 = zext i32 %1227 to i64
	%1229 = or i64 %1228, u0x4000004002000000
	%1230 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1062, float %1063, float %1064, float %1065, float %1066, float %1067, float %1068, float %1069, float %1070, float %1071, float %1072, float %1073, float %1074, float %1075, float %1076, float %1077, float %1078, float %1079, float %1080, float %1081, float %1082, float %1083, float %1084, float %1085, float %1086, float %1087, float %1088, float %1089, float %1090, float %1091, float %1092, float %1093, i32 %1211, i32 %1212, i32 %1213, i32 %1214, i64 %1229, i32 1)
	%1231 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 0
	%1232 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 1
	%1233 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 2
	%1234 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 3
	%1235 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 4
	%1236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 5
	%1237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 6
	%1238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 7
	%1239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 8
	%1240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 9
	%1241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 10
	%1242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 11
	%1243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 12
	%1244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 13
	%1245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 14
	%1246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 15
	%1247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 16
	%1248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 17
	%1249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 18
	%1250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 19
	%1251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 20
	%1252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 21
	%1253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 22
	%1254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 23
	%1255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 24
	%1256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 25
	%1257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 26
	%1258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 27
	%1259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 28
	%1260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 29
	%1261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 30
	%1262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1230, 31
	%1263 = add i32 %212, 128
	%1264 = zext i32 %1263 to i64
	%1265 = or i64 %1264, u0x4000004002000000
	%1266 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1231, float %1232, float %1233, float %1234, float %1235, float %1236, float %1237, float %1238, float %1239, float %1240, float %1241, float %1242, float %1243, float %1244, float %1245, float %1246, float %1247, float %1248, float %1249, float %1250, float %1251, float %1252, float %1253, float %1254, float %1255, float %1256, float %1257, float %1258, float %1259, float %1260, float %1261, float %1262, i32 %1215, i32 %1216, i32 %1217, i32 %1218, i64 %1265, i32 1)
	%1267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 0
	%1268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 1
	%1269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 2
	%1270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 3
	%1271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 4
	%1272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 5
	%1273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 6
	%1274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 7
	%1275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 8
	%1276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 9
	%1277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 10
	%1278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 11
	%1279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 12
	%1280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 13
	%1281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 14
	%1282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 15
	%1283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 16
	%1284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 17
	%1285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 18
	%1286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 19
	%1287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 20
	%1288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 21
	%1289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 22
	%1290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 23
	%1291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 24
	%1292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 25
	%1293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 26
	%1294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 27
	%1295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 28
	%1296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 29
	%1297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 30
	%1298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1266, 31
	%1299 = add i32 %212, 256
	%1300 = zext i32 %1299 to i64
	%1301 = or i64 %1300, u0x4000004002000000
	%1302 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1267, float %1268, float %1269, float %1270, float %1271, float %1272, float %1273, float %1274, float %1275, float %1276, float %1277, float %1278, float %1279, float %1280, float %1281, float %1282, float %1283, float %1284, float %1285, float %1286, float %1287, float %1288, float %1289, float %1290, float %1291, float %1292, float %1293, float %1294, float %1295, float %1296, float %1297, float %1298, i32 %1219, i32 %1220, i32 %1221, i32 %1222, i64 %1301, i32 1)
	%1303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 0
	%1304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 1
	%1305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 2
	%1306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 3
	%1307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 4
	%1308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 5
	%1309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 6
	%1310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 7
	%1311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 8
	%1312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 9
	%1313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 10
	%1314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 11
	%1315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 12
	%1316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 13
	%1317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 14
	%1318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 15
	%1319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 16
	%1320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 17
	%1321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 18
	%1322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 19
	%1323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 20
	%1324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 21
	%1325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 22
	%1326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 23
	%1327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 24
	%1328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 25
	%1329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 26
	%1330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 27
	%1331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 28
	%1332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 29
	%1333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 30
	%1334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1302, 31
	%1335 = add i32 %212, 384
	%1336 = zext i32 %1335 to i64
	%1337 = or i64 %1336, u0x4000004002000000
	%1338 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1303, float %1304, float %1305, float %1306, float %1307, float %1308, float %1309, float %1310, float %1311, float %1312, float %1313, float %1314, float %1315, float %1316, float %1317, float %1318, float %1319, float %1320, float %1321, float %1322, float %1323, float %1324, float %1325, float %1326, float %1327, float %1328, float %1329, float %1330, float %1331, float %1332, float %1333, float %1334, i32 %1223, i32 %1224, i32 %1225, i32 %1226, i64 %1337, i32 1)
	%1339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 0
	%1340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 1
	%1341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 2
	%1342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 3
	%1343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 4
	%1344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 5
	%1345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 6
	%1346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 7
	%1347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 8
	%1348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 9
	%1349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 10
	%1350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 11
	%1351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 12
	%1352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 13
	%1353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 14
	%1354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 15
	%1355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 16
	%1356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 17
	%1357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 18
	%1358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 19
	%1359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 20
	%1360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 21
	%1361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 22
	%1362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 23
	%1363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 24
	%1364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 25
	%1365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 26
	%1366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 27
	%1367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 28
	%1368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 29
	%1369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 30
	%1370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1338, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1371 = call float asm sideeffect "", "=f,0"(float %1339)
	%1372 = call float asm sideeffect "", "=f,0"(float %1340)
	%1373 = call float asm sideeffect "", "=f,0"(float %1341)
	%1374 = call float asm sideeffect "", "=f,0"(float %1342)
	%1375 = call float asm sideeffect "", "=f,0"(float %1343)
	%1376 = call float asm sideeffect "", "=f,0"(float %1344)
	%1377 = call float asm sideeffect "", "=f,0"(float %1345)
	%1378 = call float asm sideeffect "", "=f,0"(float %1346)
	%1379 = call float asm sideeffect "", "=f,0"(float %1347)
	%1380 = call float asm sideeffect "", "=f,0"(float %1348)
	%1381 = call float asm sideeffect "", "=f,0"(float %1349)
	%1382 = call float asm sideeffect "", "=f,0"(float %1350)
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
	br i1 %221, label %loop, label %epilogue

store0:
	%1403 = mul i32 %20, %M
	%1404 = add i32 %1403, %267
	%1405 = mul i32 %1404, 64
	%1406 = shl i32 %16, 1
	%1407 = add i32 0, %1406
	%1408 = add i32 %1405, %1407
	%1409 = sext i32 %1408 to i64
	%1410 = getelementptr i16, i16* %out, i64 %1409
	%1411 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %269, float %268)
	%1412 = bitcast i16* %1410 to i32*
	store i32 %1411, i32* %1412
	%1413 = shl i32 %16, 1
	%1414 = add i32 8, %1413
	%1415 = add i32 %1405, %1414
	%1416 = sext i32 %1415 to i64
	%1417 = getelementptr i16, i16* %out, i64 %1416
	%1418 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %271, float %270)
	%1419 = bitcast i16* %1417 to i32*
	store i32 %1418, i32* %1419
	%1420 = shl i32 %16, 1
	%1421 = add i32 16, %1420
	%1422 = add i32 %1405, %1421
	%1423 = sext i32 %1422 to i64
	%1424 = getelementptr i16, i16* %out, i64 %1423
	%1425 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %273, float %272)
	%1426 = bitcast i16* %1424 to i32*
	store i32 %1425, i32* %1426
	%1427 = shl i32 %16, 1
	%1428 = add i32 24, %1427
	%1429 = add i32 %1405, %1428
	%1430 = sext i32 %1429 to i64
	%1431 = getelementptr i16, i16* %out, i64 %1430
	%1432 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %275, float %274)
	%1433 = bitcast i16* %1431 to i32*
	store i32 %1432, i32* %1433
	%1434 = shl i32 %16, 1
	%1435 = add i32 32, %1434
	%1436 = add i32 %1405, %1435
	%1437 = sext i32 %1436 to i64
	%1438 = getelementptr i16, i16* %out, i64 %1437
	%1439 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %277, float %276)
	%1440 = bitcast i16* %1438 to i32*
	store i32 %1439, i32* %1440
	%1441 = shl i32 %16, 1
	%1442 = add i32 40, %1441
	%1443 = add i32 %1405, %1442
	%1444 = sext i32 %1443 to i64
	%1445 = getelementptr i16, i16* %out, i64 %1444
	%1446 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %279, float %278)
	%1447 = bitcast i16* %1445 to i32*
	store i32 %1446, i32* %1447
	%1448 = shl i32 %16, 1
	%1449 = add i32 48, %1448
	%1450 = add i32 %1405, %1449
	%1451 = sext i32 %1450 to i64
	%1452 = getelementptr i16, i16* %out, i64 %1451
	%1453 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %281, float %280)
	%1454 = bitcast i16* %1452 to i32*
	store i32 %1453, i32* %1454
	%1455 = shl i32 %16, 1
	%1456 = add i32 56, %1455
	%1457 = add i32 %1405, %1456
	%1458 = sext i32 %1457 to i64
	%1459 = getelementptr i16, i16* %out, i64 %1458
	%1460 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %283, float %282)
	%1461 = bitcast i16* %1459 to i32*
	store i32 %1460, i32* %1461
	br label %stored0

stored0:
	%1462 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %223, i32 1, i32 31)
	%1463 = fadd float %223, %1462
	%1464 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1463, i32 2, i32 31)
	%1465 = fadd float %1463, %1464
	%1466 = fcmp ogt float %1465, 0.0
	%1467 = fdiv float 1.0, %1465
	%1468 = select i1 %1466, float %1467, float 0.0
	%1469 = mul i32 %10, 16
	%1470 = add i32 %22, %1469
	%1471 = add i32 %15, 8
	%1472 = add i32 %1470, %1471
	%1473 = fmul float %227, %1468
	%1474 = fmul float %228, %1468
	%1475 = fmul float %231, %1468
	%1476 = fmul float %232, %1468
	%1477 = fmul float %235, %1468
	%1478 = fmul float %236, %1468
	%1479 = fmul float %239, %1468
	%1480 = fmul float %240, %1468
	%1481 = fmul float %243, %1468
	%1482 = fmul float %244, %1468
	%1483 = fmul float %247, %1468
	%1484 = fmul float %248, %1468
	%1485 = fmul float %251, %1468
	%1486 = fmul float %252, %1468
	%1487 = fmul float %255, %1468
	%1488 = fmul float %256, %1468
	%1489 = icmp slt i32 %1472, %M
	br i1 %1489, label %store1, label %stored1

store1:
	%1490 = mul i32 %20, %M
	%1491 = add i32 %1490, %1472
	%1492 = mul i32 %1491, 64
	%1493 = shl i32 %16, 1
	%1494 = add i32 0, %1493
	%1495 = add i32 %1492, %1494
	%1496 = sext i32 %1495 to i64
	%1497 = getelementptr i16, i16* %out, i64 %1496
	%1498 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1474, float %1473)
	%1499 = bitcast i16* %1497 to i32*
	store i32 %1498, i32* %1499
	%1500 = shl i32 %16, 1
	%1501 = add i32 8, %1500
	%1502 = add i32 %1492, %1501
	%1503 = sext i32 %1502 to i64
	%1504 = getelementptr i16, i16* %out, i64 %1503
	%1505 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1476, float %1475)
	%1506 = bitcast i16* %1504 to i32*
	store i32 %1505, i32* %1506
	%1507 = shl i32 %16, 1
	%1508 = add i32 16, %1507
	%1509 = add i32 %1492, %1508
	%1510 = sext i32 %1509 to i64
	%1511 = getelementptr i16, i16* %out, i64 %1510
	%1512 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1478, float %1477)
	%1513 = bitcast i16* %1511 to i32*
	store i32 %1512, i32* %1513
	%1514 = shl i32 %16, 1
	%1515 = add i32 24, %1514
	%1516 = add i32 %1492, %1515
	%1517 = sext i32 %1516 to i64
	%1518 = getelementptr i16, i16* %out, i64 %1517
	%1519 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1480, float %1479)
	%1520 = bitcast i16* %1518 to i32*
	store i32 %1519, i32* %1520
	%1521 = shl i32 %16, 1
	%1522 = add i32 32, %1521
	%1523 = add i32 %1492, %1522
	%1524 = sext i32 %1523 to i64
	%1525 = getelementptr i16, i16* %out, i64 %1524
	%1526 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1482, float %1481)
	%1527 = bitcast i16* %1525 to i32*
	store i32 %1526, i32* %1527
	%1528 = shl i32 %16, 1
	%1529 = add i32 40, %1528
	%1530 = add i32 %1492, %1529
	%1531 = sext i32 %1530 to i64
	%1532 = getelementptr i16, i16* %out, i64 %1531
	%1533 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1484, float %1483)
	%1534 = bitcast i16* %1532 to i32*
	store i32 %1533, i32* %1534
	%1535 = shl i32 %16, 1
	%1536 = add i32 48, %1535
	%1537 = add i32 %1492, %1536
	%1538 = sext i32 %1537 to i64
	%1539 = getelementptr i16, i16* %out, i64 %1538
	%1540 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1486, float %1485)
	%1541 = bitcast i16* %1539 to i32*
	store i32 %1540, i32* %1541
	%1542 = shl i32 %16, 1
	%1543 = add i32 56, %1542
	%1544 = add i32 %1492, %1543
	%1545 = sext i32 %1544 to i64
	%1546 = getelementptr i16, i16* %out, i64 %1545
	%1547 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1488, float %1487)
	%1548 = bitcast i16* %1546 to i32*
	store i32 %1547, i32* %1548
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
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @toplocal_attn2, !"maxntidx", i32 256}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @toplocal_attn2, !"minctasm", i32 2}
