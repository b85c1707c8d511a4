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
@minference_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024

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
	%0 = ptrtoint [16384 x i8] addrspace(3)* @minference_attn2_smem to i32
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
	%12 = mul i32 %9, 64
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
	%61 = add i32 %49, 16
	%62 = icmp slt i32 %61, %M
	%63 = getelementptr i16, i16* %54, i64 1024
	%64 = select i1 %62, i16* %63, i16* %16
	%65 = add i32 %48, 2048
	%66 = select i1 %62, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %65, i16* %64, i32 %66)
	%67 = add i32 %49, 32
	%68 = icmp slt i32 %67, %M
	%69 = getelementptr i16, i16* %54, i64 2048
	%70 = select i1 %68, i16* %69, i16* %16
	%71 = add i32 %48, u0x1000
	%72 = select i1 %68, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %71, i16* %70, i32 %72)
	%73 = add i32 %49, 48
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %54, i64 3072
	%76 = select i1 %74, i16* %75, i16* %16
	%77 = add i32 %48, 6144
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
	%139 = add i32 %127, 16
	%140 = icmp slt i32 %139, %N
	%141 = getelementptr i16, i16* %132, i64 1024
	%142 = select i1 %140, i16* %141, i16* %20
	%143 = add i32 %126, 2048
	%144 = select i1 %140, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %143, i16* %142, i32 %144)
	%145 = add i32 %127, 32
	%146 = icmp slt i32 %145, %N
	%147 = getelementptr i16, i16* %132, i64 2048
	%148 = select i1 %146, i16* %147, i16* %20
	%149 = add i32 %126, u0x1000
	%150 = select i1 %146, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %149, i16* %148, i32 %150)
	%151 = add i32 %127, 48
	%152 = icmp slt i32 %151, %N
	%153 = getelementptr i16, i16* %132, i64 3072
	%154 = select i1 %152, i16* %153, i16* %20
	%155 = add i32 %126, 6144
	%156 = select i1 %152, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %155, i16* %154, i32 %156)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%157 = phi i32 [ 0, %prologue ], [ %1229, %pv ]
	%158 = phi i32 [ %37, %prologue ], [ %1236, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %1516, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1517, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1518, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1519, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1521, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1522, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1523, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1524, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1533, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1534, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1535, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1536, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1538, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1539, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1540, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1541, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1550, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1551, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1552, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1553, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1555, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1556, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1557, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1558, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1567, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1568, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1569, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1570, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1572, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1573, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1574, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1575, %pv ]
	%191 = phi float [ 0xFFF0000000000000, %prologue ], [ %1125, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1176, %pv ]
	%193 = phi float [ 0xFFF0000000000000, %prologue ], [ %1177, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1228, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%195 = mul i32 %158, 64
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
	%209 = getelementptr i16, i16* %24, i64 %208
	%210 = add i32 %204, 0
	%211 = icmp slt i32 %210, %N
	%212 = getelementptr i16, i16* %209, i64 0
	%213 = select i1 %211, i16* %212, i16* %24
	%214 = add i32 %203, 0
	%215 = select i1 %211, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %214, i16* %213, i32 %215)
	%216 = add i32 %204, 16
	%217 = icmp slt i32 %216, %N
	%218 = getelementptr i16, i16* %209, i64 1024
	%219 = select i1 %217, i16* %218, i16* %24
	%220 = add i32 %203, 2048
	%221 = select i1 %217, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %220, i16* %219, i32 %221)
	%222 = add i32 %204, 32
	%223 = icmp slt i32 %222, %N
	%224 = getelementptr i16, i16* %209, i64 2048
	%225 = select i1 %223, i16* %224, i16* %24
	%226 = add i32 %203, u0x1000
	%227 = select i1 %223, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %226, i16* %225, i32 %227)
	%228 = add i32 %204, 48
	%229 = icmp slt i32 %228, %N
	%230 = getelementptr i16, i16* %209, i64 3072
	%231 = select i1 %229, i16* %230, i16* %24
	%232 = add i32 %203, 6144
	%233 = select i1 %229, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %232, i16* %231, i32 %233)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%234 = and i32 %4, 7
	%235 = shl i32 %84, 3
	%236 = add i32 %234, %235
	%237 = lshr i32 %4, 3
	%238 = and i32 %237, 1
	%239 = mul i32 %236, 128
	%240 = add i32 %0, %239
	%241 = and i32 %4, 7
	%242 = xor i32 %238, %241
	%243 = shl i32 %242, 4
	%244 = add i32 %240, %243
	%245 = xor i32 %244, 0
	%246 = add i32 %245, 0
	%247 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %246)
	%248 = extractvalue { i32, i32, i32, i32 } %247, 0
	%249 = extractvalue { i32, i32, i32, i32 } %247, 1
	%250 = extractvalue { i32, i32, i32, i32 } %247, 2
	%251 = extractvalue { i32, i32, i32, i32 } %247, 3
	%252 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %248, i32 %249, float 0.0, float 0.0, float 0.0, float 0.0)
	%253 = extractvalue { float, float, float, float } %252, 0
	%254 = extractvalue { float, float, float, float } %252, 1
	%255 = extractvalue { float, float, float, float } %252, 2
	%256 = extractvalue { float, float, float, float } %252, 3
	%257 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %250, i32 %251, float 0.0, float 0.0, float 0.0, float 0.0)
	%258 = extractvalue { float, float, float, float } %257, 0
	%259 = extractvalue { float, float, float, float } %257, 1
	%260 = extractvalue { float, float, float, float } %257, 2
	%261 = extractvalue { float, float, float, float } %257, 3
	%262 = add i32 %245, 2048
	%263 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %262)
	%264 = extractvalue { i32, i32, i32, i32 } %263, 0
	%265 = extractvalue { i32, i32, i32, i32 } %263, 1
	%266 = extractvalue { i32, i32, i32, i32 } %263, 2
	%267 = extractvalue { i32, i32, i32, i32 } %263, 3
	%268 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %264, i32 %265, float 0.0, float 0.0, float 0.0, float 0.0)
	%269 = extractvalue { float, float, float, float } %268, 0
	%270 = extractvalue { float, float, float, float } %268, 1
	%271 = extractvalue { float, float, float, float } %268, 2
	%272 = extractvalue { float, float, float, float } %268, 3
	%273 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %266, i32 %267, float 0.0, float 0.0, float 0.0, float 0.0)
	%274 = extractvalue { float, float, float, float } %273, 0
	%275 = extractvalue { float, float, float, float } %273, 1
	%276 = extractvalue { float, float, float, float } %273, 2
	%277 = extractvalue { float, float, float, float } %273, 3
	%278 = add i32 %245, u0x1000
	%279 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %278)
	%280 = extractvalue { i32, i32, i32, i32 } %279, 0
	%281 = extractvalue { i32, i32, i32, i32 } %279, 1
	%282 = extractvalue { i32, i32, i32, i32 } %279, 2
	%283 = extractvalue { i32, i32, i32, i32 } %279, 3
	%284 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %280, i32 %281, float 0.0, float 0.0, float 0.0, float 0.0)
	%285 = extractvalue { float, float, float, float } %284, 0
	%286 = extractvalue { float, float, float, float } %284, 1
	%287 = extractvalue { float, float, float, float } %284, 2
	%288 = extractvalue { float, float, float, float } %284, 3
	%289 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %282, i32 %283, float 0.0, float 0.0, float 0.0, float 0.0)
	%290 = extractvalue { float, float, float, float } %289, 0
	%291 = extractvalue { float, float, float, float } %289, 1
	%292 = extractvalue { float, float, float, float } %289, 2
	%293 = extractvalue { float, float, float, float } %289, 3
	%294 = add i32 %245, 6144
	%295 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %294)
	%296 = extractvalue { i32, i32, i32, i32 } %295, 0
	%297 = extractvalue { i32, i32, i32, i32 } %295, 1
	%298 = extractvalue { i32, i32, i32, i32 } %295, 2
	%299 = extractvalue { i32, i32, i32, i32 } %295, 3
	%300 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %296, i32 %297, float 0.0, float 0.0, float 0.0, float 0.0)
	%301 = extractvalue { float, float, float, float } %300, 0
	%302 = extractvalue { float, float, float, float } %300, 1
	%303 = extractvalue { float, float, float, float } %300, 2
	%304 = extractvalue { float, float, float, float } %300, 3
	%305 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %298, i32 %299, float 0.0, float 0.0, float 0.0, float 0.0)
	%306 = extractvalue { float, float, float, float } %305, 0
	%307 = extractvalue { float, float, float, float } %305, 1
	%308 = extractvalue { float, float, float, float } %305, 2
	%309 = extractvalue { float, float, float, float } %305, 3
	%310 = xor i32 %244, 32
	%311 = add i32 %310, 0
	%312 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %311)
	%313 = extractvalue { i32, i32, i32, i32 } %312, 0
	%314 = extractvalue { i32, i32, i32, i32 } %312, 1
	%315 = extractvalue { i32, i32, i32, i32 } %312, 2
	%316 = extractvalue { i32, i32, i32, i32 } %312, 3
	%317 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %313, i32 %314, float %253, float %254, float %255, float %256)
	%318 = extractvalue { float, float, float, float } %317, 0
	%319 = extractvalue { float, float, float, float } %317, 1
	%320 = extractvalue { float, float, float, float } %317, 2
	%321 = extractvalue { float, float, float, float } %317, 3
	%322 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %315, i32 %316, float %258, float %259, float %260, float %261)
	%323 = extractvalue { float, float, float, float } %322, 0
	%324 = extractvalue { float, float, float, float } %322, 1
	%325 = extractvalue { float, float, float, float } %322, 2
	%326 = extractvalue { float, float, float, float } %322, 3
	%327 = add i32 %310, 2048
	%328 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %327)
	%329 = extractvalue { i32, i32, i32, i32 } %328, 0
	%330 = extractvalue { i32, i32, i32, i32 } %328, 1
	%331 = extractvalue { i32, i32, i32, i32 } %328, 2
	%332 = extractvalue { i32, i32, i32, i32 } %328, 3
	%333 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %329, i32 %330, float %269, float %270, float %271, float %272)
	%334 = extractvalue { float, float, float, float } %333, 0
	%335 = extractvalue { float, float, float, float } %333, 1
	%336 = extractvalue { float, float, float, float } %333, 2
	%337 = extractvalue { float, float, float, float } %333, 3
	%338 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %331, i32 %332, float %274, float %275, float %276, float %277)
	%339 = extractvalue { float, float, float, float } %338, 0
	%340 = extractvalue { float, float, float, float } %338, 1
	%341 = extractvalue { float, float, float, float } %338, 2
	%342 = extractvalue { float, float, float, float } %338, 3
	%343 = add i32 %310, u0x1000
	%344 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %343)
	%345 = extractvalue { i32, i32, i32, i32 } %344, 0
	%346 = extractvalue { i32, i32, i32, i32 } %344, 1
	%347 = extractvalue { i32, i32, i32, i32 } %344, 2
	%348 = extractvalue { i32, i32, i32, i32 } %344, 3
	%349 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %345, i32 %346, float %285, float %286, float %287, float %288)
	%350 = extractvalue { float, float, float, float } %349, 0
	%351 = extractvalue { float, float, float, float } %349, 1
	%352 = extractvalue { float, float, float, float } %349, 2
	%353 = extractvalue { float, float, float, float } %349, 3
	%354 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %347, i32 %348, float %290, float %291, float %292, float %293)
	%355 = extractvalue { float, float, float, float } %354, 0
	%356 = extractvalue { float, float, float, float } %354, 1
	%357 = extractvalue { float, float, float, float } %354, 2
	%358 = extractvalue { float, float, float, float } %354, 3
	%359 = add i32 %310, 6144
	%360 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %359)
	%361 = extractvalue { i32, i32, i32, i32 } %360, 0
	%362 = extractvalue { i32, i32, i32, i32 } %360, 1
	%363 = extractvalue { i32, i32, i32, i32 } %360, 2
	%364 = extractvalue { i32, i32, i32, i32 } %360, 3
	%365 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %361, i32 %362, float %301, float %302, float %303, float %304)
	%366 = extractvalue { float, float, float, float } %365, 0
	%367 = extractvalue { float, float, float, float } %365, 1
	%368 = extractvalue { float, float, float, float } %365, 2
	%369 = extractvalue { float, float, float, float } %365, 3
	%370 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %363, i32 %364, float %306, float %307, float %308, float %309)
	%371 = extractvalue { float, float, float, float } %370, 0
	%372 = extractvalue { float, float, float, float } %370, 1
	%373 = extractvalue { float, float, float, float } %370, 2
	%374 = extractvalue { float, float, float, float } %370, 3
	%375 = xor i32 %244, 64
	%376 = add i32 %375, 0
	%377 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %376)
	%378 = extractvalue { i32, i32, i32, i32 } %377, 0
	%379 = extractvalue { i32, i32, i32, i32 } %377, 1
	%380 = extractvalue { i32, i32, i32, i32 } %377, 2
	%381 = extractvalue { i32, i32, i32, i32 } %377, 3
	%382 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %378, i32 %379, float %318, float %319, float %320, float %321)
	%383 = extractvalue { float, float, float, float } %382, 0
	%384 = extractvalue { float, float, float, float } %382, 1
	%385 = extractvalue { float, float, float, float } %382, 2
	%386 = extractvalue { float, float, float, float } %382, 3
	%387 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %380, i32 %381, float %323, float %324, float %325, float %326)
	%388 = extractvalue { float, float, float, float } %387, 0
	%389 = extractvalue { float, float, float, float } %387, 1
	%390 = extractvalue { float, float, float, float } %387, 2
	%391 = extractvalue { float, float, float, float } %387, 3
	%392 = add i32 %375, 2048
	%393 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %392)
	%394 = extractvalue { i32, i32, i32, i32 } %393, 0
	%395 = extractvalue { i32, i32, i32, i32 } %393, 1
	%396 = extractvalue { i32, i32, i32, i32 } %393, 2
	%397 = extractvalue { i32, i32, i32, i32 } %393, 3
	%398 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %394, i32 %395, float %334, float %335, float %336, float %337)
	%399 = extractvalue { float, float, float, float } %398, 0
	%400 = extractvalue { float, float, float, float } %398, 1
	%401 = extractvalue { float, float, float, float } %398, 2
	%402 = extractvalue { float, float, float, float } %398, 3
	%403 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %396, i32 %397, float %339, float %340, float %341, float %342)
	%404 = extractvalue { float, float, float, float } %403, 0
	%405 = extractvalue { float, float, float, float } %403, 1
	%406 = extractvalue { float, float, float, float } %403, 2
	%407 = extractvalue { float, float, float, float } %403, 3
	%408 = add i32 %375, u0x1000
	%409 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %408)
	%410 = extractvalue { i32, i32, i32, i32 } %409, 0
	%411 = extractvalue { i32, i32, i32, i32 } %409, 1
	%412 = extractvalue { i32, i32, i32, i32 } %409, 2
	%413 = extractvalue { i32, i32, i32, i32 } %409, 3
	%414 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %410, i32 %411, float %350, float %351, float %352, float %353)
	%415 = extractvalue { float, float, float, float } %414, 0
	%416 = extractvalue { float, float, float, float } %414, 1
	%417 = extractvalue { float, float, float, float } %414, 2
	%418 = extractvalue { float, float, float, float } %414, 3
	%419 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %412, i32 %413, float %355, float %356, float %357, float %358)
	%420 = extractvalue { float, float, float, float } %419, 0
	%421 = extractvalue { float, float, float, float } %419, 1
	%422 = extractvalue { float, float, float, float } %419, 2
	%423 = extractvalue { float, float, float, float } %419, 3
	%424 = add i32 %375, 6144
	%425 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %424)
	%426 = extractvalue { i32, i32, i32, i32 } %425, 0
	%427 = extractvalue { i32, i32, i32, i32 } %425, 1
	%428 = extractvalue { i32, i32, i32, i32 } %425, 2
	%429 = extractvalue { i32, i32, i32, i32 } %425, 3
	%430 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %426, i32 %427, float %366, float %367, float %368, float %369)
	%431 = extractvalue { float, float, float, float } %430, 0
	%432 = extractvalue { float, float, float, float } %430, 1
	%433 = extractvalue { float, float, float, float } %430, 2
	%434 = extractvalue { float, float, float, float } %430, 3
	%435 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %428, i32 %429, float %371, float %372, float %373, float %374)
	%436 = extractvalue { float, float, float, float } %435, 0
	%437 = extractvalue { float, float, float, float } %435, 1
	%438 = extractvalue { float, float, float, float } %435, 2
	%439 = extractvalue { float, float, float, float } %435, 3
	%440 = xor i32 %244, 96
	%441 = add i32 %440, 0
	%442 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %441)
	%443 = extractvalue { i32, i32, i32, i32 } %442, 0
	%444 = extractvalue { i32, i32, i32, i32 } %442, 1
	%445 = extractvalue { i32, i32, i32, i32 } %442, 2
	%446 = extractvalue { i32, i32, i32, i32 } %442, 3
	%447 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %443, i32 %444, float %383, float %384, float %385, float %386)
	%448 = extractvalue { float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float } %447, 3
	%452 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %445, i32 %446, float %388, float %389, float %390, float %391)
	%453 = extractvalue { float, float, float, float } %452, 0
	%454 = extractvalue { float, float, float, float } %452, 1
	%455 = extractvalue { float, float, float, float } %452, 2
	%456 = extractvalue { float, float, float, float } %452, 3
	%457 = add i32 %440, 2048
	%458 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %457)
	%459 = extractvalue { i32, i32, i32, i32 } %458, 0
	%460 = extractvalue { i32, i32, i32, i32 } %458, 1
	%461 = extractvalue { i32, i32, i32, i32 } %458, 2
	%462 = extractvalue { i32, i32, i32, i32 } %458, 3
	%463 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %459, i32 %460, float %399, float %400, float %401, float %402)
	%464 = extractvalue { float, float, float, float } %463, 0
	%465 = extractvalue { float, float, float, float } %463, 1
	%466 = extractvalue { float, float, float, float } %463, 2
	%467 = extractvalue { float, float, float, float } %463, 3
	%468 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %461, i32 %462, float %404, float %405, float %406, float %407)
	%469 = extractvalue { float, float, float, float } %468, 0
	%470 = extractvalue { float, float, float, float } %468, 1
	%471 = extractvalue { float, float, float, float } %468, 2
	%472 = extractvalue { float, float, float, float } %468, 3
	%473 = add i32 %440, u0x1000
	%474 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %473)
	%475 = extractvalue { i32, i32, i32, i32 } %474, 0
	%476 = extractvalue { i32, i32, i32, i32 } %474, 1
	%477 = extractvalue { i32, i32, i32, i32 } %474, 2
	%478 = extractvalue { i32, i32, i32, i32 } %474, 3
	%479 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %475, i32 %476, float %415, float %416, float %417, float %418)
	%480 = extractvalue { float, float, float, float } %479, 0
	%481 = extractvalue { float, float, float, float } %479, 1
	%482 = extractvalue { float, float, float, float } %479, 2
	%483 = extractvalue { float, float, float, float } %479, 3
	%484 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %477, i32 %478, float %420, float %421, float %422, float %423)
	%485 = extractvalue { float, float, float, float } %484, 0
	%486 = extractvalue { float, float, float, float } %484, 1
	%487 = extractvalue { float, float, float, float } %484, 2
	%488 = extractvalue { float, float, float, float } %484, 3
	%489 = add i32 %440, 6144
	%490 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %489)
	%491 = extractvalue { i32, i32, i32, i32 } %490, 0
	%492 = extractvalue { i32, i32, i32, i32 } %490, 1
	%493 = extractvalue { i32, i32, i32, i32 } %490, 2
	%494 = extractvalue { i32, i32, i32, i32 } %490, 3
	%495 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %491, i32 %492, float %431, float %432, float %433, float %434)
	%496 = extractvalue { float, float, float, float } %495, 0
	%497 = extractvalue { float, float, float, float } %495, 1
	%498 = extractvalue { float, float, float, float } %495, 2
	%499 = extractvalue { float, float, float, float } %495, 3
	%500 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %493, i32 %494, float %436, float %437, float %438, float %439)
	%501 = extractvalue { float, float, float, float } %500, 0
	%502 = extractvalue { float, float, float, float } %500, 1
	%503 = extractvalue { float, float, float, float } %500, 2
	%504 = extractvalue { float, float, float, float } %500, 3
	%505 = mul i32 %3, 16
	%506 = add i32 %12, %505
	%507 = add i32 %5, 0
	%508 = add i32 %506, %507
	%509 = mul i32 %3, 16
	%510 = add i32 %12, %509
	%511 = add i32 %5, 8
	%512 = add i32 %510, %511
	%513 = sitofp i32 %10 to float
	%514 = add i32 %33, %158
	%515 = sext i32 %514 to i64
	%516 = getelementptr i8, i8* %cls, i64 %515
	%517 = load i8, i8* %516
	%518 = icmp ne i8 %517, 2
	br i1 %518, label %partial, label %softmax

