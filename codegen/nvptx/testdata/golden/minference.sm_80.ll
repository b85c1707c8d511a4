; minference
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

define ptx_kernel void @minference_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @minference_attn2_smem to i32
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
	%169 = phi i32 [ 0, %prologue ], [ %1241, %pv ]
	%170 = phi i32 [ %49, %prologue ], [ %1248, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1528, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1529, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1530, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1531, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1533, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1534, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1535, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1536, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1545, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1546, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1547, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1548, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1550, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1551, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1552, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1553, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1562, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1563, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1564, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1565, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1567, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1568, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1569, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1570, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1579, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1580, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1581, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1582, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1584, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1585, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1586, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1587, %pv ]
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
	%264 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %260, i32 %261, float 0.0, float 0.0, float 0.0, float 0.0)
	%265 = extractvalue { float, float, float, float } %264, 0
	%266 = extractvalue { float, float, float, float } %264, 1
	%267 = extractvalue { float, float, float, float } %264, 2
	%268 = extractvalue { float, float, float, float } %264, 3
	%269 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %262, i32 %263, float 0.0, float 0.0, float 0.0, float 0.0)
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
	%280 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %276, i32 %277, float 0.0, float 0.0, float 0.0, float 0.0)
	%281 = extractvalue { float, float, float, float } %280, 0
	%282 = extractvalue { float, float, float, float } %280, 1
	%283 = extractvalue { float, float, float, float } %280, 2
	%284 = extractvalue { float, float, float, float } %280, 3
	%285 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %278, i32 %279, float 0.0, float 0.0, float 0.0, float 0.0)
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
	%296 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %292, i32 %293, float 0.0, float 0.0, float 0.0, float 0.0)
	%297 = extractvalue { float, float, float, float } %296, 0
	%298 = extractvalue { float, float, float, float } %296, 1
	%299 = extractvalue { float, float, float, float } %296, 2
	%300 = extractvalue { float, float, float, float } %296, 3
	%301 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %294, i32 %295, float 0.0, float 0.0, float 0.0, float 0.0)
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
	%312 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %308, i32 %309, float 0.0, float 0.0, float 0.0, float 0.0)
	%313 = extractvalue { float, float, float, float } %312, 0
	%314 = extractvalue { float, float, float, float } %312, 1
	%315 = extractvalue { float, float, float, float } %312, 2
	%316 = extractvalue { float, float, float, float } %312, 3
	%317 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %310, i32 %311, float 0.0, float 0.0, float 0.0, float 0.0)
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
	%329 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %325, i32 %326, float %265, float %266, float %267, float %268)
	%330 = extractvalue { float, float, float, float } %329, 0
	%331 = extractvalue { float, float, float, float } %329, 1
	%332 = extractvalue { float, float, float, float } %329, 2
	%333 = extractvalue { float, float, float, float } %329, 3
	%334 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %327, i32 %328, float %270, float %271, float %272, float %273)
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
	%345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %341, i32 %342, float %281, float %282, float %283, float %284)
	%346 = extractvalue { float, float, float, float } %345, 0
	%347 = extractvalue { float, float, float, float } %345, 1
	%348 = extractvalue { float, float, float, float } %345, 2
	%349 = extractvalue { float, float, float, float } %345, 3
	%350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %343, i32 %344, float %286, float %287, float %288, float %289)
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
	%361 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %357, i32 %358, float %297, float %298, float %299, float %300)
	%362 = extractvalue { float, float, float, float } %361, 0
	%363 = extractvalue { float, float, float, float } %361, 1
	%364 = extractvalue { float, float, float, float } %361, 2
	%365 = extractvalue { float, float, float, float } %361, 3
	%366 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %359, i32 %360, float %302, float %303, float %304, float %305)
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
	%377 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %373, i32 %374, float %313, float %314, float %315, float %316)
	%378 = extractvalue { float, float, float, float } %377, 0
	%379 = extractvalue { float, float, float, float } %377, 1
	%380 = extractvalue { float, float, float, float } %377, 2
	%381 = extractvalue { float, float, float, float } %377, 3
	%382 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %375, i32 %376, float %318, float %319, float %320, float %321)
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
	%394 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %390, i32 %391, float %330, float %331, float %332, float %333)
	%395 = extractvalue { float, float, float, float } %394, 0
	%396 = extractvalue { float, float, float, float } %394, 1
	%397 = extractvalue { float, float, float, float } %394, 2
	%398 = extractvalue { float, float, float, float } %394, 3
	%399 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %392, i32 %393, float %335, float %336, float %337, float %338)
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
	%410 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %406, i32 %407, float %346, float %347, float %348, float %349)
	%411 = extractvalue { float, float, float, float } %410, 0
	%412 = extractvalue { float, float, float, float } %410, 1
	%413 = extractvalue { float, float, float, float } %410, 2
	%414 = extractvalue { float, float, float, float } %410, 3
	%415 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %408, i32 %409, float %351, float %352, float %353, float %354)
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
	%426 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %422, i32 %423, float %362, float %363, float %364, float %365)
	%427 = extractvalue { float, float, float, float } %426, 0
	%428 = extractvalue { float, float, float, float } %426, 1
	%429 = extractvalue { float, float, float, float } %426, 2
	%430 = extractvalue { float, float, float, float } %426, 3
	%431 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %424, i32 %425, float %367, float %368, float %369, float %370)
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
	%442 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %438, i32 %439, float %378, float %379, float %380, float %381)
	%443 = extractvalue { float, float, float, float } %442, 0
	%444 = extractvalue { float, float, float, float } %442, 1
	%445 = extractvalue { float, float, float, float } %442, 2
	%446 = extractvalue { float, float, float, float } %442, 3
	%447 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %440, i32 %441, float %383, float %384, float %385, float %386)
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
	%459 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %455, i32 %456, float %395, float %396, float %397, float %398)
	%460 = extractvalue { float, float, float, float } %459, 0
	%461 = extractvalue { float, float, float, float } %459, 1
	%462 = extractvalue { float, float, float, float } %459, 2
	%463 = extractvalue { float, float, float, float } %459, 3
	%464 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %457, i32 %458, float %400, float %401, float %402, float %403)
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
	%475 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %471, i32 %472, float %411, float %412, float %413, float %414)
	%476 = extractvalue { float, float, float, float } %475, 0
	%477 = extractvalue { float, float, float, float } %475, 1
	%478 = extractvalue { float, float, float, float } %475, 2
	%479 = extractvalue { float, float, float, float } %475, 3
	%480 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %473, i32 %474, float %416, float %417, float %418, float %419)
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
	%491 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %487, i32 %488, float %427, float %428, float %429, float %430)
	%492 = extractvalue { float, float, float, float } %491, 0
	%493 = extractvalue { float, float, float, float } %491, 1
	%494 = extractvalue { float, float, float, float } %491, 2
	%495 = extractvalue { float, float, float, float } %491, 3
	%496 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %489, i32 %490, float %432, float %433, float %434, float %435)
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
	%507 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %503, i32 %504, float %443, float %444, float %445, float %446)
	%508 = extractvalue { float, float, float, float } %507, 0
	%509 = extractvalue { float, float, float, float } %507, 1
	%510 = extractvalue { float, float, float, float } %507, 2
	%511 = extractvalue { float, float, float, float } %507, 3
	%512 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %505, i32 %506, float %448, float %449, float %450, float %451)
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
	%533 = phi i32 [ 0, %entry ], [ %1241, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1528, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1529, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1530, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1531, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1533, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1534, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1535, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1536, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1545, %pv ]
	%543 = phi float [ 0.0, %entry ], [ %1546, %pv ]
	%544 = phi float [ 0.0, %entry ], [ %1547, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1548, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1550, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %1551, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1552, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1553, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1562, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1563, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1564, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1565, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %1567, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %1568, %pv ]
	%556 = phi float [ 0.0, %entry ], [ %1569, %pv ]
	%557 = phi float [ 0.0, %entry ], [ %1570, %pv ]
	%558 = phi float [ 0.0, %entry ], [ %1579, %pv ]
	%559 = phi float [ 0.0, %entry ], [ %1580, %pv ]
	%560 = phi float [ 0.0, %entry ], [ %1581, %pv ]
	%561 = phi float [ 0.0, %entry ], [ %1582, %pv ]
	%562 = phi float [ 0.0, %entry ], [ %1584, %pv ]
	%563 = phi float [ 0.0, %entry ], [ %1585, %pv ]
	%564 = phi float [ 0.0, %entry ], [ %1586, %pv ]
	%565 = phi float [ 0.0, %entry ], [ %1587, %pv ]
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
	%1241 = add i32 %169, 1
	%1242 = icmp slt i32 %1241, %NK
	%1243 = select i1 %1242, i32 %1241, i32 0
	%1244 = add i32 %41, %1243
	%1245 = sext i32 %1244 to i64
	%1246 = getelementptr i32, i32* %list, i64 %1245
	%1247 = load i32, i32* %1246
	%1248 = select i1 %1242, i32 %1247, i32 -1
	%1249 = icmp sge i32 %1248, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1249, label %prefetch, label %pv

