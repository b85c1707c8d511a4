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
@minference_scores0_raw = internal addrspace(3) global [4096 x float] undef, align 16
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
	%19 = phi i32 [ %0, %entry ], [ %239, %237 ]
	%20 = phi float [ 0xFFF0000000000000, %entry ], [ %238, %237 ]
	%21 = icmp slt i32 %19, %16
	br i1 %21, label %22, label %107

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
	%62 = icmp slt i32 %28, %17
	%63 = select i1 %62, i32 %28, i32 %17
	%64 = add i32 %10, %63
	%65 = sext i32 %64 to i64
	%66 = getelementptr i8, i8* %cls, i64 %65
	%67 = load i8, i8* %66
	%68 = icmp slt i32 %32, %17
	%69 = select i1 %68, i32 %32, i32 %17
	%70 = add i32 %10, %69
	%71 = sext i32 %70 to i64
	%72 = getelementptr i8, i8* %cls, i64 %71
	%73 = load i8, i8* %72
	%74 = icmp slt i32 %36, %17
	%75 = select i1 %74, i32 %36, i32 %17
	%76 = add i32 %10, %75
	%77 = sext i32 %76 to i64
	%78 = getelementptr i8, i8* %cls, i64 %77
	%79 = load i8, i8* %78
	%80 = icmp slt i32 %40, %17
	%81 = select i1 %80, i32 %40, i32 %17
	%82 = add i32 %10, %81
	%83 = sext i32 %82 to i64
	%84 = getelementptr i8, i8* %cls, i64 %83
	%85 = load i8, i8* %84
	%86 = icmp slt i32 %44, %17
	%87 = select i1 %86, i32 %44, i32 %17
	%88 = add i32 %10, %87
	%89 = sext i32 %88 to i64
	%90 = getelementptr i8, i8* %cls, i64 %89
	%91 = load i8, i8* %90
	%92 = icmp slt i32 %48, %17
	%93 = select i1 %92, i32 %48, i32 %17
	%94 = add i32 %10, %93
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp slt i32 %52, %17
	%99 = select i1 %98, i32 %52, i32 %17
	%100 = add i32 %10, %99
	%101 = sext i32 %100 to i64
	%102 = getelementptr i8, i8* %cls, i64 %101
	%103 = load i8, i8* %102
	%104 = icmp slt i32 %24, %NK
	%105 = icmp ne i8 %61, 0
	%106 = and i1 %104, %105
	br i1 %106, label %122, label %127

107:
	%108 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %20, i32 16, i32 31)
	%109 = call float @llvm.nvvm.fmax.f(float %20, float %108)
	%110 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %109, i32 8, i32 31)
	%111 = call float @llvm.nvvm.fmax.f(float %109, float %110)
	%112 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %111, i32 4, i32 31)
	%113 = call float @llvm.nvvm.fmax.f(float %111, float %112)
	%114 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %113, i32 2, i32 31)
	%115 = call float @llvm.nvvm.fmax.f(float %113, float %114)
	%116 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %115, i32 1, i32 31)
	%117 = call float @llvm.nvvm.fmax.f(float %115, float %116)
	%118 = lshr i32 %0, 5
	%119 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%120 = icmp eq i32 %119, 0
	%121 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 %118
	br i1 %120, label %240, label %241

122:
	%123 = add i32 %11, %24
	%124 = sext i32 %123 to i64
	%125 = getelementptr float, float* %e, i64 %124
	%126 = load float, float* %125
	br label %127

127:
	%128 = phi float [ 0xFFF0000000000000, %22 ], [ %126, %122 ]
	%129 = icmp slt i32 %28, %NK
	%130 = icmp ne i8 %67, 0
	%131 = and i1 %129, %130
	br i1 %131, label %132, label %137

132:
	%133 = add i32 %11, %28
	%134 = sext i32 %133 to i64
	%135 = getelementptr float, float* %e, i64 %134
	%136 = load float, float* %135
	br label %137

137:
	%138 = phi float [ 0xFFF0000000000000, %127 ], [ %136, %132 ]
	%139 = icmp slt i32 %32, %NK
	%140 = icmp ne i8 %73, 0
	%141 = and i1 %139, %140
	br i1 %141, label %142, label %147

142:
	%143 = add i32 %11, %32
	%144 = sext i32 %143 to i64
	%145 = getelementptr float, float* %e, i64 %144
	%146 = load float, float* %145
	br label %147

147:
	%148 = phi float [ 0xFFF0000000000000, %137 ], [ %146, %142 ]
	%149 = icmp slt i32 %36, %NK
	%150 = icmp ne i8 %79, 0
	%151 = and i1 %149, %150
	br i1 %151, label %152, label %157

152:
	%153 = add i32 %11, %36
	%154 = sext i32 %153 to i64
	%155 = getelementptr float, float* %e, i64 %154
	%156 = load float, float* %155
	br label %157

157:
	%158 = phi float [ 0xFFF0000000000000, %147 ], [ %156, %152 ]
	%159 = icmp slt i32 %40, %NK
	%160 = icmp ne i8 %85, 0
	%161 = and i1 %159, %160
	br i1 %161, label %162, label %167

162:
	%163 = add i32 %11, %40
	%164 = sext i32 %163 to i64
	%165 = getelementptr float, float* %e, i64 %164
	%166 = load float, float* %165
	br label %167

167:
	%168 = phi float [ 0xFFF0000000000000, %157 ], [ %166, %162 ]
	%169 = icmp slt i32 %44, %NK
	%170 = icmp ne i8 %91, 0
	%171 = and i1 %169, %170
	br i1 %171, label %172, label %177

172:
	%173 = add i32 %11, %44
	%174 = sext i32 %173 to i64
	%175 = getelementptr float, float* %e, i64 %174
	%176 = load float, float* %175
	br label %177

177:
	%178 = phi float [ 0xFFF0000000000000, %167 ], [ %176, %172 ]
	%179 = icmp slt i32 %48, %NK
	%180 = icmp ne i8 %97, 0
	%181 = and i1 %179, %180
	br i1 %181, label %182, label %187

182:
	%183 = add i32 %11, %48
	%184 = sext i32 %183 to i64
	%185 = getelementptr float, float* %e, i64 %184
	%186 = load float, float* %185
	br label %187

187:
	%188 = phi float [ 0xFFF0000000000000, %177 ], [ %186, %182 ]
	%189 = icmp slt i32 %52, %NK
	%190 = icmp ne i8 %103, 0
	%191 = and i1 %189, %190
	br i1 %191, label %192, label %197

192:
	%193 = add i32 %11, %52
	%194 = sext i32 %193 to i64
	%195 = getelementptr float, float* %e, i64 %194
	%196 = load float, float* %195
	br label %197

197:
	%198 = phi float [ 0xFFF0000000000000, %187 ], [ %196, %192 ]
	br i1 %25, label %199, label %202

199:
	%200 = bitcast float %128 to i32
	%201 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %24
	store i32 %200, i32 addrspace(3)* %201
	br label %202

202:
	%203 = call float @llvm.nvvm.fmax.f(float %20, float %128)
	br i1 %29, label %204, label %207

204:
	%205 = bitcast float %138 to i32
	%206 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %28
	store i32 %205, i32 addrspace(3)* %206
	br label %207

207:
	%208 = call float @llvm.nvvm.fmax.f(float %203, float %138)
	br i1 %33, label %209, label %212

209:
	%210 = bitcast float %148 to i32
	%211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %32
	store i32 %210, i32 addrspace(3)* %211
	br label %212

212:
	%213 = call float @llvm.nvvm.fmax.f(float %208, float %148)
	br i1 %37, label %214, label %217

214:
	%215 = bitcast float %158 to i32
	%216 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %36
	store i32 %215, i32 addrspace(3)* %216
	br label %217

217:
	%218 = call float @llvm.nvvm.fmax.f(float %213, float %158)
	br i1 %41, label %219, label %222

219:
	%220 = bitcast float %168 to i32
	%221 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %40
	store i32 %220, i32 addrspace(3)* %221
	br label %222

222:
	%223 = call float @llvm.nvvm.fmax.f(float %218, float %168)
	br i1 %45, label %224, label %227

224:
	%225 = bitcast float %178 to i32
	%226 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %44
	store i32 %225, i32 addrspace(3)* %226
	br label %227

227:
	%228 = call float @llvm.nvvm.fmax.f(float %223, float %178)
	br i1 %49, label %229, label %232

229:
	%230 = bitcast float %188 to i32
	%231 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %48
	store i32 %230, i32 addrspace(3)* %231
	br label %232

232:
	%233 = call float @llvm.nvvm.fmax.f(float %228, float %188)
	br i1 %53, label %234, label %237

234:
	%235 = bitcast float %198 to i32
	%236 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %52
	store i32 %235, i32 addrspace(3)* %236
	br label %237

237:
	%238 = call float @llvm.nvvm.fmax.f(float %233, float %198)
	%239 = add i32 %19, 2048
	br label %18

240:
	store float %117, float addrspace(3)* %121
	br label %241

241:
	call void @llvm.nvvm.barrier0()
	%242 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 0
	%243 = load float, float addrspace(3)* %242
	%244 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 1
	%245 = load float, float addrspace(3)* %244
	%246 = call float @llvm.nvvm.fmax.f(float %243, float %245)
	%247 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 2
	%248 = load float, float addrspace(3)* %247
	%249 = call float @llvm.nvvm.fmax.f(float %246, float %248)
	%250 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 3
	%251 = load float, float addrspace(3)* %250
	%252 = call float @llvm.nvvm.fmax.f(float %249, float %251)
	%253 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 4
	%254 = load float, float addrspace(3)* %253
	%255 = call float @llvm.nvvm.fmax.f(float %252, float %254)
	%256 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 5
	%257 = load float, float addrspace(3)* %256
	%258 = call float @llvm.nvvm.fmax.f(float %255, float %257)
	%259 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 6
	%260 = load float, float addrspace(3)* %259
	%261 = call float @llvm.nvvm.fmax.f(float %258, float %260)
	%262 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 7
	%263 = load float, float addrspace(3)* %262
	%264 = call float @llvm.nvvm.fmax.f(float %261, float %263)
	%265 = fcmp oeq float %264, 0xFFF0000000000000
	%266 = select i1 %265, float 0.0, float %264
	br label %267

267:
	%268 = phi i32 [ %0, %241 ], [ %283, %271 ]
	%269 = phi float [ 0.0, %241 ], [ %282, %271 ]
	%270 = icmp slt i32 %268, %16
	br i1 %270, label %271, label %284

271:
	%272 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %268
	%273 = load i32, i32 addrspace(3)* %272
	%274 = bitcast i32 %273 to float
	%275 = fcmp one float %274, 0xFFF0000000000000
	%276 = fsub float %274, %266
	%277 = call float @llvm.nvvm.ex2.approx.ftz.f(float %276)
	%278 = select i1 %275, float %277, float -1.0
	%279 = bitcast float %278 to i32
	%280 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %268
	store i32 %279, i32 addrspace(3)* %280
	%281 = select i1 %275, float %277, float 0.0
	%282 = fadd float %269, %281
	%283 = add i32 %268, 256
	br label %267

284:
	%285 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %269, i32 16, i32 31)
	%286 = fadd float %269, %285
	%287 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %286, i32 8, i32 31)
	%288 = fadd float %286, %287
	%289 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %288, i32 4, i32 31)
	%290 = fadd float %288, %289
	%291 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %290, i32 2, i32 31)
	%292 = fadd float %290, %291
	%293 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %292, i32 1, i32 31)
	%294 = fadd float %292, %293
	%295 = lshr i32 %0, 5
	%296 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%297 = icmp eq i32 %296, 0
	%298 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 %295
	br i1 %297, label %299, label %300

299:
	store float %294, float addrspace(3)* %298
	br label %300

300:
	call void @llvm.nvvm.barrier0()
	%301 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 0
	%302 = load float, float addrspace(3)* %301
	%303 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 1
	%304 = load float, float addrspace(3)* %303
	%305 = fadd float %302, %304
	%306 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 2
	%307 = load float, float addrspace(3)* %306
	%308 = fadd float %305, %307
	%309 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 3
	%310 = load float, float addrspace(3)* %309
	%311 = fadd float %308, %310
	%312 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 4
	%313 = load float, float addrspace(3)* %312
	%314 = fadd float %311, %313
	%315 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 5
	%316 = load float, float addrspace(3)* %315
	%317 = fadd float %314, %316
	%318 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 6
	%319 = load float, float addrspace(3)* %318
	%320 = fadd float %317, %319
	%321 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 7
	%322 = load float, float addrspace(3)* %321
	%323 = fadd float %320, %322
	%324 = fdiv float 1.0, %323
	%325 = mul i32 %1, 64
	%326 = add i32 %325, %off
	%327 = add i32 %1, 1
	%328 = mul i32 %327, 64
	%329 = icmp slt i32 %328, %M
	%330 = select i1 %329, i32 %328, i32 %M
	%331 = sub i32 %330, 1
	%332 = add i32 %331, %off
	%333 = icmp slt i32 %326, 0
	%334 = sub i32 0, %326
	%335 = sub i32 64, 1
	%336 = add i32 %334, %335
	%337 = sdiv i32 %336, 64
	%338 = sub i32 0, %337
	%339 = sdiv i32 %326, 64
	%340 = select i1 %333, i32 %338, i32 %339
	%341 = icmp slt i32 %332, 0
	%342 = sub i32 0, %332
	%343 = sub i32 64, 1
	%344 = add i32 %342, %343
	%345 = sdiv i32 %344, 64
	%346 = sub i32 0, %345
	%347 = sdiv i32 %332, 64
	%348 = select i1 %341, i32 %346, i32 %347
	br label %349

349:
	%350 = phi i32 [ %0, %300 ], [ %394, %380 ]
	%351 = phi float [ 0.0, %300 ], [ %393, %380 ]
	%352 = icmp slt i32 %350, %16
	br i1 %352, label %353, label %361

353:
	%354 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %350
	%355 = load i32, i32 addrspace(3)* %354
	%356 = bitcast i32 %355 to float
	%357 = fcmp oge float %356, 0.0
	%358 = fmul float %356, %324
	%359 = select i1 %357, float %358, float -1.0
	%360 = icmp slt i32 %350, %NK
	br i1 %360, label %376, label %380

361:
	%362 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %351, i32 16, i32 31)
	%363 = fadd float %351, %362
	%364 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %363, i32 8, i32 31)
	%365 = fadd float %363, %364
	%366 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %365, i32 4, i32 31)
	%367 = fadd float %365, %366
	%368 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %367, i32 2, i32 31)
	%369 = fadd float %367, %368
	%370 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %369, i32 1, i32 31)
	%371 = fadd float %369, %370
	%372 = lshr i32 %0, 5
	%373 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%374 = icmp eq i32 %373, 0
	%375 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 %372
	br i1 %374, label %395, label %396

376:
	%377 = add i32 %11, %350
	%378 = sext i32 %377 to i64
	%379 = getelementptr float, float* %e, i64 %378
	store float %359, float* %379
	br label %380

380:
	%381 = icmp sge i32 %350, %340
	%382 = icmp sle i32 %350, %348
	%383 = and i1 %381, %382
	%384 = or i1 false, %383
	%385 = icmp eq i32 %350, 0
	%386 = or i1 %384, %385
	%387 = bitcast float %359 to i32
	%388 = add i32 %387, 2
	%389 = select i1 %386, i32 1, i32 %388
	%390 = select i1 %357, i32 %389, i32 0
	%391 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %350
	store i32 %390, i32 addrspace(3)* %391
	%392 = uitofp i1 %357 to float
	%393 = fadd float %351, %392
	%394 = add i32 %350, 256
	br label %349

395:
	store float %371, float addrspace(3)* %375
	br label %396

396:
	call void @llvm.nvvm.barrier0()
	%397 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 0
	%398 = load float, float addrspace(3)* %397
	%399 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 1
	%400 = load float, float addrspace(3)* %399
	%401 = fadd float %398, %400
	%402 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 2
	%403 = load float, float addrspace(3)* %402
	%404 = fadd float %401, %403
	%405 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 3
	%406 = load float, float addrspace(3)* %405
	%407 = fadd float %404, %406
	%408 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 4
	%409 = load float, float addrspace(3)* %408
	%410 = fadd float %407, %409
	%411 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 5
	%412 = load float, float addrspace(3)* %411
	%413 = fadd float %410, %412
	%414 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 6
	%415 = load float, float addrspace(3)* %414
	%416 = fadd float %413, %415
	%417 = getelementptr [32 x float], [32 x float] addrspace(3)* @minference_select1_red, i32 0, i32 7
	%418 = load float, float addrspace(3)* %417
	%419 = fadd float %416, %418
	%420 = fptosi float %419 to i32
	%421 = icmp eq i32 %0, 0
	br i1 %421, label %422, label %426

422:
	%423 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 0
	%424 = load i32, i32 addrspace(3)* %423
	%425 = icmp eq i32 %424, 1
	br i1 %425, label %443, label %451

426:
	call void @llvm.nvvm.barrier0()
	%427 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @minference_select1_cnt, i32 0, i32 0
	%428 = load i32, i32 addrspace(3)* %427
	%429 = sub i32 %420, %428
	%430 = sitofp i32 %420 to double
	%431 = fmul double 0x3FB999999999999A, %430
	%432 = fsub double %431, 0x3E112E0BE826D695
	%433 = call double @llvm.ceil.f64(double %432)
	%434 = fptosi double %433 to i32
	%435 = sub i32 %434, %428
	%436 = icmp sgt i32 %435, 0
	%437 = select i1 %436, i32 %435, i32 0
	%438 = icmp slt i32 %437, %429
	%439 = select i1 %438, i32 %437, i32 %429
	%440 = icmp sgt i32 %439, 0
	%441 = select i1 %440, i32 %439, i32 0
	%442 = icmp sgt i32 %441, 0
	br i1 %442, label %topk, label %topk_done

443:
	%444 = add i32 %13, 0
	%445 = sext i32 %444 to i64
	%446 = getelementptr i32, i32* %list, i64 %445
	store i32 0, i32* %446
	%447 = add i32 %13, %NK
	%448 = add i32 %447, 0
	%449 = sext i32 %448 to i64
	%450 = getelementptr i32, i32* %list, i64 %449
	store i32 1, i32* %450
	br label %451

451:
	%452 = add i32 %11, 0
	%453 = sext i32 %452 to i64
	%454 = getelementptr float, float* %e, i64 %453
	%455 = load float, float* %454
	%456 = add i32 0, 1
	%457 = select i1 %425, i32 %456, i32 0
	%458 = fpext float %455 to double
	%459 = fadd double 0.0, %458
	%460 = select i1 %425, double %459, double 0.0
	%461 = icmp sgt i32 %340, 1
	%462 = select i1 %461, i32 %340, i32 1
	%463 = add i32 %348, 1
	%464 = icmp slt i32 %463, %NK
	%465 = select i1 %464, i32 %463, i32 %NK
	br label %466

466:
	%467 = phi i32 [ %462, %451 ], [ %496, %486 ]
	%468 = phi i32 [ %457, %451 ], [ %492, %486 ]
	%469 = phi double [ %460, %451 ], [ %495, %486 ]
	%470 = icmp slt i32 %467, %465
	br i1 %470, label %471, label %475

471:
	%472 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %467
	%473 = load i32, i32 addrspace(3)* %472
	%474 = icmp eq i32 %473, 1
	br i1 %474, label %478, label %486

475:
	%476 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @minference_select1_cnt, i32 0, i32 0
	store i32 %468, i32 addrspace(3)* %476
	%477 = getelementptr [1 x double], [1 x double] addrspace(3)* @minference_select1_mass, i32 0, i32 0
	store double %469, double addrspace(3)* %477
	br label %426

478:
	%479 = add i32 %13, %468
	%480 = sext i32 %479 to i64
	%481 = getelementptr i32, i32* %list, i64 %480
	store i32 %467, i32* %481
	%482 = add i32 %13, %NK
	%483 = add i32 %482, %468
	%484 = sext i32 %483 to i64
	%485 = getelementptr i32, i32* %list, i64 %484
	store i32 1, i32* %485
	br label %486

486:
	%487 = add i32 %11, %467
	%488 = sext i32 %487 to i64
	%489 = getelementptr float, float* %e, i64 %488
	%490 = load float, float* %489
	%491 = add i32 %468, 1
	%492 = select i1 %474, i32 %491, i32 %468
	%493 = fpext float %490 to double
	%494 = fadd double %469, %493
	%495 = select i1 %474, double %494, double %469
	%496 = add i32 %467, 1
	br label %466

topk:
	call void @llvm.nvvm.barrier0()
	%497 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %497
	call void @llvm.nvvm.barrier0()
	br label %500

topk_done:
	%498 = icmp slt i32 %0, %441
	%499 = icmp sle i32 %441, 256
	br i1 %499, label %write_rank, label %write_sort

500:
	%501 = phi i32 [ %0, %topk ], [ %550, %549 ]
	%502 = icmp slt i32 %501, %16
	br i1 %502, label %503, label %513

503:
	%504 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %501
	%505 = load i32, i32 addrspace(3)* %504
	%506 = icmp uge i32 %505, 2
	%507 = and i32 %505, 0
	%508 = icmp eq i32 %507, 0
	%509 = and i1 %506, %508
	%510 = lshr i32 %505, 24
	%511 = and i32 %510, 255
	%512 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %509)
	br i1 %512, label %541, label %549

513:
	call void @llvm.nvvm.barrier0()
	%514 = sub i32 255, %0
	%515 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %514
	%516 = load i32, i32 addrspace(3)* %515
	%517 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %517
	%518 = and i32 %0, 31
	%519 = lshr i32 %0, 5
	%520 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %516, i32 1, i32 0)
	%521 = icmp uge i32 %518, 1
	%522 = select i1 %521, i32 %520, i32 0
	%523 = add i32 %516, %522
	%524 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %523, i32 2, i32 0)
	%525 = icmp uge i32 %518, 2
	%526 = select i1 %525, i32 %524, i32 0
	%527 = add i32 %523, %526
	%528 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %527, i32 4, i32 0)
	%529 = icmp uge i32 %518, 4
	%530 = select i1 %529, i32 %528, i32 0
	%531 = add i32 %527, %530
	%532 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %531, i32 8, i32 0)
	%533 = icmp uge i32 %518, 8
	%534 = select i1 %533, i32 %532, i32 0
	%535 = add i32 %531, %534
	%536 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %535, i32 16, i32 0)
	%537 = icmp uge i32 %518, 16
	%538 = select i1 %537, i32 %536, i32 0
	%539 = add i32 %535, %538
	%540 = icmp eq i32 %518, 31
	br i1 %540, label %556, label %558

541:
	%542 = select i1 %509, i32 %511, i32 256
	%543 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %542)
	%544 = shl i32 1, %3
	%545 = sub i32 %544, 1
	%546 = and i32 %543, %545
	%547 = icmp eq i32 %546, 0
	%548 = and i1 %509, %547
	br i1 %548, label %551, label %555

549:
	%550 = add i32 %501, 256
	br label %500

551:
	%552 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %511
	%553 = call i32 @llvm.ctpop.i32(i32 %543)
	%554 = atomicrmw add i32 addrspace(3)* %552, i32 %553 monotonic
	br label %555

555:
	br label %549

556:
	%557 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 %519
	store i32 %539, i32 addrspace(3)* %557
	br label %558

558:
	call void @llvm.nvvm.barrier0()
	%559 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 0
	%560 = load i32, i32 addrspace(3)* %559
	%561 = icmp sgt i32 %519, 0
	%562 = select i1 %561, i32 %560, i32 0
	%563 = add i32 0, %562
	%564 = add i32 0, %560
	%565 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 1
	%566 = load i32, i32 addrspace(3)* %565
	%567 = icmp sgt i32 %519, 1
	%568 = select i1 %567, i32 %566, i32 0
	%569 = add i32 %563, %568
	%570 = add i32 %564, %566
	%571 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 2
	%572 = load i32, i32 addrspace(3)* %571
	%573 = icmp sgt i32 %519, 2
	%574 = select i1 %573, i32 %572, i32 0
	%575 = add i32 %569, %574
	%576 = add i32 %570, %572
	%577 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 3
	%578 = load i32, i32 addrspace(3)* %577
	%579 = icmp sgt i32 %519, 3
	%580 = select i1 %579, i32 %578, i32 0
	%581 = add i32 %575, %580
	%582 = add i32 %576, %578
	%583 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 4
	%584 = load i32, i32 addrspace(3)* %583
	%585 = icmp sgt i32 %519, 4
	%586 = select i1 %585, i32 %584, i32 0
	%587 = add i32 %581, %586
	%588 = add i32 %582, %584
	%589 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 5
	%590 = load i32, i32 addrspace(3)* %589
	%591 = icmp sgt i32 %519, 5
	%592 = select i1 %591, i32 %590, i32 0
	%593 = add i32 %587, %592
	%594 = add i32 %588, %590
	%595 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 6
	%596 = load i32, i32 addrspace(3)* %595
	%597 = icmp sgt i32 %519, 6
	%598 = select i1 %597, i32 %596, i32 0
	%599 = add i32 %593, %598
	%600 = add i32 %594, %596
	%601 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 7
	%602 = load i32, i32 addrspace(3)* %601
	%603 = icmp sgt i32 %519, 7
	%604 = select i1 %603, i32 %602, i32 0
	%605 = add i32 %599, %604
	%606 = add i32 %600, %602
	%607 = add i32 %605, %539
	%608 = sub i32 %607, %516
	%609 = icmp slt i32 %608, %441
	%610 = add i32 %608, %516
	%611 = icmp sle i32 %441, %610
	%612 = and i1 %609, %611
	br i1 %612, label %613, label %616

613:
	%614 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	store i32 %514, i32 addrspace(3)* %614
	%615 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	store i32 %608, i32 addrspace(3)* %615
	br label %616

616:
	call void @llvm.nvvm.barrier0()
	%617 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	%618 = load i32, i32 addrspace(3)* %617
	%619 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	%620 = load i32, i32 addrspace(3)* %619
	%621 = sub i32 %441, %620
	%622 = shl i32 %618, 24
	%623 = or i32 0, %622
	%624 = or i32 0, u0xFF000000
	br label %625

625:
	%626 = phi i32 [ %0, %616 ], [ %675, %674 ]
	%627 = icmp slt i32 %626, %16
	br i1 %627, label %628, label %638

628:
	%629 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %626
	%630 = load i32, i32 addrspace(3)* %629
	%631 = icmp uge i32 %630, 2
	%632 = and i32 %630, %624
	%633 = icmp eq i32 %632, %623
	%634 = and i1 %631, %633
	%635 = lshr i32 %630, 16
	%636 = and i32 %635, 255
	%637 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %634)
	br i1 %637, label %666, label %674

638:
	call void @llvm.nvvm.barrier0()
	%639 = sub i32 255, %0
	%640 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %639
	%641 = load i32, i32 addrspace(3)* %640
	%642 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %642
	%643 = and i32 %0, 31
	%644 = lshr i32 %0, 5
	%645 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %641, i32 1, i32 0)
	%646 = icmp uge i32 %643, 1
	%647 = select i1 %646, i32 %645, i32 0
	%648 = add i32 %641, %647
	%649 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %648, i32 2, i32 0)
	%650 = icmp uge i32 %643, 2
	%651 = select i1 %650, i32 %649, i32 0
	%652 = add i32 %648, %651
	%653 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %652, i32 4, i32 0)
	%654 = icmp uge i32 %643, 4
	%655 = select i1 %654, i32 %653, i32 0
	%656 = add i32 %652, %655
	%657 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %656, i32 8, i32 0)
	%658 = icmp uge i32 %643, 8
	%659 = select i1 %658, i32 %657, i32 0
	%660 = add i32 %656, %659
	%661 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %660, i32 16, i32 0)
	%662 = icmp uge i32 %643, 16
	%663 = select i1 %662, i32 %661, i32 0
	%664 = add i32 %660, %663
	%665 = icmp eq i32 %643, 31
	br i1 %665, label %681, label %683

666:
	%667 = select i1 %634, i32 %636, i32 256
	%668 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %667)
	%669 = shl i32 1, %3
	%670 = sub i32 %669, 1
	%671 = and i32 %668, %670
	%672 = icmp eq i32 %671, 0
	%673 = and i1 %634, %672
	br i1 %673, label %676, label %680

674:
	%675 = add i32 %626, 256
	br label %625

676:
	%677 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %636
	%678 = call i32 @llvm.ctpop.i32(i32 %668)
	%679 = atomicrmw add i32 addrspace(3)* %677, i32 %678 monotonic
	br label %680

680:
	br label %674

681:
	%682 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 %644
	store i32 %664, i32 addrspace(3)* %682
	br label %683

683:
	call void @llvm.nvvm.barrier0()
	%684 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 0
	%685 = load i32, i32 addrspace(3)* %684
	%686 = icmp sgt i32 %644, 0
	%687 = select i1 %686, i32 %685, i32 0
	%688 = add i32 0, %687
	%689 = add i32 0, %685
	%690 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 1
	%691 = load i32, i32 addrspace(3)* %690
	%692 = icmp sgt i32 %644, 1
	%693 = select i1 %692, i32 %691, i32 0
	%694 = add i32 %688, %693
	%695 = add i32 %689, %691
	%696 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 2
	%697 = load i32, i32 addrspace(3)* %696
	%698 = icmp sgt i32 %644, 2
	%699 = select i1 %698, i32 %697, i32 0
	%700 = add i32 %694, %699
	%701 = add i32 %695, %697
	%702 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 3
	%703 = load i32, i32 addrspace(3)* %702
	%704 = icmp sgt i32 %644, 3
	%705 = select i1 %704, i32 %703, i32 0
	%706 = add i32 %700, %705
	%707 = add i32 %701, %703
	%708 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 4
	%709 = load i32, i32 addrspace(3)* %708
	%710 = icmp sgt i32 %644, 4
	%711 = select i1 %710, i32 %709, i32 0
	%712 = add i32 %706, %711
	%713 = add i32 %707, %709
	%714 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 5
	%715 = load i32, i32 addrspace(3)* %714
	%716 = icmp sgt i32 %644, 5
	%717 = select i1 %716, i32 %715, i32 0
	%718 = add i32 %712, %717
	%719 = add i32 %713, %715
	%720 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 6
	%721 = load i32, i32 addrspace(3)* %720
	%722 = icmp sgt i32 %644, 6
	%723 = select i1 %722, i32 %721, i32 0
	%724 = add i32 %718, %723
	%725 = add i32 %719, %721
	%726 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 7
	%727 = load i32, i32 addrspace(3)* %726
	%728 = icmp sgt i32 %644, 7
	%729 = select i1 %728, i32 %727, i32 0
	%730 = add i32 %724, %729
	%731 = add i32 %725, %727
	%732 = add i32 %730, %664
	%733 = sub i32 %732, %641
	%734 = icmp slt i32 %733, %621
	%735 = add i32 %733, %641
	%736 = icmp sle i32 %621, %735
	%737 = and i1 %734, %736
	br i1 %737, label %738, label %741

738:
	%739 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	store i32 %639, i32 addrspace(3)* %739
	%740 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	store i32 %733, i32 addrspace(3)* %740
	br label %741

741:
	call void @llvm.nvvm.barrier0()
	%742 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	%743 = load i32, i32 addrspace(3)* %742
	%744 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	%745 = load i32, i32 addrspace(3)* %744
	%746 = sub i32 %621, %745
	%747 = shl i32 %743, 16
	%748 = or i32 %623, %747
	%749 = or i32 %624, u0xFF0000
	br label %750

750:
	%751 = phi i32 [ %0, %741 ], [ %800, %799 ]
	%752 = icmp slt i32 %751, %16
	br i1 %752, label %753, label %763

753:
	%754 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %751
	%755 = load i32, i32 addrspace(3)* %754
	%756 = icmp uge i32 %755, 2
	%757 = and i32 %755, %749
	%758 = icmp eq i32 %757, %748
	%759 = and i1 %756, %758
	%760 = lshr i32 %755, 8
	%761 = and i32 %760, 255
	%762 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %759)
	br i1 %762, label %791, label %799

763:
	call void @llvm.nvvm.barrier0()
	%764 = sub i32 255, %0
	%765 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %764
	%766 = load i32, i32 addrspace(3)* %765
	%767 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %767
	%768 = and i32 %0, 31
	%769 = lshr i32 %0, 5
	%770 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %766, i32 1, i32 0)
	%771 = icmp uge i32 %768, 1
	%772 = select i1 %771, i32 %770, i32 0
	%773 = add i32 %766, %772
	%774 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %773, i32 2, i32 0)
	%775 = icmp uge i32 %768, 2
	%776 = select i1 %775, i32 %774, i32 0
	%777 = add i32 %773, %776
	%778 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %777, i32 4, i32 0)
	%779 = icmp uge i32 %768, 4
	%780 = select i1 %779, i32 %778, i32 0
	%781 = add i32 %777, %780
	%782 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %781, i32 8, i32 0)
	%783 = icmp uge i32 %768, 8
	%784 = select i1 %783, i32 %782, i32 0
	%785 = add i32 %781, %784
	%786 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %785, i32 16, i32 0)
	%787 = icmp uge i32 %768, 16
	%788 = select i1 %787, i32 %786, i32 0
	%789 = add i32 %785, %788
	%790 = icmp eq i32 %768, 31
	br i1 %790, label %806, label %808

791:
	%792 = select i1 %759, i32 %761, i32 256
	%793 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %792)
	%794 = shl i32 1, %3
	%795 = sub i32 %794, 1
	%796 = and i32 %793, %795
	%797 = icmp eq i32 %796, 0
	%798 = and i1 %759, %797
	br i1 %798, label %801, label %805

799:
	%800 = add i32 %751, 256
	br label %750

801:
	%802 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %761
	%803 = call i32 @llvm.ctpop.i32(i32 %793)
	%804 = atomicrmw add i32 addrspace(3)* %802, i32 %803 monotonic
	br label %805

805:
	br label %799

806:
	%807 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 %769
	store i32 %789, i32 addrspace(3)* %807
	br label %808

808:
	call void @llvm.nvvm.barrier0()
	%809 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 0
	%810 = load i32, i32 addrspace(3)* %809
	%811 = icmp sgt i32 %769, 0
	%812 = select i1 %811, i32 %810, i32 0
	%813 = add i32 0, %812
	%814 = add i32 0, %810
	%815 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 1
	%816 = load i32, i32 addrspace(3)* %815
	%817 = icmp sgt i32 %769, 1
	%818 = select i1 %817, i32 %816, i32 0
	%819 = add i32 %813, %818
	%820 = add i32 %814, %816
	%821 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 2
	%822 = load i32, i32 addrspace(3)* %821
	%823 = icmp sgt i32 %769, 2
	%824 = select i1 %823, i32 %822, i32 0
	%825 = add i32 %819, %824
	%826 = add i32 %820, %822
	%827 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 3
	%828 = load i32, i32 addrspace(3)* %827
	%829 = icmp sgt i32 %769, 3
	%830 = select i1 %829, i32 %828, i32 0
	%831 = add i32 %825, %830
	%832 = add i32 %826, %828
	%833 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 4
	%834 = load i32, i32 addrspace(3)* %833
	%835 = icmp sgt i32 %769, 4
	%836 = select i1 %835, i32 %834, i32 0
	%837 = add i32 %831, %836
	%838 = add i32 %832, %834
	%839 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 5
	%840 = load i32, i32 addrspace(3)* %839
	%841 = icmp sgt i32 %769, 5
	%842 = select i1 %841, i32 %840, i32 0
	%843 = add i32 %837, %842
	%844 = add i32 %838, %840
	%845 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 6
	%846 = load i32, i32 addrspace(3)* %845
	%847 = icmp sgt i32 %769, 6
	%848 = select i1 %847, i32 %846, i32 0
	%849 = add i32 %843, %848
	%850 = add i32 %844, %846
	%851 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 7
	%852 = load i32, i32 addrspace(3)* %851
	%853 = icmp sgt i32 %769, 7
	%854 = select i1 %853, i32 %852, i32 0
	%855 = add i32 %849, %854
	%856 = add i32 %850, %852
	%857 = add i32 %855, %789
	%858 = sub i32 %857, %766
	%859 = icmp slt i32 %858, %746
	%860 = add i32 %858, %766
	%861 = icmp sle i32 %746, %860
	%862 = and i1 %859, %861
	br i1 %862, label %863, label %866

863:
	%864 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	store i32 %764, i32 addrspace(3)* %864
	%865 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	store i32 %858, i32 addrspace(3)* %865
	br label %866