epilogue:
	%519 = phi float [ 0.0, %entry ], [ %1176, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %1228, %pv ]
	%521 = phi i32 [ 0, %entry ], [ %1229, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1516, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1517, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1518, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1519, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1521, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1522, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1523, %pv ]
	%529 = phi float [ 0.0, %entry ], [ %1524, %pv ]
	%530 = phi float [ 0.0, %entry ], [ %1533, %pv ]
	%531 = phi float [ 0.0, %entry ], [ %1534, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1535, %pv ]
	%533 = phi float [ 0.0, %entry ], [ %1536, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1538, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1539, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1540, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1541, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1550, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1551, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1552, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1553, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1555, %pv ]
	%543 = phi float [ 0.0, %entry ], [ %1556, %pv ]
	%544 = phi float [ 0.0, %entry ], [ %1557, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1558, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1567, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %1568, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1569, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1570, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1572, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1573, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1574, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1575, %pv ]
	%554 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %519, i32 1, i32 31)
	%555 = fadd float %519, %554
	%556 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %555, i32 2, i32 31)
	%557 = fadd float %555, %556
	%558 = fcmp ogt float %557, 0.0
	%559 = fdiv float 1.0, %557
	%560 = select i1 %558, float %559, float 0.0
	%561 = mul i32 %3, 16
	%562 = add i32 %12, %561
	%563 = add i32 %5, 0
	%564 = add i32 %562, %563
	%565 = fmul float %522, %560
	%566 = fmul float %523, %560
	%567 = fmul float %526, %560
	%568 = fmul float %527, %560
	%569 = fmul float %530, %560
	%570 = fmul float %531, %560
	%571 = fmul float %534, %560
	%572 = fmul float %535, %560
	%573 = fmul float %538, %560
	%574 = fmul float %539, %560
	%575 = fmul float %542, %560
	%576 = fmul float %543, %560
	%577 = fmul float %546, %560
	%578 = fmul float %547, %560
	%579 = fmul float %550, %560
	%580 = fmul float %551, %560
	%581 = icmp slt i32 %564, %M
	br i1 %581, label %store0, label %stored0

