define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i32* %perm, i32 %NS, i32 %segment, i32* %visits) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @$K_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x4000
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%4 = lshr i32 %3, 5
	%5 = and i32 %3, 31
	%6 = lshr i32 %5, 2
	%7 = and i32 %5, 3
	%8 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%9 = mul i32 %8, %NQ
	%10 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%11 = add i32 %9, %10
	%12 = mul i32 %hg, %NQ
	%13 = udiv i32 %11, %12
	%14 = urem i32 %11, %12
	%15 = mul i32 %13, %hg
	%16 = sub i32 %H, %15
	%17 = icmp slt i32 %hg, %16
	%18 = select i1 %17, i32 %hg, i32 %16
	%19 = sub i32 %NQ, 1
	%20 = udiv i32 %14, %18
	%21 = sub i32 %19, %20
	%22 = urem i32 %14, %18
	%23 = add i32 %15, %22
	%24 = sdiv i32 %23, %group
	%25 = mul i32 %21, 64
	%26 = mul i32 %23, %M
	%27 = mul i32 %26, 64
	%28 = sext i32 %27 to i64
	%29 = getelementptr i16, i16* %q, i64 %28
	%30 = mul i32 %24, %N
	%31 = mul i32 %30, 64
	%32 = sext i32 %31 to i64
	%33 = getelementptr i16, i16* %k, i64 %32
	%34 = mul i32 %24, %N
	%35 = mul i32 %34, 64
	%36 = sext i32 %35 to i64
	%37 = getelementptr i16, i16* %v, i64 %36
	%38 = udiv i32 %23, %lh
	%39 = mul i32 %38, %NQ
	%40 = add i32 %39, %21
	%41 = mul i32 %40, 2
	%42 = mul i32 %41, %NK
	%43 = mul i32 %23, %ch
	%44 = mul i32 %43, %NQ
	%45 = add i32 %44, %21
	%46 = mul i32 %45, %NK
	%47 = sdiv i32 %25, %segment
	%48 = mul i32 %23, %NS
	%49 = add i32 %48, %47
	%50 = mul i32 %49, %N
	%51 = sext i32 %50 to i64
	%52 = getelementptr i32, i32* %perm, i64 %51
	%53 = add i32 %42, 0
	%54 = sext i32 %53 to i64
	%55 = getelementptr i32, i32* %list, i64 %54
	%56 = load i32, i32* %55
	%57 = icmp sgt i32 %NK, 0
	%58 = icmp sge i32 %56, 0
	%59 = and i1 %57, %58
	%60 = lshr i32 %3, 3
	%61 = and i32 %3, 7
	%62 = and i32 %60, 7
	%63 = xor i32 %61, %62
	%64 = mul i32 %60, 8
	%65 = add i32 %64, %63
	%66 = shl i32 %65, 4
	%67 = add i32 %2, %66
	%68 = add i32 %25, %60
	%69 = mul i32 %68, 64
	%70 = mul i32 %61, 8
	%71 = add i32 %69, %70
	%72 = sext i32 %71 to i64
	%73 = getelementptr i16, i16* %29, i64 %72
	%74 = add i32 %68, 0
	%75 = icmp slt i32 %74, %M
	%76 = getelementptr i16, i16* %73, i64 0
	%77 = select i1 %75, i16* %76, i16* %29
	%78 = add i32 %67, 0
	%79 = select i1 %75, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %78, i16* %77, i32 %79)
	%80 = add i32 %68, 8
	%81 = icmp slt i32 %80, %M
	%82 = getelementptr i16, i16* %73, i64 512
	%83 = select i1 %81, i16* %82, i16* %29
	%84 = add i32 %67, 1024
	%85 = select i1 %81, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %84, i16* %83, i32 %85)
	%86 = add i32 %68, 16
	%87 = icmp slt i32 %86, %M
	%88 = getelementptr i16, i16* %73, i64 1024
	%89 = select i1 %87, i16* %88, i16* %29
	%90 = add i32 %67, 2048
	%91 = select i1 %87, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %90, i16* %89, i32 %91)
	%92 = add i32 %68, 24
	%93 = icmp slt i32 %92, %M
	%94 = getelementptr i16, i16* %73, i64 1536
	%95 = select i1 %93, i16* %94, i16* %29
	%96 = add i32 %67, 3072
	%97 = select i1 %93, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %96, i16* %95, i32 %97)
	%98 = add i32 %68, 32
	%99 = icmp slt i32 %98, %M
	%100 = getelementptr i16, i16* %73, i64 2048
	%101 = select i1 %99, i16* %100, i16* %29
	%102 = add i32 %67, u0x1000
	%103 = select i1 %99, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %102, i16* %101, i32 %103)
	%104 = add i32 %68, 40
	%105 = icmp slt i32 %104, %M
	%106 = getelementptr i16, i16* %73, i64 2560
	%107 = select i1 %105, i16* %106, i16* %29
	%108 = add i32 %67, 5120
	%109 = select i1 %105, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %108, i16* %107, i32 %109)
	%110 = add i32 %68, 48
	%111 = icmp slt i32 %110, %M
	%112 = getelementptr i16, i16* %73, i64 3072
	%113 = select i1 %111, i16* %112, i16* %29
	%114 = add i32 %67, 6144
	%115 = select i1 %111, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %114, i16* %113, i32 %115)
	%116 = add i32 %68, 56
	%117 = icmp slt i32 %116, %M
	%118 = getelementptr i16, i16* %73, i64 3584
	%119 = select i1 %117, i16* %118, i16* %29
	%120 = add i32 %67, 7168
	%121 = select i1 %117, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %120, i16* %119, i32 %121)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %59, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%122 = and i32 %5, 7
	%123 = lshr i32 %5, 3
	%124 = and i32 %123, 1
	%125 = shl i32 %124, 3
	%126 = add i32 %122, %125
	%127 = lshr i32 %5, 4
	%128 = mul i32 %4, 32
	%129 = add i32 %126, 0
	%130 = add i32 %128, %129
	%131 = mul i32 %130, 128
	%132 = add i32 %2, %131
	%133 = and i32 %5, 7
	%134 = xor i32 %127, %133
	%135 = shl i32 %134, 4
	%136 = add i32 %132, %135
	%137 = mul i32 %4, 32
	%138 = add i32 %126, 16
	%139 = add i32 %137, %138
	%140 = mul i32 %139, 128
	%141 = add i32 %2, %140
	%142 = and i32 %5, 7
	%143 = xor i32 %127, %142
	%144 = shl i32 %143, 4
	%145 = add i32 %141, %144
	%146 = mul i32 %56, 64
	%147 = lshr i32 %3, 3
	%148 = add i32 %146, %147
	%149 = add i32 %148, 0
	%150 = icmp slt i32 %149, %N
	%151 = select i1 %150, i32 %149, i32 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i32, i32* %52, i64 %152
	%154 = load i32, i32* %153
	%155 = add i32 %148, 8
	%156 = icmp slt i32 %155, %N
	%157 = select i1 %156, i32 %155, i32 0
	%158 = sext i32 %157 to i64
	%159 = getelementptr i32, i32* %52, i64 %158
	%160 = load i32, i32* %159
	%161 = add i32 %148, 16
	%162 = icmp slt i32 %161, %N
	%163 = select i1 %162, i32 %161, i32 0
	%164 = sext i32 %163 to i64
	%165 = getelementptr i32, i32* %52, i64 %164
	%166 = load i32, i32* %165
	%167 = add i32 %148, 24
	%168 = icmp slt i32 %167, %N
	%169 = select i1 %168, i32 %167, i32 0
	%170 = sext i32 %169 to i64
	%171 = getelementptr i32, i32* %52, i64 %170
	%172 = load i32, i32* %171
	%173 = add i32 %148, 32
	%174 = icmp slt i32 %173, %N
	%175 = select i1 %174, i32 %173, i32 0
	%176 = sext i32 %175 to i64
	%177 = getelementptr i32, i32* %52, i64 %176
	%178 = load i32, i32* %177
	%179 = add i32 %148, 40
	%180 = icmp slt i32 %179, %N
	%181 = select i1 %180, i32 %179, i32 0
	%182 = sext i32 %181 to i64
	%183 = getelementptr i32, i32* %52, i64 %182
	%184 = load i32, i32* %183
	%185 = add i32 %148, 48
	%186 = icmp slt i32 %185, %N
	%187 = select i1 %186, i32 %185, i32 0
	%188 = sext i32 %187 to i64
	%189 = getelementptr i32, i32* %52, i64 %188
	%190 = load i32, i32* %189
	%191 = add i32 %148, 56
	%192 = icmp slt i32 %191, %N
	%193 = select i1 %192, i32 %191, i32 0
	%194 = sext i32 %193 to i64
	%195 = getelementptr i32, i32* %52, i64 %194
	%196 = load i32, i32* %195
	%197 = mul i32 %56, 64
	%198 = lshr i32 %3, 3
	%199 = and i32 %3, 7
	%200 = and i32 %198, 7
	%201 = xor i32 %199, %200
	%202 = mul i32 %198, 8
	%203 = add i32 %202, %201
	%204 = shl i32 %203, 4
	%205 = add i32 %0, %204
	%206 = add i32 %197, %198
	%207 = add i32 %206, 0
	%208 = icmp slt i32 %207, %N
	%209 = mul i32 %154, 64
	%210 = mul i32 %199, 8
	%211 = add i32 %209, %210
	%212 = sext i32 %211 to i64
	%213 = getelementptr i16, i16* %33, i64 %212
	%214 = add i32 %205, 0
	%215 = select i1 %208, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %214, i16* %213, i32 %215)
	%216 = add i32 %206, 8
	%217 = icmp slt i32 %216, %N
	%218 = mul i32 %160, 64
	%219 = mul i32 %199, 8
	%220 = add i32 %218, %219
	%221 = sext i32 %220 to i64
	%222 = getelementptr i16, i16* %33, i64 %221
	%223 = add i32 %205, 1024
	%224 = select i1 %217, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %223, i16* %222, i32 %224)
	%225 = add i32 %206, 16
	%226 = icmp slt i32 %225, %N
	%227 = mul i32 %166, 64
	%228 = mul i32 %199, 8
	%229 = add i32 %227, %228
	%230 = sext i32 %229 to i64
	%231 = getelementptr i16, i16* %33, i64 %230
	%232 = add i32 %205, 2048
	%233 = select i1 %226, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %232, i16* %231, i32 %233)
	%234 = add i32 %206, 24
	%235 = icmp slt i32 %234, %N
	%236 = mul i32 %172, 64
	%237 = mul i32 %199, 8
	%238 = add i32 %236, %237
	%239 = sext i32 %238 to i64
	%240 = getelementptr i16, i16* %33, i64 %239
	%241 = add i32 %205, 3072
	%242 = select i1 %235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %241, i16* %240, i32 %242)
	%243 = add i32 %206, 32
	%244 = icmp slt i32 %243, %N
	%245 = mul i32 %178, 64
	%246 = mul i32 %199, 8
	%247 = add i32 %245, %246
	%248 = sext i32 %247 to i64
	%249 = getelementptr i16, i16* %33, i64 %248
	%250 = add i32 %205, u0x1000
	%251 = select i1 %244, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %250, i16* %249, i32 %251)
	%252 = add i32 %206, 40
	%253 = icmp slt i32 %252, %N
	%254 = mul i32 %184, 64
	%255 = mul i32 %199, 8
	%256 = add i32 %254, %255
	%257 = sext i32 %256 to i64
	%258 = getelementptr i16, i16* %33, i64 %257
	%259 = add i32 %205, 5120
	%260 = select i1 %253, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %259, i16* %258, i32 %260)
	%261 = add i32 %206, 48
	%262 = icmp slt i32 %261, %N
	%263 = mul i32 %190, 64
	%264 = mul i32 %199, 8
	%265 = add i32 %263, %264
	%266 = sext i32 %265 to i64
	%267 = getelementptr i16, i16* %33, i64 %266
	%268 = add i32 %205, 6144
	%269 = select i1 %262, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %268, i16* %267, i32 %269)
	%270 = add i32 %206, 56
	%271 = icmp slt i32 %270, %N
	%272 = mul i32 %196, 64
	%273 = mul i32 %199, 8
	%274 = add i32 %272, %273
	%275 = sext i32 %274 to i64
	%276 = getelementptr i16, i16* %33, i64 %275
	%277 = add i32 %205, 7168
	%278 = select i1 %271, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %277, i16* %276, i32 %278)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%279 = phi i32 [ 0, %prologue ], [ %2626, %pv ]
	%280 = phi i32 [ %56, %prologue ], [ %2633, %pv ]
	%281 = phi float [ 0.0, %prologue ], [ %3176, %pv ]
	%282 = phi float [ 0.0, %prologue ], [ %3177, %pv ]
	%283 = phi float [ 0.0, %prologue ], [ %3178, %pv ]
	%284 = phi float [ 0.0, %prologue ], [ %3179, %pv ]
	%285 = phi float [ 0.0, %prologue ], [ %3181, %pv ]
	%286 = phi float [ 0.0, %prologue ], [ %3182, %pv ]
	%287 = phi float [ 0.0, %prologue ], [ %3183, %pv ]
	%288 = phi float [ 0.0, %prologue ], [ %3184, %pv ]
	%289 = phi float [ 0.0, %prologue ], [ %3203, %pv ]
	%290 = phi float [ 0.0, %prologue ], [ %3204, %pv ]
	%291 = phi float [ 0.0, %prologue ], [ %3205, %pv ]
	%292 = phi float [ 0.0, %prologue ], [ %3206, %pv ]
	%293 = phi float [ 0.0, %prologue ], [ %3208, %pv ]
	%294 = phi float [ 0.0, %prologue ], [ %3209, %pv ]
	%295 = phi float [ 0.0, %prologue ], [ %3210, %pv ]
	%296 = phi float [ 0.0, %prologue ], [ %3211, %pv ]
	%297 = phi float [ 0.0, %prologue ], [ %3230, %pv ]
	%298 = phi float [ 0.0, %prologue ], [ %3231, %pv ]
	%299 = phi float [ 0.0, %prologue ], [ %3232, %pv ]
	%300 = phi float [ 0.0, %prologue ], [ %3233, %pv ]
	%301 = phi float [ 0.0, %prologue ], [ %3235, %pv ]
	%302 = phi float [ 0.0, %prologue ], [ %3236, %pv ]
	%303 = phi float [ 0.0, %prologue ], [ %3237, %pv ]
	%304 = phi float [ 0.0, %prologue ], [ %3238, %pv ]
	%305 = phi float [ 0.0, %prologue ], [ %3257, %pv ]
	%306 = phi float [ 0.0, %prologue ], [ %3258, %pv ]
	%307 = phi float [ 0.0, %prologue ], [ %3259, %pv ]
	%308 = phi float [ 0.0, %prologue ], [ %3260, %pv ]
	%309 = phi float [ 0.0, %prologue ], [ %3262, %pv ]
	%310 = phi float [ 0.0, %prologue ], [ %3263, %pv ]
	%311 = phi float [ 0.0, %prologue ], [ %3264, %pv ]
	%312 = phi float [ 0.0, %prologue ], [ %3265, %pv ]
	%313 = phi float [ 0.0, %prologue ], [ %3186, %pv ]
	%314 = phi float [ 0.0, %prologue ], [ %3187, %pv ]
	%315 = phi float [ 0.0, %prologue ], [ %3188, %pv ]
	%316 = phi float [ 0.0, %prologue ], [ %3189, %pv ]
	%317 = phi float [ 0.0, %prologue ], [ %3191, %pv ]
	%318 = phi float [ 0.0, %prologue ], [ %3192, %pv ]
	%319 = phi float [ 0.0, %prologue ], [ %3193, %pv ]
	%320 = phi float [ 0.0, %prologue ], [ %3194, %pv ]
	%321 = phi float [ 0.0, %prologue ], [ %3213, %pv ]
	%322 = phi float [ 0.0, %prologue ], [ %3214, %pv ]
	%323 = phi float [ 0.0, %prologue ], [ %3215, %pv ]
	%324 = phi float [ 0.0, %prologue ], [ %3216, %pv ]
	%325 = phi float [ 0.0, %prologue ], [ %3218, %pv ]
	%326 = phi float [ 0.0, %prologue ], [ %3219, %pv ]
	%327 = phi float [ 0.0, %prologue ], [ %3220, %pv ]
	%328 = phi float [ 0.0, %prologue ], [ %3221, %pv ]
	%329 = phi float [ 0.0, %prologue ], [ %3240, %pv ]
	%330 = phi float [ 0.0, %prologue ], [ %3241, %pv ]
	%331 = phi float [ 0.0, %prologue ], [ %3242, %pv ]
	%332 = phi float [ 0.0, %prologue ], [ %3243, %pv ]
	%333 = phi float [ 0.0, %prologue ], [ %3245, %pv ]
	%334 = phi float [ 0.0, %prologue ], [ %3246, %pv ]
	%335 = phi float [ 0.0, %prologue ], [ %3247, %pv ]
	%336 = phi float [ 0.0, %prologue ], [ %3248, %pv ]
	%337 = phi float [ 0.0, %prologue ], [ %3267, %pv ]
	%338 = phi float [ 0.0, %prologue ], [ %3268, %pv ]
	%339 = phi float [ 0.0, %prologue ], [ %3269, %pv ]
	%340 = phi float [ 0.0, %prologue ], [ %3270, %pv ]
	%341 = phi float [ 0.0, %prologue ], [ %3272, %pv ]
	%342 = phi float [ 0.0, %prologue ], [ %3273, %pv ]
	%343 = phi float [ 0.0, %prologue ], [ %3274, %pv ]
	%344 = phi float [ 0.0, %prologue ], [ %3275, %pv ]
	%345 = phi float [ 0xFFF0000000000000, %prologue ], [ %2316, %pv ]
	%346 = phi float [ 0.0, %prologue ], [ %2367, %pv ]
	%347 = phi float [ 0xFFF0000000000000, %prologue ], [ %2368, %pv ]
	%348 = phi float [ 0.0, %prologue ], [ %2419, %pv ]
	%349 = phi float [ 0xFFF0000000000000, %prologue ], [ %2420, %pv ]
	%350 = phi float [ 0.0, %prologue ], [ %2471, %pv ]
	%351 = phi float [ 0xFFF0000000000000, %prologue ], [ %2472, %pv ]
	%352 = phi float [ 0.0, %prologue ], [ %2523, %pv ]
	%353 = phi i32 [ %154, %prologue ], [ %2644, %pv ]
	%354 = phi i32 [ %160, %prologue ], [ %2650, %pv ]
	%355 = phi i32 [ %166, %prologue ], [ %2656, %pv ]
	%356 = phi i32 [ %172, %prologue ], [ %2662, %pv ]
	%357 = phi i32 [ %178, %prologue ], [ %2668, %pv ]
	%358 = phi i32 [ %184, %prologue ], [ %2674, %pv ]
	%359 = phi i32 [ %190, %prologue ], [ %2680, %pv ]
	%360 = phi i32 [ %196, %prologue ], [ %2686, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%361 = mul i32 %280, 64
	%362 = lshr i32 %3, 3
	%363 = and i32 %3, 7
	%364 = and i32 %362, 7
	%365 = xor i32 %363, %364
	%366 = mul i32 %362, 8
	%367 = add i32 %366, %365
	%368 = shl i32 %367, 4
	%369 = add i32 %1, %368
	%370 = add i32 %361, %362
	%371 = add i32 %370, 0
	%372 = icmp slt i32 %371, %N
	%373 = mul i32 %353, 64
	%374 = mul i32 %363, 8
	%375 = add i32 %373, %374
	%376 = sext i32 %375 to i64
	%377 = getelementptr i16, i16* %37, i64 %376
	%378 = add i32 %369, 0
	%379 = select i1 %372, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %378, i16* %377, i32 %379)
	%380 = add i32 %370, 8
	%381 = icmp slt i32 %380, %N
	%382 = mul i32 %354, 64
	%383 = mul i32 %363, 8
	%384 = add i32 %382, %383
	%385 = sext i32 %384 to i64
	%386 = getelementptr i16, i16* %37, i64 %385
	%387 = add i32 %369, 1024
	%388 = select i1 %381, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %387, i16* %386, i32 %388)
	%389 = add i32 %370, 16
	%390 = icmp slt i32 %389, %N
	%391 = mul i32 %355, 64
	%392 = mul i32 %363, 8
	%393 = add i32 %391, %392
	%394 = sext i32 %393 to i64
	%395 = getelementptr i16, i16* %37, i64 %394
	%396 = add i32 %369, 2048
	%397 = select i1 %390, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %396, i16* %395, i32 %397)
	%398 = add i32 %370, 24
	%399 = icmp slt i32 %398, %N
	%400 = mul i32 %356, 64
	%401 = mul i32 %363, 8
	%402 = add i32 %400, %401
	%403 = sext i32 %402 to i64
	%404 = getelementptr i16, i16* %37, i64 %403
	%405 = add i32 %369, 3072
	%406 = select i1 %399, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %405, i16* %404, i32 %406)
	%407 = add i32 %370, 32
	%408 = icmp slt i32 %407, %N
	%409 = mul i32 %357, 64
	%410 = mul i32 %363, 8
	%411 = add i32 %409, %410
	%412 = sext i32 %411 to i64
	%413 = getelementptr i16, i16* %37, i64 %412
	%414 = add i32 %369, u0x1000
	%415 = select i1 %408, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %414, i16* %413, i32 %415)
	%416 = add i32 %370, 40
	%417 = icmp slt i32 %416, %N
	%418 = mul i32 %358, 64
	%419 = mul i32 %363, 8
	%420 = add i32 %418, %419
	%421 = sext i32 %420 to i64
	%422 = getelementptr i16, i16* %37, i64 %421
	%423 = add i32 %369, 5120
	%424 = select i1 %417, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %423, i16* %422, i32 %424)
	%425 = add i32 %370, 48
	%426 = icmp slt i32 %425, %N
	%427 = mul i32 %359, 64
	%428 = mul i32 %363, 8
	%429 = add i32 %427, %428
	%430 = sext i32 %429 to i64
	%431 = getelementptr i16, i16* %37, i64 %430
	%432 = add i32 %369, 6144
	%433 = select i1 %426, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %432, i16* %431, i32 %433)
	%434 = add i32 %370, 56
	%435 = icmp slt i32 %434, %N
	%436 = mul i32 %360, 64
	%437 = mul i32 %363, 8
	%438 = add i32 %436, %437
	%439 = sext i32 %438 to i64
	%440 = getelementptr i16, i16* %37, i64 %439
	%441 = add i32 %369, 7168
	%442 = select i1 %435, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %441, i16* %440, i32 %442)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%443 = xor i32 %136, 0
	%444 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %443)
	%445 = extractvalue { i32, i32, i32, i32 } %444, 0
	%446 = extractvalue { i32, i32, i32, i32 } %444, 1
	%447 = extractvalue { i32, i32, i32, i32 } %444, 2
	%448 = extractvalue { i32, i32, i32, i32 } %444, 3
	%449 = xor i32 %136, 32
	%450 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %449)
	%451 = extractvalue { i32, i32, i32, i32 } %450, 0
	%452 = extractvalue { i32, i32, i32, i32 } %450, 1
	%453 = extractvalue { i32, i32, i32, i32 } %450, 2
	%454 = extractvalue { i32, i32, i32, i32 } %450, 3
	%455 = xor i32 %136, 64
	%456 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %455)
	%457 = extractvalue { i32, i32, i32, i32 } %456, 0
	%458 = extractvalue { i32, i32, i32, i32 } %456, 1
	%459 = extractvalue { i32, i32, i32, i32 } %456, 2
	%460 = extractvalue { i32, i32, i32, i32 } %456, 3
	%461 = xor i32 %136, 96
	%462 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %461)
	%463 = extractvalue { i32, i32, i32, i32 } %462, 0
	%464 = extractvalue { i32, i32, i32, i32 } %462, 1
	%465 = extractvalue { i32, i32, i32, i32 } %462, 2
	%466 = extractvalue { i32, i32, i32, i32 } %462, 3
	%467 = xor i32 %145, 0
	%468 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %467)
	%469 = extractvalue { i32, i32, i32, i32 } %468, 0
	%470 = extractvalue { i32, i32, i32, i32 } %468, 1
	%471 = extractvalue { i32, i32, i32, i32 } %468, 2
	%472 = extractvalue { i32, i32, i32, i32 } %468, 3
	%473 = xor i32 %145, 32
	%474 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %473)
	%475 = extractvalue { i32, i32, i32, i32 } %474, 0
	%476 = extractvalue { i32, i32, i32, i32 } %474, 1
	%477 = extractvalue { i32, i32, i32, i32 } %474, 2
	%478 = extractvalue { i32, i32, i32, i32 } %474, 3
	%479 = xor i32 %145, 64
	%480 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %479)
	%481 = extractvalue { i32, i32, i32, i32 } %480, 0
	%482 = extractvalue { i32, i32, i32, i32 } %480, 1
	%483 = extractvalue { i32, i32, i32, i32 } %480, 2
	%484 = extractvalue { i32, i32, i32, i32 } %480, 3
	%485 = xor i32 %145, 96
	%486 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %485)
	%487 = extractvalue { i32, i32, i32, i32 } %486, 0
	%488 = extractvalue { i32, i32, i32, i32 } %486, 1
	%489 = extractvalue { i32, i32, i32, i32 } %486, 2
	%490 = extractvalue { i32, i32, i32, i32 } %486, 3
	%491 = and i32 %5, 7
	%492 = shl i32 %127, 3
	%493 = add i32 %491, %492
	%494 = lshr i32 %5, 3
	%495 = and i32 %494, 1
	%496 = mul i32 %493, 128
	%497 = add i32 %0, %496
	%498 = and i32 %5, 7
	%499 = xor i32 %495, %498
	%500 = shl i32 %499, 4
	%501 = add i32 %497, %500
	%502 = xor i32 %501, 0
	%503 = add i32 %502, 0
	%504 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %503)
	%505 = extractvalue { i32, i32, i32, i32 } %504, 0
	%506 = extractvalue { i32, i32, i32, i32 } %504, 1
	%507 = extractvalue { i32, i32, i32, i32 } %504, 2
	%508 = extractvalue { i32, i32, i32, i32 } %504, 3
	%509 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %505, i32 %506, float 0.0, float 0.0, float 0.0, float 0.0)
	%510 = extractvalue { float, float, float, float } %509, 0
	%511 = extractvalue { float, float, float, float } %509, 1
	%512 = extractvalue { float, float, float, float } %509, 2
	%513 = extractvalue { float, float, float, float } %509, 3
	%514 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %507, i32 %508, float 0.0, float 0.0, float 0.0, float 0.0)
	%515 = extractvalue { float, float, float, float } %514, 0
	%516 = extractvalue { float, float, float, float } %514, 1
	%517 = extractvalue { float, float, float, float } %514, 2
	%518 = extractvalue { float, float, float, float } %514, 3
	%519 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %505, i32 %506, float 0.0, float 0.0, float 0.0, float 0.0)
	%520 = extractvalue { float, float, float, float } %519, 0
	%521 = extractvalue { float, float, float, float } %519, 1
	%522 = extractvalue { float, float, float, float } %519, 2
	%523 = extractvalue { float, float, float, float } %519, 3
	%524 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %507, i32 %508, float 0.0, float 0.0, float 0.0, float 0.0)
	%525 = extractvalue { float, float, float, float } %524, 0
	%526 = extractvalue { float, float, float, float } %524, 1
	%527 = extractvalue { float, float, float, float } %524, 2
	%528 = extractvalue { float, float, float, float } %524, 3
	%529 = add i32 %502, 2048
	%530 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %529)
	%531 = extractvalue { i32, i32, i32, i32 } %530, 0
	%532 = extractvalue { i32, i32, i32, i32 } %530, 1
	%533 = extractvalue { i32, i32, i32, i32 } %530, 2
	%534 = extractvalue { i32, i32, i32, i32 } %530, 3
	%535 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %531, i32 %532, float 0.0, float 0.0, float 0.0, float 0.0)
	%536 = extractvalue { float, float, float, float } %535, 0
	%537 = extractvalue { float, float, float, float } %535, 1
	%538 = extractvalue { float, float, float, float } %535, 2
	%539 = extractvalue { float, float, float, float } %535, 3
	%540 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %533, i32 %534, float 0.0, float 0.0, float 0.0, float 0.0)
	%541 = extractvalue { float, float, float, float } %540, 0
	%542 = extractvalue { float, float, float, float } %540, 1
	%543 = extractvalue { float, float, float, float } %540, 2
	%544 = extractvalue { float, float, float, float } %540, 3
	%545 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %531, i32 %532, float 0.0, float 0.0, float 0.0, float 0.0)
	%546 = extractvalue { float, float, float, float } %545, 0
	%547 = extractvalue { float, float, float, float } %545, 1
	%548 = extractvalue { float, float, float, float } %545, 2
	%549 = extractvalue { float, float, float, float } %545, 3
	%550 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %533, i32 %534, float 0.0, float 0.0, float 0.0, float 0.0)
	%551 = extractvalue { float, float, float, float } %550, 0
	%552 = extractvalue { float, float, float, float } %550, 1
	%553 = extractvalue { float, float, float, float } %550, 2
	%554 = extractvalue { float, float, float, float } %550, 3
	%555 = add i32 %502, u0x1000
	%556 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %555)
	%557 = extractvalue { i32, i32, i32, i32 } %556, 0
	%558 = extractvalue { i32, i32, i32, i32 } %556, 1
	%559 = extractvalue { i32, i32, i32, i32 } %556, 2
	%560 = extractvalue { i32, i32, i32, i32 } %556, 3
	%561 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %557, i32 %558, float 0.0, float 0.0, float 0.0, float 0.0)
	%562 = extractvalue { float, float, float, float } %561, 0
	%563 = extractvalue { float, float, float, float } %561, 1
	%564 = extractvalue { float, float, float, float } %561, 2
	%565 = extractvalue { float, float, float, float } %561, 3
	%566 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %559, i32 %560, float 0.0, float 0.0, float 0.0, float 0.0)
	%567 = extractvalue { float, float, float, float } %566, 0
	%568 = extractvalue { float, float, float, float } %566, 1
	%569 = extractvalue { float, float, float, float } %566, 2
	%570 = extractvalue { float, float, float, float } %566, 3
	%571 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %557, i32 %558, float 0.0, float 0.0, float 0.0, float 0.0)
	%572 = extractvalue { float, float, float, float } %571, 0
	%573 = extractvalue { float, float, float, float } %571, 1
	%574 = extractvalue { float, float, float, float } %571, 2
	%575 = extractvalue { float, float, float, float } %571, 3
	%576 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %559, i32 %560, float 0.0, float 0.0, float 0.0, float 0.0)
	%577 = extractvalue { float, float, float, float } %576, 0
	%578 = extractvalue { float, float, float, float } %576, 1
	%579 = extractvalue { float, float, float, float } %576, 2
	%580 = extractvalue { float, float, float, float } %576, 3
	%581 = add i32 %502, 6144
	%582 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %581)
	%583 = extractvalue { i32, i32, i32, i32 } %582, 0
	%584 = extractvalue { i32, i32, i32, i32 } %582, 1
	%585 = extractvalue { i32, i32, i32, i32 } %582, 2
	%586 = extractvalue { i32, i32, i32, i32 } %582, 3
	%587 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %583, i32 %584, float 0.0, float 0.0, float 0.0, float 0.0)
	%588 = extractvalue { float, float, float, float } %587, 0
	%589 = extractvalue { float, float, float, float } %587, 1
	%590 = extractvalue { float, float, float, float } %587, 2
	%591 = extractvalue { float, float, float, float } %587, 3
	%592 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %445, i32 %446, i32 %447, i32 %448, i32 %585, i32 %586, float 0.0, float 0.0, float 0.0, float 0.0)
	%593 = extractvalue { float, float, float, float } %592, 0
	%594 = extractvalue { float, float, float, float } %592, 1
	%595 = extractvalue { float, float, float, float } %592, 2
	%596 = extractvalue { float, float, float, float } %592, 3
	%597 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %583, i32 %584, float 0.0, float 0.0, float 0.0, float 0.0)
	%598 = extractvalue { float, float, float, float } %597, 0
	%599 = extractvalue { float, float, float, float } %597, 1
	%600 = extractvalue { float, float, float, float } %597, 2
	%601 = extractvalue { float, float, float, float } %597, 3
	%602 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %585, i32 %586, float 0.0, float 0.0, float 0.0, float 0.0)
	%603 = extractvalue { float, float, float, float } %602, 0
	%604 = extractvalue { float, float, float, float } %602, 1
	%605 = extractvalue { float, float, float, float } %602, 2
	%606 = extractvalue { float, float, float, float } %602, 3
	%607 = xor i32 %501, 32
	%608 = add i32 %607, 0
	%609 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %608)
	%610 = extractvalue { i32, i32, i32, i32 } %609, 0
	%611 = extractvalue { i32, i32, i32, i32 } %609, 1
	%612 = extractvalue { i32, i32, i32, i32 } %609, 2
	%613 = extractvalue { i32, i32, i32, i32 } %609, 3
	%614 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %610, i32 %611, float %510, float %511, float %512, float %513)
	%615 = extractvalue { float, float, float, float } %614, 0
	%616 = extractvalue { float, float, float, float } %614, 1
	%617 = extractvalue { float, float, float, float } %614, 2
	%618 = extractvalue { float, float, float, float } %614, 3
	%619 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %612, i32 %613, float %515, float %516, float %517, float %518)
	%620 = extractvalue { float, float, float, float } %619, 0
	%621 = extractvalue { float, float, float, float } %619, 1
	%622 = extractvalue { float, float, float, float } %619, 2
	%623 = extractvalue { float, float, float, float } %619, 3
	%624 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %610, i32 %611, float %520, float %521, float %522, float %523)
	%625 = extractvalue { float, float, float, float } %624, 0
	%626 = extractvalue { float, float, float, float } %624, 1
	%627 = extractvalue { float, float, float, float } %624, 2
	%628 = extractvalue { float, float, float, float } %624, 3
	%629 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %612, i32 %613, float %525, float %526, float %527, float %528)
	%630 = extractvalue { float, float, float, float } %629, 0
	%631 = extractvalue { float, float, float, float } %629, 1
	%632 = extractvalue { float, float, float, float } %629, 2
	%633 = extractvalue { float, float, float, float } %629, 3
	%634 = add i32 %607, 2048
	%635 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %634)
	%636 = extractvalue { i32, i32, i32, i32 } %635, 0
	%637 = extractvalue { i32, i32, i32, i32 } %635, 1
	%638 = extractvalue { i32, i32, i32, i32 } %635, 2
	%639 = extractvalue { i32, i32, i32, i32 } %635, 3
	%640 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %636, i32 %637, float %536, float %537, float %538, float %539)
	%641 = extractvalue { float, float, float, float } %640, 0
	%642 = extractvalue { float, float, float, float } %640, 1
	%643 = extractvalue { float, float, float, float } %640, 2
	%644 = extractvalue { float, float, float, float } %640, 3
	%645 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %638, i32 %639, float %541, float %542, float %543, float %544)
	%646 = extractvalue { float, float, float, float } %645, 0
	%647 = extractvalue { float, float, float, float } %645, 1
	%648 = extractvalue { float, float, float, float } %645, 2
	%649 = extractvalue { float, float, float, float } %645, 3
	%650 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %636, i32 %637, float %546, float %547, float %548, float %549)
	%651 = extractvalue { float, float, float, float } %650, 0
	%652 = extractvalue { float, float, float, float } %650, 1
	%653 = extractvalue { float, float, float, float } %650, 2
	%654 = extractvalue { float, float, float, float } %650, 3
	%655 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %638, i32 %639, float %551, float %552, float %553, float %554)
	%656 = extractvalue { float, float, float, float } %655, 0
	%657 = extractvalue { float, float, float, float } %655, 1
	%658 = extractvalue { float, float, float, float } %655, 2
	%659 = extractvalue { float, float, float, float } %655, 3
	%660 = add i32 %607, u0x1000
	%661 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %660)
	%662 = extractvalue { i32, i32, i32, i32 } %661, 0
	%663 = extractvalue { i32, i32, i32, i32 } %661, 1
	%664 = extractvalue { i32, i32, i32, i32 } %661, 2
	%665 = extractvalue { i32, i32, i32, i32 } %661, 3
	%666 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %662, i32 %663, float %562, float %563, float %564, float %565)
	%667 = extractvalue { float, float, float, float } %666, 0
	%668 = extractvalue { float, float, float, float } %666, 1
	%669 = extractvalue { float, float, float, float } %666, 2
	%670 = extractvalue { float, float, float, float } %666, 3
	%671 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %664, i32 %665, float %567, float %568, float %569, float %570)
	%672 = extractvalue { float, float, float, float } %671, 0
	%673 = extractvalue { float, float, float, float } %671, 1
	%674 = extractvalue { float, float, float, float } %671, 2
	%675 = extractvalue { float, float, float, float } %671, 3
	%676 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %662, i32 %663, float %572, float %573, float %574, float %575)
	%677 = extractvalue { float, float, float, float } %676, 0
	%678 = extractvalue { float, float, float, float } %676, 1
	%679 = extractvalue { float, float, float, float } %676, 2
	%680 = extractvalue { float, float, float, float } %676, 3
	%681 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %664, i32 %665, float %577, float %578, float %579, float %580)
	%682 = extractvalue { float, float, float, float } %681, 0
	%683 = extractvalue { float, float, float, float } %681, 1
	%684 = extractvalue { float, float, float, float } %681, 2
	%685 = extractvalue { float, float, float, float } %681, 3
	%686 = add i32 %607, 6144
	%687 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %686)
	%688 = extractvalue { i32, i32, i32, i32 } %687, 0
	%689 = extractvalue { i32, i32, i32, i32 } %687, 1
	%690 = extractvalue { i32, i32, i32, i32 } %687, 2
	%691 = extractvalue { i32, i32, i32, i32 } %687, 3
	%692 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %688, i32 %689, float %588, float %589, float %590, float %591)
	%693 = extractvalue { float, float, float, float } %692, 0
	%694 = extractvalue { float, float, float, float } %692, 1
	%695 = extractvalue { float, float, float, float } %692, 2
	%696 = extractvalue { float, float, float, float } %692, 3
	%697 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %451, i32 %452, i32 %453, i32 %454, i32 %690, i32 %691, float %593, float %594, float %595, float %596)
	%698 = extractvalue { float, float, float, float } %697, 0
	%699 = extractvalue { float, float, float, float } %697, 1
	%700 = extractvalue { float, float, float, float } %697, 2
	%701 = extractvalue { float, float, float, float } %697, 3
	%702 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %688, i32 %689, float %598, float %599, float %600, float %601)
	%703 = extractvalue { float, float, float, float } %702, 0
	%704 = extractvalue { float, float, float, float } %702, 1
	%705 = extractvalue { float, float, float, float } %702, 2
	%706 = extractvalue { float, float, float, float } %702, 3
	%707 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %690, i32 %691, float %603, float %604, float %605, float %606)
	%708 = extractvalue { float, float, float, float } %707, 0
	%709 = extractvalue { float, float, float, float } %707, 1
	%710 = extractvalue { float, float, float, float } %707, 2
	%711 = extractvalue { float, float, float, float } %707, 3
	%712 = xor i32 %501, 64
	%713 = add i32 %712, 0
	%714 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %713)
	%715 = extractvalue { i32, i32, i32, i32 } %714, 0
	%716 = extractvalue { i32, i32, i32, i32 } %714, 1
	%717 = extractvalue { i32, i32, i32, i32 } %714, 2
	%718 = extractvalue { i32, i32, i32, i32 } %714, 3
	%719 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %715, i32 %716, float %615, float %616, float %617, float %618)
	%720 = extractvalue { float, float, float, float } %719, 0
	%721 = extractvalue { float, float, float, float } %719, 1
	%722 = extractvalue { float, float, float, float } %719, 2
	%723 = extractvalue { float, float, float, float } %719, 3
	%724 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %717, i32 %718, float %620, float %621, float %622, float %623)
	%725 = extractvalue { float, float, float, float } %724, 0
	%726 = extractvalue { float, float, float, float } %724, 1
	%727 = extractvalue { float, float, float, float } %724, 2
	%728 = extractvalue { float, float, float, float } %724, 3
	%729 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %715, i32 %716, float %625, float %626, float %627, float %628)
	%730 = extractvalue { float, float, float, float } %729, 0
	%731 = extractvalue { float, float, float, float } %729, 1
	%732 = extractvalue { float, float, float, float } %729, 2
	%733 = extractvalue { float, float, float, float } %729, 3
	%734 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %717, i32 %718, float %630, float %631, float %632, float %633)
	%735 = extractvalue { float, float, float, float } %734, 0
	%736 = extractvalue { float, float, float, float } %734, 1
	%737 = extractvalue { float, float, float, float } %734, 2
	%738 = extractvalue { float, float, float, float } %734, 3
	%739 = add i32 %712, 2048
	%740 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %739)
	%741 = extractvalue { i32, i32, i32, i32 } %740, 0
	%742 = extractvalue { i32, i32, i32, i32 } %740, 1
	%743 = extractvalue { i32, i32, i32, i32 } %740, 2
	%744 = extractvalue { i32, i32, i32, i32 } %740, 3
	%745 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %741, i32 %742, float %641, float %642, float %643, float %644)
	%746 = extractvalue { float, float, float, float } %745, 0
	%747 = extractvalue { float, float, float, float } %745, 1
	%748 = extractvalue { float, float, float, float } %745, 2
	%749 = extractvalue { float, float, float, float } %745, 3
	%750 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %743, i32 %744, float %646, float %647, float %648, float %649)
	%751 = extractvalue { float, float, float, float } %750, 0
	%752 = extractvalue { float, float, float, float } %750, 1
	%753 = extractvalue { float, float, float, float } %750, 2
	%754 = extractvalue { float, float, float, float } %750, 3
	%755 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %741, i32 %742, float %651, float %652, float %653, float %654)
	%756 = extractvalue { float, float, float, float } %755, 0
	%757 = extractvalue { float, float, float, float } %755, 1
	%758 = extractvalue { float, float, float, float } %755, 2
	%759 = extractvalue { float, float, float, float } %755, 3
	%760 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %743, i32 %744, float %656, float %657, float %658, float %659)
	%761 = extractvalue { float, float, float, float } %760, 0
	%762 = extractvalue { float, float, float, float } %760, 1
	%763 = extractvalue { float, float, float, float } %760, 2
	%764 = extractvalue { float, float, float, float } %760, 3
	%765 = add i32 %712, u0x1000
	%766 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %765)
	%767 = extractvalue { i32, i32, i32, i32 } %766, 0
	%768 = extractvalue { i32, i32, i32, i32 } %766, 1
	%769 = extractvalue { i32, i32, i32, i32 } %766, 2
	%770 = extractvalue { i32, i32, i32, i32 } %766, 3
	%771 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %767, i32 %768, float %667, float %668, float %669, float %670)
	%772 = extractvalue { float, float, float, float } %771, 0
	%773 = extractvalue { float, float, float, float } %771, 1
	%774 = extractvalue { float, float, float, float } %771, 2
	%775 = extractvalue { float, float, float, float } %771, 3
	%776 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %769, i32 %770, float %672, float %673, float %674, float %675)
	%777 = extractvalue { float, float, float, float } %776, 0
	%778 = extractvalue { float, float, float, float } %776, 1
	%779 = extractvalue { float, float, float, float } %776, 2
	%780 = extractvalue { float, float, float, float } %776, 3
	%781 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %767, i32 %768, float %677, float %678, float %679, float %680)
	%782 = extractvalue { float, float, float, float } %781, 0
	%783 = extractvalue { float, float, float, float } %781, 1
	%784 = extractvalue { float, float, float, float } %781, 2
	%785 = extractvalue { float, float, float, float } %781, 3
	%786 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %769, i32 %770, float %682, float %683, float %684, float %685)
	%787 = extractvalue { float, float, float, float } %786, 0
	%788 = extractvalue { float, float, float, float } %786, 1
	%789 = extractvalue { float, float, float, float } %786, 2
	%790 = extractvalue { float, float, float, float } %786, 3
	%791 = add i32 %712, 6144
	%792 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %791)
	%793 = extractvalue { i32, i32, i32, i32 } %792, 0
	%794 = extractvalue { i32, i32, i32, i32 } %792, 1
	%795 = extractvalue { i32, i32, i32, i32 } %792, 2
	%796 = extractvalue { i32, i32, i32, i32 } %792, 3
	%797 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %793, i32 %794, float %693, float %694, float %695, float %696)
	%798 = extractvalue { float, float, float, float } %797, 0
	%799 = extractvalue { float, float, float, float } %797, 1
	%800 = extractvalue { float, float, float, float } %797, 2
	%801 = extractvalue { float, float, float, float } %797, 3
	%802 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %457, i32 %458, i32 %459, i32 %460, i32 %795, i32 %796, float %698, float %699, float %700, float %701)
	%803 = extractvalue { float, float, float, float } %802, 0
	%804 = extractvalue { float, float, float, float } %802, 1
	%805 = extractvalue { float, float, float, float } %802, 2
	%806 = extractvalue { float, float, float, float } %802, 3
	%807 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %793, i32 %794, float %703, float %704, float %705, float %706)
	%808 = extractvalue { float, float, float, float } %807, 0
	%809 = extractvalue { float, float, float, float } %807, 1
	%810 = extractvalue { float, float, float, float } %807, 2
	%811 = extractvalue { float, float, float, float } %807, 3
	%812 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %795, i32 %796, float %708, float %709, float %710, float %711)
	%813 = extractvalue { float, float, float, float } %812, 0
	%814 = extractvalue { float, float, float, float } %812, 1
	%815 = extractvalue { float, float, float, float } %812, 2
	%816 = extractvalue { float, float, float, float } %812, 3
	%817 = xor i32 %501, 96
	%818 = add i32 %817, 0
	%819 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %818)
	%820 = extractvalue { i32, i32, i32, i32 } %819, 0
	%821 = extractvalue { i32, i32, i32, i32 } %819, 1
	%822 = extractvalue { i32, i32, i32, i32 } %819, 2
	%823 = extractvalue { i32, i32, i32, i32 } %819, 3
	%824 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %820, i32 %821, float %720, float %721, float %722, float %723)
	%825 = extractvalue { float, float, float, float } %824, 0
	%826 = extractvalue { float, float, float, float } %824, 1
	%827 = extractvalue { float, float, float, float } %824, 2
	%828 = extractvalue { float, float, float, float } %824, 3
	%829 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %822, i32 %823, float %725, float %726, float %727, float %728)
	%830 = extractvalue { float, float, float, float } %829, 0
	%831 = extractvalue { float, float, float, float } %829, 1
	%832 = extractvalue { float, float, float, float } %829, 2
	%833 = extractvalue { float, float, float, float } %829, 3
	%834 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %820, i32 %821, float %730, float %731, float %732, float %733)
	%835 = extractvalue { float, float, float, float } %834, 0
	%836 = extractvalue { float, float, float, float } %834, 1
	%837 = extractvalue { float, float, float, float } %834, 2
	%838 = extractvalue { float, float, float, float } %834, 3
	%839 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %822, i32 %823, float %735, float %736, float %737, float %738)
	%840 = extractvalue { float, float, float, float } %839, 0
	%841 = extractvalue { float, float, float, float } %839, 1
	%842 = extractvalue { float, float, float, float } %839, 2
	%843 = extractvalue { float, float, float, float } %839, 3
	%844 = add i32 %817, 2048
	%845 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %844)
	%846 = extractvalue { i32, i32, i32, i32 } %845, 0
	%847 = extractvalue { i32, i32, i32, i32 } %845, 1
	%848 = extractvalue { i32, i32, i32, i32 } %845, 2
	%849 = extractvalue { i32, i32, i32, i32 } %845, 3
	%850 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %846, i32 %847, float %746, float %747, float %748, float %749)
	%851 = extractvalue { float, float, float, float } %850, 0
	%852 = extractvalue { float, float, float, float } %850, 1
	%853 = extractvalue { float, float, float, float } %850, 2
	%854 = extractvalue { float, float, float, float } %850, 3
	%855 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %848, i32 %849, float %751, float %752, float %753, float %754)
	%856 = extractvalue { float, float, float, float } %855, 0
	%857 = extractvalue { float, float, float, float } %855, 1
	%858 = extractvalue { float, float, float, float } %855, 2
	%859 = extractvalue { float, float, float, float } %855, 3
	%860 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %846, i32 %847, float %756, float %757, float %758, float %759)
	%861 = extractvalue { float, float, float, float } %860, 0
	%862 = extractvalue { float, float, float, float } %860, 1
	%863 = extractvalue { float, float, float, float } %860, 2
	%864 = extractvalue { float, float, float, float } %860, 3
	%865 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %848, i32 %849, float %761, float %762, float %763, float %764)
	%866 = extractvalue { float, float, float, float } %865, 0
	%867 = extractvalue { float, float, float, float } %865, 1
	%868 = extractvalue { float, float, float, float } %865, 2
	%869 = extractvalue { float, float, float, float } %865, 3
	%870 = add i32 %817, u0x1000
	%871 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %870)
	%872 = extractvalue { i32, i32, i32, i32 } %871, 0
	%873 = extractvalue { i32, i32, i32, i32 } %871, 1
	%874 = extractvalue { i32, i32, i32, i32 } %871, 2
	%875 = extractvalue { i32, i32, i32, i32 } %871, 3
	%876 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %872, i32 %873, float %772, float %773, float %774, float %775)
	%877 = extractvalue { float, float, float, float } %876, 0
	%878 = extractvalue { float, float, float, float } %876, 1
	%879 = extractvalue { float, float, float, float } %876, 2
	%880 = extractvalue { float, float, float, float } %876, 3
	%881 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %874, i32 %875, float %777, float %778, float %779, float %780)
	%882 = extractvalue { float, float, float, float } %881, 0
	%883 = extractvalue { float, float, float, float } %881, 1
	%884 = extractvalue { float, float, float, float } %881, 2
	%885 = extractvalue { float, float, float, float } %881, 3
	%886 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %872, i32 %873, float %782, float %783, float %784, float %785)
	%887 = extractvalue { float, float, float, float } %886, 0
	%888 = extractvalue { float, float, float, float } %886, 1
	%889 = extractvalue { float, float, float, float } %886, 2
	%890 = extractvalue { float, float, float, float } %886, 3
	%891 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %874, i32 %875, float %787, float %788, float %789, float %790)
	%892 = extractvalue { float, float, float, float } %891, 0
	%893 = extractvalue { float, float, float, float } %891, 1
	%894 = extractvalue { float, float, float, float } %891, 2
	%895 = extractvalue { float, float, float, float } %891, 3
	%896 = add i32 %817, 6144
	%897 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %896)
	%898 = extractvalue { i32, i32, i32, i32 } %897, 0
	%899 = extractvalue { i32, i32, i32, i32 } %897, 1
	%900 = extractvalue { i32, i32, i32, i32 } %897, 2
	%901 = extractvalue { i32, i32, i32, i32 } %897, 3
	%902 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %898, i32 %899, float %798, float %799, float %800, float %801)
	%903 = extractvalue { float, float, float, float } %902, 0
	%904 = extractvalue { float, float, float, float } %902, 1
	%905 = extractvalue { float, float, float, float } %902, 2
	%906 = extractvalue { float, float, float, float } %902, 3
	%907 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %900, i32 %901, float %803, float %804, float %805, float %806)
	%908 = extractvalue { float, float, float, float } %907, 0
	%909 = extractvalue { float, float, float, float } %907, 1
	%910 = extractvalue { float, float, float, float } %907, 2
	%911 = extractvalue { float, float, float, float } %907, 3
	%912 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %898, i32 %899, float %808, float %809, float %810, float %811)
	%913 = extractvalue { float, float, float, float } %912, 0
	%914 = extractvalue { float, float, float, float } %912, 1
	%915 = extractvalue { float, float, float, float } %912, 2
	%916 = extractvalue { float, float, float, float } %912, 3
	%917 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %900, i32 %901, float %813, float %814, float %815, float %816)
	%918 = extractvalue { float, float, float, float } %917, 0
	%919 = extractvalue { float, float, float, float } %917, 1
	%920 = extractvalue { float, float, float, float } %917, 2
	%921 = extractvalue { float, float, float, float } %917, 3
	%922 = mul i32 %4, 32
	%923 = add i32 %25, %922
	%924 = add i32 %6, 0
	%925 = add i32 %923, %924
	%926 = mul i32 %4, 32
	%927 = add i32 %25, %926
	%928 = add i32 %6, 8
	%929 = add i32 %927, %928
	%930 = mul i32 %4, 32
	%931 = add i32 %25, %930
	%932 = add i32 %6, 16
	%933 = add i32 %931, %932
	%934 = mul i32 %4, 32
	%935 = add i32 %25, %934
	%936 = add i32 %6, 24
	%937 = add i32 %935, %936
	%938 = sitofp i32 %23 to float
	%939 = add i32 %46, %280
	%940 = sext i32 %939 to i64
	%941 = getelementptr i8, i8* %cls, i64 %940
	%942 = load i8, i8* %941
	%943 = icmp ne i8 %942, 2
	br i1 %943, label %partial, label %softmax

