; s2o
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@s2o_attn3_smem = internal addrspace(3) global [24576 x i8] undef, align 1024
@s2o_attn3_stop = internal addrspace(3) global [8 x float] undef, align 16

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
	%50 = lshr i32 %49, 3
	%51 = mul i32 %50, u0x2000
	%52 = and i32 %49, 7
	%53 = and i32 %48, 7
	%54 = xor i32 %52, %53
	%55 = mul i32 %48, 128
	%56 = shl i32 %54, 4
	%57 = add i32 %55, %56
	%58 = add i32 %51, %57
	%59 = add i32 %2, %58
	%60 = add i32 %13, %48
	%61 = mul i32 %60, 64
	%62 = mul i32 %49, 8
	%63 = add i32 %61, %62
	%64 = sext i32 %63 to i64
	%65 = getelementptr i16, i16* %17, i64 %64
	%66 = add i32 %60, 0
	%67 = icmp slt i32 %66, %M
	%68 = getelementptr i16, i16* %65, i64 0
	%69 = select i1 %67, i16* %68, i16* %17
	%70 = add i32 %59, 0
	%71 = select i1 %67, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %70, i16* %69, i32 %71)
	%72 = add i32 %60, 16
	%73 = icmp slt i32 %72, %M
	%74 = getelementptr i16, i16* %65, i64 1024
	%75 = select i1 %73, i16* %74, i16* %17
	%76 = add i32 %59, 2048
	%77 = select i1 %73, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %76, i16* %75, i32 %77)
	%78 = add i32 %60, 32
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %65, i64 2048
	%81 = select i1 %79, i16* %80, i16* %17
	%82 = add i32 %59, u0x1000
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %60, 48
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %65, i64 3072
	%87 = select i1 %85, i16* %86, i16* %17
	%88 = add i32 %59, 6144
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %47, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%90 = and i32 %5, 7
	%91 = lshr i32 %5, 3
	%92 = and i32 %91, 1
	%93 = shl i32 %92, 3
	%94 = add i32 %90, %93
	%95 = lshr i32 %5, 4
	%96 = mul i32 %4, 16
	%97 = add i32 %94, 0
	%98 = add i32 %96, %97
	%99 = mul i32 %98, 128
	%100 = add i32 %2, %99
	%101 = and i32 %5, 7
	%102 = xor i32 %95, %101
	%103 = shl i32 %102, 4
	%104 = add i32 %100, %103
	%105 = mul i32 %44, 64
	%106 = lshr i32 %3, 3
	%107 = and i32 %3, 7
	%108 = lshr i32 %107, 3
	%109 = mul i32 %108, u0x2000
	%110 = and i32 %107, 7
	%111 = and i32 %106, 7
	%112 = xor i32 %110, %111
	%113 = mul i32 %106, 128
	%114 = shl i32 %112, 4
	%115 = add i32 %113, %114
	%116 = add i32 %109, %115
	%117 = add i32 %0, %116
	%118 = add i32 %105, %106
	%119 = add i32 %118, 0
	%120 = icmp slt i32 %119, %N
	%121 = select i1 %120, i32 %119, i32 0
	%122 = sext i32 %121 to i64
	%123 = getelementptr i32, i32* %40, i64 %122
	%124 = load i32, i32* %123
	%125 = mul i32 %124, 64
	%126 = mul i32 %107, 8
	%127 = add i32 %125, %126
	%128 = sext i32 %127 to i64
	%129 = getelementptr i16, i16* %21, i64 %128
	%130 = add i32 %117, 0
	%131 = select i1 %120, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %130, i16* %129, i32 %131)
	%132 = add i32 %118, 16
	%133 = icmp slt i32 %132, %N
	%134 = select i1 %133, i32 %132, i32 0
	%135 = sext i32 %134 to i64
	%136 = getelementptr i32, i32* %40, i64 %135
	%137 = load i32, i32* %136
	%138 = mul i32 %137, 64
	%139 = mul i32 %107, 8
	%140 = add i32 %138, %139
	%141 = sext i32 %140 to i64
	%142 = getelementptr i16, i16* %21, i64 %141
	%143 = add i32 %117, 2048
	%144 = select i1 %133, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %143, i16* %142, i32 %144)
	%145 = add i32 %118, 32
	%146 = icmp slt i32 %145, %N
	%147 = select i1 %146, i32 %145, i32 0
	%148 = sext i32 %147 to i64
	%149 = getelementptr i32, i32* %40, i64 %148
	%150 = load i32, i32* %149
	%151 = mul i32 %150, 64
	%152 = mul i32 %107, 8
	%153 = add i32 %151, %152
	%154 = sext i32 %153 to i64
	%155 = getelementptr i16, i16* %21, i64 %154
	%156 = add i32 %117, u0x1000
	%157 = select i1 %146, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %156, i16* %155, i32 %157)
	%158 = add i32 %118, 48
	%159 = icmp slt i32 %158, %N
	%160 = select i1 %159, i32 %158, i32 0
	%161 = sext i32 %160 to i64
	%162 = getelementptr i32, i32* %40, i64 %161
	%163 = load i32, i32* %162
	%164 = mul i32 %163, 64
	%165 = mul i32 %107, 8
	%166 = add i32 %164, %165
	%167 = sext i32 %166 to i64
	%168 = getelementptr i16, i16* %21, i64 %167
	%169 = add i32 %117, 6144
	%170 = select i1 %159, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %169, i16* %168, i32 %170)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%171 = phi i32 [ 0, %prologue ], [ %1284, %pv ]
	%172 = phi i32 [ %44, %prologue ], [ %1291, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1622, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1623, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1624, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1625, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1626, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1627, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1628, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1629, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1630, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1631, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1632, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1633, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1634, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1635, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1636, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1637, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1638, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1639, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1640, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1641, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1642, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1643, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1644, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1645, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1646, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1647, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1648, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1649, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1650, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1651, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1652, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1653, %pv ]
	%205 = phi float [ 0xFFF0000000000000, %prologue ], [ %1088, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1142, %pv ]
	%207 = phi float [ 0xFFF0000000000000, %prologue ], [ %1163, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1217, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%209 = mul i32 %172, 64
	%210 = lshr i32 %3, 3
	%211 = and i32 %3, 7
	%212 = lshr i32 %211, 3
	%213 = mul i32 %212, u0x2000
	%214 = and i32 %211, 7
	%215 = and i32 %210, 7
	%216 = xor i32 %214, %215
	%217 = mul i32 %210, 128
	%218 = shl i32 %216, 4
	%219 = add i32 %217, %218
	%220 = add i32 %213, %219
	%221 = add i32 %1, %220
	%222 = add i32 %209, %210
	%223 = add i32 %222, 0
	%224 = icmp slt i32 %223, %N
	%225 = select i1 %224, i32 %223, i32 0
	%226 = sext i32 %225 to i64
	%227 = getelementptr i32, i32* %40, i64 %226
	%228 = load i32, i32* %227
	%229 = mul i32 %228, 64
	%230 = mul i32 %211, 8
	%231 = add i32 %229, %230
	%232 = sext i32 %231 to i64
	%233 = getelementptr i16, i16* %25, i64 %232
	%234 = add i32 %221, 0
	%235 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %234, i16* %233, i32 %235)
	%236 = add i32 %222, 16
	%237 = icmp slt i32 %236, %N
	%238 = select i1 %237, i32 %236, i32 0
	%239 = sext i32 %238 to i64
	%240 = getelementptr i32, i32* %40, i64 %239
	%241 = load i32, i32* %240
	%242 = mul i32 %241, 64
	%243 = mul i32 %211, 8
	%244 = add i32 %242, %243
	%245 = sext i32 %244 to i64
	%246 = getelementptr i16, i16* %25, i64 %245
	%247 = add i32 %221, 2048
	%248 = select i1 %237, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %247, i16* %246, i32 %248)
	%249 = add i32 %222, 32
	%250 = icmp slt i32 %249, %N
	%251 = select i1 %250, i32 %249, i32 0
	%252 = sext i32 %251 to i64
	%253 = getelementptr i32, i32* %40, i64 %252
	%254 = load i32, i32* %253
	%255 = mul i32 %254, 64
	%256 = mul i32 %211, 8
	%257 = add i32 %255, %256
	%258 = sext i32 %257 to i64
	%259 = getelementptr i16, i16* %25, i64 %258
	%260 = add i32 %221, u0x1000
	%261 = select i1 %250, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %260, i16* %259, i32 %261)
	%262 = add i32 %222, 48
	%263 = icmp slt i32 %262, %N
	%264 = select i1 %263, i32 %262, i32 0
	%265 = sext i32 %264 to i64
	%266 = getelementptr i32, i32* %40, i64 %265
	%267 = load i32, i32* %266
	%268 = mul i32 %267, 64
	%269 = mul i32 %211, 8
	%270 = add i32 %268, %269
	%271 = sext i32 %270 to i64
	%272 = getelementptr i16, i16* %25, i64 %271
	%273 = add i32 %221, 6144
	%274 = select i1 %263, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %273, i16* %272, i32 %274)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%275 = add i32 %2, 0
	%276 = zext i32 %275 to i64
	%277 = lshr i64 %276, 4
	%278 = and i64 %277, u0x3FFF
	%279 = or i64 %278, u0x4000004000010000
	%280 = add i32 %0, 0
	%281 = zext i32 %280 to i64
	%282 = lshr i64 %281, 4
	%283 = and i64 %282, u0x3FFF
	%284 = or i64 %283, u0x4000004000010000
	%285 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %279, i64 %284, i32 1)
	%286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 0
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 1
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 2
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 3
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 4
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 5
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 6
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 7
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 8
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 9
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 10
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 11
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 12
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 13
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 14
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 15
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 16
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 17
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 18
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 19
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 20
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 21
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 22
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 23
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 24
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 25
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 26
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 27
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 28
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 29
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 30
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %285, 31
	%318 = add i32 %2, 32
	%319 = zext i32 %318 to i64
	%320 = lshr i64 %319, 4
	%321 = and i64 %320, u0x3FFF
	%322 = or i64 %321, u0x4000004000010000
	%323 = add i32 %0, 32
	%324 = zext i32 %323 to i64
	%325 = lshr i64 %324, 4
	%326 = and i64 %325, u0x3FFF
	%327 = or i64 %326, u0x4000004000010000
	%328 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %286, float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, i64 %322, i64 %327, i32 1)
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 0
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 1
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 2
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 3
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 4
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 5
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 6
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 7
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 8
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 9
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 10
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 11
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 12
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 13
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 14
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 15
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 16
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 17
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 18
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 19
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 20
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 21
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 22
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 23
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 24
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 25
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 26
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 27
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 28
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 29
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 30
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %328, 31
	%361 = add i32 %2, 64
	%362 = zext i32 %361 to i64
	%363 = lshr i64 %362, 4
	%364 = and i64 %363, u0x3FFF
	%365 = or i64 %364, u0x4000004000010000
	%366 = add i32 %0, 64
	%367 = zext i32 %366 to i64
	%368 = lshr i64 %367, 4
	%369 = and i64 %368, u0x3FFF
	%370 = or i64 %369, u0x4000004000010000
	%371 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, i64 %365, i64 %370, i32 1)
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 0
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 1
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 2
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 3
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 4
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 5
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 6
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 7
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 8
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 9
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 10
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 11
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 12
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 13
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 14
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 15
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 16
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 17
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 18
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 19
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 20
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 21
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 22
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 23
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 24
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 25
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 26
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 27
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 28
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 29
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 30
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %371, 31
	%404 = add i32 %2, 96
	%405 = zext i32 %404 to i64
	%406 = lshr i64 %405, 4
	%407 = and i64 %406, u0x3FFF
	%408 = or i64 %407, u0x4000004000010000
	%409 = add i32 %0, 96
	%410 = zext i32 %409 to i64
	%411 = lshr i64 %410, 4
	%412 = and i64 %411, u0x3FFF
	%413 = or i64 %412, u0x4000004000010000
	%414 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, i64 %408, i64 %413, i32 1)
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 0
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 1
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 2
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 3
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 4
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 5
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 6
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 7
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 8
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 9
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 10
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 11
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 12
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 13
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 14
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 15
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 16
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 17
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 18
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 19
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 20
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 21
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 22
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 23
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 24
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 25
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 26
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 27
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 28
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 29
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 30
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %414, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%447 = call float asm sideeffect "", "=f,0"(float %415)
	%448 = call float asm sideeffect "", "=f,0"(float %416)
	%449 = call float asm sideeffect "", "=f,0"(float %417)
	%450 = call float asm sideeffect "", "=f,0"(float %418)
	%451 = call float asm sideeffect "", "=f,0"(float %419)
	%452 = call float asm sideeffect "", "=f,0"(float %420)
	%453 = call float asm sideeffect "", "=f,0"(float %421)
	%454 = call float asm sideeffect "", "=f,0"(float %422)
	%455 = call float asm sideeffect "", "=f,0"(float %423)
	%456 = call float asm sideeffect "", "=f,0"(float %424)
	%457 = call float asm sideeffect "", "=f,0"(float %425)
	%458 = call float asm sideeffect "", "=f,0"(float %426)
	%459 = call float asm sideeffect "", "=f,0"(float %427)
	%460 = call float asm sideeffect "", "=f,0"(float %428)
	%461 = call float asm sideeffect "", "=f,0"(float %429)
	%462 = call float asm sideeffect "", "=f,0"(float %430)
	%463 = call float asm sideeffect "", "=f,0"(float %431)
	%464 = call float asm sideeffect "", "=f,0"(float %432)
	%465 = call float asm sideeffect "", "=f,0"(float %433)
	%466 = call float asm sideeffect "", "=f,0"(float %434)
	%467 = call float asm sideeffect "", "=f,0"(float %435)
	%468 = call float asm sideeffect "", "=f,0"(float %436)
	%469 = call float asm sideeffect "", "=f,0"(float %437)
	%470 = call float asm sideeffect "", "=f,0"(float %438)
	%471 = call float asm sideeffect "", "=f,0"(float %439)
	%472 = call float asm sideeffect "", "=f,0"(float %440)
	%473 = call float asm sideeffect "", "=f,0"(float %441)
	%474 = call float asm sideeffect "", "=f,0"(float %442)
	%475 = call float asm sideeffect "", "=f,0"(float %443)
	%476 = call float asm sideeffect "", "=f,0"(float %444)
	%477 = call float asm sideeffect "", "=f,0"(float %445)
	%478 = call float asm sideeffect "", "=f,0"(float %446)
	%479 = mul i32 %4, 16
	%480 = add i32 %13, %479
	%481 = add i32 %6, 0
	%482 = add i32 %480, %481
	%483 = mul i32 %4, 16
	%484 = add i32 %13, %483
	%485 = add i32 %6, 8
	%486 = add i32 %484, %485
	%487 = sitofp i32 %11 to float
	%488 = add i32 %34, %172
	%489 = sext i32 %488 to i64
	%490 = getelementptr i8, i8* %cls, i64 %489
	%491 = load i8, i8* %490
	%492 = icmp ne i8 %491, 2
	br i1 %492, label %partial, label %softmax