partial:
	%582 = shl i32 %6, 1
	%583 = add i32 0, %582
	%584 = add i32 %195, %583
	%585 = icmp slt i32 %584, %N
	%586 = select i1 %585, i32 %584, i32 0
	%587 = sitofp i32 %508 to float
	%588 = sitofp i32 %586 to float
	%589 = fcmp ole float %588, %587
	%590 = uitofp i1 %589 to float
	%591 = fcmp une float %590, 0.0
	%592 = and i1 %585, %591
	%593 = select i1 %592, float %448, float 0xFFF0000000000000
	%594 = shl i32 %6, 1
	%595 = add i32 1, %594
	%596 = add i32 %195, %595
	%597 = icmp slt i32 %596, %N
	%598 = select i1 %597, i32 %596, i32 0
	%599 = sitofp i32 %508 to float
	%600 = sitofp i32 %598 to float
	%601 = fcmp ole float %600, %599
	%602 = uitofp i1 %601 to float
	%603 = fcmp une float %602, 0.0
	%604 = and i1 %597, %603
	%605 = select i1 %604, float %449, float 0xFFF0000000000000
	%606 = shl i32 %6, 1
	%607 = add i32 0, %606
	%608 = add i32 %195, %607
	%609 = icmp slt i32 %608, %N
	%610 = select i1 %609, i32 %608, i32 0
	%611 = sitofp i32 %512 to float
	%612 = sitofp i32 %610 to float
	%613 = fcmp ole float %612, %611
	%614 = uitofp i1 %613 to float
	%615 = fcmp une float %614, 0.0
	%616 = and i1 %609, %615
	%617 = select i1 %616, float %450, float 0xFFF0000000000000
	%618 = shl i32 %6, 1
	%619 = add i32 1, %618
	%620 = add i32 %195, %619
	%621 = icmp slt i32 %620, %N
	%622 = select i1 %621, i32 %620, i32 0
	%623 = sitofp i32 %512 to float
	%624 = sitofp i32 %622 to float
	%625 = fcmp ole float %624, %623
	%626 = uitofp i1 %625 to float
	%627 = fcmp une float %626, 0.0
	%628 = and i1 %621, %627
	%629 = select i1 %628, float %451, float 0xFFF0000000000000
	%630 = shl i32 %6, 1
	%631 = add i32 8, %630
	%632 = add i32 %195, %631
	%633 = icmp slt i32 %632, %N
	%634 = select i1 %633, i32 %632, i32 0
	%635 = sitofp i32 %508 to float
	%636 = sitofp i32 %634 to float
	%637 = fcmp ole float %636, %635
	%638 = uitofp i1 %637 to float
	%639 = fcmp une float %638, 0.0
	%640 = and i1 %633, %639
	%641 = select i1 %640, float %453, float 0xFFF0000000000000
	%642 = shl i32 %6, 1
	%643 = add i32 9, %642
	%644 = add i32 %195, %643
	%645 = icmp slt i32 %644, %N
	%646 = select i1 %645, i32 %644, i32 0
	%647 = sitofp i32 %508 to float
	%648 = sitofp i32 %646 to float
	%649 = fcmp ole float %648, %647
	%650 = uitofp i1 %649 to float
	%651 = fcmp une float %650, 0.0
	%652 = and i1 %645, %651
	%653 = select i1 %652, float %454, float 0xFFF0000000000000
	%654 = shl i32 %6, 1
	%655 = add i32 8, %654
	%656 = add i32 %195, %655
	%657 = icmp slt i32 %656, %N
	%658 = select i1 %657, i32 %656, i32 0
	%659 = sitofp i32 %512 to float
	%660 = sitofp i32 %658 to float
	%661 = fcmp ole float %660, %659
	%662 = uitofp i1 %661 to float
	%663 = fcmp une float %662, 0.0
	%664 = and i1 %657, %663
	%665 = select i1 %664, float %455, float 0xFFF0000000000000
	%666 = shl i32 %6, 1
	%667 = add i32 9, %666
	%668 = add i32 %195, %667
	%669 = icmp slt i32 %668, %N
	%670 = select i1 %669, i32 %668, i32 0
	%671 = sitofp i32 %512 to float
	%672 = sitofp i32 %670 to float
	%673 = fcmp ole float %672, %671
	%674 = uitofp i1 %673 to float
	%675 = fcmp une float %674, 0.0
	%676 = and i1 %669, %675
	%677 = select i1 %676, float %456, float 0xFFF0000000000000
	%678 = shl i32 %6, 1
	%679 = add i32 16, %678
	%680 = add i32 %195, %679
	%681 = icmp slt i32 %680, %N
	%682 = select i1 %681, i32 %680, i32 0
	%683 = sitofp i32 %508 to float
	%684 = sitofp i32 %682 to float
	%685 = fcmp ole float %684, %683
	%686 = uitofp i1 %685 to float
	%687 = fcmp une float %686, 0.0
	%688 = and i1 %681, %687
	%689 = select i1 %688, float %464, float 0xFFF0000000000000
	%690 = shl i32 %6, 1
	%691 = add i32 17, %690
	%692 = add i32 %195, %691
	%693 = icmp slt i32 %692, %N
	%694 = select i1 %693, i32 %692, i32 0
	%695 = sitofp i32 %508 to float
	%696 = sitofp i32 %694 to float
	%697 = fcmp ole float %696, %695
	%698 = uitofp i1 %697 to float
	%699 = fcmp une float %698, 0.0
	%700 = and i1 %693, %699
	%701 = select i1 %700, float %465, float 0xFFF0000000000000
	%702 = shl i32 %6, 1
	%703 = add i32 16, %702
	%704 = add i32 %195, %703
	%705 = icmp slt i32 %704, %N
	%706 = select i1 %705, i32 %704, i32 0
	%707 = sitofp i32 %512 to float
	%708 = sitofp i32 %706 to float
	%709 = fcmp ole float %708, %707
	%710 = uitofp i1 %709 to float
	%711 = fcmp une float %710, 0.0
	%712 = and i1 %705, %711
	%713 = select i1 %712, float %466, float 0xFFF0000000000000
	%714 = shl i32 %6, 1
	%715 = add i32 17, %714
	%716 = add i32 %195, %715
	%717 = icmp slt i32 %716, %N
	%718 = select i1 %717, i32 %716, i32 0
	%719 = sitofp i32 %512 to float
	%720 = sitofp i32 %718 to float
	%721 = fcmp ole float %720, %719
	%722 = uitofp i1 %721 to float
	%723 = fcmp une float %722, 0.0
	%724 = and i1 %717, %723
	%725 = select i1 %724, float %467, float 0xFFF0000000000000
	%726 = shl i32 %6, 1
	%727 = add i32 24, %726
	%728 = add i32 %195, %727
	%729 = icmp slt i32 %728, %N
	%730 = select i1 %729, i32 %728, i32 0
	%731 = sitofp i32 %508 to float
	%732 = sitofp i32 %730 to float
	%733 = fcmp ole float %732, %731
	%734 = uitofp i1 %733 to float
	%735 = fcmp une float %734, 0.0
	%736 = and i1 %729, %735
	%737 = select i1 %736, float %469, float 0xFFF0000000000000
	%738 = shl i32 %6, 1
	%739 = add i32 25, %738
	%740 = add i32 %195, %739
	%741 = icmp slt i32 %740, %N
	%742 = select i1 %741, i32 %740, i32 0
	%743 = sitofp i32 %508 to float
	%744 = sitofp i32 %742 to float
	%745 = fcmp ole float %744, %743
	%746 = uitofp i1 %745 to float
	%747 = fcmp une float %746, 0.0
	%748 = and i1 %741, %747
	%749 = select i1 %748, float %470, float 0xFFF0000000000000
	%750 = shl i32 %6, 1
	%751 = add i32 24, %750
	%752 = add i32 %195, %751
	%753 = icmp slt i32 %752, %N
	%754 = select i1 %753, i32 %752, i32 0
	%755 = sitofp i32 %512 to float
	%756 = sitofp i32 %754 to float
	%757 = fcmp ole float %756, %755
	%758 = uitofp i1 %757 to float
	%759 = fcmp une float %758, 0.0
	%760 = and i1 %753, %759
	%761 = select i1 %760, float %471, float 0xFFF0000000000000
	%762 = shl i32 %6, 1
	%763 = add i32 25, %762
	%764 = add i32 %195, %763
	%765 = icmp slt i32 %764, %N
	%766 = select i1 %765, i32 %764, i32 0
	%767 = sitofp i32 %512 to float
	%768 = sitofp i32 %766 to float
	%769 = fcmp ole float %768, %767
	%770 = uitofp i1 %769 to float
	%771 = fcmp une float %770, 0.0
	%772 = and i1 %765, %771
	%773 = select i1 %772, float %472, float 0xFFF0000000000000
	%774 = shl i32 %6, 1
	%775 = add i32 32, %774
	%776 = add i32 %195, %775
	%777 = icmp slt i32 %776, %N
	%778 = select i1 %777, i32 %776, i32 0
	%779 = sitofp i32 %508 to float
	%780 = sitofp i32 %778 to float
	%781 = fcmp ole float %780, %779
	%782 = uitofp i1 %781 to float
	%783 = fcmp une float %782, 0.0
	%784 = and i1 %777, %783
	%785 = select i1 %784, float %480, float 0xFFF0000000000000
	%786 = shl i32 %6, 1
	%787 = add i32 33, %786
	%788 = add i32 %195, %787
	%789 = icmp slt i32 %788, %N
	%790 = select i1 %789, i32 %788, i32 0
	%791 = sitofp i32 %508 to float
	%792 = sitofp i32 %790 to float
	%793 = fcmp ole float %792, %791
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = and i1 %789, %795
	%797 = select i1 %796, float %481, float 0xFFF0000000000000
	%798 = shl i32 %6, 1
	%799 = add i32 32, %798
	%800 = add i32 %195, %799
	%801 = icmp slt i32 %800, %N
	%802 = select i1 %801, i32 %800, i32 0
	%803 = sitofp i32 %512 to float
	%804 = sitofp i32 %802 to float
	%805 = fcmp ole float %804, %803
	%806 = uitofp i1 %805 to float
	%807 = fcmp une float %806, 0.0
	%808 = and i1 %801, %807
	%809 = select i1 %808, float %482, float 0xFFF0000000000000
	%810 = shl i32 %6, 1
	%811 = add i32 33, %810
	%812 = add i32 %195, %811
	%813 = icmp slt i32 %812, %N
	%814 = select i1 %813, i32 %812, i32 0
	%815 = sitofp i32 %512 to float
	%816 = sitofp i32 %814 to float
	%817 = fcmp ole float %816, %815
	%818 = uitofp i1 %817 to float
	%819 = fcmp une float %818, 0.0
	%820 = and i1 %813, %819
	%821 = select i1 %820, float %483, float 0xFFF0000000000000
	%822 = shl i32 %6, 1
	%823 = add i32 40, %822
	%824 = add i32 %195, %823
	%825 = icmp slt i32 %824, %N
	%826 = select i1 %825, i32 %824, i32 0
	%827 = sitofp i32 %508 to float
	%828 = sitofp i32 %826 to float
	%829 = fcmp ole float %828, %827
	%830 = uitofp i1 %829 to float
	%831 = fcmp une float %830, 0.0
	%832 = and i1 %825, %831
	%833 = select i1 %832, float %485, float 0xFFF0000000000000
	%834 = shl i32 %6, 1
	%835 = add i32 41, %834
	%836 = add i32 %195, %835
	%837 = icmp slt i32 %836, %N
	%838 = select i1 %837, i32 %836, i32 0
	%839 = sitofp i32 %508 to float
	%840 = sitofp i32 %838 to float
	%841 = fcmp ole float %840, %839
	%842 = uitofp i1 %841 to float
	%843 = fcmp une float %842, 0.0
	%844 = and i1 %837, %843
	%845 = select i1 %844, float %486, float 0xFFF0000000000000
	%846 = shl i32 %6, 1
	%847 = add i32 40, %846
	%848 = add i32 %195, %847
	%849 = icmp slt i32 %848, %N
	%850 = select i1 %849, i32 %848, i32 0
	%851 = sitofp i32 %512 to float
	%852 = sitofp i32 %850 to float
	%853 = fcmp ole float %852, %851
	%854 = uitofp i1 %853 to float
	%855 = fcmp une float %854, 0.0
	%856 = and i1 %849, %855
	%857 = select i1 %856, float %487, float 0xFFF0000000000000
	%858 = shl i32 %6, 1
	%859 = add i32 41, %858
	%860 = add i32 %195, %859
	%861 = icmp slt i32 %860, %N
	%862 = select i1 %861, i32 %860, i32 0
	%863 = sitofp i32 %512 to float
	%864 = sitofp i32 %862 to float
	%865 = fcmp ole float %864, %863
	%866 = uitofp i1 %865 to float
	%867 = fcmp une float %866, 0.0
	%868 = and i1 %861, %867
	%869 = select i1 %868, float %488, float 0xFFF0000000000000
	%870 = shl i32 %6, 1
	%871 = add i32 48, %870
	%872 = add i32 %195, %871
	%873 = icmp slt i32 %872, %N
	%874 = select i1 %873, i32 %872, i32 0
	%875 = sitofp i32 %508 to float
	%876 = sitofp i32 %874 to float
	%877 = fcmp ole float %876, %875
	%878 = uitofp i1 %877 to float
	%879 = fcmp une float %878, 0.0
	%880 = and i1 %873, %879
	%881 = select i1 %880, float %496, float 0xFFF0000000000000
	%882 = shl i32 %6, 1
	%883 = add i32 49, %882
	%884 = add i32 %195, %883
	%885 = icmp slt i32 %884, %N
	%886 = select i1 %885, i32 %884, i32 0
	%887 = sitofp i32 %508 to float
	%888 = sitofp i32 %886 to float
	%889 = fcmp ole float %888, %887
	%890 = uitofp i1 %889 to float
	%891 = fcmp une float %890, 0.0
	%892 = and i1 %885, %891
	%893 = select i1 %892, float %497, float 0xFFF0000000000000
	%894 = shl i32 %6, 1
	%895 = add i32 48, %894
	%896 = add i32 %195, %895
	%897 = icmp slt i32 %896, %N
	%898 = select i1 %897, i32 %896, i32 0
	%899 = sitofp i32 %512 to float
	%900 = sitofp i32 %898 to float
	%901 = fcmp ole float %900, %899
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = and i1 %897, %903
	%905 = select i1 %904, float %498, float 0xFFF0000000000000
	%906 = shl i32 %6, 1
	%907 = add i32 49, %906
	%908 = add i32 %195, %907
	%909 = icmp slt i32 %908, %N
	%910 = select i1 %909, i32 %908, i32 0
	%911 = sitofp i32 %512 to float
	%912 = sitofp i32 %910 to float
	%913 = fcmp ole float %912, %911
	%914 = uitofp i1 %913 to float
	%915 = fcmp une float %914, 0.0
	%916 = and i1 %909, %915
	%917 = select i1 %916, float %499, float 0xFFF0000000000000
	%918 = shl i32 %6, 1
	%919 = add i32 56, %918
	%920 = add i32 %195, %919
	%921 = icmp slt i32 %920, %N
	%922 = select i1 %921, i32 %920, i32 0
	%923 = sitofp i32 %508 to float
	%924 = sitofp i32 %922 to float
	%925 = fcmp ole float %924, %923
	%926 = uitofp i1 %925 to float
	%927 = fcmp une float %926, 0.0
	%928 = and i1 %921, %927
	%929 = select i1 %928, float %501, float 0xFFF0000000000000
	%930 = shl i32 %6, 1
	%931 = add i32 57, %930
	%932 = add i32 %195, %931
	%933 = icmp slt i32 %932, %N
	%934 = select i1 %933, i32 %932, i32 0
	%935 = sitofp i32 %508 to float
	%936 = sitofp i32 %934 to float
	%937 = fcmp ole float %936, %935
	%938 = uitofp i1 %937 to float
	%939 = fcmp une float %938, 0.0
	%940 = and i1 %933, %939
	%941 = select i1 %940, float %502, float 0xFFF0000000000000
	%942 = shl i32 %6, 1
	%943 = add i32 56, %942
	%944 = add i32 %195, %943
	%945 = icmp slt i32 %944, %N
	%946 = select i1 %945, i32 %944, i32 0
	%947 = sitofp i32 %512 to float
	%948 = sitofp i32 %946 to float
	%949 = fcmp ole float %948, %947
	%950 = uitofp i1 %949 to float
	%951 = fcmp une float %950, 0.0
	%952 = and i1 %945, %951
	%953 = select i1 %952, float %503, float 0xFFF0000000000000
	%954 = shl i32 %6, 1
	%955 = add i32 57, %954
	%956 = add i32 %195, %955
	%957 = icmp slt i32 %956, %N
	%958 = select i1 %957, i32 %956, i32 0
	%959 = sitofp i32 %512 to float
	%960 = sitofp i32 %958 to float
	%961 = fcmp ole float %960, %959
	%962 = uitofp i1 %961 to float
	%963 = fcmp une float %962, 0.0
	%964 = and i1 %957, %963
	%965 = select i1 %964, float %504, float 0xFFF0000000000000
	br label %softmax