epilogue:
	%944 = phi float [ 0.0, %entry ], [ %2367, %pv ]
	%945 = phi float [ 0.0, %entry ], [ %2419, %pv ]
	%946 = phi float [ 0.0, %entry ], [ %2471, %pv ]
	%947 = phi float [ 0.0, %entry ], [ %2523, %pv ]
	%948 = phi i32 [ 0, %entry ], [ %2626, %pv ]
	%949 = phi float [ 0.0, %entry ], [ %3176, %pv ]
	%950 = phi float [ 0.0, %entry ], [ %3177, %pv ]
	%951 = phi float [ 0.0, %entry ], [ %3178, %pv ]
	%952 = phi float [ 0.0, %entry ], [ %3179, %pv ]
	%953 = phi float [ 0.0, %entry ], [ %3181, %pv ]
	%954 = phi float [ 0.0, %entry ], [ %3182, %pv ]
	%955 = phi float [ 0.0, %entry ], [ %3183, %pv ]
	%956 = phi float [ 0.0, %entry ], [ %3184, %pv ]
	%957 = phi float [ 0.0, %entry ], [ %3203, %pv ]
	%958 = phi float [ 0.0, %entry ], [ %3204, %pv ]
	%959 = phi float [ 0.0, %entry ], [ %3205, %pv ]
	%960 = phi float [ 0.0, %entry ], [ %3206, %pv ]
	%961 = phi float [ 0.0, %entry ], [ %3208, %pv ]
	%962 = phi float [ 0.0, %entry ], [ %3209, %pv ]
	%963 = phi float [ 0.0, %entry ], [ %3210, %pv ]
	%964 = phi float [ 0.0, %entry ], [ %3211, %pv ]
	%965 = phi float [ 0.0, %entry ], [ %3230, %pv ]
	%966 = phi float [ 0.0, %entry ], [ %3231, %pv ]
	%967 = phi float [ 0.0, %entry ], [ %3232, %pv ]
	%968 = phi float [ 0.0, %entry ], [ %3233, %pv ]
	%969 = phi float [ 0.0, %entry ], [ %3235, %pv ]
	%970 = phi float [ 0.0, %entry ], [ %3236, %pv ]
	%971 = phi float [ 0.0, %entry ], [ %3237, %pv ]
	%972 = phi float [ 0.0, %entry ], [ %3238, %pv ]
	%973 = phi float [ 0.0, %entry ], [ %3257, %pv ]
	%974 = phi float [ 0.0, %entry ], [ %3258, %pv ]
	%975 = phi float [ 0.0, %entry ], [ %3259, %pv ]
	%976 = phi float [ 0.0, %entry ], [ %3260, %pv ]
	%977 = phi float [ 0.0, %entry ], [ %3262, %pv ]
	%978 = phi float [ 0.0, %entry ], [ %3263, %pv ]
	%979 = phi float [ 0.0, %entry ], [ %3264, %pv ]
	%980 = phi float [ 0.0, %entry ], [ %3265, %pv ]
	%981 = phi float [ 0.0, %entry ], [ %3186, %pv ]
	%982 = phi float [ 0.0, %entry ], [ %3187, %pv ]
	%983 = phi float [ 0.0, %entry ], [ %3188, %pv ]
	%984 = phi float [ 0.0, %entry ], [ %3189, %pv ]
	%985 = phi float [ 0.0, %entry ], [ %3191, %pv ]
	%986 = phi float [ 0.0, %entry ], [ %3192, %pv ]
	%987 = phi float [ 0.0, %entry ], [ %3193, %pv ]
	%988 = phi float [ 0.0, %entry ], [ %3194, %pv ]
	%989 = phi float [ 0.0, %entry ], [ %3213, %pv ]
	%990 = phi float [ 0.0, %entry ], [ %3214, %pv ]
	%991 = phi float [ 0.0, %entry ], [ %3215, %pv ]
	%992 = phi float [ 0.0, %entry ], [ %3216, %pv ]
	%993 = phi float [ 0.0, %entry ], [ %3218, %pv ]
	%994 = phi float [ 0.0, %entry ], [ %3219, %pv ]
	%995 = phi float [ 0.0, %entry ], [ %3220, %pv ]
	%996 = phi float [ 0.0, %entry ], [ %3221, %pv ]
	%997 = phi float [ 0.0, %entry ], [ %3240, %pv ]
	%998 = phi float [ 0.0, %entry ], [ %3241, %pv ]
	%999 = phi float [ 0.0, %entry ], [ %3242, %pv ]
	%1000 = phi float [ 0.0, %entry ], [ %3243, %pv ]
	%1001 = phi float [ 0.0, %entry ], [ %3245, %pv ]
	%1002 = phi float [ 0.0, %entry ], [ %3246, %pv ]
	%1003 = phi float [ 0.0, %entry ], [ %3247, %pv ]
	%1004 = phi float [ 0.0, %entry ], [ %3248, %pv ]
	%1005 = phi float [ 0.0, %entry ], [ %3267, %pv ]
	%1006 = phi float [ 0.0, %entry ], [ %3268, %pv ]
	%1007 = phi float [ 0.0, %entry ], [ %3269, %pv ]
	%1008 = phi float [ 0.0, %entry ], [ %3270, %pv ]
	%1009 = phi float [ 0.0, %entry ], [ %3272, %pv ]
	%1010 = phi float [ 0.0, %entry ], [ %3273, %pv ]
	%1011 = phi float [ 0.0, %entry ], [ %3274, %pv ]
	%1012 = phi float [ 0.0, %entry ], [ %3275, %pv ]
	%1013 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %944, i32 1, i32 31)
	%1014 = fadd float %944, %1013
	%1015 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1014, i32 2, i32 31)
	%1016 = fadd float %1014, %1015
	%1017 = fcmp ogt float %1016, 0.0
	%1018 = fdiv float 1.0, %1016
	%1019 = select i1 %1017, float %1018, float 0.0
	%1020 = mul i32 %4, 32
	%1021 = add i32 %25, %1020
	%1022 = add i32 %6, 0
	%1023 = add i32 %1021, %1022
	%1024 = fmul float %949, %1019
	%1025 = fmul float %950, %1019
	%1026 = fmul float %953, %1019
	%1027 = fmul float %954, %1019
	%1028 = fmul float %957, %1019
	%1029 = fmul float %958, %1019
	%1030 = fmul float %961, %1019
	%1031 = fmul float %962, %1019
	%1032 = fmul float %965, %1019
	%1033 = fmul float %966, %1019
	%1034 = fmul float %969, %1019
	%1035 = fmul float %970, %1019
	%1036 = fmul float %973, %1019
	%1037 = fmul float %974, %1019
	%1038 = fmul float %977, %1019
	%1039 = fmul float %978, %1019
	%1040 = icmp slt i32 %1023, %M
	br i1 %1040, label %store0, label %stored0