epilogue:
	%493 = phi float [ 0.0, %entry ], [ %1142, %pv ]
	%494 = phi float [ 0.0, %entry ], [ %1217, %pv ]
	%495 = phi i32 [ 0, %entry ], [ %1284, %pv ]
	%496 = phi float [ 0.0, %entry ], [ %1622, %pv ]
	%497 = phi float [ 0.0, %entry ], [ %1623, %pv ]
	%498 = phi float [ 0.0, %entry ], [ %1624, %pv ]
	%499 = phi float [ 0.0, %entry ], [ %1625, %pv ]
	%500 = phi float [ 0.0, %entry ], [ %1626, %pv ]
	%501 = phi float [ 0.0, %entry ], [ %1627, %pv ]
	%502 = phi float [ 0.0, %entry ], [ %1628, %pv ]
	%503 = phi float [ 0.0, %entry ], [ %1629, %pv ]
	%504 = phi float [ 0.0, %entry ], [ %1630, %pv ]
	%505 = phi float [ 0.0, %entry ], [ %1631, %pv ]
	%506 = phi float [ 0.0, %entry ], [ %1632, %pv ]
	%507 = phi float [ 0.0, %entry ], [ %1633, %pv ]
	%508 = phi float [ 0.0, %entry ], [ %1634, %pv ]
	%509 = phi float [ 0.0, %entry ], [ %1635, %pv ]
	%510 = phi float [ 0.0, %entry ], [ %1636, %pv ]
	%511 = phi float [ 0.0, %entry ], [ %1637, %pv ]
	%512 = phi float [ 0.0, %entry ], [ %1638, %pv ]
	%513 = phi float [ 0.0, %entry ], [ %1639, %pv ]
	%514 = phi float [ 0.0, %entry ], [ %1640, %pv ]
	%515 = phi float [ 0.0, %entry ], [ %1641, %pv ]
	%516 = phi float [ 0.0, %entry ], [ %1642, %pv ]
	%517 = phi float [ 0.0, %entry ], [ %1643, %pv ]
	%518 = phi float [ 0.0, %entry ], [ %1644, %pv ]
	%519 = phi float [ 0.0, %entry ], [ %1645, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %1646, %pv ]
	%521 = phi float [ 0.0, %entry ], [ %1647, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1648, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1649, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1650, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1651, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1652, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1653, %pv ]
	%528 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %493, i32 1, i32 31)
	%529 = fadd float %493, %528
	%530 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %529, i32 2, i32 31)
	%531 = fadd float %529, %530
	%532 = fcmp ogt float %531, 0.0
	%533 = fdiv float 1.0, %531
	%534 = select i1 %532, float %533, float 0.0
	%535 = mul i32 %4, 16
	%536 = add i32 %13, %535
	%537 = add i32 %6, 0
	%538 = add i32 %536, %537
	%539 = fmul float %496, %534
	%540 = fmul float %497, %534
	%541 = fmul float %500, %534
	%542 = fmul float %501, %534
	%543 = fmul float %504, %534
	%544 = fmul float %505, %534
	%545 = fmul float %508, %534
	%546 = fmul float %509, %534
	%547 = fmul float %512, %534
	%548 = fmul float %513, %534
	%549 = fmul float %516, %534
	%550 = fmul float %517, %534
	%551 = fmul float %520, %534
	%552 = fmul float %521, %534
	%553 = fmul float %524, %534
	%554 = fmul float %525, %534
	%555 = icmp slt i32 %538, %M
	br i1 %555, label %store0, label %stored0

