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
	%154 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 %151
	br i1 %153, label %224, label %225

155:
	%156 = bitcast float %139 to i32
	%157 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %24
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
	%166 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %28
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
	%175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %32
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
	%184 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %36
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
	%193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %40
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
	%202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %44
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
	%211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %48
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
	%220 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %52
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
	%226 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 0
	%227 = load float, float addrspace(3)* %226
	%228 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 1
	%229 = load float, float addrspace(3)* %228
	%230 = call float @llvm.nvvm.fmax.f(float %227, float %229)
	%231 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 2
	%232 = load float, float addrspace(3)* %231
	%233 = call float @llvm.nvvm.fmax.f(float %230, float %232)
	%234 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 3
	%235 = load float, float addrspace(3)* %234
	%236 = call float @llvm.nvvm.fmax.f(float %233, float %235)
	%237 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 4
	%238 = load float, float addrspace(3)* %237
	%239 = call float @llvm.nvvm.fmax.f(float %236, float %238)
	%240 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 5
	%241 = load float, float addrspace(3)* %240
	%242 = call float @llvm.nvvm.fmax.f(float %239, float %241)
	%243 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 6
	%244 = load float, float addrspace(3)* %243
	%245 = call float @llvm.nvvm.fmax.f(float %242, float %244)
	%246 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 7
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
	%256 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %252
	%257 = load i32, i32 addrspace(3)* %256
	%258 = bitcast i32 %257 to float
	%259 = fcmp one float %258, 0xFFF0000000000000
	%260 = fsub float %258, %250
	%261 = call float @llvm.nvvm.ex2.approx.ftz.f(float %260)
	%262 = select i1 %259, float %261, float -1.0
	%263 = bitcast float %262 to i32
	%264 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %252
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
	%282 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 %279
	br i1 %281, label %283, label %284

283:
	store float %278, float addrspace(3)* %282
	br label %284

284:
	call void @llvm.nvvm.barrier0()
	%285 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 0
	%286 = load float, float addrspace(3)* %285
	%287 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 1
	%288 = load float, float addrspace(3)* %287
	%289 = fadd float %286, %288
	%290 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 2
	%291 = load float, float addrspace(3)* %290
	%292 = fadd float %289, %291
	%293 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 3
	%294 = load float, float addrspace(3)* %293
	%295 = fadd float %292, %294
	%296 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 4
	%297 = load float, float addrspace(3)* %296
	%298 = fadd float %295, %297
	%299 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 5
	%300 = load float, float addrspace(3)* %299
	%301 = fadd float %298, %300
	%302 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 6
	%303 = load float, float addrspace(3)* %302
	%304 = fadd float %301, %303
	%305 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 7
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
	%319 = sub i32 32, 1
	%320 = add i32 %318, %319
	%321 = sdiv i32 %320, 32
	%322 = sub i32 0, %321
	%323 = sdiv i32 %310, 32
	%324 = select i1 %317, i32 %322, i32 %323
	%325 = icmp slt i32 %316, 0
	%326 = sub i32 0, %316
	%327 = sub i32 32, 1
	%328 = add i32 %326, %327
	%329 = sdiv i32 %328, 32
	%330 = sub i32 0, %329
	%331 = sdiv i32 %316, 32
	%332 = select i1 %325, i32 %330, i32 %331
	br label %333

333:
	%334 = phi i32 [ %0, %284 ], [ %372, %364 ]
	%335 = phi float [ 0.0, %284 ], [ %371, %364 ]
	%336 = icmp slt i32 %334, %16
	br i1 %336, label %337, label %345

337:
	%338 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %334
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
	%359 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 %356
	br i1 %358, label %373, label %374

360:
	%361 = add i32 %11, %334
	%362 = sext i32 %361 to i64
	%363 = getelementptr float, float* %e, i64 %362
	store float %343, float* %363
	br label %364

364:
	%365 = bitcast float %343 to i32
	%366 = add i32 %365, 2
	%367 = select i1 false, i32 1, i32 %366
	%368 = select i1 %341, i32 %367, i32 0
	%369 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %334
	store i32 %368, i32 addrspace(3)* %369
	%370 = uitofp i1 %341 to float
	%371 = fadd float %335, %370
	%372 = add i32 %334, 256
	br label %333

373:
	store float %355, float addrspace(3)* %359
	br label %374

374:
	call void @llvm.nvvm.barrier0()
	%375 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 0
	%376 = load float, float addrspace(3)* %375
	%377 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 1
	%378 = load float, float addrspace(3)* %377
	%379 = fadd float %376, %378
	%380 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 2
	%381 = load float, float addrspace(3)* %380
	%382 = fadd float %379, %381
	%383 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 3
	%384 = load float, float addrspace(3)* %383
	%385 = fadd float %382, %384
	%386 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 4
	%387 = load float, float addrspace(3)* %386
	%388 = fadd float %385, %387
	%389 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 5
	%390 = load float, float addrspace(3)* %389
	%391 = fadd float %388, %390
	%392 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 6
	%393 = load float, float addrspace(3)* %392
	%394 = fadd float %391, %393
	%395 = getelementptr [32 x float], [32 x float] addrspace(3)* @massindex_select1_red, i32 0, i32 7
	%396 = load float, float addrspace(3)* %395
	%397 = fadd float %394, %396
	%398 = fptosi float %397 to i32
	%399 = icmp eq i32 %0, 0
	br i1 %399, label %400, label %404

400:
	%401 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 0
	%402 = load i32, i32 addrspace(3)* %401
	%403 = icmp eq i32 %402, 1
	br i1 %403, label %424, label %432

404:
	call void @llvm.nvvm.barrier0()
	%405 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 0
	%406 = load i32, i32 addrspace(3)* %405
	%407 = sub i32 %398, %406
	%408 = icmp slt i32 2, %398
	%409 = select i1 %408, i32 2, i32 %398
	%410 = sub i32 %409, %406
	%411 = icmp slt i32 %410, %407
	%412 = select i1 %411, i32 %410, i32 %407
	%413 = getelementptr [1 x double], [1 x double] addrspace(3)* @massindex_select1_mass, i32 0, i32 0
	%414 = load double, double addrspace(3)* %413
	%415 = fsub double 0x3FECCCCCCCCCCCCD, %414
	%416 = fmul double %415, 262144.0
	%417 = call double @llvm.ceil.f64(double %416)
	%418 = call double @llvm.maxnum.f64(double %417, double 0.0)
	%419 = call double @llvm.minnum.f64(double %418, double 1.073741824e+09)
	%420 = fptosi double %419 to i32
	%421 = add i32 %420, 1
	call void @llvm.nvvm.barrier0()
	%422 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %422
	%423 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %423
	call void @llvm.nvvm.barrier0()
	br label %478

424:
	%425 = add i32 %13, 0
	%426 = sext i32 %425 to i64
	%427 = getelementptr i32, i32* %list, i64 %426
	store i32 0, i32* %427
	%428 = add i32 %13, %NK
	%429 = add i32 %428, 0
	%430 = sext i32 %429 to i64
	%431 = getelementptr i32, i32* %list, i64 %430
	store i32 1, i32* %431
	br label %432

432:
	%433 = add i32 %11, 0
	%434 = sext i32 %433 to i64
	%435 = getelementptr float, float* %e, i64 %434
	%436 = load float, float* %435
	%437 = add i32 0, 1
	%438 = select i1 %403, i32 %437, i32 0
	%439 = fpext float %436 to double
	%440 = fadd double 0.0, %439
	%441 = select i1 %403, double %440, double 0.0
	%442 = icmp sgt i32 %324, 1
	%443 = select i1 %442, i32 %324, i32 1
	%444 = add i32 %332, 1
	%445 = icmp slt i32 %444, %NK
	%446 = select i1 %445, i32 %444, i32 %NK
	br label %447

447:
	%448 = phi i32 [ %443, %432 ], [ %477, %467 ]
	%449 = phi i32 [ %438, %432 ], [ %473, %467 ]
	%450 = phi double [ %441, %432 ], [ %476, %467 ]
	%451 = icmp slt i32 %448, %446
	br i1 %451, label %452, label %456

452:
	%453 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %448
	%454 = load i32, i32 addrspace(3)* %453
	%455 = icmp eq i32 %454, 1
	br i1 %455, label %459, label %467

456:
	%457 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 0
	store i32 %449, i32 addrspace(3)* %457
	%458 = getelementptr [1 x double], [1 x double] addrspace(3)* @massindex_select1_mass, i32 0, i32 0
	store double %450, double addrspace(3)* %458
	br label %404

459:
	%460 = add i32 %13, %449
	%461 = sext i32 %460 to i64
	%462 = getelementptr i32, i32* %list, i64 %461
	store i32 %448, i32* %462
	%463 = add i32 %13, %NK
	%464 = add i32 %463, %449
	%465 = sext i32 %464 to i64
	%466 = getelementptr i32, i32* %list, i64 %465
	store i32 1, i32* %466
	br label %467

467:
	%468 = add i32 %11, %448
	%469 = sext i32 %468 to i64
	%470 = getelementptr float, float* %e, i64 %469
	%471 = load float, float* %470
	%472 = add i32 %449, 1
	%473 = select i1 %455, i32 %472, i32 %449
	%474 = fpext float %471 to double
	%475 = fadd double %450, %474
	%476 = select i1 %455, double %475, double %450
	%477 = add i32 %448, 1
	br label %447

478:
	%479 = phi i32 [ %0, %404 ], [ %545, %544 ]
	%480 = icmp slt i32 %479, %16
	br i1 %480, label %481, label %497

481:
	%482 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %479
	%483 = load i32, i32 addrspace(3)* %482
	%484 = icmp uge i32 %483, 2
	%485 = and i32 %483, 0
	%486 = icmp eq i32 %485, 0
	%487 = and i1 %484, %486
	%488 = lshr i32 %483, 24
	%489 = and i32 %488, 255
	%490 = select i1 %487, i32 %489, i32 256
	%491 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %490)
	%492 = shl i32 1, %3
	%493 = sub i32 %492, 1
	%494 = and i32 %491, %493
	%495 = icmp eq i32 %494, 0
	%496 = and i1 %487, %495
	br i1 %496, label %526, label %530

497:
	call void @llvm.nvvm.barrier0()
	%498 = sub i32 255, %0
	%499 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %498
	%500 = load i32, i32 addrspace(3)* %499
	%501 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_histm, i32 0, i32 %498
	%502 = load i32, i32 addrspace(3)* %501
	%503 = and i32 %0, 31
	%504 = lshr i32 %0, 5
	%505 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %502, i32 1, i32 0)
	%506 = icmp uge i32 %503, 1
	%507 = select i1 %506, i32 %505, i32 0
	%508 = add i32 %502, %507
	%509 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %508, i32 2, i32 0)
	%510 = icmp uge i32 %503, 2
	%511 = select i1 %510, i32 %509, i32 0
	%512 = add i32 %508, %511
	%513 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %512, i32 4, i32 0)
	%514 = icmp uge i32 %503, 4
	%515 = select i1 %514, i32 %513, i32 0
	%516 = add i32 %512, %515
	%517 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %516, i32 8, i32 0)
	%518 = icmp uge i32 %503, 8
	%519 = select i1 %518, i32 %517, i32 0
	%520 = add i32 %516, %519
	%521 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %520, i32 16, i32 0)
	%522 = icmp uge i32 %503, 16
	%523 = select i1 %522, i32 %521, i32 0
	%524 = add i32 %520, %523
	%525 = icmp eq i32 %503, 31
	br i1 %525, label %546, label %548

526:
	%527 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %489
	%528 = call i32 @llvm.ctpop.i32(i32 %491)
	%529 = atomicrmw add i32 addrspace(3)* %527, i32 %528 monotonic
	br label %530

530:
	%531 = sub i32 %483, 2
	%532 = bitcast i32 %531 to float
	%533 = fcmp ogt float %532, 0.0
	%534 = select i1 %533, float %532, float 0.0
	%535 = fcmp olt float %534, 1.0
	%536 = select i1 %535, float %534, float 1.0
	%537 = fmul float %536, 262144.0
	%538 = fptosi float %537 to i32
	%539 = icmp sgt i32 %538, 0
	%540 = and i1 %487, %539
	br i1 %540, label %541, label %544

541:
	%542 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_histm, i32 0, i32 %489
	%543 = atomicrmw add i32 addrspace(3)* %542, i32 %538 monotonic
	br label %544

544:
	%545 = add i32 %479, 256
	br label %478

