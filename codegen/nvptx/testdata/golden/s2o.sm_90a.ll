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
	%177 = phi i32 [ 0, %prologue ], [ %281, %1435 ]
	%178 = phi i32 [ %50, %prologue ], [ %288, %1435 ]
	%179 = phi float [ 0.0, %prologue ], [ %1653, %1435 ]
	%180 = phi float [ 0.0, %prologue ], [ %1654, %1435 ]
	%181 = phi float [ 0.0, %prologue ], [ %1655, %1435 ]
	%182 = phi float [ 0.0, %prologue ], [ %1656, %1435 ]
	%183 = phi float [ 0.0, %prologue ], [ %1657, %1435 ]
	%184 = phi float [ 0.0, %prologue ], [ %1658, %1435 ]
	%185 = phi float [ 0.0, %prologue ], [ %1659, %1435 ]
	%186 = phi float [ 0.0, %prologue ], [ %1660, %1435 ]
	%187 = phi float [ 0.0, %prologue ], [ %1661, %1435 ]
	%188 = phi float [ 0.0, %prologue ], [ %1662, %1435 ]
	%189 = phi float [ 0.0, %prologue ], [ %1663, %1435 ]
	%190 = phi float [ 0.0, %prologue ], [ %1664, %1435 ]
	%191 = phi float [ 0.0, %prologue ], [ %1665, %1435 ]
	%192 = phi float [ 0.0, %prologue ], [ %1666, %1435 ]
	%193 = phi float [ 0.0, %prologue ], [ %1667, %1435 ]
	%194 = phi float [ 0.0, %prologue ], [ %1668, %1435 ]
	%195 = phi float [ 0.0, %prologue ], [ %1669, %1435 ]
	%196 = phi float [ 0.0, %prologue ], [ %1670, %1435 ]
	%197 = phi float [ 0.0, %prologue ], [ %1671, %1435 ]
	%198 = phi float [ 0.0, %prologue ], [ %1672, %1435 ]
	%199 = phi float [ 0.0, %prologue ], [ %1673, %1435 ]
	%200 = phi float [ 0.0, %prologue ], [ %1674, %1435 ]
	%201 = phi float [ 0.0, %prologue ], [ %1675, %1435 ]
	%202 = phi float [ 0.0, %prologue ], [ %1676, %1435 ]
	%203 = phi float [ 0.0, %prologue ], [ %1677, %1435 ]
	%204 = phi float [ 0.0, %prologue ], [ %1678, %1435 ]
	%205 = phi float [ 0.0, %prologue ], [ %1679, %1435 ]
	%206 = phi float [ 0.0, %prologue ], [ %1680, %1435 ]
	%207 = phi float [ 0.0, %prologue ], [ %1681, %1435 ]
	%208 = phi float [ 0.0, %prologue ], [ %1682, %1435 ]
	%209 = phi float [ 0.0, %prologue ], [ %1683, %1435 ]
	%210 = phi float [ 0.0, %prologue ], [ %1684, %1435 ]
	%211 = phi float [ 0xFFF0000000000000, %prologue ], [ %1266, %1435 ]
	%212 = phi float [ 0.0, %prologue ], [ %1317, %1435 ]
	%213 = phi float [ 0xFFF0000000000000, %prologue ], [ %1318, %1435 ]
	%214 = phi float [ 0.0, %prologue ], [ %1369, %1435 ]
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
	%281 = add i32 %177, 1
	%282 = icmp slt i32 %281, %NK
	%283 = select i1 %282, i32 %281, i32 0
	%284 = add i32 %36, %283
	%285 = sext i32 %284 to i64
	%286 = getelementptr i32, i32* %list, i64 %285
	%287 = load i32, i32* %286
	%288 = select i1 %282, i32 %287, i32 -1
	%289 = icmp sge i32 %288, 0
	%290 = add i32 %NK, %177
	%291 = add i32 %36, %290
	%292 = sext i32 %291 to i64
	%293 = getelementptr i32, i32* %list, i64 %292
	%294 = load i32, i32* %293
	%295 = icmp eq i32 %294, 0
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%296 = add i32 %4, 0
	%297 = zext i32 %296 to i64
	%298 = or i64 %297, u0x4000004000010000
	%299 = add i32 %6, 0
	%300 = zext i32 %299 to i64
	%301 = or i64 %300, u0x4000004000010000
	%302 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %298, i64 %301, i32 1)
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 0
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 1
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 2
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 3
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 4
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 5
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 6
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 7
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 8
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 9
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 10
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 11
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 12
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 13
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 14
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 15
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 16
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 17
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 18
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 19
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 20
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 21
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 22
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 23
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 24
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 25
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 26
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 27
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 28
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 29
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 30
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %302, 31
	%335 = add i32 %4, 2
	%336 = zext i32 %335 to i64
	%337 = or i64 %336, u0x4000004000010000
	%338 = add i32 %6, 2
	%339 = zext i32 %338 to i64
	%340 = or i64 %339, u0x4000004000010000
	%341 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, i64 %337, i64 %340, i32 1)
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 0
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 1
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 2
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 3
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 4
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 5
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 6
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 7
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 8
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 9
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 10
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 11
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 12
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 13
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 14
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 15
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 16
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 17
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 18
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 19
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 20
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 21
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 22
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 23
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 24
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 25
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 26
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 27
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 28
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 29
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 30
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 31
	%374 = add i32 %4, 4
	%375 = zext i32 %374 to i64
	%376 = or i64 %375, u0x4000004000010000
	%377 = add i32 %6, 4
	%378 = zext i32 %377 to i64
	%379 = or i64 %378, u0x4000004000010000
	%380 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, i64 %376, i64 %379, i32 1)
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 0
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 1
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 2
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 3
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 4
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 5
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 6
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 7
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 8
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 9
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 10
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 11
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 12
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 13
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 14
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 15
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 16
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 17
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 18
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 19
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 20
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 21
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 22
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 23
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 24
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 25
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 26
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 27
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 28
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 29
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 30
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %380, 31
	%413 = add i32 %4, 6
	%414 = zext i32 %413 to i64
	%415 = or i64 %414, u0x4000004000010000
	%416 = add i32 %6, 6
	%417 = zext i32 %416 to i64
	%418 = or i64 %417, u0x4000004000010000
	%419 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, i64 %415, i64 %418, i32 1)
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 0
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 1
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 2
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 3
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 4
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 5
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 6
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 7
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 8
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 9
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 10
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 11
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 12
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 13
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 14
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 15
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 16
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 17
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 18
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 19
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 20
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 21
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 22
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 23
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 24
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 25
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 26
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 27
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 28
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 29
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 30
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %419, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%481 = call float asm sideeffect "", "=f,0"(float %449)
	%482 = call float asm sideeffect "", "=f,0"(float %450)
	%483 = call float asm sideeffect "", "=f,0"(float %451)
	call void @llvm.nvvm.barrier0()
	br i1 %289, label %prefetch, label %prefetched

