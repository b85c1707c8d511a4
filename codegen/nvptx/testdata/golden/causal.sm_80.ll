; prefill
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@prefill_attn0_smem = internal addrspace(3) global [32768 x i8] undef, align 1024

define ptx_kernel void @prefill_attn0(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [32768 x i8] addrspace(3)* @prefill_attn0_smem to i32
	%1 = add i32 %0, u0x4000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = sub i32 %NQ, 1
	%8 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%9 = sub i32 %7, %8
	%10 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%11 = sdiv i32 %10, %group
	%12 = mul i32 %9, 64
	%13 = mul i32 %10, %M
	%14 = mul i32 %13, 128
	%15 = sext i32 %14 to i64
	%16 = getelementptr i16, i16* %q, i64 %15
	%17 = mul i32 %11, %N
	%18 = mul i32 %17, 128
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %k, i64 %19
	%21 = mul i32 %11, %N
	%22 = mul i32 %21, 128
	%23 = sext i32 %22 to i64
	%24 = getelementptr i16, i16* %v, i64 %23
	%25 = udiv i32 %10, %lh
	%26 = mul i32 %25, %NQ
	%27 = add i32 %26, %9
	%28 = mul i32 %27, 2
	%29 = mul i32 %28, %NK
	%30 = mul i32 %10, %ch
	%31 = mul i32 %30, %NQ
	%32 = add i32 %31, %9
	%33 = mul i32 %32, %NK
	%34 = add i32 %29, 0
	%35 = sext i32 %34 to i64
	%36 = getelementptr i32, i32* %list, i64 %35
	%37 = load i32, i32* %36
	%38 = icmp sgt i32 %NK, 0
	%39 = icmp sge i32 %37, 0
	%40 = and i1 %38, %39
	%41 = lshr i32 %2, 4
	%42 = and i32 %2, 15
	%43 = and i32 %41, 7
	%44 = xor i32 %42, %43
	%45 = mul i32 %41, 16
	%46 = add i32 %45, %44
	%47 = shl i32 %46, 4
	%48 = add i32 %0, %47
	%49 = add i32 %12, %41
	%50 = mul i32 %49, 128
	%51 = mul i32 %42, 8
	%52 = add i32 %50, %51
	%53 = sext i32 %52 to i64
	%54 = getelementptr i16, i16* %16, i64 %53
	%55 = add i32 %49, 0
	%56 = icmp slt i32 %55, %M
	%57 = getelementptr i16, i16* %54, i64 0
	%58 = select i1 %56, i16* %57, i16* %16
	%59 = add i32 %48, 0
	%60 = select i1 %56, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %59, i16* %58, i32 %60)
	%61 = add i32 %49, 8
	%62 = icmp slt i32 %61, %M
	%63 = getelementptr i16, i16* %54, i64 1024
	%64 = select i1 %62, i16* %63, i16* %16
	%65 = add i32 %48, 2048
	%66 = select i1 %62, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %65, i16* %64, i32 %66)
	%67 = add i32 %49, 16
	%68 = icmp slt i32 %67, %M
	%69 = getelementptr i16, i16* %54, i64 2048
	%70 = select i1 %68, i16* %69, i16* %16
	%71 = add i32 %48, u0x1000
	%72 = select i1 %68, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %71, i16* %70, i32 %72)
	%73 = add i32 %49, 24
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %54, i64 3072
	%76 = select i1 %74, i16* %75, i16* %16
	%77 = add i32 %48, 6144
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %49, 32
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %54, i64 u0x1000
	%82 = select i1 %80, i16* %81, i16* %16
	%83 = add i32 %48, u0x2000
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	%85 = add i32 %49, 40
	%86 = icmp slt i32 %85, %M
	%87 = getelementptr i16, i16* %54, i64 5120
	%88 = select i1 %86, i16* %87, i16* %16
	%89 = add i32 %48, 10240
	%90 = select i1 %86, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %89, i16* %88, i32 %90)
	%91 = add i32 %49, 48
	%92 = icmp slt i32 %91, %M
	%93 = getelementptr i16, i16* %54, i64 6144
	%94 = select i1 %92, i16* %93, i16* %16
	%95 = add i32 %48, 12288
	%96 = select i1 %92, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %95, i16* %94, i32 %96)
	%97 = add i32 %49, 56
	%98 = icmp slt i32 %97, %M
	%99 = getelementptr i16, i16* %54, i64 7168
	%100 = select i1 %98, i16* %99, i16* %16
	%101 = add i32 %48, 14336
	%102 = select i1 %98, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %101, i16* %100, i32 %102)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %40, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%103 = and i32 %4, 7
	%104 = lshr i32 %4, 3
	%105 = and i32 %104, 1
	%106 = shl i32 %105, 3
	%107 = add i32 %103, %106
	%108 = lshr i32 %4, 4
	%109 = mul i32 %3, 16
	%110 = add i32 %107, 0
	%111 = add i32 %109, %110
	%112 = mul i32 %111, 256
	%113 = add i32 %0, %112
	%114 = and i32 %4, 7
	%115 = xor i32 %108, %114
	%116 = shl i32 %115, 4
	%117 = add i32 %113, %116
	%118 = xor i32 %117, 0
	%119 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %118)
	%120 = extractvalue { i32, i32, i32, i32 } %119, 0
	%121 = extractvalue { i32, i32, i32, i32 } %119, 1
	%122 = extractvalue { i32, i32, i32, i32 } %119, 2
	%123 = extractvalue { i32, i32, i32, i32 } %119, 3
	%124 = xor i32 %117, 32
	%125 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %124)
	%126 = extractvalue { i32, i32, i32, i32 } %125, 0
	%127 = extractvalue { i32, i32, i32, i32 } %125, 1
	%128 = extractvalue { i32, i32, i32, i32 } %125, 2
	%129 = extractvalue { i32, i32, i32, i32 } %125, 3
	%130 = xor i32 %117, 64
	%131 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %130)
	%132 = extractvalue { i32, i32, i32, i32 } %131, 0
	%133 = extractvalue { i32, i32, i32, i32 } %131, 1
	%134 = extractvalue { i32, i32, i32, i32 } %131, 2
	%135 = extractvalue { i32, i32, i32, i32 } %131, 3
	%136 = xor i32 %117, 96
	%137 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %136)
	%138 = extractvalue { i32, i32, i32, i32 } %137, 0
	%139 = extractvalue { i32, i32, i32, i32 } %137, 1
	%140 = extractvalue { i32, i32, i32, i32 } %137, 2
	%141 = extractvalue { i32, i32, i32, i32 } %137, 3
	%142 = xor i32 %117, 128
	%143 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %142)
	%144 = extractvalue { i32, i32, i32, i32 } %143, 0
	%145 = extractvalue { i32, i32, i32, i32 } %143, 1
	%146 = extractvalue { i32, i32, i32, i32 } %143, 2
	%147 = extractvalue { i32, i32, i32, i32 } %143, 3
	%148 = xor i32 %117, 160
	%149 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %148)
	%150 = extractvalue { i32, i32, i32, i32 } %149, 0
	%151 = extractvalue { i32, i32, i32, i32 } %149, 1
	%152 = extractvalue { i32, i32, i32, i32 } %149, 2
	%153 = extractvalue { i32, i32, i32, i32 } %149, 3
	%154 = xor i32 %117, 192
	%155 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %154)
	%156 = extractvalue { i32, i32, i32, i32 } %155, 0
	%157 = extractvalue { i32, i32, i32, i32 } %155, 1
	%158 = extractvalue { i32, i32, i32, i32 } %155, 2
	%159 = extractvalue { i32, i32, i32, i32 } %155, 3
	%160 = xor i32 %117, 224
	%161 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %160)
	%162 = extractvalue { i32, i32, i32, i32 } %161, 0
	%163 = extractvalue { i32, i32, i32, i32 } %161, 1
	%164 = extractvalue { i32, i32, i32, i32 } %161, 2
	%165 = extractvalue { i32, i32, i32, i32 } %161, 3
	call void @llvm.nvvm.barrier0()
	%166 = mul i32 %37, 64
	%167 = lshr i32 %2, 4
	%168 = and i32 %2, 15
	%169 = and i32 %167, 7
	%170 = xor i32 %168, %169
	%171 = mul i32 %167, 16
	%172 = add i32 %171, %170
	%173 = shl i32 %172, 4
	%174 = add i32 %0, %173
	%175 = add i32 %166, %167
	%176 = mul i32 %175, 128
	%177 = mul i32 %168, 8
	%178 = add i32 %176, %177
	%179 = sext i32 %178 to i64
	%180 = getelementptr i16, i16* %20, i64 %179
	%181 = add i32 %175, 0
	%182 = icmp slt i32 %181, %N
	%183 = getelementptr i16, i16* %180, i64 0
	%184 = select i1 %182, i16* %183, i16* %20
	%185 = add i32 %174, 0
	%186 = select i1 %182, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %185, i16* %184, i32 %186)
	%187 = add i32 %175, 8
	%188 = icmp slt i32 %187, %N
	%189 = getelementptr i16, i16* %180, i64 1024
	%190 = select i1 %188, i16* %189, i16* %20
	%191 = add i32 %174, 2048
	%192 = select i1 %188, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %191, i16* %190, i32 %192)
	%193 = add i32 %175, 16
	%194 = icmp slt i32 %193, %N
	%195 = getelementptr i16, i16* %180, i64 2048
	%196 = select i1 %194, i16* %195, i16* %20
	%197 = add i32 %174, u0x1000
	%198 = select i1 %194, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %197, i16* %196, i32 %198)
	%199 = add i32 %175, 24
	%200 = icmp slt i32 %199, %N
	%201 = getelementptr i16, i16* %180, i64 3072
	%202 = select i1 %200, i16* %201, i16* %20
	%203 = add i32 %174, 6144
	%204 = select i1 %200, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %203, i16* %202, i32 %204)
	%205 = add i32 %175, 32
	%206 = icmp slt i32 %205, %N
	%207 = getelementptr i16, i16* %180, i64 u0x1000
	%208 = select i1 %206, i16* %207, i16* %20
	%209 = add i32 %174, u0x2000
	%210 = select i1 %206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %209, i16* %208, i32 %210)
	%211 = add i32 %175, 40
	%212 = icmp slt i32 %211, %N
	%213 = getelementptr i16, i16* %180, i64 5120
	%214 = select i1 %212, i16* %213, i16* %20
	%215 = add i32 %174, 10240
	%216 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %215, i16* %214, i32 %216)
	%217 = add i32 %175, 48
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %180, i64 6144
	%220 = select i1 %218, i16* %219, i16* %20
	%221 = add i32 %174, 12288
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	%223 = add i32 %175, 56
	%224 = icmp slt i32 %223, %N
	%225 = getelementptr i16, i16* %180, i64 7168
	%226 = select i1 %224, i16* %225, i16* %20
	%227 = add i32 %174, 14336
	%228 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %227, i16* %226, i32 %228)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%229 = phi i32 [ 0, %prologue ], [ %1729, %pv ]
	%230 = phi i32 [ %37, %prologue ], [ %1736, %pv ]
	%231 = phi float [ 0.0, %prologue ], [ %2244, %pv ]
	%232 = phi float [ 0.0, %prologue ], [ %2245, %pv ]
	%233 = phi float [ 0.0, %prologue ], [ %2246, %pv ]
	%234 = phi float [ 0.0, %prologue ], [ %2247, %pv ]
	%235 = phi float [ 0.0, %prologue ], [ %2249, %pv ]
	%236 = phi float [ 0.0, %prologue ], [ %2250, %pv ]
	%237 = phi float [ 0.0, %prologue ], [ %2251, %pv ]
	%238 = phi float [ 0.0, %prologue ], [ %2252, %pv ]
	%239 = phi float [ 0.0, %prologue ], [ %2261, %pv ]
	%240 = phi float [ 0.0, %prologue ], [ %2262, %pv ]
	%241 = phi float [ 0.0, %prologue ], [ %2263, %pv ]
	%242 = phi float [ 0.0, %prologue ], [ %2264, %pv ]
	%243 = phi float [ 0.0, %prologue ], [ %2266, %pv ]
	%244 = phi float [ 0.0, %prologue ], [ %2267, %pv ]
	%245 = phi float [ 0.0, %prologue ], [ %2268, %pv ]
	%246 = phi float [ 0.0, %prologue ], [ %2269, %pv ]
	%247 = phi float [ 0.0, %prologue ], [ %2278, %pv ]
	%248 = phi float [ 0.0, %prologue ], [ %2279, %pv ]
	%249 = phi float [ 0.0, %prologue ], [ %2280, %pv ]
	%250 = phi float [ 0.0, %prologue ], [ %2281, %pv ]
	%251 = phi float [ 0.0, %prologue ], [ %2283, %pv ]
	%252 = phi float [ 0.0, %prologue ], [ %2284, %pv ]
	%253 = phi float [ 0.0, %prologue ], [ %2285, %pv ]
	%254 = phi float [ 0.0, %prologue ], [ %2286, %pv ]
	%255 = phi float [ 0.0, %prologue ], [ %2295, %pv ]
	%256 = phi float [ 0.0, %prologue ], [ %2296, %pv ]
	%257 = phi float [ 0.0, %prologue ], [ %2297, %pv ]
	%258 = phi float [ 0.0, %prologue ], [ %2298, %pv ]
	%259 = phi float [ 0.0, %prologue ], [ %2300, %pv ]
	%260 = phi float [ 0.0, %prologue ], [ %2301, %pv ]
	%261 = phi float [ 0.0, %prologue ], [ %2302, %pv ]
	%262 = phi float [ 0.0, %prologue ], [ %2303, %pv ]
	%263 = phi float [ 0.0, %prologue ], [ %2312, %pv ]
	%264 = phi float [ 0.0, %prologue ], [ %2313, %pv ]
	%265 = phi float [ 0.0, %prologue ], [ %2314, %pv ]
	%266 = phi float [ 0.0, %prologue ], [ %2315, %pv ]
	%267 = phi float [ 0.0, %prologue ], [ %2317, %pv ]
	%268 = phi float [ 0.0, %prologue ], [ %2318, %pv ]
	%269 = phi float [ 0.0, %prologue ], [ %2319, %pv ]
	%270 = phi float [ 0.0, %prologue ], [ %2320, %pv ]
	%271 = phi float [ 0.0, %prologue ], [ %2329, %pv ]
	%272 = phi float [ 0.0, %prologue ], [ %2330, %pv ]
	%273 = phi float [ 0.0, %prologue ], [ %2331, %pv ]
	%274 = phi float [ 0.0, %prologue ], [ %2332, %pv ]
	%275 = phi float [ 0.0, %prologue ], [ %2334, %pv ]
	%276 = phi float [ 0.0, %prologue ], [ %2335, %pv ]
	%277 = phi float [ 0.0, %prologue ], [ %2336, %pv ]
	%278 = phi float [ 0.0, %prologue ], [ %2337, %pv ]
	%279 = phi float [ 0.0, %prologue ], [ %2346, %pv ]
	%280 = phi float [ 0.0, %prologue ], [ %2347, %pv ]
	%281 = phi float [ 0.0, %prologue ], [ %2348, %pv ]
	%282 = phi float [ 0.0, %prologue ], [ %2349, %pv ]
	%283 = phi float [ 0.0, %prologue ], [ %2351, %pv ]
	%284 = phi float [ 0.0, %prologue ], [ %2352, %pv ]
	%285 = phi float [ 0.0, %prologue ], [ %2353, %pv ]
	%286 = phi float [ 0.0, %prologue ], [ %2354, %pv ]
	%287 = phi float [ 0.0, %prologue ], [ %2363, %pv ]
	%288 = phi float [ 0.0, %prologue ], [ %2364, %pv ]
	%289 = phi float [ 0.0, %prologue ], [ %2365, %pv ]
	%290 = phi float [ 0.0, %prologue ], [ %2366, %pv ]
	%291 = phi float [ 0.0, %prologue ], [ %2368, %pv ]
	%292 = phi float [ 0.0, %prologue ], [ %2369, %pv ]
	%293 = phi float [ 0.0, %prologue ], [ %2370, %pv ]
	%294 = phi float [ 0.0, %prologue ], [ %2371, %pv ]
	%295 = phi float [ 0xFFF0000000000000, %prologue ], [ %1625, %pv ]
	%296 = phi float [ 0.0, %prologue ], [ %1676, %pv ]
	%297 = phi float [ 0xFFF0000000000000, %prologue ], [ %1677, %pv ]
	%298 = phi float [ 0.0, %prologue ], [ %1728, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%299 = mul i32 %230, 64
	%300 = lshr i32 %2, 4
	%301 = and i32 %2, 15
	%302 = and i32 %300, 7
	%303 = xor i32 %301, %302
	%304 = mul i32 %300, 16
	%305 = add i32 %304, %303
	%306 = shl i32 %305, 4
	%307 = add i32 %1, %306
	%308 = add i32 %299, %300
	%309 = mul i32 %308, 128
	%310 = mul i32 %301, 8
	%311 = add i32 %309, %310
	%312 = sext i32 %311 to i64
	%313 = getelementptr i16, i16* %24, i64 %312
	%314 = add i32 %308, 0
	%315 = icmp slt i32 %314, %N
	%316 = getelementptr i16, i16* %313, i64 0
	%317 = select i1 %315, i16* %316, i16* %24
	%318 = add i32 %307, 0
	%319 = select i1 %315, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %318, i16* %317, i32 %319)
	%320 = add i32 %308, 8
	%321 = icmp slt i32 %320, %N
	%322 = getelementptr i16, i16* %313, i64 1024
	%323 = select i1 %321, i16* %322, i16* %24
	%324 = add i32 %307, 2048
	%325 = select i1 %321, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %324, i16* %323, i32 %325)
	%326 = add i32 %308, 16
	%327 = icmp slt i32 %326, %N
	%328 = getelementptr i16, i16* %313, i64 2048
	%329 = select i1 %327, i16* %328, i16* %24
	%330 = add i32 %307, u0x1000
	%331 = select i1 %327, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %330, i16* %329, i32 %331)
	%332 = add i32 %308, 24
	%333 = icmp slt i32 %332, %N
	%334 = getelementptr i16, i16* %313, i64 3072
	%335 = select i1 %333, i16* %334, i16* %24
	%336 = add i32 %307, 6144
	%337 = select i1 %333, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %336, i16* %335, i32 %337)
	%338 = add i32 %308, 32
	%339 = icmp slt i32 %338, %N
	%340 = getelementptr i16, i16* %313, i64 u0x1000
	%341 = select i1 %339, i16* %340, i16* %24
	%342 = add i32 %307, u0x2000
	%343 = select i1 %339, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %342, i16* %341, i32 %343)
	%344 = add i32 %308, 40
	%345 = icmp slt i32 %344, %N
	%346 = getelementptr i16, i16* %313, i64 5120
	%347 = select i1 %345, i16* %346, i16* %24
	%348 = add i32 %307, 10240
	%349 = select i1 %345, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %348, i16* %347, i32 %349)
	%350 = add i32 %308, 48
	%351 = icmp slt i32 %350, %N
	%352 = getelementptr i16, i16* %313, i64 6144
	%353 = select i1 %351, i16* %352, i16* %24
	%354 = add i32 %307, 12288
	%355 = select i1 %351, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %354, i16* %353, i32 %355)
	%356 = add i32 %308, 56
	%357 = icmp slt i32 %356, %N
	%358 = getelementptr i16, i16* %313, i64 7168
	%359 = select i1 %357, i16* %358, i16* %24
	%360 = add i32 %307, 14336
	%361 = select i1 %357, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %360, i16* %359, i32 %361)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%362 = and i32 %4, 7
	%363 = shl i32 %108, 3
	%364 = add i32 %362, %363
	%365 = lshr i32 %4, 3
	%366 = and i32 %365, 1
	%367 = mul i32 %364, 256
	%368 = add i32 %0, %367
	%369 = and i32 %4, 7
	%370 = xor i32 %366, %369
	%371 = shl i32 %370, 4
	%372 = add i32 %368, %371
	%373 = xor i32 %372, 0
	%374 = add i32 %373, 0
	%375 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %374)
	%376 = extractvalue { i32, i32, i32, i32 } %375, 0
	%377 = extractvalue { i32, i32, i32, i32 } %375, 1
	%378 = extractvalue { i32, i32, i32, i32 } %375, 2
	%379 = extractvalue { i32, i32, i32, i32 } %375, 3
	%380 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %376, i32 %377, float 0.0, float 0.0, float 0.0, float 0.0)
	%381 = extractvalue { float, float, float, float } %380, 0
	%382 = extractvalue { float, float, float, float } %380, 1
	%383 = extractvalue { float, float, float, float } %380, 2
	%384 = extractvalue { float, float, float, float } %380, 3
	%385 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %378, i32 %379, float 0.0, float 0.0, float 0.0, float 0.0)
	%386 = extractvalue { float, float, float, float } %385, 0
	%387 = extractvalue { float, float, float, float } %385, 1
	%388 = extractvalue { float, float, float, float } %385, 2
	%389 = extractvalue { float, float, float, float } %385, 3
	%390 = add i32 %373, u0x1000
	%391 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %390)
	%392 = extractvalue { i32, i32, i32, i32 } %391, 0
	%393 = extractvalue { i32, i32, i32, i32 } %391, 1
	%394 = extractvalue { i32, i32, i32, i32 } %391, 2
	%395 = extractvalue { i32, i32, i32, i32 } %391, 3
	%396 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %392, i32 %393, float 0.0, float 0.0, float 0.0, float 0.0)
	%397 = extractvalue { float, float, float, float } %396, 0
	%398 = extractvalue { float, float, float, float } %396, 1
	%399 = extractvalue { float, float, float, float } %396, 2
	%400 = extractvalue { float, float, float, float } %396, 3
	%401 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %394, i32 %395, float 0.0, float 0.0, float 0.0, float 0.0)
	%402 = extractvalue { float, float, float, float } %401, 0
	%403 = extractvalue { float, float, float, float } %401, 1
	%404 = extractvalue { float, float, float, float } %401, 2
	%405 = extractvalue { float, float, float, float } %401, 3
	%406 = add i32 %373, u0x2000
	%407 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %406)
	%408 = extractvalue { i32, i32, i32, i32 } %407, 0
	%409 = extractvalue { i32, i32, i32, i32 } %407, 1
	%410 = extractvalue { i32, i32, i32, i32 } %407, 2
	%411 = extractvalue { i32, i32, i32, i32 } %407, 3
	%412 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %408, i32 %409, float 0.0, float 0.0, float 0.0, float 0.0)
	%413 = extractvalue { float, float, float, float } %412, 0
	%414 = extractvalue { float, float, float, float } %412, 1
	%415 = extractvalue { float, float, float, float } %412, 2
	%416 = extractvalue { float, float, float, float } %412, 3
	%417 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %410, i32 %411, float 0.0, float 0.0, float 0.0, float 0.0)
	%418 = extractvalue { float, float, float, float } %417, 0
	%419 = extractvalue { float, float, float, float } %417, 1
	%420 = extractvalue { float, float, float, float } %417, 2
	%421 = extractvalue { float, float, float, float } %417, 3
	%422 = add i32 %373, 12288
	%423 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %422)
	%424 = extractvalue { i32, i32, i32, i32 } %423, 0
	%425 = extractvalue { i32, i32, i32, i32 } %423, 1
	%426 = extractvalue { i32, i32, i32, i32 } %423, 2
	%427 = extractvalue { i32, i32, i32, i32 } %423, 3
	%428 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %424, i32 %425, float 0.0, float 0.0, float 0.0, float 0.0)
	%429 = extractvalue { float, float, float, float } %428, 0
	%430 = extractvalue { float, float, float, float } %428, 1
	%431 = extractvalue { float, float, float, float } %428, 2
	%432 = extractvalue { float, float, float, float } %428, 3
	%433 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %426, i32 %427, float 0.0, float 0.0, float 0.0, float 0.0)
	%434 = extractvalue { float, float, float, float } %433, 0
	%435 = extractvalue { float, float, float, float } %433, 1
	%436 = extractvalue { float, float, float, float } %433, 2
	%437 = extractvalue { float, float, float, float } %433, 3
	%438 = xor i32 %372, 32
	%439 = add i32 %438, 0
	%440 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %439)
	%441 = extractvalue { i32, i32, i32, i32 } %440, 0
	%442 = extractvalue { i32, i32, i32, i32 } %440, 1
	%443 = extractvalue { i32, i32, i32, i32 } %440, 2
	%444 = extractvalue { i32, i32, i32, i32 } %440, 3
	%445 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %441, i32 %442, float %381, float %382, float %383, float %384)
	%446 = extractvalue { float, float, float, float } %445, 0
	%447 = extractvalue { float, float, float, float } %445, 1
	%448 = extractvalue { float, float, float, float } %445, 2
	%449 = extractvalue { float, float, float, float } %445, 3
	%450 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %443, i32 %444, float %386, float %387, float %388, float %389)
	%451 = extractvalue { float, float, float, float } %450, 0
	%452 = extractvalue { float, float, float, float } %450, 1
	%453 = extractvalue { float, float, float, float } %450, 2
	%454 = extractvalue { float, float, float, float } %450, 3
	%455 = add i32 %438, u0x1000
	%456 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %455)
	%457 = extractvalue { i32, i32, i32, i32 } %456, 0
	%458 = extractvalue { i32, i32, i32, i32 } %456, 1
	%459 = extractvalue { i32, i32, i32, i32 } %456, 2
	%460 = extractvalue { i32, i32, i32, i32 } %456, 3
	%461 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %457, i32 %458, float %397, float %398, float %399, float %400)
	%462 = extractvalue { float, float, float, float } %461, 0
	%463 = extractvalue { float, float, float, float } %461, 1
	%464 = extractvalue { float, float, float, float } %461, 2
	%465 = extractvalue { float, float, float, float } %461, 3
	%466 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %459, i32 %460, float %402, float %403, float %404, float %405)
	%467 = extractvalue { float, float, float, float } %466, 0
	%468 = extractvalue { float, float, float, float } %466, 1
	%469 = extractvalue { float, float, float, float } %466, 2
	%470 = extractvalue { float, float, float, float } %466, 3
	%471 = add i32 %438, u0x2000
	%472 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %471)
	%473 = extractvalue { i32, i32, i32, i32 } %472, 0
	%474 = extractvalue { i32, i32, i32, i32 } %472, 1
	%475 = extractvalue { i32, i32, i32, i32 } %472, 2
	%476 = extractvalue { i32, i32, i32, i32 } %472, 3
	%477 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %473, i32 %474, float %413, float %414, float %415, float %416)
	%478 = extractvalue { float, float, float, float } %477, 0
	%479 = extractvalue { float, float, float, float } %477, 1
	%480 = extractvalue { float, float, float, float } %477, 2
	%481 = extractvalue { float, float, float, float } %477, 3
	%482 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %475, i32 %476, float %418, float %419, float %420, float %421)
	%483 = extractvalue { float, float, float, float } %482, 0
	%484 = extractvalue { float, float, float, float } %482, 1
	%485 = extractvalue { float, float, float, float } %482, 2
	%486 = extractvalue { float, float, float, float } %482, 3
	%487 = add i32 %438, 12288
	%488 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %487)
	%489 = extractvalue { i32, i32, i32, i32 } %488, 0
	%490 = extractvalue { i32, i32, i32, i32 } %488, 1
	%491 = extractvalue { i32, i32, i32, i32 } %488, 2
	%492 = extractvalue { i32, i32, i32, i32 } %488, 3
	%493 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %489, i32 %490, float %429, float %430, float %431, float %432)
	%494 = extractvalue { float, float, float, float } %493, 0
	%495 = extractvalue { float, float, float, float } %493, 1
	%496 = extractvalue { float, float, float, float } %493, 2
	%497 = extractvalue { float, float, float, float } %493, 3
	%498 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %491, i32 %492, float %434, float %435, float %436, float %437)
	%499 = extractvalue { float, float, float, float } %498, 0
	%500 = extractvalue { float, float, float, float } %498, 1
	%501 = extractvalue { float, float, float, float } %498, 2
	%502 = extractvalue { float, float, float, float } %498, 3
	%503 = xor i32 %372, 64
	%504 = add i32 %503, 0
	%505 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %504)
	%506 = extractvalue { i32, i32, i32, i32 } %505, 0
	%507 = extractvalue { i32, i32, i32, i32 } %505, 1
	%508 = extractvalue { i32, i32, i32, i32 } %505, 2
	%509 = extractvalue { i32, i32, i32, i32 } %505, 3
	%510 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %506, i32 %507, float %446, float %447, float %448, float %449)
	%511 = extractvalue { float, float, float, float } %510, 0
	%512 = extractvalue { float, float, float, float } %510, 1
	%513 = extractvalue { float, float, float, float } %510, 2
	%514 = extractvalue { float, float, float, float } %510, 3
	%515 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %508, i32 %509, float %451, float %452, float %453, float %454)
	%516 = extractvalue { float, float, float, float } %515, 0
	%517 = extractvalue { float, float, float, float } %515, 1
	%518 = extractvalue { float, float, float, float } %515, 2
	%519 = extractvalue { float, float, float, float } %515, 3
	%520 = add i32 %503, u0x1000
	%521 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %520)
	%522 = extractvalue { i32, i32, i32, i32 } %521, 0
	%523 = extractvalue { i32, i32, i32, i32 } %521, 1
	%524 = extractvalue { i32, i32, i32, i32 } %521, 2
	%525 = extractvalue { i32, i32, i32, i32 } %521, 3
	%526 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %522, i32 %523, float %462, float %463, float %464, float %465)
	%527 = extractvalue { float, float, float, float } %526, 0
	%528 = extractvalue { float, float, float, float } %526, 1
	%529 = extractvalue { float, float, float, float } %526, 2
	%530 = extractvalue { float, float, float, float } %526, 3
	%531 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %524, i32 %525, float %467, float %468, float %469, float %470)
	%532 = extractvalue { float, float, float, float } %531, 0
	%533 = extractvalue { float, float, float, float } %531, 1
	%534 = extractvalue { float, float, float, float } %531, 2
	%535 = extractvalue { float, float, float, float } %531, 3
	%536 = add i32 %503, u0x2000
	%537 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %536)
	%538 = extractvalue { i32, i32, i32, i32 } %537, 0
	%539 = extractvalue { i32, i32, i32, i32 } %537, 1
	%540 = extractvalue { i32, i32, i32, i32 } %537, 2
	%541 = extractvalue { i32, i32, i32, i32 } %537, 3
	%542 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %538, i32 %539, float %478, float %479, float %480, float %481)
	%543 = extractvalue { float, float, float, float } %542, 0
	%544 = extractvalue { float, float, float, float } %542, 1
	%545 = extractvalue { float, float, float, float } %542, 2
	%546 = extractvalue { float, float, float, float } %542, 3
	%547 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %540, i32 %541, float %483, float %484, float %485, float %486)
	%548 = extractvalue { float, float, float, float } %547, 0
	%549 = extractvalue { float, float, float, float } %547, 1
	%550 = extractvalue { float, float, float, float } %547, 2
	%551 = extractvalue { float, float, float, float } %547, 3
	%552 = add i32 %503, 12288
	%553 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %552)
	%554 = extractvalue { i32, i32, i32, i32 } %553, 0
	%555 = extractvalue { i32, i32, i32, i32 } %553, 1
	%556 = extractvalue { i32, i32, i32, i32 } %553, 2
	%557 = extractvalue { i32, i32, i32, i32 } %553, 3
	%558 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %554, i32 %555, float %494, float %495, float %496, float %497)
	%559 = extractvalue { float, float, float, float } %558, 0
	%560 = extractvalue { float, float, float, float } %558, 1
	%561 = extractvalue { float, float, float, float } %558, 2
	%562 = extractvalue { float, float, float, float } %558, 3
	%563 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %556, i32 %557, float %499, float %500, float %501, float %502)
	%564 = extractvalue { float, float, float, float } %563, 0
	%565 = extractvalue { float, float, float, float } %563, 1
	%566 = extractvalue { float, float, float, float } %563, 2
	%567 = extractvalue { float, float, float, float } %563, 3
	%568 = xor i32 %372, 96
	%569 = add i32 %568, 0
	%570 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %569)
	%571 = extractvalue { i32, i32, i32, i32 } %570, 0
	%572 = extractvalue { i32, i32, i32, i32 } %570, 1
	%573 = extractvalue { i32, i32, i32, i32 } %570, 2
	%574 = extractvalue { i32, i32, i32, i32 } %570, 3
	%575 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %571, i32 %572, float %511, float %512, float %513, float %514)
	%576 = extractvalue { float, float, float, float } %575, 0
	%577 = extractvalue { float, float, float, float } %575, 1
	%578 = extractvalue { float, float, float, float } %575, 2
	%579 = extractvalue { float, float, float, float } %575, 3
	%580 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %573, i32 %574, float %516, float %517, float %518, float %519)
	%581 = extractvalue { float, float, float, float } %580, 0
	%582 = extractvalue { float, float, float, float } %580, 1
	%583 = extractvalue { float, float, float, float } %580, 2
	%584 = extractvalue { float, float, float, float } %580, 3
	%585 = add i32 %568, u0x1000
	%586 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %585)
	%587 = extractvalue { i32, i32, i32, i32 } %586, 0
	%588 = extractvalue { i32, i32, i32, i32 } %586, 1
	%589 = extractvalue { i32, i32, i32, i32 } %586, 2
	%590 = extractvalue { i32, i32, i32, i32 } %586, 3
	%591 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %587, i32 %588, float %527, float %528, float %529, float %530)
	%592 = extractvalue { float, float, float, float } %591, 0
	%593 = extractvalue { float, float, float, float } %591, 1
	%594 = extractvalue { float, float, float, float } %591, 2
	%595 = extractvalue { float, float, float, float } %591, 3
	%596 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %589, i32 %590, float %532, float %533, float %534, float %535)
	%597 = extractvalue { float, float, float, float } %596, 0
	%598 = extractvalue { float, float, float, float } %596, 1
	%599 = extractvalue { float, float, float, float } %596, 2
	%600 = extractvalue { float, float, float, float } %596, 3
	%601 = add i32 %568, u0x2000
	%602 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %601)
	%603 = extractvalue { i32, i32, i32, i32 } %602, 0
	%604 = extractvalue { i32, i32, i32, i32 } %602, 1
	%605 = extractvalue { i32, i32, i32, i32 } %602, 2
	%606 = extractvalue { i32, i32, i32, i32 } %602, 3
	%607 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %603, i32 %604, float %543, float %544, float %545, float %546)
	%608 = extractvalue { float, float, float, float } %607, 0
	%609 = extractvalue { float, float, float, float } %607, 1
	%610 = extractvalue { float, float, float, float } %607, 2
	%611 = extractvalue { float, float, float, float } %607, 3
	%612 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %605, i32 %606, float %548, float %549, float %550, float %551)
	%613 = extractvalue { float, float, float, float } %612, 0
	%614 = extractvalue { float, float, float, float } %612, 1
	%615 = extractvalue { float, float, float, float } %612, 2
	%616 = extractvalue { float, float, float, float } %612, 3
	%617 = add i32 %568, 12288
	%618 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %617)
	%619 = extractvalue { i32, i32, i32, i32 } %618, 0
	%620 = extractvalue { i32, i32, i32, i32 } %618, 1
	%621 = extractvalue { i32, i32, i32, i32 } %618, 2
	%622 = extractvalue { i32, i32, i32, i32 } %618, 3
	%623 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %619, i32 %620, float %559, float %560, float %561, float %562)
	%624 = extractvalue { float, float, float, float } %623, 0
	%625 = extractvalue { float, float, float, float } %623, 1
	%626 = extractvalue { float, float, float, float } %623, 2
	%627 = extractvalue { float, float, float, float } %623, 3
	%628 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %621, i32 %622, float %564, float %565, float %566, float %567)
	%629 = extractvalue { float, float, float, float } %628, 0
	%630 = extractvalue { float, float, float, float } %628, 1
	%631 = extractvalue { float, float, float, float } %628, 2
	%632 = extractvalue { float, float, float, float } %628, 3
	%633 = xor i32 %372, 128
	%634 = add i32 %633, 0
	%635 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %634)
	%636 = extractvalue { i32, i32, i32, i32 } %635, 0
	%637 = extractvalue { i32, i32, i32, i32 } %635, 1
	%638 = extractvalue { i32, i32, i32, i32 } %635, 2
	%639 = extractvalue { i32, i32, i32, i32 } %635, 3
	%640 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %636, i32 %637, float %576, float %577, float %578, float %579)
	%641 = extractvalue { float, float, float, float } %640, 0
	%642 = extractvalue { float, float, float, float } %640, 1
	%643 = extractvalue { float, float, float, float } %640, 2
	%644 = extractvalue { float, float, float, float } %640, 3
	%645 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %638, i32 %639, float %581, float %582, float %583, float %584)
	%646 = extractvalue { float, float, float, float } %645, 0
	%647 = extractvalue { float, float, float, float } %645, 1
	%648 = extractvalue { float, float, float, float } %645, 2
	%649 = extractvalue { float, float, float, float } %645, 3
	%650 = add i32 %633, u0x1000
	%651 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %650)
	%652 = extractvalue { i32, i32, i32, i32 } %651, 0
	%653 = extractvalue { i32, i32, i32, i32 } %651, 1
	%654 = extractvalue { i32, i32, i32, i32 } %651, 2
	%655 = extractvalue { i32, i32, i32, i32 } %651, 3
	%656 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %652, i32 %653, float %592, float %593, float %594, float %595)
	%657 = extractvalue { float, float, float, float } %656, 0
	%658 = extractvalue { float, float, float, float } %656, 1
	%659 = extractvalue { float, float, float, float } %656, 2
	%660 = extractvalue { float, float, float, float } %656, 3
	%661 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %654, i32 %655, float %597, float %598, float %599, float %600)
	%662 = extractvalue { float, float, float, float } %661, 0
	%663 = extractvalue { float, float, float, float } %661, 1
	%664 = extractvalue { float, float, float, float } %661, 2
	%665 = extractvalue { float, float, float, float } %661, 3
	%666 = add i32 %633, u0x2000
	%667 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %666)
	%668 = extractvalue { i32, i32, i32, i32 } %667, 0
	%669 = extractvalue { i32, i32, i32, i32 } %667, 1
	%670 = extractvalue { i32, i32, i32, i32 } %667, 2
	%671 = extractvalue { i32, i32, i32, i32 } %667, 3
	%672 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %668, i32 %669, float %608, float %609, float %610, float %611)
	%673 = extractvalue { float, float, float, float } %672, 0
	%674 = extractvalue { float, float, float, float } %672, 1
	%675 = extractvalue { float, float, float, float } %672, 2
	%676 = extractvalue { float, float, float, float } %672, 3
	%677 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %670, i32 %671, float %613, float %614, float %615, float %616)
	%678 = extractvalue { float, float, float, float } %677, 0
	%679 = extractvalue { float, float, float, float } %677, 1
	%680 = extractvalue { float, float, float, float } %677, 2
	%681 = extractvalue { float, float, float, float } %677, 3
	%682 = add i32 %633, 12288
	%683 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %682)
	%684 = extractvalue { i32, i32, i32, i32 } %683, 0
	%685 = extractvalue { i32, i32, i32, i32 } %683, 1
	%686 = extractvalue { i32, i32, i32, i32 } %683, 2
	%687 = extractvalue { i32, i32, i32, i32 } %683, 3
	%688 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %684, i32 %685, float %624, float %625, float %626, float %627)
	%689 = extractvalue { float, float, float, float } %688, 0
	%690 = extractvalue { float, float, float, float } %688, 1
	%691 = extractvalue { float, float, float, float } %688, 2
	%692 = extractvalue { float, float, float, float } %688, 3
	%693 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %686, i32 %687, float %629, float %630, float %631, float %632)
	%694 = extractvalue { float, float, float, float } %693, 0
	%695 = extractvalue { float, float, float, float } %693, 1
	%696 = extractvalue { float, float, float, float } %693, 2
	%697 = extractvalue { float, float, float, float } %693, 3
	%698 = xor i32 %372, 160
	%699 = add i32 %698, 0
	%700 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %699)
	%701 = extractvalue { i32, i32, i32, i32 } %700, 0
	%702 = extractvalue { i32, i32, i32, i32 } %700, 1
	%703 = extractvalue { i32, i32, i32, i32 } %700, 2
	%704 = extractvalue { i32, i32, i32, i32 } %700, 3
	%705 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %701, i32 %702, float %641, float %642, float %643, float %644)
	%706 = extractvalue { float, float, float, float } %705, 0
	%707 = extractvalue { float, float, float, float } %705, 1
	%708 = extractvalue { float, float, float, float } %705, 2
	%709 = extractvalue { float, float, float, float } %705, 3
	%710 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %703, i32 %704, float %646, float %647, float %648, float %649)
	%711 = extractvalue { float, float, float, float } %710, 0
	%712 = extractvalue { float, float, float, float } %710, 1
	%713 = extractvalue { float, float, float, float } %710, 2
	%714 = extractvalue { float, float, float, float } %710, 3
	%715 = add i32 %698, u0x1000
	%716 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %715)
	%717 = extractvalue { i32, i32, i32, i32 } %716, 0
	%718 = extractvalue { i32, i32, i32, i32 } %716, 1
	%719 = extractvalue { i32, i32, i32, i32 } %716, 2
	%720 = extractvalue { i32, i32, i32, i32 } %716, 3
	%721 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %717, i32 %718, float %657, float %658, float %659, float %660)
	%722 = extractvalue { float, float, float, float } %721, 0
	%723 = extractvalue { float, float, float, float } %721, 1
	%724 = extractvalue { float, float, float, float } %721, 2
	%725 = extractvalue { float, float, float, float } %721, 3
	%726 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %719, i32 %720, float %662, float %663, float %664, float %665)
	%727 = extractvalue { float, float, float, float } %726, 0
	%728 = extractvalue { float, float, float, float } %726, 1
	%729 = extractvalue { float, float, float, float } %726, 2
	%730 = extractvalue { float, float, float, float } %726, 3
	%731 = add i32 %698, u0x2000
	%732 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %731)
	%733 = extractvalue { i32, i32, i32, i32 } %732, 0
	%734 = extractvalue { i32, i32, i32, i32 } %732, 1
	%735 = extractvalue { i32, i32, i32, i32 } %732, 2
	%736 = extractvalue { i32, i32, i32, i32 } %732, 3
	%737 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %733, i32 %734, float %673, float %674, float %675, float %676)
	%738 = extractvalue { float, float, float, float } %737, 0
	%739 = extractvalue { float, float, float, float } %737, 1
	%740 = extractvalue { float, float, float, float } %737, 2
	%741 = extractvalue { float, float, float, float } %737, 3
	%742 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %735, i32 %736, float %678, float %679, float %680, float %681)
	%743 = extractvalue { float, float, float, float } %742, 0
	%744 = extractvalue { float, float, float, float } %742, 1
	%745 = extractvalue { float, float, float, float } %742, 2
	%746 = extractvalue { float, float, float, float } %742, 3
	%747 = add i32 %698, 12288
	%748 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %747)
	%749 = extractvalue { i32, i32, i32, i32 } %748, 0
	%750 = extractvalue { i32, i32, i32, i32 } %748, 1
	%751 = extractvalue { i32, i32, i32, i32 } %748, 2
	%752 = extractvalue { i32, i32, i32, i32 } %748, 3
	%753 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %749, i32 %750, float %689, float %690, float %691, float %692)
	%754 = extractvalue { float, float, float, float } %753, 0
	%755 = extractvalue { float, float, float, float } %753, 1
	%756 = extractvalue { float, float, float, float } %753, 2
	%757 = extractvalue { float, float, float, float } %753, 3
	%758 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %751, i32 %752, float %694, float %695, float %696, float %697)
	%759 = extractvalue { float, float, float, float } %758, 0
	%760 = extractvalue { float, float, float, float } %758, 1
	%761 = extractvalue { float, float, float, float } %758, 2
	%762 = extractvalue { float, float, float, float } %758, 3
	%763 = xor i32 %372, 192
	%764 = add i32 %763, 0
	%765 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %764)
	%766 = extractvalue { i32, i32, i32, i32 } %765, 0
	%767 = extractvalue { i32, i32, i32, i32 } %765, 1
	%768 = extractvalue { i32, i32, i32, i32 } %765, 2
	%769 = extractvalue { i32, i32, i32, i32 } %765, 3
	%770 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %766, i32 %767, float %706, float %707, float %708, float %709)
	%771 = extractvalue { float, float, float, float } %770, 0
	%772 = extractvalue { float, float, float, float } %770, 1
	%773 = extractvalue { float, float, float, float } %770, 2
	%774 = extractvalue { float, float, float, float } %770, 3
	%775 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %768, i32 %769, float %711, float %712, float %713, float %714)
	%776 = extractvalue { float, float, float, float } %775, 0
	%777 = extractvalue { float, float, float, float } %775, 1
	%778 = extractvalue { float, float, float, float } %775, 2
	%779 = extractvalue { float, float, float, float } %775, 3
	%780 = add i32 %763, u0x1000
	%781 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %780)
	%782 = extractvalue { i32, i32, i32, i32 } %781, 0
	%783 = extractvalue { i32, i32, i32, i32 } %781, 1
	%784 = extractvalue { i32, i32, i32, i32 } %781, 2
	%785 = extractvalue { i32, i32, i32, i32 } %781, 3
	%786 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %782, i32 %783, float %722, float %723, float %724, float %725)
	%787 = extractvalue { float, float, float, float } %786, 0
	%788 = extractvalue { float, float, float, float } %786, 1
	%789 = extractvalue { float, float, float, float } %786, 2
	%790 = extractvalue { float, float, float, float } %786, 3
	%791 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %784, i32 %785, float %727, float %728, float %729, float %730)
	%792 = extractvalue { float, float, float, float } %791, 0
	%793 = extractvalue { float, float, float, float } %791, 1
	%794 = extractvalue { float, float, float, float } %791, 2
	%795 = extractvalue { float, float, float, float } %791, 3
	%796 = add i32 %763, u0x2000
	%797 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %796)
	%798 = extractvalue { i32, i32, i32, i32 } %797, 0
	%799 = extractvalue { i32, i32, i32, i32 } %797, 1
	%800 = extractvalue { i32, i32, i32, i32 } %797, 2
	%801 = extractvalue { i32, i32, i32, i32 } %797, 3
	%802 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %798, i32 %799, float %738, float %739, float %740, float %741)
	%803 = extractvalue { float, float, float, float } %802, 0
	%804 = extractvalue { float, float, float, float } %802, 1
	%805 = extractvalue { float, float, float, float } %802, 2
	%806 = extractvalue { float, float, float, float } %802, 3
	%807 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %800, i32 %801, float %743, float %744, float %745, float %746)
	%808 = extractvalue { float, float, float, float } %807, 0
	%809 = extractvalue { float, float, float, float } %807, 1
	%810 = extractvalue { float, float, float, float } %807, 2
	%811 = extractvalue { float, float, float, float } %807, 3
	%812 = add i32 %763, 12288
	%813 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %812)
	%814 = extractvalue { i32, i32, i32, i32 } %813, 0
	%815 = extractvalue { i32, i32, i32, i32 } %813, 1
	%816 = extractvalue { i32, i32, i32, i32 } %813, 2
	%817 = extractvalue { i32, i32, i32, i32 } %813, 3
	%818 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %814, i32 %815, float %754, float %755, float %756, float %757)
	%819 = extractvalue { float, float, float, float } %818, 0
	%820 = extractvalue { float, float, float, float } %818, 1
	%821 = extractvalue { float, float, float, float } %818, 2
	%822 = extractvalue { float, float, float, float } %818, 3
	%823 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %816, i32 %817, float %759, float %760, float %761, float %762)
	%824 = extractvalue { float, float, float, float } %823, 0
	%825 = extractvalue { float, float, float, float } %823, 1
	%826 = extractvalue { float, float, float, float } %823, 2
	%827 = extractvalue { float, float, float, float } %823, 3
	%828 = xor i32 %372, 224
	%829 = add i32 %828, 0
	%830 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %829)
	%831 = extractvalue { i32, i32, i32, i32 } %830, 0
	%832 = extractvalue { i32, i32, i32, i32 } %830, 1
	%833 = extractvalue { i32, i32, i32, i32 } %830, 2
	%834 = extractvalue { i32, i32, i32, i32 } %830, 3
	%835 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %831, i32 %832, float %771, float %772, float %773, float %774)
	%836 = extractvalue { float, float, float, float } %835, 0
	%837 = extractvalue { float, float, float, float } %835, 1
	%838 = extractvalue { float, float, float, float } %835, 2
	%839 = extractvalue { float, float, float, float } %835, 3
	%840 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %833, i32 %834, float %776, float %777, float %778, float %779)
	%841 = extractvalue { float, float, float, float } %840, 0
	%842 = extractvalue { float, float, float, float } %840, 1
	%843 = extractvalue { float, float, float, float } %840, 2
	%844 = extractvalue { float, float, float, float } %840, 3
	%845 = add i32 %828, u0x1000
	%846 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %845)
	%847 = extractvalue { i32, i32, i32, i32 } %846, 0
	%848 = extractvalue { i32, i32, i32, i32 } %846, 1
	%849 = extractvalue { i32, i32, i32, i32 } %846, 2
	%850 = extractvalue { i32, i32, i32, i32 } %846, 3
	%851 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %847, i32 %848, float %787, float %788, float %789, float %790)
	%852 = extractvalue { float, float, float, float } %851, 0
	%853 = extractvalue { float, float, float, float } %851, 1
	%854 = extractvalue { float, float, float, float } %851, 2
	%855 = extractvalue { float, float, float, float } %851, 3
	%856 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %849, i32 %850, float %792, float %793, float %794, float %795)
	%857 = extractvalue { float, float, float, float } %856, 0
	%858 = extractvalue { float, float, float, float } %856, 1
	%859 = extractvalue { float, float, float, float } %856, 2
	%860 = extractvalue { float, float, float, float } %856, 3
	%861 = add i32 %828, u0x2000
	%862 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %861)
	%863 = extractvalue { i32, i32, i32, i32 } %862, 0
	%864 = extractvalue { i32, i32, i32, i32 } %862, 1
	%865 = extractvalue { i32, i32, i32, i32 } %862, 2
	%866 = extractvalue { i32, i32, i32, i32 } %862, 3
	%867 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %863, i32 %864, float %803, float %804, float %805, float %806)
	%868 = extractvalue { float, float, float, float } %867, 0
	%869 = extractvalue { float, float, float, float } %867, 1
	%870 = extractvalue { float, float, float, float } %867, 2
	%871 = extractvalue { float, float, float, float } %867, 3
	%872 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %865, i32 %866, float %808, float %809, float %810, float %811)
	%873 = extractvalue { float, float, float, float } %872, 0
	%874 = extractvalue { float, float, float, float } %872, 1
	%875 = extractvalue { float, float, float, float } %872, 2
	%876 = extractvalue { float, float, float, float } %872, 3
	%877 = add i32 %828, 12288
	%878 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %877)
	%879 = extractvalue { i32, i32, i32, i32 } %878, 0
	%880 = extractvalue { i32, i32, i32, i32 } %878, 1
	%881 = extractvalue { i32, i32, i32, i32 } %878, 2
	%882 = extractvalue { i32, i32, i32, i32 } %878, 3
	%883 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %879, i32 %880, float %819, float %820, float %821, float %822)
	%884 = extractvalue { float, float, float, float } %883, 0
	%885 = extractvalue { float, float, float, float } %883, 1
	%886 = extractvalue { float, float, float, float } %883, 2
	%887 = extractvalue { float, float, float, float } %883, 3
	%888 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %881, i32 %882, float %824, float %825, float %826, float %827)
	%889 = extractvalue { float, float, float, float } %888, 0
	%890 = extractvalue { float, float, float, float } %888, 1
	%891 = extractvalue { float, float, float, float } %888, 2
	%892 = extractvalue { float, float, float, float } %888, 3
	%893 = mul i32 %3, 16
	%894 = add i32 %12, %893
	%895 = add i32 %5, 0
	%896 = add i32 %894, %895
	%897 = mul i32 %3, 16
	%898 = add i32 %12, %897
	%899 = add i32 %5, 8
	%900 = add i32 %898, %899
	%901 = sitofp i32 %10 to float
	%902 = add i32 %33, %230
	%903 = sext i32 %902 to i64
	%904 = getelementptr i8, i8* %cls, i64 %903
	%905 = load i8, i8* %904
	%906 = icmp ne i8 %905, 2
	br i1 %906, label %partial, label %softmax

