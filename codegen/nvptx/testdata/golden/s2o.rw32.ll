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
	%248 = phi i32 [ 0, %prologue ], [ %2460, %pv ]
	%249 = phi i32 [ %44, %prologue ], [ %2467, %pv ]
	%250 = phi float [ 0.0, %prologue ], [ %3054, %pv ]
	%251 = phi float [ 0.0, %prologue ], [ %3055, %pv ]
	%252 = phi float [ 0.0, %prologue ], [ %3056, %pv ]
	%253 = phi float [ 0.0, %prologue ], [ %3057, %pv ]
	%254 = phi float [ 0.0, %prologue ], [ %3059, %pv ]
	%255 = phi float [ 0.0, %prologue ], [ %3060, %pv ]
	%256 = phi float [ 0.0, %prologue ], [ %3061, %pv ]
	%257 = phi float [ 0.0, %prologue ], [ %3062, %pv ]
	%258 = phi float [ 0.0, %prologue ], [ %3081, %pv ]
	%259 = phi float [ 0.0, %prologue ], [ %3082, %pv ]
	%260 = phi float [ 0.0, %prologue ], [ %3083, %pv ]
	%261 = phi float [ 0.0, %prologue ], [ %3084, %pv ]
	%262 = phi float [ 0.0, %prologue ], [ %3086, %pv ]
	%263 = phi float [ 0.0, %prologue ], [ %3087, %pv ]
	%264 = phi float [ 0.0, %prologue ], [ %3088, %pv ]
	%265 = phi float [ 0.0, %prologue ], [ %3089, %pv ]
	%266 = phi float [ 0.0, %prologue ], [ %3108, %pv ]
	%267 = phi float [ 0.0, %prologue ], [ %3109, %pv ]
	%268 = phi float [ 0.0, %prologue ], [ %3110, %pv ]
	%269 = phi float [ 0.0, %prologue ], [ %3111, %pv ]
	%270 = phi float [ 0.0, %prologue ], [ %3113, %pv ]
	%271 = phi float [ 0.0, %prologue ], [ %3114, %pv ]
	%272 = phi float [ 0.0, %prologue ], [ %3115, %pv ]
	%273 = phi float [ 0.0, %prologue ], [ %3116, %pv ]
	%274 = phi float [ 0.0, %prologue ], [ %3135, %pv ]
	%275 = phi float [ 0.0, %prologue ], [ %3136, %pv ]
	%276 = phi float [ 0.0, %prologue ], [ %3137, %pv ]
	%277 = phi float [ 0.0, %prologue ], [ %3138, %pv ]
	%278 = phi float [ 0.0, %prologue ], [ %3140, %pv ]
	%279 = phi float [ 0.0, %prologue ], [ %3141, %pv ]
	%280 = phi float [ 0.0, %prologue ], [ %3142, %pv ]
	%281 = phi float [ 0.0, %prologue ], [ %3143, %pv ]
	%282 = phi float [ 0.0, %prologue ], [ %3064, %pv ]
	%283 = phi float [ 0.0, %prologue ], [ %3065, %pv ]
	%284 = phi float [ 0.0, %prologue ], [ %3066, %pv ]
	%285 = phi float [ 0.0, %prologue ], [ %3067, %pv ]
	%286 = phi float [ 0.0, %prologue ], [ %3069, %pv ]
	%287 = phi float [ 0.0, %prologue ], [ %3070, %pv ]
	%288 = phi float [ 0.0, %prologue ], [ %3071, %pv ]
	%289 = phi float [ 0.0, %prologue ], [ %3072, %pv ]
	%290 = phi float [ 0.0, %prologue ], [ %3091, %pv ]
	%291 = phi float [ 0.0, %prologue ], [ %3092, %pv ]
	%292 = phi float [ 0.0, %prologue ], [ %3093, %pv ]
	%293 = phi float [ 0.0, %prologue ], [ %3094, %pv ]
	%294 = phi float [ 0.0, %prologue ], [ %3096, %pv ]
	%295 = phi float [ 0.0, %prologue ], [ %3097, %pv ]
	%296 = phi float [ 0.0, %prologue ], [ %3098, %pv ]
	%297 = phi float [ 0.0, %prologue ], [ %3099, %pv ]
	%298 = phi float [ 0.0, %prologue ], [ %3118, %pv ]
	%299 = phi float [ 0.0, %prologue ], [ %3119, %pv ]
	%300 = phi float [ 0.0, %prologue ], [ %3120, %pv ]
	%301 = phi float [ 0.0, %prologue ], [ %3121, %pv ]
	%302 = phi float [ 0.0, %prologue ], [ %3123, %pv ]
	%303 = phi float [ 0.0, %prologue ], [ %3124, %pv ]
	%304 = phi float [ 0.0, %prologue ], [ %3125, %pv ]
	%305 = phi float [ 0.0, %prologue ], [ %3126, %pv ]
	%306 = phi float [ 0.0, %prologue ], [ %3145, %pv ]
	%307 = phi float [ 0.0, %prologue ], [ %3146, %pv ]
	%308 = phi float [ 0.0, %prologue ], [ %3147, %pv ]
	%309 = phi float [ 0.0, %prologue ], [ %3148, %pv ]
	%310 = phi float [ 0.0, %prologue ], [ %3150, %pv ]
	%311 = phi float [ 0.0, %prologue ], [ %3151, %pv ]
	%312 = phi float [ 0.0, %prologue ], [ %3152, %pv ]
	%313 = phi float [ 0.0, %prologue ], [ %3153, %pv ]
	%314 = phi float [ 0xFFF0000000000000, %prologue ], [ %2078, %pv ]
	%315 = phi float [ 0.0, %prologue ], [ %2132, %pv ]
	%316 = phi float [ 0xFFF0000000000000, %prologue ], [ %2153, %pv ]
	%317 = phi float [ 0.0, %prologue ], [ %2207, %pv ]
	%318 = phi float [ 0xFFF0000000000000, %prologue ], [ %2228, %pv ]
	%319 = phi float [ 0.0, %prologue ], [ %2282, %pv ]
	%320 = phi float [ 0xFFF0000000000000, %prologue ], [ %2303, %pv ]
	%321 = phi float [ 0.0, %prologue ], [ %2357, %pv ]
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
	%437 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %436)
	%438 = extractvalue { i32, i32, i32, i32 } %437, 0
	%439 = extractvalue { i32, i32, i32, i32 } %437, 1
	%440 = extractvalue { i32, i32, i32, i32 } %437, 2
	%441 = extractvalue { i32, i32, i32, i32 } %437, 3
	%442 = xor i32 %124, 32
	%443 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %442)
	%444 = extractvalue { i32, i32, i32, i32 } %443, 0
	%445 = extractvalue { i32, i32, i32, i32 } %443, 1
	%446 = extractvalue { i32, i32, i32, i32 } %443, 2
	%447 = extractvalue { i32, i32, i32, i32 } %443, 3
	%448 = xor i32 %124, 64
	%449 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %448)
	%450 = extractvalue { i32, i32, i32, i32 } %449, 0
	%451 = extractvalue { i32, i32, i32, i32 } %449, 1
	%452 = extractvalue { i32, i32, i32, i32 } %449, 2
	%453 = extractvalue { i32, i32, i32, i32 } %449, 3
	%454 = xor i32 %124, 96
	%455 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %454)
	%456 = extractvalue { i32, i32, i32, i32 } %455, 0
	%457 = extractvalue { i32, i32, i32, i32 } %455, 1
	%458 = extractvalue { i32, i32, i32, i32 } %455, 2
	%459 = extractvalue { i32, i32, i32, i32 } %455, 3
	%460 = xor i32 %133, 0
	%461 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %460)
	%462 = extractvalue { i32, i32, i32, i32 } %461, 0
	%463 = extractvalue { i32, i32, i32, i32 } %461, 1
	%464 = extractvalue { i32, i32, i32, i32 } %461, 2
	%465 = extractvalue { i32, i32, i32, i32 } %461, 3
	%466 = xor i32 %133, 32
	%467 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %466)
	%468 = extractvalue { i32, i32, i32, i32 } %467, 0
	%469 = extractvalue { i32, i32, i32, i32 } %467, 1
	%470 = extractvalue { i32, i32, i32, i32 } %467, 2
	%471 = extractvalue { i32, i32, i32, i32 } %467, 3
	%472 = xor i32 %133, 64
	%473 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %472)
	%474 = extractvalue { i32, i32, i32, i32 } %473, 0
	%475 = extractvalue { i32, i32, i32, i32 } %473, 1
	%476 = extractvalue { i32, i32, i32, i32 } %473, 2
	%477 = extractvalue { i32, i32, i32, i32 } %473, 3
	%478 = xor i32 %133, 96
	%479 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %478)
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
	%497 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %496)
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
	%523 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %522)
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
	%549 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %548)
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
	%575 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %574)
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
	%602 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %601)
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
	%628 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %627)
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
	%654 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %653)
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
	%680 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %679)
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
	%707 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %706)
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
	%733 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %732)
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
	%759 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %758)
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
	%785 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %784)
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
	%812 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %811)
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
	%838 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %837)
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
	%864 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %863)
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
	%890 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %889)
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
	%937 = phi float [ 0.0, %entry ], [ %2132, %pv ]
	%938 = phi float [ 0.0, %entry ], [ %2207, %pv ]
	%939 = phi float [ 0.0, %entry ], [ %2282, %pv ]
	%940 = phi float [ 0.0, %entry ], [ %2357, %pv ]
	%941 = phi i32 [ 0, %entry ], [ %2460, %pv ]
	%942 = phi float [ 0.0, %entry ], [ %3054, %pv ]
	%943 = phi float [ 0.0, %entry ], [ %3055, %pv ]
	%944 = phi float [ 0.0, %entry ], [ %3056, %pv ]
	%945 = phi float [ 0.0, %entry ], [ %3057, %pv ]
	%946 = phi float [ 0.0, %entry ], [ %3059, %pv ]
	%947 = phi float [ 0.0, %entry ], [ %3060, %pv ]
	%948 = phi float [ 0.0, %entry ], [ %3061, %pv ]
	%949 = phi float [ 0.0, %entry ], [ %3062, %pv ]
	%950 = phi float [ 0.0, %entry ], [ %3081, %pv ]
	%951 = phi float [ 0.0, %entry ], [ %3082, %pv ]
	%952 = phi float [ 0.0, %entry ], [ %3083, %pv ]
	%953 = phi float [ 0.0, %entry ], [ %3084, %pv ]
	%954 = phi float [ 0.0, %entry ], [ %3086, %pv ]
	%955 = phi float [ 0.0, %entry ], [ %3087, %pv ]
	%956 = phi float [ 0.0, %entry ], [ %3088, %pv ]
	%957 = phi float [ 0.0, %entry ], [ %3089, %pv ]
	%958 = phi float [ 0.0, %entry ], [ %3108, %pv ]
	%959 = phi float [ 0.0, %entry ], [ %3109, %pv ]
	%960 = phi float [ 0.0, %entry ], [ %3110, %pv ]
	%961 = phi float [ 0.0, %entry ], [ %3111, %pv ]
	%962 = phi float [ 0.0, %entry ], [ %3113, %pv ]
	%963 = phi float [ 0.0, %entry ], [ %3114, %pv ]
	%964 = phi float [ 0.0, %entry ], [ %3115, %pv ]
	%965 = phi float [ 0.0, %entry ], [ %3116, %pv ]
	%966 = phi float [ 0.0, %entry ], [ %3135, %pv ]
	%967 = phi float [ 0.0, %entry ], [ %3136, %pv ]
	%968 = phi float [ 0.0, %entry ], [ %3137, %pv ]
	%969 = phi float [ 0.0, %entry ], [ %3138, %pv ]
	%970 = phi float [ 0.0, %entry ], [ %3140, %pv ]
	%971 = phi float [ 0.0, %entry ], [ %3141, %pv ]
	%972 = phi float [ 0.0, %entry ], [ %3142, %pv ]
	%973 = phi float [ 0.0, %entry ], [ %3143, %pv ]
	%974 = phi float [ 0.0, %entry ], [ %3064, %pv ]
	%975 = phi float [ 0.0, %entry ], [ %3065, %pv ]
	%976 = phi float [ 0.0, %entry ], [ %3066, %pv ]
	%977 = phi float [ 0.0, %entry ], [ %3067, %pv ]
	%978 = phi float [ 0.0, %entry ], [ %3069, %pv ]
	%979 = phi float [ 0.0, %entry ], [ %3070, %pv ]
	%980 = phi float [ 0.0, %entry ], [ %3071, %pv ]
	%981 = phi float [ 0.0, %entry ], [ %3072, %pv ]
	%982 = phi float [ 0.0, %entry ], [ %3091, %pv ]
	%983 = phi float [ 0.0, %entry ], [ %3092, %pv ]
	%984 = phi float [ 0.0, %entry ], [ %3093, %pv ]
	%985 = phi float [ 0.0, %entry ], [ %3094, %pv ]
	%986 = phi float [ 0.0, %entry ], [ %3096, %pv ]
	%987 = phi float [ 0.0, %entry ], [ %3097, %pv ]
	%988 = phi float [ 0.0, %entry ], [ %3098, %pv ]
	%989 = phi float [ 0.0, %entry ], [ %3099, %pv ]
	%990 = phi float [ 0.0, %entry ], [ %3118, %pv ]
	%991 = phi float [ 0.0, %entry ], [ %3119, %pv ]
	%992 = phi float [ 0.0, %entry ], [ %3120, %pv ]
	%993 = phi float [ 0.0, %entry ], [ %3121, %pv ]
	%994 = phi float [ 0.0, %entry ], [ %3123, %pv ]
	%995 = phi float [ 0.0, %entry ], [ %3124, %pv ]
	%996 = phi float [ 0.0, %entry ], [ %3125, %pv ]
	%997 = phi float [ 0.0, %entry ], [ %3126, %pv ]
	%998 = phi float [ 0.0, %entry ], [ %3145, %pv ]
	%999 = phi float [ 0.0, %entry ], [ %3146, %pv ]
	%1000 = phi float [ 0.0, %entry ], [ %3147, %pv ]
	%1001 = phi float [ 0.0, %entry ], [ %3148, %pv ]
	%1002 = phi float [ 0.0, %entry ], [ %3150, %pv ]
	%1003 = phi float [ 0.0, %entry ], [ %3151, %pv ]
	%1004 = phi float [ 0.0, %entry ], [ %3152, %pv ]
	%1005 = phi float [ 0.0, %entry ], [ %3153, %pv ]
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
	%2079 = fcmp oeq float %2078, 0xFFF0000000000000
	%2080 = select i1 %2079, float 0.0, float %2078
	%2081 = fsub float %314, %2080
	%2082 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2081)
	%2083 = fneg float %2080
	%2084 = call float @llvm.fma.f32(float %1994, float 0x3FC7154760000000, float %2083)
	%2085 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2084)
	%2086 = call float @llvm.fma.f32(float %1995, float 0x3FC7154760000000, float %2083)
	%2087 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2086)
	%2088 = call float @llvm.fma.f32(float %1998, float 0x3FC7154760000000, float %2083)
	%2089 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2088)
	%2090 = call float @llvm.fma.f32(float %1999, float 0x3FC7154760000000, float %2083)
	%2091 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2090)
	%2092 = call float @llvm.fma.f32(float %2002, float 0x3FC7154760000000, float %2083)
	%2093 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2092)
	%2094 = call float @llvm.fma.f32(float %2003, float 0x3FC7154760000000, float %2083)
	%2095 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2094)
	%2096 = call float @llvm.fma.f32(float %2006, float 0x3FC7154760000000, float %2083)
	%2097 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2096)
	%2098 = call float @llvm.fma.f32(float %2007, float 0x3FC7154760000000, float %2083)
	%2099 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2098)
	%2100 = call float @llvm.fma.f32(float %2010, float 0x3FC7154760000000, float %2083)
	%2101 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2100)
	%2102 = call float @llvm.fma.f32(float %2011, float 0x3FC7154760000000, float %2083)
	%2103 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2102)
	%2104 = call float @llvm.fma.f32(float %2014, float 0x3FC7154760000000, float %2083)
	%2105 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2104)
	%2106 = call float @llvm.fma.f32(float %2015, float 0x3FC7154760000000, float %2083)
	%2107 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2106)
	%2108 = call float @llvm.fma.f32(float %2018, float 0x3FC7154760000000, float %2083)
	%2109 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2108)
	%2110 = call float @llvm.fma.f32(float %2019, float 0x3FC7154760000000, float %2083)
	%2111 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2110)
	%2112 = call float @llvm.fma.f32(float %2022, float 0x3FC7154760000000, float %2083)
	%2113 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2112)
	%2114 = call float @llvm.fma.f32(float %2023, float 0x3FC7154760000000, float %2083)
	%2115 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2114)
	%2116 = fadd float %2085, %2087
	%2117 = fadd float %2089, %2091
	%2118 = fadd float %2093, %2095
	%2119 = fadd float %2097, %2099
	%2120 = fadd float %2101, %2103
	%2121 = fadd float %2105, %2107
	%2122 = fadd float %2109, %2111
	%2123 = fadd float %2113, %2115
	%2124 = fadd float %2116, %2117
	%2125 = fadd float %2118, %2119
	%2126 = fadd float %2120, %2121
	%2127 = fadd float %2122, %2123
	%2128 = fadd float %2124, %2125
	%2129 = fadd float %2126, %2127
	%2130 = fadd float %2128, %2129
	%2131 = fmul float %315, %2082
	%2132 = fadd float %2131, %2130
	%2133 = call float @llvm.nvvm.fmax.f(float %1996, float %1997)
	%2134 = call float @llvm.nvvm.fmax.f(float %2000, float %2001)
	%2135 = call float @llvm.nvvm.fmax.f(float %2004, float %2005)
	%2136 = call float @llvm.nvvm.fmax.f(float %2008, float %2009)
	%2137 = call float @llvm.nvvm.fmax.f(float %2012, float %2013)
	%2138 = call float @llvm.nvvm.fmax.f(float %2016, float %2017)
	%2139 = call float @llvm.nvvm.fmax.f(float %2020, float %2021)
	%2140 = call float @llvm.nvvm.fmax.f(float %2024, float %2025)
	%2141 = call float @llvm.nvvm.fmax.f(float %2133, float %2134)
	%2142 = call float @llvm.nvvm.fmax.f(float %2135, float %2136)
	%2143 = call float @llvm.nvvm.fmax.f(float %2137, float %2138)
	%2144 = call float @llvm.nvvm.fmax.f(float %2139, float %2140)
	%2145 = call float @llvm.nvvm.fmax.f(float %2141, float %2142)
	%2146 = call float @llvm.nvvm.fmax.f(float %2143, float %2144)
	%2147 = call float @llvm.nvvm.fmax.f(float %2145, float %2146)
	%2148 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2147, i32 1, i32 31)
	%2149 = call float @llvm.nvvm.fmax.f(float %2147, float %2148)
	%2150 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2149, i32 2, i32 31)
	%2151 = call float @llvm.nvvm.fmax.f(float %2149, float %2150)
	%2152 = fmul float %2151, 0x3FC7154760000000
	%2153 = call float @llvm.nvvm.fmax.f(float %316, float %2152)
	%2154 = fcmp oeq float %2153, 0xFFF0000000000000
	%2155 = select i1 %2154, float 0.0, float %2153
	%2156 = fsub float %316, %2155
	%2157 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2156)
	%2158 = fneg float %2155
	%2159 = call float @llvm.fma.f32(float %1996, float 0x3FC7154760000000, float %2158)
	%2160 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2159)
	%2161 = call float @llvm.fma.f32(float %1997, float 0x3FC7154760000000, float %2158)
	%2162 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2161)
	%2163 = call float @llvm.fma.f32(float %2000, float 0x3FC7154760000000, float %2158)
	%2164 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2163)
	%2165 = call float @llvm.fma.f32(float %2001, float 0x3FC7154760000000, float %2158)
	%2166 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2165)
	%2167 = call float @llvm.fma.f32(float %2004, float 0x3FC7154760000000, float %2158)
	%2168 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2167)
	%2169 = call float @llvm.fma.f32(float %2005, float 0x3FC7154760000000, float %2158)
	%2170 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2169)
	%2171 = call float @llvm.fma.f32(float %2008, float 0x3FC7154760000000, float %2158)
	%2172 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2171)
	%2173 = call float @llvm.fma.f32(float %2009, float 0x3FC7154760000000, float %2158)
	%2174 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2173)
	%2175 = call float @llvm.fma.f32(float %2012, float 0x3FC7154760000000, float %2158)
	%2176 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2175)
	%2177 = call float @llvm.fma.f32(float %2013, float 0x3FC7154760000000, float %2158)
	%2178 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2177)
	%2179 = call float @llvm.fma.f32(float %2016, float 0x3FC7154760000000, float %2158)
	%2180 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2179)
	%2181 = call float @llvm.fma.f32(float %2017, float 0x3FC7154760000000, float %2158)
	%2182 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2181)
	%2183 = call float @llvm.fma.f32(float %2020, float 0x3FC7154760000000, float %2158)
	%2184 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2183)
	%2185 = call float @llvm.fma.f32(float %2021, float 0x3FC7154760000000, float %2158)
	%2186 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2185)
	%2187 = call float @llvm.fma.f32(float %2024, float 0x3FC7154760000000, float %2158)
	%2188 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2187)
	%2189 = call float @llvm.fma.f32(float %2025, float 0x3FC7154760000000, float %2158)
	%2190 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2189)
	%2191 = fadd float %2160, %2162
	%2192 = fadd float %2164, %2166
	%2193 = fadd float %2168, %2170
	%2194 = fadd float %2172, %2174
	%2195 = fadd float %2176, %2178
	%2196 = fadd float %2180, %2182
	%2197 = fadd float %2184, %2186
	%2198 = fadd float %2188, %2190
	%2199 = fadd float %2191, %2192
	%2200 = fadd float %2193, %2194
	%2201 = fadd float %2195, %2196
	%2202 = fadd float %2197, %2198
	%2203 = fadd float %2199, %2200
	%2204 = fadd float %2201, %2202
	%2205 = fadd float %2203, %2204
	%2206 = fmul float %317, %2157
	%2207 = fadd float %2206, %2205
	%2208 = call float @llvm.nvvm.fmax.f(float %2026, float %2027)
	%2209 = call float @llvm.nvvm.fmax.f(float %2030, float %2031)
	%2210 = call float @llvm.nvvm.fmax.f(float %2034, float %2035)
	%2211 = call float @llvm.nvvm.fmax.f(float %2038, float %2039)
	%2212 = call float @llvm.nvvm.fmax.f(float %2042, float %2043)
	%2213 = call float @llvm.nvvm.fmax.f(float %2046, float %2047)
	%2214 = call float @llvm.nvvm.fmax.f(float %2050, float %2051)
	%2215 = call float @llvm.nvvm.fmax.f(float %2054, float %2055)
	%2216 = call float @llvm.nvvm.fmax.f(float %2208, float %2209)
	%2217 = call float @llvm.nvvm.fmax.f(float %2210, float %2211)
	%2218 = call float @llvm.nvvm.fmax.f(float %2212, float %2213)
	%2219 = call float @llvm.nvvm.fmax.f(float %2214, float %2215)
	%2220 = call float @llvm.nvvm.fmax.f(float %2216, float %2217)
	%2221 = call float @llvm.nvvm.fmax.f(float %2218, float %2219)
	%2222 = call float @llvm.nvvm.fmax.f(float %2220, float %2221)
	%2223 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2222, i32 1, i32 31)
	%2224 = call float @llvm.nvvm.fmax.f(float %2222, float %2223)
	%2225 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2224, i32 2, i32 31)
	%2226 = call float @llvm.nvvm.fmax.f(float %2224, float %2225)
	%2227 = fmul float %2226, 0x3FC7154760000000
	%2228 = call float @llvm.nvvm.fmax.f(float %318, float %2227)
	%2229 = fcmp oeq float %2228, 0xFFF0000000000000
	%2230 = select i1 %2229, float 0.0, float %2228
	%2231 = fsub float %318, %2230
	%2232 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2231)
	%2233 = fneg float %2230
	%2234 = call float @llvm.fma.f32(float %2026, float 0x3FC7154760000000, float %2233)
	%2235 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2234)
	%2236 = call float @llvm.fma.f32(float %2027, float 0x3FC7154760000000, float %2233)
	%2237 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2236)
	%2238 = call float @llvm.fma.f32(float %2030, float 0x3FC7154760000000, float %2233)
	%2239 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2238)
	%2240 = call float @llvm.fma.f32(float %2031, float 0x3FC7154760000000, float %2233)
	%2241 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2240)
	%2242 = call float @llvm.fma.f32(float %2034, float 0x3FC7154760000000, float %2233)
	%2243 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2242)
	%2244 = call float @llvm.fma.f32(float %2035, float 0x3FC7154760000000, float %2233)
	%2245 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2244)
	%2246 = call float @llvm.fma.f32(float %2038, float 0x3FC7154760000000, float %2233)
	%2247 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2246)
	%2248 = call float @llvm.fma.f32(float %2039, float 0x3FC7154760000000, float %2233)
	%2249 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2248)
	%2250 = call float @llvm.fma.f32(float %2042, float 0x3FC7154760000000, float %2233)
	%2251 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2250)
	%2252 = call float @llvm.fma.f32(float %2043, float 0x3FC7154760000000, float %2233)
	%2253 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2252)
	%2254 = call float @llvm.fma.f32(float %2046, float 0x3FC7154760000000, float %2233)
	%2255 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2254)
	%2256 = call float @llvm.fma.f32(float %2047, float 0x3FC7154760000000, float %2233)
	%2257 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2256)
	%2258 = call float @llvm.fma.f32(float %2050, float 0x3FC7154760000000, float %2233)
	%2259 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2258)
	%2260 = call float @llvm.fma.f32(float %2051, float 0x3FC7154760000000, float %2233)
	%2261 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2260)
	%2262 = call float @llvm.fma.f32(float %2054, float 0x3FC7154760000000, float %2233)
	%2263 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2262)
	%2264 = call float @llvm.fma.f32(float %2055, float 0x3FC7154760000000, float %2233)
	%2265 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2264)
	%2266 = fadd float %2235, %2237
	%2267 = fadd float %2239, %2241
	%2268 = fadd float %2243, %2245
	%2269 = fadd float %2247, %2249
	%2270 = fadd float %2251, %2253
	%2271 = fadd float %2255, %2257
	%2272 = fadd float %2259, %2261
	%2273 = fadd float %2263, %2265
	%2274 = fadd float %2266, %2267
	%2275 = fadd float %2268, %2269
	%2276 = fadd float %2270, %2271
	%2277 = fadd float %2272, %2273
	%2278 = fadd float %2274, %2275
	%2279 = fadd float %2276, %2277
	%2280 = fadd float %2278, %2279
	%2281 = fmul float %319, %2232
	%2282 = fadd float %2281, %2280
	%2283 = call float @llvm.nvvm.fmax.f(float %2028, float %2029)
	%2284 = call float @llvm.nvvm.fmax.f(float %2032, float %2033)
	%2285 = call float @llvm.nvvm.fmax.f(float %2036, float %2037)
	%2286 = call float @llvm.nvvm.fmax.f(float %2040, float %2041)
	%2287 = call float @llvm.nvvm.fmax.f(float %2044, float %2045)
	%2288 = call float @llvm.nvvm.fmax.f(float %2048, float %2049)
	%2289 = call float @llvm.nvvm.fmax.f(float %2052, float %2053)
	%2290 = call float @llvm.nvvm.fmax.f(float %2056, float %2057)
	%2291 = call float @llvm.nvvm.fmax.f(float %2283, float %2284)
	%2292 = call float @llvm.nvvm.fmax.f(float %2285, float %2286)
	%2293 = call float @llvm.nvvm.fmax.f(float %2287, float %2288)
	%2294 = call float @llvm.nvvm.fmax.f(float %2289, float %2290)
	%2295 = call float @llvm.nvvm.fmax.f(float %2291, float %2292)
	%2296 = call float @llvm.nvvm.fmax.f(float %2293, float %2294)
	%2297 = call float @llvm.nvvm.fmax.f(float %2295, float %2296)
	%2298 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2297, i32 1, i32 31)
	%2299 = call float @llvm.nvvm.fmax.f(float %2297, float %2298)
	%2300 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2299, i32 2, i32 31)
	%2301 = call float @llvm.nvvm.fmax.f(float %2299, float %2300)
	%2302 = fmul float %2301, 0x3FC7154760000000
	%2303 = call float @llvm.nvvm.fmax.f(float %320, float %2302)
	%2304 = fcmp oeq float %2303, 0xFFF0000000000000
	%2305 = select i1 %2304, float 0.0, float %2303
	%2306 = fsub float %320, %2305
	%2307 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2306)
	%2308 = fneg float %2305
	%2309 = call float @llvm.fma.f32(float %2028, float 0x3FC7154760000000, float %2308)
	%2310 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2309)
	%2311 = call float @llvm.fma.f32(float %2029, float 0x3FC7154760000000, float %2308)
	%2312 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2311)
	%2313 = call float @llvm.fma.f32(float %2032, float 0x3FC7154760000000, float %2308)
	%2314 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2313)
	%2315 = call float @llvm.fma.f32(float %2033, float 0x3FC7154760000000, float %2308)
	%2316 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2315)
	%2317 = call float @llvm.fma.f32(float %2036, float 0x3FC7154760000000, float %2308)
	%2318 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2317)
	%2319 = call float @llvm.fma.f32(float %2037, float 0x3FC7154760000000, float %2308)
	%2320 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2319)
	%2321 = call float @llvm.fma.f32(float %2040, float 0x3FC7154760000000, float %2308)
	%2322 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2321)
	%2323 = call float @llvm.fma.f32(float %2041, float 0x3FC7154760000000, float %2308)
	%2324 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2323)
	%2325 = call float @llvm.fma.f32(float %2044, float 0x3FC7154760000000, float %2308)
	%2326 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2325)
	%2327 = call float @llvm.fma.f32(float %2045, float 0x3FC7154760000000, float %2308)
	%2328 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2327)
	%2329 = call float @llvm.fma.f32(float %2048, float 0x3FC7154760000000, float %2308)
	%2330 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2329)
	%2331 = call float @llvm.fma.f32(float %2049, float 0x3FC7154760000000, float %2308)
	%2332 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2331)
	%2333 = call float @llvm.fma.f32(float %2052, float 0x3FC7154760000000, float %2308)
	%2334 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2333)
	%2335 = call float @llvm.fma.f32(float %2053, float 0x3FC7154760000000, float %2308)
	%2336 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2335)
	%2337 = call float @llvm.fma.f32(float %2056, float 0x3FC7154760000000, float %2308)
	%2338 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2337)
	%2339 = call float @llvm.fma.f32(float %2057, float 0x3FC7154760000000, float %2308)
	%2340 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2339)
	%2341 = fadd float %2310, %2312
	%2342 = fadd float %2314, %2316
	%2343 = fadd float %2318, %2320
	%2344 = fadd float %2322, %2324
	%2345 = fadd float %2326, %2328
	%2346 = fadd float %2330, %2332
	%2347 = fadd float %2334, %2336
	%2348 = fadd float %2338, %2340
	%2349 = fadd float %2341, %2342
	%2350 = fadd float %2343, %2344
	%2351 = fadd float %2345, %2346
	%2352 = fadd float %2347, %2348
	%2353 = fadd float %2349, %2350
	%2354 = fadd float %2351, %2352
	%2355 = fadd float %2353, %2354
	%2356 = fmul float %321, %2307
	%2357 = fadd float %2356, %2355
	%2358 = icmp eq i32 %7, 0
	%2359 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2130, i32 1, i32 31)
	%2360 = fadd float %2130, %2359
	%2361 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2360, i32 2, i32 31)
	%2362 = fadd float %2360, %2361
	%2363 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2132, i32 1, i32 31)
	%2364 = fadd float %2132, %2363
	%2365 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2364, i32 2, i32 31)
	%2366 = fadd float %2364, %2365
	%2367 = fcmp ogt float %2366, 0.0
	%2368 = icmp slt i32 %918, %M
	%2369 = and i1 %2367, %2368
	%2370 = select i1 %2369, float %2366, float 1.0
	%2371 = fdiv float %2362, %2370
	%2372 = call float @llvm.nvvm.fmax.f(float 0.0, float %2371)
	%2373 = select i1 %2369, float %2372, float 0.0
	%2374 = and i1 %2369, %2358
	%2375 = fadd float 0.0, 1.0
	%2376 = select i1 %2374, float %2375, float 0.0
	%2377 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2205, i32 1, i32 31)
	%2378 = fadd float %2205, %2377
	%2379 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2378, i32 2, i32 31)
	%2380 = fadd float %2378, %2379
	%2381 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2207, i32 1, i32 31)
	%2382 = fadd float %2207, %2381
	%2383 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2382, i32 2, i32 31)
	%2384 = fadd float %2382, %2383
	%2385 = fcmp ogt float %2384, 0.0
	%2386 = icmp slt i32 %922, %M
	%2387 = and i1 %2385, %2386
	%2388 = select i1 %2387, float %2384, float 1.0
	%2389 = fdiv float %2380, %2388
	%2390 = call float @llvm.nvvm.fmax.f(float %2373, float %2389)
	%2391 = select i1 %2387, float %2390, float %2373
	%2392 = and i1 %2387, %2358
	%2393 = fadd float %2376, 1.0
	%2394 = select i1 %2392, float %2393, float %2376
	%2395 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2280, i32 1, i32 31)
	%2396 = fadd float %2280, %2395
	%2397 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2396, i32 2, i32 31)
	%2398 = fadd float %2396, %2397
	%2399 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2282, i32 1, i32 31)
	%2400 = fadd float %2282, %2399
	%2401 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2400, i32 2, i32 31)
	%2402 = fadd float %2400, %2401
	%2403 = fcmp ogt float %2402, 0.0
	%2404 = icmp slt i32 %926, %M
	%2405 = and i1 %2403, %2404
	%2406 = select i1 %2405, float %2402, float 1.0
	%2407 = fdiv float %2398, %2406
	%2408 = call float @llvm.nvvm.fmax.f(float %2391, float %2407)
	%2409 = select i1 %2405, float %2408, float %2391
	%2410 = and i1 %2405, %2358
	%2411 = fadd float %2394, 1.0
	%2412 = select i1 %2410, float %2411, float %2394
	%2413 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2355, i32 1, i32 31)
	%2414 = fadd float %2355, %2413
	%2415 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2414, i32 2, i32 31)
	%2416 = fadd float %2414, %2415
	%2417 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2357, i32 1, i32 31)
	%2418 = fadd float %2357, %2417
	%2419 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2418, i32 2, i32 31)
	%2420 = fadd float %2418, %2419
	%2421 = fcmp ogt float %2420, 0.0
	%2422 = icmp slt i32 %930, %M
	%2423 = and i1 %2421, %2422
	%2424 = select i1 %2423, float %2420, float 1.0
	%2425 = fdiv float %2416, %2424
	%2426 = call float @llvm.nvvm.fmax.f(float %2409, float %2425)
	%2427 = select i1 %2423, float %2426, float %2409
	%2428 = and i1 %2423, %2358
	%2429 = fadd float %2412, 1.0
	%2430 = select i1 %2428, float %2429, float %2412
	%2431 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2427, i32 16, i32 31)
	%2432 = call float @llvm.nvvm.fmax.f(float %2427, float %2431)
	%2433 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2430, i32 16, i32 31)
	%2434 = fadd float %2430, %2433
	%2435 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2432, i32 8, i32 31)
	%2436 = call float @llvm.nvvm.fmax.f(float %2432, float %2435)
	%2437 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2434, i32 8, i32 31)
	%2438 = fadd float %2434, %2437
	%2439 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2436, i32 4, i32 31)
	%2440 = call float @llvm.nvvm.fmax.f(float %2436, float %2439)
	%2441 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2438, i32 4, i32 31)
	%2442 = fadd float %2438, %2441
	%2443 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2440, i32 2, i32 31)
	%2444 = call float @llvm.nvvm.fmax.f(float %2440, float %2443)
	%2445 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2442, i32 2, i32 31)
	%2446 = fadd float %2442, %2445
	%2447 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2444, i32 1, i32 31)
	%2448 = call float @llvm.nvvm.fmax.f(float %2444, float %2447)
	%2449 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2446, i32 1, i32 31)
	%2450 = fadd float %2446, %2449
	%2451 = icmp eq i32 %5, 0
	br i1 %2451, label %2452, label %2459

