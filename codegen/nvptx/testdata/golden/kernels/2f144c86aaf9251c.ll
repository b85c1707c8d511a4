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
	%53 = icmp slt i32 1, %NK
	%54 = and i1 %52, %53
	%55 = select i1 %54, i32 1, i32 0
	%56 = add i32 %41, %55
	%57 = sext i32 %56 to i64
	%58 = getelementptr i32, i32* %list, i64 %57
	%59 = load i32, i32* %58
	%60 = select i1 %54, i32 %59, i32 -1
	%61 = icmp sge i32 %49, 0
	%62 = icmp slt i32 %49, %NK
	%63 = and i1 %61, %62
	%64 = select i1 %63, i32 %49, i32 0
	%65 = add i32 %45, %64
	%66 = sext i32 %65 to i64
	%67 = getelementptr i8, i8* %cls, i64 %66
	%68 = load i8, i8* %67
	%69 = lshr i32 %2, 4
	%70 = and i32 %2, 15
	%71 = and i32 %69, 7
	%72 = xor i32 %70, %71
	%73 = mul i32 %69, 16
	%74 = add i32 %73, %72
	%75 = shl i32 %74, 4
	%76 = add i32 %0, %75
	%77 = add i32 %24, %69
	%78 = mul i32 %77, 128
	%79 = mul i32 %70, 8
	%80 = add i32 %78, %79
	%81 = sext i32 %80 to i64
	%82 = getelementptr i16, i16* %28, i64 %81
	%83 = add i32 %77, 0
	%84 = icmp slt i32 %83, %M
	%85 = getelementptr i16, i16* %82, i64 0
	%86 = select i1 %84, i16* %85, i16* %28
	%87 = add i32 %76, 0
	%88 = select i1 %84, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %87, i16* %86, i32 %88)
	%89 = add i32 %77, 8
	%90 = icmp slt i32 %89, %M
	%91 = getelementptr i16, i16* %82, i64 1024
	%92 = select i1 %90, i16* %91, i16* %28
	%93 = add i32 %76, 2048
	%94 = select i1 %90, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %93, i16* %92, i32 %94)
	%95 = add i32 %77, 16
	%96 = icmp slt i32 %95, %M
	%97 = getelementptr i16, i16* %82, i64 2048
	%98 = select i1 %96, i16* %97, i16* %28
	%99 = add i32 %76, u0x1000
	%100 = select i1 %96, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %99, i16* %98, i32 %100)
	%101 = add i32 %77, 24
	%102 = icmp slt i32 %101, %M
	%103 = getelementptr i16, i16* %82, i64 3072
	%104 = select i1 %102, i16* %103, i16* %28
	%105 = add i32 %76, 6144
	%106 = select i1 %102, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %105, i16* %104, i32 %106)
	%107 = add i32 %77, 32
	%108 = icmp slt i32 %107, %M
	%109 = getelementptr i16, i16* %82, i64 u0x1000
	%110 = select i1 %108, i16* %109, i16* %28
	%111 = add i32 %76, u0x2000
	%112 = select i1 %108, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %111, i16* %110, i32 %112)
	%113 = add i32 %77, 40
	%114 = icmp slt i32 %113, %M
	%115 = getelementptr i16, i16* %82, i64 5120
	%116 = select i1 %114, i16* %115, i16* %28
	%117 = add i32 %76, 10240
	%118 = select i1 %114, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %117, i16* %116, i32 %118)
	%119 = add i32 %77, 48
	%120 = icmp slt i32 %119, %M
	%121 = getelementptr i16, i16* %82, i64 6144
	%122 = select i1 %120, i16* %121, i16* %28
	%123 = add i32 %76, 12288
	%124 = select i1 %120, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %123, i16* %122, i32 %124)
	%125 = add i32 %77, 56
	%126 = icmp slt i32 %125, %M
	%127 = getelementptr i16, i16* %82, i64 7168
	%128 = select i1 %126, i16* %127, i16* %28
	%129 = add i32 %76, 14336
	%130 = select i1 %126, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %129, i16* %128, i32 %130)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %52, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%131 = and i32 %4, 7
	%132 = lshr i32 %4, 3
	%133 = and i32 %132, 1
	%134 = shl i32 %133, 3
	%135 = add i32 %131, %134
	%136 = lshr i32 %4, 4
	%137 = mul i32 %3, 16
	%138 = add i32 %135, 0
	%139 = add i32 %137, %138
	%140 = mul i32 %139, 256
	%141 = add i32 %0, %140
	%142 = and i32 %4, 7
	%143 = xor i32 %136, %142
	%144 = shl i32 %143, 4
	%145 = add i32 %141, %144
	%146 = xor i32 %145, 0
	%147 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %146)
	%148 = extractvalue { i32, i32, i32, i32 } %147, 0
	%149 = extractvalue { i32, i32, i32, i32 } %147, 1
	%150 = extractvalue { i32, i32, i32, i32 } %147, 2
	%151 = extractvalue { i32, i32, i32, i32 } %147, 3
	%152 = xor i32 %145, 32
	%153 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %152)
	%154 = extractvalue { i32, i32, i32, i32 } %153, 0
	%155 = extractvalue { i32, i32, i32, i32 } %153, 1
	%156 = extractvalue { i32, i32, i32, i32 } %153, 2
	%157 = extractvalue { i32, i32, i32, i32 } %153, 3
	%158 = xor i32 %145, 64
	%159 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %158)
	%160 = extractvalue { i32, i32, i32, i32 } %159, 0
	%161 = extractvalue { i32, i32, i32, i32 } %159, 1
	%162 = extractvalue { i32, i32, i32, i32 } %159, 2
	%163 = extractvalue { i32, i32, i32, i32 } %159, 3
	%164 = xor i32 %145, 96
	%165 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %164)
	%166 = extractvalue { i32, i32, i32, i32 } %165, 0
	%167 = extractvalue { i32, i32, i32, i32 } %165, 1
	%168 = extractvalue { i32, i32, i32, i32 } %165, 2
	%169 = extractvalue { i32, i32, i32, i32 } %165, 3
	%170 = xor i32 %145, 128
	%171 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %170)
	%172 = extractvalue { i32, i32, i32, i32 } %171, 0
	%173 = extractvalue { i32, i32, i32, i32 } %171, 1
	%174 = extractvalue { i32, i32, i32, i32 } %171, 2
	%175 = extractvalue { i32, i32, i32, i32 } %171, 3
	%176 = xor i32 %145, 160
	%177 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %176)
	%178 = extractvalue { i32, i32, i32, i32 } %177, 0
	%179 = extractvalue { i32, i32, i32, i32 } %177, 1
	%180 = extractvalue { i32, i32, i32, i32 } %177, 2
	%181 = extractvalue { i32, i32, i32, i32 } %177, 3
	%182 = xor i32 %145, 192
	%183 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %182)
	%184 = extractvalue { i32, i32, i32, i32 } %183, 0
	%185 = extractvalue { i32, i32, i32, i32 } %183, 1
	%186 = extractvalue { i32, i32, i32, i32 } %183, 2
	%187 = extractvalue { i32, i32, i32, i32 } %183, 3
	%188 = xor i32 %145, 224
	%189 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %188)
	%190 = extractvalue { i32, i32, i32, i32 } %189, 0
	%191 = extractvalue { i32, i32, i32, i32 } %189, 1
	%192 = extractvalue { i32, i32, i32, i32 } %189, 2
	%193 = extractvalue { i32, i32, i32, i32 } %189, 3
	call void @llvm.nvvm.barrier0()
	%194 = mul i32 %49, 64
	%195 = lshr i32 %2, 4
	%196 = and i32 %2, 15
	%197 = and i32 %195, 7
	%198 = xor i32 %196, %197
	%199 = mul i32 %195, 16
	%200 = add i32 %199, %198
	%201 = shl i32 %200, 4
	%202 = add i32 %0, %201
	%203 = add i32 %194, %195
	%204 = mul i32 %203, 128
	%205 = mul i32 %196, 8
	%206 = add i32 %204, %205
	%207 = sext i32 %206 to i64
	%208 = getelementptr i16, i16* %32, i64 %207
	%209 = add i32 %203, 0
	%210 = icmp slt i32 %209, %N
	%211 = getelementptr i16, i16* %208, i64 0
	%212 = select i1 %210, i16* %211, i16* %32
	%213 = add i32 %202, 0
	%214 = select i1 %210, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %213, i16* %212, i32 %214)
	%215 = add i32 %203, 8
	%216 = icmp slt i32 %215, %N
	%217 = getelementptr i16, i16* %208, i64 1024
	%218 = select i1 %216, i16* %217, i16* %32
	%219 = add i32 %202, 2048
	%220 = select i1 %216, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %219, i16* %218, i32 %220)
	%221 = add i32 %203, 16
	%222 = icmp slt i32 %221, %N
	%223 = getelementptr i16, i16* %208, i64 2048
	%224 = select i1 %222, i16* %223, i16* %32
	%225 = add i32 %202, u0x1000
	%226 = select i1 %222, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %225, i16* %224, i32 %226)
	%227 = add i32 %203, 24
	%228 = icmp slt i32 %227, %N
	%229 = getelementptr i16, i16* %208, i64 3072
	%230 = select i1 %228, i16* %229, i16* %32
	%231 = add i32 %202, 6144
	%232 = select i1 %228, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %231, i16* %230, i32 %232)
	%233 = add i32 %203, 32
	%234 = icmp slt i32 %233, %N
	%235 = getelementptr i16, i16* %208, i64 u0x1000
	%236 = select i1 %234, i16* %235, i16* %32
	%237 = add i32 %202, u0x2000
	%238 = select i1 %234, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %237, i16* %236, i32 %238)
	%239 = add i32 %203, 40
	%240 = icmp slt i32 %239, %N
	%241 = getelementptr i16, i16* %208, i64 5120
	%242 = select i1 %240, i16* %241, i16* %32
	%243 = add i32 %202, 10240
	%244 = select i1 %240, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %243, i16* %242, i32 %244)
	%245 = add i32 %203, 48
	%246 = icmp slt i32 %245, %N
	%247 = getelementptr i16, i16* %208, i64 6144
	%248 = select i1 %246, i16* %247, i16* %32
	%249 = add i32 %202, 12288
	%250 = select i1 %246, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %249, i16* %248, i32 %250)
	%251 = add i32 %203, 56
	%252 = icmp slt i32 %251, %N
	%253 = getelementptr i16, i16* %208, i64 7168
	%254 = select i1 %252, i16* %253, i16* %32
	%255 = add i32 %202, 14336
	%256 = select i1 %252, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %255, i16* %254, i32 %256)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%257 = phi i32 [ 0, %prologue ], [ %2174, %pv ]
	%258 = phi i32 [ %49, %prologue ], [ %259, %pv ]
	%259 = phi i32 [ %60, %prologue ], [ %2184, %pv ]
	%260 = phi i8 [ %68, %prologue ], [ %2192, %pv ]
	%261 = phi float [ 0.0, %prologue ], [ %2699, %pv ]
	%262 = phi float [ 0.0, %prologue ], [ %2700, %pv ]
	%263 = phi float [ 0.0, %prologue ], [ %2701, %pv ]
	%264 = phi float [ 0.0, %prologue ], [ %2702, %pv ]
	%265 = phi float [ 0.0, %prologue ], [ %2704, %pv ]
	%266 = phi float [ 0.0, %prologue ], [ %2705, %pv ]
	%267 = phi float [ 0.0, %prologue ], [ %2706, %pv ]
	%268 = phi float [ 0.0, %prologue ], [ %2707, %pv ]
	%269 = phi float [ 0.0, %prologue ], [ %2716, %pv ]
	%270 = phi float [ 0.0, %prologue ], [ %2717, %pv ]
	%271 = phi float [ 0.0, %prologue ], [ %2718, %pv ]
	%272 = phi float [ 0.0, %prologue ], [ %2719, %pv ]
	%273 = phi float [ 0.0, %prologue ], [ %2721, %pv ]
	%274 = phi float [ 0.0, %prologue ], [ %2722, %pv ]
	%275 = phi float [ 0.0, %prologue ], [ %2723, %pv ]
	%276 = phi float [ 0.0, %prologue ], [ %2724, %pv ]
	%277 = phi float [ 0.0, %prologue ], [ %2733, %pv ]
	%278 = phi float [ 0.0, %prologue ], [ %2734, %pv ]
	%279 = phi float [ 0.0, %prologue ], [ %2735, %pv ]
	%280 = phi float [ 0.0, %prologue ], [ %2736, %pv ]
	%281 = phi float [ 0.0, %prologue ], [ %2738, %pv ]
	%282 = phi float [ 0.0, %prologue ], [ %2739, %pv ]
	%283 = phi float [ 0.0, %prologue ], [ %2740, %pv ]
	%284 = phi float [ 0.0, %prologue ], [ %2741, %pv ]
	%285 = phi float [ 0.0, %prologue ], [ %2750, %pv ]
	%286 = phi float [ 0.0, %prologue ], [ %2751, %pv ]
	%287 = phi float [ 0.0, %prologue ], [ %2752, %pv ]
	%288 = phi float [ 0.0, %prologue ], [ %2753, %pv ]
	%289 = phi float [ 0.0, %prologue ], [ %2755, %pv ]
	%290 = phi float [ 0.0, %prologue ], [ %2756, %pv ]
	%291 = phi float [ 0.0, %prologue ], [ %2757, %pv ]
	%292 = phi float [ 0.0, %prologue ], [ %2758, %pv ]
	%293 = phi float [ 0.0, %prologue ], [ %2767, %pv ]
	%294 = phi float [ 0.0, %prologue ], [ %2768, %pv ]
	%295 = phi float [ 0.0, %prologue ], [ %2769, %pv ]
	%296 = phi float [ 0.0, %prologue ], [ %2770, %pv ]
	%297 = phi float [ 0.0, %prologue ], [ %2772, %pv ]
	%298 = phi float [ 0.0, %prologue ], [ %2773, %pv ]
	%299 = phi float [ 0.0, %prologue ], [ %2774, %pv ]
	%300 = phi float [ 0.0, %prologue ], [ %2775, %pv ]
	%301 = phi float [ 0.0, %prologue ], [ %2784, %pv ]
	%302 = phi float [ 0.0, %prologue ], [ %2785, %pv ]
	%303 = phi float [ 0.0, %prologue ], [ %2786, %pv ]
	%304 = phi float [ 0.0, %prologue ], [ %2787, %pv ]
	%305 = phi float [ 0.0, %prologue ], [ %2789, %pv ]
	%306 = phi float [ 0.0, %prologue ], [ %2790, %pv ]
	%307 = phi float [ 0.0, %prologue ], [ %2791, %pv ]
	%308 = phi float [ 0.0, %prologue ], [ %2792, %pv ]
	%309 = phi float [ 0.0, %prologue ], [ %2801, %pv ]
	%310 = phi float [ 0.0, %prologue ], [ %2802, %pv ]
	%311 = phi float [ 0.0, %prologue ], [ %2803, %pv ]
	%312 = phi float [ 0.0, %prologue ], [ %2804, %pv ]
	%313 = phi float [ 0.0, %prologue ], [ %2806, %pv ]
	%314 = phi float [ 0.0, %prologue ], [ %2807, %pv ]
	%315 = phi float [ 0.0, %prologue ], [ %2808, %pv ]
	%316 = phi float [ 0.0, %prologue ], [ %2809, %pv ]
	%317 = phi float [ 0.0, %prologue ], [ %2818, %pv ]
	%318 = phi float [ 0.0, %prologue ], [ %2819, %pv ]
	%319 = phi float [ 0.0, %prologue ], [ %2820, %pv ]
	%320 = phi float [ 0.0, %prologue ], [ %2821, %pv ]
	%321 = phi float [ 0.0, %prologue ], [ %2823, %pv ]
	%322 = phi float [ 0.0, %prologue ], [ %2824, %pv ]
	%323 = phi float [ 0.0, %prologue ], [ %2825, %pv ]
	%324 = phi float [ 0.0, %prologue ], [ %2826, %pv ]
	%325 = phi float [ 0xFFF0000000000000, %prologue ], [ %2070, %pv ]
	%326 = phi float [ 0.0, %prologue ], [ %2121, %pv ]
	%327 = phi float [ 0xFFF0000000000000, %prologue ], [ %2122, %pv ]
	%328 = phi float [ 0.0, %prologue ], [ %2173, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%329 = mul i32 %258, 64
	%330 = lshr i32 %2, 4
	%331 = and i32 %2, 15
	%332 = and i32 %330, 7
	%333 = xor i32 %331, %332
	%334 = mul i32 %330, 16
	%335 = add i32 %334, %333
	%336 = shl i32 %335, 4
	%337 = add i32 %1, %336
	%338 = add i32 %329, %330
	%339 = mul i32 %338, 128
	%340 = mul i32 %331, 8
	%341 = add i32 %339, %340
	%342 = sext i32 %341 to i64
	%343 = getelementptr i16, i16* %36, i64 %342
	%344 = add i32 %338, 0
	%345 = icmp slt i32 %344, %N
	%346 = getelementptr i16, i16* %343, i64 0
	%347 = select i1 %345, i16* %346, i16* %36
	%348 = add i32 %337, 0
	%349 = select i1 %345, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %348, i16* %347, i32 %349)
	%350 = add i32 %338, 8
	%351 = icmp slt i32 %350, %N
	%352 = getelementptr i16, i16* %343, i64 1024
	%353 = select i1 %351, i16* %352, i16* %36
	%354 = add i32 %337, 2048
	%355 = select i1 %351, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %354, i16* %353, i32 %355)
	%356 = add i32 %338, 16
	%357 = icmp slt i32 %356, %N
	%358 = getelementptr i16, i16* %343, i64 2048
	%359 = select i1 %357, i16* %358, i16* %36
	%360 = add i32 %337, u0x1000
	%361 = select i1 %357, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %360, i16* %359, i32 %361)
	%362 = add i32 %338, 24
	%363 = icmp slt i32 %362, %N
	%364 = getelementptr i16, i16* %343, i64 3072
	%365 = select i1 %363, i16* %364, i16* %36
	%366 = add i32 %337, 6144
	%367 = select i1 %363, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %366, i16* %365, i32 %367)
	%368 = add i32 %338, 32
	%369 = icmp slt i32 %368, %N
	%370 = getelementptr i16, i16* %343, i64 u0x1000
	%371 = select i1 %369, i16* %370, i16* %36
	%372 = add i32 %337, u0x2000
	%373 = select i1 %369, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %372, i16* %371, i32 %373)
	%374 = add i32 %338, 40
	%375 = icmp slt i32 %374, %N
	%376 = getelementptr i16, i16* %343, i64 5120
	%377 = select i1 %375, i16* %376, i16* %36
	%378 = add i32 %337, 10240
	%379 = select i1 %375, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %378, i16* %377, i32 %379)
	%380 = add i32 %338, 48
	%381 = icmp slt i32 %380, %N
	%382 = getelementptr i16, i16* %343, i64 6144
	%383 = select i1 %381, i16* %382, i16* %36
	%384 = add i32 %337, 12288
	%385 = select i1 %381, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %384, i16* %383, i32 %385)
	%386 = add i32 %338, 56
	%387 = icmp slt i32 %386, %N
	%388 = getelementptr i16, i16* %343, i64 7168
	%389 = select i1 %387, i16* %388, i16* %36
	%390 = add i32 %337, 14336
	%391 = select i1 %387, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %390, i16* %389, i32 %391)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%392 = and i32 %4, 7
	%393 = shl i32 %136, 3
	%394 = add i32 %392, %393
	%395 = lshr i32 %4, 3
	%396 = and i32 %395, 1
	%397 = mul i32 %394, 256
	%398 = add i32 %0, %397
	%399 = and i32 %4, 7
	%400 = xor i32 %396, %399
	%401 = shl i32 %400, 4
	%402 = add i32 %398, %401
	%403 = xor i32 %402, 0
	%404 = add i32 %403, 0
	%405 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %404)
	%406 = extractvalue { i32, i32, i32, i32 } %405, 0
	%407 = extractvalue { i32, i32, i32, i32 } %405, 1
	%408 = extractvalue { i32, i32, i32, i32 } %405, 2
	%409 = extractvalue { i32, i32, i32, i32 } %405, 3
	%410 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %148, i32 %149, i32 %150, i32 %151, i32 %406, i32 %407, float 0.0, float 0.0, float 0.0, float 0.0)
	%411 = extractvalue { float, float, float, float } %410, 0
	%412 = extractvalue { float, float, float, float } %410, 1
	%413 = extractvalue { float, float, float, float } %410, 2
	%414 = extractvalue { float, float, float, float } %410, 3
	%415 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %148, i32 %149, i32 %150, i32 %151, i32 %408, i32 %409, float 0.0, float 0.0, float 0.0, float 0.0)
	%416 = extractvalue { float, float, float, float } %415, 0
	%417 = extractvalue { float, float, float, float } %415, 1
	%418 = extractvalue { float, float, float, float } %415, 2
	%419 = extractvalue { float, float, float, float } %415, 3
	%420 = add i32 %403, u0x1000
	%421 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %420)
	%422 = extractvalue { i32, i32, i32, i32 } %421, 0
	%423 = extractvalue { i32, i32, i32, i32 } %421, 1
	%424 = extractvalue { i32, i32, i32, i32 } %421, 2
	%425 = extractvalue { i32, i32, i32, i32 } %421, 3
	%426 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %148, i32 %149, i32 %150, i32 %151, i32 %422, i32 %423, float 0.0, float 0.0, float 0.0, float 0.0)
	%427 = extractvalue { float, float, float, float } %426, 0
	%428 = extractvalue { float, float, float, float } %426, 1
	%429 = extractvalue { float, float, float, float } %426, 2
	%430 = extractvalue { float, float, float, float } %426, 3
	%431 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %148, i32 %149, i32 %150, i32 %151, i32 %424, i32 %425, float 0.0, float 0.0, float 0.0, float 0.0)
	%432 = extractvalue { float, float, float, float } %431, 0
	%433 = extractvalue { float, float, float, float } %431, 1
	%434 = extractvalue { float, float, float, float } %431, 2
	%435 = extractvalue { float, float, float, float } %431, 3
	%436 = add i32 %403, u0x2000
	%437 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %436)
	%438 = extractvalue { i32, i32, i32, i32 } %437, 0
	%439 = extractvalue { i32, i32, i32, i32 } %437, 1
	%440 = extractvalue { i32, i32, i32, i32 } %437, 2
	%441 = extractvalue { i32, i32, i32, i32 } %437, 3
	%442 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %148, i32 %149, i32 %150, i32 %151, i32 %438, i32 %439, float 0.0, float 0.0, float 0.0, float 0.0)
	%443 = extractvalue { float, float, float, float } %442, 0
	%444 = extractvalue { float, float, float, float } %442, 1
	%445 = extractvalue { float, float, float, float } %442, 2
	%446 = extractvalue { float, float, float, float } %442, 3
	%447 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %148, i32 %149, i32 %150, i32 %151, i32 %440, i32 %441, float 0.0, float 0.0, float 0.0, float 0.0)
	%448 = extractvalue { float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float } %447, 3
	%452 = add i32 %403, 12288
	%453 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %452)
	%454 = extractvalue { i32, i32, i32, i32 } %453, 0
	%455 = extractvalue { i32, i32, i32, i32 } %453, 1
	%456 = extractvalue { i32, i32, i32, i32 } %453, 2
	%457 = extractvalue { i32, i32, i32, i32 } %453, 3
	%458 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %148, i32 %149, i32 %150, i32 %151, i32 %454, i32 %455, float 0.0, float 0.0, float 0.0, float 0.0)
	%459 = extractvalue { float, float, float, float } %458, 0
	%460 = extractvalue { float, float, float, float } %458, 1
	%461 = extractvalue { float, float, float, float } %458, 2
	%462 = extractvalue { float, float, float, float } %458, 3
	%463 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %148, i32 %149, i32 %150, i32 %151, i32 %456, i32 %457, float 0.0, float 0.0, float 0.0, float 0.0)
	%464 = extractvalue { float, float, float, float } %463, 0
	%465 = extractvalue { float, float, float, float } %463, 1
	%466 = extractvalue { float, float, float, float } %463, 2
	%467 = extractvalue { float, float, float, float } %463, 3
	%468 = xor i32 %402, 32
	%469 = add i32 %468, 0
	%470 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %469)
	%471 = extractvalue { i32, i32, i32, i32 } %470, 0
	%472 = extractvalue { i32, i32, i32, i32 } %470, 1
	%473 = extractvalue { i32, i32, i32, i32 } %470, 2
	%474 = extractvalue { i32, i32, i32, i32 } %470, 3
	%475 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %154, i32 %155, i32 %156, i32 %157, i32 %471, i32 %472, float %411, float %412, float %413, float %414)
	%476 = extractvalue { float, float, float, float } %475, 0
	%477 = extractvalue { float, float, float, float } %475, 1
	%478 = extractvalue { float, float, float, float } %475, 2
	%479 = extractvalue { float, float, float, float } %475, 3
	%480 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %154, i32 %155, i32 %156, i32 %157, i32 %473, i32 %474, float %416, float %417, float %418, float %419)
	%481 = extractvalue { float, float, float, float } %480, 0
	%482 = extractvalue { float, float, float, float } %480, 1
	%483 = extractvalue { float, float, float, float } %480, 2
	%484 = extractvalue { float, float, float, float } %480, 3
	%485 = add i32 %468, u0x1000
	%486 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %485)
	%487 = extractvalue { i32, i32, i32, i32 } %486, 0
	%488 = extractvalue { i32, i32, i32, i32 } %486, 1
	%489 = extractvalue { i32, i32, i32, i32 } %486, 2
	%490 = extractvalue { i32, i32, i32, i32 } %486, 3
	%491 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %154, i32 %155, i32 %156, i32 %157, i32 %487, i32 %488, float %427, float %428, float %429, float %430)
	%492 = extractvalue { float, float, float, float } %491, 0
	%493 = extractvalue { float, float, float, float } %491, 1
	%494 = extractvalue { float, float, float, float } %491, 2
	%495 = extractvalue { float, float, float, float } %491, 3
	%496 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %154, i32 %155, i32 %156, i32 %157, i32 %489, i32 %490, float %432, float %433, float %434, float %435)
	%497 = extractvalue { float, float, float, float } %496, 0
	%498 = extractvalue { float, float, float, float } %496, 1
	%499 = extractvalue { float, float, float, float } %496, 2
	%500 = extractvalue { float, float, float, float } %496, 3
	%501 = add i32 %468, u0x2000
	%502 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %501)
	%503 = extractvalue { i32, i32, i32, i32 } %502, 0
	%504 = extractvalue { i32, i32, i32, i32 } %502, 1
	%505 = extractvalue { i32, i32, i32, i32 } %502, 2
	%506 = extractvalue { i32, i32, i32, i32 } %502, 3
	%507 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %154, i32 %155, i32 %156, i32 %157, i32 %503, i32 %504, float %443, float %444, float %445, float %446)
	%508 = extractvalue { float, float, float, float } %507, 0
	%509 = extractvalue { float, float, float, float } %507, 1
	%510 = extractvalue { float, float, float, float } %507, 2
	%511 = extractvalue { float, float, float, float } %507, 3
	%512 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %154, i32 %155, i32 %156, i32 %157, i32 %505, i32 %506, float %448, float %449, float %450, float %451)
	%513 = extractvalue { float, float, float, float } %512, 0
	%514 = extractvalue { float, float, float, float } %512, 1
	%515 = extractvalue { float, float, float, float } %512, 2
	%516 = extractvalue { float, float, float, float } %512, 3
	%517 = add i32 %468, 12288
	%518 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %517)
	%519 = extractvalue { i32, i32, i32, i32 } %518, 0
	%520 = extractvalue { i32, i32, i32, i32 } %518, 1
	%521 = extractvalue { i32, i32, i32, i32 } %518, 2
	%522 = extractvalue { i32, i32, i32, i32 } %518, 3
	%523 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %154, i32 %155, i32 %156, i32 %157, i32 %519, i32 %520, float %459, float %460, float %461, float %462)
	%524 = extractvalue { float, float, float, float } %523, 0
	%525 = extractvalue { float, float, float, float } %523, 1
	%526 = extractvalue { float, float, float, float } %523, 2
	%527 = extractvalue { float, float, float, float } %523, 3
	%528 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %154, i32 %155, i32 %156, i32 %157, i32 %521, i32 %522, float %464, float %465, float %466, float %467)
	%529 = extractvalue { float, float, float, float } %528, 0
	%530 = extractvalue { float, float, float, float } %528, 1
	%531 = extractvalue { float, float, float, float } %528, 2
	%532 = extractvalue { float, float, float, float } %528, 3
	%533 = xor i32 %402, 64
	%534 = add i32 %533, 0
	%535 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %534)
	%536 = extractvalue { i32, i32, i32, i32 } %535, 0
	%537 = extractvalue { i32, i32, i32, i32 } %535, 1
	%538 = extractvalue { i32, i32, i32, i32 } %535, 2
	%539 = extractvalue { i32, i32, i32, i32 } %535, 3
	%540 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %160, i32 %161, i32 %162, i32 %163, i32 %536, i32 %537, float %476, float %477, float %478, float %479)
	%541 = extractvalue { float, float, float, float } %540, 0
	%542 = extractvalue { float, float, float, float } %540, 1
	%543 = extractvalue { float, float, float, float } %540, 2
	%544 = extractvalue { float, float, float, float } %540, 3
	%545 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %160, i32 %161, i32 %162, i32 %163, i32 %538, i32 %539, float %481, float %482, float %483, float %484)
	%546 = extractvalue { float, float, float, float } %545, 0
	%547 = extractvalue { float, float, float, float } %545, 1
	%548 = extractvalue { float, float, float, float } %545, 2
	%549 = extractvalue { float, float, float, float } %545, 3
	%550 = add i32 %533, u0x1000
	%551 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %550)
	%552 = extractvalue { i32, i32, i32, i32 } %551, 0
	%553 = extractvalue { i32, i32, i32, i32 } %551, 1
	%554 = extractvalue { i32, i32, i32, i32 } %551, 2
	%555 = extractvalue { i32, i32, i32, i32 } %551, 3
	%556 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %160, i32 %161, i32 %162, i32 %163, i32 %552, i32 %553, float %492, float %493, float %494, float %495)
	%557 = extractvalue { float, float, float, float } %556, 0
	%558 = extractvalue { float, float, float, float } %556, 1
	%559 = extractvalue { float, float, float, float } %556, 2
	%560 = extractvalue { float, float, float, float } %556, 3
	%561 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %160, i32 %161, i32 %162, i32 %163, i32 %554, i32 %555, float %497, float %498, float %499, float %500)
	%562 = extractvalue { float, float, float, float } %561, 0
	%563 = extractvalue { float, float, float, float } %561, 1
	%564 = extractvalue { float, float, float, float } %561, 2
	%565 = extractvalue { float, float, float, float } %561, 3
	%566 = add i32 %533, u0x2000
	%567 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %566)
	%568 = extractvalue { i32, i32, i32, i32 } %567, 0
	%569 = extractvalue { i32, i32, i32, i32 } %567, 1
	%570 = extractvalue { i32, i32, i32, i32 } %567, 2
	%571 = extractvalue { i32, i32, i32, i32 } %567, 3
	%572 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %160, i32 %161, i32 %162, i32 %163, i32 %568, i32 %569, float %508, float %509, float %510, float %511)
	%573 = extractvalue { float, float, float, float } %572, 0
	%574 = extractvalue { float, float, float, float } %572, 1
	%575 = extractvalue { float, float, float, float } %572, 2
	%576 = extractvalue { float, float, float, float } %572, 3
	%577 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %160, i32 %161, i32 %162, i32 %163, i32 %570, i32 %571, float %513, float %514, float %515, float %516)
	%578 = extractvalue { float, float, float, float } %577, 0
	%579 = extractvalue { float, float, float, float } %577, 1
	%580 = extractvalue { float, float, float, float } %577, 2
	%581 = extractvalue { float, float, float, float } %577, 3
	%582 = add i32 %533, 12288
	%583 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %582)
	%584 = extractvalue { i32, i32, i32, i32 } %583, 0
	%585 = extractvalue { i32, i32, i32, i32 } %583, 1
	%586 = extractvalue { i32, i32, i32, i32 } %583, 2
	%587 = extractvalue { i32, i32, i32, i32 } %583, 3
	%588 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %160, i32 %161, i32 %162, i32 %163, i32 %584, i32 %585, float %524, float %525, float %526, float %527)
	%589 = extractvalue { float, float, float, float } %588, 0
	%590 = extractvalue { float, float, float, float } %588, 1
	%591 = extractvalue { float, float, float, float } %588, 2
	%592 = extractvalue { float, float, float, float } %588, 3
	%593 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %160, i32 %161, i32 %162, i32 %163, i32 %586, i32 %587, float %529, float %530, float %531, float %532)
	%594 = extractvalue { float, float, float, float } %593, 0
	%595 = extractvalue { float, float, float, float } %593, 1
	%596 = extractvalue { float, float, float, float } %593, 2
	%597 = extractvalue { float, float, float, float } %593, 3
	%598 = xor i32 %402, 96
	%599 = add i32 %598, 0
	%600 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %599)
	%601 = extractvalue { i32, i32, i32, i32 } %600, 0
	%602 = extractvalue { i32, i32, i32, i32 } %600, 1
	%603 = extractvalue { i32, i32, i32, i32 } %600, 2
	%604 = extractvalue { i32, i32, i32, i32 } %600, 3
	%605 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %166, i32 %167, i32 %168, i32 %169, i32 %601, i32 %602, float %541, float %542, float %543, float %544)
	%606 = extractvalue { float, float, float, float } %605, 0
	%607 = extractvalue { float, float, float, float } %605, 1
	%608 = extractvalue { float, float, float, float } %605, 2
	%609 = extractvalue { float, float, float, float } %605, 3
	%610 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %166, i32 %167, i32 %168, i32 %169, i32 %603, i32 %604, float %546, float %547, float %548, float %549)
	%611 = extractvalue { float, float, float, float } %610, 0
	%612 = extractvalue { float, float, float, float } %610, 1
	%613 = extractvalue { float, float, float, float } %610, 2
	%614 = extractvalue { float, float, float, float } %610, 3
	%615 = add i32 %598, u0x1000
	%616 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %615)
	%617 = extractvalue { i32, i32, i32, i32 } %616, 0
	%618 = extractvalue { i32, i32, i32, i32 } %616, 1
	%619 = extractvalue { i32, i32, i32, i32 } %616, 2
	%620 = extractvalue { i32, i32, i32, i32 } %616, 3
	%621 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %166, i32 %167, i32 %168, i32 %169, i32 %617, i32 %618, float %557, float %558, float %559, float %560)
	%622 = extractvalue { float, float, float, float } %621, 0
	%623 = extractvalue { float, float, float, float } %621, 1
	%624 = extractvalue { float, float, float, float } %621, 2
	%625 = extractvalue { float, float, float, float } %621, 3
	%626 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %166, i32 %167, i32 %168, i32 %169, i32 %619, i32 %620, float %562, float %563, float %564, float %565)
	%627 = extractvalue { float, float, float, float } %626, 0
	%628 = extractvalue { float, float, float, float } %626, 1
	%629 = extractvalue { float, float, float, float } %626, 2
	%630 = extractvalue { float, float, float, float } %626, 3
	%631 = add i32 %598, u0x2000
	%632 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %631)
	%633 = extractvalue { i32, i32, i32, i32 } %632, 0
	%634 = extractvalue { i32, i32, i32, i32 } %632, 1
	%635 = extractvalue { i32, i32, i32, i32 } %632, 2
	%636 = extractvalue { i32, i32, i32, i32 } %632, 3
	%637 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %166, i32 %167, i32 %168, i32 %169, i32 %633, i32 %634, float %573, float %574, float %575, float %576)
	%638 = extractvalue { float, float, float, float } %637, 0
	%639 = extractvalue { float, float, float, float } %637, 1
	%640 = extractvalue { float, float, float, float } %637, 2
	%641 = extractvalue { float, float, float, float } %637, 3
	%642 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %166, i32 %167, i32 %168, i32 %169, i32 %635, i32 %636, float %578, float %579, float %580, float %581)
	%643 = extractvalue { float, float, float, float } %642, 0
	%644 = extractvalue { float, float, float, float } %642, 1
	%645 = extractvalue { float, float, float, float } %642, 2
	%646 = extractvalue { float, float, float, float } %642, 3
	%647 = add i32 %598, 12288
	%648 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %647)
	%649 = extractvalue { i32, i32, i32, i32 } %648, 0
	%650 = extractvalue { i32, i32, i32, i32 } %648, 1
	%651 = extractvalue { i32, i32, i32, i32 } %648, 2
	%652 = extractvalue { i32, i32, i32, i32 } %648, 3
	%653 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %166, i32 %167, i32 %168, i32 %169, i32 %649, i32 %650, float %589, float %590, float %591, float %592)
	%654 = extractvalue { float, float, float, float } %653, 0
	%655 = extractvalue { float, float, float, float } %653, 1
	%656 = extractvalue { float, float, float, float } %653, 2
	%657 = extractvalue { float, float, float, float } %653, 3
	%658 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %166, i32 %167, i32 %168, i32 %169, i32 %651, i32 %652, float %594, float %595, float %596, float %597)
	%659 = extractvalue { float, float, float, float } %658, 0
	%660 = extractvalue { float, float, float, float } %658, 1
	%661 = extractvalue { float, float, float, float } %658, 2
	%662 = extractvalue { float, float, float, float } %658, 3
	%663 = xor i32 %402, 128
	%664 = add i32 %663, 0
	%665 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %664)
	%666 = extractvalue { i32, i32, i32, i32 } %665, 0
	%667 = extractvalue { i32, i32, i32, i32 } %665, 1
	%668 = extractvalue { i32, i32, i32, i32 } %665, 2
	%669 = extractvalue { i32, i32, i32, i32 } %665, 3
	%670 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %172, i32 %173, i32 %174, i32 %175, i32 %666, i32 %667, float %606, float %607, float %608, float %609)
	%671 = extractvalue { float, float, float, float } %670, 0
	%672 = extractvalue { float, float, float, float } %670, 1
	%673 = extractvalue { float, float, float, float } %670, 2
	%674 = extractvalue { float, float, float, float } %670, 3
	%675 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %172, i32 %173, i32 %174, i32 %175, i32 %668, i32 %669, float %611, float %612, float %613, float %614)
	%676 = extractvalue { float, float, float, float } %675, 0
	%677 = extractvalue { float, float, float, float } %675, 1
	%678 = extractvalue { float, float, float, float } %675, 2
	%679 = extractvalue { float, float, float, float } %675, 3
	%680 = add i32 %663, u0x1000
	%681 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %680)
	%682 = extractvalue { i32, i32, i32, i32 } %681, 0
	%683 = extractvalue { i32, i32, i32, i32 } %681, 1
	%684 = extractvalue { i32, i32, i32, i32 } %681, 2
	%685 = extractvalue { i32, i32, i32, i32 } %681, 3
	%686 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %172, i32 %173, i32 %174, i32 %175, i32 %682, i32 %683, float %622, float %623, float %624, float %625)
	%687 = extractvalue { float, float, float, float } %686, 0
	%688 = extractvalue { float, float, float, float } %686, 1
	%689 = extractvalue { float, float, float, float } %686, 2
	%690 = extractvalue { float, float, float, float } %686, 3
	%691 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %172, i32 %173, i32 %174, i32 %175, i32 %684, i32 %685, float %627, float %628, float %629, float %630)
	%692 = extractvalue { float, float, float, float } %691, 0
	%693 = extractvalue { float, float, float, float } %691, 1
	%694 = extractvalue { float, float, float, float } %691, 2
	%695 = extractvalue { float, float, float, float } %691, 3
	%696 = add i32 %663, u0x2000
	%697 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %696)
	%698 = extractvalue { i32, i32, i32, i32 } %697, 0
	%699 = extractvalue { i32, i32, i32, i32 } %697, 1
	%700 = extractvalue { i32, i32, i32, i32 } %697, 2
	%701 = extractvalue { i32, i32, i32, i32 } %697, 3
	%702 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %172, i32 %173, i32 %174, i32 %175, i32 %698, i32 %699, float %638, float %639, float %640, float %641)
	%703 = extractvalue { float, float, float, float } %702, 0
	%704 = extractvalue { float, float, float, float } %702, 1
	%705 = extractvalue { float, float, float, float } %702, 2
	%706 = extractvalue { float, float, float, float } %702, 3
	%707 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %172, i32 %173, i32 %174, i32 %175, i32 %700, i32 %701, float %643, float %644, float %645, float %646)
	%708 = extractvalue { float, float, float, float } %707, 0
	%709 = extractvalue { float, float, float, float } %707, 1
	%710 = extractvalue { float, float, float, float } %707, 2
	%711 = extractvalue { float, float, float, float } %707, 3
	%712 = add i32 %663, 12288
	%713 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %712)
	%714 = extractvalue { i32, i32, i32, i32 } %713, 0
	%715 = extractvalue { i32, i32, i32, i32 } %713, 1
	%716 = extractvalue { i32, i32, i32, i32 } %713, 2
	%717 = extractvalue { i32, i32, i32, i32 } %713, 3
	%718 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %172, i32 %173, i32 %174, i32 %175, i32 %714, i32 %715, float %654, float %655, float %656, float %657)
	%719 = extractvalue { float, float, float, float } %718, 0
	%720 = extractvalue { float, float, float, float } %718, 1
	%721 = extractvalue { float, float, float, float } %718, 2
	%722 = extractvalue { float, float, float, float } %718, 3
	%723 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %172, i32 %173, i32 %174, i32 %175, i32 %716, i32 %717, float %659, float %660, float %661, float %662)
	%724 = extractvalue { float, float, float, float } %723, 0
	%725 = extractvalue { float, float, float, float } %723, 1
	%726 = extractvalue { float, float, float, float } %723, 2
	%727 = extractvalue { float, float, float, float } %723, 3
	%728 = xor i32 %402, 160
	%729 = add i32 %728, 0
	%730 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %729)
	%731 = extractvalue { i32, i32, i32, i32 } %730, 0
	%732 = extractvalue { i32, i32, i32, i32 } %730, 1
	%733 = extractvalue { i32, i32, i32, i32 } %730, 2
	%734 = extractvalue { i32, i32, i32, i32 } %730, 3
	%735 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %178, i32 %179, i32 %180, i32 %181, i32 %731, i32 %732, float %671, float %672, float %673, float %674)
	%736 = extractvalue { float, float, float, float } %735, 0
	%737 = extractvalue { float, float, float, float } %735, 1
	%738 = extractvalue { float, float, float, float } %735, 2
	%739 = extractvalue { float, float, float, float } %735, 3
	%740 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %178, i32 %179, i32 %180, i32 %181, i32 %733, i32 %734, float %676, float %677, float %678, float %679)
	%741 = extractvalue { float, float, float, float } %740, 0
	%742 = extractvalue { float, float, float, float } %740, 1
	%743 = extractvalue { float, float, float, float } %740, 2
	%744 = extractvalue { float, float, float, float } %740, 3
	%745 = add i32 %728, u0x1000
	%746 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %745)
	%747 = extractvalue { i32, i32, i32, i32 } %746, 0
	%748 = extractvalue { i32, i32, i32, i32 } %746, 1
	%749 = extractvalue { i32, i32, i32, i32 } %746, 2
	%750 = extractvalue { i32, i32, i32, i32 } %746, 3
	%751 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %178, i32 %179, i32 %180, i32 %181, i32 %747, i32 %748, float %687, float %688, float %689, float %690)
	%752 = extractvalue { float, float, float, float } %751, 0
	%753 = extractvalue { float, float, float, float } %751, 1
	%754 = extractvalue { float, float, float, float } %751, 2
	%755 = extractvalue { float, float, float, float } %751, 3
	%756 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %178, i32 %179, i32 %180, i32 %181, i32 %749, i32 %750, float %692, float %693, float %694, float %695)
	%757 = extractvalue { float, float, float, float } %756, 0
	%758 = extractvalue { float, float, float, float } %756, 1
	%759 = extractvalue { float, float, float, float } %756, 2
	%760 = extractvalue { float, float, float, float } %756, 3
	%761 = add i32 %728, u0x2000
	%762 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %761)
	%763 = extractvalue { i32, i32, i32, i32 } %762, 0
	%764 = extractvalue { i32, i32, i32, i32 } %762, 1
	%765 = extractvalue { i32, i32, i32, i32 } %762, 2
	%766 = extractvalue { i32, i32, i32, i32 } %762, 3
	%767 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %178, i32 %179, i32 %180, i32 %181, i32 %763, i32 %764, float %703, float %704, float %705, float %706)
	%768 = extractvalue { float, float, float, float } %767, 0
	%769 = extractvalue { float, float, float, float } %767, 1
	%770 = extractvalue { float, float, float, float } %767, 2
	%771 = extractvalue { float, float, float, float } %767, 3
	%772 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %178, i32 %179, i32 %180, i32 %181, i32 %765, i32 %766, float %708, float %709, float %710, float %711)
	%773 = extractvalue { float, float, float, float } %772, 0
	%774 = extractvalue { float, float, float, float } %772, 1
	%775 = extractvalue { float, float, float, float } %772, 2
	%776 = extractvalue { float, float, float, float } %772, 3
	%777 = add i32 %728, 12288
	%778 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %777)
	%779 = extractvalue { i32, i32, i32, i32 } %778, 0
	%780 = extractvalue { i32, i32, i32, i32 } %778, 1
	%781 = extractvalue { i32, i32, i32, i32 } %778, 2
	%782 = extractvalue { i32, i32, i32, i32 } %778, 3
	%783 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %178, i32 %179, i32 %180, i32 %181, i32 %779, i32 %780, float %719, float %720, float %721, float %722)
	%784 = extractvalue { float, float, float, float } %783, 0
	%785 = extractvalue { float, float, float, float } %783, 1
	%786 = extractvalue { float, float, float, float } %783, 2
	%787 = extractvalue { float, float, float, float } %783, 3
	%788 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %178, i32 %179, i32 %180, i32 %181, i32 %781, i32 %782, float %724, float %725, float %726, float %727)
	%789 = extractvalue { float, float, float, float } %788, 0
	%790 = extractvalue { float, float, float, float } %788, 1
	%791 = extractvalue { float, float, float, float } %788, 2
	%792 = extractvalue { float, float, float, float } %788, 3
	%793 = xor i32 %402, 192
	%794 = add i32 %793, 0
	%795 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %794)
	%796 = extractvalue { i32, i32, i32, i32 } %795, 0
	%797 = extractvalue { i32, i32, i32, i32 } %795, 1
	%798 = extractvalue { i32, i32, i32, i32 } %795, 2
	%799 = extractvalue { i32, i32, i32, i32 } %795, 3
	%800 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %184, i32 %185, i32 %186, i32 %187, i32 %796, i32 %797, float %736, float %737, float %738, float %739)
	%801 = extractvalue { float, float, float, float } %800, 0
	%802 = extractvalue { float, float, float, float } %800, 1
	%803 = extractvalue { float, float, float, float } %800, 2
	%804 = extractvalue { float, float, float, float } %800, 3
	%805 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %184, i32 %185, i32 %186, i32 %187, i32 %798, i32 %799, float %741, float %742, float %743, float %744)
	%806 = extractvalue { float, float, float, float } %805, 0
	%807 = extractvalue { float, float, float, float } %805, 1
	%808 = extractvalue { float, float, float, float } %805, 2
	%809 = extractvalue { float, float, float, float } %805, 3
	%810 = add i32 %793, u0x1000
	%811 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %810)
	%812 = extractvalue { i32, i32, i32, i32 } %811, 0
	%813 = extractvalue { i32, i32, i32, i32 } %811, 1
	%814 = extractvalue { i32, i32, i32, i32 } %811, 2
	%815 = extractvalue { i32, i32, i32, i32 } %811, 3
	%816 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %184, i32 %185, i32 %186, i32 %187, i32 %812, i32 %813, float %752, float %753, float %754, float %755)
	%817 = extractvalue { float, float, float, float } %816, 0
	%818 = extractvalue { float, float, float, float } %816, 1
	%819 = extractvalue { float, float, float, float } %816, 2
	%820 = extractvalue { float, float, float, float } %816, 3
	%821 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %184, i32 %185, i32 %186, i32 %187, i32 %814, i32 %815, float %757, float %758, float %759, float %760)
	%822 = extractvalue { float, float, float, float } %821, 0
	%823 = extractvalue { float, float, float, float } %821, 1
	%824 = extractvalue { float, float, float, float } %821, 2
	%825 = extractvalue { float, float, float, float } %821, 3
	%826 = add i32 %793, u0x2000
	%827 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %826)
	%828 = extractvalue { i32, i32, i32, i32 } %827, 0
	%829 = extractvalue { i32, i32, i32, i32 } %827, 1
	%830 = extractvalue { i32, i32, i32, i32 } %827, 2
	%831 = extractvalue { i32, i32, i32, i32 } %827, 3
	%832 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %184, i32 %185, i32 %186, i32 %187, i32 %828, i32 %829, float %768, float %769, float %770, float %771)
	%833 = extractvalue { float, float, float, float } %832, 0
	%834 = extractvalue { float, float, float, float } %832, 1
	%835 = extractvalue { float, float, float, float } %832, 2
	%836 = extractvalue { float, float, float, float } %832, 3
	%837 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %184, i32 %185, i32 %186, i32 %187, i32 %830, i32 %831, float %773, float %774, float %775, float %776)
	%838 = extractvalue { float, float, float, float } %837, 0
	%839 = extractvalue { float, float, float, float } %837, 1
	%840 = extractvalue { float, float, float, float } %837, 2
	%841 = extractvalue { float, float, float, float } %837, 3
	%842 = add i32 %793, 12288
	%843 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %842)
	%844 = extractvalue { i32, i32, i32, i32 } %843, 0
	%845 = extractvalue { i32, i32, i32, i32 } %843, 1
	%846 = extractvalue { i32, i32, i32, i32 } %843, 2
	%847 = extractvalue { i32, i32, i32, i32 } %843, 3
	%848 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %184, i32 %185, i32 %186, i32 %187, i32 %844, i32 %845, float %784, float %785, float %786, float %787)
	%849 = extractvalue { float, float, float, float } %848, 0
	%850 = extractvalue { float, float, float, float } %848, 1
	%851 = extractvalue { float, float, float, float } %848, 2
	%852 = extractvalue { float, float, float, float } %848, 3
	%853 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %184, i32 %185, i32 %186, i32 %187, i32 %846, i32 %847, float %789, float %790, float %791, float %792)
	%854 = extractvalue { float, float, float, float } %853, 0
	%855 = extractvalue { float, float, float, float } %853, 1
	%856 = extractvalue { float, float, float, float } %853, 2
	%857 = extractvalue { float, float, float, float } %853, 3
	%858 = xor i32 %402, 224
	%859 = add i32 %858, 0
	%860 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %859)
	%861 = extractvalue { i32, i32, i32, i32 } %860, 0
	%862 = extractvalue { i32, i32, i32, i32 } %860, 1
	%863 = extractvalue { i32, i32, i32, i32 } %860, 2
	%864 = extractvalue { i32, i32, i32, i32 } %860, 3
	%865 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %190, i32 %191, i32 %192, i32 %193, i32 %861, i32 %862, float %801, float %802, float %803, float %804)
	%866 = extractvalue { float, float, float, float } %865, 0
	%867 = extractvalue { float, float, float, float } %865, 1
	%868 = extractvalue { float, float, float, float } %865, 2
	%869 = extractvalue { float, float, float, float } %865, 3
	%870 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %190, i32 %191, i32 %192, i32 %193, i32 %863, i32 %864, float %806, float %807, float %808, float %809)
	%871 = extractvalue { float, float, float, float } %870, 0
	%872 = extractvalue { float, float, float, float } %870, 1
	%873 = extractvalue { float, float, float, float } %870, 2
	%874 = extractvalue { float, float, float, float } %870, 3
	%875 = add i32 %858, u0x1000
	%876 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %875)
	%877 = extractvalue { i32, i32, i32, i32 } %876, 0
	%878 = extractvalue { i32, i32, i32, i32 } %876, 1
	%879 = extractvalue { i32, i32, i32, i32 } %876, 2
	%880 = extractvalue { i32, i32, i32, i32 } %876, 3
	%881 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %190, i32 %191, i32 %192, i32 %193, i32 %877, i32 %878, float %817, float %818, float %819, float %820)
	%882 = extractvalue { float, float, float, float } %881, 0
	%883 = extractvalue { float, float, float, float } %881, 1
	%884 = extractvalue { float, float, float, float } %881, 2
	%885 = extractvalue { float, float, float, float } %881, 3
	%886 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %190, i32 %191, i32 %192, i32 %193, i32 %879, i32 %880, float %822, float %823, float %824, float %825)
	%887 = extractvalue { float, float, float, float } %886, 0
	%888 = extractvalue { float, float, float, float } %886, 1
	%889 = extractvalue { float, float, float, float } %886, 2
	%890 = extractvalue { float, float, float, float } %886, 3
	%891 = add i32 %858, u0x2000
	%892 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %891)
	%893 = extractvalue { i32, i32, i32, i32 } %892, 0
	%894 = extractvalue { i32, i32, i32, i32 } %892, 1
	%895 = extractvalue { i32, i32, i32, i32 } %892, 2
	%896 = extractvalue { i32, i32, i32, i32 } %892, 3
	%897 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %190, i32 %191, i32 %192, i32 %193, i32 %893, i32 %894, float %833, float %834, float %835, float %836)
	%898 = extractvalue { float, float, float, float } %897, 0
	%899 = extractvalue { float, float, float, float } %897, 1
	%900 = extractvalue { float, float, float, float } %897, 2
	%901 = extractvalue { float, float, float, float } %897, 3
	%902 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %190, i32 %191, i32 %192, i32 %193, i32 %895, i32 %896, float %838, float %839, float %840, float %841)
	%903 = extractvalue { float, float, float, float } %902, 0
	%904 = extractvalue { float, float, float, float } %902, 1
	%905 = extractvalue { float, float, float, float } %902, 2
	%906 = extractvalue { float, float, float, float } %902, 3
	%907 = add i32 %858, 12288
	%908 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %907)
	%909 = extractvalue { i32, i32, i32, i32 } %908, 0
	%910 = extractvalue { i32, i32, i32, i32 } %908, 1
	%911 = extractvalue { i32, i32, i32, i32 } %908, 2
	%912 = extractvalue { i32, i32, i32, i32 } %908, 3
	%913 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %190, i32 %191, i32 %192, i32 %193, i32 %909, i32 %910, float %849, float %850, float %851, float %852)
	%914 = extractvalue { float, float, float, float } %913, 0
	%915 = extractvalue { float, float, float, float } %913, 1
	%916 = extractvalue { float, float, float, float } %913, 2
	%917 = extractvalue { float, float, float, float } %913, 3
	%918 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %190, i32 %191, i32 %192, i32 %193, i32 %911, i32 %912, float %854, float %855, float %856, float %857)
	%919 = extractvalue { float, float, float, float } %918, 0
	%920 = extractvalue { float, float, float, float } %918, 1
	%921 = extractvalue { float, float, float, float } %918, 2
	%922 = extractvalue { float, float, float, float } %918, 3
	%923 = mul i32 %3, 16
	%924 = add i32 %24, %923
	%925 = add i32 %5, 0
	%926 = add i32 %924, %925
	%927 = mul i32 %3, 16
	%928 = add i32 %24, %927
	%929 = add i32 %5, 8
	%930 = add i32 %928, %929
	%931 = sub i32 %N, %M
	%932 = add i32 %926, %931
	%933 = add i32 %930, %931
	%934 = sitofp i32 %22 to float
	%935 = icmp ne i8 %260, 2
	br i1 %935, label %partial, label %softmax

