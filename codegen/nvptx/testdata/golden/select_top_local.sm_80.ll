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
@toplocal_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024

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
	%0 = ptrtoint [16384 x i8] addrspace(3)* @toplocal_attn2_smem to i32
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
	%12 = mul i32 %9, 128
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
	%61 = add i32 %49, 32
	%62 = icmp slt i32 %61, %M
	%63 = getelementptr i16, i16* %54, i64 2048
	%64 = select i1 %62, i16* %63, i16* %16
	%65 = add i32 %48, u0x1000
	%66 = select i1 %62, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %65, i16* %64, i32 %66)
	%67 = add i32 %49, 64
	%68 = icmp slt i32 %67, %M
	%69 = getelementptr i16, i16* %54, i64 u0x1000
	%70 = select i1 %68, i16* %69, i16* %16
	%71 = add i32 %48, u0x2000
	%72 = select i1 %68, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %71, i16* %70, i32 %72)
	%73 = add i32 %49, 96
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %54, i64 6144
	%76 = select i1 %74, i16* %75, i16* %16
	%77 = add i32 %48, 12288
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
	%139 = add i32 %127, 32
	%140 = icmp slt i32 %139, %N
	%141 = getelementptr i16, i16* %132, i64 2048
	%142 = select i1 %140, i16* %141, i16* %20
	%143 = add i32 %126, u0x1000
	%144 = select i1 %140, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %143, i16* %142, i32 %144)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%145 = phi i32 [ 0, %prologue ], [ %1205, %pv ]
	%146 = phi i32 [ %37, %prologue ], [ %1212, %pv ]
	%147 = phi float [ 0.0, %prologue ], [ %1480, %pv ]
	%148 = phi float [ 0.0, %prologue ], [ %1481, %pv ]
	%149 = phi float [ 0.0, %prologue ], [ %1482, %pv ]
	%150 = phi float [ 0.0, %prologue ], [ %1483, %pv ]
	%151 = phi float [ 0.0, %prologue ], [ %1485, %pv ]
	%152 = phi float [ 0.0, %prologue ], [ %1486, %pv ]
	%153 = phi float [ 0.0, %prologue ], [ %1487, %pv ]
	%154 = phi float [ 0.0, %prologue ], [ %1488, %pv ]
	%155 = phi float [ 0.0, %prologue ], [ %1497, %pv ]
	%156 = phi float [ 0.0, %prologue ], [ %1498, %pv ]
	%157 = phi float [ 0.0, %prologue ], [ %1499, %pv ]
	%158 = phi float [ 0.0, %prologue ], [ %1500, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %1502, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1503, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1504, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1505, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1514, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1515, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1516, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1517, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1519, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1520, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1521, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1522, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1531, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1532, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1533, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1534, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1536, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1537, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1538, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1539, %pv ]
	%179 = phi float [ 0xFFF0000000000000, %prologue ], [ %1101, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1152, %pv ]
	%181 = phi float [ 0xFFF0000000000000, %prologue ], [ %1153, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1204, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%183 = mul i32 %146, 64
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
	%204 = add i32 %192, 32
	%205 = icmp slt i32 %204, %N
	%206 = getelementptr i16, i16* %197, i64 2048
	%207 = select i1 %205, i16* %206, i16* %24
	%208 = add i32 %191, u0x1000
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
	%223 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %222)
	%224 = extractvalue { i32, i32, i32, i32 } %223, 0
	%225 = extractvalue { i32, i32, i32, i32 } %223, 1
	%226 = extractvalue { i32, i32, i32, i32 } %223, 2
	%227 = extractvalue { i32, i32, i32, i32 } %223, 3
	%228 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %224, i32 %225, float 0.0, float 0.0, float 0.0, float 0.0)
	%229 = extractvalue { float, float, float, float } %228, 0
	%230 = extractvalue { float, float, float, float } %228, 1
	%231 = extractvalue { float, float, float, float } %228, 2
	%232 = extractvalue { float, float, float, float } %228, 3
	%233 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %226, i32 %227, float 0.0, float 0.0, float 0.0, float 0.0)
	%234 = extractvalue { float, float, float, float } %233, 0
	%235 = extractvalue { float, float, float, float } %233, 1
	%236 = extractvalue { float, float, float, float } %233, 2
	%237 = extractvalue { float, float, float, float } %233, 3
	%238 = add i32 %221, 2048
	%239 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %238)
	%240 = extractvalue { i32, i32, i32, i32 } %239, 0
	%241 = extractvalue { i32, i32, i32, i32 } %239, 1
	%242 = extractvalue { i32, i32, i32, i32 } %239, 2
	%243 = extractvalue { i32, i32, i32, i32 } %239, 3
	%244 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %240, i32 %241, float 0.0, float 0.0, float 0.0, float 0.0)
	%245 = extractvalue { float, float, float, float } %244, 0
	%246 = extractvalue { float, float, float, float } %244, 1
	%247 = extractvalue { float, float, float, float } %244, 2
	%248 = extractvalue { float, float, float, float } %244, 3
	%249 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %242, i32 %243, float 0.0, float 0.0, float 0.0, float 0.0)
	%250 = extractvalue { float, float, float, float } %249, 0
	%251 = extractvalue { float, float, float, float } %249, 1
	%252 = extractvalue { float, float, float, float } %249, 2
	%253 = extractvalue { float, float, float, float } %249, 3
	%254 = add i32 %221, u0x1000
	%255 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %254)
	%256 = extractvalue { i32, i32, i32, i32 } %255, 0
	%257 = extractvalue { i32, i32, i32, i32 } %255, 1
	%258 = extractvalue { i32, i32, i32, i32 } %255, 2
	%259 = extractvalue { i32, i32, i32, i32 } %255, 3
	%260 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %256, i32 %257, float 0.0, float 0.0, float 0.0, float 0.0)
	%261 = extractvalue { float, float, float, float } %260, 0
	%262 = extractvalue { float, float, float, float } %260, 1
	%263 = extractvalue { float, float, float, float } %260, 2
	%264 = extractvalue { float, float, float, float } %260, 3
	%265 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %258, i32 %259, float 0.0, float 0.0, float 0.0, float 0.0)
	%266 = extractvalue { float, float, float, float } %265, 0
	%267 = extractvalue { float, float, float, float } %265, 1
	%268 = extractvalue { float, float, float, float } %265, 2
	%269 = extractvalue { float, float, float, float } %265, 3
	%270 = add i32 %221, 6144
	%271 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %270)
	%272 = extractvalue { i32, i32, i32, i32 } %271, 0
	%273 = extractvalue { i32, i32, i32, i32 } %271, 1
	%274 = extractvalue { i32, i32, i32, i32 } %271, 2
	%275 = extractvalue { i32, i32, i32, i32 } %271, 3
	%276 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %272, i32 %273, float 0.0, float 0.0, float 0.0, float 0.0)
	%277 = extractvalue { float, float, float, float } %276, 0
	%278 = extractvalue { float, float, float, float } %276, 1
	%279 = extractvalue { float, float, float, float } %276, 2
	%280 = extractvalue { float, float, float, float } %276, 3
	%281 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %274, i32 %275, float 0.0, float 0.0, float 0.0, float 0.0)
	%282 = extractvalue { float, float, float, float } %281, 0
	%283 = extractvalue { float, float, float, float } %281, 1
	%284 = extractvalue { float, float, float, float } %281, 2
	%285 = extractvalue { float, float, float, float } %281, 3
	%286 = xor i32 %220, 32
	%287 = add i32 %286, 0
	%288 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %287)
	%289 = extractvalue { i32, i32, i32, i32 } %288, 0
	%290 = extractvalue { i32, i32, i32, i32 } %288, 1
	%291 = extractvalue { i32, i32, i32, i32 } %288, 2
	%292 = extractvalue { i32, i32, i32, i32 } %288, 3
	%293 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %289, i32 %290, float %229, float %230, float %231, float %232)
	%294 = extractvalue { float, float, float, float } %293, 0
	%295 = extractvalue { float, float, float, float } %293, 1
	%296 = extractvalue { float, float, float, float } %293, 2
	%297 = extractvalue { float, float, float, float } %293, 3
	%298 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %291, i32 %292, float %234, float %235, float %236, float %237)
	%299 = extractvalue { float, float, float, float } %298, 0
	%300 = extractvalue { float, float, float, float } %298, 1
	%301 = extractvalue { float, float, float, float } %298, 2
	%302 = extractvalue { float, float, float, float } %298, 3
	%303 = add i32 %286, 2048
	%304 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %303)
	%305 = extractvalue { i32, i32, i32, i32 } %304, 0
	%306 = extractvalue { i32, i32, i32, i32 } %304, 1
	%307 = extractvalue { i32, i32, i32, i32 } %304, 2
	%308 = extractvalue { i32, i32, i32, i32 } %304, 3
	%309 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %305, i32 %306, float %245, float %246, float %247, float %248)
	%310 = extractvalue { float, float, float, float } %309, 0
	%311 = extractvalue { float, float, float, float } %309, 1
	%312 = extractvalue { float, float, float, float } %309, 2
	%313 = extractvalue { float, float, float, float } %309, 3
	%314 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %307, i32 %308, float %250, float %251, float %252, float %253)
	%315 = extractvalue { float, float, float, float } %314, 0
	%316 = extractvalue { float, float, float, float } %314, 1
	%317 = extractvalue { float, float, float, float } %314, 2
	%318 = extractvalue { float, float, float, float } %314, 3
	%319 = add i32 %286, u0x1000
	%320 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %319)
	%321 = extractvalue { i32, i32, i32, i32 } %320, 0
	%322 = extractvalue { i32, i32, i32, i32 } %320, 1
	%323 = extractvalue { i32, i32, i32, i32 } %320, 2
	%324 = extractvalue { i32, i32, i32, i32 } %320, 3
	%325 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %321, i32 %322, float %261, float %262, float %263, float %264)
	%326 = extractvalue { float, float, float, float } %325, 0
	%327 = extractvalue { float, float, float, float } %325, 1
	%328 = extractvalue { float, float, float, float } %325, 2
	%329 = extractvalue { float, float, float, float } %325, 3
	%330 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %323, i32 %324, float %266, float %267, float %268, float %269)
	%331 = extractvalue { float, float, float, float } %330, 0
	%332 = extractvalue { float, float, float, float } %330, 1
	%333 = extractvalue { float, float, float, float } %330, 2
	%334 = extractvalue { float, float, float, float } %330, 3
	%335 = add i32 %286, 6144
	%336 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %335)
	%337 = extractvalue { i32, i32, i32, i32 } %336, 0
	%338 = extractvalue { i32, i32, i32, i32 } %336, 1
	%339 = extractvalue { i32, i32, i32, i32 } %336, 2
	%340 = extractvalue { i32, i32, i32, i32 } %336, 3
	%341 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %337, i32 %338, float %277, float %278, float %279, float %280)
	%342 = extractvalue { float, float, float, float } %341, 0
	%343 = extractvalue { float, float, float, float } %341, 1
	%344 = extractvalue { float, float, float, float } %341, 2
	%345 = extractvalue { float, float, float, float } %341, 3
	%346 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %339, i32 %340, float %282, float %283, float %284, float %285)
	%347 = extractvalue { float, float, float, float } %346, 0
	%348 = extractvalue { float, float, float, float } %346, 1
	%349 = extractvalue { float, float, float, float } %346, 2
	%350 = extractvalue { float, float, float, float } %346, 3
	%351 = xor i32 %220, 64
	%352 = add i32 %351, 0
	%353 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %352)
	%354 = extractvalue { i32, i32, i32, i32 } %353, 0
	%355 = extractvalue { i32, i32, i32, i32 } %353, 1
	%356 = extractvalue { i32, i32, i32, i32 } %353, 2
	%357 = extractvalue { i32, i32, i32, i32 } %353, 3
	%358 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %354, i32 %355, float %294, float %295, float %296, float %297)
	%359 = extractvalue { float, float, float, float } %358, 0
	%360 = extractvalue { float, float, float, float } %358, 1
	%361 = extractvalue { float, float, float, float } %358, 2
	%362 = extractvalue { float, float, float, float } %358, 3
	%363 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %356, i32 %357, float %299, float %300, float %301, float %302)
	%364 = extractvalue { float, float, float, float } %363, 0
	%365 = extractvalue { float, float, float, float } %363, 1
	%366 = extractvalue { float, float, float, float } %363, 2
	%367 = extractvalue { float, float, float, float } %363, 3
	%368 = add i32 %351, 2048
	%369 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %368)
	%370 = extractvalue { i32, i32, i32, i32 } %369, 0
	%371 = extractvalue { i32, i32, i32, i32 } %369, 1
	%372 = extractvalue { i32, i32, i32, i32 } %369, 2
	%373 = extractvalue { i32, i32, i32, i32 } %369, 3
	%374 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %370, i32 %371, float %310, float %311, float %312, float %313)
	%375 = extractvalue { float, float, float, float } %374, 0
	%376 = extractvalue { float, float, float, float } %374, 1
	%377 = extractvalue { float, float, float, float } %374, 2
	%378 = extractvalue { float, float, float, float } %374, 3
	%379 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %372, i32 %373, float %315, float %316, float %317, float %318)
	%380 = extractvalue { float, float, float, float } %379, 0
	%381 = extractvalue { float, float, float, float } %379, 1
	%382 = extractvalue { float, float, float, float } %379, 2
	%383 = extractvalue { float, float, float, float } %379, 3
	%384 = add i32 %351, u0x1000
	%385 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %384)
	%386 = extractvalue { i32, i32, i32, i32 } %385, 0
	%387 = extractvalue { i32, i32, i32, i32 } %385, 1
	%388 = extractvalue { i32, i32, i32, i32 } %385, 2
	%389 = extractvalue { i32, i32, i32, i32 } %385, 3
	%390 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %386, i32 %387, float %326, float %327, float %328, float %329)
	%391 = extractvalue { float, float, float, float } %390, 0
	%392 = extractvalue { float, float, float, float } %390, 1
	%393 = extractvalue { float, float, float, float } %390, 2
	%394 = extractvalue { float, float, float, float } %390, 3
	%395 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %388, i32 %389, float %331, float %332, float %333, float %334)
	%396 = extractvalue { float, float, float, float } %395, 0
	%397 = extractvalue { float, float, float, float } %395, 1
	%398 = extractvalue { float, float, float, float } %395, 2
	%399 = extractvalue { float, float, float, float } %395, 3
	%400 = add i32 %351, 6144
	%401 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %400)
	%402 = extractvalue { i32, i32, i32, i32 } %401, 0
	%403 = extractvalue { i32, i32, i32, i32 } %401, 1
	%404 = extractvalue { i32, i32, i32, i32 } %401, 2
	%405 = extractvalue { i32, i32, i32, i32 } %401, 3
	%406 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %402, i32 %403, float %342, float %343, float %344, float %345)
	%407 = extractvalue { float, float, float, float } %406, 0
	%408 = extractvalue { float, float, float, float } %406, 1
	%409 = extractvalue { float, float, float, float } %406, 2
	%410 = extractvalue { float, float, float, float } %406, 3
	%411 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %404, i32 %405, float %347, float %348, float %349, float %350)
	%412 = extractvalue { float, float, float, float } %411, 0
	%413 = extractvalue { float, float, float, float } %411, 1
	%414 = extractvalue { float, float, float, float } %411, 2
	%415 = extractvalue { float, float, float, float } %411, 3
	%416 = xor i32 %220, 96
	%417 = add i32 %416, 0
	%418 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %417)
	%419 = extractvalue { i32, i32, i32, i32 } %418, 0
	%420 = extractvalue { i32, i32, i32, i32 } %418, 1
	%421 = extractvalue { i32, i32, i32, i32 } %418, 2
	%422 = extractvalue { i32, i32, i32, i32 } %418, 3
	%423 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %419, i32 %420, float %359, float %360, float %361, float %362)
	%424 = extractvalue { float, float, float, float } %423, 0
	%425 = extractvalue { float, float, float, float } %423, 1
	%426 = extractvalue { float, float, float, float } %423, 2
	%427 = extractvalue { float, float, float, float } %423, 3
	%428 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %421, i32 %422, float %364, float %365, float %366, float %367)
	%429 = extractvalue { float, float, float, float } %428, 0
	%430 = extractvalue { float, float, float, float } %428, 1
	%431 = extractvalue { float, float, float, float } %428, 2
	%432 = extractvalue { float, float, float, float } %428, 3
	%433 = add i32 %416, 2048
	%434 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %433)
	%435 = extractvalue { i32, i32, i32, i32 } %434, 0
	%436 = extractvalue { i32, i32, i32, i32 } %434, 1
	%437 = extractvalue { i32, i32, i32, i32 } %434, 2
	%438 = extractvalue { i32, i32, i32, i32 } %434, 3
	%439 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %435, i32 %436, float %375, float %376, float %377, float %378)
	%440 = extractvalue { float, float, float, float } %439, 0
	%441 = extractvalue { float, float, float, float } %439, 1
	%442 = extractvalue { float, float, float, float } %439, 2
	%443 = extractvalue { float, float, float, float } %439, 3
	%444 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %437, i32 %438, float %380, float %381, float %382, float %383)
	%445 = extractvalue { float, float, float, float } %444, 0
	%446 = extractvalue { float, float, float, float } %444, 1
	%447 = extractvalue { float, float, float, float } %444, 2
	%448 = extractvalue { float, float, float, float } %444, 3
	%449 = add i32 %416, u0x1000
	%450 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %449)
	%451 = extractvalue { i32, i32, i32, i32 } %450, 0
	%452 = extractvalue { i32, i32, i32, i32 } %450, 1
	%453 = extractvalue { i32, i32, i32, i32 } %450, 2
	%454 = extractvalue { i32, i32, i32, i32 } %450, 3
	%455 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %451, i32 %452, float %391, float %392, float %393, float %394)
	%456 = extractvalue { float, float, float, float } %455, 0
	%457 = extractvalue { float, float, float, float } %455, 1
	%458 = extractvalue { float, float, float, float } %455, 2
	%459 = extractvalue { float, float, float, float } %455, 3
	%460 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %453, i32 %454, float %396, float %397, float %398, float %399)
	%461 = extractvalue { float, float, float, float } %460, 0
	%462 = extractvalue { float, float, float, float } %460, 1
	%463 = extractvalue { float, float, float, float } %460, 2
	%464 = extractvalue { float, float, float, float } %460, 3
	%465 = add i32 %416, 6144
	%466 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %465)
	%467 = extractvalue { i32, i32, i32, i32 } %466, 0
	%468 = extractvalue { i32, i32, i32, i32 } %466, 1
	%469 = extractvalue { i32, i32, i32, i32 } %466, 2
	%470 = extractvalue { i32, i32, i32, i32 } %466, 3
	%471 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %467, i32 %468, float %407, float %408, float %409, float %410)
	%472 = extractvalue { float, float, float, float } %471, 0
	%473 = extractvalue { float, float, float, float } %471, 1
	%474 = extractvalue { float, float, float, float } %471, 2
	%475 = extractvalue { float, float, float, float } %471, 3
	%476 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %469, i32 %470, float %412, float %413, float %414, float %415)
	%477 = extractvalue { float, float, float, float } %476, 0
	%478 = extractvalue { float, float, float, float } %476, 1
	%479 = extractvalue { float, float, float, float } %476, 2
	%480 = extractvalue { float, float, float, float } %476, 3
	%481 = mul i32 %3, 16
	%482 = add i32 %12, %481
	%483 = add i32 %5, 0
	%484 = add i32 %482, %483
	%485 = mul i32 %3, 16
	%486 = add i32 %12, %485
	%487 = add i32 %5, 8
	%488 = add i32 %486, %487
	%489 = sitofp i32 %10 to float
	%490 = add i32 %33, %146
	%491 = sext i32 %490 to i64
	%492 = getelementptr i8, i8* %cls, i64 %491
	%493 = load i8, i8* %492
	%494 = icmp ne i8 %493, 2
	br i1 %494, label %partial, label %softmax