partial:
	%1041 = shl i32 %7, 1
	%1042 = add i32 0, %1041
	%1043 = add i32 %361, %1042
	%1044 = icmp slt i32 %1043, %N
	%1045 = select i1 %1044, i32 %1043, i32 0
	%1046 = sitofp i32 %925 to float
	%1047 = sext i32 %1045 to i64
	%1048 = getelementptr i32, i32* %52, i64 %1047
	%1049 = load i32, i32* %1048
	%1050 = sitofp i32 %1049 to float
	%1051 = fcmp ole float %1050, %1046
	%1052 = uitofp i1 %1051 to float
	%1053 = fcmp une float %1052, 0.0
	%1054 = and i1 %1044, %1053
	%1055 = select i1 %1054, float %825, float 0xFFF0000000000000
	%1056 = shl i32 %7, 1
	%1057 = add i32 1, %1056
	%1058 = add i32 %361, %1057
	%1059 = icmp slt i32 %1058, %N
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = sitofp i32 %925 to float
	%1062 = sext i32 %1060 to i64
	%1063 = getelementptr i32, i32* %52, i64 %1062
	%1064 = load i32, i32* %1063
	%1065 = sitofp i32 %1064 to float
	%1066 = fcmp ole float %1065, %1061
	%1067 = uitofp i1 %1066 to float
	%1068 = fcmp une float %1067, 0.0
	%1069 = and i1 %1059, %1068
	%1070 = select i1 %1069, float %826, float 0xFFF0000000000000
	%1071 = shl i32 %7, 1
	%1072 = add i32 0, %1071
	%1073 = add i32 %361, %1072
	%1074 = icmp slt i32 %1073, %N
	%1075 = select i1 %1074, i32 %1073, i32 0
	%1076 = sitofp i32 %929 to float
	%1077 = sext i32 %1075 to i64
	%1078 = getelementptr i32, i32* %52, i64 %1077
	%1079 = load i32, i32* %1078
	%1080 = sitofp i32 %1079 to float
	%1081 = fcmp ole float %1080, %1076
	%1082 = uitofp i1 %1081 to float
	%1083 = fcmp une float %1082, 0.0
	%1084 = and i1 %1074, %1083
	%1085 = select i1 %1084, float %827, float 0xFFF0000000000000
	%1086 = shl i32 %7, 1
	%1087 = add i32 1, %1086
	%1088 = add i32 %361, %1087
	%1089 = icmp slt i32 %1088, %N
	%1090 = select i1 %1089, i32 %1088, i32 0
	%1091 = sitofp i32 %929 to float
	%1092 = sext i32 %1090 to i64
	%1093 = getelementptr i32, i32* %52, i64 %1092
	%1094 = load i32, i32* %1093
	%1095 = sitofp i32 %1094 to float
	%1096 = fcmp ole float %1095, %1091
	%1097 = uitofp i1 %1096 to float
	%1098 = fcmp une float %1097, 0.0
	%1099 = and i1 %1089, %1098
	%1100 = select i1 %1099, float %828, float 0xFFF0000000000000
	%1101 = shl i32 %7, 1
	%1102 = add i32 8, %1101
	%1103 = add i32 %361, %1102
	%1104 = icmp slt i32 %1103, %N
	%1105 = select i1 %1104, i32 %1103, i32 0
	%1106 = sitofp i32 %925 to float
	%1107 = sext i32 %1105 to i64
	%1108 = getelementptr i32, i32* %52, i64 %1107
	%1109 = load i32, i32* %1108
	%1110 = sitofp i32 %1109 to float
	%1111 = fcmp ole float %1110, %1106
	%1112 = uitofp i1 %1111 to float
	%1113 = fcmp une float %1112, 0.0
	%1114 = and i1 %1104, %1113
	%1115 = select i1 %1114, float %830, float 0xFFF0000000000000
	%1116 = shl i32 %7, 1
	%1117 = add i32 9, %1116
	%1118 = add i32 %361, %1117
	%1119 = icmp slt i32 %1118, %N
	%1120 = select i1 %1119, i32 %1118, i32 0
	%1121 = sitofp i32 %925 to float
	%1122 = sext i32 %1120 to i64
	%1123 = getelementptr i32, i32* %52, i64 %1122
	%1124 = load i32, i32* %1123
	%1125 = sitofp i32 %1124 to float
	%1126 = fcmp ole float %1125, %1121
	%1127 = uitofp i1 %1126 to float
	%1128 = fcmp une float %1127, 0.0
	%1129 = and i1 %1119, %1128
	%1130 = select i1 %1129, float %831, float 0xFFF0000000000000
	%1131 = shl i32 %7, 1
	%1132 = add i32 8, %1131
	%1133 = add i32 %361, %1132
	%1134 = icmp slt i32 %1133, %N
	%1135 = select i1 %1134, i32 %1133, i32 0
	%1136 = sitofp i32 %929 to float
	%1137 = sext i32 %1135 to i64
	%1138 = getelementptr i32, i32* %52, i64 %1137
	%1139 = load i32, i32* %1138
	%1140 = sitofp i32 %1139 to float
	%1141 = fcmp ole float %1140, %1136
	%1142 = uitofp i1 %1141 to float
	%1143 = fcmp une float %1142, 0.0
	%1144 = and i1 %1134, %1143
	%1145 = select i1 %1144, float %832, float 0xFFF0000000000000
	%1146 = shl i32 %7, 1
	%1147 = add i32 9, %1146
	%1148 = add i32 %361, %1147
	%1149 = icmp slt i32 %1148, %N
	%1150 = select i1 %1149, i32 %1148, i32 0
	%1151 = sitofp i32 %929 to float
	%1152 = sext i32 %1150 to i64
	%1153 = getelementptr i32, i32* %52, i64 %1152
	%1154 = load i32, i32* %1153
	%1155 = sitofp i32 %1154 to float
	%1156 = fcmp ole float %1155, %1151
	%1157 = uitofp i1 %1156 to float
	%1158 = fcmp une float %1157, 0.0
	%1159 = and i1 %1149, %1158
	%1160 = select i1 %1159, float %833, float 0xFFF0000000000000
	%1161 = shl i32 %7, 1
	%1162 = add i32 16, %1161
	%1163 = add i32 %361, %1162
	%1164 = icmp slt i32 %1163, %N
	%1165 = select i1 %1164, i32 %1163, i32 0
	%1166 = sitofp i32 %925 to float
	%1167 = sext i32 %1165 to i64
	%1168 = getelementptr i32, i32* %52, i64 %1167
	%1169 = load i32, i32* %1168
	%1170 = sitofp i32 %1169 to float
	%1171 = fcmp ole float %1170, %1166
	%1172 = uitofp i1 %1171 to float
	%1173 = fcmp une float %1172, 0.0
	%1174 = and i1 %1164, %1173
	%1175 = select i1 %1174, float %851, float 0xFFF0000000000000
	%1176 = shl i32 %7, 1
	%1177 = add i32 17, %1176
	%1178 = add i32 %361, %1177
	%1179 = icmp slt i32 %1178, %N
	%1180 = select i1 %1179, i32 %1178, i32 0
	%1181 = sitofp i32 %925 to float
	%1182 = sext i32 %1180 to i64
	%1183 = getelementptr i32, i32* %52, i64 %1182
	%1184 = load i32, i32* %1183
	%1185 = sitofp i32 %1184 to float
	%1186 = fcmp ole float %1185, %1181
	%1187 = uitofp i1 %1186 to float
	%1188 = fcmp une float %1187, 0.0
	%1189 = and i1 %1179, %1188
	%1190 = select i1 %1189, float %852, float 0xFFF0000000000000
	%1191 = shl i32 %7, 1
	%1192 = add i32 16, %1191
	%1193 = add i32 %361, %1192
	%1194 = icmp slt i32 %1193, %N
	%1195 = select i1 %1194, i32 %1193, i32 0
	%1196 = sitofp i32 %929 to float
	%1197 = sext i32 %1195 to i64
	%1198 = getelementptr i32, i32* %52, i64 %1197
	%1199 = load i32, i32* %1198
	%1200 = sitofp i32 %1199 to float
	%1201 = fcmp ole float %1200, %1196
	%1202 = uitofp i1 %1201 to float
	%1203 = fcmp une float %1202, 0.0
	%1204 = and i1 %1194, %1203
	%1205 = select i1 %1204, float %853, float 0xFFF0000000000000
	%1206 = shl i32 %7, 1
	%1207 = add i32 17, %1206
	%1208 = add i32 %361, %1207
	%1209 = icmp slt i32 %1208, %N
	%1210 = select i1 %1209, i32 %1208, i32 0
	%1211 = sitofp i32 %929 to float
	%1212 = sext i32 %1210 to i64
	%1213 = getelementptr i32, i32* %52, i64 %1212
	%1214 = load i32, i32* %1213
	%1215 = sitofp i32 %1214 to float
	%1216 = fcmp ole float %1215, %1211
	%1217 = uitofp i1 %1216 to float
	%1218 = fcmp une float %1217, 0.0
	%1219 = and i1 %1209, %1218
	%1220 = select i1 %1219, float %854, float 0xFFF0000000000000
	%1221 = shl i32 %7, 1
	%1222 = add i32 24, %1221
	%1223 = add i32 %361, %1222
	%1224 = icmp slt i32 %1223, %N
	%1225 = select i1 %1224, i32 %1223, i32 0
	%1226 = sitofp i32 %925 to float
	%1227 = sext i32 %1225 to i64
	%1228 = getelementptr i32, i32* %52, i64 %1227
	%1229 = load i32, i32* %1228
	%1230 = sitofp i32 %1229 to float
	%1231 = fcmp ole float %1230, %1226
	%1232 = uitofp i1 %1231 to float
	%1233 = fcmp une float %1232, 0.0
	%1234 = and i1 %1224, %1233
	%1235 = select i1 %1234, float %856, float 0xFFF0000000000000
	%1236 = shl i32 %7, 1
	%1237 = add i32 25, %1236
	%1238 = add i32 %361, %1237
	%1239 = icmp slt i32 %1238, %N
	%1240 = select i1 %1239, i32 %1238, i32 0
	%1241 = sitofp i32 %925 to float
	%1242 = sext i32 %1240 to i64
	%1243 = getelementptr i32, i32* %52, i64 %1242
	%1244 = load i32, i32* %1243
	%1245 = sitofp i32 %1244 to float
	%1246 = fcmp ole float %1245, %1241
	%1247 = uitofp i1 %1246 to float
	%1248 = fcmp une float %1247, 0.0
	%1249 = and i1 %1239, %1248
	%1250 = select i1 %1249, float %857, float 0xFFF0000000000000
	%1251 = shl i32 %7, 1
	%1252 = add i32 24, %1251
	%1253 = add i32 %361, %1252
	%1254 = icmp slt i32 %1253, %N
	%1255 = select i1 %1254, i32 %1253, i32 0
	%1256 = sitofp i32 %929 to float
	%1257 = sext i32 %1255 to i64
	%1258 = getelementptr i32, i32* %52, i64 %1257
	%1259 = load i32, i32* %1258
	%1260 = sitofp i32 %1259 to float
	%1261 = fcmp ole float %1260, %1256
	%1262 = uitofp i1 %1261 to float
	%1263 = fcmp une float %1262, 0.0
	%1264 = and i1 %1254, %1263
	%1265 = select i1 %1264, float %858, float 0xFFF0000000000000
	%1266 = shl i32 %7, 1
	%1267 = add i32 25, %1266
	%1268 = add i32 %361, %1267
	%1269 = icmp slt i32 %1268, %N
	%1270 = select i1 %1269, i32 %1268, i32 0
	%1271 = sitofp i32 %929 to float
	%1272 = sext i32 %1270 to i64
	%1273 = getelementptr i32, i32* %52, i64 %1272
	%1274 = load i32, i32* %1273
	%1275 = sitofp i32 %1274 to float
	%1276 = fcmp ole float %1275, %1271
	%1277 = uitofp i1 %1276 to float
	%1278 = fcmp une float %1277, 0.0
	%1279 = and i1 %1269, %1278
	%1280 = select i1 %1279, float %859, float 0xFFF0000000000000
	%1281 = shl i32 %7, 1
	%1282 = add i32 32, %1281
	%1283 = add i32 %361, %1282
	%1284 = icmp slt i32 %1283, %N
	%1285 = select i1 %1284, i32 %1283, i32 0
	%1286 = sitofp i32 %925 to float
	%1287 = sext i32 %1285 to i64
	%1288 = getelementptr i32, i32* %52, i64 %1287
	%1289 = load i32, i32* %1288
	%1290 = sitofp i32 %1289 to float
	%1291 = fcmp ole float %1290, %1286
	%1292 = uitofp i1 %1291 to float
	%1293 = fcmp une float %1292, 0.0
	%1294 = and i1 %1284, %1293
	%1295 = select i1 %1294, float %877, float 0xFFF0000000000000
	%1296 = shl i32 %7, 1
	%1297 = add i32 33, %1296
	%1298 = add i32 %361, %1297
	%1299 = icmp slt i32 %1298, %N
	%1300 = select i1 %1299, i32 %1298, i32 0
	%1301 = sitofp i32 %925 to float
	%1302 = sext i32 %1300 to i64
	%1303 = getelementptr i32, i32* %52, i64 %1302
	%1304 = load i32, i32* %1303
	%1305 = sitofp i32 %1304 to float
	%1306 = fcmp ole float %1305, %1301
	%1307 = uitofp i1 %1306 to float
	%1308 = fcmp une float %1307, 0.0
	%1309 = and i1 %1299, %1308
	%1310 = select i1 %1309, float %878, float 0xFFF0000000000000
	%1311 = shl i32 %7, 1
	%1312 = add i32 32, %1311
	%1313 = add i32 %361, %1312
	%1314 = icmp slt i32 %1313, %N
	%1315 = select i1 %1314, i32 %1313, i32 0
	%1316 = sitofp i32 %929 to float
	%1317 = sext i32 %1315 to i64
	%1318 = getelementptr i32, i32* %52, i64 %1317
	%1319 = load i32, i32* %1318
	%1320 = sitofp i32 %1319 to float
	%1321 = fcmp ole float %1320, %1316
	%1322 = uitofp i1 %1321 to float
	%1323 = fcmp une float %1322, 0.0
	%1324 = and i1 %1314, %1323
	%1325 = select i1 %1324, float %879, float 0xFFF0000000000000
	%1326 = shl i32 %7, 1
	%1327 = add i32 33, %1326
	%1328 = add i32 %361, %1327
	%1329 = icmp slt i32 %1328, %N
	%1330 = select i1 %1329, i32 %1328, i32 0
	%1331 = sitofp i32 %929 to float
	%1332 = sext i32 %1330 to i64
	%1333 = getelementptr i32, i32* %52, i64 %1332
	%1334 = load i32, i32* %1333
	%1335 = sitofp i32 %1334 to float
	%1336 = fcmp ole float %1335, %1331
	%1337 = uitofp i1 %1336 to float
	%1338 = fcmp une float %1337, 0.0
	%1339 = and i1 %1329, %1338
	%1340 = select i1 %1339, float %880, float 0xFFF0000000000000
	%1341 = shl i32 %7, 1
	%1342 = add i32 40, %1341
	%1343 = add i32 %361, %1342
	%1344 = icmp slt i32 %1343, %N
	%1345 = select i1 %1344, i32 %1343, i32 0
	%1346 = sitofp i32 %925 to float
	%1347 = sext i32 %1345 to i64
	%1348 = getelementptr i32, i32* %52, i64 %1347
	%1349 = load i32, i32* %1348
	%1350 = sitofp i32 %1349 to float
	%1351 = fcmp ole float %1350, %1346
	%1352 = uitofp i1 %1351 to float
	%1353 = fcmp une float %1352, 0.0
	%1354 = and i1 %1344, %1353
	%1355 = select i1 %1354, float %882, float 0xFFF0000000000000
	%1356 = shl i32 %7, 1
	%1357 = add i32 41, %1356
	%1358 = add i32 %361, %1357
	%1359 = icmp slt i32 %1358, %N
	%1360 = select i1 %1359, i32 %1358, i32 0
	%1361 = sitofp i32 %925 to float
	%1362 = sext i32 %1360 to i64
	%1363 = getelementptr i32, i32* %52, i64 %1362
	%1364 = load i32, i32* %1363
	%1365 = sitofp i32 %1364 to float
	%1366 = fcmp ole float %1365, %1361
	%1367 = uitofp i1 %1366 to float
	%1368 = fcmp une float %1367, 0.0
	%1369 = and i1 %1359, %1368
	%1370 = select i1 %1369, float %883, float 0xFFF0000000000000
	%1371 = shl i32 %7, 1
	%1372 = add i32 40, %1371
	%1373 = add i32 %361, %1372
	%1374 = icmp slt i32 %1373, %N
	%1375 = select i1 %1374, i32 %1373, i32 0
	%1376 = sitofp i32 %929 to float
	%1377 = sext i32 %1375 to i64
	%1378 = getelementptr i32, i32* %52, i64 %1377
	%1379 = load i32, i32* %1378
	%1380 = sitofp i32 %1379 to float
	%1381 = fcmp ole float %1380, %1376
	%1382 = uitofp i1 %1381 to float
	%1383 = fcmp une float %1382, 0.0
	%1384 = and i1 %1374, %1383
	%1385 = select i1 %1384, float %884, float 0xFFF0000000000000
	%1386 = shl i32 %7, 1
	%1387 = add i32 41, %1386
	%1388 = add i32 %361, %1387
	%1389 = icmp slt i32 %1388, %N
	%1390 = select i1 %1389, i32 %1388, i32 0
	%1391 = sitofp i32 %929 to float
	%1392 = sext i32 %1390 to i64
	%1393 = getelementptr i32, i32* %52, i64 %1392
	%1394 = load i32, i32* %1393
	%1395 = sitofp i32 %1394 to float
	%1396 = fcmp ole float %1395, %1391
	%1397 = uitofp i1 %1396 to float
	%1398 = fcmp une float %1397, 0.0
	%1399 = and i1 %1389, %1398
	%1400 = select i1 %1399, float %885, float 0xFFF0000000000000
	%1401 = shl i32 %7, 1
	%1402 = add i32 48, %1401
	%1403 = add i32 %361, %1402
	%1404 = icmp slt i32 %1403, %N
	%1405 = select i1 %1404, i32 %1403, i32 0
	%1406 = sitofp i32 %925 to float
	%1407 = sext i32 %1405 to i64
	%1408 = getelementptr i32, i32* %52, i64 %1407
	%1409 = load i32, i32* %1408
	%1410 = sitofp i32 %1409 to float
	%1411 = fcmp ole float %1410, %1406
	%1412 = uitofp i1 %1411 to float
	%1413 = fcmp une float %1412, 0.0
	%1414 = and i1 %1404, %1413
	%1415 = select i1 %1414, float %903, float 0xFFF0000000000000
	%1416 = shl i32 %7, 1
	%1417 = add i32 49, %1416
	%1418 = add i32 %361, %1417
	%1419 = icmp slt i32 %1418, %N
	%1420 = select i1 %1419, i32 %1418, i32 0
	%1421 = sitofp i32 %925 to float
	%1422 = sext i32 %1420 to i64
	%1423 = getelementptr i32, i32* %52, i64 %1422
	%1424 = load i32, i32* %1423
	%1425 = sitofp i32 %1424 to float
	%1426 = fcmp ole float %1425, %1421
	%1427 = uitofp i1 %1426 to float
	%1428 = fcmp une float %1427, 0.0
	%1429 = and i1 %1419, %1428
	%1430 = select i1 %1429, float %904, float 0xFFF0000000000000
	%1431 = shl i32 %7, 1
	%1432 = add i32 48, %1431
	%1433 = add i32 %361, %1432
	%1434 = icmp slt i32 %1433, %N
	%1435 = select i1 %1434, i32 %1433, i32 0
	%1436 = sitofp i32 %929 to float
	%1437 = sext i32 %1435 to i64
	%1438 = getelementptr i32, i32* %52, i64 %1437
	%1439 = load i32, i32* %1438
	%1440 = sitofp i32 %1439 to float
	%1441 = fcmp ole float %1440, %1436
	%1442 = uitofp i1 %1441 to float
	%1443 = fcmp une float %1442, 0.0
	%1444 = and i1 %1434, %1443
	%1445 = select i1 %1444, float %905, float 0xFFF0000000000000
	%1446 = shl i32 %7, 1
	%1447 = add i32 49, %1446
	%1448 = add i32 %361, %1447
	%1449 = icmp slt i32 %1448, %N
	%1450 = select i1 %1449, i32 %1448, i32 0
	%1451 = sitofp i32 %929 to float
	%1452 = sext i32 %1450 to i64
	%1453 = getelementptr i32, i32* %52, i64 %1452
	%1454 = load i32, i32* %1453
	%1455 = sitofp i32 %1454 to float
	%1456 = fcmp ole float %1455, %1451
	%1457 = uitofp i1 %1456 to float
	%1458 = fcmp une float %1457, 0.0
	%1459 = and i1 %1449, %1458
	%1460 = select i1 %1459, float %906, float 0xFFF0000000000000
	%1461 = shl i32 %7, 1
	%1462 = add i32 56, %1461
	%1463 = add i32 %361, %1462
	%1464 = icmp slt i32 %1463, %N
	%1465 = select i1 %1464, i32 %1463, i32 0
	%1466 = sitofp i32 %925 to float
	%1467 = sext i32 %1465 to i64
	%1468 = getelementptr i32, i32* %52, i64 %1467
	%1469 = load i32, i32* %1468
	%1470 = sitofp i32 %1469 to float
	%1471 = fcmp ole float %1470, %1466
	%1472 = uitofp i1 %1471 to float
	%1473 = fcmp une float %1472, 0.0
	%1474 = and i1 %1464, %1473
	%1475 = select i1 %1474, float %908, float 0xFFF0000000000000
	%1476 = shl i32 %7, 1
	%1477 = add i32 57, %1476
	%1478 = add i32 %361, %1477
	%1479 = icmp slt i32 %1478, %N
	%1480 = select i1 %1479, i32 %1478, i32 0
	%1481 = sitofp i32 %925 to float
	%1482 = sext i32 %1480 to i64
	%1483 = getelementptr i32, i32* %52, i64 %1482
	%1484 = load i32, i32* %1483
	%1485 = sitofp i32 %1484 to float
	%1486 = fcmp ole float %1485, %1481
	%1487 = uitofp i1 %1486 to float
	%1488 = fcmp une float %1487, 0.0
	%1489 = and i1 %1479, %1488
	%1490 = select i1 %1489, float %909, float 0xFFF0000000000000
	%1491 = shl i32 %7, 1
	%1492 = add i32 56, %1491
	%1493 = add i32 %361, %1492
	%1494 = icmp slt i32 %1493, %N
	%1495 = select i1 %1494, i32 %1493, i32 0
	%1496 = sitofp i32 %929 to float
	%1497 = sext i32 %1495 to i64
	%1498 = getelementptr i32, i32* %52, i64 %1497
	%1499 = load i32, i32* %1498
	%1500 = sitofp i32 %1499 to float
	%1501 = fcmp ole float %1500, %1496
	%1502 = uitofp i1 %1501 to float
	%1503 = fcmp une float %1502, 0.0
	%1504 = and i1 %1494, %1503
	%1505 = select i1 %1504, float %910, float 0xFFF0000000000000
	%1506 = shl i32 %7, 1
	%1507 = add i32 57, %1506
	%1508 = add i32 %361, %1507
	%1509 = icmp slt i32 %1508, %N
	%1510 = select i1 %1509, i32 %1508, i32 0
	%1511 = sitofp i32 %929 to float
	%1512 = sext i32 %1510 to i64
	%1513 = getelementptr i32, i32* %52, i64 %1512
	%1514 = load i32, i32* %1513
	%1515 = sitofp i32 %1514 to float
	%1516 = fcmp ole float %1515, %1511
	%1517 = uitofp i1 %1516 to float
	%1518 = fcmp une float %1517, 0.0
	%1519 = and i1 %1509, %1518
	%1520 = select i1 %1519, float %911, float 0xFFF0000000000000
	%1521 = shl i32 %7, 1
	%1522 = add i32 0, %1521
	%1523 = add i32 %361, %1522
	%1524 = icmp slt i32 %1523, %N
	%1525 = select i1 %1524, i32 %1523, i32 0
	%1526 = sitofp i32 %933 to float
	%1527 = sext i32 %1525 to i64
	%1528 = getelementptr i32, i32* %52, i64 %1527
	%1529 = load i32, i32* %1528
	%1530 = sitofp i32 %1529 to float
	%1531 = fcmp ole float %1530, %1526
	%1532 = uitofp i1 %1531 to float
	%1533 = fcmp une float %1532, 0.0
	%1534 = and i1 %1524, %1533
	%1535 = select i1 %1534, float %835, float 0xFFF0000000000000
	%1536 = shl i32 %7, 1
	%1537 = add i32 1, %1536
	%1538 = add i32 %361, %1537
	%1539 = icmp slt i32 %1538, %N
	%1540 = select i1 %1539, i32 %1538, i32 0
	%1541 = sitofp i32 %933 to float
	%1542 = sext i32 %1540 to i64
	%1543 = getelementptr i32, i32* %52, i64 %1542
	%1544 = load i32, i32* %1543
	%1545 = sitofp i32 %1544 to float
	%1546 = fcmp ole float %1545, %1541
	%1547 = uitofp i1 %1546 to float
	%1548 = fcmp une float %1547, 0.0
	%1549 = and i1 %1539, %1548
	%1550 = select i1 %1549, float %836, float 0xFFF0000000000000
	%1551 = shl i32 %7, 1
	%1552 = add i32 0, %1551
	%1553 = add i32 %361, %1552
	%1554 = icmp slt i32 %1553, %N
	%1555 = select i1 %1554, i32 %1553, i32 0
	%1556 = sitofp i32 %937 to float
	%1557 = sext i32 %1555 to i64
	%1558 = getelementptr i32, i32* %52, i64 %1557
	%1559 = load i32, i32* %1558
	%1560 = sitofp i32 %1559 to float
	%1561 = fcmp ole float %1560, %1556
	%1562 = uitofp i1 %1561 to float
	%1563 = fcmp une float %1562, 0.0
	%1564 = and i1 %1554, %1563
	%1565 = select i1 %1564, float %837, float 0xFFF0000000000000
	%1566 = shl i32 %7, 1
	%1567 = add i32 1, %1566
	%1568 = add i32 %361, %1567
	%1569 = icmp slt i32 %1568, %N
	%1570 = select i1 %1569, i32 %1568, i32 0
	%1571 = sitofp i32 %937 to float
	%1572 = sext i32 %1570 to i64
	%1573 = getelementptr i32, i32* %52, i64 %1572
	%1574 = load i32, i32* %1573
	%1575 = sitofp i32 %1574 to float
	%1576 = fcmp ole float %1575, %1571
	%1577 = uitofp i1 %1576 to float
	%1578 = fcmp une float %1577, 0.0
	%1579 = and i1 %1569, %1578
	%1580 = select i1 %1579, float %838, float 0xFFF0000000000000
	%1581 = shl i32 %7, 1
	%1582 = add i32 8, %1581
	%1583 = add i32 %361, %1582
	%1584 = icmp slt i32 %1583, %N
	%1585 = select i1 %1584, i32 %1583, i32 0
	%1586 = sitofp i32 %933 to float
	%1587 = sext i32 %1585 to i64
	%1588 = getelementptr i32, i32* %52, i64 %1587
	%1589 = load i32, i32* %1588
	%1590 = sitofp i32 %1589 to float
	%1591 = fcmp ole float %1590, %1586
	%1592 = uitofp i1 %1591 to float
	%1593 = fcmp une float %1592, 0.0
	%1594 = and i1 %1584, %1593
	%1595 = select i1 %1594, float %840, float 0xFFF0000000000000
	%1596 = shl i32 %7, 1
	%1597 = add i32 9, %1596
	%1598 = add i32 %361, %1597
	%1599 = icmp slt i32 %1598, %N
	%1600 = select i1 %1599, i32 %1598, i32 0
	%1601 = sitofp i32 %933 to float
	%1602 = sext i32 %1600 to i64
	%1603 = getelementptr i32, i32* %52, i64 %1602
	%1604 = load i32, i32* %1603
	%1605 = sitofp i32 %1604 to float
	%1606 = fcmp ole float %1605, %1601
	%1607 = uitofp i1 %1606 to float
	%1608 = fcmp une float %1607, 0.0
	%1609 = and i1 %1599, %1608
	%1610 = select i1 %1609, float %841, float 0xFFF0000000000000
	%1611 = shl i32 %7, 1
	%1612 = add i32 8, %1611
	%1613 = add i32 %361, %1612
	%1614 = icmp slt i32 %1613, %N
	%1615 = select i1 %1614, i32 %1613, i32 0
	%1616 = sitofp i32 %937 to float
	%1617 = sext i32 %1615 to i64
	%1618 = getelementptr i32, i32* %52, i64 %1617
	%1619 = load i32, i32* %1618
	%1620 = sitofp i32 %1619 to float
	%1621 = fcmp ole float %1620, %1616
	%1622 = uitofp i1 %1621 to float
	%1623 = fcmp une float %1622, 0.0
	%1624 = and i1 %1614, %1623
	%1625 = select i1 %1624, float %842, float 0xFFF0000000000000
	%1626 = shl i32 %7, 1
	%1627 = add i32 9, %1626
	%1628 = add i32 %361, %1627
	%1629 = icmp slt i32 %1628, %N
	%1630 = select i1 %1629, i32 %1628, i32 0
	%1631 = sitofp i32 %937 to float
	%1632 = sext i32 %1630 to i64
	%1633 = getelementptr i32, i32* %52, i64 %1632
	%1634 = load i32, i32* %1633
	%1635 = sitofp i32 %1634 to float
	%1636 = fcmp ole float %1635, %1631
	%1637 = uitofp i1 %1636 to float
	%1638 = fcmp une float %1637, 0.0
	%1639 = and i1 %1629, %1638
	%1640 = select i1 %1639, float %843, float 0xFFF0000000000000
	%1641 = shl i32 %7, 1
	%1642 = add i32 16, %1641
	%1643 = add i32 %361, %1642
	%1644 = icmp slt i32 %1643, %N
	%1645 = select i1 %1644, i32 %1643, i32 0
	%1646 = sitofp i32 %933 to float
	%1647 = sext i32 %1645 to i64
	%1648 = getelementptr i32, i32* %52, i64 %1647
	%1649 = load i32, i32* %1648
	%1650 = sitofp i32 %1649 to float
	%1651 = fcmp ole float %1650, %1646
	%1652 = uitofp i1 %1651 to float
	%1653 = fcmp une float %1652, 0.0
	%1654 = and i1 %1644, %1653
	%1655 = select i1 %1654, float %861, float 0xFFF0000000000000
	%1656 = shl i32 %7, 1
	%1657 = add i32 17, %1656
	%1658 = add i32 %361, %1657
	%1659 = icmp slt i32 %1658, %N
	%1660 = select i1 %1659, i32 %1658, i32 0
	%1661 = sitofp i32 %933 to float
	%1662 = sext i32 %1660 to i64
	%1663 = getelementptr i32, i32* %52, i64 %1662
	%1664 = load i32, i32* %1663
	%1665 = sitofp i32 %1664 to float
	%1666 = fcmp ole float %1665, %1661
	%1667 = uitofp i1 %1666 to float
	%1668 = fcmp une float %1667, 0.0
	%1669 = and i1 %1659, %1668
	%1670 = select i1 %1669, float %862, float 0xFFF0000000000000
	%1671 = shl i32 %7, 1
	%1672 = add i32 16, %1671
	%1673 = add i32 %361, %1672
	%1674 = icmp slt i32 %1673, %N
	%1675 = select i1 %1674, i32 %1673, i32 0
	%1676 = sitofp i32 %937 to float
	%1677 = sext i32 %1675 to i64
	%1678 = getelementptr i32, i32* %52, i64 %1677
	%1679 = load i32, i32* %1678
	%1680 = sitofp i32 %1679 to float
	%1681 = fcmp ole float %1680, %1676
	%1682 = uitofp i1 %1681 to float
	%1683 = fcmp une float %1682, 0.0
	%1684 = and i1 %1674, %1683
	%1685 = select i1 %1684, float %863, float 0xFFF0000000000000
	%1686 = shl i32 %7, 1
	%1687 = add i32 17, %1686
	%1688 = add i32 %361, %1687
	%1689 = icmp slt i32 %1688, %N
	%1690 = select i1 %1689, i32 %1688, i32 0
	%1691 = sitofp i32 %937 to float
	%1692 = sext i32 %1690 to i64
	%1693 = getelementptr i32, i32* %52, i64 %1692
	%1694 = load i32, i32* %1693
	%1695 = sitofp i32 %1694 to float
	%1696 = fcmp ole float %1695, %1691
	%1697 = uitofp i1 %1696 to float
	%1698 = fcmp une float %1697, 0.0
	%1699 = and i1 %1689, %1698
	%1700 = select i1 %1699, float %864, float 0xFFF0000000000000
	%1701 = shl i32 %7, 1
	%1702 = add i32 24, %1701
	%1703 = add i32 %361, %1702
	%1704 = icmp slt i32 %1703, %N
	%1705 = select i1 %1704, i32 %1703, i32 0
	%1706 = sitofp i32 %933 to float
	%1707 = sext i32 %1705 to i64
	%1708 = getelementptr i32, i32* %52, i64 %1707
	%1709 = load i32, i32* %1708
	%1710 = sitofp i32 %1709 to float
	%1711 = fcmp ole float %1710, %1706
	%1712 = uitofp i1 %1711 to float
	%1713 = fcmp une float %1712, 0.0
	%1714 = and i1 %1704, %1713
	%1715 = select i1 %1714, float %866, float 0xFFF0000000000000
	%1716 = shl i32 %7, 1
	%1717 = add i32 25, %1716
	%1718 = add i32 %361, %1717
	%1719 = icmp slt i32 %1718, %N
	%1720 = select i1 %1719, i32 %1718, i32 0
	%1721 = sitofp i32 %933 to float
	%1722 = sext i32 %1720 to i64
	%1723 = getelementptr i32, i32* %52, i64 %1722
	%1724 = load i32, i32* %1723
	%1725 = sitofp i32 %1724 to float
	%1726 = fcmp ole float %1725, %1721
	%1727 = uitofp i1 %1726 to float
	%1728 = fcmp une float %1727, 0.0
	%1729 = and i1 %1719, %1728
	%1730 = select i1 %1729, float %867, float 0xFFF0000000000000
	%1731 = shl i32 %7, 1
	%1732 = add i32 24, %1731
	%1733 = add i32 %361, %1732
	%1734 = icmp slt i32 %1733, %N
	%1735 = select i1 %1734, i32 %1733, i32 0
	%1736 = sitofp i32 %937 to float
	%1737 = sext i32 %1735 to i64
	%1738 = getelementptr i32, i32* %52, i64 %1737
	%1739 = load i32, i32* %1738
	%1740 = sitofp i32 %1739 to float
	%1741 = fcmp ole float %1740, %1736
	%1742 = uitofp i1 %1741 to float
	%1743 = fcmp une float %1742, 0.0
	%1744 = and i1 %1734, %1743
	%1745 = select i1 %1744, float %868, float 0xFFF0000000000000
	%1746 = shl i32 %7, 1
	%1747 = add i32 25, %1746
	%1748 = add i32 %361, %1747
	%1749 = icmp slt i32 %1748, %N
	%1750 = select i1 %1749, i32 %1748, i32 0
	%1751 = sitofp i32 %937 to float
	%1752 = sext i32 %1750 to i64
	%1753 = getelementptr i32, i32* %52, i64 %1752
	%1754 = load i32, i32* %1753
	%1755 = sitofp i32 %1754 to float
	%1756 = fcmp ole float %1755, %1751
	%1757 = uitofp i1 %1756 to float
	%1758 = fcmp une float %1757, 0.0
	%1759 = and i1 %1749, %1758
	%1760 = select i1 %1759, float %869, float 0xFFF0000000000000
	%1761 = shl i32 %7, 1
	%1762 = add i32 32, %1761
	%1763 = add i32 %361, %1762
	%1764 = icmp slt i32 %1763, %N
	%1765 = select i1 %1764, i32 %1763, i32 0
	%1766 = sitofp i32 %933 to float
	%1767 = sext i32 %1765 to i64
	%1768 = getelementptr i32, i32* %52, i64 %1767
	%1769 = load i32, i32* %1768
	%1770 = sitofp i32 %1769 to float
	%1771 = fcmp ole float %1770, %1766
	%1772 = uitofp i1 %1771 to float
	%1773 = fcmp une float %1772, 0.0
	%1774 = and i1 %1764, %1773
	%1775 = select i1 %1774, float %887, float 0xFFF0000000000000
	%1776 = shl i32 %7, 1
	%1777 = add i32 33, %1776
	%1778 = add i32 %361, %1777
	%1779 = icmp slt i32 %1778, %N
	%1780 = select i1 %1779, i32 %1778, i32 0
	%1781 = sitofp i32 %933 to float
	%1782 = sext i32 %1780 to i64
	%1783 = getelementptr i32, i32* %52, i64 %1782
	%1784 = load i32, i32* %1783
	%1785 = sitofp i32 %1784 to float
	%1786 = fcmp ole float %1785, %1781
	%1787 = uitofp i1 %1786 to float
	%1788 = fcmp une float %1787, 0.0
	%1789 = and i1 %1779, %1788
	%1790 = select i1 %1789, float %888, float 0xFFF0000000000000
	%1791 = shl i32 %7, 1
	%1792 = add i32 32, %1791
	%1793 = add i32 %361, %1792
	%1794 = icmp slt i32 %1793, %N
	%1795 = select i1 %1794, i32 %1793, i32 0
	%1796 = sitofp i32 %937 to float
	%1797 = sext i32 %1795 to i64
	%1798 = getelementptr i32, i32* %52, i64 %1797
	%1799 = load i32, i32* %1798
	%1800 = sitofp i32 %1799 to float
	%1801 = fcmp ole float %1800, %1796
	%1802 = uitofp i1 %1801 to float
	%1803 = fcmp une float %1802, 0.0
	%1804 = and i1 %1794, %1803
	%1805 = select i1 %1804, float %889, float 0xFFF0000000000000
	%1806 = shl i32 %7, 1
	%1807 = add i32 33, %1806
	%1808 = add i32 %361, %1807
	%1809 = icmp slt i32 %1808, %N
	%1810 = select i1 %1809, i32 %1808, i32 0
	%1811 = sitofp i32 %937 to float
	%1812 = sext i32 %1810 to i64
	%1813 = getelementptr i32, i32* %52, i64 %1812
	%1814 = load i32, i32* %1813
	%1815 = sitofp i32 %1814 to float
	%1816 = fcmp ole float %1815, %1811
	%1817 = uitofp i1 %1816 to float
	%1818 = fcmp une float %1817, 0.0
	%1819 = and i1 %1809, %1818
	%1820 = select i1 %1819, float %890, float 0xFFF0000000000000
	%1821 = shl i32 %7, 1
	%1822 = add i32 40, %1821
	%1823 = add i32 %361, %1822
	%1824 = icmp slt i32 %1823, %N
	%1825 = select i1 %1824, i32 %1823, i32 0
	%1826 = sitofp i32 %933 to float
	%1827 = sext i32 %1825 to i64
	%1828 = getelementptr i32, i32* %52, i64 %1827
	%1829 = load i32, i32* %1828
	%1830 = sitofp i32 %1829 to float
	%1831 = fcmp ole float %1830, %1826
	%1832 = uitofp i1 %1831 to float
	%1833 = fcmp une float %1832, 0.0
	%1834 = and i1 %1824, %1833
	%1835 = select i1 %1834, float %892, float 0xFFF0000000000000
	%1836 = shl i32 %7, 1
	%1837 = add i32 41, %1836
	%1838 = add i32 %361, %1837
	%1839 = icmp slt i32 %1838, %N
	%1840 = select i1 %1839, i32 %1838, i32 0
	%1841 = sitofp i32 %933 to float
	%1842 = sext i32 %1840 to i64
	%1843 = getelementptr i32, i32* %52, i64 %1842
	%1844 = load i32, i32* %1843
	%1845 = sitofp i32 %1844 to float
	%1846 = fcmp ole float %1845, %1841
	%1847 = uitofp i1 %1846 to float
	%1848 = fcmp une float %1847, 0.0
	%1849 = and i1 %1839, %1848
	%1850 = select i1 %1849, float %893, float 0xFFF0000000000000
	%1851 = shl i32 %7, 1
	%1852 = add i32 40, %1851
	%1853 = add i32 %361, %1852
	%1854 = icmp slt i32 %1853, %N
	%1855 = select i1 %1854, i32 %1853, i32 0
	%1856 = sitofp i32 %937 to float
	%1857 = sext i32 %1855 to i64
	%1858 = getelementptr i32, i32* %52, i64 %1857
	%1859 = load i32, i32* %1858
	%1860 = sitofp i32 %1859 to float
	%1861 = fcmp ole float %1860, %1856
	%1862 = uitofp i1 %1861 to float
	%1863 = fcmp une float %1862, 0.0
	%1864 = and i1 %1854, %1863
	%1865 = select i1 %1864, float %894, float 0xFFF0000000000000
	%1866 = shl i32 %7, 1
	%1867 = add i32 41, %1866
	%1868 = add i32 %361, %1867
	%1869 = icmp slt i32 %1868, %N
	%1870 = select i1 %1869, i32 %1868, i32 0
	%1871 = sitofp i32 %937 to float
	%1872 = sext i32 %1870 to i64
	%1873 = getelementptr i32, i32* %52, i64 %1872
	%1874 = load i32, i32* %1873
	%1875 = sitofp i32 %1874 to float
	%1876 = fcmp ole float %1875, %1871
	%1877 = uitofp i1 %1876 to float
	%1878 = fcmp une float %1877, 0.0
	%1879 = and i1 %1869, %1878
	%1880 = select i1 %1879, float %895, float 0xFFF0000000000000
	%1881 = shl i32 %7, 1
	%1882 = add i32 48, %1881
	%1883 = add i32 %361, %1882
	%1884 = icmp slt i32 %1883, %N
	%1885 = select i1 %1884, i32 %1883, i32 0
	%1886 = sitofp i32 %933 to float
	%1887 = sext i32 %1885 to i64
	%1888 = getelementptr i32, i32* %52, i64 %1887
	%1889 = load i32, i32* %1888
	%1890 = sitofp i32 %1889 to float
	%1891 = fcmp ole float %1890, %1886
	%1892 = uitofp i1 %1891 to float
	%1893 = fcmp une float %1892, 0.0
	%1894 = and i1 %1884, %1893
	%1895 = select i1 %1894, float %913, float 0xFFF0000000000000
	%1896 = shl i32 %7, 1
	%1897 = add i32 49, %1896
	%1898 = add i32 %361, %1897
	%1899 = icmp slt i32 %1898, %N
	%1900 = select i1 %1899, i32 %1898, i32 0
	%1901 = sitofp i32 %933 to float
	%1902 = sext i32 %1900 to i64
	%1903 = getelementptr i32, i32* %52, i64 %1902
	%1904 = load i32, i32* %1903
	%1905 = sitofp i32 %1904 to float
	%1906 = fcmp ole float %1905, %1901
	%1907 = uitofp i1 %1906 to float
	%1908 = fcmp une float %1907, 0.0
	%1909 = and i1 %1899, %1908
	%1910 = select i1 %1909, float %914, float 0xFFF0000000000000
	%1911 = shl i32 %7, 1
	%1912 = add i32 48, %1911
	%1913 = add i32 %361, %1912
	%1914 = icmp slt i32 %1913, %N
	%1915 = select i1 %1914, i32 %1913, i32 0
	%1916 = sitofp i32 %937 to float
	%1917 = sext i32 %1915 to i64
	%1918 = getelementptr i32, i32* %52, i64 %1917
	%1919 = load i32, i32* %1918
	%1920 = sitofp i32 %1919 to float
	%1921 = fcmp ole float %1920, %1916
	%1922 = uitofp i1 %1921 to float
	%1923 = fcmp une float %1922, 0.0
	%1924 = and i1 %1914, %1923
	%1925 = select i1 %1924, float %915, float 0xFFF0000000000000
	%1926 = shl i32 %7, 1
	%1927 = add i32 49, %1926
	%1928 = add i32 %361, %1927
	%1929 = icmp slt i32 %1928, %N
	%1930 = select i1 %1929, i32 %1928, i32 0
	%1931 = sitofp i32 %937 to float
	%1932 = sext i32 %1930 to i64
	%1933 = getelementptr i32, i32* %52, i64 %1932
	%1934 = load i32, i32* %1933
	%1935 = sitofp i32 %1934 to float
	%1936 = fcmp ole float %1935, %1931
	%1937 = uitofp i1 %1936 to float
	%1938 = fcmp une float %1937, 0.0
	%1939 = and i1 %1929, %1938
	%1940 = select i1 %1939, float %916, float 0xFFF0000000000000
	%1941 = shl i32 %7, 1
	%1942 = add i32 56, %1941
	%1943 = add i32 %361, %1942
	%1944 = icmp slt i32 %1943, %N
	%1945 = select i1 %1944, i32 %1943, i32 0
	%1946 = sitofp i32 %933 to float
	%1947 = sext i32 %1945 to i64
	%1948 = getelementptr i32, i32* %52, i64 %1947
	%1949 = load i32, i32* %1948
	%1950 = sitofp i32 %1949 to float
	%1951 = fcmp ole float %1950, %1946
	%1952 = uitofp i1 %1951 to float
	%1953 = fcmp une float %1952, 0.0
	%1954 = and i1 %1944, %1953
	%1955 = select i1 %1954, float %918, float 0xFFF0000000000000
	%1956 = shl i32 %7, 1
	%1957 = add i32 57, %1956
	%1958 = add i32 %361, %1957
	%1959 = icmp slt i32 %1958, %N
	%1960 = select i1 %1959, i32 %1958, i32 0
	%1961 = sitofp i32 %933 to float
	%1962 = sext i32 %1960 to i64
	%1963 = getelementptr i32, i32* %52, i64 %1962
	%1964 = load i32, i32* %1963
	%1965 = sitofp i32 %1964 to float
	%1966 = fcmp ole float %1965, %1961
	%1967 = uitofp i1 %1966 to float
	%1968 = fcmp une float %1967, 0.0
	%1969 = and i1 %1959, %1968
	%1970 = select i1 %1969, float %919, float 0xFFF0000000000000
	%1971 = shl i32 %7, 1
	%1972 = add i32 56, %1971
	%1973 = add i32 %361, %1972
	%1974 = icmp slt i32 %1973, %N
	%1975 = select i1 %1974, i32 %1973, i32 0
	%1976 = sitofp i32 %937 to float
	%1977 = sext i32 %1975 to i64
	%1978 = getelementptr i32, i32* %52, i64 %1977
	%1979 = load i32, i32* %1978
	%1980 = sitofp i32 %1979 to float
	%1981 = fcmp ole float %1980, %1976
	%1982 = uitofp i1 %1981 to float
	%1983 = fcmp une float %1982, 0.0
	%1984 = and i1 %1974, %1983
	%1985 = select i1 %1984, float %920, float 0xFFF0000000000000
	%1986 = shl i32 %7, 1
	%1987 = add i32 57, %1986
	%1988 = add i32 %361, %1987
	%1989 = icmp slt i32 %1988, %N
	%1990 = select i1 %1989, i32 %1988, i32 0
	%1991 = sitofp i32 %937 to float
	%1992 = sext i32 %1990 to i64
	%1993 = getelementptr i32, i32* %52, i64 %1992
	%1994 = load i32, i32* %1993
	%1995 = sitofp i32 %1994 to float
	%1996 = fcmp ole float %1995, %1991
	%1997 = uitofp i1 %1996 to float
	%1998 = fcmp une float %1997, 0.0
	%1999 = and i1 %1989, %1998
	%2000 = select i1 %1999, float %921, float 0xFFF0000000000000
	br label %softmax

