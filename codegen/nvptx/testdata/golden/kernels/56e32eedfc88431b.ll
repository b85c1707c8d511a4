define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [32768 x i8] addrspace(3)* @$K_smem to i32
	%1 = add i32 %0, u0x4000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%8 = mul i32 %7, %NQ
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%10 = add i32 %8, %9
	%11 = mul i32 %hg, %NQ
	%12 = udiv i32 %10, %11
	%13 = urem i32 %10, %11
	%14 = mul i32 %12, %hg
	%15 = sub i32 %H, %14
	%16 = icmp slt i32 %hg, %15
	%17 = select i1 %16, i32 %hg, i32 %15
	%18 = sub i32 %NQ, 1
	%19 = udiv i32 %13, %17
	%20 = sub i32 %18, %19
	%21 = urem i32 %13, %17
	%22 = add i32 %14, %21
	%23 = sdiv i32 %22, %group
	%24 = mul i32 %20, 64
	%25 = mul i32 %22, %M
	%26 = mul i32 %25, 128
	%27 = sext i32 %26 to i64
	%28 = getelementptr i16, i16* %q, i64 %27
	%29 = mul i32 %23, %N
	%30 = mul i32 %29, 128
	%31 = sext i32 %30 to i64
	%32 = getelementptr i16, i16* %k, i64 %31
	%33 = mul i32 %23, %N
	%34 = mul i32 %33, 128
	%35 = sext i32 %34 to i64
	%36 = getelementptr i16, i16* %v, i64 %35
	%37 = udiv i32 %22, %lh
	%38 = mul i32 %37, %NQ
	%39 = add i32 %38, %20
	%40 = mul i32 %39, 2
	%41 = mul i32 %40, %NK
	%42 = mul i32 %22, %ch
	%43 = mul i32 %42, %NQ
	%44 = add i32 %43, %20
	%45 = mul i32 %44, %NK
	%46 = add i32 %41, 0
	%47 = sext i32 %46 to i64
	%48 = getelementptr i32, i32* %list, i64 %47
	%49 = load i32, i32* %48
	%50 = icmp sgt i32 %NK, 0
	%51 = icmp sge i32 %49, 0
	%52 = and i1 %50, %51
	%53 = lshr i32 %2, 4
	%54 = and i32 %2, 15
	%55 = and i32 %53, 7
	%56 = xor i32 %54, %55
	%57 = mul i32 %53, 16
	%58 = add i32 %57, %56
	%59 = shl i32 %58, 4
	%60 = add i32 %0, %59
	%61 = add i32 %24, %53
	%62 = mul i32 %61, 128
	%63 = mul i32 %54, 8
	%64 = add i32 %62, %63
	%65 = sext i32 %64 to i64
	%66 = getelementptr i16, i16* %28, i64 %65
	%67 = add i32 %61, 0
	%68 = icmp slt i32 %67, %M
	%69 = getelementptr i16, i16* %66, i64 0
	%70 = select i1 %68, i16* %69, i16* %28
	%71 = add i32 %60, 0
	%72 = select i1 %68, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %71, i16* %70, i32 %72)
	%73 = add i32 %61, 8
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %66, i64 1024
	%76 = select i1 %74, i16* %75, i16* %28
	%77 = add i32 %60, 2048
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %61, 16
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %66, i64 2048
	%82 = select i1 %80, i16* %81, i16* %28
	%83 = add i32 %60, u0x1000
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	%85 = add i32 %61, 24
	%86 = icmp slt i32 %85, %M
	%87 = getelementptr i16, i16* %66, i64 3072
	%88 = select i1 %86, i16* %87, i16* %28
	%89 = add i32 %60, 6144
	%90 = select i1 %86, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %89, i16* %88, i32 %90)
	%91 = add i32 %61, 32
	%92 = icmp slt i32 %91, %M
	%93 = getelementptr i16, i16* %66, i64 u0x1000
	%94 = select i1 %92, i16* %93, i16* %28
	%95 = add i32 %60, u0x2000
	%96 = select i1 %92, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %95, i16* %94, i32 %96)
	%97 = add i32 %61, 40
	%98 = icmp slt i32 %97, %M
	%99 = getelementptr i16, i16* %66, i64 5120
	%100 = select i1 %98, i16* %99, i16* %28
	%101 = add i32 %60, 10240
	%102 = select i1 %98, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %101, i16* %100, i32 %102)
	%103 = add i32 %61, 48
	%104 = icmp slt i32 %103, %M
	%105 = getelementptr i16, i16* %66, i64 6144
	%106 = select i1 %104, i16* %105, i16* %28
	%107 = add i32 %60, 12288
	%108 = select i1 %104, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %107, i16* %106, i32 %108)
	%109 = add i32 %61, 56
	%110 = icmp slt i32 %109, %M
	%111 = getelementptr i16, i16* %66, i64 7168
	%112 = select i1 %110, i16* %111, i16* %28
	%113 = add i32 %60, 14336
	%114 = select i1 %110, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %113, i16* %112, i32 %114)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %52, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%115 = and i32 %4, 7
	%116 = lshr i32 %4, 3
	%117 = and i32 %116, 1
	%118 = shl i32 %117, 3
	%119 = add i32 %115, %118
	%120 = lshr i32 %4, 4
	%121 = mul i32 %3, 16
	%122 = add i32 %119, 0
	%123 = add i32 %121, %122
	%124 = mul i32 %123, 256
	%125 = add i32 %0, %124
	%126 = and i32 %4, 7
	%127 = xor i32 %120, %126
	%128 = shl i32 %127, 4
	%129 = add i32 %125, %128
	%130 = xor i32 %129, 0
	%131 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %130)
	%132 = extractvalue { i32, i32, i32, i32 } %131, 0
	%133 = extractvalue { i32, i32, i32, i32 } %131, 1
	%134 = extractvalue { i32, i32, i32, i32 } %131, 2
	%135 = extractvalue { i32, i32, i32, i32 } %131, 3
	%136 = xor i32 %129, 32
	%137 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %136)
	%138 = extractvalue { i32, i32, i32, i32 } %137, 0
	%139 = extractvalue { i32, i32, i32, i32 } %137, 1
	%140 = extractvalue { i32, i32, i32, i32 } %137, 2
	%141 = extractvalue { i32, i32, i32, i32 } %137, 3
	%142 = xor i32 %129, 64
	%143 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %142)
	%144 = extractvalue { i32, i32, i32, i32 } %143, 0
	%145 = extractvalue { i32, i32, i32, i32 } %143, 1
	%146 = extractvalue { i32, i32, i32, i32 } %143, 2
	%147 = extractvalue { i32, i32, i32, i32 } %143, 3
	%148 = xor i32 %129, 96
	%149 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %148)
	%150 = extractvalue { i32, i32, i32, i32 } %149, 0
	%151 = extractvalue { i32, i32, i32, i32 } %149, 1
	%152 = extractvalue { i32, i32, i32, i32 } %149, 2
	%153 = extractvalue { i32, i32, i32, i32 } %149, 3
	%154 = xor i32 %129, 128
	%155 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %154)
	%156 = extractvalue { i32, i32, i32, i32 } %155, 0
	%157 = extractvalue { i32, i32, i32, i32 } %155, 1
	%158 = extractvalue { i32, i32, i32, i32 } %155, 2
	%159 = extractvalue { i32, i32, i32, i32 } %155, 3
	%160 = xor i32 %129, 160
	%161 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %160)
	%162 = extractvalue { i32, i32, i32, i32 } %161, 0
	%163 = extractvalue { i32, i32, i32, i32 } %161, 1
	%164 = extractvalue { i32, i32, i32, i32 } %161, 2
	%165 = extractvalue { i32, i32, i32, i32 } %161, 3
	%166 = xor i32 %129, 192
	%167 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %166)
	%168 = extractvalue { i32, i32, i32, i32 } %167, 0
	%169 = extractvalue { i32, i32, i32, i32 } %167, 1
	%170 = extractvalue { i32, i32, i32, i32 } %167, 2
	%171 = extractvalue { i32, i32, i32, i32 } %167, 3
	%172 = xor i32 %129, 224
	%173 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %172)
	%174 = extractvalue { i32, i32, i32, i32 } %173, 0
	%175 = extractvalue { i32, i32, i32, i32 } %173, 1
	%176 = extractvalue { i32, i32, i32, i32 } %173, 2
	%177 = extractvalue { i32, i32, i32, i32 } %173, 3
	call void @llvm.nvvm.barrier0()
	%178 = mul i32 %49, 64
	%179 = lshr i32 %2, 4
	%180 = and i32 %2, 15
	%181 = and i32 %179, 7
	%182 = xor i32 %180, %181
	%183 = mul i32 %179, 16
	%184 = add i32 %183, %182
	%185 = shl i32 %184, 4
	%186 = add i32 %0, %185
	%187 = add i32 %178, %179
	%188 = mul i32 %187, 128
	%189 = mul i32 %180, 8
	%190 = add i32 %188, %189
	%191 = sext i32 %190 to i64
	%192 = getelementptr i16, i16* %32, i64 %191
	%193 = add i32 %187, 0
	%194 = icmp slt i32 %193, %N
	%195 = getelementptr i16, i16* %192, i64 0
	%196 = select i1 %194, i16* %195, i16* %32
	%197 = add i32 %186, 0
	%198 = select i1 %194, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %197, i16* %196, i32 %198)
	%199 = add i32 %187, 8
	%200 = icmp slt i32 %199, %N
	%201 = getelementptr i16, i16* %192, i64 1024
	%202 = select i1 %200, i16* %201, i16* %32
	%203 = add i32 %186, 2048
	%204 = select i1 %200, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %203, i16* %202, i32 %204)
	%205 = add i32 %187, 16
	%206 = icmp slt i32 %205, %N
	%207 = getelementptr i16, i16* %192, i64 2048
	%208 = select i1 %206, i16* %207, i16* %32
	%209 = add i32 %186, u0x1000
	%210 = select i1 %206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %209, i16* %208, i32 %210)
	%211 = add i32 %187, 24
	%212 = icmp slt i32 %211, %N
	%213 = getelementptr i16, i16* %192, i64 3072
	%214 = select i1 %212, i16* %213, i16* %32
	%215 = add i32 %186, 6144
	%216 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %215, i16* %214, i32 %216)
	%217 = add i32 %187, 32
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %192, i64 u0x1000
	%220 = select i1 %218, i16* %219, i16* %32
	%221 = add i32 %186, u0x2000
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	%223 = add i32 %187, 40
	%224 = icmp slt i32 %223, %N
	%225 = getelementptr i16, i16* %192, i64 5120
	%226 = select i1 %224, i16* %225, i16* %32
	%227 = add i32 %186, 10240
	%228 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %227, i16* %226, i32 %228)
	%229 = add i32 %187, 48
	%230 = icmp slt i32 %229, %N
	%231 = getelementptr i16, i16* %192, i64 6144
	%232 = select i1 %230, i16* %231, i16* %32
	%233 = add i32 %186, 12288
	%234 = select i1 %230, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %233, i16* %232, i32 %234)
	%235 = add i32 %187, 56
	%236 = icmp slt i32 %235, %N
	%237 = getelementptr i16, i16* %192, i64 7168
	%238 = select i1 %236, i16* %237, i16* %32
	%239 = add i32 %186, 14336
	%240 = select i1 %236, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %239, i16* %238, i32 %240)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%241 = phi i32 [ 0, %prologue ], [ %2160, %pv ]
	%242 = phi i32 [ %49, %prologue ], [ %2167, %pv ]
	%243 = phi float [ 0.0, %prologue ], [ %2675, %pv ]
	%244 = phi float [ 0.0, %prologue ], [ %2676, %pv ]
	%245 = phi float [ 0.0, %prologue ], [ %2677, %pv ]
	%246 = phi float [ 0.0, %prologue ], [ %2678, %pv ]
	%247 = phi float [ 0.0, %prologue ], [ %2680, %pv ]
	%248 = phi float [ 0.0, %prologue ], [ %2681, %pv ]
	%249 = phi float [ 0.0, %prologue ], [ %2682, %pv ]
	%250 = phi float [ 0.0, %prologue ], [ %2683, %pv ]
	%251 = phi float [ 0.0, %prologue ], [ %2692, %pv ]
	%252 = phi float [ 0.0, %prologue ], [ %2693, %pv ]
	%253 = phi float [ 0.0, %prologue ], [ %2694, %pv ]
	%254 = phi float [ 0.0, %prologue ], [ %2695, %pv ]
	%255 = phi float [ 0.0, %prologue ], [ %2697, %pv ]
	%256 = phi float [ 0.0, %prologue ], [ %2698, %pv ]
	%257 = phi float [ 0.0, %prologue ], [ %2699, %pv ]
	%258 = phi float [ 0.0, %prologue ], [ %2700, %pv ]
	%259 = phi float [ 0.0, %prologue ], [ %2709, %pv ]
	%260 = phi float [ 0.0, %prologue ], [ %2710, %pv ]
	%261 = phi float [ 0.0, %prologue ], [ %2711, %pv ]
	%262 = phi float [ 0.0, %prologue ], [ %2712, %pv ]
	%263 = phi float [ 0.0, %prologue ], [ %2714, %pv ]
	%264 = phi float [ 0.0, %prologue ], [ %2715, %pv ]
	%265 = phi float [ 0.0, %prologue ], [ %2716, %pv ]
	%266 = phi float [ 0.0, %prologue ], [ %2717, %pv ]
	%267 = phi float [ 0.0, %prologue ], [ %2726, %pv ]
	%268 = phi float [ 0.0, %prologue ], [ %2727, %pv ]
	%269 = phi float [ 0.0, %prologue ], [ %2728, %pv ]
	%270 = phi float [ 0.0, %prologue ], [ %2729, %pv ]
	%271 = phi float [ 0.0, %prologue ], [ %2731, %pv ]
	%272 = phi float [ 0.0, %prologue ], [ %2732, %pv ]
	%273 = phi float [ 0.0, %prologue ], [ %2733, %pv ]
	%274 = phi float [ 0.0, %prologue ], [ %2734, %pv ]
	%275 = phi float [ 0.0, %prologue ], [ %2743, %pv ]
	%276 = phi float [ 0.0, %prologue ], [ %2744, %pv ]
	%277 = phi float [ 0.0, %prologue ], [ %2745, %pv ]
	%278 = phi float [ 0.0, %prologue ], [ %2746, %pv ]
	%279 = phi float [ 0.0, %prologue ], [ %2748, %pv ]
	%280 = phi float [ 0.0, %prologue ], [ %2749, %pv ]
	%281 = phi float [ 0.0, %prologue ], [ %2750, %pv ]
	%282 = phi float [ 0.0, %prologue ], [ %2751, %pv ]
	%283 = phi float [ 0.0, %prologue ], [ %2760, %pv ]
	%284 = phi float [ 0.0, %prologue ], [ %2761, %pv ]
	%285 = phi float [ 0.0, %prologue ], [ %2762, %pv ]
	%286 = phi float [ 0.0, %prologue ], [ %2763, %pv ]
	%287 = phi float [ 0.0, %prologue ], [ %2765, %pv ]
	%288 = phi float [ 0.0, %prologue ], [ %2766, %pv ]
	%289 = phi float [ 0.0, %prologue ], [ %2767, %pv ]
	%290 = phi float [ 0.0, %prologue ], [ %2768, %pv ]
	%291 = phi float [ 0.0, %prologue ], [ %2777, %pv ]
	%292 = phi float [ 0.0, %prologue ], [ %2778, %pv ]
	%293 = phi float [ 0.0, %prologue ], [ %2779, %pv ]
	%294 = phi float [ 0.0, %prologue ], [ %2780, %pv ]
	%295 = phi float [ 0.0, %prologue ], [ %2782, %pv ]
	%296 = phi float [ 0.0, %prologue ], [ %2783, %pv ]
	%297 = phi float [ 0.0, %prologue ], [ %2784, %pv ]
	%298 = phi float [ 0.0, %prologue ], [ %2785, %pv ]
	%299 = phi float [ 0.0, %prologue ], [ %2794, %pv ]
	%300 = phi float [ 0.0, %prologue ], [ %2795, %pv ]
	%301 = phi float [ 0.0, %prologue ], [ %2796, %pv ]
	%302 = phi float [ 0.0, %prologue ], [ %2797, %pv ]
	%303 = phi float [ 0.0, %prologue ], [ %2799, %pv ]
	%304 = phi float [ 0.0, %prologue ], [ %2800, %pv ]
	%305 = phi float [ 0.0, %prologue ], [ %2801, %pv ]
	%306 = phi float [ 0.0, %prologue ], [ %2802, %pv ]
	%307 = phi float [ 0xFFF0000000000000, %prologue ], [ %2056, %pv ]
	%308 = phi float [ 0.0, %prologue ], [ %2107, %pv ]
	%309 = phi float [ 0xFFF0000000000000, %prologue ], [ %2108, %pv ]
	%310 = phi float [ 0.0, %prologue ], [ %2159, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%311 = mul i32 %242, 64
	%312 = lshr i32 %2, 4
	%313 = and i32 %2, 15
	%314 = and i32 %312, 7
	%315 = xor i32 %313, %314
	%316 = mul i32 %312, 16
	%317 = add i32 %316, %315
	%318 = shl i32 %317, 4
	%319 = add i32 %1, %318
	%320 = add i32 %311, %312
	%321 = mul i32 %320, 128
	%322 = mul i32 %313, 8
	%323 = add i32 %321, %322
	%324 = sext i32 %323 to i64
	%325 = getelementptr i16, i16* %36, i64 %324
	%326 = add i32 %320, 0
	%327 = icmp slt i32 %326, %N
	%328 = getelementptr i16, i16* %325, i64 0
	%329 = select i1 %327, i16* %328, i16* %36
	%330 = add i32 %319, 0
	%331 = select i1 %327, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %330, i16* %329, i32 %331)
	%332 = add i32 %320, 8
	%333 = icmp slt i32 %332, %N
	%334 = getelementptr i16, i16* %325, i64 1024
	%335 = select i1 %333, i16* %334, i16* %36
	%336 = add i32 %319, 2048
	%337 = select i1 %333, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %336, i16* %335, i32 %337)
	%338 = add i32 %320, 16
	%339 = icmp slt i32 %338, %N
	%340 = getelementptr i16, i16* %325, i64 2048
	%341 = select i1 %339, i16* %340, i16* %36
	%342 = add i32 %319, u0x1000
	%343 = select i1 %339, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %342, i16* %341, i32 %343)
	%344 = add i32 %320, 24
	%345 = icmp slt i32 %344, %N
	%346 = getelementptr i16, i16* %325, i64 3072
	%347 = select i1 %345, i16* %346, i16* %36
	%348 = add i32 %319, 6144
	%349 = select i1 %345, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %348, i16* %347, i32 %349)
	%350 = add i32 %320, 32
	%351 = icmp slt i32 %350, %N
	%352 = getelementptr i16, i16* %325, i64 u0x1000
	%353 = select i1 %351, i16* %352, i16* %36
	%354 = add i32 %319, u0x2000
	%355 = select i1 %351, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %354, i16* %353, i32 %355)
	%356 = add i32 %320, 40
	%357 = icmp slt i32 %356, %N
	%358 = getelementptr i16, i16* %325, i64 5120
	%359 = select i1 %357, i16* %358, i16* %36
	%360 = add i32 %319, 10240
	%361 = select i1 %357, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %360, i16* %359, i32 %361)
	%362 = add i32 %320, 48
	%363 = icmp slt i32 %362, %N
	%364 = getelementptr i16, i16* %325, i64 6144
	%365 = select i1 %363, i16* %364, i16* %36
	%366 = add i32 %319, 12288
	%367 = select i1 %363, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %366, i16* %365, i32 %367)
	%368 = add i32 %320, 56
	%369 = icmp slt i32 %368, %N
	%370 = getelementptr i16, i16* %325, i64 7168
	%371 = select i1 %369, i16* %370, i16* %36
	%372 = add i32 %319, 14336
	%373 = select i1 %369, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %372, i16* %371, i32 %373)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%374 = and i32 %4, 7
	%375 = shl i32 %120, 3
	%376 = add i32 %374, %375
	%377 = lshr i32 %4, 3
	%378 = and i32 %377, 1
	%379 = mul i32 %376, 256
	%380 = add i32 %0, %379
	%381 = and i32 %4, 7
	%382 = xor i32 %378, %381
	%383 = shl i32 %382, 4
	%384 = add i32 %380, %383
	%385 = xor i32 %384, 0
	%386 = add i32 %385, 0
	%387 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %386)
	%388 = extractvalue { i32, i32, i32, i32 } %387, 0
	%389 = extractvalue { i32, i32, i32, i32 } %387, 1
	%390 = extractvalue { i32, i32, i32, i32 } %387, 2
	%391 = extractvalue { i32, i32, i32, i32 } %387, 3
	%392 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %388, i32 %389, float 0.0, float 0.0, float 0.0, float 0.0)
	%393 = extractvalue { float, float, float, float } %392, 0
	%394 = extractvalue { float, float, float, float } %392, 1
	%395 = extractvalue { float, float, float, float } %392, 2
	%396 = extractvalue { float, float, float, float } %392, 3
	%397 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %390, i32 %391, float 0.0, float 0.0, float 0.0, float 0.0)
	%398 = extractvalue { float, float, float, float } %397, 0
	%399 = extractvalue { float, float, float, float } %397, 1
	%400 = extractvalue { float, float, float, float } %397, 2
	%401 = extractvalue { float, float, float, float } %397, 3
	%402 = add i32 %385, u0x1000
	%403 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %402)
	%404 = extractvalue { i32, i32, i32, i32 } %403, 0
	%405 = extractvalue { i32, i32, i32, i32 } %403, 1
	%406 = extractvalue { i32, i32, i32, i32 } %403, 2
	%407 = extractvalue { i32, i32, i32, i32 } %403, 3
	%408 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %404, i32 %405, float 0.0, float 0.0, float 0.0, float 0.0)
	%409 = extractvalue { float, float, float, float } %408, 0
	%410 = extractvalue { float, float, float, float } %408, 1
	%411 = extractvalue { float, float, float, float } %408, 2
	%412 = extractvalue { float, float, float, float } %408, 3
	%413 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %406, i32 %407, float 0.0, float 0.0, float 0.0, float 0.0)
	%414 = extractvalue { float, float, float, float } %413, 0
	%415 = extractvalue { float, float, float, float } %413, 1
	%416 = extractvalue { float, float, float, float } %413, 2
	%417 = extractvalue { float, float, float, float } %413, 3
	%418 = add i32 %385, u0x2000
	%419 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %418)
	%420 = extractvalue { i32, i32, i32, i32 } %419, 0
	%421 = extractvalue { i32, i32, i32, i32 } %419, 1
	%422 = extractvalue { i32, i32, i32, i32 } %419, 2
	%423 = extractvalue { i32, i32, i32, i32 } %419, 3
	%424 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %420, i32 %421, float 0.0, float 0.0, float 0.0, float 0.0)
	%425 = extractvalue { float, float, float, float } %424, 0
	%426 = extractvalue { float, float, float, float } %424, 1
	%427 = extractvalue { float, float, float, float } %424, 2
	%428 = extractvalue { float, float, float, float } %424, 3
	%429 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %422, i32 %423, float 0.0, float 0.0, float 0.0, float 0.0)
	%430 = extractvalue { float, float, float, float } %429, 0
	%431 = extractvalue { float, float, float, float } %429, 1
	%432 = extractvalue { float, float, float, float } %429, 2
	%433 = extractvalue { float, float, float, float } %429, 3
	%434 = add i32 %385, 12288
	%435 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %434)
	%436 = extractvalue { i32, i32, i32, i32 } %435, 0
	%437 = extractvalue { i32, i32, i32, i32 } %435, 1
	%438 = extractvalue { i32, i32, i32, i32 } %435, 2
	%439 = extractvalue { i32, i32, i32, i32 } %435, 3
	%440 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %436, i32 %437, float 0.0, float 0.0, float 0.0, float 0.0)
	%441 = extractvalue { float, float, float, float } %440, 0
	%442 = extractvalue { float, float, float, float } %440, 1
	%443 = extractvalue { float, float, float, float } %440, 2
	%444 = extractvalue { float, float, float, float } %440, 3
	%445 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %438, i32 %439, float 0.0, float 0.0, float 0.0, float 0.0)
	%446 = extractvalue { float, float, float, float } %445, 0
	%447 = extractvalue { float, float, float, float } %445, 1
	%448 = extractvalue { float, float, float, float } %445, 2
	%449 = extractvalue { float, float, float, float } %445, 3
	%450 = xor i32 %384, 32
	%451 = add i32 %450, 0
	%452 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %451)
	%453 = extractvalue { i32, i32, i32, i32 } %452, 0
	%454 = extractvalue { i32, i32, i32, i32 } %452, 1
	%455 = extractvalue { i32, i32, i32, i32 } %452, 2
	%456 = extractvalue { i32, i32, i32, i32 } %452, 3
	%457 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %453, i32 %454, float %393, float %394, float %395, float %396)
	%458 = extractvalue { float, float, float, float } %457, 0
	%459 = extractvalue { float, float, float, float } %457, 1
	%460 = extractvalue { float, float, float, float } %457, 2
	%461 = extractvalue { float, float, float, float } %457, 3
	%462 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %455, i32 %456, float %398, float %399, float %400, float %401)
	%463 = extractvalue { float, float, float, float } %462, 0
	%464 = extractvalue { float, float, float, float } %462, 1
	%465 = extractvalue { float, float, float, float } %462, 2
	%466 = extractvalue { float, float, float, float } %462, 3
	%467 = add i32 %450, u0x1000
	%468 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %467)
	%469 = extractvalue { i32, i32, i32, i32 } %468, 0
	%470 = extractvalue { i32, i32, i32, i32 } %468, 1
	%471 = extractvalue { i32, i32, i32, i32 } %468, 2
	%472 = extractvalue { i32, i32, i32, i32 } %468, 3
	%473 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %469, i32 %470, float %409, float %410, float %411, float %412)
	%474 = extractvalue { float, float, float, float } %473, 0
	%475 = extractvalue { float, float, float, float } %473, 1
	%476 = extractvalue { float, float, float, float } %473, 2
	%477 = extractvalue { float, float, float, float } %473, 3
	%478 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %471, i32 %472, float %414, float %415, float %416, float %417)
	%479 = extractvalue { float, float, float, float } %478, 0
	%480 = extractvalue { float, float, float, float } %478, 1
	%481 = extractvalue { float, float, float, float } %478, 2
	%482 = extractvalue { float, float, float, float } %478, 3
	%483 = add i32 %450, u0x2000
	%484 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %483)
	%485 = extractvalue { i32, i32, i32, i32 } %484, 0
	%486 = extractvalue { i32, i32, i32, i32 } %484, 1
	%487 = extractvalue { i32, i32, i32, i32 } %484, 2
	%488 = extractvalue { i32, i32, i32, i32 } %484, 3
	%489 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %485, i32 %486, float %425, float %426, float %427, float %428)
	%490 = extractvalue { float, float, float, float } %489, 0
	%491 = extractvalue { float, float, float, float } %489, 1
	%492 = extractvalue { float, float, float, float } %489, 2
	%493 = extractvalue { float, float, float, float } %489, 3
	%494 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %487, i32 %488, float %430, float %431, float %432, float %433)
	%495 = extractvalue { float, float, float, float } %494, 0
	%496 = extractvalue { float, float, float, float } %494, 1
	%497 = extractvalue { float, float, float, float } %494, 2
	%498 = extractvalue { float, float, float, float } %494, 3
	%499 = add i32 %450, 12288
	%500 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %499)
	%501 = extractvalue { i32, i32, i32, i32 } %500, 0
	%502 = extractvalue { i32, i32, i32, i32 } %500, 1
	%503 = extractvalue { i32, i32, i32, i32 } %500, 2
	%504 = extractvalue { i32, i32, i32, i32 } %500, 3
	%505 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %501, i32 %502, float %441, float %442, float %443, float %444)
	%506 = extractvalue { float, float, float, float } %505, 0
	%507 = extractvalue { float, float, float, float } %505, 1
	%508 = extractvalue { float, float, float, float } %505, 2
	%509 = extractvalue { float, float, float, float } %505, 3
	%510 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %503, i32 %504, float %446, float %447, float %448, float %449)
	%511 = extractvalue { float, float, float, float } %510, 0
	%512 = extractvalue { float, float, float, float } %510, 1
	%513 = extractvalue { float, float, float, float } %510, 2
	%514 = extractvalue { float, float, float, float } %510, 3
	%515 = xor i32 %384, 64
	%516 = add i32 %515, 0
	%517 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %516)
	%518 = extractvalue { i32, i32, i32, i32 } %517, 0
	%519 = extractvalue { i32, i32, i32, i32 } %517, 1
	%520 = extractvalue { i32, i32, i32, i32 } %517, 2
	%521 = extractvalue { i32, i32, i32, i32 } %517, 3
	%522 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %518, i32 %519, float %458, float %459, float %460, float %461)
	%523 = extractvalue { float, float, float, float } %522, 0
	%524 = extractvalue { float, float, float, float } %522, 1
	%525 = extractvalue { float, float, float, float } %522, 2
	%526 = extractvalue { float, float, float, float } %522, 3
	%527 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %520, i32 %521, float %463, float %464, float %465, float %466)
	%528 = extractvalue { float, float, float, float } %527, 0
	%529 = extractvalue { float, float, float, float } %527, 1
	%530 = extractvalue { float, float, float, float } %527, 2
	%531 = extractvalue { float, float, float, float } %527, 3
	%532 = add i32 %515, u0x1000
	%533 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %532)
	%534 = extractvalue { i32, i32, i32, i32 } %533, 0
	%535 = extractvalue { i32, i32, i32, i32 } %533, 1
	%536 = extractvalue { i32, i32, i32, i32 } %533, 2
	%537 = extractvalue { i32, i32, i32, i32 } %533, 3
	%538 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %534, i32 %535, float %474, float %475, float %476, float %477)
	%539 = extractvalue { float, float, float, float } %538, 0
	%540 = extractvalue { float, float, float, float } %538, 1
	%541 = extractvalue { float, float, float, float } %538, 2
	%542 = extractvalue { float, float, float, float } %538, 3
	%543 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %536, i32 %537, float %479, float %480, float %481, float %482)
	%544 = extractvalue { float, float, float, float } %543, 0
	%545 = extractvalue { float, float, float, float } %543, 1
	%546 = extractvalue { float, float, float, float } %543, 2
	%547 = extractvalue { float, float, float, float } %543, 3
	%548 = add i32 %515, u0x2000
	%549 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %548)
	%550 = extractvalue { i32, i32, i32, i32 } %549, 0
	%551 = extractvalue { i32, i32, i32, i32 } %549, 1
	%552 = extractvalue { i32, i32, i32, i32 } %549, 2
	%553 = extractvalue { i32, i32, i32, i32 } %549, 3
	%554 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %550, i32 %551, float %490, float %491, float %492, float %493)
	%555 = extractvalue { float, float, float, float } %554, 0
	%556 = extractvalue { float, float, float, float } %554, 1
	%557 = extractvalue { float, float, float, float } %554, 2
	%558 = extractvalue { float, float, float, float } %554, 3
	%559 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %552, i32 %553, float %495, float %496, float %497, float %498)
	%560 = extractvalue { float, float, float, float } %559, 0
	%561 = extractvalue { float, float, float, float } %559, 1
	%562 = extractvalue { float, float, float, float } %559, 2
	%563 = extractvalue { float, float, float, float } %559, 3
	%564 = add i32 %515, 12288
	%565 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %564)
	%566 = extractvalue { i32, i32, i32, i32 } %565, 0
	%567 = extractvalue { i32, i32, i32, i32 } %565, 1
	%568 = extractvalue { i32, i32, i32, i32 } %565, 2
	%569 = extractvalue { i32, i32, i32, i32 } %565, 3
	%570 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %566, i32 %567, float %506, float %507, float %508, float %509)
	%571 = extractvalue { float, float, float, float } %570, 0
	%572 = extractvalue { float, float, float, float } %570, 1
	%573 = extractvalue { float, float, float, float } %570, 2
	%574 = extractvalue { float, float, float, float } %570, 3
	%575 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %568, i32 %569, float %511, float %512, float %513, float %514)
	%576 = extractvalue { float, float, float, float } %575, 0
	%577 = extractvalue { float, float, float, float } %575, 1
	%578 = extractvalue { float, float, float, float } %575, 2
	%579 = extractvalue { float, float, float, float } %575, 3
	%580 = xor i32 %384, 96
	%581 = add i32 %580, 0
	%582 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %581)
	%583 = extractvalue { i32, i32, i32, i32 } %582, 0
	%584 = extractvalue { i32, i32, i32, i32 } %582, 1
	%585 = extractvalue { i32, i32, i32, i32 } %582, 2
	%586 = extractvalue { i32, i32, i32, i32 } %582, 3
	%587 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %583, i32 %584, float %523, float %524, float %525, float %526)
	%588 = extractvalue { float, float, float, float } %587, 0
	%589 = extractvalue { float, float, float, float } %587, 1
	%590 = extractvalue { float, float, float, float } %587, 2
	%591 = extractvalue { float, float, float, float } %587, 3
	%592 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %585, i32 %586, float %528, float %529, float %530, float %531)
	%593 = extractvalue { float, float, float, float } %592, 0
	%594 = extractvalue { float, float, float, float } %592, 1
	%595 = extractvalue { float, float, float, float } %592, 2
	%596 = extractvalue { float, float, float, float } %592, 3
	%597 = add i32 %580, u0x1000
	%598 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %597)
	%599 = extractvalue { i32, i32, i32, i32 } %598, 0
	%600 = extractvalue { i32, i32, i32, i32 } %598, 1
	%601 = extractvalue { i32, i32, i32, i32 } %598, 2
	%602 = extractvalue { i32, i32, i32, i32 } %598, 3
	%603 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %599, i32 %600, float %539, float %540, float %541, float %542)
	%604 = extractvalue { float, float, float, float } %603, 0
	%605 = extractvalue { float, float, float, float } %603, 1
	%606 = extractvalue { float, float, float, float } %603, 2
	%607 = extractvalue { float, float, float, float } %603, 3
	%608 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %601, i32 %602, float %544, float %545, float %546, float %547)
	%609 = extractvalue { float, float, float, float } %608, 0
	%610 = extractvalue { float, float, float, float } %608, 1
	%611 = extractvalue { float, float, float, float } %608, 2
	%612 = extractvalue { float, float, float, float } %608, 3
	%613 = add i32 %580, u0x2000
	%614 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %613)
	%615 = extractvalue { i32, i32, i32, i32 } %614, 0
	%616 = extractvalue { i32, i32, i32, i32 } %614, 1
	%617 = extractvalue { i32, i32, i32, i32 } %614, 2
	%618 = extractvalue { i32, i32, i32, i32 } %614, 3
	%619 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %615, i32 %616, float %555, float %556, float %557, float %558)
	%620 = extractvalue { float, float, float, float } %619, 0
	%621 = extractvalue { float, float, float, float } %619, 1
	%622 = extractvalue { float, float, float, float } %619, 2
	%623 = extractvalue { float, float, float, float } %619, 3
	%624 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %617, i32 %618, float %560, float %561, float %562, float %563)
	%625 = extractvalue { float, float, float, float } %624, 0
	%626 = extractvalue { float, float, float, float } %624, 1
	%627 = extractvalue { float, float, float, float } %624, 2
	%628 = extractvalue { float, float, float, float } %624, 3
	%629 = add i32 %580, 12288
	%630 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %629)
	%631 = extractvalue { i32, i32, i32, i32 } %630, 0
	%632 = extractvalue { i32, i32, i32, i32 } %630, 1
	%633 = extractvalue { i32, i32, i32, i32 } %630, 2
	%634 = extractvalue { i32, i32, i32, i32 } %630, 3
	%635 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %631, i32 %632, float %571, float %572, float %573, float %574)
	%636 = extractvalue { float, float, float, float } %635, 0
	%637 = extractvalue { float, float, float, float } %635, 1
	%638 = extractvalue { float, float, float, float } %635, 2
	%639 = extractvalue { float, float, float, float } %635, 3
	%640 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %633, i32 %634, float %576, float %577, float %578, float %579)
	%641 = extractvalue { float, float, float, float } %640, 0
	%642 = extractvalue { float, float, float, float } %640, 1
	%643 = extractvalue { float, float, float, float } %640, 2
	%644 = extractvalue { float, float, float, float } %640, 3
	%645 = xor i32 %384, 128
	%646 = add i32 %645, 0
	%647 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %646)
	%648 = extractvalue { i32, i32, i32, i32 } %647, 0
	%649 = extractvalue { i32, i32, i32, i32 } %647, 1
	%650 = extractvalue { i32, i32, i32, i32 } %647, 2
	%651 = extractvalue { i32, i32, i32, i32 } %647, 3
	%652 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %648, i32 %649, float %588, float %589, float %590, float %591)
	%653 = extractvalue { float, float, float, float } %652, 0
	%654 = extractvalue { float, float, float, float } %652, 1
	%655 = extractvalue { float, float, float, float } %652, 2
	%656 = extractvalue { float, float, float, float } %652, 3
	%657 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %650, i32 %651, float %593, float %594, float %595, float %596)
	%658 = extractvalue { float, float, float, float } %657, 0
	%659 = extractvalue { float, float, float, float } %657, 1
	%660 = extractvalue { float, float, float, float } %657, 2
	%661 = extractvalue { float, float, float, float } %657, 3
	%662 = add i32 %645, u0x1000
	%663 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %662)
	%664 = extractvalue { i32, i32, i32, i32 } %663, 0
	%665 = extractvalue { i32, i32, i32, i32 } %663, 1
	%666 = extractvalue { i32, i32, i32, i32 } %663, 2
	%667 = extractvalue { i32, i32, i32, i32 } %663, 3
	%668 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %664, i32 %665, float %604, float %605, float %606, float %607)
	%669 = extractvalue { float, float, float, float } %668, 0
	%670 = extractvalue { float, float, float, float } %668, 1
	%671 = extractvalue { float, float, float, float } %668, 2
	%672 = extractvalue { float, float, float, float } %668, 3
	%673 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %666, i32 %667, float %609, float %610, float %611, float %612)
	%674 = extractvalue { float, float, float, float } %673, 0
	%675 = extractvalue { float, float, float, float } %673, 1
	%676 = extractvalue { float, float, float, float } %673, 2
	%677 = extractvalue { float, float, float, float } %673, 3
	%678 = add i32 %645, u0x2000
	%679 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %678)
	%680 = extractvalue { i32, i32, i32, i32 } %679, 0
	%681 = extractvalue { i32, i32, i32, i32 } %679, 1
	%682 = extractvalue { i32, i32, i32, i32 } %679, 2
	%683 = extractvalue { i32, i32, i32, i32 } %679, 3
	%684 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %680, i32 %681, float %620, float %621, float %622, float %623)
	%685 = extractvalue { float, float, float, float } %684, 0
	%686 = extractvalue { float, float, float, float } %684, 1
	%687 = extractvalue { float, float, float, float } %684, 2
	%688 = extractvalue { float, float, float, float } %684, 3
	%689 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %682, i32 %683, float %625, float %626, float %627, float %628)
	%690 = extractvalue { float, float, float, float } %689, 0
	%691 = extractvalue { float, float, float, float } %689, 1
	%692 = extractvalue { float, float, float, float } %689, 2
	%693 = extractvalue { float, float, float, float } %689, 3
	%694 = add i32 %645, 12288
	%695 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %694)
	%696 = extractvalue { i32, i32, i32, i32 } %695, 0
	%697 = extractvalue { i32, i32, i32, i32 } %695, 1
	%698 = extractvalue { i32, i32, i32, i32 } %695, 2
	%699 = extractvalue { i32, i32, i32, i32 } %695, 3
	%700 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %696, i32 %697, float %636, float %637, float %638, float %639)
	%701 = extractvalue { float, float, float, float } %700, 0
	%702 = extractvalue { float, float, float, float } %700, 1
	%703 = extractvalue { float, float, float, float } %700, 2
	%704 = extractvalue { float, float, float, float } %700, 3
	%705 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %698, i32 %699, float %641, float %642, float %643, float %644)
	%706 = extractvalue { float, float, float, float } %705, 0
	%707 = extractvalue { float, float, float, float } %705, 1
	%708 = extractvalue { float, float, float, float } %705, 2
	%709 = extractvalue { float, float, float, float } %705, 3
	%710 = xor i32 %384, 160
	%711 = add i32 %710, 0
	%712 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %711)
	%713 = extractvalue { i32, i32, i32, i32 } %712, 0
	%714 = extractvalue { i32, i32, i32, i32 } %712, 1
	%715 = extractvalue { i32, i32, i32, i32 } %712, 2
	%716 = extractvalue { i32, i32, i32, i32 } %712, 3
	%717 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %713, i32 %714, float %653, float %654, float %655, float %656)
	%718 = extractvalue { float, float, float, float } %717, 0
	%719 = extractvalue { float, float, float, float } %717, 1
	%720 = extractvalue { float, float, float, float } %717, 2
	%721 = extractvalue { float, float, float, float } %717, 3
	%722 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %715, i32 %716, float %658, float %659, float %660, float %661)
	%723 = extractvalue { float, float, float, float } %722, 0
	%724 = extractvalue { float, float, float, float } %722, 1
	%725 = extractvalue { float, float, float, float } %722, 2
	%726 = extractvalue { float, float, float, float } %722, 3
	%727 = add i32 %710, u0x1000
	%728 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %727)
	%729 = extractvalue { i32, i32, i32, i32 } %728, 0
	%730 = extractvalue { i32, i32, i32, i32 } %728, 1
	%731 = extractvalue { i32, i32, i32, i32 } %728, 2
	%732 = extractvalue { i32, i32, i32, i32 } %728, 3
	%733 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %729, i32 %730, float %669, float %670, float %671, float %672)
	%734 = extractvalue { float, float, float, float } %733, 0
	%735 = extractvalue { float, float, float, float } %733, 1
	%736 = extractvalue { float, float, float, float } %733, 2
	%737 = extractvalue { float, float, float, float } %733, 3
	%738 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %731, i32 %732, float %674, float %675, float %676, float %677)
	%739 = extractvalue { float, float, float, float } %738, 0
	%740 = extractvalue { float, float, float, float } %738, 1
	%741 = extractvalue { float, float, float, float } %738, 2
	%742 = extractvalue { float, float, float, float } %738, 3
	%743 = add i32 %710, u0x2000
	%744 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %743)
	%745 = extractvalue { i32, i32, i32, i32 } %744, 0
	%746 = extractvalue { i32, i32, i32, i32 } %744, 1
	%747 = extractvalue { i32, i32, i32, i32 } %744, 2
	%748 = extractvalue { i32, i32, i32, i32 } %744, 3
	%749 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %745, i32 %746, float %685, float %686, float %687, float %688)
	%750 = extractvalue { float, float, float, float } %749, 0
	%751 = extractvalue { float, float, float, float } %749, 1
	%752 = extractvalue { float, float, float, float } %749, 2
	%753 = extractvalue { float, float, float, float } %749, 3
	%754 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %747, i32 %748, float %690, float %691, float %692, float %693)
	%755 = extractvalue { float, float, float, float } %754, 0
	%756 = extractvalue { float, float, float, float } %754, 1
	%757 = extractvalue { float, float, float, float } %754, 2
	%758 = extractvalue { float, float, float, float } %754, 3
	%759 = add i32 %710, 12288
	%760 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %759)
	%761 = extractvalue { i32, i32, i32, i32 } %760, 0
	%762 = extractvalue { i32, i32, i32, i32 } %760, 1
	%763 = extractvalue { i32, i32, i32, i32 } %760, 2
	%764 = extractvalue { i32, i32, i32, i32 } %760, 3
	%765 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %761, i32 %762, float %701, float %702, float %703, float %704)
	%766 = extractvalue { float, float, float, float } %765, 0
	%767 = extractvalue { float, float, float, float } %765, 1
	%768 = extractvalue { float, float, float, float } %765, 2
	%769 = extractvalue { float, float, float, float } %765, 3
	%770 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %763, i32 %764, float %706, float %707, float %708, float %709)
	%771 = extractvalue { float, float, float, float } %770, 0
	%772 = extractvalue { float, float, float, float } %770, 1
	%773 = extractvalue { float, float, float, float } %770, 2
	%774 = extractvalue { float, float, float, float } %770, 3
	%775 = xor i32 %384, 192
	%776 = add i32 %775, 0
	%777 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %776)
	%778 = extractvalue { i32, i32, i32, i32 } %777, 0
	%779 = extractvalue { i32, i32, i32, i32 } %777, 1
	%780 = extractvalue { i32, i32, i32, i32 } %777, 2
	%781 = extractvalue { i32, i32, i32, i32 } %777, 3
	%782 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %778, i32 %779, float %718, float %719, float %720, float %721)
	%783 = extractvalue { float, float, float, float } %782, 0
	%784 = extractvalue { float, float, float, float } %782, 1
	%785 = extractvalue { float, float, float, float } %782, 2
	%786 = extractvalue { float, float, float, float } %782, 3
	%787 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %780, i32 %781, float %723, float %724, float %725, float %726)
	%788 = extractvalue { float, float, float, float } %787, 0
	%789 = extractvalue { float, float, float, float } %787, 1
	%790 = extractvalue { float, float, float, float } %787, 2
	%791 = extractvalue { float, float, float, float } %787, 3
	%792 = add i32 %775, u0x1000
	%793 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %792)
	%794 = extractvalue { i32, i32, i32, i32 } %793, 0
	%795 = extractvalue { i32, i32, i32, i32 } %793, 1
	%796 = extractvalue { i32, i32, i32, i32 } %793, 2
	%797 = extractvalue { i32, i32, i32, i32 } %793, 3
	%798 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %794, i32 %795, float %734, float %735, float %736, float %737)
	%799 = extractvalue { float, float, float, float } %798, 0
	%800 = extractvalue { float, float, float, float } %798, 1
	%801 = extractvalue { float, float, float, float } %798, 2
	%802 = extractvalue { float, float, float, float } %798, 3
	%803 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %796, i32 %797, float %739, float %740, float %741, float %742)
	%804 = extractvalue { float, float, float, float } %803, 0
	%805 = extractvalue { float, float, float, float } %803, 1
	%806 = extractvalue { float, float, float, float } %803, 2
	%807 = extractvalue { float, float, float, float } %803, 3
	%808 = add i32 %775, u0x2000
	%809 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %808)
	%810 = extractvalue { i32, i32, i32, i32 } %809, 0
	%811 = extractvalue { i32, i32, i32, i32 } %809, 1
	%812 = extractvalue { i32, i32, i32, i32 } %809, 2
	%813 = extractvalue { i32, i32, i32, i32 } %809, 3
	%814 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %810, i32 %811, float %750, float %751, float %752, float %753)
	%815 = extractvalue { float, float, float, float } %814, 0
	%816 = extractvalue { float, float, float, float } %814, 1
	%817 = extractvalue { float, float, float, float } %814, 2
	%818 = extractvalue { float, float, float, float } %814, 3
	%819 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %812, i32 %813, float %755, float %756, float %757, float %758)
	%820 = extractvalue { float, float, float, float } %819, 0
	%821 = extractvalue { float, float, float, float } %819, 1
	%822 = extractvalue { float, float, float, float } %819, 2
	%823 = extractvalue { float, float, float, float } %819, 3
	%824 = add i32 %775, 12288
	%825 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %824)
	%826 = extractvalue { i32, i32, i32, i32 } %825, 0
	%827 = extractvalue { i32, i32, i32, i32 } %825, 1
	%828 = extractvalue { i32, i32, i32, i32 } %825, 2
	%829 = extractvalue { i32, i32, i32, i32 } %825, 3
	%830 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %826, i32 %827, float %766, float %767, float %768, float %769)
	%831 = extractvalue { float, float, float, float } %830, 0
	%832 = extractvalue { float, float, float, float } %830, 1
	%833 = extractvalue { float, float, float, float } %830, 2
	%834 = extractvalue { float, float, float, float } %830, 3
	%835 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %828, i32 %829, float %771, float %772, float %773, float %774)
	%836 = extractvalue { float, float, float, float } %835, 0
	%837 = extractvalue { float, float, float, float } %835, 1
	%838 = extractvalue { float, float, float, float } %835, 2
	%839 = extractvalue { float, float, float, float } %835, 3
	%840 = xor i32 %384, 224
	%841 = add i32 %840, 0
	%842 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %841)
	%843 = extractvalue { i32, i32, i32, i32 } %842, 0
	%844 = extractvalue { i32, i32, i32, i32 } %842, 1
	%845 = extractvalue { i32, i32, i32, i32 } %842, 2
	%846 = extractvalue { i32, i32, i32, i32 } %842, 3
	%847 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %843, i32 %844, float %783, float %784, float %785, float %786)
	%848 = extractvalue { float, float, float, float } %847, 0
	%849 = extractvalue { float, float, float, float } %847, 1
	%850 = extractvalue { float, float, float, float } %847, 2
	%851 = extractvalue { float, float, float, float } %847, 3
	%852 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %845, i32 %846, float %788, float %789, float %790, float %791)
	%853 = extractvalue { float, float, float, float } %852, 0
	%854 = extractvalue { float, float, float, float } %852, 1
	%855 = extractvalue { float, float, float, float } %852, 2
	%856 = extractvalue { float, float, float, float } %852, 3
	%857 = add i32 %840, u0x1000
	%858 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %857)
	%859 = extractvalue { i32, i32, i32, i32 } %858, 0
	%860 = extractvalue { i32, i32, i32, i32 } %858, 1
	%861 = extractvalue { i32, i32, i32, i32 } %858, 2
	%862 = extractvalue { i32, i32, i32, i32 } %858, 3
	%863 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %859, i32 %860, float %799, float %800, float %801, float %802)
	%864 = extractvalue { float, float, float, float } %863, 0
	%865 = extractvalue { float, float, float, float } %863, 1
	%866 = extractvalue { float, float, float, float } %863, 2
	%867 = extractvalue { float, float, float, float } %863, 3
	%868 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %861, i32 %862, float %804, float %805, float %806, float %807)
	%869 = extractvalue { float, float, float, float } %868, 0
	%870 = extractvalue { float, float, float, float } %868, 1
	%871 = extractvalue { float, float, float, float } %868, 2
	%872 = extractvalue { float, float, float, float } %868, 3
	%873 = add i32 %840, u0x2000
	%874 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %873)
	%875 = extractvalue { i32, i32, i32, i32 } %874, 0
	%876 = extractvalue { i32, i32, i32, i32 } %874, 1
	%877 = extractvalue { i32, i32, i32, i32 } %874, 2
	%878 = extractvalue { i32, i32, i32, i32 } %874, 3
	%879 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %875, i32 %876, float %815, float %816, float %817, float %818)
	%880 = extractvalue { float, float, float, float } %879, 0
	%881 = extractvalue { float, float, float, float } %879, 1
	%882 = extractvalue { float, float, float, float } %879, 2
	%883 = extractvalue { float, float, float, float } %879, 3
	%884 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %877, i32 %878, float %820, float %821, float %822, float %823)
	%885 = extractvalue { float, float, float, float } %884, 0
	%886 = extractvalue { float, float, float, float } %884, 1
	%887 = extractvalue { float, float, float, float } %884, 2
	%888 = extractvalue { float, float, float, float } %884, 3
	%889 = add i32 %840, 12288
	%890 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %889)
	%891 = extractvalue { i32, i32, i32, i32 } %890, 0
	%892 = extractvalue { i32, i32, i32, i32 } %890, 1
	%893 = extractvalue { i32, i32, i32, i32 } %890, 2
	%894 = extractvalue { i32, i32, i32, i32 } %890, 3
	%895 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %891, i32 %892, float %831, float %832, float %833, float %834)
	%896 = extractvalue { float, float, float, float } %895, 0
	%897 = extractvalue { float, float, float, float } %895, 1
	%898 = extractvalue { float, float, float, float } %895, 2
	%899 = extractvalue { float, float, float, float } %895, 3
	%900 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %893, i32 %894, float %836, float %837, float %838, float %839)
	%901 = extractvalue { float, float, float, float } %900, 0
	%902 = extractvalue { float, float, float, float } %900, 1
	%903 = extractvalue { float, float, float, float } %900, 2
	%904 = extractvalue { float, float, float, float } %900, 3
	%905 = mul i32 %3, 16
	%906 = add i32 %24, %905
	%907 = add i32 %5, 0
	%908 = add i32 %906, %907
	%909 = mul i32 %3, 16
	%910 = add i32 %24, %909
	%911 = add i32 %5, 8
	%912 = add i32 %910, %911
	%913 = sub i32 %N, %M
	%914 = add i32 %908, %913
	%915 = add i32 %912, %913
	%916 = sitofp i32 %22 to float
	%917 = add i32 %45, %242
	%918 = sext i32 %917 to i64
	%919 = getelementptr i8, i8* %cls, i64 %918
	%920 = load i8, i8* %919
	%921 = icmp ne i8 %920, 2
	br i1 %921, label %partial, label %softmax