546:
	%547 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %504
	store i32 %524, i32 addrspace(3)* %547
	br label %548

548:
	call void @llvm.nvvm.barrier0()
	%549 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%550 = load i32, i32 addrspace(3)* %549
	%551 = icmp sgt i32 %504, 0
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 0, %552
	%554 = add i32 0, %550
	%555 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%556 = load i32, i32 addrspace(3)* %555
	%557 = icmp sgt i32 %504, 1
	%558 = select i1 %557, i32 %556, i32 0
	%559 = add i32 %553, %558
	%560 = add i32 %554, %556
	%561 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%562 = load i32, i32 addrspace(3)* %561
	%563 = icmp sgt i32 %504, 2
	%564 = select i1 %563, i32 %562, i32 0
	%565 = add i32 %559, %564
	%566 = add i32 %560, %562
	%567 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%568 = load i32, i32 addrspace(3)* %567
	%569 = icmp sgt i32 %504, 3
	%570 = select i1 %569, i32 %568, i32 0
	%571 = add i32 %565, %570
	%572 = add i32 %566, %568
	%573 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%574 = load i32, i32 addrspace(3)* %573
	%575 = icmp sgt i32 %504, 4
	%576 = select i1 %575, i32 %574, i32 0
	%577 = add i32 %571, %576
	%578 = add i32 %572, %574
	%579 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%580 = load i32, i32 addrspace(3)* %579
	%581 = icmp sgt i32 %504, 5
	%582 = select i1 %581, i32 %580, i32 0
	%583 = add i32 %577, %582
	%584 = add i32 %578, %580
	%585 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%586 = load i32, i32 addrspace(3)* %585
	%587 = icmp sgt i32 %504, 6
	%588 = select i1 %587, i32 %586, i32 0
	%589 = add i32 %583, %588
	%590 = add i32 %584, %586
	%591 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%592 = load i32, i32 addrspace(3)* %591
	%593 = icmp sgt i32 %504, 7
	%594 = select i1 %593, i32 %592, i32 0
	%595 = add i32 %589, %594
	%596 = add i32 %590, %592
	%597 = add i32 %595, %524
	%598 = sub i32 %597, %502
	%599 = and i32 %0, 31
	%600 = lshr i32 %0, 5
	%601 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %500, i32 1, i32 0)
	%602 = icmp uge i32 %599, 1
	%603 = select i1 %602, i32 %601, i32 0
	%604 = add i32 %500, %603
	%605 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %604, i32 2, i32 0)
	%606 = icmp uge i32 %599, 2
	%607 = select i1 %606, i32 %605, i32 0
	%608 = add i32 %604, %607
	%609 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %608, i32 4, i32 0)
	%610 = icmp uge i32 %599, 4
	%611 = select i1 %610, i32 %609, i32 0
	%612 = add i32 %608, %611
	%613 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %612, i32 8, i32 0)
	%614 = icmp uge i32 %599, 8
	%615 = select i1 %614, i32 %613, i32 0
	%616 = add i32 %612, %615
	%617 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %616, i32 16, i32 0)
	%618 = icmp uge i32 %599, 16
	%619 = select i1 %618, i32 %617, i32 0
	%620 = add i32 %616, %619
	%621 = icmp eq i32 %599, 31
	br i1 %621, label %622, label %624

622:
	%623 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 %600
	store i32 %620, i32 addrspace(3)* %623
	br label %624

624:
	call void @llvm.nvvm.barrier0()
	%625 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 0
	%626 = load i32, i32 addrspace(3)* %625
	%627 = icmp sgt i32 %600, 0
	%628 = select i1 %627, i32 %626, i32 0
	%629 = add i32 0, %628
	%630 = add i32 0, %626
	%631 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 1
	%632 = load i32, i32 addrspace(3)* %631
	%633 = icmp sgt i32 %600, 1
	%634 = select i1 %633, i32 %632, i32 0
	%635 = add i32 %629, %634
	%636 = add i32 %630, %632
	%637 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 2
	%638 = load i32, i32 addrspace(3)* %637
	%639 = icmp sgt i32 %600, 2
	%640 = select i1 %639, i32 %638, i32 0
	%641 = add i32 %635, %640
	%642 = add i32 %636, %638
	%643 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 3
	%644 = load i32, i32 addrspace(3)* %643
	%645 = icmp sgt i32 %600, 3
	%646 = select i1 %645, i32 %644, i32 0
	%647 = add i32 %641, %646
	%648 = add i32 %642, %644
	%649 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 4
	%650 = load i32, i32 addrspace(3)* %649
	%651 = icmp sgt i32 %600, 4
	%652 = select i1 %651, i32 %650, i32 0
	%653 = add i32 %647, %652
	%654 = add i32 %648, %650
	%655 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 5
	%656 = load i32, i32 addrspace(3)* %655
	%657 = icmp sgt i32 %600, 5
	%658 = select i1 %657, i32 %656, i32 0
	%659 = add i32 %653, %658
	%660 = add i32 %654, %656
	%661 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 6
	%662 = load i32, i32 addrspace(3)* %661
	%663 = icmp sgt i32 %600, 6
	%664 = select i1 %663, i32 %662, i32 0
	%665 = add i32 %659, %664
	%666 = add i32 %660, %662
	%667 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 7
	%668 = load i32, i32 addrspace(3)* %667
	%669 = icmp sgt i32 %600, 7
	%670 = select i1 %669, i32 %668, i32 0
	%671 = add i32 %665, %670
	%672 = add i32 %666, %668
	%673 = add i32 %671, %620
	%674 = sub i32 %673, %500
	%675 = icmp slt i32 %598, %421
	%676 = add i32 %598, %502
	%677 = icmp sle i32 %421, %676
	%678 = and i1 %675, %677
	%679 = icmp slt i32 %596, %421
	%680 = icmp eq i32 %0, 0
	%681 = and i1 %679, %680
	%682 = or i1 %678, %681
	br i1 %682, label %683, label %689

683:
	%684 = select i1 %679, i32 0, i32 %498
	%685 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 0
	store i32 %684, i32 addrspace(3)* %685
	%686 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 1
	store i32 %598, i32 addrspace(3)* %686
	%687 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 2
	store i32 %674, i32 addrspace(3)* %687
	%688 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 3
	store i32 %500, i32 addrspace(3)* %688
	br label %689

689:
	call void @llvm.nvvm.barrier0()
	%690 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 0
	%691 = load i32, i32 addrspace(3)* %690
	%692 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 1
	%693 = load i32, i32 addrspace(3)* %692
	%694 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 2
	%695 = load i32, i32 addrspace(3)* %694
	%696 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 3
	%697 = load i32, i32 addrspace(3)* %696
	%698 = shl i32 %691, 24
	%699 = or i32 0, %698
	%700 = sub i32 %421, %693
	%701 = add i32 0, %695
	%702 = or i1 false, %679
	%703 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%704 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %704
	%705 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %705
	call void @llvm.nvvm.barrier0()
	br label %706

706:
	%707 = phi i32 [ %0, %689 ], [ %773, %772 ]
	%708 = icmp slt i32 %707, %16
	br i1 %708, label %709, label %725

709:
	%710 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %707
	%711 = load i32, i32 addrspace(3)* %710
	%712 = icmp uge i32 %711, 2
	%713 = and i32 %711, %703
	%714 = icmp eq i32 %713, %699
	%715 = and i1 %712, %714
	%716 = lshr i32 %711, 16
	%717 = and i32 %716, 255
	%718 = select i1 %715, i32 %717, i32 256
	%719 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %718)
	%720 = shl i32 1, %3
	%721 = sub i32 %720, 1
	%722 = and i32 %719, %721
	%723 = icmp eq i32 %722, 0
	%724 = and i1 %715, %723
	br i1 %724, label %754, label %758

725:
	call void @llvm.nvvm.barrier0()
	%726 = sub i32 255, %0
	%727 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %726
	%728 = load i32, i32 addrspace(3)* %727
	%729 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_histm, i32 0, i32 %726
	%730 = load i32, i32 addrspace(3)* %729
	%731 = and i32 %0, 31
	%732 = lshr i32 %0, 5
	%733 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %730, i32 1, i32 0)
	%734 = icmp uge i32 %731, 1
	%735 = select i1 %734, i32 %733, i32 0
	%736 = add i32 %730, %735
	%737 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %736, i32 2, i32 0)
	%738 = icmp uge i32 %731, 2
	%739 = select i1 %738, i32 %737, i32 0
	%740 = add i32 %736, %739
	%741 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %740, i32 4, i32 0)
	%742 = icmp uge i32 %731, 4
	%743 = select i1 %742, i32 %741, i32 0
	%744 = add i32 %740, %743
	%745 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %744, i32 8, i32 0)
	%746 = icmp uge i32 %731, 8
	%747 = select i1 %746, i32 %745, i32 0
	%748 = add i32 %744, %747
	%749 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %748, i32 16, i32 0)
	%750 = icmp uge i32 %731, 16
	%751 = select i1 %750, i32 %749, i32 0
	%752 = add i32 %748, %751
	%753 = icmp eq i32 %731, 31
	br i1 %753, label %774, label %776

754:
	%755 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %717
	%756 = call i32 @llvm.ctpop.i32(i32 %719)
	%757 = atomicrmw add i32 addrspace(3)* %755, i32 %756 monotonic
	br label %758

758:
	%759 = sub i32 %711, 2
	%760 = bitcast i32 %759 to float
	%761 = fcmp ogt float %760, 0.0
	%762 = select i1 %761, float %760, float 0.0
	%763 = fcmp olt float %762, 1.0
	%764 = select i1 %763, float %762, float 1.0
	%765 = fmul float %764, 262144.0
	%766 = fptosi float %765 to i32
	%767 = icmp sgt i32 %766, 0
	%768 = and i1 %715, %767
	br i1 %768, label %769, label %772

769:
	%770 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_histm, i32 0, i32 %717
	%771 = atomicrmw add i32 addrspace(3)* %770, i32 %766 monotonic
	br label %772

772:
	%773 = add i32 %707, 256
	br label %706

774:
	%775 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %732
	store i32 %752, i32 addrspace(3)* %775
	br label %776

776:
	call void @llvm.nvvm.barrier0()
	%777 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%778 = load i32, i32 addrspace(3)* %777
	%779 = icmp sgt i32 %732, 0
	%780 = select i1 %779, i32 %778, i32 0
	%781 = add i32 0, %780
	%782 = add i32 0, %778
	%783 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%784 = load i32, i32 addrspace(3)* %783
	%785 = icmp sgt i32 %732, 1
	%786 = select i1 %785, i32 %784, i32 0
	%787 = add i32 %781, %786
	%788 = add i32 %782, %784
	%789 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%790 = load i32, i32 addrspace(3)* %789
	%791 = icmp sgt i32 %732, 2
	%792 = select i1 %791, i32 %790, i32 0
	%793 = add i32 %787, %792
	%794 = add i32 %788, %790
	%795 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%796 = load i32, i32 addrspace(3)* %795
	%797 = icmp sgt i32 %732, 3
	%798 = select i1 %797, i32 %796, i32 0
	%799 = add i32 %793, %798
	%800 = add i32 %794, %796
	%801 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%802 = load i32, i32 addrspace(3)* %801
	%803 = icmp sgt i32 %732, 4
	%804 = select i1 %803, i32 %802, i32 0
	%805 = add i32 %799, %804
	%806 = add i32 %800, %802
	%807 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%808 = load i32, i32 addrspace(3)* %807
	%809 = icmp sgt i32 %732, 5
	%810 = select i1 %809, i32 %808, i32 0
	%811 = add i32 %805, %810
	%812 = add i32 %806, %808
	%813 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%814 = load i32, i32 addrspace(3)* %813
	%815 = icmp sgt i32 %732, 6
	%816 = select i1 %815, i32 %814, i32 0
	%817 = add i32 %811, %816
	%818 = add i32 %812, %814
	%819 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%820 = load i32, i32 addrspace(3)* %819
	%821 = icmp sgt i32 %732, 7
	%822 = select i1 %821, i32 %820, i32 0
	%823 = add i32 %817, %822
	%824 = add i32 %818, %820
	%825 = add i32 %823, %752
	%826 = sub i32 %825, %730
	%827 = and i32 %0, 31
	%828 = lshr i32 %0, 5
	%829 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %728, i32 1, i32 0)
	%830 = icmp uge i32 %827, 1
	%831 = select i1 %830, i32 %829, i32 0
	%832 = add i32 %728, %831
	%833 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %832, i32 2, i32 0)
	%834 = icmp uge i32 %827, 2
	%835 = select i1 %834, i32 %833, i32 0
	%836 = add i32 %832, %835
	%837 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %836, i32 4, i32 0)
	%838 = icmp uge i32 %827, 4
	%839 = select i1 %838, i32 %837, i32 0
	%840 = add i32 %836, %839
	%841 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %840, i32 8, i32 0)
	%842 = icmp uge i32 %827, 8
	%843 = select i1 %842, i32 %841, i32 0
	%844 = add i32 %840, %843
	%845 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %844, i32 16, i32 0)
	%846 = icmp uge i32 %827, 16
	%847 = select i1 %846, i32 %845, i32 0
	%848 = add i32 %844, %847
	%849 = icmp eq i32 %827, 31
	br i1 %849, label %850, label %852

