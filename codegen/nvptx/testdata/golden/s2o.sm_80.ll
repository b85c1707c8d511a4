; s2o
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@s2o_attn3_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
@s2o_attn3_stop = internal addrspace(3) global [8 x float] undef, align 16

define ptx_kernel void @s2o_attn3(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32* %perm, i32 %NS, i32 %segment, i32* %visits) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @s2o_attn3_smem to i32
	%1 = add i32 %0, u0x2000
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
	%14 = mul i32 %13, 64
	%15 = sext i32 %14 to i64
	%16 = getelementptr i16, i16* %q, i64 %15
	%17 = mul i32 %11, %N
	%18 = mul i32 %17, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %k, i64 %19
	%21 = mul i32 %11, %N
	%22 = mul i32 %21, 64
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
	%34 = sdiv i32 %12, %segment
	%35 = mul i32 %10, %NS
	%36 = add i32 %35, %34
	%37 = mul i32 %36, %N
	%38 = sext i32 %37 to i64
	%39 = getelementptr i32, i32* %perm, i64 %38
	%40 = add i32 %29, 0
	%41 = sext i32 %40 to i64
	%42 = getelementptr i32, i32* %list, i64 %41
	%43 = load i32, i32* %42
	%44 = icmp sgt i32 %NK, 0
	%45 = icmp sge i32 %43, 0
	%46 = and i1 %44, %45
	%47 = lshr i32 %2, 3
	%48 = and i32 %2, 7
	%49 = and i32 %47, 7
	%50 = xor i32 %48, %49
	%51 = mul i32 %47, 8
	%52 = add i32 %51, %50
	%53 = shl i32 %52, 4
	%54 = add i32 %0, %53
	%55 = add i32 %12, %47
	%56 = mul i32 %55, 64
	%57 = mul i32 %48, 8
	%58 = add i32 %56, %57
	%59 = sext i32 %58 to i64
	%60 = getelementptr i16, i16* %16, i64 %59
	%61 = add i32 %55, 0
	%62 = icmp slt i32 %61, %M
	%63 = getelementptr i16, i16* %60, i64 0
	%64 = select i1 %62, i16* %63, i16* %16
	%65 = add i32 %54, 0
	%66 = select i1 %62, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %65, i16* %64, i32 %66)
	%67 = add i32 %55, 16
	%68 = icmp slt i32 %67, %M
	%69 = getelementptr i16, i16* %60, i64 1024
	%70 = select i1 %68, i16* %69, i16* %16
	%71 = add i32 %54, 2048
	%72 = select i1 %68, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %71, i16* %70, i32 %72)
	%73 = add i32 %55, 32
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %60, i64 2048
	%76 = select i1 %74, i16* %75, i16* %16
	%77 = add i32 %54, u0x1000
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %55, 48
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %60, i64 3072
	%82 = select i1 %80, i16* %81, i16* %16
	%83 = add i32 %54, 6144
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %46, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%85 = and i32 %4, 7
	%86 = lshr i32 %4, 3
	%87 = and i32 %86, 1
	%88 = shl i32 %87, 3
	%89 = add i32 %85, %88
	%90 = lshr i32 %4, 4
	%91 = mul i32 %3, 16
	%92 = add i32 %89, 0
	%93 = add i32 %91, %92
	%94 = mul i32 %93, 128
	%95 = add i32 %0, %94
	%96 = and i32 %4, 7
	%97 = xor i32 %90, %96
	%98 = shl i32 %97, 4
	%99 = add i32 %95, %98
	%100 = xor i32 %99, 0
	%101 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %100)
	%102 = extractvalue { i32, i32, i32, i32 } %101, 0
	%103 = extractvalue { i32, i32, i32, i32 } %101, 1
	%104 = extractvalue { i32, i32, i32, i32 } %101, 2
	%105 = extractvalue { i32, i32, i32, i32 } %101, 3
	%106 = xor i32 %99, 32
	%107 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %106)
	%108 = extractvalue { i32, i32, i32, i32 } %107, 0
	%109 = extractvalue { i32, i32, i32, i32 } %107, 1
	%110 = extractvalue { i32, i32, i32, i32 } %107, 2
	%111 = extractvalue { i32, i32, i32, i32 } %107, 3
	%112 = xor i32 %99, 64
	%113 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %112)
	%114 = extractvalue { i32, i32, i32, i32 } %113, 0
	%115 = extractvalue { i32, i32, i32, i32 } %113, 1
	%116 = extractvalue { i32, i32, i32, i32 } %113, 2
	%117 = extractvalue { i32, i32, i32, i32 } %113, 3
	%118 = xor i32 %99, 96
	%119 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %118)
	%120 = extractvalue { i32, i32, i32, i32 } %119, 0
	%121 = extractvalue { i32, i32, i32, i32 } %119, 1
	%122 = extractvalue { i32, i32, i32, i32 } %119, 2
	%123 = extractvalue { i32, i32, i32, i32 } %119, 3
	call void @llvm.nvvm.barrier0()
	%124 = mul i32 %43, 64
	%125 = lshr i32 %2, 3
	%126 = and i32 %2, 7
	%127 = and i32 %125, 7
	%128 = xor i32 %126, %127
	%129 = mul i32 %125, 8
	%130 = add i32 %129, %128
	%131 = shl i32 %130, 4
	%132 = add i32 %0, %131
	%133 = add i32 %124, %125
	%134 = add i32 %133, 0
	%135 = icmp slt i32 %134, %N
	%136 = select i1 %135, i32 %134, i32 0
	%137 = sext i32 %136 to i64
	%138 = getelementptr i32, i32* %39, i64 %137
	%139 = load i32, i32* %138
	%140 = mul i32 %139, 64
	%141 = mul i32 %126, 8
	%142 = add i32 %140, %141
	%143 = sext i32 %142 to i64
	%144 = getelementptr i16, i16* %20, i64 %143
	%145 = add i32 %132, 0
	%146 = select i1 %135, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %145, i16* %144, i32 %146)
	%147 = add i32 %133, 16
	%148 = icmp slt i32 %147, %N
	%149 = select i1 %148, i32 %147, i32 0
	%150 = sext i32 %149 to i64
	%151 = getelementptr i32, i32* %39, i64 %150
	%152 = load i32, i32* %151
	%153 = mul i32 %152, 64
	%154 = mul i32 %126, 8
	%155 = add i32 %153, %154
	%156 = sext i32 %155 to i64
	%157 = getelementptr i16, i16* %20, i64 %156
	%158 = add i32 %132, 2048
	%159 = select i1 %148, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %158, i16* %157, i32 %159)
	%160 = add i32 %133, 32
	%161 = icmp slt i32 %160, %N
	%162 = select i1 %161, i32 %160, i32 0
	%163 = sext i32 %162 to i64
	%164 = getelementptr i32, i32* %39, i64 %163
	%165 = load i32, i32* %164
	%166 = mul i32 %165, 64
	%167 = mul i32 %126, 8
	%168 = add i32 %166, %167
	%169 = sext i32 %168 to i64
	%170 = getelementptr i16, i16* %20, i64 %169
	%171 = add i32 %132, u0x1000
	%172 = select i1 %161, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %171, i16* %170, i32 %172)
	%173 = add i32 %133, 48
	%174 = icmp slt i32 %173, %N
	%175 = select i1 %174, i32 %173, i32 0
	%176 = sext i32 %175 to i64
	%177 = getelementptr i32, i32* %39, i64 %176
	%178 = load i32, i32* %177
	%179 = mul i32 %178, 64
	%180 = mul i32 %126, 8
	%181 = add i32 %179, %180
	%182 = sext i32 %181 to i64
	%183 = getelementptr i16, i16* %20, i64 %182
	%184 = add i32 %132, 6144
	%185 = select i1 %174, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %184, i16* %183, i32 %185)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%186 = phi i32 [ 0, %prologue ], [ %286, %1519 ]
	%187 = phi i32 [ %43, %prologue ], [ %293, %1519 ]
	%188 = phi float [ 0.0, %prologue ], [ %1805, %1519 ]
	%189 = phi float [ 0.0, %prologue ], [ %1806, %1519 ]
	%190 = phi float [ 0.0, %prologue ], [ %1807, %1519 ]
	%191 = phi float [ 0.0, %prologue ], [ %1808, %1519 ]
	%192 = phi float [ 0.0, %prologue ], [ %1810, %1519 ]
	%193 = phi float [ 0.0, %prologue ], [ %1811, %1519 ]
	%194 = phi float [ 0.0, %prologue ], [ %1812, %1519 ]
	%195 = phi float [ 0.0, %prologue ], [ %1813, %1519 ]
	%196 = phi float [ 0.0, %prologue ], [ %1822, %1519 ]
	%197 = phi float [ 0.0, %prologue ], [ %1823, %1519 ]
	%198 = phi float [ 0.0, %prologue ], [ %1824, %1519 ]
	%199 = phi float [ 0.0, %prologue ], [ %1825, %1519 ]
	%200 = phi float [ 0.0, %prologue ], [ %1827, %1519 ]
	%201 = phi float [ 0.0, %prologue ], [ %1828, %1519 ]
	%202 = phi float [ 0.0, %prologue ], [ %1829, %1519 ]
	%203 = phi float [ 0.0, %prologue ], [ %1830, %1519 ]
	%204 = phi float [ 0.0, %prologue ], [ %1839, %1519 ]
	%205 = phi float [ 0.0, %prologue ], [ %1840, %1519 ]
	%206 = phi float [ 0.0, %prologue ], [ %1841, %1519 ]
	%207 = phi float [ 0.0, %prologue ], [ %1842, %1519 ]
	%208 = phi float [ 0.0, %prologue ], [ %1844, %1519 ]
	%209 = phi float [ 0.0, %prologue ], [ %1845, %1519 ]
	%210 = phi float [ 0.0, %prologue ], [ %1846, %1519 ]
	%211 = phi float [ 0.0, %prologue ], [ %1847, %1519 ]
	%212 = phi float [ 0.0, %prologue ], [ %1856, %1519 ]
	%213 = phi float [ 0.0, %prologue ], [ %1857, %1519 ]
	%214 = phi float [ 0.0, %prologue ], [ %1858, %1519 ]
	%215 = phi float [ 0.0, %prologue ], [ %1859, %1519 ]
	%216 = phi float [ 0.0, %prologue ], [ %1861, %1519 ]
	%217 = phi float [ 0.0, %prologue ], [ %1862, %1519 ]
	%218 = phi float [ 0.0, %prologue ], [ %1863, %1519 ]
	%219 = phi float [ 0.0, %prologue ], [ %1864, %1519 ]
	%220 = phi float [ 0xFFF0000000000000, %prologue ], [ %1350, %1519 ]
	%221 = phi float [ 0.0, %prologue ], [ %1401, %1519 ]
	%222 = phi float [ 0xFFF0000000000000, %prologue ], [ %1402, %1519 ]
	%223 = phi float [ 0.0, %prologue ], [ %1453, %1519 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%224 = mul i32 %187, 64
	%225 = lshr i32 %2, 3
	%226 = and i32 %2, 7
	%227 = and i32 %225, 7
	%228 = xor i32 %226, %227
	%229 = mul i32 %225, 8
	%230 = add i32 %229, %228
	%231 = shl i32 %230, 4
	%232 = add i32 %1, %231
	%233 = add i32 %224, %225
	%234 = add i32 %233, 0
	%235 = icmp slt i32 %234, %N
	%236 = select i1 %235, i32 %234, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i32, i32* %39, i64 %237
	%239 = load i32, i32* %238
	%240 = mul i32 %239, 64
	%241 = mul i32 %226, 8
	%242 = add i32 %240, %241
	%243 = sext i32 %242 to i64
	%244 = getelementptr i16, i16* %24, i64 %243
	%245 = add i32 %232, 0
	%246 = select i1 %235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %245, i16* %244, i32 %246)
	%247 = add i32 %233, 16
	%248 = icmp slt i32 %247, %N
	%249 = select i1 %248, i32 %247, i32 0
	%250 = sext i32 %249 to i64
	%251 = getelementptr i32, i32* %39, i64 %250
	%252 = load i32, i32* %251
	%253 = mul i32 %252, 64
	%254 = mul i32 %226, 8
	%255 = add i32 %253, %254
	%256 = sext i32 %255 to i64
	%257 = getelementptr i16, i16* %24, i64 %256
	%258 = add i32 %232, 2048
	%259 = select i1 %248, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %258, i16* %257, i32 %259)
	%260 = add i32 %233, 32
	%261 = icmp slt i32 %260, %N
	%262 = select i1 %261, i32 %260, i32 0
	%263 = sext i32 %262 to i64
	%264 = getelementptr i32, i32* %39, i64 %263
	%265 = load i32, i32* %264
	%266 = mul i32 %265, 64
	%267 = mul i32 %226, 8
	%268 = add i32 %266, %267
	%269 = sext i32 %268 to i64
	%270 = getelementptr i16, i16* %24, i64 %269
	%271 = add i32 %232, u0x1000
	%272 = select i1 %261, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %271, i16* %270, i32 %272)
	%273 = add i32 %233, 48
	%274 = icmp slt i32 %273, %N
	%275 = select i1 %274, i32 %273, i32 0
	%276 = sext i32 %275 to i64
	%277 = getelementptr i32, i32* %39, i64 %276
	%278 = load i32, i32* %277
	%279 = mul i32 %278, 64
	%280 = mul i32 %226, 8
	%281 = add i32 %279, %280
	%282 = sext i32 %281 to i64
	%283 = getelementptr i16, i16* %24, i64 %282
	%284 = add i32 %232, 6144
	%285 = select i1 %274, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %284, i16* %283, i32 %285)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%286 = add i32 %186, 1
	%287 = icmp slt i32 %286, %NK
	%288 = select i1 %287, i32 %286, i32 0
	%289 = add i32 %29, %288
	%290 = sext i32 %289 to i64
	%291 = getelementptr i32, i32* %list, i64 %290
	%292 = load i32, i32* %291
	%293 = select i1 %287, i32 %292, i32 -1
	%294 = icmp sge i32 %293, 0
	%295 = add i32 %NK, %186
	%296 = add i32 %29, %295
	%297 = sext i32 %296 to i64
	%298 = getelementptr i32, i32* %list, i64 %297
	%299 = load i32, i32* %298
	%300 = icmp eq i32 %299, 0
	%301 = and i32 %4, 7
	%302 = shl i32 %90, 3
	%303 = add i32 %301, %302
	%304 = lshr i32 %4, 3
	%305 = and i32 %304, 1
	%306 = mul i32 %303, 128
	%307 = add i32 %0, %306
	%308 = and i32 %4, 7
	%309 = xor i32 %305, %308
	%310 = shl i32 %309, 4
	%311 = add i32 %307, %310
	%312 = xor i32 %311, 0
	%313 = add i32 %312, 0
	%314 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %313)
	%315 = extractvalue { i32, i32, i32, i32 } %314, 0
	%316 = extractvalue { i32, i32, i32, i32 } %314, 1
	%317 = extractvalue { i32, i32, i32, i32 } %314, 2
	%318 = extractvalue { i32, i32, i32, i32 } %314, 3
	%319 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %315, i32 %316, float 0.0, float 0.0, float 0.0, float 0.0)
	%320 = extractvalue { float, float, float, float } %319, 0
	%321 = extractvalue { float, float, float, float } %319, 1
	%322 = extractvalue { float, float, float, float } %319, 2
	%323 = extractvalue { float, float, float, float } %319, 3
	%324 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %317, i32 %318, float 0.0, float 0.0, float 0.0, float 0.0)
	%325 = extractvalue { float, float, float, float } %324, 0
	%326 = extractvalue { float, float, float, float } %324, 1
	%327 = extractvalue { float, float, float, float } %324, 2
	%328 = extractvalue { float, float, float, float } %324, 3
	%329 = add i32 %312, 2048
	%330 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %329)
	%331 = extractvalue { i32, i32, i32, i32 } %330, 0
	%332 = extractvalue { i32, i32, i32, i32 } %330, 1
	%333 = extractvalue { i32, i32, i32, i32 } %330, 2
	%334 = extractvalue { i32, i32, i32, i32 } %330, 3
	%335 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %331, i32 %332, float 0.0, float 0.0, float 0.0, float 0.0)
	%336 = extractvalue { float, float, float, float } %335, 0
	%337 = extractvalue { float, float, float, float } %335, 1
	%338 = extractvalue { float, float, float, float } %335, 2
	%339 = extractvalue { float, float, float, float } %335, 3
	%340 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %333, i32 %334, float 0.0, float 0.0, float 0.0, float 0.0)
	%341 = extractvalue { float, float, float, float } %340, 0
	%342 = extractvalue { float, float, float, float } %340, 1
	%343 = extractvalue { float, float, float, float } %340, 2
	%344 = extractvalue { float, float, float, float } %340, 3
	%345 = add i32 %312, u0x1000
	%346 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %345)
	%347 = extractvalue { i32, i32, i32, i32 } %346, 0
	%348 = extractvalue { i32, i32, i32, i32 } %346, 1
	%349 = extractvalue { i32, i32, i32, i32 } %346, 2
	%350 = extractvalue { i32, i32, i32, i32 } %346, 3
	%351 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %347, i32 %348, float 0.0, float 0.0, float 0.0, float 0.0)
	%352 = extractvalue { float, float, float, float } %351, 0
	%353 = extractvalue { float, float, float, float } %351, 1
	%354 = extractvalue { float, float, float, float } %351, 2
	%355 = extractvalue { float, float, float, float } %351, 3
	%356 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %349, i32 %350, float 0.0, float 0.0, float 0.0, float 0.0)
	%357 = extractvalue { float, float, float, float } %356, 0
	%358 = extractvalue { float, float, float, float } %356, 1
	%359 = extractvalue { float, float, float, float } %356, 2
	%360 = extractvalue { float, float, float, float } %356, 3
	%361 = add i32 %312, 6144
	%362 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %361)
	%363 = extractvalue { i32, i32, i32, i32 } %362, 0
	%364 = extractvalue { i32, i32, i32, i32 } %362, 1
	%365 = extractvalue { i32, i32, i32, i32 } %362, 2
	%366 = extractvalue { i32, i32, i32, i32 } %362, 3
	%367 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %363, i32 %364, float 0.0, float 0.0, float 0.0, float 0.0)
	%368 = extractvalue { float, float, float, float } %367, 0
	%369 = extractvalue { float, float, float, float } %367, 1
	%370 = extractvalue { float, float, float, float } %367, 2
	%371 = extractvalue { float, float, float, float } %367, 3
	%372 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %365, i32 %366, float 0.0, float 0.0, float 0.0, float 0.0)
	%373 = extractvalue { float, float, float, float } %372, 0
	%374 = extractvalue { float, float, float, float } %372, 1
	%375 = extractvalue { float, float, float, float } %372, 2
	%376 = extractvalue { float, float, float, float } %372, 3
	%377 = xor i32 %311, 32
	%378 = add i32 %377, 0
	%379 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %378)
	%380 = extractvalue { i32, i32, i32, i32 } %379, 0
	%381 = extractvalue { i32, i32, i32, i32 } %379, 1
	%382 = extractvalue { i32, i32, i32, i32 } %379, 2
	%383 = extractvalue { i32, i32, i32, i32 } %379, 3
	%384 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %380, i32 %381, float %320, float %321, float %322, float %323)
	%385 = extractvalue { float, float, float, float } %384, 0
	%386 = extractvalue { float, float, float, float } %384, 1
	%387 = extractvalue { float, float, float, float } %384, 2
	%388 = extractvalue { float, float, float, float } %384, 3
	%389 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %382, i32 %383, float %325, float %326, float %327, float %328)
	%390 = extractvalue { float, float, float, float } %389, 0
	%391 = extractvalue { float, float, float, float } %389, 1
	%392 = extractvalue { float, float, float, float } %389, 2
	%393 = extractvalue { float, float, float, float } %389, 3
	%394 = add i32 %377, 2048
	%395 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %394)
	%396 = extractvalue { i32, i32, i32, i32 } %395, 0
	%397 = extractvalue { i32, i32, i32, i32 } %395, 1
	%398 = extractvalue { i32, i32, i32, i32 } %395, 2
	%399 = extractvalue { i32, i32, i32, i32 } %395, 3
	%400 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %396, i32 %397, float %336, float %337, float %338, float %339)
	%401 = extractvalue { float, float, float, float } %400, 0
	%402 = extractvalue { float, float, float, float } %400, 1
	%403 = extractvalue { float, float, float, float } %400, 2
	%404 = extractvalue { float, float, float, float } %400, 3
	%405 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %398, i32 %399, float %341, float %342, float %343, float %344)
	%406 = extractvalue { float, float, float, float } %405, 0
	%407 = extractvalue { float, float, float, float } %405, 1
	%408 = extractvalue { float, float, float, float } %405, 2
	%409 = extractvalue { float, float, float, float } %405, 3
	%410 = add i32 %377, u0x1000
	%411 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %410)
	%412 = extractvalue { i32, i32, i32, i32 } %411, 0
	%413 = extractvalue { i32, i32, i32, i32 } %411, 1
	%414 = extractvalue { i32, i32, i32, i32 } %411, 2
	%415 = extractvalue { i32, i32, i32, i32 } %411, 3
	%416 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %412, i32 %413, float %352, float %353, float %354, float %355)
	%417 = extractvalue { float, float, float, float } %416, 0
	%418 = extractvalue { float, float, float, float } %416, 1
	%419 = extractvalue { float, float, float, float } %416, 2
	%420 = extractvalue { float, float, float, float } %416, 3
	%421 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %414, i32 %415, float %357, float %358, float %359, float %360)
	%422 = extractvalue { float, float, float, float } %421, 0
	%423 = extractvalue { float, float, float, float } %421, 1
	%424 = extractvalue { float, float, float, float } %421, 2
	%425 = extractvalue { float, float, float, float } %421, 3
	%426 = add i32 %377, 6144
	%427 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %426)
	%428 = extractvalue { i32, i32, i32, i32 } %427, 0
	%429 = extractvalue { i32, i32, i32, i32 } %427, 1
	%430 = extractvalue { i32, i32, i32, i32 } %427, 2
	%431 = extractvalue { i32, i32, i32, i32 } %427, 3
	%432 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %428, i32 %429, float %368, float %369, float %370, float %371)
	%433 = extractvalue { float, float, float, float } %432, 0
	%434 = extractvalue { float, float, float, float } %432, 1
	%435 = extractvalue { float, float, float, float } %432, 2
	%436 = extractvalue { float, float, float, float } %432, 3
	%437 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %430, i32 %431, float %373, float %374, float %375, float %376)
	%438 = extractvalue { float, float, float, float } %437, 0
	%439 = extractvalue { float, float, float, float } %437, 1
	%440 = extractvalue { float, float, float, float } %437, 2
	%441 = extractvalue { float, float, float, float } %437, 3
	%442 = xor i32 %311, 64
	%443 = add i32 %442, 0
	%444 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %443)
	%445 = extractvalue { i32, i32, i32, i32 } %444, 0
	%446 = extractvalue { i32, i32, i32, i32 } %444, 1
	%447 = extractvalue { i32, i32, i32, i32 } %444, 2
	%448 = extractvalue { i32, i32, i32, i32 } %444, 3
	%449 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %445, i32 %446, float %385, float %386, float %387, float %388)
	%450 = extractvalue { float, float, float, float } %449, 0
	%451 = extractvalue { float, float, float, float } %449, 1
	%452 = extractvalue { float, float, float, float } %449, 2
	%453 = extractvalue { float, float, float, float } %449, 3
	%454 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %447, i32 %448, float %390, float %391, float %392, float %393)
	%455 = extractvalue { float, float, float, float } %454, 0
	%456 = extractvalue { float, float, float, float } %454, 1
	%457 = extractvalue { float, float, float, float } %454, 2
	%458 = extractvalue { float, float, float, float } %454, 3
	%459 = add i32 %442, 2048
	%460 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %459)
	%461 = extractvalue { i32, i32, i32, i32 } %460, 0
	%462 = extractvalue { i32, i32, i32, i32 } %460, 1
	%463 = extractvalue { i32, i32, i32, i32 } %460, 2
	%464 = extractvalue { i32, i32, i32, i32 } %460, 3
	%465 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %461, i32 %462, float %401, float %402, float %403, float %404)
	%466 = extractvalue { float, float, float, float } %465, 0
	%467 = extractvalue { float, float, float, float } %465, 1
	%468 = extractvalue { float, float, float, float } %465, 2
	%469 = extractvalue { float, float, float, float } %465, 3
	%470 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %463, i32 %464, float %406, float %407, float %408, float %409)
	%471 = extractvalue { float, float, float, float } %470, 0
	%472 = extractvalue { float, float, float, float } %470, 1
	%473 = extractvalue { float, float, float, float } %470, 2
	%474 = extractvalue { float, float, float, float } %470, 3
	%475 = add i32 %442, u0x1000
	%476 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %475)
	%477 = extractvalue { i32, i32, i32, i32 } %476, 0
	%478 = extractvalue { i32, i32, i32, i32 } %476, 1
	%479 = extractvalue { i32, i32, i32, i32 } %476, 2
	%480 = extractvalue { i32, i32, i32, i32 } %476, 3
	%481 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %477, i32 %478, float %417, float %418, float %419, float %420)
	%482 = extractvalue { float, float, float, float } %481, 0
	%483 = extractvalue { float, float, float, float } %481, 1
	%484 = extractvalue { float, float, float, float } %481, 2
	%485 = extractvalue { float, float, float, float } %481, 3
	%486 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %479, i32 %480, float %422, float %423, float %424, float %425)
	%487 = extractvalue { float, float, float, float } %486, 0
	%488 = extractvalue { float, float, float, float } %486, 1
	%489 = extractvalue { float, float, float, float } %486, 2
	%490 = extractvalue { float, float, float, float } %486, 3
	%491 = add i32 %442, 6144
	%492 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %491)
	%493 = extractvalue { i32, i32, i32, i32 } %492, 0
	%494 = extractvalue { i32, i32, i32, i32 } %492, 1
	%495 = extractvalue { i32, i32, i32, i32 } %492, 2
	%496 = extractvalue { i32, i32, i32, i32 } %492, 3
	%497 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %493, i32 %494, float %433, float %434, float %435, float %436)
	%498 = extractvalue { float, float, float, float } %497, 0
	%499 = extractvalue { float, float, float, float } %497, 1
	%500 = extractvalue { float, float, float, float } %497, 2
	%501 = extractvalue { float, float, float, float } %497, 3
	%502 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %495, i32 %496, float %438, float %439, float %440, float %441)
	%503 = extractvalue { float, float, float, float } %502, 0
	%504 = extractvalue { float, float, float, float } %502, 1
	%505 = extractvalue { float, float, float, float } %502, 2
	%506 = extractvalue { float, float, float, float } %502, 3
	%507 = xor i32 %311, 96
	%508 = add i32 %507, 0
	%509 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %508)
	%510 = extractvalue { i32, i32, i32, i32 } %509, 0
	%511 = extractvalue { i32, i32, i32, i32 } %509, 1
	%512 = extractvalue { i32, i32, i32, i32 } %509, 2
	%513 = extractvalue { i32, i32, i32, i32 } %509, 3
	%514 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %510, i32 %511, float %450, float %451, float %452, float %453)
	%515 = extractvalue { float, float, float, float } %514, 0
	%516 = extractvalue { float, float, float, float } %514, 1
	%517 = extractvalue { float, float, float, float } %514, 2
	%518 = extractvalue { float, float, float, float } %514, 3
	%519 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %512, i32 %513, float %455, float %456, float %457, float %458)
	%520 = extractvalue { float, float, float, float } %519, 0
	%521 = extractvalue { float, float, float, float } %519, 1
	%522 = extractvalue { float, float, float, float } %519, 2
	%523 = extractvalue { float, float, float, float } %519, 3
	%524 = add i32 %507, 2048
	%525 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %524)
	%526 = extractvalue { i32, i32, i32, i32 } %525, 0
	%527 = extractvalue { i32, i32, i32, i32 } %525, 1
	%528 = extractvalue { i32, i32, i32, i32 } %525, 2
	%529 = extractvalue { i32, i32, i32, i32 } %525, 3
	%530 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %526, i32 %527, float %466, float %467, float %468, float %469)
	%531 = extractvalue { float, float, float, float } %530, 0
	%532 = extractvalue { float, float, float, float } %530, 1
	%533 = extractvalue { float, float, float, float } %530, 2
	%534 = extractvalue { float, float, float, float } %530, 3
	%535 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %528, i32 %529, float %471, float %472, float %473, float %474)
	%536 = extractvalue { float, float, float, float } %535, 0
	%537 = extractvalue { float, float, float, float } %535, 1
	%538 = extractvalue { float, float, float, float } %535, 2
	%539 = extractvalue { float, float, float, float } %535, 3
	%540 = add i32 %507, u0x1000
	%541 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %540)
	%542 = extractvalue { i32, i32, i32, i32 } %541, 0
	%543 = extractvalue { i32, i32, i32, i32 } %541, 1
	%544 = extractvalue { i32, i32, i32, i32 } %541, 2
	%545 = extractvalue { i32, i32, i32, i32 } %541, 3
	%546 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %542, i32 %543, float %482, float %483, float %484, float %485)
	%547 = extractvalue { float, float, float, float } %546, 0
	%548 = extractvalue { float, float, float, float } %546, 1
	%549 = extractvalue { float, float, float, float } %546, 2
	%550 = extractvalue { float, float, float, float } %546, 3
	%551 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %544, i32 %545, float %487, float %488, float %489, float %490)
	%552 = extractvalue { float, float, float, float } %551, 0
	%553 = extractvalue { float, float, float, float } %551, 1
	%554 = extractvalue { float, float, float, float } %551, 2
	%555 = extractvalue { float, float, float, float } %551, 3
	%556 = add i32 %507, 6144
	%557 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %556)
	%558 = extractvalue { i32, i32, i32, i32 } %557, 0
	%559 = extractvalue { i32, i32, i32, i32 } %557, 1
	%560 = extractvalue { i32, i32, i32, i32 } %557, 2
	%561 = extractvalue { i32, i32, i32, i32 } %557, 3
	%562 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %558, i32 %559, float %498, float %499, float %500, float %501)
	%563 = extractvalue { float, float, float, float } %562, 0
	%564 = extractvalue { float, float, float, float } %562, 1
	%565 = extractvalue { float, float, float, float } %562, 2
	%566 = extractvalue { float, float, float, float } %562, 3
	%567 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %560, i32 %561, float %503, float %504, float %505, float %506)
	%568 = extractvalue { float, float, float, float } %567, 0
	%569 = extractvalue { float, float, float, float } %567, 1
	%570 = extractvalue { float, float, float, float } %567, 2
	%571 = extractvalue { float, float, float, float } %567, 3
	call void @llvm.nvvm.barrier0()
	br i1 %294, label %prefetch, label %prefetched