softmax:
	%2001 = phi float [ %825, %loop ], [ %1055, %partial ]
	%2002 = phi float [ %826, %loop ], [ %1070, %partial ]
	%2003 = phi float [ %827, %loop ], [ %1085, %partial ]
	%2004 = phi float [ %828, %loop ], [ %1100, %partial ]
	%2005 = phi float [ %830, %loop ], [ %1115, %partial ]
	%2006 = phi float [ %831, %loop ], [ %1130, %partial ]
	%2007 = phi float [ %832, %loop ], [ %1145, %partial ]
	%2008 = phi float [ %833, %loop ], [ %1160, %partial ]
	%2009 = phi float [ %851, %loop ], [ %1175, %partial ]
	%2010 = phi float [ %852, %loop ], [ %1190, %partial ]
	%2011 = phi float [ %853, %loop ], [ %1205, %partial ]
	%2012 = phi float [ %854, %loop ], [ %1220, %partial ]
	%2013 = phi float [ %856, %loop ], [ %1235, %partial ]
	%2014 = phi float [ %857, %loop ], [ %1250, %partial ]
	%2015 = phi float [ %858, %loop ], [ %1265, %partial ]
	%2016 = phi float [ %859, %loop ], [ %1280, %partial ]
	%2017 = phi float [ %877, %loop ], [ %1295, %partial ]
	%2018 = phi float [ %878, %loop ], [ %1310, %partial ]
	%2019 = phi float [ %879, %loop ], [ %1325, %partial ]
	%2020 = phi float [ %880, %loop ], [ %1340, %partial ]
	%2021 = phi float [ %882, %loop ], [ %1355, %partial ]
	%2022 = phi float [ %883, %loop ], [ %1370, %partial ]
	%2023 = phi float [ %884, %loop ], [ %1385, %partial ]
	%2024 = phi float [ %885, %loop ], [ %1400, %partial ]
	%2025 = phi float [ %903, %loop ], [ %1415, %partial ]
	%2026 = phi float [ %904, %loop ], [ %1430, %partial ]
	%2027 = phi float [ %905, %loop ], [ %1445, %partial ]
	%2028 = phi float [ %906, %loop ], [ %1460, %partial ]
	%2029 = phi float [ %908, %loop ], [ %1475, %partial ]
	%2030 = phi float [ %909, %loop ], [ %1490, %partial ]
	%2031 = phi float [ %910, %loop ], [ %1505, %partial ]
	%2032 = phi float [ %911, %loop ], [ %1520, %partial ]
	%2033 = phi float [ %835, %loop ], [ %1535, %partial ]
	%2034 = phi float [ %836, %loop ], [ %1550, %partial ]
	%2035 = phi float [ %837, %loop ], [ %1565, %partial ]
	%2036 = phi float [ %838, %loop ], [ %1580, %partial ]
	%2037 = phi float [ %840, %loop ], [ %1595, %partial ]
	%2038 = phi float [ %841, %loop ], [ %1610, %partial ]
	%2039 = phi float [ %842, %loop ], [ %1625, %partial ]
	%2040 = phi float [ %843, %loop ], [ %1640, %partial ]
	%2041 = phi float [ %861, %loop ], [ %1655, %partial ]
	%2042 = phi float [ %862, %loop ], [ %1670, %partial ]
	%2043 = phi float [ %863, %loop ], [ %1685, %partial ]
	%2044 = phi float [ %864, %loop ], [ %1700, %partial ]
	%2045 = phi float [ %866, %loop ], [ %1715, %partial ]
	%2046 = phi float [ %867, %loop ], [ %1730, %partial ]
	%2047 = phi float [ %868, %loop ], [ %1745, %partial ]
	%2048 = phi float [ %869, %loop ], [ %1760, %partial ]
	%2049 = phi float [ %887, %loop ], [ %1775, %partial ]
	%2050 = phi float [ %888, %loop ], [ %1790, %partial ]
	%2051 = phi float [ %889, %loop ], [ %1805, %partial ]
	%2052 = phi float [ %890, %loop ], [ %1820, %partial ]
	%2053 = phi float [ %892, %loop ], [ %1835, %partial ]
	%2054 = phi float [ %893, %loop ], [ %1850, %partial ]
	%2055 = phi float [ %894, %loop ], [ %1865, %partial ]
	%2056 = phi float [ %895, %loop ], [ %1880, %partial ]
	%2057 = phi float [ %913, %loop ], [ %1895, %partial ]
	%2058 = phi float [ %914, %loop ], [ %1910, %partial ]
	%2059 = phi float [ %915, %loop ], [ %1925, %partial ]
	%2060 = phi float [ %916, %loop ], [ %1940, %partial ]
	%2061 = phi float [ %918, %loop ], [ %1955, %partial ]
	%2062 = phi float [ %919, %loop ], [ %1970, %partial ]
	%2063 = phi float [ %920, %loop ], [ %1985, %partial ]
	%2064 = phi float [ %921, %loop ], [ %2000, %partial ]
	%2065 = call float @llvm.nvvm.fmax.f(float %2001, float %2002)
	%2066 = call float @llvm.nvvm.fmax.f(float %2005, float %2006)
	%2067 = call float @llvm.nvvm.fmax.f(float %2009, float %2010)
	%2068 = call float @llvm.nvvm.fmax.f(float %2013, float %2014)
	%2069 = call float @llvm.nvvm.fmax.f(float %2017, float %2018)
	%2070 = call float @llvm.nvvm.fmax.f(float %2021, float %2022)
	%2071 = call float @llvm.nvvm.fmax.f(float %2025, float %2026)
	%2072 = call float @llvm.nvvm.fmax.f(float %2029, float %2030)
	%2073 = call float @llvm.nvvm.fmax.f(float %2065, float %2066)
	%2074 = call float @llvm.nvvm.fmax.f(float %2067, float %2068)
	%2075 = call float @llvm.nvvm.fmax.f(float %2069, float %2070)
	%2076 = call float @llvm.nvvm.fmax.f(float %2071, float %2072)
	%2077 = call float @llvm.nvvm.fmax.f(float %2073, float %2074)
	%2078 = call float @llvm.nvvm.fmax.f(float %2075, float %2076)
	%2079 = call float @llvm.nvvm.fmax.f(float %2077, float %2078)
	%2080 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2079, i32 1, i32 31)
	%2081 = call float @llvm.nvvm.fmax.f(float %2079, float %2080)
	%2082 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2081, i32 2, i32 31)
	%2083 = call float @llvm.nvvm.fmax.f(float %2081, float %2082)
	%2084 = fmul float %2083, 0x3FC7154760000000
	%2085 = call float @llvm.nvvm.fmax.f(float %345, float %2084)
	%2086 = fadd float %345, 8.0
	%2087 = fcmp ogt float %2085, %2086
	%2088 = or i1 false, %2087
	%2089 = call float @llvm.nvvm.fmax.f(float %2003, float %2004)
	%2090 = call float @llvm.nvvm.fmax.f(float %2007, float %2008)
	%2091 = call float @llvm.nvvm.fmax.f(float %2011, float %2012)
	%2092 = call float @llvm.nvvm.fmax.f(float %2015, float %2016)
	%2093 = call float @llvm.nvvm.fmax.f(float %2019, float %2020)
	%2094 = call float @llvm.nvvm.fmax.f(float %2023, float %2024)
	%2095 = call float @llvm.nvvm.fmax.f(float %2027, float %2028)
	%2096 = call float @llvm.nvvm.fmax.f(float %2031, float %2032)
	%2097 = call float @llvm.nvvm.fmax.f(float %2089, float %2090)
	%2098 = call float @llvm.nvvm.fmax.f(float %2091, float %2092)
	%2099 = call float @llvm.nvvm.fmax.f(float %2093, float %2094)
	%2100 = call float @llvm.nvvm.fmax.f(float %2095, float %2096)
	%2101 = call float @llvm.nvvm.fmax.f(float %2097, float %2098)
	%2102 = call float @llvm.nvvm.fmax.f(float %2099, float %2100)
	%2103 = call float @llvm.nvvm.fmax.f(float %2101, float %2102)
	%2104 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2103, i32 1, i32 31)
	%2105 = call float @llvm.nvvm.fmax.f(float %2103, float %2104)
	%2106 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2105, i32 2, i32 31)
	%2107 = call float @llvm.nvvm.fmax.f(float %2105, float %2106)
	%2108 = fmul float %2107, 0x3FC7154760000000
	%2109 = call float @llvm.nvvm.fmax.f(float %347, float %2108)
	%2110 = fadd float %347, 8.0
	%2111 = fcmp ogt float %2109, %2110
	%2112 = or i1 %2088, %2111
	%2113 = call float @llvm.nvvm.fmax.f(float %2033, float %2034)
	%2114 = call float @llvm.nvvm.fmax.f(float %2037, float %2038)
	%2115 = call float @llvm.nvvm.fmax.f(float %2041, float %2042)
	%2116 = call float @llvm.nvvm.fmax.f(float %2045, float %2046)
	%2117 = call float @llvm.nvvm.fmax.f(float %2049, float %2050)
	%2118 = call float @llvm.nvvm.fmax.f(float %2053, float %2054)
	%2119 = call float @llvm.nvvm.fmax.f(float %2057, float %2058)
	%2120 = call float @llvm.nvvm.fmax.f(float %2061, float %2062)
	%2121 = call float @llvm.nvvm.fmax.f(float %2113, float %2114)
	%2122 = call float @llvm.nvvm.fmax.f(float %2115, float %2116)
	%2123 = call float @llvm.nvvm.fmax.f(float %2117, float %2118)
	%2124 = call float @llvm.nvvm.fmax.f(float %2119, float %2120)
	%2125 = call float @llvm.nvvm.fmax.f(float %2121, float %2122)
	%2126 = call float @llvm.nvvm.fmax.f(float %2123, float %2124)
	%2127 = call float @llvm.nvvm.fmax.f(float %2125, float %2126)
	%2128 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2127, i32 1, i32 31)
	%2129 = call float @llvm.nvvm.fmax.f(float %2127, float %2128)
	%2130 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2129, i32 2, i32 31)
	%2131 = call float @llvm.nvvm.fmax.f(float %2129, float %2130)
	%2132 = fmul float %2131, 0x3FC7154760000000
	%2133 = call float @llvm.nvvm.fmax.f(float %349, float %2132)
	%2134 = fadd float %349, 8.0
	%2135 = fcmp ogt float %2133, %2134
	%2136 = or i1 %2112, %2135
	%2137 = call float @llvm.nvvm.fmax.f(float %2035, float %2036)
	%2138 = call float @llvm.nvvm.fmax.f(float %2039, float %2040)
	%2139 = call float @llvm.nvvm.fmax.f(float %2043, float %2044)
	%2140 = call float @llvm.nvvm.fmax.f(float %2047, float %2048)
	%2141 = call float @llvm.nvvm.fmax.f(float %2051, float %2052)
	%2142 = call float @llvm.nvvm.fmax.f(float %2055, float %2056)
	%2143 = call float @llvm.nvvm.fmax.f(float %2059, float %2060)
	%2144 = call float @llvm.nvvm.fmax.f(float %2063, float %2064)
	%2145 = call float @llvm.nvvm.fmax.f(float %2137, float %2138)
	%2146 = call float @llvm.nvvm.fmax.f(float %2139, float %2140)
	%2147 = call float @llvm.nvvm.fmax.f(float %2141, float %2142)
	%2148 = call float @llvm.nvvm.fmax.f(float %2143, float %2144)
	%2149 = call float @llvm.nvvm.fmax.f(float %2145, float %2146)
	%2150 = call float @llvm.nvvm.fmax.f(float %2147, float %2148)
	%2151 = call float @llvm.nvvm.fmax.f(float %2149, float %2150)
	%2152 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2151, i32 1, i32 31)
	%2153 = call float @llvm.nvvm.fmax.f(float %2151, float %2152)
	%2154 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2153, i32 2, i32 31)
	%2155 = call float @llvm.nvvm.fmax.f(float %2153, float %2154)
	%2156 = fmul float %2155, 0x3FC7154760000000
	%2157 = call float @llvm.nvvm.fmax.f(float %351, float %2156)
	%2158 = fadd float %351, 8.0
	%2159 = fcmp ogt float %2157, %2158
	%2160 = or i1 %2136, %2159
	%2161 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2160)
	br i1 %2161, label %2162, label %2247

