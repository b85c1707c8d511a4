; massindex
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@massindex_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@massindex_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@massindex_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@massindex_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@massindex_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@massindex_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@massindex_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@massindex_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@massindex_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
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
	br i1 %235, label %249, label %257

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
	%245 = icmp sgt i32 64, %244
	%246 = select i1 %245, i32 64, i32 %244
	%247 = icmp slt i32 %246, %239
	%248 = select i1 %247, i32 %246, i32 %239
	br label %mass

249:
	%250 = add i32 %13, 0
	%251 = sext i32 %250 to i64
	%252 = getelementptr i32, i32* %list, i64 %251
	store i32 0, i32* %252
	%253 = add i32 %13, %NK
	%254 = add i32 %253, 0
	%255 = sext i32 %254 to i64
	%256 = getelementptr i32, i32* %list, i64 %255
	store i32 1, i32* %256
	br label %257

257:
	%258 = add i32 %11, 0
	%259 = sext i32 %258 to i64
	%260 = getelementptr float, float* %e, i64 %259
	%261 = load float, float* %260
	%262 = add i32 0, 1
	%263 = select i1 %235, i32 %262, i32 0
	%264 = fpext float %261 to double
	%265 = fadd double 0.0, %264
	%266 = select i1 %235, double %265, double 0.0
	%267 = icmp sgt i32 %156, 1
	%268 = select i1 %267, i32 %156, i32 1
	%269 = add i32 %164, 1
	%270 = icmp slt i32 %269, %NK
	%271 = select i1 %270, i32 %269, i32 %NK
	br label %272

272:
	%273 = phi i32 [ %268, %257 ], [ %302, %292 ]
	%274 = phi i32 [ %263, %257 ], [ %298, %292 ]
	%275 = phi double [ %266, %257 ], [ %301, %292 ]
	%276 = icmp slt i32 %273, %271
	br i1 %276, label %277, label %281

277:
	%278 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %273
	%279 = load i32, i32 addrspace(3)* %278
	%280 = icmp eq i32 %279, 1
	br i1 %280, label %284, label %292

281:
	%282 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 0
	store i32 %274, i32 addrspace(3)* %282
	%283 = getelementptr [1 x double], [1 x double] addrspace(3)* @massindex_select1_mass, i32 0, i32 0
	store double %275, double addrspace(3)* %283
	br label %236

284:
	%285 = add i32 %13, %274
	%286 = sext i32 %285 to i64
	%287 = getelementptr i32, i32* %list, i64 %286
	store i32 %273, i32* %287
	%288 = add i32 %13, %NK
	%289 = add i32 %288, %274
	%290 = sext i32 %289 to i64
	%291 = getelementptr i32, i32* %list, i64 %290
	store i32 1, i32* %291
	br label %292

292:
	%293 = add i32 %11, %273
	%294 = sext i32 %293 to i64
	%295 = getelementptr float, float* %e, i64 %294
	%296 = load float, float* %295
	%297 = add i32 %274, 1
	%298 = select i1 %280, i32 %297, i32 %274
	%299 = fpext float %296 to double
	%300 = fadd double %275, %299
	%301 = select i1 %280, double %300, double %275
	%302 = add i32 %273, 1
	br label %272

mass:
	%303 = phi i32 [ %248, %236 ], [ %1004, %994 ]
	%304 = icmp sgt i32 %303, 0
	br i1 %304, label %topk, label %topk_done

mass_done:
	%305 = icmp sgt i32 %996, %244
	%306 = select i1 %305, i32 %996, i32 %244
	%307 = add i32 %238, %306
	%308 = add i32 %307, %0
	br label %1354

topk:
	call void @llvm.nvvm.barrier0()
	%309 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %309
	call void @llvm.nvvm.barrier0()
	br label %310

topk_done:
	br label %974

310:
	%311 = phi i32 [ %0, %topk ], [ %361, %360 ]
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
	br i1 %328, label %356, label %360

329:
	call void @llvm.nvvm.barrier0()
	%330 = sub i32 255, %0
	%331 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %330
	%332 = load i32, i32 addrspace(3)* %331
	%333 = and i32 %0, 31
	%334 = lshr i32 %0, 5
	%335 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %332, i32 1, i32 0)
	%336 = icmp uge i32 %333, 1
	%337 = select i1 %336, i32 %335, i32 0
	%338 = add i32 %332, %337
	%339 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %338, i32 2, i32 0)
	%340 = icmp uge i32 %333, 2
	%341 = select i1 %340, i32 %339, i32 0
	%342 = add i32 %338, %341
	%343 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %342, i32 4, i32 0)
	%344 = icmp uge i32 %333, 4
	%345 = select i1 %344, i32 %343, i32 0
	%346 = add i32 %342, %345
	%347 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %346, i32 8, i32 0)
	%348 = icmp uge i32 %333, 8
	%349 = select i1 %348, i32 %347, i32 0
	%350 = add i32 %346, %349
	%351 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %350, i32 16, i32 0)
	%352 = icmp uge i32 %333, 16
	%353 = select i1 %352, i32 %351, i32 0
	%354 = add i32 %350, %353
	%355 = icmp eq i32 %333, 31
	br i1 %355, label %362, label %364

356:
	%357 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %321
	%358 = call i32 @llvm.ctpop.i32(i32 %323)
	%359 = atomicrmw add i32 addrspace(3)* %357, i32 %358 monotonic
	br label %360

360:
	%361 = add i32 %311, 256
	br label %310

362:
	%363 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %334
	store i32 %354, i32 addrspace(3)* %363
	br label %364

364:
	call void @llvm.nvvm.barrier0()
	%365 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%366 = load i32, i32 addrspace(3)* %365
	%367 = icmp sgt i32 %334, 0
	%368 = select i1 %367, i32 %366, i32 0
	%369 = add i32 0, %368
	%370 = add i32 0, %366
	%371 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%372 = load i32, i32 addrspace(3)* %371
	%373 = icmp sgt i32 %334, 1
	%374 = select i1 %373, i32 %372, i32 0
	%375 = add i32 %369, %374
	%376 = add i32 %370, %372
	%377 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%378 = load i32, i32 addrspace(3)* %377
	%379 = icmp sgt i32 %334, 2
	%380 = select i1 %379, i32 %378, i32 0
	%381 = add i32 %375, %380
	%382 = add i32 %376, %378
	%383 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%384 = load i32, i32 addrspace(3)* %383
	%385 = icmp sgt i32 %334, 3
	%386 = select i1 %385, i32 %384, i32 0
	%387 = add i32 %381, %386
	%388 = add i32 %382, %384
	%389 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%390 = load i32, i32 addrspace(3)* %389
	%391 = icmp sgt i32 %334, 4
	%392 = select i1 %391, i32 %390, i32 0
	%393 = add i32 %387, %392
	%394 = add i32 %388, %390
	%395 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%396 = load i32, i32 addrspace(3)* %395
	%397 = icmp sgt i32 %334, 5
	%398 = select i1 %397, i32 %396, i32 0
	%399 = add i32 %393, %398
	%400 = add i32 %394, %396
	%401 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%402 = load i32, i32 addrspace(3)* %401
	%403 = icmp sgt i32 %334, 6
	%404 = select i1 %403, i32 %402, i32 0
	%405 = add i32 %399, %404
	%406 = add i32 %400, %402
	%407 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%408 = load i32, i32 addrspace(3)* %407
	%409 = icmp sgt i32 %334, 7
	%410 = select i1 %409, i32 %408, i32 0
	%411 = add i32 %405, %410
	%412 = add i32 %406, %408
	%413 = add i32 %411, %354
	%414 = sub i32 %413, %332
	%415 = icmp slt i32 %414, %303
	%416 = add i32 %414, %332
	%417 = icmp sle i32 %303, %416
	%418 = and i1 %415, %417
	br i1 %418, label %419, label %422

