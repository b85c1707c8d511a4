define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, float* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
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
	%185 = phi i32 [ 0, %prologue ], [ %1031, %pv ]
	%186 = phi i32 [ %49, %prologue ], [ %187, %pv ]
	%187 = phi i32 [ %60, %prologue ], [ %1041, %pv ]
	%188 = phi i8 [ %68, %prologue ], [ %1049, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1328, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1329, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1330, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1331, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1333, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1334, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1335, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1336, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1345, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1346, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1347, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1348, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1350, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1351, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1352, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1353, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1362, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1363, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1364, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1365, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1367, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1368, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1369, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1370, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1379, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1380, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1381, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1382, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1384, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1385, %pv ]
	%219 = phi float [ 0.0, %prologue ], [ %1386, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1387, %pv ]
	%221 = phi float [ 0xFFF0000000000000, %prologue ], [ %927, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %978, %pv ]
	%223 = phi float [ 0xFFF0000000000000, %prologue ], [ %979, %pv ]
	%224 = phi float [ 0.0, %prologue ], [ %1030, %pv ]
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
	%282 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %278, i32 %279, float 0.0, float 0.0, float 0.0, float 0.0)
	%283 = extractvalue { float, float, float, float } %282, 0
	%284 = extractvalue { float, float, float, float } %282, 1
	%285 = extractvalue { float, float, float, float } %282, 2
	%286 = extractvalue { float, float, float, float } %282, 3
	%287 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %280, i32 %281, float 0.0, float 0.0, float 0.0, float 0.0)
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
	%298 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %294, i32 %295, float 0.0, float 0.0, float 0.0, float 0.0)
	%299 = extractvalue { float, float, float, float } %298, 0
	%300 = extractvalue { float, float, float, float } %298, 1
	%301 = extractvalue { float, float, float, float } %298, 2
	%302 = extractvalue { float, float, float, float } %298, 3
	%303 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %296, i32 %297, float 0.0, float 0.0, float 0.0, float 0.0)
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
	%314 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %310, i32 %311, float 0.0, float 0.0, float 0.0, float 0.0)
	%315 = extractvalue { float, float, float, float } %314, 0
	%316 = extractvalue { float, float, float, float } %314, 1
	%317 = extractvalue { float, float, float, float } %314, 2
	%318 = extractvalue { float, float, float, float } %314, 3
	%319 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %312, i32 %313, float 0.0, float 0.0, float 0.0, float 0.0)
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
	%330 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %326, i32 %327, float 0.0, float 0.0, float 0.0, float 0.0)
	%331 = extractvalue { float, float, float, float } %330, 0
	%332 = extractvalue { float, float, float, float } %330, 1
	%333 = extractvalue { float, float, float, float } %330, 2
	%334 = extractvalue { float, float, float, float } %330, 3
	%335 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %124, i32 %125, i32 %126, i32 %127, i32 %328, i32 %329, float 0.0, float 0.0, float 0.0, float 0.0)
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
	%347 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %343, i32 %344, float %283, float %284, float %285, float %286)
	%348 = extractvalue { float, float, float, float } %347, 0
	%349 = extractvalue { float, float, float, float } %347, 1
	%350 = extractvalue { float, float, float, float } %347, 2
	%351 = extractvalue { float, float, float, float } %347, 3
	%352 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %345, i32 %346, float %288, float %289, float %290, float %291)
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
	%363 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %359, i32 %360, float %299, float %300, float %301, float %302)
	%364 = extractvalue { float, float, float, float } %363, 0
	%365 = extractvalue { float, float, float, float } %363, 1
	%366 = extractvalue { float, float, float, float } %363, 2
	%367 = extractvalue { float, float, float, float } %363, 3
	%368 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %361, i32 %362, float %304, float %305, float %306, float %307)
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
	%379 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %375, i32 %376, float %315, float %316, float %317, float %318)
	%380 = extractvalue { float, float, float, float } %379, 0
	%381 = extractvalue { float, float, float, float } %379, 1
	%382 = extractvalue { float, float, float, float } %379, 2
	%383 = extractvalue { float, float, float, float } %379, 3
	%384 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %377, i32 %378, float %320, float %321, float %322, float %323)
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
	%395 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %391, i32 %392, float %331, float %332, float %333, float %334)
	%396 = extractvalue { float, float, float, float } %395, 0
	%397 = extractvalue { float, float, float, float } %395, 1
	%398 = extractvalue { float, float, float, float } %395, 2
	%399 = extractvalue { float, float, float, float } %395, 3
	%400 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %130, i32 %131, i32 %132, i32 %133, i32 %393, i32 %394, float %336, float %337, float %338, float %339)
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
	%412 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %408, i32 %409, float %348, float %349, float %350, float %351)
	%413 = extractvalue { float, float, float, float } %412, 0
	%414 = extractvalue { float, float, float, float } %412, 1
	%415 = extractvalue { float, float, float, float } %412, 2
	%416 = extractvalue { float, float, float, float } %412, 3
	%417 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %410, i32 %411, float %353, float %354, float %355, float %356)
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
	%428 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %424, i32 %425, float %364, float %365, float %366, float %367)
	%429 = extractvalue { float, float, float, float } %428, 0
	%430 = extractvalue { float, float, float, float } %428, 1
	%431 = extractvalue { float, float, float, float } %428, 2
	%432 = extractvalue { float, float, float, float } %428, 3
	%433 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %426, i32 %427, float %369, float %370, float %371, float %372)
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
	%444 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %440, i32 %441, float %380, float %381, float %382, float %383)
	%445 = extractvalue { float, float, float, float } %444, 0
	%446 = extractvalue { float, float, float, float } %444, 1
	%447 = extractvalue { float, float, float, float } %444, 2
	%448 = extractvalue { float, float, float, float } %444, 3
	%449 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %442, i32 %443, float %385, float %386, float %387, float %388)
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
	%460 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %456, i32 %457, float %396, float %397, float %398, float %399)
	%461 = extractvalue { float, float, float, float } %460, 0
	%462 = extractvalue { float, float, float, float } %460, 1
	%463 = extractvalue { float, float, float, float } %460, 2
	%464 = extractvalue { float, float, float, float } %460, 3
	%465 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %136, i32 %137, i32 %138, i32 %139, i32 %458, i32 %459, float %401, float %402, float %403, float %404)
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
	%477 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %473, i32 %474, float %413, float %414, float %415, float %416)
	%478 = extractvalue { float, float, float, float } %477, 0
	%479 = extractvalue { float, float, float, float } %477, 1
	%480 = extractvalue { float, float, float, float } %477, 2
	%481 = extractvalue { float, float, float, float } %477, 3
	%482 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %475, i32 %476, float %418, float %419, float %420, float %421)
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
	%493 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %489, i32 %490, float %429, float %430, float %431, float %432)
	%494 = extractvalue { float, float, float, float } %493, 0
	%495 = extractvalue { float, float, float, float } %493, 1
	%496 = extractvalue { float, float, float, float } %493, 2
	%497 = extractvalue { float, float, float, float } %493, 3
	%498 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %491, i32 %492, float %434, float %435, float %436, float %437)
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
	%509 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %505, i32 %506, float %445, float %446, float %447, float %448)
	%510 = extractvalue { float, float, float, float } %509, 0
	%511 = extractvalue { float, float, float, float } %509, 1
	%512 = extractvalue { float, float, float, float } %509, 2
	%513 = extractvalue { float, float, float, float } %509, 3
	%514 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %507, i32 %508, float %450, float %451, float %452, float %453)
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
	%525 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %521, i32 %522, float %461, float %462, float %463, float %464)
	%526 = extractvalue { float, float, float, float } %525, 0
	%527 = extractvalue { float, float, float, float } %525, 1
	%528 = extractvalue { float, float, float, float } %525, 2
	%529 = extractvalue { float, float, float, float } %525, 3
	%530 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %142, i32 %143, i32 %144, i32 %145, i32 %523, i32 %524, float %466, float %467, float %468, float %469)
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
	%545 = phi float [ 0.0, %entry ], [ %978, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1030, %pv ]
	%547 = phi i32 [ 0, %entry ], [ %1031, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1328, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1329, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1330, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1331, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1333, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1334, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %1335, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %1336, %pv ]
	%556 = phi float [ 0.0, %entry ], [ %1345, %pv ]
	%557 = phi float [ 0.0, %entry ], [ %1346, %pv ]
	%558 = phi float [ 0.0, %entry ], [ %1347, %pv ]
	%559 = phi float [ 0.0, %entry ], [ %1348, %pv ]
	%560 = phi float [ 0.0, %entry ], [ %1350, %pv ]
	%561 = phi float [ 0.0, %entry ], [ %1351, %pv ]
	%562 = phi float [ 0.0, %entry ], [ %1352, %pv ]
	%563 = phi float [ 0.0, %entry ], [ %1353, %pv ]
	%564 = phi float [ 0.0, %entry ], [ %1362, %pv ]
	%565 = phi float [ 0.0, %entry ], [ %1363, %pv ]
	%566 = phi float [ 0.0, %entry ], [ %1364, %pv ]
	%567 = phi float [ 0.0, %entry ], [ %1365, %pv ]
	%568 = phi float [ 0.0, %entry ], [ %1367, %pv ]
	%569 = phi float [ 0.0, %entry ], [ %1368, %pv ]
	%570 = phi float [ 0.0, %entry ], [ %1369, %pv ]
	%571 = phi float [ 0.0, %entry ], [ %1370, %pv ]
	%572 = phi float [ 0.0, %entry ], [ %1379, %pv ]
	%573 = phi float [ 0.0, %entry ], [ %1380, %pv ]
	%574 = phi float [ 0.0, %entry ], [ %1381, %pv ]
	%575 = phi float [ 0.0, %entry ], [ %1382, %pv ]
	%576 = phi float [ 0.0, %entry ], [ %1384, %pv ]
	%577 = phi float [ 0.0, %entry ], [ %1385, %pv ]
	%578 = phi float [ 0.0, %entry ], [ %1386, %pv ]
	%579 = phi float [ 0.0, %entry ], [ %1387, %pv ]
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
	%612 = select i1 %611, float %478, float 0xFFF0000000000000
	%613 = shl i32 %6, 1
	%614 = add i32 1, %613
	%615 = add i32 %225, %614
	%616 = icmp slt i32 %615, %N
	%617 = select i1 %616, float %479, float 0xFFF0000000000000
	%618 = shl i32 %6, 1
	%619 = add i32 0, %618
	%620 = add i32 %225, %619
	%621 = icmp slt i32 %620, %N
	%622 = select i1 %621, float %480, float 0xFFF0000000000000
	%623 = shl i32 %6, 1
	%624 = add i32 1, %623
	%625 = add i32 %225, %624
	%626 = icmp slt i32 %625, %N
	%627 = select i1 %626, float %481, float 0xFFF0000000000000
	%628 = shl i32 %6, 1
	%629 = add i32 8, %628
	%630 = add i32 %225, %629
	%631 = icmp slt i32 %630, %N
	%632 = select i1 %631, float %483, float 0xFFF0000000000000
	%633 = shl i32 %6, 1
	%634 = add i32 9, %633
	%635 = add i32 %225, %634
	%636 = icmp slt i32 %635, %N
	%637 = select i1 %636, float %484, float 0xFFF0000000000000
	%638 = shl i32 %6, 1
	%639 = add i32 8, %638
	%640 = add i32 %225, %639
	%641 = icmp slt i32 %640, %N
	%642 = select i1 %641, float %485, float 0xFFF0000000000000
	%643 = shl i32 %6, 1
	%644 = add i32 9, %643
	%645 = add i32 %225, %644
	%646 = icmp slt i32 %645, %N
	%647 = select i1 %646, float %486, float 0xFFF0000000000000
	%648 = shl i32 %6, 1
	%649 = add i32 16, %648
	%650 = add i32 %225, %649
	%651 = icmp slt i32 %650, %N
	%652 = select i1 %651, float %494, float 0xFFF0000000000000
	%653 = shl i32 %6, 1
	%654 = add i32 17, %653
	%655 = add i32 %225, %654
	%656 = icmp slt i32 %655, %N
	%657 = select i1 %656, float %495, float 0xFFF0000000000000
	%658 = shl i32 %6, 1
	%659 = add i32 16, %658
	%660 = add i32 %225, %659
	%661 = icmp slt i32 %660, %N
	%662 = select i1 %661, float %496, float 0xFFF0000000000000
	%663 = shl i32 %6, 1
	%664 = add i32 17, %663
	%665 = add i32 %225, %664
	%666 = icmp slt i32 %665, %N
	%667 = select i1 %666, float %497, float 0xFFF0000000000000
	%668 = shl i32 %6, 1
	%669 = add i32 24, %668
	%670 = add i32 %225, %669
	%671 = icmp slt i32 %670, %N
	%672 = select i1 %671, float %499, float 0xFFF0000000000000
	%673 = shl i32 %6, 1
	%674 = add i32 25, %673
	%675 = add i32 %225, %674
	%676 = icmp slt i32 %675, %N
	%677 = select i1 %676, float %500, float 0xFFF0000000000000
	%678 = shl i32 %6, 1
	%679 = add i32 24, %678
	%680 = add i32 %225, %679
	%681 = icmp slt i32 %680, %N
	%682 = select i1 %681, float %501, float 0xFFF0000000000000
	%683 = shl i32 %6, 1
	%684 = add i32 25, %683
	%685 = add i32 %225, %684
	%686 = icmp slt i32 %685, %N
	%687 = select i1 %686, float %502, float 0xFFF0000000000000
	%688 = shl i32 %6, 1
	%689 = add i32 32, %688
	%690 = add i32 %225, %689
	%691 = icmp slt i32 %690, %N
	%692 = select i1 %691, float %510, float 0xFFF0000000000000
	%693 = shl i32 %6, 1
	%694 = add i32 33, %693
	%695 = add i32 %225, %694
	%696 = icmp slt i32 %695, %N
	%697 = select i1 %696, float %511, float 0xFFF0000000000000
	%698 = shl i32 %6, 1
	%699 = add i32 32, %698
	%700 = add i32 %225, %699
	%701 = icmp slt i32 %700, %N
	%702 = select i1 %701, float %512, float 0xFFF0000000000000
	%703 = shl i32 %6, 1
	%704 = add i32 33, %703
	%705 = add i32 %225, %704
	%706 = icmp slt i32 %705, %N
	%707 = select i1 %706, float %513, float 0xFFF0000000000000
	%708 = shl i32 %6, 1
	%709 = add i32 40, %708
	%710 = add i32 %225, %709
	%711 = icmp slt i32 %710, %N
	%712 = select i1 %711, float %515, float 0xFFF0000000000000
	%713 = shl i32 %6, 1
	%714 = add i32 41, %713
	%715 = add i32 %225, %714
	%716 = icmp slt i32 %715, %N
	%717 = select i1 %716, float %516, float 0xFFF0000000000000
	%718 = shl i32 %6, 1
	%719 = add i32 40, %718
	%720 = add i32 %225, %719
	%721 = icmp slt i32 %720, %N
	%722 = select i1 %721, float %517, float 0xFFF0000000000000
	%723 = shl i32 %6, 1
	%724 = add i32 41, %723
	%725 = add i32 %225, %724
	%726 = icmp slt i32 %725, %N
	%727 = select i1 %726, float %518, float 0xFFF0000000000000
	%728 = shl i32 %6, 1
	%729 = add i32 48, %728
	%730 = add i32 %225, %729
	%731 = icmp slt i32 %730, %N
	%732 = select i1 %731, float %526, float 0xFFF0000000000000
	%733 = shl i32 %6, 1
	%734 = add i32 49, %733
	%735 = add i32 %225, %734
	%736 = icmp slt i32 %735, %N
	%737 = select i1 %736, float %527, float 0xFFF0000000000000
	%738 = shl i32 %6, 1
	%739 = add i32 48, %738
	%740 = add i32 %225, %739
	%741 = icmp slt i32 %740, %N
	%742 = select i1 %741, float %528, float 0xFFF0000000000000
	%743 = shl i32 %6, 1
	%744 = add i32 49, %743
	%745 = add i32 %225, %744
	%746 = icmp slt i32 %745, %N
	%747 = select i1 %746, float %529, float 0xFFF0000000000000
	%748 = shl i32 %6, 1
	%749 = add i32 56, %748
	%750 = add i32 %225, %749
	%751 = icmp slt i32 %750, %N
	%752 = select i1 %751, float %531, float 0xFFF0000000000000
	%753 = shl i32 %6, 1
	%754 = add i32 57, %753
	%755 = add i32 %225, %754
	%756 = icmp slt i32 %755, %N
	%757 = select i1 %756, float %532, float 0xFFF0000000000000
	%758 = shl i32 %6, 1
	%759 = add i32 56, %758
	%760 = add i32 %225, %759
	%761 = icmp slt i32 %760, %N
	%762 = select i1 %761, float %533, float 0xFFF0000000000000
	%763 = shl i32 %6, 1
	%764 = add i32 57, %763
	%765 = add i32 %225, %764
	%766 = icmp slt i32 %765, %N
	%767 = select i1 %766, float %534, float 0xFFF0000000000000
	br label %softmax

