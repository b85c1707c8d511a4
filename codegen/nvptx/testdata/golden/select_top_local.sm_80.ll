; toplocal
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@toplocal_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@toplocal_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@toplocal_select1_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@toplocal_select1_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@toplocal_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@toplocal_select1_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@toplocal_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@toplocal_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@toplocal_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@toplocal_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@toplocal_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@toplocal_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@toplocal_scores0_a = internal addrspace(3) global [1088 x float] undef, align 16
@toplocal_scores0_b = internal addrspace(3) global [1088 x float] undef, align 16
@toplocal_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024

define ptx_kernel void @toplocal_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
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
	%154 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 %151
	br i1 %153, label %224, label %225

155:
	%156 = bitcast float %139 to i32
	%157 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %24
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
	%166 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %28
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
	%175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %32
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
	%184 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %36
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
	%193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %40
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
	%202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %44
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
	%211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %48
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
	%220 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %52
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
	%226 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 0
	%227 = load float, float addrspace(3)* %226
	%228 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 1
	%229 = load float, float addrspace(3)* %228
	%230 = call float @llvm.nvvm.fmax.f(float %227, float %229)
	%231 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 2
	%232 = load float, float addrspace(3)* %231
	%233 = call float @llvm.nvvm.fmax.f(float %230, float %232)
	%234 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 3
	%235 = load float, float addrspace(3)* %234
	%236 = call float @llvm.nvvm.fmax.f(float %233, float %235)
	%237 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 4
	%238 = load float, float addrspace(3)* %237
	%239 = call float @llvm.nvvm.fmax.f(float %236, float %238)
	%240 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 5
	%241 = load float, float addrspace(3)* %240
	%242 = call float @llvm.nvvm.fmax.f(float %239, float %241)
	%243 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 6
	%244 = load float, float addrspace(3)* %243
	%245 = call float @llvm.nvvm.fmax.f(float %242, float %244)
	%246 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 7
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
	%256 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %252
	%257 = load i32, i32 addrspace(3)* %256
	%258 = bitcast i32 %257 to float
	%259 = fcmp one float %258, 0xFFF0000000000000
	%260 = fsub float %258, %250
	%261 = call float @llvm.nvvm.ex2.approx.ftz.f(float %260)
	%262 = select i1 %259, float %261, float -1.0
	%263 = bitcast float %262 to i32
	%264 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %252
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
	%282 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 %279
	br i1 %281, label %283, label %284

283:
	store float %278, float addrspace(3)* %282
	br label %284

284:
	call void @llvm.nvvm.barrier0()
	%285 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 0
	%286 = load float, float addrspace(3)* %285
	%287 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 1
	%288 = load float, float addrspace(3)* %287
	%289 = fadd float %286, %288
	%290 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 2
	%291 = load float, float addrspace(3)* %290
	%292 = fadd float %289, %291
	%293 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 3
	%294 = load float, float addrspace(3)* %293
	%295 = fadd float %292, %294
	%296 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 4
	%297 = load float, float addrspace(3)* %296
	%298 = fadd float %295, %297
	%299 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 5
	%300 = load float, float addrspace(3)* %299
	%301 = fadd float %298, %300
	%302 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 6
	%303 = load float, float addrspace(3)* %302
	%304 = fadd float %301, %303
	%305 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 7
	%306 = load float, float addrspace(3)* %305
	%307 = fadd float %304, %306
	%308 = fdiv float 1.0, %307
	%309 = mul i32 %1, 128
	%310 = add i32 %309, %off
	%311 = add i32 %1, 1
	%312 = mul i32 %311, 128
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
	%334 = phi i32 [ %0, %284 ], [ %379, %364 ]
	%335 = phi float [ 0.0, %284 ], [ %378, %364 ]
	%336 = icmp slt i32 %334, %16
	br i1 %336, label %337, label %345

337:
	%338 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %334
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
	%359 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 %356
	br i1 %358, label %380, label %381

360:
	%361 = add i32 %11, %334
	%362 = sext i32 %361 to i64
	%363 = getelementptr float, float* %e, i64 %362
	store float %343, float* %363
	br label %364

364:
	%365 = icmp eq i32 %334, 0
	%366 = or i1 false, %365
	%367 = sub i32 %324, 2
	%368 = icmp sge i32 %334, %367
	%369 = icmp slt i32 %334, %324
	%370 = and i1 %368, %369
	%371 = or i1 %366, %370
	%372 = bitcast float %343 to i32
	%373 = add i32 %372, 2
	%374 = select i1 %371, i32 1, i32 %373
	%375 = select i1 %341, i32 %374, i32 0
	%376 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %334
	store i32 %375, i32 addrspace(3)* %376
	%377 = uitofp i1 %341 to float
	%378 = fadd float %335, %377
	%379 = add i32 %334, 256
	br label %333

380:
	store float %355, float addrspace(3)* %359
	br label %381

381:
	call void @llvm.nvvm.barrier0()
	%382 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 0
	%383 = load float, float addrspace(3)* %382
	%384 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 1
	%385 = load float, float addrspace(3)* %384
	%386 = fadd float %383, %385
	%387 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 2
	%388 = load float, float addrspace(3)* %387
	%389 = fadd float %386, %388
	%390 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 3
	%391 = load float, float addrspace(3)* %390
	%392 = fadd float %389, %391
	%393 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 4
	%394 = load float, float addrspace(3)* %393
	%395 = fadd float %392, %394
	%396 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 5
	%397 = load float, float addrspace(3)* %396
	%398 = fadd float %395, %397
	%399 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 6
	%400 = load float, float addrspace(3)* %399
	%401 = fadd float %398, %400
	%402 = getelementptr [32 x float], [32 x float] addrspace(3)* @toplocal_select1_red, i32 0, i32 7
	%403 = load float, float addrspace(3)* %402
	%404 = fadd float %401, %403
	%405 = fptosi float %404 to i32
	%406 = icmp eq i32 %0, 0
	br i1 %406, label %407, label %411

407:
	%408 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 0
	%409 = load i32, i32 addrspace(3)* %408
	%410 = icmp eq i32 %409, 1
	br i1 %410, label %423, label %431

411:
	call void @llvm.nvvm.barrier0()
	%412 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @toplocal_select1_cnt, i32 0, i32 0
	%413 = load i32, i32 addrspace(3)* %412
	%414 = sub i32 %405, %413
	%415 = sub i32 8, %413
	%416 = icmp sgt i32 %415, 0
	%417 = select i1 %416, i32 %415, i32 0
	%418 = icmp slt i32 %417, %414
	%419 = select i1 %418, i32 %417, i32 %414
	%420 = icmp sgt i32 %419, 0
	%421 = select i1 %420, i32 %419, i32 0
	%422 = icmp sgt i32 %421, 0
	br i1 %422, label %topk, label %topk_done

423:
	%424 = add i32 %13, 0
	%425 = sext i32 %424 to i64
	%426 = getelementptr i32, i32* %list, i64 %425
	store i32 0, i32* %426
	%427 = add i32 %13, %NK
	%428 = add i32 %427, 0
	%429 = sext i32 %428 to i64
	%430 = getelementptr i32, i32* %list, i64 %429
	store i32 1, i32* %430
	br label %431

431:
	%432 = add i32 %11, 0
	%433 = sext i32 %432 to i64
	%434 = getelementptr float, float* %e, i64 %433
	%435 = load float, float* %434
	%436 = add i32 0, 1
	%437 = select i1 %410, i32 %436, i32 0
	%438 = fpext float %435 to double
	%439 = fadd double 0.0, %438
	%440 = select i1 %410, double %439, double 0.0
	%441 = sub i32 %324, 2
	%442 = icmp sgt i32 %441, 1
	%443 = select i1 %442, i32 %441, i32 1
	%444 = add i32 %332, 1
	%445 = icmp slt i32 %444, %NK
	%446 = select i1 %445, i32 %444, i32 %NK
	br label %447

447:
	%448 = phi i32 [ %443, %431 ], [ %477, %467 ]
	%449 = phi i32 [ %437, %431 ], [ %473, %467 ]
	%450 = phi double [ %440, %431 ], [ %476, %467 ]
	%451 = icmp slt i32 %448, %446
	br i1 %451, label %452, label %456

452:
	%453 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %448
	%454 = load i32, i32 addrspace(3)* %453
	%455 = icmp eq i32 %454, 1
	br i1 %455, label %459, label %467

456:
	%457 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @toplocal_select1_cnt, i32 0, i32 0
	store i32 %449, i32 addrspace(3)* %457
	%458 = getelementptr [1 x double], [1 x double] addrspace(3)* @toplocal_select1_mass, i32 0, i32 0
	store double %450, double addrspace(3)* %458
	br label %411

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

topk:
	call void @llvm.nvvm.barrier0()
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %478
	call void @llvm.nvvm.barrier0()
	br label %481

topk_done:
	%479 = icmp slt i32 %0, %421
	%480 = icmp sle i32 %421, 256
	br i1 %480, label %write_rank, label %write_sort

481:
	%482 = phi i32 [ %0, %topk ], [ %533, %532 ]
	%483 = icmp slt i32 %482, %16
	br i1 %483, label %484, label %500

484:
	%485 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %482
	%486 = load i32, i32 addrspace(3)* %485
	%487 = icmp uge i32 %486, 2
	%488 = and i32 %486, 0
	%489 = icmp eq i32 %488, 0
	%490 = and i1 %487, %489
	%491 = lshr i32 %486, 24
	%492 = and i32 %491, 255
	%493 = select i1 %490, i32 %492, i32 256
	%494 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %493)
	%495 = shl i32 1, %3
	%496 = sub i32 %495, 1
	%497 = and i32 %494, %496
	%498 = icmp eq i32 %497, 0
	%499 = and i1 %490, %498
	br i1 %499, label %528, label %532

500:
	call void @llvm.nvvm.barrier0()
	%501 = sub i32 255, %0
	%502 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %501
	%503 = load i32, i32 addrspace(3)* %502
	%504 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %504
	%505 = and i32 %0, 31
	%506 = lshr i32 %0, 5
	%507 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %503, i32 1, i32 0)
	%508 = icmp uge i32 %505, 1
	%509 = select i1 %508, i32 %507, i32 0
	%510 = add i32 %503, %509
	%511 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %510, i32 2, i32 0)
	%512 = icmp uge i32 %505, 2
	%513 = select i1 %512, i32 %511, i32 0
	%514 = add i32 %510, %513
	%515 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %514, i32 4, i32 0)
	%516 = icmp uge i32 %505, 4
	%517 = select i1 %516, i32 %515, i32 0
	%518 = add i32 %514, %517
	%519 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %518, i32 8, i32 0)
	%520 = icmp uge i32 %505, 8
	%521 = select i1 %520, i32 %519, i32 0
	%522 = add i32 %518, %521
	%523 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %522, i32 16, i32 0)
	%524 = icmp uge i32 %505, 16
	%525 = select i1 %524, i32 %523, i32 0
	%526 = add i32 %522, %525
	%527 = icmp eq i32 %505, 31
	br i1 %527, label %534, label %536

528:
	%529 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %492
	%530 = call i32 @llvm.ctpop.i32(i32 %494)
	%531 = atomicrmw add i32 addrspace(3)* %529, i32 %530 monotonic
	br label %532

532:
	%533 = add i32 %482, 256
	br label %481

534:
	%535 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 %506
	store i32 %526, i32 addrspace(3)* %535
	br label %536

536:
	call void @llvm.nvvm.barrier0()
	%537 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 0
	%538 = load i32, i32 addrspace(3)* %537
	%539 = icmp sgt i32 %506, 0
	%540 = select i1 %539, i32 %538, i32 0
	%541 = add i32 0, %540
	%542 = add i32 0, %538
	%543 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 1
	%544 = load i32, i32 addrspace(3)* %543
	%545 = icmp sgt i32 %506, 1
	%546 = select i1 %545, i32 %544, i32 0
	%547 = add i32 %541, %546
	%548 = add i32 %542, %544
	%549 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 2
	%550 = load i32, i32 addrspace(3)* %549
	%551 = icmp sgt i32 %506, 2
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 %547, %552
	%554 = add i32 %548, %550
	%555 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 3
	%556 = load i32, i32 addrspace(3)* %555
	%557 = icmp sgt i32 %506, 3
	%558 = select i1 %557, i32 %556, i32 0
	%559 = add i32 %553, %558
	%560 = add i32 %554, %556
	%561 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 4
	%562 = load i32, i32 addrspace(3)* %561
	%563 = icmp sgt i32 %506, 4
	%564 = select i1 %563, i32 %562, i32 0
	%565 = add i32 %559, %564
	%566 = add i32 %560, %562
	%567 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 5
	%568 = load i32, i32 addrspace(3)* %567
	%569 = icmp sgt i32 %506, 5
	%570 = select i1 %569, i32 %568, i32 0
	%571 = add i32 %565, %570
	%572 = add i32 %566, %568
	%573 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 6
	%574 = load i32, i32 addrspace(3)* %573
	%575 = icmp sgt i32 %506, 6
	%576 = select i1 %575, i32 %574, i32 0
	%577 = add i32 %571, %576
	%578 = add i32 %572, %574
	%579 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 7
	%580 = load i32, i32 addrspace(3)* %579
	%581 = icmp sgt i32 %506, 7
	%582 = select i1 %581, i32 %580, i32 0
	%583 = add i32 %577, %582
	%584 = add i32 %578, %580
	%585 = add i32 %583, %526
	%586 = sub i32 %585, %503
	%587 = icmp slt i32 %586, %421
	%588 = add i32 %586, %503
	%589 = icmp sle i32 %421, %588
	%590 = and i1 %587, %589
	br i1 %590, label %591, label %594

591:
	%592 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	store i32 %501, i32 addrspace(3)* %592
	%593 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	store i32 %586, i32 addrspace(3)* %593
	br label %594

594:
	call void @llvm.nvvm.barrier0()
	%595 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	%596 = load i32, i32 addrspace(3)* %595
	%597 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	%598 = load i32, i32 addrspace(3)* %597
	%599 = sub i32 %421, %598
	%600 = shl i32 %596, 24
	%601 = or i32 0, %600
	%602 = or i32 0, u0xFF000000
	br label %603

603:
	%604 = phi i32 [ %0, %594 ], [ %655, %654 ]
	%605 = icmp slt i32 %604, %16
	br i1 %605, label %606, label %622

606:
	%607 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %604
	%608 = load i32, i32 addrspace(3)* %607
	%609 = icmp uge i32 %608, 2
	%610 = and i32 %608, %602
	%611 = icmp eq i32 %610, %601
	%612 = and i1 %609, %611
	%613 = lshr i32 %608, 16
	%614 = and i32 %613, 255
	%615 = select i1 %612, i32 %614, i32 256
	%616 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %615)
	%617 = shl i32 1, %3
	%618 = sub i32 %617, 1
	%619 = and i32 %616, %618
	%620 = icmp eq i32 %619, 0
	%621 = and i1 %612, %620
	br i1 %621, label %650, label %654

622:
	call void @llvm.nvvm.barrier0()
	%623 = sub i32 255, %0
	%624 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist2, i32 0, i32 %623
	%625 = load i32, i32 addrspace(3)* %624
	%626 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %626
	%627 = and i32 %0, 31
	%628 = lshr i32 %0, 5
	%629 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %625, i32 1, i32 0)
	%630 = icmp uge i32 %627, 1
	%631 = select i1 %630, i32 %629, i32 0
	%632 = add i32 %625, %631
	%633 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %632, i32 2, i32 0)
	%634 = icmp uge i32 %627, 2
	%635 = select i1 %634, i32 %633, i32 0
	%636 = add i32 %632, %635
	%637 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %636, i32 4, i32 0)
	%638 = icmp uge i32 %627, 4
	%639 = select i1 %638, i32 %637, i32 0
	%640 = add i32 %636, %639
	%641 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %640, i32 8, i32 0)
	%642 = icmp uge i32 %627, 8
	%643 = select i1 %642, i32 %641, i32 0
	%644 = add i32 %640, %643
	%645 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %644, i32 16, i32 0)
	%646 = icmp uge i32 %627, 16
	%647 = select i1 %646, i32 %645, i32 0
	%648 = add i32 %644, %647
	%649 = icmp eq i32 %627, 31
	br i1 %649, label %656, label %658

650:
	%651 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist2, i32 0, i32 %614
	%652 = call i32 @llvm.ctpop.i32(i32 %616)
	%653 = atomicrmw add i32 addrspace(3)* %651, i32 %652 monotonic
	br label %654

654:
	%655 = add i32 %604, 256
	br label %603