850:
	%851 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 %828
	store i32 %848, i32 addrspace(3)* %851
	br label %852

852:
	call void @llvm.nvvm.barrier0()
	%853 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 0
	%854 = load i32, i32 addrspace(3)* %853
	%855 = icmp sgt i32 %828, 0
	%856 = select i1 %855, i32 %854, i32 0
	%857 = add i32 0, %856
	%858 = add i32 0, %854
	%859 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 1
	%860 = load i32, i32 addrspace(3)* %859
	%861 = icmp sgt i32 %828, 1
	%862 = select i1 %861, i32 %860, i32 0
	%863 = add i32 %857, %862
	%864 = add i32 %858, %860
	%865 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 2
	%866 = load i32, i32 addrspace(3)* %865
	%867 = icmp sgt i32 %828, 2
	%868 = select i1 %867, i32 %866, i32 0
	%869 = add i32 %863, %868
	%870 = add i32 %864, %866
	%871 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 3
	%872 = load i32, i32 addrspace(3)* %871
	%873 = icmp sgt i32 %828, 3
	%874 = select i1 %873, i32 %872, i32 0
	%875 = add i32 %869, %874
	%876 = add i32 %870, %872
	%877 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 4
	%878 = load i32, i32 addrspace(3)* %877
	%879 = icmp sgt i32 %828, 4
	%880 = select i1 %879, i32 %878, i32 0
	%881 = add i32 %875, %880
	%882 = add i32 %876, %878
	%883 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 5
	%884 = load i32, i32 addrspace(3)* %883
	%885 = icmp sgt i32 %828, 5
	%886 = select i1 %885, i32 %884, i32 0
	%887 = add i32 %881, %886
	%888 = add i32 %882, %884
	%889 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 6
	%890 = load i32, i32 addrspace(3)* %889
	%891 = icmp sgt i32 %828, 6
	%892 = select i1 %891, i32 %890, i32 0
	%893 = add i32 %887, %892
	%894 = add i32 %888, %890
	%895 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 7
	%896 = load i32, i32 addrspace(3)* %895
	%897 = icmp sgt i32 %828, 7
	%898 = select i1 %897, i32 %896, i32 0
	%899 = add i32 %893, %898
	%900 = add i32 %894, %896
	%901 = add i32 %899, %848
	%902 = sub i32 %901, %728
	%903 = icmp slt i32 %826, %700
	%904 = add i32 %826, %730
	%905 = icmp sle i32 %700, %904
	%906 = and i1 %903, %905
	%907 = icmp slt i32 %824, %700
	%908 = icmp eq i32 %0, 0
	%909 = and i1 %907, %908
	%910 = or i1 %906, %909
	br i1 %910, label %911, label %917

911:
	%912 = select i1 %907, i32 0, i32 %726
	%913 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 0
	store i32 %912, i32 addrspace(3)* %913
	%914 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 1
	store i32 %826, i32 addrspace(3)* %914
	%915 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 2
	store i32 %902, i32 addrspace(3)* %915
	%916 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 3
	store i32 %728, i32 addrspace(3)* %916
	br label %917

917:
	call void @llvm.nvvm.barrier0()
	%918 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 0
	%919 = load i32, i32 addrspace(3)* %918
	%920 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 1
	%921 = load i32, i32 addrspace(3)* %920
	%922 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 2
	%923 = load i32, i32 addrspace(3)* %922
	%924 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_bins, i32 0, i32 3
	%925 = load i32, i32 addrspace(3)* %924
	%926 = shl i32 %919, 16
	%927 = or i32 %699, %926
	%928 = sub i32 %700, %921
	%929 = add i32 %701, %923
	%930 = or i1 %702, %907
	%931 = or i32 %703, u0xFF0000
	%932 = add i32 %929, %925
	%933 = select i1 %930, i32 %407, i32 %932
	%934 = select i1 %930, i32 2, i32 %927
	%935 = icmp sge i32 %933, %412
	%936 = sub i32 %934, 1
	%937 = icmp slt i32 %412, %407
	%938 = select i1 %937, i32 %412, i32 %407
	%939 = select i1 %935, i32 %933, i32 %938
	br label %mass

mass:
	%940 = phi i32 [ %939, %917 ], [ %1833, %1821 ]
	%941 = phi i1 [ true, %917 ], [ false, %1821 ]
	%942 = and i1 %941, %935
	br i1 %942, label %mass_bins, label %mass_topk

mass_done:
	%943 = icmp sgt i32 %1823, %412
	%944 = select i1 %943, i32 %1823, i32 %412
	%945 = add i32 %406, %944
	%946 = add i32 %945, %0
	br label %2306

mass_bins:
	%947 = shl i32 1, %3
	%948 = sub i32 %947, 1
	br label %950

mass_topk:
	%949 = icmp sgt i32 %940, 0
	br i1 %949, label %topk, label %topk_done

mass_taken:
	br label %1801

950:
	%951 = phi i32 [ 0, %mass_bins ], [ %999, %998 ]
	%952 = icmp slt i32 %951, %16
	br i1 %952, label %953, label %961

953:
	%954 = add i32 %951, %0
	%955 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %954
	%956 = load i32, i32 addrspace(3)* %955
	%957 = icmp ugt i32 %956, %936
	%958 = icmp eq i32 %956, %936
	%959 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %957)
	%960 = icmp eq i32 %3, 0
	br i1 %960, label %992, label %998

961:
	call void @llvm.nvvm.barrier0()
	%962 = sdiv i32 %16, 256
	%963 = mul i32 %962, 8
	%964 = icmp slt i32 %0, %963
	%965 = select i1 %964, i32 %0, i32 0
	%966 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %965
	%967 = load i32, i32 addrspace(3)* %966
	%968 = select i1 %964, i32 %967, i32 0
	%969 = and i32 %0, 31
	%970 = lshr i32 %0, 5
	%971 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %968, i32 1, i32 0)
	%972 = icmp uge i32 %969, 1
	%973 = select i1 %972, i32 %971, i32 0
	%974 = add i32 %968, %973
	%975 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %974, i32 2, i32 0)
	%976 = icmp uge i32 %969, 2
	%977 = select i1 %976, i32 %975, i32 0
	%978 = add i32 %974, %977
	%979 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %978, i32 4, i32 0)
	%980 = icmp uge i32 %969, 4
	%981 = select i1 %980, i32 %979, i32 0
	%982 = add i32 %978, %981
	%983 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %982, i32 8, i32 0)
	%984 = icmp uge i32 %969, 8
	%985 = select i1 %984, i32 %983, i32 0
	%986 = add i32 %982, %985
	%987 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %986, i32 16, i32 0)
	%988 = icmp uge i32 %969, 16
	%989 = select i1 %988, i32 %987, i32 0
	%990 = add i32 %986, %989
	%991 = icmp eq i32 %969, 31
	br i1 %991, label %1000, label %1002

992:
	%993 = sdiv i32 %951, 256
	%994 = mul i32 %993, 8
	%995 = add i32 %994, %4
	%996 = call i32 @llvm.ctpop.i32(i32 %959)
	%997 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %995
	store i32 %996, i32 addrspace(3)* %997
	br label %998

998:
	%999 = add i32 %951, 256
	br label %950

1000:
	%1001 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 %970
	store i32 %990, i32 addrspace(3)* %1001
	br label %1002

1002:
	call void @llvm.nvvm.barrier0()
	%1003 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 0
	%1004 = load i32, i32 addrspace(3)* %1003
	%1005 = icmp sgt i32 %970, 0
	%1006 = select i1 %1005, i32 %1004, i32 0
	%1007 = add i32 0, %1006
	%1008 = add i32 0, %1004
	%1009 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 1
	%1010 = load i32, i32 addrspace(3)* %1009
	%1011 = icmp sgt i32 %970, 1
	%1012 = select i1 %1011, i32 %1010, i32 0
	%1013 = add i32 %1007, %1012
	%1014 = add i32 %1008, %1010
	%1015 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 2
	%1016 = load i32, i32 addrspace(3)* %1015
	%1017 = icmp sgt i32 %970, 2
	%1018 = select i1 %1017, i32 %1016, i32 0
	%1019 = add i32 %1013, %1018
	%1020 = add i32 %1014, %1016
	%1021 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 3
	%1022 = load i32, i32 addrspace(3)* %1021
	%1023 = icmp sgt i32 %970, 3
	%1024 = select i1 %1023, i32 %1022, i32 0
	%1025 = add i32 %1019, %1024
	%1026 = add i32 %1020, %1022
	%1027 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 4
	%1028 = load i32, i32 addrspace(3)* %1027
	%1029 = icmp sgt i32 %970, 4
	%1030 = select i1 %1029, i32 %1028, i32 0
	%1031 = add i32 %1025, %1030
	%1032 = add i32 %1026, %1028
	%1033 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 5
	%1034 = load i32, i32 addrspace(3)* %1033
	%1035 = icmp sgt i32 %970, 5
	%1036 = select i1 %1035, i32 %1034, i32 0
	%1037 = add i32 %1031, %1036
	%1038 = add i32 %1032, %1034
	%1039 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 6
	%1040 = load i32, i32 addrspace(3)* %1039
	%1041 = icmp sgt i32 %970, 6
	%1042 = select i1 %1041, i32 %1040, i32 0
	%1043 = add i32 %1037, %1042
	%1044 = add i32 %1038, %1040
	%1045 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 7
	%1046 = load i32, i32 addrspace(3)* %1045
	%1047 = icmp sgt i32 %970, 7
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = add i32 %1043, %1048
	%1050 = add i32 %1044, %1046
	%1051 = add i32 %1049, %990
	%1052 = sub i32 %1051, %968
	br i1 %964, label %1053, label %1055

1053:
	%1054 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %0
	store i32 %1052, i32 addrspace(3)* %1054
	br label %1055

1055:
	call void @llvm.nvvm.barrier0()
	br label %1056

1056:
	%1057 = phi i32 [ 0, %1055 ], [ %1080, %1079 ]
	%1058 = icmp slt i32 %1057, %16
	br i1 %1058, label %1059, label %1075

1059:
	%1060 = add i32 %1057, %0
	%1061 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %1060
	%1062 = load i32, i32 addrspace(3)* %1061
	%1063 = icmp ugt i32 %1062, %936
	%1064 = icmp eq i32 %1062, %936
	%1065 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1063)
	%1066 = sdiv i32 %1057, 256
	%1067 = mul i32 %1066, 8
	%1068 = add i32 %1067, %4
	%1069 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1063)
	%1070 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %1068
	%1071 = load i32, i32 addrspace(3)* %1070
	%1072 = and i32 %1069, %948
	%1073 = call i32 @llvm.ctpop.i32(i32 %1072)
	%1074 = add i32 %1071, %1073
	br i1 %1063, label %1076, label %1079

1075:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

1076:
	%1077 = add i32 %1057, %0
	%1078 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_c, i32 0, i32 %1074
	store i32 %1077, i32 addrspace(3)* %1078
	br label %1079

1079:
	%1080 = add i32 %1057, 256
	br label %1056

topk:
	call void @llvm.nvvm.barrier0()
	%1081 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1081
	call void @llvm.nvvm.barrier0()
	br label %1082

topk_done:
	br label %mass_taken

1082:
	%1083 = phi i32 [ %0, %topk ], [ %1134, %1133 ]
	%1084 = icmp slt i32 %1083, %16
	br i1 %1084, label %1085, label %1101

