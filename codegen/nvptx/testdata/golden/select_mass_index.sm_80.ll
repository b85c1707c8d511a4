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
@massindex_attn2_smem = internal addrspace(3) global [8192 x i8] undef, align 1024

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
	%0 = ptrtoint [8192 x i8] addrspace(3)* @massindex_attn2_smem to i32
	%1 = add i32 %0, u0x1000
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
	%130 = mul i32 %49, 32
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
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%157 = phi i32 [ 0, %prologue ], [ %817, %pv ]
	%158 = phi i32 [ %49, %prologue ], [ %824, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %948, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %949, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %950, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %951, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %953, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %954, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %955, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %956, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %965, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %966, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %967, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %968, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %970, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %971, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %972, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %973, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %982, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %983, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %984, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %985, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %987, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %988, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %989, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %990, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %999, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1000, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1001, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1002, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1004, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1005, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1006, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1007, %pv ]
	%191 = phi float [ 0xFFF0000000000000, %prologue ], [ %761, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %788, %pv ]
	%193 = phi float [ 0xFFF0000000000000, %prologue ], [ %789, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %816, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%195 = mul i32 %158, 32
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
	%209 = getelementptr i16, i16* %36, i64 %208
	%210 = add i32 %204, 0
	%211 = icmp slt i32 %210, %N
	%212 = getelementptr i16, i16* %209, i64 0
	%213 = select i1 %211, i16* %212, i16* %36
	%214 = add i32 %203, 0
	%215 = select i1 %211, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %214, i16* %213, i32 %215)
	%216 = add i32 %204, 16
	%217 = icmp slt i32 %216, %N
	%218 = getelementptr i16, i16* %209, i64 1024
	%219 = select i1 %217, i16* %218, i16* %36
	%220 = add i32 %203, 2048
	%221 = select i1 %217, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %220, i16* %219, i32 %221)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%222 = and i32 %4, 7
	%223 = shl i32 %96, 3
	%224 = add i32 %222, %223
	%225 = lshr i32 %4, 3
	%226 = and i32 %225, 1
	%227 = mul i32 %224, 128
	%228 = add i32 %0, %227
	%229 = and i32 %4, 7
	%230 = xor i32 %226, %229
	%231 = shl i32 %230, 4
	%232 = add i32 %228, %231
	%233 = xor i32 %232, 0
	%234 = add i32 %233, 0
	%235 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %234)
	%236 = extractvalue { i32, i32, i32, i32 } %235, 0
	%237 = extractvalue { i32, i32, i32, i32 } %235, 1
	%238 = extractvalue { i32, i32, i32, i32 } %235, 2
	%239 = extractvalue { i32, i32, i32, i32 } %235, 3
	%240 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %236, i32 %237, float 0.0, float 0.0, float 0.0, float 0.0)
	%241 = extractvalue { float, float, float, float } %240, 0
	%242 = extractvalue { float, float, float, float } %240, 1
	%243 = extractvalue { float, float, float, float } %240, 2
	%244 = extractvalue { float, float, float, float } %240, 3
	%245 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %238, i32 %239, float 0.0, float 0.0, float 0.0, float 0.0)
	%246 = extractvalue { float, float, float, float } %245, 0
	%247 = extractvalue { float, float, float, float } %245, 1
	%248 = extractvalue { float, float, float, float } %245, 2
	%249 = extractvalue { float, float, float, float } %245, 3
	%250 = add i32 %233, 2048
	%251 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %250)
	%252 = extractvalue { i32, i32, i32, i32 } %251, 0
	%253 = extractvalue { i32, i32, i32, i32 } %251, 1
	%254 = extractvalue { i32, i32, i32, i32 } %251, 2
	%255 = extractvalue { i32, i32, i32, i32 } %251, 3
	%256 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %252, i32 %253, float 0.0, float 0.0, float 0.0, float 0.0)
	%257 = extractvalue { float, float, float, float } %256, 0
	%258 = extractvalue { float, float, float, float } %256, 1
	%259 = extractvalue { float, float, float, float } %256, 2
	%260 = extractvalue { float, float, float, float } %256, 3
	%261 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %254, i32 %255, float 0.0, float 0.0, float 0.0, float 0.0)
	%262 = extractvalue { float, float, float, float } %261, 0
	%263 = extractvalue { float, float, float, float } %261, 1
	%264 = extractvalue { float, float, float, float } %261, 2
	%265 = extractvalue { float, float, float, float } %261, 3
	%266 = xor i32 %232, 32
	%267 = add i32 %266, 0
	%268 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %267)
	%269 = extractvalue { i32, i32, i32, i32 } %268, 0
	%270 = extractvalue { i32, i32, i32, i32 } %268, 1
	%271 = extractvalue { i32, i32, i32, i32 } %268, 2
	%272 = extractvalue { i32, i32, i32, i32 } %268, 3
	%273 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %269, i32 %270, float %241, float %242, float %243, float %244)
	%274 = extractvalue { float, float, float, float } %273, 0
	%275 = extractvalue { float, float, float, float } %273, 1
	%276 = extractvalue { float, float, float, float } %273, 2
	%277 = extractvalue { float, float, float, float } %273, 3
	%278 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %271, i32 %272, float %246, float %247, float %248, float %249)
	%279 = extractvalue { float, float, float, float } %278, 0
	%280 = extractvalue { float, float, float, float } %278, 1
	%281 = extractvalue { float, float, float, float } %278, 2
	%282 = extractvalue { float, float, float, float } %278, 3
	%283 = add i32 %266, 2048
	%284 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %283)
	%285 = extractvalue { i32, i32, i32, i32 } %284, 0
	%286 = extractvalue { i32, i32, i32, i32 } %284, 1
	%287 = extractvalue { i32, i32, i32, i32 } %284, 2
	%288 = extractvalue { i32, i32, i32, i32 } %284, 3
	%289 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %285, i32 %286, float %257, float %258, float %259, float %260)
	%290 = extractvalue { float, float, float, float } %289, 0
	%291 = extractvalue { float, float, float, float } %289, 1
	%292 = extractvalue { float, float, float, float } %289, 2
	%293 = extractvalue { float, float, float, float } %289, 3
	%294 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %287, i32 %288, float %262, float %263, float %264, float %265)
	%295 = extractvalue { float, float, float, float } %294, 0
	%296 = extractvalue { float, float, float, float } %294, 1
	%297 = extractvalue { float, float, float, float } %294, 2
	%298 = extractvalue { float, float, float, float } %294, 3
	%299 = xor i32 %232, 64
	%300 = add i32 %299, 0
	%301 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %300)
	%302 = extractvalue { i32, i32, i32, i32 } %301, 0
	%303 = extractvalue { i32, i32, i32, i32 } %301, 1
	%304 = extractvalue { i32, i32, i32, i32 } %301, 2
	%305 = extractvalue { i32, i32, i32, i32 } %301, 3
	%306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %302, i32 %303, float %274, float %275, float %276, float %277)
	%307 = extractvalue { float, float, float, float } %306, 0
	%308 = extractvalue { float, float, float, float } %306, 1
	%309 = extractvalue { float, float, float, float } %306, 2
	%310 = extractvalue { float, float, float, float } %306, 3
	%311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %304, i32 %305, float %279, float %280, float %281, float %282)
	%312 = extractvalue { float, float, float, float } %311, 0
	%313 = extractvalue { float, float, float, float } %311, 1
	%314 = extractvalue { float, float, float, float } %311, 2
	%315 = extractvalue { float, float, float, float } %311, 3
	%316 = add i32 %299, 2048
	%317 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %316)
	%318 = extractvalue { i32, i32, i32, i32 } %317, 0
	%319 = extractvalue { i32, i32, i32, i32 } %317, 1
	%320 = extractvalue { i32, i32, i32, i32 } %317, 2
	%321 = extractvalue { i32, i32, i32, i32 } %317, 3
	%322 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %318, i32 %319, float %290, float %291, float %292, float %293)
	%323 = extractvalue { float, float, float, float } %322, 0
	%324 = extractvalue { float, float, float, float } %322, 1
	%325 = extractvalue { float, float, float, float } %322, 2
	%326 = extractvalue { float, float, float, float } %322, 3
	%327 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %320, i32 %321, float %295, float %296, float %297, float %298)
	%328 = extractvalue { float, float, float, float } %327, 0
	%329 = extractvalue { float, float, float, float } %327, 1
	%330 = extractvalue { float, float, float, float } %327, 2
	%331 = extractvalue { float, float, float, float } %327, 3
	%332 = xor i32 %232, 96
	%333 = add i32 %332, 0
	%334 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %333)
	%335 = extractvalue { i32, i32, i32, i32 } %334, 0
	%336 = extractvalue { i32, i32, i32, i32 } %334, 1
	%337 = extractvalue { i32, i32, i32, i32 } %334, 2
	%338 = extractvalue { i32, i32, i32, i32 } %334, 3
	%339 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %335, i32 %336, float %307, float %308, float %309, float %310)
	%340 = extractvalue { float, float, float, float } %339, 0
	%341 = extractvalue { float, float, float, float } %339, 1
	%342 = extractvalue { float, float, float, float } %339, 2
	%343 = extractvalue { float, float, float, float } %339, 3
	%344 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %337, i32 %338, float %312, float %313, float %314, float %315)
	%345 = extractvalue { float, float, float, float } %344, 0
	%346 = extractvalue { float, float, float, float } %344, 1
	%347 = extractvalue { float, float, float, float } %344, 2
	%348 = extractvalue { float, float, float, float } %344, 3
	%349 = add i32 %332, 2048
	%350 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %349)
	%351 = extractvalue { i32, i32, i32, i32 } %350, 0
	%352 = extractvalue { i32, i32, i32, i32 } %350, 1
	%353 = extractvalue { i32, i32, i32, i32 } %350, 2
	%354 = extractvalue { i32, i32, i32, i32 } %350, 3
	%355 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %351, i32 %352, float %323, float %324, float %325, float %326)
	%356 = extractvalue { float, float, float, float } %355, 0
	%357 = extractvalue { float, float, float, float } %355, 1
	%358 = extractvalue { float, float, float, float } %355, 2
	%359 = extractvalue { float, float, float, float } %355, 3
	%360 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %353, i32 %354, float %328, float %329, float %330, float %331)
	%361 = extractvalue { float, float, float, float } %360, 0
	%362 = extractvalue { float, float, float, float } %360, 1
	%363 = extractvalue { float, float, float, float } %360, 2
	%364 = extractvalue { float, float, float, float } %360, 3
	%365 = mul i32 %3, 16
	%366 = add i32 %24, %365
	%367 = add i32 %5, 0
	%368 = add i32 %366, %367
	%369 = mul i32 %3, 16
	%370 = add i32 %24, %369
	%371 = add i32 %5, 8
	%372 = add i32 %370, %371
	%373 = sitofp i32 %22 to float
	%374 = add i32 %45, %158
	%375 = sext i32 %374 to i64
	%376 = getelementptr i8, i8* %cls, i64 %375
	%377 = load i8, i8* %376
	%378 = icmp ne i8 %377, 2
	br i1 %378, label %partial, label %softmax

