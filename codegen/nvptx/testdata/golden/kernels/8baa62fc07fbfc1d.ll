define ptx_kernel void @$K(float* %part, float* %ml, i16* %out, i32 %rows, i32 %S) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = and i32 %0, 31
	%2 = lshr i32 %0, 5
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%4 = icmp slt i32 %3, %rows
	br i1 %4, label %body, label %exit

body:
	br label %5

exit:
	ret void

5:
	%6 = phi i32 [ %0, %body ], [ %17, %9 ]
	%7 = phi float [ 0xFFF0000000000000, %body ], [ %16, %9 ]
	%8 = icmp slt i32 %6, %S
	br i1 %8, label %9, label %18

9:
	%10 = mul i32 %3, %S
	%11 = add i32 %10, %6
	%12 = mul i32 %11, 2
	%13 = sext i32 %12 to i64
	%14 = getelementptr float, float* %ml, i64 %13
	%15 = load float, float* %14
	%16 = call float @llvm.nvvm.fmax.f(float %7, float %15)
	%17 = add i32 %6, 128
	br label %5

18:
	%19 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %7, i32 16, i32 31)
	%20 = call float @llvm.nvvm.fmax.f(float %7, float %19)
	%21 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %20, i32 8, i32 31)
	%22 = call float @llvm.nvvm.fmax.f(float %20, float %21)
	%23 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %22, i32 4, i32 31)
	%24 = call float @llvm.nvvm.fmax.f(float %22, float %23)
	%25 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %24, i32 2, i32 31)
	%26 = call float @llvm.nvvm.fmax.f(float %24, float %25)
	%27 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %26, i32 1, i32 31)
	%28 = call float @llvm.nvvm.fmax.f(float %26, float %27)
	%29 = lshr i32 %0, 5
	%30 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%31 = icmp eq i32 %30, 0
	%32 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 %29
	br i1 %31, label %33, label %34

33:
	store float %28, float addrspace(3)* %32
	br label %34

34:
	call void @llvm.nvvm.barrier0()
	%35 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%36 = load float, float addrspace(3)* %35
	%37 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%38 = load float, float addrspace(3)* %37
	%39 = call float @llvm.nvvm.fmax.f(float %36, float %38)
	%40 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%41 = load float, float addrspace(3)* %40
	%42 = call float @llvm.nvvm.fmax.f(float %39, float %41)
	%43 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%44 = load float, float addrspace(3)* %43
	%45 = call float @llvm.nvvm.fmax.f(float %42, float %44)
	%46 = fcmp oeq float %45, 0xFFF0000000000000
	%47 = select i1 %46, float 0.0, float %45
	%48 = mul i32 %2, 4
	br label %49

49:
	%50 = phi i32 [ %48, %34 ], [ %226, %57 ]
	%51 = phi float [ 0.0, %34 ], [ %221, %57 ]
	%52 = phi float [ 0.0, %34 ], [ %222, %57 ]
	%53 = phi float [ 0.0, %34 ], [ %223, %57 ]
	%54 = phi float [ 0.0, %34 ], [ %224, %57 ]
	%55 = phi float [ 0.0, %34 ], [ %225, %57 ]
	%56 = icmp slt i32 %50, %S
	br i1 %56, label %57, label %227