2162:
	%2163 = fcmp oeq float %2085, 0xFFF0000000000000
	%2164 = select i1 %2163, float 0.0, float %2085
	%2165 = fsub float %345, %2164
	%2166 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2165)
	%2167 = fcmp oeq float %2109, 0xFFF0000000000000
	%2168 = select i1 %2167, float 0.0, float %2109
	%2169 = fsub float %347, %2168
	%2170 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2169)
	%2171 = fcmp oeq float %2133, 0xFFF0000000000000
	%2172 = select i1 %2171, float 0.0, float %2133
	%2173 = fsub float %349, %2172
	%2174 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2173)
	%2175 = fcmp oeq float %2157, 0xFFF0000000000000
	%2176 = select i1 %2175, float 0.0, float %2157
	%2177 = fsub float %351, %2176
	%2178 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2177)
	%2179 = fmul float %281, %2166
	%2180 = fmul float %282, %2166
	%2181 = fmul float %283, %2170
	%2182 = fmul float %284, %2170
	%2183 = fmul float %285, %2166
	%2184 = fmul float %286, %2166
	%2185 = fmul float %287, %2170
	%2186 = fmul float %288, %2170
	%2187 = fmul float %289, %2166
	%2188 = fmul float %290, %2166
	%2189 = fmul float %291, %2170
	%2190 = fmul float %292, %2170
	%2191 = fmul float %293, %2166
	%2192 = fmul float %294, %2166
	%2193 = fmul float %295, %2170
	%2194 = fmul float %296, %2170
	%2195 = fmul float %297, %2166
	%2196 = fmul float %298, %2166
	%2197 = fmul float %299, %2170
	%2198 = fmul float %300, %2170
	%2199 = fmul float %301, %2166
	%2200 = fmul float %302, %2166
	%2201 = fmul float %303, %2170
	%2202 = fmul float %304, %2170
	%2203 = fmul float %305, %2166
	%2204 = fmul float %306, %2166
	%2205 = fmul float %307, %2170
	%2206 = fmul float %308, %2170
	%2207 = fmul float %309, %2166
	%2208 = fmul float %310, %2166
	%2209 = fmul float %311, %2170
	%2210 = fmul float %312, %2170
	%2211 = fmul float %313, %2174
	%2212 = fmul float %314, %2174
	%2213 = fmul float %315, %2178
	%2214 = fmul float %316, %2178
	%2215 = fmul float %317, %2174
	%2216 = fmul float %318, %2174
	%2217 = fmul float %319, %2178
	%2218 = fmul float %320, %2178
	%2219 = fmul float %321, %2174
	%2220 = fmul float %322, %2174
	%2221 = fmul float %323, %2178
	%2222 = fmul float %324, %2178
	%2223 = fmul float %325, %2174
	%2224 = fmul float %326, %2174
	%2225 = fmul float %327, %2178
	%2226 = fmul float %328, %2178
	%2227 = fmul float %329, %2174
	%2228 = fmul float %330, %2174
	%2229 = fmul float %331, %2178
	%2230 = fmul float %332, %2178
	%2231 = fmul float %333, %2174
	%2232 = fmul float %334, %2174
	%2233 = fmul float %335, %2178
	%2234 = fmul float %336, %2178
	%2235 = fmul float %337, %2174
	%2236 = fmul float %338, %2174
	%2237 = fmul float %339, %2178
	%2238 = fmul float %340, %2178
	%2239 = fmul float %341, %2174
	%2240 = fmul float %342, %2174
	%2241 = fmul float %343, %2178
	%2242 = fmul float %344, %2178
	%2243 = fmul float %346, %2166
	%2244 = fmul float %348, %2170
	%2245 = fmul float %350, %2174
	%2246 = fmul float %352, %2178
	br label %2247