partial:
	%556 = shl i32 %7, 1
	%557 = add i32 0, %556
	%558 = add i32 %209, %557
	%559 = icmp slt i32 %558, %N
	%560 = select i1 %559, i32 %558, i32 0
	%561 = sitofp i32 %482 to float
	%562 = sext i32 %560 to i64
	%563 = getelementptr i32, i32* %40, i64 %562
	%564 = load i32, i32* %563
	%565 = sitofp i32 %564 to float
	%566 = fcmp ole float %565, %561
	%567 = uitofp i1 %566 to float
	%568 = fcmp une float %567, 0.0
	%569 = and i1 %559, %568
	%570 = select i1 %569, float %447, float 0xFFF0000000000000
	%571 = shl i32 %7, 1
	%572 = add i32 1, %571
	%573 = add i32 %209, %572
	%574 = icmp slt i32 %573, %N
	%575 = select i1 %574, i32 %573, i32 0
	%576 = sitofp i32 %482 to float
	%577 = sext i32 %575 to i64
	%578 = getelementptr i32, i32* %40, i64 %577
	%579 = load i32, i32* %578
	%580 = sitofp i32 %579 to float
	%581 = fcmp ole float %580, %576
	%582 = uitofp i1 %581 to float
	%583 = fcmp une float %582, 0.0
	%584 = and i1 %574, %583
	%585 = select i1 %584, float %448, float 0xFFF0000000000000
	%586 = shl i32 %7, 1
	%587 = add i32 0, %586
	%588 = add i32 %209, %587
	%589 = icmp slt i32 %588, %N
	%590 = select i1 %589, i32 %588, i32 0
	%591 = sitofp i32 %486 to float
	%592 = sext i32 %590 to i64
	%593 = getelementptr i32, i32* %40, i64 %592
	%594 = load i32, i32* %593
	%595 = sitofp i32 %594 to float
	%596 = fcmp ole float %595, %591
	%597 = uitofp i1 %596 to float
	%598 = fcmp une float %597, 0.0
	%599 = and i1 %589, %598
	%600 = select i1 %599, float %449, float 0xFFF0000000000000
	%601 = shl i32 %7, 1
	%602 = add i32 1, %601
	%603 = add i32 %209, %602
	%604 = icmp slt i32 %603, %N
	%605 = select i1 %604, i32 %603, i32 0
	%606 = sitofp i32 %486 to float
	%607 = sext i32 %605 to i64
	%608 = getelementptr i32, i32* %40, i64 %607
	%609 = load i32, i32* %608
	%610 = sitofp i32 %609 to float
	%611 = fcmp ole float %610, %606
	%612 = uitofp i1 %611 to float
	%613 = fcmp une float %612, 0.0
	%614 = and i1 %604, %613
	%615 = select i1 %614, float %450, float 0xFFF0000000000000
	%616 = shl i32 %7, 1
	%617 = add i32 8, %616
	%618 = add i32 %209, %617
	%619 = icmp slt i32 %618, %N
	%620 = select i1 %619, i32 %618, i32 0
	%621 = sitofp i32 %482 to float
	%622 = sext i32 %620 to i64
	%623 = getelementptr i32, i32* %40, i64 %622
	%624 = load i32, i32* %623
	%625 = sitofp i32 %624 to float
	%626 = fcmp ole float %625, %621
	%627 = uitofp i1 %626 to float
	%628 = fcmp une float %627, 0.0
	%629 = and i1 %619, %628
	%630 = select i1 %629, float %451, float 0xFFF0000000000000
	%631 = shl i32 %7, 1
	%632 = add i32 9, %631
	%633 = add i32 %209, %632
	%634 = icmp slt i32 %633, %N
	%635 = select i1 %634, i32 %633, i32 0
	%636 = sitofp i32 %482 to float
	%637 = sext i32 %635 to i64
	%638 = getelementptr i32, i32* %40, i64 %637
	%639 = load i32, i32* %638
	%640 = sitofp i32 %639 to float
	%641 = fcmp ole float %640, %636
	%642 = uitofp i1 %641 to float
	%643 = fcmp une float %642, 0.0
	%644 = and i1 %634, %643
	%645 = select i1 %644, float %452, float 0xFFF0000000000000
	%646 = shl i32 %7, 1
	%647 = add i32 8, %646
	%648 = add i32 %209, %647
	%649 = icmp slt i32 %648, %N
	%650 = select i1 %649, i32 %648, i32 0
	%651 = sitofp i32 %486 to float
	%652 = sext i32 %650 to i64
	%653 = getelementptr i32, i32* %40, i64 %652
	%654 = load i32, i32* %653
	%655 = sitofp i32 %654 to float
	%656 = fcmp ole float %655, %651
	%657 = uitofp i1 %656 to float
	%658 = fcmp une float %657, 0.0
	%659 = and i1 %649, %658
	%660 = select i1 %659, float %453, float 0xFFF0000000000000
	%661 = shl i32 %7, 1
	%662 = add i32 9, %661
	%663 = add i32 %209, %662
	%664 = icmp slt i32 %663, %N
	%665 = select i1 %664, i32 %663, i32 0
	%666 = sitofp i32 %486 to float
	%667 = sext i32 %665 to i64
	%668 = getelementptr i32, i32* %40, i64 %667
	%669 = load i32, i32* %668
	%670 = sitofp i32 %669 to float
	%671 = fcmp ole float %670, %666
	%672 = uitofp i1 %671 to float
	%673 = fcmp une float %672, 0.0
	%674 = and i1 %664, %673
	%675 = select i1 %674, float %454, float 0xFFF0000000000000
	%676 = shl i32 %7, 1
	%677 = add i32 16, %676
	%678 = add i32 %209, %677
	%679 = icmp slt i32 %678, %N
	%680 = select i1 %679, i32 %678, i32 0
	%681 = sitofp i32 %482 to float
	%682 = sext i32 %680 to i64
	%683 = getelementptr i32, i32* %40, i64 %682
	%684 = load i32, i32* %683
	%685 = sitofp i32 %684 to float
	%686 = fcmp ole float %685, %681
	%687 = uitofp i1 %686 to float
	%688 = fcmp une float %687, 0.0
	%689 = and i1 %679, %688
	%690 = select i1 %689, float %455, float 0xFFF0000000000000
	%691 = shl i32 %7, 1
	%692 = add i32 17, %691
	%693 = add i32 %209, %692
	%694 = icmp slt i32 %693, %N
	%695 = select i1 %694, i32 %693, i32 0
	%696 = sitofp i32 %482 to float
	%697 = sext i32 %695 to i64
	%698 = getelementptr i32, i32* %40, i64 %697
	%699 = load i32, i32* %698
	%700 = sitofp i32 %699 to float
	%701 = fcmp ole float %700, %696
	%702 = uitofp i1 %701 to float
	%703 = fcmp une float %702, 0.0
	%704 = and i1 %694, %703
	%705 = select i1 %704, float %456, float 0xFFF0000000000000
	%706 = shl i32 %7, 1
	%707 = add i32 16, %706
	%708 = add i32 %209, %707
	%709 = icmp slt i32 %708, %N
	%710 = select i1 %709, i32 %708, i32 0
	%711 = sitofp i32 %486 to float
	%712 = sext i32 %710 to i64
	%713 = getelementptr i32, i32* %40, i64 %712
	%714 = load i32, i32* %713
	%715 = sitofp i32 %714 to float
	%716 = fcmp ole float %715, %711
	%717 = uitofp i1 %716 to float
	%718 = fcmp une float %717, 0.0
	%719 = and i1 %709, %718
	%720 = select i1 %719, float %457, float 0xFFF0000000000000
	%721 = shl i32 %7, 1
	%722 = add i32 17, %721
	%723 = add i32 %209, %722
	%724 = icmp slt i32 %723, %N
	%725 = select i1 %724, i32 %723, i32 0
	%726 = sitofp i32 %486 to float
	%727 = sext i32 %725 to i64
	%728 = getelementptr i32, i32* %40, i64 %727
	%729 = load i32, i32* %728
	%730 = sitofp i32 %729 to float
	%731 = fcmp ole float %730, %726
	%732 = uitofp i1 %731 to float
	%733 = fcmp une float %732, 0.0
	%734 = and i1 %724, %733
	%735 = select i1 %734, float %458, float 0xFFF0000000000000
	%736 = shl i32 %7, 1
	%737 = add i32 24, %736
	%738 = add i32 %209, %737
	%739 = icmp slt i32 %738, %N
	%740 = select i1 %739, i32 %738, i32 0
	%741 = sitofp i32 %482 to float
	%742 = sext i32 %740 to i64
	%743 = getelementptr i32, i32* %40, i64 %742
	%744 = load i32, i32* %743
	%745 = sitofp i32 %744 to float
	%746 = fcmp ole float %745, %741
	%747 = uitofp i1 %746 to float
	%748 = fcmp une float %747, 0.0
	%749 = and i1 %739, %748
	%750 = select i1 %749, float %459, float 0xFFF0000000000000
	%751 = shl i32 %7, 1
	%752 = add i32 25, %751
	%753 = add i32 %209, %752
	%754 = icmp slt i32 %753, %N
	%755 = select i1 %754, i32 %753, i32 0
	%756 = sitofp i32 %482 to float
	%757 = sext i32 %755 to i64
	%758 = getelementptr i32, i32* %40, i64 %757
	%759 = load i32, i32* %758
	%760 = sitofp i32 %759 to float
	%761 = fcmp ole float %760, %756
	%762 = uitofp i1 %761 to float
	%763 = fcmp une float %762, 0.0
	%764 = and i1 %754, %763
	%765 = select i1 %764, float %460, float 0xFFF0000000000000
	%766 = shl i32 %7, 1
	%767 = add i32 24, %766
	%768 = add i32 %209, %767
	%769 = icmp slt i32 %768, %N
	%770 = select i1 %769, i32 %768, i32 0
	%771 = sitofp i32 %486 to float
	%772 = sext i32 %770 to i64
	%773 = getelementptr i32, i32* %40, i64 %772
	%774 = load i32, i32* %773
	%775 = sitofp i32 %774 to float
	%776 = fcmp ole float %775, %771
	%777 = uitofp i1 %776 to float
	%778 = fcmp une float %777, 0.0
	%779 = and i1 %769, %778
	%780 = select i1 %779, float %461, float 0xFFF0000000000000
	%781 = shl i32 %7, 1
	%782 = add i32 25, %781
	%783 = add i32 %209, %782
	%784 = icmp slt i32 %783, %N
	%785 = select i1 %784, i32 %783, i32 0
	%786 = sitofp i32 %486 to float
	%787 = sext i32 %785 to i64
	%788 = getelementptr i32, i32* %40, i64 %787
	%789 = load i32, i32* %788
	%790 = sitofp i32 %789 to float
	%791 = fcmp ole float %790, %786
	%792 = uitofp i1 %791 to float
	%793 = fcmp une float %792, 0.0
	%794 = and i1 %784, %793
	%795 = select i1 %794, float %462, float 0xFFF0000000000000
	%796 = shl i32 %7, 1
	%797 = add i32 32, %796
	%798 = add i32 %209, %797
	%799 = icmp slt i32 %798, %N
	%800 = select i1 %799, i32 %798, i32 0
	%801 = sitofp i32 %482 to float
	%802 = sext i32 %800 to i64
	%803 = getelementptr i32, i32* %40, i64 %802
	%804 = load i32, i32* %803
	%805 = sitofp i32 %804 to float
	%806 = fcmp ole float %805, %801
	%807 = uitofp i1 %806 to float
	%808 = fcmp une float %807, 0.0
	%809 = and i1 %799, %808
	%810 = select i1 %809, float %463, float 0xFFF0000000000000
	%811 = shl i32 %7, 1
	%812 = add i32 33, %811
	%813 = add i32 %209, %812
	%814 = icmp slt i32 %813, %N
	%815 = select i1 %814, i32 %813, i32 0
	%816 = sitofp i32 %482 to float
	%817 = sext i32 %815 to i64
	%818 = getelementptr i32, i32* %40, i64 %817
	%819 = load i32, i32* %818
	%820 = sitofp i32 %819 to float
	%821 = fcmp ole float %820, %816
	%822 = uitofp i1 %821 to float
	%823 = fcmp une float %822, 0.0
	%824 = and i1 %814, %823
	%825 = select i1 %824, float %464, float 0xFFF0000000000000
	%826 = shl i32 %7, 1
	%827 = add i32 32, %826
	%828 = add i32 %209, %827
	%829 = icmp slt i32 %828, %N
	%830 = select i1 %829, i32 %828, i32 0
	%831 = sitofp i32 %486 to float
	%832 = sext i32 %830 to i64
	%833 = getelementptr i32, i32* %40, i64 %832
	%834 = load i32, i32* %833
	%835 = sitofp i32 %834 to float
	%836 = fcmp ole float %835, %831
	%837 = uitofp i1 %836 to float
	%838 = fcmp une float %837, 0.0
	%839 = and i1 %829, %838
	%840 = select i1 %839, float %465, float 0xFFF0000000000000
	%841 = shl i32 %7, 1
	%842 = add i32 33, %841
	%843 = add i32 %209, %842
	%844 = icmp slt i32 %843, %N
	%845 = select i1 %844, i32 %843, i32 0
	%846 = sitofp i32 %486 to float
	%847 = sext i32 %845 to i64
	%848 = getelementptr i32, i32* %40, i64 %847
	%849 = load i32, i32* %848
	%850 = sitofp i32 %849 to float
	%851 = fcmp ole float %850, %846
	%852 = uitofp i1 %851 to float
	%853 = fcmp une float %852, 0.0
	%854 = and i1 %844, %853
	%855 = select i1 %854, float %466, float 0xFFF0000000000000
	%856 = shl i32 %7, 1
	%857 = add i32 40, %856
	%858 = add i32 %209, %857
	%859 = icmp slt i32 %858, %N
	%860 = select i1 %859, i32 %858, i32 0
	%861 = sitofp i32 %482 to float
	%862 = sext i32 %860 to i64
	%863 = getelementptr i32, i32* %40, i64 %862
	%864 = load i32, i32* %863
	%865 = sitofp i32 %864 to float
	%866 = fcmp ole float %865, %861
	%867 = uitofp i1 %866 to float
	%868 = fcmp une float %867, 0.0
	%869 = and i1 %859, %868
	%870 = select i1 %869, float %467, float 0xFFF0000000000000
	%871 = shl i32 %7, 1
	%872 = add i32 41, %871
	%873 = add i32 %209, %872
	%874 = icmp slt i32 %873, %N
	%875 = select i1 %874, i32 %873, i32 0
	%876 = sitofp i32 %482 to float
	%877 = sext i32 %875 to i64
	%878 = getelementptr i32, i32* %40, i64 %877
	%879 = load i32, i32* %878
	%880 = sitofp i32 %879 to float
	%881 = fcmp ole float %880, %876
	%882 = uitofp i1 %881 to float
	%883 = fcmp une float %882, 0.0
	%884 = and i1 %874, %883
	%885 = select i1 %884, float %468, float 0xFFF0000000000000
	%886 = shl i32 %7, 1
	%887 = add i32 40, %886
	%888 = add i32 %209, %887
	%889 = icmp slt i32 %888, %N
	%890 = select i1 %889, i32 %888, i32 0
	%891 = sitofp i32 %486 to float
	%892 = sext i32 %890 to i64
	%893 = getelementptr i32, i32* %40, i64 %892
	%894 = load i32, i32* %893
	%895 = sitofp i32 %894 to float
	%896 = fcmp ole float %895, %891
	%897 = uitofp i1 %896 to float
	%898 = fcmp une float %897, 0.0
	%899 = and i1 %889, %898
	%900 = select i1 %899, float %469, float 0xFFF0000000000000
	%901 = shl i32 %7, 1
	%902 = add i32 41, %901
	%903 = add i32 %209, %902
	%904 = icmp slt i32 %903, %N
	%905 = select i1 %904, i32 %903, i32 0
	%906 = sitofp i32 %486 to float
	%907 = sext i32 %905 to i64
	%908 = getelementptr i32, i32* %40, i64 %907
	%909 = load i32, i32* %908
	%910 = sitofp i32 %909 to float
	%911 = fcmp ole float %910, %906
	%912 = uitofp i1 %911 to float
	%913 = fcmp une float %912, 0.0
	%914 = and i1 %904, %913
	%915 = select i1 %914, float %470, float 0xFFF0000000000000
	%916 = shl i32 %7, 1
	%917 = add i32 48, %916
	%918 = add i32 %209, %917
	%919 = icmp slt i32 %918, %N
	%920 = select i1 %919, i32 %918, i32 0
	%921 = sitofp i32 %482 to float
	%922 = sext i32 %920 to i64
	%923 = getelementptr i32, i32* %40, i64 %922
	%924 = load i32, i32* %923
	%925 = sitofp i32 %924 to float
	%926 = fcmp ole float %925, %921
	%927 = uitofp i1 %926 to float
	%928 = fcmp une float %927, 0.0
	%929 = and i1 %919, %928
	%930 = select i1 %929, float %471, float 0xFFF0000000000000
	%931 = shl i32 %7, 1
	%932 = add i32 49, %931
	%933 = add i32 %209, %932
	%934 = icmp slt i32 %933, %N
	%935 = select i1 %934, i32 %933, i32 0
	%936 = sitofp i32 %482 to float
	%937 = sext i32 %935 to i64
	%938 = getelementptr i32, i32* %40, i64 %937
	%939 = load i32, i32* %938
	%940 = sitofp i32 %939 to float
	%941 = fcmp ole float %940, %936
	%942 = uitofp i1 %941 to float
	%943 = fcmp une float %942, 0.0
	%944 = and i1 %934, %943
	%945 = select i1 %944, float %472, float 0xFFF0000000000000
	%946 = shl i32 %7, 1
	%947 = add i32 48, %946
	%948 = add i32 %209, %947
	%949 = icmp slt i32 %948, %N
	%950 = select i1 %949, i32 %948, i32 0
	%951 = sitofp i32 %486 to float
	%952 = sext i32 %950 to i64
	%953 = getelementptr i32, i32* %40, i64 %952
	%954 = load i32, i32* %953
	%955 = sitofp i32 %954 to float
	%956 = fcmp ole float %955, %951
	%957 = uitofp i1 %956 to float
	%958 = fcmp une float %957, 0.0
	%959 = and i1 %949, %958
	%960 = select i1 %959, float %473, float 0xFFF0000000000000
	%961 = shl i32 %7, 1
	%962 = add i32 49, %961
	%963 = add i32 %209, %962
	%964 = icmp slt i32 %963, %N
	%965 = select i1 %964, i32 %963, i32 0
	%966 = sitofp i32 %486 to float
	%967 = sext i32 %965 to i64
	%968 = getelementptr i32, i32* %40, i64 %967
	%969 = load i32, i32* %968
	%970 = sitofp i32 %969 to float
	%971 = fcmp ole float %970, %966
	%972 = uitofp i1 %971 to float
	%973 = fcmp une float %972, 0.0
	%974 = and i1 %964, %973
	%975 = select i1 %974, float %474, float 0xFFF0000000000000
	%976 = shl i32 %7, 1
	%977 = add i32 56, %976
	%978 = add i32 %209, %977
	%979 = icmp slt i32 %978, %N
	%980 = select i1 %979, i32 %978, i32 0
	%981 = sitofp i32 %482 to float
	%982 = sext i32 %980 to i64
	%983 = getelementptr i32, i32* %40, i64 %982
	%984 = load i32, i32* %983
	%985 = sitofp i32 %984 to float
	%986 = fcmp ole float %985, %981
	%987 = uitofp i1 %986 to float
	%988 = fcmp une float %987, 0.0
	%989 = and i1 %979, %988
	%990 = select i1 %989, float %475, float 0xFFF0000000000000
	%991 = shl i32 %7, 1
	%992 = add i32 57, %991
	%993 = add i32 %209, %992
	%994 = icmp slt i32 %993, %N
	%995 = select i1 %994, i32 %993, i32 0
	%996 = sitofp i32 %482 to float
	%997 = sext i32 %995 to i64
	%998 = getelementptr i32, i32* %40, i64 %997
	%999 = load i32, i32* %998
	%1000 = sitofp i32 %999 to float
	%1001 = fcmp ole float %1000, %996
	%1002 = uitofp i1 %1001 to float
	%1003 = fcmp une float %1002, 0.0
	%1004 = and i1 %994, %1003
	%1005 = select i1 %1004, float %476, float 0xFFF0000000000000
	%1006 = shl i32 %7, 1
	%1007 = add i32 56, %1006
	%1008 = add i32 %209, %1007
	%1009 = icmp slt i32 %1008, %N
	%1010 = select i1 %1009, i32 %1008, i32 0
	%1011 = sitofp i32 %486 to float
	%1012 = sext i32 %1010 to i64
	%1013 = getelementptr i32, i32* %40, i64 %1012
	%1014 = load i32, i32* %1013
	%1015 = sitofp i32 %1014 to float
	%1016 = fcmp ole float %1015, %1011
	%1017 = uitofp i1 %1016 to float
	%1018 = fcmp une float %1017, 0.0
	%1019 = and i1 %1009, %1018
	%1020 = select i1 %1019, float %477, float 0xFFF0000000000000
	%1021 = shl i32 %7, 1
	%1022 = add i32 57, %1021
	%1023 = add i32 %209, %1022
	%1024 = icmp slt i32 %1023, %N
	%1025 = select i1 %1024, i32 %1023, i32 0
	%1026 = sitofp i32 %486 to float
	%1027 = sext i32 %1025 to i64
	%1028 = getelementptr i32, i32* %40, i64 %1027
	%1029 = load i32, i32* %1028
	%1030 = sitofp i32 %1029 to float
	%1031 = fcmp ole float %1030, %1026
	%1032 = uitofp i1 %1031 to float
	%1033 = fcmp une float %1032, 0.0
	%1034 = and i1 %1024, %1033
	%1035 = select i1 %1034, float %478, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1036 = phi float [ %447, %loop ], [ %570, %partial ]
	%1037 = phi float [ %448, %loop ], [ %585, %partial ]
	%1038 = phi float [ %449, %loop ], [ %600, %partial ]
	%1039 = phi float [ %450, %loop ], [ %615, %partial ]
	%1040 = phi float [ %451, %loop ], [ %630, %partial ]
	%1041 = phi float [ %452, %loop ], [ %645, %partial ]
	%1042 = phi float [ %453, %loop ], [ %660, %partial ]
	%1043 = phi float [ %454, %loop ], [ %675, %partial ]
	%1044 = phi float [ %455, %loop ], [ %690, %partial ]
	%1045 = phi float [ %456, %loop ], [ %705, %partial ]
	%1046 = phi float [ %457, %loop ], [ %720, %partial ]
	%1047 = phi float [ %458, %loop ], [ %735, %partial ]
	%1048 = phi float [ %459, %loop ], [ %750, %partial ]
	%1049 = phi float [ %460, %loop ], [ %765, %partial ]
	%1050 = phi float [ %461, %loop ], [ %780, %partial ]
	%1051 = phi float [ %462, %loop ], [ %795, %partial ]
	%1052 = phi float [ %463, %loop ], [ %810, %partial ]
	%1053 = phi float [ %464, %loop ], [ %825, %partial ]
	%1054 = phi float [ %465, %loop ], [ %840, %partial ]
	%1055 = phi float [ %466, %loop ], [ %855, %partial ]
	%1056 = phi float [ %467, %loop ], [ %870, %partial ]
	%1057 = phi float [ %468, %loop ], [ %885, %partial ]
	%1058 = phi float [ %469, %loop ], [ %900, %partial ]
	%1059 = phi float [ %470, %loop ], [ %915, %partial ]
	%1060 = phi float [ %471, %loop ], [ %930, %partial ]
	%1061 = phi float [ %472, %loop ], [ %945, %partial ]
	%1062 = phi float [ %473, %loop ], [ %960, %partial ]
	%1063 = phi float [ %474, %loop ], [ %975, %partial ]
	%1064 = phi float [ %475, %loop ], [ %990, %partial ]
	%1065 = phi float [ %476, %loop ], [ %1005, %partial ]
	%1066 = phi float [ %477, %loop ], [ %1020, %partial ]
	%1067 = phi float [ %478, %loop ], [ %1035, %partial ]
	%1068 = call float @llvm.nvvm.fmax.f(float %1036, float %1037)
	%1069 = call float @llvm.nvvm.fmax.f(float %1040, float %1041)
	%1070 = call float @llvm.nvvm.fmax.f(float %1044, float %1045)
	%1071 = call float @llvm.nvvm.fmax.f(float %1048, float %1049)
	%1072 = call float @llvm.nvvm.fmax.f(float %1052, float %1053)
	%1073 = call float @llvm.nvvm.fmax.f(float %1056, float %1057)
	%1074 = call float @llvm.nvvm.fmax.f(float %1060, float %1061)
	%1075 = call float @llvm.nvvm.fmax.f(float %1064, float %1065)
	%1076 = call float @llvm.nvvm.fmax.f(float %1068, float %1069)
	%1077 = call float @llvm.nvvm.fmax.f(float %1070, float %1071)
	%1078 = call float @llvm.nvvm.fmax.f(float %1072, float %1073)
	%1079 = call float @llvm.nvvm.fmax.f(float %1074, float %1075)
	%1080 = call float @llvm.nvvm.fmax.f(float %1076, float %1077)
	%1081 = call float @llvm.nvvm.fmax.f(float %1078, float %1079)
	%1082 = call float @llvm.nvvm.fmax.f(float %1080, float %1081)
	%1083 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1082, i32 1, i32 31)
	%1084 = call float @llvm.nvvm.fmax.f(float %1082, float %1083)
	%1085 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1084, i32 2, i32 31)
	%1086 = call float @llvm.nvvm.fmax.f(float %1084, float %1085)
	%1087 = fmul float %1086, 0x3FC7154760000000
	%1088 = call float @llvm.nvvm.fmax.f(float %205, float %1087)
	%1089 = fcmp oeq float %1088, 0xFFF0000000000000
	%1090 = select i1 %1089, float 0.0, float %1088
	%1091 = fsub float %205, %1090
	%1092 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1091)
	%1093 = fneg float %1090
	%1094 = call float @llvm.fma.f32(float %1036, float 0x3FC7154760000000, float %1093)
	%1095 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1094)
	%1096 = call float @llvm.fma.f32(float %1037, float 0x3FC7154760000000, float %1093)
	%1097 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1096)
	%1098 = call float @llvm.fma.f32(float %1040, float 0x3FC7154760000000, float %1093)
	%1099 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1098)
	%1100 = call float @llvm.fma.f32(float %1041, float 0x3FC7154760000000, float %1093)
	%1101 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1100)
	%1102 = call float @llvm.fma.f32(float %1044, float 0x3FC7154760000000, float %1093)
	%1103 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1102)
	%1104 = call float @llvm.fma.f32(float %1045, float 0x3FC7154760000000, float %1093)
	%1105 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1104)
	%1106 = call float @llvm.fma.f32(float %1048, float 0x3FC7154760000000, float %1093)
	%1107 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1106)
	%1108 = call float @llvm.fma.f32(float %1049, float 0x3FC7154760000000, float %1093)
	%1109 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1108)
	%1110 = call float @llvm.fma.f32(float %1052, float 0x3FC7154760000000, float %1093)
	%1111 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1110)
	%1112 = call float @llvm.fma.f32(float %1053, float 0x3FC7154760000000, float %1093)
	%1113 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1112)
	%1114 = call float @llvm.fma.f32(float %1056, float 0x3FC7154760000000, float %1093)
	%1115 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1114)
	%1116 = call float @llvm.fma.f32(float %1057, float 0x3FC7154760000000, float %1093)
	%1117 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1116)
	%1118 = call float @llvm.fma.f32(float %1060, float 0x3FC7154760000000, float %1093)
	%1119 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1118)
	%1120 = call float @llvm.fma.f32(float %1061, float 0x3FC7154760000000, float %1093)
	%1121 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1120)
	%1122 = call float @llvm.fma.f32(float %1064, float 0x3FC7154760000000, float %1093)
	%1123 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1122)
	%1124 = call float @llvm.fma.f32(float %1065, float 0x3FC7154760000000, float %1093)
	%1125 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1124)
	%1126 = fadd float %1095, %1097
	%1127 = fadd float %1099, %1101
	%1128 = fadd float %1103, %1105
	%1129 = fadd float %1107, %1109
	%1130 = fadd float %1111, %1113
	%1131 = fadd float %1115, %1117
	%1132 = fadd float %1119, %1121
	%1133 = fadd float %1123, %1125
	%1134 = fadd float %1126, %1127
	%1135 = fadd float %1128, %1129
	%1136 = fadd float %1130, %1131
	%1137 = fadd float %1132, %1133
	%1138 = fadd float %1134, %1135
	%1139 = fadd float %1136, %1137
	%1140 = fadd float %1138, %1139
	%1141 = fmul float %206, %1092
	%1142 = fadd float %1141, %1140
	%1143 = call float @llvm.nvvm.fmax.f(float %1038, float %1039)
	%1144 = call float @llvm.nvvm.fmax.f(float %1042, float %1043)
	%1145 = call float @llvm.nvvm.fmax.f(float %1046, float %1047)
	%1146 = call float @llvm.nvvm.fmax.f(float %1050, float %1051)
	%1147 = call float @llvm.nvvm.fmax.f(float %1054, float %1055)
	%1148 = call float @llvm.nvvm.fmax.f(float %1058, float %1059)
	%1149 = call float @llvm.nvvm.fmax.f(float %1062, float %1063)
	%1150 = call float @llvm.nvvm.fmax.f(float %1066, float %1067)
	%1151 = call float @llvm.nvvm.fmax.f(float %1143, float %1144)
	%1152 = call float @llvm.nvvm.fmax.f(float %1145, float %1146)
	%1153 = call float @llvm.nvvm.fmax.f(float %1147, float %1148)
	%1154 = call float @llvm.nvvm.fmax.f(float %1149, float %1150)
	%1155 = call float @llvm.nvvm.fmax.f(float %1151, float %1152)
	%1156 = call float @llvm.nvvm.fmax.f(float %1153, float %1154)
	%1157 = call float @llvm.nvvm.fmax.f(float %1155, float %1156)
	%1158 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1157, i32 1, i32 31)
	%1159 = call float @llvm.nvvm.fmax.f(float %1157, float %1158)
	%1160 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1159, i32 2, i32 31)
	%1161 = call float @llvm.nvvm.fmax.f(float %1159, float %1160)
	%1162 = fmul float %1161, 0x3FC7154760000000
	%1163 = call float @llvm.nvvm.fmax.f(float %207, float %1162)
	%1164 = fcmp oeq float %1163, 0xFFF0000000000000
	%1165 = select i1 %1164, float 0.0, float %1163
	%1166 = fsub float %207, %1165
	%1167 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1166)
	%1168 = fneg float %1165
	%1169 = call float @llvm.fma.f32(float %1038, float 0x3FC7154760000000, float %1168)
	%1170 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1169)
	%1171 = call float @llvm.fma.f32(float %1039, float 0x3FC7154760000000, float %1168)
	%1172 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1171)
	%1173 = call float @llvm.fma.f32(float %1042, float 0x3FC7154760000000, float %1168)
	%1174 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1173)
	%1175 = call float @llvm.fma.f32(float %1043, float 0x3FC7154760000000, float %1168)
	%1176 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1175)
	%1177 = call float @llvm.fma.f32(float %1046, float 0x3FC7154760000000, float %1168)
	%1178 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1177)
	%1179 = call float @llvm.fma.f32(float %1047, float 0x3FC7154760000000, float %1168)
	%1180 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1179)
	%1181 = call float @llvm.fma.f32(float %1050, float 0x3FC7154760000000, float %1168)
	%1182 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1181)
	%1183 = call float @llvm.fma.f32(float %1051, float 0x3FC7154760000000, float %1168)
	%1184 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1183)
	%1185 = call float @llvm.fma.f32(float %1054, float 0x3FC7154760000000, float %1168)
	%1186 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1185)
	%1187 = call float @llvm.fma.f32(float %1055, float 0x3FC7154760000000, float %1168)
	%1188 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1187)
	%1189 = call float @llvm.fma.f32(float %1058, float 0x3FC7154760000000, float %1168)
	%1190 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1189)
	%1191 = call float @llvm.fma.f32(float %1059, float 0x3FC7154760000000, float %1168)
	%1192 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1191)
	%1193 = call float @llvm.fma.f32(float %1062, float 0x3FC7154760000000, float %1168)
	%1194 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1193)
	%1195 = call float @llvm.fma.f32(float %1063, float 0x3FC7154760000000, float %1168)
	%1196 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1195)
	%1197 = call float @llvm.fma.f32(float %1066, float 0x3FC7154760000000, float %1168)
	%1198 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1197)
	%1199 = call float @llvm.fma.f32(float %1067, float 0x3FC7154760000000, float %1168)
	%1200 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1199)
	%1201 = fadd float %1170, %1172
	%1202 = fadd float %1174, %1176
	%1203 = fadd float %1178, %1180
	%1204 = fadd float %1182, %1184
	%1205 = fadd float %1186, %1188
	%1206 = fadd float %1190, %1192
	%1207 = fadd float %1194, %1196
	%1208 = fadd float %1198, %1200
	%1209 = fadd float %1201, %1202
	%1210 = fadd float %1203, %1204
	%1211 = fadd float %1205, %1206
	%1212 = fadd float %1207, %1208
	%1213 = fadd float %1209, %1210
	%1214 = fadd float %1211, %1212
	%1215 = fadd float %1213, %1214
	%1216 = fmul float %208, %1167
	%1217 = fadd float %1216, %1215
	%1218 = icmp eq i32 %7, 0
	%1219 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1140, i32 1, i32 31)
	%1220 = fadd float %1140, %1219
	%1221 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1220, i32 2, i32 31)
	%1222 = fadd float %1220, %1221
	%1223 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1142, i32 1, i32 31)
	%1224 = fadd float %1142, %1223
	%1225 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1224, i32 2, i32 31)
	%1226 = fadd float %1224, %1225
	%1227 = fcmp ogt float %1226, 0.0
	%1228 = icmp slt i32 %482, %M
	%1229 = and i1 %1227, %1228
	%1230 = select i1 %1229, float %1226, float 1.0
	%1231 = fdiv float %1222, %1230
	%1232 = call float @llvm.nvvm.fmax.f(float 0.0, float %1231)
	%1233 = select i1 %1229, float %1232, float 0.0
	%1234 = and i1 %1229, %1218
	%1235 = fadd float 0.0, 1.0
	%1236 = select i1 %1234, float %1235, float 0.0
	%1237 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1215, i32 1, i32 31)
	%1238 = fadd float %1215, %1237
	%1239 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1238, i32 2, i32 31)
	%1240 = fadd float %1238, %1239
	%1241 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1217, i32 1, i32 31)
	%1242 = fadd float %1217, %1241
	%1243 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1242, i32 2, i32 31)
	%1244 = fadd float %1242, %1243
	%1245 = fcmp ogt float %1244, 0.0
	%1246 = icmp slt i32 %486, %M
	%1247 = and i1 %1245, %1246
	%1248 = select i1 %1247, float %1244, float 1.0
	%1249 = fdiv float %1240, %1248
	%1250 = call float @llvm.nvvm.fmax.f(float %1233, float %1249)
	%1251 = select i1 %1247, float %1250, float %1233
	%1252 = and i1 %1247, %1218
	%1253 = fadd float %1236, 1.0
	%1254 = select i1 %1252, float %1253, float %1236
	%1255 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1251, i32 16, i32 31)
	%1256 = call float @llvm.nvvm.fmax.f(float %1251, float %1255)
	%1257 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1254, i32 16, i32 31)
	%1258 = fadd float %1254, %1257
	%1259 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1256, i32 8, i32 31)
	%1260 = call float @llvm.nvvm.fmax.f(float %1256, float %1259)
	%1261 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1258, i32 8, i32 31)
	%1262 = fadd float %1258, %1261
	%1263 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1260, i32 4, i32 31)
	%1264 = call float @llvm.nvvm.fmax.f(float %1260, float %1263)
	%1265 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1262, i32 4, i32 31)
	%1266 = fadd float %1262, %1265
	%1267 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1264, i32 2, i32 31)
	%1268 = call float @llvm.nvvm.fmax.f(float %1264, float %1267)
	%1269 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1266, i32 2, i32 31)
	%1270 = fadd float %1266, %1269
	%1271 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1268, i32 1, i32 31)
	%1272 = call float @llvm.nvvm.fmax.f(float %1268, float %1271)
	%1273 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1270, i32 1, i32 31)
	%1274 = fadd float %1270, %1273
	%1275 = icmp eq i32 %5, 0
	br i1 %1275, label %1276, label %1283

