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
	%257 = phi i32 [ 0, %prologue ], [ %1755, %pv ]
	%258 = phi i32 [ %49, %prologue ], [ %259, %pv ]
	%259 = phi i32 [ %60, %prologue ], [ %1765, %pv ]
	%260 = phi i8 [ %68, %prologue ], [ %1773, %pv ]
	%261 = phi float [ 0.0, %prologue ], [ %2280, %pv ]
	%262 = phi float [ 0.0, %prologue ], [ %2281, %pv ]
	%263 = phi float [ 0.0, %prologue ], [ %2282, %pv ]
	%264 = phi float [ 0.0, %prologue ], [ %2283, %pv ]
	%265 = phi float [ 0.0, %prologue ], [ %2285, %pv ]
	%266 = phi float [ 0.0, %prologue ], [ %2286, %pv ]
	%267 = phi float [ 0.0, %prologue ], [ %2287, %pv ]
	%268 = phi float [ 0.0, %prologue ], [ %2288, %pv ]
	%269 = phi float [ 0.0, %prologue ], [ %2297, %pv ]
	%270 = phi float [ 0.0, %prologue ], [ %2298, %pv ]
	%271 = phi float [ 0.0, %prologue ], [ %2299, %pv ]
	%272 = phi float [ 0.0, %prologue ], [ %2300, %pv ]
	%273 = phi float [ 0.0, %prologue ], [ %2302, %pv ]
	%274 = phi float [ 0.0, %prologue ], [ %2303, %pv ]
	%275 = phi float [ 0.0, %prologue ], [ %2304, %pv ]
	%276 = phi float [ 0.0, %prologue ], [ %2305, %pv ]
	%277 = phi float [ 0.0, %prologue ], [ %2314, %pv ]
	%278 = phi float [ 0.0, %prologue ], [ %2315, %pv ]
	%279 = phi float [ 0.0, %prologue ], [ %2316, %pv ]
	%280 = phi float [ 0.0, %prologue ], [ %2317, %pv ]
	%281 = phi float [ 0.0, %prologue ], [ %2319, %pv ]
	%282 = phi float [ 0.0, %prologue ], [ %2320, %pv ]
	%283 = phi float [ 0.0, %prologue ], [ %2321, %pv ]
	%284 = phi float [ 0.0, %prologue ], [ %2322, %pv ]
	%285 = phi float [ 0.0, %prologue ], [ %2331, %pv ]
	%286 = phi float [ 0.0, %prologue ], [ %2332, %pv ]
	%287 = phi float [ 0.0, %prologue ], [ %2333, %pv ]
	%288 = phi float [ 0.0, %prologue ], [ %2334, %pv ]
	%289 = phi float [ 0.0, %prologue ], [ %2336, %pv ]
	%290 = phi float [ 0.0, %prologue ], [ %2337, %pv ]
	%291 = phi float [ 0.0, %prologue ], [ %2338, %pv ]
	%292 = phi float [ 0.0, %prologue ], [ %2339, %pv ]
	%293 = phi float [ 0.0, %prologue ], [ %2348, %pv ]
	%294 = phi float [ 0.0, %prologue ], [ %2349, %pv ]
	%295 = phi float [ 0.0, %prologue ], [ %2350, %pv ]
	%296 = phi float [ 0.0, %prologue ], [ %2351, %pv ]
	%297 = phi float [ 0.0, %prologue ], [ %2353, %pv ]
	%298 = phi float [ 0.0, %prologue ], [ %2354, %pv ]
	%299 = phi float [ 0.0, %prologue ], [ %2355, %pv ]
	%300 = phi float [ 0.0, %prologue ], [ %2356, %pv ]
	%301 = phi float [ 0.0, %prologue ], [ %2365, %pv ]
	%302 = phi float [ 0.0, %prologue ], [ %2366, %pv ]
	%303 = phi float [ 0.0, %prologue ], [ %2367, %pv ]
	%304 = phi float [ 0.0, %prologue ], [ %2368, %pv ]
	%305 = phi float [ 0.0, %prologue ], [ %2370, %pv ]
	%306 = phi float [ 0.0, %prologue ], [ %2371, %pv ]
	%307 = phi float [ 0.0, %prologue ], [ %2372, %pv ]
	%308 = phi float [ 0.0, %prologue ], [ %2373, %pv ]
	%309 = phi float [ 0.0, %prologue ], [ %2382, %pv ]
	%310 = phi float [ 0.0, %prologue ], [ %2383, %pv ]
	%311 = phi float [ 0.0, %prologue ], [ %2384, %pv ]
	%312 = phi float [ 0.0, %prologue ], [ %2385, %pv ]
	%313 = phi float [ 0.0, %prologue ], [ %2387, %pv ]
	%314 = phi float [ 0.0, %prologue ], [ %2388, %pv ]
	%315 = phi float [ 0.0, %prologue ], [ %2389, %pv ]
	%316 = phi float [ 0.0, %prologue ], [ %2390, %pv ]
	%317 = phi float [ 0.0, %prologue ], [ %2399, %pv ]
	%318 = phi float [ 0.0, %prologue ], [ %2400, %pv ]
	%319 = phi float [ 0.0, %prologue ], [ %2401, %pv ]
	%320 = phi float [ 0.0, %prologue ], [ %2402, %pv ]
	%321 = phi float [ 0.0, %prologue ], [ %2404, %pv ]
	%322 = phi float [ 0.0, %prologue ], [ %2405, %pv ]
	%323 = phi float [ 0.0, %prologue ], [ %2406, %pv ]
	%324 = phi float [ 0.0, %prologue ], [ %2407, %pv ]
	%325 = phi float [ 0xFFF0000000000000, %prologue ], [ %1651, %pv ]
	%326 = phi float [ 0.0, %prologue ], [ %1702, %pv ]
	%327 = phi float [ 0xFFF0000000000000, %prologue ], [ %1703, %pv ]
	%328 = phi float [ 0.0, %prologue ], [ %1754, %pv ]
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
	%931 = sitofp i32 %22 to float
	%932 = icmp ne i8 %260, 2
	br i1 %932, label %partial, label %softmax

epilogue:
	%933 = phi float [ 0.0, %entry ], [ %1702, %pv ]
	%934 = phi float [ 0.0, %entry ], [ %1754, %pv ]
	%935 = phi i32 [ 0, %entry ], [ %1755, %pv ]
	%936 = phi float [ 0.0, %entry ], [ %2280, %pv ]
	%937 = phi float [ 0.0, %entry ], [ %2281, %pv ]
	%938 = phi float [ 0.0, %entry ], [ %2282, %pv ]
	%939 = phi float [ 0.0, %entry ], [ %2283, %pv ]
	%940 = phi float [ 0.0, %entry ], [ %2285, %pv ]
	%941 = phi float [ 0.0, %entry ], [ %2286, %pv ]
	%942 = phi float [ 0.0, %entry ], [ %2287, %pv ]
	%943 = phi float [ 0.0, %entry ], [ %2288, %pv ]
	%944 = phi float [ 0.0, %entry ], [ %2297, %pv ]
	%945 = phi float [ 0.0, %entry ], [ %2298, %pv ]
	%946 = phi float [ 0.0, %entry ], [ %2299, %pv ]
	%947 = phi float [ 0.0, %entry ], [ %2300, %pv ]
	%948 = phi float [ 0.0, %entry ], [ %2302, %pv ]
	%949 = phi float [ 0.0, %entry ], [ %2303, %pv ]
	%950 = phi float [ 0.0, %entry ], [ %2304, %pv ]
	%951 = phi float [ 0.0, %entry ], [ %2305, %pv ]
	%952 = phi float [ 0.0, %entry ], [ %2314, %pv ]
	%953 = phi float [ 0.0, %entry ], [ %2315, %pv ]
	%954 = phi float [ 0.0, %entry ], [ %2316, %pv ]
	%955 = phi float [ 0.0, %entry ], [ %2317, %pv ]
	%956 = phi float [ 0.0, %entry ], [ %2319, %pv ]
	%957 = phi float [ 0.0, %entry ], [ %2320, %pv ]
	%958 = phi float [ 0.0, %entry ], [ %2321, %pv ]
	%959 = phi float [ 0.0, %entry ], [ %2322, %pv ]
	%960 = phi float [ 0.0, %entry ], [ %2331, %pv ]
	%961 = phi float [ 0.0, %entry ], [ %2332, %pv ]
	%962 = phi float [ 0.0, %entry ], [ %2333, %pv ]
	%963 = phi float [ 0.0, %entry ], [ %2334, %pv ]
	%964 = phi float [ 0.0, %entry ], [ %2336, %pv ]
	%965 = phi float [ 0.0, %entry ], [ %2337, %pv ]
	%966 = phi float [ 0.0, %entry ], [ %2338, %pv ]
	%967 = phi float [ 0.0, %entry ], [ %2339, %pv ]
	%968 = phi float [ 0.0, %entry ], [ %2348, %pv ]
	%969 = phi float [ 0.0, %entry ], [ %2349, %pv ]
	%970 = phi float [ 0.0, %entry ], [ %2350, %pv ]
	%971 = phi float [ 0.0, %entry ], [ %2351, %pv ]
	%972 = phi float [ 0.0, %entry ], [ %2353, %pv ]
	%973 = phi float [ 0.0, %entry ], [ %2354, %pv ]
	%974 = phi float [ 0.0, %entry ], [ %2355, %pv ]
	%975 = phi float [ 0.0, %entry ], [ %2356, %pv ]
	%976 = phi float [ 0.0, %entry ], [ %2365, %pv ]
	%977 = phi float [ 0.0, %entry ], [ %2366, %pv ]
	%978 = phi float [ 0.0, %entry ], [ %2367, %pv ]
	%979 = phi float [ 0.0, %entry ], [ %2368, %pv ]
	%980 = phi float [ 0.0, %entry ], [ %2370, %pv ]
	%981 = phi float [ 0.0, %entry ], [ %2371, %pv ]
	%982 = phi float [ 0.0, %entry ], [ %2372, %pv ]
	%983 = phi float [ 0.0, %entry ], [ %2373, %pv ]
	%984 = phi float [ 0.0, %entry ], [ %2382, %pv ]
	%985 = phi float [ 0.0, %entry ], [ %2383, %pv ]
	%986 = phi float [ 0.0, %entry ], [ %2384, %pv ]
	%987 = phi float [ 0.0, %entry ], [ %2385, %pv ]
	%988 = phi float [ 0.0, %entry ], [ %2387, %pv ]
	%989 = phi float [ 0.0, %entry ], [ %2388, %pv ]
	%990 = phi float [ 0.0, %entry ], [ %2389, %pv ]
	%991 = phi float [ 0.0, %entry ], [ %2390, %pv ]
	%992 = phi float [ 0.0, %entry ], [ %2399, %pv ]
	%993 = phi float [ 0.0, %entry ], [ %2400, %pv ]
	%994 = phi float [ 0.0, %entry ], [ %2401, %pv ]
	%995 = phi float [ 0.0, %entry ], [ %2402, %pv ]
	%996 = phi float [ 0.0, %entry ], [ %2404, %pv ]
	%997 = phi float [ 0.0, %entry ], [ %2405, %pv ]
	%998 = phi float [ 0.0, %entry ], [ %2406, %pv ]
	%999 = phi float [ 0.0, %entry ], [ %2407, %pv ]
	%1000 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %933, i32 1, i32 31)
	%1001 = fadd float %933, %1000
	%1002 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1001, i32 2, i32 31)
	%1003 = fadd float %1001, %1002
	%1004 = fcmp ogt float %1003, 0.0
	%1005 = fdiv float 1.0, %1003
	%1006 = select i1 %1004, float %1005, float 0.0
	%1007 = mul i32 %3, 16
	%1008 = add i32 %24, %1007
	%1009 = add i32 %5, 0
	%1010 = add i32 %1008, %1009
	%1011 = fmul float %936, %1006
	%1012 = fmul float %937, %1006
	%1013 = fmul float %940, %1006
	%1014 = fmul float %941, %1006
	%1015 = fmul float %944, %1006
	%1016 = fmul float %945, %1006
	%1017 = fmul float %948, %1006
	%1018 = fmul float %949, %1006
	%1019 = fmul float %952, %1006
	%1020 = fmul float %953, %1006
	%1021 = fmul float %956, %1006
	%1022 = fmul float %957, %1006
	%1023 = fmul float %960, %1006
	%1024 = fmul float %961, %1006
	%1025 = fmul float %964, %1006
	%1026 = fmul float %965, %1006
	%1027 = fmul float %968, %1006
	%1028 = fmul float %969, %1006
	%1029 = fmul float %972, %1006
	%1030 = fmul float %973, %1006
	%1031 = fmul float %976, %1006
	%1032 = fmul float %977, %1006
	%1033 = fmul float %980, %1006
	%1034 = fmul float %981, %1006
	%1035 = fmul float %984, %1006
	%1036 = fmul float %985, %1006
	%1037 = fmul float %988, %1006
	%1038 = fmul float %989, %1006
	%1039 = fmul float %992, %1006
	%1040 = fmul float %993, %1006
	%1041 = fmul float %996, %1006
	%1042 = fmul float %997, %1006
	%1043 = icmp slt i32 %1010, %M
	br i1 %1043, label %store0, label %stored0

