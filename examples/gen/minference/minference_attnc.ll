target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@minference_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@minference_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@minference_select1_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@minference_select1_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@minference_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@minference_select1_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@minference_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@minference_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@minference_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@minference_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@minference_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@minference_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@minference_scores0_a = internal addrspace(3) global [3840 x i32] undef, align 16
@minference_scores0_b = internal addrspace(3) global [3840 x i32] undef, align 16
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
	%154 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 %151
	br i1 %153, label %224, label %225

155:
	%156 = bitcast float %139 to i32
	%157 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %24
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
	%166 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %28
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
	%175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %32
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
	%184 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %36
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
	%193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %40
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
	%202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %44
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
	%211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %48
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
	%220 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %52
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
	%226 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 0
	%227 = load float, float addrspace(3)* %226
	%228 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 1
	%229 = load float, float addrspace(3)* %228
	%230 = call float @llvm.nvvm.fmax.f(float %227, float %229)
	%231 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 2
	%232 = load float, float addrspace(3)* %231
	%233 = call float @llvm.nvvm.fmax.f(float %230, float %232)
	%234 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 3
	%235 = load float, float addrspace(3)* %234
	%236 = call float @llvm.nvvm.fmax.f(float %233, float %235)
	%237 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 4
	%238 = load float, float addrspace(3)* %237
	%239 = call float @llvm.nvvm.fmax.f(float %236, float %238)
	%240 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 5
	%241 = load float, float addrspace(3)* %240
	%242 = call float @llvm.nvvm.fmax.f(float %239, float %241)
	%243 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 6
	%244 = load float, float addrspace(3)* %243
	%245 = call float @llvm.nvvm.fmax.f(float %242, float %244)
	%246 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 7
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
	%256 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %252
	%257 = load i32, i32 addrspace(3)* %256
	%258 = bitcast i32 %257 to float
	%259 = fcmp one float %258, 0xFFF0000000000000
	%260 = fsub float %258, %250
	%261 = call float @llvm.nvvm.ex2.approx.ftz.f(float %260)
	%262 = select i1 %259, float %261, float -1.0
	%263 = bitcast float %262 to i32
	%264 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %252
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
	%282 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 %279
	br i1 %281, label %283, label %284

283:
	store float %278, float addrspace(3)* %282
	br label %284

284:
	call void @llvm.nvvm.barrier0()
	%285 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 0
	%286 = load float, float addrspace(3)* %285
	%287 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 1
	%288 = load float, float addrspace(3)* %287
	%289 = fadd float %286, %288
	%290 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 2
	%291 = load float, float addrspace(3)* %290
	%292 = fadd float %289, %291
	%293 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 3
	%294 = load float, float addrspace(3)* %293
	%295 = fadd float %292, %294
	%296 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 4
	%297 = load float, float addrspace(3)* %296
	%298 = fadd float %295, %297
	%299 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 5
	%300 = load float, float addrspace(3)* %299
	%301 = fadd float %298, %300
	%302 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 6
	%303 = load float, float addrspace(3)* %302
	%304 = fadd float %301, %303
	%305 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 7
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
	%334 = phi i32 [ %0, %284 ], [ %378, %364 ]
	%335 = phi float [ 0.0, %284 ], [ %377, %364 ]
	%336 = icmp slt i32 %334, %16
	br i1 %336, label %337, label %345

337:
	%338 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %334
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
	%359 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 %356
	br i1 %358, label %379, label %380

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
	%369 = icmp eq i32 %334, 0
	%370 = or i1 %368, %369
	%371 = bitcast float %343 to i32
	%372 = add i32 %371, 2
	%373 = select i1 %370, i32 1, i32 %372
	%374 = select i1 %341, i32 %373, i32 0
	%375 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %334
	store i32 %374, i32 addrspace(3)* %375
	%376 = uitofp i1 %341 to float
	%377 = fadd float %335, %376
	%378 = add i32 %334, 256
	br label %333

379:
	store float %355, float addrspace(3)* %359
	br label %380

380:
	call void @llvm.nvvm.barrier0()
	%381 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 0
	%382 = load float, float addrspace(3)* %381
	%383 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 1
	%384 = load float, float addrspace(3)* %383
	%385 = fadd float %382, %384
	%386 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 2
	%387 = load float, float addrspace(3)* %386
	%388 = fadd float %385, %387
	%389 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 3
	%390 = load float, float addrspace(3)* %389
	%391 = fadd float %388, %390
	%392 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 4
	%393 = load float, float addrspace(3)* %392
	%394 = fadd float %391, %393
	%395 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 5
	%396 = load float, float addrspace(3)* %395
	%397 = fadd float %394, %396
	%398 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 6
	%399 = load float, float addrspace(3)* %398
	%400 = fadd float %397, %399
	%401 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 7
	%402 = load float, float addrspace(3)* %401
	%403 = fadd float %400, %402
	%404 = fptosi float %403 to i32
	%405 = icmp eq i32 %0, 0
	br i1 %405, label %406, label %410

406:
	%407 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 0
	%408 = load i32, i32 addrspace(3)* %407
	%409 = icmp eq i32 %408, 1
	br i1 %409, label %427, label %435

410:
	call void @llvm.nvvm.barrier0()
	%411 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @minference_select1_cnt, i32 0, i32 0
	%412 = load i32, i32 addrspace(3)* %411
	%413 = sub i32 %404, %412
	%414 = sitofp i32 %404 to double
	%415 = fmul double 0x3FB999999999999A, %414
	%416 = fsub double %415, 0x3E112E0BE826D695
	%417 = call double @llvm.ceil.f64(double %416)
	%418 = fptosi double %417 to i32
	%419 = sub i32 %418, %412
	%420 = icmp sgt i32 %419, 0
	%421 = select i1 %420, i32 %419, i32 0
	%422 = icmp slt i32 %421, %413
	%423 = select i1 %422, i32 %421, i32 %413
	%424 = icmp sgt i32 %423, 0
	%425 = select i1 %424, i32 %423, i32 0
	%426 = icmp sgt i32 %425, 0
	br i1 %426, label %topk, label %topk_done

427:
	%428 = add i32 %13, 0
	%429 = sext i32 %428 to i64
	%430 = getelementptr i32, i32* %list, i64 %429
	store i32 0, i32* %430
	%431 = add i32 %13, %NK
	%432 = add i32 %431, 0
	%433 = sext i32 %432 to i64
	%434 = getelementptr i32, i32* %list, i64 %433
	store i32 1, i32* %434
	br label %435

435:
	%436 = add i32 %11, 0
	%437 = sext i32 %436 to i64
	%438 = getelementptr float, float* %e, i64 %437
	%439 = load float, float* %438
	%440 = add i32 0, 1
	%441 = select i1 %409, i32 %440, i32 0
	%442 = fpext float %439 to double
	%443 = fadd double 0.0, %442
	%444 = select i1 %409, double %443, double 0.0
	%445 = icmp sgt i32 %324, 1
	%446 = select i1 %445, i32 %324, i32 1
	%447 = add i32 %332, 1
	%448 = icmp slt i32 %447, %NK
	%449 = select i1 %448, i32 %447, i32 %NK
	br label %450

450:
	%451 = phi i32 [ %446, %435 ], [ %480, %470 ]
	%452 = phi i32 [ %441, %435 ], [ %476, %470 ]
	%453 = phi double [ %444, %435 ], [ %479, %470 ]
	%454 = icmp slt i32 %451, %449
	br i1 %454, label %455, label %459

455:
	%456 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %451
	%457 = load i32, i32 addrspace(3)* %456
	%458 = icmp eq i32 %457, 1
	br i1 %458, label %462, label %470

459:
	%460 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @minference_select1_cnt, i32 0, i32 0
	store i32 %452, i32 addrspace(3)* %460
	%461 = getelementptr [1 x double], [1 x double] addrspace(3)* @minference_select1_mass, i32 0, i32 0
	store double %453, double addrspace(3)* %461
	br label %410

462:
	%463 = add i32 %13, %452
	%464 = sext i32 %463 to i64
	%465 = getelementptr i32, i32* %list, i64 %464
	store i32 %451, i32* %465
	%466 = add i32 %13, %NK
	%467 = add i32 %466, %452
	%468 = sext i32 %467 to i64
	%469 = getelementptr i32, i32* %list, i64 %468
	store i32 1, i32* %469
	br label %470

470:
	%471 = add i32 %11, %451
	%472 = sext i32 %471 to i64
	%473 = getelementptr float, float* %e, i64 %472
	%474 = load float, float* %473
	%475 = add i32 %452, 1
	%476 = select i1 %458, i32 %475, i32 %452
	%477 = fpext float %474 to double
	%478 = fadd double %453, %477
	%479 = select i1 %458, double %478, double %453
	%480 = add i32 %451, 1
	br label %450

topk:
	call void @llvm.nvvm.barrier0()
	%481 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %481
	call void @llvm.nvvm.barrier0()
	br label %484

topk_done:
	%482 = icmp slt i32 %0, %425
	%483 = icmp sle i32 %425, 256
	br i1 %483, label %write_rank, label %write_sort

484:
	%485 = phi i32 [ %0, %topk ], [ %536, %535 ]
	%486 = icmp slt i32 %485, %16
	br i1 %486, label %487, label %503

487:
	%488 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %485
	%489 = load i32, i32 addrspace(3)* %488
	%490 = icmp uge i32 %489, 2
	%491 = and i32 %489, 0
	%492 = icmp eq i32 %491, 0
	%493 = and i1 %490, %492
	%494 = lshr i32 %489, 24
	%495 = and i32 %494, 255
	%496 = select i1 %493, i32 %495, i32 256
	%497 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %496)
	%498 = shl i32 1, %3
	%499 = sub i32 %498, 1
	%500 = and i32 %497, %499
	%501 = icmp eq i32 %500, 0
	%502 = and i1 %493, %501
	br i1 %502, label %531, label %535

503:
	call void @llvm.nvvm.barrier0()
	%504 = sub i32 255, %0
	%505 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %504
	%506 = load i32, i32 addrspace(3)* %505
	%507 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %507
	%508 = and i32 %0, 31
	%509 = lshr i32 %0, 5
	%510 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %506, i32 1, i32 0)
	%511 = icmp uge i32 %508, 1
	%512 = select i1 %511, i32 %510, i32 0
	%513 = add i32 %506, %512
	%514 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %513, i32 2, i32 0)
	%515 = icmp uge i32 %508, 2
	%516 = select i1 %515, i32 %514, i32 0
	%517 = add i32 %513, %516
	%518 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %517, i32 4, i32 0)
	%519 = icmp uge i32 %508, 4
	%520 = select i1 %519, i32 %518, i32 0
	%521 = add i32 %517, %520
	%522 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %521, i32 8, i32 0)
	%523 = icmp uge i32 %508, 8
	%524 = select i1 %523, i32 %522, i32 0
	%525 = add i32 %521, %524
	%526 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %525, i32 16, i32 0)
	%527 = icmp uge i32 %508, 16
	%528 = select i1 %527, i32 %526, i32 0
	%529 = add i32 %525, %528
	%530 = icmp eq i32 %508, 31
	br i1 %530, label %537, label %539

531:
	%532 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %495
	%533 = call i32 @llvm.ctpop.i32(i32 %497)
	%534 = atomicrmw add i32 addrspace(3)* %532, i32 %533 monotonic
	br label %535

535:
	%536 = add i32 %485, 256
	br label %484

537:
	%538 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 %509
	store i32 %529, i32 addrspace(3)* %538
	br label %539

539:
	call void @llvm.nvvm.barrier0()
	%540 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 0
	%541 = load i32, i32 addrspace(3)* %540
	%542 = icmp sgt i32 %509, 0
	%543 = select i1 %542, i32 %541, i32 0
	%544 = add i32 0, %543
	%545 = add i32 0, %541
	%546 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 1
	%547 = load i32, i32 addrspace(3)* %546
	%548 = icmp sgt i32 %509, 1
	%549 = select i1 %548, i32 %547, i32 0
	%550 = add i32 %544, %549
	%551 = add i32 %545, %547
	%552 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 2
	%553 = load i32, i32 addrspace(3)* %552
	%554 = icmp sgt i32 %509, 2
	%555 = select i1 %554, i32 %553, i32 0
	%556 = add i32 %550, %555
	%557 = add i32 %551, %553
	%558 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 3
	%559 = load i32, i32 addrspace(3)* %558
	%560 = icmp sgt i32 %509, 3
	%561 = select i1 %560, i32 %559, i32 0
	%562 = add i32 %556, %561
	%563 = add i32 %557, %559
	%564 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 4
	%565 = load i32, i32 addrspace(3)* %564
	%566 = icmp sgt i32 %509, 4
	%567 = select i1 %566, i32 %565, i32 0
	%568 = add i32 %562, %567
	%569 = add i32 %563, %565
	%570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 5
	%571 = load i32, i32 addrspace(3)* %570
	%572 = icmp sgt i32 %509, 5
	%573 = select i1 %572, i32 %571, i32 0
	%574 = add i32 %568, %573
	%575 = add i32 %569, %571
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 6
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %509, 6
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 %574, %579
	%581 = add i32 %575, %577
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 7
	%583 = load i32, i32 addrspace(3)* %582
	%584 = icmp sgt i32 %509, 7
	%585 = select i1 %584, i32 %583, i32 0
	%586 = add i32 %580, %585
	%587 = add i32 %581, %583
	%588 = add i32 %586, %529
	%589 = sub i32 %588, %506
	%590 = icmp slt i32 %589, %425
	%591 = add i32 %589, %506
	%592 = icmp sle i32 %425, %591
	%593 = and i1 %590, %592
	br i1 %593, label %594, label %597

594:
	%595 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	store i32 %504, i32 addrspace(3)* %595
	%596 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	store i32 %589, i32 addrspace(3)* %596
	br label %597

597:
	call void @llvm.nvvm.barrier0()
	%598 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	%599 = load i32, i32 addrspace(3)* %598
	%600 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	%601 = load i32, i32 addrspace(3)* %600
	%602 = sub i32 %425, %601
	%603 = shl i32 %599, 24
	%604 = or i32 0, %603
	%605 = or i32 0, u0xFF000000
	br label %606

606:
	%607 = phi i32 [ %0, %597 ], [ %658, %657 ]
	%608 = icmp slt i32 %607, %16
	br i1 %608, label %609, label %625

609:
	%610 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %607
	%611 = load i32, i32 addrspace(3)* %610
	%612 = icmp uge i32 %611, 2
	%613 = and i32 %611, %605
	%614 = icmp eq i32 %613, %604
	%615 = and i1 %612, %614
	%616 = lshr i32 %611, 16
	%617 = and i32 %616, 255
	%618 = select i1 %615, i32 %617, i32 256
	%619 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %618)
	%620 = shl i32 1, %3
	%621 = sub i32 %620, 1
	%622 = and i32 %619, %621
	%623 = icmp eq i32 %622, 0
	%624 = and i1 %615, %623
	br i1 %624, label %653, label %657

625:
	call void @llvm.nvvm.barrier0()
	%626 = sub i32 255, %0
	%627 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %626
	%628 = load i32, i32 addrspace(3)* %627
	%629 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %629
	%630 = and i32 %0, 31
	%631 = lshr i32 %0, 5
	%632 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %628, i32 1, i32 0)
	%633 = icmp uge i32 %630, 1
	%634 = select i1 %633, i32 %632, i32 0
	%635 = add i32 %628, %634
	%636 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %635, i32 2, i32 0)
	%637 = icmp uge i32 %630, 2
	%638 = select i1 %637, i32 %636, i32 0
	%639 = add i32 %635, %638
	%640 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %639, i32 4, i32 0)
	%641 = icmp uge i32 %630, 4
	%642 = select i1 %641, i32 %640, i32 0
	%643 = add i32 %639, %642
	%644 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %643, i32 8, i32 0)
	%645 = icmp uge i32 %630, 8
	%646 = select i1 %645, i32 %644, i32 0
	%647 = add i32 %643, %646
	%648 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %647, i32 16, i32 0)
	%649 = icmp uge i32 %630, 16
	%650 = select i1 %649, i32 %648, i32 0
	%651 = add i32 %647, %650
	%652 = icmp eq i32 %630, 31
	br i1 %652, label %659, label %661

653:
	%654 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %617
	%655 = call i32 @llvm.ctpop.i32(i32 %619)
	%656 = atomicrmw add i32 addrspace(3)* %654, i32 %655 monotonic
	br label %657

657:
	%658 = add i32 %607, 256
	br label %606

659:
	%660 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 %631
	store i32 %651, i32 addrspace(3)* %660
	br label %661

661:
	call void @llvm.nvvm.barrier0()
	%662 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 0
	%663 = load i32, i32 addrspace(3)* %662
	%664 = icmp sgt i32 %631, 0
	%665 = select i1 %664, i32 %663, i32 0
	%666 = add i32 0, %665
	%667 = add i32 0, %663
	%668 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 1
	%669 = load i32, i32 addrspace(3)* %668
	%670 = icmp sgt i32 %631, 1
	%671 = select i1 %670, i32 %669, i32 0
	%672 = add i32 %666, %671
	%673 = add i32 %667, %669
	%674 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 2
	%675 = load i32, i32 addrspace(3)* %674
	%676 = icmp sgt i32 %631, 2
	%677 = select i1 %676, i32 %675, i32 0
	%678 = add i32 %672, %677
	%679 = add i32 %673, %675
	%680 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 3
	%681 = load i32, i32 addrspace(3)* %680
	%682 = icmp sgt i32 %631, 3
	%683 = select i1 %682, i32 %681, i32 0
	%684 = add i32 %678, %683
	%685 = add i32 %679, %681
	%686 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 4
	%687 = load i32, i32 addrspace(3)* %686
	%688 = icmp sgt i32 %631, 4
	%689 = select i1 %688, i32 %687, i32 0
	%690 = add i32 %684, %689
	%691 = add i32 %685, %687
	%692 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 5
	%693 = load i32, i32 addrspace(3)* %692
	%694 = icmp sgt i32 %631, 5
	%695 = select i1 %694, i32 %693, i32 0
	%696 = add i32 %690, %695
	%697 = add i32 %691, %693
	%698 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 6
	%699 = load i32, i32 addrspace(3)* %698
	%700 = icmp sgt i32 %631, 6
	%701 = select i1 %700, i32 %699, i32 0
	%702 = add i32 %696, %701
	%703 = add i32 %697, %699
	%704 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 7
	%705 = load i32, i32 addrspace(3)* %704
	%706 = icmp sgt i32 %631, 7
	%707 = select i1 %706, i32 %705, i32 0
	%708 = add i32 %702, %707
	%709 = add i32 %703, %705
	%710 = add i32 %708, %651
	%711 = sub i32 %710, %628
	%712 = icmp slt i32 %711, %602
	%713 = add i32 %711, %628
	%714 = icmp sle i32 %602, %713
	%715 = and i1 %712, %714
	br i1 %715, label %716, label %719

716:
	%717 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	store i32 %626, i32 addrspace(3)* %717
	%718 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	store i32 %711, i32 addrspace(3)* %718
	br label %719

719:
	call void @llvm.nvvm.barrier0()
	%720 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	%721 = load i32, i32 addrspace(3)* %720
	%722 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	%723 = load i32, i32 addrspace(3)* %722
	%724 = sub i32 %602, %723
	%725 = shl i32 %721, 16
	%726 = or i32 %604, %725
	%727 = or i32 %605, u0xFF0000
	br label %728

728:
	%729 = phi i32 [ %0, %719 ], [ %780, %779 ]
	%730 = icmp slt i32 %729, %16
	br i1 %730, label %731, label %747

731:
	%732 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %729
	%733 = load i32, i32 addrspace(3)* %732
	%734 = icmp uge i32 %733, 2
	%735 = and i32 %733, %727
	%736 = icmp eq i32 %735, %726
	%737 = and i1 %734, %736
	%738 = lshr i32 %733, 8
	%739 = and i32 %738, 255
	%740 = select i1 %737, i32 %739, i32 256
	%741 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %740)
	%742 = shl i32 1, %3
	%743 = sub i32 %742, 1
	%744 = and i32 %741, %743
	%745 = icmp eq i32 %744, 0
	%746 = and i1 %737, %745
	br i1 %746, label %775, label %779

747:
	call void @llvm.nvvm.barrier0()
	%748 = sub i32 255, %0
	%749 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %748
	%750 = load i32, i32 addrspace(3)* %749
	%751 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %751
	%752 = and i32 %0, 31
	%753 = lshr i32 %0, 5
	%754 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %750, i32 1, i32 0)
	%755 = icmp uge i32 %752, 1
	%756 = select i1 %755, i32 %754, i32 0
	%757 = add i32 %750, %756
	%758 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %757, i32 2, i32 0)
	%759 = icmp uge i32 %752, 2
	%760 = select i1 %759, i32 %758, i32 0
	%761 = add i32 %757, %760
	%762 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %761, i32 4, i32 0)
	%763 = icmp uge i32 %752, 4
	%764 = select i1 %763, i32 %762, i32 0
	%765 = add i32 %761, %764
	%766 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %765, i32 8, i32 0)
	%767 = icmp uge i32 %752, 8
	%768 = select i1 %767, i32 %766, i32 0
	%769 = add i32 %765, %768
	%770 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %769, i32 16, i32 0)
	%771 = icmp uge i32 %752, 16
	%772 = select i1 %771, i32 %770, i32 0
	%773 = add i32 %769, %772
	%774 = icmp eq i32 %752, 31
	br i1 %774, label %781, label %783

775:
	%776 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %739
	%777 = call i32 @llvm.ctpop.i32(i32 %741)
	%778 = atomicrmw add i32 addrspace(3)* %776, i32 %777 monotonic
	br label %779

779:
	%780 = add i32 %729, 256
	br label %728

781:
	%782 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 %753
	store i32 %773, i32 addrspace(3)* %782
	br label %783

783:
	call void @llvm.nvvm.barrier0()
	%784 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 0
	%785 = load i32, i32 addrspace(3)* %784
	%786 = icmp sgt i32 %753, 0
	%787 = select i1 %786, i32 %785, i32 0
	%788 = add i32 0, %787
	%789 = add i32 0, %785
	%790 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 1
	%791 = load i32, i32 addrspace(3)* %790
	%792 = icmp sgt i32 %753, 1
	%793 = select i1 %792, i32 %791, i32 0
	%794 = add i32 %788, %793
	%795 = add i32 %789, %791
	%796 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 2
	%797 = load i32, i32 addrspace(3)* %796
	%798 = icmp sgt i32 %753, 2
	%799 = select i1 %798, i32 %797, i32 0
	%800 = add i32 %794, %799
	%801 = add i32 %795, %797
	%802 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 3
	%803 = load i32, i32 addrspace(3)* %802
	%804 = icmp sgt i32 %753, 3
	%805 = select i1 %804, i32 %803, i32 0
	%806 = add i32 %800, %805
	%807 = add i32 %801, %803
	%808 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 4
	%809 = load i32, i32 addrspace(3)* %808
	%810 = icmp sgt i32 %753, 4
	%811 = select i1 %810, i32 %809, i32 0
	%812 = add i32 %806, %811
	%813 = add i32 %807, %809
	%814 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 5
	%815 = load i32, i32 addrspace(3)* %814
	%816 = icmp sgt i32 %753, 5
	%817 = select i1 %816, i32 %815, i32 0
	%818 = add i32 %812, %817
	%819 = add i32 %813, %815
	%820 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 6
	%821 = load i32, i32 addrspace(3)* %820
	%822 = icmp sgt i32 %753, 6
	%823 = select i1 %822, i32 %821, i32 0
	%824 = add i32 %818, %823
	%825 = add i32 %819, %821
	%826 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 7
	%827 = load i32, i32 addrspace(3)* %826
	%828 = icmp sgt i32 %753, 7
	%829 = select i1 %828, i32 %827, i32 0
	%830 = add i32 %824, %829
	%831 = add i32 %825, %827
	%832 = add i32 %830, %773
	%833 = sub i32 %832, %750
	%834 = icmp slt i32 %833, %724
	%835 = add i32 %833, %750
	%836 = icmp sle i32 %724, %835
	%837 = and i1 %834, %836
	br i1 %837, label %838, label %841

838:
	%839 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	store i32 %748, i32 addrspace(3)* %839
	%840 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	store i32 %833, i32 addrspace(3)* %840
	br label %841

841:
	call void @llvm.nvvm.barrier0()
	%842 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	%843 = load i32, i32 addrspace(3)* %842
	%844 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	%845 = load i32, i32 addrspace(3)* %844
	%846 = sub i32 %724, %845
	%847 = shl i32 %843, 8
	%848 = or i32 %726, %847
	%849 = or i32 %727, u0xFF00
	br label %850

850:
	%851 = phi i32 [ %0, %841 ], [ %902, %901 ]
	%852 = icmp slt i32 %851, %16
	br i1 %852, label %853, label %869

853:
	%854 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %851
	%855 = load i32, i32 addrspace(3)* %854
	%856 = icmp uge i32 %855, 2
	%857 = and i32 %855, %849
	%858 = icmp eq i32 %857, %848
	%859 = and i1 %856, %858
	%860 = lshr i32 %855, 0
	%861 = and i32 %860, 255
	%862 = select i1 %859, i32 %861, i32 256
	%863 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %862)
	%864 = shl i32 1, %3
	%865 = sub i32 %864, 1
	%866 = and i32 %863, %865
	%867 = icmp eq i32 %866, 0
	%868 = and i1 %859, %867
	br i1 %868, label %897, label %901

869:
	call void @llvm.nvvm.barrier0()
	%870 = sub i32 255, %0
	%871 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %870
	%872 = load i32, i32 addrspace(3)* %871
	%873 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %873
	%874 = and i32 %0, 31
	%875 = lshr i32 %0, 5
	%876 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %872, i32 1, i32 0)
	%877 = icmp uge i32 %874, 1
	%878 = select i1 %877, i32 %876, i32 0
	%879 = add i32 %872, %878
	%880 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %879, i32 2, i32 0)
	%881 = icmp uge i32 %874, 2
	%882 = select i1 %881, i32 %880, i32 0
	%883 = add i32 %879, %882
	%884 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %883, i32 4, i32 0)
	%885 = icmp uge i32 %874, 4
	%886 = select i1 %885, i32 %884, i32 0
	%887 = add i32 %883, %886
	%888 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %887, i32 8, i32 0)
	%889 = icmp uge i32 %874, 8
	%890 = select i1 %889, i32 %888, i32 0
	%891 = add i32 %887, %890
	%892 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %891, i32 16, i32 0)
	%893 = icmp uge i32 %874, 16
	%894 = select i1 %893, i32 %892, i32 0
	%895 = add i32 %891, %894
	%896 = icmp eq i32 %874, 31
	br i1 %896, label %903, label %905

897:
	%898 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %861
	%899 = call i32 @llvm.ctpop.i32(i32 %863)
	%900 = atomicrmw add i32 addrspace(3)* %898, i32 %899 monotonic
	br label %901

901:
	%902 = add i32 %851, 256
	br label %850

