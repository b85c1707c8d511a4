define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i16* %kbar, i16* %vbar, i8* %comp) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @$K_smem to i32
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
	%53 = mul i32 %30, %NK
	%54 = mul i32 %53, 64
	%55 = sext i32 %54 to i64
	%56 = getelementptr i16, i16* %kbar, i64 %55
	%57 = mul i32 %30, %NK
	%58 = mul i32 %57, 64
	%59 = sext i32 %58 to i64
	%60 = getelementptr i16, i16* %vbar, i64 %59
	%61 = mul i32 %29, %NQ
	%62 = add i32 %61, %27
	%63 = mul i32 %62, %NK
	%64 = add i32 %48, 0
	%65 = sext i32 %64 to i64
	%66 = getelementptr i32, i32* %list, i64 %65
	%67 = load i32, i32* %66
	%68 = icmp sgt i32 %NK, 0
	%69 = icmp sge i32 %67, 0
	%70 = and i1 %68, %69
	%71 = lshr i32 %9, 3
	%72 = and i32 %9, 7
	%73 = lshr i32 %72, 3
	%74 = mul i32 %73, u0x2000
	%75 = and i32 %72, 7
	%76 = and i32 %71, 7
	%77 = xor i32 %75, %76
	%78 = mul i32 %71, 128
	%79 = shl i32 %77, 4
	%80 = add i32 %78, %79
	%81 = add i32 %74, %80
	%82 = add i32 %2, %81
	%83 = add i32 %31, %71
	%84 = mul i32 %83, 64
	%85 = mul i32 %72, 8
	%86 = add i32 %84, %85
	%87 = sext i32 %86 to i64
	%88 = getelementptr i16, i16* %35, i64 %87
	%89 = add i32 %83, 0
	%90 = icmp slt i32 %89, %M
	%91 = getelementptr i16, i16* %88, i64 0
	%92 = select i1 %90, i16* %91, i16* %35
	%93 = add i32 %82, 0
	%94 = select i1 %90, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %93, i16* %92, i32 %94)
	%95 = add i32 %83, 16
	%96 = icmp slt i32 %95, %M
	%97 = getelementptr i16, i16* %88, i64 1024
	%98 = select i1 %96, i16* %97, i16* %35
	%99 = add i32 %82, 2048
	%100 = select i1 %96, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %99, i16* %98, i32 %100)
	%101 = add i32 %83, 32
	%102 = icmp slt i32 %101, %M
	%103 = getelementptr i16, i16* %88, i64 2048
	%104 = select i1 %102, i16* %103, i16* %35
	%105 = add i32 %82, u0x1000
	%106 = select i1 %102, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %105, i16* %104, i32 %106)
	%107 = add i32 %83, 48
	%108 = icmp slt i32 %107, %M
	%109 = getelementptr i16, i16* %88, i64 3072
	%110 = select i1 %108, i16* %109, i16* %35
	%111 = add i32 %82, 6144
	%112 = select i1 %108, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %111, i16* %110, i32 %112)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %70, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%113 = and i32 %11, 7
	%114 = lshr i32 %11, 3
	%115 = and i32 %114, 1
	%116 = shl i32 %115, 3
	%117 = add i32 %113, %116
	%118 = lshr i32 %11, 4
	%119 = mul i32 %10, 16
	%120 = add i32 %117, 0
	%121 = add i32 %119, %120
	%122 = mul i32 %121, 128
	%123 = add i32 %2, %122
	%124 = and i32 %11, 7
	%125 = xor i32 %118, %124
	%126 = shl i32 %125, 4
	%127 = add i32 %123, %126
	%128 = icmp sge i32 %67, %NK
	%129 = select i1 %128, i16* %56, i16* %39
	%130 = sub i32 %67, %NK
	%131 = select i1 %128, i32 %130, i32 %67
	%132 = mul i32 %131, 64
	%133 = select i1 %128, i32 %NK, i32 %N
	%134 = lshr i32 %9, 3
	%135 = and i32 %9, 7
	%136 = lshr i32 %135, 3
	%137 = mul i32 %136, u0x2000
	%138 = and i32 %135, 7
	%139 = and i32 %134, 7
	%140 = xor i32 %138, %139
	%141 = mul i32 %134, 128
	%142 = shl i32 %140, 4
	%143 = add i32 %141, %142
	%144 = add i32 %137, %143
	%145 = add i32 %0, %144
	%146 = add i32 %132, %134
	%147 = mul i32 %146, 64
	%148 = mul i32 %135, 8
	%149 = add i32 %147, %148
	%150 = sext i32 %149 to i64
	%151 = getelementptr i16, i16* %129, i64 %150
	%152 = add i32 %146, 0
	%153 = icmp slt i32 %152, %133
	%154 = getelementptr i16, i16* %151, i64 0
	%155 = select i1 %153, i16* %154, i16* %129
	%156 = add i32 %145, 0
	%157 = select i1 %153, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %156, i16* %155, i32 %157)
	%158 = add i32 %146, 16
	%159 = icmp slt i32 %158, %133
	%160 = getelementptr i16, i16* %151, i64 1024
	%161 = select i1 %159, i16* %160, i16* %129
	%162 = add i32 %145, 2048
	%163 = select i1 %159, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %162, i16* %161, i32 %163)
	%164 = add i32 %146, 32
	%165 = icmp slt i32 %164, %133
	%166 = getelementptr i16, i16* %151, i64 2048
	%167 = select i1 %165, i16* %166, i16* %129
	%168 = add i32 %145, u0x1000
	%169 = select i1 %165, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %168, i16* %167, i32 %169)
	%170 = add i32 %146, 48
	%171 = icmp slt i32 %170, %133
	%172 = getelementptr i16, i16* %151, i64 3072
	%173 = select i1 %171, i16* %172, i16* %129
	%174 = add i32 %145, 6144
	%175 = select i1 %171, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %174, i16* %173, i32 %175)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%176 = phi i32 [ 0, %prologue ], [ %1518, %pv ]
	%177 = phi i32 [ %67, %prologue ], [ %1525, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1746, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1747, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1748, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1749, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1750, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1751, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1752, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1753, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1754, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1755, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1756, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1757, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1758, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1759, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1760, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1761, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1762, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1763, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1764, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1765, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1766, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1767, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1768, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1769, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1770, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1771, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1772, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1773, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1774, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1775, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1776, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1777, %pv ]
	%210 = phi float [ 0xFFF0000000000000, %prologue ], [ %1414, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1465, %pv ]
	%212 = phi float [ 0xFFF0000000000000, %prologue ], [ %1466, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1517, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%214 = mul i32 %177, 64
	%215 = icmp sge i32 %177, %NK
	%216 = select i1 %215, i16* %60, i16* %43
	%217 = sub i32 %177, %NK
	%218 = select i1 %215, i32 %217, i32 %177
	%219 = mul i32 %218, 64
	%220 = select i1 %215, i32 %NK, i32 %N
	%221 = lshr i32 %9, 3
	%222 = and i32 %9, 7
	%223 = lshr i32 %222, 3
	%224 = mul i32 %223, u0x2000
	%225 = and i32 %222, 7
	%226 = and i32 %221, 7
	%227 = xor i32 %225, %226
	%228 = mul i32 %221, 128
	%229 = shl i32 %227, 4
	%230 = add i32 %228, %229
	%231 = add i32 %224, %230
	%232 = add i32 %1, %231
	%233 = add i32 %219, %221
	%234 = mul i32 %233, 64
	%235 = mul i32 %222, 8
	%236 = add i32 %234, %235
	%237 = sext i32 %236 to i64
	%238 = getelementptr i16, i16* %216, i64 %237
	%239 = add i32 %233, 0
	%240 = icmp slt i32 %239, %220
	%241 = getelementptr i16, i16* %238, i64 0
	%242 = select i1 %240, i16* %241, i16* %216
	%243 = add i32 %232, 0
	%244 = select i1 %240, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %243, i16* %242, i32 %244)
	%245 = add i32 %233, 16
	%246 = icmp slt i32 %245, %220
	%247 = getelementptr i16, i16* %238, i64 1024
	%248 = select i1 %246, i16* %247, i16* %216
	%249 = add i32 %232, 2048
	%250 = select i1 %246, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %249, i16* %248, i32 %250)
	%251 = add i32 %233, 32
	%252 = icmp slt i32 %251, %220
	%253 = getelementptr i16, i16* %238, i64 2048
	%254 = select i1 %252, i16* %253, i16* %216
	%255 = add i32 %232, u0x1000
	%256 = select i1 %252, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %255, i16* %254, i32 %256)
	%257 = add i32 %233, 48
	%258 = icmp slt i32 %257, %220
	%259 = getelementptr i16, i16* %238, i64 3072
	%260 = select i1 %258, i16* %259, i16* %216
	%261 = add i32 %232, 6144
	%262 = select i1 %258, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %261, i16* %260, i32 %262)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%263 = add i32 %4, 0
	%264 = zext i32 %263 to i64
	%265 = or i64 %264, u0x4000004000010000
	%266 = add i32 %6, 0
	%267 = zext i32 %266 to i64
	%268 = or i64 %267, u0x4000004000010000
	%269 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %265, i64 %268, i32 1)
	%270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 0
	%271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 1
	%272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 2
	%273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 3
	%274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 4
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 5
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 6
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 7
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 8
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 9
	%280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 10
	%281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 11
	%282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 12
	%283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 13
	%284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 14
	%285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 15
	%286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 16
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 17
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 18
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 19
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 20
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 21
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 22
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 23
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 24
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 25
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 26
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 27
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 28
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 29
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 30
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 31
	%302 = add i32 %4, 2
	%303 = zext i32 %302 to i64
	%304 = or i64 %303, u0x4000004000010000
	%305 = add i32 %6, 2
	%306 = zext i32 %305 to i64
	%307 = or i64 %306, u0x4000004000010000
	%308 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, float %280, float %281, float %282, float %283, float %284, float %285, float %286, float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, i64 %304, i64 %307, i32 1)
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 0
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 1
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 2
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 3
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 4
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 5
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 6
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 7
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 8
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 9
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 10
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 11
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 12
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 13
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 14
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 15
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 16
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 17
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 18
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 19
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 20
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 21
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 22
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 23
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 24
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 25
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 26
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 27
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 28
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 29
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 30
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %308, 31
	%341 = add i32 %4, 4
	%342 = zext i32 %341 to i64
	%343 = or i64 %342, u0x4000004000010000
	%344 = add i32 %6, 4
	%345 = zext i32 %344 to i64
	%346 = or i64 %345, u0x4000004000010000
	%347 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, i64 %343, i64 %346, i32 1)
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 0
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 1
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 2
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 3
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 4
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 5
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 6
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 7
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 8
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 9
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 10
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 11
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 12
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 13
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 14
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 15
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 16
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 17
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 18
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 19
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 20
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 21
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 22
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 23
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 24
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 25
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 26
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 27
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 28
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 29
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 30
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %347, 31
	%380 = add i32 %4, 6
	%381 = zext i32 %380 to i64
	%382 = or i64 %381, u0x4000004000010000
	%383 = add i32 %6, 6
	%384 = zext i32 %383 to i64
	%385 = or i64 %384, u0x4000004000010000
	%386 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, i64 %382, i64 %385, i32 1)
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 0
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 1
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 2
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 3
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 4
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 5
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 6
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 7
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 8
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 9
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 10
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 11
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 12
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 13
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 14
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 15
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 16
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 17
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 18
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 19
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 20
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 21
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 22
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 23
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 24
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 25
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 26
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 27
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 28
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 29
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 30
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %386, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%419 = call float asm sideeffect "", "=f,0"(float %387)
	%420 = call float asm sideeffect "", "=f,0"(float %388)
	%421 = call float asm sideeffect "", "=f,0"(float %389)
	%422 = call float asm sideeffect "", "=f,0"(float %390)
	%423 = call float asm sideeffect "", "=f,0"(float %391)
	%424 = call float asm sideeffect "", "=f,0"(float %392)
	%425 = call float asm sideeffect "", "=f,0"(float %393)
	%426 = call float asm sideeffect "", "=f,0"(float %394)
	%427 = call float asm sideeffect "", "=f,0"(float %395)
	%428 = call float asm sideeffect "", "=f,0"(float %396)
	%429 = call float asm sideeffect "", "=f,0"(float %397)
	%430 = call float asm sideeffect "", "=f,0"(float %398)
	%431 = call float asm sideeffect "", "=f,0"(float %399)
	%432 = call float asm sideeffect "", "=f,0"(float %400)
	%433 = call float asm sideeffect "", "=f,0"(float %401)
	%434 = call float asm sideeffect "", "=f,0"(float %402)
	%435 = call float asm sideeffect "", "=f,0"(float %403)
	%436 = call float asm sideeffect "", "=f,0"(float %404)
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
	%451 = mul i32 %10, 16
	%452 = add i32 %31, %451
	%453 = add i32 %12, 0
	%454 = add i32 %452, %453
	%455 = mul i32 %10, 16
	%456 = add i32 %31, %455
	%457 = add i32 %12, 8
	%458 = add i32 %456, %457
	%459 = sitofp i32 %29 to float
	%460 = icmp sge i32 %177, %NK
	br i1 %460, label %meankeys, label %classify