2452:
	%2453 = mul i32 %4, 2
	%2454 = add i32 %2453, 0
	%2455 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2454
	store float %2448, float addrspace(3)* %2455
	%2456 = mul i32 %4, 2
	%2457 = add i32 %2456, 1
	%2458 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2457
	store float %2450, float addrspace(3)* %2458
	br label %2459

2459:
	%2460 = add i32 %248, 1
	%2461 = icmp slt i32 %2460, %NK
	%2462 = select i1 %2461, i32 %2460, i32 0
	%2463 = add i32 %30, %2462
	%2464 = sext i32 %2463 to i64
	%2465 = getelementptr i32, i32* %list, i64 %2464
	%2466 = load i32, i32* %2465
	%2467 = select i1 %2461, i32 %2466, i32 -1
	%2468 = icmp sge i32 %2467, 0
	%2469 = add i32 %NK, %248
	%2470 = add i32 %30, %2469
	%2471 = sext i32 %2470 to i64
	%2472 = getelementptr i32, i32* %list, i64 %2471
	%2473 = load i32, i32* %2472
	%2474 = icmp eq i32 %2473, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%2475 = mul i32 0, 2
	%2476 = add i32 %2475, 0
	%2477 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2476
	%2478 = load float, float addrspace(3)* %2477
	%2479 = call float @llvm.nvvm.fmax.f(float 0.0, float %2478)
	%2480 = mul i32 0, 2
	%2481 = add i32 %2480, 1
	%2482 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2481
	%2483 = load float, float addrspace(3)* %2482
	%2484 = fadd float 0.0, %2483
	%2485 = mul i32 1, 2
	%2486 = add i32 %2485, 0
	%2487 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2486
	%2488 = load float, float addrspace(3)* %2487
	%2489 = call float @llvm.nvvm.fmax.f(float %2479, float %2488)
	%2490 = mul i32 1, 2
	%2491 = add i32 %2490, 1
	%2492 = getelementptr [4 x float], [4 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %2491
	%2493 = load float, float addrspace(3)* %2492
	%2494 = fadd float %2484, %2493
	%2495 = fcmp ogt float %2494, 0.0
	%2496 = and i1 %2474, %2495
	%2497 = fcmp olt float %2489, 0x3F50624DE0000000
	%2498 = and i1 %2496, %2497
	%2499 = xor i1 %2498, true
	%2500 = and i1 %2468, %2499
	br i1 %2500, label %prefetch, label %pv

prefetch:
	%2501 = mul i32 %2467, 64
	%2502 = lshr i32 %3, 3
	%2503 = and i32 %3, 7
	%2504 = and i32 %2502, 7
	%2505 = xor i32 %2503, %2504
	%2506 = mul i32 %2502, 8
	%2507 = add i32 %2506, %2505
	%2508 = shl i32 %2507, 4
	%2509 = add i32 %0, %2508
	%2510 = add i32 %2501, %2502
	%2511 = add i32 %2510, 0
	%2512 = icmp slt i32 %2511, %N
	%2513 = select i1 %2512, i32 %2511, i32 0
	%2514 = sext i32 %2513 to i64
	%2515 = getelementptr i32, i32* %40, i64 %2514
	%2516 = load i32, i32* %2515
	%2517 = mul i32 %2516, 64
	%2518 = mul i32 %2503, 8
	%2519 = add i32 %2517, %2518
	%2520 = sext i32 %2519 to i64
	%2521 = getelementptr i16, i16* %21, i64 %2520
	%2522 = add i32 %2509, 0
	%2523 = select i1 %2512, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2522, i16* %2521, i32 %2523)
	%2524 = add i32 %2510, 8
	%2525 = icmp slt i32 %2524, %N
	%2526 = select i1 %2525, i32 %2524, i32 0
	%2527 = sext i32 %2526 to i64
	%2528 = getelementptr i32, i32* %40, i64 %2527
	%2529 = load i32, i32* %2528
	%2530 = mul i32 %2529, 64
	%2531 = mul i32 %2503, 8
	%2532 = add i32 %2530, %2531
	%2533 = sext i32 %2532 to i64
	%2534 = getelementptr i16, i16* %21, i64 %2533
	%2535 = add i32 %2509, 1024
	%2536 = select i1 %2525, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2535, i16* %2534, i32 %2536)
	%2537 = add i32 %2510, 16
	%2538 = icmp slt i32 %2537, %N
	%2539 = select i1 %2538, i32 %2537, i32 0
	%2540 = sext i32 %2539 to i64
	%2541 = getelementptr i32, i32* %40, i64 %2540
	%2542 = load i32, i32* %2541
	%2543 = mul i32 %2542, 64
	%2544 = mul i32 %2503, 8
	%2545 = add i32 %2543, %2544
	%2546 = sext i32 %2545 to i64
	%2547 = getelementptr i16, i16* %21, i64 %2546
	%2548 = add i32 %2509, 2048
	%2549 = select i1 %2538, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2548, i16* %2547, i32 %2549)
	%2550 = add i32 %2510, 24
	%2551 = icmp slt i32 %2550, %N
	%2552 = select i1 %2551, i32 %2550, i32 0
	%2553 = sext i32 %2552 to i64
	%2554 = getelementptr i32, i32* %40, i64 %2553
	%2555 = load i32, i32* %2554
	%2556 = mul i32 %2555, 64
	%2557 = mul i32 %2503, 8
	%2558 = add i32 %2556, %2557
	%2559 = sext i32 %2558 to i64
	%2560 = getelementptr i16, i16* %21, i64 %2559
	%2561 = add i32 %2509, 3072
	%2562 = select i1 %2551, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2561, i16* %2560, i32 %2562)
	%2563 = add i32 %2510, 32
	%2564 = icmp slt i32 %2563, %N
	%2565 = select i1 %2564, i32 %2563, i32 0
	%2566 = sext i32 %2565 to i64
	%2567 = getelementptr i32, i32* %40, i64 %2566
	%2568 = load i32, i32* %2567
	%2569 = mul i32 %2568, 64
	%2570 = mul i32 %2503, 8
	%2571 = add i32 %2569, %2570
	%2572 = sext i32 %2571 to i64
	%2573 = getelementptr i16, i16* %21, i64 %2572
	%2574 = add i32 %2509, u0x1000
	%2575 = select i1 %2564, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2574, i16* %2573, i32 %2575)
	%2576 = add i32 %2510, 40
	%2577 = icmp slt i32 %2576, %N
	%2578 = select i1 %2577, i32 %2576, i32 0
	%2579 = sext i32 %2578 to i64
	%2580 = getelementptr i32, i32* %40, i64 %2579
	%2581 = load i32, i32* %2580
	%2582 = mul i32 %2581, 64
	%2583 = mul i32 %2503, 8
	%2584 = add i32 %2582, %2583
	%2585 = sext i32 %2584 to i64
	%2586 = getelementptr i16, i16* %21, i64 %2585
	%2587 = add i32 %2509, 5120
	%2588 = select i1 %2577, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2587, i16* %2586, i32 %2588)
	%2589 = add i32 %2510, 48
	%2590 = icmp slt i32 %2589, %N
	%2591 = select i1 %2590, i32 %2589, i32 0
	%2592 = sext i32 %2591 to i64
	%2593 = getelementptr i32, i32* %40, i64 %2592
	%2594 = load i32, i32* %2593
	%2595 = mul i32 %2594, 64
	%2596 = mul i32 %2503, 8
	%2597 = add i32 %2595, %2596
	%2598 = sext i32 %2597 to i64
	%2599 = getelementptr i16, i16* %21, i64 %2598
	%2600 = add i32 %2509, 6144
	%2601 = select i1 %2590, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2600, i16* %2599, i32 %2601)
	%2602 = add i32 %2510, 56
	%2603 = icmp slt i32 %2602, %N
	%2604 = select i1 %2603, i32 %2602, i32 0
	%2605 = sext i32 %2604 to i64
	%2606 = getelementptr i32, i32* %40, i64 %2605
	%2607 = load i32, i32* %2606
	%2608 = mul i32 %2607, 64
	%2609 = mul i32 %2503, 8
	%2610 = add i32 %2608, %2609
	%2611 = sext i32 %2610 to i64
	%2612 = getelementptr i16, i16* %21, i64 %2611
	%2613 = add i32 %2509, 7168
	%2614 = select i1 %2603, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2613, i16* %2612, i32 %2614)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%2615 = fmul float %250, %2082
	%2616 = fmul float %251, %2082
	%2617 = fmul float %252, %2157
	%2618 = fmul float %253, %2157
	%2619 = fmul float %254, %2082
	%2620 = fmul float %255, %2082
	%2621 = fmul float %256, %2157
	%2622 = fmul float %257, %2157
	%2623 = fmul float %258, %2082
	%2624 = fmul float %259, %2082
	%2625 = fmul float %260, %2157
	%2626 = fmul float %261, %2157
	%2627 = fmul float %262, %2082
	%2628 = fmul float %263, %2082
	%2629 = fmul float %264, %2157
	%2630 = fmul float %265, %2157
	%2631 = fmul float %266, %2082
	%2632 = fmul float %267, %2082
	%2633 = fmul float %268, %2157
	%2634 = fmul float %269, %2157
	%2635 = fmul float %270, %2082
	%2636 = fmul float %271, %2082
	%2637 = fmul float %272, %2157
	%2638 = fmul float %273, %2157
	%2639 = fmul float %274, %2082
	%2640 = fmul float %275, %2082
	%2641 = fmul float %276, %2157
	%2642 = fmul float %277, %2157
	%2643 = fmul float %278, %2082
	%2644 = fmul float %279, %2082
	%2645 = fmul float %280, %2157
	%2646 = fmul float %281, %2157
	%2647 = fmul float %282, %2232
	%2648 = fmul float %283, %2232
	%2649 = fmul float %284, %2307
	%2650 = fmul float %285, %2307
	%2651 = fmul float %286, %2232
	%2652 = fmul float %287, %2232
	%2653 = fmul float %288, %2307
	%2654 = fmul float %289, %2307
	%2655 = fmul float %290, %2232
	%2656 = fmul float %291, %2232
	%2657 = fmul float %292, %2307
	%2658 = fmul float %293, %2307
	%2659 = fmul float %294, %2232
	%2660 = fmul float %295, %2232
	%2661 = fmul float %296, %2307
	%2662 = fmul float %297, %2307
	%2663 = fmul float %298, %2232
	%2664 = fmul float %299, %2232
	%2665 = fmul float %300, %2307
	%2666 = fmul float %301, %2307
	%2667 = fmul float %302, %2232
	%2668 = fmul float %303, %2232
	%2669 = fmul float %304, %2307
	%2670 = fmul float %305, %2307
	%2671 = fmul float %306, %2232
	%2672 = fmul float %307, %2232
	%2673 = fmul float %308, %2307
	%2674 = fmul float %309, %2307
	%2675 = fmul float %310, %2232
	%2676 = fmul float %311, %2232
	%2677 = fmul float %312, %2307
	%2678 = fmul float %313, %2307
	%2679 = and i32 %5, 7
	%2680 = lshr i32 %5, 3
	%2681 = and i32 %2680, 1
	%2682 = shl i32 %2681, 3
	%2683 = add i32 %2679, %2682
	%2684 = mul i32 %2683, 128
	%2685 = add i32 %1, %2684
	%2686 = and i32 %5, 7
	%2687 = xor i32 %115, %2686
	%2688 = shl i32 %2687, 4
	%2689 = add i32 %2685, %2688
	%2690 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2087, float %2085)
	%2691 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2162, float %2160)
	%2692 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2091, float %2089)
	%2693 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2166, float %2164)
	%2694 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2237, float %2235)
	%2695 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2312, float %2310)
	%2696 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2241, float %2239)
	%2697 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2316, float %2314)
	%2698 = xor i32 %2689, 0
	%2699 = add i32 %2698, 0
	%2700 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2699)
	%2701 = extractvalue { i32, i32, i32, i32 } %2700, 0
	%2702 = extractvalue { i32, i32, i32, i32 } %2700, 1
	%2703 = extractvalue { i32, i32, i32, i32 } %2700, 2
	%2704 = extractvalue { i32, i32, i32, i32 } %2700, 3
	%2705 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2690, i32 %2691, i32 %2692, i32 %2693, i32 %2701, i32 %2702, float %2615, float %2616, float %2617, float %2618)
	%2706 = extractvalue { float, float, float, float } %2705, 0
	%2707 = extractvalue { float, float, float, float } %2705, 1
	%2708 = extractvalue { float, float, float, float } %2705, 2
	%2709 = extractvalue { float, float, float, float } %2705, 3
	%2710 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2690, i32 %2691, i32 %2692, i32 %2693, i32 %2703, i32 %2704, float %2619, float %2620, float %2621, float %2622)
	%2711 = extractvalue { float, float, float, float } %2710, 0
	%2712 = extractvalue { float, float, float, float } %2710, 1
	%2713 = extractvalue { float, float, float, float } %2710, 2
	%2714 = extractvalue { float, float, float, float } %2710, 3
	%2715 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2694, i32 %2695, i32 %2696, i32 %2697, i32 %2701, i32 %2702, float %2647, float %2648, float %2649, float %2650)
	%2716 = extractvalue { float, float, float, float } %2715, 0
	%2717 = extractvalue { float, float, float, float } %2715, 1
	%2718 = extractvalue { float, float, float, float } %2715, 2
	%2719 = extractvalue { float, float, float, float } %2715, 3
	%2720 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2694, i32 %2695, i32 %2696, i32 %2697, i32 %2703, i32 %2704, float %2651, float %2652, float %2653, float %2654)
	%2721 = extractvalue { float, float, float, float } %2720, 0
	%2722 = extractvalue { float, float, float, float } %2720, 1
	%2723 = extractvalue { float, float, float, float } %2720, 2
	%2724 = extractvalue { float, float, float, float } %2720, 3
	%2725 = xor i32 %2689, 32
	%2726 = add i32 %2725, 0
	%2727 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2726)
	%2728 = extractvalue { i32, i32, i32, i32 } %2727, 0
	%2729 = extractvalue { i32, i32, i32, i32 } %2727, 1
	%2730 = extractvalue { i32, i32, i32, i32 } %2727, 2
	%2731 = extractvalue { i32, i32, i32, i32 } %2727, 3
	%2732 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2690, i32 %2691, i32 %2692, i32 %2693, i32 %2728, i32 %2729, float %2623, float %2624, float %2625, float %2626)
	%2733 = extractvalue { float, float, float, float } %2732, 0
	%2734 = extractvalue { float, float, float, float } %2732, 1
	%2735 = extractvalue { float, float, float, float } %2732, 2
	%2736 = extractvalue { float, float, float, float } %2732, 3
	%2737 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2690, i32 %2691, i32 %2692, i32 %2693, i32 %2730, i32 %2731, float %2627, float %2628, float %2629, float %2630)
	%2738 = extractvalue { float, float, float, float } %2737, 0
	%2739 = extractvalue { float, float, float, float } %2737, 1
	%2740 = extractvalue { float, float, float, float } %2737, 2
	%2741 = extractvalue { float, float, float, float } %2737, 3
	%2742 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2694, i32 %2695, i32 %2696, i32 %2697, i32 %2728, i32 %2729, float %2655, float %2656, float %2657, float %2658)
	%2743 = extractvalue { float, float, float, float } %2742, 0
	%2744 = extractvalue { float, float, float, float } %2742, 1
	%2745 = extractvalue { float, float, float, float } %2742, 2
	%2746 = extractvalue { float, float, float, float } %2742, 3
	%2747 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2694, i32 %2695, i32 %2696, i32 %2697, i32 %2730, i32 %2731, float %2659, float %2660, float %2661, float %2662)
	%2748 = extractvalue { float, float, float, float } %2747, 0
	%2749 = extractvalue { float, float, float, float } %2747, 1
	%2750 = extractvalue { float, float, float, float } %2747, 2
	%2751 = extractvalue { float, float, float, float } %2747, 3
	%2752 = xor i32 %2689, 64
	%2753 = add i32 %2752, 0
	%2754 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2753)
	%2755 = extractvalue { i32, i32, i32, i32 } %2754, 0
	%2756 = extractvalue { i32, i32, i32, i32 } %2754, 1
	%2757 = extractvalue { i32, i32, i32, i32 } %2754, 2
	%2758 = extractvalue { i32, i32, i32, i32 } %2754, 3
	%2759 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2690, i32 %2691, i32 %2692, i32 %2693, i32 %2755, i32 %2756, float %2631, float %2632, float %2633, float %2634)
	%2760 = extractvalue { float, float, float, float } %2759, 0
	%2761 = extractvalue { float, float, float, float } %2759, 1
	%2762 = extractvalue { float, float, float, float } %2759, 2
	%2763 = extractvalue { float, float, float, float } %2759, 3
	%2764 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2690, i32 %2691, i32 %2692, i32 %2693, i32 %2757, i32 %2758, float %2635, float %2636, float %2637, float %2638)
	%2765 = extractvalue { float, float, float, float } %2764, 0
	%2766 = extractvalue { float, float, float, float } %2764, 1
	%2767 = extractvalue { float, float, float, float } %2764, 2
	%2768 = extractvalue { float, float, float, float } %2764, 3
	%2769 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2694, i32 %2695, i32 %2696, i32 %2697, i32 %2755, i32 %2756, float %2663, float %2664, float %2665, float %2666)
	%2770 = extractvalue { float, float, float, float } %2769, 0
	%2771 = extractvalue { float, float, float, float } %2769, 1
	%2772 = extractvalue { float, float, float, float } %2769, 2
	%2773 = extractvalue { float, float, float, float } %2769, 3
	%2774 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2694, i32 %2695, i32 %2696, i32 %2697, i32 %2757, i32 %2758, float %2667, float %2668, float %2669, float %2670)
	%2775 = extractvalue { float, float, float, float } %2774, 0
	%2776 = extractvalue { float, float, float, float } %2774, 1
	%2777 = extractvalue { float, float, float, float } %2774, 2
	%2778 = extractvalue { float, float, float, float } %2774, 3
	%2779 = xor i32 %2689, 96
	%2780 = add i32 %2779, 0
	%2781 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2780)
	%2782 = extractvalue { i32, i32, i32, i32 } %2781, 0
	%2783 = extractvalue { i32, i32, i32, i32 } %2781, 1
	%2784 = extractvalue { i32, i32, i32, i32 } %2781, 2
	%2785 = extractvalue { i32, i32, i32, i32 } %2781, 3
	%2786 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2690, i32 %2691, i32 %2692, i32 %2693, i32 %2782, i32 %2783, float %2639, float %2640, float %2641, float %2642)
	%2787 = extractvalue { float, float, float, float } %2786, 0
	%2788 = extractvalue { float, float, float, float } %2786, 1
	%2789 = extractvalue { float, float, float, float } %2786, 2
	%2790 = extractvalue { float, float, float, float } %2786, 3
	%2791 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2690, i32 %2691, i32 %2692, i32 %2693, i32 %2784, i32 %2785, float %2643, float %2644, float %2645, float %2646)
	%2792 = extractvalue { float, float, float, float } %2791, 0
	%2793 = extractvalue { float, float, float, float } %2791, 1
	%2794 = extractvalue { float, float, float, float } %2791, 2
	%2795 = extractvalue { float, float, float, float } %2791, 3
	%2796 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2694, i32 %2695, i32 %2696, i32 %2697, i32 %2782, i32 %2783, float %2671, float %2672, float %2673, float %2674)
	%2797 = extractvalue { float, float, float, float } %2796, 0
	%2798 = extractvalue { float, float, float, float } %2796, 1
	%2799 = extractvalue { float, float, float, float } %2796, 2
	%2800 = extractvalue { float, float, float, float } %2796, 3
	%2801 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2694, i32 %2695, i32 %2696, i32 %2697, i32 %2784, i32 %2785, float %2675, float %2676, float %2677, float %2678)
	%2802 = extractvalue { float, float, float, float } %2801, 0
	%2803 = extractvalue { float, float, float, float } %2801, 1
	%2804 = extractvalue { float, float, float, float } %2801, 2
	%2805 = extractvalue { float, float, float, float } %2801, 3
	%2806 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2095, float %2093)
	%2807 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2170, float %2168)
	%2808 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2099, float %2097)
	%2809 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2174, float %2172)
	%2810 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2245, float %2243)
	%2811 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2320, float %2318)
	%2812 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2249, float %2247)
	%2813 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2324, float %2322)
	%2814 = xor i32 %2689, 0
	%2815 = add i32 %2814, 2048
	%2816 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2815)
	%2817 = extractvalue { i32, i32, i32, i32 } %2816, 0
	%2818 = extractvalue { i32, i32, i32, i32 } %2816, 1
	%2819 = extractvalue { i32, i32, i32, i32 } %2816, 2
	%2820 = extractvalue { i32, i32, i32, i32 } %2816, 3
	%2821 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2806, i32 %2807, i32 %2808, i32 %2809, i32 %2817, i32 %2818, float %2706, float %2707, float %2708, float %2709)
	%2822 = extractvalue { float, float, float, float } %2821, 0
	%2823 = extractvalue { float, float, float, float } %2821, 1
	%2824 = extractvalue { float, float, float, float } %2821, 2
	%2825 = extractvalue { float, float, float, float } %2821, 3
	%2826 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2806, i32 %2807, i32 %2808, i32 %2809, i32 %2819, i32 %2820, float %2711, float %2712, float %2713, float %2714)
	%2827 = extractvalue { float, float, float, float } %2826, 0
	%2828 = extractvalue { float, float, float, float } %2826, 1
	%2829 = extractvalue { float, float, float, float } %2826, 2
	%2830 = extractvalue { float, float, float, float } %2826, 3
	%2831 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2810, i32 %2811, i32 %2812, i32 %2813, i32 %2817, i32 %2818, float %2716, float %2717, float %2718, float %2719)
	%2832 = extractvalue { float, float, float, float } %2831, 0
	%2833 = extractvalue { float, float, float, float } %2831, 1
	%2834 = extractvalue { float, float, float, float } %2831, 2
	%2835 = extractvalue { float, float, float, float } %2831, 3
	%2836 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2810, i32 %2811, i32 %2812, i32 %2813, i32 %2819, i32 %2820, float %2721, float %2722, float %2723, float %2724)
	%2837 = extractvalue { float, float, float, float } %2836, 0
	%2838 = extractvalue { float, float, float, float } %2836, 1
	%2839 = extractvalue { float, float, float, float } %2836, 2
	%2840 = extractvalue { float, float, float, float } %2836, 3
	%2841 = xor i32 %2689, 32
	%2842 = add i32 %2841, 2048
	%2843 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2842)
	%2844 = extractvalue { i32, i32, i32, i32 } %2843, 0
	%2845 = extractvalue { i32, i32, i32, i32 } %2843, 1
	%2846 = extractvalue { i32, i32, i32, i32 } %2843, 2
	%2847 = extractvalue { i32, i32, i32, i32 } %2843, 3
	%2848 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2806, i32 %2807, i32 %2808, i32 %2809, i32 %2844, i32 %2845, float %2733, float %2734, float %2735, float %2736)
	%2849 = extractvalue { float, float, float, float } %2848, 0
	%2850 = extractvalue { float, float, float, float } %2848, 1
	%2851 = extractvalue { float, float, float, float } %2848, 2
	%2852 = extractvalue { float, float, float, float } %2848, 3
	%2853 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2806, i32 %2807, i32 %2808, i32 %2809, i32 %2846, i32 %2847, float %2738, float %2739, float %2740, float %2741)
	%2854 = extractvalue { float, float, float, float } %2853, 0
	%2855 = extractvalue { float, float, float, float } %2853, 1
	%2856 = extractvalue { float, float, float, float } %2853, 2
	%2857 = extractvalue { float, float, float, float } %2853, 3
	%2858 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2810, i32 %2811, i32 %2812, i32 %2813, i32 %2844, i32 %2845, float %2743, float %2744, float %2745, float %2746)
	%2859 = extractvalue { float, float, float, float } %2858, 0
	%2860 = extractvalue { float, float, float, float } %2858, 1
	%2861 = extractvalue { float, float, float, float } %2858, 2
	%2862 = extractvalue { float, float, float, float } %2858, 3
	%2863 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2810, i32 %2811, i32 %2812, i32 %2813, i32 %2846, i32 %2847, float %2748, float %2749, float %2750, float %2751)
	%2864 = extractvalue { float, float, float, float } %2863, 0
	%2865 = extractvalue { float, float, float, float } %2863, 1
	%2866 = extractvalue { float, float, float, float } %2863, 2
	%2867 = extractvalue { float, float, float, float } %2863, 3
	%2868 = xor i32 %2689, 64
	%2869 = add i32 %2868, 2048
	%2870 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2869)
	%2871 = extractvalue { i32, i32, i32, i32 } %2870, 0
	%2872 = extractvalue { i32, i32, i32, i32 } %2870, 1
	%2873 = extractvalue { i32, i32, i32, i32 } %2870, 2
	%2874 = extractvalue { i32, i32, i32, i32 } %2870, 3
	%2875 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2806, i32 %2807, i32 %2808, i32 %2809, i32 %2871, i32 %2872, float %2760, float %2761, float %2762, float %2763)
	%2876 = extractvalue { float, float, float, float } %2875, 0
	%2877 = extractvalue { float, float, float, float } %2875, 1
	%2878 = extractvalue { float, float, float, float } %2875, 2
	%2879 = extractvalue { float, float, float, float } %2875, 3
	%2880 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2806, i32 %2807, i32 %2808, i32 %2809, i32 %2873, i32 %2874, float %2765, float %2766, float %2767, float %2768)
	%2881 = extractvalue { float, float, float, float } %2880, 0
	%2882 = extractvalue { float, float, float, float } %2880, 1
	%2883 = extractvalue { float, float, float, float } %2880, 2
	%2884 = extractvalue { float, float, float, float } %2880, 3
	%2885 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2810, i32 %2811, i32 %2812, i32 %2813, i32 %2871, i32 %2872, float %2770, float %2771, float %2772, float %2773)
	%2886 = extractvalue { float, float, float, float } %2885, 0
	%2887 = extractvalue { float, float, float, float } %2885, 1
	%2888 = extractvalue { float, float, float, float } %2885, 2
	%2889 = extractvalue { float, float, float, float } %2885, 3
	%2890 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2810, i32 %2811, i32 %2812, i32 %2813, i32 %2873, i32 %2874, float %2775, float %2776, float %2777, float %2778)
	%2891 = extractvalue { float, float, float, float } %2890, 0
	%2892 = extractvalue { float, float, float, float } %2890, 1
	%2893 = extractvalue { float, float, float, float } %2890, 2
	%2894 = extractvalue { float, float, float, float } %2890, 3
	%2895 = xor i32 %2689, 96
	%2896 = add i32 %2895, 2048
	%2897 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2896)
	%2898 = extractvalue { i32, i32, i32, i32 } %2897, 0
	%2899 = extractvalue { i32, i32, i32, i32 } %2897, 1
	%2900 = extractvalue { i32, i32, i32, i32 } %2897, 2
	%2901 = extractvalue { i32, i32, i32, i32 } %2897, 3
	%2902 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2806, i32 %2807, i32 %2808, i32 %2809, i32 %2898, i32 %2899, float %2787, float %2788, float %2789, float %2790)
	%2903 = extractvalue { float, float, float, float } %2902, 0
	%2904 = extractvalue { float, float, float, float } %2902, 1
	%2905 = extractvalue { float, float, float, float } %2902, 2
	%2906 = extractvalue { float, float, float, float } %2902, 3
	%2907 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2806, i32 %2807, i32 %2808, i32 %2809, i32 %2900, i32 %2901, float %2792, float %2793, float %2794, float %2795)
	%2908 = extractvalue { float, float, float, float } %2907, 0
	%2909 = extractvalue { float, float, float, float } %2907, 1
	%2910 = extractvalue { float, float, float, float } %2907, 2
	%2911 = extractvalue { float, float, float, float } %2907, 3
	%2912 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2810, i32 %2811, i32 %2812, i32 %2813, i32 %2898, i32 %2899, float %2797, float %2798, float %2799, float %2800)
	%2913 = extractvalue { float, float, float, float } %2912, 0
	%2914 = extractvalue { float, float, float, float } %2912, 1
	%2915 = extractvalue { float, float, float, float } %2912, 2
	%2916 = extractvalue { float, float, float, float } %2912, 3
	%2917 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2810, i32 %2811, i32 %2812, i32 %2813, i32 %2900, i32 %2901, float %2802, float %2803, float %2804, float %2805)
	%2918 = extractvalue { float, float, float, float } %2917, 0
	%2919 = extractvalue { float, float, float, float } %2917, 1
	%2920 = extractvalue { float, float, float, float } %2917, 2
	%2921 = extractvalue { float, float, float, float } %2917, 3
	%2922 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2103, float %2101)
	%2923 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2178, float %2176)
	%2924 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2107, float %2105)
	%2925 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2182, float %2180)
	%2926 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2253, float %2251)
	%2927 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2328, float %2326)
	%2928 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2257, float %2255)
	%2929 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2332, float %2330)
	%2930 = xor i32 %2689, 0
	%2931 = add i32 %2930, u0x1000
	%2932 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2931)
	%2933 = extractvalue { i32, i32, i32, i32 } %2932, 0
	%2934 = extractvalue { i32, i32, i32, i32 } %2932, 1
	%2935 = extractvalue { i32, i32, i32, i32 } %2932, 2
	%2936 = extractvalue { i32, i32, i32, i32 } %2932, 3
	%2937 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2922, i32 %2923, i32 %2924, i32 %2925, i32 %2933, i32 %2934, float %2822, float %2823, float %2824, float %2825)
	%2938 = extractvalue { float, float, float, float } %2937, 0
	%2939 = extractvalue { float, float, float, float } %2937, 1
	%2940 = extractvalue { float, float, float, float } %2937, 2
	%2941 = extractvalue { float, float, float, float } %2937, 3
	%2942 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2922, i32 %2923, i32 %2924, i32 %2925, i32 %2935, i32 %2936, float %2827, float %2828, float %2829, float %2830)
	%2943 = extractvalue { float, float, float, float } %2942, 0
	%2944 = extractvalue { float, float, float, float } %2942, 1
	%2945 = extractvalue { float, float, float, float } %2942, 2
	%2946 = extractvalue { float, float, float, float } %2942, 3
	%2947 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2926, i32 %2927, i32 %2928, i32 %2929, i32 %2933, i32 %2934, float %2832, float %2833, float %2834, float %2835)
	%2948 = extractvalue { float, float, float, float } %2947, 0
	%2949 = extractvalue { float, float, float, float } %2947, 1
	%2950 = extractvalue { float, float, float, float } %2947, 2
	%2951 = extractvalue { float, float, float, float } %2947, 3
	%2952 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2926, i32 %2927, i32 %2928, i32 %2929, i32 %2935, i32 %2936, float %2837, float %2838, float %2839, float %2840)
	%2953 = extractvalue { float, float, float, float } %2952, 0
	%2954 = extractvalue { float, float, float, float } %2952, 1
	%2955 = extractvalue { float, float, float, float } %2952, 2
	%2956 = extractvalue { float, float, float, float } %2952, 3
	%2957 = xor i32 %2689, 32
	%2958 = add i32 %2957, u0x1000
	%2959 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2958)
	%2960 = extractvalue { i32, i32, i32, i32 } %2959, 0
	%2961 = extractvalue { i32, i32, i32, i32 } %2959, 1
	%2962 = extractvalue { i32, i32, i32, i32 } %2959, 2
	%2963 = extractvalue { i32, i32, i32, i32 } %2959, 3
	%2964 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2922, i32 %2923, i32 %2924, i32 %2925, i32 %2960, i32 %2961, float %2849, float %2850, float %2851, float %2852)
	%2965 = extractvalue { float, float, float, float } %2964, 0
	%2966 = extractvalue { float, float, float, float } %2964, 1
	%2967 = extractvalue { float, float, float, float } %2964, 2
	%2968 = extractvalue { float, float, float, float } %2964, 3
	%2969 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2922, i32 %2923, i32 %2924, i32 %2925, i32 %2962, i32 %2963, float %2854, float %2855, float %2856, float %2857)
	%2970 = extractvalue { float, float, float, float } %2969, 0
	%2971 = extractvalue { float, float, float, float } %2969, 1
	%2972 = extractvalue { float, float, float, float } %2969, 2
	%2973 = extractvalue { float, float, float, float } %2969, 3
	%2974 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2926, i32 %2927, i32 %2928, i32 %2929, i32 %2960, i32 %2961, float %2859, float %2860, float %2861, float %2862)
	%2975 = extractvalue { float, float, float, float } %2974, 0
	%2976 = extractvalue { float, float, float, float } %2974, 1
	%2977 = extractvalue { float, float, float, float } %2974, 2
	%2978 = extractvalue { float, float, float, float } %2974, 3
	%2979 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2926, i32 %2927, i32 %2928, i32 %2929, i32 %2962, i32 %2963, float %2864, float %2865, float %2866, float %2867)
	%2980 = extractvalue { float, float, float, float } %2979, 0
	%2981 = extractvalue { float, float, float, float } %2979, 1
	%2982 = extractvalue { float, float, float, float } %2979, 2
	%2983 = extractvalue { float, float, float, float } %2979, 3
	%2984 = xor i32 %2689, 64
	%2985 = add i32 %2984, u0x1000
	%2986 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2985)
	%2987 = extractvalue { i32, i32, i32, i32 } %2986, 0
	%2988 = extractvalue { i32, i32, i32, i32 } %2986, 1
	%2989 = extractvalue { i32, i32, i32, i32 } %2986, 2
	%2990 = extractvalue { i32, i32, i32, i32 } %2986, 3
	%2991 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2922, i32 %2923, i32 %2924, i32 %2925, i32 %2987, i32 %2988, float %2876, float %2877, float %2878, float %2879)
	%2992 = extractvalue { float, float, float, float } %2991, 0
	%2993 = extractvalue { float, float, float, float } %2991, 1
	%2994 = extractvalue { float, float, float, float } %2991, 2
	%2995 = extractvalue { float, float, float, float } %2991, 3
	%2996 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2922, i32 %2923, i32 %2924, i32 %2925, i32 %2989, i32 %2990, float %2881, float %2882, float %2883, float %2884)
	%2997 = extractvalue { float, float, float, float } %2996, 0
	%2998 = extractvalue { float, float, float, float } %2996, 1
	%2999 = extractvalue { float, float, float, float } %2996, 2
	%3000 = extractvalue { float, float, float, float } %2996, 3
	%3001 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2926, i32 %2927, i32 %2928, i32 %2929, i32 %2987, i32 %2988, float %2886, float %2887, float %2888, float %2889)
	%3002 = extractvalue { float, float, float, float } %3001, 0
	%3003 = extractvalue { float, float, float, float } %3001, 1
	%3004 = extractvalue { float, float, float, float } %3001, 2
	%3005 = extractvalue { float, float, float, float } %3001, 3
	%3006 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2926, i32 %2927, i32 %2928, i32 %2929, i32 %2989, i32 %2990, float %2891, float %2892, float %2893, float %2894)
	%3007 = extractvalue { float, float, float, float } %3006, 0
	%3008 = extractvalue { float, float, float, float } %3006, 1
	%3009 = extractvalue { float, float, float, float } %3006, 2
	%3010 = extractvalue { float, float, float, float } %3006, 3
	%3011 = xor i32 %2689, 96
	%3012 = add i32 %3011, u0x1000
	%3013 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3012)
	%3014 = extractvalue { i32, i32, i32, i32 } %3013, 0
	%3015 = extractvalue { i32, i32, i32, i32 } %3013, 1
	%3016 = extractvalue { i32, i32, i32, i32 } %3013, 2
	%3017 = extractvalue { i32, i32, i32, i32 } %3013, 3
	%3018 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2922, i32 %2923, i32 %2924, i32 %2925, i32 %3014, i32 %3015, float %2903, float %2904, float %2905, float %2906)
	%3019 = extractvalue { float, float, float, float } %3018, 0
	%3020 = extractvalue { float, float, float, float } %3018, 1
	%3021 = extractvalue { float, float, float, float } %3018, 2
	%3022 = extractvalue { float, float, float, float } %3018, 3
	%3023 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2922, i32 %2923, i32 %2924, i32 %2925, i32 %3016, i32 %3017, float %2908, float %2909, float %2910, float %2911)
	%3024 = extractvalue { float, float, float, float } %3023, 0
	%3025 = extractvalue { float, float, float, float } %3023, 1
	%3026 = extractvalue { float, float, float, float } %3023, 2
	%3027 = extractvalue { float, float, float, float } %3023, 3
	%3028 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2926, i32 %2927, i32 %2928, i32 %2929, i32 %3014, i32 %3015, float %2913, float %2914, float %2915, float %2916)
	%3029 = extractvalue { float, float, float, float } %3028, 0
	%3030 = extractvalue { float, float, float, float } %3028, 1
	%3031 = extractvalue { float, float, float, float } %3028, 2
	%3032 = extractvalue { float, float, float, float } %3028, 3
	%3033 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2926, i32 %2927, i32 %2928, i32 %2929, i32 %3016, i32 %3017, float %2918, float %2919, float %2920, float %2921)
	%3034 = extractvalue { float, float, float, float } %3033, 0
	%3035 = extractvalue { float, float, float, float } %3033, 1
	%3036 = extractvalue { float, float, float, float } %3033, 2
	%3037 = extractvalue { float, float, float, float } %3033, 3
	%3038 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2111, float %2109)
	%3039 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2186, float %2184)
	%3040 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2115, float %2113)
	%3041 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2190, float %2188)
	%3042 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2261, float %2259)
	%3043 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2336, float %2334)
	%3044 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2265, float %2263)
	%3045 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2340, float %2338)
	%3046 = xor i32 %2689, 0
	%3047 = add i32 %3046, 6144
	%3048 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3047)
	%3049 = extractvalue { i32, i32, i32, i32 } %3048, 0
	%3050 = extractvalue { i32, i32, i32, i32 } %3048, 1
	%3051 = extractvalue { i32, i32, i32, i32 } %3048, 2
	%3052 = extractvalue { i32, i32, i32, i32 } %3048, 3
	%3053 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3038, i32 %3039, i32 %3040, i32 %3041, i32 %3049, i32 %3050, float %2938, float %2939, float %2940, float %2941)
	%3054 = extractvalue { float, float, float, float } %3053, 0
	%3055 = extractvalue { float, float, float, float } %3053, 1
	%3056 = extractvalue { float, float, float, float } %3053, 2
	%3057 = extractvalue { float, float, float, float } %3053, 3
	%3058 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3038, i32 %3039, i32 %3040, i32 %3041, i32 %3051, i32 %3052, float %2943, float %2944, float %2945, float %2946)
	%3059 = extractvalue { float, float, float, float } %3058, 0
	%3060 = extractvalue { float, float, float, float } %3058, 1
	%3061 = extractvalue { float, float, float, float } %3058, 2
	%3062 = extractvalue { float, float, float, float } %3058, 3
	%3063 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3042, i32 %3043, i32 %3044, i32 %3045, i32 %3049, i32 %3050, float %2948, float %2949, float %2950, float %2951)
	%3064 = extractvalue { float, float, float, float } %3063, 0
	%3065 = extractvalue { float, float, float, float } %3063, 1
	%3066 = extractvalue { float, float, float, float } %3063, 2
	%3067 = extractvalue { float, float, float, float } %3063, 3
	%3068 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3042, i32 %3043, i32 %3044, i32 %3045, i32 %3051, i32 %3052, float %2953, float %2954, float %2955, float %2956)
	%3069 = extractvalue { float, float, float, float } %3068, 0
	%3070 = extractvalue { float, float, float, float } %3068, 1
	%3071 = extractvalue { float, float, float, float } %3068, 2
	%3072 = extractvalue { float, float, float, float } %3068, 3
	%3073 = xor i32 %2689, 32
	%3074 = add i32 %3073, 6144
	%3075 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3074)
	%3076 = extractvalue { i32, i32, i32, i32 } %3075, 0
	%3077 = extractvalue { i32, i32, i32, i32 } %3075, 1
	%3078 = extractvalue { i32, i32, i32, i32 } %3075, 2
	%3079 = extractvalue { i32, i32, i32, i32 } %3075, 3
	%3080 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3038, i32 %3039, i32 %3040, i32 %3041, i32 %3076, i32 %3077, float %2965, float %2966, float %2967, float %2968)
	%3081 = extractvalue { float, float, float, float } %3080, 0
	%3082 = extractvalue { float, float, float, float } %3080, 1
	%3083 = extractvalue { float, float, float, float } %3080, 2
	%3084 = extractvalue { float, float, float, float } %3080, 3
	%3085 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3038, i32 %3039, i32 %3040, i32 %3041, i32 %3078, i32 %3079, float %2970, float %2971, float %2972, float %2973)
	%3086 = extractvalue { float, float, float, float } %3085, 0
	%3087 = extractvalue { float, float, float, float } %3085, 1
	%3088 = extractvalue { float, float, float, float } %3085, 2
	%3089 = extractvalue { float, float, float, float } %3085, 3
	%3090 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3042, i32 %3043, i32 %3044, i32 %3045, i32 %3076, i32 %3077, float %2975, float %2976, float %2977, float %2978)
	%3091 = extractvalue { float, float, float, float } %3090, 0
	%3092 = extractvalue { float, float, float, float } %3090, 1
	%3093 = extractvalue { float, float, float, float } %3090, 2
	%3094 = extractvalue { float, float, float, float } %3090, 3
	%3095 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3042, i32 %3043, i32 %3044, i32 %3045, i32 %3078, i32 %3079, float %2980, float %2981, float %2982, float %2983)
	%3096 = extractvalue { float, float, float, float } %3095, 0
	%3097 = extractvalue { float, float, float, float } %3095, 1
	%3098 = extractvalue { float, float, float, float } %3095, 2
	%3099 = extractvalue { float, float, float, float } %3095, 3
	%3100 = xor i32 %2689, 64
	%3101 = add i32 %3100, 6144
	%3102 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3101)
	%3103 = extractvalue { i32, i32, i32, i32 } %3102, 0
	%3104 = extractvalue { i32, i32, i32, i32 } %3102, 1
	%3105 = extractvalue { i32, i32, i32, i32 } %3102, 2
	%3106 = extractvalue { i32, i32, i32, i32 } %3102, 3
	%3107 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3038, i32 %3039, i32 %3040, i32 %3041, i32 %3103, i32 %3104, float %2992, float %2993, float %2994, float %2995)
	%3108 = extractvalue { float, float, float, float } %3107, 0
	%3109 = extractvalue { float, float, float, float } %3107, 1
	%3110 = extractvalue { float, float, float, float } %3107, 2
	%3111 = extractvalue { float, float, float, float } %3107, 3
	%3112 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3038, i32 %3039, i32 %3040, i32 %3041, i32 %3105, i32 %3106, float %2997, float %2998, float %2999, float %3000)
	%3113 = extractvalue { float, float, float, float } %3112, 0
	%3114 = extractvalue { float, float, float, float } %3112, 1
	%3115 = extractvalue { float, float, float, float } %3112, 2
	%3116 = extractvalue { float, float, float, float } %3112, 3
	%3117 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3042, i32 %3043, i32 %3044, i32 %3045, i32 %3103, i32 %3104, float %3002, float %3003, float %3004, float %3005)
	%3118 = extractvalue { float, float, float, float } %3117, 0
	%3119 = extractvalue { float, float, float, float } %3117, 1
	%3120 = extractvalue { float, float, float, float } %3117, 2
	%3121 = extractvalue { float, float, float, float } %3117, 3
	%3122 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3042, i32 %3043, i32 %3044, i32 %3045, i32 %3105, i32 %3106, float %3007, float %3008, float %3009, float %3010)
	%3123 = extractvalue { float, float, float, float } %3122, 0
	%3124 = extractvalue { float, float, float, float } %3122, 1
	%3125 = extractvalue { float, float, float, float } %3122, 2
	%3126 = extractvalue { float, float, float, float } %3122, 3
	%3127 = xor i32 %2689, 96
	%3128 = add i32 %3127, 6144
	%3129 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %3128)
	%3130 = extractvalue { i32, i32, i32, i32 } %3129, 0
	%3131 = extractvalue { i32, i32, i32, i32 } %3129, 1
	%3132 = extractvalue { i32, i32, i32, i32 } %3129, 2
	%3133 = extractvalue { i32, i32, i32, i32 } %3129, 3
	%3134 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3038, i32 %3039, i32 %3040, i32 %3041, i32 %3130, i32 %3131, float %3019, float %3020, float %3021, float %3022)
	%3135 = extractvalue { float, float, float, float } %3134, 0
	%3136 = extractvalue { float, float, float, float } %3134, 1
	%3137 = extractvalue { float, float, float, float } %3134, 2
	%3138 = extractvalue { float, float, float, float } %3134, 3
	%3139 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3038, i32 %3039, i32 %3040, i32 %3041, i32 %3132, i32 %3133, float %3024, float %3025, float %3026, float %3027)
	%3140 = extractvalue { float, float, float, float } %3139, 0
	%3141 = extractvalue { float, float, float, float } %3139, 1
	%3142 = extractvalue { float, float, float, float } %3139, 2
	%3143 = extractvalue { float, float, float, float } %3139, 3
	%3144 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3042, i32 %3043, i32 %3044, i32 %3045, i32 %3130, i32 %3131, float %3029, float %3030, float %3031, float %3032)
	%3145 = extractvalue { float, float, float, float } %3144, 0
	%3146 = extractvalue { float, float, float, float } %3144, 1
	%3147 = extractvalue { float, float, float, float } %3144, 2
	%3148 = extractvalue { float, float, float, float } %3144, 3
	%3149 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %3042, i32 %3043, i32 %3044, i32 %3045, i32 %3132, i32 %3133, float %3034, float %3035, float %3036, float %3037)
	%3150 = extractvalue { float, float, float, float } %3149, 0
	%3151 = extractvalue { float, float, float, float } %3149, 1
	%3152 = extractvalue { float, float, float, float } %3149, 2
	%3153 = extractvalue { float, float, float, float } %3149, 3
	br i1 %2500, label %loop, label %epilogue