866:
	call void @llvm.nvvm.barrier0()
	%867 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	%868 = load i32, i32 addrspace(3)* %867
	%869 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	%870 = load i32, i32 addrspace(3)* %869
	%871 = sub i32 %746, %870
	%872 = shl i32 %868, 8
	%873 = or i32 %748, %872
	%874 = or i32 %749, u0xFF00
	br label %875

875:
	%876 = phi i32 [ %0, %866 ], [ %925, %924 ]
	%877 = icmp slt i32 %876, %16
	br i1 %877, label %878, label %888

878:
	%879 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %876
	%880 = load i32, i32 addrspace(3)* %879
	%881 = icmp uge i32 %880, 2
	%882 = and i32 %880, %874
	%883 = icmp eq i32 %882, %873
	%884 = and i1 %881, %883
	%885 = lshr i32 %880, 0
	%886 = and i32 %885, 255
	%887 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %884)
	br i1 %887, label %916, label %924

888:
	call void @llvm.nvvm.barrier0()
	%889 = sub i32 255, %0
	%890 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %889
	%891 = load i32, i32 addrspace(3)* %890
	%892 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %892
	%893 = and i32 %0, 31
	%894 = lshr i32 %0, 5
	%895 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %891, i32 1, i32 0)
	%896 = icmp uge i32 %893, 1
	%897 = select i1 %896, i32 %895, i32 0
	%898 = add i32 %891, %897
	%899 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %898, i32 2, i32 0)
	%900 = icmp uge i32 %893, 2
	%901 = select i1 %900, i32 %899, i32 0
	%902 = add i32 %898, %901
	%903 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %902, i32 4, i32 0)
	%904 = icmp uge i32 %893, 4
	%905 = select i1 %904, i32 %903, i32 0
	%906 = add i32 %902, %905
	%907 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %906, i32 8, i32 0)
	%908 = icmp uge i32 %893, 8
	%909 = select i1 %908, i32 %907, i32 0
	%910 = add i32 %906, %909
	%911 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %910, i32 16, i32 0)
	%912 = icmp uge i32 %893, 16
	%913 = select i1 %912, i32 %911, i32 0
	%914 = add i32 %910, %913
	%915 = icmp eq i32 %893, 31
	br i1 %915, label %931, label %933

916:
	%917 = select i1 %884, i32 %886, i32 256
	%918 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %917)
	%919 = shl i32 1, %3
	%920 = sub i32 %919, 1
	%921 = and i32 %918, %920
	%922 = icmp eq i32 %921, 0
	%923 = and i1 %884, %922
	br i1 %923, label %926, label %930

924:
	%925 = add i32 %876, 256
	br label %875

926:
	%927 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %886
	%928 = call i32 @llvm.ctpop.i32(i32 %918)
	%929 = atomicrmw add i32 addrspace(3)* %927, i32 %928 monotonic
	br label %930

930:
	br label %924

931:
	%932 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 %894
	store i32 %914, i32 addrspace(3)* %932
	br label %933

933:
	call void @llvm.nvvm.barrier0()
	%934 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 0
	%935 = load i32, i32 addrspace(3)* %934
	%936 = icmp sgt i32 %894, 0
	%937 = select i1 %936, i32 %935, i32 0
	%938 = add i32 0, %937
	%939 = add i32 0, %935
	%940 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 1
	%941 = load i32, i32 addrspace(3)* %940
	%942 = icmp sgt i32 %894, 1
	%943 = select i1 %942, i32 %941, i32 0
	%944 = add i32 %938, %943
	%945 = add i32 %939, %941
	%946 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 2
	%947 = load i32, i32 addrspace(3)* %946
	%948 = icmp sgt i32 %894, 2
	%949 = select i1 %948, i32 %947, i32 0
	%950 = add i32 %944, %949
	%951 = add i32 %945, %947
	%952 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 3
	%953 = load i32, i32 addrspace(3)* %952
	%954 = icmp sgt i32 %894, 3
	%955 = select i1 %954, i32 %953, i32 0
	%956 = add i32 %950, %955
	%957 = add i32 %951, %953
	%958 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 4
	%959 = load i32, i32 addrspace(3)* %958
	%960 = icmp sgt i32 %894, 4
	%961 = select i1 %960, i32 %959, i32 0
	%962 = add i32 %956, %961
	%963 = add i32 %957, %959
	%964 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 5
	%965 = load i32, i32 addrspace(3)* %964
	%966 = icmp sgt i32 %894, 5
	%967 = select i1 %966, i32 %965, i32 0
	%968 = add i32 %962, %967
	%969 = add i32 %963, %965
	%970 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 6
	%971 = load i32, i32 addrspace(3)* %970
	%972 = icmp sgt i32 %894, 6
	%973 = select i1 %972, i32 %971, i32 0
	%974 = add i32 %968, %973
	%975 = add i32 %969, %971
	%976 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 7
	%977 = load i32, i32 addrspace(3)* %976
	%978 = icmp sgt i32 %894, 7
	%979 = select i1 %978, i32 %977, i32 0
	%980 = add i32 %974, %979
	%981 = add i32 %975, %977
	%982 = add i32 %980, %914
	%983 = sub i32 %982, %891
	%984 = icmp slt i32 %983, %871
	%985 = add i32 %983, %891
	%986 = icmp sle i32 %871, %985
	%987 = and i1 %984, %986
	br i1 %987, label %988, label %991

988:
	%989 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	store i32 %889, i32 addrspace(3)* %989
	%990 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	store i32 %983, i32 addrspace(3)* %990
	br label %991

991:
	call void @llvm.nvvm.barrier0()
	%992 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 0
	%993 = load i32, i32 addrspace(3)* %992
	%994 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @minference_select1_sel, i32 0, i32 1
	%995 = load i32, i32 addrspace(3)* %994
	%996 = sub i32 %871, %995
	%997 = shl i32 %993, 0
	%998 = or i32 %873, %997
	%999 = or i32 %874, 255
	%1000 = shl i32 1, %3
	%1001 = sub i32 %1000, 1
	br label %1002

1002:
	%1003 = phi i32 [ 0, %991 ], [ %1057, %1056 ]
	%1004 = icmp slt i32 %1003, %16
	br i1 %1004, label %1005, label %1014

1005:
	%1006 = add i32 %1003, %0
	%1007 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %1006
	%1008 = load i32, i32 addrspace(3)* %1007
	%1009 = icmp ugt i32 %1008, %998
	%1010 = icmp eq i32 %1008, %998
	%1011 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1009)
	%1012 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1010)
	%1013 = icmp eq i32 %3, 0
	br i1 %1013, label %1048, label %1056

1014:
	call void @llvm.nvvm.barrier0()
	%1015 = sdiv i32 %16, 256
	%1016 = mul i32 %1015, 8
	%1017 = icmp slt i32 %0, %1016
	%1018 = select i1 %1017, i32 %0, i32 0
	%1019 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpg, i32 0, i32 %1018
	%1020 = load i32, i32 addrspace(3)* %1019
	%1021 = select i1 %1017, i32 %1020, i32 0
	%1022 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpt, i32 0, i32 %1018
	%1023 = load i32, i32 addrspace(3)* %1022
	%1024 = select i1 %1017, i32 %1023, i32 0
	%1025 = and i32 %0, 31
	%1026 = lshr i32 %0, 5
	%1027 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1024, i32 1, i32 0)
	%1028 = icmp uge i32 %1025, 1
	%1029 = select i1 %1028, i32 %1027, i32 0
	%1030 = add i32 %1024, %1029
	%1031 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1030, i32 2, i32 0)
	%1032 = icmp uge i32 %1025, 2
	%1033 = select i1 %1032, i32 %1031, i32 0
	%1034 = add i32 %1030, %1033
	%1035 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1034, i32 4, i32 0)
	%1036 = icmp uge i32 %1025, 4
	%1037 = select i1 %1036, i32 %1035, i32 0
	%1038 = add i32 %1034, %1037
	%1039 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1038, i32 8, i32 0)
	%1040 = icmp uge i32 %1025, 8
	%1041 = select i1 %1040, i32 %1039, i32 0
	%1042 = add i32 %1038, %1041
	%1043 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1042, i32 16, i32 0)
	%1044 = icmp uge i32 %1025, 16
	%1045 = select i1 %1044, i32 %1043, i32 0
	%1046 = add i32 %1042, %1045
	%1047 = icmp eq i32 %1025, 31
	br i1 %1047, label %1058, label %1060

1048:
	%1049 = sdiv i32 %1003, 256
	%1050 = mul i32 %1049, 8
	%1051 = add i32 %1050, %4
	%1052 = call i32 @llvm.ctpop.i32(i32 %1011)
	%1053 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpg, i32 0, i32 %1051
	store i32 %1052, i32 addrspace(3)* %1053
	%1054 = call i32 @llvm.ctpop.i32(i32 %1012)
	%1055 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpt, i32 0, i32 %1051
	store i32 %1054, i32 addrspace(3)* %1055
	br label %1056

1056:
	%1057 = add i32 %1003, 256
	br label %1002

1058:
	%1059 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 %1026
	store i32 %1046, i32 addrspace(3)* %1059
	br label %1060

1060:
	call void @llvm.nvvm.barrier0()
	%1061 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 0
	%1062 = load i32, i32 addrspace(3)* %1061
	%1063 = icmp sgt i32 %1026, 0
	%1064 = select i1 %1063, i32 %1062, i32 0
	%1065 = add i32 0, %1064
	%1066 = add i32 0, %1062
	%1067 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 1
	%1068 = load i32, i32 addrspace(3)* %1067
	%1069 = icmp sgt i32 %1026, 1
	%1070 = select i1 %1069, i32 %1068, i32 0
	%1071 = add i32 %1065, %1070
	%1072 = add i32 %1066, %1068
	%1073 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 2
	%1074 = load i32, i32 addrspace(3)* %1073
	%1075 = icmp sgt i32 %1026, 2
	%1076 = select i1 %1075, i32 %1074, i32 0
	%1077 = add i32 %1071, %1076
	%1078 = add i32 %1072, %1074
	%1079 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 3
	%1080 = load i32, i32 addrspace(3)* %1079
	%1081 = icmp sgt i32 %1026, 3
	%1082 = select i1 %1081, i32 %1080, i32 0
	%1083 = add i32 %1077, %1082
	%1084 = add i32 %1078, %1080
	%1085 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 4
	%1086 = load i32, i32 addrspace(3)* %1085
	%1087 = icmp sgt i32 %1026, 4
	%1088 = select i1 %1087, i32 %1086, i32 0
	%1089 = add i32 %1083, %1088
	%1090 = add i32 %1084, %1086
	%1091 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 5
	%1092 = load i32, i32 addrspace(3)* %1091
	%1093 = icmp sgt i32 %1026, 5
	%1094 = select i1 %1093, i32 %1092, i32 0
	%1095 = add i32 %1089, %1094
	%1096 = add i32 %1090, %1092
	%1097 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 6
	%1098 = load i32, i32 addrspace(3)* %1097
	%1099 = icmp sgt i32 %1026, 6
	%1100 = select i1 %1099, i32 %1098, i32 0
	%1101 = add i32 %1095, %1100
	%1102 = add i32 %1096, %1098
	%1103 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scana, i32 0, i32 7
	%1104 = load i32, i32 addrspace(3)* %1103
	%1105 = icmp sgt i32 %1026, 7
	%1106 = select i1 %1105, i32 %1104, i32 0
	%1107 = add i32 %1101, %1106
	%1108 = add i32 %1102, %1104
	%1109 = add i32 %1107, %1046
	%1110 = sub i32 %1109, %1024
	%1111 = sub i32 %996, %1110
	%1112 = icmp sgt i32 %1111, 0
	%1113 = select i1 %1112, i32 %1111, i32 0
	%1114 = icmp slt i32 %1113, %1024
	%1115 = select i1 %1114, i32 %1113, i32 %1024
	%1116 = add i32 %1021, %1115
	%1117 = and i32 %0, 31
	%1118 = lshr i32 %0, 5
	%1119 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1116, i32 1, i32 0)
	%1120 = icmp uge i32 %1117, 1
	%1121 = select i1 %1120, i32 %1119, i32 0
	%1122 = add i32 %1116, %1121
	%1123 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1122, i32 2, i32 0)
	%1124 = icmp uge i32 %1117, 2
	%1125 = select i1 %1124, i32 %1123, i32 0
	%1126 = add i32 %1122, %1125
	%1127 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1126, i32 4, i32 0)
	%1128 = icmp uge i32 %1117, 4
	%1129 = select i1 %1128, i32 %1127, i32 0
	%1130 = add i32 %1126, %1129
	%1131 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1130, i32 8, i32 0)
	%1132 = icmp uge i32 %1117, 8
	%1133 = select i1 %1132, i32 %1131, i32 0
	%1134 = add i32 %1130, %1133
	%1135 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1134, i32 16, i32 0)
	%1136 = icmp uge i32 %1117, 16
	%1137 = select i1 %1136, i32 %1135, i32 0
	%1138 = add i32 %1134, %1137
	%1139 = icmp eq i32 %1117, 31
	br i1 %1139, label %1140, label %1142

1140:
	%1141 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 %1118
	store i32 %1138, i32 addrspace(3)* %1141
	br label %1142

1142:
	call void @llvm.nvvm.barrier0()
	%1143 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 0
	%1144 = load i32, i32 addrspace(3)* %1143
	%1145 = icmp sgt i32 %1118, 0
	%1146 = select i1 %1145, i32 %1144, i32 0
	%1147 = add i32 0, %1146
	%1148 = add i32 0, %1144
	%1149 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 1
	%1150 = load i32, i32 addrspace(3)* %1149
	%1151 = icmp sgt i32 %1118, 1
	%1152 = select i1 %1151, i32 %1150, i32 0
	%1153 = add i32 %1147, %1152
	%1154 = add i32 %1148, %1150
	%1155 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 2
	%1156 = load i32, i32 addrspace(3)* %1155
	%1157 = icmp sgt i32 %1118, 2
	%1158 = select i1 %1157, i32 %1156, i32 0
	%1159 = add i32 %1153, %1158
	%1160 = add i32 %1154, %1156
	%1161 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 3
	%1162 = load i32, i32 addrspace(3)* %1161
	%1163 = icmp sgt i32 %1118, 3
	%1164 = select i1 %1163, i32 %1162, i32 0
	%1165 = add i32 %1159, %1164
	%1166 = add i32 %1160, %1162
	%1167 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 4
	%1168 = load i32, i32 addrspace(3)* %1167
	%1169 = icmp sgt i32 %1118, 4
	%1170 = select i1 %1169, i32 %1168, i32 0
	%1171 = add i32 %1165, %1170
	%1172 = add i32 %1166, %1168
	%1173 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 5
	%1174 = load i32, i32 addrspace(3)* %1173
	%1175 = icmp sgt i32 %1118, 5
	%1176 = select i1 %1175, i32 %1174, i32 0
	%1177 = add i32 %1171, %1176
	%1178 = add i32 %1172, %1174
	%1179 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 6
	%1180 = load i32, i32 addrspace(3)* %1179
	%1181 = icmp sgt i32 %1118, 6
	%1182 = select i1 %1181, i32 %1180, i32 0
	%1183 = add i32 %1177, %1182
	%1184 = add i32 %1178, %1180
	%1185 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @minference_select1_scanb, i32 0, i32 7
	%1186 = load i32, i32 addrspace(3)* %1185
	%1187 = icmp sgt i32 %1118, 7
	%1188 = select i1 %1187, i32 %1186, i32 0
	%1189 = add i32 %1183, %1188
	%1190 = add i32 %1184, %1186
	%1191 = add i32 %1189, %1138
	%1192 = sub i32 %1191, %1116
	br i1 %1017, label %1193, label %1196

1193:
	%1194 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpg, i32 0, i32 %0
	store i32 %1192, i32 addrspace(3)* %1194
	%1195 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpt, i32 0, i32 %0
	store i32 %1110, i32 addrspace(3)* %1195
	br label %1196

1196:
	call void @llvm.nvvm.barrier0()
	br label %1197

1197:
	%1198 = phi i32 [ 0, %1196 ], [ %1230, %1229 ]
	%1199 = icmp slt i32 %1198, %16
	br i1 %1199, label %1200, label %1225

1200:
	%1201 = add i32 %1198, %0
	%1202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %1201
	%1203 = load i32, i32 addrspace(3)* %1202
	%1204 = icmp ugt i32 %1203, %998
	%1205 = icmp eq i32 %1203, %998
	%1206 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1204)
	%1207 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1205)
	%1208 = sdiv i32 %1198, 256
	%1209 = mul i32 %1208, 8
	%1210 = add i32 %1209, %4
	%1211 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpt, i32 0, i32 %1210
	%1212 = load i32, i32 addrspace(3)* %1211
	%1213 = and i32 %1207, %1001
	%1214 = call i32 @llvm.ctpop.i32(i32 %1213)
	%1215 = add i32 %1212, %1214
	%1216 = icmp slt i32 %1215, %996
	%1217 = and i1 %1205, %1216
	%1218 = or i1 %1204, %1217
	%1219 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1218)
	%1220 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @minference_select1_cmpg, i32 0, i32 %1210
	%1221 = load i32, i32 addrspace(3)* %1220
	%1222 = and i32 %1219, %1001
	%1223 = call i32 @llvm.ctpop.i32(i32 %1222)
	%1224 = add i32 %1221, %1223
	br i1 %1218, label %1226, label %1229

1225:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1226:
	%1227 = add i32 %1198, %0
	%1228 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1224
	store i32 %1227, i32 addrspace(3)* %1228
	br label %1229

1229:
	%1230 = add i32 %1198, 256
	br label %1197

write_rank:
	br i1 %498, label %1330, label %1336

write_sort:
	%1231 = sub i32 %441, 1
	%1232 = call i32 @llvm.ctlz.i32(i32 %1231, i1 false)
	%1233 = icmp sgt i32 %441, 1
	%1234 = sub i32 32, %1232
	%1235 = select i1 %1233, i32 %1234, i32 0
	%1236 = shl i32 1, %1235
	%1237 = add i32 %441, %0
	br label %1248

write_done:
	%1238 = add i32 %428, %441
	%1239 = icmp sle i32 %M, 16
	%1240 = add i32 %1238, 1
	%1241 = add i32 %428, %441
	%1242 = icmp sgt i32 %1240, %1241
	%1243 = select i1 %1242, i32 %1240, i32 %1241
	%1244 = icmp slt i32 %1243, %NK
	%1245 = select i1 %1244, i32 %1243, i32 %NK
	%1246 = select i1 %1239, i32 %NK, i32 %1245
	%1247 = add i32 %1238, %0
	br label %1369

1248:
	%1249 = phi i32 [ %1237, %write_sort ], [ %1253, %1251 ]
	%1250 = icmp slt i32 %1249, %1236
	br i1 %1250, label %1251, label %1254

1251:
	%1252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1249
	store i32 -1, i32 addrspace(3)* %1252
	%1253 = add i32 %1249, 256
	br label %1248

1254:
	call void @llvm.nvvm.barrier0()
	%1255 = add i32 %1235, 1
	br label %1256

1256:
	%1257 = phi i32 [ 1, %1254 ], [ %1273, %1272 ]
	%1258 = icmp slt i32 %1257, %1255
	br i1 %1258, label %1259, label %1261

1259:
	%1260 = shl i32 1, %1257
	br label %1262

1261:
	br label %1314

1262:
	%1263 = phi i32 [ 0, %1259 ], [ %1308, %1307 ]
	%1264 = icmp slt i32 %1263, %1257
	br i1 %1264, label %1265, label %1272

1265:
	%1266 = sub i32 %1257, 1
	%1267 = sub i32 %1266, %1263
	%1268 = shl i32 1, %1267
	%1269 = sub i32 %1257, 1
	%1270 = sub i32 %1269, %1263
	%1271 = lshr i32 %1236, 1
	br label %1274

1272:
	%1273 = add i32 %1257, 1
	br label %1256

1274:
	%1275 = phi i32 [ %0, %1265 ], [ %1313, %1312 ]
	%1276 = icmp slt i32 %1275, %1271
	br i1 %1276, label %1277, label %1307

1277:
	%1278 = lshr i32 %1275, %1270
	%1279 = add i32 %1270, 1
	%1280 = shl i32 %1278, %1279
	%1281 = sub i32 %1268, 1
	%1282 = and i32 %1275, %1281
	%1283 = or i32 %1280, %1282
	%1284 = or i32 %1283, %1268
	%1285 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1283
	%1286 = load i32, i32 addrspace(3)* %1285
	%1287 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1284
	%1288 = load i32, i32 addrspace(3)* %1287
	%1289 = and i32 %1283, %1260
	%1290 = icmp eq i32 %1289, 0
	%1291 = icmp sge i32 %1288, 0
	%1292 = select i1 %1291, i32 %1288, i32 0
	%1293 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %1292
	%1294 = load i32, i32 addrspace(3)* %1293
	%1295 = select i1 %1291, i32 %1294, i32 0
	%1296 = icmp sge i32 %1286, 0
	%1297 = select i1 %1296, i32 %1286, i32 0
	%1298 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %1297
	%1299 = load i32, i32 addrspace(3)* %1298
	%1300 = select i1 %1296, i32 %1299, i32 0
	%1301 = icmp ugt i32 %1295, %1300
	%1302 = icmp eq i32 %1295, %1300
	%1303 = icmp slt i32 %1288, %1286
	%1304 = and i1 %1302, %1303
	%1305 = or i1 %1301, %1304
	%1306 = icmp eq i1 %1305, %1290
	br i1 %1306, label %1309, label %1312

1307:
	call void @llvm.nvvm.barrier0()
	%1308 = add i32 %1263, 1
	br label %1262

1309:
	%1310 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1283
	store i32 %1288, i32 addrspace(3)* %1310
	%1311 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1284
	store i32 %1286, i32 addrspace(3)* %1311
	br label %1312

1312:
	%1313 = add i32 %1275, 256
	br label %1274

1314:
	%1315 = phi i32 [ %0, %1261 ], [ %1328, %1317 ]
	%1316 = icmp slt i32 %1315, %441
	br i1 %1316, label %1317, label %1329

1317:
	%1318 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1315
	%1319 = load i32, i32 addrspace(3)* %1318
	%1320 = add i32 %428, %1315
	%1321 = add i32 %13, %1320
	%1322 = sext i32 %1321 to i64
	%1323 = getelementptr i32, i32* %list, i64 %1322
	store i32 %1319, i32* %1323
	%1324 = add i32 %13, %NK
	%1325 = add i32 %1324, %1320
	%1326 = sext i32 %1325 to i64
	%1327 = getelementptr i32, i32* %list, i64 %1326
	store i32 0, i32* %1327
	%1328 = add i32 %1315, 256
	br label %1314

1329:
	br label %write_done

1330:
	%1331 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %0
	%1332 = load i32, i32 addrspace(3)* %1331
	%1333 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_x, i32 0, i32 %1332
	%1334 = load i32, i32 addrspace(3)* %1333
	%1335 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %0
	store i32 %1334, i32 addrspace(3)* %1335
	br label %1336

1336:
	call void @llvm.nvvm.barrier0()
	br i1 %498, label %1337, label %1342

1337:
	%1338 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %0
	%1339 = load i32, i32 addrspace(3)* %1338
	%1340 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %0
	%1341 = load i32, i32 addrspace(3)* %1340
	br label %1343

1342:
	br label %write_done

1343:
	%1344 = phi i32 [ 0, %1337 ], [ %1359, %1347 ]
	%1345 = phi i32 [ 0, %1337 ], [ %1358, %1347 ]
	%1346 = icmp slt i32 %1344, %441
	br i1 %1346, label %1347, label %1360

1347:
	%1348 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @minference_select1_hist2, i32 0, i32 %1344
	%1349 = load i32, i32 addrspace(3)* %1348
	%1350 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @minference_select1_c, i32 0, i32 %1344
	%1351 = load i32, i32 addrspace(3)* %1350
	%1352 = icmp ugt i32 %1349, %1341
	%1353 = icmp eq i32 %1349, %1341
	%1354 = icmp slt i32 %1351, %1339
	%1355 = and i1 %1353, %1354
	%1356 = or i1 %1352, %1355
	%1357 = zext i1 %1356 to i32
	%1358 = add i32 %1345, %1357
	%1359 = add i32 %1344, 1
	br label %1343

1360:
	%1361 = add i32 %428, %1345
	%1362 = add i32 %13, %1361
	%1363 = sext i32 %1362 to i64
	%1364 = getelementptr i32, i32* %list, i64 %1363
	store i32 %1339, i32* %1364
	%1365 = add i32 %13, %NK
	%1366 = add i32 %1365, %1361
	%1367 = sext i32 %1366 to i64
	%1368 = getelementptr i32, i32* %list, i64 %1367
	store i32 0, i32* %1368
	br label %1342

1369:
	%1370 = phi i32 [ %1247, %write_done ], [ %1380, %1372 ]
	%1371 = icmp slt i32 %1370, %1246
	br i1 %1371, label %1372, label %1381

1372:
	%1373 = add i32 %13, %1370
	%1374 = sext i32 %1373 to i64
	%1375 = getelementptr i32, i32* %list, i64 %1374
	store i32 -1, i32* %1375
	%1376 = add i32 %13, %NK
	%1377 = add i32 %1376, %1370
	%1378 = sext i32 %1377 to i64
	%1379 = getelementptr i32, i32* %list, i64 %1378
	store i32 -1, i32* %1379
	%1380 = add i32 %1370, 256
	br label %1369

1381:
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

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

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
	%3 = mul i32 %1, 16
	%4 = udiv i32 %0, 8
	%5 = add i32 %3, %4
	%6 = urem i32 %0, 8
	%7 = mul i32 %6, 8
	%8 = icmp slt i32 %5, %NT
	br i1 %8, label %9, label %19

9:
	%10 = mul i32 %5, 64
	%11 = add i32 %10, 64
	%12 = icmp slt i32 %11, %L
	%13 = select i1 %12, i32 %11, i32 %L
	%14 = mul i32 %2, %L
	%15 = mul i32 %14, 64
	%16 = add i32 %15, %7
	%17 = sext i32 %16 to i64
	%18 = getelementptr i16, i16* %x, i64 %17
	br label %20

19:
	ret void

20:
	%21 = phi i32 [ %10, %9 ], [ %361, %31 ]
	%22 = phi float [ 0.0, %9 ], [ %339, %31 ]
	%23 = phi float [ 0.0, %9 ], [ %342, %31 ]
	%24 = phi float [ 0.0, %9 ], [ %345, %31 ]
	%25 = phi float [ 0.0, %9 ], [ %348, %31 ]
	%26 = phi float [ 0.0, %9 ], [ %351, %31 ]
	%27 = phi float [ 0.0, %9 ], [ %354, %31 ]
	%28 = phi float [ 0.0, %9 ], [ %357, %31 ]
	%29 = phi float [ 0.0, %9 ], [ %360, %31 ]
	%30 = icmp slt i32 %21, %13
	br i1 %30, label %31, label %362

31:
	%32 = sub i32 %13, 1
	%33 = add i32 %21, 0
	%34 = icmp slt i32 %33, %13
	%35 = icmp slt i32 %33, %32
	%36 = select i1 %35, i32 %33, i32 %32
	%37 = add i32 %21, 1
	%38 = icmp slt i32 %37, %13
	%39 = icmp slt i32 %37, %32
	%40 = select i1 %39, i32 %37, i32 %32
	%41 = add i32 %21, 2
	%42 = icmp slt i32 %41, %13
	%43 = icmp slt i32 %41, %32
	%44 = select i1 %43, i32 %41, i32 %32
	%45 = add i32 %21, 3
	%46 = icmp slt i32 %45, %13
	%47 = icmp slt i32 %45, %32
	%48 = select i1 %47, i32 %45, i32 %32
	%49 = add i32 %21, 4
	%50 = icmp slt i32 %49, %13
	%51 = icmp slt i32 %49, %32
	%52 = select i1 %51, i32 %49, i32 %32
	%53 = add i32 %21, 5
	%54 = icmp slt i32 %53, %13
	%55 = icmp slt i32 %53, %32
	%56 = select i1 %55, i32 %53, i32 %32
	%57 = add i32 %21, 6
	%58 = icmp slt i32 %57, %13
	%59 = icmp slt i32 %57, %32
	%60 = select i1 %59, i32 %57, i32 %32
	%61 = add i32 %21, 7
	%62 = icmp slt i32 %61, %13
	%63 = icmp slt i32 %61, %32
	%64 = select i1 %63, i32 %61, i32 %32
	%65 = mul i32 %36, 64
	%66 = sext i32 %65 to i64
	%67 = getelementptr i16, i16* %18, i64 %66
	%68 = bitcast i16* %67 to <8 x i16>*
	%69 = load <8 x i16>, <8 x i16>* %68, align 16
	%70 = extractelement <8 x i16> %69, i32 0
	%71 = extractelement <8 x i16> %69, i32 1
	%72 = extractelement <8 x i16> %69, i32 2
	%73 = extractelement <8 x i16> %69, i32 3
	%74 = extractelement <8 x i16> %69, i32 4
	%75 = extractelement <8 x i16> %69, i32 5
	%76 = extractelement <8 x i16> %69, i32 6
	%77 = extractelement <8 x i16> %69, i32 7
	%78 = mul i32 %40, 64
	%79 = sext i32 %78 to i64
	%80 = getelementptr i16, i16* %18, i64 %79
	%81 = bitcast i16* %80 to <8 x i16>*
	%82 = load <8 x i16>, <8 x i16>* %81, align 16
	%83 = extractelement <8 x i16> %82, i32 0
	%84 = extractelement <8 x i16> %82, i32 1
	%85 = extractelement <8 x i16> %82, i32 2
	%86 = extractelement <8 x i16> %82, i32 3
	%87 = extractelement <8 x i16> %82, i32 4
	%88 = extractelement <8 x i16> %82, i32 5
	%89 = extractelement <8 x i16> %82, i32 6
	%90 = extractelement <8 x i16> %82, i32 7
	%91 = mul i32 %44, 64
	%92 = sext i32 %91 to i64
	%93 = getelementptr i16, i16* %18, i64 %92
	%94 = bitcast i16* %93 to <8 x i16>*
	%95 = load <8 x i16>, <8 x i16>* %94, align 16
	%96 = extractelement <8 x i16> %95, i32 0
	%97 = extractelement <8 x i16> %95, i32 1
	%98 = extractelement <8 x i16> %95, i32 2
	%99 = extractelement <8 x i16> %95, i32 3
	%100 = extractelement <8 x i16> %95, i32 4
	%101 = extractelement <8 x i16> %95, i32 5
	%102 = extractelement <8 x i16> %95, i32 6
	%103 = extractelement <8 x i16> %95, i32 7
	%104 = mul i32 %48, 64
	%105 = sext i32 %104 to i64
	%106 = getelementptr i16, i16* %18, i64 %105
	%107 = bitcast i16* %106 to <8 x i16>*
	%108 = load <8 x i16>, <8 x i16>* %107, align 16
	%109 = extractelement <8 x i16> %108, i32 0
	%110 = extractelement <8 x i16> %108, i32 1
	%111 = extractelement <8 x i16> %108, i32 2
	%112 = extractelement <8 x i16> %108, i32 3
	%113 = extractelement <8 x i16> %108, i32 4
	%114 = extractelement <8 x i16> %108, i32 5
	%115 = extractelement <8 x i16> %108, i32 6
	%116 = extractelement <8 x i16> %108, i32 7
	%117 = mul i32 %52, 64
	%118 = sext i32 %117 to i64
	%119 = getelementptr i16, i16* %18, i64 %118
	%120 = bitcast i16* %119 to <8 x i16>*
	%121 = load <8 x i16>, <8 x i16>* %120, align 16
	%122 = extractelement <8 x i16> %121, i32 0
	%123 = extractelement <8 x i16> %121, i32 1
	%124 = extractelement <8 x i16> %121, i32 2
	%125 = extractelement <8 x i16> %121, i32 3
	%126 = extractelement <8 x i16> %121, i32 4
	%127 = extractelement <8 x i16> %121, i32 5
	%128 = extractelement <8 x i16> %121, i32 6
	%129 = extractelement <8 x i16> %121, i32 7
	%130 = mul i32 %56, 64
	%131 = sext i32 %130 to i64
	%132 = getelementptr i16, i16* %18, i64 %131
	%133 = bitcast i16* %132 to <8 x i16>*
	%134 = load <8 x i16>, <8 x i16>* %133, align 16
	%135 = extractelement <8 x i16> %134, i32 0
	%136 = extractelement <8 x i16> %134, i32 1
	%137 = extractelement <8 x i16> %134, i32 2
	%138 = extractelement <8 x i16> %134, i32 3
	%139 = extractelement <8 x i16> %134, i32 4
	%140 = extractelement <8 x i16> %134, i32 5
	%141 = extractelement <8 x i16> %134, i32 6
	%142 = extractelement <8 x i16> %134, i32 7
	%143 = mul i32 %60, 64
	%144 = sext i32 %143 to i64
	%145 = getelementptr i16, i16* %18, i64 %144
	%146 = bitcast i16* %145 to <8 x i16>*
	%147 = load <8 x i16>, <8 x i16>* %146, align 16
	%148 = extractelement <8 x i16> %147, i32 0
	%149 = extractelement <8 x i16> %147, i32 1
	%150 = extractelement <8 x i16> %147, i32 2
	%151 = extractelement <8 x i16> %147, i32 3
	%152 = extractelement <8 x i16> %147, i32 4
	%153 = extractelement <8 x i16> %147, i32 5
	%154 = extractelement <8 x i16> %147, i32 6
	%155 = extractelement <8 x i16> %147, i32 7
	%156 = mul i32 %64, 64
	%157 = sext i32 %156 to i64
	%158 = getelementptr i16, i16* %18, i64 %157
	%159 = bitcast i16* %158 to <8 x i16>*
	%160 = load <8 x i16>, <8 x i16>* %159, align 16
	%161 = extractelement <8 x i16> %160, i32 0
	%162 = extractelement <8 x i16> %160, i32 1
	%163 = extractelement <8 x i16> %160, i32 2
	%164 = extractelement <8 x i16> %160, i32 3
	%165 = extractelement <8 x i16> %160, i32 4
	%166 = extractelement <8 x i16> %160, i32 5
	%167 = extractelement <8 x i16> %160, i32 6
	%168 = extractelement <8 x i16> %160, i32 7
	%169 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %70)
	%170 = fadd float %22, %169
	%171 = select i1 %34, float %170, float %22
	%172 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %71)
	%173 = fadd float %23, %172
	%174 = select i1 %34, float %173, float %23
	%175 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %72)
	%176 = fadd float %24, %175
	%177 = select i1 %34, float %176, float %24
	%178 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %73)
	%179 = fadd float %25, %178
	%180 = select i1 %34, float %179, float %25
	%181 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %74)
	%182 = fadd float %26, %181
	%183 = select i1 %34, float %182, float %26
	%184 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %75)
	%185 = fadd float %27, %184
	%186 = select i1 %34, float %185, float %27
	%187 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %76)
	%188 = fadd float %28, %187
	%189 = select i1 %34, float %188, float %28
	%190 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %77)
	%191 = fadd float %29, %190
	%192 = select i1 %34, float %191, float %29
	%193 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %83)
	%194 = fadd float %171, %193
	%195 = select i1 %38, float %194, float %171
	%196 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %84)
	%197 = fadd float %174, %196
	%198 = select i1 %38, float %197, float %174
	%199 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %85)
	%200 = fadd float %177, %199
	%201 = select i1 %38, float %200, float %177
	%202 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %86)
	%203 = fadd float %180, %202
	%204 = select i1 %38, float %203, float %180
	%205 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %87)
	%206 = fadd float %183, %205
	%207 = select i1 %38, float %206, float %183
	%208 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %88)
	%209 = fadd float %186, %208
	%210 = select i1 %38, float %209, float %186
	%211 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %89)
	%212 = fadd float %189, %211
	%213 = select i1 %38, float %212, float %189
	%214 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %90)
	%215 = fadd float %192, %214
	%216 = select i1 %38, float %215, float %192
	%217 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %96)
	%218 = fadd float %195, %217
	%219 = select i1 %42, float %218, float %195
	%220 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %97)
	%221 = fadd float %198, %220
	%222 = select i1 %42, float %221, float %198
	%223 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %98)
	%224 = fadd float %201, %223
	%225 = select i1 %42, float %224, float %201
	%226 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %99)
	%227 = fadd float %204, %226
	%228 = select i1 %42, float %227, float %204
	%229 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %100)
	%230 = fadd float %207, %229
	%231 = select i1 %42, float %230, float %207
	%232 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %101)
	%233 = fadd float %210, %232
	%234 = select i1 %42, float %233, float %210
	%235 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %102)
	%236 = fadd float %213, %235
	%237 = select i1 %42, float %236, float %213
	%238 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %103)
	%239 = fadd float %216, %238
	%240 = select i1 %42, float %239, float %216
	%241 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %109)
	%242 = fadd float %219, %241
	%243 = select i1 %46, float %242, float %219
	%244 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %110)
	%245 = fadd float %222, %244
	%246 = select i1 %46, float %245, float %222
	%247 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %111)
	%248 = fadd float %225, %247
	%249 = select i1 %46, float %248, float %225
	%250 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %112)
	%251 = fadd float %228, %250
	%252 = select i1 %46, float %251, float %228
	%253 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %113)
	%254 = fadd float %231, %253
	%255 = select i1 %46, float %254, float %231
	%256 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %114)
	%257 = fadd float %234, %256
	%258 = select i1 %46, float %257, float %234
	%259 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %115)
	%260 = fadd float %237, %259
	%261 = select i1 %46, float %260, float %237
	%262 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %116)
	%263 = fadd float %240, %262
	%264 = select i1 %46, float %263, float %240
	%265 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %122)
	%266 = fadd float %243, %265
	%267 = select i1 %50, float %266, float %243
	%268 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %123)
	%269 = fadd float %246, %268
	%270 = select i1 %50, float %269, float %246
	%271 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %124)
	%272 = fadd float %249, %271
	%273 = select i1 %50, float %272, float %249
	%274 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %125)
	%275 = fadd float %252, %274
	%276 = select i1 %50, float %275, float %252
	%277 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %126)
	%278 = fadd float %255, %277
	%279 = select i1 %50, float %278, float %255
	%280 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %127)
	%281 = fadd float %258, %280
	%282 = select i1 %50, float %281, float %258
	%283 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %128)
	%284 = fadd float %261, %283
	%285 = select i1 %50, float %284, float %261
	%286 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %129)
	%287 = fadd float %264, %286
	%288 = select i1 %50, float %287, float %264
	%289 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %135)
	%290 = fadd float %267, %289
	%291 = select i1 %54, float %290, float %267
	%292 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %136)
	%293 = fadd float %270, %292
	%294 = select i1 %54, float %293, float %270
	%295 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %137)
	%296 = fadd float %273, %295
	%297 = select i1 %54, float %296, float %273
	%298 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %138)
	%299 = fadd float %276, %298
	%300 = select i1 %54, float %299, float %276
	%301 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %139)
	%302 = fadd float %279, %301
	%303 = select i1 %54, float %302, float %279
	%304 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %140)
	%305 = fadd float %282, %304
	%306 = select i1 %54, float %305, float %282
	%307 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %141)
	%308 = fadd float %285, %307
	%309 = select i1 %54, float %308, float %285
	%310 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %142)
	%311 = fadd float %288, %310
	%312 = select i1 %54, float %311, float %288
	%313 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %148)
	%314 = fadd float %291, %313
	%315 = select i1 %58, float %314, float %291
	%316 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %149)
	%317 = fadd float %294, %316
	%318 = select i1 %58, float %317, float %294
	%319 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %150)
	%320 = fadd float %297, %319
	%321 = select i1 %58, float %320, float %297
	%322 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %151)
	%323 = fadd float %300, %322
	%324 = select i1 %58, float %323, float %300
	%325 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %152)
	%326 = fadd float %303, %325
	%327 = select i1 %58, float %326, float %303
	%328 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %153)
	%329 = fadd float %306, %328
	%330 = select i1 %58, float %329, float %306
	%331 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %154)
	%332 = fadd float %309, %331
	%333 = select i1 %58, float %332, float %309
	%334 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %155)
	%335 = fadd float %312, %334
	%336 = select i1 %58, float %335, float %312
	%337 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %161)
	%338 = fadd float %315, %337
	%339 = select i1 %62, float %338, float %315
	%340 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %162)
	%341 = fadd float %318, %340
	%342 = select i1 %62, float %341, float %318
	%343 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %163)
	%344 = fadd float %321, %343
	%345 = select i1 %62, float %344, float %321
	%346 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %164)
	%347 = fadd float %324, %346
	%348 = select i1 %62, float %347, float %324
	%349 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %165)
	%350 = fadd float %327, %349
	%351 = select i1 %62, float %350, float %327
	%352 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %166)
	%353 = fadd float %330, %352
	%354 = select i1 %62, float %353, float %330
	%355 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %167)
	%356 = fadd float %333, %355
	%357 = select i1 %62, float %356, float %333
	%358 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %168)
	%359 = fadd float %336, %358
	%360 = select i1 %62, float %359, float %336
	%361 = add i32 %21, 8
	br label %20