epilogue:
	%922 = phi float [ 0.0, %entry ], [ %2107, %pv ]
	%923 = phi float [ 0.0, %entry ], [ %2159, %pv ]
	%924 = phi i32 [ 0, %entry ], [ %2160, %pv ]
	%925 = phi float [ 0.0, %entry ], [ %2675, %pv ]
	%926 = phi float [ 0.0, %entry ], [ %2676, %pv ]
	%927 = phi float [ 0.0, %entry ], [ %2677, %pv ]
	%928 = phi float [ 0.0, %entry ], [ %2678, %pv ]
	%929 = phi float [ 0.0, %entry ], [ %2680, %pv ]
	%930 = phi float [ 0.0, %entry ], [ %2681, %pv ]
	%931 = phi float [ 0.0, %entry ], [ %2682, %pv ]
	%932 = phi float [ 0.0, %entry ], [ %2683, %pv ]
	%933 = phi float [ 0.0, %entry ], [ %2692, %pv ]
	%934 = phi float [ 0.0, %entry ], [ %2693, %pv ]
	%935 = phi float [ 0.0, %entry ], [ %2694, %pv ]
	%936 = phi float [ 0.0, %entry ], [ %2695, %pv ]
	%937 = phi float [ 0.0, %entry ], [ %2697, %pv ]
	%938 = phi float [ 0.0, %entry ], [ %2698, %pv ]
	%939 = phi float [ 0.0, %entry ], [ %2699, %pv ]
	%940 = phi float [ 0.0, %entry ], [ %2700, %pv ]
	%941 = phi float [ 0.0, %entry ], [ %2709, %pv ]
	%942 = phi float [ 0.0, %entry ], [ %2710, %pv ]
	%943 = phi float [ 0.0, %entry ], [ %2711, %pv ]
	%944 = phi float [ 0.0, %entry ], [ %2712, %pv ]
	%945 = phi float [ 0.0, %entry ], [ %2714, %pv ]
	%946 = phi float [ 0.0, %entry ], [ %2715, %pv ]
	%947 = phi float [ 0.0, %entry ], [ %2716, %pv ]
	%948 = phi float [ 0.0, %entry ], [ %2717, %pv ]
	%949 = phi float [ 0.0, %entry ], [ %2726, %pv ]
	%950 = phi float [ 0.0, %entry ], [ %2727, %pv ]
	%951 = phi float [ 0.0, %entry ], [ %2728, %pv ]
	%952 = phi float [ 0.0, %entry ], [ %2729, %pv ]
	%953 = phi float [ 0.0, %entry ], [ %2731, %pv ]
	%954 = phi float [ 0.0, %entry ], [ %2732, %pv ]
	%955 = phi float [ 0.0, %entry ], [ %2733, %pv ]
	%956 = phi float [ 0.0, %entry ], [ %2734, %pv ]
	%957 = phi float [ 0.0, %entry ], [ %2743, %pv ]
	%958 = phi float [ 0.0, %entry ], [ %2744, %pv ]
	%959 = phi float [ 0.0, %entry ], [ %2745, %pv ]
	%960 = phi float [ 0.0, %entry ], [ %2746, %pv ]
	%961 = phi float [ 0.0, %entry ], [ %2748, %pv ]
	%962 = phi float [ 0.0, %entry ], [ %2749, %pv ]
	%963 = phi float [ 0.0, %entry ], [ %2750, %pv ]
	%964 = phi float [ 0.0, %entry ], [ %2751, %pv ]
	%965 = phi float [ 0.0, %entry ], [ %2760, %pv ]
	%966 = phi float [ 0.0, %entry ], [ %2761, %pv ]
	%967 = phi float [ 0.0, %entry ], [ %2762, %pv ]
	%968 = phi float [ 0.0, %entry ], [ %2763, %pv ]
	%969 = phi float [ 0.0, %entry ], [ %2765, %pv ]
	%970 = phi float [ 0.0, %entry ], [ %2766, %pv ]
	%971 = phi float [ 0.0, %entry ], [ %2767, %pv ]
	%972 = phi float [ 0.0, %entry ], [ %2768, %pv ]
	%973 = phi float [ 0.0, %entry ], [ %2777, %pv ]
	%974 = phi float [ 0.0, %entry ], [ %2778, %pv ]
	%975 = phi float [ 0.0, %entry ], [ %2779, %pv ]
	%976 = phi float [ 0.0, %entry ], [ %2780, %pv ]
	%977 = phi float [ 0.0, %entry ], [ %2782, %pv ]
	%978 = phi float [ 0.0, %entry ], [ %2783, %pv ]
	%979 = phi float [ 0.0, %entry ], [ %2784, %pv ]
	%980 = phi float [ 0.0, %entry ], [ %2785, %pv ]
	%981 = phi float [ 0.0, %entry ], [ %2794, %pv ]
	%982 = phi float [ 0.0, %entry ], [ %2795, %pv ]
	%983 = phi float [ 0.0, %entry ], [ %2796, %pv ]
	%984 = phi float [ 0.0, %entry ], [ %2797, %pv ]
	%985 = phi float [ 0.0, %entry ], [ %2799, %pv ]
	%986 = phi float [ 0.0, %entry ], [ %2800, %pv ]
	%987 = phi float [ 0.0, %entry ], [ %2801, %pv ]
	%988 = phi float [ 0.0, %entry ], [ %2802, %pv ]
	%989 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %922, i32 1, i32 31)
	%990 = fadd float %922, %989
	%991 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %990, i32 2, i32 31)
	%992 = fadd float %990, %991
	%993 = fcmp ogt float %992, 0.0
	%994 = fdiv float 1.0, %992
	%995 = select i1 %993, float %994, float 0.0
	%996 = mul i32 %3, 16
	%997 = add i32 %24, %996
	%998 = add i32 %5, 0
	%999 = add i32 %997, %998
	%1000 = fmul float %925, %995
	%1001 = fmul float %926, %995
	%1002 = fmul float %929, %995
	%1003 = fmul float %930, %995
	%1004 = fmul float %933, %995
	%1005 = fmul float %934, %995
	%1006 = fmul float %937, %995
	%1007 = fmul float %938, %995
	%1008 = fmul float %941, %995
	%1009 = fmul float %942, %995
	%1010 = fmul float %945, %995
	%1011 = fmul float %946, %995
	%1012 = fmul float %949, %995
	%1013 = fmul float %950, %995
	%1014 = fmul float %953, %995
	%1015 = fmul float %954, %995
	%1016 = fmul float %957, %995
	%1017 = fmul float %958, %995
	%1018 = fmul float %961, %995
	%1019 = fmul float %962, %995
	%1020 = fmul float %965, %995
	%1021 = fmul float %966, %995
	%1022 = fmul float %969, %995
	%1023 = fmul float %970, %995
	%1024 = fmul float %973, %995
	%1025 = fmul float %974, %995
	%1026 = fmul float %977, %995
	%1027 = fmul float %978, %995
	%1028 = fmul float %981, %995
	%1029 = fmul float %982, %995
	%1030 = fmul float %985, %995
	%1031 = fmul float %986, %995
	%1032 = icmp slt i32 %999, %M
	br i1 %1032, label %store0, label %stored0