partial:
	%1044 = shl i32 %6, 1
	%1045 = add i32 0, %1044
	%1046 = add i32 %329, %1045
	%1047 = icmp slt i32 %1046, %N
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = sitofp i32 %926 to float
	%1050 = sitofp i32 %1048 to float
	%1051 = fcmp ole float %1050, %1049
	%1052 = uitofp i1 %1051 to float
	%1053 = fcmp une float %1052, 0.0
	%1054 = and i1 %1047, %1053
	%1055 = select i1 %1054, float %866, float 0xFFF0000000000000
	%1056 = shl i32 %6, 1
	%1057 = add i32 1, %1056
	%1058 = add i32 %329, %1057
	%1059 = icmp slt i32 %1058, %N
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = sitofp i32 %926 to float
	%1062 = sitofp i32 %1060 to float
	%1063 = fcmp ole float %1062, %1061
	%1064 = uitofp i1 %1063 to float
	%1065 = fcmp une float %1064, 0.0
	%1066 = and i1 %1059, %1065
	%1067 = select i1 %1066, float %867, float 0xFFF0000000000000
	%1068 = shl i32 %6, 1
	%1069 = add i32 0, %1068
	%1070 = add i32 %329, %1069
	%1071 = icmp slt i32 %1070, %N
	%1072 = select i1 %1071, i32 %1070, i32 0
	%1073 = sitofp i32 %930 to float
	%1074 = sitofp i32 %1072 to float
	%1075 = fcmp ole float %1074, %1073
	%1076 = uitofp i1 %1075 to float
	%1077 = fcmp une float %1076, 0.0
	%1078 = and i1 %1071, %1077
	%1079 = select i1 %1078, float %868, float 0xFFF0000000000000
	%1080 = shl i32 %6, 1
	%1081 = add i32 1, %1080
	%1082 = add i32 %329, %1081
	%1083 = icmp slt i32 %1082, %N
	%1084 = select i1 %1083, i32 %1082, i32 0
	%1085 = sitofp i32 %930 to float
	%1086 = sitofp i32 %1084 to float
	%1087 = fcmp ole float %1086, %1085
	%1088 = uitofp i1 %1087 to float
	%1089 = fcmp une float %1088, 0.0
	%1090 = and i1 %1083, %1089
	%1091 = select i1 %1090, float %869, float 0xFFF0000000000000
	%1092 = shl i32 %6, 1
	%1093 = add i32 8, %1092
	%1094 = add i32 %329, %1093
	%1095 = icmp slt i32 %1094, %N
	%1096 = select i1 %1095, i32 %1094, i32 0
	%1097 = sitofp i32 %926 to float
	%1098 = sitofp i32 %1096 to float
	%1099 = fcmp ole float %1098, %1097
	%1100 = uitofp i1 %1099 to float
	%1101 = fcmp une float %1100, 0.0
	%1102 = and i1 %1095, %1101
	%1103 = select i1 %1102, float %871, float 0xFFF0000000000000
	%1104 = shl i32 %6, 1
	%1105 = add i32 9, %1104
	%1106 = add i32 %329, %1105
	%1107 = icmp slt i32 %1106, %N
	%1108 = select i1 %1107, i32 %1106, i32 0
	%1109 = sitofp i32 %926 to float
	%1110 = sitofp i32 %1108 to float
	%1111 = fcmp ole float %1110, %1109
	%1112 = uitofp i1 %1111 to float
	%1113 = fcmp une float %1112, 0.0
	%1114 = and i1 %1107, %1113
	%1115 = select i1 %1114, float %872, float 0xFFF0000000000000
	%1116 = shl i32 %6, 1
	%1117 = add i32 8, %1116
	%1118 = add i32 %329, %1117
	%1119 = icmp slt i32 %1118, %N
	%1120 = select i1 %1119, i32 %1118, i32 0
	%1121 = sitofp i32 %930 to float
	%1122 = sitofp i32 %1120 to float
	%1123 = fcmp ole float %1122, %1121
	%1124 = uitofp i1 %1123 to float
	%1125 = fcmp une float %1124, 0.0
	%1126 = and i1 %1119, %1125
	%1127 = select i1 %1126, float %873, float 0xFFF0000000000000
	%1128 = shl i32 %6, 1
	%1129 = add i32 9, %1128
	%1130 = add i32 %329, %1129
	%1131 = icmp slt i32 %1130, %N
	%1132 = select i1 %1131, i32 %1130, i32 0
	%1133 = sitofp i32 %930 to float
	%1134 = sitofp i32 %1132 to float
	%1135 = fcmp ole float %1134, %1133
	%1136 = uitofp i1 %1135 to float
	%1137 = fcmp une float %1136, 0.0
	%1138 = and i1 %1131, %1137
	%1139 = select i1 %1138, float %874, float 0xFFF0000000000000
	%1140 = shl i32 %6, 1
	%1141 = add i32 16, %1140
	%1142 = add i32 %329, %1141
	%1143 = icmp slt i32 %1142, %N
	%1144 = select i1 %1143, i32 %1142, i32 0
	%1145 = sitofp i32 %926 to float
	%1146 = sitofp i32 %1144 to float
	%1147 = fcmp ole float %1146, %1145
	%1148 = uitofp i1 %1147 to float
	%1149 = fcmp une float %1148, 0.0
	%1150 = and i1 %1143, %1149
	%1151 = select i1 %1150, float %882, float 0xFFF0000000000000
	%1152 = shl i32 %6, 1
	%1153 = add i32 17, %1152
	%1154 = add i32 %329, %1153
	%1155 = icmp slt i32 %1154, %N
	%1156 = select i1 %1155, i32 %1154, i32 0
	%1157 = sitofp i32 %926 to float
	%1158 = sitofp i32 %1156 to float
	%1159 = fcmp ole float %1158, %1157
	%1160 = uitofp i1 %1159 to float
	%1161 = fcmp une float %1160, 0.0
	%1162 = and i1 %1155, %1161
	%1163 = select i1 %1162, float %883, float 0xFFF0000000000000
	%1164 = shl i32 %6, 1
	%1165 = add i32 16, %1164
	%1166 = add i32 %329, %1165
	%1167 = icmp slt i32 %1166, %N
	%1168 = select i1 %1167, i32 %1166, i32 0
	%1169 = sitofp i32 %930 to float
	%1170 = sitofp i32 %1168 to float
	%1171 = fcmp ole float %1170, %1169
	%1172 = uitofp i1 %1171 to float
	%1173 = fcmp une float %1172, 0.0
	%1174 = and i1 %1167, %1173
	%1175 = select i1 %1174, float %884, float 0xFFF0000000000000
	%1176 = shl i32 %6, 1
	%1177 = add i32 17, %1176
	%1178 = add i32 %329, %1177
	%1179 = icmp slt i32 %1178, %N
	%1180 = select i1 %1179, i32 %1178, i32 0
	%1181 = sitofp i32 %930 to float
	%1182 = sitofp i32 %1180 to float
	%1183 = fcmp ole float %1182, %1181
	%1184 = uitofp i1 %1183 to float
	%1185 = fcmp une float %1184, 0.0
	%1186 = and i1 %1179, %1185
	%1187 = select i1 %1186, float %885, float 0xFFF0000000000000
	%1188 = shl i32 %6, 1
	%1189 = add i32 24, %1188
	%1190 = add i32 %329, %1189
	%1191 = icmp slt i32 %1190, %N
	%1192 = select i1 %1191, i32 %1190, i32 0
	%1193 = sitofp i32 %926 to float
	%1194 = sitofp i32 %1192 to float
	%1195 = fcmp ole float %1194, %1193
	%1196 = uitofp i1 %1195 to float
	%1197 = fcmp une float %1196, 0.0
	%1198 = and i1 %1191, %1197
	%1199 = select i1 %1198, float %887, float 0xFFF0000000000000
	%1200 = shl i32 %6, 1
	%1201 = add i32 25, %1200
	%1202 = add i32 %329, %1201
	%1203 = icmp slt i32 %1202, %N
	%1204 = select i1 %1203, i32 %1202, i32 0
	%1205 = sitofp i32 %926 to float
	%1206 = sitofp i32 %1204 to float
	%1207 = fcmp ole float %1206, %1205
	%1208 = uitofp i1 %1207 to float
	%1209 = fcmp une float %1208, 0.0
	%1210 = and i1 %1203, %1209
	%1211 = select i1 %1210, float %888, float 0xFFF0000000000000
	%1212 = shl i32 %6, 1
	%1213 = add i32 24, %1212
	%1214 = add i32 %329, %1213
	%1215 = icmp slt i32 %1214, %N
	%1216 = select i1 %1215, i32 %1214, i32 0
	%1217 = sitofp i32 %930 to float
	%1218 = sitofp i32 %1216 to float
	%1219 = fcmp ole float %1218, %1217
	%1220 = uitofp i1 %1219 to float
	%1221 = fcmp une float %1220, 0.0
	%1222 = and i1 %1215, %1221
	%1223 = select i1 %1222, float %889, float 0xFFF0000000000000
	%1224 = shl i32 %6, 1
	%1225 = add i32 25, %1224
	%1226 = add i32 %329, %1225
	%1227 = icmp slt i32 %1226, %N
	%1228 = select i1 %1227, i32 %1226, i32 0
	%1229 = sitofp i32 %930 to float
	%1230 = sitofp i32 %1228 to float
	%1231 = fcmp ole float %1230, %1229
	%1232 = uitofp i1 %1231 to float
	%1233 = fcmp une float %1232, 0.0
	%1234 = and i1 %1227, %1233
	%1235 = select i1 %1234, float %890, float 0xFFF0000000000000
	%1236 = shl i32 %6, 1
	%1237 = add i32 32, %1236
	%1238 = add i32 %329, %1237
	%1239 = icmp slt i32 %1238, %N
	%1240 = select i1 %1239, i32 %1238, i32 0
	%1241 = sitofp i32 %926 to float
	%1242 = sitofp i32 %1240 to float
	%1243 = fcmp ole float %1242, %1241
	%1244 = uitofp i1 %1243 to float
	%1245 = fcmp une float %1244, 0.0
	%1246 = and i1 %1239, %1245
	%1247 = select i1 %1246, float %898, float 0xFFF0000000000000
	%1248 = shl i32 %6, 1
	%1249 = add i32 33, %1248
	%1250 = add i32 %329, %1249
	%1251 = icmp slt i32 %1250, %N
	%1252 = select i1 %1251, i32 %1250, i32 0
	%1253 = sitofp i32 %926 to float
	%1254 = sitofp i32 %1252 to float
	%1255 = fcmp ole float %1254, %1253
	%1256 = uitofp i1 %1255 to float
	%1257 = fcmp une float %1256, 0.0
	%1258 = and i1 %1251, %1257
	%1259 = select i1 %1258, float %899, float 0xFFF0000000000000
	%1260 = shl i32 %6, 1
	%1261 = add i32 32, %1260
	%1262 = add i32 %329, %1261
	%1263 = icmp slt i32 %1262, %N
	%1264 = select i1 %1263, i32 %1262, i32 0
	%1265 = sitofp i32 %930 to float
	%1266 = sitofp i32 %1264 to float
	%1267 = fcmp ole float %1266, %1265
	%1268 = uitofp i1 %1267 to float
	%1269 = fcmp une float %1268, 0.0
	%1270 = and i1 %1263, %1269
	%1271 = select i1 %1270, float %900, float 0xFFF0000000000000
	%1272 = shl i32 %6, 1
	%1273 = add i32 33, %1272
	%1274 = add i32 %329, %1273
	%1275 = icmp slt i32 %1274, %N
	%1276 = select i1 %1275, i32 %1274, i32 0
	%1277 = sitofp i32 %930 to float
	%1278 = sitofp i32 %1276 to float
	%1279 = fcmp ole float %1278, %1277
	%1280 = uitofp i1 %1279 to float
	%1281 = fcmp une float %1280, 0.0
	%1282 = and i1 %1275, %1281
	%1283 = select i1 %1282, float %901, float 0xFFF0000000000000
	%1284 = shl i32 %6, 1
	%1285 = add i32 40, %1284
	%1286 = add i32 %329, %1285
	%1287 = icmp slt i32 %1286, %N
	%1288 = select i1 %1287, i32 %1286, i32 0
	%1289 = sitofp i32 %926 to float
	%1290 = sitofp i32 %1288 to float
	%1291 = fcmp ole float %1290, %1289
	%1292 = uitofp i1 %1291 to float
	%1293 = fcmp une float %1292, 0.0
	%1294 = and i1 %1287, %1293
	%1295 = select i1 %1294, float %903, float 0xFFF0000000000000
	%1296 = shl i32 %6, 1
	%1297 = add i32 41, %1296
	%1298 = add i32 %329, %1297
	%1299 = icmp slt i32 %1298, %N
	%1300 = select i1 %1299, i32 %1298, i32 0
	%1301 = sitofp i32 %926 to float
	%1302 = sitofp i32 %1300 to float
	%1303 = fcmp ole float %1302, %1301
	%1304 = uitofp i1 %1303 to float
	%1305 = fcmp une float %1304, 0.0
	%1306 = and i1 %1299, %1305
	%1307 = select i1 %1306, float %904, float 0xFFF0000000000000
	%1308 = shl i32 %6, 1
	%1309 = add i32 40, %1308
	%1310 = add i32 %329, %1309
	%1311 = icmp slt i32 %1310, %N
	%1312 = select i1 %1311, i32 %1310, i32 0
	%1313 = sitofp i32 %930 to float
	%1314 = sitofp i32 %1312 to float
	%1315 = fcmp ole float %1314, %1313
	%1316 = uitofp i1 %1315 to float
	%1317 = fcmp une float %1316, 0.0
	%1318 = and i1 %1311, %1317
	%1319 = select i1 %1318, float %905, float 0xFFF0000000000000
	%1320 = shl i32 %6, 1
	%1321 = add i32 41, %1320
	%1322 = add i32 %329, %1321
	%1323 = icmp slt i32 %1322, %N
	%1324 = select i1 %1323, i32 %1322, i32 0
	%1325 = sitofp i32 %930 to float
	%1326 = sitofp i32 %1324 to float
	%1327 = fcmp ole float %1326, %1325
	%1328 = uitofp i1 %1327 to float
	%1329 = fcmp une float %1328, 0.0
	%1330 = and i1 %1323, %1329
	%1331 = select i1 %1330, float %906, float 0xFFF0000000000000
	%1332 = shl i32 %6, 1
	%1333 = add i32 48, %1332
	%1334 = add i32 %329, %1333
	%1335 = icmp slt i32 %1334, %N
	%1336 = select i1 %1335, i32 %1334, i32 0
	%1337 = sitofp i32 %926 to float
	%1338 = sitofp i32 %1336 to float
	%1339 = fcmp ole float %1338, %1337
	%1340 = uitofp i1 %1339 to float
	%1341 = fcmp une float %1340, 0.0
	%1342 = and i1 %1335, %1341
	%1343 = select i1 %1342, float %914, float 0xFFF0000000000000
	%1344 = shl i32 %6, 1
	%1345 = add i32 49, %1344
	%1346 = add i32 %329, %1345
	%1347 = icmp slt i32 %1346, %N
	%1348 = select i1 %1347, i32 %1346, i32 0
	%1349 = sitofp i32 %926 to float
	%1350 = sitofp i32 %1348 to float
	%1351 = fcmp ole float %1350, %1349
	%1352 = uitofp i1 %1351 to float
	%1353 = fcmp une float %1352, 0.0
	%1354 = and i1 %1347, %1353
	%1355 = select i1 %1354, float %915, float 0xFFF0000000000000
	%1356 = shl i32 %6, 1
	%1357 = add i32 48, %1356
	%1358 = add i32 %329, %1357
	%1359 = icmp slt i32 %1358, %N
	%1360 = select i1 %1359, i32 %1358, i32 0
	%1361 = sitofp i32 %930 to float
	%1362 = sitofp i32 %1360 to float
	%1363 = fcmp ole float %1362, %1361
	%1364 = uitofp i1 %1363 to float
	%1365 = fcmp une float %1364, 0.0
	%1366 = and i1 %1359, %1365
	%1367 = select i1 %1366, float %916, float 0xFFF0000000000000
	%1368 = shl i32 %6, 1
	%1369 = add i32 49, %1368
	%1370 = add i32 %329, %1369
	%1371 = icmp slt i32 %1370, %N
	%1372 = select i1 %1371, i32 %1370, i32 0
	%1373 = sitofp i32 %930 to float
	%1374 = sitofp i32 %1372 to float
	%1375 = fcmp ole float %1374, %1373
	%1376 = uitofp i1 %1375 to float
	%1377 = fcmp une float %1376, 0.0
	%1378 = and i1 %1371, %1377
	%1379 = select i1 %1378, float %917, float 0xFFF0000000000000
	%1380 = shl i32 %6, 1
	%1381 = add i32 56, %1380
	%1382 = add i32 %329, %1381
	%1383 = icmp slt i32 %1382, %N
	%1384 = select i1 %1383, i32 %1382, i32 0
	%1385 = sitofp i32 %926 to float
	%1386 = sitofp i32 %1384 to float
	%1387 = fcmp ole float %1386, %1385
	%1388 = uitofp i1 %1387 to float
	%1389 = fcmp une float %1388, 0.0
	%1390 = and i1 %1383, %1389
	%1391 = select i1 %1390, float %919, float 0xFFF0000000000000
	%1392 = shl i32 %6, 1
	%1393 = add i32 57, %1392
	%1394 = add i32 %329, %1393
	%1395 = icmp slt i32 %1394, %N
	%1396 = select i1 %1395, i32 %1394, i32 0
	%1397 = sitofp i32 %926 to float
	%1398 = sitofp i32 %1396 to float
	%1399 = fcmp ole float %1398, %1397
	%1400 = uitofp i1 %1399 to float
	%1401 = fcmp une float %1400, 0.0
	%1402 = and i1 %1395, %1401
	%1403 = select i1 %1402, float %920, float 0xFFF0000000000000
	%1404 = shl i32 %6, 1
	%1405 = add i32 56, %1404
	%1406 = add i32 %329, %1405
	%1407 = icmp slt i32 %1406, %N
	%1408 = select i1 %1407, i32 %1406, i32 0
	%1409 = sitofp i32 %930 to float
	%1410 = sitofp i32 %1408 to float
	%1411 = fcmp ole float %1410, %1409
	%1412 = uitofp i1 %1411 to float
	%1413 = fcmp une float %1412, 0.0
	%1414 = and i1 %1407, %1413
	%1415 = select i1 %1414, float %921, float 0xFFF0000000000000
	%1416 = shl i32 %6, 1
	%1417 = add i32 57, %1416
	%1418 = add i32 %329, %1417
	%1419 = icmp slt i32 %1418, %N
	%1420 = select i1 %1419, i32 %1418, i32 0
	%1421 = sitofp i32 %930 to float
	%1422 = sitofp i32 %1420 to float
	%1423 = fcmp ole float %1422, %1421
	%1424 = uitofp i1 %1423 to float
	%1425 = fcmp une float %1424, 0.0
	%1426 = and i1 %1419, %1425
	%1427 = select i1 %1426, float %922, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1428 = phi float [ %866, %loop ], [ %1055, %partial ]
	%1429 = phi float [ %867, %loop ], [ %1067, %partial ]
	%1430 = phi float [ %868, %loop ], [ %1079, %partial ]
	%1431 = phi float [ %869, %loop ], [ %1091, %partial ]
	%1432 = phi float [ %871, %loop ], [ %1103, %partial ]
	%1433 = phi float [ %872, %loop ], [ %1115, %partial ]
	%1434 = phi float [ %873, %loop ], [ %1127, %partial ]
	%1435 = phi float [ %874, %loop ], [ %1139, %partial ]
	%1436 = phi float [ %882, %loop ], [ %1151, %partial ]
	%1437 = phi float [ %883, %loop ], [ %1163, %partial ]
	%1438 = phi float [ %884, %loop ], [ %1175, %partial ]
	%1439 = phi float [ %885, %loop ], [ %1187, %partial ]
	%1440 = phi float [ %887, %loop ], [ %1199, %partial ]
	%1441 = phi float [ %888, %loop ], [ %1211, %partial ]
	%1442 = phi float [ %889, %loop ], [ %1223, %partial ]
	%1443 = phi float [ %890, %loop ], [ %1235, %partial ]
	%1444 = phi float [ %898, %loop ], [ %1247, %partial ]
	%1445 = phi float [ %899, %loop ], [ %1259, %partial ]
	%1446 = phi float [ %900, %loop ], [ %1271, %partial ]
	%1447 = phi float [ %901, %loop ], [ %1283, %partial ]
	%1448 = phi float [ %903, %loop ], [ %1295, %partial ]
	%1449 = phi float [ %904, %loop ], [ %1307, %partial ]
	%1450 = phi float [ %905, %loop ], [ %1319, %partial ]
	%1451 = phi float [ %906, %loop ], [ %1331, %partial ]
	%1452 = phi float [ %914, %loop ], [ %1343, %partial ]
	%1453 = phi float [ %915, %loop ], [ %1355, %partial ]
	%1454 = phi float [ %916, %loop ], [ %1367, %partial ]
	%1455 = phi float [ %917, %loop ], [ %1379, %partial ]
	%1456 = phi float [ %919, %loop ], [ %1391, %partial ]
	%1457 = phi float [ %920, %loop ], [ %1403, %partial ]
	%1458 = phi float [ %921, %loop ], [ %1415, %partial ]
	%1459 = phi float [ %922, %loop ], [ %1427, %partial ]
	%1460 = call float @llvm.nvvm.fmax.f(float %1428, float %1429)
	%1461 = call float @llvm.nvvm.fmax.f(float %1432, float %1433)
	%1462 = call float @llvm.nvvm.fmax.f(float %1436, float %1437)
	%1463 = call float @llvm.nvvm.fmax.f(float %1440, float %1441)
	%1464 = call float @llvm.nvvm.fmax.f(float %1444, float %1445)
	%1465 = call float @llvm.nvvm.fmax.f(float %1448, float %1449)
	%1466 = call float @llvm.nvvm.fmax.f(float %1452, float %1453)
	%1467 = call float @llvm.nvvm.fmax.f(float %1456, float %1457)
	%1468 = call float @llvm.nvvm.fmax.f(float %1460, float %1461)
	%1469 = call float @llvm.nvvm.fmax.f(float %1462, float %1463)
	%1470 = call float @llvm.nvvm.fmax.f(float %1464, float %1465)
	%1471 = call float @llvm.nvvm.fmax.f(float %1466, float %1467)
	%1472 = call float @llvm.nvvm.fmax.f(float %1468, float %1469)
	%1473 = call float @llvm.nvvm.fmax.f(float %1470, float %1471)
	%1474 = call float @llvm.nvvm.fmax.f(float %1472, float %1473)
	%1475 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1474, i32 1, i32 31)
	%1476 = call float @llvm.nvvm.fmax.f(float %1474, float %1475)
	%1477 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1476, i32 2, i32 31)
	%1478 = call float @llvm.nvvm.fmax.f(float %1476, float %1477)
	%1479 = fmul float %1478, 0x3FC0527DC0000000
	%1480 = call float @llvm.nvvm.fmax.f(float %325, float %1479)
	%1481 = fadd float %325, 8.0
	%1482 = fcmp ogt float %1480, %1481
	%1483 = or i1 false, %1482
	%1484 = call float @llvm.nvvm.fmax.f(float %1430, float %1431)
	%1485 = call float @llvm.nvvm.fmax.f(float %1434, float %1435)
	%1486 = call float @llvm.nvvm.fmax.f(float %1438, float %1439)
	%1487 = call float @llvm.nvvm.fmax.f(float %1442, float %1443)
	%1488 = call float @llvm.nvvm.fmax.f(float %1446, float %1447)
	%1489 = call float @llvm.nvvm.fmax.f(float %1450, float %1451)
	%1490 = call float @llvm.nvvm.fmax.f(float %1454, float %1455)
	%1491 = call float @llvm.nvvm.fmax.f(float %1458, float %1459)
	%1492 = call float @llvm.nvvm.fmax.f(float %1484, float %1485)
	%1493 = call float @llvm.nvvm.fmax.f(float %1486, float %1487)
	%1494 = call float @llvm.nvvm.fmax.f(float %1488, float %1489)
	%1495 = call float @llvm.nvvm.fmax.f(float %1490, float %1491)
	%1496 = call float @llvm.nvvm.fmax.f(float %1492, float %1493)
	%1497 = call float @llvm.nvvm.fmax.f(float %1494, float %1495)
	%1498 = call float @llvm.nvvm.fmax.f(float %1496, float %1497)
	%1499 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1498, i32 1, i32 31)
	%1500 = call float @llvm.nvvm.fmax.f(float %1498, float %1499)
	%1501 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1500, i32 2, i32 31)
	%1502 = call float @llvm.nvvm.fmax.f(float %1500, float %1501)
	%1503 = fmul float %1502, 0x3FC0527DC0000000
	%1504 = call float @llvm.nvvm.fmax.f(float %327, float %1503)
	%1505 = fadd float %327, 8.0
	%1506 = fcmp ogt float %1504, %1505
	%1507 = or i1 %1483, %1506
	%1508 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1507)
	br i1 %1508, label %1509, label %1584