epilogue:
	%936 = phi float [ 0.0, %entry ], [ %2121, %pv ]
	%937 = phi float [ 0.0, %entry ], [ %2173, %pv ]
	%938 = phi i32 [ 0, %entry ], [ %2174, %pv ]
	%939 = phi float [ 0.0, %entry ], [ %2699, %pv ]
	%940 = phi float [ 0.0, %entry ], [ %2700, %pv ]
	%941 = phi float [ 0.0, %entry ], [ %2701, %pv ]
	%942 = phi float [ 0.0, %entry ], [ %2702, %pv ]
	%943 = phi float [ 0.0, %entry ], [ %2704, %pv ]
	%944 = phi float [ 0.0, %entry ], [ %2705, %pv ]
	%945 = phi float [ 0.0, %entry ], [ %2706, %pv ]
	%946 = phi float [ 0.0, %entry ], [ %2707, %pv ]
	%947 = phi float [ 0.0, %entry ], [ %2716, %pv ]
	%948 = phi float [ 0.0, %entry ], [ %2717, %pv ]
	%949 = phi float [ 0.0, %entry ], [ %2718, %pv ]
	%950 = phi float [ 0.0, %entry ], [ %2719, %pv ]
	%951 = phi float [ 0.0, %entry ], [ %2721, %pv ]
	%952 = phi float [ 0.0, %entry ], [ %2722, %pv ]
	%953 = phi float [ 0.0, %entry ], [ %2723, %pv ]
	%954 = phi float [ 0.0, %entry ], [ %2724, %pv ]
	%955 = phi float [ 0.0, %entry ], [ %2733, %pv ]
	%956 = phi float [ 0.0, %entry ], [ %2734, %pv ]
	%957 = phi float [ 0.0, %entry ], [ %2735, %pv ]
	%958 = phi float [ 0.0, %entry ], [ %2736, %pv ]
	%959 = phi float [ 0.0, %entry ], [ %2738, %pv ]
	%960 = phi float [ 0.0, %entry ], [ %2739, %pv ]
	%961 = phi float [ 0.0, %entry ], [ %2740, %pv ]
	%962 = phi float [ 0.0, %entry ], [ %2741, %pv ]
	%963 = phi float [ 0.0, %entry ], [ %2750, %pv ]
	%964 = phi float [ 0.0, %entry ], [ %2751, %pv ]
	%965 = phi float [ 0.0, %entry ], [ %2752, %pv ]
	%966 = phi float [ 0.0, %entry ], [ %2753, %pv ]
	%967 = phi float [ 0.0, %entry ], [ %2755, %pv ]
	%968 = phi float [ 0.0, %entry ], [ %2756, %pv ]
	%969 = phi float [ 0.0, %entry ], [ %2757, %pv ]
	%970 = phi float [ 0.0, %entry ], [ %2758, %pv ]
	%971 = phi float [ 0.0, %entry ], [ %2767, %pv ]
	%972 = phi float [ 0.0, %entry ], [ %2768, %pv ]
	%973 = phi float [ 0.0, %entry ], [ %2769, %pv ]
	%974 = phi float [ 0.0, %entry ], [ %2770, %pv ]
	%975 = phi float [ 0.0, %entry ], [ %2772, %pv ]
	%976 = phi float [ 0.0, %entry ], [ %2773, %pv ]
	%977 = phi float [ 0.0, %entry ], [ %2774, %pv ]
	%978 = phi float [ 0.0, %entry ], [ %2775, %pv ]
	%979 = phi float [ 0.0, %entry ], [ %2784, %pv ]
	%980 = phi float [ 0.0, %entry ], [ %2785, %pv ]
	%981 = phi float [ 0.0, %entry ], [ %2786, %pv ]
	%982 = phi float [ 0.0, %entry ], [ %2787, %pv ]
	%983 = phi float [ 0.0, %entry ], [ %2789, %pv ]
	%984 = phi float [ 0.0, %entry ], [ %2790, %pv ]
	%985 = phi float [ 0.0, %entry ], [ %2791, %pv ]
	%986 = phi float [ 0.0, %entry ], [ %2792, %pv ]
	%987 = phi float [ 0.0, %entry ], [ %2801, %pv ]
	%988 = phi float [ 0.0, %entry ], [ %2802, %pv ]
	%989 = phi float [ 0.0, %entry ], [ %2803, %pv ]
	%990 = phi float [ 0.0, %entry ], [ %2804, %pv ]
	%991 = phi float [ 0.0, %entry ], [ %2806, %pv ]
	%992 = phi float [ 0.0, %entry ], [ %2807, %pv ]
	%993 = phi float [ 0.0, %entry ], [ %2808, %pv ]
	%994 = phi float [ 0.0, %entry ], [ %2809, %pv ]
	%995 = phi float [ 0.0, %entry ], [ %2818, %pv ]
	%996 = phi float [ 0.0, %entry ], [ %2819, %pv ]
	%997 = phi float [ 0.0, %entry ], [ %2820, %pv ]
	%998 = phi float [ 0.0, %entry ], [ %2821, %pv ]
	%999 = phi float [ 0.0, %entry ], [ %2823, %pv ]
	%1000 = phi float [ 0.0, %entry ], [ %2824, %pv ]
	%1001 = phi float [ 0.0, %entry ], [ %2825, %pv ]
	%1002 = phi float [ 0.0, %entry ], [ %2826, %pv ]
	%1003 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %936, i32 1, i32 31)
	%1004 = fadd float %936, %1003
	%1005 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1004, i32 2, i32 31)
	%1006 = fadd float %1004, %1005
	%1007 = fcmp ogt float %1006, 0.0
	%1008 = fdiv float 1.0, %1006
	%1009 = select i1 %1007, float %1008, float 0.0
	%1010 = mul i32 %3, 16
	%1011 = add i32 %24, %1010
	%1012 = add i32 %5, 0
	%1013 = add i32 %1011, %1012
	%1014 = fmul float %939, %1009
	%1015 = fmul float %940, %1009
	%1016 = fmul float %943, %1009
	%1017 = fmul float %944, %1009
	%1018 = fmul float %947, %1009
	%1019 = fmul float %948, %1009
	%1020 = fmul float %951, %1009
	%1021 = fmul float %952, %1009
	%1022 = fmul float %955, %1009
	%1023 = fmul float %956, %1009
	%1024 = fmul float %959, %1009
	%1025 = fmul float %960, %1009
	%1026 = fmul float %963, %1009
	%1027 = fmul float %964, %1009
	%1028 = fmul float %967, %1009
	%1029 = fmul float %968, %1009
	%1030 = fmul float %971, %1009
	%1031 = fmul float %972, %1009
	%1032 = fmul float %975, %1009
	%1033 = fmul float %976, %1009
	%1034 = fmul float %979, %1009
	%1035 = fmul float %980, %1009
	%1036 = fmul float %983, %1009
	%1037 = fmul float %984, %1009
	%1038 = fmul float %987, %1009
	%1039 = fmul float %988, %1009
	%1040 = fmul float %991, %1009
	%1041 = fmul float %992, %1009
	%1042 = fmul float %995, %1009
	%1043 = fmul float %996, %1009
	%1044 = fmul float %999, %1009
	%1045 = fmul float %1000, %1009
	%1046 = icmp slt i32 %1013, %M
	br i1 %1046, label %store0, label %stored0