903:
	%904 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 %875
	store i32 %895, i32 addrspace(3)* %904
	br label %905

905:
	call void @llvm.nvvm.barrier0()
	%906 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 0
	%907 = load i32, i32 addrspace(3)* %906
	%908 = icmp sgt i32 %875, 0
	%909 = select i1 %908, i32 %907, i32 0
	%910 = add i32 0, %909
	%911 = add i32 0, %907
	%912 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 1
	%913 = load i32, i32 addrspace(3)* %912
	%914 = icmp sgt i32 %875, 1
	%915 = select i1 %914, i32 %913, i32 0
	%916 = add i32 %910, %915
	%917 = add i32 %911, %913
	%918 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 2
	%919 = load i32, i32 addrspace(3)* %918
	%920 = icmp sgt i32 %875, 2
	%921 = select i1 %920, i32 %919, i32 0
	%922 = add i32 %916, %921
	%923 = add i32 %917, %919
	%924 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 3
	%925 = load i32, i32 addrspace(3)* %924
	%926 = icmp sgt i32 %875, 3
	%927 = select i1 %926, i32 %925, i32 0
	%928 = add i32 %922, %927
	%929 = add i32 %923, %925
	%930 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 4
	%931 = load i32, i32 addrspace(3)* %930
	%932 = icmp sgt i32 %875, 4
	%933 = select i1 %932, i32 %931, i32 0
	%934 = add i32 %928, %933
	%935 = add i32 %929, %931
	%936 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 5
	%937 = load i32, i32 addrspace(3)* %936
	%938 = icmp sgt i32 %875, 5
	%939 = select i1 %938, i32 %937, i32 0
	%940 = add i32 %934, %939
	%941 = add i32 %935, %937
	%942 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 6
	%943 = load i32, i32 addrspace(3)* %942
	%944 = icmp sgt i32 %875, 6
	%945 = select i1 %944, i32 %943, i32 0
	%946 = add i32 %940, %945
	%947 = add i32 %941, %943
	%948 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 7
	%949 = load i32, i32 addrspace(3)* %948
	%950 = icmp sgt i32 %875, 7
	%951 = select i1 %950, i32 %949, i32 0
	%952 = add i32 %946, %951
	%953 = add i32 %947, %949
	%954 = add i32 %952, %895
	%955 = sub i32 %954, %872
	%956 = icmp slt i32 %955, %846
	%957 = add i32 %955, %872
	%958 = icmp sle i32 %846, %957
	%959 = and i1 %956, %958
	br i1 %959, label %960, label %963

960:
	%961 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	store i32 %870, i32 addrspace(3)* %961
	%962 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	store i32 %955, i32 addrspace(3)* %962
	br label %963

963:
	call void @llvm.nvvm.barrier0()
	%964 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	%965 = load i32, i32 addrspace(3)* %964
	%966 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	%967 = load i32, i32 addrspace(3)* %966
	%968 = sub i32 %846, %967
	%969 = shl i32 %965, 0
	%970 = or i32 %848, %969
	%971 = or i32 %849, 255
	%972 = shl i32 1, %3
	%973 = sub i32 %972, 1
	br label %974

974:
	%975 = phi i32 [ 0, %963 ], [ %1029, %1028 ]
	%976 = icmp slt i32 %975, %16
	br i1 %976, label %977, label %986

977:
	%978 = add i32 %975, %0
	%979 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %978
	%980 = load i32, i32 addrspace(3)* %979
	%981 = icmp ugt i32 %980, %970
	%982 = icmp eq i32 %980, %970
	%983 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %981)
	%984 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %982)
	%985 = icmp eq i32 %3, 0
	br i1 %985, label %1020, label %1028

986:
	call void @llvm.nvvm.barrier0()
	%987 = sdiv i32 %16, 256
	%988 = mul i32 %987, 8
	%989 = icmp slt i32 %0, %988
	%990 = select i1 %989, i32 %0, i32 0
	%991 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpg, i32 0, i32 %990
	%992 = load i32, i32 addrspace(3)* %991
	%993 = select i1 %989, i32 %992, i32 0
	%994 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpt, i32 0, i32 %990
	%995 = load i32, i32 addrspace(3)* %994
	%996 = select i1 %989, i32 %995, i32 0
	%997 = and i32 %0, 31
	%998 = lshr i32 %0, 5
	%999 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %996, i32 1, i32 0)
	%1000 = icmp uge i32 %997, 1
	%1001 = select i1 %1000, i32 %999, i32 0
	%1002 = add i32 %996, %1001
	%1003 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1002, i32 2, i32 0)
	%1004 = icmp uge i32 %997, 2
	%1005 = select i1 %1004, i32 %1003, i32 0
	%1006 = add i32 %1002, %1005
	%1007 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1006, i32 4, i32 0)
	%1008 = icmp uge i32 %997, 4
	%1009 = select i1 %1008, i32 %1007, i32 0
	%1010 = add i32 %1006, %1009
	%1011 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1010, i32 8, i32 0)
	%1012 = icmp uge i32 %997, 8
	%1013 = select i1 %1012, i32 %1011, i32 0
	%1014 = add i32 %1010, %1013
	%1015 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1014, i32 16, i32 0)
	%1016 = icmp uge i32 %997, 16
	%1017 = select i1 %1016, i32 %1015, i32 0
	%1018 = add i32 %1014, %1017
	%1019 = icmp eq i32 %997, 31
	br i1 %1019, label %1030, label %1032

1020:
	%1021 = sdiv i32 %975, 256
	%1022 = mul i32 %1021, 8
	%1023 = add i32 %1022, %4
	%1024 = call i32 @llvm.ctpop.i32(i32 %983)
	%1025 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpg, i32 0, i32 %1023
	store i32 %1024, i32 addrspace(3)* %1025
	%1026 = call i32 @llvm.ctpop.i32(i32 %984)
	%1027 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpt, i32 0, i32 %1023
	store i32 %1026, i32 addrspace(3)* %1027
	br label %1028

1028:
	%1029 = add i32 %975, 256
	br label %974

1030:
	%1031 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 %998
	store i32 %1018, i32 addrspace(3)* %1031
	br label %1032

1032:
	call void @llvm.nvvm.barrier0()
	%1033 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 0
	%1034 = load i32, i32 addrspace(3)* %1033
	%1035 = icmp sgt i32 %998, 0
	%1036 = select i1 %1035, i32 %1034, i32 0
	%1037 = add i32 0, %1036
	%1038 = add i32 0, %1034
	%1039 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 1
	%1040 = load i32, i32 addrspace(3)* %1039
	%1041 = icmp sgt i32 %998, 1
	%1042 = select i1 %1041, i32 %1040, i32 0
	%1043 = add i32 %1037, %1042
	%1044 = add i32 %1038, %1040
	%1045 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 2
	%1046 = load i32, i32 addrspace(3)* %1045
	%1047 = icmp sgt i32 %998, 2
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = add i32 %1043, %1048
	%1050 = add i32 %1044, %1046
	%1051 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 3
	%1052 = load i32, i32 addrspace(3)* %1051
	%1053 = icmp sgt i32 %998, 3
	%1054 = select i1 %1053, i32 %1052, i32 0
	%1055 = add i32 %1049, %1054
	%1056 = add i32 %1050, %1052
	%1057 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 4
	%1058 = load i32, i32 addrspace(3)* %1057
	%1059 = icmp sgt i32 %998, 4
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = add i32 %1055, %1060
	%1062 = add i32 %1056, %1058
	%1063 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 5
	%1064 = load i32, i32 addrspace(3)* %1063
	%1065 = icmp sgt i32 %998, 5
	%1066 = select i1 %1065, i32 %1064, i32 0
	%1067 = add i32 %1061, %1066
	%1068 = add i32 %1062, %1064
	%1069 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 6
	%1070 = load i32, i32 addrspace(3)* %1069
	%1071 = icmp sgt i32 %998, 6
	%1072 = select i1 %1071, i32 %1070, i32 0
	%1073 = add i32 %1067, %1072
	%1074 = add i32 %1068, %1070
	%1075 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 7
	%1076 = load i32, i32 addrspace(3)* %1075
	%1077 = icmp sgt i32 %998, 7
	%1078 = select i1 %1077, i32 %1076, i32 0
	%1079 = add i32 %1073, %1078
	%1080 = add i32 %1074, %1076
	%1081 = add i32 %1079, %1018
	%1082 = sub i32 %1081, %996
	%1083 = sub i32 %968, %1082
	%1084 = icmp sgt i32 %1083, 0
	%1085 = select i1 %1084, i32 %1083, i32 0
	%1086 = icmp slt i32 %1085, %996
	%1087 = select i1 %1086, i32 %1085, i32 %996
	%1088 = add i32 %993, %1087
	%1089 = and i32 %0, 31
	%1090 = lshr i32 %0, 5
	%1091 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1088, i32 1, i32 0)
	%1092 = icmp uge i32 %1089, 1
	%1093 = select i1 %1092, i32 %1091, i32 0
	%1094 = add i32 %1088, %1093
	%1095 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1094, i32 2, i32 0)
	%1096 = icmp uge i32 %1089, 2
	%1097 = select i1 %1096, i32 %1095, i32 0
	%1098 = add i32 %1094, %1097
	%1099 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1098, i32 4, i32 0)
	%1100 = icmp uge i32 %1089, 4
	%1101 = select i1 %1100, i32 %1099, i32 0
	%1102 = add i32 %1098, %1101
	%1103 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1102, i32 8, i32 0)
	%1104 = icmp uge i32 %1089, 8
	%1105 = select i1 %1104, i32 %1103, i32 0
	%1106 = add i32 %1102, %1105
	%1107 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1106, i32 16, i32 0)
	%1108 = icmp uge i32 %1089, 16
	%1109 = select i1 %1108, i32 %1107, i32 0
	%1110 = add i32 %1106, %1109
	%1111 = icmp eq i32 %1089, 31
	br i1 %1111, label %1112, label %1114

1112:
	%1113 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 %1090
	store i32 %1110, i32 addrspace(3)* %1113
	br label %1114

1114:
	call void @llvm.nvvm.barrier0()
	%1115 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 0
	%1116 = load i32, i32 addrspace(3)* %1115
	%1117 = icmp sgt i32 %1090, 0
	%1118 = select i1 %1117, i32 %1116, i32 0
	%1119 = add i32 0, %1118
	%1120 = add i32 0, %1116
	%1121 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 1
	%1122 = load i32, i32 addrspace(3)* %1121
	%1123 = icmp sgt i32 %1090, 1
	%1124 = select i1 %1123, i32 %1122, i32 0
	%1125 = add i32 %1119, %1124
	%1126 = add i32 %1120, %1122
	%1127 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 2
	%1128 = load i32, i32 addrspace(3)* %1127
	%1129 = icmp sgt i32 %1090, 2
	%1130 = select i1 %1129, i32 %1128, i32 0
	%1131 = add i32 %1125, %1130
	%1132 = add i32 %1126, %1128
	%1133 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 3
	%1134 = load i32, i32 addrspace(3)* %1133
	%1135 = icmp sgt i32 %1090, 3
	%1136 = select i1 %1135, i32 %1134, i32 0
	%1137 = add i32 %1131, %1136
	%1138 = add i32 %1132, %1134
	%1139 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 4
	%1140 = load i32, i32 addrspace(3)* %1139
	%1141 = icmp sgt i32 %1090, 4
	%1142 = select i1 %1141, i32 %1140, i32 0
	%1143 = add i32 %1137, %1142
	%1144 = add i32 %1138, %1140
	%1145 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 5
	%1146 = load i32, i32 addrspace(3)* %1145
	%1147 = icmp sgt i32 %1090, 5
	%1148 = select i1 %1147, i32 %1146, i32 0
	%1149 = add i32 %1143, %1148
	%1150 = add i32 %1144, %1146
	%1151 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 6
	%1152 = load i32, i32 addrspace(3)* %1151
	%1153 = icmp sgt i32 %1090, 6
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = add i32 %1149, %1154
	%1156 = add i32 %1150, %1152
	%1157 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 7
	%1158 = load i32, i32 addrspace(3)* %1157
	%1159 = icmp sgt i32 %1090, 7
	%1160 = select i1 %1159, i32 %1158, i32 0
	%1161 = add i32 %1155, %1160
	%1162 = add i32 %1156, %1158
	%1163 = add i32 %1161, %1110
	%1164 = sub i32 %1163, %1088
	br i1 %989, label %1165, label %1168

1165:
	%1166 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpg, i32 0, i32 %0
	store i32 %1164, i32 addrspace(3)* %1166
	%1167 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpt, i32 0, i32 %0
	store i32 %1082, i32 addrspace(3)* %1167
	br label %1168

1168:
	call void @llvm.nvvm.barrier0()
	br label %1169

1169:
	%1170 = phi i32 [ 0, %1168 ], [ %1202, %1201 ]
	%1171 = icmp slt i32 %1170, %16
	br i1 %1171, label %1172, label %1197

1172:
	%1173 = add i32 %1170, %0
	%1174 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %1173
	%1175 = load i32, i32 addrspace(3)* %1174
	%1176 = icmp ugt i32 %1175, %970
	%1177 = icmp eq i32 %1175, %970
	%1178 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1176)
	%1179 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1177)
	%1180 = sdiv i32 %1170, 256
	%1181 = mul i32 %1180, 8
	%1182 = add i32 %1181, %4
	%1183 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpt, i32 0, i32 %1182
	%1184 = load i32, i32 addrspace(3)* %1183
	%1185 = and i32 %1179, %973
	%1186 = call i32 @llvm.ctpop.i32(i32 %1185)
	%1187 = add i32 %1184, %1186
	%1188 = icmp slt i32 %1187, %968
	%1189 = and i1 %1177, %1188
	%1190 = or i1 %1176, %1189
	%1191 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1190)
	%1192 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpg, i32 0, i32 %1182
	%1193 = load i32, i32 addrspace(3)* %1192
	%1194 = and i32 %1191, %973
	%1195 = call i32 @llvm.ctpop.i32(i32 %1194)
	%1196 = add i32 %1193, %1195
	br i1 %1190, label %1198, label %1201

1197:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1198:
	%1199 = add i32 %1170, %0
	%1200 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1196
	store i32 %1199, i32 addrspace(3)* %1200
	br label %1201

1201:
	%1202 = add i32 %1170, 256
	br label %1169

write_rank:
	br i1 %482, label %1294, label %1300

write_sort:
	%1203 = sub i32 %425, 1
	%1204 = call i32 @llvm.ctlz.i32(i32 %1203, i1 false)
	%1205 = icmp sgt i32 %425, 1
	%1206 = sub i32 32, %1204
	%1207 = select i1 %1205, i32 %1206, i32 0
	%1208 = shl i32 1, %1207
	%1209 = add i32 %425, %0
	br label %1212

write_done:
	%1210 = add i32 %412, %425
	%1211 = add i32 %1210, %0
	br label %1333

1212:
	%1213 = phi i32 [ %1209, %write_sort ], [ %1217, %1215 ]
	%1214 = icmp slt i32 %1213, %1208
	br i1 %1214, label %1215, label %1218

1215:
	%1216 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1213
	store i32 -1, i32 addrspace(3)* %1216
	%1217 = add i32 %1213, 256
	br label %1212

1218:
	call void @llvm.nvvm.barrier0()
	%1219 = add i32 %1207, 1
	br label %1220

1220:
	%1221 = phi i32 [ 1, %1218 ], [ %1237, %1236 ]
	%1222 = icmp slt i32 %1221, %1219
	br i1 %1222, label %1223, label %1225

1223:
	%1224 = shl i32 1, %1221
	br label %1226

1225:
	br label %1278

1226:
	%1227 = phi i32 [ 0, %1223 ], [ %1272, %1271 ]
	%1228 = icmp slt i32 %1227, %1221
	br i1 %1228, label %1229, label %1236

1229:
	%1230 = sub i32 %1221, 1
	%1231 = sub i32 %1230, %1227
	%1232 = shl i32 1, %1231
	%1233 = sub i32 %1221, 1
	%1234 = sub i32 %1233, %1227
	%1235 = lshr i32 %1208, 1
	br label %1238

1236:
	%1237 = add i32 %1221, 1
	br label %1220

1238:
	%1239 = phi i32 [ %0, %1229 ], [ %1277, %1276 ]
	%1240 = icmp slt i32 %1239, %1235
	br i1 %1240, label %1241, label %1271

1241:
	%1242 = lshr i32 %1239, %1234
	%1243 = add i32 %1234, 1
	%1244 = shl i32 %1242, %1243
	%1245 = sub i32 %1232, 1
	%1246 = and i32 %1239, %1245
	%1247 = or i32 %1244, %1246
	%1248 = or i32 %1247, %1232
	%1249 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1247
	%1250 = load i32, i32 addrspace(3)* %1249
	%1251 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1248
	%1252 = load i32, i32 addrspace(3)* %1251
	%1253 = and i32 %1247, %1224
	%1254 = icmp eq i32 %1253, 0
	%1255 = icmp sge i32 %1252, 0
	%1256 = select i1 %1255, i32 %1252, i32 0
	%1257 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %1256
	%1258 = load i32, i32 addrspace(3)* %1257
	%1259 = select i1 %1255, i32 %1258, i32 0
	%1260 = icmp sge i32 %1250, 0
	%1261 = select i1 %1260, i32 %1250, i32 0
	%1262 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %1261
	%1263 = load i32, i32 addrspace(3)* %1262
	%1264 = select i1 %1260, i32 %1263, i32 0
	%1265 = icmp ugt i32 %1259, %1264
	%1266 = icmp eq i32 %1259, %1264
	%1267 = icmp slt i32 %1252, %1250
	%1268 = and i1 %1266, %1267
	%1269 = or i1 %1265, %1268
	%1270 = icmp eq i1 %1269, %1254
	br i1 %1270, label %1273, label %1276

1271:
	call void @llvm.nvvm.barrier0()
	%1272 = add i32 %1227, 1
	br label %1226

1273:
	%1274 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1247
	store i32 %1252, i32 addrspace(3)* %1274
	%1275 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1248
	store i32 %1250, i32 addrspace(3)* %1275
	br label %1276

1276:
	%1277 = add i32 %1239, 256
	br label %1238

1278:
	%1279 = phi i32 [ %0, %1225 ], [ %1292, %1281 ]
	%1280 = icmp slt i32 %1279, %425
	br i1 %1280, label %1281, label %1293

1281:
	%1282 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1279
	%1283 = load i32, i32 addrspace(3)* %1282
	%1284 = add i32 %412, %1279
	%1285 = add i32 %13, %1284
	%1286 = sext i32 %1285 to i64
	%1287 = getelementptr i32, i32* %list, i64 %1286
	store i32 %1283, i32* %1287
	%1288 = add i32 %13, %NK
	%1289 = add i32 %1288, %1284
	%1290 = sext i32 %1289 to i64
	%1291 = getelementptr i32, i32* %list, i64 %1290
	store i32 0, i32* %1291
	%1292 = add i32 %1279, 256
	br label %1278

1293:
	br label %write_done

1294:
	%1295 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %0
	%1296 = load i32, i32 addrspace(3)* %1295
	%1297 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %1296
	%1298 = load i32, i32 addrspace(3)* %1297
	%1299 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %0
	store i32 %1298, i32 addrspace(3)* %1299
	br label %1300

1300:
	call void @llvm.nvvm.barrier0()
	br i1 %482, label %1301, label %1306

1301:
	%1302 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %0
	%1303 = load i32, i32 addrspace(3)* %1302
	%1304 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %0
	%1305 = load i32, i32 addrspace(3)* %1304
	br label %1307

1306:
	br label %write_done

1307:
	%1308 = phi i32 [ 0, %1301 ], [ %1323, %1311 ]
	%1309 = phi i32 [ 0, %1301 ], [ %1322, %1311 ]
	%1310 = icmp slt i32 %1308, %425
	br i1 %1310, label %1311, label %1324

1311:
	%1312 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %1308
	%1313 = load i32, i32 addrspace(3)* %1312
	%1314 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1308
	%1315 = load i32, i32 addrspace(3)* %1314
	%1316 = icmp ugt i32 %1313, %1305
	%1317 = icmp eq i32 %1313, %1305
	%1318 = icmp slt i32 %1315, %1303
	%1319 = and i1 %1317, %1318
	%1320 = or i1 %1316, %1319
	%1321 = zext i1 %1320 to i32
	%1322 = add i32 %1309, %1321
	%1323 = add i32 %1308, 1
	br label %1307

1324:
	%1325 = add i32 %412, %1309
	%1326 = add i32 %13, %1325
	%1327 = sext i32 %1326 to i64
	%1328 = getelementptr i32, i32* %list, i64 %1327
	store i32 %1303, i32* %1328
	%1329 = add i32 %13, %NK
	%1330 = add i32 %1329, %1325
	%1331 = sext i32 %1330 to i64
	%1332 = getelementptr i32, i32* %list, i64 %1331
	store i32 0, i32* %1332
	br label %1306

1333:
	%1334 = phi i32 [ %1211, %write_done ], [ %1344, %1336 ]
	%1335 = icmp slt i32 %1334, %NK
	br i1 %1335, label %1336, label %1345

1336:
	%1337 = add i32 %13, %1334
	%1338 = sext i32 %1337 to i64
	%1339 = getelementptr i32, i32* %list, i64 %1338
	store i32 -1, i32* %1339
	%1340 = add i32 %13, %NK
	%1341 = add i32 %1340, %1334
	%1342 = sext i32 %1341 to i64
	%1343 = getelementptr i32, i32* %list, i64 %1342
	store i32 -1, i32* %1343
	%1344 = add i32 %1334, 256
	br label %1333

1345:
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

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

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
	%14 = phi i32 [ %3, %entry ], [ %107, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %106, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %108

17:
	%18 = sub i32 %7, 1
	%19 = add i32 %14, 0
	%20 = icmp slt i32 %19, %7
	%21 = icmp slt i32 %19, %18
	%22 = select i1 %21, i32 %19, i32 %18
	%23 = add i32 %14, 1
	%24 = icmp slt i32 %23, %7
	%25 = icmp slt i32 %23, %18
	%26 = select i1 %25, i32 %23, i32 %18
	%27 = add i32 %14, 2
	%28 = icmp slt i32 %27, %7
	%29 = icmp slt i32 %27, %18
	%30 = select i1 %29, i32 %27, i32 %18
	%31 = add i32 %14, 3
	%32 = icmp slt i32 %31, %7
	%33 = icmp slt i32 %31, %18
	%34 = select i1 %33, i32 %31, i32 %18
	%35 = add i32 %14, 4
	%36 = icmp slt i32 %35, %7
	%37 = icmp slt i32 %35, %18
	%38 = select i1 %37, i32 %35, i32 %18
	%39 = add i32 %14, 5
	%40 = icmp slt i32 %39, %7
	%41 = icmp slt i32 %39, %18
	%42 = select i1 %41, i32 %39, i32 %18
	%43 = add i32 %14, 6
	%44 = icmp slt i32 %43, %7
	%45 = icmp slt i32 %43, %18
	%46 = select i1 %45, i32 %43, i32 %18
	%47 = add i32 %14, 7
	%48 = icmp slt i32 %47, %7
	%49 = icmp slt i32 %47, %18
	%50 = select i1 %49, i32 %47, i32 %18
	%51 = mul i32 %22, 64
	%52 = sext i32 %51 to i64
	%53 = getelementptr i16, i16* %12, i64 %52
	%54 = load i16, i16* %53
	%55 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %54)
	%56 = mul i32 %26, 64
	%57 = sext i32 %56 to i64
	%58 = getelementptr i16, i16* %12, i64 %57
	%59 = load i16, i16* %58
	%60 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %59)
	%61 = mul i32 %30, 64
	%62 = sext i32 %61 to i64
	%63 = getelementptr i16, i16* %12, i64 %62
	%64 = load i16, i16* %63
	%65 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %64)
	%66 = mul i32 %34, 64
	%67 = sext i32 %66 to i64
	%68 = getelementptr i16, i16* %12, i64 %67
	%69 = load i16, i16* %68
	%70 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %69)
	%71 = mul i32 %38, 64
	%72 = sext i32 %71 to i64
	%73 = getelementptr i16, i16* %12, i64 %72
	%74 = load i16, i16* %73
	%75 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %74)
	%76 = mul i32 %42, 64
	%77 = sext i32 %76 to i64
	%78 = getelementptr i16, i16* %12, i64 %77
	%79 = load i16, i16* %78
	%80 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %79)
	%81 = mul i32 %46, 64
	%82 = sext i32 %81 to i64
	%83 = getelementptr i16, i16* %12, i64 %82
	%84 = load i16, i16* %83
	%85 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %84)
	%86 = mul i32 %50, 64
	%87 = sext i32 %86 to i64
	%88 = getelementptr i16, i16* %12, i64 %87
	%89 = load i16, i16* %88
	%90 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %89)
	%91 = fadd float %15, %55
	%92 = select i1 %20, float %91, float %15
	%93 = fadd float %92, %60
	%94 = select i1 %24, float %93, float %92
	%95 = fadd float %94, %65
	%96 = select i1 %28, float %95, float %94
	%97 = fadd float %96, %70
	%98 = select i1 %32, float %97, float %96
	%99 = fadd float %98, %75
	%100 = select i1 %36, float %99, float %98
	%101 = fadd float %100, %80
	%102 = select i1 %40, float %101, float %100
	%103 = fadd float %102, %85
	%104 = select i1 %44, float %103, float %102
	%105 = fadd float %104, %90
	%106 = select i1 %48, float %105, float %104
	%107 = add i32 %14, 8
	br label %13