1509:
	%1510 = fcmp oeq float %1480, 0xFFF0000000000000
	%1511 = select i1 %1510, float 0.0, float %1480
	%1512 = fsub float %325, %1511
	%1513 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1512)
	%1514 = fcmp oeq float %1504, 0xFFF0000000000000
	%1515 = select i1 %1514, float 0.0, float %1504
	%1516 = fsub float %327, %1515
	%1517 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1516)
	%1518 = fmul float %261, %1513
	%1519 = fmul float %262, %1513
	%1520 = fmul float %263, %1517
	%1521 = fmul float %264, %1517
	%1522 = fmul float %265, %1513
	%1523 = fmul float %266, %1513
	%1524 = fmul float %267, %1517
	%1525 = fmul float %268, %1517
	%1526 = fmul float %269, %1513
	%1527 = fmul float %270, %1513
	%1528 = fmul float %271, %1517
	%1529 = fmul float %272, %1517
	%1530 = fmul float %273, %1513
	%1531 = fmul float %274, %1513
	%1532 = fmul float %275, %1517
	%1533 = fmul float %276, %1517
	%1534 = fmul float %277, %1513
	%1535 = fmul float %278, %1513
	%1536 = fmul float %279, %1517
	%1537 = fmul float %280, %1517
	%1538 = fmul float %281, %1513
	%1539 = fmul float %282, %1513
	%1540 = fmul float %283, %1517
	%1541 = fmul float %284, %1517
	%1542 = fmul float %285, %1513
	%1543 = fmul float %286, %1513
	%1544 = fmul float %287, %1517
	%1545 = fmul float %288, %1517
	%1546 = fmul float %289, %1513
	%1547 = fmul float %290, %1513
	%1548 = fmul float %291, %1517
	%1549 = fmul float %292, %1517
	%1550 = fmul float %293, %1513
	%1551 = fmul float %294, %1513
	%1552 = fmul float %295, %1517
	%1553 = fmul float %296, %1517
	%1554 = fmul float %297, %1513
	%1555 = fmul float %298, %1513
	%1556 = fmul float %299, %1517
	%1557 = fmul float %300, %1517
	%1558 = fmul float %301, %1513
	%1559 = fmul float %302, %1513
	%1560 = fmul float %303, %1517
	%1561 = fmul float %304, %1517
	%1562 = fmul float %305, %1513
	%1563 = fmul float %306, %1513
	%1564 = fmul float %307, %1517
	%1565 = fmul float %308, %1517
	%1566 = fmul float %309, %1513
	%1567 = fmul float %310, %1513
	%1568 = fmul float %311, %1517
	%1569 = fmul float %312, %1517
	%1570 = fmul float %313, %1513
	%1571 = fmul float %314, %1513
	%1572 = fmul float %315, %1517
	%1573 = fmul float %316, %1517
	%1574 = fmul float %317, %1513
	%1575 = fmul float %318, %1513
	%1576 = fmul float %319, %1517
	%1577 = fmul float %320, %1517
	%1578 = fmul float %321, %1513
	%1579 = fmul float %322, %1513
	%1580 = fmul float %323, %1517
	%1581 = fmul float %324, %1517
	%1582 = fmul float %326, %1513
	%1583 = fmul float %328, %1517
	br label %1584

