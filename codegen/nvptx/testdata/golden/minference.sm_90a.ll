; minference
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@minference_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@minference_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@minference_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@minference_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@minference_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@minference_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@minference_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@minference_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@minference_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@minference_scores0_a = internal addrspace(3) global [1088 x float] undef, align 16
@minference_scores0_b = internal addrspace(3) global [1088 x float] undef, align 16
@minference_attn2_smem = internal addrspace(3) global [24576 x i8] undef, align 1024

define ptx_kernel void @minference_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
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
	%44 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 %41
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
	%53 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %18
	store i32 %52, i32 addrspace(3)* %53
	%54 = call float @llvm.nvvm.fmax.f(float %19, float %51)
	%55 = add i32 %18, 256
	br label %17

56:
	store float %40, float addrspace(3)* %44
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	%58 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 0
	%59 = load float, float addrspace(3)* %58
	%60 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 1
	%61 = load float, float addrspace(3)* %60
	%62 = call float @llvm.nvvm.fmax.f(float %59, float %61)
	%63 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 2
	%64 = load float, float addrspace(3)* %63
	%65 = call float @llvm.nvvm.fmax.f(float %62, float %64)
	%66 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 3
	%67 = load float, float addrspace(3)* %66
	%68 = call float @llvm.nvvm.fmax.f(float %65, float %67)
	%69 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 4
	%70 = load float, float addrspace(3)* %69
	%71 = call float @llvm.nvvm.fmax.f(float %68, float %70)
	%72 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 5
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.nvvm.fmax.f(float %71, float %73)
	%75 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 6
	%76 = load float, float addrspace(3)* %75
	%77 = call float @llvm.nvvm.fmax.f(float %74, float %76)
	%78 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 7
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
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %84
	%89 = load i32, i32 addrspace(3)* %88
	%90 = bitcast i32 %89 to float
	%91 = fcmp one float %90, 0xFFF0000000000000
	%92 = fsub float %90, %82
	%93 = call float @llvm.nvvm.ex2.approx.ftz.f(float %92)
	%94 = select i1 %91, float %93, float -1.0
	%95 = bitcast float %94 to i32
	%96 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %84
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
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 %111
	br i1 %113, label %115, label %116

115:
	store float %110, float addrspace(3)* %114
	br label %116

116:
	call void @llvm.nvvm.barrier0()
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 0
	%118 = load float, float addrspace(3)* %117
	%119 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 1
	%120 = load float, float addrspace(3)* %119
	%121 = fadd float %118, %120
	%122 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 2
	%123 = load float, float addrspace(3)* %122
	%124 = fadd float %121, %123
	%125 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 3
	%126 = load float, float addrspace(3)* %125
	%127 = fadd float %124, %126
	%128 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 4
	%129 = load float, float addrspace(3)* %128
	%130 = fadd float %127, %129
	%131 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 5
	%132 = load float, float addrspace(3)* %131
	%133 = fadd float %130, %132
	%134 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 6
	%135 = load float, float addrspace(3)* %134
	%136 = fadd float %133, %135
	%137 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 7
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
	%166 = phi i32 [ %0, %116 ], [ %210, %196 ]
	%167 = phi float [ 0.0, %116 ], [ %209, %196 ]
	%168 = icmp slt i32 %166, %16
	br i1 %168, label %169, label %177

169:
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %166
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
	%191 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 %188
	br i1 %190, label %211, label %212

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
	%201 = icmp eq i32 %166, 0
	%202 = or i1 %200, %201
	%203 = bitcast float %175 to i32
	%204 = add i32 %203, 2
	%205 = select i1 %202, i32 1, i32 %204
	%206 = select i1 %173, i32 %205, i32 0
	%207 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %166
	store i32 %206, i32 addrspace(3)* %207
	%208 = uitofp i1 %173 to float
	%209 = fadd float %167, %208
	%210 = add i32 %166, 256
	br label %165

211:
	store float %187, float addrspace(3)* %191
	br label %212

212:
	call void @llvm.nvvm.barrier0()
	%213 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 0
	%214 = load float, float addrspace(3)* %213
	%215 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 1
	%216 = load float, float addrspace(3)* %215
	%217 = fadd float %214, %216
	%218 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 2
	%219 = load float, float addrspace(3)* %218
	%220 = fadd float %217, %219
	%221 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 3
	%222 = load float, float addrspace(3)* %221
	%223 = fadd float %220, %222
	%224 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 4
	%225 = load float, float addrspace(3)* %224
	%226 = fadd float %223, %225
	%227 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 5
	%228 = load float, float addrspace(3)* %227
	%229 = fadd float %226, %228
	%230 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 6
	%231 = load float, float addrspace(3)* %230
	%232 = fadd float %229, %231
	%233 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 7
	%234 = load float, float addrspace(3)* %233
	%235 = fadd float %232, %234
	%236 = fptosi float %235 to i32
	%237 = icmp eq i32 %0, 0
	br i1 %237, label %238, label %242

238:
	%239 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 0
	%240 = load i32, i32 addrspace(3)* %239
	%241 = icmp eq i32 %240, 1
	br i1 %241, label %259, label %267

242:
	call void @llvm.nvvm.barrier0()
	%243 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @minference_select1_cnt, i32 0, i32 0
	%244 = load i32, i32 addrspace(3)* %243
	%245 = sub i32 %236, %244
	%246 = sitofp i32 %236 to double
	%247 = fmul double 0x3FB999999999999A, %246
	%248 = fsub double %247, 0x3E112E0BE826D695
	%249 = call double @llvm.ceil.f64(double %248)
	%250 = fptosi double %249 to i32
	%251 = sub i32 %250, %244
	%252 = icmp sgt i32 %251, 0
	%253 = select i1 %252, i32 %251, i32 0
	%254 = icmp slt i32 %253, %245
	%255 = select i1 %254, i32 %253, i32 %245
	%256 = icmp sgt i32 %255, 0
	%257 = select i1 %256, i32 %255, i32 0
	%258 = icmp sgt i32 %257, 0
	br i1 %258, label %topk, label %topk_done

