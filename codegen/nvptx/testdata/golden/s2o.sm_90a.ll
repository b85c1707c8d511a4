; s2o
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@s2o_attn3_smem = internal addrspace(3) global [24576 x i8] undef, align 1024
@s2o_attn3_stop = internal addrspace(3) global [8 x float] undef, align 16

define ptx_kernel void @s2o_attn3(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i32* %perm, i32 %NS, i32 %segment, i32* %visits) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @s2o_attn3_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x4000
	%3 = lshr i32 %2, 4
	%4 = and i32 %3, u0x3FFF
	%5 = lshr i32 %0, 4
	%6 = and i32 %5, u0x3FFF
	%7 = lshr i32 %1, 4
	%8 = and i32 %7, u0x3FFF
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%10 = lshr i32 %9, 5
	%11 = and i32 %9, 31
	%12 = lshr i32 %11, 2
	%13 = and i32 %11, 3
	%14 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%15 = mul i32 %14, %NQ
	%16 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%17 = add i32 %15, %16
	%18 = mul i32 %hg, %NQ
	%19 = udiv i32 %17, %18
	%20 = urem i32 %17, %18
	%21 = mul i32 %19, %hg
	%22 = sub i32 %H, %21
	%23 = icmp slt i32 %hg, %22
	%24 = select i1 %23, i32 %hg, i32 %22
	%25 = sub i32 %NQ, 1
	%26 = udiv i32 %20, %24
	%27 = sub i32 %25, %26
	%28 = urem i32 %20, %24
	%29 = add i32 %21, %28
	%30 = sdiv i32 %29, %group
	%31 = mul i32 %27, 64
	%32 = mul i32 %29, %M
	%33 = mul i32 %32, 64
	%34 = sext i32 %33 to i64
	%35 = getelementptr i16, i16* %q, i64 %34
	%36 = mul i32 %30, %N
	%37 = mul i32 %36, 64
	%38 = sext i32 %37 to i64
	%39 = getelementptr i16, i16* %k, i64 %38
	%40 = mul i32 %30, %N
	%41 = mul i32 %40, 64
	%42 = sext i32 %41 to i64
	%43 = getelementptr i16, i16* %v, i64 %42
	%44 = udiv i32 %29, %lh
	%45 = mul i32 %44, %NQ
	%46 = add i32 %45, %27
	%47 = mul i32 %46, 2
	%48 = mul i32 %47, %NK
	%49 = mul i32 %29, %ch
	%50 = mul i32 %49, %NQ
	%51 = add i32 %50, %27
	%52 = mul i32 %51, %NK
	%53 = sdiv i32 %31, %segment
	%54 = mul i32 %29, %NS
	%55 = add i32 %54, %53
	%56 = mul i32 %55, %N
	%57 = sext i32 %56 to i64
	%58 = getelementptr i32, i32* %perm, i64 %57
	%59 = add i32 %48, 0
	%60 = sext i32 %59 to i64
	%61 = getelementptr i32, i32* %list, i64 %60
	%62 = load i32, i32* %61
	%63 = icmp sgt i32 %NK, 0
	%64 = icmp sge i32 %62, 0
	%65 = and i1 %63, %64
	%66 = lshr i32 %9, 3
	%67 = and i32 %9, 7
	%68 = lshr i32 %67, 3
	%69 = mul i32 %68, u0x2000
	%70 = and i32 %67, 7
	%71 = and i32 %66, 7
	%72 = xor i32 %70, %71
	%73 = mul i32 %66, 128
	%74 = shl i32 %72, 4
	%75 = add i32 %73, %74
	%76 = add i32 %69, %75
	%77 = add i32 %2, %76
	%78 = add i32 %31, %66
	%79 = mul i32 %78, 64
	%80 = mul i32 %67, 8
	%81 = add i32 %79, %80
	%82 = sext i32 %81 to i64
	%83 = getelementptr i16, i16* %35, i64 %82
	%84 = add i32 %78, 0
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %83, i64 0
	%87 = select i1 %85, i16* %86, i16* %35
	%88 = add i32 %77, 0
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %78, 16
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %83, i64 1024
	%93 = select i1 %91, i16* %92, i16* %35
	%94 = add i32 %77, 2048
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	%96 = add i32 %78, 32
	%97 = icmp slt i32 %96, %M
	%98 = getelementptr i16, i16* %83, i64 2048
	%99 = select i1 %97, i16* %98, i16* %35
	%100 = add i32 %77, u0x1000
	%101 = select i1 %97, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %100, i16* %99, i32 %101)
	%102 = add i32 %78, 48
	%103 = icmp slt i32 %102, %M
	%104 = getelementptr i16, i16* %83, i64 3072
	%105 = select i1 %103, i16* %104, i16* %35
	%106 = add i32 %77, 6144
	%107 = select i1 %103, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %106, i16* %105, i32 %107)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %65, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%108 = and i32 %11, 7
	%109 = lshr i32 %11, 3
	%110 = and i32 %109, 1
	%111 = shl i32 %110, 3
	%112 = add i32 %108, %111
	%113 = lshr i32 %11, 4
	%114 = mul i32 %10, 16
	%115 = add i32 %112, 0
	%116 = add i32 %114, %115
	%117 = mul i32 %116, 128
	%118 = add i32 %2, %117
	%119 = and i32 %11, 7
	%120 = xor i32 %113, %119
	%121 = shl i32 %120, 4
	%122 = add i32 %118, %121
	%123 = mul i32 %62, 64
	%124 = lshr i32 %9, 3
	%125 = and i32 %9, 7
	%126 = lshr i32 %125, 3
	%127 = mul i32 %126, u0x2000
	%128 = and i32 %125, 7
	%129 = and i32 %124, 7
	%130 = xor i32 %128, %129
	%131 = mul i32 %124, 128
	%132 = shl i32 %130, 4
	%133 = add i32 %131, %132
	%134 = add i32 %127, %133
	%135 = add i32 %0, %134
	%136 = add i32 %123, %124
	%137 = add i32 %136, 0
	%138 = icmp slt i32 %137, %N
	%139 = select i1 %138, i32 %137, i32 0
	%140 = sext i32 %139 to i64
	%141 = getelementptr i32, i32* %58, i64 %140
	%142 = load i32, i32* %141
	%143 = mul i32 %142, 64
	%144 = mul i32 %125, 8
	%145 = add i32 %143, %144
	%146 = sext i32 %145 to i64
	%147 = getelementptr i16, i16* %39, i64 %146
	%148 = add i32 %135, 0
	%149 = select i1 %138, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %148, i16* %147, i32 %149)
	%150 = add i32 %136, 16
	%151 = icmp slt i32 %150, %N
	%152 = select i1 %151, i32 %150, i32 0
	%153 = sext i32 %152 to i64
	%154 = getelementptr i32, i32* %58, i64 %153
	%155 = load i32, i32* %154
	%156 = mul i32 %155, 64
	%157 = mul i32 %125, 8
	%158 = add i32 %156, %157
	%159 = sext i32 %158 to i64
	%160 = getelementptr i16, i16* %39, i64 %159
	%161 = add i32 %135, 2048
	%162 = select i1 %151, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %161, i16* %160, i32 %162)
	%163 = add i32 %136, 32
	%164 = icmp slt i32 %163, %N
	%165 = select i1 %164, i32 %163, i32 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i32, i32* %58, i64 %166
	%168 = load i32, i32* %167
	%169 = mul i32 %168, 64
	%170 = mul i32 %125, 8
	%171 = add i32 %169, %170
	%172 = sext i32 %171 to i64
	%173 = getelementptr i16, i16* %39, i64 %172
	%174 = add i32 %135, u0x1000
	%175 = select i1 %164, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %174, i16* %173, i32 %175)
	%176 = add i32 %136, 48
	%177 = icmp slt i32 %176, %N
	%178 = select i1 %177, i32 %176, i32 0
	%179 = sext i32 %178 to i64
	%180 = getelementptr i32, i32* %58, i64 %179
	%181 = load i32, i32* %180
	%182 = mul i32 %181, 64
	%183 = mul i32 %125, 8
	%184 = add i32 %182, %183
	%185 = sext i32 %184 to i64
	%186 = getelementptr i16, i16* %39, i64 %185
	%187 = add i32 %135, 6144
	%188 = select i1 %177, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %187, i16* %186, i32 %188)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%189 = phi i32 [ 0, %prologue ], [ %1367, %pv ]
	%190 = phi i32 [ %62, %prologue ], [ %1374, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1665, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1666, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1667, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1668, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1669, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1670, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1671, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1672, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1673, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1674, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1675, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1676, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1677, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1678, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1679, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1680, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1681, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1682, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1683, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1684, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1685, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1686, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1687, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1688, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1689, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1690, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1691, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1692, %pv ]
	%219 = phi float [ 0.0, %prologue ], [ %1693, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1694, %pv ]
	%221 = phi float [ 0.0, %prologue ], [ %1695, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1696, %pv ]
	%223 = phi float [ 0xFFF0000000000000, %prologue ], [ %1197, %pv ]
	%224 = phi float [ 0.0, %prologue ], [ %1248, %pv ]
	%225 = phi float [ 0xFFF0000000000000, %prologue ], [ %1249, %pv ]
	%226 = phi float [ 0.0, %prologue ], [ %1300, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%227 = mul i32 %190, 64
	%228 = lshr i32 %9, 3
	%229 = and i32 %9, 7
	%230 = lshr i32 %229, 3
	%231 = mul i32 %230, u0x2000
	%232 = and i32 %229, 7
	%233 = and i32 %228, 7
	%234 = xor i32 %232, %233
	%235 = mul i32 %228, 128
	%236 = shl i32 %234, 4
	%237 = add i32 %235, %236
	%238 = add i32 %231, %237
	%239 = add i32 %1, %238
	%240 = add i32 %227, %228
	%241 = add i32 %240, 0
	%242 = icmp slt i32 %241, %N
	%243 = select i1 %242, i32 %241, i32 0
	%244 = sext i32 %243 to i64
	%245 = getelementptr i32, i32* %58, i64 %244
	%246 = load i32, i32* %245
	%247 = mul i32 %246, 64
	%248 = mul i32 %229, 8
	%249 = add i32 %247, %248
	%250 = sext i32 %249 to i64
	%251 = getelementptr i16, i16* %43, i64 %250
	%252 = add i32 %239, 0
	%253 = select i1 %242, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %252, i16* %251, i32 %253)
	%254 = add i32 %240, 16
	%255 = icmp slt i32 %254, %N
	%256 = select i1 %255, i32 %254, i32 0
	%257 = sext i32 %256 to i64
	%258 = getelementptr i32, i32* %58, i64 %257
	%259 = load i32, i32* %258
	%260 = mul i32 %259, 64
	%261 = mul i32 %229, 8
	%262 = add i32 %260, %261
	%263 = sext i32 %262 to i64
	%264 = getelementptr i16, i16* %43, i64 %263
	%265 = add i32 %239, 2048
	%266 = select i1 %255, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %265, i16* %264, i32 %266)
	%267 = add i32 %240, 32
	%268 = icmp slt i32 %267, %N
	%269 = select i1 %268, i32 %267, i32 0
	%270 = sext i32 %269 to i64
	%271 = getelementptr i32, i32* %58, i64 %270
	%272 = load i32, i32* %271
	%273 = mul i32 %272, 64
	%274 = mul i32 %229, 8
	%275 = add i32 %273, %274
	%276 = sext i32 %275 to i64
	%277 = getelementptr i16, i16* %43, i64 %276
	%278 = add i32 %239, u0x1000
	%279 = select i1 %268, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %278, i16* %277, i32 %279)
	%280 = add i32 %240, 48
	%281 = icmp slt i32 %280, %N
	%282 = select i1 %281, i32 %280, i32 0
	%283 = sext i32 %282 to i64
	%284 = getelementptr i32, i32* %58, i64 %283
	%285 = load i32, i32* %284
	%286 = mul i32 %285, 64
	%287 = mul i32 %229, 8
	%288 = add i32 %286, %287
	%289 = sext i32 %288 to i64
	%290 = getelementptr i16, i16* %43, i64 %289
	%291 = add i32 %239, 6144
	%292 = select i1 %281, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %291, i16* %290, i32 %292)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%293 = add i32 %4, 0
	%294 = zext i32 %293 to i64
	%295 = or i64 %294, u0x4000004000010000
	%296 = add i32 %6, 0
	%297 = zext i32 %296 to i64
	%298 = or i64 %297, u0x4000004000010000
	%299 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %295, i64 %298, i32 1)
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 0
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 1
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 2
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 3
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 4
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 5
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 6
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 7
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 8
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 9
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 10
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 11
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 12
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 13
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 14
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 15
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 16
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 17
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 18
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 19
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 20
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 21
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 22
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 23
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 24
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 25
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 26
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 27
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 28
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 29
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 30
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %299, 31
	%332 = add i32 %4, 2
	%333 = zext i32 %332 to i64
	%334 = or i64 %333, u0x4000004000010000
	%335 = add i32 %6, 2
	%336 = zext i32 %335 to i64
	%337 = or i64 %336, u0x4000004000010000
	%338 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, i64 %334, i64 %337, i32 1)
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 0
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 1
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 2
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 3
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 4
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 5
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 6
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 7
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 8
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 9
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 10
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 11
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 12
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 13
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 14
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 15
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 16
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 17
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 18
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 19
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 20
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 21
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 22
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 23
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 24
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 25
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 26
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 27
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 28
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 29
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 30
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %338, 31
	%371 = add i32 %4, 4
	%372 = zext i32 %371 to i64
	%373 = or i64 %372, u0x4000004000010000
	%374 = add i32 %6, 4
	%375 = zext i32 %374 to i64
	%376 = or i64 %375, u0x4000004000010000
	%377 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, i64 %373, i64 %376, i32 1)
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 0
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 1
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 2
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 3
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 4
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 5
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 6
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 7
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 8
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 9
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 10
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 11
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 12
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 13
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 14
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 15
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 16
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 17
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 18
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 19
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 20
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 21
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 22
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 23
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 24
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 25
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 26
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 27
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 28
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 29
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 30
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %377, 31
	%410 = add i32 %4, 6
	%411 = zext i32 %410 to i64
	%412 = or i64 %411, u0x4000004000010000
	%413 = add i32 %6, 6
	%414 = zext i32 %413 to i64
	%415 = or i64 %414, u0x4000004000010000
	%416 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, i64 %412, i64 %415, i32 1)
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 0
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 1
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 2
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 3
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 4
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 5
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 6
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 7
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 8
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 9
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 10
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 11
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 12
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 13
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 14
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 15
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 16
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 17
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 18
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 19
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 20
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 21
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 22
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 23
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 24
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 25
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 26
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 27
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 28
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 29
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 30
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %416, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%479 = call float asm sideeffect "", "=f,0"(float %447)
	%480 = call float asm sideeffect "", "=f,0"(float %448)
	%481 = mul i32 %10, 16
	%482 = add i32 %31, %481
	%483 = add i32 %12, 0
	%484 = add i32 %482, %483
	%485 = mul i32 %10, 16
	%486 = add i32 %31, %485
	%487 = add i32 %12, 8
	%488 = add i32 %486, %487
	%489 = sitofp i32 %29 to float
	%490 = add i32 %52, %190
	%491 = sext i32 %490 to i64
	%492 = getelementptr i8, i8* %cls, i64 %491
	%493 = load i8, i8* %492
	%494 = icmp ne i8 %493, 2
	br i1 %494, label %partial, label %softmax

