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
	%14 = sub i32 %NQ, 1
	%15 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%16 = sub i32 %14, %15
	%17 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%18 = sdiv i32 %17, %group
	%19 = mul i32 %16, 64
	%20 = mul i32 %17, %M
	%21 = mul i32 %20, 64
	%22 = sext i32 %21 to i64
	%23 = getelementptr i16, i16* %q, i64 %22
	%24 = mul i32 %18, %N
	%25 = mul i32 %24, 64
	%26 = sext i32 %25 to i64
	%27 = getelementptr i16, i16* %k, i64 %26
	%28 = mul i32 %18, %N
	%29 = mul i32 %28, 64
	%30 = sext i32 %29 to i64
	%31 = getelementptr i16, i16* %v, i64 %30
	%32 = udiv i32 %17, %lh
	%33 = mul i32 %32, %NQ
	%34 = add i32 %33, %16
	%35 = mul i32 %34, 2
	%36 = mul i32 %35, %NK
	%37 = mul i32 %17, %ch
	%38 = mul i32 %37, %NQ
	%39 = add i32 %38, %16
	%40 = mul i32 %39, %NK
	%41 = sdiv i32 %19, %segment
	%42 = mul i32 %17, %NS
	%43 = add i32 %42, %41
	%44 = mul i32 %43, %N
	%45 = sext i32 %44 to i64
	%46 = getelementptr i32, i32* %perm, i64 %45
	%47 = add i32 %36, 0
	%48 = sext i32 %47 to i64
	%49 = getelementptr i32, i32* %list, i64 %48
	%50 = load i32, i32* %49
	%51 = icmp sgt i32 %NK, 0
	%52 = icmp sge i32 %50, 0
	%53 = and i1 %51, %52
	%54 = lshr i32 %9, 3
	%55 = and i32 %9, 7
	%56 = lshr i32 %55, 3
	%57 = mul i32 %56, u0x2000
	%58 = and i32 %55, 7
	%59 = and i32 %54, 7
	%60 = xor i32 %58, %59
	%61 = mul i32 %54, 128
	%62 = shl i32 %60, 4
	%63 = add i32 %61, %62
	%64 = add i32 %57, %63
	%65 = add i32 %2, %64
	%66 = add i32 %19, %54
	%67 = mul i32 %66, 64
	%68 = mul i32 %55, 8
	%69 = add i32 %67, %68
	%70 = sext i32 %69 to i64
	%71 = getelementptr i16, i16* %23, i64 %70
	%72 = add i32 %66, 0
	%73 = icmp slt i32 %72, %M
	%74 = getelementptr i16, i16* %71, i64 0
	%75 = select i1 %73, i16* %74, i16* %23
	%76 = add i32 %65, 0
	%77 = select i1 %73, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %76, i16* %75, i32 %77)
	%78 = add i32 %66, 16
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %71, i64 1024
	%81 = select i1 %79, i16* %80, i16* %23
	%82 = add i32 %65, 2048
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %66, 32
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %71, i64 2048
	%87 = select i1 %85, i16* %86, i16* %23
	%88 = add i32 %65, u0x1000
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %66, 48
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %71, i64 3072
	%93 = select i1 %91, i16* %92, i16* %23
	%94 = add i32 %65, 6144
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %53, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%96 = and i32 %11, 7
	%97 = lshr i32 %11, 3
	%98 = and i32 %97, 1
	%99 = shl i32 %98, 3
	%100 = add i32 %96, %99
	%101 = lshr i32 %11, 4
	%102 = mul i32 %10, 16
	%103 = add i32 %100, 0
	%104 = add i32 %102, %103
	%105 = mul i32 %104, 128
	%106 = add i32 %2, %105
	%107 = and i32 %11, 7
	%108 = xor i32 %101, %107
	%109 = shl i32 %108, 4
	%110 = add i32 %106, %109
	%111 = mul i32 %50, 64
	%112 = lshr i32 %9, 3
	%113 = and i32 %9, 7
	%114 = lshr i32 %113, 3
	%115 = mul i32 %114, u0x2000
	%116 = and i32 %113, 7
	%117 = and i32 %112, 7
	%118 = xor i32 %116, %117
	%119 = mul i32 %112, 128
	%120 = shl i32 %118, 4
	%121 = add i32 %119, %120
	%122 = add i32 %115, %121
	%123 = add i32 %0, %122
	%124 = add i32 %111, %112
	%125 = add i32 %124, 0
	%126 = icmp slt i32 %125, %N
	%127 = select i1 %126, i32 %125, i32 0
	%128 = sext i32 %127 to i64
	%129 = getelementptr i32, i32* %46, i64 %128
	%130 = load i32, i32* %129
	%131 = mul i32 %130, 64
	%132 = mul i32 %113, 8
	%133 = add i32 %131, %132
	%134 = sext i32 %133 to i64
	%135 = getelementptr i16, i16* %27, i64 %134
	%136 = add i32 %123, 0
	%137 = select i1 %126, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %136, i16* %135, i32 %137)
	%138 = add i32 %124, 16
	%139 = icmp slt i32 %138, %N
	%140 = select i1 %139, i32 %138, i32 0
	%141 = sext i32 %140 to i64
	%142 = getelementptr i32, i32* %46, i64 %141
	%143 = load i32, i32* %142
	%144 = mul i32 %143, 64
	%145 = mul i32 %113, 8
	%146 = add i32 %144, %145
	%147 = sext i32 %146 to i64
	%148 = getelementptr i16, i16* %27, i64 %147
	%149 = add i32 %123, 2048
	%150 = select i1 %139, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %149, i16* %148, i32 %150)
	%151 = add i32 %124, 32
	%152 = icmp slt i32 %151, %N
	%153 = select i1 %152, i32 %151, i32 0
	%154 = sext i32 %153 to i64
	%155 = getelementptr i32, i32* %46, i64 %154
	%156 = load i32, i32* %155
	%157 = mul i32 %156, 64
	%158 = mul i32 %113, 8
	%159 = add i32 %157, %158
	%160 = sext i32 %159 to i64
	%161 = getelementptr i16, i16* %27, i64 %160
	%162 = add i32 %123, u0x1000
	%163 = select i1 %152, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %162, i16* %161, i32 %163)
	%164 = add i32 %124, 48
	%165 = icmp slt i32 %164, %N
	%166 = select i1 %165, i32 %164, i32 0
	%167 = sext i32 %166 to i64
	%168 = getelementptr i32, i32* %46, i64 %167
	%169 = load i32, i32* %168
	%170 = mul i32 %169, 64
	%171 = mul i32 %113, 8
	%172 = add i32 %170, %171
	%173 = sext i32 %172 to i64
	%174 = getelementptr i16, i16* %27, i64 %173
	%175 = add i32 %123, 6144
	%176 = select i1 %165, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %175, i16* %174, i32 %176)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%177 = phi i32 [ 0, %prologue ], [ %1355, %pv ]
	%178 = phi i32 [ %50, %prologue ], [ %1362, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1653, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1654, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1655, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1656, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1657, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1658, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1659, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1660, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1661, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1662, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1663, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1664, %pv ]
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
	%211 = phi float [ 0xFFF0000000000000, %prologue ], [ %1185, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1236, %pv ]
	%213 = phi float [ 0xFFF0000000000000, %prologue ], [ %1237, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1288, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%215 = mul i32 %178, 64
	%216 = lshr i32 %9, 3
	%217 = and i32 %9, 7
	%218 = lshr i32 %217, 3
	%219 = mul i32 %218, u0x2000
	%220 = and i32 %217, 7
	%221 = and i32 %216, 7
	%222 = xor i32 %220, %221
	%223 = mul i32 %216, 128
	%224 = shl i32 %222, 4
	%225 = add i32 %223, %224
	%226 = add i32 %219, %225
	%227 = add i32 %1, %226
	%228 = add i32 %215, %216
	%229 = add i32 %228, 0
	%230 = icmp slt i32 %229, %N
	%231 = select i1 %230, i32 %229, i32 0
	%232 = sext i32 %231 to i64
	%233 = getelementptr i32, i32* %46, i64 %232
	%234 = load i32, i32* %233
	%235 = mul i32 %234, 64
	%236 = mul i32 %217, 8
	%237 = add i32 %235, %236
	%238 = sext i32 %237 to i64
	%239 = getelementptr i16, i16* %31, i64 %238
	%240 = add i32 %227, 0
	%241 = select i1 %230, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %240, i16* %239, i32 %241)
	%242 = add i32 %228, 16
	%243 = icmp slt i32 %242, %N
	%244 = select i1 %243, i32 %242, i32 0
	%245 = sext i32 %244 to i64
	%246 = getelementptr i32, i32* %46, i64 %245
	%247 = load i32, i32* %246
	%248 = mul i32 %247, 64
	%249 = mul i32 %217, 8
	%250 = add i32 %248, %249
	%251 = sext i32 %250 to i64
	%252 = getelementptr i16, i16* %31, i64 %251
	%253 = add i32 %227, 2048
	%254 = select i1 %243, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %253, i16* %252, i32 %254)
	%255 = add i32 %228, 32
	%256 = icmp slt i32 %255, %N
	%257 = select i1 %256, i32 %255, i32 0
	%258 = sext i32 %257 to i64
	%259 = getelementptr i32, i32* %46, i64 %258
	%260 = load i32, i32* %259
	%261 = mul i32 %260, 64
	%262 = mul i32 %217, 8
	%263 = add i32 %261, %262
	%264 = sext i32 %263 to i64
	%265 = getelementptr i16, i16* %31, i64 %264
	%266 = add i32 %227, u0x1000
	%267 = select i1 %256, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %266, i16* %265, i32 %267)
	%268 = add i32 %228, 48
	%269 = icmp slt i32 %268, %N
	%270 = select i1 %269, i32 %268, i32 0
	%271 = sext i32 %270 to i64
	%272 = getelementptr i32, i32* %46, i64 %271
	%273 = load i32, i32* %272
	%274 = mul i32 %273, 64
	%275 = mul i32 %217, 8
	%276 = add i32 %274, %275
	%277 = sext i32 %276 to i64
	%278 = getelementptr i16, i16* %31, i64 %277
	%279 = add i32 %227, 6144
	%280 = select i1 %269, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %279, i16* %278, i32 %280)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%281 = add i32 %4, 0
	%282 = zext i32 %281 to i64
	%283 = or i64 %282, u0x4000004000010000
	%284 = add i32 %6, 0
	%285 = zext i32 %284 to i64
	%286 = or i64 %285, u0x4000004000010000
	%287 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %283, i64 %286, i32 1)
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 0
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 1
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 2
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 3
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 4
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 5
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 6
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 7
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 8
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 9
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 10
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 11
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 12
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 13
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 14
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 15
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 16
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 17
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 18
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 19
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 20
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 21
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 22
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 23
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 24
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 25
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 26
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 27
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 28
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 29
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 30
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 31
	%320 = add i32 %4, 2
	%321 = zext i32 %320 to i64
	%322 = or i64 %321, u0x4000004000010000
	%323 = add i32 %6, 2
	%324 = zext i32 %323 to i64
	%325 = or i64 %324, u0x4000004000010000
	%326 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, float %319, i64 %322, i64 %325, i32 1)
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 0
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 1
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 2
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 3
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 4
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 5
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 6
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 7
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 8
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 9
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 10
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 11
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 12
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 13
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 14
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 15
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 16
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 17
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 18
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 19
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 20
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 21
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 22
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 23
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 24
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 25
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 26
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 27
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 28
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 29
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 30
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 31
	%359 = add i32 %4, 4
	%360 = zext i32 %359 to i64
	%361 = or i64 %360, u0x4000004000010000
	%362 = add i32 %6, 4
	%363 = zext i32 %362 to i64
	%364 = or i64 %363, u0x4000004000010000
	%365 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, i64 %361, i64 %364, i32 1)
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 0
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 1
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 2
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 3
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 4
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 5
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 6
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 7
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 8
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 9
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 10
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 11
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 12
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 13
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 14
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 15
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 16
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 17
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 18
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 19
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 20
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 21
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 22
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 23
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 24
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 25
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 26
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 27
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 28
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 29
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 30
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 31
	%398 = add i32 %4, 6
	%399 = zext i32 %398 to i64
	%400 = or i64 %399, u0x4000004000010000
	%401 = add i32 %6, 6
	%402 = zext i32 %401 to i64
	%403 = or i64 %402, u0x4000004000010000
	%404 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, i64 %400, i64 %403, i32 1)
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 0
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 1
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 2
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 3
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 4
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 5
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 6
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 7
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 8
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 9
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 10
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 11
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 12
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 13
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 14
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 15
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 16
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 17
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 18
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 19
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 20
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 21
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 22
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 23
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 24
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 25
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 26
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 27
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 28
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 29
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 30
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%437 = call float asm sideeffect "", "=f,0"(float %405)
	%438 = call float asm sideeffect "", "=f,0"(float %406)
	%439 = call float asm sideeffect "", "=f,0"(float %407)
	%440 = call float asm sideeffect "", "=f,0"(float %408)
	%441 = call float asm sideeffect "", "=f,0"(float %409)
	%442 = call float asm sideeffect "", "=f,0"(float %410)
	%443 = call float asm sideeffect "", "=f,0"(float %411)
	%444 = call float asm sideeffect "", "=f,0"(float %412)
	%445 = call float asm sideeffect "", "=f,0"(float %413)
	%446 = call float asm sideeffect "", "=f,0"(float %414)
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
	%469 = mul i32 %10, 16
	%470 = add i32 %19, %469
	%471 = add i32 %12, 0
	%472 = add i32 %470, %471
	%473 = mul i32 %10, 16
	%474 = add i32 %19, %473
	%475 = add i32 %12, 8
	%476 = add i32 %474, %475
	%477 = sitofp i32 %17 to float
	%478 = add i32 %40, %178
	%479 = sext i32 %478 to i64
	%480 = getelementptr i8, i8* %cls, i64 %479
	%481 = load i8, i8* %480
	%482 = icmp ne i8 %481, 2
	br i1 %482, label %partial, label %softmax