epilogue:
	%572 = phi float [ 0.0, %entry ], [ %1401, %1519 ]
	%573 = phi float [ 0.0, %entry ], [ %1453, %1519 ]
	%574 = phi i32 [ 0, %entry ], [ %286, %1519 ]
	%575 = phi float [ 0.0, %entry ], [ %1805, %1519 ]
	%576 = phi float [ 0.0, %entry ], [ %1806, %1519 ]
	%577 = phi float [ 0.0, %entry ], [ %1807, %1519 ]
	%578 = phi float [ 0.0, %entry ], [ %1808, %1519 ]
	%579 = phi float [ 0.0, %entry ], [ %1810, %1519 ]
	%580 = phi float [ 0.0, %entry ], [ %1811, %1519 ]
	%581 = phi float [ 0.0, %entry ], [ %1812, %1519 ]
	%582 = phi float [ 0.0, %entry ], [ %1813, %1519 ]
	%583 = phi float [ 0.0, %entry ], [ %1822, %1519 ]
	%584 = phi float [ 0.0, %entry ], [ %1823, %1519 ]
	%585 = phi float [ 0.0, %entry ], [ %1824, %1519 ]
	%586 = phi float [ 0.0, %entry ], [ %1825, %1519 ]
	%587 = phi float [ 0.0, %entry ], [ %1827, %1519 ]
	%588 = phi float [ 0.0, %entry ], [ %1828, %1519 ]
	%589 = phi float [ 0.0, %entry ], [ %1829, %1519 ]
	%590 = phi float [ 0.0, %entry ], [ %1830, %1519 ]
	%591 = phi float [ 0.0, %entry ], [ %1839, %1519 ]
	%592 = phi float [ 0.0, %entry ], [ %1840, %1519 ]
	%593 = phi float [ 0.0, %entry ], [ %1841, %1519 ]
	%594 = phi float [ 0.0, %entry ], [ %1842, %1519 ]
	%595 = phi float [ 0.0, %entry ], [ %1844, %1519 ]
	%596 = phi float [ 0.0, %entry ], [ %1845, %1519 ]
	%597 = phi float [ 0.0, %entry ], [ %1846, %1519 ]
	%598 = phi float [ 0.0, %entry ], [ %1847, %1519 ]
	%599 = phi float [ 0.0, %entry ], [ %1856, %1519 ]
	%600 = phi float [ 0.0, %entry ], [ %1857, %1519 ]
	%601 = phi float [ 0.0, %entry ], [ %1858, %1519 ]
	%602 = phi float [ 0.0, %entry ], [ %1859, %1519 ]
	%603 = phi float [ 0.0, %entry ], [ %1861, %1519 ]
	%604 = phi float [ 0.0, %entry ], [ %1862, %1519 ]
	%605 = phi float [ 0.0, %entry ], [ %1863, %1519 ]
	%606 = phi float [ 0.0, %entry ], [ %1864, %1519 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	%607 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %572, i32 1, i32 31)
	%608 = fadd float %572, %607
	%609 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %608, i32 2, i32 31)
	%610 = fadd float %608, %609
	%611 = fcmp ogt float %610, 0.0
	%612 = fdiv float 1.0, %610
	%613 = select i1 %611, float %612, float 0.0
	%614 = mul i32 %3, 16
	%615 = add i32 %12, %614
	%616 = add i32 %5, 0
	%617 = add i32 %615, %616
	%618 = fmul float %575, %613
	%619 = fmul float %576, %613
	%620 = fmul float %579, %613
	%621 = fmul float %580, %613
	%622 = fmul float %583, %613
	%623 = fmul float %584, %613
	%624 = fmul float %587, %613
	%625 = fmul float %588, %613
	%626 = fmul float %591, %613
	%627 = fmul float %592, %613
	%628 = fmul float %595, %613
	%629 = fmul float %596, %613
	%630 = fmul float %599, %613
	%631 = fmul float %600, %613
	%632 = fmul float %603, %613
	%633 = fmul float %604, %613
	%634 = icmp slt i32 %617, %M
	br i1 %634, label %store0, label %stored0