1276:
	%1277 = mul i32 %4, 2
	%1278 = add i32 %1277, 0
	%1279 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1278
	store float %1272, float addrspace(3)* %1279
	%1280 = mul i32 %4, 2
	%1281 = add i32 %1280, 1
	%1282 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1281
	store float %1274, float addrspace(3)* %1282
	br label %1283

1283:
	%1284 = add i32 %171, 1
	%1285 = icmp slt i32 %1284, %NK
	%1286 = select i1 %1285, i32 %1284, i32 0
	%1287 = add i32 %30, %1286
	%1288 = sext i32 %1287 to i64
	%1289 = getelementptr i32, i32* %list, i64 %1288
	%1290 = load i32, i32* %1289
	%1291 = select i1 %1285, i32 %1290, i32 -1
	%1292 = icmp sge i32 %1291, 0
	%1293 = add i32 %NK, %171
	%1294 = add i32 %30, %1293
	%1295 = sext i32 %1294 to i64
	%1296 = getelementptr i32, i32* %list, i64 %1295
	%1297 = load i32, i32* %1296
	%1298 = icmp eq i32 %1297, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%1299 = mul i32 0, 2
	%1300 = add i32 %1299, 0
	%1301 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1300
	%1302 = load float, float addrspace(3)* %1301
	%1303 = call float @llvm.nvvm.fmax.f(float 0.0, float %1302)
	%1304 = mul i32 0, 2
	%1305 = add i32 %1304, 1
	%1306 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1305
	%1307 = load float, float addrspace(3)* %1306
	%1308 = fadd float 0.0, %1307
	%1309 = mul i32 1, 2
	%1310 = add i32 %1309, 0
	%1311 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1310
	%1312 = load float, float addrspace(3)* %1311
	%1313 = call float @llvm.nvvm.fmax.f(float %1303, float %1312)
	%1314 = mul i32 1, 2
	%1315 = add i32 %1314, 1
	%1316 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1315
	%1317 = load float, float addrspace(3)* %1316
	%1318 = fadd float %1308, %1317
	%1319 = mul i32 2, 2
	%1320 = add i32 %1319, 0
	%1321 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1320
	%1322 = load float, float addrspace(3)* %1321
	%1323 = call float @llvm.nvvm.fmax.f(float %1313, float %1322)
	%1324 = mul i32 2, 2
	%1325 = add i32 %1324, 1
	%1326 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1325
	%1327 = load float, float addrspace(3)* %1326
	%1328 = fadd float %1318, %1327
	%1329 = mul i32 3, 2
	%1330 = add i32 %1329, 0
	%1331 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1330
	%1332 = load float, float addrspace(3)* %1331
	%1333 = call float @llvm.nvvm.fmax.f(float %1323, float %1332)
	%1334 = mul i32 3, 2
	%1335 = add i32 %1334, 1
	%1336 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1335
	%1337 = load float, float addrspace(3)* %1336
	%1338 = fadd float %1328, %1337
	%1339 = fcmp ogt float %1338, 0.0
	%1340 = and i1 %1298, %1339
	%1341 = fcmp olt float %1333, 0x3F50624DE0000000
	%1342 = and i1 %1340, %1341
	%1343 = xor i1 %1342, true
	%1344 = and i1 %1292, %1343
	br i1 %1344, label %prefetch, label %pv