epilogue:
	%461 = phi float [ 0.0, %entry ], [ %1465, %pv ]
	%462 = phi float [ 0.0, %entry ], [ %1517, %pv ]
	%463 = phi i32 [ 0, %entry ], [ %1518, %pv ]
	%464 = phi float [ 0.0, %entry ], [ %1746, %pv ]
	%465 = phi float [ 0.0, %entry ], [ %1747, %pv ]
	%466 = phi float [ 0.0, %entry ], [ %1748, %pv ]
	%467 = phi float [ 0.0, %entry ], [ %1749, %pv ]
	%468 = phi float [ 0.0, %entry ], [ %1750, %pv ]
	%469 = phi float [ 0.0, %entry ], [ %1751, %pv ]
	%470 = phi float [ 0.0, %entry ], [ %1752, %pv ]
	%471 = phi float [ 0.0, %entry ], [ %1753, %pv ]
	%472 = phi float [ 0.0, %entry ], [ %1754, %pv ]
	%473 = phi float [ 0.0, %entry ], [ %1755, %pv ]
	%474 = phi float [ 0.0, %entry ], [ %1756, %pv ]
	%475 = phi float [ 0.0, %entry ], [ %1757, %pv ]
	%476 = phi float [ 0.0, %entry ], [ %1758, %pv ]
	%477 = phi float [ 0.0, %entry ], [ %1759, %pv ]
	%478 = phi float [ 0.0, %entry ], [ %1760, %pv ]
	%479 = phi float [ 0.0, %entry ], [ %1761, %pv ]
	%480 = phi float [ 0.0, %entry ], [ %1762, %pv ]
	%481 = phi float [ 0.0, %entry ], [ %1763, %pv ]
	%482 = phi float [ 0.0, %entry ], [ %1764, %pv ]
	%483 = phi float [ 0.0, %entry ], [ %1765, %pv ]
	%484 = phi float [ 0.0, %entry ], [ %1766, %pv ]
	%485 = phi float [ 0.0, %entry ], [ %1767, %pv ]
	%486 = phi float [ 0.0, %entry ], [ %1768, %pv ]
	%487 = phi float [ 0.0, %entry ], [ %1769, %pv ]
	%488 = phi float [ 0.0, %entry ], [ %1770, %pv ]
	%489 = phi float [ 0.0, %entry ], [ %1771, %pv ]
	%490 = phi float [ 0.0, %entry ], [ %1772, %pv ]
	%491 = phi float [ 0.0, %entry ], [ %1773, %pv ]
	%492 = phi float [ 0.0, %entry ], [ %1774, %pv ]
	%493 = phi float [ 0.0, %entry ], [ %1775, %pv ]
	%494 = phi float [ 0.0, %entry ], [ %1776, %pv ]
	%495 = phi float [ 0.0, %entry ], [ %1777, %pv ]
	%496 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %461, i32 1, i32 31)
	%497 = fadd float %461, %496
	%498 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %497, i32 2, i32 31)
	%499 = fadd float %497, %498
	%500 = fcmp ogt float %499, 0.0
	%501 = fdiv float 1.0, %499
	%502 = select i1 %500, float %501, float 0.0
	%503 = mul i32 %10, 16
	%504 = add i32 %31, %503
	%505 = add i32 %12, 0
	%506 = add i32 %504, %505
	%507 = fmul float %464, %502
	%508 = fmul float %465, %502
	%509 = fmul float %468, %502
	%510 = fmul float %469, %502
	%511 = fmul float %472, %502
	%512 = fmul float %473, %502
	%513 = fmul float %476, %502
	%514 = fmul float %477, %502
	%515 = fmul float %480, %502
	%516 = fmul float %481, %502
	%517 = fmul float %484, %502
	%518 = fmul float %485, %502
	%519 = fmul float %488, %502
	%520 = fmul float %489, %502
	%521 = fmul float %492, %502
	%522 = fmul float %493, %502
	%523 = icmp slt i32 %506, %M
	br i1 %523, label %store0, label %stored0

