; massindex
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@massindex_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@massindex_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@massindex_select1_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@massindex_select1_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@massindex_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@massindex_select1_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@massindex_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@massindex_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@massindex_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@massindex_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@massindex_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@massindex_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@massindex_select1_histm = internal addrspace(3) global [256 x i32] undef, align 16
@massindex_select1_bins = internal addrspace(3) global [4 x i32] undef, align 16
@massindex_scores0_a = internal addrspace(3) global [1088 x float] undef, align 16
@massindex_scores0_b = internal addrspace(3) global [1088 x float] undef, align 16
@massindex_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024

define ptx_kernel void @massindex_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
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
	%44 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 %41
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
	%53 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %18
	store i32 %52, i32 addrspace(3)* %53
	%54 = call float @llvm.nvvm.fmax.f(float %19, float %51)
	%55 = add i32 %18, 256
	br label %17

56:
	store float %40, float addrspace(3)* %44
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	%58 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 0
	%59 = load float, float addrspace(3)* %58
	%60 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 1
	%61 = load float, float addrspace(3)* %60
	%62 = call float @llvm.nvvm.fmax.f(float %59, float %61)
	%63 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 2
	%64 = load float, float addrspace(3)* %63
	%65 = call float @llvm.nvvm.fmax.f(float %62, float %64)
	%66 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 3
	%67 = load float, float addrspace(3)* %66
	%68 = call float @llvm.nvvm.fmax.f(float %65, float %67)
	%69 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 4
	%70 = load float, float addrspace(3)* %69
	%71 = call float @llvm.nvvm.fmax.f(float %68, float %70)
	%72 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 5
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.nvvm.fmax.f(float %71, float %73)
	%75 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 6
	%76 = load float, float addrspace(3)* %75
	%77 = call float @llvm.nvvm.fmax.f(float %74, float %76)
	%78 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 7
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
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %84
	%89 = load i32, i32 addrspace(3)* %88
	%90 = bitcast i32 %89 to float
	%91 = fcmp one float %90, 0xFFF0000000000000
	%92 = fsub float %90, %82
	%93 = call float @llvm.nvvm.ex2.approx.ftz.f(float %92)
	%94 = select i1 %91, float %93, float -1.0
	%95 = bitcast float %94 to i32
	%96 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %84
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
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 %111
	br i1 %113, label %115, label %116

115:
	store float %110, float addrspace(3)* %114
	br label %116

116:
	call void @llvm.nvvm.barrier0()
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 0
	%118 = load float, float addrspace(3)* %117
	%119 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 1
	%120 = load float, float addrspace(3)* %119
	%121 = fadd float %118, %120
	%122 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 2
	%123 = load float, float addrspace(3)* %122
	%124 = fadd float %121, %123
	%125 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 3
	%126 = load float, float addrspace(3)* %125
	%127 = fadd float %124, %126
	%128 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 4
	%129 = load float, float addrspace(3)* %128
	%130 = fadd float %127, %129
	%131 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 5
	%132 = load float, float addrspace(3)* %131
	%133 = fadd float %130, %132
	%134 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 6
	%135 = load float, float addrspace(3)* %134
	%136 = fadd float %133, %135
	%137 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 7
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
	%151 = sub i32 32, 1
	%152 = add i32 %150, %151
	%153 = sdiv i32 %152, 32
	%154 = sub i32 0, %153
	%155 = sdiv i32 %142, 32
	%156 = select i1 %149, i32 %154, i32 %155
	%157 = icmp slt i32 %148, 0
	%158 = sub i32 0, %148
	%159 = sub i32 32, 1
	%160 = add i32 %158, %159
	%161 = sdiv i32 %160, 32
	%162 = sub i32 0, %161
	%163 = sdiv i32 %148, 32
	%164 = select i1 %157, i32 %162, i32 %163
	br label %165

165:
	%166 = phi i32 [ %0, %116 ], [ %204, %196 ]
	%167 = phi float [ 0.0, %116 ], [ %203, %196 ]
	%168 = icmp slt i32 %166, %16
	br i1 %168, label %169, label %177

169:
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %166
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
	%191 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 %188
	br i1 %190, label %205, label %206

192:
	%193 = add i32 %11, %166
	%194 = sext i32 %193 to i64
	%195 = getelementptr float, float* %e, i64 %194
	store float %175, float* %195
	br label %196

196:
	%197 = bitcast float %175 to i32
	%198 = add i32 %197, 2
	%199 = select i1 false, i32 1, i32 %198
	%200 = select i1 %173, i32 %199, i32 0
	%201 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %166
	store i32 %200, i32 addrspace(3)* %201
	%202 = uitofp i1 %173 to float
	%203 = fadd float %167, %202
	%204 = add i32 %166, 256
	br label %165

205:
	store float %187, float addrspace(3)* %191
	br label %206

206:
	call void @llvm.nvvm.barrier0()
	%207 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 0
	%208 = load float, float addrspace(3)* %207
	%209 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 1
	%210 = load float, float addrspace(3)* %209
	%211 = fadd float %208, %210
	%212 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 2
	%213 = load float, float addrspace(3)* %212
	%214 = fadd float %211, %213
	%215 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 3
	%216 = load float, float addrspace(3)* %215
	%217 = fadd float %214, %216
	%218 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 4
	%219 = load float, float addrspace(3)* %218
	%220 = fadd float %217, %219
	%221 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 5
	%222 = load float, float addrspace(3)* %221
	%223 = fadd float %220, %222
	%224 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 6
	%225 = load float, float addrspace(3)* %224
	%226 = fadd float %223, %225
	%227 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 7
	%228 = load float, float addrspace(3)* %227
	%229 = fadd float %226, %228
	%230 = fptosi float %229 to i32
	%231 = icmp eq i32 %0, 0
	br i1 %231, label %232, label %236

232:
	%233 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 0
	%234 = load i32, i32 addrspace(3)* %233
	%235 = icmp eq i32 %234, 1
	br i1 %235, label %256, label %264

236:
	call void @llvm.nvvm.barrier0()
	%237 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 0
	%238 = load i32, i32 addrspace(3)* %237
	%239 = sub i32 %230, %238
	%240 = icmp slt i32 2, %230
	%241 = select i1 %240, i32 2, i32 %230
	%242 = sub i32 %241, %238
	%243 = icmp slt i32 %242, %239
	%244 = select i1 %243, i32 %242, i32 %239
	%245 = getelementptr [1 x double], [1 x double] addrspace(3)* @massindex_select1_mass, i32 0, i32 0
	%246 = load double, double addrspace(3)* %245
	%247 = fsub double 0x3FECCCCCCCCCCCCD, %246
	%248 = fmul double %247, 262144.0
	%249 = call double @llvm.ceil.f64(double %248)
	%250 = call double @llvm.maxnum.f64(double %249, double 0.0)
	%251 = call double @llvm.minnum.f64(double %250, double 1.073741824e+09)
	%252 = fptosi double %251 to i32
	%253 = add i32 %252, 1
	call void @llvm.nvvm.barrier0()
	%254 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %254
	%255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %255
	call void @llvm.nvvm.barrier0()
	br label %310

256:
	%257 = add i32 %13, 0
	%258 = sext i32 %257 to i64
	%259 = getelementptr i32, i32* %list, i64 %258
	store i32 0, i32* %259
	%260 = add i32 %13, %NK
	%261 = add i32 %260, 0
	%262 = sext i32 %261 to i64
	%263 = getelementptr i32, i32* %list, i64 %262
	store i32 1, i32* %263
	br label %264

264:
	%265 = add i32 %11, 0
	%266 = sext i32 %265 to i64
	%267 = getelementptr float, float* %e, i64 %266
	%268 = load float, float* %267
	%269 = add i32 0, 1
	%270 = select i1 %235, i32 %269, i32 0
	%271 = fpext float %268 to double
	%272 = fadd double 0.0, %271
	%273 = select i1 %235, double %272, double 0.0
	%274 = icmp sgt i32 %156, 1
	%275 = select i1 %274, i32 %156, i32 1
	%276 = add i32 %164, 1
	%277 = icmp slt i32 %276, %NK
	%278 = select i1 %277, i32 %276, i32 %NK
	br label %279

279:
	%280 = phi i32 [ %275, %264 ], [ %309, %299 ]
	%281 = phi i32 [ %270, %264 ], [ %305, %299 ]
	%282 = phi double [ %273, %264 ], [ %308, %299 ]
	%283 = icmp slt i32 %280, %278
	br i1 %283, label %284, label %288

284:
	%285 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %280
	%286 = load i32, i32 addrspace(3)* %285
	%287 = icmp eq i32 %286, 1
	br i1 %287, label %291, label %299

288:
	%289 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 0
	store i32 %281, i32 addrspace(3)* %289
	%290 = getelementptr [1 x double], [1 x double] addrspace(3)* @massindex_select1_mass, i32 0, i32 0
	store double %282, double addrspace(3)* %290
	br label %236

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

310:
	%311 = phi i32 [ %0, %236 ], [ %377, %376 ]
	%312 = icmp slt i32 %311, %16
	br i1 %312, label %313, label %329

313:
	%314 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %311
	%315 = load i32, i32 addrspace(3)* %314
	%316 = icmp uge i32 %315, 2
	%317 = and i32 %315, 0
	%318 = icmp eq i32 %317, 0
	%319 = and i1 %316, %318
	%320 = lshr i32 %315, 24
	%321 = and i32 %320, 255
	%322 = select i1 %319, i32 %321, i32 256
	%323 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %322)
	%324 = shl i32 1, %3
	%325 = sub i32 %324, 1
	%326 = and i32 %323, %325
	%327 = icmp eq i32 %326, 0
	%328 = and i1 %319, %327
	br i1 %328, label %358, label %362

329:
	call void @llvm.nvvm.barrier0()
	%330 = sub i32 255, %0
	%331 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %330
	%332 = load i32, i32 addrspace(3)* %331
	%333 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_histm, i32 0, i32 %330
	%334 = load i32, i32 addrspace(3)* %333
	%335 = and i32 %0, 31
	%336 = lshr i32 %0, 5
	%337 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %334, i32 1, i32 0)
	%338 = icmp uge i32 %335, 1
	%339 = select i1 %338, i32 %337, i32 0
	%340 = add i32 %334, %339
	%341 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %340, i32 2, i32 0)
	%342 = icmp uge i32 %335, 2
	%343 = select i1 %342, i32 %341, i32 0
	%344 = add i32 %340, %343
	%345 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %344, i32 4, i32 0)
	%346 = icmp uge i32 %335, 4
	%347 = select i1 %346, i32 %345, i32 0
	%348 = add i32 %344, %347
	%349 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %348, i32 8, i32 0)
	%350 = icmp uge i32 %335, 8
	%351 = select i1 %350, i32 %349, i32 0
	%352 = add i32 %348, %351
	%353 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %352, i32 16, i32 0)
	%354 = icmp uge i32 %335, 16
	%355 = select i1 %354, i32 %353, i32 0
	%356 = add i32 %352, %355
	%357 = icmp eq i32 %335, 31
	br i1 %357, label %378, label %380

358:
	%359 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %321
	%360 = call i32 @llvm.ctpop.i32(i32 %323)
	%361 = atomicrmw add i32 addrspace(3)* %359, i32 %360 monotonic
	br label %362

362:
	%363 = sub i32 %315, 2
	%364 = bitcast i32 %363 to float
	%365 = fcmp ogt float %364, 0.0
	%366 = select i1 %365, float %364, float 0.0
	%367 = fcmp olt float %366, 1.0
	%368 = select i1 %367, float %366, float 1.0
	%369 = fmul float %368, 262144.0
	%370 = fptosi float %369 to i32
	%371 = icmp sgt i32 %370, 0
	%372 = and i1 %319, %371
	br i1 %372, label %373, label %376

373:
	%374 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_histm, i32 0, i32 %321
	%375 = atomicrmw add i32 addrspace(3)* %374, i32 %370 monotonic
	br label %376

376:
	%377 = add i32 %311, 256
	br label %310

378:
	%379 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %336
	store i32 %356, i32 addrspace(3)* %379
	br label %380

380:
	call void @llvm.nvvm.barrier0()
	%381 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%382 = load i32, i32 addrspace(3)* %381
	%383 = icmp sgt i32 %336, 0
	%384 = select i1 %383, i32 %382, i32 0
	%385 = add i32 0, %384
	%386 = add i32 0, %382
	%387 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%388 = load i32, i32 addrspace(3)* %387
	%389 = icmp sgt i32 %336, 1
	%390 = select i1 %389, i32 %388, i32 0
	%391 = add i32 %385, %390
	%392 = add i32 %386, %388
	%393 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%394 = load i32, i32 addrspace(3)* %393
	%395 = icmp sgt i32 %336, 2
	%396 = select i1 %395, i32 %394, i32 0
	%397 = add i32 %391, %396
	%398 = add i32 %392, %394
	%399 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%400 = load i32, i32 addrspace(3)* %399
	%401 = icmp sgt i32 %336, 3
	%402 = select i1 %401, i32 %400, i32 0
	%403 = add i32 %397, %402
	%404 = add i32 %398, %400
	%405 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%406 = load i32, i32 addrspace(3)* %405
	%407 = icmp sgt i32 %336, 4
	%408 = select i1 %407, i32 %406, i32 0
	%409 = add i32 %403, %408
	%410 = add i32 %404, %406
	%411 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%412 = load i32, i32 addrspace(3)* %411
	%413 = icmp sgt i32 %336, 5
	%414 = select i1 %413, i32 %412, i32 0
	%415 = add i32 %409, %414
	%416 = add i32 %410, %412
	%417 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%418 = load i32, i32 addrspace(3)* %417
	%419 = icmp sgt i32 %336, 6
	%420 = select i1 %419, i32 %418, i32 0
	%421 = add i32 %415, %420
	%422 = add i32 %416, %418
	%423 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%424 = load i32, i32 addrspace(3)* %423
	%425 = icmp sgt i32 %336, 7
	%426 = select i1 %425, i32 %424, i32 0
	%427 = add i32 %421, %426
	%428 = add i32 %422, %424
	%429 = add i32 %427, %356
	%430 = sub i32 %429, %334
	%431 = and i32 %0, 31
	%432 = lshr i32 %0, 5
	%433 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %332, i32 1, i32 0)
	%434 = icmp uge i32 %431, 1
	%435 = select i1 %434, i32 %433, i32 0
	%436 = add i32 %332, %435
	%437 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %436, i32 2, i32 0)
	%438 = icmp uge i32 %431, 2
	%439 = select i1 %438, i32 %437, i32 0
	%440 = add i32 %436, %439
	%441 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %440, i32 4, i32 0)
	%442 = icmp uge i32 %431, 4
	%443 = select i1 %442, i32 %441, i32 0
	%444 = add i32 %440, %443
	%445 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %444, i32 8, i32 0)
	%446 = icmp uge i32 %431, 8
	%447 = select i1 %446, i32 %445, i32 0
	%448 = add i32 %444, %447
	%449 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %448, i32 16, i32 0)
	%450 = icmp uge i32 %431, 16
	%451 = select i1 %450, i32 %449, i32 0
	%452 = add i32 %448, %451
	%453 = icmp eq i32 %431, 31
	br i1 %453, label %454, label %456

454:
	%455 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 %432
	store i32 %452, i32 addrspace(3)* %455
	br label %456

456:
	call void @llvm.nvvm.barrier0()
	%457 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 0
	%458 = load i32, i32 addrspace(3)* %457
	%459 = icmp sgt i32 %432, 0
	%460 = select i1 %459, i32 %458, i32 0
	%461 = add i32 0, %460
	%462 = add i32 0, %458
	%463 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 1
	%464 = load i32, i32 addrspace(3)* %463
	%465 = icmp sgt i32 %432, 1
	%466 = select i1 %465, i32 %464, i32 0
	%467 = add i32 %461, %466
	%468 = add i32 %462, %464
	%469 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 2
	%470 = load i32, i32 addrspace(3)* %469
	%471 = icmp sgt i32 %432, 2
	%472 = select i1 %471, i32 %470, i32 0
	%473 = add i32 %467, %472
	%474 = add i32 %468, %470
	%475 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 3
	%476 = load i32, i32 addrspace(3)* %475
	%477 = icmp sgt i32 %432, 3
	%478 = select i1 %477, i32 %476, i32 0
	%479 = add i32 %473, %478
	%480 = add i32 %474, %476
	%481 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 4
	%482 = load i32, i32 addrspace(3)* %481
	%483 = icmp sgt i32 %432, 4
	%484 = select i1 %483, i32 %482, i32 0
	%485 = add i32 %479, %484
	%486 = add i32 %480, %482
	%487 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 5
	%488 = load i32, i32 addrspace(3)* %487
	%489 = icmp sgt i32 %432, 5
	%490 = select i1 %489, i32 %488, i32 0
	%491 = add i32 %485, %490
	%492 = add i32 %486, %488
	%493 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 6
	%494 = load i32, i32 addrspace(3)* %493
	%495 = icmp sgt i32 %432, 6
	%496 = select i1 %495, i32 %494, i32 0
	%497 = add i32 %491, %496
	%498 = add i32 %492, %494
	%499 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 7
	%500 = load i32, i32 addrspace(3)* %499
	%501 = icmp sgt i32 %432, 7
	%502 = select i1 %501, i32 %500, i32 0
	%503 = add i32 %497, %502
	%504 = add i32 %498, %500
	%505 = add i32 %503, %452
	%506 = sub i32 %505, %332
	%507 = icmp slt i32 %430, %253
	%508 = add i32 %430, %334
	%509 = icmp sle i32 %253, %508
	%510 = and i1 %507, %509
	%511 = icmp slt i32 %428, %253
	%512 = icmp eq i32 %0, 0
	%513 = and i1 %511, %512
	%514 = or i1 %510, %513
	br i1 %514, label %515, label %521

515:
	%516 = select i1 %511, i32 0, i32 %330
	%517 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 0
	store i32 %516, i32 addrspace(3)* %517
	%518 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 1
	store i32 %430, i32 addrspace(3)* %518
	%519 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 2
	store i32 %506, i32 addrspace(3)* %519
	%520 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 3
	store i32 %332, i32 addrspace(3)* %520
	br label %521

521:
	call void @llvm.nvvm.barrier0()
	%522 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 0
	%523 = load i32, i32 addrspace(3)* %522
	%524 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 1
	%525 = load i32, i32 addrspace(3)* %524
	%526 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 2
	%527 = load i32, i32 addrspace(3)* %526
	%528 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 3
	%529 = load i32, i32 addrspace(3)* %528
	%530 = shl i32 %523, 24
	%531 = or i32 0, %530
	%532 = sub i32 %253, %525
	%533 = add i32 0, %527
	%534 = or i1 false, %511
	%535 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%536 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %536
	%537 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %537
	call void @llvm.nvvm.barrier0()
	br label %538