epilogue:
	%483 = phi float [ 0.0, %entry ], [ %1236, %pv ]
	%484 = phi float [ 0.0, %entry ], [ %1288, %pv ]
	%485 = phi i32 [ 0, %entry ], [ %1355, %pv ]
	%486 = phi float [ 0.0, %entry ], [ %1653, %pv ]
	%487 = phi float [ 0.0, %entry ], [ %1654, %pv ]
	%488 = phi float [ 0.0, %entry ], [ %1655, %pv ]
	%489 = phi float [ 0.0, %entry ], [ %1656, %pv ]
	%490 = phi float [ 0.0, %entry ], [ %1657, %pv ]
	%491 = phi float [ 0.0, %entry ], [ %1658, %pv ]
	%492 = phi float [ 0.0, %entry ], [ %1659, %pv ]
	%493 = phi float [ 0.0, %entry ], [ %1660, %pv ]
	%494 = phi float [ 0.0, %entry ], [ %1661, %pv ]
	%495 = phi float [ 0.0, %entry ], [ %1662, %pv ]
	%496 = phi float [ 0.0, %entry ], [ %1663, %pv ]
	%497 = phi float [ 0.0, %entry ], [ %1664, %pv ]
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
	%518 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %483, i32 1, i32 31)
	%519 = fadd float %483, %518
	%520 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %519, i32 2, i32 31)
	%521 = fadd float %519, %520
	%522 = fcmp ogt float %521, 0.0
	%523 = fdiv float 1.0, %521
	%524 = select i1 %522, float %523, float 0.0
	%525 = mul i32 %10, 16
	%526 = add i32 %19, %525
	%527 = add i32 %12, 0
	%528 = add i32 %526, %527
	%529 = fmul float %486, %524
	%530 = fmul float %487, %524
	%531 = fmul float %490, %524
	%532 = fmul float %491, %524
	%533 = fmul float %494, %524
	%534 = fmul float %495, %524
	%535 = fmul float %498, %524
	%536 = fmul float %499, %524
	%537 = fmul float %502, %524
	%538 = fmul float %503, %524
	%539 = fmul float %506, %524
	%540 = fmul float %507, %524
	%541 = fmul float %510, %524
	%542 = fmul float %511, %524
	%543 = fmul float %514, %524
	%544 = fmul float %515, %524
	%545 = icmp slt i32 %528, %M
	br i1 %545, label %store0, label %stored0

