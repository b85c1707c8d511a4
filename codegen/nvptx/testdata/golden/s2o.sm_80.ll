; s2o
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@s2o_attn3_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
@s2o_attn3_stop = internal addrspace(3) global [8 x float] undef, align 16

define ptx_kernel void @s2o_attn3(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i32* %perm, i32 %NS, i32 %segment, i32* %visits) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @s2o_attn3_smem to i32
	%1 = add i32 %0, u0x2000
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
	%26 = mul i32 %25, 64
	%27 = sext i32 %26 to i64
	%28 = getelementptr i16, i16* %q, i64 %27
	%29 = mul i32 %23, %N
	%30 = mul i32 %29, 64
	%31 = sext i32 %30 to i64
	%32 = getelementptr i16, i16* %k, i64 %31
	%33 = mul i32 %23, %N
	%34 = mul i32 %33, 64
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
	%46 = sdiv i32 %24, %segment
	%47 = mul i32 %22, %NS
	%48 = add i32 %47, %46
	%49 = mul i32 %48, %N
	%50 = sext i32 %49 to i64
	%51 = getelementptr i32, i32* %perm, i64 %50
	%52 = add i32 %41, 0
	%53 = sext i32 %52 to i64
	%54 = getelementptr i32, i32* %list, i64 %53
	%55 = load i32, i32* %54
	%56 = icmp sgt i32 %NK, 0
	%57 = icmp sge i32 %55, 0
	%58 = and i1 %56, %57
	%59 = lshr i32 %2, 3
	%60 = and i32 %2, 7
	%61 = and i32 %59, 7
	%62 = xor i32 %60, %61
	%63 = mul i32 %59, 8
	%64 = add i32 %63, %62
	%65 = shl i32 %64, 4
	%66 = add i32 %0, %65
	%67 = add i32 %24, %59
	%68 = mul i32 %67, 64
	%69 = mul i32 %60, 8
	%70 = add i32 %68, %69
	%71 = sext i32 %70 to i64
	%72 = getelementptr i16, i16* %28, i64 %71
	%73 = add i32 %67, 0
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %72, i64 0
	%76 = select i1 %74, i16* %75, i16* %28
	%77 = add i32 %66, 0
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %67, 16
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %72, i64 1024
	%82 = select i1 %80, i16* %81, i16* %28
	%83 = add i32 %66, 2048
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	%85 = add i32 %67, 32
	%86 = icmp slt i32 %85, %M
	%87 = getelementptr i16, i16* %72, i64 2048
	%88 = select i1 %86, i16* %87, i16* %28
	%89 = add i32 %66, u0x1000
	%90 = select i1 %86, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %89, i16* %88, i32 %90)
	%91 = add i32 %67, 48
	%92 = icmp slt i32 %91, %M
	%93 = getelementptr i16, i16* %72, i64 3072
	%94 = select i1 %92, i16* %93, i16* %28
	%95 = add i32 %66, 6144
	%96 = select i1 %92, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %95, i16* %94, i32 %96)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %58, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%97 = and i32 %4, 7
	%98 = lshr i32 %4, 3
	%99 = and i32 %98, 1
	%100 = shl i32 %99, 3
	%101 = add i32 %97, %100
	%102 = lshr i32 %4, 4
	%103 = mul i32 %3, 16
	%104 = add i32 %101, 0
	%105 = add i32 %103, %104
	%106 = mul i32 %105, 128
	%107 = add i32 %0, %106
	%108 = and i32 %4, 7
	%109 = xor i32 %102, %108
	%110 = shl i32 %109, 4
	%111 = add i32 %107, %110
	%112 = xor i32 %111, 0
	%113 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %112)
	%114 = extractvalue { i32, i32, i32, i32 } %113, 0
	%115 = extractvalue { i32, i32, i32, i32 } %113, 1
	%116 = extractvalue { i32, i32, i32, i32 } %113, 2
	%117 = extractvalue { i32, i32, i32, i32 } %113, 3
	%118 = xor i32 %111, 32
	%119 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %118)
	%120 = extractvalue { i32, i32, i32, i32 } %119, 0
	%121 = extractvalue { i32, i32, i32, i32 } %119, 1
	%122 = extractvalue { i32, i32, i32, i32 } %119, 2
	%123 = extractvalue { i32, i32, i32, i32 } %119, 3
	%124 = xor i32 %111, 64
	%125 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %124)
	%126 = extractvalue { i32, i32, i32, i32 } %125, 0
	%127 = extractvalue { i32, i32, i32, i32 } %125, 1
	%128 = extractvalue { i32, i32, i32, i32 } %125, 2
	%129 = extractvalue { i32, i32, i32, i32 } %125, 3
	%130 = xor i32 %111, 96
	%131 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %130)
	%132 = extractvalue { i32, i32, i32, i32 } %131, 0
	%133 = extractvalue { i32, i32, i32, i32 } %131, 1
	%134 = extractvalue { i32, i32, i32, i32 } %131, 2
	%135 = extractvalue { i32, i32, i32, i32 } %131, 3
	call void @llvm.nvvm.barrier0()
	%136 = mul i32 %55, 64
	%137 = lshr i32 %2, 3
	%138 = and i32 %2, 7
	%139 = and i32 %137, 7
	%140 = xor i32 %138, %139
	%141 = mul i32 %137, 8
	%142 = add i32 %141, %140
	%143 = shl i32 %142, 4
	%144 = add i32 %0, %143
	%145 = add i32 %136, %137
	%146 = add i32 %145, 0
	%147 = icmp slt i32 %146, %N
	%148 = select i1 %147, i32 %146, i32 0
	%149 = sext i32 %148 to i64
	%150 = getelementptr i32, i32* %51, i64 %149
	%151 = load i32, i32* %150
	%152 = mul i32 %151, 64
	%153 = mul i32 %138, 8
	%154 = add i32 %152, %153
	%155 = sext i32 %154 to i64
	%156 = getelementptr i16, i16* %32, i64 %155
	%157 = add i32 %144, 0
	%158 = select i1 %147, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %157, i16* %156, i32 %158)
	%159 = add i32 %145, 16
	%160 = icmp slt i32 %159, %N
	%161 = select i1 %160, i32 %159, i32 0
	%162 = sext i32 %161 to i64
	%163 = getelementptr i32, i32* %51, i64 %162
	%164 = load i32, i32* %163
	%165 = mul i32 %164, 64
	%166 = mul i32 %138, 8
	%167 = add i32 %165, %166
	%168 = sext i32 %167 to i64
	%169 = getelementptr i16, i16* %32, i64 %168
	%170 = add i32 %144, 2048
	%171 = select i1 %160, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %170, i16* %169, i32 %171)
	%172 = add i32 %145, 32
	%173 = icmp slt i32 %172, %N
	%174 = select i1 %173, i32 %172, i32 0
	%175 = sext i32 %174 to i64
	%176 = getelementptr i32, i32* %51, i64 %175
	%177 = load i32, i32* %176
	%178 = mul i32 %177, 64
	%179 = mul i32 %138, 8
	%180 = add i32 %178, %179
	%181 = sext i32 %180 to i64
	%182 = getelementptr i16, i16* %32, i64 %181
	%183 = add i32 %144, u0x1000
	%184 = select i1 %173, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %183, i16* %182, i32 %184)
	%185 = add i32 %145, 48
	%186 = icmp slt i32 %185, %N
	%187 = select i1 %186, i32 %185, i32 0
	%188 = sext i32 %187 to i64
	%189 = getelementptr i32, i32* %51, i64 %188
	%190 = load i32, i32* %189
	%191 = mul i32 %190, 64
	%192 = mul i32 %138, 8
	%193 = add i32 %191, %192
	%194 = sext i32 %193 to i64
	%195 = getelementptr i16, i16* %32, i64 %194
	%196 = add i32 %144, 6144
	%197 = select i1 %186, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %196, i16* %195, i32 %197)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%198 = phi i32 [ 0, %prologue ], [ %1455, %pv ]
	%199 = phi i32 [ %55, %prologue ], [ %1462, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1817, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1818, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1819, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1820, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1822, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1823, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1824, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1825, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1834, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1835, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1836, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1837, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1839, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1840, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1841, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1842, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1851, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1852, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1853, %pv ]
	%219 = phi float [ 0.0, %prologue ], [ %1854, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1856, %pv ]
	%221 = phi float [ 0.0, %prologue ], [ %1857, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1858, %pv ]
	%223 = phi float [ 0.0, %prologue ], [ %1859, %pv ]
	%224 = phi float [ 0.0, %prologue ], [ %1868, %pv ]
	%225 = phi float [ 0.0, %prologue ], [ %1869, %pv ]
	%226 = phi float [ 0.0, %prologue ], [ %1870, %pv ]
	%227 = phi float [ 0.0, %prologue ], [ %1871, %pv ]
	%228 = phi float [ 0.0, %prologue ], [ %1873, %pv ]
	%229 = phi float [ 0.0, %prologue ], [ %1874, %pv ]
	%230 = phi float [ 0.0, %prologue ], [ %1875, %pv ]
	%231 = phi float [ 0.0, %prologue ], [ %1876, %pv ]
	%232 = phi float [ 0xFFF0000000000000, %prologue ], [ %1285, %pv ]
	%233 = phi float [ 0.0, %prologue ], [ %1336, %pv ]
	%234 = phi float [ 0xFFF0000000000000, %prologue ], [ %1337, %pv ]
	%235 = phi float [ 0.0, %prologue ], [ %1388, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%236 = mul i32 %199, 64
	%237 = lshr i32 %2, 3
	%238 = and i32 %2, 7
	%239 = and i32 %237, 7
	%240 = xor i32 %238, %239
	%241 = mul i32 %237, 8
	%242 = add i32 %241, %240
	%243 = shl i32 %242, 4
	%244 = add i32 %1, %243
	%245 = add i32 %236, %237
	%246 = add i32 %245, 0
	%247 = icmp slt i32 %246, %N
	%248 = select i1 %247, i32 %246, i32 0
	%249 = sext i32 %248 to i64
	%250 = getelementptr i32, i32* %51, i64 %249
	%251 = load i32, i32* %250
	%252 = mul i32 %251, 64
	%253 = mul i32 %238, 8
	%254 = add i32 %252, %253
	%255 = sext i32 %254 to i64
	%256 = getelementptr i16, i16* %36, i64 %255
	%257 = add i32 %244, 0
	%258 = select i1 %247, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %257, i16* %256, i32 %258)
	%259 = add i32 %245, 16
	%260 = icmp slt i32 %259, %N
	%261 = select i1 %260, i32 %259, i32 0
	%262 = sext i32 %261 to i64
	%263 = getelementptr i32, i32* %51, i64 %262
	%264 = load i32, i32* %263
	%265 = mul i32 %264, 64
	%266 = mul i32 %238, 8
	%267 = add i32 %265, %266
	%268 = sext i32 %267 to i64
	%269 = getelementptr i16, i16* %36, i64 %268
	%270 = add i32 %244, 2048
	%271 = select i1 %260, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %270, i16* %269, i32 %271)
	%272 = add i32 %245, 32
	%273 = icmp slt i32 %272, %N
	%274 = select i1 %273, i32 %272, i32 0
	%275 = sext i32 %274 to i64
	%276 = getelementptr i32, i32* %51, i64 %275
	%277 = load i32, i32* %276
	%278 = mul i32 %277, 64
	%279 = mul i32 %238, 8
	%280 = add i32 %278, %279
	%281 = sext i32 %280 to i64
	%282 = getelementptr i16, i16* %36, i64 %281
	%283 = add i32 %244, u0x1000
	%284 = select i1 %273, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %283, i16* %282, i32 %284)
	%285 = add i32 %245, 48
	%286 = icmp slt i32 %285, %N
	%287 = select i1 %286, i32 %285, i32 0
	%288 = sext i32 %287 to i64
	%289 = getelementptr i32, i32* %51, i64 %288
	%290 = load i32, i32* %289
	%291 = mul i32 %290, 64
	%292 = mul i32 %238, 8
	%293 = add i32 %291, %292
	%294 = sext i32 %293 to i64
	%295 = getelementptr i16, i16* %36, i64 %294
	%296 = add i32 %244, 6144
	%297 = select i1 %286, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %296, i16* %295, i32 %297)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%298 = and i32 %4, 7
	%299 = shl i32 %102, 3
	%300 = add i32 %298, %299
	%301 = lshr i32 %4, 3
	%302 = and i32 %301, 1
	%303 = mul i32 %300, 128
	%304 = add i32 %0, %303
	%305 = and i32 %4, 7
	%306 = xor i32 %302, %305
	%307 = shl i32 %306, 4
	%308 = add i32 %304, %307
	%309 = xor i32 %308, 0
	%310 = add i32 %309, 0
	%311 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %310)
	%312 = extractvalue { i32, i32, i32, i32 } %311, 0
	%313 = extractvalue { i32, i32, i32, i32 } %311, 1
	%314 = extractvalue { i32, i32, i32, i32 } %311, 2
	%315 = extractvalue { i32, i32, i32, i32 } %311, 3
	%316 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %312, i32 %313, float 0.0, float 0.0, float 0.0, float 0.0)
	%317 = extractvalue { float, float, float, float } %316, 0
	%318 = extractvalue { float, float, float, float } %316, 1
	%319 = extractvalue { float, float, float, float } %316, 2
	%320 = extractvalue { float, float, float, float } %316, 3
	%321 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %314, i32 %315, float 0.0, float 0.0, float 0.0, float 0.0)
	%322 = extractvalue { float, float, float, float } %321, 0
	%323 = extractvalue { float, float, float, float } %321, 1
	%324 = extractvalue { float, float, float, float } %321, 2
	%325 = extractvalue { float, float, float, float } %321, 3
	%326 = add i32 %309, 2048
	%327 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %326)
	%328 = extractvalue { i32, i32, i32, i32 } %327, 0
	%329 = extractvalue { i32, i32, i32, i32 } %327, 1
	%330 = extractvalue { i32, i32, i32, i32 } %327, 2
	%331 = extractvalue { i32, i32, i32, i32 } %327, 3
	%332 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %328, i32 %329, float 0.0, float 0.0, float 0.0, float 0.0)
	%333 = extractvalue { float, float, float, float } %332, 0
	%334 = extractvalue { float, float, float, float } %332, 1
	%335 = extractvalue { float, float, float, float } %332, 2
	%336 = extractvalue { float, float, float, float } %332, 3
	%337 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %330, i32 %331, float 0.0, float 0.0, float 0.0, float 0.0)
	%338 = extractvalue { float, float, float, float } %337, 0
	%339 = extractvalue { float, float, float, float } %337, 1
	%340 = extractvalue { float, float, float, float } %337, 2
	%341 = extractvalue { float, float, float, float } %337, 3
	%342 = add i32 %309, u0x1000
	%343 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %342)
	%344 = extractvalue { i32, i32, i32, i32 } %343, 0
	%345 = extractvalue { i32, i32, i32, i32 } %343, 1
	%346 = extractvalue { i32, i32, i32, i32 } %343, 2
	%347 = extractvalue { i32, i32, i32, i32 } %343, 3
	%348 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %344, i32 %345, float 0.0, float 0.0, float 0.0, float 0.0)
	%349 = extractvalue { float, float, float, float } %348, 0
	%350 = extractvalue { float, float, float, float } %348, 1
	%351 = extractvalue { float, float, float, float } %348, 2
	%352 = extractvalue { float, float, float, float } %348, 3
	%353 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %346, i32 %347, float 0.0, float 0.0, float 0.0, float 0.0)
	%354 = extractvalue { float, float, float, float } %353, 0
	%355 = extractvalue { float, float, float, float } %353, 1
	%356 = extractvalue { float, float, float, float } %353, 2
	%357 = extractvalue { float, float, float, float } %353, 3
	%358 = add i32 %309, 6144
	%359 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %358)
	%360 = extractvalue { i32, i32, i32, i32 } %359, 0
	%361 = extractvalue { i32, i32, i32, i32 } %359, 1
	%362 = extractvalue { i32, i32, i32, i32 } %359, 2
	%363 = extractvalue { i32, i32, i32, i32 } %359, 3
	%364 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %360, i32 %361, float 0.0, float 0.0, float 0.0, float 0.0)
	%365 = extractvalue { float, float, float, float } %364, 0
	%366 = extractvalue { float, float, float, float } %364, 1
	%367 = extractvalue { float, float, float, float } %364, 2
	%368 = extractvalue { float, float, float, float } %364, 3
	%369 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %362, i32 %363, float 0.0, float 0.0, float 0.0, float 0.0)
	%370 = extractvalue { float, float, float, float } %369, 0
	%371 = extractvalue { float, float, float, float } %369, 1
	%372 = extractvalue { float, float, float, float } %369, 2
	%373 = extractvalue { float, float, float, float } %369, 3
	%374 = xor i32 %308, 32
	%375 = add i32 %374, 0
	%376 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %375)
	%377 = extractvalue { i32, i32, i32, i32 } %376, 0
	%378 = extractvalue { i32, i32, i32, i32 } %376, 1
	%379 = extractvalue { i32, i32, i32, i32 } %376, 2
	%380 = extractvalue { i32, i32, i32, i32 } %376, 3
	%381 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %377, i32 %378, float %317, float %318, float %319, float %320)
	%382 = extractvalue { float, float, float, float } %381, 0
	%383 = extractvalue { float, float, float, float } %381, 1
	%384 = extractvalue { float, float, float, float } %381, 2
	%385 = extractvalue { float, float, float, float } %381, 3
	%386 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %379, i32 %380, float %322, float %323, float %324, float %325)
	%387 = extractvalue { float, float, float, float } %386, 0
	%388 = extractvalue { float, float, float, float } %386, 1
	%389 = extractvalue { float, float, float, float } %386, 2
	%390 = extractvalue { float, float, float, float } %386, 3
	%391 = add i32 %374, 2048
	%392 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %391)
	%393 = extractvalue { i32, i32, i32, i32 } %392, 0
	%394 = extractvalue { i32, i32, i32, i32 } %392, 1
	%395 = extractvalue { i32, i32, i32, i32 } %392, 2
	%396 = extractvalue { i32, i32, i32, i32 } %392, 3
	%397 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %393, i32 %394, float %333, float %334, float %335, float %336)
	%398 = extractvalue { float, float, float, float } %397, 0
	%399 = extractvalue { float, float, float, float } %397, 1
	%400 = extractvalue { float, float, float, float } %397, 2
	%401 = extractvalue { float, float, float, float } %397, 3
	%402 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %395, i32 %396, float %338, float %339, float %340, float %341)
	%403 = extractvalue { float, float, float, float } %402, 0
	%404 = extractvalue { float, float, float, float } %402, 1
	%405 = extractvalue { float, float, float, float } %402, 2
	%406 = extractvalue { float, float, float, float } %402, 3
	%407 = add i32 %374, u0x1000
	%408 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %407)
	%409 = extractvalue { i32, i32, i32, i32 } %408, 0
	%410 = extractvalue { i32, i32, i32, i32 } %408, 1
	%411 = extractvalue { i32, i32, i32, i32 } %408, 2
	%412 = extractvalue { i32, i32, i32, i32 } %408, 3
	%413 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %409, i32 %410, float %349, float %350, float %351, float %352)
	%414 = extractvalue { float, float, float, float } %413, 0
	%415 = extractvalue { float, float, float, float } %413, 1
	%416 = extractvalue { float, float, float, float } %413, 2
	%417 = extractvalue { float, float, float, float } %413, 3
	%418 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %411, i32 %412, float %354, float %355, float %356, float %357)
	%419 = extractvalue { float, float, float, float } %418, 0
	%420 = extractvalue { float, float, float, float } %418, 1
	%421 = extractvalue { float, float, float, float } %418, 2
	%422 = extractvalue { float, float, float, float } %418, 3
	%423 = add i32 %374, 6144
	%424 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %423)
	%425 = extractvalue { i32, i32, i32, i32 } %424, 0
	%426 = extractvalue { i32, i32, i32, i32 } %424, 1
	%427 = extractvalue { i32, i32, i32, i32 } %424, 2
	%428 = extractvalue { i32, i32, i32, i32 } %424, 3
	%429 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %425, i32 %426, float %365, float %366, float %367, float %368)
	%430 = extractvalue { float, float, float, float } %429, 0
	%431 = extractvalue { float, float, float, float } %429, 1
	%432 = extractvalue { float, float, float, float } %429, 2
	%433 = extractvalue { float, float, float, float } %429, 3
	%434 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %427, i32 %428, float %370, float %371, float %372, float %373)
	%435 = extractvalue { float, float, float, float } %434, 0
	%436 = extractvalue { float, float, float, float } %434, 1
	%437 = extractvalue { float, float, float, float } %434, 2
	%438 = extractvalue { float, float, float, float } %434, 3
	%439 = xor i32 %308, 64
	%440 = add i32 %439, 0
	%441 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %440)
	%442 = extractvalue { i32, i32, i32, i32 } %441, 0
	%443 = extractvalue { i32, i32, i32, i32 } %441, 1
	%444 = extractvalue { i32, i32, i32, i32 } %441, 2
	%445 = extractvalue { i32, i32, i32, i32 } %441, 3
	%446 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %442, i32 %443, float %382, float %383, float %384, float %385)
	%447 = extractvalue { float, float, float, float } %446, 0
	%448 = extractvalue { float, float, float, float } %446, 1
	%449 = extractvalue { float, float, float, float } %446, 2
	%450 = extractvalue { float, float, float, float } %446, 3
	%451 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %444, i32 %445, float %387, float %388, float %389, float %390)
	%452 = extractvalue { float, float, float, float } %451, 0
	%453 = extractvalue { float, float, float, float } %451, 1
	%454 = extractvalue { float, float, float, float } %451, 2
	%455 = extractvalue { float, float, float, float } %451, 3
	%456 = add i32 %439, 2048
	%457 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %456)
	%458 = extractvalue { i32, i32, i32, i32 } %457, 0
	%459 = extractvalue { i32, i32, i32, i32 } %457, 1
	%460 = extractvalue { i32, i32, i32, i32 } %457, 2
	%461 = extractvalue { i32, i32, i32, i32 } %457, 3
	%462 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %458, i32 %459, float %398, float %399, float %400, float %401)
	%463 = extractvalue { float, float, float, float } %462, 0
	%464 = extractvalue { float, float, float, float } %462, 1
	%465 = extractvalue { float, float, float, float } %462, 2
	%466 = extractvalue { float, float, float, float } %462, 3
	%467 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %460, i32 %461, float %403, float %404, float %405, float %406)
	%468 = extractvalue { float, float, float, float } %467, 0
	%469 = extractvalue { float, float, float, float } %467, 1
	%470 = extractvalue { float, float, float, float } %467, 2
	%471 = extractvalue { float, float, float, float } %467, 3
	%472 = add i32 %439, u0x1000
	%473 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %472)
	%474 = extractvalue { i32, i32, i32, i32 } %473, 0
	%475 = extractvalue { i32, i32, i32, i32 } %473, 1
	%476 = extractvalue { i32, i32, i32, i32 } %473, 2
	%477 = extractvalue { i32, i32, i32, i32 } %473, 3
	%478 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %474, i32 %475, float %414, float %415, float %416, float %417)
	%479 = extractvalue { float, float, float, float } %478, 0
	%480 = extractvalue { float, float, float, float } %478, 1
	%481 = extractvalue { float, float, float, float } %478, 2
	%482 = extractvalue { float, float, float, float } %478, 3
	%483 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %476, i32 %477, float %419, float %420, float %421, float %422)
	%484 = extractvalue { float, float, float, float } %483, 0
	%485 = extractvalue { float, float, float, float } %483, 1
	%486 = extractvalue { float, float, float, float } %483, 2
	%487 = extractvalue { float, float, float, float } %483, 3
	%488 = add i32 %439, 6144
	%489 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %488)
	%490 = extractvalue { i32, i32, i32, i32 } %489, 0
	%491 = extractvalue { i32, i32, i32, i32 } %489, 1
	%492 = extractvalue { i32, i32, i32, i32 } %489, 2
	%493 = extractvalue { i32, i32, i32, i32 } %489, 3
	%494 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %490, i32 %491, float %430, float %431, float %432, float %433)
	%495 = extractvalue { float, float, float, float } %494, 0
	%496 = extractvalue { float, float, float, float } %494, 1
	%497 = extractvalue { float, float, float, float } %494, 2
	%498 = extractvalue { float, float, float, float } %494, 3
	%499 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %492, i32 %493, float %435, float %436, float %437, float %438)
	%500 = extractvalue { float, float, float, float } %499, 0
	%501 = extractvalue { float, float, float, float } %499, 1
	%502 = extractvalue { float, float, float, float } %499, 2
	%503 = extractvalue { float, float, float, float } %499, 3
	%504 = xor i32 %308, 96
	%505 = add i32 %504, 0
	%506 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %505)
	%507 = extractvalue { i32, i32, i32, i32 } %506, 0
	%508 = extractvalue { i32, i32, i32, i32 } %506, 1
	%509 = extractvalue { i32, i32, i32, i32 } %506, 2
	%510 = extractvalue { i32, i32, i32, i32 } %506, 3
	%511 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %507, i32 %508, float %447, float %448, float %449, float %450)
	%512 = extractvalue { float, float, float, float } %511, 0
	%513 = extractvalue { float, float, float, float } %511, 1
	%514 = extractvalue { float, float, float, float } %511, 2
	%515 = extractvalue { float, float, float, float } %511, 3
	%516 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %509, i32 %510, float %452, float %453, float %454, float %455)
	%517 = extractvalue { float, float, float, float } %516, 0
	%518 = extractvalue { float, float, float, float } %516, 1
	%519 = extractvalue { float, float, float, float } %516, 2
	%520 = extractvalue { float, float, float, float } %516, 3
	%521 = add i32 %504, 2048
	%522 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %521)
	%523 = extractvalue { i32, i32, i32, i32 } %522, 0
	%524 = extractvalue { i32, i32, i32, i32 } %522, 1
	%525 = extractvalue { i32, i32, i32, i32 } %522, 2
	%526 = extractvalue { i32, i32, i32, i32 } %522, 3
	%527 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %523, i32 %524, float %463, float %464, float %465, float %466)
	%528 = extractvalue { float, float, float, float } %527, 0
	%529 = extractvalue { float, float, float, float } %527, 1
	%530 = extractvalue { float, float, float, float } %527, 2
	%531 = extractvalue { float, float, float, float } %527, 3
	%532 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %525, i32 %526, float %468, float %469, float %470, float %471)
	%533 = extractvalue { float, float, float, float } %532, 0
	%534 = extractvalue { float, float, float, float } %532, 1
	%535 = extractvalue { float, float, float, float } %532, 2
	%536 = extractvalue { float, float, float, float } %532, 3
	%537 = add i32 %504, u0x1000
	%538 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %537)
	%539 = extractvalue { i32, i32, i32, i32 } %538, 0
	%540 = extractvalue { i32, i32, i32, i32 } %538, 1
	%541 = extractvalue { i32, i32, i32, i32 } %538, 2
	%542 = extractvalue { i32, i32, i32, i32 } %538, 3
	%543 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %539, i32 %540, float %479, float %480, float %481, float %482)
	%544 = extractvalue { float, float, float, float } %543, 0
	%545 = extractvalue { float, float, float, float } %543, 1
	%546 = extractvalue { float, float, float, float } %543, 2
	%547 = extractvalue { float, float, float, float } %543, 3
	%548 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %541, i32 %542, float %484, float %485, float %486, float %487)
	%549 = extractvalue { float, float, float, float } %548, 0
	%550 = extractvalue { float, float, float, float } %548, 1
	%551 = extractvalue { float, float, float, float } %548, 2
	%552 = extractvalue { float, float, float, float } %548, 3
	%553 = add i32 %504, 6144
	%554 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %553)
	%555 = extractvalue { i32, i32, i32, i32 } %554, 0
	%556 = extractvalue { i32, i32, i32, i32 } %554, 1
	%557 = extractvalue { i32, i32, i32, i32 } %554, 2
	%558 = extractvalue { i32, i32, i32, i32 } %554, 3
	%559 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %555, i32 %556, float %495, float %496, float %497, float %498)
	%560 = extractvalue { float, float, float, float } %559, 0
	%561 = extractvalue { float, float, float, float } %559, 1
	%562 = extractvalue { float, float, float, float } %559, 2
	%563 = extractvalue { float, float, float, float } %559, 3
	%564 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %557, i32 %558, float %500, float %501, float %502, float %503)
	%565 = extractvalue { float, float, float, float } %564, 0
	%566 = extractvalue { float, float, float, float } %564, 1
	%567 = extractvalue { float, float, float, float } %564, 2
	%568 = extractvalue { float, float, float, float } %564, 3
	%569 = mul i32 %3, 16
	%570 = add i32 %24, %569
	%571 = add i32 %5, 0
	%572 = add i32 %570, %571
	%573 = mul i32 %3, 16
	%574 = add i32 %24, %573
	%575 = add i32 %5, 8
	%576 = add i32 %574, %575
	%577 = sitofp i32 %22 to float
	%578 = add i32 %45, %199
	%579 = sext i32 %578 to i64
	%580 = getelementptr i8, i8* %cls, i64 %579
	%581 = load i8, i8* %580
	%582 = icmp ne i8 %581, 2
	br i1 %582, label %partial, label %softmax

