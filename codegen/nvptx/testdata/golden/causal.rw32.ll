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
	%467 = phi i32 [ 0, %prologue ], [ %3084, %pv ]
	%468 = phi i32 [ %38, %prologue ], [ %3091, %pv ]
	%469 = phi float [ 0.0, %prologue ], [ %4121, %pv ]
	%470 = phi float [ 0.0, %prologue ], [ %4122, %pv ]
	%471 = phi float [ 0.0, %prologue ], [ %4123, %pv ]
	%472 = phi float [ 0.0, %prologue ], [ %4124, %pv ]
	%473 = phi float [ 0.0, %prologue ], [ %4126, %pv ]
	%474 = phi float [ 0.0, %prologue ], [ %4127, %pv ]
	%475 = phi float [ 0.0, %prologue ], [ %4128, %pv ]
	%476 = phi float [ 0.0, %prologue ], [ %4129, %pv ]
	%477 = phi float [ 0.0, %prologue ], [ %4148, %pv ]
	%478 = phi float [ 0.0, %prologue ], [ %4149, %pv ]
	%479 = phi float [ 0.0, %prologue ], [ %4150, %pv ]
	%480 = phi float [ 0.0, %prologue ], [ %4151, %pv ]
	%481 = phi float [ 0.0, %prologue ], [ %4153, %pv ]
	%482 = phi float [ 0.0, %prologue ], [ %4154, %pv ]
	%483 = phi float [ 0.0, %prologue ], [ %4155, %pv ]
	%484 = phi float [ 0.0, %prologue ], [ %4156, %pv ]
	%485 = phi float [ 0.0, %prologue ], [ %4175, %pv ]
	%486 = phi float [ 0.0, %prologue ], [ %4176, %pv ]
	%487 = phi float [ 0.0, %prologue ], [ %4177, %pv ]
	%488 = phi float [ 0.0, %prologue ], [ %4178, %pv ]
	%489 = phi float [ 0.0, %prologue ], [ %4180, %pv ]
	%490 = phi float [ 0.0, %prologue ], [ %4181, %pv ]
	%491 = phi float [ 0.0, %prologue ], [ %4182, %pv ]
	%492 = phi float [ 0.0, %prologue ], [ %4183, %pv ]
	%493 = phi float [ 0.0, %prologue ], [ %4202, %pv ]
	%494 = phi float [ 0.0, %prologue ], [ %4203, %pv ]
	%495 = phi float [ 0.0, %prologue ], [ %4204, %pv ]
	%496 = phi float [ 0.0, %prologue ], [ %4205, %pv ]
	%497 = phi float [ 0.0, %prologue ], [ %4207, %pv ]
	%498 = phi float [ 0.0, %prologue ], [ %4208, %pv ]
	%499 = phi float [ 0.0, %prologue ], [ %4209, %pv ]
	%500 = phi float [ 0.0, %prologue ], [ %4210, %pv ]
	%501 = phi float [ 0.0, %prologue ], [ %4229, %pv ]
	%502 = phi float [ 0.0, %prologue ], [ %4230, %pv ]
	%503 = phi float [ 0.0, %prologue ], [ %4231, %pv ]
	%504 = phi float [ 0.0, %prologue ], [ %4232, %pv ]
	%505 = phi float [ 0.0, %prologue ], [ %4234, %pv ]
	%506 = phi float [ 0.0, %prologue ], [ %4235, %pv ]
	%507 = phi float [ 0.0, %prologue ], [ %4236, %pv ]
	%508 = phi float [ 0.0, %prologue ], [ %4237, %pv ]
	%509 = phi float [ 0.0, %prologue ], [ %4256, %pv ]
	%510 = phi float [ 0.0, %prologue ], [ %4257, %pv ]
	%511 = phi float [ 0.0, %prologue ], [ %4258, %pv ]
	%512 = phi float [ 0.0, %prologue ], [ %4259, %pv ]
	%513 = phi float [ 0.0, %prologue ], [ %4261, %pv ]
	%514 = phi float [ 0.0, %prologue ], [ %4262, %pv ]
	%515 = phi float [ 0.0, %prologue ], [ %4263, %pv ]
	%516 = phi float [ 0.0, %prologue ], [ %4264, %pv ]
	%517 = phi float [ 0.0, %prologue ], [ %4283, %pv ]
	%518 = phi float [ 0.0, %prologue ], [ %4284, %pv ]
	%519 = phi float [ 0.0, %prologue ], [ %4285, %pv ]
	%520 = phi float [ 0.0, %prologue ], [ %4286, %pv ]
	%521 = phi float [ 0.0, %prologue ], [ %4288, %pv ]
	%522 = phi float [ 0.0, %prologue ], [ %4289, %pv ]
	%523 = phi float [ 0.0, %prologue ], [ %4290, %pv ]
	%524 = phi float [ 0.0, %prologue ], [ %4291, %pv ]
	%525 = phi float [ 0.0, %prologue ], [ %4310, %pv ]
	%526 = phi float [ 0.0, %prologue ], [ %4311, %pv ]
	%527 = phi float [ 0.0, %prologue ], [ %4312, %pv ]
	%528 = phi float [ 0.0, %prologue ], [ %4313, %pv ]
	%529 = phi float [ 0.0, %prologue ], [ %4315, %pv ]
	%530 = phi float [ 0.0, %prologue ], [ %4316, %pv ]
	%531 = phi float [ 0.0, %prologue ], [ %4317, %pv ]
	%532 = phi float [ 0.0, %prologue ], [ %4318, %pv ]
	%533 = phi float [ 0.0, %prologue ], [ %4131, %pv ]
	%534 = phi float [ 0.0, %prologue ], [ %4132, %pv ]
	%535 = phi float [ 0.0, %prologue ], [ %4133, %pv ]
	%536 = phi float [ 0.0, %prologue ], [ %4134, %pv ]
	%537 = phi float [ 0.0, %prologue ], [ %4136, %pv ]
	%538 = phi float [ 0.0, %prologue ], [ %4137, %pv ]
	%539 = phi float [ 0.0, %prologue ], [ %4138, %pv ]
	%540 = phi float [ 0.0, %prologue ], [ %4139, %pv ]
	%541 = phi float [ 0.0, %prologue ], [ %4158, %pv ]
	%542 = phi float [ 0.0, %prologue ], [ %4159, %pv ]
	%543 = phi float [ 0.0, %prologue ], [ %4160, %pv ]
	%544 = phi float [ 0.0, %prologue ], [ %4161, %pv ]
	%545 = phi float [ 0.0, %prologue ], [ %4163, %pv ]
	%546 = phi float [ 0.0, %prologue ], [ %4164, %pv ]
	%547 = phi float [ 0.0, %prologue ], [ %4165, %pv ]
	%548 = phi float [ 0.0, %prologue ], [ %4166, %pv ]
	%549 = phi float [ 0.0, %prologue ], [ %4185, %pv ]
	%550 = phi float [ 0.0, %prologue ], [ %4186, %pv ]
	%551 = phi float [ 0.0, %prologue ], [ %4187, %pv ]
	%552 = phi float [ 0.0, %prologue ], [ %4188, %pv ]
	%553 = phi float [ 0.0, %prologue ], [ %4190, %pv ]
	%554 = phi float [ 0.0, %prologue ], [ %4191, %pv ]
	%555 = phi float [ 0.0, %prologue ], [ %4192, %pv ]
	%556 = phi float [ 0.0, %prologue ], [ %4193, %pv ]
	%557 = phi float [ 0.0, %prologue ], [ %4212, %pv ]
	%558 = phi float [ 0.0, %prologue ], [ %4213, %pv ]
	%559 = phi float [ 0.0, %prologue ], [ %4214, %pv ]
	%560 = phi float [ 0.0, %prologue ], [ %4215, %pv ]
	%561 = phi float [ 0.0, %prologue ], [ %4217, %pv ]
	%562 = phi float [ 0.0, %prologue ], [ %4218, %pv ]
	%563 = phi float [ 0.0, %prologue ], [ %4219, %pv ]
	%564 = phi float [ 0.0, %prologue ], [ %4220, %pv ]
	%565 = phi float [ 0.0, %prologue ], [ %4239, %pv ]
	%566 = phi float [ 0.0, %prologue ], [ %4240, %pv ]
	%567 = phi float [ 0.0, %prologue ], [ %4241, %pv ]
	%568 = phi float [ 0.0, %prologue ], [ %4242, %pv ]
	%569 = phi float [ 0.0, %prologue ], [ %4244, %pv ]
	%570 = phi float [ 0.0, %prologue ], [ %4245, %pv ]
	%571 = phi float [ 0.0, %prologue ], [ %4246, %pv ]
	%572 = phi float [ 0.0, %prologue ], [ %4247, %pv ]
	%573 = phi float [ 0.0, %prologue ], [ %4266, %pv ]
	%574 = phi float [ 0.0, %prologue ], [ %4267, %pv ]
	%575 = phi float [ 0.0, %prologue ], [ %4268, %pv ]
	%576 = phi float [ 0.0, %prologue ], [ %4269, %pv ]
	%577 = phi float [ 0.0, %prologue ], [ %4271, %pv ]
	%578 = phi float [ 0.0, %prologue ], [ %4272, %pv ]
	%579 = phi float [ 0.0, %prologue ], [ %4273, %pv ]
	%580 = phi float [ 0.0, %prologue ], [ %4274, %pv ]
	%581 = phi float [ 0.0, %prologue ], [ %4293, %pv ]
	%582 = phi float [ 0.0, %prologue ], [ %4294, %pv ]
	%583 = phi float [ 0.0, %prologue ], [ %4295, %pv ]
	%584 = phi float [ 0.0, %prologue ], [ %4296, %pv ]
	%585 = phi float [ 0.0, %prologue ], [ %4298, %pv ]
	%586 = phi float [ 0.0, %prologue ], [ %4299, %pv ]
	%587 = phi float [ 0.0, %prologue ], [ %4300, %pv ]
	%588 = phi float [ 0.0, %prologue ], [ %4301, %pv ]
	%589 = phi float [ 0.0, %prologue ], [ %4320, %pv ]
	%590 = phi float [ 0.0, %prologue ], [ %4321, %pv ]
	%591 = phi float [ 0.0, %prologue ], [ %4322, %pv ]
	%592 = phi float [ 0.0, %prologue ], [ %4323, %pv ]
	%593 = phi float [ 0.0, %prologue ], [ %4325, %pv ]
	%594 = phi float [ 0.0, %prologue ], [ %4326, %pv ]
	%595 = phi float [ 0.0, %prologue ], [ %4327, %pv ]
	%596 = phi float [ 0.0, %prologue ], [ %4328, %pv ]
	%597 = phi float [ 0xFFF0000000000000, %prologue ], [ %2804, %pv ]
	%598 = phi float [ 0.0, %prologue ], [ %2858, %pv ]
	%599 = phi float [ 0xFFF0000000000000, %prologue ], [ %2879, %pv ]
	%600 = phi float [ 0.0, %prologue ], [ %2933, %pv ]
	%601 = phi float [ 0xFFF0000000000000, %prologue ], [ %2954, %pv ]
	%602 = phi float [ 0.0, %prologue ], [ %3008, %pv ]
	%603 = phi float [ 0xFFF0000000000000, %prologue ], [ %3029, %pv ]
	%604 = phi float [ 0.0, %prologue ], [ %3083, %pv ]
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
	%806 = xor i32 %256, 0
	%807 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %806)
	%808 = extractvalue { i32, i32, i32, i32 } %807, 0
	%809 = extractvalue { i32, i32, i32, i32 } %807, 1
	%810 = extractvalue { i32, i32, i32, i32 } %807, 2
	%811 = extractvalue { i32, i32, i32, i32 } %807, 3
	%812 = xor i32 %256, 32
	%813 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %812)
	%814 = extractvalue { i32, i32, i32, i32 } %813, 0
	%815 = extractvalue { i32, i32, i32, i32 } %813, 1
	%816 = extractvalue { i32, i32, i32, i32 } %813, 2
	%817 = extractvalue { i32, i32, i32, i32 } %813, 3
	%818 = xor i32 %256, 64
	%819 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %818)
	%820 = extractvalue { i32, i32, i32, i32 } %819, 0
	%821 = extractvalue { i32, i32, i32, i32 } %819, 1
	%822 = extractvalue { i32, i32, i32, i32 } %819, 2
	%823 = extractvalue { i32, i32, i32, i32 } %819, 3
	%824 = xor i32 %256, 96
	%825 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %824)
	%826 = extractvalue { i32, i32, i32, i32 } %825, 0
	%827 = extractvalue { i32, i32, i32, i32 } %825, 1
	%828 = extractvalue { i32, i32, i32, i32 } %825, 2
	%829 = extractvalue { i32, i32, i32, i32 } %825, 3
	%830 = xor i32 %256, 128
	%831 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %830)
	%832 = extractvalue { i32, i32, i32, i32 } %831, 0
	%833 = extractvalue { i32, i32, i32, i32 } %831, 1
	%834 = extractvalue { i32, i32, i32, i32 } %831, 2
	%835 = extractvalue { i32, i32, i32, i32 } %831, 3
	%836 = xor i32 %256, 160
	%837 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %836)
	%838 = extractvalue { i32, i32, i32, i32 } %837, 0
	%839 = extractvalue { i32, i32, i32, i32 } %837, 1
	%840 = extractvalue { i32, i32, i32, i32 } %837, 2
	%841 = extractvalue { i32, i32, i32, i32 } %837, 3
	%842 = xor i32 %256, 192
	%843 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %842)
	%844 = extractvalue { i32, i32, i32, i32 } %843, 0
	%845 = extractvalue { i32, i32, i32, i32 } %843, 1
	%846 = extractvalue { i32, i32, i32, i32 } %843, 2
	%847 = extractvalue { i32, i32, i32, i32 } %843, 3
	%848 = xor i32 %256, 224
	%849 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %848)
	%850 = extractvalue { i32, i32, i32, i32 } %849, 0
	%851 = extractvalue { i32, i32, i32, i32 } %849, 1
	%852 = extractvalue { i32, i32, i32, i32 } %849, 2
	%853 = extractvalue { i32, i32, i32, i32 } %849, 3
	%854 = xor i32 %265, 0
	%855 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %854)
	%856 = extractvalue { i32, i32, i32, i32 } %855, 0
	%857 = extractvalue { i32, i32, i32, i32 } %855, 1
	%858 = extractvalue { i32, i32, i32, i32 } %855, 2
	%859 = extractvalue { i32, i32, i32, i32 } %855, 3
	%860 = xor i32 %265, 32
	%861 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %860)
	%862 = extractvalue { i32, i32, i32, i32 } %861, 0
	%863 = extractvalue { i32, i32, i32, i32 } %861, 1
	%864 = extractvalue { i32, i32, i32, i32 } %861, 2
	%865 = extractvalue { i32, i32, i32, i32 } %861, 3
	%866 = xor i32 %265, 64
	%867 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %866)
	%868 = extractvalue { i32, i32, i32, i32 } %867, 0
	%869 = extractvalue { i32, i32, i32, i32 } %867, 1
	%870 = extractvalue { i32, i32, i32, i32 } %867, 2
	%871 = extractvalue { i32, i32, i32, i32 } %867, 3
	%872 = xor i32 %265, 96
	%873 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %872)
	%874 = extractvalue { i32, i32, i32, i32 } %873, 0
	%875 = extractvalue { i32, i32, i32, i32 } %873, 1
	%876 = extractvalue { i32, i32, i32, i32 } %873, 2
	%877 = extractvalue { i32, i32, i32, i32 } %873, 3
	%878 = xor i32 %265, 128
	%879 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %878)
	%880 = extractvalue { i32, i32, i32, i32 } %879, 0
	%881 = extractvalue { i32, i32, i32, i32 } %879, 1
	%882 = extractvalue { i32, i32, i32, i32 } %879, 2
	%883 = extractvalue { i32, i32, i32, i32 } %879, 3
	%884 = xor i32 %265, 160
	%885 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %884)
	%886 = extractvalue { i32, i32, i32, i32 } %885, 0
	%887 = extractvalue { i32, i32, i32, i32 } %885, 1
	%888 = extractvalue { i32, i32, i32, i32 } %885, 2
	%889 = extractvalue { i32, i32, i32, i32 } %885, 3
	%890 = xor i32 %265, 192
	%891 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %890)
	%892 = extractvalue { i32, i32, i32, i32 } %891, 0
	%893 = extractvalue { i32, i32, i32, i32 } %891, 1
	%894 = extractvalue { i32, i32, i32, i32 } %891, 2
	%895 = extractvalue { i32, i32, i32, i32 } %891, 3
	%896 = xor i32 %265, 224
	%897 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %896)
	%898 = extractvalue { i32, i32, i32, i32 } %897, 0
	%899 = extractvalue { i32, i32, i32, i32 } %897, 1
	%900 = extractvalue { i32, i32, i32, i32 } %897, 2
	%901 = extractvalue { i32, i32, i32, i32 } %897, 3
	%902 = and i32 %5, 7
	%903 = shl i32 %247, 3
	%904 = add i32 %902, %903
	%905 = lshr i32 %5, 3
	%906 = and i32 %905, 1
	%907 = mul i32 %904, 256
	%908 = add i32 %0, %907
	%909 = and i32 %5, 7
	%910 = xor i32 %906, %909
	%911 = shl i32 %910, 4
	%912 = add i32 %908, %911
	%913 = xor i32 %912, 0
	%914 = add i32 %913, 0
	%915 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %914)
	%916 = extractvalue { i32, i32, i32, i32 } %915, 0
	%917 = extractvalue { i32, i32, i32, i32 } %915, 1
	%918 = extractvalue { i32, i32, i32, i32 } %915, 2
	%919 = extractvalue { i32, i32, i32, i32 } %915, 3
	%920 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %916, i32 %917, float 0.0, float 0.0, float 0.0, float 0.0)
	%921 = extractvalue { float, float, float, float } %920, 0
	%922 = extractvalue { float, float, float, float } %920, 1
	%923 = extractvalue { float, float, float, float } %920, 2
	%924 = extractvalue { float, float, float, float } %920, 3
	%925 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %918, i32 %919, float 0.0, float 0.0, float 0.0, float 0.0)
	%926 = extractvalue { float, float, float, float } %925, 0
	%927 = extractvalue { float, float, float, float } %925, 1
	%928 = extractvalue { float, float, float, float } %925, 2
	%929 = extractvalue { float, float, float, float } %925, 3
	%930 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %916, i32 %917, float 0.0, float 0.0, float 0.0, float 0.0)
	%931 = extractvalue { float, float, float, float } %930, 0
	%932 = extractvalue { float, float, float, float } %930, 1
	%933 = extractvalue { float, float, float, float } %930, 2
	%934 = extractvalue { float, float, float, float } %930, 3
	%935 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %918, i32 %919, float 0.0, float 0.0, float 0.0, float 0.0)
	%936 = extractvalue { float, float, float, float } %935, 0
	%937 = extractvalue { float, float, float, float } %935, 1
	%938 = extractvalue { float, float, float, float } %935, 2
	%939 = extractvalue { float, float, float, float } %935, 3
	%940 = add i32 %913, u0x1000
	%941 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %940)
	%942 = extractvalue { i32, i32, i32, i32 } %941, 0
	%943 = extractvalue { i32, i32, i32, i32 } %941, 1
	%944 = extractvalue { i32, i32, i32, i32 } %941, 2
	%945 = extractvalue { i32, i32, i32, i32 } %941, 3
	%946 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %942, i32 %943, float 0.0, float 0.0, float 0.0, float 0.0)
	%947 = extractvalue { float, float, float, float } %946, 0
	%948 = extractvalue { float, float, float, float } %946, 1
	%949 = extractvalue { float, float, float, float } %946, 2
	%950 = extractvalue { float, float, float, float } %946, 3
	%951 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %944, i32 %945, float 0.0, float 0.0, float 0.0, float 0.0)
	%952 = extractvalue { float, float, float, float } %951, 0
	%953 = extractvalue { float, float, float, float } %951, 1
	%954 = extractvalue { float, float, float, float } %951, 2
	%955 = extractvalue { float, float, float, float } %951, 3
	%956 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %942, i32 %943, float 0.0, float 0.0, float 0.0, float 0.0)
	%957 = extractvalue { float, float, float, float } %956, 0
	%958 = extractvalue { float, float, float, float } %956, 1
	%959 = extractvalue { float, float, float, float } %956, 2
	%960 = extractvalue { float, float, float, float } %956, 3
	%961 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %944, i32 %945, float 0.0, float 0.0, float 0.0, float 0.0)
	%962 = extractvalue { float, float, float, float } %961, 0
	%963 = extractvalue { float, float, float, float } %961, 1
	%964 = extractvalue { float, float, float, float } %961, 2
	%965 = extractvalue { float, float, float, float } %961, 3
	%966 = add i32 %913, u0x2000
	%967 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %966)
	%968 = extractvalue { i32, i32, i32, i32 } %967, 0
	%969 = extractvalue { i32, i32, i32, i32 } %967, 1
	%970 = extractvalue { i32, i32, i32, i32 } %967, 2
	%971 = extractvalue { i32, i32, i32, i32 } %967, 3
	%972 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %968, i32 %969, float 0.0, float 0.0, float 0.0, float 0.0)
	%973 = extractvalue { float, float, float, float } %972, 0
	%974 = extractvalue { float, float, float, float } %972, 1
	%975 = extractvalue { float, float, float, float } %972, 2
	%976 = extractvalue { float, float, float, float } %972, 3
	%977 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %970, i32 %971, float 0.0, float 0.0, float 0.0, float 0.0)
	%978 = extractvalue { float, float, float, float } %977, 0
	%979 = extractvalue { float, float, float, float } %977, 1
	%980 = extractvalue { float, float, float, float } %977, 2
	%981 = extractvalue { float, float, float, float } %977, 3
	%982 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %968, i32 %969, float 0.0, float 0.0, float 0.0, float 0.0)
	%983 = extractvalue { float, float, float, float } %982, 0
	%984 = extractvalue { float, float, float, float } %982, 1
	%985 = extractvalue { float, float, float, float } %982, 2
	%986 = extractvalue { float, float, float, float } %982, 3
	%987 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %970, i32 %971, float 0.0, float 0.0, float 0.0, float 0.0)
	%988 = extractvalue { float, float, float, float } %987, 0
	%989 = extractvalue { float, float, float, float } %987, 1
	%990 = extractvalue { float, float, float, float } %987, 2
	%991 = extractvalue { float, float, float, float } %987, 3
	%992 = add i32 %913, 12288
	%993 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %992)
	%994 = extractvalue { i32, i32, i32, i32 } %993, 0
	%995 = extractvalue { i32, i32, i32, i32 } %993, 1
	%996 = extractvalue { i32, i32, i32, i32 } %993, 2
	%997 = extractvalue { i32, i32, i32, i32 } %993, 3
	%998 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %994, i32 %995, float 0.0, float 0.0, float 0.0, float 0.0)
	%999 = extractvalue { float, float, float, float } %998, 0
	%1000 = extractvalue { float, float, float, float } %998, 1
	%1001 = extractvalue { float, float, float, float } %998, 2
	%1002 = extractvalue { float, float, float, float } %998, 3
	%1003 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %808, i32 %809, i32 %810, i32 %811, i32 %996, i32 %997, float 0.0, float 0.0, float 0.0, float 0.0)
	%1004 = extractvalue { float, float, float, float } %1003, 0
	%1005 = extractvalue { float, float, float, float } %1003, 1
	%1006 = extractvalue { float, float, float, float } %1003, 2
	%1007 = extractvalue { float, float, float, float } %1003, 3
	%1008 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %994, i32 %995, float 0.0, float 0.0, float 0.0, float 0.0)
	%1009 = extractvalue { float, float, float, float } %1008, 0
	%1010 = extractvalue { float, float, float, float } %1008, 1
	%1011 = extractvalue { float, float, float, float } %1008, 2
	%1012 = extractvalue { float, float, float, float } %1008, 3
	%1013 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %856, i32 %857, i32 %858, i32 %859, i32 %996, i32 %997, float 0.0, float 0.0, float 0.0, float 0.0)
	%1014 = extractvalue { float, float, float, float } %1013, 0
	%1015 = extractvalue { float, float, float, float } %1013, 1
	%1016 = extractvalue { float, float, float, float } %1013, 2
	%1017 = extractvalue { float, float, float, float } %1013, 3
	%1018 = xor i32 %912, 32
	%1019 = add i32 %1018, 0
	%1020 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1019)
	%1021 = extractvalue { i32, i32, i32, i32 } %1020, 0
	%1022 = extractvalue { i32, i32, i32, i32 } %1020, 1
	%1023 = extractvalue { i32, i32, i32, i32 } %1020, 2
	%1024 = extractvalue { i32, i32, i32, i32 } %1020, 3
	%1025 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1021, i32 %1022, float %921, float %922, float %923, float %924)
	%1026 = extractvalue { float, float, float, float } %1025, 0
	%1027 = extractvalue { float, float, float, float } %1025, 1
	%1028 = extractvalue { float, float, float, float } %1025, 2
	%1029 = extractvalue { float, float, float, float } %1025, 3
	%1030 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1023, i32 %1024, float %926, float %927, float %928, float %929)
	%1031 = extractvalue { float, float, float, float } %1030, 0
	%1032 = extractvalue { float, float, float, float } %1030, 1
	%1033 = extractvalue { float, float, float, float } %1030, 2
	%1034 = extractvalue { float, float, float, float } %1030, 3
	%1035 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1021, i32 %1022, float %931, float %932, float %933, float %934)
	%1036 = extractvalue { float, float, float, float } %1035, 0
	%1037 = extractvalue { float, float, float, float } %1035, 1
	%1038 = extractvalue { float, float, float, float } %1035, 2
	%1039 = extractvalue { float, float, float, float } %1035, 3
	%1040 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1023, i32 %1024, float %936, float %937, float %938, float %939)
	%1041 = extractvalue { float, float, float, float } %1040, 0
	%1042 = extractvalue { float, float, float, float } %1040, 1
	%1043 = extractvalue { float, float, float, float } %1040, 2
	%1044 = extractvalue { float, float, float, float } %1040, 3
	%1045 = add i32 %1018, u0x1000
	%1046 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1045)
	%1047 = extractvalue { i32, i32, i32, i32 } %1046, 0
	%1048 = extractvalue { i32, i32, i32, i32 } %1046, 1
	%1049 = extractvalue { i32, i32, i32, i32 } %1046, 2
	%1050 = extractvalue { i32, i32, i32, i32 } %1046, 3
	%1051 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1047, i32 %1048, float %947, float %948, float %949, float %950)
	%1052 = extractvalue { float, float, float, float } %1051, 0
	%1053 = extractvalue { float, float, float, float } %1051, 1
	%1054 = extractvalue { float, float, float, float } %1051, 2
	%1055 = extractvalue { float, float, float, float } %1051, 3
	%1056 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1049, i32 %1050, float %952, float %953, float %954, float %955)
	%1057 = extractvalue { float, float, float, float } %1056, 0
	%1058 = extractvalue { float, float, float, float } %1056, 1
	%1059 = extractvalue { float, float, float, float } %1056, 2
	%1060 = extractvalue { float, float, float, float } %1056, 3
	%1061 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1047, i32 %1048, float %957, float %958, float %959, float %960)
	%1062 = extractvalue { float, float, float, float } %1061, 0
	%1063 = extractvalue { float, float, float, float } %1061, 1
	%1064 = extractvalue { float, float, float, float } %1061, 2
	%1065 = extractvalue { float, float, float, float } %1061, 3
	%1066 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1049, i32 %1050, float %962, float %963, float %964, float %965)
	%1067 = extractvalue { float, float, float, float } %1066, 0
	%1068 = extractvalue { float, float, float, float } %1066, 1
	%1069 = extractvalue { float, float, float, float } %1066, 2
	%1070 = extractvalue { float, float, float, float } %1066, 3
	%1071 = add i32 %1018, u0x2000
	%1072 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1071)
	%1073 = extractvalue { i32, i32, i32, i32 } %1072, 0
	%1074 = extractvalue { i32, i32, i32, i32 } %1072, 1
	%1075 = extractvalue { i32, i32, i32, i32 } %1072, 2
	%1076 = extractvalue { i32, i32, i32, i32 } %1072, 3
	%1077 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1073, i32 %1074, float %973, float %974, float %975, float %976)
	%1078 = extractvalue { float, float, float, float } %1077, 0
	%1079 = extractvalue { float, float, float, float } %1077, 1
	%1080 = extractvalue { float, float, float, float } %1077, 2
	%1081 = extractvalue { float, float, float, float } %1077, 3
	%1082 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1075, i32 %1076, float %978, float %979, float %980, float %981)
	%1083 = extractvalue { float, float, float, float } %1082, 0
	%1084 = extractvalue { float, float, float, float } %1082, 1
	%1085 = extractvalue { float, float, float, float } %1082, 2
	%1086 = extractvalue { float, float, float, float } %1082, 3
	%1087 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1073, i32 %1074, float %983, float %984, float %985, float %986)
	%1088 = extractvalue { float, float, float, float } %1087, 0
	%1089 = extractvalue { float, float, float, float } %1087, 1
	%1090 = extractvalue { float, float, float, float } %1087, 2
	%1091 = extractvalue { float, float, float, float } %1087, 3
	%1092 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1075, i32 %1076, float %988, float %989, float %990, float %991)
	%1093 = extractvalue { float, float, float, float } %1092, 0
	%1094 = extractvalue { float, float, float, float } %1092, 1
	%1095 = extractvalue { float, float, float, float } %1092, 2
	%1096 = extractvalue { float, float, float, float } %1092, 3
	%1097 = add i32 %1018, 12288
	%1098 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1097)
	%1099 = extractvalue { i32, i32, i32, i32 } %1098, 0
	%1100 = extractvalue { i32, i32, i32, i32 } %1098, 1
	%1101 = extractvalue { i32, i32, i32, i32 } %1098, 2
	%1102 = extractvalue { i32, i32, i32, i32 } %1098, 3
	%1103 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1099, i32 %1100, float %999, float %1000, float %1001, float %1002)
	%1104 = extractvalue { float, float, float, float } %1103, 0
	%1105 = extractvalue { float, float, float, float } %1103, 1
	%1106 = extractvalue { float, float, float, float } %1103, 2
	%1107 = extractvalue { float, float, float, float } %1103, 3
	%1108 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %814, i32 %815, i32 %816, i32 %817, i32 %1101, i32 %1102, float %1004, float %1005, float %1006, float %1007)
	%1109 = extractvalue { float, float, float, float } %1108, 0
	%1110 = extractvalue { float, float, float, float } %1108, 1
	%1111 = extractvalue { float, float, float, float } %1108, 2
	%1112 = extractvalue { float, float, float, float } %1108, 3
	%1113 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1099, i32 %1100, float %1009, float %1010, float %1011, float %1012)
	%1114 = extractvalue { float, float, float, float } %1113, 0
	%1115 = extractvalue { float, float, float, float } %1113, 1
	%1116 = extractvalue { float, float, float, float } %1113, 2
	%1117 = extractvalue { float, float, float, float } %1113, 3
	%1118 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %1101, i32 %1102, float %1014, float %1015, float %1016, float %1017)
	%1119 = extractvalue { float, float, float, float } %1118, 0
	%1120 = extractvalue { float, float, float, float } %1118, 1
	%1121 = extractvalue { float, float, float, float } %1118, 2
	%1122 = extractvalue { float, float, float, float } %1118, 3
	%1123 = xor i32 %912, 64
	%1124 = add i32 %1123, 0
	%1125 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1124)
	%1126 = extractvalue { i32, i32, i32, i32 } %1125, 0
	%1127 = extractvalue { i32, i32, i32, i32 } %1125, 1
	%1128 = extractvalue { i32, i32, i32, i32 } %1125, 2
	%1129 = extractvalue { i32, i32, i32, i32 } %1125, 3
	%1130 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1126, i32 %1127, float %1026, float %1027, float %1028, float %1029)
	%1131 = extractvalue { float, float, float, float } %1130, 0
	%1132 = extractvalue { float, float, float, float } %1130, 1
	%1133 = extractvalue { float, float, float, float } %1130, 2
	%1134 = extractvalue { float, float, float, float } %1130, 3
	%1135 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1128, i32 %1129, float %1031, float %1032, float %1033, float %1034)
	%1136 = extractvalue { float, float, float, float } %1135, 0
	%1137 = extractvalue { float, float, float, float } %1135, 1
	%1138 = extractvalue { float, float, float, float } %1135, 2
	%1139 = extractvalue { float, float, float, float } %1135, 3
	%1140 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1126, i32 %1127, float %1036, float %1037, float %1038, float %1039)
	%1141 = extractvalue { float, float, float, float } %1140, 0
	%1142 = extractvalue { float, float, float, float } %1140, 1
	%1143 = extractvalue { float, float, float, float } %1140, 2
	%1144 = extractvalue { float, float, float, float } %1140, 3
	%1145 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1128, i32 %1129, float %1041, float %1042, float %1043, float %1044)
	%1146 = extractvalue { float, float, float, float } %1145, 0
	%1147 = extractvalue { float, float, float, float } %1145, 1
	%1148 = extractvalue { float, float, float, float } %1145, 2
	%1149 = extractvalue { float, float, float, float } %1145, 3
	%1150 = add i32 %1123, u0x1000
	%1151 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1150)
	%1152 = extractvalue { i32, i32, i32, i32 } %1151, 0
	%1153 = extractvalue { i32, i32, i32, i32 } %1151, 1
	%1154 = extractvalue { i32, i32, i32, i32 } %1151, 2
	%1155 = extractvalue { i32, i32, i32, i32 } %1151, 3
	%1156 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1152, i32 %1153, float %1052, float %1053, float %1054, float %1055)
	%1157 = extractvalue { float, float, float, float } %1156, 0
	%1158 = extractvalue { float, float, float, float } %1156, 1
	%1159 = extractvalue { float, float, float, float } %1156, 2
	%1160 = extractvalue { float, float, float, float } %1156, 3
	%1161 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1154, i32 %1155, float %1057, float %1058, float %1059, float %1060)
	%1162 = extractvalue { float, float, float, float } %1161, 0
	%1163 = extractvalue { float, float, float, float } %1161, 1
	%1164 = extractvalue { float, float, float, float } %1161, 2
	%1165 = extractvalue { float, float, float, float } %1161, 3
	%1166 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1152, i32 %1153, float %1062, float %1063, float %1064, float %1065)
	%1167 = extractvalue { float, float, float, float } %1166, 0
	%1168 = extractvalue { float, float, float, float } %1166, 1
	%1169 = extractvalue { float, float, float, float } %1166, 2
	%1170 = extractvalue { float, float, float, float } %1166, 3
	%1171 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1154, i32 %1155, float %1067, float %1068, float %1069, float %1070)
	%1172 = extractvalue { float, float, float, float } %1171, 0
	%1173 = extractvalue { float, float, float, float } %1171, 1
	%1174 = extractvalue { float, float, float, float } %1171, 2
	%1175 = extractvalue { float, float, float, float } %1171, 3
	%1176 = add i32 %1123, u0x2000
	%1177 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1176)
	%1178 = extractvalue { i32, i32, i32, i32 } %1177, 0
	%1179 = extractvalue { i32, i32, i32, i32 } %1177, 1
	%1180 = extractvalue { i32, i32, i32, i32 } %1177, 2
	%1181 = extractvalue { i32, i32, i32, i32 } %1177, 3
	%1182 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1178, i32 %1179, float %1078, float %1079, float %1080, float %1081)
	%1183 = extractvalue { float, float, float, float } %1182, 0
	%1184 = extractvalue { float, float, float, float } %1182, 1
	%1185 = extractvalue { float, float, float, float } %1182, 2
	%1186 = extractvalue { float, float, float, float } %1182, 3
	%1187 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1180, i32 %1181, float %1083, float %1084, float %1085, float %1086)
	%1188 = extractvalue { float, float, float, float } %1187, 0
	%1189 = extractvalue { float, float, float, float } %1187, 1
	%1190 = extractvalue { float, float, float, float } %1187, 2
	%1191 = extractvalue { float, float, float, float } %1187, 3
	%1192 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1178, i32 %1179, float %1088, float %1089, float %1090, float %1091)
	%1193 = extractvalue { float, float, float, float } %1192, 0
	%1194 = extractvalue { float, float, float, float } %1192, 1
	%1195 = extractvalue { float, float, float, float } %1192, 2
	%1196 = extractvalue { float, float, float, float } %1192, 3
	%1197 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1180, i32 %1181, float %1093, float %1094, float %1095, float %1096)
	%1198 = extractvalue { float, float, float, float } %1197, 0
	%1199 = extractvalue { float, float, float, float } %1197, 1
	%1200 = extractvalue { float, float, float, float } %1197, 2
	%1201 = extractvalue { float, float, float, float } %1197, 3
	%1202 = add i32 %1123, 12288
	%1203 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1202)
	%1204 = extractvalue { i32, i32, i32, i32 } %1203, 0
	%1205 = extractvalue { i32, i32, i32, i32 } %1203, 1
	%1206 = extractvalue { i32, i32, i32, i32 } %1203, 2
	%1207 = extractvalue { i32, i32, i32, i32 } %1203, 3
	%1208 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1204, i32 %1205, float %1104, float %1105, float %1106, float %1107)
	%1209 = extractvalue { float, float, float, float } %1208, 0
	%1210 = extractvalue { float, float, float, float } %1208, 1
	%1211 = extractvalue { float, float, float, float } %1208, 2
	%1212 = extractvalue { float, float, float, float } %1208, 3
	%1213 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %820, i32 %821, i32 %822, i32 %823, i32 %1206, i32 %1207, float %1109, float %1110, float %1111, float %1112)
	%1214 = extractvalue { float, float, float, float } %1213, 0
	%1215 = extractvalue { float, float, float, float } %1213, 1
	%1216 = extractvalue { float, float, float, float } %1213, 2
	%1217 = extractvalue { float, float, float, float } %1213, 3
	%1218 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1204, i32 %1205, float %1114, float %1115, float %1116, float %1117)
	%1219 = extractvalue { float, float, float, float } %1218, 0
	%1220 = extractvalue { float, float, float, float } %1218, 1
	%1221 = extractvalue { float, float, float, float } %1218, 2
	%1222 = extractvalue { float, float, float, float } %1218, 3
	%1223 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %868, i32 %869, i32 %870, i32 %871, i32 %1206, i32 %1207, float %1119, float %1120, float %1121, float %1122)
	%1224 = extractvalue { float, float, float, float } %1223, 0
	%1225 = extractvalue { float, float, float, float } %1223, 1
	%1226 = extractvalue { float, float, float, float } %1223, 2
	%1227 = extractvalue { float, float, float, float } %1223, 3
	%1228 = xor i32 %912, 96
	%1229 = add i32 %1228, 0
	%1230 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1229)
	%1231 = extractvalue { i32, i32, i32, i32 } %1230, 0
	%1232 = extractvalue { i32, i32, i32, i32 } %1230, 1
	%1233 = extractvalue { i32, i32, i32, i32 } %1230, 2
	%1234 = extractvalue { i32, i32, i32, i32 } %1230, 3
	%1235 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1231, i32 %1232, float %1131, float %1132, float %1133, float %1134)
	%1236 = extractvalue { float, float, float, float } %1235, 0
	%1237 = extractvalue { float, float, float, float } %1235, 1
	%1238 = extractvalue { float, float, float, float } %1235, 2
	%1239 = extractvalue { float, float, float, float } %1235, 3
	%1240 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1233, i32 %1234, float %1136, float %1137, float %1138, float %1139)
	%1241 = extractvalue { float, float, float, float } %1240, 0
	%1242 = extractvalue { float, float, float, float } %1240, 1
	%1243 = extractvalue { float, float, float, float } %1240, 2
	%1244 = extractvalue { float, float, float, float } %1240, 3
	%1245 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1231, i32 %1232, float %1141, float %1142, float %1143, float %1144)
	%1246 = extractvalue { float, float, float, float } %1245, 0
	%1247 = extractvalue { float, float, float, float } %1245, 1
	%1248 = extractvalue { float, float, float, float } %1245, 2
	%1249 = extractvalue { float, float, float, float } %1245, 3
	%1250 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1233, i32 %1234, float %1146, float %1147, float %1148, float %1149)
	%1251 = extractvalue { float, float, float, float } %1250, 0
	%1252 = extractvalue { float, float, float, float } %1250, 1
	%1253 = extractvalue { float, float, float, float } %1250, 2
	%1254 = extractvalue { float, float, float, float } %1250, 3
	%1255 = add i32 %1228, u0x1000
	%1256 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1255)
	%1257 = extractvalue { i32, i32, i32, i32 } %1256, 0
	%1258 = extractvalue { i32, i32, i32, i32 } %1256, 1
	%1259 = extractvalue { i32, i32, i32, i32 } %1256, 2
	%1260 = extractvalue { i32, i32, i32, i32 } %1256, 3
	%1261 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1257, i32 %1258, float %1157, float %1158, float %1159, float %1160)
	%1262 = extractvalue { float, float, float, float } %1261, 0
	%1263 = extractvalue { float, float, float, float } %1261, 1
	%1264 = extractvalue { float, float, float, float } %1261, 2
	%1265 = extractvalue { float, float, float, float } %1261, 3
	%1266 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1259, i32 %1260, float %1162, float %1163, float %1164, float %1165)
	%1267 = extractvalue { float, float, float, float } %1266, 0
	%1268 = extractvalue { float, float, float, float } %1266, 1
	%1269 = extractvalue { float, float, float, float } %1266, 2
	%1270 = extractvalue { float, float, float, float } %1266, 3
	%1271 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1257, i32 %1258, float %1167, float %1168, float %1169, float %1170)
	%1272 = extractvalue { float, float, float, float } %1271, 0
	%1273 = extractvalue { float, float, float, float } %1271, 1
	%1274 = extractvalue { float, float, float, float } %1271, 2
	%1275 = extractvalue { float, float, float, float } %1271, 3
	%1276 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1259, i32 %1260, float %1172, float %1173, float %1174, float %1175)
	%1277 = extractvalue { float, float, float, float } %1276, 0
	%1278 = extractvalue { float, float, float, float } %1276, 1
	%1279 = extractvalue { float, float, float, float } %1276, 2
	%1280 = extractvalue { float, float, float, float } %1276, 3
	%1281 = add i32 %1228, u0x2000
	%1282 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1281)
	%1283 = extractvalue { i32, i32, i32, i32 } %1282, 0
	%1284 = extractvalue { i32, i32, i32, i32 } %1282, 1
	%1285 = extractvalue { i32, i32, i32, i32 } %1282, 2
	%1286 = extractvalue { i32, i32, i32, i32 } %1282, 3
	%1287 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1283, i32 %1284, float %1183, float %1184, float %1185, float %1186)
	%1288 = extractvalue { float, float, float, float } %1287, 0
	%1289 = extractvalue { float, float, float, float } %1287, 1
	%1290 = extractvalue { float, float, float, float } %1287, 2
	%1291 = extractvalue { float, float, float, float } %1287, 3
	%1292 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1285, i32 %1286, float %1188, float %1189, float %1190, float %1191)
	%1293 = extractvalue { float, float, float, float } %1292, 0
	%1294 = extractvalue { float, float, float, float } %1292, 1
	%1295 = extractvalue { float, float, float, float } %1292, 2
	%1296 = extractvalue { float, float, float, float } %1292, 3
	%1297 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1283, i32 %1284, float %1193, float %1194, float %1195, float %1196)
	%1298 = extractvalue { float, float, float, float } %1297, 0
	%1299 = extractvalue { float, float, float, float } %1297, 1
	%1300 = extractvalue { float, float, float, float } %1297, 2
	%1301 = extractvalue { float, float, float, float } %1297, 3
	%1302 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1285, i32 %1286, float %1198, float %1199, float %1200, float %1201)
	%1303 = extractvalue { float, float, float, float } %1302, 0
	%1304 = extractvalue { float, float, float, float } %1302, 1
	%1305 = extractvalue { float, float, float, float } %1302, 2
	%1306 = extractvalue { float, float, float, float } %1302, 3
	%1307 = add i32 %1228, 12288
	%1308 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1307)
	%1309 = extractvalue { i32, i32, i32, i32 } %1308, 0
	%1310 = extractvalue { i32, i32, i32, i32 } %1308, 1
	%1311 = extractvalue { i32, i32, i32, i32 } %1308, 2
	%1312 = extractvalue { i32, i32, i32, i32 } %1308, 3
	%1313 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1309, i32 %1310, float %1209, float %1210, float %1211, float %1212)
	%1314 = extractvalue { float, float, float, float } %1313, 0
	%1315 = extractvalue { float, float, float, float } %1313, 1
	%1316 = extractvalue { float, float, float, float } %1313, 2
	%1317 = extractvalue { float, float, float, float } %1313, 3
	%1318 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %826, i32 %827, i32 %828, i32 %829, i32 %1311, i32 %1312, float %1214, float %1215, float %1216, float %1217)
	%1319 = extractvalue { float, float, float, float } %1318, 0
	%1320 = extractvalue { float, float, float, float } %1318, 1
	%1321 = extractvalue { float, float, float, float } %1318, 2
	%1322 = extractvalue { float, float, float, float } %1318, 3
	%1323 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1309, i32 %1310, float %1219, float %1220, float %1221, float %1222)
	%1324 = extractvalue { float, float, float, float } %1323, 0
	%1325 = extractvalue { float, float, float, float } %1323, 1
	%1326 = extractvalue { float, float, float, float } %1323, 2
	%1327 = extractvalue { float, float, float, float } %1323, 3
	%1328 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %874, i32 %875, i32 %876, i32 %877, i32 %1311, i32 %1312, float %1224, float %1225, float %1226, float %1227)
	%1329 = extractvalue { float, float, float, float } %1328, 0
	%1330 = extractvalue { float, float, float, float } %1328, 1
	%1331 = extractvalue { float, float, float, float } %1328, 2
	%1332 = extractvalue { float, float, float, float } %1328, 3
	%1333 = xor i32 %912, 128
	%1334 = add i32 %1333, 0
	%1335 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1334)
	%1336 = extractvalue { i32, i32, i32, i32 } %1335, 0
	%1337 = extractvalue { i32, i32, i32, i32 } %1335, 1
	%1338 = extractvalue { i32, i32, i32, i32 } %1335, 2
	%1339 = extractvalue { i32, i32, i32, i32 } %1335, 3
	%1340 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1336, i32 %1337, float %1236, float %1237, float %1238, float %1239)
	%1341 = extractvalue { float, float, float, float } %1340, 0
	%1342 = extractvalue { float, float, float, float } %1340, 1
	%1343 = extractvalue { float, float, float, float } %1340, 2
	%1344 = extractvalue { float, float, float, float } %1340, 3
	%1345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1338, i32 %1339, float %1241, float %1242, float %1243, float %1244)
	%1346 = extractvalue { float, float, float, float } %1345, 0
	%1347 = extractvalue { float, float, float, float } %1345, 1
	%1348 = extractvalue { float, float, float, float } %1345, 2
	%1349 = extractvalue { float, float, float, float } %1345, 3
	%1350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1336, i32 %1337, float %1246, float %1247, float %1248, float %1249)
	%1351 = extractvalue { float, float, float, float } %1350, 0
	%1352 = extractvalue { float, float, float, float } %1350, 1
	%1353 = extractvalue { float, float, float, float } %1350, 2
	%1354 = extractvalue { float, float, float, float } %1350, 3
	%1355 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1338, i32 %1339, float %1251, float %1252, float %1253, float %1254)
	%1356 = extractvalue { float, float, float, float } %1355, 0
	%1357 = extractvalue { float, float, float, float } %1355, 1
	%1358 = extractvalue { float, float, float, float } %1355, 2
	%1359 = extractvalue { float, float, float, float } %1355, 3
	%1360 = add i32 %1333, u0x1000
	%1361 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1360)
	%1362 = extractvalue { i32, i32, i32, i32 } %1361, 0
	%1363 = extractvalue { i32, i32, i32, i32 } %1361, 1
	%1364 = extractvalue { i32, i32, i32, i32 } %1361, 2
	%1365 = extractvalue { i32, i32, i32, i32 } %1361, 3
	%1366 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1362, i32 %1363, float %1262, float %1263, float %1264, float %1265)
	%1367 = extractvalue { float, float, float, float } %1366, 0
	%1368 = extractvalue { float, float, float, float } %1366, 1
	%1369 = extractvalue { float, float, float, float } %1366, 2
	%1370 = extractvalue { float, float, float, float } %1366, 3
	%1371 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1364, i32 %1365, float %1267, float %1268, float %1269, float %1270)
	%1372 = extractvalue { float, float, float, float } %1371, 0
	%1373 = extractvalue { float, float, float, float } %1371, 1
	%1374 = extractvalue { float, float, float, float } %1371, 2
	%1375 = extractvalue { float, float, float, float } %1371, 3
	%1376 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1362, i32 %1363, float %1272, float %1273, float %1274, float %1275)
	%1377 = extractvalue { float, float, float, float } %1376, 0
	%1378 = extractvalue { float, float, float, float } %1376, 1
	%1379 = extractvalue { float, float, float, float } %1376, 2
	%1380 = extractvalue { float, float, float, float } %1376, 3
	%1381 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1364, i32 %1365, float %1277, float %1278, float %1279, float %1280)
	%1382 = extractvalue { float, float, float, float } %1381, 0
	%1383 = extractvalue { float, float, float, float } %1381, 1
	%1384 = extractvalue { float, float, float, float } %1381, 2
	%1385 = extractvalue { float, float, float, float } %1381, 3
	%1386 = add i32 %1333, u0x2000
	%1387 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1386)
	%1388 = extractvalue { i32, i32, i32, i32 } %1387, 0
	%1389 = extractvalue { i32, i32, i32, i32 } %1387, 1
	%1390 = extractvalue { i32, i32, i32, i32 } %1387, 2
	%1391 = extractvalue { i32, i32, i32, i32 } %1387, 3
	%1392 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1388, i32 %1389, float %1288, float %1289, float %1290, float %1291)
	%1393 = extractvalue { float, float, float, float } %1392, 0
	%1394 = extractvalue { float, float, float, float } %1392, 1
	%1395 = extractvalue { float, float, float, float } %1392, 2
	%1396 = extractvalue { float, float, float, float } %1392, 3
	%1397 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1390, i32 %1391, float %1293, float %1294, float %1295, float %1296)
	%1398 = extractvalue { float, float, float, float } %1397, 0
	%1399 = extractvalue { float, float, float, float } %1397, 1
	%1400 = extractvalue { float, float, float, float } %1397, 2
	%1401 = extractvalue { float, float, float, float } %1397, 3
	%1402 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1388, i32 %1389, float %1298, float %1299, float %1300, float %1301)
	%1403 = extractvalue { float, float, float, float } %1402, 0
	%1404 = extractvalue { float, float, float, float } %1402, 1
	%1405 = extractvalue { float, float, float, float } %1402, 2
	%1406 = extractvalue { float, float, float, float } %1402, 3
	%1407 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1390, i32 %1391, float %1303, float %1304, float %1305, float %1306)
	%1408 = extractvalue { float, float, float, float } %1407, 0
	%1409 = extractvalue { float, float, float, float } %1407, 1
	%1410 = extractvalue { float, float, float, float } %1407, 2
	%1411 = extractvalue { float, float, float, float } %1407, 3
	%1412 = add i32 %1333, 12288
	%1413 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1412)
	%1414 = extractvalue { i32, i32, i32, i32 } %1413, 0
	%1415 = extractvalue { i32, i32, i32, i32 } %1413, 1
	%1416 = extractvalue { i32, i32, i32, i32 } %1413, 2
	%1417 = extractvalue { i32, i32, i32, i32 } %1413, 3
	%1418 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1414, i32 %1415, float %1314, float %1315, float %1316, float %1317)
	%1419 = extractvalue { float, float, float, float } %1418, 0
	%1420 = extractvalue { float, float, float, float } %1418, 1
	%1421 = extractvalue { float, float, float, float } %1418, 2
	%1422 = extractvalue { float, float, float, float } %1418, 3
	%1423 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %832, i32 %833, i32 %834, i32 %835, i32 %1416, i32 %1417, float %1319, float %1320, float %1321, float %1322)
	%1424 = extractvalue { float, float, float, float } %1423, 0
	%1425 = extractvalue { float, float, float, float } %1423, 1
	%1426 = extractvalue { float, float, float, float } %1423, 2
	%1427 = extractvalue { float, float, float, float } %1423, 3
	%1428 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1414, i32 %1415, float %1324, float %1325, float %1326, float %1327)
	%1429 = extractvalue { float, float, float, float } %1428, 0
	%1430 = extractvalue { float, float, float, float } %1428, 1
	%1431 = extractvalue { float, float, float, float } %1428, 2
	%1432 = extractvalue { float, float, float, float } %1428, 3
	%1433 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %880, i32 %881, i32 %882, i32 %883, i32 %1416, i32 %1417, float %1329, float %1330, float %1331, float %1332)
	%1434 = extractvalue { float, float, float, float } %1433, 0
	%1435 = extractvalue { float, float, float, float } %1433, 1
	%1436 = extractvalue { float, float, float, float } %1433, 2
	%1437 = extractvalue { float, float, float, float } %1433, 3
	%1438 = xor i32 %912, 160
	%1439 = add i32 %1438, 0
	%1440 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1439)
	%1441 = extractvalue { i32, i32, i32, i32 } %1440, 0
	%1442 = extractvalue { i32, i32, i32, i32 } %1440, 1
	%1443 = extractvalue { i32, i32, i32, i32 } %1440, 2
	%1444 = extractvalue { i32, i32, i32, i32 } %1440, 3
	%1445 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1441, i32 %1442, float %1341, float %1342, float %1343, float %1344)
	%1446 = extractvalue { float, float, float, float } %1445, 0
	%1447 = extractvalue { float, float, float, float } %1445, 1
	%1448 = extractvalue { float, float, float, float } %1445, 2
	%1449 = extractvalue { float, float, float, float } %1445, 3
	%1450 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1443, i32 %1444, float %1346, float %1347, float %1348, float %1349)
	%1451 = extractvalue { float, float, float, float } %1450, 0
	%1452 = extractvalue { float, float, float, float } %1450, 1
	%1453 = extractvalue { float, float, float, float } %1450, 2
	%1454 = extractvalue { float, float, float, float } %1450, 3
	%1455 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1441, i32 %1442, float %1351, float %1352, float %1353, float %1354)
	%1456 = extractvalue { float, float, float, float } %1455, 0
	%1457 = extractvalue { float, float, float, float } %1455, 1
	%1458 = extractvalue { float, float, float, float } %1455, 2
	%1459 = extractvalue { float, float, float, float } %1455, 3
	%1460 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1443, i32 %1444, float %1356, float %1357, float %1358, float %1359)
	%1461 = extractvalue { float, float, float, float } %1460, 0
	%1462 = extractvalue { float, float, float, float } %1460, 1
	%1463 = extractvalue { float, float, float, float } %1460, 2
	%1464 = extractvalue { float, float, float, float } %1460, 3
	%1465 = add i32 %1438, u0x1000
	%1466 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1465)
	%1467 = extractvalue { i32, i32, i32, i32 } %1466, 0
	%1468 = extractvalue { i32, i32, i32, i32 } %1466, 1
	%1469 = extractvalue { i32, i32, i32, i32 } %1466, 2
	%1470 = extractvalue { i32, i32, i32, i32 } %1466, 3
	%1471 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1467, i32 %1468, float %1367, float %1368, float %1369, float %1370)
	%1472 = extractvalue { float, float, float, float } %1471, 0
	%1473 = extractvalue { float, float, float, float } %1471, 1
	%1474 = extractvalue { float, float, float, float } %1471, 2
	%1475 = extractvalue { float, float, float, float } %1471, 3
	%1476 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1469, i32 %1470, float %1372, float %1373, float %1374, float %1375)
	%1477 = extractvalue { float, float, float, float } %1476, 0
	%1478 = extractvalue { float, float, float, float } %1476, 1
	%1479 = extractvalue { float, float, float, float } %1476, 2
	%1480 = extractvalue { float, float, float, float } %1476, 3
	%1481 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1467, i32 %1468, float %1377, float %1378, float %1379, float %1380)
	%1482 = extractvalue { float, float, float, float } %1481, 0
	%1483 = extractvalue { float, float, float, float } %1481, 1
	%1484 = extractvalue { float, float, float, float } %1481, 2
	%1485 = extractvalue { float, float, float, float } %1481, 3
	%1486 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1469, i32 %1470, float %1382, float %1383, float %1384, float %1385)
	%1487 = extractvalue { float, float, float, float } %1486, 0
	%1488 = extractvalue { float, float, float, float } %1486, 1
	%1489 = extractvalue { float, float, float, float } %1486, 2
	%1490 = extractvalue { float, float, float, float } %1486, 3
	%1491 = add i32 %1438, u0x2000
	%1492 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1491)
	%1493 = extractvalue { i32, i32, i32, i32 } %1492, 0
	%1494 = extractvalue { i32, i32, i32, i32 } %1492, 1
	%1495 = extractvalue { i32, i32, i32, i32 } %1492, 2
	%1496 = extractvalue { i32, i32, i32, i32 } %1492, 3
	%1497 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1493, i32 %1494, float %1393, float %1394, float %1395, float %1396)
	%1498 = extractvalue { float, float, float, float } %1497, 0
	%1499 = extractvalue { float, float, float, float } %1497, 1
	%1500 = extractvalue { float, float, float, float } %1497, 2
	%1501 = extractvalue { float, float, float, float } %1497, 3
	%1502 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1495, i32 %1496, float %1398, float %1399, float %1400, float %1401)
	%1503 = extractvalue { float, float, float, float } %1502, 0
	%1504 = extractvalue { float, float, float, float } %1502, 1
	%1505 = extractvalue { float, float, float, float } %1502, 2
	%1506 = extractvalue { float, float, float, float } %1502, 3
	%1507 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1493, i32 %1494, float %1403, float %1404, float %1405, float %1406)
	%1508 = extractvalue { float, float, float, float } %1507, 0
	%1509 = extractvalue { float, float, float, float } %1507, 1
	%1510 = extractvalue { float, float, float, float } %1507, 2
	%1511 = extractvalue { float, float, float, float } %1507, 3
	%1512 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1495, i32 %1496, float %1408, float %1409, float %1410, float %1411)
	%1513 = extractvalue { float, float, float, float } %1512, 0
	%1514 = extractvalue { float, float, float, float } %1512, 1
	%1515 = extractvalue { float, float, float, float } %1512, 2
	%1516 = extractvalue { float, float, float, float } %1512, 3
	%1517 = add i32 %1438, 12288
	%1518 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1517)
	%1519 = extractvalue { i32, i32, i32, i32 } %1518, 0
	%1520 = extractvalue { i32, i32, i32, i32 } %1518, 1
	%1521 = extractvalue { i32, i32, i32, i32 } %1518, 2
	%1522 = extractvalue { i32, i32, i32, i32 } %1518, 3
	%1523 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1519, i32 %1520, float %1419, float %1420, float %1421, float %1422)
	%1524 = extractvalue { float, float, float, float } %1523, 0
	%1525 = extractvalue { float, float, float, float } %1523, 1
	%1526 = extractvalue { float, float, float, float } %1523, 2
	%1527 = extractvalue { float, float, float, float } %1523, 3
	%1528 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %838, i32 %839, i32 %840, i32 %841, i32 %1521, i32 %1522, float %1424, float %1425, float %1426, float %1427)
	%1529 = extractvalue { float, float, float, float } %1528, 0
	%1530 = extractvalue { float, float, float, float } %1528, 1
	%1531 = extractvalue { float, float, float, float } %1528, 2
	%1532 = extractvalue { float, float, float, float } %1528, 3
	%1533 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1519, i32 %1520, float %1429, float %1430, float %1431, float %1432)
	%1534 = extractvalue { float, float, float, float } %1533, 0
	%1535 = extractvalue { float, float, float, float } %1533, 1
	%1536 = extractvalue { float, float, float, float } %1533, 2
	%1537 = extractvalue { float, float, float, float } %1533, 3
	%1538 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %886, i32 %887, i32 %888, i32 %889, i32 %1521, i32 %1522, float %1434, float %1435, float %1436, float %1437)
	%1539 = extractvalue { float, float, float, float } %1538, 0
	%1540 = extractvalue { float, float, float, float } %1538, 1
	%1541 = extractvalue { float, float, float, float } %1538, 2
	%1542 = extractvalue { float, float, float, float } %1538, 3
	%1543 = xor i32 %912, 192
	%1544 = add i32 %1543, 0
	%1545 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1544)
	%1546 = extractvalue { i32, i32, i32, i32 } %1545, 0
	%1547 = extractvalue { i32, i32, i32, i32 } %1545, 1
	%1548 = extractvalue { i32, i32, i32, i32 } %1545, 2
	%1549 = extractvalue { i32, i32, i32, i32 } %1545, 3
	%1550 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1546, i32 %1547, float %1446, float %1447, float %1448, float %1449)
	%1551 = extractvalue { float, float, float, float } %1550, 0
	%1552 = extractvalue { float, float, float, float } %1550, 1
	%1553 = extractvalue { float, float, float, float } %1550, 2
	%1554 = extractvalue { float, float, float, float } %1550, 3
	%1555 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1548, i32 %1549, float %1451, float %1452, float %1453, float %1454)
	%1556 = extractvalue { float, float, float, float } %1555, 0
	%1557 = extractvalue { float, float, float, float } %1555, 1
	%1558 = extractvalue { float, float, float, float } %1555, 2
	%1559 = extractvalue { float, float, float, float } %1555, 3
	%1560 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1546, i32 %1547, float %1456, float %1457, float %1458, float %1459)
	%1561 = extractvalue { float, float, float, float } %1560, 0
	%1562 = extractvalue { float, float, float, float } %1560, 1
	%1563 = extractvalue { float, float, float, float } %1560, 2
	%1564 = extractvalue { float, float, float, float } %1560, 3
	%1565 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1548, i32 %1549, float %1461, float %1462, float %1463, float %1464)
	%1566 = extractvalue { float, float, float, float } %1565, 0
	%1567 = extractvalue { float, float, float, float } %1565, 1
	%1568 = extractvalue { float, float, float, float } %1565, 2
	%1569 = extractvalue { float, float, float, float } %1565, 3
	%1570 = add i32 %1543, u0x1000
	%1571 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1570)
	%1572 = extractvalue { i32, i32, i32, i32 } %1571, 0
	%1573 = extractvalue { i32, i32, i32, i32 } %1571, 1
	%1574 = extractvalue { i32, i32, i32, i32 } %1571, 2
	%1575 = extractvalue { i32, i32, i32, i32 } %1571, 3
	%1576 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1572, i32 %1573, float %1472, float %1473, float %1474, float %1475)
	%1577 = extractvalue { float, float, float, float } %1576, 0
	%1578 = extractvalue { float, float, float, float } %1576, 1
	%1579 = extractvalue { float, float, float, float } %1576, 2
	%1580 = extractvalue { float, float, float, float } %1576, 3
	%1581 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1574, i32 %1575, float %1477, float %1478, float %1479, float %1480)
	%1582 = extractvalue { float, float, float, float } %1581, 0
	%1583 = extractvalue { float, float, float, float } %1581, 1
	%1584 = extractvalue { float, float, float, float } %1581, 2
	%1585 = extractvalue { float, float, float, float } %1581, 3
	%1586 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1572, i32 %1573, float %1482, float %1483, float %1484, float %1485)
	%1587 = extractvalue { float, float, float, float } %1586, 0
	%1588 = extractvalue { float, float, float, float } %1586, 1
	%1589 = extractvalue { float, float, float, float } %1586, 2
	%1590 = extractvalue { float, float, float, float } %1586, 3
	%1591 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1574, i32 %1575, float %1487, float %1488, float %1489, float %1490)
	%1592 = extractvalue { float, float, float, float } %1591, 0
	%1593 = extractvalue { float, float, float, float } %1591, 1
	%1594 = extractvalue { float, float, float, float } %1591, 2
	%1595 = extractvalue { float, float, float, float } %1591, 3
	%1596 = add i32 %1543, u0x2000
	%1597 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1596)
	%1598 = extractvalue { i32, i32, i32, i32 } %1597, 0
	%1599 = extractvalue { i32, i32, i32, i32 } %1597, 1
	%1600 = extractvalue { i32, i32, i32, i32 } %1597, 2
	%1601 = extractvalue { i32, i32, i32, i32 } %1597, 3
	%1602 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1598, i32 %1599, float %1498, float %1499, float %1500, float %1501)
	%1603 = extractvalue { float, float, float, float } %1602, 0
	%1604 = extractvalue { float, float, float, float } %1602, 1
	%1605 = extractvalue { float, float, float, float } %1602, 2
	%1606 = extractvalue { float, float, float, float } %1602, 3
	%1607 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1600, i32 %1601, float %1503, float %1504, float %1505, float %1506)
	%1608 = extractvalue { float, float, float, float } %1607, 0
	%1609 = extractvalue { float, float, float, float } %1607, 1
	%1610 = extractvalue { float, float, float, float } %1607, 2
	%1611 = extractvalue { float, float, float, float } %1607, 3
	%1612 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1598, i32 %1599, float %1508, float %1509, float %1510, float %1511)
	%1613 = extractvalue { float, float, float, float } %1612, 0
	%1614 = extractvalue { float, float, float, float } %1612, 1
	%1615 = extractvalue { float, float, float, float } %1612, 2
	%1616 = extractvalue { float, float, float, float } %1612, 3
	%1617 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1600, i32 %1601, float %1513, float %1514, float %1515, float %1516)
	%1618 = extractvalue { float, float, float, float } %1617, 0
	%1619 = extractvalue { float, float, float, float } %1617, 1
	%1620 = extractvalue { float, float, float, float } %1617, 2
	%1621 = extractvalue { float, float, float, float } %1617, 3
	%1622 = add i32 %1543, 12288
	%1623 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1622)
	%1624 = extractvalue { i32, i32, i32, i32 } %1623, 0
	%1625 = extractvalue { i32, i32, i32, i32 } %1623, 1
	%1626 = extractvalue { i32, i32, i32, i32 } %1623, 2
	%1627 = extractvalue { i32, i32, i32, i32 } %1623, 3
	%1628 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1624, i32 %1625, float %1524, float %1525, float %1526, float %1527)
	%1629 = extractvalue { float, float, float, float } %1628, 0
	%1630 = extractvalue { float, float, float, float } %1628, 1
	%1631 = extractvalue { float, float, float, float } %1628, 2
	%1632 = extractvalue { float, float, float, float } %1628, 3
	%1633 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %844, i32 %845, i32 %846, i32 %847, i32 %1626, i32 %1627, float %1529, float %1530, float %1531, float %1532)
	%1634 = extractvalue { float, float, float, float } %1633, 0
	%1635 = extractvalue { float, float, float, float } %1633, 1
	%1636 = extractvalue { float, float, float, float } %1633, 2
	%1637 = extractvalue { float, float, float, float } %1633, 3
	%1638 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1624, i32 %1625, float %1534, float %1535, float %1536, float %1537)
	%1639 = extractvalue { float, float, float, float } %1638, 0
	%1640 = extractvalue { float, float, float, float } %1638, 1
	%1641 = extractvalue { float, float, float, float } %1638, 2
	%1642 = extractvalue { float, float, float, float } %1638, 3
	%1643 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %892, i32 %893, i32 %894, i32 %895, i32 %1626, i32 %1627, float %1539, float %1540, float %1541, float %1542)
	%1644 = extractvalue { float, float, float, float } %1643, 0
	%1645 = extractvalue { float, float, float, float } %1643, 1
	%1646 = extractvalue { float, float, float, float } %1643, 2
	%1647 = extractvalue { float, float, float, float } %1643, 3
	%1648 = xor i32 %912, 224
	%1649 = add i32 %1648, 0
	%1650 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1649)
	%1651 = extractvalue { i32, i32, i32, i32 } %1650, 0
	%1652 = extractvalue { i32, i32, i32, i32 } %1650, 1
	%1653 = extractvalue { i32, i32, i32, i32 } %1650, 2
	%1654 = extractvalue { i32, i32, i32, i32 } %1650, 3
	%1655 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1651, i32 %1652, float %1551, float %1552, float %1553, float %1554)
	%1656 = extractvalue { float, float, float, float } %1655, 0
	%1657 = extractvalue { float, float, float, float } %1655, 1
	%1658 = extractvalue { float, float, float, float } %1655, 2
	%1659 = extractvalue { float, float, float, float } %1655, 3
	%1660 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1653, i32 %1654, float %1556, float %1557, float %1558, float %1559)
	%1661 = extractvalue { float, float, float, float } %1660, 0
	%1662 = extractvalue { float, float, float, float } %1660, 1
	%1663 = extractvalue { float, float, float, float } %1660, 2
	%1664 = extractvalue { float, float, float, float } %1660, 3
	%1665 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1651, i32 %1652, float %1561, float %1562, float %1563, float %1564)
	%1666 = extractvalue { float, float, float, float } %1665, 0
	%1667 = extractvalue { float, float, float, float } %1665, 1
	%1668 = extractvalue { float, float, float, float } %1665, 2
	%1669 = extractvalue { float, float, float, float } %1665, 3
	%1670 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1653, i32 %1654, float %1566, float %1567, float %1568, float %1569)
	%1671 = extractvalue { float, float, float, float } %1670, 0
	%1672 = extractvalue { float, float, float, float } %1670, 1
	%1673 = extractvalue { float, float, float, float } %1670, 2
	%1674 = extractvalue { float, float, float, float } %1670, 3
	%1675 = add i32 %1648, u0x1000
	%1676 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1675)
	%1677 = extractvalue { i32, i32, i32, i32 } %1676, 0
	%1678 = extractvalue { i32, i32, i32, i32 } %1676, 1
	%1679 = extractvalue { i32, i32, i32, i32 } %1676, 2
	%1680 = extractvalue { i32, i32, i32, i32 } %1676, 3
	%1681 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1677, i32 %1678, float %1577, float %1578, float %1579, float %1580)
	%1682 = extractvalue { float, float, float, float } %1681, 0
	%1683 = extractvalue { float, float, float, float } %1681, 1
	%1684 = extractvalue { float, float, float, float } %1681, 2
	%1685 = extractvalue { float, float, float, float } %1681, 3
	%1686 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1679, i32 %1680, float %1582, float %1583, float %1584, float %1585)
	%1687 = extractvalue { float, float, float, float } %1686, 0
	%1688 = extractvalue { float, float, float, float } %1686, 1
	%1689 = extractvalue { float, float, float, float } %1686, 2
	%1690 = extractvalue { float, float, float, float } %1686, 3
	%1691 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1677, i32 %1678, float %1587, float %1588, float %1589, float %1590)
	%1692 = extractvalue { float, float, float, float } %1691, 0
	%1693 = extractvalue { float, float, float, float } %1691, 1
	%1694 = extractvalue { float, float, float, float } %1691, 2
	%1695 = extractvalue { float, float, float, float } %1691, 3
	%1696 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1679, i32 %1680, float %1592, float %1593, float %1594, float %1595)
	%1697 = extractvalue { float, float, float, float } %1696, 0
	%1698 = extractvalue { float, float, float, float } %1696, 1
	%1699 = extractvalue { float, float, float, float } %1696, 2
	%1700 = extractvalue { float, float, float, float } %1696, 3
	%1701 = add i32 %1648, u0x2000
	%1702 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1701)
	%1703 = extractvalue { i32, i32, i32, i32 } %1702, 0
	%1704 = extractvalue { i32, i32, i32, i32 } %1702, 1
	%1705 = extractvalue { i32, i32, i32, i32 } %1702, 2
	%1706 = extractvalue { i32, i32, i32, i32 } %1702, 3
	%1707 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1703, i32 %1704, float %1603, float %1604, float %1605, float %1606)
	%1708 = extractvalue { float, float, float, float } %1707, 0
	%1709 = extractvalue { float, float, float, float } %1707, 1
	%1710 = extractvalue { float, float, float, float } %1707, 2
	%1711 = extractvalue { float, float, float, float } %1707, 3
	%1712 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1705, i32 %1706, float %1608, float %1609, float %1610, float %1611)
	%1713 = extractvalue { float, float, float, float } %1712, 0
	%1714 = extractvalue { float, float, float, float } %1712, 1
	%1715 = extractvalue { float, float, float, float } %1712, 2
	%1716 = extractvalue { float, float, float, float } %1712, 3
	%1717 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1703, i32 %1704, float %1613, float %1614, float %1615, float %1616)
	%1718 = extractvalue { float, float, float, float } %1717, 0
	%1719 = extractvalue { float, float, float, float } %1717, 1
	%1720 = extractvalue { float, float, float, float } %1717, 2
	%1721 = extractvalue { float, float, float, float } %1717, 3
	%1722 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1705, i32 %1706, float %1618, float %1619, float %1620, float %1621)
	%1723 = extractvalue { float, float, float, float } %1722, 0
	%1724 = extractvalue { float, float, float, float } %1722, 1
	%1725 = extractvalue { float, float, float, float } %1722, 2
	%1726 = extractvalue { float, float, float, float } %1722, 3
	%1727 = add i32 %1648, 12288
	%1728 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1727)
	%1729 = extractvalue { i32, i32, i32, i32 } %1728, 0
	%1730 = extractvalue { i32, i32, i32, i32 } %1728, 1
	%1731 = extractvalue { i32, i32, i32, i32 } %1728, 2
	%1732 = extractvalue { i32, i32, i32, i32 } %1728, 3
	%1733 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1729, i32 %1730, float %1629, float %1630, float %1631, float %1632)
	%1734 = extractvalue { float, float, float, float } %1733, 0
	%1735 = extractvalue { float, float, float, float } %1733, 1
	%1736 = extractvalue { float, float, float, float } %1733, 2
	%1737 = extractvalue { float, float, float, float } %1733, 3
	%1738 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %850, i32 %851, i32 %852, i32 %853, i32 %1731, i32 %1732, float %1634, float %1635, float %1636, float %1637)
	%1739 = extractvalue { float, float, float, float } %1738, 0
	%1740 = extractvalue { float, float, float, float } %1738, 1
	%1741 = extractvalue { float, float, float, float } %1738, 2
	%1742 = extractvalue { float, float, float, float } %1738, 3
	%1743 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1729, i32 %1730, float %1639, float %1640, float %1641, float %1642)
	%1744 = extractvalue { float, float, float, float } %1743, 0
	%1745 = extractvalue { float, float, float, float } %1743, 1
	%1746 = extractvalue { float, float, float, float } %1743, 2
	%1747 = extractvalue { float, float, float, float } %1743, 3
	%1748 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %898, i32 %899, i32 %900, i32 %901, i32 %1731, i32 %1732, float %1644, float %1645, float %1646, float %1647)
	%1749 = extractvalue { float, float, float, float } %1748, 0
	%1750 = extractvalue { float, float, float, float } %1748, 1
	%1751 = extractvalue { float, float, float, float } %1748, 2
	%1752 = extractvalue { float, float, float, float } %1748, 3
	%1753 = mul i32 %4, 32
	%1754 = add i32 %13, %1753
	%1755 = add i32 %6, 0
	%1756 = add i32 %1754, %1755
	%1757 = mul i32 %4, 32
	%1758 = add i32 %13, %1757
	%1759 = add i32 %6, 8
	%1760 = add i32 %1758, %1759
	%1761 = mul i32 %4, 32
	%1762 = add i32 %13, %1761
	%1763 = add i32 %6, 16
	%1764 = add i32 %1762, %1763
	%1765 = mul i32 %4, 32
	%1766 = add i32 %13, %1765
	%1767 = add i32 %6, 24
	%1768 = add i32 %1766, %1767
	%1769 = sitofp i32 %11 to float
	%1770 = add i32 %34, %468
	%1771 = sext i32 %1770 to i64
	%1772 = getelementptr i8, i8* %cls, i64 %1771
	%1773 = load i8, i8* %1772
	%1774 = icmp ne i8 %1773, 2
	br i1 %1774, label %partial, label %softmax