epilogue:
	%907 = phi float [ 0.0, %entry ], [ %1676, %pv ]
	%908 = phi float [ 0.0, %entry ], [ %1728, %pv ]
	%909 = phi i32 [ 0, %entry ], [ %1729, %pv ]
	%910 = phi float [ 0.0, %entry ], [ %2244, %pv ]
	%911 = phi float [ 0.0, %entry ], [ %2245, %pv ]
	%912 = phi float [ 0.0, %entry ], [ %2246, %pv ]
	%913 = phi float [ 0.0, %entry ], [ %2247, %pv ]
	%914 = phi float [ 0.0, %entry ], [ %2249, %pv ]
	%915 = phi float [ 0.0, %entry ], [ %2250, %pv ]
	%916 = phi float [ 0.0, %entry ], [ %2251, %pv ]
	%917 = phi float [ 0.0, %entry ], [ %2252, %pv ]
	%918 = phi float [ 0.0, %entry ], [ %2261, %pv ]
	%919 = phi float [ 0.0, %entry ], [ %2262, %pv ]
	%920 = phi float [ 0.0, %entry ], [ %2263, %pv ]
	%921 = phi float [ 0.0, %entry ], [ %2264, %pv ]
	%922 = phi float [ 0.0, %entry ], [ %2266, %pv ]
	%923 = phi float [ 0.0, %entry ], [ %2267, %pv ]
	%924 = phi float [ 0.0, %entry ], [ %2268, %pv ]
	%925 = phi float [ 0.0, %entry ], [ %2269, %pv ]
	%926 = phi float [ 0.0, %entry ], [ %2278, %pv ]
	%927 = phi float [ 0.0, %entry ], [ %2279, %pv ]
	%928 = phi float [ 0.0, %entry ], [ %2280, %pv ]
	%929 = phi float [ 0.0, %entry ], [ %2281, %pv ]
	%930 = phi float [ 0.0, %entry ], [ %2283, %pv ]
	%931 = phi float [ 0.0, %entry ], [ %2284, %pv ]
	%932 = phi float [ 0.0, %entry ], [ %2285, %pv ]
	%933 = phi float [ 0.0, %entry ], [ %2286, %pv ]
	%934 = phi float [ 0.0, %entry ], [ %2295, %pv ]
	%935 = phi float [ 0.0, %entry ], [ %2296, %pv ]
	%936 = phi float [ 0.0, %entry ], [ %2297, %pv ]
	%937 = phi float [ 0.0, %entry ], [ %2298, %pv ]
	%938 = phi float [ 0.0, %entry ], [ %2300, %pv ]
	%939 = phi float [ 0.0, %entry ], [ %2301, %pv ]
	%940 = phi float [ 0.0, %entry ], [ %2302, %pv ]
	%941 = phi float [ 0.0, %entry ], [ %2303, %pv ]
	%942 = phi float [ 0.0, %entry ], [ %2312, %pv ]
	%943 = phi float [ 0.0, %entry ], [ %2313, %pv ]
	%944 = phi float [ 0.0, %entry ], [ %2314, %pv ]
	%945 = phi float [ 0.0, %entry ], [ %2315, %pv ]
	%946 = phi float [ 0.0, %entry ], [ %2317, %pv ]
	%947 = phi float [ 0.0, %entry ], [ %2318, %pv ]
	%948 = phi float [ 0.0, %entry ], [ %2319, %pv ]
	%949 = phi float [ 0.0, %entry ], [ %2320, %pv ]
	%950 = phi float [ 0.0, %entry ], [ %2329, %pv ]
	%951 = phi float [ 0.0, %entry ], [ %2330, %pv ]
	%952 = phi float [ 0.0, %entry ], [ %2331, %pv ]
	%953 = phi float [ 0.0, %entry ], [ %2332, %pv ]
	%954 = phi float [ 0.0, %entry ], [ %2334, %pv ]
	%955 = phi float [ 0.0, %entry ], [ %2335, %pv ]
	%956 = phi float [ 0.0, %entry ], [ %2336, %pv ]
	%957 = phi float [ 0.0, %entry ], [ %2337, %pv ]
	%958 = phi float [ 0.0, %entry ], [ %2346, %pv ]
	%959 = phi float [ 0.0, %entry ], [ %2347, %pv ]
	%960 = phi float [ 0.0, %entry ], [ %2348, %pv ]
	%961 = phi float [ 0.0, %entry ], [ %2349, %pv ]
	%962 = phi float [ 0.0, %entry ], [ %2351, %pv ]
	%963 = phi float [ 0.0, %entry ], [ %2352, %pv ]
	%964 = phi float [ 0.0, %entry ], [ %2353, %pv ]
	%965 = phi float [ 0.0, %entry ], [ %2354, %pv ]
	%966 = phi float [ 0.0, %entry ], [ %2363, %pv ]
	%967 = phi float [ 0.0, %entry ], [ %2364, %pv ]
	%968 = phi float [ 0.0, %entry ], [ %2365, %pv ]
	%969 = phi float [ 0.0, %entry ], [ %2366, %pv ]
	%970 = phi float [ 0.0, %entry ], [ %2368, %pv ]
	%971 = phi float [ 0.0, %entry ], [ %2369, %pv ]
	%972 = phi float [ 0.0, %entry ], [ %2370, %pv ]
	%973 = phi float [ 0.0, %entry ], [ %2371, %pv ]
	%974 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %907, i32 1, i32 31)
	%975 = fadd float %907, %974
	%976 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %975, i32 2, i32 31)
	%977 = fadd float %975, %976
	%978 = fcmp ogt float %977, 0.0
	%979 = fdiv float 1.0, %977
	%980 = select i1 %978, float %979, float 0.0
	%981 = mul i32 %3, 16
	%982 = add i32 %12, %981
	%983 = add i32 %5, 0
	%984 = add i32 %982, %983
	%985 = fmul float %910, %980
	%986 = fmul float %911, %980
	%987 = fmul float %914, %980
	%988 = fmul float %915, %980
	%989 = fmul float %918, %980
	%990 = fmul float %919, %980
	%991 = fmul float %922, %980
	%992 = fmul float %923, %980
	%993 = fmul float %926, %980
	%994 = fmul float %927, %980
	%995 = fmul float %930, %980
	%996 = fmul float %931, %980
	%997 = fmul float %934, %980
	%998 = fmul float %935, %980
	%999 = fmul float %938, %980
	%1000 = fmul float %939, %980
	%1001 = fmul float %942, %980
	%1002 = fmul float %943, %980
	%1003 = fmul float %946, %980
	%1004 = fmul float %947, %980
	%1005 = fmul float %950, %980
	%1006 = fmul float %951, %980
	%1007 = fmul float %954, %980
	%1008 = fmul float %955, %980
	%1009 = fmul float %958, %980
	%1010 = fmul float %959, %980
	%1011 = fmul float %962, %980
	%1012 = fmul float %963, %980
	%1013 = fmul float %966, %980
	%1014 = fmul float %967, %980
	%1015 = fmul float %970, %980
	%1016 = fmul float %971, %980
	%1017 = icmp slt i32 %984, %M
	br i1 %1017, label %store0, label %stored0