softmax:
	%966 = phi float [ %448, %loop ], [ %593, %partial ]
	%967 = phi float [ %449, %loop ], [ %605, %partial ]
	%968 = phi float [ %450, %loop ], [ %617, %partial ]
	%969 = phi float [ %451, %loop ], [ %629, %partial ]
	%970 = phi float [ %453, %loop ], [ %641, %partial ]
	%971 = phi float [ %454, %loop ], [ %653, %partial ]
	%972 = phi float [ %455, %loop ], [ %665, %partial ]
	%973 = phi float [ %456, %loop ], [ %677, %partial ]
	%974 = phi float [ %464, %loop ], [ %689, %partial ]
	%975 = phi float [ %465, %loop ], [ %701, %partial ]
	%976 = phi float [ %466, %loop ], [ %713, %partial ]
	%977 = phi float [ %467, %loop ], [ %725, %partial ]
	%978 = phi float [ %469, %loop ], [ %737, %partial ]
	%979 = phi float [ %470, %loop ], [ %749, %partial ]
	%980 = phi float [ %471, %loop ], [ %761, %partial ]
	%981 = phi float [ %472, %loop ], [ %773, %partial ]
	%982 = phi float [ %480, %loop ], [ %785, %partial ]
	%983 = phi float [ %481, %loop ], [ %797, %partial ]
	%984 = phi float [ %482, %loop ], [ %809, %partial ]
	%985 = phi float [ %483, %loop ], [ %821, %partial ]
	%986 = phi float [ %485, %loop ], [ %833, %partial ]
	%987 = phi float [ %486, %loop ], [ %845, %partial ]
	%988 = phi float [ %487, %loop ], [ %857, %partial ]
	%989 = phi float [ %488, %loop ], [ %869, %partial ]
	%990 = phi float [ %496, %loop ], [ %881, %partial ]
	%991 = phi float [ %497, %loop ], [ %893, %partial ]
	%992 = phi float [ %498, %loop ], [ %905, %partial ]
	%993 = phi float [ %499, %loop ], [ %917, %partial ]
	%994 = phi float [ %501, %loop ], [ %929, %partial ]
	%995 = phi float [ %502, %loop ], [ %941, %partial ]
	%996 = phi float [ %503, %loop ], [ %953, %partial ]
	%997 = phi float [ %504, %loop ], [ %965, %partial ]
	%998 = call float @llvm.nvvm.fmax.f(float %966, float %967)
	%999 = call float @llvm.nvvm.fmax.f(float %970, float %971)
	%1000 = call float @llvm.nvvm.fmax.f(float %974, float %975)
	%1001 = call float @llvm.nvvm.fmax.f(float %978, float %979)
	%1002 = call float @llvm.nvvm.fmax.f(float %982, float %983)
	%1003 = call float @llvm.nvvm.fmax.f(float %986, float %987)
	%1004 = call float @llvm.nvvm.fmax.f(float %990, float %991)
	%1005 = call float @llvm.nvvm.fmax.f(float %994, float %995)
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
	%1018 = call float @llvm.nvvm.fmax.f(float %191, float %1017)
	%1019 = fadd float %191, 8.0
	%1020 = fcmp ogt float %1018, %1019
	%1021 = or i1 false, %1020
	%1022 = call float @llvm.nvvm.fmax.f(float %968, float %969)
	%1023 = call float @llvm.nvvm.fmax.f(float %972, float %973)
	%1024 = call float @llvm.nvvm.fmax.f(float %976, float %977)
	%1025 = call float @llvm.nvvm.fmax.f(float %980, float %981)
	%1026 = call float @llvm.nvvm.fmax.f(float %984, float %985)
	%1027 = call float @llvm.nvvm.fmax.f(float %988, float %989)
	%1028 = call float @llvm.nvvm.fmax.f(float %992, float %993)
	%1029 = call float @llvm.nvvm.fmax.f(float %996, float %997)
	%1030 = call float @llvm.nvvm.fmax.f(float %1022, float %1023)
	%1031 = call float @llvm.nvvm.fmax.f(float %1024, float %1025)
	%1032 = call float @llvm.nvvm.fmax.f(float %1026, float %1027)
	%1033 = call float @llvm.nvvm.fmax.f(float %1028, float %1029)
	%1034 = call float @llvm.nvvm.fmax.f(float %1030, float %1031)
	%1035 = call float @llvm.nvvm.fmax.f(float %1032, float %1033)
	%1036 = call float @llvm.nvvm.fmax.f(float %1034, float %1035)
	%1037 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1036, i32 1, i32 31)
	%1038 = call float @llvm.nvvm.fmax.f(float %1036, float %1037)
	%1039 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1038, i32 2, i32 31)
	%1040 = call float @llvm.nvvm.fmax.f(float %1038, float %1039)
	%1041 = fmul float %1040, 0x3FC7154760000000
	%1042 = call float @llvm.nvvm.fmax.f(float %193, float %1041)
	%1043 = fadd float %193, 8.0
	%1044 = fcmp ogt float %1042, %1043
	%1045 = or i1 %1021, %1044
	%1046 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1045)
	br i1 %1046, label %1047, label %1090