362:
	%363 = sub i32 %13, %10
	%364 = sitofp i32 %363 to float
	%365 = mul i32 %2, %NT
	%366 = add i32 %365, %5
	%367 = mul i32 %366, 64
	%368 = add i32 %367, %7
	%369 = fdiv float %22, %364
	%370 = insertelement <4 x float> undef, float %369, i32 0
	%371 = fdiv float %23, %364
	%372 = insertelement <4 x float> %370, float %371, i32 1
	%373 = fdiv float %24, %364
	%374 = insertelement <4 x float> %372, float %373, i32 2
	%375 = fdiv float %25, %364
	%376 = insertelement <4 x float> %374, float %375, i32 3
	%377 = add i32 %368, 0
	%378 = sext i32 %377 to i64
	%379 = getelementptr float, float* %out, i64 %378
	%380 = bitcast float* %379 to <4 x float>*
	store <4 x float> %376, <4 x float>* %380, align 16
	%381 = fdiv float %26, %364
	%382 = insertelement <4 x float> undef, float %381, i32 0
	%383 = fdiv float %27, %364
	%384 = insertelement <4 x float> %382, float %383, i32 1
	%385 = fdiv float %28, %364
	%386 = insertelement <4 x float> %384, float %385, i32 2
	%387 = fdiv float %29, %364
	%388 = insertelement <4 x float> %386, float %387, i32 3
	%389 = add i32 %368, 4
	%390 = sext i32 %389 to i64
	%391 = getelementptr float, float* %out, i64 %390
	%392 = bitcast float* %391 to <4 x float>*
	store <4 x float> %388, <4 x float>* %392, align 16
	br label %19
}

define ptx_kernel void @minference_pool_k0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 16
	%4 = udiv i32 %0, 8
	%5 = add i32 %3, %4
	%6 = urem i32 %0, 8
	%7 = mul i32 %6, 8
	%8 = icmp slt i32 %5, %NT
	br i1 %8, label %9, label %19

9:
	%10 = mul i32 %5, 64
	%11 = add i32 %10, 64
	%12 = icmp slt i32 %11, %L
	%13 = select i1 %12, i32 %11, i32 %L
	%14 = mul i32 %2, %L
	%15 = mul i32 %14, 64
	%16 = add i32 %15, %7
	%17 = sext i32 %16 to i64
	%18 = getelementptr i16, i16* %x, i64 %17
	br label %20

19:
	ret void

20:
	%21 = phi i32 [ %10, %9 ], [ %361, %31 ]
	%22 = phi float [ 0.0, %9 ], [ %339, %31 ]
	%23 = phi float [ 0.0, %9 ], [ %342, %31 ]
	%24 = phi float [ 0.0, %9 ], [ %345, %31 ]
	%25 = phi float [ 0.0, %9 ], [ %348, %31 ]
	%26 = phi float [ 0.0, %9 ], [ %351, %31 ]
	%27 = phi float [ 0.0, %9 ], [ %354, %31 ]
	%28 = phi float [ 0.0, %9 ], [ %357, %31 ]
	%29 = phi float [ 0.0, %9 ], [ %360, %31 ]
	%30 = icmp slt i32 %21, %13
	br i1 %30, label %31, label %362

31:
	%32 = sub i32 %13, 1
	%33 = add i32 %21, 0
	%34 = icmp slt i32 %33, %13
	%35 = icmp slt i32 %33, %32
	%36 = select i1 %35, i32 %33, i32 %32
	%37 = add i32 %21, 1
	%38 = icmp slt i32 %37, %13
	%39 = icmp slt i32 %37, %32
	%40 = select i1 %39, i32 %37, i32 %32
	%41 = add i32 %21, 2
	%42 = icmp slt i32 %41, %13
	%43 = icmp slt i32 %41, %32
	%44 = select i1 %43, i32 %41, i32 %32
	%45 = add i32 %21, 3
	%46 = icmp slt i32 %45, %13
	%47 = icmp slt i32 %45, %32
	%48 = select i1 %47, i32 %45, i32 %32
	%49 = add i32 %21, 4
	%50 = icmp slt i32 %49, %13
	%51 = icmp slt i32 %49, %32
	%52 = select i1 %51, i32 %49, i32 %32
	%53 = add i32 %21, 5
	%54 = icmp slt i32 %53, %13
	%55 = icmp slt i32 %53, %32
	%56 = select i1 %55, i32 %53, i32 %32
	%57 = add i32 %21, 6
	%58 = icmp slt i32 %57, %13
	%59 = icmp slt i32 %57, %32
	%60 = select i1 %59, i32 %57, i32 %32
	%61 = add i32 %21, 7
	%62 = icmp slt i32 %61, %13
	%63 = icmp slt i32 %61, %32
	%64 = select i1 %63, i32 %61, i32 %32
	%65 = mul i32 %36, 64
	%66 = sext i32 %65 to i64
	%67 = getelementptr i16, i16* %18, i64 %66
	%68 = bitcast i16* %67 to <8 x i16>*
	%69 = load <8 x i16>, <8 x i16>* %68, align 16
	%70 = extractelement <8 x i16> %69, i32 0
	%71 = extractelement <8 x i16> %69, i32 1
	%72 = extractelement <8 x i16> %69, i32 2
	%73 = extractelement <8 x i16> %69, i32 3
	%74 = extractelement <8 x i16> %69, i32 4
	%75 = extractelement <8 x i16> %69, i32 5
	%76 = extractelement <8 x i16> %69, i32 6
	%77 = extractelement <8 x i16> %69, i32 7
	%78 = mul i32 %40, 64
	%79 = sext i32 %78 to i64
	%80 = getelementptr i16, i16* %18, i64 %79
	%81 = bitcast i16* %80 to <8 x i16>*
	%82 = load <8 x i16>, <8 x i16>* %81, align 16
	%83 = extractelement <8 x i16> %82, i32 0
	%84 = extractelement <8 x i16> %82, i32 1
	%85 = extractelement <8 x i16> %82, i32 2
	%86 = extractelement <8 x i16> %82, i32 3
	%87 = extractelement <8 x i16> %82, i32 4
	%88 = extractelement <8 x i16> %82, i32 5
	%89 = extractelement <8 x i16> %82, i32 6
	%90 = extractelement <8 x i16> %82, i32 7
	%91 = mul i32 %44, 64
	%92 = sext i32 %91 to i64
	%93 = getelementptr i16, i16* %18, i64 %92
	%94 = bitcast i16* %93 to <8 x i16>*
	%95 = load <8 x i16>, <8 x i16>* %94, align 16
	%96 = extractelement <8 x i16> %95, i32 0
	%97 = extractelement <8 x i16> %95, i32 1
	%98 = extractelement <8 x i16> %95, i32 2
	%99 = extractelement <8 x i16> %95, i32 3
	%100 = extractelement <8 x i16> %95, i32 4
	%101 = extractelement <8 x i16> %95, i32 5
	%102 = extractelement <8 x i16> %95, i32 6
	%103 = extractelement <8 x i16> %95, i32 7
	%104 = mul i32 %48, 64
	%105 = sext i32 %104 to i64
	%106 = getelementptr i16, i16* %18, i64 %105
	%107 = bitcast i16* %106 to <8 x i16>*
	%108 = load <8 x i16>, <8 x i16>* %107, align 16
	%109 = extractelement <8 x i16> %108, i32 0
	%110 = extractelement <8 x i16> %108, i32 1
	%111 = extractelement <8 x i16> %108, i32 2
	%112 = extractelement <8 x i16> %108, i32 3
	%113 = extractelement <8 x i16> %108, i32 4
	%114 = extractelement <8 x i16> %108, i32 5
	%115 = extractelement <8 x i16> %108, i32 6
	%116 = extractelement <8 x i16> %108, i32 7
	%117 = mul i32 %52, 64
	%118 = sext i32 %117 to i64
	%119 = getelementptr i16, i16* %18, i64 %118
	%120 = bitcast i16* %119 to <8 x i16>*
	%121 = load <8 x i16>, <8 x i16>* %120, align 16
	%122 = extractelement <8 x i16> %121, i32 0
	%123 = extractelement <8 x i16> %121, i32 1
	%124 = extractelement <8 x i16> %121, i32 2
	%125 = extractelement <8 x i16> %121, i32 3
	%126 = extractelement <8 x i16> %121, i32 4
	%127 = extractelement <8 x i16> %121, i32 5
	%128 = extractelement <8 x i16> %121, i32 6
	%129 = extractelement <8 x i16> %121, i32 7
	%130 = mul i32 %56, 64
	%131 = sext i32 %130 to i64
	%132 = getelementptr i16, i16* %18, i64 %131
	%133 = bitcast i16* %132 to <8 x i16>*
	%134 = load <8 x i16>, <8 x i16>* %133, align 16
	%135 = extractelement <8 x i16> %134, i32 0
	%136 = extractelement <8 x i16> %134, i32 1
	%137 = extractelement <8 x i16> %134, i32 2
	%138 = extractelement <8 x i16> %134, i32 3
	%139 = extractelement <8 x i16> %134, i32 4
	%140 = extractelement <8 x i16> %134, i32 5
	%141 = extractelement <8 x i16> %134, i32 6
	%142 = extractelement <8 x i16> %134, i32 7
	%143 = mul i32 %60, 64
	%144 = sext i32 %143 to i64
	%145 = getelementptr i16, i16* %18, i64 %144
	%146 = bitcast i16* %145 to <8 x i16>*
	%147 = load <8 x i16>, <8 x i16>* %146, align 16
	%148 = extractelement <8 x i16> %147, i32 0
	%149 = extractelement <8 x i16> %147, i32 1
	%150 = extractelement <8 x i16> %147, i32 2
	%151 = extractelement <8 x i16> %147, i32 3
	%152 = extractelement <8 x i16> %147, i32 4
	%153 = extractelement <8 x i16> %147, i32 5
	%154 = extractelement <8 x i16> %147, i32 6
	%155 = extractelement <8 x i16> %147, i32 7
	%156 = mul i32 %64, 64
	%157 = sext i32 %156 to i64
	%158 = getelementptr i16, i16* %18, i64 %157
	%159 = bitcast i16* %158 to <8 x i16>*
	%160 = load <8 x i16>, <8 x i16>* %159, align 16
	%161 = extractelement <8 x i16> %160, i32 0
	%162 = extractelement <8 x i16> %160, i32 1
	%163 = extractelement <8 x i16> %160, i32 2
	%164 = extractelement <8 x i16> %160, i32 3
	%165 = extractelement <8 x i16> %160, i32 4
	%166 = extractelement <8 x i16> %160, i32 5
	%167 = extractelement <8 x i16> %160, i32 6
	%168 = extractelement <8 x i16> %160, i32 7
	%169 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %70)
	%170 = fadd float %22, %169
	%171 = select i1 %34, float %170, float %22
	%172 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %71)
	%173 = fadd float %23, %172
	%174 = select i1 %34, float %173, float %23
	%175 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %72)
	%176 = fadd float %24, %175
	%177 = select i1 %34, float %176, float %24
	%178 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %73)
	%179 = fadd float %25, %178
	%180 = select i1 %34, float %179, float %25
	%181 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %74)
	%182 = fadd float %26, %181
	%183 = select i1 %34, float %182, float %26
	%184 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %75)
	%185 = fadd float %27, %184
	%186 = select i1 %34, float %185, float %27
	%187 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %76)
	%188 = fadd float %28, %187
	%189 = select i1 %34, float %188, float %28
	%190 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %77)
	%191 = fadd float %29, %190
	%192 = select i1 %34, float %191, float %29
	%193 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %83)
	%194 = fadd float %171, %193
	%195 = select i1 %38, float %194, float %171
	%196 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %84)
	%197 = fadd float %174, %196
	%198 = select i1 %38, float %197, float %174
	%199 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %85)
	%200 = fadd float %177, %199
	%201 = select i1 %38, float %200, float %177
	%202 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %86)
	%203 = fadd float %180, %202
	%204 = select i1 %38, float %203, float %180
	%205 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %87)
	%206 = fadd float %183, %205
	%207 = select i1 %38, float %206, float %183
	%208 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %88)
	%209 = fadd float %186, %208
	%210 = select i1 %38, float %209, float %186
	%211 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %89)
	%212 = fadd float %189, %211
	%213 = select i1 %38, float %212, float %189
	%214 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %90)
	%215 = fadd float %192, %214
	%216 = select i1 %38, float %215, float %192
	%217 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %96)
	%218 = fadd float %195, %217
	%219 = select i1 %42, float %218, float %195
	%220 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %97)
	%221 = fadd float %198, %220
	%222 = select i1 %42, float %221, float %198
	%223 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %98)
	%224 = fadd float %201, %223
	%225 = select i1 %42, float %224, float %201
	%226 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %99)
	%227 = fadd float %204, %226
	%228 = select i1 %42, float %227, float %204
	%229 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %100)
	%230 = fadd float %207, %229
	%231 = select i1 %42, float %230, float %207
	%232 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %101)
	%233 = fadd float %210, %232
	%234 = select i1 %42, float %233, float %210
	%235 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %102)
	%236 = fadd float %213, %235
	%237 = select i1 %42, float %236, float %213
	%238 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %103)
	%239 = fadd float %216, %238
	%240 = select i1 %42, float %239, float %216
	%241 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %109)
	%242 = fadd float %219, %241
	%243 = select i1 %46, float %242, float %219
	%244 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %110)
	%245 = fadd float %222, %244
	%246 = select i1 %46, float %245, float %222
	%247 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %111)
	%248 = fadd float %225, %247
	%249 = select i1 %46, float %248, float %225
	%250 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %112)
	%251 = fadd float %228, %250
	%252 = select i1 %46, float %251, float %228
	%253 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %113)
	%254 = fadd float %231, %253
	%255 = select i1 %46, float %254, float %231
	%256 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %114)
	%257 = fadd float %234, %256
	%258 = select i1 %46, float %257, float %234
	%259 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %115)
	%260 = fadd float %237, %259
	%261 = select i1 %46, float %260, float %237
	%262 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %116)
	%263 = fadd float %240, %262
	%264 = select i1 %46, float %263, float %240
	%265 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %122)
	%266 = fadd float %243, %265
	%267 = select i1 %50, float %266, float %243
	%268 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %123)
	%269 = fadd float %246, %268
	%270 = select i1 %50, float %269, float %246
	%271 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %124)
	%272 = fadd float %249, %271
	%273 = select i1 %50, float %272, float %249
	%274 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %125)
	%275 = fadd float %252, %274
	%276 = select i1 %50, float %275, float %252
	%277 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %126)
	%278 = fadd float %255, %277
	%279 = select i1 %50, float %278, float %255
	%280 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %127)
	%281 = fadd float %258, %280
	%282 = select i1 %50, float %281, float %258
	%283 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %128)
	%284 = fadd float %261, %283
	%285 = select i1 %50, float %284, float %261
	%286 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %129)
	%287 = fadd float %264, %286
	%288 = select i1 %50, float %287, float %264
	%289 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %135)
	%290 = fadd float %267, %289
	%291 = select i1 %54, float %290, float %267
	%292 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %136)
	%293 = fadd float %270, %292
	%294 = select i1 %54, float %293, float %270
	%295 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %137)
	%296 = fadd float %273, %295
	%297 = select i1 %54, float %296, float %273
	%298 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %138)
	%299 = fadd float %276, %298
	%300 = select i1 %54, float %299, float %276
	%301 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %139)
	%302 = fadd float %279, %301
	%303 = select i1 %54, float %302, float %279
	%304 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %140)
	%305 = fadd float %282, %304
	%306 = select i1 %54, float %305, float %282
	%307 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %141)
	%308 = fadd float %285, %307
	%309 = select i1 %54, float %308, float %285
	%310 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %142)
	%311 = fadd float %288, %310
	%312 = select i1 %54, float %311, float %288
	%313 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %148)
	%314 = fadd float %291, %313
	%315 = select i1 %58, float %314, float %291
	%316 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %149)
	%317 = fadd float %294, %316
	%318 = select i1 %58, float %317, float %294
	%319 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %150)
	%320 = fadd float %297, %319
	%321 = select i1 %58, float %320, float %297
	%322 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %151)
	%323 = fadd float %300, %322
	%324 = select i1 %58, float %323, float %300
	%325 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %152)
	%326 = fadd float %303, %325
	%327 = select i1 %58, float %326, float %303
	%328 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %153)
	%329 = fadd float %306, %328
	%330 = select i1 %58, float %329, float %306
	%331 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %154)
	%332 = fadd float %309, %331
	%333 = select i1 %58, float %332, float %309
	%334 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %155)
	%335 = fadd float %312, %334
	%336 = select i1 %58, float %335, float %312
	%337 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %161)
	%338 = fadd float %315, %337
	%339 = select i1 %62, float %338, float %315
	%340 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %162)
	%341 = fadd float %318, %340
	%342 = select i1 %62, float %341, float %318
	%343 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %163)
	%344 = fadd float %321, %343
	%345 = select i1 %62, float %344, float %321
	%346 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %164)
	%347 = fadd float %324, %346
	%348 = select i1 %62, float %347, float %324
	%349 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %165)
	%350 = fadd float %327, %349
	%351 = select i1 %62, float %350, float %327
	%352 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %166)
	%353 = fadd float %330, %352
	%354 = select i1 %62, float %353, float %330
	%355 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %167)
	%356 = fadd float %333, %355
	%357 = select i1 %62, float %356, float %333
	%358 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %168)
	%359 = fadd float %336, %358
	%360 = select i1 %62, float %359, float %336
	%361 = add i32 %21, 8
	br label %20

362:
	%363 = sub i32 %13, %10
	%364 = sitofp i32 %363 to float
	%365 = mul i32 %2, %NT
	%366 = add i32 %365, %5
	%367 = mul i32 %366, 64
	%368 = add i32 %367, %7
	%369 = fdiv float %22, %364
	%370 = insertelement <4 x float> undef, float %369, i32 0
	%371 = fdiv float %23, %364
	%372 = insertelement <4 x float> %370, float %371, i32 1
	%373 = fdiv float %24, %364
	%374 = insertelement <4 x float> %372, float %373, i32 2
	%375 = fdiv float %25, %364
	%376 = insertelement <4 x float> %374, float %375, i32 3
	%377 = add i32 %368, 0
	%378 = sext i32 %377 to i64
	%379 = getelementptr float, float* %out, i64 %378
	%380 = bitcast float* %379 to <4 x float>*
	store <4 x float> %376, <4 x float>* %380, align 16
	%381 = fdiv float %26, %364
	%382 = insertelement <4 x float> undef, float %381, i32 0
	%383 = fdiv float %27, %364
	%384 = insertelement <4 x float> %382, float %383, i32 1
	%385 = fdiv float %28, %364
	%386 = insertelement <4 x float> %384, float %385, i32 2
	%387 = fdiv float %29, %364
	%388 = insertelement <4 x float> %386, float %387, i32 3
	%389 = add i32 %368, 4
	%390 = sext i32 %389 to i64
	%391 = getelementptr float, float* %out, i64 %390
	%392 = bitcast float* %391 to <4 x float>*
	store <4 x float> %388, <4 x float>* %392, align 16
	br label %19
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
	%660 = ptrtoint [4096 x float] addrspace(3)* @minference_scores0_raw to i32
	%661 = add i32 %0, 0
	%662 = udiv i32 %661, 8
	%663 = urem i32 %661, 8
	%664 = add i32 %8, %662
	%665 = icmp slt i32 %664, %NQ
	%666 = select i1 %665, i32 %664, i32 0
	%667 = mul i32 %3, %NQ
	%668 = add i32 %667, %666
	%669 = mul i32 %668, 64
	%670 = add i32 %669, 0
	%671 = shl i32 %663, 2
	%672 = add i32 %670, %671
	%673 = add i32 0, %662
	%674 = mul i32 %673, 32
	%675 = shl i32 %663, 2
	%676 = add i32 %674, %675
	%677 = mul i32 %676, 4
	%678 = add i32 %660, %677
	%679 = sext i32 %672 to i64
	%680 = getelementptr float, float* %qm, i64 %679
	%681 = select i1 %665, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %678, float* %680, i32 %681)
	%682 = add i32 %0, 128
	%683 = udiv i32 %682, 8
	%684 = urem i32 %682, 8
	%685 = add i32 %8, %683
	%686 = icmp slt i32 %685, %NQ
	%687 = select i1 %686, i32 %685, i32 0
	%688 = mul i32 %3, %NQ
	%689 = add i32 %688, %687
	%690 = mul i32 %689, 64
	%691 = add i32 %690, 0
	%692 = shl i32 %684, 2
	%693 = add i32 %691, %692
	%694 = add i32 0, %683
	%695 = mul i32 %694, 32
	%696 = shl i32 %684, 2
	%697 = add i32 %695, %696
	%698 = mul i32 %697, 4
	%699 = add i32 %660, %698
	%700 = sext i32 %693 to i64
	%701 = getelementptr float, float* %qm, i64 %700
	%702 = select i1 %686, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %699, float* %701, i32 %702)
	%703 = add i32 %0, 256
	%704 = udiv i32 %703, 8
	%705 = urem i32 %703, 8
	%706 = add i32 %8, %704
	%707 = icmp slt i32 %706, %NQ
	%708 = select i1 %707, i32 %706, i32 0
	%709 = mul i32 %3, %NQ
	%710 = add i32 %709, %708
	%711 = mul i32 %710, 64
	%712 = add i32 %711, 0
	%713 = shl i32 %705, 2
	%714 = add i32 %712, %713
	%715 = add i32 0, %704
	%716 = mul i32 %715, 32
	%717 = shl i32 %705, 2
	%718 = add i32 %716, %717
	%719 = mul i32 %718, 4
	%720 = add i32 %660, %719
	%721 = sext i32 %714 to i64
	%722 = getelementptr float, float* %qm, i64 %721
	%723 = select i1 %707, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %720, float* %722, i32 %723)
	%724 = add i32 %0, 384
	%725 = udiv i32 %724, 8
	%726 = urem i32 %724, 8
	%727 = add i32 %8, %725
	%728 = icmp slt i32 %727, %NQ
	%729 = select i1 %728, i32 %727, i32 0
	%730 = mul i32 %3, %NQ
	%731 = add i32 %730, %729
	%732 = mul i32 %731, 64
	%733 = add i32 %732, 0
	%734 = shl i32 %726, 2
	%735 = add i32 %733, %734
	%736 = add i32 0, %725
	%737 = mul i32 %736, 32
	%738 = shl i32 %726, 2
	%739 = add i32 %737, %738
	%740 = mul i32 %739, 4
	%741 = add i32 %660, %740
	%742 = sext i32 %735 to i64
	%743 = getelementptr float, float* %qm, i64 %742
	%744 = select i1 %728, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %741, float* %743, i32 %744)
	%745 = add i32 %0, 0
	%746 = udiv i32 %745, 8
	%747 = urem i32 %745, 8
	%748 = add i32 %9, %746
	%749 = icmp slt i32 %748, %NK
	%750 = select i1 %749, i32 %748, i32 0
	%751 = mul i32 %14, %NK
	%752 = add i32 %751, %750
	%753 = mul i32 %752, 64
	%754 = add i32 %753, 0
	%755 = shl i32 %747, 2
	%756 = add i32 %754, %755
	%757 = add i32 64, %746
	%758 = mul i32 %757, 32
	%759 = shl i32 %747, 2
	%760 = add i32 %758, %759
	%761 = mul i32 %760, 4
	%762 = add i32 %660, %761
	%763 = sext i32 %756 to i64
	%764 = getelementptr float, float* %km, i64 %763
	%765 = select i1 %749, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %762, float* %764, i32 %765)
	%766 = add i32 %0, 128
	%767 = udiv i32 %766, 8
	%768 = urem i32 %766, 8
	%769 = add i32 %9, %767
	%770 = icmp slt i32 %769, %NK
	%771 = select i1 %770, i32 %769, i32 0
	%772 = mul i32 %14, %NK
	%773 = add i32 %772, %771
	%774 = mul i32 %773, 64
	%775 = add i32 %774, 0
	%776 = shl i32 %768, 2
	%777 = add i32 %775, %776
	%778 = add i32 64, %767
	%779 = mul i32 %778, 32
	%780 = shl i32 %768, 2
	%781 = add i32 %779, %780
	%782 = mul i32 %781, 4
	%783 = add i32 %660, %782
	%784 = sext i32 %777 to i64
	%785 = getelementptr float, float* %km, i64 %784
	%786 = select i1 %770, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %783, float* %785, i32 %786)
	%787 = add i32 %0, 256
	%788 = udiv i32 %787, 8
	%789 = urem i32 %787, 8
	%790 = add i32 %9, %788
	%791 = icmp slt i32 %790, %NK
	%792 = select i1 %791, i32 %790, i32 0
	%793 = mul i32 %14, %NK
	%794 = add i32 %793, %792
	%795 = mul i32 %794, 64
	%796 = add i32 %795, 0
	%797 = shl i32 %789, 2
	%798 = add i32 %796, %797
	%799 = add i32 64, %788
	%800 = mul i32 %799, 32
	%801 = shl i32 %789, 2
	%802 = add i32 %800, %801
	%803 = mul i32 %802, 4
	%804 = add i32 %660, %803
	%805 = sext i32 %798 to i64
	%806 = getelementptr float, float* %km, i64 %805
	%807 = select i1 %791, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %804, float* %806, i32 %807)
	%808 = add i32 %0, 384
	%809 = udiv i32 %808, 8
	%810 = urem i32 %808, 8
	%811 = add i32 %9, %809
	%812 = icmp slt i32 %811, %NK
	%813 = select i1 %812, i32 %811, i32 0
	%814 = mul i32 %14, %NK
	%815 = add i32 %814, %813
	%816 = mul i32 %815, 64
	%817 = add i32 %816, 0
	%818 = shl i32 %810, 2
	%819 = add i32 %817, %818
	%820 = add i32 64, %809
	%821 = mul i32 %820, 32
	%822 = shl i32 %810, 2
	%823 = add i32 %821, %822
	%824 = mul i32 %823, 4
	%825 = add i32 %660, %824
	%826 = sext i32 %819 to i64
	%827 = getelementptr float, float* %km, i64 %826
	%828 = select i1 %812, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %825, float* %827, i32 %828)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %829

skip:
	ret void

829:
	%830 = phi i32 [ 0, %work ], [ %2740, %2739 ]
	%831 = phi float [ 0.0, %work ], [ %2068, %2739 ]
	%832 = phi float [ 0.0, %work ], [ %2069, %2739 ]
	%833 = phi float [ 0.0, %work ], [ %2070, %2739 ]
	%834 = phi float [ 0.0, %work ], [ %2071, %2739 ]
	%835 = phi float [ 0.0, %work ], [ %2072, %2739 ]
	%836 = phi float [ 0.0, %work ], [ %2073, %2739 ]
	%837 = phi float [ 0.0, %work ], [ %2074, %2739 ]
	%838 = phi float [ 0.0, %work ], [ %2075, %2739 ]
	%839 = phi float [ 0.0, %work ], [ %2076, %2739 ]
	%840 = phi float [ 0.0, %work ], [ %2077, %2739 ]
	%841 = phi float [ 0.0, %work ], [ %2078, %2739 ]
	%842 = phi float [ 0.0, %work ], [ %2079, %2739 ]
	%843 = phi float [ 0.0, %work ], [ %2080, %2739 ]
	%844 = phi float [ 0.0, %work ], [ %2081, %2739 ]
	%845 = phi float [ 0.0, %work ], [ %2082, %2739 ]
	%846 = phi float [ 0.0, %work ], [ %2083, %2739 ]
	%847 = phi float [ 0.0, %work ], [ %2084, %2739 ]
	%848 = phi float [ 0.0, %work ], [ %2085, %2739 ]
	%849 = phi float [ 0.0, %work ], [ %2086, %2739 ]
	%850 = phi float [ 0.0, %work ], [ %2087, %2739 ]
	%851 = phi float [ 0.0, %work ], [ %2088, %2739 ]
	%852 = phi float [ 0.0, %work ], [ %2089, %2739 ]
	%853 = phi float [ 0.0, %work ], [ %2090, %2739 ]
	%854 = phi float [ 0.0, %work ], [ %2091, %2739 ]
	%855 = phi float [ 0.0, %work ], [ %2092, %2739 ]
	%856 = phi float [ 0.0, %work ], [ %2093, %2739 ]
	%857 = phi float [ 0.0, %work ], [ %2094, %2739 ]
	%858 = phi float [ 0.0, %work ], [ %2095, %2739 ]
	%859 = phi float [ 0.0, %work ], [ %2096, %2739 ]
	%860 = phi float [ 0.0, %work ], [ %2097, %2739 ]
	%861 = phi float [ 0.0, %work ], [ %2098, %2739 ]
	%862 = phi float [ 0.0, %work ], [ %2099, %2739 ]
	%863 = icmp slt i32 %830, 64
	br i1 %863, label %864, label %1891

864:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%865 = add i32 %0, 0
	%866 = udiv i32 %865, 8
	%867 = urem i32 %865, 8
	%868 = add i32 0, %866
	%869 = mul i32 %868, 32
	%870 = shl i32 %867, 2
	%871 = add i32 %869, %870
	%872 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @minference_scores0_raw, i32 0, i32 %871
	%873 = bitcast float addrspace(3)* %872 to <4 x float> addrspace(3)*
	%874 = load <4 x float>, <4 x float> addrspace(3)* %873, align 16
	%875 = extractelement <4 x float> %874, i32 0
	%876 = extractelement <4 x float> %874, i32 1
	%877 = extractelement <4 x float> %874, i32 2
	%878 = extractelement <4 x float> %874, i32 3
	%879 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %876, float %875)
	%880 = trunc i32 %879 to i16
	%881 = zext i16 %880 to i32
	%882 = shl i32 %881, 16
	%883 = bitcast i32 %882 to float
	%884 = fcmp oeq float %883, 0x7FF0000000000000
	%885 = fneg float 0x7FF0000000000000
	%886 = fcmp oeq float %883, %885
	%887 = or i1 %884, %886
	%888 = fsub float %875, %883
	%889 = select i1 %887, float 0.0, float %888
	%890 = lshr i32 %879, 16
	%891 = trunc i32 %890 to i16
	%892 = zext i16 %891 to i32
	%893 = shl i32 %892, 16
	%894 = bitcast i32 %893 to float
	%895 = fcmp oeq float %894, 0x7FF0000000000000
	%896 = fneg float 0x7FF0000000000000
	%897 = fcmp oeq float %894, %896
	%898 = or i1 %895, %897
	%899 = fsub float %876, %894
	%900 = select i1 %898, float 0.0, float %899
	%901 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %900, float %889)
	%902 = trunc i32 %901 to i16
	%903 = zext i16 %902 to i32
	%904 = shl i32 %903, 16
	%905 = bitcast i32 %904 to float
	%906 = fcmp oeq float %905, 0x7FF0000000000000
	%907 = fneg float 0x7FF0000000000000
	%908 = fcmp oeq float %905, %907
	%909 = or i1 %906, %908
	%910 = fsub float %889, %905
	%911 = select i1 %909, float 0.0, float %910
	%912 = lshr i32 %901, 16
	%913 = trunc i32 %912 to i16
	%914 = zext i16 %913 to i32
	%915 = shl i32 %914, 16
	%916 = bitcast i32 %915 to float
	%917 = fcmp oeq float %916, 0x7FF0000000000000
	%918 = fneg float 0x7FF0000000000000
	%919 = fcmp oeq float %916, %918
	%920 = or i1 %917, %919
	%921 = fsub float %900, %916
	%922 = select i1 %920, float 0.0, float %921
	%923 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %922, float %911)
	%924 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %878, float %877)
	%925 = trunc i32 %924 to i16
	%926 = zext i16 %925 to i32
	%927 = shl i32 %926, 16
	%928 = bitcast i32 %927 to float
	%929 = fcmp oeq float %928, 0x7FF0000000000000
	%930 = fneg float 0x7FF0000000000000
	%931 = fcmp oeq float %928, %930
	%932 = or i1 %929, %931
	%933 = fsub float %877, %928
	%934 = select i1 %932, float 0.0, float %933
	%935 = lshr i32 %924, 16
	%936 = trunc i32 %935 to i16
	%937 = zext i16 %936 to i32
	%938 = shl i32 %937, 16
	%939 = bitcast i32 %938 to float
	%940 = fcmp oeq float %939, 0x7FF0000000000000
	%941 = fneg float 0x7FF0000000000000
	%942 = fcmp oeq float %939, %941
	%943 = or i1 %940, %942
	%944 = fsub float %878, %939
	%945 = select i1 %943, float 0.0, float %944
	%946 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %945, float %934)
	%947 = trunc i32 %946 to i16
	%948 = zext i16 %947 to i32
	%949 = shl i32 %948, 16
	%950 = bitcast i32 %949 to float
	%951 = fcmp oeq float %950, 0x7FF0000000000000
	%952 = fneg float 0x7FF0000000000000
	%953 = fcmp oeq float %950, %952
	%954 = or i1 %951, %953
	%955 = fsub float %934, %950
	%956 = select i1 %954, float 0.0, float %955
	%957 = lshr i32 %946, 16
	%958 = trunc i32 %957 to i16
	%959 = zext i16 %958 to i32
	%960 = shl i32 %959, 16
	%961 = bitcast i32 %960 to float
	%962 = fcmp oeq float %961, 0x7FF0000000000000
	%963 = fneg float 0x7FF0000000000000
	%964 = fcmp oeq float %961, %963
	%965 = or i1 %962, %964
	%966 = fsub float %945, %961
	%967 = select i1 %965, float 0.0, float %966
	%968 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %967, float %956)
	%969 = insertelement <2 x i32> undef, i32 %879, i32 0
	%970 = insertelement <2 x i32> %969, i32 %924, i32 1
	%971 = mul i32 %866, 20
	%972 = shl i32 %867, 1
	%973 = add i32 %971, %972
	%974 = add i32 %973, 0
	%975 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %974
	%976 = bitcast i32 addrspace(3)* %975 to <2 x i32> addrspace(3)*
	store <2 x i32> %970, <2 x i32> addrspace(3)* %976, align 8
	%977 = insertelement <2 x i32> undef, i32 %901, i32 0
	%978 = insertelement <2 x i32> %977, i32 %946, i32 1
	%979 = mul i32 %866, 20
	%980 = shl i32 %867, 1
	%981 = add i32 %979, %980
	%982 = add i32 %981, 1280
	%983 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %982
	%984 = bitcast i32 addrspace(3)* %983 to <2 x i32> addrspace(3)*
	store <2 x i32> %978, <2 x i32> addrspace(3)* %984, align 8
	%985 = insertelement <2 x i32> undef, i32 %923, i32 0
	%986 = insertelement <2 x i32> %985, i32 %968, i32 1
	%987 = mul i32 %866, 20
	%988 = shl i32 %867, 1
	%989 = add i32 %987, %988
	%990 = add i32 %989, 2560
	%991 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %990
	%992 = bitcast i32 addrspace(3)* %991 to <2 x i32> addrspace(3)*
	store <2 x i32> %986, <2 x i32> addrspace(3)* %992, align 8
	%993 = add i32 %0, 128
	%994 = udiv i32 %993, 8
	%995 = urem i32 %993, 8
	%996 = add i32 0, %994
	%997 = mul i32 %996, 32
	%998 = shl i32 %995, 2
	%999 = add i32 %997, %998
	%1000 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @minference_scores0_raw, i32 0, i32 %999
	%1001 = bitcast float addrspace(3)* %1000 to <4 x float> addrspace(3)*
	%1002 = load <4 x float>, <4 x float> addrspace(3)* %1001, align 16
	%1003 = extractelement <4 x float> %1002, i32 0
	%1004 = extractelement <4 x float> %1002, i32 1
	%1005 = extractelement <4 x float> %1002, i32 2
	%1006 = extractelement <4 x float> %1002, i32 3
	%1007 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1004, float %1003)
	%1008 = trunc i32 %1007 to i16
	%1009 = zext i16 %1008 to i32
	%1010 = shl i32 %1009, 16
	%1011 = bitcast i32 %1010 to float
	%1012 = fcmp oeq float %1011, 0x7FF0000000000000
	%1013 = fneg float 0x7FF0000000000000
	%1014 = fcmp oeq float %1011, %1013
	%1015 = or i1 %1012, %1014
	%1016 = fsub float %1003, %1011
	%1017 = select i1 %1015, float 0.0, float %1016
	%1018 = lshr i32 %1007, 16
	%1019 = trunc i32 %1018 to i16
	%1020 = zext i16 %1019 to i32
	%1021 = shl i32 %1020, 16
	%1022 = bitcast i32 %1021 to float
	%1023 = fcmp oeq float %1022, 0x7FF0000000000000
	%1024 = fneg float 0x7FF0000000000000
	%1025 = fcmp oeq float %1022, %1024
	%1026 = or i1 %1023, %1025
	%1027 = fsub float %1004, %1022
	%1028 = select i1 %1026, float 0.0, float %1027
	%1029 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1028, float %1017)
	%1030 = trunc i32 %1029 to i16
	%1031 = zext i16 %1030 to i32
	%1032 = shl i32 %1031, 16
	%1033 = bitcast i32 %1032 to float
	%1034 = fcmp oeq float %1033, 0x7FF0000000000000
	%1035 = fneg float 0x7FF0000000000000
	%1036 = fcmp oeq float %1033, %1035
	%1037 = or i1 %1034, %1036
	%1038 = fsub float %1017, %1033
	%1039 = select i1 %1037, float 0.0, float %1038
	%1040 = lshr i32 %1029, 16
	%1041 = trunc i32 %1040 to i16
	%1042 = zext i16 %1041 to i32
	%1043 = shl i32 %1042, 16
	%1044 = bitcast i32 %1043 to float
	%1045 = fcmp oeq float %1044, 0x7FF0000000000000
	%1046 = fneg float 0x7FF0000000000000
	%1047 = fcmp oeq float %1044, %1046
	%1048 = or i1 %1045, %1047
	%1049 = fsub float %1028, %1044
	%1050 = select i1 %1048, float 0.0, float %1049
	%1051 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1050, float %1039)
	%1052 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1006, float %1005)
	%1053 = trunc i32 %1052 to i16
	%1054 = zext i16 %1053 to i32
	%1055 = shl i32 %1054, 16
	%1056 = bitcast i32 %1055 to float
	%1057 = fcmp oeq float %1056, 0x7FF0000000000000
	%1058 = fneg float 0x7FF0000000000000
	%1059 = fcmp oeq float %1056, %1058
	%1060 = or i1 %1057, %1059
	%1061 = fsub float %1005, %1056
	%1062 = select i1 %1060, float 0.0, float %1061
	%1063 = lshr i32 %1052, 16
	%1064 = trunc i32 %1063 to i16
	%1065 = zext i16 %1064 to i32
	%1066 = shl i32 %1065, 16
	%1067 = bitcast i32 %1066 to float
	%1068 = fcmp oeq float %1067, 0x7FF0000000000000
	%1069 = fneg float 0x7FF0000000000000
	%1070 = fcmp oeq float %1067, %1069
	%1071 = or i1 %1068, %1070
	%1072 = fsub float %1006, %1067
	%1073 = select i1 %1071, float 0.0, float %1072
	%1074 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1073, float %1062)
	%1075 = trunc i32 %1074 to i16
	%1076 = zext i16 %1075 to i32
	%1077 = shl i32 %1076, 16
	%1078 = bitcast i32 %1077 to float
	%1079 = fcmp oeq float %1078, 0x7FF0000000000000
	%1080 = fneg float 0x7FF0000000000000
	%1081 = fcmp oeq float %1078, %1080
	%1082 = or i1 %1079, %1081
	%1083 = fsub float %1062, %1078
	%1084 = select i1 %1082, float 0.0, float %1083
	%1085 = lshr i32 %1074, 16
	%1086 = trunc i32 %1085 to i16
	%1087 = zext i16 %1086 to i32
	%1088 = shl i32 %1087, 16
	%1089 = bitcast i32 %1088 to float
	%1090 = fcmp oeq float %1089, 0x7FF0000000000000
	%1091 = fneg float 0x7FF0000000000000
	%1092 = fcmp oeq float %1089, %1091
	%1093 = or i1 %1090, %1092
	%1094 = fsub float %1073, %1089
	%1095 = select i1 %1093, float 0.0, float %1094
	%1096 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1095, float %1084)
	%1097 = insertelement <2 x i32> undef, i32 %1007, i32 0
	%1098 = insertelement <2 x i32> %1097, i32 %1052, i32 1
	%1099 = mul i32 %994, 20
	%1100 = shl i32 %995, 1
	%1101 = add i32 %1099, %1100
	%1102 = add i32 %1101, 0
	%1103 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1102
	%1104 = bitcast i32 addrspace(3)* %1103 to <2 x i32> addrspace(3)*
	store <2 x i32> %1098, <2 x i32> addrspace(3)* %1104, align 8
	%1105 = insertelement <2 x i32> undef, i32 %1029, i32 0
	%1106 = insertelement <2 x i32> %1105, i32 %1074, i32 1
	%1107 = mul i32 %994, 20
	%1108 = shl i32 %995, 1
	%1109 = add i32 %1107, %1108
	%1110 = add i32 %1109, 1280
	%1111 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1110
	%1112 = bitcast i32 addrspace(3)* %1111 to <2 x i32> addrspace(3)*
	store <2 x i32> %1106, <2 x i32> addrspace(3)* %1112, align 8
	%1113 = insertelement <2 x i32> undef, i32 %1051, i32 0
	%1114 = insertelement <2 x i32> %1113, i32 %1096, i32 1
	%1115 = mul i32 %994, 20
	%1116 = shl i32 %995, 1
	%1117 = add i32 %1115, %1116
	%1118 = add i32 %1117, 2560
	%1119 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1118
	%1120 = bitcast i32 addrspace(3)* %1119 to <2 x i32> addrspace(3)*
	store <2 x i32> %1114, <2 x i32> addrspace(3)* %1120, align 8
	%1121 = add i32 %0, 256
	%1122 = udiv i32 %1121, 8
	%1123 = urem i32 %1121, 8
	%1124 = add i32 0, %1122
	%1125 = mul i32 %1124, 32
	%1126 = shl i32 %1123, 2
	%1127 = add i32 %1125, %1126
	%1128 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @minference_scores0_raw, i32 0, i32 %1127
	%1129 = bitcast float addrspace(3)* %1128 to <4 x float> addrspace(3)*
	%1130 = load <4 x float>, <4 x float> addrspace(3)* %1129, align 16
	%1131 = extractelement <4 x float> %1130, i32 0
	%1132 = extractelement <4 x float> %1130, i32 1
	%1133 = extractelement <4 x float> %1130, i32 2
	%1134 = extractelement <4 x float> %1130, i32 3
	%1135 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1132, float %1131)
	%1136 = trunc i32 %1135 to i16
	%1137 = zext i16 %1136 to i32
	%1138 = shl i32 %1137, 16
	%1139 = bitcast i32 %1138 to float
	%1140 = fcmp oeq float %1139, 0x7FF0000000000000
	%1141 = fneg float 0x7FF0000000000000
	%1142 = fcmp oeq float %1139, %1141
	%1143 = or i1 %1140, %1142
	%1144 = fsub float %1131, %1139
	%1145 = select i1 %1143, float 0.0, float %1144
	%1146 = lshr i32 %1135, 16
	%1147 = trunc i32 %1146 to i16
	%1148 = zext i16 %1147 to i32
	%1149 = shl i32 %1148, 16
	%1150 = bitcast i32 %1149 to float
	%1151 = fcmp oeq float %1150, 0x7FF0000000000000
	%1152 = fneg float 0x7FF0000000000000
	%1153 = fcmp oeq float %1150, %1152
	%1154 = or i1 %1151, %1153
	%1155 = fsub float %1132, %1150
	%1156 = select i1 %1154, float 0.0, float %1155
	%1157 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1156, float %1145)
	%1158 = trunc i32 %1157 to i16
	%1159 = zext i16 %1158 to i32
	%1160 = shl i32 %1159, 16
	%1161 = bitcast i32 %1160 to float
	%1162 = fcmp oeq float %1161, 0x7FF0000000000000
	%1163 = fneg float 0x7FF0000000000000
	%1164 = fcmp oeq float %1161, %1163
	%1165 = or i1 %1162, %1164
	%1166 = fsub float %1145, %1161
	%1167 = select i1 %1165, float 0.0, float %1166
	%1168 = lshr i32 %1157, 16
	%1169 = trunc i32 %1168 to i16
	%1170 = zext i16 %1169 to i32
	%1171 = shl i32 %1170, 16
	%1172 = bitcast i32 %1171 to float
	%1173 = fcmp oeq float %1172, 0x7FF0000000000000
	%1174 = fneg float 0x7FF0000000000000
	%1175 = fcmp oeq float %1172, %1174
	%1176 = or i1 %1173, %1175
	%1177 = fsub float %1156, %1172
	%1178 = select i1 %1176, float 0.0, float %1177
	%1179 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1178, float %1167)
	%1180 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1134, float %1133)
	%1181 = trunc i32 %1180 to i16
	%1182 = zext i16 %1181 to i32
	%1183 = shl i32 %1182, 16
	%1184 = bitcast i32 %1183 to float
	%1185 = fcmp oeq float %1184, 0x7FF0000000000000
	%1186 = fneg float 0x7FF0000000000000
	%1187 = fcmp oeq float %1184, %1186
	%1188 = or i1 %1185, %1187
	%1189 = fsub float %1133, %1184
	%1190 = select i1 %1188, float 0.0, float %1189
	%1191 = lshr i32 %1180, 16
	%1192 = trunc i32 %1191 to i16
	%1193 = zext i16 %1192 to i32
	%1194 = shl i32 %1193, 16
	%1195 = bitcast i32 %1194 to float
	%1196 = fcmp oeq float %1195, 0x7FF0000000000000
	%1197 = fneg float 0x7FF0000000000000
	%1198 = fcmp oeq float %1195, %1197
	%1199 = or i1 %1196, %1198
	%1200 = fsub float %1134, %1195
	%1201 = select i1 %1199, float 0.0, float %1200
	%1202 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1201, float %1190)
	%1203 = trunc i32 %1202 to i16
	%1204 = zext i16 %1203 to i32
	%1205 = shl i32 %1204, 16
	%1206 = bitcast i32 %1205 to float
	%1207 = fcmp oeq float %1206, 0x7FF0000000000000
	%1208 = fneg float 0x7FF0000000000000
	%1209 = fcmp oeq float %1206, %1208
	%1210 = or i1 %1207, %1209
	%1211 = fsub float %1190, %1206
	%1212 = select i1 %1210, float 0.0, float %1211
	%1213 = lshr i32 %1202, 16
	%1214 = trunc i32 %1213 to i16
	%1215 = zext i16 %1214 to i32
	%1216 = shl i32 %1215, 16
	%1217 = bitcast i32 %1216 to float
	%1218 = fcmp oeq float %1217, 0x7FF0000000000000
	%1219 = fneg float 0x7FF0000000000000
	%1220 = fcmp oeq float %1217, %1219
	%1221 = or i1 %1218, %1220
	%1222 = fsub float %1201, %1217
	%1223 = select i1 %1221, float 0.0, float %1222
	%1224 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1223, float %1212)
	%1225 = insertelement <2 x i32> undef, i32 %1135, i32 0
	%1226 = insertelement <2 x i32> %1225, i32 %1180, i32 1
	%1227 = mul i32 %1122, 20
	%1228 = shl i32 %1123, 1
	%1229 = add i32 %1227, %1228
	%1230 = add i32 %1229, 0
	%1231 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1230
	%1232 = bitcast i32 addrspace(3)* %1231 to <2 x i32> addrspace(3)*
	store <2 x i32> %1226, <2 x i32> addrspace(3)* %1232, align 8
	%1233 = insertelement <2 x i32> undef, i32 %1157, i32 0
	%1234 = insertelement <2 x i32> %1233, i32 %1202, i32 1
	%1235 = mul i32 %1122, 20
	%1236 = shl i32 %1123, 1
	%1237 = add i32 %1235, %1236
	%1238 = add i32 %1237, 1280
	%1239 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1238
	%1240 = bitcast i32 addrspace(3)* %1239 to <2 x i32> addrspace(3)*
	store <2 x i32> %1234, <2 x i32> addrspace(3)* %1240, align 8
	%1241 = insertelement <2 x i32> undef, i32 %1179, i32 0
	%1242 = insertelement <2 x i32> %1241, i32 %1224, i32 1
	%1243 = mul i32 %1122, 20
	%1244 = shl i32 %1123, 1
	%1245 = add i32 %1243, %1244
	%1246 = add i32 %1245, 2560
	%1247 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1246
	%1248 = bitcast i32 addrspace(3)* %1247 to <2 x i32> addrspace(3)*
	store <2 x i32> %1242, <2 x i32> addrspace(3)* %1248, align 8
	%1249 = add i32 %0, 384
	%1250 = udiv i32 %1249, 8
	%1251 = urem i32 %1249, 8
	%1252 = add i32 0, %1250
	%1253 = mul i32 %1252, 32
	%1254 = shl i32 %1251, 2
	%1255 = add i32 %1253, %1254
	%1256 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @minference_scores0_raw, i32 0, i32 %1255
	%1257 = bitcast float addrspace(3)* %1256 to <4 x float> addrspace(3)*
	%1258 = load <4 x float>, <4 x float> addrspace(3)* %1257, align 16
	%1259 = extractelement <4 x float> %1258, i32 0
	%1260 = extractelement <4 x float> %1258, i32 1
	%1261 = extractelement <4 x float> %1258, i32 2
	%1262 = extractelement <4 x float> %1258, i32 3
	%1263 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1260, float %1259)
	%1264 = trunc i32 %1263 to i16
	%1265 = zext i16 %1264 to i32
	%1266 = shl i32 %1265, 16
	%1267 = bitcast i32 %1266 to float
	%1268 = fcmp oeq float %1267, 0x7FF0000000000000
	%1269 = fneg float 0x7FF0000000000000
	%1270 = fcmp oeq float %1267, %1269
	%1271 = or i1 %1268, %1270
	%1272 = fsub float %1259, %1267
	%1273 = select i1 %1271, float 0.0, float %1272
	%1274 = lshr i32 %1263, 16
	%1275 = trunc i32 %1274 to i16
	%1276 = zext i16 %1275 to i32
	%1277 = shl i32 %1276, 16
	%1278 = bitcast i32 %1277 to float
	%1279 = fcmp oeq float %1278, 0x7FF0000000000000
	%1280 = fneg float 0x7FF0000000000000
	%1281 = fcmp oeq float %1278, %1280
	%1282 = or i1 %1279, %1281
	%1283 = fsub float %1260, %1278
	%1284 = select i1 %1282, float 0.0, float %1283
	%1285 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1284, float %1273)
	%1286 = trunc i32 %1285 to i16
	%1287 = zext i16 %1286 to i32
	%1288 = shl i32 %1287, 16
	%1289 = bitcast i32 %1288 to float
	%1290 = fcmp oeq float %1289, 0x7FF0000000000000
	%1291 = fneg float 0x7FF0000000000000
	%1292 = fcmp oeq float %1289, %1291
	%1293 = or i1 %1290, %1292
	%1294 = fsub float %1273, %1289
	%1295 = select i1 %1293, float 0.0, float %1294
	%1296 = lshr i32 %1285, 16
	%1297 = trunc i32 %1296 to i16
	%1298 = zext i16 %1297 to i32
	%1299 = shl i32 %1298, 16
	%1300 = bitcast i32 %1299 to float
	%1301 = fcmp oeq float %1300, 0x7FF0000000000000
	%1302 = fneg float 0x7FF0000000000000
	%1303 = fcmp oeq float %1300, %1302
	%1304 = or i1 %1301, %1303
	%1305 = fsub float %1284, %1300
	%1306 = select i1 %1304, float 0.0, float %1305
	%1307 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1306, float %1295)
	%1308 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1262, float %1261)
	%1309 = trunc i32 %1308 to i16
	%1310 = zext i16 %1309 to i32
	%1311 = shl i32 %1310, 16
	%1312 = bitcast i32 %1311 to float
	%1313 = fcmp oeq float %1312, 0x7FF0000000000000
	%1314 = fneg float 0x7FF0000000000000
	%1315 = fcmp oeq float %1312, %1314
	%1316 = or i1 %1313, %1315
	%1317 = fsub float %1261, %1312
	%1318 = select i1 %1316, float 0.0, float %1317
	%1319 = lshr i32 %1308, 16
	%1320 = trunc i32 %1319 to i16
	%1321 = zext i16 %1320 to i32
	%1322 = shl i32 %1321, 16
	%1323 = bitcast i32 %1322 to float
	%1324 = fcmp oeq float %1323, 0x7FF0000000000000
	%1325 = fneg float 0x7FF0000000000000
	%1326 = fcmp oeq float %1323, %1325
	%1327 = or i1 %1324, %1326
	%1328 = fsub float %1262, %1323
	%1329 = select i1 %1327, float 0.0, float %1328
	%1330 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1329, float %1318)
	%1331 = trunc i32 %1330 to i16
	%1332 = zext i16 %1331 to i32
	%1333 = shl i32 %1332, 16
	%1334 = bitcast i32 %1333 to float
	%1335 = fcmp oeq float %1334, 0x7FF0000000000000
	%1336 = fneg float 0x7FF0000000000000
	%1337 = fcmp oeq float %1334, %1336
	%1338 = or i1 %1335, %1337
	%1339 = fsub float %1318, %1334
	%1340 = select i1 %1338, float 0.0, float %1339
	%1341 = lshr i32 %1330, 16
	%1342 = trunc i32 %1341 to i16
	%1343 = zext i16 %1342 to i32
	%1344 = shl i32 %1343, 16
	%1345 = bitcast i32 %1344 to float
	%1346 = fcmp oeq float %1345, 0x7FF0000000000000
	%1347 = fneg float 0x7FF0000000000000
	%1348 = fcmp oeq float %1345, %1347
	%1349 = or i1 %1346, %1348
	%1350 = fsub float %1329, %1345
	%1351 = select i1 %1349, float 0.0, float %1350
	%1352 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1351, float %1340)
	%1353 = insertelement <2 x i32> undef, i32 %1263, i32 0
	%1354 = insertelement <2 x i32> %1353, i32 %1308, i32 1
	%1355 = mul i32 %1250, 20
	%1356 = shl i32 %1251, 1
	%1357 = add i32 %1355, %1356
	%1358 = add i32 %1357, 0
	%1359 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1358
	%1360 = bitcast i32 addrspace(3)* %1359 to <2 x i32> addrspace(3)*
	store <2 x i32> %1354, <2 x i32> addrspace(3)* %1360, align 8
	%1361 = insertelement <2 x i32> undef, i32 %1285, i32 0
	%1362 = insertelement <2 x i32> %1361, i32 %1330, i32 1
	%1363 = mul i32 %1250, 20
	%1364 = shl i32 %1251, 1
	%1365 = add i32 %1363, %1364
	%1366 = add i32 %1365, 1280
	%1367 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1366
	%1368 = bitcast i32 addrspace(3)* %1367 to <2 x i32> addrspace(3)*
	store <2 x i32> %1362, <2 x i32> addrspace(3)* %1368, align 8
	%1369 = insertelement <2 x i32> undef, i32 %1307, i32 0
	%1370 = insertelement <2 x i32> %1369, i32 %1352, i32 1
	%1371 = mul i32 %1250, 20
	%1372 = shl i32 %1251, 1
	%1373 = add i32 %1371, %1372
	%1374 = add i32 %1373, 2560
	%1375 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %1374
	%1376 = bitcast i32 addrspace(3)* %1375 to <2 x i32> addrspace(3)*
	store <2 x i32> %1370, <2 x i32> addrspace(3)* %1376, align 8
	%1377 = add i32 %0, 0
	%1378 = udiv i32 %1377, 8
	%1379 = urem i32 %1377, 8
	%1380 = add i32 64, %1378
	%1381 = mul i32 %1380, 32
	%1382 = shl i32 %1379, 2
	%1383 = add i32 %1381, %1382
	%1384 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @minference_scores0_raw, i32 0, i32 %1383
	%1385 = bitcast float addrspace(3)* %1384 to <4 x float> addrspace(3)*
	%1386 = load <4 x float>, <4 x float> addrspace(3)* %1385, align 16
	%1387 = extractelement <4 x float> %1386, i32 0
	%1388 = extractelement <4 x float> %1386, i32 1
	%1389 = extractelement <4 x float> %1386, i32 2
	%1390 = extractelement <4 x float> %1386, i32 3
	%1391 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1388, float %1387)
	%1392 = trunc i32 %1391 to i16
	%1393 = zext i16 %1392 to i32
	%1394 = shl i32 %1393, 16
	%1395 = bitcast i32 %1394 to float
	%1396 = fcmp oeq float %1395, 0x7FF0000000000000
	%1397 = fneg float 0x7FF0000000000000
	%1398 = fcmp oeq float %1395, %1397
	%1399 = or i1 %1396, %1398
	%1400 = fsub float %1387, %1395
	%1401 = select i1 %1399, float 0.0, float %1400
	%1402 = lshr i32 %1391, 16
	%1403 = trunc i32 %1402 to i16
	%1404 = zext i16 %1403 to i32
	%1405 = shl i32 %1404, 16
	%1406 = bitcast i32 %1405 to float
	%1407 = fcmp oeq float %1406, 0x7FF0000000000000
	%1408 = fneg float 0x7FF0000000000000
	%1409 = fcmp oeq float %1406, %1408
	%1410 = or i1 %1407, %1409
	%1411 = fsub float %1388, %1406
	%1412 = select i1 %1410, float 0.0, float %1411
	%1413 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1412, float %1401)
	%1414 = trunc i32 %1413 to i16
	%1415 = zext i16 %1414 to i32
	%1416 = shl i32 %1415, 16
	%1417 = bitcast i32 %1416 to float
	%1418 = fcmp oeq float %1417, 0x7FF0000000000000
	%1419 = fneg float 0x7FF0000000000000
	%1420 = fcmp oeq float %1417, %1419
	%1421 = or i1 %1418, %1420
	%1422 = fsub float %1401, %1417
	%1423 = select i1 %1421, float 0.0, float %1422
	%1424 = lshr i32 %1413, 16
	%1425 = trunc i32 %1424 to i16
	%1426 = zext i16 %1425 to i32
	%1427 = shl i32 %1426, 16
	%1428 = bitcast i32 %1427 to float
	%1429 = fcmp oeq float %1428, 0x7FF0000000000000
	%1430 = fneg float 0x7FF0000000000000
	%1431 = fcmp oeq float %1428, %1430
	%1432 = or i1 %1429, %1431
	%1433 = fsub float %1412, %1428
	%1434 = select i1 %1432, float 0.0, float %1433
	%1435 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1434, float %1423)
	%1436 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1390, float %1389)
	%1437 = trunc i32 %1436 to i16
	%1438 = zext i16 %1437 to i32
	%1439 = shl i32 %1438, 16
	%1440 = bitcast i32 %1439 to float
	%1441 = fcmp oeq float %1440, 0x7FF0000000000000
	%1442 = fneg float 0x7FF0000000000000
	%1443 = fcmp oeq float %1440, %1442
	%1444 = or i1 %1441, %1443
	%1445 = fsub float %1389, %1440
	%1446 = select i1 %1444, float 0.0, float %1445
	%1447 = lshr i32 %1436, 16
	%1448 = trunc i32 %1447 to i16
	%1449 = zext i16 %1448 to i32
	%1450 = shl i32 %1449, 16
	%1451 = bitcast i32 %1450 to float
	%1452 = fcmp oeq float %1451, 0x7FF0000000000000
	%1453 = fneg float 0x7FF0000000000000
	%1454 = fcmp oeq float %1451, %1453
	%1455 = or i1 %1452, %1454
	%1456 = fsub float %1390, %1451
	%1457 = select i1 %1455, float 0.0, float %1456
	%1458 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1457, float %1446)
	%1459 = trunc i32 %1458 to i16
	%1460 = zext i16 %1459 to i32
	%1461 = shl i32 %1460, 16
	%1462 = bitcast i32 %1461 to float
	%1463 = fcmp oeq float %1462, 0x7FF0000000000000
	%1464 = fneg float 0x7FF0000000000000
	%1465 = fcmp oeq float %1462, %1464
	%1466 = or i1 %1463, %1465
	%1467 = fsub float %1446, %1462
	%1468 = select i1 %1466, float 0.0, float %1467
	%1469 = lshr i32 %1458, 16
	%1470 = trunc i32 %1469 to i16
	%1471 = zext i16 %1470 to i32
	%1472 = shl i32 %1471, 16
	%1473 = bitcast i32 %1472 to float
	%1474 = fcmp oeq float %1473, 0x7FF0000000000000
	%1475 = fneg float 0x7FF0000000000000
	%1476 = fcmp oeq float %1473, %1475
	%1477 = or i1 %1474, %1476
	%1478 = fsub float %1457, %1473
	%1479 = select i1 %1477, float 0.0, float %1478
	%1480 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1479, float %1468)
	%1481 = insertelement <2 x i32> undef, i32 %1391, i32 0
	%1482 = insertelement <2 x i32> %1481, i32 %1436, i32 1
	%1483 = mul i32 %1378, 20
	%1484 = shl i32 %1379, 1
	%1485 = add i32 %1483, %1484
	%1486 = add i32 %1485, 0
	%1487 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1486
	%1488 = bitcast i32 addrspace(3)* %1487 to <2 x i32> addrspace(3)*
	store <2 x i32> %1482, <2 x i32> addrspace(3)* %1488, align 8
	%1489 = insertelement <2 x i32> undef, i32 %1413, i32 0
	%1490 = insertelement <2 x i32> %1489, i32 %1458, i32 1
	%1491 = mul i32 %1378, 20
	%1492 = shl i32 %1379, 1
	%1493 = add i32 %1491, %1492
	%1494 = add i32 %1493, 1280
	%1495 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1494
	%1496 = bitcast i32 addrspace(3)* %1495 to <2 x i32> addrspace(3)*
	store <2 x i32> %1490, <2 x i32> addrspace(3)* %1496, align 8
	%1497 = insertelement <2 x i32> undef, i32 %1435, i32 0
	%1498 = insertelement <2 x i32> %1497, i32 %1480, i32 1
	%1499 = mul i32 %1378, 20
	%1500 = shl i32 %1379, 1
	%1501 = add i32 %1499, %1500
	%1502 = add i32 %1501, 2560
	%1503 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1502
	%1504 = bitcast i32 addrspace(3)* %1503 to <2 x i32> addrspace(3)*
	store <2 x i32> %1498, <2 x i32> addrspace(3)* %1504, align 8
	%1505 = add i32 %0, 128
	%1506 = udiv i32 %1505, 8
	%1507 = urem i32 %1505, 8
	%1508 = add i32 64, %1506
	%1509 = mul i32 %1508, 32
	%1510 = shl i32 %1507, 2
	%1511 = add i32 %1509, %1510
	%1512 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @minference_scores0_raw, i32 0, i32 %1511
	%1513 = bitcast float addrspace(3)* %1512 to <4 x float> addrspace(3)*
	%1514 = load <4 x float>, <4 x float> addrspace(3)* %1513, align 16
	%1515 = extractelement <4 x float> %1514, i32 0
	%1516 = extractelement <4 x float> %1514, i32 1
	%1517 = extractelement <4 x float> %1514, i32 2
	%1518 = extractelement <4 x float> %1514, i32 3
	%1519 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1516, float %1515)
	%1520 = trunc i32 %1519 to i16
	%1521 = zext i16 %1520 to i32
	%1522 = shl i32 %1521, 16
	%1523 = bitcast i32 %1522 to float
	%1524 = fcmp oeq float %1523, 0x7FF0000000000000
	%1525 = fneg float 0x7FF0000000000000
	%1526 = fcmp oeq float %1523, %1525
	%1527 = or i1 %1524, %1526
	%1528 = fsub float %1515, %1523
	%1529 = select i1 %1527, float 0.0, float %1528
	%1530 = lshr i32 %1519, 16
	%1531 = trunc i32 %1530 to i16
	%1532 = zext i16 %1531 to i32
	%1533 = shl i32 %1532, 16
	%1534 = bitcast i32 %1533 to float
	%1535 = fcmp oeq float %1534, 0x7FF0000000000000
	%1536 = fneg float 0x7FF0000000000000
	%1537 = fcmp oeq float %1534, %1536
	%1538 = or i1 %1535, %1537
	%1539 = fsub float %1516, %1534
	%1540 = select i1 %1538, float 0.0, float %1539
	%1541 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1540, float %1529)
	%1542 = trunc i32 %1541 to i16
	%1543 = zext i16 %1542 to i32
	%1544 = shl i32 %1543, 16
	%1545 = bitcast i32 %1544 to float
	%1546 = fcmp oeq float %1545, 0x7FF0000000000000
	%1547 = fneg float 0x7FF0000000000000
	%1548 = fcmp oeq float %1545, %1547
	%1549 = or i1 %1546, %1548
	%1550 = fsub float %1529, %1545
	%1551 = select i1 %1549, float 0.0, float %1550
	%1552 = lshr i32 %1541, 16
	%1553 = trunc i32 %1552 to i16
	%1554 = zext i16 %1553 to i32
	%1555 = shl i32 %1554, 16
	%1556 = bitcast i32 %1555 to float
	%1557 = fcmp oeq float %1556, 0x7FF0000000000000
	%1558 = fneg float 0x7FF0000000000000
	%1559 = fcmp oeq float %1556, %1558
	%1560 = or i1 %1557, %1559
	%1561 = fsub float %1540, %1556
	%1562 = select i1 %1560, float 0.0, float %1561
	%1563 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1562, float %1551)
	%1564 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1518, float %1517)
	%1565 = trunc i32 %1564 to i16
	%1566 = zext i16 %1565 to i32
	%1567 = shl i32 %1566, 16
	%1568 = bitcast i32 %1567 to float
	%1569 = fcmp oeq float %1568, 0x7FF0000000000000
	%1570 = fneg float 0x7FF0000000000000
	%1571 = fcmp oeq float %1568, %1570
	%1572 = or i1 %1569, %1571
	%1573 = fsub float %1517, %1568
	%1574 = select i1 %1572, float 0.0, float %1573
	%1575 = lshr i32 %1564, 16
	%1576 = trunc i32 %1575 to i16
	%1577 = zext i16 %1576 to i32
	%1578 = shl i32 %1577, 16
	%1579 = bitcast i32 %1578 to float
	%1580 = fcmp oeq float %1579, 0x7FF0000000000000
	%1581 = fneg float 0x7FF0000000000000
	%1582 = fcmp oeq float %1579, %1581
	%1583 = or i1 %1580, %1582
	%1584 = fsub float %1518, %1579
	%1585 = select i1 %1583, float 0.0, float %1584
	%1586 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1585, float %1574)
	%1587 = trunc i32 %1586 to i16
	%1588 = zext i16 %1587 to i32
	%1589 = shl i32 %1588, 16
	%1590 = bitcast i32 %1589 to float
	%1591 = fcmp oeq float %1590, 0x7FF0000000000000
	%1592 = fneg float 0x7FF0000000000000
	%1593 = fcmp oeq float %1590, %1592
	%1594 = or i1 %1591, %1593
	%1595 = fsub float %1574, %1590
	%1596 = select i1 %1594, float 0.0, float %1595
	%1597 = lshr i32 %1586, 16
	%1598 = trunc i32 %1597 to i16
	%1599 = zext i16 %1598 to i32
	%1600 = shl i32 %1599, 16
	%1601 = bitcast i32 %1600 to float
	%1602 = fcmp oeq float %1601, 0x7FF0000000000000
	%1603 = fneg float 0x7FF0000000000000
	%1604 = fcmp oeq float %1601, %1603
	%1605 = or i1 %1602, %1604
	%1606 = fsub float %1585, %1601
	%1607 = select i1 %1605, float 0.0, float %1606
	%1608 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1607, float %1596)
	%1609 = insertelement <2 x i32> undef, i32 %1519, i32 0
	%1610 = insertelement <2 x i32> %1609, i32 %1564, i32 1
	%1611 = mul i32 %1506, 20
	%1612 = shl i32 %1507, 1
	%1613 = add i32 %1611, %1612
	%1614 = add i32 %1613, 0
	%1615 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1614
	%1616 = bitcast i32 addrspace(3)* %1615 to <2 x i32> addrspace(3)*
	store <2 x i32> %1610, <2 x i32> addrspace(3)* %1616, align 8
	%1617 = insertelement <2 x i32> undef, i32 %1541, i32 0
	%1618 = insertelement <2 x i32> %1617, i32 %1586, i32 1
	%1619 = mul i32 %1506, 20
	%1620 = shl i32 %1507, 1
	%1621 = add i32 %1619, %1620
	%1622 = add i32 %1621, 1280
	%1623 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1622
	%1624 = bitcast i32 addrspace(3)* %1623 to <2 x i32> addrspace(3)*
	store <2 x i32> %1618, <2 x i32> addrspace(3)* %1624, align 8
	%1625 = insertelement <2 x i32> undef, i32 %1563, i32 0
	%1626 = insertelement <2 x i32> %1625, i32 %1608, i32 1
	%1627 = mul i32 %1506, 20
	%1628 = shl i32 %1507, 1
	%1629 = add i32 %1627, %1628
	%1630 = add i32 %1629, 2560
	%1631 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1630
	%1632 = bitcast i32 addrspace(3)* %1631 to <2 x i32> addrspace(3)*
	store <2 x i32> %1626, <2 x i32> addrspace(3)* %1632, align 8
	%1633 = add i32 %0, 256
	%1634 = udiv i32 %1633, 8
	%1635 = urem i32 %1633, 8
	%1636 = add i32 64, %1634
	%1637 = mul i32 %1636, 32
	%1638 = shl i32 %1635, 2
	%1639 = add i32 %1637, %1638
	%1640 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @minference_scores0_raw, i32 0, i32 %1639
	%1641 = bitcast float addrspace(3)* %1640 to <4 x float> addrspace(3)*
	%1642 = load <4 x float>, <4 x float> addrspace(3)* %1641, align 16
	%1643 = extractelement <4 x float> %1642, i32 0
	%1644 = extractelement <4 x float> %1642, i32 1
	%1645 = extractelement <4 x float> %1642, i32 2
	%1646 = extractelement <4 x float> %1642, i32 3
	%1647 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1644, float %1643)
	%1648 = trunc i32 %1647 to i16
	%1649 = zext i16 %1648 to i32
	%1650 = shl i32 %1649, 16
	%1651 = bitcast i32 %1650 to float
	%1652 = fcmp oeq float %1651, 0x7FF0000000000000
	%1653 = fneg float 0x7FF0000000000000
	%1654 = fcmp oeq float %1651, %1653
	%1655 = or i1 %1652, %1654
	%1656 = fsub float %1643, %1651
	%1657 = select i1 %1655, float 0.0, float %1656
	%1658 = lshr i32 %1647, 16
	%1659 = trunc i32 %1658 to i16
	%1660 = zext i16 %1659 to i32
	%1661 = shl i32 %1660, 16
	%1662 = bitcast i32 %1661 to float
	%1663 = fcmp oeq float %1662, 0x7FF0000000000000
	%1664 = fneg float 0x7FF0000000000000
	%1665 = fcmp oeq float %1662, %1664
	%1666 = or i1 %1663, %1665
	%1667 = fsub float %1644, %1662
	%1668 = select i1 %1666, float 0.0, float %1667
	%1669 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1668, float %1657)
	%1670 = trunc i32 %1669 to i16
	%1671 = zext i16 %1670 to i32
	%1672 = shl i32 %1671, 16
	%1673 = bitcast i32 %1672 to float
	%1674 = fcmp oeq float %1673, 0x7FF0000000000000
	%1675 = fneg float 0x7FF0000000000000
	%1676 = fcmp oeq float %1673, %1675
	%1677 = or i1 %1674, %1676
	%1678 = fsub float %1657, %1673
	%1679 = select i1 %1677, float 0.0, float %1678
	%1680 = lshr i32 %1669, 16
	%1681 = trunc i32 %1680 to i16
	%1682 = zext i16 %1681 to i32
	%1683 = shl i32 %1682, 16
	%1684 = bitcast i32 %1683 to float
	%1685 = fcmp oeq float %1684, 0x7FF0000000000000
	%1686 = fneg float 0x7FF0000000000000
	%1687 = fcmp oeq float %1684, %1686
	%1688 = or i1 %1685, %1687
	%1689 = fsub float %1668, %1684
	%1690 = select i1 %1688, float 0.0, float %1689
	%1691 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1690, float %1679)
	%1692 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1646, float %1645)
	%1693 = trunc i32 %1692 to i16
	%1694 = zext i16 %1693 to i32
	%1695 = shl i32 %1694, 16
	%1696 = bitcast i32 %1695 to float
	%1697 = fcmp oeq float %1696, 0x7FF0000000000000
	%1698 = fneg float 0x7FF0000000000000
	%1699 = fcmp oeq float %1696, %1698
	%1700 = or i1 %1697, %1699
	%1701 = fsub float %1645, %1696
	%1702 = select i1 %1700, float 0.0, float %1701
	%1703 = lshr i32 %1692, 16
	%1704 = trunc i32 %1703 to i16
	%1705 = zext i16 %1704 to i32
	%1706 = shl i32 %1705, 16
	%1707 = bitcast i32 %1706 to float
	%1708 = fcmp oeq float %1707, 0x7FF0000000000000
	%1709 = fneg float 0x7FF0000000000000
	%1710 = fcmp oeq float %1707, %1709
	%1711 = or i1 %1708, %1710
	%1712 = fsub float %1646, %1707
	%1713 = select i1 %1711, float 0.0, float %1712
	%1714 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1713, float %1702)
	%1715 = trunc i32 %1714 to i16
	%1716 = zext i16 %1715 to i32
	%1717 = shl i32 %1716, 16
	%1718 = bitcast i32 %1717 to float
	%1719 = fcmp oeq float %1718, 0x7FF0000000000000
	%1720 = fneg float 0x7FF0000000000000
	%1721 = fcmp oeq float %1718, %1720
	%1722 = or i1 %1719, %1721
	%1723 = fsub float %1702, %1718
	%1724 = select i1 %1722, float 0.0, float %1723
	%1725 = lshr i32 %1714, 16
	%1726 = trunc i32 %1725 to i16
	%1727 = zext i16 %1726 to i32
	%1728 = shl i32 %1727, 16
	%1729 = bitcast i32 %1728 to float
	%1730 = fcmp oeq float %1729, 0x7FF0000000000000
	%1731 = fneg float 0x7FF0000000000000
	%1732 = fcmp oeq float %1729, %1731
	%1733 = or i1 %1730, %1732
	%1734 = fsub float %1713, %1729
	%1735 = select i1 %1733, float 0.0, float %1734
	%1736 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1735, float %1724)
	%1737 = insertelement <2 x i32> undef, i32 %1647, i32 0
	%1738 = insertelement <2 x i32> %1737, i32 %1692, i32 1
	%1739 = mul i32 %1634, 20
	%1740 = shl i32 %1635, 1
	%1741 = add i32 %1739, %1740
	%1742 = add i32 %1741, 0
	%1743 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1742
	%1744 = bitcast i32 addrspace(3)* %1743 to <2 x i32> addrspace(3)*
	store <2 x i32> %1738, <2 x i32> addrspace(3)* %1744, align 8
	%1745 = insertelement <2 x i32> undef, i32 %1669, i32 0
	%1746 = insertelement <2 x i32> %1745, i32 %1714, i32 1
	%1747 = mul i32 %1634, 20
	%1748 = shl i32 %1635, 1
	%1749 = add i32 %1747, %1748
	%1750 = add i32 %1749, 1280
	%1751 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1750
	%1752 = bitcast i32 addrspace(3)* %1751 to <2 x i32> addrspace(3)*
	store <2 x i32> %1746, <2 x i32> addrspace(3)* %1752, align 8
	%1753 = insertelement <2 x i32> undef, i32 %1691, i32 0
	%1754 = insertelement <2 x i32> %1753, i32 %1736, i32 1
	%1755 = mul i32 %1634, 20
	%1756 = shl i32 %1635, 1
	%1757 = add i32 %1755, %1756
	%1758 = add i32 %1757, 2560
	%1759 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1758
	%1760 = bitcast i32 addrspace(3)* %1759 to <2 x i32> addrspace(3)*
	store <2 x i32> %1754, <2 x i32> addrspace(3)* %1760, align 8
	%1761 = add i32 %0, 384
	%1762 = udiv i32 %1761, 8
	%1763 = urem i32 %1761, 8
	%1764 = add i32 64, %1762
	%1765 = mul i32 %1764, 32
	%1766 = shl i32 %1763, 2
	%1767 = add i32 %1765, %1766
	%1768 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @minference_scores0_raw, i32 0, i32 %1767
	%1769 = bitcast float addrspace(3)* %1768 to <4 x float> addrspace(3)*
	%1770 = load <4 x float>, <4 x float> addrspace(3)* %1769, align 16
	%1771 = extractelement <4 x float> %1770, i32 0
	%1772 = extractelement <4 x float> %1770, i32 1
	%1773 = extractelement <4 x float> %1770, i32 2
	%1774 = extractelement <4 x float> %1770, i32 3
	%1775 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1772, float %1771)
	%1776 = trunc i32 %1775 to i16
	%1777 = zext i16 %1776 to i32
	%1778 = shl i32 %1777, 16
	%1779 = bitcast i32 %1778 to float
	%1780 = fcmp oeq float %1779, 0x7FF0000000000000
	%1781 = fneg float 0x7FF0000000000000
	%1782 = fcmp oeq float %1779, %1781
	%1783 = or i1 %1780, %1782
	%1784 = fsub float %1771, %1779
	%1785 = select i1 %1783, float 0.0, float %1784
	%1786 = lshr i32 %1775, 16
	%1787 = trunc i32 %1786 to i16
	%1788 = zext i16 %1787 to i32
	%1789 = shl i32 %1788, 16
	%1790 = bitcast i32 %1789 to float
	%1791 = fcmp oeq float %1790, 0x7FF0000000000000
	%1792 = fneg float 0x7FF0000000000000
	%1793 = fcmp oeq float %1790, %1792
	%1794 = or i1 %1791, %1793
	%1795 = fsub float %1772, %1790
	%1796 = select i1 %1794, float 0.0, float %1795
	%1797 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1796, float %1785)
	%1798 = trunc i32 %1797 to i16
	%1799 = zext i16 %1798 to i32
	%1800 = shl i32 %1799, 16
	%1801 = bitcast i32 %1800 to float
	%1802 = fcmp oeq float %1801, 0x7FF0000000000000
	%1803 = fneg float 0x7FF0000000000000
	%1804 = fcmp oeq float %1801, %1803
	%1805 = or i1 %1802, %1804
	%1806 = fsub float %1785, %1801
	%1807 = select i1 %1805, float 0.0, float %1806
	%1808 = lshr i32 %1797, 16
	%1809 = trunc i32 %1808 to i16
	%1810 = zext i16 %1809 to i32
	%1811 = shl i32 %1810, 16
	%1812 = bitcast i32 %1811 to float
	%1813 = fcmp oeq float %1812, 0x7FF0000000000000
	%1814 = fneg float 0x7FF0000000000000
	%1815 = fcmp oeq float %1812, %1814
	%1816 = or i1 %1813, %1815
	%1817 = fsub float %1796, %1812
	%1818 = select i1 %1816, float 0.0, float %1817
	%1819 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1818, float %1807)
	%1820 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1774, float %1773)
	%1821 = trunc i32 %1820 to i16
	%1822 = zext i16 %1821 to i32
	%1823 = shl i32 %1822, 16
	%1824 = bitcast i32 %1823 to float
	%1825 = fcmp oeq float %1824, 0x7FF0000000000000
	%1826 = fneg float 0x7FF0000000000000
	%1827 = fcmp oeq float %1824, %1826
	%1828 = or i1 %1825, %1827
	%1829 = fsub float %1773, %1824
	%1830 = select i1 %1828, float 0.0, float %1829
	%1831 = lshr i32 %1820, 16
	%1832 = trunc i32 %1831 to i16
	%1833 = zext i16 %1832 to i32
	%1834 = shl i32 %1833, 16
	%1835 = bitcast i32 %1834 to float
	%1836 = fcmp oeq float %1835, 0x7FF0000000000000
	%1837 = fneg float 0x7FF0000000000000
	%1838 = fcmp oeq float %1835, %1837
	%1839 = or i1 %1836, %1838
	%1840 = fsub float %1774, %1835
	%1841 = select i1 %1839, float 0.0, float %1840
	%1842 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1841, float %1830)
	%1843 = trunc i32 %1842 to i16
	%1844 = zext i16 %1843 to i32
	%1845 = shl i32 %1844, 16
	%1846 = bitcast i32 %1845 to float
	%1847 = fcmp oeq float %1846, 0x7FF0000000000000
	%1848 = fneg float 0x7FF0000000000000
	%1849 = fcmp oeq float %1846, %1848
	%1850 = or i1 %1847, %1849
	%1851 = fsub float %1830, %1846
	%1852 = select i1 %1850, float 0.0, float %1851
	%1853 = lshr i32 %1842, 16
	%1854 = trunc i32 %1853 to i16
	%1855 = zext i16 %1854 to i32
	%1856 = shl i32 %1855, 16
	%1857 = bitcast i32 %1856 to float
	%1858 = fcmp oeq float %1857, 0x7FF0000000000000
	%1859 = fneg float 0x7FF0000000000000
	%1860 = fcmp oeq float %1857, %1859
	%1861 = or i1 %1858, %1860
	%1862 = fsub float %1841, %1857
	%1863 = select i1 %1861, float 0.0, float %1862
	%1864 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1863, float %1852)
	%1865 = insertelement <2 x i32> undef, i32 %1775, i32 0
	%1866 = insertelement <2 x i32> %1865, i32 %1820, i32 1
	%1867 = mul i32 %1762, 20
	%1868 = shl i32 %1763, 1
	%1869 = add i32 %1867, %1868
	%1870 = add i32 %1869, 0
	%1871 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1870
	%1872 = bitcast i32 addrspace(3)* %1871 to <2 x i32> addrspace(3)*
	store <2 x i32> %1866, <2 x i32> addrspace(3)* %1872, align 8
	%1873 = insertelement <2 x i32> undef, i32 %1797, i32 0
	%1874 = insertelement <2 x i32> %1873, i32 %1842, i32 1
	%1875 = mul i32 %1762, 20
	%1876 = shl i32 %1763, 1
	%1877 = add i32 %1875, %1876
	%1878 = add i32 %1877, 1280
	%1879 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1878
	%1880 = bitcast i32 addrspace(3)* %1879 to <2 x i32> addrspace(3)*
	store <2 x i32> %1874, <2 x i32> addrspace(3)* %1880, align 8
	%1881 = insertelement <2 x i32> undef, i32 %1819, i32 0
	%1882 = insertelement <2 x i32> %1881, i32 %1864, i32 1
	%1883 = mul i32 %1762, 20
	%1884 = shl i32 %1763, 1
	%1885 = add i32 %1883, %1884
	%1886 = add i32 %1885, 2560
	%1887 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %1886
	%1888 = bitcast i32 addrspace(3)* %1887 to <2 x i32> addrspace(3)*
	store <2 x i32> %1882, <2 x i32> addrspace(3)* %1888, align 8
	call void @llvm.nvvm.barrier0()
	%1889 = add i32 %830, 32
	%1890 = icmp slt i32 %1889, 64
	br i1 %1890, label %1896, label %2065