656:
	%657 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 %628
	store i32 %648, i32 addrspace(3)* %657
	br label %658

658:
	call void @llvm.nvvm.barrier0()
	%659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 0
	%660 = load i32, i32 addrspace(3)* %659
	%661 = icmp sgt i32 %628, 0
	%662 = select i1 %661, i32 %660, i32 0
	%663 = add i32 0, %662
	%664 = add i32 0, %660
	%665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 1
	%666 = load i32, i32 addrspace(3)* %665
	%667 = icmp sgt i32 %628, 1
	%668 = select i1 %667, i32 %666, i32 0
	%669 = add i32 %663, %668
	%670 = add i32 %664, %666
	%671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 2
	%672 = load i32, i32 addrspace(3)* %671
	%673 = icmp sgt i32 %628, 2
	%674 = select i1 %673, i32 %672, i32 0
	%675 = add i32 %669, %674
	%676 = add i32 %670, %672
	%677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 3
	%678 = load i32, i32 addrspace(3)* %677
	%679 = icmp sgt i32 %628, 3
	%680 = select i1 %679, i32 %678, i32 0
	%681 = add i32 %675, %680
	%682 = add i32 %676, %678
	%683 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 4
	%684 = load i32, i32 addrspace(3)* %683
	%685 = icmp sgt i32 %628, 4
	%686 = select i1 %685, i32 %684, i32 0
	%687 = add i32 %681, %686
	%688 = add i32 %682, %684
	%689 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 5
	%690 = load i32, i32 addrspace(3)* %689
	%691 = icmp sgt i32 %628, 5
	%692 = select i1 %691, i32 %690, i32 0
	%693 = add i32 %687, %692
	%694 = add i32 %688, %690
	%695 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 6
	%696 = load i32, i32 addrspace(3)* %695
	%697 = icmp sgt i32 %628, 6
	%698 = select i1 %697, i32 %696, i32 0
	%699 = add i32 %693, %698
	%700 = add i32 %694, %696
	%701 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 7
	%702 = load i32, i32 addrspace(3)* %701
	%703 = icmp sgt i32 %628, 7
	%704 = select i1 %703, i32 %702, i32 0
	%705 = add i32 %699, %704
	%706 = add i32 %700, %702
	%707 = add i32 %705, %648
	%708 = sub i32 %707, %625
	%709 = icmp slt i32 %708, %599
	%710 = add i32 %708, %625
	%711 = icmp sle i32 %599, %710
	%712 = and i1 %709, %711
	br i1 %712, label %713, label %716

713:
	%714 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	store i32 %623, i32 addrspace(3)* %714
	%715 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	store i32 %708, i32 addrspace(3)* %715
	br label %716

716:
	call void @llvm.nvvm.barrier0()
	%717 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	%718 = load i32, i32 addrspace(3)* %717
	%719 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	%720 = load i32, i32 addrspace(3)* %719
	%721 = sub i32 %599, %720
	%722 = shl i32 %718, 16
	%723 = or i32 %601, %722
	%724 = or i32 %602, u0xFF0000
	br label %725

725:
	%726 = phi i32 [ %0, %716 ], [ %777, %776 ]
	%727 = icmp slt i32 %726, %16
	br i1 %727, label %728, label %744

728:
	%729 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %726
	%730 = load i32, i32 addrspace(3)* %729
	%731 = icmp uge i32 %730, 2
	%732 = and i32 %730, %724
	%733 = icmp eq i32 %732, %723
	%734 = and i1 %731, %733
	%735 = lshr i32 %730, 8
	%736 = and i32 %735, 255
	%737 = select i1 %734, i32 %736, i32 256
	%738 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %737)
	%739 = shl i32 1, %3
	%740 = sub i32 %739, 1
	%741 = and i32 %738, %740
	%742 = icmp eq i32 %741, 0
	%743 = and i1 %734, %742
	br i1 %743, label %772, label %776

744:
	call void @llvm.nvvm.barrier0()
	%745 = sub i32 255, %0
	%746 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %745
	%747 = load i32, i32 addrspace(3)* %746
	%748 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %748
	%749 = and i32 %0, 31
	%750 = lshr i32 %0, 5
	%751 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %747, i32 1, i32 0)
	%752 = icmp uge i32 %749, 1
	%753 = select i1 %752, i32 %751, i32 0
	%754 = add i32 %747, %753
	%755 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %754, i32 2, i32 0)
	%756 = icmp uge i32 %749, 2
	%757 = select i1 %756, i32 %755, i32 0
	%758 = add i32 %754, %757
	%759 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %758, i32 4, i32 0)
	%760 = icmp uge i32 %749, 4
	%761 = select i1 %760, i32 %759, i32 0
	%762 = add i32 %758, %761
	%763 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %762, i32 8, i32 0)
	%764 = icmp uge i32 %749, 8
	%765 = select i1 %764, i32 %763, i32 0
	%766 = add i32 %762, %765
	%767 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %766, i32 16, i32 0)
	%768 = icmp uge i32 %749, 16
	%769 = select i1 %768, i32 %767, i32 0
	%770 = add i32 %766, %769
	%771 = icmp eq i32 %749, 31
	br i1 %771, label %778, label %780

772:
	%773 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %736
	%774 = call i32 @llvm.ctpop.i32(i32 %738)
	%775 = atomicrmw add i32 addrspace(3)* %773, i32 %774 monotonic
	br label %776

776:
	%777 = add i32 %726, 256
	br label %725

778:
	%779 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 %750
	store i32 %770, i32 addrspace(3)* %779
	br label %780

780:
	call void @llvm.nvvm.barrier0()
	%781 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 0
	%782 = load i32, i32 addrspace(3)* %781
	%783 = icmp sgt i32 %750, 0
	%784 = select i1 %783, i32 %782, i32 0
	%785 = add i32 0, %784
	%786 = add i32 0, %782
	%787 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 1
	%788 = load i32, i32 addrspace(3)* %787
	%789 = icmp sgt i32 %750, 1
	%790 = select i1 %789, i32 %788, i32 0
	%791 = add i32 %785, %790
	%792 = add i32 %786, %788
	%793 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 2
	%794 = load i32, i32 addrspace(3)* %793
	%795 = icmp sgt i32 %750, 2
	%796 = select i1 %795, i32 %794, i32 0
	%797 = add i32 %791, %796
	%798 = add i32 %792, %794
	%799 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 3
	%800 = load i32, i32 addrspace(3)* %799
	%801 = icmp sgt i32 %750, 3
	%802 = select i1 %801, i32 %800, i32 0
	%803 = add i32 %797, %802
	%804 = add i32 %798, %800
	%805 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 4
	%806 = load i32, i32 addrspace(3)* %805
	%807 = icmp sgt i32 %750, 4
	%808 = select i1 %807, i32 %806, i32 0
	%809 = add i32 %803, %808
	%810 = add i32 %804, %806
	%811 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 5
	%812 = load i32, i32 addrspace(3)* %811
	%813 = icmp sgt i32 %750, 5
	%814 = select i1 %813, i32 %812, i32 0
	%815 = add i32 %809, %814
	%816 = add i32 %810, %812
	%817 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 6
	%818 = load i32, i32 addrspace(3)* %817
	%819 = icmp sgt i32 %750, 6
	%820 = select i1 %819, i32 %818, i32 0
	%821 = add i32 %815, %820
	%822 = add i32 %816, %818
	%823 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 7
	%824 = load i32, i32 addrspace(3)* %823
	%825 = icmp sgt i32 %750, 7
	%826 = select i1 %825, i32 %824, i32 0
	%827 = add i32 %821, %826
	%828 = add i32 %822, %824
	%829 = add i32 %827, %770
	%830 = sub i32 %829, %747
	%831 = icmp slt i32 %830, %721
	%832 = add i32 %830, %747
	%833 = icmp sle i32 %721, %832
	%834 = and i1 %831, %833
	br i1 %834, label %835, label %838

835:
	%836 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	store i32 %745, i32 addrspace(3)* %836
	%837 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	store i32 %830, i32 addrspace(3)* %837
	br label %838

838:
	call void @llvm.nvvm.barrier0()
	%839 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	%840 = load i32, i32 addrspace(3)* %839
	%841 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	%842 = load i32, i32 addrspace(3)* %841
	%843 = sub i32 %721, %842
	%844 = shl i32 %840, 8
	%845 = or i32 %723, %844
	%846 = or i32 %724, u0xFF00
	br label %847

847:
	%848 = phi i32 [ %0, %838 ], [ %899, %898 ]
	%849 = icmp slt i32 %848, %16
	br i1 %849, label %850, label %866

850:
	%851 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %848
	%852 = load i32, i32 addrspace(3)* %851
	%853 = icmp uge i32 %852, 2
	%854 = and i32 %852, %846
	%855 = icmp eq i32 %854, %845
	%856 = and i1 %853, %855
	%857 = lshr i32 %852, 0
	%858 = and i32 %857, 255
	%859 = select i1 %856, i32 %858, i32 256
	%860 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %859)
	%861 = shl i32 1, %3
	%862 = sub i32 %861, 1
	%863 = and i32 %860, %862
	%864 = icmp eq i32 %863, 0
	%865 = and i1 %856, %864
	br i1 %865, label %894, label %898

866:
	call void @llvm.nvvm.barrier0()
	%867 = sub i32 255, %0
	%868 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist2, i32 0, i32 %867
	%869 = load i32, i32 addrspace(3)* %868
	%870 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %870
	%871 = and i32 %0, 31
	%872 = lshr i32 %0, 5
	%873 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %869, i32 1, i32 0)
	%874 = icmp uge i32 %871, 1
	%875 = select i1 %874, i32 %873, i32 0
	%876 = add i32 %869, %875
	%877 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %876, i32 2, i32 0)
	%878 = icmp uge i32 %871, 2
	%879 = select i1 %878, i32 %877, i32 0
	%880 = add i32 %876, %879
	%881 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %880, i32 4, i32 0)
	%882 = icmp uge i32 %871, 4
	%883 = select i1 %882, i32 %881, i32 0
	%884 = add i32 %880, %883
	%885 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %884, i32 8, i32 0)
	%886 = icmp uge i32 %871, 8
	%887 = select i1 %886, i32 %885, i32 0
	%888 = add i32 %884, %887
	%889 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %888, i32 16, i32 0)
	%890 = icmp uge i32 %871, 16
	%891 = select i1 %890, i32 %889, i32 0
	%892 = add i32 %888, %891
	%893 = icmp eq i32 %871, 31
	br i1 %893, label %900, label %902

894:
	%895 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist2, i32 0, i32 %858
	%896 = call i32 @llvm.ctpop.i32(i32 %860)
	%897 = atomicrmw add i32 addrspace(3)* %895, i32 %896 monotonic
	br label %898

898:
	%899 = add i32 %848, 256
	br label %847

900:
	%901 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 %872
	store i32 %892, i32 addrspace(3)* %901
	br label %902

902:
	call void @llvm.nvvm.barrier0()
	%903 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 0
	%904 = load i32, i32 addrspace(3)* %903
	%905 = icmp sgt i32 %872, 0
	%906 = select i1 %905, i32 %904, i32 0
	%907 = add i32 0, %906
	%908 = add i32 0, %904
	%909 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 1
	%910 = load i32, i32 addrspace(3)* %909
	%911 = icmp sgt i32 %872, 1
	%912 = select i1 %911, i32 %910, i32 0
	%913 = add i32 %907, %912
	%914 = add i32 %908, %910
	%915 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 2
	%916 = load i32, i32 addrspace(3)* %915
	%917 = icmp sgt i32 %872, 2
	%918 = select i1 %917, i32 %916, i32 0
	%919 = add i32 %913, %918
	%920 = add i32 %914, %916
	%921 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 3
	%922 = load i32, i32 addrspace(3)* %921
	%923 = icmp sgt i32 %872, 3
	%924 = select i1 %923, i32 %922, i32 0
	%925 = add i32 %919, %924
	%926 = add i32 %920, %922
	%927 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 4
	%928 = load i32, i32 addrspace(3)* %927
	%929 = icmp sgt i32 %872, 4
	%930 = select i1 %929, i32 %928, i32 0
	%931 = add i32 %925, %930
	%932 = add i32 %926, %928
	%933 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 5
	%934 = load i32, i32 addrspace(3)* %933
	%935 = icmp sgt i32 %872, 5
	%936 = select i1 %935, i32 %934, i32 0
	%937 = add i32 %931, %936
	%938 = add i32 %932, %934
	%939 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 6
	%940 = load i32, i32 addrspace(3)* %939
	%941 = icmp sgt i32 %872, 6
	%942 = select i1 %941, i32 %940, i32 0
	%943 = add i32 %937, %942
	%944 = add i32 %938, %940
	%945 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 7
	%946 = load i32, i32 addrspace(3)* %945
	%947 = icmp sgt i32 %872, 7
	%948 = select i1 %947, i32 %946, i32 0
	%949 = add i32 %943, %948
	%950 = add i32 %944, %946
	%951 = add i32 %949, %892
	%952 = sub i32 %951, %869
	%953 = icmp slt i32 %952, %843
	%954 = add i32 %952, %869
	%955 = icmp sle i32 %843, %954
	%956 = and i1 %953, %955
	br i1 %956, label %957, label %960

957:
	%958 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	store i32 %867, i32 addrspace(3)* %958
	%959 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	store i32 %952, i32 addrspace(3)* %959
	br label %960

960:
	call void @llvm.nvvm.barrier0()
	%961 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 0
	%962 = load i32, i32 addrspace(3)* %961
	%963 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @toplocal_select1_sel, i32 0, i32 1
	%964 = load i32, i32 addrspace(3)* %963
	%965 = sub i32 %843, %964
	%966 = shl i32 %962, 0
	%967 = or i32 %845, %966
	%968 = or i32 %846, 255
	%969 = shl i32 1, %3
	%970 = sub i32 %969, 1
	br label %971

971:
	%972 = phi i32 [ 0, %960 ], [ %1026, %1025 ]
	%973 = icmp slt i32 %972, %16
	br i1 %973, label %974, label %983

974:
	%975 = add i32 %972, %0
	%976 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %975
	%977 = load i32, i32 addrspace(3)* %976
	%978 = icmp ugt i32 %977, %967
	%979 = icmp eq i32 %977, %967
	%980 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %978)
	%981 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %979)
	%982 = icmp eq i32 %3, 0
	br i1 %982, label %1017, label %1025

983:
	call void @llvm.nvvm.barrier0()
	%984 = sdiv i32 %16, 256
	%985 = mul i32 %984, 8
	%986 = icmp slt i32 %0, %985
	%987 = select i1 %986, i32 %0, i32 0
	%988 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @toplocal_select1_cmpg, i32 0, i32 %987
	%989 = load i32, i32 addrspace(3)* %988
	%990 = select i1 %986, i32 %989, i32 0
	%991 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @toplocal_select1_cmpt, i32 0, i32 %987
	%992 = load i32, i32 addrspace(3)* %991
	%993 = select i1 %986, i32 %992, i32 0
	%994 = and i32 %0, 31
	%995 = lshr i32 %0, 5
	%996 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %993, i32 1, i32 0)
	%997 = icmp uge i32 %994, 1
	%998 = select i1 %997, i32 %996, i32 0
	%999 = add i32 %993, %998
	%1000 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %999, i32 2, i32 0)
	%1001 = icmp uge i32 %994, 2
	%1002 = select i1 %1001, i32 %1000, i32 0
	%1003 = add i32 %999, %1002
	%1004 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1003, i32 4, i32 0)
	%1005 = icmp uge i32 %994, 4
	%1006 = select i1 %1005, i32 %1004, i32 0
	%1007 = add i32 %1003, %1006
	%1008 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1007, i32 8, i32 0)
	%1009 = icmp uge i32 %994, 8
	%1010 = select i1 %1009, i32 %1008, i32 0
	%1011 = add i32 %1007, %1010
	%1012 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1011, i32 16, i32 0)
	%1013 = icmp uge i32 %994, 16
	%1014 = select i1 %1013, i32 %1012, i32 0
	%1015 = add i32 %1011, %1014
	%1016 = icmp eq i32 %994, 31
	br i1 %1016, label %1027, label %1029

1017:
	%1018 = sdiv i32 %972, 256
	%1019 = mul i32 %1018, 8
	%1020 = add i32 %1019, %4
	%1021 = call i32 @llvm.ctpop.i32(i32 %980)
	%1022 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @toplocal_select1_cmpg, i32 0, i32 %1020
	store i32 %1021, i32 addrspace(3)* %1022
	%1023 = call i32 @llvm.ctpop.i32(i32 %981)
	%1024 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @toplocal_select1_cmpt, i32 0, i32 %1020
	store i32 %1023, i32 addrspace(3)* %1024
	br label %1025