1047:
	%1048 = fcmp oeq float %1018, 0xFFF0000000000000
	%1049 = select i1 %1048, float 0.0, float %1018
	%1050 = fsub float %191, %1049
	%1051 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1050)
	%1052 = fcmp oeq float %1042, 0xFFF0000000000000
	%1053 = select i1 %1052, float 0.0, float %1042
	%1054 = fsub float %193, %1053
	%1055 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1054)
	%1056 = fmul float %159, %1051
	%1057 = fmul float %160, %1051
	%1058 = fmul float %161, %1055
	%1059 = fmul float %162, %1055
	%1060 = fmul float %163, %1051
	%1061 = fmul float %164, %1051
	%1062 = fmul float %165, %1055
	%1063 = fmul float %166, %1055
	%1064 = fmul float %167, %1051
	%1065 = fmul float %168, %1051
	%1066 = fmul float %169, %1055
	%1067 = fmul float %170, %1055
	%1068 = fmul float %171, %1051
	%1069 = fmul float %172, %1051
	%1070 = fmul float %173, %1055
	%1071 = fmul float %174, %1055
	%1072 = fmul float %175, %1051
	%1073 = fmul float %176, %1051
	%1074 = fmul float %177, %1055
	%1075 = fmul float %178, %1055
	%1076 = fmul float %179, %1051
	%1077 = fmul float %180, %1051
	%1078 = fmul float %181, %1055
	%1079 = fmul float %182, %1055
	%1080 = fmul float %183, %1051
	%1081 = fmul float %184, %1051
	%1082 = fmul float %185, %1055
	%1083 = fmul float %186, %1055
	%1084 = fmul float %187, %1051
	%1085 = fmul float %188, %1051
	%1086 = fmul float %189, %1055
	%1087 = fmul float %190, %1055
	%1088 = fmul float %192, %1051
	%1089 = fmul float %194, %1055
	br label %1090

1090:
	%1091 = phi float [ %159, %softmax ], [ %1056, %1047 ]
	%1092 = phi float [ %160, %softmax ], [ %1057, %1047 ]
	%1093 = phi float [ %161, %softmax ], [ %1058, %1047 ]
	%1094 = phi float [ %162, %softmax ], [ %1059, %1047 ]
	%1095 = phi float [ %163, %softmax ], [ %1060, %1047 ]
	%1096 = phi float [ %164, %softmax ], [ %1061, %1047 ]
	%1097 = phi float [ %165, %softmax ], [ %1062, %1047 ]
	%1098 = phi float [ %166, %softmax ], [ %1063, %1047 ]
	%1099 = phi float [ %167, %softmax ], [ %1064, %1047 ]
	%1100 = phi float [ %168, %softmax ], [ %1065, %1047 ]
	%1101 = phi float [ %169, %softmax ], [ %1066, %1047 ]
	%1102 = phi float [ %170, %softmax ], [ %1067, %1047 ]
	%1103 = phi float [ %171, %softmax ], [ %1068, %1047 ]
	%1104 = phi float [ %172, %softmax ], [ %1069, %1047 ]
	%1105 = phi float [ %173, %softmax ], [ %1070, %1047 ]
	%1106 = phi float [ %174, %softmax ], [ %1071, %1047 ]
	%1107 = phi float [ %175, %softmax ], [ %1072, %1047 ]
	%1108 = phi float [ %176, %softmax ], [ %1073, %1047 ]
	%1109 = phi float [ %177, %softmax ], [ %1074, %1047 ]
	%1110 = phi float [ %178, %softmax ], [ %1075, %1047 ]
	%1111 = phi float [ %179, %softmax ], [ %1076, %1047 ]
	%1112 = phi float [ %180, %softmax ], [ %1077, %1047 ]
	%1113 = phi float [ %181, %softmax ], [ %1078, %1047 ]
	%1114 = phi float [ %182, %softmax ], [ %1079, %1047 ]
	%1115 = phi float [ %183, %softmax ], [ %1080, %1047 ]
	%1116 = phi float [ %184, %softmax ], [ %1081, %1047 ]
	%1117 = phi float [ %185, %softmax ], [ %1082, %1047 ]
	%1118 = phi float [ %186, %softmax ], [ %1083, %1047 ]
	%1119 = phi float [ %187, %softmax ], [ %1084, %1047 ]
	%1120 = phi float [ %188, %softmax ], [ %1085, %1047 ]
	%1121 = phi float [ %189, %softmax ], [ %1086, %1047 ]
	%1122 = phi float [ %190, %softmax ], [ %1087, %1047 ]
	%1123 = phi float [ %192, %softmax ], [ %1088, %1047 ]
	%1124 = phi float [ %194, %softmax ], [ %1089, %1047 ]
	%1125 = select i1 %1046, float %1018, float %191
	%1126 = fcmp oeq float %1125, 0xFFF0000000000000
	%1127 = select i1 %1126, float 0.0, float %1125
	%1128 = fneg float %1127
	%1129 = call float @llvm.fma.f32(float %966, float 0x3FC7154760000000, float %1128)
	%1130 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1129)
	%1131 = call float @llvm.fma.f32(float %967, float 0x3FC7154760000000, float %1128)
	%1132 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1131)
	%1133 = call float @llvm.fma.f32(float %970, float 0x3FC7154760000000, float %1128)
	%1134 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1133)
	%1135 = call float @llvm.fma.f32(float %971, float 0x3FC7154760000000, float %1128)
	%1136 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1135)
	%1137 = call float @llvm.fma.f32(float %974, float 0x3FC7154760000000, float %1128)
	%1138 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1137)
	%1139 = call float @llvm.fma.f32(float %975, float 0x3FC7154760000000, float %1128)
	%1140 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1139)
	%1141 = call float @llvm.fma.f32(float %978, float 0x3FC7154760000000, float %1128)
	%1142 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1141)
	%1143 = call float @llvm.fma.f32(float %979, float 0x3FC7154760000000, float %1128)
	%1144 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1143)
	%1145 = call float @llvm.fma.f32(float %982, float 0x3FC7154760000000, float %1128)
	%1146 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1145)
	%1147 = call float @llvm.fma.f32(float %983, float 0x3FC7154760000000, float %1128)
	%1148 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1147)
	%1149 = call float @llvm.fma.f32(float %986, float 0x3FC7154760000000, float %1128)
	%1150 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1149)
	%1151 = call float @llvm.fma.f32(float %987, float 0x3FC7154760000000, float %1128)
	%1152 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1151)
	%1153 = call float @llvm.fma.f32(float %990, float 0x3FC7154760000000, float %1128)
	%1154 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1153)
	%1155 = call float @llvm.fma.f32(float %991, float 0x3FC7154760000000, float %1128)
	%1156 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1155)
	%1157 = call float @llvm.fma.f32(float %994, float 0x3FC7154760000000, float %1128)
	%1158 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1157)
	%1159 = call float @llvm.fma.f32(float %995, float 0x3FC7154760000000, float %1128)
	%1160 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1159)
	%1161 = fadd float %1130, %1132
	%1162 = fadd float %1134, %1136
	%1163 = fadd float %1138, %1140
	%1164 = fadd float %1142, %1144
	%1165 = fadd float %1146, %1148
	%1166 = fadd float %1150, %1152
	%1167 = fadd float %1154, %1156
	%1168 = fadd float %1158, %1160
	%1169 = fadd float %1161, %1162
	%1170 = fadd float %1163, %1164
	%1171 = fadd float %1165, %1166
	%1172 = fadd float %1167, %1168
	%1173 = fadd float %1169, %1170
	%1174 = fadd float %1171, %1172
	%1175 = fadd float %1173, %1174
	%1176 = fadd float %1123, %1175
	%1177 = select i1 %1046, float %1042, float %193
	%1178 = fcmp oeq float %1177, 0xFFF0000000000000
	%1179 = select i1 %1178, float 0.0, float %1177
	%1180 = fneg float %1179
	%1181 = call float @llvm.fma.f32(float %968, float 0x3FC7154760000000, float %1180)
	%1182 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1181)
	%1183 = call float @llvm.fma.f32(float %969, float 0x3FC7154760000000, float %1180)
	%1184 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1183)
	%1185 = call float @llvm.fma.f32(float %972, float 0x3FC7154760000000, float %1180)
	%1186 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1185)
	%1187 = call float @llvm.fma.f32(float %973, float 0x3FC7154760000000, float %1180)
	%1188 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1187)
	%1189 = call float @llvm.fma.f32(float %976, float 0x3FC7154760000000, float %1180)
	%1190 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1189)
	%1191 = call float @llvm.fma.f32(float %977, float 0x3FC7154760000000, float %1180)
	%1192 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1191)
	%1193 = call float @llvm.fma.f32(float %980, float 0x3FC7154760000000, float %1180)
	%1194 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1193)
	%1195 = call float @llvm.fma.f32(float %981, float 0x3FC7154760000000, float %1180)
	%1196 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1195)
	%1197 = call float @llvm.fma.f32(float %984, float 0x3FC7154760000000, float %1180)
	%1198 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1197)
	%1199 = call float @llvm.fma.f32(float %985, float 0x3FC7154760000000, float %1180)
	%1200 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1199)
	%1201 = call float @llvm.fma.f32(float %988, float 0x3FC7154760000000, float %1180)
	%1202 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1201)
	%1203 = call float @llvm.fma.f32(float %989, float 0x3FC7154760000000, float %1180)
	%1204 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1203)
	%1205 = call float @llvm.fma.f32(float %992, float 0x3FC7154760000000, float %1180)
	%1206 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1205)
	%1207 = call float @llvm.fma.f32(float %993, float 0x3FC7154760000000, float %1180)
	%1208 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1207)
	%1209 = call float @llvm.fma.f32(float %996, float 0x3FC7154760000000, float %1180)
	%1210 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1209)
	%1211 = call float @llvm.fma.f32(float %997, float 0x3FC7154760000000, float %1180)
	%1212 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1211)
	%1213 = fadd float %1182, %1184
	%1214 = fadd float %1186, %1188
	%1215 = fadd float %1190, %1192
	%1216 = fadd float %1194, %1196
	%1217 = fadd float %1198, %1200
	%1218 = fadd float %1202, %1204
	%1219 = fadd float %1206, %1208
	%1220 = fadd float %1210, %1212
	%1221 = fadd float %1213, %1214
	%1222 = fadd float %1215, %1216
	%1223 = fadd float %1217, %1218
	%1224 = fadd float %1219, %1220
	%1225 = fadd float %1221, %1222
	%1226 = fadd float %1223, %1224
	%1227 = fadd float %1225, %1226
	%1228 = fadd float %1124, %1227
	%1229 = add i32 %157, 1
	%1230 = icmp slt i32 %1229, %NK
	%1231 = select i1 %1230, i32 %1229, i32 0
	%1232 = add i32 %29, %1231
	%1233 = sext i32 %1232 to i64
	%1234 = getelementptr i32, i32* %list, i64 %1233
	%1235 = load i32, i32* %1234
	%1236 = select i1 %1230, i32 %1235, i32 -1
	%1237 = icmp sge i32 %1236, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1237, label %prefetch, label %pv