epilogue:
	%495 = phi float [ 0.0, %entry ], [ %1152, %pv ]
	%496 = phi float [ 0.0, %entry ], [ %1204, %pv ]
	%497 = phi i32 [ 0, %entry ], [ %1205, %pv ]
	%498 = phi float [ 0.0, %entry ], [ %1480, %pv ]
	%499 = phi float [ 0.0, %entry ], [ %1481, %pv ]
	%500 = phi float [ 0.0, %entry ], [ %1482, %pv ]
	%501 = phi float [ 0.0, %entry ], [ %1483, %pv ]
	%502 = phi float [ 0.0, %entry ], [ %1485, %pv ]
	%503 = phi float [ 0.0, %entry ], [ %1486, %pv ]
	%504 = phi float [ 0.0, %entry ], [ %1487, %pv ]
	%505 = phi float [ 0.0, %entry ], [ %1488, %pv ]
	%506 = phi float [ 0.0, %entry ], [ %1497, %pv ]
	%507 = phi float [ 0.0, %entry ], [ %1498, %pv ]
	%508 = phi float [ 0.0, %entry ], [ %1499, %pv ]
	%509 = phi float [ 0.0, %entry ], [ %1500, %pv ]
	%510 = phi float [ 0.0, %entry ], [ %1502, %pv ]
	%511 = phi float [ 0.0, %entry ], [ %1503, %pv ]
	%512 = phi float [ 0.0, %entry ], [ %1504, %pv ]
	%513 = phi float [ 0.0, %entry ], [ %1505, %pv ]
	%514 = phi float [ 0.0, %entry ], [ %1514, %pv ]
	%515 = phi float [ 0.0, %entry ], [ %1515, %pv ]
	%516 = phi float [ 0.0, %entry ], [ %1516, %pv ]
	%517 = phi float [ 0.0, %entry ], [ %1517, %pv ]
	%518 = phi float [ 0.0, %entry ], [ %1519, %pv ]
	%519 = phi float [ 0.0, %entry ], [ %1520, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %1521, %pv ]
	%521 = phi float [ 0.0, %entry ], [ %1522, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1531, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1532, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1533, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1534, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1536, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1537, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1538, %pv ]
	%529 = phi float [ 0.0, %entry ], [ %1539, %pv ]
	%530 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %495, i32 1, i32 31)
	%531 = fadd float %495, %530
	%532 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %531, i32 2, i32 31)
	%533 = fadd float %531, %532
	%534 = fcmp ogt float %533, 0.0
	%535 = fdiv float 1.0, %533
	%536 = select i1 %534, float %535, float 0.0
	%537 = mul i32 %3, 16
	%538 = add i32 %12, %537
	%539 = add i32 %5, 0
	%540 = add i32 %538, %539
	%541 = fmul float %498, %536
	%542 = fmul float %499, %536
	%543 = fmul float %502, %536
	%544 = fmul float %503, %536
	%545 = fmul float %506, %536
	%546 = fmul float %507, %536
	%547 = fmul float %510, %536
	%548 = fmul float %511, %536
	%549 = fmul float %514, %536
	%550 = fmul float %515, %536
	%551 = fmul float %518, %536
	%552 = fmul float %519, %536
	%553 = fmul float %522, %536
	%554 = fmul float %523, %536
	%555 = fmul float %526, %536
	%556 = fmul float %527, %536
	%557 = icmp slt i32 %540, %M
	br i1 %557, label %store0, label %stored0