partial:
	%1047 = shl i32 %6, 1
	%1048 = add i32 0, %1047
	%1049 = add i32 %329, %1048
	%1050 = icmp slt i32 %1049, %N
	%1051 = select i1 %1050, i32 %1049, i32 0
	%1052 = sitofp i32 %932 to float
	%1053 = sitofp i32 %1051 to float
	%1054 = fcmp ole float %1053, %1052
	%1055 = uitofp i1 %1054 to float
	%1056 = fcmp une float %1055, 0.0
	%1057 = fsub float %1052, %1053
	%1058 = fcmp olt float %1057, 4096.0
	%1059 = uitofp i1 %1058 to float
	%1060 = fcmp une float %1059, 0.0
	%1061 = fcmp olt float %1053, 4.0
	%1062 = uitofp i1 %1061 to float
	%1063 = fcmp une float %1062, 0.0
	%1064 = or i1 %1060, %1063
	%1065 = uitofp i1 %1064 to float
	%1066 = fcmp une float %1065, 0.0
	%1067 = and i1 %1056, %1066
	%1068 = uitofp i1 %1067 to float
	%1069 = fcmp une float %1068, 0.0
	%1070 = and i1 %1050, %1069
	%1071 = select i1 %1070, float %866, float 0xFFF0000000000000
	%1072 = shl i32 %6, 1
	%1073 = add i32 1, %1072
	%1074 = add i32 %329, %1073
	%1075 = icmp slt i32 %1074, %N
	%1076 = select i1 %1075, i32 %1074, i32 0
	%1077 = sitofp i32 %932 to float
	%1078 = sitofp i32 %1076 to float
	%1079 = fcmp ole float %1078, %1077
	%1080 = uitofp i1 %1079 to float
	%1081 = fcmp une float %1080, 0.0
	%1082 = fsub float %1077, %1078
	%1083 = fcmp olt float %1082, 4096.0
	%1084 = uitofp i1 %1083 to float
	%1085 = fcmp une float %1084, 0.0
	%1086 = fcmp olt float %1078, 4.0
	%1087 = uitofp i1 %1086 to float
	%1088 = fcmp une float %1087, 0.0
	%1089 = or i1 %1085, %1088
	%1090 = uitofp i1 %1089 to float
	%1091 = fcmp une float %1090, 0.0
	%1092 = and i1 %1081, %1091
	%1093 = uitofp i1 %1092 to float
	%1094 = fcmp une float %1093, 0.0
	%1095 = and i1 %1075, %1094
	%1096 = select i1 %1095, float %867, float 0xFFF0000000000000
	%1097 = shl i32 %6, 1
	%1098 = add i32 0, %1097
	%1099 = add i32 %329, %1098
	%1100 = icmp slt i32 %1099, %N
	%1101 = select i1 %1100, i32 %1099, i32 0
	%1102 = sitofp i32 %933 to float
	%1103 = sitofp i32 %1101 to float
	%1104 = fcmp ole float %1103, %1102
	%1105 = uitofp i1 %1104 to float
	%1106 = fcmp une float %1105, 0.0
	%1107 = fsub float %1102, %1103
	%1108 = fcmp olt float %1107, 4096.0
	%1109 = uitofp i1 %1108 to float
	%1110 = fcmp une float %1109, 0.0
	%1111 = fcmp olt float %1103, 4.0
	%1112 = uitofp i1 %1111 to float
	%1113 = fcmp une float %1112, 0.0
	%1114 = or i1 %1110, %1113
	%1115 = uitofp i1 %1114 to float
	%1116 = fcmp une float %1115, 0.0
	%1117 = and i1 %1106, %1116
	%1118 = uitofp i1 %1117 to float
	%1119 = fcmp une float %1118, 0.0
	%1120 = and i1 %1100, %1119
	%1121 = select i1 %1120, float %868, float 0xFFF0000000000000
	%1122 = shl i32 %6, 1
	%1123 = add i32 1, %1122
	%1124 = add i32 %329, %1123
	%1125 = icmp slt i32 %1124, %N
	%1126 = select i1 %1125, i32 %1124, i32 0
	%1127 = sitofp i32 %933 to float
	%1128 = sitofp i32 %1126 to float
	%1129 = fcmp ole float %1128, %1127
	%1130 = uitofp i1 %1129 to float
	%1131 = fcmp une float %1130, 0.0
	%1132 = fsub float %1127, %1128
	%1133 = fcmp olt float %1132, 4096.0
	%1134 = uitofp i1 %1133 to float
	%1135 = fcmp une float %1134, 0.0
	%1136 = fcmp olt float %1128, 4.0
	%1137 = uitofp i1 %1136 to float
	%1138 = fcmp une float %1137, 0.0
	%1139 = or i1 %1135, %1138
	%1140 = uitofp i1 %1139 to float
	%1141 = fcmp une float %1140, 0.0
	%1142 = and i1 %1131, %1141
	%1143 = uitofp i1 %1142 to float
	%1144 = fcmp une float %1143, 0.0
	%1145 = and i1 %1125, %1144
	%1146 = select i1 %1145, float %869, float 0xFFF0000000000000
	%1147 = shl i32 %6, 1
	%1148 = add i32 8, %1147
	%1149 = add i32 %329, %1148
	%1150 = icmp slt i32 %1149, %N
	%1151 = select i1 %1150, i32 %1149, i32 0
	%1152 = sitofp i32 %932 to float
	%1153 = sitofp i32 %1151 to float
	%1154 = fcmp ole float %1153, %1152
	%1155 = uitofp i1 %1154 to float
	%1156 = fcmp une float %1155, 0.0
	%1157 = fsub float %1152, %1153
	%1158 = fcmp olt float %1157, 4096.0
	%1159 = uitofp i1 %1158 to float
	%1160 = fcmp une float %1159, 0.0
	%1161 = fcmp olt float %1153, 4.0
	%1162 = uitofp i1 %1161 to float
	%1163 = fcmp une float %1162, 0.0
	%1164 = or i1 %1160, %1163
	%1165 = uitofp i1 %1164 to float
	%1166 = fcmp une float %1165, 0.0
	%1167 = and i1 %1156, %1166
	%1168 = uitofp i1 %1167 to float
	%1169 = fcmp une float %1168, 0.0
	%1170 = and i1 %1150, %1169
	%1171 = select i1 %1170, float %871, float 0xFFF0000000000000
	%1172 = shl i32 %6, 1
	%1173 = add i32 9, %1172
	%1174 = add i32 %329, %1173
	%1175 = icmp slt i32 %1174, %N
	%1176 = select i1 %1175, i32 %1174, i32 0
	%1177 = sitofp i32 %932 to float
	%1178 = sitofp i32 %1176 to float
	%1179 = fcmp ole float %1178, %1177
	%1180 = uitofp i1 %1179 to float
	%1181 = fcmp une float %1180, 0.0
	%1182 = fsub float %1177, %1178
	%1183 = fcmp olt float %1182, 4096.0
	%1184 = uitofp i1 %1183 to float
	%1185 = fcmp une float %1184, 0.0
	%1186 = fcmp olt float %1178, 4.0
	%1187 = uitofp i1 %1186 to float
	%1188 = fcmp une float %1187, 0.0
	%1189 = or i1 %1185, %1188
	%1190 = uitofp i1 %1189 to float
	%1191 = fcmp une float %1190, 0.0
	%1192 = and i1 %1181, %1191
	%1193 = uitofp i1 %1192 to float
	%1194 = fcmp une float %1193, 0.0
	%1195 = and i1 %1175, %1194
	%1196 = select i1 %1195, float %872, float 0xFFF0000000000000
	%1197 = shl i32 %6, 1
	%1198 = add i32 8, %1197
	%1199 = add i32 %329, %1198
	%1200 = icmp slt i32 %1199, %N
	%1201 = select i1 %1200, i32 %1199, i32 0
	%1202 = sitofp i32 %933 to float
	%1203 = sitofp i32 %1201 to float
	%1204 = fcmp ole float %1203, %1202
	%1205 = uitofp i1 %1204 to float
	%1206 = fcmp une float %1205, 0.0
	%1207 = fsub float %1202, %1203
	%1208 = fcmp olt float %1207, 4096.0
	%1209 = uitofp i1 %1208 to float
	%1210 = fcmp une float %1209, 0.0
	%1211 = fcmp olt float %1203, 4.0
	%1212 = uitofp i1 %1211 to float
	%1213 = fcmp une float %1212, 0.0
	%1214 = or i1 %1210, %1213
	%1215 = uitofp i1 %1214 to float
	%1216 = fcmp une float %1215, 0.0
	%1217 = and i1 %1206, %1216
	%1218 = uitofp i1 %1217 to float
	%1219 = fcmp une float %1218, 0.0
	%1220 = and i1 %1200, %1219
	%1221 = select i1 %1220, float %873, float 0xFFF0000000000000
	%1222 = shl i32 %6, 1
	%1223 = add i32 9, %1222
	%1224 = add i32 %329, %1223
	%1225 = icmp slt i32 %1224, %N
	%1226 = select i1 %1225, i32 %1224, i32 0
	%1227 = sitofp i32 %933 to float
	%1228 = sitofp i32 %1226 to float
	%1229 = fcmp ole float %1228, %1227
	%1230 = uitofp i1 %1229 to float
	%1231 = fcmp une float %1230, 0.0
	%1232 = fsub float %1227, %1228
	%1233 = fcmp olt float %1232, 4096.0
	%1234 = uitofp i1 %1233 to float
	%1235 = fcmp une float %1234, 0.0
	%1236 = fcmp olt float %1228, 4.0
	%1237 = uitofp i1 %1236 to float
	%1238 = fcmp une float %1237, 0.0
	%1239 = or i1 %1235, %1238
	%1240 = uitofp i1 %1239 to float
	%1241 = fcmp une float %1240, 0.0
	%1242 = and i1 %1231, %1241
	%1243 = uitofp i1 %1242 to float
	%1244 = fcmp une float %1243, 0.0
	%1245 = and i1 %1225, %1244
	%1246 = select i1 %1245, float %874, float 0xFFF0000000000000
	%1247 = shl i32 %6, 1
	%1248 = add i32 16, %1247
	%1249 = add i32 %329, %1248
	%1250 = icmp slt i32 %1249, %N
	%1251 = select i1 %1250, i32 %1249, i32 0
	%1252 = sitofp i32 %932 to float
	%1253 = sitofp i32 %1251 to float
	%1254 = fcmp ole float %1253, %1252
	%1255 = uitofp i1 %1254 to float
	%1256 = fcmp une float %1255, 0.0
	%1257 = fsub float %1252, %1253
	%1258 = fcmp olt float %1257, 4096.0
	%1259 = uitofp i1 %1258 to float
	%1260 = fcmp une float %1259, 0.0
	%1261 = fcmp olt float %1253, 4.0
	%1262 = uitofp i1 %1261 to float
	%1263 = fcmp une float %1262, 0.0
	%1264 = or i1 %1260, %1263
	%1265 = uitofp i1 %1264 to float
	%1266 = fcmp une float %1265, 0.0
	%1267 = and i1 %1256, %1266
	%1268 = uitofp i1 %1267 to float
	%1269 = fcmp une float %1268, 0.0
	%1270 = and i1 %1250, %1269
	%1271 = select i1 %1270, float %882, float 0xFFF0000000000000
	%1272 = shl i32 %6, 1
	%1273 = add i32 17, %1272
	%1274 = add i32 %329, %1273
	%1275 = icmp slt i32 %1274, %N
	%1276 = select i1 %1275, i32 %1274, i32 0
	%1277 = sitofp i32 %932 to float
	%1278 = sitofp i32 %1276 to float
	%1279 = fcmp ole float %1278, %1277
	%1280 = uitofp i1 %1279 to float
	%1281 = fcmp une float %1280, 0.0
	%1282 = fsub float %1277, %1278
	%1283 = fcmp olt float %1282, 4096.0
	%1284 = uitofp i1 %1283 to float
	%1285 = fcmp une float %1284, 0.0
	%1286 = fcmp olt float %1278, 4.0
	%1287 = uitofp i1 %1286 to float
	%1288 = fcmp une float %1287, 0.0
	%1289 = or i1 %1285, %1288
	%1290 = uitofp i1 %1289 to float
	%1291 = fcmp une float %1290, 0.0
	%1292 = and i1 %1281, %1291
	%1293 = uitofp i1 %1292 to float
	%1294 = fcmp une float %1293, 0.0
	%1295 = and i1 %1275, %1294
	%1296 = select i1 %1295, float %883, float 0xFFF0000000000000
	%1297 = shl i32 %6, 1
	%1298 = add i32 16, %1297
	%1299 = add i32 %329, %1298
	%1300 = icmp slt i32 %1299, %N
	%1301 = select i1 %1300, i32 %1299, i32 0
	%1302 = sitofp i32 %933 to float
	%1303 = sitofp i32 %1301 to float
	%1304 = fcmp ole float %1303, %1302
	%1305 = uitofp i1 %1304 to float
	%1306 = fcmp une float %1305, 0.0
	%1307 = fsub float %1302, %1303
	%1308 = fcmp olt float %1307, 4096.0
	%1309 = uitofp i1 %1308 to float
	%1310 = fcmp une float %1309, 0.0
	%1311 = fcmp olt float %1303, 4.0
	%1312 = uitofp i1 %1311 to float
	%1313 = fcmp une float %1312, 0.0
	%1314 = or i1 %1310, %1313
	%1315 = uitofp i1 %1314 to float
	%1316 = fcmp une float %1315, 0.0
	%1317 = and i1 %1306, %1316
	%1318 = uitofp i1 %1317 to float
	%1319 = fcmp une float %1318, 0.0
	%1320 = and i1 %1300, %1319
	%1321 = select i1 %1320, float %884, float 0xFFF0000000000000
	%1322 = shl i32 %6, 1
	%1323 = add i32 17, %1322
	%1324 = add i32 %329, %1323
	%1325 = icmp slt i32 %1324, %N
	%1326 = select i1 %1325, i32 %1324, i32 0
	%1327 = sitofp i32 %933 to float
	%1328 = sitofp i32 %1326 to float
	%1329 = fcmp ole float %1328, %1327
	%1330 = uitofp i1 %1329 to float
	%1331 = fcmp une float %1330, 0.0
	%1332 = fsub float %1327, %1328
	%1333 = fcmp olt float %1332, 4096.0
	%1334 = uitofp i1 %1333 to float
	%1335 = fcmp une float %1334, 0.0
	%1336 = fcmp olt float %1328, 4.0
	%1337 = uitofp i1 %1336 to float
	%1338 = fcmp une float %1337, 0.0
	%1339 = or i1 %1335, %1338
	%1340 = uitofp i1 %1339 to float
	%1341 = fcmp une float %1340, 0.0
	%1342 = and i1 %1331, %1341
	%1343 = uitofp i1 %1342 to float
	%1344 = fcmp une float %1343, 0.0
	%1345 = and i1 %1325, %1344
	%1346 = select i1 %1345, float %885, float 0xFFF0000000000000
	%1347 = shl i32 %6, 1
	%1348 = add i32 24, %1347
	%1349 = add i32 %329, %1348
	%1350 = icmp slt i32 %1349, %N
	%1351 = select i1 %1350, i32 %1349, i32 0
	%1352 = sitofp i32 %932 to float
	%1353 = sitofp i32 %1351 to float
	%1354 = fcmp ole float %1353, %1352
	%1355 = uitofp i1 %1354 to float
	%1356 = fcmp une float %1355, 0.0
	%1357 = fsub float %1352, %1353
	%1358 = fcmp olt float %1357, 4096.0
	%1359 = uitofp i1 %1358 to float
	%1360 = fcmp une float %1359, 0.0
	%1361 = fcmp olt float %1353, 4.0
	%1362 = uitofp i1 %1361 to float
	%1363 = fcmp une float %1362, 0.0
	%1364 = or i1 %1360, %1363
	%1365 = uitofp i1 %1364 to float
	%1366 = fcmp une float %1365, 0.0
	%1367 = and i1 %1356, %1366
	%1368 = uitofp i1 %1367 to float
	%1369 = fcmp une float %1368, 0.0
	%1370 = and i1 %1350, %1369
	%1371 = select i1 %1370, float %887, float 0xFFF0000000000000
	%1372 = shl i32 %6, 1
	%1373 = add i32 25, %1372
	%1374 = add i32 %329, %1373
	%1375 = icmp slt i32 %1374, %N
	%1376 = select i1 %1375, i32 %1374, i32 0
	%1377 = sitofp i32 %932 to float
	%1378 = sitofp i32 %1376 to float
	%1379 = fcmp ole float %1378, %1377
	%1380 = uitofp i1 %1379 to float
	%1381 = fcmp une float %1380, 0.0
	%1382 = fsub float %1377, %1378
	%1383 = fcmp olt float %1382, 4096.0
	%1384 = uitofp i1 %1383 to float
	%1385 = fcmp une float %1384, 0.0
	%1386 = fcmp olt float %1378, 4.0
	%1387 = uitofp i1 %1386 to float
	%1388 = fcmp une float %1387, 0.0
	%1389 = or i1 %1385, %1388
	%1390 = uitofp i1 %1389 to float
	%1391 = fcmp une float %1390, 0.0
	%1392 = and i1 %1381, %1391
	%1393 = uitofp i1 %1392 to float
	%1394 = fcmp une float %1393, 0.0
	%1395 = and i1 %1375, %1394
	%1396 = select i1 %1395, float %888, float 0xFFF0000000000000
	%1397 = shl i32 %6, 1
	%1398 = add i32 24, %1397
	%1399 = add i32 %329, %1398
	%1400 = icmp slt i32 %1399, %N
	%1401 = select i1 %1400, i32 %1399, i32 0
	%1402 = sitofp i32 %933 to float
	%1403 = sitofp i32 %1401 to float
	%1404 = fcmp ole float %1403, %1402
	%1405 = uitofp i1 %1404 to float
	%1406 = fcmp une float %1405, 0.0
	%1407 = fsub float %1402, %1403
	%1408 = fcmp olt float %1407, 4096.0
	%1409 = uitofp i1 %1408 to float
	%1410 = fcmp une float %1409, 0.0
	%1411 = fcmp olt float %1403, 4.0
	%1412 = uitofp i1 %1411 to float
	%1413 = fcmp une float %1412, 0.0
	%1414 = or i1 %1410, %1413
	%1415 = uitofp i1 %1414 to float
	%1416 = fcmp une float %1415, 0.0
	%1417 = and i1 %1406, %1416
	%1418 = uitofp i1 %1417 to float
	%1419 = fcmp une float %1418, 0.0
	%1420 = and i1 %1400, %1419
	%1421 = select i1 %1420, float %889, float 0xFFF0000000000000
	%1422 = shl i32 %6, 1
	%1423 = add i32 25, %1422
	%1424 = add i32 %329, %1423
	%1425 = icmp slt i32 %1424, %N
	%1426 = select i1 %1425, i32 %1424, i32 0
	%1427 = sitofp i32 %933 to float
	%1428 = sitofp i32 %1426 to float
	%1429 = fcmp ole float %1428, %1427
	%1430 = uitofp i1 %1429 to float
	%1431 = fcmp une float %1430, 0.0
	%1432 = fsub float %1427, %1428
	%1433 = fcmp olt float %1432, 4096.0
	%1434 = uitofp i1 %1433 to float
	%1435 = fcmp une float %1434, 0.0
	%1436 = fcmp olt float %1428, 4.0
	%1437 = uitofp i1 %1436 to float
	%1438 = fcmp une float %1437, 0.0
	%1439 = or i1 %1435, %1438
	%1440 = uitofp i1 %1439 to float
	%1441 = fcmp une float %1440, 0.0
	%1442 = and i1 %1431, %1441
	%1443 = uitofp i1 %1442 to float
	%1444 = fcmp une float %1443, 0.0
	%1445 = and i1 %1425, %1444
	%1446 = select i1 %1445, float %890, float 0xFFF0000000000000
	%1447 = shl i32 %6, 1
	%1448 = add i32 32, %1447
	%1449 = add i32 %329, %1448
	%1450 = icmp slt i32 %1449, %N
	%1451 = select i1 %1450, i32 %1449, i32 0
	%1452 = sitofp i32 %932 to float
	%1453 = sitofp i32 %1451 to float
	%1454 = fcmp ole float %1453, %1452
	%1455 = uitofp i1 %1454 to float
	%1456 = fcmp une float %1455, 0.0
	%1457 = fsub float %1452, %1453
	%1458 = fcmp olt float %1457, 4096.0
	%1459 = uitofp i1 %1458 to float
	%1460 = fcmp une float %1459, 0.0
	%1461 = fcmp olt float %1453, 4.0
	%1462 = uitofp i1 %1461 to float
	%1463 = fcmp une float %1462, 0.0
	%1464 = or i1 %1460, %1463
	%1465 = uitofp i1 %1464 to float
	%1466 = fcmp une float %1465, 0.0
	%1467 = and i1 %1456, %1466
	%1468 = uitofp i1 %1467 to float
	%1469 = fcmp une float %1468, 0.0
	%1470 = and i1 %1450, %1469
	%1471 = select i1 %1470, float %898, float 0xFFF0000000000000
	%1472 = shl i32 %6, 1
	%1473 = add i32 33, %1472
	%1474 = add i32 %329, %1473
	%1475 = icmp slt i32 %1474, %N
	%1476 = select i1 %1475, i32 %1474, i32 0
	%1477 = sitofp i32 %932 to float
	%1478 = sitofp i32 %1476 to float
	%1479 = fcmp ole float %1478, %1477
	%1480 = uitofp i1 %1479 to float
	%1481 = fcmp une float %1480, 0.0
	%1482 = fsub float %1477, %1478
	%1483 = fcmp olt float %1482, 4096.0
	%1484 = uitofp i1 %1483 to float
	%1485 = fcmp une float %1484, 0.0
	%1486 = fcmp olt float %1478, 4.0
	%1487 = uitofp i1 %1486 to float
	%1488 = fcmp une float %1487, 0.0
	%1489 = or i1 %1485, %1488
	%1490 = uitofp i1 %1489 to float
	%1491 = fcmp une float %1490, 0.0
	%1492 = and i1 %1481, %1491
	%1493 = uitofp i1 %1492 to float
	%1494 = fcmp une float %1493, 0.0
	%1495 = and i1 %1475, %1494
	%1496 = select i1 %1495, float %899, float 0xFFF0000000000000
	%1497 = shl i32 %6, 1
	%1498 = add i32 32, %1497
	%1499 = add i32 %329, %1498
	%1500 = icmp slt i32 %1499, %N
	%1501 = select i1 %1500, i32 %1499, i32 0
	%1502 = sitofp i32 %933 to float
	%1503 = sitofp i32 %1501 to float
	%1504 = fcmp ole float %1503, %1502
	%1505 = uitofp i1 %1504 to float
	%1506 = fcmp une float %1505, 0.0
	%1507 = fsub float %1502, %1503
	%1508 = fcmp olt float %1507, 4096.0
	%1509 = uitofp i1 %1508 to float
	%1510 = fcmp une float %1509, 0.0
	%1511 = fcmp olt float %1503, 4.0
	%1512 = uitofp i1 %1511 to float
	%1513 = fcmp une float %1512, 0.0
	%1514 = or i1 %1510, %1513
	%1515 = uitofp i1 %1514 to float
	%1516 = fcmp une float %1515, 0.0
	%1517 = and i1 %1506, %1516
	%1518 = uitofp i1 %1517 to float
	%1519 = fcmp une float %1518, 0.0
	%1520 = and i1 %1500, %1519
	%1521 = select i1 %1520, float %900, float 0xFFF0000000000000
	%1522 = shl i32 %6, 1
	%1523 = add i32 33, %1522
	%1524 = add i32 %329, %1523
	%1525 = icmp slt i32 %1524, %N
	%1526 = select i1 %1525, i32 %1524, i32 0
	%1527 = sitofp i32 %933 to float
	%1528 = sitofp i32 %1526 to float
	%1529 = fcmp ole float %1528, %1527
	%1530 = uitofp i1 %1529 to float
	%1531 = fcmp une float %1530, 0.0
	%1532 = fsub float %1527, %1528
	%1533 = fcmp olt float %1532, 4096.0
	%1534 = uitofp i1 %1533 to float
	%1535 = fcmp une float %1534, 0.0
	%1536 = fcmp olt float %1528, 4.0
	%1537 = uitofp i1 %1536 to float
	%1538 = fcmp une float %1537, 0.0
	%1539 = or i1 %1535, %1538
	%1540 = uitofp i1 %1539 to float
	%1541 = fcmp une float %1540, 0.0
	%1542 = and i1 %1531, %1541
	%1543 = uitofp i1 %1542 to float
	%1544 = fcmp une float %1543, 0.0
	%1545 = and i1 %1525, %1544
	%1546 = select i1 %1545, float %901, float 0xFFF0000000000000
	%1547 = shl i32 %6, 1
	%1548 = add i32 40, %1547
	%1549 = add i32 %329, %1548
	%1550 = icmp slt i32 %1549, %N
	%1551 = select i1 %1550, i32 %1549, i32 0
	%1552 = sitofp i32 %932 to float
	%1553 = sitofp i32 %1551 to float
	%1554 = fcmp ole float %1553, %1552
	%1555 = uitofp i1 %1554 to float
	%1556 = fcmp une float %1555, 0.0
	%1557 = fsub float %1552, %1553
	%1558 = fcmp olt float %1557, 4096.0
	%1559 = uitofp i1 %1558 to float
	%1560 = fcmp une float %1559, 0.0
	%1561 = fcmp olt float %1553, 4.0
	%1562 = uitofp i1 %1561 to float
	%1563 = fcmp une float %1562, 0.0
	%1564 = or i1 %1560, %1563
	%1565 = uitofp i1 %1564 to float
	%1566 = fcmp une float %1565, 0.0
	%1567 = and i1 %1556, %1566
	%1568 = uitofp i1 %1567 to float
	%1569 = fcmp une float %1568, 0.0
	%1570 = and i1 %1550, %1569
	%1571 = select i1 %1570, float %903, float 0xFFF0000000000000
	%1572 = shl i32 %6, 1
	%1573 = add i32 41, %1572
	%1574 = add i32 %329, %1573
	%1575 = icmp slt i32 %1574, %N
	%1576 = select i1 %1575, i32 %1574, i32 0
	%1577 = sitofp i32 %932 to float
	%1578 = sitofp i32 %1576 to float
	%1579 = fcmp ole float %1578, %1577
	%1580 = uitofp i1 %1579 to float
	%1581 = fcmp une float %1580, 0.0
	%1582 = fsub float %1577, %1578
	%1583 = fcmp olt float %1582, 4096.0
	%1584 = uitofp i1 %1583 to float
	%1585 = fcmp une float %1584, 0.0
	%1586 = fcmp olt float %1578, 4.0
	%1587 = uitofp i1 %1586 to float
	%1588 = fcmp une float %1587, 0.0
	%1589 = or i1 %1585, %1588
	%1590 = uitofp i1 %1589 to float
	%1591 = fcmp une float %1590, 0.0
	%1592 = and i1 %1581, %1591
	%1593 = uitofp i1 %1592 to float
	%1594 = fcmp une float %1593, 0.0
	%1595 = and i1 %1575, %1594
	%1596 = select i1 %1595, float %904, float 0xFFF0000000000000
	%1597 = shl i32 %6, 1
	%1598 = add i32 40, %1597
	%1599 = add i32 %329, %1598
	%1600 = icmp slt i32 %1599, %N
	%1601 = select i1 %1600, i32 %1599, i32 0
	%1602 = sitofp i32 %933 to float
	%1603 = sitofp i32 %1601 to float
	%1604 = fcmp ole float %1603, %1602
	%1605 = uitofp i1 %1604 to float
	%1606 = fcmp une float %1605, 0.0
	%1607 = fsub float %1602, %1603
	%1608 = fcmp olt float %1607, 4096.0
	%1609 = uitofp i1 %1608 to float
	%1610 = fcmp une float %1609, 0.0
	%1611 = fcmp olt float %1603, 4.0
	%1612 = uitofp i1 %1611 to float
	%1613 = fcmp une float %1612, 0.0
	%1614 = or i1 %1610, %1613
	%1615 = uitofp i1 %1614 to float
	%1616 = fcmp une float %1615, 0.0
	%1617 = and i1 %1606, %1616
	%1618 = uitofp i1 %1617 to float
	%1619 = fcmp une float %1618, 0.0
	%1620 = and i1 %1600, %1619
	%1621 = select i1 %1620, float %905, float 0xFFF0000000000000
	%1622 = shl i32 %6, 1
	%1623 = add i32 41, %1622
	%1624 = add i32 %329, %1623
	%1625 = icmp slt i32 %1624, %N
	%1626 = select i1 %1625, i32 %1624, i32 0
	%1627 = sitofp i32 %933 to float
	%1628 = sitofp i32 %1626 to float
	%1629 = fcmp ole float %1628, %1627
	%1630 = uitofp i1 %1629 to float
	%1631 = fcmp une float %1630, 0.0
	%1632 = fsub float %1627, %1628
	%1633 = fcmp olt float %1632, 4096.0
	%1634 = uitofp i1 %1633 to float
	%1635 = fcmp une float %1634, 0.0
	%1636 = fcmp olt float %1628, 4.0
	%1637 = uitofp i1 %1636 to float
	%1638 = fcmp une float %1637, 0.0
	%1639 = or i1 %1635, %1638
	%1640 = uitofp i1 %1639 to float
	%1641 = fcmp une float %1640, 0.0
	%1642 = and i1 %1631, %1641
	%1643 = uitofp i1 %1642 to float
	%1644 = fcmp une float %1643, 0.0
	%1645 = and i1 %1625, %1644
	%1646 = select i1 %1645, float %906, float 0xFFF0000000000000
	%1647 = shl i32 %6, 1
	%1648 = add i32 48, %1647
	%1649 = add i32 %329, %1648
	%1650 = icmp slt i32 %1649, %N
	%1651 = select i1 %1650, i32 %1649, i32 0
	%1652 = sitofp i32 %932 to float
	%1653 = sitofp i32 %1651 to float
	%1654 = fcmp ole float %1653, %1652
	%1655 = uitofp i1 %1654 to float
	%1656 = fcmp une float %1655, 0.0
	%1657 = fsub float %1652, %1653
	%1658 = fcmp olt float %1657, 4096.0
	%1659 = uitofp i1 %1658 to float
	%1660 = fcmp une float %1659, 0.0
	%1661 = fcmp olt float %1653, 4.0
	%1662 = uitofp i1 %1661 to float
	%1663 = fcmp une float %1662, 0.0
	%1664 = or i1 %1660, %1663
	%1665 = uitofp i1 %1664 to float
	%1666 = fcmp une float %1665, 0.0
	%1667 = and i1 %1656, %1666
	%1668 = uitofp i1 %1667 to float
	%1669 = fcmp une float %1668, 0.0
	%1670 = and i1 %1650, %1669
	%1671 = select i1 %1670, float %914, float 0xFFF0000000000000
	%1672 = shl i32 %6, 1
	%1673 = add i32 49, %1672
	%1674 = add i32 %329, %1673
	%1675 = icmp slt i32 %1674, %N
	%1676 = select i1 %1675, i32 %1674, i32 0
	%1677 = sitofp i32 %932 to float
	%1678 = sitofp i32 %1676 to float
	%1679 = fcmp ole float %1678, %1677
	%1680 = uitofp i1 %1679 to float
	%1681 = fcmp une float %1680, 0.0
	%1682 = fsub float %1677, %1678
	%1683 = fcmp olt float %1682, 4096.0
	%1684 = uitofp i1 %1683 to float
	%1685 = fcmp une float %1684, 0.0
	%1686 = fcmp olt float %1678, 4.0
	%1687 = uitofp i1 %1686 to float
	%1688 = fcmp une float %1687, 0.0
	%1689 = or i1 %1685, %1688
	%1690 = uitofp i1 %1689 to float
	%1691 = fcmp une float %1690, 0.0
	%1692 = and i1 %1681, %1691
	%1693 = uitofp i1 %1692 to float
	%1694 = fcmp une float %1693, 0.0
	%1695 = and i1 %1675, %1694
	%1696 = select i1 %1695, float %915, float 0xFFF0000000000000
	%1697 = shl i32 %6, 1
	%1698 = add i32 48, %1697
	%1699 = add i32 %329, %1698
	%1700 = icmp slt i32 %1699, %N
	%1701 = select i1 %1700, i32 %1699, i32 0
	%1702 = sitofp i32 %933 to float
	%1703 = sitofp i32 %1701 to float
	%1704 = fcmp ole float %1703, %1702
	%1705 = uitofp i1 %1704 to float
	%1706 = fcmp une float %1705, 0.0
	%1707 = fsub float %1702, %1703
	%1708 = fcmp olt float %1707, 4096.0
	%1709 = uitofp i1 %1708 to float
	%1710 = fcmp une float %1709, 0.0
	%1711 = fcmp olt float %1703, 4.0
	%1712 = uitofp i1 %1711 to float
	%1713 = fcmp une float %1712, 0.0
	%1714 = or i1 %1710, %1713
	%1715 = uitofp i1 %1714 to float
	%1716 = fcmp une float %1715, 0.0
	%1717 = and i1 %1706, %1716
	%1718 = uitofp i1 %1717 to float
	%1719 = fcmp une float %1718, 0.0
	%1720 = and i1 %1700, %1719
	%1721 = select i1 %1720, float %916, float 0xFFF0000000000000
	%1722 = shl i32 %6, 1
	%1723 = add i32 49, %1722
	%1724 = add i32 %329, %1723
	%1725 = icmp slt i32 %1724, %N
	%1726 = select i1 %1725, i32 %1724, i32 0
	%1727 = sitofp i32 %933 to float
	%1728 = sitofp i32 %1726 to float
	%1729 = fcmp ole float %1728, %1727
	%1730 = uitofp i1 %1729 to float
	%1731 = fcmp une float %1730, 0.0
	%1732 = fsub float %1727, %1728
	%1733 = fcmp olt float %1732, 4096.0
	%1734 = uitofp i1 %1733 to float
	%1735 = fcmp une float %1734, 0.0
	%1736 = fcmp olt float %1728, 4.0
	%1737 = uitofp i1 %1736 to float
	%1738 = fcmp une float %1737, 0.0
	%1739 = or i1 %1735, %1738
	%1740 = uitofp i1 %1739 to float
	%1741 = fcmp une float %1740, 0.0
	%1742 = and i1 %1731, %1741
	%1743 = uitofp i1 %1742 to float
	%1744 = fcmp une float %1743, 0.0
	%1745 = and i1 %1725, %1744
	%1746 = select i1 %1745, float %917, float 0xFFF0000000000000
	%1747 = shl i32 %6, 1
	%1748 = add i32 56, %1747
	%1749 = add i32 %329, %1748
	%1750 = icmp slt i32 %1749, %N
	%1751 = select i1 %1750, i32 %1749, i32 0
	%1752 = sitofp i32 %932 to float
	%1753 = sitofp i32 %1751 to float
	%1754 = fcmp ole float %1753, %1752
	%1755 = uitofp i1 %1754 to float
	%1756 = fcmp une float %1755, 0.0
	%1757 = fsub float %1752, %1753
	%1758 = fcmp olt float %1757, 4096.0
	%1759 = uitofp i1 %1758 to float
	%1760 = fcmp une float %1759, 0.0
	%1761 = fcmp olt float %1753, 4.0
	%1762 = uitofp i1 %1761 to float
	%1763 = fcmp une float %1762, 0.0
	%1764 = or i1 %1760, %1763
	%1765 = uitofp i1 %1764 to float
	%1766 = fcmp une float %1765, 0.0
	%1767 = and i1 %1756, %1766
	%1768 = uitofp i1 %1767 to float
	%1769 = fcmp une float %1768, 0.0
	%1770 = and i1 %1750, %1769
	%1771 = select i1 %1770, float %919, float 0xFFF0000000000000
	%1772 = shl i32 %6, 1
	%1773 = add i32 57, %1772
	%1774 = add i32 %329, %1773
	%1775 = icmp slt i32 %1774, %N
	%1776 = select i1 %1775, i32 %1774, i32 0
	%1777 = sitofp i32 %932 to float
	%1778 = sitofp i32 %1776 to float
	%1779 = fcmp ole float %1778, %1777
	%1780 = uitofp i1 %1779 to float
	%1781 = fcmp une float %1780, 0.0
	%1782 = fsub float %1777, %1778
	%1783 = fcmp olt float %1782, 4096.0
	%1784 = uitofp i1 %1783 to float
	%1785 = fcmp une float %1784, 0.0
	%1786 = fcmp olt float %1778, 4.0
	%1787 = uitofp i1 %1786 to float
	%1788 = fcmp une float %1787, 0.0
	%1789 = or i1 %1785, %1788
	%1790 = uitofp i1 %1789 to float
	%1791 = fcmp une float %1790, 0.0
	%1792 = and i1 %1781, %1791
	%1793 = uitofp i1 %1792 to float
	%1794 = fcmp une float %1793, 0.0
	%1795 = and i1 %1775, %1794
	%1796 = select i1 %1795, float %920, float 0xFFF0000000000000
	%1797 = shl i32 %6, 1
	%1798 = add i32 56, %1797
	%1799 = add i32 %329, %1798
	%1800 = icmp slt i32 %1799, %N
	%1801 = select i1 %1800, i32 %1799, i32 0
	%1802 = sitofp i32 %933 to float
	%1803 = sitofp i32 %1801 to float
	%1804 = fcmp ole float %1803, %1802
	%1805 = uitofp i1 %1804 to float
	%1806 = fcmp une float %1805, 0.0
	%1807 = fsub float %1802, %1803
	%1808 = fcmp olt float %1807, 4096.0
	%1809 = uitofp i1 %1808 to float
	%1810 = fcmp une float %1809, 0.0
	%1811 = fcmp olt float %1803, 4.0
	%1812 = uitofp i1 %1811 to float
	%1813 = fcmp une float %1812, 0.0
	%1814 = or i1 %1810, %1813
	%1815 = uitofp i1 %1814 to float
	%1816 = fcmp une float %1815, 0.0
	%1817 = and i1 %1806, %1816
	%1818 = uitofp i1 %1817 to float
	%1819 = fcmp une float %1818, 0.0
	%1820 = and i1 %1800, %1819
	%1821 = select i1 %1820, float %921, float 0xFFF0000000000000
	%1822 = shl i32 %6, 1
	%1823 = add i32 57, %1822
	%1824 = add i32 %329, %1823
	%1825 = icmp slt i32 %1824, %N
	%1826 = select i1 %1825, i32 %1824, i32 0
	%1827 = sitofp i32 %933 to float
	%1828 = sitofp i32 %1826 to float
	%1829 = fcmp ole float %1828, %1827
	%1830 = uitofp i1 %1829 to float
	%1831 = fcmp une float %1830, 0.0
	%1832 = fsub float %1827, %1828
	%1833 = fcmp olt float %1832, 4096.0
	%1834 = uitofp i1 %1833 to float
	%1835 = fcmp une float %1834, 0.0
	%1836 = fcmp olt float %1828, 4.0
	%1837 = uitofp i1 %1836 to float
	%1838 = fcmp une float %1837, 0.0
	%1839 = or i1 %1835, %1838
	%1840 = uitofp i1 %1839 to float
	%1841 = fcmp une float %1840, 0.0
	%1842 = and i1 %1831, %1841
	%1843 = uitofp i1 %1842 to float
	%1844 = fcmp une float %1843, 0.0
	%1845 = and i1 %1825, %1844
	%1846 = select i1 %1845, float %922, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1847 = phi float [ %866, %loop ], [ %1071, %partial ]
	%1848 = phi float [ %867, %loop ], [ %1096, %partial ]
	%1849 = phi float [ %868, %loop ], [ %1121, %partial ]
	%1850 = phi float [ %869, %loop ], [ %1146, %partial ]
	%1851 = phi float [ %871, %loop ], [ %1171, %partial ]
	%1852 = phi float [ %872, %loop ], [ %1196, %partial ]
	%1853 = phi float [ %873, %loop ], [ %1221, %partial ]
	%1854 = phi float [ %874, %loop ], [ %1246, %partial ]
	%1855 = phi float [ %882, %loop ], [ %1271, %partial ]
	%1856 = phi float [ %883, %loop ], [ %1296, %partial ]
	%1857 = phi float [ %884, %loop ], [ %1321, %partial ]
	%1858 = phi float [ %885, %loop ], [ %1346, %partial ]
	%1859 = phi float [ %887, %loop ], [ %1371, %partial ]
	%1860 = phi float [ %888, %loop ], [ %1396, %partial ]
	%1861 = phi float [ %889, %loop ], [ %1421, %partial ]
	%1862 = phi float [ %890, %loop ], [ %1446, %partial ]
	%1863 = phi float [ %898, %loop ], [ %1471, %partial ]
	%1864 = phi float [ %899, %loop ], [ %1496, %partial ]
	%1865 = phi float [ %900, %loop ], [ %1521, %partial ]
	%1866 = phi float [ %901, %loop ], [ %1546, %partial ]
	%1867 = phi float [ %903, %loop ], [ %1571, %partial ]
	%1868 = phi float [ %904, %loop ], [ %1596, %partial ]
	%1869 = phi float [ %905, %loop ], [ %1621, %partial ]
	%1870 = phi float [ %906, %loop ], [ %1646, %partial ]
	%1871 = phi float [ %914, %loop ], [ %1671, %partial ]
	%1872 = phi float [ %915, %loop ], [ %1696, %partial ]
	%1873 = phi float [ %916, %loop ], [ %1721, %partial ]
	%1874 = phi float [ %917, %loop ], [ %1746, %partial ]
	%1875 = phi float [ %919, %loop ], [ %1771, %partial ]
	%1876 = phi float [ %920, %loop ], [ %1796, %partial ]
	%1877 = phi float [ %921, %loop ], [ %1821, %partial ]
	%1878 = phi float [ %922, %loop ], [ %1846, %partial ]
	%1879 = call float @llvm.nvvm.fmax.f(float %1847, float %1848)
	%1880 = call float @llvm.nvvm.fmax.f(float %1851, float %1852)
	%1881 = call float @llvm.nvvm.fmax.f(float %1855, float %1856)
	%1882 = call float @llvm.nvvm.fmax.f(float %1859, float %1860)
	%1883 = call float @llvm.nvvm.fmax.f(float %1863, float %1864)
	%1884 = call float @llvm.nvvm.fmax.f(float %1867, float %1868)
	%1885 = call float @llvm.nvvm.fmax.f(float %1871, float %1872)
	%1886 = call float @llvm.nvvm.fmax.f(float %1875, float %1876)
	%1887 = call float @llvm.nvvm.fmax.f(float %1879, float %1880)
	%1888 = call float @llvm.nvvm.fmax.f(float %1881, float %1882)
	%1889 = call float @llvm.nvvm.fmax.f(float %1883, float %1884)
	%1890 = call float @llvm.nvvm.fmax.f(float %1885, float %1886)
	%1891 = call float @llvm.nvvm.fmax.f(float %1887, float %1888)
	%1892 = call float @llvm.nvvm.fmax.f(float %1889, float %1890)
	%1893 = call float @llvm.nvvm.fmax.f(float %1891, float %1892)
	%1894 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1893, i32 1, i32 31)
	%1895 = call float @llvm.nvvm.fmax.f(float %1893, float %1894)
	%1896 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1895, i32 2, i32 31)
	%1897 = call float @llvm.nvvm.fmax.f(float %1895, float %1896)
	%1898 = fmul float %1897, 0x3FC0527DC0000000
	%1899 = call float @llvm.nvvm.fmax.f(float %325, float %1898)
	%1900 = fadd float %325, 8.0
	%1901 = fcmp ogt float %1899, %1900
	%1902 = or i1 false, %1901
	%1903 = call float @llvm.nvvm.fmax.f(float %1849, float %1850)
	%1904 = call float @llvm.nvvm.fmax.f(float %1853, float %1854)
	%1905 = call float @llvm.nvvm.fmax.f(float %1857, float %1858)
	%1906 = call float @llvm.nvvm.fmax.f(float %1861, float %1862)
	%1907 = call float @llvm.nvvm.fmax.f(float %1865, float %1866)
	%1908 = call float @llvm.nvvm.fmax.f(float %1869, float %1870)
	%1909 = call float @llvm.nvvm.fmax.f(float %1873, float %1874)
	%1910 = call float @llvm.nvvm.fmax.f(float %1877, float %1878)
	%1911 = call float @llvm.nvvm.fmax.f(float %1903, float %1904)
	%1912 = call float @llvm.nvvm.fmax.f(float %1905, float %1906)
	%1913 = call float @llvm.nvvm.fmax.f(float %1907, float %1908)
	%1914 = call float @llvm.nvvm.fmax.f(float %1909, float %1910)
	%1915 = call float @llvm.nvvm.fmax.f(float %1911, float %1912)
	%1916 = call float @llvm.nvvm.fmax.f(float %1913, float %1914)
	%1917 = call float @llvm.nvvm.fmax.f(float %1915, float %1916)
	%1918 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1917, i32 1, i32 31)
	%1919 = call float @llvm.nvvm.fmax.f(float %1917, float %1918)
	%1920 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1919, i32 2, i32 31)
	%1921 = call float @llvm.nvvm.fmax.f(float %1919, float %1920)
	%1922 = fmul float %1921, 0x3FC0527DC0000000
	%1923 = call float @llvm.nvvm.fmax.f(float %327, float %1922)
	%1924 = fadd float %327, 8.0
	%1925 = fcmp ogt float %1923, %1924
	%1926 = or i1 %1902, %1925
	%1927 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1926)
	br i1 %1927, label %1928, label %2003