538:
	%539 = phi i32 [ %0, %521 ], [ %605, %604 ]
	%540 = icmp slt i32 %539, %16
	br i1 %540, label %541, label %557

541:
	%542 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %539
	%543 = load i32, i32 addrspace(3)* %542
	%544 = icmp uge i32 %543, 2
	%545 = and i32 %543, %535
	%546 = icmp eq i32 %545, %531
	%547 = and i1 %544, %546
	%548 = lshr i32 %543, 16
	%549 = and i32 %548, 255
	%550 = select i1 %547, i32 %549, i32 256
	%551 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %550)
	%552 = shl i32 1, %3
	%553 = sub i32 %552, 1
	%554 = and i32 %551, %553
	%555 = icmp eq i32 %554, 0
	%556 = and i1 %547, %555
	br i1 %556, label %586, label %590

557:
	call void @llvm.nvvm.barrier0()
	%558 = sub i32 255, %0
	%559 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %558
	%560 = load i32, i32 addrspace(3)* %559
	%561 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_histm, i32 0, i32 %558
	%562 = load i32, i32 addrspace(3)* %561
	%563 = and i32 %0, 31
	%564 = lshr i32 %0, 5
	%565 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %562, i32 1, i32 0)
	%566 = icmp uge i32 %563, 1
	%567 = select i1 %566, i32 %565, i32 0
	%568 = add i32 %562, %567
	%569 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %568, i32 2, i32 0)
	%570 = icmp uge i32 %563, 2
	%571 = select i1 %570, i32 %569, i32 0
	%572 = add i32 %568, %571
	%573 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %572, i32 4, i32 0)
	%574 = icmp uge i32 %563, 4
	%575 = select i1 %574, i32 %573, i32 0
	%576 = add i32 %572, %575
	%577 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %576, i32 8, i32 0)
	%578 = icmp uge i32 %563, 8
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 %576, %579
	%581 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %580, i32 16, i32 0)
	%582 = icmp uge i32 %563, 16
	%583 = select i1 %582, i32 %581, i32 0
	%584 = add i32 %580, %583
	%585 = icmp eq i32 %563, 31
	br i1 %585, label %606, label %608

586:
	%587 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %549
	%588 = call i32 @llvm.ctpop.i32(i32 %551)
	%589 = atomicrmw add i32 addrspace(3)* %587, i32 %588 monotonic
	br label %590

590:
	%591 = sub i32 %543, 2
	%592 = bitcast i32 %591 to float
	%593 = fcmp ogt float %592, 0.0
	%594 = select i1 %593, float %592, float 0.0
	%595 = fcmp olt float %594, 1.0
	%596 = select i1 %595, float %594, float 1.0
	%597 = fmul float %596, 262144.0
	%598 = fptosi float %597 to i32
	%599 = icmp sgt i32 %598, 0
	%600 = and i1 %547, %599
	br i1 %600, label %601, label %604

601:
	%602 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_histm, i32 0, i32 %549
	%603 = atomicrmw add i32 addrspace(3)* %602, i32 %598 monotonic
	br label %604

604:
	%605 = add i32 %539, 256
	br label %538

606:
	%607 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %564
	store i32 %584, i32 addrspace(3)* %607
	br label %608

608:
	call void @llvm.nvvm.barrier0()
	%609 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%610 = load i32, i32 addrspace(3)* %609
	%611 = icmp sgt i32 %564, 0
	%612 = select i1 %611, i32 %610, i32 0
	%613 = add i32 0, %612
	%614 = add i32 0, %610
	%615 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%616 = load i32, i32 addrspace(3)* %615
	%617 = icmp sgt i32 %564, 1
	%618 = select i1 %617, i32 %616, i32 0
	%619 = add i32 %613, %618
	%620 = add i32 %614, %616
	%621 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%622 = load i32, i32 addrspace(3)* %621
	%623 = icmp sgt i32 %564, 2
	%624 = select i1 %623, i32 %622, i32 0
	%625 = add i32 %619, %624
	%626 = add i32 %620, %622
	%627 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%628 = load i32, i32 addrspace(3)* %627
	%629 = icmp sgt i32 %564, 3
	%630 = select i1 %629, i32 %628, i32 0
	%631 = add i32 %625, %630
	%632 = add i32 %626, %628
	%633 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%634 = load i32, i32 addrspace(3)* %633
	%635 = icmp sgt i32 %564, 4
	%636 = select i1 %635, i32 %634, i32 0
	%637 = add i32 %631, %636
	%638 = add i32 %632, %634
	%639 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%640 = load i32, i32 addrspace(3)* %639
	%641 = icmp sgt i32 %564, 5
	%642 = select i1 %641, i32 %640, i32 0
	%643 = add i32 %637, %642
	%644 = add i32 %638, %640
	%645 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%646 = load i32, i32 addrspace(3)* %645
	%647 = icmp sgt i32 %564, 6
	%648 = select i1 %647, i32 %646, i32 0
	%649 = add i32 %643, %648
	%650 = add i32 %644, %646
	%651 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%652 = load i32, i32 addrspace(3)* %651
	%653 = icmp sgt i32 %564, 7
	%654 = select i1 %653, i32 %652, i32 0
	%655 = add i32 %649, %654
	%656 = add i32 %650, %652
	%657 = add i32 %655, %584
	%658 = sub i32 %657, %562
	%659 = and i32 %0, 31
	%660 = lshr i32 %0, 5
	%661 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %560, i32 1, i32 0)
	%662 = icmp uge i32 %659, 1
	%663 = select i1 %662, i32 %661, i32 0
	%664 = add i32 %560, %663
	%665 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %664, i32 2, i32 0)
	%666 = icmp uge i32 %659, 2
	%667 = select i1 %666, i32 %665, i32 0
	%668 = add i32 %664, %667
	%669 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %668, i32 4, i32 0)
	%670 = icmp uge i32 %659, 4
	%671 = select i1 %670, i32 %669, i32 0
	%672 = add i32 %668, %671
	%673 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %672, i32 8, i32 0)
	%674 = icmp uge i32 %659, 8
	%675 = select i1 %674, i32 %673, i32 0
	%676 = add i32 %672, %675
	%677 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %676, i32 16, i32 0)
	%678 = icmp uge i32 %659, 16
	%679 = select i1 %678, i32 %677, i32 0
	%680 = add i32 %676, %679
	%681 = icmp eq i32 %659, 31
	br i1 %681, label %682, label %684

682:
	%683 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 %660
	store i32 %680, i32 addrspace(3)* %683
	br label %684

684:
	call void @llvm.nvvm.barrier0()
	%685 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 0
	%686 = load i32, i32 addrspace(3)* %685
	%687 = icmp sgt i32 %660, 0
	%688 = select i1 %687, i32 %686, i32 0
	%689 = add i32 0, %688
	%690 = add i32 0, %686
	%691 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 1
	%692 = load i32, i32 addrspace(3)* %691
	%693 = icmp sgt i32 %660, 1
	%694 = select i1 %693, i32 %692, i32 0
	%695 = add i32 %689, %694
	%696 = add i32 %690, %692
	%697 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 2
	%698 = load i32, i32 addrspace(3)* %697
	%699 = icmp sgt i32 %660, 2
	%700 = select i1 %699, i32 %698, i32 0
	%701 = add i32 %695, %700
	%702 = add i32 %696, %698
	%703 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 3
	%704 = load i32, i32 addrspace(3)* %703
	%705 = icmp sgt i32 %660, 3
	%706 = select i1 %705, i32 %704, i32 0
	%707 = add i32 %701, %706
	%708 = add i32 %702, %704
	%709 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 4
	%710 = load i32, i32 addrspace(3)* %709
	%711 = icmp sgt i32 %660, 4
	%712 = select i1 %711, i32 %710, i32 0
	%713 = add i32 %707, %712
	%714 = add i32 %708, %710
	%715 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 5
	%716 = load i32, i32 addrspace(3)* %715
	%717 = icmp sgt i32 %660, 5
	%718 = select i1 %717, i32 %716, i32 0
	%719 = add i32 %713, %718
	%720 = add i32 %714, %716
	%721 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 6
	%722 = load i32, i32 addrspace(3)* %721
	%723 = icmp sgt i32 %660, 6
	%724 = select i1 %723, i32 %722, i32 0
	%725 = add i32 %719, %724
	%726 = add i32 %720, %722
	%727 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 7
	%728 = load i32, i32 addrspace(3)* %727
	%729 = icmp sgt i32 %660, 7
	%730 = select i1 %729, i32 %728, i32 0
	%731 = add i32 %725, %730
	%732 = add i32 %726, %728
	%733 = add i32 %731, %680
	%734 = sub i32 %733, %560
	%735 = icmp slt i32 %658, %532
	%736 = add i32 %658, %562
	%737 = icmp sle i32 %532, %736
	%738 = and i1 %735, %737
	%739 = icmp slt i32 %656, %532
	%740 = icmp eq i32 %0, 0
	%741 = and i1 %739, %740
	%742 = or i1 %738, %741
	br i1 %742, label %743, label %749

743:
	%744 = select i1 %739, i32 0, i32 %558
	%745 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 0
	store i32 %744, i32 addrspace(3)* %745
	%746 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 1
	store i32 %658, i32 addrspace(3)* %746
	%747 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 2
	store i32 %734, i32 addrspace(3)* %747
	%748 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 3
	store i32 %560, i32 addrspace(3)* %748
	br label %749

749:
	call void @llvm.nvvm.barrier0()
	%750 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 0
	%751 = load i32, i32 addrspace(3)* %750
	%752 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 1
	%753 = load i32, i32 addrspace(3)* %752
	%754 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 2
	%755 = load i32, i32 addrspace(3)* %754
	%756 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 3
	%757 = load i32, i32 addrspace(3)* %756
	%758 = shl i32 %751, 16
	%759 = or i32 %531, %758
	%760 = sub i32 %532, %753
	%761 = add i32 %533, %755
	%762 = or i1 %534, %739
	%763 = or i32 %535, u0xFF0000
	%764 = add i32 %761, %757
	%765 = select i1 %762, i32 %239, i32 %764
	%766 = select i1 %762, i32 2, i32 %759
	%767 = icmp sge i32 %765, %244
	%768 = sub i32 %766, 1
	%769 = icmp slt i32 %244, %239
	%770 = select i1 %769, i32 %244, i32 %239
	%771 = select i1 %767, i32 %765, i32 %770
	br label %mass

mass:
	%772 = phi i32 [ %771, %749 ], [ %1665, %1653 ]
	%773 = phi i1 [ true, %749 ], [ false, %1653 ]
	%774 = and i1 %773, %767
	br i1 %774, label %mass_bins, label %mass_topk

mass_done:
	%775 = icmp sgt i32 %1655, %244
	%776 = select i1 %775, i32 %1655, i32 %244
	%777 = add i32 %238, %776
	%778 = add i32 %777, %0
	br label %2138

mass_bins:
	%779 = shl i32 1, %3
	%780 = sub i32 %779, 1
	br label %782

mass_topk:
	%781 = icmp sgt i32 %772, 0
	br i1 %781, label %topk, label %topk_done

mass_taken:
	br label %1633

782:
	%783 = phi i32 [ 0, %mass_bins ], [ %831, %830 ]
	%784 = icmp slt i32 %783, %16
	br i1 %784, label %785, label %793

785:
	%786 = add i32 %783, %0
	%787 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %786
	%788 = load i32, i32 addrspace(3)* %787
	%789 = icmp ugt i32 %788, %768
	%790 = icmp eq i32 %788, %768
	%791 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %789)
	%792 = icmp eq i32 %3, 0
	br i1 %792, label %824, label %830

793:
	call void @llvm.nvvm.barrier0()
	%794 = sdiv i32 %16, 256
	%795 = mul i32 %794, 8
	%796 = icmp slt i32 %0, %795
	%797 = select i1 %796, i32 %0, i32 0
	%798 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %797
	%799 = load i32, i32 addrspace(3)* %798
	%800 = select i1 %796, i32 %799, i32 0
	%801 = and i32 %0, 31
	%802 = lshr i32 %0, 5
	%803 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %800, i32 1, i32 0)
	%804 = icmp uge i32 %801, 1
	%805 = select i1 %804, i32 %803, i32 0
	%806 = add i32 %800, %805
	%807 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %806, i32 2, i32 0)
	%808 = icmp uge i32 %801, 2
	%809 = select i1 %808, i32 %807, i32 0
	%810 = add i32 %806, %809
	%811 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %810, i32 4, i32 0)
	%812 = icmp uge i32 %801, 4
	%813 = select i1 %812, i32 %811, i32 0
	%814 = add i32 %810, %813
	%815 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %814, i32 8, i32 0)
	%816 = icmp uge i32 %801, 8
	%817 = select i1 %816, i32 %815, i32 0
	%818 = add i32 %814, %817
	%819 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %818, i32 16, i32 0)
	%820 = icmp uge i32 %801, 16
	%821 = select i1 %820, i32 %819, i32 0
	%822 = add i32 %818, %821
	%823 = icmp eq i32 %801, 31
	br i1 %823, label %832, label %834

824:
	%825 = sdiv i32 %783, 256
	%826 = mul i32 %825, 8
	%827 = add i32 %826, %4
	%828 = call i32 @llvm.ctpop.i32(i32 %791)
	%829 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %827
	store i32 %828, i32 addrspace(3)* %829
	br label %830

830:
	%831 = add i32 %783, 256
	br label %782

832:
	%833 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 %802
	store i32 %822, i32 addrspace(3)* %833
	br label %834

834:
	call void @llvm.nvvm.barrier0()
	%835 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 0
	%836 = load i32, i32 addrspace(3)* %835
	%837 = icmp sgt i32 %802, 0
	%838 = select i1 %837, i32 %836, i32 0
	%839 = add i32 0, %838
	%840 = add i32 0, %836
	%841 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 1
	%842 = load i32, i32 addrspace(3)* %841
	%843 = icmp sgt i32 %802, 1
	%844 = select i1 %843, i32 %842, i32 0
	%845 = add i32 %839, %844
	%846 = add i32 %840, %842
	%847 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 2
	%848 = load i32, i32 addrspace(3)* %847
	%849 = icmp sgt i32 %802, 2
	%850 = select i1 %849, i32 %848, i32 0
	%851 = add i32 %845, %850
	%852 = add i32 %846, %848
	%853 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 3
	%854 = load i32, i32 addrspace(3)* %853
	%855 = icmp sgt i32 %802, 3
	%856 = select i1 %855, i32 %854, i32 0
	%857 = add i32 %851, %856
	%858 = add i32 %852, %854
	%859 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 4
	%860 = load i32, i32 addrspace(3)* %859
	%861 = icmp sgt i32 %802, 4
	%862 = select i1 %861, i32 %860, i32 0
	%863 = add i32 %857, %862
	%864 = add i32 %858, %860
	%865 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 5
	%866 = load i32, i32 addrspace(3)* %865
	%867 = icmp sgt i32 %802, 5
	%868 = select i1 %867, i32 %866, i32 0
	%869 = add i32 %863, %868
	%870 = add i32 %864, %866
	%871 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 6
	%872 = load i32, i32 addrspace(3)* %871
	%873 = icmp sgt i32 %802, 6
	%874 = select i1 %873, i32 %872, i32 0
	%875 = add i32 %869, %874
	%876 = add i32 %870, %872
	%877 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 7
	%878 = load i32, i32 addrspace(3)* %877
	%879 = icmp sgt i32 %802, 7
	%880 = select i1 %879, i32 %878, i32 0
	%881 = add i32 %875, %880
	%882 = add i32 %876, %878
	%883 = add i32 %881, %822
	%884 = sub i32 %883, %800
	br i1 %796, label %885, label %887

885:
	%886 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %0
	store i32 %884, i32 addrspace(3)* %886
	br label %887

887:
	call void @llvm.nvvm.barrier0()
	br label %888

888:
	%889 = phi i32 [ 0, %887 ], [ %912, %911 ]
	%890 = icmp slt i32 %889, %16
	br i1 %890, label %891, label %907

891:
	%892 = add i32 %889, %0
	%893 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %892
	%894 = load i32, i32 addrspace(3)* %893
	%895 = icmp ugt i32 %894, %768
	%896 = icmp eq i32 %894, %768
	%897 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %895)
	%898 = sdiv i32 %889, 256
	%899 = mul i32 %898, 8
	%900 = add i32 %899, %4
	%901 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %895)
	%902 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %900
	%903 = load i32, i32 addrspace(3)* %902
	%904 = and i32 %901, %780
	%905 = call i32 @llvm.ctpop.i32(i32 %904)
	%906 = add i32 %903, %905
	br i1 %895, label %908, label %911

907:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

908:
	%909 = add i32 %889, %0
	%910 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_c, i32 0, i32 %906
	store i32 %909, i32 addrspace(3)* %910
	br label %911

911:
	%912 = add i32 %889, 256
	br label %888

topk:
	call void @llvm.nvvm.barrier0()
	%913 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %913
	call void @llvm.nvvm.barrier0()
	br label %914

topk_done:
	br label %mass_taken

914:
	%915 = phi i32 [ %0, %topk ], [ %966, %965 ]
	%916 = icmp slt i32 %915, %16
	br i1 %916, label %917, label %933

917:
	%918 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %915
	%919 = load i32, i32 addrspace(3)* %918
	%920 = icmp uge i32 %919, 2
	%921 = and i32 %919, 0
	%922 = icmp eq i32 %921, 0
	%923 = and i1 %920, %922
	%924 = lshr i32 %919, 24
	%925 = and i32 %924, 255
	%926 = select i1 %923, i32 %925, i32 256
	%927 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %926)
	%928 = shl i32 1, %3
	%929 = sub i32 %928, 1
	%930 = and i32 %927, %929
	%931 = icmp eq i32 %930, 0
	%932 = and i1 %923, %931
	br i1 %932, label %961, label %965