epilogue:
	%583 = phi float [ 0.0, %entry ], [ %1336, %pv ]
	%584 = phi float [ 0.0, %entry ], [ %1388, %pv ]
	%585 = phi i32 [ 0, %entry ], [ %1455, %pv ]
	%586 = phi float [ 0.0, %entry ], [ %1817, %pv ]
	%587 = phi float [ 0.0, %entry ], [ %1818, %pv ]
	%588 = phi float [ 0.0, %entry ], [ %1819, %pv ]
	%589 = phi float [ 0.0, %entry ], [ %1820, %pv ]
	%590 = phi float [ 0.0, %entry ], [ %1822, %pv ]
	%591 = phi float [ 0.0, %entry ], [ %1823, %pv ]
	%592 = phi float [ 0.0, %entry ], [ %1824, %pv ]
	%593 = phi float [ 0.0, %entry ], [ %1825, %pv ]
	%594 = phi float [ 0.0, %entry ], [ %1834, %pv ]
	%595 = phi float [ 0.0, %entry ], [ %1835, %pv ]
	%596 = phi float [ 0.0, %entry ], [ %1836, %pv ]
	%597 = phi float [ 0.0, %entry ], [ %1837, %pv ]
	%598 = phi float [ 0.0, %entry ], [ %1839, %pv ]
	%599 = phi float [ 0.0, %entry ], [ %1840, %pv ]
	%600 = phi float [ 0.0, %entry ], [ %1841, %pv ]
	%601 = phi float [ 0.0, %entry ], [ %1842, %pv ]
	%602 = phi float [ 0.0, %entry ], [ %1851, %pv ]
	%603 = phi float [ 0.0, %entry ], [ %1852, %pv ]
	%604 = phi float [ 0.0, %entry ], [ %1853, %pv ]
	%605 = phi float [ 0.0, %entry ], [ %1854, %pv ]
	%606 = phi float [ 0.0, %entry ], [ %1856, %pv ]
	%607 = phi float [ 0.0, %entry ], [ %1857, %pv ]
	%608 = phi float [ 0.0, %entry ], [ %1858, %pv ]
	%609 = phi float [ 0.0, %entry ], [ %1859, %pv ]
	%610 = phi float [ 0.0, %entry ], [ %1868, %pv ]
	%611 = phi float [ 0.0, %entry ], [ %1869, %pv ]
	%612 = phi float [ 0.0, %entry ], [ %1870, %pv ]
	%613 = phi float [ 0.0, %entry ], [ %1871, %pv ]
	%614 = phi float [ 0.0, %entry ], [ %1873, %pv ]
	%615 = phi float [ 0.0, %entry ], [ %1874, %pv ]
	%616 = phi float [ 0.0, %entry ], [ %1875, %pv ]
	%617 = phi float [ 0.0, %entry ], [ %1876, %pv ]
	%618 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %583, i32 1, i32 31)
	%619 = fadd float %583, %618
	%620 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %619, i32 2, i32 31)
	%621 = fadd float %619, %620
	%622 = fcmp ogt float %621, 0.0
	%623 = fdiv float 1.0, %621
	%624 = select i1 %622, float %623, float 0.0
	%625 = mul i32 %3, 16
	%626 = add i32 %24, %625
	%627 = add i32 %5, 0
	%628 = add i32 %626, %627
	%629 = fmul float %586, %624
	%630 = fmul float %587, %624
	%631 = fmul float %590, %624
	%632 = fmul float %591, %624
	%633 = fmul float %594, %624
	%634 = fmul float %595, %624
	%635 = fmul float %598, %624
	%636 = fmul float %599, %624
	%637 = fmul float %602, %624
	%638 = fmul float %603, %624
	%639 = fmul float %606, %624
	%640 = fmul float %607, %624
	%641 = fmul float %610, %624
	%642 = fmul float %611, %624
	%643 = fmul float %614, %624
	%644 = fmul float %615, %624
	%645 = icmp slt i32 %628, %M
	br i1 %645, label %store0, label %stored0