partial:
	%558 = shl i32 %6, 1
	%559 = add i32 0, %558
	%560 = add i32 %183, %559
	%561 = icmp slt i32 %560, %N
	%562 = select i1 %561, i32 %560, i32 0
	%563 = sitofp i32 %484 to float
	%564 = sitofp i32 %562 to float
	%565 = fcmp ole float %564, %563
	%566 = uitofp i1 %565 to float
	%567 = fcmp une float %566, 0.0
	%568 = and i1 %561, %567
	%569 = select i1 %568, float %424, float 0xFFF0000000000000
	%570 = shl i32 %6, 1
	%571 = add i32 1, %570
	%572 = add i32 %183, %571
	%573 = icmp slt i32 %572, %N
	%574 = select i1 %573, i32 %572, i32 0
	%575 = sitofp i32 %484 to float
	%576 = sitofp i32 %574 to float
	%577 = fcmp ole float %576, %575
	%578 = uitofp i1 %577 to float
	%579 = fcmp une float %578, 0.0
	%580 = and i1 %573, %579
	%581 = select i1 %580, float %425, float 0xFFF0000000000000
	%582 = shl i32 %6, 1
	%583 = add i32 0, %582
	%584 = add i32 %183, %583
	%585 = icmp slt i32 %584, %N
	%586 = select i1 %585, i32 %584, i32 0
	%587 = sitofp i32 %488 to float
	%588 = sitofp i32 %586 to float
	%589 = fcmp ole float %588, %587
	%590 = uitofp i1 %589 to float
	%591 = fcmp une float %590, 0.0
	%592 = and i1 %585, %591
	%593 = select i1 %592, float %426, float 0xFFF0000000000000
	%594 = shl i32 %6, 1
	%595 = add i32 1, %594
	%596 = add i32 %183, %595
	%597 = icmp slt i32 %596, %N
	%598 = select i1 %597, i32 %596, i32 0
	%599 = sitofp i32 %488 to float
	%600 = sitofp i32 %598 to float
	%601 = fcmp ole float %600, %599
	%602 = uitofp i1 %601 to float
	%603 = fcmp une float %602, 0.0
	%604 = and i1 %597, %603
	%605 = select i1 %604, float %427, float 0xFFF0000000000000
	%606 = shl i32 %6, 1
	%607 = add i32 8, %606
	%608 = add i32 %183, %607
	%609 = icmp slt i32 %608, %N
	%610 = select i1 %609, i32 %608, i32 0
	%611 = sitofp i32 %484 to float
	%612 = sitofp i32 %610 to float
	%613 = fcmp ole float %612, %611
	%614 = uitofp i1 %613 to float
	%615 = fcmp une float %614, 0.0
	%616 = and i1 %609, %615
	%617 = select i1 %616, float %429, float 0xFFF0000000000000
	%618 = shl i32 %6, 1
	%619 = add i32 9, %618
	%620 = add i32 %183, %619
	%621 = icmp slt i32 %620, %N
	%622 = select i1 %621, i32 %620, i32 0
	%623 = sitofp i32 %484 to float
	%624 = sitofp i32 %622 to float
	%625 = fcmp ole float %624, %623
	%626 = uitofp i1 %625 to float
	%627 = fcmp une float %626, 0.0
	%628 = and i1 %621, %627
	%629 = select i1 %628, float %430, float 0xFFF0000000000000
	%630 = shl i32 %6, 1
	%631 = add i32 8, %630
	%632 = add i32 %183, %631
	%633 = icmp slt i32 %632, %N
	%634 = select i1 %633, i32 %632, i32 0
	%635 = sitofp i32 %488 to float
	%636 = sitofp i32 %634 to float
	%637 = fcmp ole float %636, %635
	%638 = uitofp i1 %637 to float
	%639 = fcmp une float %638, 0.0
	%640 = and i1 %633, %639
	%641 = select i1 %640, float %431, float 0xFFF0000000000000
	%642 = shl i32 %6, 1
	%643 = add i32 9, %642
	%644 = add i32 %183, %643
	%645 = icmp slt i32 %644, %N
	%646 = select i1 %645, i32 %644, i32 0
	%647 = sitofp i32 %488 to float
	%648 = sitofp i32 %646 to float
	%649 = fcmp ole float %648, %647
	%650 = uitofp i1 %649 to float
	%651 = fcmp une float %650, 0.0
	%652 = and i1 %645, %651
	%653 = select i1 %652, float %432, float 0xFFF0000000000000
	%654 = shl i32 %6, 1
	%655 = add i32 16, %654
	%656 = add i32 %183, %655
	%657 = icmp slt i32 %656, %N
	%658 = select i1 %657, i32 %656, i32 0
	%659 = sitofp i32 %484 to float
	%660 = sitofp i32 %658 to float
	%661 = fcmp ole float %660, %659
	%662 = uitofp i1 %661 to float
	%663 = fcmp une float %662, 0.0
	%664 = and i1 %657, %663
	%665 = select i1 %664, float %440, float 0xFFF0000000000000
	%666 = shl i32 %6, 1
	%667 = add i32 17, %666
	%668 = add i32 %183, %667
	%669 = icmp slt i32 %668, %N
	%670 = select i1 %669, i32 %668, i32 0
	%671 = sitofp i32 %484 to float
	%672 = sitofp i32 %670 to float
	%673 = fcmp ole float %672, %671
	%674 = uitofp i1 %673 to float
	%675 = fcmp une float %674, 0.0
	%676 = and i1 %669, %675
	%677 = select i1 %676, float %441, float 0xFFF0000000000000
	%678 = shl i32 %6, 1
	%679 = add i32 16, %678
	%680 = add i32 %183, %679
	%681 = icmp slt i32 %680, %N
	%682 = select i1 %681, i32 %680, i32 0
	%683 = sitofp i32 %488 to float
	%684 = sitofp i32 %682 to float
	%685 = fcmp ole float %684, %683
	%686 = uitofp i1 %685 to float
	%687 = fcmp une float %686, 0.0
	%688 = and i1 %681, %687
	%689 = select i1 %688, float %442, float 0xFFF0000000000000
	%690 = shl i32 %6, 1
	%691 = add i32 17, %690
	%692 = add i32 %183, %691
	%693 = icmp slt i32 %692, %N
	%694 = select i1 %693, i32 %692, i32 0
	%695 = sitofp i32 %488 to float
	%696 = sitofp i32 %694 to float
	%697 = fcmp ole float %696, %695
	%698 = uitofp i1 %697 to float
	%699 = fcmp une float %698, 0.0
	%700 = and i1 %693, %699
	%701 = select i1 %700, float %443, float 0xFFF0000000000000
	%702 = shl i32 %6, 1
	%703 = add i32 24, %702
	%704 = add i32 %183, %703
	%705 = icmp slt i32 %704, %N
	%706 = select i1 %705, i32 %704, i32 0
	%707 = sitofp i32 %484 to float
	%708 = sitofp i32 %706 to float
	%709 = fcmp ole float %708, %707
	%710 = uitofp i1 %709 to float
	%711 = fcmp une float %710, 0.0
	%712 = and i1 %705, %711
	%713 = select i1 %712, float %445, float 0xFFF0000000000000
	%714 = shl i32 %6, 1
	%715 = add i32 25, %714
	%716 = add i32 %183, %715
	%717 = icmp slt i32 %716, %N
	%718 = select i1 %717, i32 %716, i32 0
	%719 = sitofp i32 %484 to float
	%720 = sitofp i32 %718 to float
	%721 = fcmp ole float %720, %719
	%722 = uitofp i1 %721 to float
	%723 = fcmp une float %722, 0.0
	%724 = and i1 %717, %723
	%725 = select i1 %724, float %446, float 0xFFF0000000000000
	%726 = shl i32 %6, 1
	%727 = add i32 24, %726
	%728 = add i32 %183, %727
	%729 = icmp slt i32 %728, %N
	%730 = select i1 %729, i32 %728, i32 0
	%731 = sitofp i32 %488 to float
	%732 = sitofp i32 %730 to float
	%733 = fcmp ole float %732, %731
	%734 = uitofp i1 %733 to float
	%735 = fcmp une float %734, 0.0
	%736 = and i1 %729, %735
	%737 = select i1 %736, float %447, float 0xFFF0000000000000
	%738 = shl i32 %6, 1
	%739 = add i32 25, %738
	%740 = add i32 %183, %739
	%741 = icmp slt i32 %740, %N
	%742 = select i1 %741, i32 %740, i32 0
	%743 = sitofp i32 %488 to float
	%744 = sitofp i32 %742 to float
	%745 = fcmp ole float %744, %743
	%746 = uitofp i1 %745 to float
	%747 = fcmp une float %746, 0.0
	%748 = and i1 %741, %747
	%749 = select i1 %748, float %448, float 0xFFF0000000000000
	%750 = shl i32 %6, 1
	%751 = add i32 32, %750
	%752 = add i32 %183, %751
	%753 = icmp slt i32 %752, %N
	%754 = select i1 %753, i32 %752, i32 0
	%755 = sitofp i32 %484 to float
	%756 = sitofp i32 %754 to float
	%757 = fcmp ole float %756, %755
	%758 = uitofp i1 %757 to float
	%759 = fcmp une float %758, 0.0
	%760 = and i1 %753, %759
	%761 = select i1 %760, float %456, float 0xFFF0000000000000
	%762 = shl i32 %6, 1
	%763 = add i32 33, %762
	%764 = add i32 %183, %763
	%765 = icmp slt i32 %764, %N
	%766 = select i1 %765, i32 %764, i32 0
	%767 = sitofp i32 %484 to float
	%768 = sitofp i32 %766 to float
	%769 = fcmp ole float %768, %767
	%770 = uitofp i1 %769 to float
	%771 = fcmp une float %770, 0.0
	%772 = and i1 %765, %771
	%773 = select i1 %772, float %457, float 0xFFF0000000000000
	%774 = shl i32 %6, 1
	%775 = add i32 32, %774
	%776 = add i32 %183, %775
	%777 = icmp slt i32 %776, %N
	%778 = select i1 %777, i32 %776, i32 0
	%779 = sitofp i32 %488 to float
	%780 = sitofp i32 %778 to float
	%781 = fcmp ole float %780, %779
	%782 = uitofp i1 %781 to float
	%783 = fcmp une float %782, 0.0
	%784 = and i1 %777, %783
	%785 = select i1 %784, float %458, float 0xFFF0000000000000
	%786 = shl i32 %6, 1
	%787 = add i32 33, %786
	%788 = add i32 %183, %787
	%789 = icmp slt i32 %788, %N
	%790 = select i1 %789, i32 %788, i32 0
	%791 = sitofp i32 %488 to float
	%792 = sitofp i32 %790 to float
	%793 = fcmp ole float %792, %791
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = and i1 %789, %795
	%797 = select i1 %796, float %459, float 0xFFF0000000000000
	%798 = shl i32 %6, 1
	%799 = add i32 40, %798
	%800 = add i32 %183, %799
	%801 = icmp slt i32 %800, %N
	%802 = select i1 %801, i32 %800, i32 0
	%803 = sitofp i32 %484 to float
	%804 = sitofp i32 %802 to float
	%805 = fcmp ole float %804, %803
	%806 = uitofp i1 %805 to float
	%807 = fcmp une float %806, 0.0
	%808 = and i1 %801, %807
	%809 = select i1 %808, float %461, float 0xFFF0000000000000
	%810 = shl i32 %6, 1
	%811 = add i32 41, %810
	%812 = add i32 %183, %811
	%813 = icmp slt i32 %812, %N
	%814 = select i1 %813, i32 %812, i32 0
	%815 = sitofp i32 %484 to float
	%816 = sitofp i32 %814 to float
	%817 = fcmp ole float %816, %815
	%818 = uitofp i1 %817 to float
	%819 = fcmp une float %818, 0.0
	%820 = and i1 %813, %819
	%821 = select i1 %820, float %462, float 0xFFF0000000000000
	%822 = shl i32 %6, 1
	%823 = add i32 40, %822
	%824 = add i32 %183, %823
	%825 = icmp slt i32 %824, %N
	%826 = select i1 %825, i32 %824, i32 0
	%827 = sitofp i32 %488 to float
	%828 = sitofp i32 %826 to float
	%829 = fcmp ole float %828, %827
	%830 = uitofp i1 %829 to float
	%831 = fcmp une float %830, 0.0
	%832 = and i1 %825, %831
	%833 = select i1 %832, float %463, float 0xFFF0000000000000
	%834 = shl i32 %6, 1
	%835 = add i32 41, %834
	%836 = add i32 %183, %835
	%837 = icmp slt i32 %836, %N
	%838 = select i1 %837, i32 %836, i32 0
	%839 = sitofp i32 %488 to float
	%840 = sitofp i32 %838 to float
	%841 = fcmp ole float %840, %839
	%842 = uitofp i1 %841 to float
	%843 = fcmp une float %842, 0.0
	%844 = and i1 %837, %843
	%845 = select i1 %844, float %464, float 0xFFF0000000000000
	%846 = shl i32 %6, 1
	%847 = add i32 48, %846
	%848 = add i32 %183, %847
	%849 = icmp slt i32 %848, %N
	%850 = select i1 %849, i32 %848, i32 0
	%851 = sitofp i32 %484 to float
	%852 = sitofp i32 %850 to float
	%853 = fcmp ole float %852, %851
	%854 = uitofp i1 %853 to float
	%855 = fcmp une float %854, 0.0
	%856 = and i1 %849, %855
	%857 = select i1 %856, float %472, float 0xFFF0000000000000
	%858 = shl i32 %6, 1
	%859 = add i32 49, %858
	%860 = add i32 %183, %859
	%861 = icmp slt i32 %860, %N
	%862 = select i1 %861, i32 %860, i32 0
	%863 = sitofp i32 %484 to float
	%864 = sitofp i32 %862 to float
	%865 = fcmp ole float %864, %863
	%866 = uitofp i1 %865 to float
	%867 = fcmp une float %866, 0.0
	%868 = and i1 %861, %867
	%869 = select i1 %868, float %473, float 0xFFF0000000000000
	%870 = shl i32 %6, 1
	%871 = add i32 48, %870
	%872 = add i32 %183, %871
	%873 = icmp slt i32 %872, %N
	%874 = select i1 %873, i32 %872, i32 0
	%875 = sitofp i32 %488 to float
	%876 = sitofp i32 %874 to float
	%877 = fcmp ole float %876, %875
	%878 = uitofp i1 %877 to float
	%879 = fcmp une float %878, 0.0
	%880 = and i1 %873, %879
	%881 = select i1 %880, float %474, float 0xFFF0000000000000
	%882 = shl i32 %6, 1
	%883 = add i32 49, %882
	%884 = add i32 %183, %883
	%885 = icmp slt i32 %884, %N
	%886 = select i1 %885, i32 %884, i32 0
	%887 = sitofp i32 %488 to float
	%888 = sitofp i32 %886 to float
	%889 = fcmp ole float %888, %887
	%890 = uitofp i1 %889 to float
	%891 = fcmp une float %890, 0.0
	%892 = and i1 %885, %891
	%893 = select i1 %892, float %475, float 0xFFF0000000000000
	%894 = shl i32 %6, 1
	%895 = add i32 56, %894
	%896 = add i32 %183, %895
	%897 = icmp slt i32 %896, %N
	%898 = select i1 %897, i32 %896, i32 0
	%899 = sitofp i32 %484 to float
	%900 = sitofp i32 %898 to float
	%901 = fcmp ole float %900, %899
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = and i1 %897, %903
	%905 = select i1 %904, float %477, float 0xFFF0000000000000
	%906 = shl i32 %6, 1
	%907 = add i32 57, %906
	%908 = add i32 %183, %907
	%909 = icmp slt i32 %908, %N
	%910 = select i1 %909, i32 %908, i32 0
	%911 = sitofp i32 %484 to float
	%912 = sitofp i32 %910 to float
	%913 = fcmp ole float %912, %911
	%914 = uitofp i1 %913 to float
	%915 = fcmp une float %914, 0.0
	%916 = and i1 %909, %915
	%917 = select i1 %916, float %478, float 0xFFF0000000000000
	%918 = shl i32 %6, 1
	%919 = add i32 56, %918
	%920 = add i32 %183, %919
	%921 = icmp slt i32 %920, %N
	%922 = select i1 %921, i32 %920, i32 0
	%923 = sitofp i32 %488 to float
	%924 = sitofp i32 %922 to float
	%925 = fcmp ole float %924, %923
	%926 = uitofp i1 %925 to float
	%927 = fcmp une float %926, 0.0
	%928 = and i1 %921, %927
	%929 = select i1 %928, float %479, float 0xFFF0000000000000
	%930 = shl i32 %6, 1
	%931 = add i32 57, %930
	%932 = add i32 %183, %931
	%933 = icmp slt i32 %932, %N
	%934 = select i1 %933, i32 %932, i32 0
	%935 = sitofp i32 %488 to float
	%936 = sitofp i32 %934 to float
	%937 = fcmp ole float %936, %935
	%938 = uitofp i1 %937 to float
	%939 = fcmp une float %938, 0.0
	%940 = and i1 %933, %939
	%941 = select i1 %940, float %480, float 0xFFF0000000000000
	br label %softmax

