; s2o
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@s2o_attn3_smem = internal addrspace(3) global [24576 x i8] undef, align 1024
@s2o_attn3_stop = internal addrspace(3) global [4 x float] undef, align 16

define ptx_kernel void @s2o_attn3(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32* %perm, i32 %NS, i32 %segment, i32* %visits) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @s2o_attn3_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x4000
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
	%15 = mul i32 %14, 64
	%16 = sext i32 %15 to i64
	%17 = getelementptr i16, i16* %q, i64 %16
	%18 = mul i32 %12, %N
	%19 = mul i32 %18, 64
	%20 = sext i32 %19 to i64
	%21 = getelementptr i16, i16* %k, i64 %20
	%22 = mul i32 %12, %N
	%23 = mul i32 %22, 64
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
	%35 = sdiv i32 %13, %segment
	%36 = mul i32 %11, %NS
	%37 = add i32 %36, %35
	%38 = mul i32 %37, %N
	%39 = sext i32 %38 to i64
	%40 = getelementptr i32, i32* %perm, i64 %39
	%41 = add i32 %30, 0
	%42 = sext i32 %41 to i64
	%43 = getelementptr i32, i32* %list, i64 %42
	%44 = load i32, i32* %43
	%45 = icmp sgt i32 %NK, 0
	%46 = icmp sge i32 %44, 0
	%47 = and i1 %45, %46
	%48 = lshr i32 %3, 3
	%49 = and i32 %3, 7
	%50 = and i32 %48, 7
	%51 = xor i32 %49, %50
	%52 = mul i32 %48, 8
	%53 = add i32 %52, %51
	%54 = shl i32 %53, 4
	%55 = add i32 %2, %54
	%56 = add i32 %13, %48
	%57 = mul i32 %56, 64
	%58 = mul i32 %49, 8
	%59 = add i32 %57, %58
	%60 = sext i32 %59 to i64
	%61 = getelementptr i16, i16* %17, i64 %60
	%62 = add i32 %56, 0
	%63 = icmp slt i32 %62, %M
	%64 = getelementptr i16, i16* %61, i64 0
	%65 = select i1 %63, i16* %64, i16* %17
	%66 = add i32 %55, 0
	%67 = select i1 %63, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %66, i16* %65, i32 %67)
	%68 = add i32 %56, 8
	%69 = icmp slt i32 %68, %M
	%70 = getelementptr i16, i16* %61, i64 512
	%71 = select i1 %69, i16* %70, i16* %17
	%72 = add i32 %55, 1024
	%73 = select i1 %69, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %72, i16* %71, i32 %73)
	%74 = add i32 %56, 16
	%75 = icmp slt i32 %74, %M
	%76 = getelementptr i16, i16* %61, i64 1024
	%77 = select i1 %75, i16* %76, i16* %17
	%78 = add i32 %55, 2048
	%79 = select i1 %75, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %78, i16* %77, i32 %79)
	%80 = add i32 %56, 24
	%81 = icmp slt i32 %80, %M
	%82 = getelementptr i16, i16* %61, i64 1536
	%83 = select i1 %81, i16* %82, i16* %17
	%84 = add i32 %55, 3072
	%85 = select i1 %81, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %84, i16* %83, i32 %85)
	%86 = add i32 %56, 32
	%87 = icmp slt i32 %86, %M
	%88 = getelementptr i16, i16* %61, i64 2048
	%89 = select i1 %87, i16* %88, i16* %17
	%90 = add i32 %55, u0x1000
	%91 = select i1 %87, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %90, i16* %89, i32 %91)
	%92 = add i32 %56, 40
	%93 = icmp slt i32 %92, %M
	%94 = getelementptr i16, i16* %61, i64 2560
	%95 = select i1 %93, i16* %94, i16* %17
	%96 = add i32 %55, 5120
	%97 = select i1 %93, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %96, i16* %95, i32 %97)
	%98 = add i32 %56, 48
	%99 = icmp slt i32 %98, %M
	%100 = getelementptr i16, i16* %61, i64 3072
	%101 = select i1 %99, i16* %100, i16* %17
	%102 = add i32 %55, 6144
	%103 = select i1 %99, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %102, i16* %101, i32 %103)
	%104 = add i32 %56, 56
	%105 = icmp slt i32 %104, %M
	%106 = getelementptr i16, i16* %61, i64 3584
	%107 = select i1 %105, i16* %106, i16* %17
	%108 = add i32 %55, 7168
	%109 = select i1 %105, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %108, i16* %107, i32 %109)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %47, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%110 = and i32 %5, 7
	%111 = lshr i32 %5, 3
	%112 = and i32 %111, 1
	%113 = shl i32 %112, 3
	%114 = add i32 %110, %113
	%115 = lshr i32 %5, 4
	%116 = mul i32 %4, 32
	%117 = add i32 %114, 0
	%118 = add i32 %116, %117
	%119 = mul i32 %118, 128
	%120 = add i32 %2, %119
	%121 = and i32 %5, 7
	%122 = xor i32 %115, %121
	%123 = shl i32 %122, 4
	%124 = add i32 %120, %123
	%125 = mul i32 %4, 32
	%126 = add i32 %114, 16
	%127 = add i32 %125, %126
	%128 = mul i32 %127, 128
	%129 = add i32 %2, %128
	%130 = and i32 %5, 7
	%131 = xor i32 %115, %130
	%132 = shl i32 %131, 4
	%133 = add i32 %129, %132
	%134 = mul i32 %44, 64
	%135 = lshr i32 %3, 3
	%136 = and i32 %3, 7
	%137 = and i32 %135, 7
	%138 = xor i32 %136, %137
	%139 = mul i32 %135, 8
	%140 = add i32 %139, %138
	%141 = shl i32 %140, 4
	%142 = add i32 %0, %141
	%143 = add i32 %134, %135
	%144 = add i32 %143, 0
	%145 = icmp slt i32 %144, %N
	%146 = select i1 %145, i32 %144, i32 0
	%147 = sext i32 %146 to i64
	%148 = getelementptr i32, i32* %40, i64 %147
	%149 = load i32, i32* %148
	%150 = mul i32 %149, 64
	%151 = mul i32 %136, 8
	%152 = add i32 %150, %151
	%153 = sext i32 %152 to i64
	%154 = getelementptr i16, i16* %21, i64 %153
	%155 = add i32 %142, 0
	%156 = select i1 %145, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %155, i16* %154, i32 %156)
	%157 = add i32 %143, 8
	%158 = icmp slt i32 %157, %N
	%159 = select i1 %158, i32 %157, i32 0
	%160 = sext i32 %159 to i64
	%161 = getelementptr i32, i32* %40, i64 %160
	%162 = load i32, i32* %161
	%163 = mul i32 %162, 64
	%164 = mul i32 %136, 8
	%165 = add i32 %163, %164
	%166 = sext i32 %165 to i64
	%167 = getelementptr i16, i16* %21, i64 %166
	%168 = add i32 %142, 1024
	%169 = select i1 %158, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %168, i16* %167, i32 %169)
	%170 = add i32 %143, 16
	%171 = icmp slt i32 %170, %N
	%172 = select i1 %171, i32 %170, i32 0
	%173 = sext i32 %172 to i64
	%174 = getelementptr i32, i32* %40, i64 %173
	%175 = load i32, i32* %174
	%176 = mul i32 %175, 64
	%177 = mul i32 %136, 8
	%178 = add i32 %176, %177
	%179 = sext i32 %178 to i64
	%180 = getelementptr i16, i16* %21, i64 %179
	%181 = add i32 %142, 2048
	%182 = select i1 %171, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %181, i16* %180, i32 %182)
	%183 = add i32 %143, 24
	%184 = icmp slt i32 %183, %N
	%185 = select i1 %184, i32 %183, i32 0
	%186 = sext i32 %185 to i64
	%187 = getelementptr i32, i32* %40, i64 %186
	%188 = load i32, i32* %187
	%189 = mul i32 %188, 64
	%190 = mul i32 %136, 8
	%191 = add i32 %189, %190
	%192 = sext i32 %191 to i64
	%193 = getelementptr i16, i16* %21, i64 %192
	%194 = add i32 %142, 3072
	%195 = select i1 %184, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %194, i16* %193, i32 %195)
	%196 = add i32 %143, 32
	%197 = icmp slt i32 %196, %N
	%198 = select i1 %197, i32 %196, i32 0
	%199 = sext i32 %198 to i64
	%200 = getelementptr i32, i32* %40, i64 %199
	%201 = load i32, i32* %200
	%202 = mul i32 %201, 64
	%203 = mul i32 %136, 8
	%204 = add i32 %202, %203
	%205 = sext i32 %204 to i64
	%206 = getelementptr i16, i16* %21, i64 %205
	%207 = add i32 %142, u0x1000
	%208 = select i1 %197, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %207, i16* %206, i32 %208)
	%209 = add i32 %143, 40
	%210 = icmp slt i32 %209, %N
	%211 = select i1 %210, i32 %209, i32 0
	%212 = sext i32 %211 to i64
	%213 = getelementptr i32, i32* %40, i64 %212
	%214 = load i32, i32* %213
	%215 = mul i32 %214, 64
	%216 = mul i32 %136, 8
	%217 = add i32 %215, %216
	%218 = sext i32 %217 to i64
	%219 = getelementptr i16, i16* %21, i64 %218
	%220 = add i32 %142, 5120
	%221 = select i1 %210, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %220, i16* %219, i32 %221)
	%222 = add i32 %143, 48
	%223 = icmp slt i32 %222, %N
	%224 = select i1 %223, i32 %222, i32 0
	%225 = sext i32 %224 to i64
	%226 = getelementptr i32, i32* %40, i64 %225
	%227 = load i32, i32* %226
	%228 = mul i32 %227, 64
	%229 = mul i32 %136, 8
	%230 = add i32 %228, %229
	%231 = sext i32 %230 to i64
	%232 = getelementptr i16, i16* %21, i64 %231
	%233 = add i32 %142, 6144
	%234 = select i1 %223, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %233, i16* %232, i32 %234)
	%235 = add i32 %143, 56
	%236 = icmp slt i32 %235, %N
	%237 = select i1 %236, i32 %235, i32 0
	%238 = sext i32 %237 to i64
	%239 = getelementptr i32, i32* %40, i64 %238
	%240 = load i32, i32* %239
	%241 = mul i32 %240, 64
	%242 = mul i32 %136, 8
	%243 = add i32 %241, %242
	%244 = sext i32 %243 to i64
	%245 = getelementptr i16, i16* %21, i64 %244
	%246 = add i32 %142, 7168
	%247 = select i1 %236, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %246, i16* %245, i32 %247)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%248 = phi i32 [ 0, %prologue ], [ %2619, %pv ]
	%249 = phi i32 [ %44, %prologue ], [ %2626, %pv ]
	%250 = phi float [ 0.0, %prologue ], [ %3149, %pv ]
	%251 = phi float [ 0.0, %prologue ], [ %3150, %pv ]
	%252 = phi float [ 0.0, %prologue ], [ %3151, %pv ]
	%253 = phi float [ 0.0, %prologue ], [ %3152, %pv ]
	%254 = phi float [ 0.0, %prologue ], [ %3154, %pv ]
	%255 = phi float [ 0.0, %prologue ], [ %3155, %pv ]
	%256 = phi float [ 0.0, %prologue ], [ %3156, %pv ]
	%257 = phi float [ 0.0, %prologue ], [ %3157, %pv ]
	%258 = phi float [ 0.0, %prologue ], [ %3176, %pv ]
	%259 = phi float [ 0.0, %prologue ], [ %3177, %pv ]
	%260 = phi float [ 0.0, %prologue ], [ %3178, %pv ]
	%261 = phi float [ 0.0, %prologue ], [ %3179, %pv ]
	%262 = phi float [ 0.0, %prologue ], [ %3181, %pv ]
	%263 = phi float [ 0.0, %prologue ], [ %3182, %pv ]
	%264 = phi float [ 0.0, %prologue ], [ %3183, %pv ]
	%265 = phi float [ 0.0, %prologue ], [ %3184, %pv ]
	%266 = phi float [ 0.0, %prologue ], [ %3203, %pv ]
	%267 = phi float [ 0.0, %prologue ], [ %3204, %pv ]
	%268 = phi float [ 0.0, %prologue ], [ %3205, %pv ]
	%269 = phi float [ 0.0, %prologue ], [ %3206, %pv ]
	%270 = phi float [ 0.0, %prologue ], [ %3208, %pv ]
	%271 = phi float [ 0.0, %prologue ], [ %3209, %pv ]
	%272 = phi float [ 0.0, %prologue ], [ %3210, %pv ]
	%273 = phi float [ 0.0, %prologue ], [ %3211, %pv ]
	%274 = phi float [ 0.0, %prologue ], [ %3230, %pv ]
	%275 = phi float [ 0.0, %prologue ], [ %3231, %pv ]
	%276 = phi float [ 0.0, %prologue ], [ %3232, %pv ]
	%277 = phi float [ 0.0, %prologue ], [ %3233, %pv ]
	%278 = phi float [ 0.0, %prologue ], [ %3235, %pv ]
	%279 = phi float [ 0.0, %prologue ], [ %3236, %pv ]
	%280 = phi float [ 0.0, %prologue ], [ %3237, %pv ]
	%281 = phi float [ 0.0, %prologue ], [ %3238, %pv ]
	%282 = phi float [ 0.0, %prologue ], [ %3159, %pv ]
	%283 = phi float [ 0.0, %prologue ], [ %3160, %pv ]
	%284 = phi float [ 0.0, %prologue ], [ %3161, %pv ]
	%285 = phi float [ 0.0, %prologue ], [ %3162, %pv ]
	%286 = phi float [ 0.0, %prologue ], [ %3164, %pv ]
	%287 = phi float [ 0.0, %prologue ], [ %3165, %pv ]
	%288 = phi float [ 0.0, %prologue ], [ %3166, %pv ]
	%289 = phi float [ 0.0, %prologue ], [ %3167, %pv ]
	%290 = phi float [ 0.0, %prologue ], [ %3186, %pv ]
	%291 = phi float [ 0.0, %prologue ], [ %3187, %pv ]
	%292 = phi float [ 0.0, %prologue ], [ %3188, %pv ]
	%293 = phi float [ 0.0, %prologue ], [ %3189, %pv ]
	%294 = phi float [ 0.0, %prologue ], [ %3191, %pv ]
	%295 = phi float [ 0.0, %prologue ], [ %3192, %pv ]
	%296 = phi float [ 0.0, %prologue ], [ %3193, %pv ]
	%297 = phi float [ 0.0, %prologue ], [ %3194, %pv ]
	%298 = phi float [ 0.0, %prologue ], [ %3213, %pv ]
	%299 = phi float [ 0.0, %prologue ], [ %3214, %pv ]
	%300 = phi float [ 0.0, %prologue ], [ %3215, %pv ]
	%301 = phi float [ 0.0, %prologue ], [ %3216, %pv ]
	%302 = phi float [ 0.0, %prologue ], [ %3218, %pv ]
	%303 = phi float [ 0.0, %prologue ], [ %3219, %pv ]
	%304 = phi float [ 0.0, %prologue ], [ %3220, %pv ]
	%305 = phi float [ 0.0, %prologue ], [ %3221, %pv ]
	%306 = phi float [ 0.0, %prologue ], [ %3240, %pv ]
	%307 = phi float [ 0.0, %prologue ], [ %3241, %pv ]
	%308 = phi float [ 0.0, %prologue ], [ %3242, %pv ]
	%309 = phi float [ 0.0, %prologue ], [ %3243, %pv ]
	%310 = phi float [ 0.0, %prologue ], [ %3245, %pv ]
	%311 = phi float [ 0.0, %prologue ], [ %3246, %pv ]
	%312 = phi float [ 0.0, %prologue ], [ %3247, %pv ]
	%313 = phi float [ 0.0, %prologue ], [ %3248, %pv ]
	%314 = phi float [ 0xFFF0000000000000, %prologue ], [ %2309, %pv ]
	%315 = phi float [ 0.0, %prologue ], [ %2360, %pv ]
	%316 = phi float [ 0xFFF0000000000000, %prologue ], [ %2361, %pv ]
	%317 = phi float [ 0.0, %prologue ], [ %2412, %pv ]
	%318 = phi float [ 0xFFF0000000000000, %prologue ], [ %2413, %pv ]
	%319 = phi float [ 0.0, %prologue ], [ %2464, %pv ]
	%320 = phi float [ 0xFFF0000000000000, %prologue ], [ %2465, %pv ]
	%321 = phi float [ 0.0, %prologue ], [ %2516, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%322 = mul i32 %249, 64
	%323 = lshr i32 %3, 3
	%324 = and i32 %3, 7
	%325 = and i32 %323, 7
	%326 = xor i32 %324, %325
	%327 = mul i32 %323, 8
	%328 = add i32 %327, %326
	%329 = shl i32 %328, 4
	%330 = add i32 %1, %329
	%331 = add i32 %322, %323
	%332 = add i32 %331, 0
	%333 = icmp slt i32 %332, %N
	%334 = select i1 %333, i32 %332, i32 0
	%335 = sext i32 %334 to i64
	%336 = getelementptr i32, i32* %40, i64 %335
	%337 = load i32, i32* %336
	%338 = mul i32 %337, 64
	%339 = mul i32 %324, 8
	%340 = add i32 %338, %339
	%341 = sext i32 %340 to i64
	%342 = getelementptr i16, i16* %25, i64 %341
	%343 = add i32 %330, 0
	%344 = select i1 %333, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %343, i16* %342, i32 %344)
	%345 = add i32 %331, 8
	%346 = icmp slt i32 %345, %N
	%347 = select i1 %346, i32 %345, i32 0
	%348 = sext i32 %347 to i64
	%349 = getelementptr i32, i32* %40, i64 %348
	%350 = load i32, i32* %349
	%351 = mul i32 %350, 64
	%352 = mul i32 %324, 8
	%353 = add i32 %351, %352
	%354 = sext i32 %353 to i64
	%355 = getelementptr i16, i16* %25, i64 %354
	%356 = add i32 %330, 1024
	%357 = select i1 %346, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %356, i16* %355, i32 %357)
	%358 = add i32 %331, 16
	%359 = icmp slt i32 %358, %N
	%360 = select i1 %359, i32 %358, i32 0
	%361 = sext i32 %360 to i64
	%362 = getelementptr i32, i32* %40, i64 %361
	%363 = load i32, i32* %362
	%364 = mul i32 %363, 64
	%365 = mul i32 %324, 8
	%366 = add i32 %364, %365
	%367 = sext i32 %366 to i64
	%368 = getelementptr i16, i16* %25, i64 %367
	%369 = add i32 %330, 2048
	%370 = select i1 %359, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %369, i16* %368, i32 %370)
	%371 = add i32 %331, 24
	%372 = icmp slt i32 %371, %N
	%373 = select i1 %372, i32 %371, i32 0
	%374 = sext i32 %373 to i64
	%375 = getelementptr i32, i32* %40, i64 %374
	%376 = load i32, i32* %375
	%377 = mul i32 %376, 64
	%378 = mul i32 %324, 8
	%379 = add i32 %377, %378
	%380 = sext i32 %379 to i64
	%381 = getelementptr i16, i16* %25, i64 %380
	%382 = add i32 %330, 3072
	%383 = select i1 %372, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %382, i16* %381, i32 %383)
	%384 = add i32 %331, 32
	%385 = icmp slt i32 %384, %N
	%386 = select i1 %385, i32 %384, i32 0
	%387 = sext i32 %386 to i64
	%388 = getelementptr i32, i32* %40, i64 %387
	%389 = load i32, i32* %388
	%390 = mul i32 %389, 64
	%391 = mul i32 %324, 8
	%392 = add i32 %390, %391
	%393 = sext i32 %392 to i64
	%394 = getelementptr i16, i16* %25, i64 %393
	%395 = add i32 %330, u0x1000
	%396 = select i1 %385, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %395, i16* %394, i32 %396)
	%397 = add i32 %331, 40
	%398 = icmp slt i32 %397, %N
	%399 = select i1 %398, i32 %397, i32 0
	%400 = sext i32 %399 to i64
	%401 = getelementptr i32, i32* %40, i64 %400
	%402 = load i32, i32* %401
	%403 = mul i32 %402, 64
	%404 = mul i32 %324, 8
	%405 = add i32 %403, %404
	%406 = sext i32 %405 to i64
	%407 = getelementptr i16, i16* %25, i64 %406
	%408 = add i32 %330, 5120
	%409 = select i1 %398, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %408, i16* %407, i32 %409)
	%410 = add i32 %331, 48
	%411 = icmp slt i32 %410, %N
	%412 = select i1 %411, i32 %410, i32 0
	%413 = sext i32 %412 to i64
	%414 = getelementptr i32, i32* %40, i64 %413
	%415 = load i32, i32* %414
	%416 = mul i32 %415, 64
	%417 = mul i32 %324, 8
	%418 = add i32 %416, %417
	%419 = sext i32 %418 to i64
	%420 = getelementptr i16, i16* %25, i64 %419
	%421 = add i32 %330, 6144
	%422 = select i1 %411, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %421, i16* %420, i32 %422)
	%423 = add i32 %331, 56
	%424 = icmp slt i32 %423, %N
	%425 = select i1 %424, i32 %423, i32 0
	%426 = sext i32 %425 to i64
	%427 = getelementptr i32, i32* %40, i64 %426
	%428 = load i32, i32* %427
	%429 = mul i32 %428, 64
	%430 = mul i32 %324, 8
	%431 = add i32 %429, %430
	%432 = sext i32 %431 to i64
	%433 = getelementptr i16, i16* %25, i64 %432
	%434 = add i32 %330, 7168
	%435 = select i1 %424, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %434, i16* %433, i32 %435)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%436 = xor i32 %124, 0
	%437 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %436)
	%438 = extractvalue { i32, i32, i32, i32 } %437, 0
	%439 = extractvalue { i32, i32, i32, i32 } %437, 1
	%440 = extractvalue { i32, i32, i32, i32 } %437, 2
	%441 = extractvalue { i32, i32, i32, i32 } %437, 3
	%442 = xor i32 %124, 32
	%443 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %442)
	%444 = extractvalue { i32, i32, i32, i32 } %443, 0
	%445 = extractvalue { i32, i32, i32, i32 } %443, 1
	%446 = extractvalue { i32, i32, i32, i32 } %443, 2
	%447 = extractvalue { i32, i32, i32, i32 } %443, 3
	%448 = xor i32 %124, 64
	%449 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %448)
	%450 = extractvalue { i32, i32, i32, i32 } %449, 0
	%451 = extractvalue { i32, i32, i32, i32 } %449, 1
	%452 = extractvalue { i32, i32, i32, i32 } %449, 2
	%453 = extractvalue { i32, i32, i32, i32 } %449, 3
	%454 = xor i32 %124, 96
	%455 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %454)
	%456 = extractvalue { i32, i32, i32, i32 } %455, 0
	%457 = extractvalue { i32, i32, i32, i32 } %455, 1
	%458 = extractvalue { i32, i32, i32, i32 } %455, 2
	%459 = extractvalue { i32, i32, i32, i32 } %455, 3
	%460 = xor i32 %133, 0
	%461 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %460)
	%462 = extractvalue { i32, i32, i32, i32 } %461, 0
	%463 = extractvalue { i32, i32, i32, i32 } %461, 1
	%464 = extractvalue { i32, i32, i32, i32 } %461, 2
	%465 = extractvalue { i32, i32, i32, i32 } %461, 3
	%466 = xor i32 %133, 32
	%467 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %466)
	%468 = extractvalue { i32, i32, i32, i32 } %467, 0
	%469 = extractvalue { i32, i32, i32, i32 } %467, 1
	%470 = extractvalue { i32, i32, i32, i32 } %467, 2
	%471 = extractvalue { i32, i32, i32, i32 } %467, 3
	%472 = xor i32 %133, 64
	%473 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %472)
	%474 = extractvalue { i32, i32, i32, i32 } %473, 0
	%475 = extractvalue { i32, i32, i32, i32 } %473, 1
	%476 = extractvalue { i32, i32, i32, i32 } %473, 2
	%477 = extractvalue { i32, i32, i32, i32 } %473, 3
	%478 = xor i32 %133, 96
	%479 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %478)
	%480 = extractvalue { i32, i32, i32, i32 } %479, 0
	%481 = extractvalue { i32, i32, i32, i32 } %479, 1
	%482 = extractvalue { i32, i32, i32, i32 } %479, 2
	%483 = extractvalue { i32, i32, i32, i32 } %479, 3
	%484 = and i32 %5, 7
	%485 = shl i32 %115, 3
	%486 = add i32 %484, %485
	%487 = lshr i32 %5, 3
	%488 = and i32 %487, 1
	%489 = mul i32 %486, 128
	%490 = add i32 %0, %489
	%491 = and i32 %5, 7
	%492 = xor i32 %488, %491
	%493 = shl i32 %492, 4
	%494 = add i32 %490, %493
	%495 = xor i32 %494, 0
	%496 = add i32 %495, 0
	%497 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %496)
	%498 = extractvalue { i32, i32, i32, i32 } %497, 0
	%499 = extractvalue { i32, i32, i32, i32 } %497, 1
	%500 = extractvalue { i32, i32, i32, i32 } %497, 2
	%501 = extractvalue { i32, i32, i32, i32 } %497, 3
	%502 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %438, i32 %439, i32 %440, i32 %441, i32 %498, i32 %499, float 0.0, float 0.0, float 0.0, float 0.0)
	%503 = extractvalue { float, float, float, float } %502, 0
	%504 = extractvalue { float, float, float, float } %502, 1
	%505 = extractvalue { float, float, float, float } %502, 2
	%506 = extractvalue { float, float, float, float } %502, 3
	%507 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %438, i32 %439, i32 %440, i32 %441, i32 %500, i32 %501, float 0.0, float 0.0, float 0.0, float 0.0)
	%508 = extractvalue { float, float, float, float } %507, 0
	%509 = extractvalue { float, float, float, float } %507, 1
	%510 = extractvalue { float, float, float, float } %507, 2
	%511 = extractvalue { float, float, float, float } %507, 3
	%512 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %462, i32 %463, i32 %464, i32 %465, i32 %498, i32 %499, float 0.0, float 0.0, float 0.0, float 0.0)
	%513 = extractvalue { float, float, float, float } %512, 0
	%514 = extractvalue { float, float, float, float } %512, 1
	%515 = extractvalue { float, float, float, float } %512, 2
	%516 = extractvalue { float, float, float, float } %512, 3
	%517 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %462, i32 %463, i32 %464, i32 %465, i32 %500, i32 %501, float 0.0, float 0.0, float 0.0, float 0.0)
	%518 = extractvalue { float, float, float, float } %517, 0
	%519 = extractvalue { float, float, float, float } %517, 1
	%520 = extractvalue { float, float, float, float } %517, 2
	%521 = extractvalue { float, float, float, float } %517, 3
	%522 = add i32 %495, 2048
	%523 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %522)
	%524 = extractvalue { i32, i32, i32, i32 } %523, 0
	%525 = extractvalue { i32, i32, i32, i32 } %523, 1
	%526 = extractvalue { i32, i32, i32, i32 } %523, 2
	%527 = extractvalue { i32, i32, i32, i32 } %523, 3
	%528 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %438, i32 %439, i32 %440, i32 %441, i32 %524, i32 %525, float 0.0, float 0.0, float 0.0, float 0.0)
	%529 = extractvalue { float, float, float, float } %528, 0
	%530 = extractvalue { float, float, float, float } %528, 1
	%531 = extractvalue { float, float, float, float } %528, 2
	%532 = extractvalue { float, float, float, float } %528, 3
	%533 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %438, i32 %439, i32 %440, i32 %441, i32 %526, i32 %527, float 0.0, float 0.0, float 0.0, float 0.0)
	%534 = extractvalue { float, float, float, float } %533, 0
	%535 = extractvalue { float, float, float, float } %533, 1
	%536 = extractvalue { float, float, float, float } %533, 2
	%537 = extractvalue { float, float, float, float } %533, 3
	%538 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %462, i32 %463, i32 %464, i32 %465, i32 %524, i32 %525, float 0.0, float 0.0, float 0.0, float 0.0)
	%539 = extractvalue { float, float, float, float } %538, 0
	%540 = extractvalue { float, float, float, float } %538, 1
	%541 = extractvalue { float, float, float, float } %538, 2
	%542 = extractvalue { float, float, float, float } %538, 3
	%543 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %462, i32 %463, i32 %464, i32 %465, i32 %526, i32 %527, float 0.0, float 0.0, float 0.0, float 0.0)
	%544 = extractvalue { float, float, float, float } %543, 0
	%545 = extractvalue { float, float, float, float } %543, 1
	%546 = extractvalue { float, float, float, float } %543, 2
	%547 = extractvalue { float, float, float, float } %543, 3
	%548 = add i32 %495, u0x1000
	%549 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %548)
	%550 = extractvalue { i32, i32, i32, i32 } %549, 0
	%551 = extractvalue { i32, i32, i32, i32 } %549, 1
	%552 = extractvalue { i32, i32, i32, i32 } %549, 2
	%553 = extractvalue { i32, i32, i32, i32 } %549, 3
	%554 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %438, i32 %439, i32 %440, i32 %441, i32 %550, i32 %551, float 0.0, float 0.0, float 0.0, float 0.0)
	%555 = extractvalue { float, float, float, float } %554, 0
	%556 = extractvalue { float, float, float, float } %554, 1
	%557 = extractvalue { float, float, float, float } %554, 2
	%558 = extractvalue { float, float, float, float } %554, 3
	%559 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %438, i32 %439, i32 %440, i32 %441, i32 %552, i32 %553, float 0.0, float 0.0, float 0.0, float 0.0)
	%560 = extractvalue { float, float, float, float } %559, 0
	%561 = extractvalue { float, float, float, float } %559, 1
	%562 = extractvalue { float, float, float, float } %559, 2
	%563 = extractvalue { float, float, float, float } %559, 3
	%564 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %462, i32 %463, i32 %464, i32 %465, i32 %550, i32 %551, float 0.0, float 0.0, float 0.0, float 0.0)
	%565 = extractvalue { float, float, float, float } %564, 0
	%566 = extractvalue { float, float, float, float } %564, 1
	%567 = extractvalue { float, float, float, float } %564, 2
	%568 = extractvalue { float, float, float, float } %564, 3
	%569 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %462, i32 %463, i32 %464, i32 %465, i32 %552, i32 %553, float 0.0, float 0.0, float 0.0, float 0.0)
	%570 = extractvalue { float, float, float, float } %569, 0
	%571 = extractvalue { float, float, float, float } %569, 1
	%572 = extractvalue { float, float, float, float } %569, 2
	%573 = extractvalue { float, float, float, float } %569, 3
	%574 = add i32 %495, 6144
	%575 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %574)
	%576 = extractvalue { i32, i32, i32, i32 } %575, 0
	%577 = extractvalue { i32, i32, i32, i32 } %575, 1
	%578 = extractvalue { i32, i32, i32, i32 } %575, 2
	%579 = extractvalue { i32, i32, i32, i32 } %575, 3
	%580 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %438, i32 %439, i32 %440, i32 %441, i32 %576, i32 %577, float 0.0, float 0.0, float 0.0, float 0.0)
	%581 = extractvalue { float, float, float, float } %580, 0
	%582 = extractvalue { float, float, float, float } %580, 1
	%583 = extractvalue { float, float, float, float } %580, 2
	%584 = extractvalue { float, float, float, float } %580, 3
	%585 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %438, i32 %439, i32 %440, i32 %441, i32 %578, i32 %579, float 0.0, float 0.0, float 0.0, float 0.0)
	%586 = extractvalue { float, float, float, float } %585, 0
	%587 = extractvalue { float, float, float, float } %585, 1
	%588 = extractvalue { float, float, float, float } %585, 2
	%589 = extractvalue { float, float, float, float } %585, 3
	%590 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %462, i32 %463, i32 %464, i32 %465, i32 %576, i32 %577, float 0.0, float 0.0, float 0.0, float 0.0)
	%591 = extractvalue { float, float, float, float } %590, 0
	%592 = extractvalue { float, float, float, float } %590, 1
	%593 = extractvalue { float, float, float, float } %590, 2
	%594 = extractvalue { float, float, float, float } %590, 3
	%595 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %462, i32 %463, i32 %464, i32 %465, i32 %578, i32 %579, float 0.0, float 0.0, float 0.0, float 0.0)
	%596 = extractvalue { float, float, float, float } %595, 0
	%597 = extractvalue { float, float, float, float } %595, 1
	%598 = extractvalue { float, float, float, float } %595, 2
	%599 = extractvalue { float, float, float, float } %595, 3
	%600 = xor i32 %494, 32
	%601 = add i32 %600, 0
	%602 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %601)
	%603 = extractvalue { i32, i32, i32, i32 } %602, 0
	%604 = extractvalue { i32, i32, i32, i32 } %602, 1
	%605 = extractvalue { i32, i32, i32, i32 } %602, 2
	%606 = extractvalue { i32, i32, i32, i32 } %602, 3
	%607 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %444, i32 %445, i32 %446, i32 %447, i32 %603, i32 %604, float %503, float %504, float %505, float %506)
	%608 = extractvalue { float, float, float, float } %607, 0
	%609 = extractvalue { float, float, float, float } %607, 1
	%610 = extractvalue { float, float, float, float } %607, 2
	%611 = extractvalue { float, float, float, float } %607, 3
	%612 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %444, i32 %445, i32 %446, i32 %447, i32 %605, i32 %606, float %508, float %509, float %510, float %511)
	%613 = extractvalue { float, float, float, float } %612, 0
	%614 = extractvalue { float, float, float, float } %612, 1
	%615 = extractvalue { float, float, float, float } %612, 2
	%616 = extractvalue { float, float, float, float } %612, 3
	%617 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %468, i32 %469, i32 %470, i32 %471, i32 %603, i32 %604, float %513, float %514, float %515, float %516)
	%618 = extractvalue { float, float, float, float } %617, 0
	%619 = extractvalue { float, float, float, float } %617, 1
	%620 = extractvalue { float, float, float, float } %617, 2
	%621 = extractvalue { float, float, float, float } %617, 3
	%622 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %468, i32 %469, i32 %470, i32 %471, i32 %605, i32 %606, float %518, float %519, float %520, float %521)
	%623 = extractvalue { float, float, float, float } %622, 0
	%624 = extractvalue { float, float, float, float } %622, 1
	%625 = extractvalue { float, float, float, float } %622, 2
	%626 = extractvalue { float, float, float, float } %622, 3
	%627 = add i32 %600, 2048
	%628 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %627)
	%629 = extractvalue { i32, i32, i32, i32 } %628, 0
	%630 = extractvalue { i32, i32, i32, i32 } %628, 1
	%631 = extractvalue { i32, i32, i32, i32 } %628, 2
	%632 = extractvalue { i32, i32, i32, i32 } %628, 3
	%633 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %444, i32 %445, i32 %446, i32 %447, i32 %629, i32 %630, float %529, float %530, float %531, float %532)
	%634 = extractvalue { float, float, float, float } %633, 0
	%635 = extractvalue { float, float, float, float } %633, 1
	%636 = extractvalue { float, float, float, float } %633, 2
	%637 = extractvalue { float, float, float, float } %633, 3
	%638 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %444, i32 %445, i32 %446, i32 %447, i32 %631, i32 %632, float %534, float %535, float %536, float %537)
	%639 = extractvalue { float, float, float, float } %638, 0
	%640 = extractvalue { float, float, float, float } %638, 1
	%641 = extractvalue { float, float, float, float } %638, 2
	%642 = extractvalue { float, float, float, float } %638, 3
	%643 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %468, i32 %469, i32 %470, i32 %471, i32 %629, i32 %630, float %539, float %540, float %541, float %542)
	%644 = extractvalue { float, float, float, float } %643, 0
	%645 = extractvalue { float, float, float, float } %643, 1
	%646 = extractvalue { float, float, float, float } %643, 2
	%647 = extractvalue { float, float, float, float } %643, 3
	%648 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %468, i32 %469, i32 %470, i32 %471, i32 %631, i32 %632, float %544, float %545, float %546, float %547)
	%649 = extractvalue { float, float, float, float } %648, 0
	%650 = extractvalue { float, float, float, float } %648, 1
	%651 = extractvalue { float, float, float, float } %648, 2
	%652 = extractvalue { float, float, float, float } %648, 3
	%653 = add i32 %600, u0x1000
	%654 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %653)
	%655 = extractvalue { i32, i32, i32, i32 } %654, 0
	%656 = extractvalue { i32, i32, i32, i32 } %654, 1
	%657 = extractvalue { i32, i32, i32, i32 } %654, 2
	%658 = extractvalue { i32, i32, i32, i32 } %654, 3
	%659 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %444, i32 %445, i32 %446, i32 %447, i32 %655, i32 %656, float %555, float %556, float %557, float %558)
	%660 = extractvalue { float, float, float, float } %659, 0
	%661 = extractvalue { float, float, float, float } %659, 1
	%662 = extractvalue { float, float, float, float } %659, 2
	%663 = extractvalue { float, float, float, float } %659, 3
	%664 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %444, i32 %445, i32 %446, i32 %447, i32 %657, i32 %658, float %560, float %561, float %562, float %563)
	%665 = extractvalue { float, float, float, float } %664, 0
	%666 = extractvalue { float, float, float, float } %664, 1
	%667 = extractvalue { float, float, float, float } %664, 2
	%668 = extractvalue { float, float, float, float } %664, 3
	%669 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %468, i32 %469, i32 %470, i32 %471, i32 %655, i32 %656, float %565, float %566, float %567, float %568)
	%670 = extractvalue { float, float, float, float } %669, 0
	%671 = extractvalue { float, float, float, float } %669, 1
	%672 = extractvalue { float, float, float, float } %669, 2
	%673 = extractvalue { float, float, float, float } %669, 3
	%674 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %468, i32 %469, i32 %470, i32 %471, i32 %657, i32 %658, float %570, float %571, float %572, float %573)
	%675 = extractvalue { float, float, float, float } %674, 0
	%676 = extractvalue { float, float, float, float } %674, 1
	%677 = extractvalue { float, float, float, float } %674, 2
	%678 = extractvalue { float, float, float, float } %674, 3
	%679 = add i32 %600, 6144
	%680 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %679)
	%681 = extractvalue { i32, i32, i32, i32 } %680, 0
	%682 = extractvalue { i32, i32, i32, i32 } %680, 1
	%683 = extractvalue { i32, i32, i32, i32 } %680, 2
	%684 = extractvalue { i32, i32, i32, i32 } %680, 3
	%685 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %444, i32 %445, i32 %446, i32 %447, i32 %681, i32 %682, float %581, float %582, float %583, float %584)
	%686 = extractvalue { float, float, float, float } %685, 0
	%687 = extractvalue { float, float, float, float } %685, 1
	%688 = extractvalue { float, float, float, float } %685, 2
	%689 = extractvalue { float, float, float, float } %685, 3
	%690 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %444, i32 %445, i32 %446, i32 %447, i32 %683, i32 %684, float %586, float %587, float %588, float %589)
	%691 = extractvalue { float, float, float, float } %690, 0
	%692 = extractvalue { float, float, float, float } %690, 1
	%693 = extractvalue { float, float, float, float } %690, 2
	%694 = extractvalue { float, float, float, float } %690, 3
	%695 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %468, i32 %469, i32 %470, i32 %471, i32 %681, i32 %682, float %591, float %592, float %593, float %594)
	%696 = extractvalue { float, float, float, float } %695, 0
	%697 = extractvalue { float, float, float, float } %695, 1
	%698 = extractvalue { float, float, float, float } %695, 2
	%699 = extractvalue { float, float, float, float } %695, 3
	%700 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %468, i32 %469, i32 %470, i32 %471, i32 %683, i32 %684, float %596, float %597, float %598, float %599)
	%701 = extractvalue { float, float, float, float } %700, 0
	%702 = extractvalue { float, float, float, float } %700, 1
	%703 = extractvalue { float, float, float, float } %700, 2
	%704 = extractvalue { float, float, float, float } %700, 3
	%705 = xor i32 %494, 64
	%706 = add i32 %705, 0
	%707 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %706)
	%708 = extractvalue { i32, i32, i32, i32 } %707, 0
	%709 = extractvalue { i32, i32, i32, i32 } %707, 1
	%710 = extractvalue { i32, i32, i32, i32 } %707, 2
	%711 = extractvalue { i32, i32, i32, i32 } %707, 3
	%712 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %450, i32 %451, i32 %452, i32 %453, i32 %708, i32 %709, float %608, float %609, float %610, float %611)
	%713 = extractvalue { float, float, float, float } %712, 0
	%714 = extractvalue { float, float, float, float } %712, 1
	%715 = extractvalue { float, float, float, float } %712, 2
	%716 = extractvalue { float, float, float, float } %712, 3
	%717 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %450, i32 %451, i32 %452, i32 %453, i32 %710, i32 %711, float %613, float %614, float %615, float %616)
	%718 = extractvalue { float, float, float, float } %717, 0
	%719 = extractvalue { float, float, float, float } %717, 1
	%720 = extractvalue { float, float, float, float } %717, 2
	%721 = extractvalue { float, float, float, float } %717, 3
	%722 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %474, i32 %475, i32 %476, i32 %477, i32 %708, i32 %709, float %618, float %619, float %620, float %621)
	%723 = extractvalue { float, float, float, float } %722, 0
	%724 = extractvalue { float, float, float, float } %722, 1
	%725 = extractvalue { float, float, float, float } %722, 2
	%726 = extractvalue { float, float, float, float } %722, 3
	%727 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %474, i32 %475, i32 %476, i32 %477, i32 %710, i32 %711, float %623, float %624, float %625, float %626)
	%728 = extractvalue { float, float, float, float } %727, 0
	%729 = extractvalue { float, float, float, float } %727, 1
	%730 = extractvalue { float, float, float, float } %727, 2
	%731 = extractvalue { float, float, float, float } %727, 3
	%732 = add i32 %705, 2048
	%733 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %732)
	%734 = extractvalue { i32, i32, i32, i32 } %733, 0
	%735 = extractvalue { i32, i32, i32, i32 } %733, 1
	%736 = extractvalue { i32, i32, i32, i32 } %733, 2
	%737 = extractvalue { i32, i32, i32, i32 } %733, 3
	%738 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %450, i32 %451, i32 %452, i32 %453, i32 %734, i32 %735, float %634, float %635, float %636, float %637)
	%739 = extractvalue { float, float, float, float } %738, 0
	%740 = extractvalue { float, float, float, float } %738, 1
	%741 = extractvalue { float, float, float, float } %738, 2
	%742 = extractvalue { float, float, float, float } %738, 3
	%743 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %450, i32 %451, i32 %452, i32 %453, i32 %736, i32 %737, float %639, float %640, float %641, float %642)
	%744 = extractvalue { float, float, float, float } %743, 0
	%745 = extractvalue { float, float, float, float } %743, 1
	%746 = extractvalue { float, float, float, float } %743, 2
	%747 = extractvalue { float, float, float, float } %743, 3
	%748 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %474, i32 %475, i32 %476, i32 %477, i32 %734, i32 %735, float %644, float %645, float %646, float %647)
	%749 = extractvalue { float, float, float, float } %748, 0
	%750 = extractvalue { float, float, float, float } %748, 1
	%751 = extractvalue { float, float, float, float } %748, 2
	%752 = extractvalue { float, float, float, float } %748, 3
	%753 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %474, i32 %475, i32 %476, i32 %477, i32 %736, i32 %737, float %649, float %650, float %651, float %652)
	%754 = extractvalue { float, float, float, float } %753, 0
	%755 = extractvalue { float, float, float, float } %753, 1
	%756 = extractvalue { float, float, float, float } %753, 2
	%757 = extractvalue { float, float, float, float } %753, 3
	%758 = add i32 %705, u0x1000
	%759 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %758)
	%760 = extractvalue { i32, i32, i32, i32 } %759, 0
	%761 = extractvalue { i32, i32, i32, i32 } %759, 1
	%762 = extractvalue { i32, i32, i32, i32 } %759, 2
	%763 = extractvalue { i32, i32, i32, i32 } %759, 3
	%764 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %450, i32 %451, i32 %452, i32 %453, i32 %760, i32 %761, float %660, float %661, float %662, float %663)
	%765 = extractvalue { float, float, float, float } %764, 0
	%766 = extractvalue { float, float, float, float } %764, 1
	%767 = extractvalue { float, float, float, float } %764, 2
	%768 = extractvalue { float, float, float, float } %764, 3
	%769 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %450, i32 %451, i32 %452, i32 %453, i32 %762, i32 %763, float %665, float %666, float %667, float %668)
	%770 = extractvalue { float, float, float, float } %769, 0
	%771 = extractvalue { float, float, float, float } %769, 1
	%772 = extractvalue { float, float, float, float } %769, 2
	%773 = extractvalue { float, float, float, float } %769, 3
	%774 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %474, i32 %475, i32 %476, i32 %477, i32 %760, i32 %761, float %670, float %671, float %672, float %673)
	%775 = extractvalue { float, float, float, float } %774, 0
	%776 = extractvalue { float, float, float, float } %774, 1
	%777 = extractvalue { float, float, float, float } %774, 2
	%778 = extractvalue { float, float, float, float } %774, 3
	%779 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %474, i32 %475, i32 %476, i32 %477, i32 %762, i32 %763, float %675, float %676, float %677, float %678)
	%780 = extractvalue { float, float, float, float } %779, 0
	%781 = extractvalue { float, float, float, float } %779, 1
	%782 = extractvalue { float, float, float, float } %779, 2
	%783 = extractvalue { float, float, float, float } %779, 3
	%784 = add i32 %705, 6144
	%785 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %784)
	%786 = extractvalue { i32, i32, i32, i32 } %785, 0
	%787 = extractvalue { i32, i32, i32, i32 } %785, 1
	%788 = extractvalue { i32, i32, i32, i32 } %785, 2
	%789 = extractvalue { i32, i32, i32, i32 } %785, 3
	%790 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %450, i32 %451, i32 %452, i32 %453, i32 %786, i32 %787, float %686, float %687, float %688, float %689)
	%791 = extractvalue { float, float, float, float } %790, 0
	%792 = extractvalue { float, float, float, float } %790, 1
	%793 = extractvalue { float, float, float, float } %790, 2
	%794 = extractvalue { float, float, float, float } %790, 3
	%795 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %450, i32 %451, i32 %452, i32 %453, i32 %788, i32 %789, float %691, float %692, float %693, float %694)
	%796 = extractvalue { float, float, float, float } %795, 0
	%797 = extractvalue { float, float, float, float } %795, 1
	%798 = extractvalue { float, float, float, float } %795, 2
	%799 = extractvalue { float, float, float, float } %795, 3
	%800 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %474, i32 %475, i32 %476, i32 %477, i32 %786, i32 %787, float %696, float %697, float %698, float %699)
	%801 = extractvalue { float, float, float, float } %800, 0
	%802 = extractvalue { float, float, float, float } %800, 1
	%803 = extractvalue { float, float, float, float } %800, 2
	%804 = extractvalue { float, float, float, float } %800, 3
	%805 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %474, i32 %475, i32 %476, i32 %477, i32 %788, i32 %789, float %701, float %702, float %703, float %704)
	%806 = extractvalue { float, float, float, float } %805, 0
	%807 = extractvalue { float, float, float, float } %805, 1
	%808 = extractvalue { float, float, float, float } %805, 2
	%809 = extractvalue { float, float, float, float } %805, 3
	%810 = xor i32 %494, 96
	%811 = add i32 %810, 0
	%812 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %811)
	%813 = extractvalue { i32, i32, i32, i32 } %812, 0
	%814 = extractvalue { i32, i32, i32, i32 } %812, 1
	%815 = extractvalue { i32, i32, i32, i32 } %812, 2
	%816 = extractvalue { i32, i32, i32, i32 } %812, 3
	%817 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %456, i32 %457, i32 %458, i32 %459, i32 %813, i32 %814, float %713, float %714, float %715, float %716)
	%818 = extractvalue { float, float, float, float } %817, 0
	%819 = extractvalue { float, float, float, float } %817, 1
	%820 = extractvalue { float, float, float, float } %817, 2
	%821 = extractvalue { float, float, float, float } %817, 3
	%822 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %456, i32 %457, i32 %458, i32 %459, i32 %815, i32 %816, float %718, float %719, float %720, float %721)
	%823 = extractvalue { float, float, float, float } %822, 0
	%824 = extractvalue { float, float, float, float } %822, 1
	%825 = extractvalue { float, float, float, float } %822, 2
	%826 = extractvalue { float, float, float, float } %822, 3
	%827 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %480, i32 %481, i32 %482, i32 %483, i32 %813, i32 %814, float %723, float %724, float %725, float %726)
	%828 = extractvalue { float, float, float, float } %827, 0
	%829 = extractvalue { float, float, float, float } %827, 1
	%830 = extractvalue { float, float, float, float } %827, 2
	%831 = extractvalue { float, float, float, float } %827, 3
	%832 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %480, i32 %481, i32 %482, i32 %483, i32 %815, i32 %816, float %728, float %729, float %730, float %731)
	%833 = extractvalue { float, float, float, float } %832, 0
	%834 = extractvalue { float, float, float, float } %832, 1
	%835 = extractvalue { float, float, float, float } %832, 2
	%836 = extractvalue { float, float, float, float } %832, 3
	%837 = add i32 %810, 2048
	%838 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %837)
	%839 = extractvalue { i32, i32, i32, i32 } %838, 0
	%840 = extractvalue { i32, i32, i32, i32 } %838, 1
	%841 = extractvalue { i32, i32, i32, i32 } %838, 2
	%842 = extractvalue { i32, i32, i32, i32 } %838, 3
	%843 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %456, i32 %457, i32 %458, i32 %459, i32 %839, i32 %840, float %739, float %740, float %741, float %742)
	%844 = extractvalue { float, float, float, float } %843, 0
	%845 = extractvalue { float, float, float, float } %843, 1
	%846 = extractvalue { float, float, float, float } %843, 2
	%847 = extractvalue { float, float, float, float } %843, 3
	%848 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %456, i32 %457, i32 %458, i32 %459, i32 %841, i32 %842, float %744, float %745, float %746, float %747)
	%849 = extractvalue { float, float, float, float } %848, 0
	%850 = extractvalue { float, float, float, float } %848, 1
	%851 = extractvalue { float, float, float, float } %848, 2
	%852 = extractvalue { float, float, float, float } %848, 3
	%853 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %480, i32 %481, i32 %482, i32 %483, i32 %839, i32 %840, float %749, float %750, float %751, float %752)
	%854 = extractvalue { float, float, float, float } %853, 0
	%855 = extractvalue { float, float, float, float } %853, 1
	%856 = extractvalue { float, float, float, float } %853, 2
	%857 = extractvalue { float, float, float, float } %853, 3
	%858 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %480, i32 %481, i32 %482, i32 %483, i32 %841, i32 %842, float %754, float %755, float %756, float %757)
	%859 = extractvalue { float, float, float, float } %858, 0
	%860 = extractvalue { float, float, float, float } %858, 1
	%861 = extractvalue { float, float, float, float } %858, 2
	%862 = extractvalue { float, float, float, float } %858, 3
	%863 = add i32 %810, u0x1000
	%864 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %863)
	%865 = extractvalue { i32, i32, i32, i32 } %864, 0
	%866 = extractvalue { i32, i32, i32, i32 } %864, 1
	%867 = extractvalue { i32, i32, i32, i32 } %864, 2
	%868 = extractvalue { i32, i32, i32, i32 } %864, 3
	%869 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %456, i32 %457, i32 %458, i32 %459, i32 %865, i32 %866, float %765, float %766, float %767, float %768)
	%870 = extractvalue { float, float, float, float } %869, 0
	%871 = extractvalue { float, float, float, float } %869, 1
	%872 = extractvalue { float, float, float, float } %869, 2
	%873 = extractvalue { float, float, float, float } %869, 3
	%874 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %456, i32 %457, i32 %458, i32 %459, i32 %867, i32 %868, float %770, float %771, float %772, float %773)
	%875 = extractvalue { float, float, float, float } %874, 0
	%876 = extractvalue { float, float, float, float } %874, 1
	%877 = extractvalue { float, float, float, float } %874, 2
	%878 = extractvalue { float, float, float, float } %874, 3
	%879 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %480, i32 %481, i32 %482, i32 %483, i32 %865, i32 %866, float %775, float %776, float %777, float %778)
	%880 = extractvalue { float, float, float, float } %879, 0
	%881 = extractvalue { float, float, float, float } %879, 1
	%882 = extractvalue { float, float, float, float } %879, 2
	%883 = extractvalue { float, float, float, float } %879, 3
	%884 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %480, i32 %481, i32 %482, i32 %483, i32 %867, i32 %868, float %780, float %781, float %782, float %783)
	%885 = extractvalue { float, float, float, float } %884, 0
	%886 = extractvalue { float, float, float, float } %884, 1
	%887 = extractvalue { float, float, float, float } %884, 2
	%888 = extractvalue { float, float, float, float } %884, 3
	%889 = add i32 %810, 6144
	%890 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %889)
	%891 = extractvalue { i32, i32, i32, i32 } %890, 0
	%892 = extractvalue { i32, i32, i32, i32 } %890, 1
	%893 = extractvalue { i32, i32, i32, i32 } %890, 2
	%894 = extractvalue { i32, i32, i32, i32 } %890, 3
	%895 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %456, i32 %457, i32 %458, i32 %459, i32 %891, i32 %892, float %791, float %792, float %793, float %794)
	%896 = extractvalue { float, float, float, float } %895, 0
	%897 = extractvalue { float, float, float, float } %895, 1
	%898 = extractvalue { float, float, float, float } %895, 2
	%899 = extractvalue { float, float, float, float } %895, 3
	%900 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %456, i32 %457, i32 %458, i32 %459, i32 %893, i32 %894, float %796, float %797, float %798, float %799)
	%901 = extractvalue { float, float, float, float } %900, 0
	%902 = extractvalue { float, float, float, float } %900, 1
	%903 = extractvalue { float, float, float, float } %900, 2
	%904 = extractvalue { float, float, float, float } %900, 3
	%905 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %480, i32 %481, i32 %482, i32 %483, i32 %891, i32 %892, float %801, float %802, float %803, float %804)
	%906 = extractvalue { float, float, float, float } %905, 0
	%907 = extractvalue { float, float, float, float } %905, 1
	%908 = extractvalue { float, float, float, float } %905, 2
	%909 = extractvalue { float, float, float, float } %905, 3
	%910 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %480, i32 %481, i32 %482, i32 %483, i32 %893, i32 %894, float %806, float %807, float %808, float %809)
	%911 = extractvalue { float, float, float, float } %910, 0
	%912 = extractvalue { float, float, float, float } %910, 1
	%913 = extractvalue { float, float, float, float } %910, 2
	%914 = extractvalue { float, float, float, float } %910, 3
	%915 = mul i32 %4, 32
	%916 = add i32 %13, %915
	%917 = add i32 %6, 0
	%918 = add i32 %916, %917
	%919 = mul i32 %4, 32
	%920 = add i32 %13, %919
	%921 = add i32 %6, 8
	%922 = add i32 %920, %921
	%923 = mul i32 %4, 32
	%924 = add i32 %13, %923
	%925 = add i32 %6, 16
	%926 = add i32 %924, %925
	%927 = mul i32 %4, 32
	%928 = add i32 %13, %927
	%929 = add i32 %6, 24
	%930 = add i32 %928, %929
	%931 = sitofp i32 %11 to float
	%932 = add i32 %34, %249
	%933 = sext i32 %932 to i64
	%934 = getelementptr i8, i8* %cls, i64 %933
	%935 = load i8, i8* %934
	%936 = icmp ne i8 %935, 2
	br i1 %936, label %partial, label %softmax