epilogue:
	%495 = phi float [ 0.0, %entry ], [ %1248, %pv ]
	%496 = phi float [ 0.0, %entry ], [ %1300, %pv ]
	%497 = phi i32 [ 0, %entry ], [ %1367, %pv ]
	%498 = phi float [ 0.0, %entry ], [ %1665, %pv ]
	%499 = phi float [ 0.0, %entry ], [ %1666, %pv ]
	%500 = phi float [ 0.0, %entry ], [ %1667, %pv ]
	%501 = phi float [ 0.0, %entry ], [ %1668, %pv ]
	%502 = phi float [ 0.0, %entry ], [ %1669, %pv ]
	%503 = phi float [ 0.0, %entry ], [ %1670, %pv ]
	%504 = phi float [ 0.0, %entry ], [ %1671, %pv ]
	%505 = phi float [ 0.0, %entry ], [ %1672, %pv ]
	%506 = phi float [ 0.0, %entry ], [ %1673, %pv ]
	%507 = phi float [ 0.0, %entry ], [ %1674, %pv ]
	%508 = phi float [ 0.0, %entry ], [ %1675, %pv ]
	%509 = phi float [ 0.0, %entry ], [ %1676, %pv ]
	%510 = phi float [ 0.0, %entry ], [ %1677, %pv ]
	%511 = phi float [ 0.0, %entry ], [ %1678, %pv ]
	%512 = phi float [ 0.0, %entry ], [ %1679, %pv ]
	%513 = phi float [ 0.0, %entry ], [ %1680, %pv ]
	%514 = phi float [ 0.0, %entry ], [ %1681, %pv ]
	%515 = phi float [ 0.0, %entry ], [ %1682, %pv ]
	%516 = phi float [ 0.0, %entry ], [ %1683, %pv ]
	%517 = phi float [ 0.0, %entry ], [ %1684, %pv ]
	%518 = phi float [ 0.0, %entry ], [ %1685, %pv ]
	%519 = phi float [ 0.0, %entry ], [ %1686, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %1687, %pv ]
	%521 = phi float [ 0.0, %entry ], [ %1688, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1689, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1690, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1691, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1692, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1693, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1694, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1695, %pv ]
	%529 = phi float [ 0.0, %entry ], [ %1696, %pv ]
	%530 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %495, i32 1, i32 31)
	%531 = fadd float %495, %530
	%532 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %531, i32 2, i32 31)
	%533 = fadd float %531, %532
	%534 = fcmp ogt float %533, 0.0
	%535 = fdiv float 1.0, %533
	%536 = select i1 %534, float %535, float 0.0
	%537 = mul i32 %10, 16
	%538 = add i32 %31, %537
	%539 = add i32 %12, 0
	%540 = add i32 %538, %539
	%541 = fmul float %498, %536
	%542 = fmul float %499, %536
	%543 = fmul float %502, %536
	%544 = fmul float %503, %536
	%545 = fmul float %506, %536
	%546 = fmul float %507, %536
	%547 = fmul float %510, %536
	%548 = fmul float %511, %536
	%549 = fmul float %514, %536
	%550 = fmul float %515, %536
	%551 = fmul float %518, %536
	%552 = fmul float %519, %536
	%553 = fmul float %522, %536
	%554 = fmul float %523, %536
	%555 = fmul float %526, %536
	%556 = fmul float %527, %536
	%557 = icmp slt i32 %540, %M
	br i1 %557, label %store0, label %stored0

