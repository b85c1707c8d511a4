define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @$K_smem to i32
	%1 = add i32 %0, u0x1000
	%2 = add i32 %0, u0x2000
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
	%53 = add i32 %48, 0
	%54 = sext i32 %53 to i64
	%55 = getelementptr i32, i32* %list, i64 %54
	%56 = load i32, i32* %55
	%57 = icmp sgt i32 %NK, 0
	%58 = icmp sge i32 %56, 0
	%59 = and i1 %57, %58
	%60 = icmp slt i32 1, %NK
	%61 = and i1 %59, %60
	%62 = select i1 %61, i32 1, i32 0
	%63 = add i32 %48, %62
	%64 = sext i32 %63 to i64
	%65 = getelementptr i32, i32* %list, i64 %64
	%66 = load i32, i32* %65
	%67 = select i1 %61, i32 %66, i32 -1
	%68 = icmp sge i32 %56, 0
	%69 = icmp slt i32 %56, %NK
	%70 = and i1 %68, %69
	%71 = select i1 %70, i32 %56, i32 0
	%72 = add i32 %52, %71
	%73 = sext i32 %72 to i64
	%74 = getelementptr i8, i8* %cls, i64 %73
	%75 = load i8, i8* %74
	%76 = lshr i32 %9, 3
	%77 = and i32 %9, 7
	%78 = lshr i32 %77, 3
	%79 = mul i32 %78, u0x2000
	%80 = and i32 %77, 7
	%81 = and i32 %76, 7
	%82 = xor i32 %80, %81
	%83 = mul i32 %76, 128
	%84 = shl i32 %82, 4
	%85 = add i32 %83, %84
	%86 = add i32 %79, %85
	%87 = add i32 %2, %86
	%88 = add i32 %31, %76
	%89 = mul i32 %88, 64
	%90 = mul i32 %77, 8
	%91 = add i32 %89, %90
	%92 = sext i32 %91 to i64
	%93 = getelementptr i16, i16* %35, i64 %92
	%94 = add i32 %88, 0
	%95 = icmp slt i32 %94, %M
	%96 = getelementptr i16, i16* %93, i64 0
	%97 = select i1 %95, i16* %96, i16* %35
	%98 = add i32 %87, 0
	%99 = select i1 %95, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %98, i16* %97, i32 %99)
	%100 = add i32 %88, 16
	%101 = icmp slt i32 %100, %M
	%102 = getelementptr i16, i16* %93, i64 1024
	%103 = select i1 %101, i16* %102, i16* %35
	%104 = add i32 %87, 2048
	%105 = select i1 %101, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %104, i16* %103, i32 %105)
	%106 = add i32 %88, 32
	%107 = icmp slt i32 %106, %M
	%108 = getelementptr i16, i16* %93, i64 2048
	%109 = select i1 %107, i16* %108, i16* %35
	%110 = add i32 %87, u0x1000
	%111 = select i1 %107, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %110, i16* %109, i32 %111)
	%112 = add i32 %88, 48
	%113 = icmp slt i32 %112, %M
	%114 = getelementptr i16, i16* %93, i64 3072
	%115 = select i1 %113, i16* %114, i16* %35
	%116 = add i32 %87, 6144
	%117 = select i1 %113, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %116, i16* %115, i32 %117)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %59, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%118 = and i32 %11, 7
	%119 = lshr i32 %11, 3
	%120 = and i32 %119, 1
	%121 = shl i32 %120, 3
	%122 = add i32 %118, %121
	%123 = lshr i32 %11, 4
	%124 = mul i32 %10, 16
	%125 = add i32 %122, 0
	%126 = add i32 %124, %125
	%127 = mul i32 %126, 128
	%128 = add i32 %2, %127
	%129 = and i32 %11, 7
	%130 = xor i32 %123, %129
	%131 = shl i32 %130, 4
	%132 = add i32 %128, %131
	%133 = mul i32 %56, 32
	%134 = lshr i32 %9, 3
	%135 = and i32 %9, 7
	%136 = lshr i32 %135, 3
	%137 = mul i32 %136, u0x1000
	%138 = and i32 %135, 7
	%139 = and i32 %134, 7
	%140 = xor i32 %138, %139
	%141 = mul i32 %134, 128
	%142 = shl i32 %140, 4
	%143 = add i32 %141, %142
	%144 = add i32 %137, %143
	%145 = add i32 %0, %144
	%146 = add i32 %133, %134
	%147 = mul i32 %146, 64
	%148 = mul i32 %135, 8
	%149 = add i32 %147, %148
	%150 = sext i32 %149 to i64
	%151 = getelementptr i16, i16* %39, i64 %150
	%152 = add i32 %146, 0
	%153 = icmp slt i32 %152, %N
	%154 = getelementptr i16, i16* %151, i64 0
	%155 = select i1 %153, i16* %154, i16* %39
	%156 = add i32 %145, 0
	%157 = select i1 %153, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %156, i16* %155, i32 %157)
	%158 = add i32 %146, 16
	%159 = icmp slt i32 %158, %N
	%160 = getelementptr i16, i16* %151, i64 1024
	%161 = select i1 %159, i16* %160, i16* %39
	%162 = add i32 %145, 2048
	%163 = select i1 %159, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %162, i16* %161, i32 %163)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%164 = phi i32 [ 0, %prologue ], [ %679, %pv ]
	%165 = phi i32 [ %56, %prologue ], [ %166, %pv ]
	%166 = phi i32 [ %67, %prologue ], [ %689, %pv ]
	%167 = phi i8 [ %75, %prologue ], [ %697, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %820, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %821, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %822, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %823, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %824, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %825, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %826, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %827, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %828, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %829, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %830, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %831, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %832, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %833, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %834, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %835, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %836, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %837, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %838, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %839, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %840, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %841, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %842, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %843, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %844, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %845, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %846, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %847, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %848, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %849, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %850, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %851, %pv ]
	%200 = phi float [ 0xFFF0000000000000, %prologue ], [ %623, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %650, %pv ]
	%202 = phi float [ 0xFFF0000000000000, %prologue ], [ %651, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %678, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%204 = mul i32 %165, 32
	%205 = lshr i32 %9, 3
	%206 = and i32 %9, 7
	%207 = lshr i32 %206, 3
	%208 = mul i32 %207, u0x1000
	%209 = and i32 %206, 7
	%210 = and i32 %205, 7
	%211 = xor i32 %209, %210
	%212 = mul i32 %205, 128
	%213 = shl i32 %211, 4
	%214 = add i32 %212, %213
	%215 = add i32 %208, %214
	%216 = add i32 %1, %215
	%217 = add i32 %204, %205
	%218 = mul i32 %217, 64
	%219 = mul i32 %206, 8
	%220 = add i32 %218, %219
	%221 = sext i32 %220 to i64
	%222 = getelementptr i16, i16* %43, i64 %221
	%223 = add i32 %217, 0
	%224 = icmp slt i32 %223, %N
	%225 = getelementptr i16, i16* %222, i64 0
	%226 = select i1 %224, i16* %225, i16* %43
	%227 = add i32 %216, 0
	%228 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %227, i16* %226, i32 %228)
	%229 = add i32 %217, 16
	%230 = icmp slt i32 %229, %N
	%231 = getelementptr i16, i16* %222, i64 1024
	%232 = select i1 %230, i16* %231, i16* %43
	%233 = add i32 %216, 2048
	%234 = select i1 %230, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %233, i16* %232, i32 %234)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%235 = add i32 %4, 0
	%236 = zext i32 %235 to i64
	%237 = or i64 %236, u0x4000004000010000
	%238 = add i32 %6, 0
	%239 = zext i32 %238 to i64
	%240 = or i64 %239, u0x4000004000010000
	%241 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %237, i64 %240, i32 1)
	%242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 0
	%243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 1
	%244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 2
	%245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 3
	%246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 4
	%247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 5
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 6
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 7
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 8
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 9
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 10
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 11
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 12
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 13
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 14
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %241, 15
	%258 = add i32 %4, 2
	%259 = zext i32 %258 to i64
	%260 = or i64 %259, u0x4000004000010000
	%261 = add i32 %6, 2
	%262 = zext i32 %261 to i64
	%263 = or i64 %262, u0x4000004000010000
	%264 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %242, float %243, float %244, float %245, float %246, float %247, float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, i64 %260, i64 %263, i32 1)
	%265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 0
	%266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 1
	%267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 2
	%268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 3
	%269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 4
	%270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 5
	%271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 6
	%272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 7
	%273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 8
	%274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 9
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 10
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 11
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 12
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 13
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 14
	%280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %264, 15
	%281 = add i32 %4, 4
	%282 = zext i32 %281 to i64
	%283 = or i64 %282, u0x4000004000010000
	%284 = add i32 %6, 4
	%285 = zext i32 %284 to i64
	%286 = or i64 %285, u0x4000004000010000
	%287 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %265, float %266, float %267, float %268, float %269, float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, float %280, i64 %283, i64 %286, i32 1)
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 0
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 1
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 2
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 3
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 4
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 5
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 6
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 7
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 8
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 9
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 10
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 11
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 12
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 13
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 14
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 15
	%304 = add i32 %4, 6
	%305 = zext i32 %304 to i64
	%306 = or i64 %305, u0x4000004000010000
	%307 = add i32 %6, 6
	%308 = zext i32 %307 to i64
	%309 = or i64 %308, u0x4000004000010000
	%310 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, i64 %306, i64 %309, i32 1)
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 0
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 1
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 2
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 3
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 4
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 5
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 6
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 7
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 8
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 9
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 10
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 11
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 12
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 13
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 14
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %310, 15
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%327 = call float asm sideeffect "", "=f,0"(float %311)
	%328 = call float asm sideeffect "", "=f,0"(float %312)
	%329 = call float asm sideeffect "", "=f,0"(float %313)
	%330 = call float asm sideeffect "", "=f,0"(float %314)
	%331 = call float asm sideeffect "", "=f,0"(float %315)
	%332 = call float asm sideeffect "", "=f,0"(float %316)
	%333 = call float asm sideeffect "", "=f,0"(float %317)
	%334 = call float asm sideeffect "", "=f,0"(float %318)
	%335 = call float asm sideeffect "", "=f,0"(float %319)
	%336 = call float asm sideeffect "", "=f,0"(float %320)
	%337 = call float asm sideeffect "", "=f,0"(float %321)
	%338 = call float asm sideeffect "", "=f,0"(float %322)
	%339 = call float asm sideeffect "", "=f,0"(float %323)
	%340 = call float asm sideeffect "", "=f,0"(float %324)
	%341 = call float asm sideeffect "", "=f,0"(float %325)
	%342 = call float asm sideeffect "", "=f,0"(float %326)
	%343 = mul i32 %10, 16
	%344 = add i32 %31, %343
	%345 = add i32 %12, 0
	%346 = add i32 %344, %345
	%347 = mul i32 %10, 16
	%348 = add i32 %31, %347
	%349 = add i32 %12, 8
	%350 = add i32 %348, %349
	%351 = sitofp i32 %29 to float
	%352 = icmp ne i8 %167, 2
	br i1 %352, label %partial, label %softmax