epilogue:
	%379 = phi float [ 0.0, %entry ], [ %788, %pv ]
	%380 = phi float [ 0.0, %entry ], [ %816, %pv ]
	%381 = phi i32 [ 0, %entry ], [ %817, %pv ]
	%382 = phi float [ 0.0, %entry ], [ %948, %pv ]
	%383 = phi float [ 0.0, %entry ], [ %949, %pv ]
	%384 = phi float [ 0.0, %entry ], [ %950, %pv ]
	%385 = phi float [ 0.0, %entry ], [ %951, %pv ]
	%386 = phi float [ 0.0, %entry ], [ %953, %pv ]
	%387 = phi float [ 0.0, %entry ], [ %954, %pv ]
	%388 = phi float [ 0.0, %entry ], [ %955, %pv ]
	%389 = phi float [ 0.0, %entry ], [ %956, %pv ]
	%390 = phi float [ 0.0, %entry ], [ %965, %pv ]
	%391 = phi float [ 0.0, %entry ], [ %966, %pv ]
	%392 = phi float [ 0.0, %entry ], [ %967, %pv ]
	%393 = phi float [ 0.0, %entry ], [ %968, %pv ]
	%394 = phi float [ 0.0, %entry ], [ %970, %pv ]
	%395 = phi float [ 0.0, %entry ], [ %971, %pv ]
	%396 = phi float [ 0.0, %entry ], [ %972, %pv ]
	%397 = phi float [ 0.0, %entry ], [ %973, %pv ]
	%398 = phi float [ 0.0, %entry ], [ %982, %pv ]
	%399 = phi float [ 0.0, %entry ], [ %983, %pv ]
	%400 = phi float [ 0.0, %entry ], [ %984, %pv ]
	%401 = phi float [ 0.0, %entry ], [ %985, %pv ]
	%402 = phi float [ 0.0, %entry ], [ %987, %pv ]
	%403 = phi float [ 0.0, %entry ], [ %988, %pv ]
	%404 = phi float [ 0.0, %entry ], [ %989, %pv ]
	%405 = phi float [ 0.0, %entry ], [ %990, %pv ]
	%406 = phi float [ 0.0, %entry ], [ %999, %pv ]
	%407 = phi float [ 0.0, %entry ], [ %1000, %pv ]
	%408 = phi float [ 0.0, %entry ], [ %1001, %pv ]
	%409 = phi float [ 0.0, %entry ], [ %1002, %pv ]
	%410 = phi float [ 0.0, %entry ], [ %1004, %pv ]
	%411 = phi float [ 0.0, %entry ], [ %1005, %pv ]
	%412 = phi float [ 0.0, %entry ], [ %1006, %pv ]
	%413 = phi float [ 0.0, %entry ], [ %1007, %pv ]
	%414 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %379, i32 1, i32 31)
	%415 = fadd float %379, %414
	%416 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %415, i32 2, i32 31)
	%417 = fadd float %415, %416
	%418 = fcmp ogt float %417, 0.0
	%419 = fdiv float 1.0, %417
	%420 = select i1 %418, float %419, float 0.0
	%421 = mul i32 %3, 16
	%422 = add i32 %24, %421
	%423 = add i32 %5, 0
	%424 = add i32 %422, %423
	%425 = fmul float %382, %420
	%426 = fmul float %383, %420
	%427 = fmul float %386, %420
	%428 = fmul float %387, %420
	%429 = fmul float %390, %420
	%430 = fmul float %391, %420
	%431 = fmul float %394, %420
	%432 = fmul float %395, %420
	%433 = fmul float %398, %420
	%434 = fmul float %399, %420
	%435 = fmul float %402, %420
	%436 = fmul float %403, %420
	%437 = fmul float %406, %420
	%438 = fmul float %407, %420
	%439 = fmul float %410, %420
	%440 = fmul float %411, %420
	%441 = icmp slt i32 %424, %M
	br i1 %441, label %store0, label %stored0

