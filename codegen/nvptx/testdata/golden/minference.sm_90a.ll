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
	%14 = sub i32 %NQ, 1
	%15 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%16 = sub i32 %14, %15
	%17 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%18 = sdiv i32 %17, %group
	%19 = mul i32 %16, 64
	%20 = mul i32 %17, %M
	%21 = mul i32 %20, 64
	%22 = sext i32 %21 to i64
	%23 = getelementptr i16, i16* %q, i64 %22
	%24 = mul i32 %18, %N
	%25 = mul i32 %24, 64
	%26 = sext i32 %25 to i64
	%27 = getelementptr i16, i16* %k, i64 %26
	%28 = mul i32 %18, %N
	%29 = mul i32 %28, 64
	%30 = sext i32 %29 to i64
	%31 = getelementptr i16, i16* %v, i64 %30
	%32 = udiv i32 %17, %lh
	%33 = mul i32 %32, %NQ
	%34 = add i32 %33, %16
	%35 = mul i32 %34, 2
	%36 = mul i32 %35, %NK
	%37 = mul i32 %17, %ch
	%38 = mul i32 %37, %NQ
	%39 = add i32 %38, %16
	%40 = mul i32 %39, %NK
	%41 = add i32 %36, 0
	%42 = sext i32 %41 to i64
	%43 = getelementptr i32, i32* %list, i64 %42
	%44 = load i32, i32* %43
	%45 = icmp sgt i32 %NK, 0
	%46 = icmp sge i32 %44, 0
	%47 = and i1 %45, %46
	%48 = lshr i32 %9, 3
	%49 = and i32 %9, 7
	%50 = lshr i32 %49, 3
	%51 = mul i32 %50, u0x2000
	%52 = and i32 %49, 7
	%53 = and i32 %48, 7
	%54 = xor i32 %52, %53
	%55 = mul i32 %48, 128
	%56 = shl i32 %54, 4
	%57 = add i32 %55, %56
	%58 = add i32 %51, %57
	%59 = add i32 %2, %58
	%60 = add i32 %19, %48
	%61 = mul i32 %60, 64
	%62 = mul i32 %49, 8
	%63 = add i32 %61, %62
	%64 = sext i32 %63 to i64
	%65 = getelementptr i16, i16* %23, i64 %64
	%66 = add i32 %60, 0
	%67 = icmp slt i32 %66, %M
	%68 = getelementptr i16, i16* %65, i64 0
	%69 = select i1 %67, i16* %68, i16* %23
	%70 = add i32 %59, 0
	%71 = select i1 %67, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %70, i16* %69, i32 %71)
	%72 = add i32 %60, 16
	%73 = icmp slt i32 %72, %M
	%74 = getelementptr i16, i16* %65, i64 1024
	%75 = select i1 %73, i16* %74, i16* %23
	%76 = add i32 %59, 2048
	%77 = select i1 %73, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %76, i16* %75, i32 %77)
	%78 = add i32 %60, 32
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %65, i64 2048
	%81 = select i1 %79, i16* %80, i16* %23
	%82 = add i32 %59, u0x1000
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %60, 48
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %65, i64 3072
	%87 = select i1 %85, i16* %86, i16* %23
	%88 = add i32 %59, 6144
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %47, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%90 = and i32 %11, 7
	%91 = lshr i32 %11, 3
	%92 = and i32 %91, 1
	%93 = shl i32 %92, 3
	%94 = add i32 %90, %93
	%95 = lshr i32 %11, 4
	%96 = mul i32 %10, 16
	%97 = add i32 %94, 0
	%98 = add i32 %96, %97
	%99 = mul i32 %98, 128
	%100 = add i32 %2, %99
	%101 = and i32 %11, 7
	%102 = xor i32 %95, %101
	%103 = shl i32 %102, 4
	%104 = add i32 %100, %103
	%105 = mul i32 %44, 64
	%106 = lshr i32 %9, 3
	%107 = and i32 %9, 7
	%108 = lshr i32 %107, 3
	%109 = mul i32 %108, u0x2000
	%110 = and i32 %107, 7
	%111 = and i32 %106, 7
	%112 = xor i32 %110, %111
	%113 = mul i32 %106, 128
	%114 = shl i32 %112, 4
	%115 = add i32 %113, %114
	%116 = add i32 %109, %115
	%117 = add i32 %0, %116
	%118 = add i32 %105, %106
	%119 = mul i32 %118, 64
	%120 = mul i32 %107, 8
	%121 = add i32 %119, %120
	%122 = sext i32 %121 to i64
	%123 = getelementptr i16, i16* %27, i64 %122
	%124 = add i32 %118, 0
	%125 = icmp slt i32 %124, %N
	%126 = getelementptr i16, i16* %123, i64 0
	%127 = select i1 %125, i16* %126, i16* %27
	%128 = add i32 %117, 0
	%129 = select i1 %125, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %128, i16* %127, i32 %129)
	%130 = add i32 %118, 16
	%131 = icmp slt i32 %130, %N
	%132 = getelementptr i16, i16* %123, i64 1024
	%133 = select i1 %131, i16* %132, i16* %27
	%134 = add i32 %117, 2048
	%135 = select i1 %131, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %134, i16* %133, i32 %135)
	%136 = add i32 %118, 32
	%137 = icmp slt i32 %136, %N
	%138 = getelementptr i16, i16* %123, i64 2048
	%139 = select i1 %137, i16* %138, i16* %27
	%140 = add i32 %117, u0x1000
	%141 = select i1 %137, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %140, i16* %139, i32 %141)
	%142 = add i32 %118, 48
	%143 = icmp slt i32 %142, %N
	%144 = getelementptr i16, i16* %123, i64 3072
	%145 = select i1 %143, i16* %144, i16* %27
	%146 = add i32 %117, 6144
	%147 = select i1 %143, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %146, i16* %145, i32 %147)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%148 = phi i32 [ 0, %prologue ], [ %1141, %pv ]
	%149 = phi i32 [ %44, %prologue ], [ %1148, %pv ]
	%150 = phi float [ 0.0, %prologue ], [ %1364, %pv ]
	%151 = phi float [ 0.0, %prologue ], [ %1365, %pv ]
	%152 = phi float [ 0.0, %prologue ], [ %1366, %pv ]
	%153 = phi float [ 0.0, %prologue ], [ %1367, %pv ]
	%154 = phi float [ 0.0, %prologue ], [ %1368, %pv ]
	%155 = phi float [ 0.0, %prologue ], [ %1369, %pv ]
	%156 = phi float [ 0.0, %prologue ], [ %1370, %pv ]
	%157 = phi float [ 0.0, %prologue ], [ %1371, %pv ]
	%158 = phi float [ 0.0, %prologue ], [ %1372, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %1373, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1374, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1375, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1376, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1377, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1378, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1379, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1380, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1381, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1382, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1383, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1384, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1385, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1386, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1387, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1388, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1389, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1390, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1391, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1392, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1393, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1394, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1395, %pv ]
	%182 = phi float [ 0xFFF0000000000000, %prologue ], [ %1037, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1088, %pv ]
	%184 = phi float [ 0xFFF0000000000000, %prologue ], [ %1089, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1140, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%186 = mul i32 %149, 64
	%187 = lshr i32 %9, 3
	%188 = and i32 %9, 7
	%189 = lshr i32 %188, 3
	%190 = mul i32 %189, u0x2000
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
	%204 = getelementptr i16, i16* %31, i64 %203
	%205 = add i32 %199, 0
	%206 = icmp slt i32 %205, %N
	%207 = getelementptr i16, i16* %204, i64 0
	%208 = select i1 %206, i16* %207, i16* %31
	%209 = add i32 %198, 0
	%210 = select i1 %206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %209, i16* %208, i32 %210)
	%211 = add i32 %199, 16
	%212 = icmp slt i32 %211, %N
	%213 = getelementptr i16, i16* %204, i64 1024
	%214 = select i1 %212, i16* %213, i16* %31
	%215 = add i32 %198, 2048
	%216 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %215, i16* %214, i32 %216)
	%217 = add i32 %199, 32
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %204, i64 2048
	%220 = select i1 %218, i16* %219, i16* %31
	%221 = add i32 %198, u0x1000
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	%223 = add i32 %199, 48
	%224 = icmp slt i32 %223, %N
	%225 = getelementptr i16, i16* %204, i64 3072
	%226 = select i1 %224, i16* %225, i16* %31
	%227 = add i32 %198, 6144
	%228 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %227, i16* %226, i32 %228)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%229 = add i32 %4, 0
	%230 = zext i32 %229 to i64
	%231 = or i64 %230, u0x4000004000010000
	%232 = add i32 %6, 0
	%233 = zext i32 %232 to i64
	%234 = or i64 %233, u0x4000004000010000
	%235 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %231, i64 %234, i32 1)
	%236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 0
	%237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 1
	%238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 2
	%239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 3
	%240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 4
	%241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 5
	%242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 6
	%243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 7
	%244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 8
	%245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 9
	%246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 10
	%247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 11
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 12
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 13
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 14
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 15
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 16
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 17
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 18
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 19
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 20
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 21
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 22
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 23
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 24
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 25
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 26
	%263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 27
	%264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 28
	%265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 29
	%266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 30
	%267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 31
	%268 = add i32 %4, 2
	%269 = zext i32 %268 to i64
	%270 = or i64 %269, u0x4000004000010000
	%271 = add i32 %6, 2
	%272 = zext i32 %271 to i64
	%273 = or i64 %272, u0x4000004000010000
	%274 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %236, float %237, float %238, float %239, float %240, float %241, float %242, float %243, float %244, float %245, float %246, float %247, float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, float %263, float %264, float %265, float %266, float %267, i64 %270, i64 %273, i32 1)
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 0
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 1
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 2
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 3
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 4
	%280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 5
	%281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 6
	%282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 7
	%283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 8
	%284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 9
	%285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 10
	%286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 11
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 12
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 13
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 14
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 15
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 16
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 17
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 18
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 19
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 20
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 21
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 22
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 23
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 24
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 25
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 26
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 27
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 28
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 29
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 30
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 31
	%307 = add i32 %4, 4
	%308 = zext i32 %307 to i64
	%309 = or i64 %308, u0x4000004000010000
	%310 = add i32 %6, 4
	%311 = zext i32 %310 to i64
	%312 = or i64 %311, u0x4000004000010000
	%313 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %275, float %276, float %277, float %278, float %279, float %280, float %281, float %282, float %283, float %284, float %285, float %286, float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, i64 %309, i64 %312, i32 1)
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 0
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 1
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 2
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 3
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 4
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 5
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 6
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 7
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 8
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 9
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 10
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 11
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 12
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 13
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 14
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 15
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 16
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 17
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 18
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 19
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 20
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 21
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 22
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 23
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 24
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 25
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 26
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 27
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 28
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 29
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 30
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 31
	%346 = add i32 %4, 6
	%347 = zext i32 %346 to i64
	%348 = or i64 %347, u0x4000004000010000
	%349 = add i32 %6, 6
	%350 = zext i32 %349 to i64
	%351 = or i64 %350, u0x4000004000010000
	%352 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, i64 %348, i64 %351, i32 1)
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 0
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 1
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 2
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 3
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 4
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 5
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 6
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 7
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 8
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 9
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 10
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 11
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 12
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 13
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 14
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 15
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 16
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 17
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 18
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 19
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 20
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 21
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 22
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 23
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 24
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 25
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 26
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 27
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 28
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 29
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 30
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%385 = call float asm sideeffect "", "=f,0"(float %353)
	%386 = call float asm sideeffect "", "=f,0"(float %354)
	%387 = call float asm sideeffect "", "=f,0"(float %355)
	%388 = call float asm sideeffect "", "=f,0"(float %356)
	%389 = call float asm sideeffect "", "=f,0"(float %357)
	%390 = call float asm sideeffect "", "=f,0"(float %358)
	%391 = call float asm sideeffect "", "=f,0"(float %359)
	%392 = call float asm sideeffect "", "=f,0"(float %360)
	%393 = call float asm sideeffect "", "=f,0"(float %361)
	%394 = call float asm sideeffect "", "=f,0"(float %362)
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
	%417 = mul i32 %10, 16
	%418 = add i32 %19, %417
	%419 = add i32 %12, 0
	%420 = add i32 %418, %419
	%421 = mul i32 %10, 16
	%422 = add i32 %19, %421
	%423 = add i32 %12, 8
	%424 = add i32 %422, %423
	%425 = sitofp i32 %17 to float
	%426 = add i32 %40, %149
	%427 = sext i32 %426 to i64
	%428 = getelementptr i8, i8* %cls, i64 %427
	%429 = load i8, i8* %428
	%430 = icmp ne i8 %429, 2
	br i1 %430, label %partial, label %softmax