meankeys:
	%524 = sub i32 %NK, 1
	%525 = mul i32 %524, 64
	%526 = sub i32 %N, %525
	%527 = sitofp i32 %526 to float
	%528 = call float @llvm.nvvm.lg2.approx.ftz.f(float %527)
	%529 = fmul float %528, 0x40162E4300000000
	%530 = shl i32 %13, 1
	%531 = add i32 0, %530
	%532 = add i32 %214, %531
	%533 = mul i32 %NK, 64
	%534 = sub i32 %532, %533
	%535 = icmp ult i32 %534, %NK
	%536 = select i1 %535, i32 %534, i32 0
	%537 = add i32 %63, %536
	%538 = sext i32 %537 to i64
	%539 = getelementptr i8, i8* %comp, i64 %538
	%540 = load i8, i8* %539
	%541 = icmp ne i8 %540, 0
	%542 = and i1 %535, %541
	%543 = fmul float 6.0, 0x40162E4300000000
	%544 = add i32 %534, 1
	%545 = icmp eq i32 %544, %NK
	%546 = select i1 %545, float %529, float %543
	%547 = fadd float %419, %546
	%548 = select i1 %542, float %547, float 0xFFF0000000000000
	%549 = shl i32 %13, 1
	%550 = add i32 1, %549
	%551 = add i32 %214, %550
	%552 = mul i32 %NK, 64
	%553 = sub i32 %551, %552
	%554 = icmp ult i32 %553, %NK
	%555 = select i1 %554, i32 %553, i32 0
	%556 = add i32 %63, %555
	%557 = sext i32 %556 to i64
	%558 = getelementptr i8, i8* %comp, i64 %557
	%559 = load i8, i8* %558
	%560 = icmp ne i8 %559, 0
	%561 = and i1 %554, %560
	%562 = fmul float 6.0, 0x40162E4300000000
	%563 = add i32 %553, 1
	%564 = icmp eq i32 %563, %NK
	%565 = select i1 %564, float %529, float %562
	%566 = fadd float %420, %565
	%567 = select i1 %561, float %566, float 0xFFF0000000000000
	%568 = fadd float %421, %546
	%569 = select i1 %542, float %568, float 0xFFF0000000000000
	%570 = fadd float %422, %565
	%571 = select i1 %561, float %570, float 0xFFF0000000000000
	%572 = shl i32 %13, 1
	%573 = add i32 8, %572
	%574 = add i32 %214, %573
	%575 = mul i32 %NK, 64
	%576 = sub i32 %574, %575
	%577 = icmp ult i32 %576, %NK
	%578 = select i1 %577, i32 %576, i32 0
	%579 = add i32 %63, %578
	%580 = sext i32 %579 to i64
	%581 = getelementptr i8, i8* %comp, i64 %580
	%582 = load i8, i8* %581
	%583 = icmp ne i8 %582, 0
	%584 = and i1 %577, %583
	%585 = fmul float 6.0, 0x40162E4300000000
	%586 = add i32 %576, 1
	%587 = icmp eq i32 %586, %NK
	%588 = select i1 %587, float %529, float %585
	%589 = fadd float %423, %588
	%590 = select i1 %584, float %589, float 0xFFF0000000000000
	%591 = shl i32 %13, 1
	%592 = add i32 9, %591
	%593 = add i32 %214, %592
	%594 = mul i32 %NK, 64
	%595 = sub i32 %593, %594
	%596 = icmp ult i32 %595, %NK
	%597 = select i1 %596, i32 %595, i32 0
	%598 = add i32 %63, %597
	%599 = sext i32 %598 to i64
	%600 = getelementptr i8, i8* %comp, i64 %599
	%601 = load i8, i8* %600
	%602 = icmp ne i8 %601, 0
	%603 = and i1 %596, %602
	%604 = fmul float 6.0, 0x40162E4300000000
	%605 = add i32 %595, 1
	%606 = icmp eq i32 %605, %NK
	%607 = select i1 %606, float %529, float %604
	%608 = fadd float %424, %607
	%609 = select i1 %603, float %608, float 0xFFF0000000000000
	%610 = fadd float %425, %588
	%611 = select i1 %584, float %610, float 0xFFF0000000000000
	%612 = fadd float %426, %607
	%613 = select i1 %603, float %612, float 0xFFF0000000000000
	%614 = shl i32 %13, 1
	%615 = add i32 16, %614
	%616 = add i32 %214, %615
	%617 = mul i32 %NK, 64
	%618 = sub i32 %616, %617
	%619 = icmp ult i32 %618, %NK
	%620 = select i1 %619, i32 %618, i32 0
	%621 = add i32 %63, %620
	%622 = sext i32 %621 to i64
	%623 = getelementptr i8, i8* %comp, i64 %622
	%624 = load i8, i8* %623
	%625 = icmp ne i8 %624, 0
	%626 = and i1 %619, %625
	%627 = fmul float 6.0, 0x40162E4300000000
	%628 = add i32 %618, 1
	%629 = icmp eq i32 %628, %NK
	%630 = select i1 %629, float %529, float %627
	%631 = fadd float %427, %630
	%632 = select i1 %626, float %631, float 0xFFF0000000000000
	%633 = shl i32 %13, 1
	%634 = add i32 17, %633
	%635 = add i32 %214, %634
	%636 = mul i32 %NK, 64
	%637 = sub i32 %635, %636
	%638 = icmp ult i32 %637, %NK
	%639 = select i1 %638, i32 %637, i32 0
	%640 = add i32 %63, %639
	%641 = sext i32 %640 to i64
	%642 = getelementptr i8, i8* %comp, i64 %641
	%643 = load i8, i8* %642
	%644 = icmp ne i8 %643, 0
	%645 = and i1 %638, %644
	%646 = fmul float 6.0, 0x40162E4300000000
	%647 = add i32 %637, 1
	%648 = icmp eq i32 %647, %NK
	%649 = select i1 %648, float %529, float %646
	%650 = fadd float %428, %649
	%651 = select i1 %645, float %650, float 0xFFF0000000000000
	%652 = fadd float %429, %630
	%653 = select i1 %626, float %652, float 0xFFF0000000000000
	%654 = fadd float %430, %649
	%655 = select i1 %645, float %654, float 0xFFF0000000000000
	%656 = shl i32 %13, 1
	%657 = add i32 24, %656
	%658 = add i32 %214, %657
	%659 = mul i32 %NK, 64
	%660 = sub i32 %658, %659
	%661 = icmp ult i32 %660, %NK
	%662 = select i1 %661, i32 %660, i32 0
	%663 = add i32 %63, %662
	%664 = sext i32 %663 to i64
	%665 = getelementptr i8, i8* %comp, i64 %664
	%666 = load i8, i8* %665
	%667 = icmp ne i8 %666, 0
	%668 = and i1 %661, %667
	%669 = fmul float 6.0, 0x40162E4300000000
	%670 = add i32 %660, 1
	%671 = icmp eq i32 %670, %NK
	%672 = select i1 %671, float %529, float %669
	%673 = fadd float %431, %672
	%674 = select i1 %668, float %673, float 0xFFF0000000000000
	%675 = shl i32 %13, 1
	%676 = add i32 25, %675
	%677 = add i32 %214, %676
	%678 = mul i32 %NK, 64
	%679 = sub i32 %677, %678
	%680 = icmp ult i32 %679, %NK
	%681 = select i1 %680, i32 %679, i32 0
	%682 = add i32 %63, %681
	%683 = sext i32 %682 to i64
	%684 = getelementptr i8, i8* %comp, i64 %683
	%685 = load i8, i8* %684
	%686 = icmp ne i8 %685, 0
	%687 = and i1 %680, %686
	%688 = fmul float 6.0, 0x40162E4300000000
	%689 = add i32 %679, 1
	%690 = icmp eq i32 %689, %NK
	%691 = select i1 %690, float %529, float %688
	%692 = fadd float %432, %691
	%693 = select i1 %687, float %692, float 0xFFF0000000000000
	%694 = fadd float %433, %672
	%695 = select i1 %668, float %694, float 0xFFF0000000000000
	%696 = fadd float %434, %691
	%697 = select i1 %687, float %696, float 0xFFF0000000000000
	%698 = shl i32 %13, 1
	%699 = add i32 32, %698
	%700 = add i32 %214, %699
	%701 = mul i32 %NK, 64
	%702 = sub i32 %700, %701
	%703 = icmp ult i32 %702, %NK
	%704 = select i1 %703, i32 %702, i32 0
	%705 = add i32 %63, %704
	%706 = sext i32 %705 to i64
	%707 = getelementptr i8, i8* %comp, i64 %706
	%708 = load i8, i8* %707
	%709 = icmp ne i8 %708, 0
	%710 = and i1 %703, %709
	%711 = fmul float 6.0, 0x40162E4300000000
	%712 = add i32 %702, 1
	%713 = icmp eq i32 %712, %NK
	%714 = select i1 %713, float %529, float %711
	%715 = fadd float %435, %714
	%716 = select i1 %710, float %715, float 0xFFF0000000000000
	%717 = shl i32 %13, 1
	%718 = add i32 33, %717
	%719 = add i32 %214, %718
	%720 = mul i32 %NK, 64
	%721 = sub i32 %719, %720
	%722 = icmp ult i32 %721, %NK
	%723 = select i1 %722, i32 %721, i32 0
	%724 = add i32 %63, %723
	%725 = sext i32 %724 to i64
	%726 = getelementptr i8, i8* %comp, i64 %725
	%727 = load i8, i8* %726
	%728 = icmp ne i8 %727, 0
	%729 = and i1 %722, %728
	%730 = fmul float 6.0, 0x40162E4300000000
	%731 = add i32 %721, 1
	%732 = icmp eq i32 %731, %NK
	%733 = select i1 %732, float %529, float %730
	%734 = fadd float %436, %733
	%735 = select i1 %729, float %734, float 0xFFF0000000000000
	%736 = fadd float %437, %714
	%737 = select i1 %710, float %736, float 0xFFF0000000000000
	%738 = fadd float %438, %733
	%739 = select i1 %729, float %738, float 0xFFF0000000000000
	%740 = shl i32 %13, 1
	%741 = add i32 40, %740
	%742 = add i32 %214, %741
	%743 = mul i32 %NK, 64
	%744 = sub i32 %742, %743
	%745 = icmp ult i32 %744, %NK
	%746 = select i1 %745, i32 %744, i32 0
	%747 = add i32 %63, %746
	%748 = sext i32 %747 to i64
	%749 = getelementptr i8, i8* %comp, i64 %748
	%750 = load i8, i8* %749
	%751 = icmp ne i8 %750, 0
	%752 = and i1 %745, %751
	%753 = fmul float 6.0, 0x40162E4300000000
	%754 = add i32 %744, 1
	%755 = icmp eq i32 %754, %NK
	%756 = select i1 %755, float %529, float %753
	%757 = fadd float %439, %756
	%758 = select i1 %752, float %757, float 0xFFF0000000000000
	%759 = shl i32 %13, 1
	%760 = add i32 41, %759
	%761 = add i32 %214, %760
	%762 = mul i32 %NK, 64
	%763 = sub i32 %761, %762
	%764 = icmp ult i32 %763, %NK
	%765 = select i1 %764, i32 %763, i32 0
	%766 = add i32 %63, %765
	%767 = sext i32 %766 to i64
	%768 = getelementptr i8, i8* %comp, i64 %767
	%769 = load i8, i8* %768
	%770 = icmp ne i8 %769, 0
	%771 = and i1 %764, %770
	%772 = fmul float 6.0, 0x40162E4300000000
	%773 = add i32 %763, 1
	%774 = icmp eq i32 %773, %NK
	%775 = select i1 %774, float %529, float %772
	%776 = fadd float %440, %775
	%777 = select i1 %771, float %776, float 0xFFF0000000000000
	%778 = fadd float %441, %756
	%779 = select i1 %752, float %778, float 0xFFF0000000000000
	%780 = fadd float %442, %775
	%781 = select i1 %771, float %780, float 0xFFF0000000000000
	%782 = shl i32 %13, 1
	%783 = add i32 48, %782
	%784 = add i32 %214, %783
	%785 = mul i32 %NK, 64
	%786 = sub i32 %784, %785
	%787 = icmp ult i32 %786, %NK
	%788 = select i1 %787, i32 %786, i32 0
	%789 = add i32 %63, %788
	%790 = sext i32 %789 to i64
	%791 = getelementptr i8, i8* %comp, i64 %790
	%792 = load i8, i8* %791
	%793 = icmp ne i8 %792, 0
	%794 = and i1 %787, %793
	%795 = fmul float 6.0, 0x40162E4300000000
	%796 = add i32 %786, 1
	%797 = icmp eq i32 %796, %NK
	%798 = select i1 %797, float %529, float %795
	%799 = fadd float %443, %798
	%800 = select i1 %794, float %799, float 0xFFF0000000000000
	%801 = shl i32 %13, 1
	%802 = add i32 49, %801
	%803 = add i32 %214, %802
	%804 = mul i32 %NK, 64
	%805 = sub i32 %803, %804
	%806 = icmp ult i32 %805, %NK
	%807 = select i1 %806, i32 %805, i32 0
	%808 = add i32 %63, %807
	%809 = sext i32 %808 to i64
	%810 = getelementptr i8, i8* %comp, i64 %809
	%811 = load i8, i8* %810
	%812 = icmp ne i8 %811, 0
	%813 = and i1 %806, %812
	%814 = fmul float 6.0, 0x40162E4300000000
	%815 = add i32 %805, 1
	%816 = icmp eq i32 %815, %NK
	%817 = select i1 %816, float %529, float %814
	%818 = fadd float %444, %817
	%819 = select i1 %813, float %818, float 0xFFF0000000000000
	%820 = fadd float %445, %798
	%821 = select i1 %794, float %820, float 0xFFF0000000000000
	%822 = fadd float %446, %817
	%823 = select i1 %813, float %822, float 0xFFF0000000000000
	%824 = shl i32 %13, 1
	%825 = add i32 56, %824
	%826 = add i32 %214, %825
	%827 = mul i32 %NK, 64
	%828 = sub i32 %826, %827
	%829 = icmp ult i32 %828, %NK
	%830 = select i1 %829, i32 %828, i32 0
	%831 = add i32 %63, %830
	%832 = sext i32 %831 to i64
	%833 = getelementptr i8, i8* %comp, i64 %832
	%834 = load i8, i8* %833
	%835 = icmp ne i8 %834, 0
	%836 = and i1 %829, %835
	%837 = fmul float 6.0, 0x40162E4300000000
	%838 = add i32 %828, 1
	%839 = icmp eq i32 %838, %NK
	%840 = select i1 %839, float %529, float %837
	%841 = fadd float %447, %840
	%842 = select i1 %836, float %841, float 0xFFF0000000000000
	%843 = shl i32 %13, 1
	%844 = add i32 57, %843
	%845 = add i32 %214, %844
	%846 = mul i32 %NK, 64
	%847 = sub i32 %845, %846
	%848 = icmp ult i32 %847, %NK
	%849 = select i1 %848, i32 %847, i32 0
	%850 = add i32 %63, %849
	%851 = sext i32 %850 to i64
	%852 = getelementptr i8, i8* %comp, i64 %851
	%853 = load i8, i8* %852
	%854 = icmp ne i8 %853, 0
	%855 = and i1 %848, %854
	%856 = fmul float 6.0, 0x40162E4300000000
	%857 = add i32 %847, 1
	%858 = icmp eq i32 %857, %NK
	%859 = select i1 %858, float %529, float %856
	%860 = fadd float %448, %859
	%861 = select i1 %855, float %860, float 0xFFF0000000000000
	%862 = fadd float %449, %840
	%863 = select i1 %836, float %862, float 0xFFF0000000000000
	%864 = fadd float %450, %859
	%865 = select i1 %855, float %864, float 0xFFF0000000000000
	br label %softmax

classify:
	%866 = add i32 %52, %177
	%867 = sext i32 %866 to i64
	%868 = getelementptr i8, i8* %cls, i64 %867
	%869 = load i8, i8* %868
	%870 = icmp ne i8 %869, 2
	br i1 %870, label %partial, label %softmax