108:
	%109 = sub i32 %7, %3
	%110 = sitofp i32 %109 to float
	%111 = fdiv float %15, %110
	%112 = mul i32 %2, %NT
	%113 = add i32 %112, %1
	%114 = mul i32 %113, 64
	%115 = add i32 %114, %0
	%116 = sext i32 %115 to i64
	%117 = getelementptr float, float* %out, i64 %116
	store float %111, float* %117
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
	%14 = phi i32 [ %3, %entry ], [ %107, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %106, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %108

17:
	%18 = sub i32 %7, 1
	%19 = add i32 %14, 0
	%20 = icmp slt i32 %19, %7
	%21 = icmp slt i32 %19, %18
	%22 = select i1 %21, i32 %19, i32 %18
	%23 = add i32 %14, 1
	%24 = icmp slt i32 %23, %7
	%25 = icmp slt i32 %23, %18
	%26 = select i1 %25, i32 %23, i32 %18
	%27 = add i32 %14, 2
	%28 = icmp slt i32 %27, %7
	%29 = icmp slt i32 %27, %18
	%30 = select i1 %29, i32 %27, i32 %18
	%31 = add i32 %14, 3
	%32 = icmp slt i32 %31, %7
	%33 = icmp slt i32 %31, %18
	%34 = select i1 %33, i32 %31, i32 %18
	%35 = add i32 %14, 4
	%36 = icmp slt i32 %35, %7
	%37 = icmp slt i32 %35, %18
	%38 = select i1 %37, i32 %35, i32 %18
	%39 = add i32 %14, 5
	%40 = icmp slt i32 %39, %7
	%41 = icmp slt i32 %39, %18
	%42 = select i1 %41, i32 %39, i32 %18
	%43 = add i32 %14, 6
	%44 = icmp slt i32 %43, %7
	%45 = icmp slt i32 %43, %18
	%46 = select i1 %45, i32 %43, i32 %18
	%47 = add i32 %14, 7
	%48 = icmp slt i32 %47, %7
	%49 = icmp slt i32 %47, %18
	%50 = select i1 %49, i32 %47, i32 %18
	%51 = mul i32 %22, 64
	%52 = sext i32 %51 to i64
	%53 = getelementptr i16, i16* %12, i64 %52
	%54 = load i16, i16* %53
	%55 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %54)
	%56 = mul i32 %26, 64
	%57 = sext i32 %56 to i64
	%58 = getelementptr i16, i16* %12, i64 %57
	%59 = load i16, i16* %58
	%60 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %59)
	%61 = mul i32 %30, 64
	%62 = sext i32 %61 to i64
	%63 = getelementptr i16, i16* %12, i64 %62
	%64 = load i16, i16* %63
	%65 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %64)
	%66 = mul i32 %34, 64
	%67 = sext i32 %66 to i64
	%68 = getelementptr i16, i16* %12, i64 %67
	%69 = load i16, i16* %68
	%70 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %69)
	%71 = mul i32 %38, 64
	%72 = sext i32 %71 to i64
	%73 = getelementptr i16, i16* %12, i64 %72
	%74 = load i16, i16* %73
	%75 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %74)
	%76 = mul i32 %42, 64
	%77 = sext i32 %76 to i64
	%78 = getelementptr i16, i16* %12, i64 %77
	%79 = load i16, i16* %78
	%80 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %79)
	%81 = mul i32 %46, 64
	%82 = sext i32 %81 to i64
	%83 = getelementptr i16, i16* %12, i64 %82
	%84 = load i16, i16* %83
	%85 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %84)
	%86 = mul i32 %50, 64
	%87 = sext i32 %86 to i64
	%88 = getelementptr i16, i16* %12, i64 %87
	%89 = load i16, i16* %88
	%90 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %89)
	%91 = fadd float %15, %55
	%92 = select i1 %20, float %91, float %15
	%93 = fadd float %92, %60
	%94 = select i1 %24, float %93, float %92
	%95 = fadd float %94, %65
	%96 = select i1 %28, float %95, float %94
	%97 = fadd float %96, %70
	%98 = select i1 %32, float %97, float %96
	%99 = fadd float %98, %75
	%100 = select i1 %36, float %99, float %98
	%101 = fadd float %100, %80
	%102 = select i1 %40, float %101, float %100
	%103 = fadd float %102, %85
	%104 = select i1 %44, float %103, float %102
	%105 = fadd float %104, %90
	%106 = select i1 %48, float %105, float %104
	%107 = add i32 %14, 8
	br label %13

108:
	%109 = sub i32 %7, %3
	%110 = sitofp i32 %109 to float
	%111 = fdiv float %15, %110
	%112 = mul i32 %2, %NT
	%113 = add i32 %112, %1
	%114 = mul i32 %113, 64
	%115 = add i32 %114, %0
	%116 = sext i32 %115 to i64
	%117 = getelementptr float, float* %out, i64 %116
	store float %111, float* %117
	ret void
}

define ptx_kernel void @minference_scores0(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%4 = and i32 %0, 31
	%5 = lshr i32 %0, 5
	%6 = lshr i32 %4, 2
	%7 = and i32 %4, 3
	%8 = mul i32 %2, 64
	%9 = mul i32 %1, 64
	%10 = lshr i32 %5, 1
	%11 = mul i32 %10, 32
	%12 = and i32 %5, 1
	%13 = mul i32 %12, 32
	%14 = sdiv i32 %3, %group
	%15 = add i32 %8, %11
	%16 = add i32 %6, 0
	%17 = add i32 %15, %16
	%18 = add i32 %9, %13
	%19 = shl i32 %7, 1
	%20 = add i32 %19, 0
	%21 = add i32 %18, %20
	%22 = add i32 %8, %11
	%23 = add i32 %6, 0
	%24 = add i32 %22, %23
	%25 = add i32 %9, %13
	%26 = shl i32 %7, 1
	%27 = add i32 %26, 1
	%28 = add i32 %25, %27
	%29 = add i32 %8, %11
	%30 = add i32 %6, 8
	%31 = add i32 %29, %30
	%32 = add i32 %9, %13
	%33 = shl i32 %7, 1
	%34 = add i32 %33, 0
	%35 = add i32 %32, %34
	%36 = add i32 %8, %11
	%37 = add i32 %6, 8
	%38 = add i32 %36, %37
	%39 = add i32 %9, %13
	%40 = shl i32 %7, 1
	%41 = add i32 %40, 1
	%42 = add i32 %39, %41
	%43 = add i32 %8, %11
	%44 = add i32 %6, 0
	%45 = add i32 %43, %44
	%46 = add i32 %9, %13
	%47 = shl i32 %7, 1
	%48 = add i32 %47, 8
	%49 = add i32 %46, %48
	%50 = add i32 %8, %11
	%51 = add i32 %6, 0
	%52 = add i32 %50, %51
	%53 = add i32 %9, %13
	%54 = shl i32 %7, 1
	%55 = add i32 %54, 9
	%56 = add i32 %53, %55
	%57 = add i32 %8, %11
	%58 = add i32 %6, 8
	%59 = add i32 %57, %58
	%60 = add i32 %9, %13
	%61 = shl i32 %7, 1
	%62 = add i32 %61, 8
	%63 = add i32 %60, %62
	%64 = add i32 %8, %11
	%65 = add i32 %6, 8
	%66 = add i32 %64, %65
	%67 = add i32 %9, %13
	%68 = shl i32 %7, 1
	%69 = add i32 %68, 9
	%70 = add i32 %67, %69
	%71 = add i32 %8, %11
	%72 = add i32 %6, 0
	%73 = add i32 %71, %72
	%74 = add i32 %9, %13
	%75 = shl i32 %7, 1
	%76 = add i32 %75, 16
	%77 = add i32 %74, %76
	%78 = add i32 %8, %11
	%79 = add i32 %6, 0
	%80 = add i32 %78, %79
	%81 = add i32 %9, %13
	%82 = shl i32 %7, 1
	%83 = add i32 %82, 17
	%84 = add i32 %81, %83
	%85 = add i32 %8, %11
	%86 = add i32 %6, 8
	%87 = add i32 %85, %86
	%88 = add i32 %9, %13
	%89 = shl i32 %7, 1
	%90 = add i32 %89, 16
	%91 = add i32 %88, %90
	%92 = add i32 %8, %11
	%93 = add i32 %6, 8
	%94 = add i32 %92, %93
	%95 = add i32 %9, %13
	%96 = shl i32 %7, 1
	%97 = add i32 %96, 17
	%98 = add i32 %95, %97
	%99 = add i32 %8, %11
	%100 = add i32 %6, 0
	%101 = add i32 %99, %100
	%102 = add i32 %9, %13
	%103 = shl i32 %7, 1
	%104 = add i32 %103, 24
	%105 = add i32 %102, %104
	%106 = add i32 %8, %11
	%107 = add i32 %6, 0
	%108 = add i32 %106, %107
	%109 = add i32 %9, %13
	%110 = shl i32 %7, 1
	%111 = add i32 %110, 25
	%112 = add i32 %109, %111
	%113 = add i32 %8, %11
	%114 = add i32 %6, 8
	%115 = add i32 %113, %114
	%116 = add i32 %9, %13
	%117 = shl i32 %7, 1
	%118 = add i32 %117, 24
	%119 = add i32 %116, %118
	%120 = add i32 %8, %11
	%121 = add i32 %6, 8
	%122 = add i32 %120, %121
	%123 = add i32 %9, %13
	%124 = shl i32 %7, 1
	%125 = add i32 %124, 25
	%126 = add i32 %123, %125
	%127 = add i32 %8, %11
	%128 = add i32 %6, 16
	%129 = add i32 %127, %128
	%130 = add i32 %9, %13
	%131 = shl i32 %7, 1
	%132 = add i32 %131, 0
	%133 = add i32 %130, %132
	%134 = add i32 %8, %11
	%135 = add i32 %6, 16
	%136 = add i32 %134, %135
	%137 = add i32 %9, %13
	%138 = shl i32 %7, 1
	%139 = add i32 %138, 1
	%140 = add i32 %137, %139
	%141 = add i32 %8, %11
	%142 = add i32 %6, 24
	%143 = add i32 %141, %142
	%144 = add i32 %9, %13
	%145 = shl i32 %7, 1
	%146 = add i32 %145, 0
	%147 = add i32 %144, %146
	%148 = add i32 %8, %11
	%149 = add i32 %6, 24
	%150 = add i32 %148, %149
	%151 = add i32 %9, %13
	%152 = shl i32 %7, 1
	%153 = add i32 %152, 1
	%154 = add i32 %151, %153
	%155 = add i32 %8, %11
	%156 = add i32 %6, 16
	%157 = add i32 %155, %156
	%158 = add i32 %9, %13
	%159 = shl i32 %7, 1
	%160 = add i32 %159, 8
	%161 = add i32 %158, %160
	%162 = add i32 %8, %11
	%163 = add i32 %6, 16
	%164 = add i32 %162, %163
	%165 = add i32 %9, %13
	%166 = shl i32 %7, 1
	%167 = add i32 %166, 9
	%168 = add i32 %165, %167
	%169 = add i32 %8, %11
	%170 = add i32 %6, 24
	%171 = add i32 %169, %170
	%172 = add i32 %9, %13
	%173 = shl i32 %7, 1
	%174 = add i32 %173, 8
	%175 = add i32 %172, %174
	%176 = add i32 %8, %11
	%177 = add i32 %6, 24
	%178 = add i32 %176, %177
	%179 = add i32 %9, %13
	%180 = shl i32 %7, 1
	%181 = add i32 %180, 9
	%182 = add i32 %179, %181
	%183 = add i32 %8, %11
	%184 = add i32 %6, 16
	%185 = add i32 %183, %184
	%186 = add i32 %9, %13
	%187 = shl i32 %7, 1
	%188 = add i32 %187, 16
	%189 = add i32 %186, %188
	%190 = add i32 %8, %11
	%191 = add i32 %6, 16
	%192 = add i32 %190, %191
	%193 = add i32 %9, %13
	%194 = shl i32 %7, 1
	%195 = add i32 %194, 17
	%196 = add i32 %193, %195
	%197 = add i32 %8, %11
	%198 = add i32 %6, 24
	%199 = add i32 %197, %198
	%200 = add i32 %9, %13
	%201 = shl i32 %7, 1
	%202 = add i32 %201, 16
	%203 = add i32 %200, %202
	%204 = add i32 %8, %11
	%205 = add i32 %6, 24
	%206 = add i32 %204, %205
	%207 = add i32 %9, %13
	%208 = shl i32 %7, 1
	%209 = add i32 %208, 17
	%210 = add i32 %207, %209
	%211 = add i32 %8, %11
	%212 = add i32 %6, 16
	%213 = add i32 %211, %212
	%214 = add i32 %9, %13
	%215 = shl i32 %7, 1
	%216 = add i32 %215, 24
	%217 = add i32 %214, %216
	%218 = add i32 %8, %11
	%219 = add i32 %6, 16
	%220 = add i32 %218, %219
	%221 = add i32 %9, %13
	%222 = shl i32 %7, 1
	%223 = add i32 %222, 25
	%224 = add i32 %221, %223
	%225 = add i32 %8, %11
	%226 = add i32 %6, 24
	%227 = add i32 %225, %226
	%228 = add i32 %9, %13
	%229 = shl i32 %7, 1
	%230 = add i32 %229, 24
	%231 = add i32 %228, %230
	%232 = add i32 %8, %11
	%233 = add i32 %6, 24
	%234 = add i32 %232, %233
	%235 = add i32 %9, %13
	%236 = shl i32 %7, 1
	%237 = add i32 %236, 25
	%238 = add i32 %235, %237
	%239 = mul i32 %3, %ch
	%240 = mul i32 %239, %NQ
	%241 = icmp slt i32 %17, %NQ
	%242 = icmp slt i32 %21, %NK
	%243 = and i1 %241, %242
	%244 = add i32 %240, %17
	%245 = mul i32 %244, %NK
	%246 = add i32 %245, %21
	%247 = select i1 %243, i32 %246, i32 0
	%248 = sext i32 %247 to i64
	%249 = getelementptr i8, i8* %cls, i64 %248
	%250 = load i8, i8* %249
	%251 = icmp ne i8 %250, 0
	%252 = and i1 %243, %251
	%253 = or i1 false, %252
	%254 = icmp slt i32 %24, %NQ
	%255 = icmp slt i32 %28, %NK
	%256 = and i1 %254, %255
	%257 = add i32 %240, %24
	%258 = mul i32 %257, %NK
	%259 = add i32 %258, %28
	%260 = select i1 %256, i32 %259, i32 0
	%261 = sext i32 %260 to i64
	%262 = getelementptr i8, i8* %cls, i64 %261
	%263 = load i8, i8* %262
	%264 = icmp ne i8 %263, 0
	%265 = and i1 %256, %264
	%266 = or i1 %253, %265
	%267 = icmp slt i32 %31, %NQ
	%268 = icmp slt i32 %35, %NK
	%269 = and i1 %267, %268
	%270 = add i32 %240, %31
	%271 = mul i32 %270, %NK
	%272 = add i32 %271, %35
	%273 = select i1 %269, i32 %272, i32 0
	%274 = sext i32 %273 to i64
	%275 = getelementptr i8, i8* %cls, i64 %274
	%276 = load i8, i8* %275
	%277 = icmp ne i8 %276, 0
	%278 = and i1 %269, %277
	%279 = or i1 %266, %278
	%280 = icmp slt i32 %38, %NQ
	%281 = icmp slt i32 %42, %NK
	%282 = and i1 %280, %281
	%283 = add i32 %240, %38
	%284 = mul i32 %283, %NK
	%285 = add i32 %284, %42
	%286 = select i1 %282, i32 %285, i32 0
	%287 = sext i32 %286 to i64
	%288 = getelementptr i8, i8* %cls, i64 %287
	%289 = load i8, i8* %288
	%290 = icmp ne i8 %289, 0
	%291 = and i1 %282, %290
	%292 = or i1 %279, %291
	%293 = icmp slt i32 %45, %NQ
	%294 = icmp slt i32 %49, %NK
	%295 = and i1 %293, %294
	%296 = add i32 %240, %45
	%297 = mul i32 %296, %NK
	%298 = add i32 %297, %49
	%299 = select i1 %295, i32 %298, i32 0
	%300 = sext i32 %299 to i64
	%301 = getelementptr i8, i8* %cls, i64 %300
	%302 = load i8, i8* %301
	%303 = icmp ne i8 %302, 0
	%304 = and i1 %295, %303
	%305 = or i1 %292, %304
	%306 = icmp slt i32 %52, %NQ
	%307 = icmp slt i32 %56, %NK
	%308 = and i1 %306, %307
	%309 = add i32 %240, %52
	%310 = mul i32 %309, %NK
	%311 = add i32 %310, %56
	%312 = select i1 %308, i32 %311, i32 0
	%313 = sext i32 %312 to i64
	%314 = getelementptr i8, i8* %cls, i64 %313
	%315 = load i8, i8* %314
	%316 = icmp ne i8 %315, 0
	%317 = and i1 %308, %316
	%318 = or i1 %305, %317
	%319 = icmp slt i32 %59, %NQ
	%320 = icmp slt i32 %63, %NK
	%321 = and i1 %319, %320
	%322 = add i32 %240, %59
	%323 = mul i32 %322, %NK
	%324 = add i32 %323, %63
	%325 = select i1 %321, i32 %324, i32 0
	%326 = sext i32 %325 to i64
	%327 = getelementptr i8, i8* %cls, i64 %326
	%328 = load i8, i8* %327
	%329 = icmp ne i8 %328, 0
	%330 = and i1 %321, %329
	%331 = or i1 %318, %330
	%332 = icmp slt i32 %66, %NQ
	%333 = icmp slt i32 %70, %NK
	%334 = and i1 %332, %333
	%335 = add i32 %240, %66
	%336 = mul i32 %335, %NK
	%337 = add i32 %336, %70
	%338 = select i1 %334, i32 %337, i32 0
	%339 = sext i32 %338 to i64
	%340 = getelementptr i8, i8* %cls, i64 %339
	%341 = load i8, i8* %340
	%342 = icmp ne i8 %341, 0
	%343 = and i1 %334, %342
	%344 = or i1 %331, %343
	%345 = icmp slt i32 %73, %NQ
	%346 = icmp slt i32 %77, %NK
	%347 = and i1 %345, %346
	%348 = add i32 %240, %73
	%349 = mul i32 %348, %NK
	%350 = add i32 %349, %77
	%351 = select i1 %347, i32 %350, i32 0
	%352 = sext i32 %351 to i64
	%353 = getelementptr i8, i8* %cls, i64 %352
	%354 = load i8, i8* %353
	%355 = icmp ne i8 %354, 0
	%356 = and i1 %347, %355
	%357 = or i1 %344, %356
	%358 = icmp slt i32 %80, %NQ
	%359 = icmp slt i32 %84, %NK
	%360 = and i1 %358, %359
	%361 = add i32 %240, %80
	%362 = mul i32 %361, %NK
	%363 = add i32 %362, %84
	%364 = select i1 %360, i32 %363, i32 0
	%365 = sext i32 %364 to i64
	%366 = getelementptr i8, i8* %cls, i64 %365
	%367 = load i8, i8* %366
	%368 = icmp ne i8 %367, 0
	%369 = and i1 %360, %368
	%370 = or i1 %357, %369
	%371 = icmp slt i32 %87, %NQ
	%372 = icmp slt i32 %91, %NK
	%373 = and i1 %371, %372
	%374 = add i32 %240, %87
	%375 = mul i32 %374, %NK
	%376 = add i32 %375, %91
	%377 = select i1 %373, i32 %376, i32 0
	%378 = sext i32 %377 to i64
	%379 = getelementptr i8, i8* %cls, i64 %378
	%380 = load i8, i8* %379
	%381 = icmp ne i8 %380, 0
	%382 = and i1 %373, %381
	%383 = or i1 %370, %382
	%384 = icmp slt i32 %94, %NQ
	%385 = icmp slt i32 %98, %NK
	%386 = and i1 %384, %385
	%387 = add i32 %240, %94
	%388 = mul i32 %387, %NK
	%389 = add i32 %388, %98
	%390 = select i1 %386, i32 %389, i32 0
	%391 = sext i32 %390 to i64
	%392 = getelementptr i8, i8* %cls, i64 %391
	%393 = load i8, i8* %392
	%394 = icmp ne i8 %393, 0
	%395 = and i1 %386, %394
	%396 = or i1 %383, %395
	%397 = icmp slt i32 %101, %NQ
	%398 = icmp slt i32 %105, %NK
	%399 = and i1 %397, %398
	%400 = add i32 %240, %101
	%401 = mul i32 %400, %NK
	%402 = add i32 %401, %105
	%403 = select i1 %399, i32 %402, i32 0
	%404 = sext i32 %403 to i64
	%405 = getelementptr i8, i8* %cls, i64 %404
	%406 = load i8, i8* %405
	%407 = icmp ne i8 %406, 0
	%408 = and i1 %399, %407
	%409 = or i1 %396, %408
	%410 = icmp slt i32 %108, %NQ
	%411 = icmp slt i32 %112, %NK
	%412 = and i1 %410, %411
	%413 = add i32 %240, %108
	%414 = mul i32 %413, %NK
	%415 = add i32 %414, %112
	%416 = select i1 %412, i32 %415, i32 0
	%417 = sext i32 %416 to i64
	%418 = getelementptr i8, i8* %cls, i64 %417
	%419 = load i8, i8* %418
	%420 = icmp ne i8 %419, 0
	%421 = and i1 %412, %420
	%422 = or i1 %409, %421
	%423 = icmp slt i32 %115, %NQ
	%424 = icmp slt i32 %119, %NK
	%425 = and i1 %423, %424
	%426 = add i32 %240, %115
	%427 = mul i32 %426, %NK
	%428 = add i32 %427, %119
	%429 = select i1 %425, i32 %428, i32 0
	%430 = sext i32 %429 to i64
	%431 = getelementptr i8, i8* %cls, i64 %430
	%432 = load i8, i8* %431
	%433 = icmp ne i8 %432, 0
	%434 = and i1 %425, %433
	%435 = or i1 %422, %434
	%436 = icmp slt i32 %122, %NQ
	%437 = icmp slt i32 %126, %NK
	%438 = and i1 %436, %437
	%439 = add i32 %240, %122
	%440 = mul i32 %439, %NK
	%441 = add i32 %440, %126
	%442 = select i1 %438, i32 %441, i32 0
	%443 = sext i32 %442 to i64
	%444 = getelementptr i8, i8* %cls, i64 %443
	%445 = load i8, i8* %444
	%446 = icmp ne i8 %445, 0
	%447 = and i1 %438, %446
	%448 = or i1 %435, %447
	%449 = icmp slt i32 %129, %NQ
	%450 = icmp slt i32 %133, %NK
	%451 = and i1 %449, %450
	%452 = add i32 %240, %129
	%453 = mul i32 %452, %NK
	%454 = add i32 %453, %133
	%455 = select i1 %451, i32 %454, i32 0
	%456 = sext i32 %455 to i64
	%457 = getelementptr i8, i8* %cls, i64 %456
	%458 = load i8, i8* %457
	%459 = icmp ne i8 %458, 0
	%460 = and i1 %451, %459
	%461 = or i1 %448, %460
	%462 = icmp slt i32 %136, %NQ
	%463 = icmp slt i32 %140, %NK
	%464 = and i1 %462, %463
	%465 = add i32 %240, %136
	%466 = mul i32 %465, %NK
	%467 = add i32 %466, %140
	%468 = select i1 %464, i32 %467, i32 0
	%469 = sext i32 %468 to i64
	%470 = getelementptr i8, i8* %cls, i64 %469
	%471 = load i8, i8* %470
	%472 = icmp ne i8 %471, 0
	%473 = and i1 %464, %472
	%474 = or i1 %461, %473
	%475 = icmp slt i32 %143, %NQ
	%476 = icmp slt i32 %147, %NK
	%477 = and i1 %475, %476
	%478 = add i32 %240, %143
	%479 = mul i32 %478, %NK
	%480 = add i32 %479, %147
	%481 = select i1 %477, i32 %480, i32 0
	%482 = sext i32 %481 to i64
	%483 = getelementptr i8, i8* %cls, i64 %482
	%484 = load i8, i8* %483
	%485 = icmp ne i8 %484, 0
	%486 = and i1 %477, %485
	%487 = or i1 %474, %486
	%488 = icmp slt i32 %150, %NQ
	%489 = icmp slt i32 %154, %NK
	%490 = and i1 %488, %489
	%491 = add i32 %240, %150
	%492 = mul i32 %491, %NK
	%493 = add i32 %492, %154
	%494 = select i1 %490, i32 %493, i32 0
	%495 = sext i32 %494 to i64
	%496 = getelementptr i8, i8* %cls, i64 %495
	%497 = load i8, i8* %496
	%498 = icmp ne i8 %497, 0
	%499 = and i1 %490, %498
	%500 = or i1 %487, %499
	%501 = icmp slt i32 %157, %NQ
	%502 = icmp slt i32 %161, %NK
	%503 = and i1 %501, %502
	%504 = add i32 %240, %157
	%505 = mul i32 %504, %NK
	%506 = add i32 %505, %161
	%507 = select i1 %503, i32 %506, i32 0
	%508 = sext i32 %507 to i64
	%509 = getelementptr i8, i8* %cls, i64 %508
	%510 = load i8, i8* %509
	%511 = icmp ne i8 %510, 0
	%512 = and i1 %503, %511
	%513 = or i1 %500, %512
	%514 = icmp slt i32 %164, %NQ
	%515 = icmp slt i32 %168, %NK
	%516 = and i1 %514, %515
	%517 = add i32 %240, %164
	%518 = mul i32 %517, %NK
	%519 = add i32 %518, %168
	%520 = select i1 %516, i32 %519, i32 0
	%521 = sext i32 %520 to i64
	%522 = getelementptr i8, i8* %cls, i64 %521
	%523 = load i8, i8* %522
	%524 = icmp ne i8 %523, 0
	%525 = and i1 %516, %524
	%526 = or i1 %513, %525
	%527 = icmp slt i32 %171, %NQ
	%528 = icmp slt i32 %175, %NK
	%529 = and i1 %527, %528
	%530 = add i32 %240, %171
	%531 = mul i32 %530, %NK
	%532 = add i32 %531, %175
	%533 = select i1 %529, i32 %532, i32 0
	%534 = sext i32 %533 to i64
	%535 = getelementptr i8, i8* %cls, i64 %534
	%536 = load i8, i8* %535
	%537 = icmp ne i8 %536, 0
	%538 = and i1 %529, %537
	%539 = or i1 %526, %538
	%540 = icmp slt i32 %178, %NQ
	%541 = icmp slt i32 %182, %NK
	%542 = and i1 %540, %541
	%543 = add i32 %240, %178
	%544 = mul i32 %543, %NK
	%545 = add i32 %544, %182
	%546 = select i1 %542, i32 %545, i32 0
	%547 = sext i32 %546 to i64
	%548 = getelementptr i8, i8* %cls, i64 %547
	%549 = load i8, i8* %548
	%550 = icmp ne i8 %549, 0
	%551 = and i1 %542, %550
	%552 = or i1 %539, %551
	%553 = icmp slt i32 %185, %NQ
	%554 = icmp slt i32 %189, %NK
	%555 = and i1 %553, %554
	%556 = add i32 %240, %185
	%557 = mul i32 %556, %NK
	%558 = add i32 %557, %189
	%559 = select i1 %555, i32 %558, i32 0
	%560 = sext i32 %559 to i64
	%561 = getelementptr i8, i8* %cls, i64 %560
	%562 = load i8, i8* %561
	%563 = icmp ne i8 %562, 0
	%564 = and i1 %555, %563
	%565 = or i1 %552, %564
	%566 = icmp slt i32 %192, %NQ
	%567 = icmp slt i32 %196, %NK
	%568 = and i1 %566, %567
	%569 = add i32 %240, %192
	%570 = mul i32 %569, %NK
	%571 = add i32 %570, %196
	%572 = select i1 %568, i32 %571, i32 0
	%573 = sext i32 %572 to i64
	%574 = getelementptr i8, i8* %cls, i64 %573
	%575 = load i8, i8* %574
	%576 = icmp ne i8 %575, 0
	%577 = and i1 %568, %576
	%578 = or i1 %565, %577
	%579 = icmp slt i32 %199, %NQ
	%580 = icmp slt i32 %203, %NK
	%581 = and i1 %579, %580
	%582 = add i32 %240, %199
	%583 = mul i32 %582, %NK
	%584 = add i32 %583, %203
	%585 = select i1 %581, i32 %584, i32 0
	%586 = sext i32 %585 to i64
	%587 = getelementptr i8, i8* %cls, i64 %586
	%588 = load i8, i8* %587
	%589 = icmp ne i8 %588, 0
	%590 = and i1 %581, %589
	%591 = or i1 %578, %590
	%592 = icmp slt i32 %206, %NQ
	%593 = icmp slt i32 %210, %NK
	%594 = and i1 %592, %593
	%595 = add i32 %240, %206
	%596 = mul i32 %595, %NK
	%597 = add i32 %596, %210
	%598 = select i1 %594, i32 %597, i32 0
	%599 = sext i32 %598 to i64
	%600 = getelementptr i8, i8* %cls, i64 %599
	%601 = load i8, i8* %600
	%602 = icmp ne i8 %601, 0
	%603 = and i1 %594, %602
	%604 = or i1 %591, %603
	%605 = icmp slt i32 %213, %NQ
	%606 = icmp slt i32 %217, %NK
	%607 = and i1 %605, %606
	%608 = add i32 %240, %213
	%609 = mul i32 %608, %NK
	%610 = add i32 %609, %217
	%611 = select i1 %607, i32 %610, i32 0
	%612 = sext i32 %611 to i64
	%613 = getelementptr i8, i8* %cls, i64 %612
	%614 = load i8, i8* %613
	%615 = icmp ne i8 %614, 0
	%616 = and i1 %607, %615
	%617 = or i1 %604, %616
	%618 = icmp slt i32 %220, %NQ
	%619 = icmp slt i32 %224, %NK
	%620 = and i1 %618, %619
	%621 = add i32 %240, %220
	%622 = mul i32 %621, %NK
	%623 = add i32 %622, %224
	%624 = select i1 %620, i32 %623, i32 0
	%625 = sext i32 %624 to i64
	%626 = getelementptr i8, i8* %cls, i64 %625
	%627 = load i8, i8* %626
	%628 = icmp ne i8 %627, 0
	%629 = and i1 %620, %628
	%630 = or i1 %617, %629
	%631 = icmp slt i32 %227, %NQ
	%632 = icmp slt i32 %231, %NK
	%633 = and i1 %631, %632
	%634 = add i32 %240, %227
	%635 = mul i32 %634, %NK
	%636 = add i32 %635, %231
	%637 = select i1 %633, i32 %636, i32 0
	%638 = sext i32 %637 to i64
	%639 = getelementptr i8, i8* %cls, i64 %638
	%640 = load i8, i8* %639
	%641 = icmp ne i8 %640, 0
	%642 = and i1 %633, %641
	%643 = or i1 %630, %642
	%644 = icmp slt i32 %234, %NQ
	%645 = icmp slt i32 %238, %NK
	%646 = and i1 %644, %645
	%647 = add i32 %240, %234
	%648 = mul i32 %647, %NK
	%649 = add i32 %648, %238
	%650 = select i1 %646, i32 %649, i32 0
	%651 = sext i32 %650 to i64
	%652 = getelementptr i8, i8* %cls, i64 %651
	%653 = load i8, i8* %652
	%654 = icmp ne i8 %653, 0
	%655 = and i1 %646, %654
	%656 = or i1 %643, %655
	%657 = zext i1 %656 to i32
	%658 = call i32 @llvm.nvvm.barrier0.or(i32 %657)
	%659 = icmp ne i32 %658, 0
	br i1 %659, label %work, label %skip

work:
	br label %660

skip:
	ret void

660:
	%661 = phi i32 [ 0, %work ], [ %1663, %1662 ]
	%662 = phi float [ 0.0, %work ], [ %991, %1662 ]
	%663 = phi float [ 0.0, %work ], [ %992, %1662 ]
	%664 = phi float [ 0.0, %work ], [ %993, %1662 ]
	%665 = phi float [ 0.0, %work ], [ %994, %1662 ]
	%666 = phi float [ 0.0, %work ], [ %995, %1662 ]
	%667 = phi float [ 0.0, %work ], [ %996, %1662 ]
	%668 = phi float [ 0.0, %work ], [ %997, %1662 ]
	%669 = phi float [ 0.0, %work ], [ %998, %1662 ]
	%670 = phi float [ 0.0, %work ], [ %999, %1662 ]
	%671 = phi float [ 0.0, %work ], [ %1000, %1662 ]
	%672 = phi float [ 0.0, %work ], [ %1001, %1662 ]
	%673 = phi float [ 0.0, %work ], [ %1002, %1662 ]
	%674 = phi float [ 0.0, %work ], [ %1003, %1662 ]
	%675 = phi float [ 0.0, %work ], [ %1004, %1662 ]
	%676 = phi float [ 0.0, %work ], [ %1005, %1662 ]
	%677 = phi float [ 0.0, %work ], [ %1006, %1662 ]
	%678 = phi float [ 0.0, %work ], [ %1007, %1662 ]
	%679 = phi float [ 0.0, %work ], [ %1008, %1662 ]
	%680 = phi float [ 0.0, %work ], [ %1009, %1662 ]
	%681 = phi float [ 0.0, %work ], [ %1010, %1662 ]
	%682 = phi float [ 0.0, %work ], [ %1011, %1662 ]
	%683 = phi float [ 0.0, %work ], [ %1012, %1662 ]
	%684 = phi float [ 0.0, %work ], [ %1013, %1662 ]
	%685 = phi float [ 0.0, %work ], [ %1014, %1662 ]
	%686 = phi float [ 0.0, %work ], [ %1015, %1662 ]
	%687 = phi float [ 0.0, %work ], [ %1016, %1662 ]
	%688 = phi float [ 0.0, %work ], [ %1017, %1662 ]
	%689 = phi float [ 0.0, %work ], [ %1018, %1662 ]
	%690 = phi float [ 0.0, %work ], [ %1019, %1662 ]
	%691 = phi float [ 0.0, %work ], [ %1020, %1662 ]
	%692 = phi float [ 0.0, %work ], [ %1021, %1662 ]
	%693 = phi float [ 0.0, %work ], [ %1022, %1662 ]
	%694 = icmp slt i32 %661, 64
	br i1 %694, label %695, label %696

695:
	br label %701

696:
	%697 = fmul float %662, 0x3FC7154760000000
	%698 = icmp slt i32 %17, %NQ
	%699 = icmp slt i32 %21, %NK
	%700 = and i1 %698, %699
	br i1 %700, label %1664, label %1671

701:
	%702 = phi i32 [ 0, %695 ], [ %843, %704 ]
	%703 = icmp slt i32 %702, 512
	br i1 %703, label %704, label %844

704:
	%705 = add i32 %0, %702
	%706 = udiv i32 %705, 8
	%707 = urem i32 %705, 8
	%708 = add i32 %8, %706
	%709 = icmp slt i32 %708, %NQ
	%710 = select i1 %709, i32 %708, i32 0
	%711 = mul i32 %3, %NQ
	%712 = add i32 %711, %710
	%713 = mul i32 %712, 64
	%714 = add i32 %713, %661
	%715 = shl i32 %707, 2
	%716 = add i32 %714, %715
	%717 = sext i32 %716 to i64
	%718 = getelementptr float, float* %qm, i64 %717
	%719 = bitcast float* %718 to <4 x float>*
	%720 = load <4 x float>, <4 x float>* %719, align 16
	%721 = extractelement <4 x float> %720, i32 0
	%722 = extractelement <4 x float> %720, i32 1
	%723 = extractelement <4 x float> %720, i32 2
	%724 = extractelement <4 x float> %720, i32 3
	%725 = select i1 %709, float %721, float 0.0
	%726 = select i1 %709, float %722, float 0.0
	%727 = select i1 %709, float %723, float 0.0
	%728 = select i1 %709, float %724, float 0.0
	%729 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %726, float %725)
	%730 = trunc i32 %729 to i16
	%731 = zext i16 %730 to i32
	%732 = shl i32 %731, 16
	%733 = bitcast i32 %732 to float
	%734 = fcmp oeq float %733, 0x7FF0000000000000
	%735 = fneg float 0x7FF0000000000000
	%736 = fcmp oeq float %733, %735
	%737 = or i1 %734, %736
	%738 = fsub float %725, %733
	%739 = select i1 %737, float 0.0, float %738
	%740 = lshr i32 %729, 16
	%741 = trunc i32 %740 to i16
	%742 = zext i16 %741 to i32
	%743 = shl i32 %742, 16
	%744 = bitcast i32 %743 to float
	%745 = fcmp oeq float %744, 0x7FF0000000000000
	%746 = fneg float 0x7FF0000000000000
	%747 = fcmp oeq float %744, %746
	%748 = or i1 %745, %747
	%749 = fsub float %726, %744
	%750 = select i1 %748, float 0.0, float %749
	%751 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %750, float %739)
	%752 = trunc i32 %751 to i16
	%753 = zext i16 %752 to i32
	%754 = shl i32 %753, 16
	%755 = bitcast i32 %754 to float
	%756 = fcmp oeq float %755, 0x7FF0000000000000
	%757 = fneg float 0x7FF0000000000000
	%758 = fcmp oeq float %755, %757
	%759 = or i1 %756, %758
	%760 = fsub float %739, %755
	%761 = select i1 %759, float 0.0, float %760
	%762 = lshr i32 %751, 16
	%763 = trunc i32 %762 to i16
	%764 = zext i16 %763 to i32
	%765 = shl i32 %764, 16
	%766 = bitcast i32 %765 to float
	%767 = fcmp oeq float %766, 0x7FF0000000000000
	%768 = fneg float 0x7FF0000000000000
	%769 = fcmp oeq float %766, %768
	%770 = or i1 %767, %769
	%771 = fsub float %750, %766
	%772 = select i1 %770, float 0.0, float %771
	%773 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %772, float %761)
	%774 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %728, float %727)
	%775 = trunc i32 %774 to i16
	%776 = zext i16 %775 to i32
	%777 = shl i32 %776, 16
	%778 = bitcast i32 %777 to float
	%779 = fcmp oeq float %778, 0x7FF0000000000000
	%780 = fneg float 0x7FF0000000000000
	%781 = fcmp oeq float %778, %780
	%782 = or i1 %779, %781
	%783 = fsub float %727, %778
	%784 = select i1 %782, float 0.0, float %783
	%785 = lshr i32 %774, 16
	%786 = trunc i32 %785 to i16
	%787 = zext i16 %786 to i32
	%788 = shl i32 %787, 16
	%789 = bitcast i32 %788 to float
	%790 = fcmp oeq float %789, 0x7FF0000000000000
	%791 = fneg float 0x7FF0000000000000
	%792 = fcmp oeq float %789, %791
	%793 = or i1 %790, %792
	%794 = fsub float %728, %789
	%795 = select i1 %793, float 0.0, float %794
	%796 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %795, float %784)
	%797 = trunc i32 %796 to i16
	%798 = zext i16 %797 to i32
	%799 = shl i32 %798, 16
	%800 = bitcast i32 %799 to float
	%801 = fcmp oeq float %800, 0x7FF0000000000000
	%802 = fneg float 0x7FF0000000000000
	%803 = fcmp oeq float %800, %802
	%804 = or i1 %801, %803
	%805 = fsub float %784, %800
	%806 = select i1 %804, float 0.0, float %805
	%807 = lshr i32 %796, 16
	%808 = trunc i32 %807 to i16
	%809 = zext i16 %808 to i32
	%810 = shl i32 %809, 16
	%811 = bitcast i32 %810 to float
	%812 = fcmp oeq float %811, 0x7FF0000000000000
	%813 = fneg float 0x7FF0000000000000
	%814 = fcmp oeq float %811, %813
	%815 = or i1 %812, %814
	%816 = fsub float %795, %811
	%817 = select i1 %815, float 0.0, float %816
	%818 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %817, float %806)
	%819 = insertelement <2 x i32> undef, i32 %729, i32 0
	%820 = insertelement <2 x i32> %819, i32 %774, i32 1
	%821 = mul i32 %706, 20
	%822 = shl i32 %707, 1
	%823 = add i32 %821, %822
	%824 = add i32 %823, 0
	%825 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %824
	%826 = bitcast i32 addrspace(3)* %825 to <2 x i32> addrspace(3)*
	store <2 x i32> %820, <2 x i32> addrspace(3)* %826, align 8
	%827 = insertelement <2 x i32> undef, i32 %751, i32 0
	%828 = insertelement <2 x i32> %827, i32 %796, i32 1
	%829 = mul i32 %706, 20
	%830 = shl i32 %707, 1
	%831 = add i32 %829, %830
	%832 = add i32 %831, 1280
	%833 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %832
	%834 = bitcast i32 addrspace(3)* %833 to <2 x i32> addrspace(3)*
	store <2 x i32> %828, <2 x i32> addrspace(3)* %834, align 8
	%835 = insertelement <2 x i32> undef, i32 %773, i32 0
	%836 = insertelement <2 x i32> %835, i32 %818, i32 1
	%837 = mul i32 %706, 20
	%838 = shl i32 %707, 1
	%839 = add i32 %837, %838
	%840 = add i32 %839, 2560
	%841 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %840
	%842 = bitcast i32 addrspace(3)* %841 to <2 x i32> addrspace(3)*
	store <2 x i32> %836, <2 x i32> addrspace(3)* %842, align 8
	%843 = add i32 %702, 128
	br label %701