epilogue:
	%431 = phi float [ 0.0, %entry ], [ %1088, %pv ]
	%432 = phi float [ 0.0, %entry ], [ %1140, %pv ]
	%433 = phi i32 [ 0, %entry ], [ %1141, %pv ]
	%434 = phi float [ 0.0, %entry ], [ %1364, %pv ]
	%435 = phi float [ 0.0, %entry ], [ %1365, %pv ]
	%436 = phi float [ 0.0, %entry ], [ %1366, %pv ]
	%437 = phi float [ 0.0, %entry ], [ %1367, %pv ]
	%438 = phi float [ 0.0, %entry ], [ %1368, %pv ]
	%439 = phi float [ 0.0, %entry ], [ %1369, %pv ]
	%440 = phi float [ 0.0, %entry ], [ %1370, %pv ]
	%441 = phi float [ 0.0, %entry ], [ %1371, %pv ]
	%442 = phi float [ 0.0, %entry ], [ %1372, %pv ]
	%443 = phi float [ 0.0, %entry ], [ %1373, %pv ]
	%444 = phi float [ 0.0, %entry ], [ %1374, %pv ]
	%445 = phi float [ 0.0, %entry ], [ %1375, %pv ]
	%446 = phi float [ 0.0, %entry ], [ %1376, %pv ]
	%447 = phi float [ 0.0, %entry ], [ %1377, %pv ]
	%448 = phi float [ 0.0, %entry ], [ %1378, %pv ]
	%449 = phi float [ 0.0, %entry ], [ %1379, %pv ]
	%450 = phi float [ 0.0, %entry ], [ %1380, %pv ]
	%451 = phi float [ 0.0, %entry ], [ %1381, %pv ]
	%452 = phi float [ 0.0, %entry ], [ %1382, %pv ]
	%453 = phi float [ 0.0, %entry ], [ %1383, %pv ]
	%454 = phi float [ 0.0, %entry ], [ %1384, %pv ]
	%455 = phi float [ 0.0, %entry ], [ %1385, %pv ]
	%456 = phi float [ 0.0, %entry ], [ %1386, %pv ]
	%457 = phi float [ 0.0, %entry ], [ %1387, %pv ]
	%458 = phi float [ 0.0, %entry ], [ %1388, %pv ]
	%459 = phi float [ 0.0, %entry ], [ %1389, %pv ]
	%460 = phi float [ 0.0, %entry ], [ %1390, %pv ]
	%461 = phi float [ 0.0, %entry ], [ %1391, %pv ]
	%462 = phi float [ 0.0, %entry ], [ %1392, %pv ]
	%463 = phi float [ 0.0, %entry ], [ %1393, %pv ]
	%464 = phi float [ 0.0, %entry ], [ %1394, %pv ]
	%465 = phi float [ 0.0, %entry ], [ %1395, %pv ]
	%466 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %431, i32 1, i32 31)
	%467 = fadd float %431, %466
	%468 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %467, i32 2, i32 31)
	%469 = fadd float %467, %468
	%470 = fcmp ogt float %469, 0.0
	%471 = fdiv float 1.0, %469
	%472 = select i1 %470, float %471, float 0.0
	%473 = mul i32 %10, 16
	%474 = add i32 %19, %473
	%475 = add i32 %12, 0
	%476 = add i32 %474, %475
	%477 = fmul float %434, %472
	%478 = fmul float %435, %472
	%479 = fmul float %438, %472
	%480 = fmul float %439, %472
	%481 = fmul float %442, %472
	%482 = fmul float %443, %472
	%483 = fmul float %446, %472
	%484 = fmul float %447, %472
	%485 = fmul float %450, %472
	%486 = fmul float %451, %472
	%487 = fmul float %454, %472
	%488 = fmul float %455, %472
	%489 = fmul float %458, %472
	%490 = fmul float %459, %472
	%491 = fmul float %462, %472
	%492 = fmul float %463, %472
	%493 = icmp slt i32 %476, %M
	br i1 %493, label %store0, label %stored0