partial:
	%1018 = shl i32 %6, 1
	%1019 = add i32 0, %1018
	%1020 = add i32 %299, %1019
	%1021 = icmp slt i32 %1020, %N
	%1022 = select i1 %1021, i32 %1020, i32 0
	%1023 = sitofp i32 %896 to float
	%1024 = sitofp i32 %1022 to float
	%1025 = fcmp ole float %1024, %1023
	%1026 = uitofp i1 %1025 to float
	%1027 = fcmp une float %1026, 0.0
	%1028 = and i1 %1021, %1027
	%1029 = select i1 %1028, float %836, float 0xFFF0000000000000
	%1030 = shl i32 %6, 1
	%1031 = add i32 1, %1030
	%1032 = add i32 %299, %1031
	%1033 = icmp slt i32 %1032, %N
	%1034 = select i1 %1033, i32 %1032, i32 0
	%1035 = sitofp i32 %896 to float
	%1036 = sitofp i32 %1034 to float
	%1037 = fcmp ole float %1036, %1035
	%1038 = uitofp i1 %1037 to float
	%1039 = fcmp une float %1038, 0.0
	%1040 = and i1 %1033, %1039
	%1041 = select i1 %1040, float %837, float 0xFFF0000000000000
	%1042 = shl i32 %6, 1
	%1043 = add i32 0, %1042
	%1044 = add i32 %299, %1043
	%1045 = icmp slt i32 %1044, %N
	%1046 = select i1 %1045, i32 %1044, i32 0
	%1047 = sitofp i32 %900 to float
	%1048 = sitofp i32 %1046 to float
	%1049 = fcmp ole float %1048, %1047
	%1050 = uitofp i1 %1049 to float
	%1051 = fcmp une float %1050, 0.0
	%1052 = and i1 %1045, %1051
	%1053 = select i1 %1052, float %838, float 0xFFF0000000000000
	%1054 = shl i32 %6, 1
	%1055 = add i32 1, %1054
	%1056 = add i32 %299, %1055
	%1057 = icmp slt i32 %1056, %N
	%1058 = select i1 %1057, i32 %1056, i32 0
	%1059 = sitofp i32 %900 to float
	%1060 = sitofp i32 %1058 to float
	%1061 = fcmp ole float %1060, %1059
	%1062 = uitofp i1 %1061 to float
	%1063 = fcmp une float %1062, 0.0
	%1064 = and i1 %1057, %1063
	%1065 = select i1 %1064, float %839, float 0xFFF0000000000000
	%1066 = shl i32 %6, 1
	%1067 = add i32 8, %1066
	%1068 = add i32 %299, %1067
	%1069 = icmp slt i32 %1068, %N
	%1070 = select i1 %1069, i32 %1068, i32 0
	%1071 = sitofp i32 %896 to float
	%1072 = sitofp i32 %1070 to float
	%1073 = fcmp ole float %1072, %1071
	%1074 = uitofp i1 %1073 to float
	%1075 = fcmp une float %1074, 0.0
	%1076 = and i1 %1069, %1075
	%1077 = select i1 %1076, float %841, float 0xFFF0000000000000
	%1078 = shl i32 %6, 1
	%1079 = add i32 9, %1078
	%1080 = add i32 %299, %1079
	%1081 = icmp slt i32 %1080, %N
	%1082 = select i1 %1081, i32 %1080, i32 0
	%1083 = sitofp i32 %896 to float
	%1084 = sitofp i32 %1082 to float
	%1085 = fcmp ole float %1084, %1083
	%1086 = uitofp i1 %1085 to float
	%1087 = fcmp une float %1086, 0.0
	%1088 = and i1 %1081, %1087
	%1089 = select i1 %1088, float %842, float 0xFFF0000000000000
	%1090 = shl i32 %6, 1
	%1091 = add i32 8, %1090
	%1092 = add i32 %299, %1091
	%1093 = icmp slt i32 %1092, %N
	%1094 = select i1 %1093, i32 %1092, i32 0
	%1095 = sitofp i32 %900 to float
	%1096 = sitofp i32 %1094 to float
	%1097 = fcmp ole float %1096, %1095
	%1098 = uitofp i1 %1097 to float
	%1099 = fcmp une float %1098, 0.0
	%1100 = and i1 %1093, %1099
	%1101 = select i1 %1100, float %843, float 0xFFF0000000000000
	%1102 = shl i32 %6, 1
	%1103 = add i32 9, %1102
	%1104 = add i32 %299, %1103
	%1105 = icmp slt i32 %1104, %N
	%1106 = select i1 %1105, i32 %1104, i32 0
	%1107 = sitofp i32 %900 to float
	%1108 = sitofp i32 %1106 to float
	%1109 = fcmp ole float %1108, %1107
	%1110 = uitofp i1 %1109 to float
	%1111 = fcmp une float %1110, 0.0
	%1112 = and i1 %1105, %1111
	%1113 = select i1 %1112, float %844, float 0xFFF0000000000000
	%1114 = shl i32 %6, 1
	%1115 = add i32 16, %1114
	%1116 = add i32 %299, %1115
	%1117 = icmp slt i32 %1116, %N
	%1118 = select i1 %1117, i32 %1116, i32 0
	%1119 = sitofp i32 %896 to float
	%1120 = sitofp i32 %1118 to float
	%1121 = fcmp ole float %1120, %1119
	%1122 = uitofp i1 %1121 to float
	%1123 = fcmp une float %1122, 0.0
	%1124 = and i1 %1117, %1123
	%1125 = select i1 %1124, float %852, float 0xFFF0000000000000
	%1126 = shl i32 %6, 1
	%1127 = add i32 17, %1126
	%1128 = add i32 %299, %1127
	%1129 = icmp slt i32 %1128, %N
	%1130 = select i1 %1129, i32 %1128, i32 0
	%1131 = sitofp i32 %896 to float
	%1132 = sitofp i32 %1130 to float
	%1133 = fcmp ole float %1132, %1131
	%1134 = uitofp i1 %1133 to float
	%1135 = fcmp une float %1134, 0.0
	%1136 = and i1 %1129, %1135
	%1137 = select i1 %1136, float %853, float 0xFFF0000000000000
	%1138 = shl i32 %6, 1
	%1139 = add i32 16, %1138
	%1140 = add i32 %299, %1139
	%1141 = icmp slt i32 %1140, %N
	%1142 = select i1 %1141, i32 %1140, i32 0
	%1143 = sitofp i32 %900 to float
	%1144 = sitofp i32 %1142 to float
	%1145 = fcmp ole float %1144, %1143
	%1146 = uitofp i1 %1145 to float
	%1147 = fcmp une float %1146, 0.0
	%1148 = and i1 %1141, %1147
	%1149 = select i1 %1148, float %854, float 0xFFF0000000000000
	%1150 = shl i32 %6, 1
	%1151 = add i32 17, %1150
	%1152 = add i32 %299, %1151
	%1153 = icmp slt i32 %1152, %N
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = sitofp i32 %900 to float
	%1156 = sitofp i32 %1154 to float
	%1157 = fcmp ole float %1156, %1155
	%1158 = uitofp i1 %1157 to float
	%1159 = fcmp une float %1158, 0.0
	%1160 = and i1 %1153, %1159
	%1161 = select i1 %1160, float %855, float 0xFFF0000000000000
	%1162 = shl i32 %6, 1
	%1163 = add i32 24, %1162
	%1164 = add i32 %299, %1163
	%1165 = icmp slt i32 %1164, %N
	%1166 = select i1 %1165, i32 %1164, i32 0
	%1167 = sitofp i32 %896 to float
	%1168 = sitofp i32 %1166 to float
	%1169 = fcmp ole float %1168, %1167
	%1170 = uitofp i1 %1169 to float
	%1171 = fcmp une float %1170, 0.0
	%1172 = and i1 %1165, %1171
	%1173 = select i1 %1172, float %857, float 0xFFF0000000000000
	%1174 = shl i32 %6, 1
	%1175 = add i32 25, %1174
	%1176 = add i32 %299, %1175
	%1177 = icmp slt i32 %1176, %N
	%1178 = select i1 %1177, i32 %1176, i32 0
	%1179 = sitofp i32 %896 to float
	%1180 = sitofp i32 %1178 to float
	%1181 = fcmp ole float %1180, %1179
	%1182 = uitofp i1 %1181 to float
	%1183 = fcmp une float %1182, 0.0
	%1184 = and i1 %1177, %1183
	%1185 = select i1 %1184, float %858, float 0xFFF0000000000000
	%1186 = shl i32 %6, 1
	%1187 = add i32 24, %1186
	%1188 = add i32 %299, %1187
	%1189 = icmp slt i32 %1188, %N
	%1190 = select i1 %1189, i32 %1188, i32 0
	%1191 = sitofp i32 %900 to float
	%1192 = sitofp i32 %1190 to float
	%1193 = fcmp ole float %1192, %1191
	%1194 = uitofp i1 %1193 to float
	%1195 = fcmp une float %1194, 0.0
	%1196 = and i1 %1189, %1195
	%1197 = select i1 %1196, float %859, float 0xFFF0000000000000
	%1198 = shl i32 %6, 1
	%1199 = add i32 25, %1198
	%1200 = add i32 %299, %1199
	%1201 = icmp slt i32 %1200, %N
	%1202 = select i1 %1201, i32 %1200, i32 0
	%1203 = sitofp i32 %900 to float
	%1204 = sitofp i32 %1202 to float
	%1205 = fcmp ole float %1204, %1203
	%1206 = uitofp i1 %1205 to float
	%1207 = fcmp une float %1206, 0.0
	%1208 = and i1 %1201, %1207
	%1209 = select i1 %1208, float %860, float 0xFFF0000000000000
	%1210 = shl i32 %6, 1
	%1211 = add i32 32, %1210
	%1212 = add i32 %299, %1211
	%1213 = icmp slt i32 %1212, %N
	%1214 = select i1 %1213, i32 %1212, i32 0
	%1215 = sitofp i32 %896 to float
	%1216 = sitofp i32 %1214 to float
	%1217 = fcmp ole float %1216, %1215
	%1218 = uitofp i1 %1217 to float
	%1219 = fcmp une float %1218, 0.0
	%1220 = and i1 %1213, %1219
	%1221 = select i1 %1220, float %868, float 0xFFF0000000000000
	%1222 = shl i32 %6, 1
	%1223 = add i32 33, %1222
	%1224 = add i32 %299, %1223
	%1225 = icmp slt i32 %1224, %N
	%1226 = select i1 %1225, i32 %1224, i32 0
	%1227 = sitofp i32 %896 to float
	%1228 = sitofp i32 %1226 to float
	%1229 = fcmp ole float %1228, %1227
	%1230 = uitofp i1 %1229 to float
	%1231 = fcmp une float %1230, 0.0
	%1232 = and i1 %1225, %1231
	%1233 = select i1 %1232, float %869, float 0xFFF0000000000000
	%1234 = shl i32 %6, 1
	%1235 = add i32 32, %1234
	%1236 = add i32 %299, %1235
	%1237 = icmp slt i32 %1236, %N
	%1238 = select i1 %1237, i32 %1236, i32 0
	%1239 = sitofp i32 %900 to float
	%1240 = sitofp i32 %1238 to float
	%1241 = fcmp ole float %1240, %1239
	%1242 = uitofp i1 %1241 to float
	%1243 = fcmp une float %1242, 0.0
	%1244 = and i1 %1237, %1243
	%1245 = select i1 %1244, float %870, float 0xFFF0000000000000
	%1246 = shl i32 %6, 1
	%1247 = add i32 33, %1246
	%1248 = add i32 %299, %1247
	%1249 = icmp slt i32 %1248, %N
	%1250 = select i1 %1249, i32 %1248, i32 0
	%1251 = sitofp i32 %900 to float
	%1252 = sitofp i32 %1250 to float
	%1253 = fcmp ole float %1252, %1251
	%1254 = uitofp i1 %1253 to float
	%1255 = fcmp une float %1254, 0.0
	%1256 = and i1 %1249, %1255
	%1257 = select i1 %1256, float %871, float 0xFFF0000000000000
	%1258 = shl i32 %6, 1
	%1259 = add i32 40, %1258
	%1260 = add i32 %299, %1259
	%1261 = icmp slt i32 %1260, %N
	%1262 = select i1 %1261, i32 %1260, i32 0
	%1263 = sitofp i32 %896 to float
	%1264 = sitofp i32 %1262 to float
	%1265 = fcmp ole float %1264, %1263
	%1266 = uitofp i1 %1265 to float
	%1267 = fcmp une float %1266, 0.0
	%1268 = and i1 %1261, %1267
	%1269 = select i1 %1268, float %873, float 0xFFF0000000000000
	%1270 = shl i32 %6, 1
	%1271 = add i32 41, %1270
	%1272 = add i32 %299, %1271
	%1273 = icmp slt i32 %1272, %N
	%1274 = select i1 %1273, i32 %1272, i32 0
	%1275 = sitofp i32 %896 to float
	%1276 = sitofp i32 %1274 to float
	%1277 = fcmp ole float %1276, %1275
	%1278 = uitofp i1 %1277 to float
	%1279 = fcmp une float %1278, 0.0
	%1280 = and i1 %1273, %1279
	%1281 = select i1 %1280, float %874, float 0xFFF0000000000000
	%1282 = shl i32 %6, 1
	%1283 = add i32 40, %1282
	%1284 = add i32 %299, %1283
	%1285 = icmp slt i32 %1284, %N
	%1286 = select i1 %1285, i32 %1284, i32 0
	%1287 = sitofp i32 %900 to float
	%1288 = sitofp i32 %1286 to float
	%1289 = fcmp ole float %1288, %1287
	%1290 = uitofp i1 %1289 to float
	%1291 = fcmp une float %1290, 0.0
	%1292 = and i1 %1285, %1291
	%1293 = select i1 %1292, float %875, float 0xFFF0000000000000
	%1294 = shl i32 %6, 1
	%1295 = add i32 41, %1294
	%1296 = add i32 %299, %1295
	%1297 = icmp slt i32 %1296, %N
	%1298 = select i1 %1297, i32 %1296, i32 0
	%1299 = sitofp i32 %900 to float
	%1300 = sitofp i32 %1298 to float
	%1301 = fcmp ole float %1300, %1299
	%1302 = uitofp i1 %1301 to float
	%1303 = fcmp une float %1302, 0.0
	%1304 = and i1 %1297, %1303
	%1305 = select i1 %1304, float %876, float 0xFFF0000000000000
	%1306 = shl i32 %6, 1
	%1307 = add i32 48, %1306
	%1308 = add i32 %299, %1307
	%1309 = icmp slt i32 %1308, %N
	%1310 = select i1 %1309, i32 %1308, i32 0
	%1311 = sitofp i32 %896 to float
	%1312 = sitofp i32 %1310 to float
	%1313 = fcmp ole float %1312, %1311
	%1314 = uitofp i1 %1313 to float
	%1315 = fcmp une float %1314, 0.0
	%1316 = and i1 %1309, %1315
	%1317 = select i1 %1316, float %884, float 0xFFF0000000000000
	%1318 = shl i32 %6, 1
	%1319 = add i32 49, %1318
	%1320 = add i32 %299, %1319
	%1321 = icmp slt i32 %1320, %N
	%1322 = select i1 %1321, i32 %1320, i32 0
	%1323 = sitofp i32 %896 to float
	%1324 = sitofp i32 %1322 to float
	%1325 = fcmp ole float %1324, %1323
	%1326 = uitofp i1 %1325 to float
	%1327 = fcmp une float %1326, 0.0
	%1328 = and i1 %1321, %1327
	%1329 = select i1 %1328, float %885, float 0xFFF0000000000000
	%1330 = shl i32 %6, 1
	%1331 = add i32 48, %1330
	%1332 = add i32 %299, %1331
	%1333 = icmp slt i32 %1332, %N
	%1334 = select i1 %1333, i32 %1332, i32 0
	%1335 = sitofp i32 %900 to float
	%1336 = sitofp i32 %1334 to float
	%1337 = fcmp ole float %1336, %1335
	%1338 = uitofp i1 %1337 to float
	%1339 = fcmp une float %1338, 0.0
	%1340 = and i1 %1333, %1339
	%1341 = select i1 %1340, float %886, float 0xFFF0000000000000
	%1342 = shl i32 %6, 1
	%1343 = add i32 49, %1342
	%1344 = add i32 %299, %1343
	%1345 = icmp slt i32 %1344, %N
	%1346 = select i1 %1345, i32 %1344, i32 0
	%1347 = sitofp i32 %900 to float
	%1348 = sitofp i32 %1346 to float
	%1349 = fcmp ole float %1348, %1347
	%1350 = uitofp i1 %1349 to float
	%1351 = fcmp une float %1350, 0.0
	%1352 = and i1 %1345, %1351
	%1353 = select i1 %1352, float %887, float 0xFFF0000000000000
	%1354 = shl i32 %6, 1
	%1355 = add i32 56, %1354
	%1356 = add i32 %299, %1355
	%1357 = icmp slt i32 %1356, %N
	%1358 = select i1 %1357, i32 %1356, i32 0
	%1359 = sitofp i32 %896 to float
	%1360 = sitofp i32 %1358 to float
	%1361 = fcmp ole float %1360, %1359
	%1362 = uitofp i1 %1361 to float
	%1363 = fcmp une float %1362, 0.0
	%1364 = and i1 %1357, %1363
	%1365 = select i1 %1364, float %889, float 0xFFF0000000000000
	%1366 = shl i32 %6, 1
	%1367 = add i32 57, %1366
	%1368 = add i32 %299, %1367
	%1369 = icmp slt i32 %1368, %N
	%1370 = select i1 %1369, i32 %1368, i32 0
	%1371 = sitofp i32 %896 to float
	%1372 = sitofp i32 %1370 to float
	%1373 = fcmp ole float %1372, %1371
	%1374 = uitofp i1 %1373 to float
	%1375 = fcmp une float %1374, 0.0
	%1376 = and i1 %1369, %1375
	%1377 = select i1 %1376, float %890, float 0xFFF0000000000000
	%1378 = shl i32 %6, 1
	%1379 = add i32 56, %1378
	%1380 = add i32 %299, %1379
	%1381 = icmp slt i32 %1380, %N
	%1382 = select i1 %1381, i32 %1380, i32 0
	%1383 = sitofp i32 %900 to float
	%1384 = sitofp i32 %1382 to float
	%1385 = fcmp ole float %1384, %1383
	%1386 = uitofp i1 %1385 to float
	%1387 = fcmp une float %1386, 0.0
	%1388 = and i1 %1381, %1387
	%1389 = select i1 %1388, float %891, float 0xFFF0000000000000
	%1390 = shl i32 %6, 1
	%1391 = add i32 57, %1390
	%1392 = add i32 %299, %1391
	%1393 = icmp slt i32 %1392, %N
	%1394 = select i1 %1393, i32 %1392, i32 0
	%1395 = sitofp i32 %900 to float
	%1396 = sitofp i32 %1394 to float
	%1397 = fcmp ole float %1396, %1395
	%1398 = uitofp i1 %1397 to float
	%1399 = fcmp une float %1398, 0.0
	%1400 = and i1 %1393, %1399
	%1401 = select i1 %1400, float %892, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1402 = phi float [ %836, %loop ], [ %1029, %partial ]
	%1403 = phi float [ %837, %loop ], [ %1041, %partial ]
	%1404 = phi float [ %838, %loop ], [ %1053, %partial ]
	%1405 = phi float [ %839, %loop ], [ %1065, %partial ]
	%1406 = phi float [ %841, %loop ], [ %1077, %partial ]
	%1407 = phi float [ %842, %loop ], [ %1089, %partial ]
	%1408 = phi float [ %843, %loop ], [ %1101, %partial ]
	%1409 = phi float [ %844, %loop ], [ %1113, %partial ]
	%1410 = phi float [ %852, %loop ], [ %1125, %partial ]
	%1411 = phi float [ %853, %loop ], [ %1137, %partial ]
	%1412 = phi float [ %854, %loop ], [ %1149, %partial ]
	%1413 = phi float [ %855, %loop ], [ %1161, %partial ]
	%1414 = phi float [ %857, %loop ], [ %1173, %partial ]
	%1415 = phi float [ %858, %loop ], [ %1185, %partial ]
	%1416 = phi float [ %859, %loop ], [ %1197, %partial ]
	%1417 = phi float [ %860, %loop ], [ %1209, %partial ]
	%1418 = phi float [ %868, %loop ], [ %1221, %partial ]
	%1419 = phi float [ %869, %loop ], [ %1233, %partial ]
	%1420 = phi float [ %870, %loop ], [ %1245, %partial ]
	%1421 = phi float [ %871, %loop ], [ %1257, %partial ]
	%1422 = phi float [ %873, %loop ], [ %1269, %partial ]
	%1423 = phi float [ %874, %loop ], [ %1281, %partial ]
	%1424 = phi float [ %875, %loop ], [ %1293, %partial ]
	%1425 = phi float [ %876, %loop ], [ %1305, %partial ]
	%1426 = phi float [ %884, %loop ], [ %1317, %partial ]
	%1427 = phi float [ %885, %loop ], [ %1329, %partial ]
	%1428 = phi float [ %886, %loop ], [ %1341, %partial ]
	%1429 = phi float [ %887, %loop ], [ %1353, %partial ]
	%1430 = phi float [ %889, %loop ], [ %1365, %partial ]
	%1431 = phi float [ %890, %loop ], [ %1377, %partial ]
	%1432 = phi float [ %891, %loop ], [ %1389, %partial ]
	%1433 = phi float [ %892, %loop ], [ %1401, %partial ]
	%1434 = call float @llvm.nvvm.fmax.f(float %1402, float %1403)
	%1435 = call float @llvm.nvvm.fmax.f(float %1406, float %1407)
	%1436 = call float @llvm.nvvm.fmax.f(float %1410, float %1411)
	%1437 = call float @llvm.nvvm.fmax.f(float %1414, float %1415)
	%1438 = call float @llvm.nvvm.fmax.f(float %1418, float %1419)
	%1439 = call float @llvm.nvvm.fmax.f(float %1422, float %1423)
	%1440 = call float @llvm.nvvm.fmax.f(float %1426, float %1427)
	%1441 = call float @llvm.nvvm.fmax.f(float %1430, float %1431)
	%1442 = call float @llvm.nvvm.fmax.f(float %1434, float %1435)
	%1443 = call float @llvm.nvvm.fmax.f(float %1436, float %1437)
	%1444 = call float @llvm.nvvm.fmax.f(float %1438, float %1439)
	%1445 = call float @llvm.nvvm.fmax.f(float %1440, float %1441)
	%1446 = call float @llvm.nvvm.fmax.f(float %1442, float %1443)
	%1447 = call float @llvm.nvvm.fmax.f(float %1444, float %1445)
	%1448 = call float @llvm.nvvm.fmax.f(float %1446, float %1447)
	%1449 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1448, i32 1, i32 31)
	%1450 = call float @llvm.nvvm.fmax.f(float %1448, float %1449)
	%1451 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1450, i32 2, i32 31)
	%1452 = call float @llvm.nvvm.fmax.f(float %1450, float %1451)
	%1453 = fmul float %1452, 0x3FC0527DC0000000
	%1454 = call float @llvm.nvvm.fmax.f(float %295, float %1453)
	%1455 = fadd float %295, 8.0
	%1456 = fcmp ogt float %1454, %1455
	%1457 = or i1 false, %1456
	%1458 = call float @llvm.nvvm.fmax.f(float %1404, float %1405)
	%1459 = call float @llvm.nvvm.fmax.f(float %1408, float %1409)
	%1460 = call float @llvm.nvvm.fmax.f(float %1412, float %1413)
	%1461 = call float @llvm.nvvm.fmax.f(float %1416, float %1417)
	%1462 = call float @llvm.nvvm.fmax.f(float %1420, float %1421)
	%1463 = call float @llvm.nvvm.fmax.f(float %1424, float %1425)
	%1464 = call float @llvm.nvvm.fmax.f(float %1428, float %1429)
	%1465 = call float @llvm.nvvm.fmax.f(float %1432, float %1433)
	%1466 = call float @llvm.nvvm.fmax.f(float %1458, float %1459)
	%1467 = call float @llvm.nvvm.fmax.f(float %1460, float %1461)
	%1468 = call float @llvm.nvvm.fmax.f(float %1462, float %1463)
	%1469 = call float @llvm.nvvm.fmax.f(float %1464, float %1465)
	%1470 = call float @llvm.nvvm.fmax.f(float %1466, float %1467)
	%1471 = call float @llvm.nvvm.fmax.f(float %1468, float %1469)
	%1472 = call float @llvm.nvvm.fmax.f(float %1470, float %1471)
	%1473 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1472, i32 1, i32 31)
	%1474 = call float @llvm.nvvm.fmax.f(float %1472, float %1473)
	%1475 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1474, i32 2, i32 31)
	%1476 = call float @llvm.nvvm.fmax.f(float %1474, float %1475)
	%1477 = fmul float %1476, 0x3FC0527DC0000000
	%1478 = call float @llvm.nvvm.fmax.f(float %297, float %1477)
	%1479 = fadd float %297, 8.0
	%1480 = fcmp ogt float %1478, %1479
	%1481 = or i1 %1457, %1480
	%1482 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1481)
	br i1 %1482, label %1483, label %1558