419:
	%420 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	store i32 %330, i32 addrspace(3)* %420
	%421 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	store i32 %414, i32 addrspace(3)* %421
	br label %422

422:
	call void @llvm.nvvm.barrier0()
	%423 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	%424 = load i32, i32 addrspace(3)* %423
	%425 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	%426 = load i32, i32 addrspace(3)* %425
	%427 = sub i32 %303, %426
	%428 = shl i32 %424, 24
	%429 = or i32 0, %428
	%430 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%431 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %431
	call void @llvm.nvvm.barrier0()
	br label %432

432:
	%433 = phi i32 [ %0, %422 ], [ %483, %482 ]
	%434 = icmp slt i32 %433, %16
	br i1 %434, label %435, label %451

435:
	%436 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %433
	%437 = load i32, i32 addrspace(3)* %436
	%438 = icmp uge i32 %437, 2
	%439 = and i32 %437, %430
	%440 = icmp eq i32 %439, %429
	%441 = and i1 %438, %440
	%442 = lshr i32 %437, 16
	%443 = and i32 %442, 255
	%444 = select i1 %441, i32 %443, i32 256
	%445 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %444)
	%446 = shl i32 1, %3
	%447 = sub i32 %446, 1
	%448 = and i32 %445, %447
	%449 = icmp eq i32 %448, 0
	%450 = and i1 %441, %449
	br i1 %450, label %478, label %482

451:
	call void @llvm.nvvm.barrier0()
	%452 = sub i32 255, %0
	%453 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %452
	%454 = load i32, i32 addrspace(3)* %453
	%455 = and i32 %0, 31
	%456 = lshr i32 %0, 5
	%457 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %454, i32 1, i32 0)
	%458 = icmp uge i32 %455, 1
	%459 = select i1 %458, i32 %457, i32 0
	%460 = add i32 %454, %459
	%461 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %460, i32 2, i32 0)
	%462 = icmp uge i32 %455, 2
	%463 = select i1 %462, i32 %461, i32 0
	%464 = add i32 %460, %463
	%465 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %464, i32 4, i32 0)
	%466 = icmp uge i32 %455, 4
	%467 = select i1 %466, i32 %465, i32 0
	%468 = add i32 %464, %467
	%469 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %468, i32 8, i32 0)
	%470 = icmp uge i32 %455, 8
	%471 = select i1 %470, i32 %469, i32 0
	%472 = add i32 %468, %471
	%473 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %472, i32 16, i32 0)
	%474 = icmp uge i32 %455, 16
	%475 = select i1 %474, i32 %473, i32 0
	%476 = add i32 %472, %475
	%477 = icmp eq i32 %455, 31
	br i1 %477, label %484, label %486

478:
	%479 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %443
	%480 = call i32 @llvm.ctpop.i32(i32 %445)
	%481 = atomicrmw add i32 addrspace(3)* %479, i32 %480 monotonic
	br label %482

482:
	%483 = add i32 %433, 256
	br label %432

484:
	%485 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %456
	store i32 %476, i32 addrspace(3)* %485
	br label %486

486:
	call void @llvm.nvvm.barrier0()
	%487 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%488 = load i32, i32 addrspace(3)* %487
	%489 = icmp sgt i32 %456, 0
	%490 = select i1 %489, i32 %488, i32 0
	%491 = add i32 0, %490
	%492 = add i32 0, %488
	%493 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%494 = load i32, i32 addrspace(3)* %493
	%495 = icmp sgt i32 %456, 1
	%496 = select i1 %495, i32 %494, i32 0
	%497 = add i32 %491, %496
	%498 = add i32 %492, %494
	%499 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%500 = load i32, i32 addrspace(3)* %499
	%501 = icmp sgt i32 %456, 2
	%502 = select i1 %501, i32 %500, i32 0
	%503 = add i32 %497, %502
	%504 = add i32 %498, %500
	%505 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%506 = load i32, i32 addrspace(3)* %505
	%507 = icmp sgt i32 %456, 3
	%508 = select i1 %507, i32 %506, i32 0
	%509 = add i32 %503, %508
	%510 = add i32 %504, %506
	%511 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%512 = load i32, i32 addrspace(3)* %511
	%513 = icmp sgt i32 %456, 4
	%514 = select i1 %513, i32 %512, i32 0
	%515 = add i32 %509, %514
	%516 = add i32 %510, %512
	%517 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%518 = load i32, i32 addrspace(3)* %517
	%519 = icmp sgt i32 %456, 5
	%520 = select i1 %519, i32 %518, i32 0
	%521 = add i32 %515, %520
	%522 = add i32 %516, %518
	%523 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%524 = load i32, i32 addrspace(3)* %523
	%525 = icmp sgt i32 %456, 6
	%526 = select i1 %525, i32 %524, i32 0
	%527 = add i32 %521, %526
	%528 = add i32 %522, %524
	%529 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%530 = load i32, i32 addrspace(3)* %529
	%531 = icmp sgt i32 %456, 7
	%532 = select i1 %531, i32 %530, i32 0
	%533 = add i32 %527, %532
	%534 = add i32 %528, %530
	%535 = add i32 %533, %476
	%536 = sub i32 %535, %454
	%537 = icmp slt i32 %536, %427
	%538 = add i32 %536, %454
	%539 = icmp sle i32 %427, %538
	%540 = and i1 %537, %539
	br i1 %540, label %541, label %544

541:
	%542 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	store i32 %452, i32 addrspace(3)* %542
	%543 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	store i32 %536, i32 addrspace(3)* %543
	br label %544