softmax:
	%768 = phi float [ %478, %loop ], [ %612, %partial ]
	%769 = phi float [ %479, %loop ], [ %617, %partial ]
	%770 = phi float [ %480, %loop ], [ %622, %partial ]
	%771 = phi float [ %481, %loop ], [ %627, %partial ]
	%772 = phi float [ %483, %loop ], [ %632, %partial ]
	%773 = phi float [ %484, %loop ], [ %637, %partial ]
	%774 = phi float [ %485, %loop ], [ %642, %partial ]
	%775 = phi float [ %486, %loop ], [ %647, %partial ]
	%776 = phi float [ %494, %loop ], [ %652, %partial ]
	%777 = phi float [ %495, %loop ], [ %657, %partial ]
	%778 = phi float [ %496, %loop ], [ %662, %partial ]
	%779 = phi float [ %497, %loop ], [ %667, %partial ]
	%780 = phi float [ %499, %loop ], [ %672, %partial ]
	%781 = phi float [ %500, %loop ], [ %677, %partial ]
	%782 = phi float [ %501, %loop ], [ %682, %partial ]
	%783 = phi float [ %502, %loop ], [ %687, %partial ]
	%784 = phi float [ %510, %loop ], [ %692, %partial ]
	%785 = phi float [ %511, %loop ], [ %697, %partial ]
	%786 = phi float [ %512, %loop ], [ %702, %partial ]
	%787 = phi float [ %513, %loop ], [ %707, %partial ]
	%788 = phi float [ %515, %loop ], [ %712, %partial ]
	%789 = phi float [ %516, %loop ], [ %717, %partial ]
	%790 = phi float [ %517, %loop ], [ %722, %partial ]
	%791 = phi float [ %518, %loop ], [ %727, %partial ]
	%792 = phi float [ %526, %loop ], [ %732, %partial ]
	%793 = phi float [ %527, %loop ], [ %737, %partial ]
	%794 = phi float [ %528, %loop ], [ %742, %partial ]
	%795 = phi float [ %529, %loop ], [ %747, %partial ]
	%796 = phi float [ %531, %loop ], [ %752, %partial ]
	%797 = phi float [ %532, %loop ], [ %757, %partial ]
	%798 = phi float [ %533, %loop ], [ %762, %partial ]
	%799 = phi float [ %534, %loop ], [ %767, %partial ]
	%800 = call float @llvm.nvvm.fmax.f(float %768, float %769)
	%801 = call float @llvm.nvvm.fmax.f(float %772, float %773)
	%802 = call float @llvm.nvvm.fmax.f(float %776, float %777)
	%803 = call float @llvm.nvvm.fmax.f(float %780, float %781)
	%804 = call float @llvm.nvvm.fmax.f(float %784, float %785)
	%805 = call float @llvm.nvvm.fmax.f(float %788, float %789)
	%806 = call float @llvm.nvvm.fmax.f(float %792, float %793)
	%807 = call float @llvm.nvvm.fmax.f(float %796, float %797)
	%808 = call float @llvm.nvvm.fmax.f(float %800, float %801)
	%809 = call float @llvm.nvvm.fmax.f(float %802, float %803)
	%810 = call float @llvm.nvvm.fmax.f(float %804, float %805)
	%811 = call float @llvm.nvvm.fmax.f(float %806, float %807)
	%812 = call float @llvm.nvvm.fmax.f(float %808, float %809)
	%813 = call float @llvm.nvvm.fmax.f(float %810, float %811)
	%814 = call float @llvm.nvvm.fmax.f(float %812, float %813)
	%815 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %814, i32 1, i32 31)
	%816 = call float @llvm.nvvm.fmax.f(float %814, float %815)
	%817 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %816, i32 2, i32 31)
	%818 = call float @llvm.nvvm.fmax.f(float %816, float %817)
	%819 = fmul float %818, 0x3FC7154760000000
	%820 = call float @llvm.nvvm.fmax.f(float %221, float %819)
	%821 = fadd float %221, 8.0
	%822 = fcmp ogt float %820, %821
	%823 = or i1 false, %822
	%824 = call float @llvm.nvvm.fmax.f(float %770, float %771)
	%825 = call float @llvm.nvvm.fmax.f(float %774, float %775)
	%826 = call float @llvm.nvvm.fmax.f(float %778, float %779)
	%827 = call float @llvm.nvvm.fmax.f(float %782, float %783)
	%828 = call float @llvm.nvvm.fmax.f(float %786, float %787)
	%829 = call float @llvm.nvvm.fmax.f(float %790, float %791)
	%830 = call float @llvm.nvvm.fmax.f(float %794, float %795)
	%831 = call float @llvm.nvvm.fmax.f(float %798, float %799)
	%832 = call float @llvm.nvvm.fmax.f(float %824, float %825)
	%833 = call float @llvm.nvvm.fmax.f(float %826, float %827)
	%834 = call float @llvm.nvvm.fmax.f(float %828, float %829)
	%835 = call float @llvm.nvvm.fmax.f(float %830, float %831)
	%836 = call float @llvm.nvvm.fmax.f(float %832, float %833)
	%837 = call float @llvm.nvvm.fmax.f(float %834, float %835)
	%838 = call float @llvm.nvvm.fmax.f(float %836, float %837)
	%839 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %838, i32 1, i32 31)
	%840 = call float @llvm.nvvm.fmax.f(float %838, float %839)
	%841 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %840, i32 2, i32 31)
	%842 = call float @llvm.nvvm.fmax.f(float %840, float %841)
	%843 = fmul float %842, 0x3FC7154760000000
	%844 = call float @llvm.nvvm.fmax.f(float %223, float %843)
	%845 = fadd float %223, 8.0
	%846 = fcmp ogt float %844, %845
	%847 = or i1 %823, %846
	%848 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %847)
	br i1 %848, label %849, label %892