prefetch:
	%1238 = mul i32 %1236, 64
	%1239 = lshr i32 %2, 3
	%1240 = and i32 %2, 7
	%1241 = and i32 %1239, 7
	%1242 = xor i32 %1240, %1241
	%1243 = mul i32 %1239, 8
	%1244 = add i32 %1243, %1242
	%1245 = shl i32 %1244, 4
	%1246 = add i32 %0, %1245
	%1247 = add i32 %1238, %1239
	%1248 = mul i32 %1247, 64
	%1249 = mul i32 %1240, 8
	%1250 = add i32 %1248, %1249
	%1251 = sext i32 %1250 to i64
	%1252 = getelementptr i16, i16* %20, i64 %1251
	%1253 = add i32 %1247, 0
	%1254 = icmp slt i32 %1253, %N
	%1255 = getelementptr i16, i16* %1252, i64 0
	%1256 = select i1 %1254, i16* %1255, i16* %20
	%1257 = add i32 %1246, 0
	%1258 = select i1 %1254, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1257, i16* %1256, i32 %1258)
	%1259 = add i32 %1247, 16
	%1260 = icmp slt i32 %1259, %N
	%1261 = getelementptr i16, i16* %1252, i64 1024
	%1262 = select i1 %1260, i16* %1261, i16* %20
	%1263 = add i32 %1246, 2048
	%1264 = select i1 %1260, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1263, i16* %1262, i32 %1264)
	%1265 = add i32 %1247, 32
	%1266 = icmp slt i32 %1265, %N
	%1267 = getelementptr i16, i16* %1252, i64 2048
	%1268 = select i1 %1266, i16* %1267, i16* %20
	%1269 = add i32 %1246, u0x1000
	%1270 = select i1 %1266, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1269, i16* %1268, i32 %1270)
	%1271 = add i32 %1247, 48
	%1272 = icmp slt i32 %1271, %N
	%1273 = getelementptr i16, i16* %1252, i64 3072
	%1274 = select i1 %1272, i16* %1273, i16* %20
	%1275 = add i32 %1246, 6144
	%1276 = select i1 %1272, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1275, i16* %1274, i32 %1276)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1277 = and i32 %4, 7
	%1278 = lshr i32 %4, 3
	%1279 = and i32 %1278, 1
	%1280 = shl i32 %1279, 3
	%1281 = add i32 %1277, %1280
	%1282 = mul i32 %1281, 128
	%1283 = add i32 %1, %1282
	%1284 = and i32 %4, 7
	%1285 = xor i32 %84, %1284
	%1286 = shl i32 %1285, 4
	%1287 = add i32 %1283, %1286
	%1288 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1132, float %1130)
	%1289 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1184, float %1182)
	%1290 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1136, float %1134)
	%1291 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1188, float %1186)
	%1292 = xor i32 %1287, 0
	%1293 = add i32 %1292, 0
	%1294 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1293)
	%1295 = extractvalue { i32, i32, i32, i32 } %1294, 0
	%1296 = extractvalue { i32, i32, i32, i32 } %1294, 1
	%1297 = extractvalue { i32, i32, i32, i32 } %1294, 2
	%1298 = extractvalue { i32, i32, i32, i32 } %1294, 3
	%1299 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1295, i32 %1296, float %1091, float %1092, float %1093, float %1094)
	%1300 = extractvalue { float, float, float, float } %1299, 0
	%1301 = extractvalue { float, float, float, float } %1299, 1
	%1302 = extractvalue { float, float, float, float } %1299, 2
	%1303 = extractvalue { float, float, float, float } %1299, 3
	%1304 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1297, i32 %1298, float %1095, float %1096, float %1097, float %1098)
	%1305 = extractvalue { float, float, float, float } %1304, 0
	%1306 = extractvalue { float, float, float, float } %1304, 1
	%1307 = extractvalue { float, float, float, float } %1304, 2
	%1308 = extractvalue { float, float, float, float } %1304, 3
	%1309 = xor i32 %1287, 32
	%1310 = add i32 %1309, 0
	%1311 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1310)
	%1312 = extractvalue { i32, i32, i32, i32 } %1311, 0
	%1313 = extractvalue { i32, i32, i32, i32 } %1311, 1
	%1314 = extractvalue { i32, i32, i32, i32 } %1311, 2
	%1315 = extractvalue { i32, i32, i32, i32 } %1311, 3
	%1316 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1312, i32 %1313, float %1099, float %1100, float %1101, float %1102)
	%1317 = extractvalue { float, float, float, float } %1316, 0
	%1318 = extractvalue { float, float, float, float } %1316, 1
	%1319 = extractvalue { float, float, float, float } %1316, 2
	%1320 = extractvalue { float, float, float, float } %1316, 3
	%1321 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1314, i32 %1315, float %1103, float %1104, float %1105, float %1106)
	%1322 = extractvalue { float, float, float, float } %1321, 0
	%1323 = extractvalue { float, float, float, float } %1321, 1
	%1324 = extractvalue { float, float, float, float } %1321, 2
	%1325 = extractvalue { float, float, float, float } %1321, 3
	%1326 = xor i32 %1287, 64
	%1327 = add i32 %1326, 0
	%1328 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1327)
	%1329 = extractvalue { i32, i32, i32, i32 } %1328, 0
	%1330 = extractvalue { i32, i32, i32, i32 } %1328, 1
	%1331 = extractvalue { i32, i32, i32, i32 } %1328, 2
	%1332 = extractvalue { i32, i32, i32, i32 } %1328, 3
	%1333 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1329, i32 %1330, float %1107, float %1108, float %1109, float %1110)
	%1334 = extractvalue { float, float, float, float } %1333, 0
	%1335 = extractvalue { float, float, float, float } %1333, 1
	%1336 = extractvalue { float, float, float, float } %1333, 2
	%1337 = extractvalue { float, float, float, float } %1333, 3
	%1338 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1331, i32 %1332, float %1111, float %1112, float %1113, float %1114)
	%1339 = extractvalue { float, float, float, float } %1338, 0
	%1340 = extractvalue { float, float, float, float } %1338, 1
	%1341 = extractvalue { float, float, float, float } %1338, 2
	%1342 = extractvalue { float, float, float, float } %1338, 3
	%1343 = xor i32 %1287, 96
	%1344 = add i32 %1343, 0
	%1345 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1344)
	%1346 = extractvalue { i32, i32, i32, i32 } %1345, 0
	%1347 = extractvalue { i32, i32, i32, i32 } %1345, 1
	%1348 = extractvalue { i32, i32, i32, i32 } %1345, 2
	%1349 = extractvalue { i32, i32, i32, i32 } %1345, 3
	%1350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1346, i32 %1347, float %1115, float %1116, float %1117, float %1118)
	%1351 = extractvalue { float, float, float, float } %1350, 0
	%1352 = extractvalue { float, float, float, float } %1350, 1
	%1353 = extractvalue { float, float, float, float } %1350, 2
	%1354 = extractvalue { float, float, float, float } %1350, 3
	%1355 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1288, i32 %1289, i32 %1290, i32 %1291, i32 %1348, i32 %1349, float %1119, float %1120, float %1121, float %1122)
	%1356 = extractvalue { float, float, float, float } %1355, 0
	%1357 = extractvalue { float, float, float, float } %1355, 1
	%1358 = extractvalue { float, float, float, float } %1355, 2
	%1359 = extractvalue { float, float, float, float } %1355, 3
	%1360 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1140, float %1138)
	%1361 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1192, float %1190)
	%1362 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1144, float %1142)
	%1363 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1196, float %1194)
	%1364 = xor i32 %1287, 0
	%1365 = add i32 %1364, 2048
	%1366 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1365)
	%1367 = extractvalue { i32, i32, i32, i32 } %1366, 0
	%1368 = extractvalue { i32, i32, i32, i32 } %1366, 1
	%1369 = extractvalue { i32, i32, i32, i32 } %1366, 2
	%1370 = extractvalue { i32, i32, i32, i32 } %1366, 3
	%1371 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1367, i32 %1368, float %1300, float %1301, float %1302, float %1303)
	%1372 = extractvalue { float, float, float, float } %1371, 0
	%1373 = extractvalue { float, float, float, float } %1371, 1
	%1374 = extractvalue { float, float, float, float } %1371, 2
	%1375 = extractvalue { float, float, float, float } %1371, 3
	%1376 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1369, i32 %1370, float %1305, float %1306, float %1307, float %1308)
	%1377 = extractvalue { float, float, float, float } %1376, 0
	%1378 = extractvalue { float, float, float, float } %1376, 1
	%1379 = extractvalue { float, float, float, float } %1376, 2
	%1380 = extractvalue { float, float, float, float } %1376, 3
	%1381 = xor i32 %1287, 32
	%1382 = add i32 %1381, 2048
	%1383 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1382)
	%1384 = extractvalue { i32, i32, i32, i32 } %1383, 0
	%1385 = extractvalue { i32, i32, i32, i32 } %1383, 1
	%1386 = extractvalue { i32, i32, i32, i32 } %1383, 2
	%1387 = extractvalue { i32, i32, i32, i32 } %1383, 3
	%1388 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1384, i32 %1385, float %1317, float %1318, float %1319, float %1320)
	%1389 = extractvalue { float, float, float, float } %1388, 0
	%1390 = extractvalue { float, float, float, float } %1388, 1
	%1391 = extractvalue { float, float, float, float } %1388, 2
	%1392 = extractvalue { float, float, float, float } %1388, 3
	%1393 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1386, i32 %1387, float %1322, float %1323, float %1324, float %1325)
	%1394 = extractvalue { float, float, float, float } %1393, 0
	%1395 = extractvalue { float, float, float, float } %1393, 1
	%1396 = extractvalue { float, float, float, float } %1393, 2
	%1397 = extractvalue { float, float, float, float } %1393, 3
	%1398 = xor i32 %1287, 64
	%1399 = add i32 %1398, 2048
	%1400 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1399)
	%1401 = extractvalue { i32, i32, i32, i32 } %1400, 0
	%1402 = extractvalue { i32, i32, i32, i32 } %1400, 1
	%1403 = extractvalue { i32, i32, i32, i32 } %1400, 2
	%1404 = extractvalue { i32, i32, i32, i32 } %1400, 3
	%1405 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1401, i32 %1402, float %1334, float %1335, float %1336, float %1337)
	%1406 = extractvalue { float, float, float, float } %1405, 0
	%1407 = extractvalue { float, float, float, float } %1405, 1
	%1408 = extractvalue { float, float, float, float } %1405, 2
	%1409 = extractvalue { float, float, float, float } %1405, 3
	%1410 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1403, i32 %1404, float %1339, float %1340, float %1341, float %1342)
	%1411 = extractvalue { float, float, float, float } %1410, 0
	%1412 = extractvalue { float, float, float, float } %1410, 1
	%1413 = extractvalue { float, float, float, float } %1410, 2
	%1414 = extractvalue { float, float, float, float } %1410, 3
	%1415 = xor i32 %1287, 96
	%1416 = add i32 %1415, 2048
	%1417 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1416)
	%1418 = extractvalue { i32, i32, i32, i32 } %1417, 0
	%1419 = extractvalue { i32, i32, i32, i32 } %1417, 1
	%1420 = extractvalue { i32, i32, i32, i32 } %1417, 2
	%1421 = extractvalue { i32, i32, i32, i32 } %1417, 3
	%1422 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1418, i32 %1419, float %1351, float %1352, float %1353, float %1354)
	%1423 = extractvalue { float, float, float, float } %1422, 0
	%1424 = extractvalue { float, float, float, float } %1422, 1
	%1425 = extractvalue { float, float, float, float } %1422, 2
	%1426 = extractvalue { float, float, float, float } %1422, 3
	%1427 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1360, i32 %1361, i32 %1362, i32 %1363, i32 %1420, i32 %1421, float %1356, float %1357, float %1358, float %1359)
	%1428 = extractvalue { float, float, float, float } %1427, 0
	%1429 = extractvalue { float, float, float, float } %1427, 1
	%1430 = extractvalue { float, float, float, float } %1427, 2
	%1431 = extractvalue { float, float, float, float } %1427, 3
	%1432 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1148, float %1146)
	%1433 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1200, float %1198)
	%1434 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1152, float %1150)
	%1435 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1204, float %1202)
	%1436 = xor i32 %1287, 0
	%1437 = add i32 %1436, u0x1000
	%1438 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1437)
	%1439 = extractvalue { i32, i32, i32, i32 } %1438, 0
	%1440 = extractvalue { i32, i32, i32, i32 } %1438, 1
	%1441 = extractvalue { i32, i32, i32, i32 } %1438, 2
	%1442 = extractvalue { i32, i32, i32, i32 } %1438, 3
	%1443 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1439, i32 %1440, float %1372, float %1373, float %1374, float %1375)
	%1444 = extractvalue { float, float, float, float } %1443, 0
	%1445 = extractvalue { float, float, float, float } %1443, 1
	%1446 = extractvalue { float, float, float, float } %1443, 2
	%1447 = extractvalue { float, float, float, float } %1443, 3
	%1448 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1441, i32 %1442, float %1377, float %1378, float %1379, float %1380)
	%1449 = extractvalue { float, float, float, float } %1448, 0
	%1450 = extractvalue { float, float, float, float } %1448, 1
	%1451 = extractvalue { float, float, float, float } %1448, 2
	%1452 = extractvalue { float, float, float, float } %1448, 3
	%1453 = xor i32 %1287, 32
	%1454 = add i32 %1453, u0x1000
	%1455 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1454)
	%1456 = extractvalue { i32, i32, i32, i32 } %1455, 0
	%1457 = extractvalue { i32, i32, i32, i32 } %1455, 1
	%1458 = extractvalue { i32, i32, i32, i32 } %1455, 2
	%1459 = extractvalue { i32, i32, i32, i32 } %1455, 3
	%1460 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1456, i32 %1457, float %1389, float %1390, float %1391, float %1392)
	%1461 = extractvalue { float, float, float, float } %1460, 0
	%1462 = extractvalue { float, float, float, float } %1460, 1
	%1463 = extractvalue { float, float, float, float } %1460, 2
	%1464 = extractvalue { float, float, float, float } %1460, 3
	%1465 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1458, i32 %1459, float %1394, float %1395, float %1396, float %1397)
	%1466 = extractvalue { float, float, float, float } %1465, 0
	%1467 = extractvalue { float, float, float, float } %1465, 1
	%1468 = extractvalue { float, float, float, float } %1465, 2
	%1469 = extractvalue { float, float, float, float } %1465, 3
	%1470 = xor i32 %1287, 64
	%1471 = add i32 %1470, u0x1000
	%1472 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1471)
	%1473 = extractvalue { i32, i32, i32, i32 } %1472, 0
	%1474 = extractvalue { i32, i32, i32, i32 } %1472, 1
	%1475 = extractvalue { i32, i32, i32, i32 } %1472, 2
	%1476 = extractvalue { i32, i32, i32, i32 } %1472, 3
	%1477 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1473, i32 %1474, float %1406, float %1407, float %1408, float %1409)
	%1478 = extractvalue { float, float, float, float } %1477, 0
	%1479 = extractvalue { float, float, float, float } %1477, 1
	%1480 = extractvalue { float, float, float, float } %1477, 2
	%1481 = extractvalue { float, float, float, float } %1477, 3
	%1482 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1475, i32 %1476, float %1411, float %1412, float %1413, float %1414)
	%1483 = extractvalue { float, float, float, float } %1482, 0
	%1484 = extractvalue { float, float, float, float } %1482, 1
	%1485 = extractvalue { float, float, float, float } %1482, 2
	%1486 = extractvalue { float, float, float, float } %1482, 3
	%1487 = xor i32 %1287, 96
	%1488 = add i32 %1487, u0x1000
	%1489 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1488)
	%1490 = extractvalue { i32, i32, i32, i32 } %1489, 0
	%1491 = extractvalue { i32, i32, i32, i32 } %1489, 1
	%1492 = extractvalue { i32, i32, i32, i32 } %1489, 2
	%1493 = extractvalue { i32, i32, i32, i32 } %1489, 3
	%1494 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1490, i32 %1491, float %1423, float %1424, float %1425, float %1426)
	%1495 = extractvalue { float, float, float, float } %1494, 0
	%1496 = extractvalue { float, float, float, float } %1494, 1
	%1497 = extractvalue { float, float, float, float } %1494, 2
	%1498 = extractvalue { float, float, float, float } %1494, 3
	%1499 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1432, i32 %1433, i32 %1434, i32 %1435, i32 %1492, i32 %1493, float %1428, float %1429, float %1430, float %1431)
	%1500 = extractvalue { float, float, float, float } %1499, 0
	%1501 = extractvalue { float, float, float, float } %1499, 1
	%1502 = extractvalue { float, float, float, float } %1499, 2
	%1503 = extractvalue { float, float, float, float } %1499, 3
	%1504 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1156, float %1154)
	%1505 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1208, float %1206)
	%1506 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1160, float %1158)
	%1507 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1212, float %1210)
	%1508 = xor i32 %1287, 0
	%1509 = add i32 %1508, 6144
	%1510 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1509)
	%1511 = extractvalue { i32, i32, i32, i32 } %1510, 0
	%1512 = extractvalue { i32, i32, i32, i32 } %1510, 1
	%1513 = extractvalue { i32, i32, i32, i32 } %1510, 2
	%1514 = extractvalue { i32, i32, i32, i32 } %1510, 3
	%1515 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1511, i32 %1512, float %1444, float %1445, float %1446, float %1447)
	%1516 = extractvalue { float, float, float, float } %1515, 0
	%1517 = extractvalue { float, float, float, float } %1515, 1
	%1518 = extractvalue { float, float, float, float } %1515, 2
	%1519 = extractvalue { float, float, float, float } %1515, 3
	%1520 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1513, i32 %1514, float %1449, float %1450, float %1451, float %1452)
	%1521 = extractvalue { float, float, float, float } %1520, 0
	%1522 = extractvalue { float, float, float, float } %1520, 1
	%1523 = extractvalue { float, float, float, float } %1520, 2
	%1524 = extractvalue { float, float, float, float } %1520, 3
	%1525 = xor i32 %1287, 32
	%1526 = add i32 %1525, 6144
	%1527 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1526)
	%1528 = extractvalue { i32, i32, i32, i32 } %1527, 0
	%1529 = extractvalue { i32, i32, i32, i32 } %1527, 1
	%1530 = extractvalue { i32, i32, i32, i32 } %1527, 2
	%1531 = extractvalue { i32, i32, i32, i32 } %1527, 3
	%1532 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1528, i32 %1529, float %1461, float %1462, float %1463, float %1464)
	%1533 = extractvalue { float, float, float, float } %1532, 0
	%1534 = extractvalue { float, float, float, float } %1532, 1
	%1535 = extractvalue { float, float, float, float } %1532, 2
	%1536 = extractvalue { float, float, float, float } %1532, 3
	%1537 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1530, i32 %1531, float %1466, float %1467, float %1468, float %1469)
	%1538 = extractvalue { float, float, float, float } %1537, 0
	%1539 = extractvalue { float, float, float, float } %1537, 1
	%1540 = extractvalue { float, float, float, float } %1537, 2
	%1541 = extractvalue { float, float, float, float } %1537, 3
	%1542 = xor i32 %1287, 64
	%1543 = add i32 %1542, 6144
	%1544 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1543)
	%1545 = extractvalue { i32, i32, i32, i32 } %1544, 0
	%1546 = extractvalue { i32, i32, i32, i32 } %1544, 1
	%1547 = extractvalue { i32, i32, i32, i32 } %1544, 2
	%1548 = extractvalue { i32, i32, i32, i32 } %1544, 3
	%1549 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1545, i32 %1546, float %1478, float %1479, float %1480, float %1481)
	%1550 = extractvalue { float, float, float, float } %1549, 0
	%1551 = extractvalue { float, float, float, float } %1549, 1
	%1552 = extractvalue { float, float, float, float } %1549, 2
	%1553 = extractvalue { float, float, float, float } %1549, 3
	%1554 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1547, i32 %1548, float %1483, float %1484, float %1485, float %1486)
	%1555 = extractvalue { float, float, float, float } %1554, 0
	%1556 = extractvalue { float, float, float, float } %1554, 1
	%1557 = extractvalue { float, float, float, float } %1554, 2
	%1558 = extractvalue { float, float, float, float } %1554, 3
	%1559 = xor i32 %1287, 96
	%1560 = add i32 %1559, 6144
	%1561 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1560)
	%1562 = extractvalue { i32, i32, i32, i32 } %1561, 0
	%1563 = extractvalue { i32, i32, i32, i32 } %1561, 1
	%1564 = extractvalue { i32, i32, i32, i32 } %1561, 2
	%1565 = extractvalue { i32, i32, i32, i32 } %1561, 3
	%1566 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1562, i32 %1563, float %1495, float %1496, float %1497, float %1498)
	%1567 = extractvalue { float, float, float, float } %1566, 0
	%1568 = extractvalue { float, float, float, float } %1566, 1
	%1569 = extractvalue { float, float, float, float } %1566, 2
	%1570 = extractvalue { float, float, float, float } %1566, 3
	%1571 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1504, i32 %1505, i32 %1506, i32 %1507, i32 %1564, i32 %1565, float %1500, float %1501, float %1502, float %1503)
	%1572 = extractvalue { float, float, float, float } %1571, 0
	%1573 = extractvalue { float, float, float, float } %1571, 1
	%1574 = extractvalue { float, float, float, float } %1571, 2
	%1575 = extractvalue { float, float, float, float } %1571, 3
	br i1 %1237, label %loop, label %epilogue