544:
	call void @llvm.nvvm.barrier0()
	%545 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	%546 = load i32, i32 addrspace(3)* %545
	%547 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	%548 = load i32, i32 addrspace(3)* %547
	%549 = sub i32 %427, %548
	%550 = shl i32 %546, 16
	%551 = or i32 %429, %550
	%552 = or i32 %430, u0xFF0000
	call void @llvm.nvvm.barrier0()
	%553 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %553
	call void @llvm.nvvm.barrier0()
	br label %554

554:
	%555 = phi i32 [ %0, %544 ], [ %605, %604 ]
	%556 = icmp slt i32 %555, %16
	br i1 %556, label %557, label %573

557:
	%558 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %555
	%559 = load i32, i32 addrspace(3)* %558
	%560 = icmp uge i32 %559, 2
	%561 = and i32 %559, %552
	%562 = icmp eq i32 %561, %551
	%563 = and i1 %560, %562
	%564 = lshr i32 %559, 8
	%565 = and i32 %564, 255
	%566 = select i1 %563, i32 %565, i32 256
	%567 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %566)
	%568 = shl i32 1, %3
	%569 = sub i32 %568, 1
	%570 = and i32 %567, %569
	%571 = icmp eq i32 %570, 0
	%572 = and i1 %563, %571
	br i1 %572, label %600, label %604

573:
	call void @llvm.nvvm.barrier0()
	%574 = sub i32 255, %0
	%575 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %574
	%576 = load i32, i32 addrspace(3)* %575
	%577 = and i32 %0, 31
	%578 = lshr i32 %0, 5
	%579 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %576, i32 1, i32 0)
	%580 = icmp uge i32 %577, 1
	%581 = select i1 %580, i32 %579, i32 0
	%582 = add i32 %576, %581
	%583 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %582, i32 2, i32 0)
	%584 = icmp uge i32 %577, 2
	%585 = select i1 %584, i32 %583, i32 0
	%586 = add i32 %582, %585
	%587 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %586, i32 4, i32 0)
	%588 = icmp uge i32 %577, 4
	%589 = select i1 %588, i32 %587, i32 0
	%590 = add i32 %586, %589
	%591 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %590, i32 8, i32 0)
	%592 = icmp uge i32 %577, 8
	%593 = select i1 %592, i32 %591, i32 0
	%594 = add i32 %590, %593
	%595 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %594, i32 16, i32 0)
	%596 = icmp uge i32 %577, 16
	%597 = select i1 %596, i32 %595, i32 0
	%598 = add i32 %594, %597
	%599 = icmp eq i32 %577, 31
	br i1 %599, label %606, label %608

600:
	%601 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %565
	%602 = call i32 @llvm.ctpop.i32(i32 %567)
	%603 = atomicrmw add i32 addrspace(3)* %601, i32 %602 monotonic
	br label %604

604:
	%605 = add i32 %555, 256
	br label %554

606:
	%607 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %578
	store i32 %598, i32 addrspace(3)* %607
	br label %608

608:
	call void @llvm.nvvm.barrier0()
	%609 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%610 = load i32, i32 addrspace(3)* %609
	%611 = icmp sgt i32 %578, 0
	%612 = select i1 %611, i32 %610, i32 0
	%613 = add i32 0, %612
	%614 = add i32 0, %610
	%615 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%616 = load i32, i32 addrspace(3)* %615
	%617 = icmp sgt i32 %578, 1
	%618 = select i1 %617, i32 %616, i32 0
	%619 = add i32 %613, %618
	%620 = add i32 %614, %616
	%621 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%622 = load i32, i32 addrspace(3)* %621
	%623 = icmp sgt i32 %578, 2
	%624 = select i1 %623, i32 %622, i32 0
	%625 = add i32 %619, %624
	%626 = add i32 %620, %622
	%627 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%628 = load i32, i32 addrspace(3)* %627
	%629 = icmp sgt i32 %578, 3
	%630 = select i1 %629, i32 %628, i32 0
	%631 = add i32 %625, %630
	%632 = add i32 %626, %628
	%633 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%634 = load i32, i32 addrspace(3)* %633
	%635 = icmp sgt i32 %578, 4
	%636 = select i1 %635, i32 %634, i32 0
	%637 = add i32 %631, %636
	%638 = add i32 %632, %634
	%639 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%640 = load i32, i32 addrspace(3)* %639
	%641 = icmp sgt i32 %578, 5
	%642 = select i1 %641, i32 %640, i32 0
	%643 = add i32 %637, %642
	%644 = add i32 %638, %640
	%645 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%646 = load i32, i32 addrspace(3)* %645
	%647 = icmp sgt i32 %578, 6
	%648 = select i1 %647, i32 %646, i32 0
	%649 = add i32 %643, %648
	%650 = add i32 %644, %646
	%651 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%652 = load i32, i32 addrspace(3)* %651
	%653 = icmp sgt i32 %578, 7
	%654 = select i1 %653, i32 %652, i32 0
	%655 = add i32 %649, %654
	%656 = add i32 %650, %652
	%657 = add i32 %655, %598
	%658 = sub i32 %657, %576
	%659 = icmp slt i32 %658, %549
	%660 = add i32 %658, %576
	%661 = icmp sle i32 %549, %660
	%662 = and i1 %659, %661
	br i1 %662, label %663, label %666

663:
	%664 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	store i32 %574, i32 addrspace(3)* %664
	%665 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	store i32 %658, i32 addrspace(3)* %665
	br label %666

666:
	call void @llvm.nvvm.barrier0()
	%667 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	%668 = load i32, i32 addrspace(3)* %667
	%669 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	%670 = load i32, i32 addrspace(3)* %669
	%671 = sub i32 %549, %670
	%672 = shl i32 %668, 8
	%673 = or i32 %551, %672
	%674 = or i32 %552, u0xFF00
	call void @llvm.nvvm.barrier0()
	%675 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %675
	call void @llvm.nvvm.barrier0()
	br label %676

676:
	%677 = phi i32 [ %0, %666 ], [ %727, %726 ]
	%678 = icmp slt i32 %677, %16
	br i1 %678, label %679, label %695

679:
	%680 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %677
	%681 = load i32, i32 addrspace(3)* %680
	%682 = icmp uge i32 %681, 2
	%683 = and i32 %681, %674
	%684 = icmp eq i32 %683, %673
	%685 = and i1 %682, %684
	%686 = lshr i32 %681, 0
	%687 = and i32 %686, 255
	%688 = select i1 %685, i32 %687, i32 256
	%689 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %688)
	%690 = shl i32 1, %3
	%691 = sub i32 %690, 1
	%692 = and i32 %689, %691
	%693 = icmp eq i32 %692, 0
	%694 = and i1 %685, %693
	br i1 %694, label %722, label %726

