define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i32* %visits) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @$K_smem to i32
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
	%69 = lshr i32 %2, 3
	%70 = and i32 %2, 7
	%71 = and i32 %69, 7
	%72 = xor i32 %70, %71
	%73 = mul i32 %69, 8
	%74 = add i32 %73, %72
	%75 = shl i32 %74, 4
	%76 = add i32 %0, %75
	%77 = add i32 %24, %69
	%78 = mul i32 %77, 64
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
	%89 = add i32 %77, 16
	%90 = icmp slt i32 %89, %M
	%91 = getelementptr i16, i16* %82, i64 1024
	%92 = select i1 %90, i16* %91, i16* %28
	%93 = add i32 %76, 2048
	%94 = select i1 %90, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %93, i16* %92, i32 %94)
	%95 = add i32 %77, 32
	%96 = icmp slt i32 %95, %M
	%97 = getelementptr i16, i16* %82, i64 2048
	%98 = select i1 %96, i16* %97, i16* %28
	%99 = add i32 %76, u0x1000
	%100 = select i1 %96, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %99, i16* %98, i32 %100)
	%101 = add i32 %77, 48
	%102 = icmp slt i32 %101, %M
	%103 = getelementptr i16, i16* %82, i64 3072
	%104 = select i1 %102, i16* %103, i16* %28
	%105 = add i32 %76, 6144
	%106 = select i1 %102, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %105, i16* %104, i32 %106)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %52, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%107 = and i32 %4, 7
	%108 = lshr i32 %4, 3
	%109 = and i32 %108, 1
	%110 = shl i32 %109, 3
	%111 = add i32 %107, %110
	%112 = lshr i32 %4, 4
	%113 = mul i32 %3, 16
	%114 = add i32 %111, 0
	%115 = add i32 %113, %114
	%116 = mul i32 %115, 128
	%117 = add i32 %0, %116
	%118 = and i32 %4, 7
	%119 = xor i32 %112, %118
	%120 = shl i32 %119, 4
	%121 = add i32 %117, %120
	%122 = xor i32 %121, 0
	%123 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %122)
	%124 = extractvalue { i32, i32, i32, i32 } %123, 0
	%125 = extractvalue { i32, i32, i32, i32 } %123, 1
	%126 = extractvalue { i32, i32, i32, i32 } %123, 2
	%127 = extractvalue { i32, i32, i32, i32 } %123, 3
	%128 = xor i32 %121, 32
	%129 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %128)
	%130 = extractvalue { i32, i32, i32, i32 } %129, 0
	%131 = extractvalue { i32, i32, i32, i32 } %129, 1
	%132 = extractvalue { i32, i32, i32, i32 } %129, 2
	%133 = extractvalue { i32, i32, i32, i32 } %129, 3
	%134 = xor i32 %121, 64
	%135 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %134)
	%136 = extractvalue { i32, i32, i32, i32 } %135, 0
	%137 = extractvalue { i32, i32, i32, i32 } %135, 1
	%138 = extractvalue { i32, i32, i32, i32 } %135, 2
	%139 = extractvalue { i32, i32, i32, i32 } %135, 3
	%140 = xor i32 %121, 96
	%141 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %140)
	%142 = extractvalue { i32, i32, i32, i32 } %141, 0
	%143 = extractvalue { i32, i32, i32, i32 } %141, 1
	%144 = extractvalue { i32, i32, i32, i32 } %141, 2
	%145 = extractvalue { i32, i32, i32, i32 } %141, 3
	call void @llvm.nvvm.barrier0()
	%146 = mul i32 %49, 64
	%147 = lshr i32 %2, 3
	%148 = and i32 %2, 7
	%149 = and i32 %147, 7
	%150 = xor i32 %148, %149
	%151 = mul i32 %147, 8
	%152 = add i32 %151, %150
	%153 = shl i32 %152, 4
	%154 = add i32 %0, %153
	%155 = add i32 %146, %147
	%156 = mul i32 %155, 64
	%157 = mul i32 %148, 8
	%158 = add i32 %156, %157
	%159 = sext i32 %158 to i64
	%160 = getelementptr i16, i16* %32, i64 %159
	%161 = add i32 %155, 0
	%162 = icmp slt i32 %161, %N
	%163 = getelementptr i16, i16* %160, i64 0
	%164 = select i1 %162, i16* %163, i16* %32
	%165 = add i32 %154, 0
	%166 = select i1 %162, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %165, i16* %164, i32 %166)
	%167 = add i32 %155, 16
	%168 = icmp slt i32 %167, %N
	%169 = getelementptr i16, i16* %160, i64 1024
	%170 = select i1 %168, i16* %169, i16* %32
	%171 = add i32 %154, 2048
	%172 = select i1 %168, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %171, i16* %170, i32 %172)
	%173 = add i32 %155, 32
	%174 = icmp slt i32 %173, %N
	%175 = getelementptr i16, i16* %160, i64 2048
	%176 = select i1 %174, i16* %175, i16* %32
	%177 = add i32 %154, u0x1000
	%178 = select i1 %174, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %177, i16* %176, i32 %178)
	%179 = add i32 %155, 48
	%180 = icmp slt i32 %179, %N
	%181 = getelementptr i16, i16* %160, i64 3072
	%182 = select i1 %180, i16* %181, i16* %32
	%183 = add i32 %154, 6144
	%184 = select i1 %180, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %183, i16* %182, i32 %184)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%185 = phi i32 [ 0, %prologue ], [ %1323, %pv ]
	%186 = phi i32 [ %49, %prologue ], [ %187, %pv ]
	%187 = phi i32 [ %60, %prologue ], [ %1333, %pv ]
	%188 = phi i8 [ %68, %prologue ], [ %1341, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1675, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1676, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1677, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1678, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1680, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1681, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1682, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1683, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1692, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1693, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1694, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1695, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1697, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1698, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1699, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1700, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1709, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1710, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1711, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1712, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1714, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1715, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1716, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1717, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1726, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1727, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1728, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1729, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1731, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1732, %pv ]
	%219 = phi float [ 0.0, %prologue ], [ %1733, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1734, %pv ]
	%221 = phi float [ 0xFFF0000000000000, %prologue ], [ %1151, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1202, %pv ]
	%223 = phi float [ 0xFFF0000000000000, %prologue ], [ %1203, %pv ]
	%224 = phi float [ 0.0, %prologue ], [ %1254, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%225 = mul i32 %186, 64
	%226 = lshr i32 %2, 3
	%227 = and i32 %2, 7
	%228 = and i32 %226, 7
	%229 = xor i32 %227, %228
	%230 = mul i32 %226, 8
	%231 = add i32 %230, %229
	%232 = shl i32 %231, 4
	%233 = add i32 %1, %232
	%234 = add i32 %225, %226
	%235 = mul i32 %234, 64
	%236 = mul i32 %227, 8
	%237 = add i32 %235, %236
	%238 = sext i32 %237 to i64
	%239 = getelementptr i16, i16* %36, i64 %238
	%240 = add i32 %234, 0
	%241 = icmp slt i32 %240, %N
	%242 = getelementptr i16, i16* %239, i64 0
	%243 = select i1 %241, i16* %242, i16* %36
	%244 = add i32 %233, 0
	%245 = select i1 %241, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %244, i16* %243, i32 %245)
	%246 = add i32 %234, 16
	%247 = icmp slt i32 %246, %N
	%248 = getelementptr i16, i16* %239, i64 1024
	%249 = select i1 %247, i16* %248, i16* %36
	%250 = add i32 %233, 2048
	%251 = select i1 %247, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %250, i16* %249, i32 %251)
	%252 = add i32 %234, 32
	%253 = icmp slt i32 %252, %N
	%254 = getelementptr i16, i16* %239, i64 2048
	%255 = select i1 %253, i16* %254, i16* %36
	%256 = add i32 %233, u0x1000
	%257 = select i1 %253, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %256, i16* %255, i32 %257)
	%258 = add i32 %234, 48
	%259 = icmp slt i32 %258, %N
	%260 = getelementptr i16, i16* %239, i64 3072
	%261 = select i1 %259, i16* %260, i16* %36
	%262 = add i32 %233, 6144
	%263 = select i1 %259, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %262, i16* %261, i32 %263)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%264 = and i32 %4, 7
	%265 = shl i32 %112, 3
	%266 = add i32 %264, %265
	%267 = lshr i32 %4, 3
	%268 = and i32 %267, 1
	%269 = mul i32 %266, 128
	%270 = add i32 %0, %269
	%271 = and i32 %4, 7
	%272 = xor i32 %268, %271
	%273 = shl i32 %272, 4
	%274 = add i32 %270, %273
	%275 = xor i32 %274, 0
	%276 = add i32 %275, 0
	%277 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %276)
	%278 = extractvalue { i32, i32, i32, i32 } %277, 0
	%279 = extractvalue { i32, i32, i32, i32 } %277, 1
	%280 = extractvalue { i32, i32, i32, i32 } %277, 2
	%281 = extractvalue { i32, i32, i32, i32 } %277, 3
	%282 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %278, i32 %279, float 0.0, float 0.0, float 0.0, float 0.0)
	%283 = extractvalue { float, float, float, float } %282, 0
	%284 = extractvalue { float, float, float, float } %282, 1
	%285 = extractvalue { float, float, float, float } %282, 2
	%286 = extractvalue { float, float, float, float } %282, 3
	%287 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %280, i32 %281, float 0.0, float 0.0, float 0.0, float 0.0)
	%288 = extractvalue { float, float, float, float } %287, 0
	%289 = extractvalue { float, float, float, float } %287, 1
	%290 = extractvalue { float, float, float, float } %287, 2
	%291 = extractvalue { float, float, float, float } %287, 3
	%292 = add i32 %275, 2048
	%293 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %292)
	%294 = extractvalue { i32, i32, i32, i32 } %293, 0
	%295 = extractvalue { i32, i32, i32, i32 } %293, 1
	%296 = extractvalue { i32, i32, i32, i32 } %293, 2
	%297 = extractvalue { i32, i32, i32, i32 } %293, 3
	%298 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %294, i32 %295, float 0.0, float 0.0, float 0.0, float 0.0)
	%299 = extractvalue { float, float, float, float } %298, 0
	%300 = extractvalue { float, float, float, float } %298, 1
	%301 = extractvalue { float, float, float, float } %298, 2
	%302 = extractvalue { float, float, float, float } %298, 3
	%303 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %296, i32 %297, float 0.0, float 0.0, float 0.0, float 0.0)
	%304 = extractvalue { float, float, float, float } %303, 0
	%305 = extractvalue { float, float, float, float } %303, 1
	%306 = extractvalue { float, float, float, float } %303, 2
	%307 = extractvalue { float, float, float, float } %303, 3
	%308 = add i32 %275, u0x1000
	%309 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %308)
	%310 = extractvalue { i32, i32, i32, i32 } %309, 0
	%311 = extractvalue { i32, i32, i32, i32 } %309, 1
	%312 = extractvalue { i32, i32, i32, i32 } %309, 2
	%313 = extractvalue { i32, i32, i32, i32 } %309, 3
	%314 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %310, i32 %311, float 0.0, float 0.0, float 0.0, float 0.0)
	%315 = extractvalue { float, float, float, float } %314, 0
	%316 = extractvalue { float, float, float, float } %314, 1
	%317 = extractvalue { float, float, float, float } %314, 2
	%318 = extractvalue { float, float, float, float } %314, 3
	%319 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %312, i32 %313, float 0.0, float 0.0, float 0.0, float 0.0)
	%320 = extractvalue { float, float, float, float } %319, 0
	%321 = extractvalue { float, float, float, float } %319, 1
	%322 = extractvalue { float, float, float, float } %319, 2
	%323 = extractvalue { float, float, float, float } %319, 3
	%324 = add i32 %275, 6144
	%325 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %324)
	%326 = extractvalue { i32, i32, i32, i32 } %325, 0
	%327 = extractvalue { i32, i32, i32, i32 } %325, 1
	%328 = extractvalue { i32, i32, i32, i32 } %325, 2
	%329 = extractvalue { i32, i32, i32, i32 } %325, 3
	%330 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %326, i32 %327, float 0.0, float 0.0, float 0.0, float 0.0)
	%331 = extractvalue { float, float, float, float } %330, 0
	%332 = extractvalue { float, float, float, float } %330, 1
	%333 = extractvalue { float, float, float, float } %330, 2
	%334 = extractvalue { float, float, float, float } %330, 3
	%335 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %328, i32 %329, float 0.0, float 0.0, float 0.0, float 0.0)
	%336 = extractvalue { float, float, float, float } %335, 0
	%337 = extractvalue { float, float, float, float } %335, 1
	%338 = extractvalue { float, float, float, float } %335, 2
	%339 = extractvalue { float, float, float, float } %335, 3
	%340 = xor i32 %274, 32
	%341 = add i32 %340, 0
	%342 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %341)
	%343 = extractvalue { i32, i32, i32, i32 } %342, 0
	%344 = extractvalue { i32, i32, i32, i32 } %342, 1
	%345 = extractvalue { i32, i32, i32, i32 } %342, 2
	%346 = extractvalue { i32, i32, i32, i32 } %342, 3
	%347 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %343, i32 %344, float %283, float %284, float %285, float %286)
	%348 = extractvalue { float, float, float, float } %347, 0
	%349 = extractvalue { float, float, float, float } %347, 1
	%350 = extractvalue { float, float, float, float } %347, 2
	%351 = extractvalue { float, float, float, float } %347, 3
	%352 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %345, i32 %346, float %288, float %289, float %290, float %291)
	%353 = extractvalue { float, float, float, float } %352, 0
	%354 = extractvalue { float, float, float, float } %352, 1
	%355 = extractvalue { float, float, float, float } %352, 2
	%356 = extractvalue { float, float, float, float } %352, 3
	%357 = add i32 %340, 2048
	%358 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %357)
	%359 = extractvalue { i32, i32, i32, i32 } %358, 0
	%360 = extractvalue { i32, i32, i32, i32 } %358, 1
	%361 = extractvalue { i32, i32, i32, i32 } %358, 2
	%362 = extractvalue { i32, i32, i32, i32 } %358, 3
	%363 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %359, i32 %360, float %299, float %300, float %301, float %302)
	%364 = extractvalue { float, float, float, float } %363, 0
	%365 = extractvalue { float, float, float, float } %363, 1
	%366 = extractvalue { float, float, float, float } %363, 2
	%367 = extractvalue { float, float, float, float } %363, 3
	%368 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %361, i32 %362, float %304, float %305, float %306, float %307)
	%369 = extractvalue { float, float, float, float } %368, 0
	%370 = extractvalue { float, float, float, float } %368, 1
	%371 = extractvalue { float, float, float, float } %368, 2
	%372 = extractvalue { float, float, float, float } %368, 3
	%373 = add i32 %340, u0x1000
	%374 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %373)
	%375 = extractvalue { i32, i32, i32, i32 } %374, 0
	%376 = extractvalue { i32, i32, i32, i32 } %374, 1
	%377 = extractvalue { i32, i32, i32, i32 } %374, 2
	%378 = extractvalue { i32, i32, i32, i32 } %374, 3
	%379 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %375, i32 %376, float %315, float %316, float %317, float %318)
	%380 = extractvalue { float, float, float, float } %379, 0
	%381 = extractvalue { float, float, float, float } %379, 1
	%382 = extractvalue { float, float, float, float } %379, 2
	%383 = extractvalue { float, float, float, float } %379, 3
	%384 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %377, i32 %378, float %320, float %321, float %322, float %323)
	%385 = extractvalue { float, float, float, float } %384, 0
	%386 = extractvalue { float, float, float, float } %384, 1
	%387 = extractvalue { float, float, float, float } %384, 2
	%388 = extractvalue { float, float, float, float } %384, 3
	%389 = add i32 %340, 6144
	%390 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %389)
	%391 = extractvalue { i32, i32, i32, i32 } %390, 0
	%392 = extractvalue { i32, i32, i32, i32 } %390, 1
	%393 = extractvalue { i32, i32, i32, i32 } %390, 2
	%394 = extractvalue { i32, i32, i32, i32 } %390, 3
	%395 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %391, i32 %392, float %331, float %332, float %333, float %334)
	%396 = extractvalue { float, float, float, float } %395, 0
	%397 = extractvalue { float, float, float, float } %395, 1
	%398 = extractvalue { float, float, float, float } %395, 2
	%399 = extractvalue { float, float, float, float } %395, 3
	%400 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %393, i32 %394, float %336, float %337, float %338, float %339)
	%401 = extractvalue { float, float, float, float } %400, 0
	%402 = extractvalue { float, float, float, float } %400, 1
	%403 = extractvalue { float, float, float, float } %400, 2
	%404 = extractvalue { float, float, float, float } %400, 3
	%405 = xor i32 %274, 64
	%406 = add i32 %405, 0
	%407 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %406)
	%408 = extractvalue { i32, i32, i32, i32 } %407, 0
	%409 = extractvalue { i32, i32, i32, i32 } %407, 1
	%410 = extractvalue { i32, i32, i32, i32 } %407, 2
	%411 = extractvalue { i32, i32, i32, i32 } %407, 3
	%412 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %408, i32 %409, float %348, float %349, float %350, float %351)
	%413 = extractvalue { float, float, float, float } %412, 0
	%414 = extractvalue { float, float, float, float } %412, 1
	%415 = extractvalue { float, float, float, float } %412, 2
	%416 = extractvalue { float, float, float, float } %412, 3
	%417 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %410, i32 %411, float %353, float %354, float %355, float %356)
	%418 = extractvalue { float, float, float, float } %417, 0
	%419 = extractvalue { float, float, float, float } %417, 1
	%420 = extractvalue { float, float, float, float } %417, 2
	%421 = extractvalue { float, float, float, float } %417, 3
	%422 = add i32 %405, 2048
	%423 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %422)
	%424 = extractvalue { i32, i32, i32, i32 } %423, 0
	%425 = extractvalue { i32, i32, i32, i32 } %423, 1
	%426 = extractvalue { i32, i32, i32, i32 } %423, 2
	%427 = extractvalue { i32, i32, i32, i32 } %423, 3
	%428 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %424, i32 %425, float %364, float %365, float %366, float %367)
	%429 = extractvalue { float, float, float, float } %428, 0
	%430 = extractvalue { float, float, float, float } %428, 1
	%431 = extractvalue { float, float, float, float } %428, 2
	%432 = extractvalue { float, float, float, float } %428, 3
	%433 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %426, i32 %427, float %369, float %370, float %371, float %372)
	%434 = extractvalue { float, float, float, float } %433, 0
	%435 = extractvalue { float, float, float, float } %433, 1
	%436 = extractvalue { float, float, float, float } %433, 2
	%437 = extractvalue { float, float, float, float } %433, 3
	%438 = add i32 %405, u0x1000
	%439 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %438)
	%440 = extractvalue { i32, i32, i32, i32 } %439, 0
	%441 = extractvalue { i32, i32, i32, i32 } %439, 1
	%442 = extractvalue { i32, i32, i32, i32 } %439, 2
	%443 = extractvalue { i32, i32, i32, i32 } %439, 3
	%444 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %440, i32 %441, float %380, float %381, float %382, float %383)
	%445 = extractvalue { float, float, float, float } %444, 0
	%446 = extractvalue { float, float, float, float } %444, 1
	%447 = extractvalue { float, float, float, float } %444, 2
	%448 = extractvalue { float, float, float, float } %444, 3
	%449 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %442, i32 %443, float %385, float %386, float %387, float %388)
	%450 = extractvalue { float, float, float, float } %449, 0
	%451 = extractvalue { float, float, float, float } %449, 1
	%452 = extractvalue { float, float, float, float } %449, 2
	%453 = extractvalue { float, float, float, float } %449, 3
	%454 = add i32 %405, 6144
	%455 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %454)
	%456 = extractvalue { i32, i32, i32, i32 } %455, 0
	%457 = extractvalue { i32, i32, i32, i32 } %455, 1
	%458 = extractvalue { i32, i32, i32, i32 } %455, 2
	%459 = extractvalue { i32, i32, i32, i32 } %455, 3
	%460 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %456, i32 %457, float %396, float %397, float %398, float %399)
	%461 = extractvalue { float, float, float, float } %460, 0
	%462 = extractvalue { float, float, float, float } %460, 1
	%463 = extractvalue { float, float, float, float } %460, 2
	%464 = extractvalue { float, float, float, float } %460, 3
	%465 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %458, i32 %459, float %401, float %402, float %403, float %404)
	%466 = extractvalue { float, float, float, float } %465, 0
	%467 = extractvalue { float, float, float, float } %465, 1
	%468 = extractvalue { float, float, float, float } %465, 2
	%469 = extractvalue { float, float, float, float } %465, 3
	%470 = xor i32 %274, 96
	%471 = add i32 %470, 0
	%472 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %471)
	%473 = extractvalue { i32, i32, i32, i32 } %472, 0
	%474 = extractvalue { i32, i32, i32, i32 } %472, 1
	%475 = extractvalue { i32, i32, i32, i32 } %472, 2
	%476 = extractvalue { i32, i32, i32, i32 } %472, 3
	%477 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %473, i32 %474, float %413, float %414, float %415, float %416)
	%478 = extractvalue { float, float, float, float } %477, 0
	%479 = extractvalue { float, float, float, float } %477, 1
	%480 = extractvalue { float, float, float, float } %477, 2
	%481 = extractvalue { float, float, float, float } %477, 3
	%482 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %475, i32 %476, float %418, float %419, float %420, float %421)
	%483 = extractvalue { float, float, float, float } %482, 0
	%484 = extractvalue { float, float, float, float } %482, 1
	%485 = extractvalue { float, float, float, float } %482, 2
	%486 = extractvalue { float, float, float, float } %482, 3
	%487 = add i32 %470, 2048
	%488 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %487)
	%489 = extractvalue { i32, i32, i32, i32 } %488, 0
	%490 = extractvalue { i32, i32, i32, i32 } %488, 1
	%491 = extractvalue { i32, i32, i32, i32 } %488, 2
	%492 = extractvalue { i32, i32, i32, i32 } %488, 3
	%493 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %489, i32 %490, float %429, float %430, float %431, float %432)
	%494 = extractvalue { float, float, float, float } %493, 0
	%495 = extractvalue { float, float, float, float } %493, 1
	%496 = extractvalue { float, float, float, float } %493, 2
	%497 = extractvalue { float, float, float, float } %493, 3
	%498 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %491, i32 %492, float %434, float %435, float %436, float %437)
	%499 = extractvalue { float, float, float, float } %498, 0
	%500 = extractvalue { float, float, float, float } %498, 1
	%501 = extractvalue { float, float, float, float } %498, 2
	%502 = extractvalue { float, float, float, float } %498, 3
	%503 = add i32 %470, u0x1000
	%504 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %503)
	%505 = extractvalue { i32, i32, i32, i32 } %504, 0
	%506 = extractvalue { i32, i32, i32, i32 } %504, 1
	%507 = extractvalue { i32, i32, i32, i32 } %504, 2
	%508 = extractvalue { i32, i32, i32, i32 } %504, 3
	%509 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %505, i32 %506, float %445, float %446, float %447, float %448)
	%510 = extractvalue { float, float, float, float } %509, 0
	%511 = extractvalue { float, float, float, float } %509, 1
	%512 = extractvalue { float, float, float, float } %509, 2
	%513 = extractvalue { float, float, float, float } %509, 3
	%514 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %507, i32 %508, float %450, float %451, float %452, float %453)
	%515 = extractvalue { float, float, float, float } %514, 0
	%516 = extractvalue { float, float, float, float } %514, 1
	%517 = extractvalue { float, float, float, float } %514, 2
	%518 = extractvalue { float, float, float, float } %514, 3
	%519 = add i32 %470, 6144
	%520 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %519)
	%521 = extractvalue { i32, i32, i32, i32 } %520, 0
	%522 = extractvalue { i32, i32, i32, i32 } %520, 1
	%523 = extractvalue { i32, i32, i32, i32 } %520, 2
	%524 = extractvalue { i32, i32, i32, i32 } %520, 3
	%525 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %521, i32 %522, float %461, float %462, float %463, float %464)
	%526 = extractvalue { float, float, float, float } %525, 0
	%527 = extractvalue { float, float, float, float } %525, 1
	%528 = extractvalue { float, float, float, float } %525, 2
	%529 = extractvalue { float, float, float, float } %525, 3
	%530 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %523, i32 %524, float %466, float %467, float %468, float %469)
	%531 = extractvalue { float, float, float, float } %530, 0
	%532 = extractvalue { float, float, float, float } %530, 1
	%533 = extractvalue { float, float, float, float } %530, 2
	%534 = extractvalue { float, float, float, float } %530, 3
	%535 = mul i32 %3, 16
	%536 = add i32 %24, %535
	%537 = add i32 %5, 0
	%538 = add i32 %536, %537
	%539 = mul i32 %3, 16
	%540 = add i32 %24, %539
	%541 = add i32 %5, 8
	%542 = add i32 %540, %541
	%543 = sitofp i32 %22 to float
	%544 = icmp ne i8 %188, 2
	br i1 %544, label %partial, label %softmax