epilogue:
	%353 = phi float [ 0.0, %entry ], [ %650, %pv ]
	%354 = phi float [ 0.0, %entry ], [ %678, %pv ]
	%355 = phi i32 [ 0, %entry ], [ %679, %pv ]
	%356 = phi float [ 0.0, %entry ], [ %820, %pv ]
	%357 = phi float [ 0.0, %entry ], [ %821, %pv ]
	%358 = phi float [ 0.0, %entry ], [ %822, %pv ]
	%359 = phi float [ 0.0, %entry ], [ %823, %pv ]
	%360 = phi float [ 0.0, %entry ], [ %824, %pv ]
	%361 = phi float [ 0.0, %entry ], [ %825, %pv ]
	%362 = phi float [ 0.0, %entry ], [ %826, %pv ]
	%363 = phi float [ 0.0, %entry ], [ %827, %pv ]
	%364 = phi float [ 0.0, %entry ], [ %828, %pv ]
	%365 = phi float [ 0.0, %entry ], [ %829, %pv ]
	%366 = phi float [ 0.0, %entry ], [ %830, %pv ]
	%367 = phi float [ 0.0, %entry ], [ %831, %pv ]
	%368 = phi float [ 0.0, %entry ], [ %832, %pv ]
	%369 = phi float [ 0.0, %entry ], [ %833, %pv ]
	%370 = phi float [ 0.0, %entry ], [ %834, %pv ]
	%371 = phi float [ 0.0, %entry ], [ %835, %pv ]
	%372 = phi float [ 0.0, %entry ], [ %836, %pv ]
	%373 = phi float [ 0.0, %entry ], [ %837, %pv ]
	%374 = phi float [ 0.0, %entry ], [ %838, %pv ]
	%375 = phi float [ 0.0, %entry ], [ %839, %pv ]
	%376 = phi float [ 0.0, %entry ], [ %840, %pv ]
	%377 = phi float [ 0.0, %entry ], [ %841, %pv ]
	%378 = phi float [ 0.0, %entry ], [ %842, %pv ]
	%379 = phi float [ 0.0, %entry ], [ %843, %pv ]
	%380 = phi float [ 0.0, %entry ], [ %844, %pv ]
	%381 = phi float [ 0.0, %entry ], [ %845, %pv ]
	%382 = phi float [ 0.0, %entry ], [ %846, %pv ]
	%383 = phi float [ 0.0, %entry ], [ %847, %pv ]
	%384 = phi float [ 0.0, %entry ], [ %848, %pv ]
	%385 = phi float [ 0.0, %entry ], [ %849, %pv ]
	%386 = phi float [ 0.0, %entry ], [ %850, %pv ]
	%387 = phi float [ 0.0, %entry ], [ %851, %pv ]
	%388 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %353, i32 1, i32 31)
	%389 = fadd float %353, %388
	%390 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %389, i32 2, i32 31)
	%391 = fadd float %389, %390
	%392 = fcmp ogt float %391, 0.0
	%393 = fdiv float 1.0, %391
	%394 = select i1 %392, float %393, float 0.0
	%395 = mul i32 %10, 16
	%396 = add i32 %31, %395
	%397 = add i32 %12, 0
	%398 = add i32 %396, %397
	%399 = fmul float %356, %394
	%400 = fmul float %357, %394
	%401 = fmul float %360, %394
	%402 = fmul float %361, %394
	%403 = fmul float %364, %394
	%404 = fmul float %365, %394
	%405 = fmul float %368, %394
	%406 = fmul float %369, %394
	%407 = fmul float %372, %394
	%408 = fmul float %373, %394
	%409 = fmul float %376, %394
	%410 = fmul float %377, %394
	%411 = fmul float %380, %394
	%412 = fmul float %381, %394
	%413 = fmul float %384, %394
	%414 = fmul float %385, %394
	%415 = icmp slt i32 %398, %M
	br i1 %415, label %store0, label %stored0