1891:
	%1892 = fmul float %831, 0x3FC7154760000000
	%1893 = icmp slt i32 %17, %NQ
	%1894 = icmp slt i32 %21, %NK
	%1895 = and i1 %1893, %1894
	br i1 %1895, label %2741, label %2748

1896:
	%1897 = add i32 %0, 0
	%1898 = udiv i32 %1897, 8
	%1899 = urem i32 %1897, 8
	%1900 = add i32 %8, %1898
	%1901 = icmp slt i32 %1900, %NQ
	%1902 = select i1 %1901, i32 %1900, i32 0
	%1903 = mul i32 %3, %NQ
	%1904 = add i32 %1903, %1902
	%1905 = mul i32 %1904, 64
	%1906 = add i32 %1905, %1889
	%1907 = shl i32 %1899, 2
	%1908 = add i32 %1906, %1907
	%1909 = add i32 0, %1898
	%1910 = mul i32 %1909, 32
	%1911 = shl i32 %1899, 2
	%1912 = add i32 %1910, %1911
	%1913 = mul i32 %1912, 4
	%1914 = add i32 %660, %1913
	%1915 = sext i32 %1908 to i64
	%1916 = getelementptr float, float* %qm, i64 %1915
	%1917 = select i1 %1901, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1914, float* %1916, i32 %1917)
	%1918 = add i32 %0, 128
	%1919 = udiv i32 %1918, 8
	%1920 = urem i32 %1918, 8
	%1921 = add i32 %8, %1919
	%1922 = icmp slt i32 %1921, %NQ
	%1923 = select i1 %1922, i32 %1921, i32 0
	%1924 = mul i32 %3, %NQ
	%1925 = add i32 %1924, %1923
	%1926 = mul i32 %1925, 64
	%1927 = add i32 %1926, %1889
	%1928 = shl i32 %1920, 2
	%1929 = add i32 %1927, %1928
	%1930 = add i32 0, %1919
	%1931 = mul i32 %1930, 32
	%1932 = shl i32 %1920, 2
	%1933 = add i32 %1931, %1932
	%1934 = mul i32 %1933, 4
	%1935 = add i32 %660, %1934
	%1936 = sext i32 %1929 to i64
	%1937 = getelementptr float, float* %qm, i64 %1936
	%1938 = select i1 %1922, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1935, float* %1937, i32 %1938)
	%1939 = add i32 %0, 256
	%1940 = udiv i32 %1939, 8
	%1941 = urem i32 %1939, 8
	%1942 = add i32 %8, %1940
	%1943 = icmp slt i32 %1942, %NQ
	%1944 = select i1 %1943, i32 %1942, i32 0
	%1945 = mul i32 %3, %NQ
	%1946 = add i32 %1945, %1944
	%1947 = mul i32 %1946, 64
	%1948 = add i32 %1947, %1889
	%1949 = shl i32 %1941, 2
	%1950 = add i32 %1948, %1949
	%1951 = add i32 0, %1940
	%1952 = mul i32 %1951, 32
	%1953 = shl i32 %1941, 2
	%1954 = add i32 %1952, %1953
	%1955 = mul i32 %1954, 4
	%1956 = add i32 %660, %1955
	%1957 = sext i32 %1950 to i64
	%1958 = getelementptr float, float* %qm, i64 %1957
	%1959 = select i1 %1943, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1956, float* %1958, i32 %1959)
	%1960 = add i32 %0, 384
	%1961 = udiv i32 %1960, 8
	%1962 = urem i32 %1960, 8
	%1963 = add i32 %8, %1961
	%1964 = icmp slt i32 %1963, %NQ
	%1965 = select i1 %1964, i32 %1963, i32 0
	%1966 = mul i32 %3, %NQ
	%1967 = add i32 %1966, %1965
	%1968 = mul i32 %1967, 64
	%1969 = add i32 %1968, %1889
	%1970 = shl i32 %1962, 2
	%1971 = add i32 %1969, %1970
	%1972 = add i32 0, %1961
	%1973 = mul i32 %1972, 32
	%1974 = shl i32 %1962, 2
	%1975 = add i32 %1973, %1974
	%1976 = mul i32 %1975, 4
	%1977 = add i32 %660, %1976
	%1978 = sext i32 %1971 to i64
	%1979 = getelementptr float, float* %qm, i64 %1978
	%1980 = select i1 %1964, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1977, float* %1979, i32 %1980)
	%1981 = add i32 %0, 0
	%1982 = udiv i32 %1981, 8
	%1983 = urem i32 %1981, 8
	%1984 = add i32 %9, %1982
	%1985 = icmp slt i32 %1984, %NK
	%1986 = select i1 %1985, i32 %1984, i32 0
	%1987 = mul i32 %14, %NK
	%1988 = add i32 %1987, %1986
	%1989 = mul i32 %1988, 64
	%1990 = add i32 %1989, %1889
	%1991 = shl i32 %1983, 2
	%1992 = add i32 %1990, %1991
	%1993 = add i32 64, %1982
	%1994 = mul i32 %1993, 32
	%1995 = shl i32 %1983, 2
	%1996 = add i32 %1994, %1995
	%1997 = mul i32 %1996, 4
	%1998 = add i32 %660, %1997
	%1999 = sext i32 %1992 to i64
	%2000 = getelementptr float, float* %km, i64 %1999
	%2001 = select i1 %1985, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1998, float* %2000, i32 %2001)
	%2002 = add i32 %0, 128
	%2003 = udiv i32 %2002, 8
	%2004 = urem i32 %2002, 8
	%2005 = add i32 %9, %2003
	%2006 = icmp slt i32 %2005, %NK
	%2007 = select i1 %2006, i32 %2005, i32 0
	%2008 = mul i32 %14, %NK
	%2009 = add i32 %2008, %2007
	%2010 = mul i32 %2009, 64
	%2011 = add i32 %2010, %1889
	%2012 = shl i32 %2004, 2
	%2013 = add i32 %2011, %2012
	%2014 = add i32 64, %2003
	%2015 = mul i32 %2014, 32
	%2016 = shl i32 %2004, 2
	%2017 = add i32 %2015, %2016
	%2018 = mul i32 %2017, 4
	%2019 = add i32 %660, %2018
	%2020 = sext i32 %2013 to i64
	%2021 = getelementptr float, float* %km, i64 %2020
	%2022 = select i1 %2006, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2019, float* %2021, i32 %2022)
	%2023 = add i32 %0, 256
	%2024 = udiv i32 %2023, 8
	%2025 = urem i32 %2023, 8
	%2026 = add i32 %9, %2024
	%2027 = icmp slt i32 %2026, %NK
	%2028 = select i1 %2027, i32 %2026, i32 0
	%2029 = mul i32 %14, %NK
	%2030 = add i32 %2029, %2028
	%2031 = mul i32 %2030, 64
	%2032 = add i32 %2031, %1889
	%2033 = shl i32 %2025, 2
	%2034 = add i32 %2032, %2033
	%2035 = add i32 64, %2024
	%2036 = mul i32 %2035, 32
	%2037 = shl i32 %2025, 2
	%2038 = add i32 %2036, %2037
	%2039 = mul i32 %2038, 4
	%2040 = add i32 %660, %2039
	%2041 = sext i32 %2034 to i64
	%2042 = getelementptr float, float* %km, i64 %2041
	%2043 = select i1 %2027, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2040, float* %2042, i32 %2043)
	%2044 = add i32 %0, 384
	%2045 = udiv i32 %2044, 8
	%2046 = urem i32 %2044, 8
	%2047 = add i32 %9, %2045
	%2048 = icmp slt i32 %2047, %NK
	%2049 = select i1 %2048, i32 %2047, i32 0
	%2050 = mul i32 %14, %NK
	%2051 = add i32 %2050, %2049
	%2052 = mul i32 %2051, 64
	%2053 = add i32 %2052, %1889
	%2054 = shl i32 %2046, 2
	%2055 = add i32 %2053, %2054
	%2056 = add i32 64, %2045
	%2057 = mul i32 %2056, 32
	%2058 = shl i32 %2046, 2
	%2059 = add i32 %2057, %2058
	%2060 = mul i32 %2059, 4
	%2061 = add i32 %660, %2060
	%2062 = sext i32 %2055 to i64
	%2063 = getelementptr float, float* %km, i64 %2062
	%2064 = select i1 %2048, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2061, float* %2063, i32 %2064)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %2065

2065:
	br label %2066

2066:
	%2067 = phi i32 [ 0, %2065 ], [ %2738, %2101 ]
	%2068 = phi float [ %831, %2065 ], [ %2699, %2101 ]
	%2069 = phi float [ %832, %2065 ], [ %2700, %2101 ]
	%2070 = phi float [ %833, %2065 ], [ %2701, %2101 ]
	%2071 = phi float [ %834, %2065 ], [ %2702, %2101 ]
	%2072 = phi float [ %835, %2065 ], [ %2704, %2101 ]
	%2073 = phi float [ %836, %2065 ], [ %2705, %2101 ]
	%2074 = phi float [ %837, %2065 ], [ %2706, %2101 ]
	%2075 = phi float [ %838, %2065 ], [ %2707, %2101 ]
	%2076 = phi float [ %839, %2065 ], [ %2709, %2101 ]
	%2077 = phi float [ %840, %2065 ], [ %2710, %2101 ]
	%2078 = phi float [ %841, %2065 ], [ %2711, %2101 ]
	%2079 = phi float [ %842, %2065 ], [ %2712, %2101 ]
	%2080 = phi float [ %843, %2065 ], [ %2714, %2101 ]
	%2081 = phi float [ %844, %2065 ], [ %2715, %2101 ]
	%2082 = phi float [ %845, %2065 ], [ %2716, %2101 ]
	%2083 = phi float [ %846, %2065 ], [ %2717, %2101 ]
	%2084 = phi float [ %847, %2065 ], [ %2719, %2101 ]
	%2085 = phi float [ %848, %2065 ], [ %2720, %2101 ]
	%2086 = phi float [ %849, %2065 ], [ %2721, %2101 ]
	%2087 = phi float [ %850, %2065 ], [ %2722, %2101 ]
	%2088 = phi float [ %851, %2065 ], [ %2724, %2101 ]
	%2089 = phi float [ %852, %2065 ], [ %2725, %2101 ]
	%2090 = phi float [ %853, %2065 ], [ %2726, %2101 ]
	%2091 = phi float [ %854, %2065 ], [ %2727, %2101 ]
	%2092 = phi float [ %855, %2065 ], [ %2729, %2101 ]
	%2093 = phi float [ %856, %2065 ], [ %2730, %2101 ]
	%2094 = phi float [ %857, %2065 ], [ %2731, %2101 ]
	%2095 = phi float [ %858, %2065 ], [ %2732, %2101 ]
	%2096 = phi float [ %859, %2065 ], [ %2734, %2101 ]
	%2097 = phi float [ %860, %2065 ], [ %2735, %2101 ]
	%2098 = phi float [ %861, %2065 ], [ %2736, %2101 ]
	%2099 = phi float [ %862, %2065 ], [ %2737, %2101 ]
	%2100 = icmp slt i32 %2067, 16
	br i1 %2100, label %2101, label %2739