1928:
	%1929 = fcmp oeq float %1899, 0xFFF0000000000000
	%1930 = select i1 %1929, float 0.0, float %1899
	%1931 = fsub float %325, %1930
	%1932 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1931)
	%1933 = fcmp oeq float %1923, 0xFFF0000000000000
	%1934 = select i1 %1933, float 0.0, float %1923
	%1935 = fsub float %327, %1934
	%1936 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1935)
	%1937 = fmul float %261, %1932
	%1938 = fmul float %262, %1932
	%1939 = fmul float %263, %1936
	%1940 = fmul float %264, %1936
	%1941 = fmul float %265, %1932
	%1942 = fmul float %266, %1932
	%1943 = fmul float %267, %1936
	%1944 = fmul float %268, %1936
	%1945 = fmul float %269, %1932
	%1946 = fmul float %270, %1932
	%1947 = fmul float %271, %1936
	%1948 = fmul float %272, %1936
	%1949 = fmul float %273, %1932
	%1950 = fmul float %274, %1932
	%1951 = fmul float %275, %1936
	%1952 = fmul float %276, %1936
	%1953 = fmul float %277, %1932
	%1954 = fmul float %278, %1932
	%1955 = fmul float %279, %1936
	%1956 = fmul float %280, %1936
	%1957 = fmul float %281, %1932
	%1958 = fmul float %282, %1932
	%1959 = fmul float %283, %1936
	%1960 = fmul float %284, %1936
	%1961 = fmul float %285, %1932
	%1962 = fmul float %286, %1932
	%1963 = fmul float %287, %1936
	%1964 = fmul float %288, %1936
	%1965 = fmul float %289, %1932
	%1966 = fmul float %290, %1932
	%1967 = fmul float %291, %1936
	%1968 = fmul float %292, %1936
	%1969 = fmul float %293, %1932
	%1970 = fmul float %294, %1932
	%1971 = fmul float %295, %1936
	%1972 = fmul float %296, %1936
	%1973 = fmul float %297, %1932
	%1974 = fmul float %298, %1932
	%1975 = fmul float %299, %1936
	%1976 = fmul float %300, %1936
	%1977 = fmul float %301, %1932
	%1978 = fmul float %302, %1932
	%1979 = fmul float %303, %1936
	%1980 = fmul float %304, %1936
	%1981 = fmul float %305, %1932
	%1982 = fmul float %306, %1932
	%1983 = fmul float %307, %1936
	%1984 = fmul float %308, %1936
	%1985 = fmul float %309, %1932
	%1986 = fmul float %310, %1932
	%1987 = fmul float %311, %1936
	%1988 = fmul float %312, %1936
	%1989 = fmul float %313, %1932
	%1990 = fmul float %314, %1932
	%1991 = fmul float %315, %1936
	%1992 = fmul float %316, %1936
	%1993 = fmul float %317, %1932
	%1994 = fmul float %318, %1932
	%1995 = fmul float %319, %1936
	%1996 = fmul float %320, %1936
	%1997 = fmul float %321, %1932
	%1998 = fmul float %322, %1932
	%1999 = fmul float %323, %1936
	%2000 = fmul float %324, %1936
	%2001 = fmul float %326, %1932
	%2002 = fmul float %328, %1936
	br label %2003