prefetch:
	%635 = mul i32 %293, 64
	%636 = lshr i32 %2, 3
	%637 = and i32 %2, 7
	%638 = and i32 %636, 7
	%639 = xor i32 %637, %638
	%640 = mul i32 %636, 8
	%641 = add i32 %640, %639
	%642 = shl i32 %641, 4
	%643 = add i32 %0, %642
	%644 = add i32 %635, %636
	%645 = add i32 %644, 0
	%646 = icmp slt i32 %645, %N
	%647 = select i1 %646, i32 %645, i32 0
	%648 = sext i32 %647 to i64
	%649 = getelementptr i32, i32* %39, i64 %648
	%650 = load i32, i32* %649
	%651 = mul i32 %650, 64
	%652 = mul i32 %637, 8
	%653 = add i32 %651, %652
	%654 = sext i32 %653 to i64
	%655 = getelementptr i16, i16* %20, i64 %654
	%656 = add i32 %643, 0
	%657 = select i1 %646, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %656, i16* %655, i32 %657)
	%658 = add i32 %644, 16
	%659 = icmp slt i32 %658, %N
	%660 = select i1 %659, i32 %658, i32 0
	%661 = sext i32 %660 to i64
	%662 = getelementptr i32, i32* %39, i64 %661
	%663 = load i32, i32* %662
	%664 = mul i32 %663, 64
	%665 = mul i32 %637, 8
	%666 = add i32 %664, %665
	%667 = sext i32 %666 to i64
	%668 = getelementptr i16, i16* %20, i64 %667
	%669 = add i32 %643, 2048
	%670 = select i1 %659, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %669, i16* %668, i32 %670)
	%671 = add i32 %644, 32
	%672 = icmp slt i32 %671, %N
	%673 = select i1 %672, i32 %671, i32 0
	%674 = sext i32 %673 to i64
	%675 = getelementptr i32, i32* %39, i64 %674
	%676 = load i32, i32* %675
	%677 = mul i32 %676, 64
	%678 = mul i32 %637, 8
	%679 = add i32 %677, %678
	%680 = sext i32 %679 to i64
	%681 = getelementptr i16, i16* %20, i64 %680
	%682 = add i32 %643, u0x1000
	%683 = select i1 %672, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %682, i16* %681, i32 %683)
	%684 = add i32 %644, 48
	%685 = icmp slt i32 %684, %N
	%686 = select i1 %685, i32 %684, i32 0
	%687 = sext i32 %686 to i64
	%688 = getelementptr i32, i32* %39, i64 %687
	%689 = load i32, i32* %688
	%690 = mul i32 %689, 64
	%691 = mul i32 %637, 8
	%692 = add i32 %690, %691
	%693 = sext i32 %692 to i64
	%694 = getelementptr i16, i16* %20, i64 %693
	%695 = add i32 %643, 6144
	%696 = select i1 %685, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %695, i16* %694, i32 %696)
	br label %prefetched

prefetched:
	call void asm sideeffect "cp.async.commit_group;", ""()
	%697 = mul i32 %3, 16
	%698 = add i32 %12, %697
	%699 = add i32 %5, 0
	%700 = add i32 %698, %699
	%701 = mul i32 %3, 16
	%702 = add i32 %12, %701
	%703 = add i32 %5, 8
	%704 = add i32 %702, %703
	%705 = sitofp i32 %10 to float
	%706 = add i32 %33, %187
	%707 = sext i32 %706 to i64
	%708 = getelementptr i8, i8* %cls, i64 %707
	%709 = load i8, i8* %708
	%710 = icmp ne i8 %709, 2
	br i1 %710, label %partial, label %softmax

