; esmean
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@esmean_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@esmean_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@esmean_select1_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@esmean_select1_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@esmean_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@esmean_select1_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@esmean_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@esmean_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@esmean_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@esmean_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@esmean_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@esmean_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@esmean_scores0_a = internal addrspace(3) global [1088 x float] undef, align 16
@esmean_scores0_b = internal addrspace(3) global [1088 x float] undef, align 16
@esmean_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
@esmean_attn2_stop = internal addrspace(3) global [8 x float] undef, align 16

define ptx_kernel void @esmean_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
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
	%17 = sub i32 %NK, 1
	br label %18

18:
	%19 = phi i32 [ %0, %entry ], [ %223, %221 ]
	%20 = phi float [ 0xFFF0000000000000, %entry ], [ %222, %221 ]
	%21 = icmp slt i32 %19, %16
	br i1 %21, label %22, label %140

22:
	%23 = sub i32 %16, 1
	%24 = add i32 %19, 0
	%25 = icmp slt i32 %24, %16
	%26 = icmp slt i32 %24, %23
	%27 = select i1 %26, i32 %24, i32 %23
	%28 = add i32 %19, 256
	%29 = icmp slt i32 %28, %16
	%30 = icmp slt i32 %28, %23
	%31 = select i1 %30, i32 %28, i32 %23
	%32 = add i32 %19, 512
	%33 = icmp slt i32 %32, %16
	%34 = icmp slt i32 %32, %23
	%35 = select i1 %34, i32 %32, i32 %23
	%36 = add i32 %19, 768
	%37 = icmp slt i32 %36, %16
	%38 = icmp slt i32 %36, %23
	%39 = select i1 %38, i32 %36, i32 %23
	%40 = add i32 %19, 1024
	%41 = icmp slt i32 %40, %16
	%42 = icmp slt i32 %40, %23
	%43 = select i1 %42, i32 %40, i32 %23
	%44 = add i32 %19, 1280
	%45 = icmp slt i32 %44, %16
	%46 = icmp slt i32 %44, %23
	%47 = select i1 %46, i32 %44, i32 %23
	%48 = add i32 %19, 1536
	%49 = icmp slt i32 %48, %16
	%50 = icmp slt i32 %48, %23
	%51 = select i1 %50, i32 %48, i32 %23
	%52 = add i32 %19, 1792
	%53 = icmp slt i32 %52, %16
	%54 = icmp slt i32 %52, %23
	%55 = select i1 %54, i32 %52, i32 %23
	%56 = icmp slt i32 %24, %17
	%57 = select i1 %56, i32 %24, i32 %17
	%58 = add i32 %10, %57
	%59 = sext i32 %58 to i64
	%60 = getelementptr i8, i8* %cls, i64 %59
	%61 = load i8, i8* %60
	%62 = add i32 %11, %57
	%63 = sext i32 %62 to i64
	%64 = getelementptr float, float* %e, i64 %63
	%65 = load float, float* %64
	%66 = icmp slt i32 %28, %17
	%67 = select i1 %66, i32 %28, i32 %17
	%68 = add i32 %10, %67
	%69 = sext i32 %68 to i64
	%70 = getelementptr i8, i8* %cls, i64 %69
	%71 = load i8, i8* %70
	%72 = add i32 %11, %67
	%73 = sext i32 %72 to i64
	%74 = getelementptr float, float* %e, i64 %73
	%75 = load float, float* %74
	%76 = icmp slt i32 %32, %17
	%77 = select i1 %76, i32 %32, i32 %17
	%78 = add i32 %10, %77
	%79 = sext i32 %78 to i64
	%80 = getelementptr i8, i8* %cls, i64 %79
	%81 = load i8, i8* %80
	%82 = add i32 %11, %77
	%83 = sext i32 %82 to i64
	%84 = getelementptr float, float* %e, i64 %83
	%85 = load float, float* %84
	%86 = icmp slt i32 %36, %17
	%87 = select i1 %86, i32 %36, i32 %17
	%88 = add i32 %10, %87
	%89 = sext i32 %88 to i64
	%90 = getelementptr i8, i8* %cls, i64 %89
	%91 = load i8, i8* %90
	%92 = add i32 %11, %87
	%93 = sext i32 %92 to i64
	%94 = getelementptr float, float* %e, i64 %93
	%95 = load float, float* %94
	%96 = icmp slt i32 %40, %17
	%97 = select i1 %96, i32 %40, i32 %17
	%98 = add i32 %10, %97
	%99 = sext i32 %98 to i64
	%100 = getelementptr i8, i8* %cls, i64 %99
	%101 = load i8, i8* %100
	%102 = add i32 %11, %97
	%103 = sext i32 %102 to i64
	%104 = getelementptr float, float* %e, i64 %103
	%105 = load float, float* %104
	%106 = icmp slt i32 %44, %17
	%107 = select i1 %106, i32 %44, i32 %17
	%108 = add i32 %10, %107
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = add i32 %11, %107
	%113 = sext i32 %112 to i64
	%114 = getelementptr float, float* %e, i64 %113
	%115 = load float, float* %114
	%116 = icmp slt i32 %48, %17
	%117 = select i1 %116, i32 %48, i32 %17
	%118 = add i32 %10, %117
	%119 = sext i32 %118 to i64
	%120 = getelementptr i8, i8* %cls, i64 %119
	%121 = load i8, i8* %120
	%122 = add i32 %11, %117
	%123 = sext i32 %122 to i64
	%124 = getelementptr float, float* %e, i64 %123
	%125 = load float, float* %124
	%126 = icmp slt i32 %52, %17
	%127 = select i1 %126, i32 %52, i32 %17
	%128 = add i32 %10, %127
	%129 = sext i32 %128 to i64
	%130 = getelementptr i8, i8* %cls, i64 %129
	%131 = load i8, i8* %130
	%132 = add i32 %11, %127
	%133 = sext i32 %132 to i64
	%134 = getelementptr float, float* %e, i64 %133
	%135 = load float, float* %134
	%136 = icmp slt i32 %24, %NK
	%137 = icmp ne i8 %61, 0
	%138 = and i1 %136, %137
	%139 = select i1 %138, float %65, float 0xFFF0000000000000
	br i1 %25, label %155, label %158

140:
	%141 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %20, i32 16, i32 31)
	%142 = call float @llvm.nvvm.fmax.f(float %20, float %141)
	%143 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %142, i32 8, i32 31)
	%144 = call float @llvm.nvvm.fmax.f(float %142, float %143)
	%145 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %144, i32 4, i32 31)
	%146 = call float @llvm.nvvm.fmax.f(float %144, float %145)
	%147 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %146, i32 2, i32 31)
	%148 = call float @llvm.nvvm.fmax.f(float %146, float %147)
	%149 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %148, i32 1, i32 31)
	%150 = call float @llvm.nvvm.fmax.f(float %148, float %149)
	%151 = lshr i32 %0, 5
	%152 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%153 = icmp eq i32 %152, 0
	%154 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 %151
	br i1 %153, label %224, label %225

155:
	%156 = bitcast float %139 to i32
	%157 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %24
	store i32 %156, i32 addrspace(3)* %157
	br label %158

158:
	%159 = call float @llvm.nvvm.fmax.f(float %20, float %139)
	%160 = icmp slt i32 %28, %NK
	%161 = icmp ne i8 %71, 0
	%162 = and i1 %160, %161
	%163 = select i1 %162, float %75, float 0xFFF0000000000000
	br i1 %29, label %164, label %167

164:
	%165 = bitcast float %163 to i32
	%166 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %28
	store i32 %165, i32 addrspace(3)* %166
	br label %167

167:
	%168 = call float @llvm.nvvm.fmax.f(float %159, float %163)
	%169 = icmp slt i32 %32, %NK
	%170 = icmp ne i8 %81, 0
	%171 = and i1 %169, %170
	%172 = select i1 %171, float %85, float 0xFFF0000000000000
	br i1 %33, label %173, label %176

173:
	%174 = bitcast float %172 to i32
	%175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %32
	store i32 %174, i32 addrspace(3)* %175
	br label %176

176:
	%177 = call float @llvm.nvvm.fmax.f(float %168, float %172)
	%178 = icmp slt i32 %36, %NK
	%179 = icmp ne i8 %91, 0
	%180 = and i1 %178, %179
	%181 = select i1 %180, float %95, float 0xFFF0000000000000
	br i1 %37, label %182, label %185

182:
	%183 = bitcast float %181 to i32
	%184 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %36
	store i32 %183, i32 addrspace(3)* %184
	br label %185

185:
	%186 = call float @llvm.nvvm.fmax.f(float %177, float %181)
	%187 = icmp slt i32 %40, %NK
	%188 = icmp ne i8 %101, 0
	%189 = and i1 %187, %188
	%190 = select i1 %189, float %105, float 0xFFF0000000000000
	br i1 %41, label %191, label %194

191:
	%192 = bitcast float %190 to i32
	%193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %40
	store i32 %192, i32 addrspace(3)* %193
	br label %194

194:
	%195 = call float @llvm.nvvm.fmax.f(float %186, float %190)
	%196 = icmp slt i32 %44, %NK
	%197 = icmp ne i8 %111, 0
	%198 = and i1 %196, %197
	%199 = select i1 %198, float %115, float 0xFFF0000000000000
	br i1 %45, label %200, label %203

200:
	%201 = bitcast float %199 to i32
	%202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %44
	store i32 %201, i32 addrspace(3)* %202
	br label %203

203:
	%204 = call float @llvm.nvvm.fmax.f(float %195, float %199)
	%205 = icmp slt i32 %48, %NK
	%206 = icmp ne i8 %121, 0
	%207 = and i1 %205, %206
	%208 = select i1 %207, float %125, float 0xFFF0000000000000
	br i1 %49, label %209, label %212

209:
	%210 = bitcast float %208 to i32
	%211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %48
	store i32 %210, i32 addrspace(3)* %211
	br label %212

212:
	%213 = call float @llvm.nvvm.fmax.f(float %204, float %208)
	%214 = icmp slt i32 %52, %NK
	%215 = icmp ne i8 %131, 0
	%216 = and i1 %214, %215
	%217 = select i1 %216, float %135, float 0xFFF0000000000000
	br i1 %53, label %218, label %221

218:
	%219 = bitcast float %217 to i32
	%220 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %52
	store i32 %219, i32 addrspace(3)* %220
	br label %221

221:
	%222 = call float @llvm.nvvm.fmax.f(float %213, float %217)
	%223 = add i32 %19, 2048
	br label %18

224:
	store float %150, float addrspace(3)* %154
	br label %225

225:
	call void @llvm.nvvm.barrier0()
	%226 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 0
	%227 = load float, float addrspace(3)* %226
	%228 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 1
	%229 = load float, float addrspace(3)* %228
	%230 = call float @llvm.nvvm.fmax.f(float %227, float %229)
	%231 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 2
	%232 = load float, float addrspace(3)* %231
	%233 = call float @llvm.nvvm.fmax.f(float %230, float %232)
	%234 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 3
	%235 = load float, float addrspace(3)* %234
	%236 = call float @llvm.nvvm.fmax.f(float %233, float %235)
	%237 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 4
	%238 = load float, float addrspace(3)* %237
	%239 = call float @llvm.nvvm.fmax.f(float %236, float %238)
	%240 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 5
	%241 = load float, float addrspace(3)* %240
	%242 = call float @llvm.nvvm.fmax.f(float %239, float %241)
	%243 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 6
	%244 = load float, float addrspace(3)* %243
	%245 = call float @llvm.nvvm.fmax.f(float %242, float %244)
	%246 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 7
	%247 = load float, float addrspace(3)* %246
	%248 = call float @llvm.nvvm.fmax.f(float %245, float %247)
	%249 = fcmp oeq float %248, 0xFFF0000000000000
	%250 = select i1 %249, float 0.0, float %248
	br label %251

251:
	%252 = phi i32 [ %0, %225 ], [ %267, %255 ]
	%253 = phi float [ 0.0, %225 ], [ %266, %255 ]
	%254 = icmp slt i32 %252, %16
	br i1 %254, label %255, label %268

255:
	%256 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %252
	%257 = load i32, i32 addrspace(3)* %256
	%258 = bitcast i32 %257 to float
	%259 = fcmp one float %258, 0xFFF0000000000000
	%260 = fsub float %258, %250
	%261 = call float @llvm.nvvm.ex2.approx.ftz.f(float %260)
	%262 = select i1 %259, float %261, float -1.0
	%263 = bitcast float %262 to i32
	%264 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %252
	store i32 %263, i32 addrspace(3)* %264
	%265 = select i1 %259, float %261, float 0.0
	%266 = fadd float %253, %265
	%267 = add i32 %252, 256
	br label %251

268:
	%269 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %253, i32 16, i32 31)
	%270 = fadd float %253, %269
	%271 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %270, i32 8, i32 31)
	%272 = fadd float %270, %271
	%273 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %272, i32 4, i32 31)
	%274 = fadd float %272, %273
	%275 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %274, i32 2, i32 31)
	%276 = fadd float %274, %275
	%277 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %276, i32 1, i32 31)
	%278 = fadd float %276, %277
	%279 = lshr i32 %0, 5
	%280 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%281 = icmp eq i32 %280, 0
	%282 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 %279
	br i1 %281, label %283, label %284

283:
	store float %278, float addrspace(3)* %282
	br label %284

284:
	call void @llvm.nvvm.barrier0()
	%285 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 0
	%286 = load float, float addrspace(3)* %285
	%287 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 1
	%288 = load float, float addrspace(3)* %287
	%289 = fadd float %286, %288
	%290 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 2
	%291 = load float, float addrspace(3)* %290
	%292 = fadd float %289, %291
	%293 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 3
	%294 = load float, float addrspace(3)* %293
	%295 = fadd float %292, %294
	%296 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 4
	%297 = load float, float addrspace(3)* %296
	%298 = fadd float %295, %297
	%299 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 5
	%300 = load float, float addrspace(3)* %299
	%301 = fadd float %298, %300
	%302 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 6
	%303 = load float, float addrspace(3)* %302
	%304 = fadd float %301, %303
	%305 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 7
	%306 = load float, float addrspace(3)* %305
	%307 = fadd float %304, %306
	%308 = fdiv float 1.0, %307
	%309 = mul i32 %1, 64
	%310 = add i32 %309, %off
	%311 = add i32 %1, 1
	%312 = mul i32 %311, 64
	%313 = icmp slt i32 %312, %M
	%314 = select i1 %313, i32 %312, i32 %M
	%315 = sub i32 %314, 1
	%316 = add i32 %315, %off
	%317 = icmp slt i32 %310, 0
	%318 = sub i32 0, %310
	%319 = sub i32 64, 1
	%320 = add i32 %318, %319
	%321 = sdiv i32 %320, 64
	%322 = sub i32 0, %321
	%323 = sdiv i32 %310, 64
	%324 = select i1 %317, i32 %322, i32 %323
	%325 = icmp slt i32 %316, 0
	%326 = sub i32 0, %316
	%327 = sub i32 64, 1
	%328 = add i32 %326, %327
	%329 = sdiv i32 %328, 64
	%330 = sub i32 0, %329
	%331 = sdiv i32 %316, 64
	%332 = select i1 %325, i32 %330, i32 %331
	br label %333

333:
	%334 = phi i32 [ %0, %284 ], [ %376, %364 ]
	%335 = phi float [ 0.0, %284 ], [ %375, %364 ]
	%336 = icmp slt i32 %334, %16
	br i1 %336, label %337, label %345

337:
	%338 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %334
	%339 = load i32, i32 addrspace(3)* %338
	%340 = bitcast i32 %339 to float
	%341 = fcmp oge float %340, 0.0
	%342 = fmul float %340, %308
	%343 = select i1 %341, float %342, float -1.0
	%344 = icmp slt i32 %334, %NK
	br i1 %344, label %360, label %364

345:
	%346 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %335, i32 16, i32 31)
	%347 = fadd float %335, %346
	%348 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %347, i32 8, i32 31)
	%349 = fadd float %347, %348
	%350 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %349, i32 4, i32 31)
	%351 = fadd float %349, %350
	%352 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %351, i32 2, i32 31)
	%353 = fadd float %351, %352
	%354 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %353, i32 1, i32 31)
	%355 = fadd float %353, %354
	%356 = lshr i32 %0, 5
	%357 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%358 = icmp eq i32 %357, 0
	%359 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 %356
	br i1 %358, label %377, label %378