partial:
	%1033 = shl i32 %6, 1
	%1034 = add i32 0, %1033
	%1035 = add i32 %311, %1034
	%1036 = icmp slt i32 %1035, %N
	%1037 = select i1 %1036, i32 %1035, i32 0
	%1038 = sitofp i32 %914 to float
	%1039 = sitofp i32 %1037 to float
	%1040 = fcmp ole float %1039, %1038
	%1041 = uitofp i1 %1040 to float
	%1042 = fcmp une float %1041, 0.0
	%1043 = fsub float %1038, %1039
	%1044 = fcmp olt float %1043, 4096.0
	%1045 = uitofp i1 %1044 to float
	%1046 = fcmp une float %1045, 0.0
	%1047 = fcmp olt float %1039, 4.0
	%1048 = uitofp i1 %1047 to float
	%1049 = fcmp une float %1048, 0.0
	%1050 = or i1 %1046, %1049
	%1051 = uitofp i1 %1050 to float
	%1052 = fcmp une float %1051, 0.0
	%1053 = and i1 %1042, %1052
	%1054 = uitofp i1 %1053 to float
	%1055 = fcmp une float %1054, 0.0
	%1056 = and i1 %1036, %1055
	%1057 = select i1 %1056, float %848, float 0xFFF0000000000000
	%1058 = shl i32 %6, 1
	%1059 = add i32 1, %1058
	%1060 = add i32 %311, %1059
	%1061 = icmp slt i32 %1060, %N
	%1062 = select i1 %1061, i32 %1060, i32 0
	%1063 = sitofp i32 %914 to float
	%1064 = sitofp i32 %1062 to float
	%1065 = fcmp ole float %1064, %1063
	%1066 = uitofp i1 %1065 to float
	%1067 = fcmp une float %1066, 0.0
	%1068 = fsub float %1063, %1064
	%1069 = fcmp olt float %1068, 4096.0
	%1070 = uitofp i1 %1069 to float
	%1071 = fcmp une float %1070, 0.0
	%1072 = fcmp olt float %1064, 4.0
	%1073 = uitofp i1 %1072 to float
	%1074 = fcmp une float %1073, 0.0
	%1075 = or i1 %1071, %1074
	%1076 = uitofp i1 %1075 to float
	%1077 = fcmp une float %1076, 0.0
	%1078 = and i1 %1067, %1077
	%1079 = uitofp i1 %1078 to float
	%1080 = fcmp une float %1079, 0.0
	%1081 = and i1 %1061, %1080
	%1082 = select i1 %1081, float %849, float 0xFFF0000000000000
	%1083 = shl i32 %6, 1
	%1084 = add i32 0, %1083
	%1085 = add i32 %311, %1084
	%1086 = icmp slt i32 %1085, %N
	%1087 = select i1 %1086, i32 %1085, i32 0
	%1088 = sitofp i32 %915 to float
	%1089 = sitofp i32 %1087 to float
	%1090 = fcmp ole float %1089, %1088
	%1091 = uitofp i1 %1090 to float
	%1092 = fcmp une float %1091, 0.0
	%1093 = fsub float %1088, %1089
	%1094 = fcmp olt float %1093, 4096.0
	%1095 = uitofp i1 %1094 to float
	%1096 = fcmp une float %1095, 0.0
	%1097 = fcmp olt float %1089, 4.0
	%1098 = uitofp i1 %1097 to float
	%1099 = fcmp une float %1098, 0.0
	%1100 = or i1 %1096, %1099
	%1101 = uitofp i1 %1100 to float
	%1102 = fcmp une float %1101, 0.0
	%1103 = and i1 %1092, %1102
	%1104 = uitofp i1 %1103 to float
	%1105 = fcmp une float %1104, 0.0
	%1106 = and i1 %1086, %1105
	%1107 = select i1 %1106, float %850, float 0xFFF0000000000000
	%1108 = shl i32 %6, 1
	%1109 = add i32 1, %1108
	%1110 = add i32 %311, %1109
	%1111 = icmp slt i32 %1110, %N
	%1112 = select i1 %1111, i32 %1110, i32 0
	%1113 = sitofp i32 %915 to float
	%1114 = sitofp i32 %1112 to float
	%1115 = fcmp ole float %1114, %1113
	%1116 = uitofp i1 %1115 to float
	%1117 = fcmp une float %1116, 0.0
	%1118 = fsub float %1113, %1114
	%1119 = fcmp olt float %1118, 4096.0
	%1120 = uitofp i1 %1119 to float
	%1121 = fcmp une float %1120, 0.0
	%1122 = fcmp olt float %1114, 4.0
	%1123 = uitofp i1 %1122 to float
	%1124 = fcmp une float %1123, 0.0
	%1125 = or i1 %1121, %1124
	%1126 = uitofp i1 %1125 to float
	%1127 = fcmp une float %1126, 0.0
	%1128 = and i1 %1117, %1127
	%1129 = uitofp i1 %1128 to float
	%1130 = fcmp une float %1129, 0.0
	%1131 = and i1 %1111, %1130
	%1132 = select i1 %1131, float %851, float 0xFFF0000000000000
	%1133 = shl i32 %6, 1
	%1134 = add i32 8, %1133
	%1135 = add i32 %311, %1134
	%1136 = icmp slt i32 %1135, %N
	%1137 = select i1 %1136, i32 %1135, i32 0
	%1138 = sitofp i32 %914 to float
	%1139 = sitofp i32 %1137 to float
	%1140 = fcmp ole float %1139, %1138
	%1141 = uitofp i1 %1140 to float
	%1142 = fcmp une float %1141, 0.0
	%1143 = fsub float %1138, %1139
	%1144 = fcmp olt float %1143, 4096.0
	%1145 = uitofp i1 %1144 to float
	%1146 = fcmp une float %1145, 0.0
	%1147 = fcmp olt float %1139, 4.0
	%1148 = uitofp i1 %1147 to float
	%1149 = fcmp une float %1148, 0.0
	%1150 = or i1 %1146, %1149
	%1151 = uitofp i1 %1150 to float
	%1152 = fcmp une float %1151, 0.0
	%1153 = and i1 %1142, %1152
	%1154 = uitofp i1 %1153 to float
	%1155 = fcmp une float %1154, 0.0
	%1156 = and i1 %1136, %1155
	%1157 = select i1 %1156, float %853, float 0xFFF0000000000000
	%1158 = shl i32 %6, 1
	%1159 = add i32 9, %1158
	%1160 = add i32 %311, %1159
	%1161 = icmp slt i32 %1160, %N
	%1162 = select i1 %1161, i32 %1160, i32 0
	%1163 = sitofp i32 %914 to float
	%1164 = sitofp i32 %1162 to float
	%1165 = fcmp ole float %1164, %1163
	%1166 = uitofp i1 %1165 to float
	%1167 = fcmp une float %1166, 0.0
	%1168 = fsub float %1163, %1164
	%1169 = fcmp olt float %1168, 4096.0
	%1170 = uitofp i1 %1169 to float
	%1171 = fcmp une float %1170, 0.0
	%1172 = fcmp olt float %1164, 4.0
	%1173 = uitofp i1 %1172 to float
	%1174 = fcmp une float %1173, 0.0
	%1175 = or i1 %1171, %1174
	%1176 = uitofp i1 %1175 to float
	%1177 = fcmp une float %1176, 0.0
	%1178 = and i1 %1167, %1177
	%1179 = uitofp i1 %1178 to float
	%1180 = fcmp une float %1179, 0.0
	%1181 = and i1 %1161, %1180
	%1182 = select i1 %1181, float %854, float 0xFFF0000000000000
	%1183 = shl i32 %6, 1
	%1184 = add i32 8, %1183
	%1185 = add i32 %311, %1184
	%1186 = icmp slt i32 %1185, %N
	%1187 = select i1 %1186, i32 %1185, i32 0
	%1188 = sitofp i32 %915 to float
	%1189 = sitofp i32 %1187 to float
	%1190 = fcmp ole float %1189, %1188
	%1191 = uitofp i1 %1190 to float
	%1192 = fcmp une float %1191, 0.0
	%1193 = fsub float %1188, %1189
	%1194 = fcmp olt float %1193, 4096.0
	%1195 = uitofp i1 %1194 to float
	%1196 = fcmp une float %1195, 0.0
	%1197 = fcmp olt float %1189, 4.0
	%1198 = uitofp i1 %1197 to float
	%1199 = fcmp une float %1198, 0.0
	%1200 = or i1 %1196, %1199
	%1201 = uitofp i1 %1200 to float
	%1202 = fcmp une float %1201, 0.0
	%1203 = and i1 %1192, %1202
	%1204 = uitofp i1 %1203 to float
	%1205 = fcmp une float %1204, 0.0
	%1206 = and i1 %1186, %1205
	%1207 = select i1 %1206, float %855, float 0xFFF0000000000000
	%1208 = shl i32 %6, 1
	%1209 = add i32 9, %1208
	%1210 = add i32 %311, %1209
	%1211 = icmp slt i32 %1210, %N
	%1212 = select i1 %1211, i32 %1210, i32 0
	%1213 = sitofp i32 %915 to float
	%1214 = sitofp i32 %1212 to float
	%1215 = fcmp ole float %1214, %1213
	%1216 = uitofp i1 %1215 to float
	%1217 = fcmp une float %1216, 0.0
	%1218 = fsub float %1213, %1214
	%1219 = fcmp olt float %1218, 4096.0
	%1220 = uitofp i1 %1219 to float
	%1221 = fcmp une float %1220, 0.0
	%1222 = fcmp olt float %1214, 4.0
	%1223 = uitofp i1 %1222 to float
	%1224 = fcmp une float %1223, 0.0
	%1225 = or i1 %1221, %1224
	%1226 = uitofp i1 %1225 to float
	%1227 = fcmp une float %1226, 0.0
	%1228 = and i1 %1217, %1227
	%1229 = uitofp i1 %1228 to float
	%1230 = fcmp une float %1229, 0.0
	%1231 = and i1 %1211, %1230
	%1232 = select i1 %1231, float %856, float 0xFFF0000000000000
	%1233 = shl i32 %6, 1
	%1234 = add i32 16, %1233
	%1235 = add i32 %311, %1234
	%1236 = icmp slt i32 %1235, %N
	%1237 = select i1 %1236, i32 %1235, i32 0
	%1238 = sitofp i32 %914 to float
	%1239 = sitofp i32 %1237 to float
	%1240 = fcmp ole float %1239, %1238
	%1241 = uitofp i1 %1240 to float
	%1242 = fcmp une float %1241, 0.0
	%1243 = fsub float %1238, %1239
	%1244 = fcmp olt float %1243, 4096.0
	%1245 = uitofp i1 %1244 to float
	%1246 = fcmp une float %1245, 0.0
	%1247 = fcmp olt float %1239, 4.0
	%1248 = uitofp i1 %1247 to float
	%1249 = fcmp une float %1248, 0.0
	%1250 = or i1 %1246, %1249
	%1251 = uitofp i1 %1250 to float
	%1252 = fcmp une float %1251, 0.0
	%1253 = and i1 %1242, %1252
	%1254 = uitofp i1 %1253 to float
	%1255 = fcmp une float %1254, 0.0
	%1256 = and i1 %1236, %1255
	%1257 = select i1 %1256, float %864, float 0xFFF0000000000000
	%1258 = shl i32 %6, 1
	%1259 = add i32 17, %1258
	%1260 = add i32 %311, %1259
	%1261 = icmp slt i32 %1260, %N
	%1262 = select i1 %1261, i32 %1260, i32 0
	%1263 = sitofp i32 %914 to float
	%1264 = sitofp i32 %1262 to float
	%1265 = fcmp ole float %1264, %1263
	%1266 = uitofp i1 %1265 to float
	%1267 = fcmp une float %1266, 0.0
	%1268 = fsub float %1263, %1264
	%1269 = fcmp olt float %1268, 4096.0
	%1270 = uitofp i1 %1269 to float
	%1271 = fcmp une float %1270, 0.0
	%1272 = fcmp olt float %1264, 4.0
	%1273 = uitofp i1 %1272 to float
	%1274 = fcmp une float %1273, 0.0
	%1275 = or i1 %1271, %1274
	%1276 = uitofp i1 %1275 to float
	%1277 = fcmp une float %1276, 0.0
	%1278 = and i1 %1267, %1277
	%1279 = uitofp i1 %1278 to float
	%1280 = fcmp une float %1279, 0.0
	%1281 = and i1 %1261, %1280
	%1282 = select i1 %1281, float %865, float 0xFFF0000000000000
	%1283 = shl i32 %6, 1
	%1284 = add i32 16, %1283
	%1285 = add i32 %311, %1284
	%1286 = icmp slt i32 %1285, %N
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = sitofp i32 %915 to float
	%1289 = sitofp i32 %1287 to float
	%1290 = fcmp ole float %1289, %1288
	%1291 = uitofp i1 %1290 to float
	%1292 = fcmp une float %1291, 0.0
	%1293 = fsub float %1288, %1289
	%1294 = fcmp olt float %1293, 4096.0
	%1295 = uitofp i1 %1294 to float
	%1296 = fcmp une float %1295, 0.0
	%1297 = fcmp olt float %1289, 4.0
	%1298 = uitofp i1 %1297 to float
	%1299 = fcmp une float %1298, 0.0
	%1300 = or i1 %1296, %1299
	%1301 = uitofp i1 %1300 to float
	%1302 = fcmp une float %1301, 0.0
	%1303 = and i1 %1292, %1302
	%1304 = uitofp i1 %1303 to float
	%1305 = fcmp une float %1304, 0.0
	%1306 = and i1 %1286, %1305
	%1307 = select i1 %1306, float %866, float 0xFFF0000000000000
	%1308 = shl i32 %6, 1
	%1309 = add i32 17, %1308
	%1310 = add i32 %311, %1309
	%1311 = icmp slt i32 %1310, %N
	%1312 = select i1 %1311, i32 %1310, i32 0
	%1313 = sitofp i32 %915 to float
	%1314 = sitofp i32 %1312 to float
	%1315 = fcmp ole float %1314, %1313
	%1316 = uitofp i1 %1315 to float
	%1317 = fcmp une float %1316, 0.0
	%1318 = fsub float %1313, %1314
	%1319 = fcmp olt float %1318, 4096.0
	%1320 = uitofp i1 %1319 to float
	%1321 = fcmp une float %1320, 0.0
	%1322 = fcmp olt float %1314, 4.0
	%1323 = uitofp i1 %1322 to float
	%1324 = fcmp une float %1323, 0.0
	%1325 = or i1 %1321, %1324
	%1326 = uitofp i1 %1325 to float
	%1327 = fcmp une float %1326, 0.0
	%1328 = and i1 %1317, %1327
	%1329 = uitofp i1 %1328 to float
	%1330 = fcmp une float %1329, 0.0
	%1331 = and i1 %1311, %1330
	%1332 = select i1 %1331, float %867, float 0xFFF0000000000000
	%1333 = shl i32 %6, 1
	%1334 = add i32 24, %1333
	%1335 = add i32 %311, %1334
	%1336 = icmp slt i32 %1335, %N
	%1337 = select i1 %1336, i32 %1335, i32 0
	%1338 = sitofp i32 %914 to float
	%1339 = sitofp i32 %1337 to float
	%1340 = fcmp ole float %1339, %1338
	%1341 = uitofp i1 %1340 to float
	%1342 = fcmp une float %1341, 0.0
	%1343 = fsub float %1338, %1339
	%1344 = fcmp olt float %1343, 4096.0
	%1345 = uitofp i1 %1344 to float
	%1346 = fcmp une float %1345, 0.0
	%1347 = fcmp olt float %1339, 4.0
	%1348 = uitofp i1 %1347 to float
	%1349 = fcmp une float %1348, 0.0
	%1350 = or i1 %1346, %1349
	%1351 = uitofp i1 %1350 to float
	%1352 = fcmp une float %1351, 0.0
	%1353 = and i1 %1342, %1352
	%1354 = uitofp i1 %1353 to float
	%1355 = fcmp une float %1354, 0.0
	%1356 = and i1 %1336, %1355
	%1357 = select i1 %1356, float %869, float 0xFFF0000000000000
	%1358 = shl i32 %6, 1
	%1359 = add i32 25, %1358
	%1360 = add i32 %311, %1359
	%1361 = icmp slt i32 %1360, %N
	%1362 = select i1 %1361, i32 %1360, i32 0
	%1363 = sitofp i32 %914 to float
	%1364 = sitofp i32 %1362 to float
	%1365 = fcmp ole float %1364, %1363
	%1366 = uitofp i1 %1365 to float
	%1367 = fcmp une float %1366, 0.0
	%1368 = fsub float %1363, %1364
	%1369 = fcmp olt float %1368, 4096.0
	%1370 = uitofp i1 %1369 to float
	%1371 = fcmp une float %1370, 0.0
	%1372 = fcmp olt float %1364, 4.0
	%1373 = uitofp i1 %1372 to float
	%1374 = fcmp une float %1373, 0.0
	%1375 = or i1 %1371, %1374
	%1376 = uitofp i1 %1375 to float
	%1377 = fcmp une float %1376, 0.0
	%1378 = and i1 %1367, %1377
	%1379 = uitofp i1 %1378 to float
	%1380 = fcmp une float %1379, 0.0
	%1381 = and i1 %1361, %1380
	%1382 = select i1 %1381, float %870, float 0xFFF0000000000000
	%1383 = shl i32 %6, 1
	%1384 = add i32 24, %1383
	%1385 = add i32 %311, %1384
	%1386 = icmp slt i32 %1385, %N
	%1387 = select i1 %1386, i32 %1385, i32 0
	%1388 = sitofp i32 %915 to float
	%1389 = sitofp i32 %1387 to float
	%1390 = fcmp ole float %1389, %1388
	%1391 = uitofp i1 %1390 to float
	%1392 = fcmp une float %1391, 0.0
	%1393 = fsub float %1388, %1389
	%1394 = fcmp olt float %1393, 4096.0
	%1395 = uitofp i1 %1394 to float
	%1396 = fcmp une float %1395, 0.0
	%1397 = fcmp olt float %1389, 4.0
	%1398 = uitofp i1 %1397 to float
	%1399 = fcmp une float %1398, 0.0
	%1400 = or i1 %1396, %1399
	%1401 = uitofp i1 %1400 to float
	%1402 = fcmp une float %1401, 0.0
	%1403 = and i1 %1392, %1402
	%1404 = uitofp i1 %1403 to float
	%1405 = fcmp une float %1404, 0.0
	%1406 = and i1 %1386, %1405
	%1407 = select i1 %1406, float %871, float 0xFFF0000000000000
	%1408 = shl i32 %6, 1
	%1409 = add i32 25, %1408
	%1410 = add i32 %311, %1409
	%1411 = icmp slt i32 %1410, %N
	%1412 = select i1 %1411, i32 %1410, i32 0
	%1413 = sitofp i32 %915 to float
	%1414 = sitofp i32 %1412 to float
	%1415 = fcmp ole float %1414, %1413
	%1416 = uitofp i1 %1415 to float
	%1417 = fcmp une float %1416, 0.0
	%1418 = fsub float %1413, %1414
	%1419 = fcmp olt float %1418, 4096.0
	%1420 = uitofp i1 %1419 to float
	%1421 = fcmp une float %1420, 0.0
	%1422 = fcmp olt float %1414, 4.0
	%1423 = uitofp i1 %1422 to float
	%1424 = fcmp une float %1423, 0.0
	%1425 = or i1 %1421, %1424
	%1426 = uitofp i1 %1425 to float
	%1427 = fcmp une float %1426, 0.0
	%1428 = and i1 %1417, %1427
	%1429 = uitofp i1 %1428 to float
	%1430 = fcmp une float %1429, 0.0
	%1431 = and i1 %1411, %1430
	%1432 = select i1 %1431, float %872, float 0xFFF0000000000000
	%1433 = shl i32 %6, 1
	%1434 = add i32 32, %1433
	%1435 = add i32 %311, %1434
	%1436 = icmp slt i32 %1435, %N
	%1437 = select i1 %1436, i32 %1435, i32 0
	%1438 = sitofp i32 %914 to float
	%1439 = sitofp i32 %1437 to float
	%1440 = fcmp ole float %1439, %1438
	%1441 = uitofp i1 %1440 to float
	%1442 = fcmp une float %1441, 0.0
	%1443 = fsub float %1438, %1439
	%1444 = fcmp olt float %1443, 4096.0
	%1445 = uitofp i1 %1444 to float
	%1446 = fcmp une float %1445, 0.0
	%1447 = fcmp olt float %1439, 4.0
	%1448 = uitofp i1 %1447 to float
	%1449 = fcmp une float %1448, 0.0
	%1450 = or i1 %1446, %1449
	%1451 = uitofp i1 %1450 to float
	%1452 = fcmp une float %1451, 0.0
	%1453 = and i1 %1442, %1452
	%1454 = uitofp i1 %1453 to float
	%1455 = fcmp une float %1454, 0.0
	%1456 = and i1 %1436, %1455
	%1457 = select i1 %1456, float %880, float 0xFFF0000000000000
	%1458 = shl i32 %6, 1
	%1459 = add i32 33, %1458
	%1460 = add i32 %311, %1459
	%1461 = icmp slt i32 %1460, %N
	%1462 = select i1 %1461, i32 %1460, i32 0
	%1463 = sitofp i32 %914 to float
	%1464 = sitofp i32 %1462 to float
	%1465 = fcmp ole float %1464, %1463
	%1466 = uitofp i1 %1465 to float
	%1467 = fcmp une float %1466, 0.0
	%1468 = fsub float %1463, %1464
	%1469 = fcmp olt float %1468, 4096.0
	%1470 = uitofp i1 %1469 to float
	%1471 = fcmp une float %1470, 0.0
	%1472 = fcmp olt float %1464, 4.0
	%1473 = uitofp i1 %1472 to float
	%1474 = fcmp une float %1473, 0.0
	%1475 = or i1 %1471, %1474
	%1476 = uitofp i1 %1475 to float
	%1477 = fcmp une float %1476, 0.0
	%1478 = and i1 %1467, %1477
	%1479 = uitofp i1 %1478 to float
	%1480 = fcmp une float %1479, 0.0
	%1481 = and i1 %1461, %1480
	%1482 = select i1 %1481, float %881, float 0xFFF0000000000000
	%1483 = shl i32 %6, 1
	%1484 = add i32 32, %1483
	%1485 = add i32 %311, %1484
	%1486 = icmp slt i32 %1485, %N
	%1487 = select i1 %1486, i32 %1485, i32 0
	%1488 = sitofp i32 %915 to float
	%1489 = sitofp i32 %1487 to float
	%1490 = fcmp ole float %1489, %1488
	%1491 = uitofp i1 %1490 to float
	%1492 = fcmp une float %1491, 0.0
	%1493 = fsub float %1488, %1489
	%1494 = fcmp olt float %1493, 4096.0
	%1495 = uitofp i1 %1494 to float
	%1496 = fcmp une float %1495, 0.0
	%1497 = fcmp olt float %1489, 4.0
	%1498 = uitofp i1 %1497 to float
	%1499 = fcmp une float %1498, 0.0
	%1500 = or i1 %1496, %1499
	%1501 = uitofp i1 %1500 to float
	%1502 = fcmp une float %1501, 0.0
	%1503 = and i1 %1492, %1502
	%1504 = uitofp i1 %1503 to float
	%1505 = fcmp une float %1504, 0.0
	%1506 = and i1 %1486, %1505
	%1507 = select i1 %1506, float %882, float 0xFFF0000000000000
	%1508 = shl i32 %6, 1
	%1509 = add i32 33, %1508
	%1510 = add i32 %311, %1509
	%1511 = icmp slt i32 %1510, %N
	%1512 = select i1 %1511, i32 %1510, i32 0
	%1513 = sitofp i32 %915 to float
	%1514 = sitofp i32 %1512 to float
	%1515 = fcmp ole float %1514, %1513
	%1516 = uitofp i1 %1515 to float
	%1517 = fcmp une float %1516, 0.0
	%1518 = fsub float %1513, %1514
	%1519 = fcmp olt float %1518, 4096.0
	%1520 = uitofp i1 %1519 to float
	%1521 = fcmp une float %1520, 0.0
	%1522 = fcmp olt float %1514, 4.0
	%1523 = uitofp i1 %1522 to float
	%1524 = fcmp une float %1523, 0.0
	%1525 = or i1 %1521, %1524
	%1526 = uitofp i1 %1525 to float
	%1527 = fcmp une float %1526, 0.0
	%1528 = and i1 %1517, %1527
	%1529 = uitofp i1 %1528 to float
	%1530 = fcmp une float %1529, 0.0
	%1531 = and i1 %1511, %1530
	%1532 = select i1 %1531, float %883, float 0xFFF0000000000000
	%1533 = shl i32 %6, 1
	%1534 = add i32 40, %1533
	%1535 = add i32 %311, %1534
	%1536 = icmp slt i32 %1535, %N
	%1537 = select i1 %1536, i32 %1535, i32 0
	%1538 = sitofp i32 %914 to float
	%1539 = sitofp i32 %1537 to float
	%1540 = fcmp ole float %1539, %1538
	%1541 = uitofp i1 %1540 to float
	%1542 = fcmp une float %1541, 0.0
	%1543 = fsub float %1538, %1539
	%1544 = fcmp olt float %1543, 4096.0
	%1545 = uitofp i1 %1544 to float
	%1546 = fcmp une float %1545, 0.0
	%1547 = fcmp olt float %1539, 4.0
	%1548 = uitofp i1 %1547 to float
	%1549 = fcmp une float %1548, 0.0
	%1550 = or i1 %1546, %1549
	%1551 = uitofp i1 %1550 to float
	%1552 = fcmp une float %1551, 0.0
	%1553 = and i1 %1542, %1552
	%1554 = uitofp i1 %1553 to float
	%1555 = fcmp une float %1554, 0.0
	%1556 = and i1 %1536, %1555
	%1557 = select i1 %1556, float %885, float 0xFFF0000000000000
	%1558 = shl i32 %6, 1
	%1559 = add i32 41, %1558
	%1560 = add i32 %311, %1559
	%1561 = icmp slt i32 %1560, %N
	%1562 = select i1 %1561, i32 %1560, i32 0
	%1563 = sitofp i32 %914 to float
	%1564 = sitofp i32 %1562 to float
	%1565 = fcmp ole float %1564, %1563
	%1566 = uitofp i1 %1565 to float
	%1567 = fcmp une float %1566, 0.0
	%1568 = fsub float %1563, %1564
	%1569 = fcmp olt float %1568, 4096.0
	%1570 = uitofp i1 %1569 to float
	%1571 = fcmp une float %1570, 0.0
	%1572 = fcmp olt float %1564, 4.0
	%1573 = uitofp i1 %1572 to float
	%1574 = fcmp une float %1573, 0.0
	%1575 = or i1 %1571, %1574
	%1576 = uitofp i1 %1575 to float
	%1577 = fcmp une float %1576, 0.0
	%1578 = and i1 %1567, %1577
	%1579 = uitofp i1 %1578 to float
	%1580 = fcmp une float %1579, 0.0
	%1581 = and i1 %1561, %1580
	%1582 = select i1 %1581, float %886, float 0xFFF0000000000000
	%1583 = shl i32 %6, 1
	%1584 = add i32 40, %1583
	%1585 = add i32 %311, %1584
	%1586 = icmp slt i32 %1585, %N
	%1587 = select i1 %1586, i32 %1585, i32 0
	%1588 = sitofp i32 %915 to float
	%1589 = sitofp i32 %1587 to float
	%1590 = fcmp ole float %1589, %1588
	%1591 = uitofp i1 %1590 to float
	%1592 = fcmp une float %1591, 0.0
	%1593 = fsub float %1588, %1589
	%1594 = fcmp olt float %1593, 4096.0
	%1595 = uitofp i1 %1594 to float
	%1596 = fcmp une float %1595, 0.0
	%1597 = fcmp olt float %1589, 4.0
	%1598 = uitofp i1 %1597 to float
	%1599 = fcmp une float %1598, 0.0
	%1600 = or i1 %1596, %1599
	%1601 = uitofp i1 %1600 to float
	%1602 = fcmp une float %1601, 0.0
	%1603 = and i1 %1592, %1602
	%1604 = uitofp i1 %1603 to float
	%1605 = fcmp une float %1604, 0.0
	%1606 = and i1 %1586, %1605
	%1607 = select i1 %1606, float %887, float 0xFFF0000000000000
	%1608 = shl i32 %6, 1
	%1609 = add i32 41, %1608
	%1610 = add i32 %311, %1609
	%1611 = icmp slt i32 %1610, %N
	%1612 = select i1 %1611, i32 %1610, i32 0
	%1613 = sitofp i32 %915 to float
	%1614 = sitofp i32 %1612 to float
	%1615 = fcmp ole float %1614, %1613
	%1616 = uitofp i1 %1615 to float
	%1617 = fcmp une float %1616, 0.0
	%1618 = fsub float %1613, %1614
	%1619 = fcmp olt float %1618, 4096.0
	%1620 = uitofp i1 %1619 to float
	%1621 = fcmp une float %1620, 0.0
	%1622 = fcmp olt float %1614, 4.0
	%1623 = uitofp i1 %1622 to float
	%1624 = fcmp une float %1623, 0.0
	%1625 = or i1 %1621, %1624
	%1626 = uitofp i1 %1625 to float
	%1627 = fcmp une float %1626, 0.0
	%1628 = and i1 %1617, %1627
	%1629 = uitofp i1 %1628 to float
	%1630 = fcmp une float %1629, 0.0
	%1631 = and i1 %1611, %1630
	%1632 = select i1 %1631, float %888, float 0xFFF0000000000000
	%1633 = shl i32 %6, 1
	%1634 = add i32 48, %1633
	%1635 = add i32 %311, %1634
	%1636 = icmp slt i32 %1635, %N
	%1637 = select i1 %1636, i32 %1635, i32 0
	%1638 = sitofp i32 %914 to float
	%1639 = sitofp i32 %1637 to float
	%1640 = fcmp ole float %1639, %1638
	%1641 = uitofp i1 %1640 to float
	%1642 = fcmp une float %1641, 0.0
	%1643 = fsub float %1638, %1639
	%1644 = fcmp olt float %1643, 4096.0
	%1645 = uitofp i1 %1644 to float
	%1646 = fcmp une float %1645, 0.0
	%1647 = fcmp olt float %1639, 4.0
	%1648 = uitofp i1 %1647 to float
	%1649 = fcmp une float %1648, 0.0
	%1650 = or i1 %1646, %1649
	%1651 = uitofp i1 %1650 to float
	%1652 = fcmp une float %1651, 0.0
	%1653 = and i1 %1642, %1652
	%1654 = uitofp i1 %1653 to float
	%1655 = fcmp une float %1654, 0.0
	%1656 = and i1 %1636, %1655
	%1657 = select i1 %1656, float %896, float 0xFFF0000000000000
	%1658 = shl i32 %6, 1
	%1659 = add i32 49, %1658
	%1660 = add i32 %311, %1659
	%1661 = icmp slt i32 %1660, %N
	%1662 = select i1 %1661, i32 %1660, i32 0
	%1663 = sitofp i32 %914 to float
	%1664 = sitofp i32 %1662 to float
	%1665 = fcmp ole float %1664, %1663
	%1666 = uitofp i1 %1665 to float
	%1667 = fcmp une float %1666, 0.0
	%1668 = fsub float %1663, %1664
	%1669 = fcmp olt float %1668, 4096.0
	%1670 = uitofp i1 %1669 to float
	%1671 = fcmp une float %1670, 0.0
	%1672 = fcmp olt float %1664, 4.0
	%1673 = uitofp i1 %1672 to float
	%1674 = fcmp une float %1673, 0.0
	%1675 = or i1 %1671, %1674
	%1676 = uitofp i1 %1675 to float
	%1677 = fcmp une float %1676, 0.0
	%1678 = and i1 %1667, %1677
	%1679 = uitofp i1 %1678 to float
	%1680 = fcmp une float %1679, 0.0
	%1681 = and i1 %1661, %1680
	%1682 = select i1 %1681, float %897, float 0xFFF0000000000000
	%1683 = shl i32 %6, 1
	%1684 = add i32 48, %1683
	%1685 = add i32 %311, %1684
	%1686 = icmp slt i32 %1685, %N
	%1687 = select i1 %1686, i32 %1685, i32 0
	%1688 = sitofp i32 %915 to float
	%1689 = sitofp i32 %1687 to float
	%1690 = fcmp ole float %1689, %1688
	%1691 = uitofp i1 %1690 to float
	%1692 = fcmp une float %1691, 0.0
	%1693 = fsub float %1688, %1689
	%1694 = fcmp olt float %1693, 4096.0
	%1695 = uitofp i1 %1694 to float
	%1696 = fcmp une float %1695, 0.0
	%1697 = fcmp olt float %1689, 4.0
	%1698 = uitofp i1 %1697 to float
	%1699 = fcmp une float %1698, 0.0
	%1700 = or i1 %1696, %1699
	%1701 = uitofp i1 %1700 to float
	%1702 = fcmp une float %1701, 0.0
	%1703 = and i1 %1692, %1702
	%1704 = uitofp i1 %1703 to float
	%1705 = fcmp une float %1704, 0.0
	%1706 = and i1 %1686, %1705
	%1707 = select i1 %1706, float %898, float 0xFFF0000000000000
	%1708 = shl i32 %6, 1
	%1709 = add i32 49, %1708
	%1710 = add i32 %311, %1709
	%1711 = icmp slt i32 %1710, %N
	%1712 = select i1 %1711, i32 %1710, i32 0
	%1713 = sitofp i32 %915 to float
	%1714 = sitofp i32 %1712 to float
	%1715 = fcmp ole float %1714, %1713
	%1716 = uitofp i1 %1715 to float
	%1717 = fcmp une float %1716, 0.0
	%1718 = fsub float %1713, %1714
	%1719 = fcmp olt float %1718, 4096.0
	%1720 = uitofp i1 %1719 to float
	%1721 = fcmp une float %1720, 0.0
	%1722 = fcmp olt float %1714, 4.0
	%1723 = uitofp i1 %1722 to float
	%1724 = fcmp une float %1723, 0.0
	%1725 = or i1 %1721, %1724
	%1726 = uitofp i1 %1725 to float
	%1727 = fcmp une float %1726, 0.0
	%1728 = and i1 %1717, %1727
	%1729 = uitofp i1 %1728 to float
	%1730 = fcmp une float %1729, 0.0
	%1731 = and i1 %1711, %1730
	%1732 = select i1 %1731, float %899, float 0xFFF0000000000000
	%1733 = shl i32 %6, 1
	%1734 = add i32 56, %1733
	%1735 = add i32 %311, %1734
	%1736 = icmp slt i32 %1735, %N
	%1737 = select i1 %1736, i32 %1735, i32 0
	%1738 = sitofp i32 %914 to float
	%1739 = sitofp i32 %1737 to float
	%1740 = fcmp ole float %1739, %1738
	%1741 = uitofp i1 %1740 to float
	%1742 = fcmp une float %1741, 0.0
	%1743 = fsub float %1738, %1739
	%1744 = fcmp olt float %1743, 4096.0
	%1745 = uitofp i1 %1744 to float
	%1746 = fcmp une float %1745, 0.0
	%1747 = fcmp olt float %1739, 4.0
	%1748 = uitofp i1 %1747 to float
	%1749 = fcmp une float %1748, 0.0
	%1750 = or i1 %1746, %1749
	%1751 = uitofp i1 %1750 to float
	%1752 = fcmp une float %1751, 0.0
	%1753 = and i1 %1742, %1752
	%1754 = uitofp i1 %1753 to float
	%1755 = fcmp une float %1754, 0.0
	%1756 = and i1 %1736, %1755
	%1757 = select i1 %1756, float %901, float 0xFFF0000000000000
	%1758 = shl i32 %6, 1
	%1759 = add i32 57, %1758
	%1760 = add i32 %311, %1759
	%1761 = icmp slt i32 %1760, %N
	%1762 = select i1 %1761, i32 %1760, i32 0
	%1763 = sitofp i32 %914 to float
	%1764 = sitofp i32 %1762 to float
	%1765 = fcmp ole float %1764, %1763
	%1766 = uitofp i1 %1765 to float
	%1767 = fcmp une float %1766, 0.0
	%1768 = fsub float %1763, %1764
	%1769 = fcmp olt float %1768, 4096.0
	%1770 = uitofp i1 %1769 to float
	%1771 = fcmp une float %1770, 0.0
	%1772 = fcmp olt float %1764, 4.0
	%1773 = uitofp i1 %1772 to float
	%1774 = fcmp une float %1773, 0.0
	%1775 = or i1 %1771, %1774
	%1776 = uitofp i1 %1775 to float
	%1777 = fcmp une float %1776, 0.0
	%1778 = and i1 %1767, %1777
	%1779 = uitofp i1 %1778 to float
	%1780 = fcmp une float %1779, 0.0
	%1781 = and i1 %1761, %1780
	%1782 = select i1 %1781, float %902, float 0xFFF0000000000000
	%1783 = shl i32 %6, 1
	%1784 = add i32 56, %1783
	%1785 = add i32 %311, %1784
	%1786 = icmp slt i32 %1785, %N
	%1787 = select i1 %1786, i32 %1785, i32 0
	%1788 = sitofp i32 %915 to float
	%1789 = sitofp i32 %1787 to float
	%1790 = fcmp ole float %1789, %1788
	%1791 = uitofp i1 %1790 to float
	%1792 = fcmp une float %1791, 0.0
	%1793 = fsub float %1788, %1789
	%1794 = fcmp olt float %1793, 4096.0
	%1795 = uitofp i1 %1794 to float
	%1796 = fcmp une float %1795, 0.0
	%1797 = fcmp olt float %1789, 4.0
	%1798 = uitofp i1 %1797 to float
	%1799 = fcmp une float %1798, 0.0
	%1800 = or i1 %1796, %1799
	%1801 = uitofp i1 %1800 to float
	%1802 = fcmp une float %1801, 0.0
	%1803 = and i1 %1792, %1802
	%1804 = uitofp i1 %1803 to float
	%1805 = fcmp une float %1804, 0.0
	%1806 = and i1 %1786, %1805
	%1807 = select i1 %1806, float %903, float 0xFFF0000000000000
	%1808 = shl i32 %6, 1
	%1809 = add i32 57, %1808
	%1810 = add i32 %311, %1809
	%1811 = icmp slt i32 %1810, %N
	%1812 = select i1 %1811, i32 %1810, i32 0
	%1813 = sitofp i32 %915 to float
	%1814 = sitofp i32 %1812 to float
	%1815 = fcmp ole float %1814, %1813
	%1816 = uitofp i1 %1815 to float
	%1817 = fcmp une float %1816, 0.0
	%1818 = fsub float %1813, %1814
	%1819 = fcmp olt float %1818, 4096.0
	%1820 = uitofp i1 %1819 to float
	%1821 = fcmp une float %1820, 0.0
	%1822 = fcmp olt float %1814, 4.0
	%1823 = uitofp i1 %1822 to float
	%1824 = fcmp une float %1823, 0.0
	%1825 = or i1 %1821, %1824
	%1826 = uitofp i1 %1825 to float
	%1827 = fcmp une float %1826, 0.0
	%1828 = and i1 %1817, %1827
	%1829 = uitofp i1 %1828 to float
	%1830 = fcmp une float %1829, 0.0
	%1831 = and i1 %1811, %1830
	%1832 = select i1 %1831, float %904, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1833 = phi float [ %848, %loop ], [ %1057, %partial ]
	%1834 = phi float [ %849, %loop ], [ %1082, %partial ]
	%1835 = phi float [ %850, %loop ], [ %1107, %partial ]
	%1836 = phi float [ %851, %loop ], [ %1132, %partial ]
	%1837 = phi float [ %853, %loop ], [ %1157, %partial ]
	%1838 = phi float [ %854, %loop ], [ %1182, %partial ]
	%1839 = phi float [ %855, %loop ], [ %1207, %partial ]
	%1840 = phi float [ %856, %loop ], [ %1232, %partial ]
	%1841 = phi float [ %864, %loop ], [ %1257, %partial ]
	%1842 = phi float [ %865, %loop ], [ %1282, %partial ]
	%1843 = phi float [ %866, %loop ], [ %1307, %partial ]
	%1844 = phi float [ %867, %loop ], [ %1332, %partial ]
	%1845 = phi float [ %869, %loop ], [ %1357, %partial ]
	%1846 = phi float [ %870, %loop ], [ %1382, %partial ]
	%1847 = phi float [ %871, %loop ], [ %1407, %partial ]
	%1848 = phi float [ %872, %loop ], [ %1432, %partial ]
	%1849 = phi float [ %880, %loop ], [ %1457, %partial ]
	%1850 = phi float [ %881, %loop ], [ %1482, %partial ]
	%1851 = phi float [ %882, %loop ], [ %1507, %partial ]
	%1852 = phi float [ %883, %loop ], [ %1532, %partial ]
	%1853 = phi float [ %885, %loop ], [ %1557, %partial ]
	%1854 = phi float [ %886, %loop ], [ %1582, %partial ]
	%1855 = phi float [ %887, %loop ], [ %1607, %partial ]
	%1856 = phi float [ %888, %loop ], [ %1632, %partial ]
	%1857 = phi float [ %896, %loop ], [ %1657, %partial ]
	%1858 = phi float [ %897, %loop ], [ %1682, %partial ]
	%1859 = phi float [ %898, %loop ], [ %1707, %partial ]
	%1860 = phi float [ %899, %loop ], [ %1732, %partial ]
	%1861 = phi float [ %901, %loop ], [ %1757, %partial ]
	%1862 = phi float [ %902, %loop ], [ %1782, %partial ]
	%1863 = phi float [ %903, %loop ], [ %1807, %partial ]
	%1864 = phi float [ %904, %loop ], [ %1832, %partial ]
	%1865 = call float @llvm.nvvm.fmax.f(float %1833, float %1834)
	%1866 = call float @llvm.nvvm.fmax.f(float %1837, float %1838)
	%1867 = call float @llvm.nvvm.fmax.f(float %1841, float %1842)
	%1868 = call float @llvm.nvvm.fmax.f(float %1845, float %1846)
	%1869 = call float @llvm.nvvm.fmax.f(float %1849, float %1850)
	%1870 = call float @llvm.nvvm.fmax.f(float %1853, float %1854)
	%1871 = call float @llvm.nvvm.fmax.f(float %1857, float %1858)
	%1872 = call float @llvm.nvvm.fmax.f(float %1861, float %1862)
	%1873 = call float @llvm.nvvm.fmax.f(float %1865, float %1866)
	%1874 = call float @llvm.nvvm.fmax.f(float %1867, float %1868)
	%1875 = call float @llvm.nvvm.fmax.f(float %1869, float %1870)
	%1876 = call float @llvm.nvvm.fmax.f(float %1871, float %1872)
	%1877 = call float @llvm.nvvm.fmax.f(float %1873, float %1874)
	%1878 = call float @llvm.nvvm.fmax.f(float %1875, float %1876)
	%1879 = call float @llvm.nvvm.fmax.f(float %1877, float %1878)
	%1880 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1879, i32 1, i32 31)
	%1881 = call float @llvm.nvvm.fmax.f(float %1879, float %1880)
	%1882 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1881, i32 2, i32 31)
	%1883 = call float @llvm.nvvm.fmax.f(float %1881, float %1882)
	%1884 = fmul float %1883, 0x3FC0527DC0000000
	%1885 = call float @llvm.nvvm.fmax.f(float %307, float %1884)
	%1886 = fadd float %307, 8.0
	%1887 = fcmp ogt float %1885, %1886
	%1888 = or i1 false, %1887
	%1889 = call float @llvm.nvvm.fmax.f(float %1835, float %1836)
	%1890 = call float @llvm.nvvm.fmax.f(float %1839, float %1840)
	%1891 = call float @llvm.nvvm.fmax.f(float %1843, float %1844)
	%1892 = call float @llvm.nvvm.fmax.f(float %1847, float %1848)
	%1893 = call float @llvm.nvvm.fmax.f(float %1851, float %1852)
	%1894 = call float @llvm.nvvm.fmax.f(float %1855, float %1856)
	%1895 = call float @llvm.nvvm.fmax.f(float %1859, float %1860)
	%1896 = call float @llvm.nvvm.fmax.f(float %1863, float %1864)
	%1897 = call float @llvm.nvvm.fmax.f(float %1889, float %1890)
	%1898 = call float @llvm.nvvm.fmax.f(float %1891, float %1892)
	%1899 = call float @llvm.nvvm.fmax.f(float %1893, float %1894)
	%1900 = call float @llvm.nvvm.fmax.f(float %1895, float %1896)
	%1901 = call float @llvm.nvvm.fmax.f(float %1897, float %1898)
	%1902 = call float @llvm.nvvm.fmax.f(float %1899, float %1900)
	%1903 = call float @llvm.nvvm.fmax.f(float %1901, float %1902)
	%1904 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1903, i32 1, i32 31)
	%1905 = call float @llvm.nvvm.fmax.f(float %1903, float %1904)
	%1906 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1905, i32 2, i32 31)
	%1907 = call float @llvm.nvvm.fmax.f(float %1905, float %1906)
	%1908 = fmul float %1907, 0x3FC0527DC0000000
	%1909 = call float @llvm.nvvm.fmax.f(float %309, float %1908)
	%1910 = fadd float %309, 8.0
	%1911 = fcmp ogt float %1909, %1910
	%1912 = or i1 %1888, %1911
	%1913 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1912)
	br i1 %1913, label %1914, label %1989

