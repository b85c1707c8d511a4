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
	%229 = phi i32 [ 0, %prologue ], [ %362, %1630 ]
	%230 = phi i32 [ %37, %prologue ], [ %369, %1630 ]
	%231 = phi float [ 0.0, %prologue ], [ %2244, %1630 ]
	%232 = phi float [ 0.0, %prologue ], [ %2245, %1630 ]
	%233 = phi float [ 0.0, %prologue ], [ %2246, %1630 ]
	%234 = phi float [ 0.0, %prologue ], [ %2247, %1630 ]
	%235 = phi float [ 0.0, %prologue ], [ %2249, %1630 ]
	%236 = phi float [ 0.0, %prologue ], [ %2250, %1630 ]
	%237 = phi float [ 0.0, %prologue ], [ %2251, %1630 ]
	%238 = phi float [ 0.0, %prologue ], [ %2252, %1630 ]
	%239 = phi float [ 0.0, %prologue ], [ %2261, %1630 ]
	%240 = phi float [ 0.0, %prologue ], [ %2262, %1630 ]
	%241 = phi float [ 0.0, %prologue ], [ %2263, %1630 ]
	%242 = phi float [ 0.0, %prologue ], [ %2264, %1630 ]
	%243 = phi float [ 0.0, %prologue ], [ %2266, %1630 ]
	%244 = phi float [ 0.0, %prologue ], [ %2267, %1630 ]
	%245 = phi float [ 0.0, %prologue ], [ %2268, %1630 ]
	%246 = phi float [ 0.0, %prologue ], [ %2269, %1630 ]
	%247 = phi float [ 0.0, %prologue ], [ %2278, %1630 ]
	%248 = phi float [ 0.0, %prologue ], [ %2279, %1630 ]
	%249 = phi float [ 0.0, %prologue ], [ %2280, %1630 ]
	%250 = phi float [ 0.0, %prologue ], [ %2281, %1630 ]
	%251 = phi float [ 0.0, %prologue ], [ %2283, %1630 ]
	%252 = phi float [ 0.0, %prologue ], [ %2284, %1630 ]
	%253 = phi float [ 0.0, %prologue ], [ %2285, %1630 ]
	%254 = phi float [ 0.0, %prologue ], [ %2286, %1630 ]
	%255 = phi float [ 0.0, %prologue ], [ %2295, %1630 ]
	%256 = phi float [ 0.0, %prologue ], [ %2296, %1630 ]
	%257 = phi float [ 0.0, %prologue ], [ %2297, %1630 ]
	%258 = phi float [ 0.0, %prologue ], [ %2298, %1630 ]
	%259 = phi float [ 0.0, %prologue ], [ %2300, %1630 ]
	%260 = phi float [ 0.0, %prologue ], [ %2301, %1630 ]
	%261 = phi float [ 0.0, %prologue ], [ %2302, %1630 ]
	%262 = phi float [ 0.0, %prologue ], [ %2303, %1630 ]
	%263 = phi float [ 0.0, %prologue ], [ %2312, %1630 ]
	%264 = phi float [ 0.0, %prologue ], [ %2313, %1630 ]
	%265 = phi float [ 0.0, %prologue ], [ %2314, %1630 ]
	%266 = phi float [ 0.0, %prologue ], [ %2315, %1630 ]
	%267 = phi float [ 0.0, %prologue ], [ %2317, %1630 ]
	%268 = phi float [ 0.0, %prologue ], [ %2318, %1630 ]
	%269 = phi float [ 0.0, %prologue ], [ %2319, %1630 ]
	%270 = phi float [ 0.0, %prologue ], [ %2320, %1630 ]
	%271 = phi float [ 0.0, %prologue ], [ %2329, %1630 ]
	%272 = phi float [ 0.0, %prologue ], [ %2330, %1630 ]
	%273 = phi float [ 0.0, %prologue ], [ %2331, %1630 ]
	%274 = phi float [ 0.0, %prologue ], [ %2332, %1630 ]
	%275 = phi float [ 0.0, %prologue ], [ %2334, %1630 ]
	%276 = phi float [ 0.0, %prologue ], [ %2335, %1630 ]
	%277 = phi float [ 0.0, %prologue ], [ %2336, %1630 ]
	%278 = phi float [ 0.0, %prologue ], [ %2337, %1630 ]
	%279 = phi float [ 0.0, %prologue ], [ %2346, %1630 ]
	%280 = phi float [ 0.0, %prologue ], [ %2347, %1630 ]
	%281 = phi float [ 0.0, %prologue ], [ %2348, %1630 ]
	%282 = phi float [ 0.0, %prologue ], [ %2349, %1630 ]
	%283 = phi float [ 0.0, %prologue ], [ %2351, %1630 ]
	%284 = phi float [ 0.0, %prologue ], [ %2352, %1630 ]
	%285 = phi float [ 0.0, %prologue ], [ %2353, %1630 ]
	%286 = phi float [ 0.0, %prologue ], [ %2354, %1630 ]
	%287 = phi float [ 0.0, %prologue ], [ %2363, %1630 ]
	%288 = phi float [ 0.0, %prologue ], [ %2364, %1630 ]
	%289 = phi float [ 0.0, %prologue ], [ %2365, %1630 ]
	%290 = phi float [ 0.0, %prologue ], [ %2366, %1630 ]
	%291 = phi float [ 0.0, %prologue ], [ %2368, %1630 ]
	%292 = phi float [ 0.0, %prologue ], [ %2369, %1630 ]
	%293 = phi float [ 0.0, %prologue ], [ %2370, %1630 ]
	%294 = phi float [ 0.0, %prologue ], [ %2371, %1630 ]
	%295 = phi float [ 0xFFF0000000000000, %prologue ], [ %1697, %1630 ]
	%296 = phi float [ 0.0, %prologue ], [ %1748, %1630 ]
	%297 = phi float [ 0xFFF0000000000000, %prologue ], [ %1749, %1630 ]
	%298 = phi float [ 0.0, %prologue ], [ %1800, %1630 ]
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
	%362 = add i32 %229, 1
	%363 = icmp slt i32 %362, %NK
	%364 = select i1 %363, i32 %362, i32 0
	%365 = add i32 %29, %364
	%366 = sext i32 %365 to i64
	%367 = getelementptr i32, i32* %list, i64 %366
	%368 = load i32, i32* %367
	%369 = select i1 %363, i32 %368, i32 -1
	%370 = icmp sge i32 %369, 0
	%371 = and i32 %4, 7
	%372 = shl i32 %108, 3
	%373 = add i32 %371, %372
	%374 = lshr i32 %4, 3
	%375 = and i32 %374, 1
	%376 = mul i32 %373, 256
	%377 = add i32 %0, %376
	%378 = and i32 %4, 7
	%379 = xor i32 %375, %378
	%380 = shl i32 %379, 4
	%381 = add i32 %377, %380
	%382 = xor i32 %381, 0
	%383 = add i32 %382, 0
	%384 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %383)
	%385 = extractvalue { i32, i32, i32, i32 } %384, 0
	%386 = extractvalue { i32, i32, i32, i32 } %384, 1
	%387 = extractvalue { i32, i32, i32, i32 } %384, 2
	%388 = extractvalue { i32, i32, i32, i32 } %384, 3
	%389 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %385, i32 %386, float 0.0, float 0.0, float 0.0, float 0.0)
	%390 = extractvalue { float, float, float, float } %389, 0
	%391 = extractvalue { float, float, float, float } %389, 1
	%392 = extractvalue { float, float, float, float } %389, 2
	%393 = extractvalue { float, float, float, float } %389, 3
	%394 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %387, i32 %388, float 0.0, float 0.0, float 0.0, float 0.0)
	%395 = extractvalue { float, float, float, float } %394, 0
	%396 = extractvalue { float, float, float, float } %394, 1
	%397 = extractvalue { float, float, float, float } %394, 2
	%398 = extractvalue { float, float, float, float } %394, 3
	%399 = add i32 %382, u0x1000
	%400 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %399)
	%401 = extractvalue { i32, i32, i32, i32 } %400, 0
	%402 = extractvalue { i32, i32, i32, i32 } %400, 1
	%403 = extractvalue { i32, i32, i32, i32 } %400, 2
	%404 = extractvalue { i32, i32, i32, i32 } %400, 3
	%405 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %401, i32 %402, float 0.0, float 0.0, float 0.0, float 0.0)
	%406 = extractvalue { float, float, float, float } %405, 0
	%407 = extractvalue { float, float, float, float } %405, 1
	%408 = extractvalue { float, float, float, float } %405, 2
	%409 = extractvalue { float, float, float, float } %405, 3
	%410 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %403, i32 %404, float 0.0, float 0.0, float 0.0, float 0.0)
	%411 = extractvalue { float, float, float, float } %410, 0
	%412 = extractvalue { float, float, float, float } %410, 1
	%413 = extractvalue { float, float, float, float } %410, 2
	%414 = extractvalue { float, float, float, float } %410, 3
	%415 = add i32 %382, u0x2000
	%416 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %415)
	%417 = extractvalue { i32, i32, i32, i32 } %416, 0
	%418 = extractvalue { i32, i32, i32, i32 } %416, 1
	%419 = extractvalue { i32, i32, i32, i32 } %416, 2
	%420 = extractvalue { i32, i32, i32, i32 } %416, 3
	%421 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %417, i32 %418, float 0.0, float 0.0, float 0.0, float 0.0)
	%422 = extractvalue { float, float, float, float } %421, 0
	%423 = extractvalue { float, float, float, float } %421, 1
	%424 = extractvalue { float, float, float, float } %421, 2
	%425 = extractvalue { float, float, float, float } %421, 3
	%426 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %419, i32 %420, float 0.0, float 0.0, float 0.0, float 0.0)
	%427 = extractvalue { float, float, float, float } %426, 0
	%428 = extractvalue { float, float, float, float } %426, 1
	%429 = extractvalue { float, float, float, float } %426, 2
	%430 = extractvalue { float, float, float, float } %426, 3
	%431 = add i32 %382, 12288
	%432 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %431)
	%433 = extractvalue { i32, i32, i32, i32 } %432, 0
	%434 = extractvalue { i32, i32, i32, i32 } %432, 1
	%435 = extractvalue { i32, i32, i32, i32 } %432, 2
	%436 = extractvalue { i32, i32, i32, i32 } %432, 3
	%437 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %433, i32 %434, float 0.0, float 0.0, float 0.0, float 0.0)
	%438 = extractvalue { float, float, float, float } %437, 0
	%439 = extractvalue { float, float, float, float } %437, 1
	%440 = extractvalue { float, float, float, float } %437, 2
	%441 = extractvalue { float, float, float, float } %437, 3
	%442 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %435, i32 %436, float 0.0, float 0.0, float 0.0, float 0.0)
	%443 = extractvalue { float, float, float, float } %442, 0
	%444 = extractvalue { float, float, float, float } %442, 1
	%445 = extractvalue { float, float, float, float } %442, 2
	%446 = extractvalue { float, float, float, float } %442, 3
	%447 = xor i32 %381, 32
	%448 = add i32 %447, 0
	%449 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %448)
	%450 = extractvalue { i32, i32, i32, i32 } %449, 0
	%451 = extractvalue { i32, i32, i32, i32 } %449, 1
	%452 = extractvalue { i32, i32, i32, i32 } %449, 2
	%453 = extractvalue { i32, i32, i32, i32 } %449, 3
	%454 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %450, i32 %451, float %390, float %391, float %392, float %393)
	%455 = extractvalue { float, float, float, float } %454, 0
	%456 = extractvalue { float, float, float, float } %454, 1
	%457 = extractvalue { float, float, float, float } %454, 2
	%458 = extractvalue { float, float, float, float } %454, 3
	%459 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %452, i32 %453, float %395, float %396, float %397, float %398)
	%460 = extractvalue { float, float, float, float } %459, 0
	%461 = extractvalue { float, float, float, float } %459, 1
	%462 = extractvalue { float, float, float, float } %459, 2
	%463 = extractvalue { float, float, float, float } %459, 3
	%464 = add i32 %447, u0x1000
	%465 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %464)
	%466 = extractvalue { i32, i32, i32, i32 } %465, 0
	%467 = extractvalue { i32, i32, i32, i32 } %465, 1
	%468 = extractvalue { i32, i32, i32, i32 } %465, 2
	%469 = extractvalue { i32, i32, i32, i32 } %465, 3
	%470 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %466, i32 %467, float %406, float %407, float %408, float %409)
	%471 = extractvalue { float, float, float, float } %470, 0
	%472 = extractvalue { float, float, float, float } %470, 1
	%473 = extractvalue { float, float, float, float } %470, 2
	%474 = extractvalue { float, float, float, float } %470, 3
	%475 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %468, i32 %469, float %411, float %412, float %413, float %414)
	%476 = extractvalue { float, float, float, float } %475, 0
	%477 = extractvalue { float, float, float, float } %475, 1
	%478 = extractvalue { float, float, float, float } %475, 2
	%479 = extractvalue { float, float, float, float } %475, 3
	%480 = add i32 %447, u0x2000
	%481 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %480)
	%482 = extractvalue { i32, i32, i32, i32 } %481, 0
	%483 = extractvalue { i32, i32, i32, i32 } %481, 1
	%484 = extractvalue { i32, i32, i32, i32 } %481, 2
	%485 = extractvalue { i32, i32, i32, i32 } %481, 3
	%486 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %482, i32 %483, float %422, float %423, float %424, float %425)
	%487 = extractvalue { float, float, float, float } %486, 0
	%488 = extractvalue { float, float, float, float } %486, 1
	%489 = extractvalue { float, float, float, float } %486, 2
	%490 = extractvalue { float, float, float, float } %486, 3
	%491 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %484, i32 %485, float %427, float %428, float %429, float %430)
	%492 = extractvalue { float, float, float, float } %491, 0
	%493 = extractvalue { float, float, float, float } %491, 1
	%494 = extractvalue { float, float, float, float } %491, 2
	%495 = extractvalue { float, float, float, float } %491, 3
	%496 = add i32 %447, 12288
	%497 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %496)
	%498 = extractvalue { i32, i32, i32, i32 } %497, 0
	%499 = extractvalue { i32, i32, i32, i32 } %497, 1
	%500 = extractvalue { i32, i32, i32, i32 } %497, 2
	%501 = extractvalue { i32, i32, i32, i32 } %497, 3
	%502 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %498, i32 %499, float %438, float %439, float %440, float %441)
	%503 = extractvalue { float, float, float, float } %502, 0
	%504 = extractvalue { float, float, float, float } %502, 1
	%505 = extractvalue { float, float, float, float } %502, 2
	%506 = extractvalue { float, float, float, float } %502, 3
	%507 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %500, i32 %501, float %443, float %444, float %445, float %446)
	%508 = extractvalue { float, float, float, float } %507, 0
	%509 = extractvalue { float, float, float, float } %507, 1
	%510 = extractvalue { float, float, float, float } %507, 2
	%511 = extractvalue { float, float, float, float } %507, 3
	%512 = xor i32 %381, 64
	%513 = add i32 %512, 0
	%514 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %513)
	%515 = extractvalue { i32, i32, i32, i32 } %514, 0
	%516 = extractvalue { i32, i32, i32, i32 } %514, 1
	%517 = extractvalue { i32, i32, i32, i32 } %514, 2
	%518 = extractvalue { i32, i32, i32, i32 } %514, 3
	%519 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %515, i32 %516, float %455, float %456, float %457, float %458)
	%520 = extractvalue { float, float, float, float } %519, 0
	%521 = extractvalue { float, float, float, float } %519, 1
	%522 = extractvalue { float, float, float, float } %519, 2
	%523 = extractvalue { float, float, float, float } %519, 3
	%524 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %517, i32 %518, float %460, float %461, float %462, float %463)
	%525 = extractvalue { float, float, float, float } %524, 0
	%526 = extractvalue { float, float, float, float } %524, 1
	%527 = extractvalue { float, float, float, float } %524, 2
	%528 = extractvalue { float, float, float, float } %524, 3
	%529 = add i32 %512, u0x1000
	%530 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %529)
	%531 = extractvalue { i32, i32, i32, i32 } %530, 0
	%532 = extractvalue { i32, i32, i32, i32 } %530, 1
	%533 = extractvalue { i32, i32, i32, i32 } %530, 2
	%534 = extractvalue { i32, i32, i32, i32 } %530, 3
	%535 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %531, i32 %532, float %471, float %472, float %473, float %474)
	%536 = extractvalue { float, float, float, float } %535, 0
	%537 = extractvalue { float, float, float, float } %535, 1
	%538 = extractvalue { float, float, float, float } %535, 2
	%539 = extractvalue { float, float, float, float } %535, 3
	%540 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %533, i32 %534, float %476, float %477, float %478, float %479)
	%541 = extractvalue { float, float, float, float } %540, 0
	%542 = extractvalue { float, float, float, float } %540, 1
	%543 = extractvalue { float, float, float, float } %540, 2
	%544 = extractvalue { float, float, float, float } %540, 3
	%545 = add i32 %512, u0x2000
	%546 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %545)
	%547 = extractvalue { i32, i32, i32, i32 } %546, 0
	%548 = extractvalue { i32, i32, i32, i32 } %546, 1
	%549 = extractvalue { i32, i32, i32, i32 } %546, 2
	%550 = extractvalue { i32, i32, i32, i32 } %546, 3
	%551 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %547, i32 %548, float %487, float %488, float %489, float %490)
	%552 = extractvalue { float, float, float, float } %551, 0
	%553 = extractvalue { float, float, float, float } %551, 1
	%554 = extractvalue { float, float, float, float } %551, 2
	%555 = extractvalue { float, float, float, float } %551, 3
	%556 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %549, i32 %550, float %492, float %493, float %494, float %495)
	%557 = extractvalue { float, float, float, float } %556, 0
	%558 = extractvalue { float, float, float, float } %556, 1
	%559 = extractvalue { float, float, float, float } %556, 2
	%560 = extractvalue { float, float, float, float } %556, 3
	%561 = add i32 %512, 12288
	%562 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %561)
	%563 = extractvalue { i32, i32, i32, i32 } %562, 0
	%564 = extractvalue { i32, i32, i32, i32 } %562, 1
	%565 = extractvalue { i32, i32, i32, i32 } %562, 2
	%566 = extractvalue { i32, i32, i32, i32 } %562, 3
	%567 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %563, i32 %564, float %503, float %504, float %505, float %506)
	%568 = extractvalue { float, float, float, float } %567, 0
	%569 = extractvalue { float, float, float, float } %567, 1
	%570 = extractvalue { float, float, float, float } %567, 2
	%571 = extractvalue { float, float, float, float } %567, 3
	%572 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %565, i32 %566, float %508, float %509, float %510, float %511)
	%573 = extractvalue { float, float, float, float } %572, 0
	%574 = extractvalue { float, float, float, float } %572, 1
	%575 = extractvalue { float, float, float, float } %572, 2
	%576 = extractvalue { float, float, float, float } %572, 3
	%577 = xor i32 %381, 96
	%578 = add i32 %577, 0
	%579 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %578)
	%580 = extractvalue { i32, i32, i32, i32 } %579, 0
	%581 = extractvalue { i32, i32, i32, i32 } %579, 1
	%582 = extractvalue { i32, i32, i32, i32 } %579, 2
	%583 = extractvalue { i32, i32, i32, i32 } %579, 3
	%584 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %580, i32 %581, float %520, float %521, float %522, float %523)
	%585 = extractvalue { float, float, float, float } %584, 0
	%586 = extractvalue { float, float, float, float } %584, 1
	%587 = extractvalue { float, float, float, float } %584, 2
	%588 = extractvalue { float, float, float, float } %584, 3
	%589 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %582, i32 %583, float %525, float %526, float %527, float %528)
	%590 = extractvalue { float, float, float, float } %589, 0
	%591 = extractvalue { float, float, float, float } %589, 1
	%592 = extractvalue { float, float, float, float } %589, 2
	%593 = extractvalue { float, float, float, float } %589, 3
	%594 = add i32 %577, u0x1000
	%595 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %594)
	%596 = extractvalue { i32, i32, i32, i32 } %595, 0
	%597 = extractvalue { i32, i32, i32, i32 } %595, 1
	%598 = extractvalue { i32, i32, i32, i32 } %595, 2
	%599 = extractvalue { i32, i32, i32, i32 } %595, 3
	%600 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %596, i32 %597, float %536, float %537, float %538, float %539)
	%601 = extractvalue { float, float, float, float } %600, 0
	%602 = extractvalue { float, float, float, float } %600, 1
	%603 = extractvalue { float, float, float, float } %600, 2
	%604 = extractvalue { float, float, float, float } %600, 3
	%605 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %598, i32 %599, float %541, float %542, float %543, float %544)
	%606 = extractvalue { float, float, float, float } %605, 0
	%607 = extractvalue { float, float, float, float } %605, 1
	%608 = extractvalue { float, float, float, float } %605, 2
	%609 = extractvalue { float, float, float, float } %605, 3
	%610 = add i32 %577, u0x2000
	%611 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %610)
	%612 = extractvalue { i32, i32, i32, i32 } %611, 0
	%613 = extractvalue { i32, i32, i32, i32 } %611, 1
	%614 = extractvalue { i32, i32, i32, i32 } %611, 2
	%615 = extractvalue { i32, i32, i32, i32 } %611, 3
	%616 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %612, i32 %613, float %552, float %553, float %554, float %555)
	%617 = extractvalue { float, float, float, float } %616, 0
	%618 = extractvalue { float, float, float, float } %616, 1
	%619 = extractvalue { float, float, float, float } %616, 2
	%620 = extractvalue { float, float, float, float } %616, 3
	%621 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %614, i32 %615, float %557, float %558, float %559, float %560)
	%622 = extractvalue { float, float, float, float } %621, 0
	%623 = extractvalue { float, float, float, float } %621, 1
	%624 = extractvalue { float, float, float, float } %621, 2
	%625 = extractvalue { float, float, float, float } %621, 3
	%626 = add i32 %577, 12288
	%627 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %626)
	%628 = extractvalue { i32, i32, i32, i32 } %627, 0
	%629 = extractvalue { i32, i32, i32, i32 } %627, 1
	%630 = extractvalue { i32, i32, i32, i32 } %627, 2
	%631 = extractvalue { i32, i32, i32, i32 } %627, 3
	%632 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %628, i32 %629, float %568, float %569, float %570, float %571)
	%633 = extractvalue { float, float, float, float } %632, 0
	%634 = extractvalue { float, float, float, float } %632, 1
	%635 = extractvalue { float, float, float, float } %632, 2
	%636 = extractvalue { float, float, float, float } %632, 3
	%637 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %630, i32 %631, float %573, float %574, float %575, float %576)
	%638 = extractvalue { float, float, float, float } %637, 0
	%639 = extractvalue { float, float, float, float } %637, 1
	%640 = extractvalue { float, float, float, float } %637, 2
	%641 = extractvalue { float, float, float, float } %637, 3
	%642 = xor i32 %381, 128
	%643 = add i32 %642, 0
	%644 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %643)
	%645 = extractvalue { i32, i32, i32, i32 } %644, 0
	%646 = extractvalue { i32, i32, i32, i32 } %644, 1
	%647 = extractvalue { i32, i32, i32, i32 } %644, 2
	%648 = extractvalue { i32, i32, i32, i32 } %644, 3
	%649 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %645, i32 %646, float %585, float %586, float %587, float %588)
	%650 = extractvalue { float, float, float, float } %649, 0
	%651 = extractvalue { float, float, float, float } %649, 1
	%652 = extractvalue { float, float, float, float } %649, 2
	%653 = extractvalue { float, float, float, float } %649, 3
	%654 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %647, i32 %648, float %590, float %591, float %592, float %593)
	%655 = extractvalue { float, float, float, float } %654, 0
	%656 = extractvalue { float, float, float, float } %654, 1
	%657 = extractvalue { float, float, float, float } %654, 2
	%658 = extractvalue { float, float, float, float } %654, 3
	%659 = add i32 %642, u0x1000
	%660 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %659)
	%661 = extractvalue { i32, i32, i32, i32 } %660, 0
	%662 = extractvalue { i32, i32, i32, i32 } %660, 1
	%663 = extractvalue { i32, i32, i32, i32 } %660, 2
	%664 = extractvalue { i32, i32, i32, i32 } %660, 3
	%665 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %661, i32 %662, float %601, float %602, float %603, float %604)
	%666 = extractvalue { float, float, float, float } %665, 0
	%667 = extractvalue { float, float, float, float } %665, 1
	%668 = extractvalue { float, float, float, float } %665, 2
	%669 = extractvalue { float, float, float, float } %665, 3
	%670 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %663, i32 %664, float %606, float %607, float %608, float %609)
	%671 = extractvalue { float, float, float, float } %670, 0
	%672 = extractvalue { float, float, float, float } %670, 1
	%673 = extractvalue { float, float, float, float } %670, 2
	%674 = extractvalue { float, float, float, float } %670, 3
	%675 = add i32 %642, u0x2000
	%676 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %675)
	%677 = extractvalue { i32, i32, i32, i32 } %676, 0
	%678 = extractvalue { i32, i32, i32, i32 } %676, 1
	%679 = extractvalue { i32, i32, i32, i32 } %676, 2
	%680 = extractvalue { i32, i32, i32, i32 } %676, 3
	%681 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %677, i32 %678, float %617, float %618, float %619, float %620)
	%682 = extractvalue { float, float, float, float } %681, 0
	%683 = extractvalue { float, float, float, float } %681, 1
	%684 = extractvalue { float, float, float, float } %681, 2
	%685 = extractvalue { float, float, float, float } %681, 3
	%686 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %679, i32 %680, float %622, float %623, float %624, float %625)
	%687 = extractvalue { float, float, float, float } %686, 0
	%688 = extractvalue { float, float, float, float } %686, 1
	%689 = extractvalue { float, float, float, float } %686, 2
	%690 = extractvalue { float, float, float, float } %686, 3
	%691 = add i32 %642, 12288
	%692 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %691)
	%693 = extractvalue { i32, i32, i32, i32 } %692, 0
	%694 = extractvalue { i32, i32, i32, i32 } %692, 1
	%695 = extractvalue { i32, i32, i32, i32 } %692, 2
	%696 = extractvalue { i32, i32, i32, i32 } %692, 3
	%697 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %693, i32 %694, float %633, float %634, float %635, float %636)
	%698 = extractvalue { float, float, float, float } %697, 0
	%699 = extractvalue { float, float, float, float } %697, 1
	%700 = extractvalue { float, float, float, float } %697, 2
	%701 = extractvalue { float, float, float, float } %697, 3
	%702 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %695, i32 %696, float %638, float %639, float %640, float %641)
	%703 = extractvalue { float, float, float, float } %702, 0
	%704 = extractvalue { float, float, float, float } %702, 1
	%705 = extractvalue { float, float, float, float } %702, 2
	%706 = extractvalue { float, float, float, float } %702, 3
	%707 = xor i32 %381, 160
	%708 = add i32 %707, 0
	%709 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %708)
	%710 = extractvalue { i32, i32, i32, i32 } %709, 0
	%711 = extractvalue { i32, i32, i32, i32 } %709, 1
	%712 = extractvalue { i32, i32, i32, i32 } %709, 2
	%713 = extractvalue { i32, i32, i32, i32 } %709, 3
	%714 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %710, i32 %711, float %650, float %651, float %652, float %653)
	%715 = extractvalue { float, float, float, float } %714, 0
	%716 = extractvalue { float, float, float, float } %714, 1
	%717 = extractvalue { float, float, float, float } %714, 2
	%718 = extractvalue { float, float, float, float } %714, 3
	%719 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %712, i32 %713, float %655, float %656, float %657, float %658)
	%720 = extractvalue { float, float, float, float } %719, 0
	%721 = extractvalue { float, float, float, float } %719, 1
	%722 = extractvalue { float, float, float, float } %719, 2
	%723 = extractvalue { float, float, float, float } %719, 3
	%724 = add i32 %707, u0x1000
	%725 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %724)
	%726 = extractvalue { i32, i32, i32, i32 } %725, 0
	%727 = extractvalue { i32, i32, i32, i32 } %725, 1
	%728 = extractvalue { i32, i32, i32, i32 } %725, 2
	%729 = extractvalue { i32, i32, i32, i32 } %725, 3
	%730 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %726, i32 %727, float %666, float %667, float %668, float %669)
	%731 = extractvalue { float, float, float, float } %730, 0
	%732 = extractvalue { float, float, float, float } %730, 1
	%733 = extractvalue { float, float, float, float } %730, 2
	%734 = extractvalue { float, float, float, float } %730, 3
	%735 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %728, i32 %729, float %671, float %672, float %673, float %674)
	%736 = extractvalue { float, float, float, float } %735, 0
	%737 = extractvalue { float, float, float, float } %735, 1
	%738 = extractvalue { float, float, float, float } %735, 2
	%739 = extractvalue { float, float, float, float } %735, 3
	%740 = add i32 %707, u0x2000
	%741 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %740)
	%742 = extractvalue { i32, i32, i32, i32 } %741, 0
	%743 = extractvalue { i32, i32, i32, i32 } %741, 1
	%744 = extractvalue { i32, i32, i32, i32 } %741, 2
	%745 = extractvalue { i32, i32, i32, i32 } %741, 3
	%746 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %742, i32 %743, float %682, float %683, float %684, float %685)
	%747 = extractvalue { float, float, float, float } %746, 0
	%748 = extractvalue { float, float, float, float } %746, 1
	%749 = extractvalue { float, float, float, float } %746, 2
	%750 = extractvalue { float, float, float, float } %746, 3
	%751 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %744, i32 %745, float %687, float %688, float %689, float %690)
	%752 = extractvalue { float, float, float, float } %751, 0
	%753 = extractvalue { float, float, float, float } %751, 1
	%754 = extractvalue { float, float, float, float } %751, 2
	%755 = extractvalue { float, float, float, float } %751, 3
	%756 = add i32 %707, 12288
	%757 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %756)
	%758 = extractvalue { i32, i32, i32, i32 } %757, 0
	%759 = extractvalue { i32, i32, i32, i32 } %757, 1
	%760 = extractvalue { i32, i32, i32, i32 } %757, 2
	%761 = extractvalue { i32, i32, i32, i32 } %757, 3
	%762 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %758, i32 %759, float %698, float %699, float %700, float %701)
	%763 = extractvalue { float, float, float, float } %762, 0
	%764 = extractvalue { float, float, float, float } %762, 1
	%765 = extractvalue { float, float, float, float } %762, 2
	%766 = extractvalue { float, float, float, float } %762, 3
	%767 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %760, i32 %761, float %703, float %704, float %705, float %706)
	%768 = extractvalue { float, float, float, float } %767, 0
	%769 = extractvalue { float, float, float, float } %767, 1
	%770 = extractvalue { float, float, float, float } %767, 2
	%771 = extractvalue { float, float, float, float } %767, 3
	%772 = xor i32 %381, 192
	%773 = add i32 %772, 0
	%774 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %773)
	%775 = extractvalue { i32, i32, i32, i32 } %774, 0
	%776 = extractvalue { i32, i32, i32, i32 } %774, 1
	%777 = extractvalue { i32, i32, i32, i32 } %774, 2
	%778 = extractvalue { i32, i32, i32, i32 } %774, 3
	%779 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %775, i32 %776, float %715, float %716, float %717, float %718)
	%780 = extractvalue { float, float, float, float } %779, 0
	%781 = extractvalue { float, float, float, float } %779, 1
	%782 = extractvalue { float, float, float, float } %779, 2
	%783 = extractvalue { float, float, float, float } %779, 3
	%784 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %777, i32 %778, float %720, float %721, float %722, float %723)
	%785 = extractvalue { float, float, float, float } %784, 0
	%786 = extractvalue { float, float, float, float } %784, 1
	%787 = extractvalue { float, float, float, float } %784, 2
	%788 = extractvalue { float, float, float, float } %784, 3
	%789 = add i32 %772, u0x1000
	%790 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %789)
	%791 = extractvalue { i32, i32, i32, i32 } %790, 0
	%792 = extractvalue { i32, i32, i32, i32 } %790, 1
	%793 = extractvalue { i32, i32, i32, i32 } %790, 2
	%794 = extractvalue { i32, i32, i32, i32 } %790, 3
	%795 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %791, i32 %792, float %731, float %732, float %733, float %734)
	%796 = extractvalue { float, float, float, float } %795, 0
	%797 = extractvalue { float, float, float, float } %795, 1
	%798 = extractvalue { float, float, float, float } %795, 2
	%799 = extractvalue { float, float, float, float } %795, 3
	%800 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %793, i32 %794, float %736, float %737, float %738, float %739)
	%801 = extractvalue { float, float, float, float } %800, 0
	%802 = extractvalue { float, float, float, float } %800, 1
	%803 = extractvalue { float, float, float, float } %800, 2
	%804 = extractvalue { float, float, float, float } %800, 3
	%805 = add i32 %772, u0x2000
	%806 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %805)
	%807 = extractvalue { i32, i32, i32, i32 } %806, 0
	%808 = extractvalue { i32, i32, i32, i32 } %806, 1
	%809 = extractvalue { i32, i32, i32, i32 } %806, 2
	%810 = extractvalue { i32, i32, i32, i32 } %806, 3
	%811 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %807, i32 %808, float %747, float %748, float %749, float %750)
	%812 = extractvalue { float, float, float, float } %811, 0
	%813 = extractvalue { float, float, float, float } %811, 1
	%814 = extractvalue { float, float, float, float } %811, 2
	%815 = extractvalue { float, float, float, float } %811, 3
	%816 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %809, i32 %810, float %752, float %753, float %754, float %755)
	%817 = extractvalue { float, float, float, float } %816, 0
	%818 = extractvalue { float, float, float, float } %816, 1
	%819 = extractvalue { float, float, float, float } %816, 2
	%820 = extractvalue { float, float, float, float } %816, 3
	%821 = add i32 %772, 12288
	%822 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %821)
	%823 = extractvalue { i32, i32, i32, i32 } %822, 0
	%824 = extractvalue { i32, i32, i32, i32 } %822, 1
	%825 = extractvalue { i32, i32, i32, i32 } %822, 2
	%826 = extractvalue { i32, i32, i32, i32 } %822, 3
	%827 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %823, i32 %824, float %763, float %764, float %765, float %766)
	%828 = extractvalue { float, float, float, float } %827, 0
	%829 = extractvalue { float, float, float, float } %827, 1
	%830 = extractvalue { float, float, float, float } %827, 2
	%831 = extractvalue { float, float, float, float } %827, 3
	%832 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %825, i32 %826, float %768, float %769, float %770, float %771)
	%833 = extractvalue { float, float, float, float } %832, 0
	%834 = extractvalue { float, float, float, float } %832, 1
	%835 = extractvalue { float, float, float, float } %832, 2
	%836 = extractvalue { float, float, float, float } %832, 3
	%837 = xor i32 %381, 224
	%838 = add i32 %837, 0
	%839 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %838)
	%840 = extractvalue { i32, i32, i32, i32 } %839, 0
	%841 = extractvalue { i32, i32, i32, i32 } %839, 1
	%842 = extractvalue { i32, i32, i32, i32 } %839, 2
	%843 = extractvalue { i32, i32, i32, i32 } %839, 3
	%844 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %840, i32 %841, float %780, float %781, float %782, float %783)
	%845 = extractvalue { float, float, float, float } %844, 0
	%846 = extractvalue { float, float, float, float } %844, 1
	%847 = extractvalue { float, float, float, float } %844, 2
	%848 = extractvalue { float, float, float, float } %844, 3
	%849 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %842, i32 %843, float %785, float %786, float %787, float %788)
	%850 = extractvalue { float, float, float, float } %849, 0
	%851 = extractvalue { float, float, float, float } %849, 1
	%852 = extractvalue { float, float, float, float } %849, 2
	%853 = extractvalue { float, float, float, float } %849, 3
	%854 = add i32 %837, u0x1000
	%855 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %854)
	%856 = extractvalue { i32, i32, i32, i32 } %855, 0
	%857 = extractvalue { i32, i32, i32, i32 } %855, 1
	%858 = extractvalue { i32, i32, i32, i32 } %855, 2
	%859 = extractvalue { i32, i32, i32, i32 } %855, 3
	%860 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %856, i32 %857, float %796, float %797, float %798, float %799)
	%861 = extractvalue { float, float, float, float } %860, 0
	%862 = extractvalue { float, float, float, float } %860, 1
	%863 = extractvalue { float, float, float, float } %860, 2
	%864 = extractvalue { float, float, float, float } %860, 3
	%865 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %858, i32 %859, float %801, float %802, float %803, float %804)
	%866 = extractvalue { float, float, float, float } %865, 0
	%867 = extractvalue { float, float, float, float } %865, 1
	%868 = extractvalue { float, float, float, float } %865, 2
	%869 = extractvalue { float, float, float, float } %865, 3
	%870 = add i32 %837, u0x2000
	%871 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %870)
	%872 = extractvalue { i32, i32, i32, i32 } %871, 0
	%873 = extractvalue { i32, i32, i32, i32 } %871, 1
	%874 = extractvalue { i32, i32, i32, i32 } %871, 2
	%875 = extractvalue { i32, i32, i32, i32 } %871, 3
	%876 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %872, i32 %873, float %812, float %813, float %814, float %815)
	%877 = extractvalue { float, float, float, float } %876, 0
	%878 = extractvalue { float, float, float, float } %876, 1
	%879 = extractvalue { float, float, float, float } %876, 2
	%880 = extractvalue { float, float, float, float } %876, 3
	%881 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %874, i32 %875, float %817, float %818, float %819, float %820)
	%882 = extractvalue { float, float, float, float } %881, 0
	%883 = extractvalue { float, float, float, float } %881, 1
	%884 = extractvalue { float, float, float, float } %881, 2
	%885 = extractvalue { float, float, float, float } %881, 3
	%886 = add i32 %837, 12288
	%887 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %886)
	%888 = extractvalue { i32, i32, i32, i32 } %887, 0
	%889 = extractvalue { i32, i32, i32, i32 } %887, 1
	%890 = extractvalue { i32, i32, i32, i32 } %887, 2
	%891 = extractvalue { i32, i32, i32, i32 } %887, 3
	%892 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %888, i32 %889, float %828, float %829, float %830, float %831)
	%893 = extractvalue { float, float, float, float } %892, 0
	%894 = extractvalue { float, float, float, float } %892, 1
	%895 = extractvalue { float, float, float, float } %892, 2
	%896 = extractvalue { float, float, float, float } %892, 3
	%897 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %890, i32 %891, float %833, float %834, float %835, float %836)
	%898 = extractvalue { float, float, float, float } %897, 0
	%899 = extractvalue { float, float, float, float } %897, 1
	%900 = extractvalue { float, float, float, float } %897, 2
	%901 = extractvalue { float, float, float, float } %897, 3
	call void @llvm.nvvm.barrier0()
	br i1 %370, label %prefetch, label %prefetched