partial:
	%871 = shl i32 %13, 1
	%872 = add i32 0, %871
	%873 = add i32 %214, %872
	%874 = icmp slt i32 %873, %N
	%875 = select i1 %874, i32 %873, i32 0
	%876 = sitofp i32 %454 to float
	%877 = sitofp i32 %875 to float
	%878 = fcmp ole float %877, %876
	%879 = uitofp i1 %878 to float
	%880 = fcmp une float %879, 0.0
	%881 = and i1 %874, %880
	%882 = select i1 %881, float %419, float 0xFFF0000000000000
	%883 = shl i32 %13, 1
	%884 = add i32 1, %883
	%885 = add i32 %214, %884
	%886 = icmp slt i32 %885, %N
	%887 = select i1 %886, i32 %885, i32 0
	%888 = sitofp i32 %454 to float
	%889 = sitofp i32 %887 to float
	%890 = fcmp ole float %889, %888
	%891 = uitofp i1 %890 to float
	%892 = fcmp une float %891, 0.0
	%893 = and i1 %886, %892
	%894 = select i1 %893, float %420, float 0xFFF0000000000000
	%895 = shl i32 %13, 1
	%896 = add i32 0, %895
	%897 = add i32 %214, %896
	%898 = icmp slt i32 %897, %N
	%899 = select i1 %898, i32 %897, i32 0
	%900 = sitofp i32 %458 to float
	%901 = sitofp i32 %899 to float
	%902 = fcmp ole float %901, %900
	%903 = uitofp i1 %902 to float
	%904 = fcmp une float %903, 0.0
	%905 = and i1 %898, %904
	%906 = select i1 %905, float %421, float 0xFFF0000000000000
	%907 = shl i32 %13, 1
	%908 = add i32 1, %907
	%909 = add i32 %214, %908
	%910 = icmp slt i32 %909, %N
	%911 = select i1 %910, i32 %909, i32 0
	%912 = sitofp i32 %458 to float
	%913 = sitofp i32 %911 to float
	%914 = fcmp ole float %913, %912
	%915 = uitofp i1 %914 to float
	%916 = fcmp une float %915, 0.0
	%917 = and i1 %910, %916
	%918 = select i1 %917, float %422, float 0xFFF0000000000000
	%919 = shl i32 %13, 1
	%920 = add i32 8, %919
	%921 = add i32 %214, %920
	%922 = icmp slt i32 %921, %N
	%923 = select i1 %922, i32 %921, i32 0
	%924 = sitofp i32 %454 to float
	%925 = sitofp i32 %923 to float
	%926 = fcmp ole float %925, %924
	%927 = uitofp i1 %926 to float
	%928 = fcmp une float %927, 0.0
	%929 = and i1 %922, %928
	%930 = select i1 %929, float %423, float 0xFFF0000000000000
	%931 = shl i32 %13, 1
	%932 = add i32 9, %931
	%933 = add i32 %214, %932
	%934 = icmp slt i32 %933, %N
	%935 = select i1 %934, i32 %933, i32 0
	%936 = sitofp i32 %454 to float
	%937 = sitofp i32 %935 to float
	%938 = fcmp ole float %937, %936
	%939 = uitofp i1 %938 to float
	%940 = fcmp une float %939, 0.0
	%941 = and i1 %934, %940
	%942 = select i1 %941, float %424, float 0xFFF0000000000000
	%943 = shl i32 %13, 1
	%944 = add i32 8, %943
	%945 = add i32 %214, %944
	%946 = icmp slt i32 %945, %N
	%947 = select i1 %946, i32 %945, i32 0
	%948 = sitofp i32 %458 to float
	%949 = sitofp i32 %947 to float
	%950 = fcmp ole float %949, %948
	%951 = uitofp i1 %950 to float
	%952 = fcmp une float %951, 0.0
	%953 = and i1 %946, %952
	%954 = select i1 %953, float %425, float 0xFFF0000000000000
	%955 = shl i32 %13, 1
	%956 = add i32 9, %955
	%957 = add i32 %214, %956
	%958 = icmp slt i32 %957, %N
	%959 = select i1 %958, i32 %957, i32 0
	%960 = sitofp i32 %458 to float
	%961 = sitofp i32 %959 to float
	%962 = fcmp ole float %961, %960
	%963 = uitofp i1 %962 to float
	%964 = fcmp une float %963, 0.0
	%965 = and i1 %958, %964
	%966 = select i1 %965, float %426, float 0xFFF0000000000000
	%967 = shl i32 %13, 1
	%968 = add i32 16, %967
	%969 = add i32 %214, %968
	%970 = icmp slt i32 %969, %N
	%971 = select i1 %970, i32 %969, i32 0
	%972 = sitofp i32 %454 to float
	%973 = sitofp i32 %971 to float
	%974 = fcmp ole float %973, %972
	%975 = uitofp i1 %974 to float
	%976 = fcmp une float %975, 0.0
	%977 = and i1 %970, %976
	%978 = select i1 %977, float %427, float 0xFFF0000000000000
	%979 = shl i32 %13, 1
	%980 = add i32 17, %979
	%981 = add i32 %214, %980
	%982 = icmp slt i32 %981, %N
	%983 = select i1 %982, i32 %981, i32 0
	%984 = sitofp i32 %454 to float
	%985 = sitofp i32 %983 to float
	%986 = fcmp ole float %985, %984
	%987 = uitofp i1 %986 to float
	%988 = fcmp une float %987, 0.0
	%989 = and i1 %982, %988
	%990 = select i1 %989, float %428, float 0xFFF0000000000000
	%991 = shl i32 %13, 1
	%992 = add i32 16, %991
	%993 = add i32 %214, %992
	%994 = icmp slt i32 %993, %N
	%995 = select i1 %994, i32 %993, i32 0
	%996 = sitofp i32 %458 to float
	%997 = sitofp i32 %995 to float
	%998 = fcmp ole float %997, %996
	%999 = uitofp i1 %998 to float
	%1000 = fcmp une float %999, 0.0
	%1001 = and i1 %994, %1000
	%1002 = select i1 %1001, float %429, float 0xFFF0000000000000
	%1003 = shl i32 %13, 1
	%1004 = add i32 17, %1003
	%1005 = add i32 %214, %1004
	%1006 = icmp slt i32 %1005, %N
	%1007 = select i1 %1006, i32 %1005, i32 0
	%1008 = sitofp i32 %458 to float
	%1009 = sitofp i32 %1007 to float
	%1010 = fcmp ole float %1009, %1008
	%1011 = uitofp i1 %1010 to float
	%1012 = fcmp une float %1011, 0.0
	%1013 = and i1 %1006, %1012
	%1014 = select i1 %1013, float %430, float 0xFFF0000000000000
	%1015 = shl i32 %13, 1
	%1016 = add i32 24, %1015
	%1017 = add i32 %214, %1016
	%1018 = icmp slt i32 %1017, %N
	%1019 = select i1 %1018, i32 %1017, i32 0
	%1020 = sitofp i32 %454 to float
	%1021 = sitofp i32 %1019 to float
	%1022 = fcmp ole float %1021, %1020
	%1023 = uitofp i1 %1022 to float
	%1024 = fcmp une float %1023, 0.0
	%1025 = and i1 %1018, %1024
	%1026 = select i1 %1025, float %431, float 0xFFF0000000000000
	%1027 = shl i32 %13, 1
	%1028 = add i32 25, %1027
	%1029 = add i32 %214, %1028
	%1030 = icmp slt i32 %1029, %N
	%1031 = select i1 %1030, i32 %1029, i32 0
	%1032 = sitofp i32 %454 to float
	%1033 = sitofp i32 %1031 to float
	%1034 = fcmp ole float %1033, %1032
	%1035 = uitofp i1 %1034 to float
	%1036 = fcmp une float %1035, 0.0
	%1037 = and i1 %1030, %1036
	%1038 = select i1 %1037, float %432, float 0xFFF0000000000000
	%1039 = shl i32 %13, 1
	%1040 = add i32 24, %1039
	%1041 = add i32 %214, %1040
	%1042 = icmp slt i32 %1041, %N
	%1043 = select i1 %1042, i32 %1041, i32 0
	%1044 = sitofp i32 %458 to float
	%1045 = sitofp i32 %1043 to float
	%1046 = fcmp ole float %1045, %1044
	%1047 = uitofp i1 %1046 to float
	%1048 = fcmp une float %1047, 0.0
	%1049 = and i1 %1042, %1048
	%1050 = select i1 %1049, float %433, float 0xFFF0000000000000
	%1051 = shl i32 %13, 1
	%1052 = add i32 25, %1051
	%1053 = add i32 %214, %1052
	%1054 = icmp slt i32 %1053, %N
	%1055 = select i1 %1054, i32 %1053, i32 0
	%1056 = sitofp i32 %458 to float
	%1057 = sitofp i32 %1055 to float
	%1058 = fcmp ole float %1057, %1056
	%1059 = uitofp i1 %1058 to float
	%1060 = fcmp une float %1059, 0.0
	%1061 = and i1 %1054, %1060
	%1062 = select i1 %1061, float %434, float 0xFFF0000000000000
	%1063 = shl i32 %13, 1
	%1064 = add i32 32, %1063
	%1065 = add i32 %214, %1064
	%1066 = icmp slt i32 %1065, %N
	%1067 = select i1 %1066, i32 %1065, i32 0
	%1068 = sitofp i32 %454 to float
	%1069 = sitofp i32 %1067 to float
	%1070 = fcmp ole float %1069, %1068
	%1071 = uitofp i1 %1070 to float
	%1072 = fcmp une float %1071, 0.0
	%1073 = and i1 %1066, %1072
	%1074 = select i1 %1073, float %435, float 0xFFF0000000000000
	%1075 = shl i32 %13, 1
	%1076 = add i32 33, %1075
	%1077 = add i32 %214, %1076
	%1078 = icmp slt i32 %1077, %N
	%1079 = select i1 %1078, i32 %1077, i32 0
	%1080 = sitofp i32 %454 to float
	%1081 = sitofp i32 %1079 to float
	%1082 = fcmp ole float %1081, %1080
	%1083 = uitofp i1 %1082 to float
	%1084 = fcmp une float %1083, 0.0
	%1085 = and i1 %1078, %1084
	%1086 = select i1 %1085, float %436, float 0xFFF0000000000000
	%1087 = shl i32 %13, 1
	%1088 = add i32 32, %1087
	%1089 = add i32 %214, %1088
	%1090 = icmp slt i32 %1089, %N
	%1091 = select i1 %1090, i32 %1089, i32 0
	%1092 = sitofp i32 %458 to float
	%1093 = sitofp i32 %1091 to float
	%1094 = fcmp ole float %1093, %1092
	%1095 = uitofp i1 %1094 to float
	%1096 = fcmp une float %1095, 0.0
	%1097 = and i1 %1090, %1096
	%1098 = select i1 %1097, float %437, float 0xFFF0000000000000
	%1099 = shl i32 %13, 1
	%1100 = add i32 33, %1099
	%1101 = add i32 %214, %1100
	%1102 = icmp slt i32 %1101, %N
	%1103 = select i1 %1102, i32 %1101, i32 0
	%1104 = sitofp i32 %458 to float
	%1105 = sitofp i32 %1103 to float
	%1106 = fcmp ole float %1105, %1104
	%1107 = uitofp i1 %1106 to float
	%1108 = fcmp une float %1107, 0.0
	%1109 = and i1 %1102, %1108
	%1110 = select i1 %1109, float %438, float 0xFFF0000000000000
	%1111 = shl i32 %13, 1
	%1112 = add i32 40, %1111
	%1113 = add i32 %214, %1112
	%1114 = icmp slt i32 %1113, %N
	%1115 = select i1 %1114, i32 %1113, i32 0
	%1116 = sitofp i32 %454 to float
	%1117 = sitofp i32 %1115 to float
	%1118 = fcmp ole float %1117, %1116
	%1119 = uitofp i1 %1118 to float
	%1120 = fcmp une float %1119, 0.0
	%1121 = and i1 %1114, %1120
	%1122 = select i1 %1121, float %439, float 0xFFF0000000000000
	%1123 = shl i32 %13, 1
	%1124 = add i32 41, %1123
	%1125 = add i32 %214, %1124
	%1126 = icmp slt i32 %1125, %N
	%1127 = select i1 %1126, i32 %1125, i32 0
	%1128 = sitofp i32 %454 to float
	%1129 = sitofp i32 %1127 to float
	%1130 = fcmp ole float %1129, %1128
	%1131 = uitofp i1 %1130 to float
	%1132 = fcmp une float %1131, 0.0
	%1133 = and i1 %1126, %1132
	%1134 = select i1 %1133, float %440, float 0xFFF0000000000000
	%1135 = shl i32 %13, 1
	%1136 = add i32 40, %1135
	%1137 = add i32 %214, %1136
	%1138 = icmp slt i32 %1137, %N
	%1139 = select i1 %1138, i32 %1137, i32 0
	%1140 = sitofp i32 %458 to float
	%1141 = sitofp i32 %1139 to float
	%1142 = fcmp ole float %1141, %1140
	%1143 = uitofp i1 %1142 to float
	%1144 = fcmp une float %1143, 0.0
	%1145 = and i1 %1138, %1144
	%1146 = select i1 %1145, float %441, float 0xFFF0000000000000
	%1147 = shl i32 %13, 1
	%1148 = add i32 41, %1147
	%1149 = add i32 %214, %1148
	%1150 = icmp slt i32 %1149, %N
	%1151 = select i1 %1150, i32 %1149, i32 0
	%1152 = sitofp i32 %458 to float
	%1153 = sitofp i32 %1151 to float
	%1154 = fcmp ole float %1153, %1152
	%1155 = uitofp i1 %1154 to float
	%1156 = fcmp une float %1155, 0.0
	%1157 = and i1 %1150, %1156
	%1158 = select i1 %1157, float %442, float 0xFFF0000000000000
	%1159 = shl i32 %13, 1
	%1160 = add i32 48, %1159
	%1161 = add i32 %214, %1160
	%1162 = icmp slt i32 %1161, %N
	%1163 = select i1 %1162, i32 %1161, i32 0
	%1164 = sitofp i32 %454 to float
	%1165 = sitofp i32 %1163 to float
	%1166 = fcmp ole float %1165, %1164
	%1167 = uitofp i1 %1166 to float
	%1168 = fcmp une float %1167, 0.0
	%1169 = and i1 %1162, %1168
	%1170 = select i1 %1169, float %443, float 0xFFF0000000000000
	%1171 = shl i32 %13, 1
	%1172 = add i32 49, %1171
	%1173 = add i32 %214, %1172
	%1174 = icmp slt i32 %1173, %N
	%1175 = select i1 %1174, i32 %1173, i32 0
	%1176 = sitofp i32 %454 to float
	%1177 = sitofp i32 %1175 to float
	%1178 = fcmp ole float %1177, %1176
	%1179 = uitofp i1 %1178 to float
	%1180 = fcmp une float %1179, 0.0
	%1181 = and i1 %1174, %1180
	%1182 = select i1 %1181, float %444, float 0xFFF0000000000000
	%1183 = shl i32 %13, 1
	%1184 = add i32 48, %1183
	%1185 = add i32 %214, %1184
	%1186 = icmp slt i32 %1185, %N
	%1187 = select i1 %1186, i32 %1185, i32 0
	%1188 = sitofp i32 %458 to float
	%1189 = sitofp i32 %1187 to float
	%1190 = fcmp ole float %1189, %1188
	%1191 = uitofp i1 %1190 to float
	%1192 = fcmp une float %1191, 0.0
	%1193 = and i1 %1186, %1192
	%1194 = select i1 %1193, float %445, float 0xFFF0000000000000
	%1195 = shl i32 %13, 1
	%1196 = add i32 49, %1195
	%1197 = add i32 %214, %1196
	%1198 = icmp slt i32 %1197, %N
	%1199 = select i1 %1198, i32 %1197, i32 0
	%1200 = sitofp i32 %458 to float
	%1201 = sitofp i32 %1199 to float
	%1202 = fcmp ole float %1201, %1200
	%1203 = uitofp i1 %1202 to float
	%1204 = fcmp une float %1203, 0.0
	%1205 = and i1 %1198, %1204
	%1206 = select i1 %1205, float %446, float 0xFFF0000000000000
	%1207 = shl i32 %13, 1
	%1208 = add i32 56, %1207
	%1209 = add i32 %214, %1208
	%1210 = icmp slt i32 %1209, %N
	%1211 = select i1 %1210, i32 %1209, i32 0
	%1212 = sitofp i32 %454 to float
	%1213 = sitofp i32 %1211 to float
	%1214 = fcmp ole float %1213, %1212
	%1215 = uitofp i1 %1214 to float
	%1216 = fcmp une float %1215, 0.0
	%1217 = and i1 %1210, %1216
	%1218 = select i1 %1217, float %447, float 0xFFF0000000000000
	%1219 = shl i32 %13, 1
	%1220 = add i32 57, %1219
	%1221 = add i32 %214, %1220
	%1222 = icmp slt i32 %1221, %N
	%1223 = select i1 %1222, i32 %1221, i32 0
	%1224 = sitofp i32 %454 to float
	%1225 = sitofp i32 %1223 to float
	%1226 = fcmp ole float %1225, %1224
	%1227 = uitofp i1 %1226 to float
	%1228 = fcmp une float %1227, 0.0
	%1229 = and i1 %1222, %1228
	%1230 = select i1 %1229, float %448, float 0xFFF0000000000000
	%1231 = shl i32 %13, 1
	%1232 = add i32 56, %1231
	%1233 = add i32 %214, %1232
	%1234 = icmp slt i32 %1233, %N
	%1235 = select i1 %1234, i32 %1233, i32 0
	%1236 = sitofp i32 %458 to float
	%1237 = sitofp i32 %1235 to float
	%1238 = fcmp ole float %1237, %1236
	%1239 = uitofp i1 %1238 to float
	%1240 = fcmp une float %1239, 0.0
	%1241 = and i1 %1234, %1240
	%1242 = select i1 %1241, float %449, float 0xFFF0000000000000
	%1243 = shl i32 %13, 1
	%1244 = add i32 57, %1243
	%1245 = add i32 %214, %1244
	%1246 = icmp slt i32 %1245, %N
	%1247 = select i1 %1246, i32 %1245, i32 0
	%1248 = sitofp i32 %458 to float
	%1249 = sitofp i32 %1247 to float
	%1250 = fcmp ole float %1249, %1248
	%1251 = uitofp i1 %1250 to float
	%1252 = fcmp une float %1251, 0.0
	%1253 = and i1 %1246, %1252
	%1254 = select i1 %1253, float %450, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1255 = phi float [ %419, %classify ], [ %882, %partial ], [ %548, %meankeys ]
	%1256 = phi float [ %420, %classify ], [ %894, %partial ], [ %567, %meankeys ]
	%1257 = phi float [ %421, %classify ], [ %906, %partial ], [ %569, %meankeys ]
	%1258 = phi float [ %422, %classify ], [ %918, %partial ], [ %571, %meankeys ]
	%1259 = phi float [ %423, %classify ], [ %930, %partial ], [ %590, %meankeys ]
	%1260 = phi float [ %424, %classify ], [ %942, %partial ], [ %609, %meankeys ]
	%1261 = phi float [ %425, %classify ], [ %954, %partial ], [ %611, %meankeys ]
	%1262 = phi float [ %426, %classify ], [ %966, %partial ], [ %613, %meankeys ]
	%1263 = phi float [ %427, %classify ], [ %978, %partial ], [ %632, %meankeys ]
	%1264 = phi float [ %428, %classify ], [ %990, %partial ], [ %651, %meankeys ]
	%1265 = phi float [ %429, %classify ], [ %1002, %partial ], [ %653, %meankeys ]
	%1266 = phi float [ %430, %classify ], [ %1014, %partial ], [ %655, %meankeys ]
	%1267 = phi float [ %431, %classify ], [ %1026, %partial ], [ %674, %meankeys ]
	%1268 = phi float [ %432, %classify ], [ %1038, %partial ], [ %693, %meankeys ]
	%1269 = phi float [ %433, %classify ], [ %1050, %partial ], [ %695, %meankeys ]
	%1270 = phi float [ %434, %classify ], [ %1062, %partial ], [ %697, %meankeys ]
	%1271 = phi float [ %435, %classify ], [ %1074, %partial ], [ %716, %meankeys ]
	%1272 = phi float [ %436, %classify ], [ %1086, %partial ], [ %735, %meankeys ]
	%1273 = phi float [ %437, %classify ], [ %1098, %partial ], [ %737, %meankeys ]
	%1274 = phi float [ %438, %classify ], [ %1110, %partial ], [ %739, %meankeys ]
	%1275 = phi float [ %439, %classify ], [ %1122, %partial ], [ %758, %meankeys ]
	%1276 = phi float [ %440, %classify ], [ %1134, %partial ], [ %777, %meankeys ]
	%1277 = phi float [ %441, %classify ], [ %1146, %partial ], [ %779, %meankeys ]
	%1278 = phi float [ %442, %classify ], [ %1158, %partial ], [ %781, %meankeys ]
	%1279 = phi float [ %443, %classify ], [ %1170, %partial ], [ %800, %meankeys ]
	%1280 = phi float [ %444, %classify ], [ %1182, %partial ], [ %819, %meankeys ]
	%1281 = phi float [ %445, %classify ], [ %1194, %partial ], [ %821, %meankeys ]
	%1282 = phi float [ %446, %classify ], [ %1206, %partial ], [ %823, %meankeys ]
	%1283 = phi float [ %447, %classify ], [ %1218, %partial ], [ %842, %meankeys ]
	%1284 = phi float [ %448, %classify ], [ %1230, %partial ], [ %861, %meankeys ]
	%1285 = phi float [ %449, %classify ], [ %1242, %partial ], [ %863, %meankeys ]
	%1286 = phi float [ %450, %classify ], [ %1254, %partial ], [ %865, %meankeys ]
	%1287 = call float @llvm.nvvm.fmax.f(float %1255, float %1256)
	%1288 = call float @llvm.nvvm.fmax.f(float %1259, float %1260)
	%1289 = call float @llvm.nvvm.fmax.f(float %1263, float %1264)
	%1290 = call float @llvm.nvvm.fmax.f(float %1267, float %1268)
	%1291 = call float @llvm.nvvm.fmax.f(float %1271, float %1272)
	%1292 = call float @llvm.nvvm.fmax.f(float %1275, float %1276)
	%1293 = call float @llvm.nvvm.fmax.f(float %1279, float %1280)
	%1294 = call float @llvm.nvvm.fmax.f(float %1283, float %1284)
	%1295 = call float @llvm.nvvm.fmax.f(float %1287, float %1288)
	%1296 = call float @llvm.nvvm.fmax.f(float %1289, float %1290)
	%1297 = call float @llvm.nvvm.fmax.f(float %1291, float %1292)
	%1298 = call float @llvm.nvvm.fmax.f(float %1293, float %1294)
	%1299 = call float @llvm.nvvm.fmax.f(float %1295, float %1296)
	%1300 = call float @llvm.nvvm.fmax.f(float %1297, float %1298)
	%1301 = call float @llvm.nvvm.fmax.f(float %1299, float %1300)
	%1302 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1301, i32 1, i32 31)
	%1303 = call float @llvm.nvvm.fmax.f(float %1301, float %1302)
	%1304 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1303, i32 2, i32 31)
	%1305 = call float @llvm.nvvm.fmax.f(float %1303, float %1304)
	%1306 = fmul float %1305, 0x3FC7154760000000
	%1307 = call float @llvm.nvvm.fmax.f(float %210, float %1306)
	%1308 = fadd float %210, 8.0
	%1309 = fcmp ogt float %1307, %1308
	%1310 = or i1 false, %1309
	%1311 = call float @llvm.nvvm.fmax.f(float %1257, float %1258)
	%1312 = call float @llvm.nvvm.fmax.f(float %1261, float %1262)
	%1313 = call float @llvm.nvvm.fmax.f(float %1265, float %1266)
	%1314 = call float @llvm.nvvm.fmax.f(float %1269, float %1270)
	%1315 = call float @llvm.nvvm.fmax.f(float %1273, float %1274)
	%1316 = call float @llvm.nvvm.fmax.f(float %1277, float %1278)
	%1317 = call float @llvm.nvvm.fmax.f(float %1281, float %1282)
	%1318 = call float @llvm.nvvm.fmax.f(float %1285, float %1286)
	%1319 = call float @llvm.nvvm.fmax.f(float %1311, float %1312)
	%1320 = call float @llvm.nvvm.fmax.f(float %1313, float %1314)
	%1321 = call float @llvm.nvvm.fmax.f(float %1315, float %1316)
	%1322 = call float @llvm.nvvm.fmax.f(float %1317, float %1318)
	%1323 = call float @llvm.nvvm.fmax.f(float %1319, float %1320)
	%1324 = call float @llvm.nvvm.fmax.f(float %1321, float %1322)
	%1325 = call float @llvm.nvvm.fmax.f(float %1323, float %1324)
	%1326 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1325, i32 1, i32 31)
	%1327 = call float @llvm.nvvm.fmax.f(float %1325, float %1326)
	%1328 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1327, i32 2, i32 31)
	%1329 = call float @llvm.nvvm.fmax.f(float %1327, float %1328)
	%1330 = fmul float %1329, 0x3FC7154760000000
	%1331 = call float @llvm.nvvm.fmax.f(float %212, float %1330)
	%1332 = fadd float %212, 8.0
	%1333 = fcmp ogt float %1331, %1332
	%1334 = or i1 %1310, %1333
	%1335 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1334)
	br i1 %1335, label %1336, label %1379

