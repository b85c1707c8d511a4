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
	%248 = phi i32 [ 0, %prologue ], [ %436, %2747 ]
	%249 = phi i32 [ %44, %prologue ], [ %443, %2747 ]
	%250 = phi float [ 0.0, %prologue ], [ %3149, %2747 ]
	%251 = phi float [ 0.0, %prologue ], [ %3150, %2747 ]
	%252 = phi float [ 0.0, %prologue ], [ %3151, %2747 ]
	%253 = phi float [ 0.0, %prologue ], [ %3152, %2747 ]
	%254 = phi float [ 0.0, %prologue ], [ %3154, %2747 ]
	%255 = phi float [ 0.0, %prologue ], [ %3155, %2747 ]
	%256 = phi float [ 0.0, %prologue ], [ %3156, %2747 ]
	%257 = phi float [ 0.0, %prologue ], [ %3157, %2747 ]
	%258 = phi float [ 0.0, %prologue ], [ %3176, %2747 ]
	%259 = phi float [ 0.0, %prologue ], [ %3177, %2747 ]
	%260 = phi float [ 0.0, %prologue ], [ %3178, %2747 ]
	%261 = phi float [ 0.0, %prologue ], [ %3179, %2747 ]
	%262 = phi float [ 0.0, %prologue ], [ %3181, %2747 ]
	%263 = phi float [ 0.0, %prologue ], [ %3182, %2747 ]
	%264 = phi float [ 0.0, %prologue ], [ %3183, %2747 ]
	%265 = phi float [ 0.0, %prologue ], [ %3184, %2747 ]
	%266 = phi float [ 0.0, %prologue ], [ %3203, %2747 ]
	%267 = phi float [ 0.0, %prologue ], [ %3204, %2747 ]
	%268 = phi float [ 0.0, %prologue ], [ %3205, %2747 ]
	%269 = phi float [ 0.0, %prologue ], [ %3206, %2747 ]
	%270 = phi float [ 0.0, %prologue ], [ %3208, %2747 ]
	%271 = phi float [ 0.0, %prologue ], [ %3209, %2747 ]
	%272 = phi float [ 0.0, %prologue ], [ %3210, %2747 ]
	%273 = phi float [ 0.0, %prologue ], [ %3211, %2747 ]
	%274 = phi float [ 0.0, %prologue ], [ %3230, %2747 ]
	%275 = phi float [ 0.0, %prologue ], [ %3231, %2747 ]
	%276 = phi float [ 0.0, %prologue ], [ %3232, %2747 ]
	%277 = phi float [ 0.0, %prologue ], [ %3233, %2747 ]
	%278 = phi float [ 0.0, %prologue ], [ %3235, %2747 ]
	%279 = phi float [ 0.0, %prologue ], [ %3236, %2747 ]
	%280 = phi float [ 0.0, %prologue ], [ %3237, %2747 ]
	%281 = phi float [ 0.0, %prologue ], [ %3238, %2747 ]
	%282 = phi float [ 0.0, %prologue ], [ %3159, %2747 ]
	%283 = phi float [ 0.0, %prologue ], [ %3160, %2747 ]
	%284 = phi float [ 0.0, %prologue ], [ %3161, %2747 ]
	%285 = phi float [ 0.0, %prologue ], [ %3162, %2747 ]
	%286 = phi float [ 0.0, %prologue ], [ %3164, %2747 ]
	%287 = phi float [ 0.0, %prologue ], [ %3165, %2747 ]
	%288 = phi float [ 0.0, %prologue ], [ %3166, %2747 ]
	%289 = phi float [ 0.0, %prologue ], [ %3167, %2747 ]
	%290 = phi float [ 0.0, %prologue ], [ %3186, %2747 ]
	%291 = phi float [ 0.0, %prologue ], [ %3187, %2747 ]
	%292 = phi float [ 0.0, %prologue ], [ %3188, %2747 ]
	%293 = phi float [ 0.0, %prologue ], [ %3189, %2747 ]
	%294 = phi float [ 0.0, %prologue ], [ %3191, %2747 ]
	%295 = phi float [ 0.0, %prologue ], [ %3192, %2747 ]
	%296 = phi float [ 0.0, %prologue ], [ %3193, %2747 ]
	%297 = phi float [ 0.0, %prologue ], [ %3194, %2747 ]
	%298 = phi float [ 0.0, %prologue ], [ %3213, %2747 ]
	%299 = phi float [ 0.0, %prologue ], [ %3214, %2747 ]
	%300 = phi float [ 0.0, %prologue ], [ %3215, %2747 ]
	%301 = phi float [ 0.0, %prologue ], [ %3216, %2747 ]
	%302 = phi float [ 0.0, %prologue ], [ %3218, %2747 ]
	%303 = phi float [ 0.0, %prologue ], [ %3219, %2747 ]
	%304 = phi float [ 0.0, %prologue ], [ %3220, %2747 ]
	%305 = phi float [ 0.0, %prologue ], [ %3221, %2747 ]
	%306 = phi float [ 0.0, %prologue ], [ %3240, %2747 ]
	%307 = phi float [ 0.0, %prologue ], [ %3241, %2747 ]
	%308 = phi float [ 0.0, %prologue ], [ %3242, %2747 ]
	%309 = phi float [ 0.0, %prologue ], [ %3243, %2747 ]
	%310 = phi float [ 0.0, %prologue ], [ %3245, %2747 ]
	%311 = phi float [ 0.0, %prologue ], [ %3246, %2747 ]
	%312 = phi float [ 0.0, %prologue ], [ %3247, %2747 ]
	%313 = phi float [ 0.0, %prologue ], [ %3248, %2747 ]
	%314 = phi float [ 0xFFF0000000000000, %prologue ], [ %2438, %2747 ]
	%315 = phi float [ 0.0, %prologue ], [ %2489, %2747 ]
	%316 = phi float [ 0xFFF0000000000000, %prologue ], [ %2490, %2747 ]
	%317 = phi float [ 0.0, %prologue ], [ %2541, %2747 ]
	%318 = phi float [ 0xFFF0000000000000, %prologue ], [ %2542, %2747 ]
	%319 = phi float [ 0.0, %prologue ], [ %2593, %2747 ]
	%320 = phi float [ 0xFFF0000000000000, %prologue ], [ %2594, %2747 ]
	%321 = phi float [ 0.0, %prologue ], [ %2645, %2747 ]
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
	%436 = add i32 %248, 1
	%437 = icmp slt i32 %436, %NK
	%438 = select i1 %437, i32 %436, i32 0
	%439 = add i32 %30, %438
	%440 = sext i32 %439 to i64
	%441 = getelementptr i32, i32* %list, i64 %440
	%442 = load i32, i32* %441
	%443 = select i1 %437, i32 %442, i32 -1
	%444 = icmp sge i32 %443, 0
	%445 = add i32 %NK, %248
	%446 = add i32 %30, %445
	%447 = sext i32 %446 to i64
	%448 = getelementptr i32, i32* %list, i64 %447
	%449 = load i32, i32* %448
	%450 = icmp eq i32 %449, 0
	%451 = xor i32 %124, 0
	%452 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %451)
	%453 = extractvalue { i32, i32, i32, i32 } %452, 0
	%454 = extractvalue { i32, i32, i32, i32 } %452, 1
	%455 = extractvalue { i32, i32, i32, i32 } %452, 2
	%456 = extractvalue { i32, i32, i32, i32 } %452, 3
	%457 = xor i32 %124, 32
	%458 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %457)
	%459 = extractvalue { i32, i32, i32, i32 } %458, 0
	%460 = extractvalue { i32, i32, i32, i32 } %458, 1
	%461 = extractvalue { i32, i32, i32, i32 } %458, 2
	%462 = extractvalue { i32, i32, i32, i32 } %458, 3
	%463 = xor i32 %124, 64
	%464 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %463)
	%465 = extractvalue { i32, i32, i32, i32 } %464, 0
	%466 = extractvalue { i32, i32, i32, i32 } %464, 1
	%467 = extractvalue { i32, i32, i32, i32 } %464, 2
	%468 = extractvalue { i32, i32, i32, i32 } %464, 3
	%469 = xor i32 %124, 96
	%470 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %469)
	%471 = extractvalue { i32, i32, i32, i32 } %470, 0
	%472 = extractvalue { i32, i32, i32, i32 } %470, 1
	%473 = extractvalue { i32, i32, i32, i32 } %470, 2
	%474 = extractvalue { i32, i32, i32, i32 } %470, 3
	%475 = xor i32 %133, 0
	%476 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %475)
	%477 = extractvalue { i32, i32, i32, i32 } %476, 0
	%478 = extractvalue { i32, i32, i32, i32 } %476, 1
	%479 = extractvalue { i32, i32, i32, i32 } %476, 2
	%480 = extractvalue { i32, i32, i32, i32 } %476, 3
	%481 = xor i32 %133, 32
	%482 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %481)
	%483 = extractvalue { i32, i32, i32, i32 } %482, 0
	%484 = extractvalue { i32, i32, i32, i32 } %482, 1
	%485 = extractvalue { i32, i32, i32, i32 } %482, 2
	%486 = extractvalue { i32, i32, i32, i32 } %482, 3
	%487 = xor i32 %133, 64
	%488 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %487)
	%489 = extractvalue { i32, i32, i32, i32 } %488, 0
	%490 = extractvalue { i32, i32, i32, i32 } %488, 1
	%491 = extractvalue { i32, i32, i32, i32 } %488, 2
	%492 = extractvalue { i32, i32, i32, i32 } %488, 3
	%493 = xor i32 %133, 96
	%494 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %493)
	%495 = extractvalue { i32, i32, i32, i32 } %494, 0
	%496 = extractvalue { i32, i32, i32, i32 } %494, 1
	%497 = extractvalue { i32, i32, i32, i32 } %494, 2
	%498 = extractvalue { i32, i32, i32, i32 } %494, 3
	%499 = and i32 %5, 7
	%500 = shl i32 %115, 3
	%501 = add i32 %499, %500
	%502 = lshr i32 %5, 3
	%503 = and i32 %502, 1
	%504 = mul i32 %501, 128
	%505 = add i32 %0, %504
	%506 = and i32 %5, 7
	%507 = xor i32 %503, %506
	%508 = shl i32 %507, 4
	%509 = add i32 %505, %508
	%510 = xor i32 %509, 0
	%511 = add i32 %510, 0
	%512 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %511)
	%513 = extractvalue { i32, i32, i32, i32 } %512, 0
	%514 = extractvalue { i32, i32, i32, i32 } %512, 1
	%515 = extractvalue { i32, i32, i32, i32 } %512, 2
	%516 = extractvalue { i32, i32, i32, i32 } %512, 3
	%517 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %453, i32 %454, i32 %455, i32 %456, i32 %513, i32 %514, float 0.0, float 0.0, float 0.0, float 0.0)
	%518 = extractvalue { float, float, float, float } %517, 0
	%519 = extractvalue { float, float, float, float } %517, 1
	%520 = extractvalue { float, float, float, float } %517, 2
	%521 = extractvalue { float, float, float, float } %517, 3
	%522 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %453, i32 %454, i32 %455, i32 %456, i32 %515, i32 %516, float 0.0, float 0.0, float 0.0, float 0.0)
	%523 = extractvalue { float, float, float, float } %522, 0
	%524 = extractvalue { float, float, float, float } %522, 1
	%525 = extractvalue { float, float, float, float } %522, 2
	%526 = extractvalue { float, float, float, float } %522, 3
	%527 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %477, i32 %478, i32 %479, i32 %480, i32 %513, i32 %514, float 0.0, float 0.0, float 0.0, float 0.0)
	%528 = extractvalue { float, float, float, float } %527, 0
	%529 = extractvalue { float, float, float, float } %527, 1
	%530 = extractvalue { float, float, float, float } %527, 2
	%531 = extractvalue { float, float, float, float } %527, 3
	%532 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %477, i32 %478, i32 %479, i32 %480, i32 %515, i32 %516, float 0.0, float 0.0, float 0.0, float 0.0)
	%533 = extractvalue { float, float, float, float } %532, 0
	%534 = extractvalue { float, float, float, float } %532, 1
	%535 = extractvalue { float, float, float, float } %532, 2
	%536 = extractvalue { float, float, float, float } %532, 3
	%537 = add i32 %510, 2048
	%538 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %537)
	%539 = extractvalue { i32, i32, i32, i32 } %538, 0
	%540 = extractvalue { i32, i32, i32, i32 } %538, 1
	%541 = extractvalue { i32, i32, i32, i32 } %538, 2
	%542 = extractvalue { i32, i32, i32, i32 } %538, 3
	%543 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %453, i32 %454, i32 %455, i32 %456, i32 %539, i32 %540, float 0.0, float 0.0, float 0.0, float 0.0)
	%544 = extractvalue { float, float, float, float } %543, 0
	%545 = extractvalue { float, float, float, float } %543, 1
	%546 = extractvalue { float, float, float, float } %543, 2
	%547 = extractvalue { float, float, float, float } %543, 3
	%548 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %453, i32 %454, i32 %455, i32 %456, i32 %541, i32 %542, float 0.0, float 0.0, float 0.0, float 0.0)
	%549 = extractvalue { float, float, float, float } %548, 0
	%550 = extractvalue { float, float, float, float } %548, 1
	%551 = extractvalue { float, float, float, float } %548, 2
	%552 = extractvalue { float, float, float, float } %548, 3
	%553 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %477, i32 %478, i32 %479, i32 %480, i32 %539, i32 %540, float 0.0, float 0.0, float 0.0, float 0.0)
	%554 = extractvalue { float, float, float, float } %553, 0
	%555 = extractvalue { float, float, float, float } %553, 1
	%556 = extractvalue { float, float, float, float } %553, 2
	%557 = extractvalue { float, float, float, float } %553, 3
	%558 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %477, i32 %478, i32 %479, i32 %480, i32 %541, i32 %542, float 0.0, float 0.0, float 0.0, float 0.0)
	%559 = extractvalue { float, float, float, float } %558, 0
	%560 = extractvalue { float, float, float, float } %558, 1
	%561 = extractvalue { float, float, float, float } %558, 2
	%562 = extractvalue { float, float, float, float } %558, 3
	%563 = add i32 %510, u0x1000
	%564 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %563)
	%565 = extractvalue { i32, i32, i32, i32 } %564, 0
	%566 = extractvalue { i32, i32, i32, i32 } %564, 1
	%567 = extractvalue { i32, i32, i32, i32 } %564, 2
	%568 = extractvalue { i32, i32, i32, i32 } %564, 3
	%569 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %453, i32 %454, i32 %455, i32 %456, i32 %565, i32 %566, float 0.0, float 0.0, float 0.0, float 0.0)
	%570 = extractvalue { float, float, float, float } %569, 0
	%571 = extractvalue { float, float, float, float } %569, 1
	%572 = extractvalue { float, float, float, float } %569, 2
	%573 = extractvalue { float, float, float, float } %569, 3
	%574 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %453, i32 %454, i32 %455, i32 %456, i32 %567, i32 %568, float 0.0, float 0.0, float 0.0, float 0.0)
	%575 = extractvalue { float, float, float, float } %574, 0
	%576 = extractvalue { float, float, float, float } %574, 1
	%577 = extractvalue { float, float, float, float } %574, 2
	%578 = extractvalue { float, float, float, float } %574, 3
	%579 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %477, i32 %478, i32 %479, i32 %480, i32 %565, i32 %566, float 0.0, float 0.0, float 0.0, float 0.0)
	%580 = extractvalue { float, float, float, float } %579, 0
	%581 = extractvalue { float, float, float, float } %579, 1
	%582 = extractvalue { float, float, float, float } %579, 2
	%583 = extractvalue { float, float, float, float } %579, 3
	%584 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %477, i32 %478, i32 %479, i32 %480, i32 %567, i32 %568, float 0.0, float 0.0, float 0.0, float 0.0)
	%585 = extractvalue { float, float, float, float } %584, 0
	%586 = extractvalue { float, float, float, float } %584, 1
	%587 = extractvalue { float, float, float, float } %584, 2
	%588 = extractvalue { float, float, float, float } %584, 3
	%589 = add i32 %510, 6144
	%590 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %589)
	%591 = extractvalue { i32, i32, i32, i32 } %590, 0
	%592 = extractvalue { i32, i32, i32, i32 } %590, 1
	%593 = extractvalue { i32, i32, i32, i32 } %590, 2
	%594 = extractvalue { i32, i32, i32, i32 } %590, 3
	%595 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %453, i32 %454, i32 %455, i32 %456, i32 %591, i32 %592, float 0.0, float 0.0, float 0.0, float 0.0)
	%596 = extractvalue { float, float, float, float } %595, 0
	%597 = extractvalue { float, float, float, float } %595, 1
	%598 = extractvalue { float, float, float, float } %595, 2
	%599 = extractvalue { float, float, float, float } %595, 3
	%600 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %453, i32 %454, i32 %455, i32 %456, i32 %593, i32 %594, float 0.0, float 0.0, float 0.0, float 0.0)
	%601 = extractvalue { float, float, float, float } %600, 0
	%602 = extractvalue { float, float, float, float } %600, 1
	%603 = extractvalue { float, float, float, float } %600, 2
	%604 = extractvalue { float, float, float, float } %600, 3
	%605 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %477, i32 %478, i32 %479, i32 %480, i32 %591, i32 %592, float 0.0, float 0.0, float 0.0, float 0.0)
	%606 = extractvalue { float, float, float, float } %605, 0
	%607 = extractvalue { float, float, float, float } %605, 1
	%608 = extractvalue { float, float, float, float } %605, 2
	%609 = extractvalue { float, float, float, float } %605, 3
	%610 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %477, i32 %478, i32 %479, i32 %480, i32 %593, i32 %594, float 0.0, float 0.0, float 0.0, float 0.0)
	%611 = extractvalue { float, float, float, float } %610, 0
	%612 = extractvalue { float, float, float, float } %610, 1
	%613 = extractvalue { float, float, float, float } %610, 2
	%614 = extractvalue { float, float, float, float } %610, 3
	%615 = xor i32 %509, 32
	%616 = add i32 %615, 0
	%617 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %616)
	%618 = extractvalue { i32, i32, i32, i32 } %617, 0
	%619 = extractvalue { i32, i32, i32, i32 } %617, 1
	%620 = extractvalue { i32, i32, i32, i32 } %617, 2
	%621 = extractvalue { i32, i32, i32, i32 } %617, 3
	%622 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %459, i32 %460, i32 %461, i32 %462, i32 %618, i32 %619, float %518, float %519, float %520, float %521)
	%623 = extractvalue { float, float, float, float } %622, 0
	%624 = extractvalue { float, float, float, float } %622, 1
	%625 = extractvalue { float, float, float, float } %622, 2
	%626 = extractvalue { float, float, float, float } %622, 3
	%627 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %459, i32 %460, i32 %461, i32 %462, i32 %620, i32 %621, float %523, float %524, float %525, float %526)
	%628 = extractvalue { float, float, float, float } %627, 0
	%629 = extractvalue { float, float, float, float } %627, 1
	%630 = extractvalue { float, float, float, float } %627, 2
	%631 = extractvalue { float, float, float, float } %627, 3
	%632 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %483, i32 %484, i32 %485, i32 %486, i32 %618, i32 %619, float %528, float %529, float %530, float %531)
	%633 = extractvalue { float, float, float, float } %632, 0
	%634 = extractvalue { float, float, float, float } %632, 1
	%635 = extractvalue { float, float, float, float } %632, 2
	%636 = extractvalue { float, float, float, float } %632, 3
	%637 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %483, i32 %484, i32 %485, i32 %486, i32 %620, i32 %621, float %533, float %534, float %535, float %536)
	%638 = extractvalue { float, float, float, float } %637, 0
	%639 = extractvalue { float, float, float, float } %637, 1
	%640 = extractvalue { float, float, float, float } %637, 2
	%641 = extractvalue { float, float, float, float } %637, 3
	%642 = add i32 %615, 2048
	%643 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %642)
	%644 = extractvalue { i32, i32, i32, i32 } %643, 0
	%645 = extractvalue { i32, i32, i32, i32 } %643, 1
	%646 = extractvalue { i32, i32, i32, i32 } %643, 2
	%647 = extractvalue { i32, i32, i32, i32 } %643, 3
	%648 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %459, i32 %460, i32 %461, i32 %462, i32 %644, i32 %645, float %544, float %545, float %546, float %547)
	%649 = extractvalue { float, float, float, float } %648, 0
	%650 = extractvalue { float, float, float, float } %648, 1
	%651 = extractvalue { float, float, float, float } %648, 2
	%652 = extractvalue { float, float, float, float } %648, 3
	%653 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %459, i32 %460, i32 %461, i32 %462, i32 %646, i32 %647, float %549, float %550, float %551, float %552)
	%654 = extractvalue { float, float, float, float } %653, 0
	%655 = extractvalue { float, float, float, float } %653, 1
	%656 = extractvalue { float, float, float, float } %653, 2
	%657 = extractvalue { float, float, float, float } %653, 3
	%658 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %483, i32 %484, i32 %485, i32 %486, i32 %644, i32 %645, float %554, float %555, float %556, float %557)
	%659 = extractvalue { float, float, float, float } %658, 0
	%660 = extractvalue { float, float, float, float } %658, 1
	%661 = extractvalue { float, float, float, float } %658, 2
	%662 = extractvalue { float, float, float, float } %658, 3
	%663 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %483, i32 %484, i32 %485, i32 %486, i32 %646, i32 %647, float %559, float %560, float %561, float %562)
	%664 = extractvalue { float, float, float, float } %663, 0
	%665 = extractvalue { float, float, float, float } %663, 1
	%666 = extractvalue { float, float, float, float } %663, 2
	%667 = extractvalue { float, float, float, float } %663, 3
	%668 = add i32 %615, u0x1000
	%669 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %668)
	%670 = extractvalue { i32, i32, i32, i32 } %669, 0
	%671 = extractvalue { i32, i32, i32, i32 } %669, 1
	%672 = extractvalue { i32, i32, i32, i32 } %669, 2
	%673 = extractvalue { i32, i32, i32, i32 } %669, 3
	%674 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %459, i32 %460, i32 %461, i32 %462, i32 %670, i32 %671, float %570, float %571, float %572, float %573)
	%675 = extractvalue { float, float, float, float } %674, 0
	%676 = extractvalue { float, float, float, float } %674, 1
	%677 = extractvalue { float, float, float, float } %674, 2
	%678 = extractvalue { float, float, float, float } %674, 3
	%679 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %459, i32 %460, i32 %461, i32 %462, i32 %672, i32 %673, float %575, float %576, float %577, float %578)
	%680 = extractvalue { float, float, float, float } %679, 0
	%681 = extractvalue { float, float, float, float } %679, 1
	%682 = extractvalue { float, float, float, float } %679, 2
	%683 = extractvalue { float, float, float, float } %679, 3
	%684 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %483, i32 %484, i32 %485, i32 %486, i32 %670, i32 %671, float %580, float %581, float %582, float %583)
	%685 = extractvalue { float, float, float, float } %684, 0
	%686 = extractvalue { float, float, float, float } %684, 1
	%687 = extractvalue { float, float, float, float } %684, 2
	%688 = extractvalue { float, float, float, float } %684, 3
	%689 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %483, i32 %484, i32 %485, i32 %486, i32 %672, i32 %673, float %585, float %586, float %587, float %588)
	%690 = extractvalue { float, float, float, float } %689, 0
	%691 = extractvalue { float, float, float, float } %689, 1
	%692 = extractvalue { float, float, float, float } %689, 2
	%693 = extractvalue { float, float, float, float } %689, 3
	%694 = add i32 %615, 6144
	%695 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %694)
	%696 = extractvalue { i32, i32, i32, i32 } %695, 0
	%697 = extractvalue { i32, i32, i32, i32 } %695, 1
	%698 = extractvalue { i32, i32, i32, i32 } %695, 2
	%699 = extractvalue { i32, i32, i32, i32 } %695, 3
	%700 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %459, i32 %460, i32 %461, i32 %462, i32 %696, i32 %697, float %596, float %597, float %598, float %599)
	%701 = extractvalue { float, float, float, float } %700, 0
	%702 = extractvalue { float, float, float, float } %700, 1
	%703 = extractvalue { float, float, float, float } %700, 2
	%704 = extractvalue { float, float, float, float } %700, 3
	%705 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %459, i32 %460, i32 %461, i32 %462, i32 %698, i32 %699, float %601, float %602, float %603, float %604)
	%706 = extractvalue { float, float, float, float } %705, 0
	%707 = extractvalue { float, float, float, float } %705, 1
	%708 = extractvalue { float, float, float, float } %705, 2
	%709 = extractvalue { float, float, float, float } %705, 3
	%710 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %483, i32 %484, i32 %485, i32 %486, i32 %696, i32 %697, float %606, float %607, float %608, float %609)
	%711 = extractvalue { float, float, float, float } %710, 0
	%712 = extractvalue { float, float, float, float } %710, 1
	%713 = extractvalue { float, float, float, float } %710, 2
	%714 = extractvalue { float, float, float, float } %710, 3
	%715 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %483, i32 %484, i32 %485, i32 %486, i32 %698, i32 %699, float %611, float %612, float %613, float %614)
	%716 = extractvalue { float, float, float, float } %715, 0
	%717 = extractvalue { float, float, float, float } %715, 1
	%718 = extractvalue { float, float, float, float } %715, 2
	%719 = extractvalue { float, float, float, float } %715, 3
	%720 = xor i32 %509, 64
	%721 = add i32 %720, 0
	%722 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %721)
	%723 = extractvalue { i32, i32, i32, i32 } %722, 0
	%724 = extractvalue { i32, i32, i32, i32 } %722, 1
	%725 = extractvalue { i32, i32, i32, i32 } %722, 2
	%726 = extractvalue { i32, i32, i32, i32 } %722, 3
	%727 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %465, i32 %466, i32 %467, i32 %468, i32 %723, i32 %724, float %623, float %624, float %625, float %626)
	%728 = extractvalue { float, float, float, float } %727, 0
	%729 = extractvalue { float, float, float, float } %727, 1
	%730 = extractvalue { float, float, float, float } %727, 2
	%731 = extractvalue { float, float, float, float } %727, 3
	%732 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %465, i32 %466, i32 %467, i32 %468, i32 %725, i32 %726, float %628, float %629, float %630, float %631)
	%733 = extractvalue { float, float, float, float } %732, 0
	%734 = extractvalue { float, float, float, float } %732, 1
	%735 = extractvalue { float, float, float, float } %732, 2
	%736 = extractvalue { float, float, float, float } %732, 3
	%737 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %489, i32 %490, i32 %491, i32 %492, i32 %723, i32 %724, float %633, float %634, float %635, float %636)
	%738 = extractvalue { float, float, float, float } %737, 0
	%739 = extractvalue { float, float, float, float } %737, 1
	%740 = extractvalue { float, float, float, float } %737, 2
	%741 = extractvalue { float, float, float, float } %737, 3
	%742 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %489, i32 %490, i32 %491, i32 %492, i32 %725, i32 %726, float %638, float %639, float %640, float %641)
	%743 = extractvalue { float, float, float, float } %742, 0
	%744 = extractvalue { float, float, float, float } %742, 1
	%745 = extractvalue { float, float, float, float } %742, 2
	%746 = extractvalue { float, float, float, float } %742, 3
	%747 = add i32 %720, 2048
	%748 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %747)
	%749 = extractvalue { i32, i32, i32, i32 } %748, 0
	%750 = extractvalue { i32, i32, i32, i32 } %748, 1
	%751 = extractvalue { i32, i32, i32, i32 } %748, 2
	%752 = extractvalue { i32, i32, i32, i32 } %748, 3
	%753 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %465, i32 %466, i32 %467, i32 %468, i32 %749, i32 %750, float %649, float %650, float %651, float %652)
	%754 = extractvalue { float, float, float, float } %753, 0
	%755 = extractvalue { float, float, float, float } %753, 1
	%756 = extractvalue { float, float, float, float } %753, 2
	%757 = extractvalue { float, float, float, float } %753, 3
	%758 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %465, i32 %466, i32 %467, i32 %468, i32 %751, i32 %752, float %654, float %655, float %656, float %657)
	%759 = extractvalue { float, float, float, float } %758, 0
	%760 = extractvalue { float, float, float, float } %758, 1
	%761 = extractvalue { float, float, float, float } %758, 2
	%762 = extractvalue { float, float, float, float } %758, 3
	%763 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %489, i32 %490, i32 %491, i32 %492, i32 %749, i32 %750, float %659, float %660, float %661, float %662)
	%764 = extractvalue { float, float, float, float } %763, 0
	%765 = extractvalue { float, float, float, float } %763, 1
	%766 = extractvalue { float, float, float, float } %763, 2
	%767 = extractvalue { float, float, float, float } %763, 3
	%768 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %489, i32 %490, i32 %491, i32 %492, i32 %751, i32 %752, float %664, float %665, float %666, float %667)
	%769 = extractvalue { float, float, float, float } %768, 0
	%770 = extractvalue { float, float, float, float } %768, 1
	%771 = extractvalue { float, float, float, float } %768, 2
	%772 = extractvalue { float, float, float, float } %768, 3
	%773 = add i32 %720, u0x1000
	%774 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %773)
	%775 = extractvalue { i32, i32, i32, i32 } %774, 0
	%776 = extractvalue { i32, i32, i32, i32 } %774, 1
	%777 = extractvalue { i32, i32, i32, i32 } %774, 2
	%778 = extractvalue { i32, i32, i32, i32 } %774, 3
	%779 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %465, i32 %466, i32 %467, i32 %468, i32 %775, i32 %776, float %675, float %676, float %677, float %678)
	%780 = extractvalue { float, float, float, float } %779, 0
	%781 = extractvalue { float, float, float, float } %779, 1
	%782 = extractvalue { float, float, float, float } %779, 2
	%783 = extractvalue { float, float, float, float } %779, 3
	%784 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %465, i32 %466, i32 %467, i32 %468, i32 %777, i32 %778, float %680, float %681, float %682, float %683)
	%785 = extractvalue { float, float, float, float } %784, 0
	%786 = extractvalue { float, float, float, float } %784, 1
	%787 = extractvalue { float, float, float, float } %784, 2
	%788 = extractvalue { float, float, float, float } %784, 3
	%789 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %489, i32 %490, i32 %491, i32 %492, i32 %775, i32 %776, float %685, float %686, float %687, float %688)
	%790 = extractvalue { float, float, float, float } %789, 0
	%791 = extractvalue { float, float, float, float } %789, 1
	%792 = extractvalue { float, float, float, float } %789, 2
	%793 = extractvalue { float, float, float, float } %789, 3
	%794 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %489, i32 %490, i32 %491, i32 %492, i32 %777, i32 %778, float %690, float %691, float %692, float %693)
	%795 = extractvalue { float, float, float, float } %794, 0
	%796 = extractvalue { float, float, float, float } %794, 1
	%797 = extractvalue { float, float, float, float } %794, 2
	%798 = extractvalue { float, float, float, float } %794, 3
	%799 = add i32 %720, 6144
	%800 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %799)
	%801 = extractvalue { i32, i32, i32, i32 } %800, 0
	%802 = extractvalue { i32, i32, i32, i32 } %800, 1
	%803 = extractvalue { i32, i32, i32, i32 } %800, 2
	%804 = extractvalue { i32, i32, i32, i32 } %800, 3
	%805 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %465, i32 %466, i32 %467, i32 %468, i32 %801, i32 %802, float %701, float %702, float %703, float %704)
	%806 = extractvalue { float, float, float, float } %805, 0
	%807 = extractvalue { float, float, float, float } %805, 1
	%808 = extractvalue { float, float, float, float } %805, 2
	%809 = extractvalue { float, float, float, float } %805, 3
	%810 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %465, i32 %466, i32 %467, i32 %468, i32 %803, i32 %804, float %706, float %707, float %708, float %709)
	%811 = extractvalue { float, float, float, float } %810, 0
	%812 = extractvalue { float, float, float, float } %810, 1
	%813 = extractvalue { float, float, float, float } %810, 2
	%814 = extractvalue { float, float, float, float } %810, 3
	%815 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %489, i32 %490, i32 %491, i32 %492, i32 %801, i32 %802, float %711, float %712, float %713, float %714)
	%816 = extractvalue { float, float, float, float } %815, 0
	%817 = extractvalue { float, float, float, float } %815, 1
	%818 = extractvalue { float, float, float, float } %815, 2
	%819 = extractvalue { float, float, float, float } %815, 3
	%820 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %489, i32 %490, i32 %491, i32 %492, i32 %803, i32 %804, float %716, float %717, float %718, float %719)
	%821 = extractvalue { float, float, float, float } %820, 0
	%822 = extractvalue { float, float, float, float } %820, 1
	%823 = extractvalue { float, float, float, float } %820, 2
	%824 = extractvalue { float, float, float, float } %820, 3
	%825 = xor i32 %509, 96
	%826 = add i32 %825, 0
	%827 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %826)
	%828 = extractvalue { i32, i32, i32, i32 } %827, 0
	%829 = extractvalue { i32, i32, i32, i32 } %827, 1
	%830 = extractvalue { i32, i32, i32, i32 } %827, 2
	%831 = extractvalue { i32, i32, i32, i32 } %827, 3
	%832 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %471, i32 %472, i32 %473, i32 %474, i32 %828, i32 %829, float %728, float %729, float %730, float %731)
	%833 = extractvalue { float, float, float, float } %832, 0
	%834 = extractvalue { float, float, float, float } %832, 1
	%835 = extractvalue { float, float, float, float } %832, 2
	%836 = extractvalue { float, float, float, float } %832, 3
	%837 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %471, i32 %472, i32 %473, i32 %474, i32 %830, i32 %831, float %733, float %734, float %735, float %736)
	%838 = extractvalue { float, float, float, float } %837, 0
	%839 = extractvalue { float, float, float, float } %837, 1
	%840 = extractvalue { float, float, float, float } %837, 2
	%841 = extractvalue { float, float, float, float } %837, 3
	%842 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %495, i32 %496, i32 %497, i32 %498, i32 %828, i32 %829, float %738, float %739, float %740, float %741)
	%843 = extractvalue { float, float, float, float } %842, 0
	%844 = extractvalue { float, float, float, float } %842, 1
	%845 = extractvalue { float, float, float, float } %842, 2
	%846 = extractvalue { float, float, float, float } %842, 3
	%847 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %495, i32 %496, i32 %497, i32 %498, i32 %830, i32 %831, float %743, float %744, float %745, float %746)
	%848 = extractvalue { float, float, float, float } %847, 0
	%849 = extractvalue { float, float, float, float } %847, 1
	%850 = extractvalue { float, float, float, float } %847, 2
	%851 = extractvalue { float, float, float, float } %847, 3
	%852 = add i32 %825, 2048
	%853 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %852)
	%854 = extractvalue { i32, i32, i32, i32 } %853, 0
	%855 = extractvalue { i32, i32, i32, i32 } %853, 1
	%856 = extractvalue { i32, i32, i32, i32 } %853, 2
	%857 = extractvalue { i32, i32, i32, i32 } %853, 3
	%858 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %471, i32 %472, i32 %473, i32 %474, i32 %854, i32 %855, float %754, float %755, float %756, float %757)
	%859 = extractvalue { float, float, float, float } %858, 0
	%860 = extractvalue { float, float, float, float } %858, 1
	%861 = extractvalue { float, float, float, float } %858, 2
	%862 = extractvalue { float, float, float, float } %858, 3
	%863 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %471, i32 %472, i32 %473, i32 %474, i32 %856, i32 %857, float %759, float %760, float %761, float %762)
	%864 = extractvalue { float, float, float, float } %863, 0
	%865 = extractvalue { float, float, float, float } %863, 1
	%866 = extractvalue { float, float, float, float } %863, 2
	%867 = extractvalue { float, float, float, float } %863, 3
	%868 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %495, i32 %496, i32 %497, i32 %498, i32 %854, i32 %855, float %764, float %765, float %766, float %767)
	%869 = extractvalue { float, float, float, float } %868, 0
	%870 = extractvalue { float, float, float, float } %868, 1
	%871 = extractvalue { float, float, float, float } %868, 2
	%872 = extractvalue { float, float, float, float } %868, 3
	%873 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %495, i32 %496, i32 %497, i32 %498, i32 %856, i32 %857, float %769, float %770, float %771, float %772)
	%874 = extractvalue { float, float, float, float } %873, 0
	%875 = extractvalue { float, float, float, float } %873, 1
	%876 = extractvalue { float, float, float, float } %873, 2
	%877 = extractvalue { float, float, float, float } %873, 3
	%878 = add i32 %825, u0x1000
	%879 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %878)
	%880 = extractvalue { i32, i32, i32, i32 } %879, 0
	%881 = extractvalue { i32, i32, i32, i32 } %879, 1
	%882 = extractvalue { i32, i32, i32, i32 } %879, 2
	%883 = extractvalue { i32, i32, i32, i32 } %879, 3
	%884 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %471, i32 %472, i32 %473, i32 %474, i32 %880, i32 %881, float %780, float %781, float %782, float %783)
	%885 = extractvalue { float, float, float, float } %884, 0
	%886 = extractvalue { float, float, float, float } %884, 1
	%887 = extractvalue { float, float, float, float } %884, 2
	%888 = extractvalue { float, float, float, float } %884, 3
	%889 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %471, i32 %472, i32 %473, i32 %474, i32 %882, i32 %883, float %785, float %786, float %787, float %788)
	%890 = extractvalue { float, float, float, float } %889, 0
	%891 = extractvalue { float, float, float, float } %889, 1
	%892 = extractvalue { float, float, float, float } %889, 2
	%893 = extractvalue { float, float, float, float } %889, 3
	%894 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %495, i32 %496, i32 %497, i32 %498, i32 %880, i32 %881, float %790, float %791, float %792, float %793)
	%895 = extractvalue { float, float, float, float } %894, 0
	%896 = extractvalue { float, float, float, float } %894, 1
	%897 = extractvalue { float, float, float, float } %894, 2
	%898 = extractvalue { float, float, float, float } %894, 3
	%899 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %495, i32 %496, i32 %497, i32 %498, i32 %882, i32 %883, float %795, float %796, float %797, float %798)
	%900 = extractvalue { float, float, float, float } %899, 0
	%901 = extractvalue { float, float, float, float } %899, 1
	%902 = extractvalue { float, float, float, float } %899, 2
	%903 = extractvalue { float, float, float, float } %899, 3
	%904 = add i32 %825, 6144
	%905 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %904)
	%906 = extractvalue { i32, i32, i32, i32 } %905, 0
	%907 = extractvalue { i32, i32, i32, i32 } %905, 1
	%908 = extractvalue { i32, i32, i32, i32 } %905, 2
	%909 = extractvalue { i32, i32, i32, i32 } %905, 3
	%910 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %471, i32 %472, i32 %473, i32 %474, i32 %906, i32 %907, float %806, float %807, float %808, float %809)
	%911 = extractvalue { float, float, float, float } %910, 0
	%912 = extractvalue { float, float, float, float } %910, 1
	%913 = extractvalue { float, float, float, float } %910, 2
	%914 = extractvalue { float, float, float, float } %910, 3
	%915 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %471, i32 %472, i32 %473, i32 %474, i32 %908, i32 %909, float %811, float %812, float %813, float %814)
	%916 = extractvalue { float, float, float, float } %915, 0
	%917 = extractvalue { float, float, float, float } %915, 1
	%918 = extractvalue { float, float, float, float } %915, 2
	%919 = extractvalue { float, float, float, float } %915, 3
	%920 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %495, i32 %496, i32 %497, i32 %498, i32 %906, i32 %907, float %816, float %817, float %818, float %819)
	%921 = extractvalue { float, float, float, float } %920, 0
	%922 = extractvalue { float, float, float, float } %920, 1
	%923 = extractvalue { float, float, float, float } %920, 2
	%924 = extractvalue { float, float, float, float } %920, 3
	%925 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %495, i32 %496, i32 %497, i32 %498, i32 %908, i32 %909, float %821, float %822, float %823, float %824)
	%926 = extractvalue { float, float, float, float } %925, 0
	%927 = extractvalue { float, float, float, float } %925, 1
	%928 = extractvalue { float, float, float, float } %925, 2
	%929 = extractvalue { float, float, float, float } %925, 3
	call void @llvm.nvvm.barrier0()
	br i1 %444, label %prefetch, label %prefetched