2101:
	%2102 = add i32 %6, 0
	%2103 = add i32 %11, %2102
	%2104 = add i32 %2103, 0
	%2105 = add i32 %7, %2067
	%2106 = add i32 %2105, 0
	%2107 = mul i32 %2104, 20
	%2108 = add i32 %2106, 0
	%2109 = add i32 %2107, %2108
	%2110 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2109
	%2111 = load i32, i32 addrspace(3)* %2110
	%2112 = add i32 %2103, 8
	%2113 = add i32 %7, %2067
	%2114 = add i32 %2113, 0
	%2115 = mul i32 %2112, 20
	%2116 = add i32 %2114, 0
	%2117 = add i32 %2115, %2116
	%2118 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2117
	%2119 = load i32, i32 addrspace(3)* %2118
	%2120 = add i32 %2103, 0
	%2121 = add i32 %7, %2067
	%2122 = add i32 %2121, 4
	%2123 = mul i32 %2120, 20
	%2124 = add i32 %2122, 0
	%2125 = add i32 %2123, %2124
	%2126 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2125
	%2127 = load i32, i32 addrspace(3)* %2126
	%2128 = add i32 %2103, 8
	%2129 = add i32 %7, %2067
	%2130 = add i32 %2129, 4
	%2131 = mul i32 %2128, 20
	%2132 = add i32 %2130, 0
	%2133 = add i32 %2131, %2132
	%2134 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2133
	%2135 = load i32, i32 addrspace(3)* %2134
	%2136 = add i32 %6, 16
	%2137 = add i32 %11, %2136
	%2138 = add i32 %2137, 0
	%2139 = add i32 %7, %2067
	%2140 = add i32 %2139, 0
	%2141 = mul i32 %2138, 20
	%2142 = add i32 %2140, 0
	%2143 = add i32 %2141, %2142
	%2144 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2143
	%2145 = load i32, i32 addrspace(3)* %2144
	%2146 = add i32 %2137, 8
	%2147 = add i32 %7, %2067
	%2148 = add i32 %2147, 0
	%2149 = mul i32 %2146, 20
	%2150 = add i32 %2148, 0
	%2151 = add i32 %2149, %2150
	%2152 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2151
	%2153 = load i32, i32 addrspace(3)* %2152
	%2154 = add i32 %2137, 0
	%2155 = add i32 %7, %2067
	%2156 = add i32 %2155, 4
	%2157 = mul i32 %2154, 20
	%2158 = add i32 %2156, 0
	%2159 = add i32 %2157, %2158
	%2160 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2159
	%2161 = load i32, i32 addrspace(3)* %2160
	%2162 = add i32 %2137, 8
	%2163 = add i32 %7, %2067
	%2164 = add i32 %2163, 4
	%2165 = mul i32 %2162, 20
	%2166 = add i32 %2164, 0
	%2167 = add i32 %2165, %2166
	%2168 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2167
	%2169 = load i32, i32 addrspace(3)* %2168
	%2170 = add i32 %6, 0
	%2171 = add i32 %13, %2170
	%2172 = add i32 %7, %2067
	%2173 = add i32 %2172, 0
	%2174 = mul i32 %2171, 20
	%2175 = add i32 %2173, 0
	%2176 = add i32 %2174, %2175
	%2177 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2176
	%2178 = load i32, i32 addrspace(3)* %2177
	%2179 = add i32 %7, %2067
	%2180 = add i32 %2179, 4
	%2181 = mul i32 %2171, 20
	%2182 = add i32 %2180, 0
	%2183 = add i32 %2181, %2182
	%2184 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2183
	%2185 = load i32, i32 addrspace(3)* %2184
	%2186 = add i32 %6, 8
	%2187 = add i32 %13, %2186
	%2188 = add i32 %7, %2067
	%2189 = add i32 %2188, 0
	%2190 = mul i32 %2187, 20
	%2191 = add i32 %2189, 0
	%2192 = add i32 %2190, %2191
	%2193 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2192
	%2194 = load i32, i32 addrspace(3)* %2193
	%2195 = add i32 %7, %2067
	%2196 = add i32 %2195, 4
	%2197 = mul i32 %2187, 20
	%2198 = add i32 %2196, 0
	%2199 = add i32 %2197, %2198
	%2200 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2199
	%2201 = load i32, i32 addrspace(3)* %2200
	%2202 = add i32 %6, 16
	%2203 = add i32 %13, %2202
	%2204 = add i32 %7, %2067
	%2205 = add i32 %2204, 0
	%2206 = mul i32 %2203, 20
	%2207 = add i32 %2205, 0
	%2208 = add i32 %2206, %2207
	%2209 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2208
	%2210 = load i32, i32 addrspace(3)* %2209
	%2211 = add i32 %7, %2067
	%2212 = add i32 %2211, 4
	%2213 = mul i32 %2203, 20
	%2214 = add i32 %2212, 0
	%2215 = add i32 %2213, %2214
	%2216 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2215
	%2217 = load i32, i32 addrspace(3)* %2216
	%2218 = add i32 %6, 24
	%2219 = add i32 %13, %2218
	%2220 = add i32 %7, %2067
	%2221 = add i32 %2220, 0
	%2222 = mul i32 %2219, 20
	%2223 = add i32 %2221, 0
	%2224 = add i32 %2222, %2223
	%2225 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2224
	%2226 = load i32, i32 addrspace(3)* %2225
	%2227 = add i32 %7, %2067
	%2228 = add i32 %2227, 4
	%2229 = mul i32 %2219, 20
	%2230 = add i32 %2228, 0
	%2231 = add i32 %2229, %2230
	%2232 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2231
	%2233 = load i32, i32 addrspace(3)* %2232
	%2234 = add i32 %6, 0
	%2235 = add i32 %11, %2234
	%2236 = add i32 %2235, 0
	%2237 = add i32 %7, %2067
	%2238 = add i32 %2237, 0
	%2239 = mul i32 %2236, 20
	%2240 = add i32 %2238, 1280
	%2241 = add i32 %2239, %2240
	%2242 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2241
	%2243 = load i32, i32 addrspace(3)* %2242
	%2244 = add i32 %2235, 8
	%2245 = add i32 %7, %2067
	%2246 = add i32 %2245, 0
	%2247 = mul i32 %2244, 20
	%2248 = add i32 %2246, 1280
	%2249 = add i32 %2247, %2248
	%2250 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2249
	%2251 = load i32, i32 addrspace(3)* %2250
	%2252 = add i32 %2235, 0
	%2253 = add i32 %7, %2067
	%2254 = add i32 %2253, 4
	%2255 = mul i32 %2252, 20
	%2256 = add i32 %2254, 1280
	%2257 = add i32 %2255, %2256
	%2258 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2257
	%2259 = load i32, i32 addrspace(3)* %2258
	%2260 = add i32 %2235, 8
	%2261 = add i32 %7, %2067
	%2262 = add i32 %2261, 4
	%2263 = mul i32 %2260, 20
	%2264 = add i32 %2262, 1280
	%2265 = add i32 %2263, %2264
	%2266 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2265
	%2267 = load i32, i32 addrspace(3)* %2266
	%2268 = add i32 %6, 16
	%2269 = add i32 %11, %2268
	%2270 = add i32 %2269, 0
	%2271 = add i32 %7, %2067
	%2272 = add i32 %2271, 0
	%2273 = mul i32 %2270, 20
	%2274 = add i32 %2272, 1280
	%2275 = add i32 %2273, %2274
	%2276 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2275
	%2277 = load i32, i32 addrspace(3)* %2276
	%2278 = add i32 %2269, 8
	%2279 = add i32 %7, %2067
	%2280 = add i32 %2279, 0
	%2281 = mul i32 %2278, 20
	%2282 = add i32 %2280, 1280
	%2283 = add i32 %2281, %2282
	%2284 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2283
	%2285 = load i32, i32 addrspace(3)* %2284
	%2286 = add i32 %2269, 0
	%2287 = add i32 %7, %2067
	%2288 = add i32 %2287, 4
	%2289 = mul i32 %2286, 20
	%2290 = add i32 %2288, 1280
	%2291 = add i32 %2289, %2290
	%2292 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2291
	%2293 = load i32, i32 addrspace(3)* %2292
	%2294 = add i32 %2269, 8
	%2295 = add i32 %7, %2067
	%2296 = add i32 %2295, 4
	%2297 = mul i32 %2294, 20
	%2298 = add i32 %2296, 1280
	%2299 = add i32 %2297, %2298
	%2300 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2299
	%2301 = load i32, i32 addrspace(3)* %2300
	%2302 = add i32 %6, 0
	%2303 = add i32 %13, %2302
	%2304 = add i32 %7, %2067
	%2305 = add i32 %2304, 0
	%2306 = mul i32 %2303, 20
	%2307 = add i32 %2305, 1280
	%2308 = add i32 %2306, %2307
	%2309 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2308
	%2310 = load i32, i32 addrspace(3)* %2309
	%2311 = add i32 %7, %2067
	%2312 = add i32 %2311, 4
	%2313 = mul i32 %2303, 20
	%2314 = add i32 %2312, 1280
	%2315 = add i32 %2313, %2314
	%2316 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2315
	%2317 = load i32, i32 addrspace(3)* %2316
	%2318 = add i32 %6, 8
	%2319 = add i32 %13, %2318
	%2320 = add i32 %7, %2067
	%2321 = add i32 %2320, 0
	%2322 = mul i32 %2319, 20
	%2323 = add i32 %2321, 1280
	%2324 = add i32 %2322, %2323
	%2325 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2324
	%2326 = load i32, i32 addrspace(3)* %2325
	%2327 = add i32 %7, %2067
	%2328 = add i32 %2327, 4
	%2329 = mul i32 %2319, 20
	%2330 = add i32 %2328, 1280
	%2331 = add i32 %2329, %2330
	%2332 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2331
	%2333 = load i32, i32 addrspace(3)* %2332
	%2334 = add i32 %6, 16
	%2335 = add i32 %13, %2334
	%2336 = add i32 %7, %2067
	%2337 = add i32 %2336, 0
	%2338 = mul i32 %2335, 20
	%2339 = add i32 %2337, 1280
	%2340 = add i32 %2338, %2339
	%2341 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2340
	%2342 = load i32, i32 addrspace(3)* %2341
	%2343 = add i32 %7, %2067
	%2344 = add i32 %2343, 4
	%2345 = mul i32 %2335, 20
	%2346 = add i32 %2344, 1280
	%2347 = add i32 %2345, %2346
	%2348 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2347
	%2349 = load i32, i32 addrspace(3)* %2348
	%2350 = add i32 %6, 24
	%2351 = add i32 %13, %2350
	%2352 = add i32 %7, %2067
	%2353 = add i32 %2352, 0
	%2354 = mul i32 %2351, 20
	%2355 = add i32 %2353, 1280
	%2356 = add i32 %2354, %2355
	%2357 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2356
	%2358 = load i32, i32 addrspace(3)* %2357
	%2359 = add i32 %7, %2067
	%2360 = add i32 %2359, 4
	%2361 = mul i32 %2351, 20
	%2362 = add i32 %2360, 1280
	%2363 = add i32 %2361, %2362
	%2364 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2363
	%2365 = load i32, i32 addrspace(3)* %2364
	%2366 = add i32 %6, 0
	%2367 = add i32 %11, %2366
	%2368 = add i32 %2367, 0
	%2369 = add i32 %7, %2067
	%2370 = add i32 %2369, 0
	%2371 = mul i32 %2368, 20
	%2372 = add i32 %2370, 2560
	%2373 = add i32 %2371, %2372
	%2374 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2373
	%2375 = load i32, i32 addrspace(3)* %2374
	%2376 = add i32 %2367, 8
	%2377 = add i32 %7, %2067
	%2378 = add i32 %2377, 0
	%2379 = mul i32 %2376, 20
	%2380 = add i32 %2378, 2560
	%2381 = add i32 %2379, %2380
	%2382 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2381
	%2383 = load i32, i32 addrspace(3)* %2382
	%2384 = add i32 %2367, 0
	%2385 = add i32 %7, %2067
	%2386 = add i32 %2385, 4
	%2387 = mul i32 %2384, 20
	%2388 = add i32 %2386, 2560
	%2389 = add i32 %2387, %2388
	%2390 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2389
	%2391 = load i32, i32 addrspace(3)* %2390
	%2392 = add i32 %2367, 8
	%2393 = add i32 %7, %2067
	%2394 = add i32 %2393, 4
	%2395 = mul i32 %2392, 20
	%2396 = add i32 %2394, 2560
	%2397 = add i32 %2395, %2396
	%2398 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2397
	%2399 = load i32, i32 addrspace(3)* %2398
	%2400 = add i32 %6, 16
	%2401 = add i32 %11, %2400
	%2402 = add i32 %2401, 0
	%2403 = add i32 %7, %2067
	%2404 = add i32 %2403, 0
	%2405 = mul i32 %2402, 20
	%2406 = add i32 %2404, 2560
	%2407 = add i32 %2405, %2406
	%2408 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2407
	%2409 = load i32, i32 addrspace(3)* %2408
	%2410 = add i32 %2401, 8
	%2411 = add i32 %7, %2067
	%2412 = add i32 %2411, 0
	%2413 = mul i32 %2410, 20
	%2414 = add i32 %2412, 2560
	%2415 = add i32 %2413, %2414
	%2416 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2415
	%2417 = load i32, i32 addrspace(3)* %2416
	%2418 = add i32 %2401, 0
	%2419 = add i32 %7, %2067
	%2420 = add i32 %2419, 4
	%2421 = mul i32 %2418, 20
	%2422 = add i32 %2420, 2560
	%2423 = add i32 %2421, %2422
	%2424 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2423
	%2425 = load i32, i32 addrspace(3)* %2424
	%2426 = add i32 %2401, 8
	%2427 = add i32 %7, %2067
	%2428 = add i32 %2427, 4
	%2429 = mul i32 %2426, 20
	%2430 = add i32 %2428, 2560
	%2431 = add i32 %2429, %2430
	%2432 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_a, i32 0, i32 %2431
	%2433 = load i32, i32 addrspace(3)* %2432
	%2434 = add i32 %6, 0
	%2435 = add i32 %13, %2434
	%2436 = add i32 %7, %2067
	%2437 = add i32 %2436, 0
	%2438 = mul i32 %2435, 20
	%2439 = add i32 %2437, 2560
	%2440 = add i32 %2438, %2439
	%2441 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2440
	%2442 = load i32, i32 addrspace(3)* %2441
	%2443 = add i32 %7, %2067
	%2444 = add i32 %2443, 4
	%2445 = mul i32 %2435, 20
	%2446 = add i32 %2444, 2560
	%2447 = add i32 %2445, %2446
	%2448 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2447
	%2449 = load i32, i32 addrspace(3)* %2448
	%2450 = add i32 %6, 8
	%2451 = add i32 %13, %2450
	%2452 = add i32 %7, %2067
	%2453 = add i32 %2452, 0
	%2454 = mul i32 %2451, 20
	%2455 = add i32 %2453, 2560
	%2456 = add i32 %2454, %2455
	%2457 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2456
	%2458 = load i32, i32 addrspace(3)* %2457
	%2459 = add i32 %7, %2067
	%2460 = add i32 %2459, 4
	%2461 = mul i32 %2451, 20
	%2462 = add i32 %2460, 2560
	%2463 = add i32 %2461, %2462
	%2464 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2463
	%2465 = load i32, i32 addrspace(3)* %2464
	%2466 = add i32 %6, 16
	%2467 = add i32 %13, %2466
	%2468 = add i32 %7, %2067
	%2469 = add i32 %2468, 0
	%2470 = mul i32 %2467, 20
	%2471 = add i32 %2469, 2560
	%2472 = add i32 %2470, %2471
	%2473 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2472
	%2474 = load i32, i32 addrspace(3)* %2473
	%2475 = add i32 %7, %2067
	%2476 = add i32 %2475, 4
	%2477 = mul i32 %2467, 20
	%2478 = add i32 %2476, 2560
	%2479 = add i32 %2477, %2478
	%2480 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2479
	%2481 = load i32, i32 addrspace(3)* %2480
	%2482 = add i32 %6, 24
	%2483 = add i32 %13, %2482
	%2484 = add i32 %7, %2067
	%2485 = add i32 %2484, 0
	%2486 = mul i32 %2483, 20
	%2487 = add i32 %2485, 2560
	%2488 = add i32 %2486, %2487
	%2489 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2488
	%2490 = load i32, i32 addrspace(3)* %2489
	%2491 = add i32 %7, %2067
	%2492 = add i32 %2491, 4
	%2493 = mul i32 %2483, 20
	%2494 = add i32 %2492, 2560
	%2495 = add i32 %2493, %2494
	%2496 = getelementptr [3840 x i32], [3840 x i32] addrspace(3)* @minference_scores0_b, i32 0, i32 %2495
	%2497 = load i32, i32 addrspace(3)* %2496
	%2498 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2375, i32 %2383, i32 %2391, i32 %2399, i32 %2178, i32 %2185, float %2068, float %2069, float %2070, float %2071)
	%2499 = extractvalue { float, float, float, float } %2498, 0
	%2500 = extractvalue { float, float, float, float } %2498, 1
	%2501 = extractvalue { float, float, float, float } %2498, 2
	%2502 = extractvalue { float, float, float, float } %2498, 3
	%2503 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2375, i32 %2383, i32 %2391, i32 %2399, i32 %2194, i32 %2201, float %2072, float %2073, float %2074, float %2075)
	%2504 = extractvalue { float, float, float, float } %2503, 0
	%2505 = extractvalue { float, float, float, float } %2503, 1
	%2506 = extractvalue { float, float, float, float } %2503, 2
	%2507 = extractvalue { float, float, float, float } %2503, 3
	%2508 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2375, i32 %2383, i32 %2391, i32 %2399, i32 %2210, i32 %2217, float %2076, float %2077, float %2078, float %2079)
	%2509 = extractvalue { float, float, float, float } %2508, 0
	%2510 = extractvalue { float, float, float, float } %2508, 1
	%2511 = extractvalue { float, float, float, float } %2508, 2
	%2512 = extractvalue { float, float, float, float } %2508, 3
	%2513 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2375, i32 %2383, i32 %2391, i32 %2399, i32 %2226, i32 %2233, float %2080, float %2081, float %2082, float %2083)
	%2514 = extractvalue { float, float, float, float } %2513, 0
	%2515 = extractvalue { float, float, float, float } %2513, 1
	%2516 = extractvalue { float, float, float, float } %2513, 2
	%2517 = extractvalue { float, float, float, float } %2513, 3
	%2518 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2409, i32 %2417, i32 %2425, i32 %2433, i32 %2178, i32 %2185, float %2084, float %2085, float %2086, float %2087)
	%2519 = extractvalue { float, float, float, float } %2518, 0
	%2520 = extractvalue { float, float, float, float } %2518, 1
	%2521 = extractvalue { float, float, float, float } %2518, 2
	%2522 = extractvalue { float, float, float, float } %2518, 3
	%2523 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2409, i32 %2417, i32 %2425, i32 %2433, i32 %2194, i32 %2201, float %2088, float %2089, float %2090, float %2091)
	%2524 = extractvalue { float, float, float, float } %2523, 0
	%2525 = extractvalue { float, float, float, float } %2523, 1
	%2526 = extractvalue { float, float, float, float } %2523, 2
	%2527 = extractvalue { float, float, float, float } %2523, 3
	%2528 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2409, i32 %2417, i32 %2425, i32 %2433, i32 %2210, i32 %2217, float %2092, float %2093, float %2094, float %2095)
	%2529 = extractvalue { float, float, float, float } %2528, 0
	%2530 = extractvalue { float, float, float, float } %2528, 1
	%2531 = extractvalue { float, float, float, float } %2528, 2
	%2532 = extractvalue { float, float, float, float } %2528, 3
	%2533 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2409, i32 %2417, i32 %2425, i32 %2433, i32 %2226, i32 %2233, float %2096, float %2097, float %2098, float %2099)
	%2534 = extractvalue { float, float, float, float } %2533, 0
	%2535 = extractvalue { float, float, float, float } %2533, 1
	%2536 = extractvalue { float, float, float, float } %2533, 2
	%2537 = extractvalue { float, float, float, float } %2533, 3
	%2538 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2442, i32 %2449, float %2499, float %2500, float %2501, float %2502)
	%2539 = extractvalue { float, float, float, float } %2538, 0
	%2540 = extractvalue { float, float, float, float } %2538, 1
	%2541 = extractvalue { float, float, float, float } %2538, 2
	%2542 = extractvalue { float, float, float, float } %2538, 3
	%2543 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2458, i32 %2465, float %2504, float %2505, float %2506, float %2507)
	%2544 = extractvalue { float, float, float, float } %2543, 0
	%2545 = extractvalue { float, float, float, float } %2543, 1
	%2546 = extractvalue { float, float, float, float } %2543, 2
	%2547 = extractvalue { float, float, float, float } %2543, 3
	%2548 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2474, i32 %2481, float %2509, float %2510, float %2511, float %2512)
	%2549 = extractvalue { float, float, float, float } %2548, 0
	%2550 = extractvalue { float, float, float, float } %2548, 1
	%2551 = extractvalue { float, float, float, float } %2548, 2
	%2552 = extractvalue { float, float, float, float } %2548, 3
	%2553 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2490, i32 %2497, float %2514, float %2515, float %2516, float %2517)
	%2554 = extractvalue { float, float, float, float } %2553, 0
	%2555 = extractvalue { float, float, float, float } %2553, 1
	%2556 = extractvalue { float, float, float, float } %2553, 2
	%2557 = extractvalue { float, float, float, float } %2553, 3
	%2558 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2442, i32 %2449, float %2519, float %2520, float %2521, float %2522)
	%2559 = extractvalue { float, float, float, float } %2558, 0
	%2560 = extractvalue { float, float, float, float } %2558, 1
	%2561 = extractvalue { float, float, float, float } %2558, 2
	%2562 = extractvalue { float, float, float, float } %2558, 3
	%2563 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2458, i32 %2465, float %2524, float %2525, float %2526, float %2527)
	%2564 = extractvalue { float, float, float, float } %2563, 0
	%2565 = extractvalue { float, float, float, float } %2563, 1
	%2566 = extractvalue { float, float, float, float } %2563, 2
	%2567 = extractvalue { float, float, float, float } %2563, 3
	%2568 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2474, i32 %2481, float %2529, float %2530, float %2531, float %2532)
	%2569 = extractvalue { float, float, float, float } %2568, 0
	%2570 = extractvalue { float, float, float, float } %2568, 1
	%2571 = extractvalue { float, float, float, float } %2568, 2
	%2572 = extractvalue { float, float, float, float } %2568, 3
	%2573 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2490, i32 %2497, float %2534, float %2535, float %2536, float %2537)
	%2574 = extractvalue { float, float, float, float } %2573, 0
	%2575 = extractvalue { float, float, float, float } %2573, 1
	%2576 = extractvalue { float, float, float, float } %2573, 2
	%2577 = extractvalue { float, float, float, float } %2573, 3
	%2578 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2310, i32 %2317, float %2539, float %2540, float %2541, float %2542)
	%2579 = extractvalue { float, float, float, float } %2578, 0
	%2580 = extractvalue { float, float, float, float } %2578, 1
	%2581 = extractvalue { float, float, float, float } %2578, 2
	%2582 = extractvalue { float, float, float, float } %2578, 3
	%2583 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2326, i32 %2333, float %2544, float %2545, float %2546, float %2547)
	%2584 = extractvalue { float, float, float, float } %2583, 0
	%2585 = extractvalue { float, float, float, float } %2583, 1
	%2586 = extractvalue { float, float, float, float } %2583, 2
	%2587 = extractvalue { float, float, float, float } %2583, 3
	%2588 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2342, i32 %2349, float %2549, float %2550, float %2551, float %2552)
	%2589 = extractvalue { float, float, float, float } %2588, 0
	%2590 = extractvalue { float, float, float, float } %2588, 1
	%2591 = extractvalue { float, float, float, float } %2588, 2
	%2592 = extractvalue { float, float, float, float } %2588, 3
	%2593 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2358, i32 %2365, float %2554, float %2555, float %2556, float %2557)
	%2594 = extractvalue { float, float, float, float } %2593, 0
	%2595 = extractvalue { float, float, float, float } %2593, 1
	%2596 = extractvalue { float, float, float, float } %2593, 2
	%2597 = extractvalue { float, float, float, float } %2593, 3
	%2598 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2310, i32 %2317, float %2559, float %2560, float %2561, float %2562)
	%2599 = extractvalue { float, float, float, float } %2598, 0
	%2600 = extractvalue { float, float, float, float } %2598, 1
	%2601 = extractvalue { float, float, float, float } %2598, 2
	%2602 = extractvalue { float, float, float, float } %2598, 3
	%2603 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2326, i32 %2333, float %2564, float %2565, float %2566, float %2567)
	%2604 = extractvalue { float, float, float, float } %2603, 0
	%2605 = extractvalue { float, float, float, float } %2603, 1
	%2606 = extractvalue { float, float, float, float } %2603, 2
	%2607 = extractvalue { float, float, float, float } %2603, 3
	%2608 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2342, i32 %2349, float %2569, float %2570, float %2571, float %2572)
	%2609 = extractvalue { float, float, float, float } %2608, 0
	%2610 = extractvalue { float, float, float, float } %2608, 1
	%2611 = extractvalue { float, float, float, float } %2608, 2
	%2612 = extractvalue { float, float, float, float } %2608, 3
	%2613 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2358, i32 %2365, float %2574, float %2575, float %2576, float %2577)
	%2614 = extractvalue { float, float, float, float } %2613, 0
	%2615 = extractvalue { float, float, float, float } %2613, 1
	%2616 = extractvalue { float, float, float, float } %2613, 2
	%2617 = extractvalue { float, float, float, float } %2613, 3
	%2618 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2178, i32 %2185, float %2579, float %2580, float %2581, float %2582)
	%2619 = extractvalue { float, float, float, float } %2618, 0
	%2620 = extractvalue { float, float, float, float } %2618, 1
	%2621 = extractvalue { float, float, float, float } %2618, 2
	%2622 = extractvalue { float, float, float, float } %2618, 3
	%2623 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2194, i32 %2201, float %2584, float %2585, float %2586, float %2587)
	%2624 = extractvalue { float, float, float, float } %2623, 0
	%2625 = extractvalue { float, float, float, float } %2623, 1
	%2626 = extractvalue { float, float, float, float } %2623, 2
	%2627 = extractvalue { float, float, float, float } %2623, 3
	%2628 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2210, i32 %2217, float %2589, float %2590, float %2591, float %2592)
	%2629 = extractvalue { float, float, float, float } %2628, 0
	%2630 = extractvalue { float, float, float, float } %2628, 1
	%2631 = extractvalue { float, float, float, float } %2628, 2
	%2632 = extractvalue { float, float, float, float } %2628, 3
	%2633 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2251, i32 %2259, i32 %2267, i32 %2226, i32 %2233, float %2594, float %2595, float %2596, float %2597)
	%2634 = extractvalue { float, float, float, float } %2633, 0
	%2635 = extractvalue { float, float, float, float } %2633, 1
	%2636 = extractvalue { float, float, float, float } %2633, 2
	%2637 = extractvalue { float, float, float, float } %2633, 3
	%2638 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2178, i32 %2185, float %2599, float %2600, float %2601, float %2602)
	%2639 = extractvalue { float, float, float, float } %2638, 0
	%2640 = extractvalue { float, float, float, float } %2638, 1
	%2641 = extractvalue { float, float, float, float } %2638, 2
	%2642 = extractvalue { float, float, float, float } %2638, 3
	%2643 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2194, i32 %2201, float %2604, float %2605, float %2606, float %2607)
	%2644 = extractvalue { float, float, float, float } %2643, 0
	%2645 = extractvalue { float, float, float, float } %2643, 1
	%2646 = extractvalue { float, float, float, float } %2643, 2
	%2647 = extractvalue { float, float, float, float } %2643, 3
	%2648 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2210, i32 %2217, float %2609, float %2610, float %2611, float %2612)
	%2649 = extractvalue { float, float, float, float } %2648, 0
	%2650 = extractvalue { float, float, float, float } %2648, 1
	%2651 = extractvalue { float, float, float, float } %2648, 2
	%2652 = extractvalue { float, float, float, float } %2648, 3
	%2653 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2277, i32 %2285, i32 %2293, i32 %2301, i32 %2226, i32 %2233, float %2614, float %2615, float %2616, float %2617)
	%2654 = extractvalue { float, float, float, float } %2653, 0
	%2655 = extractvalue { float, float, float, float } %2653, 1
	%2656 = extractvalue { float, float, float, float } %2653, 2
	%2657 = extractvalue { float, float, float, float } %2653, 3
	%2658 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2310, i32 %2317, float %2619, float %2620, float %2621, float %2622)
	%2659 = extractvalue { float, float, float, float } %2658, 0
	%2660 = extractvalue { float, float, float, float } %2658, 1
	%2661 = extractvalue { float, float, float, float } %2658, 2
	%2662 = extractvalue { float, float, float, float } %2658, 3
	%2663 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2326, i32 %2333, float %2624, float %2625, float %2626, float %2627)
	%2664 = extractvalue { float, float, float, float } %2663, 0
	%2665 = extractvalue { float, float, float, float } %2663, 1
	%2666 = extractvalue { float, float, float, float } %2663, 2
	%2667 = extractvalue { float, float, float, float } %2663, 3
	%2668 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2342, i32 %2349, float %2629, float %2630, float %2631, float %2632)
	%2669 = extractvalue { float, float, float, float } %2668, 0
	%2670 = extractvalue { float, float, float, float } %2668, 1
	%2671 = extractvalue { float, float, float, float } %2668, 2
	%2672 = extractvalue { float, float, float, float } %2668, 3
	%2673 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2358, i32 %2365, float %2634, float %2635, float %2636, float %2637)
	%2674 = extractvalue { float, float, float, float } %2673, 0
	%2675 = extractvalue { float, float, float, float } %2673, 1
	%2676 = extractvalue { float, float, float, float } %2673, 2
	%2677 = extractvalue { float, float, float, float } %2673, 3
	%2678 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2310, i32 %2317, float %2639, float %2640, float %2641, float %2642)
	%2679 = extractvalue { float, float, float, float } %2678, 0
	%2680 = extractvalue { float, float, float, float } %2678, 1
	%2681 = extractvalue { float, float, float, float } %2678, 2
	%2682 = extractvalue { float, float, float, float } %2678, 3
	%2683 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2326, i32 %2333, float %2644, float %2645, float %2646, float %2647)
	%2684 = extractvalue { float, float, float, float } %2683, 0
	%2685 = extractvalue { float, float, float, float } %2683, 1
	%2686 = extractvalue { float, float, float, float } %2683, 2
	%2687 = extractvalue { float, float, float, float } %2683, 3
	%2688 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2342, i32 %2349, float %2649, float %2650, float %2651, float %2652)
	%2689 = extractvalue { float, float, float, float } %2688, 0
	%2690 = extractvalue { float, float, float, float } %2688, 1
	%2691 = extractvalue { float, float, float, float } %2688, 2
	%2692 = extractvalue { float, float, float, float } %2688, 3
	%2693 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2358, i32 %2365, float %2654, float %2655, float %2656, float %2657)
	%2694 = extractvalue { float, float, float, float } %2693, 0
	%2695 = extractvalue { float, float, float, float } %2693, 1
	%2696 = extractvalue { float, float, float, float } %2693, 2
	%2697 = extractvalue { float, float, float, float } %2693, 3
	%2698 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2178, i32 %2185, float %2659, float %2660, float %2661, float %2662)
	%2699 = extractvalue { float, float, float, float } %2698, 0
	%2700 = extractvalue { float, float, float, float } %2698, 1
	%2701 = extractvalue { float, float, float, float } %2698, 2
	%2702 = extractvalue { float, float, float, float } %2698, 3
	%2703 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2194, i32 %2201, float %2664, float %2665, float %2666, float %2667)
	%2704 = extractvalue { float, float, float, float } %2703, 0
	%2705 = extractvalue { float, float, float, float } %2703, 1
	%2706 = extractvalue { float, float, float, float } %2703, 2
	%2707 = extractvalue { float, float, float, float } %2703, 3
	%2708 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2210, i32 %2217, float %2669, float %2670, float %2671, float %2672)
	%2709 = extractvalue { float, float, float, float } %2708, 0
	%2710 = extractvalue { float, float, float, float } %2708, 1
	%2711 = extractvalue { float, float, float, float } %2708, 2
	%2712 = extractvalue { float, float, float, float } %2708, 3
	%2713 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2111, i32 %2119, i32 %2127, i32 %2135, i32 %2226, i32 %2233, float %2674, float %2675, float %2676, float %2677)
	%2714 = extractvalue { float, float, float, float } %2713, 0
	%2715 = extractvalue { float, float, float, float } %2713, 1
	%2716 = extractvalue { float, float, float, float } %2713, 2
	%2717 = extractvalue { float, float, float, float } %2713, 3
	%2718 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2178, i32 %2185, float %2679, float %2680, float %2681, float %2682)
	%2719 = extractvalue { float, float, float, float } %2718, 0
	%2720 = extractvalue { float, float, float, float } %2718, 1
	%2721 = extractvalue { float, float, float, float } %2718, 2
	%2722 = extractvalue { float, float, float, float } %2718, 3
	%2723 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2194, i32 %2201, float %2684, float %2685, float %2686, float %2687)
	%2724 = extractvalue { float, float, float, float } %2723, 0
	%2725 = extractvalue { float, float, float, float } %2723, 1
	%2726 = extractvalue { float, float, float, float } %2723, 2
	%2727 = extractvalue { float, float, float, float } %2723, 3
	%2728 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2210, i32 %2217, float %2689, float %2690, float %2691, float %2692)
	%2729 = extractvalue { float, float, float, float } %2728, 0
	%2730 = extractvalue { float, float, float, float } %2728, 1
	%2731 = extractvalue { float, float, float, float } %2728, 2
	%2732 = extractvalue { float, float, float, float } %2728, 3
	%2733 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2145, i32 %2153, i32 %2161, i32 %2169, i32 %2226, i32 %2233, float %2694, float %2695, float %2696, float %2697)
	%2734 = extractvalue { float, float, float, float } %2733, 0
	%2735 = extractvalue { float, float, float, float } %2733, 1
	%2736 = extractvalue { float, float, float, float } %2733, 2
	%2737 = extractvalue { float, float, float, float } %2733, 3
	%2738 = add i32 %2067, 8
	br label %2066

2739:
	%2740 = add i32 %830, 32
	br label %829

2741:
	%2742 = mul i32 %3, %NQ
	%2743 = add i32 %2742, %17
	%2744 = mul i32 %2743, %NK
	%2745 = add i32 %2744, %21
	%2746 = sext i32 %2745 to i64
	%2747 = getelementptr float, float* %e, i64 %2746
	store float %1892, float* %2747
	br label %2748

2748:
	%2749 = fmul float %832, 0x3FC7154760000000
	%2750 = icmp slt i32 %24, %NQ
	%2751 = icmp slt i32 %28, %NK
	%2752 = and i1 %2750, %2751
	br i1 %2752, label %2753, label %2760

2753:
	%2754 = mul i32 %3, %NQ
	%2755 = add i32 %2754, %24
	%2756 = mul i32 %2755, %NK
	%2757 = add i32 %2756, %28
	%2758 = sext i32 %2757 to i64
	%2759 = getelementptr float, float* %e, i64 %2758
	store float %2749, float* %2759
	br label %2760

2760:
	%2761 = fmul float %833, 0x3FC7154760000000
	%2762 = icmp slt i32 %31, %NQ
	%2763 = icmp slt i32 %35, %NK
	%2764 = and i1 %2762, %2763
	br i1 %2764, label %2765, label %2772

2765:
	%2766 = mul i32 %3, %NQ
	%2767 = add i32 %2766, %31
	%2768 = mul i32 %2767, %NK
	%2769 = add i32 %2768, %35
	%2770 = sext i32 %2769 to i64
	%2771 = getelementptr float, float* %e, i64 %2770
	store float %2761, float* %2771
	br label %2772

2772:
	%2773 = fmul float %834, 0x3FC7154760000000
	%2774 = icmp slt i32 %38, %NQ
	%2775 = icmp slt i32 %42, %NK
	%2776 = and i1 %2774, %2775
	br i1 %2776, label %2777, label %2784

2777:
	%2778 = mul i32 %3, %NQ
	%2779 = add i32 %2778, %38
	%2780 = mul i32 %2779, %NK
	%2781 = add i32 %2780, %42
	%2782 = sext i32 %2781 to i64
	%2783 = getelementptr float, float* %e, i64 %2782
	store float %2773, float* %2783
	br label %2784

2784:
	%2785 = fmul float %835, 0x3FC7154760000000
	%2786 = icmp slt i32 %45, %NQ
	%2787 = icmp slt i32 %49, %NK
	%2788 = and i1 %2786, %2787
	br i1 %2788, label %2789, label %2796

2789:
	%2790 = mul i32 %3, %NQ
	%2791 = add i32 %2790, %45
	%2792 = mul i32 %2791, %NK
	%2793 = add i32 %2792, %49
	%2794 = sext i32 %2793 to i64
	%2795 = getelementptr float, float* %e, i64 %2794
	store float %2785, float* %2795
	br label %2796

2796:
	%2797 = fmul float %836, 0x3FC7154760000000
	%2798 = icmp slt i32 %52, %NQ
	%2799 = icmp slt i32 %56, %NK
	%2800 = and i1 %2798, %2799
	br i1 %2800, label %2801, label %2808

2801:
	%2802 = mul i32 %3, %NQ
	%2803 = add i32 %2802, %52
	%2804 = mul i32 %2803, %NK
	%2805 = add i32 %2804, %56
	%2806 = sext i32 %2805 to i64
	%2807 = getelementptr float, float* %e, i64 %2806
	store float %2797, float* %2807
	br label %2808

2808:
	%2809 = fmul float %837, 0x3FC7154760000000
	%2810 = icmp slt i32 %59, %NQ
	%2811 = icmp slt i32 %63, %NK
	%2812 = and i1 %2810, %2811
	br i1 %2812, label %2813, label %2820

2813:
	%2814 = mul i32 %3, %NQ
	%2815 = add i32 %2814, %59
	%2816 = mul i32 %2815, %NK
	%2817 = add i32 %2816, %63
	%2818 = sext i32 %2817 to i64
	%2819 = getelementptr float, float* %e, i64 %2818
	store float %2809, float* %2819
	br label %2820

2820:
	%2821 = fmul float %838, 0x3FC7154760000000
	%2822 = icmp slt i32 %66, %NQ
	%2823 = icmp slt i32 %70, %NK
	%2824 = and i1 %2822, %2823
	br i1 %2824, label %2825, label %2832

2825:
	%2826 = mul i32 %3, %NQ
	%2827 = add i32 %2826, %66
	%2828 = mul i32 %2827, %NK
	%2829 = add i32 %2828, %70
	%2830 = sext i32 %2829 to i64
	%2831 = getelementptr float, float* %e, i64 %2830
	store float %2821, float* %2831
	br label %2832

2832:
	%2833 = fmul float %839, 0x3FC7154760000000
	%2834 = icmp slt i32 %73, %NQ
	%2835 = icmp slt i32 %77, %NK
	%2836 = and i1 %2834, %2835
	br i1 %2836, label %2837, label %2844

2837:
	%2838 = mul i32 %3, %NQ
	%2839 = add i32 %2838, %73
	%2840 = mul i32 %2839, %NK
	%2841 = add i32 %2840, %77
	%2842 = sext i32 %2841 to i64
	%2843 = getelementptr float, float* %e, i64 %2842
	store float %2833, float* %2843
	br label %2844

2844:
	%2845 = fmul float %840, 0x3FC7154760000000
	%2846 = icmp slt i32 %80, %NQ
	%2847 = icmp slt i32 %84, %NK
	%2848 = and i1 %2846, %2847
	br i1 %2848, label %2849, label %2856

2849:
	%2850 = mul i32 %3, %NQ
	%2851 = add i32 %2850, %80
	%2852 = mul i32 %2851, %NK
	%2853 = add i32 %2852, %84
	%2854 = sext i32 %2853 to i64
	%2855 = getelementptr float, float* %e, i64 %2854
	store float %2845, float* %2855
	br label %2856

2856:
	%2857 = fmul float %841, 0x3FC7154760000000
	%2858 = icmp slt i32 %87, %NQ
	%2859 = icmp slt i32 %91, %NK
	%2860 = and i1 %2858, %2859
	br i1 %2860, label %2861, label %2868

2861:
	%2862 = mul i32 %3, %NQ
	%2863 = add i32 %2862, %87
	%2864 = mul i32 %2863, %NK
	%2865 = add i32 %2864, %91
	%2866 = sext i32 %2865 to i64
	%2867 = getelementptr float, float* %e, i64 %2866
	store float %2857, float* %2867
	br label %2868

2868:
	%2869 = fmul float %842, 0x3FC7154760000000
	%2870 = icmp slt i32 %94, %NQ
	%2871 = icmp slt i32 %98, %NK
	%2872 = and i1 %2870, %2871
	br i1 %2872, label %2873, label %2880

2873:
	%2874 = mul i32 %3, %NQ
	%2875 = add i32 %2874, %94
	%2876 = mul i32 %2875, %NK
	%2877 = add i32 %2876, %98
	%2878 = sext i32 %2877 to i64
	%2879 = getelementptr float, float* %e, i64 %2878
	store float %2869, float* %2879
	br label %2880

2880:
	%2881 = fmul float %843, 0x3FC7154760000000
	%2882 = icmp slt i32 %101, %NQ
	%2883 = icmp slt i32 %105, %NK
	%2884 = and i1 %2882, %2883
	br i1 %2884, label %2885, label %2892

2885:
	%2886 = mul i32 %3, %NQ
	%2887 = add i32 %2886, %101
	%2888 = mul i32 %2887, %NK
	%2889 = add i32 %2888, %105
	%2890 = sext i32 %2889 to i64
	%2891 = getelementptr float, float* %e, i64 %2890
	store float %2881, float* %2891
	br label %2892

2892:
	%2893 = fmul float %844, 0x3FC7154760000000
	%2894 = icmp slt i32 %108, %NQ
	%2895 = icmp slt i32 %112, %NK
	%2896 = and i1 %2894, %2895
	br i1 %2896, label %2897, label %2904

2897:
	%2898 = mul i32 %3, %NQ
	%2899 = add i32 %2898, %108
	%2900 = mul i32 %2899, %NK
	%2901 = add i32 %2900, %112
	%2902 = sext i32 %2901 to i64
	%2903 = getelementptr float, float* %e, i64 %2902
	store float %2893, float* %2903
	br label %2904

2904:
	%2905 = fmul float %845, 0x3FC7154760000000
	%2906 = icmp slt i32 %115, %NQ
	%2907 = icmp slt i32 %119, %NK
	%2908 = and i1 %2906, %2907
	br i1 %2908, label %2909, label %2916

2909:
	%2910 = mul i32 %3, %NQ
	%2911 = add i32 %2910, %115
	%2912 = mul i32 %2911, %NK
	%2913 = add i32 %2912, %119
	%2914 = sext i32 %2913 to i64
	%2915 = getelementptr float, float* %e, i64 %2914
	store float %2905, float* %2915
	br label %2916

2916:
	%2917 = fmul float %846, 0x3FC7154760000000
	%2918 = icmp slt i32 %122, %NQ
	%2919 = icmp slt i32 %126, %NK
	%2920 = and i1 %2918, %2919
	br i1 %2920, label %2921, label %2928

2921:
	%2922 = mul i32 %3, %NQ
	%2923 = add i32 %2922, %122
	%2924 = mul i32 %2923, %NK
	%2925 = add i32 %2924, %126
	%2926 = sext i32 %2925 to i64
	%2927 = getelementptr float, float* %e, i64 %2926
	store float %2917, float* %2927
	br label %2928

2928:
	%2929 = fmul float %847, 0x3FC7154760000000
	%2930 = icmp slt i32 %129, %NQ
	%2931 = icmp slt i32 %133, %NK
	%2932 = and i1 %2930, %2931
	br i1 %2932, label %2933, label %2940

2933:
	%2934 = mul i32 %3, %NQ
	%2935 = add i32 %2934, %129
	%2936 = mul i32 %2935, %NK
	%2937 = add i32 %2936, %133
	%2938 = sext i32 %2937 to i64
	%2939 = getelementptr float, float* %e, i64 %2938
	store float %2929, float* %2939
	br label %2940

2940:
	%2941 = fmul float %848, 0x3FC7154760000000
	%2942 = icmp slt i32 %136, %NQ
	%2943 = icmp slt i32 %140, %NK
	%2944 = and i1 %2942, %2943
	br i1 %2944, label %2945, label %2952

2945:
	%2946 = mul i32 %3, %NQ
	%2947 = add i32 %2946, %136
	%2948 = mul i32 %2947, %NK
	%2949 = add i32 %2948, %140
	%2950 = sext i32 %2949 to i64
	%2951 = getelementptr float, float* %e, i64 %2950
	store float %2941, float* %2951
	br label %2952

2952:
	%2953 = fmul float %849, 0x3FC7154760000000
	%2954 = icmp slt i32 %143, %NQ
	%2955 = icmp slt i32 %147, %NK
	%2956 = and i1 %2954, %2955
	br i1 %2956, label %2957, label %2964

2957:
	%2958 = mul i32 %3, %NQ
	%2959 = add i32 %2958, %143
	%2960 = mul i32 %2959, %NK
	%2961 = add i32 %2960, %147
	%2962 = sext i32 %2961 to i64
	%2963 = getelementptr float, float* %e, i64 %2962
	store float %2953, float* %2963
	br label %2964

2964:
	%2965 = fmul float %850, 0x3FC7154760000000
	%2966 = icmp slt i32 %150, %NQ
	%2967 = icmp slt i32 %154, %NK
	%2968 = and i1 %2966, %2967
	br i1 %2968, label %2969, label %2976

2969:
	%2970 = mul i32 %3, %NQ
	%2971 = add i32 %2970, %150
	%2972 = mul i32 %2971, %NK
	%2973 = add i32 %2972, %154
	%2974 = sext i32 %2973 to i64
	%2975 = getelementptr float, float* %e, i64 %2974
	store float %2965, float* %2975
	br label %2976

2976:
	%2977 = fmul float %851, 0x3FC7154760000000
	%2978 = icmp slt i32 %157, %NQ
	%2979 = icmp slt i32 %161, %NK
	%2980 = and i1 %2978, %2979
	br i1 %2980, label %2981, label %2988

2981:
	%2982 = mul i32 %3, %NQ
	%2983 = add i32 %2982, %157
	%2984 = mul i32 %2983, %NK
	%2985 = add i32 %2984, %161
	%2986 = sext i32 %2985 to i64
	%2987 = getelementptr float, float* %e, i64 %2986
	store float %2977, float* %2987
	br label %2988

2988:
	%2989 = fmul float %852, 0x3FC7154760000000
	%2990 = icmp slt i32 %164, %NQ
	%2991 = icmp slt i32 %168, %NK
	%2992 = and i1 %2990, %2991
	br i1 %2992, label %2993, label %3000

2993:
	%2994 = mul i32 %3, %NQ
	%2995 = add i32 %2994, %164
	%2996 = mul i32 %2995, %NK
	%2997 = add i32 %2996, %168
	%2998 = sext i32 %2997 to i64
	%2999 = getelementptr float, float* %e, i64 %2998
	store float %2989, float* %2999
	br label %3000