1914:
	%1915 = fcmp oeq float %1885, 0xFFF0000000000000
	%1916 = select i1 %1915, float 0.0, float %1885
	%1917 = fsub float %307, %1916
	%1918 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1917)
	%1919 = fcmp oeq float %1909, 0xFFF0000000000000
	%1920 = select i1 %1919, float 0.0, float %1909
	%1921 = fsub float %309, %1920
	%1922 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1921)
	%1923 = fmul float %243, %1918
	%1924 = fmul float %244, %1918
	%1925 = fmul float %245, %1922
	%1926 = fmul float %246, %1922
	%1927 = fmul float %247, %1918
	%1928 = fmul float %248, %1918
	%1929 = fmul float %249, %1922
	%1930 = fmul float %250, %1922
	%1931 = fmul float %251, %1918
	%1932 = fmul float %252, %1918
	%1933 = fmul float %253, %1922
	%1934 = fmul float %254, %1922
	%1935 = fmul float %255, %1918
	%1936 = fmul float %256, %1918
	%1937 = fmul float %257, %1922
	%1938 = fmul float %258, %1922
	%1939 = fmul float %259, %1918
	%1940 = fmul float %260, %1918
	%1941 = fmul float %261, %1922
	%1942 = fmul float %262, %1922
	%1943 = fmul float %263, %1918
	%1944 = fmul float %264, %1918
	%1945 = fmul float %265, %1922
	%1946 = fmul float %266, %1922
	%1947 = fmul float %267, %1918
	%1948 = fmul float %268, %1918
	%1949 = fmul float %269, %1922
	%1950 = fmul float %270, %1922
	%1951 = fmul float %271, %1918
	%1952 = fmul float %272, %1918
	%1953 = fmul float %273, %1922
	%1954 = fmul float %274, %1922
	%1955 = fmul float %275, %1918
	%1956 = fmul float %276, %1918
	%1957 = fmul float %277, %1922
	%1958 = fmul float %278, %1922
	%1959 = fmul float %279, %1918
	%1960 = fmul float %280, %1918
	%1961 = fmul float %281, %1922
	%1962 = fmul float %282, %1922
	%1963 = fmul float %283, %1918
	%1964 = fmul float %284, %1918
	%1965 = fmul float %285, %1922
	%1966 = fmul float %286, %1922
	%1967 = fmul float %287, %1918
	%1968 = fmul float %288, %1918
	%1969 = fmul float %289, %1922
	%1970 = fmul float %290, %1922
	%1971 = fmul float %291, %1918
	%1972 = fmul float %292, %1918
	%1973 = fmul float %293, %1922
	%1974 = fmul float %294, %1922
	%1975 = fmul float %295, %1918
	%1976 = fmul float %296, %1918
	%1977 = fmul float %297, %1922
	%1978 = fmul float %298, %1922
	%1979 = fmul float %299, %1918
	%1980 = fmul float %300, %1918
	%1981 = fmul float %301, %1922
	%1982 = fmul float %302, %1922
	%1983 = fmul float %303, %1918
	%1984 = fmul float %304, %1918
	%1985 = fmul float %305, %1922
	%1986 = fmul float %306, %1922
	%1987 = fmul float %308, %1918
	%1988 = fmul float %310, %1922
	br label %1989