partial:
	%646 = shl i32 %6, 1
	%647 = add i32 0, %646
	%648 = add i32 %236, %647
	%649 = icmp slt i32 %648, %N
	%650 = select i1 %649, i32 %648, i32 0
	%651 = sitofp i32 %572 to float
	%652 = sext i32 %650 to i64
	%653 = getelementptr i32, i32* %51, i64 %652
	%654 = load i32, i32* %653
	%655 = sitofp i32 %654 to float
	%656 = fcmp ole float %655, %651
	%657 = uitofp i1 %656 to float
	%658 = fcmp une float %657, 0.0
	%659 = and i1 %649, %658
	%660 = select i1 %659, float %512, float 0xFFF0000000000000
	%661 = shl i32 %6, 1
	%662 = add i32 1, %661
	%663 = add i32 %236, %662
	%664 = icmp slt i32 %663, %N
	%665 = select i1 %664, i32 %663, i32 0
	%666 = sitofp i32 %572 to float
	%667 = sext i32 %665 to i64
	%668 = getelementptr i32, i32* %51, i64 %667
	%669 = load i32, i32* %668
	%670 = sitofp i32 %669 to float
	%671 = fcmp ole float %670, %666
	%672 = uitofp i1 %671 to float
	%673 = fcmp une float %672, 0.0
	%674 = and i1 %664, %673
	%675 = select i1 %674, float %513, float 0xFFF0000000000000
	%676 = shl i32 %6, 1
	%677 = add i32 0, %676
	%678 = add i32 %236, %677
	%679 = icmp slt i32 %678, %N
	%680 = select i1 %679, i32 %678, i32 0
	%681 = sitofp i32 %576 to float
	%682 = sext i32 %680 to i64
	%683 = getelementptr i32, i32* %51, i64 %682
	%684 = load i32, i32* %683
	%685 = sitofp i32 %684 to float
	%686 = fcmp ole float %685, %681
	%687 = uitofp i1 %686 to float
	%688 = fcmp une float %687, 0.0
	%689 = and i1 %679, %688
	%690 = select i1 %689, float %514, float 0xFFF0000000000000
	%691 = shl i32 %6, 1
	%692 = add i32 1, %691
	%693 = add i32 %236, %692
	%694 = icmp slt i32 %693, %N
	%695 = select i1 %694, i32 %693, i32 0
	%696 = sitofp i32 %576 to float
	%697 = sext i32 %695 to i64
	%698 = getelementptr i32, i32* %51, i64 %697
	%699 = load i32, i32* %698
	%700 = sitofp i32 %699 to float
	%701 = fcmp ole float %700, %696
	%702 = uitofp i1 %701 to float
	%703 = fcmp une float %702, 0.0
	%704 = and i1 %694, %703
	%705 = select i1 %704, float %515, float 0xFFF0000000000000
	%706 = shl i32 %6, 1
	%707 = add i32 8, %706
	%708 = add i32 %236, %707
	%709 = icmp slt i32 %708, %N
	%710 = select i1 %709, i32 %708, i32 0
	%711 = sitofp i32 %572 to float
	%712 = sext i32 %710 to i64
	%713 = getelementptr i32, i32* %51, i64 %712
	%714 = load i32, i32* %713
	%715 = sitofp i32 %714 to float
	%716 = fcmp ole float %715, %711
	%717 = uitofp i1 %716 to float
	%718 = fcmp une float %717, 0.0
	%719 = and i1 %709, %718
	%720 = select i1 %719, float %517, float 0xFFF0000000000000
	%721 = shl i32 %6, 1
	%722 = add i32 9, %721
	%723 = add i32 %236, %722
	%724 = icmp slt i32 %723, %N
	%725 = select i1 %724, i32 %723, i32 0
	%726 = sitofp i32 %572 to float
	%727 = sext i32 %725 to i64
	%728 = getelementptr i32, i32* %51, i64 %727
	%729 = load i32, i32* %728
	%730 = sitofp i32 %729 to float
	%731 = fcmp ole float %730, %726
	%732 = uitofp i1 %731 to float
	%733 = fcmp une float %732, 0.0
	%734 = and i1 %724, %733
	%735 = select i1 %734, float %518, float 0xFFF0000000000000
	%736 = shl i32 %6, 1
	%737 = add i32 8, %736
	%738 = add i32 %236, %737
	%739 = icmp slt i32 %738, %N
	%740 = select i1 %739, i32 %738, i32 0
	%741 = sitofp i32 %576 to float
	%742 = sext i32 %740 to i64
	%743 = getelementptr i32, i32* %51, i64 %742
	%744 = load i32, i32* %743
	%745 = sitofp i32 %744 to float
	%746 = fcmp ole float %745, %741
	%747 = uitofp i1 %746 to float
	%748 = fcmp une float %747, 0.0
	%749 = and i1 %739, %748
	%750 = select i1 %749, float %519, float 0xFFF0000000000000
	%751 = shl i32 %6, 1
	%752 = add i32 9, %751
	%753 = add i32 %236, %752
	%754 = icmp slt i32 %753, %N
	%755 = select i1 %754, i32 %753, i32 0
	%756 = sitofp i32 %576 to float
	%757 = sext i32 %755 to i64
	%758 = getelementptr i32, i32* %51, i64 %757
	%759 = load i32, i32* %758
	%760 = sitofp i32 %759 to float
	%761 = fcmp ole float %760, %756
	%762 = uitofp i1 %761 to float
	%763 = fcmp une float %762, 0.0
	%764 = and i1 %754, %763
	%765 = select i1 %764, float %520, float 0xFFF0000000000000
	%766 = shl i32 %6, 1
	%767 = add i32 16, %766
	%768 = add i32 %236, %767
	%769 = icmp slt i32 %768, %N
	%770 = select i1 %769, i32 %768, i32 0
	%771 = sitofp i32 %572 to float
	%772 = sext i32 %770 to i64
	%773 = getelementptr i32, i32* %51, i64 %772
	%774 = load i32, i32* %773
	%775 = sitofp i32 %774 to float
	%776 = fcmp ole float %775, %771
	%777 = uitofp i1 %776 to float
	%778 = fcmp une float %777, 0.0
	%779 = and i1 %769, %778
	%780 = select i1 %779, float %528, float 0xFFF0000000000000
	%781 = shl i32 %6, 1
	%782 = add i32 17, %781
	%783 = add i32 %236, %782
	%784 = icmp slt i32 %783, %N
	%785 = select i1 %784, i32 %783, i32 0
	%786 = sitofp i32 %572 to float
	%787 = sext i32 %785 to i64
	%788 = getelementptr i32, i32* %51, i64 %787
	%789 = load i32, i32* %788
	%790 = sitofp i32 %789 to float
	%791 = fcmp ole float %790, %786
	%792 = uitofp i1 %791 to float
	%793 = fcmp une float %792, 0.0
	%794 = and i1 %784, %793
	%795 = select i1 %794, float %529, float 0xFFF0000000000000
	%796 = shl i32 %6, 1
	%797 = add i32 16, %796
	%798 = add i32 %236, %797
	%799 = icmp slt i32 %798, %N
	%800 = select i1 %799, i32 %798, i32 0
	%801 = sitofp i32 %576 to float
	%802 = sext i32 %800 to i64
	%803 = getelementptr i32, i32* %51, i64 %802
	%804 = load i32, i32* %803
	%805 = sitofp i32 %804 to float
	%806 = fcmp ole float %805, %801
	%807 = uitofp i1 %806 to float
	%808 = fcmp une float %807, 0.0
	%809 = and i1 %799, %808
	%810 = select i1 %809, float %530, float 0xFFF0000000000000
	%811 = shl i32 %6, 1
	%812 = add i32 17, %811
	%813 = add i32 %236, %812
	%814 = icmp slt i32 %813, %N
	%815 = select i1 %814, i32 %813, i32 0
	%816 = sitofp i32 %576 to float
	%817 = sext i32 %815 to i64
	%818 = getelementptr i32, i32* %51, i64 %817
	%819 = load i32, i32* %818
	%820 = sitofp i32 %819 to float
	%821 = fcmp ole float %820, %816
	%822 = uitofp i1 %821 to float
	%823 = fcmp une float %822, 0.0
	%824 = and i1 %814, %823
	%825 = select i1 %824, float %531, float 0xFFF0000000000000
	%826 = shl i32 %6, 1
	%827 = add i32 24, %826
	%828 = add i32 %236, %827
	%829 = icmp slt i32 %828, %N
	%830 = select i1 %829, i32 %828, i32 0
	%831 = sitofp i32 %572 to float
	%832 = sext i32 %830 to i64
	%833 = getelementptr i32, i32* %51, i64 %832
	%834 = load i32, i32* %833
	%835 = sitofp i32 %834 to float
	%836 = fcmp ole float %835, %831
	%837 = uitofp i1 %836 to float
	%838 = fcmp une float %837, 0.0
	%839 = and i1 %829, %838
	%840 = select i1 %839, float %533, float 0xFFF0000000000000
	%841 = shl i32 %6, 1
	%842 = add i32 25, %841
	%843 = add i32 %236, %842
	%844 = icmp slt i32 %843, %N
	%845 = select i1 %844, i32 %843, i32 0
	%846 = sitofp i32 %572 to float
	%847 = sext i32 %845 to i64
	%848 = getelementptr i32, i32* %51, i64 %847
	%849 = load i32, i32* %848
	%850 = sitofp i32 %849 to float
	%851 = fcmp ole float %850, %846
	%852 = uitofp i1 %851 to float
	%853 = fcmp une float %852, 0.0
	%854 = and i1 %844, %853
	%855 = select i1 %854, float %534, float 0xFFF0000000000000
	%856 = shl i32 %6, 1
	%857 = add i32 24, %856
	%858 = add i32 %236, %857
	%859 = icmp slt i32 %858, %N
	%860 = select i1 %859, i32 %858, i32 0
	%861 = sitofp i32 %576 to float
	%862 = sext i32 %860 to i64
	%863 = getelementptr i32, i32* %51, i64 %862
	%864 = load i32, i32* %863
	%865 = sitofp i32 %864 to float
	%866 = fcmp ole float %865, %861
	%867 = uitofp i1 %866 to float
	%868 = fcmp une float %867, 0.0
	%869 = and i1 %859, %868
	%870 = select i1 %869, float %535, float 0xFFF0000000000000
	%871 = shl i32 %6, 1
	%872 = add i32 25, %871
	%873 = add i32 %236, %872
	%874 = icmp slt i32 %873, %N
	%875 = select i1 %874, i32 %873, i32 0
	%876 = sitofp i32 %576 to float
	%877 = sext i32 %875 to i64
	%878 = getelementptr i32, i32* %51, i64 %877
	%879 = load i32, i32* %878
	%880 = sitofp i32 %879 to float
	%881 = fcmp ole float %880, %876
	%882 = uitofp i1 %881 to float
	%883 = fcmp une float %882, 0.0
	%884 = and i1 %874, %883
	%885 = select i1 %884, float %536, float 0xFFF0000000000000
	%886 = shl i32 %6, 1
	%887 = add i32 32, %886
	%888 = add i32 %236, %887
	%889 = icmp slt i32 %888, %N
	%890 = select i1 %889, i32 %888, i32 0
	%891 = sitofp i32 %572 to float
	%892 = sext i32 %890 to i64
	%893 = getelementptr i32, i32* %51, i64 %892
	%894 = load i32, i32* %893
	%895 = sitofp i32 %894 to float
	%896 = fcmp ole float %895, %891
	%897 = uitofp i1 %896 to float
	%898 = fcmp une float %897, 0.0
	%899 = and i1 %889, %898
	%900 = select i1 %899, float %544, float 0xFFF0000000000000
	%901 = shl i32 %6, 1
	%902 = add i32 33, %901
	%903 = add i32 %236, %902
	%904 = icmp slt i32 %903, %N
	%905 = select i1 %904, i32 %903, i32 0
	%906 = sitofp i32 %572 to float
	%907 = sext i32 %905 to i64
	%908 = getelementptr i32, i32* %51, i64 %907
	%909 = load i32, i32* %908
	%910 = sitofp i32 %909 to float
	%911 = fcmp ole float %910, %906
	%912 = uitofp i1 %911 to float
	%913 = fcmp une float %912, 0.0
	%914 = and i1 %904, %913
	%915 = select i1 %914, float %545, float 0xFFF0000000000000
	%916 = shl i32 %6, 1
	%917 = add i32 32, %916
	%918 = add i32 %236, %917
	%919 = icmp slt i32 %918, %N
	%920 = select i1 %919, i32 %918, i32 0
	%921 = sitofp i32 %576 to float
	%922 = sext i32 %920 to i64
	%923 = getelementptr i32, i32* %51, i64 %922
	%924 = load i32, i32* %923
	%925 = sitofp i32 %924 to float
	%926 = fcmp ole float %925, %921
	%927 = uitofp i1 %926 to float
	%928 = fcmp une float %927, 0.0
	%929 = and i1 %919, %928
	%930 = select i1 %929, float %546, float 0xFFF0000000000000
	%931 = shl i32 %6, 1
	%932 = add i32 33, %931
	%933 = add i32 %236, %932
	%934 = icmp slt i32 %933, %N
	%935 = select i1 %934, i32 %933, i32 0
	%936 = sitofp i32 %576 to float
	%937 = sext i32 %935 to i64
	%938 = getelementptr i32, i32* %51, i64 %937
	%939 = load i32, i32* %938
	%940 = sitofp i32 %939 to float
	%941 = fcmp ole float %940, %936
	%942 = uitofp i1 %941 to float
	%943 = fcmp une float %942, 0.0
	%944 = and i1 %934, %943
	%945 = select i1 %944, float %547, float 0xFFF0000000000000
	%946 = shl i32 %6, 1
	%947 = add i32 40, %946
	%948 = add i32 %236, %947
	%949 = icmp slt i32 %948, %N
	%950 = select i1 %949, i32 %948, i32 0
	%951 = sitofp i32 %572 to float
	%952 = sext i32 %950 to i64
	%953 = getelementptr i32, i32* %51, i64 %952
	%954 = load i32, i32* %953
	%955 = sitofp i32 %954 to float
	%956 = fcmp ole float %955, %951
	%957 = uitofp i1 %956 to float
	%958 = fcmp une float %957, 0.0
	%959 = and i1 %949, %958
	%960 = select i1 %959, float %549, float 0xFFF0000000000000
	%961 = shl i32 %6, 1
	%962 = add i32 41, %961
	%963 = add i32 %236, %962
	%964 = icmp slt i32 %963, %N
	%965 = select i1 %964, i32 %963, i32 0
	%966 = sitofp i32 %572 to float
	%967 = sext i32 %965 to i64
	%968 = getelementptr i32, i32* %51, i64 %967
	%969 = load i32, i32* %968
	%970 = sitofp i32 %969 to float
	%971 = fcmp ole float %970, %966
	%972 = uitofp i1 %971 to float
	%973 = fcmp une float %972, 0.0
	%974 = and i1 %964, %973
	%975 = select i1 %974, float %550, float 0xFFF0000000000000
	%976 = shl i32 %6, 1
	%977 = add i32 40, %976
	%978 = add i32 %236, %977
	%979 = icmp slt i32 %978, %N
	%980 = select i1 %979, i32 %978, i32 0
	%981 = sitofp i32 %576 to float
	%982 = sext i32 %980 to i64
	%983 = getelementptr i32, i32* %51, i64 %982
	%984 = load i32, i32* %983
	%985 = sitofp i32 %984 to float
	%986 = fcmp ole float %985, %981
	%987 = uitofp i1 %986 to float
	%988 = fcmp une float %987, 0.0
	%989 = and i1 %979, %988
	%990 = select i1 %989, float %551, float 0xFFF0000000000000
	%991 = shl i32 %6, 1
	%992 = add i32 41, %991
	%993 = add i32 %236, %992
	%994 = icmp slt i32 %993, %N
	%995 = select i1 %994, i32 %993, i32 0
	%996 = sitofp i32 %576 to float
	%997 = sext i32 %995 to i64
	%998 = getelementptr i32, i32* %51, i64 %997
	%999 = load i32, i32* %998
	%1000 = sitofp i32 %999 to float
	%1001 = fcmp ole float %1000, %996
	%1002 = uitofp i1 %1001 to float
	%1003 = fcmp une float %1002, 0.0
	%1004 = and i1 %994, %1003
	%1005 = select i1 %1004, float %552, float 0xFFF0000000000000
	%1006 = shl i32 %6, 1
	%1007 = add i32 48, %1006
	%1008 = add i32 %236, %1007
	%1009 = icmp slt i32 %1008, %N
	%1010 = select i1 %1009, i32 %1008, i32 0
	%1011 = sitofp i32 %572 to float
	%1012 = sext i32 %1010 to i64
	%1013 = getelementptr i32, i32* %51, i64 %1012
	%1014 = load i32, i32* %1013
	%1015 = sitofp i32 %1014 to float
	%1016 = fcmp ole float %1015, %1011
	%1017 = uitofp i1 %1016 to float
	%1018 = fcmp une float %1017, 0.0
	%1019 = and i1 %1009, %1018
	%1020 = select i1 %1019, float %560, float 0xFFF0000000000000
	%1021 = shl i32 %6, 1
	%1022 = add i32 49, %1021
	%1023 = add i32 %236, %1022
	%1024 = icmp slt i32 %1023, %N
	%1025 = select i1 %1024, i32 %1023, i32 0
	%1026 = sitofp i32 %572 to float
	%1027 = sext i32 %1025 to i64
	%1028 = getelementptr i32, i32* %51, i64 %1027
	%1029 = load i32, i32* %1028
	%1030 = sitofp i32 %1029 to float
	%1031 = fcmp ole float %1030, %1026
	%1032 = uitofp i1 %1031 to float
	%1033 = fcmp une float %1032, 0.0
	%1034 = and i1 %1024, %1033
	%1035 = select i1 %1034, float %561, float 0xFFF0000000000000
	%1036 = shl i32 %6, 1
	%1037 = add i32 48, %1036
	%1038 = add i32 %236, %1037
	%1039 = icmp slt i32 %1038, %N
	%1040 = select i1 %1039, i32 %1038, i32 0
	%1041 = sitofp i32 %576 to float
	%1042 = sext i32 %1040 to i64
	%1043 = getelementptr i32, i32* %51, i64 %1042
	%1044 = load i32, i32* %1043
	%1045 = sitofp i32 %1044 to float
	%1046 = fcmp ole float %1045, %1041
	%1047 = uitofp i1 %1046 to float
	%1048 = fcmp une float %1047, 0.0
	%1049 = and i1 %1039, %1048
	%1050 = select i1 %1049, float %562, float 0xFFF0000000000000
	%1051 = shl i32 %6, 1
	%1052 = add i32 49, %1051
	%1053 = add i32 %236, %1052
	%1054 = icmp slt i32 %1053, %N
	%1055 = select i1 %1054, i32 %1053, i32 0
	%1056 = sitofp i32 %576 to float
	%1057 = sext i32 %1055 to i64
	%1058 = getelementptr i32, i32* %51, i64 %1057
	%1059 = load i32, i32* %1058
	%1060 = sitofp i32 %1059 to float
	%1061 = fcmp ole float %1060, %1056
	%1062 = uitofp i1 %1061 to float
	%1063 = fcmp une float %1062, 0.0
	%1064 = and i1 %1054, %1063
	%1065 = select i1 %1064, float %563, float 0xFFF0000000000000
	%1066 = shl i32 %6, 1
	%1067 = add i32 56, %1066
	%1068 = add i32 %236, %1067
	%1069 = icmp slt i32 %1068, %N
	%1070 = select i1 %1069, i32 %1068, i32 0
	%1071 = sitofp i32 %572 to float
	%1072 = sext i32 %1070 to i64
	%1073 = getelementptr i32, i32* %51, i64 %1072
	%1074 = load i32, i32* %1073
	%1075 = sitofp i32 %1074 to float
	%1076 = fcmp ole float %1075, %1071
	%1077 = uitofp i1 %1076 to float
	%1078 = fcmp une float %1077, 0.0
	%1079 = and i1 %1069, %1078
	%1080 = select i1 %1079, float %565, float 0xFFF0000000000000
	%1081 = shl i32 %6, 1
	%1082 = add i32 57, %1081
	%1083 = add i32 %236, %1082
	%1084 = icmp slt i32 %1083, %N
	%1085 = select i1 %1084, i32 %1083, i32 0
	%1086 = sitofp i32 %572 to float
	%1087 = sext i32 %1085 to i64
	%1088 = getelementptr i32, i32* %51, i64 %1087
	%1089 = load i32, i32* %1088
	%1090 = sitofp i32 %1089 to float
	%1091 = fcmp ole float %1090, %1086
	%1092 = uitofp i1 %1091 to float
	%1093 = fcmp une float %1092, 0.0
	%1094 = and i1 %1084, %1093
	%1095 = select i1 %1094, float %566, float 0xFFF0000000000000
	%1096 = shl i32 %6, 1
	%1097 = add i32 56, %1096
	%1098 = add i32 %236, %1097
	%1099 = icmp slt i32 %1098, %N
	%1100 = select i1 %1099, i32 %1098, i32 0
	%1101 = sitofp i32 %576 to float
	%1102 = sext i32 %1100 to i64
	%1103 = getelementptr i32, i32* %51, i64 %1102
	%1104 = load i32, i32* %1103
	%1105 = sitofp i32 %1104 to float
	%1106 = fcmp ole float %1105, %1101
	%1107 = uitofp i1 %1106 to float
	%1108 = fcmp une float %1107, 0.0
	%1109 = and i1 %1099, %1108
	%1110 = select i1 %1109, float %567, float 0xFFF0000000000000
	%1111 = shl i32 %6, 1
	%1112 = add i32 57, %1111
	%1113 = add i32 %236, %1112
	%1114 = icmp slt i32 %1113, %N
	%1115 = select i1 %1114, i32 %1113, i32 0
	%1116 = sitofp i32 %576 to float
	%1117 = sext i32 %1115 to i64
	%1118 = getelementptr i32, i32* %51, i64 %1117
	%1119 = load i32, i32* %1118
	%1120 = sitofp i32 %1119 to float
	%1121 = fcmp ole float %1120, %1116
	%1122 = uitofp i1 %1121 to float
	%1123 = fcmp une float %1122, 0.0
	%1124 = and i1 %1114, %1123
	%1125 = select i1 %1124, float %568, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1126 = phi float [ %512, %loop ], [ %660, %partial ]
	%1127 = phi float [ %513, %loop ], [ %675, %partial ]
	%1128 = phi float [ %514, %loop ], [ %690, %partial ]
	%1129 = phi float [ %515, %loop ], [ %705, %partial ]
	%1130 = phi float [ %517, %loop ], [ %720, %partial ]
	%1131 = phi float [ %518, %loop ], [ %735, %partial ]
	%1132 = phi float [ %519, %loop ], [ %750, %partial ]
	%1133 = phi float [ %520, %loop ], [ %765, %partial ]
	%1134 = phi float [ %528, %loop ], [ %780, %partial ]
	%1135 = phi float [ %529, %loop ], [ %795, %partial ]
	%1136 = phi float [ %530, %loop ], [ %810, %partial ]
	%1137 = phi float [ %531, %loop ], [ %825, %partial ]
	%1138 = phi float [ %533, %loop ], [ %840, %partial ]
	%1139 = phi float [ %534, %loop ], [ %855, %partial ]
	%1140 = phi float [ %535, %loop ], [ %870, %partial ]
	%1141 = phi float [ %536, %loop ], [ %885, %partial ]
	%1142 = phi float [ %544, %loop ], [ %900, %partial ]
	%1143 = phi float [ %545, %loop ], [ %915, %partial ]
	%1144 = phi float [ %546, %loop ], [ %930, %partial ]
	%1145 = phi float [ %547, %loop ], [ %945, %partial ]
	%1146 = phi float [ %549, %loop ], [ %960, %partial ]
	%1147 = phi float [ %550, %loop ], [ %975, %partial ]
	%1148 = phi float [ %551, %loop ], [ %990, %partial ]
	%1149 = phi float [ %552, %loop ], [ %1005, %partial ]
	%1150 = phi float [ %560, %loop ], [ %1020, %partial ]
	%1151 = phi float [ %561, %loop ], [ %1035, %partial ]
	%1152 = phi float [ %562, %loop ], [ %1050, %partial ]
	%1153 = phi float [ %563, %loop ], [ %1065, %partial ]
	%1154 = phi float [ %565, %loop ], [ %1080, %partial ]
	%1155 = phi float [ %566, %loop ], [ %1095, %partial ]
	%1156 = phi float [ %567, %loop ], [ %1110, %partial ]
	%1157 = phi float [ %568, %loop ], [ %1125, %partial ]
	%1158 = call float @llvm.nvvm.fmax.f(float %1126, float %1127)
	%1159 = call float @llvm.nvvm.fmax.f(float %1130, float %1131)
	%1160 = call float @llvm.nvvm.fmax.f(float %1134, float %1135)
	%1161 = call float @llvm.nvvm.fmax.f(float %1138, float %1139)
	%1162 = call float @llvm.nvvm.fmax.f(float %1142, float %1143)
	%1163 = call float @llvm.nvvm.fmax.f(float %1146, float %1147)
	%1164 = call float @llvm.nvvm.fmax.f(float %1150, float %1151)
	%1165 = call float @llvm.nvvm.fmax.f(float %1154, float %1155)
	%1166 = call float @llvm.nvvm.fmax.f(float %1158, float %1159)
	%1167 = call float @llvm.nvvm.fmax.f(float %1160, float %1161)
	%1168 = call float @llvm.nvvm.fmax.f(float %1162, float %1163)
	%1169 = call float @llvm.nvvm.fmax.f(float %1164, float %1165)
	%1170 = call float @llvm.nvvm.fmax.f(float %1166, float %1167)
	%1171 = call float @llvm.nvvm.fmax.f(float %1168, float %1169)
	%1172 = call float @llvm.nvvm.fmax.f(float %1170, float %1171)
	%1173 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1172, i32 1, i32 31)
	%1174 = call float @llvm.nvvm.fmax.f(float %1172, float %1173)
	%1175 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1174, i32 2, i32 31)
	%1176 = call float @llvm.nvvm.fmax.f(float %1174, float %1175)
	%1177 = fmul float %1176, 0x3FC7154760000000
	%1178 = call float @llvm.nvvm.fmax.f(float %232, float %1177)
	%1179 = fadd float %232, 8.0
	%1180 = fcmp ogt float %1178, %1179
	%1181 = or i1 false, %1180
	%1182 = call float @llvm.nvvm.fmax.f(float %1128, float %1129)
	%1183 = call float @llvm.nvvm.fmax.f(float %1132, float %1133)
	%1184 = call float @llvm.nvvm.fmax.f(float %1136, float %1137)
	%1185 = call float @llvm.nvvm.fmax.f(float %1140, float %1141)
	%1186 = call float @llvm.nvvm.fmax.f(float %1144, float %1145)
	%1187 = call float @llvm.nvvm.fmax.f(float %1148, float %1149)
	%1188 = call float @llvm.nvvm.fmax.f(float %1152, float %1153)
	%1189 = call float @llvm.nvvm.fmax.f(float %1156, float %1157)
	%1190 = call float @llvm.nvvm.fmax.f(float %1182, float %1183)
	%1191 = call float @llvm.nvvm.fmax.f(float %1184, float %1185)
	%1192 = call float @llvm.nvvm.fmax.f(float %1186, float %1187)
	%1193 = call float @llvm.nvvm.fmax.f(float %1188, float %1189)
	%1194 = call float @llvm.nvvm.fmax.f(float %1190, float %1191)
	%1195 = call float @llvm.nvvm.fmax.f(float %1192, float %1193)
	%1196 = call float @llvm.nvvm.fmax.f(float %1194, float %1195)
	%1197 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1196, i32 1, i32 31)
	%1198 = call float @llvm.nvvm.fmax.f(float %1196, float %1197)
	%1199 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1198, i32 2, i32 31)
	%1200 = call float @llvm.nvvm.fmax.f(float %1198, float %1199)
	%1201 = fmul float %1200, 0x3FC7154760000000
	%1202 = call float @llvm.nvvm.fmax.f(float %234, float %1201)
	%1203 = fadd float %234, 8.0
	%1204 = fcmp ogt float %1202, %1203
	%1205 = or i1 %1181, %1204
	%1206 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1205)
	br i1 %1206, label %1207, label %1250