849:
	%850 = fcmp oeq float %820, 0xFFF0000000000000
	%851 = select i1 %850, float 0.0, float %820
	%852 = fsub float %221, %851
	%853 = call float @llvm.nvvm.ex2.approx.ftz.f(float %852)
	%854 = fcmp oeq float %844, 0xFFF0000000000000
	%855 = select i1 %854, float 0.0, float %844
	%856 = fsub float %223, %855
	%857 = call float @llvm.nvvm.ex2.approx.ftz.f(float %856)
	%858 = fmul float %189, %853
	%859 = fmul float %190, %853
	%860 = fmul float %191, %857
	%861 = fmul float %192, %857
	%862 = fmul float %193, %853
	%863 = fmul float %194, %853
	%864 = fmul float %195, %857
	%865 = fmul float %196, %857
	%866 = fmul float %197, %853
	%867 = fmul float %198, %853
	%868 = fmul float %199, %857
	%869 = fmul float %200, %857
	%870 = fmul float %201, %853
	%871 = fmul float %202, %853
	%872 = fmul float %203, %857
	%873 = fmul float %204, %857
	%874 = fmul float %205, %853
	%875 = fmul float %206, %853
	%876 = fmul float %207, %857
	%877 = fmul float %208, %857
	%878 = fmul float %209, %853
	%879 = fmul float %210, %853
	%880 = fmul float %211, %857
	%881 = fmul float %212, %857
	%882 = fmul float %213, %853
	%883 = fmul float %214, %853
	%884 = fmul float %215, %857
	%885 = fmul float %216, %857
	%886 = fmul float %217, %853
	%887 = fmul float %218, %853
	%888 = fmul float %219, %857
	%889 = fmul float %220, %857
	%890 = fmul float %222, %853
	%891 = fmul float %224, %857
	br label %892

