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
	%60 = icmp slt i32 1, %NK
	%61 = and i1 %59, %60
	%62 = select i1 %61, i32 1, i32 0
	%63 = add i32 %42, %62
	%64 = sext i32 %63 to i64
	%65 = getelementptr i32, i32* %list, i64 %64
	%66 = load i32, i32* %65
	%67 = select i1 %61, i32 %66, i32 -1
	%68 = icmp sge i32 %56, 0
	%69 = icmp slt i32 %56, %NK
	%70 = and i1 %68, %69
	%71 = select i1 %70, i32 %56, i32 0
	%72 = add i32 %46, %71
	%73 = sext i32 %72 to i64
	%74 = getelementptr i8, i8* %cls, i64 %73
	%75 = load i8, i8* %74
	%76 = lshr i32 %3, 3
	%77 = and i32 %3, 7
	%78 = and i32 %76, 7
	%79 = xor i32 %77, %78
	%80 = mul i32 %76, 8
	%81 = add i32 %80, %79
	%82 = shl i32 %81, 4
	%83 = add i32 %2, %82
	%84 = add i32 %25, %76
	%85 = mul i32 %84, 64
	%86 = mul i32 %77, 8
	%87 = add i32 %85, %86
	%88 = sext i32 %87 to i64
	%89 = getelementptr i16, i16* %29, i64 %88
	%90 = add i32 %84, 0
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %89, i64 0
	%93 = select i1 %91, i16* %92, i16* %29
	%94 = add i32 %83, 0
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	%96 = add i32 %84, 8
	%97 = icmp slt i32 %96, %M
	%98 = getelementptr i16, i16* %89, i64 512
	%99 = select i1 %97, i16* %98, i16* %29
	%100 = add i32 %83, 1024
	%101 = select i1 %97, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %100, i16* %99, i32 %101)
	%102 = add i32 %84, 16
	%103 = icmp slt i32 %102, %M
	%104 = getelementptr i16, i16* %89, i64 1024
	%105 = select i1 %103, i16* %104, i16* %29
	%106 = add i32 %83, 2048
	%107 = select i1 %103, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %106, i16* %105, i32 %107)
	%108 = add i32 %84, 24
	%109 = icmp slt i32 %108, %M
	%110 = getelementptr i16, i16* %89, i64 1536
	%111 = select i1 %109, i16* %110, i16* %29
	%112 = add i32 %83, 3072
	%113 = select i1 %109, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %112, i16* %111, i32 %113)
	%114 = add i32 %84, 32
	%115 = icmp slt i32 %114, %M
	%116 = getelementptr i16, i16* %89, i64 2048
	%117 = select i1 %115, i16* %116, i16* %29
	%118 = add i32 %83, u0x1000
	%119 = select i1 %115, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %118, i16* %117, i32 %119)
	%120 = add i32 %84, 40
	%121 = icmp slt i32 %120, %M
	%122 = getelementptr i16, i16* %89, i64 2560
	%123 = select i1 %121, i16* %122, i16* %29
	%124 = add i32 %83, 5120
	%125 = select i1 %121, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %124, i16* %123, i32 %125)
	%126 = add i32 %84, 48
	%127 = icmp slt i32 %126, %M
	%128 = getelementptr i16, i16* %89, i64 3072
	%129 = select i1 %127, i16* %128, i16* %29
	%130 = add i32 %83, 6144
	%131 = select i1 %127, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %130, i16* %129, i32 %131)
	%132 = add i32 %84, 56
	%133 = icmp slt i32 %132, %M
	%134 = getelementptr i16, i16* %89, i64 3584
	%135 = select i1 %133, i16* %134, i16* %29
	%136 = add i32 %83, 7168
	%137 = select i1 %133, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %136, i16* %135, i32 %137)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %59, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%138 = and i32 %5, 7
	%139 = lshr i32 %5, 3
	%140 = and i32 %139, 1
	%141 = shl i32 %140, 3
	%142 = add i32 %138, %141
	%143 = lshr i32 %5, 4
	%144 = mul i32 %4, 32
	%145 = add i32 %142, 0
	%146 = add i32 %144, %145
	%147 = mul i32 %146, 128
	%148 = add i32 %2, %147
	%149 = and i32 %5, 7
	%150 = xor i32 %143, %149
	%151 = shl i32 %150, 4
	%152 = add i32 %148, %151
	%153 = mul i32 %4, 32
	%154 = add i32 %142, 16
	%155 = add i32 %153, %154
	%156 = mul i32 %155, 128
	%157 = add i32 %2, %156
	%158 = and i32 %5, 7
	%159 = xor i32 %143, %158
	%160 = shl i32 %159, 4
	%161 = add i32 %157, %160
	%162 = mul i32 %56, 64
	%163 = lshr i32 %3, 3
	%164 = add i32 %162, %163
	%165 = add i32 %164, 0
	%166 = icmp slt i32 %165, %N
	%167 = select i1 %166, i32 %165, i32 0
	%168 = sext i32 %167 to i64
	%169 = getelementptr i32, i32* %52, i64 %168
	%170 = load i32, i32* %169
	%171 = add i32 %164, 8
	%172 = icmp slt i32 %171, %N
	%173 = select i1 %172, i32 %171, i32 0
	%174 = sext i32 %173 to i64
	%175 = getelementptr i32, i32* %52, i64 %174
	%176 = load i32, i32* %175
	%177 = add i32 %164, 16
	%178 = icmp slt i32 %177, %N
	%179 = select i1 %178, i32 %177, i32 0
	%180 = sext i32 %179 to i64
	%181 = getelementptr i32, i32* %52, i64 %180
	%182 = load i32, i32* %181
	%183 = add i32 %164, 24
	%184 = icmp slt i32 %183, %N
	%185 = select i1 %184, i32 %183, i32 0
	%186 = sext i32 %185 to i64
	%187 = getelementptr i32, i32* %52, i64 %186
	%188 = load i32, i32* %187
	%189 = add i32 %164, 32
	%190 = icmp slt i32 %189, %N
	%191 = select i1 %190, i32 %189, i32 0
	%192 = sext i32 %191 to i64
	%193 = getelementptr i32, i32* %52, i64 %192
	%194 = load i32, i32* %193
	%195 = add i32 %164, 40
	%196 = icmp slt i32 %195, %N
	%197 = select i1 %196, i32 %195, i32 0
	%198 = sext i32 %197 to i64
	%199 = getelementptr i32, i32* %52, i64 %198
	%200 = load i32, i32* %199
	%201 = add i32 %164, 48
	%202 = icmp slt i32 %201, %N
	%203 = select i1 %202, i32 %201, i32 0
	%204 = sext i32 %203 to i64
	%205 = getelementptr i32, i32* %52, i64 %204
	%206 = load i32, i32* %205
	%207 = add i32 %164, 56
	%208 = icmp slt i32 %207, %N
	%209 = select i1 %208, i32 %207, i32 0
	%210 = sext i32 %209 to i64
	%211 = getelementptr i32, i32* %52, i64 %210
	%212 = load i32, i32* %211
	%213 = mul i32 %56, 64
	%214 = lshr i32 %3, 3
	%215 = and i32 %3, 7
	%216 = and i32 %214, 7
	%217 = xor i32 %215, %216
	%218 = mul i32 %214, 8
	%219 = add i32 %218, %217
	%220 = shl i32 %219, 4
	%221 = add i32 %0, %220
	%222 = add i32 %213, %214
	%223 = add i32 %222, 0
	%224 = icmp slt i32 %223, %N
	%225 = mul i32 %170, 64
	%226 = mul i32 %215, 8
	%227 = add i32 %225, %226
	%228 = sext i32 %227 to i64
	%229 = getelementptr i16, i16* %33, i64 %228
	%230 = add i32 %221, 0
	%231 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %230, i16* %229, i32 %231)
	%232 = add i32 %222, 8
	%233 = icmp slt i32 %232, %N
	%234 = mul i32 %176, 64
	%235 = mul i32 %215, 8
	%236 = add i32 %234, %235
	%237 = sext i32 %236 to i64
	%238 = getelementptr i16, i16* %33, i64 %237
	%239 = add i32 %221, 1024
	%240 = select i1 %233, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %239, i16* %238, i32 %240)
	%241 = add i32 %222, 16
	%242 = icmp slt i32 %241, %N
	%243 = mul i32 %182, 64
	%244 = mul i32 %215, 8
	%245 = add i32 %243, %244
	%246 = sext i32 %245 to i64
	%247 = getelementptr i16, i16* %33, i64 %246
	%248 = add i32 %221, 2048
	%249 = select i1 %242, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %248, i16* %247, i32 %249)
	%250 = add i32 %222, 24
	%251 = icmp slt i32 %250, %N
	%252 = mul i32 %188, 64
	%253 = mul i32 %215, 8
	%254 = add i32 %252, %253
	%255 = sext i32 %254 to i64
	%256 = getelementptr i16, i16* %33, i64 %255
	%257 = add i32 %221, 3072
	%258 = select i1 %251, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %257, i16* %256, i32 %258)
	%259 = add i32 %222, 32
	%260 = icmp slt i32 %259, %N
	%261 = mul i32 %194, 64
	%262 = mul i32 %215, 8
	%263 = add i32 %261, %262
	%264 = sext i32 %263 to i64
	%265 = getelementptr i16, i16* %33, i64 %264
	%266 = add i32 %221, u0x1000
	%267 = select i1 %260, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %266, i16* %265, i32 %267)
	%268 = add i32 %222, 40
	%269 = icmp slt i32 %268, %N
	%270 = mul i32 %200, 64
	%271 = mul i32 %215, 8
	%272 = add i32 %270, %271
	%273 = sext i32 %272 to i64
	%274 = getelementptr i16, i16* %33, i64 %273
	%275 = add i32 %221, 5120
	%276 = select i1 %269, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %275, i16* %274, i32 %276)
	%277 = add i32 %222, 48
	%278 = icmp slt i32 %277, %N
	%279 = mul i32 %206, 64
	%280 = mul i32 %215, 8
	%281 = add i32 %279, %280
	%282 = sext i32 %281 to i64
	%283 = getelementptr i16, i16* %33, i64 %282
	%284 = add i32 %221, 6144
	%285 = select i1 %278, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %284, i16* %283, i32 %285)
	%286 = add i32 %222, 56
	%287 = icmp slt i32 %286, %N
	%288 = mul i32 %212, 64
	%289 = mul i32 %215, 8
	%290 = add i32 %288, %289
	%291 = sext i32 %290 to i64
	%292 = getelementptr i16, i16* %33, i64 %291
	%293 = add i32 %221, 7168
	%294 = select i1 %287, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %293, i16* %292, i32 %294)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%295 = phi i32 [ 0, %prologue ], [ %2640, %pv ]
	%296 = phi i32 [ %56, %prologue ], [ %297, %pv ]
	%297 = phi i32 [ %67, %prologue ], [ %2650, %pv ]
	%298 = phi i8 [ %75, %prologue ], [ %2658, %pv ]
	%299 = phi float [ 0.0, %prologue ], [ %3200, %pv ]
	%300 = phi float [ 0.0, %prologue ], [ %3201, %pv ]
	%301 = phi float [ 0.0, %prologue ], [ %3202, %pv ]
	%302 = phi float [ 0.0, %prologue ], [ %3203, %pv ]
	%303 = phi float [ 0.0, %prologue ], [ %3205, %pv ]
	%304 = phi float [ 0.0, %prologue ], [ %3206, %pv ]
	%305 = phi float [ 0.0, %prologue ], [ %3207, %pv ]
	%306 = phi float [ 0.0, %prologue ], [ %3208, %pv ]
	%307 = phi float [ 0.0, %prologue ], [ %3227, %pv ]
	%308 = phi float [ 0.0, %prologue ], [ %3228, %pv ]
	%309 = phi float [ 0.0, %prologue ], [ %3229, %pv ]
	%310 = phi float [ 0.0, %prologue ], [ %3230, %pv ]
	%311 = phi float [ 0.0, %prologue ], [ %3232, %pv ]
	%312 = phi float [ 0.0, %prologue ], [ %3233, %pv ]
	%313 = phi float [ 0.0, %prologue ], [ %3234, %pv ]
	%314 = phi float [ 0.0, %prologue ], [ %3235, %pv ]
	%315 = phi float [ 0.0, %prologue ], [ %3254, %pv ]
	%316 = phi float [ 0.0, %prologue ], [ %3255, %pv ]
	%317 = phi float [ 0.0, %prologue ], [ %3256, %pv ]
	%318 = phi float [ 0.0, %prologue ], [ %3257, %pv ]
	%319 = phi float [ 0.0, %prologue ], [ %3259, %pv ]
	%320 = phi float [ 0.0, %prologue ], [ %3260, %pv ]
	%321 = phi float [ 0.0, %prologue ], [ %3261, %pv ]
	%322 = phi float [ 0.0, %prologue ], [ %3262, %pv ]
	%323 = phi float [ 0.0, %prologue ], [ %3281, %pv ]
	%324 = phi float [ 0.0, %prologue ], [ %3282, %pv ]
	%325 = phi float [ 0.0, %prologue ], [ %3283, %pv ]
	%326 = phi float [ 0.0, %prologue ], [ %3284, %pv ]
	%327 = phi float [ 0.0, %prologue ], [ %3286, %pv ]
	%328 = phi float [ 0.0, %prologue ], [ %3287, %pv ]
	%329 = phi float [ 0.0, %prologue ], [ %3288, %pv ]
	%330 = phi float [ 0.0, %prologue ], [ %3289, %pv ]
	%331 = phi float [ 0.0, %prologue ], [ %3210, %pv ]
	%332 = phi float [ 0.0, %prologue ], [ %3211, %pv ]
	%333 = phi float [ 0.0, %prologue ], [ %3212, %pv ]
	%334 = phi float [ 0.0, %prologue ], [ %3213, %pv ]
	%335 = phi float [ 0.0, %prologue ], [ %3215, %pv ]
	%336 = phi float [ 0.0, %prologue ], [ %3216, %pv ]
	%337 = phi float [ 0.0, %prologue ], [ %3217, %pv ]
	%338 = phi float [ 0.0, %prologue ], [ %3218, %pv ]
	%339 = phi float [ 0.0, %prologue ], [ %3237, %pv ]
	%340 = phi float [ 0.0, %prologue ], [ %3238, %pv ]
	%341 = phi float [ 0.0, %prologue ], [ %3239, %pv ]
	%342 = phi float [ 0.0, %prologue ], [ %3240, %pv ]
	%343 = phi float [ 0.0, %prologue ], [ %3242, %pv ]
	%344 = phi float [ 0.0, %prologue ], [ %3243, %pv ]
	%345 = phi float [ 0.0, %prologue ], [ %3244, %pv ]
	%346 = phi float [ 0.0, %prologue ], [ %3245, %pv ]
	%347 = phi float [ 0.0, %prologue ], [ %3264, %pv ]
	%348 = phi float [ 0.0, %prologue ], [ %3265, %pv ]
	%349 = phi float [ 0.0, %prologue ], [ %3266, %pv ]
	%350 = phi float [ 0.0, %prologue ], [ %3267, %pv ]
	%351 = phi float [ 0.0, %prologue ], [ %3269, %pv ]
	%352 = phi float [ 0.0, %prologue ], [ %3270, %pv ]
	%353 = phi float [ 0.0, %prologue ], [ %3271, %pv ]
	%354 = phi float [ 0.0, %prologue ], [ %3272, %pv ]
	%355 = phi float [ 0.0, %prologue ], [ %3291, %pv ]
	%356 = phi float [ 0.0, %prologue ], [ %3292, %pv ]
	%357 = phi float [ 0.0, %prologue ], [ %3293, %pv ]
	%358 = phi float [ 0.0, %prologue ], [ %3294, %pv ]
	%359 = phi float [ 0.0, %prologue ], [ %3296, %pv ]
	%360 = phi float [ 0.0, %prologue ], [ %3297, %pv ]
	%361 = phi float [ 0.0, %prologue ], [ %3298, %pv ]
	%362 = phi float [ 0.0, %prologue ], [ %3299, %pv ]
	%363 = phi float [ 0xFFF0000000000000, %prologue ], [ %2330, %pv ]
	%364 = phi float [ 0.0, %prologue ], [ %2381, %pv ]
	%365 = phi float [ 0xFFF0000000000000, %prologue ], [ %2382, %pv ]
	%366 = phi float [ 0.0, %prologue ], [ %2433, %pv ]
	%367 = phi float [ 0xFFF0000000000000, %prologue ], [ %2434, %pv ]
	%368 = phi float [ 0.0, %prologue ], [ %2485, %pv ]
	%369 = phi float [ 0xFFF0000000000000, %prologue ], [ %2486, %pv ]
	%370 = phi float [ 0.0, %prologue ], [ %2537, %pv ]
	%371 = phi i32 [ %170, %prologue ], [ %2668, %pv ]
	%372 = phi i32 [ %176, %prologue ], [ %2674, %pv ]
	%373 = phi i32 [ %182, %prologue ], [ %2680, %pv ]
	%374 = phi i32 [ %188, %prologue ], [ %2686, %pv ]
	%375 = phi i32 [ %194, %prologue ], [ %2692, %pv ]
	%376 = phi i32 [ %200, %prologue ], [ %2698, %pv ]
	%377 = phi i32 [ %206, %prologue ], [ %2704, %pv ]
	%378 = phi i32 [ %212, %prologue ], [ %2710, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%379 = mul i32 %296, 64
	%380 = lshr i32 %3, 3
	%381 = and i32 %3, 7
	%382 = and i32 %380, 7
	%383 = xor i32 %381, %382
	%384 = mul i32 %380, 8
	%385 = add i32 %384, %383
	%386 = shl i32 %385, 4
	%387 = add i32 %1, %386
	%388 = add i32 %379, %380
	%389 = add i32 %388, 0
	%390 = icmp slt i32 %389, %N
	%391 = mul i32 %371, 64
	%392 = mul i32 %381, 8
	%393 = add i32 %391, %392
	%394 = sext i32 %393 to i64
	%395 = getelementptr i16, i16* %37, i64 %394
	%396 = add i32 %387, 0
	%397 = select i1 %390, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %396, i16* %395, i32 %397)
	%398 = add i32 %388, 8
	%399 = icmp slt i32 %398, %N
	%400 = mul i32 %372, 64
	%401 = mul i32 %381, 8
	%402 = add i32 %400, %401
	%403 = sext i32 %402 to i64
	%404 = getelementptr i16, i16* %37, i64 %403
	%405 = add i32 %387, 1024
	%406 = select i1 %399, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %405, i16* %404, i32 %406)
	%407 = add i32 %388, 16
	%408 = icmp slt i32 %407, %N
	%409 = mul i32 %373, 64
	%410 = mul i32 %381, 8
	%411 = add i32 %409, %410
	%412 = sext i32 %411 to i64
	%413 = getelementptr i16, i16* %37, i64 %412
	%414 = add i32 %387, 2048
	%415 = select i1 %408, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %414, i16* %413, i32 %415)
	%416 = add i32 %388, 24
	%417 = icmp slt i32 %416, %N
	%418 = mul i32 %374, 64
	%419 = mul i32 %381, 8
	%420 = add i32 %418, %419
	%421 = sext i32 %420 to i64
	%422 = getelementptr i16, i16* %37, i64 %421
	%423 = add i32 %387, 3072
	%424 = select i1 %417, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %423, i16* %422, i32 %424)
	%425 = add i32 %388, 32
	%426 = icmp slt i32 %425, %N
	%427 = mul i32 %375, 64
	%428 = mul i32 %381, 8
	%429 = add i32 %427, %428
	%430 = sext i32 %429 to i64
	%431 = getelementptr i16, i16* %37, i64 %430
	%432 = add i32 %387, u0x1000
	%433 = select i1 %426, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %432, i16* %431, i32 %433)
	%434 = add i32 %388, 40
	%435 = icmp slt i32 %434, %N
	%436 = mul i32 %376, 64
	%437 = mul i32 %381, 8
	%438 = add i32 %436, %437
	%439 = sext i32 %438 to i64
	%440 = getelementptr i16, i16* %37, i64 %439
	%441 = add i32 %387, 5120
	%442 = select i1 %435, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %441, i16* %440, i32 %442)
	%443 = add i32 %388, 48
	%444 = icmp slt i32 %443, %N
	%445 = mul i32 %377, 64
	%446 = mul i32 %381, 8
	%447 = add i32 %445, %446
	%448 = sext i32 %447 to i64
	%449 = getelementptr i16, i16* %37, i64 %448
	%450 = add i32 %387, 6144
	%451 = select i1 %444, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %450, i16* %449, i32 %451)
	%452 = add i32 %388, 56
	%453 = icmp slt i32 %452, %N
	%454 = mul i32 %378, 64
	%455 = mul i32 %381, 8
	%456 = add i32 %454, %455
	%457 = sext i32 %456 to i64
	%458 = getelementptr i16, i16* %37, i64 %457
	%459 = add i32 %387, 7168
	%460 = select i1 %453, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %459, i16* %458, i32 %460)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%461 = xor i32 %152, 0
	%462 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %461)
	%463 = extractvalue { i32, i32, i32, i32 } %462, 0
	%464 = extractvalue { i32, i32, i32, i32 } %462, 1
	%465 = extractvalue { i32, i32, i32, i32 } %462, 2
	%466 = extractvalue { i32, i32, i32, i32 } %462, 3
	%467 = xor i32 %152, 32
	%468 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %467)
	%469 = extractvalue { i32, i32, i32, i32 } %468, 0
	%470 = extractvalue { i32, i32, i32, i32 } %468, 1
	%471 = extractvalue { i32, i32, i32, i32 } %468, 2
	%472 = extractvalue { i32, i32, i32, i32 } %468, 3
	%473 = xor i32 %152, 64
	%474 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %473)
	%475 = extractvalue { i32, i32, i32, i32 } %474, 0
	%476 = extractvalue { i32, i32, i32, i32 } %474, 1
	%477 = extractvalue { i32, i32, i32, i32 } %474, 2
	%478 = extractvalue { i32, i32, i32, i32 } %474, 3
	%479 = xor i32 %152, 96
	%480 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %479)
	%481 = extractvalue { i32, i32, i32, i32 } %480, 0
	%482 = extractvalue { i32, i32, i32, i32 } %480, 1
	%483 = extractvalue { i32, i32, i32, i32 } %480, 2
	%484 = extractvalue { i32, i32, i32, i32 } %480, 3
	%485 = xor i32 %161, 0
	%486 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %485)
	%487 = extractvalue { i32, i32, i32, i32 } %486, 0
	%488 = extractvalue { i32, i32, i32, i32 } %486, 1
	%489 = extractvalue { i32, i32, i32, i32 } %486, 2
	%490 = extractvalue { i32, i32, i32, i32 } %486, 3
	%491 = xor i32 %161, 32
	%492 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %491)
	%493 = extractvalue { i32, i32, i32, i32 } %492, 0
	%494 = extractvalue { i32, i32, i32, i32 } %492, 1
	%495 = extractvalue { i32, i32, i32, i32 } %492, 2
	%496 = extractvalue { i32, i32, i32, i32 } %492, 3
	%497 = xor i32 %161, 64
	%498 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %497)
	%499 = extractvalue { i32, i32, i32, i32 } %498, 0
	%500 = extractvalue { i32, i32, i32, i32 } %498, 1
	%501 = extractvalue { i32, i32, i32, i32 } %498, 2
	%502 = extractvalue { i32, i32, i32, i32 } %498, 3
	%503 = xor i32 %161, 96
	%504 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %503)
	%505 = extractvalue { i32, i32, i32, i32 } %504, 0
	%506 = extractvalue { i32, i32, i32, i32 } %504, 1
	%507 = extractvalue { i32, i32, i32, i32 } %504, 2
	%508 = extractvalue { i32, i32, i32, i32 } %504, 3
	%509 = and i32 %5, 7
	%510 = shl i32 %143, 3
	%511 = add i32 %509, %510
	%512 = lshr i32 %5, 3
	%513 = and i32 %512, 1
	%514 = mul i32 %511, 128
	%515 = add i32 %0, %514
	%516 = and i32 %5, 7
	%517 = xor i32 %513, %516
	%518 = shl i32 %517, 4
	%519 = add i32 %515, %518
	%520 = xor i32 %519, 0
	%521 = add i32 %520, 0
	%522 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %521)
	%523 = extractvalue { i32, i32, i32, i32 } %522, 0
	%524 = extractvalue { i32, i32, i32, i32 } %522, 1
	%525 = extractvalue { i32, i32, i32, i32 } %522, 2
	%526 = extractvalue { i32, i32, i32, i32 } %522, 3
	%527 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %523, i32 %524, float 0.0, float 0.0, float 0.0, float 0.0)
	%528 = extractvalue { float, float, float, float } %527, 0
	%529 = extractvalue { float, float, float, float } %527, 1
	%530 = extractvalue { float, float, float, float } %527, 2
	%531 = extractvalue { float, float, float, float } %527, 3
	%532 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %525, i32 %526, float 0.0, float 0.0, float 0.0, float 0.0)
	%533 = extractvalue { float, float, float, float } %532, 0
	%534 = extractvalue { float, float, float, float } %532, 1
	%535 = extractvalue { float, float, float, float } %532, 2
	%536 = extractvalue { float, float, float, float } %532, 3
	%537 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %523, i32 %524, float 0.0, float 0.0, float 0.0, float 0.0)
	%538 = extractvalue { float, float, float, float } %537, 0
	%539 = extractvalue { float, float, float, float } %537, 1
	%540 = extractvalue { float, float, float, float } %537, 2
	%541 = extractvalue { float, float, float, float } %537, 3
	%542 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %525, i32 %526, float 0.0, float 0.0, float 0.0, float 0.0)
	%543 = extractvalue { float, float, float, float } %542, 0
	%544 = extractvalue { float, float, float, float } %542, 1
	%545 = extractvalue { float, float, float, float } %542, 2
	%546 = extractvalue { float, float, float, float } %542, 3
	%547 = add i32 %520, 2048
	%548 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %547)
	%549 = extractvalue { i32, i32, i32, i32 } %548, 0
	%550 = extractvalue { i32, i32, i32, i32 } %548, 1
	%551 = extractvalue { i32, i32, i32, i32 } %548, 2
	%552 = extractvalue { i32, i32, i32, i32 } %548, 3
	%553 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %549, i32 %550, float 0.0, float 0.0, float 0.0, float 0.0)
	%554 = extractvalue { float, float, float, float } %553, 0
	%555 = extractvalue { float, float, float, float } %553, 1
	%556 = extractvalue { float, float, float, float } %553, 2
	%557 = extractvalue { float, float, float, float } %553, 3
	%558 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %551, i32 %552, float 0.0, float 0.0, float 0.0, float 0.0)
	%559 = extractvalue { float, float, float, float } %558, 0
	%560 = extractvalue { float, float, float, float } %558, 1
	%561 = extractvalue { float, float, float, float } %558, 2
	%562 = extractvalue { float, float, float, float } %558, 3
	%563 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %549, i32 %550, float 0.0, float 0.0, float 0.0, float 0.0)
	%564 = extractvalue { float, float, float, float } %563, 0
	%565 = extractvalue { float, float, float, float } %563, 1
	%566 = extractvalue { float, float, float, float } %563, 2
	%567 = extractvalue { float, float, float, float } %563, 3
	%568 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %551, i32 %552, float 0.0, float 0.0, float 0.0, float 0.0)
	%569 = extractvalue { float, float, float, float } %568, 0
	%570 = extractvalue { float, float, float, float } %568, 1
	%571 = extractvalue { float, float, float, float } %568, 2
	%572 = extractvalue { float, float, float, float } %568, 3
	%573 = add i32 %520, u0x1000
	%574 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %573)
	%575 = extractvalue { i32, i32, i32, i32 } %574, 0
	%576 = extractvalue { i32, i32, i32, i32 } %574, 1
	%577 = extractvalue { i32, i32, i32, i32 } %574, 2
	%578 = extractvalue { i32, i32, i32, i32 } %574, 3
	%579 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %575, i32 %576, float 0.0, float 0.0, float 0.0, float 0.0)
	%580 = extractvalue { float, float, float, float } %579, 0
	%581 = extractvalue { float, float, float, float } %579, 1
	%582 = extractvalue { float, float, float, float } %579, 2
	%583 = extractvalue { float, float, float, float } %579, 3
	%584 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %577, i32 %578, float 0.0, float 0.0, float 0.0, float 0.0)
	%585 = extractvalue { float, float, float, float } %584, 0
	%586 = extractvalue { float, float, float, float } %584, 1
	%587 = extractvalue { float, float, float, float } %584, 2
	%588 = extractvalue { float, float, float, float } %584, 3
	%589 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %575, i32 %576, float 0.0, float 0.0, float 0.0, float 0.0)
	%590 = extractvalue { float, float, float, float } %589, 0
	%591 = extractvalue { float, float, float, float } %589, 1
	%592 = extractvalue { float, float, float, float } %589, 2
	%593 = extractvalue { float, float, float, float } %589, 3
	%594 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %577, i32 %578, float 0.0, float 0.0, float 0.0, float 0.0)
	%595 = extractvalue { float, float, float, float } %594, 0
	%596 = extractvalue { float, float, float, float } %594, 1
	%597 = extractvalue { float, float, float, float } %594, 2
	%598 = extractvalue { float, float, float, float } %594, 3
	%599 = add i32 %520, 6144
	%600 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %599)
	%601 = extractvalue { i32, i32, i32, i32 } %600, 0
	%602 = extractvalue { i32, i32, i32, i32 } %600, 1
	%603 = extractvalue { i32, i32, i32, i32 } %600, 2
	%604 = extractvalue { i32, i32, i32, i32 } %600, 3
	%605 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %601, i32 %602, float 0.0, float 0.0, float 0.0, float 0.0)
	%606 = extractvalue { float, float, float, float } %605, 0
	%607 = extractvalue { float, float, float, float } %605, 1
	%608 = extractvalue { float, float, float, float } %605, 2
	%609 = extractvalue { float, float, float, float } %605, 3
	%610 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %463, i32 %464, i32 %465, i32 %466, i32 %603, i32 %604, float 0.0, float 0.0, float 0.0, float 0.0)
	%611 = extractvalue { float, float, float, float } %610, 0
	%612 = extractvalue { float, float, float, float } %610, 1
	%613 = extractvalue { float, float, float, float } %610, 2
	%614 = extractvalue { float, float, float, float } %610, 3
	%615 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %601, i32 %602, float 0.0, float 0.0, float 0.0, float 0.0)
	%616 = extractvalue { float, float, float, float } %615, 0
	%617 = extractvalue { float, float, float, float } %615, 1
	%618 = extractvalue { float, float, float, float } %615, 2
	%619 = extractvalue { float, float, float, float } %615, 3
	%620 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %487, i32 %488, i32 %489, i32 %490, i32 %603, i32 %604, float 0.0, float 0.0, float 0.0, float 0.0)
	%621 = extractvalue { float, float, float, float } %620, 0
	%622 = extractvalue { float, float, float, float } %620, 1
	%623 = extractvalue { float, float, float, float } %620, 2
	%624 = extractvalue { float, float, float, float } %620, 3
	%625 = xor i32 %519, 32
	%626 = add i32 %625, 0
	%627 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %626)
	%628 = extractvalue { i32, i32, i32, i32 } %627, 0
	%629 = extractvalue { i32, i32, i32, i32 } %627, 1
	%630 = extractvalue { i32, i32, i32, i32 } %627, 2
	%631 = extractvalue { i32, i32, i32, i32 } %627, 3
	%632 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %628, i32 %629, float %528, float %529, float %530, float %531)
	%633 = extractvalue { float, float, float, float } %632, 0
	%634 = extractvalue { float, float, float, float } %632, 1
	%635 = extractvalue { float, float, float, float } %632, 2
	%636 = extractvalue { float, float, float, float } %632, 3
	%637 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %630, i32 %631, float %533, float %534, float %535, float %536)
	%638 = extractvalue { float, float, float, float } %637, 0
	%639 = extractvalue { float, float, float, float } %637, 1
	%640 = extractvalue { float, float, float, float } %637, 2
	%641 = extractvalue { float, float, float, float } %637, 3
	%642 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %493, i32 %494, i32 %495, i32 %496, i32 %628, i32 %629, float %538, float %539, float %540, float %541)
	%643 = extractvalue { float, float, float, float } %642, 0
	%644 = extractvalue { float, float, float, float } %642, 1
	%645 = extractvalue { float, float, float, float } %642, 2
	%646 = extractvalue { float, float, float, float } %642, 3
	%647 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %493, i32 %494, i32 %495, i32 %496, i32 %630, i32 %631, float %543, float %544, float %545, float %546)
	%648 = extractvalue { float, float, float, float } %647, 0
	%649 = extractvalue { float, float, float, float } %647, 1
	%650 = extractvalue { float, float, float, float } %647, 2
	%651 = extractvalue { float, float, float, float } %647, 3
	%652 = add i32 %625, 2048
	%653 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %652)
	%654 = extractvalue { i32, i32, i32, i32 } %653, 0
	%655 = extractvalue { i32, i32, i32, i32 } %653, 1
	%656 = extractvalue { i32, i32, i32, i32 } %653, 2
	%657 = extractvalue { i32, i32, i32, i32 } %653, 3
	%658 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %654, i32 %655, float %554, float %555, float %556, float %557)
	%659 = extractvalue { float, float, float, float } %658, 0
	%660 = extractvalue { float, float, float, float } %658, 1
	%661 = extractvalue { float, float, float, float } %658, 2
	%662 = extractvalue { float, float, float, float } %658, 3
	%663 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %656, i32 %657, float %559, float %560, float %561, float %562)
	%664 = extractvalue { float, float, float, float } %663, 0
	%665 = extractvalue { float, float, float, float } %663, 1
	%666 = extractvalue { float, float, float, float } %663, 2
	%667 = extractvalue { float, float, float, float } %663, 3
	%668 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %493, i32 %494, i32 %495, i32 %496, i32 %654, i32 %655, float %564, float %565, float %566, float %567)
	%669 = extractvalue { float, float, float, float } %668, 0
	%670 = extractvalue { float, float, float, float } %668, 1
	%671 = extractvalue { float, float, float, float } %668, 2
	%672 = extractvalue { float, float, float, float } %668, 3
	%673 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %493, i32 %494, i32 %495, i32 %496, i32 %656, i32 %657, float %569, float %570, float %571, float %572)
	%674 = extractvalue { float, float, float, float } %673, 0
	%675 = extractvalue { float, float, float, float } %673, 1
	%676 = extractvalue { float, float, float, float } %673, 2
	%677 = extractvalue { float, float, float, float } %673, 3
	%678 = add i32 %625, u0x1000
	%679 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %678)
	%680 = extractvalue { i32, i32, i32, i32 } %679, 0
	%681 = extractvalue { i32, i32, i32, i32 } %679, 1
	%682 = extractvalue { i32, i32, i32, i32 } %679, 2
	%683 = extractvalue { i32, i32, i32, i32 } %679, 3
	%684 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %680, i32 %681, float %580, float %581, float %582, float %583)
	%685 = extractvalue { float, float, float, float } %684, 0
	%686 = extractvalue { float, float, float, float } %684, 1
	%687 = extractvalue { float, float, float, float } %684, 2
	%688 = extractvalue { float, float, float, float } %684, 3
	%689 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %682, i32 %683, float %585, float %586, float %587, float %588)
	%690 = extractvalue { float, float, float, float } %689, 0
	%691 = extractvalue { float, float, float, float } %689, 1
	%692 = extractvalue { float, float, float, float } %689, 2
	%693 = extractvalue { float, float, float, float } %689, 3
	%694 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %493, i32 %494, i32 %495, i32 %496, i32 %680, i32 %681, float %590, float %591, float %592, float %593)
	%695 = extractvalue { float, float, float, float } %694, 0
	%696 = extractvalue { float, float, float, float } %694, 1
	%697 = extractvalue { float, float, float, float } %694, 2
	%698 = extractvalue { float, float, float, float } %694, 3
	%699 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %493, i32 %494, i32 %495, i32 %496, i32 %682, i32 %683, float %595, float %596, float %597, float %598)
	%700 = extractvalue { float, float, float, float } %699, 0
	%701 = extractvalue { float, float, float, float } %699, 1
	%702 = extractvalue { float, float, float, float } %699, 2
	%703 = extractvalue { float, float, float, float } %699, 3
	%704 = add i32 %625, 6144
	%705 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %704)
	%706 = extractvalue { i32, i32, i32, i32 } %705, 0
	%707 = extractvalue { i32, i32, i32, i32 } %705, 1
	%708 = extractvalue { i32, i32, i32, i32 } %705, 2
	%709 = extractvalue { i32, i32, i32, i32 } %705, 3
	%710 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %706, i32 %707, float %606, float %607, float %608, float %609)
	%711 = extractvalue { float, float, float, float } %710, 0
	%712 = extractvalue { float, float, float, float } %710, 1
	%713 = extractvalue { float, float, float, float } %710, 2
	%714 = extractvalue { float, float, float, float } %710, 3
	%715 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %469, i32 %470, i32 %471, i32 %472, i32 %708, i32 %709, float %611, float %612, float %613, float %614)
	%716 = extractvalue { float, float, float, float } %715, 0
	%717 = extractvalue { float, float, float, float } %715, 1
	%718 = extractvalue { float, float, float, float } %715, 2
	%719 = extractvalue { float, float, float, float } %715, 3
	%720 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %493, i32 %494, i32 %495, i32 %496, i32 %706, i32 %707, float %616, float %617, float %618, float %619)
	%721 = extractvalue { float, float, float, float } %720, 0
	%722 = extractvalue { float, float, float, float } %720, 1
	%723 = extractvalue { float, float, float, float } %720, 2
	%724 = extractvalue { float, float, float, float } %720, 3
	%725 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %493, i32 %494, i32 %495, i32 %496, i32 %708, i32 %709, float %621, float %622, float %623, float %624)
	%726 = extractvalue { float, float, float, float } %725, 0
	%727 = extractvalue { float, float, float, float } %725, 1
	%728 = extractvalue { float, float, float, float } %725, 2
	%729 = extractvalue { float, float, float, float } %725, 3
	%730 = xor i32 %519, 64
	%731 = add i32 %730, 0
	%732 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %731)
	%733 = extractvalue { i32, i32, i32, i32 } %732, 0
	%734 = extractvalue { i32, i32, i32, i32 } %732, 1
	%735 = extractvalue { i32, i32, i32, i32 } %732, 2
	%736 = extractvalue { i32, i32, i32, i32 } %732, 3
	%737 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %733, i32 %734, float %633, float %634, float %635, float %636)
	%738 = extractvalue { float, float, float, float } %737, 0
	%739 = extractvalue { float, float, float, float } %737, 1
	%740 = extractvalue { float, float, float, float } %737, 2
	%741 = extractvalue { float, float, float, float } %737, 3
	%742 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %735, i32 %736, float %638, float %639, float %640, float %641)
	%743 = extractvalue { float, float, float, float } %742, 0
	%744 = extractvalue { float, float, float, float } %742, 1
	%745 = extractvalue { float, float, float, float } %742, 2
	%746 = extractvalue { float, float, float, float } %742, 3
	%747 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %499, i32 %500, i32 %501, i32 %502, i32 %733, i32 %734, float %643, float %644, float %645, float %646)
	%748 = extractvalue { float, float, float, float } %747, 0
	%749 = extractvalue { float, float, float, float } %747, 1
	%750 = extractvalue { float, float, float, float } %747, 2
	%751 = extractvalue { float, float, float, float } %747, 3
	%752 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %499, i32 %500, i32 %501, i32 %502, i32 %735, i32 %736, float %648, float %649, float %650, float %651)
	%753 = extractvalue { float, float, float, float } %752, 0
	%754 = extractvalue { float, float, float, float } %752, 1
	%755 = extractvalue { float, float, float, float } %752, 2
	%756 = extractvalue { float, float, float, float } %752, 3
	%757 = add i32 %730, 2048
	%758 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %757)
	%759 = extractvalue { i32, i32, i32, i32 } %758, 0
	%760 = extractvalue { i32, i32, i32, i32 } %758, 1
	%761 = extractvalue { i32, i32, i32, i32 } %758, 2
	%762 = extractvalue { i32, i32, i32, i32 } %758, 3
	%763 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %759, i32 %760, float %659, float %660, float %661, float %662)
	%764 = extractvalue { float, float, float, float } %763, 0
	%765 = extractvalue { float, float, float, float } %763, 1
	%766 = extractvalue { float, float, float, float } %763, 2
	%767 = extractvalue { float, float, float, float } %763, 3
	%768 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %761, i32 %762, float %664, float %665, float %666, float %667)
	%769 = extractvalue { float, float, float, float } %768, 0
	%770 = extractvalue { float, float, float, float } %768, 1
	%771 = extractvalue { float, float, float, float } %768, 2
	%772 = extractvalue { float, float, float, float } %768, 3
	%773 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %499, i32 %500, i32 %501, i32 %502, i32 %759, i32 %760, float %669, float %670, float %671, float %672)
	%774 = extractvalue { float, float, float, float } %773, 0
	%775 = extractvalue { float, float, float, float } %773, 1
	%776 = extractvalue { float, float, float, float } %773, 2
	%777 = extractvalue { float, float, float, float } %773, 3
	%778 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %499, i32 %500, i32 %501, i32 %502, i32 %761, i32 %762, float %674, float %675, float %676, float %677)
	%779 = extractvalue { float, float, float, float } %778, 0
	%780 = extractvalue { float, float, float, float } %778, 1
	%781 = extractvalue { float, float, float, float } %778, 2
	%782 = extractvalue { float, float, float, float } %778, 3
	%783 = add i32 %730, u0x1000
	%784 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %783)
	%785 = extractvalue { i32, i32, i32, i32 } %784, 0
	%786 = extractvalue { i32, i32, i32, i32 } %784, 1
	%787 = extractvalue { i32, i32, i32, i32 } %784, 2
	%788 = extractvalue { i32, i32, i32, i32 } %784, 3
	%789 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %785, i32 %786, float %685, float %686, float %687, float %688)
	%790 = extractvalue { float, float, float, float } %789, 0
	%791 = extractvalue { float, float, float, float } %789, 1
	%792 = extractvalue { float, float, float, float } %789, 2
	%793 = extractvalue { float, float, float, float } %789, 3
	%794 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %787, i32 %788, float %690, float %691, float %692, float %693)
	%795 = extractvalue { float, float, float, float } %794, 0
	%796 = extractvalue { float, float, float, float } %794, 1
	%797 = extractvalue { float, float, float, float } %794, 2
	%798 = extractvalue { float, float, float, float } %794, 3
	%799 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %499, i32 %500, i32 %501, i32 %502, i32 %785, i32 %786, float %695, float %696, float %697, float %698)
	%800 = extractvalue { float, float, float, float } %799, 0
	%801 = extractvalue { float, float, float, float } %799, 1
	%802 = extractvalue { float, float, float, float } %799, 2
	%803 = extractvalue { float, float, float, float } %799, 3
	%804 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %499, i32 %500, i32 %501, i32 %502, i32 %787, i32 %788, float %700, float %701, float %702, float %703)
	%805 = extractvalue { float, float, float, float } %804, 0
	%806 = extractvalue { float, float, float, float } %804, 1
	%807 = extractvalue { float, float, float, float } %804, 2
	%808 = extractvalue { float, float, float, float } %804, 3
	%809 = add i32 %730, 6144
	%810 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %809)
	%811 = extractvalue { i32, i32, i32, i32 } %810, 0
	%812 = extractvalue { i32, i32, i32, i32 } %810, 1
	%813 = extractvalue { i32, i32, i32, i32 } %810, 2
	%814 = extractvalue { i32, i32, i32, i32 } %810, 3
	%815 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %811, i32 %812, float %711, float %712, float %713, float %714)
	%816 = extractvalue { float, float, float, float } %815, 0
	%817 = extractvalue { float, float, float, float } %815, 1
	%818 = extractvalue { float, float, float, float } %815, 2
	%819 = extractvalue { float, float, float, float } %815, 3
	%820 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %475, i32 %476, i32 %477, i32 %478, i32 %813, i32 %814, float %716, float %717, float %718, float %719)
	%821 = extractvalue { float, float, float, float } %820, 0
	%822 = extractvalue { float, float, float, float } %820, 1
	%823 = extractvalue { float, float, float, float } %820, 2
	%824 = extractvalue { float, float, float, float } %820, 3
	%825 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %499, i32 %500, i32 %501, i32 %502, i32 %811, i32 %812, float %721, float %722, float %723, float %724)
	%826 = extractvalue { float, float, float, float } %825, 0
	%827 = extractvalue { float, float, float, float } %825, 1
	%828 = extractvalue { float, float, float, float } %825, 2
	%829 = extractvalue { float, float, float, float } %825, 3
	%830 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %499, i32 %500, i32 %501, i32 %502, i32 %813, i32 %814, float %726, float %727, float %728, float %729)
	%831 = extractvalue { float, float, float, float } %830, 0
	%832 = extractvalue { float, float, float, float } %830, 1
	%833 = extractvalue { float, float, float, float } %830, 2
	%834 = extractvalue { float, float, float, float } %830, 3
	%835 = xor i32 %519, 96
	%836 = add i32 %835, 0
	%837 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %836)
	%838 = extractvalue { i32, i32, i32, i32 } %837, 0
	%839 = extractvalue { i32, i32, i32, i32 } %837, 1
	%840 = extractvalue { i32, i32, i32, i32 } %837, 2
	%841 = extractvalue { i32, i32, i32, i32 } %837, 3
	%842 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %838, i32 %839, float %738, float %739, float %740, float %741)
	%843 = extractvalue { float, float, float, float } %842, 0
	%844 = extractvalue { float, float, float, float } %842, 1
	%845 = extractvalue { float, float, float, float } %842, 2
	%846 = extractvalue { float, float, float, float } %842, 3
	%847 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %840, i32 %841, float %743, float %744, float %745, float %746)
	%848 = extractvalue { float, float, float, float } %847, 0
	%849 = extractvalue { float, float, float, float } %847, 1
	%850 = extractvalue { float, float, float, float } %847, 2
	%851 = extractvalue { float, float, float, float } %847, 3
	%852 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %505, i32 %506, i32 %507, i32 %508, i32 %838, i32 %839, float %748, float %749, float %750, float %751)
	%853 = extractvalue { float, float, float, float } %852, 0
	%854 = extractvalue { float, float, float, float } %852, 1
	%855 = extractvalue { float, float, float, float } %852, 2
	%856 = extractvalue { float, float, float, float } %852, 3
	%857 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %505, i32 %506, i32 %507, i32 %508, i32 %840, i32 %841, float %753, float %754, float %755, float %756)
	%858 = extractvalue { float, float, float, float } %857, 0
	%859 = extractvalue { float, float, float, float } %857, 1
	%860 = extractvalue { float, float, float, float } %857, 2
	%861 = extractvalue { float, float, float, float } %857, 3
	%862 = add i32 %835, 2048
	%863 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %862)
	%864 = extractvalue { i32, i32, i32, i32 } %863, 0
	%865 = extractvalue { i32, i32, i32, i32 } %863, 1
	%866 = extractvalue { i32, i32, i32, i32 } %863, 2
	%867 = extractvalue { i32, i32, i32, i32 } %863, 3
	%868 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %864, i32 %865, float %764, float %765, float %766, float %767)
	%869 = extractvalue { float, float, float, float } %868, 0
	%870 = extractvalue { float, float, float, float } %868, 1
	%871 = extractvalue { float, float, float, float } %868, 2
	%872 = extractvalue { float, float, float, float } %868, 3
	%873 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %866, i32 %867, float %769, float %770, float %771, float %772)
	%874 = extractvalue { float, float, float, float } %873, 0
	%875 = extractvalue { float, float, float, float } %873, 1
	%876 = extractvalue { float, float, float, float } %873, 2
	%877 = extractvalue { float, float, float, float } %873, 3
	%878 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %505, i32 %506, i32 %507, i32 %508, i32 %864, i32 %865, float %774, float %775, float %776, float %777)
	%879 = extractvalue { float, float, float, float } %878, 0
	%880 = extractvalue { float, float, float, float } %878, 1
	%881 = extractvalue { float, float, float, float } %878, 2
	%882 = extractvalue { float, float, float, float } %878, 3
	%883 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %505, i32 %506, i32 %507, i32 %508, i32 %866, i32 %867, float %779, float %780, float %781, float %782)
	%884 = extractvalue { float, float, float, float } %883, 0
	%885 = extractvalue { float, float, float, float } %883, 1
	%886 = extractvalue { float, float, float, float } %883, 2
	%887 = extractvalue { float, float, float, float } %883, 3
	%888 = add i32 %835, u0x1000
	%889 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %888)
	%890 = extractvalue { i32, i32, i32, i32 } %889, 0
	%891 = extractvalue { i32, i32, i32, i32 } %889, 1
	%892 = extractvalue { i32, i32, i32, i32 } %889, 2
	%893 = extractvalue { i32, i32, i32, i32 } %889, 3
	%894 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %890, i32 %891, float %790, float %791, float %792, float %793)
	%895 = extractvalue { float, float, float, float } %894, 0
	%896 = extractvalue { float, float, float, float } %894, 1
	%897 = extractvalue { float, float, float, float } %894, 2
	%898 = extractvalue { float, float, float, float } %894, 3
	%899 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %892, i32 %893, float %795, float %796, float %797, float %798)
	%900 = extractvalue { float, float, float, float } %899, 0
	%901 = extractvalue { float, float, float, float } %899, 1
	%902 = extractvalue { float, float, float, float } %899, 2
	%903 = extractvalue { float, float, float, float } %899, 3
	%904 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %505, i32 %506, i32 %507, i32 %508, i32 %890, i32 %891, float %800, float %801, float %802, float %803)
	%905 = extractvalue { float, float, float, float } %904, 0
	%906 = extractvalue { float, float, float, float } %904, 1
	%907 = extractvalue { float, float, float, float } %904, 2
	%908 = extractvalue { float, float, float, float } %904, 3
	%909 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %505, i32 %506, i32 %507, i32 %508, i32 %892, i32 %893, float %805, float %806, float %807, float %808)
	%910 = extractvalue { float, float, float, float } %909, 0
	%911 = extractvalue { float, float, float, float } %909, 1
	%912 = extractvalue { float, float, float, float } %909, 2
	%913 = extractvalue { float, float, float, float } %909, 3
	%914 = add i32 %835, 6144
	%915 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %914)
	%916 = extractvalue { i32, i32, i32, i32 } %915, 0
	%917 = extractvalue { i32, i32, i32, i32 } %915, 1
	%918 = extractvalue { i32, i32, i32, i32 } %915, 2
	%919 = extractvalue { i32, i32, i32, i32 } %915, 3
	%920 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %916, i32 %917, float %816, float %817, float %818, float %819)
	%921 = extractvalue { float, float, float, float } %920, 0
	%922 = extractvalue { float, float, float, float } %920, 1
	%923 = extractvalue { float, float, float, float } %920, 2
	%924 = extractvalue { float, float, float, float } %920, 3
	%925 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %481, i32 %482, i32 %483, i32 %484, i32 %918, i32 %919, float %821, float %822, float %823, float %824)
	%926 = extractvalue { float, float, float, float } %925, 0
	%927 = extractvalue { float, float, float, float } %925, 1
	%928 = extractvalue { float, float, float, float } %925, 2
	%929 = extractvalue { float, float, float, float } %925, 3
	%930 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %505, i32 %506, i32 %507, i32 %508, i32 %916, i32 %917, float %826, float %827, float %828, float %829)
	%931 = extractvalue { float, float, float, float } %930, 0
	%932 = extractvalue { float, float, float, float } %930, 1
	%933 = extractvalue { float, float, float, float } %930, 2
	%934 = extractvalue { float, float, float, float } %930, 3
	%935 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %505, i32 %506, i32 %507, i32 %508, i32 %918, i32 %919, float %831, float %832, float %833, float %834)
	%936 = extractvalue { float, float, float, float } %935, 0
	%937 = extractvalue { float, float, float, float } %935, 1
	%938 = extractvalue { float, float, float, float } %935, 2
	%939 = extractvalue { float, float, float, float } %935, 3
	%940 = mul i32 %4, 32
	%941 = add i32 %25, %940
	%942 = add i32 %6, 0
	%943 = add i32 %941, %942
	%944 = mul i32 %4, 32
	%945 = add i32 %25, %944
	%946 = add i32 %6, 8
	%947 = add i32 %945, %946
	%948 = mul i32 %4, 32
	%949 = add i32 %25, %948
	%950 = add i32 %6, 16
	%951 = add i32 %949, %950
	%952 = mul i32 %4, 32
	%953 = add i32 %25, %952
	%954 = add i32 %6, 24
	%955 = add i32 %953, %954
	%956 = sitofp i32 %23 to float
	%957 = icmp ne i8 %298, 2
	br i1 %957, label %partial, label %softmax