1483:
	%1484 = fcmp oeq float %1454, 0xFFF0000000000000
	%1485 = select i1 %1484, float 0.0, float %1454
	%1486 = fsub float %295, %1485
	%1487 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1486)
	%1488 = fcmp oeq float %1478, 0xFFF0000000000000
	%1489 = select i1 %1488, float 0.0, float %1478
	%1490 = fsub float %297, %1489
	%1491 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1490)
	%1492 = fmul float %231, %1487
	%1493 = fmul float %232, %1487
	%1494 = fmul float %233, %1491
	%1495 = fmul float %234, %1491
	%1496 = fmul float %235, %1487
	%1497 = fmul float %236, %1487
	%1498 = fmul float %237, %1491
	%1499 = fmul float %238, %1491
	%1500 = fmul float %239, %1487
	%1501 = fmul float %240, %1487
	%1502 = fmul float %241, %1491
	%1503 = fmul float %242, %1491
	%1504 = fmul float %243, %1487
	%1505 = fmul float %244, %1487
	%1506 = fmul float %245, %1491
	%1507 = fmul float %246, %1491
	%1508 = fmul float %247, %1487
	%1509 = fmul float %248, %1487
	%1510 = fmul float %249, %1491
	%1511 = fmul float %250, %1491
	%1512 = fmul float %251, %1487
	%1513 = fmul float %252, %1487
	%1514 = fmul float %253, %1491
	%1515 = fmul float %254, %1491
	%1516 = fmul float %255, %1487
	%1517 = fmul float %256, %1487
	%1518 = fmul float %257, %1491
	%1519 = fmul float %258, %1491
	%1520 = fmul float %259, %1487
	%1521 = fmul float %260, %1487
	%1522 = fmul float %261, %1491
	%1523 = fmul float %262, %1491
	%1524 = fmul float %263, %1487
	%1525 = fmul float %264, %1487
	%1526 = fmul float %265, %1491
	%1527 = fmul float %266, %1491
	%1528 = fmul float %267, %1487
	%1529 = fmul float %268, %1487
	%1530 = fmul float %269, %1491
	%1531 = fmul float %270, %1491
	%1532 = fmul float %271, %1487
	%1533 = fmul float %272, %1487
	%1534 = fmul float %273, %1491
	%1535 = fmul float %274, %1491
	%1536 = fmul float %275, %1487
	%1537 = fmul float %276, %1487
	%1538 = fmul float %277, %1491
	%1539 = fmul float %278, %1491
	%1540 = fmul float %279, %1487
	%1541 = fmul float %280, %1487
	%1542 = fmul float %281, %1491
	%1543 = fmul float %282, %1491
	%1544 = fmul float %283, %1487
	%1545 = fmul float %284, %1487
	%1546 = fmul float %285, %1491
	%1547 = fmul float %286, %1491
	%1548 = fmul float %287, %1487
	%1549 = fmul float %288, %1487
	%1550 = fmul float %289, %1491
	%1551 = fmul float %290, %1491
	%1552 = fmul float %291, %1487
	%1553 = fmul float %292, %1487
	%1554 = fmul float %293, %1491
	%1555 = fmul float %294, %1491
	%1556 = fmul float %296, %1487
	%1557 = fmul float %298, %1491
	br label %1558