892:
	%893 = phi float [ %189, %softmax ], [ %858, %849 ]
	%894 = phi float [ %190, %softmax ], [ %859, %849 ]
	%895 = phi float [ %191, %softmax ], [ %860, %849 ]
	%896 = phi float [ %192, %softmax ], [ %861, %849 ]
	%897 = phi float [ %193, %softmax ], [ %862, %849 ]
	%898 = phi float [ %194, %softmax ], [ %863, %849 ]
	%899 = phi float [ %195, %softmax ], [ %864, %849 ]
	%900 = phi float [ %196, %softmax ], [ %865, %849 ]
	%901 = phi float [ %197, %softmax ], [ %866, %849 ]
	%902 = phi float [ %198, %softmax ], [ %867, %849 ]
	%903 = phi float [ %199, %softmax ], [ %868, %849 ]
	%904 = phi float [ %200, %softmax ], [ %869, %849 ]
	%905 = phi float [ %201, %softmax ], [ %870, %849 ]
	%906 = phi float [ %202, %softmax ], [ %871, %849 ]
	%907 = phi float [ %203, %softmax ], [ %872, %849 ]
	%908 = phi float [ %204, %softmax ], [ %873, %849 ]
	%909 = phi float [ %205, %softmax ], [ %874, %849 ]
	%910 = phi float [ %206, %softmax ], [ %875, %849 ]
	%911 = phi float [ %207, %softmax ], [ %876, %849 ]
	%912 = phi float [ %208, %softmax ], [ %877, %849 ]
	%913 = phi float [ %209, %softmax ], [ %878, %849 ]
	%914 = phi float [ %210, %softmax ], [ %879, %849 ]
	%915 = phi float [ %211, %softmax ], [ %880, %849 ]
	%916 = phi float [ %212, %softmax ], [ %881, %849 ]
	%917 = phi float [ %213, %softmax ], [ %882, %849 ]
	%918 = phi float [ %214, %softmax ], [ %883, %849 ]
	%919 = phi float [ %215, %softmax ], [ %884, %849 ]
	%920 = phi float [ %216, %softmax ], [ %885, %849 ]
	%921 = phi float [ %217, %softmax ], [ %886, %849 ]
	%922 = phi float [ %218, %softmax ], [ %887, %849 ]
	%923 = phi float [ %219, %softmax ], [ %888, %849 ]
	%924 = phi float [ %220, %softmax ], [ %889, %849 ]
	%925 = phi float [ %222, %softmax ], [ %890, %849 ]
	%926 = phi float [ %224, %softmax ], [ %891, %849 ]
	%927 = select i1 %848, float %820, float %221
	%928 = fcmp oeq float %927, 0xFFF0000000000000
	%929 = select i1 %928, float 0.0, float %927
	%930 = fneg float %929
	%931 = call float @llvm.fma.f32(float %768, float 0x3FC7154760000000, float %930)
	%932 = call float @llvm.nvvm.ex2.approx.ftz.f(float %931)
	%933 = call float @llvm.fma.f32(float %769, float 0x3FC7154760000000, float %930)
	%934 = call float @llvm.nvvm.ex2.approx.ftz.f(float %933)
	%935 = call float @llvm.fma.f32(float %772, float 0x3FC7154760000000, float %930)
	%936 = call float @llvm.nvvm.ex2.approx.ftz.f(float %935)
	%937 = call float @llvm.fma.f32(float %773, float 0x3FC7154760000000, float %930)
	%938 = call float @llvm.nvvm.ex2.approx.ftz.f(float %937)
	%939 = call float @llvm.fma.f32(float %776, float 0x3FC7154760000000, float %930)
	%940 = call float @llvm.nvvm.ex2.approx.ftz.f(float %939)
	%941 = call float @llvm.fma.f32(float %777, float 0x3FC7154760000000, float %930)
	%942 = call float @llvm.nvvm.ex2.approx.ftz.f(float %941)
	%943 = call float @llvm.fma.f32(float %780, float 0x3FC7154760000000, float %930)
	%944 = call float @llvm.nvvm.ex2.approx.ftz.f(float %943)
	%945 = call float @llvm.fma.f32(float %781, float 0x3FC7154760000000, float %930)
	%946 = call float @llvm.nvvm.ex2.approx.ftz.f(float %945)
	%947 = call float @llvm.fma.f32(float %784, float 0x3FC7154760000000, float %930)
	%948 = call float @llvm.nvvm.ex2.approx.ftz.f(float %947)
	%949 = call float @llvm.fma.f32(float %785, float 0x3FC7154760000000, float %930)
	%950 = call float @llvm.nvvm.ex2.approx.ftz.f(float %949)
	%951 = call float @llvm.fma.f32(float %788, float 0x3FC7154760000000, float %930)
	%952 = call float @llvm.nvvm.ex2.approx.ftz.f(float %951)
	%953 = call float @llvm.fma.f32(float %789, float 0x3FC7154760000000, float %930)
	%954 = call float @llvm.nvvm.ex2.approx.ftz.f(float %953)
	%955 = call float @llvm.fma.f32(float %792, float 0x3FC7154760000000, float %930)
	%956 = call float @llvm.nvvm.ex2.approx.ftz.f(float %955)
	%957 = call float @llvm.fma.f32(float %793, float 0x3FC7154760000000, float %930)
	%958 = call float @llvm.nvvm.ex2.approx.ftz.f(float %957)
	%959 = call float @llvm.fma.f32(float %796, float 0x3FC7154760000000, float %930)
	%960 = call float @llvm.nvvm.ex2.approx.ftz.f(float %959)
	%961 = call float @llvm.fma.f32(float %797, float 0x3FC7154760000000, float %930)
	%962 = call float @llvm.nvvm.ex2.approx.ftz.f(float %961)
	%963 = fadd float %932, %934
	%964 = fadd float %936, %938
	%965 = fadd float %940, %942
	%966 = fadd float %944, %946
	%967 = fadd float %948, %950
	%968 = fadd float %952, %954
	%969 = fadd float %956, %958
	%970 = fadd float %960, %962
	%971 = fadd float %963, %964
	%972 = fadd float %965, %966
	%973 = fadd float %967, %968
	%974 = fadd float %969, %970
	%975 = fadd float %971, %972
	%976 = fadd float %973, %974
	%977 = fadd float %975, %976
	%978 = fadd float %925, %977
	%979 = select i1 %848, float %844, float %223
	%980 = fcmp oeq float %979, 0xFFF0000000000000
	%981 = select i1 %980, float 0.0, float %979
	%982 = fneg float %981
	%983 = call float @llvm.fma.f32(float %770, float 0x3FC7154760000000, float %982)
	%984 = call float @llvm.nvvm.ex2.approx.ftz.f(float %983)
	%985 = call float @llvm.fma.f32(float %771, float 0x3FC7154760000000, float %982)
	%986 = call float @llvm.nvvm.ex2.approx.ftz.f(float %985)
	%987 = call float @llvm.fma.f32(float %774, float 0x3FC7154760000000, float %982)
	%988 = call float @llvm.nvvm.ex2.approx.ftz.f(float %987)
	%989 = call float @llvm.fma.f32(float %775, float 0x3FC7154760000000, float %982)
	%990 = call float @llvm.nvvm.ex2.approx.ftz.f(float %989)
	%991 = call float @llvm.fma.f32(float %778, float 0x3FC7154760000000, float %982)
	%992 = call float @llvm.nvvm.ex2.approx.ftz.f(float %991)
	%993 = call float @llvm.fma.f32(float %779, float 0x3FC7154760000000, float %982)
	%994 = call float @llvm.nvvm.ex2.approx.ftz.f(float %993)
	%995 = call float @llvm.fma.f32(float %782, float 0x3FC7154760000000, float %982)
	%996 = call float @llvm.nvvm.ex2.approx.ftz.f(float %995)
	%997 = call float @llvm.fma.f32(float %783, float 0x3FC7154760000000, float %982)
	%998 = call float @llvm.nvvm.ex2.approx.ftz.f(float %997)
	%999 = call float @llvm.fma.f32(float %786, float 0x3FC7154760000000, float %982)
	%1000 = call float @llvm.nvvm.ex2.approx.ftz.f(float %999)
	%1001 = call float @llvm.fma.f32(float %787, float 0x3FC7154760000000, float %982)
	%1002 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1001)
	%1003 = call float @llvm.fma.f32(float %790, float 0x3FC7154760000000, float %982)
	%1004 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1003)
	%1005 = call float @llvm.fma.f32(float %791, float 0x3FC7154760000000, float %982)
	%1006 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1005)
	%1007 = call float @llvm.fma.f32(float %794, float 0x3FC7154760000000, float %982)
	%1008 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1007)
	%1009 = call float @llvm.fma.f32(float %795, float 0x3FC7154760000000, float %982)
	%1010 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1009)
	%1011 = call float @llvm.fma.f32(float %798, float 0x3FC7154760000000, float %982)
	%1012 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1011)
	%1013 = call float @llvm.fma.f32(float %799, float 0x3FC7154760000000, float %982)
	%1014 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1013)
	%1015 = fadd float %984, %986
	%1016 = fadd float %988, %990
	%1017 = fadd float %992, %994
	%1018 = fadd float %996, %998
	%1019 = fadd float %1000, %1002
	%1020 = fadd float %1004, %1006
	%1021 = fadd float %1008, %1010
	%1022 = fadd float %1012, %1014
	%1023 = fadd float %1015, %1016
	%1024 = fadd float %1017, %1018
	%1025 = fadd float %1019, %1020
	%1026 = fadd float %1021, %1022
	%1027 = fadd float %1023, %1024
	%1028 = fadd float %1025, %1026
	%1029 = fadd float %1027, %1028
	%1030 = fadd float %926, %1029
	%1031 = add i32 %185, 1
	%1032 = icmp sge i32 %187, 0
	%1033 = add i32 %185, 2
	%1034 = icmp slt i32 %1033, %NK
	%1035 = and i1 %1032, %1034
	%1036 = select i1 %1035, i32 %1033, i32 0
	%1037 = add i32 %41, %1036
	%1038 = sext i32 %1037 to i64
	%1039 = getelementptr i32, i32* %list, i64 %1038
	%1040 = load i32, i32* %1039
	%1041 = select i1 %1035, i32 %1040, i32 -1
	%1042 = icmp sge i32 %187, 0
	%1043 = icmp slt i32 %187, %NK
	%1044 = and i1 %1042, %1043
	%1045 = select i1 %1044, i32 %187, i32 0
	%1046 = add i32 %45, %1045
	%1047 = sext i32 %1046 to i64
	%1048 = getelementptr i8, i8* %cls, i64 %1047
	%1049 = load i8, i8* %1048
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1032, label %prefetch, label %pv