1584:
	%1585 = phi float [ %261, %softmax ], [ %1518, %1509 ]
	%1586 = phi float [ %262, %softmax ], [ %1519, %1509 ]
	%1587 = phi float [ %263, %softmax ], [ %1520, %1509 ]
	%1588 = phi float [ %264, %softmax ], [ %1521, %1509 ]
	%1589 = phi float [ %265, %softmax ], [ %1522, %1509 ]
	%1590 = phi float [ %266, %softmax ], [ %1523, %1509 ]
	%1591 = phi float [ %267, %softmax ], [ %1524, %1509 ]
	%1592 = phi float [ %268, %softmax ], [ %1525, %1509 ]
	%1593 = phi float [ %269, %softmax ], [ %1526, %1509 ]
	%1594 = phi float [ %270, %softmax ], [ %1527, %1509 ]
	%1595 = phi float [ %271, %softmax ], [ %1528, %1509 ]
	%1596 = phi float [ %272, %softmax ], [ %1529, %1509 ]
	%1597 = phi float [ %273, %softmax ], [ %1530, %1509 ]
	%1598 = phi float [ %274, %softmax ], [ %1531, %1509 ]
	%1599 = phi float [ %275, %softmax ], [ %1532, %1509 ]
	%1600 = phi float [ %276, %softmax ], [ %1533, %1509 ]
	%1601 = phi float [ %277, %softmax ], [ %1534, %1509 ]
	%1602 = phi float [ %278, %softmax ], [ %1535, %1509 ]
	%1603 = phi float [ %279, %softmax ], [ %1536, %1509 ]
	%1604 = phi float [ %280, %softmax ], [ %1537, %1509 ]
	%1605 = phi float [ %281, %softmax ], [ %1538, %1509 ]
	%1606 = phi float [ %282, %softmax ], [ %1539, %1509 ]
	%1607 = phi float [ %283, %softmax ], [ %1540, %1509 ]
	%1608 = phi float [ %284, %softmax ], [ %1541, %1509 ]
	%1609 = phi float [ %285, %softmax ], [ %1542, %1509 ]
	%1610 = phi float [ %286, %softmax ], [ %1543, %1509 ]
	%1611 = phi float [ %287, %softmax ], [ %1544, %1509 ]
	%1612 = phi float [ %288, %softmax ], [ %1545, %1509 ]
	%1613 = phi float [ %289, %softmax ], [ %1546, %1509 ]
	%1614 = phi float [ %290, %softmax ], [ %1547, %1509 ]
	%1615 = phi float [ %291, %softmax ], [ %1548, %1509 ]
	%1616 = phi float [ %292, %softmax ], [ %1549, %1509 ]
	%1617 = phi float [ %293, %softmax ], [ %1550, %1509 ]
	%1618 = phi float [ %294, %softmax ], [ %1551, %1509 ]
	%1619 = phi float [ %295, %softmax ], [ %1552, %1509 ]
	%1620 = phi float [ %296, %softmax ], [ %1553, %1509 ]
	%1621 = phi float [ %297, %softmax ], [ %1554, %1509 ]
	%1622 = phi float [ %298, %softmax ], [ %1555, %1509 ]
	%1623 = phi float [ %299, %softmax ], [ %1556, %1509 ]
	%1624 = phi float [ %300, %softmax ], [ %1557, %1509 ]
	%1625 = phi float [ %301, %softmax ], [ %1558, %1509 ]
	%1626 = phi float [ %302, %softmax ], [ %1559, %1509 ]
	%1627 = phi float [ %303, %softmax ], [ %1560, %1509 ]
	%1628 = phi float [ %304, %softmax ], [ %1561, %1509 ]
	%1629 = phi float [ %305, %softmax ], [ %1562, %1509 ]
	%1630 = phi float [ %306, %softmax ], [ %1563, %1509 ]
	%1631 = phi float [ %307, %softmax ], [ %1564, %1509 ]
	%1632 = phi float [ %308, %softmax ], [ %1565, %1509 ]
	%1633 = phi float [ %309, %softmax ], [ %1566, %1509 ]
	%1634 = phi float [ %310, %softmax ], [ %1567, %1509 ]
	%1635 = phi float [ %311, %softmax ], [ %1568, %1509 ]
	%1636 = phi float [ %312, %softmax ], [ %1569, %1509 ]
	%1637 = phi float [ %313, %softmax ], [ %1570, %1509 ]
	%1638 = phi float [ %314, %softmax ], [ %1571, %1509 ]
	%1639 = phi float [ %315, %softmax ], [ %1572, %1509 ]
	%1640 = phi float [ %316, %softmax ], [ %1573, %1509 ]
	%1641 = phi float [ %317, %softmax ], [ %1574, %1509 ]
	%1642 = phi float [ %318, %softmax ], [ %1575, %1509 ]
	%1643 = phi float [ %319, %softmax ], [ %1576, %1509 ]
	%1644 = phi float [ %320, %softmax ], [ %1577, %1509 ]
	%1645 = phi float [ %321, %softmax ], [ %1578, %1509 ]
	%1646 = phi float [ %322, %softmax ], [ %1579, %1509 ]
	%1647 = phi float [ %323, %softmax ], [ %1580, %1509 ]
	%1648 = phi float [ %324, %softmax ], [ %1581, %1509 ]
	%1649 = phi float [ %326, %softmax ], [ %1582, %1509 ]
	%1650 = phi float [ %328, %softmax ], [ %1583, %1509 ]
	%1651 = select i1 %1508, float %1480, float %325
	%1652 = fcmp oeq float %1651, 0xFFF0000000000000
	%1653 = select i1 %1652, float 0.0, float %1651
	%1654 = fneg float %1653
	%1655 = call float @llvm.fma.f32(float %1428, float 0x3FC0527DC0000000, float %1654)
	%1656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1655)
	%1657 = call float @llvm.fma.f32(float %1429, float 0x3FC0527DC0000000, float %1654)
	%1658 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1657)
	%1659 = call float @llvm.fma.f32(float %1432, float 0x3FC0527DC0000000, float %1654)
	%1660 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1659)
	%1661 = call float @llvm.fma.f32(float %1433, float 0x3FC0527DC0000000, float %1654)
	%1662 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1661)
	%1663 = call float @llvm.fma.f32(float %1436, float 0x3FC0527DC0000000, float %1654)
	%1664 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1663)
	%1665 = call float @llvm.fma.f32(float %1437, float 0x3FC0527DC0000000, float %1654)
	%1666 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1665)
	%1667 = call float @llvm.fma.f32(float %1440, float 0x3FC0527DC0000000, float %1654)
	%1668 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1667)
	%1669 = call float @llvm.fma.f32(float %1441, float 0x3FC0527DC0000000, float %1654)
	%1670 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1669)
	%1671 = call float @llvm.fma.f32(float %1444, float 0x3FC0527DC0000000, float %1654)
	%1672 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1671)
	%1673 = call float @llvm.fma.f32(float %1445, float 0x3FC0527DC0000000, float %1654)
	%1674 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1673)
	%1675 = call float @llvm.fma.f32(float %1448, float 0x3FC0527DC0000000, float %1654)
	%1676 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1675)
	%1677 = call float @llvm.fma.f32(float %1449, float 0x3FC0527DC0000000, float %1654)
	%1678 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1677)
	%1679 = call float @llvm.fma.f32(float %1452, float 0x3FC0527DC0000000, float %1654)
	%1680 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1679)
	%1681 = call float @llvm.fma.f32(float %1453, float 0x3FC0527DC0000000, float %1654)
	%1682 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1681)
	%1683 = call float @llvm.fma.f32(float %1456, float 0x3FC0527DC0000000, float %1654)
	%1684 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1683)
	%1685 = call float @llvm.fma.f32(float %1457, float 0x3FC0527DC0000000, float %1654)
	%1686 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1685)
	%1687 = fadd float %1656, %1658
	%1688 = fadd float %1660, %1662
	%1689 = fadd float %1664, %1666
	%1690 = fadd float %1668, %1670
	%1691 = fadd float %1672, %1674
	%1692 = fadd float %1676, %1678
	%1693 = fadd float %1680, %1682
	%1694 = fadd float %1684, %1686
	%1695 = fadd float %1687, %1688
	%1696 = fadd float %1689, %1690
	%1697 = fadd float %1691, %1692
	%1698 = fadd float %1693, %1694
	%1699 = fadd float %1695, %1696
	%1700 = fadd float %1697, %1698
	%1701 = fadd float %1699, %1700
	%1702 = fadd float %1649, %1701
	%1703 = select i1 %1508, float %1504, float %327
	%1704 = fcmp oeq float %1703, 0xFFF0000000000000
	%1705 = select i1 %1704, float 0.0, float %1703
	%1706 = fneg float %1705
	%1707 = call float @llvm.fma.f32(float %1430, float 0x3FC0527DC0000000, float %1706)
	%1708 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1707)
	%1709 = call float @llvm.fma.f32(float %1431, float 0x3FC0527DC0000000, float %1706)
	%1710 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1709)
	%1711 = call float @llvm.fma.f32(float %1434, float 0x3FC0527DC0000000, float %1706)
	%1712 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1711)
	%1713 = call float @llvm.fma.f32(float %1435, float 0x3FC0527DC0000000, float %1706)
	%1714 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1713)
	%1715 = call float @llvm.fma.f32(float %1438, float 0x3FC0527DC0000000, float %1706)
	%1716 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1715)
	%1717 = call float @llvm.fma.f32(float %1439, float 0x3FC0527DC0000000, float %1706)
	%1718 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1717)
	%1719 = call float @llvm.fma.f32(float %1442, float 0x3FC0527DC0000000, float %1706)
	%1720 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1719)
	%1721 = call float @llvm.fma.f32(float %1443, float 0x3FC0527DC0000000, float %1706)
	%1722 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1721)
	%1723 = call float @llvm.fma.f32(float %1446, float 0x3FC0527DC0000000, float %1706)
	%1724 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1723)
	%1725 = call float @llvm.fma.f32(float %1447, float 0x3FC0527DC0000000, float %1706)
	%1726 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1725)
	%1727 = call float @llvm.fma.f32(float %1450, float 0x3FC0527DC0000000, float %1706)
	%1728 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1727)
	%1729 = call float @llvm.fma.f32(float %1451, float 0x3FC0527DC0000000, float %1706)
	%1730 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1729)
	%1731 = call float @llvm.fma.f32(float %1454, float 0x3FC0527DC0000000, float %1706)
	%1732 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1731)
	%1733 = call float @llvm.fma.f32(float %1455, float 0x3FC0527DC0000000, float %1706)
	%1734 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1733)
	%1735 = call float @llvm.fma.f32(float %1458, float 0x3FC0527DC0000000, float %1706)
	%1736 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1735)
	%1737 = call float @llvm.fma.f32(float %1459, float 0x3FC0527DC0000000, float %1706)
	%1738 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1737)
	%1739 = fadd float %1708, %1710
	%1740 = fadd float %1712, %1714
	%1741 = fadd float %1716, %1718
	%1742 = fadd float %1720, %1722
	%1743 = fadd float %1724, %1726
	%1744 = fadd float %1728, %1730
	%1745 = fadd float %1732, %1734
	%1746 = fadd float %1736, %1738
	%1747 = fadd float %1739, %1740
	%1748 = fadd float %1741, %1742
	%1749 = fadd float %1743, %1744
	%1750 = fadd float %1745, %1746
	%1751 = fadd float %1747, %1748
	%1752 = fadd float %1749, %1750
	%1753 = fadd float %1751, %1752
	%1754 = fadd float %1650, %1753
	%1755 = add i32 %257, 1
	%1756 = icmp sge i32 %259, 0
	%1757 = add i32 %257, 2
	%1758 = icmp slt i32 %1757, %NK
	%1759 = and i1 %1756, %1758
	%1760 = select i1 %1759, i32 %1757, i32 0
	%1761 = add i32 %41, %1760
	%1762 = sext i32 %1761 to i64
	%1763 = getelementptr i32, i32* %list, i64 %1762
	%1764 = load i32, i32* %1763
	%1765 = select i1 %1759, i32 %1764, i32 -1
	%1766 = icmp sge i32 %259, 0
	%1767 = icmp slt i32 %259, %NK
	%1768 = and i1 %1766, %1767
	%1769 = select i1 %1768, i32 %259, i32 0
	%1770 = add i32 %45, %1769
	%1771 = sext i32 %1770 to i64
	%1772 = getelementptr i8, i8* %cls, i64 %1771
	%1773 = load i8, i8* %1772
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1756, label %prefetch, label %pv