1025:
	%1026 = add i32 %972, 256
	br label %971

1027:
	%1028 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 %995
	store i32 %1015, i32 addrspace(3)* %1028
	br label %1029

1029:
	call void @llvm.nvvm.barrier0()
	%1030 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 0
	%1031 = load i32, i32 addrspace(3)* %1030
	%1032 = icmp sgt i32 %995, 0
	%1033 = select i1 %1032, i32 %1031, i32 0
	%1034 = add i32 0, %1033
	%1035 = add i32 0, %1031
	%1036 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 1
	%1037 = load i32, i32 addrspace(3)* %1036
	%1038 = icmp sgt i32 %995, 1
	%1039 = select i1 %1038, i32 %1037, i32 0
	%1040 = add i32 %1034, %1039
	%1041 = add i32 %1035, %1037
	%1042 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 2
	%1043 = load i32, i32 addrspace(3)* %1042
	%1044 = icmp sgt i32 %995, 2
	%1045 = select i1 %1044, i32 %1043, i32 0
	%1046 = add i32 %1040, %1045
	%1047 = add i32 %1041, %1043
	%1048 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 3
	%1049 = load i32, i32 addrspace(3)* %1048
	%1050 = icmp sgt i32 %995, 3
	%1051 = select i1 %1050, i32 %1049, i32 0
	%1052 = add i32 %1046, %1051
	%1053 = add i32 %1047, %1049
	%1054 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 4
	%1055 = load i32, i32 addrspace(3)* %1054
	%1056 = icmp sgt i32 %995, 4
	%1057 = select i1 %1056, i32 %1055, i32 0
	%1058 = add i32 %1052, %1057
	%1059 = add i32 %1053, %1055
	%1060 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 5
	%1061 = load i32, i32 addrspace(3)* %1060
	%1062 = icmp sgt i32 %995, 5
	%1063 = select i1 %1062, i32 %1061, i32 0
	%1064 = add i32 %1058, %1063
	%1065 = add i32 %1059, %1061
	%1066 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 6
	%1067 = load i32, i32 addrspace(3)* %1066
	%1068 = icmp sgt i32 %995, 6
	%1069 = select i1 %1068, i32 %1067, i32 0
	%1070 = add i32 %1064, %1069
	%1071 = add i32 %1065, %1067
	%1072 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scana, i32 0, i32 7
	%1073 = load i32, i32 addrspace(3)* %1072
	%1074 = icmp sgt i32 %995, 7
	%1075 = select i1 %1074, i32 %1073, i32 0
	%1076 = add i32 %1070, %1075
	%1077 = add i32 %1071, %1073
	%1078 = add i32 %1076, %1015
	%1079 = sub i32 %1078, %993
	%1080 = sub i32 %965, %1079
	%1081 = icmp sgt i32 %1080, 0
	%1082 = select i1 %1081, i32 %1080, i32 0
	%1083 = icmp slt i32 %1082, %993
	%1084 = select i1 %1083, i32 %1082, i32 %993
	%1085 = add i32 %990, %1084
	%1086 = and i32 %0, 31
	%1087 = lshr i32 %0, 5
	%1088 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1085, i32 1, i32 0)
	%1089 = icmp uge i32 %1086, 1
	%1090 = select i1 %1089, i32 %1088, i32 0
	%1091 = add i32 %1085, %1090
	%1092 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1091, i32 2, i32 0)
	%1093 = icmp uge i32 %1086, 2
	%1094 = select i1 %1093, i32 %1092, i32 0
	%1095 = add i32 %1091, %1094
	%1096 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1095, i32 4, i32 0)
	%1097 = icmp uge i32 %1086, 4
	%1098 = select i1 %1097, i32 %1096, i32 0
	%1099 = add i32 %1095, %1098
	%1100 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1099, i32 8, i32 0)
	%1101 = icmp uge i32 %1086, 8
	%1102 = select i1 %1101, i32 %1100, i32 0
	%1103 = add i32 %1099, %1102
	%1104 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1103, i32 16, i32 0)
	%1105 = icmp uge i32 %1086, 16
	%1106 = select i1 %1105, i32 %1104, i32 0
	%1107 = add i32 %1103, %1106
	%1108 = icmp eq i32 %1086, 31
	br i1 %1108, label %1109, label %1111

1109:
	%1110 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 %1087
	store i32 %1107, i32 addrspace(3)* %1110
	br label %1111

1111:
	call void @llvm.nvvm.barrier0()
	%1112 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 0
	%1113 = load i32, i32 addrspace(3)* %1112
	%1114 = icmp sgt i32 %1087, 0
	%1115 = select i1 %1114, i32 %1113, i32 0
	%1116 = add i32 0, %1115
	%1117 = add i32 0, %1113
	%1118 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 1
	%1119 = load i32, i32 addrspace(3)* %1118
	%1120 = icmp sgt i32 %1087, 1
	%1121 = select i1 %1120, i32 %1119, i32 0
	%1122 = add i32 %1116, %1121
	%1123 = add i32 %1117, %1119
	%1124 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 2
	%1125 = load i32, i32 addrspace(3)* %1124
	%1126 = icmp sgt i32 %1087, 2
	%1127 = select i1 %1126, i32 %1125, i32 0
	%1128 = add i32 %1122, %1127
	%1129 = add i32 %1123, %1125
	%1130 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 3
	%1131 = load i32, i32 addrspace(3)* %1130
	%1132 = icmp sgt i32 %1087, 3
	%1133 = select i1 %1132, i32 %1131, i32 0
	%1134 = add i32 %1128, %1133
	%1135 = add i32 %1129, %1131
	%1136 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 4
	%1137 = load i32, i32 addrspace(3)* %1136
	%1138 = icmp sgt i32 %1087, 4
	%1139 = select i1 %1138, i32 %1137, i32 0
	%1140 = add i32 %1134, %1139
	%1141 = add i32 %1135, %1137
	%1142 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 5
	%1143 = load i32, i32 addrspace(3)* %1142
	%1144 = icmp sgt i32 %1087, 5
	%1145 = select i1 %1144, i32 %1143, i32 0
	%1146 = add i32 %1140, %1145
	%1147 = add i32 %1141, %1143
	%1148 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 6
	%1149 = load i32, i32 addrspace(3)* %1148
	%1150 = icmp sgt i32 %1087, 6
	%1151 = select i1 %1150, i32 %1149, i32 0
	%1152 = add i32 %1146, %1151
	%1153 = add i32 %1147, %1149
	%1154 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @toplocal_select1_scanb, i32 0, i32 7
	%1155 = load i32, i32 addrspace(3)* %1154
	%1156 = icmp sgt i32 %1087, 7
	%1157 = select i1 %1156, i32 %1155, i32 0
	%1158 = add i32 %1152, %1157
	%1159 = add i32 %1153, %1155
	%1160 = add i32 %1158, %1107
	%1161 = sub i32 %1160, %1085
	br i1 %986, label %1162, label %1165

1162:
	%1163 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @toplocal_select1_cmpg, i32 0, i32 %0
	store i32 %1161, i32 addrspace(3)* %1163
	%1164 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @toplocal_select1_cmpt, i32 0, i32 %0
	store i32 %1079, i32 addrspace(3)* %1164
	br label %1165

1165:
	call void @llvm.nvvm.barrier0()
	br label %1166

1166:
	%1167 = phi i32 [ 0, %1165 ], [ %1199, %1198 ]
	%1168 = icmp slt i32 %1167, %16
	br i1 %1168, label %1169, label %1194

1169:
	%1170 = add i32 %1167, %0
	%1171 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %1170
	%1172 = load i32, i32 addrspace(3)* %1171
	%1173 = icmp ugt i32 %1172, %967
	%1174 = icmp eq i32 %1172, %967
	%1175 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1173)
	%1176 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1174)
	%1177 = sdiv i32 %1167, 256
	%1178 = mul i32 %1177, 8
	%1179 = add i32 %1178, %4
	%1180 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @toplocal_select1_cmpt, i32 0, i32 %1179
	%1181 = load i32, i32 addrspace(3)* %1180
	%1182 = and i32 %1176, %970
	%1183 = call i32 @llvm.ctpop.i32(i32 %1182)
	%1184 = add i32 %1181, %1183
	%1185 = icmp slt i32 %1184, %965
	%1186 = and i1 %1174, %1185
	%1187 = or i1 %1173, %1186
	%1188 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1187)
	%1189 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @toplocal_select1_cmpg, i32 0, i32 %1179
	%1190 = load i32, i32 addrspace(3)* %1189
	%1191 = and i32 %1188, %970
	%1192 = call i32 @llvm.ctpop.i32(i32 %1191)
	%1193 = add i32 %1190, %1192
	br i1 %1187, label %1195, label %1198

1194:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1195:
	%1196 = add i32 %1167, %0
	%1197 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %1193
	store i32 %1196, i32 addrspace(3)* %1197
	br label %1198

1198:
	%1199 = add i32 %1167, 256
	br label %1166

write_rank:
	br i1 %479, label %1291, label %1297

write_sort:
	%1200 = sub i32 %421, 1
	%1201 = call i32 @llvm.ctlz.i32(i32 %1200, i1 false)
	%1202 = icmp sgt i32 %421, 1
	%1203 = sub i32 32, %1201
	%1204 = select i1 %1202, i32 %1203, i32 0
	%1205 = shl i32 1, %1204
	%1206 = add i32 %421, %0
	br label %1209

write_done:
	%1207 = add i32 %413, %421
	%1208 = add i32 %1207, %0
	br label %1330

1209:
	%1210 = phi i32 [ %1206, %write_sort ], [ %1214, %1212 ]
	%1211 = icmp slt i32 %1210, %1205
	br i1 %1211, label %1212, label %1215

1212:
	%1213 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %1210
	store i32 -1, i32 addrspace(3)* %1213
	%1214 = add i32 %1210, 256
	br label %1209

1215:
	call void @llvm.nvvm.barrier0()
	%1216 = add i32 %1204, 1
	br label %1217

1217:
	%1218 = phi i32 [ 1, %1215 ], [ %1234, %1233 ]
	%1219 = icmp slt i32 %1218, %1216
	br i1 %1219, label %1220, label %1222

1220:
	%1221 = shl i32 1, %1218
	br label %1223

1222:
	br label %1275

1223:
	%1224 = phi i32 [ 0, %1220 ], [ %1269, %1268 ]
	%1225 = icmp slt i32 %1224, %1218
	br i1 %1225, label %1226, label %1233

1226:
	%1227 = sub i32 %1218, 1
	%1228 = sub i32 %1227, %1224
	%1229 = shl i32 1, %1228
	%1230 = sub i32 %1218, 1
	%1231 = sub i32 %1230, %1224
	%1232 = lshr i32 %1205, 1
	br label %1235

1233:
	%1234 = add i32 %1218, 1
	br label %1217

1235:
	%1236 = phi i32 [ %0, %1226 ], [ %1274, %1273 ]
	%1237 = icmp slt i32 %1236, %1232
	br i1 %1237, label %1238, label %1268

1238:
	%1239 = lshr i32 %1236, %1231
	%1240 = add i32 %1231, 1
	%1241 = shl i32 %1239, %1240
	%1242 = sub i32 %1229, 1
	%1243 = and i32 %1236, %1242
	%1244 = or i32 %1241, %1243
	%1245 = or i32 %1244, %1229
	%1246 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %1244
	%1247 = load i32, i32 addrspace(3)* %1246
	%1248 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %1245
	%1249 = load i32, i32 addrspace(3)* %1248
	%1250 = and i32 %1244, %1221
	%1251 = icmp eq i32 %1250, 0
	%1252 = icmp sge i32 %1249, 0
	%1253 = select i1 %1252, i32 %1249, i32 0
	%1254 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %1253
	%1255 = load i32, i32 addrspace(3)* %1254
	%1256 = select i1 %1252, i32 %1255, i32 0
	%1257 = icmp sge i32 %1247, 0
	%1258 = select i1 %1257, i32 %1247, i32 0
	%1259 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %1258
	%1260 = load i32, i32 addrspace(3)* %1259
	%1261 = select i1 %1257, i32 %1260, i32 0
	%1262 = icmp ugt i32 %1256, %1261
	%1263 = icmp eq i32 %1256, %1261
	%1264 = icmp slt i32 %1249, %1247
	%1265 = and i1 %1263, %1264
	%1266 = or i1 %1262, %1265
	%1267 = icmp eq i1 %1266, %1251
	br i1 %1267, label %1270, label %1273

1268:
	call void @llvm.nvvm.barrier0()
	%1269 = add i32 %1224, 1
	br label %1223

1270:
	%1271 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %1244
	store i32 %1249, i32 addrspace(3)* %1271
	%1272 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %1245
	store i32 %1247, i32 addrspace(3)* %1272
	br label %1273

1273:
	%1274 = add i32 %1236, 256
	br label %1235

1275:
	%1276 = phi i32 [ %0, %1222 ], [ %1289, %1278 ]
	%1277 = icmp slt i32 %1276, %421
	br i1 %1277, label %1278, label %1290

1278:
	%1279 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %1276
	%1280 = load i32, i32 addrspace(3)* %1279
	%1281 = add i32 %413, %1276
	%1282 = add i32 %13, %1281
	%1283 = sext i32 %1282 to i64
	%1284 = getelementptr i32, i32* %list, i64 %1283
	store i32 %1280, i32* %1284
	%1285 = add i32 %13, %NK
	%1286 = add i32 %1285, %1281
	%1287 = sext i32 %1286 to i64
	%1288 = getelementptr i32, i32* %list, i64 %1287
	store i32 0, i32* %1288
	%1289 = add i32 %1276, 256
	br label %1275

1290:
	br label %write_done

1291:
	%1292 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %0
	%1293 = load i32, i32 addrspace(3)* %1292
	%1294 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_x, i32 0, i32 %1293
	%1295 = load i32, i32 addrspace(3)* %1294
	%1296 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist2, i32 0, i32 %0
	store i32 %1295, i32 addrspace(3)* %1296
	br label %1297

1297:
	call void @llvm.nvvm.barrier0()
	br i1 %479, label %1298, label %1303

1298:
	%1299 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %0
	%1300 = load i32, i32 addrspace(3)* %1299
	%1301 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist2, i32 0, i32 %0
	%1302 = load i32, i32 addrspace(3)* %1301
	br label %1304

1303:
	br label %write_done

1304:
	%1305 = phi i32 [ 0, %1298 ], [ %1320, %1308 ]
	%1306 = phi i32 [ 0, %1298 ], [ %1319, %1308 ]
	%1307 = icmp slt i32 %1305, %421
	br i1 %1307, label %1308, label %1321

1308:
	%1309 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @toplocal_select1_hist2, i32 0, i32 %1305
	%1310 = load i32, i32 addrspace(3)* %1309
	%1311 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @toplocal_select1_c, i32 0, i32 %1305
	%1312 = load i32, i32 addrspace(3)* %1311
	%1313 = icmp ugt i32 %1310, %1302
	%1314 = icmp eq i32 %1310, %1302
	%1315 = icmp slt i32 %1312, %1300
	%1316 = and i1 %1314, %1315
	%1317 = or i1 %1313, %1316
	%1318 = zext i1 %1317 to i32
	%1319 = add i32 %1306, %1318
	%1320 = add i32 %1305, 1
	br label %1304

1321:
	%1322 = add i32 %413, %1306
	%1323 = add i32 %13, %1322
	%1324 = sext i32 %1323 to i64
	%1325 = getelementptr i32, i32* %list, i64 %1324
	store i32 %1300, i32* %1325
	%1326 = add i32 %13, %NK
	%1327 = add i32 %1326, %1322
	%1328 = sext i32 %1327 to i64
	%1329 = getelementptr i32, i32* %list, i64 %1328
	store i32 0, i32* %1329
	br label %1303

1330:
	%1331 = phi i32 [ %1208, %write_done ], [ %1341, %1333 ]
	%1332 = icmp slt i32 %1331, %NK
	br i1 %1332, label %1333, label %1342

1333:
	%1334 = add i32 %13, %1331
	%1335 = sext i32 %1334 to i64
	%1336 = getelementptr i32, i32* %list, i64 %1335
	store i32 -1, i32* %1336
	%1337 = add i32 %13, %NK
	%1338 = add i32 %1337, %1331
	%1339 = sext i32 %1338 to i64
	%1340 = getelementptr i32, i32* %list, i64 %1339
	store i32 -1, i32* %1340
	%1341 = add i32 %1331, 256
	br label %1330