844:
	br label %845

845:
	%846 = phi i32 [ 0, %844 ], [ %987, %848 ]
	%847 = icmp slt i32 %846, 512
	br i1 %847, label %848, label %988

848:
	%849 = add i32 %0, %846
	%850 = udiv i32 %849, 8
	%851 = urem i32 %849, 8
	%852 = add i32 %9, %850
	%853 = icmp slt i32 %852, %NK
	%854 = select i1 %853, i32 %852, i32 0
	%855 = mul i32 %14, %NK
	%856 = add i32 %855, %854
	%857 = mul i32 %856, 64
	%858 = add i32 %857, %661
	%859 = shl i32 %851, 2
	%860 = add i32 %858, %859
	%861 = sext i32 %860 to i64
	%862 = getelementptr float, float* %km, i64 %861
	%863 = bitcast float* %862 to <4 x float>*
	%864 = load <4 x float>, <4 x float>* %863, align 16
	%865 = extractelement <4 x float> %864, i32 0
	%866 = extractelement <4 x float> %864, i32 1
	%867 = extractelement <4 x float> %864, i32 2
	%868 = extractelement <4 x float> %864, i32 3
	%869 = select i1 %853, float %865, float 0.0
	%870 = select i1 %853, float %866, float 0.0
	%871 = select i1 %853, float %867, float 0.0
	%872 = select i1 %853, float %868, float 0.0
	%873 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %870, float %869)
	%874 = trunc i32 %873 to i16
	%875 = zext i16 %874 to i32
	%876 = shl i32 %875, 16
	%877 = bitcast i32 %876 to float
	%878 = fcmp oeq float %877, 0x7FF0000000000000
	%879 = fneg float 0x7FF0000000000000
	%880 = fcmp oeq float %877, %879
	%881 = or i1 %878, %880
	%882 = fsub float %869, %877
	%883 = select i1 %881, float 0.0, float %882
	%884 = lshr i32 %873, 16
	%885 = trunc i32 %884 to i16
	%886 = zext i16 %885 to i32
	%887 = shl i32 %886, 16
	%888 = bitcast i32 %887 to float
	%889 = fcmp oeq float %888, 0x7FF0000000000000
	%890 = fneg float 0x7FF0000000000000
	%891 = fcmp oeq float %888, %890
	%892 = or i1 %889, %891
	%893 = fsub float %870, %888
	%894 = select i1 %892, float 0.0, float %893
	%895 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %894, float %883)
	%896 = trunc i32 %895 to i16
	%897 = zext i16 %896 to i32
	%898 = shl i32 %897, 16
	%899 = bitcast i32 %898 to float
	%900 = fcmp oeq float %899, 0x7FF0000000000000
	%901 = fneg float 0x7FF0000000000000
	%902 = fcmp oeq float %899, %901
	%903 = or i1 %900, %902
	%904 = fsub float %883, %899
	%905 = select i1 %903, float 0.0, float %904
	%906 = lshr i32 %895, 16
	%907 = trunc i32 %906 to i16
	%908 = zext i16 %907 to i32
	%909 = shl i32 %908, 16
	%910 = bitcast i32 %909 to float
	%911 = fcmp oeq float %910, 0x7FF0000000000000
	%912 = fneg float 0x7FF0000000000000
	%913 = fcmp oeq float %910, %912
	%914 = or i1 %911, %913
	%915 = fsub float %894, %910
	%916 = select i1 %914, float 0.0, float %915
	%917 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %916, float %905)
	%918 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %872, float %871)
	%919 = trunc i32 %918 to i16
	%920 = zext i16 %919 to i32
	%921 = shl i32 %920, 16
	%922 = bitcast i32 %921 to float
	%923 = fcmp oeq float %922, 0x7FF0000000000000
	%924 = fneg float 0x7FF0000000000000
	%925 = fcmp oeq float %922, %924
	%926 = or i1 %923, %925
	%927 = fsub float %871, %922
	%928 = select i1 %926, float 0.0, float %927
	%929 = lshr i32 %918, 16
	%930 = trunc i32 %929 to i16
	%931 = zext i16 %930 to i32
	%932 = shl i32 %931, 16
	%933 = bitcast i32 %932 to float
	%934 = fcmp oeq float %933, 0x7FF0000000000000
	%935 = fneg float 0x7FF0000000000000
	%936 = fcmp oeq float %933, %935
	%937 = or i1 %934, %936
	%938 = fsub float %872, %933
	%939 = select i1 %937, float 0.0, float %938
	%940 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %939, float %928)
	%941 = trunc i32 %940 to i16
	%942 = zext i16 %941 to i32
	%943 = shl i32 %942, 16
	%944 = bitcast i32 %943 to float
	%945 = fcmp oeq float %944, 0x7FF0000000000000
	%946 = fneg float 0x7FF0000000000000
	%947 = fcmp oeq float %944, %946
	%948 = or i1 %945, %947
	%949 = fsub float %928, %944
	%950 = select i1 %948, float 0.0, float %949
	%951 = lshr i32 %940, 16
	%952 = trunc i32 %951 to i16
	%953 = zext i16 %952 to i32
	%954 = shl i32 %953, 16
	%955 = bitcast i32 %954 to float
	%956 = fcmp oeq float %955, 0x7FF0000000000000
	%957 = fneg float 0x7FF0000000000000
	%958 = fcmp oeq float %955, %957
	%959 = or i1 %956, %958
	%960 = fsub float %939, %955
	%961 = select i1 %959, float 0.0, float %960
	%962 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %961, float %950)
	%963 = insertelement <2 x i32> undef, i32 %873, i32 0
	%964 = insertelement <2 x i32> %963, i32 %918, i32 1
	%965 = mul i32 %850, 20
	%966 = shl i32 %851, 1
	%967 = add i32 %965, %966
	%968 = add i32 %967, 0
	%969 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %968
	%970 = bitcast i32 addrspace(3)* %969 to <2 x i32> addrspace(3)*
	store <2 x i32> %964, <2 x i32> addrspace(3)* %970, align 8
	%971 = insertelement <2 x i32> undef, i32 %895, i32 0
	%972 = insertelement <2 x i32> %971, i32 %940, i32 1
	%973 = mul i32 %850, 20
	%974 = shl i32 %851, 1
	%975 = add i32 %973, %974
	%976 = add i32 %975, 1280
	%977 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %976
	%978 = bitcast i32 addrspace(3)* %977 to <2 x i32> addrspace(3)*
	store <2 x i32> %972, <2 x i32> addrspace(3)* %978, align 8
	%979 = insertelement <2 x i32> undef, i32 %917, i32 0
	%980 = insertelement <2 x i32> %979, i32 %962, i32 1
	%981 = mul i32 %850, 20
	%982 = shl i32 %851, 1
	%983 = add i32 %981, %982
	%984 = add i32 %983, 2560
	%985 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %984
	%986 = bitcast i32 addrspace(3)* %985 to <2 x i32> addrspace(3)*
	store <2 x i32> %980, <2 x i32> addrspace(3)* %986, align 8
	%987 = add i32 %846, 128
	br label %845

988:
	call void @llvm.nvvm.barrier0()
	br label %989

989:
	%990 = phi i32 [ 0, %988 ], [ %1661, %1024 ]
	%991 = phi float [ %662, %988 ], [ %1622, %1024 ]
	%992 = phi float [ %663, %988 ], [ %1623, %1024 ]
	%993 = phi float [ %664, %988 ], [ %1624, %1024 ]
	%994 = phi float [ %665, %988 ], [ %1625, %1024 ]
	%995 = phi float [ %666, %988 ], [ %1627, %1024 ]
	%996 = phi float [ %667, %988 ], [ %1628, %1024 ]
	%997 = phi float [ %668, %988 ], [ %1629, %1024 ]
	%998 = phi float [ %669, %988 ], [ %1630, %1024 ]
	%999 = phi float [ %670, %988 ], [ %1632, %1024 ]
	%1000 = phi float [ %671, %988 ], [ %1633, %1024 ]
	%1001 = phi float [ %672, %988 ], [ %1634, %1024 ]
	%1002 = phi float [ %673, %988 ], [ %1635, %1024 ]
	%1003 = phi float [ %674, %988 ], [ %1637, %1024 ]
	%1004 = phi float [ %675, %988 ], [ %1638, %1024 ]
	%1005 = phi float [ %676, %988 ], [ %1639, %1024 ]
	%1006 = phi float [ %677, %988 ], [ %1640, %1024 ]
	%1007 = phi float [ %678, %988 ], [ %1642, %1024 ]
	%1008 = phi float [ %679, %988 ], [ %1643, %1024 ]
	%1009 = phi float [ %680, %988 ], [ %1644, %1024 ]
	%1010 = phi float [ %681, %988 ], [ %1645, %1024 ]
	%1011 = phi float [ %682, %988 ], [ %1647, %1024 ]
	%1012 = phi float [ %683, %988 ], [ %1648, %1024 ]
	%1013 = phi float [ %684, %988 ], [ %1649, %1024 ]
	%1014 = phi float [ %685, %988 ], [ %1650, %1024 ]
	%1015 = phi float [ %686, %988 ], [ %1652, %1024 ]
	%1016 = phi float [ %687, %988 ], [ %1653, %1024 ]
	%1017 = phi float [ %688, %988 ], [ %1654, %1024 ]
	%1018 = phi float [ %689, %988 ], [ %1655, %1024 ]
	%1019 = phi float [ %690, %988 ], [ %1657, %1024 ]
	%1020 = phi float [ %691, %988 ], [ %1658, %1024 ]
	%1021 = phi float [ %692, %988 ], [ %1659, %1024 ]
	%1022 = phi float [ %693, %988 ], [ %1660, %1024 ]
	%1023 = icmp slt i32 %990, 16
	br i1 %1023, label %1024, label %1662