partial:
	%442 = shl i32 %6, 1
	%443 = add i32 0, %442
	%444 = add i32 %195, %443
	%445 = icmp slt i32 %444, %N
	%446 = select i1 %445, i32 %444, i32 0
	%447 = sitofp i32 %368 to float
	%448 = sitofp i32 %446 to float
	%449 = fcmp ole float %448, %447
	%450 = uitofp i1 %449 to float
	%451 = fcmp une float %450, 0.0
	%452 = and i1 %445, %451
	%453 = select i1 %452, float %340, float 0xFFF0000000000000
	%454 = shl i32 %6, 1
	%455 = add i32 1, %454
	%456 = add i32 %195, %455
	%457 = icmp slt i32 %456, %N
	%458 = select i1 %457, i32 %456, i32 0
	%459 = sitofp i32 %368 to float
	%460 = sitofp i32 %458 to float
	%461 = fcmp ole float %460, %459
	%462 = uitofp i1 %461 to float
	%463 = fcmp une float %462, 0.0
	%464 = and i1 %457, %463
	%465 = select i1 %464, float %341, float 0xFFF0000000000000
	%466 = shl i32 %6, 1
	%467 = add i32 0, %466
	%468 = add i32 %195, %467
	%469 = icmp slt i32 %468, %N
	%470 = select i1 %469, i32 %468, i32 0
	%471 = sitofp i32 %372 to float
	%472 = sitofp i32 %470 to float
	%473 = fcmp ole float %472, %471
	%474 = uitofp i1 %473 to float
	%475 = fcmp une float %474, 0.0
	%476 = and i1 %469, %475
	%477 = select i1 %476, float %342, float 0xFFF0000000000000
	%478 = shl i32 %6, 1
	%479 = add i32 1, %478
	%480 = add i32 %195, %479
	%481 = icmp slt i32 %480, %N
	%482 = select i1 %481, i32 %480, i32 0
	%483 = sitofp i32 %372 to float
	%484 = sitofp i32 %482 to float
	%485 = fcmp ole float %484, %483
	%486 = uitofp i1 %485 to float
	%487 = fcmp une float %486, 0.0
	%488 = and i1 %481, %487
	%489 = select i1 %488, float %343, float 0xFFF0000000000000
	%490 = shl i32 %6, 1
	%491 = add i32 8, %490
	%492 = add i32 %195, %491
	%493 = icmp slt i32 %492, %N
	%494 = select i1 %493, i32 %492, i32 0
	%495 = sitofp i32 %368 to float
	%496 = sitofp i32 %494 to float
	%497 = fcmp ole float %496, %495
	%498 = uitofp i1 %497 to float
	%499 = fcmp une float %498, 0.0
	%500 = and i1 %493, %499
	%501 = select i1 %500, float %345, float 0xFFF0000000000000
	%502 = shl i32 %6, 1
	%503 = add i32 9, %502
	%504 = add i32 %195, %503
	%505 = icmp slt i32 %504, %N
	%506 = select i1 %505, i32 %504, i32 0
	%507 = sitofp i32 %368 to float
	%508 = sitofp i32 %506 to float
	%509 = fcmp ole float %508, %507
	%510 = uitofp i1 %509 to float
	%511 = fcmp une float %510, 0.0
	%512 = and i1 %505, %511
	%513 = select i1 %512, float %346, float 0xFFF0000000000000
	%514 = shl i32 %6, 1
	%515 = add i32 8, %514
	%516 = add i32 %195, %515
	%517 = icmp slt i32 %516, %N
	%518 = select i1 %517, i32 %516, i32 0
	%519 = sitofp i32 %372 to float
	%520 = sitofp i32 %518 to float
	%521 = fcmp ole float %520, %519
	%522 = uitofp i1 %521 to float
	%523 = fcmp une float %522, 0.0
	%524 = and i1 %517, %523
	%525 = select i1 %524, float %347, float 0xFFF0000000000000
	%526 = shl i32 %6, 1
	%527 = add i32 9, %526
	%528 = add i32 %195, %527
	%529 = icmp slt i32 %528, %N
	%530 = select i1 %529, i32 %528, i32 0
	%531 = sitofp i32 %372 to float
	%532 = sitofp i32 %530 to float
	%533 = fcmp ole float %532, %531
	%534 = uitofp i1 %533 to float
	%535 = fcmp une float %534, 0.0
	%536 = and i1 %529, %535
	%537 = select i1 %536, float %348, float 0xFFF0000000000000
	%538 = shl i32 %6, 1
	%539 = add i32 16, %538
	%540 = add i32 %195, %539
	%541 = icmp slt i32 %540, %N
	%542 = select i1 %541, i32 %540, i32 0
	%543 = sitofp i32 %368 to float
	%544 = sitofp i32 %542 to float
	%545 = fcmp ole float %544, %543
	%546 = uitofp i1 %545 to float
	%547 = fcmp une float %546, 0.0
	%548 = and i1 %541, %547
	%549 = select i1 %548, float %356, float 0xFFF0000000000000
	%550 = shl i32 %6, 1
	%551 = add i32 17, %550
	%552 = add i32 %195, %551
	%553 = icmp slt i32 %552, %N
	%554 = select i1 %553, i32 %552, i32 0
	%555 = sitofp i32 %368 to float
	%556 = sitofp i32 %554 to float
	%557 = fcmp ole float %556, %555
	%558 = uitofp i1 %557 to float
	%559 = fcmp une float %558, 0.0
	%560 = and i1 %553, %559
	%561 = select i1 %560, float %357, float 0xFFF0000000000000
	%562 = shl i32 %6, 1
	%563 = add i32 16, %562
	%564 = add i32 %195, %563
	%565 = icmp slt i32 %564, %N
	%566 = select i1 %565, i32 %564, i32 0
	%567 = sitofp i32 %372 to float
	%568 = sitofp i32 %566 to float
	%569 = fcmp ole float %568, %567
	%570 = uitofp i1 %569 to float
	%571 = fcmp une float %570, 0.0
	%572 = and i1 %565, %571
	%573 = select i1 %572, float %358, float 0xFFF0000000000000
	%574 = shl i32 %6, 1
	%575 = add i32 17, %574
	%576 = add i32 %195, %575
	%577 = icmp slt i32 %576, %N
	%578 = select i1 %577, i32 %576, i32 0
	%579 = sitofp i32 %372 to float
	%580 = sitofp i32 %578 to float
	%581 = fcmp ole float %580, %579
	%582 = uitofp i1 %581 to float
	%583 = fcmp une float %582, 0.0
	%584 = and i1 %577, %583
	%585 = select i1 %584, float %359, float 0xFFF0000000000000
	%586 = shl i32 %6, 1
	%587 = add i32 24, %586
	%588 = add i32 %195, %587
	%589 = icmp slt i32 %588, %N
	%590 = select i1 %589, i32 %588, i32 0
	%591 = sitofp i32 %368 to float
	%592 = sitofp i32 %590 to float
	%593 = fcmp ole float %592, %591
	%594 = uitofp i1 %593 to float
	%595 = fcmp une float %594, 0.0
	%596 = and i1 %589, %595
	%597 = select i1 %596, float %361, float 0xFFF0000000000000
	%598 = shl i32 %6, 1
	%599 = add i32 25, %598
	%600 = add i32 %195, %599
	%601 = icmp slt i32 %600, %N
	%602 = select i1 %601, i32 %600, i32 0
	%603 = sitofp i32 %368 to float
	%604 = sitofp i32 %602 to float
	%605 = fcmp ole float %604, %603
	%606 = uitofp i1 %605 to float
	%607 = fcmp une float %606, 0.0
	%608 = and i1 %601, %607
	%609 = select i1 %608, float %362, float 0xFFF0000000000000
	%610 = shl i32 %6, 1
	%611 = add i32 24, %610
	%612 = add i32 %195, %611
	%613 = icmp slt i32 %612, %N
	%614 = select i1 %613, i32 %612, i32 0
	%615 = sitofp i32 %372 to float
	%616 = sitofp i32 %614 to float
	%617 = fcmp ole float %616, %615
	%618 = uitofp i1 %617 to float
	%619 = fcmp une float %618, 0.0
	%620 = and i1 %613, %619
	%621 = select i1 %620, float %363, float 0xFFF0000000000000
	%622 = shl i32 %6, 1
	%623 = add i32 25, %622
	%624 = add i32 %195, %623
	%625 = icmp slt i32 %624, %N
	%626 = select i1 %625, i32 %624, i32 0
	%627 = sitofp i32 %372 to float
	%628 = sitofp i32 %626 to float
	%629 = fcmp ole float %628, %627
	%630 = uitofp i1 %629 to float
	%631 = fcmp une float %630, 0.0
	%632 = and i1 %625, %631
	%633 = select i1 %632, float %364, float 0xFFF0000000000000
	br label %softmax