1342:
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

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

define ptx_kernel void @toplocal_pool_q0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 128
	%4 = add i32 %3, 128
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 128
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

define ptx_kernel void @toplocal_pool_k0(i16* %x, float* %out, i32 %L, i32 %NT) {
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

define ptx_kernel void @toplocal_scores0(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
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
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_a, i32 0, i32 %283
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
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_b, i32 0, i32 %296
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
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_a, i32 0, i32 %315
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
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_b, i32 0, i32 %328
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
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_a, i32 0, i32 %347
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
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_b, i32 0, i32 %360
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
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_a, i32 0, i32 %379
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
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_b, i32 0, i32 %392
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
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @toplocal_scores0_b, i32 0, i32 %433
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

define ptx_kernel void @toplocal_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @toplocal_attn2_smem to i32
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
	%24 = mul i32 %20, 128
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
	%73 = add i32 %61, 32
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %66, i64 2048
	%76 = select i1 %74, i16* %75, i16* %28
	%77 = add i32 %60, u0x1000
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %61, 64
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %66, i64 u0x1000
	%82 = select i1 %80, i16* %81, i16* %28
	%83 = add i32 %60, u0x2000
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	%85 = add i32 %61, 96
	%86 = icmp slt i32 %85, %M
	%87 = getelementptr i16, i16* %66, i64 6144
	%88 = select i1 %86, i16* %87, i16* %28
	%89 = add i32 %60, 12288
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
	%151 = add i32 %139, 32
	%152 = icmp slt i32 %151, %N
	%153 = getelementptr i16, i16* %144, i64 2048
	%154 = select i1 %152, i16* %153, i16* %32
	%155 = add i32 %138, u0x1000
	%156 = select i1 %152, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %155, i16* %154, i32 %156)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%157 = phi i32 [ 0, %prologue ], [ %1217, %pv ]
	%158 = phi i32 [ %49, %prologue ], [ %1224, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %1492, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1493, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1494, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1495, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1497, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1498, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1499, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1500, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1509, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1510, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1511, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1512, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1514, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1515, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1516, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1517, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1526, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1527, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1528, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1529, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1531, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1532, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1533, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1534, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1543, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1544, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1545, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1546, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1548, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1549, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1550, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1551, %pv ]
	%191 = phi float [ 0xFFF0000000000000, %prologue ], [ %1113, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1164, %pv ]
	%193 = phi float [ 0xFFF0000000000000, %prologue ], [ %1165, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1216, %pv ]
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
	%209 = getelementptr i16, i16* %36, i64 %208
	%210 = add i32 %204, 0
	%211 = icmp slt i32 %210, %N
	%212 = getelementptr i16, i16* %209, i64 0
	%213 = select i1 %211, i16* %212, i16* %36
	%214 = add i32 %203, 0
	%215 = select i1 %211, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %214, i16* %213, i32 %215)
	%216 = add i32 %204, 32
	%217 = icmp slt i32 %216, %N
	%218 = getelementptr i16, i16* %209, i64 2048
	%219 = select i1 %217, i16* %218, i16* %36
	%220 = add i32 %203, u0x1000
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
	%266 = add i32 %233, u0x1000
	%267 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %266)
	%268 = extractvalue { i32, i32, i32, i32 } %267, 0
	%269 = extractvalue { i32, i32, i32, i32 } %267, 1
	%270 = extractvalue { i32, i32, i32, i32 } %267, 2
	%271 = extractvalue { i32, i32, i32, i32 } %267, 3
	%272 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %268, i32 %269, float 0.0, float 0.0, float 0.0, float 0.0)
	%273 = extractvalue { float, float, float, float } %272, 0
	%274 = extractvalue { float, float, float, float } %272, 1
	%275 = extractvalue { float, float, float, float } %272, 2
	%276 = extractvalue { float, float, float, float } %272, 3
	%277 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %270, i32 %271, float 0.0, float 0.0, float 0.0, float 0.0)
	%278 = extractvalue { float, float, float, float } %277, 0
	%279 = extractvalue { float, float, float, float } %277, 1
	%280 = extractvalue { float, float, float, float } %277, 2
	%281 = extractvalue { float, float, float, float } %277, 3
	%282 = add i32 %233, 6144
	%283 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %282)
	%284 = extractvalue { i32, i32, i32, i32 } %283, 0
	%285 = extractvalue { i32, i32, i32, i32 } %283, 1
	%286 = extractvalue { i32, i32, i32, i32 } %283, 2
	%287 = extractvalue { i32, i32, i32, i32 } %283, 3
	%288 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %284, i32 %285, float 0.0, float 0.0, float 0.0, float 0.0)
	%289 = extractvalue { float, float, float, float } %288, 0
	%290 = extractvalue { float, float, float, float } %288, 1
	%291 = extractvalue { float, float, float, float } %288, 2
	%292 = extractvalue { float, float, float, float } %288, 3
	%293 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %286, i32 %287, float 0.0, float 0.0, float 0.0, float 0.0)
	%294 = extractvalue { float, float, float, float } %293, 0
	%295 = extractvalue { float, float, float, float } %293, 1
	%296 = extractvalue { float, float, float, float } %293, 2
	%297 = extractvalue { float, float, float, float } %293, 3
	%298 = xor i32 %232, 32
	%299 = add i32 %298, 0
	%300 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %299)
	%301 = extractvalue { i32, i32, i32, i32 } %300, 0
	%302 = extractvalue { i32, i32, i32, i32 } %300, 1
	%303 = extractvalue { i32, i32, i32, i32 } %300, 2
	%304 = extractvalue { i32, i32, i32, i32 } %300, 3
	%305 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %301, i32 %302, float %241, float %242, float %243, float %244)
	%306 = extractvalue { float, float, float, float } %305, 0
	%307 = extractvalue { float, float, float, float } %305, 1
	%308 = extractvalue { float, float, float, float } %305, 2
	%309 = extractvalue { float, float, float, float } %305, 3
	%310 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %303, i32 %304, float %246, float %247, float %248, float %249)
	%311 = extractvalue { float, float, float, float } %310, 0
	%312 = extractvalue { float, float, float, float } %310, 1
	%313 = extractvalue { float, float, float, float } %310, 2
	%314 = extractvalue { float, float, float, float } %310, 3
	%315 = add i32 %298, 2048
	%316 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %315)
	%317 = extractvalue { i32, i32, i32, i32 } %316, 0
	%318 = extractvalue { i32, i32, i32, i32 } %316, 1
	%319 = extractvalue { i32, i32, i32, i32 } %316, 2
	%320 = extractvalue { i32, i32, i32, i32 } %316, 3
	%321 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %317, i32 %318, float %257, float %258, float %259, float %260)
	%322 = extractvalue { float, float, float, float } %321, 0
	%323 = extractvalue { float, float, float, float } %321, 1
	%324 = extractvalue { float, float, float, float } %321, 2
	%325 = extractvalue { float, float, float, float } %321, 3
	%326 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %319, i32 %320, float %262, float %263, float %264, float %265)
	%327 = extractvalue { float, float, float, float } %326, 0
	%328 = extractvalue { float, float, float, float } %326, 1
	%329 = extractvalue { float, float, float, float } %326, 2
	%330 = extractvalue { float, float, float, float } %326, 3
	%331 = add i32 %298, u0x1000
	%332 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %331)
	%333 = extractvalue { i32, i32, i32, i32 } %332, 0
	%334 = extractvalue { i32, i32, i32, i32 } %332, 1
	%335 = extractvalue { i32, i32, i32, i32 } %332, 2
	%336 = extractvalue { i32, i32, i32, i32 } %332, 3
	%337 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %333, i32 %334, float %273, float %274, float %275, float %276)
	%338 = extractvalue { float, float, float, float } %337, 0
	%339 = extractvalue { float, float, float, float } %337, 1
	%340 = extractvalue { float, float, float, float } %337, 2
	%341 = extractvalue { float, float, float, float } %337, 3
	%342 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %335, i32 %336, float %278, float %279, float %280, float %281)
	%343 = extractvalue { float, float, float, float } %342, 0
	%344 = extractvalue { float, float, float, float } %342, 1
	%345 = extractvalue { float, float, float, float } %342, 2
	%346 = extractvalue { float, float, float, float } %342, 3
	%347 = add i32 %298, 6144
	%348 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %347)
	%349 = extractvalue { i32, i32, i32, i32 } %348, 0
	%350 = extractvalue { i32, i32, i32, i32 } %348, 1
	%351 = extractvalue { i32, i32, i32, i32 } %348, 2
	%352 = extractvalue { i32, i32, i32, i32 } %348, 3
	%353 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %349, i32 %350, float %289, float %290, float %291, float %292)
	%354 = extractvalue { float, float, float, float } %353, 0
	%355 = extractvalue { float, float, float, float } %353, 1
	%356 = extractvalue { float, float, float, float } %353, 2
	%357 = extractvalue { float, float, float, float } %353, 3
	%358 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %351, i32 %352, float %294, float %295, float %296, float %297)
	%359 = extractvalue { float, float, float, float } %358, 0
	%360 = extractvalue { float, float, float, float } %358, 1
	%361 = extractvalue { float, float, float, float } %358, 2
	%362 = extractvalue { float, float, float, float } %358, 3
	%363 = xor i32 %232, 64
	%364 = add i32 %363, 0
	%365 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %364)
	%366 = extractvalue { i32, i32, i32, i32 } %365, 0
	%367 = extractvalue { i32, i32, i32, i32 } %365, 1
	%368 = extractvalue { i32, i32, i32, i32 } %365, 2
	%369 = extractvalue { i32, i32, i32, i32 } %365, 3
	%370 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %366, i32 %367, float %306, float %307, float %308, float %309)
	%371 = extractvalue { float, float, float, float } %370, 0
	%372 = extractvalue { float, float, float, float } %370, 1
	%373 = extractvalue { float, float, float, float } %370, 2
	%374 = extractvalue { float, float, float, float } %370, 3
	%375 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %368, i32 %369, float %311, float %312, float %313, float %314)
	%376 = extractvalue { float, float, float, float } %375, 0
	%377 = extractvalue { float, float, float, float } %375, 1
	%378 = extractvalue { float, float, float, float } %375, 2
	%379 = extractvalue { float, float, float, float } %375, 3
	%380 = add i32 %363, 2048
	%381 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %380)
	%382 = extractvalue { i32, i32, i32, i32 } %381, 0
	%383 = extractvalue { i32, i32, i32, i32 } %381, 1
	%384 = extractvalue { i32, i32, i32, i32 } %381, 2
	%385 = extractvalue { i32, i32, i32, i32 } %381, 3
	%386 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %382, i32 %383, float %322, float %323, float %324, float %325)
	%387 = extractvalue { float, float, float, float } %386, 0
	%388 = extractvalue { float, float, float, float } %386, 1
	%389 = extractvalue { float, float, float, float } %386, 2
	%390 = extractvalue { float, float, float, float } %386, 3
	%391 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %384, i32 %385, float %327, float %328, float %329, float %330)
	%392 = extractvalue { float, float, float, float } %391, 0
	%393 = extractvalue { float, float, float, float } %391, 1
	%394 = extractvalue { float, float, float, float } %391, 2
	%395 = extractvalue { float, float, float, float } %391, 3
	%396 = add i32 %363, u0x1000
	%397 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %396)
	%398 = extractvalue { i32, i32, i32, i32 } %397, 0
	%399 = extractvalue { i32, i32, i32, i32 } %397, 1
	%400 = extractvalue { i32, i32, i32, i32 } %397, 2
	%401 = extractvalue { i32, i32, i32, i32 } %397, 3
	%402 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %398, i32 %399, float %338, float %339, float %340, float %341)
	%403 = extractvalue { float, float, float, float } %402, 0
	%404 = extractvalue { float, float, float, float } %402, 1
	%405 = extractvalue { float, float, float, float } %402, 2
	%406 = extractvalue { float, float, float, float } %402, 3
	%407 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %400, i32 %401, float %343, float %344, float %345, float %346)
	%408 = extractvalue { float, float, float, float } %407, 0
	%409 = extractvalue { float, float, float, float } %407, 1
	%410 = extractvalue { float, float, float, float } %407, 2
	%411 = extractvalue { float, float, float, float } %407, 3
	%412 = add i32 %363, 6144
	%413 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %412)
	%414 = extractvalue { i32, i32, i32, i32 } %413, 0
	%415 = extractvalue { i32, i32, i32, i32 } %413, 1
	%416 = extractvalue { i32, i32, i32, i32 } %413, 2
	%417 = extractvalue { i32, i32, i32, i32 } %413, 3
	%418 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %414, i32 %415, float %354, float %355, float %356, float %357)
	%419 = extractvalue { float, float, float, float } %418, 0
	%420 = extractvalue { float, float, float, float } %418, 1
	%421 = extractvalue { float, float, float, float } %418, 2
	%422 = extractvalue { float, float, float, float } %418, 3
	%423 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %416, i32 %417, float %359, float %360, float %361, float %362)
	%424 = extractvalue { float, float, float, float } %423, 0
	%425 = extractvalue { float, float, float, float } %423, 1
	%426 = extractvalue { float, float, float, float } %423, 2
	%427 = extractvalue { float, float, float, float } %423, 3
	%428 = xor i32 %232, 96
	%429 = add i32 %428, 0
	%430 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %429)
	%431 = extractvalue { i32, i32, i32, i32 } %430, 0
	%432 = extractvalue { i32, i32, i32, i32 } %430, 1
	%433 = extractvalue { i32, i32, i32, i32 } %430, 2
	%434 = extractvalue { i32, i32, i32, i32 } %430, 3
	%435 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %431, i32 %432, float %371, float %372, float %373, float %374)
	%436 = extractvalue { float, float, float, float } %435, 0
	%437 = extractvalue { float, float, float, float } %435, 1
	%438 = extractvalue { float, float, float, float } %435, 2
	%439 = extractvalue { float, float, float, float } %435, 3
	%440 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %433, i32 %434, float %376, float %377, float %378, float %379)
	%441 = extractvalue { float, float, float, float } %440, 0
	%442 = extractvalue { float, float, float, float } %440, 1
	%443 = extractvalue { float, float, float, float } %440, 2
	%444 = extractvalue { float, float, float, float } %440, 3
	%445 = add i32 %428, 2048
	%446 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %445)
	%447 = extractvalue { i32, i32, i32, i32 } %446, 0
	%448 = extractvalue { i32, i32, i32, i32 } %446, 1
	%449 = extractvalue { i32, i32, i32, i32 } %446, 2
	%450 = extractvalue { i32, i32, i32, i32 } %446, 3
	%451 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %447, i32 %448, float %387, float %388, float %389, float %390)
	%452 = extractvalue { float, float, float, float } %451, 0
	%453 = extractvalue { float, float, float, float } %451, 1
	%454 = extractvalue { float, float, float, float } %451, 2
	%455 = extractvalue { float, float, float, float } %451, 3
	%456 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %449, i32 %450, float %392, float %393, float %394, float %395)
	%457 = extractvalue { float, float, float, float } %456, 0
	%458 = extractvalue { float, float, float, float } %456, 1
	%459 = extractvalue { float, float, float, float } %456, 2
	%460 = extractvalue { float, float, float, float } %456, 3
	%461 = add i32 %428, u0x1000
	%462 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %461)
	%463 = extractvalue { i32, i32, i32, i32 } %462, 0
	%464 = extractvalue { i32, i32, i32, i32 } %462, 1
	%465 = extractvalue { i32, i32, i32, i32 } %462, 2
	%466 = extractvalue { i32, i32, i32, i32 } %462, 3
	%467 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %463, i32 %464, float %403, float %404, float %405, float %406)
	%468 = extractvalue { float, float, float, float } %467, 0
	%469 = extractvalue { float, float, float, float } %467, 1
	%470 = extractvalue { float, float, float, float } %467, 2
	%471 = extractvalue { float, float, float, float } %467, 3
	%472 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %465, i32 %466, float %408, float %409, float %410, float %411)
	%473 = extractvalue { float, float, float, float } %472, 0
	%474 = extractvalue { float, float, float, float } %472, 1
	%475 = extractvalue { float, float, float, float } %472, 2
	%476 = extractvalue { float, float, float, float } %472, 3
	%477 = add i32 %428, 6144
	%478 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %477)
	%479 = extractvalue { i32, i32, i32, i32 } %478, 0
	%480 = extractvalue { i32, i32, i32, i32 } %478, 1
	%481 = extractvalue { i32, i32, i32, i32 } %478, 2
	%482 = extractvalue { i32, i32, i32, i32 } %478, 3
	%483 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %479, i32 %480, float %419, float %420, float %421, float %422)
	%484 = extractvalue { float, float, float, float } %483, 0
	%485 = extractvalue { float, float, float, float } %483, 1
	%486 = extractvalue { float, float, float, float } %483, 2
	%487 = extractvalue { float, float, float, float } %483, 3
	%488 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %481, i32 %482, float %424, float %425, float %426, float %427)
	%489 = extractvalue { float, float, float, float } %488, 0
	%490 = extractvalue { float, float, float, float } %488, 1
	%491 = extractvalue { float, float, float, float } %488, 2
	%492 = extractvalue { float, float, float, float } %488, 3
	%493 = mul i32 %3, 16
	%494 = add i32 %24, %493
	%495 = add i32 %5, 0
	%496 = add i32 %494, %495
	%497 = mul i32 %3, 16
	%498 = add i32 %24, %497
	%499 = add i32 %5, 8
	%500 = add i32 %498, %499
	%501 = sitofp i32 %22 to float
	%502 = add i32 %45, %158
	%503 = sext i32 %502 to i64
	%504 = getelementptr i8, i8* %cls, i64 %503
	%505 = load i8, i8* %504
	%506 = icmp ne i8 %505, 2
	br i1 %506, label %partial, label %softmax