epilogue:
	%545 = phi float [ 0.0, %entry ], [ %1202, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1254, %pv ]
	%547 = phi i32 [ 0, %entry ], [ %1323, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1675, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1676, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1677, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1678, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1680, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1681, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %1682, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %1683, %pv ]
	%556 = phi float [ 0.0, %entry ], [ %1692, %pv ]
	%557 = phi float [ 0.0, %entry ], [ %1693, %pv ]
	%558 = phi float [ 0.0, %entry ], [ %1694, %pv ]
	%559 = phi float [ 0.0, %entry ], [ %1695, %pv ]
	%560 = phi float [ 0.0, %entry ], [ %1697, %pv ]
	%561 = phi float [ 0.0, %entry ], [ %1698, %pv ]
	%562 = phi float [ 0.0, %entry ], [ %1699, %pv ]
	%563 = phi float [ 0.0, %entry ], [ %1700, %pv ]
	%564 = phi float [ 0.0, %entry ], [ %1709, %pv ]
	%565 = phi float [ 0.0, %entry ], [ %1710, %pv ]
	%566 = phi float [ 0.0, %entry ], [ %1711, %pv ]
	%567 = phi float [ 0.0, %entry ], [ %1712, %pv ]
	%568 = phi float [ 0.0, %entry ], [ %1714, %pv ]
	%569 = phi float [ 0.0, %entry ], [ %1715, %pv ]
	%570 = phi float [ 0.0, %entry ], [ %1716, %pv ]
	%571 = phi float [ 0.0, %entry ], [ %1717, %pv ]
	%572 = phi float [ 0.0, %entry ], [ %1726, %pv ]
	%573 = phi float [ 0.0, %entry ], [ %1727, %pv ]
	%574 = phi float [ 0.0, %entry ], [ %1728, %pv ]
	%575 = phi float [ 0.0, %entry ], [ %1729, %pv ]
	%576 = phi float [ 0.0, %entry ], [ %1731, %pv ]
	%577 = phi float [ 0.0, %entry ], [ %1732, %pv ]
	%578 = phi float [ 0.0, %entry ], [ %1733, %pv ]
	%579 = phi float [ 0.0, %entry ], [ %1734, %pv ]
	%580 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %545, i32 1, i32 31)
	%581 = fadd float %545, %580
	%582 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %581, i32 2, i32 31)
	%583 = fadd float %581, %582
	%584 = fcmp ogt float %583, 0.0
	%585 = fdiv float 1.0, %583
	%586 = select i1 %584, float %585, float 0.0
	%587 = mul i32 %3, 16
	%588 = add i32 %24, %587
	%589 = add i32 %5, 0
	%590 = add i32 %588, %589
	%591 = fmul float %548, %586
	%592 = fmul float %549, %586
	%593 = fmul float %552, %586
	%594 = fmul float %553, %586
	%595 = fmul float %556, %586
	%596 = fmul float %557, %586
	%597 = fmul float %560, %586
	%598 = fmul float %561, %586
	%599 = fmul float %564, %586
	%600 = fmul float %565, %586
	%601 = fmul float %568, %586
	%602 = fmul float %569, %586
	%603 = fmul float %572, %586
	%604 = fmul float %573, %586
	%605 = fmul float %576, %586
	%606 = fmul float %577, %586
	%607 = icmp slt i32 %590, %M
	br i1 %607, label %store0, label %stored0