933:
	call void @llvm.nvvm.barrier0()
	%934 = sub i32 255, %0
	%935 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %934
	%936 = load i32, i32 addrspace(3)* %935
	%937 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %937
	%938 = and i32 %0, 31
	%939 = lshr i32 %0, 5
	%940 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %936, i32 1, i32 0)
	%941 = icmp uge i32 %938, 1
	%942 = select i1 %941, i32 %940, i32 0
	%943 = add i32 %936, %942
	%944 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %943, i32 2, i32 0)
	%945 = icmp uge i32 %938, 2
	%946 = select i1 %945, i32 %944, i32 0
	%947 = add i32 %943, %946
	%948 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %947, i32 4, i32 0)
	%949 = icmp uge i32 %938, 4
	%950 = select i1 %949, i32 %948, i32 0
	%951 = add i32 %947, %950
	%952 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %951, i32 8, i32 0)
	%953 = icmp uge i32 %938, 8
	%954 = select i1 %953, i32 %952, i32 0
	%955 = add i32 %951, %954
	%956 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %955, i32 16, i32 0)
	%957 = icmp uge i32 %938, 16
	%958 = select i1 %957, i32 %956, i32 0
	%959 = add i32 %955, %958
	%960 = icmp eq i32 %938, 31
	br i1 %960, label %967, label %969

961:
	%962 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %925
	%963 = call i32 @llvm.ctpop.i32(i32 %927)
	%964 = atomicrmw add i32 addrspace(3)* %962, i32 %963 monotonic
	br label %965

965:
	%966 = add i32 %915, 256
	br label %914

967:
	%968 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %939
	store i32 %959, i32 addrspace(3)* %968
	br label %969

969:
	call void @llvm.nvvm.barrier0()
	%970 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%971 = load i32, i32 addrspace(3)* %970
	%972 = icmp sgt i32 %939, 0
	%973 = select i1 %972, i32 %971, i32 0
	%974 = add i32 0, %973
	%975 = add i32 0, %971
	%976 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%977 = load i32, i32 addrspace(3)* %976
	%978 = icmp sgt i32 %939, 1
	%979 = select i1 %978, i32 %977, i32 0
	%980 = add i32 %974, %979
	%981 = add i32 %975, %977
	%982 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%983 = load i32, i32 addrspace(3)* %982
	%984 = icmp sgt i32 %939, 2
	%985 = select i1 %984, i32 %983, i32 0
	%986 = add i32 %980, %985
	%987 = add i32 %981, %983
	%988 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%989 = load i32, i32 addrspace(3)* %988
	%990 = icmp sgt i32 %939, 3
	%991 = select i1 %990, i32 %989, i32 0
	%992 = add i32 %986, %991
	%993 = add i32 %987, %989
	%994 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%995 = load i32, i32 addrspace(3)* %994
	%996 = icmp sgt i32 %939, 4
	%997 = select i1 %996, i32 %995, i32 0
	%998 = add i32 %992, %997
	%999 = add i32 %993, %995
	%1000 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%1001 = load i32, i32 addrspace(3)* %1000
	%1002 = icmp sgt i32 %939, 5
	%1003 = select i1 %1002, i32 %1001, i32 0
	%1004 = add i32 %998, %1003
	%1005 = add i32 %999, %1001
	%1006 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%1007 = load i32, i32 addrspace(3)* %1006
	%1008 = icmp sgt i32 %939, 6
	%1009 = select i1 %1008, i32 %1007, i32 0
	%1010 = add i32 %1004, %1009
	%1011 = add i32 %1005, %1007
	%1012 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%1013 = load i32, i32 addrspace(3)* %1012
	%1014 = icmp sgt i32 %939, 7
	%1015 = select i1 %1014, i32 %1013, i32 0
	%1016 = add i32 %1010, %1015
	%1017 = add i32 %1011, %1013
	%1018 = add i32 %1016, %959
	%1019 = sub i32 %1018, %936
	%1020 = icmp slt i32 %1019, %772
	%1021 = add i32 %1019, %936
	%1022 = icmp sle i32 %772, %1021
	%1023 = and i1 %1020, %1022
	br i1 %1023, label %1024, label %1027

1024:
	%1025 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	store i32 %934, i32 addrspace(3)* %1025
	%1026 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	store i32 %1019, i32 addrspace(3)* %1026
	br label %1027

1027:
	call void @llvm.nvvm.barrier0()
	%1028 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	%1029 = load i32, i32 addrspace(3)* %1028
	%1030 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	%1031 = load i32, i32 addrspace(3)* %1030
	%1032 = shl i32 %1029, 24
	%1033 = or i32 0, %1032
	%1034 = or i32 0, u0xFF000000
	%1035 = sub i32 %772, %1031
	br label %1036

1036:
	%1037 = phi i32 [ %0, %1027 ], [ %1088, %1087 ]
	%1038 = icmp slt i32 %1037, %16
	br i1 %1038, label %1039, label %1055

1039:
	%1040 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %1037
	%1041 = load i32, i32 addrspace(3)* %1040
	%1042 = icmp uge i32 %1041, 2
	%1043 = and i32 %1041, %1034
	%1044 = icmp eq i32 %1043, %1033
	%1045 = and i1 %1042, %1044
	%1046 = lshr i32 %1041, 16
	%1047 = and i32 %1046, 255
	%1048 = select i1 %1045, i32 %1047, i32 256
	%1049 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1048)
	%1050 = shl i32 1, %3
	%1051 = sub i32 %1050, 1
	%1052 = and i32 %1049, %1051
	%1053 = icmp eq i32 %1052, 0
	%1054 = and i1 %1045, %1053
	br i1 %1054, label %1083, label %1087

1055:
	call void @llvm.nvvm.barrier0()
	%1056 = sub i32 255, %0
	%1057 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist2, i32 0, i32 %1056
	%1058 = load i32, i32 addrspace(3)* %1057
	%1059 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1059
	%1060 = and i32 %0, 31
	%1061 = lshr i32 %0, 5
	%1062 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1058, i32 1, i32 0)
	%1063 = icmp uge i32 %1060, 1
	%1064 = select i1 %1063, i32 %1062, i32 0
	%1065 = add i32 %1058, %1064
	%1066 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1065, i32 2, i32 0)
	%1067 = icmp uge i32 %1060, 2
	%1068 = select i1 %1067, i32 %1066, i32 0
	%1069 = add i32 %1065, %1068
	%1070 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1069, i32 4, i32 0)
	%1071 = icmp uge i32 %1060, 4
	%1072 = select i1 %1071, i32 %1070, i32 0
	%1073 = add i32 %1069, %1072
	%1074 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1073, i32 8, i32 0)
	%1075 = icmp uge i32 %1060, 8
	%1076 = select i1 %1075, i32 %1074, i32 0
	%1077 = add i32 %1073, %1076
	%1078 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1077, i32 16, i32 0)
	%1079 = icmp uge i32 %1060, 16
	%1080 = select i1 %1079, i32 %1078, i32 0
	%1081 = add i32 %1077, %1080
	%1082 = icmp eq i32 %1060, 31
	br i1 %1082, label %1089, label %1091

1083:
	%1084 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist2, i32 0, i32 %1047
	%1085 = call i32 @llvm.ctpop.i32(i32 %1049)
	%1086 = atomicrmw add i32 addrspace(3)* %1084, i32 %1085 monotonic
	br label %1087

1087:
	%1088 = add i32 %1037, 256
	br label %1036

1089:
	%1090 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %1061
	store i32 %1081, i32 addrspace(3)* %1090
	br label %1091

1091:
	call void @llvm.nvvm.barrier0()
	%1092 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%1093 = load i32, i32 addrspace(3)* %1092
	%1094 = icmp sgt i32 %1061, 0
	%1095 = select i1 %1094, i32 %1093, i32 0
	%1096 = add i32 0, %1095
	%1097 = add i32 0, %1093
	%1098 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%1099 = load i32, i32 addrspace(3)* %1098
	%1100 = icmp sgt i32 %1061, 1
	%1101 = select i1 %1100, i32 %1099, i32 0
	%1102 = add i32 %1096, %1101
	%1103 = add i32 %1097, %1099
	%1104 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%1105 = load i32, i32 addrspace(3)* %1104
	%1106 = icmp sgt i32 %1061, 2
	%1107 = select i1 %1106, i32 %1105, i32 0
	%1108 = add i32 %1102, %1107
	%1109 = add i32 %1103, %1105
	%1110 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%1111 = load i32, i32 addrspace(3)* %1110
	%1112 = icmp sgt i32 %1061, 3
	%1113 = select i1 %1112, i32 %1111, i32 0
	%1114 = add i32 %1108, %1113
	%1115 = add i32 %1109, %1111
	%1116 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%1117 = load i32, i32 addrspace(3)* %1116
	%1118 = icmp sgt i32 %1061, 4
	%1119 = select i1 %1118, i32 %1117, i32 0
	%1120 = add i32 %1114, %1119
	%1121 = add i32 %1115, %1117
	%1122 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%1123 = load i32, i32 addrspace(3)* %1122
	%1124 = icmp sgt i32 %1061, 5
	%1125 = select i1 %1124, i32 %1123, i32 0
	%1126 = add i32 %1120, %1125
	%1127 = add i32 %1121, %1123
	%1128 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%1129 = load i32, i32 addrspace(3)* %1128
	%1130 = icmp sgt i32 %1061, 6
	%1131 = select i1 %1130, i32 %1129, i32 0
	%1132 = add i32 %1126, %1131
	%1133 = add i32 %1127, %1129
	%1134 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%1135 = load i32, i32 addrspace(3)* %1134
	%1136 = icmp sgt i32 %1061, 7
	%1137 = select i1 %1136, i32 %1135, i32 0
	%1138 = add i32 %1132, %1137
	%1139 = add i32 %1133, %1135
	%1140 = add i32 %1138, %1081
	%1141 = sub i32 %1140, %1058
	%1142 = icmp slt i32 %1141, %1035
	%1143 = add i32 %1141, %1058
	%1144 = icmp sle i32 %1035, %1143
	%1145 = and i1 %1142, %1144
	br i1 %1145, label %1146, label %1149

1146:
	%1147 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	store i32 %1056, i32 addrspace(3)* %1147
	%1148 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	store i32 %1141, i32 addrspace(3)* %1148
	br label %1149

1149:
	call void @llvm.nvvm.barrier0()
	%1150 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	%1151 = load i32, i32 addrspace(3)* %1150
	%1152 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	%1153 = load i32, i32 addrspace(3)* %1152
	%1154 = shl i32 %1151, 16
	%1155 = or i32 %1033, %1154
	%1156 = or i32 %1034, u0xFF0000
	%1157 = sub i32 %1035, %1153
	br label %1158

1158:
	%1159 = phi i32 [ %0, %1149 ], [ %1210, %1209 ]
	%1160 = icmp slt i32 %1159, %16
	br i1 %1160, label %1161, label %1177

1161:
	%1162 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %1159
	%1163 = load i32, i32 addrspace(3)* %1162
	%1164 = icmp uge i32 %1163, 2
	%1165 = and i32 %1163, %1156
	%1166 = icmp eq i32 %1165, %1155
	%1167 = and i1 %1164, %1166
	%1168 = lshr i32 %1163, 8
	%1169 = and i32 %1168, 255
	%1170 = select i1 %1167, i32 %1169, i32 256
	%1171 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1170)
	%1172 = shl i32 1, %3
	%1173 = sub i32 %1172, 1
	%1174 = and i32 %1171, %1173
	%1175 = icmp eq i32 %1174, 0
	%1176 = and i1 %1167, %1175
	br i1 %1176, label %1205, label %1209

1177:
	call void @llvm.nvvm.barrier0()
	%1178 = sub i32 255, %0
	%1179 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %1178
	%1180 = load i32, i32 addrspace(3)* %1179
	%1181 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1181
	%1182 = and i32 %0, 31
	%1183 = lshr i32 %0, 5
	%1184 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1180, i32 1, i32 0)
	%1185 = icmp uge i32 %1182, 1
	%1186 = select i1 %1185, i32 %1184, i32 0
	%1187 = add i32 %1180, %1186
	%1188 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1187, i32 2, i32 0)
	%1189 = icmp uge i32 %1182, 2
	%1190 = select i1 %1189, i32 %1188, i32 0
	%1191 = add i32 %1187, %1190
	%1192 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1191, i32 4, i32 0)
	%1193 = icmp uge i32 %1182, 4
	%1194 = select i1 %1193, i32 %1192, i32 0
	%1195 = add i32 %1191, %1194
	%1196 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1195, i32 8, i32 0)
	%1197 = icmp uge i32 %1182, 8
	%1198 = select i1 %1197, i32 %1196, i32 0
	%1199 = add i32 %1195, %1198
	%1200 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1199, i32 16, i32 0)
	%1201 = icmp uge i32 %1182, 16
	%1202 = select i1 %1201, i32 %1200, i32 0
	%1203 = add i32 %1199, %1202
	%1204 = icmp eq i32 %1182, 31
	br i1 %1204, label %1211, label %1213

1205:
	%1206 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %1169
	%1207 = call i32 @llvm.ctpop.i32(i32 %1171)
	%1208 = atomicrmw add i32 addrspace(3)* %1206, i32 %1207 monotonic
	br label %1209

1209:
	%1210 = add i32 %1159, 256
	br label %1158

1211:
	%1212 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %1183
	store i32 %1203, i32 addrspace(3)* %1212
	br label %1213

1213:
	call void @llvm.nvvm.barrier0()
	%1214 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%1215 = load i32, i32 addrspace(3)* %1214
	%1216 = icmp sgt i32 %1183, 0
	%1217 = select i1 %1216, i32 %1215, i32 0
	%1218 = add i32 0, %1217
	%1219 = add i32 0, %1215
	%1220 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%1221 = load i32, i32 addrspace(3)* %1220
	%1222 = icmp sgt i32 %1183, 1
	%1223 = select i1 %1222, i32 %1221, i32 0
	%1224 = add i32 %1218, %1223
	%1225 = add i32 %1219, %1221
	%1226 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%1227 = load i32, i32 addrspace(3)* %1226
	%1228 = icmp sgt i32 %1183, 2
	%1229 = select i1 %1228, i32 %1227, i32 0
	%1230 = add i32 %1224, %1229
	%1231 = add i32 %1225, %1227
	%1232 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%1233 = load i32, i32 addrspace(3)* %1232
	%1234 = icmp sgt i32 %1183, 3
	%1235 = select i1 %1234, i32 %1233, i32 0
	%1236 = add i32 %1230, %1235
	%1237 = add i32 %1231, %1233
	%1238 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%1239 = load i32, i32 addrspace(3)* %1238
	%1240 = icmp sgt i32 %1183, 4
	%1241 = select i1 %1240, i32 %1239, i32 0
	%1242 = add i32 %1236, %1241
	%1243 = add i32 %1237, %1239
	%1244 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%1245 = load i32, i32 addrspace(3)* %1244
	%1246 = icmp sgt i32 %1183, 5
	%1247 = select i1 %1246, i32 %1245, i32 0
	%1248 = add i32 %1242, %1247
	%1249 = add i32 %1243, %1245
	%1250 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%1251 = load i32, i32 addrspace(3)* %1250
	%1252 = icmp sgt i32 %1183, 6
	%1253 = select i1 %1252, i32 %1251, i32 0
	%1254 = add i32 %1248, %1253
	%1255 = add i32 %1249, %1251
	%1256 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%1257 = load i32, i32 addrspace(3)* %1256
	%1258 = icmp sgt i32 %1183, 7
	%1259 = select i1 %1258, i32 %1257, i32 0
	%1260 = add i32 %1254, %1259
	%1261 = add i32 %1255, %1257
	%1262 = add i32 %1260, %1203
	%1263 = sub i32 %1262, %1180
	%1264 = icmp slt i32 %1263, %1157
	%1265 = add i32 %1263, %1180
	%1266 = icmp sle i32 %1157, %1265
	%1267 = and i1 %1264, %1266
	br i1 %1267, label %1268, label %1271

1268:
	%1269 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	store i32 %1178, i32 addrspace(3)* %1269
	%1270 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	store i32 %1263, i32 addrspace(3)* %1270
	br label %1271

1271:
	call void @llvm.nvvm.barrier0()
	%1272 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	%1273 = load i32, i32 addrspace(3)* %1272
	%1274 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	%1275 = load i32, i32 addrspace(3)* %1274
	%1276 = shl i32 %1273, 8
	%1277 = or i32 %1155, %1276
	%1278 = or i32 %1156, u0xFF00
	%1279 = sub i32 %1157, %1275
	br label %1280

1280:
	%1281 = phi i32 [ %0, %1271 ], [ %1332, %1331 ]
	%1282 = icmp slt i32 %1281, %16
	br i1 %1282, label %1283, label %1299

1283:
	%1284 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %1281
	%1285 = load i32, i32 addrspace(3)* %1284
	%1286 = icmp uge i32 %1285, 2
	%1287 = and i32 %1285, %1278
	%1288 = icmp eq i32 %1287, %1277
	%1289 = and i1 %1286, %1288
	%1290 = lshr i32 %1285, 0
	%1291 = and i32 %1290, 255
	%1292 = select i1 %1289, i32 %1291, i32 256
	%1293 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1292)
	%1294 = shl i32 1, %3
	%1295 = sub i32 %1294, 1
	%1296 = and i32 %1293, %1295
	%1297 = icmp eq i32 %1296, 0
	%1298 = and i1 %1289, %1297
	br i1 %1298, label %1327, label %1331

1299:
	call void @llvm.nvvm.barrier0()
	%1300 = sub i32 255, %0
	%1301 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist2, i32 0, i32 %1300
	%1302 = load i32, i32 addrspace(3)* %1301
	%1303 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1303
	%1304 = and i32 %0, 31
	%1305 = lshr i32 %0, 5
	%1306 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1302, i32 1, i32 0)
	%1307 = icmp uge i32 %1304, 1
	%1308 = select i1 %1307, i32 %1306, i32 0
	%1309 = add i32 %1302, %1308
	%1310 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1309, i32 2, i32 0)
	%1311 = icmp uge i32 %1304, 2
	%1312 = select i1 %1311, i32 %1310, i32 0
	%1313 = add i32 %1309, %1312
	%1314 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1313, i32 4, i32 0)
	%1315 = icmp uge i32 %1304, 4
	%1316 = select i1 %1315, i32 %1314, i32 0
	%1317 = add i32 %1313, %1316
	%1318 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1317, i32 8, i32 0)
	%1319 = icmp uge i32 %1304, 8
	%1320 = select i1 %1319, i32 %1318, i32 0
	%1321 = add i32 %1317, %1320
	%1322 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1321, i32 16, i32 0)
	%1323 = icmp uge i32 %1304, 16
	%1324 = select i1 %1323, i32 %1322, i32 0
	%1325 = add i32 %1321, %1324
	%1326 = icmp eq i32 %1304, 31
	br i1 %1326, label %1333, label %1335

1327:
	%1328 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist2, i32 0, i32 %1291
	%1329 = call i32 @llvm.ctpop.i32(i32 %1293)
	%1330 = atomicrmw add i32 addrspace(3)* %1328, i32 %1329 monotonic
	br label %1331

1331:
	%1332 = add i32 %1281, 256
	br label %1280