1558:
	%1559 = phi float [ %231, %softmax ], [ %1492, %1483 ]
	%1560 = phi float [ %232, %softmax ], [ %1493, %1483 ]
	%1561 = phi float [ %233, %softmax ], [ %1494, %1483 ]
	%1562 = phi float [ %234, %softmax ], [ %1495, %1483 ]
	%1563 = phi float [ %235, %softmax ], [ %1496, %1483 ]
	%1564 = phi float [ %236, %softmax ], [ %1497, %1483 ]
	%1565 = phi float [ %237, %softmax ], [ %1498, %1483 ]
	%1566 = phi float [ %238, %softmax ], [ %1499, %1483 ]
	%1567 = phi float [ %239, %softmax ], [ %1500, %1483 ]
	%1568 = phi float [ %240, %softmax ], [ %1501, %1483 ]
	%1569 = phi float [ %241, %softmax ], [ %1502, %1483 ]
	%1570 = phi float [ %242, %softmax ], [ %1503, %1483 ]
	%1571 = phi float [ %243, %softmax ], [ %1504, %1483 ]
	%1572 = phi float [ %244, %softmax ], [ %1505, %1483 ]
	%1573 = phi float [ %245, %softmax ], [ %1506, %1483 ]
	%1574 = phi float [ %246, %softmax ], [ %1507, %1483 ]
	%1575 = phi float [ %247, %softmax ], [ %1508, %1483 ]
	%1576 = phi float [ %248, %softmax ], [ %1509, %1483 ]
	%1577 = phi float [ %249, %softmax ], [ %1510, %1483 ]
	%1578 = phi float [ %250, %softmax ], [ %1511, %1483 ]
	%1579 = phi float [ %251, %softmax ], [ %1512, %1483 ]
	%1580 = phi float [ %252, %softmax ], [ %1513, %1483 ]
	%1581 = phi float [ %253, %softmax ], [ %1514, %1483 ]
	%1582 = phi float [ %254, %softmax ], [ %1515, %1483 ]
	%1583 = phi float [ %255, %softmax ], [ %1516, %1483 ]
	%1584 = phi float [ %256, %softmax ], [ %1517, %1483 ]
	%1585 = phi float [ %257, %softmax ], [ %1518, %1483 ]
	%1586 = phi float [ %258, %softmax ], [ %1519, %1483 ]
	%1587 = phi float [ %259, %softmax ], [ %1520, %1483 ]
	%1588 = phi float [ %260, %softmax ], [ %1521, %1483 ]
	%1589 = phi float [ %261, %softmax ], [ %1522, %1483 ]
	%1590 = phi float [ %262, %softmax ], [ %1523, %1483 ]
	%1591 = phi float [ %263, %softmax ], [ %1524, %1483 ]
	%1592 = phi float [ %264, %softmax ], [ %1525, %1483 ]
	%1593 = phi float [ %265, %softmax ], [ %1526, %1483 ]
	%1594 = phi float [ %266, %softmax ], [ %1527, %1483 ]
	%1595 = phi float [ %267, %softmax ], [ %1528, %1483 ]
	%1596 = phi float [ %268, %softmax ], [ %1529, %1483 ]
	%1597 = phi float [ %269, %softmax ], [ %1530, %1483 ]
	%1598 = phi float [ %270, %softmax ], [ %1531, %1483 ]
	%1599 = phi float [ %271, %softmax ], [ %1532, %1483 ]
	%1600 = phi float [ %272, %softmax ], [ %1533, %1483 ]
	%1601 = phi float [ %273, %softmax ], [ %1534, %1483 ]
	%1602 = phi float [ %274, %softmax ], [ %1535, %1483 ]
	%1603 = phi float [ %275, %softmax ], [ %1536, %1483 ]
	%1604 = phi float [ %276, %softmax ], [ %1537, %1483 ]
	%1605 = phi float [ %277, %softmax ], [ %1538, %1483 ]
	%1606 = phi float [ %278, %softmax ], [ %1539, %1483 ]
	%1607 = phi float [ %279, %softmax ], [ %1540, %1483 ]
	%1608 = phi float [ %280, %softmax ], [ %1541, %1483 ]
	%1609 = phi float [ %281, %softmax ], [ %1542, %1483 ]
	%1610 = phi float [ %282, %softmax ], [ %1543, %1483 ]
	%1611 = phi float [ %283, %softmax ], [ %1544, %1483 ]
	%1612 = phi float [ %284, %softmax ], [ %1545, %1483 ]
	%1613 = phi float [ %285, %softmax ], [ %1546, %1483 ]
	%1614 = phi float [ %286, %softmax ], [ %1547, %1483 ]
	%1615 = phi float [ %287, %softmax ], [ %1548, %1483 ]
	%1616 = phi float [ %288, %softmax ], [ %1549, %1483 ]
	%1617 = phi float [ %289, %softmax ], [ %1550, %1483 ]
	%1618 = phi float [ %290, %softmax ], [ %1551, %1483 ]
	%1619 = phi float [ %291, %softmax ], [ %1552, %1483 ]
	%1620 = phi float [ %292, %softmax ], [ %1553, %1483 ]
	%1621 = phi float [ %293, %softmax ], [ %1554, %1483 ]
	%1622 = phi float [ %294, %softmax ], [ %1555, %1483 ]
	%1623 = phi float [ %296, %softmax ], [ %1556, %1483 ]
	%1624 = phi float [ %298, %softmax ], [ %1557, %1483 ]
	%1625 = select i1 %1482, float %1454, float %295
	%1626 = fcmp oeq float %1625, 0xFFF0000000000000
	%1627 = select i1 %1626, float 0.0, float %1625
	%1628 = fneg float %1627
	%1629 = call float @llvm.fma.f32(float %1402, float 0x3FC0527DC0000000, float %1628)
	%1630 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1629)
	%1631 = call float @llvm.fma.f32(float %1403, float 0x3FC0527DC0000000, float %1628)
	%1632 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1631)
	%1633 = call float @llvm.fma.f32(float %1406, float 0x3FC0527DC0000000, float %1628)
	%1634 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1633)
	%1635 = call float @llvm.fma.f32(float %1407, float 0x3FC0527DC0000000, float %1628)
	%1636 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1635)
	%1637 = call float @llvm.fma.f32(float %1410, float 0x3FC0527DC0000000, float %1628)
	%1638 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1637)
	%1639 = call float @llvm.fma.f32(float %1411, float 0x3FC0527DC0000000, float %1628)
	%1640 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1639)
	%1641 = call float @llvm.fma.f32(float %1414, float 0x3FC0527DC0000000, float %1628)
	%1642 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1641)
	%1643 = call float @llvm.fma.f32(float %1415, float 0x3FC0527DC0000000, float %1628)
	%1644 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1643)
	%1645 = call float @llvm.fma.f32(float %1418, float 0x3FC0527DC0000000, float %1628)
	%1646 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1645)
	%1647 = call float @llvm.fma.f32(float %1419, float 0x3FC0527DC0000000, float %1628)
	%1648 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1647)
	%1649 = call float @llvm.fma.f32(float %1422, float 0x3FC0527DC0000000, float %1628)
	%1650 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1649)
	%1651 = call float @llvm.fma.f32(float %1423, float 0x3FC0527DC0000000, float %1628)
	%1652 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1651)
	%1653 = call float @llvm.fma.f32(float %1426, float 0x3FC0527DC0000000, float %1628)
	%1654 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1653)
	%1655 = call float @llvm.fma.f32(float %1427, float 0x3FC0527DC0000000, float %1628)
	%1656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1655)
	%1657 = call float @llvm.fma.f32(float %1430, float 0x3FC0527DC0000000, float %1628)
	%1658 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1657)
	%1659 = call float @llvm.fma.f32(float %1431, float 0x3FC0527DC0000000, float %1628)
	%1660 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1659)
	%1661 = fadd float %1630, %1632
	%1662 = fadd float %1634, %1636
	%1663 = fadd float %1638, %1640
	%1664 = fadd float %1642, %1644
	%1665 = fadd float %1646, %1648
	%1666 = fadd float %1650, %1652
	%1667 = fadd float %1654, %1656
	%1668 = fadd float %1658, %1660
	%1669 = fadd float %1661, %1662
	%1670 = fadd float %1663, %1664
	%1671 = fadd float %1665, %1666
	%1672 = fadd float %1667, %1668
	%1673 = fadd float %1669, %1670
	%1674 = fadd float %1671, %1672
	%1675 = fadd float %1673, %1674
	%1676 = fadd float %1623, %1675
	%1677 = select i1 %1482, float %1478, float %297
	%1678 = fcmp oeq float %1677, 0xFFF0000000000000
	%1679 = select i1 %1678, float 0.0, float %1677
	%1680 = fneg float %1679
	%1681 = call float @llvm.fma.f32(float %1404, float 0x3FC0527DC0000000, float %1680)
	%1682 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1681)
	%1683 = call float @llvm.fma.f32(float %1405, float 0x3FC0527DC0000000, float %1680)
	%1684 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1683)
	%1685 = call float @llvm.fma.f32(float %1408, float 0x3FC0527DC0000000, float %1680)
	%1686 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1685)
	%1687 = call float @llvm.fma.f32(float %1409, float 0x3FC0527DC0000000, float %1680)
	%1688 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1687)
	%1689 = call float @llvm.fma.f32(float %1412, float 0x3FC0527DC0000000, float %1680)
	%1690 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1689)
	%1691 = call float @llvm.fma.f32(float %1413, float 0x3FC0527DC0000000, float %1680)
	%1692 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1691)
	%1693 = call float @llvm.fma.f32(float %1416, float 0x3FC0527DC0000000, float %1680)
	%1694 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1693)
	%1695 = call float @llvm.fma.f32(float %1417, float 0x3FC0527DC0000000, float %1680)
	%1696 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1695)
	%1697 = call float @llvm.fma.f32(float %1420, float 0x3FC0527DC0000000, float %1680)
	%1698 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1697)
	%1699 = call float @llvm.fma.f32(float %1421, float 0x3FC0527DC0000000, float %1680)
	%1700 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1699)
	%1701 = call float @llvm.fma.f32(float %1424, float 0x3FC0527DC0000000, float %1680)
	%1702 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1701)
	%1703 = call float @llvm.fma.f32(float %1425, float 0x3FC0527DC0000000, float %1680)
	%1704 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1703)
	%1705 = call float @llvm.fma.f32(float %1428, float 0x3FC0527DC0000000, float %1680)
	%1706 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1705)
	%1707 = call float @llvm.fma.f32(float %1429, float 0x3FC0527DC0000000, float %1680)
	%1708 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1707)
	%1709 = call float @llvm.fma.f32(float %1432, float 0x3FC0527DC0000000, float %1680)
	%1710 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1709)
	%1711 = call float @llvm.fma.f32(float %1433, float 0x3FC0527DC0000000, float %1680)
	%1712 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1711)
	%1713 = fadd float %1682, %1684
	%1714 = fadd float %1686, %1688
	%1715 = fadd float %1690, %1692
	%1716 = fadd float %1694, %1696
	%1717 = fadd float %1698, %1700
	%1718 = fadd float %1702, %1704
	%1719 = fadd float %1706, %1708
	%1720 = fadd float %1710, %1712
	%1721 = fadd float %1713, %1714
	%1722 = fadd float %1715, %1716
	%1723 = fadd float %1717, %1718
	%1724 = fadd float %1719, %1720
	%1725 = fadd float %1721, %1722
	%1726 = fadd float %1723, %1724
	%1727 = fadd float %1725, %1726
	%1728 = fadd float %1624, %1727
	%1729 = add i32 %229, 1
	%1730 = icmp slt i32 %1729, %NK
	%1731 = select i1 %1730, i32 %1729, i32 0
	%1732 = add i32 %29, %1731
	%1733 = sext i32 %1732 to i64
	%1734 = getelementptr i32, i32* %list, i64 %1733
	%1735 = load i32, i32* %1734
	%1736 = select i1 %1730, i32 %1735, i32 -1
	%1737 = icmp sge i32 %1736, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1737, label %prefetch, label %pv