partial:
	%546 = shl i32 %13, 1
	%547 = add i32 0, %546
	%548 = add i32 %215, %547
	%549 = icmp slt i32 %548, %N
	%550 = select i1 %549, i32 %548, i32 0
	%551 = sitofp i32 %472 to float
	%552 = sext i32 %550 to i64
	%553 = getelementptr i32, i32* %46, i64 %552
	%554 = load i32, i32* %553
	%555 = sitofp i32 %554 to float
	%556 = fcmp ole float %555, %551
	%557 = uitofp i1 %556 to float
	%558 = fcmp une float %557, 0.0
	%559 = and i1 %549, %558
	%560 = select i1 %559, float %437, float 0xFFF0000000000000
	%561 = shl i32 %13, 1
	%562 = add i32 1, %561
	%563 = add i32 %215, %562
	%564 = icmp slt i32 %563, %N
	%565 = select i1 %564, i32 %563, i32 0
	%566 = sitofp i32 %472 to float
	%567 = sext i32 %565 to i64
	%568 = getelementptr i32, i32* %46, i64 %567
	%569 = load i32, i32* %568
	%570 = sitofp i32 %569 to float
	%571 = fcmp ole float %570, %566
	%572 = uitofp i1 %571 to float
	%573 = fcmp une float %572, 0.0
	%574 = and i1 %564, %573
	%575 = select i1 %574, float %438, float 0xFFF0000000000000
	%576 = shl i32 %13, 1
	%577 = add i32 0, %576
	%578 = add i32 %215, %577
	%579 = icmp slt i32 %578, %N
	%580 = select i1 %579, i32 %578, i32 0
	%581 = sitofp i32 %476 to float
	%582 = sext i32 %580 to i64
	%583 = getelementptr i32, i32* %46, i64 %582
	%584 = load i32, i32* %583
	%585 = sitofp i32 %584 to float
	%586 = fcmp ole float %585, %581
	%587 = uitofp i1 %586 to float
	%588 = fcmp une float %587, 0.0
	%589 = and i1 %579, %588
	%590 = select i1 %589, float %439, float 0xFFF0000000000000
	%591 = shl i32 %13, 1
	%592 = add i32 1, %591
	%593 = add i32 %215, %592
	%594 = icmp slt i32 %593, %N
	%595 = select i1 %594, i32 %593, i32 0
	%596 = sitofp i32 %476 to float
	%597 = sext i32 %595 to i64
	%598 = getelementptr i32, i32* %46, i64 %597
	%599 = load i32, i32* %598
	%600 = sitofp i32 %599 to float
	%601 = fcmp ole float %600, %596
	%602 = uitofp i1 %601 to float
	%603 = fcmp une float %602, 0.0
	%604 = and i1 %594, %603
	%605 = select i1 %604, float %440, float 0xFFF0000000000000
	%606 = shl i32 %13, 1
	%607 = add i32 8, %606
	%608 = add i32 %215, %607
	%609 = icmp slt i32 %608, %N
	%610 = select i1 %609, i32 %608, i32 0
	%611 = sitofp i32 %472 to float
	%612 = sext i32 %610 to i64
	%613 = getelementptr i32, i32* %46, i64 %612
	%614 = load i32, i32* %613
	%615 = sitofp i32 %614 to float
	%616 = fcmp ole float %615, %611
	%617 = uitofp i1 %616 to float
	%618 = fcmp une float %617, 0.0
	%619 = and i1 %609, %618
	%620 = select i1 %619, float %441, float 0xFFF0000000000000
	%621 = shl i32 %13, 1
	%622 = add i32 9, %621
	%623 = add i32 %215, %622
	%624 = icmp slt i32 %623, %N
	%625 = select i1 %624, i32 %623, i32 0
	%626 = sitofp i32 %472 to float
	%627 = sext i32 %625 to i64
	%628 = getelementptr i32, i32* %46, i64 %627
	%629 = load i32, i32* %628
	%630 = sitofp i32 %629 to float
	%631 = fcmp ole float %630, %626
	%632 = uitofp i1 %631 to float
	%633 = fcmp une float %632, 0.0
	%634 = and i1 %624, %633
	%635 = select i1 %634, float %442, float 0xFFF0000000000000
	%636 = shl i32 %13, 1
	%637 = add i32 8, %636
	%638 = add i32 %215, %637
	%639 = icmp slt i32 %638, %N
	%640 = select i1 %639, i32 %638, i32 0
	%641 = sitofp i32 %476 to float
	%642 = sext i32 %640 to i64
	%643 = getelementptr i32, i32* %46, i64 %642
	%644 = load i32, i32* %643
	%645 = sitofp i32 %644 to float
	%646 = fcmp ole float %645, %641
	%647 = uitofp i1 %646 to float
	%648 = fcmp une float %647, 0.0
	%649 = and i1 %639, %648
	%650 = select i1 %649, float %443, float 0xFFF0000000000000
	%651 = shl i32 %13, 1
	%652 = add i32 9, %651
	%653 = add i32 %215, %652
	%654 = icmp slt i32 %653, %N
	%655 = select i1 %654, i32 %653, i32 0
	%656 = sitofp i32 %476 to float
	%657 = sext i32 %655 to i64
	%658 = getelementptr i32, i32* %46, i64 %657
	%659 = load i32, i32* %658
	%660 = sitofp i32 %659 to float
	%661 = fcmp ole float %660, %656
	%662 = uitofp i1 %661 to float
	%663 = fcmp une float %662, 0.0
	%664 = and i1 %654, %663
	%665 = select i1 %664, float %444, float 0xFFF0000000000000
	%666 = shl i32 %13, 1
	%667 = add i32 16, %666
	%668 = add i32 %215, %667
	%669 = icmp slt i32 %668, %N
	%670 = select i1 %669, i32 %668, i32 0
	%671 = sitofp i32 %472 to float
	%672 = sext i32 %670 to i64
	%673 = getelementptr i32, i32* %46, i64 %672
	%674 = load i32, i32* %673
	%675 = sitofp i32 %674 to float
	%676 = fcmp ole float %675, %671
	%677 = uitofp i1 %676 to float
	%678 = fcmp une float %677, 0.0
	%679 = and i1 %669, %678
	%680 = select i1 %679, float %445, float 0xFFF0000000000000
	%681 = shl i32 %13, 1
	%682 = add i32 17, %681
	%683 = add i32 %215, %682
	%684 = icmp slt i32 %683, %N
	%685 = select i1 %684, i32 %683, i32 0
	%686 = sitofp i32 %472 to float
	%687 = sext i32 %685 to i64
	%688 = getelementptr i32, i32* %46, i64 %687
	%689 = load i32, i32* %688
	%690 = sitofp i32 %689 to float
	%691 = fcmp ole float %690, %686
	%692 = uitofp i1 %691 to float
	%693 = fcmp une float %692, 0.0
	%694 = and i1 %684, %693
	%695 = select i1 %694, float %446, float 0xFFF0000000000000
	%696 = shl i32 %13, 1
	%697 = add i32 16, %696
	%698 = add i32 %215, %697
	%699 = icmp slt i32 %698, %N
	%700 = select i1 %699, i32 %698, i32 0
	%701 = sitofp i32 %476 to float
	%702 = sext i32 %700 to i64
	%703 = getelementptr i32, i32* %46, i64 %702
	%704 = load i32, i32* %703
	%705 = sitofp i32 %704 to float
	%706 = fcmp ole float %705, %701
	%707 = uitofp i1 %706 to float
	%708 = fcmp une float %707, 0.0
	%709 = and i1 %699, %708
	%710 = select i1 %709, float %447, float 0xFFF0000000000000
	%711 = shl i32 %13, 1
	%712 = add i32 17, %711
	%713 = add i32 %215, %712
	%714 = icmp slt i32 %713, %N
	%715 = select i1 %714, i32 %713, i32 0
	%716 = sitofp i32 %476 to float
	%717 = sext i32 %715 to i64
	%718 = getelementptr i32, i32* %46, i64 %717
	%719 = load i32, i32* %718
	%720 = sitofp i32 %719 to float
	%721 = fcmp ole float %720, %716
	%722 = uitofp i1 %721 to float
	%723 = fcmp une float %722, 0.0
	%724 = and i1 %714, %723
	%725 = select i1 %724, float %448, float 0xFFF0000000000000
	%726 = shl i32 %13, 1
	%727 = add i32 24, %726
	%728 = add i32 %215, %727
	%729 = icmp slt i32 %728, %N
	%730 = select i1 %729, i32 %728, i32 0
	%731 = sitofp i32 %472 to float
	%732 = sext i32 %730 to i64
	%733 = getelementptr i32, i32* %46, i64 %732
	%734 = load i32, i32* %733
	%735 = sitofp i32 %734 to float
	%736 = fcmp ole float %735, %731
	%737 = uitofp i1 %736 to float
	%738 = fcmp une float %737, 0.0
	%739 = and i1 %729, %738
	%740 = select i1 %739, float %449, float 0xFFF0000000000000
	%741 = shl i32 %13, 1
	%742 = add i32 25, %741
	%743 = add i32 %215, %742
	%744 = icmp slt i32 %743, %N
	%745 = select i1 %744, i32 %743, i32 0
	%746 = sitofp i32 %472 to float
	%747 = sext i32 %745 to i64
	%748 = getelementptr i32, i32* %46, i64 %747
	%749 = load i32, i32* %748
	%750 = sitofp i32 %749 to float
	%751 = fcmp ole float %750, %746
	%752 = uitofp i1 %751 to float
	%753 = fcmp une float %752, 0.0
	%754 = and i1 %744, %753
	%755 = select i1 %754, float %450, float 0xFFF0000000000000
	%756 = shl i32 %13, 1
	%757 = add i32 24, %756
	%758 = add i32 %215, %757
	%759 = icmp slt i32 %758, %N
	%760 = select i1 %759, i32 %758, i32 0
	%761 = sitofp i32 %476 to float
	%762 = sext i32 %760 to i64
	%763 = getelementptr i32, i32* %46, i64 %762
	%764 = load i32, i32* %763
	%765 = sitofp i32 %764 to float
	%766 = fcmp ole float %765, %761
	%767 = uitofp i1 %766 to float
	%768 = fcmp une float %767, 0.0
	%769 = and i1 %759, %768
	%770 = select i1 %769, float %451, float 0xFFF0000000000000
	%771 = shl i32 %13, 1
	%772 = add i32 25, %771
	%773 = add i32 %215, %772
	%774 = icmp slt i32 %773, %N
	%775 = select i1 %774, i32 %773, i32 0
	%776 = sitofp i32 %476 to float
	%777 = sext i32 %775 to i64
	%778 = getelementptr i32, i32* %46, i64 %777
	%779 = load i32, i32* %778
	%780 = sitofp i32 %779 to float
	%781 = fcmp ole float %780, %776
	%782 = uitofp i1 %781 to float
	%783 = fcmp une float %782, 0.0
	%784 = and i1 %774, %783
	%785 = select i1 %784, float %452, float 0xFFF0000000000000
	%786 = shl i32 %13, 1
	%787 = add i32 32, %786
	%788 = add i32 %215, %787
	%789 = icmp slt i32 %788, %N
	%790 = select i1 %789, i32 %788, i32 0
	%791 = sitofp i32 %472 to float
	%792 = sext i32 %790 to i64
	%793 = getelementptr i32, i32* %46, i64 %792
	%794 = load i32, i32* %793
	%795 = sitofp i32 %794 to float
	%796 = fcmp ole float %795, %791
	%797 = uitofp i1 %796 to float
	%798 = fcmp une float %797, 0.0
	%799 = and i1 %789, %798
	%800 = select i1 %799, float %453, float 0xFFF0000000000000
	%801 = shl i32 %13, 1
	%802 = add i32 33, %801
	%803 = add i32 %215, %802
	%804 = icmp slt i32 %803, %N
	%805 = select i1 %804, i32 %803, i32 0
	%806 = sitofp i32 %472 to float
	%807 = sext i32 %805 to i64
	%808 = getelementptr i32, i32* %46, i64 %807
	%809 = load i32, i32* %808
	%810 = sitofp i32 %809 to float
	%811 = fcmp ole float %810, %806
	%812 = uitofp i1 %811 to float
	%813 = fcmp une float %812, 0.0
	%814 = and i1 %804, %813
	%815 = select i1 %814, float %454, float 0xFFF0000000000000
	%816 = shl i32 %13, 1
	%817 = add i32 32, %816
	%818 = add i32 %215, %817
	%819 = icmp slt i32 %818, %N
	%820 = select i1 %819, i32 %818, i32 0
	%821 = sitofp i32 %476 to float
	%822 = sext i32 %820 to i64
	%823 = getelementptr i32, i32* %46, i64 %822
	%824 = load i32, i32* %823
	%825 = sitofp i32 %824 to float
	%826 = fcmp ole float %825, %821
	%827 = uitofp i1 %826 to float
	%828 = fcmp une float %827, 0.0
	%829 = and i1 %819, %828
	%830 = select i1 %829, float %455, float 0xFFF0000000000000
	%831 = shl i32 %13, 1
	%832 = add i32 33, %831
	%833 = add i32 %215, %832
	%834 = icmp slt i32 %833, %N
	%835 = select i1 %834, i32 %833, i32 0
	%836 = sitofp i32 %476 to float
	%837 = sext i32 %835 to i64
	%838 = getelementptr i32, i32* %46, i64 %837
	%839 = load i32, i32* %838
	%840 = sitofp i32 %839 to float
	%841 = fcmp ole float %840, %836
	%842 = uitofp i1 %841 to float
	%843 = fcmp une float %842, 0.0
	%844 = and i1 %834, %843
	%845 = select i1 %844, float %456, float 0xFFF0000000000000
	%846 = shl i32 %13, 1
	%847 = add i32 40, %846
	%848 = add i32 %215, %847
	%849 = icmp slt i32 %848, %N
	%850 = select i1 %849, i32 %848, i32 0
	%851 = sitofp i32 %472 to float
	%852 = sext i32 %850 to i64
	%853 = getelementptr i32, i32* %46, i64 %852
	%854 = load i32, i32* %853
	%855 = sitofp i32 %854 to float
	%856 = fcmp ole float %855, %851
	%857 = uitofp i1 %856 to float
	%858 = fcmp une float %857, 0.0
	%859 = and i1 %849, %858
	%860 = select i1 %859, float %457, float 0xFFF0000000000000
	%861 = shl i32 %13, 1
	%862 = add i32 41, %861
	%863 = add i32 %215, %862
	%864 = icmp slt i32 %863, %N
	%865 = select i1 %864, i32 %863, i32 0
	%866 = sitofp i32 %472 to float
	%867 = sext i32 %865 to i64
	%868 = getelementptr i32, i32* %46, i64 %867
	%869 = load i32, i32* %868
	%870 = sitofp i32 %869 to float
	%871 = fcmp ole float %870, %866
	%872 = uitofp i1 %871 to float
	%873 = fcmp une float %872, 0.0
	%874 = and i1 %864, %873
	%875 = select i1 %874, float %458, float 0xFFF0000000000000
	%876 = shl i32 %13, 1
	%877 = add i32 40, %876
	%878 = add i32 %215, %877
	%879 = icmp slt i32 %878, %N
	%880 = select i1 %879, i32 %878, i32 0
	%881 = sitofp i32 %476 to float
	%882 = sext i32 %880 to i64
	%883 = getelementptr i32, i32* %46, i64 %882
	%884 = load i32, i32* %883
	%885 = sitofp i32 %884 to float
	%886 = fcmp ole float %885, %881
	%887 = uitofp i1 %886 to float
	%888 = fcmp une float %887, 0.0
	%889 = and i1 %879, %888
	%890 = select i1 %889, float %459, float 0xFFF0000000000000
	%891 = shl i32 %13, 1
	%892 = add i32 41, %891
	%893 = add i32 %215, %892
	%894 = icmp slt i32 %893, %N
	%895 = select i1 %894, i32 %893, i32 0
	%896 = sitofp i32 %476 to float
	%897 = sext i32 %895 to i64
	%898 = getelementptr i32, i32* %46, i64 %897
	%899 = load i32, i32* %898
	%900 = sitofp i32 %899 to float
	%901 = fcmp ole float %900, %896
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = and i1 %894, %903
	%905 = select i1 %904, float %460, float 0xFFF0000000000000
	%906 = shl i32 %13, 1
	%907 = add i32 48, %906
	%908 = add i32 %215, %907
	%909 = icmp slt i32 %908, %N
	%910 = select i1 %909, i32 %908, i32 0
	%911 = sitofp i32 %472 to float
	%912 = sext i32 %910 to i64
	%913 = getelementptr i32, i32* %46, i64 %912
	%914 = load i32, i32* %913
	%915 = sitofp i32 %914 to float
	%916 = fcmp ole float %915, %911
	%917 = uitofp i1 %916 to float
	%918 = fcmp une float %917, 0.0
	%919 = and i1 %909, %918
	%920 = select i1 %919, float %461, float 0xFFF0000000000000
	%921 = shl i32 %13, 1
	%922 = add i32 49, %921
	%923 = add i32 %215, %922
	%924 = icmp slt i32 %923, %N
	%925 = select i1 %924, i32 %923, i32 0
	%926 = sitofp i32 %472 to float
	%927 = sext i32 %925 to i64
	%928 = getelementptr i32, i32* %46, i64 %927
	%929 = load i32, i32* %928
	%930 = sitofp i32 %929 to float
	%931 = fcmp ole float %930, %926
	%932 = uitofp i1 %931 to float
	%933 = fcmp une float %932, 0.0
	%934 = and i1 %924, %933
	%935 = select i1 %934, float %462, float 0xFFF0000000000000
	%936 = shl i32 %13, 1
	%937 = add i32 48, %936
	%938 = add i32 %215, %937
	%939 = icmp slt i32 %938, %N
	%940 = select i1 %939, i32 %938, i32 0
	%941 = sitofp i32 %476 to float
	%942 = sext i32 %940 to i64
	%943 = getelementptr i32, i32* %46, i64 %942
	%944 = load i32, i32* %943
	%945 = sitofp i32 %944 to float
	%946 = fcmp ole float %945, %941
	%947 = uitofp i1 %946 to float
	%948 = fcmp une float %947, 0.0
	%949 = and i1 %939, %948
	%950 = select i1 %949, float %463, float 0xFFF0000000000000
	%951 = shl i32 %13, 1
	%952 = add i32 49, %951
	%953 = add i32 %215, %952
	%954 = icmp slt i32 %953, %N
	%955 = select i1 %954, i32 %953, i32 0
	%956 = sitofp i32 %476 to float
	%957 = sext i32 %955 to i64
	%958 = getelementptr i32, i32* %46, i64 %957
	%959 = load i32, i32* %958
	%960 = sitofp i32 %959 to float
	%961 = fcmp ole float %960, %956
	%962 = uitofp i1 %961 to float
	%963 = fcmp une float %962, 0.0
	%964 = and i1 %954, %963
	%965 = select i1 %964, float %464, float 0xFFF0000000000000
	%966 = shl i32 %13, 1
	%967 = add i32 56, %966
	%968 = add i32 %215, %967
	%969 = icmp slt i32 %968, %N
	%970 = select i1 %969, i32 %968, i32 0
	%971 = sitofp i32 %472 to float
	%972 = sext i32 %970 to i64
	%973 = getelementptr i32, i32* %46, i64 %972
	%974 = load i32, i32* %973
	%975 = sitofp i32 %974 to float
	%976 = fcmp ole float %975, %971
	%977 = uitofp i1 %976 to float
	%978 = fcmp une float %977, 0.0
	%979 = and i1 %969, %978
	%980 = select i1 %979, float %465, float 0xFFF0000000000000
	%981 = shl i32 %13, 1
	%982 = add i32 57, %981
	%983 = add i32 %215, %982
	%984 = icmp slt i32 %983, %N
	%985 = select i1 %984, i32 %983, i32 0
	%986 = sitofp i32 %472 to float
	%987 = sext i32 %985 to i64
	%988 = getelementptr i32, i32* %46, i64 %987
	%989 = load i32, i32* %988
	%990 = sitofp i32 %989 to float
	%991 = fcmp ole float %990, %986
	%992 = uitofp i1 %991 to float
	%993 = fcmp une float %992, 0.0
	%994 = and i1 %984, %993
	%995 = select i1 %994, float %466, float 0xFFF0000000000000
	%996 = shl i32 %13, 1
	%997 = add i32 56, %996
	%998 = add i32 %215, %997
	%999 = icmp slt i32 %998, %N
	%1000 = select i1 %999, i32 %998, i32 0
	%1001 = sitofp i32 %476 to float
	%1002 = sext i32 %1000 to i64
	%1003 = getelementptr i32, i32* %46, i64 %1002
	%1004 = load i32, i32* %1003
	%1005 = sitofp i32 %1004 to float
	%1006 = fcmp ole float %1005, %1001
	%1007 = uitofp i1 %1006 to float
	%1008 = fcmp une float %1007, 0.0
	%1009 = and i1 %999, %1008
	%1010 = select i1 %1009, float %467, float 0xFFF0000000000000
	%1011 = shl i32 %13, 1
	%1012 = add i32 57, %1011
	%1013 = add i32 %215, %1012
	%1014 = icmp slt i32 %1013, %N
	%1015 = select i1 %1014, i32 %1013, i32 0
	%1016 = sitofp i32 %476 to float
	%1017 = sext i32 %1015 to i64
	%1018 = getelementptr i32, i32* %46, i64 %1017
	%1019 = load i32, i32* %1018
	%1020 = sitofp i32 %1019 to float
	%1021 = fcmp ole float %1020, %1016
	%1022 = uitofp i1 %1021 to float
	%1023 = fcmp une float %1022, 0.0
	%1024 = and i1 %1014, %1023
	%1025 = select i1 %1024, float %468, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1026 = phi float [ %437, %loop ], [ %560, %partial ]
	%1027 = phi float [ %438, %loop ], [ %575, %partial ]
	%1028 = phi float [ %439, %loop ], [ %590, %partial ]
	%1029 = phi float [ %440, %loop ], [ %605, %partial ]
	%1030 = phi float [ %441, %loop ], [ %620, %partial ]
	%1031 = phi float [ %442, %loop ], [ %635, %partial ]
	%1032 = phi float [ %443, %loop ], [ %650, %partial ]
	%1033 = phi float [ %444, %loop ], [ %665, %partial ]
	%1034 = phi float [ %445, %loop ], [ %680, %partial ]
	%1035 = phi float [ %446, %loop ], [ %695, %partial ]
	%1036 = phi float [ %447, %loop ], [ %710, %partial ]
	%1037 = phi float [ %448, %loop ], [ %725, %partial ]
	%1038 = phi float [ %449, %loop ], [ %740, %partial ]
	%1039 = phi float [ %450, %loop ], [ %755, %partial ]
	%1040 = phi float [ %451, %loop ], [ %770, %partial ]
	%1041 = phi float [ %452, %loop ], [ %785, %partial ]
	%1042 = phi float [ %453, %loop ], [ %800, %partial ]
	%1043 = phi float [ %454, %loop ], [ %815, %partial ]
	%1044 = phi float [ %455, %loop ], [ %830, %partial ]
	%1045 = phi float [ %456, %loop ], [ %845, %partial ]
	%1046 = phi float [ %457, %loop ], [ %860, %partial ]
	%1047 = phi float [ %458, %loop ], [ %875, %partial ]
	%1048 = phi float [ %459, %loop ], [ %890, %partial ]
	%1049 = phi float [ %460, %loop ], [ %905, %partial ]
	%1050 = phi float [ %461, %loop ], [ %920, %partial ]
	%1051 = phi float [ %462, %loop ], [ %935, %partial ]
	%1052 = phi float [ %463, %loop ], [ %950, %partial ]
	%1053 = phi float [ %464, %loop ], [ %965, %partial ]
	%1054 = phi float [ %465, %loop ], [ %980, %partial ]
	%1055 = phi float [ %466, %loop ], [ %995, %partial ]
	%1056 = phi float [ %467, %loop ], [ %1010, %partial ]
	%1057 = phi float [ %468, %loop ], [ %1025, %partial ]
	%1058 = call float @llvm.nvvm.fmax.f(float %1026, float %1027)
	%1059 = call float @llvm.nvvm.fmax.f(float %1030, float %1031)
	%1060 = call float @llvm.nvvm.fmax.f(float %1034, float %1035)
	%1061 = call float @llvm.nvvm.fmax.f(float %1038, float %1039)
	%1062 = call float @llvm.nvvm.fmax.f(float %1042, float %1043)
	%1063 = call float @llvm.nvvm.fmax.f(float %1046, float %1047)
	%1064 = call float @llvm.nvvm.fmax.f(float %1050, float %1051)
	%1065 = call float @llvm.nvvm.fmax.f(float %1054, float %1055)
	%1066 = call float @llvm.nvvm.fmax.f(float %1058, float %1059)
	%1067 = call float @llvm.nvvm.fmax.f(float %1060, float %1061)
	%1068 = call float @llvm.nvvm.fmax.f(float %1062, float %1063)
	%1069 = call float @llvm.nvvm.fmax.f(float %1064, float %1065)
	%1070 = call float @llvm.nvvm.fmax.f(float %1066, float %1067)
	%1071 = call float @llvm.nvvm.fmax.f(float %1068, float %1069)
	%1072 = call float @llvm.nvvm.fmax.f(float %1070, float %1071)
	%1073 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1072, i32 1, i32 31)
	%1074 = call float @llvm.nvvm.fmax.f(float %1072, float %1073)
	%1075 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1074, i32 2, i32 31)
	%1076 = call float @llvm.nvvm.fmax.f(float %1074, float %1075)
	%1077 = fmul float %1076, 0x3FC7154760000000
	%1078 = call float @llvm.nvvm.fmax.f(float %211, float %1077)
	%1079 = fadd float %211, 8.0
	%1080 = fcmp ogt float %1078, %1079
	%1081 = or i1 false, %1080
	%1082 = call float @llvm.nvvm.fmax.f(float %1028, float %1029)
	%1083 = call float @llvm.nvvm.fmax.f(float %1032, float %1033)
	%1084 = call float @llvm.nvvm.fmax.f(float %1036, float %1037)
	%1085 = call float @llvm.nvvm.fmax.f(float %1040, float %1041)
	%1086 = call float @llvm.nvvm.fmax.f(float %1044, float %1045)
	%1087 = call float @llvm.nvvm.fmax.f(float %1048, float %1049)
	%1088 = call float @llvm.nvvm.fmax.f(float %1052, float %1053)
	%1089 = call float @llvm.nvvm.fmax.f(float %1056, float %1057)
	%1090 = call float @llvm.nvvm.fmax.f(float %1082, float %1083)
	%1091 = call float @llvm.nvvm.fmax.f(float %1084, float %1085)
	%1092 = call float @llvm.nvvm.fmax.f(float %1086, float %1087)
	%1093 = call float @llvm.nvvm.fmax.f(float %1088, float %1089)
	%1094 = call float @llvm.nvvm.fmax.f(float %1090, float %1091)
	%1095 = call float @llvm.nvvm.fmax.f(float %1092, float %1093)
	%1096 = call float @llvm.nvvm.fmax.f(float %1094, float %1095)
	%1097 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1096, i32 1, i32 31)
	%1098 = call float @llvm.nvvm.fmax.f(float %1096, float %1097)
	%1099 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1098, i32 2, i32 31)
	%1100 = call float @llvm.nvvm.fmax.f(float %1098, float %1099)
	%1101 = fmul float %1100, 0x3FC7154760000000
	%1102 = call float @llvm.nvvm.fmax.f(float %213, float %1101)
	%1103 = fadd float %213, 8.0
	%1104 = fcmp ogt float %1102, %1103
	%1105 = or i1 %1081, %1104
	%1106 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1105)
	br i1 %1106, label %1107, label %1150