epilogue:
	%1775 = phi float [ 0.0, %entry ], [ %2858, %pv ]
	%1776 = phi float [ 0.0, %entry ], [ %2933, %pv ]
	%1777 = phi float [ 0.0, %entry ], [ %3008, %pv ]
	%1778 = phi float [ 0.0, %entry ], [ %3083, %pv ]
	%1779 = phi i32 [ 0, %entry ], [ %3084, %pv ]
	%1780 = phi float [ 0.0, %entry ], [ %4121, %pv ]
	%1781 = phi float [ 0.0, %entry ], [ %4122, %pv ]
	%1782 = phi float [ 0.0, %entry ], [ %4123, %pv ]
	%1783 = phi float [ 0.0, %entry ], [ %4124, %pv ]
	%1784 = phi float [ 0.0, %entry ], [ %4126, %pv ]
	%1785 = phi float [ 0.0, %entry ], [ %4127, %pv ]
	%1786 = phi float [ 0.0, %entry ], [ %4128, %pv ]
	%1787 = phi float [ 0.0, %entry ], [ %4129, %pv ]
	%1788 = phi float [ 0.0, %entry ], [ %4148, %pv ]
	%1789 = phi float [ 0.0, %entry ], [ %4149, %pv ]
	%1790 = phi float [ 0.0, %entry ], [ %4150, %pv ]
	%1791 = phi float [ 0.0, %entry ], [ %4151, %pv ]
	%1792 = phi float [ 0.0, %entry ], [ %4153, %pv ]
	%1793 = phi float [ 0.0, %entry ], [ %4154, %pv ]
	%1794 = phi float [ 0.0, %entry ], [ %4155, %pv ]
	%1795 = phi float [ 0.0, %entry ], [ %4156, %pv ]
	%1796 = phi float [ 0.0, %entry ], [ %4175, %pv ]
	%1797 = phi float [ 0.0, %entry ], [ %4176, %pv ]
	%1798 = phi float [ 0.0, %entry ], [ %4177, %pv ]
	%1799 = phi float [ 0.0, %entry ], [ %4178, %pv ]
	%1800 = phi float [ 0.0, %entry ], [ %4180, %pv ]
	%1801 = phi float [ 0.0, %entry ], [ %4181, %pv ]
	%1802 = phi float [ 0.0, %entry ], [ %4182, %pv ]
	%1803 = phi float [ 0.0, %entry ], [ %4183, %pv ]
	%1804 = phi float [ 0.0, %entry ], [ %4202, %pv ]
	%1805 = phi float [ 0.0, %entry ], [ %4203, %pv ]
	%1806 = phi float [ 0.0, %entry ], [ %4204, %pv ]
	%1807 = phi float [ 0.0, %entry ], [ %4205, %pv ]
	%1808 = phi float [ 0.0, %entry ], [ %4207, %pv ]
	%1809 = phi float [ 0.0, %entry ], [ %4208, %pv ]
	%1810 = phi float [ 0.0, %entry ], [ %4209, %pv ]
	%1811 = phi float [ 0.0, %entry ], [ %4210, %pv ]
	%1812 = phi float [ 0.0, %entry ], [ %4229, %pv ]
	%1813 = phi float [ 0.0, %entry ], [ %4230, %pv ]
	%1814 = phi float [ 0.0, %entry ], [ %4231, %pv ]
	%1815 = phi float [ 0.0, %entry ], [ %4232, %pv ]
	%1816 = phi float [ 0.0, %entry ], [ %4234, %pv ]
	%1817 = phi float [ 0.0, %entry ], [ %4235, %pv ]
	%1818 = phi float [ 0.0, %entry ], [ %4236, %pv ]
	%1819 = phi float [ 0.0, %entry ], [ %4237, %pv ]
	%1820 = phi float [ 0.0, %entry ], [ %4256, %pv ]
	%1821 = phi float [ 0.0, %entry ], [ %4257, %pv ]
	%1822 = phi float [ 0.0, %entry ], [ %4258, %pv ]
	%1823 = phi float [ 0.0, %entry ], [ %4259, %pv ]
	%1824 = phi float [ 0.0, %entry ], [ %4261, %pv ]
	%1825 = phi float [ 0.0, %entry ], [ %4262, %pv ]
	%1826 = phi float [ 0.0, %entry ], [ %4263, %pv ]
	%1827 = phi float [ 0.0, %entry ], [ %4264, %pv ]
	%1828 = phi float [ 0.0, %entry ], [ %4283, %pv ]
	%1829 = phi float [ 0.0, %entry ], [ %4284, %pv ]
	%1830 = phi float [ 0.0, %entry ], [ %4285, %pv ]
	%1831 = phi float [ 0.0, %entry ], [ %4286, %pv ]
	%1832 = phi float [ 0.0, %entry ], [ %4288, %pv ]
	%1833 = phi float [ 0.0, %entry ], [ %4289, %pv ]
	%1834 = phi float [ 0.0, %entry ], [ %4290, %pv ]
	%1835 = phi float [ 0.0, %entry ], [ %4291, %pv ]
	%1836 = phi float [ 0.0, %entry ], [ %4310, %pv ]
	%1837 = phi float [ 0.0, %entry ], [ %4311, %pv ]
	%1838 = phi float [ 0.0, %entry ], [ %4312, %pv ]
	%1839 = phi float [ 0.0, %entry ], [ %4313, %pv ]
	%1840 = phi float [ 0.0, %entry ], [ %4315, %pv ]
	%1841 = phi float [ 0.0, %entry ], [ %4316, %pv ]
	%1842 = phi float [ 0.0, %entry ], [ %4317, %pv ]
	%1843 = phi float [ 0.0, %entry ], [ %4318, %pv ]
	%1844 = phi float [ 0.0, %entry ], [ %4131, %pv ]
	%1845 = phi float [ 0.0, %entry ], [ %4132, %pv ]
	%1846 = phi float [ 0.0, %entry ], [ %4133, %pv ]
	%1847 = phi float [ 0.0, %entry ], [ %4134, %pv ]
	%1848 = phi float [ 0.0, %entry ], [ %4136, %pv ]
	%1849 = phi float [ 0.0, %entry ], [ %4137, %pv ]
	%1850 = phi float [ 0.0, %entry ], [ %4138, %pv ]
	%1851 = phi float [ 0.0, %entry ], [ %4139, %pv ]
	%1852 = phi float [ 0.0, %entry ], [ %4158, %pv ]
	%1853 = phi float [ 0.0, %entry ], [ %4159, %pv ]
	%1854 = phi float [ 0.0, %entry ], [ %4160, %pv ]
	%1855 = phi float [ 0.0, %entry ], [ %4161, %pv ]
	%1856 = phi float [ 0.0, %entry ], [ %4163, %pv ]
	%1857 = phi float [ 0.0, %entry ], [ %4164, %pv ]
	%1858 = phi float [ 0.0, %entry ], [ %4165, %pv ]
	%1859 = phi float [ 0.0, %entry ], [ %4166, %pv ]
	%1860 = phi float [ 0.0, %entry ], [ %4185, %pv ]
	%1861 = phi float [ 0.0, %entry ], [ %4186, %pv ]
	%1862 = phi float [ 0.0, %entry ], [ %4187, %pv ]
	%1863 = phi float [ 0.0, %entry ], [ %4188, %pv ]
	%1864 = phi float [ 0.0, %entry ], [ %4190, %pv ]
	%1865 = phi float [ 0.0, %entry ], [ %4191, %pv ]
	%1866 = phi float [ 0.0, %entry ], [ %4192, %pv ]
	%1867 = phi float [ 0.0, %entry ], [ %4193, %pv ]
	%1868 = phi float [ 0.0, %entry ], [ %4212, %pv ]
	%1869 = phi float [ 0.0, %entry ], [ %4213, %pv ]
	%1870 = phi float [ 0.0, %entry ], [ %4214, %pv ]
	%1871 = phi float [ 0.0, %entry ], [ %4215, %pv ]
	%1872 = phi float [ 0.0, %entry ], [ %4217, %pv ]
	%1873 = phi float [ 0.0, %entry ], [ %4218, %pv ]
	%1874 = phi float [ 0.0, %entry ], [ %4219, %pv ]
	%1875 = phi float [ 0.0, %entry ], [ %4220, %pv ]
	%1876 = phi float [ 0.0, %entry ], [ %4239, %pv ]
	%1877 = phi float [ 0.0, %entry ], [ %4240, %pv ]
	%1878 = phi float [ 0.0, %entry ], [ %4241, %pv ]
	%1879 = phi float [ 0.0, %entry ], [ %4242, %pv ]
	%1880 = phi float [ 0.0, %entry ], [ %4244, %pv ]
	%1881 = phi float [ 0.0, %entry ], [ %4245, %pv ]
	%1882 = phi float [ 0.0, %entry ], [ %4246, %pv ]
	%1883 = phi float [ 0.0, %entry ], [ %4247, %pv ]
	%1884 = phi float [ 0.0, %entry ], [ %4266, %pv ]
	%1885 = phi float [ 0.0, %entry ], [ %4267, %pv ]
	%1886 = phi float [ 0.0, %entry ], [ %4268, %pv ]
	%1887 = phi float [ 0.0, %entry ], [ %4269, %pv ]
	%1888 = phi float [ 0.0, %entry ], [ %4271, %pv ]
	%1889 = phi float [ 0.0, %entry ], [ %4272, %pv ]
	%1890 = phi float [ 0.0, %entry ], [ %4273, %pv ]
	%1891 = phi float [ 0.0, %entry ], [ %4274, %pv ]
	%1892 = phi float [ 0.0, %entry ], [ %4293, %pv ]
	%1893 = phi float [ 0.0, %entry ], [ %4294, %pv ]
	%1894 = phi float [ 0.0, %entry ], [ %4295, %pv ]
	%1895 = phi float [ 0.0, %entry ], [ %4296, %pv ]
	%1896 = phi float [ 0.0, %entry ], [ %4298, %pv ]
	%1897 = phi float [ 0.0, %entry ], [ %4299, %pv ]
	%1898 = phi float [ 0.0, %entry ], [ %4300, %pv ]
	%1899 = phi float [ 0.0, %entry ], [ %4301, %pv ]
	%1900 = phi float [ 0.0, %entry ], [ %4320, %pv ]
	%1901 = phi float [ 0.0, %entry ], [ %4321, %pv ]
	%1902 = phi float [ 0.0, %entry ], [ %4322, %pv ]
	%1903 = phi float [ 0.0, %entry ], [ %4323, %pv ]
	%1904 = phi float [ 0.0, %entry ], [ %4325, %pv ]
	%1905 = phi float [ 0.0, %entry ], [ %4326, %pv ]
	%1906 = phi float [ 0.0, %entry ], [ %4327, %pv ]
	%1907 = phi float [ 0.0, %entry ], [ %4328, %pv ]
	%1908 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1775, i32 1, i32 31)
	%1909 = fadd float %1775, %1908
	%1910 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1909, i32 2, i32 31)
	%1911 = fadd float %1909, %1910
	%1912 = fcmp ogt float %1911, 0.0
	%1913 = fdiv float 1.0, %1911
	%1914 = select i1 %1912, float %1913, float 0.0
	%1915 = mul i32 %4, 32
	%1916 = add i32 %13, %1915
	%1917 = add i32 %6, 0
	%1918 = add i32 %1916, %1917
	%1919 = fmul float %1780, %1914
	%1920 = fmul float %1781, %1914
	%1921 = fmul float %1784, %1914
	%1922 = fmul float %1785, %1914
	%1923 = fmul float %1788, %1914
	%1924 = fmul float %1789, %1914
	%1925 = fmul float %1792, %1914
	%1926 = fmul float %1793, %1914
	%1927 = fmul float %1796, %1914
	%1928 = fmul float %1797, %1914
	%1929 = fmul float %1800, %1914
	%1930 = fmul float %1801, %1914
	%1931 = fmul float %1804, %1914
	%1932 = fmul float %1805, %1914
	%1933 = fmul float %1808, %1914
	%1934 = fmul float %1809, %1914
	%1935 = fmul float %1812, %1914
	%1936 = fmul float %1813, %1914
	%1937 = fmul float %1816, %1914
	%1938 = fmul float %1817, %1914
	%1939 = fmul float %1820, %1914
	%1940 = fmul float %1821, %1914
	%1941 = fmul float %1824, %1914
	%1942 = fmul float %1825, %1914
	%1943 = fmul float %1828, %1914
	%1944 = fmul float %1829, %1914
	%1945 = fmul float %1832, %1914
	%1946 = fmul float %1833, %1914
	%1947 = fmul float %1836, %1914
	%1948 = fmul float %1837, %1914
	%1949 = fmul float %1840, %1914
	%1950 = fmul float %1841, %1914
	%1951 = icmp slt i32 %1918, %M
	br i1 %1951, label %store0, label %stored0