epilogue:
	%484 = phi float [ 0.0, %entry ], [ %1317, %1435 ]
	%485 = phi float [ 0.0, %entry ], [ %1369, %1435 ]
	%486 = phi i32 [ 0, %entry ], [ %281, %1435 ]
	%487 = phi float [ 0.0, %entry ], [ %1653, %1435 ]
	%488 = phi float [ 0.0, %entry ], [ %1654, %1435 ]
	%489 = phi float [ 0.0, %entry ], [ %1655, %1435 ]
	%490 = phi float [ 0.0, %entry ], [ %1656, %1435 ]
	%491 = phi float [ 0.0, %entry ], [ %1657, %1435 ]
	%492 = phi float [ 0.0, %entry ], [ %1658, %1435 ]
	%493 = phi float [ 0.0, %entry ], [ %1659, %1435 ]
	%494 = phi float [ 0.0, %entry ], [ %1660, %1435 ]
	%495 = phi float [ 0.0, %entry ], [ %1661, %1435 ]
	%496 = phi float [ 0.0, %entry ], [ %1662, %1435 ]
	%497 = phi float [ 0.0, %entry ], [ %1663, %1435 ]
	%498 = phi float [ 0.0, %entry ], [ %1664, %1435 ]
	%499 = phi float [ 0.0, %entry ], [ %1665, %1435 ]
	%500 = phi float [ 0.0, %entry ], [ %1666, %1435 ]
	%501 = phi float [ 0.0, %entry ], [ %1667, %1435 ]
	%502 = phi float [ 0.0, %entry ], [ %1668, %1435 ]
	%503 = phi float [ 0.0, %entry ], [ %1669, %1435 ]
	%504 = phi float [ 0.0, %entry ], [ %1670, %1435 ]
	%505 = phi float [ 0.0, %entry ], [ %1671, %1435 ]
	%506 = phi float [ 0.0, %entry ], [ %1672, %1435 ]
	%507 = phi float [ 0.0, %entry ], [ %1673, %1435 ]
	%508 = phi float [ 0.0, %entry ], [ %1674, %1435 ]
	%509 = phi float [ 0.0, %entry ], [ %1675, %1435 ]
	%510 = phi float [ 0.0, %entry ], [ %1676, %1435 ]
	%511 = phi float [ 0.0, %entry ], [ %1677, %1435 ]
	%512 = phi float [ 0.0, %entry ], [ %1678, %1435 ]
	%513 = phi float [ 0.0, %entry ], [ %1679, %1435 ]
	%514 = phi float [ 0.0, %entry ], [ %1680, %1435 ]
	%515 = phi float [ 0.0, %entry ], [ %1681, %1435 ]
	%516 = phi float [ 0.0, %entry ], [ %1682, %1435 ]
	%517 = phi float [ 0.0, %entry ], [ %1683, %1435 ]
	%518 = phi float [ 0.0, %entry ], [ %1684, %1435 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	%519 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %484, i32 1, i32 31)
	%520 = fadd float %484, %519
	%521 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %520, i32 2, i32 31)
	%522 = fadd float %520, %521
	%523 = fcmp ogt float %522, 0.0
	%524 = fdiv float 1.0, %522
	%525 = select i1 %523, float %524, float 0.0
	%526 = mul i32 %10, 16
	%527 = add i32 %19, %526
	%528 = add i32 %12, 0
	%529 = add i32 %527, %528
	%530 = fmul float %487, %525
	%531 = fmul float %488, %525
	%532 = fmul float %491, %525
	%533 = fmul float %492, %525
	%534 = fmul float %495, %525
	%535 = fmul float %496, %525
	%536 = fmul float %499, %525
	%537 = fmul float %500, %525
	%538 = fmul float %503, %525
	%539 = fmul float %504, %525
	%540 = fmul float %507, %525
	%541 = fmul float %508, %525
	%542 = fmul float %511, %525
	%543 = fmul float %512, %525
	%544 = fmul float %515, %525
	%545 = fmul float %516, %525
	%546 = icmp slt i32 %529, %M
	br i1 %546, label %store0, label %stored0

prefetch:
	%547 = mul i32 %288, 64
	%548 = lshr i32 %9, 3
	%549 = and i32 %9, 7
	%550 = lshr i32 %549, 3
	%551 = mul i32 %550, u0x2000
	%552 = and i32 %549, 7
	%553 = and i32 %548, 7
	%554 = xor i32 %552, %553
	%555 = mul i32 %548, 128
	%556 = shl i32 %554, 4
	%557 = add i32 %555, %556
	%558 = add i32 %551, %557
	%559 = add i32 %0, %558
	%560 = add i32 %547, %548
	%561 = add i32 %560, 0
	%562 = icmp slt i32 %561, %N
	%563 = select i1 %562, i32 %561, i32 0
	%564 = sext i32 %563 to i64
	%565 = getelementptr i32, i32* %46, i64 %564
	%566 = load i32, i32* %565
	%567 = mul i32 %566, 64
	%568 = mul i32 %549, 8
	%569 = add i32 %567, %568
	%570 = sext i32 %569 to i64
	%571 = getelementptr i16, i16* %27, i64 %570
	%572 = add i32 %559, 0
	%573 = select i1 %562, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %572, i16* %571, i32 %573)
	%574 = add i32 %560, 16
	%575 = icmp slt i32 %574, %N
	%576 = select i1 %575, i32 %574, i32 0
	%577 = sext i32 %576 to i64
	%578 = getelementptr i32, i32* %46, i64 %577
	%579 = load i32, i32* %578
	%580 = mul i32 %579, 64
	%581 = mul i32 %549, 8
	%582 = add i32 %580, %581
	%583 = sext i32 %582 to i64
	%584 = getelementptr i16, i16* %27, i64 %583
	%585 = add i32 %559, 2048
	%586 = select i1 %575, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %585, i16* %584, i32 %586)
	%587 = add i32 %560, 32
	%588 = icmp slt i32 %587, %N
	%589 = select i1 %588, i32 %587, i32 0
	%590 = sext i32 %589 to i64
	%591 = getelementptr i32, i32* %46, i64 %590
	%592 = load i32, i32* %591
	%593 = mul i32 %592, 64
	%594 = mul i32 %549, 8
	%595 = add i32 %593, %594
	%596 = sext i32 %595 to i64
	%597 = getelementptr i16, i16* %27, i64 %596
	%598 = add i32 %559, u0x1000
	%599 = select i1 %588, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %598, i16* %597, i32 %599)
	%600 = add i32 %560, 48
	%601 = icmp slt i32 %600, %N
	%602 = select i1 %601, i32 %600, i32 0
	%603 = sext i32 %602 to i64
	%604 = getelementptr i32, i32* %46, i64 %603
	%605 = load i32, i32* %604
	%606 = mul i32 %605, 64
	%607 = mul i32 %549, 8
	%608 = add i32 %606, %607
	%609 = sext i32 %608 to i64
	%610 = getelementptr i16, i16* %27, i64 %609
	%611 = add i32 %559, 6144
	%612 = select i1 %601, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %611, i16* %610, i32 %612)
	br label %prefetched

prefetched:
	call void asm sideeffect "cp.async.commit_group;", ""()
	%613 = mul i32 %10, 16
	%614 = add i32 %19, %613
	%615 = add i32 %12, 0
	%616 = add i32 %614, %615
	%617 = mul i32 %10, 16
	%618 = add i32 %19, %617
	%619 = add i32 %12, 8
	%620 = add i32 %618, %619
	%621 = sitofp i32 %17 to float
	%622 = add i32 %40, %178
	%623 = sext i32 %622 to i64
	%624 = getelementptr i8, i8* %cls, i64 %623
	%625 = load i8, i8* %624
	%626 = icmp ne i8 %625, 2
	br i1 %626, label %partial, label %softmax