1107:
	%1108 = fcmp oeq float %1078, 0xFFF0000000000000
	%1109 = select i1 %1108, float 0.0, float %1078
	%1110 = fsub float %211, %1109
	%1111 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1110)
	%1112 = fcmp oeq float %1102, 0xFFF0000000000000
	%1113 = select i1 %1112, float 0.0, float %1102
	%1114 = fsub float %213, %1113
	%1115 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1114)
	%1116 = fmul float %179, %1111
	%1117 = fmul float %180, %1111
	%1118 = fmul float %181, %1115
	%1119 = fmul float %182, %1115
	%1120 = fmul float %183, %1111
	%1121 = fmul float %184, %1111
	%1122 = fmul float %185, %1115
	%1123 = fmul float %186, %1115
	%1124 = fmul float %187, %1111
	%1125 = fmul float %188, %1111
	%1126 = fmul float %189, %1115
	%1127 = fmul float %190, %1115
	%1128 = fmul float %191, %1111
	%1129 = fmul float %192, %1111
	%1130 = fmul float %193, %1115
	%1131 = fmul float %194, %1115
	%1132 = fmul float %195, %1111
	%1133 = fmul float %196, %1111
	%1134 = fmul float %197, %1115
	%1135 = fmul float %198, %1115
	%1136 = fmul float %199, %1111
	%1137 = fmul float %200, %1111
	%1138 = fmul float %201, %1115
	%1139 = fmul float %202, %1115
	%1140 = fmul float %203, %1111
	%1141 = fmul float %204, %1111
	%1142 = fmul float %205, %1115
	%1143 = fmul float %206, %1115
	%1144 = fmul float %207, %1111
	%1145 = fmul float %208, %1111
	%1146 = fmul float %209, %1115
	%1147 = fmul float %210, %1115
	%1148 = fmul float %212, %1111
	%1149 = fmul float %214, %1115
	br label %1150