prefetch:
	%1345 = mul i32 %1291, 64
	%1346 = lshr i32 %3, 3
	%1347 = and i32 %3, 7
	%1348 = lshr i32 %1347, 3
	%1349 = mul i32 %1348, u0x2000
	%1350 = and i32 %1347, 7
	%1351 = and i32 %1346, 7
	%1352 = xor i32 %1350, %1351
	%1353 = mul i32 %1346, 128
	%1354 = shl i32 %1352, 4
	%1355 = add i32 %1353, %1354
	%1356 = add i32 %1349, %1355
	%1357 = add i32 %0, %1356
	%1358 = add i32 %1345, %1346
	%1359 = add i32 %1358, 0
	%1360 = icmp slt i32 %1359, %N
	%1361 = select i1 %1360, i32 %1359, i32 0
	%1362 = sext i32 %1361 to i64
	%1363 = getelementptr i32, i32* %40, i64 %1362
	%1364 = load i32, i32* %1363
	%1365 = mul i32 %1364, 64
	%1366 = mul i32 %1347, 8
	%1367 = add i32 %1365, %1366
	%1368 = sext i32 %1367 to i64
	%1369 = getelementptr i16, i16* %21, i64 %1368
	%1370 = add i32 %1357, 0
	%1371 = select i1 %1360, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1370, i16* %1369, i32 %1371)
	%1372 = add i32 %1358, 16
	%1373 = icmp slt i32 %1372, %N
	%1374 = select i1 %1373, i32 %1372, i32 0
	%1375 = sext i32 %1374 to i64
	%1376 = getelementptr i32, i32* %40, i64 %1375
	%1377 = load i32, i32* %1376
	%1378 = mul i32 %1377, 64
	%1379 = mul i32 %1347, 8
	%1380 = add i32 %1378, %1379
	%1381 = sext i32 %1380 to i64
	%1382 = getelementptr i16, i16* %21, i64 %1381
	%1383 = add i32 %1357, 2048
	%1384 = select i1 %1373, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1383, i16* %1382, i32 %1384)
	%1385 = add i32 %1358, 32
	%1386 = icmp slt i32 %1385, %N
	%1387 = select i1 %1386, i32 %1385, i32 0
	%1388 = sext i32 %1387 to i64
	%1389 = getelementptr i32, i32* %40, i64 %1388
	%1390 = load i32, i32* %1389
	%1391 = mul i32 %1390, 64
	%1392 = mul i32 %1347, 8
	%1393 = add i32 %1391, %1392
	%1394 = sext i32 %1393 to i64
	%1395 = getelementptr i16, i16* %21, i64 %1394
	%1396 = add i32 %1357, u0x1000
	%1397 = select i1 %1386, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1396, i16* %1395, i32 %1397)
	%1398 = add i32 %1358, 48
	%1399 = icmp slt i32 %1398, %N
	%1400 = select i1 %1399, i32 %1398, i32 0
	%1401 = sext i32 %1400 to i64
	%1402 = getelementptr i32, i32* %40, i64 %1401
	%1403 = load i32, i32* %1402
	%1404 = mul i32 %1403, 64
	%1405 = mul i32 %1347, 8
	%1406 = add i32 %1404, %1405
	%1407 = sext i32 %1406 to i64
	%1408 = getelementptr i16, i16* %21, i64 %1407
	%1409 = add i32 %1357, 6144
	%1410 = select i1 %1399, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1409, i16* %1408, i32 %1410)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1411 = fmul float %173, %1092
	%1412 = fmul float %174, %1092
	%1413 = fmul float %175, %1167
	%1414 = fmul float %176, %1167
	%1415 = fmul float %177, %1092
	%1416 = fmul float %178, %1092
	%1417 = fmul float %179, %1167
	%1418 = fmul float %180, %1167
	%1419 = fmul float %181, %1092
	%1420 = fmul float %182, %1092
	%1421 = fmul float %183, %1167
	%1422 = fmul float %184, %1167
	%1423 = fmul float %185, %1092
	%1424 = fmul float %186, %1092
	%1425 = fmul float %187, %1167
	%1426 = fmul float %188, %1167
	%1427 = fmul float %189, %1092
	%1428 = fmul float %190, %1092
	%1429 = fmul float %191, %1167
	%1430 = fmul float %192, %1167
	%1431 = fmul float %193, %1092
	%1432 = fmul float %194, %1092
	%1433 = fmul float %195, %1167
	%1434 = fmul float %196, %1167
	%1435 = fmul float %197, %1092
	%1436 = fmul float %198, %1092
	%1437 = fmul float %199, %1167
	%1438 = fmul float %200, %1167
	%1439 = fmul float %201, %1092
	%1440 = fmul float %202, %1092
	%1441 = fmul float %203, %1167
	%1442 = fmul float %204, %1167
	%1443 = and i32 %5, 7
	%1444 = lshr i32 %5, 3
	%1445 = and i32 %1444, 1
	%1446 = shl i32 %1445, 3
	%1447 = add i32 %1443, %1446
	%1448 = mul i32 %1447, 128
	%1449 = add i32 %1, %1448
	%1450 = and i32 %5, 7
	%1451 = xor i32 %95, %1450
	%1452 = shl i32 %1451, 4
	%1453 = add i32 %1449, %1452
	%1454 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1097, float %1095)
	%1455 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1172, float %1170)
	%1456 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1101, float %1099)
	%1457 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1176, float %1174)
	%1458 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1105, float %1103)
	%1459 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1180, float %1178)
	%1460 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1109, float %1107)
	%1461 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1184, float %1182)
	%1462 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1113, float %1111)
	%1463 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1188, float %1186)
	%1464 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1117, float %1115)
	%1465 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1192, float %1190)
	%1466 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1121, float %1119)
	%1467 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1196, float %1194)
	%1468 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1125, float %1123)
	%1469 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1200, float %1198)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1470 = add i32 %1, 0
	%1471 = zext i32 %1470 to i64
	%1472 = lshr i64 %1471, 4
	%1473 = and i64 %1472, u0x3FFF
	%1474 = or i64 %1473, u0x4000004002000000
	%1475 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1411, float %1412, float %1413, float %1414, float %1415, float %1416, float %1417, float %1418, float %1419, float %1420, float %1421, float %1422, float %1423, float %1424, float %1425, float %1426, float %1427, float %1428, float %1429, float %1430, float %1431, float %1432, float %1433, float %1434, float %1435, float %1436, float %1437, float %1438, float %1439, float %1440, float %1441, float %1442, i32 %1454, i32 %1455, i32 %1456, i32 %1457, i64 %1474, i32 1)
	%1476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 0
	%1477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 1
	%1478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 2
	%1479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 3
	%1480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 4
	%1481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 5
	%1482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 6
	%1483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 7
	%1484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 8
	%1485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 9
	%1486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 10
	%1487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 11
	%1488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 12
	%1489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 13
	%1490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 14
	%1491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 15
	%1492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 16
	%1493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 17
	%1494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 18
	%1495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 19
	%1496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 20
	%1497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 21
	%1498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 22
	%1499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 23
	%1500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 24
	%1501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 25
	%1502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 26
	%1503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 27
	%1504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 28
	%1505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 29
	%1506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 30
	%1507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1475, 31
	%1508 = add i32 %1, 2048
	%1509 = zext i32 %1508 to i64
	%1510 = lshr i64 %1509, 4
	%1511 = and i64 %1510, u0x3FFF
	%1512 = or i64 %1511, u0x4000004002000000
	%1513 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1476, float %1477, float %1478, float %1479, float %1480, float %1481, float %1482, float %1483, float %1484, float %1485, float %1486, float %1487, float %1488, float %1489, float %1490, float %1491, float %1492, float %1493, float %1494, float %1495, float %1496, float %1497, float %1498, float %1499, float %1500, float %1501, float %1502, float %1503, float %1504, float %1505, float %1506, float %1507, i32 %1458, i32 %1459, i32 %1460, i32 %1461, i64 %1512, i32 1)
	%1514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 0
	%1515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 1
	%1516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 2
	%1517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 3
	%1518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 4
	%1519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 5
	%1520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 6
	%1521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 7
	%1522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 8
	%1523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 9
	%1524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 10
	%1525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 11
	%1526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 12
	%1527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 13
	%1528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 14
	%1529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 15
	%1530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 16
	%1531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 17
	%1532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 18
	%1533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 19
	%1534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 20
	%1535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 21
	%1536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 22
	%1537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 23
	%1538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 24
	%1539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 25
	%1540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 26
	%1541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 27
	%1542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 28
	%1543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 29
	%1544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 30
	%1545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1513, 31
	%1546 = add i32 %1, u0x1000
	%1547 = zext i32 %1546 to i64
	%1548 = lshr i64 %1547, 4
	%1549 = and i64 %1548, u0x3FFF
	%1550 = or i64 %1549, u0x4000004002000000
	%1551 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1514, float %1515, float %1516, float %1517, float %1518, float %1519, float %1520, float %1521, float %1522, float %1523, float %1524, float %1525, float %1526, float %1527, float %1528, float %1529, float %1530, float %1531, float %1532, float %1533, float %1534, float %1535, float %1536, float %1537, float %1538, float %1539, float %1540, float %1541, float %1542, float %1543, float %1544, float %1545, i32 %1462, i32 %1463, i32 %1464, i32 %1465, i64 %1550, i32 1)
	%1552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 0
	%1553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 1
	%1554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 2
	%1555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 3
	%1556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 4
	%1557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 5
	%1558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 6
	%1559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 7
	%1560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 8
	%1561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 9
	%1562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 10
	%1563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 11
	%1564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 12
	%1565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 13
	%1566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 14
	%1567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 15
	%1568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 16
	%1569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 17
	%1570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 18
	%1571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 19
	%1572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 20
	%1573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 21
	%1574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 22
	%1575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 23
	%1576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 24
	%1577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 25
	%1578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 26
	%1579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 27
	%1580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 28
	%1581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 29
	%1582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 30
	%1583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1551, 31
	%1584 = add i32 %1, 6144
	%1585 = zext i32 %1584 to i64
	%1586 = lshr i64 %1585, 4
	%1587 = and i64 %1586, u0x3FFF
	%1588 = or i64 %1587, u0x4000004002000000
	%1589 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1552, float %1553, float %1554, float %1555, float %1556, float %1557, float %1558, float %1559, float %1560, float %1561, float %1562, float %1563, float %1564, float %1565, float %1566, float %1567, float %1568, float %1569, float %1570, float %1571, float %1572, float %1573, float %1574, float %1575, float %1576, float %1577, float %1578, float %1579, float %1580, float %1581, float %1582, float %1583, i32 %1466, i32 %1467, i32 %1468, i32 %1469, i64 %1588, i32 1)
	%1590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 0
	%1591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 1
	%1592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 2
	%1593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 3
	%1594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 4
	%1595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 5
	%1596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 6
	%1597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 7
	%1598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 8
	%1599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 9
	%1600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 10
	%1601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 11
	%1602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 12
	%1603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 13
	%1604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 14
	%1605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 15
	%1606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 16
	%1607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 17
	%1608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 18
	%1609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 19
	%1610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 20
	%1611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 21
	%1612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 22
	%1613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 23
	%1614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 24
	%1615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 25
	%1616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 26
	%1617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 27
	%1618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 28
	%1619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 29
	%1620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 30
	%1621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1589, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1622 = call float asm sideeffect "", "=f,0"(float %1590)
	%1623 = call float asm sideeffect "", "=f,0"(float %1591)
	%1624 = call float asm sideeffect "", "=f,0"(float %1592)
	%1625 = call float asm sideeffect "", "=f,0"(float %1593)
	%1626 = call float asm sideeffect "", "=f,0"(float %1594)
	%1627 = call float asm sideeffect "", "=f,0"(float %1595)
	%1628 = call float asm sideeffect "", "=f,0"(float %1596)
	%1629 = call float asm sideeffect "", "=f,0"(float %1597)
	%1630 = call float asm sideeffect "", "=f,0"(float %1598)
	%1631 = call float asm sideeffect "", "=f,0"(float %1599)
	%1632 = call float asm sideeffect "", "=f,0"(float %1600)
	%1633 = call float asm sideeffect "", "=f,0"(float %1601)
	%1634 = call float asm sideeffect "", "=f,0"(float %1602)
	%1635 = call float asm sideeffect "", "=f,0"(float %1603)
	%1636 = call float asm sideeffect "", "=f,0"(float %1604)
	%1637 = call float asm sideeffect "", "=f,0"(float %1605)
	%1638 = call float asm sideeffect "", "=f,0"(float %1606)
	%1639 = call float asm sideeffect "", "=f,0"(float %1607)
	%1640 = call float asm sideeffect "", "=f,0"(float %1608)
	%1641 = call float asm sideeffect "", "=f,0"(float %1609)
	%1642 = call float asm sideeffect "", "=f,0"(float %1610)
	%1643 = call float asm sideeffect "", "=f,0"(float %1611)
	%1644 = call float asm sideeffect "", "=f,0"(float %1612)
	%1645 = call float asm sideeffect "", "=f,0"(float %1613)
	%1646 = call float asm sideeffect "", "=f,0"(float %1614)
	%1647 = call float asm sideeffect "", "=f,0"(float %1615)
	%1648 = call float asm sideeffect "", "=f,0"(float %1616)
	%1649 = call float asm sideeffect "", "=f,0"(float %1617)
	%1650 = call float asm sideeffect "", "=f,0"(float %1618)
	%1651 = call float asm sideeffect "", "=f,0"(float %1619)
	%1652 = call float asm sideeffect "", "=f,0"(float %1620)
	%1653 = call float asm sideeffect "", "=f,0"(float %1621)
	br i1 %1344, label %loop, label %epilogue

