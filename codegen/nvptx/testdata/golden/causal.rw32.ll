; prefill
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@prefill_attn0_smem = internal addrspace(3) global [49152 x i8] undef, align 1024

define ptx_kernel void @prefill_attn0(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [49152 x i8] addrspace(3)* @prefill_attn0_smem to i32
	%1 = add i32 %0, u0x4000
	%2 = add i32 %0, u0x8000
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%4 = lshr i32 %3, 5
	%5 = and i32 %3, 31
	%6 = lshr i32 %5, 2
	%7 = and i32 %5, 3
	%8 = sub i32 %NQ, 1
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%10 = sub i32 %8, %9
	%11 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%12 = sdiv i32 %11, %group
	%13 = mul i32 %10, 64
	%14 = mul i32 %11, %M
	%15 = mul i32 %14, 128
	%16 = sext i32 %15 to i64
	%17 = getelementptr i16, i16* %q, i64 %16
	%18 = mul i32 %12, %N
	%19 = mul i32 %18, 128
	%20 = sext i32 %19 to i64
	%21 = getelementptr i16, i16* %k, i64 %20
	%22 = mul i32 %12, %N
	%23 = mul i32 %22, 128
	%24 = sext i32 %23 to i64
	%25 = getelementptr i16, i16* %v, i64 %24
	%26 = udiv i32 %11, %lh
	%27 = mul i32 %26, %NQ
	%28 = add i32 %27, %10
	%29 = mul i32 %28, 2
	%30 = mul i32 %29, %NK
	%31 = mul i32 %11, %ch
	%32 = mul i32 %31, %NQ
	%33 = add i32 %32, %10
	%34 = mul i32 %33, %NK
	%35 = add i32 %30, 0
	%36 = sext i32 %35 to i64
	%37 = getelementptr i32, i32* %list, i64 %36
	%38 = load i32, i32* %37
	%39 = icmp sgt i32 %NK, 0
	%40 = icmp sge i32 %38, 0
	%41 = and i1 %39, %40
	%42 = lshr i32 %3, 4
	%43 = and i32 %3, 15
	%44 = and i32 %42, 7
	%45 = xor i32 %43, %44
	%46 = mul i32 %42, 16
	%47 = add i32 %46, %45
	%48 = shl i32 %47, 4
	%49 = add i32 %2, %48
	%50 = add i32 %13, %42
	%51 = mul i32 %50, 128
	%52 = mul i32 %43, 8
	%53 = add i32 %51, %52
	%54 = sext i32 %53 to i64
	%55 = getelementptr i16, i16* %17, i64 %54
	%56 = add i32 %50, 0
	%57 = icmp slt i32 %56, %M
	%58 = getelementptr i16, i16* %55, i64 0
	%59 = select i1 %57, i16* %58, i16* %17
	%60 = add i32 %49, 0
	%61 = select i1 %57, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %60, i16* %59, i32 %61)
	%62 = add i32 %50, 4
	%63 = icmp slt i32 %62, %M
	%64 = getelementptr i16, i16* %55, i64 512
	%65 = select i1 %63, i16* %64, i16* %17
	%66 = add i32 %42, 4
	%67 = and i32 %66, 7
	%68 = xor i32 %43, %67
	%69 = mul i32 %66, 16
	%70 = add i32 %69, %68
	%71 = shl i32 %70, 4
	%72 = add i32 %2, %71
	%73 = select i1 %63, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %72, i16* %65, i32 %73)
	%74 = add i32 %50, 8
	%75 = icmp slt i32 %74, %M
	%76 = getelementptr i16, i16* %55, i64 1024
	%77 = select i1 %75, i16* %76, i16* %17
	%78 = add i32 %42, 8
	%79 = and i32 %78, 7
	%80 = xor i32 %43, %79
	%81 = mul i32 %78, 16
	%82 = add i32 %81, %80
	%83 = shl i32 %82, 4
	%84 = add i32 %2, %83
	%85 = select i1 %75, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %84, i16* %77, i32 %85)
	%86 = add i32 %50, 12
	%87 = icmp slt i32 %86, %M
	%88 = getelementptr i16, i16* %55, i64 1536
	%89 = select i1 %87, i16* %88, i16* %17
	%90 = add i32 %42, 12
	%91 = and i32 %90, 7
	%92 = xor i32 %43, %91
	%93 = mul i32 %90, 16
	%94 = add i32 %93, %92
	%95 = shl i32 %94, 4
	%96 = add i32 %2, %95
	%97 = select i1 %87, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %96, i16* %89, i32 %97)
	%98 = add i32 %50, 16
	%99 = icmp slt i32 %98, %M
	%100 = getelementptr i16, i16* %55, i64 2048
	%101 = select i1 %99, i16* %100, i16* %17
	%102 = add i32 %42, 16
	%103 = and i32 %102, 7
	%104 = xor i32 %43, %103
	%105 = mul i32 %102, 16
	%106 = add i32 %105, %104
	%107 = shl i32 %106, 4
	%108 = add i32 %2, %107
	%109 = select i1 %99, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %108, i16* %101, i32 %109)
	%110 = add i32 %50, 20
	%111 = icmp slt i32 %110, %M
	%112 = getelementptr i16, i16* %55, i64 2560
	%113 = select i1 %111, i16* %112, i16* %17
	%114 = add i32 %42, 20
	%115 = and i32 %114, 7
	%116 = xor i32 %43, %115
	%117 = mul i32 %114, 16
	%118 = add i32 %117, %116
	%119 = shl i32 %118, 4
	%120 = add i32 %2, %119
	%121 = select i1 %111, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %120, i16* %113, i32 %121)
	%122 = add i32 %50, 24
	%123 = icmp slt i32 %122, %M
	%124 = getelementptr i16, i16* %55, i64 3072
	%125 = select i1 %123, i16* %124, i16* %17
	%126 = add i32 %42, 24
	%127 = and i32 %126, 7
	%128 = xor i32 %43, %127
	%129 = mul i32 %126, 16
	%130 = add i32 %129, %128
	%131 = shl i32 %130, 4
	%132 = add i32 %2, %131
	%133 = select i1 %123, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %132, i16* %125, i32 %133)
	%134 = add i32 %50, 28
	%135 = icmp slt i32 %134, %M
	%136 = getelementptr i16, i16* %55, i64 3584
	%137 = select i1 %135, i16* %136, i16* %17
	%138 = add i32 %42, 28
	%139 = and i32 %138, 7
	%140 = xor i32 %43, %139
	%141 = mul i32 %138, 16
	%142 = add i32 %141, %140
	%143 = shl i32 %142, 4
	%144 = add i32 %2, %143
	%145 = select i1 %135, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %144, i16* %137, i32 %145)
	%146 = add i32 %50, 32
	%147 = icmp slt i32 %146, %M
	%148 = getelementptr i16, i16* %55, i64 u0x1000
	%149 = select i1 %147, i16* %148, i16* %17
	%150 = add i32 %42, 32
	%151 = and i32 %150, 7
	%152 = xor i32 %43, %151
	%153 = mul i32 %150, 16
	%154 = add i32 %153, %152
	%155 = shl i32 %154, 4
	%156 = add i32 %2, %155
	%157 = select i1 %147, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %156, i16* %149, i32 %157)
	%158 = add i32 %50, 36
	%159 = icmp slt i32 %158, %M
	%160 = getelementptr i16, i16* %55, i64 4608
	%161 = select i1 %159, i16* %160, i16* %17
	%162 = add i32 %42, 36
	%163 = and i32 %162, 7
	%164 = xor i32 %43, %163
	%165 = mul i32 %162, 16
	%166 = add i32 %165, %164
	%167 = shl i32 %166, 4
	%168 = add i32 %2, %167
	%169 = select i1 %159, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %168, i16* %161, i32 %169)
	%170 = add i32 %50, 40
	%171 = icmp slt i32 %170, %M
	%172 = getelementptr i16, i16* %55, i64 5120
	%173 = select i1 %171, i16* %172, i16* %17
	%174 = add i32 %42, 40
	%175 = and i32 %174, 7
	%176 = xor i32 %43, %175
	%177 = mul i32 %174, 16
	%178 = add i32 %177, %176
	%179 = shl i32 %178, 4
	%180 = add i32 %2, %179
	%181 = select i1 %171, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %180, i16* %173, i32 %181)
	%182 = add i32 %50, 44
	%183 = icmp slt i32 %182, %M
	%184 = getelementptr i16, i16* %55, i64 5632
	%185 = select i1 %183, i16* %184, i16* %17
	%186 = add i32 %42, 44
	%187 = and i32 %186, 7
	%188 = xor i32 %43, %187
	%189 = mul i32 %186, 16
	%190 = add i32 %189, %188
	%191 = shl i32 %190, 4
	%192 = add i32 %2, %191
	%193 = select i1 %183, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %192, i16* %185, i32 %193)
	%194 = add i32 %50, 48
	%195 = icmp slt i32 %194, %M
	%196 = getelementptr i16, i16* %55, i64 6144
	%197 = select i1 %195, i16* %196, i16* %17
	%198 = add i32 %42, 48
	%199 = and i32 %198, 7
	%200 = xor i32 %43, %199
	%201 = mul i32 %198, 16
	%202 = add i32 %201, %200
	%203 = shl i32 %202, 4
	%204 = add i32 %2, %203
	%205 = select i1 %195, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %204, i16* %197, i32 %205)
	%206 = add i32 %50, 52
	%207 = icmp slt i32 %206, %M
	%208 = getelementptr i16, i16* %55, i64 6656
	%209 = select i1 %207, i16* %208, i16* %17
	%210 = add i32 %42, 52
	%211 = and i32 %210, 7
	%212 = xor i32 %43, %211
	%213 = mul i32 %210, 16
	%214 = add i32 %213, %212
	%215 = shl i32 %214, 4
	%216 = add i32 %2, %215
	%217 = select i1 %207, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %216, i16* %209, i32 %217)
	%218 = add i32 %50, 56
	%219 = icmp slt i32 %218, %M
	%220 = getelementptr i16, i16* %55, i64 7168
	%221 = select i1 %219, i16* %220, i16* %17
	%222 = add i32 %42, 56
	%223 = and i32 %222, 7
	%224 = xor i32 %43, %223
	%225 = mul i32 %222, 16
	%226 = add i32 %225, %224
	%227 = shl i32 %226, 4
	%228 = add i32 %2, %227
	%229 = select i1 %219, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %228, i16* %221, i32 %229)
	%230 = add i32 %50, 60
	%231 = icmp slt i32 %230, %M
	%232 = getelementptr i16, i16* %55, i64 7680
	%233 = select i1 %231, i16* %232, i16* %17
	%234 = add i32 %42, 60
	%235 = and i32 %234, 7
	%236 = xor i32 %43, %235
	%237 = mul i32 %234, 16
	%238 = add i32 %237, %236
	%239 = shl i32 %238, 4
	%240 = add i32 %2, %239
	%241 = select i1 %231, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %240, i16* %233, i32 %241)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %41, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%242 = and i32 %5, 7
	%243 = lshr i32 %5, 3
	%244 = and i32 %243, 1
	%245 = shl i32 %244, 3
	%246 = add i32 %242, %245
	%247 = lshr i32 %5, 4
	%248 = mul i32 %4, 32
	%249 = add i32 %246, 0
	%250 = add i32 %248, %249
	%251 = mul i32 %250, 256
	%252 = add i32 %2, %251
	%253 = and i32 %5, 7
	%254 = xor i32 %247, %253
	%255 = shl i32 %254, 4
	%256 = add i32 %252, %255
	%257 = mul i32 %4, 32
	%258 = add i32 %246, 16
	%259 = add i32 %257, %258
	%260 = mul i32 %259, 256
	%261 = add i32 %2, %260
	%262 = and i32 %5, 7
	%263 = xor i32 %247, %262
	%264 = shl i32 %263, 4
	%265 = add i32 %261, %264
	%266 = mul i32 %38, 64
	%267 = lshr i32 %3, 4
	%268 = and i32 %3, 15
	%269 = and i32 %267, 7
	%270 = xor i32 %268, %269
	%271 = mul i32 %267, 16
	%272 = add i32 %271, %270
	%273 = shl i32 %272, 4
	%274 = add i32 %0, %273
	%275 = add i32 %266, %267
	%276 = mul i32 %275, 128
	%277 = mul i32 %268, 8
	%278 = add i32 %276, %277
	%279 = sext i32 %278 to i64
	%280 = getelementptr i16, i16* %21, i64 %279
	%281 = add i32 %275, 0
	%282 = icmp slt i32 %281, %N
	%283 = getelementptr i16, i16* %280, i64 0
	%284 = select i1 %282, i16* %283, i16* %21
	%285 = add i32 %274, 0
	%286 = select i1 %282, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %285, i16* %284, i32 %286)
	%287 = add i32 %275, 4
	%288 = icmp slt i32 %287, %N
	%289 = getelementptr i16, i16* %280, i64 512
	%290 = select i1 %288, i16* %289, i16* %21
	%291 = add i32 %267, 4
	%292 = and i32 %291, 7
	%293 = xor i32 %268, %292
	%294 = mul i32 %291, 16
	%295 = add i32 %294, %293
	%296 = shl i32 %295, 4
	%297 = add i32 %0, %296
	%298 = select i1 %288, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %297, i16* %290, i32 %298)
	%299 = add i32 %275, 8
	%300 = icmp slt i32 %299, %N
	%301 = getelementptr i16, i16* %280, i64 1024
	%302 = select i1 %300, i16* %301, i16* %21
	%303 = add i32 %267, 8
	%304 = and i32 %303, 7
	%305 = xor i32 %268, %304
	%306 = mul i32 %303, 16
	%307 = add i32 %306, %305
	%308 = shl i32 %307, 4
	%309 = add i32 %0, %308
	%310 = select i1 %300, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %309, i16* %302, i32 %310)
	%311 = add i32 %275, 12
	%312 = icmp slt i32 %311, %N
	%313 = getelementptr i16, i16* %280, i64 1536
	%314 = select i1 %312, i16* %313, i16* %21
	%315 = add i32 %267, 12
	%316 = and i32 %315, 7
	%317 = xor i32 %268, %316
	%318 = mul i32 %315, 16
	%319 = add i32 %318, %317
	%320 = shl i32 %319, 4
	%321 = add i32 %0, %320
	%322 = select i1 %312, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %321, i16* %314, i32 %322)
	%323 = add i32 %275, 16
	%324 = icmp slt i32 %323, %N
	%325 = getelementptr i16, i16* %280, i64 2048
	%326 = select i1 %324, i16* %325, i16* %21
	%327 = add i32 %267, 16
	%328 = and i32 %327, 7
	%329 = xor i32 %268, %328
	%330 = mul i32 %327, 16
	%331 = add i32 %330, %329
	%332 = shl i32 %331, 4
	%333 = add i32 %0, %332
	%334 = select i1 %324, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %333, i16* %326, i32 %334)
	%335 = add i32 %275, 20
	%336 = icmp slt i32 %335, %N
	%337 = getelementptr i16, i16* %280, i64 2560
	%338 = select i1 %336, i16* %337, i16* %21
	%339 = add i32 %267, 20
	%340 = and i32 %339, 7
	%341 = xor i32 %268, %340
	%342 = mul i32 %339, 16
	%343 = add i32 %342, %341
	%344 = shl i32 %343, 4
	%345 = add i32 %0, %344
	%346 = select i1 %336, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %345, i16* %338, i32 %346)
	%347 = add i32 %275, 24
	%348 = icmp slt i32 %347, %N
	%349 = getelementptr i16, i16* %280, i64 3072
	%350 = select i1 %348, i16* %349, i16* %21
	%351 = add i32 %267, 24
	%352 = and i32 %351, 7
	%353 = xor i32 %268, %352
	%354 = mul i32 %351, 16
	%355 = add i32 %354, %353
	%356 = shl i32 %355, 4
	%357 = add i32 %0, %356
	%358 = select i1 %348, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %357, i16* %350, i32 %358)
	%359 = add i32 %275, 28
	%360 = icmp slt i32 %359, %N
	%361 = getelementptr i16, i16* %280, i64 3584
	%362 = select i1 %360, i16* %361, i16* %21
	%363 = add i32 %267, 28
	%364 = and i32 %363, 7
	%365 = xor i32 %268, %364
	%366 = mul i32 %363, 16
	%367 = add i32 %366, %365
	%368 = shl i32 %367, 4
	%369 = add i32 %0, %368
	%370 = select i1 %360, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %369, i16* %362, i32 %370)
	%371 = add i32 %275, 32
	%372 = icmp slt i32 %371, %N
	%373 = getelementptr i16, i16* %280, i64 u0x1000
	%374 = select i1 %372, i16* %373, i16* %21
	%375 = add i32 %267, 32
	%376 = and i32 %375, 7
	%377 = xor i32 %268, %376
	%378 = mul i32 %375, 16
	%379 = add i32 %378, %377
	%380 = shl i32 %379, 4
	%381 = add i32 %0, %380
	%382 = select i1 %372, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %381, i16* %374, i32 %382)
	%383 = add i32 %275, 36
	%384 = icmp slt i32 %383, %N
	%385 = getelementptr i16, i16* %280, i64 4608
	%386 = select i1 %384, i16* %385, i16* %21
	%387 = add i32 %267, 36
	%388 = and i32 %387, 7
	%389 = xor i32 %268, %388
	%390 = mul i32 %387, 16
	%391 = add i32 %390, %389
	%392 = shl i32 %391, 4
	%393 = add i32 %0, %392
	%394 = select i1 %384, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %393, i16* %386, i32 %394)
	%395 = add i32 %275, 40
	%396 = icmp slt i32 %395, %N
	%397 = getelementptr i16, i16* %280, i64 5120
	%398 = select i1 %396, i16* %397, i16* %21
	%399 = add i32 %267, 40
	%400 = and i32 %399, 7
	%401 = xor i32 %268, %400
	%402 = mul i32 %399, 16
	%403 = add i32 %402, %401
	%404 = shl i32 %403, 4
	%405 = add i32 %0, %404
	%406 = select i1 %396, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %405, i16* %398, i32 %406)
	%407 = add i32 %275, 44
	%408 = icmp slt i32 %407, %N
	%409 = getelementptr i16, i16* %280, i64 5632
	%410 = select i1 %408, i16* %409, i16* %21
	%411 = add i32 %267, 44
	%412 = and i32 %411, 7
	%413 = xor i32 %268, %412
	%414 = mul i32 %411, 16
	%415 = add i32 %414, %413
	%416 = shl i32 %415, 4
	%417 = add i32 %0, %416
	%418 = select i1 %408, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %417, i16* %410, i32 %418)
	%419 = add i32 %275, 48
	%420 = icmp slt i32 %419, %N
	%421 = getelementptr i16, i16* %280, i64 6144
	%422 = select i1 %420, i16* %421, i16* %21
	%423 = add i32 %267, 48
	%424 = and i32 %423, 7
	%425 = xor i32 %268, %424
	%426 = mul i32 %423, 16
	%427 = add i32 %426, %425
	%428 = shl i32 %427, 4
	%429 = add i32 %0, %428
	%430 = select i1 %420, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %429, i16* %422, i32 %430)
	%431 = add i32 %275, 52
	%432 = icmp slt i32 %431, %N
	%433 = getelementptr i16, i16* %280, i64 6656
	%434 = select i1 %432, i16* %433, i16* %21
	%435 = add i32 %267, 52
	%436 = and i32 %435, 7
	%437 = xor i32 %268, %436
	%438 = mul i32 %435, 16
	%439 = add i32 %438, %437
	%440 = shl i32 %439, 4
	%441 = add i32 %0, %440
	%442 = select i1 %432, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %441, i16* %434, i32 %442)
	%443 = add i32 %275, 56
	%444 = icmp slt i32 %443, %N
	%445 = getelementptr i16, i16* %280, i64 7168
	%446 = select i1 %444, i16* %445, i16* %21
	%447 = add i32 %267, 56
	%448 = and i32 %447, 7
	%449 = xor i32 %268, %448
	%450 = mul i32 %447, 16
	%451 = add i32 %450, %449
	%452 = shl i32 %451, 4
	%453 = add i32 %0, %452
	%454 = select i1 %444, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %453, i16* %446, i32 %454)
	%455 = add i32 %275, 60
	%456 = icmp slt i32 %455, %N
	%457 = getelementptr i16, i16* %280, i64 7680
	%458 = select i1 %456, i16* %457, i16* %21
	%459 = add i32 %267, 60
	%460 = and i32 %459, 7
	%461 = xor i32 %268, %460
	%462 = mul i32 %459, 16
	%463 = add i32 %462, %461
	%464 = shl i32 %463, 4
	%465 = add i32 %0, %464
	%466 = select i1 %456, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %465, i16* %458, i32 %466)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%467 = phi i32 [ 0, %prologue ], [ %806, %3240 ]
	%468 = phi i32 [ %38, %prologue ], [ %813, %3240 ]
	%469 = phi float [ 0.0, %prologue ], [ %4280, %3240 ]
	%470 = phi float [ 0.0, %prologue ], [ %4281, %3240 ]
	%471 = phi float [ 0.0, %prologue ], [ %4282, %3240 ]
	%472 = phi float [ 0.0, %prologue ], [ %4283, %3240 ]
	%473 = phi float [ 0.0, %prologue ], [ %4285, %3240 ]
	%474 = phi float [ 0.0, %prologue ], [ %4286, %3240 ]
	%475 = phi float [ 0.0, %prologue ], [ %4287, %3240 ]
	%476 = phi float [ 0.0, %prologue ], [ %4288, %3240 ]
	%477 = phi float [ 0.0, %prologue ], [ %4307, %3240 ]
	%478 = phi float [ 0.0, %prologue ], [ %4308, %3240 ]
	%479 = phi float [ 0.0, %prologue ], [ %4309, %3240 ]
	%480 = phi float [ 0.0, %prologue ], [ %4310, %3240 ]
	%481 = phi float [ 0.0, %prologue ], [ %4312, %3240 ]
	%482 = phi float [ 0.0, %prologue ], [ %4313, %3240 ]
	%483 = phi float [ 0.0, %prologue ], [ %4314, %3240 ]
	%484 = phi float [ 0.0, %prologue ], [ %4315, %3240 ]
	%485 = phi float [ 0.0, %prologue ], [ %4334, %3240 ]
	%486 = phi float [ 0.0, %prologue ], [ %4335, %3240 ]
	%487 = phi float [ 0.0, %prologue ], [ %4336, %3240 ]
	%488 = phi float [ 0.0, %prologue ], [ %4337, %3240 ]
	%489 = phi float [ 0.0, %prologue ], [ %4339, %3240 ]
	%490 = phi float [ 0.0, %prologue ], [ %4340, %3240 ]
	%491 = phi float [ 0.0, %prologue ], [ %4341, %3240 ]
	%492 = phi float [ 0.0, %prologue ], [ %4342, %3240 ]
	%493 = phi float [ 0.0, %prologue ], [ %4361, %3240 ]
	%494 = phi float [ 0.0, %prologue ], [ %4362, %3240 ]
	%495 = phi float [ 0.0, %prologue ], [ %4363, %3240 ]
	%496 = phi float [ 0.0, %prologue ], [ %4364, %3240 ]
	%497 = phi float [ 0.0, %prologue ], [ %4366, %3240 ]
	%498 = phi float [ 0.0, %prologue ], [ %4367, %3240 ]
	%499 = phi float [ 0.0, %prologue ], [ %4368, %3240 ]
	%500 = phi float [ 0.0, %prologue ], [ %4369, %3240 ]
	%501 = phi float [ 0.0, %prologue ], [ %4388, %3240 ]
	%502 = phi float [ 0.0, %prologue ], [ %4389, %3240 ]
	%503 = phi float [ 0.0, %prologue ], [ %4390, %3240 ]
	%504 = phi float [ 0.0, %prologue ], [ %4391, %3240 ]
	%505 = phi float [ 0.0, %prologue ], [ %4393, %3240 ]
	%506 = phi float [ 0.0, %prologue ], [ %4394, %3240 ]
	%507 = phi float [ 0.0, %prologue ], [ %4395, %3240 ]
	%508 = phi float [ 0.0, %prologue ], [ %4396, %3240 ]
	%509 = phi float [ 0.0, %prologue ], [ %4415, %3240 ]
	%510 = phi float [ 0.0, %prologue ], [ %4416, %3240 ]
	%511 = phi float [ 0.0, %prologue ], [ %4417, %3240 ]
	%512 = phi float [ 0.0, %prologue ], [ %4418, %3240 ]
	%513 = phi float [ 0.0, %prologue ], [ %4420, %3240 ]
	%514 = phi float [ 0.0, %prologue ], [ %4421, %3240 ]
	%515 = phi float [ 0.0, %prologue ], [ %4422, %3240 ]
	%516 = phi float [ 0.0, %prologue ], [ %4423, %3240 ]
	%517 = phi float [ 0.0, %prologue ], [ %4442, %3240 ]
	%518 = phi float [ 0.0, %prologue ], [ %4443, %3240 ]
	%519 = phi float [ 0.0, %prologue ], [ %4444, %3240 ]
	%520 = phi float [ 0.0, %prologue ], [ %4445, %3240 ]
	%521 = phi float [ 0.0, %prologue ], [ %4447, %3240 ]
	%522 = phi float [ 0.0, %prologue ], [ %4448, %3240 ]
	%523 = phi float [ 0.0, %prologue ], [ %4449, %3240 ]
	%524 = phi float [ 0.0, %prologue ], [ %4450, %3240 ]
	%525 = phi float [ 0.0, %prologue ], [ %4469, %3240 ]
	%526 = phi float [ 0.0, %prologue ], [ %4470, %3240 ]
	%527 = phi float [ 0.0, %prologue ], [ %4471, %3240 ]
	%528 = phi float [ 0.0, %prologue ], [ %4472, %3240 ]
	%529 = phi float [ 0.0, %prologue ], [ %4474, %3240 ]
	%530 = phi float [ 0.0, %prologue ], [ %4475, %3240 ]
	%531 = phi float [ 0.0, %prologue ], [ %4476, %3240 ]
	%532 = phi float [ 0.0, %prologue ], [ %4477, %3240 ]
	%533 = phi float [ 0.0, %prologue ], [ %4290, %3240 ]
	%534 = phi float [ 0.0, %prologue ], [ %4291, %3240 ]
	%535 = phi float [ 0.0, %prologue ], [ %4292, %3240 ]
	%536 = phi float [ 0.0, %prologue ], [ %4293, %3240 ]
	%537 = phi float [ 0.0, %prologue ], [ %4295, %3240 ]
	%538 = phi float [ 0.0, %prologue ], [ %4296, %3240 ]
	%539 = phi float [ 0.0, %prologue ], [ %4297, %3240 ]
	%540 = phi float [ 0.0, %prologue ], [ %4298, %3240 ]
	%541 = phi float [ 0.0, %prologue ], [ %4317, %3240 ]
	%542 = phi float [ 0.0, %prologue ], [ %4318, %3240 ]
	%543 = phi float [ 0.0, %prologue ], [ %4319, %3240 ]
	%544 = phi float [ 0.0, %prologue ], [ %4320, %3240 ]
	%545 = phi float [ 0.0, %prologue ], [ %4322, %3240 ]
	%546 = phi float [ 0.0, %prologue ], [ %4323, %3240 ]
	%547 = phi float [ 0.0, %prologue ], [ %4324, %3240 ]
	%548 = phi float [ 0.0, %prologue ], [ %4325, %3240 ]
	%549 = phi float [ 0.0, %prologue ], [ %4344, %3240 ]
	%550 = phi float [ 0.0, %prologue ], [ %4345, %3240 ]
	%551 = phi float [ 0.0, %prologue ], [ %4346, %3240 ]
	%552 = phi float [ 0.0, %prologue ], [ %4347, %3240 ]
	%553 = phi float [ 0.0, %prologue ], [ %4349, %3240 ]
	%554 = phi float [ 0.0, %prologue ], [ %4350, %3240 ]
	%555 = phi float [ 0.0, %prologue ], [ %4351, %3240 ]
	%556 = phi float [ 0.0, %prologue ], [ %4352, %3240 ]
	%557 = phi float [ 0.0, %prologue ], [ %4371, %3240 ]
	%558 = phi float [ 0.0, %prologue ], [ %4372, %3240 ]
	%559 = phi float [ 0.0, %prologue ], [ %4373, %3240 ]
	%560 = phi float [ 0.0, %prologue ], [ %4374, %3240 ]
	%561 = phi float [ 0.0, %prologue ], [ %4376, %3240 ]
	%562 = phi float [ 0.0, %prologue ], [ %4377, %3240 ]
	%563 = phi float [ 0.0, %prologue ], [ %4378, %3240 ]
	%564 = phi float [ 0.0, %prologue ], [ %4379, %3240 ]
	%565 = phi float [ 0.0, %prologue ], [ %4398, %3240 ]
	%566 = phi float [ 0.0, %prologue ], [ %4399, %3240 ]
	%567 = phi float [ 0.0, %prologue ], [ %4400, %3240 ]
	%568 = phi float [ 0.0, %prologue ], [ %4401, %3240 ]
	%569 = phi float [ 0.0, %prologue ], [ %4403, %3240 ]
	%570 = phi float [ 0.0, %prologue ], [ %4404, %3240 ]
	%571 = phi float [ 0.0, %prologue ], [ %4405, %3240 ]
	%572 = phi float [ 0.0, %prologue ], [ %4406, %3240 ]
	%573 = phi float [ 0.0, %prologue ], [ %4425, %3240 ]
	%574 = phi float [ 0.0, %prologue ], [ %4426, %3240 ]
	%575 = phi float [ 0.0, %prologue ], [ %4427, %3240 ]
	%576 = phi float [ 0.0, %prologue ], [ %4428, %3240 ]
	%577 = phi float [ 0.0, %prologue ], [ %4430, %3240 ]
	%578 = phi float [ 0.0, %prologue ], [ %4431, %3240 ]
	%579 = phi float [ 0.0, %prologue ], [ %4432, %3240 ]
	%580 = phi float [ 0.0, %prologue ], [ %4433, %3240 ]
	%581 = phi float [ 0.0, %prologue ], [ %4452, %3240 ]
	%582 = phi float [ 0.0, %prologue ], [ %4453, %3240 ]
	%583 = phi float [ 0.0, %prologue ], [ %4454, %3240 ]
	%584 = phi float [ 0.0, %prologue ], [ %4455, %3240 ]
	%585 = phi float [ 0.0, %prologue ], [ %4457, %3240 ]
	%586 = phi float [ 0.0, %prologue ], [ %4458, %3240 ]
	%587 = phi float [ 0.0, %prologue ], [ %4459, %3240 ]
	%588 = phi float [ 0.0, %prologue ], [ %4460, %3240 ]
	%589 = phi float [ 0.0, %prologue ], [ %4479, %3240 ]
	%590 = phi float [ 0.0, %prologue ], [ %4480, %3240 ]
	%591 = phi float [ 0.0, %prologue ], [ %4481, %3240 ]
	%592 = phi float [ 0.0, %prologue ], [ %4482, %3240 ]
	%593 = phi float [ 0.0, %prologue ], [ %4484, %3240 ]
	%594 = phi float [ 0.0, %prologue ], [ %4485, %3240 ]
	%595 = phi float [ 0.0, %prologue ], [ %4486, %3240 ]
	%596 = phi float [ 0.0, %prologue ], [ %4487, %3240 ]
	%597 = phi float [ 0xFFF0000000000000, %prologue ], [ %3373, %3240 ]
	%598 = phi float [ 0.0, %prologue ], [ %3424, %3240 ]
	%599 = phi float [ 0xFFF0000000000000, %prologue ], [ %3425, %3240 ]
	%600 = phi float [ 0.0, %prologue ], [ %3476, %3240 ]
	%601 = phi float [ 0xFFF0000000000000, %prologue ], [ %3477, %3240 ]
	%602 = phi float [ 0.0, %prologue ], [ %3528, %3240 ]
	%603 = phi float [ 0xFFF0000000000000, %prologue ], [ %3529, %3240 ]
	%604 = phi float [ 0.0, %prologue ], [ %3580, %3240 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%605 = mul i32 %468, 64
	%606 = lshr i32 %3, 4
	%607 = and i32 %3, 15
	%608 = and i32 %606, 7
	%609 = xor i32 %607, %608
	%610 = mul i32 %606, 16
	%611 = add i32 %610, %609
	%612 = shl i32 %611, 4
	%613 = add i32 %1, %612
	%614 = add i32 %605, %606
	%615 = mul i32 %614, 128
	%616 = mul i32 %607, 8
	%617 = add i32 %615, %616
	%618 = sext i32 %617 to i64
	%619 = getelementptr i16, i16* %25, i64 %618
	%620 = add i32 %614, 0
	%621 = icmp slt i32 %620, %N
	%622 = getelementptr i16, i16* %619, i64 0
	%623 = select i1 %621, i16* %622, i16* %25
	%624 = add i32 %613, 0
	%625 = select i1 %621, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %624, i16* %623, i32 %625)
	%626 = add i32 %614, 4
	%627 = icmp slt i32 %626, %N
	%628 = getelementptr i16, i16* %619, i64 512
	%629 = select i1 %627, i16* %628, i16* %25
	%630 = add i32 %606, 4
	%631 = and i32 %630, 7
	%632 = xor i32 %607, %631
	%633 = mul i32 %630, 16
	%634 = add i32 %633, %632
	%635 = shl i32 %634, 4
	%636 = add i32 %1, %635
	%637 = select i1 %627, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %636, i16* %629, i32 %637)
	%638 = add i32 %614, 8
	%639 = icmp slt i32 %638, %N
	%640 = getelementptr i16, i16* %619, i64 1024
	%641 = select i1 %639, i16* %640, i16* %25
	%642 = add i32 %606, 8
	%643 = and i32 %642, 7
	%644 = xor i32 %607, %643
	%645 = mul i32 %642, 16
	%646 = add i32 %645, %644
	%647 = shl i32 %646, 4
	%648 = add i32 %1, %647
	%649 = select i1 %639, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %648, i16* %641, i32 %649)
	%650 = add i32 %614, 12
	%651 = icmp slt i32 %650, %N
	%652 = getelementptr i16, i16* %619, i64 1536
	%653 = select i1 %651, i16* %652, i16* %25
	%654 = add i32 %606, 12
	%655 = and i32 %654, 7
	%656 = xor i32 %607, %655
	%657 = mul i32 %654, 16
	%658 = add i32 %657, %656
	%659 = shl i32 %658, 4
	%660 = add i32 %1, %659
	%661 = select i1 %651, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %660, i16* %653, i32 %661)
	%662 = add i32 %614, 16
	%663 = icmp slt i32 %662, %N
	%664 = getelementptr i16, i16* %619, i64 2048
	%665 = select i1 %663, i16* %664, i16* %25
	%666 = add i32 %606, 16
	%667 = and i32 %666, 7
	%668 = xor i32 %607, %667
	%669 = mul i32 %666, 16
	%670 = add i32 %669, %668
	%671 = shl i32 %670, 4
	%672 = add i32 %1, %671
	%673 = select i1 %663, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %672, i16* %665, i32 %673)
	%674 = add i32 %614, 20
	%675 = icmp slt i32 %674, %N
	%676 = getelementptr i16, i16* %619, i64 2560
	%677 = select i1 %675, i16* %676, i16* %25
	%678 = add i32 %606, 20
	%679 = and i32 %678, 7
	%680 = xor i32 %607, %679
	%681 = mul i32 %678, 16
	%682 = add i32 %681, %680
	%683 = shl i32 %682, 4
	%684 = add i32 %1, %683
	%685 = select i1 %675, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %684, i16* %677, i32 %685)
	%686 = add i32 %614, 24
	%687 = icmp slt i32 %686, %N
	%688 = getelementptr i16, i16* %619, i64 3072
	%689 = select i1 %687, i16* %688, i16* %25
	%690 = add i32 %606, 24
	%691 = and i32 %690, 7
	%692 = xor i32 %607, %691
	%693 = mul i32 %690, 16
	%694 = add i32 %693, %692
	%695 = shl i32 %694, 4
	%696 = add i32 %1, %695
	%697 = select i1 %687, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %696, i16* %689, i32 %697)
	%698 = add i32 %614, 28
	%699 = icmp slt i32 %698, %N
	%700 = getelementptr i16, i16* %619, i64 3584
	%701 = select i1 %699, i16* %700, i16* %25
	%702 = add i32 %606, 28
	%703 = and i32 %702, 7
	%704 = xor i32 %607, %703
	%705 = mul i32 %702, 16
	%706 = add i32 %705, %704
	%707 = shl i32 %706, 4
	%708 = add i32 %1, %707
	%709 = select i1 %699, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %708, i16* %701, i32 %709)
	%710 = add i32 %614, 32
	%711 = icmp slt i32 %710, %N
	%712 = getelementptr i16, i16* %619, i64 u0x1000
	%713 = select i1 %711, i16* %712, i16* %25
	%714 = add i32 %606, 32
	%715 = and i32 %714, 7
	%716 = xor i32 %607, %715
	%717 = mul i32 %714, 16
	%718 = add i32 %717, %716
	%719 = shl i32 %718, 4
	%720 = add i32 %1, %719
	%721 = select i1 %711, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %720, i16* %713, i32 %721)
	%722 = add i32 %614, 36
	%723 = icmp slt i32 %722, %N
	%724 = getelementptr i16, i16* %619, i64 4608
	%725 = select i1 %723, i16* %724, i16* %25
	%726 = add i32 %606, 36
	%727 = and i32 %726, 7
	%728 = xor i32 %607, %727
	%729 = mul i32 %726, 16
	%730 = add i32 %729, %728
	%731 = shl i32 %730, 4
	%732 = add i32 %1, %731
	%733 = select i1 %723, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %732, i16* %725, i32 %733)
	%734 = add i32 %614, 40
	%735 = icmp slt i32 %734, %N
	%736 = getelementptr i16, i16* %619, i64 5120
	%737 = select i1 %735, i16* %736, i16* %25
	%738 = add i32 %606, 40
	%739 = and i32 %738, 7
	%740 = xor i32 %607, %739
	%741 = mul i32 %738, 16
	%742 = add i32 %741, %740
	%743 = shl i32 %742, 4
	%744 = add i32 %1, %743
	%745 = select i1 %735, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %744, i16* %737, i32 %745)
	%746 = add i32 %614, 44
	%747 = icmp slt i32 %746, %N
	%748 = getelementptr i16, i16* %619, i64 5632
	%749 = select i1 %747, i16* %748, i16* %25
	%750 = add i32 %606, 44
	%751 = and i32 %750, 7
	%752 = xor i32 %607, %751
	%753 = mul i32 %750, 16
	%754 = add i32 %753, %752
	%755 = shl i32 %754, 4
	%756 = add i32 %1, %755
	%757 = select i1 %747, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %756, i16* %749, i32 %757)
	%758 = add i32 %614, 48
	%759 = icmp slt i32 %758, %N
	%760 = getelementptr i16, i16* %619, i64 6144
	%761 = select i1 %759, i16* %760, i16* %25
	%762 = add i32 %606, 48
	%763 = and i32 %762, 7
	%764 = xor i32 %607, %763
	%765 = mul i32 %762, 16
	%766 = add i32 %765, %764
	%767 = shl i32 %766, 4
	%768 = add i32 %1, %767
	%769 = select i1 %759, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %768, i16* %761, i32 %769)
	%770 = add i32 %614, 52
	%771 = icmp slt i32 %770, %N
	%772 = getelementptr i16, i16* %619, i64 6656
	%773 = select i1 %771, i16* %772, i16* %25
	%774 = add i32 %606, 52
	%775 = and i32 %774, 7
	%776 = xor i32 %607, %775
	%777 = mul i32 %774, 16
	%778 = add i32 %777, %776
	%779 = shl i32 %778, 4
	%780 = add i32 %1, %779
	%781 = select i1 %771, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %780, i16* %773, i32 %781)
	%782 = add i32 %614, 56
	%783 = icmp slt i32 %782, %N
	%784 = getelementptr i16, i16* %619, i64 7168
	%785 = select i1 %783, i16* %784, i16* %25
	%786 = add i32 %606, 56
	%787 = and i32 %786, 7
	%788 = xor i32 %607, %787
	%789 = mul i32 %786, 16
	%790 = add i32 %789, %788
	%791 = shl i32 %790, 4
	%792 = add i32 %1, %791
	%793 = select i1 %783, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %792, i16* %785, i32 %793)
	%794 = add i32 %614, 60
	%795 = icmp slt i32 %794, %N
	%796 = getelementptr i16, i16* %619, i64 7680
	%797 = select i1 %795, i16* %796, i16* %25
	%798 = add i32 %606, 60
	%799 = and i32 %798, 7
	%800 = xor i32 %607, %799
	%801 = mul i32 %798, 16
	%802 = add i32 %801, %800
	%803 = shl i32 %802, 4
	%804 = add i32 %1, %803
	%805 = select i1 %795, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %804, i16* %797, i32 %805)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%806 = add i32 %467, 1
	%807 = icmp slt i32 %806, %NK
	%808 = select i1 %807, i32 %806, i32 0
	%809 = add i32 %30, %808
	%810 = sext i32 %809 to i64
	%811 = getelementptr i32, i32* %list, i64 %810
	%812 = load i32, i32* %811
	%813 = select i1 %807, i32 %812, i32 -1
	%814 = icmp sge i32 %813, 0
	%815 = xor i32 %256, 0
	%816 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %815)
	%817 = extractvalue { i32, i32, i32, i32 } %816, 0
	%818 = extractvalue { i32, i32, i32, i32 } %816, 1
	%819 = extractvalue { i32, i32, i32, i32 } %816, 2
	%820 = extractvalue { i32, i32, i32, i32 } %816, 3
	%821 = xor i32 %256, 32
	%822 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %821)
	%823 = extractvalue { i32, i32, i32, i32 } %822, 0
	%824 = extractvalue { i32, i32, i32, i32 } %822, 1
	%825 = extractvalue { i32, i32, i32, i32 } %822, 2
	%826 = extractvalue { i32, i32, i32, i32 } %822, 3
	%827 = xor i32 %256, 64
	%828 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %827)
	%829 = extractvalue { i32, i32, i32, i32 } %828, 0
	%830 = extractvalue { i32, i32, i32, i32 } %828, 1
	%831 = extractvalue { i32, i32, i32, i32 } %828, 2
	%832 = extractvalue { i32, i32, i32, i32 } %828, 3
	%833 = xor i32 %256, 96
	%834 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %833)
	%835 = extractvalue { i32, i32, i32, i32 } %834, 0
	%836 = extractvalue { i32, i32, i32, i32 } %834, 1
	%837 = extractvalue { i32, i32, i32, i32 } %834, 2
	%838 = extractvalue { i32, i32, i32, i32 } %834, 3
	%839 = xor i32 %256, 128
	%840 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %839)
	%841 = extractvalue { i32, i32, i32, i32 } %840, 0
	%842 = extractvalue { i32, i32, i32, i32 } %840, 1
	%843 = extractvalue { i32, i32, i32, i32 } %840, 2
	%844 = extractvalue { i32, i32, i32, i32 } %840, 3
	%845 = xor i32 %256, 160
	%846 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %845)
	%847 = extractvalue { i32, i32, i32, i32 } %846, 0
	%848 = extractvalue { i32, i32, i32, i32 } %846, 1
	%849 = extractvalue { i32, i32, i32, i32 } %846, 2
	%850 = extractvalue { i32, i32, i32, i32 } %846, 3
	%851 = xor i32 %256, 192
	%852 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %851)
	%853 = extractvalue { i32, i32, i32, i32 } %852, 0
	%854 = extractvalue { i32, i32, i32, i32 } %852, 1
	%855 = extractvalue { i32, i32, i32, i32 } %852, 2
	%856 = extractvalue { i32, i32, i32, i32 } %852, 3
	%857 = xor i32 %256, 224
	%858 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %857)
	%859 = extractvalue { i32, i32, i32, i32 } %858, 0
	%860 = extractvalue { i32, i32, i32, i32 } %858, 1
	%861 = extractvalue { i32, i32, i32, i32 } %858, 2
	%862 = extractvalue { i32, i32, i32, i32 } %858, 3
	%863 = xor i32 %265, 0
	%864 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %863)
	%865 = extractvalue { i32, i32, i32, i32 } %864, 0
	%866 = extractvalue { i32, i32, i32, i32 } %864, 1
	%867 = extractvalue { i32, i32, i32, i32 } %864, 2
	%868 = extractvalue { i32, i32, i32, i32 } %864, 3
	%869 = xor i32 %265, 32
	%870 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %869)
	%871 = extractvalue { i32, i32, i32, i32 } %870, 0
	%872 = extractvalue { i32, i32, i32, i32 } %870, 1
	%873 = extractvalue { i32, i32, i32, i32 } %870, 2
	%874 = extractvalue { i32, i32, i32, i32 } %870, 3
	%875 = xor i32 %265, 64
	%876 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %875)
	%877 = extractvalue { i32, i32, i32, i32 } %876, 0
	%878 = extractvalue { i32, i32, i32, i32 } %876, 1
	%879 = extractvalue { i32, i32, i32, i32 } %876, 2
	%880 = extractvalue { i32, i32, i32, i32 } %876, 3
	%881 = xor i32 %265, 96
	%882 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %881)
	%883 = extractvalue { i32, i32, i32, i32 } %882, 0
	%884 = extractvalue { i32, i32, i32, i32 } %882, 1
	%885 = extractvalue { i32, i32, i32, i32 } %882, 2
	%886 = extractvalue { i32, i32, i32, i32 } %882, 3
	%887 = xor i32 %265, 128
	%888 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %887)
	%889 = extractvalue { i32, i32, i32, i32 } %888, 0
	%890 = extractvalue { i32, i32, i32, i32 } %888, 1
	%891 = extractvalue { i32, i32, i32, i32 } %888, 2
	%892 = extractvalue { i32, i32, i32, i32 } %888, 3
	%893 = xor i32 %265, 160
	%894 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %893)
	%895 = extractvalue { i32, i32, i32, i32 } %894, 0
	%896 = extractvalue { i32, i32, i32, i32 } %894, 1
	%897 = extractvalue { i32, i32, i32, i32 } %894, 2
	%898 = extractvalue { i32, i32, i32, i32 } %894, 3
	%899 = xor i32 %265, 192
	%900 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %899)
	%901 = extractvalue { i32, i32, i32, i32 } %900, 0
	%902 = extractvalue { i32, i32, i32, i32 } %900, 1
	%903 = extractvalue { i32, i32, i32, i32 } %900, 2
	%904 = extractvalue { i32, i32, i32, i32 } %900, 3
	%905 = xor i32 %265, 224
	%906 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %905)
	%907 = extractvalue { i32, i32, i32, i32 } %906, 0
	%908 = extractvalue { i32, i32, i32, i32 } %906, 1
	%909 = extractvalue { i32, i32, i32, i32 } %906, 2
	%910 = extractvalue { i32, i32, i32, i32 } %906, 3
	%911 = and i32 %5, 7
	%912 = shl i32 %247, 3
	%913 = add i32 %911, %912
	%914 = lshr i32 %5, 3
	%915 = and i32 %914, 1
	%916 = mul i32 %913, 256
	%917 = add i32 %0, %916
	%918 = and i32 %5, 7
	%919 = xor i32 %915, %918
	%920 = shl i32 %919, 4
	%921 = add i32 %917, %920
	%922 = xor i32 %921, 0
	%923 = add i32 %922, 0
	%924 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %923)
	%925 = extractvalue { i32, i32, i32, i32 } %924, 0
	%926 = extractvalue { i32, i32, i32, i32 } %924, 1
	%927 = extractvalue { i32, i32, i32, i32 } %924, 2
	%928 = extractvalue { i32, i32, i32, i32 } %924, 3
	%929 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %817, i32 %818, i32 %819, i32 %820, i32 %925, i32 %926, float 0.0, float 0.0, float 0.0, float 0.0)
	%930 = extractvalue { float, float, float, float } %929, 0
	%931 = extractvalue { float, float, float, float } %929, 1
	%932 = extractvalue { float, float, float, float } %929, 2
	%933 = extractvalue { float, float, float, float } %929, 3
	%934 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %817, i32 %818, i32 %819, i32 %820, i32 %927, i32 %928, float 0.0, float 0.0, float 0.0, float 0.0)
	%935 = extractvalue { float, float, float, float } %934, 0
	%936 = extractvalue { float, float, float, float } %934, 1
	%937 = extractvalue { float, float, float, float } %934, 2
	%938 = extractvalue { float, float, float, float } %934, 3
	%939 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %865, i32 %866, i32 %867, i32 %868, i32 %925, i32 %926, float 0.0, float 0.0, float 0.0, float 0.0)
	%940 = extractvalue { float, float, float, float } %939, 0
	%941 = extractvalue { float, float, float, float } %939, 1
	%942 = extractvalue { float, float, float, float } %939, 2
	%943 = extractvalue { float, float, float, float } %939, 3
	%944 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %865, i32 %866, i32 %867, i32 %868, i32 %927, i32 %928, float 0.0, float 0.0, float 0.0, float 0.0)
	%945 = extractvalue { float, float, float, float } %944, 0
	%946 = extractvalue { float, float, float, float } %944, 1
	%947 = extractvalue { float, float, float, float } %944, 2
	%948 = extractvalue { float, float, float, float } %944, 3
	%949 = add i32 %922, u0x1000
	%950 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %949)
	%951 = extractvalue { i32, i32, i32, i32 } %950, 0
	%952 = extractvalue { i32, i32, i32, i32 } %950, 1
	%953 = extractvalue { i32, i32, i32, i32 } %950, 2
	%954 = extractvalue { i32, i32, i32, i32 } %950, 3
	%955 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %817, i32 %818, i32 %819, i32 %820, i32 %951, i32 %952, float 0.0, float 0.0, float 0.0, float 0.0)
	%956 = extractvalue { float, float, float, float } %955, 0
	%957 = extractvalue { float, float, float, float } %955, 1
	%958 = extractvalue { float, float, float, float } %955, 2
	%959 = extractvalue { float, float, float, float } %955, 3
	%960 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %817, i32 %818, i32 %819, i32 %820, i32 %953, i32 %954, float 0.0, float 0.0, float 0.0, float 0.0)
	%961 = extractvalue { float, float, float, float } %960, 0
	%962 = extractvalue { float, float, float, float } %960, 1
	%963 = extractvalue { float, float, float, float } %960, 2
	%964 = extractvalue { float, float, float, float } %960, 3
	%965 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %865, i32 %866, i32 %867, i32 %868, i32 %951, i32 %952, float 0.0, float 0.0, float 0.0, float 0.0)
	%966 = extractvalue { float, float, float, float } %965, 0
	%967 = extractvalue { float, float, float, float } %965, 1
	%968 = extractvalue { float, float, float, float } %965, 2
	%969 = extractvalue { float, float, float, float } %965, 3
	%970 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %865, i32 %866, i32 %867, i32 %868, i32 %953, i32 %954, float 0.0, float 0.0, float 0.0, float 0.0)
	%971 = extractvalue { float, float, float, float } %970, 0
	%972 = extractvalue { float, float, float, float } %970, 1
	%973 = extractvalue { float, float, float, float } %970, 2
	%974 = extractvalue { float, float, float, float } %970, 3
	%975 = add i32 %922, u0x2000
	%976 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %975)
	%977 = extractvalue { i32, i32, i32, i32 } %976, 0
	%978 = extractvalue { i32, i32, i32, i32 } %976, 1
	%979 = extractvalue { i32, i32, i32, i32 } %976, 2
	%980 = extractvalue { i32, i32, i32, i32 } %976, 3
	%981 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %817, i32 %818, i32 %819, i32 %820, i32 %977, i32 %978, float 0.0, float 0.0, float 0.0, float 0.0)
	%982 = extractvalue { float, float, float, float } %981, 0
	%983 = extractvalue { float, float, float, float } %981, 1
	%984 = extractvalue { float, float, float, float } %981, 2
	%985 = extractvalue { float, float, float, float } %981, 3
	%986 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %817, i32 %818, i32 %819, i32 %820, i32 %979, i32 %980, float 0.0, float 0.0, float 0.0, float 0.0)
	%987 = extractvalue { float, float, float, float } %986, 0
	%988 = extractvalue { float, float, float, float } %986, 1
	%989 = extractvalue { float, float, float, float } %986, 2
	%990 = extractvalue { float, float, float, float } %986, 3
	%991 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %865, i32 %866, i32 %867, i32 %868, i32 %977, i32 %978, float 0.0, float 0.0, float 0.0, float 0.0)
	%992 = extractvalue { float, float, float, float } %991, 0
	%993 = extractvalue { float, float, float, float } %991, 1
	%994 = extractvalue { float, float, float, float } %991, 2
	%995 = extractvalue { float, float, float, float } %991, 3
	%996 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %865, i32 %866, i32 %867, i32 %868, i32 %979, i32 %980, float 0.0, float 0.0, float 0.0, float 0.0)
	%997 = extractvalue { float, float, float, float } %996, 0
	%998 = extractvalue { float, float, float, float } %996, 1
	%999 = extractvalue { float, float, float, float } %996, 2
	%1000 = extractvalue { float, float, float, float } %996, 3
	%1001 = add i32 %922, 12288
	%1002 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1001)
	%1003 = extractvalue { i32, i32, i32, i32 } %1002, 0
	%1004 = extractvalue { i32, i32, i32, i32 } %1002, 1
	%1005 = extractvalue { i32, i32, i32, i32 } %1002, 2
	%1006 = extractvalue { i32, i32, i32, i32 } %1002, 3
	%1007 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %817, i32 %818, i32 %819, i32 %820, i32 %1003, i32 %1004, float 0.0, float 0.0, float 0.0, float 0.0)
	%1008 = extractvalue { float, float, float, float } %1007, 0
	%1009 = extractvalue { float, float, float, float } %1007, 1
	%1010 = extractvalue { float, float, float, float } %1007, 2
	%1011 = extractvalue { float, float, float, float } %1007, 3
	%1012 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %817, i32 %818, i32 %819, i32 %820, i32 %1005, i32 %1006, float 0.0, float 0.0, float 0.0, float 0.0)
	%1013 = extractvalue { float, float, float, float } %1012, 0
	%1014 = extractvalue { float, float, float, float } %1012, 1
	%1015 = extractvalue { float, float, float, float } %1012, 2
	%1016 = extractvalue { float, float, float, float } %1012, 3
	%1017 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %865, i32 %866, i32 %867, i32 %868, i32 %1003, i32 %1004, float 0.0, float 0.0, float 0.0, float 0.0)
	%1018 = extractvalue { float, float, float, float } %1017, 0
	%1019 = extractvalue { float, float, float, float } %1017, 1
	%1020 = extractvalue { float, float, float, float } %1017, 2
	%1021 = extractvalue { float, float, float, float } %1017, 3
	%1022 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %865, i32 %866, i32 %867, i32 %868, i32 %1005, i32 %1006, float 0.0, float 0.0, float 0.0, float 0.0)
	%1023 = extractvalue { float, float, float, float } %1022, 0
	%1024 = extractvalue { float, float, float, float } %1022, 1
	%1025 = extractvalue { float, float, float, float } %1022, 2
	%1026 = extractvalue { float, float, float, float } %1022, 3
	%1027 = xor i32 %921, 32
	%1028 = add i32 %1027, 0
	%1029 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1028)
	%1030 = extractvalue { i32, i32, i32, i32 } %1029, 0
	%1031 = extractvalue { i32, i32, i32, i32 } %1029, 1
	%1032 = extractvalue { i32, i32, i32, i32 } %1029, 2
	%1033 = extractvalue { i32, i32, i32, i32 } %1029, 3
	%1034 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %823, i32 %824, i32 %825, i32 %826, i32 %1030, i32 %1031, float %930, float %931, float %932, float %933)
	%1035 = extractvalue { float, float, float, float } %1034, 0
	%1036 = extractvalue { float, float, float, float } %1034, 1
	%1037 = extractvalue { float, float, float, float } %1034, 2
	%1038 = extractvalue { float, float, float, float } %1034, 3
	%1039 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %823, i32 %824, i32 %825, i32 %826, i32 %1032, i32 %1033, float %935, float %936, float %937, float %938)
	%1040 = extractvalue { float, float, float, float } %1039, 0
	%1041 = extractvalue { float, float, float, float } %1039, 1
	%1042 = extractvalue { float, float, float, float } %1039, 2
	%1043 = extractvalue { float, float, float, float } %1039, 3
	%1044 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %871, i32 %872, i32 %873, i32 %874, i32 %1030, i32 %1031, float %940, float %941, float %942, float %943)
	%1045 = extractvalue { float, float, float, float } %1044, 0
	%1046 = extractvalue { float, float, float, float } %1044, 1
	%1047 = extractvalue { float, float, float, float } %1044, 2
	%1048 = extractvalue { float, float, float, float } %1044, 3
	%1049 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %871, i32 %872, i32 %873, i32 %874, i32 %1032, i32 %1033, float %945, float %946, float %947, float %948)
	%1050 = extractvalue { float, float, float, float } %1049, 0
	%1051 = extractvalue { float, float, float, float } %1049, 1
	%1052 = extractvalue { float, float, float, float } %1049, 2
	%1053 = extractvalue { float, float, float, float } %1049, 3
	%1054 = add i32 %1027, u0x1000
	%1055 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1054)
	%1056 = extractvalue { i32, i32, i32, i32 } %1055, 0
	%1057 = extractvalue { i32, i32, i32, i32 } %1055, 1
	%1058 = extractvalue { i32, i32, i32, i32 } %1055, 2
	%1059 = extractvalue { i32, i32, i32, i32 } %1055, 3
	%1060 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %823, i32 %824, i32 %825, i32 %826, i32 %1056, i32 %1057, float %956, float %957, float %958, float %959)
	%1061 = extractvalue { float, float, float, float } %1060, 0
	%1062 = extractvalue { float, float, float, float } %1060, 1
	%1063 = extractvalue { float, float, float, float } %1060, 2
	%1064 = extractvalue { float, float, float, float } %1060, 3
	%1065 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %823, i32 %824, i32 %825, i32 %826, i32 %1058, i32 %1059, float %961, float %962, float %963, float %964)
	%1066 = extractvalue { float, float, float, float } %1065, 0
	%1067 = extractvalue { float, float, float, float } %1065, 1
	%1068 = extractvalue { float, float, float, float } %1065, 2
	%1069 = extractvalue { float, float, float, float } %1065, 3
	%1070 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %871, i32 %872, i32 %873, i32 %874, i32 %1056, i32 %1057, float %966, float %967, float %968, float %969)
	%1071 = extractvalue { float, float, float, float } %1070, 0
	%1072 = extractvalue { float, float, float, float } %1070, 1
	%1073 = extractvalue { float, float, float, float } %1070, 2
	%1074 = extractvalue { float, float, float, float } %1070, 3
	%1075 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %871, i32 %872, i32 %873, i32 %874, i32 %1058, i32 %1059, float %971, float %972, float %973, float %974)
	%1076 = extractvalue { float, float, float, float } %1075, 0
	%1077 = extractvalue { float, float, float, float } %1075, 1
	%1078 = extractvalue { float, float, float, float } %1075, 2
	%1079 = extractvalue { float, float, float, float } %1075, 3
	%1080 = add i32 %1027, u0x2000
	%1081 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1080)
	%1082 = extractvalue { i32, i32, i32, i32 } %1081, 0
	%1083 = extractvalue { i32, i32, i32, i32 } %1081, 1
	%1084 = extractvalue { i32, i32, i32, i32 } %1081, 2
	%1085 = extractvalue { i32, i32, i32, i32 } %1081, 3
	%1086 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %823, i32 %824, i32 %825, i32 %826, i32 %1082, i32 %1083, float %982, float %983, float %984, float %985)
	%1087 = extractvalue { float, float, float, float } %1086, 0
	%1088 = extractvalue { float, float, float, float } %1086, 1
	%1089 = extractvalue { float, float, float, float } %1086, 2
	%1090 = extractvalue { float, float, float, float } %1086, 3
	%1091 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %823, i32 %824, i32 %825, i32 %826, i32 %1084, i32 %1085, float %987, float %988, float %989, float %990)
	%1092 = extractvalue { float, float, float, float } %1091, 0
	%1093 = extractvalue { float, float, float, float } %1091, 1
	%1094 = extractvalue { float, float, float, float } %1091, 2
	%1095 = extractvalue { float, float, float, float } %1091, 3
	%1096 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %871, i32 %872, i32 %873, i32 %874, i32 %1082, i32 %1083, float %992, float %993, float %994, float %995)
	%1097 = extractvalue { float, float, float, float } %1096, 0
	%1098 = extractvalue { float, float, float, float } %1096, 1
	%1099 = extractvalue { float, float, float, float } %1096, 2
	%1100 = extractvalue { float, float, float, float } %1096, 3
	%1101 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %871, i32 %872, i32 %873, i32 %874, i32 %1084, i32 %1085, float %997, float %998, float %999, float %1000)
	%1102 = extractvalue { float, float, float, float } %1101, 0
	%1103 = extractvalue { float, float, float, float } %1101, 1
	%1104 = extractvalue { float, float, float, float } %1101, 2
	%1105 = extractvalue { float, float, float, float } %1101, 3
	%1106 = add i32 %1027, 12288
	%1107 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1106)
	%1108 = extractvalue { i32, i32, i32, i32 } %1107, 0
	%1109 = extractvalue { i32, i32, i32, i32 } %1107, 1
	%1110 = extractvalue { i32, i32, i32, i32 } %1107, 2
	%1111 = extractvalue { i32, i32, i32, i32 } %1107, 3
	%1112 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %823, i32 %824, i32 %825, i32 %826, i32 %1108, i32 %1109, float %1008, float %1009, float %1010, float %1011)
	%1113 = extractvalue { float, float, float, float } %1112, 0
	%1114 = extractvalue { float, float, float, float } %1112, 1
	%1115 = extractvalue { float, float, float, float } %1112, 2
	%1116 = extractvalue { float, float, float, float } %1112, 3
	%1117 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %823, i32 %824, i32 %825, i32 %826, i32 %1110, i32 %1111, float %1013, float %1014, float %1015, float %1016)
	%1118 = extractvalue { float, float, float, float } %1117, 0
	%1119 = extractvalue { float, float, float, float } %1117, 1
	%1120 = extractvalue { float, float, float, float } %1117, 2
	%1121 = extractvalue { float, float, float, float } %1117, 3
	%1122 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %871, i32 %872, i32 %873, i32 %874, i32 %1108, i32 %1109, float %1018, float %1019, float %1020, float %1021)
	%1123 = extractvalue { float, float, float, float } %1122, 0
	%1124 = extractvalue { float, float, float, float } %1122, 1
	%1125 = extractvalue { float, float, float, float } %1122, 2
	%1126 = extractvalue { float, float, float, float } %1122, 3
	%1127 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %871, i32 %872, i32 %873, i32 %874, i32 %1110, i32 %1111, float %1023, float %1024, float %1025, float %1026)
	%1128 = extractvalue { float, float, float, float } %1127, 0
	%1129 = extractvalue { float, float, float, float } %1127, 1
	%1130 = extractvalue { float, float, float, float } %1127, 2
	%1131 = extractvalue { float, float, float, float } %1127, 3
	%1132 = xor i32 %921, 64
	%1133 = add i32 %1132, 0
	%1134 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1133)
	%1135 = extractvalue { i32, i32, i32, i32 } %1134, 0
	%1136 = extractvalue { i32, i32, i32, i32 } %1134, 1
	%1137 = extractvalue { i32, i32, i32, i32 } %1134, 2
	%1138 = extractvalue { i32, i32, i32, i32 } %1134, 3
	%1139 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %829, i32 %830, i32 %831, i32 %832, i32 %1135, i32 %1136, float %1035, float %1036, float %1037, float %1038)
	%1140 = extractvalue { float, float, float, float } %1139, 0
	%1141 = extractvalue { float, float, float, float } %1139, 1
	%1142 = extractvalue { float, float, float, float } %1139, 2
	%1143 = extractvalue { float, float, float, float } %1139, 3
	%1144 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %829, i32 %830, i32 %831, i32 %832, i32 %1137, i32 %1138, float %1040, float %1041, float %1042, float %1043)
	%1145 = extractvalue { float, float, float, float } %1144, 0
	%1146 = extractvalue { float, float, float, float } %1144, 1
	%1147 = extractvalue { float, float, float, float } %1144, 2
	%1148 = extractvalue { float, float, float, float } %1144, 3
	%1149 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %877, i32 %878, i32 %879, i32 %880, i32 %1135, i32 %1136, float %1045, float %1046, float %1047, float %1048)
	%1150 = extractvalue { float, float, float, float } %1149, 0
	%1151 = extractvalue { float, float, float, float } %1149, 1
	%1152 = extractvalue { float, float, float, float } %1149, 2
	%1153 = extractvalue { float, float, float, float } %1149, 3
	%1154 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %877, i32 %878, i32 %879, i32 %880, i32 %1137, i32 %1138, float %1050, float %1051, float %1052, float %1053)
	%1155 = extractvalue { float, float, float, float } %1154, 0
	%1156 = extractvalue { float, float, float, float } %1154, 1
	%1157 = extractvalue { float, float, float, float } %1154, 2
	%1158 = extractvalue { float, float, float, float } %1154, 3
	%1159 = add i32 %1132, u0x1000
	%1160 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1159)
	%1161 = extractvalue { i32, i32, i32, i32 } %1160, 0
	%1162 = extractvalue { i32, i32, i32, i32 } %1160, 1
	%1163 = extractvalue { i32, i32, i32, i32 } %1160, 2
	%1164 = extractvalue { i32, i32, i32, i32 } %1160, 3
	%1165 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %829, i32 %830, i32 %831, i32 %832, i32 %1161, i32 %1162, float %1061, float %1062, float %1063, float %1064)
	%1166 = extractvalue { float, float, float, float } %1165, 0
	%1167 = extractvalue { float, float, float, float } %1165, 1
	%1168 = extractvalue { float, float, float, float } %1165, 2
	%1169 = extractvalue { float, float, float, float } %1165, 3
	%1170 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %829, i32 %830, i32 %831, i32 %832, i32 %1163, i32 %1164, float %1066, float %1067, float %1068, float %1069)
	%1171 = extractvalue { float, float, float, float } %1170, 0
	%1172 = extractvalue { float, float, float, float } %1170, 1
	%1173 = extractvalue { float, float, float, float } %1170, 2
	%1174 = extractvalue { float, float, float, float } %1170, 3
	%1175 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %877, i32 %878, i32 %879, i32 %880, i32 %1161, i32 %1162, float %1071, float %1072, float %1073, float %1074)
	%1176 = extractvalue { float, float, float, float } %1175, 0
	%1177 = extractvalue { float, float, float, float } %1175, 1
	%1178 = extractvalue { float, float, float, float } %1175, 2
	%1179 = extractvalue { float, float, float, float } %1175, 3
	%1180 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %877, i32 %878, i32 %879, i32 %880, i32 %1163, i32 %1164, float %1076, float %1077, float %1078, float %1079)
	%1181 = extractvalue { float, float, float, float } %1180, 0
	%1182 = extractvalue { float, float, float, float } %1180, 1
	%1183 = extractvalue { float, float, float, float } %1180, 2
	%1184 = extractvalue { float, float, float, float } %1180, 3
	%1185 = add i32 %1132, u0x2000
	%1186 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1185)
	%1187 = extractvalue { i32, i32, i32, i32 } %1186, 0
	%1188 = extractvalue { i32, i32, i32, i32 } %1186, 1
	%1189 = extractvalue { i32, i32, i32, i32 } %1186, 2
	%1190 = extractvalue { i32, i32, i32, i32 } %1186, 3
	%1191 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %829, i32 %830, i32 %831, i32 %832, i32 %1187, i32 %1188, float %1087, float %1088, float %1089, float %1090)
	%1192 = extractvalue { float, float, float, float } %1191, 0
	%1193 = extractvalue { float, float, float, float } %1191, 1
	%1194 = extractvalue { float, float, float, float } %1191, 2
	%1195 = extractvalue { float, float, float, float } %1191, 3
	%1196 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %829, i32 %830, i32 %831, i32 %832, i32 %1189, i32 %1190, float %1092, float %1093, float %1094, float %1095)
	%1197 = extractvalue { float, float, float, float } %1196, 0
	%1198 = extractvalue { float, float, float, float } %1196, 1
	%1199 = extractvalue { float, float, float, float } %1196, 2
	%1200 = extractvalue { float, float, float, float } %1196, 3
	%1201 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %877, i32 %878, i32 %879, i32 %880, i32 %1187, i32 %1188, float %1097, float %1098, float %1099, float %1100)
	%1202 = extractvalue { float, float, float, float } %1201, 0
	%1203 = extractvalue { float, float, float, float } %1201, 1
	%1204 = extractvalue { float, float, float, float } %1201, 2
	%1205 = extractvalue { float, float, float, float } %1201, 3
	%1206 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %877, i32 %878, i32 %879, i32 %880, i32 %1189, i32 %1190, float %1102, float %1103, float %1104, float %1105)
	%1207 = extractvalue { float, float, float, float } %1206, 0
	%1208 = extractvalue { float, float, float, float } %1206, 1
	%1209 = extractvalue { float, float, float, float } %1206, 2
	%1210 = extractvalue { float, float, float, float } %1206, 3
	%1211 = add i32 %1132, 12288
	%1212 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1211)
	%1213 = extractvalue { i32, i32, i32, i32 } %1212, 0
	%1214 = extractvalue { i32, i32, i32, i32 } %1212, 1
	%1215 = extractvalue { i32, i32, i32, i32 } %1212, 2
	%1216 = extractvalue { i32, i32, i32, i32 } %1212, 3
	%1217 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %829, i32 %830, i32 %831, i32 %832, i32 %1213, i32 %1214, float %1113, float %1114, float %1115, float %1116)
	%1218 = extractvalue { float, float, float, float } %1217, 0
	%1219 = extractvalue { float, float, float, float } %1217, 1
	%1220 = extractvalue { float, float, float, float } %1217, 2
	%1221 = extractvalue { float, float, float, float } %1217, 3
	%1222 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %829, i32 %830, i32 %831, i32 %832, i32 %1215, i32 %1216, float %1118, float %1119, float %1120, float %1121)
	%1223 = extractvalue { float, float, float, float } %1222, 0
	%1224 = extractvalue { float, float, float, float } %1222, 1
	%1225 = extractvalue { float, float, float, float } %1222, 2
	%1226 = extractvalue { float, float, float, float } %1222, 3
	%1227 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %877, i32 %878, i32 %879, i32 %880, i32 %1213, i32 %1214, float %1123, float %1124, float %1125, float %1126)
	%1228 = extractvalue { float, float, float, float } %1227, 0
	%1229 = extractvalue { float, float, float, float } %1227, 1
	%1230 = extractvalue { float, float, float, float } %1227, 2
	%1231 = extractvalue { float, float, float, float } %1227, 3
	%1232 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %877, i32 %878, i32 %879, i32 %880, i32 %1215, i32 %1216, float %1128, float %1129, float %1130, float %1131)
	%1233 = extractvalue { float, float, float, float } %1232, 0
	%1234 = extractvalue { float, float, float, float } %1232, 1
	%1235 = extractvalue { float, float, float, float } %1232, 2
	%1236 = extractvalue { float, float, float, float } %1232, 3
	%1237 = xor i32 %921, 96
	%1238 = add i32 %1237, 0
	%1239 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1238)
	%1240 = extractvalue { i32, i32, i32, i32 } %1239, 0
	%1241 = extractvalue { i32, i32, i32, i32 } %1239, 1
	%1242 = extractvalue { i32, i32, i32, i32 } %1239, 2
	%1243 = extractvalue { i32, i32, i32, i32 } %1239, 3
	%1244 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %835, i32 %836, i32 %837, i32 %838, i32 %1240, i32 %1241, float %1140, float %1141, float %1142, float %1143)
	%1245 = extractvalue { float, float, float, float } %1244, 0
	%1246 = extractvalue { float, float, float, float } %1244, 1
	%1247 = extractvalue { float, float, float, float } %1244, 2
	%1248 = extractvalue { float, float, float, float } %1244, 3
	%1249 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %835, i32 %836, i32 %837, i32 %838, i32 %1242, i32 %1243, float %1145, float %1146, float %1147, float %1148)
	%1250 = extractvalue { float, float, float, float } %1249, 0
	%1251 = extractvalue { float, float, float, float } %1249, 1
	%1252 = extractvalue { float, float, float, float } %1249, 2
	%1253 = extractvalue { float, float, float, float } %1249, 3
	%1254 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %883, i32 %884, i32 %885, i32 %886, i32 %1240, i32 %1241, float %1150, float %1151, float %1152, float %1153)
	%1255 = extractvalue { float, float, float, float } %1254, 0
	%1256 = extractvalue { float, float, float, float } %1254, 1
	%1257 = extractvalue { float, float, float, float } %1254, 2
	%1258 = extractvalue { float, float, float, float } %1254, 3
	%1259 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %883, i32 %884, i32 %885, i32 %886, i32 %1242, i32 %1243, float %1155, float %1156, float %1157, float %1158)
	%1260 = extractvalue { float, float, float, float } %1259, 0
	%1261 = extractvalue { float, float, float, float } %1259, 1
	%1262 = extractvalue { float, float, float, float } %1259, 2
	%1263 = extractvalue { float, float, float, float } %1259, 3
	%1264 = add i32 %1237, u0x1000
	%1265 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1264)
	%1266 = extractvalue { i32, i32, i32, i32 } %1265, 0
	%1267 = extractvalue { i32, i32, i32, i32 } %1265, 1
	%1268 = extractvalue { i32, i32, i32, i32 } %1265, 2
	%1269 = extractvalue { i32, i32, i32, i32 } %1265, 3
	%1270 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %835, i32 %836, i32 %837, i32 %838, i32 %1266, i32 %1267, float %1166, float %1167, float %1168, float %1169)
	%1271 = extractvalue { float, float, float, float } %1270, 0
	%1272 = extractvalue { float, float, float, float } %1270, 1
	%1273 = extractvalue { float, float, float, float } %1270, 2
	%1274 = extractvalue { float, float, float, float } %1270, 3
	%1275 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %835, i32 %836, i32 %837, i32 %838, i32 %1268, i32 %1269, float %1171, float %1172, float %1173, float %1174)
	%1276 = extractvalue { float, float, float, float } %1275, 0
	%1277 = extractvalue { float, float, float, float } %1275, 1
	%1278 = extractvalue { float, float, float, float } %1275, 2
	%1279 = extractvalue { float, float, float, float } %1275, 3
	%1280 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %883, i32 %884, i32 %885, i32 %886, i32 %1266, i32 %1267, float %1176, float %1177, float %1178, float %1179)
	%1281 = extractvalue { float, float, float, float } %1280, 0
	%1282 = extractvalue { float, float, float, float } %1280, 1
	%1283 = extractvalue { float, float, float, float } %1280, 2
	%1284 = extractvalue { float, float, float, float } %1280, 3
	%1285 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %883, i32 %884, i32 %885, i32 %886, i32 %1268, i32 %1269, float %1181, float %1182, float %1183, float %1184)
	%1286 = extractvalue { float, float, float, float } %1285, 0
	%1287 = extractvalue { float, float, float, float } %1285, 1
	%1288 = extractvalue { float, float, float, float } %1285, 2
	%1289 = extractvalue { float, float, float, float } %1285, 3
	%1290 = add i32 %1237, u0x2000
	%1291 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1290)
	%1292 = extractvalue { i32, i32, i32, i32 } %1291, 0
	%1293 = extractvalue { i32, i32, i32, i32 } %1291, 1
	%1294 = extractvalue { i32, i32, i32, i32 } %1291, 2
	%1295 = extractvalue { i32, i32, i32, i32 } %1291, 3
	%1296 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %835, i32 %836, i32 %837, i32 %838, i32 %1292, i32 %1293, float %1192, float %1193, float %1194, float %1195)
	%1297 = extractvalue { float, float, float, float } %1296, 0
	%1298 = extractvalue { float, float, float, float } %1296, 1
	%1299 = extractvalue { float, float, float, float } %1296, 2
	%1300 = extractvalue { float, float, float, float } %1296, 3
	%1301 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %835, i32 %836, i32 %837, i32 %838, i32 %1294, i32 %1295, float %1197, float %1198, float %1199, float %1200)
	%1302 = extractvalue { float, float, float, float } %1301, 0
	%1303 = extractvalue { float, float, float, float } %1301, 1
	%1304 = extractvalue { float, float, float, float } %1301, 2
	%1305 = extractvalue { float, float, float, float } %1301, 3
	%1306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %883, i32 %884, i32 %885, i32 %886, i32 %1292, i32 %1293, float %1202, float %1203, float %1204, float %1205)
	%1307 = extractvalue { float, float, float, float } %1306, 0
	%1308 = extractvalue { float, float, float, float } %1306, 1
	%1309 = extractvalue { float, float, float, float } %1306, 2
	%1310 = extractvalue { float, float, float, float } %1306, 3
	%1311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %883, i32 %884, i32 %885, i32 %886, i32 %1294, i32 %1295, float %1207, float %1208, float %1209, float %1210)
	%1312 = extractvalue { float, float, float, float } %1311, 0
	%1313 = extractvalue { float, float, float, float } %1311, 1
	%1314 = extractvalue { float, float, float, float } %1311, 2
	%1315 = extractvalue { float, float, float, float } %1311, 3
	%1316 = add i32 %1237, 12288
	%1317 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1316)
	%1318 = extractvalue { i32, i32, i32, i32 } %1317, 0
	%1319 = extractvalue { i32, i32, i32, i32 } %1317, 1
	%1320 = extractvalue { i32, i32, i32, i32 } %1317, 2
	%1321 = extractvalue { i32, i32, i32, i32 } %1317, 3
	%1322 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %835, i32 %836, i32 %837, i32 %838, i32 %1318, i32 %1319, float %1218, float %1219, float %1220, float %1221)
	%1323 = extractvalue { float, float, float, float } %1322, 0
	%1324 = extractvalue { float, float, float, float } %1322, 1
	%1325 = extractvalue { float, float, float, float } %1322, 2
	%1326 = extractvalue { float, float, float, float } %1322, 3
	%1327 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %835, i32 %836, i32 %837, i32 %838, i32 %1320, i32 %1321, float %1223, float %1224, float %1225, float %1226)
	%1328 = extractvalue { float, float, float, float } %1327, 0
	%1329 = extractvalue { float, float, float, float } %1327, 1
	%1330 = extractvalue { float, float, float, float } %1327, 2
	%1331 = extractvalue { float, float, float, float } %1327, 3
	%1332 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %883, i32 %884, i32 %885, i32 %886, i32 %1318, i32 %1319, float %1228, float %1229, float %1230, float %1231)
	%1333 = extractvalue { float, float, float, float } %1332, 0
	%1334 = extractvalue { float, float, float, float } %1332, 1
	%1335 = extractvalue { float, float, float, float } %1332, 2
	%1336 = extractvalue { float, float, float, float } %1332, 3
	%1337 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %883, i32 %884, i32 %885, i32 %886, i32 %1320, i32 %1321, float %1233, float %1234, float %1235, float %1236)
	%1338 = extractvalue { float, float, float, float } %1337, 0
	%1339 = extractvalue { float, float, float, float } %1337, 1
	%1340 = extractvalue { float, float, float, float } %1337, 2
	%1341 = extractvalue { float, float, float, float } %1337, 3
	%1342 = xor i32 %921, 128
	%1343 = add i32 %1342, 0
	%1344 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1343)
	%1345 = extractvalue { i32, i32, i32, i32 } %1344, 0
	%1346 = extractvalue { i32, i32, i32, i32 } %1344, 1
	%1347 = extractvalue { i32, i32, i32, i32 } %1344, 2
	%1348 = extractvalue { i32, i32, i32, i32 } %1344, 3
	%1349 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %841, i32 %842, i32 %843, i32 %844, i32 %1345, i32 %1346, float %1245, float %1246, float %1247, float %1248)
	%1350 = extractvalue { float, float, float, float } %1349, 0
	%1351 = extractvalue { float, float, float, float } %1349, 1
	%1352 = extractvalue { float, float, float, float } %1349, 2
	%1353 = extractvalue { float, float, float, float } %1349, 3
	%1354 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %841, i32 %842, i32 %843, i32 %844, i32 %1347, i32 %1348, float %1250, float %1251, float %1252, float %1253)
	%1355 = extractvalue { float, float, float, float } %1354, 0
	%1356 = extractvalue { float, float, float, float } %1354, 1
	%1357 = extractvalue { float, float, float, float } %1354, 2
	%1358 = extractvalue { float, float, float, float } %1354, 3
	%1359 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %889, i32 %890, i32 %891, i32 %892, i32 %1345, i32 %1346, float %1255, float %1256, float %1257, float %1258)
	%1360 = extractvalue { float, float, float, float } %1359, 0
	%1361 = extractvalue { float, float, float, float } %1359, 1
	%1362 = extractvalue { float, float, float, float } %1359, 2
	%1363 = extractvalue { float, float, float, float } %1359, 3
	%1364 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %889, i32 %890, i32 %891, i32 %892, i32 %1347, i32 %1348, float %1260, float %1261, float %1262, float %1263)
	%1365 = extractvalue { float, float, float, float } %1364, 0
	%1366 = extractvalue { float, float, float, float } %1364, 1
	%1367 = extractvalue { float, float, float, float } %1364, 2
	%1368 = extractvalue { float, float, float, float } %1364, 3
	%1369 = add i32 %1342, u0x1000
	%1370 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1369)
	%1371 = extractvalue { i32, i32, i32, i32 } %1370, 0
	%1372 = extractvalue { i32, i32, i32, i32 } %1370, 1
	%1373 = extractvalue { i32, i32, i32, i32 } %1370, 2
	%1374 = extractvalue { i32, i32, i32, i32 } %1370, 3
	%1375 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %841, i32 %842, i32 %843, i32 %844, i32 %1371, i32 %1372, float %1271, float %1272, float %1273, float %1274)
	%1376 = extractvalue { float, float, float, float } %1375, 0
	%1377 = extractvalue { float, float, float, float } %1375, 1
	%1378 = extractvalue { float, float, float, float } %1375, 2
	%1379 = extractvalue { float, float, float, float } %1375, 3
	%1380 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %841, i32 %842, i32 %843, i32 %844, i32 %1373, i32 %1374, float %1276, float %1277, float %1278, float %1279)
	%1381 = extractvalue { float, float, float, float } %1380, 0
	%1382 = extractvalue { float, float, float, float } %1380, 1
	%1383 = extractvalue { float, float, float, float } %1380, 2
	%1384 = extractvalue { float, float, float, float } %1380, 3
	%1385 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %889, i32 %890, i32 %891, i32 %892, i32 %1371, i32 %1372, float %1281, float %1282, float %1283, float %1284)
	%1386 = extractvalue { float, float, float, float } %1385, 0
	%1387 = extractvalue { float, float, float, float } %1385, 1
	%1388 = extractvalue { float, float, float, float } %1385, 2
	%1389 = extractvalue { float, float, float, float } %1385, 3
	%1390 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %889, i32 %890, i32 %891, i32 %892, i32 %1373, i32 %1374, float %1286, float %1287, float %1288, float %1289)
	%1391 = extractvalue { float, float, float, float } %1390, 0
	%1392 = extractvalue { float, float, float, float } %1390, 1
	%1393 = extractvalue { float, float, float, float } %1390, 2
	%1394 = extractvalue { float, float, float, float } %1390, 3
	%1395 = add i32 %1342, u0x2000
	%1396 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1395)
	%1397 = extractvalue { i32, i32, i32, i32 } %1396, 0
	%1398 = extractvalue { i32, i32, i32, i32 } %1396, 1
	%1399 = extractvalue { i32, i32, i32, i32 } %1396, 2
	%1400 = extractvalue { i32, i32, i32, i32 } %1396, 3
	%1401 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %841, i32 %842, i32 %843, i32 %844, i32 %1397, i32 %1398, float %1297, float %1298, float %1299, float %1300)
	%1402 = extractvalue { float, float, float, float } %1401, 0
	%1403 = extractvalue { float, float, float, float } %1401, 1
	%1404 = extractvalue { float, float, float, float } %1401, 2
	%1405 = extractvalue { float, float, float, float } %1401, 3
	%1406 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %841, i32 %842, i32 %843, i32 %844, i32 %1399, i32 %1400, float %1302, float %1303, float %1304, float %1305)
	%1407 = extractvalue { float, float, float, float } %1406, 0
	%1408 = extractvalue { float, float, float, float } %1406, 1
	%1409 = extractvalue { float, float, float, float } %1406, 2
	%1410 = extractvalue { float, float, float, float } %1406, 3
	%1411 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %889, i32 %890, i32 %891, i32 %892, i32 %1397, i32 %1398, float %1307, float %1308, float %1309, float %1310)
	%1412 = extractvalue { float, float, float, float } %1411, 0
	%1413 = extractvalue { float, float, float, float } %1411, 1
	%1414 = extractvalue { float, float, float, float } %1411, 2
	%1415 = extractvalue { float, float, float, float } %1411, 3
	%1416 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %889, i32 %890, i32 %891, i32 %892, i32 %1399, i32 %1400, float %1312, float %1313, float %1314, float %1315)
	%1417 = extractvalue { float, float, float, float } %1416, 0
	%1418 = extractvalue { float, float, float, float } %1416, 1
	%1419 = extractvalue { float, float, float, float } %1416, 2
	%1420 = extractvalue { float, float, float, float } %1416, 3
	%1421 = add i32 %1342, 12288
	%1422 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1421)
	%1423 = extractvalue { i32, i32, i32, i32 } %1422, 0
	%1424 = extractvalue { i32, i32, i32, i32 } %1422, 1
	%1425 = extractvalue { i32, i32, i32, i32 } %1422, 2
	%1426 = extractvalue { i32, i32, i32, i32 } %1422, 3
	%1427 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %841, i32 %842, i32 %843, i32 %844, i32 %1423, i32 %1424, float %1323, float %1324, float %1325, float %1326)
	%1428 = extractvalue { float, float, float, float } %1427, 0
	%1429 = extractvalue { float, float, float, float } %1427, 1
	%1430 = extractvalue { float, float, float, float } %1427, 2
	%1431 = extractvalue { float, float, float, float } %1427, 3
	%1432 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %841, i32 %842, i32 %843, i32 %844, i32 %1425, i32 %1426, float %1328, float %1329, float %1330, float %1331)
	%1433 = extractvalue { float, float, float, float } %1432, 0
	%1434 = extractvalue { float, float, float, float } %1432, 1
	%1435 = extractvalue { float, float, float, float } %1432, 2
	%1436 = extractvalue { float, float, float, float } %1432, 3
	%1437 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %889, i32 %890, i32 %891, i32 %892, i32 %1423, i32 %1424, float %1333, float %1334, float %1335, float %1336)
	%1438 = extractvalue { float, float, float, float } %1437, 0
	%1439 = extractvalue { float, float, float, float } %1437, 1
	%1440 = extractvalue { float, float, float, float } %1437, 2
	%1441 = extractvalue { float, float, float, float } %1437, 3
	%1442 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %889, i32 %890, i32 %891, i32 %892, i32 %1425, i32 %1426, float %1338, float %1339, float %1340, float %1341)
	%1443 = extractvalue { float, float, float, float } %1442, 0
	%1444 = extractvalue { float, float, float, float } %1442, 1
	%1445 = extractvalue { float, float, float, float } %1442, 2
	%1446 = extractvalue { float, float, float, float } %1442, 3
	%1447 = xor i32 %921, 160
	%1448 = add i32 %1447, 0
	%1449 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1448)
	%1450 = extractvalue { i32, i32, i32, i32 } %1449, 0
	%1451 = extractvalue { i32, i32, i32, i32 } %1449, 1
	%1452 = extractvalue { i32, i32, i32, i32 } %1449, 2
	%1453 = extractvalue { i32, i32, i32, i32 } %1449, 3
	%1454 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %847, i32 %848, i32 %849, i32 %850, i32 %1450, i32 %1451, float %1350, float %1351, float %1352, float %1353)
	%1455 = extractvalue { float, float, float, float } %1454, 0
	%1456 = extractvalue { float, float, float, float } %1454, 1
	%1457 = extractvalue { float, float, float, float } %1454, 2
	%1458 = extractvalue { float, float, float, float } %1454, 3
	%1459 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %847, i32 %848, i32 %849, i32 %850, i32 %1452, i32 %1453, float %1355, float %1356, float %1357, float %1358)
	%1460 = extractvalue { float, float, float, float } %1459, 0
	%1461 = extractvalue { float, float, float, float } %1459, 1
	%1462 = extractvalue { float, float, float, float } %1459, 2
	%1463 = extractvalue { float, float, float, float } %1459, 3
	%1464 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %895, i32 %896, i32 %897, i32 %898, i32 %1450, i32 %1451, float %1360, float %1361, float %1362, float %1363)
	%1465 = extractvalue { float, float, float, float } %1464, 0
	%1466 = extractvalue { float, float, float, float } %1464, 1
	%1467 = extractvalue { float, float, float, float } %1464, 2
	%1468 = extractvalue { float, float, float, float } %1464, 3
	%1469 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %895, i32 %896, i32 %897, i32 %898, i32 %1452, i32 %1453, float %1365, float %1366, float %1367, float %1368)
	%1470 = extractvalue { float, float, float, float } %1469, 0
	%1471 = extractvalue { float, float, float, float } %1469, 1
	%1472 = extractvalue { float, float, float, float } %1469, 2
	%1473 = extractvalue { float, float, float, float } %1469, 3
	%1474 = add i32 %1447, u0x1000
	%1475 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1474)
	%1476 = extractvalue { i32, i32, i32, i32 } %1475, 0
	%1477 = extractvalue { i32, i32, i32, i32 } %1475, 1
	%1478 = extractvalue { i32, i32, i32, i32 } %1475, 2
	%1479 = extractvalue { i32, i32, i32, i32 } %1475, 3
	%1480 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %847, i32 %848, i32 %849, i32 %850, i32 %1476, i32 %1477, float %1376, float %1377, float %1378, float %1379)
	%1481 = extractvalue { float, float, float, float } %1480, 0
	%1482 = extractvalue { float, float, float, float } %1480, 1
	%1483 = extractvalue { float, float, float, float } %1480, 2
	%1484 = extractvalue { float, float, float, float } %1480, 3
	%1485 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %847, i32 %848, i32 %849, i32 %850, i32 %1478, i32 %1479, float %1381, float %1382, float %1383, float %1384)
	%1486 = extractvalue { float, float, float, float } %1485, 0
	%1487 = extractvalue { float, float, float, float } %1485, 1
	%1488 = extractvalue { float, float, float, float } %1485, 2
	%1489 = extractvalue { float, float, float, float } %1485, 3
	%1490 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %895, i32 %896, i32 %897, i32 %898, i32 %1476, i32 %1477, float %1386, float %1387, float %1388, float %1389)
	%1491 = extractvalue { float, float, float, float } %1490, 0
	%1492 = extractvalue { float, float, float, float } %1490, 1
	%1493 = extractvalue { float, float, float, float } %1490, 2
	%1494 = extractvalue { float, float, float, float } %1490, 3
	%1495 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %895, i32 %896, i32 %897, i32 %898, i32 %1478, i32 %1479, float %1391, float %1392, float %1393, float %1394)
	%1496 = extractvalue { float, float, float, float } %1495, 0
	%1497 = extractvalue { float, float, float, float } %1495, 1
	%1498 = extractvalue { float, float, float, float } %1495, 2
	%1499 = extractvalue { float, float, float, float } %1495, 3
	%1500 = add i32 %1447, u0x2000
	%1501 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1500)
	%1502 = extractvalue { i32, i32, i32, i32 } %1501, 0
	%1503 = extractvalue { i32, i32, i32, i32 } %1501, 1
	%1504 = extractvalue { i32, i32, i32, i32 } %1501, 2
	%1505 = extractvalue { i32, i32, i32, i32 } %1501, 3
	%1506 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %847, i32 %848, i32 %849, i32 %850, i32 %1502, i32 %1503, float %1402, float %1403, float %1404, float %1405)
	%1507 = extractvalue { float, float, float, float } %1506, 0
	%1508 = extractvalue { float, float, float, float } %1506, 1
	%1509 = extractvalue { float, float, float, float } %1506, 2
	%1510 = extractvalue { float, float, float, float } %1506, 3
	%1511 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %847, i32 %848, i32 %849, i32 %850, i32 %1504, i32 %1505, float %1407, float %1408, float %1409, float %1410)
	%1512 = extractvalue { float, float, float, float } %1511, 0
	%1513 = extractvalue { float, float, float, float } %1511, 1
	%1514 = extractvalue { float, float, float, float } %1511, 2
	%1515 = extractvalue { float, float, float, float } %1511, 3
	%1516 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %895, i32 %896, i32 %897, i32 %898, i32 %1502, i32 %1503, float %1412, float %1413, float %1414, float %1415)
	%1517 = extractvalue { float, float, float, float } %1516, 0
	%1518 = extractvalue { float, float, float, float } %1516, 1
	%1519 = extractvalue { float, float, float, float } %1516, 2
	%1520 = extractvalue { float, float, float, float } %1516, 3
	%1521 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %895, i32 %896, i32 %897, i32 %898, i32 %1504, i32 %1505, float %1417, float %1418, float %1419, float %1420)
	%1522 = extractvalue { float, float, float, float } %1521, 0
	%1523 = extractvalue { float, float, float, float } %1521, 1
	%1524 = extractvalue { float, float, float, float } %1521, 2
	%1525 = extractvalue { float, float, float, float } %1521, 3
	%1526 = add i32 %1447, 12288
	%1527 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1526)
	%1528 = extractvalue { i32, i32, i32, i32 } %1527, 0
	%1529 = extractvalue { i32, i32, i32, i32 } %1527, 1
	%1530 = extractvalue { i32, i32, i32, i32 } %1527, 2
	%1531 = extractvalue { i32, i32, i32, i32 } %1527, 3
	%1532 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %847, i32 %848, i32 %849, i32 %850, i32 %1528, i32 %1529, float %1428, float %1429, float %1430, float %1431)
	%1533 = extractvalue { float, float, float, float } %1532, 0
	%1534 = extractvalue { float, float, float, float } %1532, 1
	%1535 = extractvalue { float, float, float, float } %1532, 2
	%1536 = extractvalue { float, float, float, float } %1532, 3
	%1537 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %847, i32 %848, i32 %849, i32 %850, i32 %1530, i32 %1531, float %1433, float %1434, float %1435, float %1436)
	%1538 = extractvalue { float, float, float, float } %1537, 0
	%1539 = extractvalue { float, float, float, float } %1537, 1
	%1540 = extractvalue { float, float, float, float } %1537, 2
	%1541 = extractvalue { float, float, float, float } %1537, 3
	%1542 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %895, i32 %896, i32 %897, i32 %898, i32 %1528, i32 %1529, float %1438, float %1439, float %1440, float %1441)
	%1543 = extractvalue { float, float, float, float } %1542, 0
	%1544 = extractvalue { float, float, float, float } %1542, 1
	%1545 = extractvalue { float, float, float, float } %1542, 2
	%1546 = extractvalue { float, float, float, float } %1542, 3
	%1547 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %895, i32 %896, i32 %897, i32 %898, i32 %1530, i32 %1531, float %1443, float %1444, float %1445, float %1446)
	%1548 = extractvalue { float, float, float, float } %1547, 0
	%1549 = extractvalue { float, float, float, float } %1547, 1
	%1550 = extractvalue { float, float, float, float } %1547, 2
	%1551 = extractvalue { float, float, float, float } %1547, 3
	%1552 = xor i32 %921, 192
	%1553 = add i32 %1552, 0
	%1554 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1553)
	%1555 = extractvalue { i32, i32, i32, i32 } %1554, 0
	%1556 = extractvalue { i32, i32, i32, i32 } %1554, 1
	%1557 = extractvalue { i32, i32, i32, i32 } %1554, 2
	%1558 = extractvalue { i32, i32, i32, i32 } %1554, 3
	%1559 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %853, i32 %854, i32 %855, i32 %856, i32 %1555, i32 %1556, float %1455, float %1456, float %1457, float %1458)
	%1560 = extractvalue { float, float, float, float } %1559, 0
	%1561 = extractvalue { float, float, float, float } %1559, 1
	%1562 = extractvalue { float, float, float, float } %1559, 2
	%1563 = extractvalue { float, float, float, float } %1559, 3
	%1564 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %853, i32 %854, i32 %855, i32 %856, i32 %1557, i32 %1558, float %1460, float %1461, float %1462, float %1463)
	%1565 = extractvalue { float, float, float, float } %1564, 0
	%1566 = extractvalue { float, float, float, float } %1564, 1
	%1567 = extractvalue { float, float, float, float } %1564, 2
	%1568 = extractvalue { float, float, float, float } %1564, 3
	%1569 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %901, i32 %902, i32 %903, i32 %904, i32 %1555, i32 %1556, float %1465, float %1466, float %1467, float %1468)
	%1570 = extractvalue { float, float, float, float } %1569, 0
	%1571 = extractvalue { float, float, float, float } %1569, 1
	%1572 = extractvalue { float, float, float, float } %1569, 2
	%1573 = extractvalue { float, float, float, float } %1569, 3
	%1574 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %901, i32 %902, i32 %903, i32 %904, i32 %1557, i32 %1558, float %1470, float %1471, float %1472, float %1473)
	%1575 = extractvalue { float, float, float, float } %1574, 0
	%1576 = extractvalue { float, float, float, float } %1574, 1
	%1577 = extractvalue { float, float, float, float } %1574, 2
	%1578 = extractvalue { float, float, float, float } %1574, 3
	%1579 = add i32 %1552, u0x1000
	%1580 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1579)
	%1581 = extractvalue { i32, i32, i32, i32 } %1580, 0
	%1582 = extractvalue { i32, i32, i32, i32 } %1580, 1
	%1583 = extractvalue { i32, i32, i32, i32 } %1580, 2
	%1584 = extractvalue { i32, i32, i32, i32 } %1580, 3
	%1585 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %853, i32 %854, i32 %855, i32 %856, i32 %1581, i32 %1582, float %1481, float %1482, float %1483, float %1484)
	%1586 = extractvalue { float, float, float, float } %1585, 0
	%1587 = extractvalue { float, float, float, float } %1585, 1
	%1588 = extractvalue { float, float, float, float } %1585, 2
	%1589 = extractvalue { float, float, float, float } %1585, 3
	%1590 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %853, i32 %854, i32 %855, i32 %856, i32 %1583, i32 %1584, float %1486, float %1487, float %1488, float %1489)
	%1591 = extractvalue { float, float, float, float } %1590, 0
	%1592 = extractvalue { float, float, float, float } %1590, 1
	%1593 = extractvalue { float, float, float, float } %1590, 2
	%1594 = extractvalue { float, float, float, float } %1590, 3
	%1595 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %901, i32 %902, i32 %903, i32 %904, i32 %1581, i32 %1582, float %1491, float %1492, float %1493, float %1494)
	%1596 = extractvalue { float, float, float, float } %1595, 0
	%1597 = extractvalue { float, float, float, float } %1595, 1
	%1598 = extractvalue { float, float, float, float } %1595, 2
	%1599 = extractvalue { float, float, float, float } %1595, 3
	%1600 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %901, i32 %902, i32 %903, i32 %904, i32 %1583, i32 %1584, float %1496, float %1497, float %1498, float %1499)
	%1601 = extractvalue { float, float, float, float } %1600, 0
	%1602 = extractvalue { float, float, float, float } %1600, 1
	%1603 = extractvalue { float, float, float, float } %1600, 2
	%1604 = extractvalue { float, float, float, float } %1600, 3
	%1605 = add i32 %1552, u0x2000
	%1606 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1605)
	%1607 = extractvalue { i32, i32, i32, i32 } %1606, 0
	%1608 = extractvalue { i32, i32, i32, i32 } %1606, 1
	%1609 = extractvalue { i32, i32, i32, i32 } %1606, 2
	%1610 = extractvalue { i32, i32, i32, i32 } %1606, 3
	%1611 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %853, i32 %854, i32 %855, i32 %856, i32 %1607, i32 %1608, float %1507, float %1508, float %1509, float %1510)
	%1612 = extractvalue { float, float, float, float } %1611, 0
	%1613 = extractvalue { float, float, float, float } %1611, 1
	%1614 = extractvalue { float, float, float, float } %1611, 2
	%1615 = extractvalue { float, float, float, float } %1611, 3
	%1616 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %853, i32 %854, i32 %855, i32 %856, i32 %1609, i32 %1610, float %1512, float %1513, float %1514, float %1515)
	%1617 = extractvalue { float, float, float, float } %1616, 0
	%1618 = extractvalue { float, float, float, float } %1616, 1
	%1619 = extractvalue { float, float, float, float } %1616, 2
	%1620 = extractvalue { float, float, float, float } %1616, 3
	%1621 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %901, i32 %902, i32 %903, i32 %904, i32 %1607, i32 %1608, float %1517, float %1518, float %1519, float %1520)
	%1622 = extractvalue { float, float, float, float } %1621, 0
	%1623 = extractvalue { float, float, float, float } %1621, 1
	%1624 = extractvalue { float, float, float, float } %1621, 2
	%1625 = extractvalue { float, float, float, float } %1621, 3
	%1626 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %901, i32 %902, i32 %903, i32 %904, i32 %1609, i32 %1610, float %1522, float %1523, float %1524, float %1525)
	%1627 = extractvalue { float, float, float, float } %1626, 0
	%1628 = extractvalue { float, float, float, float } %1626, 1
	%1629 = extractvalue { float, float, float, float } %1626, 2
	%1630 = extractvalue { float, float, float, float } %1626, 3
	%1631 = add i32 %1552, 12288
	%1632 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1631)
	%1633 = extractvalue { i32, i32, i32, i32 } %1632, 0
	%1634 = extractvalue { i32, i32, i32, i32 } %1632, 1
	%1635 = extractvalue { i32, i32, i32, i32 } %1632, 2
	%1636 = extractvalue { i32, i32, i32, i32 } %1632, 3
	%1637 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %853, i32 %854, i32 %855, i32 %856, i32 %1633, i32 %1634, float %1533, float %1534, float %1535, float %1536)
	%1638 = extractvalue { float, float, float, float } %1637, 0
	%1639 = extractvalue { float, float, float, float } %1637, 1
	%1640 = extractvalue { float, float, float, float } %1637, 2
	%1641 = extractvalue { float, float, float, float } %1637, 3
	%1642 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %853, i32 %854, i32 %855, i32 %856, i32 %1635, i32 %1636, float %1538, float %1539, float %1540, float %1541)
	%1643 = extractvalue { float, float, float, float } %1642, 0
	%1644 = extractvalue { float, float, float, float } %1642, 1
	%1645 = extractvalue { float, float, float, float } %1642, 2
	%1646 = extractvalue { float, float, float, float } %1642, 3
	%1647 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %901, i32 %902, i32 %903, i32 %904, i32 %1633, i32 %1634, float %1543, float %1544, float %1545, float %1546)
	%1648 = extractvalue { float, float, float, float } %1647, 0
	%1649 = extractvalue { float, float, float, float } %1647, 1
	%1650 = extractvalue { float, float, float, float } %1647, 2
	%1651 = extractvalue { float, float, float, float } %1647, 3
	%1652 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %901, i32 %902, i32 %903, i32 %904, i32 %1635, i32 %1636, float %1548, float %1549, float %1550, float %1551)
	%1653 = extractvalue { float, float, float, float } %1652, 0
	%1654 = extractvalue { float, float, float, float } %1652, 1
	%1655 = extractvalue { float, float, float, float } %1652, 2
	%1656 = extractvalue { float, float, float, float } %1652, 3
	%1657 = xor i32 %921, 224
	%1658 = add i32 %1657, 0
	%1659 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1658)
	%1660 = extractvalue { i32, i32, i32, i32 } %1659, 0
	%1661 = extractvalue { i32, i32, i32, i32 } %1659, 1
	%1662 = extractvalue { i32, i32, i32, i32 } %1659, 2
	%1663 = extractvalue { i32, i32, i32, i32 } %1659, 3
	%1664 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %859, i32 %860, i32 %861, i32 %862, i32 %1660, i32 %1661, float %1560, float %1561, float %1562, float %1563)
	%1665 = extractvalue { float, float, float, float } %1664, 0
	%1666 = extractvalue { float, float, float, float } %1664, 1
	%1667 = extractvalue { float, float, float, float } %1664, 2
	%1668 = extractvalue { float, float, float, float } %1664, 3
	%1669 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %859, i32 %860, i32 %861, i32 %862, i32 %1662, i32 %1663, float %1565, float %1566, float %1567, float %1568)
	%1670 = extractvalue { float, float, float, float } %1669, 0
	%1671 = extractvalue { float, float, float, float } %1669, 1
	%1672 = extractvalue { float, float, float, float } %1669, 2
	%1673 = extractvalue { float, float, float, float } %1669, 3
	%1674 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %907, i32 %908, i32 %909, i32 %910, i32 %1660, i32 %1661, float %1570, float %1571, float %1572, float %1573)
	%1675 = extractvalue { float, float, float, float } %1674, 0
	%1676 = extractvalue { float, float, float, float } %1674, 1
	%1677 = extractvalue { float, float, float, float } %1674, 2
	%1678 = extractvalue { float, float, float, float } %1674, 3
	%1679 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %907, i32 %908, i32 %909, i32 %910, i32 %1662, i32 %1663, float %1575, float %1576, float %1577, float %1578)
	%1680 = extractvalue { float, float, float, float } %1679, 0
	%1681 = extractvalue { float, float, float, float } %1679, 1
	%1682 = extractvalue { float, float, float, float } %1679, 2
	%1683 = extractvalue { float, float, float, float } %1679, 3
	%1684 = add i32 %1657, u0x1000
	%1685 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1684)
	%1686 = extractvalue { i32, i32, i32, i32 } %1685, 0
	%1687 = extractvalue { i32, i32, i32, i32 } %1685, 1
	%1688 = extractvalue { i32, i32, i32, i32 } %1685, 2
	%1689 = extractvalue { i32, i32, i32, i32 } %1685, 3
	%1690 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %859, i32 %860, i32 %861, i32 %862, i32 %1686, i32 %1687, float %1586, float %1587, float %1588, float %1589)
	%1691 = extractvalue { float, float, float, float } %1690, 0
	%1692 = extractvalue { float, float, float, float } %1690, 1
	%1693 = extractvalue { float, float, float, float } %1690, 2
	%1694 = extractvalue { float, float, float, float } %1690, 3
	%1695 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %859, i32 %860, i32 %861, i32 %862, i32 %1688, i32 %1689, float %1591, float %1592, float %1593, float %1594)
	%1696 = extractvalue { float, float, float, float } %1695, 0
	%1697 = extractvalue { float, float, float, float } %1695, 1
	%1698 = extractvalue { float, float, float, float } %1695, 2
	%1699 = extractvalue { float, float, float, float } %1695, 3
	%1700 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %907, i32 %908, i32 %909, i32 %910, i32 %1686, i32 %1687, float %1596, float %1597, float %1598, float %1599)
	%1701 = extractvalue { float, float, float, float } %1700, 0
	%1702 = extractvalue { float, float, float, float } %1700, 1
	%1703 = extractvalue { float, float, float, float } %1700, 2
	%1704 = extractvalue { float, float, float, float } %1700, 3
	%1705 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %907, i32 %908, i32 %909, i32 %910, i32 %1688, i32 %1689, float %1601, float %1602, float %1603, float %1604)
	%1706 = extractvalue { float, float, float, float } %1705, 0
	%1707 = extractvalue { float, float, float, float } %1705, 1
	%1708 = extractvalue { float, float, float, float } %1705, 2
	%1709 = extractvalue { float, float, float, float } %1705, 3
	%1710 = add i32 %1657, u0x2000
	%1711 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1710)
	%1712 = extractvalue { i32, i32, i32, i32 } %1711, 0
	%1713 = extractvalue { i32, i32, i32, i32 } %1711, 1
	%1714 = extractvalue { i32, i32, i32, i32 } %1711, 2
	%1715 = extractvalue { i32, i32, i32, i32 } %1711, 3
	%1716 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %859, i32 %860, i32 %861, i32 %862, i32 %1712, i32 %1713, float %1612, float %1613, float %1614, float %1615)
	%1717 = extractvalue { float, float, float, float } %1716, 0
	%1718 = extractvalue { float, float, float, float } %1716, 1
	%1719 = extractvalue { float, float, float, float } %1716, 2
	%1720 = extractvalue { float, float, float, float } %1716, 3
	%1721 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %859, i32 %860, i32 %861, i32 %862, i32 %1714, i32 %1715, float %1617, float %1618, float %1619, float %1620)
	%1722 = extractvalue { float, float, float, float } %1721, 0
	%1723 = extractvalue { float, float, float, float } %1721, 1
	%1724 = extractvalue { float, float, float, float } %1721, 2
	%1725 = extractvalue { float, float, float, float } %1721, 3
	%1726 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %907, i32 %908, i32 %909, i32 %910, i32 %1712, i32 %1713, float %1622, float %1623, float %1624, float %1625)
	%1727 = extractvalue { float, float, float, float } %1726, 0
	%1728 = extractvalue { float, float, float, float } %1726, 1
	%1729 = extractvalue { float, float, float, float } %1726, 2
	%1730 = extractvalue { float, float, float, float } %1726, 3
	%1731 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %907, i32 %908, i32 %909, i32 %910, i32 %1714, i32 %1715, float %1627, float %1628, float %1629, float %1630)
	%1732 = extractvalue { float, float, float, float } %1731, 0
	%1733 = extractvalue { float, float, float, float } %1731, 1
	%1734 = extractvalue { float, float, float, float } %1731, 2
	%1735 = extractvalue { float, float, float, float } %1731, 3
	%1736 = add i32 %1657, 12288
	%1737 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1736)
	%1738 = extractvalue { i32, i32, i32, i32 } %1737, 0
	%1739 = extractvalue { i32, i32, i32, i32 } %1737, 1
	%1740 = extractvalue { i32, i32, i32, i32 } %1737, 2
	%1741 = extractvalue { i32, i32, i32, i32 } %1737, 3
	%1742 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %859, i32 %860, i32 %861, i32 %862, i32 %1738, i32 %1739, float %1638, float %1639, float %1640, float %1641)
	%1743 = extractvalue { float, float, float, float } %1742, 0
	%1744 = extractvalue { float, float, float, float } %1742, 1
	%1745 = extractvalue { float, float, float, float } %1742, 2
	%1746 = extractvalue { float, float, float, float } %1742, 3
	%1747 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %859, i32 %860, i32 %861, i32 %862, i32 %1740, i32 %1741, float %1643, float %1644, float %1645, float %1646)
	%1748 = extractvalue { float, float, float, float } %1747, 0
	%1749 = extractvalue { float, float, float, float } %1747, 1
	%1750 = extractvalue { float, float, float, float } %1747, 2
	%1751 = extractvalue { float, float, float, float } %1747, 3
	%1752 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %907, i32 %908, i32 %909, i32 %910, i32 %1738, i32 %1739, float %1648, float %1649, float %1650, float %1651)
	%1753 = extractvalue { float, float, float, float } %1752, 0
	%1754 = extractvalue { float, float, float, float } %1752, 1
	%1755 = extractvalue { float, float, float, float } %1752, 2
	%1756 = extractvalue { float, float, float, float } %1752, 3
	%1757 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %907, i32 %908, i32 %909, i32 %910, i32 %1740, i32 %1741, float %1653, float %1654, float %1655, float %1656)
	%1758 = extractvalue { float, float, float, float } %1757, 0
	%1759 = extractvalue { float, float, float, float } %1757, 1
	%1760 = extractvalue { float, float, float, float } %1757, 2
	%1761 = extractvalue { float, float, float, float } %1757, 3
	call void @llvm.nvvm.barrier0()
	br i1 %814, label %prefetch, label %prefetched