prefetch:
	%1050 = mul i32 %187, 64
	%1051 = lshr i32 %2, 3
	%1052 = and i32 %2, 7
	%1053 = and i32 %1051, 7
	%1054 = xor i32 %1052, %1053
	%1055 = mul i32 %1051, 8
	%1056 = add i32 %1055, %1054
	%1057 = shl i32 %1056, 4
	%1058 = add i32 %0, %1057
	%1059 = add i32 %1050, %1051
	%1060 = mul i32 %1059, 64
	%1061 = mul i32 %1052, 8
	%1062 = add i32 %1060, %1061
	%1063 = sext i32 %1062 to i64
	%1064 = getelementptr i16, i16* %32, i64 %1063
	%1065 = add i32 %1059, 0
	%1066 = icmp slt i32 %1065, %N
	%1067 = getelementptr i16, i16* %1064, i64 0
	%1068 = select i1 %1066, i16* %1067, i16* %32
	%1069 = add i32 %1058, 0
	%1070 = select i1 %1066, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1069, i16* %1068, i32 %1070)
	%1071 = add i32 %1059, 16
	%1072 = icmp slt i32 %1071, %N
	%1073 = getelementptr i16, i16* %1064, i64 1024
	%1074 = select i1 %1072, i16* %1073, i16* %32
	%1075 = add i32 %1058, 2048
	%1076 = select i1 %1072, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1075, i16* %1074, i32 %1076)
	%1077 = add i32 %1059, 32
	%1078 = icmp slt i32 %1077, %N
	%1079 = getelementptr i16, i16* %1064, i64 2048
	%1080 = select i1 %1078, i16* %1079, i16* %32
	%1081 = add i32 %1058, u0x1000
	%1082 = select i1 %1078, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1081, i16* %1080, i32 %1082)
	%1083 = add i32 %1059, 48
	%1084 = icmp slt i32 %1083, %N
	%1085 = getelementptr i16, i16* %1064, i64 3072
	%1086 = select i1 %1084, i16* %1085, i16* %32
	%1087 = add i32 %1058, 6144
	%1088 = select i1 %1084, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1087, i16* %1086, i32 %1088)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1089 = and i32 %4, 7
	%1090 = lshr i32 %4, 3
	%1091 = and i32 %1090, 1
	%1092 = shl i32 %1091, 3
	%1093 = add i32 %1089, %1092
	%1094 = mul i32 %1093, 128
	%1095 = add i32 %1, %1094
	%1096 = and i32 %4, 7
	%1097 = xor i32 %112, %1096
	%1098 = shl i32 %1097, 4
	%1099 = add i32 %1095, %1098
	%1100 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %934, float %932)
	%1101 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %986, float %984)
	%1102 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %938, float %936)
	%1103 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %990, float %988)
	%1104 = xor i32 %1099, 0
	%1105 = add i32 %1104, 0
	%1106 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1105)
	%1107 = extractvalue { i32, i32, i32, i32 } %1106, 0
	%1108 = extractvalue { i32, i32, i32, i32 } %1106, 1
	%1109 = extractvalue { i32, i32, i32, i32 } %1106, 2
	%1110 = extractvalue { i32, i32, i32, i32 } %1106, 3
	%1111 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1100, i32 %1101, i32 %1102, i32 %1103, i32 %1107, i32 %1108, float %893, float %894, float %895, float %896)
	%1112 = extractvalue { float, float, float, float } %1111, 0
	%1113 = extractvalue { float, float, float, float } %1111, 1
	%1114 = extractvalue { float, float, float, float } %1111, 2
	%1115 = extractvalue { float, float, float, float } %1111, 3
	%1116 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1100, i32 %1101, i32 %1102, i32 %1103, i32 %1109, i32 %1110, float %897, float %898, float %899, float %900)
	%1117 = extractvalue { float, float, float, float } %1116, 0
	%1118 = extractvalue { float, float, float, float } %1116, 1
	%1119 = extractvalue { float, float, float, float } %1116, 2
	%1120 = extractvalue { float, float, float, float } %1116, 3
	%1121 = xor i32 %1099, 32
	%1122 = add i32 %1121, 0
	%1123 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1122)
	%1124 = extractvalue { i32, i32, i32, i32 } %1123, 0
	%1125 = extractvalue { i32, i32, i32, i32 } %1123, 1
	%1126 = extractvalue { i32, i32, i32, i32 } %1123, 2
	%1127 = extractvalue { i32, i32, i32, i32 } %1123, 3
	%1128 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1100, i32 %1101, i32 %1102, i32 %1103, i32 %1124, i32 %1125, float %901, float %902, float %903, float %904)
	%1129 = extractvalue { float, float, float, float } %1128, 0
	%1130 = extractvalue { float, float, float, float } %1128, 1
	%1131 = extractvalue { float, float, float, float } %1128, 2
	%1132 = extractvalue { float, float, float, float } %1128, 3
	%1133 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1100, i32 %1101, i32 %1102, i32 %1103, i32 %1126, i32 %1127, float %905, float %906, float %907, float %908)
	%1134 = extractvalue { float, float, float, float } %1133, 0
	%1135 = extractvalue { float, float, float, float } %1133, 1
	%1136 = extractvalue { float, float, float, float } %1133, 2
	%1137 = extractvalue { float, float, float, float } %1133, 3
	%1138 = xor i32 %1099, 64
	%1139 = add i32 %1138, 0
	%1140 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1139)
	%1141 = extractvalue { i32, i32, i32, i32 } %1140, 0
	%1142 = extractvalue { i32, i32, i32, i32 } %1140, 1
	%1143 = extractvalue { i32, i32, i32, i32 } %1140, 2
	%1144 = extractvalue { i32, i32, i32, i32 } %1140, 3
	%1145 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1100, i32 %1101, i32 %1102, i32 %1103, i32 %1141, i32 %1142, float %909, float %910, float %911, float %912)
	%1146 = extractvalue { float, float, float, float } %1145, 0
	%1147 = extractvalue { float, float, float, float } %1145, 1
	%1148 = extractvalue { float, float, float, float } %1145, 2
	%1149 = extractvalue { float, float, float, float } %1145, 3
	%1150 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1100, i32 %1101, i32 %1102, i32 %1103, i32 %1143, i32 %1144, float %913, float %914, float %915, float %916)
	%1151 = extractvalue { float, float, float, float } %1150, 0
	%1152 = extractvalue { float, float, float, float } %1150, 1
	%1153 = extractvalue { float, float, float, float } %1150, 2
	%1154 = extractvalue { float, float, float, float } %1150, 3
	%1155 = xor i32 %1099, 96
	%1156 = add i32 %1155, 0
	%1157 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1156)
	%1158 = extractvalue { i32, i32, i32, i32 } %1157, 0
	%1159 = extractvalue { i32, i32, i32, i32 } %1157, 1
	%1160 = extractvalue { i32, i32, i32, i32 } %1157, 2
	%1161 = extractvalue { i32, i32, i32, i32 } %1157, 3
	%1162 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1100, i32 %1101, i32 %1102, i32 %1103, i32 %1158, i32 %1159, float %917, float %918, float %919, float %920)
	%1163 = extractvalue { float, float, float, float } %1162, 0
	%1164 = extractvalue { float, float, float, float } %1162, 1
	%1165 = extractvalue { float, float, float, float } %1162, 2
	%1166 = extractvalue { float, float, float, float } %1162, 3
	%1167 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1100, i32 %1101, i32 %1102, i32 %1103, i32 %1160, i32 %1161, float %921, float %922, float %923, float %924)
	%1168 = extractvalue { float, float, float, float } %1167, 0
	%1169 = extractvalue { float, float, float, float } %1167, 1
	%1170 = extractvalue { float, float, float, float } %1167, 2
	%1171 = extractvalue { float, float, float, float } %1167, 3
	%1172 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %942, float %940)
	%1173 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %994, float %992)
	%1174 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %946, float %944)
	%1175 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %998, float %996)
	%1176 = xor i32 %1099, 0
	%1177 = add i32 %1176, 2048
	%1178 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1177)
	%1179 = extractvalue { i32, i32, i32, i32 } %1178, 0
	%1180 = extractvalue { i32, i32, i32, i32 } %1178, 1
	%1181 = extractvalue { i32, i32, i32, i32 } %1178, 2
	%1182 = extractvalue { i32, i32, i32, i32 } %1178, 3
	%1183 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1172, i32 %1173, i32 %1174, i32 %1175, i32 %1179, i32 %1180, float %1112, float %1113, float %1114, float %1115)
	%1184 = extractvalue { float, float, float, float } %1183, 0
	%1185 = extractvalue { float, float, float, float } %1183, 1
	%1186 = extractvalue { float, float, float, float } %1183, 2
	%1187 = extractvalue { float, float, float, float } %1183, 3
	%1188 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1172, i32 %1173, i32 %1174, i32 %1175, i32 %1181, i32 %1182, float %1117, float %1118, float %1119, float %1120)
	%1189 = extractvalue { float, float, float, float } %1188, 0
	%1190 = extractvalue { float, float, float, float } %1188, 1
	%1191 = extractvalue { float, float, float, float } %1188, 2
	%1192 = extractvalue { float, float, float, float } %1188, 3
	%1193 = xor i32 %1099, 32
	%1194 = add i32 %1193, 2048
	%1195 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1194)
	%1196 = extractvalue { i32, i32, i32, i32 } %1195, 0
	%1197 = extractvalue { i32, i32, i32, i32 } %1195, 1
	%1198 = extractvalue { i32, i32, i32, i32 } %1195, 2
	%1199 = extractvalue { i32, i32, i32, i32 } %1195, 3
	%1200 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1172, i32 %1173, i32 %1174, i32 %1175, i32 %1196, i32 %1197, float %1129, float %1130, float %1131, float %1132)
	%1201 = extractvalue { float, float, float, float } %1200, 0
	%1202 = extractvalue { float, float, float, float } %1200, 1
	%1203 = extractvalue { float, float, float, float } %1200, 2
	%1204 = extractvalue { float, float, float, float } %1200, 3
	%1205 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1172, i32 %1173, i32 %1174, i32 %1175, i32 %1198, i32 %1199, float %1134, float %1135, float %1136, float %1137)
	%1206 = extractvalue { float, float, float, float } %1205, 0
	%1207 = extractvalue { float, float, float, float } %1205, 1
	%1208 = extractvalue { float, float, float, float } %1205, 2
	%1209 = extractvalue { float, float, float, float } %1205, 3
	%1210 = xor i32 %1099, 64
	%1211 = add i32 %1210, 2048
	%1212 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1211)
	%1213 = extractvalue { i32, i32, i32, i32 } %1212, 0
	%1214 = extractvalue { i32, i32, i32, i32 } %1212, 1
	%1215 = extractvalue { i32, i32, i32, i32 } %1212, 2
	%1216 = extractvalue { i32, i32, i32, i32 } %1212, 3
	%1217 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1172, i32 %1173, i32 %1174, i32 %1175, i32 %1213, i32 %1214, float %1146, float %1147, float %1148, float %1149)
	%1218 = extractvalue { float, float, float, float } %1217, 0
	%1219 = extractvalue { float, float, float, float } %1217, 1
	%1220 = extractvalue { float, float, float, float } %1217, 2
	%1221 = extractvalue { float, float, float, float } %1217, 3
	%1222 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1172, i32 %1173, i32 %1174, i32 %1175, i32 %1215, i32 %1216, float %1151, float %1152, float %1153, float %1154)
	%1223 = extractvalue { float, float, float, float } %1222, 0
	%1224 = extractvalue { float, float, float, float } %1222, 1
	%1225 = extractvalue { float, float, float, float } %1222, 2
	%1226 = extractvalue { float, float, float, float } %1222, 3
	%1227 = xor i32 %1099, 96
	%1228 = add i32 %1227, 2048
	%1229 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1228)
	%1230 = extractvalue { i32, i32, i32, i32 } %1229, 0
	%1231 = extractvalue { i32, i32, i32, i32 } %1229, 1
	%1232 = extractvalue { i32, i32, i32, i32 } %1229, 2
	%1233 = extractvalue { i32, i32, i32, i32 } %1229, 3
	%1234 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1172, i32 %1173, i32 %1174, i32 %1175, i32 %1230, i32 %1231, float %1163, float %1164, float %1165, float %1166)
	%1235 = extractvalue { float, float, float, float } %1234, 0
	%1236 = extractvalue { float, float, float, float } %1234, 1
	%1237 = extractvalue { float, float, float, float } %1234, 2
	%1238 = extractvalue { float, float, float, float } %1234, 3
	%1239 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1172, i32 %1173, i32 %1174, i32 %1175, i32 %1232, i32 %1233, float %1168, float %1169, float %1170, float %1171)
	%1240 = extractvalue { float, float, float, float } %1239, 0
	%1241 = extractvalue { float, float, float, float } %1239, 1
	%1242 = extractvalue { float, float, float, float } %1239, 2
	%1243 = extractvalue { float, float, float, float } %1239, 3
	%1244 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %950, float %948)
	%1245 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1002, float %1000)
	%1246 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %954, float %952)
	%1247 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1006, float %1004)
	%1248 = xor i32 %1099, 0
	%1249 = add i32 %1248, u0x1000
	%1250 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1249)
	%1251 = extractvalue { i32, i32, i32, i32 } %1250, 0
	%1252 = extractvalue { i32, i32, i32, i32 } %1250, 1
	%1253 = extractvalue { i32, i32, i32, i32 } %1250, 2
	%1254 = extractvalue { i32, i32, i32, i32 } %1250, 3
	%1255 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1244, i32 %1245, i32 %1246, i32 %1247, i32 %1251, i32 %1252, float %1184, float %1185, float %1186, float %1187)
	%1256 = extractvalue { float, float, float, float } %1255, 0
	%1257 = extractvalue { float, float, float, float } %1255, 1
	%1258 = extractvalue { float, float, float, float } %1255, 2
	%1259 = extractvalue { float, float, float, float } %1255, 3
	%1260 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1244, i32 %1245, i32 %1246, i32 %1247, i32 %1253, i32 %1254, float %1189, float %1190, float %1191, float %1192)
	%1261 = extractvalue { float, float, float, float } %1260, 0
	%1262 = extractvalue { float, float, float, float } %1260, 1
	%1263 = extractvalue { float, float, float, float } %1260, 2
	%1264 = extractvalue { float, float, float, float } %1260, 3
	%1265 = xor i32 %1099, 32
	%1266 = add i32 %1265, u0x1000
	%1267 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1266)
	%1268 = extractvalue { i32, i32, i32, i32 } %1267, 0
	%1269 = extractvalue { i32, i32, i32, i32 } %1267, 1
	%1270 = extractvalue { i32, i32, i32, i32 } %1267, 2
	%1271 = extractvalue { i32, i32, i32, i32 } %1267, 3
	%1272 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1244, i32 %1245, i32 %1246, i32 %1247, i32 %1268, i32 %1269, float %1201, float %1202, float %1203, float %1204)
	%1273 = extractvalue { float, float, float, float } %1272, 0
	%1274 = extractvalue { float, float, float, float } %1272, 1
	%1275 = extractvalue { float, float, float, float } %1272, 2
	%1276 = extractvalue { float, float, float, float } %1272, 3
	%1277 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1244, i32 %1245, i32 %1246, i32 %1247, i32 %1270, i32 %1271, float %1206, float %1207, float %1208, float %1209)
	%1278 = extractvalue { float, float, float, float } %1277, 0
	%1279 = extractvalue { float, float, float, float } %1277, 1
	%1280 = extractvalue { float, float, float, float } %1277, 2
	%1281 = extractvalue { float, float, float, float } %1277, 3
	%1282 = xor i32 %1099, 64
	%1283 = add i32 %1282, u0x1000
	%1284 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1283)
	%1285 = extractvalue { i32, i32, i32, i32 } %1284, 0
	%1286 = extractvalue { i32, i32, i32, i32 } %1284, 1
	%1287 = extractvalue { i32, i32, i32, i32 } %1284, 2
	%1288 = extractvalue { i32, i32, i32, i32 } %1284, 3
	%1289 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1244, i32 %1245, i32 %1246, i32 %1247, i32 %1285, i32 %1286, float %1218, float %1219, float %1220, float %1221)
	%1290 = extractvalue { float, float, float, float } %1289, 0
	%1291 = extractvalue { float, float, float, float } %1289, 1
	%1292 = extractvalue { float, float, float, float } %1289, 2
	%1293 = extractvalue { float, float, float, float } %1289, 3
	%1294 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1244, i32 %1245, i32 %1246, i32 %1247, i32 %1287, i32 %1288, float %1223, float %1224, float %1225, float %1226)
	%1295 = extractvalue { float, float, float, float } %1294, 0
	%1296 = extractvalue { float, float, float, float } %1294, 1
	%1297 = extractvalue { float, float, float, float } %1294, 2
	%1298 = extractvalue { float, float, float, float } %1294, 3
	%1299 = xor i32 %1099, 96
	%1300 = add i32 %1299, u0x1000
	%1301 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1300)
	%1302 = extractvalue { i32, i32, i32, i32 } %1301, 0
	%1303 = extractvalue { i32, i32, i32, i32 } %1301, 1
	%1304 = extractvalue { i32, i32, i32, i32 } %1301, 2
	%1305 = extractvalue { i32, i32, i32, i32 } %1301, 3
	%1306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1244, i32 %1245, i32 %1246, i32 %1247, i32 %1302, i32 %1303, float %1235, float %1236, float %1237, float %1238)
	%1307 = extractvalue { float, float, float, float } %1306, 0
	%1308 = extractvalue { float, float, float, float } %1306, 1
	%1309 = extractvalue { float, float, float, float } %1306, 2
	%1310 = extractvalue { float, float, float, float } %1306, 3
	%1311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1244, i32 %1245, i32 %1246, i32 %1247, i32 %1304, i32 %1305, float %1240, float %1241, float %1242, float %1243)
	%1312 = extractvalue { float, float, float, float } %1311, 0
	%1313 = extractvalue { float, float, float, float } %1311, 1
	%1314 = extractvalue { float, float, float, float } %1311, 2
	%1315 = extractvalue { float, float, float, float } %1311, 3
	%1316 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %958, float %956)
	%1317 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1010, float %1008)
	%1318 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %962, float %960)
	%1319 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1014, float %1012)
	%1320 = xor i32 %1099, 0
	%1321 = add i32 %1320, 6144
	%1322 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1321)
	%1323 = extractvalue { i32, i32, i32, i32 } %1322, 0
	%1324 = extractvalue { i32, i32, i32, i32 } %1322, 1
	%1325 = extractvalue { i32, i32, i32, i32 } %1322, 2
	%1326 = extractvalue { i32, i32, i32, i32 } %1322, 3
	%1327 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1316, i32 %1317, i32 %1318, i32 %1319, i32 %1323, i32 %1324, float %1256, float %1257, float %1258, float %1259)
	%1328 = extractvalue { float, float, float, float } %1327, 0
	%1329 = extractvalue { float, float, float, float } %1327, 1
	%1330 = extractvalue { float, float, float, float } %1327, 2
	%1331 = extractvalue { float, float, float, float } %1327, 3
	%1332 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1316, i32 %1317, i32 %1318, i32 %1319, i32 %1325, i32 %1326, float %1261, float %1262, float %1263, float %1264)
	%1333 = extractvalue { float, float, float, float } %1332, 0
	%1334 = extractvalue { float, float, float, float } %1332, 1
	%1335 = extractvalue { float, float, float, float } %1332, 2
	%1336 = extractvalue { float, float, float, float } %1332, 3
	%1337 = xor i32 %1099, 32
	%1338 = add i32 %1337, 6144
	%1339 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1338)
	%1340 = extractvalue { i32, i32, i32, i32 } %1339, 0
	%1341 = extractvalue { i32, i32, i32, i32 } %1339, 1
	%1342 = extractvalue { i32, i32, i32, i32 } %1339, 2
	%1343 = extractvalue { i32, i32, i32, i32 } %1339, 3
	%1344 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1316, i32 %1317, i32 %1318, i32 %1319, i32 %1340, i32 %1341, float %1273, float %1274, float %1275, float %1276)
	%1345 = extractvalue { float, float, float, float } %1344, 0
	%1346 = extractvalue { float, float, float, float } %1344, 1
	%1347 = extractvalue { float, float, float, float } %1344, 2
	%1348 = extractvalue { float, float, float, float } %1344, 3
	%1349 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1316, i32 %1317, i32 %1318, i32 %1319, i32 %1342, i32 %1343, float %1278, float %1279, float %1280, float %1281)
	%1350 = extractvalue { float, float, float, float } %1349, 0
	%1351 = extractvalue { float, float, float, float } %1349, 1
	%1352 = extractvalue { float, float, float, float } %1349, 2
	%1353 = extractvalue { float, float, float, float } %1349, 3
	%1354 = xor i32 %1099, 64
	%1355 = add i32 %1354, 6144
	%1356 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1355)
	%1357 = extractvalue { i32, i32, i32, i32 } %1356, 0
	%1358 = extractvalue { i32, i32, i32, i32 } %1356, 1
	%1359 = extractvalue { i32, i32, i32, i32 } %1356, 2
	%1360 = extractvalue { i32, i32, i32, i32 } %1356, 3
	%1361 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1316, i32 %1317, i32 %1318, i32 %1319, i32 %1357, i32 %1358, float %1290, float %1291, float %1292, float %1293)
	%1362 = extractvalue { float, float, float, float } %1361, 0
	%1363 = extractvalue { float, float, float, float } %1361, 1
	%1364 = extractvalue { float, float, float, float } %1361, 2
	%1365 = extractvalue { float, float, float, float } %1361, 3
	%1366 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1316, i32 %1317, i32 %1318, i32 %1319, i32 %1359, i32 %1360, float %1295, float %1296, float %1297, float %1298)
	%1367 = extractvalue { float, float, float, float } %1366, 0
	%1368 = extractvalue { float, float, float, float } %1366, 1
	%1369 = extractvalue { float, float, float, float } %1366, 2
	%1370 = extractvalue { float, float, float, float } %1366, 3
	%1371 = xor i32 %1099, 96
	%1372 = add i32 %1371, 6144
	%1373 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1372)
	%1374 = extractvalue { i32, i32, i32, i32 } %1373, 0
	%1375 = extractvalue { i32, i32, i32, i32 } %1373, 1
	%1376 = extractvalue { i32, i32, i32, i32 } %1373, 2
	%1377 = extractvalue { i32, i32, i32, i32 } %1373, 3
	%1378 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1316, i32 %1317, i32 %1318, i32 %1319, i32 %1374, i32 %1375, float %1307, float %1308, float %1309, float %1310)
	%1379 = extractvalue { float, float, float, float } %1378, 0
	%1380 = extractvalue { float, float, float, float } %1378, 1
	%1381 = extractvalue { float, float, float, float } %1378, 2
	%1382 = extractvalue { float, float, float, float } %1378, 3
	%1383 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1316, i32 %1317, i32 %1318, i32 %1319, i32 %1376, i32 %1377, float %1312, float %1313, float %1314, float %1315)
	%1384 = extractvalue { float, float, float, float } %1383, 0
	%1385 = extractvalue { float, float, float, float } %1383, 1
	%1386 = extractvalue { float, float, float, float } %1383, 2
	%1387 = extractvalue { float, float, float, float } %1383, 3
	br i1 %1032, label %loop, label %epilogue