360:
	%361 = add i32 %11, %334
	%362 = sext i32 %361 to i64
	%363 = getelementptr float, float* %e, i64 %362
	store float %343, float* %363
	br label %364

364:
	%365 = icmp sge i32 %334, %324
	%366 = icmp sle i32 %334, %332
	%367 = and i1 %365, %366
	%368 = or i1 false, %367
	%369 = bitcast float %343 to i32
	%370 = add i32 %369, 2
	%371 = select i1 %368, i32 1, i32 %370
	%372 = select i1 %341, i32 %371, i32 0
	%373 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %334
	store i32 %372, i32 addrspace(3)* %373
	%374 = uitofp i1 %341 to float
	%375 = fadd float %335, %374
	%376 = add i32 %334, 256
	br label %333

377:
	store float %355, float addrspace(3)* %359
	br label %378

378:
	call void @llvm.nvvm.barrier0()
	%379 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 0
	%380 = load float, float addrspace(3)* %379
	%381 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 1
	%382 = load float, float addrspace(3)* %381
	%383 = fadd float %380, %382
	%384 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 2
	%385 = load float, float addrspace(3)* %384
	%386 = fadd float %383, %385
	%387 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 3
	%388 = load float, float addrspace(3)* %387
	%389 = fadd float %386, %388
	%390 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 4
	%391 = load float, float addrspace(3)* %390
	%392 = fadd float %389, %391
	%393 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 5
	%394 = load float, float addrspace(3)* %393
	%395 = fadd float %392, %394
	%396 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 6
	%397 = load float, float addrspace(3)* %396
	%398 = fadd float %395, %397
	%399 = getelementptr [32 x float], [32 x float] addrspace(3)* @esmean_select1_red, i32 0, i32 7
	%400 = load float, float addrspace(3)* %399
	%401 = fadd float %398, %400
	%402 = fptosi float %401 to i32
	%403 = icmp eq i32 %0, 0
	br i1 %403, label %404, label %408

404:
	%405 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 0
	%406 = load i32, i32 addrspace(3)* %405
	%407 = icmp eq i32 %406, 1
	br i1 %407, label %416, label %424

408:
	call void @llvm.nvvm.barrier0()
	%409 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @esmean_select1_cnt, i32 0, i32 0
	%410 = load i32, i32 addrspace(3)* %409
	%411 = sub i32 %402, %410
	%412 = icmp sgt i32 %411, 0
	%413 = select i1 %412, i32 %411, i32 0
	%414 = shl i32 1, %3
	%415 = sub i32 %414, 1
	br label %470

416:
	%417 = add i32 %13, 0
	%418 = sext i32 %417 to i64
	%419 = getelementptr i32, i32* %list, i64 %418
	store i32 0, i32* %419
	%420 = add i32 %13, %NK
	%421 = add i32 %420, 0
	%422 = sext i32 %421 to i64
	%423 = getelementptr i32, i32* %list, i64 %422
	store i32 1, i32* %423
	br label %424

424:
	%425 = add i32 %11, 0
	%426 = sext i32 %425 to i64
	%427 = getelementptr float, float* %e, i64 %426
	%428 = load float, float* %427
	%429 = add i32 0, 1
	%430 = select i1 %407, i32 %429, i32 0
	%431 = fpext float %428 to double
	%432 = fadd double 0.0, %431
	%433 = select i1 %407, double %432, double 0.0
	%434 = icmp sgt i32 %324, 1
	%435 = select i1 %434, i32 %324, i32 1
	%436 = add i32 %332, 1
	%437 = icmp slt i32 %436, %NK
	%438 = select i1 %437, i32 %436, i32 %NK
	br label %439

439:
	%440 = phi i32 [ %435, %424 ], [ %469, %459 ]
	%441 = phi i32 [ %430, %424 ], [ %465, %459 ]
	%442 = phi double [ %433, %424 ], [ %468, %459 ]
	%443 = icmp slt i32 %440, %438
	br i1 %443, label %444, label %448

444:
	%445 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %440
	%446 = load i32, i32 addrspace(3)* %445
	%447 = icmp eq i32 %446, 1
	br i1 %447, label %451, label %459

448:
	%449 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @esmean_select1_cnt, i32 0, i32 0
	store i32 %441, i32 addrspace(3)* %449
	%450 = getelementptr [1 x double], [1 x double] addrspace(3)* @esmean_select1_mass, i32 0, i32 0
	store double %442, double addrspace(3)* %450
	br label %408

451:
	%452 = add i32 %13, %441
	%453 = sext i32 %452 to i64
	%454 = getelementptr i32, i32* %list, i64 %453
	store i32 %440, i32* %454
	%455 = add i32 %13, %NK
	%456 = add i32 %455, %441
	%457 = sext i32 %456 to i64
	%458 = getelementptr i32, i32* %list, i64 %457
	store i32 1, i32* %458
	br label %459

459:
	%460 = add i32 %11, %440
	%461 = sext i32 %460 to i64
	%462 = getelementptr float, float* %e, i64 %461
	%463 = load float, float* %462
	%464 = add i32 %441, 1
	%465 = select i1 %447, i32 %464, i32 %441
	%466 = fpext float %463 to double
	%467 = fadd double %442, %466
	%468 = select i1 %447, double %467, double %442
	%469 = add i32 %440, 1
	br label %439

470:
	%471 = phi i32 [ 0, %408 ], [ %519, %518 ]
	%472 = icmp slt i32 %471, %16
	br i1 %472, label %473, label %481

473:
	%474 = add i32 %471, %0
	%475 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %474
	%476 = load i32, i32 addrspace(3)* %475
	%477 = icmp ugt i32 %476, 1
	%478 = icmp eq i32 %476, 1
	%479 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %477)
	%480 = icmp eq i32 %3, 0
	br i1 %480, label %512, label %518

481:
	call void @llvm.nvvm.barrier0()
	%482 = sdiv i32 %16, 256
	%483 = mul i32 %482, 8
	%484 = icmp slt i32 %0, %483
	%485 = select i1 %484, i32 %0, i32 0
	%486 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @esmean_select1_cmpg, i32 0, i32 %485
	%487 = load i32, i32 addrspace(3)* %486
	%488 = select i1 %484, i32 %487, i32 0
	%489 = and i32 %0, 31
	%490 = lshr i32 %0, 5
	%491 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %488, i32 1, i32 0)
	%492 = icmp uge i32 %489, 1
	%493 = select i1 %492, i32 %491, i32 0
	%494 = add i32 %488, %493
	%495 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %494, i32 2, i32 0)
	%496 = icmp uge i32 %489, 2
	%497 = select i1 %496, i32 %495, i32 0
	%498 = add i32 %494, %497
	%499 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %498, i32 4, i32 0)
	%500 = icmp uge i32 %489, 4
	%501 = select i1 %500, i32 %499, i32 0
	%502 = add i32 %498, %501
	%503 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %502, i32 8, i32 0)
	%504 = icmp uge i32 %489, 8
	%505 = select i1 %504, i32 %503, i32 0
	%506 = add i32 %502, %505
	%507 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %506, i32 16, i32 0)
	%508 = icmp uge i32 %489, 16
	%509 = select i1 %508, i32 %507, i32 0
	%510 = add i32 %506, %509
	%511 = icmp eq i32 %489, 31
	br i1 %511, label %520, label %522

512:
	%513 = sdiv i32 %471, 256
	%514 = mul i32 %513, 8
	%515 = add i32 %514, %4
	%516 = call i32 @llvm.ctpop.i32(i32 %479)
	%517 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @esmean_select1_cmpg, i32 0, i32 %515
	store i32 %516, i32 addrspace(3)* %517
	br label %518

518:
	%519 = add i32 %471, 256
	br label %470

520:
	%521 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 %490
	store i32 %510, i32 addrspace(3)* %521
	br label %522

522:
	call void @llvm.nvvm.barrier0()
	%523 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 0
	%524 = load i32, i32 addrspace(3)* %523
	%525 = icmp sgt i32 %490, 0
	%526 = select i1 %525, i32 %524, i32 0
	%527 = add i32 0, %526
	%528 = add i32 0, %524
	%529 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 1
	%530 = load i32, i32 addrspace(3)* %529
	%531 = icmp sgt i32 %490, 1
	%532 = select i1 %531, i32 %530, i32 0
	%533 = add i32 %527, %532
	%534 = add i32 %528, %530
	%535 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 2
	%536 = load i32, i32 addrspace(3)* %535
	%537 = icmp sgt i32 %490, 2
	%538 = select i1 %537, i32 %536, i32 0
	%539 = add i32 %533, %538
	%540 = add i32 %534, %536
	%541 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 3
	%542 = load i32, i32 addrspace(3)* %541
	%543 = icmp sgt i32 %490, 3
	%544 = select i1 %543, i32 %542, i32 0
	%545 = add i32 %539, %544
	%546 = add i32 %540, %542
	%547 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 4
	%548 = load i32, i32 addrspace(3)* %547
	%549 = icmp sgt i32 %490, 4
	%550 = select i1 %549, i32 %548, i32 0
	%551 = add i32 %545, %550
	%552 = add i32 %546, %548
	%553 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 5
	%554 = load i32, i32 addrspace(3)* %553
	%555 = icmp sgt i32 %490, 5
	%556 = select i1 %555, i32 %554, i32 0
	%557 = add i32 %551, %556
	%558 = add i32 %552, %554
	%559 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 6
	%560 = load i32, i32 addrspace(3)* %559
	%561 = icmp sgt i32 %490, 6
	%562 = select i1 %561, i32 %560, i32 0
	%563 = add i32 %557, %562
	%564 = add i32 %558, %560
	%565 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @esmean_select1_scanb, i32 0, i32 7
	%566 = load i32, i32 addrspace(3)* %565
	%567 = icmp sgt i32 %490, 7
	%568 = select i1 %567, i32 %566, i32 0
	%569 = add i32 %563, %568
	%570 = add i32 %564, %566
	%571 = add i32 %569, %510
	%572 = sub i32 %571, %488
	br i1 %484, label %573, label %575

573:
	%574 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @esmean_select1_cmpg, i32 0, i32 %0
	store i32 %572, i32 addrspace(3)* %574
	br label %575

575:
	call void @llvm.nvvm.barrier0()
	br label %576

576:
	%577 = phi i32 [ 0, %575 ], [ %602, %601 ]
	%578 = icmp slt i32 %577, %16
	br i1 %578, label %579, label %595

579:
	%580 = add i32 %577, %0
	%581 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %580
	%582 = load i32, i32 addrspace(3)* %581
	%583 = icmp ugt i32 %582, 1
	%584 = icmp eq i32 %582, 1
	%585 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %583)
	%586 = sdiv i32 %577, 256
	%587 = mul i32 %586, 8
	%588 = add i32 %587, %4
	%589 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %583)
	%590 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @esmean_select1_cmpg, i32 0, i32 %588
	%591 = load i32, i32 addrspace(3)* %590
	%592 = and i32 %589, %415
	%593 = call i32 @llvm.ctpop.i32(i32 %592)
	%594 = add i32 %591, %593
	br i1 %583, label %598, label %601

595:
	call void @llvm.nvvm.barrier0()
	%596 = icmp slt i32 %0, %413
	%597 = icmp sle i32 %413, 256
	br i1 %597, label %write_rank, label %write_sort

598:
	%599 = add i32 %577, %0
	%600 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %594
	store i32 %599, i32 addrspace(3)* %600
	br label %601

601:
	%602 = add i32 %577, 256
	br label %576

write_rank:
	br i1 %596, label %694, label %700

write_sort:
	%603 = sub i32 %413, 1
	%604 = call i32 @llvm.ctlz.i32(i32 %603, i1 false)
	%605 = icmp sgt i32 %413, 1
	%606 = sub i32 32, %604
	%607 = select i1 %605, i32 %606, i32 0
	%608 = shl i32 1, %607
	%609 = add i32 %413, %0
	br label %612

write_done:
	%610 = add i32 %410, %413
	%611 = add i32 %610, %0
	br label %733

612:
	%613 = phi i32 [ %609, %write_sort ], [ %617, %615 ]
	%614 = icmp slt i32 %613, %608
	br i1 %614, label %615, label %618

615:
	%616 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %613
	store i32 -1, i32 addrspace(3)* %616
	%617 = add i32 %613, 256
	br label %612

618:
	call void @llvm.nvvm.barrier0()
	%619 = add i32 %607, 1
	br label %620

620:
	%621 = phi i32 [ 1, %618 ], [ %637, %636 ]
	%622 = icmp slt i32 %621, %619
	br i1 %622, label %623, label %625

623:
	%624 = shl i32 1, %621
	br label %626

625:
	br label %678

626:
	%627 = phi i32 [ 0, %623 ], [ %672, %671 ]
	%628 = icmp slt i32 %627, %621
	br i1 %628, label %629, label %636

629:
	%630 = sub i32 %621, 1
	%631 = sub i32 %630, %627
	%632 = shl i32 1, %631
	%633 = sub i32 %621, 1
	%634 = sub i32 %633, %627
	%635 = lshr i32 %608, 1
	br label %638

636:
	%637 = add i32 %621, 1
	br label %620

638:
	%639 = phi i32 [ %0, %629 ], [ %677, %676 ]
	%640 = icmp slt i32 %639, %635
	br i1 %640, label %641, label %671

641:
	%642 = lshr i32 %639, %634
	%643 = add i32 %634, 1
	%644 = shl i32 %642, %643
	%645 = sub i32 %632, 1
	%646 = and i32 %639, %645
	%647 = or i32 %644, %646
	%648 = or i32 %647, %632
	%649 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %647
	%650 = load i32, i32 addrspace(3)* %649
	%651 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %648
	%652 = load i32, i32 addrspace(3)* %651
	%653 = and i32 %647, %624
	%654 = icmp eq i32 %653, 0
	%655 = icmp sge i32 %652, 0
	%656 = select i1 %655, i32 %652, i32 0
	%657 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %656
	%658 = load i32, i32 addrspace(3)* %657
	%659 = select i1 %655, i32 %658, i32 0
	%660 = icmp sge i32 %650, 0
	%661 = select i1 %660, i32 %650, i32 0
	%662 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %661
	%663 = load i32, i32 addrspace(3)* %662
	%664 = select i1 %660, i32 %663, i32 0
	%665 = icmp ugt i32 %659, %664
	%666 = icmp eq i32 %659, %664
	%667 = icmp slt i32 %652, %650
	%668 = and i1 %666, %667
	%669 = or i1 %665, %668
	%670 = icmp eq i1 %669, %654
	br i1 %670, label %673, label %676

671:
	call void @llvm.nvvm.barrier0()
	%672 = add i32 %627, 1
	br label %626

673:
	%674 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %647
	store i32 %652, i32 addrspace(3)* %674
	%675 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %648
	store i32 %650, i32 addrspace(3)* %675
	br label %676

676:
	%677 = add i32 %639, 256
	br label %638

678:
	%679 = phi i32 [ %0, %625 ], [ %692, %681 ]
	%680 = icmp slt i32 %679, %413
	br i1 %680, label %681, label %693

681:
	%682 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %679
	%683 = load i32, i32 addrspace(3)* %682
	%684 = add i32 %410, %679
	%685 = add i32 %13, %684
	%686 = sext i32 %685 to i64
	%687 = getelementptr i32, i32* %list, i64 %686
	store i32 %683, i32* %687
	%688 = add i32 %13, %NK
	%689 = add i32 %688, %684
	%690 = sext i32 %689 to i64
	%691 = getelementptr i32, i32* %list, i64 %690
	store i32 0, i32* %691
	%692 = add i32 %679, 256
	br label %678

693:
	br label %write_done

694:
	%695 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %0
	%696 = load i32, i32 addrspace(3)* %695
	%697 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_x, i32 0, i32 %696
	%698 = load i32, i32 addrspace(3)* %697
	%699 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @esmean_select1_hist2, i32 0, i32 %0
	store i32 %698, i32 addrspace(3)* %699
	br label %700

700:
	call void @llvm.nvvm.barrier0()
	br i1 %596, label %701, label %706