epilogue:
	%1762 = phi float [ 0.0, %entry ], [ %3424, %3240 ]
	%1763 = phi float [ 0.0, %entry ], [ %3476, %3240 ]
	%1764 = phi float [ 0.0, %entry ], [ %3528, %3240 ]
	%1765 = phi float [ 0.0, %entry ], [ %3580, %3240 ]
	%1766 = phi i32 [ 0, %entry ], [ %806, %3240 ]
	%1767 = phi float [ 0.0, %entry ], [ %4280, %3240 ]
	%1768 = phi float [ 0.0, %entry ], [ %4281, %3240 ]
	%1769 = phi float [ 0.0, %entry ], [ %4282, %3240 ]
	%1770 = phi float [ 0.0, %entry ], [ %4283, %3240 ]
	%1771 = phi float [ 0.0, %entry ], [ %4285, %3240 ]
	%1772 = phi float [ 0.0, %entry ], [ %4286, %3240 ]
	%1773 = phi float [ 0.0, %entry ], [ %4287, %3240 ]
	%1774 = phi float [ 0.0, %entry ], [ %4288, %3240 ]
	%1775 = phi float [ 0.0, %entry ], [ %4307, %3240 ]
	%1776 = phi float [ 0.0, %entry ], [ %4308, %3240 ]
	%1777 = phi float [ 0.0, %entry ], [ %4309, %3240 ]
	%1778 = phi float [ 0.0, %entry ], [ %4310, %3240 ]
	%1779 = phi float [ 0.0, %entry ], [ %4312, %3240 ]
	%1780 = phi float [ 0.0, %entry ], [ %4313, %3240 ]
	%1781 = phi float [ 0.0, %entry ], [ %4314, %3240 ]
	%1782 = phi float [ 0.0, %entry ], [ %4315, %3240 ]
	%1783 = phi float [ 0.0, %entry ], [ %4334, %3240 ]
	%1784 = phi float [ 0.0, %entry ], [ %4335, %3240 ]
	%1785 = phi float [ 0.0, %entry ], [ %4336, %3240 ]
	%1786 = phi float [ 0.0, %entry ], [ %4337, %3240 ]
	%1787 = phi float [ 0.0, %entry ], [ %4339, %3240 ]
	%1788 = phi float [ 0.0, %entry ], [ %4340, %3240 ]
	%1789 = phi float [ 0.0, %entry ], [ %4341, %3240 ]
	%1790 = phi float [ 0.0, %entry ], [ %4342, %3240 ]
	%1791 = phi float [ 0.0, %entry ], [ %4361, %3240 ]
	%1792 = phi float [ 0.0, %entry ], [ %4362, %3240 ]
	%1793 = phi float [ 0.0, %entry ], [ %4363, %3240 ]
	%1794 = phi float [ 0.0, %entry ], [ %4364, %3240 ]
	%1795 = phi float [ 0.0, %entry ], [ %4366, %3240 ]
	%1796 = phi float [ 0.0, %entry ], [ %4367, %3240 ]
	%1797 = phi float [ 0.0, %entry ], [ %4368, %3240 ]
	%1798 = phi float [ 0.0, %entry ], [ %4369, %3240 ]
	%1799 = phi float [ 0.0, %entry ], [ %4388, %3240 ]
	%1800 = phi float [ 0.0, %entry ], [ %4389, %3240 ]
	%1801 = phi float [ 0.0, %entry ], [ %4390, %3240 ]
	%1802 = phi float [ 0.0, %entry ], [ %4391, %3240 ]
	%1803 = phi float [ 0.0, %entry ], [ %4393, %3240 ]
	%1804 = phi float [ 0.0, %entry ], [ %4394, %3240 ]
	%1805 = phi float [ 0.0, %entry ], [ %4395, %3240 ]
	%1806 = phi float [ 0.0, %entry ], [ %4396, %3240 ]
	%1807 = phi float [ 0.0, %entry ], [ %4415, %3240 ]
	%1808 = phi float [ 0.0, %entry ], [ %4416, %3240 ]
	%1809 = phi float [ 0.0, %entry ], [ %4417, %3240 ]
	%1810 = phi float [ 0.0, %entry ], [ %4418, %3240 ]
	%1811 = phi float [ 0.0, %entry ], [ %4420, %3240 ]
	%1812 = phi float [ 0.0, %entry ], [ %4421, %3240 ]
	%1813 = phi float [ 0.0, %entry ], [ %4422, %3240 ]
	%1814 = phi float [ 0.0, %entry ], [ %4423, %3240 ]
	%1815 = phi float [ 0.0, %entry ], [ %4442, %3240 ]
	%1816 = phi float [ 0.0, %entry ], [ %4443, %3240 ]
	%1817 = phi float [ 0.0, %entry ], [ %4444, %3240 ]
	%1818 = phi float [ 0.0, %entry ], [ %4445, %3240 ]
	%1819 = phi float [ 0.0, %entry ], [ %4447, %3240 ]
	%1820 = phi float [ 0.0, %entry ], [ %4448, %3240 ]
	%1821 = phi float [ 0.0, %entry ], [ %4449, %3240 ]
	%1822 = phi float [ 0.0, %entry ], [ %4450, %3240 ]
	%1823 = phi float [ 0.0, %entry ], [ %4469, %3240 ]
	%1824 = phi float [ 0.0, %entry ], [ %4470, %3240 ]
	%1825 = phi float [ 0.0, %entry ], [ %4471, %3240 ]
	%1826 = phi float [ 0.0, %entry ], [ %4472, %3240 ]
	%1827 = phi float [ 0.0, %entry ], [ %4474, %3240 ]
	%1828 = phi float [ 0.0, %entry ], [ %4475, %3240 ]
	%1829 = phi float [ 0.0, %entry ], [ %4476, %3240 ]
	%1830 = phi float [ 0.0, %entry ], [ %4477, %3240 ]
	%1831 = phi float [ 0.0, %entry ], [ %4290, %3240 ]
	%1832 = phi float [ 0.0, %entry ], [ %4291, %3240 ]
	%1833 = phi float [ 0.0, %entry ], [ %4292, %3240 ]
	%1834 = phi float [ 0.0, %entry ], [ %4293, %3240 ]
	%1835 = phi float [ 0.0, %entry ], [ %4295, %3240 ]
	%1836 = phi float [ 0.0, %entry ], [ %4296, %3240 ]
	%1837 = phi float [ 0.0, %entry ], [ %4297, %3240 ]
	%1838 = phi float [ 0.0, %entry ], [ %4298, %3240 ]
	%1839 = phi float [ 0.0, %entry ], [ %4317, %3240 ]
	%1840 = phi float [ 0.0, %entry ], [ %4318, %3240 ]
	%1841 = phi float [ 0.0, %entry ], [ %4319, %3240 ]
	%1842 = phi float [ 0.0, %entry ], [ %4320, %3240 ]
	%1843 = phi float [ 0.0, %entry ], [ %4322, %3240 ]
	%1844 = phi float [ 0.0, %entry ], [ %4323, %3240 ]
	%1845 = phi float [ 0.0, %entry ], [ %4324, %3240 ]
	%1846 = phi float [ 0.0, %entry ], [ %4325, %3240 ]
	%1847 = phi float [ 0.0, %entry ], [ %4344, %3240 ]
	%1848 = phi float [ 0.0, %entry ], [ %4345, %3240 ]
	%1849 = phi float [ 0.0, %entry ], [ %4346, %3240 ]
	%1850 = phi float [ 0.0, %entry ], [ %4347, %3240 ]
	%1851 = phi float [ 0.0, %entry ], [ %4349, %3240 ]
	%1852 = phi float [ 0.0, %entry ], [ %4350, %3240 ]
	%1853 = phi float [ 0.0, %entry ], [ %4351, %3240 ]
	%1854 = phi float [ 0.0, %entry ], [ %4352, %3240 ]
	%1855 = phi float [ 0.0, %entry ], [ %4371, %3240 ]
	%1856 = phi float [ 0.0, %entry ], [ %4372, %3240 ]
	%1857 = phi float [ 0.0, %entry ], [ %4373, %3240 ]
	%1858 = phi float [ 0.0, %entry ], [ %4374, %3240 ]
	%1859 = phi float [ 0.0, %entry ], [ %4376, %3240 ]
	%1860 = phi float [ 0.0, %entry ], [ %4377, %3240 ]
	%1861 = phi float [ 0.0, %entry ], [ %4378, %3240 ]
	%1862 = phi float [ 0.0, %entry ], [ %4379, %3240 ]
	%1863 = phi float [ 0.0, %entry ], [ %4398, %3240 ]
	%1864 = phi float [ 0.0, %entry ], [ %4399, %3240 ]
	%1865 = phi float [ 0.0, %entry ], [ %4400, %3240 ]
	%1866 = phi float [ 0.0, %entry ], [ %4401, %3240 ]
	%1867 = phi float [ 0.0, %entry ], [ %4403, %3240 ]
	%1868 = phi float [ 0.0, %entry ], [ %4404, %3240 ]
	%1869 = phi float [ 0.0, %entry ], [ %4405, %3240 ]
	%1870 = phi float [ 0.0, %entry ], [ %4406, %3240 ]
	%1871 = phi float [ 0.0, %entry ], [ %4425, %3240 ]
	%1872 = phi float [ 0.0, %entry ], [ %4426, %3240 ]
	%1873 = phi float [ 0.0, %entry ], [ %4427, %3240 ]
	%1874 = phi float [ 0.0, %entry ], [ %4428, %3240 ]
	%1875 = phi float [ 0.0, %entry ], [ %4430, %3240 ]
	%1876 = phi float [ 0.0, %entry ], [ %4431, %3240 ]
	%1877 = phi float [ 0.0, %entry ], [ %4432, %3240 ]
	%1878 = phi float [ 0.0, %entry ], [ %4433, %3240 ]
	%1879 = phi float [ 0.0, %entry ], [ %4452, %3240 ]
	%1880 = phi float [ 0.0, %entry ], [ %4453, %3240 ]
	%1881 = phi float [ 0.0, %entry ], [ %4454, %3240 ]
	%1882 = phi float [ 0.0, %entry ], [ %4455, %3240 ]
	%1883 = phi float [ 0.0, %entry ], [ %4457, %3240 ]
	%1884 = phi float [ 0.0, %entry ], [ %4458, %3240 ]
	%1885 = phi float [ 0.0, %entry ], [ %4459, %3240 ]
	%1886 = phi float [ 0.0, %entry ], [ %4460, %3240 ]
	%1887 = phi float [ 0.0, %entry ], [ %4479, %3240 ]
	%1888 = phi float [ 0.0, %entry ], [ %4480, %3240 ]
	%1889 = phi float [ 0.0, %entry ], [ %4481, %3240 ]
	%1890 = phi float [ 0.0, %entry ], [ %4482, %3240 ]
	%1891 = phi float [ 0.0, %entry ], [ %4484, %3240 ]
	%1892 = phi float [ 0.0, %entry ], [ %4485, %3240 ]
	%1893 = phi float [ 0.0, %entry ], [ %4486, %3240 ]
	%1894 = phi float [ 0.0, %entry ], [ %4487, %3240 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	%1895 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1762, i32 1, i32 31)
	%1896 = fadd float %1762, %1895
	%1897 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1896, i32 2, i32 31)
	%1898 = fadd float %1896, %1897
	%1899 = fcmp ogt float %1898, 0.0
	%1900 = fdiv float 1.0, %1898
	%1901 = select i1 %1899, float %1900, float 0.0
	%1902 = mul i32 %4, 32
	%1903 = add i32 %13, %1902
	%1904 = add i32 %6, 0
	%1905 = add i32 %1903, %1904
	%1906 = fmul float %1767, %1901
	%1907 = fmul float %1768, %1901
	%1908 = fmul float %1771, %1901
	%1909 = fmul float %1772, %1901
	%1910 = fmul float %1775, %1901
	%1911 = fmul float %1776, %1901
	%1912 = fmul float %1779, %1901
	%1913 = fmul float %1780, %1901
	%1914 = fmul float %1783, %1901
	%1915 = fmul float %1784, %1901
	%1916 = fmul float %1787, %1901
	%1917 = fmul float %1788, %1901
	%1918 = fmul float %1791, %1901
	%1919 = fmul float %1792, %1901
	%1920 = fmul float %1795, %1901
	%1921 = fmul float %1796, %1901
	%1922 = fmul float %1799, %1901
	%1923 = fmul float %1800, %1901
	%1924 = fmul float %1803, %1901
	%1925 = fmul float %1804, %1901
	%1926 = fmul float %1807, %1901
	%1927 = fmul float %1808, %1901
	%1928 = fmul float %1811, %1901
	%1929 = fmul float %1812, %1901
	%1930 = fmul float %1815, %1901
	%1931 = fmul float %1816, %1901
	%1932 = fmul float %1819, %1901
	%1933 = fmul float %1820, %1901
	%1934 = fmul float %1823, %1901
	%1935 = fmul float %1824, %1901
	%1936 = fmul float %1827, %1901
	%1937 = fmul float %1828, %1901
	%1938 = icmp slt i32 %1905, %M
	br i1 %1938, label %store0, label %stored0