partial:
	%416 = shl i32 %13, 1
	%417 = add i32 0, %416
	%418 = add i32 %204, %417
	%419 = icmp slt i32 %418, %N
	%420 = select i1 %419, float %327, float 0xFFF0000000000000
	%421 = shl i32 %13, 1
	%422 = add i32 1, %421
	%423 = add i32 %204, %422
	%424 = icmp slt i32 %423, %N
	%425 = select i1 %424, float %328, float 0xFFF0000000000000
	%426 = shl i32 %13, 1
	%427 = add i32 0, %426
	%428 = add i32 %204, %427
	%429 = icmp slt i32 %428, %N
	%430 = select i1 %429, float %329, float 0xFFF0000000000000
	%431 = shl i32 %13, 1
	%432 = add i32 1, %431
	%433 = add i32 %204, %432
	%434 = icmp slt i32 %433, %N
	%435 = select i1 %434, float %330, float 0xFFF0000000000000
	%436 = shl i32 %13, 1
	%437 = add i32 8, %436
	%438 = add i32 %204, %437
	%439 = icmp slt i32 %438, %N
	%440 = select i1 %439, float %331, float 0xFFF0000000000000
	%441 = shl i32 %13, 1
	%442 = add i32 9, %441
	%443 = add i32 %204, %442
	%444 = icmp slt i32 %443, %N
	%445 = select i1 %444, float %332, float 0xFFF0000000000000
	%446 = shl i32 %13, 1
	%447 = add i32 8, %446
	%448 = add i32 %204, %447
	%449 = icmp slt i32 %448, %N
	%450 = select i1 %449, float %333, float 0xFFF0000000000000
	%451 = shl i32 %13, 1
	%452 = add i32 9, %451
	%453 = add i32 %204, %452
	%454 = icmp slt i32 %453, %N
	%455 = select i1 %454, float %334, float 0xFFF0000000000000
	%456 = shl i32 %13, 1
	%457 = add i32 16, %456
	%458 = add i32 %204, %457
	%459 = icmp slt i32 %458, %N
	%460 = select i1 %459, float %335, float 0xFFF0000000000000
	%461 = shl i32 %13, 1
	%462 = add i32 17, %461
	%463 = add i32 %204, %462
	%464 = icmp slt i32 %463, %N
	%465 = select i1 %464, float %336, float 0xFFF0000000000000
	%466 = shl i32 %13, 1
	%467 = add i32 16, %466
	%468 = add i32 %204, %467
	%469 = icmp slt i32 %468, %N
	%470 = select i1 %469, float %337, float 0xFFF0000000000000
	%471 = shl i32 %13, 1
	%472 = add i32 17, %471
	%473 = add i32 %204, %472
	%474 = icmp slt i32 %473, %N
	%475 = select i1 %474, float %338, float 0xFFF0000000000000
	%476 = shl i32 %13, 1
	%477 = add i32 24, %476
	%478 = add i32 %204, %477
	%479 = icmp slt i32 %478, %N
	%480 = select i1 %479, float %339, float 0xFFF0000000000000
	%481 = shl i32 %13, 1
	%482 = add i32 25, %481
	%483 = add i32 %204, %482
	%484 = icmp slt i32 %483, %N
	%485 = select i1 %484, float %340, float 0xFFF0000000000000
	%486 = shl i32 %13, 1
	%487 = add i32 24, %486
	%488 = add i32 %204, %487
	%489 = icmp slt i32 %488, %N
	%490 = select i1 %489, float %341, float 0xFFF0000000000000
	%491 = shl i32 %13, 1
	%492 = add i32 25, %491
	%493 = add i32 %204, %492
	%494 = icmp slt i32 %493, %N
	%495 = select i1 %494, float %342, float 0xFFF0000000000000
	br label %softmax