store0:
	%3154 = mul i32 %11, %M
	%3155 = add i32 %3154, %1016
	%3156 = mul i32 %3155, 64
	%3157 = shl i32 %7, 1
	%3158 = add i32 0, %3157
	%3159 = add i32 %3156, %3158
	%3160 = sext i32 %3159 to i64
	%3161 = getelementptr i16, i16* %out, i64 %3160
	%3162 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1018, float %1017)
	%3163 = bitcast i16* %3161 to i32*
	store i32 %3162, i32* %3163
	%3164 = shl i32 %7, 1
	%3165 = add i32 8, %3164
	%3166 = add i32 %3156, %3165
	%3167 = sext i32 %3166 to i64
	%3168 = getelementptr i16, i16* %out, i64 %3167
	%3169 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1020, float %1019)
	%3170 = bitcast i16* %3168 to i32*
	store i32 %3169, i32* %3170
	%3171 = shl i32 %7, 1
	%3172 = add i32 16, %3171
	%3173 = add i32 %3156, %3172
	%3174 = sext i32 %3173 to i64
	%3175 = getelementptr i16, i16* %out, i64 %3174
	%3176 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1022, float %1021)
	%3177 = bitcast i16* %3175 to i32*
	store i32 %3176, i32* %3177
	%3178 = shl i32 %7, 1
	%3179 = add i32 24, %3178
	%3180 = add i32 %3156, %3179
	%3181 = sext i32 %3180 to i64
	%3182 = getelementptr i16, i16* %out, i64 %3181
	%3183 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1024, float %1023)
	%3184 = bitcast i16* %3182 to i32*
	store i32 %3183, i32* %3184
	%3185 = shl i32 %7, 1
	%3186 = add i32 32, %3185
	%3187 = add i32 %3156, %3186
	%3188 = sext i32 %3187 to i64
	%3189 = getelementptr i16, i16* %out, i64 %3188
	%3190 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1026, float %1025)
	%3191 = bitcast i16* %3189 to i32*
	store i32 %3190, i32* %3191
	%3192 = shl i32 %7, 1
	%3193 = add i32 40, %3192
	%3194 = add i32 %3156, %3193
	%3195 = sext i32 %3194 to i64
	%3196 = getelementptr i16, i16* %out, i64 %3195
	%3197 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1028, float %1027)
	%3198 = bitcast i16* %3196 to i32*
	store i32 %3197, i32* %3198
	%3199 = shl i32 %7, 1
	%3200 = add i32 48, %3199
	%3201 = add i32 %3156, %3200
	%3202 = sext i32 %3201 to i64
	%3203 = getelementptr i16, i16* %out, i64 %3202
	%3204 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1030, float %1029)
	%3205 = bitcast i16* %3203 to i32*
	store i32 %3204, i32* %3205
	%3206 = shl i32 %7, 1
	%3207 = add i32 56, %3206
	%3208 = add i32 %3156, %3207
	%3209 = sext i32 %3208 to i64
	%3210 = getelementptr i16, i16* %out, i64 %3209
	%3211 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1032, float %1031)
	%3212 = bitcast i16* %3210 to i32*
	store i32 %3211, i32* %3212
	br label %stored0