701:
	%702 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %0
	%703 = load i32, i32 addrspace(3)* %702
	%704 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @esmean_select1_hist2, i32 0, i32 %0
	%705 = load i32, i32 addrspace(3)* %704
	br label %707

706:
	br label %write_done

707:
	%708 = phi i32 [ 0, %701 ], [ %723, %711 ]
	%709 = phi i32 [ 0, %701 ], [ %722, %711 ]
	%710 = icmp slt i32 %708, %413
	br i1 %710, label %711, label %724

711:
	%712 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @esmean_select1_hist2, i32 0, i32 %708
	%713 = load i32, i32 addrspace(3)* %712
	%714 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @esmean_select1_c, i32 0, i32 %708
	%715 = load i32, i32 addrspace(3)* %714
	%716 = icmp ugt i32 %713, %705
	%717 = icmp eq i32 %713, %705
	%718 = icmp slt i32 %715, %703
	%719 = and i1 %717, %718
	%720 = or i1 %716, %719
	%721 = zext i1 %720 to i32
	%722 = add i32 %709, %721
	%723 = add i32 %708, 1
	br label %707

724:
	%725 = add i32 %410, %709
	%726 = add i32 %13, %725
	%727 = sext i32 %726 to i64
	%728 = getelementptr i32, i32* %list, i64 %727
	store i32 %703, i32* %728
	%729 = add i32 %13, %NK
	%730 = add i32 %729, %725
	%731 = sext i32 %730 to i64
	%732 = getelementptr i32, i32* %list, i64 %731
	store i32 0, i32* %732
	br label %706

733:
	%734 = phi i32 [ %611, %write_done ], [ %744, %736 ]
	%735 = icmp slt i32 %734, %NK
	br i1 %735, label %736, label %745

736:
	%737 = add i32 %13, %734
	%738 = sext i32 %737 to i64
	%739 = getelementptr i32, i32* %list, i64 %738
	store i32 -1, i32* %739
	%740 = add i32 %13, %NK
	%741 = add i32 %740, %734
	%742 = sext i32 %741 to i64
	%743 = getelementptr i32, i32* %list, i64 %742
	store i32 -1, i32* %743
	%744 = add i32 %734, 256
	br label %733

745:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

define ptx_kernel void @esmean_pool_q0(i16* %x, float* %out, i32 %L, i32 %NT) {
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

define ptx_kernel void @esmean_pool_k0(i16* %x, float* %out, i32 %L, i32 %NT) {
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

define ptx_kernel void @esmean_scores0(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
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
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_a, i32 0, i32 %283
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
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_b, i32 0, i32 %296
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
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_a, i32 0, i32 %315
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
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_b, i32 0, i32 %328
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
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_a, i32 0, i32 %347
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
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_b, i32 0, i32 %360
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
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_a, i32 0, i32 %379
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
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_b, i32 0, i32 %392
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
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @esmean_scores0_b, i32 0, i32 %433
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

define ptx_kernel void @esmean_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i32* %visits) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @esmean_attn2_smem to i32
	%1 = add i32 %0, u0x2000
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
	%130 = mul i32 %49, 64
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
	%157 = add i32 %139, 32
	%158 = icmp slt i32 %157, %N
	%159 = getelementptr i16, i16* %144, i64 2048
	%160 = select i1 %158, i16* %159, i16* %32
	%161 = add i32 %138, u0x1000
	%162 = select i1 %158, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %161, i16* %160, i32 %162)
	%163 = add i32 %139, 48
	%164 = icmp slt i32 %163, %N
	%165 = getelementptr i16, i16* %144, i64 3072
	%166 = select i1 %164, i16* %165, i16* %32
	%167 = add i32 %138, 6144
	%168 = select i1 %164, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %167, i16* %166, i32 %168)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%169 = phi i32 [ 0, %prologue ], [ %1309, %pv ]
	%170 = phi i32 [ %49, %prologue ], [ %1316, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1651, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1652, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1653, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1654, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1656, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1657, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1658, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1659, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1668, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1669, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1670, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1671, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1673, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1674, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1675, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1676, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1685, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1686, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1687, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1688, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1690, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1691, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1692, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1693, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1702, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1703, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1704, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1705, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1707, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1708, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1709, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1710, %pv ]
	%203 = phi float [ 0xFFF0000000000000, %prologue ], [ %1137, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1188, %pv ]
	%205 = phi float [ 0xFFF0000000000000, %prologue ], [ %1189, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1240, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%207 = mul i32 %170, 64
	%208 = lshr i32 %2, 3
	%209 = and i32 %2, 7
	%210 = and i32 %208, 7
	%211 = xor i32 %209, %210
	%212 = mul i32 %208, 8
	%213 = add i32 %212, %211
	%214 = shl i32 %213, 4
	%215 = add i32 %1, %214
	%216 = add i32 %207, %208
	%217 = mul i32 %216, 64
	%218 = mul i32 %209, 8
	%219 = add i32 %217, %218
	%220 = sext i32 %219 to i64
	%221 = getelementptr i16, i16* %36, i64 %220
	%222 = add i32 %216, 0
	%223 = icmp slt i32 %222, %N
	%224 = getelementptr i16, i16* %221, i64 0
	%225 = select i1 %223, i16* %224, i16* %36
	%226 = add i32 %215, 0
	%227 = select i1 %223, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %226, i16* %225, i32 %227)
	%228 = add i32 %216, 16
	%229 = icmp slt i32 %228, %N
	%230 = getelementptr i16, i16* %221, i64 1024
	%231 = select i1 %229, i16* %230, i16* %36
	%232 = add i32 %215, 2048
	%233 = select i1 %229, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %232, i16* %231, i32 %233)
	%234 = add i32 %216, 32
	%235 = icmp slt i32 %234, %N
	%236 = getelementptr i16, i16* %221, i64 2048
	%237 = select i1 %235, i16* %236, i16* %36
	%238 = add i32 %215, u0x1000
	%239 = select i1 %235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %238, i16* %237, i32 %239)
	%240 = add i32 %216, 48
	%241 = icmp slt i32 %240, %N
	%242 = getelementptr i16, i16* %221, i64 3072
	%243 = select i1 %241, i16* %242, i16* %36
	%244 = add i32 %215, 6144
	%245 = select i1 %241, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %244, i16* %243, i32 %245)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%246 = and i32 %4, 7
	%247 = shl i32 %96, 3
	%248 = add i32 %246, %247
	%249 = lshr i32 %4, 3
	%250 = and i32 %249, 1
	%251 = mul i32 %248, 128
	%252 = add i32 %0, %251
	%253 = and i32 %4, 7
	%254 = xor i32 %250, %253
	%255 = shl i32 %254, 4
	%256 = add i32 %252, %255
	%257 = xor i32 %256, 0
	%258 = add i32 %257, 0
	%259 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %258)
	%260 = extractvalue { i32, i32, i32, i32 } %259, 0
	%261 = extractvalue { i32, i32, i32, i32 } %259, 1
	%262 = extractvalue { i32, i32, i32, i32 } %259, 2
	%263 = extractvalue { i32, i32, i32, i32 } %259, 3
	%264 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %260, i32 %261, float 0.0, float 0.0, float 0.0, float 0.0)
	%265 = extractvalue { float, float, float, float } %264, 0
	%266 = extractvalue { float, float, float, float } %264, 1
	%267 = extractvalue { float, float, float, float } %264, 2
	%268 = extractvalue { float, float, float, float } %264, 3
	%269 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %262, i32 %263, float 0.0, float 0.0, float 0.0, float 0.0)
	%270 = extractvalue { float, float, float, float } %269, 0
	%271 = extractvalue { float, float, float, float } %269, 1
	%272 = extractvalue { float, float, float, float } %269, 2
	%273 = extractvalue { float, float, float, float } %269, 3
	%274 = add i32 %257, 2048
	%275 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %274)
	%276 = extractvalue { i32, i32, i32, i32 } %275, 0
	%277 = extractvalue { i32, i32, i32, i32 } %275, 1
	%278 = extractvalue { i32, i32, i32, i32 } %275, 2
	%279 = extractvalue { i32, i32, i32, i32 } %275, 3
	%280 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %276, i32 %277, float 0.0, float 0.0, float 0.0, float 0.0)
	%281 = extractvalue { float, float, float, float } %280, 0
	%282 = extractvalue { float, float, float, float } %280, 1
	%283 = extractvalue { float, float, float, float } %280, 2
	%284 = extractvalue { float, float, float, float } %280, 3
	%285 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %278, i32 %279, float 0.0, float 0.0, float 0.0, float 0.0)
	%286 = extractvalue { float, float, float, float } %285, 0
	%287 = extractvalue { float, float, float, float } %285, 1
	%288 = extractvalue { float, float, float, float } %285, 2
	%289 = extractvalue { float, float, float, float } %285, 3
	%290 = add i32 %257, u0x1000
	%291 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %290)
	%292 = extractvalue { i32, i32, i32, i32 } %291, 0
	%293 = extractvalue { i32, i32, i32, i32 } %291, 1
	%294 = extractvalue { i32, i32, i32, i32 } %291, 2
	%295 = extractvalue { i32, i32, i32, i32 } %291, 3
	%296 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %292, i32 %293, float 0.0, float 0.0, float 0.0, float 0.0)
	%297 = extractvalue { float, float, float, float } %296, 0
	%298 = extractvalue { float, float, float, float } %296, 1
	%299 = extractvalue { float, float, float, float } %296, 2
	%300 = extractvalue { float, float, float, float } %296, 3
	%301 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %294, i32 %295, float 0.0, float 0.0, float 0.0, float 0.0)
	%302 = extractvalue { float, float, float, float } %301, 0
	%303 = extractvalue { float, float, float, float } %301, 1
	%304 = extractvalue { float, float, float, float } %301, 2
	%305 = extractvalue { float, float, float, float } %301, 3
	%306 = add i32 %257, 6144
	%307 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %306)
	%308 = extractvalue { i32, i32, i32, i32 } %307, 0
	%309 = extractvalue { i32, i32, i32, i32 } %307, 1
	%310 = extractvalue { i32, i32, i32, i32 } %307, 2
	%311 = extractvalue { i32, i32, i32, i32 } %307, 3
	%312 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %308, i32 %309, float 0.0, float 0.0, float 0.0, float 0.0)
	%313 = extractvalue { float, float, float, float } %312, 0
	%314 = extractvalue { float, float, float, float } %312, 1
	%315 = extractvalue { float, float, float, float } %312, 2
	%316 = extractvalue { float, float, float, float } %312, 3
	%317 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %310, i32 %311, float 0.0, float 0.0, float 0.0, float 0.0)
	%318 = extractvalue { float, float, float, float } %317, 0
	%319 = extractvalue { float, float, float, float } %317, 1
	%320 = extractvalue { float, float, float, float } %317, 2
	%321 = extractvalue { float, float, float, float } %317, 3
	%322 = xor i32 %256, 32
	%323 = add i32 %322, 0
	%324 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %323)
	%325 = extractvalue { i32, i32, i32, i32 } %324, 0
	%326 = extractvalue { i32, i32, i32, i32 } %324, 1
	%327 = extractvalue { i32, i32, i32, i32 } %324, 2
	%328 = extractvalue { i32, i32, i32, i32 } %324, 3
	%329 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %325, i32 %326, float %265, float %266, float %267, float %268)
	%330 = extractvalue { float, float, float, float } %329, 0
	%331 = extractvalue { float, float, float, float } %329, 1
	%332 = extractvalue { float, float, float, float } %329, 2
	%333 = extractvalue { float, float, float, float } %329, 3
	%334 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %327, i32 %328, float %270, float %271, float %272, float %273)
	%335 = extractvalue { float, float, float, float } %334, 0
	%336 = extractvalue { float, float, float, float } %334, 1
	%337 = extractvalue { float, float, float, float } %334, 2
	%338 = extractvalue { float, float, float, float } %334, 3
	%339 = add i32 %322, 2048
	%340 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %339)
	%341 = extractvalue { i32, i32, i32, i32 } %340, 0
	%342 = extractvalue { i32, i32, i32, i32 } %340, 1
	%343 = extractvalue { i32, i32, i32, i32 } %340, 2
	%344 = extractvalue { i32, i32, i32, i32 } %340, 3
	%345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %341, i32 %342, float %281, float %282, float %283, float %284)
	%346 = extractvalue { float, float, float, float } %345, 0
	%347 = extractvalue { float, float, float, float } %345, 1
	%348 = extractvalue { float, float, float, float } %345, 2
	%349 = extractvalue { float, float, float, float } %345, 3
	%350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %343, i32 %344, float %286, float %287, float %288, float %289)
	%351 = extractvalue { float, float, float, float } %350, 0
	%352 = extractvalue { float, float, float, float } %350, 1
	%353 = extractvalue { float, float, float, float } %350, 2
	%354 = extractvalue { float, float, float, float } %350, 3
	%355 = add i32 %322, u0x1000
	%356 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %355)
	%357 = extractvalue { i32, i32, i32, i32 } %356, 0
	%358 = extractvalue { i32, i32, i32, i32 } %356, 1
	%359 = extractvalue { i32, i32, i32, i32 } %356, 2
	%360 = extractvalue { i32, i32, i32, i32 } %356, 3
	%361 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %357, i32 %358, float %297, float %298, float %299, float %300)
	%362 = extractvalue { float, float, float, float } %361, 0
	%363 = extractvalue { float, float, float, float } %361, 1
	%364 = extractvalue { float, float, float, float } %361, 2
	%365 = extractvalue { float, float, float, float } %361, 3
	%366 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %359, i32 %360, float %302, float %303, float %304, float %305)
	%367 = extractvalue { float, float, float, float } %366, 0
	%368 = extractvalue { float, float, float, float } %366, 1
	%369 = extractvalue { float, float, float, float } %366, 2
	%370 = extractvalue { float, float, float, float } %366, 3
	%371 = add i32 %322, 6144
	%372 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %371)
	%373 = extractvalue { i32, i32, i32, i32 } %372, 0
	%374 = extractvalue { i32, i32, i32, i32 } %372, 1
	%375 = extractvalue { i32, i32, i32, i32 } %372, 2
	%376 = extractvalue { i32, i32, i32, i32 } %372, 3
	%377 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %373, i32 %374, float %313, float %314, float %315, float %316)
	%378 = extractvalue { float, float, float, float } %377, 0
	%379 = extractvalue { float, float, float, float } %377, 1
	%380 = extractvalue { float, float, float, float } %377, 2
	%381 = extractvalue { float, float, float, float } %377, 3
	%382 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %375, i32 %376, float %318, float %319, float %320, float %321)
	%383 = extractvalue { float, float, float, float } %382, 0
	%384 = extractvalue { float, float, float, float } %382, 1
	%385 = extractvalue { float, float, float, float } %382, 2
	%386 = extractvalue { float, float, float, float } %382, 3
	%387 = xor i32 %256, 64
	%388 = add i32 %387, 0
	%389 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %388)
	%390 = extractvalue { i32, i32, i32, i32 } %389, 0
	%391 = extractvalue { i32, i32, i32, i32 } %389, 1
	%392 = extractvalue { i32, i32, i32, i32 } %389, 2
	%393 = extractvalue { i32, i32, i32, i32 } %389, 3
	%394 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %390, i32 %391, float %330, float %331, float %332, float %333)
	%395 = extractvalue { float, float, float, float } %394, 0
	%396 = extractvalue { float, float, float, float } %394, 1
	%397 = extractvalue { float, float, float, float } %394, 2
	%398 = extractvalue { float, float, float, float } %394, 3
	%399 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %392, i32 %393, float %335, float %336, float %337, float %338)
	%400 = extractvalue { float, float, float, float } %399, 0
	%401 = extractvalue { float, float, float, float } %399, 1
	%402 = extractvalue { float, float, float, float } %399, 2
	%403 = extractvalue { float, float, float, float } %399, 3
	%404 = add i32 %387, 2048
	%405 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %404)
	%406 = extractvalue { i32, i32, i32, i32 } %405, 0
	%407 = extractvalue { i32, i32, i32, i32 } %405, 1
	%408 = extractvalue { i32, i32, i32, i32 } %405, 2
	%409 = extractvalue { i32, i32, i32, i32 } %405, 3
	%410 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %406, i32 %407, float %346, float %347, float %348, float %349)
	%411 = extractvalue { float, float, float, float } %410, 0
	%412 = extractvalue { float, float, float, float } %410, 1
	%413 = extractvalue { float, float, float, float } %410, 2
	%414 = extractvalue { float, float, float, float } %410, 3
	%415 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %408, i32 %409, float %351, float %352, float %353, float %354)
	%416 = extractvalue { float, float, float, float } %415, 0
	%417 = extractvalue { float, float, float, float } %415, 1
	%418 = extractvalue { float, float, float, float } %415, 2
	%419 = extractvalue { float, float, float, float } %415, 3
	%420 = add i32 %387, u0x1000
	%421 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %420)
	%422 = extractvalue { i32, i32, i32, i32 } %421, 0
	%423 = extractvalue { i32, i32, i32, i32 } %421, 1
	%424 = extractvalue { i32, i32, i32, i32 } %421, 2
	%425 = extractvalue { i32, i32, i32, i32 } %421, 3
	%426 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %422, i32 %423, float %362, float %363, float %364, float %365)
	%427 = extractvalue { float, float, float, float } %426, 0
	%428 = extractvalue { float, float, float, float } %426, 1
	%429 = extractvalue { float, float, float, float } %426, 2
	%430 = extractvalue { float, float, float, float } %426, 3
	%431 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %424, i32 %425, float %367, float %368, float %369, float %370)
	%432 = extractvalue { float, float, float, float } %431, 0
	%433 = extractvalue { float, float, float, float } %431, 1
	%434 = extractvalue { float, float, float, float } %431, 2
	%435 = extractvalue { float, float, float, float } %431, 3
	%436 = add i32 %387, 6144
	%437 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %436)
	%438 = extractvalue { i32, i32, i32, i32 } %437, 0
	%439 = extractvalue { i32, i32, i32, i32 } %437, 1
	%440 = extractvalue { i32, i32, i32, i32 } %437, 2
	%441 = extractvalue { i32, i32, i32, i32 } %437, 3
	%442 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %438, i32 %439, float %378, float %379, float %380, float %381)
	%443 = extractvalue { float, float, float, float } %442, 0
	%444 = extractvalue { float, float, float, float } %442, 1
	%445 = extractvalue { float, float, float, float } %442, 2
	%446 = extractvalue { float, float, float, float } %442, 3
	%447 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %440, i32 %441, float %383, float %384, float %385, float %386)
	%448 = extractvalue { float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float } %447, 3
	%452 = xor i32 %256, 96
	%453 = add i32 %452, 0
	%454 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %453)
	%455 = extractvalue { i32, i32, i32, i32 } %454, 0
	%456 = extractvalue { i32, i32, i32, i32 } %454, 1
	%457 = extractvalue { i32, i32, i32, i32 } %454, 2
	%458 = extractvalue { i32, i32, i32, i32 } %454, 3
	%459 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %455, i32 %456, float %395, float %396, float %397, float %398)
	%460 = extractvalue { float, float, float, float } %459, 0
	%461 = extractvalue { float, float, float, float } %459, 1
	%462 = extractvalue { float, float, float, float } %459, 2
	%463 = extractvalue { float, float, float, float } %459, 3
	%464 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %457, i32 %458, float %400, float %401, float %402, float %403)
	%465 = extractvalue { float, float, float, float } %464, 0
	%466 = extractvalue { float, float, float, float } %464, 1
	%467 = extractvalue { float, float, float, float } %464, 2
	%468 = extractvalue { float, float, float, float } %464, 3
	%469 = add i32 %452, 2048
	%470 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %469)
	%471 = extractvalue { i32, i32, i32, i32 } %470, 0
	%472 = extractvalue { i32, i32, i32, i32 } %470, 1
	%473 = extractvalue { i32, i32, i32, i32 } %470, 2
	%474 = extractvalue { i32, i32, i32, i32 } %470, 3
	%475 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %471, i32 %472, float %411, float %412, float %413, float %414)
	%476 = extractvalue { float, float, float, float } %475, 0
	%477 = extractvalue { float, float, float, float } %475, 1
	%478 = extractvalue { float, float, float, float } %475, 2
	%479 = extractvalue { float, float, float, float } %475, 3
	%480 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %473, i32 %474, float %416, float %417, float %418, float %419)
	%481 = extractvalue { float, float, float, float } %480, 0
	%482 = extractvalue { float, float, float, float } %480, 1
	%483 = extractvalue { float, float, float, float } %480, 2
	%484 = extractvalue { float, float, float, float } %480, 3
	%485 = add i32 %452, u0x1000
	%486 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %485)
	%487 = extractvalue { i32, i32, i32, i32 } %486, 0
	%488 = extractvalue { i32, i32, i32, i32 } %486, 1
	%489 = extractvalue { i32, i32, i32, i32 } %486, 2
	%490 = extractvalue { i32, i32, i32, i32 } %486, 3
	%491 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %487, i32 %488, float %427, float %428, float %429, float %430)
	%492 = extractvalue { float, float, float, float } %491, 0
	%493 = extractvalue { float, float, float, float } %491, 1
	%494 = extractvalue { float, float, float, float } %491, 2
	%495 = extractvalue { float, float, float, float } %491, 3
	%496 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %489, i32 %490, float %432, float %433, float %434, float %435)
	%497 = extractvalue { float, float, float, float } %496, 0
	%498 = extractvalue { float, float, float, float } %496, 1
	%499 = extractvalue { float, float, float, float } %496, 2
	%500 = extractvalue { float, float, float, float } %496, 3
	%501 = add i32 %452, 6144
	%502 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %501)
	%503 = extractvalue { i32, i32, i32, i32 } %502, 0
	%504 = extractvalue { i32, i32, i32, i32 } %502, 1
	%505 = extractvalue { i32, i32, i32, i32 } %502, 2
	%506 = extractvalue { i32, i32, i32, i32 } %502, 3
	%507 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %503, i32 %504, float %443, float %444, float %445, float %446)
	%508 = extractvalue { float, float, float, float } %507, 0
	%509 = extractvalue { float, float, float, float } %507, 1
	%510 = extractvalue { float, float, float, float } %507, 2
	%511 = extractvalue { float, float, float, float } %507, 3
	%512 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %505, i32 %506, float %448, float %449, float %450, float %451)
	%513 = extractvalue { float, float, float, float } %512, 0
	%514 = extractvalue { float, float, float, float } %512, 1
	%515 = extractvalue { float, float, float, float } %512, 2
	%516 = extractvalue { float, float, float, float } %512, 3
	%517 = mul i32 %3, 16
	%518 = add i32 %24, %517
	%519 = add i32 %5, 0
	%520 = add i32 %518, %519
	%521 = mul i32 %3, 16
	%522 = add i32 %24, %521
	%523 = add i32 %5, 8
	%524 = add i32 %522, %523
	%525 = sitofp i32 %22 to float
	%526 = add i32 %45, %170
	%527 = sext i32 %526 to i64
	%528 = getelementptr i8, i8* %cls, i64 %527
	%529 = load i8, i8* %528
	%530 = icmp ne i8 %529, 2
	br i1 %530, label %partial, label %softmax