epilogue:
	%507 = phi float [ 0.0, %entry ], [ %1164, %pv ]
	%508 = phi float [ 0.0, %entry ], [ %1216, %pv ]
	%509 = phi i32 [ 0, %entry ], [ %1217, %pv ]
	%510 = phi float [ 0.0, %entry ], [ %1492, %pv ]
	%511 = phi float [ 0.0, %entry ], [ %1493, %pv ]
	%512 = phi float [ 0.0, %entry ], [ %1494, %pv ]
	%513 = phi float [ 0.0, %entry ], [ %1495, %pv ]
	%514 = phi float [ 0.0, %entry ], [ %1497, %pv ]
	%515 = phi float [ 0.0, %entry ], [ %1498, %pv ]
	%516 = phi float [ 0.0, %entry ], [ %1499, %pv ]
	%517 = phi float [ 0.0, %entry ], [ %1500, %pv ]
	%518 = phi float [ 0.0, %entry ], [ %1509, %pv ]
	%519 = phi float [ 0.0, %entry ], [ %1510, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %1511, %pv ]
	%521 = phi float [ 0.0, %entry ], [ %1512, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1514, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1515, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1516, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1517, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1526, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1527, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1528, %pv ]
	%529 = phi float [ 0.0, %entry ], [ %1529, %pv ]
	%530 = phi float [ 0.0, %entry ], [ %1531, %pv ]
	%531 = phi float [ 0.0, %entry ], [ %1532, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1533, %pv ]
	%533 = phi float [ 0.0, %entry ], [ %1534, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1543, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1544, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1545, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1546, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1548, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1549, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1550, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1551, %pv ]
	%542 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %507, i32 1, i32 31)
	%543 = fadd float %507, %542
	%544 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %543, i32 2, i32 31)
	%545 = fadd float %543, %544
	%546 = fcmp ogt float %545, 0.0
	%547 = fdiv float 1.0, %545
	%548 = select i1 %546, float %547, float 0.0
	%549 = mul i32 %3, 16
	%550 = add i32 %24, %549
	%551 = add i32 %5, 0
	%552 = add i32 %550, %551
	%553 = fmul float %510, %548
	%554 = fmul float %511, %548
	%555 = fmul float %514, %548
	%556 = fmul float %515, %548
	%557 = fmul float %518, %548
	%558 = fmul float %519, %548
	%559 = fmul float %522, %548
	%560 = fmul float %523, %548
	%561 = fmul float %526, %548
	%562 = fmul float %527, %548
	%563 = fmul float %530, %548
	%564 = fmul float %531, %548
	%565 = fmul float %534, %548
	%566 = fmul float %535, %548
	%567 = fmul float %538, %548
	%568 = fmul float %539, %548
	%569 = icmp slt i32 %552, %M
	br i1 %569, label %store0, label %stored0

partial:
	%570 = shl i32 %6, 1
	%571 = add i32 0, %570
	%572 = add i32 %195, %571
	%573 = icmp slt i32 %572, %N
	%574 = select i1 %573, i32 %572, i32 0
	%575 = sitofp i32 %496 to float
	%576 = sitofp i32 %574 to float
	%577 = fcmp ole float %576, %575
	%578 = uitofp i1 %577 to float
	%579 = fcmp une float %578, 0.0
	%580 = and i1 %573, %579
	%581 = select i1 %580, float %436, float 0xFFF0000000000000
	%582 = shl i32 %6, 1
	%583 = add i32 1, %582
	%584 = add i32 %195, %583
	%585 = icmp slt i32 %584, %N
	%586 = select i1 %585, i32 %584, i32 0
	%587 = sitofp i32 %496 to float
	%588 = sitofp i32 %586 to float
	%589 = fcmp ole float %588, %587
	%590 = uitofp i1 %589 to float
	%591 = fcmp une float %590, 0.0
	%592 = and i1 %585, %591
	%593 = select i1 %592, float %437, float 0xFFF0000000000000
	%594 = shl i32 %6, 1
	%595 = add i32 0, %594
	%596 = add i32 %195, %595
	%597 = icmp slt i32 %596, %N
	%598 = select i1 %597, i32 %596, i32 0
	%599 = sitofp i32 %500 to float
	%600 = sitofp i32 %598 to float
	%601 = fcmp ole float %600, %599
	%602 = uitofp i1 %601 to float
	%603 = fcmp une float %602, 0.0
	%604 = and i1 %597, %603
	%605 = select i1 %604, float %438, float 0xFFF0000000000000
	%606 = shl i32 %6, 1
	%607 = add i32 1, %606
	%608 = add i32 %195, %607
	%609 = icmp slt i32 %608, %N
	%610 = select i1 %609, i32 %608, i32 0
	%611 = sitofp i32 %500 to float
	%612 = sitofp i32 %610 to float
	%613 = fcmp ole float %612, %611
	%614 = uitofp i1 %613 to float
	%615 = fcmp une float %614, 0.0
	%616 = and i1 %609, %615
	%617 = select i1 %616, float %439, float 0xFFF0000000000000
	%618 = shl i32 %6, 1
	%619 = add i32 8, %618
	%620 = add i32 %195, %619
	%621 = icmp slt i32 %620, %N
	%622 = select i1 %621, i32 %620, i32 0
	%623 = sitofp i32 %496 to float
	%624 = sitofp i32 %622 to float
	%625 = fcmp ole float %624, %623
	%626 = uitofp i1 %625 to float
	%627 = fcmp une float %626, 0.0
	%628 = and i1 %621, %627
	%629 = select i1 %628, float %441, float 0xFFF0000000000000
	%630 = shl i32 %6, 1
	%631 = add i32 9, %630
	%632 = add i32 %195, %631
	%633 = icmp slt i32 %632, %N
	%634 = select i1 %633, i32 %632, i32 0
	%635 = sitofp i32 %496 to float
	%636 = sitofp i32 %634 to float
	%637 = fcmp ole float %636, %635
	%638 = uitofp i1 %637 to float
	%639 = fcmp une float %638, 0.0
	%640 = and i1 %633, %639
	%641 = select i1 %640, float %442, float 0xFFF0000000000000
	%642 = shl i32 %6, 1
	%643 = add i32 8, %642
	%644 = add i32 %195, %643
	%645 = icmp slt i32 %644, %N
	%646 = select i1 %645, i32 %644, i32 0
	%647 = sitofp i32 %500 to float
	%648 = sitofp i32 %646 to float
	%649 = fcmp ole float %648, %647
	%650 = uitofp i1 %649 to float
	%651 = fcmp une float %650, 0.0
	%652 = and i1 %645, %651
	%653 = select i1 %652, float %443, float 0xFFF0000000000000
	%654 = shl i32 %6, 1
	%655 = add i32 9, %654
	%656 = add i32 %195, %655
	%657 = icmp slt i32 %656, %N
	%658 = select i1 %657, i32 %656, i32 0
	%659 = sitofp i32 %500 to float
	%660 = sitofp i32 %658 to float
	%661 = fcmp ole float %660, %659
	%662 = uitofp i1 %661 to float
	%663 = fcmp une float %662, 0.0
	%664 = and i1 %657, %663
	%665 = select i1 %664, float %444, float 0xFFF0000000000000
	%666 = shl i32 %6, 1
	%667 = add i32 16, %666
	%668 = add i32 %195, %667
	%669 = icmp slt i32 %668, %N
	%670 = select i1 %669, i32 %668, i32 0
	%671 = sitofp i32 %496 to float
	%672 = sitofp i32 %670 to float
	%673 = fcmp ole float %672, %671
	%674 = uitofp i1 %673 to float
	%675 = fcmp une float %674, 0.0
	%676 = and i1 %669, %675
	%677 = select i1 %676, float %452, float 0xFFF0000000000000
	%678 = shl i32 %6, 1
	%679 = add i32 17, %678
	%680 = add i32 %195, %679
	%681 = icmp slt i32 %680, %N
	%682 = select i1 %681, i32 %680, i32 0
	%683 = sitofp i32 %496 to float
	%684 = sitofp i32 %682 to float
	%685 = fcmp ole float %684, %683
	%686 = uitofp i1 %685 to float
	%687 = fcmp une float %686, 0.0
	%688 = and i1 %681, %687
	%689 = select i1 %688, float %453, float 0xFFF0000000000000
	%690 = shl i32 %6, 1
	%691 = add i32 16, %690
	%692 = add i32 %195, %691
	%693 = icmp slt i32 %692, %N
	%694 = select i1 %693, i32 %692, i32 0
	%695 = sitofp i32 %500 to float
	%696 = sitofp i32 %694 to float
	%697 = fcmp ole float %696, %695
	%698 = uitofp i1 %697 to float
	%699 = fcmp une float %698, 0.0
	%700 = and i1 %693, %699
	%701 = select i1 %700, float %454, float 0xFFF0000000000000
	%702 = shl i32 %6, 1
	%703 = add i32 17, %702
	%704 = add i32 %195, %703
	%705 = icmp slt i32 %704, %N
	%706 = select i1 %705, i32 %704, i32 0
	%707 = sitofp i32 %500 to float
	%708 = sitofp i32 %706 to float
	%709 = fcmp ole float %708, %707
	%710 = uitofp i1 %709 to float
	%711 = fcmp une float %710, 0.0
	%712 = and i1 %705, %711
	%713 = select i1 %712, float %455, float 0xFFF0000000000000
	%714 = shl i32 %6, 1
	%715 = add i32 24, %714
	%716 = add i32 %195, %715
	%717 = icmp slt i32 %716, %N
	%718 = select i1 %717, i32 %716, i32 0
	%719 = sitofp i32 %496 to float
	%720 = sitofp i32 %718 to float
	%721 = fcmp ole float %720, %719
	%722 = uitofp i1 %721 to float
	%723 = fcmp une float %722, 0.0
	%724 = and i1 %717, %723
	%725 = select i1 %724, float %457, float 0xFFF0000000000000
	%726 = shl i32 %6, 1
	%727 = add i32 25, %726
	%728 = add i32 %195, %727
	%729 = icmp slt i32 %728, %N
	%730 = select i1 %729, i32 %728, i32 0
	%731 = sitofp i32 %496 to float
	%732 = sitofp i32 %730 to float
	%733 = fcmp ole float %732, %731
	%734 = uitofp i1 %733 to float
	%735 = fcmp une float %734, 0.0
	%736 = and i1 %729, %735
	%737 = select i1 %736, float %458, float 0xFFF0000000000000
	%738 = shl i32 %6, 1
	%739 = add i32 24, %738
	%740 = add i32 %195, %739
	%741 = icmp slt i32 %740, %N
	%742 = select i1 %741, i32 %740, i32 0
	%743 = sitofp i32 %500 to float
	%744 = sitofp i32 %742 to float
	%745 = fcmp ole float %744, %743
	%746 = uitofp i1 %745 to float
	%747 = fcmp une float %746, 0.0
	%748 = and i1 %741, %747
	%749 = select i1 %748, float %459, float 0xFFF0000000000000
	%750 = shl i32 %6, 1
	%751 = add i32 25, %750
	%752 = add i32 %195, %751
	%753 = icmp slt i32 %752, %N
	%754 = select i1 %753, i32 %752, i32 0
	%755 = sitofp i32 %500 to float
	%756 = sitofp i32 %754 to float
	%757 = fcmp ole float %756, %755
	%758 = uitofp i1 %757 to float
	%759 = fcmp une float %758, 0.0
	%760 = and i1 %753, %759
	%761 = select i1 %760, float %460, float 0xFFF0000000000000
	%762 = shl i32 %6, 1
	%763 = add i32 32, %762
	%764 = add i32 %195, %763
	%765 = icmp slt i32 %764, %N
	%766 = select i1 %765, i32 %764, i32 0
	%767 = sitofp i32 %496 to float
	%768 = sitofp i32 %766 to float
	%769 = fcmp ole float %768, %767
	%770 = uitofp i1 %769 to float
	%771 = fcmp une float %770, 0.0
	%772 = and i1 %765, %771
	%773 = select i1 %772, float %468, float 0xFFF0000000000000
	%774 = shl i32 %6, 1
	%775 = add i32 33, %774
	%776 = add i32 %195, %775
	%777 = icmp slt i32 %776, %N
	%778 = select i1 %777, i32 %776, i32 0
	%779 = sitofp i32 %496 to float
	%780 = sitofp i32 %778 to float
	%781 = fcmp ole float %780, %779
	%782 = uitofp i1 %781 to float
	%783 = fcmp une float %782, 0.0
	%784 = and i1 %777, %783
	%785 = select i1 %784, float %469, float 0xFFF0000000000000
	%786 = shl i32 %6, 1
	%787 = add i32 32, %786
	%788 = add i32 %195, %787
	%789 = icmp slt i32 %788, %N
	%790 = select i1 %789, i32 %788, i32 0
	%791 = sitofp i32 %500 to float
	%792 = sitofp i32 %790 to float
	%793 = fcmp ole float %792, %791
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = and i1 %789, %795
	%797 = select i1 %796, float %470, float 0xFFF0000000000000
	%798 = shl i32 %6, 1
	%799 = add i32 33, %798
	%800 = add i32 %195, %799
	%801 = icmp slt i32 %800, %N
	%802 = select i1 %801, i32 %800, i32 0
	%803 = sitofp i32 %500 to float
	%804 = sitofp i32 %802 to float
	%805 = fcmp ole float %804, %803
	%806 = uitofp i1 %805 to float
	%807 = fcmp une float %806, 0.0
	%808 = and i1 %801, %807
	%809 = select i1 %808, float %471, float 0xFFF0000000000000
	%810 = shl i32 %6, 1
	%811 = add i32 40, %810
	%812 = add i32 %195, %811
	%813 = icmp slt i32 %812, %N
	%814 = select i1 %813, i32 %812, i32 0
	%815 = sitofp i32 %496 to float
	%816 = sitofp i32 %814 to float
	%817 = fcmp ole float %816, %815
	%818 = uitofp i1 %817 to float
	%819 = fcmp une float %818, 0.0
	%820 = and i1 %813, %819
	%821 = select i1 %820, float %473, float 0xFFF0000000000000
	%822 = shl i32 %6, 1
	%823 = add i32 41, %822
	%824 = add i32 %195, %823
	%825 = icmp slt i32 %824, %N
	%826 = select i1 %825, i32 %824, i32 0
	%827 = sitofp i32 %496 to float
	%828 = sitofp i32 %826 to float
	%829 = fcmp ole float %828, %827
	%830 = uitofp i1 %829 to float
	%831 = fcmp une float %830, 0.0
	%832 = and i1 %825, %831
	%833 = select i1 %832, float %474, float 0xFFF0000000000000
	%834 = shl i32 %6, 1
	%835 = add i32 40, %834
	%836 = add i32 %195, %835
	%837 = icmp slt i32 %836, %N
	%838 = select i1 %837, i32 %836, i32 0
	%839 = sitofp i32 %500 to float
	%840 = sitofp i32 %838 to float
	%841 = fcmp ole float %840, %839
	%842 = uitofp i1 %841 to float
	%843 = fcmp une float %842, 0.0
	%844 = and i1 %837, %843
	%845 = select i1 %844, float %475, float 0xFFF0000000000000
	%846 = shl i32 %6, 1
	%847 = add i32 41, %846
	%848 = add i32 %195, %847
	%849 = icmp slt i32 %848, %N
	%850 = select i1 %849, i32 %848, i32 0
	%851 = sitofp i32 %500 to float
	%852 = sitofp i32 %850 to float
	%853 = fcmp ole float %852, %851
	%854 = uitofp i1 %853 to float
	%855 = fcmp une float %854, 0.0
	%856 = and i1 %849, %855
	%857 = select i1 %856, float %476, float 0xFFF0000000000000
	%858 = shl i32 %6, 1
	%859 = add i32 48, %858
	%860 = add i32 %195, %859
	%861 = icmp slt i32 %860, %N
	%862 = select i1 %861, i32 %860, i32 0
	%863 = sitofp i32 %496 to float
	%864 = sitofp i32 %862 to float
	%865 = fcmp ole float %864, %863
	%866 = uitofp i1 %865 to float
	%867 = fcmp une float %866, 0.0
	%868 = and i1 %861, %867
	%869 = select i1 %868, float %484, float 0xFFF0000000000000
	%870 = shl i32 %6, 1
	%871 = add i32 49, %870
	%872 = add i32 %195, %871
	%873 = icmp slt i32 %872, %N
	%874 = select i1 %873, i32 %872, i32 0
	%875 = sitofp i32 %496 to float
	%876 = sitofp i32 %874 to float
	%877 = fcmp ole float %876, %875
	%878 = uitofp i1 %877 to float
	%879 = fcmp une float %878, 0.0
	%880 = and i1 %873, %879
	%881 = select i1 %880, float %485, float 0xFFF0000000000000
	%882 = shl i32 %6, 1
	%883 = add i32 48, %882
	%884 = add i32 %195, %883
	%885 = icmp slt i32 %884, %N
	%886 = select i1 %885, i32 %884, i32 0
	%887 = sitofp i32 %500 to float
	%888 = sitofp i32 %886 to float
	%889 = fcmp ole float %888, %887
	%890 = uitofp i1 %889 to float
	%891 = fcmp une float %890, 0.0
	%892 = and i1 %885, %891
	%893 = select i1 %892, float %486, float 0xFFF0000000000000
	%894 = shl i32 %6, 1
	%895 = add i32 49, %894
	%896 = add i32 %195, %895
	%897 = icmp slt i32 %896, %N
	%898 = select i1 %897, i32 %896, i32 0
	%899 = sitofp i32 %500 to float
	%900 = sitofp i32 %898 to float
	%901 = fcmp ole float %900, %899
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = and i1 %897, %903
	%905 = select i1 %904, float %487, float 0xFFF0000000000000
	%906 = shl i32 %6, 1
	%907 = add i32 56, %906
	%908 = add i32 %195, %907
	%909 = icmp slt i32 %908, %N
	%910 = select i1 %909, i32 %908, i32 0
	%911 = sitofp i32 %496 to float
	%912 = sitofp i32 %910 to float
	%913 = fcmp ole float %912, %911
	%914 = uitofp i1 %913 to float
	%915 = fcmp une float %914, 0.0
	%916 = and i1 %909, %915
	%917 = select i1 %916, float %489, float 0xFFF0000000000000
	%918 = shl i32 %6, 1
	%919 = add i32 57, %918
	%920 = add i32 %195, %919
	%921 = icmp slt i32 %920, %N
	%922 = select i1 %921, i32 %920, i32 0
	%923 = sitofp i32 %496 to float
	%924 = sitofp i32 %922 to float
	%925 = fcmp ole float %924, %923
	%926 = uitofp i1 %925 to float
	%927 = fcmp une float %926, 0.0
	%928 = and i1 %921, %927
	%929 = select i1 %928, float %490, float 0xFFF0000000000000
	%930 = shl i32 %6, 1
	%931 = add i32 56, %930
	%932 = add i32 %195, %931
	%933 = icmp slt i32 %932, %N
	%934 = select i1 %933, i32 %932, i32 0
	%935 = sitofp i32 %500 to float
	%936 = sitofp i32 %934 to float
	%937 = fcmp ole float %936, %935
	%938 = uitofp i1 %937 to float
	%939 = fcmp une float %938, 0.0
	%940 = and i1 %933, %939
	%941 = select i1 %940, float %491, float 0xFFF0000000000000
	%942 = shl i32 %6, 1
	%943 = add i32 57, %942
	%944 = add i32 %195, %943
	%945 = icmp slt i32 %944, %N
	%946 = select i1 %945, i32 %944, i32 0
	%947 = sitofp i32 %500 to float
	%948 = sitofp i32 %946 to float
	%949 = fcmp ole float %948, %947
	%950 = uitofp i1 %949 to float
	%951 = fcmp une float %950, 0.0
	%952 = and i1 %945, %951
	%953 = select i1 %952, float %492, float 0xFFF0000000000000
	br label %softmax