259:
	%260 = add i32 %13, 0
	%261 = sext i32 %260 to i64
	%262 = getelementptr i32, i32* %list, i64 %261
	store i32 0, i32* %262
	%263 = add i32 %13, %NK
	%264 = add i32 %263, 0
	%265 = sext i32 %264 to i64
	%266 = getelementptr i32, i32* %list, i64 %265
	store i32 1, i32* %266
	br label %267

267:
	%268 = add i32 %11, 0
	%269 = sext i32 %268 to i64
	%270 = getelementptr float, float* %e, i64 %269
	%271 = load float, float* %270
	%272 = add i32 0, 1
	%273 = select i1 %241, i32 %272, i32 0
	%274 = fpext float %271 to double
	%275 = fadd double 0.0, %274
	%276 = select i1 %241, double %275, double 0.0
	%277 = icmp sgt i32 %156, 1
	%278 = select i1 %277, i32 %156, i32 1
	%279 = add i32 %164, 1
	%280 = icmp slt i32 %279, %NK
	%281 = select i1 %280, i32 %279, i32 %NK
	br label %282

282:
	%283 = phi i32 [ %278, %267 ], [ %312, %302 ]
	%284 = phi i32 [ %273, %267 ], [ %308, %302 ]
	%285 = phi double [ %276, %267 ], [ %311, %302 ]
	%286 = icmp slt i32 %283, %281
	br i1 %286, label %287, label %291

287:
	%288 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %283
	%289 = load i32, i32 addrspace(3)* %288
	%290 = icmp eq i32 %289, 1
	br i1 %290, label %294, label %302

291:
	%292 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @minference_select1_cnt, i32 0, i32 0
	store i32 %284, i32 addrspace(3)* %292
	%293 = getelementptr [1 x double], [1 x double] addrspace(3)* @minference_select1_mass, i32 0, i32 0
	store double %285, double addrspace(3)* %293
	br label %242

294:
	%295 = add i32 %13, %284
	%296 = sext i32 %295 to i64
	%297 = getelementptr i32, i32* %list, i64 %296
	store i32 %283, i32* %297
	%298 = add i32 %13, %NK
	%299 = add i32 %298, %284
	%300 = sext i32 %299 to i64
	%301 = getelementptr i32, i32* %list, i64 %300
	store i32 1, i32* %301
	br label %302

302:
	%303 = add i32 %11, %283
	%304 = sext i32 %303 to i64
	%305 = getelementptr float, float* %e, i64 %304
	%306 = load float, float* %305
	%307 = add i32 %284, 1
	%308 = select i1 %290, i32 %307, i32 %284
	%309 = fpext float %306 to double
	%310 = fadd double %285, %309
	%311 = select i1 %290, double %310, double %285
	%312 = add i32 %283, 1
	br label %282

topk:
	call void @llvm.nvvm.barrier0()
	%313 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %313
	call void @llvm.nvvm.barrier0()
	br label %321

topk_done:
	%314 = sub i32 %257, 1
	%315 = call i32 @llvm.ctlz.i32(i32 %314, i1 false)
	%316 = icmp sgt i32 %257, 1
	%317 = sub i32 32, %315
	%318 = select i1 %316, i32 %317, i32 0
	%319 = shl i32 1, %318
	%320 = add i32 %257, %0
	br label %985

321:
	%322 = phi i32 [ %0, %topk ], [ %372, %371 ]
	%323 = icmp slt i32 %322, %16
	br i1 %323, label %324, label %340

324:
	%325 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %322
	%326 = load i32, i32 addrspace(3)* %325
	%327 = icmp uge i32 %326, 2
	%328 = and i32 %326, 0
	%329 = icmp eq i32 %328, 0
	%330 = and i1 %327, %329
	%331 = lshr i32 %326, 24
	%332 = and i32 %331, 255
	%333 = select i1 %330, i32 %332, i32 256
	%334 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %333)
	%335 = shl i32 1, %3
	%336 = sub i32 %335, 1
	%337 = and i32 %334, %336
	%338 = icmp eq i32 %337, 0
	%339 = and i1 %330, %338
	br i1 %339, label %367, label %371

340:
	call void @llvm.nvvm.barrier0()
	%341 = sub i32 255, %0
	%342 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %341
	%343 = load i32, i32 addrspace(3)* %342
	%344 = and i32 %0, 31
	%345 = lshr i32 %0, 5
	%346 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %343, i32 1, i32 0)
	%347 = icmp uge i32 %344, 1
	%348 = select i1 %347, i32 %346, i32 0
	%349 = add i32 %343, %348
	%350 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %349, i32 2, i32 0)
	%351 = icmp uge i32 %344, 2
	%352 = select i1 %351, i32 %350, i32 0
	%353 = add i32 %349, %352
	%354 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %353, i32 4, i32 0)
	%355 = icmp uge i32 %344, 4
	%356 = select i1 %355, i32 %354, i32 0
	%357 = add i32 %353, %356
	%358 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %357, i32 8, i32 0)
	%359 = icmp uge i32 %344, 8
	%360 = select i1 %359, i32 %358, i32 0
	%361 = add i32 %357, %360
	%362 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %361, i32 16, i32 0)
	%363 = icmp uge i32 %344, 16
	%364 = select i1 %363, i32 %362, i32 0
	%365 = add i32 %361, %364
	%366 = icmp eq i32 %344, 31
	br i1 %366, label %373, label %375