partial:
	%494 = shl i32 %13, 1
	%495 = add i32 0, %494
	%496 = add i32 %186, %495
	%497 = icmp slt i32 %496, %N
	%498 = select i1 %497, i32 %496, i32 0
	%499 = sitofp i32 %420 to float
	%500 = sitofp i32 %498 to float
	%501 = fcmp ole float %500, %499
	%502 = uitofp i1 %501 to float
	%503 = fcmp une float %502, 0.0
	%504 = and i1 %497, %503
	%505 = select i1 %504, float %385, float 0xFFF0000000000000
	%506 = shl i32 %13, 1
	%507 = add i32 1, %506
	%508 = add i32 %186, %507
	%509 = icmp slt i32 %508, %N
	%510 = select i1 %509, i32 %508, i32 0
	%511 = sitofp i32 %420 to float
	%512 = sitofp i32 %510 to float
	%513 = fcmp ole float %512, %511
	%514 = uitofp i1 %513 to float
	%515 = fcmp une float %514, 0.0
	%516 = and i1 %509, %515
	%517 = select i1 %516, float %386, float 0xFFF0000000000000
	%518 = shl i32 %13, 1
	%519 = add i32 0, %518
	%520 = add i32 %186, %519
	%521 = icmp slt i32 %520, %N
	%522 = select i1 %521, i32 %520, i32 0
	%523 = sitofp i32 %424 to float
	%524 = sitofp i32 %522 to float
	%525 = fcmp ole float %524, %523
	%526 = uitofp i1 %525 to float
	%527 = fcmp une float %526, 0.0
	%528 = and i1 %521, %527
	%529 = select i1 %528, float %387, float 0xFFF0000000000000
	%530 = shl i32 %13, 1
	%531 = add i32 1, %530
	%532 = add i32 %186, %531
	%533 = icmp slt i32 %532, %N
	%534 = select i1 %533, i32 %532, i32 0
	%535 = sitofp i32 %424 to float
	%536 = sitofp i32 %534 to float
	%537 = fcmp ole float %536, %535
	%538 = uitofp i1 %537 to float
	%539 = fcmp une float %538, 0.0
	%540 = and i1 %533, %539
	%541 = select i1 %540, float %388, float 0xFFF0000000000000
	%542 = shl i32 %13, 1
	%543 = add i32 8, %542
	%544 = add i32 %186, %543
	%545 = icmp slt i32 %544, %N
	%546 = select i1 %545, i32 %544, i32 0
	%547 = sitofp i32 %420 to float
	%548 = sitofp i32 %546 to float
	%549 = fcmp ole float %548, %547
	%550 = uitofp i1 %549 to float
	%551 = fcmp une float %550, 0.0
	%552 = and i1 %545, %551
	%553 = select i1 %552, float %389, float 0xFFF0000000000000
	%554 = shl i32 %13, 1
	%555 = add i32 9, %554
	%556 = add i32 %186, %555
	%557 = icmp slt i32 %556, %N
	%558 = select i1 %557, i32 %556, i32 0
	%559 = sitofp i32 %420 to float
	%560 = sitofp i32 %558 to float
	%561 = fcmp ole float %560, %559
	%562 = uitofp i1 %561 to float
	%563 = fcmp une float %562, 0.0
	%564 = and i1 %557, %563
	%565 = select i1 %564, float %390, float 0xFFF0000000000000
	%566 = shl i32 %13, 1
	%567 = add i32 8, %566
	%568 = add i32 %186, %567
	%569 = icmp slt i32 %568, %N
	%570 = select i1 %569, i32 %568, i32 0
	%571 = sitofp i32 %424 to float
	%572 = sitofp i32 %570 to float
	%573 = fcmp ole float %572, %571
	%574 = uitofp i1 %573 to float
	%575 = fcmp une float %574, 0.0
	%576 = and i1 %569, %575
	%577 = select i1 %576, float %391, float 0xFFF0000000000000
	%578 = shl i32 %13, 1
	%579 = add i32 9, %578
	%580 = add i32 %186, %579
	%581 = icmp slt i32 %580, %N
	%582 = select i1 %581, i32 %580, i32 0
	%583 = sitofp i32 %424 to float
	%584 = sitofp i32 %582 to float
	%585 = fcmp ole float %584, %583
	%586 = uitofp i1 %585 to float
	%587 = fcmp une float %586, 0.0
	%588 = and i1 %581, %587
	%589 = select i1 %588, float %392, float 0xFFF0000000000000
	%590 = shl i32 %13, 1
	%591 = add i32 16, %590
	%592 = add i32 %186, %591
	%593 = icmp slt i32 %592, %N
	%594 = select i1 %593, i32 %592, i32 0
	%595 = sitofp i32 %420 to float
	%596 = sitofp i32 %594 to float
	%597 = fcmp ole float %596, %595
	%598 = uitofp i1 %597 to float
	%599 = fcmp une float %598, 0.0
	%600 = and i1 %593, %599
	%601 = select i1 %600, float %393, float 0xFFF0000000000000
	%602 = shl i32 %13, 1
	%603 = add i32 17, %602
	%604 = add i32 %186, %603
	%605 = icmp slt i32 %604, %N
	%606 = select i1 %605, i32 %604, i32 0
	%607 = sitofp i32 %420 to float
	%608 = sitofp i32 %606 to float
	%609 = fcmp ole float %608, %607
	%610 = uitofp i1 %609 to float
	%611 = fcmp une float %610, 0.0
	%612 = and i1 %605, %611
	%613 = select i1 %612, float %394, float 0xFFF0000000000000
	%614 = shl i32 %13, 1
	%615 = add i32 16, %614
	%616 = add i32 %186, %615
	%617 = icmp slt i32 %616, %N
	%618 = select i1 %617, i32 %616, i32 0
	%619 = sitofp i32 %424 to float
	%620 = sitofp i32 %618 to float
	%621 = fcmp ole float %620, %619
	%622 = uitofp i1 %621 to float
	%623 = fcmp une float %622, 0.0
	%624 = and i1 %617, %623
	%625 = select i1 %624, float %395, float 0xFFF0000000000000
	%626 = shl i32 %13, 1
	%627 = add i32 17, %626
	%628 = add i32 %186, %627
	%629 = icmp slt i32 %628, %N
	%630 = select i1 %629, i32 %628, i32 0
	%631 = sitofp i32 %424 to float
	%632 = sitofp i32 %630 to float
	%633 = fcmp ole float %632, %631
	%634 = uitofp i1 %633 to float
	%635 = fcmp une float %634, 0.0
	%636 = and i1 %629, %635
	%637 = select i1 %636, float %396, float 0xFFF0000000000000
	%638 = shl i32 %13, 1
	%639 = add i32 24, %638
	%640 = add i32 %186, %639
	%641 = icmp slt i32 %640, %N
	%642 = select i1 %641, i32 %640, i32 0
	%643 = sitofp i32 %420 to float
	%644 = sitofp i32 %642 to float
	%645 = fcmp ole float %644, %643
	%646 = uitofp i1 %645 to float
	%647 = fcmp une float %646, 0.0
	%648 = and i1 %641, %647
	%649 = select i1 %648, float %397, float 0xFFF0000000000000
	%650 = shl i32 %13, 1
	%651 = add i32 25, %650
	%652 = add i32 %186, %651
	%653 = icmp slt i32 %652, %N
	%654 = select i1 %653, i32 %652, i32 0
	%655 = sitofp i32 %420 to float
	%656 = sitofp i32 %654 to float
	%657 = fcmp ole float %656, %655
	%658 = uitofp i1 %657 to float
	%659 = fcmp une float %658, 0.0
	%660 = and i1 %653, %659
	%661 = select i1 %660, float %398, float 0xFFF0000000000000
	%662 = shl i32 %13, 1
	%663 = add i32 24, %662
	%664 = add i32 %186, %663
	%665 = icmp slt i32 %664, %N
	%666 = select i1 %665, i32 %664, i32 0
	%667 = sitofp i32 %424 to float
	%668 = sitofp i32 %666 to float
	%669 = fcmp ole float %668, %667
	%670 = uitofp i1 %669 to float
	%671 = fcmp une float %670, 0.0
	%672 = and i1 %665, %671
	%673 = select i1 %672, float %399, float 0xFFF0000000000000
	%674 = shl i32 %13, 1
	%675 = add i32 25, %674
	%676 = add i32 %186, %675
	%677 = icmp slt i32 %676, %N
	%678 = select i1 %677, i32 %676, i32 0
	%679 = sitofp i32 %424 to float
	%680 = sitofp i32 %678 to float
	%681 = fcmp ole float %680, %679
	%682 = uitofp i1 %681 to float
	%683 = fcmp une float %682, 0.0
	%684 = and i1 %677, %683
	%685 = select i1 %684, float %400, float 0xFFF0000000000000
	%686 = shl i32 %13, 1
	%687 = add i32 32, %686
	%688 = add i32 %186, %687
	%689 = icmp slt i32 %688, %N
	%690 = select i1 %689, i32 %688, i32 0
	%691 = sitofp i32 %420 to float
	%692 = sitofp i32 %690 to float
	%693 = fcmp ole float %692, %691
	%694 = uitofp i1 %693 to float
	%695 = fcmp une float %694, 0.0
	%696 = and i1 %689, %695
	%697 = select i1 %696, float %401, float 0xFFF0000000000000
	%698 = shl i32 %13, 1
	%699 = add i32 33, %698
	%700 = add i32 %186, %699
	%701 = icmp slt i32 %700, %N
	%702 = select i1 %701, i32 %700, i32 0
	%703 = sitofp i32 %420 to float
	%704 = sitofp i32 %702 to float
	%705 = fcmp ole float %704, %703
	%706 = uitofp i1 %705 to float
	%707 = fcmp une float %706, 0.0
	%708 = and i1 %701, %707
	%709 = select i1 %708, float %402, float 0xFFF0000000000000
	%710 = shl i32 %13, 1
	%711 = add i32 32, %710
	%712 = add i32 %186, %711
	%713 = icmp slt i32 %712, %N
	%714 = select i1 %713, i32 %712, i32 0
	%715 = sitofp i32 %424 to float
	%716 = sitofp i32 %714 to float
	%717 = fcmp ole float %716, %715
	%718 = uitofp i1 %717 to float
	%719 = fcmp une float %718, 0.0
	%720 = and i1 %713, %719
	%721 = select i1 %720, float %403, float 0xFFF0000000000000
	%722 = shl i32 %13, 1
	%723 = add i32 33, %722
	%724 = add i32 %186, %723
	%725 = icmp slt i32 %724, %N
	%726 = select i1 %725, i32 %724, i32 0
	%727 = sitofp i32 %424 to float
	%728 = sitofp i32 %726 to float
	%729 = fcmp ole float %728, %727
	%730 = uitofp i1 %729 to float
	%731 = fcmp une float %730, 0.0
	%732 = and i1 %725, %731
	%733 = select i1 %732, float %404, float 0xFFF0000000000000
	%734 = shl i32 %13, 1
	%735 = add i32 40, %734
	%736 = add i32 %186, %735
	%737 = icmp slt i32 %736, %N
	%738 = select i1 %737, i32 %736, i32 0
	%739 = sitofp i32 %420 to float
	%740 = sitofp i32 %738 to float
	%741 = fcmp ole float %740, %739
	%742 = uitofp i1 %741 to float
	%743 = fcmp une float %742, 0.0
	%744 = and i1 %737, %743
	%745 = select i1 %744, float %405, float 0xFFF0000000000000
	%746 = shl i32 %13, 1
	%747 = add i32 41, %746
	%748 = add i32 %186, %747
	%749 = icmp slt i32 %748, %N
	%750 = select i1 %749, i32 %748, i32 0
	%751 = sitofp i32 %420 to float
	%752 = sitofp i32 %750 to float
	%753 = fcmp ole float %752, %751
	%754 = uitofp i1 %753 to float
	%755 = fcmp une float %754, 0.0
	%756 = and i1 %749, %755
	%757 = select i1 %756, float %406, float 0xFFF0000000000000
	%758 = shl i32 %13, 1
	%759 = add i32 40, %758
	%760 = add i32 %186, %759
	%761 = icmp slt i32 %760, %N
	%762 = select i1 %761, i32 %760, i32 0
	%763 = sitofp i32 %424 to float
	%764 = sitofp i32 %762 to float
	%765 = fcmp ole float %764, %763
	%766 = uitofp i1 %765 to float
	%767 = fcmp une float %766, 0.0
	%768 = and i1 %761, %767
	%769 = select i1 %768, float %407, float 0xFFF0000000000000
	%770 = shl i32 %13, 1
	%771 = add i32 41, %770
	%772 = add i32 %186, %771
	%773 = icmp slt i32 %772, %N
	%774 = select i1 %773, i32 %772, i32 0
	%775 = sitofp i32 %424 to float
	%776 = sitofp i32 %774 to float
	%777 = fcmp ole float %776, %775
	%778 = uitofp i1 %777 to float
	%779 = fcmp une float %778, 0.0
	%780 = and i1 %773, %779
	%781 = select i1 %780, float %408, float 0xFFF0000000000000
	%782 = shl i32 %13, 1
	%783 = add i32 48, %782
	%784 = add i32 %186, %783
	%785 = icmp slt i32 %784, %N
	%786 = select i1 %785, i32 %784, i32 0
	%787 = sitofp i32 %420 to float
	%788 = sitofp i32 %786 to float
	%789 = fcmp ole float %788, %787
	%790 = uitofp i1 %789 to float
	%791 = fcmp une float %790, 0.0
	%792 = and i1 %785, %791
	%793 = select i1 %792, float %409, float 0xFFF0000000000000
	%794 = shl i32 %13, 1
	%795 = add i32 49, %794
	%796 = add i32 %186, %795
	%797 = icmp slt i32 %796, %N
	%798 = select i1 %797, i32 %796, i32 0
	%799 = sitofp i32 %420 to float
	%800 = sitofp i32 %798 to float
	%801 = fcmp ole float %800, %799
	%802 = uitofp i1 %801 to float
	%803 = fcmp une float %802, 0.0
	%804 = and i1 %797, %803
	%805 = select i1 %804, float %410, float 0xFFF0000000000000
	%806 = shl i32 %13, 1
	%807 = add i32 48, %806
	%808 = add i32 %186, %807
	%809 = icmp slt i32 %808, %N
	%810 = select i1 %809, i32 %808, i32 0
	%811 = sitofp i32 %424 to float
	%812 = sitofp i32 %810 to float
	%813 = fcmp ole float %812, %811
	%814 = uitofp i1 %813 to float
	%815 = fcmp une float %814, 0.0
	%816 = and i1 %809, %815
	%817 = select i1 %816, float %411, float 0xFFF0000000000000
	%818 = shl i32 %13, 1
	%819 = add i32 49, %818
	%820 = add i32 %186, %819
	%821 = icmp slt i32 %820, %N
	%822 = select i1 %821, i32 %820, i32 0
	%823 = sitofp i32 %424 to float
	%824 = sitofp i32 %822 to float
	%825 = fcmp ole float %824, %823
	%826 = uitofp i1 %825 to float
	%827 = fcmp une float %826, 0.0
	%828 = and i1 %821, %827
	%829 = select i1 %828, float %412, float 0xFFF0000000000000
	%830 = shl i32 %13, 1
	%831 = add i32 56, %830
	%832 = add i32 %186, %831
	%833 = icmp slt i32 %832, %N
	%834 = select i1 %833, i32 %832, i32 0
	%835 = sitofp i32 %420 to float
	%836 = sitofp i32 %834 to float
	%837 = fcmp ole float %836, %835
	%838 = uitofp i1 %837 to float
	%839 = fcmp une float %838, 0.0
	%840 = and i1 %833, %839
	%841 = select i1 %840, float %413, float 0xFFF0000000000000
	%842 = shl i32 %13, 1
	%843 = add i32 57, %842
	%844 = add i32 %186, %843
	%845 = icmp slt i32 %844, %N
	%846 = select i1 %845, i32 %844, i32 0
	%847 = sitofp i32 %420 to float
	%848 = sitofp i32 %846 to float
	%849 = fcmp ole float %848, %847
	%850 = uitofp i1 %849 to float
	%851 = fcmp une float %850, 0.0
	%852 = and i1 %845, %851
	%853 = select i1 %852, float %414, float 0xFFF0000000000000
	%854 = shl i32 %13, 1
	%855 = add i32 56, %854
	%856 = add i32 %186, %855
	%857 = icmp slt i32 %856, %N
	%858 = select i1 %857, i32 %856, i32 0
	%859 = sitofp i32 %424 to float
	%860 = sitofp i32 %858 to float
	%861 = fcmp ole float %860, %859
	%862 = uitofp i1 %861 to float
	%863 = fcmp une float %862, 0.0
	%864 = and i1 %857, %863
	%865 = select i1 %864, float %415, float 0xFFF0000000000000
	%866 = shl i32 %13, 1
	%867 = add i32 57, %866
	%868 = add i32 %186, %867
	%869 = icmp slt i32 %868, %N
	%870 = select i1 %869, i32 %868, i32 0
	%871 = sitofp i32 %424 to float
	%872 = sitofp i32 %870 to float
	%873 = fcmp ole float %872, %871
	%874 = uitofp i1 %873 to float
	%875 = fcmp une float %874, 0.0
	%876 = and i1 %869, %875
	%877 = select i1 %876, float %416, float 0xFFF0000000000000
	br label %softmax