softmax:
	%954 = phi float [ %436, %loop ], [ %581, %partial ]
	%955 = phi float [ %437, %loop ], [ %593, %partial ]
	%956 = phi float [ %438, %loop ], [ %605, %partial ]
	%957 = phi float [ %439, %loop ], [ %617, %partial ]
	%958 = phi float [ %441, %loop ], [ %629, %partial ]
	%959 = phi float [ %442, %loop ], [ %641, %partial ]
	%960 = phi float [ %443, %loop ], [ %653, %partial ]
	%961 = phi float [ %444, %loop ], [ %665, %partial ]
	%962 = phi float [ %452, %loop ], [ %677, %partial ]
	%963 = phi float [ %453, %loop ], [ %689, %partial ]
	%964 = phi float [ %454, %loop ], [ %701, %partial ]
	%965 = phi float [ %455, %loop ], [ %713, %partial ]
	%966 = phi float [ %457, %loop ], [ %725, %partial ]
	%967 = phi float [ %458, %loop ], [ %737, %partial ]
	%968 = phi float [ %459, %loop ], [ %749, %partial ]
	%969 = phi float [ %460, %loop ], [ %761, %partial ]
	%970 = phi float [ %468, %loop ], [ %773, %partial ]
	%971 = phi float [ %469, %loop ], [ %785, %partial ]
	%972 = phi float [ %470, %loop ], [ %797, %partial ]
	%973 = phi float [ %471, %loop ], [ %809, %partial ]
	%974 = phi float [ %473, %loop ], [ %821, %partial ]
	%975 = phi float [ %474, %loop ], [ %833, %partial ]
	%976 = phi float [ %475, %loop ], [ %845, %partial ]
	%977 = phi float [ %476, %loop ], [ %857, %partial ]
	%978 = phi float [ %484, %loop ], [ %869, %partial ]
	%979 = phi float [ %485, %loop ], [ %881, %partial ]
	%980 = phi float [ %486, %loop ], [ %893, %partial ]
	%981 = phi float [ %487, %loop ], [ %905, %partial ]
	%982 = phi float [ %489, %loop ], [ %917, %partial ]
	%983 = phi float [ %490, %loop ], [ %929, %partial ]
	%984 = phi float [ %491, %loop ], [ %941, %partial ]
	%985 = phi float [ %492, %loop ], [ %953, %partial ]
	%986 = call float @llvm.nvvm.fmax.f(float %954, float %955)
	%987 = call float @llvm.nvvm.fmax.f(float %958, float %959)
	%988 = call float @llvm.nvvm.fmax.f(float %962, float %963)
	%989 = call float @llvm.nvvm.fmax.f(float %966, float %967)
	%990 = call float @llvm.nvvm.fmax.f(float %970, float %971)
	%991 = call float @llvm.nvvm.fmax.f(float %974, float %975)
	%992 = call float @llvm.nvvm.fmax.f(float %978, float %979)
	%993 = call float @llvm.nvvm.fmax.f(float %982, float %983)
	%994 = call float @llvm.nvvm.fmax.f(float %986, float %987)
	%995 = call float @llvm.nvvm.fmax.f(float %988, float %989)
	%996 = call float @llvm.nvvm.fmax.f(float %990, float %991)
	%997 = call float @llvm.nvvm.fmax.f(float %992, float %993)
	%998 = call float @llvm.nvvm.fmax.f(float %994, float %995)
	%999 = call float @llvm.nvvm.fmax.f(float %996, float %997)
	%1000 = call float @llvm.nvvm.fmax.f(float %998, float %999)
	%1001 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1000, i32 1, i32 31)
	%1002 = call float @llvm.nvvm.fmax.f(float %1000, float %1001)
	%1003 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1002, i32 2, i32 31)
	%1004 = call float @llvm.nvvm.fmax.f(float %1002, float %1003)
	%1005 = fmul float %1004, 0x3FC7154760000000
	%1006 = call float @llvm.nvvm.fmax.f(float %191, float %1005)
	%1007 = fadd float %191, 8.0
	%1008 = fcmp ogt float %1006, %1007
	%1009 = or i1 false, %1008
	%1010 = call float @llvm.nvvm.fmax.f(float %956, float %957)
	%1011 = call float @llvm.nvvm.fmax.f(float %960, float %961)
	%1012 = call float @llvm.nvvm.fmax.f(float %964, float %965)
	%1013 = call float @llvm.nvvm.fmax.f(float %968, float %969)
	%1014 = call float @llvm.nvvm.fmax.f(float %972, float %973)
	%1015 = call float @llvm.nvvm.fmax.f(float %976, float %977)
	%1016 = call float @llvm.nvvm.fmax.f(float %980, float %981)
	%1017 = call float @llvm.nvvm.fmax.f(float %984, float %985)
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
	%1030 = call float @llvm.nvvm.fmax.f(float %193, float %1029)
	%1031 = fadd float %193, 8.0
	%1032 = fcmp ogt float %1030, %1031
	%1033 = or i1 %1009, %1032
	%1034 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1033)
	br i1 %1034, label %1035, label %1078

1035:
	%1036 = fcmp oeq float %1006, 0xFFF0000000000000
	%1037 = select i1 %1036, float 0.0, float %1006
	%1038 = fsub float %191, %1037
	%1039 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1038)
	%1040 = fcmp oeq float %1030, 0xFFF0000000000000
	%1041 = select i1 %1040, float 0.0, float %1030
	%1042 = fsub float %193, %1041
	%1043 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1042)
	%1044 = fmul float %159, %1039
	%1045 = fmul float %160, %1039
	%1046 = fmul float %161, %1043
	%1047 = fmul float %162, %1043
	%1048 = fmul float %163, %1039
	%1049 = fmul float %164, %1039
	%1050 = fmul float %165, %1043
	%1051 = fmul float %166, %1043
	%1052 = fmul float %167, %1039
	%1053 = fmul float %168, %1039
	%1054 = fmul float %169, %1043
	%1055 = fmul float %170, %1043
	%1056 = fmul float %171, %1039
	%1057 = fmul float %172, %1039
	%1058 = fmul float %173, %1043
	%1059 = fmul float %174, %1043
	%1060 = fmul float %175, %1039
	%1061 = fmul float %176, %1039
	%1062 = fmul float %177, %1043
	%1063 = fmul float %178, %1043
	%1064 = fmul float %179, %1039
	%1065 = fmul float %180, %1039
	%1066 = fmul float %181, %1043
	%1067 = fmul float %182, %1043
	%1068 = fmul float %183, %1039
	%1069 = fmul float %184, %1039
	%1070 = fmul float %185, %1043
	%1071 = fmul float %186, %1043
	%1072 = fmul float %187, %1039
	%1073 = fmul float %188, %1039
	%1074 = fmul float %189, %1043
	%1075 = fmul float %190, %1043
	%1076 = fmul float %192, %1039
	%1077 = fmul float %194, %1043
	br label %1078

1078:
	%1079 = phi float [ %159, %softmax ], [ %1044, %1035 ]
	%1080 = phi float [ %160, %softmax ], [ %1045, %1035 ]
	%1081 = phi float [ %161, %softmax ], [ %1046, %1035 ]
	%1082 = phi float [ %162, %softmax ], [ %1047, %1035 ]
	%1083 = phi float [ %163, %softmax ], [ %1048, %1035 ]
	%1084 = phi float [ %164, %softmax ], [ %1049, %1035 ]
	%1085 = phi float [ %165, %softmax ], [ %1050, %1035 ]
	%1086 = phi float [ %166, %softmax ], [ %1051, %1035 ]
	%1087 = phi float [ %167, %softmax ], [ %1052, %1035 ]
	%1088 = phi float [ %168, %softmax ], [ %1053, %1035 ]
	%1089 = phi float [ %169, %softmax ], [ %1054, %1035 ]
	%1090 = phi float [ %170, %softmax ], [ %1055, %1035 ]
	%1091 = phi float [ %171, %softmax ], [ %1056, %1035 ]
	%1092 = phi float [ %172, %softmax ], [ %1057, %1035 ]
	%1093 = phi float [ %173, %softmax ], [ %1058, %1035 ]
	%1094 = phi float [ %174, %softmax ], [ %1059, %1035 ]
	%1095 = phi float [ %175, %softmax ], [ %1060, %1035 ]
	%1096 = phi float [ %176, %softmax ], [ %1061, %1035 ]
	%1097 = phi float [ %177, %softmax ], [ %1062, %1035 ]
	%1098 = phi float [ %178, %softmax ], [ %1063, %1035 ]
	%1099 = phi float [ %179, %softmax ], [ %1064, %1035 ]
	%1100 = phi float [ %180, %softmax ], [ %1065, %1035 ]
	%1101 = phi float [ %181, %softmax ], [ %1066, %1035 ]
	%1102 = phi float [ %182, %softmax ], [ %1067, %1035 ]
	%1103 = phi float [ %183, %softmax ], [ %1068, %1035 ]
	%1104 = phi float [ %184, %softmax ], [ %1069, %1035 ]
	%1105 = phi float [ %185, %softmax ], [ %1070, %1035 ]
	%1106 = phi float [ %186, %softmax ], [ %1071, %1035 ]
	%1107 = phi float [ %187, %softmax ], [ %1072, %1035 ]
	%1108 = phi float [ %188, %softmax ], [ %1073, %1035 ]
	%1109 = phi float [ %189, %softmax ], [ %1074, %1035 ]
	%1110 = phi float [ %190, %softmax ], [ %1075, %1035 ]
	%1111 = phi float [ %192, %softmax ], [ %1076, %1035 ]
	%1112 = phi float [ %194, %softmax ], [ %1077, %1035 ]
	%1113 = select i1 %1034, float %1006, float %191
	%1114 = fcmp oeq float %1113, 0xFFF0000000000000
	%1115 = select i1 %1114, float 0.0, float %1113
	%1116 = fneg float %1115
	%1117 = call float @llvm.fma.f32(float %954, float 0x3FC7154760000000, float %1116)
	%1118 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1117)
	%1119 = call float @llvm.fma.f32(float %955, float 0x3FC7154760000000, float %1116)
	%1120 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1119)
	%1121 = call float @llvm.fma.f32(float %958, float 0x3FC7154760000000, float %1116)
	%1122 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1121)
	%1123 = call float @llvm.fma.f32(float %959, float 0x3FC7154760000000, float %1116)
	%1124 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1123)
	%1125 = call float @llvm.fma.f32(float %962, float 0x3FC7154760000000, float %1116)
	%1126 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1125)
	%1127 = call float @llvm.fma.f32(float %963, float 0x3FC7154760000000, float %1116)
	%1128 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1127)
	%1129 = call float @llvm.fma.f32(float %966, float 0x3FC7154760000000, float %1116)
	%1130 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1129)
	%1131 = call float @llvm.fma.f32(float %967, float 0x3FC7154760000000, float %1116)
	%1132 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1131)
	%1133 = call float @llvm.fma.f32(float %970, float 0x3FC7154760000000, float %1116)
	%1134 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1133)
	%1135 = call float @llvm.fma.f32(float %971, float 0x3FC7154760000000, float %1116)
	%1136 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1135)
	%1137 = call float @llvm.fma.f32(float %974, float 0x3FC7154760000000, float %1116)
	%1138 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1137)
	%1139 = call float @llvm.fma.f32(float %975, float 0x3FC7154760000000, float %1116)
	%1140 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1139)
	%1141 = call float @llvm.fma.f32(float %978, float 0x3FC7154760000000, float %1116)
	%1142 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1141)
	%1143 = call float @llvm.fma.f32(float %979, float 0x3FC7154760000000, float %1116)
	%1144 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1143)
	%1145 = call float @llvm.fma.f32(float %982, float 0x3FC7154760000000, float %1116)
	%1146 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1145)
	%1147 = call float @llvm.fma.f32(float %983, float 0x3FC7154760000000, float %1116)
	%1148 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1147)
	%1149 = fadd float %1118, %1120
	%1150 = fadd float %1122, %1124
	%1151 = fadd float %1126, %1128
	%1152 = fadd float %1130, %1132
	%1153 = fadd float %1134, %1136
	%1154 = fadd float %1138, %1140
	%1155 = fadd float %1142, %1144
	%1156 = fadd float %1146, %1148
	%1157 = fadd float %1149, %1150
	%1158 = fadd float %1151, %1152
	%1159 = fadd float %1153, %1154
	%1160 = fadd float %1155, %1156
	%1161 = fadd float %1157, %1158
	%1162 = fadd float %1159, %1160
	%1163 = fadd float %1161, %1162
	%1164 = fadd float %1111, %1163
	%1165 = select i1 %1034, float %1030, float %193
	%1166 = fcmp oeq float %1165, 0xFFF0000000000000
	%1167 = select i1 %1166, float 0.0, float %1165
	%1168 = fneg float %1167
	%1169 = call float @llvm.fma.f32(float %956, float 0x3FC7154760000000, float %1168)
	%1170 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1169)
	%1171 = call float @llvm.fma.f32(float %957, float 0x3FC7154760000000, float %1168)
	%1172 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1171)
	%1173 = call float @llvm.fma.f32(float %960, float 0x3FC7154760000000, float %1168)
	%1174 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1173)
	%1175 = call float @llvm.fma.f32(float %961, float 0x3FC7154760000000, float %1168)
	%1176 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1175)
	%1177 = call float @llvm.fma.f32(float %964, float 0x3FC7154760000000, float %1168)
	%1178 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1177)
	%1179 = call float @llvm.fma.f32(float %965, float 0x3FC7154760000000, float %1168)
	%1180 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1179)
	%1181 = call float @llvm.fma.f32(float %968, float 0x3FC7154760000000, float %1168)
	%1182 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1181)
	%1183 = call float @llvm.fma.f32(float %969, float 0x3FC7154760000000, float %1168)
	%1184 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1183)
	%1185 = call float @llvm.fma.f32(float %972, float 0x3FC7154760000000, float %1168)
	%1186 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1185)
	%1187 = call float @llvm.fma.f32(float %973, float 0x3FC7154760000000, float %1168)
	%1188 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1187)
	%1189 = call float @llvm.fma.f32(float %976, float 0x3FC7154760000000, float %1168)
	%1190 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1189)
	%1191 = call float @llvm.fma.f32(float %977, float 0x3FC7154760000000, float %1168)
	%1192 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1191)
	%1193 = call float @llvm.fma.f32(float %980, float 0x3FC7154760000000, float %1168)
	%1194 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1193)
	%1195 = call float @llvm.fma.f32(float %981, float 0x3FC7154760000000, float %1168)
	%1196 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1195)
	%1197 = call float @llvm.fma.f32(float %984, float 0x3FC7154760000000, float %1168)
	%1198 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1197)
	%1199 = call float @llvm.fma.f32(float %985, float 0x3FC7154760000000, float %1168)
	%1200 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1199)
	%1201 = fadd float %1170, %1172
	%1202 = fadd float %1174, %1176
	%1203 = fadd float %1178, %1180
	%1204 = fadd float %1182, %1184
	%1205 = fadd float %1186, %1188
	%1206 = fadd float %1190, %1192
	%1207 = fadd float %1194, %1196
	%1208 = fadd float %1198, %1200
	%1209 = fadd float %1201, %1202
	%1210 = fadd float %1203, %1204
	%1211 = fadd float %1205, %1206
	%1212 = fadd float %1207, %1208
	%1213 = fadd float %1209, %1210
	%1214 = fadd float %1211, %1212
	%1215 = fadd float %1213, %1214
	%1216 = fadd float %1112, %1215
	%1217 = add i32 %157, 1
	%1218 = icmp slt i32 %1217, %NK
	%1219 = select i1 %1218, i32 %1217, i32 0
	%1220 = add i32 %41, %1219
	%1221 = sext i32 %1220 to i64
	%1222 = getelementptr i32, i32* %list, i64 %1221
	%1223 = load i32, i32* %1222
	%1224 = select i1 %1218, i32 %1223, i32 -1
	%1225 = icmp sge i32 %1224, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1225, label %prefetch, label %pv