store0:
	%1576 = mul i32 %10, %M
	%1577 = add i32 %1576, %564
	%1578 = mul i32 %1577, 64
	%1579 = shl i32 %6, 1
	%1580 = add i32 0, %1579
	%1581 = add i32 %1578, %1580
	%1582 = sext i32 %1581 to i64
	%1583 = getelementptr i16, i16* %out, i64 %1582
	%1584 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %566, float %565)
	%1585 = bitcast i16* %1583 to i32*
	store i32 %1584, i32* %1585
	%1586 = shl i32 %6, 1
	%1587 = add i32 8, %1586
	%1588 = add i32 %1578, %1587
	%1589 = sext i32 %1588 to i64
	%1590 = getelementptr i16, i16* %out, i64 %1589
	%1591 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %568, float %567)
	%1592 = bitcast i16* %1590 to i32*
	store i32 %1591, i32* %1592
	%1593 = shl i32 %6, 1
	%1594 = add i32 16, %1593
	%1595 = add i32 %1578, %1594
	%1596 = sext i32 %1595 to i64
	%1597 = getelementptr i16, i16* %out, i64 %1596
	%1598 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %570, float %569)
	%1599 = bitcast i16* %1597 to i32*
	store i32 %1598, i32* %1599
	%1600 = shl i32 %6, 1
	%1601 = add i32 24, %1600
	%1602 = add i32 %1578, %1601
	%1603 = sext i32 %1602 to i64
	%1604 = getelementptr i16, i16* %out, i64 %1603
	%1605 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %572, float %571)
	%1606 = bitcast i16* %1604 to i32*
	store i32 %1605, i32* %1606
	%1607 = shl i32 %6, 1
	%1608 = add i32 32, %1607
	%1609 = add i32 %1578, %1608
	%1610 = sext i32 %1609 to i64
	%1611 = getelementptr i16, i16* %out, i64 %1610
	%1612 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %574, float %573)
	%1613 = bitcast i16* %1611 to i32*
	store i32 %1612, i32* %1613
	%1614 = shl i32 %6, 1
	%1615 = add i32 40, %1614
	%1616 = add i32 %1578, %1615
	%1617 = sext i32 %1616 to i64
	%1618 = getelementptr i16, i16* %out, i64 %1617
	%1619 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %576, float %575)
	%1620 = bitcast i16* %1618 to i32*
	store i32 %1619, i32* %1620
	%1621 = shl i32 %6, 1
	%1622 = add i32 48, %1621
	%1623 = add i32 %1578, %1622
	%1624 = sext i32 %1623 to i64
	%1625 = getelementptr i16, i16* %out, i64 %1624
	%1626 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %578, float %577)
	%1627 = bitcast i16* %1625 to i32*
	store i32 %1626, i32* %1627
	%1628 = shl i32 %6, 1
	%1629 = add i32 56, %1628
	%1630 = add i32 %1578, %1629
	%1631 = sext i32 %1630 to i64
	%1632 = getelementptr i16, i16* %out, i64 %1631
	%1633 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %580, float %579)
	%1634 = bitcast i16* %1632 to i32*
	store i32 %1633, i32* %1634
	br label %stored0