softmax:
	%878 = phi float [ %385, %loop ], [ %505, %partial ]
	%879 = phi float [ %386, %loop ], [ %517, %partial ]
	%880 = phi float [ %387, %loop ], [ %529, %partial ]
	%881 = phi float [ %388, %loop ], [ %541, %partial ]
	%882 = phi float [ %389, %loop ], [ %553, %partial ]
	%883 = phi float [ %390, %loop ], [ %565, %partial ]
	%884 = phi float [ %391, %loop ], [ %577, %partial ]
	%885 = phi float [ %392, %loop ], [ %589, %partial ]
	%886 = phi float [ %393, %loop ], [ %601, %partial ]
	%887 = phi float [ %394, %loop ], [ %613, %partial ]
	%888 = phi float [ %395, %loop ], [ %625, %partial ]
	%889 = phi float [ %396, %loop ], [ %637, %partial ]
	%890 = phi float [ %397, %loop ], [ %649, %partial ]
	%891 = phi float [ %398, %loop ], [ %661, %partial ]
	%892 = phi float [ %399, %loop ], [ %673, %partial ]
	%893 = phi float [ %400, %loop ], [ %685, %partial ]
	%894 = phi float [ %401, %loop ], [ %697, %partial ]
	%895 = phi float [ %402, %loop ], [ %709, %partial ]
	%896 = phi float [ %403, %loop ], [ %721, %partial ]
	%897 = phi float [ %404, %loop ], [ %733, %partial ]
	%898 = phi float [ %405, %loop ], [ %745, %partial ]
	%899 = phi float [ %406, %loop ], [ %757, %partial ]
	%900 = phi float [ %407, %loop ], [ %769, %partial ]
	%901 = phi float [ %408, %loop ], [ %781, %partial ]
	%902 = phi float [ %409, %loop ], [ %793, %partial ]
	%903 = phi float [ %410, %loop ], [ %805, %partial ]
	%904 = phi float [ %411, %loop ], [ %817, %partial ]
	%905 = phi float [ %412, %loop ], [ %829, %partial ]
	%906 = phi float [ %413, %loop ], [ %841, %partial ]
	%907 = phi float [ %414, %loop ], [ %853, %partial ]
	%908 = phi float [ %415, %loop ], [ %865, %partial ]
	%909 = phi float [ %416, %loop ], [ %877, %partial ]
	%910 = call float @llvm.nvvm.fmax.f(float %878, float %879)
	%911 = call float @llvm.nvvm.fmax.f(float %882, float %883)
	%912 = call float @llvm.nvvm.fmax.f(float %886, float %887)
	%913 = call float @llvm.nvvm.fmax.f(float %890, float %891)
	%914 = call float @llvm.nvvm.fmax.f(float %894, float %895)
	%915 = call float @llvm.nvvm.fmax.f(float %898, float %899)
	%916 = call float @llvm.nvvm.fmax.f(float %902, float %903)
	%917 = call float @llvm.nvvm.fmax.f(float %906, float %907)
	%918 = call float @llvm.nvvm.fmax.f(float %910, float %911)
	%919 = call float @llvm.nvvm.fmax.f(float %912, float %913)
	%920 = call float @llvm.nvvm.fmax.f(float %914, float %915)
	%921 = call float @llvm.nvvm.fmax.f(float %916, float %917)
	%922 = call float @llvm.nvvm.fmax.f(float %918, float %919)
	%923 = call float @llvm.nvvm.fmax.f(float %920, float %921)
	%924 = call float @llvm.nvvm.fmax.f(float %922, float %923)
	%925 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %924, i32 1, i32 31)
	%926 = call float @llvm.nvvm.fmax.f(float %924, float %925)
	%927 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %926, i32 2, i32 31)
	%928 = call float @llvm.nvvm.fmax.f(float %926, float %927)
	%929 = fmul float %928, 0x3FC7154760000000
	%930 = call float @llvm.nvvm.fmax.f(float %182, float %929)
	%931 = fadd float %182, 8.0
	%932 = fcmp ogt float %930, %931
	%933 = or i1 false, %932
	%934 = call float @llvm.nvvm.fmax.f(float %880, float %881)
	%935 = call float @llvm.nvvm.fmax.f(float %884, float %885)
	%936 = call float @llvm.nvvm.fmax.f(float %888, float %889)
	%937 = call float @llvm.nvvm.fmax.f(float %892, float %893)
	%938 = call float @llvm.nvvm.fmax.f(float %896, float %897)
	%939 = call float @llvm.nvvm.fmax.f(float %900, float %901)
	%940 = call float @llvm.nvvm.fmax.f(float %904, float %905)
	%941 = call float @llvm.nvvm.fmax.f(float %908, float %909)
	%942 = call float @llvm.nvvm.fmax.f(float %934, float %935)
	%943 = call float @llvm.nvvm.fmax.f(float %936, float %937)
	%944 = call float @llvm.nvvm.fmax.f(float %938, float %939)
	%945 = call float @llvm.nvvm.fmax.f(float %940, float %941)
	%946 = call float @llvm.nvvm.fmax.f(float %942, float %943)
	%947 = call float @llvm.nvvm.fmax.f(float %944, float %945)
	%948 = call float @llvm.nvvm.fmax.f(float %946, float %947)
	%949 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %948, i32 1, i32 31)
	%950 = call float @llvm.nvvm.fmax.f(float %948, float %949)
	%951 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %950, i32 2, i32 31)
	%952 = call float @llvm.nvvm.fmax.f(float %950, float %951)
	%953 = fmul float %952, 0x3FC7154760000000
	%954 = call float @llvm.nvvm.fmax.f(float %184, float %953)
	%955 = fadd float %184, 8.0
	%956 = fcmp ogt float %954, %955
	%957 = or i1 %933, %956
	%958 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %957)
	br i1 %958, label %959, label %1002