partial:
	%558 = shl i32 %13, 1
	%559 = add i32 0, %558
	%560 = add i32 %227, %559
	%561 = icmp slt i32 %560, %N
	%562 = select i1 %561, i32 %560, i32 0
	%563 = sitofp i32 %484 to float
	%564 = sext i32 %562 to i64
	%565 = getelementptr i32, i32* %58, i64 %564
	%566 = load i32, i32* %565
	%567 = sitofp i32 %566 to float
	%568 = fcmp ole float %567, %563
	%569 = uitofp i1 %568 to float
	%570 = fcmp une float %569, 0.0
	%571 = and i1 %561, %570
	%572 = select i1 %571, float %449, float 0xFFF0000000000000
	%573 = shl i32 %13, 1
	%574 = add i32 1, %573
	%575 = add i32 %227, %574
	%576 = icmp slt i32 %575, %N
	%577 = select i1 %576, i32 %575, i32 0
	%578 = sitofp i32 %484 to float
	%579 = sext i32 %577 to i64
	%580 = getelementptr i32, i32* %58, i64 %579
	%581 = load i32, i32* %580
	%582 = sitofp i32 %581 to float
	%583 = fcmp ole float %582, %578
	%584 = uitofp i1 %583 to float
	%585 = fcmp une float %584, 0.0
	%586 = and i1 %576, %585
	%587 = select i1 %586, float %450, float 0xFFF0000000000000
	%588 = shl i32 %13, 1
	%589 = add i32 0, %588
	%590 = add i32 %227, %589
	%591 = icmp slt i32 %590, %N
	%592 = select i1 %591, i32 %590, i32 0
	%593 = sitofp i32 %488 to float
	%594 = sext i32 %592 to i64
	%595 = getelementptr i32, i32* %58, i64 %594
	%596 = load i32, i32* %595
	%597 = sitofp i32 %596 to float
	%598 = fcmp ole float %597, %593
	%599 = uitofp i1 %598 to float
	%600 = fcmp une float %599, 0.0
	%601 = and i1 %591, %600
	%602 = select i1 %601, float %451, float 0xFFF0000000000000
	%603 = shl i32 %13, 1
	%604 = add i32 1, %603
	%605 = add i32 %227, %604
	%606 = icmp slt i32 %605, %N
	%607 = select i1 %606, i32 %605, i32 0
	%608 = sitofp i32 %488 to float
	%609 = sext i32 %607 to i64
	%610 = getelementptr i32, i32* %58, i64 %609
	%611 = load i32, i32* %610
	%612 = sitofp i32 %611 to float
	%613 = fcmp ole float %612, %608
	%614 = uitofp i1 %613 to float
	%615 = fcmp une float %614, 0.0
	%616 = and i1 %606, %615
	%617 = select i1 %616, float %452, float 0xFFF0000000000000
	%618 = shl i32 %13, 1
	%619 = add i32 8, %618
	%620 = add i32 %227, %619
	%621 = icmp slt i32 %620, %N
	%622 = select i1 %621, i32 %620, i32 0
	%623 = sitofp i32 %484 to float
	%624 = sext i32 %622 to i64
	%625 = getelementptr i32, i32* %58, i64 %624
	%626 = load i32, i32* %625
	%627 = sitofp i32 %626 to float
	%628 = fcmp ole float %627, %623
	%629 = uitofp i1 %628 to float
	%630 = fcmp une float %629, 0.0
	%631 = and i1 %621, %630
	%632 = select i1 %631, float %453, float 0xFFF0000000000000
	%633 = shl i32 %13, 1
	%634 = add i32 9, %633
	%635 = add i32 %227, %634
	%636 = icmp slt i32 %635, %N
	%637 = select i1 %636, i32 %635, i32 0
	%638 = sitofp i32 %484 to float
	%639 = sext i32 %637 to i64
	%640 = getelementptr i32, i32* %58, i64 %639
	%641 = load i32, i32* %640
	%642 = sitofp i32 %641 to float
	%643 = fcmp ole float %642, %638
	%644 = uitofp i1 %643 to float
	%645 = fcmp une float %644, 0.0
	%646 = and i1 %636, %645
	%647 = select i1 %646, float %454, float 0xFFF0000000000000
	%648 = shl i32 %13, 1
	%649 = add i32 8, %648
	%650 = add i32 %227, %649
	%651 = icmp slt i32 %650, %N
	%652 = select i1 %651, i32 %650, i32 0
	%653 = sitofp i32 %488 to float
	%654 = sext i32 %652 to i64
	%655 = getelementptr i32, i32* %58, i64 %654
	%656 = load i32, i32* %655
	%657 = sitofp i32 %656 to float
	%658 = fcmp ole float %657, %653
	%659 = uitofp i1 %658 to float
	%660 = fcmp une float %659, 0.0
	%661 = and i1 %651, %660
	%662 = select i1 %661, float %455, float 0xFFF0000000000000
	%663 = shl i32 %13, 1
	%664 = add i32 9, %663
	%665 = add i32 %227, %664
	%666 = icmp slt i32 %665, %N
	%667 = select i1 %666, i32 %665, i32 0
	%668 = sitofp i32 %488 to float
	%669 = sext i32 %667 to i64
	%670 = getelementptr i32, i32* %58, i64 %669
	%671 = load i32, i32* %670
	%672 = sitofp i32 %671 to float
	%673 = fcmp ole float %672, %668
	%674 = uitofp i1 %673 to float
	%675 = fcmp une float %674, 0.0
	%676 = and i1 %666, %675
	%677 = select i1 %676, float %456, float 0xFFF0000000000000
	%678 = shl i32 %13, 1
	%679 = add i32 16, %678
	%680 = add i32 %227, %679
	%681 = icmp slt i32 %680, %N
	%682 = select i1 %681, i32 %680, i32 0
	%683 = sitofp i32 %484 to float
	%684 = sext i32 %682 to i64
	%685 = getelementptr i32, i32* %58, i64 %684
	%686 = load i32, i32* %685
	%687 = sitofp i32 %686 to float
	%688 = fcmp ole float %687, %683
	%689 = uitofp i1 %688 to float
	%690 = fcmp une float %689, 0.0
	%691 = and i1 %681, %690
	%692 = select i1 %691, float %457, float 0xFFF0000000000000
	%693 = shl i32 %13, 1
	%694 = add i32 17, %693
	%695 = add i32 %227, %694
	%696 = icmp slt i32 %695, %N
	%697 = select i1 %696, i32 %695, i32 0
	%698 = sitofp i32 %484 to float
	%699 = sext i32 %697 to i64
	%700 = getelementptr i32, i32* %58, i64 %699
	%701 = load i32, i32* %700
	%702 = sitofp i32 %701 to float
	%703 = fcmp ole float %702, %698
	%704 = uitofp i1 %703 to float
	%705 = fcmp une float %704, 0.0
	%706 = and i1 %696, %705
	%707 = select i1 %706, float %458, float 0xFFF0000000000000
	%708 = shl i32 %13, 1
	%709 = add i32 16, %708
	%710 = add i32 %227, %709
	%711 = icmp slt i32 %710, %N
	%712 = select i1 %711, i32 %710, i32 0
	%713 = sitofp i32 %488 to float
	%714 = sext i32 %712 to i64
	%715 = getelementptr i32, i32* %58, i64 %714
	%716 = load i32, i32* %715
	%717 = sitofp i32 %716 to float
	%718 = fcmp ole float %717, %713
	%719 = uitofp i1 %718 to float
	%720 = fcmp une float %719, 0.0
	%721 = and i1 %711, %720
	%722 = select i1 %721, float %459, float 0xFFF0000000000000
	%723 = shl i32 %13, 1
	%724 = add i32 17, %723
	%725 = add i32 %227, %724
	%726 = icmp slt i32 %725, %N
	%727 = select i1 %726, i32 %725, i32 0
	%728 = sitofp i32 %488 to float
	%729 = sext i32 %727 to i64
	%730 = getelementptr i32, i32* %58, i64 %729
	%731 = load i32, i32* %730
	%732 = sitofp i32 %731 to float
	%733 = fcmp ole float %732, %728
	%734 = uitofp i1 %733 to float
	%735 = fcmp une float %734, 0.0
	%736 = and i1 %726, %735
	%737 = select i1 %736, float %460, float 0xFFF0000000000000
	%738 = shl i32 %13, 1
	%739 = add i32 24, %738
	%740 = add i32 %227, %739
	%741 = icmp slt i32 %740, %N
	%742 = select i1 %741, i32 %740, i32 0
	%743 = sitofp i32 %484 to float
	%744 = sext i32 %742 to i64
	%745 = getelementptr i32, i32* %58, i64 %744
	%746 = load i32, i32* %745
	%747 = sitofp i32 %746 to float
	%748 = fcmp ole float %747, %743
	%749 = uitofp i1 %748 to float
	%750 = fcmp une float %749, 0.0
	%751 = and i1 %741, %750
	%752 = select i1 %751, float %461, float 0xFFF0000000000000
	%753 = shl i32 %13, 1
	%754 = add i32 25, %753
	%755 = add i32 %227, %754
	%756 = icmp slt i32 %755, %N
	%757 = select i1 %756, i32 %755, i32 0
	%758 = sitofp i32 %484 to float
	%759 = sext i32 %757 to i64
	%760 = getelementptr i32, i32* %58, i64 %759
	%761 = load i32, i32* %760
	%762 = sitofp i32 %761 to float
	%763 = fcmp ole float %762, %758
	%764 = uitofp i1 %763 to float
	%765 = fcmp une float %764, 0.0
	%766 = and i1 %756, %765
	%767 = select i1 %766, float %462, float 0xFFF0000000000000
	%768 = shl i32 %13, 1
	%769 = add i32 24, %768
	%770 = add i32 %227, %769
	%771 = icmp slt i32 %770, %N
	%772 = select i1 %771, i32 %770, i32 0
	%773 = sitofp i32 %488 to float
	%774 = sext i32 %772 to i64
	%775 = getelementptr i32, i32* %58, i64 %774
	%776 = load i32, i32* %775
	%777 = sitofp i32 %776 to float
	%778 = fcmp ole float %777, %773
	%779 = uitofp i1 %778 to float
	%780 = fcmp une float %779, 0.0
	%781 = and i1 %771, %780
	%782 = select i1 %781, float %463, float 0xFFF0000000000000
	%783 = shl i32 %13, 1
	%784 = add i32 25, %783
	%785 = add i32 %227, %784
	%786 = icmp slt i32 %785, %N
	%787 = select i1 %786, i32 %785, i32 0
	%788 = sitofp i32 %488 to float
	%789 = sext i32 %787 to i64
	%790 = getelementptr i32, i32* %58, i64 %789
	%791 = load i32, i32* %790
	%792 = sitofp i32 %791 to float
	%793 = fcmp ole float %792, %788
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = and i1 %786, %795
	%797 = select i1 %796, float %464, float 0xFFF0000000000000
	%798 = shl i32 %13, 1
	%799 = add i32 32, %798
	%800 = add i32 %227, %799
	%801 = icmp slt i32 %800, %N
	%802 = select i1 %801, i32 %800, i32 0
	%803 = sitofp i32 %484 to float
	%804 = sext i32 %802 to i64
	%805 = getelementptr i32, i32* %58, i64 %804
	%806 = load i32, i32* %805
	%807 = sitofp i32 %806 to float
	%808 = fcmp ole float %807, %803
	%809 = uitofp i1 %808 to float
	%810 = fcmp une float %809, 0.0
	%811 = and i1 %801, %810
	%812 = select i1 %811, float %465, float 0xFFF0000000000000
	%813 = shl i32 %13, 1
	%814 = add i32 33, %813
	%815 = add i32 %227, %814
	%816 = icmp slt i32 %815, %N
	%817 = select i1 %816, i32 %815, i32 0
	%818 = sitofp i32 %484 to float
	%819 = sext i32 %817 to i64
	%820 = getelementptr i32, i32* %58, i64 %819
	%821 = load i32, i32* %820
	%822 = sitofp i32 %821 to float
	%823 = fcmp ole float %822, %818
	%824 = uitofp i1 %823 to float
	%825 = fcmp une float %824, 0.0
	%826 = and i1 %816, %825
	%827 = select i1 %826, float %466, float 0xFFF0000000000000
	%828 = shl i32 %13, 1
	%829 = add i32 32, %828
	%830 = add i32 %227, %829
	%831 = icmp slt i32 %830, %N
	%832 = select i1 %831, i32 %830, i32 0
	%833 = sitofp i32 %488 to float
	%834 = sext i32 %832 to i64
	%835 = getelementptr i32, i32* %58, i64 %834
	%836 = load i32, i32* %835
	%837 = sitofp i32 %836 to float
	%838 = fcmp ole float %837, %833
	%839 = uitofp i1 %838 to float
	%840 = fcmp une float %839, 0.0
	%841 = and i1 %831, %840
	%842 = select i1 %841, float %467, float 0xFFF0000000000000
	%843 = shl i32 %13, 1
	%844 = add i32 33, %843
	%845 = add i32 %227, %844
	%846 = icmp slt i32 %845, %N
	%847 = select i1 %846, i32 %845, i32 0
	%848 = sitofp i32 %488 to float
	%849 = sext i32 %847 to i64
	%850 = getelementptr i32, i32* %58, i64 %849
	%851 = load i32, i32* %850
	%852 = sitofp i32 %851 to float
	%853 = fcmp ole float %852, %848
	%854 = uitofp i1 %853 to float
	%855 = fcmp une float %854, 0.0
	%856 = and i1 %846, %855
	%857 = select i1 %856, float %468, float 0xFFF0000000000000
	%858 = shl i32 %13, 1
	%859 = add i32 40, %858
	%860 = add i32 %227, %859
	%861 = icmp slt i32 %860, %N
	%862 = select i1 %861, i32 %860, i32 0
	%863 = sitofp i32 %484 to float
	%864 = sext i32 %862 to i64
	%865 = getelementptr i32, i32* %58, i64 %864
	%866 = load i32, i32* %865
	%867 = sitofp i32 %866 to float
	%868 = fcmp ole float %867, %863
	%869 = uitofp i1 %868 to float
	%870 = fcmp une float %869, 0.0
	%871 = and i1 %861, %870
	%872 = select i1 %871, float %469, float 0xFFF0000000000000
	%873 = shl i32 %13, 1
	%874 = add i32 41, %873
	%875 = add i32 %227, %874
	%876 = icmp slt i32 %875, %N
	%877 = select i1 %876, i32 %875, i32 0
	%878 = sitofp i32 %484 to float
	%879 = sext i32 %877 to i64
	%880 = getelementptr i32, i32* %58, i64 %879
	%881 = load i32, i32* %880
	%882 = sitofp i32 %881 to float
	%883 = fcmp ole float %882, %878
	%884 = uitofp i1 %883 to float
	%885 = fcmp une float %884, 0.0
	%886 = and i1 %876, %885
	%887 = select i1 %886, float %470, float 0xFFF0000000000000
	%888 = shl i32 %13, 1
	%889 = add i32 40, %888
	%890 = add i32 %227, %889
	%891 = icmp slt i32 %890, %N
	%892 = select i1 %891, i32 %890, i32 0
	%893 = sitofp i32 %488 to float
	%894 = sext i32 %892 to i64
	%895 = getelementptr i32, i32* %58, i64 %894
	%896 = load i32, i32* %895
	%897 = sitofp i32 %896 to float
	%898 = fcmp ole float %897, %893
	%899 = uitofp i1 %898 to float
	%900 = fcmp une float %899, 0.0
	%901 = and i1 %891, %900
	%902 = select i1 %901, float %471, float 0xFFF0000000000000
	%903 = shl i32 %13, 1
	%904 = add i32 41, %903
	%905 = add i32 %227, %904
	%906 = icmp slt i32 %905, %N
	%907 = select i1 %906, i32 %905, i32 0
	%908 = sitofp i32 %488 to float
	%909 = sext i32 %907 to i64
	%910 = getelementptr i32, i32* %58, i64 %909
	%911 = load i32, i32* %910
	%912 = sitofp i32 %911 to float
	%913 = fcmp ole float %912, %908
	%914 = uitofp i1 %913 to float
	%915 = fcmp une float %914, 0.0
	%916 = and i1 %906, %915
	%917 = select i1 %916, float %472, float 0xFFF0000000000000
	%918 = shl i32 %13, 1
	%919 = add i32 48, %918
	%920 = add i32 %227, %919
	%921 = icmp slt i32 %920, %N
	%922 = select i1 %921, i32 %920, i32 0
	%923 = sitofp i32 %484 to float
	%924 = sext i32 %922 to i64
	%925 = getelementptr i32, i32* %58, i64 %924
	%926 = load i32, i32* %925
	%927 = sitofp i32 %926 to float
	%928 = fcmp ole float %927, %923
	%929 = uitofp i1 %928 to float
	%930 = fcmp une float %929, 0.0
	%931 = and i1 %921, %930
	%932 = select i1 %931, float %473, float 0xFFF0000000000000
	%933 = shl i32 %13, 1
	%934 = add i32 49, %933
	%935 = add i32 %227, %934
	%936 = icmp slt i32 %935, %N
	%937 = select i1 %936, i32 %935, i32 0
	%938 = sitofp i32 %484 to float
	%939 = sext i32 %937 to i64
	%940 = getelementptr i32, i32* %58, i64 %939
	%941 = load i32, i32* %940
	%942 = sitofp i32 %941 to float
	%943 = fcmp ole float %942, %938
	%944 = uitofp i1 %943 to float
	%945 = fcmp une float %944, 0.0
	%946 = and i1 %936, %945
	%947 = select i1 %946, float %474, float 0xFFF0000000000000
	%948 = shl i32 %13, 1
	%949 = add i32 48, %948
	%950 = add i32 %227, %949
	%951 = icmp slt i32 %950, %N
	%952 = select i1 %951, i32 %950, i32 0
	%953 = sitofp i32 %488 to float
	%954 = sext i32 %952 to i64
	%955 = getelementptr i32, i32* %58, i64 %954
	%956 = load i32, i32* %955
	%957 = sitofp i32 %956 to float
	%958 = fcmp ole float %957, %953
	%959 = uitofp i1 %958 to float
	%960 = fcmp une float %959, 0.0
	%961 = and i1 %951, %960
	%962 = select i1 %961, float %475, float 0xFFF0000000000000
	%963 = shl i32 %13, 1
	%964 = add i32 49, %963
	%965 = add i32 %227, %964
	%966 = icmp slt i32 %965, %N
	%967 = select i1 %966, i32 %965, i32 0
	%968 = sitofp i32 %488 to float
	%969 = sext i32 %967 to i64
	%970 = getelementptr i32, i32* %58, i64 %969
	%971 = load i32, i32* %970
	%972 = sitofp i32 %971 to float
	%973 = fcmp ole float %972, %968
	%974 = uitofp i1 %973 to float
	%975 = fcmp une float %974, 0.0
	%976 = and i1 %966, %975
	%977 = select i1 %976, float %476, float 0xFFF0000000000000
	%978 = shl i32 %13, 1
	%979 = add i32 56, %978
	%980 = add i32 %227, %979
	%981 = icmp slt i32 %980, %N
	%982 = select i1 %981, i32 %980, i32 0
	%983 = sitofp i32 %484 to float
	%984 = sext i32 %982 to i64
	%985 = getelementptr i32, i32* %58, i64 %984
	%986 = load i32, i32* %985
	%987 = sitofp i32 %986 to float
	%988 = fcmp ole float %987, %983
	%989 = uitofp i1 %988 to float
	%990 = fcmp une float %989, 0.0
	%991 = and i1 %981, %990
	%992 = select i1 %991, float %477, float 0xFFF0000000000000
	%993 = shl i32 %13, 1
	%994 = add i32 57, %993
	%995 = add i32 %227, %994
	%996 = icmp slt i32 %995, %N
	%997 = select i1 %996, i32 %995, i32 0
	%998 = sitofp i32 %484 to float
	%999 = sext i32 %997 to i64
	%1000 = getelementptr i32, i32* %58, i64 %999
	%1001 = load i32, i32* %1000
	%1002 = sitofp i32 %1001 to float
	%1003 = fcmp ole float %1002, %998
	%1004 = uitofp i1 %1003 to float
	%1005 = fcmp une float %1004, 0.0
	%1006 = and i1 %996, %1005
	%1007 = select i1 %1006, float %478, float 0xFFF0000000000000
	%1008 = shl i32 %13, 1
	%1009 = add i32 56, %1008
	%1010 = add i32 %227, %1009
	%1011 = icmp slt i32 %1010, %N
	%1012 = select i1 %1011, i32 %1010, i32 0
	%1013 = sitofp i32 %488 to float
	%1014 = sext i32 %1012 to i64
	%1015 = getelementptr i32, i32* %58, i64 %1014
	%1016 = load i32, i32* %1015
	%1017 = sitofp i32 %1016 to float
	%1018 = fcmp ole float %1017, %1013
	%1019 = uitofp i1 %1018 to float
	%1020 = fcmp une float %1019, 0.0
	%1021 = and i1 %1011, %1020
	%1022 = select i1 %1021, float %479, float 0xFFF0000000000000
	%1023 = shl i32 %13, 1
	%1024 = add i32 57, %1023
	%1025 = add i32 %227, %1024
	%1026 = icmp slt i32 %1025, %N
	%1027 = select i1 %1026, i32 %1025, i32 0
	%1028 = sitofp i32 %488 to float
	%1029 = sext i32 %1027 to i64
	%1030 = getelementptr i32, i32* %58, i64 %1029
	%1031 = load i32, i32* %1030
	%1032 = sitofp i32 %1031 to float
	%1033 = fcmp ole float %1032, %1028
	%1034 = uitofp i1 %1033 to float
	%1035 = fcmp une float %1034, 0.0
	%1036 = and i1 %1026, %1035
	%1037 = select i1 %1036, float %480, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1038 = phi float [ %449, %loop ], [ %572, %partial ]
	%1039 = phi float [ %450, %loop ], [ %587, %partial ]
	%1040 = phi float [ %451, %loop ], [ %602, %partial ]
	%1041 = phi float [ %452, %loop ], [ %617, %partial ]
	%1042 = phi float [ %453, %loop ], [ %632, %partial ]
	%1043 = phi float [ %454, %loop ], [ %647, %partial ]
	%1044 = phi float [ %455, %loop ], [ %662, %partial ]
	%1045 = phi float [ %456, %loop ], [ %677, %partial ]
	%1046 = phi float [ %457, %loop ], [ %692, %partial ]
	%1047 = phi float [ %458, %loop ], [ %707, %partial ]
	%1048 = phi float [ %459, %loop ], [ %722, %partial ]
	%1049 = phi float [ %460, %loop ], [ %737, %partial ]
	%1050 = phi float [ %461, %loop ], [ %752, %partial ]
	%1051 = phi float [ %462, %loop ], [ %767, %partial ]
	%1052 = phi float [ %463, %loop ], [ %782, %partial ]
	%1053 = phi float [ %464, %loop ], [ %797, %partial ]
	%1054 = phi float [ %465, %loop ], [ %812, %partial ]
	%1055 = phi float [ %466, %loop ], [ %827, %partial ]
	%1056 = phi float [ %467, %loop ], [ %842, %partial ]
	%1057 = phi float [ %468, %loop ], [ %857, %partial ]
	%1058 = phi float [ %469, %loop ], [ %872, %partial ]
	%1059 = phi float [ %470, %loop ], [ %887, %partial ]
	%1060 = phi float [ %471, %loop ], [ %902, %partial ]
	%1061 = phi float [ %472, %loop ], [ %917, %partial ]
	%1062 = phi float [ %473, %loop ], [ %932, %partial ]
	%1063 = phi float [ %474, %loop ], [ %947, %partial ]
	%1064 = phi float [ %475, %loop ], [ %962, %partial ]
	%1065 = phi float [ %476, %loop ], [ %977, %partial ]
	%1066 = phi float [ %477, %loop ], [ %992, %partial ]
	%1067 = phi float [ %478, %loop ], [ %1007, %partial ]
	%1068 = phi float [ %479, %loop ], [ %1022, %partial ]
	%1069 = phi float [ %480, %loop ], [ %1037, %partial ]
	%1070 = call float @llvm.nvvm.fmax.f(float %1038, float %1039)
	%1071 = call float @llvm.nvvm.fmax.f(float %1042, float %1043)
	%1072 = call float @llvm.nvvm.fmax.f(float %1046, float %1047)
	%1073 = call float @llvm.nvvm.fmax.f(float %1050, float %1051)
	%1074 = call float @llvm.nvvm.fmax.f(float %1054, float %1055)
	%1075 = call float @llvm.nvvm.fmax.f(float %1058, float %1059)
	%1076 = call float @llvm.nvvm.fmax.f(float %1062, float %1063)
	%1077 = call float @llvm.nvvm.fmax.f(float %1066, float %1067)
	%1078 = call float @llvm.nvvm.fmax.f(float %1070, float %1071)
	%1079 = call float @llvm.nvvm.fmax.f(float %1072, float %1073)
	%1080 = call float @llvm.nvvm.fmax.f(float %1074, float %1075)
	%1081 = call float @llvm.nvvm.fmax.f(float %1076, float %1077)
	%1082 = call float @llvm.nvvm.fmax.f(float %1078, float %1079)
	%1083 = call float @llvm.nvvm.fmax.f(float %1080, float %1081)
	%1084 = call float @llvm.nvvm.fmax.f(float %1082, float %1083)
	%1085 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1084, i32 1, i32 31)
	%1086 = call float @llvm.nvvm.fmax.f(float %1084, float %1085)
	%1087 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1086, i32 2, i32 31)
	%1088 = call float @llvm.nvvm.fmax.f(float %1086, float %1087)
	%1089 = fmul float %1088, 0x3FC7154760000000
	%1090 = call float @llvm.nvvm.fmax.f(float %223, float %1089)
	%1091 = fadd float %223, 8.0
	%1092 = fcmp ogt float %1090, %1091
	%1093 = or i1 false, %1092
	%1094 = call float @llvm.nvvm.fmax.f(float %1040, float %1041)
	%1095 = call float @llvm.nvvm.fmax.f(float %1044, float %1045)
	%1096 = call float @llvm.nvvm.fmax.f(float %1048, float %1049)
	%1097 = call float @llvm.nvvm.fmax.f(float %1052, float %1053)
	%1098 = call float @llvm.nvvm.fmax.f(float %1056, float %1057)
	%1099 = call float @llvm.nvvm.fmax.f(float %1060, float %1061)
	%1100 = call float @llvm.nvvm.fmax.f(float %1064, float %1065)
	%1101 = call float @llvm.nvvm.fmax.f(float %1068, float %1069)
	%1102 = call float @llvm.nvvm.fmax.f(float %1094, float %1095)
	%1103 = call float @llvm.nvvm.fmax.f(float %1096, float %1097)
	%1104 = call float @llvm.nvvm.fmax.f(float %1098, float %1099)
	%1105 = call float @llvm.nvvm.fmax.f(float %1100, float %1101)
	%1106 = call float @llvm.nvvm.fmax.f(float %1102, float %1103)
	%1107 = call float @llvm.nvvm.fmax.f(float %1104, float %1105)
	%1108 = call float @llvm.nvvm.fmax.f(float %1106, float %1107)
	%1109 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1108, i32 1, i32 31)
	%1110 = call float @llvm.nvvm.fmax.f(float %1108, float %1109)
	%1111 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1110, i32 2, i32 31)
	%1112 = call float @llvm.nvvm.fmax.f(float %1110, float %1111)
	%1113 = fmul float %1112, 0x3FC7154760000000
	%1114 = call float @llvm.nvvm.fmax.f(float %225, float %1113)
	%1115 = fadd float %225, 8.0
	%1116 = fcmp ogt float %1114, %1115
	%1117 = or i1 %1093, %1116
	%1118 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1117)
	br i1 %1118, label %1119, label %1162