695:
	call void @llvm.nvvm.barrier0()
	%696 = sub i32 255, %0
	%697 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %696
	%698 = load i32, i32 addrspace(3)* %697
	%699 = and i32 %0, 31
	%700 = lshr i32 %0, 5
	%701 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %698, i32 1, i32 0)
	%702 = icmp uge i32 %699, 1
	%703 = select i1 %702, i32 %701, i32 0
	%704 = add i32 %698, %703
	%705 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %704, i32 2, i32 0)
	%706 = icmp uge i32 %699, 2
	%707 = select i1 %706, i32 %705, i32 0
	%708 = add i32 %704, %707
	%709 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %708, i32 4, i32 0)
	%710 = icmp uge i32 %699, 4
	%711 = select i1 %710, i32 %709, i32 0
	%712 = add i32 %708, %711
	%713 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %712, i32 8, i32 0)
	%714 = icmp uge i32 %699, 8
	%715 = select i1 %714, i32 %713, i32 0
	%716 = add i32 %712, %715
	%717 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %716, i32 16, i32 0)
	%718 = icmp uge i32 %699, 16
	%719 = select i1 %718, i32 %717, i32 0
	%720 = add i32 %716, %719
	%721 = icmp eq i32 %699, 31
	br i1 %721, label %728, label %730

722:
	%723 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %687
	%724 = call i32 @llvm.ctpop.i32(i32 %689)
	%725 = atomicrmw add i32 addrspace(3)* %723, i32 %724 monotonic
	br label %726

726:
	%727 = add i32 %677, 256
	br label %676

728:
	%729 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %700
	store i32 %720, i32 addrspace(3)* %729
	br label %730

730:
	call void @llvm.nvvm.barrier0()
	%731 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%732 = load i32, i32 addrspace(3)* %731
	%733 = icmp sgt i32 %700, 0
	%734 = select i1 %733, i32 %732, i32 0
	%735 = add i32 0, %734
	%736 = add i32 0, %732
	%737 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%738 = load i32, i32 addrspace(3)* %737
	%739 = icmp sgt i32 %700, 1
	%740 = select i1 %739, i32 %738, i32 0
	%741 = add i32 %735, %740
	%742 = add i32 %736, %738
	%743 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%744 = load i32, i32 addrspace(3)* %743
	%745 = icmp sgt i32 %700, 2
	%746 = select i1 %745, i32 %744, i32 0
	%747 = add i32 %741, %746
	%748 = add i32 %742, %744
	%749 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%750 = load i32, i32 addrspace(3)* %749
	%751 = icmp sgt i32 %700, 3
	%752 = select i1 %751, i32 %750, i32 0
	%753 = add i32 %747, %752
	%754 = add i32 %748, %750
	%755 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%756 = load i32, i32 addrspace(3)* %755
	%757 = icmp sgt i32 %700, 4
	%758 = select i1 %757, i32 %756, i32 0
	%759 = add i32 %753, %758
	%760 = add i32 %754, %756
	%761 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%762 = load i32, i32 addrspace(3)* %761
	%763 = icmp sgt i32 %700, 5
	%764 = select i1 %763, i32 %762, i32 0
	%765 = add i32 %759, %764
	%766 = add i32 %760, %762
	%767 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%768 = load i32, i32 addrspace(3)* %767
	%769 = icmp sgt i32 %700, 6
	%770 = select i1 %769, i32 %768, i32 0
	%771 = add i32 %765, %770
	%772 = add i32 %766, %768
	%773 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%774 = load i32, i32 addrspace(3)* %773
	%775 = icmp sgt i32 %700, 7
	%776 = select i1 %775, i32 %774, i32 0
	%777 = add i32 %771, %776
	%778 = add i32 %772, %774
	%779 = add i32 %777, %720
	%780 = sub i32 %779, %698
	%781 = icmp slt i32 %780, %671
	%782 = add i32 %780, %698
	%783 = icmp sle i32 %671, %782
	%784 = and i1 %781, %783
	br i1 %784, label %785, label %788

785:
	%786 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	store i32 %696, i32 addrspace(3)* %786
	%787 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	store i32 %780, i32 addrspace(3)* %787
	br label %788

788:
	call void @llvm.nvvm.barrier0()
	%789 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	%790 = load i32, i32 addrspace(3)* %789
	%791 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	%792 = load i32, i32 addrspace(3)* %791
	%793 = sub i32 %671, %792
	%794 = shl i32 %790, 0
	%795 = or i32 %673, %794
	%796 = or i32 %674, 255
	br label %797

797:
	%798 = phi i32 [ 0, %788 ], [ %973, %970 ]
	%799 = phi i32 [ 0, %788 ], [ %971, %970 ]
	%800 = phi i32 [ 0, %788 ], [ %972, %970 ]
	%801 = icmp slt i32 %798, %16
	br i1 %801, label %802, label %831

802:
	%803 = add i32 %798, %0
	%804 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %803
	%805 = load i32, i32 addrspace(3)* %804
	%806 = icmp eq i32 %805, %795
	%807 = zext i1 %806 to i32
	%808 = and i32 %0, 31
	%809 = lshr i32 %0, 5
	%810 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %807, i32 1, i32 0)
	%811 = icmp uge i32 %808, 1
	%812 = select i1 %811, i32 %810, i32 0
	%813 = add i32 %807, %812
	%814 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %813, i32 2, i32 0)
	%815 = icmp uge i32 %808, 2
	%816 = select i1 %815, i32 %814, i32 0
	%817 = add i32 %813, %816
	%818 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %817, i32 4, i32 0)
	%819 = icmp uge i32 %808, 4
	%820 = select i1 %819, i32 %818, i32 0
	%821 = add i32 %817, %820
	%822 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %821, i32 8, i32 0)
	%823 = icmp uge i32 %808, 8
	%824 = select i1 %823, i32 %822, i32 0
	%825 = add i32 %821, %824
	%826 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %825, i32 16, i32 0)
	%827 = icmp uge i32 %808, 16
	%828 = select i1 %827, i32 %826, i32 0
	%829 = add i32 %825, %828
	%830 = icmp eq i32 %808, 31
	br i1 %830, label %832, label %834

831:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

832:
	%833 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %809
	store i32 %829, i32 addrspace(3)* %833
	br label %834