57:
	%58 = add i32 %50, 0
	%59 = icmp slt i32 %58, %S
	%60 = sub i32 %S, 1
	%61 = icmp slt i32 %58, %60
	%62 = select i1 %61, i32 %58, i32 %60
	%63 = mul i32 %3, %S
	%64 = add i32 %63, %62
	%65 = mul i32 %64, 2
	%66 = sext i32 %65 to i64
	%67 = getelementptr float, float* %ml, i64 %66
	%68 = load float, float* %67
	%69 = fsub float %68, %47
	%70 = call float @llvm.nvvm.ex2.approx.ftz.f(float %69)
	%71 = select i1 %59, float %70, float 0.0
	%72 = getelementptr float, float* %67, i64 1
	%73 = load float, float* %72
	%74 = mul i32 %3, %S
	%75 = add i32 %74, %62
	%76 = mul i32 %75, 128
	%77 = mul i32 %1, 4
	%78 = add i32 %76, %77
	%79 = add i32 %78, 0
	%80 = sext i32 %79 to i64
	%81 = getelementptr float, float* %part, i64 %80
	%82 = load float, float* %81
	%83 = add i32 %78, 1
	%84 = sext i32 %83 to i64
	%85 = getelementptr float, float* %part, i64 %84
	%86 = load float, float* %85
	%87 = add i32 %78, 2
	%88 = sext i32 %87 to i64
	%89 = getelementptr float, float* %part, i64 %88
	%90 = load float, float* %89
	%91 = add i32 %78, 3
	%92 = sext i32 %91 to i64
	%93 = getelementptr float, float* %part, i64 %92
	%94 = load float, float* %93
	%95 = add i32 %50, 1
	%96 = icmp slt i32 %95, %S
	%97 = sub i32 %S, 1
	%98 = icmp slt i32 %95, %97
	%99 = select i1 %98, i32 %95, i32 %97
	%100 = mul i32 %3, %S
	%101 = add i32 %100, %99
	%102 = mul i32 %101, 2
	%103 = sext i32 %102 to i64
	%104 = getelementptr float, float* %ml, i64 %103
	%105 = load float, float* %104
	%106 = fsub float %105, %47
	%107 = call float @llvm.nvvm.ex2.approx.ftz.f(float %106)
	%108 = select i1 %96, float %107, float 0.0
	%109 = getelementptr float, float* %104, i64 1
	%110 = load float, float* %109
	%111 = mul i32 %3, %S
	%112 = add i32 %111, %99
	%113 = mul i32 %112, 128
	%114 = mul i32 %1, 4
	%115 = add i32 %113, %114
	%116 = add i32 %115, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr float, float* %part, i64 %117
	%119 = load float, float* %118
	%120 = add i32 %115, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr float, float* %part, i64 %121
	%123 = load float, float* %122
	%124 = add i32 %115, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr float, float* %part, i64 %125
	%127 = load float, float* %126
	%128 = add i32 %115, 3
	%129 = sext i32 %128 to i64
	%130 = getelementptr float, float* %part, i64 %129
	%131 = load float, float* %130
	%132 = add i32 %50, 2
	%133 = icmp slt i32 %132, %S
	%134 = sub i32 %S, 1
	%135 = icmp slt i32 %132, %134
	%136 = select i1 %135, i32 %132, i32 %134
	%137 = mul i32 %3, %S
	%138 = add i32 %137, %136
	%139 = mul i32 %138, 2
	%140 = sext i32 %139 to i64
	%141 = getelementptr float, float* %ml, i64 %140
	%142 = load float, float* %141
	%143 = fsub float %142, %47
	%144 = call float @llvm.nvvm.ex2.approx.ftz.f(float %143)
	%145 = select i1 %133, float %144, float 0.0
	%146 = getelementptr float, float* %141, i64 1
	%147 = load float, float* %146
	%148 = mul i32 %3, %S
	%149 = add i32 %148, %136
	%150 = mul i32 %149, 128
	%151 = mul i32 %1, 4
	%152 = add i32 %150, %151
	%153 = add i32 %152, 0
	%154 = sext i32 %153 to i64
	%155 = getelementptr float, float* %part, i64 %154
	%156 = load float, float* %155
	%157 = add i32 %152, 1
	%158 = sext i32 %157 to i64
	%159 = getelementptr float, float* %part, i64 %158
	%160 = load float, float* %159
	%161 = add i32 %152, 2
	%162 = sext i32 %161 to i64
	%163 = getelementptr float, float* %part, i64 %162
	%164 = load float, float* %163
	%165 = add i32 %152, 3
	%166 = sext i32 %165 to i64
	%167 = getelementptr float, float* %part, i64 %166
	%168 = load float, float* %167
	%169 = add i32 %50, 3
	%170 = icmp slt i32 %169, %S
	%171 = sub i32 %S, 1
	%172 = icmp slt i32 %169, %171
	%173 = select i1 %172, i32 %169, i32 %171
	%174 = mul i32 %3, %S
	%175 = add i32 %174, %173
	%176 = mul i32 %175, 2
	%177 = sext i32 %176 to i64
	%178 = getelementptr float, float* %ml, i64 %177
	%179 = load float, float* %178
	%180 = fsub float %179, %47
	%181 = call float @llvm.nvvm.ex2.approx.ftz.f(float %180)
	%182 = select i1 %170, float %181, float 0.0
	%183 = getelementptr float, float* %178, i64 1
	%184 = load float, float* %183
	%185 = mul i32 %3, %S
	%186 = add i32 %185, %173
	%187 = mul i32 %186, 128
	%188 = mul i32 %1, 4
	%189 = add i32 %187, %188
	%190 = add i32 %189, 0
	%191 = sext i32 %190 to i64
	%192 = getelementptr float, float* %part, i64 %191
	%193 = load float, float* %192
	%194 = add i32 %189, 1
	%195 = sext i32 %194 to i64
	%196 = getelementptr float, float* %part, i64 %195
	%197 = load float, float* %196
	%198 = add i32 %189, 2
	%199 = sext i32 %198 to i64
	%200 = getelementptr float, float* %part, i64 %199
	%201 = load float, float* %200
	%202 = add i32 %189, 3
	%203 = sext i32 %202 to i64
	%204 = getelementptr float, float* %part, i64 %203
	%205 = load float, float* %204
	%206 = call float @llvm.fma.f32(float %71, float %73, float %51)
	%207 = call float @llvm.fma.f32(float %71, float %82, float %52)
	%208 = call float @llvm.fma.f32(float %71, float %86, float %53)
	%209 = call float @llvm.fma.f32(float %71, float %90, float %54)
	%210 = call float @llvm.fma.f32(float %71, float %94, float %55)
	%211 = call float @llvm.fma.f32(float %108, float %110, float %206)
	%212 = call float @llvm.fma.f32(float %108, float %119, float %207)
	%213 = call float @llvm.fma.f32(float %108, float %123, float %208)
	%214 = call float @llvm.fma.f32(float %108, float %127, float %209)
	%215 = call float @llvm.fma.f32(float %108, float %131, float %210)
	%216 = call float @llvm.fma.f32(float %145, float %147, float %211)
	%217 = call float @llvm.fma.f32(float %145, float %156, float %212)
	%218 = call float @llvm.fma.f32(float %145, float %160, float %213)
	%219 = call float @llvm.fma.f32(float %145, float %164, float %214)
	%220 = call float @llvm.fma.f32(float %145, float %168, float %215)
	%221 = call float @llvm.fma.f32(float %182, float %184, float %216)
	%222 = call float @llvm.fma.f32(float %182, float %193, float %217)
	%223 = call float @llvm.fma.f32(float %182, float %197, float %218)
	%224 = call float @llvm.fma.f32(float %182, float %201, float %219)
	%225 = call float @llvm.fma.f32(float %182, float %205, float %220)
	%226 = add i32 %50, 16
	br label %49