367:
	%368 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %332
	%369 = call i32 @llvm.ctpop.i32(i32 %334)
	%370 = atomicrmw add i32 addrspace(3)* %368, i32 %369 monotonic
	br label %371

371:
	%372 = add i32 %322, 256
	br label %321

373:
	%374 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 %345
	store i32 %365, i32 addrspace(3)* %374
	br label %375

375:
	call void @llvm.nvvm.barrier0()
	%376 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 0
	%377 = load i32, i32 addrspace(3)* %376
	%378 = icmp sgt i32 %345, 0
	%379 = select i1 %378, i32 %377, i32 0
	%380 = add i32 0, %379
	%381 = add i32 0, %377
	%382 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 1
	%383 = load i32, i32 addrspace(3)* %382
	%384 = icmp sgt i32 %345, 1
	%385 = select i1 %384, i32 %383, i32 0
	%386 = add i32 %380, %385
	%387 = add i32 %381, %383
	%388 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 2
	%389 = load i32, i32 addrspace(3)* %388
	%390 = icmp sgt i32 %345, 2
	%391 = select i1 %390, i32 %389, i32 0
	%392 = add i32 %386, %391
	%393 = add i32 %387, %389
	%394 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 3
	%395 = load i32, i32 addrspace(3)* %394
	%396 = icmp sgt i32 %345, 3
	%397 = select i1 %396, i32 %395, i32 0
	%398 = add i32 %392, %397
	%399 = add i32 %393, %395
	%400 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 4
	%401 = load i32, i32 addrspace(3)* %400
	%402 = icmp sgt i32 %345, 4
	%403 = select i1 %402, i32 %401, i32 0
	%404 = add i32 %398, %403
	%405 = add i32 %399, %401
	%406 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 5
	%407 = load i32, i32 addrspace(3)* %406
	%408 = icmp sgt i32 %345, 5
	%409 = select i1 %408, i32 %407, i32 0
	%410 = add i32 %404, %409
	%411 = add i32 %405, %407
	%412 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 6
	%413 = load i32, i32 addrspace(3)* %412
	%414 = icmp sgt i32 %345, 6
	%415 = select i1 %414, i32 %413, i32 0
	%416 = add i32 %410, %415
	%417 = add i32 %411, %413
	%418 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 7
	%419 = load i32, i32 addrspace(3)* %418
	%420 = icmp sgt i32 %345, 7
	%421 = select i1 %420, i32 %419, i32 0
	%422 = add i32 %416, %421
	%423 = add i32 %417, %419
	%424 = add i32 %422, %365
	%425 = sub i32 %424, %343
	%426 = icmp slt i32 %425, %257
	%427 = add i32 %425, %343
	%428 = icmp sle i32 %257, %427
	%429 = and i1 %426, %428
	br i1 %429, label %430, label %433

430:
	%431 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	store i32 %341, i32 addrspace(3)* %431
	%432 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	store i32 %425, i32 addrspace(3)* %432
	br label %433

433:
	call void @llvm.nvvm.barrier0()
	%434 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	%435 = load i32, i32 addrspace(3)* %434
	%436 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	%437 = load i32, i32 addrspace(3)* %436
	%438 = sub i32 %257, %437
	%439 = shl i32 %435, 24
	%440 = or i32 0, %439
	%441 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%442 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %442
	call void @llvm.nvvm.barrier0()
	br label %443

443:
	%444 = phi i32 [ %0, %433 ], [ %494, %493 ]
	%445 = icmp slt i32 %444, %16
	br i1 %445, label %446, label %462

446:
	%447 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %444
	%448 = load i32, i32 addrspace(3)* %447
	%449 = icmp uge i32 %448, 2
	%450 = and i32 %448, %441
	%451 = icmp eq i32 %450, %440
	%452 = and i1 %449, %451
	%453 = lshr i32 %448, 16
	%454 = and i32 %453, 255
	%455 = select i1 %452, i32 %454, i32 256
	%456 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %455)
	%457 = shl i32 1, %3
	%458 = sub i32 %457, 1
	%459 = and i32 %456, %458
	%460 = icmp eq i32 %459, 0
	%461 = and i1 %452, %460
	br i1 %461, label %489, label %493

462:
	call void @llvm.nvvm.barrier0()
	%463 = sub i32 255, %0
	%464 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %463
	%465 = load i32, i32 addrspace(3)* %464
	%466 = and i32 %0, 31
	%467 = lshr i32 %0, 5
	%468 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %465, i32 1, i32 0)
	%469 = icmp uge i32 %466, 1
	%470 = select i1 %469, i32 %468, i32 0
	%471 = add i32 %465, %470
	%472 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %471, i32 2, i32 0)
	%473 = icmp uge i32 %466, 2
	%474 = select i1 %473, i32 %472, i32 0
	%475 = add i32 %471, %474
	%476 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %475, i32 4, i32 0)
	%477 = icmp uge i32 %466, 4
	%478 = select i1 %477, i32 %476, i32 0
	%479 = add i32 %475, %478
	%480 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %479, i32 8, i32 0)
	%481 = icmp uge i32 %466, 8
	%482 = select i1 %481, i32 %480, i32 0
	%483 = add i32 %479, %482
	%484 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %483, i32 16, i32 0)
	%485 = icmp uge i32 %466, 16
	%486 = select i1 %485, i32 %484, i32 0
	%487 = add i32 %483, %486
	%488 = icmp eq i32 %466, 31
	br i1 %488, label %495, label %497