1119:
	%1120 = fcmp oeq float %1090, 0xFFF0000000000000
	%1121 = select i1 %1120, float 0.0, float %1090
	%1122 = fsub float %223, %1121
	%1123 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1122)
	%1124 = fcmp oeq float %1114, 0xFFF0000000000000
	%1125 = select i1 %1124, float 0.0, float %1114
	%1126 = fsub float %225, %1125
	%1127 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1126)
	%1128 = fmul float %191, %1123
	%1129 = fmul float %192, %1123
	%1130 = fmul float %193, %1127
	%1131 = fmul float %194, %1127
	%1132 = fmul float %195, %1123
	%1133 = fmul float %196, %1123
	%1134 = fmul float %197, %1127
	%1135 = fmul float %198, %1127
	%1136 = fmul float %199, %1123
	%1137 = fmul float %200, %1123
	%1138 = fmul float %201, %1127
	%1139 = fmul float %202, %1127
	%1140 = fmul float %203, %1123
	%1141 = fmul float %204, %1123
	%1142 = fmul float %205, %1127
	%1143 = fmul float %206, %1127
	%1144 = fmul float %207, %1123
	%1145 = fmul float %208, %1123
	%1146 = fmul float %209, %1127
	%1147 = fmul float %210, %1127
	%1148 = fmul float %211, %1123
	%1149 = fmul float %212, %1123
	%1150 = fmul float %213, %1127
	%1151 = fmul float %214, %1127
	%1152 = fmul float %215, %1123
	%1153 = fmul float %216, %1123
	%1154 = fmul float %217, %1127
	%1155 = fmul float %218, %1127
	%1156 = fmul float %219, %1123
	%1157 = fmul float %220, %1123
	%1158 = fmul float %221, %1127
	%1159 = fmul float %222, %1127
	%1160 = fmul float %224, %1123
	%1161 = fmul float %226, %1127
	br label %1162