partial:
	%1952 = shl i32 %7, 1
	%1953 = add i32 0, %1952
	%1954 = add i32 %605, %1953
	%1955 = icmp slt i32 %1954, %N
	%1956 = select i1 %1955, i32 %1954, i32 0
	%1957 = sitofp i32 %1756 to float
	%1958 = sitofp i32 %1956 to float
	%1959 = fcmp ole float %1958, %1957
	%1960 = uitofp i1 %1959 to float
	%1961 = fcmp une float %1960, 0.0
	%1962 = and i1 %1955, %1961
	%1963 = select i1 %1962, float %1656, float 0xFFF0000000000000
	%1964 = shl i32 %7, 1
	%1965 = add i32 1, %1964
	%1966 = add i32 %605, %1965
	%1967 = icmp slt i32 %1966, %N
	%1968 = select i1 %1967, i32 %1966, i32 0
	%1969 = sitofp i32 %1756 to float
	%1970 = sitofp i32 %1968 to float
	%1971 = fcmp ole float %1970, %1969
	%1972 = uitofp i1 %1971 to float
	%1973 = fcmp une float %1972, 0.0
	%1974 = and i1 %1967, %1973
	%1975 = select i1 %1974, float %1657, float 0xFFF0000000000000
	%1976 = shl i32 %7, 1
	%1977 = add i32 0, %1976
	%1978 = add i32 %605, %1977
	%1979 = icmp slt i32 %1978, %N
	%1980 = select i1 %1979, i32 %1978, i32 0
	%1981 = sitofp i32 %1760 to float
	%1982 = sitofp i32 %1980 to float
	%1983 = fcmp ole float %1982, %1981
	%1984 = uitofp i1 %1983 to float
	%1985 = fcmp une float %1984, 0.0
	%1986 = and i1 %1979, %1985
	%1987 = select i1 %1986, float %1658, float 0xFFF0000000000000
	%1988 = shl i32 %7, 1
	%1989 = add i32 1, %1988
	%1990 = add i32 %605, %1989
	%1991 = icmp slt i32 %1990, %N
	%1992 = select i1 %1991, i32 %1990, i32 0
	%1993 = sitofp i32 %1760 to float
	%1994 = sitofp i32 %1992 to float
	%1995 = fcmp ole float %1994, %1993
	%1996 = uitofp i1 %1995 to float
	%1997 = fcmp une float %1996, 0.0
	%1998 = and i1 %1991, %1997
	%1999 = select i1 %1998, float %1659, float 0xFFF0000000000000
	%2000 = shl i32 %7, 1
	%2001 = add i32 8, %2000
	%2002 = add i32 %605, %2001
	%2003 = icmp slt i32 %2002, %N
	%2004 = select i1 %2003, i32 %2002, i32 0
	%2005 = sitofp i32 %1756 to float
	%2006 = sitofp i32 %2004 to float
	%2007 = fcmp ole float %2006, %2005
	%2008 = uitofp i1 %2007 to float
	%2009 = fcmp une float %2008, 0.0
	%2010 = and i1 %2003, %2009
	%2011 = select i1 %2010, float %1661, float 0xFFF0000000000000
	%2012 = shl i32 %7, 1
	%2013 = add i32 9, %2012
	%2014 = add i32 %605, %2013
	%2015 = icmp slt i32 %2014, %N
	%2016 = select i1 %2015, i32 %2014, i32 0
	%2017 = sitofp i32 %1756 to float
	%2018 = sitofp i32 %2016 to float
	%2019 = fcmp ole float %2018, %2017
	%2020 = uitofp i1 %2019 to float
	%2021 = fcmp une float %2020, 0.0
	%2022 = and i1 %2015, %2021
	%2023 = select i1 %2022, float %1662, float 0xFFF0000000000000
	%2024 = shl i32 %7, 1
	%2025 = add i32 8, %2024
	%2026 = add i32 %605, %2025
	%2027 = icmp slt i32 %2026, %N
	%2028 = select i1 %2027, i32 %2026, i32 0
	%2029 = sitofp i32 %1760 to float
	%2030 = sitofp i32 %2028 to float
	%2031 = fcmp ole float %2030, %2029
	%2032 = uitofp i1 %2031 to float
	%2033 = fcmp une float %2032, 0.0
	%2034 = and i1 %2027, %2033
	%2035 = select i1 %2034, float %1663, float 0xFFF0000000000000
	%2036 = shl i32 %7, 1
	%2037 = add i32 9, %2036
	%2038 = add i32 %605, %2037
	%2039 = icmp slt i32 %2038, %N
	%2040 = select i1 %2039, i32 %2038, i32 0
	%2041 = sitofp i32 %1760 to float
	%2042 = sitofp i32 %2040 to float
	%2043 = fcmp ole float %2042, %2041
	%2044 = uitofp i1 %2043 to float
	%2045 = fcmp une float %2044, 0.0
	%2046 = and i1 %2039, %2045
	%2047 = select i1 %2046, float %1664, float 0xFFF0000000000000
	%2048 = shl i32 %7, 1
	%2049 = add i32 16, %2048
	%2050 = add i32 %605, %2049
	%2051 = icmp slt i32 %2050, %N
	%2052 = select i1 %2051, i32 %2050, i32 0
	%2053 = sitofp i32 %1756 to float
	%2054 = sitofp i32 %2052 to float
	%2055 = fcmp ole float %2054, %2053
	%2056 = uitofp i1 %2055 to float
	%2057 = fcmp une float %2056, 0.0
	%2058 = and i1 %2051, %2057
	%2059 = select i1 %2058, float %1682, float 0xFFF0000000000000
	%2060 = shl i32 %7, 1
	%2061 = add i32 17, %2060
	%2062 = add i32 %605, %2061
	%2063 = icmp slt i32 %2062, %N
	%2064 = select i1 %2063, i32 %2062, i32 0
	%2065 = sitofp i32 %1756 to float
	%2066 = sitofp i32 %2064 to float
	%2067 = fcmp ole float %2066, %2065
	%2068 = uitofp i1 %2067 to float
	%2069 = fcmp une float %2068, 0.0
	%2070 = and i1 %2063, %2069
	%2071 = select i1 %2070, float %1683, float 0xFFF0000000000000
	%2072 = shl i32 %7, 1
	%2073 = add i32 16, %2072
	%2074 = add i32 %605, %2073
	%2075 = icmp slt i32 %2074, %N
	%2076 = select i1 %2075, i32 %2074, i32 0
	%2077 = sitofp i32 %1760 to float
	%2078 = sitofp i32 %2076 to float
	%2079 = fcmp ole float %2078, %2077
	%2080 = uitofp i1 %2079 to float
	%2081 = fcmp une float %2080, 0.0
	%2082 = and i1 %2075, %2081
	%2083 = select i1 %2082, float %1684, float 0xFFF0000000000000
	%2084 = shl i32 %7, 1
	%2085 = add i32 17, %2084
	%2086 = add i32 %605, %2085
	%2087 = icmp slt i32 %2086, %N
	%2088 = select i1 %2087, i32 %2086, i32 0
	%2089 = sitofp i32 %1760 to float
	%2090 = sitofp i32 %2088 to float
	%2091 = fcmp ole float %2090, %2089
	%2092 = uitofp i1 %2091 to float
	%2093 = fcmp une float %2092, 0.0
	%2094 = and i1 %2087, %2093
	%2095 = select i1 %2094, float %1685, float 0xFFF0000000000000
	%2096 = shl i32 %7, 1
	%2097 = add i32 24, %2096
	%2098 = add i32 %605, %2097
	%2099 = icmp slt i32 %2098, %N
	%2100 = select i1 %2099, i32 %2098, i32 0
	%2101 = sitofp i32 %1756 to float
	%2102 = sitofp i32 %2100 to float
	%2103 = fcmp ole float %2102, %2101
	%2104 = uitofp i1 %2103 to float
	%2105 = fcmp une float %2104, 0.0
	%2106 = and i1 %2099, %2105
	%2107 = select i1 %2106, float %1687, float 0xFFF0000000000000
	%2108 = shl i32 %7, 1
	%2109 = add i32 25, %2108
	%2110 = add i32 %605, %2109
	%2111 = icmp slt i32 %2110, %N
	%2112 = select i1 %2111, i32 %2110, i32 0
	%2113 = sitofp i32 %1756 to float
	%2114 = sitofp i32 %2112 to float
	%2115 = fcmp ole float %2114, %2113
	%2116 = uitofp i1 %2115 to float
	%2117 = fcmp une float %2116, 0.0
	%2118 = and i1 %2111, %2117
	%2119 = select i1 %2118, float %1688, float 0xFFF0000000000000
	%2120 = shl i32 %7, 1
	%2121 = add i32 24, %2120
	%2122 = add i32 %605, %2121
	%2123 = icmp slt i32 %2122, %N
	%2124 = select i1 %2123, i32 %2122, i32 0
	%2125 = sitofp i32 %1760 to float
	%2126 = sitofp i32 %2124 to float
	%2127 = fcmp ole float %2126, %2125
	%2128 = uitofp i1 %2127 to float
	%2129 = fcmp une float %2128, 0.0
	%2130 = and i1 %2123, %2129
	%2131 = select i1 %2130, float %1689, float 0xFFF0000000000000
	%2132 = shl i32 %7, 1
	%2133 = add i32 25, %2132
	%2134 = add i32 %605, %2133
	%2135 = icmp slt i32 %2134, %N
	%2136 = select i1 %2135, i32 %2134, i32 0
	%2137 = sitofp i32 %1760 to float
	%2138 = sitofp i32 %2136 to float
	%2139 = fcmp ole float %2138, %2137
	%2140 = uitofp i1 %2139 to float
	%2141 = fcmp une float %2140, 0.0
	%2142 = and i1 %2135, %2141
	%2143 = select i1 %2142, float %1690, float 0xFFF0000000000000
	%2144 = shl i32 %7, 1
	%2145 = add i32 32, %2144
	%2146 = add i32 %605, %2145
	%2147 = icmp slt i32 %2146, %N
	%2148 = select i1 %2147, i32 %2146, i32 0
	%2149 = sitofp i32 %1756 to float
	%2150 = sitofp i32 %2148 to float
	%2151 = fcmp ole float %2150, %2149
	%2152 = uitofp i1 %2151 to float
	%2153 = fcmp une float %2152, 0.0
	%2154 = and i1 %2147, %2153
	%2155 = select i1 %2154, float %1708, float 0xFFF0000000000000
	%2156 = shl i32 %7, 1
	%2157 = add i32 33, %2156
	%2158 = add i32 %605, %2157
	%2159 = icmp slt i32 %2158, %N
	%2160 = select i1 %2159, i32 %2158, i32 0
	%2161 = sitofp i32 %1756 to float
	%2162 = sitofp i32 %2160 to float
	%2163 = fcmp ole float %2162, %2161
	%2164 = uitofp i1 %2163 to float
	%2165 = fcmp une float %2164, 0.0
	%2166 = and i1 %2159, %2165
	%2167 = select i1 %2166, float %1709, float 0xFFF0000000000000
	%2168 = shl i32 %7, 1
	%2169 = add i32 32, %2168
	%2170 = add i32 %605, %2169
	%2171 = icmp slt i32 %2170, %N
	%2172 = select i1 %2171, i32 %2170, i32 0
	%2173 = sitofp i32 %1760 to float
	%2174 = sitofp i32 %2172 to float
	%2175 = fcmp ole float %2174, %2173
	%2176 = uitofp i1 %2175 to float
	%2177 = fcmp une float %2176, 0.0
	%2178 = and i1 %2171, %2177
	%2179 = select i1 %2178, float %1710, float 0xFFF0000000000000
	%2180 = shl i32 %7, 1
	%2181 = add i32 33, %2180
	%2182 = add i32 %605, %2181
	%2183 = icmp slt i32 %2182, %N
	%2184 = select i1 %2183, i32 %2182, i32 0
	%2185 = sitofp i32 %1760 to float
	%2186 = sitofp i32 %2184 to float
	%2187 = fcmp ole float %2186, %2185
	%2188 = uitofp i1 %2187 to float
	%2189 = fcmp une float %2188, 0.0
	%2190 = and i1 %2183, %2189
	%2191 = select i1 %2190, float %1711, float 0xFFF0000000000000
	%2192 = shl i32 %7, 1
	%2193 = add i32 40, %2192
	%2194 = add i32 %605, %2193
	%2195 = icmp slt i32 %2194, %N
	%2196 = select i1 %2195, i32 %2194, i32 0
	%2197 = sitofp i32 %1756 to float
	%2198 = sitofp i32 %2196 to float
	%2199 = fcmp ole float %2198, %2197
	%2200 = uitofp i1 %2199 to float
	%2201 = fcmp une float %2200, 0.0
	%2202 = and i1 %2195, %2201
	%2203 = select i1 %2202, float %1713, float 0xFFF0000000000000
	%2204 = shl i32 %7, 1
	%2205 = add i32 41, %2204
	%2206 = add i32 %605, %2205
	%2207 = icmp slt i32 %2206, %N
	%2208 = select i1 %2207, i32 %2206, i32 0
	%2209 = sitofp i32 %1756 to float
	%2210 = sitofp i32 %2208 to float
	%2211 = fcmp ole float %2210, %2209
	%2212 = uitofp i1 %2211 to float
	%2213 = fcmp une float %2212, 0.0
	%2214 = and i1 %2207, %2213
	%2215 = select i1 %2214, float %1714, float 0xFFF0000000000000
	%2216 = shl i32 %7, 1
	%2217 = add i32 40, %2216
	%2218 = add i32 %605, %2217
	%2219 = icmp slt i32 %2218, %N
	%2220 = select i1 %2219, i32 %2218, i32 0
	%2221 = sitofp i32 %1760 to float
	%2222 = sitofp i32 %2220 to float
	%2223 = fcmp ole float %2222, %2221
	%2224 = uitofp i1 %2223 to float
	%2225 = fcmp une float %2224, 0.0
	%2226 = and i1 %2219, %2225
	%2227 = select i1 %2226, float %1715, float 0xFFF0000000000000
	%2228 = shl i32 %7, 1
	%2229 = add i32 41, %2228
	%2230 = add i32 %605, %2229
	%2231 = icmp slt i32 %2230, %N
	%2232 = select i1 %2231, i32 %2230, i32 0
	%2233 = sitofp i32 %1760 to float
	%2234 = sitofp i32 %2232 to float
	%2235 = fcmp ole float %2234, %2233
	%2236 = uitofp i1 %2235 to float
	%2237 = fcmp une float %2236, 0.0
	%2238 = and i1 %2231, %2237
	%2239 = select i1 %2238, float %1716, float 0xFFF0000000000000
	%2240 = shl i32 %7, 1
	%2241 = add i32 48, %2240
	%2242 = add i32 %605, %2241
	%2243 = icmp slt i32 %2242, %N
	%2244 = select i1 %2243, i32 %2242, i32 0
	%2245 = sitofp i32 %1756 to float
	%2246 = sitofp i32 %2244 to float
	%2247 = fcmp ole float %2246, %2245
	%2248 = uitofp i1 %2247 to float
	%2249 = fcmp une float %2248, 0.0
	%2250 = and i1 %2243, %2249
	%2251 = select i1 %2250, float %1734, float 0xFFF0000000000000
	%2252 = shl i32 %7, 1
	%2253 = add i32 49, %2252
	%2254 = add i32 %605, %2253
	%2255 = icmp slt i32 %2254, %N
	%2256 = select i1 %2255, i32 %2254, i32 0
	%2257 = sitofp i32 %1756 to float
	%2258 = sitofp i32 %2256 to float
	%2259 = fcmp ole float %2258, %2257
	%2260 = uitofp i1 %2259 to float
	%2261 = fcmp une float %2260, 0.0
	%2262 = and i1 %2255, %2261
	%2263 = select i1 %2262, float %1735, float 0xFFF0000000000000
	%2264 = shl i32 %7, 1
	%2265 = add i32 48, %2264
	%2266 = add i32 %605, %2265
	%2267 = icmp slt i32 %2266, %N
	%2268 = select i1 %2267, i32 %2266, i32 0
	%2269 = sitofp i32 %1760 to float
	%2270 = sitofp i32 %2268 to float
	%2271 = fcmp ole float %2270, %2269
	%2272 = uitofp i1 %2271 to float
	%2273 = fcmp une float %2272, 0.0
	%2274 = and i1 %2267, %2273
	%2275 = select i1 %2274, float %1736, float 0xFFF0000000000000
	%2276 = shl i32 %7, 1
	%2277 = add i32 49, %2276
	%2278 = add i32 %605, %2277
	%2279 = icmp slt i32 %2278, %N
	%2280 = select i1 %2279, i32 %2278, i32 0
	%2281 = sitofp i32 %1760 to float
	%2282 = sitofp i32 %2280 to float
	%2283 = fcmp ole float %2282, %2281
	%2284 = uitofp i1 %2283 to float
	%2285 = fcmp une float %2284, 0.0
	%2286 = and i1 %2279, %2285
	%2287 = select i1 %2286, float %1737, float 0xFFF0000000000000
	%2288 = shl i32 %7, 1
	%2289 = add i32 56, %2288
	%2290 = add i32 %605, %2289
	%2291 = icmp slt i32 %2290, %N
	%2292 = select i1 %2291, i32 %2290, i32 0
	%2293 = sitofp i32 %1756 to float
	%2294 = sitofp i32 %2292 to float
	%2295 = fcmp ole float %2294, %2293
	%2296 = uitofp i1 %2295 to float
	%2297 = fcmp une float %2296, 0.0
	%2298 = and i1 %2291, %2297
	%2299 = select i1 %2298, float %1739, float 0xFFF0000000000000
	%2300 = shl i32 %7, 1
	%2301 = add i32 57, %2300
	%2302 = add i32 %605, %2301
	%2303 = icmp slt i32 %2302, %N
	%2304 = select i1 %2303, i32 %2302, i32 0
	%2305 = sitofp i32 %1756 to float
	%2306 = sitofp i32 %2304 to float
	%2307 = fcmp ole float %2306, %2305
	%2308 = uitofp i1 %2307 to float
	%2309 = fcmp une float %2308, 0.0
	%2310 = and i1 %2303, %2309
	%2311 = select i1 %2310, float %1740, float 0xFFF0000000000000
	%2312 = shl i32 %7, 1
	%2313 = add i32 56, %2312
	%2314 = add i32 %605, %2313
	%2315 = icmp slt i32 %2314, %N
	%2316 = select i1 %2315, i32 %2314, i32 0
	%2317 = sitofp i32 %1760 to float
	%2318 = sitofp i32 %2316 to float
	%2319 = fcmp ole float %2318, %2317
	%2320 = uitofp i1 %2319 to float
	%2321 = fcmp une float %2320, 0.0
	%2322 = and i1 %2315, %2321
	%2323 = select i1 %2322, float %1741, float 0xFFF0000000000000
	%2324 = shl i32 %7, 1
	%2325 = add i32 57, %2324
	%2326 = add i32 %605, %2325
	%2327 = icmp slt i32 %2326, %N
	%2328 = select i1 %2327, i32 %2326, i32 0
	%2329 = sitofp i32 %1760 to float
	%2330 = sitofp i32 %2328 to float
	%2331 = fcmp ole float %2330, %2329
	%2332 = uitofp i1 %2331 to float
	%2333 = fcmp une float %2332, 0.0
	%2334 = and i1 %2327, %2333
	%2335 = select i1 %2334, float %1742, float 0xFFF0000000000000
	%2336 = shl i32 %7, 1
	%2337 = add i32 0, %2336
	%2338 = add i32 %605, %2337
	%2339 = icmp slt i32 %2338, %N
	%2340 = select i1 %2339, i32 %2338, i32 0
	%2341 = sitofp i32 %1764 to float
	%2342 = sitofp i32 %2340 to float
	%2343 = fcmp ole float %2342, %2341
	%2344 = uitofp i1 %2343 to float
	%2345 = fcmp une float %2344, 0.0
	%2346 = and i1 %2339, %2345
	%2347 = select i1 %2346, float %1666, float 0xFFF0000000000000
	%2348 = shl i32 %7, 1
	%2349 = add i32 1, %2348
	%2350 = add i32 %605, %2349
	%2351 = icmp slt i32 %2350, %N
	%2352 = select i1 %2351, i32 %2350, i32 0
	%2353 = sitofp i32 %1764 to float
	%2354 = sitofp i32 %2352 to float
	%2355 = fcmp ole float %2354, %2353
	%2356 = uitofp i1 %2355 to float
	%2357 = fcmp une float %2356, 0.0
	%2358 = and i1 %2351, %2357
	%2359 = select i1 %2358, float %1667, float 0xFFF0000000000000
	%2360 = shl i32 %7, 1
	%2361 = add i32 0, %2360
	%2362 = add i32 %605, %2361
	%2363 = icmp slt i32 %2362, %N
	%2364 = select i1 %2363, i32 %2362, i32 0
	%2365 = sitofp i32 %1768 to float
	%2366 = sitofp i32 %2364 to float
	%2367 = fcmp ole float %2366, %2365
	%2368 = uitofp i1 %2367 to float
	%2369 = fcmp une float %2368, 0.0
	%2370 = and i1 %2363, %2369
	%2371 = select i1 %2370, float %1668, float 0xFFF0000000000000
	%2372 = shl i32 %7, 1
	%2373 = add i32 1, %2372
	%2374 = add i32 %605, %2373
	%2375 = icmp slt i32 %2374, %N
	%2376 = select i1 %2375, i32 %2374, i32 0
	%2377 = sitofp i32 %1768 to float
	%2378 = sitofp i32 %2376 to float
	%2379 = fcmp ole float %2378, %2377
	%2380 = uitofp i1 %2379 to float
	%2381 = fcmp une float %2380, 0.0
	%2382 = and i1 %2375, %2381
	%2383 = select i1 %2382, float %1669, float 0xFFF0000000000000
	%2384 = shl i32 %7, 1
	%2385 = add i32 8, %2384
	%2386 = add i32 %605, %2385
	%2387 = icmp slt i32 %2386, %N
	%2388 = select i1 %2387, i32 %2386, i32 0
	%2389 = sitofp i32 %1764 to float
	%2390 = sitofp i32 %2388 to float
	%2391 = fcmp ole float %2390, %2389
	%2392 = uitofp i1 %2391 to float
	%2393 = fcmp une float %2392, 0.0
	%2394 = and i1 %2387, %2393
	%2395 = select i1 %2394, float %1671, float 0xFFF0000000000000
	%2396 = shl i32 %7, 1
	%2397 = add i32 9, %2396
	%2398 = add i32 %605, %2397
	%2399 = icmp slt i32 %2398, %N
	%2400 = select i1 %2399, i32 %2398, i32 0
	%2401 = sitofp i32 %1764 to float
	%2402 = sitofp i32 %2400 to float
	%2403 = fcmp ole float %2402, %2401
	%2404 = uitofp i1 %2403 to float
	%2405 = fcmp une float %2404, 0.0
	%2406 = and i1 %2399, %2405
	%2407 = select i1 %2406, float %1672, float 0xFFF0000000000000
	%2408 = shl i32 %7, 1
	%2409 = add i32 8, %2408
	%2410 = add i32 %605, %2409
	%2411 = icmp slt i32 %2410, %N
	%2412 = select i1 %2411, i32 %2410, i32 0
	%2413 = sitofp i32 %1768 to float
	%2414 = sitofp i32 %2412 to float
	%2415 = fcmp ole float %2414, %2413
	%2416 = uitofp i1 %2415 to float
	%2417 = fcmp une float %2416, 0.0
	%2418 = and i1 %2411, %2417
	%2419 = select i1 %2418, float %1673, float 0xFFF0000000000000
	%2420 = shl i32 %7, 1
	%2421 = add i32 9, %2420
	%2422 = add i32 %605, %2421
	%2423 = icmp slt i32 %2422, %N
	%2424 = select i1 %2423, i32 %2422, i32 0
	%2425 = sitofp i32 %1768 to float
	%2426 = sitofp i32 %2424 to float
	%2427 = fcmp ole float %2426, %2425
	%2428 = uitofp i1 %2427 to float
	%2429 = fcmp une float %2428, 0.0
	%2430 = and i1 %2423, %2429
	%2431 = select i1 %2430, float %1674, float 0xFFF0000000000000
	%2432 = shl i32 %7, 1
	%2433 = add i32 16, %2432
	%2434 = add i32 %605, %2433
	%2435 = icmp slt i32 %2434, %N
	%2436 = select i1 %2435, i32 %2434, i32 0
	%2437 = sitofp i32 %1764 to float
	%2438 = sitofp i32 %2436 to float
	%2439 = fcmp ole float %2438, %2437
	%2440 = uitofp i1 %2439 to float
	%2441 = fcmp une float %2440, 0.0
	%2442 = and i1 %2435, %2441
	%2443 = select i1 %2442, float %1692, float 0xFFF0000000000000
	%2444 = shl i32 %7, 1
	%2445 = add i32 17, %2444
	%2446 = add i32 %605, %2445
	%2447 = icmp slt i32 %2446, %N
	%2448 = select i1 %2447, i32 %2446, i32 0
	%2449 = sitofp i32 %1764 to float
	%2450 = sitofp i32 %2448 to float
	%2451 = fcmp ole float %2450, %2449
	%2452 = uitofp i1 %2451 to float
	%2453 = fcmp une float %2452, 0.0
	%2454 = and i1 %2447, %2453
	%2455 = select i1 %2454, float %1693, float 0xFFF0000000000000
	%2456 = shl i32 %7, 1
	%2457 = add i32 16, %2456
	%2458 = add i32 %605, %2457
	%2459 = icmp slt i32 %2458, %N
	%2460 = select i1 %2459, i32 %2458, i32 0
	%2461 = sitofp i32 %1768 to float
	%2462 = sitofp i32 %2460 to float
	%2463 = fcmp ole float %2462, %2461
	%2464 = uitofp i1 %2463 to float
	%2465 = fcmp une float %2464, 0.0
	%2466 = and i1 %2459, %2465
	%2467 = select i1 %2466, float %1694, float 0xFFF0000000000000
	%2468 = shl i32 %7, 1
	%2469 = add i32 17, %2468
	%2470 = add i32 %605, %2469
	%2471 = icmp slt i32 %2470, %N
	%2472 = select i1 %2471, i32 %2470, i32 0
	%2473 = sitofp i32 %1768 to float
	%2474 = sitofp i32 %2472 to float
	%2475 = fcmp ole float %2474, %2473
	%2476 = uitofp i1 %2475 to float
	%2477 = fcmp une float %2476, 0.0
	%2478 = and i1 %2471, %2477
	%2479 = select i1 %2478, float %1695, float 0xFFF0000000000000
	%2480 = shl i32 %7, 1
	%2481 = add i32 24, %2480
	%2482 = add i32 %605, %2481
	%2483 = icmp slt i32 %2482, %N
	%2484 = select i1 %2483, i32 %2482, i32 0
	%2485 = sitofp i32 %1764 to float
	%2486 = sitofp i32 %2484 to float
	%2487 = fcmp ole float %2486, %2485
	%2488 = uitofp i1 %2487 to float
	%2489 = fcmp une float %2488, 0.0
	%2490 = and i1 %2483, %2489
	%2491 = select i1 %2490, float %1697, float 0xFFF0000000000000
	%2492 = shl i32 %7, 1
	%2493 = add i32 25, %2492
	%2494 = add i32 %605, %2493
	%2495 = icmp slt i32 %2494, %N
	%2496 = select i1 %2495, i32 %2494, i32 0
	%2497 = sitofp i32 %1764 to float
	%2498 = sitofp i32 %2496 to float
	%2499 = fcmp ole float %2498, %2497
	%2500 = uitofp i1 %2499 to float
	%2501 = fcmp une float %2500, 0.0
	%2502 = and i1 %2495, %2501
	%2503 = select i1 %2502, float %1698, float 0xFFF0000000000000
	%2504 = shl i32 %7, 1
	%2505 = add i32 24, %2504
	%2506 = add i32 %605, %2505
	%2507 = icmp slt i32 %2506, %N
	%2508 = select i1 %2507, i32 %2506, i32 0
	%2509 = sitofp i32 %1768 to float
	%2510 = sitofp i32 %2508 to float
	%2511 = fcmp ole float %2510, %2509
	%2512 = uitofp i1 %2511 to float
	%2513 = fcmp une float %2512, 0.0
	%2514 = and i1 %2507, %2513
	%2515 = select i1 %2514, float %1699, float 0xFFF0000000000000
	%2516 = shl i32 %7, 1
	%2517 = add i32 25, %2516
	%2518 = add i32 %605, %2517
	%2519 = icmp slt i32 %2518, %N
	%2520 = select i1 %2519, i32 %2518, i32 0
	%2521 = sitofp i32 %1768 to float
	%2522 = sitofp i32 %2520 to float
	%2523 = fcmp ole float %2522, %2521
	%2524 = uitofp i1 %2523 to float
	%2525 = fcmp une float %2524, 0.0
	%2526 = and i1 %2519, %2525
	%2527 = select i1 %2526, float %1700, float 0xFFF0000000000000
	%2528 = shl i32 %7, 1
	%2529 = add i32 32, %2528
	%2530 = add i32 %605, %2529
	%2531 = icmp slt i32 %2530, %N
	%2532 = select i1 %2531, i32 %2530, i32 0
	%2533 = sitofp i32 %1764 to float
	%2534 = sitofp i32 %2532 to float
	%2535 = fcmp ole float %2534, %2533
	%2536 = uitofp i1 %2535 to float
	%2537 = fcmp une float %2536, 0.0
	%2538 = and i1 %2531, %2537
	%2539 = select i1 %2538, float %1718, float 0xFFF0000000000000
	%2540 = shl i32 %7, 1
	%2541 = add i32 33, %2540
	%2542 = add i32 %605, %2541
	%2543 = icmp slt i32 %2542, %N
	%2544 = select i1 %2543, i32 %2542, i32 0
	%2545 = sitofp i32 %1764 to float
	%2546 = sitofp i32 %2544 to float
	%2547 = fcmp ole float %2546, %2545
	%2548 = uitofp i1 %2547 to float
	%2549 = fcmp une float %2548, 0.0
	%2550 = and i1 %2543, %2549
	%2551 = select i1 %2550, float %1719, float 0xFFF0000000000000
	%2552 = shl i32 %7, 1
	%2553 = add i32 32, %2552
	%2554 = add i32 %605, %2553
	%2555 = icmp slt i32 %2554, %N
	%2556 = select i1 %2555, i32 %2554, i32 0
	%2557 = sitofp i32 %1768 to float
	%2558 = sitofp i32 %2556 to float
	%2559 = fcmp ole float %2558, %2557
	%2560 = uitofp i1 %2559 to float
	%2561 = fcmp une float %2560, 0.0
	%2562 = and i1 %2555, %2561
	%2563 = select i1 %2562, float %1720, float 0xFFF0000000000000
	%2564 = shl i32 %7, 1
	%2565 = add i32 33, %2564
	%2566 = add i32 %605, %2565
	%2567 = icmp slt i32 %2566, %N
	%2568 = select i1 %2567, i32 %2566, i32 0
	%2569 = sitofp i32 %1768 to float
	%2570 = sitofp i32 %2568 to float
	%2571 = fcmp ole float %2570, %2569
	%2572 = uitofp i1 %2571 to float
	%2573 = fcmp une float %2572, 0.0
	%2574 = and i1 %2567, %2573
	%2575 = select i1 %2574, float %1721, float 0xFFF0000000000000
	%2576 = shl i32 %7, 1
	%2577 = add i32 40, %2576
	%2578 = add i32 %605, %2577
	%2579 = icmp slt i32 %2578, %N
	%2580 = select i1 %2579, i32 %2578, i32 0
	%2581 = sitofp i32 %1764 to float
	%2582 = sitofp i32 %2580 to float
	%2583 = fcmp ole float %2582, %2581
	%2584 = uitofp i1 %2583 to float
	%2585 = fcmp une float %2584, 0.0
	%2586 = and i1 %2579, %2585
	%2587 = select i1 %2586, float %1723, float 0xFFF0000000000000
	%2588 = shl i32 %7, 1
	%2589 = add i32 41, %2588
	%2590 = add i32 %605, %2589
	%2591 = icmp slt i32 %2590, %N
	%2592 = select i1 %2591, i32 %2590, i32 0
	%2593 = sitofp i32 %1764 to float
	%2594 = sitofp i32 %2592 to float
	%2595 = fcmp ole float %2594, %2593
	%2596 = uitofp i1 %2595 to float
	%2597 = fcmp une float %2596, 0.0
	%2598 = and i1 %2591, %2597
	%2599 = select i1 %2598, float %1724, float 0xFFF0000000000000
	%2600 = shl i32 %7, 1
	%2601 = add i32 40, %2600
	%2602 = add i32 %605, %2601
	%2603 = icmp slt i32 %2602, %N
	%2604 = select i1 %2603, i32 %2602, i32 0
	%2605 = sitofp i32 %1768 to float
	%2606 = sitofp i32 %2604 to float
	%2607 = fcmp ole float %2606, %2605
	%2608 = uitofp i1 %2607 to float
	%2609 = fcmp une float %2608, 0.0
	%2610 = and i1 %2603, %2609
	%2611 = select i1 %2610, float %1725, float 0xFFF0000000000000
	%2612 = shl i32 %7, 1
	%2613 = add i32 41, %2612
	%2614 = add i32 %605, %2613
	%2615 = icmp slt i32 %2614, %N
	%2616 = select i1 %2615, i32 %2614, i32 0
	%2617 = sitofp i32 %1768 to float
	%2618 = sitofp i32 %2616 to float
	%2619 = fcmp ole float %2618, %2617
	%2620 = uitofp i1 %2619 to float
	%2621 = fcmp une float %2620, 0.0
	%2622 = and i1 %2615, %2621
	%2623 = select i1 %2622, float %1726, float 0xFFF0000000000000
	%2624 = shl i32 %7, 1
	%2625 = add i32 48, %2624
	%2626 = add i32 %605, %2625
	%2627 = icmp slt i32 %2626, %N
	%2628 = select i1 %2627, i32 %2626, i32 0
	%2629 = sitofp i32 %1764 to float
	%2630 = sitofp i32 %2628 to float
	%2631 = fcmp ole float %2630, %2629
	%2632 = uitofp i1 %2631 to float
	%2633 = fcmp une float %2632, 0.0
	%2634 = and i1 %2627, %2633
	%2635 = select i1 %2634, float %1744, float 0xFFF0000000000000
	%2636 = shl i32 %7, 1
	%2637 = add i32 49, %2636
	%2638 = add i32 %605, %2637
	%2639 = icmp slt i32 %2638, %N
	%2640 = select i1 %2639, i32 %2638, i32 0
	%2641 = sitofp i32 %1764 to float
	%2642 = sitofp i32 %2640 to float
	%2643 = fcmp ole float %2642, %2641
	%2644 = uitofp i1 %2643 to float
	%2645 = fcmp une float %2644, 0.0
	%2646 = and i1 %2639, %2645
	%2647 = select i1 %2646, float %1745, float 0xFFF0000000000000
	%2648 = shl i32 %7, 1
	%2649 = add i32 48, %2648
	%2650 = add i32 %605, %2649
	%2651 = icmp slt i32 %2650, %N
	%2652 = select i1 %2651, i32 %2650, i32 0
	%2653 = sitofp i32 %1768 to float
	%2654 = sitofp i32 %2652 to float
	%2655 = fcmp ole float %2654, %2653
	%2656 = uitofp i1 %2655 to float
	%2657 = fcmp une float %2656, 0.0
	%2658 = and i1 %2651, %2657
	%2659 = select i1 %2658, float %1746, float 0xFFF0000000000000
	%2660 = shl i32 %7, 1
	%2661 = add i32 49, %2660
	%2662 = add i32 %605, %2661
	%2663 = icmp slt i32 %2662, %N
	%2664 = select i1 %2663, i32 %2662, i32 0
	%2665 = sitofp i32 %1768 to float
	%2666 = sitofp i32 %2664 to float
	%2667 = fcmp ole float %2666, %2665
	%2668 = uitofp i1 %2667 to float
	%2669 = fcmp une float %2668, 0.0
	%2670 = and i1 %2663, %2669
	%2671 = select i1 %2670, float %1747, float 0xFFF0000000000000
	%2672 = shl i32 %7, 1
	%2673 = add i32 56, %2672
	%2674 = add i32 %605, %2673
	%2675 = icmp slt i32 %2674, %N
	%2676 = select i1 %2675, i32 %2674, i32 0
	%2677 = sitofp i32 %1764 to float
	%2678 = sitofp i32 %2676 to float
	%2679 = fcmp ole float %2678, %2677
	%2680 = uitofp i1 %2679 to float
	%2681 = fcmp une float %2680, 0.0
	%2682 = and i1 %2675, %2681
	%2683 = select i1 %2682, float %1749, float 0xFFF0000000000000
	%2684 = shl i32 %7, 1
	%2685 = add i32 57, %2684
	%2686 = add i32 %605, %2685
	%2687 = icmp slt i32 %2686, %N
	%2688 = select i1 %2687, i32 %2686, i32 0
	%2689 = sitofp i32 %1764 to float
	%2690 = sitofp i32 %2688 to float
	%2691 = fcmp ole float %2690, %2689
	%2692 = uitofp i1 %2691 to float
	%2693 = fcmp une float %2692, 0.0
	%2694 = and i1 %2687, %2693
	%2695 = select i1 %2694, float %1750, float 0xFFF0000000000000
	%2696 = shl i32 %7, 1
	%2697 = add i32 56, %2696
	%2698 = add i32 %605, %2697
	%2699 = icmp slt i32 %2698, %N
	%2700 = select i1 %2699, i32 %2698, i32 0
	%2701 = sitofp i32 %1768 to float
	%2702 = sitofp i32 %2700 to float
	%2703 = fcmp ole float %2702, %2701
	%2704 = uitofp i1 %2703 to float
	%2705 = fcmp une float %2704, 0.0
	%2706 = and i1 %2699, %2705
	%2707 = select i1 %2706, float %1751, float 0xFFF0000000000000
	%2708 = shl i32 %7, 1
	%2709 = add i32 57, %2708
	%2710 = add i32 %605, %2709
	%2711 = icmp slt i32 %2710, %N
	%2712 = select i1 %2711, i32 %2710, i32 0
	%2713 = sitofp i32 %1768 to float
	%2714 = sitofp i32 %2712 to float
	%2715 = fcmp ole float %2714, %2713
	%2716 = uitofp i1 %2715 to float
	%2717 = fcmp une float %2716, 0.0
	%2718 = and i1 %2711, %2717
	%2719 = select i1 %2718, float %1752, float 0xFFF0000000000000
	br label %softmax