stored0:
	%3213 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %938, i32 1, i32 31)
	%3214 = fadd float %938, %3213
	%3215 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3214, i32 2, i32 31)
	%3216 = fadd float %3214, %3215
	%3217 = fcmp ogt float %3216, 0.0
	%3218 = fdiv float 1.0, %3216
	%3219 = select i1 %3217, float %3218, float 0.0
	%3220 = mul i32 %4, 32
	%3221 = add i32 %13, %3220
	%3222 = add i32 %6, 8
	%3223 = add i32 %3221, %3222
	%3224 = fmul float %944, %3219
	%3225 = fmul float %945, %3219
	%3226 = fmul float %948, %3219
	%3227 = fmul float %949, %3219
	%3228 = fmul float %952, %3219
	%3229 = fmul float %953, %3219
	%3230 = fmul float %956, %3219
	%3231 = fmul float %957, %3219
	%3232 = fmul float %960, %3219
	%3233 = fmul float %961, %3219
	%3234 = fmul float %964, %3219
	%3235 = fmul float %965, %3219
	%3236 = fmul float %968, %3219
	%3237 = fmul float %969, %3219
	%3238 = fmul float %972, %3219
	%3239 = fmul float %973, %3219
	%3240 = icmp slt i32 %3223, %M
	br i1 %3240, label %store1, label %stored1