2003:
	%2004 = phi float [ %261, %softmax ], [ %1937, %1928 ]
	%2005 = phi float [ %262, %softmax ], [ %1938, %1928 ]
	%2006 = phi float [ %263, %softmax ], [ %1939, %1928 ]
	%2007 = phi float [ %264, %softmax ], [ %1940, %1928 ]
	%2008 = phi float [ %265, %softmax ], [ %1941, %1928 ]
	%2009 = phi float [ %266, %softmax ], [ %1942, %1928 ]
	%2010 = phi float [ %267, %softmax ], [ %1943, %1928 ]
	%2011 = phi float [ %268, %softmax ], [ %1944, %1928 ]
	%2012 = phi float [ %269, %softmax ], [ %1945, %1928 ]
	%2013 = phi float [ %270, %softmax ], [ %1946, %1928 ]
	%2014 = phi float [ %271, %softmax ], [ %1947, %1928 ]
	%2015 = phi float [ %272, %softmax ], [ %1948, %1928 ]
	%2016 = phi float [ %273, %softmax ], [ %1949, %1928 ]
	%2017 = phi float [ %274, %softmax ], [ %1950, %1928 ]
	%2018 = phi float [ %275, %softmax ], [ %1951, %1928 ]
	%2019 = phi float [ %276, %softmax ], [ %1952, %1928 ]
	%2020 = phi float [ %277, %softmax ], [ %1953, %1928 ]
	%2021 = phi float [ %278, %softmax ], [ %1954, %1928 ]
	%2022 = phi float [ %279, %softmax ], [ %1955, %1928 ]
	%2023 = phi float [ %280, %softmax ], [ %1956, %1928 ]
	%2024 = phi float [ %281, %softmax ], [ %1957, %1928 ]
	%2025 = phi float [ %282, %softmax ], [ %1958, %1928 ]
	%2026 = phi float [ %283, %softmax ], [ %1959, %1928 ]
	%2027 = phi float [ %284, %softmax ], [ %1960, %1928 ]
	%2028 = phi float [ %285, %softmax ], [ %1961, %1928 ]
	%2029 = phi float [ %286, %softmax ], [ %1962, %1928 ]
	%2030 = phi float [ %287, %softmax ], [ %1963, %1928 ]
	%2031 = phi float [ %288, %softmax ], [ %1964, %1928 ]
	%2032 = phi float [ %289, %softmax ], [ %1965, %1928 ]
	%2033 = phi float [ %290, %softmax ], [ %1966, %1928 ]
	%2034 = phi float [ %291, %softmax ], [ %1967, %1928 ]
	%2035 = phi float [ %292, %softmax ], [ %1968, %1928 ]
	%2036 = phi float [ %293, %softmax ], [ %1969, %1928 ]
	%2037 = phi float [ %294, %softmax ], [ %1970, %1928 ]
	%2038 = phi float [ %295, %softmax ], [ %1971, %1928 ]
	%2039 = phi float [ %296, %softmax ], [ %1972, %1928 ]
	%2040 = phi float [ %297, %softmax ], [ %1973, %1928 ]
	%2041 = phi float [ %298, %softmax ], [ %1974, %1928 ]
	%2042 = phi float [ %299, %softmax ], [ %1975, %1928 ]
	%2043 = phi float [ %300, %softmax ], [ %1976, %1928 ]
	%2044 = phi float [ %301, %softmax ], [ %1977, %1928 ]
	%2045 = phi float [ %302, %softmax ], [ %1978, %1928 ]
	%2046 = phi float [ %303, %softmax ], [ %1979, %1928 ]
	%2047 = phi float [ %304, %softmax ], [ %1980, %1928 ]
	%2048 = phi float [ %305, %softmax ], [ %1981, %1928 ]
	%2049 = phi float [ %306, %softmax ], [ %1982, %1928 ]
	%2050 = phi float [ %307, %softmax ], [ %1983, %1928 ]
	%2051 = phi float [ %308, %softmax ], [ %1984, %1928 ]
	%2052 = phi float [ %309, %softmax ], [ %1985, %1928 ]
	%2053 = phi float [ %310, %softmax ], [ %1986, %1928 ]
	%2054 = phi float [ %311, %softmax ], [ %1987, %1928 ]
	%2055 = phi float [ %312, %softmax ], [ %1988, %1928 ]
	%2056 = phi float [ %313, %softmax ], [ %1989, %1928 ]
	%2057 = phi float [ %314, %softmax ], [ %1990, %1928 ]
	%2058 = phi float [ %315, %softmax ], [ %1991, %1928 ]
	%2059 = phi float [ %316, %softmax ], [ %1992, %1928 ]
	%2060 = phi float [ %317, %softmax ], [ %1993, %1928 ]
	%2061 = phi float [ %318, %softmax ], [ %1994, %1928 ]
	%2062 = phi float [ %319, %softmax ], [ %1995, %1928 ]
	%2063 = phi float [ %320, %softmax ], [ %1996, %1928 ]
	%2064 = phi float [ %321, %softmax ], [ %1997, %1928 ]
	%2065 = phi float [ %322, %softmax ], [ %1998, %1928 ]
	%2066 = phi float [ %323, %softmax ], [ %1999, %1928 ]
	%2067 = phi float [ %324, %softmax ], [ %2000, %1928 ]
	%2068 = phi float [ %326, %softmax ], [ %2001, %1928 ]
	%2069 = phi float [ %328, %softmax ], [ %2002, %1928 ]
	%2070 = select i1 %1927, float %1899, float %325
	%2071 = fcmp oeq float %2070, 0xFFF0000000000000
	%2072 = select i1 %2071, float 0.0, float %2070
	%2073 = fneg float %2072
	%2074 = call float @llvm.fma.f32(float %1847, float 0x3FC0527DC0000000, float %2073)
	%2075 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2074)
	%2076 = call float @llvm.fma.f32(float %1848, float 0x3FC0527DC0000000, float %2073)
	%2077 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2076)
	%2078 = call float @llvm.fma.f32(float %1851, float 0x3FC0527DC0000000, float %2073)
	%2079 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2078)
	%2080 = call float @llvm.fma.f32(float %1852, float 0x3FC0527DC0000000, float %2073)
	%2081 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2080)
	%2082 = call float @llvm.fma.f32(float %1855, float 0x3FC0527DC0000000, float %2073)
	%2083 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2082)
	%2084 = call float @llvm.fma.f32(float %1856, float 0x3FC0527DC0000000, float %2073)
	%2085 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2084)
	%2086 = call float @llvm.fma.f32(float %1859, float 0x3FC0527DC0000000, float %2073)
	%2087 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2086)
	%2088 = call float @llvm.fma.f32(float %1860, float 0x3FC0527DC0000000, float %2073)
	%2089 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2088)
	%2090 = call float @llvm.fma.f32(float %1863, float 0x3FC0527DC0000000, float %2073)
	%2091 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2090)
	%2092 = call float @llvm.fma.f32(float %1864, float 0x3FC0527DC0000000, float %2073)
	%2093 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2092)
	%2094 = call float @llvm.fma.f32(float %1867, float 0x3FC0527DC0000000, float %2073)
	%2095 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2094)
	%2096 = call float @llvm.fma.f32(float %1868, float 0x3FC0527DC0000000, float %2073)
	%2097 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2096)
	%2098 = call float @llvm.fma.f32(float %1871, float 0x3FC0527DC0000000, float %2073)
	%2099 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2098)
	%2100 = call float @llvm.fma.f32(float %1872, float 0x3FC0527DC0000000, float %2073)
	%2101 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2100)
	%2102 = call float @llvm.fma.f32(float %1875, float 0x3FC0527DC0000000, float %2073)
	%2103 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2102)
	%2104 = call float @llvm.fma.f32(float %1876, float 0x3FC0527DC0000000, float %2073)
	%2105 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2104)
	%2106 = fadd float %2075, %2077
	%2107 = fadd float %2079, %2081
	%2108 = fadd float %2083, %2085
	%2109 = fadd float %2087, %2089
	%2110 = fadd float %2091, %2093
	%2111 = fadd float %2095, %2097
	%2112 = fadd float %2099, %2101
	%2113 = fadd float %2103, %2105
	%2114 = fadd float %2106, %2107
	%2115 = fadd float %2108, %2109
	%2116 = fadd float %2110, %2111
	%2117 = fadd float %2112, %2113
	%2118 = fadd float %2114, %2115
	%2119 = fadd float %2116, %2117
	%2120 = fadd float %2118, %2119
	%2121 = fadd float %2068, %2120
	%2122 = select i1 %1927, float %1923, float %327
	%2123 = fcmp oeq float %2122, 0xFFF0000000000000
	%2124 = select i1 %2123, float 0.0, float %2122
	%2125 = fneg float %2124
	%2126 = call float @llvm.fma.f32(float %1849, float 0x3FC0527DC0000000, float %2125)
	%2127 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2126)
	%2128 = call float @llvm.fma.f32(float %1850, float 0x3FC0527DC0000000, float %2125)
	%2129 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2128)
	%2130 = call float @llvm.fma.f32(float %1853, float 0x3FC0527DC0000000, float %2125)
	%2131 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2130)
	%2132 = call float @llvm.fma.f32(float %1854, float 0x3FC0527DC0000000, float %2125)
	%2133 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2132)
	%2134 = call float @llvm.fma.f32(float %1857, float 0x3FC0527DC0000000, float %2125)
	%2135 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2134)
	%2136 = call float @llvm.fma.f32(float %1858, float 0x3FC0527DC0000000, float %2125)
	%2137 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2136)
	%2138 = call float @llvm.fma.f32(float %1861, float 0x3FC0527DC0000000, float %2125)
	%2139 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2138)
	%2140 = call float @llvm.fma.f32(float %1862, float 0x3FC0527DC0000000, float %2125)
	%2141 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2140)
	%2142 = call float @llvm.fma.f32(float %1865, float 0x3FC0527DC0000000, float %2125)
	%2143 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2142)
	%2144 = call float @llvm.fma.f32(float %1866, float 0x3FC0527DC0000000, float %2125)
	%2145 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2144)
	%2146 = call float @llvm.fma.f32(float %1869, float 0x3FC0527DC0000000, float %2125)
	%2147 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2146)
	%2148 = call float @llvm.fma.f32(float %1870, float 0x3FC0527DC0000000, float %2125)
	%2149 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2148)
	%2150 = call float @llvm.fma.f32(float %1873, float 0x3FC0527DC0000000, float %2125)
	%2151 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2150)
	%2152 = call float @llvm.fma.f32(float %1874, float 0x3FC0527DC0000000, float %2125)
	%2153 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2152)
	%2154 = call float @llvm.fma.f32(float %1877, float 0x3FC0527DC0000000, float %2125)
	%2155 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2154)
	%2156 = call float @llvm.fma.f32(float %1878, float 0x3FC0527DC0000000, float %2125)
	%2157 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2156)
	%2158 = fadd float %2127, %2129
	%2159 = fadd float %2131, %2133
	%2160 = fadd float %2135, %2137
	%2161 = fadd float %2139, %2141
	%2162 = fadd float %2143, %2145
	%2163 = fadd float %2147, %2149
	%2164 = fadd float %2151, %2153
	%2165 = fadd float %2155, %2157
	%2166 = fadd float %2158, %2159
	%2167 = fadd float %2160, %2161
	%2168 = fadd float %2162, %2163
	%2169 = fadd float %2164, %2165
	%2170 = fadd float %2166, %2167
	%2171 = fadd float %2168, %2169
	%2172 = fadd float %2170, %2171
	%2173 = fadd float %2069, %2172
	%2174 = add i32 %257, 1
	%2175 = icmp sge i32 %259, 0
	%2176 = add i32 %257, 2
	%2177 = icmp slt i32 %2176, %NK
	%2178 = and i1 %2175, %2177
	%2179 = select i1 %2178, i32 %2176, i32 0
	%2180 = add i32 %41, %2179
	%2181 = sext i32 %2180 to i64
	%2182 = getelementptr i32, i32* %list, i64 %2181
	%2183 = load i32, i32* %2182
	%2184 = select i1 %2178, i32 %2183, i32 -1
	%2185 = icmp sge i32 %259, 0
	%2186 = icmp slt i32 %259, %NK
	%2187 = and i1 %2185, %2186
	%2188 = select i1 %2187, i32 %259, i32 0
	%2189 = add i32 %45, %2188
	%2190 = sext i32 %2189 to i64
	%2191 = getelementptr i8, i8* %cls, i64 %2190
	%2192 = load i8, i8* %2191
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %2175, label %prefetch, label %pv