1085:
	%1086 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %1083
	%1087 = load i32, i32 addrspace(3)* %1086
	%1088 = icmp uge i32 %1087, 2
	%1089 = and i32 %1087, 0
	%1090 = icmp eq i32 %1089, 0
	%1091 = and i1 %1088, %1090
	%1092 = lshr i32 %1087, 24
	%1093 = and i32 %1092, 255
	%1094 = select i1 %1091, i32 %1093, i32 256
	%1095 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1094)
	%1096 = shl i32 1, %3
	%1097 = sub i32 %1096, 1
	%1098 = and i32 %1095, %1097
	%1099 = icmp eq i32 %1098, 0
	%1100 = and i1 %1091, %1099
	br i1 %1100, label %1129, label %1133

1101:
	call void @llvm.nvvm.barrier0()
	%1102 = sub i32 255, %0
	%1103 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %1102
	%1104 = load i32, i32 addrspace(3)* %1103
	%1105 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1105
	%1106 = and i32 %0, 31
	%1107 = lshr i32 %0, 5
	%1108 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1104, i32 1, i32 0)
	%1109 = icmp uge i32 %1106, 1
	%1110 = select i1 %1109, i32 %1108, i32 0
	%1111 = add i32 %1104, %1110
	%1112 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1111, i32 2, i32 0)
	%1113 = icmp uge i32 %1106, 2
	%1114 = select i1 %1113, i32 %1112, i32 0
	%1115 = add i32 %1111, %1114
	%1116 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1115, i32 4, i32 0)
	%1117 = icmp uge i32 %1106, 4
	%1118 = select i1 %1117, i32 %1116, i32 0
	%1119 = add i32 %1115, %1118
	%1120 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1119, i32 8, i32 0)
	%1121 = icmp uge i32 %1106, 8
	%1122 = select i1 %1121, i32 %1120, i32 0
	%1123 = add i32 %1119, %1122
	%1124 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1123, i32 16, i32 0)
	%1125 = icmp uge i32 %1106, 16
	%1126 = select i1 %1125, i32 %1124, i32 0
	%1127 = add i32 %1123, %1126
	%1128 = icmp eq i32 %1106, 31
	br i1 %1128, label %1135, label %1137

1129:
	%1130 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %1093
	%1131 = call i32 @llvm.ctpop.i32(i32 %1095)
	%1132 = atomicrmw add i32 addrspace(3)* %1130, i32 %1131 monotonic
	br label %1133

1133:
	%1134 = add i32 %1083, 256
	br label %1082

1135:
	%1136 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %1107
	store i32 %1127, i32 addrspace(3)* %1136
	br label %1137

1137:
	call void @llvm.nvvm.barrier0()
	%1138 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%1139 = load i32, i32 addrspace(3)* %1138
	%1140 = icmp sgt i32 %1107, 0
	%1141 = select i1 %1140, i32 %1139, i32 0
	%1142 = add i32 0, %1141
	%1143 = add i32 0, %1139
	%1144 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%1145 = load i32, i32 addrspace(3)* %1144
	%1146 = icmp sgt i32 %1107, 1
	%1147 = select i1 %1146, i32 %1145, i32 0
	%1148 = add i32 %1142, %1147
	%1149 = add i32 %1143, %1145
	%1150 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%1151 = load i32, i32 addrspace(3)* %1150
	%1152 = icmp sgt i32 %1107, 2
	%1153 = select i1 %1152, i32 %1151, i32 0
	%1154 = add i32 %1148, %1153
	%1155 = add i32 %1149, %1151
	%1156 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%1157 = load i32, i32 addrspace(3)* %1156
	%1158 = icmp sgt i32 %1107, 3
	%1159 = select i1 %1158, i32 %1157, i32 0
	%1160 = add i32 %1154, %1159
	%1161 = add i32 %1155, %1157
	%1162 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%1163 = load i32, i32 addrspace(3)* %1162
	%1164 = icmp sgt i32 %1107, 4
	%1165 = select i1 %1164, i32 %1163, i32 0
	%1166 = add i32 %1160, %1165
	%1167 = add i32 %1161, %1163
	%1168 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%1169 = load i32, i32 addrspace(3)* %1168
	%1170 = icmp sgt i32 %1107, 5
	%1171 = select i1 %1170, i32 %1169, i32 0
	%1172 = add i32 %1166, %1171
	%1173 = add i32 %1167, %1169
	%1174 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%1175 = load i32, i32 addrspace(3)* %1174
	%1176 = icmp sgt i32 %1107, 6
	%1177 = select i1 %1176, i32 %1175, i32 0
	%1178 = add i32 %1172, %1177
	%1179 = add i32 %1173, %1175
	%1180 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%1181 = load i32, i32 addrspace(3)* %1180
	%1182 = icmp sgt i32 %1107, 7
	%1183 = select i1 %1182, i32 %1181, i32 0
	%1184 = add i32 %1178, %1183
	%1185 = add i32 %1179, %1181
	%1186 = add i32 %1184, %1127
	%1187 = sub i32 %1186, %1104
	%1188 = icmp slt i32 %1187, %940
	%1189 = add i32 %1187, %1104
	%1190 = icmp sle i32 %940, %1189
	%1191 = and i1 %1188, %1190
	br i1 %1191, label %1192, label %1195

1192:
	%1193 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	store i32 %1102, i32 addrspace(3)* %1193
	%1194 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	store i32 %1187, i32 addrspace(3)* %1194
	br label %1195

1195:
	call void @llvm.nvvm.barrier0()
	%1196 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	%1197 = load i32, i32 addrspace(3)* %1196
	%1198 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	%1199 = load i32, i32 addrspace(3)* %1198
	%1200 = sub i32 %940, %1199
	%1201 = shl i32 %1197, 24
	%1202 = or i32 0, %1201
	%1203 = or i32 0, u0xFF000000
	br label %1204

1204:
	%1205 = phi i32 [ %0, %1195 ], [ %1256, %1255 ]
	%1206 = icmp slt i32 %1205, %16
	br i1 %1206, label %1207, label %1223

1207:
	%1208 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %1205
	%1209 = load i32, i32 addrspace(3)* %1208
	%1210 = icmp uge i32 %1209, 2
	%1211 = and i32 %1209, %1203
	%1212 = icmp eq i32 %1211, %1202
	%1213 = and i1 %1210, %1212
	%1214 = lshr i32 %1209, 16
	%1215 = and i32 %1214, 255
	%1216 = select i1 %1213, i32 %1215, i32 256
	%1217 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1216)
	%1218 = shl i32 1, %3
	%1219 = sub i32 %1218, 1
	%1220 = and i32 %1217, %1219
	%1221 = icmp eq i32 %1220, 0
	%1222 = and i1 %1213, %1221
	br i1 %1222, label %1251, label %1255

1223:
	call void @llvm.nvvm.barrier0()
	%1224 = sub i32 255, %0
	%1225 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist2, i32 0, i32 %1224
	%1226 = load i32, i32 addrspace(3)* %1225
	%1227 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1227
	%1228 = and i32 %0, 31
	%1229 = lshr i32 %0, 5
	%1230 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1226, i32 1, i32 0)
	%1231 = icmp uge i32 %1228, 1
	%1232 = select i1 %1231, i32 %1230, i32 0
	%1233 = add i32 %1226, %1232
	%1234 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1233, i32 2, i32 0)
	%1235 = icmp uge i32 %1228, 2
	%1236 = select i1 %1235, i32 %1234, i32 0
	%1237 = add i32 %1233, %1236
	%1238 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1237, i32 4, i32 0)
	%1239 = icmp uge i32 %1228, 4
	%1240 = select i1 %1239, i32 %1238, i32 0
	%1241 = add i32 %1237, %1240
	%1242 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1241, i32 8, i32 0)
	%1243 = icmp uge i32 %1228, 8
	%1244 = select i1 %1243, i32 %1242, i32 0
	%1245 = add i32 %1241, %1244
	%1246 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1245, i32 16, i32 0)
	%1247 = icmp uge i32 %1228, 16
	%1248 = select i1 %1247, i32 %1246, i32 0
	%1249 = add i32 %1245, %1248
	%1250 = icmp eq i32 %1228, 31
	br i1 %1250, label %1257, label %1259

1251:
	%1252 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist2, i32 0, i32 %1215
	%1253 = call i32 @llvm.ctpop.i32(i32 %1217)
	%1254 = atomicrmw add i32 addrspace(3)* %1252, i32 %1253 monotonic
	br label %1255

1255:
	%1256 = add i32 %1205, 256
	br label %1204

1257:
	%1258 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %1229
	store i32 %1249, i32 addrspace(3)* %1258
	br label %1259

1259:
	call void @llvm.nvvm.barrier0()
	%1260 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%1261 = load i32, i32 addrspace(3)* %1260
	%1262 = icmp sgt i32 %1229, 0
	%1263 = select i1 %1262, i32 %1261, i32 0
	%1264 = add i32 0, %1263
	%1265 = add i32 0, %1261
	%1266 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%1267 = load i32, i32 addrspace(3)* %1266
	%1268 = icmp sgt i32 %1229, 1
	%1269 = select i1 %1268, i32 %1267, i32 0
	%1270 = add i32 %1264, %1269
	%1271 = add i32 %1265, %1267
	%1272 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%1273 = load i32, i32 addrspace(3)* %1272
	%1274 = icmp sgt i32 %1229, 2
	%1275 = select i1 %1274, i32 %1273, i32 0
	%1276 = add i32 %1270, %1275
	%1277 = add i32 %1271, %1273
	%1278 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%1279 = load i32, i32 addrspace(3)* %1278
	%1280 = icmp sgt i32 %1229, 3
	%1281 = select i1 %1280, i32 %1279, i32 0
	%1282 = add i32 %1276, %1281
	%1283 = add i32 %1277, %1279
	%1284 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%1285 = load i32, i32 addrspace(3)* %1284
	%1286 = icmp sgt i32 %1229, 4
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = add i32 %1282, %1287
	%1289 = add i32 %1283, %1285
	%1290 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%1291 = load i32, i32 addrspace(3)* %1290
	%1292 = icmp sgt i32 %1229, 5
	%1293 = select i1 %1292, i32 %1291, i32 0
	%1294 = add i32 %1288, %1293
	%1295 = add i32 %1289, %1291
	%1296 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%1297 = load i32, i32 addrspace(3)* %1296
	%1298 = icmp sgt i32 %1229, 6
	%1299 = select i1 %1298, i32 %1297, i32 0
	%1300 = add i32 %1294, %1299
	%1301 = add i32 %1295, %1297
	%1302 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%1303 = load i32, i32 addrspace(3)* %1302
	%1304 = icmp sgt i32 %1229, 7
	%1305 = select i1 %1304, i32 %1303, i32 0
	%1306 = add i32 %1300, %1305
	%1307 = add i32 %1301, %1303
	%1308 = add i32 %1306, %1249
	%1309 = sub i32 %1308, %1226
	%1310 = icmp slt i32 %1309, %1200
	%1311 = add i32 %1309, %1226
	%1312 = icmp sle i32 %1200, %1311
	%1313 = and i1 %1310, %1312
	br i1 %1313, label %1314, label %1317

1314:
	%1315 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	store i32 %1224, i32 addrspace(3)* %1315
	%1316 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	store i32 %1309, i32 addrspace(3)* %1316
	br label %1317

1317:
	call void @llvm.nvvm.barrier0()
	%1318 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	%1319 = load i32, i32 addrspace(3)* %1318
	%1320 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	%1321 = load i32, i32 addrspace(3)* %1320
	%1322 = sub i32 %1200, %1321
	%1323 = shl i32 %1319, 16
	%1324 = or i32 %1202, %1323
	%1325 = or i32 %1203, u0xFF0000
	br label %1326

1326:
	%1327 = phi i32 [ %0, %1317 ], [ %1378, %1377 ]
	%1328 = icmp slt i32 %1327, %16
	br i1 %1328, label %1329, label %1345

1329:
	%1330 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %1327
	%1331 = load i32, i32 addrspace(3)* %1330
	%1332 = icmp uge i32 %1331, 2
	%1333 = and i32 %1331, %1325
	%1334 = icmp eq i32 %1333, %1324
	%1335 = and i1 %1332, %1334
	%1336 = lshr i32 %1331, 8
	%1337 = and i32 %1336, 255
	%1338 = select i1 %1335, i32 %1337, i32 256
	%1339 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1338)
	%1340 = shl i32 1, %3
	%1341 = sub i32 %1340, 1
	%1342 = and i32 %1339, %1341
	%1343 = icmp eq i32 %1342, 0
	%1344 = and i1 %1335, %1343
	br i1 %1344, label %1373, label %1377