store1:
	%3241 = mul i32 %11, %M
	%3242 = add i32 %3241, %3223
	%3243 = mul i32 %3242, 64
	%3244 = shl i32 %7, 1
	%3245 = add i32 0, %3244
	%3246 = add i32 %3243, %3245
	%3247 = sext i32 %3246 to i64
	%3248 = getelementptr i16, i16* %out, i64 %3247
	%3249 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3225, float %3224)
	%3250 = bitcast i16* %3248 to i32*
	store i32 %3249, i32* %3250
	%3251 = shl i32 %7, 1
	%3252 = add i32 8, %3251
	%3253 = add i32 %3243, %3252
	%3254 = sext i32 %3253 to i64
	%3255 = getelementptr i16, i16* %out, i64 %3254
	%3256 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3227, float %3226)
	%3257 = bitcast i16* %3255 to i32*
	store i32 %3256, i32* %3257
	%3258 = shl i32 %7, 1
	%3259 = add i32 16, %3258
	%3260 = add i32 %3243, %3259
	%3261 = sext i32 %3260 to i64
	%3262 = getelementptr i16, i16* %out, i64 %3261
	%3263 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3229, float %3228)
	%3264 = bitcast i16* %3262 to i32*
	store i32 %3263, i32* %3264
	%3265 = shl i32 %7, 1
	%3266 = add i32 24, %3265
	%3267 = add i32 %3243, %3266
	%3268 = sext i32 %3267 to i64
	%3269 = getelementptr i16, i16* %out, i64 %3268
	%3270 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3231, float %3230)
	%3271 = bitcast i16* %3269 to i32*
	store i32 %3270, i32* %3271
	%3272 = shl i32 %7, 1
	%3273 = add i32 32, %3272
	%3274 = add i32 %3243, %3273
	%3275 = sext i32 %3274 to i64
	%3276 = getelementptr i16, i16* %out, i64 %3275
	%3277 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3233, float %3232)
	%3278 = bitcast i16* %3276 to i32*
	store i32 %3277, i32* %3278
	%3279 = shl i32 %7, 1
	%3280 = add i32 40, %3279
	%3281 = add i32 %3243, %3280
	%3282 = sext i32 %3281 to i64
	%3283 = getelementptr i16, i16* %out, i64 %3282
	%3284 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3235, float %3234)
	%3285 = bitcast i16* %3283 to i32*
	store i32 %3284, i32* %3285
	%3286 = shl i32 %7, 1
	%3287 = add i32 48, %3286
	%3288 = add i32 %3243, %3287
	%3289 = sext i32 %3288 to i64
	%3290 = getelementptr i16, i16* %out, i64 %3289
	%3291 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3237, float %3236)
	%3292 = bitcast i16* %3290 to i32*
	store i32 %3291, i32* %3292
	%3293 = shl i32 %7, 1
	%3294 = add i32 56, %3293
	%3295 = add i32 %3243, %3294
	%3296 = sext i32 %3295 to i64
	%3297 = getelementptr i16, i16* %out, i64 %3296
	%3298 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3239, float %3238)
	%3299 = bitcast i16* %3297 to i32*
	store i32 %3298, i32* %3299
	br label %stored1