3000:
	%3001 = fmul float %853, 0x3FC7154760000000
	%3002 = icmp slt i32 %171, %NQ
	%3003 = icmp slt i32 %175, %NK
	%3004 = and i1 %3002, %3003
	br i1 %3004, label %3005, label %3012

3005:
	%3006 = mul i32 %3, %NQ
	%3007 = add i32 %3006, %171
	%3008 = mul i32 %3007, %NK
	%3009 = add i32 %3008, %175
	%3010 = sext i32 %3009 to i64
	%3011 = getelementptr float, float* %e, i64 %3010
	store float %3001, float* %3011
	br label %3012

3012:
	%3013 = fmul float %854, 0x3FC7154760000000
	%3014 = icmp slt i32 %178, %NQ
	%3015 = icmp slt i32 %182, %NK
	%3016 = and i1 %3014, %3015
	br i1 %3016, label %3017, label %3024

3017:
	%3018 = mul i32 %3, %NQ
	%3019 = add i32 %3018, %178
	%3020 = mul i32 %3019, %NK
	%3021 = add i32 %3020, %182
	%3022 = sext i32 %3021 to i64
	%3023 = getelementptr float, float* %e, i64 %3022
	store float %3013, float* %3023
	br label %3024

3024:
	%3025 = fmul float %855, 0x3FC7154760000000
	%3026 = icmp slt i32 %185, %NQ
	%3027 = icmp slt i32 %189, %NK
	%3028 = and i1 %3026, %3027
	br i1 %3028, label %3029, label %3036

3029:
	%3030 = mul i32 %3, %NQ
	%3031 = add i32 %3030, %185
	%3032 = mul i32 %3031, %NK
	%3033 = add i32 %3032, %189
	%3034 = sext i32 %3033 to i64
	%3035 = getelementptr float, float* %e, i64 %3034
	store float %3025, float* %3035
	br label %3036

3036:
	%3037 = fmul float %856, 0x3FC7154760000000
	%3038 = icmp slt i32 %192, %NQ
	%3039 = icmp slt i32 %196, %NK
	%3040 = and i1 %3038, %3039
	br i1 %3040, label %3041, label %3048

3041:
	%3042 = mul i32 %3, %NQ
	%3043 = add i32 %3042, %192
	%3044 = mul i32 %3043, %NK
	%3045 = add i32 %3044, %196
	%3046 = sext i32 %3045 to i64
	%3047 = getelementptr float, float* %e, i64 %3046
	store float %3037, float* %3047
	br label %3048

3048:
	%3049 = fmul float %857, 0x3FC7154760000000
	%3050 = icmp slt i32 %199, %NQ
	%3051 = icmp slt i32 %203, %NK
	%3052 = and i1 %3050, %3051
	br i1 %3052, label %3053, label %3060

3053:
	%3054 = mul i32 %3, %NQ
	%3055 = add i32 %3054, %199
	%3056 = mul i32 %3055, %NK
	%3057 = add i32 %3056, %203
	%3058 = sext i32 %3057 to i64
	%3059 = getelementptr float, float* %e, i64 %3058
	store float %3049, float* %3059
	br label %3060

3060:
	%3061 = fmul float %858, 0x3FC7154760000000
	%3062 = icmp slt i32 %206, %NQ
	%3063 = icmp slt i32 %210, %NK
	%3064 = and i1 %3062, %3063
	br i1 %3064, label %3065, label %3072

3065:
	%3066 = mul i32 %3, %NQ
	%3067 = add i32 %3066, %206
	%3068 = mul i32 %3067, %NK
	%3069 = add i32 %3068, %210
	%3070 = sext i32 %3069 to i64
	%3071 = getelementptr float, float* %e, i64 %3070
	store float %3061, float* %3071
	br label %3072

3072:
	%3073 = fmul float %859, 0x3FC7154760000000
	%3074 = icmp slt i32 %213, %NQ
	%3075 = icmp slt i32 %217, %NK
	%3076 = and i1 %3074, %3075
	br i1 %3076, label %3077, label %3084

3077:
	%3078 = mul i32 %3, %NQ
	%3079 = add i32 %3078, %213
	%3080 = mul i32 %3079, %NK
	%3081 = add i32 %3080, %217
	%3082 = sext i32 %3081 to i64
	%3083 = getelementptr float, float* %e, i64 %3082
	store float %3073, float* %3083
	br label %3084

3084:
	%3085 = fmul float %860, 0x3FC7154760000000
	%3086 = icmp slt i32 %220, %NQ
	%3087 = icmp slt i32 %224, %NK
	%3088 = and i1 %3086, %3087
	br i1 %3088, label %3089, label %3096

3089:
	%3090 = mul i32 %3, %NQ
	%3091 = add i32 %3090, %220
	%3092 = mul i32 %3091, %NK
	%3093 = add i32 %3092, %224
	%3094 = sext i32 %3093 to i64
	%3095 = getelementptr float, float* %e, i64 %3094
	store float %3085, float* %3095
	br label %3096

3096:
	%3097 = fmul float %861, 0x3FC7154760000000
	%3098 = icmp slt i32 %227, %NQ
	%3099 = icmp slt i32 %231, %NK
	%3100 = and i1 %3098, %3099
	br i1 %3100, label %3101, label %3108

3101:
	%3102 = mul i32 %3, %NQ
	%3103 = add i32 %3102, %227
	%3104 = mul i32 %3103, %NK
	%3105 = add i32 %3104, %231
	%3106 = sext i32 %3105 to i64
	%3107 = getelementptr float, float* %e, i64 %3106
	store float %3097, float* %3107
	br label %3108

3108:
	%3109 = fmul float %862, 0x3FC7154760000000
	%3110 = icmp slt i32 %234, %NQ
	%3111 = icmp slt i32 %238, %NK
	%3112 = and i1 %3110, %3111
	br i1 %3112, label %3113, label %3120

3113:
	%3114 = mul i32 %3, %NQ
	%3115 = add i32 %3114, %234
	%3116 = mul i32 %3115, %NK
	%3117 = add i32 %3116, %238
	%3118 = sext i32 %3117 to i64
	%3119 = getelementptr float, float* %e, i64 %3118
	store float %3109, float* %3119
	br label %3120

3120:
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
	%60 = icmp slt i32 1, %NK
	%61 = and i1 %59, %60
	%62 = select i1 %61, i32 1, i32 0
	%63 = add i32 %48, %62
	%64 = sext i32 %63 to i64
	%65 = getelementptr i32, i32* %list, i64 %64
	%66 = load i32, i32* %65
	%67 = select i1 %61, i32 %66, i32 -1
	%68 = icmp sge i32 %56, 0
	%69 = icmp slt i32 %56, %NK
	%70 = and i1 %68, %69
	%71 = select i1 %70, i32 %56, i32 0
	%72 = add i32 %52, %71
	%73 = sext i32 %72 to i64
	%74 = getelementptr i8, i8* %cls, i64 %73
	%75 = load i8, i8* %74
	%76 = lshr i32 %9, 3
	%77 = and i32 %9, 7
	%78 = lshr i32 %77, 3
	%79 = mul i32 %78, u0x2000
	%80 = and i32 %77, 7
	%81 = and i32 %76, 7
	%82 = xor i32 %80, %81
	%83 = mul i32 %76, 128
	%84 = shl i32 %82, 4
	%85 = add i32 %83, %84
	%86 = add i32 %79, %85
	%87 = add i32 %2, %86
	%88 = add i32 %31, %76
	%89 = mul i32 %88, 64
	%90 = mul i32 %77, 8
	%91 = add i32 %89, %90
	%92 = sext i32 %91 to i64
	%93 = getelementptr i16, i16* %35, i64 %92
	%94 = add i32 %88, 0
	%95 = icmp slt i32 %94, %M
	%96 = getelementptr i16, i16* %93, i64 0
	%97 = select i1 %95, i16* %96, i16* %35
	%98 = add i32 %87, 0
	%99 = select i1 %95, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %98, i16* %97, i32 %99)
	%100 = add i32 %88, 16
	%101 = icmp slt i32 %100, %M
	%102 = getelementptr i16, i16* %93, i64 1024
	%103 = select i1 %101, i16* %102, i16* %35
	%104 = add i32 %87, 2048
	%105 = select i1 %101, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %104, i16* %103, i32 %105)
	%106 = add i32 %88, 32
	%107 = icmp slt i32 %106, %M
	%108 = getelementptr i16, i16* %93, i64 2048
	%109 = select i1 %107, i16* %108, i16* %35
	%110 = add i32 %87, u0x1000
	%111 = select i1 %107, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %110, i16* %109, i32 %111)
	%112 = add i32 %88, 48
	%113 = icmp slt i32 %112, %M
	%114 = getelementptr i16, i16* %93, i64 3072
	%115 = select i1 %113, i16* %114, i16* %35
	%116 = add i32 %87, 6144
	%117 = select i1 %113, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %116, i16* %115, i32 %117)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %59, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%118 = and i32 %11, 7
	%119 = lshr i32 %11, 3
	%120 = and i32 %119, 1
	%121 = shl i32 %120, 3
	%122 = add i32 %118, %121
	%123 = lshr i32 %11, 4
	%124 = mul i32 %10, 16
	%125 = add i32 %122, 0
	%126 = add i32 %124, %125
	%127 = mul i32 %126, 128
	%128 = add i32 %2, %127
	%129 = and i32 %11, 7
	%130 = xor i32 %123, %129
	%131 = shl i32 %130, 4
	%132 = add i32 %128, %131
	%133 = mul i32 %56, 64
	%134 = lshr i32 %9, 3
	%135 = and i32 %9, 7
	%136 = lshr i32 %135, 3
	%137 = mul i32 %136, u0x2000
	%138 = and i32 %135, 7
	%139 = and i32 %134, 7
	%140 = xor i32 %138, %139
	%141 = mul i32 %134, 128
	%142 = shl i32 %140, 4
	%143 = add i32 %141, %142
	%144 = add i32 %137, %143
	%145 = add i32 %0, %144
	%146 = add i32 %133, %134
	%147 = mul i32 %146, 64
	%148 = mul i32 %135, 8
	%149 = add i32 %147, %148
	%150 = sext i32 %149 to i64
	%151 = getelementptr i16, i16* %39, i64 %150
	%152 = add i32 %146, 0
	%153 = icmp slt i32 %152, %N
	%154 = getelementptr i16, i16* %151, i64 0
	%155 = select i1 %153, i16* %154, i16* %39
	%156 = add i32 %145, 0
	%157 = select i1 %153, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %156, i16* %155, i32 %157)
	%158 = add i32 %146, 16
	%159 = icmp slt i32 %158, %N
	%160 = getelementptr i16, i16* %151, i64 1024
	%161 = select i1 %159, i16* %160, i16* %39
	%162 = add i32 %145, 2048
	%163 = select i1 %159, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %162, i16* %161, i32 %163)
	%164 = add i32 %146, 32
	%165 = icmp slt i32 %164, %N
	%166 = getelementptr i16, i16* %151, i64 2048
	%167 = select i1 %165, i16* %166, i16* %39
	%168 = add i32 %145, u0x1000
	%169 = select i1 %165, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %168, i16* %167, i32 %169)
	%170 = add i32 %146, 48
	%171 = icmp slt i32 %170, %N
	%172 = getelementptr i16, i16* %151, i64 3072
	%173 = select i1 %171, i16* %172, i16* %39
	%174 = add i32 %145, 6144
	%175 = select i1 %171, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %174, i16* %173, i32 %175)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%176 = phi i32 [ 0, %prologue ], [ %1167, %pv ]
	%177 = phi i32 [ %56, %prologue ], [ %178, %pv ]
	%178 = phi i32 [ %67, %prologue ], [ %1177, %pv ]
	%179 = phi i8 [ %75, %prologue ], [ %1185, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1400, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1401, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1402, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1403, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1404, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1405, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1406, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1407, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1408, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1409, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1410, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1411, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1412, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1413, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1414, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1415, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1416, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1417, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1418, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1419, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1420, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1421, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1422, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1423, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1424, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1425, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1426, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1427, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1428, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1429, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1430, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1431, %pv ]
	%212 = phi float [ 0xFFF0000000000000, %prologue ], [ %1063, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1114, %pv ]
	%214 = phi float [ 0xFFF0000000000000, %prologue ], [ %1115, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1166, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%216 = mul i32 %177, 64
	%217 = lshr i32 %9, 3
	%218 = and i32 %9, 7
	%219 = lshr i32 %218, 3
	%220 = mul i32 %219, u0x2000
	%221 = and i32 %218, 7
	%222 = and i32 %217, 7
	%223 = xor i32 %221, %222
	%224 = mul i32 %217, 128
	%225 = shl i32 %223, 4
	%226 = add i32 %224, %225
	%227 = add i32 %220, %226
	%228 = add i32 %1, %227
	%229 = add i32 %216, %217
	%230 = mul i32 %229, 64
	%231 = mul i32 %218, 8
	%232 = add i32 %230, %231
	%233 = sext i32 %232 to i64
	%234 = getelementptr i16, i16* %43, i64 %233
	%235 = add i32 %229, 0
	%236 = icmp slt i32 %235, %N
	%237 = getelementptr i16, i16* %234, i64 0
	%238 = select i1 %236, i16* %237, i16* %43
	%239 = add i32 %228, 0
	%240 = select i1 %236, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %239, i16* %238, i32 %240)
	%241 = add i32 %229, 16
	%242 = icmp slt i32 %241, %N
	%243 = getelementptr i16, i16* %234, i64 1024
	%244 = select i1 %242, i16* %243, i16* %43
	%245 = add i32 %228, 2048
	%246 = select i1 %242, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %245, i16* %244, i32 %246)
	%247 = add i32 %229, 32
	%248 = icmp slt i32 %247, %N
	%249 = getelementptr i16, i16* %234, i64 2048
	%250 = select i1 %248, i16* %249, i16* %43
	%251 = add i32 %228, u0x1000
	%252 = select i1 %248, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %251, i16* %250, i32 %252)
	%253 = add i32 %229, 48
	%254 = icmp slt i32 %253, %N
	%255 = getelementptr i16, i16* %234, i64 3072
	%256 = select i1 %254, i16* %255, i16* %43
	%257 = add i32 %228, 6144
	%258 = select i1 %254, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %257, i16* %256, i32 %258)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%259 = add i32 %4, 0
	%260 = zext i32 %259 to i64
	%261 = or i64 %260, u0x4000004000010000
	%262 = add i32 %6, 0
	%263 = zext i32 %262 to i64
	%264 = or i64 %263, u0x4000004000010000
	%265 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %261, i64 %264, i32 1)
	%266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 0
	%267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 1
	%268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 2
	%269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 3
	%270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 4
	%271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 5
	%272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 6
	%273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 7
	%274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 8
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 9
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 10
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 11
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 12
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 13
	%280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 14
	%281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 15
	%282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 16
	%283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 17
	%284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 18
	%285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 19
	%286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 20
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 21
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 22
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 23
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 24
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 25
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 26
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 27
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 28
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 29
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 30
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 31
	%298 = add i32 %4, 2
	%299 = zext i32 %298 to i64
	%300 = or i64 %299, u0x4000004000010000
	%301 = add i32 %6, 2
	%302 = zext i32 %301 to i64
	%303 = or i64 %302, u0x4000004000010000
	%304 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %266, float %267, float %268, float %269, float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, float %280, float %281, float %282, float %283, float %284, float %285, float %286, float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, i64 %300, i64 %303, i32 1)
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 0
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 1
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 2
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 3
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 4
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 5
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 6
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 7
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 8
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 9
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 10
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 11
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 12
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 13
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 14
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 15
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 16
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 17
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 18
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 19
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 20
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 21
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 22
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 23
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 24
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 25
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 26
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 27
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 28
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 29
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 30
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 31
	%337 = add i32 %4, 4
	%338 = zext i32 %337 to i64
	%339 = or i64 %338, u0x4000004000010000
	%340 = add i32 %6, 4
	%341 = zext i32 %340 to i64
	%342 = or i64 %341, u0x4000004000010000
	%343 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, i64 %339, i64 %342, i32 1)
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 0
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 1
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 2
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 3
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 4
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 5
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 6
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 7
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 8
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 9
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 10
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 11
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 12
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 13
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 14
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 15
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 16
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 17
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 18
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 19
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 20
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 21
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 22
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 23
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 24
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 25
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 26
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 27
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 28
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 29
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 30
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 31
	%376 = add i32 %4, 6
	%377 = zext i32 %376 to i64
	%378 = or i64 %377, u0x4000004000010000
	%379 = add i32 %6, 6
	%380 = zext i32 %379 to i64
	%381 = or i64 %380, u0x4000004000010000
	%382 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, i64 %378, i64 %381, i32 1)
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 0
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 1
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 2
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 3
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 4
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 5
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 6
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 7
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 8
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 9
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 10
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 11
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 12
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 13
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 14
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 15
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 16
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 17
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 18
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 19
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 20
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 21
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 22
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 23
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 24
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 25
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 26
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 27
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 28
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 29
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 30
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%429 = call float asm sideeffect "", "=f,0"(float %397)
	%430 = call float asm sideeffect "", "=f,0"(float %398)
	%431 = call float asm sideeffect "", "=f,0"(float %399)
	%432 = call float asm sideeffect "", "=f,0"(float %400)
	%433 = call float asm sideeffect "", "=f,0"(float %401)
	%434 = call float asm sideeffect "", "=f,0"(float %402)
	%435 = call float asm sideeffect "", "=f,0"(float %403)
	%436 = call float asm sideeffect "", "=f,0"(float %404)
	%437 = call float asm sideeffect "", "=f,0"(float %405)
	%438 = call float asm sideeffect "", "=f,0"(float %406)
	%439 = call float asm sideeffect "", "=f,0"(float %407)
	%440 = call float asm sideeffect "", "=f,0"(float %408)
	%441 = call float asm sideeffect "", "=f,0"(float %409)
	%442 = call float asm sideeffect "", "=f,0"(float %410)
	%443 = call float asm sideeffect "", "=f,0"(float %411)
	%444 = call float asm sideeffect "", "=f,0"(float %412)
	%445 = call float asm sideeffect "", "=f,0"(float %413)
	%446 = call float asm sideeffect "", "=f,0"(float %414)
	%447 = mul i32 %10, 16
	%448 = add i32 %31, %447
	%449 = add i32 %12, 0
	%450 = add i32 %448, %449
	%451 = mul i32 %10, 16
	%452 = add i32 %31, %451
	%453 = add i32 %12, 8
	%454 = add i32 %452, %453
	%455 = sitofp i32 %29 to float
	%456 = icmp ne i8 %179, 2
	br i1 %456, label %partial, label %softmax

epilogue:
	%457 = phi float [ 0.0, %entry ], [ %1114, %pv ]
	%458 = phi float [ 0.0, %entry ], [ %1166, %pv ]
	%459 = phi i32 [ 0, %entry ], [ %1167, %pv ]
	%460 = phi float [ 0.0, %entry ], [ %1400, %pv ]
	%461 = phi float [ 0.0, %entry ], [ %1401, %pv ]
	%462 = phi float [ 0.0, %entry ], [ %1402, %pv ]
	%463 = phi float [ 0.0, %entry ], [ %1403, %pv ]
	%464 = phi float [ 0.0, %entry ], [ %1404, %pv ]
	%465 = phi float [ 0.0, %entry ], [ %1405, %pv ]
	%466 = phi float [ 0.0, %entry ], [ %1406, %pv ]
	%467 = phi float [ 0.0, %entry ], [ %1407, %pv ]
	%468 = phi float [ 0.0, %entry ], [ %1408, %pv ]
	%469 = phi float [ 0.0, %entry ], [ %1409, %pv ]
	%470 = phi float [ 0.0, %entry ], [ %1410, %pv ]
	%471 = phi float [ 0.0, %entry ], [ %1411, %pv ]
	%472 = phi float [ 0.0, %entry ], [ %1412, %pv ]
	%473 = phi float [ 0.0, %entry ], [ %1413, %pv ]
	%474 = phi float [ 0.0, %entry ], [ %1414, %pv ]
	%475 = phi float [ 0.0, %entry ], [ %1415, %pv ]
	%476 = phi float [ 0.0, %entry ], [ %1416, %pv ]
	%477 = phi float [ 0.0, %entry ], [ %1417, %pv ]
	%478 = phi float [ 0.0, %entry ], [ %1418, %pv ]
	%479 = phi float [ 0.0, %entry ], [ %1419, %pv ]
	%480 = phi float [ 0.0, %entry ], [ %1420, %pv ]
	%481 = phi float [ 0.0, %entry ], [ %1421, %pv ]
	%482 = phi float [ 0.0, %entry ], [ %1422, %pv ]
	%483 = phi float [ 0.0, %entry ], [ %1423, %pv ]
	%484 = phi float [ 0.0, %entry ], [ %1424, %pv ]
	%485 = phi float [ 0.0, %entry ], [ %1425, %pv ]
	%486 = phi float [ 0.0, %entry ], [ %1426, %pv ]
	%487 = phi float [ 0.0, %entry ], [ %1427, %pv ]
	%488 = phi float [ 0.0, %entry ], [ %1428, %pv ]
	%489 = phi float [ 0.0, %entry ], [ %1429, %pv ]
	%490 = phi float [ 0.0, %entry ], [ %1430, %pv ]
	%491 = phi float [ 0.0, %entry ], [ %1431, %pv ]
	%492 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %457, i32 1, i32 31)
	%493 = fadd float %457, %492
	%494 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %493, i32 2, i32 31)
	%495 = fadd float %493, %494
	%496 = fcmp ogt float %495, 0.0
	%497 = fdiv float 1.0, %495
	%498 = select i1 %496, float %497, float 0.0
	%499 = mul i32 %10, 16
	%500 = add i32 %31, %499
	%501 = add i32 %12, 0
	%502 = add i32 %500, %501
	%503 = fmul float %460, %498
	%504 = fmul float %461, %498
	%505 = fmul float %464, %498
	%506 = fmul float %465, %498
	%507 = fmul float %468, %498
	%508 = fmul float %469, %498
	%509 = fmul float %472, %498
	%510 = fmul float %473, %498
	%511 = fmul float %476, %498
	%512 = fmul float %477, %498
	%513 = fmul float %480, %498
	%514 = fmul float %481, %498
	%515 = fmul float %484, %498
	%516 = fmul float %485, %498
	%517 = fmul float %488, %498
	%518 = fmul float %489, %498
	%519 = icmp slt i32 %502, %M
	br i1 %519, label %store0, label %stored0

partial:
	%520 = shl i32 %13, 1
	%521 = add i32 0, %520
	%522 = add i32 %216, %521
	%523 = icmp slt i32 %522, %N
	%524 = select i1 %523, i32 %522, i32 0
	%525 = sitofp i32 %450 to float
	%526 = sitofp i32 %524 to float
	%527 = fcmp ole float %526, %525
	%528 = uitofp i1 %527 to float
	%529 = fcmp une float %528, 0.0
	%530 = and i1 %523, %529
	%531 = select i1 %530, float %415, float 0xFFF0000000000000
	%532 = shl i32 %13, 1
	%533 = add i32 1, %532
	%534 = add i32 %216, %533
	%535 = icmp slt i32 %534, %N
	%536 = select i1 %535, i32 %534, i32 0
	%537 = sitofp i32 %450 to float
	%538 = sitofp i32 %536 to float
	%539 = fcmp ole float %538, %537
	%540 = uitofp i1 %539 to float
	%541 = fcmp une float %540, 0.0
	%542 = and i1 %535, %541
	%543 = select i1 %542, float %416, float 0xFFF0000000000000
	%544 = shl i32 %13, 1
	%545 = add i32 0, %544
	%546 = add i32 %216, %545
	%547 = icmp slt i32 %546, %N
	%548 = select i1 %547, i32 %546, i32 0
	%549 = sitofp i32 %454 to float
	%550 = sitofp i32 %548 to float
	%551 = fcmp ole float %550, %549
	%552 = uitofp i1 %551 to float
	%553 = fcmp une float %552, 0.0
	%554 = and i1 %547, %553
	%555 = select i1 %554, float %417, float 0xFFF0000000000000
	%556 = shl i32 %13, 1
	%557 = add i32 1, %556
	%558 = add i32 %216, %557
	%559 = icmp slt i32 %558, %N
	%560 = select i1 %559, i32 %558, i32 0
	%561 = sitofp i32 %454 to float
	%562 = sitofp i32 %560 to float
	%563 = fcmp ole float %562, %561
	%564 = uitofp i1 %563 to float
	%565 = fcmp une float %564, 0.0
	%566 = and i1 %559, %565
	%567 = select i1 %566, float %418, float 0xFFF0000000000000
	%568 = shl i32 %13, 1
	%569 = add i32 8, %568
	%570 = add i32 %216, %569
	%571 = icmp slt i32 %570, %N
	%572 = select i1 %571, i32 %570, i32 0
	%573 = sitofp i32 %450 to float
	%574 = sitofp i32 %572 to float
	%575 = fcmp ole float %574, %573
	%576 = uitofp i1 %575 to float
	%577 = fcmp une float %576, 0.0
	%578 = and i1 %571, %577
	%579 = select i1 %578, float %419, float 0xFFF0000000000000
	%580 = shl i32 %13, 1
	%581 = add i32 9, %580
	%582 = add i32 %216, %581
	%583 = icmp slt i32 %582, %N
	%584 = select i1 %583, i32 %582, i32 0
	%585 = sitofp i32 %450 to float
	%586 = sitofp i32 %584 to float
	%587 = fcmp ole float %586, %585
	%588 = uitofp i1 %587 to float
	%589 = fcmp une float %588, 0.0
	%590 = and i1 %583, %589
	%591 = select i1 %590, float %420, float 0xFFF0000000000000
	%592 = shl i32 %13, 1
	%593 = add i32 8, %592
	%594 = add i32 %216, %593
	%595 = icmp slt i32 %594, %N
	%596 = select i1 %595, i32 %594, i32 0
	%597 = sitofp i32 %454 to float
	%598 = sitofp i32 %596 to float
	%599 = fcmp ole float %598, %597
	%600 = uitofp i1 %599 to float
	%601 = fcmp une float %600, 0.0
	%602 = and i1 %595, %601
	%603 = select i1 %602, float %421, float 0xFFF0000000000000
	%604 = shl i32 %13, 1
	%605 = add i32 9, %604
	%606 = add i32 %216, %605
	%607 = icmp slt i32 %606, %N
	%608 = select i1 %607, i32 %606, i32 0
	%609 = sitofp i32 %454 to float
	%610 = sitofp i32 %608 to float
	%611 = fcmp ole float %610, %609
	%612 = uitofp i1 %611 to float
	%613 = fcmp une float %612, 0.0
	%614 = and i1 %607, %613
	%615 = select i1 %614, float %422, float 0xFFF0000000000000
	%616 = shl i32 %13, 1
	%617 = add i32 16, %616
	%618 = add i32 %216, %617
	%619 = icmp slt i32 %618, %N
	%620 = select i1 %619, i32 %618, i32 0
	%621 = sitofp i32 %450 to float
	%622 = sitofp i32 %620 to float
	%623 = fcmp ole float %622, %621
	%624 = uitofp i1 %623 to float
	%625 = fcmp une float %624, 0.0
	%626 = and i1 %619, %625
	%627 = select i1 %626, float %423, float 0xFFF0000000000000
	%628 = shl i32 %13, 1
	%629 = add i32 17, %628
	%630 = add i32 %216, %629
	%631 = icmp slt i32 %630, %N
	%632 = select i1 %631, i32 %630, i32 0
	%633 = sitofp i32 %450 to float
	%634 = sitofp i32 %632 to float
	%635 = fcmp ole float %634, %633
	%636 = uitofp i1 %635 to float
	%637 = fcmp une float %636, 0.0
	%638 = and i1 %631, %637
	%639 = select i1 %638, float %424, float 0xFFF0000000000000
	%640 = shl i32 %13, 1
	%641 = add i32 16, %640
	%642 = add i32 %216, %641
	%643 = icmp slt i32 %642, %N
	%644 = select i1 %643, i32 %642, i32 0
	%645 = sitofp i32 %454 to float
	%646 = sitofp i32 %644 to float
	%647 = fcmp ole float %646, %645
	%648 = uitofp i1 %647 to float
	%649 = fcmp une float %648, 0.0
	%650 = and i1 %643, %649
	%651 = select i1 %650, float %425, float 0xFFF0000000000000
	%652 = shl i32 %13, 1
	%653 = add i32 17, %652
	%654 = add i32 %216, %653
	%655 = icmp slt i32 %654, %N
	%656 = select i1 %655, i32 %654, i32 0
	%657 = sitofp i32 %454 to float
	%658 = sitofp i32 %656 to float
	%659 = fcmp ole float %658, %657
	%660 = uitofp i1 %659 to float
	%661 = fcmp une float %660, 0.0
	%662 = and i1 %655, %661
	%663 = select i1 %662, float %426, float 0xFFF0000000000000
	%664 = shl i32 %13, 1
	%665 = add i32 24, %664
	%666 = add i32 %216, %665
	%667 = icmp slt i32 %666, %N
	%668 = select i1 %667, i32 %666, i32 0
	%669 = sitofp i32 %450 to float
	%670 = sitofp i32 %668 to float
	%671 = fcmp ole float %670, %669
	%672 = uitofp i1 %671 to float
	%673 = fcmp une float %672, 0.0
	%674 = and i1 %667, %673
	%675 = select i1 %674, float %427, float 0xFFF0000000000000
	%676 = shl i32 %13, 1
	%677 = add i32 25, %676
	%678 = add i32 %216, %677
	%679 = icmp slt i32 %678, %N
	%680 = select i1 %679, i32 %678, i32 0
	%681 = sitofp i32 %450 to float
	%682 = sitofp i32 %680 to float
	%683 = fcmp ole float %682, %681
	%684 = uitofp i1 %683 to float
	%685 = fcmp une float %684, 0.0
	%686 = and i1 %679, %685
	%687 = select i1 %686, float %428, float 0xFFF0000000000000
	%688 = shl i32 %13, 1
	%689 = add i32 24, %688
	%690 = add i32 %216, %689
	%691 = icmp slt i32 %690, %N
	%692 = select i1 %691, i32 %690, i32 0
	%693 = sitofp i32 %454 to float
	%694 = sitofp i32 %692 to float
	%695 = fcmp ole float %694, %693
	%696 = uitofp i1 %695 to float
	%697 = fcmp une float %696, 0.0
	%698 = and i1 %691, %697
	%699 = select i1 %698, float %429, float 0xFFF0000000000000
	%700 = shl i32 %13, 1
	%701 = add i32 25, %700
	%702 = add i32 %216, %701
	%703 = icmp slt i32 %702, %N
	%704 = select i1 %703, i32 %702, i32 0
	%705 = sitofp i32 %454 to float
	%706 = sitofp i32 %704 to float
	%707 = fcmp ole float %706, %705
	%708 = uitofp i1 %707 to float
	%709 = fcmp une float %708, 0.0
	%710 = and i1 %703, %709
	%711 = select i1 %710, float %430, float 0xFFF0000000000000
	%712 = shl i32 %13, 1
	%713 = add i32 32, %712
	%714 = add i32 %216, %713
	%715 = icmp slt i32 %714, %N
	%716 = select i1 %715, i32 %714, i32 0
	%717 = sitofp i32 %450 to float
	%718 = sitofp i32 %716 to float
	%719 = fcmp ole float %718, %717
	%720 = uitofp i1 %719 to float
	%721 = fcmp une float %720, 0.0
	%722 = and i1 %715, %721
	%723 = select i1 %722, float %431, float 0xFFF0000000000000
	%724 = shl i32 %13, 1
	%725 = add i32 33, %724
	%726 = add i32 %216, %725
	%727 = icmp slt i32 %726, %N
	%728 = select i1 %727, i32 %726, i32 0
	%729 = sitofp i32 %450 to float
	%730 = sitofp i32 %728 to float
	%731 = fcmp ole float %730, %729
	%732 = uitofp i1 %731 to float
	%733 = fcmp une float %732, 0.0
	%734 = and i1 %727, %733
	%735 = select i1 %734, float %432, float 0xFFF0000000000000
	%736 = shl i32 %13, 1
	%737 = add i32 32, %736
	%738 = add i32 %216, %737
	%739 = icmp slt i32 %738, %N
	%740 = select i1 %739, i32 %738, i32 0
	%741 = sitofp i32 %454 to float
	%742 = sitofp i32 %740 to float
	%743 = fcmp ole float %742, %741
	%744 = uitofp i1 %743 to float
	%745 = fcmp une float %744, 0.0
	%746 = and i1 %739, %745
	%747 = select i1 %746, float %433, float 0xFFF0000000000000
	%748 = shl i32 %13, 1
	%749 = add i32 33, %748
	%750 = add i32 %216, %749
	%751 = icmp slt i32 %750, %N
	%752 = select i1 %751, i32 %750, i32 0
	%753 = sitofp i32 %454 to float
	%754 = sitofp i32 %752 to float
	%755 = fcmp ole float %754, %753
	%756 = uitofp i1 %755 to float
	%757 = fcmp une float %756, 0.0
	%758 = and i1 %751, %757
	%759 = select i1 %758, float %434, float 0xFFF0000000000000
	%760 = shl i32 %13, 1
	%761 = add i32 40, %760
	%762 = add i32 %216, %761
	%763 = icmp slt i32 %762, %N
	%764 = select i1 %763, i32 %762, i32 0
	%765 = sitofp i32 %450 to float
	%766 = sitofp i32 %764 to float
	%767 = fcmp ole float %766, %765
	%768 = uitofp i1 %767 to float
	%769 = fcmp une float %768, 0.0
	%770 = and i1 %763, %769
	%771 = select i1 %770, float %435, float 0xFFF0000000000000
	%772 = shl i32 %13, 1
	%773 = add i32 41, %772
	%774 = add i32 %216, %773
	%775 = icmp slt i32 %774, %N
	%776 = select i1 %775, i32 %774, i32 0
	%777 = sitofp i32 %450 to float
	%778 = sitofp i32 %776 to float
	%779 = fcmp ole float %778, %777
	%780 = uitofp i1 %779 to float
	%781 = fcmp une float %780, 0.0
	%782 = and i1 %775, %781
	%783 = select i1 %782, float %436, float 0xFFF0000000000000
	%784 = shl i32 %13, 1
	%785 = add i32 40, %784
	%786 = add i32 %216, %785
	%787 = icmp slt i32 %786, %N
	%788 = select i1 %787, i32 %786, i32 0
	%789 = sitofp i32 %454 to float
	%790 = sitofp i32 %788 to float
	%791 = fcmp ole float %790, %789
	%792 = uitofp i1 %791 to float
	%793 = fcmp une float %792, 0.0
	%794 = and i1 %787, %793
	%795 = select i1 %794, float %437, float 0xFFF0000000000000
	%796 = shl i32 %13, 1
	%797 = add i32 41, %796
	%798 = add i32 %216, %797
	%799 = icmp slt i32 %798, %N
	%800 = select i1 %799, i32 %798, i32 0
	%801 = sitofp i32 %454 to float
	%802 = sitofp i32 %800 to float
	%803 = fcmp ole float %802, %801
	%804 = uitofp i1 %803 to float
	%805 = fcmp une float %804, 0.0
	%806 = and i1 %799, %805
	%807 = select i1 %806, float %438, float 0xFFF0000000000000
	%808 = shl i32 %13, 1
	%809 = add i32 48, %808
	%810 = add i32 %216, %809
	%811 = icmp slt i32 %810, %N
	%812 = select i1 %811, i32 %810, i32 0
	%813 = sitofp i32 %450 to float
	%814 = sitofp i32 %812 to float
	%815 = fcmp ole float %814, %813
	%816 = uitofp i1 %815 to float
	%817 = fcmp une float %816, 0.0
	%818 = and i1 %811, %817
	%819 = select i1 %818, float %439, float 0xFFF0000000000000
	%820 = shl i32 %13, 1
	%821 = add i32 49, %820
	%822 = add i32 %216, %821
	%823 = icmp slt i32 %822, %N
	%824 = select i1 %823, i32 %822, i32 0
	%825 = sitofp i32 %450 to float
	%826 = sitofp i32 %824 to float
	%827 = fcmp ole float %826, %825
	%828 = uitofp i1 %827 to float
	%829 = fcmp une float %828, 0.0
	%830 = and i1 %823, %829
	%831 = select i1 %830, float %440, float 0xFFF0000000000000
	%832 = shl i32 %13, 1
	%833 = add i32 48, %832
	%834 = add i32 %216, %833
	%835 = icmp slt i32 %834, %N
	%836 = select i1 %835, i32 %834, i32 0
	%837 = sitofp i32 %454 to float
	%838 = sitofp i32 %836 to float
	%839 = fcmp ole float %838, %837
	%840 = uitofp i1 %839 to float
	%841 = fcmp une float %840, 0.0
	%842 = and i1 %835, %841
	%843 = select i1 %842, float %441, float 0xFFF0000000000000
	%844 = shl i32 %13, 1
	%845 = add i32 49, %844
	%846 = add i32 %216, %845
	%847 = icmp slt i32 %846, %N
	%848 = select i1 %847, i32 %846, i32 0
	%849 = sitofp i32 %454 to float
	%850 = sitofp i32 %848 to float
	%851 = fcmp ole float %850, %849
	%852 = uitofp i1 %851 to float
	%853 = fcmp une float %852, 0.0
	%854 = and i1 %847, %853
	%855 = select i1 %854, float %442, float 0xFFF0000000000000
	%856 = shl i32 %13, 1
	%857 = add i32 56, %856
	%858 = add i32 %216, %857
	%859 = icmp slt i32 %858, %N
	%860 = select i1 %859, i32 %858, i32 0
	%861 = sitofp i32 %450 to float
	%862 = sitofp i32 %860 to float
	%863 = fcmp ole float %862, %861
	%864 = uitofp i1 %863 to float
	%865 = fcmp une float %864, 0.0
	%866 = and i1 %859, %865
	%867 = select i1 %866, float %443, float 0xFFF0000000000000
	%868 = shl i32 %13, 1
	%869 = add i32 57, %868
	%870 = add i32 %216, %869
	%871 = icmp slt i32 %870, %N
	%872 = select i1 %871, i32 %870, i32 0
	%873 = sitofp i32 %450 to float
	%874 = sitofp i32 %872 to float
	%875 = fcmp ole float %874, %873
	%876 = uitofp i1 %875 to float
	%877 = fcmp une float %876, 0.0
	%878 = and i1 %871, %877
	%879 = select i1 %878, float %444, float 0xFFF0000000000000
	%880 = shl i32 %13, 1
	%881 = add i32 56, %880
	%882 = add i32 %216, %881
	%883 = icmp slt i32 %882, %N
	%884 = select i1 %883, i32 %882, i32 0
	%885 = sitofp i32 %454 to float
	%886 = sitofp i32 %884 to float
	%887 = fcmp ole float %886, %885
	%888 = uitofp i1 %887 to float
	%889 = fcmp une float %888, 0.0
	%890 = and i1 %883, %889
	%891 = select i1 %890, float %445, float 0xFFF0000000000000
	%892 = shl i32 %13, 1
	%893 = add i32 57, %892
	%894 = add i32 %216, %893
	%895 = icmp slt i32 %894, %N
	%896 = select i1 %895, i32 %894, i32 0
	%897 = sitofp i32 %454 to float
	%898 = sitofp i32 %896 to float
	%899 = fcmp ole float %898, %897
	%900 = uitofp i1 %899 to float
	%901 = fcmp une float %900, 0.0
	%902 = and i1 %895, %901
	%903 = select i1 %902, float %446, float 0xFFF0000000000000
	br label %softmax