prefetch:
	%1774 = mul i32 %259, 64
	%1775 = lshr i32 %2, 4
	%1776 = and i32 %2, 15
	%1777 = and i32 %1775, 7
	%1778 = xor i32 %1776, %1777
	%1779 = mul i32 %1775, 16
	%1780 = add i32 %1779, %1778
	%1781 = shl i32 %1780, 4
	%1782 = add i32 %0, %1781
	%1783 = add i32 %1774, %1775
	%1784 = mul i32 %1783, 128
	%1785 = mul i32 %1776, 8
	%1786 = add i32 %1784, %1785
	%1787 = sext i32 %1786 to i64
	%1788 = getelementptr i16, i16* %32, i64 %1787
	%1789 = add i32 %1783, 0
	%1790 = icmp slt i32 %1789, %N
	%1791 = getelementptr i16, i16* %1788, i64 0
	%1792 = select i1 %1790, i16* %1791, i16* %32
	%1793 = add i32 %1782, 0
	%1794 = select i1 %1790, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1793, i16* %1792, i32 %1794)
	%1795 = add i32 %1783, 8
	%1796 = icmp slt i32 %1795, %N
	%1797 = getelementptr i16, i16* %1788, i64 1024
	%1798 = select i1 %1796, i16* %1797, i16* %32
	%1799 = add i32 %1782, 2048
	%1800 = select i1 %1796, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1799, i16* %1798, i32 %1800)
	%1801 = add i32 %1783, 16
	%1802 = icmp slt i32 %1801, %N
	%1803 = getelementptr i16, i16* %1788, i64 2048
	%1804 = select i1 %1802, i16* %1803, i16* %32
	%1805 = add i32 %1782, u0x1000
	%1806 = select i1 %1802, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1805, i16* %1804, i32 %1806)
	%1807 = add i32 %1783, 24
	%1808 = icmp slt i32 %1807, %N
	%1809 = getelementptr i16, i16* %1788, i64 3072
	%1810 = select i1 %1808, i16* %1809, i16* %32
	%1811 = add i32 %1782, 6144
	%1812 = select i1 %1808, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1811, i16* %1810, i32 %1812)
	%1813 = add i32 %1783, 32
	%1814 = icmp slt i32 %1813, %N
	%1815 = getelementptr i16, i16* %1788, i64 u0x1000
	%1816 = select i1 %1814, i16* %1815, i16* %32
	%1817 = add i32 %1782, u0x2000
	%1818 = select i1 %1814, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1817, i16* %1816, i32 %1818)
	%1819 = add i32 %1783, 40
	%1820 = icmp slt i32 %1819, %N
	%1821 = getelementptr i16, i16* %1788, i64 5120
	%1822 = select i1 %1820, i16* %1821, i16* %32
	%1823 = add i32 %1782, 10240
	%1824 = select i1 %1820, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1823, i16* %1822, i32 %1824)
	%1825 = add i32 %1783, 48
	%1826 = icmp slt i32 %1825, %N
	%1827 = getelementptr i16, i16* %1788, i64 6144
	%1828 = select i1 %1826, i16* %1827, i16* %32
	%1829 = add i32 %1782, 12288
	%1830 = select i1 %1826, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1829, i16* %1828, i32 %1830)
	%1831 = add i32 %1783, 56
	%1832 = icmp slt i32 %1831, %N
	%1833 = getelementptr i16, i16* %1788, i64 7168
	%1834 = select i1 %1832, i16* %1833, i16* %32
	%1835 = add i32 %1782, 14336
	%1836 = select i1 %1832, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1835, i16* %1834, i32 %1836)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1837 = and i32 %4, 7
	%1838 = lshr i32 %4, 3
	%1839 = and i32 %1838, 1
	%1840 = shl i32 %1839, 3
	%1841 = add i32 %1837, %1840
	%1842 = mul i32 %1841, 256
	%1843 = add i32 %1, %1842
	%1844 = and i32 %4, 7
	%1845 = xor i32 %136, %1844
	%1846 = shl i32 %1845, 4
	%1847 = add i32 %1843, %1846
	%1848 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1658, float %1656)
	%1849 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1710, float %1708)
	%1850 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1662, float %1660)
	%1851 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1714, float %1712)
	%1852 = xor i32 %1847, 0
	%1853 = add i32 %1852, 0
	%1854 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1853)
	%1855 = extractvalue { i32, i32, i32, i32 } %1854, 0
	%1856 = extractvalue { i32, i32, i32, i32 } %1854, 1
	%1857 = extractvalue { i32, i32, i32, i32 } %1854, 2
	%1858 = extractvalue { i32, i32, i32, i32 } %1854, 3
	%1859 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1855, i32 %1856, float %1585, float %1586, float %1587, float %1588)
	%1860 = extractvalue { float, float, float, float } %1859, 0
	%1861 = extractvalue { float, float, float, float } %1859, 1
	%1862 = extractvalue { float, float, float, float } %1859, 2
	%1863 = extractvalue { float, float, float, float } %1859, 3
	%1864 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1857, i32 %1858, float %1589, float %1590, float %1591, float %1592)
	%1865 = extractvalue { float, float, float, float } %1864, 0
	%1866 = extractvalue { float, float, float, float } %1864, 1
	%1867 = extractvalue { float, float, float, float } %1864, 2
	%1868 = extractvalue { float, float, float, float } %1864, 3
	%1869 = xor i32 %1847, 32
	%1870 = add i32 %1869, 0
	%1871 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1870)
	%1872 = extractvalue { i32, i32, i32, i32 } %1871, 0
	%1873 = extractvalue { i32, i32, i32, i32 } %1871, 1
	%1874 = extractvalue { i32, i32, i32, i32 } %1871, 2
	%1875 = extractvalue { i32, i32, i32, i32 } %1871, 3
	%1876 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1872, i32 %1873, float %1593, float %1594, float %1595, float %1596)
	%1877 = extractvalue { float, float, float, float } %1876, 0
	%1878 = extractvalue { float, float, float, float } %1876, 1
	%1879 = extractvalue { float, float, float, float } %1876, 2
	%1880 = extractvalue { float, float, float, float } %1876, 3
	%1881 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1874, i32 %1875, float %1597, float %1598, float %1599, float %1600)
	%1882 = extractvalue { float, float, float, float } %1881, 0
	%1883 = extractvalue { float, float, float, float } %1881, 1
	%1884 = extractvalue { float, float, float, float } %1881, 2
	%1885 = extractvalue { float, float, float, float } %1881, 3
	%1886 = xor i32 %1847, 64
	%1887 = add i32 %1886, 0
	%1888 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1887)
	%1889 = extractvalue { i32, i32, i32, i32 } %1888, 0
	%1890 = extractvalue { i32, i32, i32, i32 } %1888, 1
	%1891 = extractvalue { i32, i32, i32, i32 } %1888, 2
	%1892 = extractvalue { i32, i32, i32, i32 } %1888, 3
	%1893 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1889, i32 %1890, float %1601, float %1602, float %1603, float %1604)
	%1894 = extractvalue { float, float, float, float } %1893, 0
	%1895 = extractvalue { float, float, float, float } %1893, 1
	%1896 = extractvalue { float, float, float, float } %1893, 2
	%1897 = extractvalue { float, float, float, float } %1893, 3
	%1898 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1891, i32 %1892, float %1605, float %1606, float %1607, float %1608)
	%1899 = extractvalue { float, float, float, float } %1898, 0
	%1900 = extractvalue { float, float, float, float } %1898, 1
	%1901 = extractvalue { float, float, float, float } %1898, 2
	%1902 = extractvalue { float, float, float, float } %1898, 3
	%1903 = xor i32 %1847, 96
	%1904 = add i32 %1903, 0
	%1905 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1904)
	%1906 = extractvalue { i32, i32, i32, i32 } %1905, 0
	%1907 = extractvalue { i32, i32, i32, i32 } %1905, 1
	%1908 = extractvalue { i32, i32, i32, i32 } %1905, 2
	%1909 = extractvalue { i32, i32, i32, i32 } %1905, 3
	%1910 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1906, i32 %1907, float %1609, float %1610, float %1611, float %1612)
	%1911 = extractvalue { float, float, float, float } %1910, 0
	%1912 = extractvalue { float, float, float, float } %1910, 1
	%1913 = extractvalue { float, float, float, float } %1910, 2
	%1914 = extractvalue { float, float, float, float } %1910, 3
	%1915 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1908, i32 %1909, float %1613, float %1614, float %1615, float %1616)
	%1916 = extractvalue { float, float, float, float } %1915, 0
	%1917 = extractvalue { float, float, float, float } %1915, 1
	%1918 = extractvalue { float, float, float, float } %1915, 2
	%1919 = extractvalue { float, float, float, float } %1915, 3
	%1920 = xor i32 %1847, 128
	%1921 = add i32 %1920, 0
	%1922 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1921)
	%1923 = extractvalue { i32, i32, i32, i32 } %1922, 0
	%1924 = extractvalue { i32, i32, i32, i32 } %1922, 1
	%1925 = extractvalue { i32, i32, i32, i32 } %1922, 2
	%1926 = extractvalue { i32, i32, i32, i32 } %1922, 3
	%1927 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1923, i32 %1924, float %1617, float %1618, float %1619, float %1620)
	%1928 = extractvalue { float, float, float, float } %1927, 0
	%1929 = extractvalue { float, float, float, float } %1927, 1
	%1930 = extractvalue { float, float, float, float } %1927, 2
	%1931 = extractvalue { float, float, float, float } %1927, 3
	%1932 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1925, i32 %1926, float %1621, float %1622, float %1623, float %1624)
	%1933 = extractvalue { float, float, float, float } %1932, 0
	%1934 = extractvalue { float, float, float, float } %1932, 1
	%1935 = extractvalue { float, float, float, float } %1932, 2
	%1936 = extractvalue { float, float, float, float } %1932, 3
	%1937 = xor i32 %1847, 160
	%1938 = add i32 %1937, 0
	%1939 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1938)
	%1940 = extractvalue { i32, i32, i32, i32 } %1939, 0
	%1941 = extractvalue { i32, i32, i32, i32 } %1939, 1
	%1942 = extractvalue { i32, i32, i32, i32 } %1939, 2
	%1943 = extractvalue { i32, i32, i32, i32 } %1939, 3
	%1944 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1940, i32 %1941, float %1625, float %1626, float %1627, float %1628)
	%1945 = extractvalue { float, float, float, float } %1944, 0
	%1946 = extractvalue { float, float, float, float } %1944, 1
	%1947 = extractvalue { float, float, float, float } %1944, 2
	%1948 = extractvalue { float, float, float, float } %1944, 3
	%1949 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1942, i32 %1943, float %1629, float %1630, float %1631, float %1632)
	%1950 = extractvalue { float, float, float, float } %1949, 0
	%1951 = extractvalue { float, float, float, float } %1949, 1
	%1952 = extractvalue { float, float, float, float } %1949, 2
	%1953 = extractvalue { float, float, float, float } %1949, 3
	%1954 = xor i32 %1847, 192
	%1955 = add i32 %1954, 0
	%1956 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1955)
	%1957 = extractvalue { i32, i32, i32, i32 } %1956, 0
	%1958 = extractvalue { i32, i32, i32, i32 } %1956, 1
	%1959 = extractvalue { i32, i32, i32, i32 } %1956, 2
	%1960 = extractvalue { i32, i32, i32, i32 } %1956, 3
	%1961 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1957, i32 %1958, float %1633, float %1634, float %1635, float %1636)
	%1962 = extractvalue { float, float, float, float } %1961, 0
	%1963 = extractvalue { float, float, float, float } %1961, 1
	%1964 = extractvalue { float, float, float, float } %1961, 2
	%1965 = extractvalue { float, float, float, float } %1961, 3
	%1966 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1959, i32 %1960, float %1637, float %1638, float %1639, float %1640)
	%1967 = extractvalue { float, float, float, float } %1966, 0
	%1968 = extractvalue { float, float, float, float } %1966, 1
	%1969 = extractvalue { float, float, float, float } %1966, 2
	%1970 = extractvalue { float, float, float, float } %1966, 3
	%1971 = xor i32 %1847, 224
	%1972 = add i32 %1971, 0
	%1973 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1972)
	%1974 = extractvalue { i32, i32, i32, i32 } %1973, 0
	%1975 = extractvalue { i32, i32, i32, i32 } %1973, 1
	%1976 = extractvalue { i32, i32, i32, i32 } %1973, 2
	%1977 = extractvalue { i32, i32, i32, i32 } %1973, 3
	%1978 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1974, i32 %1975, float %1641, float %1642, float %1643, float %1644)
	%1979 = extractvalue { float, float, float, float } %1978, 0
	%1980 = extractvalue { float, float, float, float } %1978, 1
	%1981 = extractvalue { float, float, float, float } %1978, 2
	%1982 = extractvalue { float, float, float, float } %1978, 3
	%1983 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1976, i32 %1977, float %1645, float %1646, float %1647, float %1648)
	%1984 = extractvalue { float, float, float, float } %1983, 0
	%1985 = extractvalue { float, float, float, float } %1983, 1
	%1986 = extractvalue { float, float, float, float } %1983, 2
	%1987 = extractvalue { float, float, float, float } %1983, 3
	%1988 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1666, float %1664)
	%1989 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1718, float %1716)
	%1990 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1670, float %1668)
	%1991 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1722, float %1720)
	%1992 = xor i32 %1847, 0
	%1993 = add i32 %1992, u0x1000
	%1994 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1993)
	%1995 = extractvalue { i32, i32, i32, i32 } %1994, 0
	%1996 = extractvalue { i32, i32, i32, i32 } %1994, 1
	%1997 = extractvalue { i32, i32, i32, i32 } %1994, 2
	%1998 = extractvalue { i32, i32, i32, i32 } %1994, 3
	%1999 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %1995, i32 %1996, float %1860, float %1861, float %1862, float %1863)
	%2000 = extractvalue { float, float, float, float } %1999, 0
	%2001 = extractvalue { float, float, float, float } %1999, 1
	%2002 = extractvalue { float, float, float, float } %1999, 2
	%2003 = extractvalue { float, float, float, float } %1999, 3
	%2004 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %1997, i32 %1998, float %1865, float %1866, float %1867, float %1868)
	%2005 = extractvalue { float, float, float, float } %2004, 0
	%2006 = extractvalue { float, float, float, float } %2004, 1
	%2007 = extractvalue { float, float, float, float } %2004, 2
	%2008 = extractvalue { float, float, float, float } %2004, 3
	%2009 = xor i32 %1847, 32
	%2010 = add i32 %2009, u0x1000
	%2011 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2010)
	%2012 = extractvalue { i32, i32, i32, i32 } %2011, 0
	%2013 = extractvalue { i32, i32, i32, i32 } %2011, 1
	%2014 = extractvalue { i32, i32, i32, i32 } %2011, 2
	%2015 = extractvalue { i32, i32, i32, i32 } %2011, 3
	%2016 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %2012, i32 %2013, float %1877, float %1878, float %1879, float %1880)
	%2017 = extractvalue { float, float, float, float } %2016, 0
	%2018 = extractvalue { float, float, float, float } %2016, 1
	%2019 = extractvalue { float, float, float, float } %2016, 2
	%2020 = extractvalue { float, float, float, float } %2016, 3
	%2021 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %2014, i32 %2015, float %1882, float %1883, float %1884, float %1885)
	%2022 = extractvalue { float, float, float, float } %2021, 0
	%2023 = extractvalue { float, float, float, float } %2021, 1
	%2024 = extractvalue { float, float, float, float } %2021, 2
	%2025 = extractvalue { float, float, float, float } %2021, 3
	%2026 = xor i32 %1847, 64
	%2027 = add i32 %2026, u0x1000
	%2028 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2027)
	%2029 = extractvalue { i32, i32, i32, i32 } %2028, 0
	%2030 = extractvalue { i32, i32, i32, i32 } %2028, 1
	%2031 = extractvalue { i32, i32, i32, i32 } %2028, 2
	%2032 = extractvalue { i32, i32, i32, i32 } %2028, 3
	%2033 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %2029, i32 %2030, float %1894, float %1895, float %1896, float %1897)
	%2034 = extractvalue { float, float, float, float } %2033, 0
	%2035 = extractvalue { float, float, float, float } %2033, 1
	%2036 = extractvalue { float, float, float, float } %2033, 2
	%2037 = extractvalue { float, float, float, float } %2033, 3
	%2038 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %2031, i32 %2032, float %1899, float %1900, float %1901, float %1902)
	%2039 = extractvalue { float, float, float, float } %2038, 0
	%2040 = extractvalue { float, float, float, float } %2038, 1
	%2041 = extractvalue { float, float, float, float } %2038, 2
	%2042 = extractvalue { float, float, float, float } %2038, 3
	%2043 = xor i32 %1847, 96
	%2044 = add i32 %2043, u0x1000
	%2045 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2044)
	%2046 = extractvalue { i32, i32, i32, i32 } %2045, 0
	%2047 = extractvalue { i32, i32, i32, i32 } %2045, 1
	%2048 = extractvalue { i32, i32, i32, i32 } %2045, 2
	%2049 = extractvalue { i32, i32, i32, i32 } %2045, 3
	%2050 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %2046, i32 %2047, float %1911, float %1912, float %1913, float %1914)
	%2051 = extractvalue { float, float, float, float } %2050, 0
	%2052 = extractvalue { float, float, float, float } %2050, 1
	%2053 = extractvalue { float, float, float, float } %2050, 2
	%2054 = extractvalue { float, float, float, float } %2050, 3
	%2055 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %2048, i32 %2049, float %1916, float %1917, float %1918, float %1919)
	%2056 = extractvalue { float, float, float, float } %2055, 0
	%2057 = extractvalue { float, float, float, float } %2055, 1
	%2058 = extractvalue { float, float, float, float } %2055, 2
	%2059 = extractvalue { float, float, float, float } %2055, 3
	%2060 = xor i32 %1847, 128
	%2061 = add i32 %2060, u0x1000
	%2062 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2061)
	%2063 = extractvalue { i32, i32, i32, i32 } %2062, 0
	%2064 = extractvalue { i32, i32, i32, i32 } %2062, 1
	%2065 = extractvalue { i32, i32, i32, i32 } %2062, 2
	%2066 = extractvalue { i32, i32, i32, i32 } %2062, 3
	%2067 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %2063, i32 %2064, float %1928, float %1929, float %1930, float %1931)
	%2068 = extractvalue { float, float, float, float } %2067, 0
	%2069 = extractvalue { float, float, float, float } %2067, 1
	%2070 = extractvalue { float, float, float, float } %2067, 2
	%2071 = extractvalue { float, float, float, float } %2067, 3
	%2072 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %2065, i32 %2066, float %1933, float %1934, float %1935, float %1936)
	%2073 = extractvalue { float, float, float, float } %2072, 0
	%2074 = extractvalue { float, float, float, float } %2072, 1
	%2075 = extractvalue { float, float, float, float } %2072, 2
	%2076 = extractvalue { float, float, float, float } %2072, 3
	%2077 = xor i32 %1847, 160
	%2078 = add i32 %2077, u0x1000
	%2079 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2078)
	%2080 = extractvalue { i32, i32, i32, i32 } %2079, 0
	%2081 = extractvalue { i32, i32, i32, i32 } %2079, 1
	%2082 = extractvalue { i32, i32, i32, i32 } %2079, 2
	%2083 = extractvalue { i32, i32, i32, i32 } %2079, 3
	%2084 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %2080, i32 %2081, float %1945, float %1946, float %1947, float %1948)
	%2085 = extractvalue { float, float, float, float } %2084, 0
	%2086 = extractvalue { float, float, float, float } %2084, 1
	%2087 = extractvalue { float, float, float, float } %2084, 2
	%2088 = extractvalue { float, float, float, float } %2084, 3
	%2089 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %2082, i32 %2083, float %1950, float %1951, float %1952, float %1953)
	%2090 = extractvalue { float, float, float, float } %2089, 0
	%2091 = extractvalue { float, float, float, float } %2089, 1
	%2092 = extractvalue { float, float, float, float } %2089, 2
	%2093 = extractvalue { float, float, float, float } %2089, 3
	%2094 = xor i32 %1847, 192
	%2095 = add i32 %2094, u0x1000
	%2096 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2095)
	%2097 = extractvalue { i32, i32, i32, i32 } %2096, 0
	%2098 = extractvalue { i32, i32, i32, i32 } %2096, 1
	%2099 = extractvalue { i32, i32, i32, i32 } %2096, 2
	%2100 = extractvalue { i32, i32, i32, i32 } %2096, 3
	%2101 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %2097, i32 %2098, float %1962, float %1963, float %1964, float %1965)
	%2102 = extractvalue { float, float, float, float } %2101, 0
	%2103 = extractvalue { float, float, float, float } %2101, 1
	%2104 = extractvalue { float, float, float, float } %2101, 2
	%2105 = extractvalue { float, float, float, float } %2101, 3
	%2106 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %2099, i32 %2100, float %1967, float %1968, float %1969, float %1970)
	%2107 = extractvalue { float, float, float, float } %2106, 0
	%2108 = extractvalue { float, float, float, float } %2106, 1
	%2109 = extractvalue { float, float, float, float } %2106, 2
	%2110 = extractvalue { float, float, float, float } %2106, 3
	%2111 = xor i32 %1847, 224
	%2112 = add i32 %2111, u0x1000
	%2113 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2112)
	%2114 = extractvalue { i32, i32, i32, i32 } %2113, 0
	%2115 = extractvalue { i32, i32, i32, i32 } %2113, 1
	%2116 = extractvalue { i32, i32, i32, i32 } %2113, 2
	%2117 = extractvalue { i32, i32, i32, i32 } %2113, 3
	%2118 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %2114, i32 %2115, float %1979, float %1980, float %1981, float %1982)
	%2119 = extractvalue { float, float, float, float } %2118, 0
	%2120 = extractvalue { float, float, float, float } %2118, 1
	%2121 = extractvalue { float, float, float, float } %2118, 2
	%2122 = extractvalue { float, float, float, float } %2118, 3
	%2123 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1988, i32 %1989, i32 %1990, i32 %1991, i32 %2116, i32 %2117, float %1984, float %1985, float %1986, float %1987)
	%2124 = extractvalue { float, float, float, float } %2123, 0
	%2125 = extractvalue { float, float, float, float } %2123, 1
	%2126 = extractvalue { float, float, float, float } %2123, 2
	%2127 = extractvalue { float, float, float, float } %2123, 3
	%2128 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1674, float %1672)
	%2129 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1726, float %1724)
	%2130 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1678, float %1676)
	%2131 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1730, float %1728)
	%2132 = xor i32 %1847, 0
	%2133 = add i32 %2132, u0x2000
	%2134 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2133)
	%2135 = extractvalue { i32, i32, i32, i32 } %2134, 0
	%2136 = extractvalue { i32, i32, i32, i32 } %2134, 1
	%2137 = extractvalue { i32, i32, i32, i32 } %2134, 2
	%2138 = extractvalue { i32, i32, i32, i32 } %2134, 3
	%2139 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2135, i32 %2136, float %2000, float %2001, float %2002, float %2003)
	%2140 = extractvalue { float, float, float, float } %2139, 0
	%2141 = extractvalue { float, float, float, float } %2139, 1
	%2142 = extractvalue { float, float, float, float } %2139, 2
	%2143 = extractvalue { float, float, float, float } %2139, 3
	%2144 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2137, i32 %2138, float %2005, float %2006, float %2007, float %2008)
	%2145 = extractvalue { float, float, float, float } %2144, 0
	%2146 = extractvalue { float, float, float, float } %2144, 1
	%2147 = extractvalue { float, float, float, float } %2144, 2
	%2148 = extractvalue { float, float, float, float } %2144, 3
	%2149 = xor i32 %1847, 32
	%2150 = add i32 %2149, u0x2000
	%2151 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2150)
	%2152 = extractvalue { i32, i32, i32, i32 } %2151, 0
	%2153 = extractvalue { i32, i32, i32, i32 } %2151, 1
	%2154 = extractvalue { i32, i32, i32, i32 } %2151, 2
	%2155 = extractvalue { i32, i32, i32, i32 } %2151, 3
	%2156 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2152, i32 %2153, float %2017, float %2018, float %2019, float %2020)
	%2157 = extractvalue { float, float, float, float } %2156, 0
	%2158 = extractvalue { float, float, float, float } %2156, 1
	%2159 = extractvalue { float, float, float, float } %2156, 2
	%2160 = extractvalue { float, float, float, float } %2156, 3
	%2161 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2154, i32 %2155, float %2022, float %2023, float %2024, float %2025)
	%2162 = extractvalue { float, float, float, float } %2161, 0
	%2163 = extractvalue { float, float, float, float } %2161, 1
	%2164 = extractvalue { float, float, float, float } %2161, 2
	%2165 = extractvalue { float, float, float, float } %2161, 3
	%2166 = xor i32 %1847, 64
	%2167 = add i32 %2166, u0x2000
	%2168 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2167)
	%2169 = extractvalue { i32, i32, i32, i32 } %2168, 0
	%2170 = extractvalue { i32, i32, i32, i32 } %2168, 1
	%2171 = extractvalue { i32, i32, i32, i32 } %2168, 2
	%2172 = extractvalue { i32, i32, i32, i32 } %2168, 3
	%2173 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2169, i32 %2170, float %2034, float %2035, float %2036, float %2037)
	%2174 = extractvalue { float, float, float, float } %2173, 0
	%2175 = extractvalue { float, float, float, float } %2173, 1
	%2176 = extractvalue { float, float, float, float } %2173, 2
	%2177 = extractvalue { float, float, float, float } %2173, 3
	%2178 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2171, i32 %2172, float %2039, float %2040, float %2041, float %2042)
	%2179 = extractvalue { float, float, float, float } %2178, 0
	%2180 = extractvalue { float, float, float, float } %2178, 1
	%2181 = extractvalue { float, float, float, float } %2178, 2
	%2182 = extractvalue { float, float, float, float } %2178, 3
	%2183 = xor i32 %1847, 96
	%2184 = add i32 %2183, u0x2000
	%2185 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2184)
	%2186 = extractvalue { i32, i32, i32, i32 } %2185, 0
	%2187 = extractvalue { i32, i32, i32, i32 } %2185, 1
	%2188 = extractvalue { i32, i32, i32, i32 } %2185, 2
	%2189 = extractvalue { i32, i32, i32, i32 } %2185, 3
	%2190 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2186, i32 %2187, float %2051, float %2052, float %2053, float %2054)
	%2191 = extractvalue { float, float, float, float } %2190, 0
	%2192 = extractvalue { float, float, float, float } %2190, 1
	%2193 = extractvalue { float, float, float, float } %2190, 2
	%2194 = extractvalue { float, float, float, float } %2190, 3
	%2195 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2188, i32 %2189, float %2056, float %2057, float %2058, float %2059)
	%2196 = extractvalue { float, float, float, float } %2195, 0
	%2197 = extractvalue { float, float, float, float } %2195, 1
	%2198 = extractvalue { float, float, float, float } %2195, 2
	%2199 = extractvalue { float, float, float, float } %2195, 3
	%2200 = xor i32 %1847, 128
	%2201 = add i32 %2200, u0x2000
	%2202 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2201)
	%2203 = extractvalue { i32, i32, i32, i32 } %2202, 0
	%2204 = extractvalue { i32, i32, i32, i32 } %2202, 1
	%2205 = extractvalue { i32, i32, i32, i32 } %2202, 2
	%2206 = extractvalue { i32, i32, i32, i32 } %2202, 3
	%2207 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2203, i32 %2204, float %2068, float %2069, float %2070, float %2071)
	%2208 = extractvalue { float, float, float, float } %2207, 0
	%2209 = extractvalue { float, float, float, float } %2207, 1
	%2210 = extractvalue { float, float, float, float } %2207, 2
	%2211 = extractvalue { float, float, float, float } %2207, 3
	%2212 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2205, i32 %2206, float %2073, float %2074, float %2075, float %2076)
	%2213 = extractvalue { float, float, float, float } %2212, 0
	%2214 = extractvalue { float, float, float, float } %2212, 1
	%2215 = extractvalue { float, float, float, float } %2212, 2
	%2216 = extractvalue { float, float, float, float } %2212, 3
	%2217 = xor i32 %1847, 160
	%2218 = add i32 %2217, u0x2000
	%2219 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2218)
	%2220 = extractvalue { i32, i32, i32, i32 } %2219, 0
	%2221 = extractvalue { i32, i32, i32, i32 } %2219, 1
	%2222 = extractvalue { i32, i32, i32, i32 } %2219, 2
	%2223 = extractvalue { i32, i32, i32, i32 } %2219, 3
	%2224 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2220, i32 %2221, float %2085, float %2086, float %2087, float %2088)
	%2225 = extractvalue { float, float, float, float } %2224, 0
	%2226 = extractvalue { float, float, float, float } %2224, 1
	%2227 = extractvalue { float, float, float, float } %2224, 2
	%2228 = extractvalue { float, float, float, float } %2224, 3
	%2229 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2222, i32 %2223, float %2090, float %2091, float %2092, float %2093)
	%2230 = extractvalue { float, float, float, float } %2229, 0
	%2231 = extractvalue { float, float, float, float } %2229, 1
	%2232 = extractvalue { float, float, float, float } %2229, 2
	%2233 = extractvalue { float, float, float, float } %2229, 3
	%2234 = xor i32 %1847, 192
	%2235 = add i32 %2234, u0x2000
	%2236 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2235)
	%2237 = extractvalue { i32, i32, i32, i32 } %2236, 0
	%2238 = extractvalue { i32, i32, i32, i32 } %2236, 1
	%2239 = extractvalue { i32, i32, i32, i32 } %2236, 2
	%2240 = extractvalue { i32, i32, i32, i32 } %2236, 3
	%2241 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2237, i32 %2238, float %2102, float %2103, float %2104, float %2105)
	%2242 = extractvalue { float, float, float, float } %2241, 0
	%2243 = extractvalue { float, float, float, float } %2241, 1
	%2244 = extractvalue { float, float, float, float } %2241, 2
	%2245 = extractvalue { float, float, float, float } %2241, 3
	%2246 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2239, i32 %2240, float %2107, float %2108, float %2109, float %2110)
	%2247 = extractvalue { float, float, float, float } %2246, 0
	%2248 = extractvalue { float, float, float, float } %2246, 1
	%2249 = extractvalue { float, float, float, float } %2246, 2
	%2250 = extractvalue { float, float, float, float } %2246, 3
	%2251 = xor i32 %1847, 224
	%2252 = add i32 %2251, u0x2000
	%2253 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2252)
	%2254 = extractvalue { i32, i32, i32, i32 } %2253, 0
	%2255 = extractvalue { i32, i32, i32, i32 } %2253, 1
	%2256 = extractvalue { i32, i32, i32, i32 } %2253, 2
	%2257 = extractvalue { i32, i32, i32, i32 } %2253, 3
	%2258 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2254, i32 %2255, float %2119, float %2120, float %2121, float %2122)
	%2259 = extractvalue { float, float, float, float } %2258, 0
	%2260 = extractvalue { float, float, float, float } %2258, 1
	%2261 = extractvalue { float, float, float, float } %2258, 2
	%2262 = extractvalue { float, float, float, float } %2258, 3
	%2263 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2128, i32 %2129, i32 %2130, i32 %2131, i32 %2256, i32 %2257, float %2124, float %2125, float %2126, float %2127)
	%2264 = extractvalue { float, float, float, float } %2263, 0
	%2265 = extractvalue { float, float, float, float } %2263, 1
	%2266 = extractvalue { float, float, float, float } %2263, 2
	%2267 = extractvalue { float, float, float, float } %2263, 3
	%2268 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1682, float %1680)
	%2269 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1734, float %1732)
	%2270 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1686, float %1684)
	%2271 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1738, float %1736)
	%2272 = xor i32 %1847, 0
	%2273 = add i32 %2272, 12288
	%2274 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2273)
	%2275 = extractvalue { i32, i32, i32, i32 } %2274, 0
	%2276 = extractvalue { i32, i32, i32, i32 } %2274, 1
	%2277 = extractvalue { i32, i32, i32, i32 } %2274, 2
	%2278 = extractvalue { i32, i32, i32, i32 } %2274, 3
	%2279 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2275, i32 %2276, float %2140, float %2141, float %2142, float %2143)
	%2280 = extractvalue { float, float, float, float } %2279, 0
	%2281 = extractvalue { float, float, float, float } %2279, 1
	%2282 = extractvalue { float, float, float, float } %2279, 2
	%2283 = extractvalue { float, float, float, float } %2279, 3
	%2284 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2277, i32 %2278, float %2145, float %2146, float %2147, float %2148)
	%2285 = extractvalue { float, float, float, float } %2284, 0
	%2286 = extractvalue { float, float, float, float } %2284, 1
	%2287 = extractvalue { float, float, float, float } %2284, 2
	%2288 = extractvalue { float, float, float, float } %2284, 3
	%2289 = xor i32 %1847, 32
	%2290 = add i32 %2289, 12288
	%2291 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2290)
	%2292 = extractvalue { i32, i32, i32, i32 } %2291, 0
	%2293 = extractvalue { i32, i32, i32, i32 } %2291, 1
	%2294 = extractvalue { i32, i32, i32, i32 } %2291, 2
	%2295 = extractvalue { i32, i32, i32, i32 } %2291, 3
	%2296 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2292, i32 %2293, float %2157, float %2158, float %2159, float %2160)
	%2297 = extractvalue { float, float, float, float } %2296, 0
	%2298 = extractvalue { float, float, float, float } %2296, 1
	%2299 = extractvalue { float, float, float, float } %2296, 2
	%2300 = extractvalue { float, float, float, float } %2296, 3
	%2301 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2294, i32 %2295, float %2162, float %2163, float %2164, float %2165)
	%2302 = extractvalue { float, float, float, float } %2301, 0
	%2303 = extractvalue { float, float, float, float } %2301, 1
	%2304 = extractvalue { float, float, float, float } %2301, 2
	%2305 = extractvalue { float, float, float, float } %2301, 3
	%2306 = xor i32 %1847, 64
	%2307 = add i32 %2306, 12288
	%2308 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2307)
	%2309 = extractvalue { i32, i32, i32, i32 } %2308, 0
	%2310 = extractvalue { i32, i32, i32, i32 } %2308, 1
	%2311 = extractvalue { i32, i32, i32, i32 } %2308, 2
	%2312 = extractvalue { i32, i32, i32, i32 } %2308, 3
	%2313 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2309, i32 %2310, float %2174, float %2175, float %2176, float %2177)
	%2314 = extractvalue { float, float, float, float } %2313, 0
	%2315 = extractvalue { float, float, float, float } %2313, 1
	%2316 = extractvalue { float, float, float, float } %2313, 2
	%2317 = extractvalue { float, float, float, float } %2313, 3
	%2318 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2311, i32 %2312, float %2179, float %2180, float %2181, float %2182)
	%2319 = extractvalue { float, float, float, float } %2318, 0
	%2320 = extractvalue { float, float, float, float } %2318, 1
	%2321 = extractvalue { float, float, float, float } %2318, 2
	%2322 = extractvalue { float, float, float, float } %2318, 3
	%2323 = xor i32 %1847, 96
	%2324 = add i32 %2323, 12288
	%2325 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2324)
	%2326 = extractvalue { i32, i32, i32, i32 } %2325, 0
	%2327 = extractvalue { i32, i32, i32, i32 } %2325, 1
	%2328 = extractvalue { i32, i32, i32, i32 } %2325, 2
	%2329 = extractvalue { i32, i32, i32, i32 } %2325, 3
	%2330 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2326, i32 %2327, float %2191, float %2192, float %2193, float %2194)
	%2331 = extractvalue { float, float, float, float } %2330, 0
	%2332 = extractvalue { float, float, float, float } %2330, 1
	%2333 = extractvalue { float, float, float, float } %2330, 2
	%2334 = extractvalue { float, float, float, float } %2330, 3
	%2335 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2328, i32 %2329, float %2196, float %2197, float %2198, float %2199)
	%2336 = extractvalue { float, float, float, float } %2335, 0
	%2337 = extractvalue { float, float, float, float } %2335, 1
	%2338 = extractvalue { float, float, float, float } %2335, 2
	%2339 = extractvalue { float, float, float, float } %2335, 3
	%2340 = xor i32 %1847, 128
	%2341 = add i32 %2340, 12288
	%2342 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2341)
	%2343 = extractvalue { i32, i32, i32, i32 } %2342, 0
	%2344 = extractvalue { i32, i32, i32, i32 } %2342, 1
	%2345 = extractvalue { i32, i32, i32, i32 } %2342, 2
	%2346 = extractvalue { i32, i32, i32, i32 } %2342, 3
	%2347 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2343, i32 %2344, float %2208, float %2209, float %2210, float %2211)
	%2348 = extractvalue { float, float, float, float } %2347, 0
	%2349 = extractvalue { float, float, float, float } %2347, 1
	%2350 = extractvalue { float, float, float, float } %2347, 2
	%2351 = extractvalue { float, float, float, float } %2347, 3
	%2352 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2345, i32 %2346, float %2213, float %2214, float %2215, float %2216)
	%2353 = extractvalue { float, float, float, float } %2352, 0
	%2354 = extractvalue { float, float, float, float } %2352, 1
	%2355 = extractvalue { float, float, float, float } %2352, 2
	%2356 = extractvalue { float, float, float, float } %2352, 3
	%2357 = xor i32 %1847, 160
	%2358 = add i32 %2357, 12288
	%2359 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2358)
	%2360 = extractvalue { i32, i32, i32, i32 } %2359, 0
	%2361 = extractvalue { i32, i32, i32, i32 } %2359, 1
	%2362 = extractvalue { i32, i32, i32, i32 } %2359, 2
	%2363 = extractvalue { i32, i32, i32, i32 } %2359, 3
	%2364 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2360, i32 %2361, float %2225, float %2226, float %2227, float %2228)
	%2365 = extractvalue { float, float, float, float } %2364, 0
	%2366 = extractvalue { float, float, float, float } %2364, 1
	%2367 = extractvalue { float, float, float, float } %2364, 2
	%2368 = extractvalue { float, float, float, float } %2364, 3
	%2369 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2362, i32 %2363, float %2230, float %2231, float %2232, float %2233)
	%2370 = extractvalue { float, float, float, float } %2369, 0
	%2371 = extractvalue { float, float, float, float } %2369, 1
	%2372 = extractvalue { float, float, float, float } %2369, 2
	%2373 = extractvalue { float, float, float, float } %2369, 3
	%2374 = xor i32 %1847, 192
	%2375 = add i32 %2374, 12288
	%2376 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2375)
	%2377 = extractvalue { i32, i32, i32, i32 } %2376, 0
	%2378 = extractvalue { i32, i32, i32, i32 } %2376, 1
	%2379 = extractvalue { i32, i32, i32, i32 } %2376, 2
	%2380 = extractvalue { i32, i32, i32, i32 } %2376, 3
	%2381 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2377, i32 %2378, float %2242, float %2243, float %2244, float %2245)
	%2382 = extractvalue { float, float, float, float } %2381, 0
	%2383 = extractvalue { float, float, float, float } %2381, 1
	%2384 = extractvalue { float, float, float, float } %2381, 2
	%2385 = extractvalue { float, float, float, float } %2381, 3
	%2386 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2379, i32 %2380, float %2247, float %2248, float %2249, float %2250)
	%2387 = extractvalue { float, float, float, float } %2386, 0
	%2388 = extractvalue { float, float, float, float } %2386, 1
	%2389 = extractvalue { float, float, float, float } %2386, 2
	%2390 = extractvalue { float, float, float, float } %2386, 3
	%2391 = xor i32 %1847, 224
	%2392 = add i32 %2391, 12288
	%2393 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2392)
	%2394 = extractvalue { i32, i32, i32, i32 } %2393, 0
	%2395 = extractvalue { i32, i32, i32, i32 } %2393, 1
	%2396 = extractvalue { i32, i32, i32, i32 } %2393, 2
	%2397 = extractvalue { i32, i32, i32, i32 } %2393, 3
	%2398 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2394, i32 %2395, float %2259, float %2260, float %2261, float %2262)
	%2399 = extractvalue { float, float, float, float } %2398, 0
	%2400 = extractvalue { float, float, float, float } %2398, 1
	%2401 = extractvalue { float, float, float, float } %2398, 2
	%2402 = extractvalue { float, float, float, float } %2398, 3
	%2403 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2268, i32 %2269, i32 %2270, i32 %2271, i32 %2396, i32 %2397, float %2264, float %2265, float %2266, float %2267)
	%2404 = extractvalue { float, float, float, float } %2403, 0
	%2405 = extractvalue { float, float, float, float } %2403, 1
	%2406 = extractvalue { float, float, float, float } %2403, 2
	%2407 = extractvalue { float, float, float, float } %2403, 3
	br i1 %1756, label %loop, label %epilogue