softmax:
	%2720 = phi float [ %1656, %loop ], [ %1963, %partial ]
	%2721 = phi float [ %1657, %loop ], [ %1975, %partial ]
	%2722 = phi float [ %1658, %loop ], [ %1987, %partial ]
	%2723 = phi float [ %1659, %loop ], [ %1999, %partial ]
	%2724 = phi float [ %1661, %loop ], [ %2011, %partial ]
	%2725 = phi float [ %1662, %loop ], [ %2023, %partial ]
	%2726 = phi float [ %1663, %loop ], [ %2035, %partial ]
	%2727 = phi float [ %1664, %loop ], [ %2047, %partial ]
	%2728 = phi float [ %1682, %loop ], [ %2059, %partial ]
	%2729 = phi float [ %1683, %loop ], [ %2071, %partial ]
	%2730 = phi float [ %1684, %loop ], [ %2083, %partial ]
	%2731 = phi float [ %1685, %loop ], [ %2095, %partial ]
	%2732 = phi float [ %1687, %loop ], [ %2107, %partial ]
	%2733 = phi float [ %1688, %loop ], [ %2119, %partial ]
	%2734 = phi float [ %1689, %loop ], [ %2131, %partial ]
	%2735 = phi float [ %1690, %loop ], [ %2143, %partial ]
	%2736 = phi float [ %1708, %loop ], [ %2155, %partial ]
	%2737 = phi float [ %1709, %loop ], [ %2167, %partial ]
	%2738 = phi float [ %1710, %loop ], [ %2179, %partial ]
	%2739 = phi float [ %1711, %loop ], [ %2191, %partial ]
	%2740 = phi float [ %1713, %loop ], [ %2203, %partial ]
	%2741 = phi float [ %1714, %loop ], [ %2215, %partial ]
	%2742 = phi float [ %1715, %loop ], [ %2227, %partial ]
	%2743 = phi float [ %1716, %loop ], [ %2239, %partial ]
	%2744 = phi float [ %1734, %loop ], [ %2251, %partial ]
	%2745 = phi float [ %1735, %loop ], [ %2263, %partial ]
	%2746 = phi float [ %1736, %loop ], [ %2275, %partial ]
	%2747 = phi float [ %1737, %loop ], [ %2287, %partial ]
	%2748 = phi float [ %1739, %loop ], [ %2299, %partial ]
	%2749 = phi float [ %1740, %loop ], [ %2311, %partial ]
	%2750 = phi float [ %1741, %loop ], [ %2323, %partial ]
	%2751 = phi float [ %1742, %loop ], [ %2335, %partial ]
	%2752 = phi float [ %1666, %loop ], [ %2347, %partial ]
	%2753 = phi float [ %1667, %loop ], [ %2359, %partial ]
	%2754 = phi float [ %1668, %loop ], [ %2371, %partial ]
	%2755 = phi float [ %1669, %loop ], [ %2383, %partial ]
	%2756 = phi float [ %1671, %loop ], [ %2395, %partial ]
	%2757 = phi float [ %1672, %loop ], [ %2407, %partial ]
	%2758 = phi float [ %1673, %loop ], [ %2419, %partial ]
	%2759 = phi float [ %1674, %loop ], [ %2431, %partial ]
	%2760 = phi float [ %1692, %loop ], [ %2443, %partial ]
	%2761 = phi float [ %1693, %loop ], [ %2455, %partial ]
	%2762 = phi float [ %1694, %loop ], [ %2467, %partial ]
	%2763 = phi float [ %1695, %loop ], [ %2479, %partial ]
	%2764 = phi float [ %1697, %loop ], [ %2491, %partial ]
	%2765 = phi float [ %1698, %loop ], [ %2503, %partial ]
	%2766 = phi float [ %1699, %loop ], [ %2515, %partial ]
	%2767 = phi float [ %1700, %loop ], [ %2527, %partial ]
	%2768 = phi float [ %1718, %loop ], [ %2539, %partial ]
	%2769 = phi float [ %1719, %loop ], [ %2551, %partial ]
	%2770 = phi float [ %1720, %loop ], [ %2563, %partial ]
	%2771 = phi float [ %1721, %loop ], [ %2575, %partial ]
	%2772 = phi float [ %1723, %loop ], [ %2587, %partial ]
	%2773 = phi float [ %1724, %loop ], [ %2599, %partial ]
	%2774 = phi float [ %1725, %loop ], [ %2611, %partial ]
	%2775 = phi float [ %1726, %loop ], [ %2623, %partial ]
	%2776 = phi float [ %1744, %loop ], [ %2635, %partial ]
	%2777 = phi float [ %1745, %loop ], [ %2647, %partial ]
	%2778 = phi float [ %1746, %loop ], [ %2659, %partial ]
	%2779 = phi float [ %1747, %loop ], [ %2671, %partial ]
	%2780 = phi float [ %1749, %loop ], [ %2683, %partial ]
	%2781 = phi float [ %1750, %loop ], [ %2695, %partial ]
	%2782 = phi float [ %1751, %loop ], [ %2707, %partial ]
	%2783 = phi float [ %1752, %loop ], [ %2719, %partial ]
	%2784 = call float @llvm.nvvm.fmax.f(float %2720, float %2721)
	%2785 = call float @llvm.nvvm.fmax.f(float %2724, float %2725)
	%2786 = call float @llvm.nvvm.fmax.f(float %2728, float %2729)
	%2787 = call float @llvm.nvvm.fmax.f(float %2732, float %2733)
	%2788 = call float @llvm.nvvm.fmax.f(float %2736, float %2737)
	%2789 = call float @llvm.nvvm.fmax.f(float %2740, float %2741)
	%2790 = call float @llvm.nvvm.fmax.f(float %2744, float %2745)
	%2791 = call float @llvm.nvvm.fmax.f(float %2748, float %2749)
	%2792 = call float @llvm.nvvm.fmax.f(float %2784, float %2785)
	%2793 = call float @llvm.nvvm.fmax.f(float %2786, float %2787)
	%2794 = call float @llvm.nvvm.fmax.f(float %2788, float %2789)
	%2795 = call float @llvm.nvvm.fmax.f(float %2790, float %2791)
	%2796 = call float @llvm.nvvm.fmax.f(float %2792, float %2793)
	%2797 = call float @llvm.nvvm.fmax.f(float %2794, float %2795)
	%2798 = call float @llvm.nvvm.fmax.f(float %2796, float %2797)
	%2799 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2798, i32 1, i32 31)
	%2800 = call float @llvm.nvvm.fmax.f(float %2798, float %2799)
	%2801 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2800, i32 2, i32 31)
	%2802 = call float @llvm.nvvm.fmax.f(float %2800, float %2801)
	%2803 = fmul float %2802, 0x3FC0527DC0000000
	%2804 = call float @llvm.nvvm.fmax.f(float %597, float %2803)
	%2805 = fcmp oeq float %2804, 0xFFF0000000000000
	%2806 = select i1 %2805, float 0.0, float %2804
	%2807 = fsub float %597, %2806
	%2808 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2807)
	%2809 = fneg float %2806
	%2810 = call float @llvm.fma.f32(float %2720, float 0x3FC0527DC0000000, float %2809)
	%2811 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2810)
	%2812 = call float @llvm.fma.f32(float %2721, float 0x3FC0527DC0000000, float %2809)
	%2813 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2812)
	%2814 = call float @llvm.fma.f32(float %2724, float 0x3FC0527DC0000000, float %2809)
	%2815 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2814)
	%2816 = call float @llvm.fma.f32(float %2725, float 0x3FC0527DC0000000, float %2809)
	%2817 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2816)
	%2818 = call float @llvm.fma.f32(float %2728, float 0x3FC0527DC0000000, float %2809)
	%2819 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2818)
	%2820 = call float @llvm.fma.f32(float %2729, float 0x3FC0527DC0000000, float %2809)
	%2821 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2820)
	%2822 = call float @llvm.fma.f32(float %2732, float 0x3FC0527DC0000000, float %2809)
	%2823 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2822)
	%2824 = call float @llvm.fma.f32(float %2733, float 0x3FC0527DC0000000, float %2809)
	%2825 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2824)
	%2826 = call float @llvm.fma.f32(float %2736, float 0x3FC0527DC0000000, float %2809)
	%2827 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2826)
	%2828 = call float @llvm.fma.f32(float %2737, float 0x3FC0527DC0000000, float %2809)
	%2829 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2828)
	%2830 = call float @llvm.fma.f32(float %2740, float 0x3FC0527DC0000000, float %2809)
	%2831 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2830)
	%2832 = call float @llvm.fma.f32(float %2741, float 0x3FC0527DC0000000, float %2809)
	%2833 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2832)
	%2834 = call float @llvm.fma.f32(float %2744, float 0x3FC0527DC0000000, float %2809)
	%2835 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2834)
	%2836 = call float @llvm.fma.f32(float %2745, float 0x3FC0527DC0000000, float %2809)
	%2837 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2836)
	%2838 = call float @llvm.fma.f32(float %2748, float 0x3FC0527DC0000000, float %2809)
	%2839 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2838)
	%2840 = call float @llvm.fma.f32(float %2749, float 0x3FC0527DC0000000, float %2809)
	%2841 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2840)
	%2842 = fadd float %2811, %2813
	%2843 = fadd float %2815, %2817
	%2844 = fadd float %2819, %2821
	%2845 = fadd float %2823, %2825
	%2846 = fadd float %2827, %2829
	%2847 = fadd float %2831, %2833
	%2848 = fadd float %2835, %2837
	%2849 = fadd float %2839, %2841
	%2850 = fadd float %2842, %2843
	%2851 = fadd float %2844, %2845
	%2852 = fadd float %2846, %2847
	%2853 = fadd float %2848, %2849
	%2854 = fadd float %2850, %2851
	%2855 = fadd float %2852, %2853
	%2856 = fadd float %2854, %2855
	%2857 = fmul float %598, %2808
	%2858 = fadd float %2857, %2856
	%2859 = call float @llvm.nvvm.fmax.f(float %2722, float %2723)
	%2860 = call float @llvm.nvvm.fmax.f(float %2726, float %2727)
	%2861 = call float @llvm.nvvm.fmax.f(float %2730, float %2731)
	%2862 = call float @llvm.nvvm.fmax.f(float %2734, float %2735)
	%2863 = call float @llvm.nvvm.fmax.f(float %2738, float %2739)
	%2864 = call float @llvm.nvvm.fmax.f(float %2742, float %2743)
	%2865 = call float @llvm.nvvm.fmax.f(float %2746, float %2747)
	%2866 = call float @llvm.nvvm.fmax.f(float %2750, float %2751)
	%2867 = call float @llvm.nvvm.fmax.f(float %2859, float %2860)
	%2868 = call float @llvm.nvvm.fmax.f(float %2861, float %2862)
	%2869 = call float @llvm.nvvm.fmax.f(float %2863, float %2864)
	%2870 = call float @llvm.nvvm.fmax.f(float %2865, float %2866)
	%2871 = call float @llvm.nvvm.fmax.f(float %2867, float %2868)
	%2872 = call float @llvm.nvvm.fmax.f(float %2869, float %2870)
	%2873 = call float @llvm.nvvm.fmax.f(float %2871, float %2872)
	%2874 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2873, i32 1, i32 31)
	%2875 = call float @llvm.nvvm.fmax.f(float %2873, float %2874)
	%2876 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2875, i32 2, i32 31)
	%2877 = call float @llvm.nvvm.fmax.f(float %2875, float %2876)
	%2878 = fmul float %2877, 0x3FC0527DC0000000
	%2879 = call float @llvm.nvvm.fmax.f(float %599, float %2878)
	%2880 = fcmp oeq float %2879, 0xFFF0000000000000
	%2881 = select i1 %2880, float 0.0, float %2879
	%2882 = fsub float %599, %2881
	%2883 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2882)
	%2884 = fneg float %2881
	%2885 = call float @llvm.fma.f32(float %2722, float 0x3FC0527DC0000000, float %2884)
	%2886 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2885)
	%2887 = call float @llvm.fma.f32(float %2723, float 0x3FC0527DC0000000, float %2884)
	%2888 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2887)
	%2889 = call float @llvm.fma.f32(float %2726, float 0x3FC0527DC0000000, float %2884)
	%2890 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2889)
	%2891 = call float @llvm.fma.f32(float %2727, float 0x3FC0527DC0000000, float %2884)
	%2892 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2891)
	%2893 = call float @llvm.fma.f32(float %2730, float 0x3FC0527DC0000000, float %2884)
	%2894 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2893)
	%2895 = call float @llvm.fma.f32(float %2731, float 0x3FC0527DC0000000, float %2884)
	%2896 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2895)
	%2897 = call float @llvm.fma.f32(float %2734, float 0x3FC0527DC0000000, float %2884)
	%2898 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2897)
	%2899 = call float @llvm.fma.f32(float %2735, float 0x3FC0527DC0000000, float %2884)
	%2900 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2899)
	%2901 = call float @llvm.fma.f32(float %2738, float 0x3FC0527DC0000000, float %2884)
	%2902 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2901)
	%2903 = call float @llvm.fma.f32(float %2739, float 0x3FC0527DC0000000, float %2884)
	%2904 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2903)
	%2905 = call float @llvm.fma.f32(float %2742, float 0x3FC0527DC0000000, float %2884)
	%2906 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2905)
	%2907 = call float @llvm.fma.f32(float %2743, float 0x3FC0527DC0000000, float %2884)
	%2908 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2907)
	%2909 = call float @llvm.fma.f32(float %2746, float 0x3FC0527DC0000000, float %2884)
	%2910 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2909)
	%2911 = call float @llvm.fma.f32(float %2747, float 0x3FC0527DC0000000, float %2884)
	%2912 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2911)
	%2913 = call float @llvm.fma.f32(float %2750, float 0x3FC0527DC0000000, float %2884)
	%2914 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2913)
	%2915 = call float @llvm.fma.f32(float %2751, float 0x3FC0527DC0000000, float %2884)
	%2916 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2915)
	%2917 = fadd float %2886, %2888
	%2918 = fadd float %2890, %2892
	%2919 = fadd float %2894, %2896
	%2920 = fadd float %2898, %2900
	%2921 = fadd float %2902, %2904
	%2922 = fadd float %2906, %2908
	%2923 = fadd float %2910, %2912
	%2924 = fadd float %2914, %2916
	%2925 = fadd float %2917, %2918
	%2926 = fadd float %2919, %2920
	%2927 = fadd float %2921, %2922
	%2928 = fadd float %2923, %2924
	%2929 = fadd float %2925, %2926
	%2930 = fadd float %2927, %2928
	%2931 = fadd float %2929, %2930
	%2932 = fmul float %600, %2883
	%2933 = fadd float %2932, %2931
	%2934 = call float @llvm.nvvm.fmax.f(float %2752, float %2753)
	%2935 = call float @llvm.nvvm.fmax.f(float %2756, float %2757)
	%2936 = call float @llvm.nvvm.fmax.f(float %2760, float %2761)
	%2937 = call float @llvm.nvvm.fmax.f(float %2764, float %2765)
	%2938 = call float @llvm.nvvm.fmax.f(float %2768, float %2769)
	%2939 = call float @llvm.nvvm.fmax.f(float %2772, float %2773)
	%2940 = call float @llvm.nvvm.fmax.f(float %2776, float %2777)
	%2941 = call float @llvm.nvvm.fmax.f(float %2780, float %2781)
	%2942 = call float @llvm.nvvm.fmax.f(float %2934, float %2935)
	%2943 = call float @llvm.nvvm.fmax.f(float %2936, float %2937)
	%2944 = call float @llvm.nvvm.fmax.f(float %2938, float %2939)
	%2945 = call float @llvm.nvvm.fmax.f(float %2940, float %2941)
	%2946 = call float @llvm.nvvm.fmax.f(float %2942, float %2943)
	%2947 = call float @llvm.nvvm.fmax.f(float %2944, float %2945)
	%2948 = call float @llvm.nvvm.fmax.f(float %2946, float %2947)
	%2949 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2948, i32 1, i32 31)
	%2950 = call float @llvm.nvvm.fmax.f(float %2948, float %2949)
	%2951 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2950, i32 2, i32 31)
	%2952 = call float @llvm.nvvm.fmax.f(float %2950, float %2951)
	%2953 = fmul float %2952, 0x3FC0527DC0000000
	%2954 = call float @llvm.nvvm.fmax.f(float %601, float %2953)
	%2955 = fcmp oeq float %2954, 0xFFF0000000000000
	%2956 = select i1 %2955, float 0.0, float %2954
	%2957 = fsub float %601, %2956
	%2958 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2957)
	%2959 = fneg float %2956
	%2960 = call float @llvm.fma.f32(float %2752, float 0x3FC0527DC0000000, float %2959)
	%2961 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2960)
	%2962 = call float @llvm.fma.f32(float %2753, float 0x3FC0527DC0000000, float %2959)
	%2963 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2962)
	%2964 = call float @llvm.fma.f32(float %2756, float 0x3FC0527DC0000000, float %2959)
	%2965 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2964)
	%2966 = call float @llvm.fma.f32(float %2757, float 0x3FC0527DC0000000, float %2959)
	%2967 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2966)
	%2968 = call float @llvm.fma.f32(float %2760, float 0x3FC0527DC0000000, float %2959)
	%2969 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2968)
	%2970 = call float @llvm.fma.f32(float %2761, float 0x3FC0527DC0000000, float %2959)
	%2971 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2970)
	%2972 = call float @llvm.fma.f32(float %2764, float 0x3FC0527DC0000000, float %2959)
	%2973 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2972)
	%2974 = call float @llvm.fma.f32(float %2765, float 0x3FC0527DC0000000, float %2959)
	%2975 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2974)
	%2976 = call float @llvm.fma.f32(float %2768, float 0x3FC0527DC0000000, float %2959)
	%2977 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2976)
	%2978 = call float @llvm.fma.f32(float %2769, float 0x3FC0527DC0000000, float %2959)
	%2979 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2978)
	%2980 = call float @llvm.fma.f32(float %2772, float 0x3FC0527DC0000000, float %2959)
	%2981 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2980)
	%2982 = call float @llvm.fma.f32(float %2773, float 0x3FC0527DC0000000, float %2959)
	%2983 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2982)
	%2984 = call float @llvm.fma.f32(float %2776, float 0x3FC0527DC0000000, float %2959)
	%2985 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2984)
	%2986 = call float @llvm.fma.f32(float %2777, float 0x3FC0527DC0000000, float %2959)
	%2987 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2986)
	%2988 = call float @llvm.fma.f32(float %2780, float 0x3FC0527DC0000000, float %2959)
	%2989 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2988)
	%2990 = call float @llvm.fma.f32(float %2781, float 0x3FC0527DC0000000, float %2959)
	%2991 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2990)
	%2992 = fadd float %2961, %2963
	%2993 = fadd float %2965, %2967
	%2994 = fadd float %2969, %2971
	%2995 = fadd float %2973, %2975
	%2996 = fadd float %2977, %2979
	%2997 = fadd float %2981, %2983
	%2998 = fadd float %2985, %2987
	%2999 = fadd float %2989, %2991
	%3000 = fadd float %2992, %2993
	%3001 = fadd float %2994, %2995
	%3002 = fadd float %2996, %2997
	%3003 = fadd float %2998, %2999
	%3004 = fadd float %3000, %3001
	%3005 = fadd float %3002, %3003
	%3006 = fadd float %3004, %3005
	%3007 = fmul float %602, %2958
	%3008 = fadd float %3007, %3006
	%3009 = call float @llvm.nvvm.fmax.f(float %2754, float %2755)
	%3010 = call float @llvm.nvvm.fmax.f(float %2758, float %2759)
	%3011 = call float @llvm.nvvm.fmax.f(float %2762, float %2763)
	%3012 = call float @llvm.nvvm.fmax.f(float %2766, float %2767)
	%3013 = call float @llvm.nvvm.fmax.f(float %2770, float %2771)
	%3014 = call float @llvm.nvvm.fmax.f(float %2774, float %2775)
	%3015 = call float @llvm.nvvm.fmax.f(float %2778, float %2779)
	%3016 = call float @llvm.nvvm.fmax.f(float %2782, float %2783)
	%3017 = call float @llvm.nvvm.fmax.f(float %3009, float %3010)
	%3018 = call float @llvm.nvvm.fmax.f(float %3011, float %3012)
	%3019 = call float @llvm.nvvm.fmax.f(float %3013, float %3014)
	%3020 = call float @llvm.nvvm.fmax.f(float %3015, float %3016)
	%3021 = call float @llvm.nvvm.fmax.f(float %3017, float %3018)
	%3022 = call float @llvm.nvvm.fmax.f(float %3019, float %3020)
	%3023 = call float @llvm.nvvm.fmax.f(float %3021, float %3022)
	%3024 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3023, i32 1, i32 31)
	%3025 = call float @llvm.nvvm.fmax.f(float %3023, float %3024)
	%3026 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3025, i32 2, i32 31)
	%3027 = call float @llvm.nvvm.fmax.f(float %3025, float %3026)
	%3028 = fmul float %3027, 0x3FC0527DC0000000
	%3029 = call float @llvm.nvvm.fmax.f(float %603, float %3028)
	%3030 = fcmp oeq float %3029, 0xFFF0000000000000
	%3031 = select i1 %3030, float 0.0, float %3029
	%3032 = fsub float %603, %3031
	%3033 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3032)
	%3034 = fneg float %3031
	%3035 = call float @llvm.fma.f32(float %2754, float 0x3FC0527DC0000000, float %3034)
	%3036 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3035)
	%3037 = call float @llvm.fma.f32(float %2755, float 0x3FC0527DC0000000, float %3034)
	%3038 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3037)
	%3039 = call float @llvm.fma.f32(float %2758, float 0x3FC0527DC0000000, float %3034)
	%3040 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3039)
	%3041 = call float @llvm.fma.f32(float %2759, float 0x3FC0527DC0000000, float %3034)
	%3042 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3041)
	%3043 = call float @llvm.fma.f32(float %2762, float 0x3FC0527DC0000000, float %3034)
	%3044 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3043)
	%3045 = call float @llvm.fma.f32(float %2763, float 0x3FC0527DC0000000, float %3034)
	%3046 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3045)
	%3047 = call float @llvm.fma.f32(float %2766, float 0x3FC0527DC0000000, float %3034)
	%3048 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3047)
	%3049 = call float @llvm.fma.f32(float %2767, float 0x3FC0527DC0000000, float %3034)
	%3050 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3049)
	%3051 = call float @llvm.fma.f32(float %2770, float 0x3FC0527DC0000000, float %3034)
	%3052 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3051)
	%3053 = call float @llvm.fma.f32(float %2771, float 0x3FC0527DC0000000, float %3034)
	%3054 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3053)
	%3055 = call float @llvm.fma.f32(float %2774, float 0x3FC0527DC0000000, float %3034)
	%3056 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3055)
	%3057 = call float @llvm.fma.f32(float %2775, float 0x3FC0527DC0000000, float %3034)
	%3058 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3057)
	%3059 = call float @llvm.fma.f32(float %2778, float 0x3FC0527DC0000000, float %3034)
	%3060 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3059)
	%3061 = call float @llvm.fma.f32(float %2779, float 0x3FC0527DC0000000, float %3034)
	%3062 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3061)
	%3063 = call float @llvm.fma.f32(float %2782, float 0x3FC0527DC0000000, float %3034)
	%3064 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3063)
	%3065 = call float @llvm.fma.f32(float %2783, float 0x3FC0527DC0000000, float %3034)
	%3066 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3065)
	%3067 = fadd float %3036, %3038
	%3068 = fadd float %3040, %3042
	%3069 = fadd float %3044, %3046
	%3070 = fadd float %3048, %3050
	%3071 = fadd float %3052, %3054
	%3072 = fadd float %3056, %3058
	%3073 = fadd float %3060, %3062
	%3074 = fadd float %3064, %3066
	%3075 = fadd float %3067, %3068
	%3076 = fadd float %3069, %3070
	%3077 = fadd float %3071, %3072
	%3078 = fadd float %3073, %3074
	%3079 = fadd float %3075, %3076
	%3080 = fadd float %3077, %3078
	%3081 = fadd float %3079, %3080
	%3082 = fmul float %604, %3033
	%3083 = fadd float %3082, %3081
	%3084 = add i32 %467, 1
	%3085 = icmp slt i32 %3084, %NK
	%3086 = select i1 %3085, i32 %3084, i32 0
	%3087 = add i32 %30, %3086
	%3088 = sext i32 %3087 to i64
	%3089 = getelementptr i32, i32* %list, i64 %3088
	%3090 = load i32, i32* %3089
	%3091 = select i1 %3085, i32 %3090, i32 -1
	%3092 = icmp sge i32 %3091, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %3092, label %prefetch, label %pv