1150:
	%1151 = phi float [ %179, %softmax ], [ %1116, %1107 ]
	%1152 = phi float [ %180, %softmax ], [ %1117, %1107 ]
	%1153 = phi float [ %181, %softmax ], [ %1118, %1107 ]
	%1154 = phi float [ %182, %softmax ], [ %1119, %1107 ]
	%1155 = phi float [ %183, %softmax ], [ %1120, %1107 ]
	%1156 = phi float [ %184, %softmax ], [ %1121, %1107 ]
	%1157 = phi float [ %185, %softmax ], [ %1122, %1107 ]
	%1158 = phi float [ %186, %softmax ], [ %1123, %1107 ]
	%1159 = phi float [ %187, %softmax ], [ %1124, %1107 ]
	%1160 = phi float [ %188, %softmax ], [ %1125, %1107 ]
	%1161 = phi float [ %189, %softmax ], [ %1126, %1107 ]
	%1162 = phi float [ %190, %softmax ], [ %1127, %1107 ]
	%1163 = phi float [ %191, %softmax ], [ %1128, %1107 ]
	%1164 = phi float [ %192, %softmax ], [ %1129, %1107 ]
	%1165 = phi float [ %193, %softmax ], [ %1130, %1107 ]
	%1166 = phi float [ %194, %softmax ], [ %1131, %1107 ]
	%1167 = phi float [ %195, %softmax ], [ %1132, %1107 ]
	%1168 = phi float [ %196, %softmax ], [ %1133, %1107 ]
	%1169 = phi float [ %197, %softmax ], [ %1134, %1107 ]
	%1170 = phi float [ %198, %softmax ], [ %1135, %1107 ]
	%1171 = phi float [ %199, %softmax ], [ %1136, %1107 ]
	%1172 = phi float [ %200, %softmax ], [ %1137, %1107 ]
	%1173 = phi float [ %201, %softmax ], [ %1138, %1107 ]
	%1174 = phi float [ %202, %softmax ], [ %1139, %1107 ]
	%1175 = phi float [ %203, %softmax ], [ %1140, %1107 ]
	%1176 = phi float [ %204, %softmax ], [ %1141, %1107 ]
	%1177 = phi float [ %205, %softmax ], [ %1142, %1107 ]
	%1178 = phi float [ %206, %softmax ], [ %1143, %1107 ]
	%1179 = phi float [ %207, %softmax ], [ %1144, %1107 ]
	%1180 = phi float [ %208, %softmax ], [ %1145, %1107 ]
	%1181 = phi float [ %209, %softmax ], [ %1146, %1107 ]
	%1182 = phi float [ %210, %softmax ], [ %1147, %1107 ]
	%1183 = phi float [ %212, %softmax ], [ %1148, %1107 ]
	%1184 = phi float [ %214, %softmax ], [ %1149, %1107 ]
	%1185 = select i1 %1106, float %1078, float %211
	%1186 = fcmp oeq float %1185, 0xFFF0000000000000
	%1187 = select i1 %1186, float 0.0, float %1185
	%1188 = fneg float %1187
	%1189 = call float @llvm.fma.f32(float %1026, float 0x3FC7154760000000, float %1188)
	%1190 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1189)
	%1191 = call float @llvm.fma.f32(float %1027, float 0x3FC7154760000000, float %1188)
	%1192 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1191)
	%1193 = call float @llvm.fma.f32(float %1030, float 0x3FC7154760000000, float %1188)
	%1194 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1193)
	%1195 = call float @llvm.fma.f32(float %1031, float 0x3FC7154760000000, float %1188)
	%1196 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1195)
	%1197 = call float @llvm.fma.f32(float %1034, float 0x3FC7154760000000, float %1188)
	%1198 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1197)
	%1199 = call float @llvm.fma.f32(float %1035, float 0x3FC7154760000000, float %1188)
	%1200 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1199)
	%1201 = call float @llvm.fma.f32(float %1038, float 0x3FC7154760000000, float %1188)
	%1202 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1201)
	%1203 = call float @llvm.fma.f32(float %1039, float 0x3FC7154760000000, float %1188)
	%1204 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1203)
	%1205 = call float @llvm.fma.f32(float %1042, float 0x3FC7154760000000, float %1188)
	%1206 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1205)
	%1207 = call float @llvm.fma.f32(float %1043, float 0x3FC7154760000000, float %1188)
	%1208 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1207)
	%1209 = call float @llvm.fma.f32(float %1046, float 0x3FC7154760000000, float %1188)
	%1210 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1209)
	%1211 = call float @llvm.fma.f32(float %1047, float 0x3FC7154760000000, float %1188)
	%1212 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1211)
	%1213 = call float @llvm.fma.f32(float %1050, float 0x3FC7154760000000, float %1188)
	%1214 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1213)
	%1215 = call float @llvm.fma.f32(float %1051, float 0x3FC7154760000000, float %1188)
	%1216 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1215)
	%1217 = call float @llvm.fma.f32(float %1054, float 0x3FC7154760000000, float %1188)
	%1218 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1217)
	%1219 = call float @llvm.fma.f32(float %1055, float 0x3FC7154760000000, float %1188)
	%1220 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1219)
	%1221 = fadd float %1190, %1192
	%1222 = fadd float %1194, %1196
	%1223 = fadd float %1198, %1200
	%1224 = fadd float %1202, %1204
	%1225 = fadd float %1206, %1208
	%1226 = fadd float %1210, %1212
	%1227 = fadd float %1214, %1216
	%1228 = fadd float %1218, %1220
	%1229 = fadd float %1221, %1222
	%1230 = fadd float %1223, %1224
	%1231 = fadd float %1225, %1226
	%1232 = fadd float %1227, %1228
	%1233 = fadd float %1229, %1230
	%1234 = fadd float %1231, %1232
	%1235 = fadd float %1233, %1234
	%1236 = fadd float %1183, %1235
	%1237 = select i1 %1106, float %1102, float %213
	%1238 = fcmp oeq float %1237, 0xFFF0000000000000
	%1239 = select i1 %1238, float 0.0, float %1237
	%1240 = fneg float %1239
	%1241 = call float @llvm.fma.f32(float %1028, float 0x3FC7154760000000, float %1240)
	%1242 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1241)
	%1243 = call float @llvm.fma.f32(float %1029, float 0x3FC7154760000000, float %1240)
	%1244 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1243)
	%1245 = call float @llvm.fma.f32(float %1032, float 0x3FC7154760000000, float %1240)
	%1246 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1245)
	%1247 = call float @llvm.fma.f32(float %1033, float 0x3FC7154760000000, float %1240)
	%1248 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1247)
	%1249 = call float @llvm.fma.f32(float %1036, float 0x3FC7154760000000, float %1240)
	%1250 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1249)
	%1251 = call float @llvm.fma.f32(float %1037, float 0x3FC7154760000000, float %1240)
	%1252 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1251)
	%1253 = call float @llvm.fma.f32(float %1040, float 0x3FC7154760000000, float %1240)
	%1254 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1253)
	%1255 = call float @llvm.fma.f32(float %1041, float 0x3FC7154760000000, float %1240)
	%1256 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1255)
	%1257 = call float @llvm.fma.f32(float %1044, float 0x3FC7154760000000, float %1240)
	%1258 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1257)
	%1259 = call float @llvm.fma.f32(float %1045, float 0x3FC7154760000000, float %1240)
	%1260 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1259)
	%1261 = call float @llvm.fma.f32(float %1048, float 0x3FC7154760000000, float %1240)
	%1262 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1261)
	%1263 = call float @llvm.fma.f32(float %1049, float 0x3FC7154760000000, float %1240)
	%1264 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1263)
	%1265 = call float @llvm.fma.f32(float %1052, float 0x3FC7154760000000, float %1240)
	%1266 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1265)
	%1267 = call float @llvm.fma.f32(float %1053, float 0x3FC7154760000000, float %1240)
	%1268 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1267)
	%1269 = call float @llvm.fma.f32(float %1056, float 0x3FC7154760000000, float %1240)
	%1270 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1269)
	%1271 = call float @llvm.fma.f32(float %1057, float 0x3FC7154760000000, float %1240)
	%1272 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1271)
	%1273 = fadd float %1242, %1244
	%1274 = fadd float %1246, %1248
	%1275 = fadd float %1250, %1252
	%1276 = fadd float %1254, %1256
	%1277 = fadd float %1258, %1260
	%1278 = fadd float %1262, %1264
	%1279 = fadd float %1266, %1268
	%1280 = fadd float %1270, %1272
	%1281 = fadd float %1273, %1274
	%1282 = fadd float %1275, %1276
	%1283 = fadd float %1277, %1278
	%1284 = fadd float %1279, %1280
	%1285 = fadd float %1281, %1282
	%1286 = fadd float %1283, %1284
	%1287 = fadd float %1285, %1286
	%1288 = fadd float %1184, %1287
	%1289 = icmp eq i32 %13, 0
	%1290 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1235, i32 1, i32 31)
	%1291 = fadd float %1235, %1290
	%1292 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1291, i32 2, i32 31)
	%1293 = fadd float %1291, %1292
	%1294 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1236, i32 1, i32 31)
	%1295 = fadd float %1236, %1294
	%1296 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1295, i32 2, i32 31)
	%1297 = fadd float %1295, %1296
	%1298 = fcmp ogt float %1297, 0.0
	%1299 = icmp slt i32 %472, %M
	%1300 = and i1 %1298, %1299
	%1301 = select i1 %1300, float %1297, float 1.0
	%1302 = fdiv float %1293, %1301
	%1303 = call float @llvm.nvvm.fmax.f(float 0.0, float %1302)
	%1304 = select i1 %1300, float %1303, float 0.0
	%1305 = and i1 %1300, %1289
	%1306 = fadd float 0.0, 1.0
	%1307 = select i1 %1305, float %1306, float 0.0
	%1308 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1287, i32 1, i32 31)
	%1309 = fadd float %1287, %1308
	%1310 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1309, i32 2, i32 31)
	%1311 = fadd float %1309, %1310
	%1312 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1288, i32 1, i32 31)
	%1313 = fadd float %1288, %1312
	%1314 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1313, i32 2, i32 31)
	%1315 = fadd float %1313, %1314
	%1316 = fcmp ogt float %1315, 0.0
	%1317 = icmp slt i32 %476, %M
	%1318 = and i1 %1316, %1317
	%1319 = select i1 %1318, float %1315, float 1.0
	%1320 = fdiv float %1311, %1319
	%1321 = call float @llvm.nvvm.fmax.f(float %1304, float %1320)
	%1322 = select i1 %1318, float %1321, float %1304
	%1323 = and i1 %1318, %1289
	%1324 = fadd float %1307, 1.0
	%1325 = select i1 %1323, float %1324, float %1307
	%1326 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1322, i32 16, i32 31)
	%1327 = call float @llvm.nvvm.fmax.f(float %1322, float %1326)
	%1328 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1325, i32 16, i32 31)
	%1329 = fadd float %1325, %1328
	%1330 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1327, i32 8, i32 31)
	%1331 = call float @llvm.nvvm.fmax.f(float %1327, float %1330)
	%1332 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1329, i32 8, i32 31)
	%1333 = fadd float %1329, %1332
	%1334 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1331, i32 4, i32 31)
	%1335 = call float @llvm.nvvm.fmax.f(float %1331, float %1334)
	%1336 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1333, i32 4, i32 31)
	%1337 = fadd float %1333, %1336
	%1338 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1335, i32 2, i32 31)
	%1339 = call float @llvm.nvvm.fmax.f(float %1335, float %1338)
	%1340 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1337, i32 2, i32 31)
	%1341 = fadd float %1337, %1340
	%1342 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1339, i32 1, i32 31)
	%1343 = call float @llvm.nvvm.fmax.f(float %1339, float %1342)
	%1344 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1341, i32 1, i32 31)
	%1345 = fadd float %1341, %1344
	%1346 = icmp eq i32 %11, 0
	br i1 %1346, label %1347, label %1354