epilogue:
	%531 = phi float [ 0.0, %entry ], [ %1188, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1240, %pv ]
	%533 = phi i32 [ 0, %entry ], [ %1309, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1651, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1652, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1653, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1654, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1656, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1657, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1658, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1659, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1668, %pv ]
	%543 = phi float [ 0.0, %entry ], [ %1669, %pv ]
	%544 = phi float [ 0.0, %entry ], [ %1670, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1671, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1673, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %1674, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1675, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1676, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1685, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1686, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1687, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1688, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %1690, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %1691, %pv ]
	%556 = phi float [ 0.0, %entry ], [ %1692, %pv ]
	%557 = phi float [ 0.0, %entry ], [ %1693, %pv ]
	%558 = phi float [ 0.0, %entry ], [ %1702, %pv ]
	%559 = phi float [ 0.0, %entry ], [ %1703, %pv ]
	%560 = phi float [ 0.0, %entry ], [ %1704, %pv ]
	%561 = phi float [ 0.0, %entry ], [ %1705, %pv ]
	%562 = phi float [ 0.0, %entry ], [ %1707, %pv ]
	%563 = phi float [ 0.0, %entry ], [ %1708, %pv ]
	%564 = phi float [ 0.0, %entry ], [ %1709, %pv ]
	%565 = phi float [ 0.0, %entry ], [ %1710, %pv ]
	%566 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %531, i32 1, i32 31)
	%567 = fadd float %531, %566
	%568 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %567, i32 2, i32 31)
	%569 = fadd float %567, %568
	%570 = fcmp ogt float %569, 0.0
	%571 = fdiv float 1.0, %569
	%572 = select i1 %570, float %571, float 0.0
	%573 = mul i32 %3, 16
	%574 = add i32 %24, %573
	%575 = add i32 %5, 0
	%576 = add i32 %574, %575
	%577 = fmul float %534, %572
	%578 = fmul float %535, %572
	%579 = fmul float %538, %572
	%580 = fmul float %539, %572
	%581 = fmul float %542, %572
	%582 = fmul float %543, %572
	%583 = fmul float %546, %572
	%584 = fmul float %547, %572
	%585 = fmul float %550, %572
	%586 = fmul float %551, %572
	%587 = fmul float %554, %572
	%588 = fmul float %555, %572
	%589 = fmul float %558, %572
	%590 = fmul float %559, %572
	%591 = fmul float %562, %572
	%592 = fmul float %563, %572
	%593 = icmp slt i32 %576, %M
	br i1 %593, label %store0, label %stored0