partial:
	%711 = shl i32 %6, 1
	%712 = add i32 0, %711
	%713 = add i32 %224, %712
	%714 = icmp slt i32 %713, %N
	%715 = select i1 %714, i32 %713, i32 0
	%716 = sitofp i32 %700 to float
	%717 = sext i32 %715 to i64
	%718 = getelementptr i32, i32* %39, i64 %717
	%719 = load i32, i32* %718
	%720 = sitofp i32 %719 to float
	%721 = fcmp ole float %720, %716
	%722 = uitofp i1 %721 to float
	%723 = fcmp une float %722, 0.0
	%724 = and i1 %714, %723
	%725 = select i1 %724, float %515, float 0xFFF0000000000000
	%726 = shl i32 %6, 1
	%727 = add i32 1, %726
	%728 = add i32 %224, %727
	%729 = icmp slt i32 %728, %N
	%730 = select i1 %729, i32 %728, i32 0
	%731 = sitofp i32 %700 to float
	%732 = sext i32 %730 to i64
	%733 = getelementptr i32, i32* %39, i64 %732
	%734 = load i32, i32* %733
	%735 = sitofp i32 %734 to float
	%736 = fcmp ole float %735, %731
	%737 = uitofp i1 %736 to float
	%738 = fcmp une float %737, 0.0
	%739 = and i1 %729, %738
	%740 = select i1 %739, float %516, float 0xFFF0000000000000
	%741 = shl i32 %6, 1
	%742 = add i32 0, %741
	%743 = add i32 %224, %742
	%744 = icmp slt i32 %743, %N
	%745 = select i1 %744, i32 %743, i32 0
	%746 = sitofp i32 %704 to float
	%747 = sext i32 %745 to i64
	%748 = getelementptr i32, i32* %39, i64 %747
	%749 = load i32, i32* %748
	%750 = sitofp i32 %749 to float
	%751 = fcmp ole float %750, %746
	%752 = uitofp i1 %751 to float
	%753 = fcmp une float %752, 0.0
	%754 = and i1 %744, %753
	%755 = select i1 %754, float %517, float 0xFFF0000000000000
	%756 = shl i32 %6, 1
	%757 = add i32 1, %756
	%758 = add i32 %224, %757
	%759 = icmp slt i32 %758, %N
	%760 = select i1 %759, i32 %758, i32 0
	%761 = sitofp i32 %704 to float
	%762 = sext i32 %760 to i64
	%763 = getelementptr i32, i32* %39, i64 %762
	%764 = load i32, i32* %763
	%765 = sitofp i32 %764 to float
	%766 = fcmp ole float %765, %761
	%767 = uitofp i1 %766 to float
	%768 = fcmp une float %767, 0.0
	%769 = and i1 %759, %768
	%770 = select i1 %769, float %518, float 0xFFF0000000000000
	%771 = shl i32 %6, 1
	%772 = add i32 8, %771
	%773 = add i32 %224, %772
	%774 = icmp slt i32 %773, %N
	%775 = select i1 %774, i32 %773, i32 0
	%776 = sitofp i32 %700 to float
	%777 = sext i32 %775 to i64
	%778 = getelementptr i32, i32* %39, i64 %777
	%779 = load i32, i32* %778
	%780 = sitofp i32 %779 to float
	%781 = fcmp ole float %780, %776
	%782 = uitofp i1 %781 to float
	%783 = fcmp une float %782, 0.0
	%784 = and i1 %774, %783
	%785 = select i1 %784, float %520, float 0xFFF0000000000000
	%786 = shl i32 %6, 1
	%787 = add i32 9, %786
	%788 = add i32 %224, %787
	%789 = icmp slt i32 %788, %N
	%790 = select i1 %789, i32 %788, i32 0
	%791 = sitofp i32 %700 to float
	%792 = sext i32 %790 to i64
	%793 = getelementptr i32, i32* %39, i64 %792
	%794 = load i32, i32* %793
	%795 = sitofp i32 %794 to float
	%796 = fcmp ole float %795, %791
	%797 = uitofp i1 %796 to float
	%798 = fcmp une float %797, 0.0
	%799 = and i1 %789, %798
	%800 = select i1 %799, float %521, float 0xFFF0000000000000
	%801 = shl i32 %6, 1
	%802 = add i32 8, %801
	%803 = add i32 %224, %802
	%804 = icmp slt i32 %803, %N
	%805 = select i1 %804, i32 %803, i32 0
	%806 = sitofp i32 %704 to float
	%807 = sext i32 %805 to i64
	%808 = getelementptr i32, i32* %39, i64 %807
	%809 = load i32, i32* %808
	%810 = sitofp i32 %809 to float
	%811 = fcmp ole float %810, %806
	%812 = uitofp i1 %811 to float
	%813 = fcmp une float %812, 0.0
	%814 = and i1 %804, %813
	%815 = select i1 %814, float %522, float 0xFFF0000000000000
	%816 = shl i32 %6, 1
	%817 = add i32 9, %816
	%818 = add i32 %224, %817
	%819 = icmp slt i32 %818, %N
	%820 = select i1 %819, i32 %818, i32 0
	%821 = sitofp i32 %704 to float
	%822 = sext i32 %820 to i64
	%823 = getelementptr i32, i32* %39, i64 %822
	%824 = load i32, i32* %823
	%825 = sitofp i32 %824 to float
	%826 = fcmp ole float %825, %821
	%827 = uitofp i1 %826 to float
	%828 = fcmp une float %827, 0.0
	%829 = and i1 %819, %828
	%830 = select i1 %829, float %523, float 0xFFF0000000000000
	%831 = shl i32 %6, 1
	%832 = add i32 16, %831
	%833 = add i32 %224, %832
	%834 = icmp slt i32 %833, %N
	%835 = select i1 %834, i32 %833, i32 0
	%836 = sitofp i32 %700 to float
	%837 = sext i32 %835 to i64
	%838 = getelementptr i32, i32* %39, i64 %837
	%839 = load i32, i32* %838
	%840 = sitofp i32 %839 to float
	%841 = fcmp ole float %840, %836
	%842 = uitofp i1 %841 to float
	%843 = fcmp une float %842, 0.0
	%844 = and i1 %834, %843
	%845 = select i1 %844, float %531, float 0xFFF0000000000000
	%846 = shl i32 %6, 1
	%847 = add i32 17, %846
	%848 = add i32 %224, %847
	%849 = icmp slt i32 %848, %N
	%850 = select i1 %849, i32 %848, i32 0
	%851 = sitofp i32 %700 to float
	%852 = sext i32 %850 to i64
	%853 = getelementptr i32, i32* %39, i64 %852
	%854 = load i32, i32* %853
	%855 = sitofp i32 %854 to float
	%856 = fcmp ole float %855, %851
	%857 = uitofp i1 %856 to float
	%858 = fcmp une float %857, 0.0
	%859 = and i1 %849, %858
	%860 = select i1 %859, float %532, float 0xFFF0000000000000
	%861 = shl i32 %6, 1
	%862 = add i32 16, %861
	%863 = add i32 %224, %862
	%864 = icmp slt i32 %863, %N
	%865 = select i1 %864, i32 %863, i32 0
	%866 = sitofp i32 %704 to float
	%867 = sext i32 %865 to i64
	%868 = getelementptr i32, i32* %39, i64 %867
	%869 = load i32, i32* %868
	%870 = sitofp i32 %869 to float
	%871 = fcmp ole float %870, %866
	%872 = uitofp i1 %871 to float
	%873 = fcmp une float %872, 0.0
	%874 = and i1 %864, %873
	%875 = select i1 %874, float %533, float 0xFFF0000000000000
	%876 = shl i32 %6, 1
	%877 = add i32 17, %876
	%878 = add i32 %224, %877
	%879 = icmp slt i32 %878, %N
	%880 = select i1 %879, i32 %878, i32 0
	%881 = sitofp i32 %704 to float
	%882 = sext i32 %880 to i64
	%883 = getelementptr i32, i32* %39, i64 %882
	%884 = load i32, i32* %883
	%885 = sitofp i32 %884 to float
	%886 = fcmp ole float %885, %881
	%887 = uitofp i1 %886 to float
	%888 = fcmp une float %887, 0.0
	%889 = and i1 %879, %888
	%890 = select i1 %889, float %534, float 0xFFF0000000000000
	%891 = shl i32 %6, 1
	%892 = add i32 24, %891
	%893 = add i32 %224, %892
	%894 = icmp slt i32 %893, %N
	%895 = select i1 %894, i32 %893, i32 0
	%896 = sitofp i32 %700 to float
	%897 = sext i32 %895 to i64
	%898 = getelementptr i32, i32* %39, i64 %897
	%899 = load i32, i32* %898
	%900 = sitofp i32 %899 to float
	%901 = fcmp ole float %900, %896
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = and i1 %894, %903
	%905 = select i1 %904, float %536, float 0xFFF0000000000000
	%906 = shl i32 %6, 1
	%907 = add i32 25, %906
	%908 = add i32 %224, %907
	%909 = icmp slt i32 %908, %N
	%910 = select i1 %909, i32 %908, i32 0
	%911 = sitofp i32 %700 to float
	%912 = sext i32 %910 to i64
	%913 = getelementptr i32, i32* %39, i64 %912
	%914 = load i32, i32* %913
	%915 = sitofp i32 %914 to float
	%916 = fcmp ole float %915, %911
	%917 = uitofp i1 %916 to float
	%918 = fcmp une float %917, 0.0
	%919 = and i1 %909, %918
	%920 = select i1 %919, float %537, float 0xFFF0000000000000
	%921 = shl i32 %6, 1
	%922 = add i32 24, %921
	%923 = add i32 %224, %922
	%924 = icmp slt i32 %923, %N
	%925 = select i1 %924, i32 %923, i32 0
	%926 = sitofp i32 %704 to float
	%927 = sext i32 %925 to i64
	%928 = getelementptr i32, i32* %39, i64 %927
	%929 = load i32, i32* %928
	%930 = sitofp i32 %929 to float
	%931 = fcmp ole float %930, %926
	%932 = uitofp i1 %931 to float
	%933 = fcmp une float %932, 0.0
	%934 = and i1 %924, %933
	%935 = select i1 %934, float %538, float 0xFFF0000000000000
	%936 = shl i32 %6, 1
	%937 = add i32 25, %936
	%938 = add i32 %224, %937
	%939 = icmp slt i32 %938, %N
	%940 = select i1 %939, i32 %938, i32 0
	%941 = sitofp i32 %704 to float
	%942 = sext i32 %940 to i64
	%943 = getelementptr i32, i32* %39, i64 %942
	%944 = load i32, i32* %943
	%945 = sitofp i32 %944 to float
	%946 = fcmp ole float %945, %941
	%947 = uitofp i1 %946 to float
	%948 = fcmp une float %947, 0.0
	%949 = and i1 %939, %948
	%950 = select i1 %949, float %539, float 0xFFF0000000000000
	%951 = shl i32 %6, 1
	%952 = add i32 32, %951
	%953 = add i32 %224, %952
	%954 = icmp slt i32 %953, %N
	%955 = select i1 %954, i32 %953, i32 0
	%956 = sitofp i32 %700 to float
	%957 = sext i32 %955 to i64
	%958 = getelementptr i32, i32* %39, i64 %957
	%959 = load i32, i32* %958
	%960 = sitofp i32 %959 to float
	%961 = fcmp ole float %960, %956
	%962 = uitofp i1 %961 to float
	%963 = fcmp une float %962, 0.0
	%964 = and i1 %954, %963
	%965 = select i1 %964, float %547, float 0xFFF0000000000000
	%966 = shl i32 %6, 1
	%967 = add i32 33, %966
	%968 = add i32 %224, %967
	%969 = icmp slt i32 %968, %N
	%970 = select i1 %969, i32 %968, i32 0
	%971 = sitofp i32 %700 to float
	%972 = sext i32 %970 to i64
	%973 = getelementptr i32, i32* %39, i64 %972
	%974 = load i32, i32* %973
	%975 = sitofp i32 %974 to float
	%976 = fcmp ole float %975, %971
	%977 = uitofp i1 %976 to float
	%978 = fcmp une float %977, 0.0
	%979 = and i1 %969, %978
	%980 = select i1 %979, float %548, float 0xFFF0000000000000
	%981 = shl i32 %6, 1
	%982 = add i32 32, %981
	%983 = add i32 %224, %982
	%984 = icmp slt i32 %983, %N
	%985 = select i1 %984, i32 %983, i32 0
	%986 = sitofp i32 %704 to float
	%987 = sext i32 %985 to i64
	%988 = getelementptr i32, i32* %39, i64 %987
	%989 = load i32, i32* %988
	%990 = sitofp i32 %989 to float
	%991 = fcmp ole float %990, %986
	%992 = uitofp i1 %991 to float
	%993 = fcmp une float %992, 0.0
	%994 = and i1 %984, %993
	%995 = select i1 %994, float %549, float 0xFFF0000000000000
	%996 = shl i32 %6, 1
	%997 = add i32 33, %996
	%998 = add i32 %224, %997
	%999 = icmp slt i32 %998, %N
	%1000 = select i1 %999, i32 %998, i32 0
	%1001 = sitofp i32 %704 to float
	%1002 = sext i32 %1000 to i64
	%1003 = getelementptr i32, i32* %39, i64 %1002
	%1004 = load i32, i32* %1003
	%1005 = sitofp i32 %1004 to float
	%1006 = fcmp ole float %1005, %1001
	%1007 = uitofp i1 %1006 to float
	%1008 = fcmp une float %1007, 0.0
	%1009 = and i1 %999, %1008
	%1010 = select i1 %1009, float %550, float 0xFFF0000000000000
	%1011 = shl i32 %6, 1
	%1012 = add i32 40, %1011
	%1013 = add i32 %224, %1012
	%1014 = icmp slt i32 %1013, %N
	%1015 = select i1 %1014, i32 %1013, i32 0
	%1016 = sitofp i32 %700 to float
	%1017 = sext i32 %1015 to i64
	%1018 = getelementptr i32, i32* %39, i64 %1017
	%1019 = load i32, i32* %1018
	%1020 = sitofp i32 %1019 to float
	%1021 = fcmp ole float %1020, %1016
	%1022 = uitofp i1 %1021 to float
	%1023 = fcmp une float %1022, 0.0
	%1024 = and i1 %1014, %1023
	%1025 = select i1 %1024, float %552, float 0xFFF0000000000000
	%1026 = shl i32 %6, 1
	%1027 = add i32 41, %1026
	%1028 = add i32 %224, %1027
	%1029 = icmp slt i32 %1028, %N
	%1030 = select i1 %1029, i32 %1028, i32 0
	%1031 = sitofp i32 %700 to float
	%1032 = sext i32 %1030 to i64
	%1033 = getelementptr i32, i32* %39, i64 %1032
	%1034 = load i32, i32* %1033
	%1035 = sitofp i32 %1034 to float
	%1036 = fcmp ole float %1035, %1031
	%1037 = uitofp i1 %1036 to float
	%1038 = fcmp une float %1037, 0.0
	%1039 = and i1 %1029, %1038
	%1040 = select i1 %1039, float %553, float 0xFFF0000000000000
	%1041 = shl i32 %6, 1
	%1042 = add i32 40, %1041
	%1043 = add i32 %224, %1042
	%1044 = icmp slt i32 %1043, %N
	%1045 = select i1 %1044, i32 %1043, i32 0
	%1046 = sitofp i32 %704 to float
	%1047 = sext i32 %1045 to i64
	%1048 = getelementptr i32, i32* %39, i64 %1047
	%1049 = load i32, i32* %1048
	%1050 = sitofp i32 %1049 to float
	%1051 = fcmp ole float %1050, %1046
	%1052 = uitofp i1 %1051 to float
	%1053 = fcmp une float %1052, 0.0
	%1054 = and i1 %1044, %1053
	%1055 = select i1 %1054, float %554, float 0xFFF0000000000000
	%1056 = shl i32 %6, 1
	%1057 = add i32 41, %1056
	%1058 = add i32 %224, %1057
	%1059 = icmp slt i32 %1058, %N
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = sitofp i32 %704 to float
	%1062 = sext i32 %1060 to i64
	%1063 = getelementptr i32, i32* %39, i64 %1062
	%1064 = load i32, i32* %1063
	%1065 = sitofp i32 %1064 to float
	%1066 = fcmp ole float %1065, %1061
	%1067 = uitofp i1 %1066 to float
	%1068 = fcmp une float %1067, 0.0
	%1069 = and i1 %1059, %1068
	%1070 = select i1 %1069, float %555, float 0xFFF0000000000000
	%1071 = shl i32 %6, 1
	%1072 = add i32 48, %1071
	%1073 = add i32 %224, %1072
	%1074 = icmp slt i32 %1073, %N
	%1075 = select i1 %1074, i32 %1073, i32 0
	%1076 = sitofp i32 %700 to float
	%1077 = sext i32 %1075 to i64
	%1078 = getelementptr i32, i32* %39, i64 %1077
	%1079 = load i32, i32* %1078
	%1080 = sitofp i32 %1079 to float
	%1081 = fcmp ole float %1080, %1076
	%1082 = uitofp i1 %1081 to float
	%1083 = fcmp une float %1082, 0.0
	%1084 = and i1 %1074, %1083
	%1085 = select i1 %1084, float %563, float 0xFFF0000000000000
	%1086 = shl i32 %6, 1
	%1087 = add i32 49, %1086
	%1088 = add i32 %224, %1087
	%1089 = icmp slt i32 %1088, %N
	%1090 = select i1 %1089, i32 %1088, i32 0
	%1091 = sitofp i32 %700 to float
	%1092 = sext i32 %1090 to i64
	%1093 = getelementptr i32, i32* %39, i64 %1092
	%1094 = load i32, i32* %1093
	%1095 = sitofp i32 %1094 to float
	%1096 = fcmp ole float %1095, %1091
	%1097 = uitofp i1 %1096 to float
	%1098 = fcmp une float %1097, 0.0
	%1099 = and i1 %1089, %1098
	%1100 = select i1 %1099, float %564, float 0xFFF0000000000000
	%1101 = shl i32 %6, 1
	%1102 = add i32 48, %1101
	%1103 = add i32 %224, %1102
	%1104 = icmp slt i32 %1103, %N
	%1105 = select i1 %1104, i32 %1103, i32 0
	%1106 = sitofp i32 %704 to float
	%1107 = sext i32 %1105 to i64
	%1108 = getelementptr i32, i32* %39, i64 %1107
	%1109 = load i32, i32* %1108
	%1110 = sitofp i32 %1109 to float
	%1111 = fcmp ole float %1110, %1106
	%1112 = uitofp i1 %1111 to float
	%1113 = fcmp une float %1112, 0.0
	%1114 = and i1 %1104, %1113
	%1115 = select i1 %1114, float %565, float 0xFFF0000000000000
	%1116 = shl i32 %6, 1
	%1117 = add i32 49, %1116
	%1118 = add i32 %224, %1117
	%1119 = icmp slt i32 %1118, %N
	%1120 = select i1 %1119, i32 %1118, i32 0
	%1121 = sitofp i32 %704 to float
	%1122 = sext i32 %1120 to i64
	%1123 = getelementptr i32, i32* %39, i64 %1122
	%1124 = load i32, i32* %1123
	%1125 = sitofp i32 %1124 to float
	%1126 = fcmp ole float %1125, %1121
	%1127 = uitofp i1 %1126 to float
	%1128 = fcmp une float %1127, 0.0
	%1129 = and i1 %1119, %1128
	%1130 = select i1 %1129, float %566, float 0xFFF0000000000000
	%1131 = shl i32 %6, 1
	%1132 = add i32 56, %1131
	%1133 = add i32 %224, %1132
	%1134 = icmp slt i32 %1133, %N
	%1135 = select i1 %1134, i32 %1133, i32 0
	%1136 = sitofp i32 %700 to float
	%1137 = sext i32 %1135 to i64
	%1138 = getelementptr i32, i32* %39, i64 %1137
	%1139 = load i32, i32* %1138
	%1140 = sitofp i32 %1139 to float
	%1141 = fcmp ole float %1140, %1136
	%1142 = uitofp i1 %1141 to float
	%1143 = fcmp une float %1142, 0.0
	%1144 = and i1 %1134, %1143
	%1145 = select i1 %1144, float %568, float 0xFFF0000000000000
	%1146 = shl i32 %6, 1
	%1147 = add i32 57, %1146
	%1148 = add i32 %224, %1147
	%1149 = icmp slt i32 %1148, %N
	%1150 = select i1 %1149, i32 %1148, i32 0
	%1151 = sitofp i32 %700 to float
	%1152 = sext i32 %1150 to i64
	%1153 = getelementptr i32, i32* %39, i64 %1152
	%1154 = load i32, i32* %1153
	%1155 = sitofp i32 %1154 to float
	%1156 = fcmp ole float %1155, %1151
	%1157 = uitofp i1 %1156 to float
	%1158 = fcmp une float %1157, 0.0
	%1159 = and i1 %1149, %1158
	%1160 = select i1 %1159, float %569, float 0xFFF0000000000000
	%1161 = shl i32 %6, 1
	%1162 = add i32 56, %1161
	%1163 = add i32 %224, %1162
	%1164 = icmp slt i32 %1163, %N
	%1165 = select i1 %1164, i32 %1163, i32 0
	%1166 = sitofp i32 %704 to float
	%1167 = sext i32 %1165 to i64
	%1168 = getelementptr i32, i32* %39, i64 %1167
	%1169 = load i32, i32* %1168
	%1170 = sitofp i32 %1169 to float
	%1171 = fcmp ole float %1170, %1166
	%1172 = uitofp i1 %1171 to float
	%1173 = fcmp une float %1172, 0.0
	%1174 = and i1 %1164, %1173
	%1175 = select i1 %1174, float %570, float 0xFFF0000000000000
	%1176 = shl i32 %6, 1
	%1177 = add i32 57, %1176
	%1178 = add i32 %224, %1177
	%1179 = icmp slt i32 %1178, %N
	%1180 = select i1 %1179, i32 %1178, i32 0
	%1181 = sitofp i32 %704 to float
	%1182 = sext i32 %1180 to i64
	%1183 = getelementptr i32, i32* %39, i64 %1182
	%1184 = load i32, i32* %1183
	%1185 = sitofp i32 %1184 to float
	%1186 = fcmp ole float %1185, %1181
	%1187 = uitofp i1 %1186 to float
	%1188 = fcmp une float %1187, 0.0
	%1189 = and i1 %1179, %1188
	%1190 = select i1 %1189, float %571, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1191 = phi float [ %515, %prefetched ], [ %725, %partial ]
	%1192 = phi float [ %516, %prefetched ], [ %740, %partial ]
	%1193 = phi float [ %517, %prefetched ], [ %755, %partial ]
	%1194 = phi float [ %518, %prefetched ], [ %770, %partial ]
	%1195 = phi float [ %520, %prefetched ], [ %785, %partial ]
	%1196 = phi float [ %521, %prefetched ], [ %800, %partial ]
	%1197 = phi float [ %522, %prefetched ], [ %815, %partial ]
	%1198 = phi float [ %523, %prefetched ], [ %830, %partial ]
	%1199 = phi float [ %531, %prefetched ], [ %845, %partial ]
	%1200 = phi float [ %532, %prefetched ], [ %860, %partial ]
	%1201 = phi float [ %533, %prefetched ], [ %875, %partial ]
	%1202 = phi float [ %534, %prefetched ], [ %890, %partial ]
	%1203 = phi float [ %536, %prefetched ], [ %905, %partial ]
	%1204 = phi float [ %537, %prefetched ], [ %920, %partial ]
	%1205 = phi float [ %538, %prefetched ], [ %935, %partial ]
	%1206 = phi float [ %539, %prefetched ], [ %950, %partial ]
	%1207 = phi float [ %547, %prefetched ], [ %965, %partial ]
	%1208 = phi float [ %548, %prefetched ], [ %980, %partial ]
	%1209 = phi float [ %549, %prefetched ], [ %995, %partial ]
	%1210 = phi float [ %550, %prefetched ], [ %1010, %partial ]
	%1211 = phi float [ %552, %prefetched ], [ %1025, %partial ]
	%1212 = phi float [ %553, %prefetched ], [ %1040, %partial ]
	%1213 = phi float [ %554, %prefetched ], [ %1055, %partial ]
	%1214 = phi float [ %555, %prefetched ], [ %1070, %partial ]
	%1215 = phi float [ %563, %prefetched ], [ %1085, %partial ]
	%1216 = phi float [ %564, %prefetched ], [ %1100, %partial ]
	%1217 = phi float [ %565, %prefetched ], [ %1115, %partial ]
	%1218 = phi float [ %566, %prefetched ], [ %1130, %partial ]
	%1219 = phi float [ %568, %prefetched ], [ %1145, %partial ]
	%1220 = phi float [ %569, %prefetched ], [ %1160, %partial ]
	%1221 = phi float [ %570, %prefetched ], [ %1175, %partial ]
	%1222 = phi float [ %571, %prefetched ], [ %1190, %partial ]
	%1223 = call float @llvm.nvvm.fmax.f(float %1191, float %1192)
	%1224 = call float @llvm.nvvm.fmax.f(float %1195, float %1196)
	%1225 = call float @llvm.nvvm.fmax.f(float %1199, float %1200)
	%1226 = call float @llvm.nvvm.fmax.f(float %1203, float %1204)
	%1227 = call float @llvm.nvvm.fmax.f(float %1207, float %1208)
	%1228 = call float @llvm.nvvm.fmax.f(float %1211, float %1212)
	%1229 = call float @llvm.nvvm.fmax.f(float %1215, float %1216)
	%1230 = call float @llvm.nvvm.fmax.f(float %1219, float %1220)
	%1231 = call float @llvm.nvvm.fmax.f(float %1223, float %1224)
	%1232 = call float @llvm.nvvm.fmax.f(float %1225, float %1226)
	%1233 = call float @llvm.nvvm.fmax.f(float %1227, float %1228)
	%1234 = call float @llvm.nvvm.fmax.f(float %1229, float %1230)
	%1235 = call float @llvm.nvvm.fmax.f(float %1231, float %1232)
	%1236 = call float @llvm.nvvm.fmax.f(float %1233, float %1234)
	%1237 = call float @llvm.nvvm.fmax.f(float %1235, float %1236)
	%1238 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1237, i32 1, i32 31)
	%1239 = call float @llvm.nvvm.fmax.f(float %1237, float %1238)
	%1240 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1239, i32 2, i32 31)
	%1241 = call float @llvm.nvvm.fmax.f(float %1239, float %1240)
	%1242 = fmul float %1241, 0x3FC7154760000000
	%1243 = call float @llvm.nvvm.fmax.f(float %220, float %1242)
	%1244 = fadd float %220, 8.0
	%1245 = fcmp ogt float %1243, %1244
	%1246 = or i1 false, %1245
	%1247 = call float @llvm.nvvm.fmax.f(float %1193, float %1194)
	%1248 = call float @llvm.nvvm.fmax.f(float %1197, float %1198)
	%1249 = call float @llvm.nvvm.fmax.f(float %1201, float %1202)
	%1250 = call float @llvm.nvvm.fmax.f(float %1205, float %1206)
	%1251 = call float @llvm.nvvm.fmax.f(float %1209, float %1210)
	%1252 = call float @llvm.nvvm.fmax.f(float %1213, float %1214)
	%1253 = call float @llvm.nvvm.fmax.f(float %1217, float %1218)
	%1254 = call float @llvm.nvvm.fmax.f(float %1221, float %1222)
	%1255 = call float @llvm.nvvm.fmax.f(float %1247, float %1248)
	%1256 = call float @llvm.nvvm.fmax.f(float %1249, float %1250)
	%1257 = call float @llvm.nvvm.fmax.f(float %1251, float %1252)
	%1258 = call float @llvm.nvvm.fmax.f(float %1253, float %1254)
	%1259 = call float @llvm.nvvm.fmax.f(float %1255, float %1256)
	%1260 = call float @llvm.nvvm.fmax.f(float %1257, float %1258)
	%1261 = call float @llvm.nvvm.fmax.f(float %1259, float %1260)
	%1262 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1261, i32 1, i32 31)
	%1263 = call float @llvm.nvvm.fmax.f(float %1261, float %1262)
	%1264 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1263, i32 2, i32 31)
	%1265 = call float @llvm.nvvm.fmax.f(float %1263, float %1264)
	%1266 = fmul float %1265, 0x3FC7154760000000
	%1267 = call float @llvm.nvvm.fmax.f(float %222, float %1266)
	%1268 = fadd float %222, 8.0
	%1269 = fcmp ogt float %1267, %1268
	%1270 = or i1 %1246, %1269
	%1271 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1270)
	br i1 %1271, label %1272, label %1315