softmax:
	%942 = phi float [ %424, %loop ], [ %569, %partial ]
	%943 = phi float [ %425, %loop ], [ %581, %partial ]
	%944 = phi float [ %426, %loop ], [ %593, %partial ]
	%945 = phi float [ %427, %loop ], [ %605, %partial ]
	%946 = phi float [ %429, %loop ], [ %617, %partial ]
	%947 = phi float [ %430, %loop ], [ %629, %partial ]
	%948 = phi float [ %431, %loop ], [ %641, %partial ]
	%949 = phi float [ %432, %loop ], [ %653, %partial ]
	%950 = phi float [ %440, %loop ], [ %665, %partial ]
	%951 = phi float [ %441, %loop ], [ %677, %partial ]
	%952 = phi float [ %442, %loop ], [ %689, %partial ]
	%953 = phi float [ %443, %loop ], [ %701, %partial ]
	%954 = phi float [ %445, %loop ], [ %713, %partial ]
	%955 = phi float [ %446, %loop ], [ %725, %partial ]
	%956 = phi float [ %447, %loop ], [ %737, %partial ]
	%957 = phi float [ %448, %loop ], [ %749, %partial ]
	%958 = phi float [ %456, %loop ], [ %761, %partial ]
	%959 = phi float [ %457, %loop ], [ %773, %partial ]
	%960 = phi float [ %458, %loop ], [ %785, %partial ]
	%961 = phi float [ %459, %loop ], [ %797, %partial ]
	%962 = phi float [ %461, %loop ], [ %809, %partial ]
	%963 = phi float [ %462, %loop ], [ %821, %partial ]
	%964 = phi float [ %463, %loop ], [ %833, %partial ]
	%965 = phi float [ %464, %loop ], [ %845, %partial ]
	%966 = phi float [ %472, %loop ], [ %857, %partial ]
	%967 = phi float [ %473, %loop ], [ %869, %partial ]
	%968 = phi float [ %474, %loop ], [ %881, %partial ]
	%969 = phi float [ %475, %loop ], [ %893, %partial ]
	%970 = phi float [ %477, %loop ], [ %905, %partial ]
	%971 = phi float [ %478, %loop ], [ %917, %partial ]
	%972 = phi float [ %479, %loop ], [ %929, %partial ]
	%973 = phi float [ %480, %loop ], [ %941, %partial ]
	%974 = call float @llvm.nvvm.fmax.f(float %942, float %943)
	%975 = call float @llvm.nvvm.fmax.f(float %946, float %947)
	%976 = call float @llvm.nvvm.fmax.f(float %950, float %951)
	%977 = call float @llvm.nvvm.fmax.f(float %954, float %955)
	%978 = call float @llvm.nvvm.fmax.f(float %958, float %959)
	%979 = call float @llvm.nvvm.fmax.f(float %962, float %963)
	%980 = call float @llvm.nvvm.fmax.f(float %966, float %967)
	%981 = call float @llvm.nvvm.fmax.f(float %970, float %971)
	%982 = call float @llvm.nvvm.fmax.f(float %974, float %975)
	%983 = call float @llvm.nvvm.fmax.f(float %976, float %977)
	%984 = call float @llvm.nvvm.fmax.f(float %978, float %979)
	%985 = call float @llvm.nvvm.fmax.f(float %980, float %981)
	%986 = call float @llvm.nvvm.fmax.f(float %982, float %983)
	%987 = call float @llvm.nvvm.fmax.f(float %984, float %985)
	%988 = call float @llvm.nvvm.fmax.f(float %986, float %987)
	%989 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %988, i32 1, i32 31)
	%990 = call float @llvm.nvvm.fmax.f(float %988, float %989)
	%991 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %990, i32 2, i32 31)
	%992 = call float @llvm.nvvm.fmax.f(float %990, float %991)
	%993 = fmul float %992, 0x3FC7154760000000
	%994 = call float @llvm.nvvm.fmax.f(float %179, float %993)
	%995 = fadd float %179, 8.0
	%996 = fcmp ogt float %994, %995
	%997 = or i1 false, %996
	%998 = call float @llvm.nvvm.fmax.f(float %944, float %945)
	%999 = call float @llvm.nvvm.fmax.f(float %948, float %949)
	%1000 = call float @llvm.nvvm.fmax.f(float %952, float %953)
	%1001 = call float @llvm.nvvm.fmax.f(float %956, float %957)
	%1002 = call float @llvm.nvvm.fmax.f(float %960, float %961)
	%1003 = call float @llvm.nvvm.fmax.f(float %964, float %965)
	%1004 = call float @llvm.nvvm.fmax.f(float %968, float %969)
	%1005 = call float @llvm.nvvm.fmax.f(float %972, float %973)
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
	%1018 = call float @llvm.nvvm.fmax.f(float %181, float %1017)
	%1019 = fadd float %181, 8.0
	%1020 = fcmp ogt float %1018, %1019
	%1021 = or i1 %997, %1020
	%1022 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1021)
	br i1 %1022, label %1023, label %1066