epilogue:
	%930 = phi float [ 0.0, %entry ], [ %2489, %2747 ]
	%931 = phi float [ 0.0, %entry ], [ %2541, %2747 ]
	%932 = phi float [ 0.0, %entry ], [ %2593, %2747 ]
	%933 = phi float [ 0.0, %entry ], [ %2645, %2747 ]
	%934 = phi i32 [ 0, %entry ], [ %436, %2747 ]
	%935 = phi float [ 0.0, %entry ], [ %3149, %2747 ]
	%936 = phi float [ 0.0, %entry ], [ %3150, %2747 ]
	%937 = phi float [ 0.0, %entry ], [ %3151, %2747 ]
	%938 = phi float [ 0.0, %entry ], [ %3152, %2747 ]
	%939 = phi float [ 0.0, %entry ], [ %3154, %2747 ]
	%940 = phi float [ 0.0, %entry ], [ %3155, %2747 ]
	%941 = phi float [ 0.0, %entry ], [ %3156, %2747 ]
	%942 = phi float [ 0.0, %entry ], [ %3157, %2747 ]
	%943 = phi float [ 0.0, %entry ], [ %3176, %2747 ]
	%944 = phi float [ 0.0, %entry ], [ %3177, %2747 ]
	%945 = phi float [ 0.0, %entry ], [ %3178, %2747 ]
	%946 = phi float [ 0.0, %entry ], [ %3179, %2747 ]
	%947 = phi float [ 0.0, %entry ], [ %3181, %2747 ]
	%948 = phi float [ 0.0, %entry ], [ %3182, %2747 ]
	%949 = phi float [ 0.0, %entry ], [ %3183, %2747 ]
	%950 = phi float [ 0.0, %entry ], [ %3184, %2747 ]
	%951 = phi float [ 0.0, %entry ], [ %3203, %2747 ]
	%952 = phi float [ 0.0, %entry ], [ %3204, %2747 ]
	%953 = phi float [ 0.0, %entry ], [ %3205, %2747 ]
	%954 = phi float [ 0.0, %entry ], [ %3206, %2747 ]
	%955 = phi float [ 0.0, %entry ], [ %3208, %2747 ]
	%956 = phi float [ 0.0, %entry ], [ %3209, %2747 ]
	%957 = phi float [ 0.0, %entry ], [ %3210, %2747 ]
	%958 = phi float [ 0.0, %entry ], [ %3211, %2747 ]
	%959 = phi float [ 0.0, %entry ], [ %3230, %2747 ]
	%960 = phi float [ 0.0, %entry ], [ %3231, %2747 ]
	%961 = phi float [ 0.0, %entry ], [ %3232, %2747 ]
	%962 = phi float [ 0.0, %entry ], [ %3233, %2747 ]
	%963 = phi float [ 0.0, %entry ], [ %3235, %2747 ]
	%964 = phi float [ 0.0, %entry ], [ %3236, %2747 ]
	%965 = phi float [ 0.0, %entry ], [ %3237, %2747 ]
	%966 = phi float [ 0.0, %entry ], [ %3238, %2747 ]
	%967 = phi float [ 0.0, %entry ], [ %3159, %2747 ]
	%968 = phi float [ 0.0, %entry ], [ %3160, %2747 ]
	%969 = phi float [ 0.0, %entry ], [ %3161, %2747 ]
	%970 = phi float [ 0.0, %entry ], [ %3162, %2747 ]
	%971 = phi float [ 0.0, %entry ], [ %3164, %2747 ]
	%972 = phi float [ 0.0, %entry ], [ %3165, %2747 ]
	%973 = phi float [ 0.0, %entry ], [ %3166, %2747 ]
	%974 = phi float [ 0.0, %entry ], [ %3167, %2747 ]
	%975 = phi float [ 0.0, %entry ], [ %3186, %2747 ]
	%976 = phi float [ 0.0, %entry ], [ %3187, %2747 ]
	%977 = phi float [ 0.0, %entry ], [ %3188, %2747 ]
	%978 = phi float [ 0.0, %entry ], [ %3189, %2747 ]
	%979 = phi float [ 0.0, %entry ], [ %3191, %2747 ]
	%980 = phi float [ 0.0, %entry ], [ %3192, %2747 ]
	%981 = phi float [ 0.0, %entry ], [ %3193, %2747 ]
	%982 = phi float [ 0.0, %entry ], [ %3194, %2747 ]
	%983 = phi float [ 0.0, %entry ], [ %3213, %2747 ]
	%984 = phi float [ 0.0, %entry ], [ %3214, %2747 ]
	%985 = phi float [ 0.0, %entry ], [ %3215, %2747 ]
	%986 = phi float [ 0.0, %entry ], [ %3216, %2747 ]
	%987 = phi float [ 0.0, %entry ], [ %3218, %2747 ]
	%988 = phi float [ 0.0, %entry ], [ %3219, %2747 ]
	%989 = phi float [ 0.0, %entry ], [ %3220, %2747 ]
	%990 = phi float [ 0.0, %entry ], [ %3221, %2747 ]
	%991 = phi float [ 0.0, %entry ], [ %3240, %2747 ]
	%992 = phi float [ 0.0, %entry ], [ %3241, %2747 ]
	%993 = phi float [ 0.0, %entry ], [ %3242, %2747 ]
	%994 = phi float [ 0.0, %entry ], [ %3243, %2747 ]
	%995 = phi float [ 0.0, %entry ], [ %3245, %2747 ]
	%996 = phi float [ 0.0, %entry ], [ %3246, %2747 ]
	%997 = phi float [ 0.0, %entry ], [ %3247, %2747 ]
	%998 = phi float [ 0.0, %entry ], [ %3248, %2747 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	%999 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %930, i32 1, i32 31)
	%1000 = fadd float %930, %999
	%1001 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1000, i32 2, i32 31)
	%1002 = fadd float %1000, %1001
	%1003 = fcmp ogt float %1002, 0.0
	%1004 = fdiv float 1.0, %1002
	%1005 = select i1 %1003, float %1004, float 0.0
	%1006 = mul i32 %4, 32
	%1007 = add i32 %13, %1006
	%1008 = add i32 %6, 0
	%1009 = add i32 %1007, %1008
	%1010 = fmul float %935, %1005
	%1011 = fmul float %936, %1005
	%1012 = fmul float %939, %1005
	%1013 = fmul float %940, %1005
	%1014 = fmul float %943, %1005
	%1015 = fmul float %944, %1005
	%1016 = fmul float %947, %1005
	%1017 = fmul float %948, %1005
	%1018 = fmul float %951, %1005
	%1019 = fmul float %952, %1005
	%1020 = fmul float %955, %1005
	%1021 = fmul float %956, %1005
	%1022 = fmul float %959, %1005
	%1023 = fmul float %960, %1005
	%1024 = fmul float %963, %1005
	%1025 = fmul float %964, %1005
	%1026 = icmp slt i32 %1009, %M
	br i1 %1026, label %store0, label %stored0