partial:
	%627 = shl i32 %13, 1
	%628 = add i32 0, %627
	%629 = add i32 %215, %628
	%630 = icmp slt i32 %629, %N
	%631 = select i1 %630, i32 %629, i32 0
	%632 = sitofp i32 %616 to float
	%633 = sext i32 %631 to i64
	%634 = getelementptr i32, i32* %46, i64 %633
	%635 = load i32, i32* %634
	%636 = sitofp i32 %635 to float
	%637 = fcmp ole float %636, %632
	%638 = uitofp i1 %637 to float
	%639 = fcmp une float %638, 0.0
	%640 = and i1 %630, %639
	%641 = select i1 %640, float %452, float 0xFFF0000000000000
	%642 = shl i32 %13, 1
	%643 = add i32 1, %642
	%644 = add i32 %215, %643
	%645 = icmp slt i32 %644, %N
	%646 = select i1 %645, i32 %644, i32 0
	%647 = sitofp i32 %616 to float
	%648 = sext i32 %646 to i64
	%649 = getelementptr i32, i32* %46, i64 %648
	%650 = load i32, i32* %649
	%651 = sitofp i32 %650 to float
	%652 = fcmp ole float %651, %647
	%653 = uitofp i1 %652 to float
	%654 = fcmp une float %653, 0.0
	%655 = and i1 %645, %654
	%656 = select i1 %655, float %453, float 0xFFF0000000000000
	%657 = shl i32 %13, 1
	%658 = add i32 0, %657
	%659 = add i32 %215, %658
	%660 = icmp slt i32 %659, %N
	%661 = select i1 %660, i32 %659, i32 0
	%662 = sitofp i32 %620 to float
	%663 = sext i32 %661 to i64
	%664 = getelementptr i32, i32* %46, i64 %663
	%665 = load i32, i32* %664
	%666 = sitofp i32 %665 to float
	%667 = fcmp ole float %666, %662
	%668 = uitofp i1 %667 to float
	%669 = fcmp une float %668, 0.0
	%670 = and i1 %660, %669
	%671 = select i1 %670, float %454, float 0xFFF0000000000000
	%672 = shl i32 %13, 1
	%673 = add i32 1, %672
	%674 = add i32 %215, %673
	%675 = icmp slt i32 %674, %N
	%676 = select i1 %675, i32 %674, i32 0
	%677 = sitofp i32 %620 to float
	%678 = sext i32 %676 to i64
	%679 = getelementptr i32, i32* %46, i64 %678
	%680 = load i32, i32* %679
	%681 = sitofp i32 %680 to float
	%682 = fcmp ole float %681, %677
	%683 = uitofp i1 %682 to float
	%684 = fcmp une float %683, 0.0
	%685 = and i1 %675, %684
	%686 = select i1 %685, float %455, float 0xFFF0000000000000
	%687 = shl i32 %13, 1
	%688 = add i32 8, %687
	%689 = add i32 %215, %688
	%690 = icmp slt i32 %689, %N
	%691 = select i1 %690, i32 %689, i32 0
	%692 = sitofp i32 %616 to float
	%693 = sext i32 %691 to i64
	%694 = getelementptr i32, i32* %46, i64 %693
	%695 = load i32, i32* %694
	%696 = sitofp i32 %695 to float
	%697 = fcmp ole float %696, %692
	%698 = uitofp i1 %697 to float
	%699 = fcmp une float %698, 0.0
	%700 = and i1 %690, %699
	%701 = select i1 %700, float %456, float 0xFFF0000000000000
	%702 = shl i32 %13, 1
	%703 = add i32 9, %702
	%704 = add i32 %215, %703
	%705 = icmp slt i32 %704, %N
	%706 = select i1 %705, i32 %704, i32 0
	%707 = sitofp i32 %616 to float
	%708 = sext i32 %706 to i64
	%709 = getelementptr i32, i32* %46, i64 %708
	%710 = load i32, i32* %709
	%711 = sitofp i32 %710 to float
	%712 = fcmp ole float %711, %707
	%713 = uitofp i1 %712 to float
	%714 = fcmp une float %713, 0.0
	%715 = and i1 %705, %714
	%716 = select i1 %715, float %457, float 0xFFF0000000000000
	%717 = shl i32 %13, 1
	%718 = add i32 8, %717
	%719 = add i32 %215, %718
	%720 = icmp slt i32 %719, %N
	%721 = select i1 %720, i32 %719, i32 0
	%722 = sitofp i32 %620 to float
	%723 = sext i32 %721 to i64
	%724 = getelementptr i32, i32* %46, i64 %723
	%725 = load i32, i32* %724
	%726 = sitofp i32 %725 to float
	%727 = fcmp ole float %726, %722
	%728 = uitofp i1 %727 to float
	%729 = fcmp une float %728, 0.0
	%730 = and i1 %720, %729
	%731 = select i1 %730, float %458, float 0xFFF0000000000000
	%732 = shl i32 %13, 1
	%733 = add i32 9, %732
	%734 = add i32 %215, %733
	%735 = icmp slt i32 %734, %N
	%736 = select i1 %735, i32 %734, i32 0
	%737 = sitofp i32 %620 to float
	%738 = sext i32 %736 to i64
	%739 = getelementptr i32, i32* %46, i64 %738
	%740 = load i32, i32* %739
	%741 = sitofp i32 %740 to float
	%742 = fcmp ole float %741, %737
	%743 = uitofp i1 %742 to float
	%744 = fcmp une float %743, 0.0
	%745 = and i1 %735, %744
	%746 = select i1 %745, float %459, float 0xFFF0000000000000
	%747 = shl i32 %13, 1
	%748 = add i32 16, %747
	%749 = add i32 %215, %748
	%750 = icmp slt i32 %749, %N
	%751 = select i1 %750, i32 %749, i32 0
	%752 = sitofp i32 %616 to float
	%753 = sext i32 %751 to i64
	%754 = getelementptr i32, i32* %46, i64 %753
	%755 = load i32, i32* %754
	%756 = sitofp i32 %755 to float
	%757 = fcmp ole float %756, %752
	%758 = uitofp i1 %757 to float
	%759 = fcmp une float %758, 0.0
	%760 = and i1 %750, %759
	%761 = select i1 %760, float %460, float 0xFFF0000000000000
	%762 = shl i32 %13, 1
	%763 = add i32 17, %762
	%764 = add i32 %215, %763
	%765 = icmp slt i32 %764, %N
	%766 = select i1 %765, i32 %764, i32 0
	%767 = sitofp i32 %616 to float
	%768 = sext i32 %766 to i64
	%769 = getelementptr i32, i32* %46, i64 %768
	%770 = load i32, i32* %769
	%771 = sitofp i32 %770 to float
	%772 = fcmp ole float %771, %767
	%773 = uitofp i1 %772 to float
	%774 = fcmp une float %773, 0.0
	%775 = and i1 %765, %774
	%776 = select i1 %775, float %461, float 0xFFF0000000000000
	%777 = shl i32 %13, 1
	%778 = add i32 16, %777
	%779 = add i32 %215, %778
	%780 = icmp slt i32 %779, %N
	%781 = select i1 %780, i32 %779, i32 0
	%782 = sitofp i32 %620 to float
	%783 = sext i32 %781 to i64
	%784 = getelementptr i32, i32* %46, i64 %783
	%785 = load i32, i32* %784
	%786 = sitofp i32 %785 to float
	%787 = fcmp ole float %786, %782
	%788 = uitofp i1 %787 to float
	%789 = fcmp une float %788, 0.0
	%790 = and i1 %780, %789
	%791 = select i1 %790, float %462, float 0xFFF0000000000000
	%792 = shl i32 %13, 1
	%793 = add i32 17, %792
	%794 = add i32 %215, %793
	%795 = icmp slt i32 %794, %N
	%796 = select i1 %795, i32 %794, i32 0
	%797 = sitofp i32 %620 to float
	%798 = sext i32 %796 to i64
	%799 = getelementptr i32, i32* %46, i64 %798
	%800 = load i32, i32* %799
	%801 = sitofp i32 %800 to float
	%802 = fcmp ole float %801, %797
	%803 = uitofp i1 %802 to float
	%804 = fcmp une float %803, 0.0
	%805 = and i1 %795, %804
	%806 = select i1 %805, float %463, float 0xFFF0000000000000
	%807 = shl i32 %13, 1
	%808 = add i32 24, %807
	%809 = add i32 %215, %808
	%810 = icmp slt i32 %809, %N
	%811 = select i1 %810, i32 %809, i32 0
	%812 = sitofp i32 %616 to float
	%813 = sext i32 %811 to i64
	%814 = getelementptr i32, i32* %46, i64 %813
	%815 = load i32, i32* %814
	%816 = sitofp i32 %815 to float
	%817 = fcmp ole float %816, %812
	%818 = uitofp i1 %817 to float
	%819 = fcmp une float %818, 0.0
	%820 = and i1 %810, %819
	%821 = select i1 %820, float %464, float 0xFFF0000000000000
	%822 = shl i32 %13, 1
	%823 = add i32 25, %822
	%824 = add i32 %215, %823
	%825 = icmp slt i32 %824, %N
	%826 = select i1 %825, i32 %824, i32 0
	%827 = sitofp i32 %616 to float
	%828 = sext i32 %826 to i64
	%829 = getelementptr i32, i32* %46, i64 %828
	%830 = load i32, i32* %829
	%831 = sitofp i32 %830 to float
	%832 = fcmp ole float %831, %827
	%833 = uitofp i1 %832 to float
	%834 = fcmp une float %833, 0.0
	%835 = and i1 %825, %834
	%836 = select i1 %835, float %465, float 0xFFF0000000000000
	%837 = shl i32 %13, 1
	%838 = add i32 24, %837
	%839 = add i32 %215, %838
	%840 = icmp slt i32 %839, %N
	%841 = select i1 %840, i32 %839, i32 0
	%842 = sitofp i32 %620 to float
	%843 = sext i32 %841 to i64
	%844 = getelementptr i32, i32* %46, i64 %843
	%845 = load i32, i32* %844
	%846 = sitofp i32 %845 to float
	%847 = fcmp ole float %846, %842
	%848 = uitofp i1 %847 to float
	%849 = fcmp une float %848, 0.0
	%850 = and i1 %840, %849
	%851 = select i1 %850, float %466, float 0xFFF0000000000000
	%852 = shl i32 %13, 1
	%853 = add i32 25, %852
	%854 = add i32 %215, %853
	%855 = icmp slt i32 %854, %N
	%856 = select i1 %855, i32 %854, i32 0
	%857 = sitofp i32 %620 to float
	%858 = sext i32 %856 to i64
	%859 = getelementptr i32, i32* %46, i64 %858
	%860 = load i32, i32* %859
	%861 = sitofp i32 %860 to float
	%862 = fcmp ole float %861, %857
	%863 = uitofp i1 %862 to float
	%864 = fcmp une float %863, 0.0
	%865 = and i1 %855, %864
	%866 = select i1 %865, float %467, float 0xFFF0000000000000
	%867 = shl i32 %13, 1
	%868 = add i32 32, %867
	%869 = add i32 %215, %868
	%870 = icmp slt i32 %869, %N
	%871 = select i1 %870, i32 %869, i32 0
	%872 = sitofp i32 %616 to float
	%873 = sext i32 %871 to i64
	%874 = getelementptr i32, i32* %46, i64 %873
	%875 = load i32, i32* %874
	%876 = sitofp i32 %875 to float
	%877 = fcmp ole float %876, %872
	%878 = uitofp i1 %877 to float
	%879 = fcmp une float %878, 0.0
	%880 = and i1 %870, %879
	%881 = select i1 %880, float %468, float 0xFFF0000000000000
	%882 = shl i32 %13, 1
	%883 = add i32 33, %882
	%884 = add i32 %215, %883
	%885 = icmp slt i32 %884, %N
	%886 = select i1 %885, i32 %884, i32 0
	%887 = sitofp i32 %616 to float
	%888 = sext i32 %886 to i64
	%889 = getelementptr i32, i32* %46, i64 %888
	%890 = load i32, i32* %889
	%891 = sitofp i32 %890 to float
	%892 = fcmp ole float %891, %887
	%893 = uitofp i1 %892 to float
	%894 = fcmp une float %893, 0.0
	%895 = and i1 %885, %894
	%896 = select i1 %895, float %469, float 0xFFF0000000000000
	%897 = shl i32 %13, 1
	%898 = add i32 32, %897
	%899 = add i32 %215, %898
	%900 = icmp slt i32 %899, %N
	%901 = select i1 %900, i32 %899, i32 0
	%902 = sitofp i32 %620 to float
	%903 = sext i32 %901 to i64
	%904 = getelementptr i32, i32* %46, i64 %903
	%905 = load i32, i32* %904
	%906 = sitofp i32 %905 to float
	%907 = fcmp ole float %906, %902
	%908 = uitofp i1 %907 to float
	%909 = fcmp une float %908, 0.0
	%910 = and i1 %900, %909
	%911 = select i1 %910, float %470, float 0xFFF0000000000000
	%912 = shl i32 %13, 1
	%913 = add i32 33, %912
	%914 = add i32 %215, %913
	%915 = icmp slt i32 %914, %N
	%916 = select i1 %915, i32 %914, i32 0
	%917 = sitofp i32 %620 to float
	%918 = sext i32 %916 to i64
	%919 = getelementptr i32, i32* %46, i64 %918
	%920 = load i32, i32* %919
	%921 = sitofp i32 %920 to float
	%922 = fcmp ole float %921, %917
	%923 = uitofp i1 %922 to float
	%924 = fcmp une float %923, 0.0
	%925 = and i1 %915, %924
	%926 = select i1 %925, float %471, float 0xFFF0000000000000
	%927 = shl i32 %13, 1
	%928 = add i32 40, %927
	%929 = add i32 %215, %928
	%930 = icmp slt i32 %929, %N
	%931 = select i1 %930, i32 %929, i32 0
	%932 = sitofp i32 %616 to float
	%933 = sext i32 %931 to i64
	%934 = getelementptr i32, i32* %46, i64 %933
	%935 = load i32, i32* %934
	%936 = sitofp i32 %935 to float
	%937 = fcmp ole float %936, %932
	%938 = uitofp i1 %937 to float
	%939 = fcmp une float %938, 0.0
	%940 = and i1 %930, %939
	%941 = select i1 %940, float %472, float 0xFFF0000000000000
	%942 = shl i32 %13, 1
	%943 = add i32 41, %942
	%944 = add i32 %215, %943
	%945 = icmp slt i32 %944, %N
	%946 = select i1 %945, i32 %944, i32 0
	%947 = sitofp i32 %616 to float
	%948 = sext i32 %946 to i64
	%949 = getelementptr i32, i32* %46, i64 %948
	%950 = load i32, i32* %949
	%951 = sitofp i32 %950 to float
	%952 = fcmp ole float %951, %947
	%953 = uitofp i1 %952 to float
	%954 = fcmp une float %953, 0.0
	%955 = and i1 %945, %954
	%956 = select i1 %955, float %473, float 0xFFF0000000000000
	%957 = shl i32 %13, 1
	%958 = add i32 40, %957
	%959 = add i32 %215, %958
	%960 = icmp slt i32 %959, %N
	%961 = select i1 %960, i32 %959, i32 0
	%962 = sitofp i32 %620 to float
	%963 = sext i32 %961 to i64
	%964 = getelementptr i32, i32* %46, i64 %963
	%965 = load i32, i32* %964
	%966 = sitofp i32 %965 to float
	%967 = fcmp ole float %966, %962
	%968 = uitofp i1 %967 to float
	%969 = fcmp une float %968, 0.0
	%970 = and i1 %960, %969
	%971 = select i1 %970, float %474, float 0xFFF0000000000000
	%972 = shl i32 %13, 1
	%973 = add i32 41, %972
	%974 = add i32 %215, %973
	%975 = icmp slt i32 %974, %N
	%976 = select i1 %975, i32 %974, i32 0
	%977 = sitofp i32 %620 to float
	%978 = sext i32 %976 to i64
	%979 = getelementptr i32, i32* %46, i64 %978
	%980 = load i32, i32* %979
	%981 = sitofp i32 %980 to float
	%982 = fcmp ole float %981, %977
	%983 = uitofp i1 %982 to float
	%984 = fcmp une float %983, 0.0
	%985 = and i1 %975, %984
	%986 = select i1 %985, float %475, float 0xFFF0000000000000
	%987 = shl i32 %13, 1
	%988 = add i32 48, %987
	%989 = add i32 %215, %988
	%990 = icmp slt i32 %989, %N
	%991 = select i1 %990, i32 %989, i32 0
	%992 = sitofp i32 %616 to float
	%993 = sext i32 %991 to i64
	%994 = getelementptr i32, i32* %46, i64 %993
	%995 = load i32, i32* %994
	%996 = sitofp i32 %995 to float
	%997 = fcmp ole float %996, %992
	%998 = uitofp i1 %997 to float
	%999 = fcmp une float %998, 0.0
	%1000 = and i1 %990, %999
	%1001 = select i1 %1000, float %476, float 0xFFF0000000000000
	%1002 = shl i32 %13, 1
	%1003 = add i32 49, %1002
	%1004 = add i32 %215, %1003
	%1005 = icmp slt i32 %1004, %N
	%1006 = select i1 %1005, i32 %1004, i32 0
	%1007 = sitofp i32 %616 to float
	%1008 = sext i32 %1006 to i64
	%1009 = getelementptr i32, i32* %46, i64 %1008
	%1010 = load i32, i32* %1009
	%1011 = sitofp i32 %1010 to float
	%1012 = fcmp ole float %1011, %1007
	%1013 = uitofp i1 %1012 to float
	%1014 = fcmp une float %1013, 0.0
	%1015 = and i1 %1005, %1014
	%1016 = select i1 %1015, float %477, float 0xFFF0000000000000
	%1017 = shl i32 %13, 1
	%1018 = add i32 48, %1017
	%1019 = add i32 %215, %1018
	%1020 = icmp slt i32 %1019, %N
	%1021 = select i1 %1020, i32 %1019, i32 0
	%1022 = sitofp i32 %620 to float
	%1023 = sext i32 %1021 to i64
	%1024 = getelementptr i32, i32* %46, i64 %1023
	%1025 = load i32, i32* %1024
	%1026 = sitofp i32 %1025 to float
	%1027 = fcmp ole float %1026, %1022
	%1028 = uitofp i1 %1027 to float
	%1029 = fcmp une float %1028, 0.0
	%1030 = and i1 %1020, %1029
	%1031 = select i1 %1030, float %478, float 0xFFF0000000000000
	%1032 = shl i32 %13, 1
	%1033 = add i32 49, %1032
	%1034 = add i32 %215, %1033
	%1035 = icmp slt i32 %1034, %N
	%1036 = select i1 %1035, i32 %1034, i32 0
	%1037 = sitofp i32 %620 to float
	%1038 = sext i32 %1036 to i64
	%1039 = getelementptr i32, i32* %46, i64 %1038
	%1040 = load i32, i32* %1039
	%1041 = sitofp i32 %1040 to float
	%1042 = fcmp ole float %1041, %1037
	%1043 = uitofp i1 %1042 to float
	%1044 = fcmp une float %1043, 0.0
	%1045 = and i1 %1035, %1044
	%1046 = select i1 %1045, float %479, float 0xFFF0000000000000
	%1047 = shl i32 %13, 1
	%1048 = add i32 56, %1047
	%1049 = add i32 %215, %1048
	%1050 = icmp slt i32 %1049, %N
	%1051 = select i1 %1050, i32 %1049, i32 0
	%1052 = sitofp i32 %616 to float
	%1053 = sext i32 %1051 to i64
	%1054 = getelementptr i32, i32* %46, i64 %1053
	%1055 = load i32, i32* %1054
	%1056 = sitofp i32 %1055 to float
	%1057 = fcmp ole float %1056, %1052
	%1058 = uitofp i1 %1057 to float
	%1059 = fcmp une float %1058, 0.0
	%1060 = and i1 %1050, %1059
	%1061 = select i1 %1060, float %480, float 0xFFF0000000000000
	%1062 = shl i32 %13, 1
	%1063 = add i32 57, %1062
	%1064 = add i32 %215, %1063
	%1065 = icmp slt i32 %1064, %N
	%1066 = select i1 %1065, i32 %1064, i32 0
	%1067 = sitofp i32 %616 to float
	%1068 = sext i32 %1066 to i64
	%1069 = getelementptr i32, i32* %46, i64 %1068
	%1070 = load i32, i32* %1069
	%1071 = sitofp i32 %1070 to float
	%1072 = fcmp ole float %1071, %1067
	%1073 = uitofp i1 %1072 to float
	%1074 = fcmp une float %1073, 0.0
	%1075 = and i1 %1065, %1074
	%1076 = select i1 %1075, float %481, float 0xFFF0000000000000
	%1077 = shl i32 %13, 1
	%1078 = add i32 56, %1077
	%1079 = add i32 %215, %1078
	%1080 = icmp slt i32 %1079, %N
	%1081 = select i1 %1080, i32 %1079, i32 0
	%1082 = sitofp i32 %620 to float
	%1083 = sext i32 %1081 to i64
	%1084 = getelementptr i32, i32* %46, i64 %1083
	%1085 = load i32, i32* %1084
	%1086 = sitofp i32 %1085 to float
	%1087 = fcmp ole float %1086, %1082
	%1088 = uitofp i1 %1087 to float
	%1089 = fcmp une float %1088, 0.0
	%1090 = and i1 %1080, %1089
	%1091 = select i1 %1090, float %482, float 0xFFF0000000000000
	%1092 = shl i32 %13, 1
	%1093 = add i32 57, %1092
	%1094 = add i32 %215, %1093
	%1095 = icmp slt i32 %1094, %N
	%1096 = select i1 %1095, i32 %1094, i32 0
	%1097 = sitofp i32 %620 to float
	%1098 = sext i32 %1096 to i64
	%1099 = getelementptr i32, i32* %46, i64 %1098
	%1100 = load i32, i32* %1099
	%1101 = sitofp i32 %1100 to float
	%1102 = fcmp ole float %1101, %1097
	%1103 = uitofp i1 %1102 to float
	%1104 = fcmp une float %1103, 0.0
	%1105 = and i1 %1095, %1104
	%1106 = select i1 %1105, float %483, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1107 = phi float [ %452, %prefetched ], [ %641, %partial ]
	%1108 = phi float [ %453, %prefetched ], [ %656, %partial ]
	%1109 = phi float [ %454, %prefetched ], [ %671, %partial ]
	%1110 = phi float [ %455, %prefetched ], [ %686, %partial ]
	%1111 = phi float [ %456, %prefetched ], [ %701, %partial ]
	%1112 = phi float [ %457, %prefetched ], [ %716, %partial ]
	%1113 = phi float [ %458, %prefetched ], [ %731, %partial ]
	%1114 = phi float [ %459, %prefetched ], [ %746, %partial ]
	%1115 = phi float [ %460, %prefetched ], [ %761, %partial ]
	%1116 = phi float [ %461, %prefetched ], [ %776, %partial ]
	%1117 = phi float [ %462, %prefetched ], [ %791, %partial ]
	%1118 = phi float [ %463, %prefetched ], [ %806, %partial ]
	%1119 = phi float [ %464, %prefetched ], [ %821, %partial ]
	%1120 = phi float [ %465, %prefetched ], [ %836, %partial ]
	%1121 = phi float [ %466, %prefetched ], [ %851, %partial ]
	%1122 = phi float [ %467, %prefetched ], [ %866, %partial ]
	%1123 = phi float [ %468, %prefetched ], [ %881, %partial ]
	%1124 = phi float [ %469, %prefetched ], [ %896, %partial ]
	%1125 = phi float [ %470, %prefetched ], [ %911, %partial ]
	%1126 = phi float [ %471, %prefetched ], [ %926, %partial ]
	%1127 = phi float [ %472, %prefetched ], [ %941, %partial ]
	%1128 = phi float [ %473, %prefetched ], [ %956, %partial ]
	%1129 = phi float [ %474, %prefetched ], [ %971, %partial ]
	%1130 = phi float [ %475, %prefetched ], [ %986, %partial ]
	%1131 = phi float [ %476, %prefetched ], [ %1001, %partial ]
	%1132 = phi float [ %477, %prefetched ], [ %1016, %partial ]
	%1133 = phi float [ %478, %prefetched ], [ %1031, %partial ]
	%1134 = phi float [ %479, %prefetched ], [ %1046, %partial ]
	%1135 = phi float [ %480, %prefetched ], [ %1061, %partial ]
	%1136 = phi float [ %481, %prefetched ], [ %1076, %partial ]
	%1137 = phi float [ %482, %prefetched ], [ %1091, %partial ]
	%1138 = phi float [ %483, %prefetched ], [ %1106, %partial ]
	%1139 = call float @llvm.nvvm.fmax.f(float %1107, float %1108)
	%1140 = call float @llvm.nvvm.fmax.f(float %1111, float %1112)
	%1141 = call float @llvm.nvvm.fmax.f(float %1115, float %1116)
	%1142 = call float @llvm.nvvm.fmax.f(float %1119, float %1120)
	%1143 = call float @llvm.nvvm.fmax.f(float %1123, float %1124)
	%1144 = call float @llvm.nvvm.fmax.f(float %1127, float %1128)
	%1145 = call float @llvm.nvvm.fmax.f(float %1131, float %1132)
	%1146 = call float @llvm.nvvm.fmax.f(float %1135, float %1136)
	%1147 = call float @llvm.nvvm.fmax.f(float %1139, float %1140)
	%1148 = call float @llvm.nvvm.fmax.f(float %1141, float %1142)
	%1149 = call float @llvm.nvvm.fmax.f(float %1143, float %1144)
	%1150 = call float @llvm.nvvm.fmax.f(float %1145, float %1146)
	%1151 = call float @llvm.nvvm.fmax.f(float %1147, float %1148)
	%1152 = call float @llvm.nvvm.fmax.f(float %1149, float %1150)
	%1153 = call float @llvm.nvvm.fmax.f(float %1151, float %1152)
	%1154 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1153, i32 1, i32 31)
	%1155 = call float @llvm.nvvm.fmax.f(float %1153, float %1154)
	%1156 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1155, i32 2, i32 31)
	%1157 = call float @llvm.nvvm.fmax.f(float %1155, float %1156)
	%1158 = fmul float %1157, 0x3FC7154760000000
	%1159 = call float @llvm.nvvm.fmax.f(float %211, float %1158)
	%1160 = fadd float %211, 8.0
	%1161 = fcmp ogt float %1159, %1160
	%1162 = or i1 false, %1161
	%1163 = call float @llvm.nvvm.fmax.f(float %1109, float %1110)
	%1164 = call float @llvm.nvvm.fmax.f(float %1113, float %1114)
	%1165 = call float @llvm.nvvm.fmax.f(float %1117, float %1118)
	%1166 = call float @llvm.nvvm.fmax.f(float %1121, float %1122)
	%1167 = call float @llvm.nvvm.fmax.f(float %1125, float %1126)
	%1168 = call float @llvm.nvvm.fmax.f(float %1129, float %1130)
	%1169 = call float @llvm.nvvm.fmax.f(float %1133, float %1134)
	%1170 = call float @llvm.nvvm.fmax.f(float %1137, float %1138)
	%1171 = call float @llvm.nvvm.fmax.f(float %1163, float %1164)
	%1172 = call float @llvm.nvvm.fmax.f(float %1165, float %1166)
	%1173 = call float @llvm.nvvm.fmax.f(float %1167, float %1168)
	%1174 = call float @llvm.nvvm.fmax.f(float %1169, float %1170)
	%1175 = call float @llvm.nvvm.fmax.f(float %1171, float %1172)
	%1176 = call float @llvm.nvvm.fmax.f(float %1173, float %1174)
	%1177 = call float @llvm.nvvm.fmax.f(float %1175, float %1176)
	%1178 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1177, i32 1, i32 31)
	%1179 = call float @llvm.nvvm.fmax.f(float %1177, float %1178)
	%1180 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1179, i32 2, i32 31)
	%1181 = call float @llvm.nvvm.fmax.f(float %1179, float %1180)
	%1182 = fmul float %1181, 0x3FC7154760000000
	%1183 = call float @llvm.nvvm.fmax.f(float %213, float %1182)
	%1184 = fadd float %213, 8.0
	%1185 = fcmp ogt float %1183, %1184
	%1186 = or i1 %1162, %1185
	%1187 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1186)
	br i1 %1187, label %1188, label %1231