1333:
	%1334 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %1305
	store i32 %1325, i32 addrspace(3)* %1334
	br label %1335

1335:
	call void @llvm.nvvm.barrier0()
	%1336 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%1337 = load i32, i32 addrspace(3)* %1336
	%1338 = icmp sgt i32 %1305, 0
	%1339 = select i1 %1338, i32 %1337, i32 0
	%1340 = add i32 0, %1339
	%1341 = add i32 0, %1337
	%1342 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%1343 = load i32, i32 addrspace(3)* %1342
	%1344 = icmp sgt i32 %1305, 1
	%1345 = select i1 %1344, i32 %1343, i32 0
	%1346 = add i32 %1340, %1345
	%1347 = add i32 %1341, %1343
	%1348 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%1349 = load i32, i32 addrspace(3)* %1348
	%1350 = icmp sgt i32 %1305, 2
	%1351 = select i1 %1350, i32 %1349, i32 0
	%1352 = add i32 %1346, %1351
	%1353 = add i32 %1347, %1349
	%1354 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%1355 = load i32, i32 addrspace(3)* %1354
	%1356 = icmp sgt i32 %1305, 3
	%1357 = select i1 %1356, i32 %1355, i32 0
	%1358 = add i32 %1352, %1357
	%1359 = add i32 %1353, %1355
	%1360 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%1361 = load i32, i32 addrspace(3)* %1360
	%1362 = icmp sgt i32 %1305, 4
	%1363 = select i1 %1362, i32 %1361, i32 0
	%1364 = add i32 %1358, %1363
	%1365 = add i32 %1359, %1361
	%1366 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%1367 = load i32, i32 addrspace(3)* %1366
	%1368 = icmp sgt i32 %1305, 5
	%1369 = select i1 %1368, i32 %1367, i32 0
	%1370 = add i32 %1364, %1369
	%1371 = add i32 %1365, %1367
	%1372 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%1373 = load i32, i32 addrspace(3)* %1372
	%1374 = icmp sgt i32 %1305, 6
	%1375 = select i1 %1374, i32 %1373, i32 0
	%1376 = add i32 %1370, %1375
	%1377 = add i32 %1371, %1373
	%1378 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%1379 = load i32, i32 addrspace(3)* %1378
	%1380 = icmp sgt i32 %1305, 7
	%1381 = select i1 %1380, i32 %1379, i32 0
	%1382 = add i32 %1376, %1381
	%1383 = add i32 %1377, %1379
	%1384 = add i32 %1382, %1325
	%1385 = sub i32 %1384, %1302
	%1386 = icmp slt i32 %1385, %1279
	%1387 = add i32 %1385, %1302
	%1388 = icmp sle i32 %1279, %1387
	%1389 = and i1 %1386, %1388
	br i1 %1389, label %1390, label %1393

1390:
	%1391 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	store i32 %1300, i32 addrspace(3)* %1391
	%1392 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	store i32 %1385, i32 addrspace(3)* %1392
	br label %1393

1393:
	call void @llvm.nvvm.barrier0()
	%1394 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	%1395 = load i32, i32 addrspace(3)* %1394
	%1396 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	%1397 = load i32, i32 addrspace(3)* %1396
	%1398 = shl i32 %1395, 0
	%1399 = or i32 %1277, %1398
	%1400 = or i32 %1278, 255
	%1401 = sub i32 %1279, %1397
	%1402 = shl i32 1, %3
	%1403 = sub i32 %1402, 1
	br label %1404

1404:
	%1405 = phi i32 [ 0, %1393 ], [ %1459, %1458 ]
	%1406 = icmp slt i32 %1405, %16
	br i1 %1406, label %1407, label %1416

1407:
	%1408 = add i32 %1405, %0
	%1409 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %1408
	%1410 = load i32, i32 addrspace(3)* %1409
	%1411 = icmp ugt i32 %1410, %1399
	%1412 = icmp eq i32 %1410, %1399
	%1413 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1411)
	%1414 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1412)
	%1415 = icmp eq i32 %3, 0
	br i1 %1415, label %1450, label %1458

1416:
	call void @llvm.nvvm.barrier0()
	%1417 = sdiv i32 %16, 256
	%1418 = mul i32 %1417, 8
	%1419 = icmp slt i32 %0, %1418
	%1420 = select i1 %1419, i32 %0, i32 0
	%1421 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %1420
	%1422 = load i32, i32 addrspace(3)* %1421
	%1423 = select i1 %1419, i32 %1422, i32 0
	%1424 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpt, i32 0, i32 %1420
	%1425 = load i32, i32 addrspace(3)* %1424
	%1426 = select i1 %1419, i32 %1425, i32 0
	%1427 = and i32 %0, 31
	%1428 = lshr i32 %0, 5
	%1429 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1426, i32 1, i32 0)
	%1430 = icmp uge i32 %1427, 1
	%1431 = select i1 %1430, i32 %1429, i32 0
	%1432 = add i32 %1426, %1431
	%1433 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1432, i32 2, i32 0)
	%1434 = icmp uge i32 %1427, 2
	%1435 = select i1 %1434, i32 %1433, i32 0
	%1436 = add i32 %1432, %1435
	%1437 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1436, i32 4, i32 0)
	%1438 = icmp uge i32 %1427, 4
	%1439 = select i1 %1438, i32 %1437, i32 0
	%1440 = add i32 %1436, %1439
	%1441 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1440, i32 8, i32 0)
	%1442 = icmp uge i32 %1427, 8
	%1443 = select i1 %1442, i32 %1441, i32 0
	%1444 = add i32 %1440, %1443
	%1445 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1444, i32 16, i32 0)
	%1446 = icmp uge i32 %1427, 16
	%1447 = select i1 %1446, i32 %1445, i32 0
	%1448 = add i32 %1444, %1447
	%1449 = icmp eq i32 %1427, 31
	br i1 %1449, label %1460, label %1462

1450:
	%1451 = sdiv i32 %1405, 256
	%1452 = mul i32 %1451, 8
	%1453 = add i32 %1452, %4
	%1454 = call i32 @llvm.ctpop.i32(i32 %1413)
	%1455 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %1453
	store i32 %1454, i32 addrspace(3)* %1455
	%1456 = call i32 @llvm.ctpop.i32(i32 %1414)
	%1457 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpt, i32 0, i32 %1453
	store i32 %1456, i32 addrspace(3)* %1457
	br label %1458

1458:
	%1459 = add i32 %1405, 256
	br label %1404

1460:
	%1461 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %1428
	store i32 %1448, i32 addrspace(3)* %1461
	br label %1462

1462:
	call void @llvm.nvvm.barrier0()
	%1463 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%1464 = load i32, i32 addrspace(3)* %1463
	%1465 = icmp sgt i32 %1428, 0
	%1466 = select i1 %1465, i32 %1464, i32 0
	%1467 = add i32 0, %1466
	%1468 = add i32 0, %1464
	%1469 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%1470 = load i32, i32 addrspace(3)* %1469
	%1471 = icmp sgt i32 %1428, 1
	%1472 = select i1 %1471, i32 %1470, i32 0
	%1473 = add i32 %1467, %1472
	%1474 = add i32 %1468, %1470
	%1475 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%1476 = load i32, i32 addrspace(3)* %1475
	%1477 = icmp sgt i32 %1428, 2
	%1478 = select i1 %1477, i32 %1476, i32 0
	%1479 = add i32 %1473, %1478
	%1480 = add i32 %1474, %1476
	%1481 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%1482 = load i32, i32 addrspace(3)* %1481
	%1483 = icmp sgt i32 %1428, 3
	%1484 = select i1 %1483, i32 %1482, i32 0
	%1485 = add i32 %1479, %1484
	%1486 = add i32 %1480, %1482
	%1487 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%1488 = load i32, i32 addrspace(3)* %1487
	%1489 = icmp sgt i32 %1428, 4
	%1490 = select i1 %1489, i32 %1488, i32 0
	%1491 = add i32 %1485, %1490
	%1492 = add i32 %1486, %1488
	%1493 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%1494 = load i32, i32 addrspace(3)* %1493
	%1495 = icmp sgt i32 %1428, 5
	%1496 = select i1 %1495, i32 %1494, i32 0
	%1497 = add i32 %1491, %1496
	%1498 = add i32 %1492, %1494
	%1499 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%1500 = load i32, i32 addrspace(3)* %1499
	%1501 = icmp sgt i32 %1428, 6
	%1502 = select i1 %1501, i32 %1500, i32 0
	%1503 = add i32 %1497, %1502
	%1504 = add i32 %1498, %1500
	%1505 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%1506 = load i32, i32 addrspace(3)* %1505
	%1507 = icmp sgt i32 %1428, 7
	%1508 = select i1 %1507, i32 %1506, i32 0
	%1509 = add i32 %1503, %1508
	%1510 = add i32 %1504, %1506
	%1511 = add i32 %1509, %1448
	%1512 = sub i32 %1511, %1426
	%1513 = sub i32 %1401, %1512
	%1514 = icmp sgt i32 %1513, 0
	%1515 = select i1 %1514, i32 %1513, i32 0
	%1516 = icmp slt i32 %1515, %1426
	%1517 = select i1 %1516, i32 %1515, i32 %1426
	%1518 = add i32 %1423, %1517
	%1519 = and i32 %0, 31
	%1520 = lshr i32 %0, 5
	%1521 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1518, i32 1, i32 0)
	%1522 = icmp uge i32 %1519, 1
	%1523 = select i1 %1522, i32 %1521, i32 0
	%1524 = add i32 %1518, %1523
	%1525 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1524, i32 2, i32 0)
	%1526 = icmp uge i32 %1519, 2
	%1527 = select i1 %1526, i32 %1525, i32 0
	%1528 = add i32 %1524, %1527
	%1529 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1528, i32 4, i32 0)
	%1530 = icmp uge i32 %1519, 4
	%1531 = select i1 %1530, i32 %1529, i32 0
	%1532 = add i32 %1528, %1531
	%1533 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1532, i32 8, i32 0)
	%1534 = icmp uge i32 %1519, 8
	%1535 = select i1 %1534, i32 %1533, i32 0
	%1536 = add i32 %1532, %1535
	%1537 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1536, i32 16, i32 0)
	%1538 = icmp uge i32 %1519, 16
	%1539 = select i1 %1538, i32 %1537, i32 0
	%1540 = add i32 %1536, %1539
	%1541 = icmp eq i32 %1519, 31
	br i1 %1541, label %1542, label %1544

1542:
	%1543 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 %1520
	store i32 %1540, i32 addrspace(3)* %1543
	br label %1544

1544:
	call void @llvm.nvvm.barrier0()
	%1545 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 0
	%1546 = load i32, i32 addrspace(3)* %1545
	%1547 = icmp sgt i32 %1520, 0
	%1548 = select i1 %1547, i32 %1546, i32 0
	%1549 = add i32 0, %1548
	%1550 = add i32 0, %1546
	%1551 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 1
	%1552 = load i32, i32 addrspace(3)* %1551
	%1553 = icmp sgt i32 %1520, 1
	%1554 = select i1 %1553, i32 %1552, i32 0
	%1555 = add i32 %1549, %1554
	%1556 = add i32 %1550, %1552
	%1557 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 2
	%1558 = load i32, i32 addrspace(3)* %1557
	%1559 = icmp sgt i32 %1520, 2
	%1560 = select i1 %1559, i32 %1558, i32 0
	%1561 = add i32 %1555, %1560
	%1562 = add i32 %1556, %1558
	%1563 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 3
	%1564 = load i32, i32 addrspace(3)* %1563
	%1565 = icmp sgt i32 %1520, 3
	%1566 = select i1 %1565, i32 %1564, i32 0
	%1567 = add i32 %1561, %1566
	%1568 = add i32 %1562, %1564
	%1569 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 4
	%1570 = load i32, i32 addrspace(3)* %1569
	%1571 = icmp sgt i32 %1520, 4
	%1572 = select i1 %1571, i32 %1570, i32 0
	%1573 = add i32 %1567, %1572
	%1574 = add i32 %1568, %1570
	%1575 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 5
	%1576 = load i32, i32 addrspace(3)* %1575
	%1577 = icmp sgt i32 %1520, 5
	%1578 = select i1 %1577, i32 %1576, i32 0
	%1579 = add i32 %1573, %1578
	%1580 = add i32 %1574, %1576
	%1581 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 6
	%1582 = load i32, i32 addrspace(3)* %1581
	%1583 = icmp sgt i32 %1520, 6
	%1584 = select i1 %1583, i32 %1582, i32 0
	%1585 = add i32 %1579, %1584
	%1586 = add i32 %1580, %1582
	%1587 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 7
	%1588 = load i32, i32 addrspace(3)* %1587
	%1589 = icmp sgt i32 %1520, 7
	%1590 = select i1 %1589, i32 %1588, i32 0
	%1591 = add i32 %1585, %1590
	%1592 = add i32 %1586, %1588
	%1593 = add i32 %1591, %1540
	%1594 = sub i32 %1593, %1518
	br i1 %1419, label %1595, label %1598

1595:
	%1596 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %0
	store i32 %1594, i32 addrspace(3)* %1596
	%1597 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpt, i32 0, i32 %0
	store i32 %1512, i32 addrspace(3)* %1597
	br label %1598

1598:
	call void @llvm.nvvm.barrier0()
	br label %1599

1599:
	%1600 = phi i32 [ 0, %1598 ], [ %1632, %1631 ]
	%1601 = icmp slt i32 %1600, %16
	br i1 %1601, label %1602, label %1627

1602:
	%1603 = add i32 %1600, %0
	%1604 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %1603
	%1605 = load i32, i32 addrspace(3)* %1604
	%1606 = icmp ugt i32 %1605, %1399
	%1607 = icmp eq i32 %1605, %1399
	%1608 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1606)
	%1609 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1607)
	%1610 = sdiv i32 %1600, 256
	%1611 = mul i32 %1610, 8
	%1612 = add i32 %1611, %4
	%1613 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpt, i32 0, i32 %1612
	%1614 = load i32, i32 addrspace(3)* %1613
	%1615 = and i32 %1609, %1403
	%1616 = call i32 @llvm.ctpop.i32(i32 %1615)
	%1617 = add i32 %1614, %1616
	%1618 = icmp slt i32 %1617, %1401
	%1619 = and i1 %1607, %1618
	%1620 = or i1 %1606, %1619
	%1621 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1620)
	%1622 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %1612
	%1623 = load i32, i32 addrspace(3)* %1622
	%1624 = and i32 %1621, %1403
	%1625 = call i32 @llvm.ctpop.i32(i32 %1624)
	%1626 = add i32 %1623, %1625
	br i1 %1620, label %1628, label %1631

1627:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1628:
	%1629 = add i32 %1600, %0
	%1630 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_c, i32 0, i32 %1626
	store i32 %1629, i32 addrspace(3)* %1630
	br label %1631

1631:
	%1632 = add i32 %1600, 256
	br label %1599

1633:
	%1634 = phi i32 [ %0, %mass_taken ], [ %1647, %1636 ]
	%1635 = icmp slt i32 %1634, %772
	br i1 %1635, label %1636, label %1648

1636:
	%1637 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_c, i32 0, i32 %1634
	%1638 = load i32, i32 addrspace(3)* %1637
	%1639 = add i32 %238, %1634
	%1640 = add i32 %13, %1639
	%1641 = sext i32 %1640 to i64
	%1642 = getelementptr i32, i32* %list, i64 %1641
	store i32 %1638, i32* %1642
	%1643 = add i32 %13, %NK
	%1644 = add i32 %1643, %1639
	%1645 = sext i32 %1644 to i64
	%1646 = getelementptr i32, i32* %list, i64 %1645
	store i32 0, i32* %1646
	%1647 = add i32 %1634, 256
	br label %1633

1648:
	call void @llvm.nvvm.barrier0()
	%1649 = icmp eq i32 %4, 0
	br i1 %1649, label %1650, label %1653

1650:
	%1651 = getelementptr [1 x double], [1 x double] addrspace(3)* @massindex_select1_mass, i32 0, i32 0
	%1652 = load double, double addrspace(3)* %1651
	br label %1666

1653:
	call void @llvm.nvvm.barrier0()
	%1654 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 1
	%1655 = load i32, i32 addrspace(3)* %1654
	%1656 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 2
	%1657 = load i32, i32 addrspace(3)* %1656
	%1658 = icmp ne i32 %1657, 0
	%1659 = icmp sge i32 %772, %239
	%1660 = or i1 %1658, %1659
	%1661 = mul i32 %772, 4
	%1662 = icmp sgt i32 %1661, 64
	%1663 = select i1 %1662, i32 %1661, i32 64
	%1664 = icmp slt i32 %1663, %239
	%1665 = select i1 %1664, i32 %1663, i32 %239
	br i1 %1660, label %mass_done, label %mass

1666:
	%1667 = phi i32 [ 0, %1650 ], [ %2131, %2128 ]
	%1668 = phi double [ %1652, %1650 ], [ %2129, %2128 ]
	%1669 = phi i32 [ 0, %1650 ], [ %2130, %2128 ]
	%1670 = icmp slt i32 %1667, %772
	br i1 %1670, label %1671, label %1674

1671:
	%1672 = add i32 %1667, %3
	%1673 = icmp slt i32 %1672, %772
	br i1 %1673, label %1676, label %1683

1674:
	%1675 = icmp eq i32 %3, 0
	br i1 %1675, label %2132, label %2137

1676:
	%1677 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_c, i32 0, i32 %1672
	%1678 = load i32, i32 addrspace(3)* %1677
	%1679 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %1678
	%1680 = load i32, i32 addrspace(3)* %1679
	%1681 = sub i32 %1680, 2
	%1682 = bitcast i32 %1681 to float
	br label %1683