prefetch:
	%1027 = mul i32 %443, 64
	%1028 = lshr i32 %3, 3
	%1029 = and i32 %3, 7
	%1030 = and i32 %1028, 7
	%1031 = xor i32 %1029, %1030
	%1032 = mul i32 %1028, 8
	%1033 = add i32 %1032, %1031
	%1034 = shl i32 %1033, 4
	%1035 = add i32 %0, %1034
	%1036 = add i32 %1027, %1028
	%1037 = add i32 %1036, 0
	%1038 = icmp slt i32 %1037, %N
	%1039 = select i1 %1038, i32 %1037, i32 0
	%1040 = sext i32 %1039 to i64
	%1041 = getelementptr i32, i32* %40, i64 %1040
	%1042 = load i32, i32* %1041
	%1043 = mul i32 %1042, 64
	%1044 = mul i32 %1029, 8
	%1045 = add i32 %1043, %1044
	%1046 = sext i32 %1045 to i64
	%1047 = getelementptr i16, i16* %21, i64 %1046
	%1048 = add i32 %1035, 0
	%1049 = select i1 %1038, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1048, i16* %1047, i32 %1049)
	%1050 = add i32 %1036, 8
	%1051 = icmp slt i32 %1050, %N
	%1052 = select i1 %1051, i32 %1050, i32 0
	%1053 = sext i32 %1052 to i64
	%1054 = getelementptr i32, i32* %40, i64 %1053
	%1055 = load i32, i32* %1054
	%1056 = mul i32 %1055, 64
	%1057 = mul i32 %1029, 8
	%1058 = add i32 %1056, %1057
	%1059 = sext i32 %1058 to i64
	%1060 = getelementptr i16, i16* %21, i64 %1059
	%1061 = add i32 %1035, 1024
	%1062 = select i1 %1051, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1061, i16* %1060, i32 %1062)
	%1063 = add i32 %1036, 16
	%1064 = icmp slt i32 %1063, %N
	%1065 = select i1 %1064, i32 %1063, i32 0
	%1066 = sext i32 %1065 to i64
	%1067 = getelementptr i32, i32* %40, i64 %1066
	%1068 = load i32, i32* %1067
	%1069 = mul i32 %1068, 64
	%1070 = mul i32 %1029, 8
	%1071 = add i32 %1069, %1070
	%1072 = sext i32 %1071 to i64
	%1073 = getelementptr i16, i16* %21, i64 %1072
	%1074 = add i32 %1035, 2048
	%1075 = select i1 %1064, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1074, i16* %1073, i32 %1075)
	%1076 = add i32 %1036, 24
	%1077 = icmp slt i32 %1076, %N
	%1078 = select i1 %1077, i32 %1076, i32 0
	%1079 = sext i32 %1078 to i64
	%1080 = getelementptr i32, i32* %40, i64 %1079
	%1081 = load i32, i32* %1080
	%1082 = mul i32 %1081, 64
	%1083 = mul i32 %1029, 8
	%1084 = add i32 %1082, %1083
	%1085 = sext i32 %1084 to i64
	%1086 = getelementptr i16, i16* %21, i64 %1085
	%1087 = add i32 %1035, 3072
	%1088 = select i1 %1077, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1087, i16* %1086, i32 %1088)
	%1089 = add i32 %1036, 32
	%1090 = icmp slt i32 %1089, %N
	%1091 = select i1 %1090, i32 %1089, i32 0
	%1092 = sext i32 %1091 to i64
	%1093 = getelementptr i32, i32* %40, i64 %1092
	%1094 = load i32, i32* %1093
	%1095 = mul i32 %1094, 64
	%1096 = mul i32 %1029, 8
	%1097 = add i32 %1095, %1096
	%1098 = sext i32 %1097 to i64
	%1099 = getelementptr i16, i16* %21, i64 %1098
	%1100 = add i32 %1035, u0x1000
	%1101 = select i1 %1090, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1100, i16* %1099, i32 %1101)
	%1102 = add i32 %1036, 40
	%1103 = icmp slt i32 %1102, %N
	%1104 = select i1 %1103, i32 %1102, i32 0
	%1105 = sext i32 %1104 to i64
	%1106 = getelementptr i32, i32* %40, i64 %1105
	%1107 = load i32, i32* %1106
	%1108 = mul i32 %1107, 64
	%1109 = mul i32 %1029, 8
	%1110 = add i32 %1108, %1109
	%1111 = sext i32 %1110 to i64
	%1112 = getelementptr i16, i16* %21, i64 %1111
	%1113 = add i32 %1035, 5120
	%1114 = select i1 %1103, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1113, i16* %1112, i32 %1114)
	%1115 = add i32 %1036, 48
	%1116 = icmp slt i32 %1115, %N
	%1117 = select i1 %1116, i32 %1115, i32 0
	%1118 = sext i32 %1117 to i64
	%1119 = getelementptr i32, i32* %40, i64 %1118
	%1120 = load i32, i32* %1119
	%1121 = mul i32 %1120, 64
	%1122 = mul i32 %1029, 8
	%1123 = add i32 %1121, %1122
	%1124 = sext i32 %1123 to i64
	%1125 = getelementptr i16, i16* %21, i64 %1124
	%1126 = add i32 %1035, 6144
	%1127 = select i1 %1116, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1126, i16* %1125, i32 %1127)
	%1128 = add i32 %1036, 56
	%1129 = icmp slt i32 %1128, %N
	%1130 = select i1 %1129, i32 %1128, i32 0
	%1131 = sext i32 %1130 to i64
	%1132 = getelementptr i32, i32* %40, i64 %1131
	%1133 = load i32, i32* %1132
	%1134 = mul i32 %1133, 64
	%1135 = mul i32 %1029, 8
	%1136 = add i32 %1134, %1135
	%1137 = sext i32 %1136 to i64
	%1138 = getelementptr i16, i16* %21, i64 %1137
	%1139 = add i32 %1035, 7168
	%1140 = select i1 %1129, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1139, i16* %1138, i32 %1140)
	br label %prefetched

prefetched:
	call void asm sideeffect "cp.async.commit_group;", ""()
	%1141 = mul i32 %4, 32
	%1142 = add i32 %13, %1141
	%1143 = add i32 %6, 0
	%1144 = add i32 %1142, %1143
	%1145 = mul i32 %4, 32
	%1146 = add i32 %13, %1145
	%1147 = add i32 %6, 8
	%1148 = add i32 %1146, %1147
	%1149 = mul i32 %4, 32
	%1150 = add i32 %13, %1149
	%1151 = add i32 %6, 16
	%1152 = add i32 %1150, %1151
	%1153 = mul i32 %4, 32
	%1154 = add i32 %13, %1153
	%1155 = add i32 %6, 24
	%1156 = add i32 %1154, %1155
	%1157 = sitofp i32 %11 to float
	%1158 = add i32 %34, %249
	%1159 = sext i32 %1158 to i64
	%1160 = getelementptr i8, i8* %cls, i64 %1159
	%1161 = load i8, i8* %1160
	%1162 = icmp ne i8 %1161, 2
	br i1 %1162, label %partial, label %softmax