1188:
	%1189 = fcmp oeq float %1159, 0xFFF0000000000000
	%1190 = select i1 %1189, float 0.0, float %1159
	%1191 = fsub float %211, %1190
	%1192 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1191)
	%1193 = fcmp oeq float %1183, 0xFFF0000000000000
	%1194 = select i1 %1193, float 0.0, float %1183
	%1195 = fsub float %213, %1194
	%1196 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1195)
	%1197 = fmul float %179, %1192
	%1198 = fmul float %180, %1192
	%1199 = fmul float %181, %1196
	%1200 = fmul float %182, %1196
	%1201 = fmul float %183, %1192
	%1202 = fmul float %184, %1192
	%1203 = fmul float %185, %1196
	%1204 = fmul float %186, %1196
	%1205 = fmul float %187, %1192
	%1206 = fmul float %188, %1192
	%1207 = fmul float %189, %1196
	%1208 = fmul float %190, %1196
	%1209 = fmul float %191, %1192
	%1210 = fmul float %192, %1192
	%1211 = fmul float %193, %1196
	%1212 = fmul float %194, %1196
	%1213 = fmul float %195, %1192
	%1214 = fmul float %196, %1192
	%1215 = fmul float %197, %1196
	%1216 = fmul float %198, %1196
	%1217 = fmul float %199, %1192
	%1218 = fmul float %200, %1192
	%1219 = fmul float %201, %1196
	%1220 = fmul float %202, %1196
	%1221 = fmul float %203, %1192
	%1222 = fmul float %204, %1192
	%1223 = fmul float %205, %1196
	%1224 = fmul float %206, %1196
	%1225 = fmul float %207, %1192
	%1226 = fmul float %208, %1192
	%1227 = fmul float %209, %1196
	%1228 = fmul float %210, %1196
	%1229 = fmul float %212, %1192
	%1230 = fmul float %214, %1196
	br label %1231