store0:
	%1654 = mul i32 %11, %M
	%1655 = add i32 %1654, %538
	%1656 = mul i32 %1655, 64
	%1657 = shl i32 %7, 1
	%1658 = add i32 0, %1657
	%1659 = add i32 %1656, %1658
	%1660 = sext i32 %1659 to i64
	%1661 = getelementptr i16, i16* %out, i64 %1660
	%1662 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %540, float %539)
	%1663 = bitcast i16* %1661 to i32*
	store i32 %1662, i32* %1663
	%1664 = shl i32 %7, 1
	%1665 = add i32 8, %1664
	%1666 = add i32 %1656, %1665
	%1667 = sext i32 %1666 to i64
	%1668 = getelementptr i16, i16* %out, i64 %1667
	%1669 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %542, float %541)
	%1670 = bitcast i16* %1668 to i32*
	store i32 %1669, i32* %1670
	%1671 = shl i32 %7, 1
	%1672 = add i32 16, %1671
	%1673 = add i32 %1656, %1672
	%1674 = sext i32 %1673 to i64
	%1675 = getelementptr i16, i16* %out, i64 %1674
	%1676 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %544, float %543)
	%1677 = bitcast i16* %1675 to i32*
	store i32 %1676, i32* %1677
	%1678 = shl i32 %7, 1
	%1679 = add i32 24, %1678
	%1680 = add i32 %1656, %1679
	%1681 = sext i32 %1680 to i64
	%1682 = getelementptr i16, i16* %out, i64 %1681
	%1683 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %546, float %545)
	%1684 = bitcast i16* %1682 to i32*
	store i32 %1683, i32* %1684
	%1685 = shl i32 %7, 1
	%1686 = add i32 32, %1685
	%1687 = add i32 %1656, %1686
	%1688 = sext i32 %1687 to i64
	%1689 = getelementptr i16, i16* %out, i64 %1688
	%1690 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %548, float %547)
	%1691 = bitcast i16* %1689 to i32*
	store i32 %1690, i32* %1691
	%1692 = shl i32 %7, 1
	%1693 = add i32 40, %1692
	%1694 = add i32 %1656, %1693
	%1695 = sext i32 %1694 to i64
	%1696 = getelementptr i16, i16* %out, i64 %1695
	%1697 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %550, float %549)
	%1698 = bitcast i16* %1696 to i32*
	store i32 %1697, i32* %1698
	%1699 = shl i32 %7, 1
	%1700 = add i32 48, %1699
	%1701 = add i32 %1656, %1700
	%1702 = sext i32 %1701 to i64
	%1703 = getelementptr i16, i16* %out, i64 %1702
	%1704 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %552, float %551)
	%1705 = bitcast i16* %1703 to i32*
	store i32 %1704, i32* %1705
	%1706 = shl i32 %7, 1
	%1707 = add i32 56, %1706
	%1708 = add i32 %1656, %1707
	%1709 = sext i32 %1708 to i64
	%1710 = getelementptr i16, i16* %out, i64 %1709
	%1711 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %554, float %553)
	%1712 = bitcast i16* %1710 to i32*
	store i32 %1711, i32* %1712
	br label %stored0