softmax:
	%496 = phi float [ %327, %loop ], [ %420, %partial ]
	%497 = phi float [ %328, %loop ], [ %425, %partial ]
	%498 = phi float [ %329, %loop ], [ %430, %partial ]
	%499 = phi float [ %330, %loop ], [ %435, %partial ]
	%500 = phi float [ %331, %loop ], [ %440, %partial ]
	%501 = phi float [ %332, %loop ], [ %445, %partial ]
	%502 = phi float [ %333, %loop ], [ %450, %partial ]
	%503 = phi float [ %334, %loop ], [ %455, %partial ]
	%504 = phi float [ %335, %loop ], [ %460, %partial ]
	%505 = phi float [ %336, %loop ], [ %465, %partial ]
	%506 = phi float [ %337, %loop ], [ %470, %partial ]
	%507 = phi float [ %338, %loop ], [ %475, %partial ]
	%508 = phi float [ %339, %loop ], [ %480, %partial ]
	%509 = phi float [ %340, %loop ], [ %485, %partial ]
	%510 = phi float [ %341, %loop ], [ %490, %partial ]
	%511 = phi float [ %342, %loop ], [ %495, %partial ]
	%512 = call float @llvm.nvvm.fmax.f(float %496, float %497)
	%513 = call float @llvm.nvvm.fmax.f(float %500, float %501)
	%514 = call float @llvm.nvvm.fmax.f(float %504, float %505)
	%515 = call float @llvm.nvvm.fmax.f(float %508, float %509)
	%516 = call float @llvm.nvvm.fmax.f(float %512, float %513)
	%517 = call float @llvm.nvvm.fmax.f(float %514, float %515)
	%518 = call float @llvm.nvvm.fmax.f(float %516, float %517)
	%519 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %518, i32 1, i32 31)
	%520 = call float @llvm.nvvm.fmax.f(float %518, float %519)
	%521 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %520, i32 2, i32 31)
	%522 = call float @llvm.nvvm.fmax.f(float %520, float %521)
	%523 = fmul float %522, 0x3FC7154760000000
	%524 = call float @llvm.nvvm.fmax.f(float %200, float %523)
	%525 = fadd float %200, 8.0
	%526 = fcmp ogt float %524, %525
	%527 = or i1 false, %526
	%528 = call float @llvm.nvvm.fmax.f(float %498, float %499)
	%529 = call float @llvm.nvvm.fmax.f(float %502, float %503)
	%530 = call float @llvm.nvvm.fmax.f(float %506, float %507)
	%531 = call float @llvm.nvvm.fmax.f(float %510, float %511)
	%532 = call float @llvm.nvvm.fmax.f(float %528, float %529)
	%533 = call float @llvm.nvvm.fmax.f(float %530, float %531)
	%534 = call float @llvm.nvvm.fmax.f(float %532, float %533)
	%535 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %534, i32 1, i32 31)
	%536 = call float @llvm.nvvm.fmax.f(float %534, float %535)
	%537 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %536, i32 2, i32 31)
	%538 = call float @llvm.nvvm.fmax.f(float %536, float %537)
	%539 = fmul float %538, 0x3FC7154760000000
	%540 = call float @llvm.nvvm.fmax.f(float %202, float %539)
	%541 = fadd float %202, 8.0
	%542 = fcmp ogt float %540, %541
	%543 = or i1 %527, %542
	%544 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %543)
	br i1 %544, label %545, label %588