489:
	%490 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %454
	%491 = call i32 @llvm.ctpop.i32(i32 %456)
	%492 = atomicrmw add i32 addrspace(3)* %490, i32 %491 monotonic
	br label %493

493:
	%494 = add i32 %444, 256
	br label %443

495:
	%496 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 %467
	store i32 %487, i32 addrspace(3)* %496
	br label %497

497:
	call void @llvm.nvvm.barrier0()
	%498 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 0
	%499 = load i32, i32 addrspace(3)* %498
	%500 = icmp sgt i32 %467, 0
	%501 = select i1 %500, i32 %499, i32 0
	%502 = add i32 0, %501
	%503 = add i32 0, %499
	%504 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 1
	%505 = load i32, i32 addrspace(3)* %504
	%506 = icmp sgt i32 %467, 1
	%507 = select i1 %506, i32 %505, i32 0
	%508 = add i32 %502, %507
	%509 = add i32 %503, %505
	%510 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 2
	%511 = load i32, i32 addrspace(3)* %510
	%512 = icmp sgt i32 %467, 2
	%513 = select i1 %512, i32 %511, i32 0
	%514 = add i32 %508, %513
	%515 = add i32 %509, %511
	%516 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 3
	%517 = load i32, i32 addrspace(3)* %516
	%518 = icmp sgt i32 %467, 3
	%519 = select i1 %518, i32 %517, i32 0
	%520 = add i32 %514, %519
	%521 = add i32 %515, %517
	%522 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 4
	%523 = load i32, i32 addrspace(3)* %522
	%524 = icmp sgt i32 %467, 4
	%525 = select i1 %524, i32 %523, i32 0
	%526 = add i32 %520, %525
	%527 = add i32 %521, %523
	%528 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 5
	%529 = load i32, i32 addrspace(3)* %528
	%530 = icmp sgt i32 %467, 5
	%531 = select i1 %530, i32 %529, i32 0
	%532 = add i32 %526, %531
	%533 = add i32 %527, %529
	%534 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 6
	%535 = load i32, i32 addrspace(3)* %534
	%536 = icmp sgt i32 %467, 6
	%537 = select i1 %536, i32 %535, i32 0
	%538 = add i32 %532, %537
	%539 = add i32 %533, %535
	%540 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 7
	%541 = load i32, i32 addrspace(3)* %540
	%542 = icmp sgt i32 %467, 7
	%543 = select i1 %542, i32 %541, i32 0
	%544 = add i32 %538, %543
	%545 = add i32 %539, %541
	%546 = add i32 %544, %487
	%547 = sub i32 %546, %465
	%548 = icmp slt i32 %547, %438
	%549 = add i32 %547, %465
	%550 = icmp sle i32 %438, %549
	%551 = and i1 %548, %550
	br i1 %551, label %552, label %555

552:
	%553 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	store i32 %463, i32 addrspace(3)* %553
	%554 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	store i32 %547, i32 addrspace(3)* %554
	br label %555

555:
	call void @llvm.nvvm.barrier0()
	%556 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	%557 = load i32, i32 addrspace(3)* %556
	%558 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	%559 = load i32, i32 addrspace(3)* %558
	%560 = sub i32 %438, %559
	%561 = shl i32 %557, 16
	%562 = or i32 %440, %561
	%563 = or i32 %441, u0xFF0000
	call void @llvm.nvvm.barrier0()
	%564 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %564
	call void @llvm.nvvm.barrier0()
	br label %565

565:
	%566 = phi i32 [ %0, %555 ], [ %616, %615 ]
	%567 = icmp slt i32 %566, %16
	br i1 %567, label %568, label %584

568:
	%569 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %566
	%570 = load i32, i32 addrspace(3)* %569
	%571 = icmp uge i32 %570, 2
	%572 = and i32 %570, %563
	%573 = icmp eq i32 %572, %562
	%574 = and i1 %571, %573
	%575 = lshr i32 %570, 8
	%576 = and i32 %575, 255
	%577 = select i1 %574, i32 %576, i32 256
	%578 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %577)
	%579 = shl i32 1, %3
	%580 = sub i32 %579, 1
	%581 = and i32 %578, %580
	%582 = icmp eq i32 %581, 0
	%583 = and i1 %574, %582
	br i1 %583, label %611, label %615

584:
	call void @llvm.nvvm.barrier0()
	%585 = sub i32 255, %0
	%586 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %585
	%587 = load i32, i32 addrspace(3)* %586
	%588 = and i32 %0, 31
	%589 = lshr i32 %0, 5
	%590 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %587, i32 1, i32 0)
	%591 = icmp uge i32 %588, 1
	%592 = select i1 %591, i32 %590, i32 0
	%593 = add i32 %587, %592
	%594 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %593, i32 2, i32 0)
	%595 = icmp uge i32 %588, 2
	%596 = select i1 %595, i32 %594, i32 0
	%597 = add i32 %593, %596
	%598 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %597, i32 4, i32 0)
	%599 = icmp uge i32 %588, 4
	%600 = select i1 %599, i32 %598, i32 0
	%601 = add i32 %597, %600
	%602 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %601, i32 8, i32 0)
	%603 = icmp uge i32 %588, 8
	%604 = select i1 %603, i32 %602, i32 0
	%605 = add i32 %601, %604
	%606 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %605, i32 16, i32 0)
	%607 = icmp uge i32 %588, 16
	%608 = select i1 %607, i32 %606, i32 0
	%609 = add i32 %605, %608
	%610 = icmp eq i32 %588, 31
	br i1 %610, label %617, label %619

611:
	%612 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %576
	%613 = call i32 @llvm.ctpop.i32(i32 %578)
	%614 = atomicrmw add i32 addrspace(3)* %612, i32 %613 monotonic
	br label %615