1023:
	%1024 = fcmp oeq float %994, 0xFFF0000000000000
	%1025 = select i1 %1024, float 0.0, float %994
	%1026 = fsub float %179, %1025
	%1027 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1026)
	%1028 = fcmp oeq float %1018, 0xFFF0000000000000
	%1029 = select i1 %1028, float 0.0, float %1018
	%1030 = fsub float %181, %1029
	%1031 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1030)
	%1032 = fmul float %147, %1027
	%1033 = fmul float %148, %1027
	%1034 = fmul float %149, %1031
	%1035 = fmul float %150, %1031
	%1036 = fmul float %151, %1027
	%1037 = fmul float %152, %1027
	%1038 = fmul float %153, %1031
	%1039 = fmul float %154, %1031
	%1040 = fmul float %155, %1027
	%1041 = fmul float %156, %1027
	%1042 = fmul float %157, %1031
	%1043 = fmul float %158, %1031
	%1044 = fmul float %159, %1027
	%1045 = fmul float %160, %1027
	%1046 = fmul float %161, %1031
	%1047 = fmul float %162, %1031
	%1048 = fmul float %163, %1027
	%1049 = fmul float %164, %1027
	%1050 = fmul float %165, %1031
	%1051 = fmul float %166, %1031
	%1052 = fmul float %167, %1027
	%1053 = fmul float %168, %1027
	%1054 = fmul float %169, %1031
	%1055 = fmul float %170, %1031
	%1056 = fmul float %171, %1027
	%1057 = fmul float %172, %1027
	%1058 = fmul float %173, %1031
	%1059 = fmul float %174, %1031
	%1060 = fmul float %175, %1027
	%1061 = fmul float %176, %1027
	%1062 = fmul float %177, %1031
	%1063 = fmul float %178, %1031
	%1064 = fmul float %180, %1027
	%1065 = fmul float %182, %1031
	br label %1066

1066:
	%1067 = phi float [ %147, %softmax ], [ %1032, %1023 ]
	%1068 = phi float [ %148, %softmax ], [ %1033, %1023 ]
	%1069 = phi float [ %149, %softmax ], [ %1034, %1023 ]
	%1070 = phi float [ %150, %softmax ], [ %1035, %1023 ]
	%1071 = phi float [ %151, %softmax ], [ %1036, %1023 ]
	%1072 = phi float [ %152, %softmax ], [ %1037, %1023 ]
	%1073 = phi float [ %153, %softmax ], [ %1038, %1023 ]
	%1074 = phi float [ %154, %softmax ], [ %1039, %1023 ]
	%1075 = phi float [ %155, %softmax ], [ %1040, %1023 ]
	%1076 = phi float [ %156, %softmax ], [ %1041, %1023 ]
	%1077 = phi float [ %157, %softmax ], [ %1042, %1023 ]
	%1078 = phi float [ %158, %softmax ], [ %1043, %1023 ]
	%1079 = phi float [ %159, %softmax ], [ %1044, %1023 ]
	%1080 = phi float [ %160, %softmax ], [ %1045, %1023 ]
	%1081 = phi float [ %161, %softmax ], [ %1046, %1023 ]
	%1082 = phi float [ %162, %softmax ], [ %1047, %1023 ]
	%1083 = phi float [ %163, %softmax ], [ %1048, %1023 ]
	%1084 = phi float [ %164, %softmax ], [ %1049, %1023 ]
	%1085 = phi float [ %165, %softmax ], [ %1050, %1023 ]
	%1086 = phi float [ %166, %softmax ], [ %1051, %1023 ]
	%1087 = phi float [ %167, %softmax ], [ %1052, %1023 ]
	%1088 = phi float [ %168, %softmax ], [ %1053, %1023 ]
	%1089 = phi float [ %169, %softmax ], [ %1054, %1023 ]
	%1090 = phi float [ %170, %softmax ], [ %1055, %1023 ]
	%1091 = phi float [ %171, %softmax ], [ %1056, %1023 ]
	%1092 = phi float [ %172, %softmax ], [ %1057, %1023 ]
	%1093 = phi float [ %173, %softmax ], [ %1058, %1023 ]
	%1094 = phi float [ %174, %softmax ], [ %1059, %1023 ]
	%1095 = phi float [ %175, %softmax ], [ %1060, %1023 ]
	%1096 = phi float [ %176, %softmax ], [ %1061, %1023 ]
	%1097 = phi float [ %177, %softmax ], [ %1062, %1023 ]
	%1098 = phi float [ %178, %softmax ], [ %1063, %1023 ]
	%1099 = phi float [ %180, %softmax ], [ %1064, %1023 ]
	%1100 = phi float [ %182, %softmax ], [ %1065, %1023 ]
	%1101 = select i1 %1022, float %994, float %179
	%1102 = fcmp oeq float %1101, 0xFFF0000000000000
	%1103 = select i1 %1102, float 0.0, float %1101
	%1104 = fneg float %1103
	%1105 = call float @llvm.fma.f32(float %942, float 0x3FC7154760000000, float %1104)
	%1106 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1105)
	%1107 = call float @llvm.fma.f32(float %943, float 0x3FC7154760000000, float %1104)
	%1108 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1107)
	%1109 = call float @llvm.fma.f32(float %946, float 0x3FC7154760000000, float %1104)
	%1110 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1109)
	%1111 = call float @llvm.fma.f32(float %947, float 0x3FC7154760000000, float %1104)
	%1112 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1111)
	%1113 = call float @llvm.fma.f32(float %950, float 0x3FC7154760000000, float %1104)
	%1114 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1113)
	%1115 = call float @llvm.fma.f32(float %951, float 0x3FC7154760000000, float %1104)
	%1116 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1115)
	%1117 = call float @llvm.fma.f32(float %954, float 0x3FC7154760000000, float %1104)
	%1118 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1117)
	%1119 = call float @llvm.fma.f32(float %955, float 0x3FC7154760000000, float %1104)
	%1120 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1119)
	%1121 = call float @llvm.fma.f32(float %958, float 0x3FC7154760000000, float %1104)
	%1122 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1121)
	%1123 = call float @llvm.fma.f32(float %959, float 0x3FC7154760000000, float %1104)
	%1124 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1123)
	%1125 = call float @llvm.fma.f32(float %962, float 0x3FC7154760000000, float %1104)
	%1126 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1125)
	%1127 = call float @llvm.fma.f32(float %963, float 0x3FC7154760000000, float %1104)
	%1128 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1127)
	%1129 = call float @llvm.fma.f32(float %966, float 0x3FC7154760000000, float %1104)
	%1130 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1129)
	%1131 = call float @llvm.fma.f32(float %967, float 0x3FC7154760000000, float %1104)
	%1132 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1131)
	%1133 = call float @llvm.fma.f32(float %970, float 0x3FC7154760000000, float %1104)
	%1134 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1133)
	%1135 = call float @llvm.fma.f32(float %971, float 0x3FC7154760000000, float %1104)
	%1136 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1135)
	%1137 = fadd float %1106, %1108
	%1138 = fadd float %1110, %1112
	%1139 = fadd float %1114, %1116
	%1140 = fadd float %1118, %1120
	%1141 = fadd float %1122, %1124
	%1142 = fadd float %1126, %1128
	%1143 = fadd float %1130, %1132
	%1144 = fadd float %1134, %1136
	%1145 = fadd float %1137, %1138
	%1146 = fadd float %1139, %1140
	%1147 = fadd float %1141, %1142
	%1148 = fadd float %1143, %1144
	%1149 = fadd float %1145, %1146
	%1150 = fadd float %1147, %1148
	%1151 = fadd float %1149, %1150
	%1152 = fadd float %1099, %1151
	%1153 = select i1 %1022, float %1018, float %181
	%1154 = fcmp oeq float %1153, 0xFFF0000000000000
	%1155 = select i1 %1154, float 0.0, float %1153
	%1156 = fneg float %1155
	%1157 = call float @llvm.fma.f32(float %944, float 0x3FC7154760000000, float %1156)
	%1158 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1157)
	%1159 = call float @llvm.fma.f32(float %945, float 0x3FC7154760000000, float %1156)
	%1160 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1159)
	%1161 = call float @llvm.fma.f32(float %948, float 0x3FC7154760000000, float %1156)
	%1162 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1161)
	%1163 = call float @llvm.fma.f32(float %949, float 0x3FC7154760000000, float %1156)
	%1164 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1163)
	%1165 = call float @llvm.fma.f32(float %952, float 0x3FC7154760000000, float %1156)
	%1166 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1165)
	%1167 = call float @llvm.fma.f32(float %953, float 0x3FC7154760000000, float %1156)
	%1168 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1167)
	%1169 = call float @llvm.fma.f32(float %956, float 0x3FC7154760000000, float %1156)
	%1170 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1169)
	%1171 = call float @llvm.fma.f32(float %957, float 0x3FC7154760000000, float %1156)
	%1172 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1171)
	%1173 = call float @llvm.fma.f32(float %960, float 0x3FC7154760000000, float %1156)
	%1174 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1173)
	%1175 = call float @llvm.fma.f32(float %961, float 0x3FC7154760000000, float %1156)
	%1176 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1175)
	%1177 = call float @llvm.fma.f32(float %964, float 0x3FC7154760000000, float %1156)
	%1178 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1177)
	%1179 = call float @llvm.fma.f32(float %965, float 0x3FC7154760000000, float %1156)
	%1180 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1179)
	%1181 = call float @llvm.fma.f32(float %968, float 0x3FC7154760000000, float %1156)
	%1182 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1181)
	%1183 = call float @llvm.fma.f32(float %969, float 0x3FC7154760000000, float %1156)
	%1184 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1183)
	%1185 = call float @llvm.fma.f32(float %972, float 0x3FC7154760000000, float %1156)
	%1186 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1185)
	%1187 = call float @llvm.fma.f32(float %973, float 0x3FC7154760000000, float %1156)
	%1188 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1187)
	%1189 = fadd float %1158, %1160
	%1190 = fadd float %1162, %1164
	%1191 = fadd float %1166, %1168
	%1192 = fadd float %1170, %1172
	%1193 = fadd float %1174, %1176
	%1194 = fadd float %1178, %1180
	%1195 = fadd float %1182, %1184
	%1196 = fadd float %1186, %1188
	%1197 = fadd float %1189, %1190
	%1198 = fadd float %1191, %1192
	%1199 = fadd float %1193, %1194
	%1200 = fadd float %1195, %1196
	%1201 = fadd float %1197, %1198
	%1202 = fadd float %1199, %1200
	%1203 = fadd float %1201, %1202
	%1204 = fadd float %1100, %1203
	%1205 = add i32 %145, 1
	%1206 = icmp slt i32 %1205, %NK
	%1207 = select i1 %1206, i32 %1205, i32 0
	%1208 = add i32 %29, %1207
	%1209 = sext i32 %1208 to i64
	%1210 = getelementptr i32, i32* %list, i64 %1209
	%1211 = load i32, i32* %1210
	%1212 = select i1 %1206, i32 %1211, i32 -1
	%1213 = icmp sge i32 %1212, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1213, label %prefetch, label %pv