partial:
	%608 = shl i32 %6, 1
	%609 = add i32 0, %608
	%610 = add i32 %225, %609
	%611 = icmp slt i32 %610, %N
	%612 = select i1 %611, i32 %610, i32 0
	%613 = sitofp i32 %538 to float
	%614 = sitofp i32 %612 to float
	%615 = fcmp ole float %614, %613
	%616 = uitofp i1 %615 to float
	%617 = fcmp une float %616, 0.0
	%618 = and i1 %611, %617
	%619 = select i1 %618, float %478, float 0xFFF0000000000000
	%620 = shl i32 %6, 1
	%621 = add i32 1, %620
	%622 = add i32 %225, %621
	%623 = icmp slt i32 %622, %N
	%624 = select i1 %623, i32 %622, i32 0
	%625 = sitofp i32 %538 to float
	%626 = sitofp i32 %624 to float
	%627 = fcmp ole float %626, %625
	%628 = uitofp i1 %627 to float
	%629 = fcmp une float %628, 0.0
	%630 = and i1 %623, %629
	%631 = select i1 %630, float %479, float 0xFFF0000000000000
	%632 = shl i32 %6, 1
	%633 = add i32 0, %632
	%634 = add i32 %225, %633
	%635 = icmp slt i32 %634, %N
	%636 = select i1 %635, i32 %634, i32 0
	%637 = sitofp i32 %542 to float
	%638 = sitofp i32 %636 to float
	%639 = fcmp ole float %638, %637
	%640 = uitofp i1 %639 to float
	%641 = fcmp une float %640, 0.0
	%642 = and i1 %635, %641
	%643 = select i1 %642, float %480, float 0xFFF0000000000000
	%644 = shl i32 %6, 1
	%645 = add i32 1, %644
	%646 = add i32 %225, %645
	%647 = icmp slt i32 %646, %N
	%648 = select i1 %647, i32 %646, i32 0
	%649 = sitofp i32 %542 to float
	%650 = sitofp i32 %648 to float
	%651 = fcmp ole float %650, %649
	%652 = uitofp i1 %651 to float
	%653 = fcmp une float %652, 0.0
	%654 = and i1 %647, %653
	%655 = select i1 %654, float %481, float 0xFFF0000000000000
	%656 = shl i32 %6, 1
	%657 = add i32 8, %656
	%658 = add i32 %225, %657
	%659 = icmp slt i32 %658, %N
	%660 = select i1 %659, i32 %658, i32 0
	%661 = sitofp i32 %538 to float
	%662 = sitofp i32 %660 to float
	%663 = fcmp ole float %662, %661
	%664 = uitofp i1 %663 to float
	%665 = fcmp une float %664, 0.0
	%666 = and i1 %659, %665
	%667 = select i1 %666, float %483, float 0xFFF0000000000000
	%668 = shl i32 %6, 1
	%669 = add i32 9, %668
	%670 = add i32 %225, %669
	%671 = icmp slt i32 %670, %N
	%672 = select i1 %671, i32 %670, i32 0
	%673 = sitofp i32 %538 to float
	%674 = sitofp i32 %672 to float
	%675 = fcmp ole float %674, %673
	%676 = uitofp i1 %675 to float
	%677 = fcmp une float %676, 0.0
	%678 = and i1 %671, %677
	%679 = select i1 %678, float %484, float 0xFFF0000000000000
	%680 = shl i32 %6, 1
	%681 = add i32 8, %680
	%682 = add i32 %225, %681
	%683 = icmp slt i32 %682, %N
	%684 = select i1 %683, i32 %682, i32 0
	%685 = sitofp i32 %542 to float
	%686 = sitofp i32 %684 to float
	%687 = fcmp ole float %686, %685
	%688 = uitofp i1 %687 to float
	%689 = fcmp une float %688, 0.0
	%690 = and i1 %683, %689
	%691 = select i1 %690, float %485, float 0xFFF0000000000000
	%692 = shl i32 %6, 1
	%693 = add i32 9, %692
	%694 = add i32 %225, %693
	%695 = icmp slt i32 %694, %N
	%696 = select i1 %695, i32 %694, i32 0
	%697 = sitofp i32 %542 to float
	%698 = sitofp i32 %696 to float
	%699 = fcmp ole float %698, %697
	%700 = uitofp i1 %699 to float
	%701 = fcmp une float %700, 0.0
	%702 = and i1 %695, %701
	%703 = select i1 %702, float %486, float 0xFFF0000000000000
	%704 = shl i32 %6, 1
	%705 = add i32 16, %704
	%706 = add i32 %225, %705
	%707 = icmp slt i32 %706, %N
	%708 = select i1 %707, i32 %706, i32 0
	%709 = sitofp i32 %538 to float
	%710 = sitofp i32 %708 to float
	%711 = fcmp ole float %710, %709
	%712 = uitofp i1 %711 to float
	%713 = fcmp une float %712, 0.0
	%714 = and i1 %707, %713
	%715 = select i1 %714, float %494, float 0xFFF0000000000000
	%716 = shl i32 %6, 1
	%717 = add i32 17, %716
	%718 = add i32 %225, %717
	%719 = icmp slt i32 %718, %N
	%720 = select i1 %719, i32 %718, i32 0
	%721 = sitofp i32 %538 to float
	%722 = sitofp i32 %720 to float
	%723 = fcmp ole float %722, %721
	%724 = uitofp i1 %723 to float
	%725 = fcmp une float %724, 0.0
	%726 = and i1 %719, %725
	%727 = select i1 %726, float %495, float 0xFFF0000000000000
	%728 = shl i32 %6, 1
	%729 = add i32 16, %728
	%730 = add i32 %225, %729
	%731 = icmp slt i32 %730, %N
	%732 = select i1 %731, i32 %730, i32 0
	%733 = sitofp i32 %542 to float
	%734 = sitofp i32 %732 to float
	%735 = fcmp ole float %734, %733
	%736 = uitofp i1 %735 to float
	%737 = fcmp une float %736, 0.0
	%738 = and i1 %731, %737
	%739 = select i1 %738, float %496, float 0xFFF0000000000000
	%740 = shl i32 %6, 1
	%741 = add i32 17, %740
	%742 = add i32 %225, %741
	%743 = icmp slt i32 %742, %N
	%744 = select i1 %743, i32 %742, i32 0
	%745 = sitofp i32 %542 to float
	%746 = sitofp i32 %744 to float
	%747 = fcmp ole float %746, %745
	%748 = uitofp i1 %747 to float
	%749 = fcmp une float %748, 0.0
	%750 = and i1 %743, %749
	%751 = select i1 %750, float %497, float 0xFFF0000000000000
	%752 = shl i32 %6, 1
	%753 = add i32 24, %752
	%754 = add i32 %225, %753
	%755 = icmp slt i32 %754, %N
	%756 = select i1 %755, i32 %754, i32 0
	%757 = sitofp i32 %538 to float
	%758 = sitofp i32 %756 to float
	%759 = fcmp ole float %758, %757
	%760 = uitofp i1 %759 to float
	%761 = fcmp une float %760, 0.0
	%762 = and i1 %755, %761
	%763 = select i1 %762, float %499, float 0xFFF0000000000000
	%764 = shl i32 %6, 1
	%765 = add i32 25, %764
	%766 = add i32 %225, %765
	%767 = icmp slt i32 %766, %N
	%768 = select i1 %767, i32 %766, i32 0
	%769 = sitofp i32 %538 to float
	%770 = sitofp i32 %768 to float
	%771 = fcmp ole float %770, %769
	%772 = uitofp i1 %771 to float
	%773 = fcmp une float %772, 0.0
	%774 = and i1 %767, %773
	%775 = select i1 %774, float %500, float 0xFFF0000000000000
	%776 = shl i32 %6, 1
	%777 = add i32 24, %776
	%778 = add i32 %225, %777
	%779 = icmp slt i32 %778, %N
	%780 = select i1 %779, i32 %778, i32 0
	%781 = sitofp i32 %542 to float
	%782 = sitofp i32 %780 to float
	%783 = fcmp ole float %782, %781
	%784 = uitofp i1 %783 to float
	%785 = fcmp une float %784, 0.0
	%786 = and i1 %779, %785
	%787 = select i1 %786, float %501, float 0xFFF0000000000000
	%788 = shl i32 %6, 1
	%789 = add i32 25, %788
	%790 = add i32 %225, %789
	%791 = icmp slt i32 %790, %N
	%792 = select i1 %791, i32 %790, i32 0
	%793 = sitofp i32 %542 to float
	%794 = sitofp i32 %792 to float
	%795 = fcmp ole float %794, %793
	%796 = uitofp i1 %795 to float
	%797 = fcmp une float %796, 0.0
	%798 = and i1 %791, %797
	%799 = select i1 %798, float %502, float 0xFFF0000000000000
	%800 = shl i32 %6, 1
	%801 = add i32 32, %800
	%802 = add i32 %225, %801
	%803 = icmp slt i32 %802, %N
	%804 = select i1 %803, i32 %802, i32 0
	%805 = sitofp i32 %538 to float
	%806 = sitofp i32 %804 to float
	%807 = fcmp ole float %806, %805
	%808 = uitofp i1 %807 to float
	%809 = fcmp une float %808, 0.0
	%810 = and i1 %803, %809
	%811 = select i1 %810, float %510, float 0xFFF0000000000000
	%812 = shl i32 %6, 1
	%813 = add i32 33, %812
	%814 = add i32 %225, %813
	%815 = icmp slt i32 %814, %N
	%816 = select i1 %815, i32 %814, i32 0
	%817 = sitofp i32 %538 to float
	%818 = sitofp i32 %816 to float
	%819 = fcmp ole float %818, %817
	%820 = uitofp i1 %819 to float
	%821 = fcmp une float %820, 0.0
	%822 = and i1 %815, %821
	%823 = select i1 %822, float %511, float 0xFFF0000000000000
	%824 = shl i32 %6, 1
	%825 = add i32 32, %824
	%826 = add i32 %225, %825
	%827 = icmp slt i32 %826, %N
	%828 = select i1 %827, i32 %826, i32 0
	%829 = sitofp i32 %542 to float
	%830 = sitofp i32 %828 to float
	%831 = fcmp ole float %830, %829
	%832 = uitofp i1 %831 to float
	%833 = fcmp une float %832, 0.0
	%834 = and i1 %827, %833
	%835 = select i1 %834, float %512, float 0xFFF0000000000000
	%836 = shl i32 %6, 1
	%837 = add i32 33, %836
	%838 = add i32 %225, %837
	%839 = icmp slt i32 %838, %N
	%840 = select i1 %839, i32 %838, i32 0
	%841 = sitofp i32 %542 to float
	%842 = sitofp i32 %840 to float
	%843 = fcmp ole float %842, %841
	%844 = uitofp i1 %843 to float
	%845 = fcmp une float %844, 0.0
	%846 = and i1 %839, %845
	%847 = select i1 %846, float %513, float 0xFFF0000000000000
	%848 = shl i32 %6, 1
	%849 = add i32 40, %848
	%850 = add i32 %225, %849
	%851 = icmp slt i32 %850, %N
	%852 = select i1 %851, i32 %850, i32 0
	%853 = sitofp i32 %538 to float
	%854 = sitofp i32 %852 to float
	%855 = fcmp ole float %854, %853
	%856 = uitofp i1 %855 to float
	%857 = fcmp une float %856, 0.0
	%858 = and i1 %851, %857
	%859 = select i1 %858, float %515, float 0xFFF0000000000000
	%860 = shl i32 %6, 1
	%861 = add i32 41, %860
	%862 = add i32 %225, %861
	%863 = icmp slt i32 %862, %N
	%864 = select i1 %863, i32 %862, i32 0
	%865 = sitofp i32 %538 to float
	%866 = sitofp i32 %864 to float
	%867 = fcmp ole float %866, %865
	%868 = uitofp i1 %867 to float
	%869 = fcmp une float %868, 0.0
	%870 = and i1 %863, %869
	%871 = select i1 %870, float %516, float 0xFFF0000000000000
	%872 = shl i32 %6, 1
	%873 = add i32 40, %872
	%874 = add i32 %225, %873
	%875 = icmp slt i32 %874, %N
	%876 = select i1 %875, i32 %874, i32 0
	%877 = sitofp i32 %542 to float
	%878 = sitofp i32 %876 to float
	%879 = fcmp ole float %878, %877
	%880 = uitofp i1 %879 to float
	%881 = fcmp une float %880, 0.0
	%882 = and i1 %875, %881
	%883 = select i1 %882, float %517, float 0xFFF0000000000000
	%884 = shl i32 %6, 1
	%885 = add i32 41, %884
	%886 = add i32 %225, %885
	%887 = icmp slt i32 %886, %N
	%888 = select i1 %887, i32 %886, i32 0
	%889 = sitofp i32 %542 to float
	%890 = sitofp i32 %888 to float
	%891 = fcmp ole float %890, %889
	%892 = uitofp i1 %891 to float
	%893 = fcmp une float %892, 0.0
	%894 = and i1 %887, %893
	%895 = select i1 %894, float %518, float 0xFFF0000000000000
	%896 = shl i32 %6, 1
	%897 = add i32 48, %896
	%898 = add i32 %225, %897
	%899 = icmp slt i32 %898, %N
	%900 = select i1 %899, i32 %898, i32 0
	%901 = sitofp i32 %538 to float
	%902 = sitofp i32 %900 to float
	%903 = fcmp ole float %902, %901
	%904 = uitofp i1 %903 to float
	%905 = fcmp une float %904, 0.0
	%906 = and i1 %899, %905
	%907 = select i1 %906, float %526, float 0xFFF0000000000000
	%908 = shl i32 %6, 1
	%909 = add i32 49, %908
	%910 = add i32 %225, %909
	%911 = icmp slt i32 %910, %N
	%912 = select i1 %911, i32 %910, i32 0
	%913 = sitofp i32 %538 to float
	%914 = sitofp i32 %912 to float
	%915 = fcmp ole float %914, %913
	%916 = uitofp i1 %915 to float
	%917 = fcmp une float %916, 0.0
	%918 = and i1 %911, %917
	%919 = select i1 %918, float %527, float 0xFFF0000000000000
	%920 = shl i32 %6, 1
	%921 = add i32 48, %920
	%922 = add i32 %225, %921
	%923 = icmp slt i32 %922, %N
	%924 = select i1 %923, i32 %922, i32 0
	%925 = sitofp i32 %542 to float
	%926 = sitofp i32 %924 to float
	%927 = fcmp ole float %926, %925
	%928 = uitofp i1 %927 to float
	%929 = fcmp une float %928, 0.0
	%930 = and i1 %923, %929
	%931 = select i1 %930, float %528, float 0xFFF0000000000000
	%932 = shl i32 %6, 1
	%933 = add i32 49, %932
	%934 = add i32 %225, %933
	%935 = icmp slt i32 %934, %N
	%936 = select i1 %935, i32 %934, i32 0
	%937 = sitofp i32 %542 to float
	%938 = sitofp i32 %936 to float
	%939 = fcmp ole float %938, %937
	%940 = uitofp i1 %939 to float
	%941 = fcmp une float %940, 0.0
	%942 = and i1 %935, %941
	%943 = select i1 %942, float %529, float 0xFFF0000000000000
	%944 = shl i32 %6, 1
	%945 = add i32 56, %944
	%946 = add i32 %225, %945
	%947 = icmp slt i32 %946, %N
	%948 = select i1 %947, i32 %946, i32 0
	%949 = sitofp i32 %538 to float
	%950 = sitofp i32 %948 to float
	%951 = fcmp ole float %950, %949
	%952 = uitofp i1 %951 to float
	%953 = fcmp une float %952, 0.0
	%954 = and i1 %947, %953
	%955 = select i1 %954, float %531, float 0xFFF0000000000000
	%956 = shl i32 %6, 1
	%957 = add i32 57, %956
	%958 = add i32 %225, %957
	%959 = icmp slt i32 %958, %N
	%960 = select i1 %959, i32 %958, i32 0
	%961 = sitofp i32 %538 to float
	%962 = sitofp i32 %960 to float
	%963 = fcmp ole float %962, %961
	%964 = uitofp i1 %963 to float
	%965 = fcmp une float %964, 0.0
	%966 = and i1 %959, %965
	%967 = select i1 %966, float %532, float 0xFFF0000000000000
	%968 = shl i32 %6, 1
	%969 = add i32 56, %968
	%970 = add i32 %225, %969
	%971 = icmp slt i32 %970, %N
	%972 = select i1 %971, i32 %970, i32 0
	%973 = sitofp i32 %542 to float
	%974 = sitofp i32 %972 to float
	%975 = fcmp ole float %974, %973
	%976 = uitofp i1 %975 to float
	%977 = fcmp une float %976, 0.0
	%978 = and i1 %971, %977
	%979 = select i1 %978, float %533, float 0xFFF0000000000000
	%980 = shl i32 %6, 1
	%981 = add i32 57, %980
	%982 = add i32 %225, %981
	%983 = icmp slt i32 %982, %N
	%984 = select i1 %983, i32 %982, i32 0
	%985 = sitofp i32 %542 to float
	%986 = sitofp i32 %984 to float
	%987 = fcmp ole float %986, %985
	%988 = uitofp i1 %987 to float
	%989 = fcmp une float %988, 0.0
	%990 = and i1 %983, %989
	%991 = select i1 %990, float %534, float 0xFFF0000000000000
	br label %softmax