615:
	%616 = add i32 %566, 256
	br label %565

617:
	%618 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 %589
	store i32 %609, i32 addrspace(3)* %618
	br label %619

619:
	call void @llvm.nvvm.barrier0()
	%620 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 0
	%621 = load i32, i32 addrspace(3)* %620
	%622 = icmp sgt i32 %589, 0
	%623 = select i1 %622, i32 %621, i32 0
	%624 = add i32 0, %623
	%625 = add i32 0, %621
	%626 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 1
	%627 = load i32, i32 addrspace(3)* %626
	%628 = icmp sgt i32 %589, 1
	%629 = select i1 %628, i32 %627, i32 0
	%630 = add i32 %624, %629
	%631 = add i32 %625, %627
	%632 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 2
	%633 = load i32, i32 addrspace(3)* %632
	%634 = icmp sgt i32 %589, 2
	%635 = select i1 %634, i32 %633, i32 0
	%636 = add i32 %630, %635
	%637 = add i32 %631, %633
	%638 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 3
	%639 = load i32, i32 addrspace(3)* %638
	%640 = icmp sgt i32 %589, 3
	%641 = select i1 %640, i32 %639, i32 0
	%642 = add i32 %636, %641
	%643 = add i32 %637, %639
	%644 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 4
	%645 = load i32, i32 addrspace(3)* %644
	%646 = icmp sgt i32 %589, 4
	%647 = select i1 %646, i32 %645, i32 0
	%648 = add i32 %642, %647
	%649 = add i32 %643, %645
	%650 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 5
	%651 = load i32, i32 addrspace(3)* %650
	%652 = icmp sgt i32 %589, 5
	%653 = select i1 %652, i32 %651, i32 0
	%654 = add i32 %648, %653
	%655 = add i32 %649, %651
	%656 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 6
	%657 = load i32, i32 addrspace(3)* %656
	%658 = icmp sgt i32 %589, 6
	%659 = select i1 %658, i32 %657, i32 0
	%660 = add i32 %654, %659
	%661 = add i32 %655, %657
	%662 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 7
	%663 = load i32, i32 addrspace(3)* %662
	%664 = icmp sgt i32 %589, 7
	%665 = select i1 %664, i32 %663, i32 0
	%666 = add i32 %660, %665
	%667 = add i32 %661, %663
	%668 = add i32 %666, %609
	%669 = sub i32 %668, %587
	%670 = icmp slt i32 %669, %560
	%671 = add i32 %669, %587
	%672 = icmp sle i32 %560, %671
	%673 = and i1 %670, %672
	br i1 %673, label %674, label %677

674:
	%675 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	store i32 %585, i32 addrspace(3)* %675
	%676 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	store i32 %669, i32 addrspace(3)* %676
	br label %677

677:
	call void @llvm.nvvm.barrier0()
	%678 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	%679 = load i32, i32 addrspace(3)* %678
	%680 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	%681 = load i32, i32 addrspace(3)* %680
	%682 = sub i32 %560, %681
	%683 = shl i32 %679, 8
	%684 = or i32 %562, %683
	%685 = or i32 %563, u0xFF00
	call void @llvm.nvvm.barrier0()
	%686 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %686
	call void @llvm.nvvm.barrier0()
	br label %687

687:
	%688 = phi i32 [ %0, %677 ], [ %738, %737 ]
	%689 = icmp slt i32 %688, %16
	br i1 %689, label %690, label %706

690:
	%691 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %688
	%692 = load i32, i32 addrspace(3)* %691
	%693 = icmp uge i32 %692, 2
	%694 = and i32 %692, %685
	%695 = icmp eq i32 %694, %684
	%696 = and i1 %693, %695
	%697 = lshr i32 %692, 0
	%698 = and i32 %697, 255
	%699 = select i1 %696, i32 %698, i32 256
	%700 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %699)
	%701 = shl i32 1, %3
	%702 = sub i32 %701, 1
	%703 = and i32 %700, %702
	%704 = icmp eq i32 %703, 0
	%705 = and i1 %696, %704
	br i1 %705, label %733, label %737

706:
	call void @llvm.nvvm.barrier0()
	%707 = sub i32 255, %0
	%708 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %707
	%709 = load i32, i32 addrspace(3)* %708
	%710 = and i32 %0, 31
	%711 = lshr i32 %0, 5
	%712 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %709, i32 1, i32 0)
	%713 = icmp uge i32 %710, 1
	%714 = select i1 %713, i32 %712, i32 0
	%715 = add i32 %709, %714
	%716 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %715, i32 2, i32 0)
	%717 = icmp uge i32 %710, 2
	%718 = select i1 %717, i32 %716, i32 0
	%719 = add i32 %715, %718
	%720 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %719, i32 4, i32 0)
	%721 = icmp uge i32 %710, 4
	%722 = select i1 %721, i32 %720, i32 0
	%723 = add i32 %719, %722
	%724 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %723, i32 8, i32 0)
	%725 = icmp uge i32 %710, 8
	%726 = select i1 %725, i32 %724, i32 0
	%727 = add i32 %723, %726
	%728 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %727, i32 16, i32 0)
	%729 = icmp uge i32 %710, 16
	%730 = select i1 %729, i32 %728, i32 0
	%731 = add i32 %727, %730
	%732 = icmp eq i32 %710, 31
	br i1 %732, label %739, label %741

733:
	%734 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %698
	%735 = call i32 @llvm.ctpop.i32(i32 %700)
	%736 = atomicrmw add i32 addrspace(3)* %734, i32 %735 monotonic
	br label %737