1207:
	%1208 = fcmp oeq float %1178, 0xFFF0000000000000
	%1209 = select i1 %1208, float 0.0, float %1178
	%1210 = fsub float %232, %1209
	%1211 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1210)
	%1212 = fcmp oeq float %1202, 0xFFF0000000000000
	%1213 = select i1 %1212, float 0.0, float %1202
	%1214 = fsub float %234, %1213
	%1215 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1214)
	%1216 = fmul float %200, %1211
	%1217 = fmul float %201, %1211
	%1218 = fmul float %202, %1215
	%1219 = fmul float %203, %1215
	%1220 = fmul float %204, %1211
	%1221 = fmul float %205, %1211
	%1222 = fmul float %206, %1215
	%1223 = fmul float %207, %1215
	%1224 = fmul float %208, %1211
	%1225 = fmul float %209, %1211
	%1226 = fmul float %210, %1215
	%1227 = fmul float %211, %1215
	%1228 = fmul float %212, %1211
	%1229 = fmul float %213, %1211
	%1230 = fmul float %214, %1215
	%1231 = fmul float %215, %1215
	%1232 = fmul float %216, %1211
	%1233 = fmul float %217, %1211
	%1234 = fmul float %218, %1215
	%1235 = fmul float %219, %1215
	%1236 = fmul float %220, %1211
	%1237 = fmul float %221, %1211
	%1238 = fmul float %222, %1215
	%1239 = fmul float %223, %1215
	%1240 = fmul float %224, %1211
	%1241 = fmul float %225, %1211
	%1242 = fmul float %226, %1215
	%1243 = fmul float %227, %1215
	%1244 = fmul float %228, %1211
	%1245 = fmul float %229, %1211
	%1246 = fmul float %230, %1215
	%1247 = fmul float %231, %1215
	%1248 = fmul float %233, %1211
	%1249 = fmul float %235, %1215
	br label %1250