epilogue:
	%937 = phi float [ 0.0, %entry ], [ %2360, %pv ]
	%938 = phi float [ 0.0, %entry ], [ %2412, %pv ]
	%939 = phi float [ 0.0, %entry ], [ %2464, %pv ]
	%940 = phi float [ 0.0, %entry ], [ %2516, %pv ]
	%941 = phi i32 [ 0, %entry ], [ %2619, %pv ]
	%942 = phi float [ 0.0, %entry ], [ %3149, %pv ]
	%943 = phi float [ 0.0, %entry ], [ %3150, %pv ]
	%944 = phi float [ 0.0, %entry ], [ %3151, %pv ]
	%945 = phi float [ 0.0, %entry ], [ %3152, %pv ]
	%946 = phi float [ 0.0, %entry ], [ %3154, %pv ]
	%947 = phi float [ 0.0, %entry ], [ %3155, %pv ]
	%948 = phi float [ 0.0, %entry ], [ %3156, %pv ]
	%949 = phi float [ 0.0, %entry ], [ %3157, %pv ]
	%950 = phi float [ 0.0, %entry ], [ %3176, %pv ]
	%951 = phi float [ 0.0, %entry ], [ %3177, %pv ]
	%952 = phi float [ 0.0, %entry ], [ %3178, %pv ]
	%953 = phi float [ 0.0, %entry ], [ %3179, %pv ]
	%954 = phi float [ 0.0, %entry ], [ %3181, %pv ]
	%955 = phi float [ 0.0, %entry ], [ %3182, %pv ]
	%956 = phi float [ 0.0, %entry ], [ %3183, %pv ]
	%957 = phi float [ 0.0, %entry ], [ %3184, %pv ]
	%958 = phi float [ 0.0, %entry ], [ %3203, %pv ]
	%959 = phi float [ 0.0, %entry ], [ %3204, %pv ]
	%960 = phi float [ 0.0, %entry ], [ %3205, %pv ]
	%961 = phi float [ 0.0, %entry ], [ %3206, %pv ]
	%962 = phi float [ 0.0, %entry ], [ %3208, %pv ]
	%963 = phi float [ 0.0, %entry ], [ %3209, %pv ]
	%964 = phi float [ 0.0, %entry ], [ %3210, %pv ]
	%965 = phi float [ 0.0, %entry ], [ %3211, %pv ]
	%966 = phi float [ 0.0, %entry ], [ %3230, %pv ]
	%967 = phi float [ 0.0, %entry ], [ %3231, %pv ]
	%968 = phi float [ 0.0, %entry ], [ %3232, %pv ]
	%969 = phi float [ 0.0, %entry ], [ %3233, %pv ]
	%970 = phi float [ 0.0, %entry ], [ %3235, %pv ]
	%971 = phi float [ 0.0, %entry ], [ %3236, %pv ]
	%972 = phi float [ 0.0, %entry ], [ %3237, %pv ]
	%973 = phi float [ 0.0, %entry ], [ %3238, %pv ]
	%974 = phi float [ 0.0, %entry ], [ %3159, %pv ]
	%975 = phi float [ 0.0, %entry ], [ %3160, %pv ]
	%976 = phi float [ 0.0, %entry ], [ %3161, %pv ]
	%977 = phi float [ 0.0, %entry ], [ %3162, %pv ]
	%978 = phi float [ 0.0, %entry ], [ %3164, %pv ]
	%979 = phi float [ 0.0, %entry ], [ %3165, %pv ]
	%980 = phi float [ 0.0, %entry ], [ %3166, %pv ]
	%981 = phi float [ 0.0, %entry ], [ %3167, %pv ]
	%982 = phi float [ 0.0, %entry ], [ %3186, %pv ]
	%983 = phi float [ 0.0, %entry ], [ %3187, %pv ]
	%984 = phi float [ 0.0, %entry ], [ %3188, %pv ]
	%985 = phi float [ 0.0, %entry ], [ %3189, %pv ]
	%986 = phi float [ 0.0, %entry ], [ %3191, %pv ]
	%987 = phi float [ 0.0, %entry ], [ %3192, %pv ]
	%988 = phi float [ 0.0, %entry ], [ %3193, %pv ]
	%989 = phi float [ 0.0, %entry ], [ %3194, %pv ]
	%990 = phi float [ 0.0, %entry ], [ %3213, %pv ]
	%991 = phi float [ 0.0, %entry ], [ %3214, %pv ]
	%992 = phi float [ 0.0, %entry ], [ %3215, %pv ]
	%993 = phi float [ 0.0, %entry ], [ %3216, %pv ]
	%994 = phi float [ 0.0, %entry ], [ %3218, %pv ]
	%995 = phi float [ 0.0, %entry ], [ %3219, %pv ]
	%996 = phi float [ 0.0, %entry ], [ %3220, %pv ]
	%997 = phi float [ 0.0, %entry ], [ %3221, %pv ]
	%998 = phi float [ 0.0, %entry ], [ %3240, %pv ]
	%999 = phi float [ 0.0, %entry ], [ %3241, %pv ]
	%1000 = phi float [ 0.0, %entry ], [ %3242, %pv ]
	%1001 = phi float [ 0.0, %entry ], [ %3243, %pv ]
	%1002 = phi float [ 0.0, %entry ], [ %3245, %pv ]
	%1003 = phi float [ 0.0, %entry ], [ %3246, %pv ]
	%1004 = phi float [ 0.0, %entry ], [ %3247, %pv ]
	%1005 = phi float [ 0.0, %entry ], [ %3248, %pv ]
	%1006 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %937, i32 1, i32 31)
	%1007 = fadd float %937, %1006
	%1008 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1007, i32 2, i32 31)
	%1009 = fadd float %1007, %1008
	%1010 = fcmp ogt float %1009, 0.0
	%1011 = fdiv float 1.0, %1009
	%1012 = select i1 %1010, float %1011, float 0.0
	%1013 = mul i32 %4, 32
	%1014 = add i32 %13, %1013
	%1015 = add i32 %6, 0
	%1016 = add i32 %1014, %1015
	%1017 = fmul float %942, %1012
	%1018 = fmul float %943, %1012
	%1019 = fmul float %946, %1012
	%1020 = fmul float %947, %1012
	%1021 = fmul float %950, %1012
	%1022 = fmul float %951, %1012
	%1023 = fmul float %954, %1012
	%1024 = fmul float %955, %1012
	%1025 = fmul float %958, %1012
	%1026 = fmul float %959, %1012
	%1027 = fmul float %962, %1012
	%1028 = fmul float %963, %1012
	%1029 = fmul float %966, %1012
	%1030 = fmul float %967, %1012
	%1031 = fmul float %970, %1012
	%1032 = fmul float %971, %1012
	%1033 = icmp slt i32 %1016, %M
	br i1 %1033, label %store0, label %stored0