1336:
	%1337 = fcmp oeq float %1307, 0xFFF0000000000000
	%1338 = select i1 %1337, float 0.0, float %1307
	%1339 = fsub float %210, %1338
	%1340 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1339)
	%1341 = fcmp oeq float %1331, 0xFFF0000000000000
	%1342 = select i1 %1341, float 0.0, float %1331
	%1343 = fsub float %212, %1342
	%1344 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1343)
	%1345 = fmul float %178, %1340
	%1346 = fmul float %179, %1340
	%1347 = fmul float %180, %1344
	%1348 = fmul float %181, %1344
	%1349 = fmul float %182, %1340
	%1350 = fmul float %183, %1340
	%1351 = fmul float %184, %1344
	%1352 = fmul float %185, %1344
	%1353 = fmul float %186, %1340
	%1354 = fmul float %187, %1340
	%1355 = fmul float %188, %1344
	%1356 = fmul float %189, %1344
	%1357 = fmul float %190, %1340
	%1358 = fmul float %191, %1340
	%1359 = fmul float %192, %1344
	%1360 = fmul float %193, %1344
	%1361 = fmul float %194, %1340
	%1362 = fmul float %195, %1340
	%1363 = fmul float %196, %1344
	%1364 = fmul float %197, %1344
	%1365 = fmul float %198, %1340
	%1366 = fmul float %199, %1340
	%1367 = fmul float %200, %1344
	%1368 = fmul float %201, %1344
	%1369 = fmul float %202, %1340
	%1370 = fmul float %203, %1340
	%1371 = fmul float %204, %1344
	%1372 = fmul float %205, %1344
	%1373 = fmul float %206, %1340
	%1374 = fmul float %207, %1340
	%1375 = fmul float %208, %1344
	%1376 = fmul float %209, %1344
	%1377 = fmul float %211, %1340
	%1378 = fmul float %213, %1344
	br label %1379