stored0:
	%1713 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %494, i32 1, i32 31)
	%1714 = fadd float %494, %1713
	%1715 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1714, i32 2, i32 31)
	%1716 = fadd float %1714, %1715
	%1717 = fcmp ogt float %1716, 0.0
	%1718 = fdiv float 1.0, %1716
	%1719 = select i1 %1717, float %1718, float 0.0
	%1720 = mul i32 %4, 16
	%1721 = add i32 %13, %1720
	%1722 = add i32 %6, 8
	%1723 = add i32 %1721, %1722
	%1724 = fmul float %498, %1719
	%1725 = fmul float %499, %1719
	%1726 = fmul float %502, %1719
	%1727 = fmul float %503, %1719
	%1728 = fmul float %506, %1719
	%1729 = fmul float %507, %1719
	%1730 = fmul float %510, %1719
	%1731 = fmul float %511, %1719
	%1732 = fmul float %514, %1719
	%1733 = fmul float %515, %1719
	%1734 = fmul float %518, %1719
	%1735 = fmul float %519, %1719
	%1736 = fmul float %522, %1719
	%1737 = fmul float %523, %1719
	%1738 = fmul float %526, %1719
	%1739 = fmul float %527, %1719
	%1740 = icmp slt i32 %1723, %M
	br i1 %1740, label %store1, label %stored1