softmax:
	%634 = phi float [ %340, %loop ], [ %453, %partial ]
	%635 = phi float [ %341, %loop ], [ %465, %partial ]
	%636 = phi float [ %342, %loop ], [ %477, %partial ]
	%637 = phi float [ %343, %loop ], [ %489, %partial ]
	%638 = phi float [ %345, %loop ], [ %501, %partial ]
	%639 = phi float [ %346, %loop ], [ %513, %partial ]
	%640 = phi float [ %347, %loop ], [ %525, %partial ]
	%641 = phi float [ %348, %loop ], [ %537, %partial ]
	%642 = phi float [ %356, %loop ], [ %549, %partial ]
	%643 = phi float [ %357, %loop ], [ %561, %partial ]
	%644 = phi float [ %358, %loop ], [ %573, %partial ]
	%645 = phi float [ %359, %loop ], [ %585, %partial ]
	%646 = phi float [ %361, %loop ], [ %597, %partial ]
	%647 = phi float [ %362, %loop ], [ %609, %partial ]
	%648 = phi float [ %363, %loop ], [ %621, %partial ]
	%649 = phi float [ %364, %loop ], [ %633, %partial ]
	%650 = call float @llvm.nvvm.fmax.f(float %634, float %635)
	%651 = call float @llvm.nvvm.fmax.f(float %638, float %639)
	%652 = call float @llvm.nvvm.fmax.f(float %642, float %643)
	%653 = call float @llvm.nvvm.fmax.f(float %646, float %647)
	%654 = call float @llvm.nvvm.fmax.f(float %650, float %651)
	%655 = call float @llvm.nvvm.fmax.f(float %652, float %653)
	%656 = call float @llvm.nvvm.fmax.f(float %654, float %655)
	%657 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %656, i32 1, i32 31)
	%658 = call float @llvm.nvvm.fmax.f(float %656, float %657)
	%659 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %658, i32 2, i32 31)
	%660 = call float @llvm.nvvm.fmax.f(float %658, float %659)
	%661 = fmul float %660, 0x3FC7154760000000
	%662 = call float @llvm.nvvm.fmax.f(float %191, float %661)
	%663 = fadd float %191, 8.0
	%664 = fcmp ogt float %662, %663
	%665 = or i1 false, %664
	%666 = call float @llvm.nvvm.fmax.f(float %636, float %637)
	%667 = call float @llvm.nvvm.fmax.f(float %640, float %641)
	%668 = call float @llvm.nvvm.fmax.f(float %644, float %645)
	%669 = call float @llvm.nvvm.fmax.f(float %648, float %649)
	%670 = call float @llvm.nvvm.fmax.f(float %666, float %667)
	%671 = call float @llvm.nvvm.fmax.f(float %668, float %669)
	%672 = call float @llvm.nvvm.fmax.f(float %670, float %671)
	%673 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %672, i32 1, i32 31)
	%674 = call float @llvm.nvvm.fmax.f(float %672, float %673)
	%675 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %674, i32 2, i32 31)
	%676 = call float @llvm.nvvm.fmax.f(float %674, float %675)
	%677 = fmul float %676, 0x3FC7154760000000
	%678 = call float @llvm.nvvm.fmax.f(float %193, float %677)
	%679 = fadd float %193, 8.0
	%680 = fcmp ogt float %678, %679
	%681 = or i1 %665, %680
	%682 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %681)
	br i1 %682, label %683, label %726