1347:
	%1348 = mul i32 %10, 2
	%1349 = add i32 %1348, 0
	%1350 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1349
	store float %1343, float addrspace(3)* %1350
	%1351 = mul i32 %10, 2
	%1352 = add i32 %1351, 1
	%1353 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1352
	store float %1345, float addrspace(3)* %1353
	br label %1354

1354:
	%1355 = add i32 %177, 1
	%1356 = icmp slt i32 %1355, %NK
	%1357 = select i1 %1356, i32 %1355, i32 0
	%1358 = add i32 %36, %1357
	%1359 = sext i32 %1358 to i64
	%1360 = getelementptr i32, i32* %list, i64 %1359
	%1361 = load i32, i32* %1360
	%1362 = select i1 %1356, i32 %1361, i32 -1
	%1363 = icmp sge i32 %1362, 0
	%1364 = add i32 %NK, %177
	%1365 = add i32 %36, %1364
	%1366 = sext i32 %1365 to i64
	%1367 = getelementptr i32, i32* %list, i64 %1366
	%1368 = load i32, i32* %1367
	%1369 = icmp eq i32 %1368, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%1370 = mul i32 0, 2
	%1371 = add i32 %1370, 0
	%1372 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1371
	%1373 = load float, float addrspace(3)* %1372
	%1374 = call float @llvm.nvvm.fmax.f(float 0.0, float %1373)
	%1375 = mul i32 0, 2
	%1376 = add i32 %1375, 1
	%1377 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1376
	%1378 = load float, float addrspace(3)* %1377
	%1379 = fadd float 0.0, %1378
	%1380 = mul i32 1, 2
	%1381 = add i32 %1380, 0
	%1382 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1381
	%1383 = load float, float addrspace(3)* %1382
	%1384 = call float @llvm.nvvm.fmax.f(float %1374, float %1383)
	%1385 = mul i32 1, 2
	%1386 = add i32 %1385, 1
	%1387 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1386
	%1388 = load float, float addrspace(3)* %1387
	%1389 = fadd float %1379, %1388
	%1390 = mul i32 2, 2
	%1391 = add i32 %1390, 0
	%1392 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1391
	%1393 = load float, float addrspace(3)* %1392
	%1394 = call float @llvm.nvvm.fmax.f(float %1384, float %1393)
	%1395 = mul i32 2, 2
	%1396 = add i32 %1395, 1
	%1397 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1396
	%1398 = load float, float addrspace(3)* %1397
	%1399 = fadd float %1389, %1398
	%1400 = mul i32 3, 2
	%1401 = add i32 %1400, 0
	%1402 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1401
	%1403 = load float, float addrspace(3)* %1402
	%1404 = call float @llvm.nvvm.fmax.f(float %1394, float %1403)
	%1405 = mul i32 3, 2
	%1406 = add i32 %1405, 1
	%1407 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1406
	%1408 = load float, float addrspace(3)* %1407
	%1409 = fadd float %1399, %1408
	%1410 = fcmp ogt float %1409, 0.0
	%1411 = and i1 %1369, %1410
	%1412 = fcmp olt float %1404, 0x3F50624DE0000000
	%1413 = and i1 %1411, %1412
	%1414 = xor i1 %1413, true
	%1415 = and i1 %1363, %1414
	br i1 %1415, label %prefetch, label %pv