1250:
	%1251 = phi float [ %200, %softmax ], [ %1216, %1207 ]
	%1252 = phi float [ %201, %softmax ], [ %1217, %1207 ]
	%1253 = phi float [ %202, %softmax ], [ %1218, %1207 ]
	%1254 = phi float [ %203, %softmax ], [ %1219, %1207 ]
	%1255 = phi float [ %204, %softmax ], [ %1220, %1207 ]
	%1256 = phi float [ %205, %softmax ], [ %1221, %1207 ]
	%1257 = phi float [ %206, %softmax ], [ %1222, %1207 ]
	%1258 = phi float [ %207, %softmax ], [ %1223, %1207 ]
	%1259 = phi float [ %208, %softmax ], [ %1224, %1207 ]
	%1260 = phi float [ %209, %softmax ], [ %1225, %1207 ]
	%1261 = phi float [ %210, %softmax ], [ %1226, %1207 ]
	%1262 = phi float [ %211, %softmax ], [ %1227, %1207 ]
	%1263 = phi float [ %212, %softmax ], [ %1228, %1207 ]
	%1264 = phi float [ %213, %softmax ], [ %1229, %1207 ]
	%1265 = phi float [ %214, %softmax ], [ %1230, %1207 ]
	%1266 = phi float [ %215, %softmax ], [ %1231, %1207 ]
	%1267 = phi float [ %216, %softmax ], [ %1232, %1207 ]
	%1268 = phi float [ %217, %softmax ], [ %1233, %1207 ]
	%1269 = phi float [ %218, %softmax ], [ %1234, %1207 ]
	%1270 = phi float [ %219, %softmax ], [ %1235, %1207 ]
	%1271 = phi float [ %220, %softmax ], [ %1236, %1207 ]
	%1272 = phi float [ %221, %softmax ], [ %1237, %1207 ]
	%1273 = phi float [ %222, %softmax ], [ %1238, %1207 ]
	%1274 = phi float [ %223, %softmax ], [ %1239, %1207 ]
	%1275 = phi float [ %224, %softmax ], [ %1240, %1207 ]
	%1276 = phi float [ %225, %softmax ], [ %1241, %1207 ]
	%1277 = phi float [ %226, %softmax ], [ %1242, %1207 ]
	%1278 = phi float [ %227, %softmax ], [ %1243, %1207 ]
	%1279 = phi float [ %228, %softmax ], [ %1244, %1207 ]
	%1280 = phi float [ %229, %softmax ], [ %1245, %1207 ]
	%1281 = phi float [ %230, %softmax ], [ %1246, %1207 ]
	%1282 = phi float [ %231, %softmax ], [ %1247, %1207 ]
	%1283 = phi float [ %233, %softmax ], [ %1248, %1207 ]
	%1284 = phi float [ %235, %softmax ], [ %1249, %1207 ]
	%1285 = select i1 %1206, float %1178, float %232
	%1286 = fcmp oeq float %1285, 0xFFF0000000000000
	%1287 = select i1 %1286, float 0.0, float %1285
	%1288 = fneg float %1287
	%1289 = call float @llvm.fma.f32(float %1126, float 0x3FC7154760000000, float %1288)
	%1290 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1289)
	%1291 = call float @llvm.fma.f32(float %1127, float 0x3FC7154760000000, float %1288)
	%1292 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1291)
	%1293 = call float @llvm.fma.f32(float %1130, float 0x3FC7154760000000, float %1288)
	%1294 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1293)
	%1295 = call float @llvm.fma.f32(float %1131, float 0x3FC7154760000000, float %1288)
	%1296 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1295)
	%1297 = call float @llvm.fma.f32(float %1134, float 0x3FC7154760000000, float %1288)
	%1298 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1297)
	%1299 = call float @llvm.fma.f32(float %1135, float 0x3FC7154760000000, float %1288)
	%1300 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1299)
	%1301 = call float @llvm.fma.f32(float %1138, float 0x3FC7154760000000, float %1288)
	%1302 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1301)
	%1303 = call float @llvm.fma.f32(float %1139, float 0x3FC7154760000000, float %1288)
	%1304 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1303)
	%1305 = call float @llvm.fma.f32(float %1142, float 0x3FC7154760000000, float %1288)
	%1306 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1305)
	%1307 = call float @llvm.fma.f32(float %1143, float 0x3FC7154760000000, float %1288)
	%1308 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1307)
	%1309 = call float @llvm.fma.f32(float %1146, float 0x3FC7154760000000, float %1288)
	%1310 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1309)
	%1311 = call float @llvm.fma.f32(float %1147, float 0x3FC7154760000000, float %1288)
	%1312 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1311)
	%1313 = call float @llvm.fma.f32(float %1150, float 0x3FC7154760000000, float %1288)
	%1314 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1313)
	%1315 = call float @llvm.fma.f32(float %1151, float 0x3FC7154760000000, float %1288)
	%1316 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1315)
	%1317 = call float @llvm.fma.f32(float %1154, float 0x3FC7154760000000, float %1288)
	%1318 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1317)
	%1319 = call float @llvm.fma.f32(float %1155, float 0x3FC7154760000000, float %1288)
	%1320 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1319)
	%1321 = fadd float %1290, %1292
	%1322 = fadd float %1294, %1296
	%1323 = fadd float %1298, %1300
	%1324 = fadd float %1302, %1304
	%1325 = fadd float %1306, %1308
	%1326 = fadd float %1310, %1312
	%1327 = fadd float %1314, %1316
	%1328 = fadd float %1318, %1320
	%1329 = fadd float %1321, %1322
	%1330 = fadd float %1323, %1324
	%1331 = fadd float %1325, %1326
	%1332 = fadd float %1327, %1328
	%1333 = fadd float %1329, %1330
	%1334 = fadd float %1331, %1332
	%1335 = fadd float %1333, %1334
	%1336 = fadd float %1283, %1335
	%1337 = select i1 %1206, float %1202, float %234
	%1338 = fcmp oeq float %1337, 0xFFF0000000000000
	%1339 = select i1 %1338, float 0.0, float %1337
	%1340 = fneg float %1339
	%1341 = call float @llvm.fma.f32(float %1128, float 0x3FC7154760000000, float %1340)
	%1342 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1341)
	%1343 = call float @llvm.fma.f32(float %1129, float 0x3FC7154760000000, float %1340)
	%1344 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1343)
	%1345 = call float @llvm.fma.f32(float %1132, float 0x3FC7154760000000, float %1340)
	%1346 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1345)
	%1347 = call float @llvm.fma.f32(float %1133, float 0x3FC7154760000000, float %1340)
	%1348 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1347)
	%1349 = call float @llvm.fma.f32(float %1136, float 0x3FC7154760000000, float %1340)
	%1350 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1349)
	%1351 = call float @llvm.fma.f32(float %1137, float 0x3FC7154760000000, float %1340)
	%1352 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1351)
	%1353 = call float @llvm.fma.f32(float %1140, float 0x3FC7154760000000, float %1340)
	%1354 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1353)
	%1355 = call float @llvm.fma.f32(float %1141, float 0x3FC7154760000000, float %1340)
	%1356 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1355)
	%1357 = call float @llvm.fma.f32(float %1144, float 0x3FC7154760000000, float %1340)
	%1358 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1357)
	%1359 = call float @llvm.fma.f32(float %1145, float 0x3FC7154760000000, float %1340)
	%1360 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1359)
	%1361 = call float @llvm.fma.f32(float %1148, float 0x3FC7154760000000, float %1340)
	%1362 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1361)
	%1363 = call float @llvm.fma.f32(float %1149, float 0x3FC7154760000000, float %1340)
	%1364 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1363)
	%1365 = call float @llvm.fma.f32(float %1152, float 0x3FC7154760000000, float %1340)
	%1366 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1365)
	%1367 = call float @llvm.fma.f32(float %1153, float 0x3FC7154760000000, float %1340)
	%1368 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1367)
	%1369 = call float @llvm.fma.f32(float %1156, float 0x3FC7154760000000, float %1340)
	%1370 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1369)
	%1371 = call float @llvm.fma.f32(float %1157, float 0x3FC7154760000000, float %1340)
	%1372 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1371)
	%1373 = fadd float %1342, %1344
	%1374 = fadd float %1346, %1348
	%1375 = fadd float %1350, %1352
	%1376 = fadd float %1354, %1356
	%1377 = fadd float %1358, %1360
	%1378 = fadd float %1362, %1364
	%1379 = fadd float %1366, %1368
	%1380 = fadd float %1370, %1372
	%1381 = fadd float %1373, %1374
	%1382 = fadd float %1375, %1376
	%1383 = fadd float %1377, %1378
	%1384 = fadd float %1379, %1380
	%1385 = fadd float %1381, %1382
	%1386 = fadd float %1383, %1384
	%1387 = fadd float %1385, %1386
	%1388 = fadd float %1284, %1387
	%1389 = icmp eq i32 %6, 0
	%1390 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1335, i32 1, i32 31)
	%1391 = fadd float %1335, %1390
	%1392 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1391, i32 2, i32 31)
	%1393 = fadd float %1391, %1392
	%1394 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1336, i32 1, i32 31)
	%1395 = fadd float %1336, %1394
	%1396 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1395, i32 2, i32 31)
	%1397 = fadd float %1395, %1396
	%1398 = fcmp ogt float %1397, 0.0
	%1399 = icmp slt i32 %572, %M
	%1400 = and i1 %1398, %1399
	%1401 = select i1 %1400, float %1397, float 1.0
	%1402 = fdiv float %1393, %1401
	%1403 = call float @llvm.nvvm.fmax.f(float 0.0, float %1402)
	%1404 = select i1 %1400, float %1403, float 0.0
	%1405 = and i1 %1400, %1389
	%1406 = fadd float 0.0, 1.0
	%1407 = select i1 %1405, float %1406, float 0.0
	%1408 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1387, i32 1, i32 31)
	%1409 = fadd float %1387, %1408
	%1410 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1409, i32 2, i32 31)
	%1411 = fadd float %1409, %1410
	%1412 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1388, i32 1, i32 31)
	%1413 = fadd float %1388, %1412
	%1414 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1413, i32 2, i32 31)
	%1415 = fadd float %1413, %1414
	%1416 = fcmp ogt float %1415, 0.0
	%1417 = icmp slt i32 %576, %M
	%1418 = and i1 %1416, %1417
	%1419 = select i1 %1418, float %1415, float 1.0
	%1420 = fdiv float %1411, %1419
	%1421 = call float @llvm.nvvm.fmax.f(float %1404, float %1420)
	%1422 = select i1 %1418, float %1421, float %1404
	%1423 = and i1 %1418, %1389
	%1424 = fadd float %1407, 1.0
	%1425 = select i1 %1423, float %1424, float %1407
	%1426 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1422, i32 16, i32 31)
	%1427 = call float @llvm.nvvm.fmax.f(float %1422, float %1426)
	%1428 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1425, i32 16, i32 31)
	%1429 = fadd float %1425, %1428
	%1430 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1427, i32 8, i32 31)
	%1431 = call float @llvm.nvvm.fmax.f(float %1427, float %1430)
	%1432 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1429, i32 8, i32 31)
	%1433 = fadd float %1429, %1432
	%1434 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1431, i32 4, i32 31)
	%1435 = call float @llvm.nvvm.fmax.f(float %1431, float %1434)
	%1436 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1433, i32 4, i32 31)
	%1437 = fadd float %1433, %1436
	%1438 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1435, i32 2, i32 31)
	%1439 = call float @llvm.nvvm.fmax.f(float %1435, float %1438)
	%1440 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1437, i32 2, i32 31)
	%1441 = fadd float %1437, %1440
	%1442 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1439, i32 1, i32 31)
	%1443 = call float @llvm.nvvm.fmax.f(float %1439, float %1442)
	%1444 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1441, i32 1, i32 31)
	%1445 = fadd float %1441, %1444
	%1446 = icmp eq i32 %4, 0
	br i1 %1446, label %1447, label %1454