softmax:
	%992 = phi float [ %478, %loop ], [ %619, %partial ]
	%993 = phi float [ %479, %loop ], [ %631, %partial ]
	%994 = phi float [ %480, %loop ], [ %643, %partial ]
	%995 = phi float [ %481, %loop ], [ %655, %partial ]
	%996 = phi float [ %483, %loop ], [ %667, %partial ]
	%997 = phi float [ %484, %loop ], [ %679, %partial ]
	%998 = phi float [ %485, %loop ], [ %691, %partial ]
	%999 = phi float [ %486, %loop ], [ %703, %partial ]
	%1000 = phi float [ %494, %loop ], [ %715, %partial ]
	%1001 = phi float [ %495, %loop ], [ %727, %partial ]
	%1002 = phi float [ %496, %loop ], [ %739, %partial ]
	%1003 = phi float [ %497, %loop ], [ %751, %partial ]
	%1004 = phi float [ %499, %loop ], [ %763, %partial ]
	%1005 = phi float [ %500, %loop ], [ %775, %partial ]
	%1006 = phi float [ %501, %loop ], [ %787, %partial ]
	%1007 = phi float [ %502, %loop ], [ %799, %partial ]
	%1008 = phi float [ %510, %loop ], [ %811, %partial ]
	%1009 = phi float [ %511, %loop ], [ %823, %partial ]
	%1010 = phi float [ %512, %loop ], [ %835, %partial ]
	%1011 = phi float [ %513, %loop ], [ %847, %partial ]
	%1012 = phi float [ %515, %loop ], [ %859, %partial ]
	%1013 = phi float [ %516, %loop ], [ %871, %partial ]
	%1014 = phi float [ %517, %loop ], [ %883, %partial ]
	%1015 = phi float [ %518, %loop ], [ %895, %partial ]
	%1016 = phi float [ %526, %loop ], [ %907, %partial ]
	%1017 = phi float [ %527, %loop ], [ %919, %partial ]
	%1018 = phi float [ %528, %loop ], [ %931, %partial ]
	%1019 = phi float [ %529, %loop ], [ %943, %partial ]
	%1020 = phi float [ %531, %loop ], [ %955, %partial ]
	%1021 = phi float [ %532, %loop ], [ %967, %partial ]
	%1022 = phi float [ %533, %loop ], [ %979, %partial ]
	%1023 = phi float [ %534, %loop ], [ %991, %partial ]
	%1024 = call float @llvm.nvvm.fmax.f(float %992, float %993)
	%1025 = call float @llvm.nvvm.fmax.f(float %996, float %997)
	%1026 = call float @llvm.nvvm.fmax.f(float %1000, float %1001)
	%1027 = call float @llvm.nvvm.fmax.f(float %1004, float %1005)
	%1028 = call float @llvm.nvvm.fmax.f(float %1008, float %1009)
	%1029 = call float @llvm.nvvm.fmax.f(float %1012, float %1013)
	%1030 = call float @llvm.nvvm.fmax.f(float %1016, float %1017)
	%1031 = call float @llvm.nvvm.fmax.f(float %1020, float %1021)
	%1032 = call float @llvm.nvvm.fmax.f(float %1024, float %1025)
	%1033 = call float @llvm.nvvm.fmax.f(float %1026, float %1027)
	%1034 = call float @llvm.nvvm.fmax.f(float %1028, float %1029)
	%1035 = call float @llvm.nvvm.fmax.f(float %1030, float %1031)
	%1036 = call float @llvm.nvvm.fmax.f(float %1032, float %1033)
	%1037 = call float @llvm.nvvm.fmax.f(float %1034, float %1035)
	%1038 = call float @llvm.nvvm.fmax.f(float %1036, float %1037)
	%1039 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1038, i32 1, i32 31)
	%1040 = call float @llvm.nvvm.fmax.f(float %1038, float %1039)
	%1041 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1040, i32 2, i32 31)
	%1042 = call float @llvm.nvvm.fmax.f(float %1040, float %1041)
	%1043 = fmul float %1042, 0x3FC7154760000000
	%1044 = call float @llvm.nvvm.fmax.f(float %221, float %1043)
	%1045 = fadd float %221, 8.0
	%1046 = fcmp ogt float %1044, %1045
	%1047 = or i1 false, %1046
	%1048 = call float @llvm.nvvm.fmax.f(float %994, float %995)
	%1049 = call float @llvm.nvvm.fmax.f(float %998, float %999)
	%1050 = call float @llvm.nvvm.fmax.f(float %1002, float %1003)
	%1051 = call float @llvm.nvvm.fmax.f(float %1006, float %1007)
	%1052 = call float @llvm.nvvm.fmax.f(float %1010, float %1011)
	%1053 = call float @llvm.nvvm.fmax.f(float %1014, float %1015)
	%1054 = call float @llvm.nvvm.fmax.f(float %1018, float %1019)
	%1055 = call float @llvm.nvvm.fmax.f(float %1022, float %1023)
	%1056 = call float @llvm.nvvm.fmax.f(float %1048, float %1049)
	%1057 = call float @llvm.nvvm.fmax.f(float %1050, float %1051)
	%1058 = call float @llvm.nvvm.fmax.f(float %1052, float %1053)
	%1059 = call float @llvm.nvvm.fmax.f(float %1054, float %1055)
	%1060 = call float @llvm.nvvm.fmax.f(float %1056, float %1057)
	%1061 = call float @llvm.nvvm.fmax.f(float %1058, float %1059)
	%1062 = call float @llvm.nvvm.fmax.f(float %1060, float %1061)
	%1063 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1062, i32 1, i32 31)
	%1064 = call float @llvm.nvvm.fmax.f(float %1062, float %1063)
	%1065 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1064, i32 2, i32 31)
	%1066 = call float @llvm.nvvm.fmax.f(float %1064, float %1065)
	%1067 = fmul float %1066, 0x3FC7154760000000
	%1068 = call float @llvm.nvvm.fmax.f(float %223, float %1067)
	%1069 = fadd float %223, 8.0
	%1070 = fcmp ogt float %1068, %1069
	%1071 = or i1 %1047, %1070
	%1072 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1071)
	br i1 %1072, label %1073, label %1116