store0:
	%2408 = mul i32 %22, %M
	%2409 = add i32 %2408, %1010
	%2410 = mul i32 %2409, 128
	%2411 = shl i32 %6, 1
	%2412 = add i32 0, %2411
	%2413 = add i32 %2410, %2412
	%2414 = sext i32 %2413 to i64
	%2415 = getelementptr i16, i16* %out, i64 %2414
	%2416 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1012, float %1011)
	%2417 = bitcast i16* %2415 to i32*
	store i32 %2416, i32* %2417
	%2418 = shl i32 %6, 1
	%2419 = add i32 8, %2418
	%2420 = add i32 %2410, %2419
	%2421 = sext i32 %2420 to i64
	%2422 = getelementptr i16, i16* %out, i64 %2421
	%2423 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1014, float %1013)
	%2424 = bitcast i16* %2422 to i32*
	store i32 %2423, i32* %2424
	%2425 = shl i32 %6, 1
	%2426 = add i32 16, %2425
	%2427 = add i32 %2410, %2426
	%2428 = sext i32 %2427 to i64
	%2429 = getelementptr i16, i16* %out, i64 %2428
	%2430 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1016, float %1015)
	%2431 = bitcast i16* %2429 to i32*
	store i32 %2430, i32* %2431
	%2432 = shl i32 %6, 1
	%2433 = add i32 24, %2432
	%2434 = add i32 %2410, %2433
	%2435 = sext i32 %2434 to i64
	%2436 = getelementptr i16, i16* %out, i64 %2435
	%2437 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1018, float %1017)
	%2438 = bitcast i16* %2436 to i32*
	store i32 %2437, i32* %2438
	%2439 = shl i32 %6, 1
	%2440 = add i32 32, %2439
	%2441 = add i32 %2410, %2440
	%2442 = sext i32 %2441 to i64
	%2443 = getelementptr i16, i16* %out, i64 %2442
	%2444 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1020, float %1019)
	%2445 = bitcast i16* %2443 to i32*
	store i32 %2444, i32* %2445
	%2446 = shl i32 %6, 1
	%2447 = add i32 40, %2446
	%2448 = add i32 %2410, %2447
	%2449 = sext i32 %2448 to i64
	%2450 = getelementptr i16, i16* %out, i64 %2449
	%2451 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1022, float %1021)
	%2452 = bitcast i16* %2450 to i32*
	store i32 %2451, i32* %2452
	%2453 = shl i32 %6, 1
	%2454 = add i32 48, %2453
	%2455 = add i32 %2410, %2454
	%2456 = sext i32 %2455 to i64
	%2457 = getelementptr i16, i16* %out, i64 %2456
	%2458 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1024, float %1023)
	%2459 = bitcast i16* %2457 to i32*
	store i32 %2458, i32* %2459
	%2460 = shl i32 %6, 1
	%2461 = add i32 56, %2460
	%2462 = add i32 %2410, %2461
	%2463 = sext i32 %2462 to i64
	%2464 = getelementptr i16, i16* %out, i64 %2463
	%2465 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1026, float %1025)
	%2466 = bitcast i16* %2464 to i32*
	store i32 %2465, i32* %2466
	%2467 = shl i32 %6, 1
	%2468 = add i32 64, %2467
	%2469 = add i32 %2410, %2468
	%2470 = sext i32 %2469 to i64
	%2471 = getelementptr i16, i16* %out, i64 %2470
	%2472 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1028, float %1027)
	%2473 = bitcast i16* %2471 to i32*
	store i32 %2472, i32* %2473
	%2474 = shl i32 %6, 1
	%2475 = add i32 72, %2474
	%2476 = add i32 %2410, %2475
	%2477 = sext i32 %2476 to i64
	%2478 = getelementptr i16, i16* %out, i64 %2477
	%2479 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1030, float %1029)
	%2480 = bitcast i16* %2478 to i32*
	store i32 %2479, i32* %2480
	%2481 = shl i32 %6, 1
	%2482 = add i32 80, %2481
	%2483 = add i32 %2410, %2482
	%2484 = sext i32 %2483 to i64
	%2485 = getelementptr i16, i16* %out, i64 %2484
	%2486 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1032, float %1031)
	%2487 = bitcast i16* %2485 to i32*
	store i32 %2486, i32* %2487
	%2488 = shl i32 %6, 1
	%2489 = add i32 88, %2488
	%2490 = add i32 %2410, %2489
	%2491 = sext i32 %2490 to i64
	%2492 = getelementptr i16, i16* %out, i64 %2491
	%2493 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1034, float %1033)
	%2494 = bitcast i16* %2492 to i32*
	store i32 %2493, i32* %2494
	%2495 = shl i32 %6, 1
	%2496 = add i32 96, %2495
	%2497 = add i32 %2410, %2496
	%2498 = sext i32 %2497 to i64
	%2499 = getelementptr i16, i16* %out, i64 %2498
	%2500 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1036, float %1035)
	%2501 = bitcast i16* %2499 to i32*
	store i32 %2500, i32* %2501
	%2502 = shl i32 %6, 1
	%2503 = add i32 104, %2502
	%2504 = add i32 %2410, %2503
	%2505 = sext i32 %2504 to i64
	%2506 = getelementptr i16, i16* %out, i64 %2505
	%2507 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1038, float %1037)
	%2508 = bitcast i16* %2506 to i32*
	store i32 %2507, i32* %2508
	%2509 = shl i32 %6, 1
	%2510 = add i32 112, %2509
	%2511 = add i32 %2410, %2510
	%2512 = sext i32 %2511 to i64
	%2513 = getelementptr i16, i16* %out, i64 %2512
	%2514 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1040, float %1039)
	%2515 = bitcast i16* %2513 to i32*
	store i32 %2514, i32* %2515
	%2516 = shl i32 %6, 1
	%2517 = add i32 120, %2516
	%2518 = add i32 %2410, %2517
	%2519 = sext i32 %2518 to i64
	%2520 = getelementptr i16, i16* %out, i64 %2519
	%2521 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1042, float %1041)
	%2522 = bitcast i16* %2520 to i32*
	store i32 %2521, i32* %2522
	br label %stored0