1683:
	%1684 = phi float [ 0.0, %1671 ], [ %1682, %1676 ]
	%1685 = fpext float %1684 to double
	%1686 = fcmp one float %1684, 0.0
	%1687 = call float @llvm.fabs.f32(float %1684)
	%1688 = fcmp olt float %1687, 0x3E20000000000000
	%1689 = and i1 %1686, %1688
	%1690 = fmul double %1668, 4.503599627370496e+15
	%1691 = call double @llvm.trunc.f64(double %1690)
	%1692 = fcmp oeq double %1690, %1691
	%1693 = bitcast double %1685 to i64
	%1694 = trunc i64 %1693 to i32
	%1695 = lshr i64 %1693, 32
	%1696 = trunc i64 %1695 to i32
	%1697 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1694, i32 1, i32 0)
	%1698 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1696, i32 1, i32 0)
	%1699 = zext i32 %1697 to i64
	%1700 = zext i32 %1698 to i64
	%1701 = shl i64 %1700, 32
	%1702 = or i64 %1699, %1701
	%1703 = bitcast i64 %1702 to double
	%1704 = icmp uge i32 %3, 1
	%1705 = fadd double %1685, %1703
	%1706 = select i1 %1704, double %1705, double %1685
	%1707 = bitcast double %1706 to i64
	%1708 = trunc i64 %1707 to i32
	%1709 = lshr i64 %1707, 32
	%1710 = trunc i64 %1709 to i32
	%1711 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1708, i32 2, i32 0)
	%1712 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1710, i32 2, i32 0)
	%1713 = zext i32 %1711 to i64
	%1714 = zext i32 %1712 to i64
	%1715 = shl i64 %1714, 32
	%1716 = or i64 %1713, %1715
	%1717 = bitcast i64 %1716 to double
	%1718 = icmp uge i32 %3, 2
	%1719 = fadd double %1706, %1717
	%1720 = select i1 %1718, double %1719, double %1706
	%1721 = bitcast double %1720 to i64
	%1722 = trunc i64 %1721 to i32
	%1723 = lshr i64 %1721, 32
	%1724 = trunc i64 %1723 to i32
	%1725 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1722, i32 4, i32 0)
	%1726 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1724, i32 4, i32 0)
	%1727 = zext i32 %1725 to i64
	%1728 = zext i32 %1726 to i64
	%1729 = shl i64 %1728, 32
	%1730 = or i64 %1727, %1729
	%1731 = bitcast i64 %1730 to double
	%1732 = icmp uge i32 %3, 4
	%1733 = fadd double %1720, %1731
	%1734 = select i1 %1732, double %1733, double %1720
	%1735 = bitcast double %1734 to i64
	%1736 = trunc i64 %1735 to i32
	%1737 = lshr i64 %1735, 32
	%1738 = trunc i64 %1737 to i32
	%1739 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1736, i32 8, i32 0)
	%1740 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1738, i32 8, i32 0)
	%1741 = zext i32 %1739 to i64
	%1742 = zext i32 %1740 to i64
	%1743 = shl i64 %1742, 32
	%1744 = or i64 %1741, %1743
	%1745 = bitcast i64 %1744 to double
	%1746 = icmp uge i32 %3, 8
	%1747 = fadd double %1734, %1745
	%1748 = select i1 %1746, double %1747, double %1734
	%1749 = bitcast double %1748 to i64
	%1750 = trunc i64 %1749 to i32
	%1751 = lshr i64 %1749, 32
	%1752 = trunc i64 %1751 to i32
	%1753 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1750, i32 16, i32 0)
	%1754 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1752, i32 16, i32 0)
	%1755 = zext i32 %1753 to i64
	%1756 = zext i32 %1754 to i64
	%1757 = shl i64 %1756, 32
	%1758 = or i64 %1755, %1757
	%1759 = bitcast i64 %1758 to double
	%1760 = icmp uge i32 %3, 16
	%1761 = fadd double %1748, %1759
	%1762 = select i1 %1760, double %1761, double %1748
	%1763 = bitcast double %1762 to i64
	%1764 = trunc i64 %1763 to i32
	%1765 = lshr i64 %1763, 32
	%1766 = trunc i64 %1765 to i32
	%1767 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1764, i32 31, i32 31)
	%1768 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1766, i32 31, i32 31)
	%1769 = zext i32 %1767 to i64
	%1770 = zext i32 %1768 to i64
	%1771 = shl i64 %1770, 32
	%1772 = or i64 %1769, %1771
	%1773 = bitcast i64 %1772 to double
	%1774 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1689)
	%1775 = xor i1 %1774, true
	%1776 = and i1 %1692, %1775
	%1777 = fadd double %1668, %1773
	%1778 = fcmp olt double %1777, 1.5
	%1779 = and i1 %1776, %1778
	%1780 = fcmp oge double %1668, 0x3FECCCCCCCCCCCCD
	%1781 = or i1 %1779, %1780
	br i1 %1781, label %1782, label %1807

1782:
	%1783 = fsub double %1762, %1685
	%1784 = fadd double %1668, %1783
	%1785 = fcmp olt double %1784, 0x3FECCCCCCCCCCCCD
	%1786 = and i1 %1673, %1785
	%1787 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1786)
	%1788 = call i32 @llvm.ctpop.i32(i32 %1787)
	%1789 = sub i32 %1788, 1
	%1790 = icmp sgt i32 %1789, 0
	%1791 = select i1 %1790, i32 %1789, i32 0
	%1792 = bitcast double %1762 to i64
	%1793 = trunc i64 %1792 to i32
	%1794 = lshr i64 %1792, 32
	%1795 = trunc i64 %1794 to i32
	%1796 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1793, i32 %1791, i32 31)
	%1797 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1795, i32 %1791, i32 31)
	%1798 = zext i32 %1796 to i64
	%1799 = zext i32 %1797 to i64
	%1800 = shl i64 %1799, 32
	%1801 = or i64 %1798, %1800
	%1802 = bitcast i64 %1801 to double
	%1803 = icmp sgt i32 %1788, 0
	%1804 = fadd double %1668, %1802
	%1805 = select i1 %1803, double %1804, double %1668
	%1806 = add i32 %1669, %1788
	br label %2128

1807:
	%1808 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 0, i32 31)
	%1809 = fcmp olt double %1668, 0x3FECCCCCCCCCCCCD
	%1810 = add i32 %1667, 0
	%1811 = icmp slt i32 %1810, %772
	%1812 = and i1 %1809, %1811
	%1813 = fpext float %1808 to double
	%1814 = fadd double %1668, %1813
	%1815 = select i1 %1812, double %1814, double %1668
	%1816 = add i32 %1669, 1
	%1817 = select i1 %1812, i32 %1816, i32 %1669
	%1818 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 1, i32 31)
	%1819 = fcmp olt double %1815, 0x3FECCCCCCCCCCCCD
	%1820 = add i32 %1667, 1
	%1821 = icmp slt i32 %1820, %772
	%1822 = and i1 %1819, %1821
	%1823 = fpext float %1818 to double
	%1824 = fadd double %1815, %1823
	%1825 = select i1 %1822, double %1824, double %1815
	%1826 = add i32 %1817, 1
	%1827 = select i1 %1822, i32 %1826, i32 %1817
	%1828 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 2, i32 31)
	%1829 = fcmp olt double %1825, 0x3FECCCCCCCCCCCCD
	%1830 = add i32 %1667, 2
	%1831 = icmp slt i32 %1830, %772
	%1832 = and i1 %1829, %1831
	%1833 = fpext float %1828 to double
	%1834 = fadd double %1825, %1833
	%1835 = select i1 %1832, double %1834, double %1825
	%1836 = add i32 %1827, 1
	%1837 = select i1 %1832, i32 %1836, i32 %1827
	%1838 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 3, i32 31)
	%1839 = fcmp olt double %1835, 0x3FECCCCCCCCCCCCD
	%1840 = add i32 %1667, 3
	%1841 = icmp slt i32 %1840, %772
	%1842 = and i1 %1839, %1841
	%1843 = fpext float %1838 to double
	%1844 = fadd double %1835, %1843
	%1845 = select i1 %1842, double %1844, double %1835
	%1846 = add i32 %1837, 1
	%1847 = select i1 %1842, i32 %1846, i32 %1837
	%1848 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 4, i32 31)
	%1849 = fcmp olt double %1845, 0x3FECCCCCCCCCCCCD
	%1850 = add i32 %1667, 4
	%1851 = icmp slt i32 %1850, %772
	%1852 = and i1 %1849, %1851
	%1853 = fpext float %1848 to double
	%1854 = fadd double %1845, %1853
	%1855 = select i1 %1852, double %1854, double %1845
	%1856 = add i32 %1847, 1
	%1857 = select i1 %1852, i32 %1856, i32 %1847
	%1858 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 5, i32 31)
	%1859 = fcmp olt double %1855, 0x3FECCCCCCCCCCCCD
	%1860 = add i32 %1667, 5
	%1861 = icmp slt i32 %1860, %772
	%1862 = and i1 %1859, %1861
	%1863 = fpext float %1858 to double
	%1864 = fadd double %1855, %1863
	%1865 = select i1 %1862, double %1864, double %1855
	%1866 = add i32 %1857, 1
	%1867 = select i1 %1862, i32 %1866, i32 %1857
	%1868 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 6, i32 31)
	%1869 = fcmp olt double %1865, 0x3FECCCCCCCCCCCCD
	%1870 = add i32 %1667, 6
	%1871 = icmp slt i32 %1870, %772
	%1872 = and i1 %1869, %1871
	%1873 = fpext float %1868 to double
	%1874 = fadd double %1865, %1873
	%1875 = select i1 %1872, double %1874, double %1865
	%1876 = add i32 %1867, 1
	%1877 = select i1 %1872, i32 %1876, i32 %1867
	%1878 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 7, i32 31)
	%1879 = fcmp olt double %1875, 0x3FECCCCCCCCCCCCD
	%1880 = add i32 %1667, 7
	%1881 = icmp slt i32 %1880, %772
	%1882 = and i1 %1879, %1881
	%1883 = fpext float %1878 to double
	%1884 = fadd double %1875, %1883
	%1885 = select i1 %1882, double %1884, double %1875
	%1886 = add i32 %1877, 1
	%1887 = select i1 %1882, i32 %1886, i32 %1877
	%1888 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 8, i32 31)
	%1889 = fcmp olt double %1885, 0x3FECCCCCCCCCCCCD
	%1890 = add i32 %1667, 8
	%1891 = icmp slt i32 %1890, %772
	%1892 = and i1 %1889, %1891
	%1893 = fpext float %1888 to double
	%1894 = fadd double %1885, %1893
	%1895 = select i1 %1892, double %1894, double %1885
	%1896 = add i32 %1887, 1
	%1897 = select i1 %1892, i32 %1896, i32 %1887
	%1898 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 9, i32 31)
	%1899 = fcmp olt double %1895, 0x3FECCCCCCCCCCCCD
	%1900 = add i32 %1667, 9
	%1901 = icmp slt i32 %1900, %772
	%1902 = and i1 %1899, %1901
	%1903 = fpext float %1898 to double
	%1904 = fadd double %1895, %1903
	%1905 = select i1 %1902, double %1904, double %1895
	%1906 = add i32 %1897, 1
	%1907 = select i1 %1902, i32 %1906, i32 %1897
	%1908 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 10, i32 31)
	%1909 = fcmp olt double %1905, 0x3FECCCCCCCCCCCCD
	%1910 = add i32 %1667, 10
	%1911 = icmp slt i32 %1910, %772
	%1912 = and i1 %1909, %1911
	%1913 = fpext float %1908 to double
	%1914 = fadd double %1905, %1913
	%1915 = select i1 %1912, double %1914, double %1905
	%1916 = add i32 %1907, 1
	%1917 = select i1 %1912, i32 %1916, i32 %1907
	%1918 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 11, i32 31)
	%1919 = fcmp olt double %1915, 0x3FECCCCCCCCCCCCD
	%1920 = add i32 %1667, 11
	%1921 = icmp slt i32 %1920, %772
	%1922 = and i1 %1919, %1921
	%1923 = fpext float %1918 to double
	%1924 = fadd double %1915, %1923
	%1925 = select i1 %1922, double %1924, double %1915
	%1926 = add i32 %1917, 1
	%1927 = select i1 %1922, i32 %1926, i32 %1917
	%1928 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 12, i32 31)
	%1929 = fcmp olt double %1925, 0x3FECCCCCCCCCCCCD
	%1930 = add i32 %1667, 12
	%1931 = icmp slt i32 %1930, %772
	%1932 = and i1 %1929, %1931
	%1933 = fpext float %1928 to double
	%1934 = fadd double %1925, %1933
	%1935 = select i1 %1932, double %1934, double %1925
	%1936 = add i32 %1927, 1
	%1937 = select i1 %1932, i32 %1936, i32 %1927
	%1938 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 13, i32 31)
	%1939 = fcmp olt double %1935, 0x3FECCCCCCCCCCCCD
	%1940 = add i32 %1667, 13
	%1941 = icmp slt i32 %1940, %772
	%1942 = and i1 %1939, %1941
	%1943 = fpext float %1938 to double
	%1944 = fadd double %1935, %1943
	%1945 = select i1 %1942, double %1944, double %1935
	%1946 = add i32 %1937, 1
	%1947 = select i1 %1942, i32 %1946, i32 %1937
	%1948 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 14, i32 31)
	%1949 = fcmp olt double %1945, 0x3FECCCCCCCCCCCCD
	%1950 = add i32 %1667, 14
	%1951 = icmp slt i32 %1950, %772
	%1952 = and i1 %1949, %1951
	%1953 = fpext float %1948 to double
	%1954 = fadd double %1945, %1953
	%1955 = select i1 %1952, double %1954, double %1945
	%1956 = add i32 %1947, 1
	%1957 = select i1 %1952, i32 %1956, i32 %1947
	%1958 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 15, i32 31)
	%1959 = fcmp olt double %1955, 0x3FECCCCCCCCCCCCD
	%1960 = add i32 %1667, 15
	%1961 = icmp slt i32 %1960, %772
	%1962 = and i1 %1959, %1961
	%1963 = fpext float %1958 to double
	%1964 = fadd double %1955, %1963
	%1965 = select i1 %1962, double %1964, double %1955
	%1966 = add i32 %1957, 1
	%1967 = select i1 %1962, i32 %1966, i32 %1957
	%1968 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 16, i32 31)
	%1969 = fcmp olt double %1965, 0x3FECCCCCCCCCCCCD
	%1970 = add i32 %1667, 16
	%1971 = icmp slt i32 %1970, %772
	%1972 = and i1 %1969, %1971
	%1973 = fpext float %1968 to double
	%1974 = fadd double %1965, %1973
	%1975 = select i1 %1972, double %1974, double %1965
	%1976 = add i32 %1967, 1
	%1977 = select i1 %1972, i32 %1976, i32 %1967
	%1978 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 17, i32 31)
	%1979 = fcmp olt double %1975, 0x3FECCCCCCCCCCCCD
	%1980 = add i32 %1667, 17
	%1981 = icmp slt i32 %1980, %772
	%1982 = and i1 %1979, %1981
	%1983 = fpext float %1978 to double
	%1984 = fadd double %1975, %1983
	%1985 = select i1 %1982, double %1984, double %1975
	%1986 = add i32 %1977, 1
	%1987 = select i1 %1982, i32 %1986, i32 %1977
	%1988 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 18, i32 31)
	%1989 = fcmp olt double %1985, 0x3FECCCCCCCCCCCCD
	%1990 = add i32 %1667, 18
	%1991 = icmp slt i32 %1990, %772
	%1992 = and i1 %1989, %1991
	%1993 = fpext float %1988 to double
	%1994 = fadd double %1985, %1993
	%1995 = select i1 %1992, double %1994, double %1985
	%1996 = add i32 %1987, 1
	%1997 = select i1 %1992, i32 %1996, i32 %1987
	%1998 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 19, i32 31)
	%1999 = fcmp olt double %1995, 0x3FECCCCCCCCCCCCD
	%2000 = add i32 %1667, 19
	%2001 = icmp slt i32 %2000, %772
	%2002 = and i1 %1999, %2001
	%2003 = fpext float %1998 to double
	%2004 = fadd double %1995, %2003
	%2005 = select i1 %2002, double %2004, double %1995
	%2006 = add i32 %1997, 1
	%2007 = select i1 %2002, i32 %2006, i32 %1997
	%2008 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 20, i32 31)
	%2009 = fcmp olt double %2005, 0x3FECCCCCCCCCCCCD
	%2010 = add i32 %1667, 20
	%2011 = icmp slt i32 %2010, %772
	%2012 = and i1 %2009, %2011
	%2013 = fpext float %2008 to double
	%2014 = fadd double %2005, %2013
	%2015 = select i1 %2012, double %2014, double %2005
	%2016 = add i32 %2007, 1
	%2017 = select i1 %2012, i32 %2016, i32 %2007
	%2018 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 21, i32 31)
	%2019 = fcmp olt double %2015, 0x3FECCCCCCCCCCCCD
	%2020 = add i32 %1667, 21
	%2021 = icmp slt i32 %2020, %772
	%2022 = and i1 %2019, %2021
	%2023 = fpext float %2018 to double
	%2024 = fadd double %2015, %2023
	%2025 = select i1 %2022, double %2024, double %2015
	%2026 = add i32 %2017, 1
	%2027 = select i1 %2022, i32 %2026, i32 %2017
	%2028 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 22, i32 31)
	%2029 = fcmp olt double %2025, 0x3FECCCCCCCCCCCCD
	%2030 = add i32 %1667, 22
	%2031 = icmp slt i32 %2030, %772
	%2032 = and i1 %2029, %2031
	%2033 = fpext float %2028 to double
	%2034 = fadd double %2025, %2033
	%2035 = select i1 %2032, double %2034, double %2025
	%2036 = add i32 %2027, 1
	%2037 = select i1 %2032, i32 %2036, i32 %2027
	%2038 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 23, i32 31)
	%2039 = fcmp olt double %2035, 0x3FECCCCCCCCCCCCD
	%2040 = add i32 %1667, 23
	%2041 = icmp slt i32 %2040, %772
	%2042 = and i1 %2039, %2041
	%2043 = fpext float %2038 to double
	%2044 = fadd double %2035, %2043
	%2045 = select i1 %2042, double %2044, double %2035
	%2046 = add i32 %2037, 1
	%2047 = select i1 %2042, i32 %2046, i32 %2037
	%2048 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 24, i32 31)
	%2049 = fcmp olt double %2045, 0x3FECCCCCCCCCCCCD
	%2050 = add i32 %1667, 24
	%2051 = icmp slt i32 %2050, %772
	%2052 = and i1 %2049, %2051
	%2053 = fpext float %2048 to double
	%2054 = fadd double %2045, %2053
	%2055 = select i1 %2052, double %2054, double %2045
	%2056 = add i32 %2047, 1
	%2057 = select i1 %2052, i32 %2056, i32 %2047
	%2058 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 25, i32 31)
	%2059 = fcmp olt double %2055, 0x3FECCCCCCCCCCCCD
	%2060 = add i32 %1667, 25
	%2061 = icmp slt i32 %2060, %772
	%2062 = and i1 %2059, %2061
	%2063 = fpext float %2058 to double
	%2064 = fadd double %2055, %2063
	%2065 = select i1 %2062, double %2064, double %2055
	%2066 = add i32 %2057, 1
	%2067 = select i1 %2062, i32 %2066, i32 %2057
	%2068 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 26, i32 31)
	%2069 = fcmp olt double %2065, 0x3FECCCCCCCCCCCCD
	%2070 = add i32 %1667, 26
	%2071 = icmp slt i32 %2070, %772
	%2072 = and i1 %2069, %2071
	%2073 = fpext float %2068 to double
	%2074 = fadd double %2065, %2073
	%2075 = select i1 %2072, double %2074, double %2065
	%2076 = add i32 %2067, 1
	%2077 = select i1 %2072, i32 %2076, i32 %2067
	%2078 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 27, i32 31)
	%2079 = fcmp olt double %2075, 0x3FECCCCCCCCCCCCD
	%2080 = add i32 %1667, 27
	%2081 = icmp slt i32 %2080, %772
	%2082 = and i1 %2079, %2081
	%2083 = fpext float %2078 to double
	%2084 = fadd double %2075, %2083
	%2085 = select i1 %2082, double %2084, double %2075
	%2086 = add i32 %2077, 1
	%2087 = select i1 %2082, i32 %2086, i32 %2077
	%2088 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 28, i32 31)
	%2089 = fcmp olt double %2085, 0x3FECCCCCCCCCCCCD
	%2090 = add i32 %1667, 28
	%2091 = icmp slt i32 %2090, %772
	%2092 = and i1 %2089, %2091
	%2093 = fpext float %2088 to double
	%2094 = fadd double %2085, %2093
	%2095 = select i1 %2092, double %2094, double %2085
	%2096 = add i32 %2087, 1
	%2097 = select i1 %2092, i32 %2096, i32 %2087
	%2098 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 29, i32 31)
	%2099 = fcmp olt double %2095, 0x3FECCCCCCCCCCCCD
	%2100 = add i32 %1667, 29
	%2101 = icmp slt i32 %2100, %772
	%2102 = and i1 %2099, %2101
	%2103 = fpext float %2098 to double
	%2104 = fadd double %2095, %2103
	%2105 = select i1 %2102, double %2104, double %2095
	%2106 = add i32 %2097, 1
	%2107 = select i1 %2102, i32 %2106, i32 %2097
	%2108 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 30, i32 31)
	%2109 = fcmp olt double %2105, 0x3FECCCCCCCCCCCCD
	%2110 = add i32 %1667, 30
	%2111 = icmp slt i32 %2110, %772
	%2112 = and i1 %2109, %2111
	%2113 = fpext float %2108 to double
	%2114 = fadd double %2105, %2113
	%2115 = select i1 %2112, double %2114, double %2105
	%2116 = add i32 %2107, 1
	%2117 = select i1 %2112, i32 %2116, i32 %2107
	%2118 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1684, i32 31, i32 31)
	%2119 = fcmp olt double %2115, 0x3FECCCCCCCCCCCCD
	%2120 = add i32 %1667, 31
	%2121 = icmp slt i32 %2120, %772
	%2122 = and i1 %2119, %2121
	%2123 = fpext float %2118 to double
	%2124 = fadd double %2115, %2123
	%2125 = select i1 %2122, double %2124, double %2115
	%2126 = add i32 %2117, 1
	%2127 = select i1 %2122, i32 %2126, i32 %2117
	br label %2128