959:
	%960 = fcmp oeq float %930, 0xFFF0000000000000
	%961 = select i1 %960, float 0.0, float %930
	%962 = fsub float %182, %961
	%963 = call float @llvm.nvvm.ex2.approx.ftz.f(float %962)
	%964 = fcmp oeq float %954, 0xFFF0000000000000
	%965 = select i1 %964, float 0.0, float %954
	%966 = fsub float %184, %965
	%967 = call float @llvm.nvvm.ex2.approx.ftz.f(float %966)
	%968 = fmul float %150, %963
	%969 = fmul float %151, %963
	%970 = fmul float %152, %967
	%971 = fmul float %153, %967
	%972 = fmul float %154, %963
	%973 = fmul float %155, %963
	%974 = fmul float %156, %967
	%975 = fmul float %157, %967
	%976 = fmul float %158, %963
	%977 = fmul float %159, %963
	%978 = fmul float %160, %967
	%979 = fmul float %161, %967
	%980 = fmul float %162, %963
	%981 = fmul float %163, %963
	%982 = fmul float %164, %967
	%983 = fmul float %165, %967
	%984 = fmul float %166, %963
	%985 = fmul float %167, %963
	%986 = fmul float %168, %967
	%987 = fmul float %169, %967
	%988 = fmul float %170, %963
	%989 = fmul float %171, %963
	%990 = fmul float %172, %967
	%991 = fmul float %173, %967
	%992 = fmul float %174, %963
	%993 = fmul float %175, %963
	%994 = fmul float %176, %967
	%995 = fmul float %177, %967
	%996 = fmul float %178, %963
	%997 = fmul float %179, %963
	%998 = fmul float %180, %967
	%999 = fmul float %181, %967
	%1000 = fmul float %183, %963
	%1001 = fmul float %185, %967
	br label %1002