1073:
	%1074 = fcmp oeq float %1044, 0xFFF0000000000000
	%1075 = select i1 %1074, float 0.0, float %1044
	%1076 = fsub float %221, %1075
	%1077 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1076)
	%1078 = fcmp oeq float %1068, 0xFFF0000000000000
	%1079 = select i1 %1078, float 0.0, float %1068
	%1080 = fsub float %223, %1079
	%1081 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1080)
	%1082 = fmul float %189, %1077
	%1083 = fmul float %190, %1077
	%1084 = fmul float %191, %1081
	%1085 = fmul float %192, %1081
	%1086 = fmul float %193, %1077
	%1087 = fmul float %194, %1077
	%1088 = fmul float %195, %1081
	%1089 = fmul float %196, %1081
	%1090 = fmul float %197, %1077
	%1091 = fmul float %198, %1077
	%1092 = fmul float %199, %1081
	%1093 = fmul float %200, %1081
	%1094 = fmul float %201, %1077
	%1095 = fmul float %202, %1077
	%1096 = fmul float %203, %1081
	%1097 = fmul float %204, %1081
	%1098 = fmul float %205, %1077
	%1099 = fmul float %206, %1077
	%1100 = fmul float %207, %1081
	%1101 = fmul float %208, %1081
	%1102 = fmul float %209, %1077
	%1103 = fmul float %210, %1077
	%1104 = fmul float %211, %1081
	%1105 = fmul float %212, %1081
	%1106 = fmul float %213, %1077
	%1107 = fmul float %214, %1077
	%1108 = fmul float %215, %1081
	%1109 = fmul float %216, %1081
	%1110 = fmul float %217, %1077
	%1111 = fmul float %218, %1077
	%1112 = fmul float %219, %1081
	%1113 = fmul float %220, %1081
	%1114 = fmul float %222, %1077
	%1115 = fmul float %224, %1081
	br label %1116

1116:
	%1117 = phi float [ %189, %softmax ], [ %1082, %1073 ]
	%1118 = phi float [ %190, %softmax ], [ %1083, %1073 ]
	%1119 = phi float [ %191, %softmax ], [ %1084, %1073 ]
	%1120 = phi float [ %192, %softmax ], [ %1085, %1073 ]
	%1121 = phi float [ %193, %softmax ], [ %1086, %1073 ]
	%1122 = phi float [ %194, %softmax ], [ %1087, %1073 ]
	%1123 = phi float [ %195, %softmax ], [ %1088, %1073 ]
	%1124 = phi float [ %196, %softmax ], [ %1089, %1073 ]
	%1125 = phi float [ %197, %softmax ], [ %1090, %1073 ]
	%1126 = phi float [ %198, %softmax ], [ %1091, %1073 ]
	%1127 = phi float [ %199, %softmax ], [ %1092, %1073 ]
	%1128 = phi float [ %200, %softmax ], [ %1093, %1073 ]
	%1129 = phi float [ %201, %softmax ], [ %1094, %1073 ]
	%1130 = phi float [ %202, %softmax ], [ %1095, %1073 ]
	%1131 = phi float [ %203, %softmax ], [ %1096, %1073 ]
	%1132 = phi float [ %204, %softmax ], [ %1097, %1073 ]
	%1133 = phi float [ %205, %softmax ], [ %1098, %1073 ]
	%1134 = phi float [ %206, %softmax ], [ %1099, %1073 ]
	%1135 = phi float [ %207, %softmax ], [ %1100, %1073 ]
	%1136 = phi float [ %208, %softmax ], [ %1101, %1073 ]
	%1137 = phi float [ %209, %softmax ], [ %1102, %1073 ]
	%1138 = phi float [ %210, %softmax ], [ %1103, %1073 ]
	%1139 = phi float [ %211, %softmax ], [ %1104, %1073 ]
	%1140 = phi float [ %212, %softmax ], [ %1105, %1073 ]
	%1141 = phi float [ %213, %softmax ], [ %1106, %1073 ]
	%1142 = phi float [ %214, %softmax ], [ %1107, %1073 ]
	%1143 = phi float [ %215, %softmax ], [ %1108, %1073 ]
	%1144 = phi float [ %216, %softmax ], [ %1109, %1073 ]
	%1145 = phi float [ %217, %softmax ], [ %1110, %1073 ]
	%1146 = phi float [ %218, %softmax ], [ %1111, %1073 ]
	%1147 = phi float [ %219, %softmax ], [ %1112, %1073 ]
	%1148 = phi float [ %220, %softmax ], [ %1113, %1073 ]
	%1149 = phi float [ %222, %softmax ], [ %1114, %1073 ]
	%1150 = phi float [ %224, %softmax ], [ %1115, %1073 ]
	%1151 = select i1 %1072, float %1044, float %221
	%1152 = fcmp oeq float %1151, 0xFFF0000000000000
	%1153 = select i1 %1152, float 0.0, float %1151
	%1154 = fneg float %1153
	%1155 = call float @llvm.fma.f32(float %992, float 0x3FC7154760000000, float %1154)
	%1156 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1155)
	%1157 = call float @llvm.fma.f32(float %993, float 0x3FC7154760000000, float %1154)
	%1158 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1157)
	%1159 = call float @llvm.fma.f32(float %996, float 0x3FC7154760000000, float %1154)
	%1160 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1159)
	%1161 = call float @llvm.fma.f32(float %997, float 0x3FC7154760000000, float %1154)
	%1162 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1161)
	%1163 = call float @llvm.fma.f32(float %1000, float 0x3FC7154760000000, float %1154)
	%1164 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1163)
	%1165 = call float @llvm.fma.f32(float %1001, float 0x3FC7154760000000, float %1154)
	%1166 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1165)
	%1167 = call float @llvm.fma.f32(float %1004, float 0x3FC7154760000000, float %1154)
	%1168 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1167)
	%1169 = call float @llvm.fma.f32(float %1005, float 0x3FC7154760000000, float %1154)
	%1170 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1169)
	%1171 = call float @llvm.fma.f32(float %1008, float 0x3FC7154760000000, float %1154)
	%1172 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1171)
	%1173 = call float @llvm.fma.f32(float %1009, float 0x3FC7154760000000, float %1154)
	%1174 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1173)
	%1175 = call float @llvm.fma.f32(float %1012, float 0x3FC7154760000000, float %1154)
	%1176 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1175)
	%1177 = call float @llvm.fma.f32(float %1013, float 0x3FC7154760000000, float %1154)
	%1178 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1177)
	%1179 = call float @llvm.fma.f32(float %1016, float 0x3FC7154760000000, float %1154)
	%1180 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1179)
	%1181 = call float @llvm.fma.f32(float %1017, float 0x3FC7154760000000, float %1154)
	%1182 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1181)
	%1183 = call float @llvm.fma.f32(float %1020, float 0x3FC7154760000000, float %1154)
	%1184 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1183)
	%1185 = call float @llvm.fma.f32(float %1021, float 0x3FC7154760000000, float %1154)
	%1186 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1185)
	%1187 = fadd float %1156, %1158
	%1188 = fadd float %1160, %1162
	%1189 = fadd float %1164, %1166
	%1190 = fadd float %1168, %1170
	%1191 = fadd float %1172, %1174
	%1192 = fadd float %1176, %1178
	%1193 = fadd float %1180, %1182
	%1194 = fadd float %1184, %1186
	%1195 = fadd float %1187, %1188
	%1196 = fadd float %1189, %1190
	%1197 = fadd float %1191, %1192
	%1198 = fadd float %1193, %1194
	%1199 = fadd float %1195, %1196
	%1200 = fadd float %1197, %1198
	%1201 = fadd float %1199, %1200
	%1202 = fadd float %1149, %1201
	%1203 = select i1 %1072, float %1068, float %223
	%1204 = fcmp oeq float %1203, 0xFFF0000000000000
	%1205 = select i1 %1204, float 0.0, float %1203
	%1206 = fneg float %1205
	%1207 = call float @llvm.fma.f32(float %994, float 0x3FC7154760000000, float %1206)
	%1208 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1207)
	%1209 = call float @llvm.fma.f32(float %995, float 0x3FC7154760000000, float %1206)
	%1210 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1209)
	%1211 = call float @llvm.fma.f32(float %998, float 0x3FC7154760000000, float %1206)
	%1212 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1211)
	%1213 = call float @llvm.fma.f32(float %999, float 0x3FC7154760000000, float %1206)
	%1214 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1213)
	%1215 = call float @llvm.fma.f32(float %1002, float 0x3FC7154760000000, float %1206)
	%1216 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1215)
	%1217 = call float @llvm.fma.f32(float %1003, float 0x3FC7154760000000, float %1206)
	%1218 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1217)
	%1219 = call float @llvm.fma.f32(float %1006, float 0x3FC7154760000000, float %1206)
	%1220 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1219)
	%1221 = call float @llvm.fma.f32(float %1007, float 0x3FC7154760000000, float %1206)
	%1222 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1221)
	%1223 = call float @llvm.fma.f32(float %1010, float 0x3FC7154760000000, float %1206)
	%1224 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1223)
	%1225 = call float @llvm.fma.f32(float %1011, float 0x3FC7154760000000, float %1206)
	%1226 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1225)
	%1227 = call float @llvm.fma.f32(float %1014, float 0x3FC7154760000000, float %1206)
	%1228 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1227)
	%1229 = call float @llvm.fma.f32(float %1015, float 0x3FC7154760000000, float %1206)
	%1230 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1229)
	%1231 = call float @llvm.fma.f32(float %1018, float 0x3FC7154760000000, float %1206)
	%1232 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1231)
	%1233 = call float @llvm.fma.f32(float %1019, float 0x3FC7154760000000, float %1206)
	%1234 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1233)
	%1235 = call float @llvm.fma.f32(float %1022, float 0x3FC7154760000000, float %1206)
	%1236 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1235)
	%1237 = call float @llvm.fma.f32(float %1023, float 0x3FC7154760000000, float %1206)
	%1238 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1237)
	%1239 = fadd float %1208, %1210
	%1240 = fadd float %1212, %1214
	%1241 = fadd float %1216, %1218
	%1242 = fadd float %1220, %1222
	%1243 = fadd float %1224, %1226
	%1244 = fadd float %1228, %1230
	%1245 = fadd float %1232, %1234
	%1246 = fadd float %1236, %1238
	%1247 = fadd float %1239, %1240
	%1248 = fadd float %1241, %1242
	%1249 = fadd float %1243, %1244
	%1250 = fadd float %1245, %1246
	%1251 = fadd float %1247, %1248
	%1252 = fadd float %1249, %1250
	%1253 = fadd float %1251, %1252
	%1254 = fadd float %1150, %1253
	%1255 = icmp eq i32 %6, 0
	%1256 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1201, i32 1, i32 31)
	%1257 = fadd float %1201, %1256
	%1258 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1257, i32 2, i32 31)
	%1259 = fadd float %1257, %1258
	%1260 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1202, i32 1, i32 31)
	%1261 = fadd float %1202, %1260
	%1262 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1261, i32 2, i32 31)
	%1263 = fadd float %1261, %1262
	%1264 = fcmp ogt float %1263, 0.0
	%1265 = icmp slt i32 %538, %M
	%1266 = and i1 %1264, %1265
	%1267 = select i1 %1266, float %1263, float 1.0
	%1268 = fdiv float %1259, %1267
	%1269 = and i1 %1266, %1255
	%1270 = fadd float 0.0, %1268
	%1271 = select i1 %1269, float %1270, float 0.0
	%1272 = and i1 %1266, %1255
	%1273 = fadd float 0.0, 1.0
	%1274 = select i1 %1272, float %1273, float 0.0
	%1275 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1253, i32 1, i32 31)
	%1276 = fadd float %1253, %1275
	%1277 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1276, i32 2, i32 31)
	%1278 = fadd float %1276, %1277
	%1279 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1254, i32 1, i32 31)
	%1280 = fadd float %1254, %1279
	%1281 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1280, i32 2, i32 31)
	%1282 = fadd float %1280, %1281
	%1283 = fcmp ogt float %1282, 0.0
	%1284 = icmp slt i32 %542, %M
	%1285 = and i1 %1283, %1284
	%1286 = select i1 %1285, float %1282, float 1.0
	%1287 = fdiv float %1278, %1286
	%1288 = and i1 %1285, %1255
	%1289 = fadd float %1271, %1287
	%1290 = select i1 %1288, float %1289, float %1271
	%1291 = and i1 %1285, %1255
	%1292 = fadd float %1274, 1.0
	%1293 = select i1 %1291, float %1292, float %1274
	%1294 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1290, i32 16, i32 31)
	%1295 = fadd float %1290, %1294
	%1296 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1293, i32 16, i32 31)
	%1297 = fadd float %1293, %1296
	%1298 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1295, i32 8, i32 31)
	%1299 = fadd float %1295, %1298
	%1300 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1297, i32 8, i32 31)
	%1301 = fadd float %1297, %1300
	%1302 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1299, i32 4, i32 31)
	%1303 = fadd float %1299, %1302
	%1304 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1301, i32 4, i32 31)
	%1305 = fadd float %1301, %1304
	%1306 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1303, i32 2, i32 31)
	%1307 = fadd float %1303, %1306
	%1308 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1305, i32 2, i32 31)
	%1309 = fadd float %1305, %1308
	%1310 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1307, i32 1, i32 31)
	%1311 = fadd float %1307, %1310
	%1312 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1309, i32 1, i32 31)
	%1313 = fadd float %1309, %1312
	%1314 = icmp eq i32 %4, 0
	br i1 %1314, label %1315, label %1322