1162:
	%1163 = phi float [ %191, %softmax ], [ %1128, %1119 ]
	%1164 = phi float [ %192, %softmax ], [ %1129, %1119 ]
	%1165 = phi float [ %193, %softmax ], [ %1130, %1119 ]
	%1166 = phi float [ %194, %softmax ], [ %1131, %1119 ]
	%1167 = phi float [ %195, %softmax ], [ %1132, %1119 ]
	%1168 = phi float [ %196, %softmax ], [ %1133, %1119 ]
	%1169 = phi float [ %197, %softmax ], [ %1134, %1119 ]
	%1170 = phi float [ %198, %softmax ], [ %1135, %1119 ]
	%1171 = phi float [ %199, %softmax ], [ %1136, %1119 ]
	%1172 = phi float [ %200, %softmax ], [ %1137, %1119 ]
	%1173 = phi float [ %201, %softmax ], [ %1138, %1119 ]
	%1174 = phi float [ %202, %softmax ], [ %1139, %1119 ]
	%1175 = phi float [ %203, %softmax ], [ %1140, %1119 ]
	%1176 = phi float [ %204, %softmax ], [ %1141, %1119 ]
	%1177 = phi float [ %205, %softmax ], [ %1142, %1119 ]
	%1178 = phi float [ %206, %softmax ], [ %1143, %1119 ]
	%1179 = phi float [ %207, %softmax ], [ %1144, %1119 ]
	%1180 = phi float [ %208, %softmax ], [ %1145, %1119 ]
	%1181 = phi float [ %209, %softmax ], [ %1146, %1119 ]
	%1182 = phi float [ %210, %softmax ], [ %1147, %1119 ]
	%1183 = phi float [ %211, %softmax ], [ %1148, %1119 ]
	%1184 = phi float [ %212, %softmax ], [ %1149, %1119 ]
	%1185 = phi float [ %213, %softmax ], [ %1150, %1119 ]
	%1186 = phi float [ %214, %softmax ], [ %1151, %1119 ]
	%1187 = phi float [ %215, %softmax ], [ %1152, %1119 ]
	%1188 = phi float [ %216, %softmax ], [ %1153, %1119 ]
	%1189 = phi float [ %217, %softmax ], [ %1154, %1119 ]
	%1190 = phi float [ %218, %softmax ], [ %1155, %1119 ]
	%1191 = phi float [ %219, %softmax ], [ %1156, %1119 ]
	%1192 = phi float [ %220, %softmax ], [ %1157, %1119 ]
	%1193 = phi float [ %221, %softmax ], [ %1158, %1119 ]
	%1194 = phi float [ %222, %softmax ], [ %1159, %1119 ]
	%1195 = phi float [ %224, %softmax ], [ %1160, %1119 ]
	%1196 = phi float [ %226, %softmax ], [ %1161, %1119 ]
	%1197 = select i1 %1118, float %1090, float %223
	%1198 = fcmp oeq float %1197, 0xFFF0000000000000
	%1199 = select i1 %1198, float 0.0, float %1197
	%1200 = fneg float %1199
	%1201 = call float @llvm.fma.f32(float %1038, float 0x3FC7154760000000, float %1200)
	%1202 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1201)
	%1203 = call float @llvm.fma.f32(float %1039, float 0x3FC7154760000000, float %1200)
	%1204 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1203)
	%1205 = call float @llvm.fma.f32(float %1042, float 0x3FC7154760000000, float %1200)
	%1206 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1205)
	%1207 = call float @llvm.fma.f32(float %1043, float 0x3FC7154760000000, float %1200)
	%1208 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1207)
	%1209 = call float @llvm.fma.f32(float %1046, float 0x3FC7154760000000, float %1200)
	%1210 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1209)
	%1211 = call float @llvm.fma.f32(float %1047, float 0x3FC7154760000000, float %1200)
	%1212 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1211)
	%1213 = call float @llvm.fma.f32(float %1050, float 0x3FC7154760000000, float %1200)
	%1214 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1213)
	%1215 = call float @llvm.fma.f32(float %1051, float 0x3FC7154760000000, float %1200)
	%1216 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1215)
	%1217 = call float @llvm.fma.f32(float %1054, float 0x3FC7154760000000, float %1200)
	%1218 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1217)
	%1219 = call float @llvm.fma.f32(float %1055, float 0x3FC7154760000000, float %1200)
	%1220 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1219)
	%1221 = call float @llvm.fma.f32(float %1058, float 0x3FC7154760000000, float %1200)
	%1222 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1221)
	%1223 = call float @llvm.fma.f32(float %1059, float 0x3FC7154760000000, float %1200)
	%1224 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1223)
	%1225 = call float @llvm.fma.f32(float %1062, float 0x3FC7154760000000, float %1200)
	%1226 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1225)
	%1227 = call float @llvm.fma.f32(float %1063, float 0x3FC7154760000000, float %1200)
	%1228 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1227)
	%1229 = call float @llvm.fma.f32(float %1066, float 0x3FC7154760000000, float %1200)
	%1230 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1229)
	%1231 = call float @llvm.fma.f32(float %1067, float 0x3FC7154760000000, float %1200)
	%1232 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1231)
	%1233 = fadd float %1202, %1204
	%1234 = fadd float %1206, %1208
	%1235 = fadd float %1210, %1212
	%1236 = fadd float %1214, %1216
	%1237 = fadd float %1218, %1220
	%1238 = fadd float %1222, %1224
	%1239 = fadd float %1226, %1228
	%1240 = fadd float %1230, %1232
	%1241 = fadd float %1233, %1234
	%1242 = fadd float %1235, %1236
	%1243 = fadd float %1237, %1238
	%1244 = fadd float %1239, %1240
	%1245 = fadd float %1241, %1242
	%1246 = fadd float %1243, %1244
	%1247 = fadd float %1245, %1246
	%1248 = fadd float %1195, %1247
	%1249 = select i1 %1118, float %1114, float %225
	%1250 = fcmp oeq float %1249, 0xFFF0000000000000
	%1251 = select i1 %1250, float 0.0, float %1249
	%1252 = fneg float %1251
	%1253 = call float @llvm.fma.f32(float %1040, float 0x3FC7154760000000, float %1252)
	%1254 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1253)
	%1255 = call float @llvm.fma.f32(float %1041, float 0x3FC7154760000000, float %1252)
	%1256 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1255)
	%1257 = call float @llvm.fma.f32(float %1044, float 0x3FC7154760000000, float %1252)
	%1258 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1257)
	%1259 = call float @llvm.fma.f32(float %1045, float 0x3FC7154760000000, float %1252)
	%1260 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1259)
	%1261 = call float @llvm.fma.f32(float %1048, float 0x3FC7154760000000, float %1252)
	%1262 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1261)
	%1263 = call float @llvm.fma.f32(float %1049, float 0x3FC7154760000000, float %1252)
	%1264 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1263)
	%1265 = call float @llvm.fma.f32(float %1052, float 0x3FC7154760000000, float %1252)
	%1266 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1265)
	%1267 = call float @llvm.fma.f32(float %1053, float 0x3FC7154760000000, float %1252)
	%1268 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1267)
	%1269 = call float @llvm.fma.f32(float %1056, float 0x3FC7154760000000, float %1252)
	%1270 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1269)
	%1271 = call float @llvm.fma.f32(float %1057, float 0x3FC7154760000000, float %1252)
	%1272 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1271)
	%1273 = call float @llvm.fma.f32(float %1060, float 0x3FC7154760000000, float %1252)
	%1274 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1273)
	%1275 = call float @llvm.fma.f32(float %1061, float 0x3FC7154760000000, float %1252)
	%1276 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1275)
	%1277 = call float @llvm.fma.f32(float %1064, float 0x3FC7154760000000, float %1252)
	%1278 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1277)
	%1279 = call float @llvm.fma.f32(float %1065, float 0x3FC7154760000000, float %1252)
	%1280 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1279)
	%1281 = call float @llvm.fma.f32(float %1068, float 0x3FC7154760000000, float %1252)
	%1282 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1281)
	%1283 = call float @llvm.fma.f32(float %1069, float 0x3FC7154760000000, float %1252)
	%1284 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1283)
	%1285 = fadd float %1254, %1256
	%1286 = fadd float %1258, %1260
	%1287 = fadd float %1262, %1264
	%1288 = fadd float %1266, %1268
	%1289 = fadd float %1270, %1272
	%1290 = fadd float %1274, %1276
	%1291 = fadd float %1278, %1280
	%1292 = fadd float %1282, %1284
	%1293 = fadd float %1285, %1286
	%1294 = fadd float %1287, %1288
	%1295 = fadd float %1289, %1290
	%1296 = fadd float %1291, %1292
	%1297 = fadd float %1293, %1294
	%1298 = fadd float %1295, %1296
	%1299 = fadd float %1297, %1298
	%1300 = fadd float %1196, %1299
	%1301 = icmp eq i32 %13, 0
	%1302 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1247, i32 1, i32 31)
	%1303 = fadd float %1247, %1302
	%1304 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1303, i32 2, i32 31)
	%1305 = fadd float %1303, %1304
	%1306 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1248, i32 1, i32 31)
	%1307 = fadd float %1248, %1306
	%1308 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1307, i32 2, i32 31)
	%1309 = fadd float %1307, %1308
	%1310 = fcmp ogt float %1309, 0.0
	%1311 = icmp slt i32 %484, %M
	%1312 = and i1 %1310, %1311
	%1313 = select i1 %1312, float %1309, float 1.0
	%1314 = fdiv float %1305, %1313
	%1315 = call float @llvm.nvvm.fmax.f(float 0.0, float %1314)
	%1316 = select i1 %1312, float %1315, float 0.0
	%1317 = and i1 %1312, %1301
	%1318 = fadd float 0.0, 1.0
	%1319 = select i1 %1317, float %1318, float 0.0
	%1320 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1299, i32 1, i32 31)
	%1321 = fadd float %1299, %1320
	%1322 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1321, i32 2, i32 31)
	%1323 = fadd float %1321, %1322
	%1324 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1300, i32 1, i32 31)
	%1325 = fadd float %1300, %1324
	%1326 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1325, i32 2, i32 31)
	%1327 = fadd float %1325, %1326
	%1328 = fcmp ogt float %1327, 0.0
	%1329 = icmp slt i32 %488, %M
	%1330 = and i1 %1328, %1329
	%1331 = select i1 %1330, float %1327, float 1.0
	%1332 = fdiv float %1323, %1331
	%1333 = call float @llvm.nvvm.fmax.f(float %1316, float %1332)
	%1334 = select i1 %1330, float %1333, float %1316
	%1335 = and i1 %1330, %1301
	%1336 = fadd float %1319, 1.0
	%1337 = select i1 %1335, float %1336, float %1319
	%1338 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1334, i32 16, i32 31)
	%1339 = call float @llvm.nvvm.fmax.f(float %1334, float %1338)
	%1340 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1337, i32 16, i32 31)
	%1341 = fadd float %1337, %1340
	%1342 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1339, i32 8, i32 31)
	%1343 = call float @llvm.nvvm.fmax.f(float %1339, float %1342)
	%1344 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1341, i32 8, i32 31)
	%1345 = fadd float %1341, %1344
	%1346 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1343, i32 4, i32 31)
	%1347 = call float @llvm.nvvm.fmax.f(float %1343, float %1346)
	%1348 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1345, i32 4, i32 31)
	%1349 = fadd float %1345, %1348
	%1350 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1347, i32 2, i32 31)
	%1351 = call float @llvm.nvvm.fmax.f(float %1347, float %1350)
	%1352 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1349, i32 2, i32 31)
	%1353 = fadd float %1349, %1352
	%1354 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1351, i32 1, i32 31)
	%1355 = call float @llvm.nvvm.fmax.f(float %1351, float %1354)
	%1356 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1353, i32 1, i32 31)
	%1357 = fadd float %1353, %1356
	%1358 = icmp eq i32 %11, 0
	br i1 %1358, label %1359, label %1366