prefetch:
	%2193 = mul i32 %259, 64
	%2194 = lshr i32 %2, 4
	%2195 = and i32 %2, 15
	%2196 = and i32 %2194, 7
	%2197 = xor i32 %2195, %2196
	%2198 = mul i32 %2194, 16
	%2199 = add i32 %2198, %2197
	%2200 = shl i32 %2199, 4
	%2201 = add i32 %0, %2200
	%2202 = add i32 %2193, %2194
	%2203 = mul i32 %2202, 128
	%2204 = mul i32 %2195, 8
	%2205 = add i32 %2203, %2204
	%2206 = sext i32 %2205 to i64
	%2207 = getelementptr i16, i16* %32, i64 %2206
	%2208 = add i32 %2202, 0
	%2209 = icmp slt i32 %2208, %N
	%2210 = getelementptr i16, i16* %2207, i64 0
	%2211 = select i1 %2209, i16* %2210, i16* %32
	%2212 = add i32 %2201, 0
	%2213 = select i1 %2209, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2212, i16* %2211, i32 %2213)
	%2214 = add i32 %2202, 8
	%2215 = icmp slt i32 %2214, %N
	%2216 = getelementptr i16, i16* %2207, i64 1024
	%2217 = select i1 %2215, i16* %2216, i16* %32
	%2218 = add i32 %2201, 2048
	%2219 = select i1 %2215, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2218, i16* %2217, i32 %2219)
	%2220 = add i32 %2202, 16
	%2221 = icmp slt i32 %2220, %N
	%2222 = getelementptr i16, i16* %2207, i64 2048
	%2223 = select i1 %2221, i16* %2222, i16* %32
	%2224 = add i32 %2201, u0x1000
	%2225 = select i1 %2221, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2224, i16* %2223, i32 %2225)
	%2226 = add i32 %2202, 24
	%2227 = icmp slt i32 %2226, %N
	%2228 = getelementptr i16, i16* %2207, i64 3072
	%2229 = select i1 %2227, i16* %2228, i16* %32
	%2230 = add i32 %2201, 6144
	%2231 = select i1 %2227, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2230, i16* %2229, i32 %2231)
	%2232 = add i32 %2202, 32
	%2233 = icmp slt i32 %2232, %N
	%2234 = getelementptr i16, i16* %2207, i64 u0x1000
	%2235 = select i1 %2233, i16* %2234, i16* %32
	%2236 = add i32 %2201, u0x2000
	%2237 = select i1 %2233, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2236, i16* %2235, i32 %2237)
	%2238 = add i32 %2202, 40
	%2239 = icmp slt i32 %2238, %N
	%2240 = getelementptr i16, i16* %2207, i64 5120
	%2241 = select i1 %2239, i16* %2240, i16* %32
	%2242 = add i32 %2201, 10240
	%2243 = select i1 %2239, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2242, i16* %2241, i32 %2243)
	%2244 = add i32 %2202, 48
	%2245 = icmp slt i32 %2244, %N
	%2246 = getelementptr i16, i16* %2207, i64 6144
	%2247 = select i1 %2245, i16* %2246, i16* %32
	%2248 = add i32 %2201, 12288
	%2249 = select i1 %2245, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2248, i16* %2247, i32 %2249)
	%2250 = add i32 %2202, 56
	%2251 = icmp slt i32 %2250, %N
	%2252 = getelementptr i16, i16* %2207, i64 7168
	%2253 = select i1 %2251, i16* %2252, i16* %32
	%2254 = add i32 %2201, 14336
	%2255 = select i1 %2251, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %2254, i16* %2253, i32 %2255)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%2256 = and i32 %4, 7
	%2257 = lshr i32 %4, 3
	%2258 = and i32 %2257, 1
	%2259 = shl i32 %2258, 3
	%2260 = add i32 %2256, %2259
	%2261 = mul i32 %2260, 256
	%2262 = add i32 %1, %2261
	%2263 = and i32 %4, 7
	%2264 = xor i32 %136, %2263
	%2265 = shl i32 %2264, 4
	%2266 = add i32 %2262, %2265
	%2267 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2077, float %2075)
	%2268 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2129, float %2127)
	%2269 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2081, float %2079)
	%2270 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2133, float %2131)
	%2271 = xor i32 %2266, 0
	%2272 = add i32 %2271, 0
	%2273 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2272)
	%2274 = extractvalue { i32, i32, i32, i32 } %2273, 0
	%2275 = extractvalue { i32, i32, i32, i32 } %2273, 1
	%2276 = extractvalue { i32, i32, i32, i32 } %2273, 2
	%2277 = extractvalue { i32, i32, i32, i32 } %2273, 3
	%2278 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2274, i32 %2275, float %2004, float %2005, float %2006, float %2007)
	%2279 = extractvalue { float, float, float, float } %2278, 0
	%2280 = extractvalue { float, float, float, float } %2278, 1
	%2281 = extractvalue { float, float, float, float } %2278, 2
	%2282 = extractvalue { float, float, float, float } %2278, 3
	%2283 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2276, i32 %2277, float %2008, float %2009, float %2010, float %2011)
	%2284 = extractvalue { float, float, float, float } %2283, 0
	%2285 = extractvalue { float, float, float, float } %2283, 1
	%2286 = extractvalue { float, float, float, float } %2283, 2
	%2287 = extractvalue { float, float, float, float } %2283, 3
	%2288 = xor i32 %2266, 32
	%2289 = add i32 %2288, 0
	%2290 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2289)
	%2291 = extractvalue { i32, i32, i32, i32 } %2290, 0
	%2292 = extractvalue { i32, i32, i32, i32 } %2290, 1
	%2293 = extractvalue { i32, i32, i32, i32 } %2290, 2
	%2294 = extractvalue { i32, i32, i32, i32 } %2290, 3
	%2295 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2291, i32 %2292, float %2012, float %2013, float %2014, float %2015)
	%2296 = extractvalue { float, float, float, float } %2295, 0
	%2297 = extractvalue { float, float, float, float } %2295, 1
	%2298 = extractvalue { float, float, float, float } %2295, 2
	%2299 = extractvalue { float, float, float, float } %2295, 3
	%2300 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2293, i32 %2294, float %2016, float %2017, float %2018, float %2019)
	%2301 = extractvalue { float, float, float, float } %2300, 0
	%2302 = extractvalue { float, float, float, float } %2300, 1
	%2303 = extractvalue { float, float, float, float } %2300, 2
	%2304 = extractvalue { float, float, float, float } %2300, 3
	%2305 = xor i32 %2266, 64
	%2306 = add i32 %2305, 0
	%2307 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2306)
	%2308 = extractvalue { i32, i32, i32, i32 } %2307, 0
	%2309 = extractvalue { i32, i32, i32, i32 } %2307, 1
	%2310 = extractvalue { i32, i32, i32, i32 } %2307, 2
	%2311 = extractvalue { i32, i32, i32, i32 } %2307, 3
	%2312 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2308, i32 %2309, float %2020, float %2021, float %2022, float %2023)
	%2313 = extractvalue { float, float, float, float } %2312, 0
	%2314 = extractvalue { float, float, float, float } %2312, 1
	%2315 = extractvalue { float, float, float, float } %2312, 2
	%2316 = extractvalue { float, float, float, float } %2312, 3
	%2317 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2310, i32 %2311, float %2024, float %2025, float %2026, float %2027)
	%2318 = extractvalue { float, float, float, float } %2317, 0
	%2319 = extractvalue { float, float, float, float } %2317, 1
	%2320 = extractvalue { float, float, float, float } %2317, 2
	%2321 = extractvalue { float, float, float, float } %2317, 3
	%2322 = xor i32 %2266, 96
	%2323 = add i32 %2322, 0
	%2324 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2323)
	%2325 = extractvalue { i32, i32, i32, i32 } %2324, 0
	%2326 = extractvalue { i32, i32, i32, i32 } %2324, 1
	%2327 = extractvalue { i32, i32, i32, i32 } %2324, 2
	%2328 = extractvalue { i32, i32, i32, i32 } %2324, 3
	%2329 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2325, i32 %2326, float %2028, float %2029, float %2030, float %2031)
	%2330 = extractvalue { float, float, float, float } %2329, 0
	%2331 = extractvalue { float, float, float, float } %2329, 1
	%2332 = extractvalue { float, float, float, float } %2329, 2
	%2333 = extractvalue { float, float, float, float } %2329, 3
	%2334 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2327, i32 %2328, float %2032, float %2033, float %2034, float %2035)
	%2335 = extractvalue { float, float, float, float } %2334, 0
	%2336 = extractvalue { float, float, float, float } %2334, 1
	%2337 = extractvalue { float, float, float, float } %2334, 2
	%2338 = extractvalue { float, float, float, float } %2334, 3
	%2339 = xor i32 %2266, 128
	%2340 = add i32 %2339, 0
	%2341 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2340)
	%2342 = extractvalue { i32, i32, i32, i32 } %2341, 0
	%2343 = extractvalue { i32, i32, i32, i32 } %2341, 1
	%2344 = extractvalue { i32, i32, i32, i32 } %2341, 2
	%2345 = extractvalue { i32, i32, i32, i32 } %2341, 3
	%2346 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2342, i32 %2343, float %2036, float %2037, float %2038, float %2039)
	%2347 = extractvalue { float, float, float, float } %2346, 0
	%2348 = extractvalue { float, float, float, float } %2346, 1
	%2349 = extractvalue { float, float, float, float } %2346, 2
	%2350 = extractvalue { float, float, float, float } %2346, 3
	%2351 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2344, i32 %2345, float %2040, float %2041, float %2042, float %2043)
	%2352 = extractvalue { float, float, float, float } %2351, 0
	%2353 = extractvalue { float, float, float, float } %2351, 1
	%2354 = extractvalue { float, float, float, float } %2351, 2
	%2355 = extractvalue { float, float, float, float } %2351, 3
	%2356 = xor i32 %2266, 160
	%2357 = add i32 %2356, 0
	%2358 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2357)
	%2359 = extractvalue { i32, i32, i32, i32 } %2358, 0
	%2360 = extractvalue { i32, i32, i32, i32 } %2358, 1
	%2361 = extractvalue { i32, i32, i32, i32 } %2358, 2
	%2362 = extractvalue { i32, i32, i32, i32 } %2358, 3
	%2363 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2359, i32 %2360, float %2044, float %2045, float %2046, float %2047)
	%2364 = extractvalue { float, float, float, float } %2363, 0
	%2365 = extractvalue { float, float, float, float } %2363, 1
	%2366 = extractvalue { float, float, float, float } %2363, 2
	%2367 = extractvalue { float, float, float, float } %2363, 3
	%2368 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2361, i32 %2362, float %2048, float %2049, float %2050, float %2051)
	%2369 = extractvalue { float, float, float, float } %2368, 0
	%2370 = extractvalue { float, float, float, float } %2368, 1
	%2371 = extractvalue { float, float, float, float } %2368, 2
	%2372 = extractvalue { float, float, float, float } %2368, 3
	%2373 = xor i32 %2266, 192
	%2374 = add i32 %2373, 0
	%2375 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2374)
	%2376 = extractvalue { i32, i32, i32, i32 } %2375, 0
	%2377 = extractvalue { i32, i32, i32, i32 } %2375, 1
	%2378 = extractvalue { i32, i32, i32, i32 } %2375, 2
	%2379 = extractvalue { i32, i32, i32, i32 } %2375, 3
	%2380 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2376, i32 %2377, float %2052, float %2053, float %2054, float %2055)
	%2381 = extractvalue { float, float, float, float } %2380, 0
	%2382 = extractvalue { float, float, float, float } %2380, 1
	%2383 = extractvalue { float, float, float, float } %2380, 2
	%2384 = extractvalue { float, float, float, float } %2380, 3
	%2385 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2378, i32 %2379, float %2056, float %2057, float %2058, float %2059)
	%2386 = extractvalue { float, float, float, float } %2385, 0
	%2387 = extractvalue { float, float, float, float } %2385, 1
	%2388 = extractvalue { float, float, float, float } %2385, 2
	%2389 = extractvalue { float, float, float, float } %2385, 3
	%2390 = xor i32 %2266, 224
	%2391 = add i32 %2390, 0
	%2392 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2391)
	%2393 = extractvalue { i32, i32, i32, i32 } %2392, 0
	%2394 = extractvalue { i32, i32, i32, i32 } %2392, 1
	%2395 = extractvalue { i32, i32, i32, i32 } %2392, 2
	%2396 = extractvalue { i32, i32, i32, i32 } %2392, 3
	%2397 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2393, i32 %2394, float %2060, float %2061, float %2062, float %2063)
	%2398 = extractvalue { float, float, float, float } %2397, 0
	%2399 = extractvalue { float, float, float, float } %2397, 1
	%2400 = extractvalue { float, float, float, float } %2397, 2
	%2401 = extractvalue { float, float, float, float } %2397, 3
	%2402 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2267, i32 %2268, i32 %2269, i32 %2270, i32 %2395, i32 %2396, float %2064, float %2065, float %2066, float %2067)
	%2403 = extractvalue { float, float, float, float } %2402, 0
	%2404 = extractvalue { float, float, float, float } %2402, 1
	%2405 = extractvalue { float, float, float, float } %2402, 2
	%2406 = extractvalue { float, float, float, float } %2402, 3
	%2407 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2085, float %2083)
	%2408 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2137, float %2135)
	%2409 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2089, float %2087)
	%2410 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2141, float %2139)
	%2411 = xor i32 %2266, 0
	%2412 = add i32 %2411, u0x1000
	%2413 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2412)
	%2414 = extractvalue { i32, i32, i32, i32 } %2413, 0
	%2415 = extractvalue { i32, i32, i32, i32 } %2413, 1
	%2416 = extractvalue { i32, i32, i32, i32 } %2413, 2
	%2417 = extractvalue { i32, i32, i32, i32 } %2413, 3
	%2418 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2414, i32 %2415, float %2279, float %2280, float %2281, float %2282)
	%2419 = extractvalue { float, float, float, float } %2418, 0
	%2420 = extractvalue { float, float, float, float } %2418, 1
	%2421 = extractvalue { float, float, float, float } %2418, 2
	%2422 = extractvalue { float, float, float, float } %2418, 3
	%2423 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2416, i32 %2417, float %2284, float %2285, float %2286, float %2287)
	%2424 = extractvalue { float, float, float, float } %2423, 0
	%2425 = extractvalue { float, float, float, float } %2423, 1
	%2426 = extractvalue { float, float, float, float } %2423, 2
	%2427 = extractvalue { float, float, float, float } %2423, 3
	%2428 = xor i32 %2266, 32
	%2429 = add i32 %2428, u0x1000
	%2430 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2429)
	%2431 = extractvalue { i32, i32, i32, i32 } %2430, 0
	%2432 = extractvalue { i32, i32, i32, i32 } %2430, 1
	%2433 = extractvalue { i32, i32, i32, i32 } %2430, 2
	%2434 = extractvalue { i32, i32, i32, i32 } %2430, 3
	%2435 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2431, i32 %2432, float %2296, float %2297, float %2298, float %2299)
	%2436 = extractvalue { float, float, float, float } %2435, 0
	%2437 = extractvalue { float, float, float, float } %2435, 1
	%2438 = extractvalue { float, float, float, float } %2435, 2
	%2439 = extractvalue { float, float, float, float } %2435, 3
	%2440 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2433, i32 %2434, float %2301, float %2302, float %2303, float %2304)
	%2441 = extractvalue { float, float, float, float } %2440, 0
	%2442 = extractvalue { float, float, float, float } %2440, 1
	%2443 = extractvalue { float, float, float, float } %2440, 2
	%2444 = extractvalue { float, float, float, float } %2440, 3
	%2445 = xor i32 %2266, 64
	%2446 = add i32 %2445, u0x1000
	%2447 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2446)
	%2448 = extractvalue { i32, i32, i32, i32 } %2447, 0
	%2449 = extractvalue { i32, i32, i32, i32 } %2447, 1
	%2450 = extractvalue { i32, i32, i32, i32 } %2447, 2
	%2451 = extractvalue { i32, i32, i32, i32 } %2447, 3
	%2452 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2448, i32 %2449, float %2313, float %2314, float %2315, float %2316)
	%2453 = extractvalue { float, float, float, float } %2452, 0
	%2454 = extractvalue { float, float, float, float } %2452, 1
	%2455 = extractvalue { float, float, float, float } %2452, 2
	%2456 = extractvalue { float, float, float, float } %2452, 3
	%2457 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2450, i32 %2451, float %2318, float %2319, float %2320, float %2321)
	%2458 = extractvalue { float, float, float, float } %2457, 0
	%2459 = extractvalue { float, float, float, float } %2457, 1
	%2460 = extractvalue { float, float, float, float } %2457, 2
	%2461 = extractvalue { float, float, float, float } %2457, 3
	%2462 = xor i32 %2266, 96
	%2463 = add i32 %2462, u0x1000
	%2464 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2463)
	%2465 = extractvalue { i32, i32, i32, i32 } %2464, 0
	%2466 = extractvalue { i32, i32, i32, i32 } %2464, 1
	%2467 = extractvalue { i32, i32, i32, i32 } %2464, 2
	%2468 = extractvalue { i32, i32, i32, i32 } %2464, 3
	%2469 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2465, i32 %2466, float %2330, float %2331, float %2332, float %2333)
	%2470 = extractvalue { float, float, float, float } %2469, 0
	%2471 = extractvalue { float, float, float, float } %2469, 1
	%2472 = extractvalue { float, float, float, float } %2469, 2
	%2473 = extractvalue { float, float, float, float } %2469, 3
	%2474 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2467, i32 %2468, float %2335, float %2336, float %2337, float %2338)
	%2475 = extractvalue { float, float, float, float } %2474, 0
	%2476 = extractvalue { float, float, float, float } %2474, 1
	%2477 = extractvalue { float, float, float, float } %2474, 2
	%2478 = extractvalue { float, float, float, float } %2474, 3
	%2479 = xor i32 %2266, 128
	%2480 = add i32 %2479, u0x1000
	%2481 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2480)
	%2482 = extractvalue { i32, i32, i32, i32 } %2481, 0
	%2483 = extractvalue { i32, i32, i32, i32 } %2481, 1
	%2484 = extractvalue { i32, i32, i32, i32 } %2481, 2
	%2485 = extractvalue { i32, i32, i32, i32 } %2481, 3
	%2486 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2482, i32 %2483, float %2347, float %2348, float %2349, float %2350)
	%2487 = extractvalue { float, float, float, float } %2486, 0
	%2488 = extractvalue { float, float, float, float } %2486, 1
	%2489 = extractvalue { float, float, float, float } %2486, 2
	%2490 = extractvalue { float, float, float, float } %2486, 3
	%2491 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2484, i32 %2485, float %2352, float %2353, float %2354, float %2355)
	%2492 = extractvalue { float, float, float, float } %2491, 0
	%2493 = extractvalue { float, float, float, float } %2491, 1
	%2494 = extractvalue { float, float, float, float } %2491, 2
	%2495 = extractvalue { float, float, float, float } %2491, 3
	%2496 = xor i32 %2266, 160
	%2497 = add i32 %2496, u0x1000
	%2498 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2497)
	%2499 = extractvalue { i32, i32, i32, i32 } %2498, 0
	%2500 = extractvalue { i32, i32, i32, i32 } %2498, 1
	%2501 = extractvalue { i32, i32, i32, i32 } %2498, 2
	%2502 = extractvalue { i32, i32, i32, i32 } %2498, 3
	%2503 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2499, i32 %2500, float %2364, float %2365, float %2366, float %2367)
	%2504 = extractvalue { float, float, float, float } %2503, 0
	%2505 = extractvalue { float, float, float, float } %2503, 1
	%2506 = extractvalue { float, float, float, float } %2503, 2
	%2507 = extractvalue { float, float, float, float } %2503, 3
	%2508 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2501, i32 %2502, float %2369, float %2370, float %2371, float %2372)
	%2509 = extractvalue { float, float, float, float } %2508, 0
	%2510 = extractvalue { float, float, float, float } %2508, 1
	%2511 = extractvalue { float, float, float, float } %2508, 2
	%2512 = extractvalue { float, float, float, float } %2508, 3
	%2513 = xor i32 %2266, 192
	%2514 = add i32 %2513, u0x1000
	%2515 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2514)
	%2516 = extractvalue { i32, i32, i32, i32 } %2515, 0
	%2517 = extractvalue { i32, i32, i32, i32 } %2515, 1
	%2518 = extractvalue { i32, i32, i32, i32 } %2515, 2
	%2519 = extractvalue { i32, i32, i32, i32 } %2515, 3
	%2520 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2516, i32 %2517, float %2381, float %2382, float %2383, float %2384)
	%2521 = extractvalue { float, float, float, float } %2520, 0
	%2522 = extractvalue { float, float, float, float } %2520, 1
	%2523 = extractvalue { float, float, float, float } %2520, 2
	%2524 = extractvalue { float, float, float, float } %2520, 3
	%2525 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2518, i32 %2519, float %2386, float %2387, float %2388, float %2389)
	%2526 = extractvalue { float, float, float, float } %2525, 0
	%2527 = extractvalue { float, float, float, float } %2525, 1
	%2528 = extractvalue { float, float, float, float } %2525, 2
	%2529 = extractvalue { float, float, float, float } %2525, 3
	%2530 = xor i32 %2266, 224
	%2531 = add i32 %2530, u0x1000
	%2532 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2531)
	%2533 = extractvalue { i32, i32, i32, i32 } %2532, 0
	%2534 = extractvalue { i32, i32, i32, i32 } %2532, 1
	%2535 = extractvalue { i32, i32, i32, i32 } %2532, 2
	%2536 = extractvalue { i32, i32, i32, i32 } %2532, 3
	%2537 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2533, i32 %2534, float %2398, float %2399, float %2400, float %2401)
	%2538 = extractvalue { float, float, float, float } %2537, 0
	%2539 = extractvalue { float, float, float, float } %2537, 1
	%2540 = extractvalue { float, float, float, float } %2537, 2
	%2541 = extractvalue { float, float, float, float } %2537, 3
	%2542 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2407, i32 %2408, i32 %2409, i32 %2410, i32 %2535, i32 %2536, float %2403, float %2404, float %2405, float %2406)
	%2543 = extractvalue { float, float, float, float } %2542, 0
	%2544 = extractvalue { float, float, float, float } %2542, 1
	%2545 = extractvalue { float, float, float, float } %2542, 2
	%2546 = extractvalue { float, float, float, float } %2542, 3
	%2547 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2093, float %2091)
	%2548 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2145, float %2143)
	%2549 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2097, float %2095)
	%2550 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2149, float %2147)
	%2551 = xor i32 %2266, 0
	%2552 = add i32 %2551, u0x2000
	%2553 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2552)
	%2554 = extractvalue { i32, i32, i32, i32 } %2553, 0
	%2555 = extractvalue { i32, i32, i32, i32 } %2553, 1
	%2556 = extractvalue { i32, i32, i32, i32 } %2553, 2
	%2557 = extractvalue { i32, i32, i32, i32 } %2553, 3
	%2558 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2554, i32 %2555, float %2419, float %2420, float %2421, float %2422)
	%2559 = extractvalue { float, float, float, float } %2558, 0
	%2560 = extractvalue { float, float, float, float } %2558, 1
	%2561 = extractvalue { float, float, float, float } %2558, 2
	%2562 = extractvalue { float, float, float, float } %2558, 3
	%2563 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2556, i32 %2557, float %2424, float %2425, float %2426, float %2427)
	%2564 = extractvalue { float, float, float, float } %2563, 0
	%2565 = extractvalue { float, float, float, float } %2563, 1
	%2566 = extractvalue { float, float, float, float } %2563, 2
	%2567 = extractvalue { float, float, float, float } %2563, 3
	%2568 = xor i32 %2266, 32
	%2569 = add i32 %2568, u0x2000
	%2570 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2569)
	%2571 = extractvalue { i32, i32, i32, i32 } %2570, 0
	%2572 = extractvalue { i32, i32, i32, i32 } %2570, 1
	%2573 = extractvalue { i32, i32, i32, i32 } %2570, 2
	%2574 = extractvalue { i32, i32, i32, i32 } %2570, 3
	%2575 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2571, i32 %2572, float %2436, float %2437, float %2438, float %2439)
	%2576 = extractvalue { float, float, float, float } %2575, 0
	%2577 = extractvalue { float, float, float, float } %2575, 1
	%2578 = extractvalue { float, float, float, float } %2575, 2
	%2579 = extractvalue { float, float, float, float } %2575, 3
	%2580 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2573, i32 %2574, float %2441, float %2442, float %2443, float %2444)
	%2581 = extractvalue { float, float, float, float } %2580, 0
	%2582 = extractvalue { float, float, float, float } %2580, 1
	%2583 = extractvalue { float, float, float, float } %2580, 2
	%2584 = extractvalue { float, float, float, float } %2580, 3
	%2585 = xor i32 %2266, 64
	%2586 = add i32 %2585, u0x2000
	%2587 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2586)
	%2588 = extractvalue { i32, i32, i32, i32 } %2587, 0
	%2589 = extractvalue { i32, i32, i32, i32 } %2587, 1
	%2590 = extractvalue { i32, i32, i32, i32 } %2587, 2
	%2591 = extractvalue { i32, i32, i32, i32 } %2587, 3
	%2592 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2588, i32 %2589, float %2453, float %2454, float %2455, float %2456)
	%2593 = extractvalue { float, float, float, float } %2592, 0
	%2594 = extractvalue { float, float, float, float } %2592, 1
	%2595 = extractvalue { float, float, float, float } %2592, 2
	%2596 = extractvalue { float, float, float, float } %2592, 3
	%2597 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2590, i32 %2591, float %2458, float %2459, float %2460, float %2461)
	%2598 = extractvalue { float, float, float, float } %2597, 0
	%2599 = extractvalue { float, float, float, float } %2597, 1
	%2600 = extractvalue { float, float, float, float } %2597, 2
	%2601 = extractvalue { float, float, float, float } %2597, 3
	%2602 = xor i32 %2266, 96
	%2603 = add i32 %2602, u0x2000
	%2604 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2603)
	%2605 = extractvalue { i32, i32, i32, i32 } %2604, 0
	%2606 = extractvalue { i32, i32, i32, i32 } %2604, 1
	%2607 = extractvalue { i32, i32, i32, i32 } %2604, 2
	%2608 = extractvalue { i32, i32, i32, i32 } %2604, 3
	%2609 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2605, i32 %2606, float %2470, float %2471, float %2472, float %2473)
	%2610 = extractvalue { float, float, float, float } %2609, 0
	%2611 = extractvalue { float, float, float, float } %2609, 1
	%2612 = extractvalue { float, float, float, float } %2609, 2
	%2613 = extractvalue { float, float, float, float } %2609, 3
	%2614 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2607, i32 %2608, float %2475, float %2476, float %2477, float %2478)
	%2615 = extractvalue { float, float, float, float } %2614, 0
	%2616 = extractvalue { float, float, float, float } %2614, 1
	%2617 = extractvalue { float, float, float, float } %2614, 2
	%2618 = extractvalue { float, float, float, float } %2614, 3
	%2619 = xor i32 %2266, 128
	%2620 = add i32 %2619, u0x2000
	%2621 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2620)
	%2622 = extractvalue { i32, i32, i32, i32 } %2621, 0
	%2623 = extractvalue { i32, i32, i32, i32 } %2621, 1
	%2624 = extractvalue { i32, i32, i32, i32 } %2621, 2
	%2625 = extractvalue { i32, i32, i32, i32 } %2621, 3
	%2626 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2622, i32 %2623, float %2487, float %2488, float %2489, float %2490)
	%2627 = extractvalue { float, float, float, float } %2626, 0
	%2628 = extractvalue { float, float, float, float } %2626, 1
	%2629 = extractvalue { float, float, float, float } %2626, 2
	%2630 = extractvalue { float, float, float, float } %2626, 3
	%2631 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2624, i32 %2625, float %2492, float %2493, float %2494, float %2495)
	%2632 = extractvalue { float, float, float, float } %2631, 0
	%2633 = extractvalue { float, float, float, float } %2631, 1
	%2634 = extractvalue { float, float, float, float } %2631, 2
	%2635 = extractvalue { float, float, float, float } %2631, 3
	%2636 = xor i32 %2266, 160
	%2637 = add i32 %2636, u0x2000
	%2638 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2637)
	%2639 = extractvalue { i32, i32, i32, i32 } %2638, 0
	%2640 = extractvalue { i32, i32, i32, i32 } %2638, 1
	%2641 = extractvalue { i32, i32, i32, i32 } %2638, 2
	%2642 = extractvalue { i32, i32, i32, i32 } %2638, 3
	%2643 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2639, i32 %2640, float %2504, float %2505, float %2506, float %2507)
	%2644 = extractvalue { float, float, float, float } %2643, 0
	%2645 = extractvalue { float, float, float, float } %2643, 1
	%2646 = extractvalue { float, float, float, float } %2643, 2
	%2647 = extractvalue { float, float, float, float } %2643, 3
	%2648 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2641, i32 %2642, float %2509, float %2510, float %2511, float %2512)
	%2649 = extractvalue { float, float, float, float } %2648, 0
	%2650 = extractvalue { float, float, float, float } %2648, 1
	%2651 = extractvalue { float, float, float, float } %2648, 2
	%2652 = extractvalue { float, float, float, float } %2648, 3
	%2653 = xor i32 %2266, 192
	%2654 = add i32 %2653, u0x2000
	%2655 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2654)
	%2656 = extractvalue { i32, i32, i32, i32 } %2655, 0
	%2657 = extractvalue { i32, i32, i32, i32 } %2655, 1
	%2658 = extractvalue { i32, i32, i32, i32 } %2655, 2
	%2659 = extractvalue { i32, i32, i32, i32 } %2655, 3
	%2660 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2656, i32 %2657, float %2521, float %2522, float %2523, float %2524)
	%2661 = extractvalue { float, float, float, float } %2660, 0
	%2662 = extractvalue { float, float, float, float } %2660, 1
	%2663 = extractvalue { float, float, float, float } %2660, 2
	%2664 = extractvalue { float, float, float, float } %2660, 3
	%2665 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2658, i32 %2659, float %2526, float %2527, float %2528, float %2529)
	%2666 = extractvalue { float, float, float, float } %2665, 0
	%2667 = extractvalue { float, float, float, float } %2665, 1
	%2668 = extractvalue { float, float, float, float } %2665, 2
	%2669 = extractvalue { float, float, float, float } %2665, 3
	%2670 = xor i32 %2266, 224
	%2671 = add i32 %2670, u0x2000
	%2672 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2671)
	%2673 = extractvalue { i32, i32, i32, i32 } %2672, 0
	%2674 = extractvalue { i32, i32, i32, i32 } %2672, 1
	%2675 = extractvalue { i32, i32, i32, i32 } %2672, 2
	%2676 = extractvalue { i32, i32, i32, i32 } %2672, 3
	%2677 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2673, i32 %2674, float %2538, float %2539, float %2540, float %2541)
	%2678 = extractvalue { float, float, float, float } %2677, 0
	%2679 = extractvalue { float, float, float, float } %2677, 1
	%2680 = extractvalue { float, float, float, float } %2677, 2
	%2681 = extractvalue { float, float, float, float } %2677, 3
	%2682 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2547, i32 %2548, i32 %2549, i32 %2550, i32 %2675, i32 %2676, float %2543, float %2544, float %2545, float %2546)
	%2683 = extractvalue { float, float, float, float } %2682, 0
	%2684 = extractvalue { float, float, float, float } %2682, 1
	%2685 = extractvalue { float, float, float, float } %2682, 2
	%2686 = extractvalue { float, float, float, float } %2682, 3
	%2687 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2101, float %2099)
	%2688 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2153, float %2151)
	%2689 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2105, float %2103)
	%2690 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2157, float %2155)
	%2691 = xor i32 %2266, 0
	%2692 = add i32 %2691, 12288
	%2693 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2692)
	%2694 = extractvalue { i32, i32, i32, i32 } %2693, 0
	%2695 = extractvalue { i32, i32, i32, i32 } %2693, 1
	%2696 = extractvalue { i32, i32, i32, i32 } %2693, 2
	%2697 = extractvalue { i32, i32, i32, i32 } %2693, 3
	%2698 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2694, i32 %2695, float %2559, float %2560, float %2561, float %2562)
	%2699 = extractvalue { float, float, float, float } %2698, 0
	%2700 = extractvalue { float, float, float, float } %2698, 1
	%2701 = extractvalue { float, float, float, float } %2698, 2
	%2702 = extractvalue { float, float, float, float } %2698, 3
	%2703 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2696, i32 %2697, float %2564, float %2565, float %2566, float %2567)
	%2704 = extractvalue { float, float, float, float } %2703, 0
	%2705 = extractvalue { float, float, float, float } %2703, 1
	%2706 = extractvalue { float, float, float, float } %2703, 2
	%2707 = extractvalue { float, float, float, float } %2703, 3
	%2708 = xor i32 %2266, 32
	%2709 = add i32 %2708, 12288
	%2710 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2709)
	%2711 = extractvalue { i32, i32, i32, i32 } %2710, 0
	%2712 = extractvalue { i32, i32, i32, i32 } %2710, 1
	%2713 = extractvalue { i32, i32, i32, i32 } %2710, 2
	%2714 = extractvalue { i32, i32, i32, i32 } %2710, 3
	%2715 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2711, i32 %2712, float %2576, float %2577, float %2578, float %2579)
	%2716 = extractvalue { float, float, float, float } %2715, 0
	%2717 = extractvalue { float, float, float, float } %2715, 1
	%2718 = extractvalue { float, float, float, float } %2715, 2
	%2719 = extractvalue { float, float, float, float } %2715, 3
	%2720 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2713, i32 %2714, float %2581, float %2582, float %2583, float %2584)
	%2721 = extractvalue { float, float, float, float } %2720, 0
	%2722 = extractvalue { float, float, float, float } %2720, 1
	%2723 = extractvalue { float, float, float, float } %2720, 2
	%2724 = extractvalue { float, float, float, float } %2720, 3
	%2725 = xor i32 %2266, 64
	%2726 = add i32 %2725, 12288
	%2727 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2726)
	%2728 = extractvalue { i32, i32, i32, i32 } %2727, 0
	%2729 = extractvalue { i32, i32, i32, i32 } %2727, 1
	%2730 = extractvalue { i32, i32, i32, i32 } %2727, 2
	%2731 = extractvalue { i32, i32, i32, i32 } %2727, 3
	%2732 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2728, i32 %2729, float %2593, float %2594, float %2595, float %2596)
	%2733 = extractvalue { float, float, float, float } %2732, 0
	%2734 = extractvalue { float, float, float, float } %2732, 1
	%2735 = extractvalue { float, float, float, float } %2732, 2
	%2736 = extractvalue { float, float, float, float } %2732, 3
	%2737 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2730, i32 %2731, float %2598, float %2599, float %2600, float %2601)
	%2738 = extractvalue { float, float, float, float } %2737, 0
	%2739 = extractvalue { float, float, float, float } %2737, 1
	%2740 = extractvalue { float, float, float, float } %2737, 2
	%2741 = extractvalue { float, float, float, float } %2737, 3
	%2742 = xor i32 %2266, 96
	%2743 = add i32 %2742, 12288
	%2744 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2743)
	%2745 = extractvalue { i32, i32, i32, i32 } %2744, 0
	%2746 = extractvalue { i32, i32, i32, i32 } %2744, 1
	%2747 = extractvalue { i32, i32, i32, i32 } %2744, 2
	%2748 = extractvalue { i32, i32, i32, i32 } %2744, 3
	%2749 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2745, i32 %2746, float %2610, float %2611, float %2612, float %2613)
	%2750 = extractvalue { float, float, float, float } %2749, 0
	%2751 = extractvalue { float, float, float, float } %2749, 1
	%2752 = extractvalue { float, float, float, float } %2749, 2
	%2753 = extractvalue { float, float, float, float } %2749, 3
	%2754 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2747, i32 %2748, float %2615, float %2616, float %2617, float %2618)
	%2755 = extractvalue { float, float, float, float } %2754, 0
	%2756 = extractvalue { float, float, float, float } %2754, 1
	%2757 = extractvalue { float, float, float, float } %2754, 2
	%2758 = extractvalue { float, float, float, float } %2754, 3
	%2759 = xor i32 %2266, 128
	%2760 = add i32 %2759, 12288
	%2761 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2760)
	%2762 = extractvalue { i32, i32, i32, i32 } %2761, 0
	%2763 = extractvalue { i32, i32, i32, i32 } %2761, 1
	%2764 = extractvalue { i32, i32, i32, i32 } %2761, 2
	%2765 = extractvalue { i32, i32, i32, i32 } %2761, 3
	%2766 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2762, i32 %2763, float %2627, float %2628, float %2629, float %2630)
	%2767 = extractvalue { float, float, float, float } %2766, 0
	%2768 = extractvalue { float, float, float, float } %2766, 1
	%2769 = extractvalue { float, float, float, float } %2766, 2
	%2770 = extractvalue { float, float, float, float } %2766, 3
	%2771 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2764, i32 %2765, float %2632, float %2633, float %2634, float %2635)
	%2772 = extractvalue { float, float, float, float } %2771, 0
	%2773 = extractvalue { float, float, float, float } %2771, 1
	%2774 = extractvalue { float, float, float, float } %2771, 2
	%2775 = extractvalue { float, float, float, float } %2771, 3
	%2776 = xor i32 %2266, 160
	%2777 = add i32 %2776, 12288
	%2778 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2777)
	%2779 = extractvalue { i32, i32, i32, i32 } %2778, 0
	%2780 = extractvalue { i32, i32, i32, i32 } %2778, 1
	%2781 = extractvalue { i32, i32, i32, i32 } %2778, 2
	%2782 = extractvalue { i32, i32, i32, i32 } %2778, 3
	%2783 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2779, i32 %2780, float %2644, float %2645, float %2646, float %2647)
	%2784 = extractvalue { float, float, float, float } %2783, 0
	%2785 = extractvalue { float, float, float, float } %2783, 1
	%2786 = extractvalue { float, float, float, float } %2783, 2
	%2787 = extractvalue { float, float, float, float } %2783, 3
	%2788 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2781, i32 %2782, float %2649, float %2650, float %2651, float %2652)
	%2789 = extractvalue { float, float, float, float } %2788, 0
	%2790 = extractvalue { float, float, float, float } %2788, 1
	%2791 = extractvalue { float, float, float, float } %2788, 2
	%2792 = extractvalue { float, float, float, float } %2788, 3
	%2793 = xor i32 %2266, 192
	%2794 = add i32 %2793, 12288
	%2795 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2794)
	%2796 = extractvalue { i32, i32, i32, i32 } %2795, 0
	%2797 = extractvalue { i32, i32, i32, i32 } %2795, 1
	%2798 = extractvalue { i32, i32, i32, i32 } %2795, 2
	%2799 = extractvalue { i32, i32, i32, i32 } %2795, 3
	%2800 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2796, i32 %2797, float %2661, float %2662, float %2663, float %2664)
	%2801 = extractvalue { float, float, float, float } %2800, 0
	%2802 = extractvalue { float, float, float, float } %2800, 1
	%2803 = extractvalue { float, float, float, float } %2800, 2
	%2804 = extractvalue { float, float, float, float } %2800, 3
	%2805 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2798, i32 %2799, float %2666, float %2667, float %2668, float %2669)
	%2806 = extractvalue { float, float, float, float } %2805, 0
	%2807 = extractvalue { float, float, float, float } %2805, 1
	%2808 = extractvalue { float, float, float, float } %2805, 2
	%2809 = extractvalue { float, float, float, float } %2805, 3
	%2810 = xor i32 %2266, 224
	%2811 = add i32 %2810, 12288
	%2812 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2811)
	%2813 = extractvalue { i32, i32, i32, i32 } %2812, 0
	%2814 = extractvalue { i32, i32, i32, i32 } %2812, 1
	%2815 = extractvalue { i32, i32, i32, i32 } %2812, 2
	%2816 = extractvalue { i32, i32, i32, i32 } %2812, 3
	%2817 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2813, i32 %2814, float %2678, float %2679, float %2680, float %2681)
	%2818 = extractvalue { float, float, float, float } %2817, 0
	%2819 = extractvalue { float, float, float, float } %2817, 1
	%2820 = extractvalue { float, float, float, float } %2817, 2
	%2821 = extractvalue { float, float, float, float } %2817, 3
	%2822 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2687, i32 %2688, i32 %2689, i32 %2690, i32 %2815, i32 %2816, float %2683, float %2684, float %2685, float %2686)
	%2823 = extractvalue { float, float, float, float } %2822, 0
	%2824 = extractvalue { float, float, float, float } %2822, 1
	%2825 = extractvalue { float, float, float, float } %2822, 2
	%2826 = extractvalue { float, float, float, float } %2822, 3
	br i1 %2175, label %loop, label %epilogue