737:
	%738 = add i32 %688, 256
	br label %687

739:
	%740 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 %711
	store i32 %731, i32 addrspace(3)* %740
	br label %741

741:
	call void @llvm.nvvm.barrier0()
	%742 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 0
	%743 = load i32, i32 addrspace(3)* %742
	%744 = icmp sgt i32 %711, 0
	%745 = select i1 %744, i32 %743, i32 0
	%746 = add i32 0, %745
	%747 = add i32 0, %743
	%748 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 1
	%749 = load i32, i32 addrspace(3)* %748
	%750 = icmp sgt i32 %711, 1
	%751 = select i1 %750, i32 %749, i32 0
	%752 = add i32 %746, %751
	%753 = add i32 %747, %749
	%754 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 2
	%755 = load i32, i32 addrspace(3)* %754
	%756 = icmp sgt i32 %711, 2
	%757 = select i1 %756, i32 %755, i32 0
	%758 = add i32 %752, %757
	%759 = add i32 %753, %755
	%760 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 3
	%761 = load i32, i32 addrspace(3)* %760
	%762 = icmp sgt i32 %711, 3
	%763 = select i1 %762, i32 %761, i32 0
	%764 = add i32 %758, %763
	%765 = add i32 %759, %761
	%766 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 4
	%767 = load i32, i32 addrspace(3)* %766
	%768 = icmp sgt i32 %711, 4
	%769 = select i1 %768, i32 %767, i32 0
	%770 = add i32 %764, %769
	%771 = add i32 %765, %767
	%772 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 5
	%773 = load i32, i32 addrspace(3)* %772
	%774 = icmp sgt i32 %711, 5
	%775 = select i1 %774, i32 %773, i32 0
	%776 = add i32 %770, %775
	%777 = add i32 %771, %773
	%778 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 6
	%779 = load i32, i32 addrspace(3)* %778
	%780 = icmp sgt i32 %711, 6
	%781 = select i1 %780, i32 %779, i32 0
	%782 = add i32 %776, %781
	%783 = add i32 %777, %779
	%784 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 7
	%785 = load i32, i32 addrspace(3)* %784
	%786 = icmp sgt i32 %711, 7
	%787 = select i1 %786, i32 %785, i32 0
	%788 = add i32 %782, %787
	%789 = add i32 %783, %785
	%790 = add i32 %788, %731
	%791 = sub i32 %790, %709
	%792 = icmp slt i32 %791, %682
	%793 = add i32 %791, %709
	%794 = icmp sle i32 %682, %793
	%795 = and i1 %792, %794
	br i1 %795, label %796, label %799

796:
	%797 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	store i32 %707, i32 addrspace(3)* %797
	%798 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	store i32 %791, i32 addrspace(3)* %798
	br label %799

799:
	call void @llvm.nvvm.barrier0()
	%800 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	%801 = load i32, i32 addrspace(3)* %800
	%802 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	%803 = load i32, i32 addrspace(3)* %802
	%804 = sub i32 %682, %803
	%805 = shl i32 %801, 0
	%806 = or i32 %684, %805
	%807 = or i32 %685, 255
	br label %808

808:
	%809 = phi i32 [ 0, %799 ], [ %984, %981 ]
	%810 = phi i32 [ 0, %799 ], [ %982, %981 ]
	%811 = phi i32 [ 0, %799 ], [ %983, %981 ]
	%812 = icmp slt i32 %809, %16
	br i1 %812, label %813, label %842

813:
	%814 = add i32 %809, %0
	%815 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %814
	%816 = load i32, i32 addrspace(3)* %815
	%817 = icmp eq i32 %816, %806
	%818 = zext i1 %817 to i32
	%819 = and i32 %0, 31
	%820 = lshr i32 %0, 5
	%821 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %818, i32 1, i32 0)
	%822 = icmp uge i32 %819, 1
	%823 = select i1 %822, i32 %821, i32 0
	%824 = add i32 %818, %823
	%825 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %824, i32 2, i32 0)
	%826 = icmp uge i32 %819, 2
	%827 = select i1 %826, i32 %825, i32 0
	%828 = add i32 %824, %827
	%829 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %828, i32 4, i32 0)
	%830 = icmp uge i32 %819, 4
	%831 = select i1 %830, i32 %829, i32 0
	%832 = add i32 %828, %831
	%833 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %832, i32 8, i32 0)
	%834 = icmp uge i32 %819, 8
	%835 = select i1 %834, i32 %833, i32 0
	%836 = add i32 %832, %835
	%837 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %836, i32 16, i32 0)
	%838 = icmp uge i32 %819, 16
	%839 = select i1 %838, i32 %837, i32 0
	%840 = add i32 %836, %839
	%841 = icmp eq i32 %819, 31
	br i1 %841, label %843, label %845

842:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

843:
	%844 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 %820
	store i32 %840, i32 addrspace(3)* %844
	br label %845