prefetch:
	%1226 = mul i32 %1224, 64
	%1227 = lshr i32 %2, 3
	%1228 = and i32 %2, 7
	%1229 = and i32 %1227, 7
	%1230 = xor i32 %1228, %1229
	%1231 = mul i32 %1227, 8
	%1232 = add i32 %1231, %1230
	%1233 = shl i32 %1232, 4
	%1234 = add i32 %0, %1233
	%1235 = add i32 %1226, %1227
	%1236 = mul i32 %1235, 64
	%1237 = mul i32 %1228, 8
	%1238 = add i32 %1236, %1237
	%1239 = sext i32 %1238 to i64
	%1240 = getelementptr i16, i16* %32, i64 %1239
	%1241 = add i32 %1235, 0
	%1242 = icmp slt i32 %1241, %N
	%1243 = getelementptr i16, i16* %1240, i64 0
	%1244 = select i1 %1242, i16* %1243, i16* %32
	%1245 = add i32 %1234, 0
	%1246 = select i1 %1242, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1245, i16* %1244, i32 %1246)
	%1247 = add i32 %1235, 32
	%1248 = icmp slt i32 %1247, %N
	%1249 = getelementptr i16, i16* %1240, i64 2048
	%1250 = select i1 %1248, i16* %1249, i16* %32
	%1251 = add i32 %1234, u0x1000
	%1252 = select i1 %1248, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1251, i16* %1250, i32 %1252)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1253 = and i32 %4, 7
	%1254 = lshr i32 %4, 3
	%1255 = and i32 %1254, 1
	%1256 = shl i32 %1255, 3
	%1257 = add i32 %1253, %1256
	%1258 = mul i32 %1257, 128
	%1259 = add i32 %1, %1258
	%1260 = and i32 %4, 7
	%1261 = xor i32 %96, %1260
	%1262 = shl i32 %1261, 4
	%1263 = add i32 %1259, %1262
	%1264 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1120, float %1118)
	%1265 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1172, float %1170)
	%1266 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1124, float %1122)
	%1267 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1176, float %1174)
	%1268 = xor i32 %1263, 0
	%1269 = add i32 %1268, 0
	%1270 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1269)
	%1271 = extractvalue { i32, i32, i32, i32 } %1270, 0
	%1272 = extractvalue { i32, i32, i32, i32 } %1270, 1
	%1273 = extractvalue { i32, i32, i32, i32 } %1270, 2
	%1274 = extractvalue { i32, i32, i32, i32 } %1270, 3
	%1275 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1271, i32 %1272, float %1079, float %1080, float %1081, float %1082)
	%1276 = extractvalue { float, float, float, float } %1275, 0
	%1277 = extractvalue { float, float, float, float } %1275, 1
	%1278 = extractvalue { float, float, float, float } %1275, 2
	%1279 = extractvalue { float, float, float, float } %1275, 3
	%1280 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1273, i32 %1274, float %1083, float %1084, float %1085, float %1086)
	%1281 = extractvalue { float, float, float, float } %1280, 0
	%1282 = extractvalue { float, float, float, float } %1280, 1
	%1283 = extractvalue { float, float, float, float } %1280, 2
	%1284 = extractvalue { float, float, float, float } %1280, 3
	%1285 = xor i32 %1263, 32
	%1286 = add i32 %1285, 0
	%1287 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1286)
	%1288 = extractvalue { i32, i32, i32, i32 } %1287, 0
	%1289 = extractvalue { i32, i32, i32, i32 } %1287, 1
	%1290 = extractvalue { i32, i32, i32, i32 } %1287, 2
	%1291 = extractvalue { i32, i32, i32, i32 } %1287, 3
	%1292 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1288, i32 %1289, float %1087, float %1088, float %1089, float %1090)
	%1293 = extractvalue { float, float, float, float } %1292, 0
	%1294 = extractvalue { float, float, float, float } %1292, 1
	%1295 = extractvalue { float, float, float, float } %1292, 2
	%1296 = extractvalue { float, float, float, float } %1292, 3
	%1297 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1290, i32 %1291, float %1091, float %1092, float %1093, float %1094)
	%1298 = extractvalue { float, float, float, float } %1297, 0
	%1299 = extractvalue { float, float, float, float } %1297, 1
	%1300 = extractvalue { float, float, float, float } %1297, 2
	%1301 = extractvalue { float, float, float, float } %1297, 3
	%1302 = xor i32 %1263, 64
	%1303 = add i32 %1302, 0
	%1304 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1303)
	%1305 = extractvalue { i32, i32, i32, i32 } %1304, 0
	%1306 = extractvalue { i32, i32, i32, i32 } %1304, 1
	%1307 = extractvalue { i32, i32, i32, i32 } %1304, 2
	%1308 = extractvalue { i32, i32, i32, i32 } %1304, 3
	%1309 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1305, i32 %1306, float %1095, float %1096, float %1097, float %1098)
	%1310 = extractvalue { float, float, float, float } %1309, 0
	%1311 = extractvalue { float, float, float, float } %1309, 1
	%1312 = extractvalue { float, float, float, float } %1309, 2
	%1313 = extractvalue { float, float, float, float } %1309, 3
	%1314 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1307, i32 %1308, float %1099, float %1100, float %1101, float %1102)
	%1315 = extractvalue { float, float, float, float } %1314, 0
	%1316 = extractvalue { float, float, float, float } %1314, 1
	%1317 = extractvalue { float, float, float, float } %1314, 2
	%1318 = extractvalue { float, float, float, float } %1314, 3
	%1319 = xor i32 %1263, 96
	%1320 = add i32 %1319, 0
	%1321 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1320)
	%1322 = extractvalue { i32, i32, i32, i32 } %1321, 0
	%1323 = extractvalue { i32, i32, i32, i32 } %1321, 1
	%1324 = extractvalue { i32, i32, i32, i32 } %1321, 2
	%1325 = extractvalue { i32, i32, i32, i32 } %1321, 3
	%1326 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1322, i32 %1323, float %1103, float %1104, float %1105, float %1106)
	%1327 = extractvalue { float, float, float, float } %1326, 0
	%1328 = extractvalue { float, float, float, float } %1326, 1
	%1329 = extractvalue { float, float, float, float } %1326, 2
	%1330 = extractvalue { float, float, float, float } %1326, 3
	%1331 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1264, i32 %1265, i32 %1266, i32 %1267, i32 %1324, i32 %1325, float %1107, float %1108, float %1109, float %1110)
	%1332 = extractvalue { float, float, float, float } %1331, 0
	%1333 = extractvalue { float, float, float, float } %1331, 1
	%1334 = extractvalue { float, float, float, float } %1331, 2
	%1335 = extractvalue { float, float, float, float } %1331, 3
	%1336 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1128, float %1126)
	%1337 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1180, float %1178)
	%1338 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1132, float %1130)
	%1339 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1184, float %1182)
	%1340 = xor i32 %1263, 0
	%1341 = add i32 %1340, 2048
	%1342 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1341)
	%1343 = extractvalue { i32, i32, i32, i32 } %1342, 0
	%1344 = extractvalue { i32, i32, i32, i32 } %1342, 1
	%1345 = extractvalue { i32, i32, i32, i32 } %1342, 2
	%1346 = extractvalue { i32, i32, i32, i32 } %1342, 3
	%1347 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1343, i32 %1344, float %1276, float %1277, float %1278, float %1279)
	%1348 = extractvalue { float, float, float, float } %1347, 0
	%1349 = extractvalue { float, float, float, float } %1347, 1
	%1350 = extractvalue { float, float, float, float } %1347, 2
	%1351 = extractvalue { float, float, float, float } %1347, 3
	%1352 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1345, i32 %1346, float %1281, float %1282, float %1283, float %1284)
	%1353 = extractvalue { float, float, float, float } %1352, 0
	%1354 = extractvalue { float, float, float, float } %1352, 1
	%1355 = extractvalue { float, float, float, float } %1352, 2
	%1356 = extractvalue { float, float, float, float } %1352, 3
	%1357 = xor i32 %1263, 32
	%1358 = add i32 %1357, 2048
	%1359 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1358)
	%1360 = extractvalue { i32, i32, i32, i32 } %1359, 0
	%1361 = extractvalue { i32, i32, i32, i32 } %1359, 1
	%1362 = extractvalue { i32, i32, i32, i32 } %1359, 2
	%1363 = extractvalue { i32, i32, i32, i32 } %1359, 3
	%1364 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1360, i32 %1361, float %1293, float %1294, float %1295, float %1296)
	%1365 = extractvalue { float, float, float, float } %1364, 0
	%1366 = extractvalue { float, float, float, float } %1364, 1
	%1367 = extractvalue { float, float, float, float } %1364, 2
	%1368 = extractvalue { float, float, float, float } %1364, 3
	%1369 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1362, i32 %1363, float %1298, float %1299, float %1300, float %1301)
	%1370 = extractvalue { float, float, float, float } %1369, 0
	%1371 = extractvalue { float, float, float, float } %1369, 1
	%1372 = extractvalue { float, float, float, float } %1369, 2
	%1373 = extractvalue { float, float, float, float } %1369, 3
	%1374 = xor i32 %1263, 64
	%1375 = add i32 %1374, 2048
	%1376 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1375)
	%1377 = extractvalue { i32, i32, i32, i32 } %1376, 0
	%1378 = extractvalue { i32, i32, i32, i32 } %1376, 1
	%1379 = extractvalue { i32, i32, i32, i32 } %1376, 2
	%1380 = extractvalue { i32, i32, i32, i32 } %1376, 3
	%1381 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1377, i32 %1378, float %1310, float %1311, float %1312, float %1313)
	%1382 = extractvalue { float, float, float, float } %1381, 0
	%1383 = extractvalue { float, float, float, float } %1381, 1
	%1384 = extractvalue { float, float, float, float } %1381, 2
	%1385 = extractvalue { float, float, float, float } %1381, 3
	%1386 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1379, i32 %1380, float %1315, float %1316, float %1317, float %1318)
	%1387 = extractvalue { float, float, float, float } %1386, 0
	%1388 = extractvalue { float, float, float, float } %1386, 1
	%1389 = extractvalue { float, float, float, float } %1386, 2
	%1390 = extractvalue { float, float, float, float } %1386, 3
	%1391 = xor i32 %1263, 96
	%1392 = add i32 %1391, 2048
	%1393 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1392)
	%1394 = extractvalue { i32, i32, i32, i32 } %1393, 0
	%1395 = extractvalue { i32, i32, i32, i32 } %1393, 1
	%1396 = extractvalue { i32, i32, i32, i32 } %1393, 2
	%1397 = extractvalue { i32, i32, i32, i32 } %1393, 3
	%1398 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1394, i32 %1395, float %1327, float %1328, float %1329, float %1330)
	%1399 = extractvalue { float, float, float, float } %1398, 0
	%1400 = extractvalue { float, float, float, float } %1398, 1
	%1401 = extractvalue { float, float, float, float } %1398, 2
	%1402 = extractvalue { float, float, float, float } %1398, 3
	%1403 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1336, i32 %1337, i32 %1338, i32 %1339, i32 %1396, i32 %1397, float %1332, float %1333, float %1334, float %1335)
	%1404 = extractvalue { float, float, float, float } %1403, 0
	%1405 = extractvalue { float, float, float, float } %1403, 1
	%1406 = extractvalue { float, float, float, float } %1403, 2
	%1407 = extractvalue { float, float, float, float } %1403, 3
	%1408 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1136, float %1134)
	%1409 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1188, float %1186)
	%1410 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1140, float %1138)
	%1411 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1192, float %1190)
	%1412 = xor i32 %1263, 0
	%1413 = add i32 %1412, u0x1000
	%1414 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1413)
	%1415 = extractvalue { i32, i32, i32, i32 } %1414, 0
	%1416 = extractvalue { i32, i32, i32, i32 } %1414, 1
	%1417 = extractvalue { i32, i32, i32, i32 } %1414, 2
	%1418 = extractvalue { i32, i32, i32, i32 } %1414, 3
	%1419 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1415, i32 %1416, float %1348, float %1349, float %1350, float %1351)
	%1420 = extractvalue { float, float, float, float } %1419, 0
	%1421 = extractvalue { float, float, float, float } %1419, 1
	%1422 = extractvalue { float, float, float, float } %1419, 2
	%1423 = extractvalue { float, float, float, float } %1419, 3
	%1424 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1417, i32 %1418, float %1353, float %1354, float %1355, float %1356)
	%1425 = extractvalue { float, float, float, float } %1424, 0
	%1426 = extractvalue { float, float, float, float } %1424, 1
	%1427 = extractvalue { float, float, float, float } %1424, 2
	%1428 = extractvalue { float, float, float, float } %1424, 3
	%1429 = xor i32 %1263, 32
	%1430 = add i32 %1429, u0x1000
	%1431 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1430)
	%1432 = extractvalue { i32, i32, i32, i32 } %1431, 0
	%1433 = extractvalue { i32, i32, i32, i32 } %1431, 1
	%1434 = extractvalue { i32, i32, i32, i32 } %1431, 2
	%1435 = extractvalue { i32, i32, i32, i32 } %1431, 3
	%1436 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1432, i32 %1433, float %1365, float %1366, float %1367, float %1368)
	%1437 = extractvalue { float, float, float, float } %1436, 0
	%1438 = extractvalue { float, float, float, float } %1436, 1
	%1439 = extractvalue { float, float, float, float } %1436, 2
	%1440 = extractvalue { float, float, float, float } %1436, 3
	%1441 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1434, i32 %1435, float %1370, float %1371, float %1372, float %1373)
	%1442 = extractvalue { float, float, float, float } %1441, 0
	%1443 = extractvalue { float, float, float, float } %1441, 1
	%1444 = extractvalue { float, float, float, float } %1441, 2
	%1445 = extractvalue { float, float, float, float } %1441, 3
	%1446 = xor i32 %1263, 64
	%1447 = add i32 %1446, u0x1000
	%1448 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1447)
	%1449 = extractvalue { i32, i32, i32, i32 } %1448, 0
	%1450 = extractvalue { i32, i32, i32, i32 } %1448, 1
	%1451 = extractvalue { i32, i32, i32, i32 } %1448, 2
	%1452 = extractvalue { i32, i32, i32, i32 } %1448, 3
	%1453 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1449, i32 %1450, float %1382, float %1383, float %1384, float %1385)
	%1454 = extractvalue { float, float, float, float } %1453, 0
	%1455 = extractvalue { float, float, float, float } %1453, 1
	%1456 = extractvalue { float, float, float, float } %1453, 2
	%1457 = extractvalue { float, float, float, float } %1453, 3
	%1458 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1451, i32 %1452, float %1387, float %1388, float %1389, float %1390)
	%1459 = extractvalue { float, float, float, float } %1458, 0
	%1460 = extractvalue { float, float, float, float } %1458, 1
	%1461 = extractvalue { float, float, float, float } %1458, 2
	%1462 = extractvalue { float, float, float, float } %1458, 3
	%1463 = xor i32 %1263, 96
	%1464 = add i32 %1463, u0x1000
	%1465 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1464)
	%1466 = extractvalue { i32, i32, i32, i32 } %1465, 0
	%1467 = extractvalue { i32, i32, i32, i32 } %1465, 1
	%1468 = extractvalue { i32, i32, i32, i32 } %1465, 2
	%1469 = extractvalue { i32, i32, i32, i32 } %1465, 3
	%1470 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1466, i32 %1467, float %1399, float %1400, float %1401, float %1402)
	%1471 = extractvalue { float, float, float, float } %1470, 0
	%1472 = extractvalue { float, float, float, float } %1470, 1
	%1473 = extractvalue { float, float, float, float } %1470, 2
	%1474 = extractvalue { float, float, float, float } %1470, 3
	%1475 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1408, i32 %1409, i32 %1410, i32 %1411, i32 %1468, i32 %1469, float %1404, float %1405, float %1406, float %1407)
	%1476 = extractvalue { float, float, float, float } %1475, 0
	%1477 = extractvalue { float, float, float, float } %1475, 1
	%1478 = extractvalue { float, float, float, float } %1475, 2
	%1479 = extractvalue { float, float, float, float } %1475, 3
	%1480 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1144, float %1142)
	%1481 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1196, float %1194)
	%1482 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1148, float %1146)
	%1483 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1200, float %1198)
	%1484 = xor i32 %1263, 0
	%1485 = add i32 %1484, 6144
	%1486 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1485)
	%1487 = extractvalue { i32, i32, i32, i32 } %1486, 0
	%1488 = extractvalue { i32, i32, i32, i32 } %1486, 1
	%1489 = extractvalue { i32, i32, i32, i32 } %1486, 2
	%1490 = extractvalue { i32, i32, i32, i32 } %1486, 3
	%1491 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1487, i32 %1488, float %1420, float %1421, float %1422, float %1423)
	%1492 = extractvalue { float, float, float, float } %1491, 0
	%1493 = extractvalue { float, float, float, float } %1491, 1
	%1494 = extractvalue { float, float, float, float } %1491, 2
	%1495 = extractvalue { float, float, float, float } %1491, 3
	%1496 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1489, i32 %1490, float %1425, float %1426, float %1427, float %1428)
	%1497 = extractvalue { float, float, float, float } %1496, 0
	%1498 = extractvalue { float, float, float, float } %1496, 1
	%1499 = extractvalue { float, float, float, float } %1496, 2
	%1500 = extractvalue { float, float, float, float } %1496, 3
	%1501 = xor i32 %1263, 32
	%1502 = add i32 %1501, 6144
	%1503 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1502)
	%1504 = extractvalue { i32, i32, i32, i32 } %1503, 0
	%1505 = extractvalue { i32, i32, i32, i32 } %1503, 1
	%1506 = extractvalue { i32, i32, i32, i32 } %1503, 2
	%1507 = extractvalue { i32, i32, i32, i32 } %1503, 3
	%1508 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1504, i32 %1505, float %1437, float %1438, float %1439, float %1440)
	%1509 = extractvalue { float, float, float, float } %1508, 0
	%1510 = extractvalue { float, float, float, float } %1508, 1
	%1511 = extractvalue { float, float, float, float } %1508, 2
	%1512 = extractvalue { float, float, float, float } %1508, 3
	%1513 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1506, i32 %1507, float %1442, float %1443, float %1444, float %1445)
	%1514 = extractvalue { float, float, float, float } %1513, 0
	%1515 = extractvalue { float, float, float, float } %1513, 1
	%1516 = extractvalue { float, float, float, float } %1513, 2
	%1517 = extractvalue { float, float, float, float } %1513, 3
	%1518 = xor i32 %1263, 64
	%1519 = add i32 %1518, 6144
	%1520 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1519)
	%1521 = extractvalue { i32, i32, i32, i32 } %1520, 0
	%1522 = extractvalue { i32, i32, i32, i32 } %1520, 1
	%1523 = extractvalue { i32, i32, i32, i32 } %1520, 2
	%1524 = extractvalue { i32, i32, i32, i32 } %1520, 3
	%1525 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1521, i32 %1522, float %1454, float %1455, float %1456, float %1457)
	%1526 = extractvalue { float, float, float, float } %1525, 0
	%1527 = extractvalue { float, float, float, float } %1525, 1
	%1528 = extractvalue { float, float, float, float } %1525, 2
	%1529 = extractvalue { float, float, float, float } %1525, 3
	%1530 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1523, i32 %1524, float %1459, float %1460, float %1461, float %1462)
	%1531 = extractvalue { float, float, float, float } %1530, 0
	%1532 = extractvalue { float, float, float, float } %1530, 1
	%1533 = extractvalue { float, float, float, float } %1530, 2
	%1534 = extractvalue { float, float, float, float } %1530, 3
	%1535 = xor i32 %1263, 96
	%1536 = add i32 %1535, 6144
	%1537 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1536)
	%1538 = extractvalue { i32, i32, i32, i32 } %1537, 0
	%1539 = extractvalue { i32, i32, i32, i32 } %1537, 1
	%1540 = extractvalue { i32, i32, i32, i32 } %1537, 2
	%1541 = extractvalue { i32, i32, i32, i32 } %1537, 3
	%1542 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1538, i32 %1539, float %1471, float %1472, float %1473, float %1474)
	%1543 = extractvalue { float, float, float, float } %1542, 0
	%1544 = extractvalue { float, float, float, float } %1542, 1
	%1545 = extractvalue { float, float, float, float } %1542, 2
	%1546 = extractvalue { float, float, float, float } %1542, 3
	%1547 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1480, i32 %1481, i32 %1482, i32 %1483, i32 %1540, i32 %1541, float %1476, float %1477, float %1478, float %1479)
	%1548 = extractvalue { float, float, float, float } %1547, 0
	%1549 = extractvalue { float, float, float, float } %1547, 1
	%1550 = extractvalue { float, float, float, float } %1547, 2
	%1551 = extractvalue { float, float, float, float } %1547, 3
	br i1 %1225, label %loop, label %epilogue