1345:
	call void @llvm.nvvm.barrier0()
	%1346 = sub i32 255, %0
	%1347 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %1346
	%1348 = load i32, i32 addrspace(3)* %1347
	%1349 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1349
	%1350 = and i32 %0, 31
	%1351 = lshr i32 %0, 5
	%1352 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1348, i32 1, i32 0)
	%1353 = icmp uge i32 %1350, 1
	%1354 = select i1 %1353, i32 %1352, i32 0
	%1355 = add i32 %1348, %1354
	%1356 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1355, i32 2, i32 0)
	%1357 = icmp uge i32 %1350, 2
	%1358 = select i1 %1357, i32 %1356, i32 0
	%1359 = add i32 %1355, %1358
	%1360 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1359, i32 4, i32 0)
	%1361 = icmp uge i32 %1350, 4
	%1362 = select i1 %1361, i32 %1360, i32 0
	%1363 = add i32 %1359, %1362
	%1364 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1363, i32 8, i32 0)
	%1365 = icmp uge i32 %1350, 8
	%1366 = select i1 %1365, i32 %1364, i32 0
	%1367 = add i32 %1363, %1366
	%1368 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1367, i32 16, i32 0)
	%1369 = icmp uge i32 %1350, 16
	%1370 = select i1 %1369, i32 %1368, i32 0
	%1371 = add i32 %1367, %1370
	%1372 = icmp eq i32 %1350, 31
	br i1 %1372, label %1379, label %1381

1373:
	%1374 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %1337
	%1375 = call i32 @llvm.ctpop.i32(i32 %1339)
	%1376 = atomicrmw add i32 addrspace(3)* %1374, i32 %1375 monotonic
	br label %1377

1377:
	%1378 = add i32 %1327, 256
	br label %1326

1379:
	%1380 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %1351
	store i32 %1371, i32 addrspace(3)* %1380
	br label %1381

1381:
	call void @llvm.nvvm.barrier0()
	%1382 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%1383 = load i32, i32 addrspace(3)* %1382
	%1384 = icmp sgt i32 %1351, 0
	%1385 = select i1 %1384, i32 %1383, i32 0
	%1386 = add i32 0, %1385
	%1387 = add i32 0, %1383
	%1388 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%1389 = load i32, i32 addrspace(3)* %1388
	%1390 = icmp sgt i32 %1351, 1
	%1391 = select i1 %1390, i32 %1389, i32 0
	%1392 = add i32 %1386, %1391
	%1393 = add i32 %1387, %1389
	%1394 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%1395 = load i32, i32 addrspace(3)* %1394
	%1396 = icmp sgt i32 %1351, 2
	%1397 = select i1 %1396, i32 %1395, i32 0
	%1398 = add i32 %1392, %1397
	%1399 = add i32 %1393, %1395
	%1400 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%1401 = load i32, i32 addrspace(3)* %1400
	%1402 = icmp sgt i32 %1351, 3
	%1403 = select i1 %1402, i32 %1401, i32 0
	%1404 = add i32 %1398, %1403
	%1405 = add i32 %1399, %1401
	%1406 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%1407 = load i32, i32 addrspace(3)* %1406
	%1408 = icmp sgt i32 %1351, 4
	%1409 = select i1 %1408, i32 %1407, i32 0
	%1410 = add i32 %1404, %1409
	%1411 = add i32 %1405, %1407
	%1412 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%1413 = load i32, i32 addrspace(3)* %1412
	%1414 = icmp sgt i32 %1351, 5
	%1415 = select i1 %1414, i32 %1413, i32 0
	%1416 = add i32 %1410, %1415
	%1417 = add i32 %1411, %1413
	%1418 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%1419 = load i32, i32 addrspace(3)* %1418
	%1420 = icmp sgt i32 %1351, 6
	%1421 = select i1 %1420, i32 %1419, i32 0
	%1422 = add i32 %1416, %1421
	%1423 = add i32 %1417, %1419
	%1424 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%1425 = load i32, i32 addrspace(3)* %1424
	%1426 = icmp sgt i32 %1351, 7
	%1427 = select i1 %1426, i32 %1425, i32 0
	%1428 = add i32 %1422, %1427
	%1429 = add i32 %1423, %1425
	%1430 = add i32 %1428, %1371
	%1431 = sub i32 %1430, %1348
	%1432 = icmp slt i32 %1431, %1322
	%1433 = add i32 %1431, %1348
	%1434 = icmp sle i32 %1322, %1433
	%1435 = and i1 %1432, %1434
	br i1 %1435, label %1436, label %1439

1436:
	%1437 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	store i32 %1346, i32 addrspace(3)* %1437
	%1438 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	store i32 %1431, i32 addrspace(3)* %1438
	br label %1439

1439:
	call void @llvm.nvvm.barrier0()
	%1440 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	%1441 = load i32, i32 addrspace(3)* %1440
	%1442 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	%1443 = load i32, i32 addrspace(3)* %1442
	%1444 = sub i32 %1322, %1443
	%1445 = shl i32 %1441, 8
	%1446 = or i32 %1324, %1445
	%1447 = or i32 %1325, u0xFF00
	br label %1448

1448:
	%1449 = phi i32 [ %0, %1439 ], [ %1500, %1499 ]
	%1450 = icmp slt i32 %1449, %16
	br i1 %1450, label %1451, label %1467

1451:
	%1452 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %1449
	%1453 = load i32, i32 addrspace(3)* %1452
	%1454 = icmp uge i32 %1453, 2
	%1455 = and i32 %1453, %1447
	%1456 = icmp eq i32 %1455, %1446
	%1457 = and i1 %1454, %1456
	%1458 = lshr i32 %1453, 0
	%1459 = and i32 %1458, 255
	%1460 = select i1 %1457, i32 %1459, i32 256
	%1461 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1460)
	%1462 = shl i32 1, %3
	%1463 = sub i32 %1462, 1
	%1464 = and i32 %1461, %1463
	%1465 = icmp eq i32 %1464, 0
	%1466 = and i1 %1457, %1465
	br i1 %1466, label %1495, label %1499

1467:
	call void @llvm.nvvm.barrier0()
	%1468 = sub i32 255, %0
	%1469 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist2, i32 0, i32 %1468
	%1470 = load i32, i32 addrspace(3)* %1469
	%1471 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1471
	%1472 = and i32 %0, 31
	%1473 = lshr i32 %0, 5
	%1474 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1470, i32 1, i32 0)
	%1475 = icmp uge i32 %1472, 1
	%1476 = select i1 %1475, i32 %1474, i32 0
	%1477 = add i32 %1470, %1476
	%1478 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1477, i32 2, i32 0)
	%1479 = icmp uge i32 %1472, 2
	%1480 = select i1 %1479, i32 %1478, i32 0
	%1481 = add i32 %1477, %1480
	%1482 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1481, i32 4, i32 0)
	%1483 = icmp uge i32 %1472, 4
	%1484 = select i1 %1483, i32 %1482, i32 0
	%1485 = add i32 %1481, %1484
	%1486 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1485, i32 8, i32 0)
	%1487 = icmp uge i32 %1472, 8
	%1488 = select i1 %1487, i32 %1486, i32 0
	%1489 = add i32 %1485, %1488
	%1490 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1489, i32 16, i32 0)
	%1491 = icmp uge i32 %1472, 16
	%1492 = select i1 %1491, i32 %1490, i32 0
	%1493 = add i32 %1489, %1492
	%1494 = icmp eq i32 %1472, 31
	br i1 %1494, label %1501, label %1503

1495:
	%1496 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @massindex_select1_hist2, i32 0, i32 %1459
	%1497 = call i32 @llvm.ctpop.i32(i32 %1461)
	%1498 = atomicrmw add i32 addrspace(3)* %1496, i32 %1497 monotonic
	br label %1499

1499:
	%1500 = add i32 %1449, 256
	br label %1448

1501:
	%1502 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %1473
	store i32 %1493, i32 addrspace(3)* %1502
	br label %1503

1503:
	call void @llvm.nvvm.barrier0()
	%1504 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%1505 = load i32, i32 addrspace(3)* %1504
	%1506 = icmp sgt i32 %1473, 0
	%1507 = select i1 %1506, i32 %1505, i32 0
	%1508 = add i32 0, %1507
	%1509 = add i32 0, %1505
	%1510 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%1511 = load i32, i32 addrspace(3)* %1510
	%1512 = icmp sgt i32 %1473, 1
	%1513 = select i1 %1512, i32 %1511, i32 0
	%1514 = add i32 %1508, %1513
	%1515 = add i32 %1509, %1511
	%1516 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%1517 = load i32, i32 addrspace(3)* %1516
	%1518 = icmp sgt i32 %1473, 2
	%1519 = select i1 %1518, i32 %1517, i32 0
	%1520 = add i32 %1514, %1519
	%1521 = add i32 %1515, %1517
	%1522 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%1523 = load i32, i32 addrspace(3)* %1522
	%1524 = icmp sgt i32 %1473, 3
	%1525 = select i1 %1524, i32 %1523, i32 0
	%1526 = add i32 %1520, %1525
	%1527 = add i32 %1521, %1523
	%1528 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%1529 = load i32, i32 addrspace(3)* %1528
	%1530 = icmp sgt i32 %1473, 4
	%1531 = select i1 %1530, i32 %1529, i32 0
	%1532 = add i32 %1526, %1531
	%1533 = add i32 %1527, %1529
	%1534 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%1535 = load i32, i32 addrspace(3)* %1534
	%1536 = icmp sgt i32 %1473, 5
	%1537 = select i1 %1536, i32 %1535, i32 0
	%1538 = add i32 %1532, %1537
	%1539 = add i32 %1533, %1535
	%1540 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%1541 = load i32, i32 addrspace(3)* %1540
	%1542 = icmp sgt i32 %1473, 6
	%1543 = select i1 %1542, i32 %1541, i32 0
	%1544 = add i32 %1538, %1543
	%1545 = add i32 %1539, %1541
	%1546 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%1547 = load i32, i32 addrspace(3)* %1546
	%1548 = icmp sgt i32 %1473, 7
	%1549 = select i1 %1548, i32 %1547, i32 0
	%1550 = add i32 %1544, %1549
	%1551 = add i32 %1545, %1547
	%1552 = add i32 %1550, %1493
	%1553 = sub i32 %1552, %1470
	%1554 = icmp slt i32 %1553, %1444
	%1555 = add i32 %1553, %1470
	%1556 = icmp sle i32 %1444, %1555
	%1557 = and i1 %1554, %1556
	br i1 %1557, label %1558, label %1561

1558:
	%1559 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	store i32 %1468, i32 addrspace(3)* %1559
	%1560 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	store i32 %1553, i32 addrspace(3)* %1560
	br label %1561

1561:
	call void @llvm.nvvm.barrier0()
	%1562 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 0
	%1563 = load i32, i32 addrspace(3)* %1562
	%1564 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @massindex_select1_sel, i32 0, i32 1
	%1565 = load i32, i32 addrspace(3)* %1564
	%1566 = sub i32 %1444, %1565
	%1567 = shl i32 %1563, 0
	%1568 = or i32 %1446, %1567
	%1569 = or i32 %1447, 255
	%1570 = shl i32 1, %3
	%1571 = sub i32 %1570, 1
	br label %1572

1572:
	%1573 = phi i32 [ 0, %1561 ], [ %1627, %1626 ]
	%1574 = icmp slt i32 %1573, %16
	br i1 %1574, label %1575, label %1584

1575:
	%1576 = add i32 %1573, %0
	%1577 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %1576
	%1578 = load i32, i32 addrspace(3)* %1577
	%1579 = icmp ugt i32 %1578, %1568
	%1580 = icmp eq i32 %1578, %1568
	%1581 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1579)
	%1582 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1580)
	%1583 = icmp eq i32 %3, 0
	br i1 %1583, label %1618, label %1626