1024:
	%1025 = add i32 %6, 0
	%1026 = add i32 %11, %1025
	%1027 = add i32 %1026, 0
	%1028 = add i32 %7, %990
	%1029 = add i32 %1028, 0
	%1030 = mul i32 %1027, 20
	%1031 = add i32 %1029, 0
	%1032 = add i32 %1030, %1031
	%1033 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1032
	%1034 = load i32, i32 addrspace(3)* %1033
	%1035 = add i32 %1026, 8
	%1036 = add i32 %7, %990
	%1037 = add i32 %1036, 0
	%1038 = mul i32 %1035, 20
	%1039 = add i32 %1037, 0
	%1040 = add i32 %1038, %1039
	%1041 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1040
	%1042 = load i32, i32 addrspace(3)* %1041
	%1043 = add i32 %1026, 0
	%1044 = add i32 %7, %990
	%1045 = add i32 %1044, 4
	%1046 = mul i32 %1043, 20
	%1047 = add i32 %1045, 0
	%1048 = add i32 %1046, %1047
	%1049 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1048
	%1050 = load i32, i32 addrspace(3)* %1049
	%1051 = add i32 %1026, 8
	%1052 = add i32 %7, %990
	%1053 = add i32 %1052, 4
	%1054 = mul i32 %1051, 20
	%1055 = add i32 %1053, 0
	%1056 = add i32 %1054, %1055
	%1057 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1056
	%1058 = load i32, i32 addrspace(3)* %1057
	%1059 = add i32 %6, 16
	%1060 = add i32 %11, %1059
	%1061 = add i32 %1060, 0
	%1062 = add i32 %7, %990
	%1063 = add i32 %1062, 0
	%1064 = mul i32 %1061, 20
	%1065 = add i32 %1063, 0
	%1066 = add i32 %1064, %1065
	%1067 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1066
	%1068 = load i32, i32 addrspace(3)* %1067
	%1069 = add i32 %1060, 8
	%1070 = add i32 %7, %990
	%1071 = add i32 %1070, 0
	%1072 = mul i32 %1069, 20
	%1073 = add i32 %1071, 0
	%1074 = add i32 %1072, %1073
	%1075 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1074
	%1076 = load i32, i32 addrspace(3)* %1075
	%1077 = add i32 %1060, 0
	%1078 = add i32 %7, %990
	%1079 = add i32 %1078, 4
	%1080 = mul i32 %1077, 20
	%1081 = add i32 %1079, 0
	%1082 = add i32 %1080, %1081
	%1083 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1082
	%1084 = load i32, i32 addrspace(3)* %1083
	%1085 = add i32 %1060, 8
	%1086 = add i32 %7, %990
	%1087 = add i32 %1086, 4
	%1088 = mul i32 %1085, 20
	%1089 = add i32 %1087, 0
	%1090 = add i32 %1088, %1089
	%1091 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1090
	%1092 = load i32, i32 addrspace(3)* %1091
	%1093 = add i32 %6, 0
	%1094 = add i32 %13, %1093
	%1095 = add i32 %7, %990
	%1096 = add i32 %1095, 0
	%1097 = mul i32 %1094, 20
	%1098 = add i32 %1096, 0
	%1099 = add i32 %1097, %1098
	%1100 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1099
	%1101 = load i32, i32 addrspace(3)* %1100
	%1102 = add i32 %7, %990
	%1103 = add i32 %1102, 4
	%1104 = mul i32 %1094, 20
	%1105 = add i32 %1103, 0
	%1106 = add i32 %1104, %1105
	%1107 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1106
	%1108 = load i32, i32 addrspace(3)* %1107
	%1109 = add i32 %6, 8
	%1110 = add i32 %13, %1109
	%1111 = add i32 %7, %990
	%1112 = add i32 %1111, 0
	%1113 = mul i32 %1110, 20
	%1114 = add i32 %1112, 0
	%1115 = add i32 %1113, %1114
	%1116 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1115
	%1117 = load i32, i32 addrspace(3)* %1116
	%1118 = add i32 %7, %990
	%1119 = add i32 %1118, 4
	%1120 = mul i32 %1110, 20
	%1121 = add i32 %1119, 0
	%1122 = add i32 %1120, %1121
	%1123 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1122
	%1124 = load i32, i32 addrspace(3)* %1123
	%1125 = add i32 %6, 16
	%1126 = add i32 %13, %1125
	%1127 = add i32 %7, %990
	%1128 = add i32 %1127, 0
	%1129 = mul i32 %1126, 20
	%1130 = add i32 %1128, 0
	%1131 = add i32 %1129, %1130
	%1132 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1131
	%1133 = load i32, i32 addrspace(3)* %1132
	%1134 = add i32 %7, %990
	%1135 = add i32 %1134, 4
	%1136 = mul i32 %1126, 20
	%1137 = add i32 %1135, 0
	%1138 = add i32 %1136, %1137
	%1139 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1138
	%1140 = load i32, i32 addrspace(3)* %1139
	%1141 = add i32 %6, 24
	%1142 = add i32 %13, %1141
	%1143 = add i32 %7, %990
	%1144 = add i32 %1143, 0
	%1145 = mul i32 %1142, 20
	%1146 = add i32 %1144, 0
	%1147 = add i32 %1145, %1146
	%1148 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1147
	%1149 = load i32, i32 addrspace(3)* %1148
	%1150 = add i32 %7, %990
	%1151 = add i32 %1150, 4
	%1152 = mul i32 %1142, 20
	%1153 = add i32 %1151, 0
	%1154 = add i32 %1152, %1153
	%1155 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1154
	%1156 = load i32, i32 addrspace(3)* %1155
	%1157 = add i32 %6, 0
	%1158 = add i32 %11, %1157
	%1159 = add i32 %1158, 0
	%1160 = add i32 %7, %990
	%1161 = add i32 %1160, 0
	%1162 = mul i32 %1159, 20
	%1163 = add i32 %1161, 1280
	%1164 = add i32 %1162, %1163
	%1165 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1164
	%1166 = load i32, i32 addrspace(3)* %1165
	%1167 = add i32 %1158, 8
	%1168 = add i32 %7, %990
	%1169 = add i32 %1168, 0
	%1170 = mul i32 %1167, 20
	%1171 = add i32 %1169, 1280
	%1172 = add i32 %1170, %1171
	%1173 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1172
	%1174 = load i32, i32 addrspace(3)* %1173
	%1175 = add i32 %1158, 0
	%1176 = add i32 %7, %990
	%1177 = add i32 %1176, 4
	%1178 = mul i32 %1175, 20
	%1179 = add i32 %1177, 1280
	%1180 = add i32 %1178, %1179
	%1181 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1180
	%1182 = load i32, i32 addrspace(3)* %1181
	%1183 = add i32 %1158, 8
	%1184 = add i32 %7, %990
	%1185 = add i32 %1184, 4
	%1186 = mul i32 %1183, 20
	%1187 = add i32 %1185, 1280
	%1188 = add i32 %1186, %1187
	%1189 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1188
	%1190 = load i32, i32 addrspace(3)* %1189
	%1191 = add i32 %6, 16
	%1192 = add i32 %11, %1191
	%1193 = add i32 %1192, 0
	%1194 = add i32 %7, %990
	%1195 = add i32 %1194, 0
	%1196 = mul i32 %1193, 20
	%1197 = add i32 %1195, 1280
	%1198 = add i32 %1196, %1197
	%1199 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1198
	%1200 = load i32, i32 addrspace(3)* %1199
	%1201 = add i32 %1192, 8
	%1202 = add i32 %7, %990
	%1203 = add i32 %1202, 0
	%1204 = mul i32 %1201, 20
	%1205 = add i32 %1203, 1280
	%1206 = add i32 %1204, %1205
	%1207 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1206
	%1208 = load i32, i32 addrspace(3)* %1207
	%1209 = add i32 %1192, 0
	%1210 = add i32 %7, %990
	%1211 = add i32 %1210, 4
	%1212 = mul i32 %1209, 20
	%1213 = add i32 %1211, 1280
	%1214 = add i32 %1212, %1213
	%1215 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1214
	%1216 = load i32, i32 addrspace(3)* %1215
	%1217 = add i32 %1192, 8
	%1218 = add i32 %7, %990
	%1219 = add i32 %1218, 4
	%1220 = mul i32 %1217, 20
	%1221 = add i32 %1219, 1280
	%1222 = add i32 %1220, %1221
	%1223 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1222
	%1224 = load i32, i32 addrspace(3)* %1223
	%1225 = add i32 %6, 0
	%1226 = add i32 %13, %1225
	%1227 = add i32 %7, %990
	%1228 = add i32 %1227, 0
	%1229 = mul i32 %1226, 20
	%1230 = add i32 %1228, 1280
	%1231 = add i32 %1229, %1230
	%1232 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1231
	%1233 = load i32, i32 addrspace(3)* %1232
	%1234 = add i32 %7, %990
	%1235 = add i32 %1234, 4
	%1236 = mul i32 %1226, 20
	%1237 = add i32 %1235, 1280
	%1238 = add i32 %1236, %1237
	%1239 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1238
	%1240 = load i32, i32 addrspace(3)* %1239
	%1241 = add i32 %6, 8
	%1242 = add i32 %13, %1241
	%1243 = add i32 %7, %990
	%1244 = add i32 %1243, 0
	%1245 = mul i32 %1242, 20
	%1246 = add i32 %1244, 1280
	%1247 = add i32 %1245, %1246
	%1248 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1247
	%1249 = load i32, i32 addrspace(3)* %1248
	%1250 = add i32 %7, %990
	%1251 = add i32 %1250, 4
	%1252 = mul i32 %1242, 20
	%1253 = add i32 %1251, 1280
	%1254 = add i32 %1252, %1253
	%1255 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1254
	%1256 = load i32, i32 addrspace(3)* %1255
	%1257 = add i32 %6, 16
	%1258 = add i32 %13, %1257
	%1259 = add i32 %7, %990
	%1260 = add i32 %1259, 0
	%1261 = mul i32 %1258, 20
	%1262 = add i32 %1260, 1280
	%1263 = add i32 %1261, %1262
	%1264 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1263
	%1265 = load i32, i32 addrspace(3)* %1264
	%1266 = add i32 %7, %990
	%1267 = add i32 %1266, 4
	%1268 = mul i32 %1258, 20
	%1269 = add i32 %1267, 1280
	%1270 = add i32 %1268, %1269
	%1271 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1270
	%1272 = load i32, i32 addrspace(3)* %1271
	%1273 = add i32 %6, 24
	%1274 = add i32 %13, %1273
	%1275 = add i32 %7, %990
	%1276 = add i32 %1275, 0
	%1277 = mul i32 %1274, 20
	%1278 = add i32 %1276, 1280
	%1279 = add i32 %1277, %1278
	%1280 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1279
	%1281 = load i32, i32 addrspace(3)* %1280
	%1282 = add i32 %7, %990
	%1283 = add i32 %1282, 4
	%1284 = mul i32 %1274, 20
	%1285 = add i32 %1283, 1280
	%1286 = add i32 %1284, %1285
	%1287 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1286
	%1288 = load i32, i32 addrspace(3)* %1287
	%1289 = add i32 %6, 0
	%1290 = add i32 %11, %1289
	%1291 = add i32 %1290, 0
	%1292 = add i32 %7, %990
	%1293 = add i32 %1292, 0
	%1294 = mul i32 %1291, 20
	%1295 = add i32 %1293, 2560
	%1296 = add i32 %1294, %1295
	%1297 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1296
	%1298 = load i32, i32 addrspace(3)* %1297
	%1299 = add i32 %1290, 8
	%1300 = add i32 %7, %990
	%1301 = add i32 %1300, 0
	%1302 = mul i32 %1299, 20
	%1303 = add i32 %1301, 2560
	%1304 = add i32 %1302, %1303
	%1305 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1304
	%1306 = load i32, i32 addrspace(3)* %1305
	%1307 = add i32 %1290, 0
	%1308 = add i32 %7, %990
	%1309 = add i32 %1308, 4
	%1310 = mul i32 %1307, 20
	%1311 = add i32 %1309, 2560
	%1312 = add i32 %1310, %1311
	%1313 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1312
	%1314 = load i32, i32 addrspace(3)* %1313
	%1315 = add i32 %1290, 8
	%1316 = add i32 %7, %990
	%1317 = add i32 %1316, 4
	%1318 = mul i32 %1315, 20
	%1319 = add i32 %1317, 2560
	%1320 = add i32 %1318, %1319
	%1321 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1320
	%1322 = load i32, i32 addrspace(3)* %1321
	%1323 = add i32 %6, 16
	%1324 = add i32 %11, %1323
	%1325 = add i32 %1324, 0
	%1326 = add i32 %7, %990
	%1327 = add i32 %1326, 0
	%1328 = mul i32 %1325, 20
	%1329 = add i32 %1327, 2560
	%1330 = add i32 %1328, %1329
	%1331 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1330
	%1332 = load i32, i32 addrspace(3)* %1331
	%1333 = add i32 %1324, 8
	%1334 = add i32 %7, %990
	%1335 = add i32 %1334, 0
	%1336 = mul i32 %1333, 20
	%1337 = add i32 %1335, 2560
	%1338 = add i32 %1336, %1337
	%1339 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1338
	%1340 = load i32, i32 addrspace(3)* %1339
	%1341 = add i32 %1324, 0
	%1342 = add i32 %7, %990
	%1343 = add i32 %1342, 4
	%1344 = mul i32 %1341, 20
	%1345 = add i32 %1343, 2560
	%1346 = add i32 %1344, %1345
	%1347 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1346
	%1348 = load i32, i32 addrspace(3)* %1347
	%1349 = add i32 %1324, 8
	%1350 = add i32 %7, %990
	%1351 = add i32 %1350, 4
	%1352 = mul i32 %1349, 20
	%1353 = add i32 %1351, 2560
	%1354 = add i32 %1352, %1353
	%1355 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1354
	%1356 = load i32, i32 addrspace(3)* %1355
	%1357 = add i32 %6, 0
	%1358 = add i32 %13, %1357
	%1359 = add i32 %7, %990
	%1360 = add i32 %1359, 0
	%1361 = mul i32 %1358, 20
	%1362 = add i32 %1360, 2560
	%1363 = add i32 %1361, %1362
	%1364 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1363
	%1365 = load i32, i32 addrspace(3)* %1364
	%1366 = add i32 %7, %990
	%1367 = add i32 %1366, 4
	%1368 = mul i32 %1358, 20
	%1369 = add i32 %1367, 2560
	%1370 = add i32 %1368, %1369
	%1371 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1370
	%1372 = load i32, i32 addrspace(3)* %1371
	%1373 = add i32 %6, 8
	%1374 = add i32 %13, %1373
	%1375 = add i32 %7, %990
	%1376 = add i32 %1375, 0
	%1377 = mul i32 %1374, 20
	%1378 = add i32 %1376, 2560
	%1379 = add i32 %1377, %1378
	%1380 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1379
	%1381 = load i32, i32 addrspace(3)* %1380
	%1382 = add i32 %7, %990
	%1383 = add i32 %1382, 4
	%1384 = mul i32 %1374, 20
	%1385 = add i32 %1383, 2560
	%1386 = add i32 %1384, %1385
	%1387 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1386
	%1388 = load i32, i32 addrspace(3)* %1387
	%1389 = add i32 %6, 16
	%1390 = add i32 %13, %1389
	%1391 = add i32 %7, %990
	%1392 = add i32 %1391, 0
	%1393 = mul i32 %1390, 20
	%1394 = add i32 %1392, 2560
	%1395 = add i32 %1393, %1394
	%1396 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1395
	%1397 = load i32, i32 addrspace(3)* %1396
	%1398 = add i32 %7, %990
	%1399 = add i32 %1398, 4
	%1400 = mul i32 %1390, 20
	%1401 = add i32 %1399, 2560
	%1402 = add i32 %1400, %1401
	%1403 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1402
	%1404 = load i32, i32 addrspace(3)* %1403
	%1405 = add i32 %6, 24
	%1406 = add i32 %13, %1405
	%1407 = add i32 %7, %990
	%1408 = add i32 %1407, 0
	%1409 = mul i32 %1406, 20
	%1410 = add i32 %1408, 2560
	%1411 = add i32 %1409, %1410
	%1412 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1411
	%1413 = load i32, i32 addrspace(3)* %1412
	%1414 = add i32 %7, %990
	%1415 = add i32 %1414, 4
	%1416 = mul i32 %1406, 20
	%1417 = add i32 %1415, 2560
	%1418 = add i32 %1416, %1417
	%1419 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1418
	%1420 = load i32, i32 addrspace(3)* %1419
	%1421 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1298, i32 %1306, i32 %1314, i32 %1322, i32 %1101, i32 %1108, float %991, float %992, float %993, float %994)
	%1422 = extractvalue { float, float, float, float } %1421, 0
	%1423 = extractvalue { float, float, float, float } %1421, 1
	%1424 = extractvalue { float, float, float, float } %1421, 2
	%1425 = extractvalue { float, float, float, float } %1421, 3
	%1426 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1298, i32 %1306, i32 %1314, i32 %1322, i32 %1117, i32 %1124, float %995, float %996, float %997, float %998)
	%1427 = extractvalue { float, float, float, float } %1426, 0
	%1428 = extractvalue { float, float, float, float } %1426, 1
	%1429 = extractvalue { float, float, float, float } %1426, 2
	%1430 = extractvalue { float, float, float, float } %1426, 3
	%1431 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1298, i32 %1306, i32 %1314, i32 %1322, i32 %1133, i32 %1140, float %999, float %1000, float %1001, float %1002)
	%1432 = extractvalue { float, float, float, float } %1431, 0
	%1433 = extractvalue { float, float, float, float } %1431, 1
	%1434 = extractvalue { float, float, float, float } %1431, 2
	%1435 = extractvalue { float, float, float, float } %1431, 3
	%1436 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1298, i32 %1306, i32 %1314, i32 %1322, i32 %1149, i32 %1156, float %1003, float %1004, float %1005, float %1006)
	%1437 = extractvalue { float, float, float, float } %1436, 0
	%1438 = extractvalue { float, float, float, float } %1436, 1
	%1439 = extractvalue { float, float, float, float } %1436, 2
	%1440 = extractvalue { float, float, float, float } %1436, 3
	%1441 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1332, i32 %1340, i32 %1348, i32 %1356, i32 %1101, i32 %1108, float %1007, float %1008, float %1009, float %1010)
	%1442 = extractvalue { float, float, float, float } %1441, 0
	%1443 = extractvalue { float, float, float, float } %1441, 1
	%1444 = extractvalue { float, float, float, float } %1441, 2
	%1445 = extractvalue { float, float, float, float } %1441, 3
	%1446 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1332, i32 %1340, i32 %1348, i32 %1356, i32 %1117, i32 %1124, float %1011, float %1012, float %1013, float %1014)
	%1447 = extractvalue { float, float, float, float } %1446, 0
	%1448 = extractvalue { float, float, float, float } %1446, 1
	%1449 = extractvalue { float, float, float, float } %1446, 2
	%1450 = extractvalue { float, float, float, float } %1446, 3
	%1451 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1332, i32 %1340, i32 %1348, i32 %1356, i32 %1133, i32 %1140, float %1015, float %1016, float %1017, float %1018)
	%1452 = extractvalue { float, float, float, float } %1451, 0
	%1453 = extractvalue { float, float, float, float } %1451, 1
	%1454 = extractvalue { float, float, float, float } %1451, 2
	%1455 = extractvalue { float, float, float, float } %1451, 3
	%1456 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1332, i32 %1340, i32 %1348, i32 %1356, i32 %1149, i32 %1156, float %1019, float %1020, float %1021, float %1022)
	%1457 = extractvalue { float, float, float, float } %1456, 0
	%1458 = extractvalue { float, float, float, float } %1456, 1
	%1459 = extractvalue { float, float, float, float } %1456, 2
	%1460 = extractvalue { float, float, float, float } %1456, 3
	%1461 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1365, i32 %1372, float %1422, float %1423, float %1424, float %1425)
	%1462 = extractvalue { float, float, float, float } %1461, 0
	%1463 = extractvalue { float, float, float, float } %1461, 1
	%1464 = extractvalue { float, float, float, float } %1461, 2
	%1465 = extractvalue { float, float, float, float } %1461, 3
	%1466 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1381, i32 %1388, float %1427, float %1428, float %1429, float %1430)
	%1467 = extractvalue { float, float, float, float } %1466, 0
	%1468 = extractvalue { float, float, float, float } %1466, 1
	%1469 = extractvalue { float, float, float, float } %1466, 2
	%1470 = extractvalue { float, float, float, float } %1466, 3
	%1471 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1397, i32 %1404, float %1432, float %1433, float %1434, float %1435)
	%1472 = extractvalue { float, float, float, float } %1471, 0
	%1473 = extractvalue { float, float, float, float } %1471, 1
	%1474 = extractvalue { float, float, float, float } %1471, 2
	%1475 = extractvalue { float, float, float, float } %1471, 3
	%1476 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1413, i32 %1420, float %1437, float %1438, float %1439, float %1440)
	%1477 = extractvalue { float, float, float, float } %1476, 0
	%1478 = extractvalue { float, float, float, float } %1476, 1
	%1479 = extractvalue { float, float, float, float } %1476, 2
	%1480 = extractvalue { float, float, float, float } %1476, 3
	%1481 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1365, i32 %1372, float %1442, float %1443, float %1444, float %1445)
	%1482 = extractvalue { float, float, float, float } %1481, 0
	%1483 = extractvalue { float, float, float, float } %1481, 1
	%1484 = extractvalue { float, float, float, float } %1481, 2
	%1485 = extractvalue { float, float, float, float } %1481, 3
	%1486 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1381, i32 %1388, float %1447, float %1448, float %1449, float %1450)
	%1487 = extractvalue { float, float, float, float } %1486, 0
	%1488 = extractvalue { float, float, float, float } %1486, 1
	%1489 = extractvalue { float, float, float, float } %1486, 2
	%1490 = extractvalue { float, float, float, float } %1486, 3
	%1491 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1397, i32 %1404, float %1452, float %1453, float %1454, float %1455)
	%1492 = extractvalue { float, float, float, float } %1491, 0
	%1493 = extractvalue { float, float, float, float } %1491, 1
	%1494 = extractvalue { float, float, float, float } %1491, 2
	%1495 = extractvalue { float, float, float, float } %1491, 3
	%1496 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1413, i32 %1420, float %1457, float %1458, float %1459, float %1460)
	%1497 = extractvalue { float, float, float, float } %1496, 0
	%1498 = extractvalue { float, float, float, float } %1496, 1
	%1499 = extractvalue { float, float, float, float } %1496, 2
	%1500 = extractvalue { float, float, float, float } %1496, 3
	%1501 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1233, i32 %1240, float %1462, float %1463, float %1464, float %1465)
	%1502 = extractvalue { float, float, float, float } %1501, 0
	%1503 = extractvalue { float, float, float, float } %1501, 1
	%1504 = extractvalue { float, float, float, float } %1501, 2
	%1505 = extractvalue { float, float, float, float } %1501, 3
	%1506 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1249, i32 %1256, float %1467, float %1468, float %1469, float %1470)
	%1507 = extractvalue { float, float, float, float } %1506, 0
	%1508 = extractvalue { float, float, float, float } %1506, 1
	%1509 = extractvalue { float, float, float, float } %1506, 2
	%1510 = extractvalue { float, float, float, float } %1506, 3
	%1511 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1265, i32 %1272, float %1472, float %1473, float %1474, float %1475)
	%1512 = extractvalue { float, float, float, float } %1511, 0
	%1513 = extractvalue { float, float, float, float } %1511, 1
	%1514 = extractvalue { float, float, float, float } %1511, 2
	%1515 = extractvalue { float, float, float, float } %1511, 3
	%1516 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1281, i32 %1288, float %1477, float %1478, float %1479, float %1480)
	%1517 = extractvalue { float, float, float, float } %1516, 0
	%1518 = extractvalue { float, float, float, float } %1516, 1
	%1519 = extractvalue { float, float, float, float } %1516, 2
	%1520 = extractvalue { float, float, float, float } %1516, 3
	%1521 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1233, i32 %1240, float %1482, float %1483, float %1484, float %1485)
	%1522 = extractvalue { float, float, float, float } %1521, 0
	%1523 = extractvalue { float, float, float, float } %1521, 1
	%1524 = extractvalue { float, float, float, float } %1521, 2
	%1525 = extractvalue { float, float, float, float } %1521, 3
	%1526 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1249, i32 %1256, float %1487, float %1488, float %1489, float %1490)
	%1527 = extractvalue { float, float, float, float } %1526, 0
	%1528 = extractvalue { float, float, float, float } %1526, 1
	%1529 = extractvalue { float, float, float, float } %1526, 2
	%1530 = extractvalue { float, float, float, float } %1526, 3
	%1531 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1265, i32 %1272, float %1492, float %1493, float %1494, float %1495)
	%1532 = extractvalue { float, float, float, float } %1531, 0
	%1533 = extractvalue { float, float, float, float } %1531, 1
	%1534 = extractvalue { float, float, float, float } %1531, 2
	%1535 = extractvalue { float, float, float, float } %1531, 3
	%1536 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1281, i32 %1288, float %1497, float %1498, float %1499, float %1500)
	%1537 = extractvalue { float, float, float, float } %1536, 0
	%1538 = extractvalue { float, float, float, float } %1536, 1
	%1539 = extractvalue { float, float, float, float } %1536, 2
	%1540 = extractvalue { float, float, float, float } %1536, 3
	%1541 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1101, i32 %1108, float %1502, float %1503, float %1504, float %1505)
	%1542 = extractvalue { float, float, float, float } %1541, 0
	%1543 = extractvalue { float, float, float, float } %1541, 1
	%1544 = extractvalue { float, float, float, float } %1541, 2
	%1545 = extractvalue { float, float, float, float } %1541, 3
	%1546 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1117, i32 %1124, float %1507, float %1508, float %1509, float %1510)
	%1547 = extractvalue { float, float, float, float } %1546, 0
	%1548 = extractvalue { float, float, float, float } %1546, 1
	%1549 = extractvalue { float, float, float, float } %1546, 2
	%1550 = extractvalue { float, float, float, float } %1546, 3
	%1551 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1133, i32 %1140, float %1512, float %1513, float %1514, float %1515)
	%1552 = extractvalue { float, float, float, float } %1551, 0
	%1553 = extractvalue { float, float, float, float } %1551, 1
	%1554 = extractvalue { float, float, float, float } %1551, 2
	%1555 = extractvalue { float, float, float, float } %1551, 3
	%1556 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1166, i32 %1174, i32 %1182, i32 %1190, i32 %1149, i32 %1156, float %1517, float %1518, float %1519, float %1520)
	%1557 = extractvalue { float, float, float, float } %1556, 0
	%1558 = extractvalue { float, float, float, float } %1556, 1
	%1559 = extractvalue { float, float, float, float } %1556, 2
	%1560 = extractvalue { float, float, float, float } %1556, 3
	%1561 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1101, i32 %1108, float %1522, float %1523, float %1524, float %1525)
	%1562 = extractvalue { float, float, float, float } %1561, 0
	%1563 = extractvalue { float, float, float, float } %1561, 1
	%1564 = extractvalue { float, float, float, float } %1561, 2
	%1565 = extractvalue { float, float, float, float } %1561, 3
	%1566 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1117, i32 %1124, float %1527, float %1528, float %1529, float %1530)
	%1567 = extractvalue { float, float, float, float } %1566, 0
	%1568 = extractvalue { float, float, float, float } %1566, 1
	%1569 = extractvalue { float, float, float, float } %1566, 2
	%1570 = extractvalue { float, float, float, float } %1566, 3
	%1571 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1133, i32 %1140, float %1532, float %1533, float %1534, float %1535)
	%1572 = extractvalue { float, float, float, float } %1571, 0
	%1573 = extractvalue { float, float, float, float } %1571, 1
	%1574 = extractvalue { float, float, float, float } %1571, 2
	%1575 = extractvalue { float, float, float, float } %1571, 3
	%1576 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1200, i32 %1208, i32 %1216, i32 %1224, i32 %1149, i32 %1156, float %1537, float %1538, float %1539, float %1540)
	%1577 = extractvalue { float, float, float, float } %1576, 0
	%1578 = extractvalue { float, float, float, float } %1576, 1
	%1579 = extractvalue { float, float, float, float } %1576, 2
	%1580 = extractvalue { float, float, float, float } %1576, 3
	%1581 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1233, i32 %1240, float %1542, float %1543, float %1544, float %1545)
	%1582 = extractvalue { float, float, float, float } %1581, 0
	%1583 = extractvalue { float, float, float, float } %1581, 1
	%1584 = extractvalue { float, float, float, float } %1581, 2
	%1585 = extractvalue { float, float, float, float } %1581, 3
	%1586 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1249, i32 %1256, float %1547, float %1548, float %1549, float %1550)
	%1587 = extractvalue { float, float, float, float } %1586, 0
	%1588 = extractvalue { float, float, float, float } %1586, 1
	%1589 = extractvalue { float, float, float, float } %1586, 2
	%1590 = extractvalue { float, float, float, float } %1586, 3
	%1591 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1265, i32 %1272, float %1552, float %1553, float %1554, float %1555)
	%1592 = extractvalue { float, float, float, float } %1591, 0
	%1593 = extractvalue { float, float, float, float } %1591, 1
	%1594 = extractvalue { float, float, float, float } %1591, 2
	%1595 = extractvalue { float, float, float, float } %1591, 3
	%1596 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1281, i32 %1288, float %1557, float %1558, float %1559, float %1560)
	%1597 = extractvalue { float, float, float, float } %1596, 0
	%1598 = extractvalue { float, float, float, float } %1596, 1
	%1599 = extractvalue { float, float, float, float } %1596, 2
	%1600 = extractvalue { float, float, float, float } %1596, 3
	%1601 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1233, i32 %1240, float %1562, float %1563, float %1564, float %1565)
	%1602 = extractvalue { float, float, float, float } %1601, 0
	%1603 = extractvalue { float, float, float, float } %1601, 1
	%1604 = extractvalue { float, float, float, float } %1601, 2
	%1605 = extractvalue { float, float, float, float } %1601, 3
	%1606 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1249, i32 %1256, float %1567, float %1568, float %1569, float %1570)
	%1607 = extractvalue { float, float, float, float } %1606, 0
	%1608 = extractvalue { float, float, float, float } %1606, 1
	%1609 = extractvalue { float, float, float, float } %1606, 2
	%1610 = extractvalue { float, float, float, float } %1606, 3
	%1611 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1265, i32 %1272, float %1572, float %1573, float %1574, float %1575)
	%1612 = extractvalue { float, float, float, float } %1611, 0
	%1613 = extractvalue { float, float, float, float } %1611, 1
	%1614 = extractvalue { float, float, float, float } %1611, 2
	%1615 = extractvalue { float, float, float, float } %1611, 3
	%1616 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1281, i32 %1288, float %1577, float %1578, float %1579, float %1580)
	%1617 = extractvalue { float, float, float, float } %1616, 0
	%1618 = extractvalue { float, float, float, float } %1616, 1
	%1619 = extractvalue { float, float, float, float } %1616, 2
	%1620 = extractvalue { float, float, float, float } %1616, 3
	%1621 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1101, i32 %1108, float %1582, float %1583, float %1584, float %1585)
	%1622 = extractvalue { float, float, float, float } %1621, 0
	%1623 = extractvalue { float, float, float, float } %1621, 1
	%1624 = extractvalue { float, float, float, float } %1621, 2
	%1625 = extractvalue { float, float, float, float } %1621, 3
	%1626 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1117, i32 %1124, float %1587, float %1588, float %1589, float %1590)
	%1627 = extractvalue { float, float, float, float } %1626, 0
	%1628 = extractvalue { float, float, float, float } %1626, 1
	%1629 = extractvalue { float, float, float, float } %1626, 2
	%1630 = extractvalue { float, float, float, float } %1626, 3
	%1631 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1133, i32 %1140, float %1592, float %1593, float %1594, float %1595)
	%1632 = extractvalue { float, float, float, float } %1631, 0
	%1633 = extractvalue { float, float, float, float } %1631, 1
	%1634 = extractvalue { float, float, float, float } %1631, 2
	%1635 = extractvalue { float, float, float, float } %1631, 3
	%1636 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1034, i32 %1042, i32 %1050, i32 %1058, i32 %1149, i32 %1156, float %1597, float %1598, float %1599, float %1600)
	%1637 = extractvalue { float, float, float, float } %1636, 0
	%1638 = extractvalue { float, float, float, float } %1636, 1
	%1639 = extractvalue { float, float, float, float } %1636, 2
	%1640 = extractvalue { float, float, float, float } %1636, 3
	%1641 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1101, i32 %1108, float %1602, float %1603, float %1604, float %1605)
	%1642 = extractvalue { float, float, float, float } %1641, 0
	%1643 = extractvalue { float, float, float, float } %1641, 1
	%1644 = extractvalue { float, float, float, float } %1641, 2
	%1645 = extractvalue { float, float, float, float } %1641, 3
	%1646 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1117, i32 %1124, float %1607, float %1608, float %1609, float %1610)
	%1647 = extractvalue { float, float, float, float } %1646, 0
	%1648 = extractvalue { float, float, float, float } %1646, 1
	%1649 = extractvalue { float, float, float, float } %1646, 2
	%1650 = extractvalue { float, float, float, float } %1646, 3
	%1651 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1133, i32 %1140, float %1612, float %1613, float %1614, float %1615)
	%1652 = extractvalue { float, float, float, float } %1651, 0
	%1653 = extractvalue { float, float, float, float } %1651, 1
	%1654 = extractvalue { float, float, float, float } %1651, 2
	%1655 = extractvalue { float, float, float, float } %1651, 3
	%1656 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1068, i32 %1076, i32 %1084, i32 %1092, i32 %1149, i32 %1156, float %1617, float %1618, float %1619, float %1620)
	%1657 = extractvalue { float, float, float, float } %1656, 0
	%1658 = extractvalue { float, float, float, float } %1656, 1
	%1659 = extractvalue { float, float, float, float } %1656, 2
	%1660 = extractvalue { float, float, float, float } %1656, 3
	%1661 = add i32 %990, 8
	br label %989