2128:
	%2129 = phi double [ %1805, %1782 ], [ %2125, %1807 ]
	%2130 = phi i32 [ %1806, %1782 ], [ %2127, %1807 ]
	%2131 = add i32 %1667, 32
	br label %1666

2132:
	%2133 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 1
	store i32 %1669, i32 addrspace(3)* %2133
	%2134 = fcmp oge double %1668, 0x3FECCCCCCCCCCCCD
	%2135 = zext i1 %2134 to i32
	%2136 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 2
	store i32 %2135, i32 addrspace(3)* %2136
	br label %2137

2137:
	br label %1653

2138:
	%2139 = phi i32 [ %778, %mass_done ], [ %2149, %2141 ]
	%2140 = icmp slt i32 %2139, %NK
	br i1 %2140, label %2141, label %2150

2141:
	%2142 = add i32 %13, %2139
	%2143 = sext i32 %2142 to i64
	%2144 = getelementptr i32, i32* %list, i64 %2143
	store i32 -1, i32* %2144
	%2145 = add i32 %13, %NK
	%2146 = add i32 %2145, %2139
	%2147 = sext i32 %2146 to i64
	%2148 = getelementptr i32, i32* %list, i64 %2147
	store i32 -1, i32* %2148
	%2149 = add i32 %2139, 256
	br label %2138

2150:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare double @llvm.ceil.f64(double %p0)

declare double @llvm.maxnum.f64(double %p0, double %p1)

declare double @llvm.minnum.f64(double %p0, double %p1)

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare float @llvm.fabs.f32(float %p0)

declare double @llvm.trunc.f64(double %p0)

declare i32 @llvm.nvvm.shfl.sync.idx.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.shfl.sync.idx.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

define ptx_kernel void @massindex_pool_q0(i16* %x, float* %out, i32 %L, i32 %NT) {
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

define ptx_kernel void @massindex_pool_k0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 32
	%4 = add i32 %3, 32
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 32
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

define ptx_kernel void @massindex_scores0(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
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
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @massindex_scores0_a, i32 0, i32 %283
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
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @massindex_scores0_b, i32 0, i32 %296
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
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @massindex_scores0_a, i32 0, i32 %315
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
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @massindex_scores0_b, i32 0, i32 %328
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
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @massindex_scores0_a, i32 0, i32 %347
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
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @massindex_scores0_b, i32 0, i32 %360
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
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @massindex_scores0_a, i32 0, i32 %379
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
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @massindex_scores0_b, i32 0, i32 %392
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
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @massindex_scores0_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @massindex_scores0_b, i32 0, i32 %433
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

define ptx_kernel void @massindex_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @massindex_attn2_smem to i32
	%1 = add i32 %0, u0x1000
	%2 = add i32 %0, u0x2000
	%3 = lshr i32 %2, 4
	%4 = and i32 %3, u0x3FFF
	%5 = lshr i32 %0, 4
	%6 = and i32 %5, u0x3FFF
	%7 = lshr i32 %1, 4
	%8 = and i32 %7, u0x3FFF
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%10 = lshr i32 %9, 5
	%11 = and i32 %9, 31
	%12 = lshr i32 %11, 2
	%13 = and i32 %11, 3
	%14 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%15 = mul i32 %14, %NQ
	%16 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%17 = add i32 %15, %16
	%18 = mul i32 %hg, %NQ
	%19 = udiv i32 %17, %18
	%20 = urem i32 %17, %18
	%21 = mul i32 %19, %hg
	%22 = sub i32 %H, %21
	%23 = icmp slt i32 %hg, %22
	%24 = select i1 %23, i32 %hg, i32 %22
	%25 = sub i32 %NQ, 1
	%26 = udiv i32 %20, %24
	%27 = sub i32 %25, %26
	%28 = urem i32 %20, %24
	%29 = add i32 %21, %28
	%30 = sdiv i32 %29, %group
	%31 = mul i32 %27, 64
	%32 = mul i32 %29, %M
	%33 = mul i32 %32, 64
	%34 = sext i32 %33 to i64
	%35 = getelementptr i16, i16* %q, i64 %34
	%36 = mul i32 %30, %N
	%37 = mul i32 %36, 64
	%38 = sext i32 %37 to i64
	%39 = getelementptr i16, i16* %k, i64 %38
	%40 = mul i32 %30, %N
	%41 = mul i32 %40, 64
	%42 = sext i32 %41 to i64
	%43 = getelementptr i16, i16* %v, i64 %42
	%44 = udiv i32 %29, %lh
	%45 = mul i32 %44, %NQ
	%46 = add i32 %45, %27
	%47 = mul i32 %46, 2
	%48 = mul i32 %47, %NK
	%49 = mul i32 %29, %ch
	%50 = mul i32 %49, %NQ
	%51 = add i32 %50, %27
	%52 = mul i32 %51, %NK
	%53 = add i32 %48, 0
	%54 = sext i32 %53 to i64
	%55 = getelementptr i32, i32* %list, i64 %54
	%56 = load i32, i32* %55
	%57 = icmp sgt i32 %NK, 0
	%58 = icmp sge i32 %56, 0
	%59 = and i1 %57, %58
	%60 = lshr i32 %9, 3
	%61 = and i32 %9, 7
	%62 = lshr i32 %61, 3
	%63 = mul i32 %62, u0x2000
	%64 = and i32 %61, 7
	%65 = and i32 %60, 7
	%66 = xor i32 %64, %65
	%67 = mul i32 %60, 128
	%68 = shl i32 %66, 4
	%69 = add i32 %67, %68
	%70 = add i32 %63, %69
	%71 = add i32 %2, %70
	%72 = add i32 %31, %60
	%73 = mul i32 %72, 64
	%74 = mul i32 %61, 8
	%75 = add i32 %73, %74
	%76 = sext i32 %75 to i64
	%77 = getelementptr i16, i16* %35, i64 %76
	%78 = add i32 %72, 0
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %77, i64 0
	%81 = select i1 %79, i16* %80, i16* %35
	%82 = add i32 %71, 0
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %72, 16
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %77, i64 1024
	%87 = select i1 %85, i16* %86, i16* %35
	%88 = add i32 %71, 2048
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %72, 32
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %77, i64 2048
	%93 = select i1 %91, i16* %92, i16* %35
	%94 = add i32 %71, u0x1000
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	%96 = add i32 %72, 48
	%97 = icmp slt i32 %96, %M
	%98 = getelementptr i16, i16* %77, i64 3072
	%99 = select i1 %97, i16* %98, i16* %35
	%100 = add i32 %71, 6144
	%101 = select i1 %97, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %100, i16* %99, i32 %101)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %59, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%102 = and i32 %11, 7
	%103 = lshr i32 %11, 3
	%104 = and i32 %103, 1
	%105 = shl i32 %104, 3
	%106 = add i32 %102, %105
	%107 = lshr i32 %11, 4
	%108 = mul i32 %10, 16
	%109 = add i32 %106, 0
	%110 = add i32 %108, %109
	%111 = mul i32 %110, 128
	%112 = add i32 %2, %111
	%113 = and i32 %11, 7
	%114 = xor i32 %107, %113
	%115 = shl i32 %114, 4
	%116 = add i32 %112, %115
	%117 = mul i32 %56, 32
	%118 = lshr i32 %9, 3
	%119 = and i32 %9, 7
	%120 = lshr i32 %119, 3
	%121 = mul i32 %120, u0x1000
	%122 = and i32 %119, 7
	%123 = and i32 %118, 7
	%124 = xor i32 %122, %123
	%125 = mul i32 %118, 128
	%126 = shl i32 %124, 4
	%127 = add i32 %125, %126
	%128 = add i32 %121, %127
	%129 = add i32 %0, %128
	%130 = add i32 %117, %118
	%131 = mul i32 %130, 64
	%132 = mul i32 %119, 8
	%133 = add i32 %131, %132
	%134 = sext i32 %133 to i64
	%135 = getelementptr i16, i16* %39, i64 %134
	%136 = add i32 %130, 0
	%137 = icmp slt i32 %136, %N
	%138 = getelementptr i16, i16* %135, i64 0
	%139 = select i1 %137, i16* %138, i16* %39
	%140 = add i32 %129, 0
	%141 = select i1 %137, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %140, i16* %139, i32 %141)
	%142 = add i32 %130, 16
	%143 = icmp slt i32 %142, %N
	%144 = getelementptr i16, i16* %135, i64 1024
	%145 = select i1 %143, i16* %144, i16* %39
	%146 = add i32 %129, 2048
	%147 = select i1 %143, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %146, i16* %145, i32 %147)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%148 = phi i32 [ 0, %prologue ], [ %777, %pv ]
	%149 = phi i32 [ %56, %prologue ], [ %784, %pv ]
	%150 = phi float [ 0.0, %prologue ], [ %908, %pv ]
	%151 = phi float [ 0.0, %prologue ], [ %909, %pv ]
	%152 = phi float [ 0.0, %prologue ], [ %910, %pv ]
	%153 = phi float [ 0.0, %prologue ], [ %911, %pv ]
	%154 = phi float [ 0.0, %prologue ], [ %912, %pv ]
	%155 = phi float [ 0.0, %prologue ], [ %913, %pv ]
	%156 = phi float [ 0.0, %prologue ], [ %914, %pv ]
	%157 = phi float [ 0.0, %prologue ], [ %915, %pv ]
	%158 = phi float [ 0.0, %prologue ], [ %916, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %917, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %918, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %919, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %920, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %921, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %922, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %923, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %924, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %925, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %926, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %927, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %928, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %929, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %930, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %931, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %932, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %933, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %934, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %935, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %936, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %937, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %938, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %939, %pv ]
	%182 = phi float [ 0xFFF0000000000000, %prologue ], [ %721, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %748, %pv ]
	%184 = phi float [ 0xFFF0000000000000, %prologue ], [ %749, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %776, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%186 = mul i32 %149, 32
	%187 = lshr i32 %9, 3
	%188 = and i32 %9, 7
	%189 = lshr i32 %188, 3
	%190 = mul i32 %189, u0x1000
	%191 = and i32 %188, 7
	%192 = and i32 %187, 7
	%193 = xor i32 %191, %192
	%194 = mul i32 %187, 128
	%195 = shl i32 %193, 4
	%196 = add i32 %194, %195
	%197 = add i32 %190, %196
	%198 = add i32 %1, %197
	%199 = add i32 %186, %187
	%200 = mul i32 %199, 64
	%201 = mul i32 %188, 8
	%202 = add i32 %200, %201
	%203 = sext i32 %202 to i64
	%204 = getelementptr i16, i16* %43, i64 %203
	%205 = add i32 %199, 0
	%206 = icmp slt i32 %205, %N
	%207 = getelementptr i16, i16* %204, i64 0
	%208 = select i1 %206, i16* %207, i16* %43
	%209 = add i32 %198, 0
	%210 = select i1 %206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %209, i16* %208, i32 %210)
	%211 = add i32 %199, 16
	%212 = icmp slt i32 %211, %N
	%213 = getelementptr i16, i16* %204, i64 1024
	%214 = select i1 %212, i16* %213, i16* %43
	%215 = add i32 %198, 2048
	%216 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %215, i16* %214, i32 %216)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%217 = add i32 %4, 0
	%218 = zext i32 %217 to i64
	%219 = or i64 %218, u0x4000004000010000
	%220 = add i32 %6, 0
	%221 = zext i32 %220 to i64
	%222 = or i64 %221, u0x4000004000010000
	%223 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %219, i64 %222, i32 1)
	%224 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 0
	%225 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 1
	%226 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 2
	%227 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 3
	%228 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 4
	%229 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 5
	%230 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 6
	%231 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 7
	%232 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 8
	%233 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 9
	%234 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 10
	%235 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 11
	%236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 12
	%237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 13
	%238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 14
	%239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 15
	%240 = add i32 %4, 2
	%241 = zext i32 %240 to i64
	%242 = or i64 %241, u0x4000004000010000
	%243 = add i32 %6, 2
	%244 = zext i32 %243 to i64
	%245 = or i64 %244, u0x4000004000010000
	%246 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %224, float %225, float %226, float %227, float %228, float %229, float %230, float %231, float %232, float %233, float %234, float %235, float %236, float %237, float %238, float %239, i64 %242, i64 %245, i32 1)
	%247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 0
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 1
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 2
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 3
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 4
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 5
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 6
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 7
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 8
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 9
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 10
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 11
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 12
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 13
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 14
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 15
	%263 = add i32 %4, 4
	%264 = zext i32 %263 to i64
	%265 = or i64 %264, u0x4000004000010000
	%266 = add i32 %6, 4
	%267 = zext i32 %266 to i64
	%268 = or i64 %267, u0x4000004000010000
	%269 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %247, float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, i64 %265, i64 %268, i32 1)
	%270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 0
	%271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 1
	%272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 2
	%273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 3
	%274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 4
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 5
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 6
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 7
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 8
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 9
	%280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 10
	%281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 11
	%282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 12
	%283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 13
	%284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 14
	%285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 15
	%286 = add i32 %4, 6
	%287 = zext i32 %286 to i64
	%288 = or i64 %287, u0x4000004000010000
	%289 = add i32 %6, 6
	%290 = zext i32 %289 to i64
	%291 = or i64 %290, u0x4000004000010000
	%292 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, float %280, float %281, float %282, float %283, float %284, float %285, i64 %288, i64 %291, i32 1)
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 0
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 1
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 2
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 3
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 4
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 5
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 6
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 7
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 8
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 9
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 10
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 11
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 12
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 13
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 14
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 15
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%323 = call float asm sideeffect "", "=f,0"(float %307)
	%324 = call float asm sideeffect "", "=f,0"(float %308)
	%325 = mul i32 %10, 16
	%326 = add i32 %31, %325
	%327 = add i32 %12, 0
	%328 = add i32 %326, %327
	%329 = mul i32 %10, 16
	%330 = add i32 %31, %329
	%331 = add i32 %12, 8
	%332 = add i32 %330, %331
	%333 = sitofp i32 %29 to float
	%334 = add i32 %52, %149
	%335 = sext i32 %334 to i64
	%336 = getelementptr i8, i8* %cls, i64 %335
	%337 = load i8, i8* %336
	%338 = icmp ne i8 %337, 2
	br i1 %338, label %partial, label %softmax