1584:
	call void @llvm.nvvm.barrier0()
	%1585 = sdiv i32 %16, 256
	%1586 = mul i32 %1585, 8
	%1587 = icmp slt i32 %0, %1586
	%1588 = select i1 %1587, i32 %0, i32 0
	%1589 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %1588
	%1590 = load i32, i32 addrspace(3)* %1589
	%1591 = select i1 %1587, i32 %1590, i32 0
	%1592 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpt, i32 0, i32 %1588
	%1593 = load i32, i32 addrspace(3)* %1592
	%1594 = select i1 %1587, i32 %1593, i32 0
	%1595 = and i32 %0, 31
	%1596 = lshr i32 %0, 5
	%1597 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1594, i32 1, i32 0)
	%1598 = icmp uge i32 %1595, 1
	%1599 = select i1 %1598, i32 %1597, i32 0
	%1600 = add i32 %1594, %1599
	%1601 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1600, i32 2, i32 0)
	%1602 = icmp uge i32 %1595, 2
	%1603 = select i1 %1602, i32 %1601, i32 0
	%1604 = add i32 %1600, %1603
	%1605 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1604, i32 4, i32 0)
	%1606 = icmp uge i32 %1595, 4
	%1607 = select i1 %1606, i32 %1605, i32 0
	%1608 = add i32 %1604, %1607
	%1609 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1608, i32 8, i32 0)
	%1610 = icmp uge i32 %1595, 8
	%1611 = select i1 %1610, i32 %1609, i32 0
	%1612 = add i32 %1608, %1611
	%1613 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1612, i32 16, i32 0)
	%1614 = icmp uge i32 %1595, 16
	%1615 = select i1 %1614, i32 %1613, i32 0
	%1616 = add i32 %1612, %1615
	%1617 = icmp eq i32 %1595, 31
	br i1 %1617, label %1628, label %1630

1618:
	%1619 = sdiv i32 %1573, 256
	%1620 = mul i32 %1619, 8
	%1621 = add i32 %1620, %4
	%1622 = call i32 @llvm.ctpop.i32(i32 %1581)
	%1623 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %1621
	store i32 %1622, i32 addrspace(3)* %1623
	%1624 = call i32 @llvm.ctpop.i32(i32 %1582)
	%1625 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpt, i32 0, i32 %1621
	store i32 %1624, i32 addrspace(3)* %1625
	br label %1626

1626:
	%1627 = add i32 %1573, 256
	br label %1572

1628:
	%1629 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 %1596
	store i32 %1616, i32 addrspace(3)* %1629
	br label %1630

1630:
	call void @llvm.nvvm.barrier0()
	%1631 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 0
	%1632 = load i32, i32 addrspace(3)* %1631
	%1633 = icmp sgt i32 %1596, 0
	%1634 = select i1 %1633, i32 %1632, i32 0
	%1635 = add i32 0, %1634
	%1636 = add i32 0, %1632
	%1637 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 1
	%1638 = load i32, i32 addrspace(3)* %1637
	%1639 = icmp sgt i32 %1596, 1
	%1640 = select i1 %1639, i32 %1638, i32 0
	%1641 = add i32 %1635, %1640
	%1642 = add i32 %1636, %1638
	%1643 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 2
	%1644 = load i32, i32 addrspace(3)* %1643
	%1645 = icmp sgt i32 %1596, 2
	%1646 = select i1 %1645, i32 %1644, i32 0
	%1647 = add i32 %1641, %1646
	%1648 = add i32 %1642, %1644
	%1649 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 3
	%1650 = load i32, i32 addrspace(3)* %1649
	%1651 = icmp sgt i32 %1596, 3
	%1652 = select i1 %1651, i32 %1650, i32 0
	%1653 = add i32 %1647, %1652
	%1654 = add i32 %1648, %1650
	%1655 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 4
	%1656 = load i32, i32 addrspace(3)* %1655
	%1657 = icmp sgt i32 %1596, 4
	%1658 = select i1 %1657, i32 %1656, i32 0
	%1659 = add i32 %1653, %1658
	%1660 = add i32 %1654, %1656
	%1661 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 5
	%1662 = load i32, i32 addrspace(3)* %1661
	%1663 = icmp sgt i32 %1596, 5
	%1664 = select i1 %1663, i32 %1662, i32 0
	%1665 = add i32 %1659, %1664
	%1666 = add i32 %1660, %1662
	%1667 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 6
	%1668 = load i32, i32 addrspace(3)* %1667
	%1669 = icmp sgt i32 %1596, 6
	%1670 = select i1 %1669, i32 %1668, i32 0
	%1671 = add i32 %1665, %1670
	%1672 = add i32 %1666, %1668
	%1673 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scana, i32 0, i32 7
	%1674 = load i32, i32 addrspace(3)* %1673
	%1675 = icmp sgt i32 %1596, 7
	%1676 = select i1 %1675, i32 %1674, i32 0
	%1677 = add i32 %1671, %1676
	%1678 = add i32 %1672, %1674
	%1679 = add i32 %1677, %1616
	%1680 = sub i32 %1679, %1594
	%1681 = sub i32 %1566, %1680
	%1682 = icmp sgt i32 %1681, 0
	%1683 = select i1 %1682, i32 %1681, i32 0
	%1684 = icmp slt i32 %1683, %1594
	%1685 = select i1 %1684, i32 %1683, i32 %1594
	%1686 = add i32 %1591, %1685
	%1687 = and i32 %0, 31
	%1688 = lshr i32 %0, 5
	%1689 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1686, i32 1, i32 0)
	%1690 = icmp uge i32 %1687, 1
	%1691 = select i1 %1690, i32 %1689, i32 0
	%1692 = add i32 %1686, %1691
	%1693 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1692, i32 2, i32 0)
	%1694 = icmp uge i32 %1687, 2
	%1695 = select i1 %1694, i32 %1693, i32 0
	%1696 = add i32 %1692, %1695
	%1697 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1696, i32 4, i32 0)
	%1698 = icmp uge i32 %1687, 4
	%1699 = select i1 %1698, i32 %1697, i32 0
	%1700 = add i32 %1696, %1699
	%1701 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1700, i32 8, i32 0)
	%1702 = icmp uge i32 %1687, 8
	%1703 = select i1 %1702, i32 %1701, i32 0
	%1704 = add i32 %1700, %1703
	%1705 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1704, i32 16, i32 0)
	%1706 = icmp uge i32 %1687, 16
	%1707 = select i1 %1706, i32 %1705, i32 0
	%1708 = add i32 %1704, %1707
	%1709 = icmp eq i32 %1687, 31
	br i1 %1709, label %1710, label %1712

1710:
	%1711 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 %1688
	store i32 %1708, i32 addrspace(3)* %1711
	br label %1712

1712:
	call void @llvm.nvvm.barrier0()
	%1713 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 0
	%1714 = load i32, i32 addrspace(3)* %1713
	%1715 = icmp sgt i32 %1688, 0
	%1716 = select i1 %1715, i32 %1714, i32 0
	%1717 = add i32 0, %1716
	%1718 = add i32 0, %1714
	%1719 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 1
	%1720 = load i32, i32 addrspace(3)* %1719
	%1721 = icmp sgt i32 %1688, 1
	%1722 = select i1 %1721, i32 %1720, i32 0
	%1723 = add i32 %1717, %1722
	%1724 = add i32 %1718, %1720
	%1725 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 2
	%1726 = load i32, i32 addrspace(3)* %1725
	%1727 = icmp sgt i32 %1688, 2
	%1728 = select i1 %1727, i32 %1726, i32 0
	%1729 = add i32 %1723, %1728
	%1730 = add i32 %1724, %1726
	%1731 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 3
	%1732 = load i32, i32 addrspace(3)* %1731
	%1733 = icmp sgt i32 %1688, 3
	%1734 = select i1 %1733, i32 %1732, i32 0
	%1735 = add i32 %1729, %1734
	%1736 = add i32 %1730, %1732
	%1737 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 4
	%1738 = load i32, i32 addrspace(3)* %1737
	%1739 = icmp sgt i32 %1688, 4
	%1740 = select i1 %1739, i32 %1738, i32 0
	%1741 = add i32 %1735, %1740
	%1742 = add i32 %1736, %1738
	%1743 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 5
	%1744 = load i32, i32 addrspace(3)* %1743
	%1745 = icmp sgt i32 %1688, 5
	%1746 = select i1 %1745, i32 %1744, i32 0
	%1747 = add i32 %1741, %1746
	%1748 = add i32 %1742, %1744
	%1749 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 6
	%1750 = load i32, i32 addrspace(3)* %1749
	%1751 = icmp sgt i32 %1688, 6
	%1752 = select i1 %1751, i32 %1750, i32 0
	%1753 = add i32 %1747, %1752
	%1754 = add i32 %1748, %1750
	%1755 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @massindex_select1_scanb, i32 0, i32 7
	%1756 = load i32, i32 addrspace(3)* %1755
	%1757 = icmp sgt i32 %1688, 7
	%1758 = select i1 %1757, i32 %1756, i32 0
	%1759 = add i32 %1753, %1758
	%1760 = add i32 %1754, %1756
	%1761 = add i32 %1759, %1708
	%1762 = sub i32 %1761, %1686
	br i1 %1587, label %1763, label %1766

1763:
	%1764 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %0
	store i32 %1762, i32 addrspace(3)* %1764
	%1765 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpt, i32 0, i32 %0
	store i32 %1680, i32 addrspace(3)* %1765
	br label %1766

1766:
	call void @llvm.nvvm.barrier0()
	br label %1767

1767:
	%1768 = phi i32 [ 0, %1766 ], [ %1800, %1799 ]
	%1769 = icmp slt i32 %1768, %16
	br i1 %1769, label %1770, label %1795

1770:
	%1771 = add i32 %1768, %0
	%1772 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %1771
	%1773 = load i32, i32 addrspace(3)* %1772
	%1774 = icmp ugt i32 %1773, %1568
	%1775 = icmp eq i32 %1773, %1568
	%1776 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1774)
	%1777 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1775)
	%1778 = sdiv i32 %1768, 256
	%1779 = mul i32 %1778, 8
	%1780 = add i32 %1779, %4
	%1781 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpt, i32 0, i32 %1780
	%1782 = load i32, i32 addrspace(3)* %1781
	%1783 = and i32 %1777, %1571
	%1784 = call i32 @llvm.ctpop.i32(i32 %1783)
	%1785 = add i32 %1782, %1784
	%1786 = icmp slt i32 %1785, %1566
	%1787 = and i1 %1775, %1786
	%1788 = or i1 %1774, %1787
	%1789 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1788)
	%1790 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @massindex_select1_cmpg, i32 0, i32 %1780
	%1791 = load i32, i32 addrspace(3)* %1790
	%1792 = and i32 %1789, %1571
	%1793 = call i32 @llvm.ctpop.i32(i32 %1792)
	%1794 = add i32 %1791, %1793
	br i1 %1788, label %1796, label %1799

1795:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1796:
	%1797 = add i32 %1768, %0
	%1798 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_c, i32 0, i32 %1794
	store i32 %1797, i32 addrspace(3)* %1798
	br label %1799

1799:
	%1800 = add i32 %1768, 256
	br label %1767

1801:
	%1802 = phi i32 [ %0, %mass_taken ], [ %1815, %1804 ]
	%1803 = icmp slt i32 %1802, %940
	br i1 %1803, label %1804, label %1816

1804:
	%1805 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_c, i32 0, i32 %1802
	%1806 = load i32, i32 addrspace(3)* %1805
	%1807 = add i32 %406, %1802
	%1808 = add i32 %13, %1807
	%1809 = sext i32 %1808 to i64
	%1810 = getelementptr i32, i32* %list, i64 %1809
	store i32 %1806, i32* %1810
	%1811 = add i32 %13, %NK
	%1812 = add i32 %1811, %1807
	%1813 = sext i32 %1812 to i64
	%1814 = getelementptr i32, i32* %list, i64 %1813
	store i32 0, i32* %1814
	%1815 = add i32 %1802, 256
	br label %1801

1816:
	call void @llvm.nvvm.barrier0()
	%1817 = icmp eq i32 %4, 0
	br i1 %1817, label %1818, label %1821

1818:
	%1819 = getelementptr [1 x double], [1 x double] addrspace(3)* @massindex_select1_mass, i32 0, i32 0
	%1820 = load double, double addrspace(3)* %1819
	br label %1834

1821:
	call void @llvm.nvvm.barrier0()
	%1822 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 1
	%1823 = load i32, i32 addrspace(3)* %1822
	%1824 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 2
	%1825 = load i32, i32 addrspace(3)* %1824
	%1826 = icmp ne i32 %1825, 0
	%1827 = icmp sge i32 %940, %407
	%1828 = or i1 %1826, %1827
	%1829 = mul i32 %940, 4
	%1830 = icmp sgt i32 %1829, 64
	%1831 = select i1 %1830, i32 %1829, i32 64
	%1832 = icmp slt i32 %1831, %407
	%1833 = select i1 %1832, i32 %1831, i32 %407
	br i1 %1828, label %mass_done, label %mass