prefetch:
	%1939 = mul i32 %813, 64
	%1940 = lshr i32 %3, 4
	%1941 = and i32 %3, 15
	%1942 = and i32 %1940, 7
	%1943 = xor i32 %1941, %1942
	%1944 = mul i32 %1940, 16
	%1945 = add i32 %1944, %1943
	%1946 = shl i32 %1945, 4
	%1947 = add i32 %0, %1946
	%1948 = add i32 %1939, %1940
	%1949 = mul i32 %1948, 128
	%1950 = mul i32 %1941, 8
	%1951 = add i32 %1949, %1950
	%1952 = sext i32 %1951 to i64
	%1953 = getelementptr i16, i16* %21, i64 %1952
	%1954 = add i32 %1948, 0
	%1955 = icmp slt i32 %1954, %N
	%1956 = getelementptr i16, i16* %1953, i64 0
	%1957 = select i1 %1955, i16* %1956, i16* %21
	%1958 = add i32 %1947, 0
	%1959 = select i1 %1955, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1958, i16* %1957, i32 %1959)
	%1960 = add i32 %1948, 4
	%1961 = icmp slt i32 %1960, %N
	%1962 = getelementptr i16, i16* %1953, i64 512
	%1963 = select i1 %1961, i16* %1962, i16* %21
	%1964 = add i32 %1940, 4
	%1965 = and i32 %1964, 7
	%1966 = xor i32 %1941, %1965
	%1967 = mul i32 %1964, 16
	%1968 = add i32 %1967, %1966
	%1969 = shl i32 %1968, 4
	%1970 = add i32 %0, %1969
	%1971 = select i1 %1961, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1970, i16* %1963, i32 %1971)
	%1972 = add i32 %1948, 8
	%1973 = icmp slt i32 %1972, %N
	%1974 = getelementptr i16, i16* %1953, i64 1024
	%1975 = select i1 %1973, i16* %1974, i16* %21
	%1976 = add i32 %1940, 8
	%1977 = and i32 %1976, 7
	%1978 = xor i32 %1941, %1977
	%1979 = mul i32 %1976, 16
	%1980 = add i32 %1979, %1978
	%1981 = shl i32 %1980, 4
	%1982 = add i32 %0, %1981
	%1983 = select i1 %1973, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1982, i16* %1975, i32 %1983)
	%1984 = add i32 %1948, 12
	%1985 = icmp slt i32 %1984, %N
	%1986 = getelementptr i16, i16* %1953, i64 1536
	%1987 = select i1 %1985, i16* %1986, i16* %21
	%1988 = add i32 %1940, 12
	%1989 = and i32 %1988, 7
	%1990 = xor i32 %1941, %1989
	%1991 = mul i32 %1988, 16
	%1992 = add i32 %1991, %1990
	%1993 = shl i32 %1992, 4
	%1994 = add i32 %0, %1993
	%1995 = select i1 %1985, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1994, i16* %1987, i32 %1995)
	%1996 = add i32 %1948, 16
	%1997 = icmp slt i32 %1996, %N
	%1998 = getelementptr i16, i16* %1953, i64 2048
	%1999 = select i1 %1997, i16* %1998, i16* %21
	%2000 = add i32 %1940, 16
	%2001 = and i32 %2000, 7
	%2002 = xor i32 %1941, %2001
	%2003 = mul i32 %2000, 16
	%2004 = add i32 %2003, %2002
	%2005 = shl i32 %2004, 4
	%2006 = add i32 %0, %2005
	%2007 = select i1 %1997, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2006, i16* %1999, i32 %2007)
	%2008 = add i32 %1948, 20
	%2009 = icmp slt i32 %2008, %N
	%2010 = getelementptr i16, i16* %1953, i64 2560
	%2011 = select i1 %2009, i16* %2010, i16* %21
	%2012 = add i32 %1940, 20
	%2013 = and i32 %2012, 7
	%2014 = xor i32 %1941, %2013
	%2015 = mul i32 %2012, 16
	%2016 = add i32 %2015, %2014
	%2017 = shl i32 %2016, 4
	%2018 = add i32 %0, %2017
	%2019 = select i1 %2009, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2018, i16* %2011, i32 %2019)
	%2020 = add i32 %1948, 24
	%2021 = icmp slt i32 %2020, %N
	%2022 = getelementptr i16, i16* %1953, i64 3072
	%2023 = select i1 %2021, i16* %2022, i16* %21
	%2024 = add i32 %1940, 24
	%2025 = and i32 %2024, 7
	%2026 = xor i32 %1941, %2025
	%2027 = mul i32 %2024, 16
	%2028 = add i32 %2027, %2026
	%2029 = shl i32 %2028, 4
	%2030 = add i32 %0, %2029
	%2031 = select i1 %2021, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2030, i16* %2023, i32 %2031)
	%2032 = add i32 %1948, 28
	%2033 = icmp slt i32 %2032, %N
	%2034 = getelementptr i16, i16* %1953, i64 3584
	%2035 = select i1 %2033, i16* %2034, i16* %21
	%2036 = add i32 %1940, 28
	%2037 = and i32 %2036, 7
	%2038 = xor i32 %1941, %2037
	%2039 = mul i32 %2036, 16
	%2040 = add i32 %2039, %2038
	%2041 = shl i32 %2040, 4
	%2042 = add i32 %0, %2041
	%2043 = select i1 %2033, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2042, i16* %2035, i32 %2043)
	%2044 = add i32 %1948, 32
	%2045 = icmp slt i32 %2044, %N
	%2046 = getelementptr i16, i16* %1953, i64 u0x1000
	%2047 = select i1 %2045, i16* %2046, i16* %21
	%2048 = add i32 %1940, 32
	%2049 = and i32 %2048, 7
	%2050 = xor i32 %1941, %2049
	%2051 = mul i32 %2048, 16
	%2052 = add i32 %2051, %2050
	%2053 = shl i32 %2052, 4
	%2054 = add i32 %0, %2053
	%2055 = select i1 %2045, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2054, i16* %2047, i32 %2055)
	%2056 = add i32 %1948, 36
	%2057 = icmp slt i32 %2056, %N
	%2058 = getelementptr i16, i16* %1953, i64 4608
	%2059 = select i1 %2057, i16* %2058, i16* %21
	%2060 = add i32 %1940, 36
	%2061 = and i32 %2060, 7
	%2062 = xor i32 %1941, %2061
	%2063 = mul i32 %2060, 16
	%2064 = add i32 %2063, %2062
	%2065 = shl i32 %2064, 4
	%2066 = add i32 %0, %2065
	%2067 = select i1 %2057, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2066, i16* %2059, i32 %2067)
	%2068 = add i32 %1948, 40
	%2069 = icmp slt i32 %2068, %N
	%2070 = getelementptr i16, i16* %1953, i64 5120
	%2071 = select i1 %2069, i16* %2070, i16* %21
	%2072 = add i32 %1940, 40
	%2073 = and i32 %2072, 7
	%2074 = xor i32 %1941, %2073
	%2075 = mul i32 %2072, 16
	%2076 = add i32 %2075, %2074
	%2077 = shl i32 %2076, 4
	%2078 = add i32 %0, %2077
	%2079 = select i1 %2069, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2078, i16* %2071, i32 %2079)
	%2080 = add i32 %1948, 44
	%2081 = icmp slt i32 %2080, %N
	%2082 = getelementptr i16, i16* %1953, i64 5632
	%2083 = select i1 %2081, i16* %2082, i16* %21
	%2084 = add i32 %1940, 44
	%2085 = and i32 %2084, 7
	%2086 = xor i32 %1941, %2085
	%2087 = mul i32 %2084, 16
	%2088 = add i32 %2087, %2086
	%2089 = shl i32 %2088, 4
	%2090 = add i32 %0, %2089
	%2091 = select i1 %2081, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2090, i16* %2083, i32 %2091)
	%2092 = add i32 %1948, 48
	%2093 = icmp slt i32 %2092, %N
	%2094 = getelementptr i16, i16* %1953, i64 6144
	%2095 = select i1 %2093, i16* %2094, i16* %21
	%2096 = add i32 %1940, 48
	%2097 = and i32 %2096, 7
	%2098 = xor i32 %1941, %2097
	%2099 = mul i32 %2096, 16
	%2100 = add i32 %2099, %2098
	%2101 = shl i32 %2100, 4
	%2102 = add i32 %0, %2101
	%2103 = select i1 %2093, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2102, i16* %2095, i32 %2103)
	%2104 = add i32 %1948, 52
	%2105 = icmp slt i32 %2104, %N
	%2106 = getelementptr i16, i16* %1953, i64 6656
	%2107 = select i1 %2105, i16* %2106, i16* %21
	%2108 = add i32 %1940, 52
	%2109 = and i32 %2108, 7
	%2110 = xor i32 %1941, %2109
	%2111 = mul i32 %2108, 16
	%2112 = add i32 %2111, %2110
	%2113 = shl i32 %2112, 4
	%2114 = add i32 %0, %2113
	%2115 = select i1 %2105, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2114, i16* %2107, i32 %2115)
	%2116 = add i32 %1948, 56
	%2117 = icmp slt i32 %2116, %N
	%2118 = getelementptr i16, i16* %1953, i64 7168
	%2119 = select i1 %2117, i16* %2118, i16* %21
	%2120 = add i32 %1940, 56
	%2121 = and i32 %2120, 7
	%2122 = xor i32 %1941, %2121
	%2123 = mul i32 %2120, 16
	%2124 = add i32 %2123, %2122
	%2125 = shl i32 %2124, 4
	%2126 = add i32 %0, %2125
	%2127 = select i1 %2117, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2126, i16* %2119, i32 %2127)
	%2128 = add i32 %1948, 60
	%2129 = icmp slt i32 %2128, %N
	%2130 = getelementptr i16, i16* %1953, i64 7680
	%2131 = select i1 %2129, i16* %2130, i16* %21
	%2132 = add i32 %1940, 60
	%2133 = and i32 %2132, 7
	%2134 = xor i32 %1941, %2133
	%2135 = mul i32 %2132, 16
	%2136 = add i32 %2135, %2134
	%2137 = shl i32 %2136, 4
	%2138 = add i32 %0, %2137
	%2139 = select i1 %2129, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2138, i16* %2131, i32 %2139)
	br label %prefetched