stored1:
	%3300 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %939, i32 1, i32 31)
	%3301 = fadd float %939, %3300
	%3302 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3301, i32 2, i32 31)
	%3303 = fadd float %3301, %3302
	%3304 = fcmp ogt float %3303, 0.0
	%3305 = fdiv float 1.0, %3303
	%3306 = select i1 %3304, float %3305, float 0.0
	%3307 = mul i32 %4, 32
	%3308 = add i32 %13, %3307
	%3309 = add i32 %6, 16
	%3310 = add i32 %3308, %3309
	%3311 = fmul float %974, %3306
	%3312 = fmul float %975, %3306
	%3313 = fmul float %978, %3306
	%3314 = fmul float %979, %3306
	%3315 = fmul float %982, %3306
	%3316 = fmul float %983, %3306
	%3317 = fmul float %986, %3306
	%3318 = fmul float %987, %3306
	%3319 = fmul float %990, %3306
	%3320 = fmul float %991, %3306
	%3321 = fmul float %994, %3306
	%3322 = fmul float %995, %3306
	%3323 = fmul float %998, %3306
	%3324 = fmul float %999, %3306
	%3325 = fmul float %1002, %3306
	%3326 = fmul float %1003, %3306
	%3327 = icmp slt i32 %3310, %M
	br i1 %3327, label %store2, label %stored2