1002:
	%1003 = phi float [ %150, %softmax ], [ %968, %959 ]
	%1004 = phi float [ %151, %softmax ], [ %969, %959 ]
	%1005 = phi float [ %152, %softmax ], [ %970, %959 ]
	%1006 = phi float [ %153, %softmax ], [ %971, %959 ]
	%1007 = phi float [ %154, %softmax ], [ %972, %959 ]
	%1008 = phi float [ %155, %softmax ], [ %973, %959 ]
	%1009 = phi float [ %156, %softmax ], [ %974, %959 ]
	%1010 = phi float [ %157, %softmax ], [ %975, %959 ]
	%1011 = phi float [ %158, %softmax ], [ %976, %959 ]
	%1012 = phi float [ %159, %softmax ], [ %977, %959 ]
	%1013 = phi float [ %160, %softmax ], [ %978, %959 ]
	%1014 = phi float [ %161, %softmax ], [ %979, %959 ]
	%1015 = phi float [ %162, %softmax ], [ %980, %959 ]
	%1016 = phi float [ %163, %softmax ], [ %981, %959 ]
	%1017 = phi float [ %164, %softmax ], [ %982, %959 ]
	%1018 = phi float [ %165, %softmax ], [ %983, %959 ]
	%1019 = phi float [ %166, %softmax ], [ %984, %959 ]
	%1020 = phi float [ %167, %softmax ], [ %985, %959 ]
	%1021 = phi float [ %168, %softmax ], [ %986, %959 ]
	%1022 = phi float [ %169, %softmax ], [ %987, %959 ]
	%1023 = phi float [ %170, %softmax ], [ %988, %959 ]
	%1024 = phi float [ %171, %softmax ], [ %989, %959 ]
	%1025 = phi float [ %172, %softmax ], [ %990, %959 ]
	%1026 = phi float [ %173, %softmax ], [ %991, %959 ]
	%1027 = phi float [ %174, %softmax ], [ %992, %959 ]
	%1028 = phi float [ %175, %softmax ], [ %993, %959 ]
	%1029 = phi float [ %176, %softmax ], [ %994, %959 ]
	%1030 = phi float [ %177, %softmax ], [ %995, %959 ]
	%1031 = phi float [ %178, %softmax ], [ %996, %959 ]
	%1032 = phi float [ %179, %softmax ], [ %997, %959 ]
	%1033 = phi float [ %180, %softmax ], [ %998, %959 ]
	%1034 = phi float [ %181, %softmax ], [ %999, %959 ]
	%1035 = phi float [ %183, %softmax ], [ %1000, %959 ]
	%1036 = phi float [ %185, %softmax ], [ %1001, %959 ]
	%1037 = select i1 %958, float %930, float %182
	%1038 = fcmp oeq float %1037, 0xFFF0000000000000
	%1039 = select i1 %1038, float 0.0, float %1037
	%1040 = fneg float %1039
	%1041 = call float @llvm.fma.f32(float %878, float 0x3FC7154760000000, float %1040)
	%1042 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1041)
	%1043 = call float @llvm.fma.f32(float %879, float 0x3FC7154760000000, float %1040)
	%1044 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1043)
	%1045 = call float @llvm.fma.f32(float %882, float 0x3FC7154760000000, float %1040)
	%1046 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1045)
	%1047 = call float @llvm.fma.f32(float %883, float 0x3FC7154760000000, float %1040)
	%1048 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1047)
	%1049 = call float @llvm.fma.f32(float %886, float 0x3FC7154760000000, float %1040)
	%1050 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1049)
	%1051 = call float @llvm.fma.f32(float %887, float 0x3FC7154760000000, float %1040)
	%1052 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1051)
	%1053 = call float @llvm.fma.f32(float %890, float 0x3FC7154760000000, float %1040)
	%1054 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1053)
	%1055 = call float @llvm.fma.f32(float %891, float 0x3FC7154760000000, float %1040)
	%1056 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1055)
	%1057 = call float @llvm.fma.f32(float %894, float 0x3FC7154760000000, float %1040)
	%1058 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1057)
	%1059 = call float @llvm.fma.f32(float %895, float 0x3FC7154760000000, float %1040)
	%1060 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1059)
	%1061 = call float @llvm.fma.f32(float %898, float 0x3FC7154760000000, float %1040)
	%1062 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1061)
	%1063 = call float @llvm.fma.f32(float %899, float 0x3FC7154760000000, float %1040)
	%1064 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1063)
	%1065 = call float @llvm.fma.f32(float %902, float 0x3FC7154760000000, float %1040)
	%1066 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1065)
	%1067 = call float @llvm.fma.f32(float %903, float 0x3FC7154760000000, float %1040)
	%1068 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1067)
	%1069 = call float @llvm.fma.f32(float %906, float 0x3FC7154760000000, float %1040)
	%1070 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1069)
	%1071 = call float @llvm.fma.f32(float %907, float 0x3FC7154760000000, float %1040)
	%1072 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1071)
	%1073 = fadd float %1042, %1044
	%1074 = fadd float %1046, %1048
	%1075 = fadd float %1050, %1052
	%1076 = fadd float %1054, %1056
	%1077 = fadd float %1058, %1060
	%1078 = fadd float %1062, %1064
	%1079 = fadd float %1066, %1068
	%1080 = fadd float %1070, %1072
	%1081 = fadd float %1073, %1074
	%1082 = fadd float %1075, %1076
	%1083 = fadd float %1077, %1078
	%1084 = fadd float %1079, %1080
	%1085 = fadd float %1081, %1082
	%1086 = fadd float %1083, %1084
	%1087 = fadd float %1085, %1086
	%1088 = fadd float %1035, %1087
	%1089 = select i1 %958, float %954, float %184
	%1090 = fcmp oeq float %1089, 0xFFF0000000000000
	%1091 = select i1 %1090, float 0.0, float %1089
	%1092 = fneg float %1091
	%1093 = call float @llvm.fma.f32(float %880, float 0x3FC7154760000000, float %1092)
	%1094 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1093)
	%1095 = call float @llvm.fma.f32(float %881, float 0x3FC7154760000000, float %1092)
	%1096 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1095)
	%1097 = call float @llvm.fma.f32(float %884, float 0x3FC7154760000000, float %1092)
	%1098 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1097)
	%1099 = call float @llvm.fma.f32(float %885, float 0x3FC7154760000000, float %1092)
	%1100 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1099)
	%1101 = call float @llvm.fma.f32(float %888, float 0x3FC7154760000000, float %1092)
	%1102 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1101)
	%1103 = call float @llvm.fma.f32(float %889, float 0x3FC7154760000000, float %1092)
	%1104 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1103)
	%1105 = call float @llvm.fma.f32(float %892, float 0x3FC7154760000000, float %1092)
	%1106 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1105)
	%1107 = call float @llvm.fma.f32(float %893, float 0x3FC7154760000000, float %1092)
	%1108 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1107)
	%1109 = call float @llvm.fma.f32(float %896, float 0x3FC7154760000000, float %1092)
	%1110 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1109)
	%1111 = call float @llvm.fma.f32(float %897, float 0x3FC7154760000000, float %1092)
	%1112 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1111)
	%1113 = call float @llvm.fma.f32(float %900, float 0x3FC7154760000000, float %1092)
	%1114 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1113)
	%1115 = call float @llvm.fma.f32(float %901, float 0x3FC7154760000000, float %1092)
	%1116 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1115)
	%1117 = call float @llvm.fma.f32(float %904, float 0x3FC7154760000000, float %1092)
	%1118 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1117)
	%1119 = call float @llvm.fma.f32(float %905, float 0x3FC7154760000000, float %1092)
	%1120 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1119)
	%1121 = call float @llvm.fma.f32(float %908, float 0x3FC7154760000000, float %1092)
	%1122 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1121)
	%1123 = call float @llvm.fma.f32(float %909, float 0x3FC7154760000000, float %1092)
	%1124 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1123)
	%1125 = fadd float %1094, %1096
	%1126 = fadd float %1098, %1100
	%1127 = fadd float %1102, %1104
	%1128 = fadd float %1106, %1108
	%1129 = fadd float %1110, %1112
	%1130 = fadd float %1114, %1116
	%1131 = fadd float %1118, %1120
	%1132 = fadd float %1122, %1124
	%1133 = fadd float %1125, %1126
	%1134 = fadd float %1127, %1128
	%1135 = fadd float %1129, %1130
	%1136 = fadd float %1131, %1132
	%1137 = fadd float %1133, %1134
	%1138 = fadd float %1135, %1136
	%1139 = fadd float %1137, %1138
	%1140 = fadd float %1036, %1139
	%1141 = add i32 %148, 1
	%1142 = icmp slt i32 %1141, %NK
	%1143 = select i1 %1142, i32 %1141, i32 0
	%1144 = add i32 %36, %1143
	%1145 = sext i32 %1144 to i64
	%1146 = getelementptr i32, i32* %list, i64 %1145
	%1147 = load i32, i32* %1146
	%1148 = select i1 %1142, i32 %1147, i32 -1
	%1149 = icmp sge i32 %1148, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1149, label %prefetch, label %pv