prefetched:
	call void asm sideeffect "cp.async.commit_group;", ""()
	%2140 = mul i32 %4, 32
	%2141 = add i32 %13, %2140
	%2142 = add i32 %6, 0
	%2143 = add i32 %2141, %2142
	%2144 = mul i32 %4, 32
	%2145 = add i32 %13, %2144
	%2146 = add i32 %6, 8
	%2147 = add i32 %2145, %2146
	%2148 = mul i32 %4, 32
	%2149 = add i32 %13, %2148
	%2150 = add i32 %6, 16
	%2151 = add i32 %2149, %2150
	%2152 = mul i32 %4, 32
	%2153 = add i32 %13, %2152
	%2154 = add i32 %6, 24
	%2155 = add i32 %2153, %2154
	%2156 = sitofp i32 %11 to float
	%2157 = add i32 %34, %468
	%2158 = sext i32 %2157 to i64
	%2159 = getelementptr i8, i8* %cls, i64 %2158
	%2160 = load i8, i8* %2159
	%2161 = icmp ne i8 %2160, 2
	br i1 %2161, label %partial, label %softmax

partial:
	%2162 = shl i32 %7, 1
	%2163 = add i32 0, %2162
	%2164 = add i32 %605, %2163
	%2165 = icmp slt i32 %2164, %N
	%2166 = select i1 %2165, i32 %2164, i32 0
	%2167 = sitofp i32 %2143 to float
	%2168 = sitofp i32 %2166 to float
	%2169 = fcmp ole float %2168, %2167
	%2170 = uitofp i1 %2169 to float
	%2171 = fcmp une float %2170, 0.0
	%2172 = and i1 %2165, %2171
	%2173 = select i1 %2172, float %1665, float 0xFFF0000000000000
	%2174 = shl i32 %7, 1
	%2175 = add i32 1, %2174
	%2176 = add i32 %605, %2175
	%2177 = icmp slt i32 %2176, %N
	%2178 = select i1 %2177, i32 %2176, i32 0
	%2179 = sitofp i32 %2143 to float
	%2180 = sitofp i32 %2178 to float
	%2181 = fcmp ole float %2180, %2179
	%2182 = uitofp i1 %2181 to float
	%2183 = fcmp une float %2182, 0.0
	%2184 = and i1 %2177, %2183
	%2185 = select i1 %2184, float %1666, float 0xFFF0000000000000
	%2186 = shl i32 %7, 1
	%2187 = add i32 0, %2186
	%2188 = add i32 %605, %2187
	%2189 = icmp slt i32 %2188, %N
	%2190 = select i1 %2189, i32 %2188, i32 0
	%2191 = sitofp i32 %2147 to float
	%2192 = sitofp i32 %2190 to float
	%2193 = fcmp ole float %2192, %2191
	%2194 = uitofp i1 %2193 to float
	%2195 = fcmp une float %2194, 0.0
	%2196 = and i1 %2189, %2195
	%2197 = select i1 %2196, float %1667, float 0xFFF0000000000000
	%2198 = shl i32 %7, 1
	%2199 = add i32 1, %2198
	%2200 = add i32 %605, %2199
	%2201 = icmp slt i32 %2200, %N
	%2202 = select i1 %2201, i32 %2200, i32 0
	%2203 = sitofp i32 %2147 to float
	%2204 = sitofp i32 %2202 to float
	%2205 = fcmp ole float %2204, %2203
	%2206 = uitofp i1 %2205 to float
	%2207 = fcmp une float %2206, 0.0
	%2208 = and i1 %2201, %2207
	%2209 = select i1 %2208, float %1668, float 0xFFF0000000000000
	%2210 = shl i32 %7, 1
	%2211 = add i32 8, %2210
	%2212 = add i32 %605, %2211
	%2213 = icmp slt i32 %2212, %N
	%2214 = select i1 %2213, i32 %2212, i32 0
	%2215 = sitofp i32 %2143 to float
	%2216 = sitofp i32 %2214 to float
	%2217 = fcmp ole float %2216, %2215
	%2218 = uitofp i1 %2217 to float
	%2219 = fcmp une float %2218, 0.0
	%2220 = and i1 %2213, %2219
	%2221 = select i1 %2220, float %1670, float 0xFFF0000000000000
	%2222 = shl i32 %7, 1
	%2223 = add i32 9, %2222
	%2224 = add i32 %605, %2223
	%2225 = icmp slt i32 %2224, %N
	%2226 = select i1 %2225, i32 %2224, i32 0
	%2227 = sitofp i32 %2143 to float
	%2228 = sitofp i32 %2226 to float
	%2229 = fcmp ole float %2228, %2227
	%2230 = uitofp i1 %2229 to float
	%2231 = fcmp une float %2230, 0.0
	%2232 = and i1 %2225, %2231
	%2233 = select i1 %2232, float %1671, float 0xFFF0000000000000
	%2234 = shl i32 %7, 1
	%2235 = add i32 8, %2234
	%2236 = add i32 %605, %2235
	%2237 = icmp slt i32 %2236, %N
	%2238 = select i1 %2237, i32 %2236, i32 0
	%2239 = sitofp i32 %2147 to float
	%2240 = sitofp i32 %2238 to float
	%2241 = fcmp ole float %2240, %2239
	%2242 = uitofp i1 %2241 to float
	%2243 = fcmp une float %2242, 0.0
	%2244 = and i1 %2237, %2243
	%2245 = select i1 %2244, float %1672, float 0xFFF0000000000000
	%2246 = shl i32 %7, 1
	%2247 = add i32 9, %2246
	%2248 = add i32 %605, %2247
	%2249 = icmp slt i32 %2248, %N
	%2250 = select i1 %2249, i32 %2248, i32 0
	%2251 = sitofp i32 %2147 to float
	%2252 = sitofp i32 %2250 to float
	%2253 = fcmp ole float %2252, %2251
	%2254 = uitofp i1 %2253 to float
	%2255 = fcmp une float %2254, 0.0
	%2256 = and i1 %2249, %2255
	%2257 = select i1 %2256, float %1673, float 0xFFF0000000000000
	%2258 = shl i32 %7, 1
	%2259 = add i32 16, %2258
	%2260 = add i32 %605, %2259
	%2261 = icmp slt i32 %2260, %N
	%2262 = select i1 %2261, i32 %2260, i32 0
	%2263 = sitofp i32 %2143 to float
	%2264 = sitofp i32 %2262 to float
	%2265 = fcmp ole float %2264, %2263
	%2266 = uitofp i1 %2265 to float
	%2267 = fcmp une float %2266, 0.0
	%2268 = and i1 %2261, %2267
	%2269 = select i1 %2268, float %1691, float 0xFFF0000000000000
	%2270 = shl i32 %7, 1
	%2271 = add i32 17, %2270
	%2272 = add i32 %605, %2271
	%2273 = icmp slt i32 %2272, %N
	%2274 = select i1 %2273, i32 %2272, i32 0
	%2275 = sitofp i32 %2143 to float
	%2276 = sitofp i32 %2274 to float
	%2277 = fcmp ole float %2276, %2275
	%2278 = uitofp i1 %2277 to float
	%2279 = fcmp une float %2278, 0.0
	%2280 = and i1 %2273, %2279
	%2281 = select i1 %2280, float %1692, float 0xFFF0000000000000
	%2282 = shl i32 %7, 1
	%2283 = add i32 16, %2282
	%2284 = add i32 %605, %2283
	%2285 = icmp slt i32 %2284, %N
	%2286 = select i1 %2285, i32 %2284, i32 0
	%2287 = sitofp i32 %2147 to float
	%2288 = sitofp i32 %2286 to float
	%2289 = fcmp ole float %2288, %2287
	%2290 = uitofp i1 %2289 to float
	%2291 = fcmp une float %2290, 0.0
	%2292 = and i1 %2285, %2291
	%2293 = select i1 %2292, float %1693, float 0xFFF0000000000000
	%2294 = shl i32 %7, 1
	%2295 = add i32 17, %2294
	%2296 = add i32 %605, %2295
	%2297 = icmp slt i32 %2296, %N
	%2298 = select i1 %2297, i32 %2296, i32 0
	%2299 = sitofp i32 %2147 to float
	%2300 = sitofp i32 %2298 to float
	%2301 = fcmp ole float %2300, %2299
	%2302 = uitofp i1 %2301 to float
	%2303 = fcmp une float %2302, 0.0
	%2304 = and i1 %2297, %2303
	%2305 = select i1 %2304, float %1694, float 0xFFF0000000000000
	%2306 = shl i32 %7, 1
	%2307 = add i32 24, %2306
	%2308 = add i32 %605, %2307
	%2309 = icmp slt i32 %2308, %N
	%2310 = select i1 %2309, i32 %2308, i32 0
	%2311 = sitofp i32 %2143 to float
	%2312 = sitofp i32 %2310 to float
	%2313 = fcmp ole float %2312, %2311
	%2314 = uitofp i1 %2313 to float
	%2315 = fcmp une float %2314, 0.0
	%2316 = and i1 %2309, %2315
	%2317 = select i1 %2316, float %1696, float 0xFFF0000000000000
	%2318 = shl i32 %7, 1
	%2319 = add i32 25, %2318
	%2320 = add i32 %605, %2319
	%2321 = icmp slt i32 %2320, %N
	%2322 = select i1 %2321, i32 %2320, i32 0
	%2323 = sitofp i32 %2143 to float
	%2324 = sitofp i32 %2322 to float
	%2325 = fcmp ole float %2324, %2323
	%2326 = uitofp i1 %2325 to float
	%2327 = fcmp une float %2326, 0.0
	%2328 = and i1 %2321, %2327
	%2329 = select i1 %2328, float %1697, float 0xFFF0000000000000
	%2330 = shl i32 %7, 1
	%2331 = add i32 24, %2330
	%2332 = add i32 %605, %2331
	%2333 = icmp slt i32 %2332, %N
	%2334 = select i1 %2333, i32 %2332, i32 0
	%2335 = sitofp i32 %2147 to float
	%2336 = sitofp i32 %2334 to float
	%2337 = fcmp ole float %2336, %2335
	%2338 = uitofp i1 %2337 to float
	%2339 = fcmp une float %2338, 0.0
	%2340 = and i1 %2333, %2339
	%2341 = select i1 %2340, float %1698, float 0xFFF0000000000000
	%2342 = shl i32 %7, 1
	%2343 = add i32 25, %2342
	%2344 = add i32 %605, %2343
	%2345 = icmp slt i32 %2344, %N
	%2346 = select i1 %2345, i32 %2344, i32 0
	%2347 = sitofp i32 %2147 to float
	%2348 = sitofp i32 %2346 to float
	%2349 = fcmp ole float %2348, %2347
	%2350 = uitofp i1 %2349 to float
	%2351 = fcmp une float %2350, 0.0
	%2352 = and i1 %2345, %2351
	%2353 = select i1 %2352, float %1699, float 0xFFF0000000000000
	%2354 = shl i32 %7, 1
	%2355 = add i32 32, %2354
	%2356 = add i32 %605, %2355
	%2357 = icmp slt i32 %2356, %N
	%2358 = select i1 %2357, i32 %2356, i32 0
	%2359 = sitofp i32 %2143 to float
	%2360 = sitofp i32 %2358 to float
	%2361 = fcmp ole float %2360, %2359
	%2362 = uitofp i1 %2361 to float
	%2363 = fcmp une float %2362, 0.0
	%2364 = and i1 %2357, %2363
	%2365 = select i1 %2364, float %1717, float 0xFFF0000000000000
	%2366 = shl i32 %7, 1
	%2367 = add i32 33, %2366
	%2368 = add i32 %605, %2367
	%2369 = icmp slt i32 %2368, %N
	%2370 = select i1 %2369, i32 %2368, i32 0
	%2371 = sitofp i32 %2143 to float
	%2372 = sitofp i32 %2370 to float
	%2373 = fcmp ole float %2372, %2371
	%2374 = uitofp i1 %2373 to float
	%2375 = fcmp une float %2374, 0.0
	%2376 = and i1 %2369, %2375
	%2377 = select i1 %2376, float %1718, float 0xFFF0000000000000
	%2378 = shl i32 %7, 1
	%2379 = add i32 32, %2378
	%2380 = add i32 %605, %2379
	%2381 = icmp slt i32 %2380, %N
	%2382 = select i1 %2381, i32 %2380, i32 0
	%2383 = sitofp i32 %2147 to float
	%2384 = sitofp i32 %2382 to float
	%2385 = fcmp ole float %2384, %2383
	%2386 = uitofp i1 %2385 to float
	%2387 = fcmp une float %2386, 0.0
	%2388 = and i1 %2381, %2387
	%2389 = select i1 %2388, float %1719, float 0xFFF0000000000000
	%2390 = shl i32 %7, 1
	%2391 = add i32 33, %2390
	%2392 = add i32 %605, %2391
	%2393 = icmp slt i32 %2392, %N
	%2394 = select i1 %2393, i32 %2392, i32 0
	%2395 = sitofp i32 %2147 to float
	%2396 = sitofp i32 %2394 to float
	%2397 = fcmp ole float %2396, %2395
	%2398 = uitofp i1 %2397 to float
	%2399 = fcmp une float %2398, 0.0
	%2400 = and i1 %2393, %2399
	%2401 = select i1 %2400, float %1720, float 0xFFF0000000000000
	%2402 = shl i32 %7, 1
	%2403 = add i32 40, %2402
	%2404 = add i32 %605, %2403
	%2405 = icmp slt i32 %2404, %N
	%2406 = select i1 %2405, i32 %2404, i32 0
	%2407 = sitofp i32 %2143 to float
	%2408 = sitofp i32 %2406 to float
	%2409 = fcmp ole float %2408, %2407
	%2410 = uitofp i1 %2409 to float
	%2411 = fcmp une float %2410, 0.0
	%2412 = and i1 %2405, %2411
	%2413 = select i1 %2412, float %1722, float 0xFFF0000000000000
	%2414 = shl i32 %7, 1
	%2415 = add i32 41, %2414
	%2416 = add i32 %605, %2415
	%2417 = icmp slt i32 %2416, %N
	%2418 = select i1 %2417, i32 %2416, i32 0
	%2419 = sitofp i32 %2143 to float
	%2420 = sitofp i32 %2418 to float
	%2421 = fcmp ole float %2420, %2419
	%2422 = uitofp i1 %2421 to float
	%2423 = fcmp une float %2422, 0.0
	%2424 = and i1 %2417, %2423
	%2425 = select i1 %2424, float %1723, float 0xFFF0000000000000
	%2426 = shl i32 %7, 1
	%2427 = add i32 40, %2426
	%2428 = add i32 %605, %2427
	%2429 = icmp slt i32 %2428, %N
	%2430 = select i1 %2429, i32 %2428, i32 0
	%2431 = sitofp i32 %2147 to float
	%2432 = sitofp i32 %2430 to float
	%2433 = fcmp ole float %2432, %2431
	%2434 = uitofp i1 %2433 to float
	%2435 = fcmp une float %2434, 0.0
	%2436 = and i1 %2429, %2435
	%2437 = select i1 %2436, float %1724, float 0xFFF0000000000000
	%2438 = shl i32 %7, 1
	%2439 = add i32 41, %2438
	%2440 = add i32 %605, %2439
	%2441 = icmp slt i32 %2440, %N
	%2442 = select i1 %2441, i32 %2440, i32 0
	%2443 = sitofp i32 %2147 to float
	%2444 = sitofp i32 %2442 to float
	%2445 = fcmp ole float %2444, %2443
	%2446 = uitofp i1 %2445 to float
	%2447 = fcmp une float %2446, 0.0
	%2448 = and i1 %2441, %2447
	%2449 = select i1 %2448, float %1725, float 0xFFF0000000000000
	%2450 = shl i32 %7, 1
	%2451 = add i32 48, %2450
	%2452 = add i32 %605, %2451
	%2453 = icmp slt i32 %2452, %N
	%2454 = select i1 %2453, i32 %2452, i32 0
	%2455 = sitofp i32 %2143 to float
	%2456 = sitofp i32 %2454 to float
	%2457 = fcmp ole float %2456, %2455
	%2458 = uitofp i1 %2457 to float
	%2459 = fcmp une float %2458, 0.0
	%2460 = and i1 %2453, %2459
	%2461 = select i1 %2460, float %1743, float 0xFFF0000000000000
	%2462 = shl i32 %7, 1
	%2463 = add i32 49, %2462
	%2464 = add i32 %605, %2463
	%2465 = icmp slt i32 %2464, %N
	%2466 = select i1 %2465, i32 %2464, i32 0
	%2467 = sitofp i32 %2143 to float
	%2468 = sitofp i32 %2466 to float
	%2469 = fcmp ole float %2468, %2467
	%2470 = uitofp i1 %2469 to float
	%2471 = fcmp une float %2470, 0.0
	%2472 = and i1 %2465, %2471
	%2473 = select i1 %2472, float %1744, float 0xFFF0000000000000
	%2474 = shl i32 %7, 1
	%2475 = add i32 48, %2474
	%2476 = add i32 %605, %2475
	%2477 = icmp slt i32 %2476, %N
	%2478 = select i1 %2477, i32 %2476, i32 0
	%2479 = sitofp i32 %2147 to float
	%2480 = sitofp i32 %2478 to float
	%2481 = fcmp ole float %2480, %2479
	%2482 = uitofp i1 %2481 to float
	%2483 = fcmp une float %2482, 0.0
	%2484 = and i1 %2477, %2483
	%2485 = select i1 %2484, float %1745, float 0xFFF0000000000000
	%2486 = shl i32 %7, 1
	%2487 = add i32 49, %2486
	%2488 = add i32 %605, %2487
	%2489 = icmp slt i32 %2488, %N
	%2490 = select i1 %2489, i32 %2488, i32 0
	%2491 = sitofp i32 %2147 to float
	%2492 = sitofp i32 %2490 to float
	%2493 = fcmp ole float %2492, %2491
	%2494 = uitofp i1 %2493 to float
	%2495 = fcmp une float %2494, 0.0
	%2496 = and i1 %2489, %2495
	%2497 = select i1 %2496, float %1746, float 0xFFF0000000000000
	%2498 = shl i32 %7, 1
	%2499 = add i32 56, %2498
	%2500 = add i32 %605, %2499
	%2501 = icmp slt i32 %2500, %N
	%2502 = select i1 %2501, i32 %2500, i32 0
	%2503 = sitofp i32 %2143 to float
	%2504 = sitofp i32 %2502 to float
	%2505 = fcmp ole float %2504, %2503
	%2506 = uitofp i1 %2505 to float
	%2507 = fcmp une float %2506, 0.0
	%2508 = and i1 %2501, %2507
	%2509 = select i1 %2508, float %1748, float 0xFFF0000000000000
	%2510 = shl i32 %7, 1
	%2511 = add i32 57, %2510
	%2512 = add i32 %605, %2511
	%2513 = icmp slt i32 %2512, %N
	%2514 = select i1 %2513, i32 %2512, i32 0
	%2515 = sitofp i32 %2143 to float
	%2516 = sitofp i32 %2514 to float
	%2517 = fcmp ole float %2516, %2515
	%2518 = uitofp i1 %2517 to float
	%2519 = fcmp une float %2518, 0.0
	%2520 = and i1 %2513, %2519
	%2521 = select i1 %2520, float %1749, float 0xFFF0000000000000
	%2522 = shl i32 %7, 1
	%2523 = add i32 56, %2522
	%2524 = add i32 %605, %2523
	%2525 = icmp slt i32 %2524, %N
	%2526 = select i1 %2525, i32 %2524, i32 0
	%2527 = sitofp i32 %2147 to float
	%2528 = sitofp i32 %2526 to float
	%2529 = fcmp ole float %2528, %2527
	%2530 = uitofp i1 %2529 to float
	%2531 = fcmp une float %2530, 0.0
	%2532 = and i1 %2525, %2531
	%2533 = select i1 %2532, float %1750, float 0xFFF0000000000000
	%2534 = shl i32 %7, 1
	%2535 = add i32 57, %2534
	%2536 = add i32 %605, %2535
	%2537 = icmp slt i32 %2536, %N
	%2538 = select i1 %2537, i32 %2536, i32 0
	%2539 = sitofp i32 %2147 to float
	%2540 = sitofp i32 %2538 to float
	%2541 = fcmp ole float %2540, %2539
	%2542 = uitofp i1 %2541 to float
	%2543 = fcmp une float %2542, 0.0
	%2544 = and i1 %2537, %2543
	%2545 = select i1 %2544, float %1751, float 0xFFF0000000000000
	%2546 = shl i32 %7, 1
	%2547 = add i32 0, %2546
	%2548 = add i32 %605, %2547
	%2549 = icmp slt i32 %2548, %N
	%2550 = select i1 %2549, i32 %2548, i32 0
	%2551 = sitofp i32 %2151 to float
	%2552 = sitofp i32 %2550 to float
	%2553 = fcmp ole float %2552, %2551
	%2554 = uitofp i1 %2553 to float
	%2555 = fcmp une float %2554, 0.0
	%2556 = and i1 %2549, %2555
	%2557 = select i1 %2556, float %1675, float 0xFFF0000000000000
	%2558 = shl i32 %7, 1
	%2559 = add i32 1, %2558
	%2560 = add i32 %605, %2559
	%2561 = icmp slt i32 %2560, %N
	%2562 = select i1 %2561, i32 %2560, i32 0
	%2563 = sitofp i32 %2151 to float
	%2564 = sitofp i32 %2562 to float
	%2565 = fcmp ole float %2564, %2563
	%2566 = uitofp i1 %2565 to float
	%2567 = fcmp une float %2566, 0.0
	%2568 = and i1 %2561, %2567
	%2569 = select i1 %2568, float %1676, float 0xFFF0000000000000
	%2570 = shl i32 %7, 1
	%2571 = add i32 0, %2570
	%2572 = add i32 %605, %2571
	%2573 = icmp slt i32 %2572, %N
	%2574 = select i1 %2573, i32 %2572, i32 0
	%2575 = sitofp i32 %2155 to float
	%2576 = sitofp i32 %2574 to float
	%2577 = fcmp ole float %2576, %2575
	%2578 = uitofp i1 %2577 to float
	%2579 = fcmp une float %2578, 0.0
	%2580 = and i1 %2573, %2579
	%2581 = select i1 %2580, float %1677, float 0xFFF0000000000000
	%2582 = shl i32 %7, 1
	%2583 = add i32 1, %2582
	%2584 = add i32 %605, %2583
	%2585 = icmp slt i32 %2584, %N
	%2586 = select i1 %2585, i32 %2584, i32 0
	%2587 = sitofp i32 %2155 to float
	%2588 = sitofp i32 %2586 to float
	%2589 = fcmp ole float %2588, %2587
	%2590 = uitofp i1 %2589 to float
	%2591 = fcmp une float %2590, 0.0
	%2592 = and i1 %2585, %2591
	%2593 = select i1 %2592, float %1678, float 0xFFF0000000000000
	%2594 = shl i32 %7, 1
	%2595 = add i32 8, %2594
	%2596 = add i32 %605, %2595
	%2597 = icmp slt i32 %2596, %N
	%2598 = select i1 %2597, i32 %2596, i32 0
	%2599 = sitofp i32 %2151 to float
	%2600 = sitofp i32 %2598 to float
	%2601 = fcmp ole float %2600, %2599
	%2602 = uitofp i1 %2601 to float
	%2603 = fcmp une float %2602, 0.0
	%2604 = and i1 %2597, %2603
	%2605 = select i1 %2604, float %1680, float 0xFFF0000000000000
	%2606 = shl i32 %7, 1
	%2607 = add i32 9, %2606
	%2608 = add i32 %605, %2607
	%2609 = icmp slt i32 %2608, %N
	%2610 = select i1 %2609, i32 %2608, i32 0
	%2611 = sitofp i32 %2151 to float
	%2612 = sitofp i32 %2610 to float
	%2613 = fcmp ole float %2612, %2611
	%2614 = uitofp i1 %2613 to float
	%2615 = fcmp une float %2614, 0.0
	%2616 = and i1 %2609, %2615
	%2617 = select i1 %2616, float %1681, float 0xFFF0000000000000
	%2618 = shl i32 %7, 1
	%2619 = add i32 8, %2618
	%2620 = add i32 %605, %2619
	%2621 = icmp slt i32 %2620, %N
	%2622 = select i1 %2621, i32 %2620, i32 0
	%2623 = sitofp i32 %2155 to float
	%2624 = sitofp i32 %2622 to float
	%2625 = fcmp ole float %2624, %2623
	%2626 = uitofp i1 %2625 to float
	%2627 = fcmp une float %2626, 0.0
	%2628 = and i1 %2621, %2627
	%2629 = select i1 %2628, float %1682, float 0xFFF0000000000000
	%2630 = shl i32 %7, 1
	%2631 = add i32 9, %2630
	%2632 = add i32 %605, %2631
	%2633 = icmp slt i32 %2632, %N
	%2634 = select i1 %2633, i32 %2632, i32 0
	%2635 = sitofp i32 %2155 to float
	%2636 = sitofp i32 %2634 to float
	%2637 = fcmp ole float %2636, %2635
	%2638 = uitofp i1 %2637 to float
	%2639 = fcmp une float %2638, 0.0
	%2640 = and i1 %2633, %2639
	%2641 = select i1 %2640, float %1683, float 0xFFF0000000000000
	%2642 = shl i32 %7, 1
	%2643 = add i32 16, %2642
	%2644 = add i32 %605, %2643
	%2645 = icmp slt i32 %2644, %N
	%2646 = select i1 %2645, i32 %2644, i32 0
	%2647 = sitofp i32 %2151 to float
	%2648 = sitofp i32 %2646 to float
	%2649 = fcmp ole float %2648, %2647
	%2650 = uitofp i1 %2649 to float
	%2651 = fcmp une float %2650, 0.0
	%2652 = and i1 %2645, %2651
	%2653 = select i1 %2652, float %1701, float 0xFFF0000000000000
	%2654 = shl i32 %7, 1
	%2655 = add i32 17, %2654
	%2656 = add i32 %605, %2655
	%2657 = icmp slt i32 %2656, %N
	%2658 = select i1 %2657, i32 %2656, i32 0
	%2659 = sitofp i32 %2151 to float
	%2660 = sitofp i32 %2658 to float
	%2661 = fcmp ole float %2660, %2659
	%2662 = uitofp i1 %2661 to float
	%2663 = fcmp une float %2662, 0.0
	%2664 = and i1 %2657, %2663
	%2665 = select i1 %2664, float %1702, float 0xFFF0000000000000
	%2666 = shl i32 %7, 1
	%2667 = add i32 16, %2666
	%2668 = add i32 %605, %2667
	%2669 = icmp slt i32 %2668, %N
	%2670 = select i1 %2669, i32 %2668, i32 0
	%2671 = sitofp i32 %2155 to float
	%2672 = sitofp i32 %2670 to float
	%2673 = fcmp ole float %2672, %2671
	%2674 = uitofp i1 %2673 to float
	%2675 = fcmp une float %2674, 0.0
	%2676 = and i1 %2669, %2675
	%2677 = select i1 %2676, float %1703, float 0xFFF0000000000000
	%2678 = shl i32 %7, 1
	%2679 = add i32 17, %2678
	%2680 = add i32 %605, %2679
	%2681 = icmp slt i32 %2680, %N
	%2682 = select i1 %2681, i32 %2680, i32 0
	%2683 = sitofp i32 %2155 to float
	%2684 = sitofp i32 %2682 to float
	%2685 = fcmp ole float %2684, %2683
	%2686 = uitofp i1 %2685 to float
	%2687 = fcmp une float %2686, 0.0
	%2688 = and i1 %2681, %2687
	%2689 = select i1 %2688, float %1704, float 0xFFF0000000000000
	%2690 = shl i32 %7, 1
	%2691 = add i32 24, %2690
	%2692 = add i32 %605, %2691
	%2693 = icmp slt i32 %2692, %N
	%2694 = select i1 %2693, i32 %2692, i32 0
	%2695 = sitofp i32 %2151 to float
	%2696 = sitofp i32 %2694 to float
	%2697 = fcmp ole float %2696, %2695
	%2698 = uitofp i1 %2697 to float
	%2699 = fcmp une float %2698, 0.0
	%2700 = and i1 %2693, %2699
	%2701 = select i1 %2700, float %1706, float 0xFFF0000000000000
	%2702 = shl i32 %7, 1
	%2703 = add i32 25, %2702
	%2704 = add i32 %605, %2703
	%2705 = icmp slt i32 %2704, %N
	%2706 = select i1 %2705, i32 %2704, i32 0
	%2707 = sitofp i32 %2151 to float
	%2708 = sitofp i32 %2706 to float
	%2709 = fcmp ole float %2708, %2707
	%2710 = uitofp i1 %2709 to float
	%2711 = fcmp une float %2710, 0.0
	%2712 = and i1 %2705, %2711
	%2713 = select i1 %2712, float %1707, float 0xFFF0000000000000
	%2714 = shl i32 %7, 1
	%2715 = add i32 24, %2714
	%2716 = add i32 %605, %2715
	%2717 = icmp slt i32 %2716, %N
	%2718 = select i1 %2717, i32 %2716, i32 0
	%2719 = sitofp i32 %2155 to float
	%2720 = sitofp i32 %2718 to float
	%2721 = fcmp ole float %2720, %2719
	%2722 = uitofp i1 %2721 to float
	%2723 = fcmp une float %2722, 0.0
	%2724 = and i1 %2717, %2723
	%2725 = select i1 %2724, float %1708, float 0xFFF0000000000000
	%2726 = shl i32 %7, 1
	%2727 = add i32 25, %2726
	%2728 = add i32 %605, %2727
	%2729 = icmp slt i32 %2728, %N
	%2730 = select i1 %2729, i32 %2728, i32 0
	%2731 = sitofp i32 %2155 to float
	%2732 = sitofp i32 %2730 to float
	%2733 = fcmp ole float %2732, %2731
	%2734 = uitofp i1 %2733 to float
	%2735 = fcmp une float %2734, 0.0
	%2736 = and i1 %2729, %2735
	%2737 = select i1 %2736, float %1709, float 0xFFF0000000000000
	%2738 = shl i32 %7, 1
	%2739 = add i32 32, %2738
	%2740 = add i32 %605, %2739
	%2741 = icmp slt i32 %2740, %N
	%2742 = select i1 %2741, i32 %2740, i32 0
	%2743 = sitofp i32 %2151 to float
	%2744 = sitofp i32 %2742 to float
	%2745 = fcmp ole float %2744, %2743
	%2746 = uitofp i1 %2745 to float
	%2747 = fcmp une float %2746, 0.0
	%2748 = and i1 %2741, %2747
	%2749 = select i1 %2748, float %1727, float 0xFFF0000000000000
	%2750 = shl i32 %7, 1
	%2751 = add i32 33, %2750
	%2752 = add i32 %605, %2751
	%2753 = icmp slt i32 %2752, %N
	%2754 = select i1 %2753, i32 %2752, i32 0
	%2755 = sitofp i32 %2151 to float
	%2756 = sitofp i32 %2754 to float
	%2757 = fcmp ole float %2756, %2755
	%2758 = uitofp i1 %2757 to float
	%2759 = fcmp une float %2758, 0.0
	%2760 = and i1 %2753, %2759
	%2761 = select i1 %2760, float %1728, float 0xFFF0000000000000
	%2762 = shl i32 %7, 1
	%2763 = add i32 32, %2762
	%2764 = add i32 %605, %2763
	%2765 = icmp slt i32 %2764, %N
	%2766 = select i1 %2765, i32 %2764, i32 0
	%2767 = sitofp i32 %2155 to float
	%2768 = sitofp i32 %2766 to float
	%2769 = fcmp ole float %2768, %2767
	%2770 = uitofp i1 %2769 to float
	%2771 = fcmp une float %2770, 0.0
	%2772 = and i1 %2765, %2771
	%2773 = select i1 %2772, float %1729, float 0xFFF0000000000000
	%2774 = shl i32 %7, 1
	%2775 = add i32 33, %2774
	%2776 = add i32 %605, %2775
	%2777 = icmp slt i32 %2776, %N
	%2778 = select i1 %2777, i32 %2776, i32 0
	%2779 = sitofp i32 %2155 to float
	%2780 = sitofp i32 %2778 to float
	%2781 = fcmp ole float %2780, %2779
	%2782 = uitofp i1 %2781 to float
	%2783 = fcmp une float %2782, 0.0
	%2784 = and i1 %2777, %2783
	%2785 = select i1 %2784, float %1730, float 0xFFF0000000000000
	%2786 = shl i32 %7, 1
	%2787 = add i32 40, %2786
	%2788 = add i32 %605, %2787
	%2789 = icmp slt i32 %2788, %N
	%2790 = select i1 %2789, i32 %2788, i32 0
	%2791 = sitofp i32 %2151 to float
	%2792 = sitofp i32 %2790 to float
	%2793 = fcmp ole float %2792, %2791
	%2794 = uitofp i1 %2793 to float
	%2795 = fcmp une float %2794, 0.0
	%2796 = and i1 %2789, %2795
	%2797 = select i1 %2796, float %1732, float 0xFFF0000000000000
	%2798 = shl i32 %7, 1
	%2799 = add i32 41, %2798
	%2800 = add i32 %605, %2799
	%2801 = icmp slt i32 %2800, %N
	%2802 = select i1 %2801, i32 %2800, i32 0
	%2803 = sitofp i32 %2151 to float
	%2804 = sitofp i32 %2802 to float
	%2805 = fcmp ole float %2804, %2803
	%2806 = uitofp i1 %2805 to float
	%2807 = fcmp une float %2806, 0.0
	%2808 = and i1 %2801, %2807
	%2809 = select i1 %2808, float %1733, float 0xFFF0000000000000
	%2810 = shl i32 %7, 1
	%2811 = add i32 40, %2810
	%2812 = add i32 %605, %2811
	%2813 = icmp slt i32 %2812, %N
	%2814 = select i1 %2813, i32 %2812, i32 0
	%2815 = sitofp i32 %2155 to float
	%2816 = sitofp i32 %2814 to float
	%2817 = fcmp ole float %2816, %2815
	%2818 = uitofp i1 %2817 to float
	%2819 = fcmp une float %2818, 0.0
	%2820 = and i1 %2813, %2819
	%2821 = select i1 %2820, float %1734, float 0xFFF0000000000000
	%2822 = shl i32 %7, 1
	%2823 = add i32 41, %2822
	%2824 = add i32 %605, %2823
	%2825 = icmp slt i32 %2824, %N
	%2826 = select i1 %2825, i32 %2824, i32 0
	%2827 = sitofp i32 %2155 to float
	%2828 = sitofp i32 %2826 to float
	%2829 = fcmp ole float %2828, %2827
	%2830 = uitofp i1 %2829 to float
	%2831 = fcmp une float %2830, 0.0
	%2832 = and i1 %2825, %2831
	%2833 = select i1 %2832, float %1735, float 0xFFF0000000000000
	%2834 = shl i32 %7, 1
	%2835 = add i32 48, %2834
	%2836 = add i32 %605, %2835
	%2837 = icmp slt i32 %2836, %N
	%2838 = select i1 %2837, i32 %2836, i32 0
	%2839 = sitofp i32 %2151 to float
	%2840 = sitofp i32 %2838 to float
	%2841 = fcmp ole float %2840, %2839
	%2842 = uitofp i1 %2841 to float
	%2843 = fcmp une float %2842, 0.0
	%2844 = and i1 %2837, %2843
	%2845 = select i1 %2844, float %1753, float 0xFFF0000000000000
	%2846 = shl i32 %7, 1
	%2847 = add i32 49, %2846
	%2848 = add i32 %605, %2847
	%2849 = icmp slt i32 %2848, %N
	%2850 = select i1 %2849, i32 %2848, i32 0
	%2851 = sitofp i32 %2151 to float
	%2852 = sitofp i32 %2850 to float
	%2853 = fcmp ole float %2852, %2851
	%2854 = uitofp i1 %2853 to float
	%2855 = fcmp une float %2854, 0.0
	%2856 = and i1 %2849, %2855
	%2857 = select i1 %2856, float %1754, float 0xFFF0000000000000
	%2858 = shl i32 %7, 1
	%2859 = add i32 48, %2858
	%2860 = add i32 %605, %2859
	%2861 = icmp slt i32 %2860, %N
	%2862 = select i1 %2861, i32 %2860, i32 0
	%2863 = sitofp i32 %2155 to float
	%2864 = sitofp i32 %2862 to float
	%2865 = fcmp ole float %2864, %2863
	%2866 = uitofp i1 %2865 to float
	%2867 = fcmp une float %2866, 0.0
	%2868 = and i1 %2861, %2867
	%2869 = select i1 %2868, float %1755, float 0xFFF0000000000000
	%2870 = shl i32 %7, 1
	%2871 = add i32 49, %2870
	%2872 = add i32 %605, %2871
	%2873 = icmp slt i32 %2872, %N
	%2874 = select i1 %2873, i32 %2872, i32 0
	%2875 = sitofp i32 %2155 to float
	%2876 = sitofp i32 %2874 to float
	%2877 = fcmp ole float %2876, %2875
	%2878 = uitofp i1 %2877 to float
	%2879 = fcmp une float %2878, 0.0
	%2880 = and i1 %2873, %2879
	%2881 = select i1 %2880, float %1756, float 0xFFF0000000000000
	%2882 = shl i32 %7, 1
	%2883 = add i32 56, %2882
	%2884 = add i32 %605, %2883
	%2885 = icmp slt i32 %2884, %N
	%2886 = select i1 %2885, i32 %2884, i32 0
	%2887 = sitofp i32 %2151 to float
	%2888 = sitofp i32 %2886 to float
	%2889 = fcmp ole float %2888, %2887
	%2890 = uitofp i1 %2889 to float
	%2891 = fcmp une float %2890, 0.0
	%2892 = and i1 %2885, %2891
	%2893 = select i1 %2892, float %1758, float 0xFFF0000000000000
	%2894 = shl i32 %7, 1
	%2895 = add i32 57, %2894
	%2896 = add i32 %605, %2895
	%2897 = icmp slt i32 %2896, %N
	%2898 = select i1 %2897, i32 %2896, i32 0
	%2899 = sitofp i32 %2151 to float
	%2900 = sitofp i32 %2898 to float
	%2901 = fcmp ole float %2900, %2899
	%2902 = uitofp i1 %2901 to float
	%2903 = fcmp une float %2902, 0.0
	%2904 = and i1 %2897, %2903
	%2905 = select i1 %2904, float %1759, float 0xFFF0000000000000
	%2906 = shl i32 %7, 1
	%2907 = add i32 56, %2906
	%2908 = add i32 %605, %2907
	%2909 = icmp slt i32 %2908, %N
	%2910 = select i1 %2909, i32 %2908, i32 0
	%2911 = sitofp i32 %2155 to float
	%2912 = sitofp i32 %2910 to float
	%2913 = fcmp ole float %2912, %2911
	%2914 = uitofp i1 %2913 to float
	%2915 = fcmp une float %2914, 0.0
	%2916 = and i1 %2909, %2915
	%2917 = select i1 %2916, float %1760, float 0xFFF0000000000000
	%2918 = shl i32 %7, 1
	%2919 = add i32 57, %2918
	%2920 = add i32 %605, %2919
	%2921 = icmp slt i32 %2920, %N
	%2922 = select i1 %2921, i32 %2920, i32 0
	%2923 = sitofp i32 %2155 to float
	%2924 = sitofp i32 %2922 to float
	%2925 = fcmp ole float %2924, %2923
	%2926 = uitofp i1 %2925 to float
	%2927 = fcmp une float %2926, 0.0
	%2928 = and i1 %2921, %2927
	%2929 = select i1 %2928, float %1761, float 0xFFF0000000000000
	br label %softmax