1834:
	%1835 = phi i32 [ 0, %1818 ], [ %2299, %2296 ]
	%1836 = phi double [ %1820, %1818 ], [ %2297, %2296 ]
	%1837 = phi i32 [ 0, %1818 ], [ %2298, %2296 ]
	%1838 = icmp slt i32 %1835, %940
	br i1 %1838, label %1839, label %1842

1839:
	%1840 = add i32 %1835, %3
	%1841 = icmp slt i32 %1840, %940
	br i1 %1841, label %1844, label %1851

1842:
	%1843 = icmp eq i32 %3, 0
	br i1 %1843, label %2300, label %2305

1844:
	%1845 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_c, i32 0, i32 %1840
	%1846 = load i32, i32 addrspace(3)* %1845
	%1847 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @massindex_select1_x, i32 0, i32 %1846
	%1848 = load i32, i32 addrspace(3)* %1847
	%1849 = sub i32 %1848, 2
	%1850 = bitcast i32 %1849 to float
	br label %1851

1851:
	%1852 = phi float [ 0.0, %1839 ], [ %1850, %1844 ]
	%1853 = fpext float %1852 to double
	%1854 = fcmp one float %1852, 0.0
	%1855 = call float @llvm.fabs.f32(float %1852)
	%1856 = fcmp olt float %1855, 0x3E20000000000000
	%1857 = and i1 %1854, %1856
	%1858 = fmul double %1836, 4.503599627370496e+15
	%1859 = call double @llvm.trunc.f64(double %1858)
	%1860 = fcmp oeq double %1858, %1859
	%1861 = bitcast double %1853 to i64
	%1862 = trunc i64 %1861 to i32
	%1863 = lshr i64 %1861, 32
	%1864 = trunc i64 %1863 to i32
	%1865 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1862, i32 1, i32 0)
	%1866 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1864, i32 1, i32 0)
	%1867 = zext i32 %1865 to i64
	%1868 = zext i32 %1866 to i64
	%1869 = shl i64 %1868, 32
	%1870 = or i64 %1867, %1869
	%1871 = bitcast i64 %1870 to double
	%1872 = icmp uge i32 %3, 1
	%1873 = fadd double %1853, %1871
	%1874 = select i1 %1872, double %1873, double %1853
	%1875 = bitcast double %1874 to i64
	%1876 = trunc i64 %1875 to i32
	%1877 = lshr i64 %1875, 32
	%1878 = trunc i64 %1877 to i32
	%1879 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1876, i32 2, i32 0)
	%1880 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1878, i32 2, i32 0)
	%1881 = zext i32 %1879 to i64
	%1882 = zext i32 %1880 to i64
	%1883 = shl i64 %1882, 32
	%1884 = or i64 %1881, %1883
	%1885 = bitcast i64 %1884 to double
	%1886 = icmp uge i32 %3, 2
	%1887 = fadd double %1874, %1885
	%1888 = select i1 %1886, double %1887, double %1874
	%1889 = bitcast double %1888 to i64
	%1890 = trunc i64 %1889 to i32
	%1891 = lshr i64 %1889, 32
	%1892 = trunc i64 %1891 to i32
	%1893 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1890, i32 4, i32 0)
	%1894 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1892, i32 4, i32 0)
	%1895 = zext i32 %1893 to i64
	%1896 = zext i32 %1894 to i64
	%1897 = shl i64 %1896, 32
	%1898 = or i64 %1895, %1897
	%1899 = bitcast i64 %1898 to double
	%1900 = icmp uge i32 %3, 4
	%1901 = fadd double %1888, %1899
	%1902 = select i1 %1900, double %1901, double %1888
	%1903 = bitcast double %1902 to i64
	%1904 = trunc i64 %1903 to i32
	%1905 = lshr i64 %1903, 32
	%1906 = trunc i64 %1905 to i32
	%1907 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1904, i32 8, i32 0)
	%1908 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1906, i32 8, i32 0)
	%1909 = zext i32 %1907 to i64
	%1910 = zext i32 %1908 to i64
	%1911 = shl i64 %1910, 32
	%1912 = or i64 %1909, %1911
	%1913 = bitcast i64 %1912 to double
	%1914 = icmp uge i32 %3, 8
	%1915 = fadd double %1902, %1913
	%1916 = select i1 %1914, double %1915, double %1902
	%1917 = bitcast double %1916 to i64
	%1918 = trunc i64 %1917 to i32
	%1919 = lshr i64 %1917, 32
	%1920 = trunc i64 %1919 to i32
	%1921 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1918, i32 16, i32 0)
	%1922 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1920, i32 16, i32 0)
	%1923 = zext i32 %1921 to i64
	%1924 = zext i32 %1922 to i64
	%1925 = shl i64 %1924, 32
	%1926 = or i64 %1923, %1925
	%1927 = bitcast i64 %1926 to double
	%1928 = icmp uge i32 %3, 16
	%1929 = fadd double %1916, %1927
	%1930 = select i1 %1928, double %1929, double %1916
	%1931 = bitcast double %1930 to i64
	%1932 = trunc i64 %1931 to i32
	%1933 = lshr i64 %1931, 32
	%1934 = trunc i64 %1933 to i32
	%1935 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1932, i32 31, i32 31)
	%1936 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1934, i32 31, i32 31)
	%1937 = zext i32 %1935 to i64
	%1938 = zext i32 %1936 to i64
	%1939 = shl i64 %1938, 32
	%1940 = or i64 %1937, %1939
	%1941 = bitcast i64 %1940 to double
	%1942 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1857)
	%1943 = xor i1 %1942, true
	%1944 = and i1 %1860, %1943
	%1945 = fadd double %1836, %1941
	%1946 = fcmp olt double %1945, 1.5
	%1947 = and i1 %1944, %1946
	%1948 = fcmp oge double %1836, 0x3FECCCCCCCCCCCCD
	%1949 = or i1 %1947, %1948
	br i1 %1949, label %1950, label %1975

1950:
	%1951 = fsub double %1930, %1853
	%1952 = fadd double %1836, %1951
	%1953 = fcmp olt double %1952, 0x3FECCCCCCCCCCCCD
	%1954 = and i1 %1841, %1953
	%1955 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1954)
	%1956 = call i32 @llvm.ctpop.i32(i32 %1955)
	%1957 = sub i32 %1956, 1
	%1958 = icmp sgt i32 %1957, 0
	%1959 = select i1 %1958, i32 %1957, i32 0
	%1960 = bitcast double %1930 to i64
	%1961 = trunc i64 %1960 to i32
	%1962 = lshr i64 %1960, 32
	%1963 = trunc i64 %1962 to i32
	%1964 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1961, i32 %1959, i32 31)
	%1965 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1963, i32 %1959, i32 31)
	%1966 = zext i32 %1964 to i64
	%1967 = zext i32 %1965 to i64
	%1968 = shl i64 %1967, 32
	%1969 = or i64 %1966, %1968
	%1970 = bitcast i64 %1969 to double
	%1971 = icmp sgt i32 %1956, 0
	%1972 = fadd double %1836, %1970
	%1973 = select i1 %1971, double %1972, double %1836
	%1974 = add i32 %1837, %1956
	br label %2296