1379:
	%1380 = phi float [ %178, %softmax ], [ %1345, %1336 ]
	%1381 = phi float [ %179, %softmax ], [ %1346, %1336 ]
	%1382 = phi float [ %180, %softmax ], [ %1347, %1336 ]
	%1383 = phi float [ %181, %softmax ], [ %1348, %1336 ]
	%1384 = phi float [ %182, %softmax ], [ %1349, %1336 ]
	%1385 = phi float [ %183, %softmax ], [ %1350, %1336 ]
	%1386 = phi float [ %184, %softmax ], [ %1351, %1336 ]
	%1387 = phi float [ %185, %softmax ], [ %1352, %1336 ]
	%1388 = phi float [ %186, %softmax ], [ %1353, %1336 ]
	%1389 = phi float [ %187, %softmax ], [ %1354, %1336 ]
	%1390 = phi float [ %188, %softmax ], [ %1355, %1336 ]
	%1391 = phi float [ %189, %softmax ], [ %1356, %1336 ]
	%1392 = phi float [ %190, %softmax ], [ %1357, %1336 ]
	%1393 = phi float [ %191, %softmax ], [ %1358, %1336 ]
	%1394 = phi float [ %192, %softmax ], [ %1359, %1336 ]
	%1395 = phi float [ %193, %softmax ], [ %1360, %1336 ]
	%1396 = phi float [ %194, %softmax ], [ %1361, %1336 ]
	%1397 = phi float [ %195, %softmax ], [ %1362, %1336 ]
	%1398 = phi float [ %196, %softmax ], [ %1363, %1336 ]
	%1399 = phi float [ %197, %softmax ], [ %1364, %1336 ]
	%1400 = phi float [ %198, %softmax ], [ %1365, %1336 ]
	%1401 = phi float [ %199, %softmax ], [ %1366, %1336 ]
	%1402 = phi float [ %200, %softmax ], [ %1367, %1336 ]
	%1403 = phi float [ %201, %softmax ], [ %1368, %1336 ]
	%1404 = phi float [ %202, %softmax ], [ %1369, %1336 ]
	%1405 = phi float [ %203, %softmax ], [ %1370, %1336 ]
	%1406 = phi float [ %204, %softmax ], [ %1371, %1336 ]
	%1407 = phi float [ %205, %softmax ], [ %1372, %1336 ]
	%1408 = phi float [ %206, %softmax ], [ %1373, %1336 ]
	%1409 = phi float [ %207, %softmax ], [ %1374, %1336 ]
	%1410 = phi float [ %208, %softmax ], [ %1375, %1336 ]
	%1411 = phi float [ %209, %softmax ], [ %1376, %1336 ]
	%1412 = phi float [ %211, %softmax ], [ %1377, %1336 ]
	%1413 = phi float [ %213, %softmax ], [ %1378, %1336 ]
	%1414 = select i1 %1335, float %1307, float %210
	%1415 = fcmp oeq float %1414, 0xFFF0000000000000
	%1416 = select i1 %1415, float 0.0, float %1414
	%1417 = fneg float %1416
	%1418 = call float @llvm.fma.f32(float %1255, float 0x3FC7154760000000, float %1417)
	%1419 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1418)
	%1420 = call float @llvm.fma.f32(float %1256, float 0x3FC7154760000000, float %1417)
	%1421 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1420)
	%1422 = call float @llvm.fma.f32(float %1259, float 0x3FC7154760000000, float %1417)
	%1423 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1422)
	%1424 = call float @llvm.fma.f32(float %1260, float 0x3FC7154760000000, float %1417)
	%1425 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1424)
	%1426 = call float @llvm.fma.f32(float %1263, float 0x3FC7154760000000, float %1417)
	%1427 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1426)
	%1428 = call float @llvm.fma.f32(float %1264, float 0x3FC7154760000000, float %1417)
	%1429 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1428)
	%1430 = call float @llvm.fma.f32(float %1267, float 0x3FC7154760000000, float %1417)
	%1431 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1430)
	%1432 = call float @llvm.fma.f32(float %1268, float 0x3FC7154760000000, float %1417)
	%1433 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1432)
	%1434 = call float @llvm.fma.f32(float %1271, float 0x3FC7154760000000, float %1417)
	%1435 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1434)
	%1436 = call float @llvm.fma.f32(float %1272, float 0x3FC7154760000000, float %1417)
	%1437 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1436)
	%1438 = call float @llvm.fma.f32(float %1275, float 0x3FC7154760000000, float %1417)
	%1439 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1438)
	%1440 = call float @llvm.fma.f32(float %1276, float 0x3FC7154760000000, float %1417)
	%1441 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1440)
	%1442 = call float @llvm.fma.f32(float %1279, float 0x3FC7154760000000, float %1417)
	%1443 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1442)
	%1444 = call float @llvm.fma.f32(float %1280, float 0x3FC7154760000000, float %1417)
	%1445 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1444)
	%1446 = call float @llvm.fma.f32(float %1283, float 0x3FC7154760000000, float %1417)
	%1447 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1446)
	%1448 = call float @llvm.fma.f32(float %1284, float 0x3FC7154760000000, float %1417)
	%1449 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1448)
	%1450 = fadd float %1419, %1421
	%1451 = fadd float %1423, %1425
	%1452 = fadd float %1427, %1429
	%1453 = fadd float %1431, %1433
	%1454 = fadd float %1435, %1437
	%1455 = fadd float %1439, %1441
	%1456 = fadd float %1443, %1445
	%1457 = fadd float %1447, %1449
	%1458 = fadd float %1450, %1451
	%1459 = fadd float %1452, %1453
	%1460 = fadd float %1454, %1455
	%1461 = fadd float %1456, %1457
	%1462 = fadd float %1458, %1459
	%1463 = fadd float %1460, %1461
	%1464 = fadd float %1462, %1463
	%1465 = fadd float %1412, %1464
	%1466 = select i1 %1335, float %1331, float %212
	%1467 = fcmp oeq float %1466, 0xFFF0000000000000
	%1468 = select i1 %1467, float 0.0, float %1466
	%1469 = fneg float %1468
	%1470 = call float @llvm.fma.f32(float %1257, float 0x3FC7154760000000, float %1469)
	%1471 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1470)
	%1472 = call float @llvm.fma.f32(float %1258, float 0x3FC7154760000000, float %1469)
	%1473 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1472)
	%1474 = call float @llvm.fma.f32(float %1261, float 0x3FC7154760000000, float %1469)
	%1475 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1474)
	%1476 = call float @llvm.fma.f32(float %1262, float 0x3FC7154760000000, float %1469)
	%1477 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1476)
	%1478 = call float @llvm.fma.f32(float %1265, float 0x3FC7154760000000, float %1469)
	%1479 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1478)
	%1480 = call float @llvm.fma.f32(float %1266, float 0x3FC7154760000000, float %1469)
	%1481 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1480)
	%1482 = call float @llvm.fma.f32(float %1269, float 0x3FC7154760000000, float %1469)
	%1483 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1482)
	%1484 = call float @llvm.fma.f32(float %1270, float 0x3FC7154760000000, float %1469)
	%1485 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1484)
	%1486 = call float @llvm.fma.f32(float %1273, float 0x3FC7154760000000, float %1469)
	%1487 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1486)
	%1488 = call float @llvm.fma.f32(float %1274, float 0x3FC7154760000000, float %1469)
	%1489 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1488)
	%1490 = call float @llvm.fma.f32(float %1277, float 0x3FC7154760000000, float %1469)
	%1491 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1490)
	%1492 = call float @llvm.fma.f32(float %1278, float 0x3FC7154760000000, float %1469)
	%1493 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1492)
	%1494 = call float @llvm.fma.f32(float %1281, float 0x3FC7154760000000, float %1469)
	%1495 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1494)
	%1496 = call float @llvm.fma.f32(float %1282, float 0x3FC7154760000000, float %1469)
	%1497 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1496)
	%1498 = call float @llvm.fma.f32(float %1285, float 0x3FC7154760000000, float %1469)
	%1499 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1498)
	%1500 = call float @llvm.fma.f32(float %1286, float 0x3FC7154760000000, float %1469)
	%1501 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1500)
	%1502 = fadd float %1471, %1473
	%1503 = fadd float %1475, %1477
	%1504 = fadd float %1479, %1481
	%1505 = fadd float %1483, %1485
	%1506 = fadd float %1487, %1489
	%1507 = fadd float %1491, %1493
	%1508 = fadd float %1495, %1497
	%1509 = fadd float %1499, %1501
	%1510 = fadd float %1502, %1503
	%1511 = fadd float %1504, %1505
	%1512 = fadd float %1506, %1507
	%1513 = fadd float %1508, %1509
	%1514 = fadd float %1510, %1511
	%1515 = fadd float %1512, %1513
	%1516 = fadd float %1514, %1515
	%1517 = fadd float %1413, %1516
	%1518 = add i32 %176, 1
	%1519 = icmp slt i32 %1518, %NK
	%1520 = select i1 %1519, i32 %1518, i32 0
	%1521 = add i32 %48, %1520
	%1522 = sext i32 %1521 to i64
	%1523 = getelementptr i32, i32* %list, i64 %1522
	%1524 = load i32, i32* %1523
	%1525 = select i1 %1519, i32 %1524, i32 -1
	%1526 = icmp sge i32 %1525, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1526, label %prefetch, label %pv