store2:
	%3328 = mul i32 %11, %M
	%3329 = add i32 %3328, %3310
	%3330 = mul i32 %3329, 64
	%3331 = shl i32 %7, 1
	%3332 = add i32 0, %3331
	%3333 = add i32 %3330, %3332
	%3334 = sext i32 %3333 to i64
	%3335 = getelementptr i16, i16* %out, i64 %3334
	%3336 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3312, float %3311)
	%3337 = bitcast i16* %3335 to i32*
	store i32 %3336, i32* %3337
	%3338 = shl i32 %7, 1
	%3339 = add i32 8, %3338
	%3340 = add i32 %3330, %3339
	%3341 = sext i32 %3340 to i64
	%3342 = getelementptr i16, i16* %out, i64 %3341
	%3343 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3314, float %3313)
	%3344 = bitcast i16* %3342 to i32*
	store i32 %3343, i32* %3344
	%3345 = shl i32 %7, 1
	%3346 = add i32 16, %3345
	%3347 = add i32 %3330, %3346
	%3348 = sext i32 %3347 to i64
	%3349 = getelementptr i16, i16* %out, i64 %3348
	%3350 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3316, float %3315)
	%3351 = bitcast i16* %3349 to i32*
	store i32 %3350, i32* %3351
	%3352 = shl i32 %7, 1
	%3353 = add i32 24, %3352
	%3354 = add i32 %3330, %3353
	%3355 = sext i32 %3354 to i64
	%3356 = getelementptr i16, i16* %out, i64 %3355
	%3357 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3318, float %3317)
	%3358 = bitcast i16* %3356 to i32*
	store i32 %3357, i32* %3358
	%3359 = shl i32 %7, 1
	%3360 = add i32 32, %3359
	%3361 = add i32 %3330, %3360
	%3362 = sext i32 %3361 to i64
	%3363 = getelementptr i16, i16* %out, i64 %3362
	%3364 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3320, float %3319)
	%3365 = bitcast i16* %3363 to i32*
	store i32 %3364, i32* %3365
	%3366 = shl i32 %7, 1
	%3367 = add i32 40, %3366
	%3368 = add i32 %3330, %3367
	%3369 = sext i32 %3368 to i64
	%3370 = getelementptr i16, i16* %out, i64 %3369
	%3371 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3322, float %3321)
	%3372 = bitcast i16* %3370 to i32*
	store i32 %3371, i32* %3372
	%3373 = shl i32 %7, 1
	%3374 = add i32 48, %3373
	%3375 = add i32 %3330, %3374
	%3376 = sext i32 %3375 to i64
	%3377 = getelementptr i16, i16* %out, i64 %3376
	%3378 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3324, float %3323)
	%3379 = bitcast i16* %3377 to i32*
	store i32 %3378, i32* %3379
	%3380 = shl i32 %7, 1
	%3381 = add i32 56, %3380
	%3382 = add i32 %3330, %3381
	%3383 = sext i32 %3382 to i64
	%3384 = getelementptr i16, i16* %out, i64 %3383
	%3385 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3326, float %3325)
	%3386 = bitcast i16* %3384 to i32*
	store i32 %3385, i32* %3386
	br label %stored2