store0:
	%2827 = mul i32 %22, %M
	%2828 = add i32 %2827, %1013
	%2829 = mul i32 %2828, 128
	%2830 = shl i32 %6, 1
	%2831 = add i32 0, %2830
	%2832 = add i32 %2829, %2831
	%2833 = sext i32 %2832 to i64
	%2834 = getelementptr i16, i16* %out, i64 %2833
	%2835 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1015, float %1014)
	%2836 = bitcast i16* %2834 to i32*
	store i32 %2835, i32* %2836
	%2837 = shl i32 %6, 1
	%2838 = add i32 8, %2837
	%2839 = add i32 %2829, %2838
	%2840 = sext i32 %2839 to i64
	%2841 = getelementptr i16, i16* %out, i64 %2840
	%2842 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1017, float %1016)
	%2843 = bitcast i16* %2841 to i32*
	store i32 %2842, i32* %2843
	%2844 = shl i32 %6, 1
	%2845 = add i32 16, %2844
	%2846 = add i32 %2829, %2845
	%2847 = sext i32 %2846 to i64
	%2848 = getelementptr i16, i16* %out, i64 %2847
	%2849 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1019, float %1018)
	%2850 = bitcast i16* %2848 to i32*
	store i32 %2849, i32* %2850
	%2851 = shl i32 %6, 1
	%2852 = add i32 24, %2851
	%2853 = add i32 %2829, %2852
	%2854 = sext i32 %2853 to i64
	%2855 = getelementptr i16, i16* %out, i64 %2854
	%2856 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1021, float %1020)
	%2857 = bitcast i16* %2855 to i32*
	store i32 %2856, i32* %2857
	%2858 = shl i32 %6, 1
	%2859 = add i32 32, %2858
	%2860 = add i32 %2829, %2859
	%2861 = sext i32 %2860 to i64
	%2862 = getelementptr i16, i16* %out, i64 %2861
	%2863 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1023, float %1022)
	%2864 = bitcast i16* %2862 to i32*
	store i32 %2863, i32* %2864
	%2865 = shl i32 %6, 1
	%2866 = add i32 40, %2865
	%2867 = add i32 %2829, %2866
	%2868 = sext i32 %2867 to i64
	%2869 = getelementptr i16, i16* %out, i64 %2868
	%2870 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1025, float %1024)
	%2871 = bitcast i16* %2869 to i32*
	store i32 %2870, i32* %2871
	%2872 = shl i32 %6, 1
	%2873 = add i32 48, %2872
	%2874 = add i32 %2829, %2873
	%2875 = sext i32 %2874 to i64
	%2876 = getelementptr i16, i16* %out, i64 %2875
	%2877 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1027, float %1026)
	%2878 = bitcast i16* %2876 to i32*
	store i32 %2877, i32* %2878
	%2879 = shl i32 %6, 1
	%2880 = add i32 56, %2879
	%2881 = add i32 %2829, %2880
	%2882 = sext i32 %2881 to i64
	%2883 = getelementptr i16, i16* %out, i64 %2882
	%2884 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1029, float %1028)
	%2885 = bitcast i16* %2883 to i32*
	store i32 %2884, i32* %2885
	%2886 = shl i32 %6, 1
	%2887 = add i32 64, %2886
	%2888 = add i32 %2829, %2887
	%2889 = sext i32 %2888 to i64
	%2890 = getelementptr i16, i16* %out, i64 %2889
	%2891 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1031, float %1030)
	%2892 = bitcast i16* %2890 to i32*
	store i32 %2891, i32* %2892
	%2893 = shl i32 %6, 1
	%2894 = add i32 72, %2893
	%2895 = add i32 %2829, %2894
	%2896 = sext i32 %2895 to i64
	%2897 = getelementptr i16, i16* %out, i64 %2896
	%2898 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1033, float %1032)
	%2899 = bitcast i16* %2897 to i32*
	store i32 %2898, i32* %2899
	%2900 = shl i32 %6, 1
	%2901 = add i32 80, %2900
	%2902 = add i32 %2829, %2901
	%2903 = sext i32 %2902 to i64
	%2904 = getelementptr i16, i16* %out, i64 %2903
	%2905 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1035, float %1034)
	%2906 = bitcast i16* %2904 to i32*
	store i32 %2905, i32* %2906
	%2907 = shl i32 %6, 1
	%2908 = add i32 88, %2907
	%2909 = add i32 %2829, %2908
	%2910 = sext i32 %2909 to i64
	%2911 = getelementptr i16, i16* %out, i64 %2910
	%2912 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1037, float %1036)
	%2913 = bitcast i16* %2911 to i32*
	store i32 %2912, i32* %2913
	%2914 = shl i32 %6, 1
	%2915 = add i32 96, %2914
	%2916 = add i32 %2829, %2915
	%2917 = sext i32 %2916 to i64
	%2918 = getelementptr i16, i16* %out, i64 %2917
	%2919 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1039, float %1038)
	%2920 = bitcast i16* %2918 to i32*
	store i32 %2919, i32* %2920
	%2921 = shl i32 %6, 1
	%2922 = add i32 104, %2921
	%2923 = add i32 %2829, %2922
	%2924 = sext i32 %2923 to i64
	%2925 = getelementptr i16, i16* %out, i64 %2924
	%2926 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1041, float %1040)
	%2927 = bitcast i16* %2925 to i32*
	store i32 %2926, i32* %2927
	%2928 = shl i32 %6, 1
	%2929 = add i32 112, %2928
	%2930 = add i32 %2829, %2929
	%2931 = sext i32 %2930 to i64
	%2932 = getelementptr i16, i16* %out, i64 %2931
	%2933 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1043, float %1042)
	%2934 = bitcast i16* %2932 to i32*
	store i32 %2933, i32* %2934
	%2935 = shl i32 %6, 1
	%2936 = add i32 120, %2935
	%2937 = add i32 %2829, %2936
	%2938 = sext i32 %2937 to i64
	%2939 = getelementptr i16, i16* %out, i64 %2938
	%2940 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1045, float %1044)
	%2941 = bitcast i16* %2939 to i32*
	store i32 %2940, i32* %2941
	br label %stored0