epilogue:
	%958 = phi float [ 0.0, %entry ], [ %2381, %pv ]
	%959 = phi float [ 0.0, %entry ], [ %2433, %pv ]
	%960 = phi float [ 0.0, %entry ], [ %2485, %pv ]
	%961 = phi float [ 0.0, %entry ], [ %2537, %pv ]
	%962 = phi i32 [ 0, %entry ], [ %2640, %pv ]
	%963 = phi float [ 0.0, %entry ], [ %3200, %pv ]
	%964 = phi float [ 0.0, %entry ], [ %3201, %pv ]
	%965 = phi float [ 0.0, %entry ], [ %3202, %pv ]
	%966 = phi float [ 0.0, %entry ], [ %3203, %pv ]
	%967 = phi float [ 0.0, %entry ], [ %3205, %pv ]
	%968 = phi float [ 0.0, %entry ], [ %3206, %pv ]
	%969 = phi float [ 0.0, %entry ], [ %3207, %pv ]
	%970 = phi float [ 0.0, %entry ], [ %3208, %pv ]
	%971 = phi float [ 0.0, %entry ], [ %3227, %pv ]
	%972 = phi float [ 0.0, %entry ], [ %3228, %pv ]
	%973 = phi float [ 0.0, %entry ], [ %3229, %pv ]
	%974 = phi float [ 0.0, %entry ], [ %3230, %pv ]
	%975 = phi float [ 0.0, %entry ], [ %3232, %pv ]
	%976 = phi float [ 0.0, %entry ], [ %3233, %pv ]
	%977 = phi float [ 0.0, %entry ], [ %3234, %pv ]
	%978 = phi float [ 0.0, %entry ], [ %3235, %pv ]
	%979 = phi float [ 0.0, %entry ], [ %3254, %pv ]
	%980 = phi float [ 0.0, %entry ], [ %3255, %pv ]
	%981 = phi float [ 0.0, %entry ], [ %3256, %pv ]
	%982 = phi float [ 0.0, %entry ], [ %3257, %pv ]
	%983 = phi float [ 0.0, %entry ], [ %3259, %pv ]
	%984 = phi float [ 0.0, %entry ], [ %3260, %pv ]
	%985 = phi float [ 0.0, %entry ], [ %3261, %pv ]
	%986 = phi float [ 0.0, %entry ], [ %3262, %pv ]
	%987 = phi float [ 0.0, %entry ], [ %3281, %pv ]
	%988 = phi float [ 0.0, %entry ], [ %3282, %pv ]
	%989 = phi float [ 0.0, %entry ], [ %3283, %pv ]
	%990 = phi float [ 0.0, %entry ], [ %3284, %pv ]
	%991 = phi float [ 0.0, %entry ], [ %3286, %pv ]
	%992 = phi float [ 0.0, %entry ], [ %3287, %pv ]
	%993 = phi float [ 0.0, %entry ], [ %3288, %pv ]
	%994 = phi float [ 0.0, %entry ], [ %3289, %pv ]
	%995 = phi float [ 0.0, %entry ], [ %3210, %pv ]
	%996 = phi float [ 0.0, %entry ], [ %3211, %pv ]
	%997 = phi float [ 0.0, %entry ], [ %3212, %pv ]
	%998 = phi float [ 0.0, %entry ], [ %3213, %pv ]
	%999 = phi float [ 0.0, %entry ], [ %3215, %pv ]
	%1000 = phi float [ 0.0, %entry ], [ %3216, %pv ]
	%1001 = phi float [ 0.0, %entry ], [ %3217, %pv ]
	%1002 = phi float [ 0.0, %entry ], [ %3218, %pv ]
	%1003 = phi float [ 0.0, %entry ], [ %3237, %pv ]
	%1004 = phi float [ 0.0, %entry ], [ %3238, %pv ]
	%1005 = phi float [ 0.0, %entry ], [ %3239, %pv ]
	%1006 = phi float [ 0.0, %entry ], [ %3240, %pv ]
	%1007 = phi float [ 0.0, %entry ], [ %3242, %pv ]
	%1008 = phi float [ 0.0, %entry ], [ %3243, %pv ]
	%1009 = phi float [ 0.0, %entry ], [ %3244, %pv ]
	%1010 = phi float [ 0.0, %entry ], [ %3245, %pv ]
	%1011 = phi float [ 0.0, %entry ], [ %3264, %pv ]
	%1012 = phi float [ 0.0, %entry ], [ %3265, %pv ]
	%1013 = phi float [ 0.0, %entry ], [ %3266, %pv ]
	%1014 = phi float [ 0.0, %entry ], [ %3267, %pv ]
	%1015 = phi float [ 0.0, %entry ], [ %3269, %pv ]
	%1016 = phi float [ 0.0, %entry ], [ %3270, %pv ]
	%1017 = phi float [ 0.0, %entry ], [ %3271, %pv ]
	%1018 = phi float [ 0.0, %entry ], [ %3272, %pv ]
	%1019 = phi float [ 0.0, %entry ], [ %3291, %pv ]
	%1020 = phi float [ 0.0, %entry ], [ %3292, %pv ]
	%1021 = phi float [ 0.0, %entry ], [ %3293, %pv ]
	%1022 = phi float [ 0.0, %entry ], [ %3294, %pv ]
	%1023 = phi float [ 0.0, %entry ], [ %3296, %pv ]
	%1024 = phi float [ 0.0, %entry ], [ %3297, %pv ]
	%1025 = phi float [ 0.0, %entry ], [ %3298, %pv ]
	%1026 = phi float [ 0.0, %entry ], [ %3299, %pv ]
	%1027 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %958, i32 1, i32 31)
	%1028 = fadd float %958, %1027
	%1029 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1028, i32 2, i32 31)
	%1030 = fadd float %1028, %1029
	%1031 = fcmp ogt float %1030, 0.0
	%1032 = fdiv float 1.0, %1030
	%1033 = select i1 %1031, float %1032, float 0.0
	%1034 = mul i32 %4, 32
	%1035 = add i32 %25, %1034
	%1036 = add i32 %6, 0
	%1037 = add i32 %1035, %1036
	%1038 = fmul float %963, %1033
	%1039 = fmul float %964, %1033
	%1040 = fmul float %967, %1033
	%1041 = fmul float %968, %1033
	%1042 = fmul float %971, %1033
	%1043 = fmul float %972, %1033
	%1044 = fmul float %975, %1033
	%1045 = fmul float %976, %1033
	%1046 = fmul float %979, %1033
	%1047 = fmul float %980, %1033
	%1048 = fmul float %983, %1033
	%1049 = fmul float %984, %1033
	%1050 = fmul float %987, %1033
	%1051 = fmul float %988, %1033
	%1052 = fmul float %991, %1033
	%1053 = fmul float %992, %1033
	%1054 = icmp slt i32 %1037, %M
	br i1 %1054, label %store0, label %stored0