stored2:
	%3387 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %940, i32 1, i32 31)
	%3388 = fadd float %940, %3387
	%3389 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %3388, i32 2, i32 31)
	%3390 = fadd float %3388, %3389
	%3391 = fcmp ogt float %3390, 0.0
	%3392 = fdiv float 1.0, %3390
	%3393 = select i1 %3391, float %3392, float 0.0
	%3394 = mul i32 %4, 32
	%3395 = add i32 %13, %3394
	%3396 = add i32 %6, 24
	%3397 = add i32 %3395, %3396
	%3398 = fmul float %976, %3393
	%3399 = fmul float %977, %3393
	%3400 = fmul float %980, %3393
	%3401 = fmul float %981, %3393
	%3402 = fmul float %984, %3393
	%3403 = fmul float %985, %3393
	%3404 = fmul float %988, %3393
	%3405 = fmul float %989, %3393
	%3406 = fmul float %992, %3393
	%3407 = fmul float %993, %3393
	%3408 = fmul float %996, %3393
	%3409 = fmul float %997, %3393
	%3410 = fmul float %1000, %3393
	%3411 = fmul float %1001, %3393
	%3412 = fmul float %1004, %3393
	%3413 = fmul float %1005, %3393
	%3414 = icmp slt i32 %3397, %M
	br i1 %3414, label %store3, label %stored3

store3:
	%3415 = mul i32 %11, %M
	%3416 = add i32 %3415, %3397
	%3417 = mul i32 %3416, 64
	%3418 = shl i32 %7, 1
	%3419 = add i32 0, %3418
	%3420 = add i32 %3417, %3419
	%3421 = sext i32 %3420 to i64
	%3422 = getelementptr i16, i16* %out, i64 %3421
	%3423 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3399, float %3398)
	%3424 = bitcast i16* %3422 to i32*
	store i32 %3423, i32* %3424
	%3425 = shl i32 %7, 1
	%3426 = add i32 8, %3425
	%3427 = add i32 %3417, %3426
	%3428 = sext i32 %3427 to i64
	%3429 = getelementptr i16, i16* %out, i64 %3428
	%3430 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3401, float %3400)
	%3431 = bitcast i16* %3429 to i32*
	store i32 %3430, i32* %3431
	%3432 = shl i32 %7, 1
	%3433 = add i32 16, %3432
	%3434 = add i32 %3417, %3433
	%3435 = sext i32 %3434 to i64
	%3436 = getelementptr i16, i16* %out, i64 %3435
	%3437 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3403, float %3402)
	%3438 = bitcast i16* %3436 to i32*
	store i32 %3437, i32* %3438
	%3439 = shl i32 %7, 1
	%3440 = add i32 24, %3439
	%3441 = add i32 %3417, %3440
	%3442 = sext i32 %3441 to i64
	%3443 = getelementptr i16, i16* %out, i64 %3442
	%3444 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3405, float %3404)
	%3445 = bitcast i16* %3443 to i32*
	store i32 %3444, i32* %3445
	%3446 = shl i32 %7, 1
	%3447 = add i32 32, %3446
	%3448 = add i32 %3417, %3447
	%3449 = sext i32 %3448 to i64
	%3450 = getelementptr i16, i16* %out, i64 %3449
	%3451 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3407, float %3406)
	%3452 = bitcast i16* %3450 to i32*
	store i32 %3451, i32* %3452
	%3453 = shl i32 %7, 1
	%3454 = add i32 40, %3453
	%3455 = add i32 %3417, %3454
	%3456 = sext i32 %3455 to i64
	%3457 = getelementptr i16, i16* %out, i64 %3456
	%3458 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3409, float %3408)
	%3459 = bitcast i16* %3457 to i32*
	store i32 %3458, i32* %3459
	%3460 = shl i32 %7, 1
	%3461 = add i32 48, %3460
	%3462 = add i32 %3417, %3461
	%3463 = sext i32 %3462 to i64
	%3464 = getelementptr i16, i16* %out, i64 %3463
	%3465 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3411, float %3410)
	%3466 = bitcast i16* %3464 to i32*
	store i32 %3465, i32* %3466
	%3467 = shl i32 %7, 1
	%3468 = add i32 56, %3467
	%3469 = add i32 %3417, %3468
	%3470 = sext i32 %3469 to i64
	%3471 = getelementptr i16, i16* %out, i64 %3470
	%3472 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %3413, float %3412)
	%3473 = bitcast i16* %3471 to i32*
	store i32 %3472, i32* %3473
	br label %stored3

stored3:
	%3474 = icmp eq i32 %3, 0
	br i1 %3474, label %3475, label %3480

3475:
	%3476 = mul i32 %11, %NQ
	%3477 = add i32 %3476, %10
	%3478 = sext i32 %3477 to i64
	%3479 = getelementptr i32, i32* %visits, i64 %3478
	store i32 %941, i32* %3479
	br label %3480

3480:
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
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"maxntidx", i32 64}