545:
	%546 = fcmp oeq float %524, 0xFFF0000000000000
	%547 = select i1 %546, float 0.0, float %524
	%548 = fsub float %200, %547
	%549 = call float @llvm.nvvm.ex2.approx.ftz.f(float %548)
	%550 = fcmp oeq float %540, 0xFFF0000000000000
	%551 = select i1 %550, float 0.0, float %540
	%552 = fsub float %202, %551
	%553 = call float @llvm.nvvm.ex2.approx.ftz.f(float %552)
	%554 = fmul float %168, %549
	%555 = fmul float %169, %549
	%556 = fmul float %170, %553
	%557 = fmul float %171, %553
	%558 = fmul float %172, %549
	%559 = fmul float %173, %549
	%560 = fmul float %174, %553
	%561 = fmul float %175, %553
	%562 = fmul float %176, %549
	%563 = fmul float %177, %549
	%564 = fmul float %178, %553
	%565 = fmul float %179, %553
	%566 = fmul float %180, %549
	%567 = fmul float %181, %549
	%568 = fmul float %182, %553
	%569 = fmul float %183, %553
	%570 = fmul float %184, %549
	%571 = fmul float %185, %549
	%572 = fmul float %186, %553
	%573 = fmul float %187, %553
	%574 = fmul float %188, %549
	%575 = fmul float %189, %549
	%576 = fmul float %190, %553
	%577 = fmul float %191, %553
	%578 = fmul float %192, %549
	%579 = fmul float %193, %549
	%580 = fmul float %194, %553
	%581 = fmul float %195, %553
	%582 = fmul float %196, %549
	%583 = fmul float %197, %549
	%584 = fmul float %198, %553
	%585 = fmul float %199, %553
	%586 = fmul float %201, %549
	%587 = fmul float %203, %553
	br label %588

588:
	%589 = phi float [ %168, %softmax ], [ %554, %545 ]
	%590 = phi float [ %169, %softmax ], [ %555, %545 ]
	%591 = phi float [ %170, %softmax ], [ %556, %545 ]
	%592 = phi float [ %171, %softmax ], [ %557, %545 ]
	%593 = phi float [ %172, %softmax ], [ %558, %545 ]
	%594 = phi float [ %173, %softmax ], [ %559, %545 ]
	%595 = phi float [ %174, %softmax ], [ %560, %545 ]
	%596 = phi float [ %175, %softmax ], [ %561, %545 ]
	%597 = phi float [ %176, %softmax ], [ %562, %545 ]
	%598 = phi float [ %177, %softmax ], [ %563, %545 ]
	%599 = phi float [ %178, %softmax ], [ %564, %545 ]
	%600 = phi float [ %179, %softmax ], [ %565, %545 ]
	%601 = phi float [ %180, %softmax ], [ %566, %545 ]
	%602 = phi float [ %181, %softmax ], [ %567, %545 ]
	%603 = phi float [ %182, %softmax ], [ %568, %545 ]
	%604 = phi float [ %183, %softmax ], [ %569, %545 ]
	%605 = phi float [ %184, %softmax ], [ %570, %545 ]
	%606 = phi float [ %185, %softmax ], [ %571, %545 ]
	%607 = phi float [ %186, %softmax ], [ %572, %545 ]
	%608 = phi float [ %187, %softmax ], [ %573, %545 ]
	%609 = phi float [ %188, %softmax ], [ %574, %545 ]
	%610 = phi float [ %189, %softmax ], [ %575, %545 ]
	%611 = phi float [ %190, %softmax ], [ %576, %545 ]
	%612 = phi float [ %191, %softmax ], [ %577, %545 ]
	%613 = phi float [ %192, %softmax ], [ %578, %545 ]
	%614 = phi float [ %193, %softmax ], [ %579, %545 ]
	%615 = phi float [ %194, %softmax ], [ %580, %545 ]
	%616 = phi float [ %195, %softmax ], [ %581, %545 ]
	%617 = phi float [ %196, %softmax ], [ %582, %545 ]
	%618 = phi float [ %197, %softmax ], [ %583, %545 ]
	%619 = phi float [ %198, %softmax ], [ %584, %545 ]
	%620 = phi float [ %199, %softmax ], [ %585, %545 ]
	%621 = phi float [ %201, %softmax ], [ %586, %545 ]
	%622 = phi float [ %203, %softmax ], [ %587, %545 ]
	%623 = select i1 %544, float %524, float %200
	%624 = fcmp oeq float %623, 0xFFF0000000000000
	%625 = select i1 %624, float 0.0, float %623
	%626 = fneg float %625
	%627 = call float @llvm.fma.f32(float %496, float 0x3FC7154760000000, float %626)
	%628 = call float @llvm.nvvm.ex2.approx.ftz.f(float %627)
	%629 = call float @llvm.fma.f32(float %497, float 0x3FC7154760000000, float %626)
	%630 = call float @llvm.nvvm.ex2.approx.ftz.f(float %629)
	%631 = call float @llvm.fma.f32(float %500, float 0x3FC7154760000000, float %626)
	%632 = call float @llvm.nvvm.ex2.approx.ftz.f(float %631)
	%633 = call float @llvm.fma.f32(float %501, float 0x3FC7154760000000, float %626)
	%634 = call float @llvm.nvvm.ex2.approx.ftz.f(float %633)
	%635 = call float @llvm.fma.f32(float %504, float 0x3FC7154760000000, float %626)
	%636 = call float @llvm.nvvm.ex2.approx.ftz.f(float %635)
	%637 = call float @llvm.fma.f32(float %505, float 0x3FC7154760000000, float %626)
	%638 = call float @llvm.nvvm.ex2.approx.ftz.f(float %637)
	%639 = call float @llvm.fma.f32(float %508, float 0x3FC7154760000000, float %626)
	%640 = call float @llvm.nvvm.ex2.approx.ftz.f(float %639)
	%641 = call float @llvm.fma.f32(float %509, float 0x3FC7154760000000, float %626)
	%642 = call float @llvm.nvvm.ex2.approx.ftz.f(float %641)
	%643 = fadd float %628, %630
	%644 = fadd float %632, %634
	%645 = fadd float %636, %638
	%646 = fadd float %640, %642
	%647 = fadd float %643, %644
	%648 = fadd float %645, %646
	%649 = fadd float %647, %648
	%650 = fadd float %621, %649
	%651 = select i1 %544, float %540, float %202
	%652 = fcmp oeq float %651, 0xFFF0000000000000
	%653 = select i1 %652, float 0.0, float %651
	%654 = fneg float %653
	%655 = call float @llvm.fma.f32(float %498, float 0x3FC7154760000000, float %654)
	%656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %655)
	%657 = call float @llvm.fma.f32(float %499, float 0x3FC7154760000000, float %654)
	%658 = call float @llvm.nvvm.ex2.approx.ftz.f(float %657)
	%659 = call float @llvm.fma.f32(float %502, float 0x3FC7154760000000, float %654)
	%660 = call float @llvm.nvvm.ex2.approx.ftz.f(float %659)
	%661 = call float @llvm.fma.f32(float %503, float 0x3FC7154760000000, float %654)
	%662 = call float @llvm.nvvm.ex2.approx.ftz.f(float %661)
	%663 = call float @llvm.fma.f32(float %506, float 0x3FC7154760000000, float %654)
	%664 = call float @llvm.nvvm.ex2.approx.ftz.f(float %663)
	%665 = call float @llvm.fma.f32(float %507, float 0x3FC7154760000000, float %654)
	%666 = call float @llvm.nvvm.ex2.approx.ftz.f(float %665)
	%667 = call float @llvm.fma.f32(float %510, float 0x3FC7154760000000, float %654)
	%668 = call float @llvm.nvvm.ex2.approx.ftz.f(float %667)
	%669 = call float @llvm.fma.f32(float %511, float 0x3FC7154760000000, float %654)
	%670 = call float @llvm.nvvm.ex2.approx.ftz.f(float %669)
	%671 = fadd float %656, %658
	%672 = fadd float %660, %662
	%673 = fadd float %664, %666
	%674 = fadd float %668, %670
	%675 = fadd float %671, %672
	%676 = fadd float %673, %674
	%677 = fadd float %675, %676
	%678 = fadd float %622, %677
	%679 = add i32 %164, 1
	%680 = icmp sge i32 %166, 0
	%681 = add i32 %164, 2
	%682 = icmp slt i32 %681, %NK
	%683 = and i1 %680, %682
	%684 = select i1 %683, i32 %681, i32 0
	%685 = add i32 %48, %684
	%686 = sext i32 %685 to i64
	%687 = getelementptr i32, i32* %list, i64 %686
	%688 = load i32, i32* %687
	%689 = select i1 %683, i32 %688, i32 -1
	%690 = icmp sge i32 %166, 0
	%691 = icmp slt i32 %166, %NK
	%692 = and i1 %690, %691
	%693 = select i1 %692, i32 %166, i32 0
	%694 = add i32 %52, %693
	%695 = sext i32 %694 to i64
	%696 = getelementptr i8, i8* %cls, i64 %695
	%697 = load i8, i8* %696
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %680, label %prefetch, label %pv