1359:
	%1360 = mul i32 %10, 2
	%1361 = add i32 %1360, 0
	%1362 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1361
	store float %1355, float addrspace(3)* %1362
	%1363 = mul i32 %10, 2
	%1364 = add i32 %1363, 1
	%1365 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1364
	store float %1357, float addrspace(3)* %1365
	br label %1366

1366:
	%1367 = add i32 %189, 1
	%1368 = icmp slt i32 %1367, %NK
	%1369 = select i1 %1368, i32 %1367, i32 0
	%1370 = add i32 %48, %1369
	%1371 = sext i32 %1370 to i64
	%1372 = getelementptr i32, i32* %list, i64 %1371
	%1373 = load i32, i32* %1372
	%1374 = select i1 %1368, i32 %1373, i32 -1
	%1375 = icmp sge i32 %1374, 0
	%1376 = add i32 %NK, %189
	%1377 = add i32 %48, %1376
	%1378 = sext i32 %1377 to i64
	%1379 = getelementptr i32, i32* %list, i64 %1378
	%1380 = load i32, i32* %1379
	%1381 = icmp eq i32 %1380, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%1382 = mul i32 0, 2
	%1383 = add i32 %1382, 0
	%1384 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1383
	%1385 = load float, float addrspace(3)* %1384
	%1386 = call float @llvm.nvvm.fmax.f(float 0.0, float %1385)
	%1387 = mul i32 0, 2
	%1388 = add i32 %1387, 1
	%1389 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1388
	%1390 = load float, float addrspace(3)* %1389
	%1391 = fadd float 0.0, %1390
	%1392 = mul i32 1, 2
	%1393 = add i32 %1392, 0
	%1394 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1393
	%1395 = load float, float addrspace(3)* %1394
	%1396 = call float @llvm.nvvm.fmax.f(float %1386, float %1395)
	%1397 = mul i32 1, 2
	%1398 = add i32 %1397, 1
	%1399 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1398
	%1400 = load float, float addrspace(3)* %1399
	%1401 = fadd float %1391, %1400
	%1402 = mul i32 2, 2
	%1403 = add i32 %1402, 0
	%1404 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1403
	%1405 = load float, float addrspace(3)* %1404
	%1406 = call float @llvm.nvvm.fmax.f(float %1396, float %1405)
	%1407 = mul i32 2, 2
	%1408 = add i32 %1407, 1
	%1409 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1408
	%1410 = load float, float addrspace(3)* %1409
	%1411 = fadd float %1401, %1410
	%1412 = mul i32 3, 2
	%1413 = add i32 %1412, 0
	%1414 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1413
	%1415 = load float, float addrspace(3)* %1414
	%1416 = call float @llvm.nvvm.fmax.f(float %1406, float %1415)
	%1417 = mul i32 3, 2
	%1418 = add i32 %1417, 1
	%1419 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1418
	%1420 = load float, float addrspace(3)* %1419
	%1421 = fadd float %1411, %1420
	%1422 = fcmp ogt float %1421, 0.0
	%1423 = and i1 %1381, %1422
	%1424 = fcmp olt float %1416, 0x3F50624DE0000000
	%1425 = and i1 %1423, %1424
	%1426 = xor i1 %1425, true
	%1427 = and i1 %1375, %1426
	br i1 %1427, label %prefetch, label %pv