1447:
	%1448 = mul i32 %3, 2
	%1449 = add i32 %1448, 0
	%1450 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1449
	store float %1443, float addrspace(3)* %1450
	%1451 = mul i32 %3, 2
	%1452 = add i32 %1451, 1
	%1453 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1452
	store float %1445, float addrspace(3)* %1453
	br label %1454

1454:
	%1455 = add i32 %198, 1
	%1456 = icmp slt i32 %1455, %NK
	%1457 = select i1 %1456, i32 %1455, i32 0
	%1458 = add i32 %41, %1457
	%1459 = sext i32 %1458 to i64
	%1460 = getelementptr i32, i32* %list, i64 %1459
	%1461 = load i32, i32* %1460
	%1462 = select i1 %1456, i32 %1461, i32 -1
	%1463 = icmp sge i32 %1462, 0
	%1464 = add i32 %NK, %198
	%1465 = add i32 %41, %1464
	%1466 = sext i32 %1465 to i64
	%1467 = getelementptr i32, i32* %list, i64 %1466
	%1468 = load i32, i32* %1467
	%1469 = icmp eq i32 %1468, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%1470 = mul i32 0, 2
	%1471 = add i32 %1470, 0
	%1472 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1471
	%1473 = load float, float addrspace(3)* %1472
	%1474 = call float @llvm.nvvm.fmax.f(float 0.0, float %1473)
	%1475 = mul i32 0, 2
	%1476 = add i32 %1475, 1
	%1477 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1476
	%1478 = load float, float addrspace(3)* %1477
	%1479 = fadd float 0.0, %1478
	%1480 = mul i32 1, 2
	%1481 = add i32 %1480, 0
	%1482 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1481
	%1483 = load float, float addrspace(3)* %1482
	%1484 = call float @llvm.nvvm.fmax.f(float %1474, float %1483)
	%1485 = mul i32 1, 2
	%1486 = add i32 %1485, 1
	%1487 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1486
	%1488 = load float, float addrspace(3)* %1487
	%1489 = fadd float %1479, %1488
	%1490 = mul i32 2, 2
	%1491 = add i32 %1490, 0
	%1492 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1491
	%1493 = load float, float addrspace(3)* %1492
	%1494 = call float @llvm.nvvm.fmax.f(float %1484, float %1493)
	%1495 = mul i32 2, 2
	%1496 = add i32 %1495, 1
	%1497 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1496
	%1498 = load float, float addrspace(3)* %1497
	%1499 = fadd float %1489, %1498
	%1500 = mul i32 3, 2
	%1501 = add i32 %1500, 0
	%1502 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1501
	%1503 = load float, float addrspace(3)* %1502
	%1504 = call float @llvm.nvvm.fmax.f(float %1494, float %1503)
	%1505 = mul i32 3, 2
	%1506 = add i32 %1505, 1
	%1507 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1506
	%1508 = load float, float addrspace(3)* %1507
	%1509 = fadd float %1499, %1508
	%1510 = fcmp ogt float %1509, 0.0
	%1511 = and i1 %1469, %1510
	%1512 = fcmp olt float %1504, 0x3F50624DE0000000
	%1513 = and i1 %1511, %1512
	%1514 = xor i1 %1513, true
	%1515 = and i1 %1463, %1514
	br i1 %1515, label %prefetch, label %pv