epilogue:
	%902 = phi float [ 0.0, %entry ], [ %1748, %1630 ]
	%903 = phi float [ 0.0, %entry ], [ %1800, %1630 ]
	%904 = phi i32 [ 0, %entry ], [ %362, %1630 ]
	%905 = phi float [ 0.0, %entry ], [ %2244, %1630 ]
	%906 = phi float [ 0.0, %entry ], [ %2245, %1630 ]
	%907 = phi float [ 0.0, %entry ], [ %2246, %1630 ]
	%908 = phi float [ 0.0, %entry ], [ %2247, %1630 ]
	%909 = phi float [ 0.0, %entry ], [ %2249, %1630 ]
	%910 = phi float [ 0.0, %entry ], [ %2250, %1630 ]
	%911 = phi float [ 0.0, %entry ], [ %2251, %1630 ]
	%912 = phi float [ 0.0, %entry ], [ %2252, %1630 ]
	%913 = phi float [ 0.0, %entry ], [ %2261, %1630 ]
	%914 = phi float [ 0.0, %entry ], [ %2262, %1630 ]
	%915 = phi float [ 0.0, %entry ], [ %2263, %1630 ]
	%916 = phi float [ 0.0, %entry ], [ %2264, %1630 ]
	%917 = phi float [ 0.0, %entry ], [ %2266, %1630 ]
	%918 = phi float [ 0.0, %entry ], [ %2267, %1630 ]
	%919 = phi float [ 0.0, %entry ], [ %2268, %1630 ]
	%920 = phi float [ 0.0, %entry ], [ %2269, %1630 ]
	%921 = phi float [ 0.0, %entry ], [ %2278, %1630 ]
	%922 = phi float [ 0.0, %entry ], [ %2279, %1630 ]
	%923 = phi float [ 0.0, %entry ], [ %2280, %1630 ]
	%924 = phi float [ 0.0, %entry ], [ %2281, %1630 ]
	%925 = phi float [ 0.0, %entry ], [ %2283, %1630 ]
	%926 = phi float [ 0.0, %entry ], [ %2284, %1630 ]
	%927 = phi float [ 0.0, %entry ], [ %2285, %1630 ]
	%928 = phi float [ 0.0, %entry ], [ %2286, %1630 ]
	%929 = phi float [ 0.0, %entry ], [ %2295, %1630 ]
	%930 = phi float [ 0.0, %entry ], [ %2296, %1630 ]
	%931 = phi float [ 0.0, %entry ], [ %2297, %1630 ]
	%932 = phi float [ 0.0, %entry ], [ %2298, %1630 ]
	%933 = phi float [ 0.0, %entry ], [ %2300, %1630 ]
	%934 = phi float [ 0.0, %entry ], [ %2301, %1630 ]
	%935 = phi float [ 0.0, %entry ], [ %2302, %1630 ]
	%936 = phi float [ 0.0, %entry ], [ %2303, %1630 ]
	%937 = phi float [ 0.0, %entry ], [ %2312, %1630 ]
	%938 = phi float [ 0.0, %entry ], [ %2313, %1630 ]
	%939 = phi float [ 0.0, %entry ], [ %2314, %1630 ]
	%940 = phi float [ 0.0, %entry ], [ %2315, %1630 ]
	%941 = phi float [ 0.0, %entry ], [ %2317, %1630 ]
	%942 = phi float [ 0.0, %entry ], [ %2318, %1630 ]
	%943 = phi float [ 0.0, %entry ], [ %2319, %1630 ]
	%944 = phi float [ 0.0, %entry ], [ %2320, %1630 ]
	%945 = phi float [ 0.0, %entry ], [ %2329, %1630 ]
	%946 = phi float [ 0.0, %entry ], [ %2330, %1630 ]
	%947 = phi float [ 0.0, %entry ], [ %2331, %1630 ]
	%948 = phi float [ 0.0, %entry ], [ %2332, %1630 ]
	%949 = phi float [ 0.0, %entry ], [ %2334, %1630 ]
	%950 = phi float [ 0.0, %entry ], [ %2335, %1630 ]
	%951 = phi float [ 0.0, %entry ], [ %2336, %1630 ]
	%952 = phi float [ 0.0, %entry ], [ %2337, %1630 ]
	%953 = phi float [ 0.0, %entry ], [ %2346, %1630 ]
	%954 = phi float [ 0.0, %entry ], [ %2347, %1630 ]
	%955 = phi float [ 0.0, %entry ], [ %2348, %1630 ]
	%956 = phi float [ 0.0, %entry ], [ %2349, %1630 ]
	%957 = phi float [ 0.0, %entry ], [ %2351, %1630 ]
	%958 = phi float [ 0.0, %entry ], [ %2352, %1630 ]
	%959 = phi float [ 0.0, %entry ], [ %2353, %1630 ]
	%960 = phi float [ 0.0, %entry ], [ %2354, %1630 ]
	%961 = phi float [ 0.0, %entry ], [ %2363, %1630 ]
	%962 = phi float [ 0.0, %entry ], [ %2364, %1630 ]
	%963 = phi float [ 0.0, %entry ], [ %2365, %1630 ]
	%964 = phi float [ 0.0, %entry ], [ %2366, %1630 ]
	%965 = phi float [ 0.0, %entry ], [ %2368, %1630 ]
	%966 = phi float [ 0.0, %entry ], [ %2369, %1630 ]
	%967 = phi float [ 0.0, %entry ], [ %2370, %1630 ]
	%968 = phi float [ 0.0, %entry ], [ %2371, %1630 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	%969 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %902, i32 1, i32 31)
	%970 = fadd float %902, %969
	%971 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %970, i32 2, i32 31)
	%972 = fadd float %970, %971
	%973 = fcmp ogt float %972, 0.0
	%974 = fdiv float 1.0, %972
	%975 = select i1 %973, float %974, float 0.0
	%976 = mul i32 %3, 16
	%977 = add i32 %12, %976
	%978 = add i32 %5, 0
	%979 = add i32 %977, %978
	%980 = fmul float %905, %975
	%981 = fmul float %906, %975
	%982 = fmul float %909, %975
	%983 = fmul float %910, %975
	%984 = fmul float %913, %975
	%985 = fmul float %914, %975
	%986 = fmul float %917, %975
	%987 = fmul float %918, %975
	%988 = fmul float %921, %975
	%989 = fmul float %922, %975
	%990 = fmul float %925, %975
	%991 = fmul float %926, %975
	%992 = fmul float %929, %975
	%993 = fmul float %930, %975
	%994 = fmul float %933, %975
	%995 = fmul float %934, %975
	%996 = fmul float %937, %975
	%997 = fmul float %938, %975
	%998 = fmul float %941, %975
	%999 = fmul float %942, %975
	%1000 = fmul float %945, %975
	%1001 = fmul float %946, %975
	%1002 = fmul float %949, %975
	%1003 = fmul float %950, %975
	%1004 = fmul float %953, %975
	%1005 = fmul float %954, %975
	%1006 = fmul float %957, %975
	%1007 = fmul float %958, %975
	%1008 = fmul float %961, %975
	%1009 = fmul float %962, %975
	%1010 = fmul float %965, %975
	%1011 = fmul float %966, %975
	%1012 = icmp slt i32 %979, %M
	br i1 %1012, label %store0, label %stored0