prefetch:
	%1738 = mul i32 %1736, 64
	%1739 = lshr i32 %2, 4
	%1740 = and i32 %2, 15
	%1741 = and i32 %1739, 7
	%1742 = xor i32 %1740, %1741
	%1743 = mul i32 %1739, 16
	%1744 = add i32 %1743, %1742
	%1745 = shl i32 %1744, 4
	%1746 = add i32 %0, %1745
	%1747 = add i32 %1738, %1739
	%1748 = mul i32 %1747, 128
	%1749 = mul i32 %1740, 8
	%1750 = add i32 %1748, %1749
	%1751 = sext i32 %1750 to i64
	%1752 = getelementptr i16, i16* %20, i64 %1751
	%1753 = add i32 %1747, 0
	%1754 = icmp slt i32 %1753, %N
	%1755 = getelementptr i16, i16* %1752, i64 0
	%1756 = select i1 %1754, i16* %1755, i16* %20
	%1757 = add i32 %1746, 0
	%1758 = select i1 %1754, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1757, i16* %1756, i32 %1758)
	%1759 = add i32 %1747, 8
	%1760 = icmp slt i32 %1759, %N
	%1761 = getelementptr i16, i16* %1752, i64 1024
	%1762 = select i1 %1760, i16* %1761, i16* %20
	%1763 = add i32 %1746, 2048
	%1764 = select i1 %1760, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1763, i16* %1762, i32 %1764)
	%1765 = add i32 %1747, 16
	%1766 = icmp slt i32 %1765, %N
	%1767 = getelementptr i16, i16* %1752, i64 2048
	%1768 = select i1 %1766, i16* %1767, i16* %20
	%1769 = add i32 %1746, u0x1000
	%1770 = select i1 %1766, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1769, i16* %1768, i32 %1770)
	%1771 = add i32 %1747, 24
	%1772 = icmp slt i32 %1771, %N
	%1773 = getelementptr i16, i16* %1752, i64 3072
	%1774 = select i1 %1772, i16* %1773, i16* %20
	%1775 = add i32 %1746, 6144
	%1776 = select i1 %1772, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1775, i16* %1774, i32 %1776)
	%1777 = add i32 %1747, 32
	%1778 = icmp slt i32 %1777, %N
	%1779 = getelementptr i16, i16* %1752, i64 u0x1000
	%1780 = select i1 %1778, i16* %1779, i16* %20
	%1781 = add i32 %1746, u0x2000
	%1782 = select i1 %1778, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1781, i16* %1780, i32 %1782)
	%1783 = add i32 %1747, 40
	%1784 = icmp slt i32 %1783, %N
	%1785 = getelementptr i16, i16* %1752, i64 5120
	%1786 = select i1 %1784, i16* %1785, i16* %20
	%1787 = add i32 %1746, 10240
	%1788 = select i1 %1784, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1787, i16* %1786, i32 %1788)
	%1789 = add i32 %1747, 48
	%1790 = icmp slt i32 %1789, %N
	%1791 = getelementptr i16, i16* %1752, i64 6144
	%1792 = select i1 %1790, i16* %1791, i16* %20
	%1793 = add i32 %1746, 12288
	%1794 = select i1 %1790, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1793, i16* %1792, i32 %1794)
	%1795 = add i32 %1747, 56
	%1796 = icmp slt i32 %1795, %N
	%1797 = getelementptr i16, i16* %1752, i64 7168
	%1798 = select i1 %1796, i16* %1797, i16* %20
	%1799 = add i32 %1746, 14336
	%1800 = select i1 %1796, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1799, i16* %1798, i32 %1800)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1801 = and i32 %4, 7
	%1802 = lshr i32 %4, 3
	%1803 = and i32 %1802, 1
	%1804 = shl i32 %1803, 3
	%1805 = add i32 %1801, %1804
	%1806 = mul i32 %1805, 256
	%1807 = add i32 %1, %1806
	%1808 = and i32 %4, 7
	%1809 = xor i32 %108, %1808
	%1810 = shl i32 %1809, 4
	%1811 = add i32 %1807, %1810
	%1812 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1632, float %1630)
	%1813 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1684, float %1682)
	%1814 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1636, float %1634)
	%1815 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1688, float %1686)
	%1816 = xor i32 %1811, 0
	%1817 = add i32 %1816, 0
	%1818 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1817)
	%1819 = extractvalue { i32, i32, i32, i32 } %1818, 0
	%1820 = extractvalue { i32, i32, i32, i32 } %1818, 1
	%1821 = extractvalue { i32, i32, i32, i32 } %1818, 2
	%1822 = extractvalue { i32, i32, i32, i32 } %1818, 3
	%1823 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1819, i32 %1820, float %1559, float %1560, float %1561, float %1562)
	%1824 = extractvalue { float, float, float, float } %1823, 0
	%1825 = extractvalue { float, float, float, float } %1823, 1
	%1826 = extractvalue { float, float, float, float } %1823, 2
	%1827 = extractvalue { float, float, float, float } %1823, 3
	%1828 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1821, i32 %1822, float %1563, float %1564, float %1565, float %1566)
	%1829 = extractvalue { float, float, float, float } %1828, 0
	%1830 = extractvalue { float, float, float, float } %1828, 1
	%1831 = extractvalue { float, float, float, float } %1828, 2
	%1832 = extractvalue { float, float, float, float } %1828, 3
	%1833 = xor i32 %1811, 32
	%1834 = add i32 %1833, 0
	%1835 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1834)
	%1836 = extractvalue { i32, i32, i32, i32 } %1835, 0
	%1837 = extractvalue { i32, i32, i32, i32 } %1835, 1
	%1838 = extractvalue { i32, i32, i32, i32 } %1835, 2
	%1839 = extractvalue { i32, i32, i32, i32 } %1835, 3
	%1840 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1836, i32 %1837, float %1567, float %1568, float %1569, float %1570)
	%1841 = extractvalue { float, float, float, float } %1840, 0
	%1842 = extractvalue { float, float, float, float } %1840, 1
	%1843 = extractvalue { float, float, float, float } %1840, 2
	%1844 = extractvalue { float, float, float, float } %1840, 3
	%1845 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1838, i32 %1839, float %1571, float %1572, float %1573, float %1574)
	%1846 = extractvalue { float, float, float, float } %1845, 0
	%1847 = extractvalue { float, float, float, float } %1845, 1
	%1848 = extractvalue { float, float, float, float } %1845, 2
	%1849 = extractvalue { float, float, float, float } %1845, 3
	%1850 = xor i32 %1811, 64
	%1851 = add i32 %1850, 0
	%1852 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1851)
	%1853 = extractvalue { i32, i32, i32, i32 } %1852, 0
	%1854 = extractvalue { i32, i32, i32, i32 } %1852, 1
	%1855 = extractvalue { i32, i32, i32, i32 } %1852, 2
	%1856 = extractvalue { i32, i32, i32, i32 } %1852, 3
	%1857 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1853, i32 %1854, float %1575, float %1576, float %1577, float %1578)
	%1858 = extractvalue { float, float, float, float } %1857, 0
	%1859 = extractvalue { float, float, float, float } %1857, 1
	%1860 = extractvalue { float, float, float, float } %1857, 2
	%1861 = extractvalue { float, float, float, float } %1857, 3
	%1862 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1855, i32 %1856, float %1579, float %1580, float %1581, float %1582)
	%1863 = extractvalue { float, float, float, float } %1862, 0
	%1864 = extractvalue { float, float, float, float } %1862, 1
	%1865 = extractvalue { float, float, float, float } %1862, 2
	%1866 = extractvalue { float, float, float, float } %1862, 3
	%1867 = xor i32 %1811, 96
	%1868 = add i32 %1867, 0
	%1869 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1868)
	%1870 = extractvalue { i32, i32, i32, i32 } %1869, 0
	%1871 = extractvalue { i32, i32, i32, i32 } %1869, 1
	%1872 = extractvalue { i32, i32, i32, i32 } %1869, 2
	%1873 = extractvalue { i32, i32, i32, i32 } %1869, 3
	%1874 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1870, i32 %1871, float %1583, float %1584, float %1585, float %1586)
	%1875 = extractvalue { float, float, float, float } %1874, 0
	%1876 = extractvalue { float, float, float, float } %1874, 1
	%1877 = extractvalue { float, float, float, float } %1874, 2
	%1878 = extractvalue { float, float, float, float } %1874, 3
	%1879 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1872, i32 %1873, float %1587, float %1588, float %1589, float %1590)
	%1880 = extractvalue { float, float, float, float } %1879, 0
	%1881 = extractvalue { float, float, float, float } %1879, 1
	%1882 = extractvalue { float, float, float, float } %1879, 2
	%1883 = extractvalue { float, float, float, float } %1879, 3
	%1884 = xor i32 %1811, 128
	%1885 = add i32 %1884, 0
	%1886 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1885)
	%1887 = extractvalue { i32, i32, i32, i32 } %1886, 0
	%1888 = extractvalue { i32, i32, i32, i32 } %1886, 1
	%1889 = extractvalue { i32, i32, i32, i32 } %1886, 2
	%1890 = extractvalue { i32, i32, i32, i32 } %1886, 3
	%1891 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1887, i32 %1888, float %1591, float %1592, float %1593, float %1594)
	%1892 = extractvalue { float, float, float, float } %1891, 0
	%1893 = extractvalue { float, float, float, float } %1891, 1
	%1894 = extractvalue { float, float, float, float } %1891, 2
	%1895 = extractvalue { float, float, float, float } %1891, 3
	%1896 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1889, i32 %1890, float %1595, float %1596, float %1597, float %1598)
	%1897 = extractvalue { float, float, float, float } %1896, 0
	%1898 = extractvalue { float, float, float, float } %1896, 1
	%1899 = extractvalue { float, float, float, float } %1896, 2
	%1900 = extractvalue { float, float, float, float } %1896, 3
	%1901 = xor i32 %1811, 160
	%1902 = add i32 %1901, 0
	%1903 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1902)
	%1904 = extractvalue { i32, i32, i32, i32 } %1903, 0
	%1905 = extractvalue { i32, i32, i32, i32 } %1903, 1
	%1906 = extractvalue { i32, i32, i32, i32 } %1903, 2
	%1907 = extractvalue { i32, i32, i32, i32 } %1903, 3
	%1908 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1904, i32 %1905, float %1599, float %1600, float %1601, float %1602)
	%1909 = extractvalue { float, float, float, float } %1908, 0
	%1910 = extractvalue { float, float, float, float } %1908, 1
	%1911 = extractvalue { float, float, float, float } %1908, 2
	%1912 = extractvalue { float, float, float, float } %1908, 3
	%1913 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1906, i32 %1907, float %1603, float %1604, float %1605, float %1606)
	%1914 = extractvalue { float, float, float, float } %1913, 0
	%1915 = extractvalue { float, float, float, float } %1913, 1
	%1916 = extractvalue { float, float, float, float } %1913, 2
	%1917 = extractvalue { float, float, float, float } %1913, 3
	%1918 = xor i32 %1811, 192
	%1919 = add i32 %1918, 0
	%1920 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1919)
	%1921 = extractvalue { i32, i32, i32, i32 } %1920, 0
	%1922 = extractvalue { i32, i32, i32, i32 } %1920, 1
	%1923 = extractvalue { i32, i32, i32, i32 } %1920, 2
	%1924 = extractvalue { i32, i32, i32, i32 } %1920, 3
	%1925 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1921, i32 %1922, float %1607, float %1608, float %1609, float %1610)
	%1926 = extractvalue { float, float, float, float } %1925, 0
	%1927 = extractvalue { float, float, float, float } %1925, 1
	%1928 = extractvalue { float, float, float, float } %1925, 2
	%1929 = extractvalue { float, float, float, float } %1925, 3
	%1930 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1923, i32 %1924, float %1611, float %1612, float %1613, float %1614)
	%1931 = extractvalue { float, float, float, float } %1930, 0
	%1932 = extractvalue { float, float, float, float } %1930, 1
	%1933 = extractvalue { float, float, float, float } %1930, 2
	%1934 = extractvalue { float, float, float, float } %1930, 3
	%1935 = xor i32 %1811, 224
	%1936 = add i32 %1935, 0
	%1937 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1936)
	%1938 = extractvalue { i32, i32, i32, i32 } %1937, 0
	%1939 = extractvalue { i32, i32, i32, i32 } %1937, 1
	%1940 = extractvalue { i32, i32, i32, i32 } %1937, 2
	%1941 = extractvalue { i32, i32, i32, i32 } %1937, 3
	%1942 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1938, i32 %1939, float %1615, float %1616, float %1617, float %1618)
	%1943 = extractvalue { float, float, float, float } %1942, 0
	%1944 = extractvalue { float, float, float, float } %1942, 1
	%1945 = extractvalue { float, float, float, float } %1942, 2
	%1946 = extractvalue { float, float, float, float } %1942, 3
	%1947 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1940, i32 %1941, float %1619, float %1620, float %1621, float %1622)
	%1948 = extractvalue { float, float, float, float } %1947, 0
	%1949 = extractvalue { float, float, float, float } %1947, 1
	%1950 = extractvalue { float, float, float, float } %1947, 2
	%1951 = extractvalue { float, float, float, float } %1947, 3
	%1952 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1640, float %1638)
	%1953 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1692, float %1690)
	%1954 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1644, float %1642)
	%1955 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1696, float %1694)
	%1956 = xor i32 %1811, 0
	%1957 = add i32 %1956, u0x1000
	%1958 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1957)
	%1959 = extractvalue { i32, i32, i32, i32 } %1958, 0
	%1960 = extractvalue { i32, i32, i32, i32 } %1958, 1
	%1961 = extractvalue { i32, i32, i32, i32 } %1958, 2
	%1962 = extractvalue { i32, i32, i32, i32 } %1958, 3
	%1963 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %1959, i32 %1960, float %1824, float %1825, float %1826, float %1827)
	%1964 = extractvalue { float, float, float, float } %1963, 0
	%1965 = extractvalue { float, float, float, float } %1963, 1
	%1966 = extractvalue { float, float, float, float } %1963, 2
	%1967 = extractvalue { float, float, float, float } %1963, 3
	%1968 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %1961, i32 %1962, float %1829, float %1830, float %1831, float %1832)
	%1969 = extractvalue { float, float, float, float } %1968, 0
	%1970 = extractvalue { float, float, float, float } %1968, 1
	%1971 = extractvalue { float, float, float, float } %1968, 2
	%1972 = extractvalue { float, float, float, float } %1968, 3
	%1973 = xor i32 %1811, 32
	%1974 = add i32 %1973, u0x1000
	%1975 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1974)
	%1976 = extractvalue { i32, i32, i32, i32 } %1975, 0
	%1977 = extractvalue { i32, i32, i32, i32 } %1975, 1
	%1978 = extractvalue { i32, i32, i32, i32 } %1975, 2
	%1979 = extractvalue { i32, i32, i32, i32 } %1975, 3
	%1980 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %1976, i32 %1977, float %1841, float %1842, float %1843, float %1844)
	%1981 = extractvalue { float, float, float, float } %1980, 0
	%1982 = extractvalue { float, float, float, float } %1980, 1
	%1983 = extractvalue { float, float, float, float } %1980, 2
	%1984 = extractvalue { float, float, float, float } %1980, 3
	%1985 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %1978, i32 %1979, float %1846, float %1847, float %1848, float %1849)
	%1986 = extractvalue { float, float, float, float } %1985, 0
	%1987 = extractvalue { float, float, float, float } %1985, 1
	%1988 = extractvalue { float, float, float, float } %1985, 2
	%1989 = extractvalue { float, float, float, float } %1985, 3
	%1990 = xor i32 %1811, 64
	%1991 = add i32 %1990, u0x1000
	%1992 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1991)
	%1993 = extractvalue { i32, i32, i32, i32 } %1992, 0
	%1994 = extractvalue { i32, i32, i32, i32 } %1992, 1
	%1995 = extractvalue { i32, i32, i32, i32 } %1992, 2
	%1996 = extractvalue { i32, i32, i32, i32 } %1992, 3
	%1997 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %1993, i32 %1994, float %1858, float %1859, float %1860, float %1861)
	%1998 = extractvalue { float, float, float, float } %1997, 0
	%1999 = extractvalue { float, float, float, float } %1997, 1
	%2000 = extractvalue { float, float, float, float } %1997, 2
	%2001 = extractvalue { float, float, float, float } %1997, 3
	%2002 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %1995, i32 %1996, float %1863, float %1864, float %1865, float %1866)
	%2003 = extractvalue { float, float, float, float } %2002, 0
	%2004 = extractvalue { float, float, float, float } %2002, 1
	%2005 = extractvalue { float, float, float, float } %2002, 2
	%2006 = extractvalue { float, float, float, float } %2002, 3
	%2007 = xor i32 %1811, 96
	%2008 = add i32 %2007, u0x1000
	%2009 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2008)
	%2010 = extractvalue { i32, i32, i32, i32 } %2009, 0
	%2011 = extractvalue { i32, i32, i32, i32 } %2009, 1
	%2012 = extractvalue { i32, i32, i32, i32 } %2009, 2
	%2013 = extractvalue { i32, i32, i32, i32 } %2009, 3
	%2014 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %2010, i32 %2011, float %1875, float %1876, float %1877, float %1878)
	%2015 = extractvalue { float, float, float, float } %2014, 0
	%2016 = extractvalue { float, float, float, float } %2014, 1
	%2017 = extractvalue { float, float, float, float } %2014, 2
	%2018 = extractvalue { float, float, float, float } %2014, 3
	%2019 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %2012, i32 %2013, float %1880, float %1881, float %1882, float %1883)
	%2020 = extractvalue { float, float, float, float } %2019, 0
	%2021 = extractvalue { float, float, float, float } %2019, 1
	%2022 = extractvalue { float, float, float, float } %2019, 2
	%2023 = extractvalue { float, float, float, float } %2019, 3
	%2024 = xor i32 %1811, 128
	%2025 = add i32 %2024, u0x1000
	%2026 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2025)
	%2027 = extractvalue { i32, i32, i32, i32 } %2026, 0
	%2028 = extractvalue { i32, i32, i32, i32 } %2026, 1
	%2029 = extractvalue { i32, i32, i32, i32 } %2026, 2
	%2030 = extractvalue { i32, i32, i32, i32 } %2026, 3
	%2031 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %2027, i32 %2028, float %1892, float %1893, float %1894, float %1895)
	%2032 = extractvalue { float, float, float, float } %2031, 0
	%2033 = extractvalue { float, float, float, float } %2031, 1
	%2034 = extractvalue { float, float, float, float } %2031, 2
	%2035 = extractvalue { float, float, float, float } %2031, 3
	%2036 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %2029, i32 %2030, float %1897, float %1898, float %1899, float %1900)
	%2037 = extractvalue { float, float, float, float } %2036, 0
	%2038 = extractvalue { float, float, float, float } %2036, 1
	%2039 = extractvalue { float, float, float, float } %2036, 2
	%2040 = extractvalue { float, float, float, float } %2036, 3
	%2041 = xor i32 %1811, 160
	%2042 = add i32 %2041, u0x1000
	%2043 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2042)
	%2044 = extractvalue { i32, i32, i32, i32 } %2043, 0
	%2045 = extractvalue { i32, i32, i32, i32 } %2043, 1
	%2046 = extractvalue { i32, i32, i32, i32 } %2043, 2
	%2047 = extractvalue { i32, i32, i32, i32 } %2043, 3
	%2048 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %2044, i32 %2045, float %1909, float %1910, float %1911, float %1912)
	%2049 = extractvalue { float, float, float, float } %2048, 0
	%2050 = extractvalue { float, float, float, float } %2048, 1
	%2051 = extractvalue { float, float, float, float } %2048, 2
	%2052 = extractvalue { float, float, float, float } %2048, 3
	%2053 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %2046, i32 %2047, float %1914, float %1915, float %1916, float %1917)
	%2054 = extractvalue { float, float, float, float } %2053, 0
	%2055 = extractvalue { float, float, float, float } %2053, 1
	%2056 = extractvalue { float, float, float, float } %2053, 2
	%2057 = extractvalue { float, float, float, float } %2053, 3
	%2058 = xor i32 %1811, 192
	%2059 = add i32 %2058, u0x1000
	%2060 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2059)
	%2061 = extractvalue { i32, i32, i32, i32 } %2060, 0
	%2062 = extractvalue { i32, i32, i32, i32 } %2060, 1
	%2063 = extractvalue { i32, i32, i32, i32 } %2060, 2
	%2064 = extractvalue { i32, i32, i32, i32 } %2060, 3
	%2065 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %2061, i32 %2062, float %1926, float %1927, float %1928, float %1929)
	%2066 = extractvalue { float, float, float, float } %2065, 0
	%2067 = extractvalue { float, float, float, float } %2065, 1
	%2068 = extractvalue { float, float, float, float } %2065, 2
	%2069 = extractvalue { float, float, float, float } %2065, 3
	%2070 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %2063, i32 %2064, float %1931, float %1932, float %1933, float %1934)
	%2071 = extractvalue { float, float, float, float } %2070, 0
	%2072 = extractvalue { float, float, float, float } %2070, 1
	%2073 = extractvalue { float, float, float, float } %2070, 2
	%2074 = extractvalue { float, float, float, float } %2070, 3
	%2075 = xor i32 %1811, 224
	%2076 = add i32 %2075, u0x1000
	%2077 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2076)
	%2078 = extractvalue { i32, i32, i32, i32 } %2077, 0
	%2079 = extractvalue { i32, i32, i32, i32 } %2077, 1
	%2080 = extractvalue { i32, i32, i32, i32 } %2077, 2
	%2081 = extractvalue { i32, i32, i32, i32 } %2077, 3
	%2082 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %2078, i32 %2079, float %1943, float %1944, float %1945, float %1946)
	%2083 = extractvalue { float, float, float, float } %2082, 0
	%2084 = extractvalue { float, float, float, float } %2082, 1
	%2085 = extractvalue { float, float, float, float } %2082, 2
	%2086 = extractvalue { float, float, float, float } %2082, 3
	%2087 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1952, i32 %1953, i32 %1954, i32 %1955, i32 %2080, i32 %2081, float %1948, float %1949, float %1950, float %1951)
	%2088 = extractvalue { float, float, float, float } %2087, 0
	%2089 = extractvalue { float, float, float, float } %2087, 1
	%2090 = extractvalue { float, float, float, float } %2087, 2
	%2091 = extractvalue { float, float, float, float } %2087, 3
	%2092 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1648, float %1646)
	%2093 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1700, float %1698)
	%2094 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1652, float %1650)
	%2095 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1704, float %1702)
	%2096 = xor i32 %1811, 0
	%2097 = add i32 %2096, u0x2000
	%2098 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2097)
	%2099 = extractvalue { i32, i32, i32, i32 } %2098, 0
	%2100 = extractvalue { i32, i32, i32, i32 } %2098, 1
	%2101 = extractvalue { i32, i32, i32, i32 } %2098, 2
	%2102 = extractvalue { i32, i32, i32, i32 } %2098, 3
	%2103 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2099, i32 %2100, float %1964, float %1965, float %1966, float %1967)
	%2104 = extractvalue { float, float, float, float } %2103, 0
	%2105 = extractvalue { float, float, float, float } %2103, 1
	%2106 = extractvalue { float, float, float, float } %2103, 2
	%2107 = extractvalue { float, float, float, float } %2103, 3
	%2108 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2101, i32 %2102, float %1969, float %1970, float %1971, float %1972)
	%2109 = extractvalue { float, float, float, float } %2108, 0
	%2110 = extractvalue { float, float, float, float } %2108, 1
	%2111 = extractvalue { float, float, float, float } %2108, 2
	%2112 = extractvalue { float, float, float, float } %2108, 3
	%2113 = xor i32 %1811, 32
	%2114 = add i32 %2113, u0x2000
	%2115 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2114)
	%2116 = extractvalue { i32, i32, i32, i32 } %2115, 0
	%2117 = extractvalue { i32, i32, i32, i32 } %2115, 1
	%2118 = extractvalue { i32, i32, i32, i32 } %2115, 2
	%2119 = extractvalue { i32, i32, i32, i32 } %2115, 3
	%2120 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2116, i32 %2117, float %1981, float %1982, float %1983, float %1984)
	%2121 = extractvalue { float, float, float, float } %2120, 0
	%2122 = extractvalue { float, float, float, float } %2120, 1
	%2123 = extractvalue { float, float, float, float } %2120, 2
	%2124 = extractvalue { float, float, float, float } %2120, 3
	%2125 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2118, i32 %2119, float %1986, float %1987, float %1988, float %1989)
	%2126 = extractvalue { float, float, float, float } %2125, 0
	%2127 = extractvalue { float, float, float, float } %2125, 1
	%2128 = extractvalue { float, float, float, float } %2125, 2
	%2129 = extractvalue { float, float, float, float } %2125, 3
	%2130 = xor i32 %1811, 64
	%2131 = add i32 %2130, u0x2000
	%2132 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2131)
	%2133 = extractvalue { i32, i32, i32, i32 } %2132, 0
	%2134 = extractvalue { i32, i32, i32, i32 } %2132, 1
	%2135 = extractvalue { i32, i32, i32, i32 } %2132, 2
	%2136 = extractvalue { i32, i32, i32, i32 } %2132, 3
	%2137 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2133, i32 %2134, float %1998, float %1999, float %2000, float %2001)
	%2138 = extractvalue { float, float, float, float } %2137, 0
	%2139 = extractvalue { float, float, float, float } %2137, 1
	%2140 = extractvalue { float, float, float, float } %2137, 2
	%2141 = extractvalue { float, float, float, float } %2137, 3
	%2142 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2135, i32 %2136, float %2003, float %2004, float %2005, float %2006)
	%2143 = extractvalue { float, float, float, float } %2142, 0
	%2144 = extractvalue { float, float, float, float } %2142, 1
	%2145 = extractvalue { float, float, float, float } %2142, 2
	%2146 = extractvalue { float, float, float, float } %2142, 3
	%2147 = xor i32 %1811, 96
	%2148 = add i32 %2147, u0x2000
	%2149 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2148)
	%2150 = extractvalue { i32, i32, i32, i32 } %2149, 0
	%2151 = extractvalue { i32, i32, i32, i32 } %2149, 1
	%2152 = extractvalue { i32, i32, i32, i32 } %2149, 2
	%2153 = extractvalue { i32, i32, i32, i32 } %2149, 3
	%2154 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2150, i32 %2151, float %2015, float %2016, float %2017, float %2018)
	%2155 = extractvalue { float, float, float, float } %2154, 0
	%2156 = extractvalue { float, float, float, float } %2154, 1
	%2157 = extractvalue { float, float, float, float } %2154, 2
	%2158 = extractvalue { float, float, float, float } %2154, 3
	%2159 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2152, i32 %2153, float %2020, float %2021, float %2022, float %2023)
	%2160 = extractvalue { float, float, float, float } %2159, 0
	%2161 = extractvalue { float, float, float, float } %2159, 1
	%2162 = extractvalue { float, float, float, float } %2159, 2
	%2163 = extractvalue { float, float, float, float } %2159, 3
	%2164 = xor i32 %1811, 128
	%2165 = add i32 %2164, u0x2000
	%2166 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2165)
	%2167 = extractvalue { i32, i32, i32, i32 } %2166, 0
	%2168 = extractvalue { i32, i32, i32, i32 } %2166, 1
	%2169 = extractvalue { i32, i32, i32, i32 } %2166, 2
	%2170 = extractvalue { i32, i32, i32, i32 } %2166, 3
	%2171 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2167, i32 %2168, float %2032, float %2033, float %2034, float %2035)
	%2172 = extractvalue { float, float, float, float } %2171, 0
	%2173 = extractvalue { float, float, float, float } %2171, 1
	%2174 = extractvalue { float, float, float, float } %2171, 2
	%2175 = extractvalue { float, float, float, float } %2171, 3
	%2176 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2169, i32 %2170, float %2037, float %2038, float %2039, float %2040)
	%2177 = extractvalue { float, float, float, float } %2176, 0
	%2178 = extractvalue { float, float, float, float } %2176, 1
	%2179 = extractvalue { float, float, float, float } %2176, 2
	%2180 = extractvalue { float, float, float, float } %2176, 3
	%2181 = xor i32 %1811, 160
	%2182 = add i32 %2181, u0x2000
	%2183 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2182)
	%2184 = extractvalue { i32, i32, i32, i32 } %2183, 0
	%2185 = extractvalue { i32, i32, i32, i32 } %2183, 1
	%2186 = extractvalue { i32, i32, i32, i32 } %2183, 2
	%2187 = extractvalue { i32, i32, i32, i32 } %2183, 3
	%2188 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2184, i32 %2185, float %2049, float %2050, float %2051, float %2052)
	%2189 = extractvalue { float, float, float, float } %2188, 0
	%2190 = extractvalue { float, float, float, float } %2188, 1
	%2191 = extractvalue { float, float, float, float } %2188, 2
	%2192 = extractvalue { float, float, float, float } %2188, 3
	%2193 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2186, i32 %2187, float %2054, float %2055, float %2056, float %2057)
	%2194 = extractvalue { float, float, float, float } %2193, 0
	%2195 = extractvalue { float, float, float, float } %2193, 1
	%2196 = extractvalue { float, float, float, float } %2193, 2
	%2197 = extractvalue { float, float, float, float } %2193, 3
	%2198 = xor i32 %1811, 192
	%2199 = add i32 %2198, u0x2000
	%2200 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2199)
	%2201 = extractvalue { i32, i32, i32, i32 } %2200, 0
	%2202 = extractvalue { i32, i32, i32, i32 } %2200, 1
	%2203 = extractvalue { i32, i32, i32, i32 } %2200, 2
	%2204 = extractvalue { i32, i32, i32, i32 } %2200, 3
	%2205 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2201, i32 %2202, float %2066, float %2067, float %2068, float %2069)
	%2206 = extractvalue { float, float, float, float } %2205, 0
	%2207 = extractvalue { float, float, float, float } %2205, 1
	%2208 = extractvalue { float, float, float, float } %2205, 2
	%2209 = extractvalue { float, float, float, float } %2205, 3
	%2210 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2203, i32 %2204, float %2071, float %2072, float %2073, float %2074)
	%2211 = extractvalue { float, float, float, float } %2210, 0
	%2212 = extractvalue { float, float, float, float } %2210, 1
	%2213 = extractvalue { float, float, float, float } %2210, 2
	%2214 = extractvalue { float, float, float, float } %2210, 3
	%2215 = xor i32 %1811, 224
	%2216 = add i32 %2215, u0x2000
	%2217 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2216)
	%2218 = extractvalue { i32, i32, i32, i32 } %2217, 0
	%2219 = extractvalue { i32, i32, i32, i32 } %2217, 1
	%2220 = extractvalue { i32, i32, i32, i32 } %2217, 2
	%2221 = extractvalue { i32, i32, i32, i32 } %2217, 3
	%2222 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2218, i32 %2219, float %2083, float %2084, float %2085, float %2086)
	%2223 = extractvalue { float, float, float, float } %2222, 0
	%2224 = extractvalue { float, float, float, float } %2222, 1
	%2225 = extractvalue { float, float, float, float } %2222, 2
	%2226 = extractvalue { float, float, float, float } %2222, 3
	%2227 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2092, i32 %2093, i32 %2094, i32 %2095, i32 %2220, i32 %2221, float %2088, float %2089, float %2090, float %2091)
	%2228 = extractvalue { float, float, float, float } %2227, 0
	%2229 = extractvalue { float, float, float, float } %2227, 1
	%2230 = extractvalue { float, float, float, float } %2227, 2
	%2231 = extractvalue { float, float, float, float } %2227, 3
	%2232 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1656, float %1654)
	%2233 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1708, float %1706)
	%2234 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1660, float %1658)
	%2235 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1712, float %1710)
	%2236 = xor i32 %1811, 0
	%2237 = add i32 %2236, 12288
	%2238 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2237)
	%2239 = extractvalue { i32, i32, i32, i32 } %2238, 0
	%2240 = extractvalue { i32, i32, i32, i32 } %2238, 1
	%2241 = extractvalue { i32, i32, i32, i32 } %2238, 2
	%2242 = extractvalue { i32, i32, i32, i32 } %2238, 3
	%2243 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2239, i32 %2240, float %2104, float %2105, float %2106, float %2107)
	%2244 = extractvalue { float, float, float, float } %2243, 0
	%2245 = extractvalue { float, float, float, float } %2243, 1
	%2246 = extractvalue { float, float, float, float } %2243, 2
	%2247 = extractvalue { float, float, float, float } %2243, 3
	%2248 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2241, i32 %2242, float %2109, float %2110, float %2111, float %2112)
	%2249 = extractvalue { float, float, float, float } %2248, 0
	%2250 = extractvalue { float, float, float, float } %2248, 1
	%2251 = extractvalue { float, float, float, float } %2248, 2
	%2252 = extractvalue { float, float, float, float } %2248, 3
	%2253 = xor i32 %1811, 32
	%2254 = add i32 %2253, 12288
	%2255 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2254)
	%2256 = extractvalue { i32, i32, i32, i32 } %2255, 0
	%2257 = extractvalue { i32, i32, i32, i32 } %2255, 1
	%2258 = extractvalue { i32, i32, i32, i32 } %2255, 2
	%2259 = extractvalue { i32, i32, i32, i32 } %2255, 3
	%2260 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2256, i32 %2257, float %2121, float %2122, float %2123, float %2124)
	%2261 = extractvalue { float, float, float, float } %2260, 0
	%2262 = extractvalue { float, float, float, float } %2260, 1
	%2263 = extractvalue { float, float, float, float } %2260, 2
	%2264 = extractvalue { float, float, float, float } %2260, 3
	%2265 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2258, i32 %2259, float %2126, float %2127, float %2128, float %2129)
	%2266 = extractvalue { float, float, float, float } %2265, 0
	%2267 = extractvalue { float, float, float, float } %2265, 1
	%2268 = extractvalue { float, float, float, float } %2265, 2
	%2269 = extractvalue { float, float, float, float } %2265, 3
	%2270 = xor i32 %1811, 64
	%2271 = add i32 %2270, 12288
	%2272 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2271)
	%2273 = extractvalue { i32, i32, i32, i32 } %2272, 0
	%2274 = extractvalue { i32, i32, i32, i32 } %2272, 1
	%2275 = extractvalue { i32, i32, i32, i32 } %2272, 2
	%2276 = extractvalue { i32, i32, i32, i32 } %2272, 3
	%2277 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2273, i32 %2274, float %2138, float %2139, float %2140, float %2141)
	%2278 = extractvalue { float, float, float, float } %2277, 0
	%2279 = extractvalue { float, float, float, float } %2277, 1
	%2280 = extractvalue { float, float, float, float } %2277, 2
	%2281 = extractvalue { float, float, float, float } %2277, 3
	%2282 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2275, i32 %2276, float %2143, float %2144, float %2145, float %2146)
	%2283 = extractvalue { float, float, float, float } %2282, 0
	%2284 = extractvalue { float, float, float, float } %2282, 1
	%2285 = extractvalue { float, float, float, float } %2282, 2
	%2286 = extractvalue { float, float, float, float } %2282, 3
	%2287 = xor i32 %1811, 96
	%2288 = add i32 %2287, 12288
	%2289 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2288)
	%2290 = extractvalue { i32, i32, i32, i32 } %2289, 0
	%2291 = extractvalue { i32, i32, i32, i32 } %2289, 1
	%2292 = extractvalue { i32, i32, i32, i32 } %2289, 2
	%2293 = extractvalue { i32, i32, i32, i32 } %2289, 3
	%2294 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2290, i32 %2291, float %2155, float %2156, float %2157, float %2158)
	%2295 = extractvalue { float, float, float, float } %2294, 0
	%2296 = extractvalue { float, float, float, float } %2294, 1
	%2297 = extractvalue { float, float, float, float } %2294, 2
	%2298 = extractvalue { float, float, float, float } %2294, 3
	%2299 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2292, i32 %2293, float %2160, float %2161, float %2162, float %2163)
	%2300 = extractvalue { float, float, float, float } %2299, 0
	%2301 = extractvalue { float, float, float, float } %2299, 1
	%2302 = extractvalue { float, float, float, float } %2299, 2
	%2303 = extractvalue { float, float, float, float } %2299, 3
	%2304 = xor i32 %1811, 128
	%2305 = add i32 %2304, 12288
	%2306 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2305)
	%2307 = extractvalue { i32, i32, i32, i32 } %2306, 0
	%2308 = extractvalue { i32, i32, i32, i32 } %2306, 1
	%2309 = extractvalue { i32, i32, i32, i32 } %2306, 2
	%2310 = extractvalue { i32, i32, i32, i32 } %2306, 3
	%2311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2307, i32 %2308, float %2172, float %2173, float %2174, float %2175)
	%2312 = extractvalue { float, float, float, float } %2311, 0
	%2313 = extractvalue { float, float, float, float } %2311, 1
	%2314 = extractvalue { float, float, float, float } %2311, 2
	%2315 = extractvalue { float, float, float, float } %2311, 3
	%2316 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2309, i32 %2310, float %2177, float %2178, float %2179, float %2180)
	%2317 = extractvalue { float, float, float, float } %2316, 0
	%2318 = extractvalue { float, float, float, float } %2316, 1
	%2319 = extractvalue { float, float, float, float } %2316, 2
	%2320 = extractvalue { float, float, float, float } %2316, 3
	%2321 = xor i32 %1811, 160
	%2322 = add i32 %2321, 12288
	%2323 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2322)
	%2324 = extractvalue { i32, i32, i32, i32 } %2323, 0
	%2325 = extractvalue { i32, i32, i32, i32 } %2323, 1
	%2326 = extractvalue { i32, i32, i32, i32 } %2323, 2
	%2327 = extractvalue { i32, i32, i32, i32 } %2323, 3
	%2328 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2324, i32 %2325, float %2189, float %2190, float %2191, float %2192)
	%2329 = extractvalue { float, float, float, float } %2328, 0
	%2330 = extractvalue { float, float, float, float } %2328, 1
	%2331 = extractvalue { float, float, float, float } %2328, 2
	%2332 = extractvalue { float, float, float, float } %2328, 3
	%2333 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2326, i32 %2327, float %2194, float %2195, float %2196, float %2197)
	%2334 = extractvalue { float, float, float, float } %2333, 0
	%2335 = extractvalue { float, float, float, float } %2333, 1
	%2336 = extractvalue { float, float, float, float } %2333, 2
	%2337 = extractvalue { float, float, float, float } %2333, 3
	%2338 = xor i32 %1811, 192
	%2339 = add i32 %2338, 12288
	%2340 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2339)
	%2341 = extractvalue { i32, i32, i32, i32 } %2340, 0
	%2342 = extractvalue { i32, i32, i32, i32 } %2340, 1
	%2343 = extractvalue { i32, i32, i32, i32 } %2340, 2
	%2344 = extractvalue { i32, i32, i32, i32 } %2340, 3
	%2345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2341, i32 %2342, float %2206, float %2207, float %2208, float %2209)
	%2346 = extractvalue { float, float, float, float } %2345, 0
	%2347 = extractvalue { float, float, float, float } %2345, 1
	%2348 = extractvalue { float, float, float, float } %2345, 2
	%2349 = extractvalue { float, float, float, float } %2345, 3
	%2350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2343, i32 %2344, float %2211, float %2212, float %2213, float %2214)
	%2351 = extractvalue { float, float, float, float } %2350, 0
	%2352 = extractvalue { float, float, float, float } %2350, 1
	%2353 = extractvalue { float, float, float, float } %2350, 2
	%2354 = extractvalue { float, float, float, float } %2350, 3
	%2355 = xor i32 %1811, 224
	%2356 = add i32 %2355, 12288
	%2357 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2356)
	%2358 = extractvalue { i32, i32, i32, i32 } %2357, 0
	%2359 = extractvalue { i32, i32, i32, i32 } %2357, 1
	%2360 = extractvalue { i32, i32, i32, i32 } %2357, 2
	%2361 = extractvalue { i32, i32, i32, i32 } %2357, 3
	%2362 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2358, i32 %2359, float %2223, float %2224, float %2225, float %2226)
	%2363 = extractvalue { float, float, float, float } %2362, 0
	%2364 = extractvalue { float, float, float, float } %2362, 1
	%2365 = extractvalue { float, float, float, float } %2362, 2
	%2366 = extractvalue { float, float, float, float } %2362, 3
	%2367 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2232, i32 %2233, i32 %2234, i32 %2235, i32 %2360, i32 %2361, float %2228, float %2229, float %2230, float %2231)
	%2368 = extractvalue { float, float, float, float } %2367, 0
	%2369 = extractvalue { float, float, float, float } %2367, 1
	%2370 = extractvalue { float, float, float, float } %2367, 2
	%2371 = extractvalue { float, float, float, float } %2367, 3
	br i1 %1737, label %loop, label %epilogue