store0:
	%1388 = mul i32 %22, %M
	%1389 = add i32 %1388, %590
	%1390 = mul i32 %1389, 64
	%1391 = shl i32 %6, 1
	%1392 = add i32 0, %1391
	%1393 = add i32 %1390, %1392
	%1394 = sext i32 %1393 to i64
	%1395 = getelementptr float, float* %out, i64 %1394
	store float %591, float* %1395
	%1396 = getelementptr float, float* %1395, i32 1
	store float %592, float* %1396
	%1397 = shl i32 %6, 1
	%1398 = add i32 8, %1397
	%1399 = add i32 %1390, %1398
	%1400 = sext i32 %1399 to i64
	%1401 = getelementptr float, float* %out, i64 %1400
	store float %593, float* %1401
	%1402 = getelementptr float, float* %1401, i32 1
	store float %594, float* %1402
	%1403 = shl i32 %6, 1
	%1404 = add i32 16, %1403
	%1405 = add i32 %1390, %1404
	%1406 = sext i32 %1405 to i64
	%1407 = getelementptr float, float* %out, i64 %1406
	store float %595, float* %1407
	%1408 = getelementptr float, float* %1407, i32 1
	store float %596, float* %1408
	%1409 = shl i32 %6, 1
	%1410 = add i32 24, %1409
	%1411 = add i32 %1390, %1410
	%1412 = sext i32 %1411 to i64
	%1413 = getelementptr float, float* %out, i64 %1412
	store float %597, float* %1413
	%1414 = getelementptr float, float* %1413, i32 1
	store float %598, float* %1414
	%1415 = shl i32 %6, 1
	%1416 = add i32 32, %1415
	%1417 = add i32 %1390, %1416
	%1418 = sext i32 %1417 to i64
	%1419 = getelementptr float, float* %out, i64 %1418
	store float %599, float* %1419
	%1420 = getelementptr float, float* %1419, i32 1
	store float %600, float* %1420
	%1421 = shl i32 %6, 1
	%1422 = add i32 40, %1421
	%1423 = add i32 %1390, %1422
	%1424 = sext i32 %1423 to i64
	%1425 = getelementptr float, float* %out, i64 %1424
	store float %601, float* %1425
	%1426 = getelementptr float, float* %1425, i32 1
	store float %602, float* %1426
	%1427 = shl i32 %6, 1
	%1428 = add i32 48, %1427
	%1429 = add i32 %1390, %1428
	%1430 = sext i32 %1429 to i64
	%1431 = getelementptr float, float* %out, i64 %1430
	store float %603, float* %1431
	%1432 = getelementptr float, float* %1431, i32 1
	store float %604, float* %1432
	%1433 = shl i32 %6, 1
	%1434 = add i32 56, %1433
	%1435 = add i32 %1390, %1434
	%1436 = sext i32 %1435 to i64
	%1437 = getelementptr float, float* %out, i64 %1436
	store float %605, float* %1437
	%1438 = getelementptr float, float* %1437, i32 1
	store float %606, float* %1438
	br label %stored0