prefetch:
	%1250 = mul i32 %1248, 64
	%1251 = lshr i32 %2, 3
	%1252 = and i32 %2, 7
	%1253 = and i32 %1251, 7
	%1254 = xor i32 %1252, %1253
	%1255 = mul i32 %1251, 8
	%1256 = add i32 %1255, %1254
	%1257 = shl i32 %1256, 4
	%1258 = add i32 %0, %1257
	%1259 = add i32 %1250, %1251
	%1260 = mul i32 %1259, 64
	%1261 = mul i32 %1252, 8
	%1262 = add i32 %1260, %1261
	%1263 = sext i32 %1262 to i64
	%1264 = getelementptr i16, i16* %32, i64 %1263
	%1265 = add i32 %1259, 0
	%1266 = icmp slt i32 %1265, %N
	%1267 = getelementptr i16, i16* %1264, i64 0
	%1268 = select i1 %1266, i16* %1267, i16* %32
	%1269 = add i32 %1258, 0
	%1270 = select i1 %1266, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1269, i16* %1268, i32 %1270)
	%1271 = add i32 %1259, 16
	%1272 = icmp slt i32 %1271, %N
	%1273 = getelementptr i16, i16* %1264, i64 1024
	%1274 = select i1 %1272, i16* %1273, i16* %32
	%1275 = add i32 %1258, 2048
	%1276 = select i1 %1272, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1275, i16* %1274, i32 %1276)
	%1277 = add i32 %1259, 32
	%1278 = icmp slt i32 %1277, %N
	%1279 = getelementptr i16, i16* %1264, i64 2048
	%1280 = select i1 %1278, i16* %1279, i16* %32
	%1281 = add i32 %1258, u0x1000
	%1282 = select i1 %1278, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1281, i16* %1280, i32 %1282)
	%1283 = add i32 %1259, 48
	%1284 = icmp slt i32 %1283, %N
	%1285 = getelementptr i16, i16* %1264, i64 3072
	%1286 = select i1 %1284, i16* %1285, i16* %32
	%1287 = add i32 %1258, 6144
	%1288 = select i1 %1284, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1287, i16* %1286, i32 %1288)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1289 = and i32 %4, 7
	%1290 = lshr i32 %4, 3
	%1291 = and i32 %1290, 1
	%1292 = shl i32 %1291, 3
	%1293 = add i32 %1289, %1292
	%1294 = mul i32 %1293, 128
	%1295 = add i32 %1, %1294
	%1296 = and i32 %4, 7
	%1297 = xor i32 %96, %1296
	%1298 = shl i32 %1297, 4
	%1299 = add i32 %1295, %1298
	%1300 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1144, float %1142)
	%1301 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1196, float %1194)
	%1302 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1148, float %1146)
	%1303 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1200, float %1198)
	%1304 = xor i32 %1299, 0
	%1305 = add i32 %1304, 0
	%1306 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1305)
	%1307 = extractvalue { i32, i32, i32, i32 } %1306, 0
	%1308 = extractvalue { i32, i32, i32, i32 } %1306, 1
	%1309 = extractvalue { i32, i32, i32, i32 } %1306, 2
	%1310 = extractvalue { i32, i32, i32, i32 } %1306, 3
	%1311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1307, i32 %1308, float %1103, float %1104, float %1105, float %1106)
	%1312 = extractvalue { float, float, float, float } %1311, 0
	%1313 = extractvalue { float, float, float, float } %1311, 1
	%1314 = extractvalue { float, float, float, float } %1311, 2
	%1315 = extractvalue { float, float, float, float } %1311, 3
	%1316 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1309, i32 %1310, float %1107, float %1108, float %1109, float %1110)
	%1317 = extractvalue { float, float, float, float } %1316, 0
	%1318 = extractvalue { float, float, float, float } %1316, 1
	%1319 = extractvalue { float, float, float, float } %1316, 2
	%1320 = extractvalue { float, float, float, float } %1316, 3
	%1321 = xor i32 %1299, 32
	%1322 = add i32 %1321, 0
	%1323 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1322)
	%1324 = extractvalue { i32, i32, i32, i32 } %1323, 0
	%1325 = extractvalue { i32, i32, i32, i32 } %1323, 1
	%1326 = extractvalue { i32, i32, i32, i32 } %1323, 2
	%1327 = extractvalue { i32, i32, i32, i32 } %1323, 3
	%1328 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1324, i32 %1325, float %1111, float %1112, float %1113, float %1114)
	%1329 = extractvalue { float, float, float, float } %1328, 0
	%1330 = extractvalue { float, float, float, float } %1328, 1
	%1331 = extractvalue { float, float, float, float } %1328, 2
	%1332 = extractvalue { float, float, float, float } %1328, 3
	%1333 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1326, i32 %1327, float %1115, float %1116, float %1117, float %1118)
	%1334 = extractvalue { float, float, float, float } %1333, 0
	%1335 = extractvalue { float, float, float, float } %1333, 1
	%1336 = extractvalue { float, float, float, float } %1333, 2
	%1337 = extractvalue { float, float, float, float } %1333, 3
	%1338 = xor i32 %1299, 64
	%1339 = add i32 %1338, 0
	%1340 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1339)
	%1341 = extractvalue { i32, i32, i32, i32 } %1340, 0
	%1342 = extractvalue { i32, i32, i32, i32 } %1340, 1
	%1343 = extractvalue { i32, i32, i32, i32 } %1340, 2
	%1344 = extractvalue { i32, i32, i32, i32 } %1340, 3
	%1345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1341, i32 %1342, float %1119, float %1120, float %1121, float %1122)
	%1346 = extractvalue { float, float, float, float } %1345, 0
	%1347 = extractvalue { float, float, float, float } %1345, 1
	%1348 = extractvalue { float, float, float, float } %1345, 2
	%1349 = extractvalue { float, float, float, float } %1345, 3
	%1350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1343, i32 %1344, float %1123, float %1124, float %1125, float %1126)
	%1351 = extractvalue { float, float, float, float } %1350, 0
	%1352 = extractvalue { float, float, float, float } %1350, 1
	%1353 = extractvalue { float, float, float, float } %1350, 2
	%1354 = extractvalue { float, float, float, float } %1350, 3
	%1355 = xor i32 %1299, 96
	%1356 = add i32 %1355, 0
	%1357 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1356)
	%1358 = extractvalue { i32, i32, i32, i32 } %1357, 0
	%1359 = extractvalue { i32, i32, i32, i32 } %1357, 1
	%1360 = extractvalue { i32, i32, i32, i32 } %1357, 2
	%1361 = extractvalue { i32, i32, i32, i32 } %1357, 3
	%1362 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1358, i32 %1359, float %1127, float %1128, float %1129, float %1130)
	%1363 = extractvalue { float, float, float, float } %1362, 0
	%1364 = extractvalue { float, float, float, float } %1362, 1
	%1365 = extractvalue { float, float, float, float } %1362, 2
	%1366 = extractvalue { float, float, float, float } %1362, 3
	%1367 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1360, i32 %1361, float %1131, float %1132, float %1133, float %1134)
	%1368 = extractvalue { float, float, float, float } %1367, 0
	%1369 = extractvalue { float, float, float, float } %1367, 1
	%1370 = extractvalue { float, float, float, float } %1367, 2
	%1371 = extractvalue { float, float, float, float } %1367, 3
	%1372 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1152, float %1150)
	%1373 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1204, float %1202)
	%1374 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1156, float %1154)
	%1375 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1208, float %1206)
	%1376 = xor i32 %1299, 0
	%1377 = add i32 %1376, 2048
	%1378 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1377)
	%1379 = extractvalue { i32, i32, i32, i32 } %1378, 0
	%1380 = extractvalue { i32, i32, i32, i32 } %1378, 1
	%1381 = extractvalue { i32, i32, i32, i32 } %1378, 2
	%1382 = extractvalue { i32, i32, i32, i32 } %1378, 3
	%1383 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1379, i32 %1380, float %1312, float %1313, float %1314, float %1315)
	%1384 = extractvalue { float, float, float, float } %1383, 0
	%1385 = extractvalue { float, float, float, float } %1383, 1
	%1386 = extractvalue { float, float, float, float } %1383, 2
	%1387 = extractvalue { float, float, float, float } %1383, 3
	%1388 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1381, i32 %1382, float %1317, float %1318, float %1319, float %1320)
	%1389 = extractvalue { float, float, float, float } %1388, 0
	%1390 = extractvalue { float, float, float, float } %1388, 1
	%1391 = extractvalue { float, float, float, float } %1388, 2
	%1392 = extractvalue { float, float, float, float } %1388, 3
	%1393 = xor i32 %1299, 32
	%1394 = add i32 %1393, 2048
	%1395 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1394)
	%1396 = extractvalue { i32, i32, i32, i32 } %1395, 0
	%1397 = extractvalue { i32, i32, i32, i32 } %1395, 1
	%1398 = extractvalue { i32, i32, i32, i32 } %1395, 2
	%1399 = extractvalue { i32, i32, i32, i32 } %1395, 3
	%1400 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1396, i32 %1397, float %1329, float %1330, float %1331, float %1332)
	%1401 = extractvalue { float, float, float, float } %1400, 0
	%1402 = extractvalue { float, float, float, float } %1400, 1
	%1403 = extractvalue { float, float, float, float } %1400, 2
	%1404 = extractvalue { float, float, float, float } %1400, 3
	%1405 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1398, i32 %1399, float %1334, float %1335, float %1336, float %1337)
	%1406 = extractvalue { float, float, float, float } %1405, 0
	%1407 = extractvalue { float, float, float, float } %1405, 1
	%1408 = extractvalue { float, float, float, float } %1405, 2
	%1409 = extractvalue { float, float, float, float } %1405, 3
	%1410 = xor i32 %1299, 64
	%1411 = add i32 %1410, 2048
	%1412 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1411)
	%1413 = extractvalue { i32, i32, i32, i32 } %1412, 0
	%1414 = extractvalue { i32, i32, i32, i32 } %1412, 1
	%1415 = extractvalue { i32, i32, i32, i32 } %1412, 2
	%1416 = extractvalue { i32, i32, i32, i32 } %1412, 3
	%1417 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1413, i32 %1414, float %1346, float %1347, float %1348, float %1349)
	%1418 = extractvalue { float, float, float, float } %1417, 0
	%1419 = extractvalue { float, float, float, float } %1417, 1
	%1420 = extractvalue { float, float, float, float } %1417, 2
	%1421 = extractvalue { float, float, float, float } %1417, 3
	%1422 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1415, i32 %1416, float %1351, float %1352, float %1353, float %1354)
	%1423 = extractvalue { float, float, float, float } %1422, 0
	%1424 = extractvalue { float, float, float, float } %1422, 1
	%1425 = extractvalue { float, float, float, float } %1422, 2
	%1426 = extractvalue { float, float, float, float } %1422, 3
	%1427 = xor i32 %1299, 96
	%1428 = add i32 %1427, 2048
	%1429 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1428)
	%1430 = extractvalue { i32, i32, i32, i32 } %1429, 0
	%1431 = extractvalue { i32, i32, i32, i32 } %1429, 1
	%1432 = extractvalue { i32, i32, i32, i32 } %1429, 2
	%1433 = extractvalue { i32, i32, i32, i32 } %1429, 3
	%1434 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1430, i32 %1431, float %1363, float %1364, float %1365, float %1366)
	%1435 = extractvalue { float, float, float, float } %1434, 0
	%1436 = extractvalue { float, float, float, float } %1434, 1
	%1437 = extractvalue { float, float, float, float } %1434, 2
	%1438 = extractvalue { float, float, float, float } %1434, 3
	%1439 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1432, i32 %1433, float %1368, float %1369, float %1370, float %1371)
	%1440 = extractvalue { float, float, float, float } %1439, 0
	%1441 = extractvalue { float, float, float, float } %1439, 1
	%1442 = extractvalue { float, float, float, float } %1439, 2
	%1443 = extractvalue { float, float, float, float } %1439, 3
	%1444 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1160, float %1158)
	%1445 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1212, float %1210)
	%1446 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1164, float %1162)
	%1447 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1216, float %1214)
	%1448 = xor i32 %1299, 0
	%1449 = add i32 %1448, u0x1000
	%1450 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1449)
	%1451 = extractvalue { i32, i32, i32, i32 } %1450, 0
	%1452 = extractvalue { i32, i32, i32, i32 } %1450, 1
	%1453 = extractvalue { i32, i32, i32, i32 } %1450, 2
	%1454 = extractvalue { i32, i32, i32, i32 } %1450, 3
	%1455 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1451, i32 %1452, float %1384, float %1385, float %1386, float %1387)
	%1456 = extractvalue { float, float, float, float } %1455, 0
	%1457 = extractvalue { float, float, float, float } %1455, 1
	%1458 = extractvalue { float, float, float, float } %1455, 2
	%1459 = extractvalue { float, float, float, float } %1455, 3
	%1460 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1453, i32 %1454, float %1389, float %1390, float %1391, float %1392)
	%1461 = extractvalue { float, float, float, float } %1460, 0
	%1462 = extractvalue { float, float, float, float } %1460, 1
	%1463 = extractvalue { float, float, float, float } %1460, 2
	%1464 = extractvalue { float, float, float, float } %1460, 3
	%1465 = xor i32 %1299, 32
	%1466 = add i32 %1465, u0x1000
	%1467 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1466)
	%1468 = extractvalue { i32, i32, i32, i32 } %1467, 0
	%1469 = extractvalue { i32, i32, i32, i32 } %1467, 1
	%1470 = extractvalue { i32, i32, i32, i32 } %1467, 2
	%1471 = extractvalue { i32, i32, i32, i32 } %1467, 3
	%1472 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1468, i32 %1469, float %1401, float %1402, float %1403, float %1404)
	%1473 = extractvalue { float, float, float, float } %1472, 0
	%1474 = extractvalue { float, float, float, float } %1472, 1
	%1475 = extractvalue { float, float, float, float } %1472, 2
	%1476 = extractvalue { float, float, float, float } %1472, 3
	%1477 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1470, i32 %1471, float %1406, float %1407, float %1408, float %1409)
	%1478 = extractvalue { float, float, float, float } %1477, 0
	%1479 = extractvalue { float, float, float, float } %1477, 1
	%1480 = extractvalue { float, float, float, float } %1477, 2
	%1481 = extractvalue { float, float, float, float } %1477, 3
	%1482 = xor i32 %1299, 64
	%1483 = add i32 %1482, u0x1000
	%1484 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1483)
	%1485 = extractvalue { i32, i32, i32, i32 } %1484, 0
	%1486 = extractvalue { i32, i32, i32, i32 } %1484, 1
	%1487 = extractvalue { i32, i32, i32, i32 } %1484, 2
	%1488 = extractvalue { i32, i32, i32, i32 } %1484, 3
	%1489 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1485, i32 %1486, float %1418, float %1419, float %1420, float %1421)
	%1490 = extractvalue { float, float, float, float } %1489, 0
	%1491 = extractvalue { float, float, float, float } %1489, 1
	%1492 = extractvalue { float, float, float, float } %1489, 2
	%1493 = extractvalue { float, float, float, float } %1489, 3
	%1494 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1487, i32 %1488, float %1423, float %1424, float %1425, float %1426)
	%1495 = extractvalue { float, float, float, float } %1494, 0
	%1496 = extractvalue { float, float, float, float } %1494, 1
	%1497 = extractvalue { float, float, float, float } %1494, 2
	%1498 = extractvalue { float, float, float, float } %1494, 3
	%1499 = xor i32 %1299, 96
	%1500 = add i32 %1499, u0x1000
	%1501 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1500)
	%1502 = extractvalue { i32, i32, i32, i32 } %1501, 0
	%1503 = extractvalue { i32, i32, i32, i32 } %1501, 1
	%1504 = extractvalue { i32, i32, i32, i32 } %1501, 2
	%1505 = extractvalue { i32, i32, i32, i32 } %1501, 3
	%1506 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1502, i32 %1503, float %1435, float %1436, float %1437, float %1438)
	%1507 = extractvalue { float, float, float, float } %1506, 0
	%1508 = extractvalue { float, float, float, float } %1506, 1
	%1509 = extractvalue { float, float, float, float } %1506, 2
	%1510 = extractvalue { float, float, float, float } %1506, 3
	%1511 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1504, i32 %1505, float %1440, float %1441, float %1442, float %1443)
	%1512 = extractvalue { float, float, float, float } %1511, 0
	%1513 = extractvalue { float, float, float, float } %1511, 1
	%1514 = extractvalue { float, float, float, float } %1511, 2
	%1515 = extractvalue { float, float, float, float } %1511, 3
	%1516 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1168, float %1166)
	%1517 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1220, float %1218)
	%1518 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1172, float %1170)
	%1519 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1224, float %1222)
	%1520 = xor i32 %1299, 0
	%1521 = add i32 %1520, 6144
	%1522 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1521)
	%1523 = extractvalue { i32, i32, i32, i32 } %1522, 0
	%1524 = extractvalue { i32, i32, i32, i32 } %1522, 1
	%1525 = extractvalue { i32, i32, i32, i32 } %1522, 2
	%1526 = extractvalue { i32, i32, i32, i32 } %1522, 3
	%1527 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1523, i32 %1524, float %1456, float %1457, float %1458, float %1459)
	%1528 = extractvalue { float, float, float, float } %1527, 0
	%1529 = extractvalue { float, float, float, float } %1527, 1
	%1530 = extractvalue { float, float, float, float } %1527, 2
	%1531 = extractvalue { float, float, float, float } %1527, 3
	%1532 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1525, i32 %1526, float %1461, float %1462, float %1463, float %1464)
	%1533 = extractvalue { float, float, float, float } %1532, 0
	%1534 = extractvalue { float, float, float, float } %1532, 1
	%1535 = extractvalue { float, float, float, float } %1532, 2
	%1536 = extractvalue { float, float, float, float } %1532, 3
	%1537 = xor i32 %1299, 32
	%1538 = add i32 %1537, 6144
	%1539 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1538)
	%1540 = extractvalue { i32, i32, i32, i32 } %1539, 0
	%1541 = extractvalue { i32, i32, i32, i32 } %1539, 1
	%1542 = extractvalue { i32, i32, i32, i32 } %1539, 2
	%1543 = extractvalue { i32, i32, i32, i32 } %1539, 3
	%1544 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1540, i32 %1541, float %1473, float %1474, float %1475, float %1476)
	%1545 = extractvalue { float, float, float, float } %1544, 0
	%1546 = extractvalue { float, float, float, float } %1544, 1
	%1547 = extractvalue { float, float, float, float } %1544, 2
	%1548 = extractvalue { float, float, float, float } %1544, 3
	%1549 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1542, i32 %1543, float %1478, float %1479, float %1480, float %1481)
	%1550 = extractvalue { float, float, float, float } %1549, 0
	%1551 = extractvalue { float, float, float, float } %1549, 1
	%1552 = extractvalue { float, float, float, float } %1549, 2
	%1553 = extractvalue { float, float, float, float } %1549, 3
	%1554 = xor i32 %1299, 64
	%1555 = add i32 %1554, 6144
	%1556 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1555)
	%1557 = extractvalue { i32, i32, i32, i32 } %1556, 0
	%1558 = extractvalue { i32, i32, i32, i32 } %1556, 1
	%1559 = extractvalue { i32, i32, i32, i32 } %1556, 2
	%1560 = extractvalue { i32, i32, i32, i32 } %1556, 3
	%1561 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1557, i32 %1558, float %1490, float %1491, float %1492, float %1493)
	%1562 = extractvalue { float, float, float, float } %1561, 0
	%1563 = extractvalue { float, float, float, float } %1561, 1
	%1564 = extractvalue { float, float, float, float } %1561, 2
	%1565 = extractvalue { float, float, float, float } %1561, 3
	%1566 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1559, i32 %1560, float %1495, float %1496, float %1497, float %1498)
	%1567 = extractvalue { float, float, float, float } %1566, 0
	%1568 = extractvalue { float, float, float, float } %1566, 1
	%1569 = extractvalue { float, float, float, float } %1566, 2
	%1570 = extractvalue { float, float, float, float } %1566, 3
	%1571 = xor i32 %1299, 96
	%1572 = add i32 %1571, 6144
	%1573 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1572)
	%1574 = extractvalue { i32, i32, i32, i32 } %1573, 0
	%1575 = extractvalue { i32, i32, i32, i32 } %1573, 1
	%1576 = extractvalue { i32, i32, i32, i32 } %1573, 2
	%1577 = extractvalue { i32, i32, i32, i32 } %1573, 3
	%1578 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1574, i32 %1575, float %1507, float %1508, float %1509, float %1510)
	%1579 = extractvalue { float, float, float, float } %1578, 0
	%1580 = extractvalue { float, float, float, float } %1578, 1
	%1581 = extractvalue { float, float, float, float } %1578, 2
	%1582 = extractvalue { float, float, float, float } %1578, 3
	%1583 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1576, i32 %1577, float %1512, float %1513, float %1514, float %1515)
	%1584 = extractvalue { float, float, float, float } %1583, 0
	%1585 = extractvalue { float, float, float, float } %1583, 1
	%1586 = extractvalue { float, float, float, float } %1583, 2
	%1587 = extractvalue { float, float, float, float } %1583, 3
	br i1 %1249, label %loop, label %epilogue