1231:
	%1232 = phi float [ %179, %softmax ], [ %1197, %1188 ]
	%1233 = phi float [ %180, %softmax ], [ %1198, %1188 ]
	%1234 = phi float [ %181, %softmax ], [ %1199, %1188 ]
	%1235 = phi float [ %182, %softmax ], [ %1200, %1188 ]
	%1236 = phi float [ %183, %softmax ], [ %1201, %1188 ]
	%1237 = phi float [ %184, %softmax ], [ %1202, %1188 ]
	%1238 = phi float [ %185, %softmax ], [ %1203, %1188 ]
	%1239 = phi float [ %186, %softmax ], [ %1204, %1188 ]
	%1240 = phi float [ %187, %softmax ], [ %1205, %1188 ]
	%1241 = phi float [ %188, %softmax ], [ %1206, %1188 ]
	%1242 = phi float [ %189, %softmax ], [ %1207, %1188 ]
	%1243 = phi float [ %190, %softmax ], [ %1208, %1188 ]
	%1244 = phi float [ %191, %softmax ], [ %1209, %1188 ]
	%1245 = phi float [ %192, %softmax ], [ %1210, %1188 ]
	%1246 = phi float [ %193, %softmax ], [ %1211, %1188 ]
	%1247 = phi float [ %194, %softmax ], [ %1212, %1188 ]
	%1248 = phi float [ %195, %softmax ], [ %1213, %1188 ]
	%1249 = phi float [ %196, %softmax ], [ %1214, %1188 ]
	%1250 = phi float [ %197, %softmax ], [ %1215, %1188 ]
	%1251 = phi float [ %198, %softmax ], [ %1216, %1188 ]
	%1252 = phi float [ %199, %softmax ], [ %1217, %1188 ]
	%1253 = phi float [ %200, %softmax ], [ %1218, %1188 ]
	%1254 = phi float [ %201, %softmax ], [ %1219, %1188 ]
	%1255 = phi float [ %202, %softmax ], [ %1220, %1188 ]
	%1256 = phi float [ %203, %softmax ], [ %1221, %1188 ]
	%1257 = phi float [ %204, %softmax ], [ %1222, %1188 ]
	%1258 = phi float [ %205, %softmax ], [ %1223, %1188 ]
	%1259 = phi float [ %206, %softmax ], [ %1224, %1188 ]
	%1260 = phi float [ %207, %softmax ], [ %1225, %1188 ]
	%1261 = phi float [ %208, %softmax ], [ %1226, %1188 ]
	%1262 = phi float [ %209, %softmax ], [ %1227, %1188 ]
	%1263 = phi float [ %210, %softmax ], [ %1228, %1188 ]
	%1264 = phi float [ %212, %softmax ], [ %1229, %1188 ]
	%1265 = phi float [ %214, %softmax ], [ %1230, %1188 ]
	%1266 = select i1 %1187, float %1159, float %211
	%1267 = fcmp oeq float %1266, 0xFFF0000000000000
	%1268 = select i1 %1267, float 0.0, float %1266
	%1269 = fneg float %1268
	%1270 = call float @llvm.fma.f32(float %1107, float 0x3FC7154760000000, float %1269)
	%1271 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1270)
	%1272 = call float @llvm.fma.f32(float %1108, float 0x3FC7154760000000, float %1269)
	%1273 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1272)
	%1274 = call float @llvm.fma.f32(float %1111, float 0x3FC7154760000000, float %1269)
	%1275 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1274)
	%1276 = call float @llvm.fma.f32(float %1112, float 0x3FC7154760000000, float %1269)
	%1277 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1276)
	%1278 = call float @llvm.fma.f32(float %1115, float 0x3FC7154760000000, float %1269)
	%1279 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1278)
	%1280 = call float @llvm.fma.f32(float %1116, float 0x3FC7154760000000, float %1269)
	%1281 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1280)
	%1282 = call float @llvm.fma.f32(float %1119, float 0x3FC7154760000000, float %1269)
	%1283 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1282)
	%1284 = call float @llvm.fma.f32(float %1120, float 0x3FC7154760000000, float %1269)
	%1285 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1284)
	%1286 = call float @llvm.fma.f32(float %1123, float 0x3FC7154760000000, float %1269)
	%1287 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1286)
	%1288 = call float @llvm.fma.f32(float %1124, float 0x3FC7154760000000, float %1269)
	%1289 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1288)
	%1290 = call float @llvm.fma.f32(float %1127, float 0x3FC7154760000000, float %1269)
	%1291 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1290)
	%1292 = call float @llvm.fma.f32(float %1128, float 0x3FC7154760000000, float %1269)
	%1293 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1292)
	%1294 = call float @llvm.fma.f32(float %1131, float 0x3FC7154760000000, float %1269)
	%1295 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1294)
	%1296 = call float @llvm.fma.f32(float %1132, float 0x3FC7154760000000, float %1269)
	%1297 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1296)
	%1298 = call float @llvm.fma.f32(float %1135, float 0x3FC7154760000000, float %1269)
	%1299 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1298)
	%1300 = call float @llvm.fma.f32(float %1136, float 0x3FC7154760000000, float %1269)
	%1301 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1300)
	%1302 = fadd float %1271, %1273
	%1303 = fadd float %1275, %1277
	%1304 = fadd float %1279, %1281
	%1305 = fadd float %1283, %1285
	%1306 = fadd float %1287, %1289
	%1307 = fadd float %1291, %1293
	%1308 = fadd float %1295, %1297
	%1309 = fadd float %1299, %1301
	%1310 = fadd float %1302, %1303
	%1311 = fadd float %1304, %1305
	%1312 = fadd float %1306, %1307
	%1313 = fadd float %1308, %1309
	%1314 = fadd float %1310, %1311
	%1315 = fadd float %1312, %1313
	%1316 = fadd float %1314, %1315
	%1317 = fadd float %1264, %1316
	%1318 = select i1 %1187, float %1183, float %213
	%1319 = fcmp oeq float %1318, 0xFFF0000000000000
	%1320 = select i1 %1319, float 0.0, float %1318
	%1321 = fneg float %1320
	%1322 = call float @llvm.fma.f32(float %1109, float 0x3FC7154760000000, float %1321)
	%1323 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1322)
	%1324 = call float @llvm.fma.f32(float %1110, float 0x3FC7154760000000, float %1321)
	%1325 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1324)
	%1326 = call float @llvm.fma.f32(float %1113, float 0x3FC7154760000000, float %1321)
	%1327 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1326)
	%1328 = call float @llvm.fma.f32(float %1114, float 0x3FC7154760000000, float %1321)
	%1329 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1328)
	%1330 = call float @llvm.fma.f32(float %1117, float 0x3FC7154760000000, float %1321)
	%1331 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1330)
	%1332 = call float @llvm.fma.f32(float %1118, float 0x3FC7154760000000, float %1321)
	%1333 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1332)
	%1334 = call float @llvm.fma.f32(float %1121, float 0x3FC7154760000000, float %1321)
	%1335 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1334)
	%1336 = call float @llvm.fma.f32(float %1122, float 0x3FC7154760000000, float %1321)
	%1337 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1336)
	%1338 = call float @llvm.fma.f32(float %1125, float 0x3FC7154760000000, float %1321)
	%1339 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1338)
	%1340 = call float @llvm.fma.f32(float %1126, float 0x3FC7154760000000, float %1321)
	%1341 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1340)
	%1342 = call float @llvm.fma.f32(float %1129, float 0x3FC7154760000000, float %1321)
	%1343 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1342)
	%1344 = call float @llvm.fma.f32(float %1130, float 0x3FC7154760000000, float %1321)
	%1345 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1344)
	%1346 = call float @llvm.fma.f32(float %1133, float 0x3FC7154760000000, float %1321)
	%1347 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1346)
	%1348 = call float @llvm.fma.f32(float %1134, float 0x3FC7154760000000, float %1321)
	%1349 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1348)
	%1350 = call float @llvm.fma.f32(float %1137, float 0x3FC7154760000000, float %1321)
	%1351 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1350)
	%1352 = call float @llvm.fma.f32(float %1138, float 0x3FC7154760000000, float %1321)
	%1353 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1352)
	%1354 = fadd float %1323, %1325
	%1355 = fadd float %1327, %1329
	%1356 = fadd float %1331, %1333
	%1357 = fadd float %1335, %1337
	%1358 = fadd float %1339, %1341
	%1359 = fadd float %1343, %1345
	%1360 = fadd float %1347, %1349
	%1361 = fadd float %1351, %1353
	%1362 = fadd float %1354, %1355
	%1363 = fadd float %1356, %1357
	%1364 = fadd float %1358, %1359
	%1365 = fadd float %1360, %1361
	%1366 = fadd float %1362, %1363
	%1367 = fadd float %1364, %1365
	%1368 = fadd float %1366, %1367
	%1369 = fadd float %1265, %1368
	%1370 = icmp eq i32 %13, 0
	%1371 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1316, i32 1, i32 31)
	%1372 = fadd float %1316, %1371
	%1373 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1372, i32 2, i32 31)
	%1374 = fadd float %1372, %1373
	%1375 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1317, i32 1, i32 31)
	%1376 = fadd float %1317, %1375
	%1377 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1376, i32 2, i32 31)
	%1378 = fadd float %1376, %1377
	%1379 = fcmp ogt float %1378, 0.0
	%1380 = icmp slt i32 %616, %M
	%1381 = and i1 %1379, %1380
	%1382 = select i1 %1381, float %1378, float 1.0
	%1383 = fdiv float %1374, %1382
	%1384 = call float @llvm.nvvm.fmax.f(float 0.0, float %1383)
	%1385 = select i1 %1381, float %1384, float 0.0
	%1386 = and i1 %1381, %1370
	%1387 = fadd float 0.0, 1.0
	%1388 = select i1 %1386, float %1387, float 0.0
	%1389 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1368, i32 1, i32 31)
	%1390 = fadd float %1368, %1389
	%1391 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1390, i32 2, i32 31)
	%1392 = fadd float %1390, %1391
	%1393 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1369, i32 1, i32 31)
	%1394 = fadd float %1369, %1393
	%1395 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1394, i32 2, i32 31)
	%1396 = fadd float %1394, %1395
	%1397 = fcmp ogt float %1396, 0.0
	%1398 = icmp slt i32 %620, %M
	%1399 = and i1 %1397, %1398
	%1400 = select i1 %1399, float %1396, float 1.0
	%1401 = fdiv float %1392, %1400
	%1402 = call float @llvm.nvvm.fmax.f(float %1385, float %1401)
	%1403 = select i1 %1399, float %1402, float %1385
	%1404 = and i1 %1399, %1370
	%1405 = fadd float %1388, 1.0
	%1406 = select i1 %1404, float %1405, float %1388
	%1407 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1403, i32 16, i32 31)
	%1408 = call float @llvm.nvvm.fmax.f(float %1403, float %1407)
	%1409 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1406, i32 16, i32 31)
	%1410 = fadd float %1406, %1409
	%1411 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1408, i32 8, i32 31)
	%1412 = call float @llvm.nvvm.fmax.f(float %1408, float %1411)
	%1413 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1410, i32 8, i32 31)
	%1414 = fadd float %1410, %1413
	%1415 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1412, i32 4, i32 31)
	%1416 = call float @llvm.nvvm.fmax.f(float %1412, float %1415)
	%1417 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1414, i32 4, i32 31)
	%1418 = fadd float %1414, %1417
	%1419 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1416, i32 2, i32 31)
	%1420 = call float @llvm.nvvm.fmax.f(float %1416, float %1419)
	%1421 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1418, i32 2, i32 31)
	%1422 = fadd float %1418, %1421
	%1423 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1420, i32 1, i32 31)
	%1424 = call float @llvm.nvvm.fmax.f(float %1420, float %1423)
	%1425 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1422, i32 1, i32 31)
	%1426 = fadd float %1422, %1425
	%1427 = icmp eq i32 %11, 0
	br i1 %1427, label %1428, label %1435