2247:
	%2248 = phi float [ %281, %softmax ], [ %2179, %2162 ]
	%2249 = phi float [ %282, %softmax ], [ %2180, %2162 ]
	%2250 = phi float [ %283, %softmax ], [ %2181, %2162 ]
	%2251 = phi float [ %284, %softmax ], [ %2182, %2162 ]
	%2252 = phi float [ %285, %softmax ], [ %2183, %2162 ]
	%2253 = phi float [ %286, %softmax ], [ %2184, %2162 ]
	%2254 = phi float [ %287, %softmax ], [ %2185, %2162 ]
	%2255 = phi float [ %288, %softmax ], [ %2186, %2162 ]
	%2256 = phi float [ %289, %softmax ], [ %2187, %2162 ]
	%2257 = phi float [ %290, %softmax ], [ %2188, %2162 ]
	%2258 = phi float [ %291, %softmax ], [ %2189, %2162 ]
	%2259 = phi float [ %292, %softmax ], [ %2190, %2162 ]
	%2260 = phi float [ %293, %softmax ], [ %2191, %2162 ]
	%2261 = phi float [ %294, %softmax ], [ %2192, %2162 ]
	%2262 = phi float [ %295, %softmax ], [ %2193, %2162 ]
	%2263 = phi float [ %296, %softmax ], [ %2194, %2162 ]
	%2264 = phi float [ %297, %softmax ], [ %2195, %2162 ]
	%2265 = phi float [ %298, %softmax ], [ %2196, %2162 ]
	%2266 = phi float [ %299, %softmax ], [ %2197, %2162 ]
	%2267 = phi float [ %300, %softmax ], [ %2198, %2162 ]
	%2268 = phi float [ %301, %softmax ], [ %2199, %2162 ]
	%2269 = phi float [ %302, %softmax ], [ %2200, %2162 ]
	%2270 = phi float [ %303, %softmax ], [ %2201, %2162 ]
	%2271 = phi float [ %304, %softmax ], [ %2202, %2162 ]
	%2272 = phi float [ %305, %softmax ], [ %2203, %2162 ]
	%2273 = phi float [ %306, %softmax ], [ %2204, %2162 ]
	%2274 = phi float [ %307, %softmax ], [ %2205, %2162 ]
	%2275 = phi float [ %308, %softmax ], [ %2206, %2162 ]
	%2276 = phi float [ %309, %softmax ], [ %2207, %2162 ]
	%2277 = phi float [ %310, %softmax ], [ %2208, %2162 ]
	%2278 = phi float [ %311, %softmax ], [ %2209, %2162 ]
	%2279 = phi float [ %312, %softmax ], [ %2210, %2162 ]
	%2280 = phi float [ %313, %softmax ], [ %2211, %2162 ]
	%2281 = phi float [ %314, %softmax ], [ %2212, %2162 ]
	%2282 = phi float [ %315, %softmax ], [ %2213, %2162 ]
	%2283 = phi float [ %316, %softmax ], [ %2214, %2162 ]
	%2284 = phi float [ %317, %softmax ], [ %2215, %2162 ]
	%2285 = phi float [ %318, %softmax ], [ %2216, %2162 ]
	%2286 = phi float [ %319, %softmax ], [ %2217, %2162 ]
	%2287 = phi float [ %320, %softmax ], [ %2218, %2162 ]
	%2288 = phi float [ %321, %softmax ], [ %2219, %2162 ]
	%2289 = phi float [ %322, %softmax ], [ %2220, %2162 ]
	%2290 = phi float [ %323, %softmax ], [ %2221, %2162 ]
	%2291 = phi float [ %324, %softmax ], [ %2222, %2162 ]
	%2292 = phi float [ %325, %softmax ], [ %2223, %2162 ]
	%2293 = phi float [ %326, %softmax ], [ %2224, %2162 ]
	%2294 = phi float [ %327, %softmax ], [ %2225, %2162 ]
	%2295 = phi float [ %328, %softmax ], [ %2226, %2162 ]
	%2296 = phi float [ %329, %softmax ], [ %2227, %2162 ]
	%2297 = phi float [ %330, %softmax ], [ %2228, %2162 ]
	%2298 = phi float [ %331, %softmax ], [ %2229, %2162 ]
	%2299 = phi float [ %332, %softmax ], [ %2230, %2162 ]
	%2300 = phi float [ %333, %softmax ], [ %2231, %2162 ]
	%2301 = phi float [ %334, %softmax ], [ %2232, %2162 ]
	%2302 = phi float [ %335, %softmax ], [ %2233, %2162 ]
	%2303 = phi float [ %336, %softmax ], [ %2234, %2162 ]
	%2304 = phi float [ %337, %softmax ], [ %2235, %2162 ]
	%2305 = phi float [ %338, %softmax ], [ %2236, %2162 ]
	%2306 = phi float [ %339, %softmax ], [ %2237, %2162 ]
	%2307 = phi float [ %340, %softmax ], [ %2238, %2162 ]
	%2308 = phi float [ %341, %softmax ], [ %2239, %2162 ]
	%2309 = phi float [ %342, %softmax ], [ %2240, %2162 ]
	%2310 = phi float [ %343, %softmax ], [ %2241, %2162 ]
	%2311 = phi float [ %344, %softmax ], [ %2242, %2162 ]
	%2312 = phi float [ %346, %softmax ], [ %2243, %2162 ]
	%2313 = phi float [ %348, %softmax ], [ %2244, %2162 ]
	%2314 = phi float [ %350, %softmax ], [ %2245, %2162 ]
	%2315 = phi float [ %352, %softmax ], [ %2246, %2162 ]
	%2316 = select i1 %2161, float %2085, float %345
	%2317 = fcmp oeq float %2316, 0xFFF0000000000000
	%2318 = select i1 %2317, float 0.0, float %2316
	%2319 = fneg float %2318
	%2320 = call float @llvm.fma.f32(float %2001, float 0x3FC7154760000000, float %2319)
	%2321 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2320)
	%2322 = call float @llvm.fma.f32(float %2002, float 0x3FC7154760000000, float %2319)
	%2323 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2322)
	%2324 = call float @llvm.fma.f32(float %2005, float 0x3FC7154760000000, float %2319)
	%2325 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2324)
	%2326 = call float @llvm.fma.f32(float %2006, float 0x3FC7154760000000, float %2319)
	%2327 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2326)
	%2328 = call float @llvm.fma.f32(float %2009, float 0x3FC7154760000000, float %2319)
	%2329 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2328)
	%2330 = call float @llvm.fma.f32(float %2010, float 0x3FC7154760000000, float %2319)
	%2331 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2330)
	%2332 = call float @llvm.fma.f32(float %2013, float 0x3FC7154760000000, float %2319)
	%2333 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2332)
	%2334 = call float @llvm.fma.f32(float %2014, float 0x3FC7154760000000, float %2319)
	%2335 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2334)
	%2336 = call float @llvm.fma.f32(float %2017, float 0x3FC7154760000000, float %2319)
	%2337 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2336)
	%2338 = call float @llvm.fma.f32(float %2018, float 0x3FC7154760000000, float %2319)
	%2339 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2338)
	%2340 = call float @llvm.fma.f32(float %2021, float 0x3FC7154760000000, float %2319)
	%2341 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2340)
	%2342 = call float @llvm.fma.f32(float %2022, float 0x3FC7154760000000, float %2319)
	%2343 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2342)
	%2344 = call float @llvm.fma.f32(float %2025, float 0x3FC7154760000000, float %2319)
	%2345 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2344)
	%2346 = call float @llvm.fma.f32(float %2026, float 0x3FC7154760000000, float %2319)
	%2347 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2346)
	%2348 = call float @llvm.fma.f32(float %2029, float 0x3FC7154760000000, float %2319)
	%2349 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2348)
	%2350 = call float @llvm.fma.f32(float %2030, float 0x3FC7154760000000, float %2319)
	%2351 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2350)
	%2352 = fadd float %2321, %2323
	%2353 = fadd float %2325, %2327
	%2354 = fadd float %2329, %2331
	%2355 = fadd float %2333, %2335
	%2356 = fadd float %2337, %2339
	%2357 = fadd float %2341, %2343
	%2358 = fadd float %2345, %2347
	%2359 = fadd float %2349, %2351
	%2360 = fadd float %2352, %2353
	%2361 = fadd float %2354, %2355
	%2362 = fadd float %2356, %2357
	%2363 = fadd float %2358, %2359
	%2364 = fadd float %2360, %2361
	%2365 = fadd float %2362, %2363
	%2366 = fadd float %2364, %2365
	%2367 = fadd float %2312, %2366
	%2368 = select i1 %2161, float %2109, float %347
	%2369 = fcmp oeq float %2368, 0xFFF0000000000000
	%2370 = select i1 %2369, float 0.0, float %2368
	%2371 = fneg float %2370
	%2372 = call float @llvm.fma.f32(float %2003, float 0x3FC7154760000000, float %2371)
	%2373 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2372)
	%2374 = call float @llvm.fma.f32(float %2004, float 0x3FC7154760000000, float %2371)
	%2375 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2374)
	%2376 = call float @llvm.fma.f32(float %2007, float 0x3FC7154760000000, float %2371)
	%2377 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2376)
	%2378 = call float @llvm.fma.f32(float %2008, float 0x3FC7154760000000, float %2371)
	%2379 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2378)
	%2380 = call float @llvm.fma.f32(float %2011, float 0x3FC7154760000000, float %2371)
	%2381 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2380)
	%2382 = call float @llvm.fma.f32(float %2012, float 0x3FC7154760000000, float %2371)
	%2383 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2382)
	%2384 = call float @llvm.fma.f32(float %2015, float 0x3FC7154760000000, float %2371)
	%2385 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2384)
	%2386 = call float @llvm.fma.f32(float %2016, float 0x3FC7154760000000, float %2371)
	%2387 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2386)
	%2388 = call float @llvm.fma.f32(float %2019, float 0x3FC7154760000000, float %2371)
	%2389 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2388)
	%2390 = call float @llvm.fma.f32(float %2020, float 0x3FC7154760000000, float %2371)
	%2391 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2390)
	%2392 = call float @llvm.fma.f32(float %2023, float 0x3FC7154760000000, float %2371)
	%2393 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2392)
	%2394 = call float @llvm.fma.f32(float %2024, float 0x3FC7154760000000, float %2371)
	%2395 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2394)
	%2396 = call float @llvm.fma.f32(float %2027, float 0x3FC7154760000000, float %2371)
	%2397 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2396)
	%2398 = call float @llvm.fma.f32(float %2028, float 0x3FC7154760000000, float %2371)
	%2399 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2398)
	%2400 = call float @llvm.fma.f32(float %2031, float 0x3FC7154760000000, float %2371)
	%2401 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2400)
	%2402 = call float @llvm.fma.f32(float %2032, float 0x3FC7154760000000, float %2371)
	%2403 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2402)
	%2404 = fadd float %2373, %2375
	%2405 = fadd float %2377, %2379
	%2406 = fadd float %2381, %2383
	%2407 = fadd float %2385, %2387
	%2408 = fadd float %2389, %2391
	%2409 = fadd float %2393, %2395
	%2410 = fadd float %2397, %2399
	%2411 = fadd float %2401, %2403
	%2412 = fadd float %2404, %2405
	%2413 = fadd float %2406, %2407
	%2414 = fadd float %2408, %2409
	%2415 = fadd float %2410, %2411
	%2416 = fadd float %2412, %2413
	%2417 = fadd float %2414, %2415
	%2418 = fadd float %2416, %2417
	%2419 = fadd float %2313, %2418
	%2420 = select i1 %2161, float %2133, float %349
	%2421 = fcmp oeq float %2420, 0xFFF0000000000000
	%2422 = select i1 %2421, float 0.0, float %2420
	%2423 = fneg float %2422
	%2424 = call float @llvm.fma.f32(float %2033, float 0x3FC7154760000000, float %2423)
	%2425 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2424)
	%2426 = call float @llvm.fma.f32(float %2034, float 0x3FC7154760000000, float %2423)
	%2427 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2426)
	%2428 = call float @llvm.fma.f32(float %2037, float 0x3FC7154760000000, float %2423)
	%2429 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2428)
	%2430 = call float @llvm.fma.f32(float %2038, float 0x3FC7154760000000, float %2423)
	%2431 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2430)
	%2432 = call float @llvm.fma.f32(float %2041, float 0x3FC7154760000000, float %2423)
	%2433 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2432)
	%2434 = call float @llvm.fma.f32(float %2042, float 0x3FC7154760000000, float %2423)
	%2435 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2434)
	%2436 = call float @llvm.fma.f32(float %2045, float 0x3FC7154760000000, float %2423)
	%2437 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2436)
	%2438 = call float @llvm.fma.f32(float %2046, float 0x3FC7154760000000, float %2423)
	%2439 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2438)
	%2440 = call float @llvm.fma.f32(float %2049, float 0x3FC7154760000000, float %2423)
	%2441 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2440)
	%2442 = call float @llvm.fma.f32(float %2050, float 0x3FC7154760000000, float %2423)
	%2443 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2442)
	%2444 = call float @llvm.fma.f32(float %2053, float 0x3FC7154760000000, float %2423)
	%2445 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2444)
	%2446 = call float @llvm.fma.f32(float %2054, float 0x3FC7154760000000, float %2423)
	%2447 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2446)
	%2448 = call float @llvm.fma.f32(float %2057, float 0x3FC7154760000000, float %2423)
	%2449 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2448)
	%2450 = call float @llvm.fma.f32(float %2058, float 0x3FC7154760000000, float %2423)
	%2451 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2450)
	%2452 = call float @llvm.fma.f32(float %2061, float 0x3FC7154760000000, float %2423)
	%2453 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2452)
	%2454 = call float @llvm.fma.f32(float %2062, float 0x3FC7154760000000, float %2423)
	%2455 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2454)
	%2456 = fadd float %2425, %2427
	%2457 = fadd float %2429, %2431
	%2458 = fadd float %2433, %2435
	%2459 = fadd float %2437, %2439
	%2460 = fadd float %2441, %2443
	%2461 = fadd float %2445, %2447
	%2462 = fadd float %2449, %2451
	%2463 = fadd float %2453, %2455
	%2464 = fadd float %2456, %2457
	%2465 = fadd float %2458, %2459
	%2466 = fadd float %2460, %2461
	%2467 = fadd float %2462, %2463
	%2468 = fadd float %2464, %2465
	%2469 = fadd float %2466, %2467
	%2470 = fadd float %2468, %2469
	%2471 = fadd float %2314, %2470
	%2472 = select i1 %2161, float %2157, float %351
	%2473 = fcmp oeq float %2472, 0xFFF0000000000000
	%2474 = select i1 %2473, float 0.0, float %2472
	%2475 = fneg float %2474
	%2476 = call float @llvm.fma.f32(float %2035, float 0x3FC7154760000000, float %2475)
	%2477 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2476)
	%2478 = call float @llvm.fma.f32(float %2036, float 0x3FC7154760000000, float %2475)
	%2479 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2478)
	%2480 = call float @llvm.fma.f32(float %2039, float 0x3FC7154760000000, float %2475)
	%2481 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2480)
	%2482 = call float @llvm.fma.f32(float %2040, float 0x3FC7154760000000, float %2475)
	%2483 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2482)
	%2484 = call float @llvm.fma.f32(float %2043, float 0x3FC7154760000000, float %2475)
	%2485 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2484)
	%2486 = call float @llvm.fma.f32(float %2044, float 0x3FC7154760000000, float %2475)
	%2487 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2486)
	%2488 = call float @llvm.fma.f32(float %2047, float 0x3FC7154760000000, float %2475)
	%2489 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2488)
	%2490 = call float @llvm.fma.f32(float %2048, float 0x3FC7154760000000, float %2475)
	%2491 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2490)
	%2492 = call float @llvm.fma.f32(float %2051, float 0x3FC7154760000000, float %2475)
	%2493 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2492)
	%2494 = call float @llvm.fma.f32(float %2052, float 0x3FC7154760000000, float %2475)
	%2495 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2494)
	%2496 = call float @llvm.fma.f32(float %2055, float 0x3FC7154760000000, float %2475)
	%2497 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2496)
	%2498 = call float @llvm.fma.f32(float %2056, float 0x3FC7154760000000, float %2475)
	%2499 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2498)
	%2500 = call float @llvm.fma.f32(float %2059, float 0x3FC7154760000000, float %2475)
	%2501 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2500)
	%2502 = call float @llvm.fma.f32(float %2060, float 0x3FC7154760000000, float %2475)
	%2503 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2502)
	%2504 = call float @llvm.fma.f32(float %2063, float 0x3FC7154760000000, float %2475)
	%2505 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2504)
	%2506 = call float @llvm.fma.f32(float %2064, float 0x3FC7154760000000, float %2475)
	%2507 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2506)
	%2508 = fadd float %2477, %2479
	%2509 = fadd float %2481, %2483
	%2510 = fadd float %2485, %2487
	%2511 = fadd float %2489, %2491
	%2512 = fadd float %2493, %2495
	%2513 = fadd float %2497, %2499
	%2514 = fadd float %2501, %2503
	%2515 = fadd float %2505, %2507
	%2516 = fadd float %2508, %2509
	%2517 = fadd float %2510, %2511
	%2518 = fadd float %2512, %2513
	%2519 = fadd float %2514, %2515
	%2520 = fadd float %2516, %2517
	%2521 = fadd float %2518, %2519
	%2522 = fadd float %2520, %2521
	%2523 = fadd float %2315, %2522
	%2524 = icmp eq i32 %7, 0
	%2525 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2366, i32 1, i32 31)
	%2526 = fadd float %2366, %2525
	%2527 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2526, i32 2, i32 31)
	%2528 = fadd float %2526, %2527
	%2529 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2367, i32 1, i32 31)
	%2530 = fadd float %2367, %2529
	%2531 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2530, i32 2, i32 31)
	%2532 = fadd float %2530, %2531
	%2533 = fcmp ogt float %2532, 0.0
	%2534 = icmp slt i32 %925, %M
	%2535 = and i1 %2533, %2534
	%2536 = select i1 %2535, float %2532, float 1.0
	%2537 = fdiv float %2528, %2536
	%2538 = call float @llvm.nvvm.fmax.f(float 0.0, float %2537)
	%2539 = select i1 %2535, float %2538, float 0.0
	%2540 = and i1 %2535, %2524
	%2541 = fadd float 0.0, 1.0
	%2542 = select i1 %2540, float %2541, float 0.0
	%2543 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2418, i32 1, i32 31)
	%2544 = fadd float %2418, %2543
	%2545 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2544, i32 2, i32 31)
	%2546 = fadd float %2544, %2545
	%2547 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2419, i32 1, i32 31)
	%2548 = fadd float %2419, %2547
	%2549 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2548, i32 2, i32 31)
	%2550 = fadd float %2548, %2549
	%2551 = fcmp ogt float %2550, 0.0
	%2552 = icmp slt i32 %929, %M
	%2553 = and i1 %2551, %2552
	%2554 = select i1 %2553, float %2550, float 1.0
	%2555 = fdiv float %2546, %2554
	%2556 = call float @llvm.nvvm.fmax.f(float %2539, float %2555)
	%2557 = select i1 %2553, float %2556, float %2539
	%2558 = and i1 %2553, %2524
	%2559 = fadd float %2542, 1.0
	%2560 = select i1 %2558, float %2559, float %2542
	%2561 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2470, i32 1, i32 31)
	%2562 = fadd float %2470, %2561
	%2563 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2562, i32 2, i32 31)
	%2564 = fadd float %2562, %2563
	%2565 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2471, i32 1, i32 31)
	%2566 = fadd float %2471, %2565
	%2567 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2566, i32 2, i32 31)
	%2568 = fadd float %2566, %2567
	%2569 = fcmp ogt float %2568, 0.0
	%2570 = icmp slt i32 %933, %M
	%2571 = and i1 %2569, %2570
	%2572 = select i1 %2571, float %2568, float 1.0
	%2573 = fdiv float %2564, %2572
	%2574 = call float @llvm.nvvm.fmax.f(float %2557, float %2573)
	%2575 = select i1 %2571, float %2574, float %2557
	%2576 = and i1 %2571, %2524
	%2577 = fadd float %2560, 1.0
	%2578 = select i1 %2576, float %2577, float %2560
	%2579 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2522, i32 1, i32 31)
	%2580 = fadd float %2522, %2579
	%2581 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2580, i32 2, i32 31)
	%2582 = fadd float %2580, %2581
	%2583 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2523, i32 1, i32 31)
	%2584 = fadd float %2523, %2583
	%2585 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2584, i32 2, i32 31)
	%2586 = fadd float %2584, %2585
	%2587 = fcmp ogt float %2586, 0.0
	%2588 = icmp slt i32 %937, %M
	%2589 = and i1 %2587, %2588
	%2590 = select i1 %2589, float %2586, float 1.0
	%2591 = fdiv float %2582, %2590
	%2592 = call float @llvm.nvvm.fmax.f(float %2575, float %2591)
	%2593 = select i1 %2589, float %2592, float %2575
	%2594 = and i1 %2589, %2524
	%2595 = fadd float %2578, 1.0
	%2596 = select i1 %2594, float %2595, float %2578
	%2597 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2593, i32 16, i32 31)
	%2598 = call float @llvm.nvvm.fmax.f(float %2593, float %2597)
	%2599 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2596, i32 16, i32 31)
	%2600 = fadd float %2596, %2599
	%2601 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2598, i32 8, i32 31)
	%2602 = call float @llvm.nvvm.fmax.f(float %2598, float %2601)
	%2603 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2600, i32 8, i32 31)
	%2604 = fadd float %2600, %2603
	%2605 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2602, i32 4, i32 31)
	%2606 = call float @llvm.nvvm.fmax.f(float %2602, float %2605)
	%2607 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2604, i32 4, i32 31)
	%2608 = fadd float %2604, %2607
	%2609 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2606, i32 2, i32 31)
	%2610 = call float @llvm.nvvm.fmax.f(float %2606, float %2609)
	%2611 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2608, i32 2, i32 31)
	%2612 = fadd float %2608, %2611
	%2613 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2610, i32 1, i32 31)
	%2614 = call float @llvm.nvvm.fmax.f(float %2610, float %2613)
	%2615 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2612, i32 1, i32 31)
	%2616 = fadd float %2612, %2615
	%2617 = icmp eq i32 %5, 0
	br i1 %2617, label %2618, label %2625

2618:
	%2619 = mul i32 %4, 2
	%2620 = add i32 %2619, 0
	%2621 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_stop, i32 0, i32 %2620
	store float %2614, float addrspace(3)* %2621
	%2622 = mul i32 %4, 2
	%2623 = add i32 %2622, 1
	%2624 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_stop, i32 0, i32 %2623
	store float %2616, float addrspace(3)* %2624
	br label %2625

2625:
	%2626 = add i32 %279, 1
	%2627 = icmp slt i32 %2626, %NK
	%2628 = select i1 %2627, i32 %2626, i32 0
	%2629 = add i32 %42, %2628
	%2630 = sext i32 %2629 to i64
	%2631 = getelementptr i32, i32* %list, i64 %2630
	%2632 = load i32, i32* %2631
	%2633 = select i1 %2627, i32 %2632, i32 -1
	%2634 = icmp sge i32 %2633, 0
	%2635 = select i1 %2634, i32 %2633, i32 0
	%2636 = mul i32 %2635, 64
	%2637 = lshr i32 %3, 3
	%2638 = add i32 %2636, %2637
	%2639 = add i32 %2638, 0
	%2640 = icmp slt i32 %2639, %N
	%2641 = select i1 %2640, i32 %2639, i32 0
	%2642 = sext i32 %2641 to i64
	%2643 = getelementptr i32, i32* %52, i64 %2642
	%2644 = load i32, i32* %2643
	%2645 = add i32 %2638, 8
	%2646 = icmp slt i32 %2645, %N
	%2647 = select i1 %2646, i32 %2645, i32 0
	%2648 = sext i32 %2647 to i64
	%2649 = getelementptr i32, i32* %52, i64 %2648
	%2650 = load i32, i32* %2649
	%2651 = add i32 %2638, 16
	%2652 = icmp slt i32 %2651, %N
	%2653 = select i1 %2652, i32 %2651, i32 0
	%2654 = sext i32 %2653 to i64
	%2655 = getelementptr i32, i32* %52, i64 %2654
	%2656 = load i32, i32* %2655
	%2657 = add i32 %2638, 24
	%2658 = icmp slt i32 %2657, %N
	%2659 = select i1 %2658, i32 %2657, i32 0
	%2660 = sext i32 %2659 to i64
	%2661 = getelementptr i32, i32* %52, i64 %2660
	%2662 = load i32, i32* %2661
	%2663 = add i32 %2638, 32
	%2664 = icmp slt i32 %2663, %N
	%2665 = select i1 %2664, i32 %2663, i32 0
	%2666 = sext i32 %2665 to i64
	%2667 = getelementptr i32, i32* %52, i64 %2666
	%2668 = load i32, i32* %2667
	%2669 = add i32 %2638, 40
	%2670 = icmp slt i32 %2669, %N
	%2671 = select i1 %2670, i32 %2669, i32 0
	%2672 = sext i32 %2671 to i64
	%2673 = getelementptr i32, i32* %52, i64 %2672
	%2674 = load i32, i32* %2673
	%2675 = add i32 %2638, 48
	%2676 = icmp slt i32 %2675, %N
	%2677 = select i1 %2676, i32 %2675, i32 0
	%2678 = sext i32 %2677 to i64
	%2679 = getelementptr i32, i32* %52, i64 %2678
	%2680 = load i32, i32* %2679
	%2681 = add i32 %2638, 56
	%2682 = icmp slt i32 %2681, %N
	%2683 = select i1 %2682, i32 %2681, i32 0
	%2684 = sext i32 %2683 to i64
	%2685 = getelementptr i32, i32* %52, i64 %2684
	%2686 = load i32, i32* %2685
	%2687 = add i32 %NK, %279
	%2688 = add i32 %42, %2687
	%2689 = sext i32 %2688 to i64
	%2690 = getelementptr i32, i32* %list, i64 %2689
	%2691 = load i32, i32* %2690
	%2692 = icmp eq i32 %2691, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%2693 = mul i32 0, 2
	%2694 = add i32 %2693, 0
	%2695 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_stop, i32 0, i32 %2694
	%2696 = load float, float addrspace(3)* %2695
	%2697 = call float @llvm.nvvm.fmax.f(float 0.0, float %2696)
	%2698 = mul i32 0, 2
	%2699 = add i32 %2698, 1
	%2700 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_stop, i32 0, i32 %2699
	%2701 = load float, float addrspace(3)* %2700
	%2702 = fadd float 0.0, %2701
	%2703 = mul i32 1, 2
	%2704 = add i32 %2703, 0
	%2705 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_stop, i32 0, i32 %2704
	%2706 = load float, float addrspace(3)* %2705
	%2707 = call float @llvm.nvvm.fmax.f(float %2697, float %2706)
	%2708 = mul i32 1, 2
	%2709 = add i32 %2708, 1
	%2710 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_stop, i32 0, i32 %2709
	%2711 = load float, float addrspace(3)* %2710
	%2712 = fadd float %2702, %2711
	%2713 = fcmp ogt float %2712, 0.0
	%2714 = and i1 %2692, %2713
	%2715 = fcmp olt float %2707, 0x3F50624DE0000000
	%2716 = and i1 %2714, %2715
	%2717 = xor i1 %2716, true
	%2718 = and i1 %2634, %2717
	br i1 %2718, label %prefetch, label %pv

