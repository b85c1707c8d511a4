define ptx_kernel void @$K(i16* %x, float* %out, i32 %L, i32 %NT) {
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