partial:
	%1055 = shl i32 %7, 1
	%1056 = add i32 0, %1055
	%1057 = add i32 %379, %1056
	%1058 = icmp slt i32 %1057, %N
	%1059 = select i1 %1058, i32 %1057, i32 0
	%1060 = sitofp i32 %943 to float
	%1061 = sext i32 %1059 to i64
	%1062 = getelementptr i32, i32* %52, i64 %1061
	%1063 = load i32, i32* %1062
	%1064 = sitofp i32 %1063 to float
	%1065 = fcmp ole float %1064, %1060
	%1066 = uitofp i1 %1065 to float
	%1067 = fcmp une float %1066, 0.0
	%1068 = and i1 %1058, %1067
	%1069 = select i1 %1068, float %843, float 0xFFF0000000000000
	%1070 = shl i32 %7, 1
	%1071 = add i32 1, %1070
	%1072 = add i32 %379, %1071
	%1073 = icmp slt i32 %1072, %N
	%1074 = select i1 %1073, i32 %1072, i32 0
	%1075 = sitofp i32 %943 to float
	%1076 = sext i32 %1074 to i64
	%1077 = getelementptr i32, i32* %52, i64 %1076
	%1078 = load i32, i32* %1077
	%1079 = sitofp i32 %1078 to float
	%1080 = fcmp ole float %1079, %1075
	%1081 = uitofp i1 %1080 to float
	%1082 = fcmp une float %1081, 0.0
	%1083 = and i1 %1073, %1082
	%1084 = select i1 %1083, float %844, float 0xFFF0000000000000
	%1085 = shl i32 %7, 1
	%1086 = add i32 0, %1085
	%1087 = add i32 %379, %1086
	%1088 = icmp slt i32 %1087, %N
	%1089 = select i1 %1088, i32 %1087, i32 0
	%1090 = sitofp i32 %947 to float
	%1091 = sext i32 %1089 to i64
	%1092 = getelementptr i32, i32* %52, i64 %1091
	%1093 = load i32, i32* %1092
	%1094 = sitofp i32 %1093 to float
	%1095 = fcmp ole float %1094, %1090
	%1096 = uitofp i1 %1095 to float
	%1097 = fcmp une float %1096, 0.0
	%1098 = and i1 %1088, %1097
	%1099 = select i1 %1098, float %845, float 0xFFF0000000000000
	%1100 = shl i32 %7, 1
	%1101 = add i32 1, %1100
	%1102 = add i32 %379, %1101
	%1103 = icmp slt i32 %1102, %N
	%1104 = select i1 %1103, i32 %1102, i32 0
	%1105 = sitofp i32 %947 to float
	%1106 = sext i32 %1104 to i64
	%1107 = getelementptr i32, i32* %52, i64 %1106
	%1108 = load i32, i32* %1107
	%1109 = sitofp i32 %1108 to float
	%1110 = fcmp ole float %1109, %1105
	%1111 = uitofp i1 %1110 to float
	%1112 = fcmp une float %1111, 0.0
	%1113 = and i1 %1103, %1112
	%1114 = select i1 %1113, float %846, float 0xFFF0000000000000
	%1115 = shl i32 %7, 1
	%1116 = add i32 8, %1115
	%1117 = add i32 %379, %1116
	%1118 = icmp slt i32 %1117, %N
	%1119 = select i1 %1118, i32 %1117, i32 0
	%1120 = sitofp i32 %943 to float
	%1121 = sext i32 %1119 to i64
	%1122 = getelementptr i32, i32* %52, i64 %1121
	%1123 = load i32, i32* %1122
	%1124 = sitofp i32 %1123 to float
	%1125 = fcmp ole float %1124, %1120
	%1126 = uitofp i1 %1125 to float
	%1127 = fcmp une float %1126, 0.0
	%1128 = and i1 %1118, %1127
	%1129 = select i1 %1128, float %848, float 0xFFF0000000000000
	%1130 = shl i32 %7, 1
	%1131 = add i32 9, %1130
	%1132 = add i32 %379, %1131
	%1133 = icmp slt i32 %1132, %N
	%1134 = select i1 %1133, i32 %1132, i32 0
	%1135 = sitofp i32 %943 to float
	%1136 = sext i32 %1134 to i64
	%1137 = getelementptr i32, i32* %52, i64 %1136
	%1138 = load i32, i32* %1137
	%1139 = sitofp i32 %1138 to float
	%1140 = fcmp ole float %1139, %1135
	%1141 = uitofp i1 %1140 to float
	%1142 = fcmp une float %1141, 0.0
	%1143 = and i1 %1133, %1142
	%1144 = select i1 %1143, float %849, float 0xFFF0000000000000
	%1145 = shl i32 %7, 1
	%1146 = add i32 8, %1145
	%1147 = add i32 %379, %1146
	%1148 = icmp slt i32 %1147, %N
	%1149 = select i1 %1148, i32 %1147, i32 0
	%1150 = sitofp i32 %947 to float
	%1151 = sext i32 %1149 to i64
	%1152 = getelementptr i32, i32* %52, i64 %1151
	%1153 = load i32, i32* %1152
	%1154 = sitofp i32 %1153 to float
	%1155 = fcmp ole float %1154, %1150
	%1156 = uitofp i1 %1155 to float
	%1157 = fcmp une float %1156, 0.0
	%1158 = and i1 %1148, %1157
	%1159 = select i1 %1158, float %850, float 0xFFF0000000000000
	%1160 = shl i32 %7, 1
	%1161 = add i32 9, %1160
	%1162 = add i32 %379, %1161
	%1163 = icmp slt i32 %1162, %N
	%1164 = select i1 %1163, i32 %1162, i32 0
	%1165 = sitofp i32 %947 to float
	%1166 = sext i32 %1164 to i64
	%1167 = getelementptr i32, i32* %52, i64 %1166
	%1168 = load i32, i32* %1167
	%1169 = sitofp i32 %1168 to float
	%1170 = fcmp ole float %1169, %1165
	%1171 = uitofp i1 %1170 to float
	%1172 = fcmp une float %1171, 0.0
	%1173 = and i1 %1163, %1172
	%1174 = select i1 %1173, float %851, float 0xFFF0000000000000
	%1175 = shl i32 %7, 1
	%1176 = add i32 16, %1175
	%1177 = add i32 %379, %1176
	%1178 = icmp slt i32 %1177, %N
	%1179 = select i1 %1178, i32 %1177, i32 0
	%1180 = sitofp i32 %943 to float
	%1181 = sext i32 %1179 to i64
	%1182 = getelementptr i32, i32* %52, i64 %1181
	%1183 = load i32, i32* %1182
	%1184 = sitofp i32 %1183 to float
	%1185 = fcmp ole float %1184, %1180
	%1186 = uitofp i1 %1185 to float
	%1187 = fcmp une float %1186, 0.0
	%1188 = and i1 %1178, %1187
	%1189 = select i1 %1188, float %869, float 0xFFF0000000000000
	%1190 = shl i32 %7, 1
	%1191 = add i32 17, %1190
	%1192 = add i32 %379, %1191
	%1193 = icmp slt i32 %1192, %N
	%1194 = select i1 %1193, i32 %1192, i32 0
	%1195 = sitofp i32 %943 to float
	%1196 = sext i32 %1194 to i64
	%1197 = getelementptr i32, i32* %52, i64 %1196
	%1198 = load i32, i32* %1197
	%1199 = sitofp i32 %1198 to float
	%1200 = fcmp ole float %1199, %1195
	%1201 = uitofp i1 %1200 to float
	%1202 = fcmp une float %1201, 0.0
	%1203 = and i1 %1193, %1202
	%1204 = select i1 %1203, float %870, float 0xFFF0000000000000
	%1205 = shl i32 %7, 1
	%1206 = add i32 16, %1205
	%1207 = add i32 %379, %1206
	%1208 = icmp slt i32 %1207, %N
	%1209 = select i1 %1208, i32 %1207, i32 0
	%1210 = sitofp i32 %947 to float
	%1211 = sext i32 %1209 to i64
	%1212 = getelementptr i32, i32* %52, i64 %1211
	%1213 = load i32, i32* %1212
	%1214 = sitofp i32 %1213 to float
	%1215 = fcmp ole float %1214, %1210
	%1216 = uitofp i1 %1215 to float
	%1217 = fcmp une float %1216, 0.0
	%1218 = and i1 %1208, %1217
	%1219 = select i1 %1218, float %871, float 0xFFF0000000000000
	%1220 = shl i32 %7, 1
	%1221 = add i32 17, %1220
	%1222 = add i32 %379, %1221
	%1223 = icmp slt i32 %1222, %N
	%1224 = select i1 %1223, i32 %1222, i32 0
	%1225 = sitofp i32 %947 to float
	%1226 = sext i32 %1224 to i64
	%1227 = getelementptr i32, i32* %52, i64 %1226
	%1228 = load i32, i32* %1227
	%1229 = sitofp i32 %1228 to float
	%1230 = fcmp ole float %1229, %1225
	%1231 = uitofp i1 %1230 to float
	%1232 = fcmp une float %1231, 0.0
	%1233 = and i1 %1223, %1232
	%1234 = select i1 %1233, float %872, float 0xFFF0000000000000
	%1235 = shl i32 %7, 1
	%1236 = add i32 24, %1235
	%1237 = add i32 %379, %1236
	%1238 = icmp slt i32 %1237, %N
	%1239 = select i1 %1238, i32 %1237, i32 0
	%1240 = sitofp i32 %943 to float
	%1241 = sext i32 %1239 to i64
	%1242 = getelementptr i32, i32* %52, i64 %1241
	%1243 = load i32, i32* %1242
	%1244 = sitofp i32 %1243 to float
	%1245 = fcmp ole float %1244, %1240
	%1246 = uitofp i1 %1245 to float
	%1247 = fcmp une float %1246, 0.0
	%1248 = and i1 %1238, %1247
	%1249 = select i1 %1248, float %874, float 0xFFF0000000000000
	%1250 = shl i32 %7, 1
	%1251 = add i32 25, %1250
	%1252 = add i32 %379, %1251
	%1253 = icmp slt i32 %1252, %N
	%1254 = select i1 %1253, i32 %1252, i32 0
	%1255 = sitofp i32 %943 to float
	%1256 = sext i32 %1254 to i64
	%1257 = getelementptr i32, i32* %52, i64 %1256
	%1258 = load i32, i32* %1257
	%1259 = sitofp i32 %1258 to float
	%1260 = fcmp ole float %1259, %1255
	%1261 = uitofp i1 %1260 to float
	%1262 = fcmp une float %1261, 0.0
	%1263 = and i1 %1253, %1262
	%1264 = select i1 %1263, float %875, float 0xFFF0000000000000
	%1265 = shl i32 %7, 1
	%1266 = add i32 24, %1265
	%1267 = add i32 %379, %1266
	%1268 = icmp slt i32 %1267, %N
	%1269 = select i1 %1268, i32 %1267, i32 0
	%1270 = sitofp i32 %947 to float
	%1271 = sext i32 %1269 to i64
	%1272 = getelementptr i32, i32* %52, i64 %1271
	%1273 = load i32, i32* %1272
	%1274 = sitofp i32 %1273 to float
	%1275 = fcmp ole float %1274, %1270
	%1276 = uitofp i1 %1275 to float
	%1277 = fcmp une float %1276, 0.0
	%1278 = and i1 %1268, %1277
	%1279 = select i1 %1278, float %876, float 0xFFF0000000000000
	%1280 = shl i32 %7, 1
	%1281 = add i32 25, %1280
	%1282 = add i32 %379, %1281
	%1283 = icmp slt i32 %1282, %N
	%1284 = select i1 %1283, i32 %1282, i32 0
	%1285 = sitofp i32 %947 to float
	%1286 = sext i32 %1284 to i64
	%1287 = getelementptr i32, i32* %52, i64 %1286
	%1288 = load i32, i32* %1287
	%1289 = sitofp i32 %1288 to float
	%1290 = fcmp ole float %1289, %1285
	%1291 = uitofp i1 %1290 to float
	%1292 = fcmp une float %1291, 0.0
	%1293 = and i1 %1283, %1292
	%1294 = select i1 %1293, float %877, float 0xFFF0000000000000
	%1295 = shl i32 %7, 1
	%1296 = add i32 32, %1295
	%1297 = add i32 %379, %1296
	%1298 = icmp slt i32 %1297, %N
	%1299 = select i1 %1298, i32 %1297, i32 0
	%1300 = sitofp i32 %943 to float
	%1301 = sext i32 %1299 to i64
	%1302 = getelementptr i32, i32* %52, i64 %1301
	%1303 = load i32, i32* %1302
	%1304 = sitofp i32 %1303 to float
	%1305 = fcmp ole float %1304, %1300
	%1306 = uitofp i1 %1305 to float
	%1307 = fcmp une float %1306, 0.0
	%1308 = and i1 %1298, %1307
	%1309 = select i1 %1308, float %895, float 0xFFF0000000000000
	%1310 = shl i32 %7, 1
	%1311 = add i32 33, %1310
	%1312 = add i32 %379, %1311
	%1313 = icmp slt i32 %1312, %N
	%1314 = select i1 %1313, i32 %1312, i32 0
	%1315 = sitofp i32 %943 to float
	%1316 = sext i32 %1314 to i64
	%1317 = getelementptr i32, i32* %52, i64 %1316
	%1318 = load i32, i32* %1317
	%1319 = sitofp i32 %1318 to float
	%1320 = fcmp ole float %1319, %1315
	%1321 = uitofp i1 %1320 to float
	%1322 = fcmp une float %1321, 0.0
	%1323 = and i1 %1313, %1322
	%1324 = select i1 %1323, float %896, float 0xFFF0000000000000
	%1325 = shl i32 %7, 1
	%1326 = add i32 32, %1325
	%1327 = add i32 %379, %1326
	%1328 = icmp slt i32 %1327, %N
	%1329 = select i1 %1328, i32 %1327, i32 0
	%1330 = sitofp i32 %947 to float
	%1331 = sext i32 %1329 to i64
	%1332 = getelementptr i32, i32* %52, i64 %1331
	%1333 = load i32, i32* %1332
	%1334 = sitofp i32 %1333 to float
	%1335 = fcmp ole float %1334, %1330
	%1336 = uitofp i1 %1335 to float
	%1337 = fcmp une float %1336, 0.0
	%1338 = and i1 %1328, %1337
	%1339 = select i1 %1338, float %897, float 0xFFF0000000000000
	%1340 = shl i32 %7, 1
	%1341 = add i32 33, %1340
	%1342 = add i32 %379, %1341
	%1343 = icmp slt i32 %1342, %N
	%1344 = select i1 %1343, i32 %1342, i32 0
	%1345 = sitofp i32 %947 to float
	%1346 = sext i32 %1344 to i64
	%1347 = getelementptr i32, i32* %52, i64 %1346
	%1348 = load i32, i32* %1347
	%1349 = sitofp i32 %1348 to float
	%1350 = fcmp ole float %1349, %1345
	%1351 = uitofp i1 %1350 to float
	%1352 = fcmp une float %1351, 0.0
	%1353 = and i1 %1343, %1352
	%1354 = select i1 %1353, float %898, float 0xFFF0000000000000
	%1355 = shl i32 %7, 1
	%1356 = add i32 40, %1355
	%1357 = add i32 %379, %1356
	%1358 = icmp slt i32 %1357, %N
	%1359 = select i1 %1358, i32 %1357, i32 0
	%1360 = sitofp i32 %943 to float
	%1361 = sext i32 %1359 to i64
	%1362 = getelementptr i32, i32* %52, i64 %1361
	%1363 = load i32, i32* %1362
	%1364 = sitofp i32 %1363 to float
	%1365 = fcmp ole float %1364, %1360
	%1366 = uitofp i1 %1365 to float
	%1367 = fcmp une float %1366, 0.0
	%1368 = and i1 %1358, %1367
	%1369 = select i1 %1368, float %900, float 0xFFF0000000000000
	%1370 = shl i32 %7, 1
	%1371 = add i32 41, %1370
	%1372 = add i32 %379, %1371
	%1373 = icmp slt i32 %1372, %N
	%1374 = select i1 %1373, i32 %1372, i32 0
	%1375 = sitofp i32 %943 to float
	%1376 = sext i32 %1374 to i64
	%1377 = getelementptr i32, i32* %52, i64 %1376
	%1378 = load i32, i32* %1377
	%1379 = sitofp i32 %1378 to float
	%1380 = fcmp ole float %1379, %1375
	%1381 = uitofp i1 %1380 to float
	%1382 = fcmp une float %1381, 0.0
	%1383 = and i1 %1373, %1382
	%1384 = select i1 %1383, float %901, float 0xFFF0000000000000
	%1385 = shl i32 %7, 1
	%1386 = add i32 40, %1385
	%1387 = add i32 %379, %1386
	%1388 = icmp slt i32 %1387, %N
	%1389 = select i1 %1388, i32 %1387, i32 0
	%1390 = sitofp i32 %947 to float
	%1391 = sext i32 %1389 to i64
	%1392 = getelementptr i32, i32* %52, i64 %1391
	%1393 = load i32, i32* %1392
	%1394 = sitofp i32 %1393 to float
	%1395 = fcmp ole float %1394, %1390
	%1396 = uitofp i1 %1395 to float
	%1397 = fcmp une float %1396, 0.0
	%1398 = and i1 %1388, %1397
	%1399 = select i1 %1398, float %902, float 0xFFF0000000000000
	%1400 = shl i32 %7, 1
	%1401 = add i32 41, %1400
	%1402 = add i32 %379, %1401
	%1403 = icmp slt i32 %1402, %N
	%1404 = select i1 %1403, i32 %1402, i32 0
	%1405 = sitofp i32 %947 to float
	%1406 = sext i32 %1404 to i64
	%1407 = getelementptr i32, i32* %52, i64 %1406
	%1408 = load i32, i32* %1407
	%1409 = sitofp i32 %1408 to float
	%1410 = fcmp ole float %1409, %1405
	%1411 = uitofp i1 %1410 to float
	%1412 = fcmp une float %1411, 0.0
	%1413 = and i1 %1403, %1412
	%1414 = select i1 %1413, float %903, float 0xFFF0000000000000
	%1415 = shl i32 %7, 1
	%1416 = add i32 48, %1415
	%1417 = add i32 %379, %1416
	%1418 = icmp slt i32 %1417, %N
	%1419 = select i1 %1418, i32 %1417, i32 0
	%1420 = sitofp i32 %943 to float
	%1421 = sext i32 %1419 to i64
	%1422 = getelementptr i32, i32* %52, i64 %1421
	%1423 = load i32, i32* %1422
	%1424 = sitofp i32 %1423 to float
	%1425 = fcmp ole float %1424, %1420
	%1426 = uitofp i1 %1425 to float
	%1427 = fcmp une float %1426, 0.0
	%1428 = and i1 %1418, %1427
	%1429 = select i1 %1428, float %921, float 0xFFF0000000000000
	%1430 = shl i32 %7, 1
	%1431 = add i32 49, %1430
	%1432 = add i32 %379, %1431
	%1433 = icmp slt i32 %1432, %N
	%1434 = select i1 %1433, i32 %1432, i32 0
	%1435 = sitofp i32 %943 to float
	%1436 = sext i32 %1434 to i64
	%1437 = getelementptr i32, i32* %52, i64 %1436
	%1438 = load i32, i32* %1437
	%1439 = sitofp i32 %1438 to float
	%1440 = fcmp ole float %1439, %1435
	%1441 = uitofp i1 %1440 to float
	%1442 = fcmp une float %1441, 0.0
	%1443 = and i1 %1433, %1442
	%1444 = select i1 %1443, float %922, float 0xFFF0000000000000
	%1445 = shl i32 %7, 1
	%1446 = add i32 48, %1445
	%1447 = add i32 %379, %1446
	%1448 = icmp slt i32 %1447, %N
	%1449 = select i1 %1448, i32 %1447, i32 0
	%1450 = sitofp i32 %947 to float
	%1451 = sext i32 %1449 to i64
	%1452 = getelementptr i32, i32* %52, i64 %1451
	%1453 = load i32, i32* %1452
	%1454 = sitofp i32 %1453 to float
	%1455 = fcmp ole float %1454, %1450
	%1456 = uitofp i1 %1455 to float
	%1457 = fcmp une float %1456, 0.0
	%1458 = and i1 %1448, %1457
	%1459 = select i1 %1458, float %923, float 0xFFF0000000000000
	%1460 = shl i32 %7, 1
	%1461 = add i32 49, %1460
	%1462 = add i32 %379, %1461
	%1463 = icmp slt i32 %1462, %N
	%1464 = select i1 %1463, i32 %1462, i32 0
	%1465 = sitofp i32 %947 to float
	%1466 = sext i32 %1464 to i64
	%1467 = getelementptr i32, i32* %52, i64 %1466
	%1468 = load i32, i32* %1467
	%1469 = sitofp i32 %1468 to float
	%1470 = fcmp ole float %1469, %1465
	%1471 = uitofp i1 %1470 to float
	%1472 = fcmp une float %1471, 0.0
	%1473 = and i1 %1463, %1472
	%1474 = select i1 %1473, float %924, float 0xFFF0000000000000
	%1475 = shl i32 %7, 1
	%1476 = add i32 56, %1475
	%1477 = add i32 %379, %1476
	%1478 = icmp slt i32 %1477, %N
	%1479 = select i1 %1478, i32 %1477, i32 0
	%1480 = sitofp i32 %943 to float
	%1481 = sext i32 %1479 to i64
	%1482 = getelementptr i32, i32* %52, i64 %1481
	%1483 = load i32, i32* %1482
	%1484 = sitofp i32 %1483 to float
	%1485 = fcmp ole float %1484, %1480
	%1486 = uitofp i1 %1485 to float
	%1487 = fcmp une float %1486, 0.0
	%1488 = and i1 %1478, %1487
	%1489 = select i1 %1488, float %926, float 0xFFF0000000000000
	%1490 = shl i32 %7, 1
	%1491 = add i32 57, %1490
	%1492 = add i32 %379, %1491
	%1493 = icmp slt i32 %1492, %N
	%1494 = select i1 %1493, i32 %1492, i32 0
	%1495 = sitofp i32 %943 to float
	%1496 = sext i32 %1494 to i64
	%1497 = getelementptr i32, i32* %52, i64 %1496
	%1498 = load i32, i32* %1497
	%1499 = sitofp i32 %1498 to float
	%1500 = fcmp ole float %1499, %1495
	%1501 = uitofp i1 %1500 to float
	%1502 = fcmp une float %1501, 0.0
	%1503 = and i1 %1493, %1502
	%1504 = select i1 %1503, float %927, float 0xFFF0000000000000
	%1505 = shl i32 %7, 1
	%1506 = add i32 56, %1505
	%1507 = add i32 %379, %1506
	%1508 = icmp slt i32 %1507, %N
	%1509 = select i1 %1508, i32 %1507, i32 0
	%1510 = sitofp i32 %947 to float
	%1511 = sext i32 %1509 to i64
	%1512 = getelementptr i32, i32* %52, i64 %1511
	%1513 = load i32, i32* %1512
	%1514 = sitofp i32 %1513 to float
	%1515 = fcmp ole float %1514, %1510
	%1516 = uitofp i1 %1515 to float
	%1517 = fcmp une float %1516, 0.0
	%1518 = and i1 %1508, %1517
	%1519 = select i1 %1518, float %928, float 0xFFF0000000000000
	%1520 = shl i32 %7, 1
	%1521 = add i32 57, %1520
	%1522 = add i32 %379, %1521
	%1523 = icmp slt i32 %1522, %N
	%1524 = select i1 %1523, i32 %1522, i32 0
	%1525 = sitofp i32 %947 to float
	%1526 = sext i32 %1524 to i64
	%1527 = getelementptr i32, i32* %52, i64 %1526
	%1528 = load i32, i32* %1527
	%1529 = sitofp i32 %1528 to float
	%1530 = fcmp ole float %1529, %1525
	%1531 = uitofp i1 %1530 to float
	%1532 = fcmp une float %1531, 0.0
	%1533 = and i1 %1523, %1532
	%1534 = select i1 %1533, float %929, float 0xFFF0000000000000
	%1535 = shl i32 %7, 1
	%1536 = add i32 0, %1535
	%1537 = add i32 %379, %1536
	%1538 = icmp slt i32 %1537, %N
	%1539 = select i1 %1538, i32 %1537, i32 0
	%1540 = sitofp i32 %951 to float
	%1541 = sext i32 %1539 to i64
	%1542 = getelementptr i32, i32* %52, i64 %1541
	%1543 = load i32, i32* %1542
	%1544 = sitofp i32 %1543 to float
	%1545 = fcmp ole float %1544, %1540
	%1546 = uitofp i1 %1545 to float
	%1547 = fcmp une float %1546, 0.0
	%1548 = and i1 %1538, %1547
	%1549 = select i1 %1548, float %853, float 0xFFF0000000000000
	%1550 = shl i32 %7, 1
	%1551 = add i32 1, %1550
	%1552 = add i32 %379, %1551
	%1553 = icmp slt i32 %1552, %N
	%1554 = select i1 %1553, i32 %1552, i32 0
	%1555 = sitofp i32 %951 to float
	%1556 = sext i32 %1554 to i64
	%1557 = getelementptr i32, i32* %52, i64 %1556
	%1558 = load i32, i32* %1557
	%1559 = sitofp i32 %1558 to float
	%1560 = fcmp ole float %1559, %1555
	%1561 = uitofp i1 %1560 to float
	%1562 = fcmp une float %1561, 0.0
	%1563 = and i1 %1553, %1562
	%1564 = select i1 %1563, float %854, float 0xFFF0000000000000
	%1565 = shl i32 %7, 1
	%1566 = add i32 0, %1565
	%1567 = add i32 %379, %1566
	%1568 = icmp slt i32 %1567, %N
	%1569 = select i1 %1568, i32 %1567, i32 0
	%1570 = sitofp i32 %955 to float
	%1571 = sext i32 %1569 to i64
	%1572 = getelementptr i32, i32* %52, i64 %1571
	%1573 = load i32, i32* %1572
	%1574 = sitofp i32 %1573 to float
	%1575 = fcmp ole float %1574, %1570
	%1576 = uitofp i1 %1575 to float
	%1577 = fcmp une float %1576, 0.0
	%1578 = and i1 %1568, %1577
	%1579 = select i1 %1578, float %855, float 0xFFF0000000000000
	%1580 = shl i32 %7, 1
	%1581 = add i32 1, %1580
	%1582 = add i32 %379, %1581
	%1583 = icmp slt i32 %1582, %N
	%1584 = select i1 %1583, i32 %1582, i32 0
	%1585 = sitofp i32 %955 to float
	%1586 = sext i32 %1584 to i64
	%1587 = getelementptr i32, i32* %52, i64 %1586
	%1588 = load i32, i32* %1587
	%1589 = sitofp i32 %1588 to float
	%1590 = fcmp ole float %1589, %1585
	%1591 = uitofp i1 %1590 to float
	%1592 = fcmp une float %1591, 0.0
	%1593 = and i1 %1583, %1592
	%1594 = select i1 %1593, float %856, float 0xFFF0000000000000
	%1595 = shl i32 %7, 1
	%1596 = add i32 8, %1595
	%1597 = add i32 %379, %1596
	%1598 = icmp slt i32 %1597, %N
	%1599 = select i1 %1598, i32 %1597, i32 0
	%1600 = sitofp i32 %951 to float
	%1601 = sext i32 %1599 to i64
	%1602 = getelementptr i32, i32* %52, i64 %1601
	%1603 = load i32, i32* %1602
	%1604 = sitofp i32 %1603 to float
	%1605 = fcmp ole float %1604, %1600
	%1606 = uitofp i1 %1605 to float
	%1607 = fcmp une float %1606, 0.0
	%1608 = and i1 %1598, %1607
	%1609 = select i1 %1608, float %858, float 0xFFF0000000000000
	%1610 = shl i32 %7, 1
	%1611 = add i32 9, %1610
	%1612 = add i32 %379, %1611
	%1613 = icmp slt i32 %1612, %N
	%1614 = select i1 %1613, i32 %1612, i32 0
	%1615 = sitofp i32 %951 to float
	%1616 = sext i32 %1614 to i64
	%1617 = getelementptr i32, i32* %52, i64 %1616
	%1618 = load i32, i32* %1617
	%1619 = sitofp i32 %1618 to float
	%1620 = fcmp ole float %1619, %1615
	%1621 = uitofp i1 %1620 to float
	%1622 = fcmp une float %1621, 0.0
	%1623 = and i1 %1613, %1622
	%1624 = select i1 %1623, float %859, float 0xFFF0000000000000
	%1625 = shl i32 %7, 1
	%1626 = add i32 8, %1625
	%1627 = add i32 %379, %1626
	%1628 = icmp slt i32 %1627, %N
	%1629 = select i1 %1628, i32 %1627, i32 0
	%1630 = sitofp i32 %955 to float
	%1631 = sext i32 %1629 to i64
	%1632 = getelementptr i32, i32* %52, i64 %1631
	%1633 = load i32, i32* %1632
	%1634 = sitofp i32 %1633 to float
	%1635 = fcmp ole float %1634, %1630
	%1636 = uitofp i1 %1635 to float
	%1637 = fcmp une float %1636, 0.0
	%1638 = and i1 %1628, %1637
	%1639 = select i1 %1638, float %860, float 0xFFF0000000000000
	%1640 = shl i32 %7, 1
	%1641 = add i32 9, %1640
	%1642 = add i32 %379, %1641
	%1643 = icmp slt i32 %1642, %N
	%1644 = select i1 %1643, i32 %1642, i32 0
	%1645 = sitofp i32 %955 to float
	%1646 = sext i32 %1644 to i64
	%1647 = getelementptr i32, i32* %52, i64 %1646
	%1648 = load i32, i32* %1647
	%1649 = sitofp i32 %1648 to float
	%1650 = fcmp ole float %1649, %1645
	%1651 = uitofp i1 %1650 to float
	%1652 = fcmp une float %1651, 0.0
	%1653 = and i1 %1643, %1652
	%1654 = select i1 %1653, float %861, float 0xFFF0000000000000
	%1655 = shl i32 %7, 1
	%1656 = add i32 16, %1655
	%1657 = add i32 %379, %1656
	%1658 = icmp slt i32 %1657, %N
	%1659 = select i1 %1658, i32 %1657, i32 0
	%1660 = sitofp i32 %951 to float
	%1661 = sext i32 %1659 to i64
	%1662 = getelementptr i32, i32* %52, i64 %1661
	%1663 = load i32, i32* %1662
	%1664 = sitofp i32 %1663 to float
	%1665 = fcmp ole float %1664, %1660
	%1666 = uitofp i1 %1665 to float
	%1667 = fcmp une float %1666, 0.0
	%1668 = and i1 %1658, %1667
	%1669 = select i1 %1668, float %879, float 0xFFF0000000000000
	%1670 = shl i32 %7, 1
	%1671 = add i32 17, %1670
	%1672 = add i32 %379, %1671
	%1673 = icmp slt i32 %1672, %N
	%1674 = select i1 %1673, i32 %1672, i32 0
	%1675 = sitofp i32 %951 to float
	%1676 = sext i32 %1674 to i64
	%1677 = getelementptr i32, i32* %52, i64 %1676
	%1678 = load i32, i32* %1677
	%1679 = sitofp i32 %1678 to float
	%1680 = fcmp ole float %1679, %1675
	%1681 = uitofp i1 %1680 to float
	%1682 = fcmp une float %1681, 0.0
	%1683 = and i1 %1673, %1682
	%1684 = select i1 %1683, float %880, float 0xFFF0000000000000
	%1685 = shl i32 %7, 1
	%1686 = add i32 16, %1685
	%1687 = add i32 %379, %1686
	%1688 = icmp slt i32 %1687, %N
	%1689 = select i1 %1688, i32 %1687, i32 0
	%1690 = sitofp i32 %955 to float
	%1691 = sext i32 %1689 to i64
	%1692 = getelementptr i32, i32* %52, i64 %1691
	%1693 = load i32, i32* %1692
	%1694 = sitofp i32 %1693 to float
	%1695 = fcmp ole float %1694, %1690
	%1696 = uitofp i1 %1695 to float
	%1697 = fcmp une float %1696, 0.0
	%1698 = and i1 %1688, %1697
	%1699 = select i1 %1698, float %881, float 0xFFF0000000000000
	%1700 = shl i32 %7, 1
	%1701 = add i32 17, %1700
	%1702 = add i32 %379, %1701
	%1703 = icmp slt i32 %1702, %N
	%1704 = select i1 %1703, i32 %1702, i32 0
	%1705 = sitofp i32 %955 to float
	%1706 = sext i32 %1704 to i64
	%1707 = getelementptr i32, i32* %52, i64 %1706
	%1708 = load i32, i32* %1707
	%1709 = sitofp i32 %1708 to float
	%1710 = fcmp ole float %1709, %1705
	%1711 = uitofp i1 %1710 to float
	%1712 = fcmp une float %1711, 0.0
	%1713 = and i1 %1703, %1712
	%1714 = select i1 %1713, float %882, float 0xFFF0000000000000
	%1715 = shl i32 %7, 1
	%1716 = add i32 24, %1715
	%1717 = add i32 %379, %1716
	%1718 = icmp slt i32 %1717, %N
	%1719 = select i1 %1718, i32 %1717, i32 0
	%1720 = sitofp i32 %951 to float
	%1721 = sext i32 %1719 to i64
	%1722 = getelementptr i32, i32* %52, i64 %1721
	%1723 = load i32, i32* %1722
	%1724 = sitofp i32 %1723 to float
	%1725 = fcmp ole float %1724, %1720
	%1726 = uitofp i1 %1725 to float
	%1727 = fcmp une float %1726, 0.0
	%1728 = and i1 %1718, %1727
	%1729 = select i1 %1728, float %884, float 0xFFF0000000000000
	%1730 = shl i32 %7, 1
	%1731 = add i32 25, %1730
	%1732 = add i32 %379, %1731
	%1733 = icmp slt i32 %1732, %N
	%1734 = select i1 %1733, i32 %1732, i32 0
	%1735 = sitofp i32 %951 to float
	%1736 = sext i32 %1734 to i64
	%1737 = getelementptr i32, i32* %52, i64 %1736
	%1738 = load i32, i32* %1737
	%1739 = sitofp i32 %1738 to float
	%1740 = fcmp ole float %1739, %1735
	%1741 = uitofp i1 %1740 to float
	%1742 = fcmp une float %1741, 0.0
	%1743 = and i1 %1733, %1742
	%1744 = select i1 %1743, float %885, float 0xFFF0000000000000
	%1745 = shl i32 %7, 1
	%1746 = add i32 24, %1745
	%1747 = add i32 %379, %1746
	%1748 = icmp slt i32 %1747, %N
	%1749 = select i1 %1748, i32 %1747, i32 0
	%1750 = sitofp i32 %955 to float
	%1751 = sext i32 %1749 to i64
	%1752 = getelementptr i32, i32* %52, i64 %1751
	%1753 = load i32, i32* %1752
	%1754 = sitofp i32 %1753 to float
	%1755 = fcmp ole float %1754, %1750
	%1756 = uitofp i1 %1755 to float
	%1757 = fcmp une float %1756, 0.0
	%1758 = and i1 %1748, %1757
	%1759 = select i1 %1758, float %886, float 0xFFF0000000000000
	%1760 = shl i32 %7, 1
	%1761 = add i32 25, %1760
	%1762 = add i32 %379, %1761
	%1763 = icmp slt i32 %1762, %N
	%1764 = select i1 %1763, i32 %1762, i32 0
	%1765 = sitofp i32 %955 to float
	%1766 = sext i32 %1764 to i64
	%1767 = getelementptr i32, i32* %52, i64 %1766
	%1768 = load i32, i32* %1767
	%1769 = sitofp i32 %1768 to float
	%1770 = fcmp ole float %1769, %1765
	%1771 = uitofp i1 %1770 to float
	%1772 = fcmp une float %1771, 0.0
	%1773 = and i1 %1763, %1772
	%1774 = select i1 %1773, float %887, float 0xFFF0000000000000
	%1775 = shl i32 %7, 1
	%1776 = add i32 32, %1775
	%1777 = add i32 %379, %1776
	%1778 = icmp slt i32 %1777, %N
	%1779 = select i1 %1778, i32 %1777, i32 0
	%1780 = sitofp i32 %951 to float
	%1781 = sext i32 %1779 to i64
	%1782 = getelementptr i32, i32* %52, i64 %1781
	%1783 = load i32, i32* %1782
	%1784 = sitofp i32 %1783 to float
	%1785 = fcmp ole float %1784, %1780
	%1786 = uitofp i1 %1785 to float
	%1787 = fcmp une float %1786, 0.0
	%1788 = and i1 %1778, %1787
	%1789 = select i1 %1788, float %905, float 0xFFF0000000000000
	%1790 = shl i32 %7, 1
	%1791 = add i32 33, %1790
	%1792 = add i32 %379, %1791
	%1793 = icmp slt i32 %1792, %N
	%1794 = select i1 %1793, i32 %1792, i32 0
	%1795 = sitofp i32 %951 to float
	%1796 = sext i32 %1794 to i64
	%1797 = getelementptr i32, i32* %52, i64 %1796
	%1798 = load i32, i32* %1797
	%1799 = sitofp i32 %1798 to float
	%1800 = fcmp ole float %1799, %1795
	%1801 = uitofp i1 %1800 to float
	%1802 = fcmp une float %1801, 0.0
	%1803 = and i1 %1793, %1802
	%1804 = select i1 %1803, float %906, float 0xFFF0000000000000
	%1805 = shl i32 %7, 1
	%1806 = add i32 32, %1805
	%1807 = add i32 %379, %1806
	%1808 = icmp slt i32 %1807, %N
	%1809 = select i1 %1808, i32 %1807, i32 0
	%1810 = sitofp i32 %955 to float
	%1811 = sext i32 %1809 to i64
	%1812 = getelementptr i32, i32* %52, i64 %1811
	%1813 = load i32, i32* %1812
	%1814 = sitofp i32 %1813 to float
	%1815 = fcmp ole float %1814, %1810
	%1816 = uitofp i1 %1815 to float
	%1817 = fcmp une float %1816, 0.0
	%1818 = and i1 %1808, %1817
	%1819 = select i1 %1818, float %907, float 0xFFF0000000000000
	%1820 = shl i32 %7, 1
	%1821 = add i32 33, %1820
	%1822 = add i32 %379, %1821
	%1823 = icmp slt i32 %1822, %N
	%1824 = select i1 %1823, i32 %1822, i32 0
	%1825 = sitofp i32 %955 to float
	%1826 = sext i32 %1824 to i64
	%1827 = getelementptr i32, i32* %52, i64 %1826
	%1828 = load i32, i32* %1827
	%1829 = sitofp i32 %1828 to float
	%1830 = fcmp ole float %1829, %1825
	%1831 = uitofp i1 %1830 to float
	%1832 = fcmp une float %1831, 0.0
	%1833 = and i1 %1823, %1832
	%1834 = select i1 %1833, float %908, float 0xFFF0000000000000
	%1835 = shl i32 %7, 1
	%1836 = add i32 40, %1835
	%1837 = add i32 %379, %1836
	%1838 = icmp slt i32 %1837, %N
	%1839 = select i1 %1838, i32 %1837, i32 0
	%1840 = sitofp i32 %951 to float
	%1841 = sext i32 %1839 to i64
	%1842 = getelementptr i32, i32* %52, i64 %1841
	%1843 = load i32, i32* %1842
	%1844 = sitofp i32 %1843 to float
	%1845 = fcmp ole float %1844, %1840
	%1846 = uitofp i1 %1845 to float
	%1847 = fcmp une float %1846, 0.0
	%1848 = and i1 %1838, %1847
	%1849 = select i1 %1848, float %910, float 0xFFF0000000000000
	%1850 = shl i32 %7, 1
	%1851 = add i32 41, %1850
	%1852 = add i32 %379, %1851
	%1853 = icmp slt i32 %1852, %N
	%1854 = select i1 %1853, i32 %1852, i32 0
	%1855 = sitofp i32 %951 to float
	%1856 = sext i32 %1854 to i64
	%1857 = getelementptr i32, i32* %52, i64 %1856
	%1858 = load i32, i32* %1857
	%1859 = sitofp i32 %1858 to float
	%1860 = fcmp ole float %1859, %1855
	%1861 = uitofp i1 %1860 to float
	%1862 = fcmp une float %1861, 0.0
	%1863 = and i1 %1853, %1862
	%1864 = select i1 %1863, float %911, float 0xFFF0000000000000
	%1865 = shl i32 %7, 1
	%1866 = add i32 40, %1865
	%1867 = add i32 %379, %1866
	%1868 = icmp slt i32 %1867, %N
	%1869 = select i1 %1868, i32 %1867, i32 0
	%1870 = sitofp i32 %955 to float
	%1871 = sext i32 %1869 to i64
	%1872 = getelementptr i32, i32* %52, i64 %1871
	%1873 = load i32, i32* %1872
	%1874 = sitofp i32 %1873 to float
	%1875 = fcmp ole float %1874, %1870
	%1876 = uitofp i1 %1875 to float
	%1877 = fcmp une float %1876, 0.0
	%1878 = and i1 %1868, %1877
	%1879 = select i1 %1878, float %912, float 0xFFF0000000000000
	%1880 = shl i32 %7, 1
	%1881 = add i32 41, %1880
	%1882 = add i32 %379, %1881
	%1883 = icmp slt i32 %1882, %N
	%1884 = select i1 %1883, i32 %1882, i32 0
	%1885 = sitofp i32 %955 to float
	%1886 = sext i32 %1884 to i64
	%1887 = getelementptr i32, i32* %52, i64 %1886
	%1888 = load i32, i32* %1887
	%1889 = sitofp i32 %1888 to float
	%1890 = fcmp ole float %1889, %1885
	%1891 = uitofp i1 %1890 to float
	%1892 = fcmp une float %1891, 0.0
	%1893 = and i1 %1883, %1892
	%1894 = select i1 %1893, float %913, float 0xFFF0000000000000
	%1895 = shl i32 %7, 1
	%1896 = add i32 48, %1895
	%1897 = add i32 %379, %1896
	%1898 = icmp slt i32 %1897, %N
	%1899 = select i1 %1898, i32 %1897, i32 0
	%1900 = sitofp i32 %951 to float
	%1901 = sext i32 %1899 to i64
	%1902 = getelementptr i32, i32* %52, i64 %1901
	%1903 = load i32, i32* %1902
	%1904 = sitofp i32 %1903 to float
	%1905 = fcmp ole float %1904, %1900
	%1906 = uitofp i1 %1905 to float
	%1907 = fcmp une float %1906, 0.0
	%1908 = and i1 %1898, %1907
	%1909 = select i1 %1908, float %931, float 0xFFF0000000000000
	%1910 = shl i32 %7, 1
	%1911 = add i32 49, %1910
	%1912 = add i32 %379, %1911
	%1913 = icmp slt i32 %1912, %N
	%1914 = select i1 %1913, i32 %1912, i32 0
	%1915 = sitofp i32 %951 to float
	%1916 = sext i32 %1914 to i64
	%1917 = getelementptr i32, i32* %52, i64 %1916
	%1918 = load i32, i32* %1917
	%1919 = sitofp i32 %1918 to float
	%1920 = fcmp ole float %1919, %1915
	%1921 = uitofp i1 %1920 to float
	%1922 = fcmp une float %1921, 0.0
	%1923 = and i1 %1913, %1922
	%1924 = select i1 %1923, float %932, float 0xFFF0000000000000
	%1925 = shl i32 %7, 1
	%1926 = add i32 48, %1925
	%1927 = add i32 %379, %1926
	%1928 = icmp slt i32 %1927, %N
	%1929 = select i1 %1928, i32 %1927, i32 0
	%1930 = sitofp i32 %955 to float
	%1931 = sext i32 %1929 to i64
	%1932 = getelementptr i32, i32* %52, i64 %1931
	%1933 = load i32, i32* %1932
	%1934 = sitofp i32 %1933 to float
	%1935 = fcmp ole float %1934, %1930
	%1936 = uitofp i1 %1935 to float
	%1937 = fcmp une float %1936, 0.0
	%1938 = and i1 %1928, %1937
	%1939 = select i1 %1938, float %933, float 0xFFF0000000000000
	%1940 = shl i32 %7, 1
	%1941 = add i32 49, %1940
	%1942 = add i32 %379, %1941
	%1943 = icmp slt i32 %1942, %N
	%1944 = select i1 %1943, i32 %1942, i32 0
	%1945 = sitofp i32 %955 to float
	%1946 = sext i32 %1944 to i64
	%1947 = getelementptr i32, i32* %52, i64 %1946
	%1948 = load i32, i32* %1947
	%1949 = sitofp i32 %1948 to float
	%1950 = fcmp ole float %1949, %1945
	%1951 = uitofp i1 %1950 to float
	%1952 = fcmp une float %1951, 0.0
	%1953 = and i1 %1943, %1952
	%1954 = select i1 %1953, float %934, float 0xFFF0000000000000
	%1955 = shl i32 %7, 1
	%1956 = add i32 56, %1955
	%1957 = add i32 %379, %1956
	%1958 = icmp slt i32 %1957, %N
	%1959 = select i1 %1958, i32 %1957, i32 0
	%1960 = sitofp i32 %951 to float
	%1961 = sext i32 %1959 to i64
	%1962 = getelementptr i32, i32* %52, i64 %1961
	%1963 = load i32, i32* %1962
	%1964 = sitofp i32 %1963 to float
	%1965 = fcmp ole float %1964, %1960
	%1966 = uitofp i1 %1965 to float
	%1967 = fcmp une float %1966, 0.0
	%1968 = and i1 %1958, %1967
	%1969 = select i1 %1968, float %936, float 0xFFF0000000000000
	%1970 = shl i32 %7, 1
	%1971 = add i32 57, %1970
	%1972 = add i32 %379, %1971
	%1973 = icmp slt i32 %1972, %N
	%1974 = select i1 %1973, i32 %1972, i32 0
	%1975 = sitofp i32 %951 to float
	%1976 = sext i32 %1974 to i64
	%1977 = getelementptr i32, i32* %52, i64 %1976
	%1978 = load i32, i32* %1977
	%1979 = sitofp i32 %1978 to float
	%1980 = fcmp ole float %1979, %1975
	%1981 = uitofp i1 %1980 to float
	%1982 = fcmp une float %1981, 0.0
	%1983 = and i1 %1973, %1982
	%1984 = select i1 %1983, float %937, float 0xFFF0000000000000
	%1985 = shl i32 %7, 1
	%1986 = add i32 56, %1985
	%1987 = add i32 %379, %1986
	%1988 = icmp slt i32 %1987, %N
	%1989 = select i1 %1988, i32 %1987, i32 0
	%1990 = sitofp i32 %955 to float
	%1991 = sext i32 %1989 to i64
	%1992 = getelementptr i32, i32* %52, i64 %1991
	%1993 = load i32, i32* %1992
	%1994 = sitofp i32 %1993 to float
	%1995 = fcmp ole float %1994, %1990
	%1996 = uitofp i1 %1995 to float
	%1997 = fcmp une float %1996, 0.0
	%1998 = and i1 %1988, %1997
	%1999 = select i1 %1998, float %938, float 0xFFF0000000000000
	%2000 = shl i32 %7, 1
	%2001 = add i32 57, %2000
	%2002 = add i32 %379, %2001
	%2003 = icmp slt i32 %2002, %N
	%2004 = select i1 %2003, i32 %2002, i32 0
	%2005 = sitofp i32 %955 to float
	%2006 = sext i32 %2004 to i64
	%2007 = getelementptr i32, i32* %52, i64 %2006
	%2008 = load i32, i32* %2007
	%2009 = sitofp i32 %2008 to float
	%2010 = fcmp ole float %2009, %2005
	%2011 = uitofp i1 %2010 to float
	%2012 = fcmp une float %2011, 0.0
	%2013 = and i1 %2003, %2012
	%2014 = select i1 %2013, float %939, float 0xFFF0000000000000
	br label %softmax