1975:
	%1976 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 0, i32 31)
	%1977 = fcmp olt double %1836, 0x3FECCCCCCCCCCCCD
	%1978 = add i32 %1835, 0
	%1979 = icmp slt i32 %1978, %940
	%1980 = and i1 %1977, %1979
	%1981 = fpext float %1976 to double
	%1982 = fadd double %1836, %1981
	%1983 = select i1 %1980, double %1982, double %1836
	%1984 = add i32 %1837, 1
	%1985 = select i1 %1980, i32 %1984, i32 %1837
	%1986 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 1, i32 31)
	%1987 = fcmp olt double %1983, 0x3FECCCCCCCCCCCCD
	%1988 = add i32 %1835, 1
	%1989 = icmp slt i32 %1988, %940
	%1990 = and i1 %1987, %1989
	%1991 = fpext float %1986 to double
	%1992 = fadd double %1983, %1991
	%1993 = select i1 %1990, double %1992, double %1983
	%1994 = add i32 %1985, 1
	%1995 = select i1 %1990, i32 %1994, i32 %1985
	%1996 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 2, i32 31)
	%1997 = fcmp olt double %1993, 0x3FECCCCCCCCCCCCD
	%1998 = add i32 %1835, 2
	%1999 = icmp slt i32 %1998, %940
	%2000 = and i1 %1997, %1999
	%2001 = fpext float %1996 to double
	%2002 = fadd double %1993, %2001
	%2003 = select i1 %2000, double %2002, double %1993
	%2004 = add i32 %1995, 1
	%2005 = select i1 %2000, i32 %2004, i32 %1995
	%2006 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 3, i32 31)
	%2007 = fcmp olt double %2003, 0x3FECCCCCCCCCCCCD
	%2008 = add i32 %1835, 3
	%2009 = icmp slt i32 %2008, %940
	%2010 = and i1 %2007, %2009
	%2011 = fpext float %2006 to double
	%2012 = fadd double %2003, %2011
	%2013 = select i1 %2010, double %2012, double %2003
	%2014 = add i32 %2005, 1
	%2015 = select i1 %2010, i32 %2014, i32 %2005
	%2016 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 4, i32 31)
	%2017 = fcmp olt double %2013, 0x3FECCCCCCCCCCCCD
	%2018 = add i32 %1835, 4
	%2019 = icmp slt i32 %2018, %940
	%2020 = and i1 %2017, %2019
	%2021 = fpext float %2016 to double
	%2022 = fadd double %2013, %2021
	%2023 = select i1 %2020, double %2022, double %2013
	%2024 = add i32 %2015, 1
	%2025 = select i1 %2020, i32 %2024, i32 %2015
	%2026 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 5, i32 31)
	%2027 = fcmp olt double %2023, 0x3FECCCCCCCCCCCCD
	%2028 = add i32 %1835, 5
	%2029 = icmp slt i32 %2028, %940
	%2030 = and i1 %2027, %2029
	%2031 = fpext float %2026 to double
	%2032 = fadd double %2023, %2031
	%2033 = select i1 %2030, double %2032, double %2023
	%2034 = add i32 %2025, 1
	%2035 = select i1 %2030, i32 %2034, i32 %2025
	%2036 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 6, i32 31)
	%2037 = fcmp olt double %2033, 0x3FECCCCCCCCCCCCD
	%2038 = add i32 %1835, 6
	%2039 = icmp slt i32 %2038, %940
	%2040 = and i1 %2037, %2039
	%2041 = fpext float %2036 to double
	%2042 = fadd double %2033, %2041
	%2043 = select i1 %2040, double %2042, double %2033
	%2044 = add i32 %2035, 1
	%2045 = select i1 %2040, i32 %2044, i32 %2035
	%2046 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 7, i32 31)
	%2047 = fcmp olt double %2043, 0x3FECCCCCCCCCCCCD
	%2048 = add i32 %1835, 7
	%2049 = icmp slt i32 %2048, %940
	%2050 = and i1 %2047, %2049
	%2051 = fpext float %2046 to double
	%2052 = fadd double %2043, %2051
	%2053 = select i1 %2050, double %2052, double %2043
	%2054 = add i32 %2045, 1
	%2055 = select i1 %2050, i32 %2054, i32 %2045
	%2056 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 8, i32 31)
	%2057 = fcmp olt double %2053, 0x3FECCCCCCCCCCCCD
	%2058 = add i32 %1835, 8
	%2059 = icmp slt i32 %2058, %940
	%2060 = and i1 %2057, %2059
	%2061 = fpext float %2056 to double
	%2062 = fadd double %2053, %2061
	%2063 = select i1 %2060, double %2062, double %2053
	%2064 = add i32 %2055, 1
	%2065 = select i1 %2060, i32 %2064, i32 %2055
	%2066 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 9, i32 31)
	%2067 = fcmp olt double %2063, 0x3FECCCCCCCCCCCCD
	%2068 = add i32 %1835, 9
	%2069 = icmp slt i32 %2068, %940
	%2070 = and i1 %2067, %2069
	%2071 = fpext float %2066 to double
	%2072 = fadd double %2063, %2071
	%2073 = select i1 %2070, double %2072, double %2063
	%2074 = add i32 %2065, 1
	%2075 = select i1 %2070, i32 %2074, i32 %2065
	%2076 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 10, i32 31)
	%2077 = fcmp olt double %2073, 0x3FECCCCCCCCCCCCD
	%2078 = add i32 %1835, 10
	%2079 = icmp slt i32 %2078, %940
	%2080 = and i1 %2077, %2079
	%2081 = fpext float %2076 to double
	%2082 = fadd double %2073, %2081
	%2083 = select i1 %2080, double %2082, double %2073
	%2084 = add i32 %2075, 1
	%2085 = select i1 %2080, i32 %2084, i32 %2075
	%2086 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 11, i32 31)
	%2087 = fcmp olt double %2083, 0x3FECCCCCCCCCCCCD
	%2088 = add i32 %1835, 11
	%2089 = icmp slt i32 %2088, %940
	%2090 = and i1 %2087, %2089
	%2091 = fpext float %2086 to double
	%2092 = fadd double %2083, %2091
	%2093 = select i1 %2090, double %2092, double %2083
	%2094 = add i32 %2085, 1
	%2095 = select i1 %2090, i32 %2094, i32 %2085
	%2096 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 12, i32 31)
	%2097 = fcmp olt double %2093, 0x3FECCCCCCCCCCCCD
	%2098 = add i32 %1835, 12
	%2099 = icmp slt i32 %2098, %940
	%2100 = and i1 %2097, %2099
	%2101 = fpext float %2096 to double
	%2102 = fadd double %2093, %2101
	%2103 = select i1 %2100, double %2102, double %2093
	%2104 = add i32 %2095, 1
	%2105 = select i1 %2100, i32 %2104, i32 %2095
	%2106 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 13, i32 31)
	%2107 = fcmp olt double %2103, 0x3FECCCCCCCCCCCCD
	%2108 = add i32 %1835, 13
	%2109 = icmp slt i32 %2108, %940
	%2110 = and i1 %2107, %2109
	%2111 = fpext float %2106 to double
	%2112 = fadd double %2103, %2111
	%2113 = select i1 %2110, double %2112, double %2103
	%2114 = add i32 %2105, 1
	%2115 = select i1 %2110, i32 %2114, i32 %2105
	%2116 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 14, i32 31)
	%2117 = fcmp olt double %2113, 0x3FECCCCCCCCCCCCD
	%2118 = add i32 %1835, 14
	%2119 = icmp slt i32 %2118, %940
	%2120 = and i1 %2117, %2119
	%2121 = fpext float %2116 to double
	%2122 = fadd double %2113, %2121
	%2123 = select i1 %2120, double %2122, double %2113
	%2124 = add i32 %2115, 1
	%2125 = select i1 %2120, i32 %2124, i32 %2115
	%2126 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 15, i32 31)
	%2127 = fcmp olt double %2123, 0x3FECCCCCCCCCCCCD
	%2128 = add i32 %1835, 15
	%2129 = icmp slt i32 %2128, %940
	%2130 = and i1 %2127, %2129
	%2131 = fpext float %2126 to double
	%2132 = fadd double %2123, %2131
	%2133 = select i1 %2130, double %2132, double %2123
	%2134 = add i32 %2125, 1
	%2135 = select i1 %2130, i32 %2134, i32 %2125
	%2136 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 16, i32 31)
	%2137 = fcmp olt double %2133, 0x3FECCCCCCCCCCCCD
	%2138 = add i32 %1835, 16
	%2139 = icmp slt i32 %2138, %940
	%2140 = and i1 %2137, %2139
	%2141 = fpext float %2136 to double
	%2142 = fadd double %2133, %2141
	%2143 = select i1 %2140, double %2142, double %2133
	%2144 = add i32 %2135, 1
	%2145 = select i1 %2140, i32 %2144, i32 %2135
	%2146 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 17, i32 31)
	%2147 = fcmp olt double %2143, 0x3FECCCCCCCCCCCCD
	%2148 = add i32 %1835, 17
	%2149 = icmp slt i32 %2148, %940
	%2150 = and i1 %2147, %2149
	%2151 = fpext float %2146 to double
	%2152 = fadd double %2143, %2151
	%2153 = select i1 %2150, double %2152, double %2143
	%2154 = add i32 %2145, 1
	%2155 = select i1 %2150, i32 %2154, i32 %2145
	%2156 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 18, i32 31)
	%2157 = fcmp olt double %2153, 0x3FECCCCCCCCCCCCD
	%2158 = add i32 %1835, 18
	%2159 = icmp slt i32 %2158, %940
	%2160 = and i1 %2157, %2159
	%2161 = fpext float %2156 to double
	%2162 = fadd double %2153, %2161
	%2163 = select i1 %2160, double %2162, double %2153
	%2164 = add i32 %2155, 1
	%2165 = select i1 %2160, i32 %2164, i32 %2155
	%2166 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 19, i32 31)
	%2167 = fcmp olt double %2163, 0x3FECCCCCCCCCCCCD
	%2168 = add i32 %1835, 19
	%2169 = icmp slt i32 %2168, %940
	%2170 = and i1 %2167, %2169
	%2171 = fpext float %2166 to double
	%2172 = fadd double %2163, %2171
	%2173 = select i1 %2170, double %2172, double %2163
	%2174 = add i32 %2165, 1
	%2175 = select i1 %2170, i32 %2174, i32 %2165
	%2176 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 20, i32 31)
	%2177 = fcmp olt double %2173, 0x3FECCCCCCCCCCCCD
	%2178 = add i32 %1835, 20
	%2179 = icmp slt i32 %2178, %940
	%2180 = and i1 %2177, %2179
	%2181 = fpext float %2176 to double
	%2182 = fadd double %2173, %2181
	%2183 = select i1 %2180, double %2182, double %2173
	%2184 = add i32 %2175, 1
	%2185 = select i1 %2180, i32 %2184, i32 %2175
	%2186 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 21, i32 31)
	%2187 = fcmp olt double %2183, 0x3FECCCCCCCCCCCCD
	%2188 = add i32 %1835, 21
	%2189 = icmp slt i32 %2188, %940
	%2190 = and i1 %2187, %2189
	%2191 = fpext float %2186 to double
	%2192 = fadd double %2183, %2191
	%2193 = select i1 %2190, double %2192, double %2183
	%2194 = add i32 %2185, 1
	%2195 = select i1 %2190, i32 %2194, i32 %2185
	%2196 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 22, i32 31)
	%2197 = fcmp olt double %2193, 0x3FECCCCCCCCCCCCD
	%2198 = add i32 %1835, 22
	%2199 = icmp slt i32 %2198, %940
	%2200 = and i1 %2197, %2199
	%2201 = fpext float %2196 to double
	%2202 = fadd double %2193, %2201
	%2203 = select i1 %2200, double %2202, double %2193
	%2204 = add i32 %2195, 1
	%2205 = select i1 %2200, i32 %2204, i32 %2195
	%2206 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 23, i32 31)
	%2207 = fcmp olt double %2203, 0x3FECCCCCCCCCCCCD
	%2208 = add i32 %1835, 23
	%2209 = icmp slt i32 %2208, %940
	%2210 = and i1 %2207, %2209
	%2211 = fpext float %2206 to double
	%2212 = fadd double %2203, %2211
	%2213 = select i1 %2210, double %2212, double %2203
	%2214 = add i32 %2205, 1
	%2215 = select i1 %2210, i32 %2214, i32 %2205
	%2216 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 24, i32 31)
	%2217 = fcmp olt double %2213, 0x3FECCCCCCCCCCCCD
	%2218 = add i32 %1835, 24
	%2219 = icmp slt i32 %2218, %940
	%2220 = and i1 %2217, %2219
	%2221 = fpext float %2216 to double
	%2222 = fadd double %2213, %2221
	%2223 = select i1 %2220, double %2222, double %2213
	%2224 = add i32 %2215, 1
	%2225 = select i1 %2220, i32 %2224, i32 %2215
	%2226 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 25, i32 31)
	%2227 = fcmp olt double %2223, 0x3FECCCCCCCCCCCCD
	%2228 = add i32 %1835, 25
	%2229 = icmp slt i32 %2228, %940
	%2230 = and i1 %2227, %2229
	%2231 = fpext float %2226 to double
	%2232 = fadd double %2223, %2231
	%2233 = select i1 %2230, double %2232, double %2223
	%2234 = add i32 %2225, 1
	%2235 = select i1 %2230, i32 %2234, i32 %2225
	%2236 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 26, i32 31)
	%2237 = fcmp olt double %2233, 0x3FECCCCCCCCCCCCD
	%2238 = add i32 %1835, 26
	%2239 = icmp slt i32 %2238, %940
	%2240 = and i1 %2237, %2239
	%2241 = fpext float %2236 to double
	%2242 = fadd double %2233, %2241
	%2243 = select i1 %2240, double %2242, double %2233
	%2244 = add i32 %2235, 1
	%2245 = select i1 %2240, i32 %2244, i32 %2235
	%2246 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 27, i32 31)
	%2247 = fcmp olt double %2243, 0x3FECCCCCCCCCCCCD
	%2248 = add i32 %1835, 27
	%2249 = icmp slt i32 %2248, %940
	%2250 = and i1 %2247, %2249
	%2251 = fpext float %2246 to double
	%2252 = fadd double %2243, %2251
	%2253 = select i1 %2250, double %2252, double %2243
	%2254 = add i32 %2245, 1
	%2255 = select i1 %2250, i32 %2254, i32 %2245
	%2256 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 28, i32 31)
	%2257 = fcmp olt double %2253, 0x3FECCCCCCCCCCCCD
	%2258 = add i32 %1835, 28
	%2259 = icmp slt i32 %2258, %940
	%2260 = and i1 %2257, %2259
	%2261 = fpext float %2256 to double
	%2262 = fadd double %2253, %2261
	%2263 = select i1 %2260, double %2262, double %2253
	%2264 = add i32 %2255, 1
	%2265 = select i1 %2260, i32 %2264, i32 %2255
	%2266 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 29, i32 31)
	%2267 = fcmp olt double %2263, 0x3FECCCCCCCCCCCCD
	%2268 = add i32 %1835, 29
	%2269 = icmp slt i32 %2268, %940
	%2270 = and i1 %2267, %2269
	%2271 = fpext float %2266 to double
	%2272 = fadd double %2263, %2271
	%2273 = select i1 %2270, double %2272, double %2263
	%2274 = add i32 %2265, 1
	%2275 = select i1 %2270, i32 %2274, i32 %2265
	%2276 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 30, i32 31)
	%2277 = fcmp olt double %2273, 0x3FECCCCCCCCCCCCD
	%2278 = add i32 %1835, 30
	%2279 = icmp slt i32 %2278, %940
	%2280 = and i1 %2277, %2279
	%2281 = fpext float %2276 to double
	%2282 = fadd double %2273, %2281
	%2283 = select i1 %2280, double %2282, double %2273
	%2284 = add i32 %2275, 1
	%2285 = select i1 %2280, i32 %2284, i32 %2275
	%2286 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 31, i32 31)
	%2287 = fcmp olt double %2283, 0x3FECCCCCCCCCCCCD
	%2288 = add i32 %1835, 31
	%2289 = icmp slt i32 %2288, %940
	%2290 = and i1 %2287, %2289
	%2291 = fpext float %2286 to double
	%2292 = fadd double %2283, %2291
	%2293 = select i1 %2290, double %2292, double %2283
	%2294 = add i32 %2285, 1
	%2295 = select i1 %2290, i32 %2294, i32 %2285
	br label %2296

2296:
	%2297 = phi double [ %1973, %1950 ], [ %2293, %1975 ]
	%2298 = phi i32 [ %1974, %1950 ], [ %2295, %1975 ]
	%2299 = add i32 %1835, 32
	br label %1834

2300:
	%2301 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 1
	store i32 %1837, i32 addrspace(3)* %2301
	%2302 = fcmp oge double %1836, 0x3FECCCCCCCCCCCCD
	%2303 = zext i1 %2302 to i32
	%2304 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @massindex_select1_cnt, i32 0, i32 2
	store i32 %2303, i32 addrspace(3)* %2304
	br label %2305

2305:
	br label %1821

2306:
	%2307 = phi i32 [ %946, %mass_done ], [ %2317, %2309 ]
	%2308 = icmp slt i32 %2307, %NK
	br i1 %2308, label %2309, label %2318

2309:
	%2310 = add i32 %13, %2307
	%2311 = sext i32 %2310 to i64
	%2312 = getelementptr i32, i32* %list, i64 %2311
	store i32 -1, i32* %2312
	%2313 = add i32 %13, %NK
	%2314 = add i32 %2313, %2307
	%2315 = sext i32 %2314 to i64
	%2316 = getelementptr i32, i32* %list, i64 %2315
	store i32 -1, i32* %2316
	%2317 = add i32 %2307, 256
	br label %2306

2318:
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