stored0:
	%2523 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %934, i32 1, i32 31)
	%2524 = fadd float %934, %2523
	%2525 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2524, i32 2, i32 31)
	%2526 = fadd float %2524, %2525
	%2527 = fcmp ogt float %2526, 0.0
	%2528 = fdiv float 1.0, %2526
	%2529 = select i1 %2527, float %2528, float 0.0
	%2530 = mul i32 %3, 16
	%2531 = add i32 %24, %2530
	%2532 = add i32 %5, 8
	%2533 = add i32 %2531, %2532
	%2534 = fmul float %938, %2529
	%2535 = fmul float %939, %2529
	%2536 = fmul float %942, %2529
	%2537 = fmul float %943, %2529
	%2538 = fmul float %946, %2529
	%2539 = fmul float %947, %2529
	%2540 = fmul float %950, %2529
	%2541 = fmul float %951, %2529
	%2542 = fmul float %954, %2529
	%2543 = fmul float %955, %2529
	%2544 = fmul float %958, %2529
	%2545 = fmul float %959, %2529
	%2546 = fmul float %962, %2529
	%2547 = fmul float %963, %2529
	%2548 = fmul float %966, %2529
	%2549 = fmul float %967, %2529
	%2550 = fmul float %970, %2529
	%2551 = fmul float %971, %2529
	%2552 = fmul float %974, %2529
	%2553 = fmul float %975, %2529
	%2554 = fmul float %978, %2529
	%2555 = fmul float %979, %2529
	%2556 = fmul float %982, %2529
	%2557 = fmul float %983, %2529
	%2558 = fmul float %986, %2529
	%2559 = fmul float %987, %2529
	%2560 = fmul float %990, %2529
	%2561 = fmul float %991, %2529
	%2562 = fmul float %994, %2529
	%2563 = fmul float %995, %2529
	%2564 = fmul float %998, %2529
	%2565 = fmul float %999, %2529
	%2566 = icmp slt i32 %2533, %M
	br i1 %2566, label %store1, label %stored1