prefetch:
	%1527 = icmp sge i32 %1525, %NK
	%1528 = select i1 %1527, i16* %56, i16* %39
	%1529 = sub i32 %1525, %NK
	%1530 = select i1 %1527, i32 %1529, i32 %1525
	%1531 = mul i32 %1530, 64
	%1532 = select i1 %1527, i32 %NK, i32 %N
	%1533 = lshr i32 %9, 3
	%1534 = and i32 %9, 7
	%1535 = lshr i32 %1534, 3
	%1536 = mul i32 %1535, u0x2000
	%1537 = and i32 %1534, 7
	%1538 = and i32 %1533, 7
	%1539 = xor i32 %1537, %1538
	%1540 = mul i32 %1533, 128
	%1541 = shl i32 %1539, 4
	%1542 = add i32 %1540, %1541
	%1543 = add i32 %1536, %1542
	%1544 = add i32 %0, %1543
	%1545 = add i32 %1531, %1533
	%1546 = mul i32 %1545, 64
	%1547 = mul i32 %1534, 8
	%1548 = add i32 %1546, %1547
	%1549 = sext i32 %1548 to i64
	%1550 = getelementptr i16, i16* %1528, i64 %1549
	%1551 = add i32 %1545, 0
	%1552 = icmp slt i32 %1551, %1532
	%1553 = getelementptr i16, i16* %1550, i64 0
	%1554 = select i1 %1552, i16* %1553, i16* %1528
	%1555 = add i32 %1544, 0
	%1556 = select i1 %1552, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1555, i16* %1554, i32 %1556)
	%1557 = add i32 %1545, 16
	%1558 = icmp slt i32 %1557, %1532
	%1559 = getelementptr i16, i16* %1550, i64 1024
	%1560 = select i1 %1558, i16* %1559, i16* %1528
	%1561 = add i32 %1544, 2048
	%1562 = select i1 %1558, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1561, i16* %1560, i32 %1562)
	%1563 = add i32 %1545, 32
	%1564 = icmp slt i32 %1563, %1532
	%1565 = getelementptr i16, i16* %1550, i64 2048
	%1566 = select i1 %1564, i16* %1565, i16* %1528
	%1567 = add i32 %1544, u0x1000
	%1568 = select i1 %1564, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1567, i16* %1566, i32 %1568)
	%1569 = add i32 %1545, 48
	%1570 = icmp slt i32 %1569, %1532
	%1571 = getelementptr i16, i16* %1550, i64 3072
	%1572 = select i1 %1570, i16* %1571, i16* %1528
	%1573 = add i32 %1544, 6144
	%1574 = select i1 %1570, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1573, i16* %1572, i32 %1574)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1575 = and i32 %11, 7
	%1576 = lshr i32 %11, 3
	%1577 = and i32 %1576, 1
	%1578 = shl i32 %1577, 3
	%1579 = add i32 %1575, %1578
	%1580 = mul i32 %1579, 128
	%1581 = add i32 %1, %1580
	%1582 = and i32 %11, 7
	%1583 = xor i32 %118, %1582
	%1584 = shl i32 %1583, 4
	%1585 = add i32 %1581, %1584
	%1586 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1421, float %1419)
	%1587 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1473, float %1471)
	%1588 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1425, float %1423)
	%1589 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1477, float %1475)
	%1590 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1429, float %1427)
	%1591 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1481, float %1479)
	%1592 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1433, float %1431)
	%1593 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1485, float %1483)
	%1594 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1437, float %1435)
	%1595 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1489, float %1487)
	%1596 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1441, float %1439)
	%1597 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1493, float %1491)
	%1598 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1445, float %1443)
	%1599 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1497, float %1495)
	%1600 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1449, float %1447)
	%1601 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1501, float %1499)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1602 = add i32 %8, 0
	%1603 = zext i32 %1602 to i64
	%1604 = or i64 %1603, u0x4000004002000000
	%1605 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1380, float %1381, float %1382, float %1383, float %1384, float %1385, float %1386, float %1387, float %1388, float %1389, float %1390, float %1391, float %1392, float %1393, float %1394, float %1395, float %1396, float %1397, float %1398, float %1399, float %1400, float %1401, float %1402, float %1403, float %1404, float %1405, float %1406, float %1407, float %1408, float %1409, float %1410, float %1411, i32 %1586, i32 %1587, i32 %1588, i32 %1589, i64 %1604, i32 1)
	%1606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 0
	%1607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 1
	%1608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 2
	%1609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 3
	%1610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 4
	%1611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 5
	%1612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 6
	%1613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 7
	%1614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 8
	%1615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 9
	%1616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 10
	%1617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 11
	%1618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 12
	%1619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 13
	%1620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 14
	%1621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 15
	%1622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 16
	%1623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 17
	%1624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 18
	%1625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 19
	%1626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 20
	%1627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 21
	%1628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 22
	%1629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 23
	%1630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 24
	%1631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 25
	%1632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 26
	%1633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 27
	%1634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 28
	%1635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 29
	%1636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 30
	%1637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1605, 31
	%1638 = add i32 %8, 128
	%1639 = zext i32 %1638 to i64
	%1640 = or i64 %1639, u0x4000004002000000
	%1641 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1606, float %1607, float %1608, float %1609, float %1610, float %1611, float %1612, float %1613, float %1614, float %1615, float %1616, float %1617, float %1618, float %1619, float %1620, float %1621, float %1622, float %1623, float %1624, float %1625, float %1626, float %1627, float %1628, float %1629, float %1630, float %1631, float %1632, float %1633, float %1634, float %1635, float %1636, float %1637, i32 %1590, i32 %1591, i32 %1592, i32 %1593, i64 %1640, i32 1)
	%1642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 0
	%1643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 1
	%1644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 2
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 3
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 4
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 5
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 6
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 7
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 8
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 9
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 10
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 11
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 12
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 13
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 14
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 15
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 16
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 17
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 18
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 19
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 20
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 21
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 22
	%1665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 23
	%1666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 24
	%1667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 25
	%1668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 26
	%1669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 27
	%1670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 28
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 29
	%1672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 30
	%1673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1641, 31
	%1674 = add i32 %8, 256
	%1675 = zext i32 %1674 to i64
	%1676 = or i64 %1675, u0x4000004002000000
	%1677 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1642, float %1643, float %1644, float %1645, float %1646, float %1647, float %1648, float %1649, float %1650, float %1651, float %1652, float %1653, float %1654, float %1655, float %1656, float %1657, float %1658, float %1659, float %1660, float %1661, float %1662, float %1663, float %1664, float %1665, float %1666, float %1667, float %1668, float %1669, float %1670, float %1671, float %1672, float %1673, i32 %1594, i32 %1595, i32 %1596, i32 %1597, i64 %1676, i32 1)
	%1678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 0
	%1679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 1
	%1680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 2
	%1681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 3
	%1682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 4
	%1683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 5
	%1684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 6
	%1685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 7
	%1686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 8
	%1687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 9
	%1688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 10
	%1689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 11
	%1690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 12
	%1691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 13
	%1692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 14
	%1693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 15
	%1694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 16
	%1695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 17
	%1696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 18
	%1697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 19
	%1698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 20
	%1699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 21
	%1700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 22
	%1701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 23
	%1702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 24
	%1703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 25
	%1704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 26
	%1705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 27
	%1706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 28
	%1707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 29
	%1708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 30
	%1709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1677, 31
	%1710 = add i32 %8, 384
	%1711 = zext i32 %1710 to i64
	%1712 = or i64 %1711, u0x4000004002000000
	%1713 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1678, float %1679, float %1680, float %1681, float %1682, float %1683, float %1684, float %1685, float %1686, float %1687, float %1688, float %1689, float %1690, float %1691, float %1692, float %1693, float %1694, float %1695, float %1696, float %1697, float %1698, float %1699, float %1700, float %1701, float %1702, float %1703, float %1704, float %1705, float %1706, float %1707, float %1708, float %1709, i32 %1598, i32 %1599, i32 %1600, i32 %1601, i64 %1712, i32 1)
	%1714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 0
	%1715 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 1
	%1716 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 2
	%1717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 3
	%1718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 4
	%1719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 5
	%1720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 6
	%1721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 7
	%1722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 8
	%1723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 9
	%1724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 10
	%1725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 11
	%1726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 12
	%1727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 13
	%1728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 14
	%1729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 15
	%1730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 16
	%1731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 17
	%1732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 18
	%1733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 19
	%1734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 20
	%1735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 21
	%1736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 22
	%1737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 23
	%1738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 24
	%1739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 25
	%1740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 26
	%1741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 27
	%1742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 28
	%1743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 29
	%1744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 30
	%1745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1713, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1746 = call float asm sideeffect "", "=f,0"(float %1714)
	%1747 = call float asm sideeffect "", "=f,0"(float %1715)
	%1748 = call float asm sideeffect "", "=f,0"(float %1716)
	%1749 = call float asm sideeffect "", "=f,0"(float %1717)
	%1750 = call float asm sideeffect "", "=f,0"(float %1718)
	%1751 = call float asm sideeffect "", "=f,0"(float %1719)
	%1752 = call float asm sideeffect "", "=f,0"(float %1720)
	%1753 = call float asm sideeffect "", "=f,0"(float %1721)
	%1754 = call float asm sideeffect "", "=f,0"(float %1722)
	%1755 = call float asm sideeffect "", "=f,0"(float %1723)
	%1756 = call float asm sideeffect "", "=f,0"(float %1724)
	%1757 = call float asm sideeffect "", "=f,0"(float %1725)
	%1758 = call float asm sideeffect "", "=f,0"(float %1726)
	%1759 = call float asm sideeffect "", "=f,0"(float %1727)
	%1760 = call float asm sideeffect "", "=f,0"(float %1728)
	%1761 = call float asm sideeffect "", "=f,0"(float %1729)
	%1762 = call float asm sideeffect "", "=f,0"(float %1730)
	%1763 = call float asm sideeffect "", "=f,0"(float %1731)
	%1764 = call float asm sideeffect "", "=f,0"(float %1732)
	%1765 = call float asm sideeffect "", "=f,0"(float %1733)
	%1766 = call float asm sideeffect "", "=f,0"(float %1734)
	%1767 = call float asm sideeffect "", "=f,0"(float %1735)
	%1768 = call float asm sideeffect "", "=f,0"(float %1736)
	%1769 = call float asm sideeffect "", "=f,0"(float %1737)
	%1770 = call float asm sideeffect "", "=f,0"(float %1738)
	%1771 = call float asm sideeffect "", "=f,0"(float %1739)
	%1772 = call float asm sideeffect "", "=f,0"(float %1740)
	%1773 = call float asm sideeffect "", "=f,0"(float %1741)
	%1774 = call float asm sideeffect "", "=f,0"(float %1742)
	%1775 = call float asm sideeffect "", "=f,0"(float %1743)
	%1776 = call float asm sideeffect "", "=f,0"(float %1744)
	%1777 = call float asm sideeffect "", "=f,0"(float %1745)
	br i1 %1526, label %loop, label %epilogue