1989:
	%1990 = phi float [ %243, %softmax ], [ %1923, %1914 ]
	%1991 = phi float [ %244, %softmax ], [ %1924, %1914 ]
	%1992 = phi float [ %245, %softmax ], [ %1925, %1914 ]
	%1993 = phi float [ %246, %softmax ], [ %1926, %1914 ]
	%1994 = phi float [ %247, %softmax ], [ %1927, %1914 ]
	%1995 = phi float [ %248, %softmax ], [ %1928, %1914 ]
	%1996 = phi float [ %249, %softmax ], [ %1929, %1914 ]
	%1997 = phi float [ %250, %softmax ], [ %1930, %1914 ]
	%1998 = phi float [ %251, %softmax ], [ %1931, %1914 ]
	%1999 = phi float [ %252, %softmax ], [ %1932, %1914 ]
	%2000 = phi float [ %253, %softmax ], [ %1933, %1914 ]
	%2001 = phi float [ %254, %softmax ], [ %1934, %1914 ]
	%2002 = phi float [ %255, %softmax ], [ %1935, %1914 ]
	%2003 = phi float [ %256, %softmax ], [ %1936, %1914 ]
	%2004 = phi float [ %257, %softmax ], [ %1937, %1914 ]
	%2005 = phi float [ %258, %softmax ], [ %1938, %1914 ]
	%2006 = phi float [ %259, %softmax ], [ %1939, %1914 ]
	%2007 = phi float [ %260, %softmax ], [ %1940, %1914 ]
	%2008 = phi float [ %261, %softmax ], [ %1941, %1914 ]
	%2009 = phi float [ %262, %softmax ], [ %1942, %1914 ]
	%2010 = phi float [ %263, %softmax ], [ %1943, %1914 ]
	%2011 = phi float [ %264, %softmax ], [ %1944, %1914 ]
	%2012 = phi float [ %265, %softmax ], [ %1945, %1914 ]
	%2013 = phi float [ %266, %softmax ], [ %1946, %1914 ]
	%2014 = phi float [ %267, %softmax ], [ %1947, %1914 ]
	%2015 = phi float [ %268, %softmax ], [ %1948, %1914 ]
	%2016 = phi float [ %269, %softmax ], [ %1949, %1914 ]
	%2017 = phi float [ %270, %softmax ], [ %1950, %1914 ]
	%2018 = phi float [ %271, %softmax ], [ %1951, %1914 ]
	%2019 = phi float [ %272, %softmax ], [ %1952, %1914 ]
	%2020 = phi float [ %273, %softmax ], [ %1953, %1914 ]
	%2021 = phi float [ %274, %softmax ], [ %1954, %1914 ]
	%2022 = phi float [ %275, %softmax ], [ %1955, %1914 ]
	%2023 = phi float [ %276, %softmax ], [ %1956, %1914 ]
	%2024 = phi float [ %277, %softmax ], [ %1957, %1914 ]
	%2025 = phi float [ %278, %softmax ], [ %1958, %1914 ]
	%2026 = phi float [ %279, %softmax ], [ %1959, %1914 ]
	%2027 = phi float [ %280, %softmax ], [ %1960, %1914 ]
	%2028 = phi float [ %281, %softmax ], [ %1961, %1914 ]
	%2029 = phi float [ %282, %softmax ], [ %1962, %1914 ]
	%2030 = phi float [ %283, %softmax ], [ %1963, %1914 ]
	%2031 = phi float [ %284, %softmax ], [ %1964, %1914 ]
	%2032 = phi float [ %285, %softmax ], [ %1965, %1914 ]
	%2033 = phi float [ %286, %softmax ], [ %1966, %1914 ]
	%2034 = phi float [ %287, %softmax ], [ %1967, %1914 ]
	%2035 = phi float [ %288, %softmax ], [ %1968, %1914 ]
	%2036 = phi float [ %289, %softmax ], [ %1969, %1914 ]
	%2037 = phi float [ %290, %softmax ], [ %1970, %1914 ]
	%2038 = phi float [ %291, %softmax ], [ %1971, %1914 ]
	%2039 = phi float [ %292, %softmax ], [ %1972, %1914 ]
	%2040 = phi float [ %293, %softmax ], [ %1973, %1914 ]
	%2041 = phi float [ %294, %softmax ], [ %1974, %1914 ]
	%2042 = phi float [ %295, %softmax ], [ %1975, %1914 ]
	%2043 = phi float [ %296, %softmax ], [ %1976, %1914 ]
	%2044 = phi float [ %297, %softmax ], [ %1977, %1914 ]
	%2045 = phi float [ %298, %softmax ], [ %1978, %1914 ]
	%2046 = phi float [ %299, %softmax ], [ %1979, %1914 ]
	%2047 = phi float [ %300, %softmax ], [ %1980, %1914 ]
	%2048 = phi float [ %301, %softmax ], [ %1981, %1914 ]
	%2049 = phi float [ %302, %softmax ], [ %1982, %1914 ]
	%2050 = phi float [ %303, %softmax ], [ %1983, %1914 ]
	%2051 = phi float [ %304, %softmax ], [ %1984, %1914 ]
	%2052 = phi float [ %305, %softmax ], [ %1985, %1914 ]
	%2053 = phi float [ %306, %softmax ], [ %1986, %1914 ]
	%2054 = phi float [ %308, %softmax ], [ %1987, %1914 ]
	%2055 = phi float [ %310, %softmax ], [ %1988, %1914 ]
	%2056 = select i1 %1913, float %1885, float %307
	%2057 = fcmp oeq float %2056, 0xFFF0000000000000
	%2058 = select i1 %2057, float 0.0, float %2056
	%2059 = fneg float %2058
	%2060 = call float @llvm.fma.f32(float %1833, float 0x3FC0527DC0000000, float %2059)
	%2061 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2060)
	%2062 = call float @llvm.fma.f32(float %1834, float 0x3FC0527DC0000000, float %2059)
	%2063 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2062)
	%2064 = call float @llvm.fma.f32(float %1837, float 0x3FC0527DC0000000, float %2059)
	%2065 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2064)
	%2066 = call float @llvm.fma.f32(float %1838, float 0x3FC0527DC0000000, float %2059)
	%2067 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2066)
	%2068 = call float @llvm.fma.f32(float %1841, float 0x3FC0527DC0000000, float %2059)
	%2069 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2068)
	%2070 = call float @llvm.fma.f32(float %1842, float 0x3FC0527DC0000000, float %2059)
	%2071 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2070)
	%2072 = call float @llvm.fma.f32(float %1845, float 0x3FC0527DC0000000, float %2059)
	%2073 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2072)
	%2074 = call float @llvm.fma.f32(float %1846, float 0x3FC0527DC0000000, float %2059)
	%2075 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2074)
	%2076 = call float @llvm.fma.f32(float %1849, float 0x3FC0527DC0000000, float %2059)
	%2077 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2076)
	%2078 = call float @llvm.fma.f32(float %1850, float 0x3FC0527DC0000000, float %2059)
	%2079 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2078)
	%2080 = call float @llvm.fma.f32(float %1853, float 0x3FC0527DC0000000, float %2059)
	%2081 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2080)
	%2082 = call float @llvm.fma.f32(float %1854, float 0x3FC0527DC0000000, float %2059)
	%2083 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2082)
	%2084 = call float @llvm.fma.f32(float %1857, float 0x3FC0527DC0000000, float %2059)
	%2085 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2084)
	%2086 = call float @llvm.fma.f32(float %1858, float 0x3FC0527DC0000000, float %2059)
	%2087 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2086)
	%2088 = call float @llvm.fma.f32(float %1861, float 0x3FC0527DC0000000, float %2059)
	%2089 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2088)
	%2090 = call float @llvm.fma.f32(float %1862, float 0x3FC0527DC0000000, float %2059)
	%2091 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2090)
	%2092 = fadd float %2061, %2063
	%2093 = fadd float %2065, %2067
	%2094 = fadd float %2069, %2071
	%2095 = fadd float %2073, %2075
	%2096 = fadd float %2077, %2079
	%2097 = fadd float %2081, %2083
	%2098 = fadd float %2085, %2087
	%2099 = fadd float %2089, %2091
	%2100 = fadd float %2092, %2093
	%2101 = fadd float %2094, %2095
	%2102 = fadd float %2096, %2097
	%2103 = fadd float %2098, %2099
	%2104 = fadd float %2100, %2101
	%2105 = fadd float %2102, %2103
	%2106 = fadd float %2104, %2105
	%2107 = fadd float %2054, %2106
	%2108 = select i1 %1913, float %1909, float %309
	%2109 = fcmp oeq float %2108, 0xFFF0000000000000
	%2110 = select i1 %2109, float 0.0, float %2108
	%2111 = fneg float %2110
	%2112 = call float @llvm.fma.f32(float %1835, float 0x3FC0527DC0000000, float %2111)
	%2113 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2112)
	%2114 = call float @llvm.fma.f32(float %1836, float 0x3FC0527DC0000000, float %2111)
	%2115 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2114)
	%2116 = call float @llvm.fma.f32(float %1839, float 0x3FC0527DC0000000, float %2111)
	%2117 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2116)
	%2118 = call float @llvm.fma.f32(float %1840, float 0x3FC0527DC0000000, float %2111)
	%2119 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2118)
	%2120 = call float @llvm.fma.f32(float %1843, float 0x3FC0527DC0000000, float %2111)
	%2121 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2120)
	%2122 = call float @llvm.fma.f32(float %1844, float 0x3FC0527DC0000000, float %2111)
	%2123 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2122)
	%2124 = call float @llvm.fma.f32(float %1847, float 0x3FC0527DC0000000, float %2111)
	%2125 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2124)
	%2126 = call float @llvm.fma.f32(float %1848, float 0x3FC0527DC0000000, float %2111)
	%2127 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2126)
	%2128 = call float @llvm.fma.f32(float %1851, float 0x3FC0527DC0000000, float %2111)
	%2129 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2128)
	%2130 = call float @llvm.fma.f32(float %1852, float 0x3FC0527DC0000000, float %2111)
	%2131 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2130)
	%2132 = call float @llvm.fma.f32(float %1855, float 0x3FC0527DC0000000, float %2111)
	%2133 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2132)
	%2134 = call float @llvm.fma.f32(float %1856, float 0x3FC0527DC0000000, float %2111)
	%2135 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2134)
	%2136 = call float @llvm.fma.f32(float %1859, float 0x3FC0527DC0000000, float %2111)
	%2137 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2136)
	%2138 = call float @llvm.fma.f32(float %1860, float 0x3FC0527DC0000000, float %2111)
	%2139 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2138)
	%2140 = call float @llvm.fma.f32(float %1863, float 0x3FC0527DC0000000, float %2111)
	%2141 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2140)
	%2142 = call float @llvm.fma.f32(float %1864, float 0x3FC0527DC0000000, float %2111)
	%2143 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2142)
	%2144 = fadd float %2113, %2115
	%2145 = fadd float %2117, %2119
	%2146 = fadd float %2121, %2123
	%2147 = fadd float %2125, %2127
	%2148 = fadd float %2129, %2131
	%2149 = fadd float %2133, %2135
	%2150 = fadd float %2137, %2139
	%2151 = fadd float %2141, %2143
	%2152 = fadd float %2144, %2145
	%2153 = fadd float %2146, %2147
	%2154 = fadd float %2148, %2149
	%2155 = fadd float %2150, %2151
	%2156 = fadd float %2152, %2153
	%2157 = fadd float %2154, %2155
	%2158 = fadd float %2156, %2157
	%2159 = fadd float %2055, %2158
	%2160 = add i32 %241, 1
	%2161 = icmp slt i32 %2160, %NK
	%2162 = select i1 %2161, i32 %2160, i32 0
	%2163 = add i32 %41, %2162
	%2164 = sext i32 %2163 to i64
	%2165 = getelementptr i32, i32* %list, i64 %2164
	%2166 = load i32, i32* %2165
	%2167 = select i1 %2161, i32 %2166, i32 -1
	%2168 = icmp sge i32 %2167, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %2168, label %prefetch, label %pv