partial:
	%594 = shl i32 %6, 1
	%595 = add i32 0, %594
	%596 = add i32 %207, %595
	%597 = icmp slt i32 %596, %N
	%598 = select i1 %597, i32 %596, i32 0
	%599 = sitofp i32 %520 to float
	%600 = sitofp i32 %598 to float
	%601 = fcmp ole float %600, %599
	%602 = uitofp i1 %601 to float
	%603 = fcmp une float %602, 0.0
	%604 = and i1 %597, %603
	%605 = select i1 %604, float %460, float 0xFFF0000000000000
	%606 = shl i32 %6, 1
	%607 = add i32 1, %606
	%608 = add i32 %207, %607
	%609 = icmp slt i32 %608, %N
	%610 = select i1 %609, i32 %608, i32 0
	%611 = sitofp i32 %520 to float
	%612 = sitofp i32 %610 to float
	%613 = fcmp ole float %612, %611
	%614 = uitofp i1 %613 to float
	%615 = fcmp une float %614, 0.0
	%616 = and i1 %609, %615
	%617 = select i1 %616, float %461, float 0xFFF0000000000000
	%618 = shl i32 %6, 1
	%619 = add i32 0, %618
	%620 = add i32 %207, %619
	%621 = icmp slt i32 %620, %N
	%622 = select i1 %621, i32 %620, i32 0
	%623 = sitofp i32 %524 to float
	%624 = sitofp i32 %622 to float
	%625 = fcmp ole float %624, %623
	%626 = uitofp i1 %625 to float
	%627 = fcmp une float %626, 0.0
	%628 = and i1 %621, %627
	%629 = select i1 %628, float %462, float 0xFFF0000000000000
	%630 = shl i32 %6, 1
	%631 = add i32 1, %630
	%632 = add i32 %207, %631
	%633 = icmp slt i32 %632, %N
	%634 = select i1 %633, i32 %632, i32 0
	%635 = sitofp i32 %524 to float
	%636 = sitofp i32 %634 to float
	%637 = fcmp ole float %636, %635
	%638 = uitofp i1 %637 to float
	%639 = fcmp une float %638, 0.0
	%640 = and i1 %633, %639
	%641 = select i1 %640, float %463, float 0xFFF0000000000000
	%642 = shl i32 %6, 1
	%643 = add i32 8, %642
	%644 = add i32 %207, %643
	%645 = icmp slt i32 %644, %N
	%646 = select i1 %645, i32 %644, i32 0
	%647 = sitofp i32 %520 to float
	%648 = sitofp i32 %646 to float
	%649 = fcmp ole float %648, %647
	%650 = uitofp i1 %649 to float
	%651 = fcmp une float %650, 0.0
	%652 = and i1 %645, %651
	%653 = select i1 %652, float %465, float 0xFFF0000000000000
	%654 = shl i32 %6, 1
	%655 = add i32 9, %654
	%656 = add i32 %207, %655
	%657 = icmp slt i32 %656, %N
	%658 = select i1 %657, i32 %656, i32 0
	%659 = sitofp i32 %520 to float
	%660 = sitofp i32 %658 to float
	%661 = fcmp ole float %660, %659
	%662 = uitofp i1 %661 to float
	%663 = fcmp une float %662, 0.0
	%664 = and i1 %657, %663
	%665 = select i1 %664, float %466, float 0xFFF0000000000000
	%666 = shl i32 %6, 1
	%667 = add i32 8, %666
	%668 = add i32 %207, %667
	%669 = icmp slt i32 %668, %N
	%670 = select i1 %669, i32 %668, i32 0
	%671 = sitofp i32 %524 to float
	%672 = sitofp i32 %670 to float
	%673 = fcmp ole float %672, %671
	%674 = uitofp i1 %673 to float
	%675 = fcmp une float %674, 0.0
	%676 = and i1 %669, %675
	%677 = select i1 %676, float %467, float 0xFFF0000000000000
	%678 = shl i32 %6, 1
	%679 = add i32 9, %678
	%680 = add i32 %207, %679
	%681 = icmp slt i32 %680, %N
	%682 = select i1 %681, i32 %680, i32 0
	%683 = sitofp i32 %524 to float
	%684 = sitofp i32 %682 to float
	%685 = fcmp ole float %684, %683
	%686 = uitofp i1 %685 to float
	%687 = fcmp une float %686, 0.0
	%688 = and i1 %681, %687
	%689 = select i1 %688, float %468, float 0xFFF0000000000000
	%690 = shl i32 %6, 1
	%691 = add i32 16, %690
	%692 = add i32 %207, %691
	%693 = icmp slt i32 %692, %N
	%694 = select i1 %693, i32 %692, i32 0
	%695 = sitofp i32 %520 to float
	%696 = sitofp i32 %694 to float
	%697 = fcmp ole float %696, %695
	%698 = uitofp i1 %697 to float
	%699 = fcmp une float %698, 0.0
	%700 = and i1 %693, %699
	%701 = select i1 %700, float %476, float 0xFFF0000000000000
	%702 = shl i32 %6, 1
	%703 = add i32 17, %702
	%704 = add i32 %207, %703
	%705 = icmp slt i32 %704, %N
	%706 = select i1 %705, i32 %704, i32 0
	%707 = sitofp i32 %520 to float
	%708 = sitofp i32 %706 to float
	%709 = fcmp ole float %708, %707
	%710 = uitofp i1 %709 to float
	%711 = fcmp une float %710, 0.0
	%712 = and i1 %705, %711
	%713 = select i1 %712, float %477, float 0xFFF0000000000000
	%714 = shl i32 %6, 1
	%715 = add i32 16, %714
	%716 = add i32 %207, %715
	%717 = icmp slt i32 %716, %N
	%718 = select i1 %717, i32 %716, i32 0
	%719 = sitofp i32 %524 to float
	%720 = sitofp i32 %718 to float
	%721 = fcmp ole float %720, %719
	%722 = uitofp i1 %721 to float
	%723 = fcmp une float %722, 0.0
	%724 = and i1 %717, %723
	%725 = select i1 %724, float %478, float 0xFFF0000000000000
	%726 = shl i32 %6, 1
	%727 = add i32 17, %726
	%728 = add i32 %207, %727
	%729 = icmp slt i32 %728, %N
	%730 = select i1 %729, i32 %728, i32 0
	%731 = sitofp i32 %524 to float
	%732 = sitofp i32 %730 to float
	%733 = fcmp ole float %732, %731
	%734 = uitofp i1 %733 to float
	%735 = fcmp une float %734, 0.0
	%736 = and i1 %729, %735
	%737 = select i1 %736, float %479, float 0xFFF0000000000000
	%738 = shl i32 %6, 1
	%739 = add i32 24, %738
	%740 = add i32 %207, %739
	%741 = icmp slt i32 %740, %N
	%742 = select i1 %741, i32 %740, i32 0
	%743 = sitofp i32 %520 to float
	%744 = sitofp i32 %742 to float
	%745 = fcmp ole float %744, %743
	%746 = uitofp i1 %745 to float
	%747 = fcmp une float %746, 0.0
	%748 = and i1 %741, %747
	%749 = select i1 %748, float %481, float 0xFFF0000000000000
	%750 = shl i32 %6, 1
	%751 = add i32 25, %750
	%752 = add i32 %207, %751
	%753 = icmp slt i32 %752, %N
	%754 = select i1 %753, i32 %752, i32 0
	%755 = sitofp i32 %520 to float
	%756 = sitofp i32 %754 to float
	%757 = fcmp ole float %756, %755
	%758 = uitofp i1 %757 to float
	%759 = fcmp une float %758, 0.0
	%760 = and i1 %753, %759
	%761 = select i1 %760, float %482, float 0xFFF0000000000000
	%762 = shl i32 %6, 1
	%763 = add i32 24, %762
	%764 = add i32 %207, %763
	%765 = icmp slt i32 %764, %N
	%766 = select i1 %765, i32 %764, i32 0
	%767 = sitofp i32 %524 to float
	%768 = sitofp i32 %766 to float
	%769 = fcmp ole float %768, %767
	%770 = uitofp i1 %769 to float
	%771 = fcmp une float %770, 0.0
	%772 = and i1 %765, %771
	%773 = select i1 %772, float %483, float 0xFFF0000000000000
	%774 = shl i32 %6, 1
	%775 = add i32 25, %774
	%776 = add i32 %207, %775
	%777 = icmp slt i32 %776, %N
	%778 = select i1 %777, i32 %776, i32 0
	%779 = sitofp i32 %524 to float
	%780 = sitofp i32 %778 to float
	%781 = fcmp ole float %780, %779
	%782 = uitofp i1 %781 to float
	%783 = fcmp une float %782, 0.0
	%784 = and i1 %777, %783
	%785 = select i1 %784, float %484, float 0xFFF0000000000000
	%786 = shl i32 %6, 1
	%787 = add i32 32, %786
	%788 = add i32 %207, %787
	%789 = icmp slt i32 %788, %N
	%790 = select i1 %789, i32 %788, i32 0
	%791 = sitofp i32 %520 to float
	%792 = sitofp i32 %790 to float
	%793 = fcmp ole float %792, %791
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = and i1 %789, %795
	%797 = select i1 %796, float %492, float 0xFFF0000000000000
	%798 = shl i32 %6, 1
	%799 = add i32 33, %798
	%800 = add i32 %207, %799
	%801 = icmp slt i32 %800, %N
	%802 = select i1 %801, i32 %800, i32 0
	%803 = sitofp i32 %520 to float
	%804 = sitofp i32 %802 to float
	%805 = fcmp ole float %804, %803
	%806 = uitofp i1 %805 to float
	%807 = fcmp une float %806, 0.0
	%808 = and i1 %801, %807
	%809 = select i1 %808, float %493, float 0xFFF0000000000000
	%810 = shl i32 %6, 1
	%811 = add i32 32, %810
	%812 = add i32 %207, %811
	%813 = icmp slt i32 %812, %N
	%814 = select i1 %813, i32 %812, i32 0
	%815 = sitofp i32 %524 to float
	%816 = sitofp i32 %814 to float
	%817 = fcmp ole float %816, %815
	%818 = uitofp i1 %817 to float
	%819 = fcmp une float %818, 0.0
	%820 = and i1 %813, %819
	%821 = select i1 %820, float %494, float 0xFFF0000000000000
	%822 = shl i32 %6, 1
	%823 = add i32 33, %822
	%824 = add i32 %207, %823
	%825 = icmp slt i32 %824, %N
	%826 = select i1 %825, i32 %824, i32 0
	%827 = sitofp i32 %524 to float
	%828 = sitofp i32 %826 to float
	%829 = fcmp ole float %828, %827
	%830 = uitofp i1 %829 to float
	%831 = fcmp une float %830, 0.0
	%832 = and i1 %825, %831
	%833 = select i1 %832, float %495, float 0xFFF0000000000000
	%834 = shl i32 %6, 1
	%835 = add i32 40, %834
	%836 = add i32 %207, %835
	%837 = icmp slt i32 %836, %N
	%838 = select i1 %837, i32 %836, i32 0
	%839 = sitofp i32 %520 to float
	%840 = sitofp i32 %838 to float
	%841 = fcmp ole float %840, %839
	%842 = uitofp i1 %841 to float
	%843 = fcmp une float %842, 0.0
	%844 = and i1 %837, %843
	%845 = select i1 %844, float %497, float 0xFFF0000000000000
	%846 = shl i32 %6, 1
	%847 = add i32 41, %846
	%848 = add i32 %207, %847
	%849 = icmp slt i32 %848, %N
	%850 = select i1 %849, i32 %848, i32 0
	%851 = sitofp i32 %520 to float
	%852 = sitofp i32 %850 to float
	%853 = fcmp ole float %852, %851
	%854 = uitofp i1 %853 to float
	%855 = fcmp une float %854, 0.0
	%856 = and i1 %849, %855
	%857 = select i1 %856, float %498, float 0xFFF0000000000000
	%858 = shl i32 %6, 1
	%859 = add i32 40, %858
	%860 = add i32 %207, %859
	%861 = icmp slt i32 %860, %N
	%862 = select i1 %861, i32 %860, i32 0
	%863 = sitofp i32 %524 to float
	%864 = sitofp i32 %862 to float
	%865 = fcmp ole float %864, %863
	%866 = uitofp i1 %865 to float
	%867 = fcmp une float %866, 0.0
	%868 = and i1 %861, %867
	%869 = select i1 %868, float %499, float 0xFFF0000000000000
	%870 = shl i32 %6, 1
	%871 = add i32 41, %870
	%872 = add i32 %207, %871
	%873 = icmp slt i32 %872, %N
	%874 = select i1 %873, i32 %872, i32 0
	%875 = sitofp i32 %524 to float
	%876 = sitofp i32 %874 to float
	%877 = fcmp ole float %876, %875
	%878 = uitofp i1 %877 to float
	%879 = fcmp une float %878, 0.0
	%880 = and i1 %873, %879
	%881 = select i1 %880, float %500, float 0xFFF0000000000000
	%882 = shl i32 %6, 1
	%883 = add i32 48, %882
	%884 = add i32 %207, %883
	%885 = icmp slt i32 %884, %N
	%886 = select i1 %885, i32 %884, i32 0
	%887 = sitofp i32 %520 to float
	%888 = sitofp i32 %886 to float
	%889 = fcmp ole float %888, %887
	%890 = uitofp i1 %889 to float
	%891 = fcmp une float %890, 0.0
	%892 = and i1 %885, %891
	%893 = select i1 %892, float %508, float 0xFFF0000000000000
	%894 = shl i32 %6, 1
	%895 = add i32 49, %894
	%896 = add i32 %207, %895
	%897 = icmp slt i32 %896, %N
	%898 = select i1 %897, i32 %896, i32 0
	%899 = sitofp i32 %520 to float
	%900 = sitofp i32 %898 to float
	%901 = fcmp ole float %900, %899
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = and i1 %897, %903
	%905 = select i1 %904, float %509, float 0xFFF0000000000000
	%906 = shl i32 %6, 1
	%907 = add i32 48, %906
	%908 = add i32 %207, %907
	%909 = icmp slt i32 %908, %N
	%910 = select i1 %909, i32 %908, i32 0
	%911 = sitofp i32 %524 to float
	%912 = sitofp i32 %910 to float
	%913 = fcmp ole float %912, %911
	%914 = uitofp i1 %913 to float
	%915 = fcmp une float %914, 0.0
	%916 = and i1 %909, %915
	%917 = select i1 %916, float %510, float 0xFFF0000000000000
	%918 = shl i32 %6, 1
	%919 = add i32 49, %918
	%920 = add i32 %207, %919
	%921 = icmp slt i32 %920, %N
	%922 = select i1 %921, i32 %920, i32 0
	%923 = sitofp i32 %524 to float
	%924 = sitofp i32 %922 to float
	%925 = fcmp ole float %924, %923
	%926 = uitofp i1 %925 to float
	%927 = fcmp une float %926, 0.0
	%928 = and i1 %921, %927
	%929 = select i1 %928, float %511, float 0xFFF0000000000000
	%930 = shl i32 %6, 1
	%931 = add i32 56, %930
	%932 = add i32 %207, %931
	%933 = icmp slt i32 %932, %N
	%934 = select i1 %933, i32 %932, i32 0
	%935 = sitofp i32 %520 to float
	%936 = sitofp i32 %934 to float
	%937 = fcmp ole float %936, %935
	%938 = uitofp i1 %937 to float
	%939 = fcmp une float %938, 0.0
	%940 = and i1 %933, %939
	%941 = select i1 %940, float %513, float 0xFFF0000000000000
	%942 = shl i32 %6, 1
	%943 = add i32 57, %942
	%944 = add i32 %207, %943
	%945 = icmp slt i32 %944, %N
	%946 = select i1 %945, i32 %944, i32 0
	%947 = sitofp i32 %520 to float
	%948 = sitofp i32 %946 to float
	%949 = fcmp ole float %948, %947
	%950 = uitofp i1 %949 to float
	%951 = fcmp une float %950, 0.0
	%952 = and i1 %945, %951
	%953 = select i1 %952, float %514, float 0xFFF0000000000000
	%954 = shl i32 %6, 1
	%955 = add i32 56, %954
	%956 = add i32 %207, %955
	%957 = icmp slt i32 %956, %N
	%958 = select i1 %957, i32 %956, i32 0
	%959 = sitofp i32 %524 to float
	%960 = sitofp i32 %958 to float
	%961 = fcmp ole float %960, %959
	%962 = uitofp i1 %961 to float
	%963 = fcmp une float %962, 0.0
	%964 = and i1 %957, %963
	%965 = select i1 %964, float %515, float 0xFFF0000000000000
	%966 = shl i32 %6, 1
	%967 = add i32 57, %966
	%968 = add i32 %207, %967
	%969 = icmp slt i32 %968, %N
	%970 = select i1 %969, i32 %968, i32 0
	%971 = sitofp i32 %524 to float
	%972 = sitofp i32 %970 to float
	%973 = fcmp ole float %972, %971
	%974 = uitofp i1 %973 to float
	%975 = fcmp une float %974, 0.0
	%976 = and i1 %969, %975
	%977 = select i1 %976, float %516, float 0xFFF0000000000000
	br label %softmax

softmax:
	%978 = phi float [ %460, %loop ], [ %605, %partial ]
	%979 = phi float [ %461, %loop ], [ %617, %partial ]
	%980 = phi float [ %462, %loop ], [ %629, %partial ]
	%981 = phi float [ %463, %loop ], [ %641, %partial ]
	%982 = phi float [ %465, %loop ], [ %653, %partial ]
	%983 = phi float [ %466, %loop ], [ %665, %partial ]
	%984 = phi float [ %467, %loop ], [ %677, %partial ]
	%985 = phi float [ %468, %loop ], [ %689, %partial ]
	%986 = phi float [ %476, %loop ], [ %701, %partial ]
	%987 = phi float [ %477, %loop ], [ %713, %partial ]
	%988 = phi float [ %478, %loop ], [ %725, %partial ]
	%989 = phi float [ %479, %loop ], [ %737, %partial ]
	%990 = phi float [ %481, %loop ], [ %749, %partial ]
	%991 = phi float [ %482, %loop ], [ %761, %partial ]
	%992 = phi float [ %483, %loop ], [ %773, %partial ]
	%993 = phi float [ %484, %loop ], [ %785, %partial ]
	%994 = phi float [ %492, %loop ], [ %797, %partial ]
	%995 = phi float [ %493, %loop ], [ %809, %partial ]
	%996 = phi float [ %494, %loop ], [ %821, %partial ]
	%997 = phi float [ %495, %loop ], [ %833, %partial ]
	%998 = phi float [ %497, %loop ], [ %845, %partial ]
	%999 = phi float [ %498, %loop ], [ %857, %partial ]
	%1000 = phi float [ %499, %loop ], [ %869, %partial ]
	%1001 = phi float [ %500, %loop ], [ %881, %partial ]
	%1002 = phi float [ %508, %loop ], [ %893, %partial ]
	%1003 = phi float [ %509, %loop ], [ %905, %partial ]
	%1004 = phi float [ %510, %loop ], [ %917, %partial ]
	%1005 = phi float [ %511, %loop ], [ %929, %partial ]
	%1006 = phi float [ %513, %loop ], [ %941, %partial ]
	%1007 = phi float [ %514, %loop ], [ %953, %partial ]
	%1008 = phi float [ %515, %loop ], [ %965, %partial ]
	%1009 = phi float [ %516, %loop ], [ %977, %partial ]
	%1010 = call float @llvm.nvvm.fmax.f(float %978, float %979)
	%1011 = call float @llvm.nvvm.fmax.f(float %982, float %983)
	%1012 = call float @llvm.nvvm.fmax.f(float %986, float %987)
	%1013 = call float @llvm.nvvm.fmax.f(float %990, float %991)
	%1014 = call float @llvm.nvvm.fmax.f(float %994, float %995)
	%1015 = call float @llvm.nvvm.fmax.f(float %998, float %999)
	%1016 = call float @llvm.nvvm.fmax.f(float %1002, float %1003)
	%1017 = call float @llvm.nvvm.fmax.f(float %1006, float %1007)
	%1018 = call float @llvm.nvvm.fmax.f(float %1010, float %1011)
	%1019 = call float @llvm.nvvm.fmax.f(float %1012, float %1013)
	%1020 = call float @llvm.nvvm.fmax.f(float %1014, float %1015)
	%1021 = call float @llvm.nvvm.fmax.f(float %1016, float %1017)
	%1022 = call float @llvm.nvvm.fmax.f(float %1018, float %1019)
	%1023 = call float @llvm.nvvm.fmax.f(float %1020, float %1021)
	%1024 = call float @llvm.nvvm.fmax.f(float %1022, float %1023)
	%1025 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1024, i32 1, i32 31)
	%1026 = call float @llvm.nvvm.fmax.f(float %1024, float %1025)
	%1027 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1026, i32 2, i32 31)
	%1028 = call float @llvm.nvvm.fmax.f(float %1026, float %1027)
	%1029 = fmul float %1028, 0x3FC7154760000000
	%1030 = call float @llvm.nvvm.fmax.f(float %203, float %1029)
	%1031 = fadd float %203, 8.0
	%1032 = fcmp ogt float %1030, %1031
	%1033 = or i1 false, %1032
	%1034 = call float @llvm.nvvm.fmax.f(float %980, float %981)
	%1035 = call float @llvm.nvvm.fmax.f(float %984, float %985)
	%1036 = call float @llvm.nvvm.fmax.f(float %988, float %989)
	%1037 = call float @llvm.nvvm.fmax.f(float %992, float %993)
	%1038 = call float @llvm.nvvm.fmax.f(float %996, float %997)
	%1039 = call float @llvm.nvvm.fmax.f(float %1000, float %1001)
	%1040 = call float @llvm.nvvm.fmax.f(float %1004, float %1005)
	%1041 = call float @llvm.nvvm.fmax.f(float %1008, float %1009)
	%1042 = call float @llvm.nvvm.fmax.f(float %1034, float %1035)
	%1043 = call float @llvm.nvvm.fmax.f(float %1036, float %1037)
	%1044 = call float @llvm.nvvm.fmax.f(float %1038, float %1039)
	%1045 = call float @llvm.nvvm.fmax.f(float %1040, float %1041)
	%1046 = call float @llvm.nvvm.fmax.f(float %1042, float %1043)
	%1047 = call float @llvm.nvvm.fmax.f(float %1044, float %1045)
	%1048 = call float @llvm.nvvm.fmax.f(float %1046, float %1047)
	%1049 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1048, i32 1, i32 31)
	%1050 = call float @llvm.nvvm.fmax.f(float %1048, float %1049)
	%1051 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1050, i32 2, i32 31)
	%1052 = call float @llvm.nvvm.fmax.f(float %1050, float %1051)
	%1053 = fmul float %1052, 0x3FC7154760000000
	%1054 = call float @llvm.nvvm.fmax.f(float %205, float %1053)
	%1055 = fadd float %205, 8.0
	%1056 = fcmp ogt float %1054, %1055
	%1057 = or i1 %1033, %1056
	%1058 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1057)
	br i1 %1058, label %1059, label %1102