softmax:
	%904 = phi float [ %415, %loop ], [ %531, %partial ]
	%905 = phi float [ %416, %loop ], [ %543, %partial ]
	%906 = phi float [ %417, %loop ], [ %555, %partial ]
	%907 = phi float [ %418, %loop ], [ %567, %partial ]
	%908 = phi float [ %419, %loop ], [ %579, %partial ]
	%909 = phi float [ %420, %loop ], [ %591, %partial ]
	%910 = phi float [ %421, %loop ], [ %603, %partial ]
	%911 = phi float [ %422, %loop ], [ %615, %partial ]
	%912 = phi float [ %423, %loop ], [ %627, %partial ]
	%913 = phi float [ %424, %loop ], [ %639, %partial ]
	%914 = phi float [ %425, %loop ], [ %651, %partial ]
	%915 = phi float [ %426, %loop ], [ %663, %partial ]
	%916 = phi float [ %427, %loop ], [ %675, %partial ]
	%917 = phi float [ %428, %loop ], [ %687, %partial ]
	%918 = phi float [ %429, %loop ], [ %699, %partial ]
	%919 = phi float [ %430, %loop ], [ %711, %partial ]
	%920 = phi float [ %431, %loop ], [ %723, %partial ]
	%921 = phi float [ %432, %loop ], [ %735, %partial ]
	%922 = phi float [ %433, %loop ], [ %747, %partial ]
	%923 = phi float [ %434, %loop ], [ %759, %partial ]
	%924 = phi float [ %435, %loop ], [ %771, %partial ]
	%925 = phi float [ %436, %loop ], [ %783, %partial ]
	%926 = phi float [ %437, %loop ], [ %795, %partial ]
	%927 = phi float [ %438, %loop ], [ %807, %partial ]
	%928 = phi float [ %439, %loop ], [ %819, %partial ]
	%929 = phi float [ %440, %loop ], [ %831, %partial ]
	%930 = phi float [ %441, %loop ], [ %843, %partial ]
	%931 = phi float [ %442, %loop ], [ %855, %partial ]
	%932 = phi float [ %443, %loop ], [ %867, %partial ]
	%933 = phi float [ %444, %loop ], [ %879, %partial ]
	%934 = phi float [ %445, %loop ], [ %891, %partial ]
	%935 = phi float [ %446, %loop ], [ %903, %partial ]
	%936 = call float @llvm.nvvm.fmax.f(float %904, float %905)
	%937 = call float @llvm.nvvm.fmax.f(float %908, float %909)
	%938 = call float @llvm.nvvm.fmax.f(float %912, float %913)
	%939 = call float @llvm.nvvm.fmax.f(float %916, float %917)
	%940 = call float @llvm.nvvm.fmax.f(float %920, float %921)
	%941 = call float @llvm.nvvm.fmax.f(float %924, float %925)
	%942 = call float @llvm.nvvm.fmax.f(float %928, float %929)
	%943 = call float @llvm.nvvm.fmax.f(float %932, float %933)
	%944 = call float @llvm.nvvm.fmax.f(float %936, float %937)
	%945 = call float @llvm.nvvm.fmax.f(float %938, float %939)
	%946 = call float @llvm.nvvm.fmax.f(float %940, float %941)
	%947 = call float @llvm.nvvm.fmax.f(float %942, float %943)
	%948 = call float @llvm.nvvm.fmax.f(float %944, float %945)
	%949 = call float @llvm.nvvm.fmax.f(float %946, float %947)
	%950 = call float @llvm.nvvm.fmax.f(float %948, float %949)
	%951 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %950, i32 1, i32 31)
	%952 = call float @llvm.nvvm.fmax.f(float %950, float %951)
	%953 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %952, i32 2, i32 31)
	%954 = call float @llvm.nvvm.fmax.f(float %952, float %953)
	%955 = fmul float %954, 0x3FC7154760000000
	%956 = call float @llvm.nvvm.fmax.f(float %212, float %955)
	%957 = fadd float %212, 8.0
	%958 = fcmp ogt float %956, %957
	%959 = or i1 false, %958
	%960 = call float @llvm.nvvm.fmax.f(float %906, float %907)
	%961 = call float @llvm.nvvm.fmax.f(float %910, float %911)
	%962 = call float @llvm.nvvm.fmax.f(float %914, float %915)
	%963 = call float @llvm.nvvm.fmax.f(float %918, float %919)
	%964 = call float @llvm.nvvm.fmax.f(float %922, float %923)
	%965 = call float @llvm.nvvm.fmax.f(float %926, float %927)
	%966 = call float @llvm.nvvm.fmax.f(float %930, float %931)
	%967 = call float @llvm.nvvm.fmax.f(float %934, float %935)
	%968 = call float @llvm.nvvm.fmax.f(float %960, float %961)
	%969 = call float @llvm.nvvm.fmax.f(float %962, float %963)
	%970 = call float @llvm.nvvm.fmax.f(float %964, float %965)
	%971 = call float @llvm.nvvm.fmax.f(float %966, float %967)
	%972 = call float @llvm.nvvm.fmax.f(float %968, float %969)
	%973 = call float @llvm.nvvm.fmax.f(float %970, float %971)
	%974 = call float @llvm.nvvm.fmax.f(float %972, float %973)
	%975 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %974, i32 1, i32 31)
	%976 = call float @llvm.nvvm.fmax.f(float %974, float %975)
	%977 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %976, i32 2, i32 31)
	%978 = call float @llvm.nvvm.fmax.f(float %976, float %977)
	%979 = fmul float %978, 0x3FC7154760000000
	%980 = call float @llvm.nvvm.fmax.f(float %214, float %979)
	%981 = fadd float %214, 8.0
	%982 = fcmp ogt float %980, %981
	%983 = or i1 %959, %982
	%984 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %983)
	br i1 %984, label %985, label %1028

985:
	%986 = fcmp oeq float %956, 0xFFF0000000000000
	%987 = select i1 %986, float 0.0, float %956
	%988 = fsub float %212, %987
	%989 = call float @llvm.nvvm.ex2.approx.ftz.f(float %988)
	%990 = fcmp oeq float %980, 0xFFF0000000000000
	%991 = select i1 %990, float 0.0, float %980
	%992 = fsub float %214, %991
	%993 = call float @llvm.nvvm.ex2.approx.ftz.f(float %992)
	%994 = fmul float %180, %989
	%995 = fmul float %181, %989
	%996 = fmul float %182, %993
	%997 = fmul float %183, %993
	%998 = fmul float %184, %989
	%999 = fmul float %185, %989
	%1000 = fmul float %186, %993
	%1001 = fmul float %187, %993
	%1002 = fmul float %188, %989
	%1003 = fmul float %189, %989
	%1004 = fmul float %190, %993
	%1005 = fmul float %191, %993
	%1006 = fmul float %192, %989
	%1007 = fmul float %193, %989
	%1008 = fmul float %194, %993
	%1009 = fmul float %195, %993
	%1010 = fmul float %196, %989
	%1011 = fmul float %197, %989
	%1012 = fmul float %198, %993
	%1013 = fmul float %199, %993
	%1014 = fmul float %200, %989
	%1015 = fmul float %201, %989
	%1016 = fmul float %202, %993
	%1017 = fmul float %203, %993
	%1018 = fmul float %204, %989
	%1019 = fmul float %205, %989
	%1020 = fmul float %206, %993
	%1021 = fmul float %207, %993
	%1022 = fmul float %208, %989
	%1023 = fmul float %209, %989
	%1024 = fmul float %210, %993
	%1025 = fmul float %211, %993
	%1026 = fmul float %213, %989
	%1027 = fmul float %215, %993
	br label %1028

1028:
	%1029 = phi float [ %180, %softmax ], [ %994, %985 ]
	%1030 = phi float [ %181, %softmax ], [ %995, %985 ]
	%1031 = phi float [ %182, %softmax ], [ %996, %985 ]
	%1032 = phi float [ %183, %softmax ], [ %997, %985 ]
	%1033 = phi float [ %184, %softmax ], [ %998, %985 ]
	%1034 = phi float [ %185, %softmax ], [ %999, %985 ]
	%1035 = phi float [ %186, %softmax ], [ %1000, %985 ]
	%1036 = phi float [ %187, %softmax ], [ %1001, %985 ]
	%1037 = phi float [ %188, %softmax ], [ %1002, %985 ]
	%1038 = phi float [ %189, %softmax ], [ %1003, %985 ]
	%1039 = phi float [ %190, %softmax ], [ %1004, %985 ]
	%1040 = phi float [ %191, %softmax ], [ %1005, %985 ]
	%1041 = phi float [ %192, %softmax ], [ %1006, %985 ]
	%1042 = phi float [ %193, %softmax ], [ %1007, %985 ]
	%1043 = phi float [ %194, %softmax ], [ %1008, %985 ]
	%1044 = phi float [ %195, %softmax ], [ %1009, %985 ]
	%1045 = phi float [ %196, %softmax ], [ %1010, %985 ]
	%1046 = phi float [ %197, %softmax ], [ %1011, %985 ]
	%1047 = phi float [ %198, %softmax ], [ %1012, %985 ]
	%1048 = phi float [ %199, %softmax ], [ %1013, %985 ]
	%1049 = phi float [ %200, %softmax ], [ %1014, %985 ]
	%1050 = phi float [ %201, %softmax ], [ %1015, %985 ]
	%1051 = phi float [ %202, %softmax ], [ %1016, %985 ]
	%1052 = phi float [ %203, %softmax ], [ %1017, %985 ]
	%1053 = phi float [ %204, %softmax ], [ %1018, %985 ]
	%1054 = phi float [ %205, %softmax ], [ %1019, %985 ]
	%1055 = phi float [ %206, %softmax ], [ %1020, %985 ]
	%1056 = phi float [ %207, %softmax ], [ %1021, %985 ]
	%1057 = phi float [ %208, %softmax ], [ %1022, %985 ]
	%1058 = phi float [ %209, %softmax ], [ %1023, %985 ]
	%1059 = phi float [ %210, %softmax ], [ %1024, %985 ]
	%1060 = phi float [ %211, %softmax ], [ %1025, %985 ]
	%1061 = phi float [ %213, %softmax ], [ %1026, %985 ]
	%1062 = phi float [ %215, %softmax ], [ %1027, %985 ]
	%1063 = select i1 %984, float %956, float %212
	%1064 = fcmp oeq float %1063, 0xFFF0000000000000
	%1065 = select i1 %1064, float 0.0, float %1063
	%1066 = fneg float %1065
	%1067 = call float @llvm.fma.f32(float %904, float 0x3FC7154760000000, float %1066)
	%1068 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1067)
	%1069 = call float @llvm.fma.f32(float %905, float 0x3FC7154760000000, float %1066)
	%1070 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1069)
	%1071 = call float @llvm.fma.f32(float %908, float 0x3FC7154760000000, float %1066)
	%1072 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1071)
	%1073 = call float @llvm.fma.f32(float %909, float 0x3FC7154760000000, float %1066)
	%1074 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1073)
	%1075 = call float @llvm.fma.f32(float %912, float 0x3FC7154760000000, float %1066)
	%1076 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1075)
	%1077 = call float @llvm.fma.f32(float %913, float 0x3FC7154760000000, float %1066)
	%1078 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1077)
	%1079 = call float @llvm.fma.f32(float %916, float 0x3FC7154760000000, float %1066)
	%1080 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1079)
	%1081 = call float @llvm.fma.f32(float %917, float 0x3FC7154760000000, float %1066)
	%1082 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1081)
	%1083 = call float @llvm.fma.f32(float %920, float 0x3FC7154760000000, float %1066)
	%1084 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1083)
	%1085 = call float @llvm.fma.f32(float %921, float 0x3FC7154760000000, float %1066)
	%1086 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1085)
	%1087 = call float @llvm.fma.f32(float %924, float 0x3FC7154760000000, float %1066)
	%1088 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1087)
	%1089 = call float @llvm.fma.f32(float %925, float 0x3FC7154760000000, float %1066)
	%1090 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1089)
	%1091 = call float @llvm.fma.f32(float %928, float 0x3FC7154760000000, float %1066)
	%1092 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1091)
	%1093 = call float @llvm.fma.f32(float %929, float 0x3FC7154760000000, float %1066)
	%1094 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1093)
	%1095 = call float @llvm.fma.f32(float %932, float 0x3FC7154760000000, float %1066)
	%1096 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1095)
	%1097 = call float @llvm.fma.f32(float %933, float 0x3FC7154760000000, float %1066)
	%1098 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1097)
	%1099 = fadd float %1068, %1070
	%1100 = fadd float %1072, %1074
	%1101 = fadd float %1076, %1078
	%1102 = fadd float %1080, %1082
	%1103 = fadd float %1084, %1086
	%1104 = fadd float %1088, %1090
	%1105 = fadd float %1092, %1094
	%1106 = fadd float %1096, %1098
	%1107 = fadd float %1099, %1100
	%1108 = fadd float %1101, %1102
	%1109 = fadd float %1103, %1104
	%1110 = fadd float %1105, %1106
	%1111 = fadd float %1107, %1108
	%1112 = fadd float %1109, %1110
	%1113 = fadd float %1111, %1112
	%1114 = fadd float %1061, %1113
	%1115 = select i1 %984, float %980, float %214
	%1116 = fcmp oeq float %1115, 0xFFF0000000000000
	%1117 = select i1 %1116, float 0.0, float %1115
	%1118 = fneg float %1117
	%1119 = call float @llvm.fma.f32(float %906, float 0x3FC7154760000000, float %1118)
	%1120 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1119)
	%1121 = call float @llvm.fma.f32(float %907, float 0x3FC7154760000000, float %1118)
	%1122 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1121)
	%1123 = call float @llvm.fma.f32(float %910, float 0x3FC7154760000000, float %1118)
	%1124 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1123)
	%1125 = call float @llvm.fma.f32(float %911, float 0x3FC7154760000000, float %1118)
	%1126 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1125)
	%1127 = call float @llvm.fma.f32(float %914, float 0x3FC7154760000000, float %1118)
	%1128 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1127)
	%1129 = call float @llvm.fma.f32(float %915, float 0x3FC7154760000000, float %1118)
	%1130 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1129)
	%1131 = call float @llvm.fma.f32(float %918, float 0x3FC7154760000000, float %1118)
	%1132 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1131)
	%1133 = call float @llvm.fma.f32(float %919, float 0x3FC7154760000000, float %1118)
	%1134 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1133)
	%1135 = call float @llvm.fma.f32(float %922, float 0x3FC7154760000000, float %1118)
	%1136 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1135)
	%1137 = call float @llvm.fma.f32(float %923, float 0x3FC7154760000000, float %1118)
	%1138 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1137)
	%1139 = call float @llvm.fma.f32(float %926, float 0x3FC7154760000000, float %1118)
	%1140 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1139)
	%1141 = call float @llvm.fma.f32(float %927, float 0x3FC7154760000000, float %1118)
	%1142 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1141)
	%1143 = call float @llvm.fma.f32(float %930, float 0x3FC7154760000000, float %1118)
	%1144 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1143)
	%1145 = call float @llvm.fma.f32(float %931, float 0x3FC7154760000000, float %1118)
	%1146 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1145)
	%1147 = call float @llvm.fma.f32(float %934, float 0x3FC7154760000000, float %1118)
	%1148 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1147)
	%1149 = call float @llvm.fma.f32(float %935, float 0x3FC7154760000000, float %1118)
	%1150 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1149)
	%1151 = fadd float %1120, %1122
	%1152 = fadd float %1124, %1126
	%1153 = fadd float %1128, %1130
	%1154 = fadd float %1132, %1134
	%1155 = fadd float %1136, %1138
	%1156 = fadd float %1140, %1142
	%1157 = fadd float %1144, %1146
	%1158 = fadd float %1148, %1150
	%1159 = fadd float %1151, %1152
	%1160 = fadd float %1153, %1154
	%1161 = fadd float %1155, %1156
	%1162 = fadd float %1157, %1158
	%1163 = fadd float %1159, %1160
	%1164 = fadd float %1161, %1162
	%1165 = fadd float %1163, %1164
	%1166 = fadd float %1062, %1165
	%1167 = add i32 %176, 1
	%1168 = icmp sge i32 %178, 0
	%1169 = add i32 %176, 2
	%1170 = icmp slt i32 %1169, %NK
	%1171 = and i1 %1168, %1170
	%1172 = select i1 %1171, i32 %1169, i32 0
	%1173 = add i32 %48, %1172
	%1174 = sext i32 %1173 to i64
	%1175 = getelementptr i32, i32* %list, i64 %1174
	%1176 = load i32, i32* %1175
	%1177 = select i1 %1171, i32 %1176, i32 -1
	%1178 = icmp sge i32 %178, 0
	%1179 = icmp slt i32 %178, %NK
	%1180 = and i1 %1178, %1179
	%1181 = select i1 %1180, i32 %178, i32 0
	%1182 = add i32 %52, %1181
	%1183 = sext i32 %1182 to i64
	%1184 = getelementptr i8, i8* %cls, i64 %1183
	%1185 = load i8, i8* %1184
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1168, label %prefetch, label %pv

prefetch:
	%1186 = mul i32 %178, 64
	%1187 = lshr i32 %9, 3
	%1188 = and i32 %9, 7
	%1189 = lshr i32 %1188, 3
	%1190 = mul i32 %1189, u0x2000
	%1191 = and i32 %1188, 7
	%1192 = and i32 %1187, 7
	%1193 = xor i32 %1191, %1192
	%1194 = mul i32 %1187, 128
	%1195 = shl i32 %1193, 4
	%1196 = add i32 %1194, %1195
	%1197 = add i32 %1190, %1196
	%1198 = add i32 %0, %1197
	%1199 = add i32 %1186, %1187
	%1200 = mul i32 %1199, 64
	%1201 = mul i32 %1188, 8
	%1202 = add i32 %1200, %1201
	%1203 = sext i32 %1202 to i64
	%1204 = getelementptr i16, i16* %39, i64 %1203
	%1205 = add i32 %1199, 0
	%1206 = icmp slt i32 %1205, %N
	%1207 = getelementptr i16, i16* %1204, i64 0
	%1208 = select i1 %1206, i16* %1207, i16* %39
	%1209 = add i32 %1198, 0
	%1210 = select i1 %1206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1209, i16* %1208, i32 %1210)
	%1211 = add i32 %1199, 16
	%1212 = icmp slt i32 %1211, %N
	%1213 = getelementptr i16, i16* %1204, i64 1024
	%1214 = select i1 %1212, i16* %1213, i16* %39
	%1215 = add i32 %1198, 2048
	%1216 = select i1 %1212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1215, i16* %1214, i32 %1216)
	%1217 = add i32 %1199, 32
	%1218 = icmp slt i32 %1217, %N
	%1219 = getelementptr i16, i16* %1204, i64 2048
	%1220 = select i1 %1218, i16* %1219, i16* %39
	%1221 = add i32 %1198, u0x1000
	%1222 = select i1 %1218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1221, i16* %1220, i32 %1222)
	%1223 = add i32 %1199, 48
	%1224 = icmp slt i32 %1223, %N
	%1225 = getelementptr i16, i16* %1204, i64 3072
	%1226 = select i1 %1224, i16* %1225, i16* %39
	%1227 = add i32 %1198, 6144
	%1228 = select i1 %1224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1227, i16* %1226, i32 %1228)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1229 = and i32 %11, 7
	%1230 = lshr i32 %11, 3
	%1231 = and i32 %1230, 1
	%1232 = shl i32 %1231, 3
	%1233 = add i32 %1229, %1232
	%1234 = mul i32 %1233, 128
	%1235 = add i32 %1, %1234
	%1236 = and i32 %11, 7
	%1237 = xor i32 %123, %1236
	%1238 = shl i32 %1237, 4
	%1239 = add i32 %1235, %1238
	%1240 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1070, float %1068)
	%1241 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1122, float %1120)
	%1242 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1074, float %1072)
	%1243 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1126, float %1124)
	%1244 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1078, float %1076)
	%1245 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1130, float %1128)
	%1246 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1082, float %1080)
	%1247 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1134, float %1132)
	%1248 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1086, float %1084)
	%1249 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1138, float %1136)
	%1250 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1090, float %1088)
	%1251 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1142, float %1140)
	%1252 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1094, float %1092)
	%1253 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1146, float %1144)
	%1254 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1098, float %1096)
	%1255 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1150, float %1148)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1256 = add i32 %8, 0
	%1257 = zext i32 %1256 to i64
	%1258 = or i64 %1257, u0x4000004002000000
	%1259 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1029, float %1030, float %1031, float %1032, float %1033, float %1034, float %1035, float %1036, float %1037, float %1038, float %1039, float %1040, float %1041, float %1042, float %1043, float %1044, float %1045, float %1046, float %1047, float %1048, float %1049, float %1050, float %1051, float %1052, float %1053, float %1054, float %1055, float %1056, float %1057, float %1058, float %1059, float %1060, i32 %1240, i32 %1241, i32 %1242, i32 %1243, i64 %1258, i32 1)
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
	%1292 = add i32 %8, 128
	%1293 = zext i32 %1292 to i64
	%1294 = or i64 %1293, u0x4000004002000000
	%1295 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1260, float %1261, float %1262, float %1263, float %1264, float %1265, float %1266, float %1267, float %1268, float %1269, float %1270, float %1271, float %1272, float %1273, float %1274, float %1275, float %1276, float %1277, float %1278, float %1279, float %1280, float %1281, float %1282, float %1283, float %1284, float %1285, float %1286, float %1287, float %1288, float %1289, float %1290, float %1291, i32 %1244, i32 %1245, i32 %1246, i32 %1247, i64 %1294, i32 1)
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
	%1328 = add i32 %8, 256
	%1329 = zext i32 %1328 to i64
	%1330 = or i64 %1329, u0x4000004002000000
	%1331 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1296, float %1297, float %1298, float %1299, float %1300, float %1301, float %1302, float %1303, float %1304, float %1305, float %1306, float %1307, float %1308, float %1309, float %1310, float %1311, float %1312, float %1313, float %1314, float %1315, float %1316, float %1317, float %1318, float %1319, float %1320, float %1321, float %1322, float %1323, float %1324, float %1325, float %1326, float %1327, i32 %1248, i32 %1249, i32 %1250, i32 %1251, i64 %1330, i32 1)
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
	%1364 = add i32 %8, 384
	%1365 = zext i32 %1364 to i64
	%1366 = or i64 %1365, u0x4000004002000000
	%1367 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1332, float %1333, float %1334, float %1335, float %1336, float %1337, float %1338, float %1339, float %1340, float %1341, float %1342, float %1343, float %1344, float %1345, float %1346, float %1347, float %1348, float %1349, float %1350, float %1351, float %1352, float %1353, float %1354, float %1355, float %1356, float %1357, float %1358, float %1359, float %1360, float %1361, float %1362, float %1363, i32 %1252, i32 %1253, i32 %1254, i32 %1255, i64 %1366, i32 1)
	%1368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 0
	%1369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 1
	%1370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 2
	%1371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 3
	%1372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 4
	%1373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 5
	%1374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 6
	%1375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 7
	%1376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 8
	%1377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 9
	%1378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 10
	%1379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 11
	%1380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 12
	%1381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 13
	%1382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 14
	%1383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 15
	%1384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 16
	%1385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 17
	%1386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 18
	%1387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 19
	%1388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 20
	%1389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 21
	%1390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 22
	%1391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 23
	%1392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 24
	%1393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 25
	%1394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 26
	%1395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 27
	%1396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 28
	%1397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 29
	%1398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 30
	%1399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1367, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1400 = call float asm sideeffect "", "=f,0"(float %1368)
	%1401 = call float asm sideeffect "", "=f,0"(float %1369)
	%1402 = call float asm sideeffect "", "=f,0"(float %1370)
	%1403 = call float asm sideeffect "", "=f,0"(float %1371)
	%1404 = call float asm sideeffect "", "=f,0"(float %1372)
	%1405 = call float asm sideeffect "", "=f,0"(float %1373)
	%1406 = call float asm sideeffect "", "=f,0"(float %1374)
	%1407 = call float asm sideeffect "", "=f,0"(float %1375)
	%1408 = call float asm sideeffect "", "=f,0"(float %1376)
	%1409 = call float asm sideeffect "", "=f,0"(float %1377)
	%1410 = call float asm sideeffect "", "=f,0"(float %1378)
	%1411 = call float asm sideeffect "", "=f,0"(float %1379)
	%1412 = call float asm sideeffect "", "=f,0"(float %1380)
	%1413 = call float asm sideeffect "", "=f,0"(float %1381)
	%1414 = call float asm sideeffect "", "=f,0"(float %1382)
	%1415 = call float asm sideeffect "", "=f,0"(float %1383)
	%1416 = call float asm sideeffect "", "=f,0"(float %1384)
	%1417 = call float asm sideeffect "", "=f,0"(float %1385)
	%1418 = call float asm sideeffect "", "=f,0"(float %1386)
	%1419 = call float asm sideeffect "", "=f,0"(float %1387)
	%1420 = call float asm sideeffect "", "=f,0"(float %1388)
	%1421 = call float asm sideeffect "", "=f,0"(float %1389)
	%1422 = call float asm sideeffect "", "=f,0"(float %1390)
	%1423 = call float asm sideeffect "", "=f,0"(float %1391)
	%1424 = call float asm sideeffect "", "=f,0"(float %1392)
	%1425 = call float asm sideeffect "", "=f,0"(float %1393)
	%1426 = call float asm sideeffect "", "=f,0"(float %1394)
	%1427 = call float asm sideeffect "", "=f,0"(float %1395)
	%1428 = call float asm sideeffect "", "=f,0"(float %1396)
	%1429 = call float asm sideeffect "", "=f,0"(float %1397)
	%1430 = call float asm sideeffect "", "=f,0"(float %1398)
	%1431 = call float asm sideeffect "", "=f,0"(float %1399)
	br i1 %1168, label %loop, label %epilogue

store0:
	%1432 = mul i32 %29, %M
	%1433 = add i32 %1432, %502
	%1434 = mul i32 %1433, 64
	%1435 = shl i32 %13, 1
	%1436 = add i32 0, %1435
	%1437 = add i32 %1434, %1436
	%1438 = sext i32 %1437 to i64
	%1439 = getelementptr i16, i16* %out, i64 %1438
	%1440 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %504, float %503)
	%1441 = bitcast i16* %1439 to i32*
	store i32 %1440, i32* %1441
	%1442 = shl i32 %13, 1
	%1443 = add i32 8, %1442
	%1444 = add i32 %1434, %1443
	%1445 = sext i32 %1444 to i64
	%1446 = getelementptr i16, i16* %out, i64 %1445
	%1447 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %506, float %505)
	%1448 = bitcast i16* %1446 to i32*
	store i32 %1447, i32* %1448
	%1449 = shl i32 %13, 1
	%1450 = add i32 16, %1449
	%1451 = add i32 %1434, %1450
	%1452 = sext i32 %1451 to i64
	%1453 = getelementptr i16, i16* %out, i64 %1452
	%1454 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %508, float %507)
	%1455 = bitcast i16* %1453 to i32*
	store i32 %1454, i32* %1455
	%1456 = shl i32 %13, 1
	%1457 = add i32 24, %1456
	%1458 = add i32 %1434, %1457
	%1459 = sext i32 %1458 to i64
	%1460 = getelementptr i16, i16* %out, i64 %1459
	%1461 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %510, float %509)
	%1462 = bitcast i16* %1460 to i32*
	store i32 %1461, i32* %1462
	%1463 = shl i32 %13, 1
	%1464 = add i32 32, %1463
	%1465 = add i32 %1434, %1464
	%1466 = sext i32 %1465 to i64
	%1467 = getelementptr i16, i16* %out, i64 %1466
	%1468 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %512, float %511)
	%1469 = bitcast i16* %1467 to i32*
	store i32 %1468, i32* %1469
	%1470 = shl i32 %13, 1
	%1471 = add i32 40, %1470
	%1472 = add i32 %1434, %1471
	%1473 = sext i32 %1472 to i64
	%1474 = getelementptr i16, i16* %out, i64 %1473
	%1475 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %514, float %513)
	%1476 = bitcast i16* %1474 to i32*
	store i32 %1475, i32* %1476
	%1477 = shl i32 %13, 1
	%1478 = add i32 48, %1477
	%1479 = add i32 %1434, %1478
	%1480 = sext i32 %1479 to i64
	%1481 = getelementptr i16, i16* %out, i64 %1480
	%1482 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %516, float %515)
	%1483 = bitcast i16* %1481 to i32*
	store i32 %1482, i32* %1483
	%1484 = shl i32 %13, 1
	%1485 = add i32 56, %1484
	%1486 = add i32 %1434, %1485
	%1487 = sext i32 %1486 to i64
	%1488 = getelementptr i16, i16* %out, i64 %1487
	%1489 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %518, float %517)
	%1490 = bitcast i16* %1488 to i32*
	store i32 %1489, i32* %1490
	br label %stored0

stored0:
	%1491 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %458, i32 1, i32 31)
	%1492 = fadd float %458, %1491
	%1493 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1492, i32 2, i32 31)
	%1494 = fadd float %1492, %1493
	%1495 = fcmp ogt float %1494, 0.0
	%1496 = fdiv float 1.0, %1494
	%1497 = select i1 %1495, float %1496, float 0.0
	%1498 = mul i32 %10, 16
	%1499 = add i32 %31, %1498
	%1500 = add i32 %12, 8
	%1501 = add i32 %1499, %1500
	%1502 = fmul float %462, %1497
	%1503 = fmul float %463, %1497
	%1504 = fmul float %466, %1497
	%1505 = fmul float %467, %1497
	%1506 = fmul float %470, %1497
	%1507 = fmul float %471, %1497
	%1508 = fmul float %474, %1497
	%1509 = fmul float %475, %1497
	%1510 = fmul float %478, %1497
	%1511 = fmul float %479, %1497
	%1512 = fmul float %482, %1497
	%1513 = fmul float %483, %1497
	%1514 = fmul float %486, %1497
	%1515 = fmul float %487, %1497
	%1516 = fmul float %490, %1497
	%1517 = fmul float %491, %1497
	%1518 = icmp slt i32 %1501, %M
	br i1 %1518, label %store1, label %stored1

store1:
	%1519 = mul i32 %29, %M
	%1520 = add i32 %1519, %1501
	%1521 = mul i32 %1520, 64
	%1522 = shl i32 %13, 1
	%1523 = add i32 0, %1522
	%1524 = add i32 %1521, %1523
	%1525 = sext i32 %1524 to i64
	%1526 = getelementptr i16, i16* %out, i64 %1525
	%1527 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1503, float %1502)
	%1528 = bitcast i16* %1526 to i32*
	store i32 %1527, i32* %1528
	%1529 = shl i32 %13, 1
	%1530 = add i32 8, %1529
	%1531 = add i32 %1521, %1530
	%1532 = sext i32 %1531 to i64
	%1533 = getelementptr i16, i16* %out, i64 %1532
	%1534 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1505, float %1504)
	%1535 = bitcast i16* %1533 to i32*
	store i32 %1534, i32* %1535
	%1536 = shl i32 %13, 1
	%1537 = add i32 16, %1536
	%1538 = add i32 %1521, %1537
	%1539 = sext i32 %1538 to i64
	%1540 = getelementptr i16, i16* %out, i64 %1539
	%1541 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1507, float %1506)
	%1542 = bitcast i16* %1540 to i32*
	store i32 %1541, i32* %1542
	%1543 = shl i32 %13, 1
	%1544 = add i32 24, %1543
	%1545 = add i32 %1521, %1544
	%1546 = sext i32 %1545 to i64
	%1547 = getelementptr i16, i16* %out, i64 %1546
	%1548 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1509, float %1508)
	%1549 = bitcast i16* %1547 to i32*
	store i32 %1548, i32* %1549
	%1550 = shl i32 %13, 1
	%1551 = add i32 32, %1550
	%1552 = add i32 %1521, %1551
	%1553 = sext i32 %1552 to i64
	%1554 = getelementptr i16, i16* %out, i64 %1553
	%1555 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1511, float %1510)
	%1556 = bitcast i16* %1554 to i32*
	store i32 %1555, i32* %1556
	%1557 = shl i32 %13, 1
	%1558 = add i32 40, %1557
	%1559 = add i32 %1521, %1558
	%1560 = sext i32 %1559 to i64
	%1561 = getelementptr i16, i16* %out, i64 %1560
	%1562 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1513, float %1512)
	%1563 = bitcast i16* %1561 to i32*
	store i32 %1562, i32* %1563
	%1564 = shl i32 %13, 1
	%1565 = add i32 48, %1564
	%1566 = add i32 %1521, %1565
	%1567 = sext i32 %1566 to i64
	%1568 = getelementptr i16, i16* %out, i64 %1567
	%1569 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1515, float %1514)
	%1570 = bitcast i16* %1568 to i32*
	store i32 %1569, i32* %1570
	%1571 = shl i32 %13, 1
	%1572 = add i32 56, %1571
	%1573 = add i32 %1521, %1572
	%1574 = sext i32 %1573 to i64
	%1575 = getelementptr i16, i16* %out, i64 %1574
	%1576 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1517, float %1516)
	%1577 = bitcast i16* %1575 to i32*
	store i32 %1576, i32* %1577
	br label %stored1

stored1:
	ret void
}

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @minference_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, float*, i32, i32)* @minference_pool_q0, !"maxntidx", i32 128}
!2 = !{void (i16*, float*, i32, i32)* @minference_pool_k0, !"maxntidx", i32 128}
!3 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @minference_scores0, !"maxntidx", i32 128}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @minference_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @minference_attn2, !"minctasm", i32 4}
