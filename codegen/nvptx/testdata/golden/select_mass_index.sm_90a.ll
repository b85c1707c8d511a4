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

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @massindex_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, float*, i32, i32)* @massindex_pool_q0, !"maxntidx", i32 64}
!2 = !{void (i16*, float*, i32, i32)* @massindex_pool_k0, !"maxntidx", i32 64}
!3 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @massindex_scores0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @massindex_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @massindex_attn2, !"minctasm", i32 4}