834:
	call void @llvm.nvvm.barrier0()
	%835 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%836 = load i32, i32 addrspace(3)* %835
	%837 = icmp sgt i32 %809, 0
	%838 = select i1 %837, i32 %836, i32 0
	%839 = add i32 0, %838
	%840 = add i32 0, %836
	%841 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%842 = load i32, i32 addrspace(3)* %841
	%843 = icmp sgt i32 %809, 1
	%844 = select i1 %843, i32 %842, i32 0
	%845 = add i32 %839, %844
	%846 = add i32 %840, %842
	%847 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%848 = load i32, i32 addrspace(3)* %847
	%849 = icmp sgt i32 %809, 2
	%850 = select i1 %849, i32 %848, i32 0
	%851 = add i32 %845, %850
	%852 = add i32 %846, %848
	%853 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%854 = load i32, i32 addrspace(3)* %853
	%855 = icmp sgt i32 %809, 3
	%856 = select i1 %855, i32 %854, i32 0
	%857 = add i32 %851, %856
	%858 = add i32 %852, %854
	%859 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%860 = load i32, i32 addrspace(3)* %859
	%861 = icmp sgt i32 %809, 4
	%862 = select i1 %861, i32 %860, i32 0
	%863 = add i32 %857, %862
	%864 = add i32 %858, %860
	%865 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%866 = load i32, i32 addrspace(3)* %865
	%867 = icmp sgt i32 %809, 5
	%868 = select i1 %867, i32 %866, i32 0
	%869 = add i32 %863, %868
	%870 = add i32 %864, %866
	%871 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%872 = load i32, i32 addrspace(3)* %871
	%873 = icmp sgt i32 %809, 6
	%874 = select i1 %873, i32 %872, i32 0
	%875 = add i32 %869, %874
	%876 = add i32 %870, %872
	%877 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%878 = load i32, i32 addrspace(3)* %877
	%879 = icmp sgt i32 %809, 7
	%880 = select i1 %879, i32 %878, i32 0
	%881 = add i32 %875, %880
	%882 = add i32 %876, %878
	%883 = add i32 %881, %829
	%884 = sub i32 %883, %807
	%885 = icmp ugt i32 %805, %795
	%886 = add i32 %799, %884
	%887 = icmp slt i32 %886, %793
	%888 = and i1 %806, %887
	%889 = or i1 %885, %888
	%890 = zext i1 %889 to i32
	%891 = and i32 %0, 31
	%892 = lshr i32 %0, 5
	%893 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %890, i32 1, i32 0)
	%894 = icmp uge i32 %891, 1
	%895 = select i1 %894, i32 %893, i32 0
	%896 = add i32 %890, %895
	%897 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %896, i32 2, i32 0)
	%898 = icmp uge i32 %891, 2
	%899 = select i1 %898, i32 %897, i32 0
	%900 = add i32 %896, %899
	%901 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %900, i32 4, i32 0)
	%902 = icmp uge i32 %891, 4
	%903 = select i1 %902, i32 %901, i32 0
	%904 = add i32 %900, %903
	%905 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %904, i32 8, i32 0)
	%906 = icmp uge i32 %891, 8
	%907 = select i1 %906, i32 %905, i32 0
	%908 = add i32 %904, %907
	%909 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %908, i32 16, i32 0)
	%910 = icmp uge i32 %891, 16
	%911 = select i1 %910, i32 %909, i32 0
	%912 = add i32 %908, %911
	%913 = icmp eq i32 %891, 31
	br i1 %913, label %914, label %916

914:
	%915 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 %892
	store i32 %912, i32 addrspace(3)* %915
	br label %916

916:
	call void @llvm.nvvm.barrier0()
	%917 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 0
	%918 = load i32, i32 addrspace(3)* %917
	%919 = icmp sgt i32 %892, 0
	%920 = select i1 %919, i32 %918, i32 0
	%921 = add i32 0, %920
	%922 = add i32 0, %918
	%923 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 1
	%924 = load i32, i32 addrspace(3)* %923
	%925 = icmp sgt i32 %892, 1
	%926 = select i1 %925, i32 %924, i32 0
	%927 = add i32 %921, %926
	%928 = add i32 %922, %924
	%929 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 2
	%930 = load i32, i32 addrspace(3)* %929
	%931 = icmp sgt i32 %892, 2
	%932 = select i1 %931, i32 %930, i32 0
	%933 = add i32 %927, %932
	%934 = add i32 %928, %930
	%935 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 3
	%936 = load i32, i32 addrspace(3)* %935
	%937 = icmp sgt i32 %892, 3
	%938 = select i1 %937, i32 %936, i32 0
	%939 = add i32 %933, %938
	%940 = add i32 %934, %936
	%941 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 4
	%942 = load i32, i32 addrspace(3)* %941
	%943 = icmp sgt i32 %892, 4
	%944 = select i1 %943, i32 %942, i32 0
	%945 = add i32 %939, %944
	%946 = add i32 %940, %942
	%947 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 5
	%948 = load i32, i32 addrspace(3)* %947
	%949 = icmp sgt i32 %892, 5
	%950 = select i1 %949, i32 %948, i32 0
	%951 = add i32 %945, %950
	%952 = add i32 %946, %948
	%953 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 6
	%954 = load i32, i32 addrspace(3)* %953
	%955 = icmp sgt i32 %892, 6
	%956 = select i1 %955, i32 %954, i32 0
	%957 = add i32 %951, %956
	%958 = add i32 %952, %954
	%959 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 7
	%960 = load i32, i32 addrspace(3)* %959
	%961 = icmp sgt i32 %892, 7
	%962 = select i1 %961, i32 %960, i32 0
	%963 = add i32 %957, %962
	%964 = add i32 %958, %960
	%965 = add i32 %963, %912
	%966 = sub i32 %965, %890
	br i1 %889, label %967, label %970

967:
	%968 = add i32 %800, %966
	%969 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_c, i32 0, i32 %968
	store i32 %803, i32 addrspace(3)* %969
	br label %970

970:
	%971 = add i32 %799, %882
	%972 = add i32 %800, %964
	%973 = add i32 %798, 256
	br label %797

974:
	%975 = phi i32 [ %0, %topk_done ], [ %988, %977 ]
	%976 = icmp slt i32 %975, %303
	br i1 %976, label %977, label %989

977:
	%978 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_c, i32 0, i32 %975
	%979 = load i32, i32 addrspace(3)* %978
	%980 = add i32 %238, %975
	%981 = add i32 %13, %980
	%982 = sext i32 %981 to i64
	%983 = getelementptr i32, i32* %list, i64 %982
	store i32 %979, i32* %983
	%984 = add i32 %13, %NK
	%985 = add i32 %984, %980
	%986 = sext i32 %985 to i64
	%987 = getelementptr i32, i32* %list, i64 %986
	store i32 0, i32* %987
	%988 = add i32 %975, 256
	br label %974

989:
	call void @llvm.nvvm.barrier0()
	%990 = icmp eq i32 %4, 0
	br i1 %990, label %991, label %994

991:
	%992 = getelementptr [1 x double], [1 x double] addrspace(3)* @massindex_select1_mass, i32 0, i32 0
	%993 = load double, double addrspace(3)* %992
	br label %1005