softmax:
	%2015 = phi float [ %843, %loop ], [ %1069, %partial ]
	%2016 = phi float [ %844, %loop ], [ %1084, %partial ]
	%2017 = phi float [ %845, %loop ], [ %1099, %partial ]
	%2018 = phi float [ %846, %loop ], [ %1114, %partial ]
	%2019 = phi float [ %848, %loop ], [ %1129, %partial ]
	%2020 = phi float [ %849, %loop ], [ %1144, %partial ]
	%2021 = phi float [ %850, %loop ], [ %1159, %partial ]
	%2022 = phi float [ %851, %loop ], [ %1174, %partial ]
	%2023 = phi float [ %869, %loop ], [ %1189, %partial ]
	%2024 = phi float [ %870, %loop ], [ %1204, %partial ]
	%2025 = phi float [ %871, %loop ], [ %1219, %partial ]
	%2026 = phi float [ %872, %loop ], [ %1234, %partial ]
	%2027 = phi float [ %874, %loop ], [ %1249, %partial ]
	%2028 = phi float [ %875, %loop ], [ %1264, %partial ]
	%2029 = phi float [ %876, %loop ], [ %1279, %partial ]
	%2030 = phi float [ %877, %loop ], [ %1294, %partial ]
	%2031 = phi float [ %895, %loop ], [ %1309, %partial ]
	%2032 = phi float [ %896, %loop ], [ %1324, %partial ]
	%2033 = phi float [ %897, %loop ], [ %1339, %partial ]
	%2034 = phi float [ %898, %loop ], [ %1354, %partial ]
	%2035 = phi float [ %900, %loop ], [ %1369, %partial ]
	%2036 = phi float [ %901, %loop ], [ %1384, %partial ]
	%2037 = phi float [ %902, %loop ], [ %1399, %partial ]
	%2038 = phi float [ %903, %loop ], [ %1414, %partial ]
	%2039 = phi float [ %921, %loop ], [ %1429, %partial ]
	%2040 = phi float [ %922, %loop ], [ %1444, %partial ]
	%2041 = phi float [ %923, %loop ], [ %1459, %partial ]
	%2042 = phi float [ %924, %loop ], [ %1474, %partial ]
	%2043 = phi float [ %926, %loop ], [ %1489, %partial ]
	%2044 = phi float [ %927, %loop ], [ %1504, %partial ]
	%2045 = phi float [ %928, %loop ], [ %1519, %partial ]
	%2046 = phi float [ %929, %loop ], [ %1534, %partial ]
	%2047 = phi float [ %853, %loop ], [ %1549, %partial ]
	%2048 = phi float [ %854, %loop ], [ %1564, %partial ]
	%2049 = phi float [ %855, %loop ], [ %1579, %partial ]
	%2050 = phi float [ %856, %loop ], [ %1594, %partial ]
	%2051 = phi float [ %858, %loop ], [ %1609, %partial ]
	%2052 = phi float [ %859, %loop ], [ %1624, %partial ]
	%2053 = phi float [ %860, %loop ], [ %1639, %partial ]
	%2054 = phi float [ %861, %loop ], [ %1654, %partial ]
	%2055 = phi float [ %879, %loop ], [ %1669, %partial ]
	%2056 = phi float [ %880, %loop ], [ %1684, %partial ]
	%2057 = phi float [ %881, %loop ], [ %1699, %partial ]
	%2058 = phi float [ %882, %loop ], [ %1714, %partial ]
	%2059 = phi float [ %884, %loop ], [ %1729, %partial ]
	%2060 = phi float [ %885, %loop ], [ %1744, %partial ]
	%2061 = phi float [ %886, %loop ], [ %1759, %partial ]
	%2062 = phi float [ %887, %loop ], [ %1774, %partial ]
	%2063 = phi float [ %905, %loop ], [ %1789, %partial ]
	%2064 = phi float [ %906, %loop ], [ %1804, %partial ]
	%2065 = phi float [ %907, %loop ], [ %1819, %partial ]
	%2066 = phi float [ %908, %loop ], [ %1834, %partial ]
	%2067 = phi float [ %910, %loop ], [ %1849, %partial ]
	%2068 = phi float [ %911, %loop ], [ %1864, %partial ]
	%2069 = phi float [ %912, %loop ], [ %1879, %partial ]
	%2070 = phi float [ %913, %loop ], [ %1894, %partial ]
	%2071 = phi float [ %931, %loop ], [ %1909, %partial ]
	%2072 = phi float [ %932, %loop ], [ %1924, %partial ]
	%2073 = phi float [ %933, %loop ], [ %1939, %partial ]
	%2074 = phi float [ %934, %loop ], [ %1954, %partial ]
	%2075 = phi float [ %936, %loop ], [ %1969, %partial ]
	%2076 = phi float [ %937, %loop ], [ %1984, %partial ]
	%2077 = phi float [ %938, %loop ], [ %1999, %partial ]
	%2078 = phi float [ %939, %loop ], [ %2014, %partial ]
	%2079 = call float @llvm.nvvm.fmax.f(float %2015, float %2016)
	%2080 = call float @llvm.nvvm.fmax.f(float %2019, float %2020)
	%2081 = call float @llvm.nvvm.fmax.f(float %2023, float %2024)
	%2082 = call float @llvm.nvvm.fmax.f(float %2027, float %2028)
	%2083 = call float @llvm.nvvm.fmax.f(float %2031, float %2032)
	%2084 = call float @llvm.nvvm.fmax.f(float %2035, float %2036)
	%2085 = call float @llvm.nvvm.fmax.f(float %2039, float %2040)
	%2086 = call float @llvm.nvvm.fmax.f(float %2043, float %2044)
	%2087 = call float @llvm.nvvm.fmax.f(float %2079, float %2080)
	%2088 = call float @llvm.nvvm.fmax.f(float %2081, float %2082)
	%2089 = call float @llvm.nvvm.fmax.f(float %2083, float %2084)
	%2090 = call float @llvm.nvvm.fmax.f(float %2085, float %2086)
	%2091 = call float @llvm.nvvm.fmax.f(float %2087, float %2088)
	%2092 = call float @llvm.nvvm.fmax.f(float %2089, float %2090)
	%2093 = call float @llvm.nvvm.fmax.f(float %2091, float %2092)
	%2094 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2093, i32 1, i32 31)
	%2095 = call float @llvm.nvvm.fmax.f(float %2093, float %2094)
	%2096 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2095, i32 2, i32 31)
	%2097 = call float @llvm.nvvm.fmax.f(float %2095, float %2096)
	%2098 = fmul float %2097, 0x3FC7154760000000
	%2099 = call float @llvm.nvvm.fmax.f(float %363, float %2098)
	%2100 = fadd float %363, 8.0
	%2101 = fcmp ogt float %2099, %2100
	%2102 = or i1 false, %2101
	%2103 = call float @llvm.nvvm.fmax.f(float %2017, float %2018)
	%2104 = call float @llvm.nvvm.fmax.f(float %2021, float %2022)
	%2105 = call float @llvm.nvvm.fmax.f(float %2025, float %2026)
	%2106 = call float @llvm.nvvm.fmax.f(float %2029, float %2030)
	%2107 = call float @llvm.nvvm.fmax.f(float %2033, float %2034)
	%2108 = call float @llvm.nvvm.fmax.f(float %2037, float %2038)
	%2109 = call float @llvm.nvvm.fmax.f(float %2041, float %2042)
	%2110 = call float @llvm.nvvm.fmax.f(float %2045, float %2046)
	%2111 = call float @llvm.nvvm.fmax.f(float %2103, float %2104)
	%2112 = call float @llvm.nvvm.fmax.f(float %2105, float %2106)
	%2113 = call float @llvm.nvvm.fmax.f(float %2107, float %2108)
	%2114 = call float @llvm.nvvm.fmax.f(float %2109, float %2110)
	%2115 = call float @llvm.nvvm.fmax.f(float %2111, float %2112)
	%2116 = call float @llvm.nvvm.fmax.f(float %2113, float %2114)
	%2117 = call float @llvm.nvvm.fmax.f(float %2115, float %2116)
	%2118 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2117, i32 1, i32 31)
	%2119 = call float @llvm.nvvm.fmax.f(float %2117, float %2118)
	%2120 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2119, i32 2, i32 31)
	%2121 = call float @llvm.nvvm.fmax.f(float %2119, float %2120)
	%2122 = fmul float %2121, 0x3FC7154760000000
	%2123 = call float @llvm.nvvm.fmax.f(float %365, float %2122)
	%2124 = fadd float %365, 8.0
	%2125 = fcmp ogt float %2123, %2124
	%2126 = or i1 %2102, %2125
	%2127 = call float @llvm.nvvm.fmax.f(float %2047, float %2048)
	%2128 = call float @llvm.nvvm.fmax.f(float %2051, float %2052)
	%2129 = call float @llvm.nvvm.fmax.f(float %2055, float %2056)
	%2130 = call float @llvm.nvvm.fmax.f(float %2059, float %2060)
	%2131 = call float @llvm.nvvm.fmax.f(float %2063, float %2064)
	%2132 = call float @llvm.nvvm.fmax.f(float %2067, float %2068)
	%2133 = call float @llvm.nvvm.fmax.f(float %2071, float %2072)
	%2134 = call float @llvm.nvvm.fmax.f(float %2075, float %2076)
	%2135 = call float @llvm.nvvm.fmax.f(float %2127, float %2128)
	%2136 = call float @llvm.nvvm.fmax.f(float %2129, float %2130)
	%2137 = call float @llvm.nvvm.fmax.f(float %2131, float %2132)
	%2138 = call float @llvm.nvvm.fmax.f(float %2133, float %2134)
	%2139 = call float @llvm.nvvm.fmax.f(float %2135, float %2136)
	%2140 = call float @llvm.nvvm.fmax.f(float %2137, float %2138)
	%2141 = call float @llvm.nvvm.fmax.f(float %2139, float %2140)
	%2142 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2141, i32 1, i32 31)
	%2143 = call float @llvm.nvvm.fmax.f(float %2141, float %2142)
	%2144 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2143, i32 2, i32 31)
	%2145 = call float @llvm.nvvm.fmax.f(float %2143, float %2144)
	%2146 = fmul float %2145, 0x3FC7154760000000
	%2147 = call float @llvm.nvvm.fmax.f(float %367, float %2146)
	%2148 = fadd float %367, 8.0
	%2149 = fcmp ogt float %2147, %2148
	%2150 = or i1 %2126, %2149
	%2151 = call float @llvm.nvvm.fmax.f(float %2049, float %2050)
	%2152 = call float @llvm.nvvm.fmax.f(float %2053, float %2054)
	%2153 = call float @llvm.nvvm.fmax.f(float %2057, float %2058)
	%2154 = call float @llvm.nvvm.fmax.f(float %2061, float %2062)
	%2155 = call float @llvm.nvvm.fmax.f(float %2065, float %2066)
	%2156 = call float @llvm.nvvm.fmax.f(float %2069, float %2070)
	%2157 = call float @llvm.nvvm.fmax.f(float %2073, float %2074)
	%2158 = call float @llvm.nvvm.fmax.f(float %2077, float %2078)
	%2159 = call float @llvm.nvvm.fmax.f(float %2151, float %2152)
	%2160 = call float @llvm.nvvm.fmax.f(float %2153, float %2154)
	%2161 = call float @llvm.nvvm.fmax.f(float %2155, float %2156)
	%2162 = call float @llvm.nvvm.fmax.f(float %2157, float %2158)
	%2163 = call float @llvm.nvvm.fmax.f(float %2159, float %2160)
	%2164 = call float @llvm.nvvm.fmax.f(float %2161, float %2162)
	%2165 = call float @llvm.nvvm.fmax.f(float %2163, float %2164)
	%2166 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2165, i32 1, i32 31)
	%2167 = call float @llvm.nvvm.fmax.f(float %2165, float %2166)
	%2168 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2167, i32 2, i32 31)
	%2169 = call float @llvm.nvvm.fmax.f(float %2167, float %2168)
	%2170 = fmul float %2169, 0x3FC7154760000000
	%2171 = call float @llvm.nvvm.fmax.f(float %369, float %2170)
	%2172 = fadd float %369, 8.0
	%2173 = fcmp ogt float %2171, %2172
	%2174 = or i1 %2150, %2173
	%2175 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2174)
	br i1 %2175, label %2176, label %2261