1662:
	call void @llvm.nvvm.barrier0()
	%1663 = add i32 %661, 32
	br label %660

1664:
	%1665 = mul i32 %3, %NQ
	%1666 = add i32 %1665, %17
	%1667 = mul i32 %1666, %NK
	%1668 = add i32 %1667, %21
	%1669 = sext i32 %1668 to i64
	%1670 = getelementptr float, float* %e, i64 %1669
	store float %697, float* %1670
	br label %1671

1671:
	%1672 = fmul float %663, 0x3FC7154760000000
	%1673 = icmp slt i32 %24, %NQ
	%1674 = icmp slt i32 %28, %NK
	%1675 = and i1 %1673, %1674
	br i1 %1675, label %1676, label %1683

1676:
	%1677 = mul i32 %3, %NQ
	%1678 = add i32 %1677, %24
	%1679 = mul i32 %1678, %NK
	%1680 = add i32 %1679, %28
	%1681 = sext i32 %1680 to i64
	%1682 = getelementptr float, float* %e, i64 %1681
	store float %1672, float* %1682
	br label %1683

1683:
	%1684 = fmul float %664, 0x3FC7154760000000
	%1685 = icmp slt i32 %31, %NQ
	%1686 = icmp slt i32 %35, %NK
	%1687 = and i1 %1685, %1686
	br i1 %1687, label %1688, label %1695

1688:
	%1689 = mul i32 %3, %NQ
	%1690 = add i32 %1689, %31
	%1691 = mul i32 %1690, %NK
	%1692 = add i32 %1691, %35
	%1693 = sext i32 %1692 to i64
	%1694 = getelementptr float, float* %e, i64 %1693
	store float %1684, float* %1694
	br label %1695

1695:
	%1696 = fmul float %665, 0x3FC7154760000000
	%1697 = icmp slt i32 %38, %NQ
	%1698 = icmp slt i32 %42, %NK
	%1699 = and i1 %1697, %1698
	br i1 %1699, label %1700, label %1707

1700:
	%1701 = mul i32 %3, %NQ
	%1702 = add i32 %1701, %38
	%1703 = mul i32 %1702, %NK
	%1704 = add i32 %1703, %42
	%1705 = sext i32 %1704 to i64
	%1706 = getelementptr float, float* %e, i64 %1705
	store float %1696, float* %1706
	br label %1707

1707:
	%1708 = fmul float %666, 0x3FC7154760000000
	%1709 = icmp slt i32 %45, %NQ
	%1710 = icmp slt i32 %49, %NK
	%1711 = and i1 %1709, %1710
	br i1 %1711, label %1712, label %1719

1712:
	%1713 = mul i32 %3, %NQ
	%1714 = add i32 %1713, %45
	%1715 = mul i32 %1714, %NK
	%1716 = add i32 %1715, %49
	%1717 = sext i32 %1716 to i64
	%1718 = getelementptr float, float* %e, i64 %1717
	store float %1708, float* %1718
	br label %1719

1719:
	%1720 = fmul float %667, 0x3FC7154760000000
	%1721 = icmp slt i32 %52, %NQ
	%1722 = icmp slt i32 %56, %NK
	%1723 = and i1 %1721, %1722
	br i1 %1723, label %1724, label %1731

1724:
	%1725 = mul i32 %3, %NQ
	%1726 = add i32 %1725, %52
	%1727 = mul i32 %1726, %NK
	%1728 = add i32 %1727, %56
	%1729 = sext i32 %1728 to i64
	%1730 = getelementptr float, float* %e, i64 %1729
	store float %1720, float* %1730
	br label %1731

1731:
	%1732 = fmul float %668, 0x3FC7154760000000
	%1733 = icmp slt i32 %59, %NQ
	%1734 = icmp slt i32 %63, %NK
	%1735 = and i1 %1733, %1734
	br i1 %1735, label %1736, label %1743

1736:
	%1737 = mul i32 %3, %NQ
	%1738 = add i32 %1737, %59
	%1739 = mul i32 %1738, %NK
	%1740 = add i32 %1739, %63
	%1741 = sext i32 %1740 to i64
	%1742 = getelementptr float, float* %e, i64 %1741
	store float %1732, float* %1742
	br label %1743

1743:
	%1744 = fmul float %669, 0x3FC7154760000000
	%1745 = icmp slt i32 %66, %NQ
	%1746 = icmp slt i32 %70, %NK
	%1747 = and i1 %1745, %1746
	br i1 %1747, label %1748, label %1755

1748:
	%1749 = mul i32 %3, %NQ
	%1750 = add i32 %1749, %66
	%1751 = mul i32 %1750, %NK
	%1752 = add i32 %1751, %70
	%1753 = sext i32 %1752 to i64
	%1754 = getelementptr float, float* %e, i64 %1753
	store float %1744, float* %1754
	br label %1755

1755:
	%1756 = fmul float %670, 0x3FC7154760000000
	%1757 = icmp slt i32 %73, %NQ
	%1758 = icmp slt i32 %77, %NK
	%1759 = and i1 %1757, %1758
	br i1 %1759, label %1760, label %1767

1760:
	%1761 = mul i32 %3, %NQ
	%1762 = add i32 %1761, %73
	%1763 = mul i32 %1762, %NK
	%1764 = add i32 %1763, %77
	%1765 = sext i32 %1764 to i64
	%1766 = getelementptr float, float* %e, i64 %1765
	store float %1756, float* %1766
	br label %1767

1767:
	%1768 = fmul float %671, 0x3FC7154760000000
	%1769 = icmp slt i32 %80, %NQ
	%1770 = icmp slt i32 %84, %NK
	%1771 = and i1 %1769, %1770
	br i1 %1771, label %1772, label %1779

1772:
	%1773 = mul i32 %3, %NQ
	%1774 = add i32 %1773, %80
	%1775 = mul i32 %1774, %NK
	%1776 = add i32 %1775, %84
	%1777 = sext i32 %1776 to i64
	%1778 = getelementptr float, float* %e, i64 %1777
	store float %1768, float* %1778
	br label %1779

1779:
	%1780 = fmul float %672, 0x3FC7154760000000
	%1781 = icmp slt i32 %87, %NQ
	%1782 = icmp slt i32 %91, %NK
	%1783 = and i1 %1781, %1782
	br i1 %1783, label %1784, label %1791

1784:
	%1785 = mul i32 %3, %NQ
	%1786 = add i32 %1785, %87
	%1787 = mul i32 %1786, %NK
	%1788 = add i32 %1787, %91
	%1789 = sext i32 %1788 to i64
	%1790 = getelementptr float, float* %e, i64 %1789
	store float %1780, float* %1790
	br label %1791

1791:
	%1792 = fmul float %673, 0x3FC7154760000000
	%1793 = icmp slt i32 %94, %NQ
	%1794 = icmp slt i32 %98, %NK
	%1795 = and i1 %1793, %1794
	br i1 %1795, label %1796, label %1803

1796:
	%1797 = mul i32 %3, %NQ
	%1798 = add i32 %1797, %94
	%1799 = mul i32 %1798, %NK
	%1800 = add i32 %1799, %98
	%1801 = sext i32 %1800 to i64
	%1802 = getelementptr float, float* %e, i64 %1801
	store float %1792, float* %1802
	br label %1803

1803:
	%1804 = fmul float %674, 0x3FC7154760000000
	%1805 = icmp slt i32 %101, %NQ
	%1806 = icmp slt i32 %105, %NK
	%1807 = and i1 %1805, %1806
	br i1 %1807, label %1808, label %1815

1808:
	%1809 = mul i32 %3, %NQ
	%1810 = add i32 %1809, %101
	%1811 = mul i32 %1810, %NK
	%1812 = add i32 %1811, %105
	%1813 = sext i32 %1812 to i64
	%1814 = getelementptr float, float* %e, i64 %1813
	store float %1804, float* %1814
	br label %1815

1815:
	%1816 = fmul float %675, 0x3FC7154760000000
	%1817 = icmp slt i32 %108, %NQ
	%1818 = icmp slt i32 %112, %NK
	%1819 = and i1 %1817, %1818
	br i1 %1819, label %1820, label %1827

1820:
	%1821 = mul i32 %3, %NQ
	%1822 = add i32 %1821, %108
	%1823 = mul i32 %1822, %NK
	%1824 = add i32 %1823, %112
	%1825 = sext i32 %1824 to i64
	%1826 = getelementptr float, float* %e, i64 %1825
	store float %1816, float* %1826
	br label %1827

1827:
	%1828 = fmul float %676, 0x3FC7154760000000
	%1829 = icmp slt i32 %115, %NQ
	%1830 = icmp slt i32 %119, %NK
	%1831 = and i1 %1829, %1830
	br i1 %1831, label %1832, label %1839

1832:
	%1833 = mul i32 %3, %NQ
	%1834 = add i32 %1833, %115
	%1835 = mul i32 %1834, %NK
	%1836 = add i32 %1835, %119
	%1837 = sext i32 %1836 to i64
	%1838 = getelementptr float, float* %e, i64 %1837
	store float %1828, float* %1838
	br label %1839

1839:
	%1840 = fmul float %677, 0x3FC7154760000000
	%1841 = icmp slt i32 %122, %NQ
	%1842 = icmp slt i32 %126, %NK
	%1843 = and i1 %1841, %1842
	br i1 %1843, label %1844, label %1851

1844:
	%1845 = mul i32 %3, %NQ
	%1846 = add i32 %1845, %122
	%1847 = mul i32 %1846, %NK
	%1848 = add i32 %1847, %126
	%1849 = sext i32 %1848 to i64
	%1850 = getelementptr float, float* %e, i64 %1849
	store float %1840, float* %1850
	br label %1851

1851:
	%1852 = fmul float %678, 0x3FC7154760000000
	%1853 = icmp slt i32 %129, %NQ
	%1854 = icmp slt i32 %133, %NK
	%1855 = and i1 %1853, %1854
	br i1 %1855, label %1856, label %1863

1856:
	%1857 = mul i32 %3, %NQ
	%1858 = add i32 %1857, %129
	%1859 = mul i32 %1858, %NK
	%1860 = add i32 %1859, %133
	%1861 = sext i32 %1860 to i64
	%1862 = getelementptr float, float* %e, i64 %1861
	store float %1852, float* %1862
	br label %1863

1863:
	%1864 = fmul float %679, 0x3FC7154760000000
	%1865 = icmp slt i32 %136, %NQ
	%1866 = icmp slt i32 %140, %NK
	%1867 = and i1 %1865, %1866
	br i1 %1867, label %1868, label %1875

1868:
	%1869 = mul i32 %3, %NQ
	%1870 = add i32 %1869, %136
	%1871 = mul i32 %1870, %NK
	%1872 = add i32 %1871, %140
	%1873 = sext i32 %1872 to i64
	%1874 = getelementptr float, float* %e, i64 %1873
	store float %1864, float* %1874
	br label %1875

1875:
	%1876 = fmul float %680, 0x3FC7154760000000
	%1877 = icmp slt i32 %143, %NQ
	%1878 = icmp slt i32 %147, %NK
	%1879 = and i1 %1877, %1878
	br i1 %1879, label %1880, label %1887

1880:
	%1881 = mul i32 %3, %NQ
	%1882 = add i32 %1881, %143
	%1883 = mul i32 %1882, %NK
	%1884 = add i32 %1883, %147
	%1885 = sext i32 %1884 to i64
	%1886 = getelementptr float, float* %e, i64 %1885
	store float %1876, float* %1886
	br label %1887

1887:
	%1888 = fmul float %681, 0x3FC7154760000000
	%1889 = icmp slt i32 %150, %NQ
	%1890 = icmp slt i32 %154, %NK
	%1891 = and i1 %1889, %1890
	br i1 %1891, label %1892, label %1899

1892:
	%1893 = mul i32 %3, %NQ
	%1894 = add i32 %1893, %150
	%1895 = mul i32 %1894, %NK
	%1896 = add i32 %1895, %154
	%1897 = sext i32 %1896 to i64
	%1898 = getelementptr float, float* %e, i64 %1897
	store float %1888, float* %1898
	br label %1899

1899:
	%1900 = fmul float %682, 0x3FC7154760000000
	%1901 = icmp slt i32 %157, %NQ
	%1902 = icmp slt i32 %161, %NK
	%1903 = and i1 %1901, %1902
	br i1 %1903, label %1904, label %1911

1904:
	%1905 = mul i32 %3, %NQ
	%1906 = add i32 %1905, %157
	%1907 = mul i32 %1906, %NK
	%1908 = add i32 %1907, %161
	%1909 = sext i32 %1908 to i64
	%1910 = getelementptr float, float* %e, i64 %1909
	store float %1900, float* %1910
	br label %1911

1911:
	%1912 = fmul float %683, 0x3FC7154760000000
	%1913 = icmp slt i32 %164, %NQ
	%1914 = icmp slt i32 %168, %NK
	%1915 = and i1 %1913, %1914
	br i1 %1915, label %1916, label %1923

1916:
	%1917 = mul i32 %3, %NQ
	%1918 = add i32 %1917, %164
	%1919 = mul i32 %1918, %NK
	%1920 = add i32 %1919, %168
	%1921 = sext i32 %1920 to i64
	%1922 = getelementptr float, float* %e, i64 %1921
	store float %1912, float* %1922
	br label %1923

1923:
	%1924 = fmul float %684, 0x3FC7154760000000
	%1925 = icmp slt i32 %171, %NQ
	%1926 = icmp slt i32 %175, %NK
	%1927 = and i1 %1925, %1926
	br i1 %1927, label %1928, label %1935

1928:
	%1929 = mul i32 %3, %NQ
	%1930 = add i32 %1929, %171
	%1931 = mul i32 %1930, %NK
	%1932 = add i32 %1931, %175
	%1933 = sext i32 %1932 to i64
	%1934 = getelementptr float, float* %e, i64 %1933
	store float %1924, float* %1934
	br label %1935

1935:
	%1936 = fmul float %685, 0x3FC7154760000000
	%1937 = icmp slt i32 %178, %NQ
	%1938 = icmp slt i32 %182, %NK
	%1939 = and i1 %1937, %1938
	br i1 %1939, label %1940, label %1947

1940:
	%1941 = mul i32 %3, %NQ
	%1942 = add i32 %1941, %178
	%1943 = mul i32 %1942, %NK
	%1944 = add i32 %1943, %182
	%1945 = sext i32 %1944 to i64
	%1946 = getelementptr float, float* %e, i64 %1945
	store float %1936, float* %1946
	br label %1947

1947:
	%1948 = fmul float %686, 0x3FC7154760000000
	%1949 = icmp slt i32 %185, %NQ
	%1950 = icmp slt i32 %189, %NK
	%1951 = and i1 %1949, %1950
	br i1 %1951, label %1952, label %1959

1952:
	%1953 = mul i32 %3, %NQ
	%1954 = add i32 %1953, %185
	%1955 = mul i32 %1954, %NK
	%1956 = add i32 %1955, %189
	%1957 = sext i32 %1956 to i64
	%1958 = getelementptr float, float* %e, i64 %1957
	store float %1948, float* %1958
	br label %1959

1959:
	%1960 = fmul float %687, 0x3FC7154760000000
	%1961 = icmp slt i32 %192, %NQ
	%1962 = icmp slt i32 %196, %NK
	%1963 = and i1 %1961, %1962
	br i1 %1963, label %1964, label %1971

1964:
	%1965 = mul i32 %3, %NQ
	%1966 = add i32 %1965, %192
	%1967 = mul i32 %1966, %NK
	%1968 = add i32 %1967, %196
	%1969 = sext i32 %1968 to i64
	%1970 = getelementptr float, float* %e, i64 %1969
	store float %1960, float* %1970
	br label %1971

1971:
	%1972 = fmul float %688, 0x3FC7154760000000
	%1973 = icmp slt i32 %199, %NQ
	%1974 = icmp slt i32 %203, %NK
	%1975 = and i1 %1973, %1974
	br i1 %1975, label %1976, label %1983

1976:
	%1977 = mul i32 %3, %NQ
	%1978 = add i32 %1977, %199
	%1979 = mul i32 %1978, %NK
	%1980 = add i32 %1979, %203
	%1981 = sext i32 %1980 to i64
	%1982 = getelementptr float, float* %e, i64 %1981
	store float %1972, float* %1982
	br label %1983

1983:
	%1984 = fmul float %689, 0x3FC7154760000000
	%1985 = icmp slt i32 %206, %NQ
	%1986 = icmp slt i32 %210, %NK
	%1987 = and i1 %1985, %1986
	br i1 %1987, label %1988, label %1995

1988:
	%1989 = mul i32 %3, %NQ
	%1990 = add i32 %1989, %206
	%1991 = mul i32 %1990, %NK
	%1992 = add i32 %1991, %210
	%1993 = sext i32 %1992 to i64
	%1994 = getelementptr float, float* %e, i64 %1993
	store float %1984, float* %1994
	br label %1995

1995:
	%1996 = fmul float %690, 0x3FC7154760000000
	%1997 = icmp slt i32 %213, %NQ
	%1998 = icmp slt i32 %217, %NK
	%1999 = and i1 %1997, %1998
	br i1 %1999, label %2000, label %2007

2000:
	%2001 = mul i32 %3, %NQ
	%2002 = add i32 %2001, %213
	%2003 = mul i32 %2002, %NK
	%2004 = add i32 %2003, %217
	%2005 = sext i32 %2004 to i64
	%2006 = getelementptr float, float* %e, i64 %2005
	store float %1996, float* %2006
	br label %2007

2007:
	%2008 = fmul float %691, 0x3FC7154760000000
	%2009 = icmp slt i32 %220, %NQ
	%2010 = icmp slt i32 %224, %NK
	%2011 = and i1 %2009, %2010
	br i1 %2011, label %2012, label %2019

2012:
	%2013 = mul i32 %3, %NQ
	%2014 = add i32 %2013, %220
	%2015 = mul i32 %2014, %NK
	%2016 = add i32 %2015, %224
	%2017 = sext i32 %2016 to i64
	%2018 = getelementptr float, float* %e, i64 %2017
	store float %2008, float* %2018
	br label %2019

2019:
	%2020 = fmul float %692, 0x3FC7154760000000
	%2021 = icmp slt i32 %227, %NQ
	%2022 = icmp slt i32 %231, %NK
	%2023 = and i1 %2021, %2022
	br i1 %2023, label %2024, label %2031

2024:
	%2025 = mul i32 %3, %NQ
	%2026 = add i32 %2025, %227
	%2027 = mul i32 %2026, %NK
	%2028 = add i32 %2027, %231
	%2029 = sext i32 %2028 to i64
	%2030 = getelementptr float, float* %e, i64 %2029
	store float %2020, float* %2030
	br label %2031

2031:
	%2032 = fmul float %693, 0x3FC7154760000000
	%2033 = icmp slt i32 %234, %NQ
	%2034 = icmp slt i32 %238, %NK
	%2035 = and i1 %2033, %2034
	br i1 %2035, label %2036, label %2043

2036:
	%2037 = mul i32 %3, %NQ
	%2038 = add i32 %2037, %234
	%2039 = mul i32 %2038, %NK
	%2040 = add i32 %2039, %238
	%2041 = sext i32 %2040 to i64
	%2042 = getelementptr float, float* %e, i64 %2041
	store float %2032, float* %2042
	br label %2043

2043:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

define ptx_kernel void @minference_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
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
	%117 = mul i32 %56, 64
	%118 = lshr i32 %9, 3
	%119 = and i32 %9, 7
	%120 = lshr i32 %119, 3
	%121 = mul i32 %120, u0x2000
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
	%148 = add i32 %130, 32
	%149 = icmp slt i32 %148, %N
	%150 = getelementptr i16, i16* %135, i64 2048
	%151 = select i1 %149, i16* %150, i16* %39
	%152 = add i32 %129, u0x1000
	%153 = select i1 %149, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %152, i16* %151, i32 %153)
	%154 = add i32 %130, 48
	%155 = icmp slt i32 %154, %N
	%156 = getelementptr i16, i16* %135, i64 3072
	%157 = select i1 %155, i16* %156, i16* %39
	%158 = add i32 %129, 6144
	%159 = select i1 %155, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %158, i16* %157, i32 %159)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%160 = phi i32 [ 0, %prologue ], [ %1153, %pv ]
	%161 = phi i32 [ %56, %prologue ], [ %1160, %pv ]
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
	%182 = phi float [ 0.0, %prologue ], [ %1396, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1397, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1398, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1399, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1400, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1401, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1402, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1403, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1404, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1405, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1406, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1407, %pv ]
	%194 = phi float [ 0xFFF0000000000000, %prologue ], [ %1049, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1100, %pv ]
	%196 = phi float [ 0xFFF0000000000000, %prologue ], [ %1101, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1152, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%198 = mul i32 %161, 64
	%199 = lshr i32 %9, 3
	%200 = and i32 %9, 7
	%201 = lshr i32 %200, 3
	%202 = mul i32 %201, u0x2000
	%203 = and i32 %200, 7
	%204 = and i32 %199, 7
	%205 = xor i32 %203, %204
	%206 = mul i32 %199, 128
	%207 = shl i32 %205, 4
	%208 = add i32 %206, %207
	%209 = add i32 %202, %208
	%210 = add i32 %1, %209
	%211 = add i32 %198, %199
	%212 = mul i32 %211, 64
	%213 = mul i32 %200, 8
	%214 = add i32 %212, %213
	%215 = sext i32 %214 to i64
	%216 = getelementptr i16, i16* %43, i64 %215
	%217 = add i32 %211, 0
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %216, i64 0
	%220 = select i1 %218, i16* %219, i16* %43
	%221 = add i32 %210, 0
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	%223 = add i32 %211, 16
	%224 = icmp slt i32 %223, %N
	%225 = getelementptr i16, i16* %216, i64 1024
	%226 = select i1 %224, i16* %225, i16* %43
	%227 = add i32 %210, 2048
	%228 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %227, i16* %226, i32 %228)
	%229 = add i32 %211, 32
	%230 = icmp slt i32 %229, %N
	%231 = getelementptr i16, i16* %216, i64 2048
	%232 = select i1 %230, i16* %231, i16* %43
	%233 = add i32 %210, u0x1000
	%234 = select i1 %230, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %233, i16* %232, i32 %234)
	%235 = add i32 %211, 48
	%236 = icmp slt i32 %235, %N
	%237 = getelementptr i16, i16* %216, i64 3072
	%238 = select i1 %236, i16* %237, i16* %43
	%239 = add i32 %210, 6144
	%240 = select i1 %236, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %239, i16* %238, i32 %240)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%241 = add i32 %4, 0
	%242 = zext i32 %241 to i64
	%243 = or i64 %242, u0x4000004000010000
	%244 = add i32 %6, 0
	%245 = zext i32 %244 to i64
	%246 = or i64 %245, u0x4000004000010000
	%247 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %243, i64 %246, i32 1)
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 0
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 1
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 2
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 3
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 4
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 5
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 6
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 7
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 8
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 9
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 10
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 11
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 12
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 13
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 14
	%263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 15
	%264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 16
	%265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 17
	%266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 18
	%267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 19
	%268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 20
	%269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 21
	%270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 22
	%271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 23
	%272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 24
	%273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 25
	%274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 26
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 27
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 28
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 29
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 30
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 31
	%280 = add i32 %4, 2
	%281 = zext i32 %280 to i64
	%282 = or i64 %281, u0x4000004000010000
	%283 = add i32 %6, 2
	%284 = zext i32 %283 to i64
	%285 = or i64 %284, u0x4000004000010000
	%286 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, float %263, float %264, float %265, float %266, float %267, float %268, float %269, float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, i64 %282, i64 %285, i32 1)
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 0
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 1
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 2
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 3
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 4
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 5
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 6
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 7
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 8
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 9
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 10
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 11
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 12
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 13
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 14
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 15
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 16
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 17
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 18
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 19
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 20
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 21
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 22
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 23
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 24
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 25
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 26
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 27
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 28
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 29
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 30
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 31
	%319 = add i32 %4, 4
	%320 = zext i32 %319 to i64
	%321 = or i64 %320, u0x4000004000010000
	%322 = add i32 %6, 4
	%323 = zext i32 %322 to i64
	%324 = or i64 %323, u0x4000004000010000
	%325 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, i64 %321, i64 %324, i32 1)
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 0
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 1
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 2
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 3
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 4
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 5
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 6
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 7
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 8
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 9
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 10
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 11
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 12
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 13
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 14
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 15
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 16
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 17
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 18
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 19
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 20
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 21
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 22
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 23
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 24
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 25
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 26
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 27
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 28
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 29
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 30
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 31
	%358 = add i32 %4, 6
	%359 = zext i32 %358 to i64
	%360 = or i64 %359, u0x4000004000010000
	%361 = add i32 %6, 6
	%362 = zext i32 %361 to i64
	%363 = or i64 %362, u0x4000004000010000
	%364 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, i64 %360, i64 %363, i32 1)
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 0
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 1
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 2
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 3
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 4
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 5
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 6
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 7
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 8
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 9
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 10
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 11
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 12
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 13
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 14
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 15
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 16
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 17
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 18
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 19
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 20
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 21
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 22
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 23
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 24
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 25
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 26
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 27
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 28
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 29
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 30
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%427 = call float asm sideeffect "", "=f,0"(float %395)
	%428 = call float asm sideeffect "", "=f,0"(float %396)
	%429 = mul i32 %10, 16
	%430 = add i32 %31, %429
	%431 = add i32 %12, 0
	%432 = add i32 %430, %431
	%433 = mul i32 %10, 16
	%434 = add i32 %31, %433
	%435 = add i32 %12, 8
	%436 = add i32 %434, %435
	%437 = sitofp i32 %29 to float
	%438 = add i32 %52, %161
	%439 = sext i32 %438 to i64
	%440 = getelementptr i8, i8* %cls, i64 %439
	%441 = load i8, i8* %440
	%442 = icmp ne i8 %441, 2
	br i1 %442, label %partial, label %softmax