845:
	call void @llvm.nvvm.barrier0()
	%846 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 0
	%847 = load i32, i32 addrspace(3)* %846
	%848 = icmp sgt i32 %820, 0
	%849 = select i1 %848, i32 %847, i32 0
	%850 = add i32 0, %849
	%851 = add i32 0, %847
	%852 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 1
	%853 = load i32, i32 addrspace(3)* %852
	%854 = icmp sgt i32 %820, 1
	%855 = select i1 %854, i32 %853, i32 0
	%856 = add i32 %850, %855
	%857 = add i32 %851, %853
	%858 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 2
	%859 = load i32, i32 addrspace(3)* %858
	%860 = icmp sgt i32 %820, 2
	%861 = select i1 %860, i32 %859, i32 0
	%862 = add i32 %856, %861
	%863 = add i32 %857, %859
	%864 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 3
	%865 = load i32, i32 addrspace(3)* %864
	%866 = icmp sgt i32 %820, 3
	%867 = select i1 %866, i32 %865, i32 0
	%868 = add i32 %862, %867
	%869 = add i32 %863, %865
	%870 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 4
	%871 = load i32, i32 addrspace(3)* %870
	%872 = icmp sgt i32 %820, 4
	%873 = select i1 %872, i32 %871, i32 0
	%874 = add i32 %868, %873
	%875 = add i32 %869, %871
	%876 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 5
	%877 = load i32, i32 addrspace(3)* %876
	%878 = icmp sgt i32 %820, 5
	%879 = select i1 %878, i32 %877, i32 0
	%880 = add i32 %874, %879
	%881 = add i32 %875, %877
	%882 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 6
	%883 = load i32, i32 addrspace(3)* %882
	%884 = icmp sgt i32 %820, 6
	%885 = select i1 %884, i32 %883, i32 0
	%886 = add i32 %880, %885
	%887 = add i32 %881, %883
	%888 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 7
	%889 = load i32, i32 addrspace(3)* %888
	%890 = icmp sgt i32 %820, 7
	%891 = select i1 %890, i32 %889, i32 0
	%892 = add i32 %886, %891
	%893 = add i32 %887, %889
	%894 = add i32 %892, %840
	%895 = sub i32 %894, %818
	%896 = icmp ugt i32 %816, %806
	%897 = add i32 %810, %895
	%898 = icmp slt i32 %897, %804
	%899 = and i1 %817, %898
	%900 = or i1 %896, %899
	%901 = zext i1 %900 to i32
	%902 = and i32 %0, 31
	%903 = lshr i32 %0, 5
	%904 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %901, i32 1, i32 0)
	%905 = icmp uge i32 %902, 1
	%906 = select i1 %905, i32 %904, i32 0
	%907 = add i32 %901, %906
	%908 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %907, i32 2, i32 0)
	%909 = icmp uge i32 %902, 2
	%910 = select i1 %909, i32 %908, i32 0
	%911 = add i32 %907, %910
	%912 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %911, i32 4, i32 0)
	%913 = icmp uge i32 %902, 4
	%914 = select i1 %913, i32 %912, i32 0
	%915 = add i32 %911, %914
	%916 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %915, i32 8, i32 0)
	%917 = icmp uge i32 %902, 8
	%918 = select i1 %917, i32 %916, i32 0
	%919 = add i32 %915, %918
	%920 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %919, i32 16, i32 0)
	%921 = icmp uge i32 %902, 16
	%922 = select i1 %921, i32 %920, i32 0
	%923 = add i32 %919, %922
	%924 = icmp eq i32 %902, 31
	br i1 %924, label %925, label %927

925:
	%926 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 %903
	store i32 %923, i32 addrspace(3)* %926
	br label %927

927:
	call void @llvm.nvvm.barrier0()
	%928 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 0
	%929 = load i32, i32 addrspace(3)* %928
	%930 = icmp sgt i32 %903, 0
	%931 = select i1 %930, i32 %929, i32 0
	%932 = add i32 0, %931
	%933 = add i32 0, %929
	%934 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 1
	%935 = load i32, i32 addrspace(3)* %934
	%936 = icmp sgt i32 %903, 1
	%937 = select i1 %936, i32 %935, i32 0
	%938 = add i32 %932, %937
	%939 = add i32 %933, %935
	%940 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 2
	%941 = load i32, i32 addrspace(3)* %940
	%942 = icmp sgt i32 %903, 2
	%943 = select i1 %942, i32 %941, i32 0
	%944 = add i32 %938, %943
	%945 = add i32 %939, %941
	%946 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 3
	%947 = load i32, i32 addrspace(3)* %946
	%948 = icmp sgt i32 %903, 3
	%949 = select i1 %948, i32 %947, i32 0
	%950 = add i32 %944, %949
	%951 = add i32 %945, %947
	%952 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 4
	%953 = load i32, i32 addrspace(3)* %952
	%954 = icmp sgt i32 %903, 4
	%955 = select i1 %954, i32 %953, i32 0
	%956 = add i32 %950, %955
	%957 = add i32 %951, %953
	%958 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 5
	%959 = load i32, i32 addrspace(3)* %958
	%960 = icmp sgt i32 %903, 5
	%961 = select i1 %960, i32 %959, i32 0
	%962 = add i32 %956, %961
	%963 = add i32 %957, %959
	%964 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 6
	%965 = load i32, i32 addrspace(3)* %964
	%966 = icmp sgt i32 %903, 6
	%967 = select i1 %966, i32 %965, i32 0
	%968 = add i32 %962, %967
	%969 = add i32 %963, %965
	%970 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 7
	%971 = load i32, i32 addrspace(3)* %970
	%972 = icmp sgt i32 %903, 7
	%973 = select i1 %972, i32 %971, i32 0
	%974 = add i32 %968, %973
	%975 = add i32 %969, %971
	%976 = add i32 %974, %923
	%977 = sub i32 %976, %901
	br i1 %900, label %978, label %981

978:
	%979 = add i32 %811, %977
	%980 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %979
	store i32 %814, i32 addrspace(3)* %980
	br label %981

981:
	%982 = add i32 %810, %893
	%983 = add i32 %811, %975
	%984 = add i32 %809, 256
	br label %808

985:
	%986 = phi i32 [ %320, %topk_done ], [ %990, %988 ]
	%987 = icmp slt i32 %986, %319
	br i1 %987, label %988, label %991

988:
	%989 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %986
	store i32 -1, i32 addrspace(3)* %989
	%990 = add i32 %986, 256
	br label %985