2176:
	%2177 = fcmp oeq float %2099, 0xFFF0000000000000
	%2178 = select i1 %2177, float 0.0, float %2099
	%2179 = fsub float %363, %2178
	%2180 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2179)
	%2181 = fcmp oeq float %2123, 0xFFF0000000000000
	%2182 = select i1 %2181, float 0.0, float %2123
	%2183 = fsub float %365, %2182
	%2184 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2183)
	%2185 = fcmp oeq float %2147, 0xFFF0000000000000
	%2186 = select i1 %2185, float 0.0, float %2147
	%2187 = fsub float %367, %2186
	%2188 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2187)
	%2189 = fcmp oeq float %2171, 0xFFF0000000000000
	%2190 = select i1 %2189, float 0.0, float %2171
	%2191 = fsub float %369, %2190
	%2192 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2191)
	%2193 = fmul float %299, %2180
	%2194 = fmul float %300, %2180
	%2195 = fmul float %301, %2184
	%2196 = fmul float %302, %2184
	%2197 = fmul float %303, %2180
	%2198 = fmul float %304, %2180
	%2199 = fmul float %305, %2184
	%2200 = fmul float %306, %2184
	%2201 = fmul float %307, %2180
	%2202 = fmul float %308, %2180
	%2203 = fmul float %309, %2184
	%2204 = fmul float %310, %2184
	%2205 = fmul float %311, %2180
	%2206 = fmul float %312, %2180
	%2207 = fmul float %313, %2184
	%2208 = fmul float %314, %2184
	%2209 = fmul float %315, %2180
	%2210 = fmul float %316, %2180
	%2211 = fmul float %317, %2184
	%2212 = fmul float %318, %2184
	%2213 = fmul float %319, %2180
	%2214 = fmul float %320, %2180
	%2215 = fmul float %321, %2184
	%2216 = fmul float %322, %2184
	%2217 = fmul float %323, %2180
	%2218 = fmul float %324, %2180
	%2219 = fmul float %325, %2184
	%2220 = fmul float %326, %2184
	%2221 = fmul float %327, %2180
	%2222 = fmul float %328, %2180
	%2223 = fmul float %329, %2184
	%2224 = fmul float %330, %2184
	%2225 = fmul float %331, %2188
	%2226 = fmul float %332, %2188
	%2227 = fmul float %333, %2192
	%2228 = fmul float %334, %2192
	%2229 = fmul float %335, %2188
	%2230 = fmul float %336, %2188
	%2231 = fmul float %337, %2192
	%2232 = fmul float %338, %2192
	%2233 = fmul float %339, %2188
	%2234 = fmul float %340, %2188
	%2235 = fmul float %341, %2192
	%2236 = fmul float %342, %2192
	%2237 = fmul float %343, %2188
	%2238 = fmul float %344, %2188
	%2239 = fmul float %345, %2192
	%2240 = fmul float %346, %2192
	%2241 = fmul float %347, %2188
	%2242 = fmul float %348, %2188
	%2243 = fmul float %349, %2192
	%2244 = fmul float %350, %2192
	%2245 = fmul float %351, %2188
	%2246 = fmul float %352, %2188
	%2247 = fmul float %353, %2192
	%2248 = fmul float %354, %2192
	%2249 = fmul float %355, %2188
	%2250 = fmul float %356, %2188
	%2251 = fmul float %357, %2192
	%2252 = fmul float %358, %2192
	%2253 = fmul float %359, %2188
	%2254 = fmul float %360, %2188
	%2255 = fmul float %361, %2192
	%2256 = fmul float %362, %2192
	%2257 = fmul float %364, %2180
	%2258 = fmul float %366, %2184
	%2259 = fmul float %368, %2188
	%2260 = fmul float %370, %2192
	br label %2261