prefetch:
	%1013 = mul i32 %369, 64
	%1014 = lshr i32 %2, 4
	%1015 = and i32 %2, 15
	%1016 = and i32 %1014, 7
	%1017 = xor i32 %1015, %1016
	%1018 = mul i32 %1014, 16
	%1019 = add i32 %1018, %1017
	%1020 = shl i32 %1019, 4
	%1021 = add i32 %0, %1020
	%1022 = add i32 %1013, %1014
	%1023 = mul i32 %1022, 128
	%1024 = mul i32 %1015, 8
	%1025 = add i32 %1023, %1024
	%1026 = sext i32 %1025 to i64
	%1027 = getelementptr i16, i16* %20, i64 %1026
	%1028 = add i32 %1022, 0
	%1029 = icmp slt i32 %1028, %N
	%1030 = getelementptr i16, i16* %1027, i64 0
	%1031 = select i1 %1029, i16* %1030, i16* %20
	%1032 = add i32 %1021, 0
	%1033 = select i1 %1029, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1032, i16* %1031, i32 %1033)
	%1034 = add i32 %1022, 8
	%1035 = icmp slt i32 %1034, %N
	%1036 = getelementptr i16, i16* %1027, i64 1024
	%1037 = select i1 %1035, i16* %1036, i16* %20
	%1038 = add i32 %1021, 2048
	%1039 = select i1 %1035, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1038, i16* %1037, i32 %1039)
	%1040 = add i32 %1022, 16
	%1041 = icmp slt i32 %1040, %N
	%1042 = getelementptr i16, i16* %1027, i64 2048
	%1043 = select i1 %1041, i16* %1042, i16* %20
	%1044 = add i32 %1021, u0x1000
	%1045 = select i1 %1041, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1044, i16* %1043, i32 %1045)
	%1046 = add i32 %1022, 24
	%1047 = icmp slt i32 %1046, %N
	%1048 = getelementptr i16, i16* %1027, i64 3072
	%1049 = select i1 %1047, i16* %1048, i16* %20
	%1050 = add i32 %1021, 6144
	%1051 = select i1 %1047, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1050, i16* %1049, i32 %1051)
	%1052 = add i32 %1022, 32
	%1053 = icmp slt i32 %1052, %N
	%1054 = getelementptr i16, i16* %1027, i64 u0x1000
	%1055 = select i1 %1053, i16* %1054, i16* %20
	%1056 = add i32 %1021, u0x2000
	%1057 = select i1 %1053, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1056, i16* %1055, i32 %1057)
	%1058 = add i32 %1022, 40
	%1059 = icmp slt i32 %1058, %N
	%1060 = getelementptr i16, i16* %1027, i64 5120
	%1061 = select i1 %1059, i16* %1060, i16* %20
	%1062 = add i32 %1021, 10240
	%1063 = select i1 %1059, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1062, i16* %1061, i32 %1063)
	%1064 = add i32 %1022, 48
	%1065 = icmp slt i32 %1064, %N
	%1066 = getelementptr i16, i16* %1027, i64 6144
	%1067 = select i1 %1065, i16* %1066, i16* %20
	%1068 = add i32 %1021, 12288
	%1069 = select i1 %1065, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1068, i16* %1067, i32 %1069)
	%1070 = add i32 %1022, 56
	%1071 = icmp slt i32 %1070, %N
	%1072 = getelementptr i16, i16* %1027, i64 7168
	%1073 = select i1 %1071, i16* %1072, i16* %20
	%1074 = add i32 %1021, 14336
	%1075 = select i1 %1071, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1074, i16* %1073, i32 %1075)
	br label %prefetched