1315:
	%1316 = mul i32 %3, 2
	%1317 = add i32 %1316, 0
	%1318 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1317
	store float %1311, float addrspace(3)* %1318
	%1319 = mul i32 %3, 2
	%1320 = add i32 %1319, 1
	%1321 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1320
	store float %1313, float addrspace(3)* %1321
	br label %1322

1322:
	%1323 = add i32 %185, 1
	%1324 = icmp sge i32 %187, 0
	%1325 = add i32 %185, 2
	%1326 = icmp slt i32 %1325, %NK
	%1327 = and i1 %1324, %1326
	%1328 = select i1 %1327, i32 %1325, i32 0
	%1329 = add i32 %41, %1328
	%1330 = sext i32 %1329 to i64
	%1331 = getelementptr i32, i32* %list, i64 %1330
	%1332 = load i32, i32* %1331
	%1333 = select i1 %1327, i32 %1332, i32 -1
	%1334 = icmp sge i32 %187, 0
	%1335 = icmp slt i32 %187, %NK
	%1336 = and i1 %1334, %1335
	%1337 = select i1 %1336, i32 %187, i32 0
	%1338 = add i32 %45, %1337
	%1339 = sext i32 %1338 to i64
	%1340 = getelementptr i8, i8* %cls, i64 %1339
	%1341 = load i8, i8* %1340
	%1342 = add i32 %NK, %185
	%1343 = add i32 %41, %1342
	%1344 = sext i32 %1343 to i64
	%1345 = getelementptr i32, i32* %list, i64 %1344
	%1346 = load i32, i32* %1345
	%1347 = icmp eq i32 %1346, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%1348 = mul i32 0, 2
	%1349 = add i32 %1348, 0
	%1350 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1349
	%1351 = load float, float addrspace(3)* %1350
	%1352 = fadd float 0.0, %1351
	%1353 = mul i32 0, 2
	%1354 = add i32 %1353, 1
	%1355 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1354
	%1356 = load float, float addrspace(3)* %1355
	%1357 = fadd float 0.0, %1356
	%1358 = mul i32 1, 2
	%1359 = add i32 %1358, 0
	%1360 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1359
	%1361 = load float, float addrspace(3)* %1360
	%1362 = fadd float %1352, %1361
	%1363 = mul i32 1, 2
	%1364 = add i32 %1363, 1
	%1365 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1364
	%1366 = load float, float addrspace(3)* %1365
	%1367 = fadd float %1357, %1366
	%1368 = mul i32 2, 2
	%1369 = add i32 %1368, 0
	%1370 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1369
	%1371 = load float, float addrspace(3)* %1370
	%1372 = fadd float %1362, %1371
	%1373 = mul i32 2, 2
	%1374 = add i32 %1373, 1
	%1375 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1374
	%1376 = load float, float addrspace(3)* %1375
	%1377 = fadd float %1367, %1376
	%1378 = mul i32 3, 2
	%1379 = add i32 %1378, 0
	%1380 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1379
	%1381 = load float, float addrspace(3)* %1380
	%1382 = fadd float %1372, %1381
	%1383 = mul i32 3, 2
	%1384 = add i32 %1383, 1
	%1385 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1384
	%1386 = load float, float addrspace(3)* %1385
	%1387 = fadd float %1377, %1386
	%1388 = fcmp ogt float %1387, 0.0
	%1389 = select i1 %1388, float %1387, float 1.0
	%1390 = fdiv float %1382, %1389
	%1391 = fcmp ogt float %1387, 0.0
	%1392 = and i1 %1347, %1391
	%1393 = fcmp olt float %1390, 0x3F50624DE0000000
	%1394 = and i1 %1392, %1393
	%1395 = xor i1 %1394, true
	%1396 = and i1 %1324, %1395
	br i1 %1396, label %prefetch, label %pv