1059:
	%1060 = fcmp oeq float %1030, 0xFFF0000000000000
	%1061 = select i1 %1060, float 0.0, float %1030
	%1062 = fsub float %203, %1061
	%1063 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1062)
	%1064 = fcmp oeq float %1054, 0xFFF0000000000000
	%1065 = select i1 %1064, float 0.0, float %1054
	%1066 = fsub float %205, %1065
	%1067 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1066)
	%1068 = fmul float %171, %1063
	%1069 = fmul float %172, %1063
	%1070 = fmul float %173, %1067
	%1071 = fmul float %174, %1067
	%1072 = fmul float %175, %1063
	%1073 = fmul float %176, %1063
	%1074 = fmul float %177, %1067
	%1075 = fmul float %178, %1067
	%1076 = fmul float %179, %1063
	%1077 = fmul float %180, %1063
	%1078 = fmul float %181, %1067
	%1079 = fmul float %182, %1067
	%1080 = fmul float %183, %1063
	%1081 = fmul float %184, %1063
	%1082 = fmul float %185, %1067
	%1083 = fmul float %186, %1067
	%1084 = fmul float %187, %1063
	%1085 = fmul float %188, %1063
	%1086 = fmul float %189, %1067
	%1087 = fmul float %190, %1067
	%1088 = fmul float %191, %1063
	%1089 = fmul float %192, %1063
	%1090 = fmul float %193, %1067
	%1091 = fmul float %194, %1067
	%1092 = fmul float %195, %1063
	%1093 = fmul float %196, %1063
	%1094 = fmul float %197, %1067
	%1095 = fmul float %198, %1067
	%1096 = fmul float %199, %1063
	%1097 = fmul float %200, %1063
	%1098 = fmul float %201, %1067
	%1099 = fmul float %202, %1067
	%1100 = fmul float %204, %1063
	%1101 = fmul float %206, %1067
	br label %1102

1102:
	%1103 = phi float [ %171, %softmax ], [ %1068, %1059 ]
	%1104 = phi float [ %172, %softmax ], [ %1069, %1059 ]
	%1105 = phi float [ %173, %softmax ], [ %1070, %1059 ]
	%1106 = phi float [ %174, %softmax ], [ %1071, %1059 ]
	%1107 = phi float [ %175, %softmax ], [ %1072, %1059 ]
	%1108 = phi float [ %176, %softmax ], [ %1073, %1059 ]
	%1109 = phi float [ %177, %softmax ], [ %1074, %1059 ]
	%1110 = phi float [ %178, %softmax ], [ %1075, %1059 ]
	%1111 = phi float [ %179, %softmax ], [ %1076, %1059 ]
	%1112 = phi float [ %180, %softmax ], [ %1077, %1059 ]
	%1113 = phi float [ %181, %softmax ], [ %1078, %1059 ]
	%1114 = phi float [ %182, %softmax ], [ %1079, %1059 ]
	%1115 = phi float [ %183, %softmax ], [ %1080, %1059 ]
	%1116 = phi float [ %184, %softmax ], [ %1081, %1059 ]
	%1117 = phi float [ %185, %softmax ], [ %1082, %1059 ]
	%1118 = phi float [ %186, %softmax ], [ %1083, %1059 ]
	%1119 = phi float [ %187, %softmax ], [ %1084, %1059 ]
	%1120 = phi float [ %188, %softmax ], [ %1085, %1059 ]
	%1121 = phi float [ %189, %softmax ], [ %1086, %1059 ]
	%1122 = phi float [ %190, %softmax ], [ %1087, %1059 ]
	%1123 = phi float [ %191, %softmax ], [ %1088, %1059 ]
	%1124 = phi float [ %192, %softmax ], [ %1089, %1059 ]
	%1125 = phi float [ %193, %softmax ], [ %1090, %1059 ]
	%1126 = phi float [ %194, %softmax ], [ %1091, %1059 ]
	%1127 = phi float [ %195, %softmax ], [ %1092, %1059 ]
	%1128 = phi float [ %196, %softmax ], [ %1093, %1059 ]
	%1129 = phi float [ %197, %softmax ], [ %1094, %1059 ]
	%1130 = phi float [ %198, %softmax ], [ %1095, %1059 ]
	%1131 = phi float [ %199, %softmax ], [ %1096, %1059 ]
	%1132 = phi float [ %200, %softmax ], [ %1097, %1059 ]
	%1133 = phi float [ %201, %softmax ], [ %1098, %1059 ]
	%1134 = phi float [ %202, %softmax ], [ %1099, %1059 ]
	%1135 = phi float [ %204, %softmax ], [ %1100, %1059 ]
	%1136 = phi float [ %206, %softmax ], [ %1101, %1059 ]
	%1137 = select i1 %1058, float %1030, float %203
	%1138 = fcmp oeq float %1137, 0xFFF0000000000000
	%1139 = select i1 %1138, float 0.0, float %1137
	%1140 = fneg float %1139
	%1141 = call float @llvm.fma.f32(float %978, float 0x3FC7154760000000, float %1140)
	%1142 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1141)
	%1143 = call float @llvm.fma.f32(float %979, float 0x3FC7154760000000, float %1140)
	%1144 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1143)
	%1145 = call float @llvm.fma.f32(float %982, float 0x3FC7154760000000, float %1140)
	%1146 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1145)
	%1147 = call float @llvm.fma.f32(float %983, float 0x3FC7154760000000, float %1140)
	%1148 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1147)
	%1149 = call float @llvm.fma.f32(float %986, float 0x3FC7154760000000, float %1140)
	%1150 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1149)
	%1151 = call float @llvm.fma.f32(float %987, float 0x3FC7154760000000, float %1140)
	%1152 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1151)
	%1153 = call float @llvm.fma.f32(float %990, float 0x3FC7154760000000, float %1140)
	%1154 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1153)
	%1155 = call float @llvm.fma.f32(float %991, float 0x3FC7154760000000, float %1140)
	%1156 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1155)
	%1157 = call float @llvm.fma.f32(float %994, float 0x3FC7154760000000, float %1140)
	%1158 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1157)
	%1159 = call float @llvm.fma.f32(float %995, float 0x3FC7154760000000, float %1140)
	%1160 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1159)
	%1161 = call float @llvm.fma.f32(float %998, float 0x3FC7154760000000, float %1140)
	%1162 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1161)
	%1163 = call float @llvm.fma.f32(float %999, float 0x3FC7154760000000, float %1140)
	%1164 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1163)
	%1165 = call float @llvm.fma.f32(float %1002, float 0x3FC7154760000000, float %1140)
	%1166 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1165)
	%1167 = call float @llvm.fma.f32(float %1003, float 0x3FC7154760000000, float %1140)
	%1168 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1167)
	%1169 = call float @llvm.fma.f32(float %1006, float 0x3FC7154760000000, float %1140)
	%1170 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1169)
	%1171 = call float @llvm.fma.f32(float %1007, float 0x3FC7154760000000, float %1140)
	%1172 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1171)
	%1173 = fadd float %1142, %1144
	%1174 = fadd float %1146, %1148
	%1175 = fadd float %1150, %1152
	%1176 = fadd float %1154, %1156
	%1177 = fadd float %1158, %1160
	%1178 = fadd float %1162, %1164
	%1179 = fadd float %1166, %1168
	%1180 = fadd float %1170, %1172
	%1181 = fadd float %1173, %1174
	%1182 = fadd float %1175, %1176
	%1183 = fadd float %1177, %1178
	%1184 = fadd float %1179, %1180
	%1185 = fadd float %1181, %1182
	%1186 = fadd float %1183, %1184
	%1187 = fadd float %1185, %1186
	%1188 = fadd float %1135, %1187
	%1189 = select i1 %1058, float %1054, float %205
	%1190 = fcmp oeq float %1189, 0xFFF0000000000000
	%1191 = select i1 %1190, float 0.0, float %1189
	%1192 = fneg float %1191
	%1193 = call float @llvm.fma.f32(float %980, float 0x3FC7154760000000, float %1192)
	%1194 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1193)
	%1195 = call float @llvm.fma.f32(float %981, float 0x3FC7154760000000, float %1192)
	%1196 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1195)
	%1197 = call float @llvm.fma.f32(float %984, float 0x3FC7154760000000, float %1192)
	%1198 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1197)
	%1199 = call float @llvm.fma.f32(float %985, float 0x3FC7154760000000, float %1192)
	%1200 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1199)
	%1201 = call float @llvm.fma.f32(float %988, float 0x3FC7154760000000, float %1192)
	%1202 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1201)
	%1203 = call float @llvm.fma.f32(float %989, float 0x3FC7154760000000, float %1192)
	%1204 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1203)
	%1205 = call float @llvm.fma.f32(float %992, float 0x3FC7154760000000, float %1192)
	%1206 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1205)
	%1207 = call float @llvm.fma.f32(float %993, float 0x3FC7154760000000, float %1192)
	%1208 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1207)
	%1209 = call float @llvm.fma.f32(float %996, float 0x3FC7154760000000, float %1192)
	%1210 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1209)
	%1211 = call float @llvm.fma.f32(float %997, float 0x3FC7154760000000, float %1192)
	%1212 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1211)
	%1213 = call float @llvm.fma.f32(float %1000, float 0x3FC7154760000000, float %1192)
	%1214 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1213)
	%1215 = call float @llvm.fma.f32(float %1001, float 0x3FC7154760000000, float %1192)
	%1216 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1215)
	%1217 = call float @llvm.fma.f32(float %1004, float 0x3FC7154760000000, float %1192)
	%1218 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1217)
	%1219 = call float @llvm.fma.f32(float %1005, float 0x3FC7154760000000, float %1192)
	%1220 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1219)
	%1221 = call float @llvm.fma.f32(float %1008, float 0x3FC7154760000000, float %1192)
	%1222 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1221)
	%1223 = call float @llvm.fma.f32(float %1009, float 0x3FC7154760000000, float %1192)
	%1224 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1223)
	%1225 = fadd float %1194, %1196
	%1226 = fadd float %1198, %1200
	%1227 = fadd float %1202, %1204
	%1228 = fadd float %1206, %1208
	%1229 = fadd float %1210, %1212
	%1230 = fadd float %1214, %1216
	%1231 = fadd float %1218, %1220
	%1232 = fadd float %1222, %1224
	%1233 = fadd float %1225, %1226
	%1234 = fadd float %1227, %1228
	%1235 = fadd float %1229, %1230
	%1236 = fadd float %1231, %1232
	%1237 = fadd float %1233, %1234
	%1238 = fadd float %1235, %1236
	%1239 = fadd float %1237, %1238
	%1240 = fadd float %1136, %1239
	%1241 = icmp eq i32 %6, 0
	%1242 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1187, i32 1, i32 31)
	%1243 = fadd float %1187, %1242
	%1244 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1243, i32 2, i32 31)
	%1245 = fadd float %1243, %1244
	%1246 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1188, i32 1, i32 31)
	%1247 = fadd float %1188, %1246
	%1248 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1247, i32 2, i32 31)
	%1249 = fadd float %1247, %1248
	%1250 = fcmp ogt float %1249, 0.0
	%1251 = icmp slt i32 %520, %M
	%1252 = and i1 %1250, %1251
	%1253 = select i1 %1252, float %1249, float 1.0
	%1254 = fdiv float %1245, %1253
	%1255 = and i1 %1252, %1241
	%1256 = fadd float 0.0, %1254
	%1257 = select i1 %1255, float %1256, float 0.0
	%1258 = and i1 %1252, %1241
	%1259 = fadd float 0.0, 1.0
	%1260 = select i1 %1258, float %1259, float 0.0
	%1261 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1239, i32 1, i32 31)
	%1262 = fadd float %1239, %1261
	%1263 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1262, i32 2, i32 31)
	%1264 = fadd float %1262, %1263
	%1265 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1240, i32 1, i32 31)
	%1266 = fadd float %1240, %1265
	%1267 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1266, i32 2, i32 31)
	%1268 = fadd float %1266, %1267
	%1269 = fcmp ogt float %1268, 0.0
	%1270 = icmp slt i32 %524, %M
	%1271 = and i1 %1269, %1270
	%1272 = select i1 %1271, float %1268, float 1.0
	%1273 = fdiv float %1264, %1272
	%1274 = and i1 %1271, %1241
	%1275 = fadd float %1257, %1273
	%1276 = select i1 %1274, float %1275, float %1257
	%1277 = and i1 %1271, %1241
	%1278 = fadd float %1260, 1.0
	%1279 = select i1 %1277, float %1278, float %1260
	%1280 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1276, i32 16, i32 31)
	%1281 = fadd float %1276, %1280
	%1282 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1279, i32 16, i32 31)
	%1283 = fadd float %1279, %1282
	%1284 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1281, i32 8, i32 31)
	%1285 = fadd float %1281, %1284
	%1286 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1283, i32 8, i32 31)
	%1287 = fadd float %1283, %1286
	%1288 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1285, i32 4, i32 31)
	%1289 = fadd float %1285, %1288
	%1290 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1287, i32 4, i32 31)
	%1291 = fadd float %1287, %1290
	%1292 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1289, i32 2, i32 31)
	%1293 = fadd float %1289, %1292
	%1294 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1291, i32 2, i32 31)
	%1295 = fadd float %1291, %1294
	%1296 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1293, i32 1, i32 31)
	%1297 = fadd float %1293, %1296
	%1298 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1295, i32 1, i32 31)
	%1299 = fadd float %1295, %1298
	%1300 = icmp eq i32 %4, 0
	br i1 %1300, label %1301, label %1308

1301:
	%1302 = mul i32 %3, 2
	%1303 = add i32 %1302, 0
	%1304 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1303
	store float %1297, float addrspace(3)* %1304
	%1305 = mul i32 %3, 2
	%1306 = add i32 %1305, 1
	%1307 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1306
	store float %1299, float addrspace(3)* %1307
	br label %1308

1308:
	%1309 = add i32 %169, 1
	%1310 = icmp slt i32 %1309, %NK
	%1311 = select i1 %1310, i32 %1309, i32 0
	%1312 = add i32 %41, %1311
	%1313 = sext i32 %1312 to i64
	%1314 = getelementptr i32, i32* %list, i64 %1313
	%1315 = load i32, i32* %1314
	%1316 = select i1 %1310, i32 %1315, i32 -1
	%1317 = icmp sge i32 %1316, 0
	%1318 = add i32 %NK, %169
	%1319 = add i32 %41, %1318
	%1320 = sext i32 %1319 to i64
	%1321 = getelementptr i32, i32* %list, i64 %1320
	%1322 = load i32, i32* %1321
	%1323 = icmp eq i32 %1322, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%1324 = mul i32 0, 2
	%1325 = add i32 %1324, 0
	%1326 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1325
	%1327 = load float, float addrspace(3)* %1326
	%1328 = fadd float 0.0, %1327
	%1329 = mul i32 0, 2
	%1330 = add i32 %1329, 1
	%1331 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1330
	%1332 = load float, float addrspace(3)* %1331
	%1333 = fadd float 0.0, %1332
	%1334 = mul i32 1, 2
	%1335 = add i32 %1334, 0
	%1336 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1335
	%1337 = load float, float addrspace(3)* %1336
	%1338 = fadd float %1328, %1337
	%1339 = mul i32 1, 2
	%1340 = add i32 %1339, 1
	%1341 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1340
	%1342 = load float, float addrspace(3)* %1341
	%1343 = fadd float %1333, %1342
	%1344 = mul i32 2, 2
	%1345 = add i32 %1344, 0
	%1346 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1345
	%1347 = load float, float addrspace(3)* %1346
	%1348 = fadd float %1338, %1347
	%1349 = mul i32 2, 2
	%1350 = add i32 %1349, 1
	%1351 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1350
	%1352 = load float, float addrspace(3)* %1351
	%1353 = fadd float %1343, %1352
	%1354 = mul i32 3, 2
	%1355 = add i32 %1354, 0
	%1356 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1355
	%1357 = load float, float addrspace(3)* %1356
	%1358 = fadd float %1348, %1357
	%1359 = mul i32 3, 2
	%1360 = add i32 %1359, 1
	%1361 = getelementptr [8 x float], [8 x float] addrspace(3)* @esmean_attn2_stop, i32 0, i32 %1360
	%1362 = load float, float addrspace(3)* %1361
	%1363 = fadd float %1353, %1362
	%1364 = fcmp ogt float %1363, 0.0
	%1365 = select i1 %1364, float %1363, float 1.0
	%1366 = fdiv float %1358, %1365
	%1367 = fcmp ogt float %1363, 0.0
	%1368 = and i1 %1323, %1367
	%1369 = fcmp olt float %1366, 0x3F50624DE0000000
	%1370 = and i1 %1368, %1369
	%1371 = xor i1 %1370, true
	%1372 = and i1 %1317, %1371
	br i1 %1372, label %prefetch, label %pv