683:
	%684 = fcmp oeq float %662, 0xFFF0000000000000
	%685 = select i1 %684, float 0.0, float %662
	%686 = fsub float %191, %685
	%687 = call float @llvm.nvvm.ex2.approx.ftz.f(float %686)
	%688 = fcmp oeq float %678, 0xFFF0000000000000
	%689 = select i1 %688, float 0.0, float %678
	%690 = fsub float %193, %689
	%691 = call float @llvm.nvvm.ex2.approx.ftz.f(float %690)
	%692 = fmul float %159, %687
	%693 = fmul float %160, %687
	%694 = fmul float %161, %691
	%695 = fmul float %162, %691
	%696 = fmul float %163, %687
	%697 = fmul float %164, %687
	%698 = fmul float %165, %691
	%699 = fmul float %166, %691
	%700 = fmul float %167, %687
	%701 = fmul float %168, %687
	%702 = fmul float %169, %691
	%703 = fmul float %170, %691
	%704 = fmul float %171, %687
	%705 = fmul float %172, %687
	%706 = fmul float %173, %691
	%707 = fmul float %174, %691
	%708 = fmul float %175, %687
	%709 = fmul float %176, %687
	%710 = fmul float %177, %691
	%711 = fmul float %178, %691
	%712 = fmul float %179, %687
	%713 = fmul float %180, %687
	%714 = fmul float %181, %691
	%715 = fmul float %182, %691
	%716 = fmul float %183, %687
	%717 = fmul float %184, %687
	%718 = fmul float %185, %691
	%719 = fmul float %186, %691
	%720 = fmul float %187, %687
	%721 = fmul float %188, %687
	%722 = fmul float %189, %691
	%723 = fmul float %190, %691
	%724 = fmul float %192, %687
	%725 = fmul float %194, %691
	br label %726

726:
	%727 = phi float [ %159, %softmax ], [ %692, %683 ]
	%728 = phi float [ %160, %softmax ], [ %693, %683 ]
	%729 = phi float [ %161, %softmax ], [ %694, %683 ]
	%730 = phi float [ %162, %softmax ], [ %695, %683 ]
	%731 = phi float [ %163, %softmax ], [ %696, %683 ]
	%732 = phi float [ %164, %softmax ], [ %697, %683 ]
	%733 = phi float [ %165, %softmax ], [ %698, %683 ]
	%734 = phi float [ %166, %softmax ], [ %699, %683 ]
	%735 = phi float [ %167, %softmax ], [ %700, %683 ]
	%736 = phi float [ %168, %softmax ], [ %701, %683 ]
	%737 = phi float [ %169, %softmax ], [ %702, %683 ]
	%738 = phi float [ %170, %softmax ], [ %703, %683 ]
	%739 = phi float [ %171, %softmax ], [ %704, %683 ]
	%740 = phi float [ %172, %softmax ], [ %705, %683 ]
	%741 = phi float [ %173, %softmax ], [ %706, %683 ]
	%742 = phi float [ %174, %softmax ], [ %707, %683 ]
	%743 = phi float [ %175, %softmax ], [ %708, %683 ]
	%744 = phi float [ %176, %softmax ], [ %709, %683 ]
	%745 = phi float [ %177, %softmax ], [ %710, %683 ]
	%746 = phi float [ %178, %softmax ], [ %711, %683 ]
	%747 = phi float [ %179, %softmax ], [ %712, %683 ]
	%748 = phi float [ %180, %softmax ], [ %713, %683 ]
	%749 = phi float [ %181, %softmax ], [ %714, %683 ]
	%750 = phi float [ %182, %softmax ], [ %715, %683 ]
	%751 = phi float [ %183, %softmax ], [ %716, %683 ]
	%752 = phi float [ %184, %softmax ], [ %717, %683 ]
	%753 = phi float [ %185, %softmax ], [ %718, %683 ]
	%754 = phi float [ %186, %softmax ], [ %719, %683 ]
	%755 = phi float [ %187, %softmax ], [ %720, %683 ]
	%756 = phi float [ %188, %softmax ], [ %721, %683 ]
	%757 = phi float [ %189, %softmax ], [ %722, %683 ]
	%758 = phi float [ %190, %softmax ], [ %723, %683 ]
	%759 = phi float [ %192, %softmax ], [ %724, %683 ]
	%760 = phi float [ %194, %softmax ], [ %725, %683 ]
	%761 = select i1 %682, float %662, float %191
	%762 = fcmp oeq float %761, 0xFFF0000000000000
	%763 = select i1 %762, float 0.0, float %761
	%764 = fneg float %763
	%765 = call float @llvm.fma.f32(float %634, float 0x3FC7154760000000, float %764)
	%766 = call float @llvm.nvvm.ex2.approx.ftz.f(float %765)
	%767 = call float @llvm.fma.f32(float %635, float 0x3FC7154760000000, float %764)
	%768 = call float @llvm.nvvm.ex2.approx.ftz.f(float %767)
	%769 = call float @llvm.fma.f32(float %638, float 0x3FC7154760000000, float %764)
	%770 = call float @llvm.nvvm.ex2.approx.ftz.f(float %769)
	%771 = call float @llvm.fma.f32(float %639, float 0x3FC7154760000000, float %764)
	%772 = call float @llvm.nvvm.ex2.approx.ftz.f(float %771)
	%773 = call float @llvm.fma.f32(float %642, float 0x3FC7154760000000, float %764)
	%774 = call float @llvm.nvvm.ex2.approx.ftz.f(float %773)
	%775 = call float @llvm.fma.f32(float %643, float 0x3FC7154760000000, float %764)
	%776 = call float @llvm.nvvm.ex2.approx.ftz.f(float %775)
	%777 = call float @llvm.fma.f32(float %646, float 0x3FC7154760000000, float %764)
	%778 = call float @llvm.nvvm.ex2.approx.ftz.f(float %777)
	%779 = call float @llvm.fma.f32(float %647, float 0x3FC7154760000000, float %764)
	%780 = call float @llvm.nvvm.ex2.approx.ftz.f(float %779)
	%781 = fadd float %766, %768
	%782 = fadd float %770, %772
	%783 = fadd float %774, %776
	%784 = fadd float %778, %780
	%785 = fadd float %781, %782
	%786 = fadd float %783, %784
	%787 = fadd float %785, %786
	%788 = fadd float %759, %787
	%789 = select i1 %682, float %678, float %193
	%790 = fcmp oeq float %789, 0xFFF0000000000000
	%791 = select i1 %790, float 0.0, float %789
	%792 = fneg float %791
	%793 = call float @llvm.fma.f32(float %636, float 0x3FC7154760000000, float %792)
	%794 = call float @llvm.nvvm.ex2.approx.ftz.f(float %793)
	%795 = call float @llvm.fma.f32(float %637, float 0x3FC7154760000000, float %792)
	%796 = call float @llvm.nvvm.ex2.approx.ftz.f(float %795)
	%797 = call float @llvm.fma.f32(float %640, float 0x3FC7154760000000, float %792)
	%798 = call float @llvm.nvvm.ex2.approx.ftz.f(float %797)
	%799 = call float @llvm.fma.f32(float %641, float 0x3FC7154760000000, float %792)
	%800 = call float @llvm.nvvm.ex2.approx.ftz.f(float %799)
	%801 = call float @llvm.fma.f32(float %644, float 0x3FC7154760000000, float %792)
	%802 = call float @llvm.nvvm.ex2.approx.ftz.f(float %801)
	%803 = call float @llvm.fma.f32(float %645, float 0x3FC7154760000000, float %792)
	%804 = call float @llvm.nvvm.ex2.approx.ftz.f(float %803)
	%805 = call float @llvm.fma.f32(float %648, float 0x3FC7154760000000, float %792)
	%806 = call float @llvm.nvvm.ex2.approx.ftz.f(float %805)
	%807 = call float @llvm.fma.f32(float %649, float 0x3FC7154760000000, float %792)
	%808 = call float @llvm.nvvm.ex2.approx.ftz.f(float %807)
	%809 = fadd float %794, %796
	%810 = fadd float %798, %800
	%811 = fadd float %802, %804
	%812 = fadd float %806, %808
	%813 = fadd float %809, %810
	%814 = fadd float %811, %812
	%815 = fadd float %813, %814
	%816 = fadd float %760, %815
	%817 = add i32 %157, 1
	%818 = icmp slt i32 %817, %NK
	%819 = select i1 %818, i32 %817, i32 0
	%820 = add i32 %41, %819
	%821 = sext i32 %820 to i64
	%822 = getelementptr i32, i32* %list, i64 %821
	%823 = load i32, i32* %822
	%824 = select i1 %818, i32 %823, i32 -1
	%825 = icmp sge i32 %824, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %825, label %prefetch, label %pv