softmax:
	%2930 = phi float [ %1665, %prefetched ], [ %2173, %partial ]
	%2931 = phi float [ %1666, %prefetched ], [ %2185, %partial ]
	%2932 = phi float [ %1667, %prefetched ], [ %2197, %partial ]
	%2933 = phi float [ %1668, %prefetched ], [ %2209, %partial ]
	%2934 = phi float [ %1670, %prefetched ], [ %2221, %partial ]
	%2935 = phi float [ %1671, %prefetched ], [ %2233, %partial ]
	%2936 = phi float [ %1672, %prefetched ], [ %2245, %partial ]
	%2937 = phi float [ %1673, %prefetched ], [ %2257, %partial ]
	%2938 = phi float [ %1691, %prefetched ], [ %2269, %partial ]
	%2939 = phi float [ %1692, %prefetched ], [ %2281, %partial ]
	%2940 = phi float [ %1693, %prefetched ], [ %2293, %partial ]
	%2941 = phi float [ %1694, %prefetched ], [ %2305, %partial ]
	%2942 = phi float [ %1696, %prefetched ], [ %2317, %partial ]
	%2943 = phi float [ %1697, %prefetched ], [ %2329, %partial ]
	%2944 = phi float [ %1698, %prefetched ], [ %2341, %partial ]
	%2945 = phi float [ %1699, %prefetched ], [ %2353, %partial ]
	%2946 = phi float [ %1717, %prefetched ], [ %2365, %partial ]
	%2947 = phi float [ %1718, %prefetched ], [ %2377, %partial ]
	%2948 = phi float [ %1719, %prefetched ], [ %2389, %partial ]
	%2949 = phi float [ %1720, %prefetched ], [ %2401, %partial ]
	%2950 = phi float [ %1722, %prefetched ], [ %2413, %partial ]
	%2951 = phi float [ %1723, %prefetched ], [ %2425, %partial ]
	%2952 = phi float [ %1724, %prefetched ], [ %2437, %partial ]
	%2953 = phi float [ %1725, %prefetched ], [ %2449, %partial ]
	%2954 = phi float [ %1743, %prefetched ], [ %2461, %partial ]
	%2955 = phi float [ %1744, %prefetched ], [ %2473, %partial ]
	%2956 = phi float [ %1745, %prefetched ], [ %2485, %partial ]
	%2957 = phi float [ %1746, %prefetched ], [ %2497, %partial ]
	%2958 = phi float [ %1748, %prefetched ], [ %2509, %partial ]
	%2959 = phi float [ %1749, %prefetched ], [ %2521, %partial ]
	%2960 = phi float [ %1750, %prefetched ], [ %2533, %partial ]
	%2961 = phi float [ %1751, %prefetched ], [ %2545, %partial ]
	%2962 = phi float [ %1675, %prefetched ], [ %2557, %partial ]
	%2963 = phi float [ %1676, %prefetched ], [ %2569, %partial ]
	%2964 = phi float [ %1677, %prefetched ], [ %2581, %partial ]
	%2965 = phi float [ %1678, %prefetched ], [ %2593, %partial ]
	%2966 = phi float [ %1680, %prefetched ], [ %2605, %partial ]
	%2967 = phi float [ %1681, %prefetched ], [ %2617, %partial ]
	%2968 = phi float [ %1682, %prefetched ], [ %2629, %partial ]
	%2969 = phi float [ %1683, %prefetched ], [ %2641, %partial ]
	%2970 = phi float [ %1701, %prefetched ], [ %2653, %partial ]
	%2971 = phi float [ %1702, %prefetched ], [ %2665, %partial ]
	%2972 = phi float [ %1703, %prefetched ], [ %2677, %partial ]
	%2973 = phi float [ %1704, %prefetched ], [ %2689, %partial ]
	%2974 = phi float [ %1706, %prefetched ], [ %2701, %partial ]
	%2975 = phi float [ %1707, %prefetched ], [ %2713, %partial ]
	%2976 = phi float [ %1708, %prefetched ], [ %2725, %partial ]
	%2977 = phi float [ %1709, %prefetched ], [ %2737, %partial ]
	%2978 = phi float [ %1727, %prefetched ], [ %2749, %partial ]
	%2979 = phi float [ %1728, %prefetched ], [ %2761, %partial ]
	%2980 = phi float [ %1729, %prefetched ], [ %2773, %partial ]
	%2981 = phi float [ %1730, %prefetched ], [ %2785, %partial ]
	%2982 = phi float [ %1732, %prefetched ], [ %2797, %partial ]
	%2983 = phi float [ %1733, %prefetched ], [ %2809, %partial ]
	%2984 = phi float [ %1734, %prefetched ], [ %2821, %partial ]
	%2985 = phi float [ %1735, %prefetched ], [ %2833, %partial ]
	%2986 = phi float [ %1753, %prefetched ], [ %2845, %partial ]
	%2987 = phi float [ %1754, %prefetched ], [ %2857, %partial ]
	%2988 = phi float [ %1755, %prefetched ], [ %2869, %partial ]
	%2989 = phi float [ %1756, %prefetched ], [ %2881, %partial ]
	%2990 = phi float [ %1758, %prefetched ], [ %2893, %partial ]
	%2991 = phi float [ %1759, %prefetched ], [ %2905, %partial ]
	%2992 = phi float [ %1760, %prefetched ], [ %2917, %partial ]
	%2993 = phi float [ %1761, %prefetched ], [ %2929, %partial ]
	%2994 = call float @llvm.nvvm.fmax.f(float %2930, float %2931)
	%2995 = call float @llvm.nvvm.fmax.f(float %2934, float %2935)
	%2996 = call float @llvm.nvvm.fmax.f(float %2938, float %2939)
	%2997 = call float @llvm.nvvm.fmax.f(float %2942, float %2943)
	%2998 = call float @llvm.nvvm.fmax.f(float %2946, float %2947)
	%2999 = call float @llvm.nvvm.fmax.f(float %2950, float %2951)
	%3000 = call float @llvm.nvvm.fmax.f(float %2954, float %2955)
	%3001 = call float @llvm.nvvm.fmax.f(float %2958, float %2959)
	%3002 = call float @llvm.nvvm.fmax.f(float %2994, float %2995)
	%3003 = call float @llvm.nvvm.fmax.f(float %2996, float %2997)
	%3004 = call float @llvm.nvvm.fmax.f(float %2998, float %2999)
	%3005 = call float @llvm.nvvm.fmax.f(float %3000, float %3001)
	%3006 = call float @llvm.nvvm.fmax.f(float %3002, float %3003)
	%3007 = call float @llvm.nvvm.fmax.f(float %3004, float %3005)
	%3008 = call float @llvm.nvvm.fmax.f(float %3006, float %3007)
	%3009 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3008, i32 1, i32 31)
	%3010 = call float @llvm.nvvm.fmax.f(float %3008, float %3009)
	%3011 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3010, i32 2, i32 31)
	%3012 = call float @llvm.nvvm.fmax.f(float %3010, float %3011)
	%3013 = fmul float %3012, 0x3FC0527DC0000000
	%3014 = call float @llvm.nvvm.fmax.f(float %597, float %3013)
	%3015 = fadd float %597, 8.0
	%3016 = fcmp ogt float %3014, %3015
	%3017 = or i1 false, %3016
	%3018 = call float @llvm.nvvm.fmax.f(float %2932, float %2933)
	%3019 = call float @llvm.nvvm.fmax.f(float %2936, float %2937)
	%3020 = call float @llvm.nvvm.fmax.f(float %2940, float %2941)
	%3021 = call float @llvm.nvvm.fmax.f(float %2944, float %2945)
	%3022 = call float @llvm.nvvm.fmax.f(float %2948, float %2949)
	%3023 = call float @llvm.nvvm.fmax.f(float %2952, float %2953)
	%3024 = call float @llvm.nvvm.fmax.f(float %2956, float %2957)
	%3025 = call float @llvm.nvvm.fmax.f(float %2960, float %2961)
	%3026 = call float @llvm.nvvm.fmax.f(float %3018, float %3019)
	%3027 = call float @llvm.nvvm.fmax.f(float %3020, float %3021)
	%3028 = call float @llvm.nvvm.fmax.f(float %3022, float %3023)
	%3029 = call float @llvm.nvvm.fmax.f(float %3024, float %3025)
	%3030 = call float @llvm.nvvm.fmax.f(float %3026, float %3027)
	%3031 = call float @llvm.nvvm.fmax.f(float %3028, float %3029)
	%3032 = call float @llvm.nvvm.fmax.f(float %3030, float %3031)
	%3033 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3032, i32 1, i32 31)
	%3034 = call float @llvm.nvvm.fmax.f(float %3032, float %3033)
	%3035 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3034, i32 2, i32 31)
	%3036 = call float @llvm.nvvm.fmax.f(float %3034, float %3035)
	%3037 = fmul float %3036, 0x3FC0527DC0000000
	%3038 = call float @llvm.nvvm.fmax.f(float %599, float %3037)
	%3039 = fadd float %599, 8.0
	%3040 = fcmp ogt float %3038, %3039
	%3041 = or i1 %3017, %3040
	%3042 = call float @llvm.nvvm.fmax.f(float %2962, float %2963)
	%3043 = call float @llvm.nvvm.fmax.f(float %2966, float %2967)
	%3044 = call float @llvm.nvvm.fmax.f(float %2970, float %2971)
	%3045 = call float @llvm.nvvm.fmax.f(float %2974, float %2975)
	%3046 = call float @llvm.nvvm.fmax.f(float %2978, float %2979)
	%3047 = call float @llvm.nvvm.fmax.f(float %2982, float %2983)
	%3048 = call float @llvm.nvvm.fmax.f(float %2986, float %2987)
	%3049 = call float @llvm.nvvm.fmax.f(float %2990, float %2991)
	%3050 = call float @llvm.nvvm.fmax.f(float %3042, float %3043)
	%3051 = call float @llvm.nvvm.fmax.f(float %3044, float %3045)
	%3052 = call float @llvm.nvvm.fmax.f(float %3046, float %3047)
	%3053 = call float @llvm.nvvm.fmax.f(float %3048, float %3049)
	%3054 = call float @llvm.nvvm.fmax.f(float %3050, float %3051)
	%3055 = call float @llvm.nvvm.fmax.f(float %3052, float %3053)
	%3056 = call float @llvm.nvvm.fmax.f(float %3054, float %3055)
	%3057 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3056, i32 1, i32 31)
	%3058 = call float @llvm.nvvm.fmax.f(float %3056, float %3057)
	%3059 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3058, i32 2, i32 31)
	%3060 = call float @llvm.nvvm.fmax.f(float %3058, float %3059)
	%3061 = fmul float %3060, 0x3FC0527DC0000000
	%3062 = call float @llvm.nvvm.fmax.f(float %601, float %3061)
	%3063 = fadd float %601, 8.0
	%3064 = fcmp ogt float %3062, %3063
	%3065 = or i1 %3041, %3064
	%3066 = call float @llvm.nvvm.fmax.f(float %2964, float %2965)
	%3067 = call float @llvm.nvvm.fmax.f(float %2968, float %2969)
	%3068 = call float @llvm.nvvm.fmax.f(float %2972, float %2973)
	%3069 = call float @llvm.nvvm.fmax.f(float %2976, float %2977)
	%3070 = call float @llvm.nvvm.fmax.f(float %2980, float %2981)
	%3071 = call float @llvm.nvvm.fmax.f(float %2984, float %2985)
	%3072 = call float @llvm.nvvm.fmax.f(float %2988, float %2989)
	%3073 = call float @llvm.nvvm.fmax.f(float %2992, float %2993)
	%3074 = call float @llvm.nvvm.fmax.f(float %3066, float %3067)
	%3075 = call float @llvm.nvvm.fmax.f(float %3068, float %3069)
	%3076 = call float @llvm.nvvm.fmax.f(float %3070, float %3071)
	%3077 = call float @llvm.nvvm.fmax.f(float %3072, float %3073)
	%3078 = call float @llvm.nvvm.fmax.f(float %3074, float %3075)
	%3079 = call float @llvm.nvvm.fmax.f(float %3076, float %3077)
	%3080 = call float @llvm.nvvm.fmax.f(float %3078, float %3079)
	%3081 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3080, i32 1, i32 31)
	%3082 = call float @llvm.nvvm.fmax.f(float %3080, float %3081)
	%3083 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3082, i32 2, i32 31)
	%3084 = call float @llvm.nvvm.fmax.f(float %3082, float %3083)
	%3085 = fmul float %3084, 0x3FC0527DC0000000
	%3086 = call float @llvm.nvvm.fmax.f(float %603, float %3085)
	%3087 = fadd float %603, 8.0
	%3088 = fcmp ogt float %3086, %3087
	%3089 = or i1 %3065, %3088
	%3090 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %3089)
	br i1 %3090, label %3091, label %3240

3091:
	%3092 = fcmp oeq float %3014, 0xFFF0000000000000
	%3093 = select i1 %3092, float 0.0, float %3014
	%3094 = fsub float %597, %3093
	%3095 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3094)
	%3096 = fcmp oeq float %3038, 0xFFF0000000000000
	%3097 = select i1 %3096, float 0.0, float %3038
	%3098 = fsub float %599, %3097
	%3099 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3098)
	%3100 = fcmp oeq float %3062, 0xFFF0000000000000
	%3101 = select i1 %3100, float 0.0, float %3062
	%3102 = fsub float %601, %3101
	%3103 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3102)
	%3104 = fcmp oeq float %3086, 0xFFF0000000000000
	%3105 = select i1 %3104, float 0.0, float %3086
	%3106 = fsub float %603, %3105
	%3107 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3106)
	%3108 = fmul float %469, %3095
	%3109 = fmul float %470, %3095
	%3110 = fmul float %471, %3099
	%3111 = fmul float %472, %3099
	%3112 = fmul float %473, %3095
	%3113 = fmul float %474, %3095
	%3114 = fmul float %475, %3099
	%3115 = fmul float %476, %3099
	%3116 = fmul float %477, %3095
	%3117 = fmul float %478, %3095
	%3118 = fmul float %479, %3099
	%3119 = fmul float %480, %3099
	%3120 = fmul float %481, %3095
	%3121 = fmul float %482, %3095
	%3122 = fmul float %483, %3099
	%3123 = fmul float %484, %3099
	%3124 = fmul float %485, %3095
	%3125 = fmul float %486, %3095
	%3126 = fmul float %487, %3099
	%3127 = fmul float %488, %3099
	%3128 = fmul float %489, %3095
	%3129 = fmul float %490, %3095
	%3130 = fmul float %491, %3099
	%3131 = fmul float %492, %3099
	%3132 = fmul float %493, %3095
	%3133 = fmul float %494, %3095
	%3134 = fmul float %495, %3099
	%3135 = fmul float %496, %3099
	%3136 = fmul float %497, %3095
	%3137 = fmul float %498, %3095
	%3138 = fmul float %499, %3099
	%3139 = fmul float %500, %3099
	%3140 = fmul float %501, %3095
	%3141 = fmul float %502, %3095
	%3142 = fmul float %503, %3099
	%3143 = fmul float %504, %3099
	%3144 = fmul float %505, %3095
	%3145 = fmul float %506, %3095
	%3146 = fmul float %507, %3099
	%3147 = fmul float %508, %3099
	%3148 = fmul float %509, %3095
	%3149 = fmul float %510, %3095
	%3150 = fmul float %511, %3099
	%3151 = fmul float %512, %3099
	%3152 = fmul float %513, %3095
	%3153 = fmul float %514, %3095
	%3154 = fmul float %515, %3099
	%3155 = fmul float %516, %3099
	%3156 = fmul float %517, %3095
	%3157 = fmul float %518, %3095
	%3158 = fmul float %519, %3099
	%3159 = fmul float %520, %3099
	%3160 = fmul float %521, %3095
	%3161 = fmul float %522, %3095
	%3162 = fmul float %523, %3099
	%3163 = fmul float %524, %3099
	%3164 = fmul float %525, %3095
	%3165 = fmul float %526, %3095
	%3166 = fmul float %527, %3099
	%3167 = fmul float %528, %3099
	%3168 = fmul float %529, %3095
	%3169 = fmul float %530, %3095
	%3170 = fmul float %531, %3099
	%3171 = fmul float %532, %3099
	%3172 = fmul float %533, %3103
	%3173 = fmul float %534, %3103
	%3174 = fmul float %535, %3107
	%3175 = fmul float %536, %3107
	%3176 = fmul float %537, %3103
	%3177 = fmul float %538, %3103
	%3178 = fmul float %539, %3107
	%3179 = fmul float %540, %3107
	%3180 = fmul float %541, %3103
	%3181 = fmul float %542, %3103
	%3182 = fmul float %543, %3107
	%3183 = fmul float %544, %3107
	%3184 = fmul float %545, %3103
	%3185 = fmul float %546, %3103
	%3186 = fmul float %547, %3107
	%3187 = fmul float %548, %3107
	%3188 = fmul float %549, %3103
	%3189 = fmul float %550, %3103
	%3190 = fmul float %551, %3107
	%3191 = fmul float %552, %3107
	%3192 = fmul float %553, %3103
	%3193 = fmul float %554, %3103
	%3194 = fmul float %555, %3107
	%3195 = fmul float %556, %3107
	%3196 = fmul float %557, %3103
	%3197 = fmul float %558, %3103
	%3198 = fmul float %559, %3107
	%3199 = fmul float %560, %3107
	%3200 = fmul float %561, %3103
	%3201 = fmul float %562, %3103
	%3202 = fmul float %563, %3107
	%3203 = fmul float %564, %3107
	%3204 = fmul float %565, %3103
	%3205 = fmul float %566, %3103
	%3206 = fmul float %567, %3107
	%3207 = fmul float %568, %3107
	%3208 = fmul float %569, %3103
	%3209 = fmul float %570, %3103
	%3210 = fmul float %571, %3107
	%3211 = fmul float %572, %3107
	%3212 = fmul float %573, %3103
	%3213 = fmul float %574, %3103
	%3214 = fmul float %575, %3107
	%3215 = fmul float %576, %3107
	%3216 = fmul float %577, %3103
	%3217 = fmul float %578, %3103
	%3218 = fmul float %579, %3107
	%3219 = fmul float %580, %3107
	%3220 = fmul float %581, %3103
	%3221 = fmul float %582, %3103
	%3222 = fmul float %583, %3107
	%3223 = fmul float %584, %3107
	%3224 = fmul float %585, %3103
	%3225 = fmul float %586, %3103
	%3226 = fmul float %587, %3107
	%3227 = fmul float %588, %3107
	%3228 = fmul float %589, %3103
	%3229 = fmul float %590, %3103
	%3230 = fmul float %591, %3107
	%3231 = fmul float %592, %3107
	%3232 = fmul float %593, %3103
	%3233 = fmul float %594, %3103
	%3234 = fmul float %595, %3107
	%3235 = fmul float %596, %3107
	%3236 = fmul float %598, %3095
	%3237 = fmul float %600, %3099
	%3238 = fmul float %602, %3103
	%3239 = fmul float %604, %3107
	br label %3240