prefetch:
	%1516 = mul i32 %1462, 64
	%1517 = lshr i32 %2, 3
	%1518 = and i32 %2, 7
	%1519 = and i32 %1517, 7
	%1520 = xor i32 %1518, %1519
	%1521 = mul i32 %1517, 8
	%1522 = add i32 %1521, %1520
	%1523 = shl i32 %1522, 4
	%1524 = add i32 %0, %1523
	%1525 = add i32 %1516, %1517
	%1526 = add i32 %1525, 0
	%1527 = icmp slt i32 %1526, %N
	%1528 = select i1 %1527, i32 %1526, i32 0
	%1529 = sext i32 %1528 to i64
	%1530 = getelementptr i32, i32* %51, i64 %1529
	%1531 = load i32, i32* %1530
	%1532 = mul i32 %1531, 64
	%1533 = mul i32 %1518, 8
	%1534 = add i32 %1532, %1533
	%1535 = sext i32 %1534 to i64
	%1536 = getelementptr i16, i16* %32, i64 %1535
	%1537 = add i32 %1524, 0
	%1538 = select i1 %1527, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1537, i16* %1536, i32 %1538)
	%1539 = add i32 %1525, 16
	%1540 = icmp slt i32 %1539, %N
	%1541 = select i1 %1540, i32 %1539, i32 0
	%1542 = sext i32 %1541 to i64
	%1543 = getelementptr i32, i32* %51, i64 %1542
	%1544 = load i32, i32* %1543
	%1545 = mul i32 %1544, 64
	%1546 = mul i32 %1518, 8
	%1547 = add i32 %1545, %1546
	%1548 = sext i32 %1547 to i64
	%1549 = getelementptr i16, i16* %32, i64 %1548
	%1550 = add i32 %1524, 2048
	%1551 = select i1 %1540, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1550, i16* %1549, i32 %1551)
	%1552 = add i32 %1525, 32
	%1553 = icmp slt i32 %1552, %N
	%1554 = select i1 %1553, i32 %1552, i32 0
	%1555 = sext i32 %1554 to i64
	%1556 = getelementptr i32, i32* %51, i64 %1555
	%1557 = load i32, i32* %1556
	%1558 = mul i32 %1557, 64
	%1559 = mul i32 %1518, 8
	%1560 = add i32 %1558, %1559
	%1561 = sext i32 %1560 to i64
	%1562 = getelementptr i16, i16* %32, i64 %1561
	%1563 = add i32 %1524, u0x1000
	%1564 = select i1 %1553, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1563, i16* %1562, i32 %1564)
	%1565 = add i32 %1525, 48
	%1566 = icmp slt i32 %1565, %N
	%1567 = select i1 %1566, i32 %1565, i32 0
	%1568 = sext i32 %1567 to i64
	%1569 = getelementptr i32, i32* %51, i64 %1568
	%1570 = load i32, i32* %1569
	%1571 = mul i32 %1570, 64
	%1572 = mul i32 %1518, 8
	%1573 = add i32 %1571, %1572
	%1574 = sext i32 %1573 to i64
	%1575 = getelementptr i16, i16* %32, i64 %1574
	%1576 = add i32 %1524, 6144
	%1577 = select i1 %1566, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1576, i16* %1575, i32 %1577)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1578 = and i32 %4, 7
	%1579 = lshr i32 %4, 3
	%1580 = and i32 %1579, 1
	%1581 = shl i32 %1580, 3
	%1582 = add i32 %1578, %1581
	%1583 = mul i32 %1582, 128
	%1584 = add i32 %1, %1583
	%1585 = and i32 %4, 7
	%1586 = xor i32 %102, %1585
	%1587 = shl i32 %1586, 4
	%1588 = add i32 %1584, %1587
	%1589 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1292, float %1290)
	%1590 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1344, float %1342)
	%1591 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1296, float %1294)
	%1592 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1348, float %1346)
	%1593 = xor i32 %1588, 0
	%1594 = add i32 %1593, 0
	%1595 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1594)
	%1596 = extractvalue { i32, i32, i32, i32 } %1595, 0
	%1597 = extractvalue { i32, i32, i32, i32 } %1595, 1
	%1598 = extractvalue { i32, i32, i32, i32 } %1595, 2
	%1599 = extractvalue { i32, i32, i32, i32 } %1595, 3
	%1600 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1589, i32 %1590, i32 %1591, i32 %1592, i32 %1596, i32 %1597, float %1251, float %1252, float %1253, float %1254)
	%1601 = extractvalue { float, float, float, float } %1600, 0
	%1602 = extractvalue { float, float, float, float } %1600, 1
	%1603 = extractvalue { float, float, float, float } %1600, 2
	%1604 = extractvalue { float, float, float, float } %1600, 3
	%1605 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1589, i32 %1590, i32 %1591, i32 %1592, i32 %1598, i32 %1599, float %1255, float %1256, float %1257, float %1258)
	%1606 = extractvalue { float, float, float, float } %1605, 0
	%1607 = extractvalue { float, float, float, float } %1605, 1
	%1608 = extractvalue { float, float, float, float } %1605, 2
	%1609 = extractvalue { float, float, float, float } %1605, 3
	%1610 = xor i32 %1588, 32
	%1611 = add i32 %1610, 0
	%1612 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1611)
	%1613 = extractvalue { i32, i32, i32, i32 } %1612, 0
	%1614 = extractvalue { i32, i32, i32, i32 } %1612, 1
	%1615 = extractvalue { i32, i32, i32, i32 } %1612, 2
	%1616 = extractvalue { i32, i32, i32, i32 } %1612, 3
	%1617 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1589, i32 %1590, i32 %1591, i32 %1592, i32 %1613, i32 %1614, float %1259, float %1260, float %1261, float %1262)
	%1618 = extractvalue { float, float, float, float } %1617, 0
	%1619 = extractvalue { float, float, float, float } %1617, 1
	%1620 = extractvalue { float, float, float, float } %1617, 2
	%1621 = extractvalue { float, float, float, float } %1617, 3
	%1622 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1589, i32 %1590, i32 %1591, i32 %1592, i32 %1615, i32 %1616, float %1263, float %1264, float %1265, float %1266)
	%1623 = extractvalue { float, float, float, float } %1622, 0
	%1624 = extractvalue { float, float, float, float } %1622, 1
	%1625 = extractvalue { float, float, float, float } %1622, 2
	%1626 = extractvalue { float, float, float, float } %1622, 3
	%1627 = xor i32 %1588, 64
	%1628 = add i32 %1627, 0
	%1629 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1628)
	%1630 = extractvalue { i32, i32, i32, i32 } %1629, 0
	%1631 = extractvalue { i32, i32, i32, i32 } %1629, 1
	%1632 = extractvalue { i32, i32, i32, i32 } %1629, 2
	%1633 = extractvalue { i32, i32, i32, i32 } %1629, 3
	%1634 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1589, i32 %1590, i32 %1591, i32 %1592, i32 %1630, i32 %1631, float %1267, float %1268, float %1269, float %1270)
	%1635 = extractvalue { float, float, float, float } %1634, 0
	%1636 = extractvalue { float, float, float, float } %1634, 1
	%1637 = extractvalue { float, float, float, float } %1634, 2
	%1638 = extractvalue { float, float, float, float } %1634, 3
	%1639 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1589, i32 %1590, i32 %1591, i32 %1592, i32 %1632, i32 %1633, float %1271, float %1272, float %1273, float %1274)
	%1640 = extractvalue { float, float, float, float } %1639, 0
	%1641 = extractvalue { float, float, float, float } %1639, 1
	%1642 = extractvalue { float, float, float, float } %1639, 2
	%1643 = extractvalue { float, float, float, float } %1639, 3
	%1644 = xor i32 %1588, 96
	%1645 = add i32 %1644, 0
	%1646 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1645)
	%1647 = extractvalue { i32, i32, i32, i32 } %1646, 0
	%1648 = extractvalue { i32, i32, i32, i32 } %1646, 1
	%1649 = extractvalue { i32, i32, i32, i32 } %1646, 2
	%1650 = extractvalue { i32, i32, i32, i32 } %1646, 3
	%1651 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1589, i32 %1590, i32 %1591, i32 %1592, i32 %1647, i32 %1648, float %1275, float %1276, float %1277, float %1278)
	%1652 = extractvalue { float, float, float, float } %1651, 0
	%1653 = extractvalue { float, float, float, float } %1651, 1
	%1654 = extractvalue { float, float, float, float } %1651, 2
	%1655 = extractvalue { float, float, float, float } %1651, 3
	%1656 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1589, i32 %1590, i32 %1591, i32 %1592, i32 %1649, i32 %1650, float %1279, float %1280, float %1281, float %1282)
	%1657 = extractvalue { float, float, float, float } %1656, 0
	%1658 = extractvalue { float, float, float, float } %1656, 1
	%1659 = extractvalue { float, float, float, float } %1656, 2
	%1660 = extractvalue { float, float, float, float } %1656, 3
	%1661 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1300, float %1298)
	%1662 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1352, float %1350)
	%1663 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1304, float %1302)
	%1664 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1356, float %1354)
	%1665 = xor i32 %1588, 0
	%1666 = add i32 %1665, 2048
	%1667 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1666)
	%1668 = extractvalue { i32, i32, i32, i32 } %1667, 0
	%1669 = extractvalue { i32, i32, i32, i32 } %1667, 1
	%1670 = extractvalue { i32, i32, i32, i32 } %1667, 2
	%1671 = extractvalue { i32, i32, i32, i32 } %1667, 3
	%1672 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1661, i32 %1662, i32 %1663, i32 %1664, i32 %1668, i32 %1669, float %1601, float %1602, float %1603, float %1604)
	%1673 = extractvalue { float, float, float, float } %1672, 0
	%1674 = extractvalue { float, float, float, float } %1672, 1
	%1675 = extractvalue { float, float, float, float } %1672, 2
	%1676 = extractvalue { float, float, float, float } %1672, 3
	%1677 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1661, i32 %1662, i32 %1663, i32 %1664, i32 %1670, i32 %1671, float %1606, float %1607, float %1608, float %1609)
	%1678 = extractvalue { float, float, float, float } %1677, 0
	%1679 = extractvalue { float, float, float, float } %1677, 1
	%1680 = extractvalue { float, float, float, float } %1677, 2
	%1681 = extractvalue { float, float, float, float } %1677, 3
	%1682 = xor i32 %1588, 32
	%1683 = add i32 %1682, 2048
	%1684 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1683)
	%1685 = extractvalue { i32, i32, i32, i32 } %1684, 0
	%1686 = extractvalue { i32, i32, i32, i32 } %1684, 1
	%1687 = extractvalue { i32, i32, i32, i32 } %1684, 2
	%1688 = extractvalue { i32, i32, i32, i32 } %1684, 3
	%1689 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1661, i32 %1662, i32 %1663, i32 %1664, i32 %1685, i32 %1686, float %1618, float %1619, float %1620, float %1621)
	%1690 = extractvalue { float, float, float, float } %1689, 0
	%1691 = extractvalue { float, float, float, float } %1689, 1
	%1692 = extractvalue { float, float, float, float } %1689, 2
	%1693 = extractvalue { float, float, float, float } %1689, 3
	%1694 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1661, i32 %1662, i32 %1663, i32 %1664, i32 %1687, i32 %1688, float %1623, float %1624, float %1625, float %1626)
	%1695 = extractvalue { float, float, float, float } %1694, 0
	%1696 = extractvalue { float, float, float, float } %1694, 1
	%1697 = extractvalue { float, float, float, float } %1694, 2
	%1698 = extractvalue { float, float, float, float } %1694, 3
	%1699 = xor i32 %1588, 64
	%1700 = add i32 %1699, 2048
	%1701 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1700)
	%1702 = extractvalue { i32, i32, i32, i32 } %1701, 0
	%1703 = extractvalue { i32, i32, i32, i32 } %1701, 1
	%1704 = extractvalue { i32, i32, i32, i32 } %1701, 2
	%1705 = extractvalue { i32, i32, i32, i32 } %1701, 3
	%1706 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1661, i32 %1662, i32 %1663, i32 %1664, i32 %1702, i32 %1703, float %1635, float %1636, float %1637, float %1638)
	%1707 = extractvalue { float, float, float, float } %1706, 0
	%1708 = extractvalue { float, float, float, float } %1706, 1
	%1709 = extractvalue { float, float, float, float } %1706, 2
	%1710 = extractvalue { float, float, float, float } %1706, 3
	%1711 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1661, i32 %1662, i32 %1663, i32 %1664, i32 %1704, i32 %1705, float %1640, float %1641, float %1642, float %1643)
	%1712 = extractvalue { float, float, float, float } %1711, 0
	%1713 = extractvalue { float, float, float, float } %1711, 1
	%1714 = extractvalue { float, float, float, float } %1711, 2
	%1715 = extractvalue { float, float, float, float } %1711, 3
	%1716 = xor i32 %1588, 96
	%1717 = add i32 %1716, 2048
	%1718 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1717)
	%1719 = extractvalue { i32, i32, i32, i32 } %1718, 0
	%1720 = extractvalue { i32, i32, i32, i32 } %1718, 1
	%1721 = extractvalue { i32, i32, i32, i32 } %1718, 2
	%1722 = extractvalue { i32, i32, i32, i32 } %1718, 3
	%1723 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1661, i32 %1662, i32 %1663, i32 %1664, i32 %1719, i32 %1720, float %1652, float %1653, float %1654, float %1655)
	%1724 = extractvalue { float, float, float, float } %1723, 0
	%1725 = extractvalue { float, float, float, float } %1723, 1
	%1726 = extractvalue { float, float, float, float } %1723, 2
	%1727 = extractvalue { float, float, float, float } %1723, 3
	%1728 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1661, i32 %1662, i32 %1663, i32 %1664, i32 %1721, i32 %1722, float %1657, float %1658, float %1659, float %1660)
	%1729 = extractvalue { float, float, float, float } %1728, 0
	%1730 = extractvalue { float, float, float, float } %1728, 1
	%1731 = extractvalue { float, float, float, float } %1728, 2
	%1732 = extractvalue { float, float, float, float } %1728, 3
	%1733 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1308, float %1306)
	%1734 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1360, float %1358)
	%1735 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1312, float %1310)
	%1736 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1364, float %1362)
	%1737 = xor i32 %1588, 0
	%1738 = add i32 %1737, u0x1000
	%1739 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1738)
	%1740 = extractvalue { i32, i32, i32, i32 } %1739, 0
	%1741 = extractvalue { i32, i32, i32, i32 } %1739, 1
	%1742 = extractvalue { i32, i32, i32, i32 } %1739, 2
	%1743 = extractvalue { i32, i32, i32, i32 } %1739, 3
	%1744 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1733, i32 %1734, i32 %1735, i32 %1736, i32 %1740, i32 %1741, float %1673, float %1674, float %1675, float %1676)
	%1745 = extractvalue { float, float, float, float } %1744, 0
	%1746 = extractvalue { float, float, float, float } %1744, 1
	%1747 = extractvalue { float, float, float, float } %1744, 2
	%1748 = extractvalue { float, float, float, float } %1744, 3
	%1749 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1733, i32 %1734, i32 %1735, i32 %1736, i32 %1742, i32 %1743, float %1678, float %1679, float %1680, float %1681)
	%1750 = extractvalue { float, float, float, float } %1749, 0
	%1751 = extractvalue { float, float, float, float } %1749, 1
	%1752 = extractvalue { float, float, float, float } %1749, 2
	%1753 = extractvalue { float, float, float, float } %1749, 3
	%1754 = xor i32 %1588, 32
	%1755 = add i32 %1754, u0x1000
	%1756 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1755)
	%1757 = extractvalue { i32, i32, i32, i32 } %1756, 0
	%1758 = extractvalue { i32, i32, i32, i32 } %1756, 1
	%1759 = extractvalue { i32, i32, i32, i32 } %1756, 2
	%1760 = extractvalue { i32, i32, i32, i32 } %1756, 3
	%1761 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1733, i32 %1734, i32 %1735, i32 %1736, i32 %1757, i32 %1758, float %1690, float %1691, float %1692, float %1693)
	%1762 = extractvalue { float, float, float, float } %1761, 0
	%1763 = extractvalue { float, float, float, float } %1761, 1
	%1764 = extractvalue { float, float, float, float } %1761, 2
	%1765 = extractvalue { float, float, float, float } %1761, 3
	%1766 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1733, i32 %1734, i32 %1735, i32 %1736, i32 %1759, i32 %1760, float %1695, float %1696, float %1697, float %1698)
	%1767 = extractvalue { float, float, float, float } %1766, 0
	%1768 = extractvalue { float, float, float, float } %1766, 1
	%1769 = extractvalue { float, float, float, float } %1766, 2
	%1770 = extractvalue { float, float, float, float } %1766, 3
	%1771 = xor i32 %1588, 64
	%1772 = add i32 %1771, u0x1000
	%1773 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1772)
	%1774 = extractvalue { i32, i32, i32, i32 } %1773, 0
	%1775 = extractvalue { i32, i32, i32, i32 } %1773, 1
	%1776 = extractvalue { i32, i32, i32, i32 } %1773, 2
	%1777 = extractvalue { i32, i32, i32, i32 } %1773, 3
	%1778 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1733, i32 %1734, i32 %1735, i32 %1736, i32 %1774, i32 %1775, float %1707, float %1708, float %1709, float %1710)
	%1779 = extractvalue { float, float, float, float } %1778, 0
	%1780 = extractvalue { float, float, float, float } %1778, 1
	%1781 = extractvalue { float, float, float, float } %1778, 2
	%1782 = extractvalue { float, float, float, float } %1778, 3
	%1783 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1733, i32 %1734, i32 %1735, i32 %1736, i32 %1776, i32 %1777, float %1712, float %1713, float %1714, float %1715)
	%1784 = extractvalue { float, float, float, float } %1783, 0
	%1785 = extractvalue { float, float, float, float } %1783, 1
	%1786 = extractvalue { float, float, float, float } %1783, 2
	%1787 = extractvalue { float, float, float, float } %1783, 3
	%1788 = xor i32 %1588, 96
	%1789 = add i32 %1788, u0x1000
	%1790 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1789)
	%1791 = extractvalue { i32, i32, i32, i32 } %1790, 0
	%1792 = extractvalue { i32, i32, i32, i32 } %1790, 1
	%1793 = extractvalue { i32, i32, i32, i32 } %1790, 2
	%1794 = extractvalue { i32, i32, i32, i32 } %1790, 3
	%1795 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1733, i32 %1734, i32 %1735, i32 %1736, i32 %1791, i32 %1792, float %1724, float %1725, float %1726, float %1727)
	%1796 = extractvalue { float, float, float, float } %1795, 0
	%1797 = extractvalue { float, float, float, float } %1795, 1
	%1798 = extractvalue { float, float, float, float } %1795, 2
	%1799 = extractvalue { float, float, float, float } %1795, 3
	%1800 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1733, i32 %1734, i32 %1735, i32 %1736, i32 %1793, i32 %1794, float %1729, float %1730, float %1731, float %1732)
	%1801 = extractvalue { float, float, float, float } %1800, 0
	%1802 = extractvalue { float, float, float, float } %1800, 1
	%1803 = extractvalue { float, float, float, float } %1800, 2
	%1804 = extractvalue { float, float, float, float } %1800, 3
	%1805 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1316, float %1314)
	%1806 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1368, float %1366)
	%1807 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1320, float %1318)
	%1808 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1372, float %1370)
	%1809 = xor i32 %1588, 0
	%1810 = add i32 %1809, 6144
	%1811 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1810)
	%1812 = extractvalue { i32, i32, i32, i32 } %1811, 0
	%1813 = extractvalue { i32, i32, i32, i32 } %1811, 1
	%1814 = extractvalue { i32, i32, i32, i32 } %1811, 2
	%1815 = extractvalue { i32, i32, i32, i32 } %1811, 3
	%1816 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1805, i32 %1806, i32 %1807, i32 %1808, i32 %1812, i32 %1813, float %1745, float %1746, float %1747, float %1748)
	%1817 = extractvalue { float, float, float, float } %1816, 0
	%1818 = extractvalue { float, float, float, float } %1816, 1
	%1819 = extractvalue { float, float, float, float } %1816, 2
	%1820 = extractvalue { float, float, float, float } %1816, 3
	%1821 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1805, i32 %1806, i32 %1807, i32 %1808, i32 %1814, i32 %1815, float %1750, float %1751, float %1752, float %1753)
	%1822 = extractvalue { float, float, float, float } %1821, 0
	%1823 = extractvalue { float, float, float, float } %1821, 1
	%1824 = extractvalue { float, float, float, float } %1821, 2
	%1825 = extractvalue { float, float, float, float } %1821, 3
	%1826 = xor i32 %1588, 32
	%1827 = add i32 %1826, 6144
	%1828 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1827)
	%1829 = extractvalue { i32, i32, i32, i32 } %1828, 0
	%1830 = extractvalue { i32, i32, i32, i32 } %1828, 1
	%1831 = extractvalue { i32, i32, i32, i32 } %1828, 2
	%1832 = extractvalue { i32, i32, i32, i32 } %1828, 3
	%1833 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1805, i32 %1806, i32 %1807, i32 %1808, i32 %1829, i32 %1830, float %1762, float %1763, float %1764, float %1765)
	%1834 = extractvalue { float, float, float, float } %1833, 0
	%1835 = extractvalue { float, float, float, float } %1833, 1
	%1836 = extractvalue { float, float, float, float } %1833, 2
	%1837 = extractvalue { float, float, float, float } %1833, 3
	%1838 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1805, i32 %1806, i32 %1807, i32 %1808, i32 %1831, i32 %1832, float %1767, float %1768, float %1769, float %1770)
	%1839 = extractvalue { float, float, float, float } %1838, 0
	%1840 = extractvalue { float, float, float, float } %1838, 1
	%1841 = extractvalue { float, float, float, float } %1838, 2
	%1842 = extractvalue { float, float, float, float } %1838, 3
	%1843 = xor i32 %1588, 64
	%1844 = add i32 %1843, 6144
	%1845 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1844)
	%1846 = extractvalue { i32, i32, i32, i32 } %1845, 0
	%1847 = extractvalue { i32, i32, i32, i32 } %1845, 1
	%1848 = extractvalue { i32, i32, i32, i32 } %1845, 2
	%1849 = extractvalue { i32, i32, i32, i32 } %1845, 3
	%1850 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1805, i32 %1806, i32 %1807, i32 %1808, i32 %1846, i32 %1847, float %1779, float %1780, float %1781, float %1782)
	%1851 = extractvalue { float, float, float, float } %1850, 0
	%1852 = extractvalue { float, float, float, float } %1850, 1
	%1853 = extractvalue { float, float, float, float } %1850, 2
	%1854 = extractvalue { float, float, float, float } %1850, 3
	%1855 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1805, i32 %1806, i32 %1807, i32 %1808, i32 %1848, i32 %1849, float %1784, float %1785, float %1786, float %1787)
	%1856 = extractvalue { float, float, float, float } %1855, 0
	%1857 = extractvalue { float, float, float, float } %1855, 1
	%1858 = extractvalue { float, float, float, float } %1855, 2
	%1859 = extractvalue { float, float, float, float } %1855, 3
	%1860 = xor i32 %1588, 96
	%1861 = add i32 %1860, 6144
	%1862 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1861)
	%1863 = extractvalue { i32, i32, i32, i32 } %1862, 0
	%1864 = extractvalue { i32, i32, i32, i32 } %1862, 1
	%1865 = extractvalue { i32, i32, i32, i32 } %1862, 2
	%1866 = extractvalue { i32, i32, i32, i32 } %1862, 3
	%1867 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1805, i32 %1806, i32 %1807, i32 %1808, i32 %1863, i32 %1864, float %1796, float %1797, float %1798, float %1799)
	%1868 = extractvalue { float, float, float, float } %1867, 0
	%1869 = extractvalue { float, float, float, float } %1867, 1
	%1870 = extractvalue { float, float, float, float } %1867, 2
	%1871 = extractvalue { float, float, float, float } %1867, 3
	%1872 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1805, i32 %1806, i32 %1807, i32 %1808, i32 %1865, i32 %1866, float %1801, float %1802, float %1803, float %1804)
	%1873 = extractvalue { float, float, float, float } %1872, 0
	%1874 = extractvalue { float, float, float, float } %1872, 1
	%1875 = extractvalue { float, float, float, float } %1872, 2
	%1876 = extractvalue { float, float, float, float } %1872, 3
	br i1 %1515, label %loop, label %epilogue