prefetch:
	%826 = mul i32 %824, 32
	%827 = lshr i32 %2, 3
	%828 = and i32 %2, 7
	%829 = and i32 %827, 7
	%830 = xor i32 %828, %829
	%831 = mul i32 %827, 8
	%832 = add i32 %831, %830
	%833 = shl i32 %832, 4
	%834 = add i32 %0, %833
	%835 = add i32 %826, %827
	%836 = mul i32 %835, 64
	%837 = mul i32 %828, 8
	%838 = add i32 %836, %837
	%839 = sext i32 %838 to i64
	%840 = getelementptr i16, i16* %32, i64 %839
	%841 = add i32 %835, 0
	%842 = icmp slt i32 %841, %N
	%843 = getelementptr i16, i16* %840, i64 0
	%844 = select i1 %842, i16* %843, i16* %32
	%845 = add i32 %834, 0
	%846 = select i1 %842, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %845, i16* %844, i32 %846)
	%847 = add i32 %835, 16
	%848 = icmp slt i32 %847, %N
	%849 = getelementptr i16, i16* %840, i64 1024
	%850 = select i1 %848, i16* %849, i16* %32
	%851 = add i32 %834, 2048
	%852 = select i1 %848, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %851, i16* %850, i32 %852)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%853 = and i32 %4, 7
	%854 = lshr i32 %4, 3
	%855 = and i32 %854, 1
	%856 = shl i32 %855, 3
	%857 = add i32 %853, %856
	%858 = mul i32 %857, 128
	%859 = add i32 %1, %858
	%860 = and i32 %4, 7
	%861 = xor i32 %96, %860
	%862 = shl i32 %861, 4
	%863 = add i32 %859, %862
	%864 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %768, float %766)
	%865 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %796, float %794)
	%866 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %772, float %770)
	%867 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %800, float %798)
	%868 = xor i32 %863, 0
	%869 = add i32 %868, 0
	%870 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %869)
	%871 = extractvalue { i32, i32, i32, i32 } %870, 0
	%872 = extractvalue { i32, i32, i32, i32 } %870, 1
	%873 = extractvalue { i32, i32, i32, i32 } %870, 2
	%874 = extractvalue { i32, i32, i32, i32 } %870, 3
	%875 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %871, i32 %872, float %727, float %728, float %729, float %730)
	%876 = extractvalue { float, float, float, float } %875, 0
	%877 = extractvalue { float, float, float, float } %875, 1
	%878 = extractvalue { float, float, float, float } %875, 2
	%879 = extractvalue { float, float, float, float } %875, 3
	%880 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %873, i32 %874, float %731, float %732, float %733, float %734)
	%881 = extractvalue { float, float, float, float } %880, 0
	%882 = extractvalue { float, float, float, float } %880, 1
	%883 = extractvalue { float, float, float, float } %880, 2
	%884 = extractvalue { float, float, float, float } %880, 3
	%885 = xor i32 %863, 32
	%886 = add i32 %885, 0
	%887 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %886)
	%888 = extractvalue { i32, i32, i32, i32 } %887, 0
	%889 = extractvalue { i32, i32, i32, i32 } %887, 1
	%890 = extractvalue { i32, i32, i32, i32 } %887, 2
	%891 = extractvalue { i32, i32, i32, i32 } %887, 3
	%892 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %888, i32 %889, float %735, float %736, float %737, float %738)
	%893 = extractvalue { float, float, float, float } %892, 0
	%894 = extractvalue { float, float, float, float } %892, 1
	%895 = extractvalue { float, float, float, float } %892, 2
	%896 = extractvalue { float, float, float, float } %892, 3
	%897 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %890, i32 %891, float %739, float %740, float %741, float %742)
	%898 = extractvalue { float, float, float, float } %897, 0
	%899 = extractvalue { float, float, float, float } %897, 1
	%900 = extractvalue { float, float, float, float } %897, 2
	%901 = extractvalue { float, float, float, float } %897, 3
	%902 = xor i32 %863, 64
	%903 = add i32 %902, 0
	%904 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %903)
	%905 = extractvalue { i32, i32, i32, i32 } %904, 0
	%906 = extractvalue { i32, i32, i32, i32 } %904, 1
	%907 = extractvalue { i32, i32, i32, i32 } %904, 2
	%908 = extractvalue { i32, i32, i32, i32 } %904, 3
	%909 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %905, i32 %906, float %743, float %744, float %745, float %746)
	%910 = extractvalue { float, float, float, float } %909, 0
	%911 = extractvalue { float, float, float, float } %909, 1
	%912 = extractvalue { float, float, float, float } %909, 2
	%913 = extractvalue { float, float, float, float } %909, 3
	%914 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %907, i32 %908, float %747, float %748, float %749, float %750)
	%915 = extractvalue { float, float, float, float } %914, 0
	%916 = extractvalue { float, float, float, float } %914, 1
	%917 = extractvalue { float, float, float, float } %914, 2
	%918 = extractvalue { float, float, float, float } %914, 3
	%919 = xor i32 %863, 96
	%920 = add i32 %919, 0
	%921 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %920)
	%922 = extractvalue { i32, i32, i32, i32 } %921, 0
	%923 = extractvalue { i32, i32, i32, i32 } %921, 1
	%924 = extractvalue { i32, i32, i32, i32 } %921, 2
	%925 = extractvalue { i32, i32, i32, i32 } %921, 3
	%926 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %922, i32 %923, float %751, float %752, float %753, float %754)
	%927 = extractvalue { float, float, float, float } %926, 0
	%928 = extractvalue { float, float, float, float } %926, 1
	%929 = extractvalue { float, float, float, float } %926, 2
	%930 = extractvalue { float, float, float, float } %926, 3
	%931 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %864, i32 %865, i32 %866, i32 %867, i32 %924, i32 %925, float %755, float %756, float %757, float %758)
	%932 = extractvalue { float, float, float, float } %931, 0
	%933 = extractvalue { float, float, float, float } %931, 1
	%934 = extractvalue { float, float, float, float } %931, 2
	%935 = extractvalue { float, float, float, float } %931, 3
	%936 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %776, float %774)
	%937 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %804, float %802)
	%938 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %780, float %778)
	%939 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %808, float %806)
	%940 = xor i32 %863, 0
	%941 = add i32 %940, 2048
	%942 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %941)
	%943 = extractvalue { i32, i32, i32, i32 } %942, 0
	%944 = extractvalue { i32, i32, i32, i32 } %942, 1
	%945 = extractvalue { i32, i32, i32, i32 } %942, 2
	%946 = extractvalue { i32, i32, i32, i32 } %942, 3
	%947 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %943, i32 %944, float %876, float %877, float %878, float %879)
	%948 = extractvalue { float, float, float, float } %947, 0
	%949 = extractvalue { float, float, float, float } %947, 1
	%950 = extractvalue { float, float, float, float } %947, 2
	%951 = extractvalue { float, float, float, float } %947, 3
	%952 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %945, i32 %946, float %881, float %882, float %883, float %884)
	%953 = extractvalue { float, float, float, float } %952, 0
	%954 = extractvalue { float, float, float, float } %952, 1
	%955 = extractvalue { float, float, float, float } %952, 2
	%956 = extractvalue { float, float, float, float } %952, 3
	%957 = xor i32 %863, 32
	%958 = add i32 %957, 2048
	%959 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %958)
	%960 = extractvalue { i32, i32, i32, i32 } %959, 0
	%961 = extractvalue { i32, i32, i32, i32 } %959, 1
	%962 = extractvalue { i32, i32, i32, i32 } %959, 2
	%963 = extractvalue { i32, i32, i32, i32 } %959, 3
	%964 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %960, i32 %961, float %893, float %894, float %895, float %896)
	%965 = extractvalue { float, float, float, float } %964, 0
	%966 = extractvalue { float, float, float, float } %964, 1
	%967 = extractvalue { float, float, float, float } %964, 2
	%968 = extractvalue { float, float, float, float } %964, 3
	%969 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %962, i32 %963, float %898, float %899, float %900, float %901)
	%970 = extractvalue { float, float, float, float } %969, 0
	%971 = extractvalue { float, float, float, float } %969, 1
	%972 = extractvalue { float, float, float, float } %969, 2
	%973 = extractvalue { float, float, float, float } %969, 3
	%974 = xor i32 %863, 64
	%975 = add i32 %974, 2048
	%976 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %975)
	%977 = extractvalue { i32, i32, i32, i32 } %976, 0
	%978 = extractvalue { i32, i32, i32, i32 } %976, 1
	%979 = extractvalue { i32, i32, i32, i32 } %976, 2
	%980 = extractvalue { i32, i32, i32, i32 } %976, 3
	%981 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %977, i32 %978, float %910, float %911, float %912, float %913)
	%982 = extractvalue { float, float, float, float } %981, 0
	%983 = extractvalue { float, float, float, float } %981, 1
	%984 = extractvalue { float, float, float, float } %981, 2
	%985 = extractvalue { float, float, float, float } %981, 3
	%986 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %979, i32 %980, float %915, float %916, float %917, float %918)
	%987 = extractvalue { float, float, float, float } %986, 0
	%988 = extractvalue { float, float, float, float } %986, 1
	%989 = extractvalue { float, float, float, float } %986, 2
	%990 = extractvalue { float, float, float, float } %986, 3
	%991 = xor i32 %863, 96
	%992 = add i32 %991, 2048
	%993 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %992)
	%994 = extractvalue { i32, i32, i32, i32 } %993, 0
	%995 = extractvalue { i32, i32, i32, i32 } %993, 1
	%996 = extractvalue { i32, i32, i32, i32 } %993, 2
	%997 = extractvalue { i32, i32, i32, i32 } %993, 3
	%998 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %994, i32 %995, float %927, float %928, float %929, float %930)
	%999 = extractvalue { float, float, float, float } %998, 0
	%1000 = extractvalue { float, float, float, float } %998, 1
	%1001 = extractvalue { float, float, float, float } %998, 2
	%1002 = extractvalue { float, float, float, float } %998, 3
	%1003 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %936, i32 %937, i32 %938, i32 %939, i32 %996, i32 %997, float %932, float %933, float %934, float %935)
	%1004 = extractvalue { float, float, float, float } %1003, 0
	%1005 = extractvalue { float, float, float, float } %1003, 1
	%1006 = extractvalue { float, float, float, float } %1003, 2
	%1007 = extractvalue { float, float, float, float } %1003, 3
	br i1 %825, label %loop, label %epilogue