partial:
	%1163 = shl i32 %7, 1
	%1164 = add i32 0, %1163
	%1165 = add i32 %322, %1164
	%1166 = icmp slt i32 %1165, %N
	%1167 = select i1 %1166, i32 %1165, i32 0
	%1168 = sitofp i32 %1144 to float
	%1169 = sext i32 %1167 to i64
	%1170 = getelementptr i32, i32* %40, i64 %1169
	%1171 = load i32, i32* %1170
	%1172 = sitofp i32 %1171 to float
	%1173 = fcmp ole float %1172, %1168
	%1174 = uitofp i1 %1173 to float
	%1175 = fcmp une float %1174, 0.0
	%1176 = and i1 %1166, %1175
	%1177 = select i1 %1176, float %833, float 0xFFF0000000000000
	%1178 = shl i32 %7, 1
	%1179 = add i32 1, %1178
	%1180 = add i32 %322, %1179
	%1181 = icmp slt i32 %1180, %N
	%1182 = select i1 %1181, i32 %1180, i32 0
	%1183 = sitofp i32 %1144 to float
	%1184 = sext i32 %1182 to i64
	%1185 = getelementptr i32, i32* %40, i64 %1184
	%1186 = load i32, i32* %1185
	%1187 = sitofp i32 %1186 to float
	%1188 = fcmp ole float %1187, %1183
	%1189 = uitofp i1 %1188 to float
	%1190 = fcmp une float %1189, 0.0
	%1191 = and i1 %1181, %1190
	%1192 = select i1 %1191, float %834, float 0xFFF0000000000000
	%1193 = shl i32 %7, 1
	%1194 = add i32 0, %1193
	%1195 = add i32 %322, %1194
	%1196 = icmp slt i32 %1195, %N
	%1197 = select i1 %1196, i32 %1195, i32 0
	%1198 = sitofp i32 %1148 to float
	%1199 = sext i32 %1197 to i64
	%1200 = getelementptr i32, i32* %40, i64 %1199
	%1201 = load i32, i32* %1200
	%1202 = sitofp i32 %1201 to float
	%1203 = fcmp ole float %1202, %1198
	%1204 = uitofp i1 %1203 to float
	%1205 = fcmp une float %1204, 0.0
	%1206 = and i1 %1196, %1205
	%1207 = select i1 %1206, float %835, float 0xFFF0000000000000
	%1208 = shl i32 %7, 1
	%1209 = add i32 1, %1208
	%1210 = add i32 %322, %1209
	%1211 = icmp slt i32 %1210, %N
	%1212 = select i1 %1211, i32 %1210, i32 0
	%1213 = sitofp i32 %1148 to float
	%1214 = sext i32 %1212 to i64
	%1215 = getelementptr i32, i32* %40, i64 %1214
	%1216 = load i32, i32* %1215
	%1217 = sitofp i32 %1216 to float
	%1218 = fcmp ole float %1217, %1213
	%1219 = uitofp i1 %1218 to float
	%1220 = fcmp une float %1219, 0.0
	%1221 = and i1 %1211, %1220
	%1222 = select i1 %1221, float %836, float 0xFFF0000000000000
	%1223 = shl i32 %7, 1
	%1224 = add i32 8, %1223
	%1225 = add i32 %322, %1224
	%1226 = icmp slt i32 %1225, %N
	%1227 = select i1 %1226, i32 %1225, i32 0
	%1228 = sitofp i32 %1144 to float
	%1229 = sext i32 %1227 to i64
	%1230 = getelementptr i32, i32* %40, i64 %1229
	%1231 = load i32, i32* %1230
	%1232 = sitofp i32 %1231 to float
	%1233 = fcmp ole float %1232, %1228
	%1234 = uitofp i1 %1233 to float
	%1235 = fcmp une float %1234, 0.0
	%1236 = and i1 %1226, %1235
	%1237 = select i1 %1236, float %838, float 0xFFF0000000000000
	%1238 = shl i32 %7, 1
	%1239 = add i32 9, %1238
	%1240 = add i32 %322, %1239
	%1241 = icmp slt i32 %1240, %N
	%1242 = select i1 %1241, i32 %1240, i32 0
	%1243 = sitofp i32 %1144 to float
	%1244 = sext i32 %1242 to i64
	%1245 = getelementptr i32, i32* %40, i64 %1244
	%1246 = load i32, i32* %1245
	%1247 = sitofp i32 %1246 to float
	%1248 = fcmp ole float %1247, %1243
	%1249 = uitofp i1 %1248 to float
	%1250 = fcmp une float %1249, 0.0
	%1251 = and i1 %1241, %1250
	%1252 = select i1 %1251, float %839, float 0xFFF0000000000000
	%1253 = shl i32 %7, 1
	%1254 = add i32 8, %1253
	%1255 = add i32 %322, %1254
	%1256 = icmp slt i32 %1255, %N
	%1257 = select i1 %1256, i32 %1255, i32 0
	%1258 = sitofp i32 %1148 to float
	%1259 = sext i32 %1257 to i64
	%1260 = getelementptr i32, i32* %40, i64 %1259
	%1261 = load i32, i32* %1260
	%1262 = sitofp i32 %1261 to float
	%1263 = fcmp ole float %1262, %1258
	%1264 = uitofp i1 %1263 to float
	%1265 = fcmp une float %1264, 0.0
	%1266 = and i1 %1256, %1265
	%1267 = select i1 %1266, float %840, float 0xFFF0000000000000
	%1268 = shl i32 %7, 1
	%1269 = add i32 9, %1268
	%1270 = add i32 %322, %1269
	%1271 = icmp slt i32 %1270, %N
	%1272 = select i1 %1271, i32 %1270, i32 0
	%1273 = sitofp i32 %1148 to float
	%1274 = sext i32 %1272 to i64
	%1275 = getelementptr i32, i32* %40, i64 %1274
	%1276 = load i32, i32* %1275
	%1277 = sitofp i32 %1276 to float
	%1278 = fcmp ole float %1277, %1273
	%1279 = uitofp i1 %1278 to float
	%1280 = fcmp une float %1279, 0.0
	%1281 = and i1 %1271, %1280
	%1282 = select i1 %1281, float %841, float 0xFFF0000000000000
	%1283 = shl i32 %7, 1
	%1284 = add i32 16, %1283
	%1285 = add i32 %322, %1284
	%1286 = icmp slt i32 %1285, %N
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = sitofp i32 %1144 to float
	%1289 = sext i32 %1287 to i64
	%1290 = getelementptr i32, i32* %40, i64 %1289
	%1291 = load i32, i32* %1290
	%1292 = sitofp i32 %1291 to float
	%1293 = fcmp ole float %1292, %1288
	%1294 = uitofp i1 %1293 to float
	%1295 = fcmp une float %1294, 0.0
	%1296 = and i1 %1286, %1295
	%1297 = select i1 %1296, float %859, float 0xFFF0000000000000
	%1298 = shl i32 %7, 1
	%1299 = add i32 17, %1298
	%1300 = add i32 %322, %1299
	%1301 = icmp slt i32 %1300, %N
	%1302 = select i1 %1301, i32 %1300, i32 0
	%1303 = sitofp i32 %1144 to float
	%1304 = sext i32 %1302 to i64
	%1305 = getelementptr i32, i32* %40, i64 %1304
	%1306 = load i32, i32* %1305
	%1307 = sitofp i32 %1306 to float
	%1308 = fcmp ole float %1307, %1303
	%1309 = uitofp i1 %1308 to float
	%1310 = fcmp une float %1309, 0.0
	%1311 = and i1 %1301, %1310
	%1312 = select i1 %1311, float %860, float 0xFFF0000000000000
	%1313 = shl i32 %7, 1
	%1314 = add i32 16, %1313
	%1315 = add i32 %322, %1314
	%1316 = icmp slt i32 %1315, %N
	%1317 = select i1 %1316, i32 %1315, i32 0
	%1318 = sitofp i32 %1148 to float
	%1319 = sext i32 %1317 to i64
	%1320 = getelementptr i32, i32* %40, i64 %1319
	%1321 = load i32, i32* %1320
	%1322 = sitofp i32 %1321 to float
	%1323 = fcmp ole float %1322, %1318
	%1324 = uitofp i1 %1323 to float
	%1325 = fcmp une float %1324, 0.0
	%1326 = and i1 %1316, %1325
	%1327 = select i1 %1326, float %861, float 0xFFF0000000000000
	%1328 = shl i32 %7, 1
	%1329 = add i32 17, %1328
	%1330 = add i32 %322, %1329
	%1331 = icmp slt i32 %1330, %N
	%1332 = select i1 %1331, i32 %1330, i32 0
	%1333 = sitofp i32 %1148 to float
	%1334 = sext i32 %1332 to i64
	%1335 = getelementptr i32, i32* %40, i64 %1334
	%1336 = load i32, i32* %1335
	%1337 = sitofp i32 %1336 to float
	%1338 = fcmp ole float %1337, %1333
	%1339 = uitofp i1 %1338 to float
	%1340 = fcmp une float %1339, 0.0
	%1341 = and i1 %1331, %1340
	%1342 = select i1 %1341, float %862, float 0xFFF0000000000000
	%1343 = shl i32 %7, 1
	%1344 = add i32 24, %1343
	%1345 = add i32 %322, %1344
	%1346 = icmp slt i32 %1345, %N
	%1347 = select i1 %1346, i32 %1345, i32 0
	%1348 = sitofp i32 %1144 to float
	%1349 = sext i32 %1347 to i64
	%1350 = getelementptr i32, i32* %40, i64 %1349
	%1351 = load i32, i32* %1350
	%1352 = sitofp i32 %1351 to float
	%1353 = fcmp ole float %1352, %1348
	%1354 = uitofp i1 %1353 to float
	%1355 = fcmp une float %1354, 0.0
	%1356 = and i1 %1346, %1355
	%1357 = select i1 %1356, float %864, float 0xFFF0000000000000
	%1358 = shl i32 %7, 1
	%1359 = add i32 25, %1358
	%1360 = add i32 %322, %1359
	%1361 = icmp slt i32 %1360, %N
	%1362 = select i1 %1361, i32 %1360, i32 0
	%1363 = sitofp i32 %1144 to float
	%1364 = sext i32 %1362 to i64
	%1365 = getelementptr i32, i32* %40, i64 %1364
	%1366 = load i32, i32* %1365
	%1367 = sitofp i32 %1366 to float
	%1368 = fcmp ole float %1367, %1363
	%1369 = uitofp i1 %1368 to float
	%1370 = fcmp une float %1369, 0.0
	%1371 = and i1 %1361, %1370
	%1372 = select i1 %1371, float %865, float 0xFFF0000000000000
	%1373 = shl i32 %7, 1
	%1374 = add i32 24, %1373
	%1375 = add i32 %322, %1374
	%1376 = icmp slt i32 %1375, %N
	%1377 = select i1 %1376, i32 %1375, i32 0
	%1378 = sitofp i32 %1148 to float
	%1379 = sext i32 %1377 to i64
	%1380 = getelementptr i32, i32* %40, i64 %1379
	%1381 = load i32, i32* %1380
	%1382 = sitofp i32 %1381 to float
	%1383 = fcmp ole float %1382, %1378
	%1384 = uitofp i1 %1383 to float
	%1385 = fcmp une float %1384, 0.0
	%1386 = and i1 %1376, %1385
	%1387 = select i1 %1386, float %866, float 0xFFF0000000000000
	%1388 = shl i32 %7, 1
	%1389 = add i32 25, %1388
	%1390 = add i32 %322, %1389
	%1391 = icmp slt i32 %1390, %N
	%1392 = select i1 %1391, i32 %1390, i32 0
	%1393 = sitofp i32 %1148 to float
	%1394 = sext i32 %1392 to i64
	%1395 = getelementptr i32, i32* %40, i64 %1394
	%1396 = load i32, i32* %1395
	%1397 = sitofp i32 %1396 to float
	%1398 = fcmp ole float %1397, %1393
	%1399 = uitofp i1 %1398 to float
	%1400 = fcmp une float %1399, 0.0
	%1401 = and i1 %1391, %1400
	%1402 = select i1 %1401, float %867, float 0xFFF0000000000000
	%1403 = shl i32 %7, 1
	%1404 = add i32 32, %1403
	%1405 = add i32 %322, %1404
	%1406 = icmp slt i32 %1405, %N
	%1407 = select i1 %1406, i32 %1405, i32 0
	%1408 = sitofp i32 %1144 to float
	%1409 = sext i32 %1407 to i64
	%1410 = getelementptr i32, i32* %40, i64 %1409
	%1411 = load i32, i32* %1410
	%1412 = sitofp i32 %1411 to float
	%1413 = fcmp ole float %1412, %1408
	%1414 = uitofp i1 %1413 to float
	%1415 = fcmp une float %1414, 0.0
	%1416 = and i1 %1406, %1415
	%1417 = select i1 %1416, float %885, float 0xFFF0000000000000
	%1418 = shl i32 %7, 1
	%1419 = add i32 33, %1418
	%1420 = add i32 %322, %1419
	%1421 = icmp slt i32 %1420, %N
	%1422 = select i1 %1421, i32 %1420, i32 0
	%1423 = sitofp i32 %1144 to float
	%1424 = sext i32 %1422 to i64
	%1425 = getelementptr i32, i32* %40, i64 %1424
	%1426 = load i32, i32* %1425
	%1427 = sitofp i32 %1426 to float
	%1428 = fcmp ole float %1427, %1423
	%1429 = uitofp i1 %1428 to float
	%1430 = fcmp une float %1429, 0.0
	%1431 = and i1 %1421, %1430
	%1432 = select i1 %1431, float %886, float 0xFFF0000000000000
	%1433 = shl i32 %7, 1
	%1434 = add i32 32, %1433
	%1435 = add i32 %322, %1434
	%1436 = icmp slt i32 %1435, %N
	%1437 = select i1 %1436, i32 %1435, i32 0
	%1438 = sitofp i32 %1148 to float
	%1439 = sext i32 %1437 to i64
	%1440 = getelementptr i32, i32* %40, i64 %1439
	%1441 = load i32, i32* %1440
	%1442 = sitofp i32 %1441 to float
	%1443 = fcmp ole float %1442, %1438
	%1444 = uitofp i1 %1443 to float
	%1445 = fcmp une float %1444, 0.0
	%1446 = and i1 %1436, %1445
	%1447 = select i1 %1446, float %887, float 0xFFF0000000000000
	%1448 = shl i32 %7, 1
	%1449 = add i32 33, %1448
	%1450 = add i32 %322, %1449
	%1451 = icmp slt i32 %1450, %N
	%1452 = select i1 %1451, i32 %1450, i32 0
	%1453 = sitofp i32 %1148 to float
	%1454 = sext i32 %1452 to i64
	%1455 = getelementptr i32, i32* %40, i64 %1454
	%1456 = load i32, i32* %1455
	%1457 = sitofp i32 %1456 to float
	%1458 = fcmp ole float %1457, %1453
	%1459 = uitofp i1 %1458 to float
	%1460 = fcmp une float %1459, 0.0
	%1461 = and i1 %1451, %1460
	%1462 = select i1 %1461, float %888, float 0xFFF0000000000000
	%1463 = shl i32 %7, 1
	%1464 = add i32 40, %1463
	%1465 = add i32 %322, %1464
	%1466 = icmp slt i32 %1465, %N
	%1467 = select i1 %1466, i32 %1465, i32 0
	%1468 = sitofp i32 %1144 to float
	%1469 = sext i32 %1467 to i64
	%1470 = getelementptr i32, i32* %40, i64 %1469
	%1471 = load i32, i32* %1470
	%1472 = sitofp i32 %1471 to float
	%1473 = fcmp ole float %1472, %1468
	%1474 = uitofp i1 %1473 to float
	%1475 = fcmp une float %1474, 0.0
	%1476 = and i1 %1466, %1475
	%1477 = select i1 %1476, float %890, float 0xFFF0000000000000
	%1478 = shl i32 %7, 1
	%1479 = add i32 41, %1478
	%1480 = add i32 %322, %1479
	%1481 = icmp slt i32 %1480, %N
	%1482 = select i1 %1481, i32 %1480, i32 0
	%1483 = sitofp i32 %1144 to float
	%1484 = sext i32 %1482 to i64
	%1485 = getelementptr i32, i32* %40, i64 %1484
	%1486 = load i32, i32* %1485
	%1487 = sitofp i32 %1486 to float
	%1488 = fcmp ole float %1487, %1483
	%1489 = uitofp i1 %1488 to float
	%1490 = fcmp une float %1489, 0.0
	%1491 = and i1 %1481, %1490
	%1492 = select i1 %1491, float %891, float 0xFFF0000000000000
	%1493 = shl i32 %7, 1
	%1494 = add i32 40, %1493
	%1495 = add i32 %322, %1494
	%1496 = icmp slt i32 %1495, %N
	%1497 = select i1 %1496, i32 %1495, i32 0
	%1498 = sitofp i32 %1148 to float
	%1499 = sext i32 %1497 to i64
	%1500 = getelementptr i32, i32* %40, i64 %1499
	%1501 = load i32, i32* %1500
	%1502 = sitofp i32 %1501 to float
	%1503 = fcmp ole float %1502, %1498
	%1504 = uitofp i1 %1503 to float
	%1505 = fcmp une float %1504, 0.0
	%1506 = and i1 %1496, %1505
	%1507 = select i1 %1506, float %892, float 0xFFF0000000000000
	%1508 = shl i32 %7, 1
	%1509 = add i32 41, %1508
	%1510 = add i32 %322, %1509
	%1511 = icmp slt i32 %1510, %N
	%1512 = select i1 %1511, i32 %1510, i32 0
	%1513 = sitofp i32 %1148 to float
	%1514 = sext i32 %1512 to i64
	%1515 = getelementptr i32, i32* %40, i64 %1514
	%1516 = load i32, i32* %1515
	%1517 = sitofp i32 %1516 to float
	%1518 = fcmp ole float %1517, %1513
	%1519 = uitofp i1 %1518 to float
	%1520 = fcmp une float %1519, 0.0
	%1521 = and i1 %1511, %1520
	%1522 = select i1 %1521, float %893, float 0xFFF0000000000000
	%1523 = shl i32 %7, 1
	%1524 = add i32 48, %1523
	%1525 = add i32 %322, %1524
	%1526 = icmp slt i32 %1525, %N
	%1527 = select i1 %1526, i32 %1525, i32 0
	%1528 = sitofp i32 %1144 to float
	%1529 = sext i32 %1527 to i64
	%1530 = getelementptr i32, i32* %40, i64 %1529
	%1531 = load i32, i32* %1530
	%1532 = sitofp i32 %1531 to float
	%1533 = fcmp ole float %1532, %1528
	%1534 = uitofp i1 %1533 to float
	%1535 = fcmp une float %1534, 0.0
	%1536 = and i1 %1526, %1535
	%1537 = select i1 %1536, float %911, float 0xFFF0000000000000
	%1538 = shl i32 %7, 1
	%1539 = add i32 49, %1538
	%1540 = add i32 %322, %1539
	%1541 = icmp slt i32 %1540, %N
	%1542 = select i1 %1541, i32 %1540, i32 0
	%1543 = sitofp i32 %1144 to float
	%1544 = sext i32 %1542 to i64
	%1545 = getelementptr i32, i32* %40, i64 %1544
	%1546 = load i32, i32* %1545
	%1547 = sitofp i32 %1546 to float
	%1548 = fcmp ole float %1547, %1543
	%1549 = uitofp i1 %1548 to float
	%1550 = fcmp une float %1549, 0.0
	%1551 = and i1 %1541, %1550
	%1552 = select i1 %1551, float %912, float 0xFFF0000000000000
	%1553 = shl i32 %7, 1
	%1554 = add i32 48, %1553
	%1555 = add i32 %322, %1554
	%1556 = icmp slt i32 %1555, %N
	%1557 = select i1 %1556, i32 %1555, i32 0
	%1558 = sitofp i32 %1148 to float
	%1559 = sext i32 %1557 to i64
	%1560 = getelementptr i32, i32* %40, i64 %1559
	%1561 = load i32, i32* %1560
	%1562 = sitofp i32 %1561 to float
	%1563 = fcmp ole float %1562, %1558
	%1564 = uitofp i1 %1563 to float
	%1565 = fcmp une float %1564, 0.0
	%1566 = and i1 %1556, %1565
	%1567 = select i1 %1566, float %913, float 0xFFF0000000000000
	%1568 = shl i32 %7, 1
	%1569 = add i32 49, %1568
	%1570 = add i32 %322, %1569
	%1571 = icmp slt i32 %1570, %N
	%1572 = select i1 %1571, i32 %1570, i32 0
	%1573 = sitofp i32 %1148 to float
	%1574 = sext i32 %1572 to i64
	%1575 = getelementptr i32, i32* %40, i64 %1574
	%1576 = load i32, i32* %1575
	%1577 = sitofp i32 %1576 to float
	%1578 = fcmp ole float %1577, %1573
	%1579 = uitofp i1 %1578 to float
	%1580 = fcmp une float %1579, 0.0
	%1581 = and i1 %1571, %1580
	%1582 = select i1 %1581, float %914, float 0xFFF0000000000000
	%1583 = shl i32 %7, 1
	%1584 = add i32 56, %1583
	%1585 = add i32 %322, %1584
	%1586 = icmp slt i32 %1585, %N
	%1587 = select i1 %1586, i32 %1585, i32 0
	%1588 = sitofp i32 %1144 to float
	%1589 = sext i32 %1587 to i64
	%1590 = getelementptr i32, i32* %40, i64 %1589
	%1591 = load i32, i32* %1590
	%1592 = sitofp i32 %1591 to float
	%1593 = fcmp ole float %1592, %1588
	%1594 = uitofp i1 %1593 to float
	%1595 = fcmp une float %1594, 0.0
	%1596 = and i1 %1586, %1595
	%1597 = select i1 %1596, float %916, float 0xFFF0000000000000
	%1598 = shl i32 %7, 1
	%1599 = add i32 57, %1598
	%1600 = add i32 %322, %1599
	%1601 = icmp slt i32 %1600, %N
	%1602 = select i1 %1601, i32 %1600, i32 0
	%1603 = sitofp i32 %1144 to float
	%1604 = sext i32 %1602 to i64
	%1605 = getelementptr i32, i32* %40, i64 %1604
	%1606 = load i32, i32* %1605
	%1607 = sitofp i32 %1606 to float
	%1608 = fcmp ole float %1607, %1603
	%1609 = uitofp i1 %1608 to float
	%1610 = fcmp une float %1609, 0.0
	%1611 = and i1 %1601, %1610
	%1612 = select i1 %1611, float %917, float 0xFFF0000000000000
	%1613 = shl i32 %7, 1
	%1614 = add i32 56, %1613
	%1615 = add i32 %322, %1614
	%1616 = icmp slt i32 %1615, %N
	%1617 = select i1 %1616, i32 %1615, i32 0
	%1618 = sitofp i32 %1148 to float
	%1619 = sext i32 %1617 to i64
	%1620 = getelementptr i32, i32* %40, i64 %1619
	%1621 = load i32, i32* %1620
	%1622 = sitofp i32 %1621 to float
	%1623 = fcmp ole float %1622, %1618
	%1624 = uitofp i1 %1623 to float
	%1625 = fcmp une float %1624, 0.0
	%1626 = and i1 %1616, %1625
	%1627 = select i1 %1626, float %918, float 0xFFF0000000000000
	%1628 = shl i32 %7, 1
	%1629 = add i32 57, %1628
	%1630 = add i32 %322, %1629
	%1631 = icmp slt i32 %1630, %N
	%1632 = select i1 %1631, i32 %1630, i32 0
	%1633 = sitofp i32 %1148 to float
	%1634 = sext i32 %1632 to i64
	%1635 = getelementptr i32, i32* %40, i64 %1634
	%1636 = load i32, i32* %1635
	%1637 = sitofp i32 %1636 to float
	%1638 = fcmp ole float %1637, %1633
	%1639 = uitofp i1 %1638 to float
	%1640 = fcmp une float %1639, 0.0
	%1641 = and i1 %1631, %1640
	%1642 = select i1 %1641, float %919, float 0xFFF0000000000000
	%1643 = shl i32 %7, 1
	%1644 = add i32 0, %1643
	%1645 = add i32 %322, %1644
	%1646 = icmp slt i32 %1645, %N
	%1647 = select i1 %1646, i32 %1645, i32 0
	%1648 = sitofp i32 %1152 to float
	%1649 = sext i32 %1647 to i64
	%1650 = getelementptr i32, i32* %40, i64 %1649
	%1651 = load i32, i32* %1650
	%1652 = sitofp i32 %1651 to float
	%1653 = fcmp ole float %1652, %1648
	%1654 = uitofp i1 %1653 to float
	%1655 = fcmp une float %1654, 0.0
	%1656 = and i1 %1646, %1655
	%1657 = select i1 %1656, float %843, float 0xFFF0000000000000
	%1658 = shl i32 %7, 1
	%1659 = add i32 1, %1658
	%1660 = add i32 %322, %1659
	%1661 = icmp slt i32 %1660, %N
	%1662 = select i1 %1661, i32 %1660, i32 0
	%1663 = sitofp i32 %1152 to float
	%1664 = sext i32 %1662 to i64
	%1665 = getelementptr i32, i32* %40, i64 %1664
	%1666 = load i32, i32* %1665
	%1667 = sitofp i32 %1666 to float
	%1668 = fcmp ole float %1667, %1663
	%1669 = uitofp i1 %1668 to float
	%1670 = fcmp une float %1669, 0.0
	%1671 = and i1 %1661, %1670
	%1672 = select i1 %1671, float %844, float 0xFFF0000000000000
	%1673 = shl i32 %7, 1
	%1674 = add i32 0, %1673
	%1675 = add i32 %322, %1674
	%1676 = icmp slt i32 %1675, %N
	%1677 = select i1 %1676, i32 %1675, i32 0
	%1678 = sitofp i32 %1156 to float
	%1679 = sext i32 %1677 to i64
	%1680 = getelementptr i32, i32* %40, i64 %1679
	%1681 = load i32, i32* %1680
	%1682 = sitofp i32 %1681 to float
	%1683 = fcmp ole float %1682, %1678
	%1684 = uitofp i1 %1683 to float
	%1685 = fcmp une float %1684, 0.0
	%1686 = and i1 %1676, %1685
	%1687 = select i1 %1686, float %845, float 0xFFF0000000000000
	%1688 = shl i32 %7, 1
	%1689 = add i32 1, %1688
	%1690 = add i32 %322, %1689
	%1691 = icmp slt i32 %1690, %N
	%1692 = select i1 %1691, i32 %1690, i32 0
	%1693 = sitofp i32 %1156 to float
	%1694 = sext i32 %1692 to i64
	%1695 = getelementptr i32, i32* %40, i64 %1694
	%1696 = load i32, i32* %1695
	%1697 = sitofp i32 %1696 to float
	%1698 = fcmp ole float %1697, %1693
	%1699 = uitofp i1 %1698 to float
	%1700 = fcmp une float %1699, 0.0
	%1701 = and i1 %1691, %1700
	%1702 = select i1 %1701, float %846, float 0xFFF0000000000000
	%1703 = shl i32 %7, 1
	%1704 = add i32 8, %1703
	%1705 = add i32 %322, %1704
	%1706 = icmp slt i32 %1705, %N
	%1707 = select i1 %1706, i32 %1705, i32 0
	%1708 = sitofp i32 %1152 to float
	%1709 = sext i32 %1707 to i64
	%1710 = getelementptr i32, i32* %40, i64 %1709
	%1711 = load i32, i32* %1710
	%1712 = sitofp i32 %1711 to float
	%1713 = fcmp ole float %1712, %1708
	%1714 = uitofp i1 %1713 to float
	%1715 = fcmp une float %1714, 0.0
	%1716 = and i1 %1706, %1715
	%1717 = select i1 %1716, float %848, float 0xFFF0000000000000
	%1718 = shl i32 %7, 1
	%1719 = add i32 9, %1718
	%1720 = add i32 %322, %1719
	%1721 = icmp slt i32 %1720, %N
	%1722 = select i1 %1721, i32 %1720, i32 0
	%1723 = sitofp i32 %1152 to float
	%1724 = sext i32 %1722 to i64
	%1725 = getelementptr i32, i32* %40, i64 %1724
	%1726 = load i32, i32* %1725
	%1727 = sitofp i32 %1726 to float
	%1728 = fcmp ole float %1727, %1723
	%1729 = uitofp i1 %1728 to float
	%1730 = fcmp une float %1729, 0.0
	%1731 = and i1 %1721, %1730
	%1732 = select i1 %1731, float %849, float 0xFFF0000000000000
	%1733 = shl i32 %7, 1
	%1734 = add i32 8, %1733
	%1735 = add i32 %322, %1734
	%1736 = icmp slt i32 %1735, %N
	%1737 = select i1 %1736, i32 %1735, i32 0
	%1738 = sitofp i32 %1156 to float
	%1739 = sext i32 %1737 to i64
	%1740 = getelementptr i32, i32* %40, i64 %1739
	%1741 = load i32, i32* %1740
	%1742 = sitofp i32 %1741 to float
	%1743 = fcmp ole float %1742, %1738
	%1744 = uitofp i1 %1743 to float
	%1745 = fcmp une float %1744, 0.0
	%1746 = and i1 %1736, %1745
	%1747 = select i1 %1746, float %850, float 0xFFF0000000000000
	%1748 = shl i32 %7, 1
	%1749 = add i32 9, %1748
	%1750 = add i32 %322, %1749
	%1751 = icmp slt i32 %1750, %N
	%1752 = select i1 %1751, i32 %1750, i32 0
	%1753 = sitofp i32 %1156 to float
	%1754 = sext i32 %1752 to i64
	%1755 = getelementptr i32, i32* %40, i64 %1754
	%1756 = load i32, i32* %1755
	%1757 = sitofp i32 %1756 to float
	%1758 = fcmp ole float %1757, %1753
	%1759 = uitofp i1 %1758 to float
	%1760 = fcmp une float %1759, 0.0
	%1761 = and i1 %1751, %1760
	%1762 = select i1 %1761, float %851, float 0xFFF0000000000000
	%1763 = shl i32 %7, 1
	%1764 = add i32 16, %1763
	%1765 = add i32 %322, %1764
	%1766 = icmp slt i32 %1765, %N
	%1767 = select i1 %1766, i32 %1765, i32 0
	%1768 = sitofp i32 %1152 to float
	%1769 = sext i32 %1767 to i64
	%1770 = getelementptr i32, i32* %40, i64 %1769
	%1771 = load i32, i32* %1770
	%1772 = sitofp i32 %1771 to float
	%1773 = fcmp ole float %1772, %1768
	%1774 = uitofp i1 %1773 to float
	%1775 = fcmp une float %1774, 0.0
	%1776 = and i1 %1766, %1775
	%1777 = select i1 %1776, float %869, float 0xFFF0000000000000
	%1778 = shl i32 %7, 1
	%1779 = add i32 17, %1778
	%1780 = add i32 %322, %1779
	%1781 = icmp slt i32 %1780, %N
	%1782 = select i1 %1781, i32 %1780, i32 0
	%1783 = sitofp i32 %1152 to float
	%1784 = sext i32 %1782 to i64
	%1785 = getelementptr i32, i32* %40, i64 %1784
	%1786 = load i32, i32* %1785
	%1787 = sitofp i32 %1786 to float
	%1788 = fcmp ole float %1787, %1783
	%1789 = uitofp i1 %1788 to float
	%1790 = fcmp une float %1789, 0.0
	%1791 = and i1 %1781, %1790
	%1792 = select i1 %1791, float %870, float 0xFFF0000000000000
	%1793 = shl i32 %7, 1
	%1794 = add i32 16, %1793
	%1795 = add i32 %322, %1794
	%1796 = icmp slt i32 %1795, %N
	%1797 = select i1 %1796, i32 %1795, i32 0
	%1798 = sitofp i32 %1156 to float
	%1799 = sext i32 %1797 to i64
	%1800 = getelementptr i32, i32* %40, i64 %1799
	%1801 = load i32, i32* %1800
	%1802 = sitofp i32 %1801 to float
	%1803 = fcmp ole float %1802, %1798
	%1804 = uitofp i1 %1803 to float
	%1805 = fcmp une float %1804, 0.0
	%1806 = and i1 %1796, %1805
	%1807 = select i1 %1806, float %871, float 0xFFF0000000000000
	%1808 = shl i32 %7, 1
	%1809 = add i32 17, %1808
	%1810 = add i32 %322, %1809
	%1811 = icmp slt i32 %1810, %N
	%1812 = select i1 %1811, i32 %1810, i32 0
	%1813 = sitofp i32 %1156 to float
	%1814 = sext i32 %1812 to i64
	%1815 = getelementptr i32, i32* %40, i64 %1814
	%1816 = load i32, i32* %1815
	%1817 = sitofp i32 %1816 to float
	%1818 = fcmp ole float %1817, %1813
	%1819 = uitofp i1 %1818 to float
	%1820 = fcmp une float %1819, 0.0
	%1821 = and i1 %1811, %1820
	%1822 = select i1 %1821, float %872, float 0xFFF0000000000000
	%1823 = shl i32 %7, 1
	%1824 = add i32 24, %1823
	%1825 = add i32 %322, %1824
	%1826 = icmp slt i32 %1825, %N
	%1827 = select i1 %1826, i32 %1825, i32 0
	%1828 = sitofp i32 %1152 to float
	%1829 = sext i32 %1827 to i64
	%1830 = getelementptr i32, i32* %40, i64 %1829
	%1831 = load i32, i32* %1830
	%1832 = sitofp i32 %1831 to float
	%1833 = fcmp ole float %1832, %1828
	%1834 = uitofp i1 %1833 to float
	%1835 = fcmp une float %1834, 0.0
	%1836 = and i1 %1826, %1835
	%1837 = select i1 %1836, float %874, float 0xFFF0000000000000
	%1838 = shl i32 %7, 1
	%1839 = add i32 25, %1838
	%1840 = add i32 %322, %1839
	%1841 = icmp slt i32 %1840, %N
	%1842 = select i1 %1841, i32 %1840, i32 0
	%1843 = sitofp i32 %1152 to float
	%1844 = sext i32 %1842 to i64
	%1845 = getelementptr i32, i32* %40, i64 %1844
	%1846 = load i32, i32* %1845
	%1847 = sitofp i32 %1846 to float
	%1848 = fcmp ole float %1847, %1843
	%1849 = uitofp i1 %1848 to float
	%1850 = fcmp une float %1849, 0.0
	%1851 = and i1 %1841, %1850
	%1852 = select i1 %1851, float %875, float 0xFFF0000000000000
	%1853 = shl i32 %7, 1
	%1854 = add i32 24, %1853
	%1855 = add i32 %322, %1854
	%1856 = icmp slt i32 %1855, %N
	%1857 = select i1 %1856, i32 %1855, i32 0
	%1858 = sitofp i32 %1156 to float
	%1859 = sext i32 %1857 to i64
	%1860 = getelementptr i32, i32* %40, i64 %1859
	%1861 = load i32, i32* %1860
	%1862 = sitofp i32 %1861 to float
	%1863 = fcmp ole float %1862, %1858
	%1864 = uitofp i1 %1863 to float
	%1865 = fcmp une float %1864, 0.0
	%1866 = and i1 %1856, %1865
	%1867 = select i1 %1866, float %876, float 0xFFF0000000000000
	%1868 = shl i32 %7, 1
	%1869 = add i32 25, %1868
	%1870 = add i32 %322, %1869
	%1871 = icmp slt i32 %1870, %N
	%1872 = select i1 %1871, i32 %1870, i32 0
	%1873 = sitofp i32 %1156 to float
	%1874 = sext i32 %1872 to i64
	%1875 = getelementptr i32, i32* %40, i64 %1874
	%1876 = load i32, i32* %1875
	%1877 = sitofp i32 %1876 to float
	%1878 = fcmp ole float %1877, %1873
	%1879 = uitofp i1 %1878 to float
	%1880 = fcmp une float %1879, 0.0
	%1881 = and i1 %1871, %1880
	%1882 = select i1 %1881, float %877, float 0xFFF0000000000000
	%1883 = shl i32 %7, 1
	%1884 = add i32 32, %1883
	%1885 = add i32 %322, %1884
	%1886 = icmp slt i32 %1885, %N
	%1887 = select i1 %1886, i32 %1885, i32 0
	%1888 = sitofp i32 %1152 to float
	%1889 = sext i32 %1887 to i64
	%1890 = getelementptr i32, i32* %40, i64 %1889
	%1891 = load i32, i32* %1890
	%1892 = sitofp i32 %1891 to float
	%1893 = fcmp ole float %1892, %1888
	%1894 = uitofp i1 %1893 to float
	%1895 = fcmp une float %1894, 0.0
	%1896 = and i1 %1886, %1895
	%1897 = select i1 %1896, float %895, float 0xFFF0000000000000
	%1898 = shl i32 %7, 1
	%1899 = add i32 33, %1898
	%1900 = add i32 %322, %1899
	%1901 = icmp slt i32 %1900, %N
	%1902 = select i1 %1901, i32 %1900, i32 0
	%1903 = sitofp i32 %1152 to float
	%1904 = sext i32 %1902 to i64
	%1905 = getelementptr i32, i32* %40, i64 %1904
	%1906 = load i32, i32* %1905
	%1907 = sitofp i32 %1906 to float
	%1908 = fcmp ole float %1907, %1903
	%1909 = uitofp i1 %1908 to float
	%1910 = fcmp une float %1909, 0.0
	%1911 = and i1 %1901, %1910
	%1912 = select i1 %1911, float %896, float 0xFFF0000000000000
	%1913 = shl i32 %7, 1
	%1914 = add i32 32, %1913
	%1915 = add i32 %322, %1914
	%1916 = icmp slt i32 %1915, %N
	%1917 = select i1 %1916, i32 %1915, i32 0
	%1918 = sitofp i32 %1156 to float
	%1919 = sext i32 %1917 to i64
	%1920 = getelementptr i32, i32* %40, i64 %1919
	%1921 = load i32, i32* %1920
	%1922 = sitofp i32 %1921 to float
	%1923 = fcmp ole float %1922, %1918
	%1924 = uitofp i1 %1923 to float
	%1925 = fcmp une float %1924, 0.0
	%1926 = and i1 %1916, %1925
	%1927 = select i1 %1926, float %897, float 0xFFF0000000000000
	%1928 = shl i32 %7, 1
	%1929 = add i32 33, %1928
	%1930 = add i32 %322, %1929
	%1931 = icmp slt i32 %1930, %N
	%1932 = select i1 %1931, i32 %1930, i32 0
	%1933 = sitofp i32 %1156 to float
	%1934 = sext i32 %1932 to i64
	%1935 = getelementptr i32, i32* %40, i64 %1934
	%1936 = load i32, i32* %1935
	%1937 = sitofp i32 %1936 to float
	%1938 = fcmp ole float %1937, %1933
	%1939 = uitofp i1 %1938 to float
	%1940 = fcmp une float %1939, 0.0
	%1941 = and i1 %1931, %1940
	%1942 = select i1 %1941, float %898, float 0xFFF0000000000000
	%1943 = shl i32 %7, 1
	%1944 = add i32 40, %1943
	%1945 = add i32 %322, %1944
	%1946 = icmp slt i32 %1945, %N
	%1947 = select i1 %1946, i32 %1945, i32 0
	%1948 = sitofp i32 %1152 to float
	%1949 = sext i32 %1947 to i64
	%1950 = getelementptr i32, i32* %40, i64 %1949
	%1951 = load i32, i32* %1950
	%1952 = sitofp i32 %1951 to float
	%1953 = fcmp ole float %1952, %1948
	%1954 = uitofp i1 %1953 to float
	%1955 = fcmp une float %1954, 0.0
	%1956 = and i1 %1946, %1955
	%1957 = select i1 %1956, float %900, float 0xFFF0000000000000
	%1958 = shl i32 %7, 1
	%1959 = add i32 41, %1958
	%1960 = add i32 %322, %1959
	%1961 = icmp slt i32 %1960, %N
	%1962 = select i1 %1961, i32 %1960, i32 0
	%1963 = sitofp i32 %1152 to float
	%1964 = sext i32 %1962 to i64
	%1965 = getelementptr i32, i32* %40, i64 %1964
	%1966 = load i32, i32* %1965
	%1967 = sitofp i32 %1966 to float
	%1968 = fcmp ole float %1967, %1963
	%1969 = uitofp i1 %1968 to float
	%1970 = fcmp une float %1969, 0.0
	%1971 = and i1 %1961, %1970
	%1972 = select i1 %1971, float %901, float 0xFFF0000000000000
	%1973 = shl i32 %7, 1
	%1974 = add i32 40, %1973
	%1975 = add i32 %322, %1974
	%1976 = icmp slt i32 %1975, %N
	%1977 = select i1 %1976, i32 %1975, i32 0
	%1978 = sitofp i32 %1156 to float
	%1979 = sext i32 %1977 to i64
	%1980 = getelementptr i32, i32* %40, i64 %1979
	%1981 = load i32, i32* %1980
	%1982 = sitofp i32 %1981 to float
	%1983 = fcmp ole float %1982, %1978
	%1984 = uitofp i1 %1983 to float
	%1985 = fcmp une float %1984, 0.0
	%1986 = and i1 %1976, %1985
	%1987 = select i1 %1986, float %902, float 0xFFF0000000000000
	%1988 = shl i32 %7, 1
	%1989 = add i32 41, %1988
	%1990 = add i32 %322, %1989
	%1991 = icmp slt i32 %1990, %N
	%1992 = select i1 %1991, i32 %1990, i32 0
	%1993 = sitofp i32 %1156 to float
	%1994 = sext i32 %1992 to i64
	%1995 = getelementptr i32, i32* %40, i64 %1994
	%1996 = load i32, i32* %1995
	%1997 = sitofp i32 %1996 to float
	%1998 = fcmp ole float %1997, %1993
	%1999 = uitofp i1 %1998 to float
	%2000 = fcmp une float %1999, 0.0
	%2001 = and i1 %1991, %2000
	%2002 = select i1 %2001, float %903, float 0xFFF0000000000000
	%2003 = shl i32 %7, 1
	%2004 = add i32 48, %2003
	%2005 = add i32 %322, %2004
	%2006 = icmp slt i32 %2005, %N
	%2007 = select i1 %2006, i32 %2005, i32 0
	%2008 = sitofp i32 %1152 to float
	%2009 = sext i32 %2007 to i64
	%2010 = getelementptr i32, i32* %40, i64 %2009
	%2011 = load i32, i32* %2010
	%2012 = sitofp i32 %2011 to float
	%2013 = fcmp ole float %2012, %2008
	%2014 = uitofp i1 %2013 to float
	%2015 = fcmp une float %2014, 0.0
	%2016 = and i1 %2006, %2015
	%2017 = select i1 %2016, float %921, float 0xFFF0000000000000
	%2018 = shl i32 %7, 1
	%2019 = add i32 49, %2018
	%2020 = add i32 %322, %2019
	%2021 = icmp slt i32 %2020, %N
	%2022 = select i1 %2021, i32 %2020, i32 0
	%2023 = sitofp i32 %1152 to float
	%2024 = sext i32 %2022 to i64
	%2025 = getelementptr i32, i32* %40, i64 %2024
	%2026 = load i32, i32* %2025
	%2027 = sitofp i32 %2026 to float
	%2028 = fcmp ole float %2027, %2023
	%2029 = uitofp i1 %2028 to float
	%2030 = fcmp une float %2029, 0.0
	%2031 = and i1 %2021, %2030
	%2032 = select i1 %2031, float %922, float 0xFFF0000000000000
	%2033 = shl i32 %7, 1
	%2034 = add i32 48, %2033
	%2035 = add i32 %322, %2034
	%2036 = icmp slt i32 %2035, %N
	%2037 = select i1 %2036, i32 %2035, i32 0
	%2038 = sitofp i32 %1156 to float
	%2039 = sext i32 %2037 to i64
	%2040 = getelementptr i32, i32* %40, i64 %2039
	%2041 = load i32, i32* %2040
	%2042 = sitofp i32 %2041 to float
	%2043 = fcmp ole float %2042, %2038
	%2044 = uitofp i1 %2043 to float
	%2045 = fcmp une float %2044, 0.0
	%2046 = and i1 %2036, %2045
	%2047 = select i1 %2046, float %923, float 0xFFF0000000000000
	%2048 = shl i32 %7, 1
	%2049 = add i32 49, %2048
	%2050 = add i32 %322, %2049
	%2051 = icmp slt i32 %2050, %N
	%2052 = select i1 %2051, i32 %2050, i32 0
	%2053 = sitofp i32 %1156 to float
	%2054 = sext i32 %2052 to i64
	%2055 = getelementptr i32, i32* %40, i64 %2054
	%2056 = load i32, i32* %2055
	%2057 = sitofp i32 %2056 to float
	%2058 = fcmp ole float %2057, %2053
	%2059 = uitofp i1 %2058 to float
	%2060 = fcmp une float %2059, 0.0
	%2061 = and i1 %2051, %2060
	%2062 = select i1 %2061, float %924, float 0xFFF0000000000000
	%2063 = shl i32 %7, 1
	%2064 = add i32 56, %2063
	%2065 = add i32 %322, %2064
	%2066 = icmp slt i32 %2065, %N
	%2067 = select i1 %2066, i32 %2065, i32 0
	%2068 = sitofp i32 %1152 to float
	%2069 = sext i32 %2067 to i64
	%2070 = getelementptr i32, i32* %40, i64 %2069
	%2071 = load i32, i32* %2070
	%2072 = sitofp i32 %2071 to float
	%2073 = fcmp ole float %2072, %2068
	%2074 = uitofp i1 %2073 to float
	%2075 = fcmp une float %2074, 0.0
	%2076 = and i1 %2066, %2075
	%2077 = select i1 %2076, float %926, float 0xFFF0000000000000
	%2078 = shl i32 %7, 1
	%2079 = add i32 57, %2078
	%2080 = add i32 %322, %2079
	%2081 = icmp slt i32 %2080, %N
	%2082 = select i1 %2081, i32 %2080, i32 0
	%2083 = sitofp i32 %1152 to float
	%2084 = sext i32 %2082 to i64
	%2085 = getelementptr i32, i32* %40, i64 %2084
	%2086 = load i32, i32* %2085
	%2087 = sitofp i32 %2086 to float
	%2088 = fcmp ole float %2087, %2083
	%2089 = uitofp i1 %2088 to float
	%2090 = fcmp une float %2089, 0.0
	%2091 = and i1 %2081, %2090
	%2092 = select i1 %2091, float %927, float 0xFFF0000000000000
	%2093 = shl i32 %7, 1
	%2094 = add i32 56, %2093
	%2095 = add i32 %322, %2094
	%2096 = icmp slt i32 %2095, %N
	%2097 = select i1 %2096, i32 %2095, i32 0
	%2098 = sitofp i32 %1156 to float
	%2099 = sext i32 %2097 to i64
	%2100 = getelementptr i32, i32* %40, i64 %2099
	%2101 = load i32, i32* %2100
	%2102 = sitofp i32 %2101 to float
	%2103 = fcmp ole float %2102, %2098
	%2104 = uitofp i1 %2103 to float
	%2105 = fcmp une float %2104, 0.0
	%2106 = and i1 %2096, %2105
	%2107 = select i1 %2106, float %928, float 0xFFF0000000000000
	%2108 = shl i32 %7, 1
	%2109 = add i32 57, %2108
	%2110 = add i32 %322, %2109
	%2111 = icmp slt i32 %2110, %N
	%2112 = select i1 %2111, i32 %2110, i32 0
	%2113 = sitofp i32 %1156 to float
	%2114 = sext i32 %2112 to i64
	%2115 = getelementptr i32, i32* %40, i64 %2114
	%2116 = load i32, i32* %2115
	%2117 = sitofp i32 %2116 to float
	%2118 = fcmp ole float %2117, %2113
	%2119 = uitofp i1 %2118 to float
	%2120 = fcmp une float %2119, 0.0
	%2121 = and i1 %2111, %2120
	%2122 = select i1 %2121, float %929, float 0xFFF0000000000000
	br label %softmax