prefetch:
	%1428 = mul i32 %1374, 64
	%1429 = lshr i32 %9, 3
	%1430 = and i32 %9, 7
	%1431 = lshr i32 %1430, 3
	%1432 = mul i32 %1431, u0x2000
	%1433 = and i32 %1430, 7
	%1434 = and i32 %1429, 7
	%1435 = xor i32 %1433, %1434
	%1436 = mul i32 %1429, 128
	%1437 = shl i32 %1435, 4
	%1438 = add i32 %1436, %1437
	%1439 = add i32 %1432, %1438
	%1440 = add i32 %0, %1439
	%1441 = add i32 %1428, %1429
	%1442 = add i32 %1441, 0
	%1443 = icmp slt i32 %1442, %N
	%1444 = select i1 %1443, i32 %1442, i32 0
	%1445 = sext i32 %1444 to i64
	%1446 = getelementptr i32, i32* %58, i64 %1445
	%1447 = load i32, i32* %1446
	%1448 = mul i32 %1447, 64
	%1449 = mul i32 %1430, 8
	%1450 = add i32 %1448, %1449
	%1451 = sext i32 %1450 to i64
	%1452 = getelementptr i16, i16* %39, i64 %1451
	%1453 = add i32 %1440, 0
	%1454 = select i1 %1443, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1453, i16* %1452, i32 %1454)
	%1455 = add i32 %1441, 16
	%1456 = icmp slt i32 %1455, %N
	%1457 = select i1 %1456, i32 %1455, i32 0
	%1458 = sext i32 %1457 to i64
	%1459 = getelementptr i32, i32* %58, i64 %1458
	%1460 = load i32, i32* %1459
	%1461 = mul i32 %1460, 64
	%1462 = mul i32 %1430, 8
	%1463 = add i32 %1461, %1462
	%1464 = sext i32 %1463 to i64
	%1465 = getelementptr i16, i16* %39, i64 %1464
	%1466 = add i32 %1440, 2048
	%1467 = select i1 %1456, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1466, i16* %1465, i32 %1467)
	%1468 = add i32 %1441, 32
	%1469 = icmp slt i32 %1468, %N
	%1470 = select i1 %1469, i32 %1468, i32 0
	%1471 = sext i32 %1470 to i64
	%1472 = getelementptr i32, i32* %58, i64 %1471
	%1473 = load i32, i32* %1472
	%1474 = mul i32 %1473, 64
	%1475 = mul i32 %1430, 8
	%1476 = add i32 %1474, %1475
	%1477 = sext i32 %1476 to i64
	%1478 = getelementptr i16, i16* %39, i64 %1477
	%1479 = add i32 %1440, u0x1000
	%1480 = select i1 %1469, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1479, i16* %1478, i32 %1480)
	%1481 = add i32 %1441, 48
	%1482 = icmp slt i32 %1481, %N
	%1483 = select i1 %1482, i32 %1481, i32 0
	%1484 = sext i32 %1483 to i64
	%1485 = getelementptr i32, i32* %58, i64 %1484
	%1486 = load i32, i32* %1485
	%1487 = mul i32 %1486, 64
	%1488 = mul i32 %1430, 8
	%1489 = add i32 %1487, %1488
	%1490 = sext i32 %1489 to i64
	%1491 = getelementptr i16, i16* %39, i64 %1490
	%1492 = add i32 %1440, 6144
	%1493 = select i1 %1482, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1492, i16* %1491, i32 %1493)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1494 = and i32 %11, 7
	%1495 = lshr i32 %11, 3
	%1496 = and i32 %1495, 1
	%1497 = shl i32 %1496, 3
	%1498 = add i32 %1494, %1497
	%1499 = mul i32 %1498, 128
	%1500 = add i32 %1, %1499
	%1501 = and i32 %11, 7
	%1502 = xor i32 %113, %1501
	%1503 = shl i32 %1502, 4
	%1504 = add i32 %1500, %1503
	%1505 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1204, float %1202)
	%1506 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1256, float %1254)
	%1507 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1208, float %1206)
	%1508 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1260, float %1258)
	%1509 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1212, float %1210)
	%1510 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1264, float %1262)
	%1511 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1216, float %1214)
	%1512 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1268, float %1266)
	%1513 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1220, float %1218)
	%1514 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1272, float %1270)
	%1515 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1224, float %1222)
	%1516 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1276, float %1274)
	%1517 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1228, float %1226)
	%1518 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1280, float %1278)
	%1519 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1232, float %1230)
	%1520 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1284, float %1282)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1521 = add i32 %8, 0
	%1522 = zext i32 %1521 to i64
	%1523 = or i64 %1522, u0x4000004002000000
	%1524 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1163, float %1164, float %1165, float %1166, float %1167, float %1168, float %1169, float %1170, float %1171, float %1172, float %1173, float %1174, float %1175, float %1176, float %1177, float %1178, float %1179, float %1180, float %1181, float %1182, float %1183, float %1184, float %1185, float %1186, float %1187, float %1188, float %1189, float %1190, float %1191, float %1192, float %1193, float %1194, i32 %1505, i32 %1506, i32 %1507, i32 %1508, i64 %1523, i32 1)
	%1525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 0
	%1526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 1
	%1527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 2
	%1528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 3
	%1529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 4
	%1530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 5
	%1531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 6
	%1532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 7
	%1533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 8
	%1534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 9
	%1535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 10
	%1536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 11
	%1537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 12
	%1538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 13
	%1539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 14
	%1540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 15
	%1541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 16
	%1542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 17
	%1543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 18
	%1544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 19
	%1545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 20
	%1546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 21
	%1547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 22
	%1548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 23
	%1549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 24
	%1550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 25
	%1551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 26
	%1552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 27
	%1553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 28
	%1554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 29
	%1555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 30
	%1556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1524, 31
	%1557 = add i32 %8, 128
	%1558 = zext i32 %1557 to i64
	%1559 = or i64 %1558, u0x4000004002000000
	%1560 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1525, float %1526, float %1527, float %1528, float %1529, float %1530, float %1531, float %1532, float %1533, float %1534, float %1535, float %1536, float %1537, float %1538, float %1539, float %1540, float %1541, float %1542, float %1543, float %1544, float %1545, float %1546, float %1547, float %1548, float %1549, float %1550, float %1551, float %1552, float %1553, float %1554, float %1555, float %1556, i32 %1509, i32 %1510, i32 %1511, i32 %1512, i64 %1559, i32 1)
	%1561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 0
	%1562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 1
	%1563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 2
	%1564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 3
	%1565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 4
	%1566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 5
	%1567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 6
	%1568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 7
	%1569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 8
	%1570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 9
	%1571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 10
	%1572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 11
	%1573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 12
	%1574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 13
	%1575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 14
	%1576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 15
	%1577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 16
	%1578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 17
	%1579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 18
	%1580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 19
	%1581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 20
	%1582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 21
	%1583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 22
	%1584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 23
	%1585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 24
	%1586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 25
	%1587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 26
	%1588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 27
	%1589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 28
	%1590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 29
	%1591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 30
	%1592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1560, 31
	%1593 = add i32 %8, 256
	%1594 = zext i32 %1593 to i64
	%1595 = or i64 %1594, u0x4000004002000000
	%1596 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1561, float %1562, float %1563, float %1564, float %1565, float %1566, float %1567, float %1568, float %1569, float %1570, float %1571, float %1572, float %1573, float %1574, float %1575, float %1576, float %1577, float %1578, float %1579, float %1580, float %1581, float %1582, float %1583, float %1584, float %1585, float %1586, float %1587, float %1588, float %1589, float %1590, float %1591, float %1592, i32 %1513, i32 %1514, i32 %1515, i32 %1516, i64 %1595, i32 1)
	%1597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 0
	%1598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 1
	%1599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 2
	%1600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 3
	%1601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 4
	%1602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 5
	%1603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 6
	%1604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 7
	%1605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 8
	%1606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 9
	%1607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 10
	%1608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 11
	%1609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 12
	%1610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 13
	%1611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 14
	%1612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 15
	%1613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 16
	%1614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 17
	%1615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 18
	%1616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 19
	%1617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 20
	%1618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 21
	%1619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 22
	%1620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 23
	%1621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 24
	%1622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 25
	%1623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 26
	%1624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 27
	%1625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 28
	%1626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 29
	%1627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 30
	%1628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1596, 31
	%1629 = add i32 %8, 384
	%1630 = zext i32 %1629 to i64
	%1631 = or i64 %1630, u0x4000004002000000
	%1632 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1597, float %1598, float %1599, float %1600, float %1601, float %1602, float %1603, float %1604, float %1605, float %1606, float %1607, float %1608, float %1609, float %1610, float %1611, float %1612, float %1613, float %1614, float %1615, float %1616, float %1617, float %1618, float %1619, float %1620, float %1621, float %1622, float %1623, float %1624, float %1625, float %1626, float %1627, float %1628, i32 %1517, i32 %1518, i32 %1519, i32 %1520, i64 %1631, i32 1)
	%1633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 0
	%1634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 1
	%1635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 2
	%1636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 3
	%1637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 4
	%1638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 5
	%1639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 6
	%1640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 7
	%1641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 8
	%1642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 9
	%1643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 10
	%1644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 11
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 12
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 13
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 14
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 15
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 16
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 17
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 18
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 19
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 20
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 21
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 22
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 23
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 24
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 25
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 26
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 27
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 28
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 29
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 30
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1665 = call float asm sideeffect "", "=f,0"(float %1633)
	%1666 = call float asm sideeffect "", "=f,0"(float %1634)
	%1667 = call float asm sideeffect "", "=f,0"(float %1635)
	%1668 = call float asm sideeffect "", "=f,0"(float %1636)
	%1669 = call float asm sideeffect "", "=f,0"(float %1637)
	%1670 = call float asm sideeffect "", "=f,0"(float %1638)
	%1671 = call float asm sideeffect "", "=f,0"(float %1639)
	%1672 = call float asm sideeffect "", "=f,0"(float %1640)
	%1673 = call float asm sideeffect "", "=f,0"(float %1641)
	%1674 = call float asm sideeffect "", "=f,0"(float %1642)
	%1675 = call float asm sideeffect "", "=f,0"(float %1643)
	%1676 = call float asm sideeffect "", "=f,0"(float %1644)
	%1677 = call float asm sideeffect "", "=f,0"(float %1645)
	%1678 = call float asm sideeffect "", "=f,0"(float %1646)
	%1679 = call float asm sideeffect "", "=f,0"(float %1647)
	%1680 = call float asm sideeffect "", "=f,0"(float %1648)
	%1681 = call float asm sideeffect "", "=f,0"(float %1649)
	%1682 = call float asm sideeffect "", "=f,0"(float %1650)
	%1683 = call float asm sideeffect "", "=f,0"(float %1651)
	%1684 = call float asm sideeffect "", "=f,0"(float %1652)
	%1685 = call float asm sideeffect "", "=f,0"(float %1653)
	%1686 = call float asm sideeffect "", "=f,0"(float %1654)
	%1687 = call float asm sideeffect "", "=f,0"(float %1655)
	%1688 = call float asm sideeffect "", "=f,0"(float %1656)
	%1689 = call float asm sideeffect "", "=f,0"(float %1657)
	%1690 = call float asm sideeffect "", "=f,0"(float %1658)
	%1691 = call float asm sideeffect "", "=f,0"(float %1659)
	%1692 = call float asm sideeffect "", "=f,0"(float %1660)
	%1693 = call float asm sideeffect "", "=f,0"(float %1661)
	%1694 = call float asm sideeffect "", "=f,0"(float %1662)
	%1695 = call float asm sideeffect "", "=f,0"(float %1663)
	%1696 = call float asm sideeffect "", "=f,0"(float %1664)
	br i1 %1427, label %loop, label %epilogue