3240:
	%3241 = phi float [ %469, %softmax ], [ %3108, %3091 ]
	%3242 = phi float [ %470, %softmax ], [ %3109, %3091 ]
	%3243 = phi float [ %471, %softmax ], [ %3110, %3091 ]
	%3244 = phi float [ %472, %softmax ], [ %3111, %3091 ]
	%3245 = phi float [ %473, %softmax ], [ %3112, %3091 ]
	%3246 = phi float [ %474, %softmax ], [ %3113, %3091 ]
	%3247 = phi float [ %475, %softmax ], [ %3114, %3091 ]
	%3248 = phi float [ %476, %softmax ], [ %3115, %3091 ]
	%3249 = phi float [ %477, %softmax ], [ %3116, %3091 ]
	%3250 = phi float [ %478, %softmax ], [ %3117, %3091 ]
	%3251 = phi float [ %479, %softmax ], [ %3118, %3091 ]
	%3252 = phi float [ %480, %softmax ], [ %3119, %3091 ]
	%3253 = phi float [ %481, %softmax ], [ %3120, %3091 ]
	%3254 = phi float [ %482, %softmax ], [ %3121, %3091 ]
	%3255 = phi float [ %483, %softmax ], [ %3122, %3091 ]
	%3256 = phi float [ %484, %softmax ], [ %3123, %3091 ]
	%3257 = phi float [ %485, %softmax ], [ %3124, %3091 ]
	%3258 = phi float [ %486, %softmax ], [ %3125, %3091 ]
	%3259 = phi float [ %487, %softmax ], [ %3126, %3091 ]
	%3260 = phi float [ %488, %softmax ], [ %3127, %3091 ]
	%3261 = phi float [ %489, %softmax ], [ %3128, %3091 ]
	%3262 = phi float [ %490, %softmax ], [ %3129, %3091 ]
	%3263 = phi float [ %491, %softmax ], [ %3130, %3091 ]
	%3264 = phi float [ %492, %softmax ], [ %3131, %3091 ]
	%3265 = phi float [ %493, %softmax ], [ %3132, %3091 ]
	%3266 = phi float [ %494, %softmax ], [ %3133, %3091 ]
	%3267 = phi float [ %495, %softmax ], [ %3134, %3091 ]
	%3268 = phi float [ %496, %softmax ], [ %3135, %3091 ]
	%3269 = phi float [ %497, %softmax ], [ %3136, %3091 ]
	%3270 = phi float [ %498, %softmax ], [ %3137, %3091 ]
	%3271 = phi float [ %499, %softmax ], [ %3138, %3091 ]
	%3272 = phi float [ %500, %softmax ], [ %3139, %3091 ]
	%3273 = phi float [ %501, %softmax ], [ %3140, %3091 ]
	%3274 = phi float [ %502, %softmax ], [ %3141, %3091 ]
	%3275 = phi float [ %503, %softmax ], [ %3142, %3091 ]
	%3276 = phi float [ %504, %softmax ], [ %3143, %3091 ]
	%3277 = phi float [ %505, %softmax ], [ %3144, %3091 ]
	%3278 = phi float [ %506, %softmax ], [ %3145, %3091 ]
	%3279 = phi float [ %507, %softmax ], [ %3146, %3091 ]
	%3280 = phi float [ %508, %softmax ], [ %3147, %3091 ]
	%3281 = phi float [ %509, %softmax ], [ %3148, %3091 ]
	%3282 = phi float [ %510, %softmax ], [ %3149, %3091 ]
	%3283 = phi float [ %511, %softmax ], [ %3150, %3091 ]
	%3284 = phi float [ %512, %softmax ], [ %3151, %3091 ]
	%3285 = phi float [ %513, %softmax ], [ %3152, %3091 ]
	%3286 = phi float [ %514, %softmax ], [ %3153, %3091 ]
	%3287 = phi float [ %515, %softmax ], [ %3154, %3091 ]
	%3288 = phi float [ %516, %softmax ], [ %3155, %3091 ]
	%3289 = phi float [ %517, %softmax ], [ %3156, %3091 ]
	%3290 = phi float [ %518, %softmax ], [ %3157, %3091 ]
	%3291 = phi float [ %519, %softmax ], [ %3158, %3091 ]
	%3292 = phi float [ %520, %softmax ], [ %3159, %3091 ]
	%3293 = phi float [ %521, %softmax ], [ %3160, %3091 ]
	%3294 = phi float [ %522, %softmax ], [ %3161, %3091 ]
	%3295 = phi float [ %523, %softmax ], [ %3162, %3091 ]
	%3296 = phi float [ %524, %softmax ], [ %3163, %3091 ]
	%3297 = phi float [ %525, %softmax ], [ %3164, %3091 ]
	%3298 = phi float [ %526, %softmax ], [ %3165, %3091 ]
	%3299 = phi float [ %527, %softmax ], [ %3166, %3091 ]
	%3300 = phi float [ %528, %softmax ], [ %3167, %3091 ]
	%3301 = phi float [ %529, %softmax ], [ %3168, %3091 ]
	%3302 = phi float [ %530, %softmax ], [ %3169, %3091 ]
	%3303 = phi float [ %531, %softmax ], [ %3170, %3091 ]
	%3304 = phi float [ %532, %softmax ], [ %3171, %3091 ]
	%3305 = phi float [ %533, %softmax ], [ %3172, %3091 ]
	%3306 = phi float [ %534, %softmax ], [ %3173, %3091 ]
	%3307 = phi float [ %535, %softmax ], [ %3174, %3091 ]
	%3308 = phi float [ %536, %softmax ], [ %3175, %3091 ]
	%3309 = phi float [ %537, %softmax ], [ %3176, %3091 ]
	%3310 = phi float [ %538, %softmax ], [ %3177, %3091 ]
	%3311 = phi float [ %539, %softmax ], [ %3178, %3091 ]
	%3312 = phi float [ %540, %softmax ], [ %3179, %3091 ]
	%3313 = phi float [ %541, %softmax ], [ %3180, %3091 ]
	%3314 = phi float [ %542, %softmax ], [ %3181, %3091 ]
	%3315 = phi float [ %543, %softmax ], [ %3182, %3091 ]
	%3316 = phi float [ %544, %softmax ], [ %3183, %3091 ]
	%3317 = phi float [ %545, %softmax ], [ %3184, %3091 ]
	%3318 = phi float [ %546, %softmax ], [ %3185, %3091 ]
	%3319 = phi float [ %547, %softmax ], [ %3186, %3091 ]
	%3320 = phi float [ %548, %softmax ], [ %3187, %3091 ]
	%3321 = phi float [ %549, %softmax ], [ %3188, %3091 ]
	%3322 = phi float [ %550, %softmax ], [ %3189, %3091 ]
	%3323 = phi float [ %551, %softmax ], [ %3190, %3091 ]
	%3324 = phi float [ %552, %softmax ], [ %3191, %3091 ]
	%3325 = phi float [ %553, %softmax ], [ %3192, %3091 ]
	%3326 = phi float [ %554, %softmax ], [ %3193, %3091 ]
	%3327 = phi float [ %555, %softmax ], [ %3194, %3091 ]
	%3328 = phi float [ %556, %softmax ], [ %3195, %3091 ]
	%3329 = phi float [ %557, %softmax ], [ %3196, %3091 ]
	%3330 = phi float [ %558, %softmax ], [ %3197, %3091 ]
	%3331 = phi float [ %559, %softmax ], [ %3198, %3091 ]
	%3332 = phi float [ %560, %softmax ], [ %3199, %3091 ]
	%3333 = phi float [ %561, %softmax ], [ %3200, %3091 ]
	%3334 = phi float [ %562, %softmax ], [ %3201, %3091 ]
	%3335 = phi float [ %563, %softmax ], [ %3202, %3091 ]
	%3336 = phi float [ %564, %softmax ], [ %3203, %3091 ]
	%3337 = phi float [ %565, %softmax ], [ %3204, %3091 ]
	%3338 = phi float [ %566, %softmax ], [ %3205, %3091 ]
	%3339 = phi float [ %567, %softmax ], [ %3206, %3091 ]
	%3340 = phi float [ %568, %softmax ], [ %3207, %3091 ]
	%3341 = phi float [ %569, %softmax ], [ %3208, %3091 ]
	%3342 = phi float [ %570, %softmax ], [ %3209, %3091 ]
	%3343 = phi float [ %571, %softmax ], [ %3210, %3091 ]
	%3344 = phi float [ %572, %softmax ], [ %3211, %3091 ]
	%3345 = phi float [ %573, %softmax ], [ %3212, %3091 ]
	%3346 = phi float [ %574, %softmax ], [ %3213, %3091 ]
	%3347 = phi float [ %575, %softmax ], [ %3214, %3091 ]
	%3348 = phi float [ %576, %softmax ], [ %3215, %3091 ]
	%3349 = phi float [ %577, %softmax ], [ %3216, %3091 ]
	%3350 = phi float [ %578, %softmax ], [ %3217, %3091 ]
	%3351 = phi float [ %579, %softmax ], [ %3218, %3091 ]
	%3352 = phi float [ %580, %softmax ], [ %3219, %3091 ]
	%3353 = phi float [ %581, %softmax ], [ %3220, %3091 ]
	%3354 = phi float [ %582, %softmax ], [ %3221, %3091 ]
	%3355 = phi float [ %583, %softmax ], [ %3222, %3091 ]
	%3356 = phi float [ %584, %softmax ], [ %3223, %3091 ]
	%3357 = phi float [ %585, %softmax ], [ %3224, %3091 ]
	%3358 = phi float [ %586, %softmax ], [ %3225, %3091 ]
	%3359 = phi float [ %587, %softmax ], [ %3226, %3091 ]
	%3360 = phi float [ %588, %softmax ], [ %3227, %3091 ]
	%3361 = phi float [ %589, %softmax ], [ %3228, %3091 ]
	%3362 = phi float [ %590, %softmax ], [ %3229, %3091 ]
	%3363 = phi float [ %591, %softmax ], [ %3230, %3091 ]
	%3364 = phi float [ %592, %softmax ], [ %3231, %3091 ]
	%3365 = phi float [ %593, %softmax ], [ %3232, %3091 ]
	%3366 = phi float [ %594, %softmax ], [ %3233, %3091 ]
	%3367 = phi float [ %595, %softmax ], [ %3234, %3091 ]
	%3368 = phi float [ %596, %softmax ], [ %3235, %3091 ]
	%3369 = phi float [ %598, %softmax ], [ %3236, %3091 ]
	%3370 = phi float [ %600, %softmax ], [ %3237, %3091 ]
	%3371 = phi float [ %602, %softmax ], [ %3238, %3091 ]
	%3372 = phi float [ %604, %softmax ], [ %3239, %3091 ]
	%3373 = select i1 %3090, float %3014, float %597
	%3374 = fcmp oeq float %3373, 0xFFF0000000000000
	%3375 = select i1 %3374, float 0.0, float %3373
	%3376 = fneg float %3375
	%3377 = call float @llvm.fma.f32(float %2930, float 0x3FC0527DC0000000, float %3376)
	%3378 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3377)
	%3379 = call float @llvm.fma.f32(float %2931, float 0x3FC0527DC0000000, float %3376)
	%3380 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3379)
	%3381 = call float @llvm.fma.f32(float %2934, float 0x3FC0527DC0000000, float %3376)
	%3382 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3381)
	%3383 = call float @llvm.fma.f32(float %2935, float 0x3FC0527DC0000000, float %3376)
	%3384 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3383)
	%3385 = call float @llvm.fma.f32(float %2938, float 0x3FC0527DC0000000, float %3376)
	%3386 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3385)
	%3387 = call float @llvm.fma.f32(float %2939, float 0x3FC0527DC0000000, float %3376)
	%3388 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3387)
	%3389 = call float @llvm.fma.f32(float %2942, float 0x3FC0527DC0000000, float %3376)
	%3390 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3389)
	%3391 = call float @llvm.fma.f32(float %2943, float 0x3FC0527DC0000000, float %3376)
	%3392 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3391)
	%3393 = call float @llvm.fma.f32(float %2946, float 0x3FC0527DC0000000, float %3376)
	%3394 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3393)
	%3395 = call float @llvm.fma.f32(float %2947, float 0x3FC0527DC0000000, float %3376)
	%3396 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3395)
	%3397 = call float @llvm.fma.f32(float %2950, float 0x3FC0527DC0000000, float %3376)
	%3398 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3397)
	%3399 = call float @llvm.fma.f32(float %2951, float 0x3FC0527DC0000000, float %3376)
	%3400 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3399)
	%3401 = call float @llvm.fma.f32(float %2954, float 0x3FC0527DC0000000, float %3376)
	%3402 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3401)
	%3403 = call float @llvm.fma.f32(float %2955, float 0x3FC0527DC0000000, float %3376)
	%3404 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3403)
	%3405 = call float @llvm.fma.f32(float %2958, float 0x3FC0527DC0000000, float %3376)
	%3406 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3405)
	%3407 = call float @llvm.fma.f32(float %2959, float 0x3FC0527DC0000000, float %3376)
	%3408 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3407)
	%3409 = fadd float %3378, %3380
	%3410 = fadd float %3382, %3384
	%3411 = fadd float %3386, %3388
	%3412 = fadd float %3390, %3392
	%3413 = fadd float %3394, %3396
	%3414 = fadd float %3398, %3400
	%3415 = fadd float %3402, %3404
	%3416 = fadd float %3406, %3408
	%3417 = fadd float %3409, %3410
	%3418 = fadd float %3411, %3412
	%3419 = fadd float %3413, %3414
	%3420 = fadd float %3415, %3416
	%3421 = fadd float %3417, %3418
	%3422 = fadd float %3419, %3420
	%3423 = fadd float %3421, %3422
	%3424 = fadd float %3369, %3423
	%3425 = select i1 %3090, float %3038, float %599
	%3426 = fcmp oeq float %3425, 0xFFF0000000000000
	%3427 = select i1 %3426, float 0.0, float %3425
	%3428 = fneg float %3427
	%3429 = call float @llvm.fma.f32(float %2932, float 0x3FC0527DC0000000, float %3428)
	%3430 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3429)
	%3431 = call float @llvm.fma.f32(float %2933, float 0x3FC0527DC0000000, float %3428)
	%3432 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3431)
	%3433 = call float @llvm.fma.f32(float %2936, float 0x3FC0527DC0000000, float %3428)
	%3434 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3433)
	%3435 = call float @llvm.fma.f32(float %2937, float 0x3FC0527DC0000000, float %3428)
	%3436 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3435)
	%3437 = call float @llvm.fma.f32(float %2940, float 0x3FC0527DC0000000, float %3428)
	%3438 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3437)
	%3439 = call float @llvm.fma.f32(float %2941, float 0x3FC0527DC0000000, float %3428)
	%3440 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3439)
	%3441 = call float @llvm.fma.f32(float %2944, float 0x3FC0527DC0000000, float %3428)
	%3442 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3441)
	%3443 = call float @llvm.fma.f32(float %2945, float 0x3FC0527DC0000000, float %3428)
	%3444 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3443)
	%3445 = call float @llvm.fma.f32(float %2948, float 0x3FC0527DC0000000, float %3428)
	%3446 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3445)
	%3447 = call float @llvm.fma.f32(float %2949, float 0x3FC0527DC0000000, float %3428)
	%3448 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3447)
	%3449 = call float @llvm.fma.f32(float %2952, float 0x3FC0527DC0000000, float %3428)
	%3450 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3449)
	%3451 = call float @llvm.fma.f32(float %2953, float 0x3FC0527DC0000000, float %3428)
	%3452 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3451)
	%3453 = call float @llvm.fma.f32(float %2956, float 0x3FC0527DC0000000, float %3428)
	%3454 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3453)
	%3455 = call float @llvm.fma.f32(float %2957, float 0x3FC0527DC0000000, float %3428)
	%3456 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3455)
	%3457 = call float @llvm.fma.f32(float %2960, float 0x3FC0527DC0000000, float %3428)
	%3458 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3457)
	%3459 = call float @llvm.fma.f32(float %2961, float 0x3FC0527DC0000000, float %3428)
	%3460 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3459)
	%3461 = fadd float %3430, %3432
	%3462 = fadd float %3434, %3436
	%3463 = fadd float %3438, %3440
	%3464 = fadd float %3442, %3444
	%3465 = fadd float %3446, %3448
	%3466 = fadd float %3450, %3452
	%3467 = fadd float %3454, %3456
	%3468 = fadd float %3458, %3460
	%3469 = fadd float %3461, %3462
	%3470 = fadd float %3463, %3464
	%3471 = fadd float %3465, %3466
	%3472 = fadd float %3467, %3468
	%3473 = fadd float %3469, %3470
	%3474 = fadd float %3471, %3472
	%3475 = fadd float %3473, %3474
	%3476 = fadd float %3370, %3475
	%3477 = select i1 %3090, float %3062, float %601
	%3478 = fcmp oeq float %3477, 0xFFF0000000000000
	%3479 = select i1 %3478, float 0.0, float %3477
	%3480 = fneg float %3479
	%3481 = call float @llvm.fma.f32(float %2962, float 0x3FC0527DC0000000, float %3480)
	%3482 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3481)
	%3483 = call float @llvm.fma.f32(float %2963, float 0x3FC0527DC0000000, float %3480)
	%3484 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3483)
	%3485 = call float @llvm.fma.f32(float %2966, float 0x3FC0527DC0000000, float %3480)
	%3486 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3485)
	%3487 = call float @llvm.fma.f32(float %2967, float 0x3FC0527DC0000000, float %3480)
	%3488 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3487)
	%3489 = call float @llvm.fma.f32(float %2970, float 0x3FC0527DC0000000, float %3480)
	%3490 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3489)
	%3491 = call float @llvm.fma.f32(float %2971, float 0x3FC0527DC0000000, float %3480)
	%3492 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3491)
	%3493 = call float @llvm.fma.f32(float %2974, float 0x3FC0527DC0000000, float %3480)
	%3494 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3493)
	%3495 = call float @llvm.fma.f32(float %2975, float 0x3FC0527DC0000000, float %3480)
	%3496 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3495)
	%3497 = call float @llvm.fma.f32(float %2978, float 0x3FC0527DC0000000, float %3480)
	%3498 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3497)
	%3499 = call float @llvm.fma.f32(float %2979, float 0x3FC0527DC0000000, float %3480)
	%3500 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3499)
	%3501 = call float @llvm.fma.f32(float %2982, float 0x3FC0527DC0000000, float %3480)
	%3502 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3501)
	%3503 = call float @llvm.fma.f32(float %2983, float 0x3FC0527DC0000000, float %3480)
	%3504 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3503)
	%3505 = call float @llvm.fma.f32(float %2986, float 0x3FC0527DC0000000, float %3480)
	%3506 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3505)
	%3507 = call float @llvm.fma.f32(float %2987, float 0x3FC0527DC0000000, float %3480)
	%3508 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3507)
	%3509 = call float @llvm.fma.f32(float %2990, float 0x3FC0527DC0000000, float %3480)
	%3510 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3509)
	%3511 = call float @llvm.fma.f32(float %2991, float 0x3FC0527DC0000000, float %3480)
	%3512 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3511)
	%3513 = fadd float %3482, %3484
	%3514 = fadd float %3486, %3488
	%3515 = fadd float %3490, %3492
	%3516 = fadd float %3494, %3496
	%3517 = fadd float %3498, %3500
	%3518 = fadd float %3502, %3504
	%3519 = fadd float %3506, %3508
	%3520 = fadd float %3510, %3512
	%3521 = fadd float %3513, %3514
	%3522 = fadd float %3515, %3516
	%3523 = fadd float %3517, %3518
	%3524 = fadd float %3519, %3520
	%3525 = fadd float %3521, %3522
	%3526 = fadd float %3523, %3524
	%3527 = fadd float %3525, %3526
	%3528 = fadd float %3371, %3527
	%3529 = select i1 %3090, float %3086, float %603
	%3530 = fcmp oeq float %3529, 0xFFF0000000000000
	%3531 = select i1 %3530, float 0.0, float %3529
	%3532 = fneg float %3531
	%3533 = call float @llvm.fma.f32(float %2964, float 0x3FC0527DC0000000, float %3532)
	%3534 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3533)
	%3535 = call float @llvm.fma.f32(float %2965, float 0x3FC0527DC0000000, float %3532)
	%3536 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3535)
	%3537 = call float @llvm.fma.f32(float %2968, float 0x3FC0527DC0000000, float %3532)
	%3538 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3537)
	%3539 = call float @llvm.fma.f32(float %2969, float 0x3FC0527DC0000000, float %3532)
	%3540 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3539)
	%3541 = call float @llvm.fma.f32(float %2972, float 0x3FC0527DC0000000, float %3532)
	%3542 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3541)
	%3543 = call float @llvm.fma.f32(float %2973, float 0x3FC0527DC0000000, float %3532)
	%3544 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3543)
	%3545 = call float @llvm.fma.f32(float %2976, float 0x3FC0527DC0000000, float %3532)
	%3546 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3545)
	%3547 = call float @llvm.fma.f32(float %2977, float 0x3FC0527DC0000000, float %3532)
	%3548 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3547)
	%3549 = call float @llvm.fma.f32(float %2980, float 0x3FC0527DC0000000, float %3532)
	%3550 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3549)
	%3551 = call float @llvm.fma.f32(float %2981, float 0x3FC0527DC0000000, float %3532)
	%3552 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3551)
	%3553 = call float @llvm.fma.f32(float %2984, float 0x3FC0527DC0000000, float %3532)
	%3554 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3553)
	%3555 = call float @llvm.fma.f32(float %2985, float 0x3FC0527DC0000000, float %3532)
	%3556 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3555)
	%3557 = call float @llvm.fma.f32(float %2988, float 0x3FC0527DC0000000, float %3532)
	%3558 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3557)
	%3559 = call float @llvm.fma.f32(float %2989, float 0x3FC0527DC0000000, float %3532)
	%3560 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3559)
	%3561 = call float @llvm.fma.f32(float %2992, float 0x3FC0527DC0000000, float %3532)
	%3562 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3561)
	%3563 = call float @llvm.fma.f32(float %2993, float 0x3FC0527DC0000000, float %3532)
	%3564 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3563)
	%3565 = fadd float %3534, %3536
	%3566 = fadd float %3538, %3540
	%3567 = fadd float %3542, %3544
	%3568 = fadd float %3546, %3548
	%3569 = fadd float %3550, %3552
	%3570 = fadd float %3554, %3556
	%3571 = fadd float %3558, %3560
	%3572 = fadd float %3562, %3564
	%3573 = fadd float %3565, %3566
	%3574 = fadd float %3567, %3568
	%3575 = fadd float %3569, %3570
	%3576 = fadd float %3571, %3572
	%3577 = fadd float %3573, %3574
	%3578 = fadd float %3575, %3576
	%3579 = fadd float %3577, %3578
	%3580 = fadd float %3372, %3579
	call void asm sideeffect "cp.async.wait_group 1;", ""()
	call void @llvm.nvvm.barrier0()
	%3581 = and i32 %5, 7
	%3582 = lshr i32 %5, 3
	%3583 = and i32 %3582, 1
	%3584 = shl i32 %3583, 3
	%3585 = add i32 %3581, %3584
	%3586 = mul i32 %3585, 256
	%3587 = add i32 %1, %3586
	%3588 = and i32 %5, 7
	%3589 = xor i32 %247, %3588
	%3590 = shl i32 %3589, 4
	%3591 = add i32 %3587, %3590
	%3592 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3380, float %3378)
	%3593 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3432, float %3430)
	%3594 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3384, float %3382)
	%3595 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3436, float %3434)
	%3596 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3484, float %3482)
	%3597 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3536, float %3534)
	%3598 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3488, float %3486)
	%3599 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3540, float %3538)
	%3600 = xor i32 %3591, 0
	%3601 = add i32 %3600, 0
	%3602 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3601)
	%3603 = extractvalue { i32, i32, i32, i32 } %3602, 0
	%3604 = extractvalue { i32, i32, i32, i32 } %3602, 1
	%3605 = extractvalue { i32, i32, i32, i32 } %3602, 2
	%3606 = extractvalue { i32, i32, i32, i32 } %3602, 3
	%3607 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3603, i32 %3604, float %3241, float %3242, float %3243, float %3244)
	%3608 = extractvalue { float, float, float, float } %3607, 0
	%3609 = extractvalue { float, float, float, float } %3607, 1
	%3610 = extractvalue { float, float, float, float } %3607, 2
	%3611 = extractvalue { float, float, float, float } %3607, 3
	%3612 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3605, i32 %3606, float %3245, float %3246, float %3247, float %3248)
	%3613 = extractvalue { float, float, float, float } %3612, 0
	%3614 = extractvalue { float, float, float, float } %3612, 1
	%3615 = extractvalue { float, float, float, float } %3612, 2
	%3616 = extractvalue { float, float, float, float } %3612, 3
	%3617 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3603, i32 %3604, float %3305, float %3306, float %3307, float %3308)
	%3618 = extractvalue { float, float, float, float } %3617, 0
	%3619 = extractvalue { float, float, float, float } %3617, 1
	%3620 = extractvalue { float, float, float, float } %3617, 2
	%3621 = extractvalue { float, float, float, float } %3617, 3
	%3622 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3605, i32 %3606, float %3309, float %3310, float %3311, float %3312)
	%3623 = extractvalue { float, float, float, float } %3622, 0
	%3624 = extractvalue { float, float, float, float } %3622, 1
	%3625 = extractvalue { float, float, float, float } %3622, 2
	%3626 = extractvalue { float, float, float, float } %3622, 3
	%3627 = xor i32 %3591, 32
	%3628 = add i32 %3627, 0
	%3629 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3628)
	%3630 = extractvalue { i32, i32, i32, i32 } %3629, 0
	%3631 = extractvalue { i32, i32, i32, i32 } %3629, 1
	%3632 = extractvalue { i32, i32, i32, i32 } %3629, 2
	%3633 = extractvalue { i32, i32, i32, i32 } %3629, 3
	%3634 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3630, i32 %3631, float %3249, float %3250, float %3251, float %3252)
	%3635 = extractvalue { float, float, float, float } %3634, 0
	%3636 = extractvalue { float, float, float, float } %3634, 1
	%3637 = extractvalue { float, float, float, float } %3634, 2
	%3638 = extractvalue { float, float, float, float } %3634, 3
	%3639 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3632, i32 %3633, float %3253, float %3254, float %3255, float %3256)
	%3640 = extractvalue { float, float, float, float } %3639, 0
	%3641 = extractvalue { float, float, float, float } %3639, 1
	%3642 = extractvalue { float, float, float, float } %3639, 2
	%3643 = extractvalue { float, float, float, float } %3639, 3
	%3644 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3630, i32 %3631, float %3313, float %3314, float %3315, float %3316)
	%3645 = extractvalue { float, float, float, float } %3644, 0
	%3646 = extractvalue { float, float, float, float } %3644, 1
	%3647 = extractvalue { float, float, float, float } %3644, 2
	%3648 = extractvalue { float, float, float, float } %3644, 3
	%3649 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3632, i32 %3633, float %3317, float %3318, float %3319, float %3320)
	%3650 = extractvalue { float, float, float, float } %3649, 0
	%3651 = extractvalue { float, float, float, float } %3649, 1
	%3652 = extractvalue { float, float, float, float } %3649, 2
	%3653 = extractvalue { float, float, float, float } %3649, 3
	%3654 = xor i32 %3591, 64
	%3655 = add i32 %3654, 0
	%3656 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3655)
	%3657 = extractvalue { i32, i32, i32, i32 } %3656, 0
	%3658 = extractvalue { i32, i32, i32, i32 } %3656, 1
	%3659 = extractvalue { i32, i32, i32, i32 } %3656, 2
	%3660 = extractvalue { i32, i32, i32, i32 } %3656, 3
	%3661 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3657, i32 %3658, float %3257, float %3258, float %3259, float %3260)
	%3662 = extractvalue { float, float, float, float } %3661, 0
	%3663 = extractvalue { float, float, float, float } %3661, 1
	%3664 = extractvalue { float, float, float, float } %3661, 2
	%3665 = extractvalue { float, float, float, float } %3661, 3
	%3666 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3659, i32 %3660, float %3261, float %3262, float %3263, float %3264)
	%3667 = extractvalue { float, float, float, float } %3666, 0
	%3668 = extractvalue { float, float, float, float } %3666, 1
	%3669 = extractvalue { float, float, float, float } %3666, 2
	%3670 = extractvalue { float, float, float, float } %3666, 3
	%3671 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3657, i32 %3658, float %3321, float %3322, float %3323, float %3324)
	%3672 = extractvalue { float, float, float, float } %3671, 0
	%3673 = extractvalue { float, float, float, float } %3671, 1
	%3674 = extractvalue { float, float, float, float } %3671, 2
	%3675 = extractvalue { float, float, float, float } %3671, 3
	%3676 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3659, i32 %3660, float %3325, float %3326, float %3327, float %3328)
	%3677 = extractvalue { float, float, float, float } %3676, 0
	%3678 = extractvalue { float, float, float, float } %3676, 1
	%3679 = extractvalue { float, float, float, float } %3676, 2
	%3680 = extractvalue { float, float, float, float } %3676, 3
	%3681 = xor i32 %3591, 96
	%3682 = add i32 %3681, 0
	%3683 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3682)
	%3684 = extractvalue { i32, i32, i32, i32 } %3683, 0
	%3685 = extractvalue { i32, i32, i32, i32 } %3683, 1
	%3686 = extractvalue { i32, i32, i32, i32 } %3683, 2
	%3687 = extractvalue { i32, i32, i32, i32 } %3683, 3
	%3688 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3684, i32 %3685, float %3265, float %3266, float %3267, float %3268)
	%3689 = extractvalue { float, float, float, float } %3688, 0
	%3690 = extractvalue { float, float, float, float } %3688, 1
	%3691 = extractvalue { float, float, float, float } %3688, 2
	%3692 = extractvalue { float, float, float, float } %3688, 3
	%3693 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3686, i32 %3687, float %3269, float %3270, float %3271, float %3272)
	%3694 = extractvalue { float, float, float, float } %3693, 0
	%3695 = extractvalue { float, float, float, float } %3693, 1
	%3696 = extractvalue { float, float, float, float } %3693, 2
	%3697 = extractvalue { float, float, float, float } %3693, 3
	%3698 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3684, i32 %3685, float %3329, float %3330, float %3331, float %3332)
	%3699 = extractvalue { float, float, float, float } %3698, 0
	%3700 = extractvalue { float, float, float, float } %3698, 1
	%3701 = extractvalue { float, float, float, float } %3698, 2
	%3702 = extractvalue { float, float, float, float } %3698, 3
	%3703 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3686, i32 %3687, float %3333, float %3334, float %3335, float %3336)
	%3704 = extractvalue { float, float, float, float } %3703, 0
	%3705 = extractvalue { float, float, float, float } %3703, 1
	%3706 = extractvalue { float, float, float, float } %3703, 2
	%3707 = extractvalue { float, float, float, float } %3703, 3
	%3708 = xor i32 %3591, 128
	%3709 = add i32 %3708, 0
	%3710 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3709)
	%3711 = extractvalue { i32, i32, i32, i32 } %3710, 0
	%3712 = extractvalue { i32, i32, i32, i32 } %3710, 1
	%3713 = extractvalue { i32, i32, i32, i32 } %3710, 2
	%3714 = extractvalue { i32, i32, i32, i32 } %3710, 3
	%3715 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3711, i32 %3712, float %3273, float %3274, float %3275, float %3276)
	%3716 = extractvalue { float, float, float, float } %3715, 0
	%3717 = extractvalue { float, float, float, float } %3715, 1
	%3718 = extractvalue { float, float, float, float } %3715, 2
	%3719 = extractvalue { float, float, float, float } %3715, 3
	%3720 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3713, i32 %3714, float %3277, float %3278, float %3279, float %3280)
	%3721 = extractvalue { float, float, float, float } %3720, 0
	%3722 = extractvalue { float, float, float, float } %3720, 1
	%3723 = extractvalue { float, float, float, float } %3720, 2
	%3724 = extractvalue { float, float, float, float } %3720, 3
	%3725 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3711, i32 %3712, float %3337, float %3338, float %3339, float %3340)
	%3726 = extractvalue { float, float, float, float } %3725, 0
	%3727 = extractvalue { float, float, float, float } %3725, 1
	%3728 = extractvalue { float, float, float, float } %3725, 2
	%3729 = extractvalue { float, float, float, float } %3725, 3
	%3730 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3713, i32 %3714, float %3341, float %3342, float %3343, float %3344)
	%3731 = extractvalue { float, float, float, float } %3730, 0
	%3732 = extractvalue { float, float, float, float } %3730, 1
	%3733 = extractvalue { float, float, float, float } %3730, 2
	%3734 = extractvalue { float, float, float, float } %3730, 3
	%3735 = xor i32 %3591, 160
	%3736 = add i32 %3735, 0
	%3737 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3736)
	%3738 = extractvalue { i32, i32, i32, i32 } %3737, 0
	%3739 = extractvalue { i32, i32, i32, i32 } %3737, 1
	%3740 = extractvalue { i32, i32, i32, i32 } %3737, 2
	%3741 = extractvalue { i32, i32, i32, i32 } %3737, 3
	%3742 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3738, i32 %3739, float %3281, float %3282, float %3283, float %3284)
	%3743 = extractvalue { float, float, float, float } %3742, 0
	%3744 = extractvalue { float, float, float, float } %3742, 1
	%3745 = extractvalue { float, float, float, float } %3742, 2
	%3746 = extractvalue { float, float, float, float } %3742, 3
	%3747 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3740, i32 %3741, float %3285, float %3286, float %3287, float %3288)
	%3748 = extractvalue { float, float, float, float } %3747, 0
	%3749 = extractvalue { float, float, float, float } %3747, 1
	%3750 = extractvalue { float, float, float, float } %3747, 2
	%3751 = extractvalue { float, float, float, float } %3747, 3
	%3752 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3738, i32 %3739, float %3345, float %3346, float %3347, float %3348)
	%3753 = extractvalue { float, float, float, float } %3752, 0
	%3754 = extractvalue { float, float, float, float } %3752, 1
	%3755 = extractvalue { float, float, float, float } %3752, 2
	%3756 = extractvalue { float, float, float, float } %3752, 3
	%3757 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3740, i32 %3741, float %3349, float %3350, float %3351, float %3352)
	%3758 = extractvalue { float, float, float, float } %3757, 0
	%3759 = extractvalue { float, float, float, float } %3757, 1
	%3760 = extractvalue { float, float, float, float } %3757, 2
	%3761 = extractvalue { float, float, float, float } %3757, 3
	%3762 = xor i32 %3591, 192
	%3763 = add i32 %3762, 0
	%3764 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3763)
	%3765 = extractvalue { i32, i32, i32, i32 } %3764, 0
	%3766 = extractvalue { i32, i32, i32, i32 } %3764, 1
	%3767 = extractvalue { i32, i32, i32, i32 } %3764, 2
	%3768 = extractvalue { i32, i32, i32, i32 } %3764, 3
	%3769 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3765, i32 %3766, float %3289, float %3290, float %3291, float %3292)
	%3770 = extractvalue { float, float, float, float } %3769, 0
	%3771 = extractvalue { float, float, float, float } %3769, 1
	%3772 = extractvalue { float, float, float, float } %3769, 2
	%3773 = extractvalue { float, float, float, float } %3769, 3
	%3774 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3767, i32 %3768, float %3293, float %3294, float %3295, float %3296)
	%3775 = extractvalue { float, float, float, float } %3774, 0
	%3776 = extractvalue { float, float, float, float } %3774, 1
	%3777 = extractvalue { float, float, float, float } %3774, 2
	%3778 = extractvalue { float, float, float, float } %3774, 3
	%3779 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3765, i32 %3766, float %3353, float %3354, float %3355, float %3356)
	%3780 = extractvalue { float, float, float, float } %3779, 0
	%3781 = extractvalue { float, float, float, float } %3779, 1
	%3782 = extractvalue { float, float, float, float } %3779, 2
	%3783 = extractvalue { float, float, float, float } %3779, 3
	%3784 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3767, i32 %3768, float %3357, float %3358, float %3359, float %3360)
	%3785 = extractvalue { float, float, float, float } %3784, 0
	%3786 = extractvalue { float, float, float, float } %3784, 1
	%3787 = extractvalue { float, float, float, float } %3784, 2
	%3788 = extractvalue { float, float, float, float } %3784, 3
	%3789 = xor i32 %3591, 224
	%3790 = add i32 %3789, 0
	%3791 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3790)
	%3792 = extractvalue { i32, i32, i32, i32 } %3791, 0
	%3793 = extractvalue { i32, i32, i32, i32 } %3791, 1
	%3794 = extractvalue { i32, i32, i32, i32 } %3791, 2
	%3795 = extractvalue { i32, i32, i32, i32 } %3791, 3
	%3796 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3792, i32 %3793, float %3297, float %3298, float %3299, float %3300)
	%3797 = extractvalue { float, float, float, float } %3796, 0
	%3798 = extractvalue { float, float, float, float } %3796, 1
	%3799 = extractvalue { float, float, float, float } %3796, 2
	%3800 = extractvalue { float, float, float, float } %3796, 3
	%3801 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3592, i32 %3593, i32 %3594, i32 %3595, i32 %3794, i32 %3795, float %3301, float %3302, float %3303, float %3304)
	%3802 = extractvalue { float, float, float, float } %3801, 0
	%3803 = extractvalue { float, float, float, float } %3801, 1
	%3804 = extractvalue { float, float, float, float } %3801, 2
	%3805 = extractvalue { float, float, float, float } %3801, 3
	%3806 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3792, i32 %3793, float %3361, float %3362, float %3363, float %3364)
	%3807 = extractvalue { float, float, float, float } %3806, 0
	%3808 = extractvalue { float, float, float, float } %3806, 1
	%3809 = extractvalue { float, float, float, float } %3806, 2
	%3810 = extractvalue { float, float, float, float } %3806, 3
	%3811 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3596, i32 %3597, i32 %3598, i32 %3599, i32 %3794, i32 %3795, float %3365, float %3366, float %3367, float %3368)
	%3812 = extractvalue { float, float, float, float } %3811, 0
	%3813 = extractvalue { float, float, float, float } %3811, 1
	%3814 = extractvalue { float, float, float, float } %3811, 2
	%3815 = extractvalue { float, float, float, float } %3811, 3
	%3816 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3388, float %3386)
	%3817 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3440, float %3438)
	%3818 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3392, float %3390)
	%3819 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3444, float %3442)
	%3820 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3492, float %3490)
	%3821 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3544, float %3542)
	%3822 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3496, float %3494)
	%3823 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3548, float %3546)
	%3824 = xor i32 %3591, 0
	%3825 = add i32 %3824, u0x1000
	%3826 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3825)
	%3827 = extractvalue { i32, i32, i32, i32 } %3826, 0
	%3828 = extractvalue { i32, i32, i32, i32 } %3826, 1
	%3829 = extractvalue { i32, i32, i32, i32 } %3826, 2
	%3830 = extractvalue { i32, i32, i32, i32 } %3826, 3
	%3831 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3827, i32 %3828, float %3608, float %3609, float %3610, float %3611)
	%3832 = extractvalue { float, float, float, float } %3831, 0
	%3833 = extractvalue { float, float, float, float } %3831, 1
	%3834 = extractvalue { float, float, float, float } %3831, 2
	%3835 = extractvalue { float, float, float, float } %3831, 3
	%3836 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3829, i32 %3830, float %3613, float %3614, float %3615, float %3616)
	%3837 = extractvalue { float, float, float, float } %3836, 0
	%3838 = extractvalue { float, float, float, float } %3836, 1
	%3839 = extractvalue { float, float, float, float } %3836, 2
	%3840 = extractvalue { float, float, float, float } %3836, 3
	%3841 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3827, i32 %3828, float %3618, float %3619, float %3620, float %3621)
	%3842 = extractvalue { float, float, float, float } %3841, 0
	%3843 = extractvalue { float, float, float, float } %3841, 1
	%3844 = extractvalue { float, float, float, float } %3841, 2
	%3845 = extractvalue { float, float, float, float } %3841, 3
	%3846 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3829, i32 %3830, float %3623, float %3624, float %3625, float %3626)
	%3847 = extractvalue { float, float, float, float } %3846, 0
	%3848 = extractvalue { float, float, float, float } %3846, 1
	%3849 = extractvalue { float, float, float, float } %3846, 2
	%3850 = extractvalue { float, float, float, float } %3846, 3
	%3851 = xor i32 %3591, 32
	%3852 = add i32 %3851, u0x1000
	%3853 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3852)
	%3854 = extractvalue { i32, i32, i32, i32 } %3853, 0
	%3855 = extractvalue { i32, i32, i32, i32 } %3853, 1
	%3856 = extractvalue { i32, i32, i32, i32 } %3853, 2
	%3857 = extractvalue { i32, i32, i32, i32 } %3853, 3
	%3858 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3854, i32 %3855, float %3635, float %3636, float %3637, float %3638)
	%3859 = extractvalue { float, float, float, float } %3858, 0
	%3860 = extractvalue { float, float, float, float } %3858, 1
	%3861 = extractvalue { float, float, float, float } %3858, 2
	%3862 = extractvalue { float, float, float, float } %3858, 3
	%3863 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3856, i32 %3857, float %3640, float %3641, float %3642, float %3643)
	%3864 = extractvalue { float, float, float, float } %3863, 0
	%3865 = extractvalue { float, float, float, float } %3863, 1
	%3866 = extractvalue { float, float, float, float } %3863, 2
	%3867 = extractvalue { float, float, float, float } %3863, 3
	%3868 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3854, i32 %3855, float %3645, float %3646, float %3647, float %3648)
	%3869 = extractvalue { float, float, float, float } %3868, 0
	%3870 = extractvalue { float, float, float, float } %3868, 1
	%3871 = extractvalue { float, float, float, float } %3868, 2
	%3872 = extractvalue { float, float, float, float } %3868, 3
	%3873 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3856, i32 %3857, float %3650, float %3651, float %3652, float %3653)
	%3874 = extractvalue { float, float, float, float } %3873, 0
	%3875 = extractvalue { float, float, float, float } %3873, 1
	%3876 = extractvalue { float, float, float, float } %3873, 2
	%3877 = extractvalue { float, float, float, float } %3873, 3
	%3878 = xor i32 %3591, 64
	%3879 = add i32 %3878, u0x1000
	%3880 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3879)
	%3881 = extractvalue { i32, i32, i32, i32 } %3880, 0
	%3882 = extractvalue { i32, i32, i32, i32 } %3880, 1
	%3883 = extractvalue { i32, i32, i32, i32 } %3880, 2
	%3884 = extractvalue { i32, i32, i32, i32 } %3880, 3
	%3885 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3881, i32 %3882, float %3662, float %3663, float %3664, float %3665)
	%3886 = extractvalue { float, float, float, float } %3885, 0
	%3887 = extractvalue { float, float, float, float } %3885, 1
	%3888 = extractvalue { float, float, float, float } %3885, 2
	%3889 = extractvalue { float, float, float, float } %3885, 3
	%3890 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3883, i32 %3884, float %3667, float %3668, float %3669, float %3670)
	%3891 = extractvalue { float, float, float, float } %3890, 0
	%3892 = extractvalue { float, float, float, float } %3890, 1
	%3893 = extractvalue { float, float, float, float } %3890, 2
	%3894 = extractvalue { float, float, float, float } %3890, 3
	%3895 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3881, i32 %3882, float %3672, float %3673, float %3674, float %3675)
	%3896 = extractvalue { float, float, float, float } %3895, 0
	%3897 = extractvalue { float, float, float, float } %3895, 1
	%3898 = extractvalue { float, float, float, float } %3895, 2
	%3899 = extractvalue { float, float, float, float } %3895, 3
	%3900 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3883, i32 %3884, float %3677, float %3678, float %3679, float %3680)
	%3901 = extractvalue { float, float, float, float } %3900, 0
	%3902 = extractvalue { float, float, float, float } %3900, 1
	%3903 = extractvalue { float, float, float, float } %3900, 2
	%3904 = extractvalue { float, float, float, float } %3900, 3
	%3905 = xor i32 %3591, 96
	%3906 = add i32 %3905, u0x1000
	%3907 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3906)
	%3908 = extractvalue { i32, i32, i32, i32 } %3907, 0
	%3909 = extractvalue { i32, i32, i32, i32 } %3907, 1
	%3910 = extractvalue { i32, i32, i32, i32 } %3907, 2
	%3911 = extractvalue { i32, i32, i32, i32 } %3907, 3
	%3912 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3908, i32 %3909, float %3689, float %3690, float %3691, float %3692)
	%3913 = extractvalue { float, float, float, float } %3912, 0
	%3914 = extractvalue { float, float, float, float } %3912, 1
	%3915 = extractvalue { float, float, float, float } %3912, 2
	%3916 = extractvalue { float, float, float, float } %3912, 3
	%3917 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3910, i32 %3911, float %3694, float %3695, float %3696, float %3697)
	%3918 = extractvalue { float, float, float, float } %3917, 0
	%3919 = extractvalue { float, float, float, float } %3917, 1
	%3920 = extractvalue { float, float, float, float } %3917, 2
	%3921 = extractvalue { float, float, float, float } %3917, 3
	%3922 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3908, i32 %3909, float %3699, float %3700, float %3701, float %3702)
	%3923 = extractvalue { float, float, float, float } %3922, 0
	%3924 = extractvalue { float, float, float, float } %3922, 1
	%3925 = extractvalue { float, float, float, float } %3922, 2
	%3926 = extractvalue { float, float, float, float } %3922, 3
	%3927 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3910, i32 %3911, float %3704, float %3705, float %3706, float %3707)
	%3928 = extractvalue { float, float, float, float } %3927, 0
	%3929 = extractvalue { float, float, float, float } %3927, 1
	%3930 = extractvalue { float, float, float, float } %3927, 2
	%3931 = extractvalue { float, float, float, float } %3927, 3
	%3932 = xor i32 %3591, 128
	%3933 = add i32 %3932, u0x1000
	%3934 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3933)
	%3935 = extractvalue { i32, i32, i32, i32 } %3934, 0
	%3936 = extractvalue { i32, i32, i32, i32 } %3934, 1
	%3937 = extractvalue { i32, i32, i32, i32 } %3934, 2
	%3938 = extractvalue { i32, i32, i32, i32 } %3934, 3
	%3939 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3935, i32 %3936, float %3716, float %3717, float %3718, float %3719)
	%3940 = extractvalue { float, float, float, float } %3939, 0
	%3941 = extractvalue { float, float, float, float } %3939, 1
	%3942 = extractvalue { float, float, float, float } %3939, 2
	%3943 = extractvalue { float, float, float, float } %3939, 3
	%3944 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3937, i32 %3938, float %3721, float %3722, float %3723, float %3724)
	%3945 = extractvalue { float, float, float, float } %3944, 0
	%3946 = extractvalue { float, float, float, float } %3944, 1
	%3947 = extractvalue { float, float, float, float } %3944, 2
	%3948 = extractvalue { float, float, float, float } %3944, 3
	%3949 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3935, i32 %3936, float %3726, float %3727, float %3728, float %3729)
	%3950 = extractvalue { float, float, float, float } %3949, 0
	%3951 = extractvalue { float, float, float, float } %3949, 1
	%3952 = extractvalue { float, float, float, float } %3949, 2
	%3953 = extractvalue { float, float, float, float } %3949, 3
	%3954 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3937, i32 %3938, float %3731, float %3732, float %3733, float %3734)
	%3955 = extractvalue { float, float, float, float } %3954, 0
	%3956 = extractvalue { float, float, float, float } %3954, 1
	%3957 = extractvalue { float, float, float, float } %3954, 2
	%3958 = extractvalue { float, float, float, float } %3954, 3
	%3959 = xor i32 %3591, 160
	%3960 = add i32 %3959, u0x1000
	%3961 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3960)
	%3962 = extractvalue { i32, i32, i32, i32 } %3961, 0
	%3963 = extractvalue { i32, i32, i32, i32 } %3961, 1
	%3964 = extractvalue { i32, i32, i32, i32 } %3961, 2
	%3965 = extractvalue { i32, i32, i32, i32 } %3961, 3
	%3966 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3962, i32 %3963, float %3743, float %3744, float %3745, float %3746)
	%3967 = extractvalue { float, float, float, float } %3966, 0
	%3968 = extractvalue { float, float, float, float } %3966, 1
	%3969 = extractvalue { float, float, float, float } %3966, 2
	%3970 = extractvalue { float, float, float, float } %3966, 3
	%3971 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3964, i32 %3965, float %3748, float %3749, float %3750, float %3751)
	%3972 = extractvalue { float, float, float, float } %3971, 0
	%3973 = extractvalue { float, float, float, float } %3971, 1
	%3974 = extractvalue { float, float, float, float } %3971, 2
	%3975 = extractvalue { float, float, float, float } %3971, 3
	%3976 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3962, i32 %3963, float %3753, float %3754, float %3755, float %3756)
	%3977 = extractvalue { float, float, float, float } %3976, 0
	%3978 = extractvalue { float, float, float, float } %3976, 1
	%3979 = extractvalue { float, float, float, float } %3976, 2
	%3980 = extractvalue { float, float, float, float } %3976, 3
	%3981 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3964, i32 %3965, float %3758, float %3759, float %3760, float %3761)
	%3982 = extractvalue { float, float, float, float } %3981, 0
	%3983 = extractvalue { float, float, float, float } %3981, 1
	%3984 = extractvalue { float, float, float, float } %3981, 2
	%3985 = extractvalue { float, float, float, float } %3981, 3
	%3986 = xor i32 %3591, 192
	%3987 = add i32 %3986, u0x1000
	%3988 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3987)
	%3989 = extractvalue { i32, i32, i32, i32 } %3988, 0
	%3990 = extractvalue { i32, i32, i32, i32 } %3988, 1
	%3991 = extractvalue { i32, i32, i32, i32 } %3988, 2
	%3992 = extractvalue { i32, i32, i32, i32 } %3988, 3
	%3993 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3989, i32 %3990, float %3770, float %3771, float %3772, float %3773)
	%3994 = extractvalue { float, float, float, float } %3993, 0
	%3995 = extractvalue { float, float, float, float } %3993, 1
	%3996 = extractvalue { float, float, float, float } %3993, 2
	%3997 = extractvalue { float, float, float, float } %3993, 3
	%3998 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %3991, i32 %3992, float %3775, float %3776, float %3777, float %3778)
	%3999 = extractvalue { float, float, float, float } %3998, 0
	%4000 = extractvalue { float, float, float, float } %3998, 1
	%4001 = extractvalue { float, float, float, float } %3998, 2
	%4002 = extractvalue { float, float, float, float } %3998, 3
	%4003 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3989, i32 %3990, float %3780, float %3781, float %3782, float %3783)
	%4004 = extractvalue { float, float, float, float } %4003, 0
	%4005 = extractvalue { float, float, float, float } %4003, 1
	%4006 = extractvalue { float, float, float, float } %4003, 2
	%4007 = extractvalue { float, float, float, float } %4003, 3
	%4008 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %3991, i32 %3992, float %3785, float %3786, float %3787, float %3788)
	%4009 = extractvalue { float, float, float, float } %4008, 0
	%4010 = extractvalue { float, float, float, float } %4008, 1
	%4011 = extractvalue { float, float, float, float } %4008, 2
	%4012 = extractvalue { float, float, float, float } %4008, 3
	%4013 = xor i32 %3591, 224
	%4014 = add i32 %4013, u0x1000
	%4015 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4014)
	%4016 = extractvalue { i32, i32, i32, i32 } %4015, 0
	%4017 = extractvalue { i32, i32, i32, i32 } %4015, 1
	%4018 = extractvalue { i32, i32, i32, i32 } %4015, 2
	%4019 = extractvalue { i32, i32, i32, i32 } %4015, 3
	%4020 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %4016, i32 %4017, float %3797, float %3798, float %3799, float %3800)
	%4021 = extractvalue { float, float, float, float } %4020, 0
	%4022 = extractvalue { float, float, float, float } %4020, 1
	%4023 = extractvalue { float, float, float, float } %4020, 2
	%4024 = extractvalue { float, float, float, float } %4020, 3
	%4025 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3816, i32 %3817, i32 %3818, i32 %3819, i32 %4018, i32 %4019, float %3802, float %3803, float %3804, float %3805)
	%4026 = extractvalue { float, float, float, float } %4025, 0
	%4027 = extractvalue { float, float, float, float } %4025, 1
	%4028 = extractvalue { float, float, float, float } %4025, 2
	%4029 = extractvalue { float, float, float, float } %4025, 3
	%4030 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %4016, i32 %4017, float %3807, float %3808, float %3809, float %3810)
	%4031 = extractvalue { float, float, float, float } %4030, 0
	%4032 = extractvalue { float, float, float, float } %4030, 1
	%4033 = extractvalue { float, float, float, float } %4030, 2
	%4034 = extractvalue { float, float, float, float } %4030, 3
	%4035 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3820, i32 %3821, i32 %3822, i32 %3823, i32 %4018, i32 %4019, float %3812, float %3813, float %3814, float %3815)
	%4036 = extractvalue { float, float, float, float } %4035, 0
	%4037 = extractvalue { float, float, float, float } %4035, 1
	%4038 = extractvalue { float, float, float, float } %4035, 2
	%4039 = extractvalue { float, float, float, float } %4035, 3
	%4040 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3396, float %3394)
	%4041 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3448, float %3446)
	%4042 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3400, float %3398)
	%4043 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3452, float %3450)
	%4044 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3500, float %3498)
	%4045 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3552, float %3550)
	%4046 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3504, float %3502)
	%4047 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3556, float %3554)
	%4048 = xor i32 %3591, 0
	%4049 = add i32 %4048, u0x2000
	%4050 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4049)
	%4051 = extractvalue { i32, i32, i32, i32 } %4050, 0
	%4052 = extractvalue { i32, i32, i32, i32 } %4050, 1
	%4053 = extractvalue { i32, i32, i32, i32 } %4050, 2
	%4054 = extractvalue { i32, i32, i32, i32 } %4050, 3
	%4055 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4051, i32 %4052, float %3832, float %3833, float %3834, float %3835)
	%4056 = extractvalue { float, float, float, float } %4055, 0
	%4057 = extractvalue { float, float, float, float } %4055, 1
	%4058 = extractvalue { float, float, float, float } %4055, 2
	%4059 = extractvalue { float, float, float, float } %4055, 3
	%4060 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4053, i32 %4054, float %3837, float %3838, float %3839, float %3840)
	%4061 = extractvalue { float, float, float, float } %4060, 0
	%4062 = extractvalue { float, float, float, float } %4060, 1
	%4063 = extractvalue { float, float, float, float } %4060, 2
	%4064 = extractvalue { float, float, float, float } %4060, 3
	%4065 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4051, i32 %4052, float %3842, float %3843, float %3844, float %3845)
	%4066 = extractvalue { float, float, float, float } %4065, 0
	%4067 = extractvalue { float, float, float, float } %4065, 1
	%4068 = extractvalue { float, float, float, float } %4065, 2
	%4069 = extractvalue { float, float, float, float } %4065, 3
	%4070 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4053, i32 %4054, float %3847, float %3848, float %3849, float %3850)
	%4071 = extractvalue { float, float, float, float } %4070, 0
	%4072 = extractvalue { float, float, float, float } %4070, 1
	%4073 = extractvalue { float, float, float, float } %4070, 2
	%4074 = extractvalue { float, float, float, float } %4070, 3
	%4075 = xor i32 %3591, 32
	%4076 = add i32 %4075, u0x2000
	%4077 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4076)
	%4078 = extractvalue { i32, i32, i32, i32 } %4077, 0
	%4079 = extractvalue { i32, i32, i32, i32 } %4077, 1
	%4080 = extractvalue { i32, i32, i32, i32 } %4077, 2
	%4081 = extractvalue { i32, i32, i32, i32 } %4077, 3
	%4082 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4078, i32 %4079, float %3859, float %3860, float %3861, float %3862)
	%4083 = extractvalue { float, float, float, float } %4082, 0
	%4084 = extractvalue { float, float, float, float } %4082, 1
	%4085 = extractvalue { float, float, float, float } %4082, 2
	%4086 = extractvalue { float, float, float, float } %4082, 3
	%4087 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4080, i32 %4081, float %3864, float %3865, float %3866, float %3867)
	%4088 = extractvalue { float, float, float, float } %4087, 0
	%4089 = extractvalue { float, float, float, float } %4087, 1
	%4090 = extractvalue { float, float, float, float } %4087, 2
	%4091 = extractvalue { float, float, float, float } %4087, 3
	%4092 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4078, i32 %4079, float %3869, float %3870, float %3871, float %3872)
	%4093 = extractvalue { float, float, float, float } %4092, 0
	%4094 = extractvalue { float, float, float, float } %4092, 1
	%4095 = extractvalue { float, float, float, float } %4092, 2
	%4096 = extractvalue { float, float, float, float } %4092, 3
	%4097 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4080, i32 %4081, float %3874, float %3875, float %3876, float %3877)
	%4098 = extractvalue { float, float, float, float } %4097, 0
	%4099 = extractvalue { float, float, float, float } %4097, 1
	%4100 = extractvalue { float, float, float, float } %4097, 2
	%4101 = extractvalue { float, float, float, float } %4097, 3
	%4102 = xor i32 %3591, 64
	%4103 = add i32 %4102, u0x2000
	%4104 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4103)
	%4105 = extractvalue { i32, i32, i32, i32 } %4104, 0
	%4106 = extractvalue { i32, i32, i32, i32 } %4104, 1
	%4107 = extractvalue { i32, i32, i32, i32 } %4104, 2
	%4108 = extractvalue { i32, i32, i32, i32 } %4104, 3
	%4109 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4105, i32 %4106, float %3886, float %3887, float %3888, float %3889)
	%4110 = extractvalue { float, float, float, float } %4109, 0
	%4111 = extractvalue { float, float, float, float } %4109, 1
	%4112 = extractvalue { float, float, float, float } %4109, 2
	%4113 = extractvalue { float, float, float, float } %4109, 3
	%4114 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4107, i32 %4108, float %3891, float %3892, float %3893, float %3894)
	%4115 = extractvalue { float, float, float, float } %4114, 0
	%4116 = extractvalue { float, float, float, float } %4114, 1
	%4117 = extractvalue { float, float, float, float } %4114, 2
	%4118 = extractvalue { float, float, float, float } %4114, 3
	%4119 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4105, i32 %4106, float %3896, float %3897, float %3898, float %3899)
	%4120 = extractvalue { float, float, float, float } %4119, 0
	%4121 = extractvalue { float, float, float, float } %4119, 1
	%4122 = extractvalue { float, float, float, float } %4119, 2
	%4123 = extractvalue { float, float, float, float } %4119, 3
	%4124 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4107, i32 %4108, float %3901, float %3902, float %3903, float %3904)
	%4125 = extractvalue { float, float, float, float } %4124, 0
	%4126 = extractvalue { float, float, float, float } %4124, 1
	%4127 = extractvalue { float, float, float, float } %4124, 2
	%4128 = extractvalue { float, float, float, float } %4124, 3
	%4129 = xor i32 %3591, 96
	%4130 = add i32 %4129, u0x2000
	%4131 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4130)
	%4132 = extractvalue { i32, i32, i32, i32 } %4131, 0
	%4133 = extractvalue { i32, i32, i32, i32 } %4131, 1
	%4134 = extractvalue { i32, i32, i32, i32 } %4131, 2
	%4135 = extractvalue { i32, i32, i32, i32 } %4131, 3
	%4136 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4132, i32 %4133, float %3913, float %3914, float %3915, float %3916)
	%4137 = extractvalue { float, float, float, float } %4136, 0
	%4138 = extractvalue { float, float, float, float } %4136, 1
	%4139 = extractvalue { float, float, float, float } %4136, 2
	%4140 = extractvalue { float, float, float, float } %4136, 3
	%4141 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4134, i32 %4135, float %3918, float %3919, float %3920, float %3921)
	%4142 = extractvalue { float, float, float, float } %4141, 0
	%4143 = extractvalue { float, float, float, float } %4141, 1
	%4144 = extractvalue { float, float, float, float } %4141, 2
	%4145 = extractvalue { float, float, float, float } %4141, 3
	%4146 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4132, i32 %4133, float %3923, float %3924, float %3925, float %3926)
	%4147 = extractvalue { float, float, float, float } %4146, 0
	%4148 = extractvalue { float, float, float, float } %4146, 1
	%4149 = extractvalue { float, float, float, float } %4146, 2
	%4150 = extractvalue { float, float, float, float } %4146, 3
	%4151 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4134, i32 %4135, float %3928, float %3929, float %3930, float %3931)
	%4152 = extractvalue { float, float, float, float } %4151, 0
	%4153 = extractvalue { float, float, float, float } %4151, 1
	%4154 = extractvalue { float, float, float, float } %4151, 2
	%4155 = extractvalue { float, float, float, float } %4151, 3
	%4156 = xor i32 %3591, 128
	%4157 = add i32 %4156, u0x2000
	%4158 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4157)
	%4159 = extractvalue { i32, i32, i32, i32 } %4158, 0
	%4160 = extractvalue { i32, i32, i32, i32 } %4158, 1
	%4161 = extractvalue { i32, i32, i32, i32 } %4158, 2
	%4162 = extractvalue { i32, i32, i32, i32 } %4158, 3
	%4163 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4159, i32 %4160, float %3940, float %3941, float %3942, float %3943)
	%4164 = extractvalue { float, float, float, float } %4163, 0
	%4165 = extractvalue { float, float, float, float } %4163, 1
	%4166 = extractvalue { float, float, float, float } %4163, 2
	%4167 = extractvalue { float, float, float, float } %4163, 3
	%4168 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4161, i32 %4162, float %3945, float %3946, float %3947, float %3948)
	%4169 = extractvalue { float, float, float, float } %4168, 0
	%4170 = extractvalue { float, float, float, float } %4168, 1
	%4171 = extractvalue { float, float, float, float } %4168, 2
	%4172 = extractvalue { float, float, float, float } %4168, 3
	%4173 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4159, i32 %4160, float %3950, float %3951, float %3952, float %3953)
	%4174 = extractvalue { float, float, float, float } %4173, 0
	%4175 = extractvalue { float, float, float, float } %4173, 1
	%4176 = extractvalue { float, float, float, float } %4173, 2
	%4177 = extractvalue { float, float, float, float } %4173, 3
	%4178 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4161, i32 %4162, float %3955, float %3956, float %3957, float %3958)
	%4179 = extractvalue { float, float, float, float } %4178, 0
	%4180 = extractvalue { float, float, float, float } %4178, 1
	%4181 = extractvalue { float, float, float, float } %4178, 2
	%4182 = extractvalue { float, float, float, float } %4178, 3
	%4183 = xor i32 %3591, 160
	%4184 = add i32 %4183, u0x2000
	%4185 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4184)
	%4186 = extractvalue { i32, i32, i32, i32 } %4185, 0
	%4187 = extractvalue { i32, i32, i32, i32 } %4185, 1
	%4188 = extractvalue { i32, i32, i32, i32 } %4185, 2
	%4189 = extractvalue { i32, i32, i32, i32 } %4185, 3
	%4190 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4186, i32 %4187, float %3967, float %3968, float %3969, float %3970)
	%4191 = extractvalue { float, float, float, float } %4190, 0
	%4192 = extractvalue { float, float, float, float } %4190, 1
	%4193 = extractvalue { float, float, float, float } %4190, 2
	%4194 = extractvalue { float, float, float, float } %4190, 3
	%4195 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4188, i32 %4189, float %3972, float %3973, float %3974, float %3975)
	%4196 = extractvalue { float, float, float, float } %4195, 0
	%4197 = extractvalue { float, float, float, float } %4195, 1
	%4198 = extractvalue { float, float, float, float } %4195, 2
	%4199 = extractvalue { float, float, float, float } %4195, 3
	%4200 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4186, i32 %4187, float %3977, float %3978, float %3979, float %3980)
	%4201 = extractvalue { float, float, float, float } %4200, 0
	%4202 = extractvalue { float, float, float, float } %4200, 1
	%4203 = extractvalue { float, float, float, float } %4200, 2
	%4204 = extractvalue { float, float, float, float } %4200, 3
	%4205 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4188, i32 %4189, float %3982, float %3983, float %3984, float %3985)
	%4206 = extractvalue { float, float, float, float } %4205, 0
	%4207 = extractvalue { float, float, float, float } %4205, 1
	%4208 = extractvalue { float, float, float, float } %4205, 2
	%4209 = extractvalue { float, float, float, float } %4205, 3
	%4210 = xor i32 %3591, 192
	%4211 = add i32 %4210, u0x2000
	%4212 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4211)
	%4213 = extractvalue { i32, i32, i32, i32 } %4212, 0
	%4214 = extractvalue { i32, i32, i32, i32 } %4212, 1
	%4215 = extractvalue { i32, i32, i32, i32 } %4212, 2
	%4216 = extractvalue { i32, i32, i32, i32 } %4212, 3
	%4217 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4213, i32 %4214, float %3994, float %3995, float %3996, float %3997)
	%4218 = extractvalue { float, float, float, float } %4217, 0
	%4219 = extractvalue { float, float, float, float } %4217, 1
	%4220 = extractvalue { float, float, float, float } %4217, 2
	%4221 = extractvalue { float, float, float, float } %4217, 3
	%4222 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4215, i32 %4216, float %3999, float %4000, float %4001, float %4002)
	%4223 = extractvalue { float, float, float, float } %4222, 0
	%4224 = extractvalue { float, float, float, float } %4222, 1
	%4225 = extractvalue { float, float, float, float } %4222, 2
	%4226 = extractvalue { float, float, float, float } %4222, 3
	%4227 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4213, i32 %4214, float %4004, float %4005, float %4006, float %4007)
	%4228 = extractvalue { float, float, float, float } %4227, 0
	%4229 = extractvalue { float, float, float, float } %4227, 1
	%4230 = extractvalue { float, float, float, float } %4227, 2
	%4231 = extractvalue { float, float, float, float } %4227, 3
	%4232 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4215, i32 %4216, float %4009, float %4010, float %4011, float %4012)
	%4233 = extractvalue { float, float, float, float } %4232, 0
	%4234 = extractvalue { float, float, float, float } %4232, 1
	%4235 = extractvalue { float, float, float, float } %4232, 2
	%4236 = extractvalue { float, float, float, float } %4232, 3
	%4237 = xor i32 %3591, 224
	%4238 = add i32 %4237, u0x2000
	%4239 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4238)
	%4240 = extractvalue { i32, i32, i32, i32 } %4239, 0
	%4241 = extractvalue { i32, i32, i32, i32 } %4239, 1
	%4242 = extractvalue { i32, i32, i32, i32 } %4239, 2
	%4243 = extractvalue { i32, i32, i32, i32 } %4239, 3
	%4244 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4240, i32 %4241, float %4021, float %4022, float %4023, float %4024)
	%4245 = extractvalue { float, float, float, float } %4244, 0
	%4246 = extractvalue { float, float, float, float } %4244, 1
	%4247 = extractvalue { float, float, float, float } %4244, 2
	%4248 = extractvalue { float, float, float, float } %4244, 3
	%4249 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4040, i32 %4041, i32 %4042, i32 %4043, i32 %4242, i32 %4243, float %4026, float %4027, float %4028, float %4029)
	%4250 = extractvalue { float, float, float, float } %4249, 0
	%4251 = extractvalue { float, float, float, float } %4249, 1
	%4252 = extractvalue { float, float, float, float } %4249, 2
	%4253 = extractvalue { float, float, float, float } %4249, 3
	%4254 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4240, i32 %4241, float %4031, float %4032, float %4033, float %4034)
	%4255 = extractvalue { float, float, float, float } %4254, 0
	%4256 = extractvalue { float, float, float, float } %4254, 1
	%4257 = extractvalue { float, float, float, float } %4254, 2
	%4258 = extractvalue { float, float, float, float } %4254, 3
	%4259 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4044, i32 %4045, i32 %4046, i32 %4047, i32 %4242, i32 %4243, float %4036, float %4037, float %4038, float %4039)
	%4260 = extractvalue { float, float, float, float } %4259, 0
	%4261 = extractvalue { float, float, float, float } %4259, 1
	%4262 = extractvalue { float, float, float, float } %4259, 2
	%4263 = extractvalue { float, float, float, float } %4259, 3
	%4264 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3404, float %3402)
	%4265 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3456, float %3454)
	%4266 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3408, float %3406)
	%4267 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3460, float %3458)
	%4268 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3508, float %3506)
	%4269 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3560, float %3558)
	%4270 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3512, float %3510)
	%4271 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3564, float %3562)
	%4272 = xor i32 %3591, 0
	%4273 = add i32 %4272, 12288
	%4274 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4273)
	%4275 = extractvalue { i32, i32, i32, i32 } %4274, 0
	%4276 = extractvalue { i32, i32, i32, i32 } %4274, 1
	%4277 = extractvalue { i32, i32, i32, i32 } %4274, 2
	%4278 = extractvalue { i32, i32, i32, i32 } %4274, 3
	%4279 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4275, i32 %4276, float %4056, float %4057, float %4058, float %4059)
	%4280 = extractvalue { float, float, float, float } %4279, 0
	%4281 = extractvalue { float, float, float, float } %4279, 1
	%4282 = extractvalue { float, float, float, float } %4279, 2
	%4283 = extractvalue { float, float, float, float } %4279, 3
	%4284 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4277, i32 %4278, float %4061, float %4062, float %4063, float %4064)
	%4285 = extractvalue { float, float, float, float } %4284, 0
	%4286 = extractvalue { float, float, float, float } %4284, 1
	%4287 = extractvalue { float, float, float, float } %4284, 2
	%4288 = extractvalue { float, float, float, float } %4284, 3
	%4289 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4275, i32 %4276, float %4066, float %4067, float %4068, float %4069)
	%4290 = extractvalue { float, float, float, float } %4289, 0
	%4291 = extractvalue { float, float, float, float } %4289, 1
	%4292 = extractvalue { float, float, float, float } %4289, 2
	%4293 = extractvalue { float, float, float, float } %4289, 3
	%4294 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4277, i32 %4278, float %4071, float %4072, float %4073, float %4074)
	%4295 = extractvalue { float, float, float, float } %4294, 0
	%4296 = extractvalue { float, float, float, float } %4294, 1
	%4297 = extractvalue { float, float, float, float } %4294, 2
	%4298 = extractvalue { float, float, float, float } %4294, 3
	%4299 = xor i32 %3591, 32
	%4300 = add i32 %4299, 12288
	%4301 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4300)
	%4302 = extractvalue { i32, i32, i32, i32 } %4301, 0
	%4303 = extractvalue { i32, i32, i32, i32 } %4301, 1
	%4304 = extractvalue { i32, i32, i32, i32 } %4301, 2
	%4305 = extractvalue { i32, i32, i32, i32 } %4301, 3
	%4306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4302, i32 %4303, float %4083, float %4084, float %4085, float %4086)
	%4307 = extractvalue { float, float, float, float } %4306, 0
	%4308 = extractvalue { float, float, float, float } %4306, 1
	%4309 = extractvalue { float, float, float, float } %4306, 2
	%4310 = extractvalue { float, float, float, float } %4306, 3
	%4311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4304, i32 %4305, float %4088, float %4089, float %4090, float %4091)
	%4312 = extractvalue { float, float, float, float } %4311, 0
	%4313 = extractvalue { float, float, float, float } %4311, 1
	%4314 = extractvalue { float, float, float, float } %4311, 2
	%4315 = extractvalue { float, float, float, float } %4311, 3
	%4316 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4302, i32 %4303, float %4093, float %4094, float %4095, float %4096)
	%4317 = extractvalue { float, float, float, float } %4316, 0
	%4318 = extractvalue { float, float, float, float } %4316, 1
	%4319 = extractvalue { float, float, float, float } %4316, 2
	%4320 = extractvalue { float, float, float, float } %4316, 3
	%4321 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4304, i32 %4305, float %4098, float %4099, float %4100, float %4101)
	%4322 = extractvalue { float, float, float, float } %4321, 0
	%4323 = extractvalue { float, float, float, float } %4321, 1
	%4324 = extractvalue { float, float, float, float } %4321, 2
	%4325 = extractvalue { float, float, float, float } %4321, 3
	%4326 = xor i32 %3591, 64
	%4327 = add i32 %4326, 12288
	%4328 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4327)
	%4329 = extractvalue { i32, i32, i32, i32 } %4328, 0
	%4330 = extractvalue { i32, i32, i32, i32 } %4328, 1
	%4331 = extractvalue { i32, i32, i32, i32 } %4328, 2
	%4332 = extractvalue { i32, i32, i32, i32 } %4328, 3
	%4333 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4329, i32 %4330, float %4110, float %4111, float %4112, float %4113)
	%4334 = extractvalue { float, float, float, float } %4333, 0
	%4335 = extractvalue { float, float, float, float } %4333, 1
	%4336 = extractvalue { float, float, float, float } %4333, 2
	%4337 = extractvalue { float, float, float, float } %4333, 3
	%4338 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4331, i32 %4332, float %4115, float %4116, float %4117, float %4118)
	%4339 = extractvalue { float, float, float, float } %4338, 0
	%4340 = extractvalue { float, float, float, float } %4338, 1
	%4341 = extractvalue { float, float, float, float } %4338, 2
	%4342 = extractvalue { float, float, float, float } %4338, 3
	%4343 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4329, i32 %4330, float %4120, float %4121, float %4122, float %4123)
	%4344 = extractvalue { float, float, float, float } %4343, 0
	%4345 = extractvalue { float, float, float, float } %4343, 1
	%4346 = extractvalue { float, float, float, float } %4343, 2
	%4347 = extractvalue { float, float, float, float } %4343, 3
	%4348 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4331, i32 %4332, float %4125, float %4126, float %4127, float %4128)
	%4349 = extractvalue { float, float, float, float } %4348, 0
	%4350 = extractvalue { float, float, float, float } %4348, 1
	%4351 = extractvalue { float, float, float, float } %4348, 2
	%4352 = extractvalue { float, float, float, float } %4348, 3
	%4353 = xor i32 %3591, 96
	%4354 = add i32 %4353, 12288
	%4355 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4354)
	%4356 = extractvalue { i32, i32, i32, i32 } %4355, 0
	%4357 = extractvalue { i32, i32, i32, i32 } %4355, 1
	%4358 = extractvalue { i32, i32, i32, i32 } %4355, 2
	%4359 = extractvalue { i32, i32, i32, i32 } %4355, 3
	%4360 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4356, i32 %4357, float %4137, float %4138, float %4139, float %4140)
	%4361 = extractvalue { float, float, float, float } %4360, 0
	%4362 = extractvalue { float, float, float, float } %4360, 1
	%4363 = extractvalue { float, float, float, float } %4360, 2
	%4364 = extractvalue { float, float, float, float } %4360, 3
	%4365 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4358, i32 %4359, float %4142, float %4143, float %4144, float %4145)
	%4366 = extractvalue { float, float, float, float } %4365, 0
	%4367 = extractvalue { float, float, float, float } %4365, 1
	%4368 = extractvalue { float, float, float, float } %4365, 2
	%4369 = extractvalue { float, float, float, float } %4365, 3
	%4370 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4356, i32 %4357, float %4147, float %4148, float %4149, float %4150)
	%4371 = extractvalue { float, float, float, float } %4370, 0
	%4372 = extractvalue { float, float, float, float } %4370, 1
	%4373 = extractvalue { float, float, float, float } %4370, 2
	%4374 = extractvalue { float, float, float, float } %4370, 3
	%4375 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4358, i32 %4359, float %4152, float %4153, float %4154, float %4155)
	%4376 = extractvalue { float, float, float, float } %4375, 0
	%4377 = extractvalue { float, float, float, float } %4375, 1
	%4378 = extractvalue { float, float, float, float } %4375, 2
	%4379 = extractvalue { float, float, float, float } %4375, 3
	%4380 = xor i32 %3591, 128
	%4381 = add i32 %4380, 12288
	%4382 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4381)
	%4383 = extractvalue { i32, i32, i32, i32 } %4382, 0
	%4384 = extractvalue { i32, i32, i32, i32 } %4382, 1
	%4385 = extractvalue { i32, i32, i32, i32 } %4382, 2
	%4386 = extractvalue { i32, i32, i32, i32 } %4382, 3
	%4387 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4383, i32 %4384, float %4164, float %4165, float %4166, float %4167)
	%4388 = extractvalue { float, float, float, float } %4387, 0
	%4389 = extractvalue { float, float, float, float } %4387, 1
	%4390 = extractvalue { float, float, float, float } %4387, 2
	%4391 = extractvalue { float, float, float, float } %4387, 3
	%4392 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4385, i32 %4386, float %4169, float %4170, float %4171, float %4172)
	%4393 = extractvalue { float, float, float, float } %4392, 0
	%4394 = extractvalue { float, float, float, float } %4392, 1
	%4395 = extractvalue { float, float, float, float } %4392, 2
	%4396 = extractvalue { float, float, float, float } %4392, 3
	%4397 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4383, i32 %4384, float %4174, float %4175, float %4176, float %4177)
	%4398 = extractvalue { float, float, float, float } %4397, 0
	%4399 = extractvalue { float, float, float, float } %4397, 1
	%4400 = extractvalue { float, float, float, float } %4397, 2
	%4401 = extractvalue { float, float, float, float } %4397, 3
	%4402 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4385, i32 %4386, float %4179, float %4180, float %4181, float %4182)
	%4403 = extractvalue { float, float, float, float } %4402, 0
	%4404 = extractvalue { float, float, float, float } %4402, 1
	%4405 = extractvalue { float, float, float, float } %4402, 2
	%4406 = extractvalue { float, float, float, float } %4402, 3
	%4407 = xor i32 %3591, 160
	%4408 = add i32 %4407, 12288
	%4409 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4408)
	%4410 = extractvalue { i32, i32, i32, i32 } %4409, 0
	%4411 = extractvalue { i32, i32, i32, i32 } %4409, 1
	%4412 = extractvalue { i32, i32, i32, i32 } %4409, 2
	%4413 = extractvalue { i32, i32, i32, i32 } %4409, 3
	%4414 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4410, i32 %4411, float %4191, float %4192, float %4193, float %4194)
	%4415 = extractvalue { float, float, float, float } %4414, 0
	%4416 = extractvalue { float, float, float, float } %4414, 1
	%4417 = extractvalue { float, float, float, float } %4414, 2
	%4418 = extractvalue { float, float, float, float } %4414, 3
	%4419 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4412, i32 %4413, float %4196, float %4197, float %4198, float %4199)
	%4420 = extractvalue { float, float, float, float } %4419, 0
	%4421 = extractvalue { float, float, float, float } %4419, 1
	%4422 = extractvalue { float, float, float, float } %4419, 2
	%4423 = extractvalue { float, float, float, float } %4419, 3
	%4424 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4410, i32 %4411, float %4201, float %4202, float %4203, float %4204)
	%4425 = extractvalue { float, float, float, float } %4424, 0
	%4426 = extractvalue { float, float, float, float } %4424, 1
	%4427 = extractvalue { float, float, float, float } %4424, 2
	%4428 = extractvalue { float, float, float, float } %4424, 3
	%4429 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4412, i32 %4413, float %4206, float %4207, float %4208, float %4209)
	%4430 = extractvalue { float, float, float, float } %4429, 0
	%4431 = extractvalue { float, float, float, float } %4429, 1
	%4432 = extractvalue { float, float, float, float } %4429, 2
	%4433 = extractvalue { float, float, float, float } %4429, 3
	%4434 = xor i32 %3591, 192
	%4435 = add i32 %4434, 12288
	%4436 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4435)
	%4437 = extractvalue { i32, i32, i32, i32 } %4436, 0
	%4438 = extractvalue { i32, i32, i32, i32 } %4436, 1
	%4439 = extractvalue { i32, i32, i32, i32 } %4436, 2
	%4440 = extractvalue { i32, i32, i32, i32 } %4436, 3
	%4441 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4437, i32 %4438, float %4218, float %4219, float %4220, float %4221)
	%4442 = extractvalue { float, float, float, float } %4441, 0
	%4443 = extractvalue { float, float, float, float } %4441, 1
	%4444 = extractvalue { float, float, float, float } %4441, 2
	%4445 = extractvalue { float, float, float, float } %4441, 3
	%4446 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4439, i32 %4440, float %4223, float %4224, float %4225, float %4226)
	%4447 = extractvalue { float, float, float, float } %4446, 0
	%4448 = extractvalue { float, float, float, float } %4446, 1
	%4449 = extractvalue { float, float, float, float } %4446, 2
	%4450 = extractvalue { float, float, float, float } %4446, 3
	%4451 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4437, i32 %4438, float %4228, float %4229, float %4230, float %4231)
	%4452 = extractvalue { float, float, float, float } %4451, 0
	%4453 = extractvalue { float, float, float, float } %4451, 1
	%4454 = extractvalue { float, float, float, float } %4451, 2
	%4455 = extractvalue { float, float, float, float } %4451, 3
	%4456 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4439, i32 %4440, float %4233, float %4234, float %4235, float %4236)
	%4457 = extractvalue { float, float, float, float } %4456, 0
	%4458 = extractvalue { float, float, float, float } %4456, 1
	%4459 = extractvalue { float, float, float, float } %4456, 2
	%4460 = extractvalue { float, float, float, float } %4456, 3
	%4461 = xor i32 %3591, 224
	%4462 = add i32 %4461, 12288
	%4463 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4462)
	%4464 = extractvalue { i32, i32, i32, i32 } %4463, 0
	%4465 = extractvalue { i32, i32, i32, i32 } %4463, 1
	%4466 = extractvalue { i32, i32, i32, i32 } %4463, 2
	%4467 = extractvalue { i32, i32, i32, i32 } %4463, 3
	%4468 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4464, i32 %4465, float %4245, float %4246, float %4247, float %4248)
	%4469 = extractvalue { float, float, float, float } %4468, 0
	%4470 = extractvalue { float, float, float, float } %4468, 1
	%4471 = extractvalue { float, float, float, float } %4468, 2
	%4472 = extractvalue { float, float, float, float } %4468, 3
	%4473 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4264, i32 %4265, i32 %4266, i32 %4267, i32 %4466, i32 %4467, float %4250, float %4251, float %4252, float %4253)
	%4474 = extractvalue { float, float, float, float } %4473, 0
	%4475 = extractvalue { float, float, float, float } %4473, 1
	%4476 = extractvalue { float, float, float, float } %4473, 2
	%4477 = extractvalue { float, float, float, float } %4473, 3
	%4478 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4464, i32 %4465, float %4255, float %4256, float %4257, float %4258)
	%4479 = extractvalue { float, float, float, float } %4478, 0
	%4480 = extractvalue { float, float, float, float } %4478, 1
	%4481 = extractvalue { float, float, float, float } %4478, 2
	%4482 = extractvalue { float, float, float, float } %4478, 3
	%4483 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4268, i32 %4269, i32 %4270, i32 %4271, i32 %4466, i32 %4467, float %4260, float %4261, float %4262, float %4263)
	%4484 = extractvalue { float, float, float, float } %4483, 0
	%4485 = extractvalue { float, float, float, float } %4483, 1
	%4486 = extractvalue { float, float, float, float } %4483, 2
	%4487 = extractvalue { float, float, float, float } %4483, 3
	br i1 %814, label %loop, label %epilogue