prefetch:
	%1373 = mul i32 %1316, 64
	%1374 = lshr i32 %2, 3
	%1375 = and i32 %2, 7
	%1376 = and i32 %1374, 7
	%1377 = xor i32 %1375, %1376
	%1378 = mul i32 %1374, 8
	%1379 = add i32 %1378, %1377
	%1380 = shl i32 %1379, 4
	%1381 = add i32 %0, %1380
	%1382 = add i32 %1373, %1374
	%1383 = mul i32 %1382, 64
	%1384 = mul i32 %1375, 8
	%1385 = add i32 %1383, %1384
	%1386 = sext i32 %1385 to i64
	%1387 = getelementptr i16, i16* %32, i64 %1386
	%1388 = add i32 %1382, 0
	%1389 = icmp slt i32 %1388, %N
	%1390 = getelementptr i16, i16* %1387, i64 0
	%1391 = select i1 %1389, i16* %1390, i16* %32
	%1392 = add i32 %1381, 0
	%1393 = select i1 %1389, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1392, i16* %1391, i32 %1393)
	%1394 = add i32 %1382, 16
	%1395 = icmp slt i32 %1394, %N
	%1396 = getelementptr i16, i16* %1387, i64 1024
	%1397 = select i1 %1395, i16* %1396, i16* %32
	%1398 = add i32 %1381, 2048
	%1399 = select i1 %1395, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1398, i16* %1397, i32 %1399)
	%1400 = add i32 %1382, 32
	%1401 = icmp slt i32 %1400, %N
	%1402 = getelementptr i16, i16* %1387, i64 2048
	%1403 = select i1 %1401, i16* %1402, i16* %32
	%1404 = add i32 %1381, u0x1000
	%1405 = select i1 %1401, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1404, i16* %1403, i32 %1405)
	%1406 = add i32 %1382, 48
	%1407 = icmp slt i32 %1406, %N
	%1408 = getelementptr i16, i16* %1387, i64 3072
	%1409 = select i1 %1407, i16* %1408, i16* %32
	%1410 = add i32 %1381, 6144
	%1411 = select i1 %1407, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1410, i16* %1409, i32 %1411)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1412 = and i32 %4, 7
	%1413 = lshr i32 %4, 3
	%1414 = and i32 %1413, 1
	%1415 = shl i32 %1414, 3
	%1416 = add i32 %1412, %1415
	%1417 = mul i32 %1416, 128
	%1418 = add i32 %1, %1417
	%1419 = and i32 %4, 7
	%1420 = xor i32 %96, %1419
	%1421 = shl i32 %1420, 4
	%1422 = add i32 %1418, %1421
	%1423 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1144, float %1142)
	%1424 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1196, float %1194)
	%1425 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1148, float %1146)
	%1426 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1200, float %1198)
	%1427 = xor i32 %1422, 0
	%1428 = add i32 %1427, 0
	%1429 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1428)
	%1430 = extractvalue { i32, i32, i32, i32 } %1429, 0
	%1431 = extractvalue { i32, i32, i32, i32 } %1429, 1
	%1432 = extractvalue { i32, i32, i32, i32 } %1429, 2
	%1433 = extractvalue { i32, i32, i32, i32 } %1429, 3
	%1434 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1423, i32 %1424, i32 %1425, i32 %1426, i32 %1430, i32 %1431, float %1103, float %1104, float %1105, float %1106)
	%1435 = extractvalue { float, float, float, float } %1434, 0
	%1436 = extractvalue { float, float, float, float } %1434, 1
	%1437 = extractvalue { float, float, float, float } %1434, 2
	%1438 = extractvalue { float, float, float, float } %1434, 3
	%1439 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1423, i32 %1424, i32 %1425, i32 %1426, i32 %1432, i32 %1433, float %1107, float %1108, float %1109, float %1110)
	%1440 = extractvalue { float, float, float, float } %1439, 0
	%1441 = extractvalue { float, float, float, float } %1439, 1
	%1442 = extractvalue { float, float, float, float } %1439, 2
	%1443 = extractvalue { float, float, float, float } %1439, 3
	%1444 = xor i32 %1422, 32
	%1445 = add i32 %1444, 0
	%1446 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1445)
	%1447 = extractvalue { i32, i32, i32, i32 } %1446, 0
	%1448 = extractvalue { i32, i32, i32, i32 } %1446, 1
	%1449 = extractvalue { i32, i32, i32, i32 } %1446, 2
	%1450 = extractvalue { i32, i32, i32, i32 } %1446, 3
	%1451 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1423, i32 %1424, i32 %1425, i32 %1426, i32 %1447, i32 %1448, float %1111, float %1112, float %1113, float %1114)
	%1452 = extractvalue { float, float, float, float } %1451, 0
	%1453 = extractvalue { float, float, float, float } %1451, 1
	%1454 = extractvalue { float, float, float, float } %1451, 2
	%1455 = extractvalue { float, float, float, float } %1451, 3
	%1456 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1423, i32 %1424, i32 %1425, i32 %1426, i32 %1449, i32 %1450, float %1115, float %1116, float %1117, float %1118)
	%1457 = extractvalue { float, float, float, float } %1456, 0
	%1458 = extractvalue { float, float, float, float } %1456, 1
	%1459 = extractvalue { float, float, float, float } %1456, 2
	%1460 = extractvalue { float, float, float, float } %1456, 3
	%1461 = xor i32 %1422, 64
	%1462 = add i32 %1461, 0
	%1463 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1462)
	%1464 = extractvalue { i32, i32, i32, i32 } %1463, 0
	%1465 = extractvalue { i32, i32, i32, i32 } %1463, 1
	%1466 = extractvalue { i32, i32, i32, i32 } %1463, 2
	%1467 = extractvalue { i32, i32, i32, i32 } %1463, 3
	%1468 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1423, i32 %1424, i32 %1425, i32 %1426, i32 %1464, i32 %1465, float %1119, float %1120, float %1121, float %1122)
	%1469 = extractvalue { float, float, float, float } %1468, 0
	%1470 = extractvalue { float, float, float, float } %1468, 1
	%1471 = extractvalue { float, float, float, float } %1468, 2
	%1472 = extractvalue { float, float, float, float } %1468, 3
	%1473 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1423, i32 %1424, i32 %1425, i32 %1426, i32 %1466, i32 %1467, float %1123, float %1124, float %1125, float %1126)
	%1474 = extractvalue { float, float, float, float } %1473, 0
	%1475 = extractvalue { float, float, float, float } %1473, 1
	%1476 = extractvalue { float, float, float, float } %1473, 2
	%1477 = extractvalue { float, float, float, float } %1473, 3
	%1478 = xor i32 %1422, 96
	%1479 = add i32 %1478, 0
	%1480 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1479)
	%1481 = extractvalue { i32, i32, i32, i32 } %1480, 0
	%1482 = extractvalue { i32, i32, i32, i32 } %1480, 1
	%1483 = extractvalue { i32, i32, i32, i32 } %1480, 2
	%1484 = extractvalue { i32, i32, i32, i32 } %1480, 3
	%1485 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1423, i32 %1424, i32 %1425, i32 %1426, i32 %1481, i32 %1482, float %1127, float %1128, float %1129, float %1130)
	%1486 = extractvalue { float, float, float, float } %1485, 0
	%1487 = extractvalue { float, float, float, float } %1485, 1
	%1488 = extractvalue { float, float, float, float } %1485, 2
	%1489 = extractvalue { float, float, float, float } %1485, 3
	%1490 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1423, i32 %1424, i32 %1425, i32 %1426, i32 %1483, i32 %1484, float %1131, float %1132, float %1133, float %1134)
	%1491 = extractvalue { float, float, float, float } %1490, 0
	%1492 = extractvalue { float, float, float, float } %1490, 1
	%1493 = extractvalue { float, float, float, float } %1490, 2
	%1494 = extractvalue { float, float, float, float } %1490, 3
	%1495 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1152, float %1150)
	%1496 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1204, float %1202)
	%1497 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1156, float %1154)
	%1498 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1208, float %1206)
	%1499 = xor i32 %1422, 0
	%1500 = add i32 %1499, 2048
	%1501 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1500)
	%1502 = extractvalue { i32, i32, i32, i32 } %1501, 0
	%1503 = extractvalue { i32, i32, i32, i32 } %1501, 1
	%1504 = extractvalue { i32, i32, i32, i32 } %1501, 2
	%1505 = extractvalue { i32, i32, i32, i32 } %1501, 3
	%1506 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1495, i32 %1496, i32 %1497, i32 %1498, i32 %1502, i32 %1503, float %1435, float %1436, float %1437, float %1438)
	%1507 = extractvalue { float, float, float, float } %1506, 0
	%1508 = extractvalue { float, float, float, float } %1506, 1
	%1509 = extractvalue { float, float, float, float } %1506, 2
	%1510 = extractvalue { float, float, float, float } %1506, 3
	%1511 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1495, i32 %1496, i32 %1497, i32 %1498, i32 %1504, i32 %1505, float %1440, float %1441, float %1442, float %1443)
	%1512 = extractvalue { float, float, float, float } %1511, 0
	%1513 = extractvalue { float, float, float, float } %1511, 1
	%1514 = extractvalue { float, float, float, float } %1511, 2
	%1515 = extractvalue { float, float, float, float } %1511, 3
	%1516 = xor i32 %1422, 32
	%1517 = add i32 %1516, 2048
	%1518 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1517)
	%1519 = extractvalue { i32, i32, i32, i32 } %1518, 0
	%1520 = extractvalue { i32, i32, i32, i32 } %1518, 1
	%1521 = extractvalue { i32, i32, i32, i32 } %1518, 2
	%1522 = extractvalue { i32, i32, i32, i32 } %1518, 3
	%1523 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1495, i32 %1496, i32 %1497, i32 %1498, i32 %1519, i32 %1520, float %1452, float %1453, float %1454, float %1455)
	%1524 = extractvalue { float, float, float, float } %1523, 0
	%1525 = extractvalue { float, float, float, float } %1523, 1
	%1526 = extractvalue { float, float, float, float } %1523, 2
	%1527 = extractvalue { float, float, float, float } %1523, 3
	%1528 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1495, i32 %1496, i32 %1497, i32 %1498, i32 %1521, i32 %1522, float %1457, float %1458, float %1459, float %1460)
	%1529 = extractvalue { float, float, float, float } %1528, 0
	%1530 = extractvalue { float, float, float, float } %1528, 1
	%1531 = extractvalue { float, float, float, float } %1528, 2
	%1532 = extractvalue { float, float, float, float } %1528, 3
	%1533 = xor i32 %1422, 64
	%1534 = add i32 %1533, 2048
	%1535 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1534)
	%1536 = extractvalue { i32, i32, i32, i32 } %1535, 0
	%1537 = extractvalue { i32, i32, i32, i32 } %1535, 1
	%1538 = extractvalue { i32, i32, i32, i32 } %1535, 2
	%1539 = extractvalue { i32, i32, i32, i32 } %1535, 3
	%1540 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1495, i32 %1496, i32 %1497, i32 %1498, i32 %1536, i32 %1537, float %1469, float %1470, float %1471, float %1472)
	%1541 = extractvalue { float, float, float, float } %1540, 0
	%1542 = extractvalue { float, float, float, float } %1540, 1
	%1543 = extractvalue { float, float, float, float } %1540, 2
	%1544 = extractvalue { float, float, float, float } %1540, 3
	%1545 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1495, i32 %1496, i32 %1497, i32 %1498, i32 %1538, i32 %1539, float %1474, float %1475, float %1476, float %1477)
	%1546 = extractvalue { float, float, float, float } %1545, 0
	%1547 = extractvalue { float, float, float, float } %1545, 1
	%1548 = extractvalue { float, float, float, float } %1545, 2
	%1549 = extractvalue { float, float, float, float } %1545, 3
	%1550 = xor i32 %1422, 96
	%1551 = add i32 %1550, 2048
	%1552 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1551)
	%1553 = extractvalue { i32, i32, i32, i32 } %1552, 0
	%1554 = extractvalue { i32, i32, i32, i32 } %1552, 1
	%1555 = extractvalue { i32, i32, i32, i32 } %1552, 2
	%1556 = extractvalue { i32, i32, i32, i32 } %1552, 3
	%1557 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1495, i32 %1496, i32 %1497, i32 %1498, i32 %1553, i32 %1554, float %1486, float %1487, float %1488, float %1489)
	%1558 = extractvalue { float, float, float, float } %1557, 0
	%1559 = extractvalue { float, float, float, float } %1557, 1
	%1560 = extractvalue { float, float, float, float } %1557, 2
	%1561 = extractvalue { float, float, float, float } %1557, 3
	%1562 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1495, i32 %1496, i32 %1497, i32 %1498, i32 %1555, i32 %1556, float %1491, float %1492, float %1493, float %1494)
	%1563 = extractvalue { float, float, float, float } %1562, 0
	%1564 = extractvalue { float, float, float, float } %1562, 1
	%1565 = extractvalue { float, float, float, float } %1562, 2
	%1566 = extractvalue { float, float, float, float } %1562, 3
	%1567 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1160, float %1158)
	%1568 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1212, float %1210)
	%1569 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1164, float %1162)
	%1570 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1216, float %1214)
	%1571 = xor i32 %1422, 0
	%1572 = add i32 %1571, u0x1000
	%1573 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1572)
	%1574 = extractvalue { i32, i32, i32, i32 } %1573, 0
	%1575 = extractvalue { i32, i32, i32, i32 } %1573, 1
	%1576 = extractvalue { i32, i32, i32, i32 } %1573, 2
	%1577 = extractvalue { i32, i32, i32, i32 } %1573, 3
	%1578 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1567, i32 %1568, i32 %1569, i32 %1570, i32 %1574, i32 %1575, float %1507, float %1508, float %1509, float %1510)
	%1579 = extractvalue { float, float, float, float } %1578, 0
	%1580 = extractvalue { float, float, float, float } %1578, 1
	%1581 = extractvalue { float, float, float, float } %1578, 2
	%1582 = extractvalue { float, float, float, float } %1578, 3
	%1583 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1567, i32 %1568, i32 %1569, i32 %1570, i32 %1576, i32 %1577, float %1512, float %1513, float %1514, float %1515)
	%1584 = extractvalue { float, float, float, float } %1583, 0
	%1585 = extractvalue { float, float, float, float } %1583, 1
	%1586 = extractvalue { float, float, float, float } %1583, 2
	%1587 = extractvalue { float, float, float, float } %1583, 3
	%1588 = xor i32 %1422, 32
	%1589 = add i32 %1588, u0x1000
	%1590 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1589)
	%1591 = extractvalue { i32, i32, i32, i32 } %1590, 0
	%1592 = extractvalue { i32, i32, i32, i32 } %1590, 1
	%1593 = extractvalue { i32, i32, i32, i32 } %1590, 2
	%1594 = extractvalue { i32, i32, i32, i32 } %1590, 3
	%1595 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1567, i32 %1568, i32 %1569, i32 %1570, i32 %1591, i32 %1592, float %1524, float %1525, float %1526, float %1527)
	%1596 = extractvalue { float, float, float, float } %1595, 0
	%1597 = extractvalue { float, float, float, float } %1595, 1
	%1598 = extractvalue { float, float, float, float } %1595, 2
	%1599 = extractvalue { float, float, float, float } %1595, 3
	%1600 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1567, i32 %1568, i32 %1569, i32 %1570, i32 %1593, i32 %1594, float %1529, float %1530, float %1531, float %1532)
	%1601 = extractvalue { float, float, float, float } %1600, 0
	%1602 = extractvalue { float, float, float, float } %1600, 1
	%1603 = extractvalue { float, float, float, float } %1600, 2
	%1604 = extractvalue { float, float, float, float } %1600, 3
	%1605 = xor i32 %1422, 64
	%1606 = add i32 %1605, u0x1000
	%1607 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1606)
	%1608 = extractvalue { i32, i32, i32, i32 } %1607, 0
	%1609 = extractvalue { i32, i32, i32, i32 } %1607, 1
	%1610 = extractvalue { i32, i32, i32, i32 } %1607, 2
	%1611 = extractvalue { i32, i32, i32, i32 } %1607, 3
	%1612 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1567, i32 %1568, i32 %1569, i32 %1570, i32 %1608, i32 %1609, float %1541, float %1542, float %1543, float %1544)
	%1613 = extractvalue { float, float, float, float } %1612, 0
	%1614 = extractvalue { float, float, float, float } %1612, 1
	%1615 = extractvalue { float, float, float, float } %1612, 2
	%1616 = extractvalue { float, float, float, float } %1612, 3
	%1617 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1567, i32 %1568, i32 %1569, i32 %1570, i32 %1610, i32 %1611, float %1546, float %1547, float %1548, float %1549)
	%1618 = extractvalue { float, float, float, float } %1617, 0
	%1619 = extractvalue { float, float, float, float } %1617, 1
	%1620 = extractvalue { float, float, float, float } %1617, 2
	%1621 = extractvalue { float, float, float, float } %1617, 3
	%1622 = xor i32 %1422, 96
	%1623 = add i32 %1622, u0x1000
	%1624 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1623)
	%1625 = extractvalue { i32, i32, i32, i32 } %1624, 0
	%1626 = extractvalue { i32, i32, i32, i32 } %1624, 1
	%1627 = extractvalue { i32, i32, i32, i32 } %1624, 2
	%1628 = extractvalue { i32, i32, i32, i32 } %1624, 3
	%1629 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1567, i32 %1568, i32 %1569, i32 %1570, i32 %1625, i32 %1626, float %1558, float %1559, float %1560, float %1561)
	%1630 = extractvalue { float, float, float, float } %1629, 0
	%1631 = extractvalue { float, float, float, float } %1629, 1
	%1632 = extractvalue { float, float, float, float } %1629, 2
	%1633 = extractvalue { float, float, float, float } %1629, 3
	%1634 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1567, i32 %1568, i32 %1569, i32 %1570, i32 %1627, i32 %1628, float %1563, float %1564, float %1565, float %1566)
	%1635 = extractvalue { float, float, float, float } %1634, 0
	%1636 = extractvalue { float, float, float, float } %1634, 1
	%1637 = extractvalue { float, float, float, float } %1634, 2
	%1638 = extractvalue { float, float, float, float } %1634, 3
	%1639 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1168, float %1166)
	%1640 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1220, float %1218)
	%1641 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1172, float %1170)
	%1642 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1224, float %1222)
	%1643 = xor i32 %1422, 0
	%1644 = add i32 %1643, 6144
	%1645 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1644)
	%1646 = extractvalue { i32, i32, i32, i32 } %1645, 0
	%1647 = extractvalue { i32, i32, i32, i32 } %1645, 1
	%1648 = extractvalue { i32, i32, i32, i32 } %1645, 2
	%1649 = extractvalue { i32, i32, i32, i32 } %1645, 3
	%1650 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1639, i32 %1640, i32 %1641, i32 %1642, i32 %1646, i32 %1647, float %1579, float %1580, float %1581, float %1582)
	%1651 = extractvalue { float, float, float, float } %1650, 0
	%1652 = extractvalue { float, float, float, float } %1650, 1
	%1653 = extractvalue { float, float, float, float } %1650, 2
	%1654 = extractvalue { float, float, float, float } %1650, 3
	%1655 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1639, i32 %1640, i32 %1641, i32 %1642, i32 %1648, i32 %1649, float %1584, float %1585, float %1586, float %1587)
	%1656 = extractvalue { float, float, float, float } %1655, 0
	%1657 = extractvalue { float, float, float, float } %1655, 1
	%1658 = extractvalue { float, float, float, float } %1655, 2
	%1659 = extractvalue { float, float, float, float } %1655, 3
	%1660 = xor i32 %1422, 32
	%1661 = add i32 %1660, 6144
	%1662 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1661)
	%1663 = extractvalue { i32, i32, i32, i32 } %1662, 0
	%1664 = extractvalue { i32, i32, i32, i32 } %1662, 1
	%1665 = extractvalue { i32, i32, i32, i32 } %1662, 2
	%1666 = extractvalue { i32, i32, i32, i32 } %1662, 3
	%1667 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1639, i32 %1640, i32 %1641, i32 %1642, i32 %1663, i32 %1664, float %1596, float %1597, float %1598, float %1599)
	%1668 = extractvalue { float, float, float, float } %1667, 0
	%1669 = extractvalue { float, float, float, float } %1667, 1
	%1670 = extractvalue { float, float, float, float } %1667, 2
	%1671 = extractvalue { float, float, float, float } %1667, 3
	%1672 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1639, i32 %1640, i32 %1641, i32 %1642, i32 %1665, i32 %1666, float %1601, float %1602, float %1603, float %1604)
	%1673 = extractvalue { float, float, float, float } %1672, 0
	%1674 = extractvalue { float, float, float, float } %1672, 1
	%1675 = extractvalue { float, float, float, float } %1672, 2
	%1676 = extractvalue { float, float, float, float } %1672, 3
	%1677 = xor i32 %1422, 64
	%1678 = add i32 %1677, 6144
	%1679 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1678)
	%1680 = extractvalue { i32, i32, i32, i32 } %1679, 0
	%1681 = extractvalue { i32, i32, i32, i32 } %1679, 1
	%1682 = extractvalue { i32, i32, i32, i32 } %1679, 2
	%1683 = extractvalue { i32, i32, i32, i32 } %1679, 3
	%1684 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1639, i32 %1640, i32 %1641, i32 %1642, i32 %1680, i32 %1681, float %1613, float %1614, float %1615, float %1616)
	%1685 = extractvalue { float, float, float, float } %1684, 0
	%1686 = extractvalue { float, float, float, float } %1684, 1
	%1687 = extractvalue { float, float, float, float } %1684, 2
	%1688 = extractvalue { float, float, float, float } %1684, 3
	%1689 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1639, i32 %1640, i32 %1641, i32 %1642, i32 %1682, i32 %1683, float %1618, float %1619, float %1620, float %1621)
	%1690 = extractvalue { float, float, float, float } %1689, 0
	%1691 = extractvalue { float, float, float, float } %1689, 1
	%1692 = extractvalue { float, float, float, float } %1689, 2
	%1693 = extractvalue { float, float, float, float } %1689, 3
	%1694 = xor i32 %1422, 96
	%1695 = add i32 %1694, 6144
	%1696 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1695)
	%1697 = extractvalue { i32, i32, i32, i32 } %1696, 0
	%1698 = extractvalue { i32, i32, i32, i32 } %1696, 1
	%1699 = extractvalue { i32, i32, i32, i32 } %1696, 2
	%1700 = extractvalue { i32, i32, i32, i32 } %1696, 3
	%1701 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1639, i32 %1640, i32 %1641, i32 %1642, i32 %1697, i32 %1698, float %1630, float %1631, float %1632, float %1633)
	%1702 = extractvalue { float, float, float, float } %1701, 0
	%1703 = extractvalue { float, float, float, float } %1701, 1
	%1704 = extractvalue { float, float, float, float } %1701, 2
	%1705 = extractvalue { float, float, float, float } %1701, 3
	%1706 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1639, i32 %1640, i32 %1641, i32 %1642, i32 %1699, i32 %1700, float %1635, float %1636, float %1637, float %1638)
	%1707 = extractvalue { float, float, float, float } %1706, 0
	%1708 = extractvalue { float, float, float, float } %1706, 1
	%1709 = extractvalue { float, float, float, float } %1706, 2
	%1710 = extractvalue { float, float, float, float } %1706, 3
	br i1 %1372, label %loop, label %epilogue