1272:
	%1273 = fcmp oeq float %1243, 0xFFF0000000000000
	%1274 = select i1 %1273, float 0.0, float %1243
	%1275 = fsub float %220, %1274
	%1276 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1275)
	%1277 = fcmp oeq float %1267, 0xFFF0000000000000
	%1278 = select i1 %1277, float 0.0, float %1267
	%1279 = fsub float %222, %1278
	%1280 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1279)
	%1281 = fmul float %188, %1276
	%1282 = fmul float %189, %1276
	%1283 = fmul float %190, %1280
	%1284 = fmul float %191, %1280
	%1285 = fmul float %192, %1276
	%1286 = fmul float %193, %1276
	%1287 = fmul float %194, %1280
	%1288 = fmul float %195, %1280
	%1289 = fmul float %196, %1276
	%1290 = fmul float %197, %1276
	%1291 = fmul float %198, %1280
	%1292 = fmul float %199, %1280
	%1293 = fmul float %200, %1276
	%1294 = fmul float %201, %1276
	%1295 = fmul float %202, %1280
	%1296 = fmul float %203, %1280
	%1297 = fmul float %204, %1276
	%1298 = fmul float %205, %1276
	%1299 = fmul float %206, %1280
	%1300 = fmul float %207, %1280
	%1301 = fmul float %208, %1276
	%1302 = fmul float %209, %1276
	%1303 = fmul float %210, %1280
	%1304 = fmul float %211, %1280
	%1305 = fmul float %212, %1276
	%1306 = fmul float %213, %1276
	%1307 = fmul float %214, %1280
	%1308 = fmul float %215, %1280
	%1309 = fmul float %216, %1276
	%1310 = fmul float %217, %1276
	%1311 = fmul float %218, %1280
	%1312 = fmul float %219, %1280
	%1313 = fmul float %221, %1276
	%1314 = fmul float %223, %1280
	br label %1315