2261:
	%2262 = phi float [ %299, %softmax ], [ %2193, %2176 ]
	%2263 = phi float [ %300, %softmax ], [ %2194, %2176 ]
	%2264 = phi float [ %301, %softmax ], [ %2195, %2176 ]
	%2265 = phi float [ %302, %softmax ], [ %2196, %2176 ]
	%2266 = phi float [ %303, %softmax ], [ %2197, %2176 ]
	%2267 = phi float [ %304, %softmax ], [ %2198, %2176 ]
	%2268 = phi float [ %305, %softmax ], [ %2199, %2176 ]
	%2269 = phi float [ %306, %softmax ], [ %2200, %2176 ]
	%2270 = phi float [ %307, %softmax ], [ %2201, %2176 ]
	%2271 = phi float [ %308, %softmax ], [ %2202, %2176 ]
	%2272 = phi float [ %309, %softmax ], [ %2203, %2176 ]
	%2273 = phi float [ %310, %softmax ], [ %2204, %2176 ]
	%2274 = phi float [ %311, %softmax ], [ %2205, %2176 ]
	%2275 = phi float [ %312, %softmax ], [ %2206, %2176 ]
	%2276 = phi float [ %313, %softmax ], [ %2207, %2176 ]
	%2277 = phi float [ %314, %softmax ], [ %2208, %2176 ]
	%2278 = phi float [ %315, %softmax ], [ %2209, %2176 ]
	%2279 = phi float [ %316, %softmax ], [ %2210, %2176 ]
	%2280 = phi float [ %317, %softmax ], [ %2211, %2176 ]
	%2281 = phi float [ %318, %softmax ], [ %2212, %2176 ]
	%2282 = phi float [ %319, %softmax ], [ %2213, %2176 ]
	%2283 = phi float [ %320, %softmax ], [ %2214, %2176 ]
	%2284 = phi float [ %321, %softmax ], [ %2215, %2176 ]
	%2285 = phi float [ %322, %softmax ], [ %2216, %2176 ]
	%2286 = phi float [ %323, %softmax ], [ %2217, %2176 ]
	%2287 = phi float [ %324, %softmax ], [ %2218, %2176 ]
	%2288 = phi float [ %325, %softmax ], [ %2219, %2176 ]
	%2289 = phi float [ %326, %softmax ], [ %2220, %2176 ]
	%2290 = phi float [ %327, %softmax ], [ %2221, %2176 ]
	%2291 = phi float [ %328, %softmax ], [ %2222, %2176 ]
	%2292 = phi float [ %329, %softmax ], [ %2223, %2176 ]
	%2293 = phi float [ %330, %softmax ], [ %2224, %2176 ]
	%2294 = phi float [ %331, %softmax ], [ %2225, %2176 ]
	%2295 = phi float [ %332, %softmax ], [ %2226, %2176 ]
	%2296 = phi float [ %333, %softmax ], [ %2227, %2176 ]
	%2297 = phi float [ %334, %softmax ], [ %2228, %2176 ]
	%2298 = phi float [ %335, %softmax ], [ %2229, %2176 ]
	%2299 = phi float [ %336, %softmax ], [ %2230, %2176 ]
	%2300 = phi float [ %337, %softmax ], [ %2231, %2176 ]
	%2301 = phi float [ %338, %softmax ], [ %2232, %2176 ]
	%2302 = phi float [ %339, %softmax ], [ %2233, %2176 ]
	%2303 = phi float [ %340, %softmax ], [ %2234, %2176 ]
	%2304 = phi float [ %341, %softmax ], [ %2235, %2176 ]
	%2305 = phi float [ %342, %softmax ], [ %2236, %2176 ]
	%2306 = phi float [ %343, %softmax ], [ %2237, %2176 ]
	%2307 = phi float [ %344, %softmax ], [ %2238, %2176 ]
	%2308 = phi float [ %345, %softmax ], [ %2239, %2176 ]
	%2309 = phi float [ %346, %softmax ], [ %2240, %2176 ]
	%2310 = phi float [ %347, %softmax ], [ %2241, %2176 ]
	%2311 = phi float [ %348, %softmax ], [ %2242, %2176 ]
	%2312 = phi float [ %349, %softmax ], [ %2243, %2176 ]
	%2313 = phi float [ %350, %softmax ], [ %2244, %2176 ]
	%2314 = phi float [ %351, %softmax ], [ %2245, %2176 ]
	%2315 = phi float [ %352, %softmax ], [ %2246, %2176 ]
	%2316 = phi float [ %353, %softmax ], [ %2247, %2176 ]
	%2317 = phi float [ %354, %softmax ], [ %2248, %2176 ]
	%2318 = phi float [ %355, %softmax ], [ %2249, %2176 ]
	%2319 = phi float [ %356, %softmax ], [ %2250, %2176 ]
	%2320 = phi float [ %357, %softmax ], [ %2251, %2176 ]
	%2321 = phi float [ %358, %softmax ], [ %2252, %2176 ]
	%2322 = phi float [ %359, %softmax ], [ %2253, %2176 ]
	%2323 = phi float [ %360, %softmax ], [ %2254, %2176 ]
	%2324 = phi float [ %361, %softmax ], [ %2255, %2176 ]
	%2325 = phi float [ %362, %softmax ], [ %2256, %2176 ]
	%2326 = phi float [ %364, %softmax ], [ %2257, %2176 ]
	%2327 = phi float [ %366, %softmax ], [ %2258, %2176 ]
	%2328 = phi float [ %368, %softmax ], [ %2259, %2176 ]
	%2329 = phi float [ %370, %softmax ], [ %2260, %2176 ]
	%2330 = select i1 %2175, float %2099, float %363
	%2331 = fcmp oeq float %2330, 0xFFF0000000000000
	%2332 = select i1 %2331, float 0.0, float %2330
	%2333 = fneg float %2332
	%2334 = call float @llvm.fma.f32(float %2015, float 0x3FC7154760000000, float %2333)
	%2335 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2334)
	%2336 = call float @llvm.fma.f32(float %2016, float 0x3FC7154760000000, float %2333)
	%2337 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2336)
	%2338 = call float @llvm.fma.f32(float %2019, float 0x3FC7154760000000, float %2333)
	%2339 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2338)
	%2340 = call float @llvm.fma.f32(float %2020, float 0x3FC7154760000000, float %2333)
	%2341 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2340)
	%2342 = call float @llvm.fma.f32(float %2023, float 0x3FC7154760000000, float %2333)
	%2343 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2342)
	%2344 = call float @llvm.fma.f32(float %2024, float 0x3FC7154760000000, float %2333)
	%2345 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2344)
	%2346 = call float @llvm.fma.f32(float %2027, float 0x3FC7154760000000, float %2333)
	%2347 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2346)
	%2348 = call float @llvm.fma.f32(float %2028, float 0x3FC7154760000000, float %2333)
	%2349 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2348)
	%2350 = call float @llvm.fma.f32(float %2031, float 0x3FC7154760000000, float %2333)
	%2351 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2350)
	%2352 = call float @llvm.fma.f32(float %2032, float 0x3FC7154760000000, float %2333)
	%2353 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2352)
	%2354 = call float @llvm.fma.f32(float %2035, float 0x3FC7154760000000, float %2333)
	%2355 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2354)
	%2356 = call float @llvm.fma.f32(float %2036, float 0x3FC7154760000000, float %2333)
	%2357 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2356)
	%2358 = call float @llvm.fma.f32(float %2039, float 0x3FC7154760000000, float %2333)
	%2359 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2358)
	%2360 = call float @llvm.fma.f32(float %2040, float 0x3FC7154760000000, float %2333)
	%2361 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2360)
	%2362 = call float @llvm.fma.f32(float %2043, float 0x3FC7154760000000, float %2333)
	%2363 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2362)
	%2364 = call float @llvm.fma.f32(float %2044, float 0x3FC7154760000000, float %2333)
	%2365 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2364)
	%2366 = fadd float %2335, %2337
	%2367 = fadd float %2339, %2341
	%2368 = fadd float %2343, %2345
	%2369 = fadd float %2347, %2349
	%2370 = fadd float %2351, %2353
	%2371 = fadd float %2355, %2357
	%2372 = fadd float %2359, %2361
	%2373 = fadd float %2363, %2365
	%2374 = fadd float %2366, %2367
	%2375 = fadd float %2368, %2369
	%2376 = fadd float %2370, %2371
	%2377 = fadd float %2372, %2373
	%2378 = fadd float %2374, %2375
	%2379 = fadd float %2376, %2377
	%2380 = fadd float %2378, %2379
	%2381 = fadd float %2326, %2380
	%2382 = select i1 %2175, float %2123, float %365
	%2383 = fcmp oeq float %2382, 0xFFF0000000000000
	%2384 = select i1 %2383, float 0.0, float %2382
	%2385 = fneg float %2384
	%2386 = call float @llvm.fma.f32(float %2017, float 0x3FC7154760000000, float %2385)
	%2387 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2386)
	%2388 = call float @llvm.fma.f32(float %2018, float 0x3FC7154760000000, float %2385)
	%2389 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2388)
	%2390 = call float @llvm.fma.f32(float %2021, float 0x3FC7154760000000, float %2385)
	%2391 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2390)
	%2392 = call float @llvm.fma.f32(float %2022, float 0x3FC7154760000000, float %2385)
	%2393 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2392)
	%2394 = call float @llvm.fma.f32(float %2025, float 0x3FC7154760000000, float %2385)
	%2395 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2394)
	%2396 = call float @llvm.fma.f32(float %2026, float 0x3FC7154760000000, float %2385)
	%2397 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2396)
	%2398 = call float @llvm.fma.f32(float %2029, float 0x3FC7154760000000, float %2385)
	%2399 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2398)
	%2400 = call float @llvm.fma.f32(float %2030, float 0x3FC7154760000000, float %2385)
	%2401 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2400)
	%2402 = call float @llvm.fma.f32(float %2033, float 0x3FC7154760000000, float %2385)
	%2403 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2402)
	%2404 = call float @llvm.fma.f32(float %2034, float 0x3FC7154760000000, float %2385)
	%2405 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2404)
	%2406 = call float @llvm.fma.f32(float %2037, float 0x3FC7154760000000, float %2385)
	%2407 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2406)
	%2408 = call float @llvm.fma.f32(float %2038, float 0x3FC7154760000000, float %2385)
	%2409 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2408)
	%2410 = call float @llvm.fma.f32(float %2041, float 0x3FC7154760000000, float %2385)
	%2411 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2410)
	%2412 = call float @llvm.fma.f32(float %2042, float 0x3FC7154760000000, float %2385)
	%2413 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2412)
	%2414 = call float @llvm.fma.f32(float %2045, float 0x3FC7154760000000, float %2385)
	%2415 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2414)
	%2416 = call float @llvm.fma.f32(float %2046, float 0x3FC7154760000000, float %2385)
	%2417 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2416)
	%2418 = fadd float %2387, %2389
	%2419 = fadd float %2391, %2393
	%2420 = fadd float %2395, %2397
	%2421 = fadd float %2399, %2401
	%2422 = fadd float %2403, %2405
	%2423 = fadd float %2407, %2409
	%2424 = fadd float %2411, %2413
	%2425 = fadd float %2415, %2417
	%2426 = fadd float %2418, %2419
	%2427 = fadd float %2420, %2421
	%2428 = fadd float %2422, %2423
	%2429 = fadd float %2424, %2425
	%2430 = fadd float %2426, %2427
	%2431 = fadd float %2428, %2429
	%2432 = fadd float %2430, %2431
	%2433 = fadd float %2327, %2432
	%2434 = select i1 %2175, float %2147, float %367
	%2435 = fcmp oeq float %2434, 0xFFF0000000000000
	%2436 = select i1 %2435, float 0.0, float %2434
	%2437 = fneg float %2436
	%2438 = call float @llvm.fma.f32(float %2047, float 0x3FC7154760000000, float %2437)
	%2439 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2438)
	%2440 = call float @llvm.fma.f32(float %2048, float 0x3FC7154760000000, float %2437)
	%2441 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2440)
	%2442 = call float @llvm.fma.f32(float %2051, float 0x3FC7154760000000, float %2437)
	%2443 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2442)
	%2444 = call float @llvm.fma.f32(float %2052, float 0x3FC7154760000000, float %2437)
	%2445 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2444)
	%2446 = call float @llvm.fma.f32(float %2055, float 0x3FC7154760000000, float %2437)
	%2447 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2446)
	%2448 = call float @llvm.fma.f32(float %2056, float 0x3FC7154760000000, float %2437)
	%2449 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2448)
	%2450 = call float @llvm.fma.f32(float %2059, float 0x3FC7154760000000, float %2437)
	%2451 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2450)
	%2452 = call float @llvm.fma.f32(float %2060, float 0x3FC7154760000000, float %2437)
	%2453 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2452)
	%2454 = call float @llvm.fma.f32(float %2063, float 0x3FC7154760000000, float %2437)
	%2455 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2454)
	%2456 = call float @llvm.fma.f32(float %2064, float 0x3FC7154760000000, float %2437)
	%2457 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2456)
	%2458 = call float @llvm.fma.f32(float %2067, float 0x3FC7154760000000, float %2437)
	%2459 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2458)
	%2460 = call float @llvm.fma.f32(float %2068, float 0x3FC7154760000000, float %2437)
	%2461 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2460)
	%2462 = call float @llvm.fma.f32(float %2071, float 0x3FC7154760000000, float %2437)
	%2463 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2462)
	%2464 = call float @llvm.fma.f32(float %2072, float 0x3FC7154760000000, float %2437)
	%2465 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2464)
	%2466 = call float @llvm.fma.f32(float %2075, float 0x3FC7154760000000, float %2437)
	%2467 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2466)
	%2468 = call float @llvm.fma.f32(float %2076, float 0x3FC7154760000000, float %2437)
	%2469 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2468)
	%2470 = fadd float %2439, %2441
	%2471 = fadd float %2443, %2445
	%2472 = fadd float %2447, %2449
	%2473 = fadd float %2451, %2453
	%2474 = fadd float %2455, %2457
	%2475 = fadd float %2459, %2461
	%2476 = fadd float %2463, %2465
	%2477 = fadd float %2467, %2469
	%2478 = fadd float %2470, %2471
	%2479 = fadd float %2472, %2473
	%2480 = fadd float %2474, %2475
	%2481 = fadd float %2476, %2477
	%2482 = fadd float %2478, %2479
	%2483 = fadd float %2480, %2481
	%2484 = fadd float %2482, %2483
	%2485 = fadd float %2328, %2484
	%2486 = select i1 %2175, float %2171, float %369
	%2487 = fcmp oeq float %2486, 0xFFF0000000000000
	%2488 = select i1 %2487, float 0.0, float %2486
	%2489 = fneg float %2488
	%2490 = call float @llvm.fma.f32(float %2049, float 0x3FC7154760000000, float %2489)
	%2491 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2490)
	%2492 = call float @llvm.fma.f32(float %2050, float 0x3FC7154760000000, float %2489)
	%2493 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2492)
	%2494 = call float @llvm.fma.f32(float %2053, float 0x3FC7154760000000, float %2489)
	%2495 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2494)
	%2496 = call float @llvm.fma.f32(float %2054, float 0x3FC7154760000000, float %2489)
	%2497 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2496)
	%2498 = call float @llvm.fma.f32(float %2057, float 0x3FC7154760000000, float %2489)
	%2499 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2498)
	%2500 = call float @llvm.fma.f32(float %2058, float 0x3FC7154760000000, float %2489)
	%2501 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2500)
	%2502 = call float @llvm.fma.f32(float %2061, float 0x3FC7154760000000, float %2489)
	%2503 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2502)
	%2504 = call float @llvm.fma.f32(float %2062, float 0x3FC7154760000000, float %2489)
	%2505 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2504)
	%2506 = call float @llvm.fma.f32(float %2065, float 0x3FC7154760000000, float %2489)
	%2507 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2506)
	%2508 = call float @llvm.fma.f32(float %2066, float 0x3FC7154760000000, float %2489)
	%2509 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2508)
	%2510 = call float @llvm.fma.f32(float %2069, float 0x3FC7154760000000, float %2489)
	%2511 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2510)
	%2512 = call float @llvm.fma.f32(float %2070, float 0x3FC7154760000000, float %2489)
	%2513 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2512)
	%2514 = call float @llvm.fma.f32(float %2073, float 0x3FC7154760000000, float %2489)
	%2515 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2514)
	%2516 = call float @llvm.fma.f32(float %2074, float 0x3FC7154760000000, float %2489)
	%2517 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2516)
	%2518 = call float @llvm.fma.f32(float %2077, float 0x3FC7154760000000, float %2489)
	%2519 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2518)
	%2520 = call float @llvm.fma.f32(float %2078, float 0x3FC7154760000000, float %2489)
	%2521 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2520)
	%2522 = fadd float %2491, %2493
	%2523 = fadd float %2495, %2497
	%2524 = fadd float %2499, %2501
	%2525 = fadd float %2503, %2505
	%2526 = fadd float %2507, %2509
	%2527 = fadd float %2511, %2513
	%2528 = fadd float %2515, %2517
	%2529 = fadd float %2519, %2521
	%2530 = fadd float %2522, %2523
	%2531 = fadd float %2524, %2525
	%2532 = fadd float %2526, %2527
	%2533 = fadd float %2528, %2529
	%2534 = fadd float %2530, %2531
	%2535 = fadd float %2532, %2533
	%2536 = fadd float %2534, %2535
	%2537 = fadd float %2329, %2536
	%2538 = icmp eq i32 %7, 0
	%2539 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2380, i32 1, i32 31)
	%2540 = fadd float %2380, %2539
	%2541 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2540, i32 2, i32 31)
	%2542 = fadd float %2540, %2541
	%2543 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2381, i32 1, i32 31)
	%2544 = fadd float %2381, %2543
	%2545 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2544, i32 2, i32 31)
	%2546 = fadd float %2544, %2545
	%2547 = fcmp ogt float %2546, 0.0
	%2548 = icmp slt i32 %943, %M
	%2549 = and i1 %2547, %2548
	%2550 = select i1 %2549, float %2546, float 1.0
	%2551 = fdiv float %2542, %2550
	%2552 = call float @llvm.nvvm.fmax.f(float 0.0, float %2551)
	%2553 = select i1 %2549, float %2552, float 0.0
	%2554 = and i1 %2549, %2538
	%2555 = fadd float 0.0, 1.0
	%2556 = select i1 %2554, float %2555, float 0.0
	%2557 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2432, i32 1, i32 31)
	%2558 = fadd float %2432, %2557
	%2559 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2558, i32 2, i32 31)
	%2560 = fadd float %2558, %2559
	%2561 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2433, i32 1, i32 31)
	%2562 = fadd float %2433, %2561
	%2563 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2562, i32 2, i32 31)
	%2564 = fadd float %2562, %2563
	%2565 = fcmp ogt float %2564, 0.0
	%2566 = icmp slt i32 %947, %M
	%2567 = and i1 %2565, %2566
	%2568 = select i1 %2567, float %2564, float 1.0
	%2569 = fdiv float %2560, %2568
	%2570 = call float @llvm.nvvm.fmax.f(float %2553, float %2569)
	%2571 = select i1 %2567, float %2570, float %2553
	%2572 = and i1 %2567, %2538
	%2573 = fadd float %2556, 1.0
	%2574 = select i1 %2572, float %2573, float %2556
	%2575 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2484, i32 1, i32 31)
	%2576 = fadd float %2484, %2575
	%2577 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2576, i32 2, i32 31)
	%2578 = fadd float %2576, %2577
	%2579 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2485, i32 1, i32 31)
	%2580 = fadd float %2485, %2579
	%2581 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2580, i32 2, i32 31)
	%2582 = fadd float %2580, %2581
	%2583 = fcmp ogt float %2582, 0.0
	%2584 = icmp slt i32 %951, %M
	%2585 = and i1 %2583, %2584
	%2586 = select i1 %2585, float %2582, float 1.0
	%2587 = fdiv float %2578, %2586
	%2588 = call float @llvm.nvvm.fmax.f(float %2571, float %2587)
	%2589 = select i1 %2585, float %2588, float %2571
	%2590 = and i1 %2585, %2538
	%2591 = fadd float %2574, 1.0
	%2592 = select i1 %2590, float %2591, float %2574
	%2593 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2536, i32 1, i32 31)
	%2594 = fadd float %2536, %2593
	%2595 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2594, i32 2, i32 31)
	%2596 = fadd float %2594, %2595
	%2597 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2537, i32 1, i32 31)
	%2598 = fadd float %2537, %2597
	%2599 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2598, i32 2, i32 31)
	%2600 = fadd float %2598, %2599
	%2601 = fcmp ogt float %2600, 0.0
	%2602 = icmp slt i32 %955, %M
	%2603 = and i1 %2601, %2602
	%2604 = select i1 %2603, float %2600, float 1.0
	%2605 = fdiv float %2596, %2604
	%2606 = call float @llvm.nvvm.fmax.f(float %2589, float %2605)
	%2607 = select i1 %2603, float %2606, float %2589
	%2608 = and i1 %2603, %2538
	%2609 = fadd float %2592, 1.0
	%2610 = select i1 %2608, float %2609, float %2592
	%2611 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2607, i32 16, i32 31)
	%2612 = call float @llvm.nvvm.fmax.f(float %2607, float %2611)
	%2613 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2610, i32 16, i32 31)
	%2614 = fadd float %2610, %2613
	%2615 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2612, i32 8, i32 31)
	%2616 = call float @llvm.nvvm.fmax.f(float %2612, float %2615)
	%2617 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2614, i32 8, i32 31)
	%2618 = fadd float %2614, %2617
	%2619 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2616, i32 4, i32 31)
	%2620 = call float @llvm.nvvm.fmax.f(float %2616, float %2619)
	%2621 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2618, i32 4, i32 31)
	%2622 = fadd float %2618, %2621
	%2623 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2620, i32 2, i32 31)
	%2624 = call float @llvm.nvvm.fmax.f(float %2620, float %2623)
	%2625 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2622, i32 2, i32 31)
	%2626 = fadd float %2622, %2625
	%2627 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2624, i32 1, i32 31)
	%2628 = call float @llvm.nvvm.fmax.f(float %2624, float %2627)
	%2629 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2626, i32 1, i32 31)
	%2630 = fadd float %2626, %2629
	%2631 = icmp eq i32 %5, 0
	br i1 %2631, label %2632, label %2639

2632:
	%2633 = mul i32 %4, 2
	%2634 = add i32 %2633, 0
	%2635 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_stop, i32 0, i32 %2634
	store float %2628, float addrspace(3)* %2635
	%2636 = mul i32 %4, 2
	%2637 = add i32 %2636, 1
	%2638 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_stop, i32 0, i32 %2637
	store float %2630, float addrspace(3)* %2638
	br label %2639

2639:
	%2640 = add i32 %295, 1
	%2641 = icmp sge i32 %297, 0
	%2642 = add i32 %295, 2
	%2643 = icmp slt i32 %2642, %NK
	%2644 = and i1 %2641, %2643
	%2645 = select i1 %2644, i32 %2642, i32 0
	%2646 = add i32 %42, %2645
	%2647 = sext i32 %2646 to i64
	%2648 = getelementptr i32, i32* %list, i64 %2647
	%2649 = load i32, i32* %2648
	%2650 = select i1 %2644, i32 %2649, i32 -1
	%2651 = icmp sge i32 %297, 0
	%2652 = icmp slt i32 %297, %NK
	%2653 = and i1 %2651, %2652
	%2654 = select i1 %2653, i32 %297, i32 0
	%2655 = add i32 %46, %2654
	%2656 = sext i32 %2655 to i64
	%2657 = getelementptr i8, i8* %cls, i64 %2656
	%2658 = load i8, i8* %2657
	%2659 = select i1 %2641, i32 %297, i32 0
	%2660 = mul i32 %2659, 64
	%2661 = lshr i32 %3, 3
	%2662 = add i32 %2660, %2661
	%2663 = add i32 %2662, 0
	%2664 = icmp slt i32 %2663, %N
	%2665 = select i1 %2664, i32 %2663, i32 0
	%2666 = sext i32 %2665 to i64
	%2667 = getelementptr i32, i32* %52, i64 %2666
	%2668 = load i32, i32* %2667
	%2669 = add i32 %2662, 8
	%2670 = icmp slt i32 %2669, %N
	%2671 = select i1 %2670, i32 %2669, i32 0
	%2672 = sext i32 %2671 to i64
	%2673 = getelementptr i32, i32* %52, i64 %2672
	%2674 = load i32, i32* %2673
	%2675 = add i32 %2662, 16
	%2676 = icmp slt i32 %2675, %N
	%2677 = select i1 %2676, i32 %2675, i32 0
	%2678 = sext i32 %2677 to i64
	%2679 = getelementptr i32, i32* %52, i64 %2678
	%2680 = load i32, i32* %2679
	%2681 = add i32 %2662, 24
	%2682 = icmp slt i32 %2681, %N
	%2683 = select i1 %2682, i32 %2681, i32 0
	%2684 = sext i32 %2683 to i64
	%2685 = getelementptr i32, i32* %52, i64 %2684
	%2686 = load i32, i32* %2685
	%2687 = add i32 %2662, 32
	%2688 = icmp slt i32 %2687, %N
	%2689 = select i1 %2688, i32 %2687, i32 0
	%2690 = sext i32 %2689 to i64
	%2691 = getelementptr i32, i32* %52, i64 %2690
	%2692 = load i32, i32* %2691
	%2693 = add i32 %2662, 40
	%2694 = icmp slt i32 %2693, %N
	%2695 = select i1 %2694, i32 %2693, i32 0
	%2696 = sext i32 %2695 to i64
	%2697 = getelementptr i32, i32* %52, i64 %2696
	%2698 = load i32, i32* %2697
	%2699 = add i32 %2662, 48
	%2700 = icmp slt i32 %2699, %N
	%2701 = select i1 %2700, i32 %2699, i32 0
	%2702 = sext i32 %2701 to i64
	%2703 = getelementptr i32, i32* %52, i64 %2702
	%2704 = load i32, i32* %2703
	%2705 = add i32 %2662, 56
	%2706 = icmp slt i32 %2705, %N
	%2707 = select i1 %2706, i32 %2705, i32 0
	%2708 = sext i32 %2707 to i64
	%2709 = getelementptr i32, i32* %52, i64 %2708
	%2710 = load i32, i32* %2709
	%2711 = add i32 %NK, %295
	%2712 = add i32 %42, %2711
	%2713 = sext i32 %2712 to i64
	%2714 = getelementptr i32, i32* %list, i64 %2713
	%2715 = load i32, i32* %2714
	%2716 = icmp eq i32 %2715, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%2717 = mul i32 0, 2
	%2718 = add i32 %2717, 0
	%2719 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_stop, i32 0, i32 %2718
	%2720 = load float, float addrspace(3)* %2719
	%2721 = call float @llvm.nvvm.fmax.f(float 0.0, float %2720)
	%2722 = mul i32 0, 2
	%2723 = add i32 %2722, 1
	%2724 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_stop, i32 0, i32 %2723
	%2725 = load float, float addrspace(3)* %2724
	%2726 = fadd float 0.0, %2725
	%2727 = mul i32 1, 2
	%2728 = add i32 %2727, 0
	%2729 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_stop, i32 0, i32 %2728
	%2730 = load float, float addrspace(3)* %2729
	%2731 = call float @llvm.nvvm.fmax.f(float %2721, float %2730)
	%2732 = mul i32 1, 2
	%2733 = add i32 %2732, 1
	%2734 = getelementptr [4 x float], [4 x float] addrspace(3)* @$K_stop, i32 0, i32 %2733
	%2735 = load float, float addrspace(3)* %2734
	%2736 = fadd float %2726, %2735
	%2737 = fcmp ogt float %2736, 0.0
	%2738 = and i1 %2716, %2737
	%2739 = fcmp olt float %2731, 0x3F50624DE0000000
	%2740 = and i1 %2738, %2739
	%2741 = xor i1 %2740, true
	%2742 = and i1 %2641, %2741
	br i1 %2742, label %prefetch, label %pv