stored0:
	%1439 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %546, i32 1, i32 31)
	%1440 = fadd float %546, %1439
	%1441 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1440, i32 2, i32 31)
	%1442 = fadd float %1440, %1441
	%1443 = fcmp ogt float %1442, 0.0
	%1444 = fdiv float 1.0, %1442
	%1445 = select i1 %1443, float %1444, float 0.0
	%1446 = mul i32 %3, 16
	%1447 = add i32 %24, %1446
	%1448 = add i32 %5, 8
	%1449 = add i32 %1447, %1448
	%1450 = fmul float %550, %1445
	%1451 = fmul float %551, %1445
	%1452 = fmul float %554, %1445
	%1453 = fmul float %555, %1445
	%1454 = fmul float %558, %1445
	%1455 = fmul float %559, %1445
	%1456 = fmul float %562, %1445
	%1457 = fmul float %563, %1445
	%1458 = fmul float %566, %1445
	%1459 = fmul float %567, %1445
	%1460 = fmul float %570, %1445
	%1461 = fmul float %571, %1445
	%1462 = fmul float %574, %1445
	%1463 = fmul float %575, %1445
	%1464 = fmul float %578, %1445
	%1465 = fmul float %579, %1445
	%1466 = icmp slt i32 %1449, %M
	br i1 %1466, label %store1, label %stored1