store0:
	%1697 = mul i32 %29, %M
	%1698 = add i32 %1697, %540
	%1699 = mul i32 %1698, 64
	%1700 = shl i32 %13, 1
	%1701 = add i32 0, %1700
	%1702 = add i32 %1699, %1701
	%1703 = sext i32 %1702 to i64
	%1704 = getelementptr i16, i16* %out, i64 %1703
	%1705 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %542, float %541)
	%1706 = bitcast i16* %1704 to i32*
	store i32 %1705, i32* %1706
	%1707 = shl i32 %13, 1
	%1708 = add i32 8, %1707
	%1709 = add i32 %1699, %1708
	%1710 = sext i32 %1709 to i64
	%1711 = getelementptr i16, i16* %out, i64 %1710
	%1712 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %544, float %543)
	%1713 = bitcast i16* %1711 to i32*
	store i32 %1712, i32* %1713
	%1714 = shl i32 %13, 1
	%1715 = add i32 16, %1714
	%1716 = add i32 %1699, %1715
	%1717 = sext i32 %1716 to i64
	%1718 = getelementptr i16, i16* %out, i64 %1717
	%1719 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %546, float %545)
	%1720 = bitcast i16* %1718 to i32*
	store i32 %1719, i32* %1720
	%1721 = shl i32 %13, 1
	%1722 = add i32 24, %1721
	%1723 = add i32 %1699, %1722
	%1724 = sext i32 %1723 to i64
	%1725 = getelementptr i16, i16* %out, i64 %1724
	%1726 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %548, float %547)
	%1727 = bitcast i16* %1725 to i32*
	store i32 %1726, i32* %1727
	%1728 = shl i32 %13, 1
	%1729 = add i32 32, %1728
	%1730 = add i32 %1699, %1729
	%1731 = sext i32 %1730 to i64
	%1732 = getelementptr i16, i16* %out, i64 %1731
	%1733 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %550, float %549)
	%1734 = bitcast i16* %1732 to i32*
	store i32 %1733, i32* %1734
	%1735 = shl i32 %13, 1
	%1736 = add i32 40, %1735
	%1737 = add i32 %1699, %1736
	%1738 = sext i32 %1737 to i64
	%1739 = getelementptr i16, i16* %out, i64 %1738
	%1740 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %552, float %551)
	%1741 = bitcast i16* %1739 to i32*
	store i32 %1740, i32* %1741
	%1742 = shl i32 %13, 1
	%1743 = add i32 48, %1742
	%1744 = add i32 %1699, %1743
	%1745 = sext i32 %1744 to i64
	%1746 = getelementptr i16, i16* %out, i64 %1745
	%1747 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %554, float %553)
	%1748 = bitcast i16* %1746 to i32*
	store i32 %1747, i32* %1748
	%1749 = shl i32 %13, 1
	%1750 = add i32 56, %1749
	%1751 = add i32 %1699, %1750
	%1752 = sext i32 %1751 to i64
	%1753 = getelementptr i16, i16* %out, i64 %1752
	%1754 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %556, float %555)
	%1755 = bitcast i16* %1753 to i32*
	store i32 %1754, i32* %1755
	br label %stored0

stored0:
	%1756 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %496, i32 1, i32 31)
	%1757 = fadd float %496, %1756
	%1758 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1757, i32 2, i32 31)
	%1759 = fadd float %1757, %1758
	%1760 = fcmp ogt float %1759, 0.0
	%1761 = fdiv float 1.0, %1759
	%1762 = select i1 %1760, float %1761, float 0.0
	%1763 = mul i32 %10, 16
	%1764 = add i32 %31, %1763
	%1765 = add i32 %12, 8
	%1766 = add i32 %1764, %1765
	%1767 = fmul float %500, %1762
	%1768 = fmul float %501, %1762
	%1769 = fmul float %504, %1762
	%1770 = fmul float %505, %1762
	%1771 = fmul float %508, %1762
	%1772 = fmul float %509, %1762
	%1773 = fmul float %512, %1762
	%1774 = fmul float %513, %1762
	%1775 = fmul float %516, %1762
	%1776 = fmul float %517, %1762
	%1777 = fmul float %520, %1762
	%1778 = fmul float %521, %1762
	%1779 = fmul float %524, %1762
	%1780 = fmul float %525, %1762
	%1781 = fmul float %528, %1762
	%1782 = fmul float %529, %1762
	%1783 = icmp slt i32 %1766, %M
	br i1 %1783, label %store1, label %stored1

store1:
	%1784 = mul i32 %29, %M
	%1785 = add i32 %1784, %1766
	%1786 = mul i32 %1785, 64
	%1787 = shl i32 %13, 1
	%1788 = add i32 0, %1787
	%1789 = add i32 %1786, %1788
	%1790 = sext i32 %1789 to i64
	%1791 = getelementptr i16, i16* %out, i64 %1790
	%1792 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1768, float %1767)
	%1793 = bitcast i16* %1791 to i32*
	store i32 %1792, i32* %1793
	%1794 = shl i32 %13, 1
	%1795 = add i32 8, %1794
	%1796 = add i32 %1786, %1795
	%1797 = sext i32 %1796 to i64
	%1798 = getelementptr i16, i16* %out, i64 %1797
	%1799 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1770, float %1769)
	%1800 = bitcast i16* %1798 to i32*
	store i32 %1799, i32* %1800
	%1801 = shl i32 %13, 1
	%1802 = add i32 16, %1801
	%1803 = add i32 %1786, %1802
	%1804 = sext i32 %1803 to i64
	%1805 = getelementptr i16, i16* %out, i64 %1804
	%1806 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1772, float %1771)
	%1807 = bitcast i16* %1805 to i32*
	store i32 %1806, i32* %1807
	%1808 = shl i32 %13, 1
	%1809 = add i32 24, %1808
	%1810 = add i32 %1786, %1809
	%1811 = sext i32 %1810 to i64
	%1812 = getelementptr i16, i16* %out, i64 %1811
	%1813 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1774, float %1773)
	%1814 = bitcast i16* %1812 to i32*
	store i32 %1813, i32* %1814
	%1815 = shl i32 %13, 1
	%1816 = add i32 32, %1815
	%1817 = add i32 %1786, %1816
	%1818 = sext i32 %1817 to i64
	%1819 = getelementptr i16, i16* %out, i64 %1818
	%1820 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1776, float %1775)
	%1821 = bitcast i16* %1819 to i32*
	store i32 %1820, i32* %1821
	%1822 = shl i32 %13, 1
	%1823 = add i32 40, %1822
	%1824 = add i32 %1786, %1823
	%1825 = sext i32 %1824 to i64
	%1826 = getelementptr i16, i16* %out, i64 %1825
	%1827 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1778, float %1777)
	%1828 = bitcast i16* %1826 to i32*
	store i32 %1827, i32* %1828
	%1829 = shl i32 %13, 1
	%1830 = add i32 48, %1829
	%1831 = add i32 %1786, %1830
	%1832 = sext i32 %1831 to i64
	%1833 = getelementptr i16, i16* %out, i64 %1832
	%1834 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1780, float %1779)
	%1835 = bitcast i16* %1833 to i32*
	store i32 %1834, i32* %1835
	%1836 = shl i32 %13, 1
	%1837 = add i32 56, %1836
	%1838 = add i32 %1786, %1837
	%1839 = sext i32 %1838 to i64
	%1840 = getelementptr i16, i16* %out, i64 %1839
	%1841 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1782, float %1781)
	%1842 = bitcast i16* %1840 to i32*
	store i32 %1841, i32* %1842
	br label %stored1

stored1:
	%1843 = icmp eq i32 %9, 0
	br i1 %1843, label %1844, label %1849

1844:
	%1845 = mul i32 %29, %NQ
	%1846 = add i32 %1845, %27
	%1847 = sext i32 %1846 to i64
	%1848 = getelementptr i32, i32* %visits, i64 %1847
	store i32 %497, i32* %1848
	br label %1849

1849:
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