prefetch:
	%2169 = mul i32 %2167, 64
	%2170 = lshr i32 %2, 4
	%2171 = and i32 %2, 15
	%2172 = and i32 %2170, 7
	%2173 = xor i32 %2171, %2172
	%2174 = mul i32 %2170, 16
	%2175 = add i32 %2174, %2173
	%2176 = shl i32 %2175, 4
	%2177 = add i32 %0, %2176
	%2178 = add i32 %2169, %2170
	%2179 = mul i32 %2178, 128
	%2180 = mul i32 %2171, 8
	%2181 = add i32 %2179, %2180
	%2182 = sext i32 %2181 to i64
	%2183 = getelementptr i16, i16* %32, i64 %2182
	%2184 = add i32 %2178, 0
	%2185 = icmp slt i32 %2184, %N
	%2186 = getelementptr i16, i16* %2183, i64 0
	%2187 = select i1 %2185, i16* %2186, i16* %32
	%2188 = add i32 %2177, 0
	%2189 = select i1 %2185, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2188, i16* %2187, i32 %2189)
	%2190 = add i32 %2178, 8
	%2191 = icmp slt i32 %2190, %N
	%2192 = getelementptr i16, i16* %2183, i64 1024
	%2193 = select i1 %2191, i16* %2192, i16* %32
	%2194 = add i32 %2177, 2048
	%2195 = select i1 %2191, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2194, i16* %2193, i32 %2195)
	%2196 = add i32 %2178, 16
	%2197 = icmp slt i32 %2196, %N
	%2198 = getelementptr i16, i16* %2183, i64 2048
	%2199 = select i1 %2197, i16* %2198, i16* %32
	%2200 = add i32 %2177, u0x1000
	%2201 = select i1 %2197, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2200, i16* %2199, i32 %2201)
	%2202 = add i32 %2178, 24
	%2203 = icmp slt i32 %2202, %N
	%2204 = getelementptr i16, i16* %2183, i64 3072
	%2205 = select i1 %2203, i16* %2204, i16* %32
	%2206 = add i32 %2177, 6144
	%2207 = select i1 %2203, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2206, i16* %2205, i32 %2207)
	%2208 = add i32 %2178, 32
	%2209 = icmp slt i32 %2208, %N
	%2210 = getelementptr i16, i16* %2183, i64 u0x1000
	%2211 = select i1 %2209, i16* %2210, i16* %32
	%2212 = add i32 %2177, u0x2000
	%2213 = select i1 %2209, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2212, i16* %2211, i32 %2213)
	%2214 = add i32 %2178, 40
	%2215 = icmp slt i32 %2214, %N
	%2216 = getelementptr i16, i16* %2183, i64 5120
	%2217 = select i1 %2215, i16* %2216, i16* %32
	%2218 = add i32 %2177, 10240
	%2219 = select i1 %2215, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2218, i16* %2217, i32 %2219)
	%2220 = add i32 %2178, 48
	%2221 = icmp slt i32 %2220, %N
	%2222 = getelementptr i16, i16* %2183, i64 6144
	%2223 = select i1 %2221, i16* %2222, i16* %32
	%2224 = add i32 %2177, 12288
	%2225 = select i1 %2221, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2224, i16* %2223, i32 %2225)
	%2226 = add i32 %2178, 56
	%2227 = icmp slt i32 %2226, %N
	%2228 = getelementptr i16, i16* %2183, i64 7168
	%2229 = select i1 %2227, i16* %2228, i16* %32
	%2230 = add i32 %2177, 14336
	%2231 = select i1 %2227, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2230, i16* %2229, i32 %2231)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%2232 = and i32 %4, 7
	%2233 = lshr i32 %4, 3
	%2234 = and i32 %2233, 1
	%2235 = shl i32 %2234, 3
	%2236 = add i32 %2232, %2235
	%2237 = mul i32 %2236, 256
	%2238 = add i32 %1, %2237
	%2239 = and i32 %4, 7
	%2240 = xor i32 %120, %2239
	%2241 = shl i32 %2240, 4
	%2242 = add i32 %2238, %2241
	%2243 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2063, float %2061)
	%2244 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2115, float %2113)
	%2245 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2067, float %2065)
	%2246 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2119, float %2117)
	%2247 = xor i32 %2242, 0
	%2248 = add i32 %2247, 0
	%2249 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2248)
	%2250 = extractvalue { i32, i32, i32, i32 } %2249, 0
	%2251 = extractvalue { i32, i32, i32, i32 } %2249, 1
	%2252 = extractvalue { i32, i32, i32, i32 } %2249, 2
	%2253 = extractvalue { i32, i32, i32, i32 } %2249, 3
	%2254 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2250, i32 %2251, float %1990, float %1991, float %1992, float %1993)
	%2255 = extractvalue { float, float, float, float } %2254, 0
	%2256 = extractvalue { float, float, float, float } %2254, 1
	%2257 = extractvalue { float, float, float, float } %2254, 2
	%2258 = extractvalue { float, float, float, float } %2254, 3
	%2259 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2252, i32 %2253, float %1994, float %1995, float %1996, float %1997)
	%2260 = extractvalue { float, float, float, float } %2259, 0
	%2261 = extractvalue { float, float, float, float } %2259, 1
	%2262 = extractvalue { float, float, float, float } %2259, 2
	%2263 = extractvalue { float, float, float, float } %2259, 3
	%2264 = xor i32 %2242, 32
	%2265 = add i32 %2264, 0
	%2266 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2265)
	%2267 = extractvalue { i32, i32, i32, i32 } %2266, 0
	%2268 = extractvalue { i32, i32, i32, i32 } %2266, 1
	%2269 = extractvalue { i32, i32, i32, i32 } %2266, 2
	%2270 = extractvalue { i32, i32, i32, i32 } %2266, 3
	%2271 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2267, i32 %2268, float %1998, float %1999, float %2000, float %2001)
	%2272 = extractvalue { float, float, float, float } %2271, 0
	%2273 = extractvalue { float, float, float, float } %2271, 1
	%2274 = extractvalue { float, float, float, float } %2271, 2
	%2275 = extractvalue { float, float, float, float } %2271, 3
	%2276 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2269, i32 %2270, float %2002, float %2003, float %2004, float %2005)
	%2277 = extractvalue { float, float, float, float } %2276, 0
	%2278 = extractvalue { float, float, float, float } %2276, 1
	%2279 = extractvalue { float, float, float, float } %2276, 2
	%2280 = extractvalue { float, float, float, float } %2276, 3
	%2281 = xor i32 %2242, 64
	%2282 = add i32 %2281, 0
	%2283 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2282)
	%2284 = extractvalue { i32, i32, i32, i32 } %2283, 0
	%2285 = extractvalue { i32, i32, i32, i32 } %2283, 1
	%2286 = extractvalue { i32, i32, i32, i32 } %2283, 2
	%2287 = extractvalue { i32, i32, i32, i32 } %2283, 3
	%2288 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2284, i32 %2285, float %2006, float %2007, float %2008, float %2009)
	%2289 = extractvalue { float, float, float, float } %2288, 0
	%2290 = extractvalue { float, float, float, float } %2288, 1
	%2291 = extractvalue { float, float, float, float } %2288, 2
	%2292 = extractvalue { float, float, float, float } %2288, 3
	%2293 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2286, i32 %2287, float %2010, float %2011, float %2012, float %2013)
	%2294 = extractvalue { float, float, float, float } %2293, 0
	%2295 = extractvalue { float, float, float, float } %2293, 1
	%2296 = extractvalue { float, float, float, float } %2293, 2
	%2297 = extractvalue { float, float, float, float } %2293, 3
	%2298 = xor i32 %2242, 96
	%2299 = add i32 %2298, 0
	%2300 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2299)
	%2301 = extractvalue { i32, i32, i32, i32 } %2300, 0
	%2302 = extractvalue { i32, i32, i32, i32 } %2300, 1
	%2303 = extractvalue { i32, i32, i32, i32 } %2300, 2
	%2304 = extractvalue { i32, i32, i32, i32 } %2300, 3
	%2305 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2301, i32 %2302, float %2014, float %2015, float %2016, float %2017)
	%2306 = extractvalue { float, float, float, float } %2305, 0
	%2307 = extractvalue { float, float, float, float } %2305, 1
	%2308 = extractvalue { float, float, float, float } %2305, 2
	%2309 = extractvalue { float, float, float, float } %2305, 3
	%2310 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2303, i32 %2304, float %2018, float %2019, float %2020, float %2021)
	%2311 = extractvalue { float, float, float, float } %2310, 0
	%2312 = extractvalue { float, float, float, float } %2310, 1
	%2313 = extractvalue { float, float, float, float } %2310, 2
	%2314 = extractvalue { float, float, float, float } %2310, 3
	%2315 = xor i32 %2242, 128
	%2316 = add i32 %2315, 0
	%2317 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2316)
	%2318 = extractvalue { i32, i32, i32, i32 } %2317, 0
	%2319 = extractvalue { i32, i32, i32, i32 } %2317, 1
	%2320 = extractvalue { i32, i32, i32, i32 } %2317, 2
	%2321 = extractvalue { i32, i32, i32, i32 } %2317, 3
	%2322 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2318, i32 %2319, float %2022, float %2023, float %2024, float %2025)
	%2323 = extractvalue { float, float, float, float } %2322, 0
	%2324 = extractvalue { float, float, float, float } %2322, 1
	%2325 = extractvalue { float, float, float, float } %2322, 2
	%2326 = extractvalue { float, float, float, float } %2322, 3
	%2327 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2320, i32 %2321, float %2026, float %2027, float %2028, float %2029)
	%2328 = extractvalue { float, float, float, float } %2327, 0
	%2329 = extractvalue { float, float, float, float } %2327, 1
	%2330 = extractvalue { float, float, float, float } %2327, 2
	%2331 = extractvalue { float, float, float, float } %2327, 3
	%2332 = xor i32 %2242, 160
	%2333 = add i32 %2332, 0
	%2334 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2333)
	%2335 = extractvalue { i32, i32, i32, i32 } %2334, 0
	%2336 = extractvalue { i32, i32, i32, i32 } %2334, 1
	%2337 = extractvalue { i32, i32, i32, i32 } %2334, 2
	%2338 = extractvalue { i32, i32, i32, i32 } %2334, 3
	%2339 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2335, i32 %2336, float %2030, float %2031, float %2032, float %2033)
	%2340 = extractvalue { float, float, float, float } %2339, 0
	%2341 = extractvalue { float, float, float, float } %2339, 1
	%2342 = extractvalue { float, float, float, float } %2339, 2
	%2343 = extractvalue { float, float, float, float } %2339, 3
	%2344 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2337, i32 %2338, float %2034, float %2035, float %2036, float %2037)
	%2345 = extractvalue { float, float, float, float } %2344, 0
	%2346 = extractvalue { float, float, float, float } %2344, 1
	%2347 = extractvalue { float, float, float, float } %2344, 2
	%2348 = extractvalue { float, float, float, float } %2344, 3
	%2349 = xor i32 %2242, 192
	%2350 = add i32 %2349, 0
	%2351 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2350)
	%2352 = extractvalue { i32, i32, i32, i32 } %2351, 0
	%2353 = extractvalue { i32, i32, i32, i32 } %2351, 1
	%2354 = extractvalue { i32, i32, i32, i32 } %2351, 2
	%2355 = extractvalue { i32, i32, i32, i32 } %2351, 3
	%2356 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2352, i32 %2353, float %2038, float %2039, float %2040, float %2041)
	%2357 = extractvalue { float, float, float, float } %2356, 0
	%2358 = extractvalue { float, float, float, float } %2356, 1
	%2359 = extractvalue { float, float, float, float } %2356, 2
	%2360 = extractvalue { float, float, float, float } %2356, 3
	%2361 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2354, i32 %2355, float %2042, float %2043, float %2044, float %2045)
	%2362 = extractvalue { float, float, float, float } %2361, 0
	%2363 = extractvalue { float, float, float, float } %2361, 1
	%2364 = extractvalue { float, float, float, float } %2361, 2
	%2365 = extractvalue { float, float, float, float } %2361, 3
	%2366 = xor i32 %2242, 224
	%2367 = add i32 %2366, 0
	%2368 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2367)
	%2369 = extractvalue { i32, i32, i32, i32 } %2368, 0
	%2370 = extractvalue { i32, i32, i32, i32 } %2368, 1
	%2371 = extractvalue { i32, i32, i32, i32 } %2368, 2
	%2372 = extractvalue { i32, i32, i32, i32 } %2368, 3
	%2373 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2369, i32 %2370, float %2046, float %2047, float %2048, float %2049)
	%2374 = extractvalue { float, float, float, float } %2373, 0
	%2375 = extractvalue { float, float, float, float } %2373, 1
	%2376 = extractvalue { float, float, float, float } %2373, 2
	%2377 = extractvalue { float, float, float, float } %2373, 3
	%2378 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2243, i32 %2244, i32 %2245, i32 %2246, i32 %2371, i32 %2372, float %2050, float %2051, float %2052, float %2053)
	%2379 = extractvalue { float, float, float, float } %2378, 0
	%2380 = extractvalue { float, float, float, float } %2378, 1
	%2381 = extractvalue { float, float, float, float } %2378, 2
	%2382 = extractvalue { float, float, float, float } %2378, 3
	%2383 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2071, float %2069)
	%2384 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2123, float %2121)
	%2385 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2075, float %2073)
	%2386 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2127, float %2125)
	%2387 = xor i32 %2242, 0
	%2388 = add i32 %2387, u0x1000
	%2389 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2388)
	%2390 = extractvalue { i32, i32, i32, i32 } %2389, 0
	%2391 = extractvalue { i32, i32, i32, i32 } %2389, 1
	%2392 = extractvalue { i32, i32, i32, i32 } %2389, 2
	%2393 = extractvalue { i32, i32, i32, i32 } %2389, 3
	%2394 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2390, i32 %2391, float %2255, float %2256, float %2257, float %2258)
	%2395 = extractvalue { float, float, float, float } %2394, 0
	%2396 = extractvalue { float, float, float, float } %2394, 1
	%2397 = extractvalue { float, float, float, float } %2394, 2
	%2398 = extractvalue { float, float, float, float } %2394, 3
	%2399 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2392, i32 %2393, float %2260, float %2261, float %2262, float %2263)
	%2400 = extractvalue { float, float, float, float } %2399, 0
	%2401 = extractvalue { float, float, float, float } %2399, 1
	%2402 = extractvalue { float, float, float, float } %2399, 2
	%2403 = extractvalue { float, float, float, float } %2399, 3
	%2404 = xor i32 %2242, 32
	%2405 = add i32 %2404, u0x1000
	%2406 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2405)
	%2407 = extractvalue { i32, i32, i32, i32 } %2406, 0
	%2408 = extractvalue { i32, i32, i32, i32 } %2406, 1
	%2409 = extractvalue { i32, i32, i32, i32 } %2406, 2
	%2410 = extractvalue { i32, i32, i32, i32 } %2406, 3
	%2411 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2407, i32 %2408, float %2272, float %2273, float %2274, float %2275)
	%2412 = extractvalue { float, float, float, float } %2411, 0
	%2413 = extractvalue { float, float, float, float } %2411, 1
	%2414 = extractvalue { float, float, float, float } %2411, 2
	%2415 = extractvalue { float, float, float, float } %2411, 3
	%2416 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2409, i32 %2410, float %2277, float %2278, float %2279, float %2280)
	%2417 = extractvalue { float, float, float, float } %2416, 0
	%2418 = extractvalue { float, float, float, float } %2416, 1
	%2419 = extractvalue { float, float, float, float } %2416, 2
	%2420 = extractvalue { float, float, float, float } %2416, 3
	%2421 = xor i32 %2242, 64
	%2422 = add i32 %2421, u0x1000
	%2423 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2422)
	%2424 = extractvalue { i32, i32, i32, i32 } %2423, 0
	%2425 = extractvalue { i32, i32, i32, i32 } %2423, 1
	%2426 = extractvalue { i32, i32, i32, i32 } %2423, 2
	%2427 = extractvalue { i32, i32, i32, i32 } %2423, 3
	%2428 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2424, i32 %2425, float %2289, float %2290, float %2291, float %2292)
	%2429 = extractvalue { float, float, float, float } %2428, 0
	%2430 = extractvalue { float, float, float, float } %2428, 1
	%2431 = extractvalue { float, float, float, float } %2428, 2
	%2432 = extractvalue { float, float, float, float } %2428, 3
	%2433 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2426, i32 %2427, float %2294, float %2295, float %2296, float %2297)
	%2434 = extractvalue { float, float, float, float } %2433, 0
	%2435 = extractvalue { float, float, float, float } %2433, 1
	%2436 = extractvalue { float, float, float, float } %2433, 2
	%2437 = extractvalue { float, float, float, float } %2433, 3
	%2438 = xor i32 %2242, 96
	%2439 = add i32 %2438, u0x1000
	%2440 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2439)
	%2441 = extractvalue { i32, i32, i32, i32 } %2440, 0
	%2442 = extractvalue { i32, i32, i32, i32 } %2440, 1
	%2443 = extractvalue { i32, i32, i32, i32 } %2440, 2
	%2444 = extractvalue { i32, i32, i32, i32 } %2440, 3
	%2445 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2441, i32 %2442, float %2306, float %2307, float %2308, float %2309)
	%2446 = extractvalue { float, float, float, float } %2445, 0
	%2447 = extractvalue { float, float, float, float } %2445, 1
	%2448 = extractvalue { float, float, float, float } %2445, 2
	%2449 = extractvalue { float, float, float, float } %2445, 3
	%2450 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2443, i32 %2444, float %2311, float %2312, float %2313, float %2314)
	%2451 = extractvalue { float, float, float, float } %2450, 0
	%2452 = extractvalue { float, float, float, float } %2450, 1
	%2453 = extractvalue { float, float, float, float } %2450, 2
	%2454 = extractvalue { float, float, float, float } %2450, 3
	%2455 = xor i32 %2242, 128
	%2456 = add i32 %2455, u0x1000
	%2457 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2456)
	%2458 = extractvalue { i32, i32, i32, i32 } %2457, 0
	%2459 = extractvalue { i32, i32, i32, i32 } %2457, 1
	%2460 = extractvalue { i32, i32, i32, i32 } %2457, 2
	%2461 = extractvalue { i32, i32, i32, i32 } %2457, 3
	%2462 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2458, i32 %2459, float %2323, float %2324, float %2325, float %2326)
	%2463 = extractvalue { float, float, float, float } %2462, 0
	%2464 = extractvalue { float, float, float, float } %2462, 1
	%2465 = extractvalue { float, float, float, float } %2462, 2
	%2466 = extractvalue { float, float, float, float } %2462, 3
	%2467 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2460, i32 %2461, float %2328, float %2329, float %2330, float %2331)
	%2468 = extractvalue { float, float, float, float } %2467, 0
	%2469 = extractvalue { float, float, float, float } %2467, 1
	%2470 = extractvalue { float, float, float, float } %2467, 2
	%2471 = extractvalue { float, float, float, float } %2467, 3
	%2472 = xor i32 %2242, 160
	%2473 = add i32 %2472, u0x1000
	%2474 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2473)
	%2475 = extractvalue { i32, i32, i32, i32 } %2474, 0
	%2476 = extractvalue { i32, i32, i32, i32 } %2474, 1
	%2477 = extractvalue { i32, i32, i32, i32 } %2474, 2
	%2478 = extractvalue { i32, i32, i32, i32 } %2474, 3
	%2479 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2475, i32 %2476, float %2340, float %2341, float %2342, float %2343)
	%2480 = extractvalue { float, float, float, float } %2479, 0
	%2481 = extractvalue { float, float, float, float } %2479, 1
	%2482 = extractvalue { float, float, float, float } %2479, 2
	%2483 = extractvalue { float, float, float, float } %2479, 3
	%2484 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2477, i32 %2478, float %2345, float %2346, float %2347, float %2348)
	%2485 = extractvalue { float, float, float, float } %2484, 0
	%2486 = extractvalue { float, float, float, float } %2484, 1
	%2487 = extractvalue { float, float, float, float } %2484, 2
	%2488 = extractvalue { float, float, float, float } %2484, 3
	%2489 = xor i32 %2242, 192
	%2490 = add i32 %2489, u0x1000
	%2491 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2490)
	%2492 = extractvalue { i32, i32, i32, i32 } %2491, 0
	%2493 = extractvalue { i32, i32, i32, i32 } %2491, 1
	%2494 = extractvalue { i32, i32, i32, i32 } %2491, 2
	%2495 = extractvalue { i32, i32, i32, i32 } %2491, 3
	%2496 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2492, i32 %2493, float %2357, float %2358, float %2359, float %2360)
	%2497 = extractvalue { float, float, float, float } %2496, 0
	%2498 = extractvalue { float, float, float, float } %2496, 1
	%2499 = extractvalue { float, float, float, float } %2496, 2
	%2500 = extractvalue { float, float, float, float } %2496, 3
	%2501 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2494, i32 %2495, float %2362, float %2363, float %2364, float %2365)
	%2502 = extractvalue { float, float, float, float } %2501, 0
	%2503 = extractvalue { float, float, float, float } %2501, 1
	%2504 = extractvalue { float, float, float, float } %2501, 2
	%2505 = extractvalue { float, float, float, float } %2501, 3
	%2506 = xor i32 %2242, 224
	%2507 = add i32 %2506, u0x1000
	%2508 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2507)
	%2509 = extractvalue { i32, i32, i32, i32 } %2508, 0
	%2510 = extractvalue { i32, i32, i32, i32 } %2508, 1
	%2511 = extractvalue { i32, i32, i32, i32 } %2508, 2
	%2512 = extractvalue { i32, i32, i32, i32 } %2508, 3
	%2513 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2509, i32 %2510, float %2374, float %2375, float %2376, float %2377)
	%2514 = extractvalue { float, float, float, float } %2513, 0
	%2515 = extractvalue { float, float, float, float } %2513, 1
	%2516 = extractvalue { float, float, float, float } %2513, 2
	%2517 = extractvalue { float, float, float, float } %2513, 3
	%2518 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2383, i32 %2384, i32 %2385, i32 %2386, i32 %2511, i32 %2512, float %2379, float %2380, float %2381, float %2382)
	%2519 = extractvalue { float, float, float, float } %2518, 0
	%2520 = extractvalue { float, float, float, float } %2518, 1
	%2521 = extractvalue { float, float, float, float } %2518, 2
	%2522 = extractvalue { float, float, float, float } %2518, 3
	%2523 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2079, float %2077)
	%2524 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2131, float %2129)
	%2525 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2083, float %2081)
	%2526 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2135, float %2133)
	%2527 = xor i32 %2242, 0
	%2528 = add i32 %2527, u0x2000
	%2529 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2528)
	%2530 = extractvalue { i32, i32, i32, i32 } %2529, 0
	%2531 = extractvalue { i32, i32, i32, i32 } %2529, 1
	%2532 = extractvalue { i32, i32, i32, i32 } %2529, 2
	%2533 = extractvalue { i32, i32, i32, i32 } %2529, 3
	%2534 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2530, i32 %2531, float %2395, float %2396, float %2397, float %2398)
	%2535 = extractvalue { float, float, float, float } %2534, 0
	%2536 = extractvalue { float, float, float, float } %2534, 1
	%2537 = extractvalue { float, float, float, float } %2534, 2
	%2538 = extractvalue { float, float, float, float } %2534, 3
	%2539 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2532, i32 %2533, float %2400, float %2401, float %2402, float %2403)
	%2540 = extractvalue { float, float, float, float } %2539, 0
	%2541 = extractvalue { float, float, float, float } %2539, 1
	%2542 = extractvalue { float, float, float, float } %2539, 2
	%2543 = extractvalue { float, float, float, float } %2539, 3
	%2544 = xor i32 %2242, 32
	%2545 = add i32 %2544, u0x2000
	%2546 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2545)
	%2547 = extractvalue { i32, i32, i32, i32 } %2546, 0
	%2548 = extractvalue { i32, i32, i32, i32 } %2546, 1
	%2549 = extractvalue { i32, i32, i32, i32 } %2546, 2
	%2550 = extractvalue { i32, i32, i32, i32 } %2546, 3
	%2551 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2547, i32 %2548, float %2412, float %2413, float %2414, float %2415)
	%2552 = extractvalue { float, float, float, float } %2551, 0
	%2553 = extractvalue { float, float, float, float } %2551, 1
	%2554 = extractvalue { float, float, float, float } %2551, 2
	%2555 = extractvalue { float, float, float, float } %2551, 3
	%2556 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2549, i32 %2550, float %2417, float %2418, float %2419, float %2420)
	%2557 = extractvalue { float, float, float, float } %2556, 0
	%2558 = extractvalue { float, float, float, float } %2556, 1
	%2559 = extractvalue { float, float, float, float } %2556, 2
	%2560 = extractvalue { float, float, float, float } %2556, 3
	%2561 = xor i32 %2242, 64
	%2562 = add i32 %2561, u0x2000
	%2563 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2562)
	%2564 = extractvalue { i32, i32, i32, i32 } %2563, 0
	%2565 = extractvalue { i32, i32, i32, i32 } %2563, 1
	%2566 = extractvalue { i32, i32, i32, i32 } %2563, 2
	%2567 = extractvalue { i32, i32, i32, i32 } %2563, 3
	%2568 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2564, i32 %2565, float %2429, float %2430, float %2431, float %2432)
	%2569 = extractvalue { float, float, float, float } %2568, 0
	%2570 = extractvalue { float, float, float, float } %2568, 1
	%2571 = extractvalue { float, float, float, float } %2568, 2
	%2572 = extractvalue { float, float, float, float } %2568, 3
	%2573 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2566, i32 %2567, float %2434, float %2435, float %2436, float %2437)
	%2574 = extractvalue { float, float, float, float } %2573, 0
	%2575 = extractvalue { float, float, float, float } %2573, 1
	%2576 = extractvalue { float, float, float, float } %2573, 2
	%2577 = extractvalue { float, float, float, float } %2573, 3
	%2578 = xor i32 %2242, 96
	%2579 = add i32 %2578, u0x2000
	%2580 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2579)
	%2581 = extractvalue { i32, i32, i32, i32 } %2580, 0
	%2582 = extractvalue { i32, i32, i32, i32 } %2580, 1
	%2583 = extractvalue { i32, i32, i32, i32 } %2580, 2
	%2584 = extractvalue { i32, i32, i32, i32 } %2580, 3
	%2585 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2581, i32 %2582, float %2446, float %2447, float %2448, float %2449)
	%2586 = extractvalue { float, float, float, float } %2585, 0
	%2587 = extractvalue { float, float, float, float } %2585, 1
	%2588 = extractvalue { float, float, float, float } %2585, 2
	%2589 = extractvalue { float, float, float, float } %2585, 3
	%2590 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2583, i32 %2584, float %2451, float %2452, float %2453, float %2454)
	%2591 = extractvalue { float, float, float, float } %2590, 0
	%2592 = extractvalue { float, float, float, float } %2590, 1
	%2593 = extractvalue { float, float, float, float } %2590, 2
	%2594 = extractvalue { float, float, float, float } %2590, 3
	%2595 = xor i32 %2242, 128
	%2596 = add i32 %2595, u0x2000
	%2597 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2596)
	%2598 = extractvalue { i32, i32, i32, i32 } %2597, 0
	%2599 = extractvalue { i32, i32, i32, i32 } %2597, 1
	%2600 = extractvalue { i32, i32, i32, i32 } %2597, 2
	%2601 = extractvalue { i32, i32, i32, i32 } %2597, 3
	%2602 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2598, i32 %2599, float %2463, float %2464, float %2465, float %2466)
	%2603 = extractvalue { float, float, float, float } %2602, 0
	%2604 = extractvalue { float, float, float, float } %2602, 1
	%2605 = extractvalue { float, float, float, float } %2602, 2
	%2606 = extractvalue { float, float, float, float } %2602, 3
	%2607 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2600, i32 %2601, float %2468, float %2469, float %2470, float %2471)
	%2608 = extractvalue { float, float, float, float } %2607, 0
	%2609 = extractvalue { float, float, float, float } %2607, 1
	%2610 = extractvalue { float, float, float, float } %2607, 2
	%2611 = extractvalue { float, float, float, float } %2607, 3
	%2612 = xor i32 %2242, 160
	%2613 = add i32 %2612, u0x2000
	%2614 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2613)
	%2615 = extractvalue { i32, i32, i32, i32 } %2614, 0
	%2616 = extractvalue { i32, i32, i32, i32 } %2614, 1
	%2617 = extractvalue { i32, i32, i32, i32 } %2614, 2
	%2618 = extractvalue { i32, i32, i32, i32 } %2614, 3
	%2619 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2615, i32 %2616, float %2480, float %2481, float %2482, float %2483)
	%2620 = extractvalue { float, float, float, float } %2619, 0
	%2621 = extractvalue { float, float, float, float } %2619, 1
	%2622 = extractvalue { float, float, float, float } %2619, 2
	%2623 = extractvalue { float, float, float, float } %2619, 3
	%2624 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2617, i32 %2618, float %2485, float %2486, float %2487, float %2488)
	%2625 = extractvalue { float, float, float, float } %2624, 0
	%2626 = extractvalue { float, float, float, float } %2624, 1
	%2627 = extractvalue { float, float, float, float } %2624, 2
	%2628 = extractvalue { float, float, float, float } %2624, 3
	%2629 = xor i32 %2242, 192
	%2630 = add i32 %2629, u0x2000
	%2631 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2630)
	%2632 = extractvalue { i32, i32, i32, i32 } %2631, 0
	%2633 = extractvalue { i32, i32, i32, i32 } %2631, 1
	%2634 = extractvalue { i32, i32, i32, i32 } %2631, 2
	%2635 = extractvalue { i32, i32, i32, i32 } %2631, 3
	%2636 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2632, i32 %2633, float %2497, float %2498, float %2499, float %2500)
	%2637 = extractvalue { float, float, float, float } %2636, 0
	%2638 = extractvalue { float, float, float, float } %2636, 1
	%2639 = extractvalue { float, float, float, float } %2636, 2
	%2640 = extractvalue { float, float, float, float } %2636, 3
	%2641 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2634, i32 %2635, float %2502, float %2503, float %2504, float %2505)
	%2642 = extractvalue { float, float, float, float } %2641, 0
	%2643 = extractvalue { float, float, float, float } %2641, 1
	%2644 = extractvalue { float, float, float, float } %2641, 2
	%2645 = extractvalue { float, float, float, float } %2641, 3
	%2646 = xor i32 %2242, 224
	%2647 = add i32 %2646, u0x2000
	%2648 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2647)
	%2649 = extractvalue { i32, i32, i32, i32 } %2648, 0
	%2650 = extractvalue { i32, i32, i32, i32 } %2648, 1
	%2651 = extractvalue { i32, i32, i32, i32 } %2648, 2
	%2652 = extractvalue { i32, i32, i32, i32 } %2648, 3
	%2653 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2649, i32 %2650, float %2514, float %2515, float %2516, float %2517)
	%2654 = extractvalue { float, float, float, float } %2653, 0
	%2655 = extractvalue { float, float, float, float } %2653, 1
	%2656 = extractvalue { float, float, float, float } %2653, 2
	%2657 = extractvalue { float, float, float, float } %2653, 3
	%2658 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2523, i32 %2524, i32 %2525, i32 %2526, i32 %2651, i32 %2652, float %2519, float %2520, float %2521, float %2522)
	%2659 = extractvalue { float, float, float, float } %2658, 0
	%2660 = extractvalue { float, float, float, float } %2658, 1
	%2661 = extractvalue { float, float, float, float } %2658, 2
	%2662 = extractvalue { float, float, float, float } %2658, 3
	%2663 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2087, float %2085)
	%2664 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2139, float %2137)
	%2665 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2091, float %2089)
	%2666 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2143, float %2141)
	%2667 = xor i32 %2242, 0
	%2668 = add i32 %2667, 12288
	%2669 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2668)
	%2670 = extractvalue { i32, i32, i32, i32 } %2669, 0
	%2671 = extractvalue { i32, i32, i32, i32 } %2669, 1
	%2672 = extractvalue { i32, i32, i32, i32 } %2669, 2
	%2673 = extractvalue { i32, i32, i32, i32 } %2669, 3
	%2674 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2670, i32 %2671, float %2535, float %2536, float %2537, float %2538)
	%2675 = extractvalue { float, float, float, float } %2674, 0
	%2676 = extractvalue { float, float, float, float } %2674, 1
	%2677 = extractvalue { float, float, float, float } %2674, 2
	%2678 = extractvalue { float, float, float, float } %2674, 3
	%2679 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2672, i32 %2673, float %2540, float %2541, float %2542, float %2543)
	%2680 = extractvalue { float, float, float, float } %2679, 0
	%2681 = extractvalue { float, float, float, float } %2679, 1
	%2682 = extractvalue { float, float, float, float } %2679, 2
	%2683 = extractvalue { float, float, float, float } %2679, 3
	%2684 = xor i32 %2242, 32
	%2685 = add i32 %2684, 12288
	%2686 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2685)
	%2687 = extractvalue { i32, i32, i32, i32 } %2686, 0
	%2688 = extractvalue { i32, i32, i32, i32 } %2686, 1
	%2689 = extractvalue { i32, i32, i32, i32 } %2686, 2
	%2690 = extractvalue { i32, i32, i32, i32 } %2686, 3
	%2691 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2687, i32 %2688, float %2552, float %2553, float %2554, float %2555)
	%2692 = extractvalue { float, float, float, float } %2691, 0
	%2693 = extractvalue { float, float, float, float } %2691, 1
	%2694 = extractvalue { float, float, float, float } %2691, 2
	%2695 = extractvalue { float, float, float, float } %2691, 3
	%2696 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2689, i32 %2690, float %2557, float %2558, float %2559, float %2560)
	%2697 = extractvalue { float, float, float, float } %2696, 0
	%2698 = extractvalue { float, float, float, float } %2696, 1
	%2699 = extractvalue { float, float, float, float } %2696, 2
	%2700 = extractvalue { float, float, float, float } %2696, 3
	%2701 = xor i32 %2242, 64
	%2702 = add i32 %2701, 12288
	%2703 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2702)
	%2704 = extractvalue { i32, i32, i32, i32 } %2703, 0
	%2705 = extractvalue { i32, i32, i32, i32 } %2703, 1
	%2706 = extractvalue { i32, i32, i32, i32 } %2703, 2
	%2707 = extractvalue { i32, i32, i32, i32 } %2703, 3
	%2708 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2704, i32 %2705, float %2569, float %2570, float %2571, float %2572)
	%2709 = extractvalue { float, float, float, float } %2708, 0
	%2710 = extractvalue { float, float, float, float } %2708, 1
	%2711 = extractvalue { float, float, float, float } %2708, 2
	%2712 = extractvalue { float, float, float, float } %2708, 3
	%2713 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2706, i32 %2707, float %2574, float %2575, float %2576, float %2577)
	%2714 = extractvalue { float, float, float, float } %2713, 0
	%2715 = extractvalue { float, float, float, float } %2713, 1
	%2716 = extractvalue { float, float, float, float } %2713, 2
	%2717 = extractvalue { float, float, float, float } %2713, 3
	%2718 = xor i32 %2242, 96
	%2719 = add i32 %2718, 12288
	%2720 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2719)
	%2721 = extractvalue { i32, i32, i32, i32 } %2720, 0
	%2722 = extractvalue { i32, i32, i32, i32 } %2720, 1
	%2723 = extractvalue { i32, i32, i32, i32 } %2720, 2
	%2724 = extractvalue { i32, i32, i32, i32 } %2720, 3
	%2725 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2721, i32 %2722, float %2586, float %2587, float %2588, float %2589)
	%2726 = extractvalue { float, float, float, float } %2725, 0
	%2727 = extractvalue { float, float, float, float } %2725, 1
	%2728 = extractvalue { float, float, float, float } %2725, 2
	%2729 = extractvalue { float, float, float, float } %2725, 3
	%2730 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2723, i32 %2724, float %2591, float %2592, float %2593, float %2594)
	%2731 = extractvalue { float, float, float, float } %2730, 0
	%2732 = extractvalue { float, float, float, float } %2730, 1
	%2733 = extractvalue { float, float, float, float } %2730, 2
	%2734 = extractvalue { float, float, float, float } %2730, 3
	%2735 = xor i32 %2242, 128
	%2736 = add i32 %2735, 12288
	%2737 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2736)
	%2738 = extractvalue { i32, i32, i32, i32 } %2737, 0
	%2739 = extractvalue { i32, i32, i32, i32 } %2737, 1
	%2740 = extractvalue { i32, i32, i32, i32 } %2737, 2
	%2741 = extractvalue { i32, i32, i32, i32 } %2737, 3
	%2742 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2738, i32 %2739, float %2603, float %2604, float %2605, float %2606)
	%2743 = extractvalue { float, float, float, float } %2742, 0
	%2744 = extractvalue { float, float, float, float } %2742, 1
	%2745 = extractvalue { float, float, float, float } %2742, 2
	%2746 = extractvalue { float, float, float, float } %2742, 3
	%2747 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2740, i32 %2741, float %2608, float %2609, float %2610, float %2611)
	%2748 = extractvalue { float, float, float, float } %2747, 0
	%2749 = extractvalue { float, float, float, float } %2747, 1
	%2750 = extractvalue { float, float, float, float } %2747, 2
	%2751 = extractvalue { float, float, float, float } %2747, 3
	%2752 = xor i32 %2242, 160
	%2753 = add i32 %2752, 12288
	%2754 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2753)
	%2755 = extractvalue { i32, i32, i32, i32 } %2754, 0
	%2756 = extractvalue { i32, i32, i32, i32 } %2754, 1
	%2757 = extractvalue { i32, i32, i32, i32 } %2754, 2
	%2758 = extractvalue { i32, i32, i32, i32 } %2754, 3
	%2759 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2755, i32 %2756, float %2620, float %2621, float %2622, float %2623)
	%2760 = extractvalue { float, float, float, float } %2759, 0
	%2761 = extractvalue { float, float, float, float } %2759, 1
	%2762 = extractvalue { float, float, float, float } %2759, 2
	%2763 = extractvalue { float, float, float, float } %2759, 3
	%2764 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2757, i32 %2758, float %2625, float %2626, float %2627, float %2628)
	%2765 = extractvalue { float, float, float, float } %2764, 0
	%2766 = extractvalue { float, float, float, float } %2764, 1
	%2767 = extractvalue { float, float, float, float } %2764, 2
	%2768 = extractvalue { float, float, float, float } %2764, 3
	%2769 = xor i32 %2242, 192
	%2770 = add i32 %2769, 12288
	%2771 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2770)
	%2772 = extractvalue { i32, i32, i32, i32 } %2771, 0
	%2773 = extractvalue { i32, i32, i32, i32 } %2771, 1
	%2774 = extractvalue { i32, i32, i32, i32 } %2771, 2
	%2775 = extractvalue { i32, i32, i32, i32 } %2771, 3
	%2776 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2772, i32 %2773, float %2637, float %2638, float %2639, float %2640)
	%2777 = extractvalue { float, float, float, float } %2776, 0
	%2778 = extractvalue { float, float, float, float } %2776, 1
	%2779 = extractvalue { float, float, float, float } %2776, 2
	%2780 = extractvalue { float, float, float, float } %2776, 3
	%2781 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2774, i32 %2775, float %2642, float %2643, float %2644, float %2645)
	%2782 = extractvalue { float, float, float, float } %2781, 0
	%2783 = extractvalue { float, float, float, float } %2781, 1
	%2784 = extractvalue { float, float, float, float } %2781, 2
	%2785 = extractvalue { float, float, float, float } %2781, 3
	%2786 = xor i32 %2242, 224
	%2787 = add i32 %2786, 12288
	%2788 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2787)
	%2789 = extractvalue { i32, i32, i32, i32 } %2788, 0
	%2790 = extractvalue { i32, i32, i32, i32 } %2788, 1
	%2791 = extractvalue { i32, i32, i32, i32 } %2788, 2
	%2792 = extractvalue { i32, i32, i32, i32 } %2788, 3
	%2793 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2789, i32 %2790, float %2654, float %2655, float %2656, float %2657)
	%2794 = extractvalue { float, float, float, float } %2793, 0
	%2795 = extractvalue { float, float, float, float } %2793, 1
	%2796 = extractvalue { float, float, float, float } %2793, 2
	%2797 = extractvalue { float, float, float, float } %2793, 3
	%2798 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2663, i32 %2664, i32 %2665, i32 %2666, i32 %2791, i32 %2792, float %2659, float %2660, float %2661, float %2662)
	%2799 = extractvalue { float, float, float, float } %2798, 0
	%2800 = extractvalue { float, float, float, float } %2798, 1
	%2801 = extractvalue { float, float, float, float } %2798, 2
	%2802 = extractvalue { float, float, float, float } %2798, 3
	br i1 %2168, label %loop, label %epilogue