store0:
	%1877 = mul i32 %22, %M
	%1878 = add i32 %1877, %628
	%1879 = mul i32 %1878, 64
	%1880 = shl i32 %6, 1
	%1881 = add i32 0, %1880
	%1882 = add i32 %1879, %1881
	%1883 = sext i32 %1882 to i64
	%1884 = getelementptr i16, i16* %out, i64 %1883
	%1885 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %630, float %629)
	%1886 = bitcast i16* %1884 to i32*
	store i32 %1885, i32* %1886
	%1887 = shl i32 %6, 1
	%1888 = add i32 8, %1887
	%1889 = add i32 %1879, %1888
	%1890 = sext i32 %1889 to i64
	%1891 = getelementptr i16, i16* %out, i64 %1890
	%1892 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %632, float %631)
	%1893 = bitcast i16* %1891 to i32*
	store i32 %1892, i32* %1893
	%1894 = shl i32 %6, 1
	%1895 = add i32 16, %1894
	%1896 = add i32 %1879, %1895
	%1897 = sext i32 %1896 to i64
	%1898 = getelementptr i16, i16* %out, i64 %1897
	%1899 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %634, float %633)
	%1900 = bitcast i16* %1898 to i32*
	store i32 %1899, i32* %1900
	%1901 = shl i32 %6, 1
	%1902 = add i32 24, %1901
	%1903 = add i32 %1879, %1902
	%1904 = sext i32 %1903 to i64
	%1905 = getelementptr i16, i16* %out, i64 %1904
	%1906 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %636, float %635)
	%1907 = bitcast i16* %1905 to i32*
	store i32 %1906, i32* %1907
	%1908 = shl i32 %6, 1
	%1909 = add i32 32, %1908
	%1910 = add i32 %1879, %1909
	%1911 = sext i32 %1910 to i64
	%1912 = getelementptr i16, i16* %out, i64 %1911
	%1913 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %638, float %637)
	%1914 = bitcast i16* %1912 to i32*
	store i32 %1913, i32* %1914
	%1915 = shl i32 %6, 1
	%1916 = add i32 40, %1915
	%1917 = add i32 %1879, %1916
	%1918 = sext i32 %1917 to i64
	%1919 = getelementptr i16, i16* %out, i64 %1918
	%1920 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %640, float %639)
	%1921 = bitcast i16* %1919 to i32*
	store i32 %1920, i32* %1921
	%1922 = shl i32 %6, 1
	%1923 = add i32 48, %1922
	%1924 = add i32 %1879, %1923
	%1925 = sext i32 %1924 to i64
	%1926 = getelementptr i16, i16* %out, i64 %1925
	%1927 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %642, float %641)
	%1928 = bitcast i16* %1926 to i32*
	store i32 %1927, i32* %1928
	%1929 = shl i32 %6, 1
	%1930 = add i32 56, %1929
	%1931 = add i32 %1879, %1930
	%1932 = sext i32 %1931 to i64
	%1933 = getelementptr i16, i16* %out, i64 %1932
	%1934 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %644, float %643)
	%1935 = bitcast i16* %1933 to i32*
	store i32 %1934, i32* %1935
	br label %stored0

stored0:
	%1936 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %584, i32 1, i32 31)
	%1937 = fadd float %584, %1936
	%1938 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1937, i32 2, i32 31)
	%1939 = fadd float %1937, %1938
	%1940 = fcmp ogt float %1939, 0.0
	%1941 = fdiv float 1.0, %1939
	%1942 = select i1 %1940, float %1941, float 0.0
	%1943 = mul i32 %3, 16
	%1944 = add i32 %24, %1943
	%1945 = add i32 %5, 8
	%1946 = add i32 %1944, %1945
	%1947 = fmul float %588, %1942
	%1948 = fmul float %589, %1942
	%1949 = fmul float %592, %1942
	%1950 = fmul float %593, %1942
	%1951 = fmul float %596, %1942
	%1952 = fmul float %597, %1942
	%1953 = fmul float %600, %1942
	%1954 = fmul float %601, %1942
	%1955 = fmul float %604, %1942
	%1956 = fmul float %605, %1942
	%1957 = fmul float %608, %1942
	%1958 = fmul float %609, %1942
	%1959 = fmul float %612, %1942
	%1960 = fmul float %613, %1942
	%1961 = fmul float %616, %1942
	%1962 = fmul float %617, %1942
	%1963 = icmp slt i32 %1946, %M
	br i1 %1963, label %store1, label %stored1

store1:
	%1964 = mul i32 %22, %M
	%1965 = add i32 %1964, %1946
	%1966 = mul i32 %1965, 64
	%1967 = shl i32 %6, 1
	%1968 = add i32 0, %1967
	%1969 = add i32 %1966, %1968
	%1970 = sext i32 %1969 to i64
	%1971 = getelementptr i16, i16* %out, i64 %1970
	%1972 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1948, float %1947)
	%1973 = bitcast i16* %1971 to i32*
	store i32 %1972, i32* %1973
	%1974 = shl i32 %6, 1
	%1975 = add i32 8, %1974
	%1976 = add i32 %1966, %1975
	%1977 = sext i32 %1976 to i64
	%1978 = getelementptr i16, i16* %out, i64 %1977
	%1979 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1950, float %1949)
	%1980 = bitcast i16* %1978 to i32*
	store i32 %1979, i32* %1980
	%1981 = shl i32 %6, 1
	%1982 = add i32 16, %1981
	%1983 = add i32 %1966, %1982
	%1984 = sext i32 %1983 to i64
	%1985 = getelementptr i16, i16* %out, i64 %1984
	%1986 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1952, float %1951)
	%1987 = bitcast i16* %1985 to i32*
	store i32 %1986, i32* %1987
	%1988 = shl i32 %6, 1
	%1989 = add i32 24, %1988
	%1990 = add i32 %1966, %1989
	%1991 = sext i32 %1990 to i64
	%1992 = getelementptr i16, i16* %out, i64 %1991
	%1993 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1954, float %1953)
	%1994 = bitcast i16* %1992 to i32*
	store i32 %1993, i32* %1994
	%1995 = shl i32 %6, 1
	%1996 = add i32 32, %1995
	%1997 = add i32 %1966, %1996
	%1998 = sext i32 %1997 to i64
	%1999 = getelementptr i16, i16* %out, i64 %1998
	%2000 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1956, float %1955)
	%2001 = bitcast i16* %1999 to i32*
	store i32 %2000, i32* %2001
	%2002 = shl i32 %6, 1
	%2003 = add i32 40, %2002
	%2004 = add i32 %1966, %2003
	%2005 = sext i32 %2004 to i64
	%2006 = getelementptr i16, i16* %out, i64 %2005
	%2007 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1958, float %1957)
	%2008 = bitcast i16* %2006 to i32*
	store i32 %2007, i32* %2008
	%2009 = shl i32 %6, 1
	%2010 = add i32 48, %2009
	%2011 = add i32 %1966, %2010
	%2012 = sext i32 %2011 to i64
	%2013 = getelementptr i16, i16* %out, i64 %2012
	%2014 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1960, float %1959)
	%2015 = bitcast i16* %2013 to i32*
	store i32 %2014, i32* %2015
	%2016 = shl i32 %6, 1
	%2017 = add i32 56, %2016
	%2018 = add i32 %1966, %2017
	%2019 = sext i32 %2018 to i64
	%2020 = getelementptr i16, i16* %out, i64 %2019
	%2021 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1962, float %1961)
	%2022 = bitcast i16* %2020 to i32*
	store i32 %2021, i32* %2022
	br label %stored1

stored1:
	%2023 = icmp eq i32 %2, 0
	br i1 %2023, label %2024, label %2029

2024:
	%2025 = mul i32 %22, %NQ
	%2026 = add i32 %2025, %20
	%2027 = sext i32 %2026 to i64
	%2028 = getelementptr i32, i32* %visits, i64 %2027
	store i32 %585, i32* %2028
	br label %2029

2029:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1}
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"maxntidx", i32 128}
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"minctasm", i32 3}