prefetched:
	call void asm sideeffect "cp.async.commit_group;", ""()
	%1076 = mul i32 %3, 16
	%1077 = add i32 %12, %1076
	%1078 = add i32 %5, 0
	%1079 = add i32 %1077, %1078
	%1080 = mul i32 %3, 16
	%1081 = add i32 %12, %1080
	%1082 = add i32 %5, 8
	%1083 = add i32 %1081, %1082
	%1084 = sitofp i32 %10 to float
	%1085 = add i32 %33, %230
	%1086 = sext i32 %1085 to i64
	%1087 = getelementptr i8, i8* %cls, i64 %1086
	%1088 = load i8, i8* %1087
	%1089 = icmp ne i8 %1088, 2
	br i1 %1089, label %partial, label %softmax

partial:
	%1090 = shl i32 %6, 1
	%1091 = add i32 0, %1090
	%1092 = add i32 %299, %1091
	%1093 = icmp slt i32 %1092, %N
	%1094 = select i1 %1093, i32 %1092, i32 0
	%1095 = sitofp i32 %1079 to float
	%1096 = sitofp i32 %1094 to float
	%1097 = fcmp ole float %1096, %1095
	%1098 = uitofp i1 %1097 to float
	%1099 = fcmp une float %1098, 0.0
	%1100 = and i1 %1093, %1099
	%1101 = select i1 %1100, float %845, float 0xFFF0000000000000
	%1102 = shl i32 %6, 1
	%1103 = add i32 1, %1102
	%1104 = add i32 %299, %1103
	%1105 = icmp slt i32 %1104, %N
	%1106 = select i1 %1105, i32 %1104, i32 0
	%1107 = sitofp i32 %1079 to float
	%1108 = sitofp i32 %1106 to float
	%1109 = fcmp ole float %1108, %1107
	%1110 = uitofp i1 %1109 to float
	%1111 = fcmp une float %1110, 0.0
	%1112 = and i1 %1105, %1111
	%1113 = select i1 %1112, float %846, float 0xFFF0000000000000
	%1114 = shl i32 %6, 1
	%1115 = add i32 0, %1114
	%1116 = add i32 %299, %1115
	%1117 = icmp slt i32 %1116, %N
	%1118 = select i1 %1117, i32 %1116, i32 0
	%1119 = sitofp i32 %1083 to float
	%1120 = sitofp i32 %1118 to float
	%1121 = fcmp ole float %1120, %1119
	%1122 = uitofp i1 %1121 to float
	%1123 = fcmp une float %1122, 0.0
	%1124 = and i1 %1117, %1123
	%1125 = select i1 %1124, float %847, float 0xFFF0000000000000
	%1126 = shl i32 %6, 1
	%1127 = add i32 1, %1126
	%1128 = add i32 %299, %1127
	%1129 = icmp slt i32 %1128, %N
	%1130 = select i1 %1129, i32 %1128, i32 0
	%1131 = sitofp i32 %1083 to float
	%1132 = sitofp i32 %1130 to float
	%1133 = fcmp ole float %1132, %1131
	%1134 = uitofp i1 %1133 to float
	%1135 = fcmp une float %1134, 0.0
	%1136 = and i1 %1129, %1135
	%1137 = select i1 %1136, float %848, float 0xFFF0000000000000
	%1138 = shl i32 %6, 1
	%1139 = add i32 8, %1138
	%1140 = add i32 %299, %1139
	%1141 = icmp slt i32 %1140, %N
	%1142 = select i1 %1141, i32 %1140, i32 0
	%1143 = sitofp i32 %1079 to float
	%1144 = sitofp i32 %1142 to float
	%1145 = fcmp ole float %1144, %1143
	%1146 = uitofp i1 %1145 to float
	%1147 = fcmp une float %1146, 0.0
	%1148 = and i1 %1141, %1147
	%1149 = select i1 %1148, float %850, float 0xFFF0000000000000
	%1150 = shl i32 %6, 1
	%1151 = add i32 9, %1150
	%1152 = add i32 %299, %1151
	%1153 = icmp slt i32 %1152, %N
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = sitofp i32 %1079 to float
	%1156 = sitofp i32 %1154 to float
	%1157 = fcmp ole float %1156, %1155
	%1158 = uitofp i1 %1157 to float
	%1159 = fcmp une float %1158, 0.0
	%1160 = and i1 %1153, %1159
	%1161 = select i1 %1160, float %851, float 0xFFF0000000000000
	%1162 = shl i32 %6, 1
	%1163 = add i32 8, %1162
	%1164 = add i32 %299, %1163
	%1165 = icmp slt i32 %1164, %N
	%1166 = select i1 %1165, i32 %1164, i32 0
	%1167 = sitofp i32 %1083 to float
	%1168 = sitofp i32 %1166 to float
	%1169 = fcmp ole float %1168, %1167
	%1170 = uitofp i1 %1169 to float
	%1171 = fcmp une float %1170, 0.0
	%1172 = and i1 %1165, %1171
	%1173 = select i1 %1172, float %852, float 0xFFF0000000000000
	%1174 = shl i32 %6, 1
	%1175 = add i32 9, %1174
	%1176 = add i32 %299, %1175
	%1177 = icmp slt i32 %1176, %N
	%1178 = select i1 %1177, i32 %1176, i32 0
	%1179 = sitofp i32 %1083 to float
	%1180 = sitofp i32 %1178 to float
	%1181 = fcmp ole float %1180, %1179
	%1182 = uitofp i1 %1181 to float
	%1183 = fcmp une float %1182, 0.0
	%1184 = and i1 %1177, %1183
	%1185 = select i1 %1184, float %853, float 0xFFF0000000000000
	%1186 = shl i32 %6, 1
	%1187 = add i32 16, %1186
	%1188 = add i32 %299, %1187
	%1189 = icmp slt i32 %1188, %N
	%1190 = select i1 %1189, i32 %1188, i32 0
	%1191 = sitofp i32 %1079 to float
	%1192 = sitofp i32 %1190 to float
	%1193 = fcmp ole float %1192, %1191
	%1194 = uitofp i1 %1193 to float
	%1195 = fcmp une float %1194, 0.0
	%1196 = and i1 %1189, %1195
	%1197 = select i1 %1196, float %861, float 0xFFF0000000000000
	%1198 = shl i32 %6, 1
	%1199 = add i32 17, %1198
	%1200 = add i32 %299, %1199
	%1201 = icmp slt i32 %1200, %N
	%1202 = select i1 %1201, i32 %1200, i32 0
	%1203 = sitofp i32 %1079 to float
	%1204 = sitofp i32 %1202 to float
	%1205 = fcmp ole float %1204, %1203
	%1206 = uitofp i1 %1205 to float
	%1207 = fcmp une float %1206, 0.0
	%1208 = and i1 %1201, %1207
	%1209 = select i1 %1208, float %862, float 0xFFF0000000000000
	%1210 = shl i32 %6, 1
	%1211 = add i32 16, %1210
	%1212 = add i32 %299, %1211
	%1213 = icmp slt i32 %1212, %N
	%1214 = select i1 %1213, i32 %1212, i32 0
	%1215 = sitofp i32 %1083 to float
	%1216 = sitofp i32 %1214 to float
	%1217 = fcmp ole float %1216, %1215
	%1218 = uitofp i1 %1217 to float
	%1219 = fcmp une float %1218, 0.0
	%1220 = and i1 %1213, %1219
	%1221 = select i1 %1220, float %863, float 0xFFF0000000000000
	%1222 = shl i32 %6, 1
	%1223 = add i32 17, %1222
	%1224 = add i32 %299, %1223
	%1225 = icmp slt i32 %1224, %N
	%1226 = select i1 %1225, i32 %1224, i32 0
	%1227 = sitofp i32 %1083 to float
	%1228 = sitofp i32 %1226 to float
	%1229 = fcmp ole float %1228, %1227
	%1230 = uitofp i1 %1229 to float
	%1231 = fcmp une float %1230, 0.0
	%1232 = and i1 %1225, %1231
	%1233 = select i1 %1232, float %864, float 0xFFF0000000000000
	%1234 = shl i32 %6, 1
	%1235 = add i32 24, %1234
	%1236 = add i32 %299, %1235
	%1237 = icmp slt i32 %1236, %N
	%1238 = select i1 %1237, i32 %1236, i32 0
	%1239 = sitofp i32 %1079 to float
	%1240 = sitofp i32 %1238 to float
	%1241 = fcmp ole float %1240, %1239
	%1242 = uitofp i1 %1241 to float
	%1243 = fcmp une float %1242, 0.0
	%1244 = and i1 %1237, %1243
	%1245 = select i1 %1244, float %866, float 0xFFF0000000000000
	%1246 = shl i32 %6, 1
	%1247 = add i32 25, %1246
	%1248 = add i32 %299, %1247
	%1249 = icmp slt i32 %1248, %N
	%1250 = select i1 %1249, i32 %1248, i32 0
	%1251 = sitofp i32 %1079 to float
	%1252 = sitofp i32 %1250 to float
	%1253 = fcmp ole float %1252, %1251
	%1254 = uitofp i1 %1253 to float
	%1255 = fcmp une float %1254, 0.0
	%1256 = and i1 %1249, %1255
	%1257 = select i1 %1256, float %867, float 0xFFF0000000000000
	%1258 = shl i32 %6, 1
	%1259 = add i32 24, %1258
	%1260 = add i32 %299, %1259
	%1261 = icmp slt i32 %1260, %N
	%1262 = select i1 %1261, i32 %1260, i32 0
	%1263 = sitofp i32 %1083 to float
	%1264 = sitofp i32 %1262 to float
	%1265 = fcmp ole float %1264, %1263
	%1266 = uitofp i1 %1265 to float
	%1267 = fcmp une float %1266, 0.0
	%1268 = and i1 %1261, %1267
	%1269 = select i1 %1268, float %868, float 0xFFF0000000000000
	%1270 = shl i32 %6, 1
	%1271 = add i32 25, %1270
	%1272 = add i32 %299, %1271
	%1273 = icmp slt i32 %1272, %N
	%1274 = select i1 %1273, i32 %1272, i32 0
	%1275 = sitofp i32 %1083 to float
	%1276 = sitofp i32 %1274 to float
	%1277 = fcmp ole float %1276, %1275
	%1278 = uitofp i1 %1277 to float
	%1279 = fcmp une float %1278, 0.0
	%1280 = and i1 %1273, %1279
	%1281 = select i1 %1280, float %869, float 0xFFF0000000000000
	%1282 = shl i32 %6, 1
	%1283 = add i32 32, %1282
	%1284 = add i32 %299, %1283
	%1285 = icmp slt i32 %1284, %N
	%1286 = select i1 %1285, i32 %1284, i32 0
	%1287 = sitofp i32 %1079 to float
	%1288 = sitofp i32 %1286 to float
	%1289 = fcmp ole float %1288, %1287
	%1290 = uitofp i1 %1289 to float
	%1291 = fcmp une float %1290, 0.0
	%1292 = and i1 %1285, %1291
	%1293 = select i1 %1292, float %877, float 0xFFF0000000000000
	%1294 = shl i32 %6, 1
	%1295 = add i32 33, %1294
	%1296 = add i32 %299, %1295
	%1297 = icmp slt i32 %1296, %N
	%1298 = select i1 %1297, i32 %1296, i32 0
	%1299 = sitofp i32 %1079 to float
	%1300 = sitofp i32 %1298 to float
	%1301 = fcmp ole float %1300, %1299
	%1302 = uitofp i1 %1301 to float
	%1303 = fcmp une float %1302, 0.0
	%1304 = and i1 %1297, %1303
	%1305 = select i1 %1304, float %878, float 0xFFF0000000000000
	%1306 = shl i32 %6, 1
	%1307 = add i32 32, %1306
	%1308 = add i32 %299, %1307
	%1309 = icmp slt i32 %1308, %N
	%1310 = select i1 %1309, i32 %1308, i32 0
	%1311 = sitofp i32 %1083 to float
	%1312 = sitofp i32 %1310 to float
	%1313 = fcmp ole float %1312, %1311
	%1314 = uitofp i1 %1313 to float
	%1315 = fcmp une float %1314, 0.0
	%1316 = and i1 %1309, %1315
	%1317 = select i1 %1316, float %879, float 0xFFF0000000000000
	%1318 = shl i32 %6, 1
	%1319 = add i32 33, %1318
	%1320 = add i32 %299, %1319
	%1321 = icmp slt i32 %1320, %N
	%1322 = select i1 %1321, i32 %1320, i32 0
	%1323 = sitofp i32 %1083 to float
	%1324 = sitofp i32 %1322 to float
	%1325 = fcmp ole float %1324, %1323
	%1326 = uitofp i1 %1325 to float
	%1327 = fcmp une float %1326, 0.0
	%1328 = and i1 %1321, %1327
	%1329 = select i1 %1328, float %880, float 0xFFF0000000000000
	%1330 = shl i32 %6, 1
	%1331 = add i32 40, %1330
	%1332 = add i32 %299, %1331
	%1333 = icmp slt i32 %1332, %N
	%1334 = select i1 %1333, i32 %1332, i32 0
	%1335 = sitofp i32 %1079 to float
	%1336 = sitofp i32 %1334 to float
	%1337 = fcmp ole float %1336, %1335
	%1338 = uitofp i1 %1337 to float
	%1339 = fcmp une float %1338, 0.0
	%1340 = and i1 %1333, %1339
	%1341 = select i1 %1340, float %882, float 0xFFF0000000000000
	%1342 = shl i32 %6, 1
	%1343 = add i32 41, %1342
	%1344 = add i32 %299, %1343
	%1345 = icmp slt i32 %1344, %N
	%1346 = select i1 %1345, i32 %1344, i32 0
	%1347 = sitofp i32 %1079 to float
	%1348 = sitofp i32 %1346 to float
	%1349 = fcmp ole float %1348, %1347
	%1350 = uitofp i1 %1349 to float
	%1351 = fcmp une float %1350, 0.0
	%1352 = and i1 %1345, %1351
	%1353 = select i1 %1352, float %883, float 0xFFF0000000000000
	%1354 = shl i32 %6, 1
	%1355 = add i32 40, %1354
	%1356 = add i32 %299, %1355
	%1357 = icmp slt i32 %1356, %N
	%1358 = select i1 %1357, i32 %1356, i32 0
	%1359 = sitofp i32 %1083 to float
	%1360 = sitofp i32 %1358 to float
	%1361 = fcmp ole float %1360, %1359
	%1362 = uitofp i1 %1361 to float
	%1363 = fcmp une float %1362, 0.0
	%1364 = and i1 %1357, %1363
	%1365 = select i1 %1364, float %884, float 0xFFF0000000000000
	%1366 = shl i32 %6, 1
	%1367 = add i32 41, %1366
	%1368 = add i32 %299, %1367
	%1369 = icmp slt i32 %1368, %N
	%1370 = select i1 %1369, i32 %1368, i32 0
	%1371 = sitofp i32 %1083 to float
	%1372 = sitofp i32 %1370 to float
	%1373 = fcmp ole float %1372, %1371
	%1374 = uitofp i1 %1373 to float
	%1375 = fcmp une float %1374, 0.0
	%1376 = and i1 %1369, %1375
	%1377 = select i1 %1376, float %885, float 0xFFF0000000000000
	%1378 = shl i32 %6, 1
	%1379 = add i32 48, %1378
	%1380 = add i32 %299, %1379
	%1381 = icmp slt i32 %1380, %N
	%1382 = select i1 %1381, i32 %1380, i32 0
	%1383 = sitofp i32 %1079 to float
	%1384 = sitofp i32 %1382 to float
	%1385 = fcmp ole float %1384, %1383
	%1386 = uitofp i1 %1385 to float
	%1387 = fcmp une float %1386, 0.0
	%1388 = and i1 %1381, %1387
	%1389 = select i1 %1388, float %893, float 0xFFF0000000000000
	%1390 = shl i32 %6, 1
	%1391 = add i32 49, %1390
	%1392 = add i32 %299, %1391
	%1393 = icmp slt i32 %1392, %N
	%1394 = select i1 %1393, i32 %1392, i32 0
	%1395 = sitofp i32 %1079 to float
	%1396 = sitofp i32 %1394 to float
	%1397 = fcmp ole float %1396, %1395
	%1398 = uitofp i1 %1397 to float
	%1399 = fcmp une float %1398, 0.0
	%1400 = and i1 %1393, %1399
	%1401 = select i1 %1400, float %894, float 0xFFF0000000000000
	%1402 = shl i32 %6, 1
	%1403 = add i32 48, %1402
	%1404 = add i32 %299, %1403
	%1405 = icmp slt i32 %1404, %N
	%1406 = select i1 %1405, i32 %1404, i32 0
	%1407 = sitofp i32 %1083 to float
	%1408 = sitofp i32 %1406 to float
	%1409 = fcmp ole float %1408, %1407
	%1410 = uitofp i1 %1409 to float
	%1411 = fcmp une float %1410, 0.0
	%1412 = and i1 %1405, %1411
	%1413 = select i1 %1412, float %895, float 0xFFF0000000000000
	%1414 = shl i32 %6, 1
	%1415 = add i32 49, %1414
	%1416 = add i32 %299, %1415
	%1417 = icmp slt i32 %1416, %N
	%1418 = select i1 %1417, i32 %1416, i32 0
	%1419 = sitofp i32 %1083 to float
	%1420 = sitofp i32 %1418 to float
	%1421 = fcmp ole float %1420, %1419
	%1422 = uitofp i1 %1421 to float
	%1423 = fcmp une float %1422, 0.0
	%1424 = and i1 %1417, %1423
	%1425 = select i1 %1424, float %896, float 0xFFF0000000000000
	%1426 = shl i32 %6, 1
	%1427 = add i32 56, %1426
	%1428 = add i32 %299, %1427
	%1429 = icmp slt i32 %1428, %N
	%1430 = select i1 %1429, i32 %1428, i32 0
	%1431 = sitofp i32 %1079 to float
	%1432 = sitofp i32 %1430 to float
	%1433 = fcmp ole float %1432, %1431
	%1434 = uitofp i1 %1433 to float
	%1435 = fcmp une float %1434, 0.0
	%1436 = and i1 %1429, %1435
	%1437 = select i1 %1436, float %898, float 0xFFF0000000000000
	%1438 = shl i32 %6, 1
	%1439 = add i32 57, %1438
	%1440 = add i32 %299, %1439
	%1441 = icmp slt i32 %1440, %N
	%1442 = select i1 %1441, i32 %1440, i32 0
	%1443 = sitofp i32 %1079 to float
	%1444 = sitofp i32 %1442 to float
	%1445 = fcmp ole float %1444, %1443
	%1446 = uitofp i1 %1445 to float
	%1447 = fcmp une float %1446, 0.0
	%1448 = and i1 %1441, %1447
	%1449 = select i1 %1448, float %899, float 0xFFF0000000000000
	%1450 = shl i32 %6, 1
	%1451 = add i32 56, %1450
	%1452 = add i32 %299, %1451
	%1453 = icmp slt i32 %1452, %N
	%1454 = select i1 %1453, i32 %1452, i32 0
	%1455 = sitofp i32 %1083 to float
	%1456 = sitofp i32 %1454 to float
	%1457 = fcmp ole float %1456, %1455
	%1458 = uitofp i1 %1457 to float
	%1459 = fcmp une float %1458, 0.0
	%1460 = and i1 %1453, %1459
	%1461 = select i1 %1460, float %900, float 0xFFF0000000000000
	%1462 = shl i32 %6, 1
	%1463 = add i32 57, %1462
	%1464 = add i32 %299, %1463
	%1465 = icmp slt i32 %1464, %N
	%1466 = select i1 %1465, i32 %1464, i32 0
	%1467 = sitofp i32 %1083 to float
	%1468 = sitofp i32 %1466 to float
	%1469 = fcmp ole float %1468, %1467
	%1470 = uitofp i1 %1469 to float
	%1471 = fcmp une float %1470, 0.0
	%1472 = and i1 %1465, %1471
	%1473 = select i1 %1472, float %901, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1474 = phi float [ %845, %prefetched ], [ %1101, %partial ]
	%1475 = phi float [ %846, %prefetched ], [ %1113, %partial ]
	%1476 = phi float [ %847, %prefetched ], [ %1125, %partial ]
	%1477 = phi float [ %848, %prefetched ], [ %1137, %partial ]
	%1478 = phi float [ %850, %prefetched ], [ %1149, %partial ]
	%1479 = phi float [ %851, %prefetched ], [ %1161, %partial ]
	%1480 = phi float [ %852, %prefetched ], [ %1173, %partial ]
	%1481 = phi float [ %853, %prefetched ], [ %1185, %partial ]
	%1482 = phi float [ %861, %prefetched ], [ %1197, %partial ]
	%1483 = phi float [ %862, %prefetched ], [ %1209, %partial ]
	%1484 = phi float [ %863, %prefetched ], [ %1221, %partial ]
	%1485 = phi float [ %864, %prefetched ], [ %1233, %partial ]
	%1486 = phi float [ %866, %prefetched ], [ %1245, %partial ]
	%1487 = phi float [ %867, %prefetched ], [ %1257, %partial ]
	%1488 = phi float [ %868, %prefetched ], [ %1269, %partial ]
	%1489 = phi float [ %869, %prefetched ], [ %1281, %partial ]
	%1490 = phi float [ %877, %prefetched ], [ %1293, %partial ]
	%1491 = phi float [ %878, %prefetched ], [ %1305, %partial ]
	%1492 = phi float [ %879, %prefetched ], [ %1317, %partial ]
	%1493 = phi float [ %880, %prefetched ], [ %1329, %partial ]
	%1494 = phi float [ %882, %prefetched ], [ %1341, %partial ]
	%1495 = phi float [ %883, %prefetched ], [ %1353, %partial ]
	%1496 = phi float [ %884, %prefetched ], [ %1365, %partial ]
	%1497 = phi float [ %885, %prefetched ], [ %1377, %partial ]
	%1498 = phi float [ %893, %prefetched ], [ %1389, %partial ]
	%1499 = phi float [ %894, %prefetched ], [ %1401, %partial ]
	%1500 = phi float [ %895, %prefetched ], [ %1413, %partial ]
	%1501 = phi float [ %896, %prefetched ], [ %1425, %partial ]
	%1502 = phi float [ %898, %prefetched ], [ %1437, %partial ]
	%1503 = phi float [ %899, %prefetched ], [ %1449, %partial ]
	%1504 = phi float [ %900, %prefetched ], [ %1461, %partial ]
	%1505 = phi float [ %901, %prefetched ], [ %1473, %partial ]
	%1506 = call float @llvm.nvvm.fmax.f(float %1474, float %1475)
	%1507 = call float @llvm.nvvm.fmax.f(float %1478, float %1479)
	%1508 = call float @llvm.nvvm.fmax.f(float %1482, float %1483)
	%1509 = call float @llvm.nvvm.fmax.f(float %1486, float %1487)
	%1510 = call float @llvm.nvvm.fmax.f(float %1490, float %1491)
	%1511 = call float @llvm.nvvm.fmax.f(float %1494, float %1495)
	%1512 = call float @llvm.nvvm.fmax.f(float %1498, float %1499)
	%1513 = call float @llvm.nvvm.fmax.f(float %1502, float %1503)
	%1514 = call float @llvm.nvvm.fmax.f(float %1506, float %1507)
	%1515 = call float @llvm.nvvm.fmax.f(float %1508, float %1509)
	%1516 = call float @llvm.nvvm.fmax.f(float %1510, float %1511)
	%1517 = call float @llvm.nvvm.fmax.f(float %1512, float %1513)
	%1518 = call float @llvm.nvvm.fmax.f(float %1514, float %1515)
	%1519 = call float @llvm.nvvm.fmax.f(float %1516, float %1517)
	%1520 = call float @llvm.nvvm.fmax.f(float %1518, float %1519)
	%1521 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1520, i32 1, i32 31)
	%1522 = call float @llvm.nvvm.fmax.f(float %1520, float %1521)
	%1523 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1522, i32 2, i32 31)
	%1524 = call float @llvm.nvvm.fmax.f(float %1522, float %1523)
	%1525 = fmul float %1524, 0x3FC0527DC0000000
	%1526 = call float @llvm.nvvm.fmax.f(float %295, float %1525)
	%1527 = fadd float %295, 8.0
	%1528 = fcmp ogt float %1526, %1527
	%1529 = or i1 false, %1528
	%1530 = call float @llvm.nvvm.fmax.f(float %1476, float %1477)
	%1531 = call float @llvm.nvvm.fmax.f(float %1480, float %1481)
	%1532 = call float @llvm.nvvm.fmax.f(float %1484, float %1485)
	%1533 = call float @llvm.nvvm.fmax.f(float %1488, float %1489)
	%1534 = call float @llvm.nvvm.fmax.f(float %1492, float %1493)
	%1535 = call float @llvm.nvvm.fmax.f(float %1496, float %1497)
	%1536 = call float @llvm.nvvm.fmax.f(float %1500, float %1501)
	%1537 = call float @llvm.nvvm.fmax.f(float %1504, float %1505)
	%1538 = call float @llvm.nvvm.fmax.f(float %1530, float %1531)
	%1539 = call float @llvm.nvvm.fmax.f(float %1532, float %1533)
	%1540 = call float @llvm.nvvm.fmax.f(float %1534, float %1535)
	%1541 = call float @llvm.nvvm.fmax.f(float %1536, float %1537)
	%1542 = call float @llvm.nvvm.fmax.f(float %1538, float %1539)
	%1543 = call float @llvm.nvvm.fmax.f(float %1540, float %1541)
	%1544 = call float @llvm.nvvm.fmax.f(float %1542, float %1543)
	%1545 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1544, i32 1, i32 31)
	%1546 = call float @llvm.nvvm.fmax.f(float %1544, float %1545)
	%1547 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1546, i32 2, i32 31)
	%1548 = call float @llvm.nvvm.fmax.f(float %1546, float %1547)
	%1549 = fmul float %1548, 0x3FC0527DC0000000
	%1550 = call float @llvm.nvvm.fmax.f(float %297, float %1549)
	%1551 = fadd float %297, 8.0
	%1552 = fcmp ogt float %1550, %1551
	%1553 = or i1 %1529, %1552
	%1554 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1553)
	br i1 %1554, label %1555, label %1630