227:
	%228 = icmp eq i32 %1, 0
	br i1 %228, label %229, label %231

229:
	%230 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_l, i32 0, i32 %2
	store float %51, float addrspace(3)* %230
	br label %231

231:
	%232 = mul i32 %1, 4
	%233 = add i32 %232, 0
	%234 = mul i32 %2, 128
	%235 = add i32 %234, %233
	%236 = getelementptr [512 x float], [512 x float] addrspace(3)* @$K_acc, i32 0, i32 %235
	store float %52, float addrspace(3)* %236
	%237 = mul i32 %1, 4
	%238 = add i32 %237, 1
	%239 = mul i32 %2, 128
	%240 = add i32 %239, %238
	%241 = getelementptr [512 x float], [512 x float] addrspace(3)* @$K_acc, i32 0, i32 %240
	store float %53, float addrspace(3)* %241
	%242 = mul i32 %1, 4
	%243 = add i32 %242, 2
	%244 = mul i32 %2, 128
	%245 = add i32 %244, %243
	%246 = getelementptr [512 x float], [512 x float] addrspace(3)* @$K_acc, i32 0, i32 %245
	store float %54, float addrspace(3)* %246
	%247 = mul i32 %1, 4
	%248 = add i32 %247, 3
	%249 = mul i32 %2, 128
	%250 = add i32 %249, %248
	%251 = getelementptr [512 x float], [512 x float] addrspace(3)* @$K_acc, i32 0, i32 %250
	store float %55, float addrspace(3)* %251
	call void @llvm.nvvm.barrier0()
	%252 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_l, i32 0, i32 0
	%253 = load float, float addrspace(3)* %252
	%254 = fadd float 0.0, %253
	%255 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_l, i32 0, i32 1
	%256 = load float, float addrspace(3)* %255
	%257 = fadd float %254, %256
	%258 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_l, i32 0, i32 2
	%259 = load float, float addrspace(3)* %258
	%260 = fadd float %257, %259
	%261 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_l, i32 0, i32 3
	%262 = load float, float addrspace(3)* %261
	%263 = fadd float %260, %262
	%264 = fcmp ogt float %263, 0.0
	%265 = fdiv float 1.0, %263
	%266 = select i1 %264, float %265, float 0.0
	br label %267

267:
	%268 = phi i32 [ %0, %231 ], [ %294, %270 ]
	%269 = icmp slt i32 %268, 128
	br i1 %269, label %270, label %295

270:
	%271 = add i32 0, %268
	%272 = getelementptr [512 x float], [512 x float] addrspace(3)* @$K_acc, i32 0, i32 %271
	%273 = load float, float addrspace(3)* %272
	%274 = fadd float 0.0, %273
	%275 = add i32 128, %268
	%276 = getelementptr [512 x float], [512 x float] addrspace(3)* @$K_acc, i32 0, i32 %275
	%277 = load float, float addrspace(3)* %276
	%278 = fadd float %274, %277
	%279 = add i32 256, %268
	%280 = getelementptr [512 x float], [512 x float] addrspace(3)* @$K_acc, i32 0, i32 %279
	%281 = load float, float addrspace(3)* %280
	%282 = fadd float %278, %281
	%283 = add i32 384, %268
	%284 = getelementptr [512 x float], [512 x float] addrspace(3)* @$K_acc, i32 0, i32 %283
	%285 = load float, float addrspace(3)* %284
	%286 = fadd float %282, %285
	%287 = fmul float %286, %266
	%288 = mul i32 %3, 128
	%289 = add i32 %288, %268
	%290 = sext i32 %289 to i64
	%291 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %287)
	%292 = trunc i32 %291 to i16
	%293 = getelementptr i16, i16* %out, i64 %290
	store i16 %292, i16* %293
	%294 = add i32 %268, 128
	br label %267

295:
	ret void
}