stored0:
	%1635 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %520, i32 1, i32 31)
	%1636 = fadd float %520, %1635
	%1637 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1636, i32 2, i32 31)
	%1638 = fadd float %1636, %1637
	%1639 = fcmp ogt float %1638, 0.0
	%1640 = fdiv float 1.0, %1638
	%1641 = select i1 %1639, float %1640, float 0.0
	%1642 = mul i32 %3, 16
	%1643 = add i32 %12, %1642
	%1644 = add i32 %5, 8
	%1645 = add i32 %1643, %1644
	%1646 = fmul float %524, %1641
	%1647 = fmul float %525, %1641
	%1648 = fmul float %528, %1641
	%1649 = fmul float %529, %1641
	%1650 = fmul float %532, %1641
	%1651 = fmul float %533, %1641
	%1652 = fmul float %536, %1641
	%1653 = fmul float %537, %1641
	%1654 = fmul float %540, %1641
	%1655 = fmul float %541, %1641
	%1656 = fmul float %544, %1641
	%1657 = fmul float %545, %1641
	%1658 = fmul float %548, %1641
	%1659 = fmul float %549, %1641
	%1660 = fmul float %552, %1641
	%1661 = fmul float %553, %1641
	%1662 = icmp slt i32 %1645, %M
	br i1 %1662, label %store1, label %stored1

store1:
	%1663 = mul i32 %10, %M
	%1664 = add i32 %1663, %1645
	%1665 = mul i32 %1664, 64
	%1666 = shl i32 %6, 1
	%1667 = add i32 0, %1666
	%1668 = add i32 %1665, %1667
	%1669 = sext i32 %1668 to i64
	%1670 = getelementptr i16, i16* %out, i64 %1669
	%1671 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1647, float %1646)
	%1672 = bitcast i16* %1670 to i32*
	store i32 %1671, i32* %1672
	%1673 = shl i32 %6, 1
	%1674 = add i32 8, %1673
	%1675 = add i32 %1665, %1674
	%1676 = sext i32 %1675 to i64
	%1677 = getelementptr i16, i16* %out, i64 %1676
	%1678 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1649, float %1648)
	%1679 = bitcast i16* %1677 to i32*
	store i32 %1678, i32* %1679
	%1680 = shl i32 %6, 1
	%1681 = add i32 16, %1680
	%1682 = add i32 %1665, %1681
	%1683 = sext i32 %1682 to i64
	%1684 = getelementptr i16, i16* %out, i64 %1683
	%1685 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1651, float %1650)
	%1686 = bitcast i16* %1684 to i32*
	store i32 %1685, i32* %1686
	%1687 = shl i32 %6, 1
	%1688 = add i32 24, %1687
	%1689 = add i32 %1665, %1688
	%1690 = sext i32 %1689 to i64
	%1691 = getelementptr i16, i16* %out, i64 %1690
	%1692 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1653, float %1652)
	%1693 = bitcast i16* %1691 to i32*
	store i32 %1692, i32* %1693
	%1694 = shl i32 %6, 1
	%1695 = add i32 32, %1694
	%1696 = add i32 %1665, %1695
	%1697 = sext i32 %1696 to i64
	%1698 = getelementptr i16, i16* %out, i64 %1697
	%1699 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1655, float %1654)
	%1700 = bitcast i16* %1698 to i32*
	store i32 %1699, i32* %1700
	%1701 = shl i32 %6, 1
	%1702 = add i32 40, %1701
	%1703 = add i32 %1665, %1702
	%1704 = sext i32 %1703 to i64
	%1705 = getelementptr i16, i16* %out, i64 %1704
	%1706 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1657, float %1656)
	%1707 = bitcast i16* %1705 to i32*
	store i32 %1706, i32* %1707
	%1708 = shl i32 %6, 1
	%1709 = add i32 48, %1708
	%1710 = add i32 %1665, %1709
	%1711 = sext i32 %1710 to i64
	%1712 = getelementptr i16, i16* %out, i64 %1711
	%1713 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1659, float %1658)
	%1714 = bitcast i16* %1712 to i32*
	store i32 %1713, i32* %1714
	%1715 = shl i32 %6, 1
	%1716 = add i32 56, %1715
	%1717 = add i32 %1665, %1716
	%1718 = sext i32 %1717 to i64
	%1719 = getelementptr i16, i16* %out, i64 %1718
	%1720 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1661, float %1660)
	%1721 = bitcast i16* %1719 to i32*
	store i32 %1720, i32* %1721
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
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @minference_attn2, !"minctasm", i32 3}