prefetch:
	%3093 = mul i32 %3091, 64
	%3094 = lshr i32 %3, 4
	%3095 = and i32 %3, 15
	%3096 = and i32 %3094, 7
	%3097 = xor i32 %3095, %3096
	%3098 = mul i32 %3094, 16
	%3099 = add i32 %3098, %3097
	%3100 = shl i32 %3099, 4
	%3101 = add i32 %0, %3100
	%3102 = add i32 %3093, %3094
	%3103 = mul i32 %3102, 128
	%3104 = mul i32 %3095, 8
	%3105 = add i32 %3103, %3104
	%3106 = sext i32 %3105 to i64
	%3107 = getelementptr i16, i16* %21, i64 %3106
	%3108 = add i32 %3102, 0
	%3109 = icmp slt i32 %3108, %N
	%3110 = getelementptr i16, i16* %3107, i64 0
	%3111 = select i1 %3109, i16* %3110, i16* %21
	%3112 = add i32 %3101, 0
	%3113 = select i1 %3109, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3112, i16* %3111, i32 %3113)
	%3114 = add i32 %3102, 4
	%3115 = icmp slt i32 %3114, %N
	%3116 = getelementptr i16, i16* %3107, i64 512
	%3117 = select i1 %3115, i16* %3116, i16* %21
	%3118 = add i32 %3094, 4
	%3119 = and i32 %3118, 7
	%3120 = xor i32 %3095, %3119
	%3121 = mul i32 %3118, 16
	%3122 = add i32 %3121, %3120
	%3123 = shl i32 %3122, 4
	%3124 = add i32 %0, %3123
	%3125 = select i1 %3115, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3124, i16* %3117, i32 %3125)
	%3126 = add i32 %3102, 8
	%3127 = icmp slt i32 %3126, %N
	%3128 = getelementptr i16, i16* %3107, i64 1024
	%3129 = select i1 %3127, i16* %3128, i16* %21
	%3130 = add i32 %3094, 8
	%3131 = and i32 %3130, 7
	%3132 = xor i32 %3095, %3131
	%3133 = mul i32 %3130, 16
	%3134 = add i32 %3133, %3132
	%3135 = shl i32 %3134, 4
	%3136 = add i32 %0, %3135
	%3137 = select i1 %3127, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3136, i16* %3129, i32 %3137)
	%3138 = add i32 %3102, 12
	%3139 = icmp slt i32 %3138, %N
	%3140 = getelementptr i16, i16* %3107, i64 1536
	%3141 = select i1 %3139, i16* %3140, i16* %21
	%3142 = add i32 %3094, 12
	%3143 = and i32 %3142, 7
	%3144 = xor i32 %3095, %3143
	%3145 = mul i32 %3142, 16
	%3146 = add i32 %3145, %3144
	%3147 = shl i32 %3146, 4
	%3148 = add i32 %0, %3147
	%3149 = select i1 %3139, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3148, i16* %3141, i32 %3149)
	%3150 = add i32 %3102, 16
	%3151 = icmp slt i32 %3150, %N
	%3152 = getelementptr i16, i16* %3107, i64 2048
	%3153 = select i1 %3151, i16* %3152, i16* %21
	%3154 = add i32 %3094, 16
	%3155 = and i32 %3154, 7
	%3156 = xor i32 %3095, %3155
	%3157 = mul i32 %3154, 16
	%3158 = add i32 %3157, %3156
	%3159 = shl i32 %3158, 4
	%3160 = add i32 %0, %3159
	%3161 = select i1 %3151, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3160, i16* %3153, i32 %3161)
	%3162 = add i32 %3102, 20
	%3163 = icmp slt i32 %3162, %N
	%3164 = getelementptr i16, i16* %3107, i64 2560
	%3165 = select i1 %3163, i16* %3164, i16* %21
	%3166 = add i32 %3094, 20
	%3167 = and i32 %3166, 7
	%3168 = xor i32 %3095, %3167
	%3169 = mul i32 %3166, 16
	%3170 = add i32 %3169, %3168
	%3171 = shl i32 %3170, 4
	%3172 = add i32 %0, %3171
	%3173 = select i1 %3163, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3172, i16* %3165, i32 %3173)
	%3174 = add i32 %3102, 24
	%3175 = icmp slt i32 %3174, %N
	%3176 = getelementptr i16, i16* %3107, i64 3072
	%3177 = select i1 %3175, i16* %3176, i16* %21
	%3178 = add i32 %3094, 24
	%3179 = and i32 %3178, 7
	%3180 = xor i32 %3095, %3179
	%3181 = mul i32 %3178, 16
	%3182 = add i32 %3181, %3180
	%3183 = shl i32 %3182, 4
	%3184 = add i32 %0, %3183
	%3185 = select i1 %3175, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3184, i16* %3177, i32 %3185)
	%3186 = add i32 %3102, 28
	%3187 = icmp slt i32 %3186, %N
	%3188 = getelementptr i16, i16* %3107, i64 3584
	%3189 = select i1 %3187, i16* %3188, i16* %21
	%3190 = add i32 %3094, 28
	%3191 = and i32 %3190, 7
	%3192 = xor i32 %3095, %3191
	%3193 = mul i32 %3190, 16
	%3194 = add i32 %3193, %3192
	%3195 = shl i32 %3194, 4
	%3196 = add i32 %0, %3195
	%3197 = select i1 %3187, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3196, i16* %3189, i32 %3197)
	%3198 = add i32 %3102, 32
	%3199 = icmp slt i32 %3198, %N
	%3200 = getelementptr i16, i16* %3107, i64 u0x1000
	%3201 = select i1 %3199, i16* %3200, i16* %21
	%3202 = add i32 %3094, 32
	%3203 = and i32 %3202, 7
	%3204 = xor i32 %3095, %3203
	%3205 = mul i32 %3202, 16
	%3206 = add i32 %3205, %3204
	%3207 = shl i32 %3206, 4
	%3208 = add i32 %0, %3207
	%3209 = select i1 %3199, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3208, i16* %3201, i32 %3209)
	%3210 = add i32 %3102, 36
	%3211 = icmp slt i32 %3210, %N
	%3212 = getelementptr i16, i16* %3107, i64 4608
	%3213 = select i1 %3211, i16* %3212, i16* %21
	%3214 = add i32 %3094, 36
	%3215 = and i32 %3214, 7
	%3216 = xor i32 %3095, %3215
	%3217 = mul i32 %3214, 16
	%3218 = add i32 %3217, %3216
	%3219 = shl i32 %3218, 4
	%3220 = add i32 %0, %3219
	%3221 = select i1 %3211, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3220, i16* %3213, i32 %3221)
	%3222 = add i32 %3102, 40
	%3223 = icmp slt i32 %3222, %N
	%3224 = getelementptr i16, i16* %3107, i64 5120
	%3225 = select i1 %3223, i16* %3224, i16* %21
	%3226 = add i32 %3094, 40
	%3227 = and i32 %3226, 7
	%3228 = xor i32 %3095, %3227
	%3229 = mul i32 %3226, 16
	%3230 = add i32 %3229, %3228
	%3231 = shl i32 %3230, 4
	%3232 = add i32 %0, %3231
	%3233 = select i1 %3223, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3232, i16* %3225, i32 %3233)
	%3234 = add i32 %3102, 44
	%3235 = icmp slt i32 %3234, %N
	%3236 = getelementptr i16, i16* %3107, i64 5632
	%3237 = select i1 %3235, i16* %3236, i16* %21
	%3238 = add i32 %3094, 44
	%3239 = and i32 %3238, 7
	%3240 = xor i32 %3095, %3239
	%3241 = mul i32 %3238, 16
	%3242 = add i32 %3241, %3240
	%3243 = shl i32 %3242, 4
	%3244 = add i32 %0, %3243
	%3245 = select i1 %3235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3244, i16* %3237, i32 %3245)
	%3246 = add i32 %3102, 48
	%3247 = icmp slt i32 %3246, %N
	%3248 = getelementptr i16, i16* %3107, i64 6144
	%3249 = select i1 %3247, i16* %3248, i16* %21
	%3250 = add i32 %3094, 48
	%3251 = and i32 %3250, 7
	%3252 = xor i32 %3095, %3251
	%3253 = mul i32 %3250, 16
	%3254 = add i32 %3253, %3252
	%3255 = shl i32 %3254, 4
	%3256 = add i32 %0, %3255
	%3257 = select i1 %3247, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3256, i16* %3249, i32 %3257)
	%3258 = add i32 %3102, 52
	%3259 = icmp slt i32 %3258, %N
	%3260 = getelementptr i16, i16* %3107, i64 6656
	%3261 = select i1 %3259, i16* %3260, i16* %21
	%3262 = add i32 %3094, 52
	%3263 = and i32 %3262, 7
	%3264 = xor i32 %3095, %3263
	%3265 = mul i32 %3262, 16
	%3266 = add i32 %3265, %3264
	%3267 = shl i32 %3266, 4
	%3268 = add i32 %0, %3267
	%3269 = select i1 %3259, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3268, i16* %3261, i32 %3269)
	%3270 = add i32 %3102, 56
	%3271 = icmp slt i32 %3270, %N
	%3272 = getelementptr i16, i16* %3107, i64 7168
	%3273 = select i1 %3271, i16* %3272, i16* %21
	%3274 = add i32 %3094, 56
	%3275 = and i32 %3274, 7
	%3276 = xor i32 %3095, %3275
	%3277 = mul i32 %3274, 16
	%3278 = add i32 %3277, %3276
	%3279 = shl i32 %3278, 4
	%3280 = add i32 %0, %3279
	%3281 = select i1 %3271, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3280, i16* %3273, i32 %3281)
	%3282 = add i32 %3102, 60
	%3283 = icmp slt i32 %3282, %N
	%3284 = getelementptr i16, i16* %3107, i64 7680
	%3285 = select i1 %3283, i16* %3284, i16* %21
	%3286 = add i32 %3094, 60
	%3287 = and i32 %3286, 7
	%3288 = xor i32 %3095, %3287
	%3289 = mul i32 %3286, 16
	%3290 = add i32 %3289, %3288
	%3291 = shl i32 %3290, 4
	%3292 = add i32 %0, %3291
	%3293 = select i1 %3283, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %3292, i16* %3285, i32 %3293)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%3294 = fmul float %469, %2808
	%3295 = fmul float %470, %2808
	%3296 = fmul float %471, %2883
	%3297 = fmul float %472, %2883
	%3298 = fmul float %473, %2808
	%3299 = fmul float %474, %2808
	%3300 = fmul float %475, %2883
	%3301 = fmul float %476, %2883
	%3302 = fmul float %477, %2808
	%3303 = fmul float %478, %2808
	%3304 = fmul float %479, %2883
	%3305 = fmul float %480, %2883
	%3306 = fmul float %481, %2808
	%3307 = fmul float %482, %2808
	%3308 = fmul float %483, %2883
	%3309 = fmul float %484, %2883
	%3310 = fmul float %485, %2808
	%3311 = fmul float %486, %2808
	%3312 = fmul float %487, %2883
	%3313 = fmul float %488, %2883
	%3314 = fmul float %489, %2808
	%3315 = fmul float %490, %2808
	%3316 = fmul float %491, %2883
	%3317 = fmul float %492, %2883
	%3318 = fmul float %493, %2808
	%3319 = fmul float %494, %2808
	%3320 = fmul float %495, %2883
	%3321 = fmul float %496, %2883
	%3322 = fmul float %497, %2808
	%3323 = fmul float %498, %2808
	%3324 = fmul float %499, %2883
	%3325 = fmul float %500, %2883
	%3326 = fmul float %501, %2808
	%3327 = fmul float %502, %2808
	%3328 = fmul float %503, %2883
	%3329 = fmul float %504, %2883
	%3330 = fmul float %505, %2808
	%3331 = fmul float %506, %2808
	%3332 = fmul float %507, %2883
	%3333 = fmul float %508, %2883
	%3334 = fmul float %509, %2808
	%3335 = fmul float %510, %2808
	%3336 = fmul float %511, %2883
	%3337 = fmul float %512, %2883
	%3338 = fmul float %513, %2808
	%3339 = fmul float %514, %2808
	%3340 = fmul float %515, %2883
	%3341 = fmul float %516, %2883
	%3342 = fmul float %517, %2808
	%3343 = fmul float %518, %2808
	%3344 = fmul float %519, %2883
	%3345 = fmul float %520, %2883
	%3346 = fmul float %521, %2808
	%3347 = fmul float %522, %2808
	%3348 = fmul float %523, %2883
	%3349 = fmul float %524, %2883
	%3350 = fmul float %525, %2808
	%3351 = fmul float %526, %2808
	%3352 = fmul float %527, %2883
	%3353 = fmul float %528, %2883
	%3354 = fmul float %529, %2808
	%3355 = fmul float %530, %2808
	%3356 = fmul float %531, %2883
	%3357 = fmul float %532, %2883
	%3358 = fmul float %533, %2958
	%3359 = fmul float %534, %2958
	%3360 = fmul float %535, %3033
	%3361 = fmul float %536, %3033
	%3362 = fmul float %537, %2958
	%3363 = fmul float %538, %2958
	%3364 = fmul float %539, %3033
	%3365 = fmul float %540, %3033
	%3366 = fmul float %541, %2958
	%3367 = fmul float %542, %2958
	%3368 = fmul float %543, %3033
	%3369 = fmul float %544, %3033
	%3370 = fmul float %545, %2958
	%3371 = fmul float %546, %2958
	%3372 = fmul float %547, %3033
	%3373 = fmul float %548, %3033
	%3374 = fmul float %549, %2958
	%3375 = fmul float %550, %2958
	%3376 = fmul float %551, %3033
	%3377 = fmul float %552, %3033
	%3378 = fmul float %553, %2958
	%3379 = fmul float %554, %2958
	%3380 = fmul float %555, %3033
	%3381 = fmul float %556, %3033
	%3382 = fmul float %557, %2958
	%3383 = fmul float %558, %2958
	%3384 = fmul float %559, %3033
	%3385 = fmul float %560, %3033
	%3386 = fmul float %561, %2958
	%3387 = fmul float %562, %2958
	%3388 = fmul float %563, %3033
	%3389 = fmul float %564, %3033
	%3390 = fmul float %565, %2958
	%3391 = fmul float %566, %2958
	%3392 = fmul float %567, %3033
	%3393 = fmul float %568, %3033
	%3394 = fmul float %569, %2958
	%3395 = fmul float %570, %2958
	%3396 = fmul float %571, %3033
	%3397 = fmul float %572, %3033
	%3398 = fmul float %573, %2958
	%3399 = fmul float %574, %2958
	%3400 = fmul float %575, %3033
	%3401 = fmul float %576, %3033
	%3402 = fmul float %577, %2958
	%3403 = fmul float %578, %2958
	%3404 = fmul float %579, %3033
	%3405 = fmul float %580, %3033
	%3406 = fmul float %581, %2958
	%3407 = fmul float %582, %2958
	%3408 = fmul float %583, %3033
	%3409 = fmul float %584, %3033
	%3410 = fmul float %585, %2958
	%3411 = fmul float %586, %2958
	%3412 = fmul float %587, %3033
	%3413 = fmul float %588, %3033
	%3414 = fmul float %589, %2958
	%3415 = fmul float %590, %2958
	%3416 = fmul float %591, %3033
	%3417 = fmul float %592, %3033
	%3418 = fmul float %593, %2958
	%3419 = fmul float %594, %2958
	%3420 = fmul float %595, %3033
	%3421 = fmul float %596, %3033
	%3422 = and i32 %5, 7
	%3423 = lshr i32 %5, 3
	%3424 = and i32 %3423, 1
	%3425 = shl i32 %3424, 3
	%3426 = add i32 %3422, %3425
	%3427 = mul i32 %3426, 256
	%3428 = add i32 %1, %3427
	%3429 = and i32 %5, 7
	%3430 = xor i32 %247, %3429
	%3431 = shl i32 %3430, 4
	%3432 = add i32 %3428, %3431
	%3433 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2813, float %2811)
	%3434 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2888, float %2886)
	%3435 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2817, float %2815)
	%3436 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2892, float %2890)
	%3437 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2963, float %2961)
	%3438 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3038, float %3036)
	%3439 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2967, float %2965)
	%3440 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3042, float %3040)
	%3441 = xor i32 %3432, 0
	%3442 = add i32 %3441, 0
	%3443 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3442)
	%3444 = extractvalue { i32, i32, i32, i32 } %3443, 0
	%3445 = extractvalue { i32, i32, i32, i32 } %3443, 1
	%3446 = extractvalue { i32, i32, i32, i32 } %3443, 2
	%3447 = extractvalue { i32, i32, i32, i32 } %3443, 3
	%3448 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3444, i32 %3445, float %3294, float %3295, float %3296, float %3297)
	%3449 = extractvalue { float, float, float, float } %3448, 0
	%3450 = extractvalue { float, float, float, float } %3448, 1
	%3451 = extractvalue { float, float, float, float } %3448, 2
	%3452 = extractvalue { float, float, float, float } %3448, 3
	%3453 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3446, i32 %3447, float %3298, float %3299, float %3300, float %3301)
	%3454 = extractvalue { float, float, float, float } %3453, 0
	%3455 = extractvalue { float, float, float, float } %3453, 1
	%3456 = extractvalue { float, float, float, float } %3453, 2
	%3457 = extractvalue { float, float, float, float } %3453, 3
	%3458 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3444, i32 %3445, float %3358, float %3359, float %3360, float %3361)
	%3459 = extractvalue { float, float, float, float } %3458, 0
	%3460 = extractvalue { float, float, float, float } %3458, 1
	%3461 = extractvalue { float, float, float, float } %3458, 2
	%3462 = extractvalue { float, float, float, float } %3458, 3
	%3463 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3446, i32 %3447, float %3362, float %3363, float %3364, float %3365)
	%3464 = extractvalue { float, float, float, float } %3463, 0
	%3465 = extractvalue { float, float, float, float } %3463, 1
	%3466 = extractvalue { float, float, float, float } %3463, 2
	%3467 = extractvalue { float, float, float, float } %3463, 3
	%3468 = xor i32 %3432, 32
	%3469 = add i32 %3468, 0
	%3470 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3469)
	%3471 = extractvalue { i32, i32, i32, i32 } %3470, 0
	%3472 = extractvalue { i32, i32, i32, i32 } %3470, 1
	%3473 = extractvalue { i32, i32, i32, i32 } %3470, 2
	%3474 = extractvalue { i32, i32, i32, i32 } %3470, 3
	%3475 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3471, i32 %3472, float %3302, float %3303, float %3304, float %3305)
	%3476 = extractvalue { float, float, float, float } %3475, 0
	%3477 = extractvalue { float, float, float, float } %3475, 1
	%3478 = extractvalue { float, float, float, float } %3475, 2
	%3479 = extractvalue { float, float, float, float } %3475, 3
	%3480 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3473, i32 %3474, float %3306, float %3307, float %3308, float %3309)
	%3481 = extractvalue { float, float, float, float } %3480, 0
	%3482 = extractvalue { float, float, float, float } %3480, 1
	%3483 = extractvalue { float, float, float, float } %3480, 2
	%3484 = extractvalue { float, float, float, float } %3480, 3
	%3485 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3471, i32 %3472, float %3366, float %3367, float %3368, float %3369)
	%3486 = extractvalue { float, float, float, float } %3485, 0
	%3487 = extractvalue { float, float, float, float } %3485, 1
	%3488 = extractvalue { float, float, float, float } %3485, 2
	%3489 = extractvalue { float, float, float, float } %3485, 3
	%3490 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3473, i32 %3474, float %3370, float %3371, float %3372, float %3373)
	%3491 = extractvalue { float, float, float, float } %3490, 0
	%3492 = extractvalue { float, float, float, float } %3490, 1
	%3493 = extractvalue { float, float, float, float } %3490, 2
	%3494 = extractvalue { float, float, float, float } %3490, 3
	%3495 = xor i32 %3432, 64
	%3496 = add i32 %3495, 0
	%3497 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3496)
	%3498 = extractvalue { i32, i32, i32, i32 } %3497, 0
	%3499 = extractvalue { i32, i32, i32, i32 } %3497, 1
	%3500 = extractvalue { i32, i32, i32, i32 } %3497, 2
	%3501 = extractvalue { i32, i32, i32, i32 } %3497, 3
	%3502 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3498, i32 %3499, float %3310, float %3311, float %3312, float %3313)
	%3503 = extractvalue { float, float, float, float } %3502, 0
	%3504 = extractvalue { float, float, float, float } %3502, 1
	%3505 = extractvalue { float, float, float, float } %3502, 2
	%3506 = extractvalue { float, float, float, float } %3502, 3
	%3507 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3500, i32 %3501, float %3314, float %3315, float %3316, float %3317)
	%3508 = extractvalue { float, float, float, float } %3507, 0
	%3509 = extractvalue { float, float, float, float } %3507, 1
	%3510 = extractvalue { float, float, float, float } %3507, 2
	%3511 = extractvalue { float, float, float, float } %3507, 3
	%3512 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3498, i32 %3499, float %3374, float %3375, float %3376, float %3377)
	%3513 = extractvalue { float, float, float, float } %3512, 0
	%3514 = extractvalue { float, float, float, float } %3512, 1
	%3515 = extractvalue { float, float, float, float } %3512, 2
	%3516 = extractvalue { float, float, float, float } %3512, 3
	%3517 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3500, i32 %3501, float %3378, float %3379, float %3380, float %3381)
	%3518 = extractvalue { float, float, float, float } %3517, 0
	%3519 = extractvalue { float, float, float, float } %3517, 1
	%3520 = extractvalue { float, float, float, float } %3517, 2
	%3521 = extractvalue { float, float, float, float } %3517, 3
	%3522 = xor i32 %3432, 96
	%3523 = add i32 %3522, 0
	%3524 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3523)
	%3525 = extractvalue { i32, i32, i32, i32 } %3524, 0
	%3526 = extractvalue { i32, i32, i32, i32 } %3524, 1
	%3527 = extractvalue { i32, i32, i32, i32 } %3524, 2
	%3528 = extractvalue { i32, i32, i32, i32 } %3524, 3
	%3529 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3525, i32 %3526, float %3318, float %3319, float %3320, float %3321)
	%3530 = extractvalue { float, float, float, float } %3529, 0
	%3531 = extractvalue { float, float, float, float } %3529, 1
	%3532 = extractvalue { float, float, float, float } %3529, 2
	%3533 = extractvalue { float, float, float, float } %3529, 3
	%3534 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3527, i32 %3528, float %3322, float %3323, float %3324, float %3325)
	%3535 = extractvalue { float, float, float, float } %3534, 0
	%3536 = extractvalue { float, float, float, float } %3534, 1
	%3537 = extractvalue { float, float, float, float } %3534, 2
	%3538 = extractvalue { float, float, float, float } %3534, 3
	%3539 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3525, i32 %3526, float %3382, float %3383, float %3384, float %3385)
	%3540 = extractvalue { float, float, float, float } %3539, 0
	%3541 = extractvalue { float, float, float, float } %3539, 1
	%3542 = extractvalue { float, float, float, float } %3539, 2
	%3543 = extractvalue { float, float, float, float } %3539, 3
	%3544 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3527, i32 %3528, float %3386, float %3387, float %3388, float %3389)
	%3545 = extractvalue { float, float, float, float } %3544, 0
	%3546 = extractvalue { float, float, float, float } %3544, 1
	%3547 = extractvalue { float, float, float, float } %3544, 2
	%3548 = extractvalue { float, float, float, float } %3544, 3
	%3549 = xor i32 %3432, 128
	%3550 = add i32 %3549, 0
	%3551 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3550)
	%3552 = extractvalue { i32, i32, i32, i32 } %3551, 0
	%3553 = extractvalue { i32, i32, i32, i32 } %3551, 1
	%3554 = extractvalue { i32, i32, i32, i32 } %3551, 2
	%3555 = extractvalue { i32, i32, i32, i32 } %3551, 3
	%3556 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3552, i32 %3553, float %3326, float %3327, float %3328, float %3329)
	%3557 = extractvalue { float, float, float, float } %3556, 0
	%3558 = extractvalue { float, float, float, float } %3556, 1
	%3559 = extractvalue { float, float, float, float } %3556, 2
	%3560 = extractvalue { float, float, float, float } %3556, 3
	%3561 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3554, i32 %3555, float %3330, float %3331, float %3332, float %3333)
	%3562 = extractvalue { float, float, float, float } %3561, 0
	%3563 = extractvalue { float, float, float, float } %3561, 1
	%3564 = extractvalue { float, float, float, float } %3561, 2
	%3565 = extractvalue { float, float, float, float } %3561, 3
	%3566 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3552, i32 %3553, float %3390, float %3391, float %3392, float %3393)
	%3567 = extractvalue { float, float, float, float } %3566, 0
	%3568 = extractvalue { float, float, float, float } %3566, 1
	%3569 = extractvalue { float, float, float, float } %3566, 2
	%3570 = extractvalue { float, float, float, float } %3566, 3
	%3571 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3554, i32 %3555, float %3394, float %3395, float %3396, float %3397)
	%3572 = extractvalue { float, float, float, float } %3571, 0
	%3573 = extractvalue { float, float, float, float } %3571, 1
	%3574 = extractvalue { float, float, float, float } %3571, 2
	%3575 = extractvalue { float, float, float, float } %3571, 3
	%3576 = xor i32 %3432, 160
	%3577 = add i32 %3576, 0
	%3578 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3577)
	%3579 = extractvalue { i32, i32, i32, i32 } %3578, 0
	%3580 = extractvalue { i32, i32, i32, i32 } %3578, 1
	%3581 = extractvalue { i32, i32, i32, i32 } %3578, 2
	%3582 = extractvalue { i32, i32, i32, i32 } %3578, 3
	%3583 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3579, i32 %3580, float %3334, float %3335, float %3336, float %3337)
	%3584 = extractvalue { float, float, float, float } %3583, 0
	%3585 = extractvalue { float, float, float, float } %3583, 1
	%3586 = extractvalue { float, float, float, float } %3583, 2
	%3587 = extractvalue { float, float, float, float } %3583, 3
	%3588 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3581, i32 %3582, float %3338, float %3339, float %3340, float %3341)
	%3589 = extractvalue { float, float, float, float } %3588, 0
	%3590 = extractvalue { float, float, float, float } %3588, 1
	%3591 = extractvalue { float, float, float, float } %3588, 2
	%3592 = extractvalue { float, float, float, float } %3588, 3
	%3593 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3579, i32 %3580, float %3398, float %3399, float %3400, float %3401)
	%3594 = extractvalue { float, float, float, float } %3593, 0
	%3595 = extractvalue { float, float, float, float } %3593, 1
	%3596 = extractvalue { float, float, float, float } %3593, 2
	%3597 = extractvalue { float, float, float, float } %3593, 3
	%3598 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3581, i32 %3582, float %3402, float %3403, float %3404, float %3405)
	%3599 = extractvalue { float, float, float, float } %3598, 0
	%3600 = extractvalue { float, float, float, float } %3598, 1
	%3601 = extractvalue { float, float, float, float } %3598, 2
	%3602 = extractvalue { float, float, float, float } %3598, 3
	%3603 = xor i32 %3432, 192
	%3604 = add i32 %3603, 0
	%3605 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3604)
	%3606 = extractvalue { i32, i32, i32, i32 } %3605, 0
	%3607 = extractvalue { i32, i32, i32, i32 } %3605, 1
	%3608 = extractvalue { i32, i32, i32, i32 } %3605, 2
	%3609 = extractvalue { i32, i32, i32, i32 } %3605, 3
	%3610 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3606, i32 %3607, float %3342, float %3343, float %3344, float %3345)
	%3611 = extractvalue { float, float, float, float } %3610, 0
	%3612 = extractvalue { float, float, float, float } %3610, 1
	%3613 = extractvalue { float, float, float, float } %3610, 2
	%3614 = extractvalue { float, float, float, float } %3610, 3
	%3615 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3608, i32 %3609, float %3346, float %3347, float %3348, float %3349)
	%3616 = extractvalue { float, float, float, float } %3615, 0
	%3617 = extractvalue { float, float, float, float } %3615, 1
	%3618 = extractvalue { float, float, float, float } %3615, 2
	%3619 = extractvalue { float, float, float, float } %3615, 3
	%3620 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3606, i32 %3607, float %3406, float %3407, float %3408, float %3409)
	%3621 = extractvalue { float, float, float, float } %3620, 0
	%3622 = extractvalue { float, float, float, float } %3620, 1
	%3623 = extractvalue { float, float, float, float } %3620, 2
	%3624 = extractvalue { float, float, float, float } %3620, 3
	%3625 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3608, i32 %3609, float %3410, float %3411, float %3412, float %3413)
	%3626 = extractvalue { float, float, float, float } %3625, 0
	%3627 = extractvalue { float, float, float, float } %3625, 1
	%3628 = extractvalue { float, float, float, float } %3625, 2
	%3629 = extractvalue { float, float, float, float } %3625, 3
	%3630 = xor i32 %3432, 224
	%3631 = add i32 %3630, 0
	%3632 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3631)
	%3633 = extractvalue { i32, i32, i32, i32 } %3632, 0
	%3634 = extractvalue { i32, i32, i32, i32 } %3632, 1
	%3635 = extractvalue { i32, i32, i32, i32 } %3632, 2
	%3636 = extractvalue { i32, i32, i32, i32 } %3632, 3
	%3637 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3633, i32 %3634, float %3350, float %3351, float %3352, float %3353)
	%3638 = extractvalue { float, float, float, float } %3637, 0
	%3639 = extractvalue { float, float, float, float } %3637, 1
	%3640 = extractvalue { float, float, float, float } %3637, 2
	%3641 = extractvalue { float, float, float, float } %3637, 3
	%3642 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3433, i32 %3434, i32 %3435, i32 %3436, i32 %3635, i32 %3636, float %3354, float %3355, float %3356, float %3357)
	%3643 = extractvalue { float, float, float, float } %3642, 0
	%3644 = extractvalue { float, float, float, float } %3642, 1
	%3645 = extractvalue { float, float, float, float } %3642, 2
	%3646 = extractvalue { float, float, float, float } %3642, 3
	%3647 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3633, i32 %3634, float %3414, float %3415, float %3416, float %3417)
	%3648 = extractvalue { float, float, float, float } %3647, 0
	%3649 = extractvalue { float, float, float, float } %3647, 1
	%3650 = extractvalue { float, float, float, float } %3647, 2
	%3651 = extractvalue { float, float, float, float } %3647, 3
	%3652 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3437, i32 %3438, i32 %3439, i32 %3440, i32 %3635, i32 %3636, float %3418, float %3419, float %3420, float %3421)
	%3653 = extractvalue { float, float, float, float } %3652, 0
	%3654 = extractvalue { float, float, float, float } %3652, 1
	%3655 = extractvalue { float, float, float, float } %3652, 2
	%3656 = extractvalue { float, float, float, float } %3652, 3
	%3657 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2821, float %2819)
	%3658 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2896, float %2894)
	%3659 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2825, float %2823)
	%3660 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2900, float %2898)
	%3661 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2971, float %2969)
	%3662 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3046, float %3044)
	%3663 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2975, float %2973)
	%3664 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3050, float %3048)
	%3665 = xor i32 %3432, 0
	%3666 = add i32 %3665, u0x1000
	%3667 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3666)
	%3668 = extractvalue { i32, i32, i32, i32 } %3667, 0
	%3669 = extractvalue { i32, i32, i32, i32 } %3667, 1
	%3670 = extractvalue { i32, i32, i32, i32 } %3667, 2
	%3671 = extractvalue { i32, i32, i32, i32 } %3667, 3
	%3672 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3668, i32 %3669, float %3449, float %3450, float %3451, float %3452)
	%3673 = extractvalue { float, float, float, float } %3672, 0
	%3674 = extractvalue { float, float, float, float } %3672, 1
	%3675 = extractvalue { float, float, float, float } %3672, 2
	%3676 = extractvalue { float, float, float, float } %3672, 3
	%3677 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3670, i32 %3671, float %3454, float %3455, float %3456, float %3457)
	%3678 = extractvalue { float, float, float, float } %3677, 0
	%3679 = extractvalue { float, float, float, float } %3677, 1
	%3680 = extractvalue { float, float, float, float } %3677, 2
	%3681 = extractvalue { float, float, float, float } %3677, 3
	%3682 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3668, i32 %3669, float %3459, float %3460, float %3461, float %3462)
	%3683 = extractvalue { float, float, float, float } %3682, 0
	%3684 = extractvalue { float, float, float, float } %3682, 1
	%3685 = extractvalue { float, float, float, float } %3682, 2
	%3686 = extractvalue { float, float, float, float } %3682, 3
	%3687 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3670, i32 %3671, float %3464, float %3465, float %3466, float %3467)
	%3688 = extractvalue { float, float, float, float } %3687, 0
	%3689 = extractvalue { float, float, float, float } %3687, 1
	%3690 = extractvalue { float, float, float, float } %3687, 2
	%3691 = extractvalue { float, float, float, float } %3687, 3
	%3692 = xor i32 %3432, 32
	%3693 = add i32 %3692, u0x1000
	%3694 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3693)
	%3695 = extractvalue { i32, i32, i32, i32 } %3694, 0
	%3696 = extractvalue { i32, i32, i32, i32 } %3694, 1
	%3697 = extractvalue { i32, i32, i32, i32 } %3694, 2
	%3698 = extractvalue { i32, i32, i32, i32 } %3694, 3
	%3699 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3695, i32 %3696, float %3476, float %3477, float %3478, float %3479)
	%3700 = extractvalue { float, float, float, float } %3699, 0
	%3701 = extractvalue { float, float, float, float } %3699, 1
	%3702 = extractvalue { float, float, float, float } %3699, 2
	%3703 = extractvalue { float, float, float, float } %3699, 3
	%3704 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3697, i32 %3698, float %3481, float %3482, float %3483, float %3484)
	%3705 = extractvalue { float, float, float, float } %3704, 0
	%3706 = extractvalue { float, float, float, float } %3704, 1
	%3707 = extractvalue { float, float, float, float } %3704, 2
	%3708 = extractvalue { float, float, float, float } %3704, 3
	%3709 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3695, i32 %3696, float %3486, float %3487, float %3488, float %3489)
	%3710 = extractvalue { float, float, float, float } %3709, 0
	%3711 = extractvalue { float, float, float, float } %3709, 1
	%3712 = extractvalue { float, float, float, float } %3709, 2
	%3713 = extractvalue { float, float, float, float } %3709, 3
	%3714 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3697, i32 %3698, float %3491, float %3492, float %3493, float %3494)
	%3715 = extractvalue { float, float, float, float } %3714, 0
	%3716 = extractvalue { float, float, float, float } %3714, 1
	%3717 = extractvalue { float, float, float, float } %3714, 2
	%3718 = extractvalue { float, float, float, float } %3714, 3
	%3719 = xor i32 %3432, 64
	%3720 = add i32 %3719, u0x1000
	%3721 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3720)
	%3722 = extractvalue { i32, i32, i32, i32 } %3721, 0
	%3723 = extractvalue { i32, i32, i32, i32 } %3721, 1
	%3724 = extractvalue { i32, i32, i32, i32 } %3721, 2
	%3725 = extractvalue { i32, i32, i32, i32 } %3721, 3
	%3726 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3722, i32 %3723, float %3503, float %3504, float %3505, float %3506)
	%3727 = extractvalue { float, float, float, float } %3726, 0
	%3728 = extractvalue { float, float, float, float } %3726, 1
	%3729 = extractvalue { float, float, float, float } %3726, 2
	%3730 = extractvalue { float, float, float, float } %3726, 3
	%3731 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3724, i32 %3725, float %3508, float %3509, float %3510, float %3511)
	%3732 = extractvalue { float, float, float, float } %3731, 0
	%3733 = extractvalue { float, float, float, float } %3731, 1
	%3734 = extractvalue { float, float, float, float } %3731, 2
	%3735 = extractvalue { float, float, float, float } %3731, 3
	%3736 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3722, i32 %3723, float %3513, float %3514, float %3515, float %3516)
	%3737 = extractvalue { float, float, float, float } %3736, 0
	%3738 = extractvalue { float, float, float, float } %3736, 1
	%3739 = extractvalue { float, float, float, float } %3736, 2
	%3740 = extractvalue { float, float, float, float } %3736, 3
	%3741 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3724, i32 %3725, float %3518, float %3519, float %3520, float %3521)
	%3742 = extractvalue { float, float, float, float } %3741, 0
	%3743 = extractvalue { float, float, float, float } %3741, 1
	%3744 = extractvalue { float, float, float, float } %3741, 2
	%3745 = extractvalue { float, float, float, float } %3741, 3
	%3746 = xor i32 %3432, 96
	%3747 = add i32 %3746, u0x1000
	%3748 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3747)
	%3749 = extractvalue { i32, i32, i32, i32 } %3748, 0
	%3750 = extractvalue { i32, i32, i32, i32 } %3748, 1
	%3751 = extractvalue { i32, i32, i32, i32 } %3748, 2
	%3752 = extractvalue { i32, i32, i32, i32 } %3748, 3
	%3753 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3749, i32 %3750, float %3530, float %3531, float %3532, float %3533)
	%3754 = extractvalue { float, float, float, float } %3753, 0
	%3755 = extractvalue { float, float, float, float } %3753, 1
	%3756 = extractvalue { float, float, float, float } %3753, 2
	%3757 = extractvalue { float, float, float, float } %3753, 3
	%3758 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3751, i32 %3752, float %3535, float %3536, float %3537, float %3538)
	%3759 = extractvalue { float, float, float, float } %3758, 0
	%3760 = extractvalue { float, float, float, float } %3758, 1
	%3761 = extractvalue { float, float, float, float } %3758, 2
	%3762 = extractvalue { float, float, float, float } %3758, 3
	%3763 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3749, i32 %3750, float %3540, float %3541, float %3542, float %3543)
	%3764 = extractvalue { float, float, float, float } %3763, 0
	%3765 = extractvalue { float, float, float, float } %3763, 1
	%3766 = extractvalue { float, float, float, float } %3763, 2
	%3767 = extractvalue { float, float, float, float } %3763, 3
	%3768 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3751, i32 %3752, float %3545, float %3546, float %3547, float %3548)
	%3769 = extractvalue { float, float, float, float } %3768, 0
	%3770 = extractvalue { float, float, float, float } %3768, 1
	%3771 = extractvalue { float, float, float, float } %3768, 2
	%3772 = extractvalue { float, float, float, float } %3768, 3
	%3773 = xor i32 %3432, 128
	%3774 = add i32 %3773, u0x1000
	%3775 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3774)
	%3776 = extractvalue { i32, i32, i32, i32 } %3775, 0
	%3777 = extractvalue { i32, i32, i32, i32 } %3775, 1
	%3778 = extractvalue { i32, i32, i32, i32 } %3775, 2
	%3779 = extractvalue { i32, i32, i32, i32 } %3775, 3
	%3780 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3776, i32 %3777, float %3557, float %3558, float %3559, float %3560)
	%3781 = extractvalue { float, float, float, float } %3780, 0
	%3782 = extractvalue { float, float, float, float } %3780, 1
	%3783 = extractvalue { float, float, float, float } %3780, 2
	%3784 = extractvalue { float, float, float, float } %3780, 3
	%3785 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3778, i32 %3779, float %3562, float %3563, float %3564, float %3565)
	%3786 = extractvalue { float, float, float, float } %3785, 0
	%3787 = extractvalue { float, float, float, float } %3785, 1
	%3788 = extractvalue { float, float, float, float } %3785, 2
	%3789 = extractvalue { float, float, float, float } %3785, 3
	%3790 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3776, i32 %3777, float %3567, float %3568, float %3569, float %3570)
	%3791 = extractvalue { float, float, float, float } %3790, 0
	%3792 = extractvalue { float, float, float, float } %3790, 1
	%3793 = extractvalue { float, float, float, float } %3790, 2
	%3794 = extractvalue { float, float, float, float } %3790, 3
	%3795 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3778, i32 %3779, float %3572, float %3573, float %3574, float %3575)
	%3796 = extractvalue { float, float, float, float } %3795, 0
	%3797 = extractvalue { float, float, float, float } %3795, 1
	%3798 = extractvalue { float, float, float, float } %3795, 2
	%3799 = extractvalue { float, float, float, float } %3795, 3
	%3800 = xor i32 %3432, 160
	%3801 = add i32 %3800, u0x1000
	%3802 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3801)
	%3803 = extractvalue { i32, i32, i32, i32 } %3802, 0
	%3804 = extractvalue { i32, i32, i32, i32 } %3802, 1
	%3805 = extractvalue { i32, i32, i32, i32 } %3802, 2
	%3806 = extractvalue { i32, i32, i32, i32 } %3802, 3
	%3807 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3803, i32 %3804, float %3584, float %3585, float %3586, float %3587)
	%3808 = extractvalue { float, float, float, float } %3807, 0
	%3809 = extractvalue { float, float, float, float } %3807, 1
	%3810 = extractvalue { float, float, float, float } %3807, 2
	%3811 = extractvalue { float, float, float, float } %3807, 3
	%3812 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3805, i32 %3806, float %3589, float %3590, float %3591, float %3592)
	%3813 = extractvalue { float, float, float, float } %3812, 0
	%3814 = extractvalue { float, float, float, float } %3812, 1
	%3815 = extractvalue { float, float, float, float } %3812, 2
	%3816 = extractvalue { float, float, float, float } %3812, 3
	%3817 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3803, i32 %3804, float %3594, float %3595, float %3596, float %3597)
	%3818 = extractvalue { float, float, float, float } %3817, 0
	%3819 = extractvalue { float, float, float, float } %3817, 1
	%3820 = extractvalue { float, float, float, float } %3817, 2
	%3821 = extractvalue { float, float, float, float } %3817, 3
	%3822 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3805, i32 %3806, float %3599, float %3600, float %3601, float %3602)
	%3823 = extractvalue { float, float, float, float } %3822, 0
	%3824 = extractvalue { float, float, float, float } %3822, 1
	%3825 = extractvalue { float, float, float, float } %3822, 2
	%3826 = extractvalue { float, float, float, float } %3822, 3
	%3827 = xor i32 %3432, 192
	%3828 = add i32 %3827, u0x1000
	%3829 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3828)
	%3830 = extractvalue { i32, i32, i32, i32 } %3829, 0
	%3831 = extractvalue { i32, i32, i32, i32 } %3829, 1
	%3832 = extractvalue { i32, i32, i32, i32 } %3829, 2
	%3833 = extractvalue { i32, i32, i32, i32 } %3829, 3
	%3834 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3830, i32 %3831, float %3611, float %3612, float %3613, float %3614)
	%3835 = extractvalue { float, float, float, float } %3834, 0
	%3836 = extractvalue { float, float, float, float } %3834, 1
	%3837 = extractvalue { float, float, float, float } %3834, 2
	%3838 = extractvalue { float, float, float, float } %3834, 3
	%3839 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3832, i32 %3833, float %3616, float %3617, float %3618, float %3619)
	%3840 = extractvalue { float, float, float, float } %3839, 0
	%3841 = extractvalue { float, float, float, float } %3839, 1
	%3842 = extractvalue { float, float, float, float } %3839, 2
	%3843 = extractvalue { float, float, float, float } %3839, 3
	%3844 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3830, i32 %3831, float %3621, float %3622, float %3623, float %3624)
	%3845 = extractvalue { float, float, float, float } %3844, 0
	%3846 = extractvalue { float, float, float, float } %3844, 1
	%3847 = extractvalue { float, float, float, float } %3844, 2
	%3848 = extractvalue { float, float, float, float } %3844, 3
	%3849 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3832, i32 %3833, float %3626, float %3627, float %3628, float %3629)
	%3850 = extractvalue { float, float, float, float } %3849, 0
	%3851 = extractvalue { float, float, float, float } %3849, 1
	%3852 = extractvalue { float, float, float, float } %3849, 2
	%3853 = extractvalue { float, float, float, float } %3849, 3
	%3854 = xor i32 %3432, 224
	%3855 = add i32 %3854, u0x1000
	%3856 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3855)
	%3857 = extractvalue { i32, i32, i32, i32 } %3856, 0
	%3858 = extractvalue { i32, i32, i32, i32 } %3856, 1
	%3859 = extractvalue { i32, i32, i32, i32 } %3856, 2
	%3860 = extractvalue { i32, i32, i32, i32 } %3856, 3
	%3861 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3857, i32 %3858, float %3638, float %3639, float %3640, float %3641)
	%3862 = extractvalue { float, float, float, float } %3861, 0
	%3863 = extractvalue { float, float, float, float } %3861, 1
	%3864 = extractvalue { float, float, float, float } %3861, 2
	%3865 = extractvalue { float, float, float, float } %3861, 3
	%3866 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3657, i32 %3658, i32 %3659, i32 %3660, i32 %3859, i32 %3860, float %3643, float %3644, float %3645, float %3646)
	%3867 = extractvalue { float, float, float, float } %3866, 0
	%3868 = extractvalue { float, float, float, float } %3866, 1
	%3869 = extractvalue { float, float, float, float } %3866, 2
	%3870 = extractvalue { float, float, float, float } %3866, 3
	%3871 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3857, i32 %3858, float %3648, float %3649, float %3650, float %3651)
	%3872 = extractvalue { float, float, float, float } %3871, 0
	%3873 = extractvalue { float, float, float, float } %3871, 1
	%3874 = extractvalue { float, float, float, float } %3871, 2
	%3875 = extractvalue { float, float, float, float } %3871, 3
	%3876 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3661, i32 %3662, i32 %3663, i32 %3664, i32 %3859, i32 %3860, float %3653, float %3654, float %3655, float %3656)
	%3877 = extractvalue { float, float, float, float } %3876, 0
	%3878 = extractvalue { float, float, float, float } %3876, 1
	%3879 = extractvalue { float, float, float, float } %3876, 2
	%3880 = extractvalue { float, float, float, float } %3876, 3
	%3881 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2829, float %2827)
	%3882 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2904, float %2902)
	%3883 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2833, float %2831)
	%3884 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2908, float %2906)
	%3885 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2979, float %2977)
	%3886 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3054, float %3052)
	%3887 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2983, float %2981)
	%3888 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3058, float %3056)
	%3889 = xor i32 %3432, 0
	%3890 = add i32 %3889, u0x2000
	%3891 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3890)
	%3892 = extractvalue { i32, i32, i32, i32 } %3891, 0
	%3893 = extractvalue { i32, i32, i32, i32 } %3891, 1
	%3894 = extractvalue { i32, i32, i32, i32 } %3891, 2
	%3895 = extractvalue { i32, i32, i32, i32 } %3891, 3
	%3896 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %3892, i32 %3893, float %3673, float %3674, float %3675, float %3676)
	%3897 = extractvalue { float, float, float, float } %3896, 0
	%3898 = extractvalue { float, float, float, float } %3896, 1
	%3899 = extractvalue { float, float, float, float } %3896, 2
	%3900 = extractvalue { float, float, float, float } %3896, 3
	%3901 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %3894, i32 %3895, float %3678, float %3679, float %3680, float %3681)
	%3902 = extractvalue { float, float, float, float } %3901, 0
	%3903 = extractvalue { float, float, float, float } %3901, 1
	%3904 = extractvalue { float, float, float, float } %3901, 2
	%3905 = extractvalue { float, float, float, float } %3901, 3
	%3906 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %3892, i32 %3893, float %3683, float %3684, float %3685, float %3686)
	%3907 = extractvalue { float, float, float, float } %3906, 0
	%3908 = extractvalue { float, float, float, float } %3906, 1
	%3909 = extractvalue { float, float, float, float } %3906, 2
	%3910 = extractvalue { float, float, float, float } %3906, 3
	%3911 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %3894, i32 %3895, float %3688, float %3689, float %3690, float %3691)
	%3912 = extractvalue { float, float, float, float } %3911, 0
	%3913 = extractvalue { float, float, float, float } %3911, 1
	%3914 = extractvalue { float, float, float, float } %3911, 2
	%3915 = extractvalue { float, float, float, float } %3911, 3
	%3916 = xor i32 %3432, 32
	%3917 = add i32 %3916, u0x2000
	%3918 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3917)
	%3919 = extractvalue { i32, i32, i32, i32 } %3918, 0
	%3920 = extractvalue { i32, i32, i32, i32 } %3918, 1
	%3921 = extractvalue { i32, i32, i32, i32 } %3918, 2
	%3922 = extractvalue { i32, i32, i32, i32 } %3918, 3
	%3923 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %3919, i32 %3920, float %3700, float %3701, float %3702, float %3703)
	%3924 = extractvalue { float, float, float, float } %3923, 0
	%3925 = extractvalue { float, float, float, float } %3923, 1
	%3926 = extractvalue { float, float, float, float } %3923, 2
	%3927 = extractvalue { float, float, float, float } %3923, 3
	%3928 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %3921, i32 %3922, float %3705, float %3706, float %3707, float %3708)
	%3929 = extractvalue { float, float, float, float } %3928, 0
	%3930 = extractvalue { float, float, float, float } %3928, 1
	%3931 = extractvalue { float, float, float, float } %3928, 2
	%3932 = extractvalue { float, float, float, float } %3928, 3
	%3933 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %3919, i32 %3920, float %3710, float %3711, float %3712, float %3713)
	%3934 = extractvalue { float, float, float, float } %3933, 0
	%3935 = extractvalue { float, float, float, float } %3933, 1
	%3936 = extractvalue { float, float, float, float } %3933, 2
	%3937 = extractvalue { float, float, float, float } %3933, 3
	%3938 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %3921, i32 %3922, float %3715, float %3716, float %3717, float %3718)
	%3939 = extractvalue { float, float, float, float } %3938, 0
	%3940 = extractvalue { float, float, float, float } %3938, 1
	%3941 = extractvalue { float, float, float, float } %3938, 2
	%3942 = extractvalue { float, float, float, float } %3938, 3
	%3943 = xor i32 %3432, 64
	%3944 = add i32 %3943, u0x2000
	%3945 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3944)
	%3946 = extractvalue { i32, i32, i32, i32 } %3945, 0
	%3947 = extractvalue { i32, i32, i32, i32 } %3945, 1
	%3948 = extractvalue { i32, i32, i32, i32 } %3945, 2
	%3949 = extractvalue { i32, i32, i32, i32 } %3945, 3
	%3950 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %3946, i32 %3947, float %3727, float %3728, float %3729, float %3730)
	%3951 = extractvalue { float, float, float, float } %3950, 0
	%3952 = extractvalue { float, float, float, float } %3950, 1
	%3953 = extractvalue { float, float, float, float } %3950, 2
	%3954 = extractvalue { float, float, float, float } %3950, 3
	%3955 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %3948, i32 %3949, float %3732, float %3733, float %3734, float %3735)
	%3956 = extractvalue { float, float, float, float } %3955, 0
	%3957 = extractvalue { float, float, float, float } %3955, 1
	%3958 = extractvalue { float, float, float, float } %3955, 2
	%3959 = extractvalue { float, float, float, float } %3955, 3
	%3960 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %3946, i32 %3947, float %3737, float %3738, float %3739, float %3740)
	%3961 = extractvalue { float, float, float, float } %3960, 0
	%3962 = extractvalue { float, float, float, float } %3960, 1
	%3963 = extractvalue { float, float, float, float } %3960, 2
	%3964 = extractvalue { float, float, float, float } %3960, 3
	%3965 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %3948, i32 %3949, float %3742, float %3743, float %3744, float %3745)
	%3966 = extractvalue { float, float, float, float } %3965, 0
	%3967 = extractvalue { float, float, float, float } %3965, 1
	%3968 = extractvalue { float, float, float, float } %3965, 2
	%3969 = extractvalue { float, float, float, float } %3965, 3
	%3970 = xor i32 %3432, 96
	%3971 = add i32 %3970, u0x2000
	%3972 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3971)
	%3973 = extractvalue { i32, i32, i32, i32 } %3972, 0
	%3974 = extractvalue { i32, i32, i32, i32 } %3972, 1
	%3975 = extractvalue { i32, i32, i32, i32 } %3972, 2
	%3976 = extractvalue { i32, i32, i32, i32 } %3972, 3
	%3977 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %3973, i32 %3974, float %3754, float %3755, float %3756, float %3757)
	%3978 = extractvalue { float, float, float, float } %3977, 0
	%3979 = extractvalue { float, float, float, float } %3977, 1
	%3980 = extractvalue { float, float, float, float } %3977, 2
	%3981 = extractvalue { float, float, float, float } %3977, 3
	%3982 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %3975, i32 %3976, float %3759, float %3760, float %3761, float %3762)
	%3983 = extractvalue { float, float, float, float } %3982, 0
	%3984 = extractvalue { float, float, float, float } %3982, 1
	%3985 = extractvalue { float, float, float, float } %3982, 2
	%3986 = extractvalue { float, float, float, float } %3982, 3
	%3987 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %3973, i32 %3974, float %3764, float %3765, float %3766, float %3767)
	%3988 = extractvalue { float, float, float, float } %3987, 0
	%3989 = extractvalue { float, float, float, float } %3987, 1
	%3990 = extractvalue { float, float, float, float } %3987, 2
	%3991 = extractvalue { float, float, float, float } %3987, 3
	%3992 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %3975, i32 %3976, float %3769, float %3770, float %3771, float %3772)
	%3993 = extractvalue { float, float, float, float } %3992, 0
	%3994 = extractvalue { float, float, float, float } %3992, 1
	%3995 = extractvalue { float, float, float, float } %3992, 2
	%3996 = extractvalue { float, float, float, float } %3992, 3
	%3997 = xor i32 %3432, 128
	%3998 = add i32 %3997, u0x2000
	%3999 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3998)
	%4000 = extractvalue { i32, i32, i32, i32 } %3999, 0
	%4001 = extractvalue { i32, i32, i32, i32 } %3999, 1
	%4002 = extractvalue { i32, i32, i32, i32 } %3999, 2
	%4003 = extractvalue { i32, i32, i32, i32 } %3999, 3
	%4004 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %4000, i32 %4001, float %3781, float %3782, float %3783, float %3784)
	%4005 = extractvalue { float, float, float, float } %4004, 0
	%4006 = extractvalue { float, float, float, float } %4004, 1
	%4007 = extractvalue { float, float, float, float } %4004, 2
	%4008 = extractvalue { float, float, float, float } %4004, 3
	%4009 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %4002, i32 %4003, float %3786, float %3787, float %3788, float %3789)
	%4010 = extractvalue { float, float, float, float } %4009, 0
	%4011 = extractvalue { float, float, float, float } %4009, 1
	%4012 = extractvalue { float, float, float, float } %4009, 2
	%4013 = extractvalue { float, float, float, float } %4009, 3
	%4014 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %4000, i32 %4001, float %3791, float %3792, float %3793, float %3794)
	%4015 = extractvalue { float, float, float, float } %4014, 0
	%4016 = extractvalue { float, float, float, float } %4014, 1
	%4017 = extractvalue { float, float, float, float } %4014, 2
	%4018 = extractvalue { float, float, float, float } %4014, 3
	%4019 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %4002, i32 %4003, float %3796, float %3797, float %3798, float %3799)
	%4020 = extractvalue { float, float, float, float } %4019, 0
	%4021 = extractvalue { float, float, float, float } %4019, 1
	%4022 = extractvalue { float, float, float, float } %4019, 2
	%4023 = extractvalue { float, float, float, float } %4019, 3
	%4024 = xor i32 %3432, 160
	%4025 = add i32 %4024, u0x2000
	%4026 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4025)
	%4027 = extractvalue { i32, i32, i32, i32 } %4026, 0
	%4028 = extractvalue { i32, i32, i32, i32 } %4026, 1
	%4029 = extractvalue { i32, i32, i32, i32 } %4026, 2
	%4030 = extractvalue { i32, i32, i32, i32 } %4026, 3
	%4031 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %4027, i32 %4028, float %3808, float %3809, float %3810, float %3811)
	%4032 = extractvalue { float, float, float, float } %4031, 0
	%4033 = extractvalue { float, float, float, float } %4031, 1
	%4034 = extractvalue { float, float, float, float } %4031, 2
	%4035 = extractvalue { float, float, float, float } %4031, 3
	%4036 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %4029, i32 %4030, float %3813, float %3814, float %3815, float %3816)
	%4037 = extractvalue { float, float, float, float } %4036, 0
	%4038 = extractvalue { float, float, float, float } %4036, 1
	%4039 = extractvalue { float, float, float, float } %4036, 2
	%4040 = extractvalue { float, float, float, float } %4036, 3
	%4041 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %4027, i32 %4028, float %3818, float %3819, float %3820, float %3821)
	%4042 = extractvalue { float, float, float, float } %4041, 0
	%4043 = extractvalue { float, float, float, float } %4041, 1
	%4044 = extractvalue { float, float, float, float } %4041, 2
	%4045 = extractvalue { float, float, float, float } %4041, 3
	%4046 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %4029, i32 %4030, float %3823, float %3824, float %3825, float %3826)
	%4047 = extractvalue { float, float, float, float } %4046, 0
	%4048 = extractvalue { float, float, float, float } %4046, 1
	%4049 = extractvalue { float, float, float, float } %4046, 2
	%4050 = extractvalue { float, float, float, float } %4046, 3
	%4051 = xor i32 %3432, 192
	%4052 = add i32 %4051, u0x2000
	%4053 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4052)
	%4054 = extractvalue { i32, i32, i32, i32 } %4053, 0
	%4055 = extractvalue { i32, i32, i32, i32 } %4053, 1
	%4056 = extractvalue { i32, i32, i32, i32 } %4053, 2
	%4057 = extractvalue { i32, i32, i32, i32 } %4053, 3
	%4058 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %4054, i32 %4055, float %3835, float %3836, float %3837, float %3838)
	%4059 = extractvalue { float, float, float, float } %4058, 0
	%4060 = extractvalue { float, float, float, float } %4058, 1
	%4061 = extractvalue { float, float, float, float } %4058, 2
	%4062 = extractvalue { float, float, float, float } %4058, 3
	%4063 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %4056, i32 %4057, float %3840, float %3841, float %3842, float %3843)
	%4064 = extractvalue { float, float, float, float } %4063, 0
	%4065 = extractvalue { float, float, float, float } %4063, 1
	%4066 = extractvalue { float, float, float, float } %4063, 2
	%4067 = extractvalue { float, float, float, float } %4063, 3
	%4068 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %4054, i32 %4055, float %3845, float %3846, float %3847, float %3848)
	%4069 = extractvalue { float, float, float, float } %4068, 0
	%4070 = extractvalue { float, float, float, float } %4068, 1
	%4071 = extractvalue { float, float, float, float } %4068, 2
	%4072 = extractvalue { float, float, float, float } %4068, 3
	%4073 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %4056, i32 %4057, float %3850, float %3851, float %3852, float %3853)
	%4074 = extractvalue { float, float, float, float } %4073, 0
	%4075 = extractvalue { float, float, float, float } %4073, 1
	%4076 = extractvalue { float, float, float, float } %4073, 2
	%4077 = extractvalue { float, float, float, float } %4073, 3
	%4078 = xor i32 %3432, 224
	%4079 = add i32 %4078, u0x2000
	%4080 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4079)
	%4081 = extractvalue { i32, i32, i32, i32 } %4080, 0
	%4082 = extractvalue { i32, i32, i32, i32 } %4080, 1
	%4083 = extractvalue { i32, i32, i32, i32 } %4080, 2
	%4084 = extractvalue { i32, i32, i32, i32 } %4080, 3
	%4085 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %4081, i32 %4082, float %3862, float %3863, float %3864, float %3865)
	%4086 = extractvalue { float, float, float, float } %4085, 0
	%4087 = extractvalue { float, float, float, float } %4085, 1
	%4088 = extractvalue { float, float, float, float } %4085, 2
	%4089 = extractvalue { float, float, float, float } %4085, 3
	%4090 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3881, i32 %3882, i32 %3883, i32 %3884, i32 %4083, i32 %4084, float %3867, float %3868, float %3869, float %3870)
	%4091 = extractvalue { float, float, float, float } %4090, 0
	%4092 = extractvalue { float, float, float, float } %4090, 1
	%4093 = extractvalue { float, float, float, float } %4090, 2
	%4094 = extractvalue { float, float, float, float } %4090, 3
	%4095 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %4081, i32 %4082, float %3872, float %3873, float %3874, float %3875)
	%4096 = extractvalue { float, float, float, float } %4095, 0
	%4097 = extractvalue { float, float, float, float } %4095, 1
	%4098 = extractvalue { float, float, float, float } %4095, 2
	%4099 = extractvalue { float, float, float, float } %4095, 3
	%4100 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3885, i32 %3886, i32 %3887, i32 %3888, i32 %4083, i32 %4084, float %3877, float %3878, float %3879, float %3880)
	%4101 = extractvalue { float, float, float, float } %4100, 0
	%4102 = extractvalue { float, float, float, float } %4100, 1
	%4103 = extractvalue { float, float, float, float } %4100, 2
	%4104 = extractvalue { float, float, float, float } %4100, 3
	%4105 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2837, float %2835)
	%4106 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2912, float %2910)
	%4107 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2841, float %2839)
	%4108 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2916, float %2914)
	%4109 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2987, float %2985)
	%4110 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3062, float %3060)
	%4111 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2991, float %2989)
	%4112 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %3066, float %3064)
	%4113 = xor i32 %3432, 0
	%4114 = add i32 %4113, 12288
	%4115 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4114)
	%4116 = extractvalue { i32, i32, i32, i32 } %4115, 0
	%4117 = extractvalue { i32, i32, i32, i32 } %4115, 1
	%4118 = extractvalue { i32, i32, i32, i32 } %4115, 2
	%4119 = extractvalue { i32, i32, i32, i32 } %4115, 3
	%4120 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4116, i32 %4117, float %3897, float %3898, float %3899, float %3900)
	%4121 = extractvalue { float, float, float, float } %4120, 0
	%4122 = extractvalue { float, float, float, float } %4120, 1
	%4123 = extractvalue { float, float, float, float } %4120, 2
	%4124 = extractvalue { float, float, float, float } %4120, 3
	%4125 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4118, i32 %4119, float %3902, float %3903, float %3904, float %3905)
	%4126 = extractvalue { float, float, float, float } %4125, 0
	%4127 = extractvalue { float, float, float, float } %4125, 1
	%4128 = extractvalue { float, float, float, float } %4125, 2
	%4129 = extractvalue { float, float, float, float } %4125, 3
	%4130 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4116, i32 %4117, float %3907, float %3908, float %3909, float %3910)
	%4131 = extractvalue { float, float, float, float } %4130, 0
	%4132 = extractvalue { float, float, float, float } %4130, 1
	%4133 = extractvalue { float, float, float, float } %4130, 2
	%4134 = extractvalue { float, float, float, float } %4130, 3
	%4135 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4118, i32 %4119, float %3912, float %3913, float %3914, float %3915)
	%4136 = extractvalue { float, float, float, float } %4135, 0
	%4137 = extractvalue { float, float, float, float } %4135, 1
	%4138 = extractvalue { float, float, float, float } %4135, 2
	%4139 = extractvalue { float, float, float, float } %4135, 3
	%4140 = xor i32 %3432, 32
	%4141 = add i32 %4140, 12288
	%4142 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4141)
	%4143 = extractvalue { i32, i32, i32, i32 } %4142, 0
	%4144 = extractvalue { i32, i32, i32, i32 } %4142, 1
	%4145 = extractvalue { i32, i32, i32, i32 } %4142, 2
	%4146 = extractvalue { i32, i32, i32, i32 } %4142, 3
	%4147 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4143, i32 %4144, float %3924, float %3925, float %3926, float %3927)
	%4148 = extractvalue { float, float, float, float } %4147, 0
	%4149 = extractvalue { float, float, float, float } %4147, 1
	%4150 = extractvalue { float, float, float, float } %4147, 2
	%4151 = extractvalue { float, float, float, float } %4147, 3
	%4152 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4145, i32 %4146, float %3929, float %3930, float %3931, float %3932)
	%4153 = extractvalue { float, float, float, float } %4152, 0
	%4154 = extractvalue { float, float, float, float } %4152, 1
	%4155 = extractvalue { float, float, float, float } %4152, 2
	%4156 = extractvalue { float, float, float, float } %4152, 3
	%4157 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4143, i32 %4144, float %3934, float %3935, float %3936, float %3937)
	%4158 = extractvalue { float, float, float, float } %4157, 0
	%4159 = extractvalue { float, float, float, float } %4157, 1
	%4160 = extractvalue { float, float, float, float } %4157, 2
	%4161 = extractvalue { float, float, float, float } %4157, 3
	%4162 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4145, i32 %4146, float %3939, float %3940, float %3941, float %3942)
	%4163 = extractvalue { float, float, float, float } %4162, 0
	%4164 = extractvalue { float, float, float, float } %4162, 1
	%4165 = extractvalue { float, float, float, float } %4162, 2
	%4166 = extractvalue { float, float, float, float } %4162, 3
	%4167 = xor i32 %3432, 64
	%4168 = add i32 %4167, 12288
	%4169 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4168)
	%4170 = extractvalue { i32, i32, i32, i32 } %4169, 0
	%4171 = extractvalue { i32, i32, i32, i32 } %4169, 1
	%4172 = extractvalue { i32, i32, i32, i32 } %4169, 2
	%4173 = extractvalue { i32, i32, i32, i32 } %4169, 3
	%4174 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4170, i32 %4171, float %3951, float %3952, float %3953, float %3954)
	%4175 = extractvalue { float, float, float, float } %4174, 0
	%4176 = extractvalue { float, float, float, float } %4174, 1
	%4177 = extractvalue { float, float, float, float } %4174, 2
	%4178 = extractvalue { float, float, float, float } %4174, 3
	%4179 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4172, i32 %4173, float %3956, float %3957, float %3958, float %3959)
	%4180 = extractvalue { float, float, float, float } %4179, 0
	%4181 = extractvalue { float, float, float, float } %4179, 1
	%4182 = extractvalue { float, float, float, float } %4179, 2
	%4183 = extractvalue { float, float, float, float } %4179, 3
	%4184 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4170, i32 %4171, float %3961, float %3962, float %3963, float %3964)
	%4185 = extractvalue { float, float, float, float } %4184, 0
	%4186 = extractvalue { float, float, float, float } %4184, 1
	%4187 = extractvalue { float, float, float, float } %4184, 2
	%4188 = extractvalue { float, float, float, float } %4184, 3
	%4189 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4172, i32 %4173, float %3966, float %3967, float %3968, float %3969)
	%4190 = extractvalue { float, float, float, float } %4189, 0
	%4191 = extractvalue { float, float, float, float } %4189, 1
	%4192 = extractvalue { float, float, float, float } %4189, 2
	%4193 = extractvalue { float, float, float, float } %4189, 3
	%4194 = xor i32 %3432, 96
	%4195 = add i32 %4194, 12288
	%4196 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4195)
	%4197 = extractvalue { i32, i32, i32, i32 } %4196, 0
	%4198 = extractvalue { i32, i32, i32, i32 } %4196, 1
	%4199 = extractvalue { i32, i32, i32, i32 } %4196, 2
	%4200 = extractvalue { i32, i32, i32, i32 } %4196, 3
	%4201 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4197, i32 %4198, float %3978, float %3979, float %3980, float %3981)
	%4202 = extractvalue { float, float, float, float } %4201, 0
	%4203 = extractvalue { float, float, float, float } %4201, 1
	%4204 = extractvalue { float, float, float, float } %4201, 2
	%4205 = extractvalue { float, float, float, float } %4201, 3
	%4206 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4199, i32 %4200, float %3983, float %3984, float %3985, float %3986)
	%4207 = extractvalue { float, float, float, float } %4206, 0
	%4208 = extractvalue { float, float, float, float } %4206, 1
	%4209 = extractvalue { float, float, float, float } %4206, 2
	%4210 = extractvalue { float, float, float, float } %4206, 3
	%4211 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4197, i32 %4198, float %3988, float %3989, float %3990, float %3991)
	%4212 = extractvalue { float, float, float, float } %4211, 0
	%4213 = extractvalue { float, float, float, float } %4211, 1
	%4214 = extractvalue { float, float, float, float } %4211, 2
	%4215 = extractvalue { float, float, float, float } %4211, 3
	%4216 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4199, i32 %4200, float %3993, float %3994, float %3995, float %3996)
	%4217 = extractvalue { float, float, float, float } %4216, 0
	%4218 = extractvalue { float, float, float, float } %4216, 1
	%4219 = extractvalue { float, float, float, float } %4216, 2
	%4220 = extractvalue { float, float, float, float } %4216, 3
	%4221 = xor i32 %3432, 128
	%4222 = add i32 %4221, 12288
	%4223 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4222)
	%4224 = extractvalue { i32, i32, i32, i32 } %4223, 0
	%4225 = extractvalue { i32, i32, i32, i32 } %4223, 1
	%4226 = extractvalue { i32, i32, i32, i32 } %4223, 2
	%4227 = extractvalue { i32, i32, i32, i32 } %4223, 3
	%4228 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4224, i32 %4225, float %4005, float %4006, float %4007, float %4008)
	%4229 = extractvalue { float, float, float, float } %4228, 0
	%4230 = extractvalue { float, float, float, float } %4228, 1
	%4231 = extractvalue { float, float, float, float } %4228, 2
	%4232 = extractvalue { float, float, float, float } %4228, 3
	%4233 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4226, i32 %4227, float %4010, float %4011, float %4012, float %4013)
	%4234 = extractvalue { float, float, float, float } %4233, 0
	%4235 = extractvalue { float, float, float, float } %4233, 1
	%4236 = extractvalue { float, float, float, float } %4233, 2
	%4237 = extractvalue { float, float, float, float } %4233, 3
	%4238 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4224, i32 %4225, float %4015, float %4016, float %4017, float %4018)
	%4239 = extractvalue { float, float, float, float } %4238, 0
	%4240 = extractvalue { float, float, float, float } %4238, 1
	%4241 = extractvalue { float, float, float, float } %4238, 2
	%4242 = extractvalue { float, float, float, float } %4238, 3
	%4243 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4226, i32 %4227, float %4020, float %4021, float %4022, float %4023)
	%4244 = extractvalue { float, float, float, float } %4243, 0
	%4245 = extractvalue { float, float, float, float } %4243, 1
	%4246 = extractvalue { float, float, float, float } %4243, 2
	%4247 = extractvalue { float, float, float, float } %4243, 3
	%4248 = xor i32 %3432, 160
	%4249 = add i32 %4248, 12288
	%4250 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4249)
	%4251 = extractvalue { i32, i32, i32, i32 } %4250, 0
	%4252 = extractvalue { i32, i32, i32, i32 } %4250, 1
	%4253 = extractvalue { i32, i32, i32, i32 } %4250, 2
	%4254 = extractvalue { i32, i32, i32, i32 } %4250, 3
	%4255 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4251, i32 %4252, float %4032, float %4033, float %4034, float %4035)
	%4256 = extractvalue { float, float, float, float } %4255, 0
	%4257 = extractvalue { float, float, float, float } %4255, 1
	%4258 = extractvalue { float, float, float, float } %4255, 2
	%4259 = extractvalue { float, float, float, float } %4255, 3
	%4260 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4253, i32 %4254, float %4037, float %4038, float %4039, float %4040)
	%4261 = extractvalue { float, float, float, float } %4260, 0
	%4262 = extractvalue { float, float, float, float } %4260, 1
	%4263 = extractvalue { float, float, float, float } %4260, 2
	%4264 = extractvalue { float, float, float, float } %4260, 3
	%4265 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4251, i32 %4252, float %4042, float %4043, float %4044, float %4045)
	%4266 = extractvalue { float, float, float, float } %4265, 0
	%4267 = extractvalue { float, float, float, float } %4265, 1
	%4268 = extractvalue { float, float, float, float } %4265, 2
	%4269 = extractvalue { float, float, float, float } %4265, 3
	%4270 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4253, i32 %4254, float %4047, float %4048, float %4049, float %4050)
	%4271 = extractvalue { float, float, float, float } %4270, 0
	%4272 = extractvalue { float, float, float, float } %4270, 1
	%4273 = extractvalue { float, float, float, float } %4270, 2
	%4274 = extractvalue { float, float, float, float } %4270, 3
	%4275 = xor i32 %3432, 192
	%4276 = add i32 %4275, 12288
	%4277 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4276)
	%4278 = extractvalue { i32, i32, i32, i32 } %4277, 0
	%4279 = extractvalue { i32, i32, i32, i32 } %4277, 1
	%4280 = extractvalue { i32, i32, i32, i32 } %4277, 2
	%4281 = extractvalue { i32, i32, i32, i32 } %4277, 3
	%4282 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4278, i32 %4279, float %4059, float %4060, float %4061, float %4062)
	%4283 = extractvalue { float, float, float, float } %4282, 0
	%4284 = extractvalue { float, float, float, float } %4282, 1
	%4285 = extractvalue { float, float, float, float } %4282, 2
	%4286 = extractvalue { float, float, float, float } %4282, 3
	%4287 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4280, i32 %4281, float %4064, float %4065, float %4066, float %4067)
	%4288 = extractvalue { float, float, float, float } %4287, 0
	%4289 = extractvalue { float, float, float, float } %4287, 1
	%4290 = extractvalue { float, float, float, float } %4287, 2
	%4291 = extractvalue { float, float, float, float } %4287, 3
	%4292 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4278, i32 %4279, float %4069, float %4070, float %4071, float %4072)
	%4293 = extractvalue { float, float, float, float } %4292, 0
	%4294 = extractvalue { float, float, float, float } %4292, 1
	%4295 = extractvalue { float, float, float, float } %4292, 2
	%4296 = extractvalue { float, float, float, float } %4292, 3
	%4297 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4280, i32 %4281, float %4074, float %4075, float %4076, float %4077)
	%4298 = extractvalue { float, float, float, float } %4297, 0
	%4299 = extractvalue { float, float, float, float } %4297, 1
	%4300 = extractvalue { float, float, float, float } %4297, 2
	%4301 = extractvalue { float, float, float, float } %4297, 3
	%4302 = xor i32 %3432, 224
	%4303 = add i32 %4302, 12288
	%4304 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %4303)
	%4305 = extractvalue { i32, i32, i32, i32 } %4304, 0
	%4306 = extractvalue { i32, i32, i32, i32 } %4304, 1
	%4307 = extractvalue { i32, i32, i32, i32 } %4304, 2
	%4308 = extractvalue { i32, i32, i32, i32 } %4304, 3
	%4309 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4305, i32 %4306, float %4086, float %4087, float %4088, float %4089)
	%4310 = extractvalue { float, float, float, float } %4309, 0
	%4311 = extractvalue { float, float, float, float } %4309, 1
	%4312 = extractvalue { float, float, float, float } %4309, 2
	%4313 = extractvalue { float, float, float, float } %4309, 3
	%4314 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4105, i32 %4106, i32 %4107, i32 %4108, i32 %4307, i32 %4308, float %4091, float %4092, float %4093, float %4094)
	%4315 = extractvalue { float, float, float, float } %4314, 0
	%4316 = extractvalue { float, float, float, float } %4314, 1
	%4317 = extractvalue { float, float, float, float } %4314, 2
	%4318 = extractvalue { float, float, float, float } %4314, 3
	%4319 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4305, i32 %4306, float %4096, float %4097, float %4098, float %4099)
	%4320 = extractvalue { float, float, float, float } %4319, 0
	%4321 = extractvalue { float, float, float, float } %4319, 1
	%4322 = extractvalue { float, float, float, float } %4319, 2
	%4323 = extractvalue { float, float, float, float } %4319, 3
	%4324 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %4109, i32 %4110, i32 %4111, i32 %4112, i32 %4307, i32 %4308, float %4101, float %4102, float %4103, float %4104)
	%4325 = extractvalue { float, float, float, float } %4324, 0
	%4326 = extractvalue { float, float, float, float } %4324, 1
	%4327 = extractvalue { float, float, float, float } %4324, 2
	%4328 = extractvalue { float, float, float, float } %4324, 3
	br i1 %3092, label %loop, label %epilogue