store0:
	%4488 = mul i32 %11, %M
	%4489 = add i32 %4488, %1905
	%4490 = mul i32 %4489, 128
	%4491 = shl i32 %7, 1
	%4492 = add i32 0, %4491
	%4493 = add i32 %4490, %4492
	%4494 = sext i32 %4493 to i64
	%4495 = getelementptr i16, i16* %out, i64 %4494
	%4496 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1907, float %1906)
	%4497 = bitcast i16* %4495 to i32*
	store i32 %4496, i32* %4497
	%4498 = shl i32 %7, 1
	%4499 = add i32 8, %4498
	%4500 = add i32 %4490, %4499
	%4501 = sext i32 %4500 to i64
	%4502 = getelementptr i16, i16* %out, i64 %4501
	%4503 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1909, float %1908)
	%4504 = bitcast i16* %4502 to i32*
	store i32 %4503, i32* %4504
	%4505 = shl i32 %7, 1
	%4506 = add i32 16, %4505
	%4507 = add i32 %4490, %4506
	%4508 = sext i32 %4507 to i64
	%4509 = getelementptr i16, i16* %out, i64 %4508
	%4510 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1911, float %1910)
	%4511 = bitcast i16* %4509 to i32*
	store i32 %4510, i32* %4511
	%4512 = shl i32 %7, 1
	%4513 = add i32 24, %4512
	%4514 = add i32 %4490, %4513
	%4515 = sext i32 %4514 to i64
	%4516 = getelementptr i16, i16* %out, i64 %4515
	%4517 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1913, float %1912)
	%4518 = bitcast i16* %4516 to i32*
	store i32 %4517, i32* %4518
	%4519 = shl i32 %7, 1
	%4520 = add i32 32, %4519
	%4521 = add i32 %4490, %4520
	%4522 = sext i32 %4521 to i64
	%4523 = getelementptr i16, i16* %out, i64 %4522
	%4524 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1915, float %1914)
	%4525 = bitcast i16* %4523 to i32*
	store i32 %4524, i32* %4525
	%4526 = shl i32 %7, 1
	%4527 = add i32 40, %4526
	%4528 = add i32 %4490, %4527
	%4529 = sext i32 %4528 to i64
	%4530 = getelementptr i16, i16* %out, i64 %4529
	%4531 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1917, float %1916)
	%4532 = bitcast i16* %4530 to i32*
	store i32 %4531, i32* %4532
	%4533 = shl i32 %7, 1
	%4534 = add i32 48, %4533
	%4535 = add i32 %4490, %4534
	%4536 = sext i32 %4535 to i64
	%4537 = getelementptr i16, i16* %out, i64 %4536
	%4538 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1919, float %1918)
	%4539 = bitcast i16* %4537 to i32*
	store i32 %4538, i32* %4539
	%4540 = shl i32 %7, 1
	%4541 = add i32 56, %4540
	%4542 = add i32 %4490, %4541
	%4543 = sext i32 %4542 to i64
	%4544 = getelementptr i16, i16* %out, i64 %4543
	%4545 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1921, float %1920)
	%4546 = bitcast i16* %4544 to i32*
	store i32 %4545, i32* %4546
	%4547 = shl i32 %7, 1
	%4548 = add i32 64, %4547
	%4549 = add i32 %4490, %4548
	%4550 = sext i32 %4549 to i64
	%4551 = getelementptr i16, i16* %out, i64 %4550
	%4552 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1923, float %1922)
	%4553 = bitcast i16* %4551 to i32*
	store i32 %4552, i32* %4553
	%4554 = shl i32 %7, 1
	%4555 = add i32 72, %4554
	%4556 = add i32 %4490, %4555
	%4557 = sext i32 %4556 to i64
	%4558 = getelementptr i16, i16* %out, i64 %4557
	%4559 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1925, float %1924)
	%4560 = bitcast i16* %4558 to i32*
	store i32 %4559, i32* %4560
	%4561 = shl i32 %7, 1
	%4562 = add i32 80, %4561
	%4563 = add i32 %4490, %4562
	%4564 = sext i32 %4563 to i64
	%4565 = getelementptr i16, i16* %out, i64 %4564
	%4566 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1927, float %1926)
	%4567 = bitcast i16* %4565 to i32*
	store i32 %4566, i32* %4567
	%4568 = shl i32 %7, 1
	%4569 = add i32 88, %4568
	%4570 = add i32 %4490, %4569
	%4571 = sext i32 %4570 to i64
	%4572 = getelementptr i16, i16* %out, i64 %4571
	%4573 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1929, float %1928)
	%4574 = bitcast i16* %4572 to i32*
	store i32 %4573, i32* %4574
	%4575 = shl i32 %7, 1
	%4576 = add i32 96, %4575
	%4577 = add i32 %4490, %4576
	%4578 = sext i32 %4577 to i64
	%4579 = getelementptr i16, i16* %out, i64 %4578
	%4580 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1931, float %1930)
	%4581 = bitcast i16* %4579 to i32*
	store i32 %4580, i32* %4581
	%4582 = shl i32 %7, 1
	%4583 = add i32 104, %4582
	%4584 = add i32 %4490, %4583
	%4585 = sext i32 %4584 to i64
	%4586 = getelementptr i16, i16* %out, i64 %4585
	%4587 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1933, float %1932)
	%4588 = bitcast i16* %4586 to i32*
	store i32 %4587, i32* %4588
	%4589 = shl i32 %7, 1
	%4590 = add i32 112, %4589
	%4591 = add i32 %4490, %4590
	%4592 = sext i32 %4591 to i64
	%4593 = getelementptr i16, i16* %out, i64 %4592
	%4594 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1935, float %1934)
	%4595 = bitcast i16* %4593 to i32*
	store i32 %4594, i32* %4595
	%4596 = shl i32 %7, 1
	%4597 = add i32 120, %4596
	%4598 = add i32 %4490, %4597
	%4599 = sext i32 %4598 to i64
	%4600 = getelementptr i16, i16* %out, i64 %4599
	%4601 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1937, float %1936)
	%4602 = bitcast i16* %4600 to i32*
	store i32 %4601, i32* %4602
	br label %stored0