epilogue:
	%339 = phi float [ 0.0, %entry ], [ %748, %pv ]
	%340 = phi float [ 0.0, %entry ], [ %776, %pv ]
	%341 = phi i32 [ 0, %entry ], [ %777, %pv ]
	%342 = phi float [ 0.0, %entry ], [ %908, %pv ]
	%343 = phi float [ 0.0, %entry ], [ %909, %pv ]
	%344 = phi float [ 0.0, %entry ], [ %910, %pv ]
	%345 = phi float [ 0.0, %entry ], [ %911, %pv ]
	%346 = phi float [ 0.0, %entry ], [ %912, %pv ]
	%347 = phi float [ 0.0, %entry ], [ %913, %pv ]
	%348 = phi float [ 0.0, %entry ], [ %914, %pv ]
	%349 = phi float [ 0.0, %entry ], [ %915, %pv ]
	%350 = phi float [ 0.0, %entry ], [ %916, %pv ]
	%351 = phi float [ 0.0, %entry ], [ %917, %pv ]
	%352 = phi float [ 0.0, %entry ], [ %918, %pv ]
	%353 = phi float [ 0.0, %entry ], [ %919, %pv ]
	%354 = phi float [ 0.0, %entry ], [ %920, %pv ]
	%355 = phi float [ 0.0, %entry ], [ %921, %pv ]
	%356 = phi float [ 0.0, %entry ], [ %922, %pv ]
	%357 = phi float [ 0.0, %entry ], [ %923, %pv ]
	%358 = phi float [ 0.0, %entry ], [ %924, %pv ]
	%359 = phi float [ 0.0, %entry ], [ %925, %pv ]
	%360 = phi float [ 0.0, %entry ], [ %926, %pv ]
	%361 = phi float [ 0.0, %entry ], [ %927, %pv ]
	%362 = phi float [ 0.0, %entry ], [ %928, %pv ]
	%363 = phi float [ 0.0, %entry ], [ %929, %pv ]
	%364 = phi float [ 0.0, %entry ], [ %930, %pv ]
	%365 = phi float [ 0.0, %entry ], [ %931, %pv ]
	%366 = phi float [ 0.0, %entry ], [ %932, %pv ]
	%367 = phi float [ 0.0, %entry ], [ %933, %pv ]
	%368 = phi float [ 0.0, %entry ], [ %934, %pv ]
	%369 = phi float [ 0.0, %entry ], [ %935, %pv ]
	%370 = phi float [ 0.0, %entry ], [ %936, %pv ]
	%371 = phi float [ 0.0, %entry ], [ %937, %pv ]
	%372 = phi float [ 0.0, %entry ], [ %938, %pv ]
	%373 = phi float [ 0.0, %entry ], [ %939, %pv ]
	%374 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %339, i32 1, i32 31)
	%375 = fadd float %339, %374
	%376 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %375, i32 2, i32 31)
	%377 = fadd float %375, %376
	%378 = fcmp ogt float %377, 0.0
	%379 = fdiv float 1.0, %377
	%380 = select i1 %378, float %379, float 0.0
	%381 = mul i32 %10, 16
	%382 = add i32 %31, %381
	%383 = add i32 %12, 0
	%384 = add i32 %382, %383
	%385 = fmul float %342, %380
	%386 = fmul float %343, %380
	%387 = fmul float %346, %380
	%388 = fmul float %347, %380
	%389 = fmul float %350, %380
	%390 = fmul float %351, %380
	%391 = fmul float %354, %380
	%392 = fmul float %355, %380
	%393 = fmul float %358, %380
	%394 = fmul float %359, %380
	%395 = fmul float %362, %380
	%396 = fmul float %363, %380
	%397 = fmul float %366, %380
	%398 = fmul float %367, %380
	%399 = fmul float %370, %380
	%400 = fmul float %371, %380
	%401 = icmp slt i32 %384, %M
	br i1 %401, label %store0, label %stored0

partial:
	%402 = shl i32 %13, 1
	%403 = add i32 0, %402
	%404 = add i32 %186, %403
	%405 = icmp slt i32 %404, %N
	%406 = select i1 %405, i32 %404, i32 0
	%407 = sitofp i32 %328 to float
	%408 = sitofp i32 %406 to float
	%409 = fcmp ole float %408, %407
	%410 = uitofp i1 %409 to float
	%411 = fcmp une float %410, 0.0
	%412 = and i1 %405, %411
	%413 = select i1 %412, float %309, float 0xFFF0000000000000
	%414 = shl i32 %13, 1
	%415 = add i32 1, %414
	%416 = add i32 %186, %415
	%417 = icmp slt i32 %416, %N
	%418 = select i1 %417, i32 %416, i32 0
	%419 = sitofp i32 %328 to float
	%420 = sitofp i32 %418 to float
	%421 = fcmp ole float %420, %419
	%422 = uitofp i1 %421 to float
	%423 = fcmp une float %422, 0.0
	%424 = and i1 %417, %423
	%425 = select i1 %424, float %310, float 0xFFF0000000000000
	%426 = shl i32 %13, 1
	%427 = add i32 0, %426
	%428 = add i32 %186, %427
	%429 = icmp slt i32 %428, %N
	%430 = select i1 %429, i32 %428, i32 0
	%431 = sitofp i32 %332 to float
	%432 = sitofp i32 %430 to float
	%433 = fcmp ole float %432, %431
	%434 = uitofp i1 %433 to float
	%435 = fcmp une float %434, 0.0
	%436 = and i1 %429, %435
	%437 = select i1 %436, float %311, float 0xFFF0000000000000
	%438 = shl i32 %13, 1
	%439 = add i32 1, %438
	%440 = add i32 %186, %439
	%441 = icmp slt i32 %440, %N
	%442 = select i1 %441, i32 %440, i32 0
	%443 = sitofp i32 %332 to float
	%444 = sitofp i32 %442 to float
	%445 = fcmp ole float %444, %443
	%446 = uitofp i1 %445 to float
	%447 = fcmp une float %446, 0.0
	%448 = and i1 %441, %447
	%449 = select i1 %448, float %312, float 0xFFF0000000000000
	%450 = shl i32 %13, 1
	%451 = add i32 8, %450
	%452 = add i32 %186, %451
	%453 = icmp slt i32 %452, %N
	%454 = select i1 %453, i32 %452, i32 0
	%455 = sitofp i32 %328 to float
	%456 = sitofp i32 %454 to float
	%457 = fcmp ole float %456, %455
	%458 = uitofp i1 %457 to float
	%459 = fcmp une float %458, 0.0
	%460 = and i1 %453, %459
	%461 = select i1 %460, float %313, float 0xFFF0000000000000
	%462 = shl i32 %13, 1
	%463 = add i32 9, %462
	%464 = add i32 %186, %463
	%465 = icmp slt i32 %464, %N
	%466 = select i1 %465, i32 %464, i32 0
	%467 = sitofp i32 %328 to float
	%468 = sitofp i32 %466 to float
	%469 = fcmp ole float %468, %467
	%470 = uitofp i1 %469 to float
	%471 = fcmp une float %470, 0.0
	%472 = and i1 %465, %471
	%473 = select i1 %472, float %314, float 0xFFF0000000000000
	%474 = shl i32 %13, 1
	%475 = add i32 8, %474
	%476 = add i32 %186, %475
	%477 = icmp slt i32 %476, %N
	%478 = select i1 %477, i32 %476, i32 0
	%479 = sitofp i32 %332 to float
	%480 = sitofp i32 %478 to float
	%481 = fcmp ole float %480, %479
	%482 = uitofp i1 %481 to float
	%483 = fcmp une float %482, 0.0
	%484 = and i1 %477, %483
	%485 = select i1 %484, float %315, float 0xFFF0000000000000
	%486 = shl i32 %13, 1
	%487 = add i32 9, %486
	%488 = add i32 %186, %487
	%489 = icmp slt i32 %488, %N
	%490 = select i1 %489, i32 %488, i32 0
	%491 = sitofp i32 %332 to float
	%492 = sitofp i32 %490 to float
	%493 = fcmp ole float %492, %491
	%494 = uitofp i1 %493 to float
	%495 = fcmp une float %494, 0.0
	%496 = and i1 %489, %495
	%497 = select i1 %496, float %316, float 0xFFF0000000000000
	%498 = shl i32 %13, 1
	%499 = add i32 16, %498
	%500 = add i32 %186, %499
	%501 = icmp slt i32 %500, %N
	%502 = select i1 %501, i32 %500, i32 0
	%503 = sitofp i32 %328 to float
	%504 = sitofp i32 %502 to float
	%505 = fcmp ole float %504, %503
	%506 = uitofp i1 %505 to float
	%507 = fcmp une float %506, 0.0
	%508 = and i1 %501, %507
	%509 = select i1 %508, float %317, float 0xFFF0000000000000
	%510 = shl i32 %13, 1
	%511 = add i32 17, %510
	%512 = add i32 %186, %511
	%513 = icmp slt i32 %512, %N
	%514 = select i1 %513, i32 %512, i32 0
	%515 = sitofp i32 %328 to float
	%516 = sitofp i32 %514 to float
	%517 = fcmp ole float %516, %515
	%518 = uitofp i1 %517 to float
	%519 = fcmp une float %518, 0.0
	%520 = and i1 %513, %519
	%521 = select i1 %520, float %318, float 0xFFF0000000000000
	%522 = shl i32 %13, 1
	%523 = add i32 16, %522
	%524 = add i32 %186, %523
	%525 = icmp slt i32 %524, %N
	%526 = select i1 %525, i32 %524, i32 0
	%527 = sitofp i32 %332 to float
	%528 = sitofp i32 %526 to float
	%529 = fcmp ole float %528, %527
	%530 = uitofp i1 %529 to float
	%531 = fcmp une float %530, 0.0
	%532 = and i1 %525, %531
	%533 = select i1 %532, float %319, float 0xFFF0000000000000
	%534 = shl i32 %13, 1
	%535 = add i32 17, %534
	%536 = add i32 %186, %535
	%537 = icmp slt i32 %536, %N
	%538 = select i1 %537, i32 %536, i32 0
	%539 = sitofp i32 %332 to float
	%540 = sitofp i32 %538 to float
	%541 = fcmp ole float %540, %539
	%542 = uitofp i1 %541 to float
	%543 = fcmp une float %542, 0.0
	%544 = and i1 %537, %543
	%545 = select i1 %544, float %320, float 0xFFF0000000000000
	%546 = shl i32 %13, 1
	%547 = add i32 24, %546
	%548 = add i32 %186, %547
	%549 = icmp slt i32 %548, %N
	%550 = select i1 %549, i32 %548, i32 0
	%551 = sitofp i32 %328 to float
	%552 = sitofp i32 %550 to float
	%553 = fcmp ole float %552, %551
	%554 = uitofp i1 %553 to float
	%555 = fcmp une float %554, 0.0
	%556 = and i1 %549, %555
	%557 = select i1 %556, float %321, float 0xFFF0000000000000
	%558 = shl i32 %13, 1
	%559 = add i32 25, %558
	%560 = add i32 %186, %559
	%561 = icmp slt i32 %560, %N
	%562 = select i1 %561, i32 %560, i32 0
	%563 = sitofp i32 %328 to float
	%564 = sitofp i32 %562 to float
	%565 = fcmp ole float %564, %563
	%566 = uitofp i1 %565 to float
	%567 = fcmp une float %566, 0.0
	%568 = and i1 %561, %567
	%569 = select i1 %568, float %322, float 0xFFF0000000000000
	%570 = shl i32 %13, 1
	%571 = add i32 24, %570
	%572 = add i32 %186, %571
	%573 = icmp slt i32 %572, %N
	%574 = select i1 %573, i32 %572, i32 0
	%575 = sitofp i32 %332 to float
	%576 = sitofp i32 %574 to float
	%577 = fcmp ole float %576, %575
	%578 = uitofp i1 %577 to float
	%579 = fcmp une float %578, 0.0
	%580 = and i1 %573, %579
	%581 = select i1 %580, float %323, float 0xFFF0000000000000
	%582 = shl i32 %13, 1
	%583 = add i32 25, %582
	%584 = add i32 %186, %583
	%585 = icmp slt i32 %584, %N
	%586 = select i1 %585, i32 %584, i32 0
	%587 = sitofp i32 %332 to float
	%588 = sitofp i32 %586 to float
	%589 = fcmp ole float %588, %587
	%590 = uitofp i1 %589 to float
	%591 = fcmp une float %590, 0.0
	%592 = and i1 %585, %591
	%593 = select i1 %592, float %324, float 0xFFF0000000000000
	br label %softmax

softmax:
	%594 = phi float [ %309, %loop ], [ %413, %partial ]
	%595 = phi float [ %310, %loop ], [ %425, %partial ]
	%596 = phi float [ %311, %loop ], [ %437, %partial ]
	%597 = phi float [ %312, %loop ], [ %449, %partial ]
	%598 = phi float [ %313, %loop ], [ %461, %partial ]
	%599 = phi float [ %314, %loop ], [ %473, %partial ]
	%600 = phi float [ %315, %loop ], [ %485, %partial ]
	%601 = phi float [ %316, %loop ], [ %497, %partial ]
	%602 = phi float [ %317, %loop ], [ %509, %partial ]
	%603 = phi float [ %318, %loop ], [ %521, %partial ]
	%604 = phi float [ %319, %loop ], [ %533, %partial ]
	%605 = phi float [ %320, %loop ], [ %545, %partial ]
	%606 = phi float [ %321, %loop ], [ %557, %partial ]
	%607 = phi float [ %322, %loop ], [ %569, %partial ]
	%608 = phi float [ %323, %loop ], [ %581, %partial ]
	%609 = phi float [ %324, %loop ], [ %593, %partial ]
	%610 = call float @llvm.nvvm.fmax.f(float %594, float %595)
	%611 = call float @llvm.nvvm.fmax.f(float %598, float %599)
	%612 = call float @llvm.nvvm.fmax.f(float %602, float %603)
	%613 = call float @llvm.nvvm.fmax.f(float %606, float %607)
	%614 = call float @llvm.nvvm.fmax.f(float %610, float %611)
	%615 = call float @llvm.nvvm.fmax.f(float %612, float %613)
	%616 = call float @llvm.nvvm.fmax.f(float %614, float %615)
	%617 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %616, i32 1, i32 31)
	%618 = call float @llvm.nvvm.fmax.f(float %616, float %617)
	%619 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %618, i32 2, i32 31)
	%620 = call float @llvm.nvvm.fmax.f(float %618, float %619)
	%621 = fmul float %620, 0x3FC7154760000000
	%622 = call float @llvm.nvvm.fmax.f(float %182, float %621)
	%623 = fadd float %182, 8.0
	%624 = fcmp ogt float %622, %623
	%625 = or i1 false, %624
	%626 = call float @llvm.nvvm.fmax.f(float %596, float %597)
	%627 = call float @llvm.nvvm.fmax.f(float %600, float %601)
	%628 = call float @llvm.nvvm.fmax.f(float %604, float %605)
	%629 = call float @llvm.nvvm.fmax.f(float %608, float %609)
	%630 = call float @llvm.nvvm.fmax.f(float %626, float %627)
	%631 = call float @llvm.nvvm.fmax.f(float %628, float %629)
	%632 = call float @llvm.nvvm.fmax.f(float %630, float %631)
	%633 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %632, i32 1, i32 31)
	%634 = call float @llvm.nvvm.fmax.f(float %632, float %633)
	%635 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %634, i32 2, i32 31)
	%636 = call float @llvm.nvvm.fmax.f(float %634, float %635)
	%637 = fmul float %636, 0x3FC7154760000000
	%638 = call float @llvm.nvvm.fmax.f(float %184, float %637)
	%639 = fadd float %184, 8.0
	%640 = fcmp ogt float %638, %639
	%641 = or i1 %625, %640
	%642 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %641)
	br i1 %642, label %643, label %686

643:
	%644 = fcmp oeq float %622, 0xFFF0000000000000
	%645 = select i1 %644, float 0.0, float %622
	%646 = fsub float %182, %645
	%647 = call float @llvm.nvvm.ex2.approx.ftz.f(float %646)
	%648 = fcmp oeq float %638, 0xFFF0000000000000
	%649 = select i1 %648, float 0.0, float %638
	%650 = fsub float %184, %649
	%651 = call float @llvm.nvvm.ex2.approx.ftz.f(float %650)
	%652 = fmul float %150, %647
	%653 = fmul float %151, %647
	%654 = fmul float %152, %651
	%655 = fmul float %153, %651
	%656 = fmul float %154, %647
	%657 = fmul float %155, %647
	%658 = fmul float %156, %651
	%659 = fmul float %157, %651
	%660 = fmul float %158, %647
	%661 = fmul float %159, %647
	%662 = fmul float %160, %651
	%663 = fmul float %161, %651
	%664 = fmul float %162, %647
	%665 = fmul float %163, %647
	%666 = fmul float %164, %651
	%667 = fmul float %165, %651
	%668 = fmul float %166, %647
	%669 = fmul float %167, %647
	%670 = fmul float %168, %651
	%671 = fmul float %169, %651
	%672 = fmul float %170, %647
	%673 = fmul float %171, %647
	%674 = fmul float %172, %651
	%675 = fmul float %173, %651
	%676 = fmul float %174, %647
	%677 = fmul float %175, %647
	%678 = fmul float %176, %651
	%679 = fmul float %177, %651
	%680 = fmul float %178, %647
	%681 = fmul float %179, %647
	%682 = fmul float %180, %651
	%683 = fmul float %181, %651
	%684 = fmul float %183, %647
	%685 = fmul float %185, %651
	br label %686