1428:
	%1429 = mul i32 %10, 2
	%1430 = add i32 %1429, 0
	%1431 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1430
	store float %1424, float addrspace(3)* %1431
	%1432 = mul i32 %10, 2
	%1433 = add i32 %1432, 1
	%1434 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1433
	store float %1426, float addrspace(3)* %1434
	br label %1435

1435:
	call void asm sideeffect "cp.async.wait_group 1;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%1436 = mul i32 0, 2
	%1437 = add i32 %1436, 0
	%1438 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1437
	%1439 = load float, float addrspace(3)* %1438
	%1440 = call float @llvm.nvvm.fmax.f(float 0.0, float %1439)
	%1441 = mul i32 0, 2
	%1442 = add i32 %1441, 1
	%1443 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1442
	%1444 = load float, float addrspace(3)* %1443
	%1445 = fadd float 0.0, %1444
	%1446 = mul i32 1, 2
	%1447 = add i32 %1446, 0
	%1448 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1447
	%1449 = load float, float addrspace(3)* %1448
	%1450 = call float @llvm.nvvm.fmax.f(float %1440, float %1449)
	%1451 = mul i32 1, 2
	%1452 = add i32 %1451, 1
	%1453 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1452
	%1454 = load float, float addrspace(3)* %1453
	%1455 = fadd float %1445, %1454
	%1456 = mul i32 2, 2
	%1457 = add i32 %1456, 0
	%1458 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1457
	%1459 = load float, float addrspace(3)* %1458
	%1460 = call float @llvm.nvvm.fmax.f(float %1450, float %1459)
	%1461 = mul i32 2, 2
	%1462 = add i32 %1461, 1
	%1463 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1462
	%1464 = load float, float addrspace(3)* %1463
	%1465 = fadd float %1455, %1464
	%1466 = mul i32 3, 2
	%1467 = add i32 %1466, 0
	%1468 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1467
	%1469 = load float, float addrspace(3)* %1468
	%1470 = call float @llvm.nvvm.fmax.f(float %1460, float %1469)
	%1471 = mul i32 3, 2
	%1472 = add i32 %1471, 1
	%1473 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1472
	%1474 = load float, float addrspace(3)* %1473
	%1475 = fadd float %1465, %1474
	%1476 = fcmp ogt float %1475, 0.0
	%1477 = and i1 %295, %1476
	%1478 = fcmp olt float %1470, 0x3F50624DE0000000
	%1479 = and i1 %1477, %1478
	%1480 = xor i1 %1479, true
	%1481 = and i1 %289, %1480
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
	%1493 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1273, float %1271)
	%1494 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1325, float %1323)
	%1495 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1277, float %1275)
	%1496 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1329, float %1327)
	%1497 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1281, float %1279)
	%1498 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1333, float %1331)
	%1499 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1285, float %1283)
	%1500 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1337, float %1335)
	%1501 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1289, float %1287)
	%1502 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1341, float %1339)
	%1503 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1293, float %1291)
	%1504 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1345, float %1343)
	%1505 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1297, float %1295)
	%1506 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1349, float %1347)
	%1507 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1301, float %1299)
	%1508 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1353, float %1351)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1509 = add i32 %8, 0
	%1510 = zext i32 %1509 to i64
	%1511 = or i64 %1510, u0x4000004002000000
	%1512 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1232, float %1233, float %1234, float %1235, float %1236, float %1237, float %1238, float %1239, float %1240, float %1241, float %1242, float %1243, float %1244, float %1245, float %1246, float %1247, float %1248, float %1249, float %1250, float %1251, float %1252, float %1253, float %1254, float %1255, float %1256, float %1257, float %1258, float %1259, float %1260, float %1261, float %1262, float %1263, i32 %1493, i32 %1494, i32 %1495, i32 %1496, i64 %1511, i32 1)
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
	br i1 %1481, label %loop, label %epilogue