prefetch:
	%1214 = mul i32 %1212, 64
	%1215 = lshr i32 %2, 3
	%1216 = and i32 %2, 7
	%1217 = and i32 %1215, 7
	%1218 = xor i32 %1216, %1217
	%1219 = mul i32 %1215, 8
	%1220 = add i32 %1219, %1218
	%1221 = shl i32 %1220, 4
	%1222 = add i32 %0, %1221
	%1223 = add i32 %1214, %1215
	%1224 = mul i32 %1223, 64
	%1225 = mul i32 %1216, 8
	%1226 = add i32 %1224, %1225
	%1227 = sext i32 %1226 to i64
	%1228 = getelementptr i16, i16* %20, i64 %1227
	%1229 = add i32 %1223, 0
	%1230 = icmp slt i32 %1229, %N
	%1231 = getelementptr i16, i16* %1228, i64 0
	%1232 = select i1 %1230, i16* %1231, i16* %20
	%1233 = add i32 %1222, 0
	%1234 = select i1 %1230, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1233, i16* %1232, i32 %1234)
	%1235 = add i32 %1223, 32
	%1236 = icmp slt i32 %1235, %N
	%1237 = getelementptr i16, i16* %1228, i64 2048
	%1238 = select i1 %1236, i16* %1237, i16* %20
	%1239 = add i32 %1222, u0x1000
	%1240 = select i1 %1236, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1239, i16* %1238, i32 %1240)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1241 = and i32 %4, 7
	%1242 = lshr i32 %4, 3
	%1243 = and i32 %1242, 1
	%1244 = shl i32 %1243, 3
	%1245 = add i32 %1241, %1244
	%1246 = mul i32 %1245, 128
	%1247 = add i32 %1, %1246
	%1248 = and i32 %4, 7
	%1249 = xor i32 %84, %1248
	%1250 = shl i32 %1249, 4
	%1251 = add i32 %1247, %1250
	%1252 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1108, float %1106)
	%1253 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1160, float %1158)
	%1254 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1112, float %1110)
	%1255 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1164, float %1162)
	%1256 = xor i32 %1251, 0
	%1257 = add i32 %1256, 0
	%1258 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1257)
	%1259 = extractvalue { i32, i32, i32, i32 } %1258, 0
	%1260 = extractvalue { i32, i32, i32, i32 } %1258, 1
	%1261 = extractvalue { i32, i32, i32, i32 } %1258, 2
	%1262 = extractvalue { i32, i32, i32, i32 } %1258, 3
	%1263 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1252, i32 %1253, i32 %1254, i32 %1255, i32 %1259, i32 %1260, float %1067, float %1068, float %1069, float %1070)
	%1264 = extractvalue { float, float, float, float } %1263, 0
	%1265 = extractvalue { float, float, float, float } %1263, 1
	%1266 = extractvalue { float, float, float, float } %1263, 2
	%1267 = extractvalue { float, float, float, float } %1263, 3
	%1268 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1252, i32 %1253, i32 %1254, i32 %1255, i32 %1261, i32 %1262, float %1071, float %1072, float %1073, float %1074)
	%1269 = extractvalue { float, float, float, float } %1268, 0
	%1270 = extractvalue { float, float, float, float } %1268, 1
	%1271 = extractvalue { float, float, float, float } %1268, 2
	%1272 = extractvalue { float, float, float, float } %1268, 3
	%1273 = xor i32 %1251, 32
	%1274 = add i32 %1273, 0
	%1275 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1274)
	%1276 = extractvalue { i32, i32, i32, i32 } %1275, 0
	%1277 = extractvalue { i32, i32, i32, i32 } %1275, 1
	%1278 = extractvalue { i32, i32, i32, i32 } %1275, 2
	%1279 = extractvalue { i32, i32, i32, i32 } %1275, 3
	%1280 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1252, i32 %1253, i32 %1254, i32 %1255, i32 %1276, i32 %1277, float %1075, float %1076, float %1077, float %1078)
	%1281 = extractvalue { float, float, float, float } %1280, 0
	%1282 = extractvalue { float, float, float, float } %1280, 1
	%1283 = extractvalue { float, float, float, float } %1280, 2
	%1284 = extractvalue { float, float, float, float } %1280, 3
	%1285 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1252, i32 %1253, i32 %1254, i32 %1255, i32 %1278, i32 %1279, float %1079, float %1080, float %1081, float %1082)
	%1286 = extractvalue { float, float, float, float } %1285, 0
	%1287 = extractvalue { float, float, float, float } %1285, 1
	%1288 = extractvalue { float, float, float, float } %1285, 2
	%1289 = extractvalue { float, float, float, float } %1285, 3
	%1290 = xor i32 %1251, 64
	%1291 = add i32 %1290, 0
	%1292 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1291)
	%1293 = extractvalue { i32, i32, i32, i32 } %1292, 0
	%1294 = extractvalue { i32, i32, i32, i32 } %1292, 1
	%1295 = extractvalue { i32, i32, i32, i32 } %1292, 2
	%1296 = extractvalue { i32, i32, i32, i32 } %1292, 3
	%1297 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1252, i32 %1253, i32 %1254, i32 %1255, i32 %1293, i32 %1294, float %1083, float %1084, float %1085, float %1086)
	%1298 = extractvalue { float, float, float, float } %1297, 0
	%1299 = extractvalue { float, float, float, float } %1297, 1
	%1300 = extractvalue { float, float, float, float } %1297, 2
	%1301 = extractvalue { float, float, float, float } %1297, 3
	%1302 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1252, i32 %1253, i32 %1254, i32 %1255, i32 %1295, i32 %1296, float %1087, float %1088, float %1089, float %1090)
	%1303 = extractvalue { float, float, float, float } %1302, 0
	%1304 = extractvalue { float, float, float, float } %1302, 1
	%1305 = extractvalue { float, float, float, float } %1302, 2
	%1306 = extractvalue { float, float, float, float } %1302, 3
	%1307 = xor i32 %1251, 96
	%1308 = add i32 %1307, 0
	%1309 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1308)
	%1310 = extractvalue { i32, i32, i32, i32 } %1309, 0
	%1311 = extractvalue { i32, i32, i32, i32 } %1309, 1
	%1312 = extractvalue { i32, i32, i32, i32 } %1309, 2
	%1313 = extractvalue { i32, i32, i32, i32 } %1309, 3
	%1314 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1252, i32 %1253, i32 %1254, i32 %1255, i32 %1310, i32 %1311, float %1091, float %1092, float %1093, float %1094)
	%1315 = extractvalue { float, float, float, float } %1314, 0
	%1316 = extractvalue { float, float, float, float } %1314, 1
	%1317 = extractvalue { float, float, float, float } %1314, 2
	%1318 = extractvalue { float, float, float, float } %1314, 3
	%1319 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1252, i32 %1253, i32 %1254, i32 %1255, i32 %1312, i32 %1313, float %1095, float %1096, float %1097, float %1098)
	%1320 = extractvalue { float, float, float, float } %1319, 0
	%1321 = extractvalue { float, float, float, float } %1319, 1
	%1322 = extractvalue { float, float, float, float } %1319, 2
	%1323 = extractvalue { float, float, float, float } %1319, 3
	%1324 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1116, float %1114)
	%1325 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1168, float %1166)
	%1326 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1120, float %1118)
	%1327 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1172, float %1170)
	%1328 = xor i32 %1251, 0
	%1329 = add i32 %1328, 2048
	%1330 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1329)
	%1331 = extractvalue { i32, i32, i32, i32 } %1330, 0
	%1332 = extractvalue { i32, i32, i32, i32 } %1330, 1
	%1333 = extractvalue { i32, i32, i32, i32 } %1330, 2
	%1334 = extractvalue { i32, i32, i32, i32 } %1330, 3
	%1335 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1324, i32 %1325, i32 %1326, i32 %1327, i32 %1331, i32 %1332, float %1264, float %1265, float %1266, float %1267)
	%1336 = extractvalue { float, float, float, float } %1335, 0
	%1337 = extractvalue { float, float, float, float } %1335, 1
	%1338 = extractvalue { float, float, float, float } %1335, 2
	%1339 = extractvalue { float, float, float, float } %1335, 3
	%1340 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1324, i32 %1325, i32 %1326, i32 %1327, i32 %1333, i32 %1334, float %1269, float %1270, float %1271, float %1272)
	%1341 = extractvalue { float, float, float, float } %1340, 0
	%1342 = extractvalue { float, float, float, float } %1340, 1
	%1343 = extractvalue { float, float, float, float } %1340, 2
	%1344 = extractvalue { float, float, float, float } %1340, 3
	%1345 = xor i32 %1251, 32
	%1346 = add i32 %1345, 2048
	%1347 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1346)
	%1348 = extractvalue { i32, i32, i32, i32 } %1347, 0
	%1349 = extractvalue { i32, i32, i32, i32 } %1347, 1
	%1350 = extractvalue { i32, i32, i32, i32 } %1347, 2
	%1351 = extractvalue { i32, i32, i32, i32 } %1347, 3
	%1352 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1324, i32 %1325, i32 %1326, i32 %1327, i32 %1348, i32 %1349, float %1281, float %1282, float %1283, float %1284)
	%1353 = extractvalue { float, float, float, float } %1352, 0
	%1354 = extractvalue { float, float, float, float } %1352, 1
	%1355 = extractvalue { float, float, float, float } %1352, 2
	%1356 = extractvalue { float, float, float, float } %1352, 3
	%1357 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1324, i32 %1325, i32 %1326, i32 %1327, i32 %1350, i32 %1351, float %1286, float %1287, float %1288, float %1289)
	%1358 = extractvalue { float, float, float, float } %1357, 0
	%1359 = extractvalue { float, float, float, float } %1357, 1
	%1360 = extractvalue { float, float, float, float } %1357, 2
	%1361 = extractvalue { float, float, float, float } %1357, 3
	%1362 = xor i32 %1251, 64
	%1363 = add i32 %1362, 2048
	%1364 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1363)
	%1365 = extractvalue { i32, i32, i32, i32 } %1364, 0
	%1366 = extractvalue { i32, i32, i32, i32 } %1364, 1
	%1367 = extractvalue { i32, i32, i32, i32 } %1364, 2
	%1368 = extractvalue { i32, i32, i32, i32 } %1364, 3
	%1369 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1324, i32 %1325, i32 %1326, i32 %1327, i32 %1365, i32 %1366, float %1298, float %1299, float %1300, float %1301)
	%1370 = extractvalue { float, float, float, float } %1369, 0
	%1371 = extractvalue { float, float, float, float } %1369, 1
	%1372 = extractvalue { float, float, float, float } %1369, 2
	%1373 = extractvalue { float, float, float, float } %1369, 3
	%1374 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1324, i32 %1325, i32 %1326, i32 %1327, i32 %1367, i32 %1368, float %1303, float %1304, float %1305, float %1306)
	%1375 = extractvalue { float, float, float, float } %1374, 0
	%1376 = extractvalue { float, float, float, float } %1374, 1
	%1377 = extractvalue { float, float, float, float } %1374, 2
	%1378 = extractvalue { float, float, float, float } %1374, 3
	%1379 = xor i32 %1251, 96
	%1380 = add i32 %1379, 2048
	%1381 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1380)
	%1382 = extractvalue { i32, i32, i32, i32 } %1381, 0
	%1383 = extractvalue { i32, i32, i32, i32 } %1381, 1
	%1384 = extractvalue { i32, i32, i32, i32 } %1381, 2
	%1385 = extractvalue { i32, i32, i32, i32 } %1381, 3
	%1386 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1324, i32 %1325, i32 %1326, i32 %1327, i32 %1382, i32 %1383, float %1315, float %1316, float %1317, float %1318)
	%1387 = extractvalue { float, float, float, float } %1386, 0
	%1388 = extractvalue { float, float, float, float } %1386, 1
	%1389 = extractvalue { float, float, float, float } %1386, 2
	%1390 = extractvalue { float, float, float, float } %1386, 3
	%1391 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1324, i32 %1325, i32 %1326, i32 %1327, i32 %1384, i32 %1385, float %1320, float %1321, float %1322, float %1323)
	%1392 = extractvalue { float, float, float, float } %1391, 0
	%1393 = extractvalue { float, float, float, float } %1391, 1
	%1394 = extractvalue { float, float, float, float } %1391, 2
	%1395 = extractvalue { float, float, float, float } %1391, 3
	%1396 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1124, float %1122)
	%1397 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1176, float %1174)
	%1398 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1128, float %1126)
	%1399 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1180, float %1178)
	%1400 = xor i32 %1251, 0
	%1401 = add i32 %1400, u0x1000
	%1402 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1401)
	%1403 = extractvalue { i32, i32, i32, i32 } %1402, 0
	%1404 = extractvalue { i32, i32, i32, i32 } %1402, 1
	%1405 = extractvalue { i32, i32, i32, i32 } %1402, 2
	%1406 = extractvalue { i32, i32, i32, i32 } %1402, 3
	%1407 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1396, i32 %1397, i32 %1398, i32 %1399, i32 %1403, i32 %1404, float %1336, float %1337, float %1338, float %1339)
	%1408 = extractvalue { float, float, float, float } %1407, 0
	%1409 = extractvalue { float, float, float, float } %1407, 1
	%1410 = extractvalue { float, float, float, float } %1407, 2
	%1411 = extractvalue { float, float, float, float } %1407, 3
	%1412 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1396, i32 %1397, i32 %1398, i32 %1399, i32 %1405, i32 %1406, float %1341, float %1342, float %1343, float %1344)
	%1413 = extractvalue { float, float, float, float } %1412, 0
	%1414 = extractvalue { float, float, float, float } %1412, 1
	%1415 = extractvalue { float, float, float, float } %1412, 2
	%1416 = extractvalue { float, float, float, float } %1412, 3
	%1417 = xor i32 %1251, 32
	%1418 = add i32 %1417, u0x1000
	%1419 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1418)
	%1420 = extractvalue { i32, i32, i32, i32 } %1419, 0
	%1421 = extractvalue { i32, i32, i32, i32 } %1419, 1
	%1422 = extractvalue { i32, i32, i32, i32 } %1419, 2
	%1423 = extractvalue { i32, i32, i32, i32 } %1419, 3
	%1424 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1396, i32 %1397, i32 %1398, i32 %1399, i32 %1420, i32 %1421, float %1353, float %1354, float %1355, float %1356)
	%1425 = extractvalue { float, float, float, float } %1424, 0
	%1426 = extractvalue { float, float, float, float } %1424, 1
	%1427 = extractvalue { float, float, float, float } %1424, 2
	%1428 = extractvalue { float, float, float, float } %1424, 3
	%1429 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1396, i32 %1397, i32 %1398, i32 %1399, i32 %1422, i32 %1423, float %1358, float %1359, float %1360, float %1361)
	%1430 = extractvalue { float, float, float, float } %1429, 0
	%1431 = extractvalue { float, float, float, float } %1429, 1
	%1432 = extractvalue { float, float, float, float } %1429, 2
	%1433 = extractvalue { float, float, float, float } %1429, 3
	%1434 = xor i32 %1251, 64
	%1435 = add i32 %1434, u0x1000
	%1436 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1435)
	%1437 = extractvalue { i32, i32, i32, i32 } %1436, 0
	%1438 = extractvalue { i32, i32, i32, i32 } %1436, 1
	%1439 = extractvalue { i32, i32, i32, i32 } %1436, 2
	%1440 = extractvalue { i32, i32, i32, i32 } %1436, 3
	%1441 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1396, i32 %1397, i32 %1398, i32 %1399, i32 %1437, i32 %1438, float %1370, float %1371, float %1372, float %1373)
	%1442 = extractvalue { float, float, float, float } %1441, 0
	%1443 = extractvalue { float, float, float, float } %1441, 1
	%1444 = extractvalue { float, float, float, float } %1441, 2
	%1445 = extractvalue { float, float, float, float } %1441, 3
	%1446 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1396, i32 %1397, i32 %1398, i32 %1399, i32 %1439, i32 %1440, float %1375, float %1376, float %1377, float %1378)
	%1447 = extractvalue { float, float, float, float } %1446, 0
	%1448 = extractvalue { float, float, float, float } %1446, 1
	%1449 = extractvalue { float, float, float, float } %1446, 2
	%1450 = extractvalue { float, float, float, float } %1446, 3
	%1451 = xor i32 %1251, 96
	%1452 = add i32 %1451, u0x1000
	%1453 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1452)
	%1454 = extractvalue { i32, i32, i32, i32 } %1453, 0
	%1455 = extractvalue { i32, i32, i32, i32 } %1453, 1
	%1456 = extractvalue { i32, i32, i32, i32 } %1453, 2
	%1457 = extractvalue { i32, i32, i32, i32 } %1453, 3
	%1458 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1396, i32 %1397, i32 %1398, i32 %1399, i32 %1454, i32 %1455, float %1387, float %1388, float %1389, float %1390)
	%1459 = extractvalue { float, float, float, float } %1458, 0
	%1460 = extractvalue { float, float, float, float } %1458, 1
	%1461 = extractvalue { float, float, float, float } %1458, 2
	%1462 = extractvalue { float, float, float, float } %1458, 3
	%1463 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1396, i32 %1397, i32 %1398, i32 %1399, i32 %1456, i32 %1457, float %1392, float %1393, float %1394, float %1395)
	%1464 = extractvalue { float, float, float, float } %1463, 0
	%1465 = extractvalue { float, float, float, float } %1463, 1
	%1466 = extractvalue { float, float, float, float } %1463, 2
	%1467 = extractvalue { float, float, float, float } %1463, 3
	%1468 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1132, float %1130)
	%1469 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1184, float %1182)
	%1470 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1136, float %1134)
	%1471 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1188, float %1186)
	%1472 = xor i32 %1251, 0
	%1473 = add i32 %1472, 6144
	%1474 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1473)
	%1475 = extractvalue { i32, i32, i32, i32 } %1474, 0
	%1476 = extractvalue { i32, i32, i32, i32 } %1474, 1
	%1477 = extractvalue { i32, i32, i32, i32 } %1474, 2
	%1478 = extractvalue { i32, i32, i32, i32 } %1474, 3
	%1479 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1468, i32 %1469, i32 %1470, i32 %1471, i32 %1475, i32 %1476, float %1408, float %1409, float %1410, float %1411)
	%1480 = extractvalue { float, float, float, float } %1479, 0
	%1481 = extractvalue { float, float, float, float } %1479, 1
	%1482 = extractvalue { float, float, float, float } %1479, 2
	%1483 = extractvalue { float, float, float, float } %1479, 3
	%1484 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1468, i32 %1469, i32 %1470, i32 %1471, i32 %1477, i32 %1478, float %1413, float %1414, float %1415, float %1416)
	%1485 = extractvalue { float, float, float, float } %1484, 0
	%1486 = extractvalue { float, float, float, float } %1484, 1
	%1487 = extractvalue { float, float, float, float } %1484, 2
	%1488 = extractvalue { float, float, float, float } %1484, 3
	%1489 = xor i32 %1251, 32
	%1490 = add i32 %1489, 6144
	%1491 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1490)
	%1492 = extractvalue { i32, i32, i32, i32 } %1491, 0
	%1493 = extractvalue { i32, i32, i32, i32 } %1491, 1
	%1494 = extractvalue { i32, i32, i32, i32 } %1491, 2
	%1495 = extractvalue { i32, i32, i32, i32 } %1491, 3
	%1496 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1468, i32 %1469, i32 %1470, i32 %1471, i32 %1492, i32 %1493, float %1425, float %1426, float %1427, float %1428)
	%1497 = extractvalue { float, float, float, float } %1496, 0
	%1498 = extractvalue { float, float, float, float } %1496, 1
	%1499 = extractvalue { float, float, float, float } %1496, 2
	%1500 = extractvalue { float, float, float, float } %1496, 3
	%1501 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1468, i32 %1469, i32 %1470, i32 %1471, i32 %1494, i32 %1495, float %1430, float %1431, float %1432, float %1433)
	%1502 = extractvalue { float, float, float, float } %1501, 0
	%1503 = extractvalue { float, float, float, float } %1501, 1
	%1504 = extractvalue { float, float, float, float } %1501, 2
	%1505 = extractvalue { float, float, float, float } %1501, 3
	%1506 = xor i32 %1251, 64
	%1507 = add i32 %1506, 6144
	%1508 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1507)
	%1509 = extractvalue { i32, i32, i32, i32 } %1508, 0
	%1510 = extractvalue { i32, i32, i32, i32 } %1508, 1
	%1511 = extractvalue { i32, i32, i32, i32 } %1508, 2
	%1512 = extractvalue { i32, i32, i32, i32 } %1508, 3
	%1513 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1468, i32 %1469, i32 %1470, i32 %1471, i32 %1509, i32 %1510, float %1442, float %1443, float %1444, float %1445)
	%1514 = extractvalue { float, float, float, float } %1513, 0
	%1515 = extractvalue { float, float, float, float } %1513, 1
	%1516 = extractvalue { float, float, float, float } %1513, 2
	%1517 = extractvalue { float, float, float, float } %1513, 3
	%1518 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1468, i32 %1469, i32 %1470, i32 %1471, i32 %1511, i32 %1512, float %1447, float %1448, float %1449, float %1450)
	%1519 = extractvalue { float, float, float, float } %1518, 0
	%1520 = extractvalue { float, float, float, float } %1518, 1
	%1521 = extractvalue { float, float, float, float } %1518, 2
	%1522 = extractvalue { float, float, float, float } %1518, 3
	%1523 = xor i32 %1251, 96
	%1524 = add i32 %1523, 6144
	%1525 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1524)
	%1526 = extractvalue { i32, i32, i32, i32 } %1525, 0
	%1527 = extractvalue { i32, i32, i32, i32 } %1525, 1
	%1528 = extractvalue { i32, i32, i32, i32 } %1525, 2
	%1529 = extractvalue { i32, i32, i32, i32 } %1525, 3
	%1530 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1468, i32 %1469, i32 %1470, i32 %1471, i32 %1526, i32 %1527, float %1459, float %1460, float %1461, float %1462)
	%1531 = extractvalue { float, float, float, float } %1530, 0
	%1532 = extractvalue { float, float, float, float } %1530, 1
	%1533 = extractvalue { float, float, float, float } %1530, 2
	%1534 = extractvalue { float, float, float, float } %1530, 3
	%1535 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1468, i32 %1469, i32 %1470, i32 %1471, i32 %1528, i32 %1529, float %1464, float %1465, float %1466, float %1467)
	%1536 = extractvalue { float, float, float, float } %1535, 0
	%1537 = extractvalue { float, float, float, float } %1535, 1
	%1538 = extractvalue { float, float, float, float } %1535, 2
	%1539 = extractvalue { float, float, float, float } %1535, 3
	br i1 %1213, label %loop, label %epilogue