stored0:
	%2942 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %937, i32 1, i32 31)
	%2943 = fadd float %937, %2942
	%2944 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2943, i32 2, i32 31)
	%2945 = fadd float %2943, %2944
	%2946 = fcmp ogt float %2945, 0.0
	%2947 = fdiv float 1.0, %2945
	%2948 = select i1 %2946, float %2947, float 0.0
	%2949 = mul i32 %3, 16
	%2950 = add i32 %24, %2949
	%2951 = add i32 %5, 8
	%2952 = add i32 %2950, %2951
	%2953 = fmul float %941, %2948
	%2954 = fmul float %942, %2948
	%2955 = fmul float %945, %2948
	%2956 = fmul float %946, %2948
	%2957 = fmul float %949, %2948
	%2958 = fmul float %950, %2948
	%2959 = fmul float %953, %2948
	%2960 = fmul float %954, %2948
	%2961 = fmul float %957, %2948
	%2962 = fmul float %958, %2948
	%2963 = fmul float %961, %2948
	%2964 = fmul float %962, %2948
	%2965 = fmul float %965, %2948
	%2966 = fmul float %966, %2948
	%2967 = fmul float %969, %2948
	%2968 = fmul float %970, %2948
	%2969 = fmul float %973, %2948
	%2970 = fmul float %974, %2948
	%2971 = fmul float %977, %2948
	%2972 = fmul float %978, %2948
	%2973 = fmul float %981, %2948
	%2974 = fmul float %982, %2948
	%2975 = fmul float %985, %2948
	%2976 = fmul float %986, %2948
	%2977 = fmul float %989, %2948
	%2978 = fmul float %990, %2948
	%2979 = fmul float %993, %2948
	%2980 = fmul float %994, %2948
	%2981 = fmul float %997, %2948
	%2982 = fmul float %998, %2948
	%2983 = fmul float %1001, %2948
	%2984 = fmul float %1002, %2948
	%2985 = icmp slt i32 %2952, %M
	br i1 %2985, label %store1, label %stored1

store1:
	%2986 = mul i32 %22, %M
	%2987 = add i32 %2986, %2952
	%2988 = mul i32 %2987, 128
	%2989 = shl i32 %6, 1
	%2990 = add i32 0, %2989
	%2991 = add i32 %2988, %2990
	%2992 = sext i32 %2991 to i64
	%2993 = getelementptr i16, i16* %out, i64 %2992
	%2994 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2954, float %2953)
	%2995 = bitcast i16* %2993 to i32*
	store i32 %2994, i32* %2995
	%2996 = shl i32 %6, 1
	%2997 = add i32 8, %2996
	%2998 = add i32 %2988, %2997
	%2999 = sext i32 %2998 to i64
	%3000 = getelementptr i16, i16* %out, i64 %2999
	%3001 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2956, float %2955)
	%3002 = bitcast i16* %3000 to i32*
	store i32 %3001, i32* %3002
	%3003 = shl i32 %6, 1
	%3004 = add i32 16, %3003
	%3005 = add i32 %2988, %3004
	%3006 = sext i32 %3005 to i64
	%3007 = getelementptr i16, i16* %out, i64 %3006
	%3008 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2958, float %2957)
	%3009 = bitcast i16* %3007 to i32*
	store i32 %3008, i32* %3009
	%3010 = shl i32 %6, 1
	%3011 = add i32 24, %3010
	%3012 = add i32 %2988, %3011
	%3013 = sext i32 %3012 to i64
	%3014 = getelementptr i16, i16* %out, i64 %3013
	%3015 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2960, float %2959)
	%3016 = bitcast i16* %3014 to i32*
	store i32 %3015, i32* %3016
	%3017 = shl i32 %6, 1
	%3018 = add i32 32, %3017
	%3019 = add i32 %2988, %3018
	%3020 = sext i32 %3019 to i64
	%3021 = getelementptr i16, i16* %out, i64 %3020
	%3022 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2962, float %2961)
	%3023 = bitcast i16* %3021 to i32*
	store i32 %3022, i32* %3023
	%3024 = shl i32 %6, 1
	%3025 = add i32 40, %3024
	%3026 = add i32 %2988, %3025
	%3027 = sext i32 %3026 to i64
	%3028 = getelementptr i16, i16* %out, i64 %3027
	%3029 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2964, float %2963)
	%3030 = bitcast i16* %3028 to i32*
	store i32 %3029, i32* %3030
	%3031 = shl i32 %6, 1
	%3032 = add i32 48, %3031
	%3033 = add i32 %2988, %3032
	%3034 = sext i32 %3033 to i64
	%3035 = getelementptr i16, i16* %out, i64 %3034
	%3036 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2966, float %2965)
	%3037 = bitcast i16* %3035 to i32*
	store i32 %3036, i32* %3037
	%3038 = shl i32 %6, 1
	%3039 = add i32 56, %3038
	%3040 = add i32 %2988, %3039
	%3041 = sext i32 %3040 to i64
	%3042 = getelementptr i16, i16* %out, i64 %3041
	%3043 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2968, float %2967)
	%3044 = bitcast i16* %3042 to i32*
	store i32 %3043, i32* %3044
	%3045 = shl i32 %6, 1
	%3046 = add i32 64, %3045
	%3047 = add i32 %2988, %3046
	%3048 = sext i32 %3047 to i64
	%3049 = getelementptr i16, i16* %out, i64 %3048
	%3050 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2970, float %2969)
	%3051 = bitcast i16* %3049 to i32*
	store i32 %3050, i32* %3051
	%3052 = shl i32 %6, 1
	%3053 = add i32 72, %3052
	%3054 = add i32 %2988, %3053
	%3055 = sext i32 %3054 to i64
	%3056 = getelementptr i16, i16* %out, i64 %3055
	%3057 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2972, float %2971)
	%3058 = bitcast i16* %3056 to i32*
	store i32 %3057, i32* %3058
	%3059 = shl i32 %6, 1
	%3060 = add i32 80, %3059
	%3061 = add i32 %2988, %3060
	%3062 = sext i32 %3061 to i64
	%3063 = getelementptr i16, i16* %out, i64 %3062
	%3064 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2974, float %2973)
	%3065 = bitcast i16* %3063 to i32*
	store i32 %3064, i32* %3065
	%3066 = shl i32 %6, 1
	%3067 = add i32 88, %3066
	%3068 = add i32 %2988, %3067
	%3069 = sext i32 %3068 to i64
	%3070 = getelementptr i16, i16* %out, i64 %3069
	%3071 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2976, float %2975)
	%3072 = bitcast i16* %3070 to i32*
	store i32 %3071, i32* %3072
	%3073 = shl i32 %6, 1
	%3074 = add i32 96, %3073
	%3075 = add i32 %2988, %3074
	%3076 = sext i32 %3075 to i64
	%3077 = getelementptr i16, i16* %out, i64 %3076
	%3078 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2978, float %2977)
	%3079 = bitcast i16* %3077 to i32*
	store i32 %3078, i32* %3079
	%3080 = shl i32 %6, 1
	%3081 = add i32 104, %3080
	%3082 = add i32 %2988, %3081
	%3083 = sext i32 %3082 to i64
	%3084 = getelementptr i16, i16* %out, i64 %3083
	%3085 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2980, float %2979)
	%3086 = bitcast i16* %3084 to i32*
	store i32 %3085, i32* %3086
	%3087 = shl i32 %6, 1
	%3088 = add i32 112, %3087
	%3089 = add i32 %2988, %3088
	%3090 = sext i32 %3089 to i64
	%3091 = getelementptr i16, i16* %out, i64 %3090
	%3092 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2982, float %2981)
	%3093 = bitcast i16* %3091 to i32*
	store i32 %3092, i32* %3093
	%3094 = shl i32 %6, 1
	%3095 = add i32 120, %3094
	%3096 = add i32 %2988, %3095
	%3097 = sext i32 %3096 to i64
	%3098 = getelementptr i16, i16* %out, i64 %3097
	%3099 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2984, float %2983)
	%3100 = bitcast i16* %3098 to i32*
	store i32 %3099, i32* %3100
	br label %stored1

stored1:
	ret void
}