partial:
	%1034 = shl i32 %7, 1
	%1035 = add i32 0, %1034
	%1036 = add i32 %322, %1035
	%1037 = icmp slt i32 %1036, %N
	%1038 = select i1 %1037, i32 %1036, i32 0
	%1039 = sitofp i32 %918 to float
	%1040 = sext i32 %1038 to i64
	%1041 = getelementptr i32, i32* %40, i64 %1040
	%1042 = load i32, i32* %1041
	%1043 = sitofp i32 %1042 to float
	%1044 = fcmp ole float %1043, %1039
	%1045 = uitofp i1 %1044 to float
	%1046 = fcmp une float %1045, 0.0
	%1047 = and i1 %1037, %1046
	%1048 = select i1 %1047, float %818, float 0xFFF0000000000000
	%1049 = shl i32 %7, 1
	%1050 = add i32 1, %1049
	%1051 = add i32 %322, %1050
	%1052 = icmp slt i32 %1051, %N
	%1053 = select i1 %1052, i32 %1051, i32 0
	%1054 = sitofp i32 %918 to float
	%1055 = sext i32 %1053 to i64
	%1056 = getelementptr i32, i32* %40, i64 %1055
	%1057 = load i32, i32* %1056
	%1058 = sitofp i32 %1057 to float
	%1059 = fcmp ole float %1058, %1054
	%1060 = uitofp i1 %1059 to float
	%1061 = fcmp une float %1060, 0.0
	%1062 = and i1 %1052, %1061
	%1063 = select i1 %1062, float %819, float 0xFFF0000000000000
	%1064 = shl i32 %7, 1
	%1065 = add i32 0, %1064
	%1066 = add i32 %322, %1065
	%1067 = icmp slt i32 %1066, %N
	%1068 = select i1 %1067, i32 %1066, i32 0
	%1069 = sitofp i32 %922 to float
	%1070 = sext i32 %1068 to i64
	%1071 = getelementptr i32, i32* %40, i64 %1070
	%1072 = load i32, i32* %1071
	%1073 = sitofp i32 %1072 to float
	%1074 = fcmp ole float %1073, %1069
	%1075 = uitofp i1 %1074 to float
	%1076 = fcmp une float %1075, 0.0
	%1077 = and i1 %1067, %1076
	%1078 = select i1 %1077, float %820, float 0xFFF0000000000000
	%1079 = shl i32 %7, 1
	%1080 = add i32 1, %1079
	%1081 = add i32 %322, %1080
	%1082 = icmp slt i32 %1081, %N
	%1083 = select i1 %1082, i32 %1081, i32 0
	%1084 = sitofp i32 %922 to float
	%1085 = sext i32 %1083 to i64
	%1086 = getelementptr i32, i32* %40, i64 %1085
	%1087 = load i32, i32* %1086
	%1088 = sitofp i32 %1087 to float
	%1089 = fcmp ole float %1088, %1084
	%1090 = uitofp i1 %1089 to float
	%1091 = fcmp une float %1090, 0.0
	%1092 = and i1 %1082, %1091
	%1093 = select i1 %1092, float %821, float 0xFFF0000000000000
	%1094 = shl i32 %7, 1
	%1095 = add i32 8, %1094
	%1096 = add i32 %322, %1095
	%1097 = icmp slt i32 %1096, %N
	%1098 = select i1 %1097, i32 %1096, i32 0
	%1099 = sitofp i32 %918 to float
	%1100 = sext i32 %1098 to i64
	%1101 = getelementptr i32, i32* %40, i64 %1100
	%1102 = load i32, i32* %1101
	%1103 = sitofp i32 %1102 to float
	%1104 = fcmp ole float %1103, %1099
	%1105 = uitofp i1 %1104 to float
	%1106 = fcmp une float %1105, 0.0
	%1107 = and i1 %1097, %1106
	%1108 = select i1 %1107, float %823, float 0xFFF0000000000000
	%1109 = shl i32 %7, 1
	%1110 = add i32 9, %1109
	%1111 = add i32 %322, %1110
	%1112 = icmp slt i32 %1111, %N
	%1113 = select i1 %1112, i32 %1111, i32 0
	%1114 = sitofp i32 %918 to float
	%1115 = sext i32 %1113 to i64
	%1116 = getelementptr i32, i32* %40, i64 %1115
	%1117 = load i32, i32* %1116
	%1118 = sitofp i32 %1117 to float
	%1119 = fcmp ole float %1118, %1114
	%1120 = uitofp i1 %1119 to float
	%1121 = fcmp une float %1120, 0.0
	%1122 = and i1 %1112, %1121
	%1123 = select i1 %1122, float %824, float 0xFFF0000000000000
	%1124 = shl i32 %7, 1
	%1125 = add i32 8, %1124
	%1126 = add i32 %322, %1125
	%1127 = icmp slt i32 %1126, %N
	%1128 = select i1 %1127, i32 %1126, i32 0
	%1129 = sitofp i32 %922 to float
	%1130 = sext i32 %1128 to i64
	%1131 = getelementptr i32, i32* %40, i64 %1130
	%1132 = load i32, i32* %1131
	%1133 = sitofp i32 %1132 to float
	%1134 = fcmp ole float %1133, %1129
	%1135 = uitofp i1 %1134 to float
	%1136 = fcmp une float %1135, 0.0
	%1137 = and i1 %1127, %1136
	%1138 = select i1 %1137, float %825, float 0xFFF0000000000000
	%1139 = shl i32 %7, 1
	%1140 = add i32 9, %1139
	%1141 = add i32 %322, %1140
	%1142 = icmp slt i32 %1141, %N
	%1143 = select i1 %1142, i32 %1141, i32 0
	%1144 = sitofp i32 %922 to float
	%1145 = sext i32 %1143 to i64
	%1146 = getelementptr i32, i32* %40, i64 %1145
	%1147 = load i32, i32* %1146
	%1148 = sitofp i32 %1147 to float
	%1149 = fcmp ole float %1148, %1144
	%1150 = uitofp i1 %1149 to float
	%1151 = fcmp une float %1150, 0.0
	%1152 = and i1 %1142, %1151
	%1153 = select i1 %1152, float %826, float 0xFFF0000000000000
	%1154 = shl i32 %7, 1
	%1155 = add i32 16, %1154
	%1156 = add i32 %322, %1155
	%1157 = icmp slt i32 %1156, %N
	%1158 = select i1 %1157, i32 %1156, i32 0
	%1159 = sitofp i32 %918 to float
	%1160 = sext i32 %1158 to i64
	%1161 = getelementptr i32, i32* %40, i64 %1160
	%1162 = load i32, i32* %1161
	%1163 = sitofp i32 %1162 to float
	%1164 = fcmp ole float %1163, %1159
	%1165 = uitofp i1 %1164 to float
	%1166 = fcmp une float %1165, 0.0
	%1167 = and i1 %1157, %1166
	%1168 = select i1 %1167, float %844, float 0xFFF0000000000000
	%1169 = shl i32 %7, 1
	%1170 = add i32 17, %1169
	%1171 = add i32 %322, %1170
	%1172 = icmp slt i32 %1171, %N
	%1173 = select i1 %1172, i32 %1171, i32 0
	%1174 = sitofp i32 %918 to float
	%1175 = sext i32 %1173 to i64
	%1176 = getelementptr i32, i32* %40, i64 %1175
	%1177 = load i32, i32* %1176
	%1178 = sitofp i32 %1177 to float
	%1179 = fcmp ole float %1178, %1174
	%1180 = uitofp i1 %1179 to float
	%1181 = fcmp une float %1180, 0.0
	%1182 = and i1 %1172, %1181
	%1183 = select i1 %1182, float %845, float 0xFFF0000000000000
	%1184 = shl i32 %7, 1
	%1185 = add i32 16, %1184
	%1186 = add i32 %322, %1185
	%1187 = icmp slt i32 %1186, %N
	%1188 = select i1 %1187, i32 %1186, i32 0
	%1189 = sitofp i32 %922 to float
	%1190 = sext i32 %1188 to i64
	%1191 = getelementptr i32, i32* %40, i64 %1190
	%1192 = load i32, i32* %1191
	%1193 = sitofp i32 %1192 to float
	%1194 = fcmp ole float %1193, %1189
	%1195 = uitofp i1 %1194 to float
	%1196 = fcmp une float %1195, 0.0
	%1197 = and i1 %1187, %1196
	%1198 = select i1 %1197, float %846, float 0xFFF0000000000000
	%1199 = shl i32 %7, 1
	%1200 = add i32 17, %1199
	%1201 = add i32 %322, %1200
	%1202 = icmp slt i32 %1201, %N
	%1203 = select i1 %1202, i32 %1201, i32 0
	%1204 = sitofp i32 %922 to float
	%1205 = sext i32 %1203 to i64
	%1206 = getelementptr i32, i32* %40, i64 %1205
	%1207 = load i32, i32* %1206
	%1208 = sitofp i32 %1207 to float
	%1209 = fcmp ole float %1208, %1204
	%1210 = uitofp i1 %1209 to float
	%1211 = fcmp une float %1210, 0.0
	%1212 = and i1 %1202, %1211
	%1213 = select i1 %1212, float %847, float 0xFFF0000000000000
	%1214 = shl i32 %7, 1
	%1215 = add i32 24, %1214
	%1216 = add i32 %322, %1215
	%1217 = icmp slt i32 %1216, %N
	%1218 = select i1 %1217, i32 %1216, i32 0
	%1219 = sitofp i32 %918 to float
	%1220 = sext i32 %1218 to i64
	%1221 = getelementptr i32, i32* %40, i64 %1220
	%1222 = load i32, i32* %1221
	%1223 = sitofp i32 %1222 to float
	%1224 = fcmp ole float %1223, %1219
	%1225 = uitofp i1 %1224 to float
	%1226 = fcmp une float %1225, 0.0
	%1227 = and i1 %1217, %1226
	%1228 = select i1 %1227, float %849, float 0xFFF0000000000000
	%1229 = shl i32 %7, 1
	%1230 = add i32 25, %1229
	%1231 = add i32 %322, %1230
	%1232 = icmp slt i32 %1231, %N
	%1233 = select i1 %1232, i32 %1231, i32 0
	%1234 = sitofp i32 %918 to float
	%1235 = sext i32 %1233 to i64
	%1236 = getelementptr i32, i32* %40, i64 %1235
	%1237 = load i32, i32* %1236
	%1238 = sitofp i32 %1237 to float
	%1239 = fcmp ole float %1238, %1234
	%1240 = uitofp i1 %1239 to float
	%1241 = fcmp une float %1240, 0.0
	%1242 = and i1 %1232, %1241
	%1243 = select i1 %1242, float %850, float 0xFFF0000000000000
	%1244 = shl i32 %7, 1
	%1245 = add i32 24, %1244
	%1246 = add i32 %322, %1245
	%1247 = icmp slt i32 %1246, %N
	%1248 = select i1 %1247, i32 %1246, i32 0
	%1249 = sitofp i32 %922 to float
	%1250 = sext i32 %1248 to i64
	%1251 = getelementptr i32, i32* %40, i64 %1250
	%1252 = load i32, i32* %1251
	%1253 = sitofp i32 %1252 to float
	%1254 = fcmp ole float %1253, %1249
	%1255 = uitofp i1 %1254 to float
	%1256 = fcmp une float %1255, 0.0
	%1257 = and i1 %1247, %1256
	%1258 = select i1 %1257, float %851, float 0xFFF0000000000000
	%1259 = shl i32 %7, 1
	%1260 = add i32 25, %1259
	%1261 = add i32 %322, %1260
	%1262 = icmp slt i32 %1261, %N
	%1263 = select i1 %1262, i32 %1261, i32 0
	%1264 = sitofp i32 %922 to float
	%1265 = sext i32 %1263 to i64
	%1266 = getelementptr i32, i32* %40, i64 %1265
	%1267 = load i32, i32* %1266
	%1268 = sitofp i32 %1267 to float
	%1269 = fcmp ole float %1268, %1264
	%1270 = uitofp i1 %1269 to float
	%1271 = fcmp une float %1270, 0.0
	%1272 = and i1 %1262, %1271
	%1273 = select i1 %1272, float %852, float 0xFFF0000000000000
	%1274 = shl i32 %7, 1
	%1275 = add i32 32, %1274
	%1276 = add i32 %322, %1275
	%1277 = icmp slt i32 %1276, %N
	%1278 = select i1 %1277, i32 %1276, i32 0
	%1279 = sitofp i32 %918 to float
	%1280 = sext i32 %1278 to i64
	%1281 = getelementptr i32, i32* %40, i64 %1280
	%1282 = load i32, i32* %1281
	%1283 = sitofp i32 %1282 to float
	%1284 = fcmp ole float %1283, %1279
	%1285 = uitofp i1 %1284 to float
	%1286 = fcmp une float %1285, 0.0
	%1287 = and i1 %1277, %1286
	%1288 = select i1 %1287, float %870, float 0xFFF0000000000000
	%1289 = shl i32 %7, 1
	%1290 = add i32 33, %1289
	%1291 = add i32 %322, %1290
	%1292 = icmp slt i32 %1291, %N
	%1293 = select i1 %1292, i32 %1291, i32 0
	%1294 = sitofp i32 %918 to float
	%1295 = sext i32 %1293 to i64
	%1296 = getelementptr i32, i32* %40, i64 %1295
	%1297 = load i32, i32* %1296
	%1298 = sitofp i32 %1297 to float
	%1299 = fcmp ole float %1298, %1294
	%1300 = uitofp i1 %1299 to float
	%1301 = fcmp une float %1300, 0.0
	%1302 = and i1 %1292, %1301
	%1303 = select i1 %1302, float %871, float 0xFFF0000000000000
	%1304 = shl i32 %7, 1
	%1305 = add i32 32, %1304
	%1306 = add i32 %322, %1305
	%1307 = icmp slt i32 %1306, %N
	%1308 = select i1 %1307, i32 %1306, i32 0
	%1309 = sitofp i32 %922 to float
	%1310 = sext i32 %1308 to i64
	%1311 = getelementptr i32, i32* %40, i64 %1310
	%1312 = load i32, i32* %1311
	%1313 = sitofp i32 %1312 to float
	%1314 = fcmp ole float %1313, %1309
	%1315 = uitofp i1 %1314 to float
	%1316 = fcmp une float %1315, 0.0
	%1317 = and i1 %1307, %1316
	%1318 = select i1 %1317, float %872, float 0xFFF0000000000000
	%1319 = shl i32 %7, 1
	%1320 = add i32 33, %1319
	%1321 = add i32 %322, %1320
	%1322 = icmp slt i32 %1321, %N
	%1323 = select i1 %1322, i32 %1321, i32 0
	%1324 = sitofp i32 %922 to float
	%1325 = sext i32 %1323 to i64
	%1326 = getelementptr i32, i32* %40, i64 %1325
	%1327 = load i32, i32* %1326
	%1328 = sitofp i32 %1327 to float
	%1329 = fcmp ole float %1328, %1324
	%1330 = uitofp i1 %1329 to float
	%1331 = fcmp une float %1330, 0.0
	%1332 = and i1 %1322, %1331
	%1333 = select i1 %1332, float %873, float 0xFFF0000000000000
	%1334 = shl i32 %7, 1
	%1335 = add i32 40, %1334
	%1336 = add i32 %322, %1335
	%1337 = icmp slt i32 %1336, %N
	%1338 = select i1 %1337, i32 %1336, i32 0
	%1339 = sitofp i32 %918 to float
	%1340 = sext i32 %1338 to i64
	%1341 = getelementptr i32, i32* %40, i64 %1340
	%1342 = load i32, i32* %1341
	%1343 = sitofp i32 %1342 to float
	%1344 = fcmp ole float %1343, %1339
	%1345 = uitofp i1 %1344 to float
	%1346 = fcmp une float %1345, 0.0
	%1347 = and i1 %1337, %1346
	%1348 = select i1 %1347, float %875, float 0xFFF0000000000000
	%1349 = shl i32 %7, 1
	%1350 = add i32 41, %1349
	%1351 = add i32 %322, %1350
	%1352 = icmp slt i32 %1351, %N
	%1353 = select i1 %1352, i32 %1351, i32 0
	%1354 = sitofp i32 %918 to float
	%1355 = sext i32 %1353 to i64
	%1356 = getelementptr i32, i32* %40, i64 %1355
	%1357 = load i32, i32* %1356
	%1358 = sitofp i32 %1357 to float
	%1359 = fcmp ole float %1358, %1354
	%1360 = uitofp i1 %1359 to float
	%1361 = fcmp une float %1360, 0.0
	%1362 = and i1 %1352, %1361
	%1363 = select i1 %1362, float %876, float 0xFFF0000000000000
	%1364 = shl i32 %7, 1
	%1365 = add i32 40, %1364
	%1366 = add i32 %322, %1365
	%1367 = icmp slt i32 %1366, %N
	%1368 = select i1 %1367, i32 %1366, i32 0
	%1369 = sitofp i32 %922 to float
	%1370 = sext i32 %1368 to i64
	%1371 = getelementptr i32, i32* %40, i64 %1370
	%1372 = load i32, i32* %1371
	%1373 = sitofp i32 %1372 to float
	%1374 = fcmp ole float %1373, %1369
	%1375 = uitofp i1 %1374 to float
	%1376 = fcmp une float %1375, 0.0
	%1377 = and i1 %1367, %1376
	%1378 = select i1 %1377, float %877, float 0xFFF0000000000000
	%1379 = shl i32 %7, 1
	%1380 = add i32 41, %1379
	%1381 = add i32 %322, %1380
	%1382 = icmp slt i32 %1381, %N
	%1383 = select i1 %1382, i32 %1381, i32 0
	%1384 = sitofp i32 %922 to float
	%1385 = sext i32 %1383 to i64
	%1386 = getelementptr i32, i32* %40, i64 %1385
	%1387 = load i32, i32* %1386
	%1388 = sitofp i32 %1387 to float
	%1389 = fcmp ole float %1388, %1384
	%1390 = uitofp i1 %1389 to float
	%1391 = fcmp une float %1390, 0.0
	%1392 = and i1 %1382, %1391
	%1393 = select i1 %1392, float %878, float 0xFFF0000000000000
	%1394 = shl i32 %7, 1
	%1395 = add i32 48, %1394
	%1396 = add i32 %322, %1395
	%1397 = icmp slt i32 %1396, %N
	%1398 = select i1 %1397, i32 %1396, i32 0
	%1399 = sitofp i32 %918 to float
	%1400 = sext i32 %1398 to i64
	%1401 = getelementptr i32, i32* %40, i64 %1400
	%1402 = load i32, i32* %1401
	%1403 = sitofp i32 %1402 to float
	%1404 = fcmp ole float %1403, %1399
	%1405 = uitofp i1 %1404 to float
	%1406 = fcmp une float %1405, 0.0
	%1407 = and i1 %1397, %1406
	%1408 = select i1 %1407, float %896, float 0xFFF0000000000000
	%1409 = shl i32 %7, 1
	%1410 = add i32 49, %1409
	%1411 = add i32 %322, %1410
	%1412 = icmp slt i32 %1411, %N
	%1413 = select i1 %1412, i32 %1411, i32 0
	%1414 = sitofp i32 %918 to float
	%1415 = sext i32 %1413 to i64
	%1416 = getelementptr i32, i32* %40, i64 %1415
	%1417 = load i32, i32* %1416
	%1418 = sitofp i32 %1417 to float
	%1419 = fcmp ole float %1418, %1414
	%1420 = uitofp i1 %1419 to float
	%1421 = fcmp une float %1420, 0.0
	%1422 = and i1 %1412, %1421
	%1423 = select i1 %1422, float %897, float 0xFFF0000000000000
	%1424 = shl i32 %7, 1
	%1425 = add i32 48, %1424
	%1426 = add i32 %322, %1425
	%1427 = icmp slt i32 %1426, %N
	%1428 = select i1 %1427, i32 %1426, i32 0
	%1429 = sitofp i32 %922 to float
	%1430 = sext i32 %1428 to i64
	%1431 = getelementptr i32, i32* %40, i64 %1430
	%1432 = load i32, i32* %1431
	%1433 = sitofp i32 %1432 to float
	%1434 = fcmp ole float %1433, %1429
	%1435 = uitofp i1 %1434 to float
	%1436 = fcmp une float %1435, 0.0
	%1437 = and i1 %1427, %1436
	%1438 = select i1 %1437, float %898, float 0xFFF0000000000000
	%1439 = shl i32 %7, 1
	%1440 = add i32 49, %1439
	%1441 = add i32 %322, %1440
	%1442 = icmp slt i32 %1441, %N
	%1443 = select i1 %1442, i32 %1441, i32 0
	%1444 = sitofp i32 %922 to float
	%1445 = sext i32 %1443 to i64
	%1446 = getelementptr i32, i32* %40, i64 %1445
	%1447 = load i32, i32* %1446
	%1448 = sitofp i32 %1447 to float
	%1449 = fcmp ole float %1448, %1444
	%1450 = uitofp i1 %1449 to float
	%1451 = fcmp une float %1450, 0.0
	%1452 = and i1 %1442, %1451
	%1453 = select i1 %1452, float %899, float 0xFFF0000000000000
	%1454 = shl i32 %7, 1
	%1455 = add i32 56, %1454
	%1456 = add i32 %322, %1455
	%1457 = icmp slt i32 %1456, %N
	%1458 = select i1 %1457, i32 %1456, i32 0
	%1459 = sitofp i32 %918 to float
	%1460 = sext i32 %1458 to i64
	%1461 = getelementptr i32, i32* %40, i64 %1460
	%1462 = load i32, i32* %1461
	%1463 = sitofp i32 %1462 to float
	%1464 = fcmp ole float %1463, %1459
	%1465 = uitofp i1 %1464 to float
	%1466 = fcmp une float %1465, 0.0
	%1467 = and i1 %1457, %1466
	%1468 = select i1 %1467, float %901, float 0xFFF0000000000000
	%1469 = shl i32 %7, 1
	%1470 = add i32 57, %1469
	%1471 = add i32 %322, %1470
	%1472 = icmp slt i32 %1471, %N
	%1473 = select i1 %1472, i32 %1471, i32 0
	%1474 = sitofp i32 %918 to float
	%1475 = sext i32 %1473 to i64
	%1476 = getelementptr i32, i32* %40, i64 %1475
	%1477 = load i32, i32* %1476
	%1478 = sitofp i32 %1477 to float
	%1479 = fcmp ole float %1478, %1474
	%1480 = uitofp i1 %1479 to float
	%1481 = fcmp une float %1480, 0.0
	%1482 = and i1 %1472, %1481
	%1483 = select i1 %1482, float %902, float 0xFFF0000000000000
	%1484 = shl i32 %7, 1
	%1485 = add i32 56, %1484
	%1486 = add i32 %322, %1485
	%1487 = icmp slt i32 %1486, %N
	%1488 = select i1 %1487, i32 %1486, i32 0
	%1489 = sitofp i32 %922 to float
	%1490 = sext i32 %1488 to i64
	%1491 = getelementptr i32, i32* %40, i64 %1490
	%1492 = load i32, i32* %1491
	%1493 = sitofp i32 %1492 to float
	%1494 = fcmp ole float %1493, %1489
	%1495 = uitofp i1 %1494 to float
	%1496 = fcmp une float %1495, 0.0
	%1497 = and i1 %1487, %1496
	%1498 = select i1 %1497, float %903, float 0xFFF0000000000000
	%1499 = shl i32 %7, 1
	%1500 = add i32 57, %1499
	%1501 = add i32 %322, %1500
	%1502 = icmp slt i32 %1501, %N
	%1503 = select i1 %1502, i32 %1501, i32 0
	%1504 = sitofp i32 %922 to float
	%1505 = sext i32 %1503 to i64
	%1506 = getelementptr i32, i32* %40, i64 %1505
	%1507 = load i32, i32* %1506
	%1508 = sitofp i32 %1507 to float
	%1509 = fcmp ole float %1508, %1504
	%1510 = uitofp i1 %1509 to float
	%1511 = fcmp une float %1510, 0.0
	%1512 = and i1 %1502, %1511
	%1513 = select i1 %1512, float %904, float 0xFFF0000000000000
	%1514 = shl i32 %7, 1
	%1515 = add i32 0, %1514
	%1516 = add i32 %322, %1515
	%1517 = icmp slt i32 %1516, %N
	%1518 = select i1 %1517, i32 %1516, i32 0
	%1519 = sitofp i32 %926 to float
	%1520 = sext i32 %1518 to i64
	%1521 = getelementptr i32, i32* %40, i64 %1520
	%1522 = load i32, i32* %1521
	%1523 = sitofp i32 %1522 to float
	%1524 = fcmp ole float %1523, %1519
	%1525 = uitofp i1 %1524 to float
	%1526 = fcmp une float %1525, 0.0
	%1527 = and i1 %1517, %1526
	%1528 = select i1 %1527, float %828, float 0xFFF0000000000000
	%1529 = shl i32 %7, 1
	%1530 = add i32 1, %1529
	%1531 = add i32 %322, %1530
	%1532 = icmp slt i32 %1531, %N
	%1533 = select i1 %1532, i32 %1531, i32 0
	%1534 = sitofp i32 %926 to float
	%1535 = sext i32 %1533 to i64
	%1536 = getelementptr i32, i32* %40, i64 %1535
	%1537 = load i32, i32* %1536
	%1538 = sitofp i32 %1537 to float
	%1539 = fcmp ole float %1538, %1534
	%1540 = uitofp i1 %1539 to float
	%1541 = fcmp une float %1540, 0.0
	%1542 = and i1 %1532, %1541
	%1543 = select i1 %1542, float %829, float 0xFFF0000000000000
	%1544 = shl i32 %7, 1
	%1545 = add i32 0, %1544
	%1546 = add i32 %322, %1545
	%1547 = icmp slt i32 %1546, %N
	%1548 = select i1 %1547, i32 %1546, i32 0
	%1549 = sitofp i32 %930 to float
	%1550 = sext i32 %1548 to i64
	%1551 = getelementptr i32, i32* %40, i64 %1550
	%1552 = load i32, i32* %1551
	%1553 = sitofp i32 %1552 to float
	%1554 = fcmp ole float %1553, %1549
	%1555 = uitofp i1 %1554 to float
	%1556 = fcmp une float %1555, 0.0
	%1557 = and i1 %1547, %1556
	%1558 = select i1 %1557, float %830, float 0xFFF0000000000000
	%1559 = shl i32 %7, 1
	%1560 = add i32 1, %1559
	%1561 = add i32 %322, %1560
	%1562 = icmp slt i32 %1561, %N
	%1563 = select i1 %1562, i32 %1561, i32 0
	%1564 = sitofp i32 %930 to float
	%1565 = sext i32 %1563 to i64
	%1566 = getelementptr i32, i32* %40, i64 %1565
	%1567 = load i32, i32* %1566
	%1568 = sitofp i32 %1567 to float
	%1569 = fcmp ole float %1568, %1564
	%1570 = uitofp i1 %1569 to float
	%1571 = fcmp une float %1570, 0.0
	%1572 = and i1 %1562, %1571
	%1573 = select i1 %1572, float %831, float 0xFFF0000000000000
	%1574 = shl i32 %7, 1
	%1575 = add i32 8, %1574
	%1576 = add i32 %322, %1575
	%1577 = icmp slt i32 %1576, %N
	%1578 = select i1 %1577, i32 %1576, i32 0
	%1579 = sitofp i32 %926 to float
	%1580 = sext i32 %1578 to i64
	%1581 = getelementptr i32, i32* %40, i64 %1580
	%1582 = load i32, i32* %1581
	%1583 = sitofp i32 %1582 to float
	%1584 = fcmp ole float %1583, %1579
	%1585 = uitofp i1 %1584 to float
	%1586 = fcmp une float %1585, 0.0
	%1587 = and i1 %1577, %1586
	%1588 = select i1 %1587, float %833, float 0xFFF0000000000000
	%1589 = shl i32 %7, 1
	%1590 = add i32 9, %1589
	%1591 = add i32 %322, %1590
	%1592 = icmp slt i32 %1591, %N
	%1593 = select i1 %1592, i32 %1591, i32 0
	%1594 = sitofp i32 %926 to float
	%1595 = sext i32 %1593 to i64
	%1596 = getelementptr i32, i32* %40, i64 %1595
	%1597 = load i32, i32* %1596
	%1598 = sitofp i32 %1597 to float
	%1599 = fcmp ole float %1598, %1594
	%1600 = uitofp i1 %1599 to float
	%1601 = fcmp une float %1600, 0.0
	%1602 = and i1 %1592, %1601
	%1603 = select i1 %1602, float %834, float 0xFFF0000000000000
	%1604 = shl i32 %7, 1
	%1605 = add i32 8, %1604
	%1606 = add i32 %322, %1605
	%1607 = icmp slt i32 %1606, %N
	%1608 = select i1 %1607, i32 %1606, i32 0
	%1609 = sitofp i32 %930 to float
	%1610 = sext i32 %1608 to i64
	%1611 = getelementptr i32, i32* %40, i64 %1610
	%1612 = load i32, i32* %1611
	%1613 = sitofp i32 %1612 to float
	%1614 = fcmp ole float %1613, %1609
	%1615 = uitofp i1 %1614 to float
	%1616 = fcmp une float %1615, 0.0
	%1617 = and i1 %1607, %1616
	%1618 = select i1 %1617, float %835, float 0xFFF0000000000000
	%1619 = shl i32 %7, 1
	%1620 = add i32 9, %1619
	%1621 = add i32 %322, %1620
	%1622 = icmp slt i32 %1621, %N
	%1623 = select i1 %1622, i32 %1621, i32 0
	%1624 = sitofp i32 %930 to float
	%1625 = sext i32 %1623 to i64
	%1626 = getelementptr i32, i32* %40, i64 %1625
	%1627 = load i32, i32* %1626
	%1628 = sitofp i32 %1627 to float
	%1629 = fcmp ole float %1628, %1624
	%1630 = uitofp i1 %1629 to float
	%1631 = fcmp une float %1630, 0.0
	%1632 = and i1 %1622, %1631
	%1633 = select i1 %1632, float %836, float 0xFFF0000000000000
	%1634 = shl i32 %7, 1
	%1635 = add i32 16, %1634
	%1636 = add i32 %322, %1635
	%1637 = icmp slt i32 %1636, %N
	%1638 = select i1 %1637, i32 %1636, i32 0
	%1639 = sitofp i32 %926 to float
	%1640 = sext i32 %1638 to i64
	%1641 = getelementptr i32, i32* %40, i64 %1640
	%1642 = load i32, i32* %1641
	%1643 = sitofp i32 %1642 to float
	%1644 = fcmp ole float %1643, %1639
	%1645 = uitofp i1 %1644 to float
	%1646 = fcmp une float %1645, 0.0
	%1647 = and i1 %1637, %1646
	%1648 = select i1 %1647, float %854, float 0xFFF0000000000000
	%1649 = shl i32 %7, 1
	%1650 = add i32 17, %1649
	%1651 = add i32 %322, %1650
	%1652 = icmp slt i32 %1651, %N
	%1653 = select i1 %1652, i32 %1651, i32 0
	%1654 = sitofp i32 %926 to float
	%1655 = sext i32 %1653 to i64
	%1656 = getelementptr i32, i32* %40, i64 %1655
	%1657 = load i32, i32* %1656
	%1658 = sitofp i32 %1657 to float
	%1659 = fcmp ole float %1658, %1654
	%1660 = uitofp i1 %1659 to float
	%1661 = fcmp une float %1660, 0.0
	%1662 = and i1 %1652, %1661
	%1663 = select i1 %1662, float %855, float 0xFFF0000000000000
	%1664 = shl i32 %7, 1
	%1665 = add i32 16, %1664
	%1666 = add i32 %322, %1665
	%1667 = icmp slt i32 %1666, %N
	%1668 = select i1 %1667, i32 %1666, i32 0
	%1669 = sitofp i32 %930 to float
	%1670 = sext i32 %1668 to i64
	%1671 = getelementptr i32, i32* %40, i64 %1670
	%1672 = load i32, i32* %1671
	%1673 = sitofp i32 %1672 to float
	%1674 = fcmp ole float %1673, %1669
	%1675 = uitofp i1 %1674 to float
	%1676 = fcmp une float %1675, 0.0
	%1677 = and i1 %1667, %1676
	%1678 = select i1 %1677, float %856, float 0xFFF0000000000000
	%1679 = shl i32 %7, 1
	%1680 = add i32 17, %1679
	%1681 = add i32 %322, %1680
	%1682 = icmp slt i32 %1681, %N
	%1683 = select i1 %1682, i32 %1681, i32 0
	%1684 = sitofp i32 %930 to float
	%1685 = sext i32 %1683 to i64
	%1686 = getelementptr i32, i32* %40, i64 %1685
	%1687 = load i32, i32* %1686
	%1688 = sitofp i32 %1687 to float
	%1689 = fcmp ole float %1688, %1684
	%1690 = uitofp i1 %1689 to float
	%1691 = fcmp une float %1690, 0.0
	%1692 = and i1 %1682, %1691
	%1693 = select i1 %1692, float %857, float 0xFFF0000000000000
	%1694 = shl i32 %7, 1
	%1695 = add i32 24, %1694
	%1696 = add i32 %322, %1695
	%1697 = icmp slt i32 %1696, %N
	%1698 = select i1 %1697, i32 %1696, i32 0
	%1699 = sitofp i32 %926 to float
	%1700 = sext i32 %1698 to i64
	%1701 = getelementptr i32, i32* %40, i64 %1700
	%1702 = load i32, i32* %1701
	%1703 = sitofp i32 %1702 to float
	%1704 = fcmp ole float %1703, %1699
	%1705 = uitofp i1 %1704 to float
	%1706 = fcmp une float %1705, 0.0
	%1707 = and i1 %1697, %1706
	%1708 = select i1 %1707, float %859, float 0xFFF0000000000000
	%1709 = shl i32 %7, 1
	%1710 = add i32 25, %1709
	%1711 = add i32 %322, %1710
	%1712 = icmp slt i32 %1711, %N
	%1713 = select i1 %1712, i32 %1711, i32 0
	%1714 = sitofp i32 %926 to float
	%1715 = sext i32 %1713 to i64
	%1716 = getelementptr i32, i32* %40, i64 %1715
	%1717 = load i32, i32* %1716
	%1718 = sitofp i32 %1717 to float
	%1719 = fcmp ole float %1718, %1714
	%1720 = uitofp i1 %1719 to float
	%1721 = fcmp une float %1720, 0.0
	%1722 = and i1 %1712, %1721
	%1723 = select i1 %1722, float %860, float 0xFFF0000000000000
	%1724 = shl i32 %7, 1
	%1725 = add i32 24, %1724
	%1726 = add i32 %322, %1725
	%1727 = icmp slt i32 %1726, %N
	%1728 = select i1 %1727, i32 %1726, i32 0
	%1729 = sitofp i32 %930 to float
	%1730 = sext i32 %1728 to i64
	%1731 = getelementptr i32, i32* %40, i64 %1730
	%1732 = load i32, i32* %1731
	%1733 = sitofp i32 %1732 to float
	%1734 = fcmp ole float %1733, %1729
	%1735 = uitofp i1 %1734 to float
	%1736 = fcmp une float %1735, 0.0
	%1737 = and i1 %1727, %1736
	%1738 = select i1 %1737, float %861, float 0xFFF0000000000000
	%1739 = shl i32 %7, 1
	%1740 = add i32 25, %1739
	%1741 = add i32 %322, %1740
	%1742 = icmp slt i32 %1741, %N
	%1743 = select i1 %1742, i32 %1741, i32 0
	%1744 = sitofp i32 %930 to float
	%1745 = sext i32 %1743 to i64
	%1746 = getelementptr i32, i32* %40, i64 %1745
	%1747 = load i32, i32* %1746
	%1748 = sitofp i32 %1747 to float
	%1749 = fcmp ole float %1748, %1744
	%1750 = uitofp i1 %1749 to float
	%1751 = fcmp une float %1750, 0.0
	%1752 = and i1 %1742, %1751
	%1753 = select i1 %1752, float %862, float 0xFFF0000000000000
	%1754 = shl i32 %7, 1
	%1755 = add i32 32, %1754
	%1756 = add i32 %322, %1755
	%1757 = icmp slt i32 %1756, %N
	%1758 = select i1 %1757, i32 %1756, i32 0
	%1759 = sitofp i32 %926 to float
	%1760 = sext i32 %1758 to i64
	%1761 = getelementptr i32, i32* %40, i64 %1760
	%1762 = load i32, i32* %1761
	%1763 = sitofp i32 %1762 to float
	%1764 = fcmp ole float %1763, %1759
	%1765 = uitofp i1 %1764 to float
	%1766 = fcmp une float %1765, 0.0
	%1767 = and i1 %1757, %1766
	%1768 = select i1 %1767, float %880, float 0xFFF0000000000000
	%1769 = shl i32 %7, 1
	%1770 = add i32 33, %1769
	%1771 = add i32 %322, %1770
	%1772 = icmp slt i32 %1771, %N
	%1773 = select i1 %1772, i32 %1771, i32 0
	%1774 = sitofp i32 %926 to float
	%1775 = sext i32 %1773 to i64
	%1776 = getelementptr i32, i32* %40, i64 %1775
	%1777 = load i32, i32* %1776
	%1778 = sitofp i32 %1777 to float
	%1779 = fcmp ole float %1778, %1774
	%1780 = uitofp i1 %1779 to float
	%1781 = fcmp une float %1780, 0.0
	%1782 = and i1 %1772, %1781
	%1783 = select i1 %1782, float %881, float 0xFFF0000000000000
	%1784 = shl i32 %7, 1
	%1785 = add i32 32, %1784
	%1786 = add i32 %322, %1785
	%1787 = icmp slt i32 %1786, %N
	%1788 = select i1 %1787, i32 %1786, i32 0
	%1789 = sitofp i32 %930 to float
	%1790 = sext i32 %1788 to i64
	%1791 = getelementptr i32, i32* %40, i64 %1790
	%1792 = load i32, i32* %1791
	%1793 = sitofp i32 %1792 to float
	%1794 = fcmp ole float %1793, %1789
	%1795 = uitofp i1 %1794 to float
	%1796 = fcmp une float %1795, 0.0
	%1797 = and i1 %1787, %1796
	%1798 = select i1 %1797, float %882, float 0xFFF0000000000000
	%1799 = shl i32 %7, 1
	%1800 = add i32 33, %1799
	%1801 = add i32 %322, %1800
	%1802 = icmp slt i32 %1801, %N
	%1803 = select i1 %1802, i32 %1801, i32 0
	%1804 = sitofp i32 %930 to float
	%1805 = sext i32 %1803 to i64
	%1806 = getelementptr i32, i32* %40, i64 %1805
	%1807 = load i32, i32* %1806
	%1808 = sitofp i32 %1807 to float
	%1809 = fcmp ole float %1808, %1804
	%1810 = uitofp i1 %1809 to float
	%1811 = fcmp une float %1810, 0.0
	%1812 = and i1 %1802, %1811
	%1813 = select i1 %1812, float %883, float 0xFFF0000000000000
	%1814 = shl i32 %7, 1
	%1815 = add i32 40, %1814
	%1816 = add i32 %322, %1815
	%1817 = icmp slt i32 %1816, %N
	%1818 = select i1 %1817, i32 %1816, i32 0
	%1819 = sitofp i32 %926 to float
	%1820 = sext i32 %1818 to i64
	%1821 = getelementptr i32, i32* %40, i64 %1820
	%1822 = load i32, i32* %1821
	%1823 = sitofp i32 %1822 to float
	%1824 = fcmp ole float %1823, %1819
	%1825 = uitofp i1 %1824 to float
	%1826 = fcmp une float %1825, 0.0
	%1827 = and i1 %1817, %1826
	%1828 = select i1 %1827, float %885, float 0xFFF0000000000000
	%1829 = shl i32 %7, 1
	%1830 = add i32 41, %1829
	%1831 = add i32 %322, %1830
	%1832 = icmp slt i32 %1831, %N
	%1833 = select i1 %1832, i32 %1831, i32 0
	%1834 = sitofp i32 %926 to float
	%1835 = sext i32 %1833 to i64
	%1836 = getelementptr i32, i32* %40, i64 %1835
	%1837 = load i32, i32* %1836
	%1838 = sitofp i32 %1837 to float
	%1839 = fcmp ole float %1838, %1834
	%1840 = uitofp i1 %1839 to float
	%1841 = fcmp une float %1840, 0.0
	%1842 = and i1 %1832, %1841
	%1843 = select i1 %1842, float %886, float 0xFFF0000000000000
	%1844 = shl i32 %7, 1
	%1845 = add i32 40, %1844
	%1846 = add i32 %322, %1845
	%1847 = icmp slt i32 %1846, %N
	%1848 = select i1 %1847, i32 %1846, i32 0
	%1849 = sitofp i32 %930 to float
	%1850 = sext i32 %1848 to i64
	%1851 = getelementptr i32, i32* %40, i64 %1850
	%1852 = load i32, i32* %1851
	%1853 = sitofp i32 %1852 to float
	%1854 = fcmp ole float %1853, %1849
	%1855 = uitofp i1 %1854 to float
	%1856 = fcmp une float %1855, 0.0
	%1857 = and i1 %1847, %1856
	%1858 = select i1 %1857, float %887, float 0xFFF0000000000000
	%1859 = shl i32 %7, 1
	%1860 = add i32 41, %1859
	%1861 = add i32 %322, %1860
	%1862 = icmp slt i32 %1861, %N
	%1863 = select i1 %1862, i32 %1861, i32 0
	%1864 = sitofp i32 %930 to float
	%1865 = sext i32 %1863 to i64
	%1866 = getelementptr i32, i32* %40, i64 %1865
	%1867 = load i32, i32* %1866
	%1868 = sitofp i32 %1867 to float
	%1869 = fcmp ole float %1868, %1864
	%1870 = uitofp i1 %1869 to float
	%1871 = fcmp une float %1870, 0.0
	%1872 = and i1 %1862, %1871
	%1873 = select i1 %1872, float %888, float 0xFFF0000000000000
	%1874 = shl i32 %7, 1
	%1875 = add i32 48, %1874
	%1876 = add i32 %322, %1875
	%1877 = icmp slt i32 %1876, %N
	%1878 = select i1 %1877, i32 %1876, i32 0
	%1879 = sitofp i32 %926 to float
	%1880 = sext i32 %1878 to i64
	%1881 = getelementptr i32, i32* %40, i64 %1880
	%1882 = load i32, i32* %1881
	%1883 = sitofp i32 %1882 to float
	%1884 = fcmp ole float %1883, %1879
	%1885 = uitofp i1 %1884 to float
	%1886 = fcmp une float %1885, 0.0
	%1887 = and i1 %1877, %1886
	%1888 = select i1 %1887, float %906, float 0xFFF0000000000000
	%1889 = shl i32 %7, 1
	%1890 = add i32 49, %1889
	%1891 = add i32 %322, %1890
	%1892 = icmp slt i32 %1891, %N
	%1893 = select i1 %1892, i32 %1891, i32 0
	%1894 = sitofp i32 %926 to float
	%1895 = sext i32 %1893 to i64
	%1896 = getelementptr i32, i32* %40, i64 %1895
	%1897 = load i32, i32* %1896
	%1898 = sitofp i32 %1897 to float
	%1899 = fcmp ole float %1898, %1894
	%1900 = uitofp i1 %1899 to float
	%1901 = fcmp une float %1900, 0.0
	%1902 = and i1 %1892, %1901
	%1903 = select i1 %1902, float %907, float 0xFFF0000000000000
	%1904 = shl i32 %7, 1
	%1905 = add i32 48, %1904
	%1906 = add i32 %322, %1905
	%1907 = icmp slt i32 %1906, %N
	%1908 = select i1 %1907, i32 %1906, i32 0
	%1909 = sitofp i32 %930 to float
	%1910 = sext i32 %1908 to i64
	%1911 = getelementptr i32, i32* %40, i64 %1910
	%1912 = load i32, i32* %1911
	%1913 = sitofp i32 %1912 to float
	%1914 = fcmp ole float %1913, %1909
	%1915 = uitofp i1 %1914 to float
	%1916 = fcmp une float %1915, 0.0
	%1917 = and i1 %1907, %1916
	%1918 = select i1 %1917, float %908, float 0xFFF0000000000000
	%1919 = shl i32 %7, 1
	%1920 = add i32 49, %1919
	%1921 = add i32 %322, %1920
	%1922 = icmp slt i32 %1921, %N
	%1923 = select i1 %1922, i32 %1921, i32 0
	%1924 = sitofp i32 %930 to float
	%1925 = sext i32 %1923 to i64
	%1926 = getelementptr i32, i32* %40, i64 %1925
	%1927 = load i32, i32* %1926
	%1928 = sitofp i32 %1927 to float
	%1929 = fcmp ole float %1928, %1924
	%1930 = uitofp i1 %1929 to float
	%1931 = fcmp une float %1930, 0.0
	%1932 = and i1 %1922, %1931
	%1933 = select i1 %1932, float %909, float 0xFFF0000000000000
	%1934 = shl i32 %7, 1
	%1935 = add i32 56, %1934
	%1936 = add i32 %322, %1935
	%1937 = icmp slt i32 %1936, %N
	%1938 = select i1 %1937, i32 %1936, i32 0
	%1939 = sitofp i32 %926 to float
	%1940 = sext i32 %1938 to i64
	%1941 = getelementptr i32, i32* %40, i64 %1940
	%1942 = load i32, i32* %1941
	%1943 = sitofp i32 %1942 to float
	%1944 = fcmp ole float %1943, %1939
	%1945 = uitofp i1 %1944 to float
	%1946 = fcmp une float %1945, 0.0
	%1947 = and i1 %1937, %1946
	%1948 = select i1 %1947, float %911, float 0xFFF0000000000000
	%1949 = shl i32 %7, 1
	%1950 = add i32 57, %1949
	%1951 = add i32 %322, %1950
	%1952 = icmp slt i32 %1951, %N
	%1953 = select i1 %1952, i32 %1951, i32 0
	%1954 = sitofp i32 %926 to float
	%1955 = sext i32 %1953 to i64
	%1956 = getelementptr i32, i32* %40, i64 %1955
	%1957 = load i32, i32* %1956
	%1958 = sitofp i32 %1957 to float
	%1959 = fcmp ole float %1958, %1954
	%1960 = uitofp i1 %1959 to float
	%1961 = fcmp une float %1960, 0.0
	%1962 = and i1 %1952, %1961
	%1963 = select i1 %1962, float %912, float 0xFFF0000000000000
	%1964 = shl i32 %7, 1
	%1965 = add i32 56, %1964
	%1966 = add i32 %322, %1965
	%1967 = icmp slt i32 %1966, %N
	%1968 = select i1 %1967, i32 %1966, i32 0
	%1969 = sitofp i32 %930 to float
	%1970 = sext i32 %1968 to i64
	%1971 = getelementptr i32, i32* %40, i64 %1970
	%1972 = load i32, i32* %1971
	%1973 = sitofp i32 %1972 to float
	%1974 = fcmp ole float %1973, %1969
	%1975 = uitofp i1 %1974 to float
	%1976 = fcmp une float %1975, 0.0
	%1977 = and i1 %1967, %1976
	%1978 = select i1 %1977, float %913, float 0xFFF0000000000000
	%1979 = shl i32 %7, 1
	%1980 = add i32 57, %1979
	%1981 = add i32 %322, %1980
	%1982 = icmp slt i32 %1981, %N
	%1983 = select i1 %1982, i32 %1981, i32 0
	%1984 = sitofp i32 %930 to float
	%1985 = sext i32 %1983 to i64
	%1986 = getelementptr i32, i32* %40, i64 %1985
	%1987 = load i32, i32* %1986
	%1988 = sitofp i32 %1987 to float
	%1989 = fcmp ole float %1988, %1984
	%1990 = uitofp i1 %1989 to float
	%1991 = fcmp une float %1990, 0.0
	%1992 = and i1 %1982, %1991
	%1993 = select i1 %1992, float %914, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1994 = phi float [ %818, %loop ], [ %1048, %partial ]
	%1995 = phi float [ %819, %loop ], [ %1063, %partial ]
	%1996 = phi float [ %820, %loop ], [ %1078, %partial ]
	%1997 = phi float [ %821, %loop ], [ %1093, %partial ]
	%1998 = phi float [ %823, %loop ], [ %1108, %partial ]
	%1999 = phi float [ %824, %loop ], [ %1123, %partial ]
	%2000 = phi float [ %825, %loop ], [ %1138, %partial ]
	%2001 = phi float [ %826, %loop ], [ %1153, %partial ]
	%2002 = phi float [ %844, %loop ], [ %1168, %partial ]
	%2003 = phi float [ %845, %loop ], [ %1183, %partial ]
	%2004 = phi float [ %846, %loop ], [ %1198, %partial ]
	%2005 = phi float [ %847, %loop ], [ %1213, %partial ]
	%2006 = phi float [ %849, %loop ], [ %1228, %partial ]
	%2007 = phi float [ %850, %loop ], [ %1243, %partial ]
	%2008 = phi float [ %851, %loop ], [ %1258, %partial ]
	%2009 = phi float [ %852, %loop ], [ %1273, %partial ]
	%2010 = phi float [ %870, %loop ], [ %1288, %partial ]
	%2011 = phi float [ %871, %loop ], [ %1303, %partial ]
	%2012 = phi float [ %872, %loop ], [ %1318, %partial ]
	%2013 = phi float [ %873, %loop ], [ %1333, %partial ]
	%2014 = phi float [ %875, %loop ], [ %1348, %partial ]
	%2015 = phi float [ %876, %loop ], [ %1363, %partial ]
	%2016 = phi float [ %877, %loop ], [ %1378, %partial ]
	%2017 = phi float [ %878, %loop ], [ %1393, %partial ]
	%2018 = phi float [ %896, %loop ], [ %1408, %partial ]
	%2019 = phi float [ %897, %loop ], [ %1423, %partial ]
	%2020 = phi float [ %898, %loop ], [ %1438, %partial ]
	%2021 = phi float [ %899, %loop ], [ %1453, %partial ]
	%2022 = phi float [ %901, %loop ], [ %1468, %partial ]
	%2023 = phi float [ %902, %loop ], [ %1483, %partial ]
	%2024 = phi float [ %903, %loop ], [ %1498, %partial ]
	%2025 = phi float [ %904, %loop ], [ %1513, %partial ]
	%2026 = phi float [ %828, %loop ], [ %1528, %partial ]
	%2027 = phi float [ %829, %loop ], [ %1543, %partial ]
	%2028 = phi float [ %830, %loop ], [ %1558, %partial ]
	%2029 = phi float [ %831, %loop ], [ %1573, %partial ]
	%2030 = phi float [ %833, %loop ], [ %1588, %partial ]
	%2031 = phi float [ %834, %loop ], [ %1603, %partial ]
	%2032 = phi float [ %835, %loop ], [ %1618, %partial ]
	%2033 = phi float [ %836, %loop ], [ %1633, %partial ]
	%2034 = phi float [ %854, %loop ], [ %1648, %partial ]
	%2035 = phi float [ %855, %loop ], [ %1663, %partial ]
	%2036 = phi float [ %856, %loop ], [ %1678, %partial ]
	%2037 = phi float [ %857, %loop ], [ %1693, %partial ]
	%2038 = phi float [ %859, %loop ], [ %1708, %partial ]
	%2039 = phi float [ %860, %loop ], [ %1723, %partial ]
	%2040 = phi float [ %861, %loop ], [ %1738, %partial ]
	%2041 = phi float [ %862, %loop ], [ %1753, %partial ]
	%2042 = phi float [ %880, %loop ], [ %1768, %partial ]
	%2043 = phi float [ %881, %loop ], [ %1783, %partial ]
	%2044 = phi float [ %882, %loop ], [ %1798, %partial ]
	%2045 = phi float [ %883, %loop ], [ %1813, %partial ]
	%2046 = phi float [ %885, %loop ], [ %1828, %partial ]
	%2047 = phi float [ %886, %loop ], [ %1843, %partial ]
	%2048 = phi float [ %887, %loop ], [ %1858, %partial ]
	%2049 = phi float [ %888, %loop ], [ %1873, %partial ]
	%2050 = phi float [ %906, %loop ], [ %1888, %partial ]
	%2051 = phi float [ %907, %loop ], [ %1903, %partial ]
	%2052 = phi float [ %908, %loop ], [ %1918, %partial ]
	%2053 = phi float [ %909, %loop ], [ %1933, %partial ]
	%2054 = phi float [ %911, %loop ], [ %1948, %partial ]
	%2055 = phi float [ %912, %loop ], [ %1963, %partial ]
	%2056 = phi float [ %913, %loop ], [ %1978, %partial ]
	%2057 = phi float [ %914, %loop ], [ %1993, %partial ]
	%2058 = call float @llvm.nvvm.fmax.f(float %1994, float %1995)
	%2059 = call float @llvm.nvvm.fmax.f(float %1998, float %1999)
	%2060 = call float @llvm.nvvm.fmax.f(float %2002, float %2003)
	%2061 = call float @llvm.nvvm.fmax.f(float %2006, float %2007)
	%2062 = call float @llvm.nvvm.fmax.f(float %2010, float %2011)
	%2063 = call float @llvm.nvvm.fmax.f(float %2014, float %2015)
	%2064 = call float @llvm.nvvm.fmax.f(float %2018, float %2019)
	%2065 = call float @llvm.nvvm.fmax.f(float %2022, float %2023)
	%2066 = call float @llvm.nvvm.fmax.f(float %2058, float %2059)
	%2067 = call float @llvm.nvvm.fmax.f(float %2060, float %2061)
	%2068 = call float @llvm.nvvm.fmax.f(float %2062, float %2063)
	%2069 = call float @llvm.nvvm.fmax.f(float %2064, float %2065)
	%2070 = call float @llvm.nvvm.fmax.f(float %2066, float %2067)
	%2071 = call float @llvm.nvvm.fmax.f(float %2068, float %2069)
	%2072 = call float @llvm.nvvm.fmax.f(float %2070, float %2071)
	%2073 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2072, i32 1, i32 31)
	%2074 = call float @llvm.nvvm.fmax.f(float %2072, float %2073)
	%2075 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2074, i32 2, i32 31)
	%2076 = call float @llvm.nvvm.fmax.f(float %2074, float %2075)
	%2077 = fmul float %2076, 0x3FC7154760000000
	%2078 = call float @llvm.nvvm.fmax.f(float %314, float %2077)
	%2079 = fadd float %314, 8.0
	%2080 = fcmp ogt float %2078, %2079
	%2081 = or i1 false, %2080
	%2082 = call float @llvm.nvvm.fmax.f(float %1996, float %1997)
	%2083 = call float @llvm.nvvm.fmax.f(float %2000, float %2001)
	%2084 = call float @llvm.nvvm.fmax.f(float %2004, float %2005)
	%2085 = call float @llvm.nvvm.fmax.f(float %2008, float %2009)
	%2086 = call float @llvm.nvvm.fmax.f(float %2012, float %2013)
	%2087 = call float @llvm.nvvm.fmax.f(float %2016, float %2017)
	%2088 = call float @llvm.nvvm.fmax.f(float %2020, float %2021)
	%2089 = call float @llvm.nvvm.fmax.f(float %2024, float %2025)
	%2090 = call float @llvm.nvvm.fmax.f(float %2082, float %2083)
	%2091 = call float @llvm.nvvm.fmax.f(float %2084, float %2085)
	%2092 = call float @llvm.nvvm.fmax.f(float %2086, float %2087)
	%2093 = call float @llvm.nvvm.fmax.f(float %2088, float %2089)
	%2094 = call float @llvm.nvvm.fmax.f(float %2090, float %2091)
	%2095 = call float @llvm.nvvm.fmax.f(float %2092, float %2093)
	%2096 = call float @llvm.nvvm.fmax.f(float %2094, float %2095)
	%2097 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2096, i32 1, i32 31)
	%2098 = call float @llvm.nvvm.fmax.f(float %2096, float %2097)
	%2099 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2098, i32 2, i32 31)
	%2100 = call float @llvm.nvvm.fmax.f(float %2098, float %2099)
	%2101 = fmul float %2100, 0x3FC7154760000000
	%2102 = call float @llvm.nvvm.fmax.f(float %316, float %2101)
	%2103 = fadd float %316, 8.0
	%2104 = fcmp ogt float %2102, %2103
	%2105 = or i1 %2081, %2104
	%2106 = call float @llvm.nvvm.fmax.f(float %2026, float %2027)
	%2107 = call float @llvm.nvvm.fmax.f(float %2030, float %2031)
	%2108 = call float @llvm.nvvm.fmax.f(float %2034, float %2035)
	%2109 = call float @llvm.nvvm.fmax.f(float %2038, float %2039)
	%2110 = call float @llvm.nvvm.fmax.f(float %2042, float %2043)
	%2111 = call float @llvm.nvvm.fmax.f(float %2046, float %2047)
	%2112 = call float @llvm.nvvm.fmax.f(float %2050, float %2051)
	%2113 = call float @llvm.nvvm.fmax.f(float %2054, float %2055)
	%2114 = call float @llvm.nvvm.fmax.f(float %2106, float %2107)
	%2115 = call float @llvm.nvvm.fmax.f(float %2108, float %2109)
	%2116 = call float @llvm.nvvm.fmax.f(float %2110, float %2111)
	%2117 = call float @llvm.nvvm.fmax.f(float %2112, float %2113)
	%2118 = call float @llvm.nvvm.fmax.f(float %2114, float %2115)
	%2119 = call float @llvm.nvvm.fmax.f(float %2116, float %2117)
	%2120 = call float @llvm.nvvm.fmax.f(float %2118, float %2119)
	%2121 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2120, i32 1, i32 31)
	%2122 = call float @llvm.nvvm.fmax.f(float %2120, float %2121)
	%2123 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2122, i32 2, i32 31)
	%2124 = call float @llvm.nvvm.fmax.f(float %2122, float %2123)
	%2125 = fmul float %2124, 0x3FC7154760000000
	%2126 = call float @llvm.nvvm.fmax.f(float %318, float %2125)
	%2127 = fadd float %318, 8.0
	%2128 = fcmp ogt float %2126, %2127
	%2129 = or i1 %2105, %2128
	%2130 = call float @llvm.nvvm.fmax.f(float %2028, float %2029)
	%2131 = call float @llvm.nvvm.fmax.f(float %2032, float %2033)
	%2132 = call float @llvm.nvvm.fmax.f(float %2036, float %2037)
	%2133 = call float @llvm.nvvm.fmax.f(float %2040, float %2041)
	%2134 = call float @llvm.nvvm.fmax.f(float %2044, float %2045)
	%2135 = call float @llvm.nvvm.fmax.f(float %2048, float %2049)
	%2136 = call float @llvm.nvvm.fmax.f(float %2052, float %2053)
	%2137 = call float @llvm.nvvm.fmax.f(float %2056, float %2057)
	%2138 = call float @llvm.nvvm.fmax.f(float %2130, float %2131)
	%2139 = call float @llvm.nvvm.fmax.f(float %2132, float %2133)
	%2140 = call float @llvm.nvvm.fmax.f(float %2134, float %2135)
	%2141 = call float @llvm.nvvm.fmax.f(float %2136, float %2137)
	%2142 = call float @llvm.nvvm.fmax.f(float %2138, float %2139)
	%2143 = call float @llvm.nvvm.fmax.f(float %2140, float %2141)
	%2144 = call float @llvm.nvvm.fmax.f(float %2142, float %2143)
	%2145 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2144, i32 1, i32 31)
	%2146 = call float @llvm.nvvm.fmax.f(float %2144, float %2145)
	%2147 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2146, i32 2, i32 31)
	%2148 = call float @llvm.nvvm.fmax.f(float %2146, float %2147)
	%2149 = fmul float %2148, 0x3FC7154760000000
	%2150 = call float @llvm.nvvm.fmax.f(float %320, float %2149)
	%2151 = fadd float %320, 8.0
	%2152 = fcmp ogt float %2150, %2151
	%2153 = or i1 %2129, %2152
	%2154 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2153)
	br i1 %2154, label %2155, label %2240