store0:
	%1008 = mul i32 %22, %M
	%1009 = add i32 %1008, %424
	%1010 = mul i32 %1009, 64
	%1011 = shl i32 %6, 1
	%1012 = add i32 0, %1011
	%1013 = add i32 %1010, %1012
	%1014 = sext i32 %1013 to i64
	%1015 = getelementptr i16, i16* %out, i64 %1014
	%1016 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %426, float %425)
	%1017 = bitcast i16* %1015 to i32*
	store i32 %1016, i32* %1017
	%1018 = shl i32 %6, 1
	%1019 = add i32 8, %1018
	%1020 = add i32 %1010, %1019
	%1021 = sext i32 %1020 to i64
	%1022 = getelementptr i16, i16* %out, i64 %1021
	%1023 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %428, float %427)
	%1024 = bitcast i16* %1022 to i32*
	store i32 %1023, i32* %1024
	%1025 = shl i32 %6, 1
	%1026 = add i32 16, %1025
	%1027 = add i32 %1010, %1026
	%1028 = sext i32 %1027 to i64
	%1029 = getelementptr i16, i16* %out, i64 %1028
	%1030 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %430, float %429)
	%1031 = bitcast i16* %1029 to i32*
	store i32 %1030, i32* %1031
	%1032 = shl i32 %6, 1
	%1033 = add i32 24, %1032
	%1034 = add i32 %1010, %1033
	%1035 = sext i32 %1034 to i64
	%1036 = getelementptr i16, i16* %out, i64 %1035
	%1037 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %432, float %431)
	%1038 = bitcast i16* %1036 to i32*
	store i32 %1037, i32* %1038
	%1039 = shl i32 %6, 1
	%1040 = add i32 32, %1039
	%1041 = add i32 %1010, %1040
	%1042 = sext i32 %1041 to i64
	%1043 = getelementptr i16, i16* %out, i64 %1042
	%1044 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %434, float %433)
	%1045 = bitcast i16* %1043 to i32*
	store i32 %1044, i32* %1045
	%1046 = shl i32 %6, 1
	%1047 = add i32 40, %1046
	%1048 = add i32 %1010, %1047
	%1049 = sext i32 %1048 to i64
	%1050 = getelementptr i16, i16* %out, i64 %1049
	%1051 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %436, float %435)
	%1052 = bitcast i16* %1050 to i32*
	store i32 %1051, i32* %1052
	%1053 = shl i32 %6, 1
	%1054 = add i32 48, %1053
	%1055 = add i32 %1010, %1054
	%1056 = sext i32 %1055 to i64
	%1057 = getelementptr i16, i16* %out, i64 %1056
	%1058 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %438, float %437)
	%1059 = bitcast i16* %1057 to i32*
	store i32 %1058, i32* %1059
	%1060 = shl i32 %6, 1
	%1061 = add i32 56, %1060
	%1062 = add i32 %1010, %1061
	%1063 = sext i32 %1062 to i64
	%1064 = getelementptr i16, i16* %out, i64 %1063
	%1065 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %440, float %439)
	%1066 = bitcast i16* %1064 to i32*
	store i32 %1065, i32* %1066
	br label %stored0