store0:
	%1588 = mul i32 %22, %M
	%1589 = add i32 %1588, %576
	%1590 = mul i32 %1589, 64
	%1591 = shl i32 %6, 1
	%1592 = add i32 0, %1591
	%1593 = add i32 %1590, %1592
	%1594 = sext i32 %1593 to i64
	%1595 = getelementptr i16, i16* %out, i64 %1594
	%1596 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %578, float %577)
	%1597 = bitcast i16* %1595 to i32*
	store i32 %1596, i32* %1597
	%1598 = shl i32 %6, 1
	%1599 = add i32 8, %1598
	%1600 = add i32 %1590, %1599
	%1601 = sext i32 %1600 to i64
	%1602 = getelementptr i16, i16* %out, i64 %1601
	%1603 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %580, float %579)
	%1604 = bitcast i16* %1602 to i32*
	store i32 %1603, i32* %1604
	%1605 = shl i32 %6, 1
	%1606 = add i32 16, %1605
	%1607 = add i32 %1590, %1606
	%1608 = sext i32 %1607 to i64
	%1609 = getelementptr i16, i16* %out, i64 %1608
	%1610 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %582, float %581)
	%1611 = bitcast i16* %1609 to i32*
	store i32 %1610, i32* %1611
	%1612 = shl i32 %6, 1
	%1613 = add i32 24, %1612
	%1614 = add i32 %1590, %1613
	%1615 = sext i32 %1614 to i64
	%1616 = getelementptr i16, i16* %out, i64 %1615
	%1617 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %584, float %583)
	%1618 = bitcast i16* %1616 to i32*
	store i32 %1617, i32* %1618
	%1619 = shl i32 %6, 1
	%1620 = add i32 32, %1619
	%1621 = add i32 %1590, %1620
	%1622 = sext i32 %1621 to i64
	%1623 = getelementptr i16, i16* %out, i64 %1622
	%1624 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %586, float %585)
	%1625 = bitcast i16* %1623 to i32*
	store i32 %1624, i32* %1625
	%1626 = shl i32 %6, 1
	%1627 = add i32 40, %1626
	%1628 = add i32 %1590, %1627
	%1629 = sext i32 %1628 to i64
	%1630 = getelementptr i16, i16* %out, i64 %1629
	%1631 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %588, float %587)
	%1632 = bitcast i16* %1630 to i32*
	store i32 %1631, i32* %1632
	%1633 = shl i32 %6, 1
	%1634 = add i32 48, %1633
	%1635 = add i32 %1590, %1634
	%1636 = sext i32 %1635 to i64
	%1637 = getelementptr i16, i16* %out, i64 %1636
	%1638 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %590, float %589)
	%1639 = bitcast i16* %1637 to i32*
	store i32 %1638, i32* %1639
	%1640 = shl i32 %6, 1
	%1641 = add i32 56, %1640
	%1642 = add i32 %1590, %1641
	%1643 = sext i32 %1642 to i64
	%1644 = getelementptr i16, i16* %out, i64 %1643
	%1645 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %592, float %591)
	%1646 = bitcast i16* %1644 to i32*
	store i32 %1645, i32* %1646
	br label %stored0