2155:
	%2156 = fcmp oeq float %2078, 0xFFF0000000000000
	%2157 = select i1 %2156, float 0.0, float %2078
	%2158 = fsub float %314, %2157
	%2159 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2158)
	%2160 = fcmp oeq float %2102, 0xFFF0000000000000
	%2161 = select i1 %2160, float 0.0, float %2102
	%2162 = fsub float %316, %2161
	%2163 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2162)
	%2164 = fcmp oeq float %2126, 0xFFF0000000000000
	%2165 = select i1 %2164, float 0.0, float %2126
	%2166 = fsub float %318, %2165
	%2167 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2166)
	%2168 = fcmp oeq float %2150, 0xFFF0000000000000
	%2169 = select i1 %2168, float 0.0, float %2150
	%2170 = fsub float %320, %2169
	%2171 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2170)
	%2172 = fmul float %250, %2159
	%2173 = fmul float %251, %2159
	%2174 = fmul float %252, %2163
	%2175 = fmul float %253, %2163
	%2176 = fmul float %254, %2159
	%2177 = fmul float %255, %2159
	%2178 = fmul float %256, %2163
	%2179 = fmul float %257, %2163
	%2180 = fmul float %258, %2159
	%2181 = fmul float %259, %2159
	%2182 = fmul float %260, %2163
	%2183 = fmul float %261, %2163
	%2184 = fmul float %262, %2159
	%2185 = fmul float %263, %2159
	%2186 = fmul float %264, %2163
	%2187 = fmul float %265, %2163
	%2188 = fmul float %266, %2159
	%2189 = fmul float %267, %2159
	%2190 = fmul float %268, %2163
	%2191 = fmul float %269, %2163
	%2192 = fmul float %270, %2159
	%2193 = fmul float %271, %2159
	%2194 = fmul float %272, %2163
	%2195 = fmul float %273, %2163
	%2196 = fmul float %274, %2159
	%2197 = fmul float %275, %2159
	%2198 = fmul float %276, %2163
	%2199 = fmul float %277, %2163
	%2200 = fmul float %278, %2159
	%2201 = fmul float %279, %2159
	%2202 = fmul float %280, %2163
	%2203 = fmul float %281, %2163
	%2204 = fmul float %282, %2167
	%2205 = fmul float %283, %2167
	%2206 = fmul float %284, %2171
	%2207 = fmul float %285, %2171
	%2208 = fmul float %286, %2167
	%2209 = fmul float %287, %2167
	%2210 = fmul float %288, %2171
	%2211 = fmul float %289, %2171
	%2212 = fmul float %290, %2167
	%2213 = fmul float %291, %2167
	%2214 = fmul float %292, %2171
	%2215 = fmul float %293, %2171
	%2216 = fmul float %294, %2167
	%2217 = fmul float %295, %2167
	%2218 = fmul float %296, %2171
	%2219 = fmul float %297, %2171
	%2220 = fmul float %298, %2167
	%2221 = fmul float %299, %2167
	%2222 = fmul float %300, %2171
	%2223 = fmul float %301, %2171
	%2224 = fmul float %302, %2167
	%2225 = fmul float %303, %2167
	%2226 = fmul float %304, %2171
	%2227 = fmul float %305, %2171
	%2228 = fmul float %306, %2167
	%2229 = fmul float %307, %2167
	%2230 = fmul float %308, %2171
	%2231 = fmul float %309, %2171
	%2232 = fmul float %310, %2167
	%2233 = fmul float %311, %2167
	%2234 = fmul float %312, %2171
	%2235 = fmul float %313, %2171
	%2236 = fmul float %315, %2159
	%2237 = fmul float %317, %2163
	%2238 = fmul float %319, %2167
	%2239 = fmul float %321, %2171
	br label %2240