prefetch:
	%698 = mul i32 %166, 32
	%699 = lshr i32 %9, 3
	%700 = and i32 %9, 7
	%701 = lshr i32 %700, 3
	%702 = mul i32 %701, u0x1000
	%703 = and i32 %700, 7
	%704 = and i32 %699, 7
	%705 = xor i32 %703, %704
	%706 = mul i32 %699, 128
	%707 = shl i32 %705, 4
	%708 = add i32 %706, %707
	%709 = add i32 %702, %708
	%710 = add i32 %0, %709
	%711 = add i32 %698, %699
	%712 = mul i32 %711, 64
	%713 = mul i32 %700, 8
	%714 = add i32 %712, %713
	%715 = sext i32 %714 to i64
	%716 = getelementptr i16, i16* %39, i64 %715
	%717 = add i32 %711, 0
	%718 = icmp slt i32 %717, %N
	%719 = getelementptr i16, i16* %716, i64 0
	%720 = select i1 %718, i16* %719, i16* %39
	%721 = add i32 %710, 0
	%722 = select i1 %718, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %721, i16* %720, i32 %722)
	%723 = add i32 %711, 16
	%724 = icmp slt i32 %723, %N
	%725 = getelementptr i16, i16* %716, i64 1024
	%726 = select i1 %724, i16* %725, i16* %39
	%727 = add i32 %710, 2048
	%728 = select i1 %724, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %727, i16* %726, i32 %728)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%729 = and i32 %11, 7
	%730 = lshr i32 %11, 3
	%731 = and i32 %730, 1
	%732 = shl i32 %731, 3
	%733 = add i32 %729, %732
	%734 = mul i32 %733, 128
	%735 = add i32 %1, %734
	%736 = and i32 %11, 7
	%737 = xor i32 %123, %736
	%738 = shl i32 %737, 4
	%739 = add i32 %735, %738
	%740 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %630, float %628)
	%741 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %658, float %656)
	%742 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %634, float %632)
	%743 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %662, float %660)
	%744 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %638, float %636)
	%745 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %666, float %664)
	%746 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %642, float %640)
	%747 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %670, float %668)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%748 = add i32 %8, 0
	%749 = zext i32 %748 to i64
	%750 = or i64 %749, u0x4000004001000000
	%751 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, float %600, float %601, float %602, float %603, float %604, float %605, float %606, float %607, float %608, float %609, float %610, float %611, float %612, float %613, float %614, float %615, float %616, float %617, float %618, float %619, float %620, i32 %740, i32 %741, i32 %742, i32 %743, i64 %750, i32 1)
	%752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 0
	%753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 1
	%754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 2
	%755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 3
	%756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 4
	%757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 5
	%758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 6
	%759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 7
	%760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 8
	%761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 9
	%762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 10
	%763 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 11
	%764 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 12
	%765 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 13
	%766 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 14
	%767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 15
	%768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 16
	%769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 17
	%770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 18
	%771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 19
	%772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 20
	%773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 21
	%774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 22
	%775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 23
	%776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 24
	%777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 25
	%778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 26
	%779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 27
	%780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 28
	%781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 29
	%782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 30
	%783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %751, 31
	%784 = add i32 %8, 128
	%785 = zext i32 %784 to i64
	%786 = or i64 %785, u0x4000004001000000
	%787 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %752, float %753, float %754, float %755, float %756, float %757, float %758, float %759, float %760, float %761, float %762, float %763, float %764, float %765, float %766, float %767, float %768, float %769, float %770, float %771, float %772, float %773, float %774, float %775, float %776, float %777, float %778, float %779, float %780, float %781, float %782, float %783, i32 %744, i32 %745, i32 %746, i32 %747, i64 %786, i32 1)
	%788 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 0
	%789 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 1
	%790 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 2
	%791 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 3
	%792 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 4
	%793 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 5
	%794 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 6
	%795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 7
	%796 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 8
	%797 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 9
	%798 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 10
	%799 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 11
	%800 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 12
	%801 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 13
	%802 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 14
	%803 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 15
	%804 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 16
	%805 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 17
	%806 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 18
	%807 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 19
	%808 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 20
	%809 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 21
	%810 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 22
	%811 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 23
	%812 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 24
	%813 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 25
	%814 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 26
	%815 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 27
	%816 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 28
	%817 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 29
	%818 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 30
	%819 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %787, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%820 = call float asm sideeffect "", "=f,0"(float %788)
	%821 = call float asm sideeffect "", "=f,0"(float %789)
	%822 = call float asm sideeffect "", "=f,0"(float %790)
	%823 = call float asm sideeffect "", "=f,0"(float %791)
	%824 = call float asm sideeffect "", "=f,0"(float %792)
	%825 = call float asm sideeffect "", "=f,0"(float %793)
	%826 = call float asm sideeffect "", "=f,0"(float %794)
	%827 = call float asm sideeffect "", "=f,0"(float %795)
	%828 = call float asm sideeffect "", "=f,0"(float %796)
	%829 = call float asm sideeffect "", "=f,0"(float %797)
	%830 = call float asm sideeffect "", "=f,0"(float %798)
	%831 = call float asm sideeffect "", "=f,0"(float %799)
	%832 = call float asm sideeffect "", "=f,0"(float %800)
	%833 = call float asm sideeffect "", "=f,0"(float %801)
	%834 = call float asm sideeffect "", "=f,0"(float %802)
	%835 = call float asm sideeffect "", "=f,0"(float %803)
	%836 = call float asm sideeffect "", "=f,0"(float %804)
	%837 = call float asm sideeffect "", "=f,0"(float %805)
	%838 = call float asm sideeffect "", "=f,0"(float %806)
	%839 = call float asm sideeffect "", "=f,0"(float %807)
	%840 = call float asm sideeffect "", "=f,0"(float %808)
	%841 = call float asm sideeffect "", "=f,0"(float %809)
	%842 = call float asm sideeffect "", "=f,0"(float %810)
	%843 = call float asm sideeffect "", "=f,0"(float %811)
	%844 = call float asm sideeffect "", "=f,0"(float %812)
	%845 = call float asm sideeffect "", "=f,0"(float %813)
	%846 = call float asm sideeffect "", "=f,0"(float %814)
	%847 = call float asm sideeffect "", "=f,0"(float %815)
	%848 = call float asm sideeffect "", "=f,0"(float %816)
	%849 = call float asm sideeffect "", "=f,0"(float %817)
	%850 = call float asm sideeffect "", "=f,0"(float %818)
	%851 = call float asm sideeffect "", "=f,0"(float %819)
	br i1 %680, label %loop, label %epilogue