store1:
	%1741 = mul i32 %11, %M
	%1742 = add i32 %1741, %1723
	%1743 = mul i32 %1742, 64
	%1744 = shl i32 %7, 1
	%1745 = add i32 0, %1744
	%1746 = add i32 %1743, %1745
	%1747 = sext i32 %1746 to i64
	%1748 = getelementptr i16, i16* %out, i64 %1747
	%1749 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1725, float %1724)
	%1750 = bitcast i16* %1748 to i32*
	store i32 %1749, i32* %1750
	%1751 = shl i32 %7, 1
	%1752 = add i32 8, %1751
	%1753 = add i32 %1743, %1752
	%1754 = sext i32 %1753 to i64
	%1755 = getelementptr i16, i16* %out, i64 %1754
	%1756 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1727, float %1726)
	%1757 = bitcast i16* %1755 to i32*
	store i32 %1756, i32* %1757
	%1758 = shl i32 %7, 1
	%1759 = add i32 16, %1758
	%1760 = add i32 %1743, %1759
	%1761 = sext i32 %1760 to i64
	%1762 = getelementptr i16, i16* %out, i64 %1761
	%1763 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1729, float %1728)
	%1764 = bitcast i16* %1762 to i32*
	store i32 %1763, i32* %1764
	%1765 = shl i32 %7, 1
	%1766 = add i32 24, %1765
	%1767 = add i32 %1743, %1766
	%1768 = sext i32 %1767 to i64
	%1769 = getelementptr i16, i16* %out, i64 %1768
	%1770 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1731, float %1730)
	%1771 = bitcast i16* %1769 to i32*
	store i32 %1770, i32* %1771
	%1772 = shl i32 %7, 1
	%1773 = add i32 32, %1772
	%1774 = add i32 %1743, %1773
	%1775 = sext i32 %1774 to i64
	%1776 = getelementptr i16, i16* %out, i64 %1775
	%1777 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1733, float %1732)
	%1778 = bitcast i16* %1776 to i32*
	store i32 %1777, i32* %1778
	%1779 = shl i32 %7, 1
	%1780 = add i32 40, %1779
	%1781 = add i32 %1743, %1780
	%1782 = sext i32 %1781 to i64
	%1783 = getelementptr i16, i16* %out, i64 %1782
	%1784 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1735, float %1734)
	%1785 = bitcast i16* %1783 to i32*
	store i32 %1784, i32* %1785
	%1786 = shl i32 %7, 1
	%1787 = add i32 48, %1786
	%1788 = add i32 %1743, %1787
	%1789 = sext i32 %1788 to i64
	%1790 = getelementptr i16, i16* %out, i64 %1789
	%1791 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1737, float %1736)
	%1792 = bitcast i16* %1790 to i32*
	store i32 %1791, i32* %1792
	%1793 = shl i32 %7, 1
	%1794 = add i32 56, %1793
	%1795 = add i32 %1743, %1794
	%1796 = sext i32 %1795 to i64
	%1797 = getelementptr i16, i16* %out, i64 %1796
	%1798 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1739, float %1738)
	%1799 = bitcast i16* %1797 to i32*
	store i32 %1798, i32* %1799
	br label %stored1

stored1:
	%1800 = icmp eq i32 %3, 0
	br i1 %1800, label %1801, label %1806

1801:
	%1802 = mul i32 %11, %NQ
	%1803 = add i32 %1802, %10
	%1804 = sext i32 %1803 to i64
	%1805 = getelementptr i32, i32* %visits, i64 %1804
	store i32 %495, i32* %1805
	br label %1806

1806:
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

!nvvm.annotations = !{!0, !1}
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"maxntidx", i32 128}
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"minctasm", i32 3}