stored0:
	%1647 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %532, i32 1, i32 31)
	%1648 = fadd float %532, %1647
	%1649 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1648, i32 2, i32 31)
	%1650 = fadd float %1648, %1649
	%1651 = fcmp ogt float %1650, 0.0
	%1652 = fdiv float 1.0, %1650
	%1653 = select i1 %1651, float %1652, float 0.0
	%1654 = mul i32 %3, 16
	%1655 = add i32 %24, %1654
	%1656 = add i32 %5, 8
	%1657 = add i32 %1655, %1656
	%1658 = fmul float %536, %1653
	%1659 = fmul float %537, %1653
	%1660 = fmul float %540, %1653
	%1661 = fmul float %541, %1653
	%1662 = fmul float %544, %1653
	%1663 = fmul float %545, %1653
	%1664 = fmul float %548, %1653
	%1665 = fmul float %549, %1653
	%1666 = fmul float %552, %1653
	%1667 = fmul float %553, %1653
	%1668 = fmul float %556, %1653
	%1669 = fmul float %557, %1653
	%1670 = fmul float %560, %1653
	%1671 = fmul float %561, %1653
	%1672 = fmul float %564, %1653
	%1673 = fmul float %565, %1653
	%1674 = icmp slt i32 %1657, %M
	br i1 %1674, label %store1, label %stored1