1315:
	%1316 = phi float [ %188, %softmax ], [ %1281, %1272 ]
	%1317 = phi float [ %189, %softmax ], [ %1282, %1272 ]
	%1318 = phi float [ %190, %softmax ], [ %1283, %1272 ]
	%1319 = phi float [ %191, %softmax ], [ %1284, %1272 ]
	%1320 = phi float [ %192, %softmax ], [ %1285, %1272 ]
	%1321 = phi float [ %193, %softmax ], [ %1286, %1272 ]
	%1322 = phi float [ %194, %softmax ], [ %1287, %1272 ]
	%1323 = phi float [ %195, %softmax ], [ %1288, %1272 ]
	%1324 = phi float [ %196, %softmax ], [ %1289, %1272 ]
	%1325 = phi float [ %197, %softmax ], [ %1290, %1272 ]
	%1326 = phi float [ %198, %softmax ], [ %1291, %1272 ]
	%1327 = phi float [ %199, %softmax ], [ %1292, %1272 ]
	%1328 = phi float [ %200, %softmax ], [ %1293, %1272 ]
	%1329 = phi float [ %201, %softmax ], [ %1294, %1272 ]
	%1330 = phi float [ %202, %softmax ], [ %1295, %1272 ]
	%1331 = phi float [ %203, %softmax ], [ %1296, %1272 ]
	%1332 = phi float [ %204, %softmax ], [ %1297, %1272 ]
	%1333 = phi float [ %205, %softmax ], [ %1298, %1272 ]
	%1334 = phi float [ %206, %softmax ], [ %1299, %1272 ]
	%1335 = phi float [ %207, %softmax ], [ %1300, %1272 ]
	%1336 = phi float [ %208, %softmax ], [ %1301, %1272 ]
	%1337 = phi float [ %209, %softmax ], [ %1302, %1272 ]
	%1338 = phi float [ %210, %softmax ], [ %1303, %1272 ]
	%1339 = phi float [ %211, %softmax ], [ %1304, %1272 ]
	%1340 = phi float [ %212, %softmax ], [ %1305, %1272 ]
	%1341 = phi float [ %213, %softmax ], [ %1306, %1272 ]
	%1342 = phi float [ %214, %softmax ], [ %1307, %1272 ]
	%1343 = phi float [ %215, %softmax ], [ %1308, %1272 ]
	%1344 = phi float [ %216, %softmax ], [ %1309, %1272 ]
	%1345 = phi float [ %217, %softmax ], [ %1310, %1272 ]
	%1346 = phi float [ %218, %softmax ], [ %1311, %1272 ]
	%1347 = phi float [ %219, %softmax ], [ %1312, %1272 ]
	%1348 = phi float [ %221, %softmax ], [ %1313, %1272 ]
	%1349 = phi float [ %223, %softmax ], [ %1314, %1272 ]
	%1350 = select i1 %1271, float %1243, float %220
	%1351 = fcmp oeq float %1350, 0xFFF0000000000000
	%1352 = select i1 %1351, float 0.0, float %1350
	%1353 = fneg float %1352
	%1354 = call float @llvm.fma.f32(float %1191, float 0x3FC7154760000000, float %1353)
	%1355 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1354)
	%1356 = call float @llvm.fma.f32(float %1192, float 0x3FC7154760000000, float %1353)
	%1357 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1356)
	%1358 = call float @llvm.fma.f32(float %1195, float 0x3FC7154760000000, float %1353)
	%1359 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1358)
	%1360 = call float @llvm.fma.f32(float %1196, float 0x3FC7154760000000, float %1353)
	%1361 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1360)
	%1362 = call float @llvm.fma.f32(float %1199, float 0x3FC7154760000000, float %1353)
	%1363 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1362)
	%1364 = call float @llvm.fma.f32(float %1200, float 0x3FC7154760000000, float %1353)
	%1365 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1364)
	%1366 = call float @llvm.fma.f32(float %1203, float 0x3FC7154760000000, float %1353)
	%1367 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1366)
	%1368 = call float @llvm.fma.f32(float %1204, float 0x3FC7154760000000, float %1353)
	%1369 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1368)
	%1370 = call float @llvm.fma.f32(float %1207, float 0x3FC7154760000000, float %1353)
	%1371 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1370)
	%1372 = call float @llvm.fma.f32(float %1208, float 0x3FC7154760000000, float %1353)
	%1373 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1372)
	%1374 = call float @llvm.fma.f32(float %1211, float 0x3FC7154760000000, float %1353)
	%1375 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1374)
	%1376 = call float @llvm.fma.f32(float %1212, float 0x3FC7154760000000, float %1353)
	%1377 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1376)
	%1378 = call float @llvm.fma.f32(float %1215, float 0x3FC7154760000000, float %1353)
	%1379 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1378)
	%1380 = call float @llvm.fma.f32(float %1216, float 0x3FC7154760000000, float %1353)
	%1381 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1380)
	%1382 = call float @llvm.fma.f32(float %1219, float 0x3FC7154760000000, float %1353)
	%1383 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1382)
	%1384 = call float @llvm.fma.f32(float %1220, float 0x3FC7154760000000, float %1353)
	%1385 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1384)
	%1386 = fadd float %1355, %1357
	%1387 = fadd float %1359, %1361
	%1388 = fadd float %1363, %1365
	%1389 = fadd float %1367, %1369
	%1390 = fadd float %1371, %1373
	%1391 = fadd float %1375, %1377
	%1392 = fadd float %1379, %1381
	%1393 = fadd float %1383, %1385
	%1394 = fadd float %1386, %1387
	%1395 = fadd float %1388, %1389
	%1396 = fadd float %1390, %1391
	%1397 = fadd float %1392, %1393
	%1398 = fadd float %1394, %1395
	%1399 = fadd float %1396, %1397
	%1400 = fadd float %1398, %1399
	%1401 = fadd float %1348, %1400
	%1402 = select i1 %1271, float %1267, float %222
	%1403 = fcmp oeq float %1402, 0xFFF0000000000000
	%1404 = select i1 %1403, float 0.0, float %1402
	%1405 = fneg float %1404
	%1406 = call float @llvm.fma.f32(float %1193, float 0x3FC7154760000000, float %1405)
	%1407 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1406)
	%1408 = call float @llvm.fma.f32(float %1194, float 0x3FC7154760000000, float %1405)
	%1409 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1408)
	%1410 = call float @llvm.fma.f32(float %1197, float 0x3FC7154760000000, float %1405)
	%1411 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1410)
	%1412 = call float @llvm.fma.f32(float %1198, float 0x3FC7154760000000, float %1405)
	%1413 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1412)
	%1414 = call float @llvm.fma.f32(float %1201, float 0x3FC7154760000000, float %1405)
	%1415 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1414)
	%1416 = call float @llvm.fma.f32(float %1202, float 0x3FC7154760000000, float %1405)
	%1417 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1416)
	%1418 = call float @llvm.fma.f32(float %1205, float 0x3FC7154760000000, float %1405)
	%1419 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1418)
	%1420 = call float @llvm.fma.f32(float %1206, float 0x3FC7154760000000, float %1405)
	%1421 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1420)
	%1422 = call float @llvm.fma.f32(float %1209, float 0x3FC7154760000000, float %1405)
	%1423 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1422)
	%1424 = call float @llvm.fma.f32(float %1210, float 0x3FC7154760000000, float %1405)
	%1425 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1424)
	%1426 = call float @llvm.fma.f32(float %1213, float 0x3FC7154760000000, float %1405)
	%1427 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1426)
	%1428 = call float @llvm.fma.f32(float %1214, float 0x3FC7154760000000, float %1405)
	%1429 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1428)
	%1430 = call float @llvm.fma.f32(float %1217, float 0x3FC7154760000000, float %1405)
	%1431 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1430)
	%1432 = call float @llvm.fma.f32(float %1218, float 0x3FC7154760000000, float %1405)
	%1433 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1432)
	%1434 = call float @llvm.fma.f32(float %1221, float 0x3FC7154760000000, float %1405)
	%1435 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1434)
	%1436 = call float @llvm.fma.f32(float %1222, float 0x3FC7154760000000, float %1405)
	%1437 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1436)
	%1438 = fadd float %1407, %1409
	%1439 = fadd float %1411, %1413
	%1440 = fadd float %1415, %1417
	%1441 = fadd float %1419, %1421
	%1442 = fadd float %1423, %1425
	%1443 = fadd float %1427, %1429
	%1444 = fadd float %1431, %1433
	%1445 = fadd float %1435, %1437
	%1446 = fadd float %1438, %1439
	%1447 = fadd float %1440, %1441
	%1448 = fadd float %1442, %1443
	%1449 = fadd float %1444, %1445
	%1450 = fadd float %1446, %1447
	%1451 = fadd float %1448, %1449
	%1452 = fadd float %1450, %1451
	%1453 = fadd float %1349, %1452
	%1454 = icmp eq i32 %6, 0
	%1455 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1400, i32 1, i32 31)
	%1456 = fadd float %1400, %1455
	%1457 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1456, i32 2, i32 31)
	%1458 = fadd float %1456, %1457
	%1459 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1401, i32 1, i32 31)
	%1460 = fadd float %1401, %1459
	%1461 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1460, i32 2, i32 31)
	%1462 = fadd float %1460, %1461
	%1463 = fcmp ogt float %1462, 0.0
	%1464 = icmp slt i32 %700, %M
	%1465 = and i1 %1463, %1464
	%1466 = select i1 %1465, float %1462, float 1.0
	%1467 = fdiv float %1458, %1466
	%1468 = call float @llvm.nvvm.fmax.f(float 0.0, float %1467)
	%1469 = select i1 %1465, float %1468, float 0.0
	%1470 = and i1 %1465, %1454
	%1471 = fadd float 0.0, 1.0
	%1472 = select i1 %1470, float %1471, float 0.0
	%1473 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1452, i32 1, i32 31)
	%1474 = fadd float %1452, %1473
	%1475 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1474, i32 2, i32 31)
	%1476 = fadd float %1474, %1475
	%1477 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1453, i32 1, i32 31)
	%1478 = fadd float %1453, %1477
	%1479 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1478, i32 2, i32 31)
	%1480 = fadd float %1478, %1479
	%1481 = fcmp ogt float %1480, 0.0
	%1482 = icmp slt i32 %704, %M
	%1483 = and i1 %1481, %1482
	%1484 = select i1 %1483, float %1480, float 1.0
	%1485 = fdiv float %1476, %1484
	%1486 = call float @llvm.nvvm.fmax.f(float %1469, float %1485)
	%1487 = select i1 %1483, float %1486, float %1469
	%1488 = and i1 %1483, %1454
	%1489 = fadd float %1472, 1.0
	%1490 = select i1 %1488, float %1489, float %1472
	%1491 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1487, i32 16, i32 31)
	%1492 = call float @llvm.nvvm.fmax.f(float %1487, float %1491)
	%1493 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1490, i32 16, i32 31)
	%1494 = fadd float %1490, %1493
	%1495 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1492, i32 8, i32 31)
	%1496 = call float @llvm.nvvm.fmax.f(float %1492, float %1495)
	%1497 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1494, i32 8, i32 31)
	%1498 = fadd float %1494, %1497
	%1499 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1496, i32 4, i32 31)
	%1500 = call float @llvm.nvvm.fmax.f(float %1496, float %1499)
	%1501 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1498, i32 4, i32 31)
	%1502 = fadd float %1498, %1501
	%1503 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1500, i32 2, i32 31)
	%1504 = call float @llvm.nvvm.fmax.f(float %1500, float %1503)
	%1505 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1502, i32 2, i32 31)
	%1506 = fadd float %1502, %1505
	%1507 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1504, i32 1, i32 31)
	%1508 = call float @llvm.nvvm.fmax.f(float %1504, float %1507)
	%1509 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1506, i32 1, i32 31)
	%1510 = fadd float %1506, %1509
	%1511 = icmp eq i32 %4, 0
	br i1 %1511, label %1512, label %1519

1512:
	%1513 = mul i32 %3, 2
	%1514 = add i32 %1513, 0
	%1515 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1514
	store float %1508, float addrspace(3)* %1515
	%1516 = mul i32 %3, 2
	%1517 = add i32 %1516, 1
	%1518 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1517
	store float %1510, float addrspace(3)* %1518
	br label %1519