store0:
	%852 = mul i32 %29, %M
	%853 = add i32 %852, %398
	%854 = mul i32 %853, 64
	%855 = shl i32 %13, 1
	%856 = add i32 0, %855
	%857 = add i32 %854, %856
	%858 = sext i32 %857 to i64
	%859 = getelementptr i16, i16* %out, i64 %858
	%860 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %400, float %399)
	%861 = bitcast i16* %859 to i32*
	store i32 %860, i32* %861
	%862 = shl i32 %13, 1
	%863 = add i32 8, %862
	%864 = add i32 %854, %863
	%865 = sext i32 %864 to i64
	%866 = getelementptr i16, i16* %out, i64 %865
	%867 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %402, float %401)
	%868 = bitcast i16* %866 to i32*
	store i32 %867, i32* %868
	%869 = shl i32 %13, 1
	%870 = add i32 16, %869
	%871 = add i32 %854, %870
	%872 = sext i32 %871 to i64
	%873 = getelementptr i16, i16* %out, i64 %872
	%874 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %404, float %403)
	%875 = bitcast i16* %873 to i32*
	store i32 %874, i32* %875
	%876 = shl i32 %13, 1
	%877 = add i32 24, %876
	%878 = add i32 %854, %877
	%879 = sext i32 %878 to i64
	%880 = getelementptr i16, i16* %out, i64 %879
	%881 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %406, float %405)
	%882 = bitcast i16* %880 to i32*
	store i32 %881, i32* %882
	%883 = shl i32 %13, 1
	%884 = add i32 32, %883
	%885 = add i32 %854, %884
	%886 = sext i32 %885 to i64
	%887 = getelementptr i16, i16* %out, i64 %886
	%888 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %408, float %407)
	%889 = bitcast i16* %887 to i32*
	store i32 %888, i32* %889
	%890 = shl i32 %13, 1
	%891 = add i32 40, %890
	%892 = add i32 %854, %891
	%893 = sext i32 %892 to i64
	%894 = getelementptr i16, i16* %out, i64 %893
	%895 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %410, float %409)
	%896 = bitcast i16* %894 to i32*
	store i32 %895, i32* %896
	%897 = shl i32 %13, 1
	%898 = add i32 48, %897
	%899 = add i32 %854, %898
	%900 = sext i32 %899 to i64
	%901 = getelementptr i16, i16* %out, i64 %900
	%902 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %412, float %411)
	%903 = bitcast i16* %901 to i32*
	store i32 %902, i32* %903
	%904 = shl i32 %13, 1
	%905 = add i32 56, %904
	%906 = add i32 %854, %905
	%907 = sext i32 %906 to i64
	%908 = getelementptr i16, i16* %out, i64 %907
	%909 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %414, float %413)
	%910 = bitcast i16* %908 to i32*
	store i32 %909, i32* %910
	br label %stored0