store0:
	%1685 = mul i32 %17, %M
	%1686 = add i32 %1685, %529
	%1687 = mul i32 %1686, 64
	%1688 = shl i32 %13, 1
	%1689 = add i32 0, %1688
	%1690 = add i32 %1687, %1689
	%1691 = sext i32 %1690 to i64
	%1692 = getelementptr i16, i16* %out, i64 %1691
	%1693 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %531, float %530)
	%1694 = bitcast i16* %1692 to i32*
	store i32 %1693, i32* %1694
	%1695 = shl i32 %13, 1
	%1696 = add i32 8, %1695
	%1697 = add i32 %1687, %1696
	%1698 = sext i32 %1697 to i64
	%1699 = getelementptr i16, i16* %out, i64 %1698
	%1700 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %533, float %532)
	%1701 = bitcast i16* %1699 to i32*
	store i32 %1700, i32* %1701
	%1702 = shl i32 %13, 1
	%1703 = add i32 16, %1702
	%1704 = add i32 %1687, %1703
	%1705 = sext i32 %1704 to i64
	%1706 = getelementptr i16, i16* %out, i64 %1705
	%1707 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %535, float %534)
	%1708 = bitcast i16* %1706 to i32*
	store i32 %1707, i32* %1708
	%1709 = shl i32 %13, 1
	%1710 = add i32 24, %1709
	%1711 = add i32 %1687, %1710
	%1712 = sext i32 %1711 to i64
	%1713 = getelementptr i16, i16* %out, i64 %1712
	%1714 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %537, float %536)
	%1715 = bitcast i16* %1713 to i32*
	store i32 %1714, i32* %1715
	%1716 = shl i32 %13, 1
	%1717 = add i32 32, %1716
	%1718 = add i32 %1687, %1717
	%1719 = sext i32 %1718 to i64
	%1720 = getelementptr i16, i16* %out, i64 %1719
	%1721 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %539, float %538)
	%1722 = bitcast i16* %1720 to i32*
	store i32 %1721, i32* %1722
	%1723 = shl i32 %13, 1
	%1724 = add i32 40, %1723
	%1725 = add i32 %1687, %1724
	%1726 = sext i32 %1725 to i64
	%1727 = getelementptr i16, i16* %out, i64 %1726
	%1728 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %541, float %540)
	%1729 = bitcast i16* %1727 to i32*
	store i32 %1728, i32* %1729
	%1730 = shl i32 %13, 1
	%1731 = add i32 48, %1730
	%1732 = add i32 %1687, %1731
	%1733 = sext i32 %1732 to i64
	%1734 = getelementptr i16, i16* %out, i64 %1733
	%1735 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %543, float %542)
	%1736 = bitcast i16* %1734 to i32*
	store i32 %1735, i32* %1736
	%1737 = shl i32 %13, 1
	%1738 = add i32 56, %1737
	%1739 = add i32 %1687, %1738
	%1740 = sext i32 %1739 to i64
	%1741 = getelementptr i16, i16* %out, i64 %1740
	%1742 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %545, float %544)
	%1743 = bitcast i16* %1741 to i32*
	store i32 %1742, i32* %1743
	br label %stored0

stored0:
	%1744 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %485, i32 1, i32 31)
	%1745 = fadd float %485, %1744
	%1746 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1745, i32 2, i32 31)
	%1747 = fadd float %1745, %1746
	%1748 = fcmp ogt float %1747, 0.0
	%1749 = fdiv float 1.0, %1747
	%1750 = select i1 %1748, float %1749, float 0.0
	%1751 = mul i32 %10, 16
	%1752 = add i32 %19, %1751
	%1753 = add i32 %12, 8
	%1754 = add i32 %1752, %1753
	%1755 = fmul float %489, %1750
	%1756 = fmul float %490, %1750
	%1757 = fmul float %493, %1750
	%1758 = fmul float %494, %1750
	%1759 = fmul float %497, %1750
	%1760 = fmul float %498, %1750
	%1761 = fmul float %501, %1750
	%1762 = fmul float %502, %1750
	%1763 = fmul float %505, %1750
	%1764 = fmul float %506, %1750
	%1765 = fmul float %509, %1750
	%1766 = fmul float %510, %1750
	%1767 = fmul float %513, %1750
	%1768 = fmul float %514, %1750
	%1769 = fmul float %517, %1750
	%1770 = fmul float %518, %1750
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
	store i32 %486, i32* %1836
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