softmax:
	%2123 = phi float [ %833, %prefetched ], [ %1177, %partial ]
	%2124 = phi float [ %834, %prefetched ], [ %1192, %partial ]
	%2125 = phi float [ %835, %prefetched ], [ %1207, %partial ]
	%2126 = phi float [ %836, %prefetched ], [ %1222, %partial ]
	%2127 = phi float [ %838, %prefetched ], [ %1237, %partial ]
	%2128 = phi float [ %839, %prefetched ], [ %1252, %partial ]
	%2129 = phi float [ %840, %prefetched ], [ %1267, %partial ]
	%2130 = phi float [ %841, %prefetched ], [ %1282, %partial ]
	%2131 = phi float [ %859, %prefetched ], [ %1297, %partial ]
	%2132 = phi float [ %860, %prefetched ], [ %1312, %partial ]
	%2133 = phi float [ %861, %prefetched ], [ %1327, %partial ]
	%2134 = phi float [ %862, %prefetched ], [ %1342, %partial ]
	%2135 = phi float [ %864, %prefetched ], [ %1357, %partial ]
	%2136 = phi float [ %865, %prefetched ], [ %1372, %partial ]
	%2137 = phi float [ %866, %prefetched ], [ %1387, %partial ]
	%2138 = phi float [ %867, %prefetched ], [ %1402, %partial ]
	%2139 = phi float [ %885, %prefetched ], [ %1417, %partial ]
	%2140 = phi float [ %886, %prefetched ], [ %1432, %partial ]
	%2141 = phi float [ %887, %prefetched ], [ %1447, %partial ]
	%2142 = phi float [ %888, %prefetched ], [ %1462, %partial ]
	%2143 = phi float [ %890, %prefetched ], [ %1477, %partial ]
	%2144 = phi float [ %891, %prefetched ], [ %1492, %partial ]
	%2145 = phi float [ %892, %prefetched ], [ %1507, %partial ]
	%2146 = phi float [ %893, %prefetched ], [ %1522, %partial ]
	%2147 = phi float [ %911, %prefetched ], [ %1537, %partial ]
	%2148 = phi float [ %912, %prefetched ], [ %1552, %partial ]
	%2149 = phi float [ %913, %prefetched ], [ %1567, %partial ]
	%2150 = phi float [ %914, %prefetched ], [ %1582, %partial ]
	%2151 = phi float [ %916, %prefetched ], [ %1597, %partial ]
	%2152 = phi float [ %917, %prefetched ], [ %1612, %partial ]
	%2153 = phi float [ %918, %prefetched ], [ %1627, %partial ]
	%2154 = phi float [ %919, %prefetched ], [ %1642, %partial ]
	%2155 = phi float [ %843, %prefetched ], [ %1657, %partial ]
	%2156 = phi float [ %844, %prefetched ], [ %1672, %partial ]
	%2157 = phi float [ %845, %prefetched ], [ %1687, %partial ]
	%2158 = phi float [ %846, %prefetched ], [ %1702, %partial ]
	%2159 = phi float [ %848, %prefetched ], [ %1717, %partial ]
	%2160 = phi float [ %849, %prefetched ], [ %1732, %partial ]
	%2161 = phi float [ %850, %prefetched ], [ %1747, %partial ]
	%2162 = phi float [ %851, %prefetched ], [ %1762, %partial ]
	%2163 = phi float [ %869, %prefetched ], [ %1777, %partial ]
	%2164 = phi float [ %870, %prefetched ], [ %1792, %partial ]
	%2165 = phi float [ %871, %prefetched ], [ %1807, %partial ]
	%2166 = phi float [ %872, %prefetched ], [ %1822, %partial ]
	%2167 = phi float [ %874, %prefetched ], [ %1837, %partial ]
	%2168 = phi float [ %875, %prefetched ], [ %1852, %partial ]
	%2169 = phi float [ %876, %prefetched ], [ %1867, %partial ]
	%2170 = phi float [ %877, %prefetched ], [ %1882, %partial ]
	%2171 = phi float [ %895, %prefetched ], [ %1897, %partial ]
	%2172 = phi float [ %896, %prefetched ], [ %1912, %partial ]
	%2173 = phi float [ %897, %prefetched ], [ %1927, %partial ]
	%2174 = phi float [ %898, %prefetched ], [ %1942, %partial ]
	%2175 = phi float [ %900, %prefetched ], [ %1957, %partial ]
	%2176 = phi float [ %901, %prefetched ], [ %1972, %partial ]
	%2177 = phi float [ %902, %prefetched ], [ %1987, %partial ]
	%2178 = phi float [ %903, %prefetched ], [ %2002, %partial ]
	%2179 = phi float [ %921, %prefetched ], [ %2017, %partial ]
	%2180 = phi float [ %922, %prefetched ], [ %2032, %partial ]
	%2181 = phi float [ %923, %prefetched ], [ %2047, %partial ]
	%2182 = phi float [ %924, %prefetched ], [ %2062, %partial ]
	%2183 = phi float [ %926, %prefetched ], [ %2077, %partial ]
	%2184 = phi float [ %927, %prefetched ], [ %2092, %partial ]
	%2185 = phi float [ %928, %prefetched ], [ %2107, %partial ]
	%2186 = phi float [ %929, %prefetched ], [ %2122, %partial ]
	%2187 = call float @llvm.nvvm.fmax.f(float %2123, float %2124)
	%2188 = call float @llvm.nvvm.fmax.f(float %2127, float %2128)
	%2189 = call float @llvm.nvvm.fmax.f(float %2131, float %2132)
	%2190 = call float @llvm.nvvm.fmax.f(float %2135, float %2136)
	%2191 = call float @llvm.nvvm.fmax.f(float %2139, float %2140)
	%2192 = call float @llvm.nvvm.fmax.f(float %2143, float %2144)
	%2193 = call float @llvm.nvvm.fmax.f(float %2147, float %2148)
	%2194 = call float @llvm.nvvm.fmax.f(float %2151, float %2152)
	%2195 = call float @llvm.nvvm.fmax.f(float %2187, float %2188)
	%2196 = call float @llvm.nvvm.fmax.f(float %2189, float %2190)
	%2197 = call float @llvm.nvvm.fmax.f(float %2191, float %2192)
	%2198 = call float @llvm.nvvm.fmax.f(float %2193, float %2194)
	%2199 = call float @llvm.nvvm.fmax.f(float %2195, float %2196)
	%2200 = call float @llvm.nvvm.fmax.f(float %2197, float %2198)
	%2201 = call float @llvm.nvvm.fmax.f(float %2199, float %2200)
	%2202 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2201, i32 1, i32 31)
	%2203 = call float @llvm.nvvm.fmax.f(float %2201, float %2202)
	%2204 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2203, i32 2, i32 31)
	%2205 = call float @llvm.nvvm.fmax.f(float %2203, float %2204)
	%2206 = fmul float %2205, 0x3FC7154760000000
	%2207 = call float @llvm.nvvm.fmax.f(float %314, float %2206)
	%2208 = fadd float %314, 8.0
	%2209 = fcmp ogt float %2207, %2208
	%2210 = or i1 false, %2209
	%2211 = call float @llvm.nvvm.fmax.f(float %2125, float %2126)
	%2212 = call float @llvm.nvvm.fmax.f(float %2129, float %2130)
	%2213 = call float @llvm.nvvm.fmax.f(float %2133, float %2134)
	%2214 = call float @llvm.nvvm.fmax.f(float %2137, float %2138)
	%2215 = call float @llvm.nvvm.fmax.f(float %2141, float %2142)
	%2216 = call float @llvm.nvvm.fmax.f(float %2145, float %2146)
	%2217 = call float @llvm.nvvm.fmax.f(float %2149, float %2150)
	%2218 = call float @llvm.nvvm.fmax.f(float %2153, float %2154)
	%2219 = call float @llvm.nvvm.fmax.f(float %2211, float %2212)
	%2220 = call float @llvm.nvvm.fmax.f(float %2213, float %2214)
	%2221 = call float @llvm.nvvm.fmax.f(float %2215, float %2216)
	%2222 = call float @llvm.nvvm.fmax.f(float %2217, float %2218)
	%2223 = call float @llvm.nvvm.fmax.f(float %2219, float %2220)
	%2224 = call float @llvm.nvvm.fmax.f(float %2221, float %2222)
	%2225 = call float @llvm.nvvm.fmax.f(float %2223, float %2224)
	%2226 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2225, i32 1, i32 31)
	%2227 = call float @llvm.nvvm.fmax.f(float %2225, float %2226)
	%2228 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2227, i32 2, i32 31)
	%2229 = call float @llvm.nvvm.fmax.f(float %2227, float %2228)
	%2230 = fmul float %2229, 0x3FC7154760000000
	%2231 = call float @llvm.nvvm.fmax.f(float %316, float %2230)
	%2232 = fadd float %316, 8.0
	%2233 = fcmp ogt float %2231, %2232
	%2234 = or i1 %2210, %2233
	%2235 = call float @llvm.nvvm.fmax.f(float %2155, float %2156)
	%2236 = call float @llvm.nvvm.fmax.f(float %2159, float %2160)
	%2237 = call float @llvm.nvvm.fmax.f(float %2163, float %2164)
	%2238 = call float @llvm.nvvm.fmax.f(float %2167, float %2168)
	%2239 = call float @llvm.nvvm.fmax.f(float %2171, float %2172)
	%2240 = call float @llvm.nvvm.fmax.f(float %2175, float %2176)
	%2241 = call float @llvm.nvvm.fmax.f(float %2179, float %2180)
	%2242 = call float @llvm.nvvm.fmax.f(float %2183, float %2184)
	%2243 = call float @llvm.nvvm.fmax.f(float %2235, float %2236)
	%2244 = call float @llvm.nvvm.fmax.f(float %2237, float %2238)
	%2245 = call float @llvm.nvvm.fmax.f(float %2239, float %2240)
	%2246 = call float @llvm.nvvm.fmax.f(float %2241, float %2242)
	%2247 = call float @llvm.nvvm.fmax.f(float %2243, float %2244)
	%2248 = call float @llvm.nvvm.fmax.f(float %2245, float %2246)
	%2249 = call float @llvm.nvvm.fmax.f(float %2247, float %2248)
	%2250 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2249, i32 1, i32 31)
	%2251 = call float @llvm.nvvm.fmax.f(float %2249, float %2250)
	%2252 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2251, i32 2, i32 31)
	%2253 = call float @llvm.nvvm.fmax.f(float %2251, float %2252)
	%2254 = fmul float %2253, 0x3FC7154760000000
	%2255 = call float @llvm.nvvm.fmax.f(float %318, float %2254)
	%2256 = fadd float %318, 8.0
	%2257 = fcmp ogt float %2255, %2256
	%2258 = or i1 %2234, %2257
	%2259 = call float @llvm.nvvm.fmax.f(float %2157, float %2158)
	%2260 = call float @llvm.nvvm.fmax.f(float %2161, float %2162)
	%2261 = call float @llvm.nvvm.fmax.f(float %2165, float %2166)
	%2262 = call float @llvm.nvvm.fmax.f(float %2169, float %2170)
	%2263 = call float @llvm.nvvm.fmax.f(float %2173, float %2174)
	%2264 = call float @llvm.nvvm.fmax.f(float %2177, float %2178)
	%2265 = call float @llvm.nvvm.fmax.f(float %2181, float %2182)
	%2266 = call float @llvm.nvvm.fmax.f(float %2185, float %2186)
	%2267 = call float @llvm.nvvm.fmax.f(float %2259, float %2260)
	%2268 = call float @llvm.nvvm.fmax.f(float %2261, float %2262)
	%2269 = call float @llvm.nvvm.fmax.f(float %2263, float %2264)
	%2270 = call float @llvm.nvvm.fmax.f(float %2265, float %2266)
	%2271 = call float @llvm.nvvm.fmax.f(float %2267, float %2268)
	%2272 = call float @llvm.nvvm.fmax.f(float %2269, float %2270)
	%2273 = call float @llvm.nvvm.fmax.f(float %2271, float %2272)
	%2274 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2273, i32 1, i32 31)
	%2275 = call float @llvm.nvvm.fmax.f(float %2273, float %2274)
	%2276 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2275, i32 2, i32 31)
	%2277 = call float @llvm.nvvm.fmax.f(float %2275, float %2276)
	%2278 = fmul float %2277, 0x3FC7154760000000
	%2279 = call float @llvm.nvvm.fmax.f(float %320, float %2278)
	%2280 = fadd float %320, 8.0
	%2281 = fcmp ogt float %2279, %2280
	%2282 = or i1 %2258, %2281
	%2283 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %2282)
	br i1 %2283, label %2284, label %2369