prefetch:
	%1416 = mul i32 %1362, 64
	%1417 = lshr i32 %9, 3
	%1418 = and i32 %9, 7
	%1419 = lshr i32 %1418, 3
	%1420 = mul i32 %1419, u0x2000
	%1421 = and i32 %1418, 7
	%1422 = and i32 %1417, 7
	%1423 = xor i32 %1421, %1422
	%1424 = mul i32 %1417, 128
	%1425 = shl i32 %1423, 4
	%1426 = add i32 %1424, %1425
	%1427 = add i32 %1420, %1426
	%1428 = add i32 %0, %1427
	%1429 = add i32 %1416, %1417
	%1430 = add i32 %1429, 0
	%1431 = icmp slt i32 %1430, %N
	%1432 = select i1 %1431, i32 %1430, i32 0
	%1433 = sext i32 %1432 to i64
	%1434 = getelementptr i32, i32* %46, i64 %1433
	%1435 = load i32, i32* %1434
	%1436 = mul i32 %1435, 64
	%1437 = mul i32 %1418, 8
	%1438 = add i32 %1436, %1437
	%1439 = sext i32 %1438 to i64
	%1440 = getelementptr i16, i16* %27, i64 %1439
	%1441 = add i32 %1428, 0
	%1442 = select i1 %1431, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1441, i16* %1440, i32 %1442)
	%1443 = add i32 %1429, 16
	%1444 = icmp slt i32 %1443, %N
	%1445 = select i1 %1444, i32 %1443, i32 0
	%1446 = sext i32 %1445 to i64
	%1447 = getelementptr i32, i32* %46, i64 %1446
	%1448 = load i32, i32* %1447
	%1449 = mul i32 %1448, 64
	%1450 = mul i32 %1418, 8
	%1451 = add i32 %1449, %1450
	%1452 = sext i32 %1451 to i64
	%1453 = getelementptr i16, i16* %27, i64 %1452
	%1454 = add i32 %1428, 2048
	%1455 = select i1 %1444, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1454, i16* %1453, i32 %1455)
	%1456 = add i32 %1429, 32
	%1457 = icmp slt i32 %1456, %N
	%1458 = select i1 %1457, i32 %1456, i32 0
	%1459 = sext i32 %1458 to i64
	%1460 = getelementptr i32, i32* %46, i64 %1459
	%1461 = load i32, i32* %1460
	%1462 = mul i32 %1461, 64
	%1463 = mul i32 %1418, 8
	%1464 = add i32 %1462, %1463
	%1465 = sext i32 %1464 to i64
	%1466 = getelementptr i16, i16* %27, i64 %1465
	%1467 = add i32 %1428, u0x1000
	%1468 = select i1 %1457, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1467, i16* %1466, i32 %1468)
	%1469 = add i32 %1429, 48
	%1470 = icmp slt i32 %1469, %N
	%1471 = select i1 %1470, i32 %1469, i32 0
	%1472 = sext i32 %1471 to i64
	%1473 = getelementptr i32, i32* %46, i64 %1472
	%1474 = load i32, i32* %1473
	%1475 = mul i32 %1474, 64
	%1476 = mul i32 %1418, 8
	%1477 = add i32 %1475, %1476
	%1478 = sext i32 %1477 to i64
	%1479 = getelementptr i16, i16* %27, i64 %1478
	%1480 = add i32 %1428, 6144
	%1481 = select i1 %1470, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1480, i16* %1479, i32 %1481)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1482 = and i32 %11, 7
	%1483 = lshr i32 %11, 3
	%1484 = and i32 %1483, 1
	%1485 = shl i32 %1484, 3
	%1486 = add i32 %1482, %1485
	%1487 = mul i32 %1486, 128
	%1488 = add i32 %1, %1487
	%1489 = and i32 %11, 7
	%1490 = xor i32 %101, %1489
	%1491 = shl i32 %1490, 4
	%1492 = add i32 %1488, %1491
	%1493 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1192, float %1190)
	%1494 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1244, float %1242)
	%1495 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1196, float %1194)
	%1496 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1248, float %1246)
	%1497 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1200, float %1198)
	%1498 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1252, float %1250)
	%1499 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1204, float %1202)
	%1500 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1256, float %1254)
	%1501 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1208, float %1206)
	%1502 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1260, float %1258)
	%1503 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1212, float %1210)
	%1504 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1264, float %1262)
	%1505 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1216, float %1214)
	%1506 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1268, float %1266)
	%1507 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1220, float %1218)
	%1508 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1272, float %1270)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1509 = add i32 %8, 0
	%1510 = zext i32 %1509 to i64
	%1511 = or i64 %1510, u0x4000004002000000
	%1512 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1151, float %1152, float %1153, float %1154, float %1155, float %1156, float %1157, float %1158, float %1159, float %1160, float %1161, float %1162, float %1163, float %1164, float %1165, float %1166, float %1167, float %1168, float %1169, float %1170, float %1171, float %1172, float %1173, float %1174, float %1175, float %1176, float %1177, float %1178, float %1179, float %1180, float %1181, float %1182, i32 %1493, i32 %1494, i32 %1495, i32 %1496, i64 %1511, i32 1)
	%1513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 0
	%1514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 1
	%1515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 2
	%1516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 3
	%1517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 4
	%1518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 5
	%1519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 6
	%1520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 7
	%1521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 8
	%1522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 9
	%1523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 10
	%1524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 11
	%1525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 12
	%1526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 13
	%1527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 14
	%1528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 15
	%1529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 16
	%1530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 17
	%1531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 18
	%1532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 19
	%1533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 20
	%1534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 21
	%1535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 22
	%1536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 23
	%1537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 24
	%1538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 25
	%1539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 26
	%1540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 27
	%1541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 28
	%1542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 29
	%1543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 30
	%1544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1512, 31
	%1545 = add i32 %8, 128
	%1546 = zext i32 %1545 to i64
	%1547 = or i64 %1546, u0x4000004002000000
	%1548 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1513, float %1514, float %1515, float %1516, float %1517, float %1518, float %1519, float %1520, float %1521, float %1522, float %1523, float %1524, float %1525, float %1526, float %1527, float %1528, float %1529, float %1530, float %1531, float %1532, float %1533, float %1534, float %1535, float %1536, float %1537, float %1538, float %1539, float %1540, float %1541, float %1542, float %1543, float %1544, i32 %1497, i32 %1498, i32 %1499, i32 %1500, i64 %1547, i32 1)
	%1549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 0
	%1550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 1
	%1551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 2
	%1552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 3
	%1553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 4
	%1554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 5
	%1555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 6
	%1556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 7
	%1557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 8
	%1558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 9
	%1559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 10
	%1560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 11
	%1561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 12
	%1562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 13
	%1563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 14
	%1564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 15
	%1565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 16
	%1566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 17
	%1567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 18
	%1568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 19
	%1569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 20
	%1570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 21
	%1571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 22
	%1572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 23
	%1573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 24
	%1574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 25
	%1575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 26
	%1576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 27
	%1577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 28
	%1578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 29
	%1579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 30
	%1580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1548, 31
	%1581 = add i32 %8, 256
	%1582 = zext i32 %1581 to i64
	%1583 = or i64 %1582, u0x4000004002000000
	%1584 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1549, float %1550, float %1551, float %1552, float %1553, float %1554, float %1555, float %1556, float %1557, float %1558, float %1559, float %1560, float %1561, float %1562, float %1563, float %1564, float %1565, float %1566, float %1567, float %1568, float %1569, float %1570, float %1571, float %1572, float %1573, float %1574, float %1575, float %1576, float %1577, float %1578, float %1579, float %1580, i32 %1501, i32 %1502, i32 %1503, i32 %1504, i64 %1583, i32 1)
	%1585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 0
	%1586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 1
	%1587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 2
	%1588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 3
	%1589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 4
	%1590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 5
	%1591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 6
	%1592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 7
	%1593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 8
	%1594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 9
	%1595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 10
	%1596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 11
	%1597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 12
	%1598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 13
	%1599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 14
	%1600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 15
	%1601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 16
	%1602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 17
	%1603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 18
	%1604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 19
	%1605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 20
	%1606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 21
	%1607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 22
	%1608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 23
	%1609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 24
	%1610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 25
	%1611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 26
	%1612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 27
	%1613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 28
	%1614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 29
	%1615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 30
	%1616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1584, 31
	%1617 = add i32 %8, 384
	%1618 = zext i32 %1617 to i64
	%1619 = or i64 %1618, u0x4000004002000000
	%1620 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1585, float %1586, float %1587, float %1588, float %1589, float %1590, float %1591, float %1592, float %1593, float %1594, float %1595, float %1596, float %1597, float %1598, float %1599, float %1600, float %1601, float %1602, float %1603, float %1604, float %1605, float %1606, float %1607, float %1608, float %1609, float %1610, float %1611, float %1612, float %1613, float %1614, float %1615, float %1616, i32 %1505, i32 %1506, i32 %1507, i32 %1508, i64 %1619, i32 1)
	%1621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 0
	%1622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 1
	%1623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 2
	%1624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 3
	%1625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 4
	%1626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 5
	%1627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 6
	%1628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 7
	%1629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 8
	%1630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 9
	%1631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 10
	%1632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 11
	%1633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 12
	%1634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 13
	%1635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 14
	%1636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 15
	%1637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 16
	%1638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 17
	%1639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 18
	%1640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 19
	%1641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 20
	%1642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 21
	%1643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 22
	%1644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 23
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 24
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 25
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 26
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 27
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 28
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 29
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 30
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1620, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1653 = call float asm sideeffect "", "=f,0"(float %1621)
	%1654 = call float asm sideeffect "", "=f,0"(float %1622)
	%1655 = call float asm sideeffect "", "=f,0"(float %1623)
	%1656 = call float asm sideeffect "", "=f,0"(float %1624)
	%1657 = call float asm sideeffect "", "=f,0"(float %1625)
	%1658 = call float asm sideeffect "", "=f,0"(float %1626)
	%1659 = call float asm sideeffect "", "=f,0"(float %1627)
	%1660 = call float asm sideeffect "", "=f,0"(float %1628)
	%1661 = call float asm sideeffect "", "=f,0"(float %1629)
	%1662 = call float asm sideeffect "", "=f,0"(float %1630)
	%1663 = call float asm sideeffect "", "=f,0"(float %1631)
	%1664 = call float asm sideeffect "", "=f,0"(float %1632)
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
	br i1 %1415, label %loop, label %epilogue