1519:
	call void asm sideeffect "cp.async.wait_group 1;", ""()
	call void @llvm.nvvm.barrier0()
	%1520 = mul i32 0, 2
	%1521 = add i32 %1520, 0
	%1522 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1521
	%1523 = load float, float addrspace(3)* %1522
	%1524 = call float @llvm.nvvm.fmax.f(float 0.0, float %1523)
	%1525 = mul i32 0, 2
	%1526 = add i32 %1525, 1
	%1527 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1526
	%1528 = load float, float addrspace(3)* %1527
	%1529 = fadd float 0.0, %1528
	%1530 = mul i32 1, 2
	%1531 = add i32 %1530, 0
	%1532 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1531
	%1533 = load float, float addrspace(3)* %1532
	%1534 = call float @llvm.nvvm.fmax.f(float %1524, float %1533)
	%1535 = mul i32 1, 2
	%1536 = add i32 %1535, 1
	%1537 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1536
	%1538 = load float, float addrspace(3)* %1537
	%1539 = fadd float %1529, %1538
	%1540 = mul i32 2, 2
	%1541 = add i32 %1540, 0
	%1542 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1541
	%1543 = load float, float addrspace(3)* %1542
	%1544 = call float @llvm.nvvm.fmax.f(float %1534, float %1543)
	%1545 = mul i32 2, 2
	%1546 = add i32 %1545, 1
	%1547 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1546
	%1548 = load float, float addrspace(3)* %1547
	%1549 = fadd float %1539, %1548
	%1550 = mul i32 3, 2
	%1551 = add i32 %1550, 0
	%1552 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1551
	%1553 = load float, float addrspace(3)* %1552
	%1554 = call float @llvm.nvvm.fmax.f(float %1544, float %1553)
	%1555 = mul i32 3, 2
	%1556 = add i32 %1555, 1
	%1557 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1556
	%1558 = load float, float addrspace(3)* %1557
	%1559 = fadd float %1549, %1558
	%1560 = fcmp ogt float %1559, 0.0
	%1561 = and i1 %300, %1560
	%1562 = fcmp olt float %1554, 0x3F50624DE0000000
	%1563 = and i1 %1561, %1562
	%1564 = xor i1 %1563, true
	%1565 = and i1 %294, %1564
	%1566 = and i32 %4, 7
	%1567 = lshr i32 %4, 3
	%1568 = and i32 %1567, 1
	%1569 = shl i32 %1568, 3
	%1570 = add i32 %1566, %1569
	%1571 = mul i32 %1570, 128
	%1572 = add i32 %1, %1571
	%1573 = and i32 %4, 7
	%1574 = xor i32 %90, %1573
	%1575 = shl i32 %1574, 4
	%1576 = add i32 %1572, %1575
	%1577 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1357, float %1355)
	%1578 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1409, float %1407)
	%1579 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1361, float %1359)
	%1580 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1413, float %1411)
	%1581 = xor i32 %1576, 0
	%1582 = add i32 %1581, 0
	%1583 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1582)
	%1584 = extractvalue { i32, i32, i32, i32 } %1583, 0
	%1585 = extractvalue { i32, i32, i32, i32 } %1583, 1
	%1586 = extractvalue { i32, i32, i32, i32 } %1583, 2
	%1587 = extractvalue { i32, i32, i32, i32 } %1583, 3
	%1588 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1577, i32 %1578, i32 %1579, i32 %1580, i32 %1584, i32 %1585, float %1316, float %1317, float %1318, float %1319)
	%1589 = extractvalue { float, float, float, float } %1588, 0
	%1590 = extractvalue { float, float, float, float } %1588, 1
	%1591 = extractvalue { float, float, float, float } %1588, 2
	%1592 = extractvalue { float, float, float, float } %1588, 3
	%1593 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1577, i32 %1578, i32 %1579, i32 %1580, i32 %1586, i32 %1587, float %1320, float %1321, float %1322, float %1323)
	%1594 = extractvalue { float, float, float, float } %1593, 0
	%1595 = extractvalue { float, float, float, float } %1593, 1
	%1596 = extractvalue { float, float, float, float } %1593, 2
	%1597 = extractvalue { float, float, float, float } %1593, 3
	%1598 = xor i32 %1576, 32
	%1599 = add i32 %1598, 0
	%1600 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1599)
	%1601 = extractvalue { i32, i32, i32, i32 } %1600, 0
	%1602 = extractvalue { i32, i32, i32, i32 } %1600, 1
	%1603 = extractvalue { i32, i32, i32, i32 } %1600, 2
	%1604 = extractvalue { i32, i32, i32, i32 } %1600, 3
	%1605 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1577, i32 %1578, i32 %1579, i32 %1580, i32 %1601, i32 %1602, float %1324, float %1325, float %1326, float %1327)
	%1606 = extractvalue { float, float, float, float } %1605, 0
	%1607 = extractvalue { float, float, float, float } %1605, 1
	%1608 = extractvalue { float, float, float, float } %1605, 2
	%1609 = extractvalue { float, float, float, float } %1605, 3
	%1610 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1577, i32 %1578, i32 %1579, i32 %1580, i32 %1603, i32 %1604, float %1328, float %1329, float %1330, float %1331)
	%1611 = extractvalue { float, float, float, float } %1610, 0
	%1612 = extractvalue { float, float, float, float } %1610, 1
	%1613 = extractvalue { float, float, float, float } %1610, 2
	%1614 = extractvalue { float, float, float, float } %1610, 3
	%1615 = xor i32 %1576, 64
	%1616 = add i32 %1615, 0
	%1617 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1616)
	%1618 = extractvalue { i32, i32, i32, i32 } %1617, 0
	%1619 = extractvalue { i32, i32, i32, i32 } %1617, 1
	%1620 = extractvalue { i32, i32, i32, i32 } %1617, 2
	%1621 = extractvalue { i32, i32, i32, i32 } %1617, 3
	%1622 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1577, i32 %1578, i32 %1579, i32 %1580, i32 %1618, i32 %1619, float %1332, float %1333, float %1334, float %1335)
	%1623 = extractvalue { float, float, float, float } %1622, 0
	%1624 = extractvalue { float, float, float, float } %1622, 1
	%1625 = extractvalue { float, float, float, float } %1622, 2
	%1626 = extractvalue { float, float, float, float } %1622, 3
	%1627 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1577, i32 %1578, i32 %1579, i32 %1580, i32 %1620, i32 %1621, float %1336, float %1337, float %1338, float %1339)
	%1628 = extractvalue { float, float, float, float } %1627, 0
	%1629 = extractvalue { float, float, float, float } %1627, 1
	%1630 = extractvalue { float, float, float, float } %1627, 2
	%1631 = extractvalue { float, float, float, float } %1627, 3
	%1632 = xor i32 %1576, 96
	%1633 = add i32 %1632, 0
	%1634 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1633)
	%1635 = extractvalue { i32, i32, i32, i32 } %1634, 0
	%1636 = extractvalue { i32, i32, i32, i32 } %1634, 1
	%1637 = extractvalue { i32, i32, i32, i32 } %1634, 2
	%1638 = extractvalue { i32, i32, i32, i32 } %1634, 3
	%1639 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1577, i32 %1578, i32 %1579, i32 %1580, i32 %1635, i32 %1636, float %1340, float %1341, float %1342, float %1343)
	%1640 = extractvalue { float, float, float, float } %1639, 0
	%1641 = extractvalue { float, float, float, float } %1639, 1
	%1642 = extractvalue { float, float, float, float } %1639, 2
	%1643 = extractvalue { float, float, float, float } %1639, 3
	%1644 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1577, i32 %1578, i32 %1579, i32 %1580, i32 %1637, i32 %1638, float %1344, float %1345, float %1346, float %1347)
	%1645 = extractvalue { float, float, float, float } %1644, 0
	%1646 = extractvalue { float, float, float, float } %1644, 1
	%1647 = extractvalue { float, float, float, float } %1644, 2
	%1648 = extractvalue { float, float, float, float } %1644, 3
	%1649 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1365, float %1363)
	%1650 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1417, float %1415)
	%1651 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1369, float %1367)
	%1652 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1421, float %1419)
	%1653 = xor i32 %1576, 0
	%1654 = add i32 %1653, 2048
	%1655 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1654)
	%1656 = extractvalue { i32, i32, i32, i32 } %1655, 0
	%1657 = extractvalue { i32, i32, i32, i32 } %1655, 1
	%1658 = extractvalue { i32, i32, i32, i32 } %1655, 2
	%1659 = extractvalue { i32, i32, i32, i32 } %1655, 3
	%1660 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1649, i32 %1650, i32 %1651, i32 %1652, i32 %1656, i32 %1657, float %1589, float %1590, float %1591, float %1592)
	%1661 = extractvalue { float, float, float, float } %1660, 0
	%1662 = extractvalue { float, float, float, float } %1660, 1
	%1663 = extractvalue { float, float, float, float } %1660, 2
	%1664 = extractvalue { float, float, float, float } %1660, 3
	%1665 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1649, i32 %1650, i32 %1651, i32 %1652, i32 %1658, i32 %1659, float %1594, float %1595, float %1596, float %1597)
	%1666 = extractvalue { float, float, float, float } %1665, 0
	%1667 = extractvalue { float, float, float, float } %1665, 1
	%1668 = extractvalue { float, float, float, float } %1665, 2
	%1669 = extractvalue { float, float, float, float } %1665, 3
	%1670 = xor i32 %1576, 32
	%1671 = add i32 %1670, 2048
	%1672 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1671)
	%1673 = extractvalue { i32, i32, i32, i32 } %1672, 0
	%1674 = extractvalue { i32, i32, i32, i32 } %1672, 1
	%1675 = extractvalue { i32, i32, i32, i32 } %1672, 2
	%1676 = extractvalue { i32, i32, i32, i32 } %1672, 3
	%1677 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1649, i32 %1650, i32 %1651, i32 %1652, i32 %1673, i32 %1674, float %1606, float %1607, float %1608, float %1609)
	%1678 = extractvalue { float, float, float, float } %1677, 0
	%1679 = extractvalue { float, float, float, float } %1677, 1
	%1680 = extractvalue { float, float, float, float } %1677, 2
	%1681 = extractvalue { float, float, float, float } %1677, 3
	%1682 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1649, i32 %1650, i32 %1651, i32 %1652, i32 %1675, i32 %1676, float %1611, float %1612, float %1613, float %1614)
	%1683 = extractvalue { float, float, float, float } %1682, 0
	%1684 = extractvalue { float, float, float, float } %1682, 1
	%1685 = extractvalue { float, float, float, float } %1682, 2
	%1686 = extractvalue { float, float, float, float } %1682, 3
	%1687 = xor i32 %1576, 64
	%1688 = add i32 %1687, 2048
	%1689 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1688)
	%1690 = extractvalue { i32, i32, i32, i32 } %1689, 0
	%1691 = extractvalue { i32, i32, i32, i32 } %1689, 1
	%1692 = extractvalue { i32, i32, i32, i32 } %1689, 2
	%1693 = extractvalue { i32, i32, i32, i32 } %1689, 3
	%1694 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1649, i32 %1650, i32 %1651, i32 %1652, i32 %1690, i32 %1691, float %1623, float %1624, float %1625, float %1626)
	%1695 = extractvalue { float, float, float, float } %1694, 0
	%1696 = extractvalue { float, float, float, float } %1694, 1
	%1697 = extractvalue { float, float, float, float } %1694, 2
	%1698 = extractvalue { float, float, float, float } %1694, 3
	%1699 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1649, i32 %1650, i32 %1651, i32 %1652, i32 %1692, i32 %1693, float %1628, float %1629, float %1630, float %1631)
	%1700 = extractvalue { float, float, float, float } %1699, 0
	%1701 = extractvalue { float, float, float, float } %1699, 1
	%1702 = extractvalue { float, float, float, float } %1699, 2
	%1703 = extractvalue { float, float, float, float } %1699, 3
	%1704 = xor i32 %1576, 96
	%1705 = add i32 %1704, 2048
	%1706 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1705)
	%1707 = extractvalue { i32, i32, i32, i32 } %1706, 0
	%1708 = extractvalue { i32, i32, i32, i32 } %1706, 1
	%1709 = extractvalue { i32, i32, i32, i32 } %1706, 2
	%1710 = extractvalue { i32, i32, i32, i32 } %1706, 3
	%1711 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1649, i32 %1650, i32 %1651, i32 %1652, i32 %1707, i32 %1708, float %1640, float %1641, float %1642, float %1643)
	%1712 = extractvalue { float, float, float, float } %1711, 0
	%1713 = extractvalue { float, float, float, float } %1711, 1
	%1714 = extractvalue { float, float, float, float } %1711, 2
	%1715 = extractvalue { float, float, float, float } %1711, 3
	%1716 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1649, i32 %1650, i32 %1651, i32 %1652, i32 %1709, i32 %1710, float %1645, float %1646, float %1647, float %1648)
	%1717 = extractvalue { float, float, float, float } %1716, 0
	%1718 = extractvalue { float, float, float, float } %1716, 1
	%1719 = extractvalue { float, float, float, float } %1716, 2
	%1720 = extractvalue { float, float, float, float } %1716, 3
	%1721 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1373, float %1371)
	%1722 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1425, float %1423)
	%1723 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1377, float %1375)
	%1724 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1429, float %1427)
	%1725 = xor i32 %1576, 0
	%1726 = add i32 %1725, u0x1000
	%1727 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1726)
	%1728 = extractvalue { i32, i32, i32, i32 } %1727, 0
	%1729 = extractvalue { i32, i32, i32, i32 } %1727, 1
	%1730 = extractvalue { i32, i32, i32, i32 } %1727, 2
	%1731 = extractvalue { i32, i32, i32, i32 } %1727, 3
	%1732 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1721, i32 %1722, i32 %1723, i32 %1724, i32 %1728, i32 %1729, float %1661, float %1662, float %1663, float %1664)
	%1733 = extractvalue { float, float, float, float } %1732, 0
	%1734 = extractvalue { float, float, float, float } %1732, 1
	%1735 = extractvalue { float, float, float, float } %1732, 2
	%1736 = extractvalue { float, float, float, float } %1732, 3
	%1737 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1721, i32 %1722, i32 %1723, i32 %1724, i32 %1730, i32 %1731, float %1666, float %1667, float %1668, float %1669)
	%1738 = extractvalue { float, float, float, float } %1737, 0
	%1739 = extractvalue { float, float, float, float } %1737, 1
	%1740 = extractvalue { float, float, float, float } %1737, 2
	%1741 = extractvalue { float, float, float, float } %1737, 3
	%1742 = xor i32 %1576, 32
	%1743 = add i32 %1742, u0x1000
	%1744 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1743)
	%1745 = extractvalue { i32, i32, i32, i32 } %1744, 0
	%1746 = extractvalue { i32, i32, i32, i32 } %1744, 1
	%1747 = extractvalue { i32, i32, i32, i32 } %1744, 2
	%1748 = extractvalue { i32, i32, i32, i32 } %1744, 3
	%1749 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1721, i32 %1722, i32 %1723, i32 %1724, i32 %1745, i32 %1746, float %1678, float %1679, float %1680, float %1681)
	%1750 = extractvalue { float, float, float, float } %1749, 0
	%1751 = extractvalue { float, float, float, float } %1749, 1
	%1752 = extractvalue { float, float, float, float } %1749, 2
	%1753 = extractvalue { float, float, float, float } %1749, 3
	%1754 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1721, i32 %1722, i32 %1723, i32 %1724, i32 %1747, i32 %1748, float %1683, float %1684, float %1685, float %1686)
	%1755 = extractvalue { float, float, float, float } %1754, 0
	%1756 = extractvalue { float, float, float, float } %1754, 1
	%1757 = extractvalue { float, float, float, float } %1754, 2
	%1758 = extractvalue { float, float, float, float } %1754, 3
	%1759 = xor i32 %1576, 64
	%1760 = add i32 %1759, u0x1000
	%1761 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1760)
	%1762 = extractvalue { i32, i32, i32, i32 } %1761, 0
	%1763 = extractvalue { i32, i32, i32, i32 } %1761, 1
	%1764 = extractvalue { i32, i32, i32, i32 } %1761, 2
	%1765 = extractvalue { i32, i32, i32, i32 } %1761, 3
	%1766 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1721, i32 %1722, i32 %1723, i32 %1724, i32 %1762, i32 %1763, float %1695, float %1696, float %1697, float %1698)
	%1767 = extractvalue { float, float, float, float } %1766, 0
	%1768 = extractvalue { float, float, float, float } %1766, 1
	%1769 = extractvalue { float, float, float, float } %1766, 2
	%1770 = extractvalue { float, float, float, float } %1766, 3
	%1771 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1721, i32 %1722, i32 %1723, i32 %1724, i32 %1764, i32 %1765, float %1700, float %1701, float %1702, float %1703)
	%1772 = extractvalue { float, float, float, float } %1771, 0
	%1773 = extractvalue { float, float, float, float } %1771, 1
	%1774 = extractvalue { float, float, float, float } %1771, 2
	%1775 = extractvalue { float, float, float, float } %1771, 3
	%1776 = xor i32 %1576, 96
	%1777 = add i32 %1776, u0x1000
	%1778 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1777)
	%1779 = extractvalue { i32, i32, i32, i32 } %1778, 0
	%1780 = extractvalue { i32, i32, i32, i32 } %1778, 1
	%1781 = extractvalue { i32, i32, i32, i32 } %1778, 2
	%1782 = extractvalue { i32, i32, i32, i32 } %1778, 3
	%1783 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1721, i32 %1722, i32 %1723, i32 %1724, i32 %1779, i32 %1780, float %1712, float %1713, float %1714, float %1715)
	%1784 = extractvalue { float, float, float, float } %1783, 0
	%1785 = extractvalue { float, float, float, float } %1783, 1
	%1786 = extractvalue { float, float, float, float } %1783, 2
	%1787 = extractvalue { float, float, float, float } %1783, 3
	%1788 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1721, i32 %1722, i32 %1723, i32 %1724, i32 %1781, i32 %1782, float %1717, float %1718, float %1719, float %1720)
	%1789 = extractvalue { float, float, float, float } %1788, 0
	%1790 = extractvalue { float, float, float, float } %1788, 1
	%1791 = extractvalue { float, float, float, float } %1788, 2
	%1792 = extractvalue { float, float, float, float } %1788, 3
	%1793 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1381, float %1379)
	%1794 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1433, float %1431)
	%1795 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1385, float %1383)
	%1796 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1437, float %1435)
	%1797 = xor i32 %1576, 0
	%1798 = add i32 %1797, 6144
	%1799 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1798)
	%1800 = extractvalue { i32, i32, i32, i32 } %1799, 0
	%1801 = extractvalue { i32, i32, i32, i32 } %1799, 1
	%1802 = extractvalue { i32, i32, i32, i32 } %1799, 2
	%1803 = extractvalue { i32, i32, i32, i32 } %1799, 3
	%1804 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1793, i32 %1794, i32 %1795, i32 %1796, i32 %1800, i32 %1801, float %1733, float %1734, float %1735, float %1736)
	%1805 = extractvalue { float, float, float, float } %1804, 0
	%1806 = extractvalue { float, float, float, float } %1804, 1
	%1807 = extractvalue { float, float, float, float } %1804, 2
	%1808 = extractvalue { float, float, float, float } %1804, 3
	%1809 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1793, i32 %1794, i32 %1795, i32 %1796, i32 %1802, i32 %1803, float %1738, float %1739, float %1740, float %1741)
	%1810 = extractvalue { float, float, float, float } %1809, 0
	%1811 = extractvalue { float, float, float, float } %1809, 1
	%1812 = extractvalue { float, float, float, float } %1809, 2
	%1813 = extractvalue { float, float, float, float } %1809, 3
	%1814 = xor i32 %1576, 32
	%1815 = add i32 %1814, 6144
	%1816 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1815)
	%1817 = extractvalue { i32, i32, i32, i32 } %1816, 0
	%1818 = extractvalue { i32, i32, i32, i32 } %1816, 1
	%1819 = extractvalue { i32, i32, i32, i32 } %1816, 2
	%1820 = extractvalue { i32, i32, i32, i32 } %1816, 3
	%1821 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1793, i32 %1794, i32 %1795, i32 %1796, i32 %1817, i32 %1818, float %1750, float %1751, float %1752, float %1753)
	%1822 = extractvalue { float, float, float, float } %1821, 0
	%1823 = extractvalue { float, float, float, float } %1821, 1
	%1824 = extractvalue { float, float, float, float } %1821, 2
	%1825 = extractvalue { float, float, float, float } %1821, 3
	%1826 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1793, i32 %1794, i32 %1795, i32 %1796, i32 %1819, i32 %1820, float %1755, float %1756, float %1757, float %1758)
	%1827 = extractvalue { float, float, float, float } %1826, 0
	%1828 = extractvalue { float, float, float, float } %1826, 1
	%1829 = extractvalue { float, float, float, float } %1826, 2
	%1830 = extractvalue { float, float, float, float } %1826, 3
	%1831 = xor i32 %1576, 64
	%1832 = add i32 %1831, 6144
	%1833 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1832)
	%1834 = extractvalue { i32, i32, i32, i32 } %1833, 0
	%1835 = extractvalue { i32, i32, i32, i32 } %1833, 1
	%1836 = extractvalue { i32, i32, i32, i32 } %1833, 2
	%1837 = extractvalue { i32, i32, i32, i32 } %1833, 3
	%1838 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1793, i32 %1794, i32 %1795, i32 %1796, i32 %1834, i32 %1835, float %1767, float %1768, float %1769, float %1770)
	%1839 = extractvalue { float, float, float, float } %1838, 0
	%1840 = extractvalue { float, float, float, float } %1838, 1
	%1841 = extractvalue { float, float, float, float } %1838, 2
	%1842 = extractvalue { float, float, float, float } %1838, 3
	%1843 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1793, i32 %1794, i32 %1795, i32 %1796, i32 %1836, i32 %1837, float %1772, float %1773, float %1774, float %1775)
	%1844 = extractvalue { float, float, float, float } %1843, 0
	%1845 = extractvalue { float, float, float, float } %1843, 1
	%1846 = extractvalue { float, float, float, float } %1843, 2
	%1847 = extractvalue { float, float, float, float } %1843, 3
	%1848 = xor i32 %1576, 96
	%1849 = add i32 %1848, 6144
	%1850 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1849)
	%1851 = extractvalue { i32, i32, i32, i32 } %1850, 0
	%1852 = extractvalue { i32, i32, i32, i32 } %1850, 1
	%1853 = extractvalue { i32, i32, i32, i32 } %1850, 2
	%1854 = extractvalue { i32, i32, i32, i32 } %1850, 3
	%1855 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1793, i32 %1794, i32 %1795, i32 %1796, i32 %1851, i32 %1852, float %1784, float %1785, float %1786, float %1787)
	%1856 = extractvalue { float, float, float, float } %1855, 0
	%1857 = extractvalue { float, float, float, float } %1855, 1
	%1858 = extractvalue { float, float, float, float } %1855, 2
	%1859 = extractvalue { float, float, float, float } %1855, 3
	%1860 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1793, i32 %1794, i32 %1795, i32 %1796, i32 %1853, i32 %1854, float %1789, float %1790, float %1791, float %1792)
	%1861 = extractvalue { float, float, float, float } %1860, 0
	%1862 = extractvalue { float, float, float, float } %1860, 1
	%1863 = extractvalue { float, float, float, float } %1860, 2
	%1864 = extractvalue { float, float, float, float } %1860, 3
	br i1 %1565, label %loop, label %epilogue