prefetch:
	%1397 = mul i32 %187, 64
	%1398 = lshr i32 %2, 3
	%1399 = and i32 %2, 7
	%1400 = and i32 %1398, 7
	%1401 = xor i32 %1399, %1400
	%1402 = mul i32 %1398, 8
	%1403 = add i32 %1402, %1401
	%1404 = shl i32 %1403, 4
	%1405 = add i32 %0, %1404
	%1406 = add i32 %1397, %1398
	%1407 = mul i32 %1406, 64
	%1408 = mul i32 %1399, 8
	%1409 = add i32 %1407, %1408
	%1410 = sext i32 %1409 to i64
	%1411 = getelementptr i16, i16* %32, i64 %1410
	%1412 = add i32 %1406, 0
	%1413 = icmp slt i32 %1412, %N
	%1414 = getelementptr i16, i16* %1411, i64 0
	%1415 = select i1 %1413, i16* %1414, i16* %32
	%1416 = add i32 %1405, 0
	%1417 = select i1 %1413, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1416, i16* %1415, i32 %1417)
	%1418 = add i32 %1406, 16
	%1419 = icmp slt i32 %1418, %N
	%1420 = getelementptr i16, i16* %1411, i64 1024
	%1421 = select i1 %1419, i16* %1420, i16* %32
	%1422 = add i32 %1405, 2048
	%1423 = select i1 %1419, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1422, i16* %1421, i32 %1423)
	%1424 = add i32 %1406, 32
	%1425 = icmp slt i32 %1424, %N
	%1426 = getelementptr i16, i16* %1411, i64 2048
	%1427 = select i1 %1425, i16* %1426, i16* %32
	%1428 = add i32 %1405, u0x1000
	%1429 = select i1 %1425, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1428, i16* %1427, i32 %1429)
	%1430 = add i32 %1406, 48
	%1431 = icmp slt i32 %1430, %N
	%1432 = getelementptr i16, i16* %1411, i64 3072
	%1433 = select i1 %1431, i16* %1432, i16* %32
	%1434 = add i32 %1405, 6144
	%1435 = select i1 %1431, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1434, i16* %1433, i32 %1435)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1436 = and i32 %4, 7
	%1437 = lshr i32 %4, 3
	%1438 = and i32 %1437, 1
	%1439 = shl i32 %1438, 3
	%1440 = add i32 %1436, %1439
	%1441 = mul i32 %1440, 128
	%1442 = add i32 %1, %1441
	%1443 = and i32 %4, 7
	%1444 = xor i32 %112, %1443
	%1445 = shl i32 %1444, 4
	%1446 = add i32 %1442, %1445
	%1447 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1158, float %1156)
	%1448 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1210, float %1208)
	%1449 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1162, float %1160)
	%1450 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1214, float %1212)
	%1451 = xor i32 %1446, 0
	%1452 = add i32 %1451, 0
	%1453 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1452)
	%1454 = extractvalue { i32, i32, i32, i32 } %1453, 0
	%1455 = extractvalue { i32, i32, i32, i32 } %1453, 1
	%1456 = extractvalue { i32, i32, i32, i32 } %1453, 2
	%1457 = extractvalue { i32, i32, i32, i32 } %1453, 3
	%1458 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1447, i32 %1448, i32 %1449, i32 %1450, i32 %1454, i32 %1455, float %1117, float %1118, float %1119, float %1120)
	%1459 = extractvalue { float, float, float, float } %1458, 0
	%1460 = extractvalue { float, float, float, float } %1458, 1
	%1461 = extractvalue { float, float, float, float } %1458, 2
	%1462 = extractvalue { float, float, float, float } %1458, 3
	%1463 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1447, i32 %1448, i32 %1449, i32 %1450, i32 %1456, i32 %1457, float %1121, float %1122, float %1123, float %1124)
	%1464 = extractvalue { float, float, float, float } %1463, 0
	%1465 = extractvalue { float, float, float, float } %1463, 1
	%1466 = extractvalue { float, float, float, float } %1463, 2
	%1467 = extractvalue { float, float, float, float } %1463, 3
	%1468 = xor i32 %1446, 32
	%1469 = add i32 %1468, 0
	%1470 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1469)
	%1471 = extractvalue { i32, i32, i32, i32 } %1470, 0
	%1472 = extractvalue { i32, i32, i32, i32 } %1470, 1
	%1473 = extractvalue { i32, i32, i32, i32 } %1470, 2
	%1474 = extractvalue { i32, i32, i32, i32 } %1470, 3
	%1475 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1447, i32 %1448, i32 %1449, i32 %1450, i32 %1471, i32 %1472, float %1125, float %1126, float %1127, float %1128)
	%1476 = extractvalue { float, float, float, float } %1475, 0
	%1477 = extractvalue { float, float, float, float } %1475, 1
	%1478 = extractvalue { float, float, float, float } %1475, 2
	%1479 = extractvalue { float, float, float, float } %1475, 3
	%1480 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1447, i32 %1448, i32 %1449, i32 %1450, i32 %1473, i32 %1474, float %1129, float %1130, float %1131, float %1132)
	%1481 = extractvalue { float, float, float, float } %1480, 0
	%1482 = extractvalue { float, float, float, float } %1480, 1
	%1483 = extractvalue { float, float, float, float } %1480, 2
	%1484 = extractvalue { float, float, float, float } %1480, 3
	%1485 = xor i32 %1446, 64
	%1486 = add i32 %1485, 0
	%1487 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1486)
	%1488 = extractvalue { i32, i32, i32, i32 } %1487, 0
	%1489 = extractvalue { i32, i32, i32, i32 } %1487, 1
	%1490 = extractvalue { i32, i32, i32, i32 } %1487, 2
	%1491 = extractvalue { i32, i32, i32, i32 } %1487, 3
	%1492 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1447, i32 %1448, i32 %1449, i32 %1450, i32 %1488, i32 %1489, float %1133, float %1134, float %1135, float %1136)
	%1493 = extractvalue { float, float, float, float } %1492, 0
	%1494 = extractvalue { float, float, float, float } %1492, 1
	%1495 = extractvalue { float, float, float, float } %1492, 2
	%1496 = extractvalue { float, float, float, float } %1492, 3
	%1497 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1447, i32 %1448, i32 %1449, i32 %1450, i32 %1490, i32 %1491, float %1137, float %1138, float %1139, float %1140)
	%1498 = extractvalue { float, float, float, float } %1497, 0
	%1499 = extractvalue { float, float, float, float } %1497, 1
	%1500 = extractvalue { float, float, float, float } %1497, 2
	%1501 = extractvalue { float, float, float, float } %1497, 3
	%1502 = xor i32 %1446, 96
	%1503 = add i32 %1502, 0
	%1504 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1503)
	%1505 = extractvalue { i32, i32, i32, i32 } %1504, 0
	%1506 = extractvalue { i32, i32, i32, i32 } %1504, 1
	%1507 = extractvalue { i32, i32, i32, i32 } %1504, 2
	%1508 = extractvalue { i32, i32, i32, i32 } %1504, 3
	%1509 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1447, i32 %1448, i32 %1449, i32 %1450, i32 %1505, i32 %1506, float %1141, float %1142, float %1143, float %1144)
	%1510 = extractvalue { float, float, float, float } %1509, 0
	%1511 = extractvalue { float, float, float, float } %1509, 1
	%1512 = extractvalue { float, float, float, float } %1509, 2
	%1513 = extractvalue { float, float, float, float } %1509, 3
	%1514 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1447, i32 %1448, i32 %1449, i32 %1450, i32 %1507, i32 %1508, float %1145, float %1146, float %1147, float %1148)
	%1515 = extractvalue { float, float, float, float } %1514, 0
	%1516 = extractvalue { float, float, float, float } %1514, 1
	%1517 = extractvalue { float, float, float, float } %1514, 2
	%1518 = extractvalue { float, float, float, float } %1514, 3
	%1519 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1166, float %1164)
	%1520 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1218, float %1216)
	%1521 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1170, float %1168)
	%1522 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1222, float %1220)
	%1523 = xor i32 %1446, 0
	%1524 = add i32 %1523, 2048
	%1525 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1524)
	%1526 = extractvalue { i32, i32, i32, i32 } %1525, 0
	%1527 = extractvalue { i32, i32, i32, i32 } %1525, 1
	%1528 = extractvalue { i32, i32, i32, i32 } %1525, 2
	%1529 = extractvalue { i32, i32, i32, i32 } %1525, 3
	%1530 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1519, i32 %1520, i32 %1521, i32 %1522, i32 %1526, i32 %1527, float %1459, float %1460, float %1461, float %1462)
	%1531 = extractvalue { float, float, float, float } %1530, 0
	%1532 = extractvalue { float, float, float, float } %1530, 1
	%1533 = extractvalue { float, float, float, float } %1530, 2
	%1534 = extractvalue { float, float, float, float } %1530, 3
	%1535 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1519, i32 %1520, i32 %1521, i32 %1522, i32 %1528, i32 %1529, float %1464, float %1465, float %1466, float %1467)
	%1536 = extractvalue { float, float, float, float } %1535, 0
	%1537 = extractvalue { float, float, float, float } %1535, 1
	%1538 = extractvalue { float, float, float, float } %1535, 2
	%1539 = extractvalue { float, float, float, float } %1535, 3
	%1540 = xor i32 %1446, 32
	%1541 = add i32 %1540, 2048
	%1542 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1541)
	%1543 = extractvalue { i32, i32, i32, i32 } %1542, 0
	%1544 = extractvalue { i32, i32, i32, i32 } %1542, 1
	%1545 = extractvalue { i32, i32, i32, i32 } %1542, 2
	%1546 = extractvalue { i32, i32, i32, i32 } %1542, 3
	%1547 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1519, i32 %1520, i32 %1521, i32 %1522, i32 %1543, i32 %1544, float %1476, float %1477, float %1478, float %1479)
	%1548 = extractvalue { float, float, float, float } %1547, 0
	%1549 = extractvalue { float, float, float, float } %1547, 1
	%1550 = extractvalue { float, float, float, float } %1547, 2
	%1551 = extractvalue { float, float, float, float } %1547, 3
	%1552 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1519, i32 %1520, i32 %1521, i32 %1522, i32 %1545, i32 %1546, float %1481, float %1482, float %1483, float %1484)
	%1553 = extractvalue { float, float, float, float } %1552, 0
	%1554 = extractvalue { float, float, float, float } %1552, 1
	%1555 = extractvalue { float, float, float, float } %1552, 2
	%1556 = extractvalue { float, float, float, float } %1552, 3
	%1557 = xor i32 %1446, 64
	%1558 = add i32 %1557, 2048
	%1559 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1558)
	%1560 = extractvalue { i32, i32, i32, i32 } %1559, 0
	%1561 = extractvalue { i32, i32, i32, i32 } %1559, 1
	%1562 = extractvalue { i32, i32, i32, i32 } %1559, 2
	%1563 = extractvalue { i32, i32, i32, i32 } %1559, 3
	%1564 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1519, i32 %1520, i32 %1521, i32 %1522, i32 %1560, i32 %1561, float %1493, float %1494, float %1495, float %1496)
	%1565 = extractvalue { float, float, float, float } %1564, 0
	%1566 = extractvalue { float, float, float, float } %1564, 1
	%1567 = extractvalue { float, float, float, float } %1564, 2
	%1568 = extractvalue { float, float, float, float } %1564, 3
	%1569 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1519, i32 %1520, i32 %1521, i32 %1522, i32 %1562, i32 %1563, float %1498, float %1499, float %1500, float %1501)
	%1570 = extractvalue { float, float, float, float } %1569, 0
	%1571 = extractvalue { float, float, float, float } %1569, 1
	%1572 = extractvalue { float, float, float, float } %1569, 2
	%1573 = extractvalue { float, float, float, float } %1569, 3
	%1574 = xor i32 %1446, 96
	%1575 = add i32 %1574, 2048
	%1576 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1575)
	%1577 = extractvalue { i32, i32, i32, i32 } %1576, 0
	%1578 = extractvalue { i32, i32, i32, i32 } %1576, 1
	%1579 = extractvalue { i32, i32, i32, i32 } %1576, 2
	%1580 = extractvalue { i32, i32, i32, i32 } %1576, 3
	%1581 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1519, i32 %1520, i32 %1521, i32 %1522, i32 %1577, i32 %1578, float %1510, float %1511, float %1512, float %1513)
	%1582 = extractvalue { float, float, float, float } %1581, 0
	%1583 = extractvalue { float, float, float, float } %1581, 1
	%1584 = extractvalue { float, float, float, float } %1581, 2
	%1585 = extractvalue { float, float, float, float } %1581, 3
	%1586 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1519, i32 %1520, i32 %1521, i32 %1522, i32 %1579, i32 %1580, float %1515, float %1516, float %1517, float %1518)
	%1587 = extractvalue { float, float, float, float } %1586, 0
	%1588 = extractvalue { float, float, float, float } %1586, 1
	%1589 = extractvalue { float, float, float, float } %1586, 2
	%1590 = extractvalue { float, float, float, float } %1586, 3
	%1591 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1174, float %1172)
	%1592 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1226, float %1224)
	%1593 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1178, float %1176)
	%1594 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1230, float %1228)
	%1595 = xor i32 %1446, 0
	%1596 = add i32 %1595, u0x1000
	%1597 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1596)
	%1598 = extractvalue { i32, i32, i32, i32 } %1597, 0
	%1599 = extractvalue { i32, i32, i32, i32 } %1597, 1
	%1600 = extractvalue { i32, i32, i32, i32 } %1597, 2
	%1601 = extractvalue { i32, i32, i32, i32 } %1597, 3
	%1602 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1591, i32 %1592, i32 %1593, i32 %1594, i32 %1598, i32 %1599, float %1531, float %1532, float %1533, float %1534)
	%1603 = extractvalue { float, float, float, float } %1602, 0
	%1604 = extractvalue { float, float, float, float } %1602, 1
	%1605 = extractvalue { float, float, float, float } %1602, 2
	%1606 = extractvalue { float, float, float, float } %1602, 3
	%1607 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1591, i32 %1592, i32 %1593, i32 %1594, i32 %1600, i32 %1601, float %1536, float %1537, float %1538, float %1539)
	%1608 = extractvalue { float, float, float, float } %1607, 0
	%1609 = extractvalue { float, float, float, float } %1607, 1
	%1610 = extractvalue { float, float, float, float } %1607, 2
	%1611 = extractvalue { float, float, float, float } %1607, 3
	%1612 = xor i32 %1446, 32
	%1613 = add i32 %1612, u0x1000
	%1614 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1613)
	%1615 = extractvalue { i32, i32, i32, i32 } %1614, 0
	%1616 = extractvalue { i32, i32, i32, i32 } %1614, 1
	%1617 = extractvalue { i32, i32, i32, i32 } %1614, 2
	%1618 = extractvalue { i32, i32, i32, i32 } %1614, 3
	%1619 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1591, i32 %1592, i32 %1593, i32 %1594, i32 %1615, i32 %1616, float %1548, float %1549, float %1550, float %1551)
	%1620 = extractvalue { float, float, float, float } %1619, 0
	%1621 = extractvalue { float, float, float, float } %1619, 1
	%1622 = extractvalue { float, float, float, float } %1619, 2
	%1623 = extractvalue { float, float, float, float } %1619, 3
	%1624 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1591, i32 %1592, i32 %1593, i32 %1594, i32 %1617, i32 %1618, float %1553, float %1554, float %1555, float %1556)
	%1625 = extractvalue { float, float, float, float } %1624, 0
	%1626 = extractvalue { float, float, float, float } %1624, 1
	%1627 = extractvalue { float, float, float, float } %1624, 2
	%1628 = extractvalue { float, float, float, float } %1624, 3
	%1629 = xor i32 %1446, 64
	%1630 = add i32 %1629, u0x1000
	%1631 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1630)
	%1632 = extractvalue { i32, i32, i32, i32 } %1631, 0
	%1633 = extractvalue { i32, i32, i32, i32 } %1631, 1
	%1634 = extractvalue { i32, i32, i32, i32 } %1631, 2
	%1635 = extractvalue { i32, i32, i32, i32 } %1631, 3
	%1636 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1591, i32 %1592, i32 %1593, i32 %1594, i32 %1632, i32 %1633, float %1565, float %1566, float %1567, float %1568)
	%1637 = extractvalue { float, float, float, float } %1636, 0
	%1638 = extractvalue { float, float, float, float } %1636, 1
	%1639 = extractvalue { float, float, float, float } %1636, 2
	%1640 = extractvalue { float, float, float, float } %1636, 3
	%1641 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1591, i32 %1592, i32 %1593, i32 %1594, i32 %1634, i32 %1635, float %1570, float %1571, float %1572, float %1573)
	%1642 = extractvalue { float, float, float, float } %1641, 0
	%1643 = extractvalue { float, float, float, float } %1641, 1
	%1644 = extractvalue { float, float, float, float } %1641, 2
	%1645 = extractvalue { float, float, float, float } %1641, 3
	%1646 = xor i32 %1446, 96
	%1647 = add i32 %1646, u0x1000
	%1648 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1647)
	%1649 = extractvalue { i32, i32, i32, i32 } %1648, 0
	%1650 = extractvalue { i32, i32, i32, i32 } %1648, 1
	%1651 = extractvalue { i32, i32, i32, i32 } %1648, 2
	%1652 = extractvalue { i32, i32, i32, i32 } %1648, 3
	%1653 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1591, i32 %1592, i32 %1593, i32 %1594, i32 %1649, i32 %1650, float %1582, float %1583, float %1584, float %1585)
	%1654 = extractvalue { float, float, float, float } %1653, 0
	%1655 = extractvalue { float, float, float, float } %1653, 1
	%1656 = extractvalue { float, float, float, float } %1653, 2
	%1657 = extractvalue { float, float, float, float } %1653, 3
	%1658 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1591, i32 %1592, i32 %1593, i32 %1594, i32 %1651, i32 %1652, float %1587, float %1588, float %1589, float %1590)
	%1659 = extractvalue { float, float, float, float } %1658, 0
	%1660 = extractvalue { float, float, float, float } %1658, 1
	%1661 = extractvalue { float, float, float, float } %1658, 2
	%1662 = extractvalue { float, float, float, float } %1658, 3
	%1663 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1182, float %1180)
	%1664 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1234, float %1232)
	%1665 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1186, float %1184)
	%1666 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1238, float %1236)
	%1667 = xor i32 %1446, 0
	%1668 = add i32 %1667, 6144
	%1669 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1668)
	%1670 = extractvalue { i32, i32, i32, i32 } %1669, 0
	%1671 = extractvalue { i32, i32, i32, i32 } %1669, 1
	%1672 = extractvalue { i32, i32, i32, i32 } %1669, 2
	%1673 = extractvalue { i32, i32, i32, i32 } %1669, 3
	%1674 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1663, i32 %1664, i32 %1665, i32 %1666, i32 %1670, i32 %1671, float %1603, float %1604, float %1605, float %1606)
	%1675 = extractvalue { float, float, float, float } %1674, 0
	%1676 = extractvalue { float, float, float, float } %1674, 1
	%1677 = extractvalue { float, float, float, float } %1674, 2
	%1678 = extractvalue { float, float, float, float } %1674, 3
	%1679 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1663, i32 %1664, i32 %1665, i32 %1666, i32 %1672, i32 %1673, float %1608, float %1609, float %1610, float %1611)
	%1680 = extractvalue { float, float, float, float } %1679, 0
	%1681 = extractvalue { float, float, float, float } %1679, 1
	%1682 = extractvalue { float, float, float, float } %1679, 2
	%1683 = extractvalue { float, float, float, float } %1679, 3
	%1684 = xor i32 %1446, 32
	%1685 = add i32 %1684, 6144
	%1686 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1685)
	%1687 = extractvalue { i32, i32, i32, i32 } %1686, 0
	%1688 = extractvalue { i32, i32, i32, i32 } %1686, 1
	%1689 = extractvalue { i32, i32, i32, i32 } %1686, 2
	%1690 = extractvalue { i32, i32, i32, i32 } %1686, 3
	%1691 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1663, i32 %1664, i32 %1665, i32 %1666, i32 %1687, i32 %1688, float %1620, float %1621, float %1622, float %1623)
	%1692 = extractvalue { float, float, float, float } %1691, 0
	%1693 = extractvalue { float, float, float, float } %1691, 1
	%1694 = extractvalue { float, float, float, float } %1691, 2
	%1695 = extractvalue { float, float, float, float } %1691, 3
	%1696 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1663, i32 %1664, i32 %1665, i32 %1666, i32 %1689, i32 %1690, float %1625, float %1626, float %1627, float %1628)
	%1697 = extractvalue { float, float, float, float } %1696, 0
	%1698 = extractvalue { float, float, float, float } %1696, 1
	%1699 = extractvalue { float, float, float, float } %1696, 2
	%1700 = extractvalue { float, float, float, float } %1696, 3
	%1701 = xor i32 %1446, 64
	%1702 = add i32 %1701, 6144
	%1703 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1702)
	%1704 = extractvalue { i32, i32, i32, i32 } %1703, 0
	%1705 = extractvalue { i32, i32, i32, i32 } %1703, 1
	%1706 = extractvalue { i32, i32, i32, i32 } %1703, 2
	%1707 = extractvalue { i32, i32, i32, i32 } %1703, 3
	%1708 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1663, i32 %1664, i32 %1665, i32 %1666, i32 %1704, i32 %1705, float %1637, float %1638, float %1639, float %1640)
	%1709 = extractvalue { float, float, float, float } %1708, 0
	%1710 = extractvalue { float, float, float, float } %1708, 1
	%1711 = extractvalue { float, float, float, float } %1708, 2
	%1712 = extractvalue { float, float, float, float } %1708, 3
	%1713 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1663, i32 %1664, i32 %1665, i32 %1666, i32 %1706, i32 %1707, float %1642, float %1643, float %1644, float %1645)
	%1714 = extractvalue { float, float, float, float } %1713, 0
	%1715 = extractvalue { float, float, float, float } %1713, 1
	%1716 = extractvalue { float, float, float, float } %1713, 2
	%1717 = extractvalue { float, float, float, float } %1713, 3
	%1718 = xor i32 %1446, 96
	%1719 = add i32 %1718, 6144
	%1720 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1719)
	%1721 = extractvalue { i32, i32, i32, i32 } %1720, 0
	%1722 = extractvalue { i32, i32, i32, i32 } %1720, 1
	%1723 = extractvalue { i32, i32, i32, i32 } %1720, 2
	%1724 = extractvalue { i32, i32, i32, i32 } %1720, 3
	%1725 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1663, i32 %1664, i32 %1665, i32 %1666, i32 %1721, i32 %1722, float %1654, float %1655, float %1656, float %1657)
	%1726 = extractvalue { float, float, float, float } %1725, 0
	%1727 = extractvalue { float, float, float, float } %1725, 1
	%1728 = extractvalue { float, float, float, float } %1725, 2
	%1729 = extractvalue { float, float, float, float } %1725, 3
	%1730 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1663, i32 %1664, i32 %1665, i32 %1666, i32 %1723, i32 %1724, float %1659, float %1660, float %1661, float %1662)
	%1731 = extractvalue { float, float, float, float } %1730, 0
	%1732 = extractvalue { float, float, float, float } %1730, 1
	%1733 = extractvalue { float, float, float, float } %1730, 2
	%1734 = extractvalue { float, float, float, float } %1730, 3
	br i1 %1396, label %loop, label %epilogue