2240:
	%2241 = phi float [ %250, %softmax ], [ %2172, %2155 ]
	%2242 = phi float [ %251, %softmax ], [ %2173, %2155 ]
	%2243 = phi float [ %252, %softmax ], [ %2174, %2155 ]
	%2244 = phi float [ %253, %softmax ], [ %2175, %2155 ]
	%2245 = phi float [ %254, %softmax ], [ %2176, %2155 ]
	%2246 = phi float [ %255, %softmax ], [ %2177, %2155 ]
	%2247 = phi float [ %256, %softmax ], [ %2178, %2155 ]
	%2248 = phi float [ %257, %softmax ], [ %2179, %2155 ]
	%2249 = phi float [ %258, %softmax ], [ %2180, %2155 ]
	%2250 = phi float [ %259, %softmax ], [ %2181, %2155 ]
	%2251 = phi float [ %260, %softmax ], [ %2182, %2155 ]
	%2252 = phi float [ %261, %softmax ], [ %2183, %2155 ]
	%2253 = phi float [ %262, %softmax ], [ %2184, %2155 ]
	%2254 = phi float [ %263, %softmax ], [ %2185, %2155 ]
	%2255 = phi float [ %264, %softmax ], [ %2186, %2155 ]
	%2256 = phi float [ %265, %softmax ], [ %2187, %2155 ]
	%2257 = phi float [ %266, %softmax ], [ %2188, %2155 ]
	%2258 = phi float [ %267, %softmax ], [ %2189, %2155 ]
	%2259 = phi float [ %268, %softmax ], [ %2190, %2155 ]
	%2260 = phi float [ %269, %softmax ], [ %2191, %2155 ]
	%2261 = phi float [ %270, %softmax ], [ %2192, %2155 ]
	%2262 = phi float [ %271, %softmax ], [ %2193, %2155 ]
	%2263 = phi float [ %272, %softmax ], [ %2194, %2155 ]
	%2264 = phi float [ %273, %softmax ], [ %2195, %2155 ]
	%2265 = phi float [ %274, %softmax ], [ %2196, %2155 ]
	%2266 = phi float [ %275, %softmax ], [ %2197, %2155 ]
	%2267 = phi float [ %276, %softmax ], [ %2198, %2155 ]
	%2268 = phi float [ %277, %softmax ], [ %2199, %2155 ]
	%2269 = phi float [ %278, %softmax ], [ %2200, %2155 ]
	%2270 = phi float [ %279, %softmax ], [ %2201, %2155 ]
	%2271 = phi float [ %280, %softmax ], [ %2202, %2155 ]
	%2272 = phi float [ %281, %softmax ], [ %2203, %2155 ]
	%2273 = phi float [ %282, %softmax ], [ %2204, %2155 ]
	%2274 = phi float [ %283, %softmax ], [ %2205, %2155 ]
	%2275 = phi float [ %284, %softmax ], [ %2206, %2155 ]
	%2276 = phi float [ %285, %softmax ], [ %2207, %2155 ]
	%2277 = phi float [ %286, %softmax ], [ %2208, %2155 ]
	%2278 = phi float [ %287, %softmax ], [ %2209, %2155 ]
	%2279 = phi float [ %288, %softmax ], [ %2210, %2155 ]
	%2280 = phi float [ %289, %softmax ], [ %2211, %2155 ]
	%2281 = phi float [ %290, %softmax ], [ %2212, %2155 ]
	%2282 = phi float [ %291, %softmax ], [ %2213, %2155 ]
	%2283 = phi float [ %292, %softmax ], [ %2214, %2155 ]
	%2284 = phi float [ %293, %softmax ], [ %2215, %2155 ]
	%2285 = phi float [ %294, %softmax ], [ %2216, %2155 ]
	%2286 = phi float [ %295, %softmax ], [ %2217, %2155 ]
	%2287 = phi float [ %296, %softmax ], [ %2218, %2155 ]
	%2288 = phi float [ %297, %softmax ], [ %2219, %2155 ]
	%2289 = phi float [ %298, %softmax ], [ %2220, %2155 ]
	%2290 = phi float [ %299, %softmax ], [ %2221, %2155 ]
	%2291 = phi float [ %300, %softmax ], [ %2222, %2155 ]
	%2292 = phi float [ %301, %softmax ], [ %2223, %2155 ]
	%2293 = phi float [ %302, %softmax ], [ %2224, %2155 ]
	%2294 = phi float [ %303, %softmax ], [ %2225, %2155 ]
	%2295 = phi float [ %304, %softmax ], [ %2226, %2155 ]
	%2296 = phi float [ %305, %softmax ], [ %2227, %2155 ]
	%2297 = phi float [ %306, %softmax ], [ %2228, %2155 ]
	%2298 = phi float [ %307, %softmax ], [ %2229, %2155 ]
	%2299 = phi float [ %308, %softmax ], [ %2230, %2155 ]
	%2300 = phi float [ %309, %softmax ], [ %2231, %2155 ]
	%2301 = phi float [ %310, %softmax ], [ %2232, %2155 ]
	%2302 = phi float [ %311, %softmax ], [ %2233, %2155 ]
	%2303 = phi float [ %312, %softmax ], [ %2234, %2155 ]
	%2304 = phi float [ %313, %softmax ], [ %2235, %2155 ]
	%2305 = phi float [ %315, %softmax ], [ %2236, %2155 ]
	%2306 = phi float [ %317, %softmax ], [ %2237, %2155 ]
	%2307 = phi float [ %319, %softmax ], [ %2238, %2155 ]
	%2308 = phi float [ %321, %softmax ], [ %2239, %2155 ]
	%2309 = select i1 %2154, float %2078, float %314
	%2310 = fcmp oeq float %2309, 0xFFF0000000000000
	%2311 = select i1 %2310, float 0.0, float %2309
	%2312 = fneg float %2311
	%2313 = call float @llvm.fma.f32(float %1994, float 0x3FC7154760000000, float %2312)
	%2314 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2313)
	%2315 = call float @llvm.fma.f32(float %1995, float 0x3FC7154760000000, float %2312)
	%2316 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2315)
	%2317 = call float @llvm.fma.f32(float %1998, float 0x3FC7154760000000, float %2312)
	%2318 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2317)
	%2319 = call float @llvm.fma.f32(float %1999, float 0x3FC7154760000000, float %2312)
	%2320 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2319)
	%2321 = call float @llvm.fma.f32(float %2002, float 0x3FC7154760000000, float %2312)
	%2322 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2321)
	%2323 = call float @llvm.fma.f32(float %2003, float 0x3FC7154760000000, float %2312)
	%2324 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2323)
	%2325 = call float @llvm.fma.f32(float %2006, float 0x3FC7154760000000, float %2312)
	%2326 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2325)
	%2327 = call float @llvm.fma.f32(float %2007, float 0x3FC7154760000000, float %2312)
	%2328 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2327)
	%2329 = call float @llvm.fma.f32(float %2010, float 0x3FC7154760000000, float %2312)
	%2330 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2329)
	%2331 = call float @llvm.fma.f32(float %2011, float 0x3FC7154760000000, float %2312)
	%2332 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2331)
	%2333 = call float @llvm.fma.f32(float %2014, float 0x3FC7154760000000, float %2312)
	%2334 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2333)
	%2335 = call float @llvm.fma.f32(float %2015, float 0x3FC7154760000000, float %2312)
	%2336 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2335)
	%2337 = call float @llvm.fma.f32(float %2018, float 0x3FC7154760000000, float %2312)
	%2338 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2337)
	%2339 = call float @llvm.fma.f32(float %2019, float 0x3FC7154760000000, float %2312)
	%2340 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2339)
	%2341 = call float @llvm.fma.f32(float %2022, float 0x3FC7154760000000, float %2312)
	%2342 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2341)
	%2343 = call float @llvm.fma.f32(float %2023, float 0x3FC7154760000000, float %2312)
	%2344 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2343)
	%2345 = fadd float %2314, %2316
	%2346 = fadd float %2318, %2320
	%2347 = fadd float %2322, %2324
	%2348 = fadd float %2326, %2328
	%2349 = fadd float %2330, %2332
	%2350 = fadd float %2334, %2336
	%2351 = fadd float %2338, %2340
	%2352 = fadd float %2342, %2344
	%2353 = fadd float %2345, %2346
	%2354 = fadd float %2347, %2348
	%2355 = fadd float %2349, %2350
	%2356 = fadd float %2351, %2352
	%2357 = fadd float %2353, %2354
	%2358 = fadd float %2355, %2356
	%2359 = fadd float %2357, %2358
	%2360 = fadd float %2305, %2359
	%2361 = select i1 %2154, float %2102, float %316
	%2362 = fcmp oeq float %2361, 0xFFF0000000000000
	%2363 = select i1 %2362, float 0.0, float %2361
	%2364 = fneg float %2363
	%2365 = call float @llvm.fma.f32(float %1996, float 0x3FC7154760000000, float %2364)
	%2366 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2365)
	%2367 = call float @llvm.fma.f32(float %1997, float 0x3FC7154760000000, float %2364)
	%2368 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2367)
	%2369 = call float @llvm.fma.f32(float %2000, float 0x3FC7154760000000, float %2364)
	%2370 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2369)
	%2371 = call float @llvm.fma.f32(float %2001, float 0x3FC7154760000000, float %2364)
	%2372 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2371)
	%2373 = call float @llvm.fma.f32(float %2004, float 0x3FC7154760000000, float %2364)
	%2374 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2373)
	%2375 = call float @llvm.fma.f32(float %2005, float 0x3FC7154760000000, float %2364)
	%2376 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2375)
	%2377 = call float @llvm.fma.f32(float %2008, float 0x3FC7154760000000, float %2364)
	%2378 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2377)
	%2379 = call float @llvm.fma.f32(float %2009, float 0x3FC7154760000000, float %2364)
	%2380 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2379)
	%2381 = call float @llvm.fma.f32(float %2012, float 0x3FC7154760000000, float %2364)
	%2382 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2381)
	%2383 = call float @llvm.fma.f32(float %2013, float 0x3FC7154760000000, float %2364)
	%2384 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2383)
	%2385 = call float @llvm.fma.f32(float %2016, float 0x3FC7154760000000, float %2364)
	%2386 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2385)
	%2387 = call float @llvm.fma.f32(float %2017, float 0x3FC7154760000000, float %2364)
	%2388 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2387)
	%2389 = call float @llvm.fma.f32(float %2020, float 0x3FC7154760000000, float %2364)
	%2390 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2389)
	%2391 = call float @llvm.fma.f32(float %2021, float 0x3FC7154760000000, float %2364)
	%2392 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2391)
	%2393 = call float @llvm.fma.f32(float %2024, float 0x3FC7154760000000, float %2364)
	%2394 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2393)
	%2395 = call float @llvm.fma.f32(float %2025, float 0x3FC7154760000000, float %2364)
	%2396 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2395)
	%2397 = fadd float %2366, %2368
	%2398 = fadd float %2370, %2372
	%2399 = fadd float %2374, %2376
	%2400 = fadd float %2378, %2380
	%2401 = fadd float %2382, %2384
	%2402 = fadd float %2386, %2388
	%2403 = fadd float %2390, %2392
	%2404 = fadd float %2394, %2396
	%2405 = fadd float %2397, %2398
	%2406 = fadd float %2399, %2400
	%2407 = fadd float %2401, %2402
	%2408 = fadd float %2403, %2404
	%2409 = fadd float %2405, %2406
	%2410 = fadd float %2407, %2408
	%2411 = fadd float %2409, %2410
	%2412 = fadd float %2306, %2411
	%2413 = select i1 %2154, float %2126, float %318
	%2414 = fcmp oeq float %2413, 0xFFF0000000000000
	%2415 = select i1 %2414, float 0.0, float %2413
	%2416 = fneg float %2415
	%2417 = call float @llvm.fma.f32(float %2026, float 0x3FC7154760000000, float %2416)
	%2418 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2417)
	%2419 = call float @llvm.fma.f32(float %2027, float 0x3FC7154760000000, float %2416)
	%2420 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2419)
	%2421 = call float @llvm.fma.f32(float %2030, float 0x3FC7154760000000, float %2416)
	%2422 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2421)
	%2423 = call float @llvm.fma.f32(float %2031, float 0x3FC7154760000000, float %2416)
	%2424 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2423)
	%2425 = call float @llvm.fma.f32(float %2034, float 0x3FC7154760000000, float %2416)
	%2426 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2425)
	%2427 = call float @llvm.fma.f32(float %2035, float 0x3FC7154760000000, float %2416)
	%2428 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2427)
	%2429 = call float @llvm.fma.f32(float %2038, float 0x3FC7154760000000, float %2416)
	%2430 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2429)
	%2431 = call float @llvm.fma.f32(float %2039, float 0x3FC7154760000000, float %2416)
	%2432 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2431)
	%2433 = call float @llvm.fma.f32(float %2042, float 0x3FC7154760000000, float %2416)
	%2434 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2433)
	%2435 = call float @llvm.fma.f32(float %2043, float 0x3FC7154760000000, float %2416)
	%2436 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2435)
	%2437 = call float @llvm.fma.f32(float %2046, float 0x3FC7154760000000, float %2416)
	%2438 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2437)
	%2439 = call float @llvm.fma.f32(float %2047, float 0x3FC7154760000000, float %2416)
	%2440 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2439)
	%2441 = call float @llvm.fma.f32(float %2050, float 0x3FC7154760000000, float %2416)
	%2442 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2441)
	%2443 = call float @llvm.fma.f32(float %2051, float 0x3FC7154760000000, float %2416)
	%2444 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2443)
	%2445 = call float @llvm.fma.f32(float %2054, float 0x3FC7154760000000, float %2416)
	%2446 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2445)
	%2447 = call float @llvm.fma.f32(float %2055, float 0x3FC7154760000000, float %2416)
	%2448 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2447)
	%2449 = fadd float %2418, %2420
	%2450 = fadd float %2422, %2424
	%2451 = fadd float %2426, %2428
	%2452 = fadd float %2430, %2432
	%2453 = fadd float %2434, %2436
	%2454 = fadd float %2438, %2440
	%2455 = fadd float %2442, %2444
	%2456 = fadd float %2446, %2448
	%2457 = fadd float %2449, %2450
	%2458 = fadd float %2451, %2452
	%2459 = fadd float %2453, %2454
	%2460 = fadd float %2455, %2456
	%2461 = fadd float %2457, %2458
	%2462 = fadd float %2459, %2460
	%2463 = fadd float %2461, %2462
	%2464 = fadd float %2307, %2463
	%2465 = select i1 %2154, float %2150, float %320
	%2466 = fcmp oeq float %2465, 0xFFF0000000000000
	%2467 = select i1 %2466, float 0.0, float %2465
	%2468 = fneg float %2467
	%2469 = call float @llvm.fma.f32(float %2028, float 0x3FC7154760000000, float %2468)
	%2470 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2469)
	%2471 = call float @llvm.fma.f32(float %2029, float 0x3FC7154760000000, float %2468)
	%2472 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2471)
	%2473 = call float @llvm.fma.f32(float %2032, float 0x3FC7154760000000, float %2468)
	%2474 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2473)
	%2475 = call float @llvm.fma.f32(float %2033, float 0x3FC7154760000000, float %2468)
	%2476 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2475)
	%2477 = call float @llvm.fma.f32(float %2036, float 0x3FC7154760000000, float %2468)
	%2478 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2477)
	%2479 = call float @llvm.fma.f32(float %2037, float 0x3FC7154760000000, float %2468)
	%2480 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2479)
	%2481 = call float @llvm.fma.f32(float %2040, float 0x3FC7154760000000, float %2468)
	%2482 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2481)
	%2483 = call float @llvm.fma.f32(float %2041, float 0x3FC7154760000000, float %2468)
	%2484 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2483)
	%2485 = call float @llvm.fma.f32(float %2044, float 0x3FC7154760000000, float %2468)
	%2486 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2485)
	%2487 = call float @llvm.fma.f32(float %2045, float 0x3FC7154760000000, float %2468)
	%2488 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2487)
	%2489 = call float @llvm.fma.f32(float %2048, float 0x3FC7154760000000, float %2468)
	%2490 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2489)
	%2491 = call float @llvm.fma.f32(float %2049, float 0x3FC7154760000000, float %2468)
	%2492 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2491)
	%2493 = call float @llvm.fma.f32(float %2052, float 0x3FC7154760000000, float %2468)
	%2494 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2493)
	%2495 = call float @llvm.fma.f32(float %2053, float 0x3FC7154760000000, float %2468)
	%2496 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2495)
	%2497 = call float @llvm.fma.f32(float %2056, float 0x3FC7154760000000, float %2468)
	%2498 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2497)
	%2499 = call float @llvm.fma.f32(float %2057, float 0x3FC7154760000000, float %2468)
	%2500 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2499)
	%2501 = fadd float %2470, %2472
	%2502 = fadd float %2474, %2476
	%2503 = fadd float %2478, %2480
	%2504 = fadd float %2482, %2484
	%2505 = fadd float %2486, %2488
	%2506 = fadd float %2490, %2492
	%2507 = fadd float %2494, %2496
	%2508 = fadd float %2498, %2500
	%2509 = fadd float %2501, %2502
	%2510 = fadd float %2503, %2504
	%2511 = fadd float %2505, %2506
	%2512 = fadd float %2507, %2508
	%2513 = fadd float %2509, %2510
	%2514 = fadd float %2511, %2512
	%2515 = fadd float %2513, %2514
	%2516 = fadd float %2308, %2515
	%2517 = icmp eq i32 %7, 0
	%2518 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2359, i32 1, i32 31)
	%2519 = fadd float %2359, %2518
	%2520 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2519, i32 2, i32 31)
	%2521 = fadd float %2519, %2520
	%2522 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2360, i32 1, i32 31)
	%2523 = fadd float %2360, %2522
	%2524 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2523, i32 2, i32 31)
	%2525 = fadd float %2523, %2524
	%2526 = fcmp ogt float %2525, 0.0
	%2527 = icmp slt i32 %918, %M
	%2528 = and i1 %2526, %2527
	%2529 = select i1 %2528, float %2525, float 1.0
	%2530 = fdiv float %2521, %2529
	%2531 = call float @llvm.nvvm.fmax.f(float 0.0, float %2530)
	%2532 = select i1 %2528, float %2531, float 0.0
	%2533 = and i1 %2528, %2517
	%2534 = fadd float 0.0, 1.0
	%2535 = select i1 %2533, float %2534, float 0.0
	%2536 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2411, i32 1, i32 31)
	%2537 = fadd float %2411, %2536
	%2538 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2537, i32 2, i32 31)
	%2539 = fadd float %2537, %2538
	%2540 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2412, i32 1, i32 31)
	%2541 = fadd float %2412, %2540
	%2542 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2541, i32 2, i32 31)
	%2543 = fadd float %2541, %2542
	%2544 = fcmp ogt float %2543, 0.0
	%2545 = icmp slt i32 %922, %M
	%2546 = and i1 %2544, %2545
	%2547 = select i1 %2546, float %2543, float 1.0
	%2548 = fdiv float %2539, %2547
	%2549 = call float @llvm.nvvm.fmax.f(float %2532, float %2548)
	%2550 = select i1 %2546, float %2549, float %2532
	%2551 = and i1 %2546, %2517
	%2552 = fadd float %2535, 1.0
	%2553 = select i1 %2551, float %2552, float %2535
	%2554 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2463, i32 1, i32 31)
	%2555 = fadd float %2463, %2554
	%2556 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2555, i32 2, i32 31)
	%2557 = fadd float %2555, %2556
	%2558 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2464, i32 1, i32 31)
	%2559 = fadd float %2464, %2558
	%2560 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2559, i32 2, i32 31)
	%2561 = fadd float %2559, %2560
	%2562 = fcmp ogt float %2561, 0.0
	%2563 = icmp slt i32 %926, %M
	%2564 = and i1 %2562, %2563
	%2565 = select i1 %2564, float %2561, float 1.0
	%2566 = fdiv float %2557, %2565
	%2567 = call float @llvm.nvvm.fmax.f(float %2550, float %2566)
	%2568 = select i1 %2564, float %2567, float %2550
	%2569 = and i1 %2564, %2517
	%2570 = fadd float %2553, 1.0
	%2571 = select i1 %2569, float %2570, float %2553
	%2572 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2515, i32 1, i32 31)
	%2573 = fadd float %2515, %2572
	%2574 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2573, i32 2, i32 31)
	%2575 = fadd float %2573, %2574
	%2576 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2516, i32 1, i32 31)
	%2577 = fadd float %2516, %2576
	%2578 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2577, i32 2, i32 31)
	%2579 = fadd float %2577, %2578
	%2580 = fcmp ogt float %2579, 0.0
	%2581 = icmp slt i32 %930, %M
	%2582 = and i1 %2580, %2581
	%2583 = select i1 %2582, float %2579, float 1.0
	%2584 = fdiv float %2575, %2583
	%2585 = call float @llvm.nvvm.fmax.f(float %2568, float %2584)
	%2586 = select i1 %2582, float %2585, float %2568
	%2587 = and i1 %2582, %2517
	%2588 = fadd float %2571, 1.0
	%2589 = select i1 %2587, float %2588, float %2571
	%2590 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2586, i32 16, i32 31)
	%2591 = call float @llvm.nvvm.fmax.f(float %2586, float %2590)
	%2592 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2589, i32 16, i32 31)
	%2593 = fadd float %2589, %2592
	%2594 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2591, i32 8, i32 31)
	%2595 = call float @llvm.nvvm.fmax.f(float %2591, float %2594)
	%2596 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2593, i32 8, i32 31)
	%2597 = fadd float %2593, %2596
	%2598 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2595, i32 4, i32 31)
	%2599 = call float @llvm.nvvm.fmax.f(float %2595, float %2598)
	%2600 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2597, i32 4, i32 31)
	%2601 = fadd float %2597, %2600
	%2602 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2599, i32 2, i32 31)
	%2603 = call float @llvm.nvvm.fmax.f(float %2599, float %2602)
	%2604 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2601, i32 2, i32 31)
	%2605 = fadd float %2601, %2604
	%2606 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2603, i32 1, i32 31)
	%2607 = call float @llvm.nvvm.fmax.f(float %2603, float %2606)
	%2608 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2605, i32 1, i32 31)
	%2609 = fadd float %2605, %2608
	%2610 = icmp eq i32 %5, 0
	br i1 %2610, label %2611, label %2618