2284:
	%2285 = fcmp oeq float %2207, 0xFFF0000000000000
	%2286 = select i1 %2285, float 0.0, float %2207
	%2287 = fsub float %314, %2286
	%2288 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2287)
	%2289 = fcmp oeq float %2231, 0xFFF0000000000000
	%2290 = select i1 %2289, float 0.0, float %2231
	%2291 = fsub float %316, %2290
	%2292 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2291)
	%2293 = fcmp oeq float %2255, 0xFFF0000000000000
	%2294 = select i1 %2293, float 0.0, float %2255
	%2295 = fsub float %318, %2294
	%2296 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2295)
	%2297 = fcmp oeq float %2279, 0xFFF0000000000000
	%2298 = select i1 %2297, float 0.0, float %2279
	%2299 = fsub float %320, %2298
	%2300 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2299)
	%2301 = fmul float %250, %2288
	%2302 = fmul float %251, %2288
	%2303 = fmul float %252, %2292
	%2304 = fmul float %253, %2292
	%2305 = fmul float %254, %2288
	%2306 = fmul float %255, %2288
	%2307 = fmul float %256, %2292
	%2308 = fmul float %257, %2292
	%2309 = fmul float %258, %2288
	%2310 = fmul float %259, %2288
	%2311 = fmul float %260, %2292
	%2312 = fmul float %261, %2292
	%2313 = fmul float %262, %2288
	%2314 = fmul float %263, %2288
	%2315 = fmul float %264, %2292
	%2316 = fmul float %265, %2292
	%2317 = fmul float %266, %2288
	%2318 = fmul float %267, %2288
	%2319 = fmul float %268, %2292
	%2320 = fmul float %269, %2292
	%2321 = fmul float %270, %2288
	%2322 = fmul float %271, %2288
	%2323 = fmul float %272, %2292
	%2324 = fmul float %273, %2292
	%2325 = fmul float %274, %2288
	%2326 = fmul float %275, %2288
	%2327 = fmul float %276, %2292
	%2328 = fmul float %277, %2292
	%2329 = fmul float %278, %2288
	%2330 = fmul float %279, %2288
	%2331 = fmul float %280, %2292
	%2332 = fmul float %281, %2292
	%2333 = fmul float %282, %2296
	%2334 = fmul float %283, %2296
	%2335 = fmul float %284, %2300
	%2336 = fmul float %285, %2300
	%2337 = fmul float %286, %2296
	%2338 = fmul float %287, %2296
	%2339 = fmul float %288, %2300
	%2340 = fmul float %289, %2300
	%2341 = fmul float %290, %2296
	%2342 = fmul float %291, %2296
	%2343 = fmul float %292, %2300
	%2344 = fmul float %293, %2300
	%2345 = fmul float %294, %2296
	%2346 = fmul float %295, %2296
	%2347 = fmul float %296, %2300
	%2348 = fmul float %297, %2300
	%2349 = fmul float %298, %2296
	%2350 = fmul float %299, %2296
	%2351 = fmul float %300, %2300
	%2352 = fmul float %301, %2300
	%2353 = fmul float %302, %2296
	%2354 = fmul float %303, %2296
	%2355 = fmul float %304, %2300
	%2356 = fmul float %305, %2300
	%2357 = fmul float %306, %2296
	%2358 = fmul float %307, %2296
	%2359 = fmul float %308, %2300
	%2360 = fmul float %309, %2300
	%2361 = fmul float %310, %2296
	%2362 = fmul float %311, %2296
	%2363 = fmul float %312, %2300
	%2364 = fmul float %313, %2300
	%2365 = fmul float %315, %2288
	%2366 = fmul float %317, %2292
	%2367 = fmul float %319, %2296
	%2368 = fmul float %321, %2300
	br label %2369