prefetch:
	%1150 = mul i32 %1148, 64
	%1151 = lshr i32 %9, 3
	%1152 = and i32 %9, 7
	%1153 = lshr i32 %1152, 3
	%1154 = mul i32 %1153, u0x2000
	%1155 = and i32 %1152, 7
	%1156 = and i32 %1151, 7
	%1157 = xor i32 %1155, %1156
	%1158 = mul i32 %1151, 128
	%1159 = shl i32 %1157, 4
	%1160 = add i32 %1158, %1159
	%1161 = add i32 %1154, %1160
	%1162 = add i32 %0, %1161
	%1163 = add i32 %1150, %1151
	%1164 = mul i32 %1163, 64
	%1165 = mul i32 %1152, 8
	%1166 = add i32 %1164, %1165
	%1167 = sext i32 %1166 to i64
	%1168 = getelementptr i16, i16* %27, i64 %1167
	%1169 = add i32 %1163, 0
	%1170 = icmp slt i32 %1169, %N
	%1171 = getelementptr i16, i16* %1168, i64 0
	%1172 = select i1 %1170, i16* %1171, i16* %27
	%1173 = add i32 %1162, 0
	%1174 = select i1 %1170, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1173, i16* %1172, i32 %1174)
	%1175 = add i32 %1163, 16
	%1176 = icmp slt i32 %1175, %N
	%1177 = getelementptr i16, i16* %1168, i64 1024
	%1178 = select i1 %1176, i16* %1177, i16* %27
	%1179 = add i32 %1162, 2048
	%1180 = select i1 %1176, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1179, i16* %1178, i32 %1180)
	%1181 = add i32 %1163, 32
	%1182 = icmp slt i32 %1181, %N
	%1183 = getelementptr i16, i16* %1168, i64 2048
	%1184 = select i1 %1182, i16* %1183, i16* %27
	%1185 = add i32 %1162, u0x1000
	%1186 = select i1 %1182, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1185, i16* %1184, i32 %1186)
	%1187 = add i32 %1163, 48
	%1188 = icmp slt i32 %1187, %N
	%1189 = getelementptr i16, i16* %1168, i64 3072
	%1190 = select i1 %1188, i16* %1189, i16* %27
	%1191 = add i32 %1162, 6144
	%1192 = select i1 %1188, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1191, i16* %1190, i32 %1192)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1193 = and i32 %11, 7
	%1194 = lshr i32 %11, 3
	%1195 = and i32 %1194, 1
	%1196 = shl i32 %1195, 3
	%1197 = add i32 %1193, %1196
	%1198 = mul i32 %1197, 128
	%1199 = add i32 %1, %1198
	%1200 = and i32 %11, 7
	%1201 = xor i32 %95, %1200
	%1202 = shl i32 %1201, 4
	%1203 = add i32 %1199, %1202
	%1204 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1044, float %1042)
	%1205 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1096, float %1094)
	%1206 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1048, float %1046)
	%1207 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1100, float %1098)
	%1208 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1052, float %1050)
	%1209 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1104, float %1102)
	%1210 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1056, float %1054)
	%1211 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1108, float %1106)
	%1212 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1060, float %1058)
	%1213 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1112, float %1110)
	%1214 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1064, float %1062)
	%1215 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1116, float %1114)
	%1216 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1068, float %1066)
	%1217 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1120, float %1118)
	%1218 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1072, float %1070)
	%1219 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1124, float %1122)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1220 = add i32 %8, 0
	%1221 = zext i32 %1220 to i64
	%1222 = or i64 %1221, u0x4000004002000000
	%1223 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1003, float %1004, float %1005, float %1006, float %1007, float %1008, float %1009, float %1010, float %1011, float %1012, float %1013, float %1014, float %1015, float %1016, float %1017, float %1018, float %1019, float %1020, float %1021, float %1022, float %1023, float %1024, float %1025, float %1026, float %1027, float %1028, float %1029, float %1030, float %1031, float %1032, float %1033, float %1034, i32 %1204, i32 %1205, i32 %1206, i32 %1207, i64 %1222, i32 1)
	%1224 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 0
	%1225 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 1
	%1226 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 2
	%1227 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 3
	%1228 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 4
	%1229 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 5
	%1230 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 6
	%1231 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 7
	%1232 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 8
	%1233 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 9
	%1234 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 10
	%1235 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 11
	%1236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 12
	%1237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 13
	%1238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 14
	%1239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 15
	%1240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 16
	%1241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 17
	%1242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 18
	%1243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 19
	%1244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 20
	%1245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 21
	%1246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 22
	%1247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 23
	%1248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 24
	%1249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 25
	%1250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 26
	%1251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 27
	%1252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 28
	%1253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 29
	%1254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 30
	%1255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1223, 31
	%1256 = add i32 %8, 128
	%1257 = zext i32 %1256 to i64
	%1258 = or i64 %1257, u0x4000004002000000
	%1259 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1224, float %1225, float %1226, float %1227, float %1228, float %1229, float %1230, float %1231, float %1232, float %1233, float %1234, float %1235, float %1236, float %1237, float %1238, float %1239, float %1240, float %1241, float %1242, float %1243, float %1244, float %1245, float %1246, float %1247, float %1248, float %1249, float %1250, float %1251, float %1252, float %1253, float %1254, float %1255, i32 %1208, i32 %1209, i32 %1210, i32 %1211, i64 %1258, i32 1)
	%1260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 0
	%1261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 1
	%1262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 2
	%1263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 3
	%1264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 4
	%1265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 5
	%1266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 6
	%1267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 7
	%1268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 8
	%1269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 9
	%1270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 10
	%1271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 11
	%1272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 12
	%1273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 13
	%1274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 14
	%1275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 15
	%1276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 16
	%1277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 17
	%1278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 18
	%1279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 19
	%1280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 20
	%1281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 21
	%1282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 22
	%1283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 23
	%1284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 24
	%1285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 25
	%1286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 26
	%1287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 27
	%1288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 28
	%1289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 29
	%1290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 30
	%1291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1259, 31
	%1292 = add i32 %8, 256
	%1293 = zext i32 %1292 to i64
	%1294 = or i64 %1293, u0x4000004002000000
	%1295 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1260, float %1261, float %1262, float %1263, float %1264, float %1265, float %1266, float %1267, float %1268, float %1269, float %1270, float %1271, float %1272, float %1273, float %1274, float %1275, float %1276, float %1277, float %1278, float %1279, float %1280, float %1281, float %1282, float %1283, float %1284, float %1285, float %1286, float %1287, float %1288, float %1289, float %1290, float %1291, i32 %1212, i32 %1213, i32 %1214, i32 %1215, i64 %1294, i32 1)
	%1296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 0
	%1297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 1
	%1298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 2
	%1299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 3
	%1300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 4
	%1301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 5
	%1302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 6
	%1303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 7
	%1304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 8
	%1305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 9
	%1306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 10
	%1307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 11
	%1308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 12
	%1309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 13
	%1310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 14
	%1311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 15
	%1312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 16
	%1313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 17
	%1314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 18
	%1315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 19
	%1316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 20
	%1317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 21
	%1318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 22
	%1319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 23
	%1320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 24
	%1321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 25
	%1322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 26
	%1323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 27
	%1324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 28
	%1325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 29
	%1326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 30
	%1327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1295, 31
	%1328 = add i32 %8, 384
	%1329 = zext i32 %1328 to i64
	%1330 = or i64 %1329, u0x4000004002000000
	%1331 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1296, float %1297, float %1298, float %1299, float %1300, float %1301, float %1302, float %1303, float %1304, float %1305, float %1306, float %1307, float %1308, float %1309, float %1310, float %1311, float %1312, float %1313, float %1314, float %1315, float %1316, float %1317, float %1318, float %1319, float %1320, float %1321, float %1322, float %1323, float %1324, float %1325, float %1326, float %1327, i32 %1216, i32 %1217, i32 %1218, i32 %1219, i64 %1330, i32 1)
	%1332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 0
	%1333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 1
	%1334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 2
	%1335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 3
	%1336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 4
	%1337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 5
	%1338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 6
	%1339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 7
	%1340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 8
	%1341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 9
	%1342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 10
	%1343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 11
	%1344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 12
	%1345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 13
	%1346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 14
	%1347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 15
	%1348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 16
	%1349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 17
	%1350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 18
	%1351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 19
	%1352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 20
	%1353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 21
	%1354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 22
	%1355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 23
	%1356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 24
	%1357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 25
	%1358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 26
	%1359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 27
	%1360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 28
	%1361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 29
	%1362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 30
	%1363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1331, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1364 = call float asm sideeffect "", "=f,0"(float %1332)
	%1365 = call float asm sideeffect "", "=f,0"(float %1333)
	%1366 = call float asm sideeffect "", "=f,0"(float %1334)
	%1367 = call float asm sideeffect "", "=f,0"(float %1335)
	%1368 = call float asm sideeffect "", "=f,0"(float %1336)
	%1369 = call float asm sideeffect "", "=f,0"(float %1337)
	%1370 = call float asm sideeffect "", "=f,0"(float %1338)
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
	br i1 %1149, label %loop, label %epilogue