epilogue:
	%443 = phi float [ 0.0, %entry ], [ %1100, %pv ]
	%444 = phi float [ 0.0, %entry ], [ %1152, %pv ]
	%445 = phi i32 [ 0, %entry ], [ %1153, %pv ]
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
	%466 = phi float [ 0.0, %entry ], [ %1396, %pv ]
	%467 = phi float [ 0.0, %entry ], [ %1397, %pv ]
	%468 = phi float [ 0.0, %entry ], [ %1398, %pv ]
	%469 = phi float [ 0.0, %entry ], [ %1399, %pv ]
	%470 = phi float [ 0.0, %entry ], [ %1400, %pv ]
	%471 = phi float [ 0.0, %entry ], [ %1401, %pv ]
	%472 = phi float [ 0.0, %entry ], [ %1402, %pv ]
	%473 = phi float [ 0.0, %entry ], [ %1403, %pv ]
	%474 = phi float [ 0.0, %entry ], [ %1404, %pv ]
	%475 = phi float [ 0.0, %entry ], [ %1405, %pv ]
	%476 = phi float [ 0.0, %entry ], [ %1406, %pv ]
	%477 = phi float [ 0.0, %entry ], [ %1407, %pv ]
	%478 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %443, i32 1, i32 31)
	%479 = fadd float %443, %478
	%480 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %479, i32 2, i32 31)
	%481 = fadd float %479, %480
	%482 = fcmp ogt float %481, 0.0
	%483 = fdiv float 1.0, %481
	%484 = select i1 %482, float %483, float 0.0
	%485 = mul i32 %10, 16
	%486 = add i32 %31, %485
	%487 = add i32 %12, 0
	%488 = add i32 %486, %487
	%489 = fmul float %446, %484
	%490 = fmul float %447, %484
	%491 = fmul float %450, %484
	%492 = fmul float %451, %484
	%493 = fmul float %454, %484
	%494 = fmul float %455, %484
	%495 = fmul float %458, %484
	%496 = fmul float %459, %484
	%497 = fmul float %462, %484
	%498 = fmul float %463, %484
	%499 = fmul float %466, %484
	%500 = fmul float %467, %484
	%501 = fmul float %470, %484
	%502 = fmul float %471, %484
	%503 = fmul float %474, %484
	%504 = fmul float %475, %484
	%505 = icmp slt i32 %488, %M
	br i1 %505, label %store0, label %stored0

partial:
	%506 = shl i32 %13, 1
	%507 = add i32 0, %506
	%508 = add i32 %198, %507
	%509 = icmp slt i32 %508, %N
	%510 = select i1 %509, i32 %508, i32 0
	%511 = sitofp i32 %432 to float
	%512 = sitofp i32 %510 to float
	%513 = fcmp ole float %512, %511
	%514 = uitofp i1 %513 to float
	%515 = fcmp une float %514, 0.0
	%516 = and i1 %509, %515
	%517 = select i1 %516, float %397, float 0xFFF0000000000000
	%518 = shl i32 %13, 1
	%519 = add i32 1, %518
	%520 = add i32 %198, %519
	%521 = icmp slt i32 %520, %N
	%522 = select i1 %521, i32 %520, i32 0
	%523 = sitofp i32 %432 to float
	%524 = sitofp i32 %522 to float
	%525 = fcmp ole float %524, %523
	%526 = uitofp i1 %525 to float
	%527 = fcmp une float %526, 0.0
	%528 = and i1 %521, %527
	%529 = select i1 %528, float %398, float 0xFFF0000000000000
	%530 = shl i32 %13, 1
	%531 = add i32 0, %530
	%532 = add i32 %198, %531
	%533 = icmp slt i32 %532, %N
	%534 = select i1 %533, i32 %532, i32 0
	%535 = sitofp i32 %436 to float
	%536 = sitofp i32 %534 to float
	%537 = fcmp ole float %536, %535
	%538 = uitofp i1 %537 to float
	%539 = fcmp une float %538, 0.0
	%540 = and i1 %533, %539
	%541 = select i1 %540, float %399, float 0xFFF0000000000000
	%542 = shl i32 %13, 1
	%543 = add i32 1, %542
	%544 = add i32 %198, %543
	%545 = icmp slt i32 %544, %N
	%546 = select i1 %545, i32 %544, i32 0
	%547 = sitofp i32 %436 to float
	%548 = sitofp i32 %546 to float
	%549 = fcmp ole float %548, %547
	%550 = uitofp i1 %549 to float
	%551 = fcmp une float %550, 0.0
	%552 = and i1 %545, %551
	%553 = select i1 %552, float %400, float 0xFFF0000000000000
	%554 = shl i32 %13, 1
	%555 = add i32 8, %554
	%556 = add i32 %198, %555
	%557 = icmp slt i32 %556, %N
	%558 = select i1 %557, i32 %556, i32 0
	%559 = sitofp i32 %432 to float
	%560 = sitofp i32 %558 to float
	%561 = fcmp ole float %560, %559
	%562 = uitofp i1 %561 to float
	%563 = fcmp une float %562, 0.0
	%564 = and i1 %557, %563
	%565 = select i1 %564, float %401, float 0xFFF0000000000000
	%566 = shl i32 %13, 1
	%567 = add i32 9, %566
	%568 = add i32 %198, %567
	%569 = icmp slt i32 %568, %N
	%570 = select i1 %569, i32 %568, i32 0
	%571 = sitofp i32 %432 to float
	%572 = sitofp i32 %570 to float
	%573 = fcmp ole float %572, %571
	%574 = uitofp i1 %573 to float
	%575 = fcmp une float %574, 0.0
	%576 = and i1 %569, %575
	%577 = select i1 %576, float %402, float 0xFFF0000000000000
	%578 = shl i32 %13, 1
	%579 = add i32 8, %578
	%580 = add i32 %198, %579
	%581 = icmp slt i32 %580, %N
	%582 = select i1 %581, i32 %580, i32 0
	%583 = sitofp i32 %436 to float
	%584 = sitofp i32 %582 to float
	%585 = fcmp ole float %584, %583
	%586 = uitofp i1 %585 to float
	%587 = fcmp une float %586, 0.0
	%588 = and i1 %581, %587
	%589 = select i1 %588, float %403, float 0xFFF0000000000000
	%590 = shl i32 %13, 1
	%591 = add i32 9, %590
	%592 = add i32 %198, %591
	%593 = icmp slt i32 %592, %N
	%594 = select i1 %593, i32 %592, i32 0
	%595 = sitofp i32 %436 to float
	%596 = sitofp i32 %594 to float
	%597 = fcmp ole float %596, %595
	%598 = uitofp i1 %597 to float
	%599 = fcmp une float %598, 0.0
	%600 = and i1 %593, %599
	%601 = select i1 %600, float %404, float 0xFFF0000000000000
	%602 = shl i32 %13, 1
	%603 = add i32 16, %602
	%604 = add i32 %198, %603
	%605 = icmp slt i32 %604, %N
	%606 = select i1 %605, i32 %604, i32 0
	%607 = sitofp i32 %432 to float
	%608 = sitofp i32 %606 to float
	%609 = fcmp ole float %608, %607
	%610 = uitofp i1 %609 to float
	%611 = fcmp une float %610, 0.0
	%612 = and i1 %605, %611
	%613 = select i1 %612, float %405, float 0xFFF0000000000000
	%614 = shl i32 %13, 1
	%615 = add i32 17, %614
	%616 = add i32 %198, %615
	%617 = icmp slt i32 %616, %N
	%618 = select i1 %617, i32 %616, i32 0
	%619 = sitofp i32 %432 to float
	%620 = sitofp i32 %618 to float
	%621 = fcmp ole float %620, %619
	%622 = uitofp i1 %621 to float
	%623 = fcmp une float %622, 0.0
	%624 = and i1 %617, %623
	%625 = select i1 %624, float %406, float 0xFFF0000000000000
	%626 = shl i32 %13, 1
	%627 = add i32 16, %626
	%628 = add i32 %198, %627
	%629 = icmp slt i32 %628, %N
	%630 = select i1 %629, i32 %628, i32 0
	%631 = sitofp i32 %436 to float
	%632 = sitofp i32 %630 to float
	%633 = fcmp ole float %632, %631
	%634 = uitofp i1 %633 to float
	%635 = fcmp une float %634, 0.0
	%636 = and i1 %629, %635
	%637 = select i1 %636, float %407, float 0xFFF0000000000000
	%638 = shl i32 %13, 1
	%639 = add i32 17, %638
	%640 = add i32 %198, %639
	%641 = icmp slt i32 %640, %N
	%642 = select i1 %641, i32 %640, i32 0
	%643 = sitofp i32 %436 to float
	%644 = sitofp i32 %642 to float
	%645 = fcmp ole float %644, %643
	%646 = uitofp i1 %645 to float
	%647 = fcmp une float %646, 0.0
	%648 = and i1 %641, %647
	%649 = select i1 %648, float %408, float 0xFFF0000000000000
	%650 = shl i32 %13, 1
	%651 = add i32 24, %650
	%652 = add i32 %198, %651
	%653 = icmp slt i32 %652, %N
	%654 = select i1 %653, i32 %652, i32 0
	%655 = sitofp i32 %432 to float
	%656 = sitofp i32 %654 to float
	%657 = fcmp ole float %656, %655
	%658 = uitofp i1 %657 to float
	%659 = fcmp une float %658, 0.0
	%660 = and i1 %653, %659
	%661 = select i1 %660, float %409, float 0xFFF0000000000000
	%662 = shl i32 %13, 1
	%663 = add i32 25, %662
	%664 = add i32 %198, %663
	%665 = icmp slt i32 %664, %N
	%666 = select i1 %665, i32 %664, i32 0
	%667 = sitofp i32 %432 to float
	%668 = sitofp i32 %666 to float
	%669 = fcmp ole float %668, %667
	%670 = uitofp i1 %669 to float
	%671 = fcmp une float %670, 0.0
	%672 = and i1 %665, %671
	%673 = select i1 %672, float %410, float 0xFFF0000000000000
	%674 = shl i32 %13, 1
	%675 = add i32 24, %674
	%676 = add i32 %198, %675
	%677 = icmp slt i32 %676, %N
	%678 = select i1 %677, i32 %676, i32 0
	%679 = sitofp i32 %436 to float
	%680 = sitofp i32 %678 to float
	%681 = fcmp ole float %680, %679
	%682 = uitofp i1 %681 to float
	%683 = fcmp une float %682, 0.0
	%684 = and i1 %677, %683
	%685 = select i1 %684, float %411, float 0xFFF0000000000000
	%686 = shl i32 %13, 1
	%687 = add i32 25, %686
	%688 = add i32 %198, %687
	%689 = icmp slt i32 %688, %N
	%690 = select i1 %689, i32 %688, i32 0
	%691 = sitofp i32 %436 to float
	%692 = sitofp i32 %690 to float
	%693 = fcmp ole float %692, %691
	%694 = uitofp i1 %693 to float
	%695 = fcmp une float %694, 0.0
	%696 = and i1 %689, %695
	%697 = select i1 %696, float %412, float 0xFFF0000000000000
	%698 = shl i32 %13, 1
	%699 = add i32 32, %698
	%700 = add i32 %198, %699
	%701 = icmp slt i32 %700, %N
	%702 = select i1 %701, i32 %700, i32 0
	%703 = sitofp i32 %432 to float
	%704 = sitofp i32 %702 to float
	%705 = fcmp ole float %704, %703
	%706 = uitofp i1 %705 to float
	%707 = fcmp une float %706, 0.0
	%708 = and i1 %701, %707
	%709 = select i1 %708, float %413, float 0xFFF0000000000000
	%710 = shl i32 %13, 1
	%711 = add i32 33, %710
	%712 = add i32 %198, %711
	%713 = icmp slt i32 %712, %N
	%714 = select i1 %713, i32 %712, i32 0
	%715 = sitofp i32 %432 to float
	%716 = sitofp i32 %714 to float
	%717 = fcmp ole float %716, %715
	%718 = uitofp i1 %717 to float
	%719 = fcmp une float %718, 0.0
	%720 = and i1 %713, %719
	%721 = select i1 %720, float %414, float 0xFFF0000000000000
	%722 = shl i32 %13, 1
	%723 = add i32 32, %722
	%724 = add i32 %198, %723
	%725 = icmp slt i32 %724, %N
	%726 = select i1 %725, i32 %724, i32 0
	%727 = sitofp i32 %436 to float
	%728 = sitofp i32 %726 to float
	%729 = fcmp ole float %728, %727
	%730 = uitofp i1 %729 to float
	%731 = fcmp une float %730, 0.0
	%732 = and i1 %725, %731
	%733 = select i1 %732, float %415, float 0xFFF0000000000000
	%734 = shl i32 %13, 1
	%735 = add i32 33, %734
	%736 = add i32 %198, %735
	%737 = icmp slt i32 %736, %N
	%738 = select i1 %737, i32 %736, i32 0
	%739 = sitofp i32 %436 to float
	%740 = sitofp i32 %738 to float
	%741 = fcmp ole float %740, %739
	%742 = uitofp i1 %741 to float
	%743 = fcmp une float %742, 0.0
	%744 = and i1 %737, %743
	%745 = select i1 %744, float %416, float 0xFFF0000000000000
	%746 = shl i32 %13, 1
	%747 = add i32 40, %746
	%748 = add i32 %198, %747
	%749 = icmp slt i32 %748, %N
	%750 = select i1 %749, i32 %748, i32 0
	%751 = sitofp i32 %432 to float
	%752 = sitofp i32 %750 to float
	%753 = fcmp ole float %752, %751
	%754 = uitofp i1 %753 to float
	%755 = fcmp une float %754, 0.0
	%756 = and i1 %749, %755
	%757 = select i1 %756, float %417, float 0xFFF0000000000000
	%758 = shl i32 %13, 1
	%759 = add i32 41, %758
	%760 = add i32 %198, %759
	%761 = icmp slt i32 %760, %N
	%762 = select i1 %761, i32 %760, i32 0
	%763 = sitofp i32 %432 to float
	%764 = sitofp i32 %762 to float
	%765 = fcmp ole float %764, %763
	%766 = uitofp i1 %765 to float
	%767 = fcmp une float %766, 0.0
	%768 = and i1 %761, %767
	%769 = select i1 %768, float %418, float 0xFFF0000000000000
	%770 = shl i32 %13, 1
	%771 = add i32 40, %770
	%772 = add i32 %198, %771
	%773 = icmp slt i32 %772, %N
	%774 = select i1 %773, i32 %772, i32 0
	%775 = sitofp i32 %436 to float
	%776 = sitofp i32 %774 to float
	%777 = fcmp ole float %776, %775
	%778 = uitofp i1 %777 to float
	%779 = fcmp une float %778, 0.0
	%780 = and i1 %773, %779
	%781 = select i1 %780, float %419, float 0xFFF0000000000000
	%782 = shl i32 %13, 1
	%783 = add i32 41, %782
	%784 = add i32 %198, %783
	%785 = icmp slt i32 %784, %N
	%786 = select i1 %785, i32 %784, i32 0
	%787 = sitofp i32 %436 to float
	%788 = sitofp i32 %786 to float
	%789 = fcmp ole float %788, %787
	%790 = uitofp i1 %789 to float
	%791 = fcmp une float %790, 0.0
	%792 = and i1 %785, %791
	%793 = select i1 %792, float %420, float 0xFFF0000000000000
	%794 = shl i32 %13, 1
	%795 = add i32 48, %794
	%796 = add i32 %198, %795
	%797 = icmp slt i32 %796, %N
	%798 = select i1 %797, i32 %796, i32 0
	%799 = sitofp i32 %432 to float
	%800 = sitofp i32 %798 to float
	%801 = fcmp ole float %800, %799
	%802 = uitofp i1 %801 to float
	%803 = fcmp une float %802, 0.0
	%804 = and i1 %797, %803
	%805 = select i1 %804, float %421, float 0xFFF0000000000000
	%806 = shl i32 %13, 1
	%807 = add i32 49, %806
	%808 = add i32 %198, %807
	%809 = icmp slt i32 %808, %N
	%810 = select i1 %809, i32 %808, i32 0
	%811 = sitofp i32 %432 to float
	%812 = sitofp i32 %810 to float
	%813 = fcmp ole float %812, %811
	%814 = uitofp i1 %813 to float
	%815 = fcmp une float %814, 0.0
	%816 = and i1 %809, %815
	%817 = select i1 %816, float %422, float 0xFFF0000000000000
	%818 = shl i32 %13, 1
	%819 = add i32 48, %818
	%820 = add i32 %198, %819
	%821 = icmp slt i32 %820, %N
	%822 = select i1 %821, i32 %820, i32 0
	%823 = sitofp i32 %436 to float
	%824 = sitofp i32 %822 to float
	%825 = fcmp ole float %824, %823
	%826 = uitofp i1 %825 to float
	%827 = fcmp une float %826, 0.0
	%828 = and i1 %821, %827
	%829 = select i1 %828, float %423, float 0xFFF0000000000000
	%830 = shl i32 %13, 1
	%831 = add i32 49, %830
	%832 = add i32 %198, %831
	%833 = icmp slt i32 %832, %N
	%834 = select i1 %833, i32 %832, i32 0
	%835 = sitofp i32 %436 to float
	%836 = sitofp i32 %834 to float
	%837 = fcmp ole float %836, %835
	%838 = uitofp i1 %837 to float
	%839 = fcmp une float %838, 0.0
	%840 = and i1 %833, %839
	%841 = select i1 %840, float %424, float 0xFFF0000000000000
	%842 = shl i32 %13, 1
	%843 = add i32 56, %842
	%844 = add i32 %198, %843
	%845 = icmp slt i32 %844, %N
	%846 = select i1 %845, i32 %844, i32 0
	%847 = sitofp i32 %432 to float
	%848 = sitofp i32 %846 to float
	%849 = fcmp ole float %848, %847
	%850 = uitofp i1 %849 to float
	%851 = fcmp une float %850, 0.0
	%852 = and i1 %845, %851
	%853 = select i1 %852, float %425, float 0xFFF0000000000000
	%854 = shl i32 %13, 1
	%855 = add i32 57, %854
	%856 = add i32 %198, %855
	%857 = icmp slt i32 %856, %N
	%858 = select i1 %857, i32 %856, i32 0
	%859 = sitofp i32 %432 to float
	%860 = sitofp i32 %858 to float
	%861 = fcmp ole float %860, %859
	%862 = uitofp i1 %861 to float
	%863 = fcmp une float %862, 0.0
	%864 = and i1 %857, %863
	%865 = select i1 %864, float %426, float 0xFFF0000000000000
	%866 = shl i32 %13, 1
	%867 = add i32 56, %866
	%868 = add i32 %198, %867
	%869 = icmp slt i32 %868, %N
	%870 = select i1 %869, i32 %868, i32 0
	%871 = sitofp i32 %436 to float
	%872 = sitofp i32 %870 to float
	%873 = fcmp ole float %872, %871
	%874 = uitofp i1 %873 to float
	%875 = fcmp une float %874, 0.0
	%876 = and i1 %869, %875
	%877 = select i1 %876, float %427, float 0xFFF0000000000000
	%878 = shl i32 %13, 1
	%879 = add i32 57, %878
	%880 = add i32 %198, %879
	%881 = icmp slt i32 %880, %N
	%882 = select i1 %881, i32 %880, i32 0
	%883 = sitofp i32 %436 to float
	%884 = sitofp i32 %882 to float
	%885 = fcmp ole float %884, %883
	%886 = uitofp i1 %885 to float
	%887 = fcmp une float %886, 0.0
	%888 = and i1 %881, %887
	%889 = select i1 %888, float %428, float 0xFFF0000000000000
	br label %softmax

softmax:
	%890 = phi float [ %397, %loop ], [ %517, %partial ]
	%891 = phi float [ %398, %loop ], [ %529, %partial ]
	%892 = phi float [ %399, %loop ], [ %541, %partial ]
	%893 = phi float [ %400, %loop ], [ %553, %partial ]
	%894 = phi float [ %401, %loop ], [ %565, %partial ]
	%895 = phi float [ %402, %loop ], [ %577, %partial ]
	%896 = phi float [ %403, %loop ], [ %589, %partial ]
	%897 = phi float [ %404, %loop ], [ %601, %partial ]
	%898 = phi float [ %405, %loop ], [ %613, %partial ]
	%899 = phi float [ %406, %loop ], [ %625, %partial ]
	%900 = phi float [ %407, %loop ], [ %637, %partial ]
	%901 = phi float [ %408, %loop ], [ %649, %partial ]
	%902 = phi float [ %409, %loop ], [ %661, %partial ]
	%903 = phi float [ %410, %loop ], [ %673, %partial ]
	%904 = phi float [ %411, %loop ], [ %685, %partial ]
	%905 = phi float [ %412, %loop ], [ %697, %partial ]
	%906 = phi float [ %413, %loop ], [ %709, %partial ]
	%907 = phi float [ %414, %loop ], [ %721, %partial ]
	%908 = phi float [ %415, %loop ], [ %733, %partial ]
	%909 = phi float [ %416, %loop ], [ %745, %partial ]
	%910 = phi float [ %417, %loop ], [ %757, %partial ]
	%911 = phi float [ %418, %loop ], [ %769, %partial ]
	%912 = phi float [ %419, %loop ], [ %781, %partial ]
	%913 = phi float [ %420, %loop ], [ %793, %partial ]
	%914 = phi float [ %421, %loop ], [ %805, %partial ]
	%915 = phi float [ %422, %loop ], [ %817, %partial ]
	%916 = phi float [ %423, %loop ], [ %829, %partial ]
	%917 = phi float [ %424, %loop ], [ %841, %partial ]
	%918 = phi float [ %425, %loop ], [ %853, %partial ]
	%919 = phi float [ %426, %loop ], [ %865, %partial ]
	%920 = phi float [ %427, %loop ], [ %877, %partial ]
	%921 = phi float [ %428, %loop ], [ %889, %partial ]
	%922 = call float @llvm.nvvm.fmax.f(float %890, float %891)
	%923 = call float @llvm.nvvm.fmax.f(float %894, float %895)
	%924 = call float @llvm.nvvm.fmax.f(float %898, float %899)
	%925 = call float @llvm.nvvm.fmax.f(float %902, float %903)
	%926 = call float @llvm.nvvm.fmax.f(float %906, float %907)
	%927 = call float @llvm.nvvm.fmax.f(float %910, float %911)
	%928 = call float @llvm.nvvm.fmax.f(float %914, float %915)
	%929 = call float @llvm.nvvm.fmax.f(float %918, float %919)
	%930 = call float @llvm.nvvm.fmax.f(float %922, float %923)
	%931 = call float @llvm.nvvm.fmax.f(float %924, float %925)
	%932 = call float @llvm.nvvm.fmax.f(float %926, float %927)
	%933 = call float @llvm.nvvm.fmax.f(float %928, float %929)
	%934 = call float @llvm.nvvm.fmax.f(float %930, float %931)
	%935 = call float @llvm.nvvm.fmax.f(float %932, float %933)
	%936 = call float @llvm.nvvm.fmax.f(float %934, float %935)
	%937 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %936, i32 1, i32 31)
	%938 = call float @llvm.nvvm.fmax.f(float %936, float %937)
	%939 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %938, i32 2, i32 31)
	%940 = call float @llvm.nvvm.fmax.f(float %938, float %939)
	%941 = fmul float %940, 0x3FC7154760000000
	%942 = call float @llvm.nvvm.fmax.f(float %194, float %941)
	%943 = fadd float %194, 8.0
	%944 = fcmp ogt float %942, %943
	%945 = or i1 false, %944
	%946 = call float @llvm.nvvm.fmax.f(float %892, float %893)
	%947 = call float @llvm.nvvm.fmax.f(float %896, float %897)
	%948 = call float @llvm.nvvm.fmax.f(float %900, float %901)
	%949 = call float @llvm.nvvm.fmax.f(float %904, float %905)
	%950 = call float @llvm.nvvm.fmax.f(float %908, float %909)
	%951 = call float @llvm.nvvm.fmax.f(float %912, float %913)
	%952 = call float @llvm.nvvm.fmax.f(float %916, float %917)
	%953 = call float @llvm.nvvm.fmax.f(float %920, float %921)
	%954 = call float @llvm.nvvm.fmax.f(float %946, float %947)
	%955 = call float @llvm.nvvm.fmax.f(float %948, float %949)
	%956 = call float @llvm.nvvm.fmax.f(float %950, float %951)
	%957 = call float @llvm.nvvm.fmax.f(float %952, float %953)
	%958 = call float @llvm.nvvm.fmax.f(float %954, float %955)
	%959 = call float @llvm.nvvm.fmax.f(float %956, float %957)
	%960 = call float @llvm.nvvm.fmax.f(float %958, float %959)
	%961 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %960, i32 1, i32 31)
	%962 = call float @llvm.nvvm.fmax.f(float %960, float %961)
	%963 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %962, i32 2, i32 31)
	%964 = call float @llvm.nvvm.fmax.f(float %962, float %963)
	%965 = fmul float %964, 0x3FC7154760000000
	%966 = call float @llvm.nvvm.fmax.f(float %196, float %965)
	%967 = fadd float %196, 8.0
	%968 = fcmp ogt float %966, %967
	%969 = or i1 %945, %968
	%970 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %969)
	br i1 %970, label %971, label %1014