store0:
	%2372 = mul i32 %10, %M
	%2373 = add i32 %2372, %984
	%2374 = mul i32 %2373, 128
	%2375 = shl i32 %6, 1
	%2376 = add i32 0, %2375
	%2377 = add i32 %2374, %2376
	%2378 = sext i32 %2377 to i64
	%2379 = getelementptr i16, i16* %out, i64 %2378
	%2380 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %986, float %985)
	%2381 = bitcast i16* %2379 to i32*
	store i32 %2380, i32* %2381
	%2382 = shl i32 %6, 1
	%2383 = add i32 8, %2382
	%2384 = add i32 %2374, %2383
	%2385 = sext i32 %2384 to i64
	%2386 = getelementptr i16, i16* %out, i64 %2385
	%2387 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %988, float %987)
	%2388 = bitcast i16* %2386 to i32*
	store i32 %2387, i32* %2388
	%2389 = shl i32 %6, 1
	%2390 = add i32 16, %2389
	%2391 = add i32 %2374, %2390
	%2392 = sext i32 %2391 to i64
	%2393 = getelementptr i16, i16* %out, i64 %2392
	%2394 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %990, float %989)
	%2395 = bitcast i16* %2393 to i32*
	store i32 %2394, i32* %2395
	%2396 = shl i32 %6, 1
	%2397 = add i32 24, %2396
	%2398 = add i32 %2374, %2397
	%2399 = sext i32 %2398 to i64
	%2400 = getelementptr i16, i16* %out, i64 %2399
	%2401 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %992, float %991)
	%2402 = bitcast i16* %2400 to i32*
	store i32 %2401, i32* %2402
	%2403 = shl i32 %6, 1
	%2404 = add i32 32, %2403
	%2405 = add i32 %2374, %2404
	%2406 = sext i32 %2405 to i64
	%2407 = getelementptr i16, i16* %out, i64 %2406
	%2408 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %994, float %993)
	%2409 = bitcast i16* %2407 to i32*
	store i32 %2408, i32* %2409
	%2410 = shl i32 %6, 1
	%2411 = add i32 40, %2410
	%2412 = add i32 %2374, %2411
	%2413 = sext i32 %2412 to i64
	%2414 = getelementptr i16, i16* %out, i64 %2413
	%2415 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %996, float %995)
	%2416 = bitcast i16* %2414 to i32*
	store i32 %2415, i32* %2416
	%2417 = shl i32 %6, 1
	%2418 = add i32 48, %2417
	%2419 = add i32 %2374, %2418
	%2420 = sext i32 %2419 to i64
	%2421 = getelementptr i16, i16* %out, i64 %2420
	%2422 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %998, float %997)
	%2423 = bitcast i16* %2421 to i32*
	store i32 %2422, i32* %2423
	%2424 = shl i32 %6, 1
	%2425 = add i32 56, %2424
	%2426 = add i32 %2374, %2425
	%2427 = sext i32 %2426 to i64
	%2428 = getelementptr i16, i16* %out, i64 %2427
	%2429 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1000, float %999)
	%2430 = bitcast i16* %2428 to i32*
	store i32 %2429, i32* %2430
	%2431 = shl i32 %6, 1
	%2432 = add i32 64, %2431
	%2433 = add i32 %2374, %2432
	%2434 = sext i32 %2433 to i64
	%2435 = getelementptr i16, i16* %out, i64 %2434
	%2436 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1002, float %1001)
	%2437 = bitcast i16* %2435 to i32*
	store i32 %2436, i32* %2437
	%2438 = shl i32 %6, 1
	%2439 = add i32 72, %2438
	%2440 = add i32 %2374, %2439
	%2441 = sext i32 %2440 to i64
	%2442 = getelementptr i16, i16* %out, i64 %2441
	%2443 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1004, float %1003)
	%2444 = bitcast i16* %2442 to i32*
	store i32 %2443, i32* %2444
	%2445 = shl i32 %6, 1
	%2446 = add i32 80, %2445
	%2447 = add i32 %2374, %2446
	%2448 = sext i32 %2447 to i64
	%2449 = getelementptr i16, i16* %out, i64 %2448
	%2450 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1006, float %1005)
	%2451 = bitcast i16* %2449 to i32*
	store i32 %2450, i32* %2451
	%2452 = shl i32 %6, 1
	%2453 = add i32 88, %2452
	%2454 = add i32 %2374, %2453
	%2455 = sext i32 %2454 to i64
	%2456 = getelementptr i16, i16* %out, i64 %2455
	%2457 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1008, float %1007)
	%2458 = bitcast i16* %2456 to i32*
	store i32 %2457, i32* %2458
	%2459 = shl i32 %6, 1
	%2460 = add i32 96, %2459
	%2461 = add i32 %2374, %2460
	%2462 = sext i32 %2461 to i64
	%2463 = getelementptr i16, i16* %out, i64 %2462
	%2464 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1010, float %1009)
	%2465 = bitcast i16* %2463 to i32*
	store i32 %2464, i32* %2465
	%2466 = shl i32 %6, 1
	%2467 = add i32 104, %2466
	%2468 = add i32 %2374, %2467
	%2469 = sext i32 %2468 to i64
	%2470 = getelementptr i16, i16* %out, i64 %2469
	%2471 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1012, float %1011)
	%2472 = bitcast i16* %2470 to i32*
	store i32 %2471, i32* %2472
	%2473 = shl i32 %6, 1
	%2474 = add i32 112, %2473
	%2475 = add i32 %2374, %2474
	%2476 = sext i32 %2475 to i64
	%2477 = getelementptr i16, i16* %out, i64 %2476
	%2478 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1014, float %1013)
	%2479 = bitcast i16* %2477 to i32*
	store i32 %2478, i32* %2479
	%2480 = shl i32 %6, 1
	%2481 = add i32 120, %2480
	%2482 = add i32 %2374, %2481
	%2483 = sext i32 %2482 to i64
	%2484 = getelementptr i16, i16* %out, i64 %2483
	%2485 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1016, float %1015)
	%2486 = bitcast i16* %2484 to i32*
	store i32 %2485, i32* %2486
	br label %stored0