686:
	%687 = phi float [ %150, %softmax ], [ %652, %643 ]
	%688 = phi float [ %151, %softmax ], [ %653, %643 ]
	%689 = phi float [ %152, %softmax ], [ %654, %643 ]
	%690 = phi float [ %153, %softmax ], [ %655, %643 ]
	%691 = phi float [ %154, %softmax ], [ %656, %643 ]
	%692 = phi float [ %155, %softmax ], [ %657, %643 ]
	%693 = phi float [ %156, %softmax ], [ %658, %643 ]
	%694 = phi float [ %157, %softmax ], [ %659, %643 ]
	%695 = phi float [ %158, %softmax ], [ %660, %643 ]
	%696 = phi float [ %159, %softmax ], [ %661, %643 ]
	%697 = phi float [ %160, %softmax ], [ %662, %643 ]
	%698 = phi float [ %161, %softmax ], [ %663, %643 ]
	%699 = phi float [ %162, %softmax ], [ %664, %643 ]
	%700 = phi float [ %163, %softmax ], [ %665, %643 ]
	%701 = phi float [ %164, %softmax ], [ %666, %643 ]
	%702 = phi float [ %165, %softmax ], [ %667, %643 ]
	%703 = phi float [ %166, %softmax ], [ %668, %643 ]
	%704 = phi float [ %167, %softmax ], [ %669, %643 ]
	%705 = phi float [ %168, %softmax ], [ %670, %643 ]
	%706 = phi float [ %169, %softmax ], [ %671, %643 ]
	%707 = phi float [ %170, %softmax ], [ %672, %643 ]
	%708 = phi float [ %171, %softmax ], [ %673, %643 ]
	%709 = phi float [ %172, %softmax ], [ %674, %643 ]
	%710 = phi float [ %173, %softmax ], [ %675, %643 ]
	%711 = phi float [ %174, %softmax ], [ %676, %643 ]
	%712 = phi float [ %175, %softmax ], [ %677, %643 ]
	%713 = phi float [ %176, %softmax ], [ %678, %643 ]
	%714 = phi float [ %177, %softmax ], [ %679, %643 ]
	%715 = phi float [ %178, %softmax ], [ %680, %643 ]
	%716 = phi float [ %179, %softmax ], [ %681, %643 ]
	%717 = phi float [ %180, %softmax ], [ %682, %643 ]
	%718 = phi float [ %181, %softmax ], [ %683, %643 ]
	%719 = phi float [ %183, %softmax ], [ %684, %643 ]
	%720 = phi float [ %185, %softmax ], [ %685, %643 ]
	%721 = select i1 %642, float %622, float %182
	%722 = fcmp oeq float %721, 0xFFF0000000000000
	%723 = select i1 %722, float 0.0, float %721
	%724 = fneg float %723
	%725 = call float @llvm.fma.f32(float %594, float 0x3FC7154760000000, float %724)
	%726 = call float @llvm.nvvm.ex2.approx.ftz.f(float %725)
	%727 = call float @llvm.fma.f32(float %595, float 0x3FC7154760000000, float %724)
	%728 = call float @llvm.nvvm.ex2.approx.ftz.f(float %727)
	%729 = call float @llvm.fma.f32(float %598, float 0x3FC7154760000000, float %724)
	%730 = call float @llvm.nvvm.ex2.approx.ftz.f(float %729)
	%731 = call float @llvm.fma.f32(float %599, float 0x3FC7154760000000, float %724)
	%732 = call float @llvm.nvvm.ex2.approx.ftz.f(float %731)
	%733 = call float @llvm.fma.f32(float %602, float 0x3FC7154760000000, float %724)
	%734 = call float @llvm.nvvm.ex2.approx.ftz.f(float %733)
	%735 = call float @llvm.fma.f32(float %603, float 0x3FC7154760000000, float %724)
	%736 = call float @llvm.nvvm.ex2.approx.ftz.f(float %735)
	%737 = call float @llvm.fma.f32(float %606, float 0x3FC7154760000000, float %724)
	%738 = call float @llvm.nvvm.ex2.approx.ftz.f(float %737)
	%739 = call float @llvm.fma.f32(float %607, float 0x3FC7154760000000, float %724)
	%740 = call float @llvm.nvvm.ex2.approx.ftz.f(float %739)
	%741 = fadd float %726, %728
	%742 = fadd float %730, %732
	%743 = fadd float %734, %736
	%744 = fadd float %738, %740
	%745 = fadd float %741, %742
	%746 = fadd float %743, %744
	%747 = fadd float %745, %746
	%748 = fadd float %719, %747
	%749 = select i1 %642, float %638, float %184
	%750 = fcmp oeq float %749, 0xFFF0000000000000
	%751 = select i1 %750, float 0.0, float %749
	%752 = fneg float %751
	%753 = call float @llvm.fma.f32(float %596, float 0x3FC7154760000000, float %752)
	%754 = call float @llvm.nvvm.ex2.approx.ftz.f(float %753)
	%755 = call float @llvm.fma.f32(float %597, float 0x3FC7154760000000, float %752)
	%756 = call float @llvm.nvvm.ex2.approx.ftz.f(float %755)
	%757 = call float @llvm.fma.f32(float %600, float 0x3FC7154760000000, float %752)
	%758 = call float @llvm.nvvm.ex2.approx.ftz.f(float %757)
	%759 = call float @llvm.fma.f32(float %601, float 0x3FC7154760000000, float %752)
	%760 = call float @llvm.nvvm.ex2.approx.ftz.f(float %759)
	%761 = call float @llvm.fma.f32(float %604, float 0x3FC7154760000000, float %752)
	%762 = call float @llvm.nvvm.ex2.approx.ftz.f(float %761)
	%763 = call float @llvm.fma.f32(float %605, float 0x3FC7154760000000, float %752)
	%764 = call float @llvm.nvvm.ex2.approx.ftz.f(float %763)
	%765 = call float @llvm.fma.f32(float %608, float 0x3FC7154760000000, float %752)
	%766 = call float @llvm.nvvm.ex2.approx.ftz.f(float %765)
	%767 = call float @llvm.fma.f32(float %609, float 0x3FC7154760000000, float %752)
	%768 = call float @llvm.nvvm.ex2.approx.ftz.f(float %767)
	%769 = fadd float %754, %756
	%770 = fadd float %758, %760
	%771 = fadd float %762, %764
	%772 = fadd float %766, %768
	%773 = fadd float %769, %770
	%774 = fadd float %771, %772
	%775 = fadd float %773, %774
	%776 = fadd float %720, %775
	%777 = add i32 %148, 1
	%778 = icmp slt i32 %777, %NK
	%779 = select i1 %778, i32 %777, i32 0
	%780 = add i32 %48, %779
	%781 = sext i32 %780 to i64
	%782 = getelementptr i32, i32* %list, i64 %781
	%783 = load i32, i32* %782
	%784 = select i1 %778, i32 %783, i32 -1
	%785 = icmp sge i32 %784, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %785, label %prefetch, label %pv

prefetch:
	%786 = mul i32 %784, 32
	%787 = lshr i32 %9, 3
	%788 = and i32 %9, 7
	%789 = lshr i32 %788, 3
	%790 = mul i32 %789, u0x1000
	%791 = and i32 %788, 7
	%792 = and i32 %787, 7
	%793 = xor i32 %791, %792
	%794 = mul i32 %787, 128
	%795 = shl i32 %793, 4
	%796 = add i32 %794, %795
	%797 = add i32 %790, %796
	%798 = add i32 %0, %797
	%799 = add i32 %786, %787
	%800 = mul i32 %799, 64
	%801 = mul i32 %788, 8
	%802 = add i32 %800, %801
	%803 = sext i32 %802 to i64
	%804 = getelementptr i16, i16* %39, i64 %803
	%805 = add i32 %799, 0
	%806 = icmp slt i32 %805, %N
	%807 = getelementptr i16, i16* %804, i64 0
	%808 = select i1 %806, i16* %807, i16* %39
	%809 = add i32 %798, 0
	%810 = select i1 %806, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %809, i16* %808, i32 %810)
	%811 = add i32 %799, 16
	%812 = icmp slt i32 %811, %N
	%813 = getelementptr i16, i16* %804, i64 1024
	%814 = select i1 %812, i16* %813, i16* %39
	%815 = add i32 %798, 2048
	%816 = select i1 %812, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %815, i16* %814, i32 %816)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%817 = and i32 %11, 7
	%818 = lshr i32 %11, 3
	%819 = and i32 %818, 1
	%820 = shl i32 %819, 3
	%821 = add i32 %817, %820
	%822 = mul i32 %821, 128
	%823 = add i32 %1, %822
	%824 = and i32 %11, 7
	%825 = xor i32 %107, %824
	%826 = shl i32 %825, 4
	%827 = add i32 %823, %826
	%828 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %728, float %726)
	%829 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %756, float %754)
	%830 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %732, float %730)
	%831 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %760, float %758)
	%832 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %736, float %734)
	%833 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %764, float %762)
	%834 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %740, float %738)
	%835 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %768, float %766)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%836 = add i32 %8, 0
	%837 = zext i32 %836 to i64
	%838 = or i64 %837, u0x4000004001000000
	%839 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %687, float %688, float %689, float %690, float %691, float %692, float %693, float %694, float %695, float %696, float %697, float %698, float %699, float %700, float %701, float %702, float %703, float %704, float %705, float %706, float %707, float %708, float %709, float %710, float %711, float %712, float %713, float %714, float %715, float %716, float %717, float %718, i32 %828, i32 %829, i32 %830, i32 %831, i64 %838, i32 1)
	%840 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 0
	%841 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 1
	%842 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 2
	%843 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 3
	%844 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 4
	%845 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 5
	%846 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 6
	%847 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 7
	%848 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 8
	%849 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 9
	%850 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 10
	%851 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 11
	%852 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 12
	%853 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 13
	%854 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 14
	%855 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 15
	%856 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 16
	%857 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 17
	%858 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 18
	%859 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 19
	%860 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 20
	%861 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 21
	%862 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 22
	%863 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 23
	%864 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 24
	%865 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 25
	%866 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 26
	%867 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 27
	%868 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 28
	%869 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 29
	%870 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 30
	%871 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 31
	%872 = add i32 %8, 128
	%873 = zext i32 %872 to i64
	%874 = or i64 %873, u0x4000004001000000
	%875 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %840, float %841, float %842, float %843, float %844, float %845, float %846, float %847, float %848, float %849, float %850, float %851, float %852, float %853, float %854, float %855, float %856, float %857, float %858, float %859, float %860, float %861, float %862, float %863, float %864, float %865, float %866, float %867, float %868, float %869, float %870, float %871, i32 %832, i32 %833, i32 %834, i32 %835, i64 %874, i32 1)
	%876 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 0
	%877 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 1
	%878 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 2
	%879 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 3
	%880 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 4
	%881 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 5
	%882 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 6
	%883 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 7
	%884 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 8
	%885 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 9
	%886 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 10
	%887 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 11
	%888 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 12
	%889 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 13
	%890 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 14
	%891 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 15
	%892 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 16
	%893 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 17
	%894 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 18
	%895 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 19
	%896 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 20
	%897 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 21
	%898 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 22
	%899 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 23
	%900 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 24
	%901 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 25
	%902 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 26
	%903 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 27
	%904 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 28
	%905 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 29
	%906 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 30
	%907 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%908 = call float asm sideeffect "", "=f,0"(float %876)
	%909 = call float asm sideeffect "", "=f,0"(float %877)
	%910 = call float asm sideeffect "", "=f,0"(float %878)
	%911 = call float asm sideeffect "", "=f,0"(float %879)
	%912 = call float asm sideeffect "", "=f,0"(float %880)
	%913 = call float asm sideeffect "", "=f,0"(float %881)
	%914 = call float asm sideeffect "", "=f,0"(float %882)
	%915 = call float asm sideeffect "", "=f,0"(float %883)
	%916 = call float asm sideeffect "", "=f,0"(float %884)
	%917 = call float asm sideeffect "", "=f,0"(float %885)
	%918 = call float asm sideeffect "", "=f,0"(float %886)
	%919 = call float asm sideeffect "", "=f,0"(float %887)
	%920 = call float asm sideeffect "", "=f,0"(float %888)
	%921 = call float asm sideeffect "", "=f,0"(float %889)
	%922 = call float asm sideeffect "", "=f,0"(float %890)
	%923 = call float asm sideeffect "", "=f,0"(float %891)
	%924 = call float asm sideeffect "", "=f,0"(float %892)
	%925 = call float asm sideeffect "", "=f,0"(float %893)
	%926 = call float asm sideeffect "", "=f,0"(float %894)
	%927 = call float asm sideeffect "", "=f,0"(float %895)
	%928 = call float asm sideeffect "", "=f,0"(float %896)
	%929 = call float asm sideeffect "", "=f,0"(float %897)
	%930 = call float asm sideeffect "", "=f,0"(float %898)
	%931 = call float asm sideeffect "", "=f,0"(float %899)
	%932 = call float asm sideeffect "", "=f,0"(float %900)
	%933 = call float asm sideeffect "", "=f,0"(float %901)
	%934 = call float asm sideeffect "", "=f,0"(float %902)
	%935 = call float asm sideeffect "", "=f,0"(float %903)
	%936 = call float asm sideeffect "", "=f,0"(float %904)
	%937 = call float asm sideeffect "", "=f,0"(float %905)
	%938 = call float asm sideeffect "", "=f,0"(float %906)
	%939 = call float asm sideeffect "", "=f,0"(float %907)
	br i1 %785, label %loop, label %epilogue

store0:
	%940 = mul i32 %29, %M
	%941 = add i32 %940, %384
	%942 = mul i32 %941, 64
	%943 = shl i32 %13, 1
	%944 = add i32 0, %943
	%945 = add i32 %942, %944
	%946 = sext i32 %945 to i64
	%947 = getelementptr i16, i16* %out, i64 %946
	%948 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %386, float %385)
	%949 = bitcast i16* %947 to i32*
	store i32 %948, i32* %949
	%950 = shl i32 %13, 1
	%951 = add i32 8, %950
	%952 = add i32 %942, %951
	%953 = sext i32 %952 to i64
	%954 = getelementptr i16, i16* %out, i64 %953
	%955 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %388, float %387)
	%956 = bitcast i16* %954 to i32*
	store i32 %955, i32* %956
	%957 = shl i32 %13, 1
	%958 = add i32 16, %957
	%959 = add i32 %942, %958
	%960 = sext i32 %959 to i64
	%961 = getelementptr i16, i16* %out, i64 %960
	%962 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %390, float %389)
	%963 = bitcast i16* %961 to i32*
	store i32 %962, i32* %963
	%964 = shl i32 %13, 1
	%965 = add i32 24, %964
	%966 = add i32 %942, %965
	%967 = sext i32 %966 to i64
	%968 = getelementptr i16, i16* %out, i64 %967
	%969 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %392, float %391)
	%970 = bitcast i16* %968 to i32*
	store i32 %969, i32* %970
	%971 = shl i32 %13, 1
	%972 = add i32 32, %971
	%973 = add i32 %942, %972
	%974 = sext i32 %973 to i64
	%975 = getelementptr i16, i16* %out, i64 %974
	%976 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %394, float %393)
	%977 = bitcast i16* %975 to i32*
	store i32 %976, i32* %977
	%978 = shl i32 %13, 1
	%979 = add i32 40, %978
	%980 = add i32 %942, %979
	%981 = sext i32 %980 to i64
	%982 = getelementptr i16, i16* %out, i64 %981
	%983 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %396, float %395)
	%984 = bitcast i16* %982 to i32*
	store i32 %983, i32* %984
	%985 = shl i32 %13, 1
	%986 = add i32 48, %985
	%987 = add i32 %942, %986
	%988 = sext i32 %987 to i64
	%989 = getelementptr i16, i16* %out, i64 %988
	%990 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %398, float %397)
	%991 = bitcast i16* %989 to i32*
	store i32 %990, i32* %991
	%992 = shl i32 %13, 1
	%993 = add i32 56, %992
	%994 = add i32 %942, %993
	%995 = sext i32 %994 to i64
	%996 = getelementptr i16, i16* %out, i64 %995
	%997 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %400, float %399)
	%998 = bitcast i16* %996 to i32*
	store i32 %997, i32* %998
	br label %stored0

stored0:
	%999 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %340, i32 1, i32 31)
	%1000 = fadd float %340, %999
	%1001 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1000, i32 2, i32 31)
	%1002 = fadd float %1000, %1001
	%1003 = fcmp ogt float %1002, 0.0
	%1004 = fdiv float 1.0, %1002
	%1005 = select i1 %1003, float %1004, float 0.0
	%1006 = mul i32 %10, 16
	%1007 = add i32 %31, %1006
	%1008 = add i32 %12, 8
	%1009 = add i32 %1007, %1008
	%1010 = fmul float %344, %1005
	%1011 = fmul float %345, %1005
	%1012 = fmul float %348, %1005
	%1013 = fmul float %349, %1005
	%1014 = fmul float %352, %1005
	%1015 = fmul float %353, %1005
	%1016 = fmul float %356, %1005
	%1017 = fmul float %357, %1005
	%1018 = fmul float %360, %1005
	%1019 = fmul float %361, %1005
	%1020 = fmul float %364, %1005
	%1021 = fmul float %365, %1005
	%1022 = fmul float %368, %1005
	%1023 = fmul float %369, %1005
	%1024 = fmul float %372, %1005
	%1025 = fmul float %373, %1005
	%1026 = icmp slt i32 %1009, %M
	br i1 %1026, label %store1, label %stored1

store1:
	%1027 = mul i32 %29, %M
	%1028 = add i32 %1027, %1009
	%1029 = mul i32 %1028, 64
	%1030 = shl i32 %13, 1
	%1031 = add i32 0, %1030
	%1032 = add i32 %1029, %1031
	%1033 = sext i32 %1032 to i64
	%1034 = getelementptr i16, i16* %out, i64 %1033
	%1035 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1011, float %1010)
	%1036 = bitcast i16* %1034 to i32*
	store i32 %1035, i32* %1036
	%1037 = shl i32 %13, 1
	%1038 = add i32 8, %1037
	%1039 = add i32 %1029, %1038
	%1040 = sext i32 %1039 to i64
	%1041 = getelementptr i16, i16* %out, i64 %1040
	%1042 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1013, float %1012)
	%1043 = bitcast i16* %1041 to i32*
	store i32 %1042, i32* %1043
	%1044 = shl i32 %13, 1
	%1045 = add i32 16, %1044
	%1046 = add i32 %1029, %1045
	%1047 = sext i32 %1046 to i64
	%1048 = getelementptr i16, i16* %out, i64 %1047
	%1049 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1015, float %1014)
	%1050 = bitcast i16* %1048 to i32*
	store i32 %1049, i32* %1050
	%1051 = shl i32 %13, 1
	%1052 = add i32 24, %1051
	%1053 = add i32 %1029, %1052
	%1054 = sext i32 %1053 to i64
	%1055 = getelementptr i16, i16* %out, i64 %1054
	%1056 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1017, float %1016)
	%1057 = bitcast i16* %1055 to i32*
	store i32 %1056, i32* %1057
	%1058 = shl i32 %13, 1
	%1059 = add i32 32, %1058
	%1060 = add i32 %1029, %1059
	%1061 = sext i32 %1060 to i64
	%1062 = getelementptr i16, i16* %out, i64 %1061
	%1063 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1019, float %1018)
	%1064 = bitcast i16* %1062 to i32*
	store i32 %1063, i32* %1064
	%1065 = shl i32 %13, 1
	%1066 = add i32 40, %1065
	%1067 = add i32 %1029, %1066
	%1068 = sext i32 %1067 to i64
	%1069 = getelementptr i16, i16* %out, i64 %1068
	%1070 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1021, float %1020)
	%1071 = bitcast i16* %1069 to i32*
	store i32 %1070, i32* %1071
	%1072 = shl i32 %13, 1
	%1073 = add i32 48, %1072
	%1074 = add i32 %1029, %1073
	%1075 = sext i32 %1074 to i64
	%1076 = getelementptr i16, i16* %out, i64 %1075
	%1077 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1023, float %1022)
	%1078 = bitcast i16* %1076 to i32*
	store i32 %1077, i32* %1078
	%1079 = shl i32 %13, 1
	%1080 = add i32 56, %1079
	%1081 = add i32 %1029, %1080
	%1082 = sext i32 %1081 to i64
	%1083 = getelementptr i16, i16* %out, i64 %1082
	%1084 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1025, float %1024)
	%1085 = bitcast i16* %1083 to i32*
	store i32 %1084, i32* %1085
	br label %stored1

stored1:
	ret void
}

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @massindex_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, float*, i32, i32)* @massindex_pool_q0, !"maxntidx", i32 64}
!2 = !{void (i16*, float*, i32, i32)* @massindex_pool_k0, !"maxntidx", i32 64}
!3 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @massindex_scores0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @massindex_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @massindex_attn2, !"minctasm", i32 4}