971:
	%972 = fcmp oeq float %942, 0xFFF0000000000000
	%973 = select i1 %972, float 0.0, float %942
	%974 = fsub float %194, %973
	%975 = call float @llvm.nvvm.ex2.approx.ftz.f(float %974)
	%976 = fcmp oeq float %966, 0xFFF0000000000000
	%977 = select i1 %976, float 0.0, float %966
	%978 = fsub float %196, %977
	%979 = call float @llvm.nvvm.ex2.approx.ftz.f(float %978)
	%980 = fmul float %162, %975
	%981 = fmul float %163, %975
	%982 = fmul float %164, %979
	%983 = fmul float %165, %979
	%984 = fmul float %166, %975
	%985 = fmul float %167, %975
	%986 = fmul float %168, %979
	%987 = fmul float %169, %979
	%988 = fmul float %170, %975
	%989 = fmul float %171, %975
	%990 = fmul float %172, %979
	%991 = fmul float %173, %979
	%992 = fmul float %174, %975
	%993 = fmul float %175, %975
	%994 = fmul float %176, %979
	%995 = fmul float %177, %979
	%996 = fmul float %178, %975
	%997 = fmul float %179, %975
	%998 = fmul float %180, %979
	%999 = fmul float %181, %979
	%1000 = fmul float %182, %975
	%1001 = fmul float %183, %975
	%1002 = fmul float %184, %979
	%1003 = fmul float %185, %979
	%1004 = fmul float %186, %975
	%1005 = fmul float %187, %975
	%1006 = fmul float %188, %979
	%1007 = fmul float %189, %979
	%1008 = fmul float %190, %975
	%1009 = fmul float %191, %975
	%1010 = fmul float %192, %979
	%1011 = fmul float %193, %979
	%1012 = fmul float %195, %975
	%1013 = fmul float %197, %979
	br label %1014

1014:
	%1015 = phi float [ %162, %softmax ], [ %980, %971 ]
	%1016 = phi float [ %163, %softmax ], [ %981, %971 ]
	%1017 = phi float [ %164, %softmax ], [ %982, %971 ]
	%1018 = phi float [ %165, %softmax ], [ %983, %971 ]
	%1019 = phi float [ %166, %softmax ], [ %984, %971 ]
	%1020 = phi float [ %167, %softmax ], [ %985, %971 ]
	%1021 = phi float [ %168, %softmax ], [ %986, %971 ]
	%1022 = phi float [ %169, %softmax ], [ %987, %971 ]
	%1023 = phi float [ %170, %softmax ], [ %988, %971 ]
	%1024 = phi float [ %171, %softmax ], [ %989, %971 ]
	%1025 = phi float [ %172, %softmax ], [ %990, %971 ]
	%1026 = phi float [ %173, %softmax ], [ %991, %971 ]
	%1027 = phi float [ %174, %softmax ], [ %992, %971 ]
	%1028 = phi float [ %175, %softmax ], [ %993, %971 ]
	%1029 = phi float [ %176, %softmax ], [ %994, %971 ]
	%1030 = phi float [ %177, %softmax ], [ %995, %971 ]
	%1031 = phi float [ %178, %softmax ], [ %996, %971 ]
	%1032 = phi float [ %179, %softmax ], [ %997, %971 ]
	%1033 = phi float [ %180, %softmax ], [ %998, %971 ]
	%1034 = phi float [ %181, %softmax ], [ %999, %971 ]
	%1035 = phi float [ %182, %softmax ], [ %1000, %971 ]
	%1036 = phi float [ %183, %softmax ], [ %1001, %971 ]
	%1037 = phi float [ %184, %softmax ], [ %1002, %971 ]
	%1038 = phi float [ %185, %softmax ], [ %1003, %971 ]
	%1039 = phi float [ %186, %softmax ], [ %1004, %971 ]
	%1040 = phi float [ %187, %softmax ], [ %1005, %971 ]
	%1041 = phi float [ %188, %softmax ], [ %1006, %971 ]
	%1042 = phi float [ %189, %softmax ], [ %1007, %971 ]
	%1043 = phi float [ %190, %softmax ], [ %1008, %971 ]
	%1044 = phi float [ %191, %softmax ], [ %1009, %971 ]
	%1045 = phi float [ %192, %softmax ], [ %1010, %971 ]
	%1046 = phi float [ %193, %softmax ], [ %1011, %971 ]
	%1047 = phi float [ %195, %softmax ], [ %1012, %971 ]
	%1048 = phi float [ %197, %softmax ], [ %1013, %971 ]
	%1049 = select i1 %970, float %942, float %194
	%1050 = fcmp oeq float %1049, 0xFFF0000000000000
	%1051 = select i1 %1050, float 0.0, float %1049
	%1052 = fneg float %1051
	%1053 = call float @llvm.fma.f32(float %890, float 0x3FC7154760000000, float %1052)
	%1054 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1053)
	%1055 = call float @llvm.fma.f32(float %891, float 0x3FC7154760000000, float %1052)
	%1056 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1055)
	%1057 = call float @llvm.fma.f32(float %894, float 0x3FC7154760000000, float %1052)
	%1058 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1057)
	%1059 = call float @llvm.fma.f32(float %895, float 0x3FC7154760000000, float %1052)
	%1060 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1059)
	%1061 = call float @llvm.fma.f32(float %898, float 0x3FC7154760000000, float %1052)
	%1062 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1061)
	%1063 = call float @llvm.fma.f32(float %899, float 0x3FC7154760000000, float %1052)
	%1064 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1063)
	%1065 = call float @llvm.fma.f32(float %902, float 0x3FC7154760000000, float %1052)
	%1066 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1065)
	%1067 = call float @llvm.fma.f32(float %903, float 0x3FC7154760000000, float %1052)
	%1068 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1067)
	%1069 = call float @llvm.fma.f32(float %906, float 0x3FC7154760000000, float %1052)
	%1070 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1069)
	%1071 = call float @llvm.fma.f32(float %907, float 0x3FC7154760000000, float %1052)
	%1072 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1071)
	%1073 = call float @llvm.fma.f32(float %910, float 0x3FC7154760000000, float %1052)
	%1074 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1073)
	%1075 = call float @llvm.fma.f32(float %911, float 0x3FC7154760000000, float %1052)
	%1076 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1075)
	%1077 = call float @llvm.fma.f32(float %914, float 0x3FC7154760000000, float %1052)
	%1078 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1077)
	%1079 = call float @llvm.fma.f32(float %915, float 0x3FC7154760000000, float %1052)
	%1080 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1079)
	%1081 = call float @llvm.fma.f32(float %918, float 0x3FC7154760000000, float %1052)
	%1082 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1081)
	%1083 = call float @llvm.fma.f32(float %919, float 0x3FC7154760000000, float %1052)
	%1084 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1083)
	%1085 = fadd float %1054, %1056
	%1086 = fadd float %1058, %1060
	%1087 = fadd float %1062, %1064
	%1088 = fadd float %1066, %1068
	%1089 = fadd float %1070, %1072
	%1090 = fadd float %1074, %1076
	%1091 = fadd float %1078, %1080
	%1092 = fadd float %1082, %1084
	%1093 = fadd float %1085, %1086
	%1094 = fadd float %1087, %1088
	%1095 = fadd float %1089, %1090
	%1096 = fadd float %1091, %1092
	%1097 = fadd float %1093, %1094
	%1098 = fadd float %1095, %1096
	%1099 = fadd float %1097, %1098
	%1100 = fadd float %1047, %1099
	%1101 = select i1 %970, float %966, float %196
	%1102 = fcmp oeq float %1101, 0xFFF0000000000000
	%1103 = select i1 %1102, float 0.0, float %1101
	%1104 = fneg float %1103
	%1105 = call float @llvm.fma.f32(float %892, float 0x3FC7154760000000, float %1104)
	%1106 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1105)
	%1107 = call float @llvm.fma.f32(float %893, float 0x3FC7154760000000, float %1104)
	%1108 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1107)
	%1109 = call float @llvm.fma.f32(float %896, float 0x3FC7154760000000, float %1104)
	%1110 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1109)
	%1111 = call float @llvm.fma.f32(float %897, float 0x3FC7154760000000, float %1104)
	%1112 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1111)
	%1113 = call float @llvm.fma.f32(float %900, float 0x3FC7154760000000, float %1104)
	%1114 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1113)
	%1115 = call float @llvm.fma.f32(float %901, float 0x3FC7154760000000, float %1104)
	%1116 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1115)
	%1117 = call float @llvm.fma.f32(float %904, float 0x3FC7154760000000, float %1104)
	%1118 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1117)
	%1119 = call float @llvm.fma.f32(float %905, float 0x3FC7154760000000, float %1104)
	%1120 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1119)
	%1121 = call float @llvm.fma.f32(float %908, float 0x3FC7154760000000, float %1104)
	%1122 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1121)
	%1123 = call float @llvm.fma.f32(float %909, float 0x3FC7154760000000, float %1104)
	%1124 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1123)
	%1125 = call float @llvm.fma.f32(float %912, float 0x3FC7154760000000, float %1104)
	%1126 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1125)
	%1127 = call float @llvm.fma.f32(float %913, float 0x3FC7154760000000, float %1104)
	%1128 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1127)
	%1129 = call float @llvm.fma.f32(float %916, float 0x3FC7154760000000, float %1104)
	%1130 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1129)
	%1131 = call float @llvm.fma.f32(float %917, float 0x3FC7154760000000, float %1104)
	%1132 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1131)
	%1133 = call float @llvm.fma.f32(float %920, float 0x3FC7154760000000, float %1104)
	%1134 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1133)
	%1135 = call float @llvm.fma.f32(float %921, float 0x3FC7154760000000, float %1104)
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
	%1152 = fadd float %1048, %1151
	%1153 = add i32 %160, 1
	%1154 = icmp slt i32 %1153, %NK
	%1155 = select i1 %1154, i32 %1153, i32 0
	%1156 = add i32 %48, %1155
	%1157 = sext i32 %1156 to i64
	%1158 = getelementptr i32, i32* %list, i64 %1157
	%1159 = load i32, i32* %1158
	%1160 = select i1 %1154, i32 %1159, i32 -1
	%1161 = icmp sge i32 %1160, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1161, label %prefetch, label %pv

prefetch:
	%1162 = mul i32 %1160, 64
	%1163 = lshr i32 %9, 3
	%1164 = and i32 %9, 7
	%1165 = lshr i32 %1164, 3
	%1166 = mul i32 %1165, u0x2000
	%1167 = and i32 %1164, 7
	%1168 = and i32 %1163, 7
	%1169 = xor i32 %1167, %1168
	%1170 = mul i32 %1163, 128
	%1171 = shl i32 %1169, 4
	%1172 = add i32 %1170, %1171
	%1173 = add i32 %1166, %1172
	%1174 = add i32 %0, %1173
	%1175 = add i32 %1162, %1163
	%1176 = mul i32 %1175, 64
	%1177 = mul i32 %1164, 8
	%1178 = add i32 %1176, %1177
	%1179 = sext i32 %1178 to i64
	%1180 = getelementptr i16, i16* %39, i64 %1179
	%1181 = add i32 %1175, 0
	%1182 = icmp slt i32 %1181, %N
	%1183 = getelementptr i16, i16* %1180, i64 0
	%1184 = select i1 %1182, i16* %1183, i16* %39
	%1185 = add i32 %1174, 0
	%1186 = select i1 %1182, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1185, i16* %1184, i32 %1186)
	%1187 = add i32 %1175, 16
	%1188 = icmp slt i32 %1187, %N
	%1189 = getelementptr i16, i16* %1180, i64 1024
	%1190 = select i1 %1188, i16* %1189, i16* %39
	%1191 = add i32 %1174, 2048
	%1192 = select i1 %1188, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1191, i16* %1190, i32 %1192)
	%1193 = add i32 %1175, 32
	%1194 = icmp slt i32 %1193, %N
	%1195 = getelementptr i16, i16* %1180, i64 2048
	%1196 = select i1 %1194, i16* %1195, i16* %39
	%1197 = add i32 %1174, u0x1000
	%1198 = select i1 %1194, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1197, i16* %1196, i32 %1198)
	%1199 = add i32 %1175, 48
	%1200 = icmp slt i32 %1199, %N
	%1201 = getelementptr i16, i16* %1180, i64 3072
	%1202 = select i1 %1200, i16* %1201, i16* %39
	%1203 = add i32 %1174, 6144
	%1204 = select i1 %1200, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1203, i16* %1202, i32 %1204)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1205 = and i32 %11, 7
	%1206 = lshr i32 %11, 3
	%1207 = and i32 %1206, 1
	%1208 = shl i32 %1207, 3
	%1209 = add i32 %1205, %1208
	%1210 = mul i32 %1209, 128
	%1211 = add i32 %1, %1210
	%1212 = and i32 %11, 7
	%1213 = xor i32 %107, %1212
	%1214 = shl i32 %1213, 4
	%1215 = add i32 %1211, %1214
	%1216 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1056, float %1054)
	%1217 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1108, float %1106)
	%1218 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1060, float %1058)
	%1219 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1112, float %1110)
	%1220 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1064, float %1062)
	%1221 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1116, float %1114)
	%1222 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1068, float %1066)
	%1223 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1120, float %1118)
	%1224 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1072, float %1070)
	%1225 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1124, float %1122)
	%1226 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1076, float %1074)
	%1227 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1128, float %1126)
	%1228 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1080, float %1078)
	%1229 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1132, float %1130)
	%1230 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1084, float %1082)
	%1231 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1136, float %1134)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1232 = add i32 %8, 0
	%1233 = zext i32 %1232 to i64
	%1234 = or i64 %1233, u0x4000004002000000
	%1235 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1015, float %1016, float %1017, float %1018, float %1019, float %1020, float %1021, float %1022, float %1023, float %1024, float %1025, float %1026, float %1027, float %1028, float %1029, float %1030, float %1031, float %1032, float %1033, float %1034, float %1035, float %1036, float %1037, float %1038, float %1039, float %1040, float %1041, float %1042, float %1043, float %1044, float %1045, float %1046, i32 %1216, i32 %1217, i32 %1218, i32 %1219, i64 %1234, i32 1)
	%1236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 0
	%1237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 1
	%1238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 2
	%1239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 3
	%1240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 4
	%1241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 5
	%1242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 6
	%1243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 7
	%1244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 8
	%1245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 9
	%1246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 10
	%1247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 11
	%1248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 12
	%1249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 13
	%1250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 14
	%1251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 15
	%1252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 16
	%1253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 17
	%1254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 18
	%1255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 19
	%1256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 20
	%1257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 21
	%1258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 22
	%1259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 23
	%1260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 24
	%1261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 25
	%1262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 26
	%1263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 27
	%1264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 28
	%1265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 29
	%1266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 30
	%1267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 31
	%1268 = add i32 %8, 128
	%1269 = zext i32 %1268 to i64
	%1270 = or i64 %1269, u0x4000004002000000
	%1271 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1236, float %1237, float %1238, float %1239, float %1240, float %1241, float %1242, float %1243, float %1244, float %1245, float %1246, float %1247, float %1248, float %1249, float %1250, float %1251, float %1252, float %1253, float %1254, float %1255, float %1256, float %1257, float %1258, float %1259, float %1260, float %1261, float %1262, float %1263, float %1264, float %1265, float %1266, float %1267, i32 %1220, i32 %1221, i32 %1222, i32 %1223, i64 %1270, i32 1)
	%1272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 0
	%1273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 1
	%1274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 2
	%1275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 3
	%1276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 4
	%1277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 5
	%1278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 6
	%1279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 7
	%1280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 8
	%1281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 9
	%1282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 10
	%1283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 11
	%1284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 12
	%1285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 13
	%1286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 14
	%1287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 15
	%1288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 16
	%1289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 17
	%1290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 18
	%1291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 19
	%1292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 20
	%1293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 21
	%1294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 22
	%1295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 23
	%1296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 24
	%1297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 25
	%1298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 26
	%1299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 27
	%1300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 28
	%1301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 29
	%1302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 30
	%1303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 31
	%1304 = add i32 %8, 256
	%1305 = zext i32 %1304 to i64
	%1306 = or i64 %1305, u0x4000004002000000
	%1307 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1272, float %1273, float %1274, float %1275, float %1276, float %1277, float %1278, float %1279, float %1280, float %1281, float %1282, float %1283, float %1284, float %1285, float %1286, float %1287, float %1288, float %1289, float %1290, float %1291, float %1292, float %1293, float %1294, float %1295, float %1296, float %1297, float %1298, float %1299, float %1300, float %1301, float %1302, float %1303, i32 %1224, i32 %1225, i32 %1226, i32 %1227, i64 %1306, i32 1)
	%1308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 0
	%1309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 1
	%1310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 2
	%1311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 3
	%1312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 4
	%1313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 5
	%1314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 6
	%1315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 7
	%1316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 8
	%1317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 9
	%1318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 10
	%1319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 11
	%1320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 12
	%1321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 13
	%1322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 14
	%1323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 15
	%1324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 16
	%1325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 17
	%1326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 18
	%1327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 19
	%1328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 20
	%1329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 21
	%1330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 22
	%1331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 23
	%1332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 24
	%1333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 25
	%1334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 26
	%1335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 27
	%1336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 28
	%1337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 29
	%1338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 30
	%1339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 31
	%1340 = add i32 %8, 384
	%1341 = zext i32 %1340 to i64
	%1342 = or i64 %1341, u0x4000004002000000
	%1343 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1308, float %1309, float %1310, float %1311, float %1312, float %1313, float %1314, float %1315, float %1316, float %1317, float %1318, float %1319, float %1320, float %1321, float %1322, float %1323, float %1324, float %1325, float %1326, float %1327, float %1328, float %1329, float %1330, float %1331, float %1332, float %1333, float %1334, float %1335, float %1336, float %1337, float %1338, float %1339, i32 %1228, i32 %1229, i32 %1230, i32 %1231, i64 %1342, i32 1)
	%1344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 0
	%1345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 1
	%1346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 2
	%1347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 3
	%1348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 4
	%1349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 5
	%1350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 6
	%1351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 7
	%1352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 8
	%1353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 9
	%1354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 10
	%1355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 11
	%1356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 12
	%1357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 13
	%1358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 14
	%1359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 15
	%1360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 16
	%1361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 17
	%1362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 18
	%1363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 19
	%1364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 20
	%1365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 21
	%1366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 22
	%1367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 23
	%1368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 24
	%1369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 25
	%1370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 26
	%1371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 27
	%1372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 28
	%1373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 29
	%1374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 30
	%1375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%1403 = call float asm sideeffect "", "=f,0"(float %1371)
	%1404 = call float asm sideeffect "", "=f,0"(float %1372)
	%1405 = call float asm sideeffect "", "=f,0"(float %1373)
	%1406 = call float asm sideeffect "", "=f,0"(float %1374)
	%1407 = call float asm sideeffect "", "=f,0"(float %1375)
	br i1 %1161, label %loop, label %epilogue

store0:
	%1408 = mul i32 %29, %M
	%1409 = add i32 %1408, %488
	%1410 = mul i32 %1409, 64
	%1411 = shl i32 %13, 1
	%1412 = add i32 0, %1411
	%1413 = add i32 %1410, %1412
	%1414 = sext i32 %1413 to i64
	%1415 = getelementptr i16, i16* %out, i64 %1414
	%1416 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %490, float %489)
	%1417 = bitcast i16* %1415 to i32*
	store i32 %1416, i32* %1417
	%1418 = shl i32 %13, 1
	%1419 = add i32 8, %1418
	%1420 = add i32 %1410, %1419
	%1421 = sext i32 %1420 to i64
	%1422 = getelementptr i16, i16* %out, i64 %1421
	%1423 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %492, float %491)
	%1424 = bitcast i16* %1422 to i32*
	store i32 %1423, i32* %1424
	%1425 = shl i32 %13, 1
	%1426 = add i32 16, %1425
	%1427 = add i32 %1410, %1426
	%1428 = sext i32 %1427 to i64
	%1429 = getelementptr i16, i16* %out, i64 %1428
	%1430 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %494, float %493)
	%1431 = bitcast i16* %1429 to i32*
	store i32 %1430, i32* %1431
	%1432 = shl i32 %13, 1
	%1433 = add i32 24, %1432
	%1434 = add i32 %1410, %1433
	%1435 = sext i32 %1434 to i64
	%1436 = getelementptr i16, i16* %out, i64 %1435
	%1437 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %496, float %495)
	%1438 = bitcast i16* %1436 to i32*
	store i32 %1437, i32* %1438
	%1439 = shl i32 %13, 1
	%1440 = add i32 32, %1439
	%1441 = add i32 %1410, %1440
	%1442 = sext i32 %1441 to i64
	%1443 = getelementptr i16, i16* %out, i64 %1442
	%1444 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %498, float %497)
	%1445 = bitcast i16* %1443 to i32*
	store i32 %1444, i32* %1445
	%1446 = shl i32 %13, 1
	%1447 = add i32 40, %1446
	%1448 = add i32 %1410, %1447
	%1449 = sext i32 %1448 to i64
	%1450 = getelementptr i16, i16* %out, i64 %1449
	%1451 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %500, float %499)
	%1452 = bitcast i16* %1450 to i32*
	store i32 %1451, i32* %1452
	%1453 = shl i32 %13, 1
	%1454 = add i32 48, %1453
	%1455 = add i32 %1410, %1454
	%1456 = sext i32 %1455 to i64
	%1457 = getelementptr i16, i16* %out, i64 %1456
	%1458 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %502, float %501)
	%1459 = bitcast i16* %1457 to i32*
	store i32 %1458, i32* %1459
	%1460 = shl i32 %13, 1
	%1461 = add i32 56, %1460
	%1462 = add i32 %1410, %1461
	%1463 = sext i32 %1462 to i64
	%1464 = getelementptr i16, i16* %out, i64 %1463
	%1465 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %504, float %503)
	%1466 = bitcast i16* %1464 to i32*
	store i32 %1465, i32* %1466
	br label %stored0

stored0:
	%1467 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %444, i32 1, i32 31)
	%1468 = fadd float %444, %1467
	%1469 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1468, i32 2, i32 31)
	%1470 = fadd float %1468, %1469
	%1471 = fcmp ogt float %1470, 0.0
	%1472 = fdiv float 1.0, %1470
	%1473 = select i1 %1471, float %1472, float 0.0
	%1474 = mul i32 %10, 16
	%1475 = add i32 %31, %1474
	%1476 = add i32 %12, 8
	%1477 = add i32 %1475, %1476
	%1478 = fmul float %448, %1473
	%1479 = fmul float %449, %1473
	%1480 = fmul float %452, %1473
	%1481 = fmul float %453, %1473
	%1482 = fmul float %456, %1473
	%1483 = fmul float %457, %1473
	%1484 = fmul float %460, %1473
	%1485 = fmul float %461, %1473
	%1486 = fmul float %464, %1473
	%1487 = fmul float %465, %1473
	%1488 = fmul float %468, %1473
	%1489 = fmul float %469, %1473
	%1490 = fmul float %472, %1473
	%1491 = fmul float %473, %1473
	%1492 = fmul float %476, %1473
	%1493 = fmul float %477, %1473
	%1494 = icmp slt i32 %1477, %M
	br i1 %1494, label %store1, label %stored1

store1:
	%1495 = mul i32 %29, %M
	%1496 = add i32 %1495, %1477
	%1497 = mul i32 %1496, 64
	%1498 = shl i32 %13, 1
	%1499 = add i32 0, %1498
	%1500 = add i32 %1497, %1499
	%1501 = sext i32 %1500 to i64
	%1502 = getelementptr i16, i16* %out, i64 %1501
	%1503 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1479, float %1478)
	%1504 = bitcast i16* %1502 to i32*
	store i32 %1503, i32* %1504
	%1505 = shl i32 %13, 1
	%1506 = add i32 8, %1505
	%1507 = add i32 %1497, %1506
	%1508 = sext i32 %1507 to i64
	%1509 = getelementptr i16, i16* %out, i64 %1508
	%1510 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1481, float %1480)
	%1511 = bitcast i16* %1509 to i32*
	store i32 %1510, i32* %1511
	%1512 = shl i32 %13, 1
	%1513 = add i32 16, %1512
	%1514 = add i32 %1497, %1513
	%1515 = sext i32 %1514 to i64
	%1516 = getelementptr i16, i16* %out, i64 %1515
	%1517 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1483, float %1482)
	%1518 = bitcast i16* %1516 to i32*
	store i32 %1517, i32* %1518
	%1519 = shl i32 %13, 1
	%1520 = add i32 24, %1519
	%1521 = add i32 %1497, %1520
	%1522 = sext i32 %1521 to i64
	%1523 = getelementptr i16, i16* %out, i64 %1522
	%1524 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1485, float %1484)
	%1525 = bitcast i16* %1523 to i32*
	store i32 %1524, i32* %1525
	%1526 = shl i32 %13, 1
	%1527 = add i32 32, %1526
	%1528 = add i32 %1497, %1527
	%1529 = sext i32 %1528 to i64
	%1530 = getelementptr i16, i16* %out, i64 %1529
	%1531 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1487, float %1486)
	%1532 = bitcast i16* %1530 to i32*
	store i32 %1531, i32* %1532
	%1533 = shl i32 %13, 1
	%1534 = add i32 40, %1533
	%1535 = add i32 %1497, %1534
	%1536 = sext i32 %1535 to i64
	%1537 = getelementptr i16, i16* %out, i64 %1536
	%1538 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1489, float %1488)
	%1539 = bitcast i16* %1537 to i32*
	store i32 %1538, i32* %1539
	%1540 = shl i32 %13, 1
	%1541 = add i32 48, %1540
	%1542 = add i32 %1497, %1541
	%1543 = sext i32 %1542 to i64
	%1544 = getelementptr i16, i16* %out, i64 %1543
	%1545 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1491, float %1490)
	%1546 = bitcast i16* %1544 to i32*
	store i32 %1545, i32* %1546
	%1547 = shl i32 %13, 1
	%1548 = add i32 56, %1547
	%1549 = add i32 %1497, %1548
	%1550 = sext i32 %1549 to i64
	%1551 = getelementptr i16, i16* %out, i64 %1550
	%1552 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1493, float %1492)
	%1553 = bitcast i16* %1551 to i32*
	store i32 %1552, i32* %1553
	br label %stored1

stored1:
	ret void
}

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @minference_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, float*, i32, i32)* @minference_pool_q0, !"maxntidx", i32 64}
!2 = !{void (i16*, float*, i32, i32)* @minference_pool_k0, !"maxntidx", i32 64}
!3 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @minference_scores0, !"maxntidx", i32 128}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @minference_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @minference_attn2, !"minctasm", i32 4}