prefetch:
	%2743 = mul i32 %297, 64
	%2744 = lshr i32 %3, 3
	%2745 = and i32 %3, 7
	%2746 = and i32 %2744, 7
	%2747 = xor i32 %2745, %2746
	%2748 = mul i32 %2744, 8
	%2749 = add i32 %2748, %2747
	%2750 = shl i32 %2749, 4
	%2751 = add i32 %0, %2750
	%2752 = add i32 %2743, %2744
	%2753 = add i32 %2752, 0
	%2754 = icmp slt i32 %2753, %N
	%2755 = mul i32 %2668, 64
	%2756 = mul i32 %2745, 8
	%2757 = add i32 %2755, %2756
	%2758 = sext i32 %2757 to i64
	%2759 = getelementptr i16, i16* %33, i64 %2758
	%2760 = add i32 %2751, 0
	%2761 = select i1 %2754, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2760, i16* %2759, i32 %2761)
	%2762 = add i32 %2752, 8
	%2763 = icmp slt i32 %2762, %N
	%2764 = mul i32 %2674, 64
	%2765 = mul i32 %2745, 8
	%2766 = add i32 %2764, %2765
	%2767 = sext i32 %2766 to i64
	%2768 = getelementptr i16, i16* %33, i64 %2767
	%2769 = add i32 %2751, 1024
	%2770 = select i1 %2763, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2769, i16* %2768, i32 %2770)
	%2771 = add i32 %2752, 16
	%2772 = icmp slt i32 %2771, %N
	%2773 = mul i32 %2680, 64
	%2774 = mul i32 %2745, 8
	%2775 = add i32 %2773, %2774
	%2776 = sext i32 %2775 to i64
	%2777 = getelementptr i16, i16* %33, i64 %2776
	%2778 = add i32 %2751, 2048
	%2779 = select i1 %2772, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2778, i16* %2777, i32 %2779)
	%2780 = add i32 %2752, 24
	%2781 = icmp slt i32 %2780, %N
	%2782 = mul i32 %2686, 64
	%2783 = mul i32 %2745, 8
	%2784 = add i32 %2782, %2783
	%2785 = sext i32 %2784 to i64
	%2786 = getelementptr i16, i16* %33, i64 %2785
	%2787 = add i32 %2751, 3072
	%2788 = select i1 %2781, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2787, i16* %2786, i32 %2788)
	%2789 = add i32 %2752, 32
	%2790 = icmp slt i32 %2789, %N
	%2791 = mul i32 %2692, 64
	%2792 = mul i32 %2745, 8
	%2793 = add i32 %2791, %2792
	%2794 = sext i32 %2793 to i64
	%2795 = getelementptr i16, i16* %33, i64 %2794
	%2796 = add i32 %2751, u0x1000
	%2797 = select i1 %2790, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2796, i16* %2795, i32 %2797)
	%2798 = add i32 %2752, 40
	%2799 = icmp slt i32 %2798, %N
	%2800 = mul i32 %2698, 64
	%2801 = mul i32 %2745, 8
	%2802 = add i32 %2800, %2801
	%2803 = sext i32 %2802 to i64
	%2804 = getelementptr i16, i16* %33, i64 %2803
	%2805 = add i32 %2751, 5120
	%2806 = select i1 %2799, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2805, i16* %2804, i32 %2806)
	%2807 = add i32 %2752, 48
	%2808 = icmp slt i32 %2807, %N
	%2809 = mul i32 %2704, 64
	%2810 = mul i32 %2745, 8
	%2811 = add i32 %2809, %2810
	%2812 = sext i32 %2811 to i64
	%2813 = getelementptr i16, i16* %33, i64 %2812
	%2814 = add i32 %2751, 6144
	%2815 = select i1 %2808, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2814, i16* %2813, i32 %2815)
	%2816 = add i32 %2752, 56
	%2817 = icmp slt i32 %2816, %N
	%2818 = mul i32 %2710, 64
	%2819 = mul i32 %2745, 8
	%2820 = add i32 %2818, %2819
	%2821 = sext i32 %2820 to i64
	%2822 = getelementptr i16, i16* %33, i64 %2821
	%2823 = add i32 %2751, 7168
	%2824 = select i1 %2817, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2823, i16* %2822, i32 %2824)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%2825 = and i32 %5, 7
	%2826 = lshr i32 %5, 3
	%2827 = and i32 %2826, 1
	%2828 = shl i32 %2827, 3
	%2829 = add i32 %2825, %2828
	%2830 = mul i32 %2829, 128
	%2831 = add i32 %1, %2830
	%2832 = and i32 %5, 7
	%2833 = xor i32 %143, %2832
	%2834 = shl i32 %2833, 4
	%2835 = add i32 %2831, %2834
	%2836 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2337, float %2335)
	%2837 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2389, float %2387)
	%2838 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2341, float %2339)
	%2839 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2393, float %2391)
	%2840 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2441, float %2439)
	%2841 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2493, float %2491)
	%2842 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2445, float %2443)
	%2843 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2497, float %2495)
	%2844 = xor i32 %2835, 0
	%2845 = add i32 %2844, 0
	%2846 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2845)
	%2847 = extractvalue { i32, i32, i32, i32 } %2846, 0
	%2848 = extractvalue { i32, i32, i32, i32 } %2846, 1
	%2849 = extractvalue { i32, i32, i32, i32 } %2846, 2
	%2850 = extractvalue { i32, i32, i32, i32 } %2846, 3
	%2851 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2836, i32 %2837, i32 %2838, i32 %2839, i32 %2847, i32 %2848, float %2262, float %2263, float %2264, float %2265)
	%2852 = extractvalue { float, float, float, float } %2851, 0
	%2853 = extractvalue { float, float, float, float } %2851, 1
	%2854 = extractvalue { float, float, float, float } %2851, 2
	%2855 = extractvalue { float, float, float, float } %2851, 3
	%2856 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2836, i32 %2837, i32 %2838, i32 %2839, i32 %2849, i32 %2850, float %2266, float %2267, float %2268, float %2269)
	%2857 = extractvalue { float, float, float, float } %2856, 0
	%2858 = extractvalue { float, float, float, float } %2856, 1
	%2859 = extractvalue { float, float, float, float } %2856, 2
	%2860 = extractvalue { float, float, float, float } %2856, 3
	%2861 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2840, i32 %2841, i32 %2842, i32 %2843, i32 %2847, i32 %2848, float %2294, float %2295, float %2296, float %2297)
	%2862 = extractvalue { float, float, float, float } %2861, 0
	%2863 = extractvalue { float, float, float, float } %2861, 1
	%2864 = extractvalue { float, float, float, float } %2861, 2
	%2865 = extractvalue { float, float, float, float } %2861, 3
	%2866 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2840, i32 %2841, i32 %2842, i32 %2843, i32 %2849, i32 %2850, float %2298, float %2299, float %2300, float %2301)
	%2867 = extractvalue { float, float, float, float } %2866, 0
	%2868 = extractvalue { float, float, float, float } %2866, 1
	%2869 = extractvalue { float, float, float, float } %2866, 2
	%2870 = extractvalue { float, float, float, float } %2866, 3
	%2871 = xor i32 %2835, 32
	%2872 = add i32 %2871, 0
	%2873 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2872)
	%2874 = extractvalue { i32, i32, i32, i32 } %2873, 0
	%2875 = extractvalue { i32, i32, i32, i32 } %2873, 1
	%2876 = extractvalue { i32, i32, i32, i32 } %2873, 2
	%2877 = extractvalue { i32, i32, i32, i32 } %2873, 3
	%2878 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2836, i32 %2837, i32 %2838, i32 %2839, i32 %2874, i32 %2875, float %2270, float %2271, float %2272, float %2273)
	%2879 = extractvalue { float, float, float, float } %2878, 0
	%2880 = extractvalue { float, float, float, float } %2878, 1
	%2881 = extractvalue { float, float, float, float } %2878, 2
	%2882 = extractvalue { float, float, float, float } %2878, 3
	%2883 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2836, i32 %2837, i32 %2838, i32 %2839, i32 %2876, i32 %2877, float %2274, float %2275, float %2276, float %2277)
	%2884 = extractvalue { float, float, float, float } %2883, 0
	%2885 = extractvalue { float, float, float, float } %2883, 1
	%2886 = extractvalue { float, float, float, float } %2883, 2
	%2887 = extractvalue { float, float, float, float } %2883, 3
	%2888 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2840, i32 %2841, i32 %2842, i32 %2843, i32 %2874, i32 %2875, float %2302, float %2303, float %2304, float %2305)
	%2889 = extractvalue { float, float, float, float } %2888, 0
	%2890 = extractvalue { float, float, float, float } %2888, 1
	%2891 = extractvalue { float, float, float, float } %2888, 2
	%2892 = extractvalue { float, float, float, float } %2888, 3
	%2893 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2840, i32 %2841, i32 %2842, i32 %2843, i32 %2876, i32 %2877, float %2306, float %2307, float %2308, float %2309)
	%2894 = extractvalue { float, float, float, float } %2893, 0
	%2895 = extractvalue { float, float, float, float } %2893, 1
	%2896 = extractvalue { float, float, float, float } %2893, 2
	%2897 = extractvalue { float, float, float, float } %2893, 3
	%2898 = xor i32 %2835, 64
	%2899 = add i32 %2898, 0
	%2900 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2899)
	%2901 = extractvalue { i32, i32, i32, i32 } %2900, 0
	%2902 = extractvalue { i32, i32, i32, i32 } %2900, 1
	%2903 = extractvalue { i32, i32, i32, i32 } %2900, 2
	%2904 = extractvalue { i32, i32, i32, i32 } %2900, 3
	%2905 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2836, i32 %2837, i32 %2838, i32 %2839, i32 %2901, i32 %2902, float %2278, float %2279, float %2280, float %2281)
	%2906 = extractvalue { float, float, float, float } %2905, 0
	%2907 = extractvalue { float, float, float, float } %2905, 1
	%2908 = extractvalue { float, float, float, float } %2905, 2
	%2909 = extractvalue { float, float, float, float } %2905, 3
	%2910 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2836, i32 %2837, i32 %2838, i32 %2839, i32 %2903, i32 %2904, float %2282, float %2283, float %2284, float %2285)
	%2911 = extractvalue { float, float, float, float } %2910, 0
	%2912 = extractvalue { float, float, float, float } %2910, 1
	%2913 = extractvalue { float, float, float, float } %2910, 2
	%2914 = extractvalue { float, float, float, float } %2910, 3
	%2915 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2840, i32 %2841, i32 %2842, i32 %2843, i32 %2901, i32 %2902, float %2310, float %2311, float %2312, float %2313)
	%2916 = extractvalue { float, float, float, float } %2915, 0
	%2917 = extractvalue { float, float, float, float } %2915, 1
	%2918 = extractvalue { float, float, float, float } %2915, 2
	%2919 = extractvalue { float, float, float, float } %2915, 3
	%2920 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2840, i32 %2841, i32 %2842, i32 %2843, i32 %2903, i32 %2904, float %2314, float %2315, float %2316, float %2317)
	%2921 = extractvalue { float, float, float, float } %2920, 0
	%2922 = extractvalue { float, float, float, float } %2920, 1
	%2923 = extractvalue { float, float, float, float } %2920, 2
	%2924 = extractvalue { float, float, float, float } %2920, 3
	%2925 = xor i32 %2835, 96
	%2926 = add i32 %2925, 0
	%2927 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2926)
	%2928 = extractvalue { i32, i32, i32, i32 } %2927, 0
	%2929 = extractvalue { i32, i32, i32, i32 } %2927, 1
	%2930 = extractvalue { i32, i32, i32, i32 } %2927, 2
	%2931 = extractvalue { i32, i32, i32, i32 } %2927, 3
	%2932 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2836, i32 %2837, i32 %2838, i32 %2839, i32 %2928, i32 %2929, float %2286, float %2287, float %2288, float %2289)
	%2933 = extractvalue { float, float, float, float } %2932, 0
	%2934 = extractvalue { float, float, float, float } %2932, 1
	%2935 = extractvalue { float, float, float, float } %2932, 2
	%2936 = extractvalue { float, float, float, float } %2932, 3
	%2937 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2836, i32 %2837, i32 %2838, i32 %2839, i32 %2930, i32 %2931, float %2290, float %2291, float %2292, float %2293)
	%2938 = extractvalue { float, float, float, float } %2937, 0
	%2939 = extractvalue { float, float, float, float } %2937, 1
	%2940 = extractvalue { float, float, float, float } %2937, 2
	%2941 = extractvalue { float, float, float, float } %2937, 3
	%2942 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2840, i32 %2841, i32 %2842, i32 %2843, i32 %2928, i32 %2929, float %2318, float %2319, float %2320, float %2321)
	%2943 = extractvalue { float, float, float, float } %2942, 0
	%2944 = extractvalue { float, float, float, float } %2942, 1
	%2945 = extractvalue { float, float, float, float } %2942, 2
	%2946 = extractvalue { float, float, float, float } %2942, 3
	%2947 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2840, i32 %2841, i32 %2842, i32 %2843, i32 %2930, i32 %2931, float %2322, float %2323, float %2324, float %2325)
	%2948 = extractvalue { float, float, float, float } %2947, 0
	%2949 = extractvalue { float, float, float, float } %2947, 1
	%2950 = extractvalue { float, float, float, float } %2947, 2
	%2951 = extractvalue { float, float, float, float } %2947, 3
	%2952 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2345, float %2343)
	%2953 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2397, float %2395)
	%2954 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2349, float %2347)
	%2955 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2401, float %2399)
	%2956 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2449, float %2447)
	%2957 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2501, float %2499)
	%2958 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2453, float %2451)
	%2959 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2505, float %2503)
	%2960 = xor i32 %2835, 0
	%2961 = add i32 %2960, 2048
	%2962 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2961)
	%2963 = extractvalue { i32, i32, i32, i32 } %2962, 0
	%2964 = extractvalue { i32, i32, i32, i32 } %2962, 1
	%2965 = extractvalue { i32, i32, i32, i32 } %2962, 2
	%2966 = extractvalue { i32, i32, i32, i32 } %2962, 3
	%2967 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2952, i32 %2953, i32 %2954, i32 %2955, i32 %2963, i32 %2964, float %2852, float %2853, float %2854, float %2855)
	%2968 = extractvalue { float, float, float, float } %2967, 0
	%2969 = extractvalue { float, float, float, float } %2967, 1
	%2970 = extractvalue { float, float, float, float } %2967, 2
	%2971 = extractvalue { float, float, float, float } %2967, 3
	%2972 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2952, i32 %2953, i32 %2954, i32 %2955, i32 %2965, i32 %2966, float %2857, float %2858, float %2859, float %2860)
	%2973 = extractvalue { float, float, float, float } %2972, 0
	%2974 = extractvalue { float, float, float, float } %2972, 1
	%2975 = extractvalue { float, float, float, float } %2972, 2
	%2976 = extractvalue { float, float, float, float } %2972, 3
	%2977 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2956, i32 %2957, i32 %2958, i32 %2959, i32 %2963, i32 %2964, float %2862, float %2863, float %2864, float %2865)
	%2978 = extractvalue { float, float, float, float } %2977, 0
	%2979 = extractvalue { float, float, float, float } %2977, 1
	%2980 = extractvalue { float, float, float, float } %2977, 2
	%2981 = extractvalue { float, float, float, float } %2977, 3
	%2982 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2956, i32 %2957, i32 %2958, i32 %2959, i32 %2965, i32 %2966, float %2867, float %2868, float %2869, float %2870)
	%2983 = extractvalue { float, float, float, float } %2982, 0
	%2984 = extractvalue { float, float, float, float } %2982, 1
	%2985 = extractvalue { float, float, float, float } %2982, 2
	%2986 = extractvalue { float, float, float, float } %2982, 3
	%2987 = xor i32 %2835, 32
	%2988 = add i32 %2987, 2048
	%2989 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2988)
	%2990 = extractvalue { i32, i32, i32, i32 } %2989, 0
	%2991 = extractvalue { i32, i32, i32, i32 } %2989, 1
	%2992 = extractvalue { i32, i32, i32, i32 } %2989, 2
	%2993 = extractvalue { i32, i32, i32, i32 } %2989, 3
	%2994 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2952, i32 %2953, i32 %2954, i32 %2955, i32 %2990, i32 %2991, float %2879, float %2880, float %2881, float %2882)
	%2995 = extractvalue { float, float, float, float } %2994, 0
	%2996 = extractvalue { float, float, float, float } %2994, 1
	%2997 = extractvalue { float, float, float, float } %2994, 2
	%2998 = extractvalue { float, float, float, float } %2994, 3
	%2999 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2952, i32 %2953, i32 %2954, i32 %2955, i32 %2992, i32 %2993, float %2884, float %2885, float %2886, float %2887)
	%3000 = extractvalue { float, float, float, float } %2999, 0
	%3001 = extractvalue { float, float, float, float } %2999, 1
	%3002 = extractvalue { float, float, float, float } %2999, 2
	%3003 = extractvalue { float, float, float, float } %2999, 3
	%3004 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2956, i32 %2957, i32 %2958, i32 %2959, i32 %2990, i32 %2991, float %2889, float %2890, float %2891, float %2892)
	%3005 = extractvalue { float, float, float, float } %3004, 0
	%3006 = extractvalue { float, float, float, float } %3004, 1
	%3007 = extractvalue { float, float, float, float } %3004, 2
	%3008 = extractvalue { float, float, float, float } %3004, 3
	%3009 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2956, i32 %2957, i32 %2958, i32 %2959, i32 %2992, i32 %2993, float %2894, float %2895, float %2896, float %2897)
	%3010 = extractvalue { float, float, float, float } %3009, 0
	%3011 = extractvalue { float, float, float, float } %3009, 1
	%3012 = extractvalue { float, float, float, float } %3009, 2
	%3013 = extractvalue { float, float, float, float } %3009, 3
	%3014 = xor i32 %2835, 64
	%3015 = add i32 %3014, 2048
	%3016 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3015)
	%3017 = extractvalue { i32, i32, i32, i32 } %3016, 0
	%3018 = extractvalue { i32, i32, i32, i32 } %3016, 1
	%3019 = extractvalue { i32, i32, i32, i32 } %3016, 2
	%3020 = extractvalue { i32, i32, i32, i32 } %3016, 3
	%3021 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2952, i32 %2953, i32 %2954, i32 %2955, i32 %3017, i32 %3018, float %2906, float %2907, float %2908, float %2909)
	%3022 = extractvalue { float, float, float, float } %3021, 0
	%3023 = extractvalue { float, float, float, float } %3021, 1
	%3024 = extractvalue { float, float, float, float } %3021, 2
	%3025 = extractvalue { float, float, float, float } %3021, 3
	%3026 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2952, i32 %2953, i32 %2954, i32 %2955, i32 %3019, i32 %3020, float %2911, float %2912, float %2913, float %2914)
	%3027 = extractvalue { float, float, float, float } %3026, 0
	%3028 = extractvalue { float, float, float, float } %3026, 1
	%3029 = extractvalue { float, float, float, float } %3026, 2
	%3030 = extractvalue { float, float, float, float } %3026, 3
	%3031 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2956, i32 %2957, i32 %2958, i32 %2959, i32 %3017, i32 %3018, float %2916, float %2917, float %2918, float %2919)
	%3032 = extractvalue { float, float, float, float } %3031, 0
	%3033 = extractvalue { float, float, float, float } %3031, 1
	%3034 = extractvalue { float, float, float, float } %3031, 2
	%3035 = extractvalue { float, float, float, float } %3031, 3
	%3036 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2956, i32 %2957, i32 %2958, i32 %2959, i32 %3019, i32 %3020, float %2921, float %2922, float %2923, float %2924)
	%3037 = extractvalue { float, float, float, float } %3036, 0
	%3038 = extractvalue { float, float, float, float } %3036, 1
	%3039 = extractvalue { float, float, float, float } %3036, 2
	%3040 = extractvalue { float, float, float, float } %3036, 3
	%3041 = xor i32 %2835, 96
	%3042 = add i32 %3041, 2048
	%3043 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3042)
	%3044 = extractvalue { i32, i32, i32, i32 } %3043, 0
	%3045 = extractvalue { i32, i32, i32, i32 } %3043, 1
	%3046 = extractvalue { i32, i32, i32, i32 } %3043, 2
	%3047 = extractvalue { i32, i32, i32, i32 } %3043, 3
	%3048 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2952, i32 %2953, i32 %2954, i32 %2955, i32 %3044, i32 %3045, float %2933, float %2934, float %2935, float %2936)
	%3049 = extractvalue { float, float, float, float } %3048, 0
	%3050 = extractvalue { float, float, float, float } %3048, 1
	%3051 = extractvalue { float, float, float, float } %3048, 2
	%3052 = extractvalue { float, float, float, float } %3048, 3
	%3053 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2952, i32 %2953, i32 %2954, i32 %2955, i32 %3046, i32 %3047, float %2938, float %2939, float %2940, float %2941)
	%3054 = extractvalue { float, float, float, float } %3053, 0
	%3055 = extractvalue { float, float, float, float } %3053, 1
	%3056 = extractvalue { float, float, float, float } %3053, 2
	%3057 = extractvalue { float, float, float, float } %3053, 3
	%3058 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2956, i32 %2957, i32 %2958, i32 %2959, i32 %3044, i32 %3045, float %2943, float %2944, float %2945, float %2946)
	%3059 = extractvalue { float, float, float, float } %3058, 0
	%3060 = extractvalue { float, float, float, float } %3058, 1
	%3061 = extractvalue { float, float, float, float } %3058, 2
	%3062 = extractvalue { float, float, float, float } %3058, 3
	%3063 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2956, i32 %2957, i32 %2958, i32 %2959, i32 %3046, i32 %3047, float %2948, float %2949, float %2950, float %2951)
	%3064 = extractvalue { float, float, float, float } %3063, 0
	%3065 = extractvalue { float, float, float, float } %3063, 1
	%3066 = extractvalue { float, float, float, float } %3063, 2
	%3067 = extractvalue { float, float, float, float } %3063, 3
	%3068 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2353, float %2351)
	%3069 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2405, float %2403)
	%3070 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2357, float %2355)
	%3071 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2409, float %2407)
	%3072 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2457, float %2455)
	%3073 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2509, float %2507)
	%3074 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2461, float %2459)
	%3075 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2513, float %2511)
	%3076 = xor i32 %2835, 0
	%3077 = add i32 %3076, u0x1000
	%3078 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3077)
	%3079 = extractvalue { i32, i32, i32, i32 } %3078, 0
	%3080 = extractvalue { i32, i32, i32, i32 } %3078, 1
	%3081 = extractvalue { i32, i32, i32, i32 } %3078, 2
	%3082 = extractvalue { i32, i32, i32, i32 } %3078, 3
	%3083 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3068, i32 %3069, i32 %3070, i32 %3071, i32 %3079, i32 %3080, float %2968, float %2969, float %2970, float %2971)
	%3084 = extractvalue { float, float, float, float } %3083, 0
	%3085 = extractvalue { float, float, float, float } %3083, 1
	%3086 = extractvalue { float, float, float, float } %3083, 2
	%3087 = extractvalue { float, float, float, float } %3083, 3
	%3088 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3068, i32 %3069, i32 %3070, i32 %3071, i32 %3081, i32 %3082, float %2973, float %2974, float %2975, float %2976)
	%3089 = extractvalue { float, float, float, float } %3088, 0
	%3090 = extractvalue { float, float, float, float } %3088, 1
	%3091 = extractvalue { float, float, float, float } %3088, 2
	%3092 = extractvalue { float, float, float, float } %3088, 3
	%3093 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3072, i32 %3073, i32 %3074, i32 %3075, i32 %3079, i32 %3080, float %2978, float %2979, float %2980, float %2981)
	%3094 = extractvalue { float, float, float, float } %3093, 0
	%3095 = extractvalue { float, float, float, float } %3093, 1
	%3096 = extractvalue { float, float, float, float } %3093, 2
	%3097 = extractvalue { float, float, float, float } %3093, 3
	%3098 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3072, i32 %3073, i32 %3074, i32 %3075, i32 %3081, i32 %3082, float %2983, float %2984, float %2985, float %2986)
	%3099 = extractvalue { float, float, float, float } %3098, 0
	%3100 = extractvalue { float, float, float, float } %3098, 1
	%3101 = extractvalue { float, float, float, float } %3098, 2
	%3102 = extractvalue { float, float, float, float } %3098, 3
	%3103 = xor i32 %2835, 32
	%3104 = add i32 %3103, u0x1000
	%3105 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3104)
	%3106 = extractvalue { i32, i32, i32, i32 } %3105, 0
	%3107 = extractvalue { i32, i32, i32, i32 } %3105, 1
	%3108 = extractvalue { i32, i32, i32, i32 } %3105, 2
	%3109 = extractvalue { i32, i32, i32, i32 } %3105, 3
	%3110 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3068, i32 %3069, i32 %3070, i32 %3071, i32 %3106, i32 %3107, float %2995, float %2996, float %2997, float %2998)
	%3111 = extractvalue { float, float, float, float } %3110, 0
	%3112 = extractvalue { float, float, float, float } %3110, 1
	%3113 = extractvalue { float, float, float, float } %3110, 2
	%3114 = extractvalue { float, float, float, float } %3110, 3
	%3115 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3068, i32 %3069, i32 %3070, i32 %3071, i32 %3108, i32 %3109, float %3000, float %3001, float %3002, float %3003)
	%3116 = extractvalue { float, float, float, float } %3115, 0
	%3117 = extractvalue { float, float, float, float } %3115, 1
	%3118 = extractvalue { float, float, float, float } %3115, 2
	%3119 = extractvalue { float, float, float, float } %3115, 3
	%3120 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3072, i32 %3073, i32 %3074, i32 %3075, i32 %3106, i32 %3107, float %3005, float %3006, float %3007, float %3008)
	%3121 = extractvalue { float, float, float, float } %3120, 0
	%3122 = extractvalue { float, float, float, float } %3120, 1
	%3123 = extractvalue { float, float, float, float } %3120, 2
	%3124 = extractvalue { float, float, float, float } %3120, 3
	%3125 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3072, i32 %3073, i32 %3074, i32 %3075, i32 %3108, i32 %3109, float %3010, float %3011, float %3012, float %3013)
	%3126 = extractvalue { float, float, float, float } %3125, 0
	%3127 = extractvalue { float, float, float, float } %3125, 1
	%3128 = extractvalue { float, float, float, float } %3125, 2
	%3129 = extractvalue { float, float, float, float } %3125, 3
	%3130 = xor i32 %2835, 64
	%3131 = add i32 %3130, u0x1000
	%3132 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3131)
	%3133 = extractvalue { i32, i32, i32, i32 } %3132, 0
	%3134 = extractvalue { i32, i32, i32, i32 } %3132, 1
	%3135 = extractvalue { i32, i32, i32, i32 } %3132, 2
	%3136 = extractvalue { i32, i32, i32, i32 } %3132, 3
	%3137 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3068, i32 %3069, i32 %3070, i32 %3071, i32 %3133, i32 %3134, float %3022, float %3023, float %3024, float %3025)
	%3138 = extractvalue { float, float, float, float } %3137, 0
	%3139 = extractvalue { float, float, float, float } %3137, 1
	%3140 = extractvalue { float, float, float, float } %3137, 2
	%3141 = extractvalue { float, float, float, float } %3137, 3
	%3142 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3068, i32 %3069, i32 %3070, i32 %3071, i32 %3135, i32 %3136, float %3027, float %3028, float %3029, float %3030)
	%3143 = extractvalue { float, float, float, float } %3142, 0
	%3144 = extractvalue { float, float, float, float } %3142, 1
	%3145 = extractvalue { float, float, float, float } %3142, 2
	%3146 = extractvalue { float, float, float, float } %3142, 3
	%3147 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3072, i32 %3073, i32 %3074, i32 %3075, i32 %3133, i32 %3134, float %3032, float %3033, float %3034, float %3035)
	%3148 = extractvalue { float, float, float, float } %3147, 0
	%3149 = extractvalue { float, float, float, float } %3147, 1
	%3150 = extractvalue { float, float, float, float } %3147, 2
	%3151 = extractvalue { float, float, float, float } %3147, 3
	%3152 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3072, i32 %3073, i32 %3074, i32 %3075, i32 %3135, i32 %3136, float %3037, float %3038, float %3039, float %3040)
	%3153 = extractvalue { float, float, float, float } %3152, 0
	%3154 = extractvalue { float, float, float, float } %3152, 1
	%3155 = extractvalue { float, float, float, float } %3152, 2
	%3156 = extractvalue { float, float, float, float } %3152, 3
	%3157 = xor i32 %2835, 96
	%3158 = add i32 %3157, u0x1000
	%3159 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3158)
	%3160 = extractvalue { i32, i32, i32, i32 } %3159, 0
	%3161 = extractvalue { i32, i32, i32, i32 } %3159, 1
	%3162 = extractvalue { i32, i32, i32, i32 } %3159, 2
	%3163 = extractvalue { i32, i32, i32, i32 } %3159, 3
	%3164 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3068, i32 %3069, i32 %3070, i32 %3071, i32 %3160, i32 %3161, float %3049, float %3050, float %3051, float %3052)
	%3165 = extractvalue { float, float, float, float } %3164, 0
	%3166 = extractvalue { float, float, float, float } %3164, 1
	%3167 = extractvalue { float, float, float, float } %3164, 2
	%3168 = extractvalue { float, float, float, float } %3164, 3
	%3169 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3068, i32 %3069, i32 %3070, i32 %3071, i32 %3162, i32 %3163, float %3054, float %3055, float %3056, float %3057)
	%3170 = extractvalue { float, float, float, float } %3169, 0
	%3171 = extractvalue { float, float, float, float } %3169, 1
	%3172 = extractvalue { float, float, float, float } %3169, 2
	%3173 = extractvalue { float, float, float, float } %3169, 3
	%3174 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3072, i32 %3073, i32 %3074, i32 %3075, i32 %3160, i32 %3161, float %3059, float %3060, float %3061, float %3062)
	%3175 = extractvalue { float, float, float, float } %3174, 0
	%3176 = extractvalue { float, float, float, float } %3174, 1
	%3177 = extractvalue { float, float, float, float } %3174, 2
	%3178 = extractvalue { float, float, float, float } %3174, 3
	%3179 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3072, i32 %3073, i32 %3074, i32 %3075, i32 %3162, i32 %3163, float %3064, float %3065, float %3066, float %3067)
	%3180 = extractvalue { float, float, float, float } %3179, 0
	%3181 = extractvalue { float, float, float, float } %3179, 1
	%3182 = extractvalue { float, float, float, float } %3179, 2
	%3183 = extractvalue { float, float, float, float } %3179, 3
	%3184 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2361, float %2359)
	%3185 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2413, float %2411)
	%3186 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2365, float %2363)
	%3187 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2417, float %2415)
	%3188 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2465, float %2463)
	%3189 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2517, float %2515)
	%3190 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2469, float %2467)
	%3191 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2521, float %2519)
	%3192 = xor i32 %2835, 0
	%3193 = add i32 %3192, 6144
	%3194 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3193)
	%3195 = extractvalue { i32, i32, i32, i32 } %3194, 0
	%3196 = extractvalue { i32, i32, i32, i32 } %3194, 1
	%3197 = extractvalue { i32, i32, i32, i32 } %3194, 2
	%3198 = extractvalue { i32, i32, i32, i32 } %3194, 3
	%3199 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3184, i32 %3185, i32 %3186, i32 %3187, i32 %3195, i32 %3196, float %3084, float %3085, float %3086, float %3087)
	%3200 = extractvalue { float, float, float, float } %3199, 0
	%3201 = extractvalue { float, float, float, float } %3199, 1
	%3202 = extractvalue { float, float, float, float } %3199, 2
	%3203 = extractvalue { float, float, float, float } %3199, 3
	%3204 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3184, i32 %3185, i32 %3186, i32 %3187, i32 %3197, i32 %3198, float %3089, float %3090, float %3091, float %3092)
	%3205 = extractvalue { float, float, float, float } %3204, 0
	%3206 = extractvalue { float, float, float, float } %3204, 1
	%3207 = extractvalue { float, float, float, float } %3204, 2
	%3208 = extractvalue { float, float, float, float } %3204, 3
	%3209 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3188, i32 %3189, i32 %3190, i32 %3191, i32 %3195, i32 %3196, float %3094, float %3095, float %3096, float %3097)
	%3210 = extractvalue { float, float, float, float } %3209, 0
	%3211 = extractvalue { float, float, float, float } %3209, 1
	%3212 = extractvalue { float, float, float, float } %3209, 2
	%3213 = extractvalue { float, float, float, float } %3209, 3
	%3214 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3188, i32 %3189, i32 %3190, i32 %3191, i32 %3197, i32 %3198, float %3099, float %3100, float %3101, float %3102)
	%3215 = extractvalue { float, float, float, float } %3214, 0
	%3216 = extractvalue { float, float, float, float } %3214, 1
	%3217 = extractvalue { float, float, float, float } %3214, 2
	%3218 = extractvalue { float, float, float, float } %3214, 3
	%3219 = xor i32 %2835, 32
	%3220 = add i32 %3219, 6144
	%3221 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3220)
	%3222 = extractvalue { i32, i32, i32, i32 } %3221, 0
	%3223 = extractvalue { i32, i32, i32, i32 } %3221, 1
	%3224 = extractvalue { i32, i32, i32, i32 } %3221, 2
	%3225 = extractvalue { i32, i32, i32, i32 } %3221, 3
	%3226 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3184, i32 %3185, i32 %3186, i32 %3187, i32 %3222, i32 %3223, float %3111, float %3112, float %3113, float %3114)
	%3227 = extractvalue { float, float, float, float } %3226, 0
	%3228 = extractvalue { float, float, float, float } %3226, 1
	%3229 = extractvalue { float, float, float, float } %3226, 2
	%3230 = extractvalue { float, float, float, float } %3226, 3
	%3231 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3184, i32 %3185, i32 %3186, i32 %3187, i32 %3224, i32 %3225, float %3116, float %3117, float %3118, float %3119)
	%3232 = extractvalue { float, float, float, float } %3231, 0
	%3233 = extractvalue { float, float, float, float } %3231, 1
	%3234 = extractvalue { float, float, float, float } %3231, 2
	%3235 = extractvalue { float, float, float, float } %3231, 3
	%3236 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3188, i32 %3189, i32 %3190, i32 %3191, i32 %3222, i32 %3223, float %3121, float %3122, float %3123, float %3124)
	%3237 = extractvalue { float, float, float, float } %3236, 0
	%3238 = extractvalue { float, float, float, float } %3236, 1
	%3239 = extractvalue { float, float, float, float } %3236, 2
	%3240 = extractvalue { float, float, float, float } %3236, 3
	%3241 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3188, i32 %3189, i32 %3190, i32 %3191, i32 %3224, i32 %3225, float %3126, float %3127, float %3128, float %3129)
	%3242 = extractvalue { float, float, float, float } %3241, 0
	%3243 = extractvalue { float, float, float, float } %3241, 1
	%3244 = extractvalue { float, float, float, float } %3241, 2
	%3245 = extractvalue { float, float, float, float } %3241, 3
	%3246 = xor i32 %2835, 64
	%3247 = add i32 %3246, 6144
	%3248 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3247)
	%3249 = extractvalue { i32, i32, i32, i32 } %3248, 0
	%3250 = extractvalue { i32, i32, i32, i32 } %3248, 1
	%3251 = extractvalue { i32, i32, i32, i32 } %3248, 2
	%3252 = extractvalue { i32, i32, i32, i32 } %3248, 3
	%3253 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3184, i32 %3185, i32 %3186, i32 %3187, i32 %3249, i32 %3250, float %3138, float %3139, float %3140, float %3141)
	%3254 = extractvalue { float, float, float, float } %3253, 0
	%3255 = extractvalue { float, float, float, float } %3253, 1
	%3256 = extractvalue { float, float, float, float } %3253, 2
	%3257 = extractvalue { float, float, float, float } %3253, 3
	%3258 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3184, i32 %3185, i32 %3186, i32 %3187, i32 %3251, i32 %3252, float %3143, float %3144, float %3145, float %3146)
	%3259 = extractvalue { float, float, float, float } %3258, 0
	%3260 = extractvalue { float, float, float, float } %3258, 1
	%3261 = extractvalue { float, float, float, float } %3258, 2
	%3262 = extractvalue { float, float, float, float } %3258, 3
	%3263 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3188, i32 %3189, i32 %3190, i32 %3191, i32 %3249, i32 %3250, float %3148, float %3149, float %3150, float %3151)
	%3264 = extractvalue { float, float, float, float } %3263, 0
	%3265 = extractvalue { float, float, float, float } %3263, 1
	%3266 = extractvalue { float, float, float, float } %3263, 2
	%3267 = extractvalue { float, float, float, float } %3263, 3
	%3268 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3188, i32 %3189, i32 %3190, i32 %3191, i32 %3251, i32 %3252, float %3153, float %3154, float %3155, float %3156)
	%3269 = extractvalue { float, float, float, float } %3268, 0
	%3270 = extractvalue { float, float, float, float } %3268, 1
	%3271 = extractvalue { float, float, float, float } %3268, 2
	%3272 = extractvalue { float, float, float, float } %3268, 3
	%3273 = xor i32 %2835, 96
	%3274 = add i32 %3273, 6144
	%3275 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3274)
	%3276 = extractvalue { i32, i32, i32, i32 } %3275, 0
	%3277 = extractvalue { i32, i32, i32, i32 } %3275, 1
	%3278 = extractvalue { i32, i32, i32, i32 } %3275, 2
	%3279 = extractvalue { i32, i32, i32, i32 } %3275, 3
	%3280 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3184, i32 %3185, i32 %3186, i32 %3187, i32 %3276, i32 %3277, float %3165, float %3166, float %3167, float %3168)
	%3281 = extractvalue { float, float, float, float } %3280, 0
	%3282 = extractvalue { float, float, float, float } %3280, 1
	%3283 = extractvalue { float, float, float, float } %3280, 2
	%3284 = extractvalue { float, float, float, float } %3280, 3
	%3285 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3184, i32 %3185, i32 %3186, i32 %3187, i32 %3278, i32 %3279, float %3170, float %3171, float %3172, float %3173)
	%3286 = extractvalue { float, float, float, float } %3285, 0
	%3287 = extractvalue { float, float, float, float } %3285, 1
	%3288 = extractvalue { float, float, float, float } %3285, 2
	%3289 = extractvalue { float, float, float, float } %3285, 3
	%3290 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3188, i32 %3189, i32 %3190, i32 %3191, i32 %3276, i32 %3277, float %3175, float %3176, float %3177, float %3178)
	%3291 = extractvalue { float, float, float, float } %3290, 0
	%3292 = extractvalue { float, float, float, float } %3290, 1
	%3293 = extractvalue { float, float, float, float } %3290, 2
	%3294 = extractvalue { float, float, float, float } %3290, 3
	%3295 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3188, i32 %3189, i32 %3190, i32 %3191, i32 %3278, i32 %3279, float %3180, float %3181, float %3182, float %3183)
	%3296 = extractvalue { float, float, float, float } %3295, 0
	%3297 = extractvalue { float, float, float, float } %3295, 1
	%3298 = extractvalue { float, float, float, float } %3295, 2
	%3299 = extractvalue { float, float, float, float } %3295, 3
	br i1 %2742, label %loop, label %epilogue