store0:
	%2803 = mul i32 %22, %M
	%2804 = add i32 %2803, %999
	%2805 = mul i32 %2804, 128
	%2806 = shl i32 %6, 1
	%2807 = add i32 0, %2806
	%2808 = add i32 %2805, %2807
	%2809 = sext i32 %2808 to i64
	%2810 = getelementptr i16, i16* %out, i64 %2809
	%2811 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1001, float %1000)
	%2812 = bitcast i16* %2810 to i32*
	store i32 %2811, i32* %2812
	%2813 = shl i32 %6, 1
	%2814 = add i32 8, %2813
	%2815 = add i32 %2805, %2814
	%2816 = sext i32 %2815 to i64
	%2817 = getelementptr i16, i16* %out, i64 %2816
	%2818 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1003, float %1002)
	%2819 = bitcast i16* %2817 to i32*
	store i32 %2818, i32* %2819
	%2820 = shl i32 %6, 1
	%2821 = add i32 16, %2820
	%2822 = add i32 %2805, %2821
	%2823 = sext i32 %2822 to i64
	%2824 = getelementptr i16, i16* %out, i64 %2823
	%2825 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1005, float %1004)
	%2826 = bitcast i16* %2824 to i32*
	store i32 %2825, i32* %2826
	%2827 = shl i32 %6, 1
	%2828 = add i32 24, %2827
	%2829 = add i32 %2805, %2828
	%2830 = sext i32 %2829 to i64
	%2831 = getelementptr i16, i16* %out, i64 %2830
	%2832 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1007, float %1006)
	%2833 = bitcast i16* %2831 to i32*
	store i32 %2832, i32* %2833
	%2834 = shl i32 %6, 1
	%2835 = add i32 32, %2834
	%2836 = add i32 %2805, %2835
	%2837 = sext i32 %2836 to i64
	%2838 = getelementptr i16, i16* %out, i64 %2837
	%2839 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1009, float %1008)
	%2840 = bitcast i16* %2838 to i32*
	store i32 %2839, i32* %2840
	%2841 = shl i32 %6, 1
	%2842 = add i32 40, %2841
	%2843 = add i32 %2805, %2842
	%2844 = sext i32 %2843 to i64
	%2845 = getelementptr i16, i16* %out, i64 %2844
	%2846 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1011, float %1010)
	%2847 = bitcast i16* %2845 to i32*
	store i32 %2846, i32* %2847
	%2848 = shl i32 %6, 1
	%2849 = add i32 48, %2848
	%2850 = add i32 %2805, %2849
	%2851 = sext i32 %2850 to i64
	%2852 = getelementptr i16, i16* %out, i64 %2851
	%2853 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1013, float %1012)
	%2854 = bitcast i16* %2852 to i32*
	store i32 %2853, i32* %2854
	%2855 = shl i32 %6, 1
	%2856 = add i32 56, %2855
	%2857 = add i32 %2805, %2856
	%2858 = sext i32 %2857 to i64
	%2859 = getelementptr i16, i16* %out, i64 %2858
	%2860 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1015, float %1014)
	%2861 = bitcast i16* %2859 to i32*
	store i32 %2860, i32* %2861
	%2862 = shl i32 %6, 1
	%2863 = add i32 64, %2862
	%2864 = add i32 %2805, %2863
	%2865 = sext i32 %2864 to i64
	%2866 = getelementptr i16, i16* %out, i64 %2865
	%2867 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1017, float %1016)
	%2868 = bitcast i16* %2866 to i32*
	store i32 %2867, i32* %2868
	%2869 = shl i32 %6, 1
	%2870 = add i32 72, %2869
	%2871 = add i32 %2805, %2870
	%2872 = sext i32 %2871 to i64
	%2873 = getelementptr i16, i16* %out, i64 %2872
	%2874 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1019, float %1018)
	%2875 = bitcast i16* %2873 to i32*
	store i32 %2874, i32* %2875
	%2876 = shl i32 %6, 1
	%2877 = add i32 80, %2876
	%2878 = add i32 %2805, %2877
	%2879 = sext i32 %2878 to i64
	%2880 = getelementptr i16, i16* %out, i64 %2879
	%2881 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1021, float %1020)
	%2882 = bitcast i16* %2880 to i32*
	store i32 %2881, i32* %2882
	%2883 = shl i32 %6, 1
	%2884 = add i32 88, %2883
	%2885 = add i32 %2805, %2884
	%2886 = sext i32 %2885 to i64
	%2887 = getelementptr i16, i16* %out, i64 %2886
	%2888 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1023, float %1022)
	%2889 = bitcast i16* %2887 to i32*
	store i32 %2888, i32* %2889
	%2890 = shl i32 %6, 1
	%2891 = add i32 96, %2890
	%2892 = add i32 %2805, %2891
	%2893 = sext i32 %2892 to i64
	%2894 = getelementptr i16, i16* %out, i64 %2893
	%2895 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1025, float %1024)
	%2896 = bitcast i16* %2894 to i32*
	store i32 %2895, i32* %2896
	%2897 = shl i32 %6, 1
	%2898 = add i32 104, %2897
	%2899 = add i32 %2805, %2898
	%2900 = sext i32 %2899 to i64
	%2901 = getelementptr i16, i16* %out, i64 %2900
	%2902 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1027, float %1026)
	%2903 = bitcast i16* %2901 to i32*
	store i32 %2902, i32* %2903
	%2904 = shl i32 %6, 1
	%2905 = add i32 112, %2904
	%2906 = add i32 %2805, %2905
	%2907 = sext i32 %2906 to i64
	%2908 = getelementptr i16, i16* %out, i64 %2907
	%2909 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1029, float %1028)
	%2910 = bitcast i16* %2908 to i32*
	store i32 %2909, i32* %2910
	%2911 = shl i32 %6, 1
	%2912 = add i32 120, %2911
	%2913 = add i32 %2805, %2912
	%2914 = sext i32 %2913 to i64
	%2915 = getelementptr i16, i16* %out, i64 %2914
	%2916 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1031, float %1030)
	%2917 = bitcast i16* %2915 to i32*
	store i32 %2916, i32* %2917
	br label %stored0