store0:
	%1396 = mul i32 %17, %M
	%1397 = add i32 %1396, %476
	%1398 = mul i32 %1397, 64
	%1399 = shl i32 %13, 1
	%1400 = add i32 0, %1399
	%1401 = add i32 %1398, %1400
	%1402 = sext i32 %1401 to i64
	%1403 = getelementptr i16, i16* %out, i64 %1402
	%1404 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %478, float %477)
	%1405 = bitcast i16* %1403 to i32*
	store i32 %1404, i32* %1405
	%1406 = shl i32 %13, 1
	%1407 = add i32 8, %1406
	%1408 = add i32 %1398, %1407
	%1409 = sext i32 %1408 to i64
	%1410 = getelementptr i16, i16* %out, i64 %1409
	%1411 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %480, float %479)
	%1412 = bitcast i16* %1410 to i32*
	store i32 %1411, i32* %1412
	%1413 = shl i32 %13, 1
	%1414 = add i32 16, %1413
	%1415 = add i32 %1398, %1414
	%1416 = sext i32 %1415 to i64
	%1417 = getelementptr i16, i16* %out, i64 %1416
	%1418 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %482, float %481)
	%1419 = bitcast i16* %1417 to i32*
	store i32 %1418, i32* %1419
	%1420 = shl i32 %13, 1
	%1421 = add i32 24, %1420
	%1422 = add i32 %1398, %1421
	%1423 = sext i32 %1422 to i64
	%1424 = getelementptr i16, i16* %out, i64 %1423
	%1425 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %484, float %483)
	%1426 = bitcast i16* %1424 to i32*
	store i32 %1425, i32* %1426
	%1427 = shl i32 %13, 1
	%1428 = add i32 32, %1427
	%1429 = add i32 %1398, %1428
	%1430 = sext i32 %1429 to i64
	%1431 = getelementptr i16, i16* %out, i64 %1430
	%1432 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %486, float %485)
	%1433 = bitcast i16* %1431 to i32*
	store i32 %1432, i32* %1433
	%1434 = shl i32 %13, 1
	%1435 = add i32 40, %1434
	%1436 = add i32 %1398, %1435
	%1437 = sext i32 %1436 to i64
	%1438 = getelementptr i16, i16* %out, i64 %1437
	%1439 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %488, float %487)
	%1440 = bitcast i16* %1438 to i32*
	store i32 %1439, i32* %1440
	%1441 = shl i32 %13, 1
	%1442 = add i32 48, %1441
	%1443 = add i32 %1398, %1442
	%1444 = sext i32 %1443 to i64
	%1445 = getelementptr i16, i16* %out, i64 %1444
	%1446 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %490, float %489)
	%1447 = bitcast i16* %1445 to i32*
	store i32 %1446, i32* %1447
	%1448 = shl i32 %13, 1
	%1449 = add i32 56, %1448
	%1450 = add i32 %1398, %1449
	%1451 = sext i32 %1450 to i64
	%1452 = getelementptr i16, i16* %out, i64 %1451
	%1453 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %492, float %491)
	%1454 = bitcast i16* %1452 to i32*
	store i32 %1453, i32* %1454
	br label %stored0

stored0:
	%1455 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %432, i32 1, i32 31)
	%1456 = fadd float %432, %1455
	%1457 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1456, i32 2, i32 31)
	%1458 = fadd float %1456, %1457
	%1459 = fcmp ogt float %1458, 0.0
	%1460 = fdiv float 1.0, %1458
	%1461 = select i1 %1459, float %1460, float 0.0
	%1462 = mul i32 %10, 16
	%1463 = add i32 %19, %1462
	%1464 = add i32 %12, 8
	%1465 = add i32 %1463, %1464
	%1466 = fmul float %436, %1461
	%1467 = fmul float %437, %1461
	%1468 = fmul float %440, %1461
	%1469 = fmul float %441, %1461
	%1470 = fmul float %444, %1461
	%1471 = fmul float %445, %1461
	%1472 = fmul float %448, %1461
	%1473 = fmul float %449, %1461
	%1474 = fmul float %452, %1461
	%1475 = fmul float %453, %1461
	%1476 = fmul float %456, %1461
	%1477 = fmul float %457, %1461
	%1478 = fmul float %460, %1461
	%1479 = fmul float %461, %1461
	%1480 = fmul float %464, %1461
	%1481 = fmul float %465, %1461
	%1482 = icmp slt i32 %1465, %M
	br i1 %1482, label %store1, label %stored1

store1:
	%1483 = mul i32 %17, %M
	%1484 = add i32 %1483, %1465
	%1485 = mul i32 %1484, 64
	%1486 = shl i32 %13, 1
	%1487 = add i32 0, %1486
	%1488 = add i32 %1485, %1487
	%1489 = sext i32 %1488 to i64
	%1490 = getelementptr i16, i16* %out, i64 %1489
	%1491 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1467, float %1466)
	%1492 = bitcast i16* %1490 to i32*
	store i32 %1491, i32* %1492
	%1493 = shl i32 %13, 1
	%1494 = add i32 8, %1493
	%1495 = add i32 %1485, %1494
	%1496 = sext i32 %1495 to i64
	%1497 = getelementptr i16, i16* %out, i64 %1496
	%1498 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1469, float %1468)
	%1499 = bitcast i16* %1497 to i32*
	store i32 %1498, i32* %1499
	%1500 = shl i32 %13, 1
	%1501 = add i32 16, %1500
	%1502 = add i32 %1485, %1501
	%1503 = sext i32 %1502 to i64
	%1504 = getelementptr i16, i16* %out, i64 %1503
	%1505 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1471, float %1470)
	%1506 = bitcast i16* %1504 to i32*
	store i32 %1505, i32* %1506
	%1507 = shl i32 %13, 1
	%1508 = add i32 24, %1507
	%1509 = add i32 %1485, %1508
	%1510 = sext i32 %1509 to i64
	%1511 = getelementptr i16, i16* %out, i64 %1510
	%1512 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1473, float %1472)
	%1513 = bitcast i16* %1511 to i32*
	store i32 %1512, i32* %1513
	%1514 = shl i32 %13, 1
	%1515 = add i32 32, %1514
	%1516 = add i32 %1485, %1515
	%1517 = sext i32 %1516 to i64
	%1518 = getelementptr i16, i16* %out, i64 %1517
	%1519 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1475, float %1474)
	%1520 = bitcast i16* %1518 to i32*
	store i32 %1519, i32* %1520
	%1521 = shl i32 %13, 1
	%1522 = add i32 40, %1521
	%1523 = add i32 %1485, %1522
	%1524 = sext i32 %1523 to i64
	%1525 = getelementptr i16, i16* %out, i64 %1524
	%1526 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1477, float %1476)
	%1527 = bitcast i16* %1525 to i32*
	store i32 %1526, i32* %1527
	%1528 = shl i32 %13, 1
	%1529 = add i32 48, %1528
	%1530 = add i32 %1485, %1529
	%1531 = sext i32 %1530 to i64
	%1532 = getelementptr i16, i16* %out, i64 %1531
	%1533 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1479, float %1478)
	%1534 = bitcast i16* %1532 to i32*
	store i32 %1533, i32* %1534
	%1535 = shl i32 %13, 1
	%1536 = add i32 56, %1535
	%1537 = add i32 %1485, %1536
	%1538 = sext i32 %1537 to i64
	%1539 = getelementptr i16, i16* %out, i64 %1538
	%1540 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1481, float %1480)
	%1541 = bitcast i16* %1539 to i32*
	store i32 %1540, i32* %1541
	br label %stored1

stored1:
	ret void
}

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @minference_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, float*, i32, i32)* @minference_pool_q0, !"maxntidx", i32 64}
!2 = !{void (i16*, float*, i32, i32)* @minference_pool_k0, !"maxntidx", i32 64}
!3 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @minference_scores0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @minference_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @minference_attn2, !"minctasm", i32 4}