994:
	call void @llvm.nvvm.barrier0()
	%995 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 1
	%996 = load i32, i32 addrspace(3)* %995
	%997 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 2
	%998 = load i32, i32 addrspace(3)* %997
	%999 = icmp ne i32 %998, 0
	%1000 = icmp sge i32 %303, %239
	%1001 = or i1 %999, %1000
	%1002 = mul i32 %303, 4
	%1003 = icmp slt i32 %1002, %239
	%1004 = select i1 %1003, i32 %1002, i32 %239
	br i1 %1001, label %mass_done, label %mass

1005:
	%1006 = phi i32 [ 0, %991 ], [ %1347, %1025 ]
	%1007 = phi double [ %993, %991 ], [ %1344, %1025 ]
	%1008 = phi i32 [ 0, %991 ], [ %1346, %1025 ]
	%1009 = icmp slt i32 %1006, %303
	br i1 %1009, label %1010, label %1013

1010:
	%1011 = add i32 %1006, %3
	%1012 = icmp slt i32 %1011, %303
	br i1 %1012, label %1015, label %1025

1013:
	%1014 = icmp eq i32 %3, 0
	br i1 %1014, label %1348, label %1353

1015:
	%1016 = add i32 %13, %238
	%1017 = add i32 %1016, %1011
	%1018 = sext i32 %1017 to i64
	%1019 = getelementptr i32, i32* %list, i64 %1018
	%1020 = load i32, i32* %1019
	%1021 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %1020
	%1022 = load i32, i32 addrspace(3)* %1021
	%1023 = sub i32 %1022, 2
	%1024 = bitcast i32 %1023 to float
	br label %1025