1555:
	%1556 = fcmp oeq float %1526, 0xFFF0000000000000
	%1557 = select i1 %1556, float 0.0, float %1526
	%1558 = fsub float %295, %1557
	%1559 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1558)
	%1560 = fcmp oeq float %1550, 0xFFF0000000000000
	%1561 = select i1 %1560, float 0.0, float %1550
	%1562 = fsub float %297, %1561
	%1563 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1562)
	%1564 = fmul float %231, %1559
	%1565 = fmul float %232, %1559
	%1566 = fmul float %233, %1563
	%1567 = fmul float %234, %1563
	%1568 = fmul float %235, %1559
	%1569 = fmul float %236, %1559
	%1570 = fmul float %237, %1563
	%1571 = fmul float %238, %1563
	%1572 = fmul float %239, %1559
	%1573 = fmul float %240, %1559
	%1574 = fmul float %241, %1563
	%1575 = fmul float %242, %1563
	%1576 = fmul float %243, %1559
	%1577 = fmul float %244, %1559
	%1578 = fmul float %245, %1563
	%1579 = fmul float %246, %1563
	%1580 = fmul float %247, %1559
	%1581 = fmul float %248, %1559
	%1582 = fmul float %249, %1563
	%1583 = fmul float %250, %1563
	%1584 = fmul float %251, %1559
	%1585 = fmul float %252, %1559
	%1586 = fmul float %253, %1563
	%1587 = fmul float %254, %1563
	%1588 = fmul float %255, %1559
	%1589 = fmul float %256, %1559
	%1590 = fmul float %257, %1563
	%1591 = fmul float %258, %1563
	%1592 = fmul float %259, %1559
	%1593 = fmul float %260, %1559
	%1594 = fmul float %261, %1563
	%1595 = fmul float %262, %1563
	%1596 = fmul float %263, %1559
	%1597 = fmul float %264, %1559
	%1598 = fmul float %265, %1563
	%1599 = fmul float %266, %1563
	%1600 = fmul float %267, %1559
	%1601 = fmul float %268, %1559
	%1602 = fmul float %269, %1563
	%1603 = fmul float %270, %1563
	%1604 = fmul float %271, %1559
	%1605 = fmul float %272, %1559
	%1606 = fmul float %273, %1563
	%1607 = fmul float %274, %1563
	%1608 = fmul float %275, %1559
	%1609 = fmul float %276, %1559
	%1610 = fmul float %277, %1563
	%1611 = fmul float %278, %1563
	%1612 = fmul float %279, %1559
	%1613 = fmul float %280, %1559
	%1614 = fmul float %281, %1563
	%1615 = fmul float %282, %1563
	%1616 = fmul float %283, %1559
	%1617 = fmul float %284, %1559
	%1618 = fmul float %285, %1563
	%1619 = fmul float %286, %1563
	%1620 = fmul float %287, %1559
	%1621 = fmul float %288, %1559
	%1622 = fmul float %289, %1563
	%1623 = fmul float %290, %1563
	%1624 = fmul float %291, %1559
	%1625 = fmul float %292, %1559
	%1626 = fmul float %293, %1563
	%1627 = fmul float %294, %1563
	%1628 = fmul float %296, %1559
	%1629 = fmul float %298, %1563
	br label %1630