stored0:
	%1067 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %380, i32 1, i32 31)
	%1068 = fadd float %380, %1067
	%1069 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1068, i32 2, i32 31)
	%1070 = fadd float %1068, %1069
	%1071 = fcmp ogt float %1070, 0.0
	%1072 = fdiv float 1.0, %1070
	%1073 = select i1 %1071, float %1072, float 0.0
	%1074 = mul i32 %3, 16
	%1075 = add i32 %24, %1074
	%1076 = add i32 %5, 8
	%1077 = add i32 %1075, %1076
	%1078 = fmul float %384, %1073
	%1079 = fmul float %385, %1073
	%1080 = fmul float %388, %1073
	%1081 = fmul float %389, %1073
	%1082 = fmul float %392, %1073
	%1083 = fmul float %393, %1073
	%1084 = fmul float %396, %1073
	%1085 = fmul float %397, %1073
	%1086 = fmul float %400, %1073
	%1087 = fmul float %401, %1073
	%1088 = fmul float %404, %1073
	%1089 = fmul float %405, %1073
	%1090 = fmul float %408, %1073
	%1091 = fmul float %409, %1073
	%1092 = fmul float %412, %1073
	%1093 = fmul float %413, %1073
	%1094 = icmp slt i32 %1077, %M
	br i1 %1094, label %store1, label %stored1

store1:
	%1095 = mul i32 %22, %M
	%1096 = add i32 %1095, %1077
	%1097 = mul i32 %1096, 64
	%1098 = shl i32 %6, 1
	%1099 = add i32 0, %1098
	%1100 = add i32 %1097, %1099
	%1101 = sext i32 %1100 to i64
	%1102 = getelementptr i16, i16* %out, i64 %1101
	%1103 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1079, float %1078)
	%1104 = bitcast i16* %1102 to i32*
	store i32 %1103, i32* %1104
	%1105 = shl i32 %6, 1
	%1106 = add i32 8, %1105
	%1107 = add i32 %1097, %1106
	%1108 = sext i32 %1107 to i64
	%1109 = getelementptr i16, i16* %out, i64 %1108
	%1110 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1081, float %1080)
	%1111 = bitcast i16* %1109 to i32*
	store i32 %1110, i32* %1111
	%1112 = shl i32 %6, 1
	%1113 = add i32 16, %1112
	%1114 = add i32 %1097, %1113
	%1115 = sext i32 %1114 to i64
	%1116 = getelementptr i16, i16* %out, i64 %1115
	%1117 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1083, float %1082)
	%1118 = bitcast i16* %1116 to i32*
	store i32 %1117, i32* %1118
	%1119 = shl i32 %6, 1
	%1120 = add i32 24, %1119
	%1121 = add i32 %1097, %1120
	%1122 = sext i32 %1121 to i64
	%1123 = getelementptr i16, i16* %out, i64 %1122
	%1124 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1085, float %1084)
	%1125 = bitcast i16* %1123 to i32*
	store i32 %1124, i32* %1125
	%1126 = shl i32 %6, 1
	%1127 = add i32 32, %1126
	%1128 = add i32 %1097, %1127
	%1129 = sext i32 %1128 to i64
	%1130 = getelementptr i16, i16* %out, i64 %1129
	%1131 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1087, float %1086)
	%1132 = bitcast i16* %1130 to i32*
	store i32 %1131, i32* %1132
	%1133 = shl i32 %6, 1
	%1134 = add i32 40, %1133
	%1135 = add i32 %1097, %1134
	%1136 = sext i32 %1135 to i64
	%1137 = getelementptr i16, i16* %out, i64 %1136
	%1138 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1089, float %1088)
	%1139 = bitcast i16* %1137 to i32*
	store i32 %1138, i32* %1139
	%1140 = shl i32 %6, 1
	%1141 = add i32 48, %1140
	%1142 = add i32 %1097, %1141
	%1143 = sext i32 %1142 to i64
	%1144 = getelementptr i16, i16* %out, i64 %1143
	%1145 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1091, float %1090)
	%1146 = bitcast i16* %1144 to i32*
	store i32 %1145, i32* %1146
	%1147 = shl i32 %6, 1
	%1148 = add i32 56, %1147
	%1149 = add i32 %1097, %1148
	%1150 = sext i32 %1149 to i64
	%1151 = getelementptr i16, i16* %out, i64 %1150
	%1152 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1093, float %1092)
	%1153 = bitcast i16* %1151 to i32*
	store i32 %1152, i32* %1153
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
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @massindex_attn2, !"minctasm", i32 3}