2611:
	%2612 = mul i32 %4, 2
	%2613 = add i32 %2612, 0
	%2614 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2613
	store float %2607, float addrspace(3)* %2614
	%2615 = mul i32 %4, 2
	%2616 = add i32 %2615, 1
	%2617 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2616
	store float %2609, float addrspace(3)* %2617
	br label %2618

2618:
	%2619 = add i32 %248, 1
	%2620 = icmp slt i32 %2619, %NK
	%2621 = select i1 %2620, i32 %2619, i32 0
	%2622 = add i32 %30, %2621
	%2623 = sext i32 %2622 to i64
	%2624 = getelementptr i32, i32* %list, i64 %2623
	%2625 = load i32, i32* %2624
	%2626 = select i1 %2620, i32 %2625, i32 -1
	%2627 = icmp sge i32 %2626, 0
	%2628 = add i32 %NK, %248
	%2629 = add i32 %30, %2628
	%2630 = sext i32 %2629 to i64
	%2631 = getelementptr i32, i32* %list, i64 %2630
	%2632 = load i32, i32* %2631
	%2633 = icmp eq i32 %2632, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%2634 = mul i32 0, 2
	%2635 = add i32 %2634, 0
	%2636 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2635
	%2637 = load float, float addrspace(3)* %2636
	%2638 = call float @llvm.nvvm.fmax.f(float 0.0, float %2637)
	%2639 = mul i32 0, 2
	%2640 = add i32 %2639, 1
	%2641 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2640
	%2642 = load float, float addrspace(3)* %2641
	%2643 = fadd float 0.0, %2642
	%2644 = mul i32 1, 2
	%2645 = add i32 %2644, 0
	%2646 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2645
	%2647 = load float, float addrspace(3)* %2646
	%2648 = call float @llvm.nvvm.fmax.f(float %2638, float %2647)
	%2649 = mul i32 1, 2
	%2650 = add i32 %2649, 1
	%2651 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2650
	%2652 = load float, float addrspace(3)* %2651
	%2653 = fadd float %2643, %2652
	%2654 = fcmp ogt float %2653, 0.0
	%2655 = and i1 %2633, %2654
	%2656 = fcmp olt float %2648, 0x3F50624DE0000000
	%2657 = and i1 %2655, %2656
	%2658 = xor i1 %2657, true
	%2659 = and i1 %2627, %2658
	br i1 %2659, label %prefetch, label %pv