1630:
	%1631 = phi float [ %231, %softmax ], [ %1564, %1555 ]
	%1632 = phi float [ %232, %softmax ], [ %1565, %1555 ]
	%1633 = phi float [ %233, %softmax ], [ %1566, %1555 ]
	%1634 = phi float [ %234, %softmax ], [ %1567, %1555 ]
	%1635 = phi float [ %235, %softmax ], [ %1568, %1555 ]
	%1636 = phi float [ %236, %softmax ], [ %1569, %1555 ]
	%1637 = phi float [ %237, %softmax ], [ %1570, %1555 ]
	%1638 = phi float [ %238, %softmax ], [ %1571, %1555 ]
	%1639 = phi float [ %239, %softmax ], [ %1572, %1555 ]
	%1640 = phi float [ %240, %softmax ], [ %1573, %1555 ]
	%1641 = phi float [ %241, %softmax ], [ %1574, %1555 ]
	%1642 = phi float [ %242, %softmax ], [ %1575, %1555 ]
	%1643 = phi float [ %243, %softmax ], [ %1576, %1555 ]
	%1644 = phi float [ %244, %softmax ], [ %1577, %1555 ]
	%1645 = phi float [ %245, %softmax ], [ %1578, %1555 ]
	%1646 = phi float [ %246, %softmax ], [ %1579, %1555 ]
	%1647 = phi float [ %247, %softmax ], [ %1580, %1555 ]
	%1648 = phi float [ %248, %softmax ], [ %1581, %1555 ]
	%1649 = phi float [ %249, %softmax ], [ %1582, %1555 ]
	%1650 = phi float [ %250, %softmax ], [ %1583, %1555 ]
	%1651 = phi float [ %251, %softmax ], [ %1584, %1555 ]
	%1652 = phi float [ %252, %softmax ], [ %1585, %1555 ]
	%1653 = phi float [ %253, %softmax ], [ %1586, %1555 ]
	%1654 = phi float [ %254, %softmax ], [ %1587, %1555 ]
	%1655 = phi float [ %255, %softmax ], [ %1588, %1555 ]
	%1656 = phi float [ %256, %softmax ], [ %1589, %1555 ]
	%1657 = phi float [ %257, %softmax ], [ %1590, %1555 ]
	%1658 = phi float [ %258, %softmax ], [ %1591, %1555 ]
	%1659 = phi float [ %259, %softmax ], [ %1592, %1555 ]
	%1660 = phi float [ %260, %softmax ], [ %1593, %1555 ]
	%1661 = phi float [ %261, %softmax ], [ %1594, %1555 ]
	%1662 = phi float [ %262, %softmax ], [ %1595, %1555 ]
	%1663 = phi float [ %263, %softmax ], [ %1596, %1555 ]
	%1664 = phi float [ %264, %softmax ], [ %1597, %1555 ]
	%1665 = phi float [ %265, %softmax ], [ %1598, %1555 ]
	%1666 = phi float [ %266, %softmax ], [ %1599, %1555 ]
	%1667 = phi float [ %267, %softmax ], [ %1600, %1555 ]
	%1668 = phi float [ %268, %softmax ], [ %1601, %1555 ]
	%1669 = phi float [ %269, %softmax ], [ %1602, %1555 ]
	%1670 = phi float [ %270, %softmax ], [ %1603, %1555 ]
	%1671 = phi float [ %271, %softmax ], [ %1604, %1555 ]
	%1672 = phi float [ %272, %softmax ], [ %1605, %1555 ]
	%1673 = phi float [ %273, %softmax ], [ %1606, %1555 ]
	%1674 = phi float [ %274, %softmax ], [ %1607, %1555 ]
	%1675 = phi float [ %275, %softmax ], [ %1608, %1555 ]
	%1676 = phi float [ %276, %softmax ], [ %1609, %1555 ]
	%1677 = phi float [ %277, %softmax ], [ %1610, %1555 ]
	%1678 = phi float [ %278, %softmax ], [ %1611, %1555 ]
	%1679 = phi float [ %279, %softmax ], [ %1612, %1555 ]
	%1680 = phi float [ %280, %softmax ], [ %1613, %1555 ]
	%1681 = phi float [ %281, %softmax ], [ %1614, %1555 ]
	%1682 = phi float [ %282, %softmax ], [ %1615, %1555 ]
	%1683 = phi float [ %283, %softmax ], [ %1616, %1555 ]
	%1684 = phi float [ %284, %softmax ], [ %1617, %1555 ]
	%1685 = phi float [ %285, %softmax ], [ %1618, %1555 ]
	%1686 = phi float [ %286, %softmax ], [ %1619, %1555 ]
	%1687 = phi float [ %287, %softmax ], [ %1620, %1555 ]
	%1688 = phi float [ %288, %softmax ], [ %1621, %1555 ]
	%1689 = phi float [ %289, %softmax ], [ %1622, %1555 ]
	%1690 = phi float [ %290, %softmax ], [ %1623, %1555 ]
	%1691 = phi float [ %291, %softmax ], [ %1624, %1555 ]
	%1692 = phi float [ %292, %softmax ], [ %1625, %1555 ]
	%1693 = phi float [ %293, %softmax ], [ %1626, %1555 ]
	%1694 = phi float [ %294, %softmax ], [ %1627, %1555 ]
	%1695 = phi float [ %296, %softmax ], [ %1628, %1555 ]
	%1696 = phi float [ %298, %softmax ], [ %1629, %1555 ]
	%1697 = select i1 %1554, float %1526, float %295
	%1698 = fcmp oeq float %1697, 0xFFF0000000000000
	%1699 = select i1 %1698, float 0.0, float %1697
	%1700 = fneg float %1699
	%1701 = call float @llvm.fma.f32(float %1474, float 0x3FC0527DC0000000, float %1700)
	%1702 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1701)
	%1703 = call float @llvm.fma.f32(float %1475, float 0x3FC0527DC0000000, float %1700)
	%1704 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1703)
	%1705 = call float @llvm.fma.f32(float %1478, float 0x3FC0527DC0000000, float %1700)
	%1706 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1705)
	%1707 = call float @llvm.fma.f32(float %1479, float 0x3FC0527DC0000000, float %1700)
	%1708 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1707)
	%1709 = call float @llvm.fma.f32(float %1482, float 0x3FC0527DC0000000, float %1700)
	%1710 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1709)
	%1711 = call float @llvm.fma.f32(float %1483, float 0x3FC0527DC0000000, float %1700)
	%1712 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1711)
	%1713 = call float @llvm.fma.f32(float %1486, float 0x3FC0527DC0000000, float %1700)
	%1714 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1713)
	%1715 = call float @llvm.fma.f32(float %1487, float 0x3FC0527DC0000000, float %1700)
	%1716 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1715)
	%1717 = call float @llvm.fma.f32(float %1490, float 0x3FC0527DC0000000, float %1700)
	%1718 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1717)
	%1719 = call float @llvm.fma.f32(float %1491, float 0x3FC0527DC0000000, float %1700)
	%1720 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1719)
	%1721 = call float @llvm.fma.f32(float %1494, float 0x3FC0527DC0000000, float %1700)
	%1722 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1721)
	%1723 = call float @llvm.fma.f32(float %1495, float 0x3FC0527DC0000000, float %1700)
	%1724 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1723)
	%1725 = call float @llvm.fma.f32(float %1498, float 0x3FC0527DC0000000, float %1700)
	%1726 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1725)
	%1727 = call float @llvm.fma.f32(float %1499, float 0x3FC0527DC0000000, float %1700)
	%1728 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1727)
	%1729 = call float @llvm.fma.f32(float %1502, float 0x3FC0527DC0000000, float %1700)
	%1730 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1729)
	%1731 = call float @llvm.fma.f32(float %1503, float 0x3FC0527DC0000000, float %1700)
	%1732 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1731)
	%1733 = fadd float %1702, %1704
	%1734 = fadd float %1706, %1708
	%1735 = fadd float %1710, %1712
	%1736 = fadd float %1714, %1716
	%1737 = fadd float %1718, %1720
	%1738 = fadd float %1722, %1724
	%1739 = fadd float %1726, %1728
	%1740 = fadd float %1730, %1732
	%1741 = fadd float %1733, %1734
	%1742 = fadd float %1735, %1736
	%1743 = fadd float %1737, %1738
	%1744 = fadd float %1739, %1740
	%1745 = fadd float %1741, %1742
	%1746 = fadd float %1743, %1744
	%1747 = fadd float %1745, %1746
	%1748 = fadd float %1695, %1747
	%1749 = select i1 %1554, float %1550, float %297
	%1750 = fcmp oeq float %1749, 0xFFF0000000000000
	%1751 = select i1 %1750, float 0.0, float %1749
	%1752 = fneg float %1751
	%1753 = call float @llvm.fma.f32(float %1476, float 0x3FC0527DC0000000, float %1752)
	%1754 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1753)
	%1755 = call float @llvm.fma.f32(float %1477, float 0x3FC0527DC0000000, float %1752)
	%1756 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1755)
	%1757 = call float @llvm.fma.f32(float %1480, float 0x3FC0527DC0000000, float %1752)
	%1758 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1757)
	%1759 = call float @llvm.fma.f32(float %1481, float 0x3FC0527DC0000000, float %1752)
	%1760 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1759)
	%1761 = call float @llvm.fma.f32(float %1484, float 0x3FC0527DC0000000, float %1752)
	%1762 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1761)
	%1763 = call float @llvm.fma.f32(float %1485, float 0x3FC0527DC0000000, float %1752)
	%1764 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1763)
	%1765 = call float @llvm.fma.f32(float %1488, float 0x3FC0527DC0000000, float %1752)
	%1766 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1765)
	%1767 = call float @llvm.fma.f32(float %1489, float 0x3FC0527DC0000000, float %1752)
	%1768 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1767)
	%1769 = call float @llvm.fma.f32(float %1492, float 0x3FC0527DC0000000, float %1752)
	%1770 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1769)
	%1771 = call float @llvm.fma.f32(float %1493, float 0x3FC0527DC0000000, float %1752)
	%1772 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1771)
	%1773 = call float @llvm.fma.f32(float %1496, float 0x3FC0527DC0000000, float %1752)
	%1774 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1773)
	%1775 = call float @llvm.fma.f32(float %1497, float 0x3FC0527DC0000000, float %1752)
	%1776 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1775)
	%1777 = call float @llvm.fma.f32(float %1500, float 0x3FC0527DC0000000, float %1752)
	%1778 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1777)
	%1779 = call float @llvm.fma.f32(float %1501, float 0x3FC0527DC0000000, float %1752)
	%1780 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1779)
	%1781 = call float @llvm.fma.f32(float %1504, float 0x3FC0527DC0000000, float %1752)
	%1782 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1781)
	%1783 = call float @llvm.fma.f32(float %1505, float 0x3FC0527DC0000000, float %1752)
	%1784 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1783)
	%1785 = fadd float %1754, %1756
	%1786 = fadd float %1758, %1760
	%1787 = fadd float %1762, %1764
	%1788 = fadd float %1766, %1768
	%1789 = fadd float %1770, %1772
	%1790 = fadd float %1774, %1776
	%1791 = fadd float %1778, %1780
	%1792 = fadd float %1782, %1784
	%1793 = fadd float %1785, %1786
	%1794 = fadd float %1787, %1788
	%1795 = fadd float %1789, %1790
	%1796 = fadd float %1791, %1792
	%1797 = fadd float %1793, %1794
	%1798 = fadd float %1795, %1796
	%1799 = fadd float %1797, %1798
	%1800 = fadd float %1696, %1799
	call void asm sideeffect "cp.async.wait_group 1;", ""()
	call void @llvm.nvvm.barrier0()
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
	%1812 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1704, float %1702)
	%1813 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1756, float %1754)
	%1814 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1708, float %1706)
	%1815 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1760, float %1758)
	%1816 = xor i32 %1811, 0
	%1817 = add i32 %1816, 0
	%1818 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1817)
	%1819 = extractvalue { i32, i32, i32, i32 } %1818, 0
	%1820 = extractvalue { i32, i32, i32, i32 } %1818, 1
	%1821 = extractvalue { i32, i32, i32, i32 } %1818, 2
	%1822 = extractvalue { i32, i32, i32, i32 } %1818, 3
	%1823 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1819, i32 %1820, float %1631, float %1632, float %1633, float %1634)
	%1824 = extractvalue { float, float, float, float } %1823, 0
	%1825 = extractvalue { float, float, float, float } %1823, 1
	%1826 = extractvalue { float, float, float, float } %1823, 2
	%1827 = extractvalue { float, float, float, float } %1823, 3
	%1828 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1821, i32 %1822, float %1635, float %1636, float %1637, float %1638)
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
	%1840 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1836, i32 %1837, float %1639, float %1640, float %1641, float %1642)
	%1841 = extractvalue { float, float, float, float } %1840, 0
	%1842 = extractvalue { float, float, float, float } %1840, 1
	%1843 = extractvalue { float, float, float, float } %1840, 2
	%1844 = extractvalue { float, float, float, float } %1840, 3
	%1845 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1838, i32 %1839, float %1643, float %1644, float %1645, float %1646)
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
	%1857 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1853, i32 %1854, float %1647, float %1648, float %1649, float %1650)
	%1858 = extractvalue { float, float, float, float } %1857, 0
	%1859 = extractvalue { float, float, float, float } %1857, 1
	%1860 = extractvalue { float, float, float, float } %1857, 2
	%1861 = extractvalue { float, float, float, float } %1857, 3
	%1862 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1855, i32 %1856, float %1651, float %1652, float %1653, float %1654)
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
	%1874 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1870, i32 %1871, float %1655, float %1656, float %1657, float %1658)
	%1875 = extractvalue { float, float, float, float } %1874, 0
	%1876 = extractvalue { float, float, float, float } %1874, 1
	%1877 = extractvalue { float, float, float, float } %1874, 2
	%1878 = extractvalue { float, float, float, float } %1874, 3
	%1879 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1872, i32 %1873, float %1659, float %1660, float %1661, float %1662)
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
	%1891 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1887, i32 %1888, float %1663, float %1664, float %1665, float %1666)
	%1892 = extractvalue { float, float, float, float } %1891, 0
	%1893 = extractvalue { float, float, float, float } %1891, 1
	%1894 = extractvalue { float, float, float, float } %1891, 2
	%1895 = extractvalue { float, float, float, float } %1891, 3
	%1896 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1889, i32 %1890, float %1667, float %1668, float %1669, float %1670)
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
	%1908 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1904, i32 %1905, float %1671, float %1672, float %1673, float %1674)
	%1909 = extractvalue { float, float, float, float } %1908, 0
	%1910 = extractvalue { float, float, float, float } %1908, 1
	%1911 = extractvalue { float, float, float, float } %1908, 2
	%1912 = extractvalue { float, float, float, float } %1908, 3
	%1913 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1906, i32 %1907, float %1675, float %1676, float %1677, float %1678)
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
	%1925 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1921, i32 %1922, float %1679, float %1680, float %1681, float %1682)
	%1926 = extractvalue { float, float, float, float } %1925, 0
	%1927 = extractvalue { float, float, float, float } %1925, 1
	%1928 = extractvalue { float, float, float, float } %1925, 2
	%1929 = extractvalue { float, float, float, float } %1925, 3
	%1930 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1923, i32 %1924, float %1683, float %1684, float %1685, float %1686)
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
	%1942 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1938, i32 %1939, float %1687, float %1688, float %1689, float %1690)
	%1943 = extractvalue { float, float, float, float } %1942, 0
	%1944 = extractvalue { float, float, float, float } %1942, 1
	%1945 = extractvalue { float, float, float, float } %1942, 2
	%1946 = extractvalue { float, float, float, float } %1942, 3
	%1947 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1812, i32 %1813, i32 %1814, i32 %1815, i32 %1940, i32 %1941, float %1691, float %1692, float %1693, float %1694)
	%1948 = extractvalue { float, float, float, float } %1947, 0
	%1949 = extractvalue { float, float, float, float } %1947, 1
	%1950 = extractvalue { float, float, float, float } %1947, 2
	%1951 = extractvalue { float, float, float, float } %1947, 3
	%1952 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1712, float %1710)
	%1953 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1764, float %1762)
	%1954 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1716, float %1714)
	%1955 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1768, float %1766)
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
	%2092 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1720, float %1718)
	%2093 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1772, float %1770)
	%2094 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1724, float %1722)
	%2095 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1776, float %1774)
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
	%2232 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1728, float %1726)
	%2233 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1780, float %1778)
	%2234 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1732, float %1730)
	%2235 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1784, float %1782)
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
	br i1 %370, label %loop, label %epilogue