store1:
	%1467 = mul i32 %22, %M
	%1468 = add i32 %1467, %1449
	%1469 = mul i32 %1468, 64
	%1470 = shl i32 %6, 1
	%1471 = add i32 0, %1470
	%1472 = add i32 %1469, %1471
	%1473 = sext i32 %1472 to i64
	%1474 = getelementptr float, float* %out, i64 %1473
	store float %1450, float* %1474
	%1475 = getelementptr float, float* %1474, i32 1
	store float %1451, float* %1475
	%1476 = shl i32 %6, 1
	%1477 = add i32 8, %1476
	%1478 = add i32 %1469, %1477
	%1479 = sext i32 %1478 to i64
	%1480 = getelementptr float, float* %out, i64 %1479
	store float %1452, float* %1480
	%1481 = getelementptr float, float* %1480, i32 1
	store float %1453, float* %1481
	%1482 = shl i32 %6, 1
	%1483 = add i32 16, %1482
	%1484 = add i32 %1469, %1483
	%1485 = sext i32 %1484 to i64
	%1486 = getelementptr float, float* %out, i64 %1485
	store float %1454, float* %1486
	%1487 = getelementptr float, float* %1486, i32 1
	store float %1455, float* %1487
	%1488 = shl i32 %6, 1
	%1489 = add i32 24, %1488
	%1490 = add i32 %1469, %1489
	%1491 = sext i32 %1490 to i64
	%1492 = getelementptr float, float* %out, i64 %1491
	store float %1456, float* %1492
	%1493 = getelementptr float, float* %1492, i32 1
	store float %1457, float* %1493
	%1494 = shl i32 %6, 1
	%1495 = add i32 32, %1494
	%1496 = add i32 %1469, %1495
	%1497 = sext i32 %1496 to i64
	%1498 = getelementptr float, float* %out, i64 %1497
	store float %1458, float* %1498
	%1499 = getelementptr float, float* %1498, i32 1
	store float %1459, float* %1499
	%1500 = shl i32 %6, 1
	%1501 = add i32 40, %1500
	%1502 = add i32 %1469, %1501
	%1503 = sext i32 %1502 to i64
	%1504 = getelementptr float, float* %out, i64 %1503
	store float %1460, float* %1504
	%1505 = getelementptr float, float* %1504, i32 1
	store float %1461, float* %1505
	%1506 = shl i32 %6, 1
	%1507 = add i32 48, %1506
	%1508 = add i32 %1469, %1507
	%1509 = sext i32 %1508 to i64
	%1510 = getelementptr float, float* %out, i64 %1509
	store float %1462, float* %1510
	%1511 = getelementptr float, float* %1510, i32 1
	store float %1463, float* %1511
	%1512 = shl i32 %6, 1
	%1513 = add i32 56, %1512
	%1514 = add i32 %1469, %1513
	%1515 = sext i32 %1514 to i64
	%1516 = getelementptr float, float* %out, i64 %1515
	store float %1464, float* %1516
	%1517 = getelementptr float, float* %1516, i32 1
	store float %1465, float* %1517
	br label %stored1

stored1:
	ret void
}