store0:
	%1540 = mul i32 %10, %M
	%1541 = add i32 %1540, %540
	%1542 = mul i32 %1541, 64
	%1543 = shl i32 %6, 1
	%1544 = add i32 0, %1543
	%1545 = add i32 %1542, %1544
	%1546 = sext i32 %1545 to i64
	%1547 = getelementptr i16, i16* %out, i64 %1546
	%1548 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %542, float %541)
	%1549 = bitcast i16* %1547 to i32*
	store i32 %1548, i32* %1549
	%1550 = shl i32 %6, 1
	%1551 = add i32 8, %1550
	%1552 = add i32 %1542, %1551
	%1553 = sext i32 %1552 to i64
	%1554 = getelementptr i16, i16* %out, i64 %1553
	%1555 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %544, float %543)
	%1556 = bitcast i16* %1554 to i32*
	store i32 %1555, i32* %1556
	%1557 = shl i32 %6, 1
	%1558 = add i32 16, %1557
	%1559 = add i32 %1542, %1558
	%1560 = sext i32 %1559 to i64
	%1561 = getelementptr i16, i16* %out, i64 %1560
	%1562 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %546, float %545)
	%1563 = bitcast i16* %1561 to i32*
	store i32 %1562, i32* %1563
	%1564 = shl i32 %6, 1
	%1565 = add i32 24, %1564
	%1566 = add i32 %1542, %1565
	%1567 = sext i32 %1566 to i64
	%1568 = getelementptr i16, i16* %out, i64 %1567
	%1569 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %548, float %547)
	%1570 = bitcast i16* %1568 to i32*
	store i32 %1569, i32* %1570
	%1571 = shl i32 %6, 1
	%1572 = add i32 32, %1571
	%1573 = add i32 %1542, %1572
	%1574 = sext i32 %1573 to i64
	%1575 = getelementptr i16, i16* %out, i64 %1574
	%1576 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %550, float %549)
	%1577 = bitcast i16* %1575 to i32*
	store i32 %1576, i32* %1577
	%1578 = shl i32 %6, 1
	%1579 = add i32 40, %1578
	%1580 = add i32 %1542, %1579
	%1581 = sext i32 %1580 to i64
	%1582 = getelementptr i16, i16* %out, i64 %1581
	%1583 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %552, float %551)
	%1584 = bitcast i16* %1582 to i32*
	store i32 %1583, i32* %1584
	%1585 = shl i32 %6, 1
	%1586 = add i32 48, %1585
	%1587 = add i32 %1542, %1586
	%1588 = sext i32 %1587 to i64
	%1589 = getelementptr i16, i16* %out, i64 %1588
	%1590 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %554, float %553)
	%1591 = bitcast i16* %1589 to i32*
	store i32 %1590, i32* %1591
	%1592 = shl i32 %6, 1
	%1593 = add i32 56, %1592
	%1594 = add i32 %1542, %1593
	%1595 = sext i32 %1594 to i64
	%1596 = getelementptr i16, i16* %out, i64 %1595
	%1597 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %556, float %555)
	%1598 = bitcast i16* %1596 to i32*
	store i32 %1597, i32* %1598
	br label %stored0