store0:
	%2372 = mul i32 %10, %M
	%2373 = add i32 %2372, %979
	%2374 = mul i32 %2373, 128
	%2375 = shl i32 %6, 1
	%2376 = add i32 0, %2375
	%2377 = add i32 %2374, %2376
	%2378 = sext i32 %2377 to i64
	%2379 = getelementptr i16, i16* %out, i64 %2378
	%2380 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %981, float %980)
	%2381 = bitcast i16* %2379 to i32*
	store i32 %2380, i32* %2381
	%2382 = shl i32 %6, 1
	%2383 = add i32 8, %2382
	%2384 = add i32 %2374, %2383
	%2385 = sext i32 %2384 to i64
	%2386 = getelementptr i16, i16* %out, i64 %2385
	%2387 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %983, float %982)
	%2388 = bitcast i16* %2386 to i32*
	store i32 %2387, i32* %2388
	%2389 = shl i32 %6, 1
	%2390 = add i32 16, %2389
	%2391 = add i32 %2374, %2390
	%2392 = sext i32 %2391 to i64
	%2393 = getelementptr i16, i16* %out, i64 %2392
	%2394 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %985, float %984)
	%2395 = bitcast i16* %2393 to i32*
	store i32 %2394, i32* %2395
	%2396 = shl i32 %6, 1
	%2397 = add i32 24, %2396
	%2398 = add i32 %2374, %2397
	%2399 = sext i32 %2398 to i64
	%2400 = getelementptr i16, i16* %out, i64 %2399
	%2401 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %987, float %986)
	%2402 = bitcast i16* %2400 to i32*
	store i32 %2401, i32* %2402
	%2403 = shl i32 %6, 1
	%2404 = add i32 32, %2403
	%2405 = add i32 %2374, %2404
	%2406 = sext i32 %2405 to i64
	%2407 = getelementptr i16, i16* %out, i64 %2406
	%2408 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %989, float %988)
	%2409 = bitcast i16* %2407 to i32*
	store i32 %2408, i32* %2409
	%2410 = shl i32 %6, 1
	%2411 = add i32 40, %2410
	%2412 = add i32 %2374, %2411
	%2413 = sext i32 %2412 to i64
	%2414 = getelementptr i16, i16* %out, i64 %2413
	%2415 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %991, float %990)
	%2416 = bitcast i16* %2414 to i32*
	store i32 %2415, i32* %2416
	%2417 = shl i32 %6, 1
	%2418 = add i32 48, %2417
	%2419 = add i32 %2374, %2418
	%2420 = sext i32 %2419 to i64
	%2421 = getelementptr i16, i16* %out, i64 %2420
	%2422 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %993, float %992)
	%2423 = bitcast i16* %2421 to i32*
	store i32 %2422, i32* %2423
	%2424 = shl i32 %6, 1
	%2425 = add i32 56, %2424
	%2426 = add i32 %2374, %2425
	%2427 = sext i32 %2426 to i64
	%2428 = getelementptr i16, i16* %out, i64 %2427
	%2429 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %995, float %994)
	%2430 = bitcast i16* %2428 to i32*
	store i32 %2429, i32* %2430
	%2431 = shl i32 %6, 1
	%2432 = add i32 64, %2431
	%2433 = add i32 %2374, %2432
	%2434 = sext i32 %2433 to i64
	%2435 = getelementptr i16, i16* %out, i64 %2434
	%2436 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %997, float %996)
	%2437 = bitcast i16* %2435 to i32*
	store i32 %2436, i32* %2437
	%2438 = shl i32 %6, 1
	%2439 = add i32 72, %2438
	%2440 = add i32 %2374, %2439
	%2441 = sext i32 %2440 to i64
	%2442 = getelementptr i16, i16* %out, i64 %2441
	%2443 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %999, float %998)
	%2444 = bitcast i16* %2442 to i32*
	store i32 %2443, i32* %2444
	%2445 = shl i32 %6, 1
	%2446 = add i32 80, %2445
	%2447 = add i32 %2374, %2446
	%2448 = sext i32 %2447 to i64
	%2449 = getelementptr i16, i16* %out, i64 %2448
	%2450 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1001, float %1000)
	%2451 = bitcast i16* %2449 to i32*
	store i32 %2450, i32* %2451
	%2452 = shl i32 %6, 1
	%2453 = add i32 88, %2452
	%2454 = add i32 %2374, %2453
	%2455 = sext i32 %2454 to i64
	%2456 = getelementptr i16, i16* %out, i64 %2455
	%2457 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1003, float %1002)
	%2458 = bitcast i16* %2456 to i32*
	store i32 %2457, i32* %2458
	%2459 = shl i32 %6, 1
	%2460 = add i32 96, %2459
	%2461 = add i32 %2374, %2460
	%2462 = sext i32 %2461 to i64
	%2463 = getelementptr i16, i16* %out, i64 %2462
	%2464 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1005, float %1004)
	%2465 = bitcast i16* %2463 to i32*
	store i32 %2464, i32* %2465
	%2466 = shl i32 %6, 1
	%2467 = add i32 104, %2466
	%2468 = add i32 %2374, %2467
	%2469 = sext i32 %2468 to i64
	%2470 = getelementptr i16, i16* %out, i64 %2469
	%2471 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1007, float %1006)
	%2472 = bitcast i16* %2470 to i32*
	store i32 %2471, i32* %2472
	%2473 = shl i32 %6, 1
	%2474 = add i32 112, %2473
	%2475 = add i32 %2374, %2474
	%2476 = sext i32 %2475 to i64
	%2477 = getelementptr i16, i16* %out, i64 %2476
	%2478 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1009, float %1008)
	%2479 = bitcast i16* %2477 to i32*
	store i32 %2478, i32* %2479
	%2480 = shl i32 %6, 1
	%2481 = add i32 120, %2480
	%2482 = add i32 %2374, %2481
	%2483 = sext i32 %2482 to i64
	%2484 = getelementptr i16, i16* %out, i64 %2483
	%2485 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1011, float %1010)
	%2486 = bitcast i16* %2484 to i32*
	store i32 %2485, i32* %2486
	br label %stored0