stored0:
	%911 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %354, i32 1, i32 31)
	%912 = fadd float %354, %911
	%913 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %912, i32 2, i32 31)
	%914 = fadd float %912, %913
	%915 = fcmp ogt float %914, 0.0
	%916 = fdiv float 1.0, %914
	%917 = select i1 %915, float %916, float 0.0
	%918 = mul i32 %10, 16
	%919 = add i32 %31, %918
	%920 = add i32 %12, 8
	%921 = add i32 %919, %920
	%922 = fmul float %358, %917
	%923 = fmul float %359, %917
	%924 = fmul float %362, %917
	%925 = fmul float %363, %917
	%926 = fmul float %366, %917
	%927 = fmul float %367, %917
	%928 = fmul float %370, %917
	%929 = fmul float %371, %917
	%930 = fmul float %374, %917
	%931 = fmul float %375, %917
	%932 = fmul float %378, %917
	%933 = fmul float %379, %917
	%934 = fmul float %382, %917
	%935 = fmul float %383, %917
	%936 = fmul float %386, %917
	%937 = fmul float %387, %917
	%938 = icmp slt i32 %921, %M
	br i1 %938, label %store1, label %stored1

store1:
	%939 = mul i32 %29, %M
	%940 = add i32 %939, %921
	%941 = mul i32 %940, 64
	%942 = shl i32 %13, 1
	%943 = add i32 0, %942
	%944 = add i32 %941, %943
	%945 = sext i32 %944 to i64
	%946 = getelementptr i16, i16* %out, i64 %945
	%947 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %923, float %922)
	%948 = bitcast i16* %946 to i32*
	store i32 %947, i32* %948
	%949 = shl i32 %13, 1
	%950 = add i32 8, %949
	%951 = add i32 %941, %950
	%952 = sext i32 %951 to i64
	%953 = getelementptr i16, i16* %out, i64 %952
	%954 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %925, float %924)
	%955 = bitcast i16* %953 to i32*
	store i32 %954, i32* %955
	%956 = shl i32 %13, 1
	%957 = add i32 16, %956
	%958 = add i32 %941, %957
	%959 = sext i32 %958 to i64
	%960 = getelementptr i16, i16* %out, i64 %959
	%961 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %927, float %926)
	%962 = bitcast i16* %960 to i32*
	store i32 %961, i32* %962
	%963 = shl i32 %13, 1
	%964 = add i32 24, %963
	%965 = add i32 %941, %964
	%966 = sext i32 %965 to i64
	%967 = getelementptr i16, i16* %out, i64 %966
	%968 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %929, float %928)
	%969 = bitcast i16* %967 to i32*
	store i32 %968, i32* %969
	%970 = shl i32 %13, 1
	%971 = add i32 32, %970
	%972 = add i32 %941, %971
	%973 = sext i32 %972 to i64
	%974 = getelementptr i16, i16* %out, i64 %973
	%975 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %931, float %930)
	%976 = bitcast i16* %974 to i32*
	store i32 %975, i32* %976
	%977 = shl i32 %13, 1
	%978 = add i32 40, %977
	%979 = add i32 %941, %978
	%980 = sext i32 %979 to i64
	%981 = getelementptr i16, i16* %out, i64 %980
	%982 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %933, float %932)
	%983 = bitcast i16* %981 to i32*
	store i32 %982, i32* %983
	%984 = shl i32 %13, 1
	%985 = add i32 48, %984
	%986 = add i32 %941, %985
	%987 = sext i32 %986 to i64
	%988 = getelementptr i16, i16* %out, i64 %987
	%989 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %935, float %934)
	%990 = bitcast i16* %988 to i32*
	store i32 %989, i32* %990
	%991 = shl i32 %13, 1
	%992 = add i32 56, %991
	%993 = add i32 %941, %992
	%994 = sext i32 %993 to i64
	%995 = getelementptr i16, i16* %out, i64 %994
	%996 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %937, float %936)
	%997 = bitcast i16* %995 to i32*
	store i32 %996, i32* %997
	br label %stored1

stored1:
	ret void
}