1025:
	%1026 = phi float [ 0.0, %1010 ], [ %1024, %1015 ]
	%1027 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 0, i32 31)
	%1028 = fcmp olt double %1007, 0x3FECCCCCCCCCCCCD
	%1029 = add i32 %1006, 0
	%1030 = icmp slt i32 %1029, %303
	%1031 = and i1 %1028, %1030
	%1032 = fpext float %1027 to double
	%1033 = fadd double %1007, %1032
	%1034 = select i1 %1031, double %1033, double %1007
	%1035 = add i32 %1008, 1
	%1036 = select i1 %1031, i32 %1035, i32 %1008
	%1037 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 1, i32 31)
	%1038 = fcmp olt double %1034, 0x3FECCCCCCCCCCCCD
	%1039 = add i32 %1006, 1
	%1040 = icmp slt i32 %1039, %303
	%1041 = and i1 %1038, %1040
	%1042 = fpext float %1037 to double
	%1043 = fadd double %1034, %1042
	%1044 = select i1 %1041, double %1043, double %1034
	%1045 = add i32 %1036, 1
	%1046 = select i1 %1041, i32 %1045, i32 %1036
	%1047 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 2, i32 31)
	%1048 = fcmp olt double %1044, 0x3FECCCCCCCCCCCCD
	%1049 = add i32 %1006, 2
	%1050 = icmp slt i32 %1049, %303
	%1051 = and i1 %1048, %1050
	%1052 = fpext float %1047 to double
	%1053 = fadd double %1044, %1052
	%1054 = select i1 %1051, double %1053, double %1044
	%1055 = add i32 %1046, 1
	%1056 = select i1 %1051, i32 %1055, i32 %1046
	%1057 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 3, i32 31)
	%1058 = fcmp olt double %1054, 0x3FECCCCCCCCCCCCD
	%1059 = add i32 %1006, 3
	%1060 = icmp slt i32 %1059, %303
	%1061 = and i1 %1058, %1060
	%1062 = fpext float %1057 to double
	%1063 = fadd double %1054, %1062
	%1064 = select i1 %1061, double %1063, double %1054
	%1065 = add i32 %1056, 1
	%1066 = select i1 %1061, i32 %1065, i32 %1056
	%1067 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 4, i32 31)
	%1068 = fcmp olt double %1064, 0x3FECCCCCCCCCCCCD
	%1069 = add i32 %1006, 4
	%1070 = icmp slt i32 %1069, %303
	%1071 = and i1 %1068, %1070
	%1072 = fpext float %1067 to double
	%1073 = fadd double %1064, %1072
	%1074 = select i1 %1071, double %1073, double %1064
	%1075 = add i32 %1066, 1
	%1076 = select i1 %1071, i32 %1075, i32 %1066
	%1077 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 5, i32 31)
	%1078 = fcmp olt double %1074, 0x3FECCCCCCCCCCCCD
	%1079 = add i32 %1006, 5
	%1080 = icmp slt i32 %1079, %303
	%1081 = and i1 %1078, %1080
	%1082 = fpext float %1077 to double
	%1083 = fadd double %1074, %1082
	%1084 = select i1 %1081, double %1083, double %1074
	%1085 = add i32 %1076, 1
	%1086 = select i1 %1081, i32 %1085, i32 %1076
	%1087 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 6, i32 31)
	%1088 = fcmp olt double %1084, 0x3FECCCCCCCCCCCCD
	%1089 = add i32 %1006, 6
	%1090 = icmp slt i32 %1089, %303
	%1091 = and i1 %1088, %1090
	%1092 = fpext float %1087 to double
	%1093 = fadd double %1084, %1092
	%1094 = select i1 %1091, double %1093, double %1084
	%1095 = add i32 %1086, 1
	%1096 = select i1 %1091, i32 %1095, i32 %1086
	%1097 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 7, i32 31)
	%1098 = fcmp olt double %1094, 0x3FECCCCCCCCCCCCD
	%1099 = add i32 %1006, 7
	%1100 = icmp slt i32 %1099, %303
	%1101 = and i1 %1098, %1100
	%1102 = fpext float %1097 to double
	%1103 = fadd double %1094, %1102
	%1104 = select i1 %1101, double %1103, double %1094
	%1105 = add i32 %1096, 1
	%1106 = select i1 %1101, i32 %1105, i32 %1096
	%1107 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 8, i32 31)
	%1108 = fcmp olt double %1104, 0x3FECCCCCCCCCCCCD
	%1109 = add i32 %1006, 8
	%1110 = icmp slt i32 %1109, %303
	%1111 = and i1 %1108, %1110
	%1112 = fpext float %1107 to double
	%1113 = fadd double %1104, %1112
	%1114 = select i1 %1111, double %1113, double %1104
	%1115 = add i32 %1106, 1
	%1116 = select i1 %1111, i32 %1115, i32 %1106
	%1117 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 9, i32 31)
	%1118 = fcmp olt double %1114, 0x3FECCCCCCCCCCCCD
	%1119 = add i32 %1006, 9
	%1120 = icmp slt i32 %1119, %303
	%1121 = and i1 %1118, %1120
	%1122 = fpext float %1117 to double
	%1123 = fadd double %1114, %1122
	%1124 = select i1 %1121, double %1123, double %1114
	%1125 = add i32 %1116, 1
	%1126 = select i1 %1121, i32 %1125, i32 %1116
	%1127 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 10, i32 31)
	%1128 = fcmp olt double %1124, 0x3FECCCCCCCCCCCCD
	%1129 = add i32 %1006, 10
	%1130 = icmp slt i32 %1129, %303
	%1131 = and i1 %1128, %1130
	%1132 = fpext float %1127 to double
	%1133 = fadd double %1124, %1132
	%1134 = select i1 %1131, double %1133, double %1124
	%1135 = add i32 %1126, 1
	%1136 = select i1 %1131, i32 %1135, i32 %1126
	%1137 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 11, i32 31)
	%1138 = fcmp olt double %1134, 0x3FECCCCCCCCCCCCD
	%1139 = add i32 %1006, 11
	%1140 = icmp slt i32 %1139, %303
	%1141 = and i1 %1138, %1140
	%1142 = fpext float %1137 to double
	%1143 = fadd double %1134, %1142
	%1144 = select i1 %1141, double %1143, double %1134
	%1145 = add i32 %1136, 1
	%1146 = select i1 %1141, i32 %1145, i32 %1136
	%1147 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 12, i32 31)
	%1148 = fcmp olt double %1144, 0x3FECCCCCCCCCCCCD
	%1149 = add i32 %1006, 12
	%1150 = icmp slt i32 %1149, %303
	%1151 = and i1 %1148, %1150
	%1152 = fpext float %1147 to double
	%1153 = fadd double %1144, %1152
	%1154 = select i1 %1151, double %1153, double %1144
	%1155 = add i32 %1146, 1
	%1156 = select i1 %1151, i32 %1155, i32 %1146
	%1157 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 13, i32 31)
	%1158 = fcmp olt double %1154, 0x3FECCCCCCCCCCCCD
	%1159 = add i32 %1006, 13
	%1160 = icmp slt i32 %1159, %303
	%1161 = and i1 %1158, %1160
	%1162 = fpext float %1157 to double
	%1163 = fadd double %1154, %1162
	%1164 = select i1 %1161, double %1163, double %1154
	%1165 = add i32 %1156, 1
	%1166 = select i1 %1161, i32 %1165, i32 %1156
	%1167 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 14, i32 31)
	%1168 = fcmp olt double %1164, 0x3FECCCCCCCCCCCCD
	%1169 = add i32 %1006, 14
	%1170 = icmp slt i32 %1169, %303
	%1171 = and i1 %1168, %1170
	%1172 = fpext float %1167 to double
	%1173 = fadd double %1164, %1172
	%1174 = select i1 %1171, double %1173, double %1164
	%1175 = add i32 %1166, 1
	%1176 = select i1 %1171, i32 %1175, i32 %1166
	%1177 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 15, i32 31)
	%1178 = fcmp olt double %1174, 0x3FECCCCCCCCCCCCD
	%1179 = add i32 %1006, 15
	%1180 = icmp slt i32 %1179, %303
	%1181 = and i1 %1178, %1180
	%1182 = fpext float %1177 to double
	%1183 = fadd double %1174, %1182
	%1184 = select i1 %1181, double %1183, double %1174
	%1185 = add i32 %1176, 1
	%1186 = select i1 %1181, i32 %1185, i32 %1176
	%1187 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 16, i32 31)
	%1188 = fcmp olt double %1184, 0x3FECCCCCCCCCCCCD
	%1189 = add i32 %1006, 16
	%1190 = icmp slt i32 %1189, %303
	%1191 = and i1 %1188, %1190
	%1192 = fpext float %1187 to double
	%1193 = fadd double %1184, %1192
	%1194 = select i1 %1191, double %1193, double %1184
	%1195 = add i32 %1186, 1
	%1196 = select i1 %1191, i32 %1195, i32 %1186
	%1197 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 17, i32 31)
	%1198 = fcmp olt double %1194, 0x3FECCCCCCCCCCCCD
	%1199 = add i32 %1006, 17
	%1200 = icmp slt i32 %1199, %303
	%1201 = and i1 %1198, %1200
	%1202 = fpext float %1197 to double
	%1203 = fadd double %1194, %1202
	%1204 = select i1 %1201, double %1203, double %1194
	%1205 = add i32 %1196, 1
	%1206 = select i1 %1201, i32 %1205, i32 %1196
	%1207 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 18, i32 31)
	%1208 = fcmp olt double %1204, 0x3FECCCCCCCCCCCCD
	%1209 = add i32 %1006, 18
	%1210 = icmp slt i32 %1209, %303
	%1211 = and i1 %1208, %1210
	%1212 = fpext float %1207 to double
	%1213 = fadd double %1204, %1212
	%1214 = select i1 %1211, double %1213, double %1204
	%1215 = add i32 %1206, 1
	%1216 = select i1 %1211, i32 %1215, i32 %1206
	%1217 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 19, i32 31)
	%1218 = fcmp olt double %1214, 0x3FECCCCCCCCCCCCD
	%1219 = add i32 %1006, 19
	%1220 = icmp slt i32 %1219, %303
	%1221 = and i1 %1218, %1220
	%1222 = fpext float %1217 to double
	%1223 = fadd double %1214, %1222
	%1224 = select i1 %1221, double %1223, double %1214
	%1225 = add i32 %1216, 1
	%1226 = select i1 %1221, i32 %1225, i32 %1216
	%1227 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 20, i32 31)
	%1228 = fcmp olt double %1224, 0x3FECCCCCCCCCCCCD
	%1229 = add i32 %1006, 20
	%1230 = icmp slt i32 %1229, %303
	%1231 = and i1 %1228, %1230
	%1232 = fpext float %1227 to double
	%1233 = fadd double %1224, %1232
	%1234 = select i1 %1231, double %1233, double %1224
	%1235 = add i32 %1226, 1
	%1236 = select i1 %1231, i32 %1235, i32 %1226
	%1237 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 21, i32 31)
	%1238 = fcmp olt double %1234, 0x3FECCCCCCCCCCCCD
	%1239 = add i32 %1006, 21
	%1240 = icmp slt i32 %1239, %303
	%1241 = and i1 %1238, %1240
	%1242 = fpext float %1237 to double
	%1243 = fadd double %1234, %1242
	%1244 = select i1 %1241, double %1243, double %1234
	%1245 = add i32 %1236, 1
	%1246 = select i1 %1241, i32 %1245, i32 %1236
	%1247 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 22, i32 31)
	%1248 = fcmp olt double %1244, 0x3FECCCCCCCCCCCCD
	%1249 = add i32 %1006, 22
	%1250 = icmp slt i32 %1249, %303
	%1251 = and i1 %1248, %1250
	%1252 = fpext float %1247 to double
	%1253 = fadd double %1244, %1252
	%1254 = select i1 %1251, double %1253, double %1244
	%1255 = add i32 %1246, 1
	%1256 = select i1 %1251, i32 %1255, i32 %1246
	%1257 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 23, i32 31)
	%1258 = fcmp olt double %1254, 0x3FECCCCCCCCCCCCD
	%1259 = add i32 %1006, 23
	%1260 = icmp slt i32 %1259, %303
	%1261 = and i1 %1258, %1260
	%1262 = fpext float %1257 to double
	%1263 = fadd double %1254, %1262
	%1264 = select i1 %1261, double %1263, double %1254
	%1265 = add i32 %1256, 1
	%1266 = select i1 %1261, i32 %1265, i32 %1256
	%1267 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 24, i32 31)
	%1268 = fcmp olt double %1264, 0x3FECCCCCCCCCCCCD
	%1269 = add i32 %1006, 24
	%1270 = icmp slt i32 %1269, %303
	%1271 = and i1 %1268, %1270
	%1272 = fpext float %1267 to double
	%1273 = fadd double %1264, %1272
	%1274 = select i1 %1271, double %1273, double %1264
	%1275 = add i32 %1266, 1
	%1276 = select i1 %1271, i32 %1275, i32 %1266
	%1277 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 25, i32 31)
	%1278 = fcmp olt double %1274, 0x3FECCCCCCCCCCCCD
	%1279 = add i32 %1006, 25
	%1280 = icmp slt i32 %1279, %303
	%1281 = and i1 %1278, %1280
	%1282 = fpext float %1277 to double
	%1283 = fadd double %1274, %1282
	%1284 = select i1 %1281, double %1283, double %1274
	%1285 = add i32 %1276, 1
	%1286 = select i1 %1281, i32 %1285, i32 %1276
	%1287 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 26, i32 31)
	%1288 = fcmp olt double %1284, 0x3FECCCCCCCCCCCCD
	%1289 = add i32 %1006, 26
	%1290 = icmp slt i32 %1289, %303
	%1291 = and i1 %1288, %1290
	%1292 = fpext float %1287 to double
	%1293 = fadd double %1284, %1292
	%1294 = select i1 %1291, double %1293, double %1284
	%1295 = add i32 %1286, 1
	%1296 = select i1 %1291, i32 %1295, i32 %1286
	%1297 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 27, i32 31)
	%1298 = fcmp olt double %1294, 0x3FECCCCCCCCCCCCD
	%1299 = add i32 %1006, 27
	%1300 = icmp slt i32 %1299, %303
	%1301 = and i1 %1298, %1300
	%1302 = fpext float %1297 to double
	%1303 = fadd double %1294, %1302
	%1304 = select i1 %1301, double %1303, double %1294
	%1305 = add i32 %1296, 1
	%1306 = select i1 %1301, i32 %1305, i32 %1296
	%1307 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 28, i32 31)
	%1308 = fcmp olt double %1304, 0x3FECCCCCCCCCCCCD
	%1309 = add i32 %1006, 28
	%1310 = icmp slt i32 %1309, %303
	%1311 = and i1 %1308, %1310
	%1312 = fpext float %1307 to double
	%1313 = fadd double %1304, %1312
	%1314 = select i1 %1311, double %1313, double %1304
	%1315 = add i32 %1306, 1
	%1316 = select i1 %1311, i32 %1315, i32 %1306
	%1317 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 29, i32 31)
	%1318 = fcmp olt double %1314, 0x3FECCCCCCCCCCCCD
	%1319 = add i32 %1006, 29
	%1320 = icmp slt i32 %1319, %303
	%1321 = and i1 %1318, %1320
	%1322 = fpext float %1317 to double
	%1323 = fadd double %1314, %1322
	%1324 = select i1 %1321, double %1323, double %1314
	%1325 = add i32 %1316, 1
	%1326 = select i1 %1321, i32 %1325, i32 %1316
	%1327 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 30, i32 31)
	%1328 = fcmp olt double %1324, 0x3FECCCCCCCCCCCCD
	%1329 = add i32 %1006, 30
	%1330 = icmp slt i32 %1329, %303
	%1331 = and i1 %1328, %1330
	%1332 = fpext float %1327 to double
	%1333 = fadd double %1324, %1332
	%1334 = select i1 %1331, double %1333, double %1324
	%1335 = add i32 %1326, 1
	%1336 = select i1 %1331, i32 %1335, i32 %1326
	%1337 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1026, i32 31, i32 31)
	%1338 = fcmp olt double %1334, 0x3FECCCCCCCCCCCCD
	%1339 = add i32 %1006, 31
	%1340 = icmp slt i32 %1339, %303
	%1341 = and i1 %1338, %1340
	%1342 = fpext float %1337 to double
	%1343 = fadd double %1334, %1342
	%1344 = select i1 %1341, double %1343, double %1334
	%1345 = add i32 %1336, 1
	%1346 = select i1 %1341, i32 %1345, i32 %1336
	%1347 = add i32 %1006, 32
	br label %1005