prefetch:
	%2660 = mul i32 %2626, 64
	%2661 = lshr i32 %3, 3
	%2662 = and i32 %3, 7
	%2663 = and i32 %2661, 7
	%2664 = xor i32 %2662, %2663
	%2665 = mul i32 %2661, 8
	%2666 = add i32 %2665, %2664
	%2667 = shl i32 %2666, 4
	%2668 = add i32 %0, %2667
	%2669 = add i32 %2660, %2661
	%2670 = add i32 %2669, 0
	%2671 = icmp slt i32 %2670, %N
	%2672 = select i1 %2671, i32 %2670, i32 0
	%2673 = sext i32 %2672 to i64
	%2674 = getelementptr i32, i32* %40, i64 %2673
	%2675 = load i32, i32* %2674
	%2676 = mul i32 %2675, 64
	%2677 = mul i32 %2662, 8
	%2678 = add i32 %2676, %2677
	%2679 = sext i32 %2678 to i64
	%2680 = getelementptr i16, i16* %21, i64 %2679
	%2681 = add i32 %2668, 0
	%2682 = select i1 %2671, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2681, i16* %2680, i32 %2682)
	%2683 = add i32 %2669, 8
	%2684 = icmp slt i32 %2683, %N
	%2685 = select i1 %2684, i32 %2683, i32 0
	%2686 = sext i32 %2685 to i64
	%2687 = getelementptr i32, i32* %40, i64 %2686
	%2688 = load i32, i32* %2687
	%2689 = mul i32 %2688, 64
	%2690 = mul i32 %2662, 8
	%2691 = add i32 %2689, %2690
	%2692 = sext i32 %2691 to i64
	%2693 = getelementptr i16, i16* %21, i64 %2692
	%2694 = add i32 %2668, 1024
	%2695 = select i1 %2684, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2694, i16* %2693, i32 %2695)
	%2696 = add i32 %2669, 16
	%2697 = icmp slt i32 %2696, %N
	%2698 = select i1 %2697, i32 %2696, i32 0
	%2699 = sext i32 %2698 to i64
	%2700 = getelementptr i32, i32* %40, i64 %2699
	%2701 = load i32, i32* %2700
	%2702 = mul i32 %2701, 64
	%2703 = mul i32 %2662, 8
	%2704 = add i32 %2702, %2703
	%2705 = sext i32 %2704 to i64
	%2706 = getelementptr i16, i16* %21, i64 %2705
	%2707 = add i32 %2668, 2048
	%2708 = select i1 %2697, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2707, i16* %2706, i32 %2708)
	%2709 = add i32 %2669, 24
	%2710 = icmp slt i32 %2709, %N
	%2711 = select i1 %2710, i32 %2709, i32 0
	%2712 = sext i32 %2711 to i64
	%2713 = getelementptr i32, i32* %40, i64 %2712
	%2714 = load i32, i32* %2713
	%2715 = mul i32 %2714, 64
	%2716 = mul i32 %2662, 8
	%2717 = add i32 %2715, %2716
	%2718 = sext i32 %2717 to i64
	%2719 = getelementptr i16, i16* %21, i64 %2718
	%2720 = add i32 %2668, 3072
	%2721 = select i1 %2710, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2720, i16* %2719, i32 %2721)
	%2722 = add i32 %2669, 32
	%2723 = icmp slt i32 %2722, %N
	%2724 = select i1 %2723, i32 %2722, i32 0
	%2725 = sext i32 %2724 to i64
	%2726 = getelementptr i32, i32* %40, i64 %2725
	%2727 = load i32, i32* %2726
	%2728 = mul i32 %2727, 64
	%2729 = mul i32 %2662, 8
	%2730 = add i32 %2728, %2729
	%2731 = sext i32 %2730 to i64
	%2732 = getelementptr i16, i16* %21, i64 %2731
	%2733 = add i32 %2668, u0x1000
	%2734 = select i1 %2723, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2733, i16* %2732, i32 %2734)
	%2735 = add i32 %2669, 40
	%2736 = icmp slt i32 %2735, %N
	%2737 = select i1 %2736, i32 %2735, i32 0
	%2738 = sext i32 %2737 to i64
	%2739 = getelementptr i32, i32* %40, i64 %2738
	%2740 = load i32, i32* %2739
	%2741 = mul i32 %2740, 64
	%2742 = mul i32 %2662, 8
	%2743 = add i32 %2741, %2742
	%2744 = sext i32 %2743 to i64
	%2745 = getelementptr i16, i16* %21, i64 %2744
	%2746 = add i32 %2668, 5120
	%2747 = select i1 %2736, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2746, i16* %2745, i32 %2747)
	%2748 = add i32 %2669, 48
	%2749 = icmp slt i32 %2748, %N
	%2750 = select i1 %2749, i32 %2748, i32 0
	%2751 = sext i32 %2750 to i64
	%2752 = getelementptr i32, i32* %40, i64 %2751
	%2753 = load i32, i32* %2752
	%2754 = mul i32 %2753, 64
	%2755 = mul i32 %2662, 8
	%2756 = add i32 %2754, %2755
	%2757 = sext i32 %2756 to i64
	%2758 = getelementptr i16, i16* %21, i64 %2757
	%2759 = add i32 %2668, 6144
	%2760 = select i1 %2749, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2759, i16* %2758, i32 %2760)
	%2761 = add i32 %2669, 56
	%2762 = icmp slt i32 %2761, %N
	%2763 = select i1 %2762, i32 %2761, i32 0
	%2764 = sext i32 %2763 to i64
	%2765 = getelementptr i32, i32* %40, i64 %2764
	%2766 = load i32, i32* %2765
	%2767 = mul i32 %2766, 64
	%2768 = mul i32 %2662, 8
	%2769 = add i32 %2767, %2768
	%2770 = sext i32 %2769 to i64
	%2771 = getelementptr i16, i16* %21, i64 %2770
	%2772 = add i32 %2668, 7168
	%2773 = select i1 %2762, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2772, i16* %2771, i32 %2773)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%2774 = and i32 %5, 7
	%2775 = lshr i32 %5, 3
	%2776 = and i32 %2775, 1
	%2777 = shl i32 %2776, 3
	%2778 = add i32 %2774, %2777
	%2779 = mul i32 %2778, 128
	%2780 = add i32 %1, %2779
	%2781 = and i32 %5, 7
	%2782 = xor i32 %115, %2781
	%2783 = shl i32 %2782, 4
	%2784 = add i32 %2780, %2783
	%2785 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2316, float %2314)
	%2786 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2368, float %2366)
	%2787 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2320, float %2318)
	%2788 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2372, float %2370)
	%2789 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2420, float %2418)
	%2790 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2472, float %2470)
	%2791 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2424, float %2422)
	%2792 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2476, float %2474)
	%2793 = xor i32 %2784, 0
	%2794 = add i32 %2793, 0
	%2795 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2794)
	%2796 = extractvalue { i32, i32, i32, i32 } %2795, 0
	%2797 = extractvalue { i32, i32, i32, i32 } %2795, 1
	%2798 = extractvalue { i32, i32, i32, i32 } %2795, 2
	%2799 = extractvalue { i32, i32, i32, i32 } %2795, 3
	%2800 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2796, i32 %2797, float %2241, float %2242, float %2243, float %2244)
	%2801 = extractvalue { float, float, float, float } %2800, 0
	%2802 = extractvalue { float, float, float, float } %2800, 1
	%2803 = extractvalue { float, float, float, float } %2800, 2
	%2804 = extractvalue { float, float, float, float } %2800, 3
	%2805 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2798, i32 %2799, float %2245, float %2246, float %2247, float %2248)
	%2806 = extractvalue { float, float, float, float } %2805, 0
	%2807 = extractvalue { float, float, float, float } %2805, 1
	%2808 = extractvalue { float, float, float, float } %2805, 2
	%2809 = extractvalue { float, float, float, float } %2805, 3
	%2810 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2796, i32 %2797, float %2273, float %2274, float %2275, float %2276)
	%2811 = extractvalue { float, float, float, float } %2810, 0
	%2812 = extractvalue { float, float, float, float } %2810, 1
	%2813 = extractvalue { float, float, float, float } %2810, 2
	%2814 = extractvalue { float, float, float, float } %2810, 3
	%2815 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2798, i32 %2799, float %2277, float %2278, float %2279, float %2280)
	%2816 = extractvalue { float, float, float, float } %2815, 0
	%2817 = extractvalue { float, float, float, float } %2815, 1
	%2818 = extractvalue { float, float, float, float } %2815, 2
	%2819 = extractvalue { float, float, float, float } %2815, 3
	%2820 = xor i32 %2784, 32
	%2821 = add i32 %2820, 0
	%2822 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2821)
	%2823 = extractvalue { i32, i32, i32, i32 } %2822, 0
	%2824 = extractvalue { i32, i32, i32, i32 } %2822, 1
	%2825 = extractvalue { i32, i32, i32, i32 } %2822, 2
	%2826 = extractvalue { i32, i32, i32, i32 } %2822, 3
	%2827 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2823, i32 %2824, float %2249, float %2250, float %2251, float %2252)
	%2828 = extractvalue { float, float, float, float } %2827, 0
	%2829 = extractvalue { float, float, float, float } %2827, 1
	%2830 = extractvalue { float, float, float, float } %2827, 2
	%2831 = extractvalue { float, float, float, float } %2827, 3
	%2832 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2825, i32 %2826, float %2253, float %2254, float %2255, float %2256)
	%2833 = extractvalue { float, float, float, float } %2832, 0
	%2834 = extractvalue { float, float, float, float } %2832, 1
	%2835 = extractvalue { float, float, float, float } %2832, 2
	%2836 = extractvalue { float, float, float, float } %2832, 3
	%2837 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2823, i32 %2824, float %2281, float %2282, float %2283, float %2284)
	%2838 = extractvalue { float, float, float, float } %2837, 0
	%2839 = extractvalue { float, float, float, float } %2837, 1
	%2840 = extractvalue { float, float, float, float } %2837, 2
	%2841 = extractvalue { float, float, float, float } %2837, 3
	%2842 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2825, i32 %2826, float %2285, float %2286, float %2287, float %2288)
	%2843 = extractvalue { float, float, float, float } %2842, 0
	%2844 = extractvalue { float, float, float, float } %2842, 1
	%2845 = extractvalue { float, float, float, float } %2842, 2
	%2846 = extractvalue { float, float, float, float } %2842, 3
	%2847 = xor i32 %2784, 64
	%2848 = add i32 %2847, 0
	%2849 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2848)
	%2850 = extractvalue { i32, i32, i32, i32 } %2849, 0
	%2851 = extractvalue { i32, i32, i32, i32 } %2849, 1
	%2852 = extractvalue { i32, i32, i32, i32 } %2849, 2
	%2853 = extractvalue { i32, i32, i32, i32 } %2849, 3
	%2854 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2850, i32 %2851, float %2257, float %2258, float %2259, float %2260)
	%2855 = extractvalue { float, float, float, float } %2854, 0
	%2856 = extractvalue { float, float, float, float } %2854, 1
	%2857 = extractvalue { float, float, float, float } %2854, 2
	%2858 = extractvalue { float, float, float, float } %2854, 3
	%2859 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2852, i32 %2853, float %2261, float %2262, float %2263, float %2264)
	%2860 = extractvalue { float, float, float, float } %2859, 0
	%2861 = extractvalue { float, float, float, float } %2859, 1
	%2862 = extractvalue { float, float, float, float } %2859, 2
	%2863 = extractvalue { float, float, float, float } %2859, 3
	%2864 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2850, i32 %2851, float %2289, float %2290, float %2291, float %2292)
	%2865 = extractvalue { float, float, float, float } %2864, 0
	%2866 = extractvalue { float, float, float, float } %2864, 1
	%2867 = extractvalue { float, float, float, float } %2864, 2
	%2868 = extractvalue { float, float, float, float } %2864, 3
	%2869 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2852, i32 %2853, float %2293, float %2294, float %2295, float %2296)
	%2870 = extractvalue { float, float, float, float } %2869, 0
	%2871 = extractvalue { float, float, float, float } %2869, 1
	%2872 = extractvalue { float, float, float, float } %2869, 2
	%2873 = extractvalue { float, float, float, float } %2869, 3
	%2874 = xor i32 %2784, 96
	%2875 = add i32 %2874, 0
	%2876 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2875)
	%2877 = extractvalue { i32, i32, i32, i32 } %2876, 0
	%2878 = extractvalue { i32, i32, i32, i32 } %2876, 1
	%2879 = extractvalue { i32, i32, i32, i32 } %2876, 2
	%2880 = extractvalue { i32, i32, i32, i32 } %2876, 3
	%2881 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2877, i32 %2878, float %2265, float %2266, float %2267, float %2268)
	%2882 = extractvalue { float, float, float, float } %2881, 0
	%2883 = extractvalue { float, float, float, float } %2881, 1
	%2884 = extractvalue { float, float, float, float } %2881, 2
	%2885 = extractvalue { float, float, float, float } %2881, 3
	%2886 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2879, i32 %2880, float %2269, float %2270, float %2271, float %2272)
	%2887 = extractvalue { float, float, float, float } %2886, 0
	%2888 = extractvalue { float, float, float, float } %2886, 1
	%2889 = extractvalue { float, float, float, float } %2886, 2
	%2890 = extractvalue { float, float, float, float } %2886, 3
	%2891 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2877, i32 %2878, float %2297, float %2298, float %2299, float %2300)
	%2892 = extractvalue { float, float, float, float } %2891, 0
	%2893 = extractvalue { float, float, float, float } %2891, 1
	%2894 = extractvalue { float, float, float, float } %2891, 2
	%2895 = extractvalue { float, float, float, float } %2891, 3
	%2896 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2879, i32 %2880, float %2301, float %2302, float %2303, float %2304)
	%2897 = extractvalue { float, float, float, float } %2896, 0
	%2898 = extractvalue { float, float, float, float } %2896, 1
	%2899 = extractvalue { float, float, float, float } %2896, 2
	%2900 = extractvalue { float, float, float, float } %2896, 3
	%2901 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2324, float %2322)
	%2902 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2376, float %2374)
	%2903 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2328, float %2326)
	%2904 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2380, float %2378)
	%2905 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2428, float %2426)
	%2906 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2480, float %2478)
	%2907 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2432, float %2430)
	%2908 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2484, float %2482)
	%2909 = xor i32 %2784, 0
	%2910 = add i32 %2909, 2048
	%2911 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2910)
	%2912 = extractvalue { i32, i32, i32, i32 } %2911, 0
	%2913 = extractvalue { i32, i32, i32, i32 } %2911, 1
	%2914 = extractvalue { i32, i32, i32, i32 } %2911, 2
	%2915 = extractvalue { i32, i32, i32, i32 } %2911, 3
	%2916 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2901, i32 %2902, i32 %2903, i32 %2904, i32 %2912, i32 %2913, float %2801, float %2802, float %2803, float %2804)
	%2917 = extractvalue { float, float, float, float } %2916, 0
	%2918 = extractvalue { float, float, float, float } %2916, 1
	%2919 = extractvalue { float, float, float, float } %2916, 2
	%2920 = extractvalue { float, float, float, float } %2916, 3
	%2921 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2901, i32 %2902, i32 %2903, i32 %2904, i32 %2914, i32 %2915, float %2806, float %2807, float %2808, float %2809)
	%2922 = extractvalue { float, float, float, float } %2921, 0
	%2923 = extractvalue { float, float, float, float } %2921, 1
	%2924 = extractvalue { float, float, float, float } %2921, 2
	%2925 = extractvalue { float, float, float, float } %2921, 3
	%2926 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2905, i32 %2906, i32 %2907, i32 %2908, i32 %2912, i32 %2913, float %2811, float %2812, float %2813, float %2814)
	%2927 = extractvalue { float, float, float, float } %2926, 0
	%2928 = extractvalue { float, float, float, float } %2926, 1
	%2929 = extractvalue { float, float, float, float } %2926, 2
	%2930 = extractvalue { float, float, float, float } %2926, 3
	%2931 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2905, i32 %2906, i32 %2907, i32 %2908, i32 %2914, i32 %2915, float %2816, float %2817, float %2818, float %2819)
	%2932 = extractvalue { float, float, float, float } %2931, 0
	%2933 = extractvalue { float, float, float, float } %2931, 1
	%2934 = extractvalue { float, float, float, float } %2931, 2
	%2935 = extractvalue { float, float, float, float } %2931, 3
	%2936 = xor i32 %2784, 32
	%2937 = add i32 %2936, 2048
	%2938 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2937)
	%2939 = extractvalue { i32, i32, i32, i32 } %2938, 0
	%2940 = extractvalue { i32, i32, i32, i32 } %2938, 1
	%2941 = extractvalue { i32, i32, i32, i32 } %2938, 2
	%2942 = extractvalue { i32, i32, i32, i32 } %2938, 3
	%2943 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2901, i32 %2902, i32 %2903, i32 %2904, i32 %2939, i32 %2940, float %2828, float %2829, float %2830, float %2831)
	%2944 = extractvalue { float, float, float, float } %2943, 0
	%2945 = extractvalue { float, float, float, float } %2943, 1
	%2946 = extractvalue { float, float, float, float } %2943, 2
	%2947 = extractvalue { float, float, float, float } %2943, 3
	%2948 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2901, i32 %2902, i32 %2903, i32 %2904, i32 %2941, i32 %2942, float %2833, float %2834, float %2835, float %2836)
	%2949 = extractvalue { float, float, float, float } %2948, 0
	%2950 = extractvalue { float, float, float, float } %2948, 1
	%2951 = extractvalue { float, float, float, float } %2948, 2
	%2952 = extractvalue { float, float, float, float } %2948, 3
	%2953 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2905, i32 %2906, i32 %2907, i32 %2908, i32 %2939, i32 %2940, float %2838, float %2839, float %2840, float %2841)
	%2954 = extractvalue { float, float, float, float } %2953, 0
	%2955 = extractvalue { float, float, float, float } %2953, 1
	%2956 = extractvalue { float, float, float, float } %2953, 2
	%2957 = extractvalue { float, float, float, float } %2953, 3
	%2958 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2905, i32 %2906, i32 %2907, i32 %2908, i32 %2941, i32 %2942, float %2843, float %2844, float %2845, float %2846)
	%2959 = extractvalue { float, float, float, float } %2958, 0
	%2960 = extractvalue { float, float, float, float } %2958, 1
	%2961 = extractvalue { float, float, float, float } %2958, 2
	%2962 = extractvalue { float, float, float, float } %2958, 3
	%2963 = xor i32 %2784, 64
	%2964 = add i32 %2963, 2048
	%2965 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2964)
	%2966 = extractvalue { i32, i32, i32, i32 } %2965, 0
	%2967 = extractvalue { i32, i32, i32, i32 } %2965, 1
	%2968 = extractvalue { i32, i32, i32, i32 } %2965, 2
	%2969 = extractvalue { i32, i32, i32, i32 } %2965, 3
	%2970 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2901, i32 %2902, i32 %2903, i32 %2904, i32 %2966, i32 %2967, float %2855, float %2856, float %2857, float %2858)
	%2971 = extractvalue { float, float, float, float } %2970, 0
	%2972 = extractvalue { float, float, float, float } %2970, 1
	%2973 = extractvalue { float, float, float, float } %2970, 2
	%2974 = extractvalue { float, float, float, float } %2970, 3
	%2975 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2901, i32 %2902, i32 %2903, i32 %2904, i32 %2968, i32 %2969, float %2860, float %2861, float %2862, float %2863)
	%2976 = extractvalue { float, float, float, float } %2975, 0
	%2977 = extractvalue { float, float, float, float } %2975, 1
	%2978 = extractvalue { float, float, float, float } %2975, 2
	%2979 = extractvalue { float, float, float, float } %2975, 3
	%2980 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2905, i32 %2906, i32 %2907, i32 %2908, i32 %2966, i32 %2967, float %2865, float %2866, float %2867, float %2868)
	%2981 = extractvalue { float, float, float, float } %2980, 0
	%2982 = extractvalue { float, float, float, float } %2980, 1
	%2983 = extractvalue { float, float, float, float } %2980, 2
	%2984 = extractvalue { float, float, float, float } %2980, 3
	%2985 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2905, i32 %2906, i32 %2907, i32 %2908, i32 %2968, i32 %2969, float %2870, float %2871, float %2872, float %2873)
	%2986 = extractvalue { float, float, float, float } %2985, 0
	%2987 = extractvalue { float, float, float, float } %2985, 1
	%2988 = extractvalue { float, float, float, float } %2985, 2
	%2989 = extractvalue { float, float, float, float } %2985, 3
	%2990 = xor i32 %2784, 96
	%2991 = add i32 %2990, 2048
	%2992 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2991)
	%2993 = extractvalue { i32, i32, i32, i32 } %2992, 0
	%2994 = extractvalue { i32, i32, i32, i32 } %2992, 1
	%2995 = extractvalue { i32, i32, i32, i32 } %2992, 2
	%2996 = extractvalue { i32, i32, i32, i32 } %2992, 3
	%2997 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2901, i32 %2902, i32 %2903, i32 %2904, i32 %2993, i32 %2994, float %2882, float %2883, float %2884, float %2885)
	%2998 = extractvalue { float, float, float, float } %2997, 0
	%2999 = extractvalue { float, float, float, float } %2997, 1
	%3000 = extractvalue { float, float, float, float } %2997, 2
	%3001 = extractvalue { float, float, float, float } %2997, 3
	%3002 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2901, i32 %2902, i32 %2903, i32 %2904, i32 %2995, i32 %2996, float %2887, float %2888, float %2889, float %2890)
	%3003 = extractvalue { float, float, float, float } %3002, 0
	%3004 = extractvalue { float, float, float, float } %3002, 1
	%3005 = extractvalue { float, float, float, float } %3002, 2
	%3006 = extractvalue { float, float, float, float } %3002, 3
	%3007 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2905, i32 %2906, i32 %2907, i32 %2908, i32 %2993, i32 %2994, float %2892, float %2893, float %2894, float %2895)
	%3008 = extractvalue { float, float, float, float } %3007, 0
	%3009 = extractvalue { float, float, float, float } %3007, 1
	%3010 = extractvalue { float, float, float, float } %3007, 2
	%3011 = extractvalue { float, float, float, float } %3007, 3
	%3012 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2905, i32 %2906, i32 %2907, i32 %2908, i32 %2995, i32 %2996, float %2897, float %2898, float %2899, float %2900)
	%3013 = extractvalue { float, float, float, float } %3012, 0
	%3014 = extractvalue { float, float, float, float } %3012, 1
	%3015 = extractvalue { float, float, float, float } %3012, 2
	%3016 = extractvalue { float, float, float, float } %3012, 3
	%3017 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2332, float %2330)
	%3018 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2384, float %2382)
	%3019 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2336, float %2334)
	%3020 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2388, float %2386)
	%3021 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2436, float %2434)
	%3022 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2488, float %2486)
	%3023 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2440, float %2438)
	%3024 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2492, float %2490)
	%3025 = xor i32 %2784, 0
	%3026 = add i32 %3025, u0x1000
	%3027 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3026)
	%3028 = extractvalue { i32, i32, i32, i32 } %3027, 0
	%3029 = extractvalue { i32, i32, i32, i32 } %3027, 1
	%3030 = extractvalue { i32, i32, i32, i32 } %3027, 2
	%3031 = extractvalue { i32, i32, i32, i32 } %3027, 3
	%3032 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3017, i32 %3018, i32 %3019, i32 %3020, i32 %3028, i32 %3029, float %2917, float %2918, float %2919, float %2920)
	%3033 = extractvalue { float, float, float, float } %3032, 0
	%3034 = extractvalue { float, float, float, float } %3032, 1
	%3035 = extractvalue { float, float, float, float } %3032, 2
	%3036 = extractvalue { float, float, float, float } %3032, 3
	%3037 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3017, i32 %3018, i32 %3019, i32 %3020, i32 %3030, i32 %3031, float %2922, float %2923, float %2924, float %2925)
	%3038 = extractvalue { float, float, float, float } %3037, 0
	%3039 = extractvalue { float, float, float, float } %3037, 1
	%3040 = extractvalue { float, float, float, float } %3037, 2
	%3041 = extractvalue { float, float, float, float } %3037, 3
	%3042 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3021, i32 %3022, i32 %3023, i32 %3024, i32 %3028, i32 %3029, float %2927, float %2928, float %2929, float %2930)
	%3043 = extractvalue { float, float, float, float } %3042, 0
	%3044 = extractvalue { float, float, float, float } %3042, 1
	%3045 = extractvalue { float, float, float, float } %3042, 2
	%3046 = extractvalue { float, float, float, float } %3042, 3
	%3047 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3021, i32 %3022, i32 %3023, i32 %3024, i32 %3030, i32 %3031, float %2932, float %2933, float %2934, float %2935)
	%3048 = extractvalue { float, float, float, float } %3047, 0
	%3049 = extractvalue { float, float, float, float } %3047, 1
	%3050 = extractvalue { float, float, float, float } %3047, 2
	%3051 = extractvalue { float, float, float, float } %3047, 3
	%3052 = xor i32 %2784, 32
	%3053 = add i32 %3052, u0x1000
	%3054 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3053)
	%3055 = extractvalue { i32, i32, i32, i32 } %3054, 0
	%3056 = extractvalue { i32, i32, i32, i32 } %3054, 1
	%3057 = extractvalue { i32, i32, i32, i32 } %3054, 2
	%3058 = extractvalue { i32, i32, i32, i32 } %3054, 3
	%3059 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3017, i32 %3018, i32 %3019, i32 %3020, i32 %3055, i32 %3056, float %2944, float %2945, float %2946, float %2947)
	%3060 = extractvalue { float, float, float, float } %3059, 0
	%3061 = extractvalue { float, float, float, float } %3059, 1
	%3062 = extractvalue { float, float, float, float } %3059, 2
	%3063 = extractvalue { float, float, float, float } %3059, 3
	%3064 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3017, i32 %3018, i32 %3019, i32 %3020, i32 %3057, i32 %3058, float %2949, float %2950, float %2951, float %2952)
	%3065 = extractvalue { float, float, float, float } %3064, 0
	%3066 = extractvalue { float, float, float, float } %3064, 1
	%3067 = extractvalue { float, float, float, float } %3064, 2
	%3068 = extractvalue { float, float, float, float } %3064, 3
	%3069 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3021, i32 %3022, i32 %3023, i32 %3024, i32 %3055, i32 %3056, float %2954, float %2955, float %2956, float %2957)
	%3070 = extractvalue { float, float, float, float } %3069, 0
	%3071 = extractvalue { float, float, float, float } %3069, 1
	%3072 = extractvalue { float, float, float, float } %3069, 2
	%3073 = extractvalue { float, float, float, float } %3069, 3
	%3074 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3021, i32 %3022, i32 %3023, i32 %3024, i32 %3057, i32 %3058, float %2959, float %2960, float %2961, float %2962)
	%3075 = extractvalue { float, float, float, float } %3074, 0
	%3076 = extractvalue { float, float, float, float } %3074, 1
	%3077 = extractvalue { float, float, float, float } %3074, 2
	%3078 = extractvalue { float, float, float, float } %3074, 3
	%3079 = xor i32 %2784, 64
	%3080 = add i32 %3079, u0x1000
	%3081 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3080)
	%3082 = extractvalue { i32, i32, i32, i32 } %3081, 0
	%3083 = extractvalue { i32, i32, i32, i32 } %3081, 1
	%3084 = extractvalue { i32, i32, i32, i32 } %3081, 2
	%3085 = extractvalue { i32, i32, i32, i32 } %3081, 3
	%3086 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3017, i32 %3018, i32 %3019, i32 %3020, i32 %3082, i32 %3083, float %2971, float %2972, float %2973, float %2974)
	%3087 = extractvalue { float, float, float, float } %3086, 0
	%3088 = extractvalue { float, float, float, float } %3086, 1
	%3089 = extractvalue { float, float, float, float } %3086, 2
	%3090 = extractvalue { float, float, float, float } %3086, 3
	%3091 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3017, i32 %3018, i32 %3019, i32 %3020, i32 %3084, i32 %3085, float %2976, float %2977, float %2978, float %2979)
	%3092 = extractvalue { float, float, float, float } %3091, 0
	%3093 = extractvalue { float, float, float, float } %3091, 1
	%3094 = extractvalue { float, float, float, float } %3091, 2
	%3095 = extractvalue { float, float, float, float } %3091, 3
	%3096 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3021, i32 %3022, i32 %3023, i32 %3024, i32 %3082, i32 %3083, float %2981, float %2982, float %2983, float %2984)
	%3097 = extractvalue { float, float, float, float } %3096, 0
	%3098 = extractvalue { float, float, float, float } %3096, 1
	%3099 = extractvalue { float, float, float, float } %3096, 2
	%3100 = extractvalue { float, float, float, float } %3096, 3
	%3101 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3021, i32 %3022, i32 %3023, i32 %3024, i32 %3084, i32 %3085, float %2986, float %2987, float %2988, float %2989)
	%3102 = extractvalue { float, float, float, float } %3101, 0
	%3103 = extractvalue { float, float, float, float } %3101, 1
	%3104 = extractvalue { float, float, float, float } %3101, 2
	%3105 = extractvalue { float, float, float, float } %3101, 3
	%3106 = xor i32 %2784, 96
	%3107 = add i32 %3106, u0x1000
	%3108 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3107)
	%3109 = extractvalue { i32, i32, i32, i32 } %3108, 0
	%3110 = extractvalue { i32, i32, i32, i32 } %3108, 1
	%3111 = extractvalue { i32, i32, i32, i32 } %3108, 2
	%3112 = extractvalue { i32, i32, i32, i32 } %3108, 3
	%3113 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3017, i32 %3018, i32 %3019, i32 %3020, i32 %3109, i32 %3110, float %2998, float %2999, float %3000, float %3001)
	%3114 = extractvalue { float, float, float, float } %3113, 0
	%3115 = extractvalue { float, float, float, float } %3113, 1
	%3116 = extractvalue { float, float, float, float } %3113, 2
	%3117 = extractvalue { float, float, float, float } %3113, 3
	%3118 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3017, i32 %3018, i32 %3019, i32 %3020, i32 %3111, i32 %3112, float %3003, float %3004, float %3005, float %3006)
	%3119 = extractvalue { float, float, float, float } %3118, 0
	%3120 = extractvalue { float, float, float, float } %3118, 1
	%3121 = extractvalue { float, float, float, float } %3118, 2
	%3122 = extractvalue { float, float, float, float } %3118, 3
	%3123 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3021, i32 %3022, i32 %3023, i32 %3024, i32 %3109, i32 %3110, float %3008, float %3009, float %3010, float %3011)
	%3124 = extractvalue { float, float, float, float } %3123, 0
	%3125 = extractvalue { float, float, float, float } %3123, 1
	%3126 = extractvalue { float, float, float, float } %3123, 2
	%3127 = extractvalue { float, float, float, float } %3123, 3
	%3128 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3021, i32 %3022, i32 %3023, i32 %3024, i32 %3111, i32 %3112, float %3013, float %3014, float %3015, float %3016)
	%3129 = extractvalue { float, float, float, float } %3128, 0
	%3130 = extractvalue { float, float, float, float } %3128, 1
	%3131 = extractvalue { float, float, float, float } %3128, 2
	%3132 = extractvalue { float, float, float, float } %3128, 3
	%3133 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2340, float %2338)
	%3134 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2392, float %2390)
	%3135 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2344, float %2342)
	%3136 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2396, float %2394)
	%3137 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2444, float %2442)
	%3138 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2496, float %2494)
	%3139 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2448, float %2446)
	%3140 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2500, float %2498)
	%3141 = xor i32 %2784, 0
	%3142 = add i32 %3141, 6144
	%3143 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3142)
	%3144 = extractvalue { i32, i32, i32, i32 } %3143, 0
	%3145 = extractvalue { i32, i32, i32, i32 } %3143, 1
	%3146 = extractvalue { i32, i32, i32, i32 } %3143, 2
	%3147 = extractvalue { i32, i32, i32, i32 } %3143, 3
	%3148 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3133, i32 %3134, i32 %3135, i32 %3136, i32 %3144, i32 %3145, float %3033, float %3034, float %3035, float %3036)
	%3149 = extractvalue { float, float, float, float } %3148, 0
	%3150 = extractvalue { float, float, float, float } %3148, 1
	%3151 = extractvalue { float, float, float, float } %3148, 2
	%3152 = extractvalue { float, float, float, float } %3148, 3
	%3153 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3133, i32 %3134, i32 %3135, i32 %3136, i32 %3146, i32 %3147, float %3038, float %3039, float %3040, float %3041)
	%3154 = extractvalue { float, float, float, float } %3153, 0
	%3155 = extractvalue { float, float, float, float } %3153, 1
	%3156 = extractvalue { float, float, float, float } %3153, 2
	%3157 = extractvalue { float, float, float, float } %3153, 3
	%3158 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3137, i32 %3138, i32 %3139, i32 %3140, i32 %3144, i32 %3145, float %3043, float %3044, float %3045, float %3046)
	%3159 = extractvalue { float, float, float, float } %3158, 0
	%3160 = extractvalue { float, float, float, float } %3158, 1
	%3161 = extractvalue { float, float, float, float } %3158, 2
	%3162 = extractvalue { float, float, float, float } %3158, 3
	%3163 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3137, i32 %3138, i32 %3139, i32 %3140, i32 %3146, i32 %3147, float %3048, float %3049, float %3050, float %3051)
	%3164 = extractvalue { float, float, float, float } %3163, 0
	%3165 = extractvalue { float, float, float, float } %3163, 1
	%3166 = extractvalue { float, float, float, float } %3163, 2
	%3167 = extractvalue { float, float, float, float } %3163, 3
	%3168 = xor i32 %2784, 32
	%3169 = add i32 %3168, 6144
	%3170 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3169)
	%3171 = extractvalue { i32, i32, i32, i32 } %3170, 0
	%3172 = extractvalue { i32, i32, i32, i32 } %3170, 1
	%3173 = extractvalue { i32, i32, i32, i32 } %3170, 2
	%3174 = extractvalue { i32, i32, i32, i32 } %3170, 3
	%3175 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3133, i32 %3134, i32 %3135, i32 %3136, i32 %3171, i32 %3172, float %3060, float %3061, float %3062, float %3063)
	%3176 = extractvalue { float, float, float, float } %3175, 0
	%3177 = extractvalue { float, float, float, float } %3175, 1
	%3178 = extractvalue { float, float, float, float } %3175, 2
	%3179 = extractvalue { float, float, float, float } %3175, 3
	%3180 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3133, i32 %3134, i32 %3135, i32 %3136, i32 %3173, i32 %3174, float %3065, float %3066, float %3067, float %3068)
	%3181 = extractvalue { float, float, float, float } %3180, 0
	%3182 = extractvalue { float, float, float, float } %3180, 1
	%3183 = extractvalue { float, float, float, float } %3180, 2
	%3184 = extractvalue { float, float, float, float } %3180, 3
	%3185 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3137, i32 %3138, i32 %3139, i32 %3140, i32 %3171, i32 %3172, float %3070, float %3071, float %3072, float %3073)
	%3186 = extractvalue { float, float, float, float } %3185, 0
	%3187 = extractvalue { float, float, float, float } %3185, 1
	%3188 = extractvalue { float, float, float, float } %3185, 2
	%3189 = extractvalue { float, float, float, float } %3185, 3
	%3190 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3137, i32 %3138, i32 %3139, i32 %3140, i32 %3173, i32 %3174, float %3075, float %3076, float %3077, float %3078)
	%3191 = extractvalue { float, float, float, float } %3190, 0
	%3192 = extractvalue { float, float, float, float } %3190, 1
	%3193 = extractvalue { float, float, float, float } %3190, 2
	%3194 = extractvalue { float, float, float, float } %3190, 3
	%3195 = xor i32 %2784, 64
	%3196 = add i32 %3195, 6144
	%3197 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3196)
	%3198 = extractvalue { i32, i32, i32, i32 } %3197, 0
	%3199 = extractvalue { i32, i32, i32, i32 } %3197, 1
	%3200 = extractvalue { i32, i32, i32, i32 } %3197, 2
	%3201 = extractvalue { i32, i32, i32, i32 } %3197, 3
	%3202 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3133, i32 %3134, i32 %3135, i32 %3136, i32 %3198, i32 %3199, float %3087, float %3088, float %3089, float %3090)
	%3203 = extractvalue { float, float, float, float } %3202, 0
	%3204 = extractvalue { float, float, float, float } %3202, 1
	%3205 = extractvalue { float, float, float, float } %3202, 2
	%3206 = extractvalue { float, float, float, float } %3202, 3
	%3207 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3133, i32 %3134, i32 %3135, i32 %3136, i32 %3200, i32 %3201, float %3092, float %3093, float %3094, float %3095)
	%3208 = extractvalue { float, float, float, float } %3207, 0
	%3209 = extractvalue { float, float, float, float } %3207, 1
	%3210 = extractvalue { float, float, float, float } %3207, 2
	%3211 = extractvalue { float, float, float, float } %3207, 3
	%3212 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3137, i32 %3138, i32 %3139, i32 %3140, i32 %3198, i32 %3199, float %3097, float %3098, float %3099, float %3100)
	%3213 = extractvalue { float, float, float, float } %3212, 0
	%3214 = extractvalue { float, float, float, float } %3212, 1
	%3215 = extractvalue { float, float, float, float } %3212, 2
	%3216 = extractvalue { float, float, float, float } %3212, 3
	%3217 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3137, i32 %3138, i32 %3139, i32 %3140, i32 %3200, i32 %3201, float %3102, float %3103, float %3104, float %3105)
	%3218 = extractvalue { float, float, float, float } %3217, 0
	%3219 = extractvalue { float, float, float, float } %3217, 1
	%3220 = extractvalue { float, float, float, float } %3217, 2
	%3221 = extractvalue { float, float, float, float } %3217, 3
	%3222 = xor i32 %2784, 96
	%3223 = add i32 %3222, 6144
	%3224 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3223)
	%3225 = extractvalue { i32, i32, i32, i32 } %3224, 0
	%3226 = extractvalue { i32, i32, i32, i32 } %3224, 1
	%3227 = extractvalue { i32, i32, i32, i32 } %3224, 2
	%3228 = extractvalue { i32, i32, i32, i32 } %3224, 3
	%3229 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3133, i32 %3134, i32 %3135, i32 %3136, i32 %3225, i32 %3226, float %3114, float %3115, float %3116, float %3117)
	%3230 = extractvalue { float, float, float, float } %3229, 0
	%3231 = extractvalue { float, float, float, float } %3229, 1
	%3232 = extractvalue { float, float, float, float } %3229, 2
	%3233 = extractvalue { float, float, float, float } %3229, 3
	%3234 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3133, i32 %3134, i32 %3135, i32 %3136, i32 %3227, i32 %3228, float %3119, float %3120, float %3121, float %3122)
	%3235 = extractvalue { float, float, float, float } %3234, 0
	%3236 = extractvalue { float, float, float, float } %3234, 1
	%3237 = extractvalue { float, float, float, float } %3234, 2
	%3238 = extractvalue { float, float, float, float } %3234, 3
	%3239 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3137, i32 %3138, i32 %3139, i32 %3140, i32 %3225, i32 %3226, float %3124, float %3125, float %3126, float %3127)
	%3240 = extractvalue { float, float, float, float } %3239, 0
	%3241 = extractvalue { float, float, float, float } %3239, 1
	%3242 = extractvalue { float, float, float, float } %3239, 2
	%3243 = extractvalue { float, float, float, float } %3239, 3
	%3244 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3137, i32 %3138, i32 %3139, i32 %3140, i32 %3227, i32 %3228, float %3129, float %3130, float %3131, float %3132)
	%3245 = extractvalue { float, float, float, float } %3244, 0
	%3246 = extractvalue { float, float, float, float } %3244, 1
	%3247 = extractvalue { float, float, float, float } %3244, 2
	%3248 = extractvalue { float, float, float, float } %3244, 3
	br i1 %2659, label %loop, label %epilogue