stored0:
	%1599 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %496, i32 1, i32 31)
	%1600 = fadd float %496, %1599
	%1601 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1600, i32 2, i32 31)
	%1602 = fadd float %1600, %1601
	%1603 = fcmp ogt float %1602, 0.0
	%1604 = fdiv float 1.0, %1602
	%1605 = select i1 %1603, float %1604, float 0.0
	%1606 = mul i32 %3, 16
	%1607 = add i32 %12, %1606
	%1608 = add i32 %5, 8
	%1609 = add i32 %1607, %1608
	%1610 = fmul float %500, %1605
	%1611 = fmul float %501, %1605
	%1612 = fmul float %504, %1605
	%1613 = fmul float %505, %1605
	%1614 = fmul float %508, %1605
	%1615 = fmul float %509, %1605
	%1616 = fmul float %512, %1605
	%1617 = fmul float %513, %1605
	%1618 = fmul float %516, %1605
	%1619 = fmul float %517, %1605
	%1620 = fmul float %520, %1605
	%1621 = fmul float %521, %1605
	%1622 = fmul float %524, %1605
	%1623 = fmul float %525, %1605
	%1624 = fmul float %528, %1605
	%1625 = fmul float %529, %1605
	%1626 = icmp slt i32 %1609, %M
	br i1 %1626, label %store1, label %stored1

store1:
	%1627 = mul i32 %10, %M
	%1628 = add i32 %1627, %1609
	%1629 = mul i32 %1628, 64
	%1630 = shl i32 %6, 1
	%1631 = add i32 0, %1630
	%1632 = add i32 %1629, %1631
	%1633 = sext i32 %1632 to i64
	%1634 = getelementptr i16, i16* %out, i64 %1633
	%1635 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1611, float %1610)
	%1636 = bitcast i16* %1634 to i32*
	store i32 %1635, i32* %1636
	%1637 = shl i32 %6, 1
	%1638 = add i32 8, %1637
	%1639 = add i32 %1629, %1638
	%1640 = sext i32 %1639 to i64
	%1641 = getelementptr i16, i16* %out, i64 %1640
	%1642 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1613, float %1612)
	%1643 = bitcast i16* %1641 to i32*
	store i32 %1642, i32* %1643
	%1644 = shl i32 %6, 1
	%1645 = add i32 16, %1644
	%1646 = add i32 %1629, %1645
	%1647 = sext i32 %1646 to i64
	%1648 = getelementptr i16, i16* %out, i64 %1647
	%1649 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1615, float %1614)
	%1650 = bitcast i16* %1648 to i32*
	store i32 %1649, i32* %1650
	%1651 = shl i32 %6, 1
	%1652 = add i32 24, %1651
	%1653 = add i32 %1629, %1652
	%1654 = sext i32 %1653 to i64
	%1655 = getelementptr i16, i16* %out, i64 %1654
	%1656 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1617, float %1616)
	%1657 = bitcast i16* %1655 to i32*
	store i32 %1656, i32* %1657
	%1658 = shl i32 %6, 1
	%1659 = add i32 32, %1658
	%1660 = add i32 %1629, %1659
	%1661 = sext i32 %1660 to i64
	%1662 = getelementptr i16, i16* %out, i64 %1661
	%1663 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1619, float %1618)
	%1664 = bitcast i16* %1662 to i32*
	store i32 %1663, i32* %1664
	%1665 = shl i32 %6, 1
	%1666 = add i32 40, %1665
	%1667 = add i32 %1629, %1666
	%1668 = sext i32 %1667 to i64
	%1669 = getelementptr i16, i16* %out, i64 %1668
	%1670 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1621, float %1620)
	%1671 = bitcast i16* %1669 to i32*
	store i32 %1670, i32* %1671
	%1672 = shl i32 %6, 1
	%1673 = add i32 48, %1672
	%1674 = add i32 %1629, %1673
	%1675 = sext i32 %1674 to i64
	%1676 = getelementptr i16, i16* %out, i64 %1675
	%1677 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1623, float %1622)
	%1678 = bitcast i16* %1676 to i32*
	store i32 %1677, i32* %1678
	%1679 = shl i32 %6, 1
	%1680 = add i32 56, %1679
	%1681 = add i32 %1629, %1680
	%1682 = sext i32 %1681 to i64
	%1683 = getelementptr i16, i16* %out, i64 %1682
	%1684 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1625, float %1624)
	%1685 = bitcast i16* %1683 to i32*
	store i32 %1684, i32* %1685
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
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @toplocal_attn2, !"minctasm", i32 3}