stored0:
	%2487 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %908, i32 1, i32 31)
	%2488 = fadd float %908, %2487
	%2489 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2488, i32 2, i32 31)
	%2490 = fadd float %2488, %2489
	%2491 = fcmp ogt float %2490, 0.0
	%2492 = fdiv float 1.0, %2490
	%2493 = select i1 %2491, float %2492, float 0.0
	%2494 = mul i32 %3, 16
	%2495 = add i32 %12, %2494
	%2496 = add i32 %5, 8
	%2497 = add i32 %2495, %2496
	%2498 = fmul float %912, %2493
	%2499 = fmul float %913, %2493
	%2500 = fmul float %916, %2493
	%2501 = fmul float %917, %2493
	%2502 = fmul float %920, %2493
	%2503 = fmul float %921, %2493
	%2504 = fmul float %924, %2493
	%2505 = fmul float %925, %2493
	%2506 = fmul float %928, %2493
	%2507 = fmul float %929, %2493
	%2508 = fmul float %932, %2493
	%2509 = fmul float %933, %2493
	%2510 = fmul float %936, %2493
	%2511 = fmul float %937, %2493
	%2512 = fmul float %940, %2493
	%2513 = fmul float %941, %2493
	%2514 = fmul float %944, %2493
	%2515 = fmul float %945, %2493
	%2516 = fmul float %948, %2493
	%2517 = fmul float %949, %2493
	%2518 = fmul float %952, %2493
	%2519 = fmul float %953, %2493
	%2520 = fmul float %956, %2493
	%2521 = fmul float %957, %2493
	%2522 = fmul float %960, %2493
	%2523 = fmul float %961, %2493
	%2524 = fmul float %964, %2493
	%2525 = fmul float %965, %2493
	%2526 = fmul float %968, %2493
	%2527 = fmul float %969, %2493
	%2528 = fmul float %972, %2493
	%2529 = fmul float %973, %2493
	%2530 = icmp slt i32 %2497, %M
	br i1 %2530, label %store1, label %stored1

store1:
	%2531 = mul i32 %10, %M
	%2532 = add i32 %2531, %2497
	%2533 = mul i32 %2532, 128
	%2534 = shl i32 %6, 1
	%2535 = add i32 0, %2534
	%2536 = add i32 %2533, %2535
	%2537 = sext i32 %2536 to i64
	%2538 = getelementptr i16, i16* %out, i64 %2537
	%2539 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2499, float %2498)
	%2540 = bitcast i16* %2538 to i32*
	store i32 %2539, i32* %2540
	%2541 = shl i32 %6, 1
	%2542 = add i32 8, %2541
	%2543 = add i32 %2533, %2542
	%2544 = sext i32 %2543 to i64
	%2545 = getelementptr i16, i16* %out, i64 %2544
	%2546 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2501, float %2500)
	%2547 = bitcast i16* %2545 to i32*
	store i32 %2546, i32* %2547
	%2548 = shl i32 %6, 1
	%2549 = add i32 16, %2548
	%2550 = add i32 %2533, %2549
	%2551 = sext i32 %2550 to i64
	%2552 = getelementptr i16, i16* %out, i64 %2551
	%2553 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2503, float %2502)
	%2554 = bitcast i16* %2552 to i32*
	store i32 %2553, i32* %2554
	%2555 = shl i32 %6, 1
	%2556 = add i32 24, %2555
	%2557 = add i32 %2533, %2556
	%2558 = sext i32 %2557 to i64
	%2559 = getelementptr i16, i16* %out, i64 %2558
	%2560 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2505, float %2504)
	%2561 = bitcast i16* %2559 to i32*
	store i32 %2560, i32* %2561
	%2562 = shl i32 %6, 1
	%2563 = add i32 32, %2562
	%2564 = add i32 %2533, %2563
	%2565 = sext i32 %2564 to i64
	%2566 = getelementptr i16, i16* %out, i64 %2565
	%2567 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2507, float %2506)
	%2568 = bitcast i16* %2566 to i32*
	store i32 %2567, i32* %2568
	%2569 = shl i32 %6, 1
	%2570 = add i32 40, %2569
	%2571 = add i32 %2533, %2570
	%2572 = sext i32 %2571 to i64
	%2573 = getelementptr i16, i16* %out, i64 %2572
	%2574 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2509, float %2508)
	%2575 = bitcast i16* %2573 to i32*
	store i32 %2574, i32* %2575
	%2576 = shl i32 %6, 1
	%2577 = add i32 48, %2576
	%2578 = add i32 %2533, %2577
	%2579 = sext i32 %2578 to i64
	%2580 = getelementptr i16, i16* %out, i64 %2579
	%2581 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2511, float %2510)
	%2582 = bitcast i16* %2580 to i32*
	store i32 %2581, i32* %2582
	%2583 = shl i32 %6, 1
	%2584 = add i32 56, %2583
	%2585 = add i32 %2533, %2584
	%2586 = sext i32 %2585 to i64
	%2587 = getelementptr i16, i16* %out, i64 %2586
	%2588 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2513, float %2512)
	%2589 = bitcast i16* %2587 to i32*
	store i32 %2588, i32* %2589
	%2590 = shl i32 %6, 1
	%2591 = add i32 64, %2590
	%2592 = add i32 %2533, %2591
	%2593 = sext i32 %2592 to i64
	%2594 = getelementptr i16, i16* %out, i64 %2593
	%2595 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2515, float %2514)
	%2596 = bitcast i16* %2594 to i32*
	store i32 %2595, i32* %2596
	%2597 = shl i32 %6, 1
	%2598 = add i32 72, %2597
	%2599 = add i32 %2533, %2598
	%2600 = sext i32 %2599 to i64
	%2601 = getelementptr i16, i16* %out, i64 %2600
	%2602 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2517, float %2516)
	%2603 = bitcast i16* %2601 to i32*
	store i32 %2602, i32* %2603
	%2604 = shl i32 %6, 1
	%2605 = add i32 80, %2604
	%2606 = add i32 %2533, %2605
	%2607 = sext i32 %2606 to i64
	%2608 = getelementptr i16, i16* %out, i64 %2607
	%2609 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2519, float %2518)
	%2610 = bitcast i16* %2608 to i32*
	store i32 %2609, i32* %2610
	%2611 = shl i32 %6, 1
	%2612 = add i32 88, %2611
	%2613 = add i32 %2533, %2612
	%2614 = sext i32 %2613 to i64
	%2615 = getelementptr i16, i16* %out, i64 %2614
	%2616 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2521, float %2520)
	%2617 = bitcast i16* %2615 to i32*
	store i32 %2616, i32* %2617
	%2618 = shl i32 %6, 1
	%2619 = add i32 96, %2618
	%2620 = add i32 %2533, %2619
	%2621 = sext i32 %2620 to i64
	%2622 = getelementptr i16, i16* %out, i64 %2621
	%2623 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2523, float %2522)
	%2624 = bitcast i16* %2622 to i32*
	store i32 %2623, i32* %2624
	%2625 = shl i32 %6, 1
	%2626 = add i32 104, %2625
	%2627 = add i32 %2533, %2626
	%2628 = sext i32 %2627 to i64
	%2629 = getelementptr i16, i16* %out, i64 %2628
	%2630 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2525, float %2524)
	%2631 = bitcast i16* %2629 to i32*
	store i32 %2630, i32* %2631
	%2632 = shl i32 %6, 1
	%2633 = add i32 112, %2632
	%2634 = add i32 %2533, %2633
	%2635 = sext i32 %2634 to i64
	%2636 = getelementptr i16, i16* %out, i64 %2635
	%2637 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2527, float %2526)
	%2638 = bitcast i16* %2636 to i32*
	store i32 %2637, i32* %2638
	%2639 = shl i32 %6, 1
	%2640 = add i32 120, %2639
	%2641 = add i32 %2533, %2640
	%2642 = sext i32 %2641 to i64
	%2643 = getelementptr i16, i16* %out, i64 %2642
	%2644 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2529, float %2528)
	%2645 = bitcast i16* %2643 to i32*
	store i32 %2644, i32* %2645
	br label %stored1

stored1:
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

!nvvm.annotations = !{!0, !1}
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @prefill_attn0, !"maxntidx", i32 128}
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @prefill_attn0, !"minctasm", i32 3}