stored0:
	%2487 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %903, i32 1, i32 31)
	%2488 = fadd float %903, %2487
	%2489 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2488, i32 2, i32 31)
	%2490 = fadd float %2488, %2489
	%2491 = fcmp ogt float %2490, 0.0
	%2492 = fdiv float 1.0, %2490
	%2493 = select i1 %2491, float %2492, float 0.0
	%2494 = mul i32 %3, 16
	%2495 = add i32 %12, %2494
	%2496 = add i32 %5, 8
	%2497 = add i32 %2495, %2496
	%2498 = fmul float %907, %2493
	%2499 = fmul float %908, %2493
	%2500 = fmul float %911, %2493
	%2501 = fmul float %912, %2493
	%2502 = fmul float %915, %2493
	%2503 = fmul float %916, %2493
	%2504 = fmul float %919, %2493
	%2505 = fmul float %920, %2493
	%2506 = fmul float %923, %2493
	%2507 = fmul float %924, %2493
	%2508 = fmul float %927, %2493
	%2509 = fmul float %928, %2493
	%2510 = fmul float %931, %2493
	%2511 = fmul float %932, %2493
	%2512 = fmul float %935, %2493
	%2513 = fmul float %936, %2493
	%2514 = fmul float %939, %2493
	%2515 = fmul float %940, %2493
	%2516 = fmul float %943, %2493
	%2517 = fmul float %944, %2493
	%2518 = fmul float %947, %2493
	%2519 = fmul float %948, %2493
	%2520 = fmul float %951, %2493
	%2521 = fmul float %952, %2493
	%2522 = fmul float %955, %2493
	%2523 = fmul float %956, %2493
	%2524 = fmul float %959, %2493
	%2525 = fmul float %960, %2493
	%2526 = fmul float %963, %2493
	%2527 = fmul float %964, %2493
	%2528 = fmul float %967, %2493
	%2529 = fmul float %968, %2493
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