store0:
	%1865 = mul i32 %10, %M
	%1866 = add i32 %1865, %617
	%1867 = mul i32 %1866, 64
	%1868 = shl i32 %6, 1
	%1869 = add i32 0, %1868
	%1870 = add i32 %1867, %1869
	%1871 = sext i32 %1870 to i64
	%1872 = getelementptr i16, i16* %out, i64 %1871
	%1873 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %619, float %618)
	%1874 = bitcast i16* %1872 to i32*
	store i32 %1873, i32* %1874
	%1875 = shl i32 %6, 1
	%1876 = add i32 8, %1875
	%1877 = add i32 %1867, %1876
	%1878 = sext i32 %1877 to i64
	%1879 = getelementptr i16, i16* %out, i64 %1878
	%1880 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %621, float %620)
	%1881 = bitcast i16* %1879 to i32*
	store i32 %1880, i32* %1881
	%1882 = shl i32 %6, 1
	%1883 = add i32 16, %1882
	%1884 = add i32 %1867, %1883
	%1885 = sext i32 %1884 to i64
	%1886 = getelementptr i16, i16* %out, i64 %1885
	%1887 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %623, float %622)
	%1888 = bitcast i16* %1886 to i32*
	store i32 %1887, i32* %1888
	%1889 = shl i32 %6, 1
	%1890 = add i32 24, %1889
	%1891 = add i32 %1867, %1890
	%1892 = sext i32 %1891 to i64
	%1893 = getelementptr i16, i16* %out, i64 %1892
	%1894 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %625, float %624)
	%1895 = bitcast i16* %1893 to i32*
	store i32 %1894, i32* %1895
	%1896 = shl i32 %6, 1
	%1897 = add i32 32, %1896
	%1898 = add i32 %1867, %1897
	%1899 = sext i32 %1898 to i64
	%1900 = getelementptr i16, i16* %out, i64 %1899
	%1901 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %627, float %626)
	%1902 = bitcast i16* %1900 to i32*
	store i32 %1901, i32* %1902
	%1903 = shl i32 %6, 1
	%1904 = add i32 40, %1903
	%1905 = add i32 %1867, %1904
	%1906 = sext i32 %1905 to i64
	%1907 = getelementptr i16, i16* %out, i64 %1906
	%1908 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %629, float %628)
	%1909 = bitcast i16* %1907 to i32*
	store i32 %1908, i32* %1909
	%1910 = shl i32 %6, 1
	%1911 = add i32 48, %1910
	%1912 = add i32 %1867, %1911
	%1913 = sext i32 %1912 to i64
	%1914 = getelementptr i16, i16* %out, i64 %1913
	%1915 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %631, float %630)
	%1916 = bitcast i16* %1914 to i32*
	store i32 %1915, i32* %1916
	%1917 = shl i32 %6, 1
	%1918 = add i32 56, %1917
	%1919 = add i32 %1867, %1918
	%1920 = sext i32 %1919 to i64
	%1921 = getelementptr i16, i16* %out, i64 %1920
	%1922 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %633, float %632)
	%1923 = bitcast i16* %1921 to i32*
	store i32 %1922, i32* %1923
	br label %stored0

stored0:
	%1924 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %573, i32 1, i32 31)
	%1925 = fadd float %573, %1924
	%1926 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1925, i32 2, i32 31)
	%1927 = fadd float %1925, %1926
	%1928 = fcmp ogt float %1927, 0.0
	%1929 = fdiv float 1.0, %1927
	%1930 = select i1 %1928, float %1929, float 0.0
	%1931 = mul i32 %3, 16
	%1932 = add i32 %12, %1931
	%1933 = add i32 %5, 8
	%1934 = add i32 %1932, %1933
	%1935 = fmul float %577, %1930
	%1936 = fmul float %578, %1930
	%1937 = fmul float %581, %1930
	%1938 = fmul float %582, %1930
	%1939 = fmul float %585, %1930
	%1940 = fmul float %586, %1930
	%1941 = fmul float %589, %1930
	%1942 = fmul float %590, %1930
	%1943 = fmul float %593, %1930
	%1944 = fmul float %594, %1930
	%1945 = fmul float %597, %1930
	%1946 = fmul float %598, %1930
	%1947 = fmul float %601, %1930
	%1948 = fmul float %602, %1930
	%1949 = fmul float %605, %1930
	%1950 = fmul float %606, %1930
	%1951 = icmp slt i32 %1934, %M
	br i1 %1951, label %store1, label %stored1

store1:
	%1952 = mul i32 %10, %M
	%1953 = add i32 %1952, %1934
	%1954 = mul i32 %1953, 64
	%1955 = shl i32 %6, 1
	%1956 = add i32 0, %1955
	%1957 = add i32 %1954, %1956
	%1958 = sext i32 %1957 to i64
	%1959 = getelementptr i16, i16* %out, i64 %1958
	%1960 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1936, float %1935)
	%1961 = bitcast i16* %1959 to i32*
	store i32 %1960, i32* %1961
	%1962 = shl i32 %6, 1
	%1963 = add i32 8, %1962
	%1964 = add i32 %1954, %1963
	%1965 = sext i32 %1964 to i64
	%1966 = getelementptr i16, i16* %out, i64 %1965
	%1967 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1938, float %1937)
	%1968 = bitcast i16* %1966 to i32*
	store i32 %1967, i32* %1968
	%1969 = shl i32 %6, 1
	%1970 = add i32 16, %1969
	%1971 = add i32 %1954, %1970
	%1972 = sext i32 %1971 to i64
	%1973 = getelementptr i16, i16* %out, i64 %1972
	%1974 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1940, float %1939)
	%1975 = bitcast i16* %1973 to i32*
	store i32 %1974, i32* %1975
	%1976 = shl i32 %6, 1
	%1977 = add i32 24, %1976
	%1978 = add i32 %1954, %1977
	%1979 = sext i32 %1978 to i64
	%1980 = getelementptr i16, i16* %out, i64 %1979
	%1981 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1942, float %1941)
	%1982 = bitcast i16* %1980 to i32*
	store i32 %1981, i32* %1982
	%1983 = shl i32 %6, 1
	%1984 = add i32 32, %1983
	%1985 = add i32 %1954, %1984
	%1986 = sext i32 %1985 to i64
	%1987 = getelementptr i16, i16* %out, i64 %1986
	%1988 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1944, float %1943)
	%1989 = bitcast i16* %1987 to i32*
	store i32 %1988, i32* %1989
	%1990 = shl i32 %6, 1
	%1991 = add i32 40, %1990
	%1992 = add i32 %1954, %1991
	%1993 = sext i32 %1992 to i64
	%1994 = getelementptr i16, i16* %out, i64 %1993
	%1995 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1946, float %1945)
	%1996 = bitcast i16* %1994 to i32*
	store i32 %1995, i32* %1996
	%1997 = shl i32 %6, 1
	%1998 = add i32 48, %1997
	%1999 = add i32 %1954, %1998
	%2000 = sext i32 %1999 to i64
	%2001 = getelementptr i16, i16* %out, i64 %2000
	%2002 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1948, float %1947)
	%2003 = bitcast i16* %2001 to i32*
	store i32 %2002, i32* %2003
	%2004 = shl i32 %6, 1
	%2005 = add i32 56, %2004
	%2006 = add i32 %1954, %2005
	%2007 = sext i32 %2006 to i64
	%2008 = getelementptr i16, i16* %out, i64 %2007
	%2009 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1950, float %1949)
	%2010 = bitcast i16* %2008 to i32*
	store i32 %2009, i32* %2010
	br label %stored1

stored1:
	%2011 = icmp eq i32 %2, 0
	br i1 %2011, label %2012, label %2017

2012:
	%2013 = mul i32 %10, %NQ
	%2014 = add i32 %2013, %9
	%2015 = sext i32 %2014 to i64
	%2016 = getelementptr i32, i32* %visits, i64 %2015
	store i32 %574, i32* %2016
	br label %2017

2017:
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
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"maxntidx", i32 128}
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"minctasm", i32 3}