2369:
	%2370 = phi float [ %250, %softmax ], [ %2301, %2284 ]
	%2371 = phi float [ %251, %softmax ], [ %2302, %2284 ]
	%2372 = phi float [ %252, %softmax ], [ %2303, %2284 ]
	%2373 = phi float [ %253, %softmax ], [ %2304, %2284 ]
	%2374 = phi float [ %254, %softmax ], [ %2305, %2284 ]
	%2375 = phi float [ %255, %softmax ], [ %2306, %2284 ]
	%2376 = phi float [ %256, %softmax ], [ %2307, %2284 ]
	%2377 = phi float [ %257, %softmax ], [ %2308, %2284 ]
	%2378 = phi float [ %258, %softmax ], [ %2309, %2284 ]
	%2379 = phi float [ %259, %softmax ], [ %2310, %2284 ]
	%2380 = phi float [ %260, %softmax ], [ %2311, %2284 ]
	%2381 = phi float [ %261, %softmax ], [ %2312, %2284 ]
	%2382 = phi float [ %262, %softmax ], [ %2313, %2284 ]
	%2383 = phi float [ %263, %softmax ], [ %2314, %2284 ]
	%2384 = phi float [ %264, %softmax ], [ %2315, %2284 ]
	%2385 = phi float [ %265, %softmax ], [ %2316, %2284 ]
	%2386 = phi float [ %266, %softmax ], [ %2317, %2284 ]
	%2387 = phi float [ %267, %softmax ], [ %2318, %2284 ]
	%2388 = phi float [ %268, %softmax ], [ %2319, %2284 ]
	%2389 = phi float [ %269, %softmax ], [ %2320, %2284 ]
	%2390 = phi float [ %270, %softmax ], [ %2321, %2284 ]
	%2391 = phi float [ %271, %softmax ], [ %2322, %2284 ]
	%2392 = phi float [ %272, %softmax ], [ %2323, %2284 ]
	%2393 = phi float [ %273, %softmax ], [ %2324, %2284 ]
	%2394 = phi float [ %274, %softmax ], [ %2325, %2284 ]
	%2395 = phi float [ %275, %softmax ], [ %2326, %2284 ]
	%2396 = phi float [ %276, %softmax ], [ %2327, %2284 ]
	%2397 = phi float [ %277, %softmax ], [ %2328, %2284 ]
	%2398 = phi float [ %278, %softmax ], [ %2329, %2284 ]
	%2399 = phi float [ %279, %softmax ], [ %2330, %2284 ]
	%2400 = phi float [ %280, %softmax ], [ %2331, %2284 ]
	%2401 = phi float [ %281, %softmax ], [ %2332, %2284 ]
	%2402 = phi float [ %282, %softmax ], [ %2333, %2284 ]
	%2403 = phi float [ %283, %softmax ], [ %2334, %2284 ]
	%2404 = phi float [ %284, %softmax ], [ %2335, %2284 ]
	%2405 = phi float [ %285, %softmax ], [ %2336, %2284 ]
	%2406 = phi float [ %286, %softmax ], [ %2337, %2284 ]
	%2407 = phi float [ %287, %softmax ], [ %2338, %2284 ]
	%2408 = phi float [ %288, %softmax ], [ %2339, %2284 ]
	%2409 = phi float [ %289, %softmax ], [ %2340, %2284 ]
	%2410 = phi float [ %290, %softmax ], [ %2341, %2284 ]
	%2411 = phi float [ %291, %softmax ], [ %2342, %2284 ]
	%2412 = phi float [ %292, %softmax ], [ %2343, %2284 ]
	%2413 = phi float [ %293, %softmax ], [ %2344, %2284 ]
	%2414 = phi float [ %294, %softmax ], [ %2345, %2284 ]
	%2415 = phi float [ %295, %softmax ], [ %2346, %2284 ]
	%2416 = phi float [ %296, %softmax ], [ %2347, %2284 ]
	%2417 = phi float [ %297, %softmax ], [ %2348, %2284 ]
	%2418 = phi float [ %298, %softmax ], [ %2349, %2284 ]
	%2419 = phi float [ %299, %softmax ], [ %2350, %2284 ]
	%2420 = phi float [ %300, %softmax ], [ %2351, %2284 ]
	%2421 = phi float [ %301, %softmax ], [ %2352, %2284 ]
	%2422 = phi float [ %302, %softmax ], [ %2353, %2284 ]
	%2423 = phi float [ %303, %softmax ], [ %2354, %2284 ]
	%2424 = phi float [ %304, %softmax ], [ %2355, %2284 ]
	%2425 = phi float [ %305, %softmax ], [ %2356, %2284 ]
	%2426 = phi float [ %306, %softmax ], [ %2357, %2284 ]
	%2427 = phi float [ %307, %softmax ], [ %2358, %2284 ]
	%2428 = phi float [ %308, %softmax ], [ %2359, %2284 ]
	%2429 = phi float [ %309, %softmax ], [ %2360, %2284 ]
	%2430 = phi float [ %310, %softmax ], [ %2361, %2284 ]
	%2431 = phi float [ %311, %softmax ], [ %2362, %2284 ]
	%2432 = phi float [ %312, %softmax ], [ %2363, %2284 ]
	%2433 = phi float [ %313, %softmax ], [ %2364, %2284 ]
	%2434 = phi float [ %315, %softmax ], [ %2365, %2284 ]
	%2435 = phi float [ %317, %softmax ], [ %2366, %2284 ]
	%2436 = phi float [ %319, %softmax ], [ %2367, %2284 ]
	%2437 = phi float [ %321, %softmax ], [ %2368, %2284 ]
	%2438 = select i1 %2283, float %2207, float %314
	%2439 = fcmp oeq float %2438, 0xFFF0000000000000
	%2440 = select i1 %2439, float 0.0, float %2438
	%2441 = fneg float %2440
	%2442 = call float @llvm.fma.f32(float %2123, float 0x3FC7154760000000, float %2441)
	%2443 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2442)
	%2444 = call float @llvm.fma.f32(float %2124, float 0x3FC7154760000000, float %2441)
	%2445 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2444)
	%2446 = call float @llvm.fma.f32(float %2127, float 0x3FC7154760000000, float %2441)
	%2447 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2446)
	%2448 = call float @llvm.fma.f32(float %2128, float 0x3FC7154760000000, float %2441)
	%2449 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2448)
	%2450 = call float @llvm.fma.f32(float %2131, float 0x3FC7154760000000, float %2441)
	%2451 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2450)
	%2452 = call float @llvm.fma.f32(float %2132, float 0x3FC7154760000000, float %2441)
	%2453 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2452)
	%2454 = call float @llvm.fma.f32(float %2135, float 0x3FC7154760000000, float %2441)
	%2455 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2454)
	%2456 = call float @llvm.fma.f32(float %2136, float 0x3FC7154760000000, float %2441)
	%2457 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2456)
	%2458 = call float @llvm.fma.f32(float %2139, float 0x3FC7154760000000, float %2441)
	%2459 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2458)
	%2460 = call float @llvm.fma.f32(float %2140, float 0x3FC7154760000000, float %2441)
	%2461 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2460)
	%2462 = call float @llvm.fma.f32(float %2143, float 0x3FC7154760000000, float %2441)
	%2463 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2462)
	%2464 = call float @llvm.fma.f32(float %2144, float 0x3FC7154760000000, float %2441)
	%2465 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2464)
	%2466 = call float @llvm.fma.f32(float %2147, float 0x3FC7154760000000, float %2441)
	%2467 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2466)
	%2468 = call float @llvm.fma.f32(float %2148, float 0x3FC7154760000000, float %2441)
	%2469 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2468)
	%2470 = call float @llvm.fma.f32(float %2151, float 0x3FC7154760000000, float %2441)
	%2471 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2470)
	%2472 = call float @llvm.fma.f32(float %2152, float 0x3FC7154760000000, float %2441)
	%2473 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2472)
	%2474 = fadd float %2443, %2445
	%2475 = fadd float %2447, %2449
	%2476 = fadd float %2451, %2453
	%2477 = fadd float %2455, %2457
	%2478 = fadd float %2459, %2461
	%2479 = fadd float %2463, %2465
	%2480 = fadd float %2467, %2469
	%2481 = fadd float %2471, %2473
	%2482 = fadd float %2474, %2475
	%2483 = fadd float %2476, %2477
	%2484 = fadd float %2478, %2479
	%2485 = fadd float %2480, %2481
	%2486 = fadd float %2482, %2483
	%2487 = fadd float %2484, %2485
	%2488 = fadd float %2486, %2487
	%2489 = fadd float %2434, %2488
	%2490 = select i1 %2283, float %2231, float %316
	%2491 = fcmp oeq float %2490, 0xFFF0000000000000
	%2492 = select i1 %2491, float 0.0, float %2490
	%2493 = fneg float %2492
	%2494 = call float @llvm.fma.f32(float %2125, float 0x3FC7154760000000, float %2493)
	%2495 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2494)
	%2496 = call float @llvm.fma.f32(float %2126, float 0x3FC7154760000000, float %2493)
	%2497 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2496)
	%2498 = call float @llvm.fma.f32(float %2129, float 0x3FC7154760000000, float %2493)
	%2499 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2498)
	%2500 = call float @llvm.fma.f32(float %2130, float 0x3FC7154760000000, float %2493)
	%2501 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2500)
	%2502 = call float @llvm.fma.f32(float %2133, float 0x3FC7154760000000, float %2493)
	%2503 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2502)
	%2504 = call float @llvm.fma.f32(float %2134, float 0x3FC7154760000000, float %2493)
	%2505 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2504)
	%2506 = call float @llvm.fma.f32(float %2137, float 0x3FC7154760000000, float %2493)
	%2507 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2506)
	%2508 = call float @llvm.fma.f32(float %2138, float 0x3FC7154760000000, float %2493)
	%2509 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2508)
	%2510 = call float @llvm.fma.f32(float %2141, float 0x3FC7154760000000, float %2493)
	%2511 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2510)
	%2512 = call float @llvm.fma.f32(float %2142, float 0x3FC7154760000000, float %2493)
	%2513 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2512)
	%2514 = call float @llvm.fma.f32(float %2145, float 0x3FC7154760000000, float %2493)
	%2515 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2514)
	%2516 = call float @llvm.fma.f32(float %2146, float 0x3FC7154760000000, float %2493)
	%2517 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2516)
	%2518 = call float @llvm.fma.f32(float %2149, float 0x3FC7154760000000, float %2493)
	%2519 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2518)
	%2520 = call float @llvm.fma.f32(float %2150, float 0x3FC7154760000000, float %2493)
	%2521 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2520)
	%2522 = call float @llvm.fma.f32(float %2153, float 0x3FC7154760000000, float %2493)
	%2523 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2522)
	%2524 = call float @llvm.fma.f32(float %2154, float 0x3FC7154760000000, float %2493)
	%2525 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2524)
	%2526 = fadd float %2495, %2497
	%2527 = fadd float %2499, %2501
	%2528 = fadd float %2503, %2505
	%2529 = fadd float %2507, %2509
	%2530 = fadd float %2511, %2513
	%2531 = fadd float %2515, %2517
	%2532 = fadd float %2519, %2521
	%2533 = fadd float %2523, %2525
	%2534 = fadd float %2526, %2527
	%2535 = fadd float %2528, %2529
	%2536 = fadd float %2530, %2531
	%2537 = fadd float %2532, %2533
	%2538 = fadd float %2534, %2535
	%2539 = fadd float %2536, %2537
	%2540 = fadd float %2538, %2539
	%2541 = fadd float %2435, %2540
	%2542 = select i1 %2283, float %2255, float %318
	%2543 = fcmp oeq float %2542, 0xFFF0000000000000
	%2544 = select i1 %2543, float 0.0, float %2542
	%2545 = fneg float %2544
	%2546 = call float @llvm.fma.f32(float %2155, float 0x3FC7154760000000, float %2545)
	%2547 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2546)
	%2548 = call float @llvm.fma.f32(float %2156, float 0x3FC7154760000000, float %2545)
	%2549 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2548)
	%2550 = call float @llvm.fma.f32(float %2159, float 0x3FC7154760000000, float %2545)
	%2551 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2550)
	%2552 = call float @llvm.fma.f32(float %2160, float 0x3FC7154760000000, float %2545)
	%2553 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2552)
	%2554 = call float @llvm.fma.f32(float %2163, float 0x3FC7154760000000, float %2545)
	%2555 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2554)
	%2556 = call float @llvm.fma.f32(float %2164, float 0x3FC7154760000000, float %2545)
	%2557 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2556)
	%2558 = call float @llvm.fma.f32(float %2167, float 0x3FC7154760000000, float %2545)
	%2559 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2558)
	%2560 = call float @llvm.fma.f32(float %2168, float 0x3FC7154760000000, float %2545)
	%2561 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2560)
	%2562 = call float @llvm.fma.f32(float %2171, float 0x3FC7154760000000, float %2545)
	%2563 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2562)
	%2564 = call float @llvm.fma.f32(float %2172, float 0x3FC7154760000000, float %2545)
	%2565 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2564)
	%2566 = call float @llvm.fma.f32(float %2175, float 0x3FC7154760000000, float %2545)
	%2567 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2566)
	%2568 = call float @llvm.fma.f32(float %2176, float 0x3FC7154760000000, float %2545)
	%2569 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2568)
	%2570 = call float @llvm.fma.f32(float %2179, float 0x3FC7154760000000, float %2545)
	%2571 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2570)
	%2572 = call float @llvm.fma.f32(float %2180, float 0x3FC7154760000000, float %2545)
	%2573 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2572)
	%2574 = call float @llvm.fma.f32(float %2183, float 0x3FC7154760000000, float %2545)
	%2575 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2574)
	%2576 = call float @llvm.fma.f32(float %2184, float 0x3FC7154760000000, float %2545)
	%2577 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2576)
	%2578 = fadd float %2547, %2549
	%2579 = fadd float %2551, %2553
	%2580 = fadd float %2555, %2557
	%2581 = fadd float %2559, %2561
	%2582 = fadd float %2563, %2565
	%2583 = fadd float %2567, %2569
	%2584 = fadd float %2571, %2573
	%2585 = fadd float %2575, %2577
	%2586 = fadd float %2578, %2579
	%2587 = fadd float %2580, %2581
	%2588 = fadd float %2582, %2583
	%2589 = fadd float %2584, %2585
	%2590 = fadd float %2586, %2587
	%2591 = fadd float %2588, %2589
	%2592 = fadd float %2590, %2591
	%2593 = fadd float %2436, %2592
	%2594 = select i1 %2283, float %2279, float %320
	%2595 = fcmp oeq float %2594, 0xFFF0000000000000
	%2596 = select i1 %2595, float 0.0, float %2594
	%2597 = fneg float %2596
	%2598 = call float @llvm.fma.f32(float %2157, float 0x3FC7154760000000, float %2597)
	%2599 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2598)
	%2600 = call float @llvm.fma.f32(float %2158, float 0x3FC7154760000000, float %2597)
	%2601 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2600)
	%2602 = call float @llvm.fma.f32(float %2161, float 0x3FC7154760000000, float %2597)
	%2603 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2602)
	%2604 = call float @llvm.fma.f32(float %2162, float 0x3FC7154760000000, float %2597)
	%2605 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2604)
	%2606 = call float @llvm.fma.f32(float %2165, float 0x3FC7154760000000, float %2597)
	%2607 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2606)
	%2608 = call float @llvm.fma.f32(float %2166, float 0x3FC7154760000000, float %2597)
	%2609 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2608)
	%2610 = call float @llvm.fma.f32(float %2169, float 0x3FC7154760000000, float %2597)
	%2611 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2610)
	%2612 = call float @llvm.fma.f32(float %2170, float 0x3FC7154760000000, float %2597)
	%2613 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2612)
	%2614 = call float @llvm.fma.f32(float %2173, float 0x3FC7154760000000, float %2597)
	%2615 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2614)
	%2616 = call float @llvm.fma.f32(float %2174, float 0x3FC7154760000000, float %2597)
	%2617 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2616)
	%2618 = call float @llvm.fma.f32(float %2177, float 0x3FC7154760000000, float %2597)
	%2619 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2618)
	%2620 = call float @llvm.fma.f32(float %2178, float 0x3FC7154760000000, float %2597)
	%2621 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2620)
	%2622 = call float @llvm.fma.f32(float %2181, float 0x3FC7154760000000, float %2597)
	%2623 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2622)
	%2624 = call float @llvm.fma.f32(float %2182, float 0x3FC7154760000000, float %2597)
	%2625 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2624)
	%2626 = call float @llvm.fma.f32(float %2185, float 0x3FC7154760000000, float %2597)
	%2627 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2626)
	%2628 = call float @llvm.fma.f32(float %2186, float 0x3FC7154760000000, float %2597)
	%2629 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2628)
	%2630 = fadd float %2599, %2601
	%2631 = fadd float %2603, %2605
	%2632 = fadd float %2607, %2609
	%2633 = fadd float %2611, %2613
	%2634 = fadd float %2615, %2617
	%2635 = fadd float %2619, %2621
	%2636 = fadd float %2623, %2625
	%2637 = fadd float %2627, %2629
	%2638 = fadd float %2630, %2631
	%2639 = fadd float %2632, %2633
	%2640 = fadd float %2634, %2635
	%2641 = fadd float %2636, %2637
	%2642 = fadd float %2638, %2639
	%2643 = fadd float %2640, %2641
	%2644 = fadd float %2642, %2643
	%2645 = fadd float %2437, %2644
	%2646 = icmp eq i32 %7, 0
	%2647 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2488, i32 1, i32 31)
	%2648 = fadd float %2488, %2647
	%2649 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2648, i32 2, i32 31)
	%2650 = fadd float %2648, %2649
	%2651 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2489, i32 1, i32 31)
	%2652 = fadd float %2489, %2651
	%2653 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2652, i32 2, i32 31)
	%2654 = fadd float %2652, %2653
	%2655 = fcmp ogt float %2654, 0.0
	%2656 = icmp slt i32 %1144, %M
	%2657 = and i1 %2655, %2656
	%2658 = select i1 %2657, float %2654, float 1.0
	%2659 = fdiv float %2650, %2658
	%2660 = call float @llvm.nvvm.fmax.f(float 0.0, float %2659)
	%2661 = select i1 %2657, float %2660, float 0.0
	%2662 = and i1 %2657, %2646
	%2663 = fadd float 0.0, 1.0
	%2664 = select i1 %2662, float %2663, float 0.0
	%2665 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2540, i32 1, i32 31)
	%2666 = fadd float %2540, %2665
	%2667 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2666, i32 2, i32 31)
	%2668 = fadd float %2666, %2667
	%2669 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2541, i32 1, i32 31)
	%2670 = fadd float %2541, %2669
	%2671 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2670, i32 2, i32 31)
	%2672 = fadd float %2670, %2671
	%2673 = fcmp ogt float %2672, 0.0
	%2674 = icmp slt i32 %1148, %M
	%2675 = and i1 %2673, %2674
	%2676 = select i1 %2675, float %2672, float 1.0
	%2677 = fdiv float %2668, %2676
	%2678 = call float @llvm.nvvm.fmax.f(float %2661, float %2677)
	%2679 = select i1 %2675, float %2678, float %2661
	%2680 = and i1 %2675, %2646
	%2681 = fadd float %2664, 1.0
	%2682 = select i1 %2680, float %2681, float %2664
	%2683 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2592, i32 1, i32 31)
	%2684 = fadd float %2592, %2683
	%2685 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2684, i32 2, i32 31)
	%2686 = fadd float %2684, %2685
	%2687 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2593, i32 1, i32 31)
	%2688 = fadd float %2593, %2687
	%2689 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2688, i32 2, i32 31)
	%2690 = fadd float %2688, %2689
	%2691 = fcmp ogt float %2690, 0.0
	%2692 = icmp slt i32 %1152, %M
	%2693 = and i1 %2691, %2692
	%2694 = select i1 %2693, float %2690, float 1.0
	%2695 = fdiv float %2686, %2694
	%2696 = call float @llvm.nvvm.fmax.f(float %2679, float %2695)
	%2697 = select i1 %2693, float %2696, float %2679
	%2698 = and i1 %2693, %2646
	%2699 = fadd float %2682, 1.0
	%2700 = select i1 %2698, float %2699, float %2682
	%2701 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2644, i32 1, i32 31)
	%2702 = fadd float %2644, %2701
	%2703 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2702, i32 2, i32 31)
	%2704 = fadd float %2702, %2703
	%2705 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2645, i32 1, i32 31)
	%2706 = fadd float %2645, %2705
	%2707 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2706, i32 2, i32 31)
	%2708 = fadd float %2706, %2707
	%2709 = fcmp ogt float %2708, 0.0
	%2710 = icmp slt i32 %1156, %M
	%2711 = and i1 %2709, %2710
	%2712 = select i1 %2711, float %2708, float 1.0
	%2713 = fdiv float %2704, %2712
	%2714 = call float @llvm.nvvm.fmax.f(float %2697, float %2713)
	%2715 = select i1 %2711, float %2714, float %2697
	%2716 = and i1 %2711, %2646
	%2717 = fadd float %2700, 1.0
	%2718 = select i1 %2716, float %2717, float %2700
	%2719 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2715, i32 16, i32 31)
	%2720 = call float @llvm.nvvm.fmax.f(float %2715, float %2719)
	%2721 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2718, i32 16, i32 31)
	%2722 = fadd float %2718, %2721
	%2723 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2720, i32 8, i32 31)
	%2724 = call float @llvm.nvvm.fmax.f(float %2720, float %2723)
	%2725 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2722, i32 8, i32 31)
	%2726 = fadd float %2722, %2725
	%2727 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2724, i32 4, i32 31)
	%2728 = call float @llvm.nvvm.fmax.f(float %2724, float %2727)
	%2729 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2726, i32 4, i32 31)
	%2730 = fadd float %2726, %2729
	%2731 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2728, i32 2, i32 31)
	%2732 = call float @llvm.nvvm.fmax.f(float %2728, float %2731)
	%2733 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2730, i32 2, i32 31)
	%2734 = fadd float %2730, %2733
	%2735 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2732, i32 1, i32 31)
	%2736 = call float @llvm.nvvm.fmax.f(float %2732, float %2735)
	%2737 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2734, i32 1, i32 31)
	%2738 = fadd float %2734, %2737
	%2739 = icmp eq i32 %5, 0
	br i1 %2739, label %2740, label %2747