991:
	call void @llvm.nvvm.barrier0()
	%992 = add i32 %318, 1
	br label %993

993:
	%994 = phi i32 [ 1, %991 ], [ %1007, %1006 ]
	%995 = icmp slt i32 %994, %992
	br i1 %995, label %996, label %998

996:
	%997 = shl i32 1, %994
	br label %999

998:
	br label %1045

999:
	%1000 = phi i32 [ 0, %996 ], [ %1015, %1014 ]
	%1001 = icmp slt i32 %1000, %994
	br i1 %1001, label %1002, label %1006

1002:
	%1003 = sub i32 %994, 1
	%1004 = sub i32 %1003, %1000
	%1005 = shl i32 1, %1004
	br label %1008

1006:
	%1007 = add i32 %994, 1
	br label %993

1008:
	%1009 = phi i32 [ %0, %1002 ], [ %1040, %1039 ]
	%1010 = icmp slt i32 %1009, %319
	br i1 %1010, label %1011, label %1014

1011:
	%1012 = xor i32 %1009, %1005
	%1013 = icmp sgt i32 %1012, %1009
	br i1 %1013, label %1016, label %1039

1014:
	call void @llvm.nvvm.barrier0()
	%1015 = add i32 %1000, 1
	br label %999

1016:
	%1017 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1009
	%1018 = load i32, i32 addrspace(3)* %1017
	%1019 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1012
	%1020 = load i32, i32 addrspace(3)* %1019
	%1021 = and i32 %1009, %997
	%1022 = icmp eq i32 %1021, 0
	%1023 = icmp sge i32 %1020, 0
	%1024 = select i1 %1023, i32 %1020, i32 0
	%1025 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %1024
	%1026 = load i32, i32 addrspace(3)* %1025
	%1027 = select i1 %1023, i32 %1026, i32 0
	%1028 = icmp sge i32 %1018, 0
	%1029 = select i1 %1028, i32 %1018, i32 0
	%1030 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %1029
	%1031 = load i32, i32 addrspace(3)* %1030
	%1032 = select i1 %1028, i32 %1031, i32 0
	%1033 = icmp ugt i32 %1027, %1032
	%1034 = icmp eq i32 %1027, %1032
	%1035 = icmp slt i32 %1020, %1018
	%1036 = and i1 %1034, %1035
	%1037 = or i1 %1033, %1036
	%1038 = icmp eq i1 %1037, %1022
	br i1 %1038, label %1041, label %1044

1039:
	%1040 = add i32 %1009, 256
	br label %1008

1041:
	%1042 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1009
	store i32 %1020, i32 addrspace(3)* %1042
	%1043 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1012
	store i32 %1018, i32 addrspace(3)* %1043
	br label %1044

1044:
	br label %1039

1045:
	%1046 = phi i32 [ %0, %998 ], [ %1059, %1048 ]
	%1047 = icmp slt i32 %1046, %257
	br i1 %1047, label %1048, label %1060

1048:
	%1049 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1046
	%1050 = load i32, i32 addrspace(3)* %1049
	%1051 = add i32 %244, %1046
	%1052 = add i32 %13, %1051
	%1053 = sext i32 %1052 to i64
	%1054 = getelementptr i32, i32* %list, i64 %1053
	store i32 %1050, i32* %1054
	%1055 = add i32 %13, %NK
	%1056 = add i32 %1055, %1051
	%1057 = sext i32 %1056 to i64
	%1058 = getelementptr i32, i32* %list, i64 %1057
	store i32 0, i32* %1058
	%1059 = add i32 %1046, 256
	br label %1045

1060:
	%1061 = add i32 %244, %257
	%1062 = add i32 %1061, %0
	br label %1063

1063:
	%1064 = phi i32 [ %1062, %1060 ], [ %1074, %1066 ]
	%1065 = icmp slt i32 %1064, %NK
	br i1 %1065, label %1066, label %1075

1066:
	%1067 = add i32 %13, %1064
	%1068 = sext i32 %1067 to i64
	%1069 = getelementptr i32, i32* %list, i64 %1068
	store i32 -1, i32* %1069
	%1070 = add i32 %13, %NK
	%1071 = add i32 %1070, %1064
	%1072 = sext i32 %1071 to i64
	%1073 = getelementptr i32, i32* %list, i64 %1072
	store i32 -1, i32* %1073
	%1074 = add i32 %1064, 256
	br label %1063

1075:
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

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

define ptx_kernel void @minference_pool_q0(i16* %x, float* %out, i32 %L, i32 %NT) {
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
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @minference_pool_k0(i16* %x, float* %out, i32 %L, i32 %NT) {
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
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @minference_scores0(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
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
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @minference_scores0_a, i32 0, i32 %283
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
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @minference_scores0_b, i32 0, i32 %296
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
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @minference_scores0_a, i32 0, i32 %315
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
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @minference_scores0_b, i32 0, i32 %328
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
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @minference_scores0_a, i32 0, i32 %347
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
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @minference_scores0_b, i32 0, i32 %360
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
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @minference_scores0_a, i32 0, i32 %379
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
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @minference_scores0_b, i32 0, i32 %392
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
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @minference_scores0_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @minference_scores0_b, i32 0, i32 %433
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

define ptx_kernel void @minference_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @minference_attn2_smem to i32
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

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @minference_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, float*, i32, i32)* @minference_pool_q0, !"maxntidx", i32 64}
!2 = !{void (i16*, float*, i32, i32)* @minference_pool_k0, !"maxntidx", i32 64}
!3 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @minference_scores0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @minference_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @minference_attn2, !"minctasm", i32 3}