stored0:
	%2918 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %923, i32 1, i32 31)
	%2919 = fadd float %923, %2918
	%2920 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2919, i32 2, i32 31)
	%2921 = fadd float %2919, %2920
	%2922 = fcmp ogt float %2921, 0.0
	%2923 = fdiv float 1.0, %2921
	%2924 = select i1 %2922, float %2923, float 0.0
	%2925 = mul i32 %3, 16
	%2926 = add i32 %24, %2925
	%2927 = add i32 %5, 8
	%2928 = add i32 %2926, %2927
	%2929 = fmul float %927, %2924
	%2930 = fmul float %928, %2924
	%2931 = fmul float %931, %2924
	%2932 = fmul float %932, %2924
	%2933 = fmul float %935, %2924
	%2934 = fmul float %936, %2924
	%2935 = fmul float %939, %2924
	%2936 = fmul float %940, %2924
	%2937 = fmul float %943, %2924
	%2938 = fmul float %944, %2924
	%2939 = fmul float %947, %2924
	%2940 = fmul float %948, %2924
	%2941 = fmul float %951, %2924
	%2942 = fmul float %952, %2924
	%2943 = fmul float %955, %2924
	%2944 = fmul float %956, %2924
	%2945 = fmul float %959, %2924
	%2946 = fmul float %960, %2924
	%2947 = fmul float %963, %2924
	%2948 = fmul float %964, %2924
	%2949 = fmul float %967, %2924
	%2950 = fmul float %968, %2924
	%2951 = fmul float %971, %2924
	%2952 = fmul float %972, %2924
	%2953 = fmul float %975, %2924
	%2954 = fmul float %976, %2924
	%2955 = fmul float %979, %2924
	%2956 = fmul float %980, %2924
	%2957 = fmul float %983, %2924
	%2958 = fmul float %984, %2924
	%2959 = fmul float %987, %2924
	%2960 = fmul float %988, %2924
	%2961 = icmp slt i32 %2928, %M
	br i1 %2961, label %store1, label %stored1

store1:
	%2962 = mul i32 %22, %M
	%2963 = add i32 %2962, %2928
	%2964 = mul i32 %2963, 128
	%2965 = shl i32 %6, 1
	%2966 = add i32 0, %2965
	%2967 = add i32 %2964, %2966
	%2968 = sext i32 %2967 to i64
	%2969 = getelementptr i16, i16* %out, i64 %2968
	%2970 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2930, float %2929)
	%2971 = bitcast i16* %2969 to i32*
	store i32 %2970, i32* %2971
	%2972 = shl i32 %6, 1
	%2973 = add i32 8, %2972
	%2974 = add i32 %2964, %2973
	%2975 = sext i32 %2974 to i64
	%2976 = getelementptr i16, i16* %out, i64 %2975
	%2977 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2932, float %2931)
	%2978 = bitcast i16* %2976 to i32*
	store i32 %2977, i32* %2978
	%2979 = shl i32 %6, 1
	%2980 = add i32 16, %2979
	%2981 = add i32 %2964, %2980
	%2982 = sext i32 %2981 to i64
	%2983 = getelementptr i16, i16* %out, i64 %2982
	%2984 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2934, float %2933)
	%2985 = bitcast i16* %2983 to i32*
	store i32 %2984, i32* %2985
	%2986 = shl i32 %6, 1
	%2987 = add i32 24, %2986
	%2988 = add i32 %2964, %2987
	%2989 = sext i32 %2988 to i64
	%2990 = getelementptr i16, i16* %out, i64 %2989
	%2991 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2936, float %2935)
	%2992 = bitcast i16* %2990 to i32*
	store i32 %2991, i32* %2992
	%2993 = shl i32 %6, 1
	%2994 = add i32 32, %2993
	%2995 = add i32 %2964, %2994
	%2996 = sext i32 %2995 to i64
	%2997 = getelementptr i16, i16* %out, i64 %2996
	%2998 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2938, float %2937)
	%2999 = bitcast i16* %2997 to i32*
	store i32 %2998, i32* %2999
	%3000 = shl i32 %6, 1
	%3001 = add i32 40, %3000
	%3002 = add i32 %2964, %3001
	%3003 = sext i32 %3002 to i64
	%3004 = getelementptr i16, i16* %out, i64 %3003
	%3005 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2940, float %2939)
	%3006 = bitcast i16* %3004 to i32*
	store i32 %3005, i32* %3006
	%3007 = shl i32 %6, 1
	%3008 = add i32 48, %3007
	%3009 = add i32 %2964, %3008
	%3010 = sext i32 %3009 to i64
	%3011 = getelementptr i16, i16* %out, i64 %3010
	%3012 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2942, float %2941)
	%3013 = bitcast i16* %3011 to i32*
	store i32 %3012, i32* %3013
	%3014 = shl i32 %6, 1
	%3015 = add i32 56, %3014
	%3016 = add i32 %2964, %3015
	%3017 = sext i32 %3016 to i64
	%3018 = getelementptr i16, i16* %out, i64 %3017
	%3019 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2944, float %2943)
	%3020 = bitcast i16* %3018 to i32*
	store i32 %3019, i32* %3020
	%3021 = shl i32 %6, 1
	%3022 = add i32 64, %3021
	%3023 = add i32 %2964, %3022
	%3024 = sext i32 %3023 to i64
	%3025 = getelementptr i16, i16* %out, i64 %3024
	%3026 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2946, float %2945)
	%3027 = bitcast i16* %3025 to i32*
	store i32 %3026, i32* %3027
	%3028 = shl i32 %6, 1
	%3029 = add i32 72, %3028
	%3030 = add i32 %2964, %3029
	%3031 = sext i32 %3030 to i64
	%3032 = getelementptr i16, i16* %out, i64 %3031
	%3033 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2948, float %2947)
	%3034 = bitcast i16* %3032 to i32*
	store i32 %3033, i32* %3034
	%3035 = shl i32 %6, 1
	%3036 = add i32 80, %3035
	%3037 = add i32 %2964, %3036
	%3038 = sext i32 %3037 to i64
	%3039 = getelementptr i16, i16* %out, i64 %3038
	%3040 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2950, float %2949)
	%3041 = bitcast i16* %3039 to i32*
	store i32 %3040, i32* %3041
	%3042 = shl i32 %6, 1
	%3043 = add i32 88, %3042
	%3044 = add i32 %2964, %3043
	%3045 = sext i32 %3044 to i64
	%3046 = getelementptr i16, i16* %out, i64 %3045
	%3047 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2952, float %2951)
	%3048 = bitcast i16* %3046 to i32*
	store i32 %3047, i32* %3048
	%3049 = shl i32 %6, 1
	%3050 = add i32 96, %3049
	%3051 = add i32 %2964, %3050
	%3052 = sext i32 %3051 to i64
	%3053 = getelementptr i16, i16* %out, i64 %3052
	%3054 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2954, float %2953)
	%3055 = bitcast i16* %3053 to i32*
	store i32 %3054, i32* %3055
	%3056 = shl i32 %6, 1
	%3057 = add i32 104, %3056
	%3058 = add i32 %2964, %3057
	%3059 = sext i32 %3058 to i64
	%3060 = getelementptr i16, i16* %out, i64 %3059
	%3061 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2956, float %2955)
	%3062 = bitcast i16* %3060 to i32*
	store i32 %3061, i32* %3062
	%3063 = shl i32 %6, 1
	%3064 = add i32 112, %3063
	%3065 = add i32 %2964, %3064
	%3066 = sext i32 %3065 to i64
	%3067 = getelementptr i16, i16* %out, i64 %3066
	%3068 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2958, float %2957)
	%3069 = bitcast i16* %3067 to i32*
	store i32 %3068, i32* %3069
	%3070 = shl i32 %6, 1
	%3071 = add i32 120, %3070
	%3072 = add i32 %2964, %3071
	%3073 = sext i32 %3072 to i64
	%3074 = getelementptr i16, i16* %out, i64 %3073
	%3075 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2960, float %2959)
	%3076 = bitcast i16* %3074 to i32*
	store i32 %3075, i32* %3076
	br label %stored1

stored1:
	ret void
}