store0:
	%1711 = mul i32 %22, %M
	%1712 = add i32 %1711, %576
	%1713 = mul i32 %1712, 64
	%1714 = shl i32 %6, 1
	%1715 = add i32 0, %1714
	%1716 = add i32 %1713, %1715
	%1717 = sext i32 %1716 to i64
	%1718 = getelementptr i16, i16* %out, i64 %1717
	%1719 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %578, float %577)
	%1720 = bitcast i16* %1718 to i32*
	store i32 %1719, i32* %1720
	%1721 = shl i32 %6, 1
	%1722 = add i32 8, %1721
	%1723 = add i32 %1713, %1722
	%1724 = sext i32 %1723 to i64
	%1725 = getelementptr i16, i16* %out, i64 %1724
	%1726 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %580, float %579)
	%1727 = bitcast i16* %1725 to i32*
	store i32 %1726, i32* %1727
	%1728 = shl i32 %6, 1
	%1729 = add i32 16, %1728
	%1730 = add i32 %1713, %1729
	%1731 = sext i32 %1730 to i64
	%1732 = getelementptr i16, i16* %out, i64 %1731
	%1733 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %582, float %581)
	%1734 = bitcast i16* %1732 to i32*
	store i32 %1733, i32* %1734
	%1735 = shl i32 %6, 1
	%1736 = add i32 24, %1735
	%1737 = add i32 %1713, %1736
	%1738 = sext i32 %1737 to i64
	%1739 = getelementptr i16, i16* %out, i64 %1738
	%1740 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %584, float %583)
	%1741 = bitcast i16* %1739 to i32*
	store i32 %1740, i32* %1741
	%1742 = shl i32 %6, 1
	%1743 = add i32 32, %1742
	%1744 = add i32 %1713, %1743
	%1745 = sext i32 %1744 to i64
	%1746 = getelementptr i16, i16* %out, i64 %1745
	%1747 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %586, float %585)
	%1748 = bitcast i16* %1746 to i32*
	store i32 %1747, i32* %1748
	%1749 = shl i32 %6, 1
	%1750 = add i32 40, %1749
	%1751 = add i32 %1713, %1750
	%1752 = sext i32 %1751 to i64
	%1753 = getelementptr i16, i16* %out, i64 %1752
	%1754 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %588, float %587)
	%1755 = bitcast i16* %1753 to i32*
	store i32 %1754, i32* %1755
	%1756 = shl i32 %6, 1
	%1757 = add i32 48, %1756
	%1758 = add i32 %1713, %1757
	%1759 = sext i32 %1758 to i64
	%1760 = getelementptr i16, i16* %out, i64 %1759
	%1761 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %590, float %589)
	%1762 = bitcast i16* %1760 to i32*
	store i32 %1761, i32* %1762
	%1763 = shl i32 %6, 1
	%1764 = add i32 56, %1763
	%1765 = add i32 %1713, %1764
	%1766 = sext i32 %1765 to i64
	%1767 = getelementptr i16, i16* %out, i64 %1766
	%1768 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %592, float %591)
	%1769 = bitcast i16* %1767 to i32*
	store i32 %1768, i32* %1769
	br label %stored0

stored0:
	%1770 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %532, i32 1, i32 31)
	%1771 = fadd float %532, %1770
	%1772 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1771, i32 2, i32 31)
	%1773 = fadd float %1771, %1772
	%1774 = fcmp ogt float %1773, 0.0
	%1775 = fdiv float 1.0, %1773
	%1776 = select i1 %1774, float %1775, float 0.0
	%1777 = mul i32 %3, 16
	%1778 = add i32 %24, %1777
	%1779 = add i32 %5, 8
	%1780 = add i32 %1778, %1779
	%1781 = fmul float %536, %1776
	%1782 = fmul float %537, %1776
	%1783 = fmul float %540, %1776
	%1784 = fmul float %541, %1776
	%1785 = fmul float %544, %1776
	%1786 = fmul float %545, %1776
	%1787 = fmul float %548, %1776
	%1788 = fmul float %549, %1776
	%1789 = fmul float %552, %1776
	%1790 = fmul float %553, %1776
	%1791 = fmul float %556, %1776
	%1792 = fmul float %557, %1776
	%1793 = fmul float %560, %1776
	%1794 = fmul float %561, %1776
	%1795 = fmul float %564, %1776
	%1796 = fmul float %565, %1776
	%1797 = icmp slt i32 %1780, %M
	br i1 %1797, label %store1, label %stored1

store1:
	%1798 = mul i32 %22, %M
	%1799 = add i32 %1798, %1780
	%1800 = mul i32 %1799, 64
	%1801 = shl i32 %6, 1
	%1802 = add i32 0, %1801
	%1803 = add i32 %1800, %1802
	%1804 = sext i32 %1803 to i64
	%1805 = getelementptr i16, i16* %out, i64 %1804
	%1806 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1782, float %1781)
	%1807 = bitcast i16* %1805 to i32*
	store i32 %1806, i32* %1807
	%1808 = shl i32 %6, 1
	%1809 = add i32 8, %1808
	%1810 = add i32 %1800, %1809
	%1811 = sext i32 %1810 to i64
	%1812 = getelementptr i16, i16* %out, i64 %1811
	%1813 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1784, float %1783)
	%1814 = bitcast i16* %1812 to i32*
	store i32 %1813, i32* %1814
	%1815 = shl i32 %6, 1
	%1816 = add i32 16, %1815
	%1817 = add i32 %1800, %1816
	%1818 = sext i32 %1817 to i64
	%1819 = getelementptr i16, i16* %out, i64 %1818
	%1820 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1786, float %1785)
	%1821 = bitcast i16* %1819 to i32*
	store i32 %1820, i32* %1821
	%1822 = shl i32 %6, 1
	%1823 = add i32 24, %1822
	%1824 = add i32 %1800, %1823
	%1825 = sext i32 %1824 to i64
	%1826 = getelementptr i16, i16* %out, i64 %1825
	%1827 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1788, float %1787)
	%1828 = bitcast i16* %1826 to i32*
	store i32 %1827, i32* %1828
	%1829 = shl i32 %6, 1
	%1830 = add i32 32, %1829
	%1831 = add i32 %1800, %1830
	%1832 = sext i32 %1831 to i64
	%1833 = getelementptr i16, i16* %out, i64 %1832
	%1834 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1790, float %1789)
	%1835 = bitcast i16* %1833 to i32*
	store i32 %1834, i32* %1835
	%1836 = shl i32 %6, 1
	%1837 = add i32 40, %1836
	%1838 = add i32 %1800, %1837
	%1839 = sext i32 %1838 to i64
	%1840 = getelementptr i16, i16* %out, i64 %1839
	%1841 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1792, float %1791)
	%1842 = bitcast i16* %1840 to i32*
	store i32 %1841, i32* %1842
	%1843 = shl i32 %6, 1
	%1844 = add i32 48, %1843
	%1845 = add i32 %1800, %1844
	%1846 = sext i32 %1845 to i64
	%1847 = getelementptr i16, i16* %out, i64 %1846
	%1848 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1794, float %1793)
	%1849 = bitcast i16* %1847 to i32*
	store i32 %1848, i32* %1849
	%1850 = shl i32 %6, 1
	%1851 = add i32 56, %1850
	%1852 = add i32 %1800, %1851
	%1853 = sext i32 %1852 to i64
	%1854 = getelementptr i16, i16* %out, i64 %1853
	%1855 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1796, float %1795)
	%1856 = bitcast i16* %1854 to i32*
	store i32 %1855, i32* %1856
	br label %stored1

stored1:
	%1857 = icmp eq i32 %2, 0
	br i1 %1857, label %1858, label %1863

1858:
	%1859 = mul i32 %22, %NQ
	%1860 = add i32 %1859, %20
	%1861 = sext i32 %1860 to i64
	%1862 = getelementptr i32, i32* %visits, i64 %1861
	store i32 %533, i32* %1862
	br label %1863

1863:
	ret void
}

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @esmean_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, float*, i32, i32)* @esmean_pool_q0, !"maxntidx", i32 64}
!2 = !{void (i16*, float*, i32, i32)* @esmean_pool_k0, !"maxntidx", i32 64}
!3 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @esmean_scores0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*)* @esmean_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*)* @esmean_attn2, !"minctasm", i32 3}