store0:
	%4329 = mul i32 %11, %M
	%4330 = add i32 %4329, %1918
	%4331 = mul i32 %4330, 128
	%4332 = shl i32 %7, 1
	%4333 = add i32 0, %4332
	%4334 = add i32 %4331, %4333
	%4335 = sext i32 %4334 to i64
	%4336 = getelementptr i16, i16* %out, i64 %4335
	%4337 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1920, float %1919)
	%4338 = bitcast i16* %4336 to i32*
	store i32 %4337, i32* %4338
	%4339 = shl i32 %7, 1
	%4340 = add i32 8, %4339
	%4341 = add i32 %4331, %4340
	%4342 = sext i32 %4341 to i64
	%4343 = getelementptr i16, i16* %out, i64 %4342
	%4344 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1922, float %1921)
	%4345 = bitcast i16* %4343 to i32*
	store i32 %4344, i32* %4345
	%4346 = shl i32 %7, 1
	%4347 = add i32 16, %4346
	%4348 = add i32 %4331, %4347
	%4349 = sext i32 %4348 to i64
	%4350 = getelementptr i16, i16* %out, i64 %4349
	%4351 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1924, float %1923)
	%4352 = bitcast i16* %4350 to i32*
	store i32 %4351, i32* %4352
	%4353 = shl i32 %7, 1
	%4354 = add i32 24, %4353
	%4355 = add i32 %4331, %4354
	%4356 = sext i32 %4355 to i64
	%4357 = getelementptr i16, i16* %out, i64 %4356
	%4358 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1926, float %1925)
	%4359 = bitcast i16* %4357 to i32*
	store i32 %4358, i32* %4359
	%4360 = shl i32 %7, 1
	%4361 = add i32 32, %4360
	%4362 = add i32 %4331, %4361
	%4363 = sext i32 %4362 to i64
	%4364 = getelementptr i16, i16* %out, i64 %4363
	%4365 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1928, float %1927)
	%4366 = bitcast i16* %4364 to i32*
	store i32 %4365, i32* %4366
	%4367 = shl i32 %7, 1
	%4368 = add i32 40, %4367
	%4369 = add i32 %4331, %4368
	%4370 = sext i32 %4369 to i64
	%4371 = getelementptr i16, i16* %out, i64 %4370
	%4372 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1930, float %1929)
	%4373 = bitcast i16* %4371 to i32*
	store i32 %4372, i32* %4373
	%4374 = shl i32 %7, 1
	%4375 = add i32 48, %4374
	%4376 = add i32 %4331, %4375
	%4377 = sext i32 %4376 to i64
	%4378 = getelementptr i16, i16* %out, i64 %4377
	%4379 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1932, float %1931)
	%4380 = bitcast i16* %4378 to i32*
	store i32 %4379, i32* %4380
	%4381 = shl i32 %7, 1
	%4382 = add i32 56, %4381
	%4383 = add i32 %4331, %4382
	%4384 = sext i32 %4383 to i64
	%4385 = getelementptr i16, i16* %out, i64 %4384
	%4386 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1934, float %1933)
	%4387 = bitcast i16* %4385 to i32*
	store i32 %4386, i32* %4387
	%4388 = shl i32 %7, 1
	%4389 = add i32 64, %4388
	%4390 = add i32 %4331, %4389
	%4391 = sext i32 %4390 to i64
	%4392 = getelementptr i16, i16* %out, i64 %4391
	%4393 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1936, float %1935)
	%4394 = bitcast i16* %4392 to i32*
	store i32 %4393, i32* %4394
	%4395 = shl i32 %7, 1
	%4396 = add i32 72, %4395
	%4397 = add i32 %4331, %4396
	%4398 = sext i32 %4397 to i64
	%4399 = getelementptr i16, i16* %out, i64 %4398
	%4400 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1938, float %1937)
	%4401 = bitcast i16* %4399 to i32*
	store i32 %4400, i32* %4401
	%4402 = shl i32 %7, 1
	%4403 = add i32 80, %4402
	%4404 = add i32 %4331, %4403
	%4405 = sext i32 %4404 to i64
	%4406 = getelementptr i16, i16* %out, i64 %4405
	%4407 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1940, float %1939)
	%4408 = bitcast i16* %4406 to i32*
	store i32 %4407, i32* %4408
	%4409 = shl i32 %7, 1
	%4410 = add i32 88, %4409
	%4411 = add i32 %4331, %4410
	%4412 = sext i32 %4411 to i64
	%4413 = getelementptr i16, i16* %out, i64 %4412
	%4414 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1942, float %1941)
	%4415 = bitcast i16* %4413 to i32*
	store i32 %4414, i32* %4415
	%4416 = shl i32 %7, 1
	%4417 = add i32 96, %4416
	%4418 = add i32 %4331, %4417
	%4419 = sext i32 %4418 to i64
	%4420 = getelementptr i16, i16* %out, i64 %4419
	%4421 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1944, float %1943)
	%4422 = bitcast i16* %4420 to i32*
	store i32 %4421, i32* %4422
	%4423 = shl i32 %7, 1
	%4424 = add i32 104, %4423
	%4425 = add i32 %4331, %4424
	%4426 = sext i32 %4425 to i64
	%4427 = getelementptr i16, i16* %out, i64 %4426
	%4428 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1946, float %1945)
	%4429 = bitcast i16* %4427 to i32*
	store i32 %4428, i32* %4429
	%4430 = shl i32 %7, 1
	%4431 = add i32 112, %4430
	%4432 = add i32 %4331, %4431
	%4433 = sext i32 %4432 to i64
	%4434 = getelementptr i16, i16* %out, i64 %4433
	%4435 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1948, float %1947)
	%4436 = bitcast i16* %4434 to i32*
	store i32 %4435, i32* %4436
	%4437 = shl i32 %7, 1
	%4438 = add i32 120, %4437
	%4439 = add i32 %4331, %4438
	%4440 = sext i32 %4439 to i64
	%4441 = getelementptr i16, i16* %out, i64 %4440
	%4442 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1950, float %1949)
	%4443 = bitcast i16* %4441 to i32*
	store i32 %4442, i32* %4443
	br label %stored0