prefetch:
	%2719 = mul i32 %2633, 64
	%2720 = lshr i32 %3, 3
	%2721 = and i32 %3, 7
	%2722 = and i32 %2720, 7
	%2723 = xor i32 %2721, %2722
	%2724 = mul i32 %2720, 8
	%2725 = add i32 %2724, %2723
	%2726 = shl i32 %2725, 4
	%2727 = add i32 %0, %2726
	%2728 = add i32 %2719, %2720
	%2729 = add i32 %2728, 0
	%2730 = icmp slt i32 %2729, %N
	%2731 = mul i32 %2644, 64
	%2732 = mul i32 %2721, 8
	%2733 = add i32 %2731, %2732
	%2734 = sext i32 %2733 to i64
	%2735 = getelementptr i16, i16* %33, i64 %2734
	%2736 = add i32 %2727, 0
	%2737 = select i1 %2730, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2736, i16* %2735, i32 %2737)
	%2738 = add i32 %2728, 8
	%2739 = icmp slt i32 %2738, %N
	%2740 = mul i32 %2650, 64
	%2741 = mul i32 %2721, 8
	%2742 = add i32 %2740, %2741
	%2743 = sext i32 %2742 to i64
	%2744 = getelementptr i16, i16* %33, i64 %2743
	%2745 = add i32 %2727, 1024
	%2746 = select i1 %2739, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2745, i16* %2744, i32 %2746)
	%2747 = add i32 %2728, 16
	%2748 = icmp slt i32 %2747, %N
	%2749 = mul i32 %2656, 64
	%2750 = mul i32 %2721, 8
	%2751 = add i32 %2749, %2750
	%2752 = sext i32 %2751 to i64
	%2753 = getelementptr i16, i16* %33, i64 %2752
	%2754 = add i32 %2727, 2048
	%2755 = select i1 %2748, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2754, i16* %2753, i32 %2755)
	%2756 = add i32 %2728, 24
	%2757 = icmp slt i32 %2756, %N
	%2758 = mul i32 %2662, 64
	%2759 = mul i32 %2721, 8
	%2760 = add i32 %2758, %2759
	%2761 = sext i32 %2760 to i64
	%2762 = getelementptr i16, i16* %33, i64 %2761
	%2763 = add i32 %2727, 3072
	%2764 = select i1 %2757, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2763, i16* %2762, i32 %2764)
	%2765 = add i32 %2728, 32
	%2766 = icmp slt i32 %2765, %N
	%2767 = mul i32 %2668, 64
	%2768 = mul i32 %2721, 8
	%2769 = add i32 %2767, %2768
	%2770 = sext i32 %2769 to i64
	%2771 = getelementptr i16, i16* %33, i64 %2770
	%2772 = add i32 %2727, u0x1000
	%2773 = select i1 %2766, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2772, i16* %2771, i32 %2773)
	%2774 = add i32 %2728, 40
	%2775 = icmp slt i32 %2774, %N
	%2776 = mul i32 %2674, 64
	%2777 = mul i32 %2721, 8
	%2778 = add i32 %2776, %2777
	%2779 = sext i32 %2778 to i64
	%2780 = getelementptr i16, i16* %33, i64 %2779
	%2781 = add i32 %2727, 5120
	%2782 = select i1 %2775, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2781, i16* %2780, i32 %2782)
	%2783 = add i32 %2728, 48
	%2784 = icmp slt i32 %2783, %N
	%2785 = mul i32 %2680, 64
	%2786 = mul i32 %2721, 8
	%2787 = add i32 %2785, %2786
	%2788 = sext i32 %2787 to i64
	%2789 = getelementptr i16, i16* %33, i64 %2788
	%2790 = add i32 %2727, 6144
	%2791 = select i1 %2784, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2790, i16* %2789, i32 %2791)
	%2792 = add i32 %2728, 56
	%2793 = icmp slt i32 %2792, %N
	%2794 = mul i32 %2686, 64
	%2795 = mul i32 %2721, 8
	%2796 = add i32 %2794, %2795
	%2797 = sext i32 %2796 to i64
	%2798 = getelementptr i16, i16* %33, i64 %2797
	%2799 = add i32 %2727, 7168
	%2800 = select i1 %2793, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2799, i16* %2798, i32 %2800)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%2801 = and i32 %5, 7
	%2802 = lshr i32 %5, 3
	%2803 = and i32 %2802, 1
	%2804 = shl i32 %2803, 3
	%2805 = add i32 %2801, %2804
	%2806 = mul i32 %2805, 128
	%2807 = add i32 %1, %2806
	%2808 = and i32 %5, 7
	%2809 = xor i32 %127, %2808
	%2810 = shl i32 %2809, 4
	%2811 = add i32 %2807, %2810
	%2812 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2323, float %2321)
	%2813 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2375, float %2373)
	%2814 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2327, float %2325)
	%2815 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2379, float %2377)
	%2816 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2427, float %2425)
	%2817 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2479, float %2477)
	%2818 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2431, float %2429)
	%2819 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2483, float %2481)
	%2820 = xor i32 %2811, 0
	%2821 = add i32 %2820, 0
	%2822 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2821)
	%2823 = extractvalue { i32, i32, i32, i32 } %2822, 0
	%2824 = extractvalue { i32, i32, i32, i32 } %2822, 1
	%2825 = extractvalue { i32, i32, i32, i32 } %2822, 2
	%2826 = extractvalue { i32, i32, i32, i32 } %2822, 3
	%2827 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2823, i32 %2824, float %2248, float %2249, float %2250, float %2251)
	%2828 = extractvalue { float, float, float, float } %2827, 0
	%2829 = extractvalue { float, float, float, float } %2827, 1
	%2830 = extractvalue { float, float, float, float } %2827, 2
	%2831 = extractvalue { float, float, float, float } %2827, 3
	%2832 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2825, i32 %2826, float %2252, float %2253, float %2254, float %2255)
	%2833 = extractvalue { float, float, float, float } %2832, 0
	%2834 = extractvalue { float, float, float, float } %2832, 1
	%2835 = extractvalue { float, float, float, float } %2832, 2
	%2836 = extractvalue { float, float, float, float } %2832, 3
	%2837 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2823, i32 %2824, float %2280, float %2281, float %2282, float %2283)
	%2838 = extractvalue { float, float, float, float } %2837, 0
	%2839 = extractvalue { float, float, float, float } %2837, 1
	%2840 = extractvalue { float, float, float, float } %2837, 2
	%2841 = extractvalue { float, float, float, float } %2837, 3
	%2842 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2825, i32 %2826, float %2284, float %2285, float %2286, float %2287)
	%2843 = extractvalue { float, float, float, float } %2842, 0
	%2844 = extractvalue { float, float, float, float } %2842, 1
	%2845 = extractvalue { float, float, float, float } %2842, 2
	%2846 = extractvalue { float, float, float, float } %2842, 3
	%2847 = xor i32 %2811, 32
	%2848 = add i32 %2847, 0
	%2849 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2848)
	%2850 = extractvalue { i32, i32, i32, i32 } %2849, 0
	%2851 = extractvalue { i32, i32, i32, i32 } %2849, 1
	%2852 = extractvalue { i32, i32, i32, i32 } %2849, 2
	%2853 = extractvalue { i32, i32, i32, i32 } %2849, 3
	%2854 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2850, i32 %2851, float %2256, float %2257, float %2258, float %2259)
	%2855 = extractvalue { float, float, float, float } %2854, 0
	%2856 = extractvalue { float, float, float, float } %2854, 1
	%2857 = extractvalue { float, float, float, float } %2854, 2
	%2858 = extractvalue { float, float, float, float } %2854, 3
	%2859 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2852, i32 %2853, float %2260, float %2261, float %2262, float %2263)
	%2860 = extractvalue { float, float, float, float } %2859, 0
	%2861 = extractvalue { float, float, float, float } %2859, 1
	%2862 = extractvalue { float, float, float, float } %2859, 2
	%2863 = extractvalue { float, float, float, float } %2859, 3
	%2864 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2850, i32 %2851, float %2288, float %2289, float %2290, float %2291)
	%2865 = extractvalue { float, float, float, float } %2864, 0
	%2866 = extractvalue { float, float, float, float } %2864, 1
	%2867 = extractvalue { float, float, float, float } %2864, 2
	%2868 = extractvalue { float, float, float, float } %2864, 3
	%2869 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2852, i32 %2853, float %2292, float %2293, float %2294, float %2295)
	%2870 = extractvalue { float, float, float, float } %2869, 0
	%2871 = extractvalue { float, float, float, float } %2869, 1
	%2872 = extractvalue { float, float, float, float } %2869, 2
	%2873 = extractvalue { float, float, float, float } %2869, 3
	%2874 = xor i32 %2811, 64
	%2875 = add i32 %2874, 0
	%2876 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2875)
	%2877 = extractvalue { i32, i32, i32, i32 } %2876, 0
	%2878 = extractvalue { i32, i32, i32, i32 } %2876, 1
	%2879 = extractvalue { i32, i32, i32, i32 } %2876, 2
	%2880 = extractvalue { i32, i32, i32, i32 } %2876, 3
	%2881 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2877, i32 %2878, float %2264, float %2265, float %2266, float %2267)
	%2882 = extractvalue { float, float, float, float } %2881, 0
	%2883 = extractvalue { float, float, float, float } %2881, 1
	%2884 = extractvalue { float, float, float, float } %2881, 2
	%2885 = extractvalue { float, float, float, float } %2881, 3
	%2886 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2879, i32 %2880, float %2268, float %2269, float %2270, float %2271)
	%2887 = extractvalue { float, float, float, float } %2886, 0
	%2888 = extractvalue { float, float, float, float } %2886, 1
	%2889 = extractvalue { float, float, float, float } %2886, 2
	%2890 = extractvalue { float, float, float, float } %2886, 3
	%2891 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2877, i32 %2878, float %2296, float %2297, float %2298, float %2299)
	%2892 = extractvalue { float, float, float, float } %2891, 0
	%2893 = extractvalue { float, float, float, float } %2891, 1
	%2894 = extractvalue { float, float, float, float } %2891, 2
	%2895 = extractvalue { float, float, float, float } %2891, 3
	%2896 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2879, i32 %2880, float %2300, float %2301, float %2302, float %2303)
	%2897 = extractvalue { float, float, float, float } %2896, 0
	%2898 = extractvalue { float, float, float, float } %2896, 1
	%2899 = extractvalue { float, float, float, float } %2896, 2
	%2900 = extractvalue { float, float, float, float } %2896, 3
	%2901 = xor i32 %2811, 96
	%2902 = add i32 %2901, 0
	%2903 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2902)
	%2904 = extractvalue { i32, i32, i32, i32 } %2903, 0
	%2905 = extractvalue { i32, i32, i32, i32 } %2903, 1
	%2906 = extractvalue { i32, i32, i32, i32 } %2903, 2
	%2907 = extractvalue { i32, i32, i32, i32 } %2903, 3
	%2908 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2904, i32 %2905, float %2272, float %2273, float %2274, float %2275)
	%2909 = extractvalue { float, float, float, float } %2908, 0
	%2910 = extractvalue { float, float, float, float } %2908, 1
	%2911 = extractvalue { float, float, float, float } %2908, 2
	%2912 = extractvalue { float, float, float, float } %2908, 3
	%2913 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2812, i32 %2813, i32 %2814, i32 %2815, i32 %2906, i32 %2907, float %2276, float %2277, float %2278, float %2279)
	%2914 = extractvalue { float, float, float, float } %2913, 0
	%2915 = extractvalue { float, float, float, float } %2913, 1
	%2916 = extractvalue { float, float, float, float } %2913, 2
	%2917 = extractvalue { float, float, float, float } %2913, 3
	%2918 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2904, i32 %2905, float %2304, float %2305, float %2306, float %2307)
	%2919 = extractvalue { float, float, float, float } %2918, 0
	%2920 = extractvalue { float, float, float, float } %2918, 1
	%2921 = extractvalue { float, float, float, float } %2918, 2
	%2922 = extractvalue { float, float, float, float } %2918, 3
	%2923 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2816, i32 %2817, i32 %2818, i32 %2819, i32 %2906, i32 %2907, float %2308, float %2309, float %2310, float %2311)
	%2924 = extractvalue { float, float, float, float } %2923, 0
	%2925 = extractvalue { float, float, float, float } %2923, 1
	%2926 = extractvalue { float, float, float, float } %2923, 2
	%2927 = extractvalue { float, float, float, float } %2923, 3
	%2928 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2331, float %2329)
	%2929 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2383, float %2381)
	%2930 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2335, float %2333)
	%2931 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2387, float %2385)
	%2932 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2435, float %2433)
	%2933 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2487, float %2485)
	%2934 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2439, float %2437)
	%2935 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2491, float %2489)
	%2936 = xor i32 %2811, 0
	%2937 = add i32 %2936, 2048
	%2938 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2937)
	%2939 = extractvalue { i32, i32, i32, i32 } %2938, 0
	%2940 = extractvalue { i32, i32, i32, i32 } %2938, 1
	%2941 = extractvalue { i32, i32, i32, i32 } %2938, 2
	%2942 = extractvalue { i32, i32, i32, i32 } %2938, 3
	%2943 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %2939, i32 %2940, float %2828, float %2829, float %2830, float %2831)
	%2944 = extractvalue { float, float, float, float } %2943, 0
	%2945 = extractvalue { float, float, float, float } %2943, 1
	%2946 = extractvalue { float, float, float, float } %2943, 2
	%2947 = extractvalue { float, float, float, float } %2943, 3
	%2948 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %2941, i32 %2942, float %2833, float %2834, float %2835, float %2836)
	%2949 = extractvalue { float, float, float, float } %2948, 0
	%2950 = extractvalue { float, float, float, float } %2948, 1
	%2951 = extractvalue { float, float, float, float } %2948, 2
	%2952 = extractvalue { float, float, float, float } %2948, 3
	%2953 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %2939, i32 %2940, float %2838, float %2839, float %2840, float %2841)
	%2954 = extractvalue { float, float, float, float } %2953, 0
	%2955 = extractvalue { float, float, float, float } %2953, 1
	%2956 = extractvalue { float, float, float, float } %2953, 2
	%2957 = extractvalue { float, float, float, float } %2953, 3
	%2958 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %2941, i32 %2942, float %2843, float %2844, float %2845, float %2846)
	%2959 = extractvalue { float, float, float, float } %2958, 0
	%2960 = extractvalue { float, float, float, float } %2958, 1
	%2961 = extractvalue { float, float, float, float } %2958, 2
	%2962 = extractvalue { float, float, float, float } %2958, 3
	%2963 = xor i32 %2811, 32
	%2964 = add i32 %2963, 2048
	%2965 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2964)
	%2966 = extractvalue { i32, i32, i32, i32 } %2965, 0
	%2967 = extractvalue { i32, i32, i32, i32 } %2965, 1
	%2968 = extractvalue { i32, i32, i32, i32 } %2965, 2
	%2969 = extractvalue { i32, i32, i32, i32 } %2965, 3
	%2970 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %2966, i32 %2967, float %2855, float %2856, float %2857, float %2858)
	%2971 = extractvalue { float, float, float, float } %2970, 0
	%2972 = extractvalue { float, float, float, float } %2970, 1
	%2973 = extractvalue { float, float, float, float } %2970, 2
	%2974 = extractvalue { float, float, float, float } %2970, 3
	%2975 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %2968, i32 %2969, float %2860, float %2861, float %2862, float %2863)
	%2976 = extractvalue { float, float, float, float } %2975, 0
	%2977 = extractvalue { float, float, float, float } %2975, 1
	%2978 = extractvalue { float, float, float, float } %2975, 2
	%2979 = extractvalue { float, float, float, float } %2975, 3
	%2980 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %2966, i32 %2967, float %2865, float %2866, float %2867, float %2868)
	%2981 = extractvalue { float, float, float, float } %2980, 0
	%2982 = extractvalue { float, float, float, float } %2980, 1
	%2983 = extractvalue { float, float, float, float } %2980, 2
	%2984 = extractvalue { float, float, float, float } %2980, 3
	%2985 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %2968, i32 %2969, float %2870, float %2871, float %2872, float %2873)
	%2986 = extractvalue { float, float, float, float } %2985, 0
	%2987 = extractvalue { float, float, float, float } %2985, 1
	%2988 = extractvalue { float, float, float, float } %2985, 2
	%2989 = extractvalue { float, float, float, float } %2985, 3
	%2990 = xor i32 %2811, 64
	%2991 = add i32 %2990, 2048
	%2992 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2991)
	%2993 = extractvalue { i32, i32, i32, i32 } %2992, 0
	%2994 = extractvalue { i32, i32, i32, i32 } %2992, 1
	%2995 = extractvalue { i32, i32, i32, i32 } %2992, 2
	%2996 = extractvalue { i32, i32, i32, i32 } %2992, 3
	%2997 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %2993, i32 %2994, float %2882, float %2883, float %2884, float %2885)
	%2998 = extractvalue { float, float, float, float } %2997, 0
	%2999 = extractvalue { float, float, float, float } %2997, 1
	%3000 = extractvalue { float, float, float, float } %2997, 2
	%3001 = extractvalue { float, float, float, float } %2997, 3
	%3002 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %2995, i32 %2996, float %2887, float %2888, float %2889, float %2890)
	%3003 = extractvalue { float, float, float, float } %3002, 0
	%3004 = extractvalue { float, float, float, float } %3002, 1
	%3005 = extractvalue { float, float, float, float } %3002, 2
	%3006 = extractvalue { float, float, float, float } %3002, 3
	%3007 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %2993, i32 %2994, float %2892, float %2893, float %2894, float %2895)
	%3008 = extractvalue { float, float, float, float } %3007, 0
	%3009 = extractvalue { float, float, float, float } %3007, 1
	%3010 = extractvalue { float, float, float, float } %3007, 2
	%3011 = extractvalue { float, float, float, float } %3007, 3
	%3012 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %2995, i32 %2996, float %2897, float %2898, float %2899, float %2900)
	%3013 = extractvalue { float, float, float, float } %3012, 0
	%3014 = extractvalue { float, float, float, float } %3012, 1
	%3015 = extractvalue { float, float, float, float } %3012, 2
	%3016 = extractvalue { float, float, float, float } %3012, 3
	%3017 = xor i32 %2811, 96
	%3018 = add i32 %3017, 2048
	%3019 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3018)
	%3020 = extractvalue { i32, i32, i32, i32 } %3019, 0
	%3021 = extractvalue { i32, i32, i32, i32 } %3019, 1
	%3022 = extractvalue { i32, i32, i32, i32 } %3019, 2
	%3023 = extractvalue { i32, i32, i32, i32 } %3019, 3
	%3024 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %3020, i32 %3021, float %2909, float %2910, float %2911, float %2912)
	%3025 = extractvalue { float, float, float, float } %3024, 0
	%3026 = extractvalue { float, float, float, float } %3024, 1
	%3027 = extractvalue { float, float, float, float } %3024, 2
	%3028 = extractvalue { float, float, float, float } %3024, 3
	%3029 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2928, i32 %2929, i32 %2930, i32 %2931, i32 %3022, i32 %3023, float %2914, float %2915, float %2916, float %2917)
	%3030 = extractvalue { float, float, float, float } %3029, 0
	%3031 = extractvalue { float, float, float, float } %3029, 1
	%3032 = extractvalue { float, float, float, float } %3029, 2
	%3033 = extractvalue { float, float, float, float } %3029, 3
	%3034 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %3020, i32 %3021, float %2919, float %2920, float %2921, float %2922)
	%3035 = extractvalue { float, float, float, float } %3034, 0
	%3036 = extractvalue { float, float, float, float } %3034, 1
	%3037 = extractvalue { float, float, float, float } %3034, 2
	%3038 = extractvalue { float, float, float, float } %3034, 3
	%3039 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2932, i32 %2933, i32 %2934, i32 %2935, i32 %3022, i32 %3023, float %2924, float %2925, float %2926, float %2927)
	%3040 = extractvalue { float, float, float, float } %3039, 0
	%3041 = extractvalue { float, float, float, float } %3039, 1
	%3042 = extractvalue { float, float, float, float } %3039, 2
	%3043 = extractvalue { float, float, float, float } %3039, 3
	%3044 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2339, float %2337)
	%3045 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2391, float %2389)
	%3046 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2343, float %2341)
	%3047 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2395, float %2393)
	%3048 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2443, float %2441)
	%3049 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2495, float %2493)
	%3050 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2447, float %2445)
	%3051 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2499, float %2497)
	%3052 = xor i32 %2811, 0
	%3053 = add i32 %3052, u0x1000
	%3054 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3053)
	%3055 = extractvalue { i32, i32, i32, i32 } %3054, 0
	%3056 = extractvalue { i32, i32, i32, i32 } %3054, 1
	%3057 = extractvalue { i32, i32, i32, i32 } %3054, 2
	%3058 = extractvalue { i32, i32, i32, i32 } %3054, 3
	%3059 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3055, i32 %3056, float %2944, float %2945, float %2946, float %2947)
	%3060 = extractvalue { float, float, float, float } %3059, 0
	%3061 = extractvalue { float, float, float, float } %3059, 1
	%3062 = extractvalue { float, float, float, float } %3059, 2
	%3063 = extractvalue { float, float, float, float } %3059, 3
	%3064 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3057, i32 %3058, float %2949, float %2950, float %2951, float %2952)
	%3065 = extractvalue { float, float, float, float } %3064, 0
	%3066 = extractvalue { float, float, float, float } %3064, 1
	%3067 = extractvalue { float, float, float, float } %3064, 2
	%3068 = extractvalue { float, float, float, float } %3064, 3
	%3069 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3055, i32 %3056, float %2954, float %2955, float %2956, float %2957)
	%3070 = extractvalue { float, float, float, float } %3069, 0
	%3071 = extractvalue { float, float, float, float } %3069, 1
	%3072 = extractvalue { float, float, float, float } %3069, 2
	%3073 = extractvalue { float, float, float, float } %3069, 3
	%3074 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3057, i32 %3058, float %2959, float %2960, float %2961, float %2962)
	%3075 = extractvalue { float, float, float, float } %3074, 0
	%3076 = extractvalue { float, float, float, float } %3074, 1
	%3077 = extractvalue { float, float, float, float } %3074, 2
	%3078 = extractvalue { float, float, float, float } %3074, 3
	%3079 = xor i32 %2811, 32
	%3080 = add i32 %3079, u0x1000
	%3081 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3080)
	%3082 = extractvalue { i32, i32, i32, i32 } %3081, 0
	%3083 = extractvalue { i32, i32, i32, i32 } %3081, 1
	%3084 = extractvalue { i32, i32, i32, i32 } %3081, 2
	%3085 = extractvalue { i32, i32, i32, i32 } %3081, 3
	%3086 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3082, i32 %3083, float %2971, float %2972, float %2973, float %2974)
	%3087 = extractvalue { float, float, float, float } %3086, 0
	%3088 = extractvalue { float, float, float, float } %3086, 1
	%3089 = extractvalue { float, float, float, float } %3086, 2
	%3090 = extractvalue { float, float, float, float } %3086, 3
	%3091 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3084, i32 %3085, float %2976, float %2977, float %2978, float %2979)
	%3092 = extractvalue { float, float, float, float } %3091, 0
	%3093 = extractvalue { float, float, float, float } %3091, 1
	%3094 = extractvalue { float, float, float, float } %3091, 2
	%3095 = extractvalue { float, float, float, float } %3091, 3
	%3096 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3082, i32 %3083, float %2981, float %2982, float %2983, float %2984)
	%3097 = extractvalue { float, float, float, float } %3096, 0
	%3098 = extractvalue { float, float, float, float } %3096, 1
	%3099 = extractvalue { float, float, float, float } %3096, 2
	%3100 = extractvalue { float, float, float, float } %3096, 3
	%3101 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3084, i32 %3085, float %2986, float %2987, float %2988, float %2989)
	%3102 = extractvalue { float, float, float, float } %3101, 0
	%3103 = extractvalue { float, float, float, float } %3101, 1
	%3104 = extractvalue { float, float, float, float } %3101, 2
	%3105 = extractvalue { float, float, float, float } %3101, 3
	%3106 = xor i32 %2811, 64
	%3107 = add i32 %3106, u0x1000
	%3108 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3107)
	%3109 = extractvalue { i32, i32, i32, i32 } %3108, 0
	%3110 = extractvalue { i32, i32, i32, i32 } %3108, 1
	%3111 = extractvalue { i32, i32, i32, i32 } %3108, 2
	%3112 = extractvalue { i32, i32, i32, i32 } %3108, 3
	%3113 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3109, i32 %3110, float %2998, float %2999, float %3000, float %3001)
	%3114 = extractvalue { float, float, float, float } %3113, 0
	%3115 = extractvalue { float, float, float, float } %3113, 1
	%3116 = extractvalue { float, float, float, float } %3113, 2
	%3117 = extractvalue { float, float, float, float } %3113, 3
	%3118 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3111, i32 %3112, float %3003, float %3004, float %3005, float %3006)
	%3119 = extractvalue { float, float, float, float } %3118, 0
	%3120 = extractvalue { float, float, float, float } %3118, 1
	%3121 = extractvalue { float, float, float, float } %3118, 2
	%3122 = extractvalue { float, float, float, float } %3118, 3
	%3123 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3109, i32 %3110, float %3008, float %3009, float %3010, float %3011)
	%3124 = extractvalue { float, float, float, float } %3123, 0
	%3125 = extractvalue { float, float, float, float } %3123, 1
	%3126 = extractvalue { float, float, float, float } %3123, 2
	%3127 = extractvalue { float, float, float, float } %3123, 3
	%3128 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3111, i32 %3112, float %3013, float %3014, float %3015, float %3016)
	%3129 = extractvalue { float, float, float, float } %3128, 0
	%3130 = extractvalue { float, float, float, float } %3128, 1
	%3131 = extractvalue { float, float, float, float } %3128, 2
	%3132 = extractvalue { float, float, float, float } %3128, 3
	%3133 = xor i32 %2811, 96
	%3134 = add i32 %3133, u0x1000
	%3135 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3134)
	%3136 = extractvalue { i32, i32, i32, i32 } %3135, 0
	%3137 = extractvalue { i32, i32, i32, i32 } %3135, 1
	%3138 = extractvalue { i32, i32, i32, i32 } %3135, 2
	%3139 = extractvalue { i32, i32, i32, i32 } %3135, 3
	%3140 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3136, i32 %3137, float %3025, float %3026, float %3027, float %3028)
	%3141 = extractvalue { float, float, float, float } %3140, 0
	%3142 = extractvalue { float, float, float, float } %3140, 1
	%3143 = extractvalue { float, float, float, float } %3140, 2
	%3144 = extractvalue { float, float, float, float } %3140, 3
	%3145 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3044, i32 %3045, i32 %3046, i32 %3047, i32 %3138, i32 %3139, float %3030, float %3031, float %3032, float %3033)
	%3146 = extractvalue { float, float, float, float } %3145, 0
	%3147 = extractvalue { float, float, float, float } %3145, 1
	%3148 = extractvalue { float, float, float, float } %3145, 2
	%3149 = extractvalue { float, float, float, float } %3145, 3
	%3150 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3136, i32 %3137, float %3035, float %3036, float %3037, float %3038)
	%3151 = extractvalue { float, float, float, float } %3150, 0
	%3152 = extractvalue { float, float, float, float } %3150, 1
	%3153 = extractvalue { float, float, float, float } %3150, 2
	%3154 = extractvalue { float, float, float, float } %3150, 3
	%3155 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3048, i32 %3049, i32 %3050, i32 %3051, i32 %3138, i32 %3139, float %3040, float %3041, float %3042, float %3043)
	%3156 = extractvalue { float, float, float, float } %3155, 0
	%3157 = extractvalue { float, float, float, float } %3155, 1
	%3158 = extractvalue { float, float, float, float } %3155, 2
	%3159 = extractvalue { float, float, float, float } %3155, 3
	%3160 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2347, float %2345)
	%3161 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2399, float %2397)
	%3162 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2351, float %2349)
	%3163 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2403, float %2401)
	%3164 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2451, float %2449)
	%3165 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2503, float %2501)
	%3166 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2455, float %2453)
	%3167 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2507, float %2505)
	%3168 = xor i32 %2811, 0
	%3169 = add i32 %3168, 6144
	%3170 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3169)
	%3171 = extractvalue { i32, i32, i32, i32 } %3170, 0
	%3172 = extractvalue { i32, i32, i32, i32 } %3170, 1
	%3173 = extractvalue { i32, i32, i32, i32 } %3170, 2
	%3174 = extractvalue { i32, i32, i32, i32 } %3170, 3
	%3175 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3171, i32 %3172, float %3060, float %3061, float %3062, float %3063)
	%3176 = extractvalue { float, float, float, float } %3175, 0
	%3177 = extractvalue { float, float, float, float } %3175, 1
	%3178 = extractvalue { float, float, float, float } %3175, 2
	%3179 = extractvalue { float, float, float, float } %3175, 3
	%3180 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3173, i32 %3174, float %3065, float %3066, float %3067, float %3068)
	%3181 = extractvalue { float, float, float, float } %3180, 0
	%3182 = extractvalue { float, float, float, float } %3180, 1
	%3183 = extractvalue { float, float, float, float } %3180, 2
	%3184 = extractvalue { float, float, float, float } %3180, 3
	%3185 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3171, i32 %3172, float %3070, float %3071, float %3072, float %3073)
	%3186 = extractvalue { float, float, float, float } %3185, 0
	%3187 = extractvalue { float, float, float, float } %3185, 1
	%3188 = extractvalue { float, float, float, float } %3185, 2
	%3189 = extractvalue { float, float, float, float } %3185, 3
	%3190 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3173, i32 %3174, float %3075, float %3076, float %3077, float %3078)
	%3191 = extractvalue { float, float, float, float } %3190, 0
	%3192 = extractvalue { float, float, float, float } %3190, 1
	%3193 = extractvalue { float, float, float, float } %3190, 2
	%3194 = extractvalue { float, float, float, float } %3190, 3
	%3195 = xor i32 %2811, 32
	%3196 = add i32 %3195, 6144
	%3197 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3196)
	%3198 = extractvalue { i32, i32, i32, i32 } %3197, 0
	%3199 = extractvalue { i32, i32, i32, i32 } %3197, 1
	%3200 = extractvalue { i32, i32, i32, i32 } %3197, 2
	%3201 = extractvalue { i32, i32, i32, i32 } %3197, 3
	%3202 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3198, i32 %3199, float %3087, float %3088, float %3089, float %3090)
	%3203 = extractvalue { float, float, float, float } %3202, 0
	%3204 = extractvalue { float, float, float, float } %3202, 1
	%3205 = extractvalue { float, float, float, float } %3202, 2
	%3206 = extractvalue { float, float, float, float } %3202, 3
	%3207 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3200, i32 %3201, float %3092, float %3093, float %3094, float %3095)
	%3208 = extractvalue { float, float, float, float } %3207, 0
	%3209 = extractvalue { float, float, float, float } %3207, 1
	%3210 = extractvalue { float, float, float, float } %3207, 2
	%3211 = extractvalue { float, float, float, float } %3207, 3
	%3212 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3198, i32 %3199, float %3097, float %3098, float %3099, float %3100)
	%3213 = extractvalue { float, float, float, float } %3212, 0
	%3214 = extractvalue { float, float, float, float } %3212, 1
	%3215 = extractvalue { float, float, float, float } %3212, 2
	%3216 = extractvalue { float, float, float, float } %3212, 3
	%3217 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3200, i32 %3201, float %3102, float %3103, float %3104, float %3105)
	%3218 = extractvalue { float, float, float, float } %3217, 0
	%3219 = extractvalue { float, float, float, float } %3217, 1
	%3220 = extractvalue { float, float, float, float } %3217, 2
	%3221 = extractvalue { float, float, float, float } %3217, 3
	%3222 = xor i32 %2811, 64
	%3223 = add i32 %3222, 6144
	%3224 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3223)
	%3225 = extractvalue { i32, i32, i32, i32 } %3224, 0
	%3226 = extractvalue { i32, i32, i32, i32 } %3224, 1
	%3227 = extractvalue { i32, i32, i32, i32 } %3224, 2
	%3228 = extractvalue { i32, i32, i32, i32 } %3224, 3
	%3229 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3225, i32 %3226, float %3114, float %3115, float %3116, float %3117)
	%3230 = extractvalue { float, float, float, float } %3229, 0
	%3231 = extractvalue { float, float, float, float } %3229, 1
	%3232 = extractvalue { float, float, float, float } %3229, 2
	%3233 = extractvalue { float, float, float, float } %3229, 3
	%3234 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3227, i32 %3228, float %3119, float %3120, float %3121, float %3122)
	%3235 = extractvalue { float, float, float, float } %3234, 0
	%3236 = extractvalue { float, float, float, float } %3234, 1
	%3237 = extractvalue { float, float, float, float } %3234, 2
	%3238 = extractvalue { float, float, float, float } %3234, 3
	%3239 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3225, i32 %3226, float %3124, float %3125, float %3126, float %3127)
	%3240 = extractvalue { float, float, float, float } %3239, 0
	%3241 = extractvalue { float, float, float, float } %3239, 1
	%3242 = extractvalue { float, float, float, float } %3239, 2
	%3243 = extractvalue { float, float, float, float } %3239, 3
	%3244 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3227, i32 %3228, float %3129, float %3130, float %3131, float %3132)
	%3245 = extractvalue { float, float, float, float } %3244, 0
	%3246 = extractvalue { float, float, float, float } %3244, 1
	%3247 = extractvalue { float, float, float, float } %3244, 2
	%3248 = extractvalue { float, float, float, float } %3244, 3
	%3249 = xor i32 %2811, 96
	%3250 = add i32 %3249, 6144
	%3251 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3250)
	%3252 = extractvalue { i32, i32, i32, i32 } %3251, 0
	%3253 = extractvalue { i32, i32, i32, i32 } %3251, 1
	%3254 = extractvalue { i32, i32, i32, i32 } %3251, 2
	%3255 = extractvalue { i32, i32, i32, i32 } %3251, 3
	%3256 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3252, i32 %3253, float %3141, float %3142, float %3143, float %3144)
	%3257 = extractvalue { float, float, float, float } %3256, 0
	%3258 = extractvalue { float, float, float, float } %3256, 1
	%3259 = extractvalue { float, float, float, float } %3256, 2
	%3260 = extractvalue { float, float, float, float } %3256, 3
	%3261 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3160, i32 %3161, i32 %3162, i32 %3163, i32 %3254, i32 %3255, float %3146, float %3147, float %3148, float %3149)
	%3262 = extractvalue { float, float, float, float } %3261, 0
	%3263 = extractvalue { float, float, float, float } %3261, 1
	%3264 = extractvalue { float, float, float, float } %3261, 2
	%3265 = extractvalue { float, float, float, float } %3261, 3
	%3266 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3252, i32 %3253, float %3151, float %3152, float %3153, float %3154)
	%3267 = extractvalue { float, float, float, float } %3266, 0
	%3268 = extractvalue { float, float, float, float } %3266, 1
	%3269 = extractvalue { float, float, float, float } %3266, 2
	%3270 = extractvalue { float, float, float, float } %3266, 3
	%3271 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3164, i32 %3165, i32 %3166, i32 %3167, i32 %3254, i32 %3255, float %3156, float %3157, float %3158, float %3159)
	%3272 = extractvalue { float, float, float, float } %3271, 0
	%3273 = extractvalue { float, float, float, float } %3271, 1
	%3274 = extractvalue { float, float, float, float } %3271, 2
	%3275 = extractvalue { float, float, float, float } %3271, 3
	br i1 %2718, label %loop, label %epilogue