store0:
	%3249 = mul i32 %11, %M
	%3250 = add i32 %3249, %1016
	%3251 = mul i32 %3250, 64
	%3252 = shl i32 %7, 1
	%3253 = add i32 0, %3252
	%3254 = add i32 %3251, %3253
	%3255 = sext i32 %3254 to i64
	%3256 = getelementptr i16, i16* %out, i64 %3255
	%3257 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1018, float %1017)
	%3258 = bitcast i16* %3256 to i32*
	store i32 %3257, i32* %3258
	%3259 = shl i32 %7, 1
	%3260 = add i32 8, %3259
	%3261 = add i32 %3251, %3260
	%3262 = sext i32 %3261 to i64
	%3263 = getelementptr i16, i16* %out, i64 %3262
	%3264 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1020, float %1019)
	%3265 = bitcast i16* %3263 to i32*
	store i32 %3264, i32* %3265
	%3266 = shl i32 %7, 1
	%3267 = add i32 16, %3266
	%3268 = add i32 %3251, %3267
	%3269 = sext i32 %3268 to i64
	%3270 = getelementptr i16, i16* %out, i64 %3269
	%3271 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1022, float %1021)
	%3272 = bitcast i16* %3270 to i32*
	store i32 %3271, i32* %3272
	%3273 = shl i32 %7, 1
	%3274 = add i32 24, %3273
	%3275 = add i32 %3251, %3274
	%3276 = sext i32 %3275 to i64
	%3277 = getelementptr i16, i16* %out, i64 %3276
	%3278 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1024, float %1023)
	%3279 = bitcast i16* %3277 to i32*
	store i32 %3278, i32* %3279
	%3280 = shl i32 %7, 1
	%3281 = add i32 32, %3280
	%3282 = add i32 %3251, %3281
	%3283 = sext i32 %3282 to i64
	%3284 = getelementptr i16, i16* %out, i64 %3283
	%3285 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1026, float %1025)
	%3286 = bitcast i16* %3284 to i32*
	store i32 %3285, i32* %3286
	%3287 = shl i32 %7, 1
	%3288 = add i32 40, %3287
	%3289 = add i32 %3251, %3288
	%3290 = sext i32 %3289 to i64
	%3291 = getelementptr i16, i16* %out, i64 %3290
	%3292 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1028, float %1027)
	%3293 = bitcast i16* %3291 to i32*
	store i32 %3292, i32* %3293
	%3294 = shl i32 %7, 1
	%3295 = add i32 48, %3294
	%3296 = add i32 %3251, %3295
	%3297 = sext i32 %3296 to i64
	%3298 = getelementptr i16, i16* %out, i64 %3297
	%3299 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1030, float %1029)
	%3300 = bitcast i16* %3298 to i32*
	store i32 %3299, i32* %3300
	%3301 = shl i32 %7, 1
	%3302 = add i32 56, %3301
	%3303 = add i32 %3251, %3302
	%3304 = sext i32 %3303 to i64
	%3305 = getelementptr i16, i16* %out, i64 %3304
	%3306 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1032, float %1031)
	%3307 = bitcast i16* %3305 to i32*
	store i32 %3306, i32* %3307
	br label %stored0

stored0:
	%3308 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %938, i32 1, i32 31)
	%3309 = fadd float %938, %3308
	%3310 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3309, i32 2, i32 31)
	%3311 = fadd float %3309, %3310
	%3312 = fcmp ogt float %3311, 0.0
	%3313 = fdiv float 1.0, %3311
	%3314 = select i1 %3312, float %3313, float 0.0
	%3315 = mul i32 %4, 32
	%3316 = add i32 %13, %3315
	%3317 = add i32 %6, 8
	%3318 = add i32 %3316, %3317
	%3319 = fmul float %944, %3314
	%3320 = fmul float %945, %3314
	%3321 = fmul float %948, %3314
	%3322 = fmul float %949, %3314
	%3323 = fmul float %952, %3314
	%3324 = fmul float %953, %3314
	%3325 = fmul float %956, %3314
	%3326 = fmul float %957, %3314
	%3327 = fmul float %960, %3314
	%3328 = fmul float %961, %3314
	%3329 = fmul float %964, %3314
	%3330 = fmul float %965, %3314
	%3331 = fmul float %968, %3314
	%3332 = fmul float %969, %3314
	%3333 = fmul float %972, %3314
	%3334 = fmul float %973, %3314
	%3335 = icmp slt i32 %3318, %M
	br i1 %3335, label %store1, label %stored1

store1:
	%3336 = mul i32 %11, %M
	%3337 = add i32 %3336, %3318
	%3338 = mul i32 %3337, 64
	%3339 = shl i32 %7, 1
	%3340 = add i32 0, %3339
	%3341 = add i32 %3338, %3340
	%3342 = sext i32 %3341 to i64
	%3343 = getelementptr i16, i16* %out, i64 %3342
	%3344 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3320, float %3319)
	%3345 = bitcast i16* %3343 to i32*
	store i32 %3344, i32* %3345
	%3346 = shl i32 %7, 1
	%3347 = add i32 8, %3346
	%3348 = add i32 %3338, %3347
	%3349 = sext i32 %3348 to i64
	%3350 = getelementptr i16, i16* %out, i64 %3349
	%3351 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3322, float %3321)
	%3352 = bitcast i16* %3350 to i32*
	store i32 %3351, i32* %3352
	%3353 = shl i32 %7, 1
	%3354 = add i32 16, %3353
	%3355 = add i32 %3338, %3354
	%3356 = sext i32 %3355 to i64
	%3357 = getelementptr i16, i16* %out, i64 %3356
	%3358 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3324, float %3323)
	%3359 = bitcast i16* %3357 to i32*
	store i32 %3358, i32* %3359
	%3360 = shl i32 %7, 1
	%3361 = add i32 24, %3360
	%3362 = add i32 %3338, %3361
	%3363 = sext i32 %3362 to i64
	%3364 = getelementptr i16, i16* %out, i64 %3363
	%3365 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3326, float %3325)
	%3366 = bitcast i16* %3364 to i32*
	store i32 %3365, i32* %3366
	%3367 = shl i32 %7, 1
	%3368 = add i32 32, %3367
	%3369 = add i32 %3338, %3368
	%3370 = sext i32 %3369 to i64
	%3371 = getelementptr i16, i16* %out, i64 %3370
	%3372 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3328, float %3327)
	%3373 = bitcast i16* %3371 to i32*
	store i32 %3372, i32* %3373
	%3374 = shl i32 %7, 1
	%3375 = add i32 40, %3374
	%3376 = add i32 %3338, %3375
	%3377 = sext i32 %3376 to i64
	%3378 = getelementptr i16, i16* %out, i64 %3377
	%3379 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3330, float %3329)
	%3380 = bitcast i16* %3378 to i32*
	store i32 %3379, i32* %3380
	%3381 = shl i32 %7, 1
	%3382 = add i32 48, %3381
	%3383 = add i32 %3338, %3382
	%3384 = sext i32 %3383 to i64
	%3385 = getelementptr i16, i16* %out, i64 %3384
	%3386 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3332, float %3331)
	%3387 = bitcast i16* %3385 to i32*
	store i32 %3386, i32* %3387
	%3388 = shl i32 %7, 1
	%3389 = add i32 56, %3388
	%3390 = add i32 %3338, %3389
	%3391 = sext i32 %3390 to i64
	%3392 = getelementptr i16, i16* %out, i64 %3391
	%3393 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3334, float %3333)
	%3394 = bitcast i16* %3392 to i32*
	store i32 %3393, i32* %3394
	br label %stored1

stored1:
	%3395 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %939, i32 1, i32 31)
	%3396 = fadd float %939, %3395
	%3397 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3396, i32 2, i32 31)
	%3398 = fadd float %3396, %3397
	%3399 = fcmp ogt float %3398, 0.0
	%3400 = fdiv float 1.0, %3398
	%3401 = select i1 %3399, float %3400, float 0.0
	%3402 = mul i32 %4, 32
	%3403 = add i32 %13, %3402
	%3404 = add i32 %6, 16
	%3405 = add i32 %3403, %3404
	%3406 = fmul float %974, %3401
	%3407 = fmul float %975, %3401
	%3408 = fmul float %978, %3401
	%3409 = fmul float %979, %3401
	%3410 = fmul float %982, %3401
	%3411 = fmul float %983, %3401
	%3412 = fmul float %986, %3401
	%3413 = fmul float %987, %3401
	%3414 = fmul float %990, %3401
	%3415 = fmul float %991, %3401
	%3416 = fmul float %994, %3401
	%3417 = fmul float %995, %3401
	%3418 = fmul float %998, %3401
	%3419 = fmul float %999, %3401
	%3420 = fmul float %1002, %3401
	%3421 = fmul float %1003, %3401
	%3422 = icmp slt i32 %3405, %M
	br i1 %3422, label %store2, label %stored2

store2:
	%3423 = mul i32 %11, %M
	%3424 = add i32 %3423, %3405
	%3425 = mul i32 %3424, 64
	%3426 = shl i32 %7, 1
	%3427 = add i32 0, %3426
	%3428 = add i32 %3425, %3427
	%3429 = sext i32 %3428 to i64
	%3430 = getelementptr i16, i16* %out, i64 %3429
	%3431 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3407, float %3406)
	%3432 = bitcast i16* %3430 to i32*
	store i32 %3431, i32* %3432
	%3433 = shl i32 %7, 1
	%3434 = add i32 8, %3433
	%3435 = add i32 %3425, %3434
	%3436 = sext i32 %3435 to i64
	%3437 = getelementptr i16, i16* %out, i64 %3436
	%3438 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3409, float %3408)
	%3439 = bitcast i16* %3437 to i32*
	store i32 %3438, i32* %3439
	%3440 = shl i32 %7, 1
	%3441 = add i32 16, %3440
	%3442 = add i32 %3425, %3441
	%3443 = sext i32 %3442 to i64
	%3444 = getelementptr i16, i16* %out, i64 %3443
	%3445 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3411, float %3410)
	%3446 = bitcast i16* %3444 to i32*
	store i32 %3445, i32* %3446
	%3447 = shl i32 %7, 1
	%3448 = add i32 24, %3447
	%3449 = add i32 %3425, %3448
	%3450 = sext i32 %3449 to i64
	%3451 = getelementptr i16, i16* %out, i64 %3450
	%3452 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3413, float %3412)
	%3453 = bitcast i16* %3451 to i32*
	store i32 %3452, i32* %3453
	%3454 = shl i32 %7, 1
	%3455 = add i32 32, %3454
	%3456 = add i32 %3425, %3455
	%3457 = sext i32 %3456 to i64
	%3458 = getelementptr i16, i16* %out, i64 %3457
	%3459 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3415, float %3414)
	%3460 = bitcast i16* %3458 to i32*
	store i32 %3459, i32* %3460
	%3461 = shl i32 %7, 1
	%3462 = add i32 40, %3461
	%3463 = add i32 %3425, %3462
	%3464 = sext i32 %3463 to i64
	%3465 = getelementptr i16, i16* %out, i64 %3464
	%3466 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3417, float %3416)
	%3467 = bitcast i16* %3465 to i32*
	store i32 %3466, i32* %3467
	%3468 = shl i32 %7, 1
	%3469 = add i32 48, %3468
	%3470 = add i32 %3425, %3469
	%3471 = sext i32 %3470 to i64
	%3472 = getelementptr i16, i16* %out, i64 %3471
	%3473 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3419, float %3418)
	%3474 = bitcast i16* %3472 to i32*
	store i32 %3473, i32* %3474
	%3475 = shl i32 %7, 1
	%3476 = add i32 56, %3475
	%3477 = add i32 %3425, %3476
	%3478 = sext i32 %3477 to i64
	%3479 = getelementptr i16, i16* %out, i64 %3478
	%3480 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3421, float %3420)
	%3481 = bitcast i16* %3479 to i32*
	store i32 %3480, i32* %3481
	br label %stored2

stored2:
	%3482 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %940, i32 1, i32 31)
	%3483 = fadd float %940, %3482
	%3484 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3483, i32 2, i32 31)
	%3485 = fadd float %3483, %3484
	%3486 = fcmp ogt float %3485, 0.0
	%3487 = fdiv float 1.0, %3485
	%3488 = select i1 %3486, float %3487, float 0.0
	%3489 = mul i32 %4, 32
	%3490 = add i32 %13, %3489
	%3491 = add i32 %6, 24
	%3492 = add i32 %3490, %3491
	%3493 = fmul float %976, %3488
	%3494 = fmul float %977, %3488
	%3495 = fmul float %980, %3488
	%3496 = fmul float %981, %3488
	%3497 = fmul float %984, %3488
	%3498 = fmul float %985, %3488
	%3499 = fmul float %988, %3488
	%3500 = fmul float %989, %3488
	%3501 = fmul float %992, %3488
	%3502 = fmul float %993, %3488
	%3503 = fmul float %996, %3488
	%3504 = fmul float %997, %3488
	%3505 = fmul float %1000, %3488
	%3506 = fmul float %1001, %3488
	%3507 = fmul float %1004, %3488
	%3508 = fmul float %1005, %3488
	%3509 = icmp slt i32 %3492, %M
	br i1 %3509, label %store3, label %stored3

store3:
	%3510 = mul i32 %11, %M
	%3511 = add i32 %3510, %3492
	%3512 = mul i32 %3511, 64
	%3513 = shl i32 %7, 1
	%3514 = add i32 0, %3513
	%3515 = add i32 %3512, %3514
	%3516 = sext i32 %3515 to i64
	%3517 = getelementptr i16, i16* %out, i64 %3516
	%3518 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3494, float %3493)
	%3519 = bitcast i16* %3517 to i32*
	store i32 %3518, i32* %3519
	%3520 = shl i32 %7, 1
	%3521 = add i32 8, %3520
	%3522 = add i32 %3512, %3521
	%3523 = sext i32 %3522 to i64
	%3524 = getelementptr i16, i16* %out, i64 %3523
	%3525 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3496, float %3495)
	%3526 = bitcast i16* %3524 to i32*
	store i32 %3525, i32* %3526
	%3527 = shl i32 %7, 1
	%3528 = add i32 16, %3527
	%3529 = add i32 %3512, %3528
	%3530 = sext i32 %3529 to i64
	%3531 = getelementptr i16, i16* %out, i64 %3530
	%3532 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3498, float %3497)
	%3533 = bitcast i16* %3531 to i32*
	store i32 %3532, i32* %3533
	%3534 = shl i32 %7, 1
	%3535 = add i32 24, %3534
	%3536 = add i32 %3512, %3535
	%3537 = sext i32 %3536 to i64
	%3538 = getelementptr i16, i16* %out, i64 %3537
	%3539 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3500, float %3499)
	%3540 = bitcast i16* %3538 to i32*
	store i32 %3539, i32* %3540
	%3541 = shl i32 %7, 1
	%3542 = add i32 32, %3541
	%3543 = add i32 %3512, %3542
	%3544 = sext i32 %3543 to i64
	%3545 = getelementptr i16, i16* %out, i64 %3544
	%3546 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3502, float %3501)
	%3547 = bitcast i16* %3545 to i32*
	store i32 %3546, i32* %3547
	%3548 = shl i32 %7, 1
	%3549 = add i32 40, %3548
	%3550 = add i32 %3512, %3549
	%3551 = sext i32 %3550 to i64
	%3552 = getelementptr i16, i16* %out, i64 %3551
	%3553 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3504, float %3503)
	%3554 = bitcast i16* %3552 to i32*
	store i32 %3553, i32* %3554
	%3555 = shl i32 %7, 1
	%3556 = add i32 48, %3555
	%3557 = add i32 %3512, %3556
	%3558 = sext i32 %3557 to i64
	%3559 = getelementptr i16, i16* %out, i64 %3558
	%3560 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3506, float %3505)
	%3561 = bitcast i16* %3559 to i32*
	store i32 %3560, i32* %3561
	%3562 = shl i32 %7, 1
	%3563 = add i32 56, %3562
	%3564 = add i32 %3512, %3563
	%3565 = sext i32 %3564 to i64
	%3566 = getelementptr i16, i16* %out, i64 %3565
	%3567 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3508, float %3507)
	%3568 = bitcast i16* %3566 to i32*
	store i32 %3567, i32* %3568
	br label %stored3

stored3:
	%3569 = icmp eq i32 %3, 0
	br i1 %3569, label %3570, label %3575

3570:
	%3571 = mul i32 %11, %NQ
	%3572 = add i32 %3571, %10
	%3573 = sext i32 %3572 to i64
	%3574 = getelementptr i32, i32* %visits, i64 %3573
	store i32 %941, i32* %3574
	br label %3575

3575:
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
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"maxntidx", i32 64}