store0:
	%1735 = mul i32 %22, %M
	%1736 = add i32 %1735, %590
	%1737 = mul i32 %1736, 64
	%1738 = shl i32 %6, 1
	%1739 = add i32 0, %1738
	%1740 = add i32 %1737, %1739
	%1741 = sext i32 %1740 to i64
	%1742 = getelementptr i16, i16* %out, i64 %1741
	%1743 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %592, float %591)
	%1744 = bitcast i16* %1742 to i32*
	store i32 %1743, i32* %1744
	%1745 = shl i32 %6, 1
	%1746 = add i32 8, %1745
	%1747 = add i32 %1737, %1746
	%1748 = sext i32 %1747 to i64
	%1749 = getelementptr i16, i16* %out, i64 %1748
	%1750 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %594, float %593)
	%1751 = bitcast i16* %1749 to i32*
	store i32 %1750, i32* %1751
	%1752 = shl i32 %6, 1
	%1753 = add i32 16, %1752
	%1754 = add i32 %1737, %1753
	%1755 = sext i32 %1754 to i64
	%1756 = getelementptr i16, i16* %out, i64 %1755
	%1757 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %596, float %595)
	%1758 = bitcast i16* %1756 to i32*
	store i32 %1757, i32* %1758
	%1759 = shl i32 %6, 1
	%1760 = add i32 24, %1759
	%1761 = add i32 %1737, %1760
	%1762 = sext i32 %1761 to i64
	%1763 = getelementptr i16, i16* %out, i64 %1762
	%1764 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %598, float %597)
	%1765 = bitcast i16* %1763 to i32*
	store i32 %1764, i32* %1765
	%1766 = shl i32 %6, 1
	%1767 = add i32 32, %1766
	%1768 = add i32 %1737, %1767
	%1769 = sext i32 %1768 to i64
	%1770 = getelementptr i16, i16* %out, i64 %1769
	%1771 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %600, float %599)
	%1772 = bitcast i16* %1770 to i32*
	store i32 %1771, i32* %1772
	%1773 = shl i32 %6, 1
	%1774 = add i32 40, %1773
	%1775 = add i32 %1737, %1774
	%1776 = sext i32 %1775 to i64
	%1777 = getelementptr i16, i16* %out, i64 %1776
	%1778 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %602, float %601)
	%1779 = bitcast i16* %1777 to i32*
	store i32 %1778, i32* %1779
	%1780 = shl i32 %6, 1
	%1781 = add i32 48, %1780
	%1782 = add i32 %1737, %1781
	%1783 = sext i32 %1782 to i64
	%1784 = getelementptr i16, i16* %out, i64 %1783
	%1785 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %604, float %603)
	%1786 = bitcast i16* %1784 to i32*
	store i32 %1785, i32* %1786
	%1787 = shl i32 %6, 1
	%1788 = add i32 56, %1787
	%1789 = add i32 %1737, %1788
	%1790 = sext i32 %1789 to i64
	%1791 = getelementptr i16, i16* %out, i64 %1790
	%1792 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %606, float %605)
	%1793 = bitcast i16* %1791 to i32*
	store i32 %1792, i32* %1793
	br label %stored0

stored0:
	%1794 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %546, i32 1, i32 31)
	%1795 = fadd float %546, %1794
	%1796 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1795, i32 2, i32 31)
	%1797 = fadd float %1795, %1796
	%1798 = fcmp ogt float %1797, 0.0
	%1799 = fdiv float 1.0, %1797
	%1800 = select i1 %1798, float %1799, float 0.0
	%1801 = mul i32 %3, 16
	%1802 = add i32 %24, %1801
	%1803 = add i32 %5, 8
	%1804 = add i32 %1802, %1803
	%1805 = fmul float %550, %1800
	%1806 = fmul float %551, %1800
	%1807 = fmul float %554, %1800
	%1808 = fmul float %555, %1800
	%1809 = fmul float %558, %1800
	%1810 = fmul float %559, %1800
	%1811 = fmul float %562, %1800
	%1812 = fmul float %563, %1800
	%1813 = fmul float %566, %1800
	%1814 = fmul float %567, %1800
	%1815 = fmul float %570, %1800
	%1816 = fmul float %571, %1800
	%1817 = fmul float %574, %1800
	%1818 = fmul float %575, %1800
	%1819 = fmul float %578, %1800
	%1820 = fmul float %579, %1800
	%1821 = icmp slt i32 %1804, %M
	br i1 %1821, label %store1, label %stored1

store1:
	%1822 = mul i32 %22, %M
	%1823 = add i32 %1822, %1804
	%1824 = mul i32 %1823, 64
	%1825 = shl i32 %6, 1
	%1826 = add i32 0, %1825
	%1827 = add i32 %1824, %1826
	%1828 = sext i32 %1827 to i64
	%1829 = getelementptr i16, i16* %out, i64 %1828
	%1830 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1806, float %1805)
	%1831 = bitcast i16* %1829 to i32*
	store i32 %1830, i32* %1831
	%1832 = shl i32 %6, 1
	%1833 = add i32 8, %1832
	%1834 = add i32 %1824, %1833
	%1835 = sext i32 %1834 to i64
	%1836 = getelementptr i16, i16* %out, i64 %1835
	%1837 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1808, float %1807)
	%1838 = bitcast i16* %1836 to i32*
	store i32 %1837, i32* %1838
	%1839 = shl i32 %6, 1
	%1840 = add i32 16, %1839
	%1841 = add i32 %1824, %1840
	%1842 = sext i32 %1841 to i64
	%1843 = getelementptr i16, i16* %out, i64 %1842
	%1844 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1810, float %1809)
	%1845 = bitcast i16* %1843 to i32*
	store i32 %1844, i32* %1845
	%1846 = shl i32 %6, 1
	%1847 = add i32 24, %1846
	%1848 = add i32 %1824, %1847
	%1849 = sext i32 %1848 to i64
	%1850 = getelementptr i16, i16* %out, i64 %1849
	%1851 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1812, float %1811)
	%1852 = bitcast i16* %1850 to i32*
	store i32 %1851, i32* %1852
	%1853 = shl i32 %6, 1
	%1854 = add i32 32, %1853
	%1855 = add i32 %1824, %1854
	%1856 = sext i32 %1855 to i64
	%1857 = getelementptr i16, i16* %out, i64 %1856
	%1858 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1814, float %1813)
	%1859 = bitcast i16* %1857 to i32*
	store i32 %1858, i32* %1859
	%1860 = shl i32 %6, 1
	%1861 = add i32 40, %1860
	%1862 = add i32 %1824, %1861
	%1863 = sext i32 %1862 to i64
	%1864 = getelementptr i16, i16* %out, i64 %1863
	%1865 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1816, float %1815)
	%1866 = bitcast i16* %1864 to i32*
	store i32 %1865, i32* %1866
	%1867 = shl i32 %6, 1
	%1868 = add i32 48, %1867
	%1869 = add i32 %1824, %1868
	%1870 = sext i32 %1869 to i64
	%1871 = getelementptr i16, i16* %out, i64 %1870
	%1872 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1818, float %1817)
	%1873 = bitcast i16* %1871 to i32*
	store i32 %1872, i32* %1873
	%1874 = shl i32 %6, 1
	%1875 = add i32 56, %1874
	%1876 = add i32 %1824, %1875
	%1877 = sext i32 %1876 to i64
	%1878 = getelementptr i16, i16* %out, i64 %1877
	%1879 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1820, float %1819)
	%1880 = bitcast i16* %1878 to i32*
	store i32 %1879, i32* %1880
	br label %stored1

stored1:
	%1881 = icmp eq i32 %2, 0
	br i1 %1881, label %1882, label %1887

1882:
	%1883 = mul i32 %22, %NQ
	%1884 = add i32 %1883, %20
	%1885 = sext i32 %1884 to i64
	%1886 = getelementptr i32, i32* %visits, i64 %1885
	store i32 %547, i32* %1886
	br label %1887

1887:
	ret void
}