store0:
	%3276 = mul i32 %23, %M
	%3277 = add i32 %3276, %1023
	%3278 = mul i32 %3277, 64
	%3279 = shl i32 %7, 1
	%3280 = add i32 0, %3279
	%3281 = add i32 %3278, %3280
	%3282 = sext i32 %3281 to i64
	%3283 = getelementptr i16, i16* %out, i64 %3282
	%3284 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1025, float %1024)
	%3285 = bitcast i16* %3283 to i32*
	store i32 %3284, i32* %3285
	%3286 = shl i32 %7, 1
	%3287 = add i32 8, %3286
	%3288 = add i32 %3278, %3287
	%3289 = sext i32 %3288 to i64
	%3290 = getelementptr i16, i16* %out, i64 %3289
	%3291 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1027, float %1026)
	%3292 = bitcast i16* %3290 to i32*
	store i32 %3291, i32* %3292
	%3293 = shl i32 %7, 1
	%3294 = add i32 16, %3293
	%3295 = add i32 %3278, %3294
	%3296 = sext i32 %3295 to i64
	%3297 = getelementptr i16, i16* %out, i64 %3296
	%3298 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1029, float %1028)
	%3299 = bitcast i16* %3297 to i32*
	store i32 %3298, i32* %3299
	%3300 = shl i32 %7, 1
	%3301 = add i32 24, %3300
	%3302 = add i32 %3278, %3301
	%3303 = sext i32 %3302 to i64
	%3304 = getelementptr i16, i16* %out, i64 %3303
	%3305 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1031, float %1030)
	%3306 = bitcast i16* %3304 to i32*
	store i32 %3305, i32* %3306
	%3307 = shl i32 %7, 1
	%3308 = add i32 32, %3307
	%3309 = add i32 %3278, %3308
	%3310 = sext i32 %3309 to i64
	%3311 = getelementptr i16, i16* %out, i64 %3310
	%3312 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1033, float %1032)
	%3313 = bitcast i16* %3311 to i32*
	store i32 %3312, i32* %3313
	%3314 = shl i32 %7, 1
	%3315 = add i32 40, %3314
	%3316 = add i32 %3278, %3315
	%3317 = sext i32 %3316 to i64
	%3318 = getelementptr i16, i16* %out, i64 %3317
	%3319 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1035, float %1034)
	%3320 = bitcast i16* %3318 to i32*
	store i32 %3319, i32* %3320
	%3321 = shl i32 %7, 1
	%3322 = add i32 48, %3321
	%3323 = add i32 %3278, %3322
	%3324 = sext i32 %3323 to i64
	%3325 = getelementptr i16, i16* %out, i64 %3324
	%3326 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1037, float %1036)
	%3327 = bitcast i16* %3325 to i32*
	store i32 %3326, i32* %3327
	%3328 = shl i32 %7, 1
	%3329 = add i32 56, %3328
	%3330 = add i32 %3278, %3329
	%3331 = sext i32 %3330 to i64
	%3332 = getelementptr i16, i16* %out, i64 %3331
	%3333 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1039, float %1038)
	%3334 = bitcast i16* %3332 to i32*
	store i32 %3333, i32* %3334
	br label %stored0

stored0:
	%3335 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %945, i32 1, i32 31)
	%3336 = fadd float %945, %3335
	%3337 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3336, i32 2, i32 31)
	%3338 = fadd float %3336, %3337
	%3339 = fcmp ogt float %3338, 0.0
	%3340 = fdiv float 1.0, %3338
	%3341 = select i1 %3339, float %3340, float 0.0
	%3342 = mul i32 %4, 32
	%3343 = add i32 %25, %3342
	%3344 = add i32 %6, 8
	%3345 = add i32 %3343, %3344
	%3346 = fmul float %951, %3341
	%3347 = fmul float %952, %3341
	%3348 = fmul float %955, %3341
	%3349 = fmul float %956, %3341
	%3350 = fmul float %959, %3341
	%3351 = fmul float %960, %3341
	%3352 = fmul float %963, %3341
	%3353 = fmul float %964, %3341
	%3354 = fmul float %967, %3341
	%3355 = fmul float %968, %3341
	%3356 = fmul float %971, %3341
	%3357 = fmul float %972, %3341
	%3358 = fmul float %975, %3341
	%3359 = fmul float %976, %3341
	%3360 = fmul float %979, %3341
	%3361 = fmul float %980, %3341
	%3362 = icmp slt i32 %3345, %M
	br i1 %3362, label %store1, label %stored1

store1:
	%3363 = mul i32 %23, %M
	%3364 = add i32 %3363, %3345
	%3365 = mul i32 %3364, 64
	%3366 = shl i32 %7, 1
	%3367 = add i32 0, %3366
	%3368 = add i32 %3365, %3367
	%3369 = sext i32 %3368 to i64
	%3370 = getelementptr i16, i16* %out, i64 %3369
	%3371 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3347, float %3346)
	%3372 = bitcast i16* %3370 to i32*
	store i32 %3371, i32* %3372
	%3373 = shl i32 %7, 1
	%3374 = add i32 8, %3373
	%3375 = add i32 %3365, %3374
	%3376 = sext i32 %3375 to i64
	%3377 = getelementptr i16, i16* %out, i64 %3376
	%3378 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3349, float %3348)
	%3379 = bitcast i16* %3377 to i32*
	store i32 %3378, i32* %3379
	%3380 = shl i32 %7, 1
	%3381 = add i32 16, %3380
	%3382 = add i32 %3365, %3381
	%3383 = sext i32 %3382 to i64
	%3384 = getelementptr i16, i16* %out, i64 %3383
	%3385 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3351, float %3350)
	%3386 = bitcast i16* %3384 to i32*
	store i32 %3385, i32* %3386
	%3387 = shl i32 %7, 1
	%3388 = add i32 24, %3387
	%3389 = add i32 %3365, %3388
	%3390 = sext i32 %3389 to i64
	%3391 = getelementptr i16, i16* %out, i64 %3390
	%3392 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3353, float %3352)
	%3393 = bitcast i16* %3391 to i32*
	store i32 %3392, i32* %3393
	%3394 = shl i32 %7, 1
	%3395 = add i32 32, %3394
	%3396 = add i32 %3365, %3395
	%3397 = sext i32 %3396 to i64
	%3398 = getelementptr i16, i16* %out, i64 %3397
	%3399 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3355, float %3354)
	%3400 = bitcast i16* %3398 to i32*
	store i32 %3399, i32* %3400
	%3401 = shl i32 %7, 1
	%3402 = add i32 40, %3401
	%3403 = add i32 %3365, %3402
	%3404 = sext i32 %3403 to i64
	%3405 = getelementptr i16, i16* %out, i64 %3404
	%3406 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3357, float %3356)
	%3407 = bitcast i16* %3405 to i32*
	store i32 %3406, i32* %3407
	%3408 = shl i32 %7, 1
	%3409 = add i32 48, %3408
	%3410 = add i32 %3365, %3409
	%3411 = sext i32 %3410 to i64
	%3412 = getelementptr i16, i16* %out, i64 %3411
	%3413 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3359, float %3358)
	%3414 = bitcast i16* %3412 to i32*
	store i32 %3413, i32* %3414
	%3415 = shl i32 %7, 1
	%3416 = add i32 56, %3415
	%3417 = add i32 %3365, %3416
	%3418 = sext i32 %3417 to i64
	%3419 = getelementptr i16, i16* %out, i64 %3418
	%3420 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3361, float %3360)
	%3421 = bitcast i16* %3419 to i32*
	store i32 %3420, i32* %3421
	br label %stored1

stored1:
	%3422 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %946, i32 1, i32 31)
	%3423 = fadd float %946, %3422
	%3424 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3423, i32 2, i32 31)
	%3425 = fadd float %3423, %3424
	%3426 = fcmp ogt float %3425, 0.0
	%3427 = fdiv float 1.0, %3425
	%3428 = select i1 %3426, float %3427, float 0.0
	%3429 = mul i32 %4, 32
	%3430 = add i32 %25, %3429
	%3431 = add i32 %6, 16
	%3432 = add i32 %3430, %3431
	%3433 = fmul float %981, %3428
	%3434 = fmul float %982, %3428
	%3435 = fmul float %985, %3428
	%3436 = fmul float %986, %3428
	%3437 = fmul float %989, %3428
	%3438 = fmul float %990, %3428
	%3439 = fmul float %993, %3428
	%3440 = fmul float %994, %3428
	%3441 = fmul float %997, %3428
	%3442 = fmul float %998, %3428
	%3443 = fmul float %1001, %3428
	%3444 = fmul float %1002, %3428
	%3445 = fmul float %1005, %3428
	%3446 = fmul float %1006, %3428
	%3447 = fmul float %1009, %3428
	%3448 = fmul float %1010, %3428
	%3449 = icmp slt i32 %3432, %M
	br i1 %3449, label %store2, label %stored2

store2:
	%3450 = mul i32 %23, %M
	%3451 = add i32 %3450, %3432
	%3452 = mul i32 %3451, 64
	%3453 = shl i32 %7, 1
	%3454 = add i32 0, %3453
	%3455 = add i32 %3452, %3454
	%3456 = sext i32 %3455 to i64
	%3457 = getelementptr i16, i16* %out, i64 %3456
	%3458 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3434, float %3433)
	%3459 = bitcast i16* %3457 to i32*
	store i32 %3458, i32* %3459
	%3460 = shl i32 %7, 1
	%3461 = add i32 8, %3460
	%3462 = add i32 %3452, %3461
	%3463 = sext i32 %3462 to i64
	%3464 = getelementptr i16, i16* %out, i64 %3463
	%3465 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3436, float %3435)
	%3466 = bitcast i16* %3464 to i32*
	store i32 %3465, i32* %3466
	%3467 = shl i32 %7, 1
	%3468 = add i32 16, %3467
	%3469 = add i32 %3452, %3468
	%3470 = sext i32 %3469 to i64
	%3471 = getelementptr i16, i16* %out, i64 %3470
	%3472 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3438, float %3437)
	%3473 = bitcast i16* %3471 to i32*
	store i32 %3472, i32* %3473
	%3474 = shl i32 %7, 1
	%3475 = add i32 24, %3474
	%3476 = add i32 %3452, %3475
	%3477 = sext i32 %3476 to i64
	%3478 = getelementptr i16, i16* %out, i64 %3477
	%3479 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3440, float %3439)
	%3480 = bitcast i16* %3478 to i32*
	store i32 %3479, i32* %3480
	%3481 = shl i32 %7, 1
	%3482 = add i32 32, %3481
	%3483 = add i32 %3452, %3482
	%3484 = sext i32 %3483 to i64
	%3485 = getelementptr i16, i16* %out, i64 %3484
	%3486 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3442, float %3441)
	%3487 = bitcast i16* %3485 to i32*
	store i32 %3486, i32* %3487
	%3488 = shl i32 %7, 1
	%3489 = add i32 40, %3488
	%3490 = add i32 %3452, %3489
	%3491 = sext i32 %3490 to i64
	%3492 = getelementptr i16, i16* %out, i64 %3491
	%3493 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3444, float %3443)
	%3494 = bitcast i16* %3492 to i32*
	store i32 %3493, i32* %3494
	%3495 = shl i32 %7, 1
	%3496 = add i32 48, %3495
	%3497 = add i32 %3452, %3496
	%3498 = sext i32 %3497 to i64
	%3499 = getelementptr i16, i16* %out, i64 %3498
	%3500 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3446, float %3445)
	%3501 = bitcast i16* %3499 to i32*
	store i32 %3500, i32* %3501
	%3502 = shl i32 %7, 1
	%3503 = add i32 56, %3502
	%3504 = add i32 %3452, %3503
	%3505 = sext i32 %3504 to i64
	%3506 = getelementptr i16, i16* %out, i64 %3505
	%3507 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3448, float %3447)
	%3508 = bitcast i16* %3506 to i32*
	store i32 %3507, i32* %3508
	br label %stored2

stored2:
	%3509 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %947, i32 1, i32 31)
	%3510 = fadd float %947, %3509
	%3511 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3510, i32 2, i32 31)
	%3512 = fadd float %3510, %3511
	%3513 = fcmp ogt float %3512, 0.0
	%3514 = fdiv float 1.0, %3512
	%3515 = select i1 %3513, float %3514, float 0.0
	%3516 = mul i32 %4, 32
	%3517 = add i32 %25, %3516
	%3518 = add i32 %6, 24
	%3519 = add i32 %3517, %3518
	%3520 = fmul float %983, %3515
	%3521 = fmul float %984, %3515
	%3522 = fmul float %987, %3515
	%3523 = fmul float %988, %3515
	%3524 = fmul float %991, %3515
	%3525 = fmul float %992, %3515
	%3526 = fmul float %995, %3515
	%3527 = fmul float %996, %3515
	%3528 = fmul float %999, %3515
	%3529 = fmul float %1000, %3515
	%3530 = fmul float %1003, %3515
	%3531 = fmul float %1004, %3515
	%3532 = fmul float %1007, %3515
	%3533 = fmul float %1008, %3515
	%3534 = fmul float %1011, %3515
	%3535 = fmul float %1012, %3515
	%3536 = icmp slt i32 %3519, %M
	br i1 %3536, label %store3, label %stored3

store3:
	%3537 = mul i32 %23, %M
	%3538 = add i32 %3537, %3519
	%3539 = mul i32 %3538, 64
	%3540 = shl i32 %7, 1
	%3541 = add i32 0, %3540
	%3542 = add i32 %3539, %3541
	%3543 = sext i32 %3542 to i64
	%3544 = getelementptr i16, i16* %out, i64 %3543
	%3545 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3521, float %3520)
	%3546 = bitcast i16* %3544 to i32*
	store i32 %3545, i32* %3546
	%3547 = shl i32 %7, 1
	%3548 = add i32 8, %3547
	%3549 = add i32 %3539, %3548
	%3550 = sext i32 %3549 to i64
	%3551 = getelementptr i16, i16* %out, i64 %3550
	%3552 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3523, float %3522)
	%3553 = bitcast i16* %3551 to i32*
	store i32 %3552, i32* %3553
	%3554 = shl i32 %7, 1
	%3555 = add i32 16, %3554
	%3556 = add i32 %3539, %3555
	%3557 = sext i32 %3556 to i64
	%3558 = getelementptr i16, i16* %out, i64 %3557
	%3559 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3525, float %3524)
	%3560 = bitcast i16* %3558 to i32*
	store i32 %3559, i32* %3560
	%3561 = shl i32 %7, 1
	%3562 = add i32 24, %3561
	%3563 = add i32 %3539, %3562
	%3564 = sext i32 %3563 to i64
	%3565 = getelementptr i16, i16* %out, i64 %3564
	%3566 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3527, float %3526)
	%3567 = bitcast i16* %3565 to i32*
	store i32 %3566, i32* %3567
	%3568 = shl i32 %7, 1
	%3569 = add i32 32, %3568
	%3570 = add i32 %3539, %3569
	%3571 = sext i32 %3570 to i64
	%3572 = getelementptr i16, i16* %out, i64 %3571
	%3573 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3529, float %3528)
	%3574 = bitcast i16* %3572 to i32*
	store i32 %3573, i32* %3574
	%3575 = shl i32 %7, 1
	%3576 = add i32 40, %3575
	%3577 = add i32 %3539, %3576
	%3578 = sext i32 %3577 to i64
	%3579 = getelementptr i16, i16* %out, i64 %3578
	%3580 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3531, float %3530)
	%3581 = bitcast i16* %3579 to i32*
	store i32 %3580, i32* %3581
	%3582 = shl i32 %7, 1
	%3583 = add i32 48, %3582
	%3584 = add i32 %3539, %3583
	%3585 = sext i32 %3584 to i64
	%3586 = getelementptr i16, i16* %out, i64 %3585
	%3587 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3533, float %3532)
	%3588 = bitcast i16* %3586 to i32*
	store i32 %3587, i32* %3588
	%3589 = shl i32 %7, 1
	%3590 = add i32 56, %3589
	%3591 = add i32 %3539, %3590
	%3592 = sext i32 %3591 to i64
	%3593 = getelementptr i16, i16* %out, i64 %3592
	%3594 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3535, float %3534)
	%3595 = bitcast i16* %3593 to i32*
	store i32 %3594, i32* %3595
	br label %stored3

stored3:
	%3596 = icmp eq i32 %3, 0
	br i1 %3596, label %3597, label %3602

3597:
	%3598 = mul i32 %23, %NQ
	%3599 = add i32 %3598, %21
	%3600 = sext i32 %3599 to i64
	%3601 = getelementptr i32, i32* %visits, i64 %3600
	store i32 %948, i32* %3601
	br label %3602

3602:
	ret void
}