1348:
	%1349 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 1
	store i32 %1008, i32 addrspace(3)* %1349
	%1350 = fcmp oge double %1007, 0x3FECCCCCCCCCCCCD
	%1351 = zext i1 %1350 to i32
	%1352 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 2
	store i32 %1351, i32 addrspace(3)* %1352
	br label %1353

1353:
	br label %994

1354:
	%1355 = phi i32 [ %308, %mass_done ], [ %1365, %1357 ]
	%1356 = icmp slt i32 %1355, %NK
	br i1 %1356, label %1357, label %1366

1357:
	%1358 = add i32 %13, %1355
	%1359 = sext i32 %1358 to i64
	%1360 = getelementptr i32, i32* %list, i64 %1359
	store i32 -1, i32* %1360
	%1361 = add i32 %13, %NK
	%1362 = add i32 %1361, %1355
	%1363 = sext i32 %1362 to i64
	%1364 = getelementptr i32, i32* %list, i64 %1363
	store i32 -1, i32* %1364
	%1365 = add i32 %1355, 256
	br label %1354

1366:
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

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @massindex_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, float*, i32, i32)* @massindex_pool_q0, !"maxntidx", i32 64}
!2 = !{void (i16*, float*, i32, i32)* @massindex_pool_k0, !"maxntidx", i32 64}
!3 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @massindex_scores0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @massindex_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @massindex_attn2, !"minctasm", i32 3}