store1:
	%1675 = mul i32 %22, %M
	%1676 = add i32 %1675, %1657
	%1677 = mul i32 %1676, 64
	%1678 = shl i32 %6, 1
	%1679 = add i32 0, %1678
	%1680 = add i32 %1677, %1679
	%1681 = sext i32 %1680 to i64
	%1682 = getelementptr i16, i16* %out, i64 %1681
	%1683 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1659, float %1658)
	%1684 = bitcast i16* %1682 to i32*
	store i32 %1683, i32* %1684
	%1685 = shl i32 %6, 1
	%1686 = add i32 8, %1685
	%1687 = add i32 %1677, %1686
	%1688 = sext i32 %1687 to i64
	%1689 = getelementptr i16, i16* %out, i64 %1688
	%1690 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1661, float %1660)
	%1691 = bitcast i16* %1689 to i32*
	store i32 %1690, i32* %1691
	%1692 = shl i32 %6, 1
	%1693 = add i32 16, %1692
	%1694 = add i32 %1677, %1693
	%1695 = sext i32 %1694 to i64
	%1696 = getelementptr i16, i16* %out, i64 %1695
	%1697 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1663, float %1662)
	%1698 = bitcast i16* %1696 to i32*
	store i32 %1697, i32* %1698
	%1699 = shl i32 %6, 1
	%1700 = add i32 24, %1699
	%1701 = add i32 %1677, %1700
	%1702 = sext i32 %1701 to i64
	%1703 = getelementptr i16, i16* %out, i64 %1702
	%1704 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1665, float %1664)
	%1705 = bitcast i16* %1703 to i32*
	store i32 %1704, i32* %1705
	%1706 = shl i32 %6, 1
	%1707 = add i32 32, %1706
	%1708 = add i32 %1677, %1707
	%1709 = sext i32 %1708 to i64
	%1710 = getelementptr i16, i16* %out, i64 %1709
	%1711 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1667, float %1666)
	%1712 = bitcast i16* %1710 to i32*
	store i32 %1711, i32* %1712
	%1713 = shl i32 %6, 1
	%1714 = add i32 40, %1713
	%1715 = add i32 %1677, %1714
	%1716 = sext i32 %1715 to i64
	%1717 = getelementptr i16, i16* %out, i64 %1716
	%1718 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1669, float %1668)
	%1719 = bitcast i16* %1717 to i32*
	store i32 %1718, i32* %1719
	%1720 = shl i32 %6, 1
	%1721 = add i32 48, %1720
	%1722 = add i32 %1677, %1721
	%1723 = sext i32 %1722 to i64
	%1724 = getelementptr i16, i16* %out, i64 %1723
	%1725 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1671, float %1670)
	%1726 = bitcast i16* %1724 to i32*
	store i32 %1725, i32* %1726
	%1727 = shl i32 %6, 1
	%1728 = add i32 56, %1727
	%1729 = add i32 %1677, %1728
	%1730 = sext i32 %1729 to i64
	%1731 = getelementptr i16, i16* %out, i64 %1730
	%1732 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1673, float %1672)
	%1733 = bitcast i16* %1731 to i32*
	store i32 %1732, i32* %1733
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
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @minference_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @minference_attn2, !"minctasm", i32 3}