stored0:
	%4444 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1776, i32 1, i32 31)
	%4445 = fadd float %1776, %4444
	%4446 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %4445, i32 2, i32 31)
	%4447 = fadd float %4445, %4446
	%4448 = fcmp ogt float %4447, 0.0
	%4449 = fdiv float 1.0, %4447
	%4450 = select i1 %4448, float %4449, float 0.0
	%4451 = mul i32 %4, 32
	%4452 = add i32 %13, %4451
	%4453 = add i32 %6, 8
	%4454 = add i32 %4452, %4453
	%4455 = fmul float %1782, %4450
	%4456 = fmul float %1783, %4450
	%4457 = fmul float %1786, %4450
	%4458 = fmul float %1787, %4450
	%4459 = fmul float %1790, %4450
	%4460 = fmul float %1791, %4450
	%4461 = fmul float %1794, %4450
	%4462 = fmul float %1795, %4450
	%4463 = fmul float %1798, %4450
	%4464 = fmul float %1799, %4450
	%4465 = fmul float %1802, %4450
	%4466 = fmul float %1803, %4450
	%4467 = fmul float %1806, %4450
	%4468 = fmul float %1807, %4450
	%4469 = fmul float %1810, %4450
	%4470 = fmul float %1811, %4450
	%4471 = fmul float %1814, %4450
	%4472 = fmul float %1815, %4450
	%4473 = fmul float %1818, %4450
	%4474 = fmul float %1819, %4450
	%4475 = fmul float %1822, %4450
	%4476 = fmul float %1823, %4450
	%4477 = fmul float %1826, %4450
	%4478 = fmul float %1827, %4450
	%4479 = fmul float %1830, %4450
	%4480 = fmul float %1831, %4450
	%4481 = fmul float %1834, %4450
	%4482 = fmul float %1835, %4450
	%4483 = fmul float %1838, %4450
	%4484 = fmul float %1839, %4450
	%4485 = fmul float %1842, %4450
	%4486 = fmul float %1843, %4450
	%4487 = icmp slt i32 %4454, %M
	br i1 %4487, label %store1, label %stored1