store0:
	%1685 = mul i32 %17, %M
	%1686 = add i32 %1685, %528
	%1687 = mul i32 %1686, 64
	%1688 = shl i32 %13, 1
	%1689 = add i32 0, %1688
	%1690 = add i32 %1687, %1689
	%1691 = sext i32 %1690 to i64
	%1692 = getelementptr i16, i16* %out, i64 %1691
	%1693 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %530, float %529)
	%1694 = bitcast i16* %1692 to i32*
	store i32 %1693, i32* %1694
	%1695 = shl i32 %13, 1
	%1696 = add i32 8, %1695
	%1697 = add i32 %1687, %1696
	%1698 = sext i32 %1697 to i64
	%1699 = getelementptr i16, i16* %out, i64 %1698
	%1700 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %532, float %531)
	%1701 = bitcast i16* %1699 to i32*
	store i32 %1700, i32* %1701
	%1702 = shl i32 %13, 1
	%1703 = add i32 16, %1702
	%1704 = add i32 %1687, %1703
	%1705 = sext i32 %1704 to i64
	%1706 = getelementptr i16, i16* %out, i64 %1705
	%1707 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %534, float %533)
	%1708 = bitcast i16* %1706 to i32*
	store i32 %1707, i32* %1708
	%1709 = shl i32 %13, 1
	%1710 = add i32 24, %1709
	%1711 = add i32 %1687, %1710
	%1712 = sext i32 %1711 to i64
	%1713 = getelementptr i16, i16* %out, i64 %1712
	%1714 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %536, float %535)
	%1715 = bitcast i16* %1713 to i32*
	store i32 %1714, i32* %1715
	%1716 = shl i32 %13, 1
	%1717 = add i32 32, %1716
	%1718 = add i32 %1687, %1717
	%1719 = sext i32 %1718 to i64
	%1720 = getelementptr i16, i16* %out, i64 %1719
	%1721 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %538, float %537)
	%1722 = bitcast i16* %1720 to i32*
	store i32 %1721, i32* %1722
	%1723 = shl i32 %13, 1
	%1724 = add i32 40, %1723
	%1725 = add i32 %1687, %1724
	%1726 = sext i32 %1725 to i64
	%1727 = getelementptr i16, i16* %out, i64 %1726
	%1728 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %540, float %539)
	%1729 = bitcast i16* %1727 to i32*
	store i32 %1728, i32* %1729
	%1730 = shl i32 %13, 1
	%1731 = add i32 48, %1730
	%1732 = add i32 %1687, %1731
	%1733 = sext i32 %1732 to i64
	%1734 = getelementptr i16, i16* %out, i64 %1733
	%1735 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %542, float %541)
	%1736 = bitcast i16* %1734 to i32*
	store i32 %1735, i32* %1736
	%1737 = shl i32 %13, 1
	%1738 = add i32 56, %1737
	%1739 = add i32 %1687, %1738
	%1740 = sext i32 %1739 to i64
	%1741 = getelementptr i16, i16* %out, i64 %1740
	%1742 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %544, float %543)
	%1743 = bitcast i16* %1741 to i32*
	store i32 %1742, i32* %1743
	br label %stored0

stored0:
	%1744 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %484, i32 1, i32 31)
	%1745 = fadd float %484, %1744
	%1746 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1745, i32 2, i32 31)
	%1747 = fadd float %1745, %1746
	%1748 = fcmp ogt float %1747, 0.0
	%1749 = fdiv float 1.0, %1747
	%1750 = select i1 %1748, float %1749, float 0.0
	%1751 = mul i32 %10, 16
	%1752 = add i32 %19, %1751
	%1753 = add i32 %12, 8
	%1754 = add i32 %1752, %1753
	%1755 = fmul float %488, %1750
	%1756 = fmul float %489, %1750
	%1757 = fmul float %492, %1750
	%1758 = fmul float %493, %1750
	%1759 = fmul float %496, %1750
	%1760 = fmul float %497, %1750
	%1761 = fmul float %500, %1750
	%1762 = fmul float %501, %1750
	%1763 = fmul float %504, %1750
	%1764 = fmul float %505, %1750
	%1765 = fmul float %508, %1750
	%1766 = fmul float %509, %1750
	%1767 = fmul float %512, %1750
	%1768 = fmul float %513, %1750
	%1769 = fmul float %516, %1750
	%1770 = fmul float %517, %1750
	%1771 = icmp slt i32 %1754, %M
	br i1 %1771, label %store1, label %stored1

store1:
	%1772 = mul i32 %17, %M
	%1773 = add i32 %1772, %1754
	%1774 = mul i32 %1773, 64
	%1775 = shl i32 %13, 1
	%1776 = add i32 0, %1775
	%1777 = add i32 %1774, %1776
	%1778 = sext i32 %1777 to i64
	%1779 = getelementptr i16, i16* %out, i64 %1778
	%1780 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1756, float %1755)
	%1781 = bitcast i16* %1779 to i32*
	store i32 %1780, i32* %1781
	%1782 = shl i32 %13, 1
	%1783 = add i32 8, %1782
	%1784 = add i32 %1774, %1783
	%1785 = sext i32 %1784 to i64
	%1786 = getelementptr i16, i16* %out, i64 %1785
	%1787 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1758, float %1757)
	%1788 = bitcast i16* %1786 to i32*
	store i32 %1787, i32* %1788
	%1789 = shl i32 %13, 1
	%1790 = add i32 16, %1789
	%1791 = add i32 %1774, %1790
	%1792 = sext i32 %1791 to i64
	%1793 = getelementptr i16, i16* %out, i64 %1792
	%1794 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1760, float %1759)
	%1795 = bitcast i16* %1793 to i32*
	store i32 %1794, i32* %1795
	%1796 = shl i32 %13, 1
	%1797 = add i32 24, %1796
	%1798 = add i32 %1774, %1797
	%1799 = sext i32 %1798 to i64
	%1800 = getelementptr i16, i16* %out, i64 %1799
	%1801 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1762, float %1761)
	%1802 = bitcast i16* %1800 to i32*
	store i32 %1801, i32* %1802
	%1803 = shl i32 %13, 1
	%1804 = add i32 32, %1803
	%1805 = add i32 %1774, %1804
	%1806 = sext i32 %1805 to i64
	%1807 = getelementptr i16, i16* %out, i64 %1806
	%1808 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1764, float %1763)
	%1809 = bitcast i16* %1807 to i32*
	store i32 %1808, i32* %1809
	%1810 = shl i32 %13, 1
	%1811 = add i32 40, %1810
	%1812 = add i32 %1774, %1811
	%1813 = sext i32 %1812 to i64
	%1814 = getelementptr i16, i16* %out, i64 %1813
	%1815 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1766, float %1765)
	%1816 = bitcast i16* %1814 to i32*
	store i32 %1815, i32* %1816
	%1817 = shl i32 %13, 1
	%1818 = add i32 48, %1817
	%1819 = add i32 %1774, %1818
	%1820 = sext i32 %1819 to i64
	%1821 = getelementptr i16, i16* %out, i64 %1820
	%1822 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1768, float %1767)
	%1823 = bitcast i16* %1821 to i32*
	store i32 %1822, i32* %1823
	%1824 = shl i32 %13, 1
	%1825 = add i32 56, %1824
	%1826 = add i32 %1774, %1825
	%1827 = sext i32 %1826 to i64
	%1828 = getelementptr i16, i16* %out, i64 %1827
	%1829 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1770, float %1769)
	%1830 = bitcast i16* %1828 to i32*
	store i32 %1829, i32* %1830
	br label %stored1

stored1:
	%1831 = icmp eq i32 %9, 0
	br i1 %1831, label %1832, label %1837

1832:
	%1833 = mul i32 %17, %NQ
	%1834 = add i32 %1833, %16
	%1835 = sext i32 %1834 to i64
	%1836 = getelementptr i32, i32* %visits, i64 %1835
	store i32 %485, i32* %1836
	br label %1837

1837:
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