store0:
	%1552 = mul i32 %22, %M
	%1553 = add i32 %1552, %552
	%1554 = mul i32 %1553, 64
	%1555 = shl i32 %6, 1
	%1556 = add i32 0, %1555
	%1557 = add i32 %1554, %1556
	%1558 = sext i32 %1557 to i64
	%1559 = getelementptr i16, i16* %out, i64 %1558
	%1560 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %554, float %553)
	%1561 = bitcast i16* %1559 to i32*
	store i32 %1560, i32* %1561
	%1562 = shl i32 %6, 1
	%1563 = add i32 8, %1562
	%1564 = add i32 %1554, %1563
	%1565 = sext i32 %1564 to i64
	%1566 = getelementptr i16, i16* %out, i64 %1565
	%1567 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %556, float %555)
	%1568 = bitcast i16* %1566 to i32*
	store i32 %1567, i32* %1568
	%1569 = shl i32 %6, 1
	%1570 = add i32 16, %1569
	%1571 = add i32 %1554, %1570
	%1572 = sext i32 %1571 to i64
	%1573 = getelementptr i16, i16* %out, i64 %1572
	%1574 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %558, float %557)
	%1575 = bitcast i16* %1573 to i32*
	store i32 %1574, i32* %1575
	%1576 = shl i32 %6, 1
	%1577 = add i32 24, %1576
	%1578 = add i32 %1554, %1577
	%1579 = sext i32 %1578 to i64
	%1580 = getelementptr i16, i16* %out, i64 %1579
	%1581 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %560, float %559)
	%1582 = bitcast i16* %1580 to i32*
	store i32 %1581, i32* %1582
	%1583 = shl i32 %6, 1
	%1584 = add i32 32, %1583
	%1585 = add i32 %1554, %1584
	%1586 = sext i32 %1585 to i64
	%1587 = getelementptr i16, i16* %out, i64 %1586
	%1588 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %562, float %561)
	%1589 = bitcast i16* %1587 to i32*
	store i32 %1588, i32* %1589
	%1590 = shl i32 %6, 1
	%1591 = add i32 40, %1590
	%1592 = add i32 %1554, %1591
	%1593 = sext i32 %1592 to i64
	%1594 = getelementptr i16, i16* %out, i64 %1593
	%1595 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %564, float %563)
	%1596 = bitcast i16* %1594 to i32*
	store i32 %1595, i32* %1596
	%1597 = shl i32 %6, 1
	%1598 = add i32 48, %1597
	%1599 = add i32 %1554, %1598
	%1600 = sext i32 %1599 to i64
	%1601 = getelementptr i16, i16* %out, i64 %1600
	%1602 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %566, float %565)
	%1603 = bitcast i16* %1601 to i32*
	store i32 %1602, i32* %1603
	%1604 = shl i32 %6, 1
	%1605 = add i32 56, %1604
	%1606 = add i32 %1554, %1605
	%1607 = sext i32 %1606 to i64
	%1608 = getelementptr i16, i16* %out, i64 %1607
	%1609 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %568, float %567)
	%1610 = bitcast i16* %1608 to i32*
	store i32 %1609, i32* %1610
	br label %stored0

stored0:
	%1611 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %508, i32 1, i32 31)
	%1612 = fadd float %508, %1611
	%1613 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1612, i32 2, i32 31)
	%1614 = fadd float %1612, %1613
	%1615 = fcmp ogt float %1614, 0.0
	%1616 = fdiv float 1.0, %1614
	%1617 = select i1 %1615, float %1616, float 0.0
	%1618 = mul i32 %3, 16
	%1619 = add i32 %24, %1618
	%1620 = add i32 %5, 8
	%1621 = add i32 %1619, %1620
	%1622 = fmul float %512, %1617
	%1623 = fmul float %513, %1617
	%1624 = fmul float %516, %1617
	%1625 = fmul float %517, %1617
	%1626 = fmul float %520, %1617
	%1627 = fmul float %521, %1617
	%1628 = fmul float %524, %1617
	%1629 = fmul float %525, %1617
	%1630 = fmul float %528, %1617
	%1631 = fmul float %529, %1617
	%1632 = fmul float %532, %1617
	%1633 = fmul float %533, %1617
	%1634 = fmul float %536, %1617
	%1635 = fmul float %537, %1617
	%1636 = fmul float %540, %1617
	%1637 = fmul float %541, %1617
	%1638 = icmp slt i32 %1621, %M
	br i1 %1638, label %store1, label %stored1

store1:
	%1639 = mul i32 %22, %M
	%1640 = add i32 %1639, %1621
	%1641 = mul i32 %1640, 64
	%1642 = shl i32 %6, 1
	%1643 = add i32 0, %1642
	%1644 = add i32 %1641, %1643
	%1645 = sext i32 %1644 to i64
	%1646 = getelementptr i16, i16* %out, i64 %1645
	%1647 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1623, float %1622)
	%1648 = bitcast i16* %1646 to i32*
	store i32 %1647, i32* %1648
	%1649 = shl i32 %6, 1
	%1650 = add i32 8, %1649
	%1651 = add i32 %1641, %1650
	%1652 = sext i32 %1651 to i64
	%1653 = getelementptr i16, i16* %out, i64 %1652
	%1654 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1625, float %1624)
	%1655 = bitcast i16* %1653 to i32*
	store i32 %1654, i32* %1655
	%1656 = shl i32 %6, 1
	%1657 = add i32 16, %1656
	%1658 = add i32 %1641, %1657
	%1659 = sext i32 %1658 to i64
	%1660 = getelementptr i16, i16* %out, i64 %1659
	%1661 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1627, float %1626)
	%1662 = bitcast i16* %1660 to i32*
	store i32 %1661, i32* %1662
	%1663 = shl i32 %6, 1
	%1664 = add i32 24, %1663
	%1665 = add i32 %1641, %1664
	%1666 = sext i32 %1665 to i64
	%1667 = getelementptr i16, i16* %out, i64 %1666
	%1668 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1629, float %1628)
	%1669 = bitcast i16* %1667 to i32*
	store i32 %1668, i32* %1669
	%1670 = shl i32 %6, 1
	%1671 = add i32 32, %1670
	%1672 = add i32 %1641, %1671
	%1673 = sext i32 %1672 to i64
	%1674 = getelementptr i16, i16* %out, i64 %1673
	%1675 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1631, float %1630)
	%1676 = bitcast i16* %1674 to i32*
	store i32 %1675, i32* %1676
	%1677 = shl i32 %6, 1
	%1678 = add i32 40, %1677
	%1679 = add i32 %1641, %1678
	%1680 = sext i32 %1679 to i64
	%1681 = getelementptr i16, i16* %out, i64 %1680
	%1682 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1633, float %1632)
	%1683 = bitcast i16* %1681 to i32*
	store i32 %1682, i32* %1683
	%1684 = shl i32 %6, 1
	%1685 = add i32 48, %1684
	%1686 = add i32 %1641, %1685
	%1687 = sext i32 %1686 to i64
	%1688 = getelementptr i16, i16* %out, i64 %1687
	%1689 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1635, float %1634)
	%1690 = bitcast i16* %1688 to i32*
	store i32 %1689, i32* %1690
	%1691 = shl i32 %6, 1
	%1692 = add i32 56, %1691
	%1693 = add i32 %1641, %1692
	%1694 = sext i32 %1693 to i64
	%1695 = getelementptr i16, i16* %out, i64 %1694
	%1696 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1637, float %1636)
	%1697 = bitcast i16* %1695 to i32*
	store i32 %1696, i32* %1697
	br label %stored1

stored1:
	ret void
}

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @toplocal_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, float*, i32, i32)* @toplocal_pool_q0, !"maxntidx", i32 64}
!2 = !{void (i16*, float*, i32, i32)* @toplocal_pool_k0, !"maxntidx", i32 64}
!3 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @toplocal_scores0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @toplocal_attn2, !"maxntidx", i32 256}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @toplocal_attn2, !"minctasm", i32 3}