store1:
	%4488 = mul i32 %11, %M
	%4489 = add i32 %4488, %4454
	%4490 = mul i32 %4489, 128
	%4491 = shl i32 %7, 1
	%4492 = add i32 0, %4491
	%4493 = add i32 %4490, %4492
	%4494 = sext i32 %4493 to i64
	%4495 = getelementptr i16, i16* %out, i64 %4494
	%4496 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4456, float %4455)
	%4497 = bitcast i16* %4495 to i32*
	store i32 %4496, i32* %4497
	%4498 = shl i32 %7, 1
	%4499 = add i32 8, %4498
	%4500 = add i32 %4490, %4499
	%4501 = sext i32 %4500 to i64
	%4502 = getelementptr i16, i16* %out, i64 %4501
	%4503 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4458, float %4457)
	%4504 = bitcast i16* %4502 to i32*
	store i32 %4503, i32* %4504
	%4505 = shl i32 %7, 1
	%4506 = add i32 16, %4505
	%4507 = add i32 %4490, %4506
	%4508 = sext i32 %4507 to i64
	%4509 = getelementptr i16, i16* %out, i64 %4508
	%4510 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4460, float %4459)
	%4511 = bitcast i16* %4509 to i32*
	store i32 %4510, i32* %4511
	%4512 = shl i32 %7, 1
	%4513 = add i32 24, %4512
	%4514 = add i32 %4490, %4513
	%4515 = sext i32 %4514 to i64
	%4516 = getelementptr i16, i16* %out, i64 %4515
	%4517 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4462, float %4461)
	%4518 = bitcast i16* %4516 to i32*
	store i32 %4517, i32* %4518
	%4519 = shl i32 %7, 1
	%4520 = add i32 32, %4519
	%4521 = add i32 %4490, %4520
	%4522 = sext i32 %4521 to i64
	%4523 = getelementptr i16, i16* %out, i64 %4522
	%4524 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4464, float %4463)
	%4525 = bitcast i16* %4523 to i32*
	store i32 %4524, i32* %4525
	%4526 = shl i32 %7, 1
	%4527 = add i32 40, %4526
	%4528 = add i32 %4490, %4527
	%4529 = sext i32 %4528 to i64
	%4530 = getelementptr i16, i16* %out, i64 %4529
	%4531 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4466, float %4465)
	%4532 = bitcast i16* %4530 to i32*
	store i32 %4531, i32* %4532
	%4533 = shl i32 %7, 1
	%4534 = add i32 48, %4533
	%4535 = add i32 %4490, %4534
	%4536 = sext i32 %4535 to i64
	%4537 = getelementptr i16, i16* %out, i64 %4536
	%4538 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4468, float %4467)
	%4539 = bitcast i16* %4537 to i32*
	store i32 %4538, i32* %4539
	%4540 = shl i32 %7, 1
	%4541 = add i32 56, %4540
	%4542 = add i32 %4490, %4541
	%4543 = sext i32 %4542 to i64
	%4544 = getelementptr i16, i16* %out, i64 %4543
	%4545 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4470, float %4469)
	%4546 = bitcast i16* %4544 to i32*
	store i32 %4545, i32* %4546
	%4547 = shl i32 %7, 1
	%4548 = add i32 64, %4547
	%4549 = add i32 %4490, %4548
	%4550 = sext i32 %4549 to i64
	%4551 = getelementptr i16, i16* %out, i64 %4550
	%4552 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4472, float %4471)
	%4553 = bitcast i16* %4551 to i32*
	store i32 %4552, i32* %4553
	%4554 = shl i32 %7, 1
	%4555 = add i32 72, %4554
	%4556 = add i32 %4490, %4555
	%4557 = sext i32 %4556 to i64
	%4558 = getelementptr i16, i16* %out, i64 %4557
	%4559 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4474, float %4473)
	%4560 = bitcast i16* %4558 to i32*
	store i32 %4559, i32* %4560
	%4561 = shl i32 %7, 1
	%4562 = add i32 80, %4561
	%4563 = add i32 %4490, %4562
	%4564 = sext i32 %4563 to i64
	%4565 = getelementptr i16, i16* %out, i64 %4564
	%4566 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4476, float %4475)
	%4567 = bitcast i16* %4565 to i32*
	store i32 %4566, i32* %4567
	%4568 = shl i32 %7, 1
	%4569 = add i32 88, %4568
	%4570 = add i32 %4490, %4569
	%4571 = sext i32 %4570 to i64
	%4572 = getelementptr i16, i16* %out, i64 %4571
	%4573 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4478, float %4477)
	%4574 = bitcast i16* %4572 to i32*
	store i32 %4573, i32* %4574
	%4575 = shl i32 %7, 1
	%4576 = add i32 96, %4575
	%4577 = add i32 %4490, %4576
	%4578 = sext i32 %4577 to i64
	%4579 = getelementptr i16, i16* %out, i64 %4578
	%4580 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4480, float %4479)
	%4581 = bitcast i16* %4579 to i32*
	store i32 %4580, i32* %4581
	%4582 = shl i32 %7, 1
	%4583 = add i32 104, %4582
	%4584 = add i32 %4490, %4583
	%4585 = sext i32 %4584 to i64
	%4586 = getelementptr i16, i16* %out, i64 %4585
	%4587 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4482, float %4481)
	%4588 = bitcast i16* %4586 to i32*
	store i32 %4587, i32* %4588
	%4589 = shl i32 %7, 1
	%4590 = add i32 112, %4589
	%4591 = add i32 %4490, %4590
	%4592 = sext i32 %4591 to i64
	%4593 = getelementptr i16, i16* %out, i64 %4592
	%4594 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4484, float %4483)
	%4595 = bitcast i16* %4593 to i32*
	store i32 %4594, i32* %4595
	%4596 = shl i32 %7, 1
	%4597 = add i32 120, %4596
	%4598 = add i32 %4490, %4597
	%4599 = sext i32 %4598 to i64
	%4600 = getelementptr i16, i16* %out, i64 %4599
	%4601 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %4486, float %4485)
	%4602 = bitcast i16* %4600 to i32*
	store i32 %4601, i32* %4602
	br label %stored1

stored1:
	%4603 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1777, i32 1, i32 31)
	%4604 = fadd float %1777, %4603
	%4605 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %4604, i32 2, i32 31)
	%4606 = fadd float %4604, %4605
	%4607 = fcmp ogt float %4606, 0.0
	%4608 = fdiv float 1.0, %4606
	%4609 = select i1 %4607, float %4608, float 0.0
	%4610 = mul i32 %4, 32
	%4611 = add i32 %13, %4610
	%4612 = add i32 %6, 16
	%4613 = add i32 %4611, %4612
	%4614 = fmul float %1844, %4609
	%4615 = fmul float %1845, %4609
	%4616 = fmul float %1848, %4609
	%4617 = fmul float %1849, %4609
	%4618 = fmul float %1852, %4609
	%4619 = fmul float %1853, %4609
	%4620 = fmul float %1856, %4609
	%4621 = fmul float %1857, %4609
	%4622 = fmul float %1860, %4609
	%4623 = fmul float %1861, %4609
	%4624 = fmul float %1864, %4609
	%4625 = fmul float %1865, %4609
	%4626 = fmul float %1868, %4609
	%4627 = fmul float %1869, %4609
	%4628 = fmul float %1872, %4609
	%4629 = fmul float %1873, %4609
	%4630 = fmul float %1876, %4609
	%4631 = fmul float %1877, %4609
	%4632 = fmul float %1880, %4609
	%4633 = fmul float %1881, %4609
	%4634 = fmul float %1884, %4609
	%4635 = fmul float %1885, %4609
	%4636 = fmul float %1888, %4609
	%4637 = fmul float %1889, %4609
	%4638 = fmul float %1892, %4609
	%4639 = fmul float %1893, %4609
	%4640 = fmul float %1896, %4609
	%4641 = fmul float %1897, %4609
	%4642 = fmul float %1900, %4609
	%4643 = fmul float %1901, %4609
	%4644 = fmul float %1904, %4609
	%4645 = fmul float %1905, %4609
	%4646 = icmp slt i32 %4613, %M
	br i1 %4646, label %store2, label %stored2

store2:
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
	br label %stored2

stored2:
	%4762 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1778, i32 1, i32 31)
	%4763 = fadd float %1778, %4762
	%4764 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %4763, i32 2, i32 31)
	%4765 = fadd float %4763, %4764
	%4766 = fcmp ogt float %4765, 0.0
	%4767 = fdiv float 1.0, %4765
	%4768 = select i1 %4766, float %4767, float 0.0
	%4769 = mul i32 %4, 32
	%4770 = add i32 %13, %4769
	%4771 = add i32 %6, 24
	%4772 = add i32 %4770, %4771
	%4773 = fmul float %1846, %4768
	%4774 = fmul float %1847, %4768
	%4775 = fmul float %1850, %4768
	%4776 = fmul float %1851, %4768
	%4777 = fmul float %1854, %4768
	%4778 = fmul float %1855, %4768
	%4779 = fmul float %1858, %4768
	%4780 = fmul float %1859, %4768
	%4781 = fmul float %1862, %4768
	%4782 = fmul float %1863, %4768
	%4783 = fmul float %1866, %4768
	%4784 = fmul float %1867, %4768
	%4785 = fmul float %1870, %4768
	%4786 = fmul float %1871, %4768
	%4787 = fmul float %1874, %4768
	%4788 = fmul float %1875, %4768
	%4789 = fmul float %1878, %4768
	%4790 = fmul float %1879, %4768
	%4791 = fmul float %1882, %4768
	%4792 = fmul float %1883, %4768
	%4793 = fmul float %1886, %4768
	%4794 = fmul float %1887, %4768
	%4795 = fmul float %1890, %4768
	%4796 = fmul float %1891, %4768
	%4797 = fmul float %1894, %4768
	%4798 = fmul float %1895, %4768
	%4799 = fmul float %1898, %4768
	%4800 = fmul float %1899, %4768
	%4801 = fmul float %1902, %4768
	%4802 = fmul float %1903, %4768
	%4803 = fmul float %1906, %4768
	%4804 = fmul float %1907, %4768
	%4805 = icmp slt i32 %4772, %M
	br i1 %4805, label %store3, label %stored3

store3:
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

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0}
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @prefill_attn0, !"maxntidx", i32 64}