2740:
	%2741 = mul i32 %4, 2
	%2742 = add i32 %2741, 0
	%2743 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2742
	store float %2736, float addrspace(3)* %2743
	%2744 = mul i32 %4, 2
	%2745 = add i32 %2744, 1
	%2746 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2745
	store float %2738, float addrspace(3)* %2746
	br label %2747

2747:
	call void asm sideeffect "cp.async.wait_group 1;", ""()
	call void @llvm.nvvm.barrier0()
	%2748 = mul i32 0, 2
	%2749 = add i32 %2748, 0
	%2750 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2749
	%2751 = load float, float addrspace(3)* %2750
	%2752 = call float @llvm.nvvm.fmax.f(float 0.0, float %2751)
	%2753 = mul i32 0, 2
	%2754 = add i32 %2753, 1
	%2755 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2754
	%2756 = load float, float addrspace(3)* %2755
	%2757 = fadd float 0.0, %2756
	%2758 = mul i32 1, 2
	%2759 = add i32 %2758, 0
	%2760 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2759
	%2761 = load float, float addrspace(3)* %2760
	%2762 = call float @llvm.nvvm.fmax.f(float %2752, float %2761)
	%2763 = mul i32 1, 2
	%2764 = add i32 %2763, 1
	%2765 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2764
	%2766 = load float, float addrspace(3)* %2765
	%2767 = fadd float %2757, %2766
	%2768 = fcmp ogt float %2767, 0.0
	%2769 = and i1 %450, %2768
	%2770 = fcmp olt float %2762, 0x3F50624DE0000000
	%2771 = and i1 %2769, %2770
	%2772 = xor i1 %2771, true
	%2773 = and i1 %444, %2772
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
	%2785 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2445, float %2443)
	%2786 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2497, float %2495)
	%2787 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2449, float %2447)
	%2788 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2501, float %2499)
	%2789 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2549, float %2547)
	%2790 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2601, float %2599)
	%2791 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2553, float %2551)
	%2792 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2605, float %2603)
	%2793 = xor i32 %2784, 0
	%2794 = add i32 %2793, 0
	%2795 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2794)
	%2796 = extractvalue { i32, i32, i32, i32 } %2795, 0
	%2797 = extractvalue { i32, i32, i32, i32 } %2795, 1
	%2798 = extractvalue { i32, i32, i32, i32 } %2795, 2
	%2799 = extractvalue { i32, i32, i32, i32 } %2795, 3
	%2800 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2796, i32 %2797, float %2370, float %2371, float %2372, float %2373)
	%2801 = extractvalue { float, float, float, float } %2800, 0
	%2802 = extractvalue { float, float, float, float } %2800, 1
	%2803 = extractvalue { float, float, float, float } %2800, 2
	%2804 = extractvalue { float, float, float, float } %2800, 3
	%2805 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2798, i32 %2799, float %2374, float %2375, float %2376, float %2377)
	%2806 = extractvalue { float, float, float, float } %2805, 0
	%2807 = extractvalue { float, float, float, float } %2805, 1
	%2808 = extractvalue { float, float, float, float } %2805, 2
	%2809 = extractvalue { float, float, float, float } %2805, 3
	%2810 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2796, i32 %2797, float %2402, float %2403, float %2404, float %2405)
	%2811 = extractvalue { float, float, float, float } %2810, 0
	%2812 = extractvalue { float, float, float, float } %2810, 1
	%2813 = extractvalue { float, float, float, float } %2810, 2
	%2814 = extractvalue { float, float, float, float } %2810, 3
	%2815 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2798, i32 %2799, float %2406, float %2407, float %2408, float %2409)
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
	%2827 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2823, i32 %2824, float %2378, float %2379, float %2380, float %2381)
	%2828 = extractvalue { float, float, float, float } %2827, 0
	%2829 = extractvalue { float, float, float, float } %2827, 1
	%2830 = extractvalue { float, float, float, float } %2827, 2
	%2831 = extractvalue { float, float, float, float } %2827, 3
	%2832 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2825, i32 %2826, float %2382, float %2383, float %2384, float %2385)
	%2833 = extractvalue { float, float, float, float } %2832, 0
	%2834 = extractvalue { float, float, float, float } %2832, 1
	%2835 = extractvalue { float, float, float, float } %2832, 2
	%2836 = extractvalue { float, float, float, float } %2832, 3
	%2837 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2823, i32 %2824, float %2410, float %2411, float %2412, float %2413)
	%2838 = extractvalue { float, float, float, float } %2837, 0
	%2839 = extractvalue { float, float, float, float } %2837, 1
	%2840 = extractvalue { float, float, float, float } %2837, 2
	%2841 = extractvalue { float, float, float, float } %2837, 3
	%2842 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2825, i32 %2826, float %2414, float %2415, float %2416, float %2417)
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
	%2854 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2850, i32 %2851, float %2386, float %2387, float %2388, float %2389)
	%2855 = extractvalue { float, float, float, float } %2854, 0
	%2856 = extractvalue { float, float, float, float } %2854, 1
	%2857 = extractvalue { float, float, float, float } %2854, 2
	%2858 = extractvalue { float, float, float, float } %2854, 3
	%2859 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2852, i32 %2853, float %2390, float %2391, float %2392, float %2393)
	%2860 = extractvalue { float, float, float, float } %2859, 0
	%2861 = extractvalue { float, float, float, float } %2859, 1
	%2862 = extractvalue { float, float, float, float } %2859, 2
	%2863 = extractvalue { float, float, float, float } %2859, 3
	%2864 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2850, i32 %2851, float %2418, float %2419, float %2420, float %2421)
	%2865 = extractvalue { float, float, float, float } %2864, 0
	%2866 = extractvalue { float, float, float, float } %2864, 1
	%2867 = extractvalue { float, float, float, float } %2864, 2
	%2868 = extractvalue { float, float, float, float } %2864, 3
	%2869 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2852, i32 %2853, float %2422, float %2423, float %2424, float %2425)
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
	%2881 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2877, i32 %2878, float %2394, float %2395, float %2396, float %2397)
	%2882 = extractvalue { float, float, float, float } %2881, 0
	%2883 = extractvalue { float, float, float, float } %2881, 1
	%2884 = extractvalue { float, float, float, float } %2881, 2
	%2885 = extractvalue { float, float, float, float } %2881, 3
	%2886 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2785, i32 %2786, i32 %2787, i32 %2788, i32 %2879, i32 %2880, float %2398, float %2399, float %2400, float %2401)
	%2887 = extractvalue { float, float, float, float } %2886, 0
	%2888 = extractvalue { float, float, float, float } %2886, 1
	%2889 = extractvalue { float, float, float, float } %2886, 2
	%2890 = extractvalue { float, float, float, float } %2886, 3
	%2891 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2877, i32 %2878, float %2426, float %2427, float %2428, float %2429)
	%2892 = extractvalue { float, float, float, float } %2891, 0
	%2893 = extractvalue { float, float, float, float } %2891, 1
	%2894 = extractvalue { float, float, float, float } %2891, 2
	%2895 = extractvalue { float, float, float, float } %2891, 3
	%2896 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2789, i32 %2790, i32 %2791, i32 %2792, i32 %2879, i32 %2880, float %2430, float %2431, float %2432, float %2433)
	%2897 = extractvalue { float, float, float, float } %2896, 0
	%2898 = extractvalue { float, float, float, float } %2896, 1
	%2899 = extractvalue { float, float, float, float } %2896, 2
	%2900 = extractvalue { float, float, float, float } %2896, 3
	%2901 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2453, float %2451)
	%2902 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2505, float %2503)
	%2903 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2457, float %2455)
	%2904 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2509, float %2507)
	%2905 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2557, float %2555)
	%2906 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2609, float %2607)
	%2907 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2561, float %2559)
	%2908 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2613, float %2611)
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
	%3017 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2461, float %2459)
	%3018 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2513, float %2511)
	%3019 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2465, float %2463)
	%3020 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2517, float %2515)
	%3021 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2565, float %2563)
	%3022 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2617, float %2615)
	%3023 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2569, float %2567)
	%3024 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2621, float %2619)
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
	%3133 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2469, float %2467)
	%3134 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2521, float %2519)
	%3135 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2473, float %2471)
	%3136 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2525, float %2523)
	%3137 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2573, float %2571)
	%3138 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2625, float %2623)
	%3139 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2577, float %2575)
	%3140 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2629, float %2627)
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
	br i1 %2773, label %loop, label %epilogue

store0:
	%3249 = mul i32 %11, %M
	%3250 = add i32 %3249, %1009
	%3251 = mul i32 %3250, 64
	%3252 = shl i32 %7, 1
	%3253 = add i32 0, %3252
	%3254 = add i32 %3251, %3253
	%3255 = sext i32 %3254 to i64
	%3256 = getelementptr i16, i16* %out, i64 %3255
	%3257 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1011, float %1010)
	%3258 = bitcast i16* %3256 to i32*
	store i32 %3257, i32* %3258
	%3259 = shl i32 %7, 1
	%3260 = add i32 8, %3259
	%3261 = add i32 %3251, %3260
	%3262 = sext i32 %3261 to i64
	%3263 = getelementptr i16, i16* %out, i64 %3262
	%3264 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1013, float %1012)
	%3265 = bitcast i16* %3263 to i32*
	store i32 %3264, i32* %3265
	%3266 = shl i32 %7, 1
	%3267 = add i32 16, %3266
	%3268 = add i32 %3251, %3267
	%3269 = sext i32 %3268 to i64
	%3270 = getelementptr i16, i16* %out, i64 %3269
	%3271 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1015, float %1014)
	%3272 = bitcast i16* %3270 to i32*
	store i32 %3271, i32* %3272
	%3273 = shl i32 %7, 1
	%3274 = add i32 24, %3273
	%3275 = add i32 %3251, %3274
	%3276 = sext i32 %3275 to i64
	%3277 = getelementptr i16, i16* %out, i64 %3276
	%3278 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1017, float %1016)
	%3279 = bitcast i16* %3277 to i32*
	store i32 %3278, i32* %3279
	%3280 = shl i32 %7, 1
	%3281 = add i32 32, %3280
	%3282 = add i32 %3251, %3281
	%3283 = sext i32 %3282 to i64
	%3284 = getelementptr i16, i16* %out, i64 %3283
	%3285 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1019, float %1018)
	%3286 = bitcast i16* %3284 to i32*
	store i32 %3285, i32* %3286
	%3287 = shl i32 %7, 1
	%3288 = add i32 40, %3287
	%3289 = add i32 %3251, %3288
	%3290 = sext i32 %3289 to i64
	%3291 = getelementptr i16, i16* %out, i64 %3290
	%3292 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1021, float %1020)
	%3293 = bitcast i16* %3291 to i32*
	store i32 %3292, i32* %3293
	%3294 = shl i32 %7, 1
	%3295 = add i32 48, %3294
	%3296 = add i32 %3251, %3295
	%3297 = sext i32 %3296 to i64
	%3298 = getelementptr i16, i16* %out, i64 %3297
	%3299 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1023, float %1022)
	%3300 = bitcast i16* %3298 to i32*
	store i32 %3299, i32* %3300
	%3301 = shl i32 %7, 1
	%3302 = add i32 56, %3301
	%3303 = add i32 %3251, %3302
	%3304 = sext i32 %3303 to i64
	%3305 = getelementptr i16, i16* %out, i64 %3304
	%3306 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1025, float %1024)
	%3307 = bitcast i16* %3305 to i32*
	store i32 %3306, i32* %3307
	br label %stored0

stored0:
	%3308 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %931, i32 1, i32 31)
	%3309 = fadd float %931, %3308
	%3310 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3309, i32 2, i32 31)
	%3311 = fadd float %3309, %3310
	%3312 = fcmp ogt float %3311, 0.0
	%3313 = fdiv float 1.0, %3311
	%3314 = select i1 %3312, float %3313, float 0.0
	%3315 = mul i32 %4, 32
	%3316 = add i32 %13, %3315
	%3317 = add i32 %6, 8
	%3318 = add i32 %3316, %3317
	%3319 = fmul float %937, %3314
	%3320 = fmul float %938, %3314
	%3321 = fmul float %941, %3314
	%3322 = fmul float %942, %3314
	%3323 = fmul float %945, %3314
	%3324 = fmul float %946, %3314
	%3325 = fmul float %949, %3314
	%3326 = fmul float %950, %3314
	%3327 = fmul float %953, %3314
	%3328 = fmul float %954, %3314
	%3329 = fmul float %957, %3314
	%3330 = fmul float %958, %3314
	%3331 = fmul float %961, %3314
	%3332 = fmul float %962, %3314
	%3333 = fmul float %965, %3314
	%3334 = fmul float %966, %3314
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
	%3395 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %932, i32 1, i32 31)
	%3396 = fadd float %932, %3395
	%3397 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3396, i32 2, i32 31)
	%3398 = fadd float %3396, %3397
	%3399 = fcmp ogt float %3398, 0.0
	%3400 = fdiv float 1.0, %3398
	%3401 = select i1 %3399, float %3400, float 0.0
	%3402 = mul i32 %4, 32
	%3403 = add i32 %13, %3402
	%3404 = add i32 %6, 16
	%3405 = add i32 %3403, %3404
	%3406 = fmul float %967, %3401
	%3407 = fmul float %968, %3401
	%3408 = fmul float %971, %3401
	%3409 = fmul float %972, %3401
	%3410 = fmul float %975, %3401
	%3411 = fmul float %976, %3401
	%3412 = fmul float %979, %3401
	%3413 = fmul float %980, %3401
	%3414 = fmul float %983, %3401
	%3415 = fmul float %984, %3401
	%3416 = fmul float %987, %3401
	%3417 = fmul float %988, %3401
	%3418 = fmul float %991, %3401
	%3419 = fmul float %992, %3401
	%3420 = fmul float %995, %3401
	%3421 = fmul float %996, %3401
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
	%3482 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %933, i32 1, i32 31)
	%3483 = fadd float %933, %3482
	%3484 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3483, i32 2, i32 31)
	%3485 = fadd float %3483, %3484
	%3486 = fcmp ogt float %3485, 0.0
	%3487 = fdiv float 1.0, %3485
	%3488 = select i1 %3486, float %3487, float 0.0
	%3489 = mul i32 %4, 32
	%3490 = add i32 %13, %3489
	%3491 = add i32 %6, 24
	%3492 = add i32 %3490, %3491
	%3493 = fmul float %969, %3488
	%3494 = fmul float %970, %3488
	%3495 = fmul float %973, %3488
	%3496 = fmul float %974, %3488
	%3497 = fmul float %977, %3488
	%3498 = fmul float %978, %3488
	%3499 = fmul float %981, %3488
	%3500 = fmul float %982, %3488
	%3501 = fmul float %985, %3488
	%3502 = fmul float %986, %3488
	%3503 = fmul float %989, %3488
	%3504 = fmul float %990, %3488
	%3505 = fmul float %993, %3488
	%3506 = fmul float %994, %3488
	%3507 = fmul float %997, %3488
	%3508 = fmul float %998, %3488
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
	store i32 %934, i32* %3574
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