store0:
	%1778 = mul i32 %29, %M
	%1779 = add i32 %1778, %506
	%1780 = mul i32 %1779, 64
	%1781 = shl i32 %13, 1
	%1782 = add i32 0, %1781
	%1783 = add i32 %1780, %1782
	%1784 = sext i32 %1783 to i64
	%1785 = getelementptr i16, i16* %out, i64 %1784
	%1786 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %508, float %507)
	%1787 = bitcast i16* %1785 to i32*
	store i32 %1786, i32* %1787
	%1788 = shl i32 %13, 1
	%1789 = add i32 8, %1788
	%1790 = add i32 %1780, %1789
	%1791 = sext i32 %1790 to i64
	%1792 = getelementptr i16, i16* %out, i64 %1791
	%1793 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %510, float %509)
	%1794 = bitcast i16* %1792 to i32*
	store i32 %1793, i32* %1794
	%1795 = shl i32 %13, 1
	%1796 = add i32 16, %1795
	%1797 = add i32 %1780, %1796
	%1798 = sext i32 %1797 to i64
	%1799 = getelementptr i16, i16* %out, i64 %1798
	%1800 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %512, float %511)
	%1801 = bitcast i16* %1799 to i32*
	store i32 %1800, i32* %1801
	%1802 = shl i32 %13, 1
	%1803 = add i32 24, %1802
	%1804 = add i32 %1780, %1803
	%1805 = sext i32 %1804 to i64
	%1806 = getelementptr i16, i16* %out, i64 %1805
	%1807 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %514, float %513)
	%1808 = bitcast i16* %1806 to i32*
	store i32 %1807, i32* %1808
	%1809 = shl i32 %13, 1
	%1810 = add i32 32, %1809
	%1811 = add i32 %1780, %1810
	%1812 = sext i32 %1811 to i64
	%1813 = getelementptr i16, i16* %out, i64 %1812
	%1814 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %516, float %515)
	%1815 = bitcast i16* %1813 to i32*
	store i32 %1814, i32* %1815
	%1816 = shl i32 %13, 1
	%1817 = add i32 40, %1816
	%1818 = add i32 %1780, %1817
	%1819 = sext i32 %1818 to i64
	%1820 = getelementptr i16, i16* %out, i64 %1819
	%1821 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %518, float %517)
	%1822 = bitcast i16* %1820 to i32*
	store i32 %1821, i32* %1822
	%1823 = shl i32 %13, 1
	%1824 = add i32 48, %1823
	%1825 = add i32 %1780, %1824
	%1826 = sext i32 %1825 to i64
	%1827 = getelementptr i16, i16* %out, i64 %1826
	%1828 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %520, float %519)
	%1829 = bitcast i16* %1827 to i32*
	store i32 %1828, i32* %1829
	%1830 = shl i32 %13, 1
	%1831 = add i32 56, %1830
	%1832 = add i32 %1780, %1831
	%1833 = sext i32 %1832 to i64
	%1834 = getelementptr i16, i16* %out, i64 %1833
	%1835 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %522, float %521)
	%1836 = bitcast i16* %1834 to i32*
	store i32 %1835, i32* %1836
	br label %stored0

stored0:
	%1837 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %462, i32 1, i32 31)
	%1838 = fadd float %462, %1837
	%1839 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1838, i32 2, i32 31)
	%1840 = fadd float %1838, %1839
	%1841 = fcmp ogt float %1840, 0.0
	%1842 = fdiv float 1.0, %1840
	%1843 = select i1 %1841, float %1842, float 0.0
	%1844 = mul i32 %10, 16
	%1845 = add i32 %31, %1844
	%1846 = add i32 %12, 8
	%1847 = add i32 %1845, %1846
	%1848 = fmul float %466, %1843
	%1849 = fmul float %467, %1843
	%1850 = fmul float %470, %1843
	%1851 = fmul float %471, %1843
	%1852 = fmul float %474, %1843
	%1853 = fmul float %475, %1843
	%1854 = fmul float %478, %1843
	%1855 = fmul float %479, %1843
	%1856 = fmul float %482, %1843
	%1857 = fmul float %483, %1843
	%1858 = fmul float %486, %1843
	%1859 = fmul float %487, %1843
	%1860 = fmul float %490, %1843
	%1861 = fmul float %491, %1843
	%1862 = fmul float %494, %1843
	%1863 = fmul float %495, %1843
	%1864 = icmp slt i32 %1847, %M
	br i1 %1864, label %store1, label %stored1

store1:
	%1865 = mul i32 %29, %M
	%1866 = add i32 %1865, %1847
	%1867 = mul i32 %1866, 64
	%1868 = shl i32 %13, 1
	%1869 = add i32 0, %1868
	%1870 = add i32 %1867, %1869
	%1871 = sext i32 %1870 to i64
	%1872 = getelementptr i16, i16* %out, i64 %1871
	%1873 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1849, float %1848)
	%1874 = bitcast i16* %1872 to i32*
	store i32 %1873, i32* %1874
	%1875 = shl i32 %13, 1
	%1876 = add i32 8, %1875
	%1877 = add i32 %1867, %1876
	%1878 = sext i32 %1877 to i64
	%1879 = getelementptr i16, i16* %out, i64 %1878
	%1880 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1851, float %1850)
	%1881 = bitcast i16* %1879 to i32*
	store i32 %1880, i32* %1881
	%1882 = shl i32 %13, 1
	%1883 = add i32 16, %1882
	%1884 = add i32 %1867, %1883
	%1885 = sext i32 %1884 to i64
	%1886 = getelementptr i16, i16* %out, i64 %1885
	%1887 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1853, float %1852)
	%1888 = bitcast i16* %1886 to i32*
	store i32 %1887, i32* %1888
	%1889 = shl i32 %13, 1
	%1890 = add i32 24, %1889
	%1891 = add i32 %1867, %1890
	%1892 = sext i32 %1891 to i64
	%1893 = getelementptr i16, i16* %out, i64 %1892
	%1894 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1855, float %1854)
	%1895 = bitcast i16* %1893 to i32*
	store i32 %1894, i32* %1895
	%1896 = shl i32 %13, 1
	%1897 = add i32 32, %1896
	%1898 = add i32 %1867, %1897
	%1899 = sext i32 %1898 to i64
	%1900 = getelementptr i16, i16* %out, i64 %1899
	%1901 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1857, float %1856)
	%1902 = bitcast i16* %1900 to i32*
	store i32 %1901, i32* %1902
	%1903 = shl i32 %13, 1
	%1904 = add i32 40, %1903
	%1905 = add i32 %1867, %1904
	%1906 = sext i32 %1905 to i64
	%1907 = getelementptr i16, i16* %out, i64 %1906
	%1908 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1859, float %1858)
	%1909 = bitcast i16* %1907 to i32*
	store i32 %1908, i32* %1909
	%1910 = shl i32 %13, 1
	%1911 = add i32 48, %1910
	%1912 = add i32 %1867, %1911
	%1913 = sext i32 %1912 to i64
	%1914 = getelementptr i16, i16* %out, i64 %1913
	%1915 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1861, float %1860)
	%1916 = bitcast i16* %1914 to i32*
	store i32 %1915, i32* %1916
	%1917 = shl i32 %13, 1
	%1918 = add i32 56, %1917
	%1919 = add i32 %1867, %1918
	%1920 = sext i32 %1919 to i64
	%1921 = getelementptr i16, i16* %out, i64 %1920
	%1922 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1863, float %1862)
	%1923 = bitcast i16* %1921 to i32*
	store i32 %1922, i32* %1923
	br label %stored1

stored1:
	ret void
}