stored0:
	%4603 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1763, i32 1, i32 31)
	%4604 = fadd float %1763, %4603
	%4605 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %4604, i32 2, i32 31)
	%4606 = fadd float %4604, %4605
	%4607 = fcmp ogt float %4606, 0.0
	%4608 = fdiv float 1.0, %4606
	%4609 = select i1 %4607, float %4608, float 0.0
	%4610 = mul i32 %4, 32
	%4611 = add i32 %13, %4610
	%4612 = add i32 %6, 8
	%4613 = add i32 %4611, %4612
	%4614 = fmul float %1769, %4609
	%4615 = fmul float %1770, %4609
	%4616 = fmul float %1773, %4609
	%4617 = fmul float %1774, %4609
	%4618 = fmul float %1777, %4609
	%4619 = fmul float %1778, %4609
	%4620 = fmul float %1781, %4609
	%4621 = fmul float %1782, %4609
	%4622 = fmul float %1785, %4609
	%4623 = fmul float %1786, %4609
	%4624 = fmul float %1789, %4609
	%4625 = fmul float %1790, %4609
	%4626 = fmul float %1793, %4609
	%4627 = fmul float %1794, %4609
	%4628 = fmul float %1797, %4609
	%4629 = fmul float %1798, %4609
	%4630 = fmul float %1801, %4609
	%4631 = fmul float %1802, %4609
	%4632 = fmul float %1805, %4609
	%4633 = fmul float %1806, %4609
	%4634 = fmul float %1809, %4609
	%4635 = fmul float %1810, %4609
	%4636 = fmul float %1813, %4609
	%4637 = fmul float %1814, %4609
	%4638 = fmul float %1817, %4609
	%4639 = fmul float %1818, %4609
	%4640 = fmul float %1821, %4609
	%4641 = fmul float %1822, %4609
	%4642 = fmul float %1825, %4609
	%4643 = fmul float %1826, %4609
	%4644 = fmul float %1829, %4609
	%4645 = fmul float %1830, %4609
	%4646 = icmp slt i32 %4613, %M
	br i1 %4646, label %store1, label %stored1

store1:
	%4647 = mul i32 %11, %M
	%4648 = add i32 %4647, %4613
	%4649 = mul i32 %4648, 128
	%4650 = shl i32 %7, 1
	%4651 = add i32 0, %4650
	%4652 = add i32 %4649, %4651
	%4653 = sext i32 %4652 to i64
	%4654 = getelementptr i16, i16* %out, i64 %4653
	%4655 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4615, float %4614)
	%4656 = bitcast i16* %4654 to i32*
	store i32 %4655, i32* %4656
	%4657 = shl i32 %7, 1
	%4658 = add i32 8, %4657
	%4659 = add i32 %4649, %4658
	%4660 = sext i32 %4659 to i64
	%4661 = getelementptr i16, i16* %out, i64 %4660
	%4662 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4617, float %4616)
	%4663 = bitcast i16* %4661 to i32*
	store i32 %4662, i32* %4663
	%4664 = shl i32 %7, 1
	%4665 = add i32 16, %4664
	%4666 = add i32 %4649, %4665
	%4667 = sext i32 %4666 to i64
	%4668 = getelementptr i16, i16* %out, i64 %4667
	%4669 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4619, float %4618)
	%4670 = bitcast i16* %4668 to i32*
	store i32 %4669, i32* %4670
	%4671 = shl i32 %7, 1
	%4672 = add i32 24, %4671
	%4673 = add i32 %4649, %4672
	%4674 = sext i32 %4673 to i64
	%4675 = getelementptr i16, i16* %out, i64 %4674
	%4676 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4621, float %4620)
	%4677 = bitcast i16* %4675 to i32*
	store i32 %4676, i32* %4677
	%4678 = shl i32 %7, 1
	%4679 = add i32 32, %4678
	%4680 = add i32 %4649, %4679
	%4681 = sext i32 %4680 to i64
	%4682 = getelementptr i16, i16* %out, i64 %4681
	%4683 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4623, float %4622)
	%4684 = bitcast i16* %4682 to i32*
	store i32 %4683, i32* %4684
	%4685 = shl i32 %7, 1
	%4686 = add i32 40, %4685
	%4687 = add i32 %4649, %4686
	%4688 = sext i32 %4687 to i64
	%4689 = getelementptr i16, i16* %out, i64 %4688
	%4690 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4625, float %4624)
	%4691 = bitcast i16* %4689 to i32*
	store i32 %4690, i32* %4691
	%4692 = shl i32 %7, 1
	%4693 = add i32 48, %4692
	%4694 = add i32 %4649, %4693
	%4695 = sext i32 %4694 to i64
	%4696 = getelementptr i16, i16* %out, i64 %4695
	%4697 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4627, float %4626)
	%4698 = bitcast i16* %4696 to i32*
	store i32 %4697, i32* %4698
	%4699 = shl i32 %7, 1
	%4700 = add i32 56, %4699
	%4701 = add i32 %4649, %4700
	%4702 = sext i32 %4701 to i64
	%4703 = getelementptr i16, i16* %out, i64 %4702
	%4704 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4629, float %4628)
	%4705 = bitcast i16* %4703 to i32*
	store i32 %4704, i32* %4705
	%4706 = shl i32 %7, 1
	%4707 = add i32 64, %4706
	%4708 = add i32 %4649, %4707
	%4709 = sext i32 %4708 to i64
	%4710 = getelementptr i16, i16* %out, i64 %4709
	%4711 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4631, float %4630)
	%4712 = bitcast i16* %4710 to i32*
	store i32 %4711, i32* %4712
	%4713 = shl i32 %7, 1
	%4714 = add i32 72, %4713
	%4715 = add i32 %4649, %4714
	%4716 = sext i32 %4715 to i64
	%4717 = getelementptr i16, i16* %out, i64 %4716
	%4718 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4633, float %4632)
	%4719 = bitcast i16* %4717 to i32*
	store i32 %4718, i32* %4719
	%4720 = shl i32 %7, 1
	%4721 = add i32 80, %4720
	%4722 = add i32 %4649, %4721
	%4723 = sext i32 %4722 to i64
	%4724 = getelementptr i16, i16* %out, i64 %4723
	%4725 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4635, float %4634)
	%4726 = bitcast i16* %4724 to i32*
	store i32 %4725, i32* %4726
	%4727 = shl i32 %7, 1
	%4728 = add i32 88, %4727
	%4729 = add i32 %4649, %4728
	%4730 = sext i32 %4729 to i64
	%4731 = getelementptr i16, i16* %out, i64 %4730
	%4732 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4637, float %4636)
	%4733 = bitcast i16* %4731 to i32*
	store i32 %4732, i32* %4733
	%4734 = shl i32 %7, 1
	%4735 = add i32 96, %4734
	%4736 = add i32 %4649, %4735
	%4737 = sext i32 %4736 to i64
	%4738 = getelementptr i16, i16* %out, i64 %4737
	%4739 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4639, float %4638)
	%4740 = bitcast i16* %4738 to i32*
	store i32 %4739, i32* %4740
	%4741 = shl i32 %7, 1
	%4742 = add i32 104, %4741
	%4743 = add i32 %4649, %4742
	%4744 = sext i32 %4743 to i64
	%4745 = getelementptr i16, i16* %out, i64 %4744
	%4746 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4641, float %4640)
	%4747 = bitcast i16* %4745 to i32*
	store i32 %4746, i32* %4747
	%4748 = shl i32 %7, 1
	%4749 = add i32 112, %4748
	%4750 = add i32 %4649, %4749
	%4751 = sext i32 %4750 to i64
	%4752 = getelementptr i16, i16* %out, i64 %4751
	%4753 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4643, float %4642)
	%4754 = bitcast i16* %4752 to i32*
	store i32 %4753, i32* %4754
	%4755 = shl i32 %7, 1
	%4756 = add i32 120, %4755
	%4757 = add i32 %4649, %4756
	%4758 = sext i32 %4757 to i64
	%4759 = getelementptr i16, i16* %out, i64 %4758
	%4760 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4645, float %4644)
	%4761 = bitcast i16* %4759 to i32*
	store i32 %4760, i32* %4761
	br label %stored1

stored1:
	%4762 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1764, i32 1, i32 31)
	%4763 = fadd float %1764, %4762
	%4764 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %4763, i32 2, i32 31)
	%4765 = fadd float %4763, %4764
	%4766 = fcmp ogt float %4765, 0.0
	%4767 = fdiv float 1.0, %4765
	%4768 = select i1 %4766, float %4767, float 0.0
	%4769 = mul i32 %4, 32
	%4770 = add i32 %13, %4769
	%4771 = add i32 %6, 16
	%4772 = add i32 %4770, %4771
	%4773 = fmul float %1831, %4768
	%4774 = fmul float %1832, %4768
	%4775 = fmul float %1835, %4768
	%4776 = fmul float %1836, %4768
	%4777 = fmul float %1839, %4768
	%4778 = fmul float %1840, %4768
	%4779 = fmul float %1843, %4768
	%4780 = fmul float %1844, %4768
	%4781 = fmul float %1847, %4768
	%4782 = fmul float %1848, %4768
	%4783 = fmul float %1851, %4768
	%4784 = fmul float %1852, %4768
	%4785 = fmul float %1855, %4768
	%4786 = fmul float %1856, %4768
	%4787 = fmul float %1859, %4768
	%4788 = fmul float %1860, %4768
	%4789 = fmul float %1863, %4768
	%4790 = fmul float %1864, %4768
	%4791 = fmul float %1867, %4768
	%4792 = fmul float %1868, %4768
	%4793 = fmul float %1871, %4768
	%4794 = fmul float %1872, %4768
	%4795 = fmul float %1875, %4768
	%4796 = fmul float %1876, %4768
	%4797 = fmul float %1879, %4768
	%4798 = fmul float %1880, %4768
	%4799 = fmul float %1883, %4768
	%4800 = fmul float %1884, %4768
	%4801 = fmul float %1887, %4768
	%4802 = fmul float %1888, %4768
	%4803 = fmul float %1891, %4768
	%4804 = fmul float %1892, %4768
	%4805 = icmp slt i32 %4772, %M
	br i1 %4805, label %store2, label %stored2

store2:
	%4806 = mul i32 %11, %M
	%4807 = add i32 %4806, %4772
	%4808 = mul i32 %4807, 128
	%4809 = shl i32 %7, 1
	%4810 = add i32 0, %4809
	%4811 = add i32 %4808, %4810
	%4812 = sext i32 %4811 to i64
	%4813 = getelementptr i16, i16* %out, i64 %4812
	%4814 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4774, float %4773)
	%4815 = bitcast i16* %4813 to i32*
	store i32 %4814, i32* %4815
	%4816 = shl i32 %7, 1
	%4817 = add i32 8, %4816
	%4818 = add i32 %4808, %4817
	%4819 = sext i32 %4818 to i64
	%4820 = getelementptr i16, i16* %out, i64 %4819
	%4821 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4776, float %4775)
	%4822 = bitcast i16* %4820 to i32*
	store i32 %4821, i32* %4822
	%4823 = shl i32 %7, 1
	%4824 = add i32 16, %4823
	%4825 = add i32 %4808, %4824
	%4826 = sext i32 %4825 to i64
	%4827 = getelementptr i16, i16* %out, i64 %4826
	%4828 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4778, float %4777)
	%4829 = bitcast i16* %4827 to i32*
	store i32 %4828, i32* %4829
	%4830 = shl i32 %7, 1
	%4831 = add i32 24, %4830
	%4832 = add i32 %4808, %4831
	%4833 = sext i32 %4832 to i64
	%4834 = getelementptr i16, i16* %out, i64 %4833
	%4835 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4780, float %4779)
	%4836 = bitcast i16* %4834 to i32*
	store i32 %4835, i32* %4836
	%4837 = shl i32 %7, 1
	%4838 = add i32 32, %4837
	%4839 = add i32 %4808, %4838
	%4840 = sext i32 %4839 to i64
	%4841 = getelementptr i16, i16* %out, i64 %4840
	%4842 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4782, float %4781)
	%4843 = bitcast i16* %4841 to i32*
	store i32 %4842, i32* %4843
	%4844 = shl i32 %7, 1
	%4845 = add i32 40, %4844
	%4846 = add i32 %4808, %4845
	%4847 = sext i32 %4846 to i64
	%4848 = getelementptr i16, i16* %out, i64 %4847
	%4849 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4784, float %4783)
	%4850 = bitcast i16* %4848 to i32*
	store i32 %4849, i32* %4850
	%4851 = shl i32 %7, 1
	%4852 = add i32 48, %4851
	%4853 = add i32 %4808, %4852
	%4854 = sext i32 %4853 to i64
	%4855 = getelementptr i16, i16* %out, i64 %4854
	%4856 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4786, float %4785)
	%4857 = bitcast i16* %4855 to i32*
	store i32 %4856, i32* %4857
	%4858 = shl i32 %7, 1
	%4859 = add i32 56, %4858
	%4860 = add i32 %4808, %4859
	%4861 = sext i32 %4860 to i64
	%4862 = getelementptr i16, i16* %out, i64 %4861
	%4863 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4788, float %4787)
	%4864 = bitcast i16* %4862 to i32*
	store i32 %4863, i32* %4864
	%4865 = shl i32 %7, 1
	%4866 = add i32 64, %4865
	%4867 = add i32 %4808, %4866
	%4868 = sext i32 %4867 to i64
	%4869 = getelementptr i16, i16* %out, i64 %4868
	%4870 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4790, float %4789)
	%4871 = bitcast i16* %4869 to i32*
	store i32 %4870, i32* %4871
	%4872 = shl i32 %7, 1
	%4873 = add i32 72, %4872
	%4874 = add i32 %4808, %4873
	%4875 = sext i32 %4874 to i64
	%4876 = getelementptr i16, i16* %out, i64 %4875
	%4877 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4792, float %4791)
	%4878 = bitcast i16* %4876 to i32*
	store i32 %4877, i32* %4878
	%4879 = shl i32 %7, 1
	%4880 = add i32 80, %4879
	%4881 = add i32 %4808, %4880
	%4882 = sext i32 %4881 to i64
	%4883 = getelementptr i16, i16* %out, i64 %4882
	%4884 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4794, float %4793)
	%4885 = bitcast i16* %4883 to i32*
	store i32 %4884, i32* %4885
	%4886 = shl i32 %7, 1
	%4887 = add i32 88, %4886
	%4888 = add i32 %4808, %4887
	%4889 = sext i32 %4888 to i64
	%4890 = getelementptr i16, i16* %out, i64 %4889
	%4891 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4796, float %4795)
	%4892 = bitcast i16* %4890 to i32*
	store i32 %4891, i32* %4892
	%4893 = shl i32 %7, 1
	%4894 = add i32 96, %4893
	%4895 = add i32 %4808, %4894
	%4896 = sext i32 %4895 to i64
	%4897 = getelementptr i16, i16* %out, i64 %4896
	%4898 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4798, float %4797)
	%4899 = bitcast i16* %4897 to i32*
	store i32 %4898, i32* %4899
	%4900 = shl i32 %7, 1
	%4901 = add i32 104, %4900
	%4902 = add i32 %4808, %4901
	%4903 = sext i32 %4902 to i64
	%4904 = getelementptr i16, i16* %out, i64 %4903
	%4905 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4800, float %4799)
	%4906 = bitcast i16* %4904 to i32*
	store i32 %4905, i32* %4906
	%4907 = shl i32 %7, 1
	%4908 = add i32 112, %4907
	%4909 = add i32 %4808, %4908
	%4910 = sext i32 %4909 to i64
	%4911 = getelementptr i16, i16* %out, i64 %4910
	%4912 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4802, float %4801)
	%4913 = bitcast i16* %4911 to i32*
	store i32 %4912, i32* %4913
	%4914 = shl i32 %7, 1
	%4915 = add i32 120, %4914
	%4916 = add i32 %4808, %4915
	%4917 = sext i32 %4916 to i64
	%4918 = getelementptr i16, i16* %out, i64 %4917
	%4919 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4804, float %4803)
	%4920 = bitcast i16* %4918 to i32*
	store i32 %4919, i32* %4920
	br label %stored2

stored2:
	%4921 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1765, i32 1, i32 31)
	%4922 = fadd float %1765, %4921
	%4923 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %4922, i32 2, i32 31)
	%4924 = fadd float %4922, %4923
	%4925 = fcmp ogt float %4924, 0.0
	%4926 = fdiv float 1.0, %4924
	%4927 = select i1 %4925, float %4926, float 0.0
	%4928 = mul i32 %4, 32
	%4929 = add i32 %13, %4928
	%4930 = add i32 %6, 24
	%4931 = add i32 %4929, %4930
	%4932 = fmul float %1833, %4927
	%4933 = fmul float %1834, %4927
	%4934 = fmul float %1837, %4927
	%4935 = fmul float %1838, %4927
	%4936 = fmul float %1841, %4927
	%4937 = fmul float %1842, %4927
	%4938 = fmul float %1845, %4927
	%4939 = fmul float %1846, %4927
	%4940 = fmul float %1849, %4927
	%4941 = fmul float %1850, %4927
	%4942 = fmul float %1853, %4927
	%4943 = fmul float %1854, %4927
	%4944 = fmul float %1857, %4927
	%4945 = fmul float %1858, %4927
	%4946 = fmul float %1861, %4927
	%4947 = fmul float %1862, %4927
	%4948 = fmul float %1865, %4927
	%4949 = fmul float %1866, %4927
	%4950 = fmul float %1869, %4927
	%4951 = fmul float %1870, %4927
	%4952 = fmul float %1873, %4927
	%4953 = fmul float %1874, %4927
	%4954 = fmul float %1877, %4927
	%4955 = fmul float %1878, %4927
	%4956 = fmul float %1881, %4927
	%4957 = fmul float %1882, %4927
	%4958 = fmul float %1885, %4927
	%4959 = fmul float %1886, %4927
	%4960 = fmul float %1889, %4927
	%4961 = fmul float %1890, %4927
	%4962 = fmul float %1893, %4927
	%4963 = fmul float %1894, %4927
	%4964 = icmp slt i32 %4931, %M
	br i1 %4964, label %store3, label %stored3

store3:
	%4965 = mul i32 %11, %M
	%4966 = add i32 %4965, %4931
	%4967 = mul i32 %4966, 128
	%4968 = shl i32 %7, 1
	%4969 = add i32 0, %4968
	%4970 = add i32 %4967, %4969
	%4971 = sext i32 %4970 to i64
	%4972 = getelementptr i16, i16* %out, i64 %4971
	%4973 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4933, float %4932)
	%4974 = bitcast i16* %4972 to i32*
	store i32 %4973, i32* %4974
	%4975 = shl i32 %7, 1
	%4976 = add i32 8, %4975
	%4977 = add i32 %4967, %4976
	%4978 = sext i32 %4977 to i64
	%4979 = getelementptr i16, i16* %out, i64 %4978
	%4980 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4935, float %4934)
	%4981 = bitcast i16* %4979 to i32*
	store i32 %4980, i32* %4981
	%4982 = shl i32 %7, 1
	%4983 = add i32 16, %4982
	%4984 = add i32 %4967, %4983
	%4985 = sext i32 %4984 to i64
	%4986 = getelementptr i16, i16* %out, i64 %4985
	%4987 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4937, float %4936)
	%4988 = bitcast i16* %4986 to i32*
	store i32 %4987, i32* %4988
	%4989 = shl i32 %7, 1
	%4990 = add i32 24, %4989
	%4991 = add i32 %4967, %4990
	%4992 = sext i32 %4991 to i64
	%4993 = getelementptr i16, i16* %out, i64 %4992
	%4994 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4939, float %4938)
	%4995 = bitcast i16* %4993 to i32*
	store i32 %4994, i32* %4995
	%4996 = shl i32 %7, 1
	%4997 = add i32 32, %4996
	%4998 = add i32 %4967, %4997
	%4999 = sext i32 %4998 to i64
	%5000 = getelementptr i16, i16* %out, i64 %4999
	%5001 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4941, float %4940)
	%5002 = bitcast i16* %5000 to i32*
	store i32 %5001, i32* %5002
	%5003 = shl i32 %7, 1
	%5004 = add i32 40, %5003
	%5005 = add i32 %4967, %5004
	%5006 = sext i32 %5005 to i64
	%5007 = getelementptr i16, i16* %out, i64 %5006
	%5008 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4943, float %4942)
	%5009 = bitcast i16* %5007 to i32*
	store i32 %5008, i32* %5009
	%5010 = shl i32 %7, 1
	%5011 = add i32 48, %5010
	%5012 = add i32 %4967, %5011
	%5013 = sext i32 %5012 to i64
	%5014 = getelementptr i16, i16* %out, i64 %5013
	%5015 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4945, float %4944)
	%5016 = bitcast i16* %5014 to i32*
	store i32 %5015, i32* %5016
	%5017 = shl i32 %7, 1
	%5018 = add i32 56, %5017
	%5019 = add i32 %4967, %5018
	%5020 = sext i32 %5019 to i64
	%5021 = getelementptr i16, i16* %out, i64 %5020
	%5022 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4947, float %4946)
	%5023 = bitcast i16* %5021 to i32*
	store i32 %5022, i32* %5023
	%5024 = shl i32 %7, 1
	%5025 = add i32 64, %5024
	%5026 = add i32 %4967, %5025
	%5027 = sext i32 %5026 to i64
	%5028 = getelementptr i16, i16* %out, i64 %5027
	%5029 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4949, float %4948)
	%5030 = bitcast i16* %5028 to i32*
	store i32 %5029, i32* %5030
	%5031 = shl i32 %7, 1
	%5032 = add i32 72, %5031
	%5033 = add i32 %4967, %5032
	%5034 = sext i32 %5033 to i64
	%5035 = getelementptr i16, i16* %out, i64 %5034
	%5036 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4951, float %4950)
	%5037 = bitcast i16* %5035 to i32*
	store i32 %5036, i32* %5037
	%5038 = shl i32 %7, 1
	%5039 = add i32 80, %5038
	%5040 = add i32 %4967, %5039
	%5041 = sext i32 %5040 to i64
	%5042 = getelementptr i16, i16* %out, i64 %5041
	%5043 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4953, float %4952)
	%5044 = bitcast i16* %5042 to i32*
	store i32 %5043, i32* %5044
	%5045 = shl i32 %7, 1
	%5046 = add i32 88, %5045
	%5047 = add i32 %4967, %5046
	%5048 = sext i32 %5047 to i64
	%5049 = getelementptr i16, i16* %out, i64 %5048
	%5050 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4955, float %4954)
	%5051 = bitcast i16* %5049 to i32*
	store i32 %5050, i32* %5051
	%5052 = shl i32 %7, 1
	%5053 = add i32 96, %5052
	%5054 = add i32 %4967, %5053
	%5055 = sext i32 %5054 to i64
	%5056 = getelementptr i16, i16* %out, i64 %5055
	%5057 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4957, float %4956)
	%5058 = bitcast i16* %5056 to i32*
	store i32 %5057, i32* %5058
	%5059 = shl i32 %7, 1
	%5060 = add i32 104, %5059
	%5061 = add i32 %4967, %5060
	%5062 = sext i32 %5061 to i64
	%5063 = getelementptr i16, i16* %out, i64 %5062
	%5064 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4959, float %4958)
	%5065 = bitcast i16* %5063 to i32*
	store i32 %5064, i32* %5065
	%5066 = shl i32 %7, 1
	%5067 = add i32 112, %5066
	%5068 = add i32 %4967, %5067
	%5069 = sext i32 %5068 to i64
	%5070 = getelementptr i16, i16* %out, i64 %5069
	%5071 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4961, float %4960)
	%5072 = bitcast i16* %5070 to i32*
	store i32 %5071, i32* %5072
	%5073 = shl i32 %7, 1
	%5074 = add i32 120, %5073
	%5075 = add i32 %4967, %5074
	%5076 = sext i32 %5075 to i64
	%5077 = getelementptr i16, i16* %out, i64 %5076
	%5078 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4963, float %4962)
	%5079 = bitcast i16* %5077 to i32*
	store i32 %5078, i32* %5079
	br label %stored3

stored3:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0}
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @prefill_attn0, !"maxntidx", i32 64}