store1:
	%2567 = mul i32 %22, %M
	%2568 = add i32 %2567, %2533
	%2569 = mul i32 %2568, 128
	%2570 = shl i32 %6, 1
	%2571 = add i32 0, %2570
	%2572 = add i32 %2569, %2571
	%2573 = sext i32 %2572 to i64
	%2574 = getelementptr i16, i16* %out, i64 %2573
	%2575 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2535, float %2534)
	%2576 = bitcast i16* %2574 to i32*
	store i32 %2575, i32* %2576
	%2577 = shl i32 %6, 1
	%2578 = add i32 8, %2577
	%2579 = add i32 %2569, %2578
	%2580 = sext i32 %2579 to i64
	%2581 = getelementptr i16, i16* %out, i64 %2580
	%2582 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2537, float %2536)
	%2583 = bitcast i16* %2581 to i32*
	store i32 %2582, i32* %2583
	%2584 = shl i32 %6, 1
	%2585 = add i32 16, %2584
	%2586 = add i32 %2569, %2585
	%2587 = sext i32 %2586 to i64
	%2588 = getelementptr i16, i16* %out, i64 %2587
	%2589 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2539, float %2538)
	%2590 = bitcast i16* %2588 to i32*
	store i32 %2589, i32* %2590
	%2591 = shl i32 %6, 1
	%2592 = add i32 24, %2591
	%2593 = add i32 %2569, %2592
	%2594 = sext i32 %2593 to i64
	%2595 = getelementptr i16, i16* %out, i64 %2594
	%2596 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2541, float %2540)
	%2597 = bitcast i16* %2595 to i32*
	store i32 %2596, i32* %2597
	%2598 = shl i32 %6, 1
	%2599 = add i32 32, %2598
	%2600 = add i32 %2569, %2599
	%2601 = sext i32 %2600 to i64
	%2602 = getelementptr i16, i16* %out, i64 %2601
	%2603 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2543, float %2542)
	%2604 = bitcast i16* %2602 to i32*
	store i32 %2603, i32* %2604
	%2605 = shl i32 %6, 1
	%2606 = add i32 40, %2605
	%2607 = add i32 %2569, %2606
	%2608 = sext i32 %2607 to i64
	%2609 = getelementptr i16, i16* %out, i64 %2608
	%2610 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2545, float %2544)
	%2611 = bitcast i16* %2609 to i32*
	store i32 %2610, i32* %2611
	%2612 = shl i32 %6, 1
	%2613 = add i32 48, %2612
	%2614 = add i32 %2569, %2613
	%2615 = sext i32 %2614 to i64
	%2616 = getelementptr i16, i16* %out, i64 %2615
	%2617 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2547, float %2546)
	%2618 = bitcast i16* %2616 to i32*
	store i32 %2617, i32* %2618
	%2619 = shl i32 %6, 1
	%2620 = add i32 56, %2619
	%2621 = add i32 %2569, %2620
	%2622 = sext i32 %2621 to i64
	%2623 = getelementptr i16, i16* %out, i64 %2622
	%2624 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2549, float %2548)
	%2625 = bitcast i16* %2623 to i32*
	store i32 %2624, i32* %2625
	%2626 = shl i32 %6, 1
	%2627 = add i32 64, %2626
	%2628 = add i32 %2569, %2627
	%2629 = sext i32 %2628 to i64
	%2630 = getelementptr i16, i16* %out, i64 %2629
	%2631 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2551, float %2550)
	%2632 = bitcast i16* %2630 to i32*
	store i32 %2631, i32* %2632
	%2633 = shl i32 %6, 1
	%2634 = add i32 72, %2633
	%2635 = add i32 %2569, %2634
	%2636 = sext i32 %2635 to i64
	%2637 = getelementptr i16, i16* %out, i64 %2636
	%2638 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2553, float %2552)
	%2639 = bitcast i16* %2637 to i32*
	store i32 %2638, i32* %2639
	%2640 = shl i32 %6, 1
	%2641 = add i32 80, %2640
	%2642 = add i32 %2569, %2641
	%2643 = sext i32 %2642 to i64
	%2644 = getelementptr i16, i16* %out, i64 %2643
	%2645 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2555, float %2554)
	%2646 = bitcast i16* %2644 to i32*
	store i32 %2645, i32* %2646
	%2647 = shl i32 %6, 1
	%2648 = add i32 88, %2647
	%2649 = add i32 %2569, %2648
	%2650 = sext i32 %2649 to i64
	%2651 = getelementptr i16, i16* %out, i64 %2650
	%2652 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2557, float %2556)
	%2653 = bitcast i16* %2651 to i32*
	store i32 %2652, i32* %2653
	%2654 = shl i32 %6, 1
	%2655 = add i32 96, %2654
	%2656 = add i32 %2569, %2655
	%2657 = sext i32 %2656 to i64
	%2658 = getelementptr i16, i16* %out, i64 %2657
	%2659 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2559, float %2558)
	%2660 = bitcast i16* %2658 to i32*
	store i32 %2659, i32* %2660
	%2661 = shl i32 %6, 1
	%2662 = add i32 104, %2661
	%2663 = add i32 %2569, %2662
	%2664 = sext i32 %2663 to i64
	%2665 = getelementptr i16, i16* %out, i64 %2664
	%2666 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2561, float %2560)
	%2667 = bitcast i16* %2665 to i32*
	store i32 %2666, i32* %2667
	%2668 = shl i32 %6, 1
	%2669 = add i32 112, %2668
	%2670 = add i32 %2569, %2669
	%2671 = sext i32 %2670 to i64
	%2672 = getelementptr i16, i16* %out, i64 %2671
	%2673 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2563, float %2562)
	%2674 = bitcast i16* %2672 to i32*
	store i32 %2673, i32* %2674
	%2675 = shl i32 %6, 1
	%2676 = add i32 120, %2675
	%2677 = add i32 %2569, %2676
	%2678 = sext i32 %2677 to i64
	%2679 = getelementptr i16, i16* %out, i64 %2678
	%2680 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2565, float %2564)
	%2681 = bitcast i16* %2679 to i32*
	store i32 %2680, i32* %2681
	br label %stored1

stored1:
	ret void
}