store0:
	%3300 = mul i32 %23, %M
	%3301 = add i32 %3300, %1037
	%3302 = mul i32 %3301, 64
	%3303 = shl i32 %7, 1
	%3304 = add i32 0, %3303
	%3305 = add i32 %3302, %3304
	%3306 = sext i32 %3305 to i64
	%3307 = getelementptr i16, i16* %out, i64 %3306
	%3308 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1039, float %1038)
	%3309 = bitcast i16* %3307 to i32*
	store i32 %3308, i32* %3309
	%3310 = shl i32 %7, 1
	%3311 = add i32 8, %3310
	%3312 = add i32 %3302, %3311
	%3313 = sext i32 %3312 to i64
	%3314 = getelementptr i16, i16* %out, i64 %3313
	%3315 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1041, float %1040)
	%3316 = bitcast i16* %3314 to i32*
	store i32 %3315, i32* %3316
	%3317 = shl i32 %7, 1
	%3318 = add i32 16, %3317
	%3319 = add i32 %3302, %3318
	%3320 = sext i32 %3319 to i64
	%3321 = getelementptr i16, i16* %out, i64 %3320
	%3322 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1043, float %1042)
	%3323 = bitcast i16* %3321 to i32*
	store i32 %3322, i32* %3323
	%3324 = shl i32 %7, 1
	%3325 = add i32 24, %3324
	%3326 = add i32 %3302, %3325
	%3327 = sext i32 %3326 to i64
	%3328 = getelementptr i16, i16* %out, i64 %3327
	%3329 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1045, float %1044)
	%3330 = bitcast i16* %3328 to i32*
	store i32 %3329, i32* %3330
	%3331 = shl i32 %7, 1
	%3332 = add i32 32, %3331
	%3333 = add i32 %3302, %3332
	%3334 = sext i32 %3333 to i64
	%3335 = getelementptr i16, i16* %out, i64 %3334
	%3336 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1047, float %1046)
	%3337 = bitcast i16* %3335 to i32*
	store i32 %3336, i32* %3337
	%3338 = shl i32 %7, 1
	%3339 = add i32 40, %3338
	%3340 = add i32 %3302, %3339
	%3341 = sext i32 %3340 to i64
	%3342 = getelementptr i16, i16* %out, i64 %3341
	%3343 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1049, float %1048)
	%3344 = bitcast i16* %3342 to i32*
	store i32 %3343, i32* %3344
	%3345 = shl i32 %7, 1
	%3346 = add i32 48, %3345
	%3347 = add i32 %3302, %3346
	%3348 = sext i32 %3347 to i64
	%3349 = getelementptr i16, i16* %out, i64 %3348
	%3350 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1051, float %1050)
	%3351 = bitcast i16* %3349 to i32*
	store i32 %3350, i32* %3351
	%3352 = shl i32 %7, 1
	%3353 = add i32 56, %3352
	%3354 = add i32 %3302, %3353
	%3355 = sext i32 %3354 to i64
	%3356 = getelementptr i16, i16* %out, i64 %3355
	%3357 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1053, float %1052)
	%3358 = bitcast i16* %3356 to i32*
	store i32 %3357, i32* %3358
	br label %stored0

stored0:
	%3359 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %959, i32 1, i32 31)
	%3360 = fadd float %959, %3359
	%3361 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3360, i32 2, i32 31)
	%3362 = fadd float %3360, %3361
	%3363 = fcmp ogt float %3362, 0.0
	%3364 = fdiv float 1.0, %3362
	%3365 = select i1 %3363, float %3364, float 0.0
	%3366 = mul i32 %4, 32
	%3367 = add i32 %25, %3366
	%3368 = add i32 %6, 8
	%3369 = add i32 %3367, %3368
	%3370 = fmul float %965, %3365
	%3371 = fmul float %966, %3365
	%3372 = fmul float %969, %3365
	%3373 = fmul float %970, %3365
	%3374 = fmul float %973, %3365
	%3375 = fmul float %974, %3365
	%3376 = fmul float %977, %3365
	%3377 = fmul float %978, %3365
	%3378 = fmul float %981, %3365
	%3379 = fmul float %982, %3365
	%3380 = fmul float %985, %3365
	%3381 = fmul float %986, %3365
	%3382 = fmul float %989, %3365
	%3383 = fmul float %990, %3365
	%3384 = fmul float %993, %3365
	%3385 = fmul float %994, %3365
	%3386 = icmp slt i32 %3369, %M
	br i1 %3386, label %store1, label %stored1

store1:
	%3387 = mul i32 %23, %M
	%3388 = add i32 %3387, %3369
	%3389 = mul i32 %3388, 64
	%3390 = shl i32 %7, 1
	%3391 = add i32 0, %3390
	%3392 = add i32 %3389, %3391
	%3393 = sext i32 %3392 to i64
	%3394 = getelementptr i16, i16* %out, i64 %3393
	%3395 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3371, float %3370)
	%3396 = bitcast i16* %3394 to i32*
	store i32 %3395, i32* %3396
	%3397 = shl i32 %7, 1
	%3398 = add i32 8, %3397
	%3399 = add i32 %3389, %3398
	%3400 = sext i32 %3399 to i64
	%3401 = getelementptr i16, i16* %out, i64 %3400
	%3402 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3373, float %3372)
	%3403 = bitcast i16* %3401 to i32*
	store i32 %3402, i32* %3403
	%3404 = shl i32 %7, 1
	%3405 = add i32 16, %3404
	%3406 = add i32 %3389, %3405
	%3407 = sext i32 %3406 to i64
	%3408 = getelementptr i16, i16* %out, i64 %3407
	%3409 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3375, float %3374)
	%3410 = bitcast i16* %3408 to i32*
	store i32 %3409, i32* %3410
	%3411 = shl i32 %7, 1
	%3412 = add i32 24, %3411
	%3413 = add i32 %3389, %3412
	%3414 = sext i32 %3413 to i64
	%3415 = getelementptr i16, i16* %out, i64 %3414
	%3416 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3377, float %3376)
	%3417 = bitcast i16* %3415 to i32*
	store i32 %3416, i32* %3417
	%3418 = shl i32 %7, 1
	%3419 = add i32 32, %3418
	%3420 = add i32 %3389, %3419
	%3421 = sext i32 %3420 to i64
	%3422 = getelementptr i16, i16* %out, i64 %3421
	%3423 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3379, float %3378)
	%3424 = bitcast i16* %3422 to i32*
	store i32 %3423, i32* %3424
	%3425 = shl i32 %7, 1
	%3426 = add i32 40, %3425
	%3427 = add i32 %3389, %3426
	%3428 = sext i32 %3427 to i64
	%3429 = getelementptr i16, i16* %out, i64 %3428
	%3430 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3381, float %3380)
	%3431 = bitcast i16* %3429 to i32*
	store i32 %3430, i32* %3431
	%3432 = shl i32 %7, 1
	%3433 = add i32 48, %3432
	%3434 = add i32 %3389, %3433
	%3435 = sext i32 %3434 to i64
	%3436 = getelementptr i16, i16* %out, i64 %3435
	%3437 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3383, float %3382)
	%3438 = bitcast i16* %3436 to i32*
	store i32 %3437, i32* %3438
	%3439 = shl i32 %7, 1
	%3440 = add i32 56, %3439
	%3441 = add i32 %3389, %3440
	%3442 = sext i32 %3441 to i64
	%3443 = getelementptr i16, i16* %out, i64 %3442
	%3444 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3385, float %3384)
	%3445 = bitcast i16* %3443 to i32*
	store i32 %3444, i32* %3445
	br label %stored1

stored1:
	%3446 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %960, i32 1, i32 31)
	%3447 = fadd float %960, %3446
	%3448 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3447, i32 2, i32 31)
	%3449 = fadd float %3447, %3448
	%3450 = fcmp ogt float %3449, 0.0
	%3451 = fdiv float 1.0, %3449
	%3452 = select i1 %3450, float %3451, float 0.0
	%3453 = mul i32 %4, 32
	%3454 = add i32 %25, %3453
	%3455 = add i32 %6, 16
	%3456 = add i32 %3454, %3455
	%3457 = fmul float %995, %3452
	%3458 = fmul float %996, %3452
	%3459 = fmul float %999, %3452
	%3460 = fmul float %1000, %3452
	%3461 = fmul float %1003, %3452
	%3462 = fmul float %1004, %3452
	%3463 = fmul float %1007, %3452
	%3464 = fmul float %1008, %3452
	%3465 = fmul float %1011, %3452
	%3466 = fmul float %1012, %3452
	%3467 = fmul float %1015, %3452
	%3468 = fmul float %1016, %3452
	%3469 = fmul float %1019, %3452
	%3470 = fmul float %1020, %3452
	%3471 = fmul float %1023, %3452
	%3472 = fmul float %1024, %3452
	%3473 = icmp slt i32 %3456, %M
	br i1 %3473, label %store2, label %stored2

store2:
	%3474 = mul i32 %23, %M
	%3475 = add i32 %3474, %3456
	%3476 = mul i32 %3475, 64
	%3477 = shl i32 %7, 1
	%3478 = add i32 0, %3477
	%3479 = add i32 %3476, %3478
	%3480 = sext i32 %3479 to i64
	%3481 = getelementptr i16, i16* %out, i64 %3480
	%3482 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3458, float %3457)
	%3483 = bitcast i16* %3481 to i32*
	store i32 %3482, i32* %3483
	%3484 = shl i32 %7, 1
	%3485 = add i32 8, %3484
	%3486 = add i32 %3476, %3485
	%3487 = sext i32 %3486 to i64
	%3488 = getelementptr i16, i16* %out, i64 %3487
	%3489 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3460, float %3459)
	%3490 = bitcast i16* %3488 to i32*
	store i32 %3489, i32* %3490
	%3491 = shl i32 %7, 1
	%3492 = add i32 16, %3491
	%3493 = add i32 %3476, %3492
	%3494 = sext i32 %3493 to i64
	%3495 = getelementptr i16, i16* %out, i64 %3494
	%3496 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3462, float %3461)
	%3497 = bitcast i16* %3495 to i32*
	store i32 %3496, i32* %3497
	%3498 = shl i32 %7, 1
	%3499 = add i32 24, %3498
	%3500 = add i32 %3476, %3499
	%3501 = sext i32 %3500 to i64
	%3502 = getelementptr i16, i16* %out, i64 %3501
	%3503 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3464, float %3463)
	%3504 = bitcast i16* %3502 to i32*
	store i32 %3503, i32* %3504
	%3505 = shl i32 %7, 1
	%3506 = add i32 32, %3505
	%3507 = add i32 %3476, %3506
	%3508 = sext i32 %3507 to i64
	%3509 = getelementptr i16, i16* %out, i64 %3508
	%3510 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3466, float %3465)
	%3511 = bitcast i16* %3509 to i32*
	store i32 %3510, i32* %3511
	%3512 = shl i32 %7, 1
	%3513 = add i32 40, %3512
	%3514 = add i32 %3476, %3513
	%3515 = sext i32 %3514 to i64
	%3516 = getelementptr i16, i16* %out, i64 %3515
	%3517 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3468, float %3467)
	%3518 = bitcast i16* %3516 to i32*
	store i32 %3517, i32* %3518
	%3519 = shl i32 %7, 1
	%3520 = add i32 48, %3519
	%3521 = add i32 %3476, %3520
	%3522 = sext i32 %3521 to i64
	%3523 = getelementptr i16, i16* %out, i64 %3522
	%3524 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3470, float %3469)
	%3525 = bitcast i16* %3523 to i32*
	store i32 %3524, i32* %3525
	%3526 = shl i32 %7, 1
	%3527 = add i32 56, %3526
	%3528 = add i32 %3476, %3527
	%3529 = sext i32 %3528 to i64
	%3530 = getelementptr i16, i16* %out, i64 %3529
	%3531 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3472, float %3471)
	%3532 = bitcast i16* %3530 to i32*
	store i32 %3531, i32* %3532
	br label %stored2

stored2:
	%3533 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %961, i32 1, i32 31)
	%3534 = fadd float %961, %3533
	%3535 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3534, i32 2, i32 31)
	%3536 = fadd float %3534, %3535
	%3537 = fcmp ogt float %3536, 0.0
	%3538 = fdiv float 1.0, %3536
	%3539 = select i1 %3537, float %3538, float 0.0
	%3540 = mul i32 %4, 32
	%3541 = add i32 %25, %3540
	%3542 = add i32 %6, 24
	%3543 = add i32 %3541, %3542
	%3544 = fmul float %997, %3539
	%3545 = fmul float %998, %3539
	%3546 = fmul float %1001, %3539
	%3547 = fmul float %1002, %3539
	%3548 = fmul float %1005, %3539
	%3549 = fmul float %1006, %3539
	%3550 = fmul float %1009, %3539
	%3551 = fmul float %1010, %3539
	%3552 = fmul float %1013, %3539
	%3553 = fmul float %1014, %3539
	%3554 = fmul float %1017, %3539
	%3555 = fmul float %1018, %3539
	%3556 = fmul float %1021, %3539
	%3557 = fmul float %1022, %3539
	%3558 = fmul float %1025, %3539
	%3559 = fmul float %1026, %3539
	%3560 = icmp slt i32 %3543, %M
	br i1 %3560, label %store3, label %stored3

store3:
	%3561 = mul i32 %23, %M
	%3562 = add i32 %3561, %3543
	%3563 = mul i32 %3562, 64
	%3564 = shl i32 %7, 1
	%3565 = add i32 0, %3564
	%3566 = add i32 %3563, %3565
	%3567 = sext i32 %3566 to i64
	%3568 = getelementptr i16, i16* %out, i64 %3567
	%3569 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3545, float %3544)
	%3570 = bitcast i16* %3568 to i32*
	store i32 %3569, i32* %3570
	%3571 = shl i32 %7, 1
	%3572 = add i32 8, %3571
	%3573 = add i32 %3563, %3572
	%3574 = sext i32 %3573 to i64
	%3575 = getelementptr i16, i16* %out, i64 %3574
	%3576 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3547, float %3546)
	%3577 = bitcast i16* %3575 to i32*
	store i32 %3576, i32* %3577
	%3578 = shl i32 %7, 1
	%3579 = add i32 16, %3578
	%3580 = add i32 %3563, %3579
	%3581 = sext i32 %3580 to i64
	%3582 = getelementptr i16, i16* %out, i64 %3581
	%3583 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3549, float %3548)
	%3584 = bitcast i16* %3582 to i32*
	store i32 %3583, i32* %3584
	%3585 = shl i32 %7, 1
	%3586 = add i32 24, %3585
	%3587 = add i32 %3563, %3586
	%3588 = sext i32 %3587 to i64
	%3589 = getelementptr i16, i16* %out, i64 %3588
	%3590 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3551, float %3550)
	%3591 = bitcast i16* %3589 to i32*
	store i32 %3590, i32* %3591
	%3592 = shl i32 %7, 1
	%3593 = add i32 32, %3592
	%3594 = add i32 %3563, %3593
	%3595 = sext i32 %3594 to i64
	%3596 = getelementptr i16, i16* %out, i64 %3595
	%3597 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3553, float %3552)
	%3598 = bitcast i16* %3596 to i32*
	store i32 %3597, i32* %3598
	%3599 = shl i32 %7, 1
	%3600 = add i32 40, %3599
	%3601 = add i32 %3563, %3600
	%3602 = sext i32 %3601 to i64
	%3603 = getelementptr i16, i16* %out, i64 %3602
	%3604 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3555, float %3554)
	%3605 = bitcast i16* %3603 to i32*
	store i32 %3604, i32* %3605
	%3606 = shl i32 %7, 1
	%3607 = add i32 48, %3606
	%3608 = add i32 %3563, %3607
	%3609 = sext i32 %3608 to i64
	%3610 = getelementptr i16, i16* %out, i64 %3609
	%3611 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3557, float %3556)
	%3612 = bitcast i16* %3610 to i32*
	store i32 %3611, i32* %3612
	%3613 = shl i32 %7, 1
	%3614 = add i32 56, %3613
	%3615 = add i32 %3563, %3614
	%3616 = sext i32 %3615 to i64
	%3617 = getelementptr i16, i16* %out, i64 %3616
	%3618 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3559, float %3558)
	%3619 = bitcast i16* %3617 to i32*
	store i32 %3618, i32* %3619
	br label %stored3

stored3:
	%3620 = icmp eq i32 %3, 0
	br i1 %3620, label %3621, label %3626

3621:
	%3622 = mul i32 %23, %NQ
	%3623 = add i32 %3622, %21
	%3624 = sext i32 %3623 to i64
	%3625 = getelementptr i32, i32* %visits, i64 %3624
	store i32 %962, i32* %3625
	br label %3626

3626:
	ret void
}
