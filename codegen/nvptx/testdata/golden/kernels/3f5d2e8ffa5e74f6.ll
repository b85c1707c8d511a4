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
	%60 = lshr i32 %9, 3
	%61 = and i32 %9, 7
	%62 = lshr i32 %61, 3
	%63 = mul i32 %62, u0x2000
	%64 = and i32 %61, 7
	%65 = and i32 %60, 7
	%66 = xor i32 %64, %65
	%67 = mul i32 %60, 128
	%68 = shl i32 %66, 4
	%69 = add i32 %67, %68
	%70 = add i32 %63, %69
	%71 = add i32 %2, %70
	%72 = add i32 %31, %60
	%73 = mul i32 %72, 64
	%74 = mul i32 %61, 8
	%75 = add i32 %73, %74
	%76 = sext i32 %75 to i64
	%77 = getelementptr i16, i16* %35, i64 %76
	%78 = add i32 %72, 0
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %77, i64 0
	%81 = select i1 %79, i16* %80, i16* %35
	%82 = add i32 %71, 0
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %72, 16
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %77, i64 1024
	%87 = select i1 %85, i16* %86, i16* %35
	%88 = add i32 %71, 2048
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %72, 32
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %77, i64 2048
	%93 = select i1 %91, i16* %92, i16* %35
	%94 = add i32 %71, u0x1000
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	%96 = add i32 %72, 48
	%97 = icmp slt i32 %96, %M
	%98 = getelementptr i16, i16* %77, i64 3072
	%99 = select i1 %97, i16* %98, i16* %35
	%100 = add i32 %71, 6144
	%101 = select i1 %97, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %100, i16* %99, i32 %101)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %59, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%102 = and i32 %11, 7
	%103 = lshr i32 %11, 3
	%104 = and i32 %103, 1
	%105 = shl i32 %104, 3
	%106 = add i32 %102, %105
	%107 = lshr i32 %11, 4
	%108 = mul i32 %10, 16
	%109 = add i32 %106, 0
	%110 = add i32 %108, %109
	%111 = mul i32 %110, 128
	%112 = add i32 %2, %111
	%113 = and i32 %11, 7
	%114 = xor i32 %107, %113
	%115 = shl i32 %114, 4
	%116 = add i32 %112, %115
	%117 = mul i32 %56, 32
	%118 = lshr i32 %9, 3
	%119 = and i32 %9, 7
	%120 = lshr i32 %119, 3
	%121 = mul i32 %120, u0x1000
	%122 = and i32 %119, 7
	%123 = and i32 %118, 7
	%124 = xor i32 %122, %123
	%125 = mul i32 %118, 128
	%126 = shl i32 %124, 4
	%127 = add i32 %125, %126
	%128 = add i32 %121, %127
	%129 = add i32 %0, %128
	%130 = add i32 %117, %118
	%131 = mul i32 %130, 64
	%132 = mul i32 %119, 8
	%133 = add i32 %131, %132
	%134 = sext i32 %133 to i64
	%135 = getelementptr i16, i16* %39, i64 %134
	%136 = add i32 %130, 0
	%137 = icmp slt i32 %136, %N
	%138 = getelementptr i16, i16* %135, i64 0
	%139 = select i1 %137, i16* %138, i16* %39
	%140 = add i32 %129, 0
	%141 = select i1 %137, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %140, i16* %139, i32 %141)
	%142 = add i32 %130, 16
	%143 = icmp slt i32 %142, %N
	%144 = getelementptr i16, i16* %135, i64 1024
	%145 = select i1 %143, i16* %144, i16* %39
	%146 = add i32 %129, 2048
	%147 = select i1 %143, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %146, i16* %145, i32 %147)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%148 = phi i32 [ 0, %prologue ], [ %665, %pv ]
	%149 = phi i32 [ %56, %prologue ], [ %672, %pv ]
	%150 = phi float [ 0.0, %prologue ], [ %796, %pv ]
	%151 = phi float [ 0.0, %prologue ], [ %797, %pv ]
	%152 = phi float [ 0.0, %prologue ], [ %798, %pv ]
	%153 = phi float [ 0.0, %prologue ], [ %799, %pv ]
	%154 = phi float [ 0.0, %prologue ], [ %800, %pv ]
	%155 = phi float [ 0.0, %prologue ], [ %801, %pv ]
	%156 = phi float [ 0.0, %prologue ], [ %802, %pv ]
	%157 = phi float [ 0.0, %prologue ], [ %803, %pv ]
	%158 = phi float [ 0.0, %prologue ], [ %804, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %805, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %806, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %807, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %808, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %809, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %810, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %811, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %812, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %813, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %814, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %815, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %816, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %817, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %818, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %819, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %820, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %821, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %822, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %823, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %824, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %825, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %826, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %827, %pv ]
	%182 = phi float [ 0xFFF0000000000000, %prologue ], [ %609, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %636, %pv ]
	%184 = phi float [ 0xFFF0000000000000, %prologue ], [ %637, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %664, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%186 = mul i32 %149, 32
	%187 = lshr i32 %9, 3
	%188 = and i32 %9, 7
	%189 = lshr i32 %188, 3
	%190 = mul i32 %189, u0x1000
	%191 = and i32 %188, 7
	%192 = and i32 %187, 7
	%193 = xor i32 %191, %192
	%194 = mul i32 %187, 128
	%195 = shl i32 %193, 4
	%196 = add i32 %194, %195
	%197 = add i32 %190, %196
	%198 = add i32 %1, %197
	%199 = add i32 %186, %187
	%200 = mul i32 %199, 64
	%201 = mul i32 %188, 8
	%202 = add i32 %200, %201
	%203 = sext i32 %202 to i64
	%204 = getelementptr i16, i16* %43, i64 %203
	%205 = add i32 %199, 0
	%206 = icmp slt i32 %205, %N
	%207 = getelementptr i16, i16* %204, i64 0
	%208 = select i1 %206, i16* %207, i16* %43
	%209 = add i32 %198, 0
	%210 = select i1 %206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %209, i16* %208, i32 %210)
	%211 = add i32 %199, 16
	%212 = icmp slt i32 %211, %N
	%213 = getelementptr i16, i16* %204, i64 1024
	%214 = select i1 %212, i16* %213, i16* %43
	%215 = add i32 %198, 2048
	%216 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %215, i16* %214, i32 %216)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%217 = add i32 %4, 0
	%218 = zext i32 %217 to i64
	%219 = or i64 %218, u0x4000004000010000
	%220 = add i32 %6, 0
	%221 = zext i32 %220 to i64
	%222 = or i64 %221, u0x4000004000010000
	%223 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %219, i64 %222, i32 1)
	%224 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 0
	%225 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 1
	%226 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 2
	%227 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 3
	%228 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 4
	%229 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 5
	%230 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 6
	%231 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 7
	%232 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 8
	%233 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 9
	%234 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 10
	%235 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 11
	%236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 12
	%237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 13
	%238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 14
	%239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 15
	%240 = add i32 %4, 2
	%241 = zext i32 %240 to i64
	%242 = or i64 %241, u0x4000004000010000
	%243 = add i32 %6, 2
	%244 = zext i32 %243 to i64
	%245 = or i64 %244, u0x4000004000010000
	%246 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %224, float %225, float %226, float %227, float %228, float %229, float %230, float %231, float %232, float %233, float %234, float %235, float %236, float %237, float %238, float %239, i64 %242, i64 %245, i32 1)
	%247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 0
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 1
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 2
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 3
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 4
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 5
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 6
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 7
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 8
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 9
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 10
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 11
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 12
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 13
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 14
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 15
	%263 = add i32 %4, 4
	%264 = zext i32 %263 to i64
	%265 = or i64 %264, u0x4000004000010000
	%266 = add i32 %6, 4
	%267 = zext i32 %266 to i64
	%268 = or i64 %267, u0x4000004000010000
	%269 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %247, float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, i64 %265, i64 %268, i32 1)
	%270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 0
	%271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 1
	%272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 2
	%273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 3
	%274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 4
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 5
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 6
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 7
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 8
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 9
	%280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 10
	%281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 11
	%282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 12
	%283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 13
	%284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 14
	%285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 15
	%286 = add i32 %4, 6
	%287 = zext i32 %286 to i64
	%288 = or i64 %287, u0x4000004000010000
	%289 = add i32 %6, 6
	%290 = zext i32 %289 to i64
	%291 = or i64 %290, u0x4000004000010000
	%292 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, float %280, float %281, float %282, float %283, float %284, float %285, i64 %288, i64 %291, i32 1)
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 0
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 1
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 2
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 3
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 4
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 5
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 6
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 7
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 8
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 9
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 10
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 11
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 12
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 13
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 14
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 15
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%309 = call float asm sideeffect "", "=f,0"(float %293)
	%310 = call float asm sideeffect "", "=f,0"(float %294)
	%311 = call float asm sideeffect "", "=f,0"(float %295)
	%312 = call float asm sideeffect "", "=f,0"(float %296)
	%313 = call float asm sideeffect "", "=f,0"(float %297)
	%314 = call float asm sideeffect "", "=f,0"(float %298)
	%315 = call float asm sideeffect "", "=f,0"(float %299)
	%316 = call float asm sideeffect "", "=f,0"(float %300)
	%317 = call float asm sideeffect "", "=f,0"(float %301)
	%318 = call float asm sideeffect "", "=f,0"(float %302)
	%319 = call float asm sideeffect "", "=f,0"(float %303)
	%320 = call float asm sideeffect "", "=f,0"(float %304)
	%321 = call float asm sideeffect "", "=f,0"(float %305)
	%322 = call float asm sideeffect "", "=f,0"(float %306)
	%323 = call float asm sideeffect "", "=f,0"(float %307)
	%324 = call float asm sideeffect "", "=f,0"(float %308)
	%325 = mul i32 %10, 16
	%326 = add i32 %31, %325
	%327 = add i32 %12, 0
	%328 = add i32 %326, %327
	%329 = mul i32 %10, 16
	%330 = add i32 %31, %329
	%331 = add i32 %12, 8
	%332 = add i32 %330, %331
	%333 = sitofp i32 %29 to float
	%334 = add i32 %52, %149
	%335 = sext i32 %334 to i64
	%336 = getelementptr i8, i8* %cls, i64 %335
	%337 = load i8, i8* %336
	%338 = icmp ne i8 %337, 2
	br i1 %338, label %partial, label %softmax

epilogue:
	%339 = phi float [ 0.0, %entry ], [ %636, %pv ]
	%340 = phi float [ 0.0, %entry ], [ %664, %pv ]
	%341 = phi i32 [ 0, %entry ], [ %665, %pv ]
	%342 = phi float [ 0.0, %entry ], [ %796, %pv ]
	%343 = phi float [ 0.0, %entry ], [ %797, %pv ]
	%344 = phi float [ 0.0, %entry ], [ %798, %pv ]
	%345 = phi float [ 0.0, %entry ], [ %799, %pv ]
	%346 = phi float [ 0.0, %entry ], [ %800, %pv ]
	%347 = phi float [ 0.0, %entry ], [ %801, %pv ]
	%348 = phi float [ 0.0, %entry ], [ %802, %pv ]
	%349 = phi float [ 0.0, %entry ], [ %803, %pv ]
	%350 = phi float [ 0.0, %entry ], [ %804, %pv ]
	%351 = phi float [ 0.0, %entry ], [ %805, %pv ]
	%352 = phi float [ 0.0, %entry ], [ %806, %pv ]
	%353 = phi float [ 0.0, %entry ], [ %807, %pv ]
	%354 = phi float [ 0.0, %entry ], [ %808, %pv ]
	%355 = phi float [ 0.0, %entry ], [ %809, %pv ]
	%356 = phi float [ 0.0, %entry ], [ %810, %pv ]
	%357 = phi float [ 0.0, %entry ], [ %811, %pv ]
	%358 = phi float [ 0.0, %entry ], [ %812, %pv ]
	%359 = phi float [ 0.0, %entry ], [ %813, %pv ]
	%360 = phi float [ 0.0, %entry ], [ %814, %pv ]
	%361 = phi float [ 0.0, %entry ], [ %815, %pv ]
	%362 = phi float [ 0.0, %entry ], [ %816, %pv ]
	%363 = phi float [ 0.0, %entry ], [ %817, %pv ]
	%364 = phi float [ 0.0, %entry ], [ %818, %pv ]
	%365 = phi float [ 0.0, %entry ], [ %819, %pv ]
	%366 = phi float [ 0.0, %entry ], [ %820, %pv ]
	%367 = phi float [ 0.0, %entry ], [ %821, %pv ]
	%368 = phi float [ 0.0, %entry ], [ %822, %pv ]
	%369 = phi float [ 0.0, %entry ], [ %823, %pv ]
	%370 = phi float [ 0.0, %entry ], [ %824, %pv ]
	%371 = phi float [ 0.0, %entry ], [ %825, %pv ]
	%372 = phi float [ 0.0, %entry ], [ %826, %pv ]
	%373 = phi float [ 0.0, %entry ], [ %827, %pv ]
	%374 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %339, i32 1, i32 31)
	%375 = fadd float %339, %374
	%376 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %375, i32 2, i32 31)
	%377 = fadd float %375, %376
	%378 = fcmp ogt float %377, 0.0
	%379 = fdiv float 1.0, %377
	%380 = select i1 %378, float %379, float 0.0
	%381 = mul i32 %10, 16
	%382 = add i32 %31, %381
	%383 = add i32 %12, 0
	%384 = add i32 %382, %383
	%385 = fmul float %342, %380
	%386 = fmul float %343, %380
	%387 = fmul float %346, %380
	%388 = fmul float %347, %380
	%389 = fmul float %350, %380
	%390 = fmul float %351, %380
	%391 = fmul float %354, %380
	%392 = fmul float %355, %380
	%393 = fmul float %358, %380
	%394 = fmul float %359, %380
	%395 = fmul float %362, %380
	%396 = fmul float %363, %380
	%397 = fmul float %366, %380
	%398 = fmul float %367, %380
	%399 = fmul float %370, %380
	%400 = fmul float %371, %380
	%401 = icmp slt i32 %384, %M
	br i1 %401, label %store0, label %stored0

partial:
	%402 = shl i32 %13, 1
	%403 = add i32 0, %402
	%404 = add i32 %186, %403
	%405 = icmp slt i32 %404, %N
	%406 = select i1 %405, float %309, float 0xFFF0000000000000
	%407 = shl i32 %13, 1
	%408 = add i32 1, %407
	%409 = add i32 %186, %408
	%410 = icmp slt i32 %409, %N
	%411 = select i1 %410, float %310, float 0xFFF0000000000000
	%412 = shl i32 %13, 1
	%413 = add i32 0, %412
	%414 = add i32 %186, %413
	%415 = icmp slt i32 %414, %N
	%416 = select i1 %415, float %311, float 0xFFF0000000000000
	%417 = shl i32 %13, 1
	%418 = add i32 1, %417
	%419 = add i32 %186, %418
	%420 = icmp slt i32 %419, %N
	%421 = select i1 %420, float %312, float 0xFFF0000000000000
	%422 = shl i32 %13, 1
	%423 = add i32 8, %422
	%424 = add i32 %186, %423
	%425 = icmp slt i32 %424, %N
	%426 = select i1 %425, float %313, float 0xFFF0000000000000
	%427 = shl i32 %13, 1
	%428 = add i32 9, %427
	%429 = add i32 %186, %428
	%430 = icmp slt i32 %429, %N
	%431 = select i1 %430, float %314, float 0xFFF0000000000000
	%432 = shl i32 %13, 1
	%433 = add i32 8, %432
	%434 = add i32 %186, %433
	%435 = icmp slt i32 %434, %N
	%436 = select i1 %435, float %315, float 0xFFF0000000000000
	%437 = shl i32 %13, 1
	%438 = add i32 9, %437
	%439 = add i32 %186, %438
	%440 = icmp slt i32 %439, %N
	%441 = select i1 %440, float %316, float 0xFFF0000000000000
	%442 = shl i32 %13, 1
	%443 = add i32 16, %442
	%444 = add i32 %186, %443
	%445 = icmp slt i32 %444, %N
	%446 = select i1 %445, float %317, float 0xFFF0000000000000
	%447 = shl i32 %13, 1
	%448 = add i32 17, %447
	%449 = add i32 %186, %448
	%450 = icmp slt i32 %449, %N
	%451 = select i1 %450, float %318, float 0xFFF0000000000000
	%452 = shl i32 %13, 1
	%453 = add i32 16, %452
	%454 = add i32 %186, %453
	%455 = icmp slt i32 %454, %N
	%456 = select i1 %455, float %319, float 0xFFF0000000000000
	%457 = shl i32 %13, 1
	%458 = add i32 17, %457
	%459 = add i32 %186, %458
	%460 = icmp slt i32 %459, %N
	%461 = select i1 %460, float %320, float 0xFFF0000000000000
	%462 = shl i32 %13, 1
	%463 = add i32 24, %462
	%464 = add i32 %186, %463
	%465 = icmp slt i32 %464, %N
	%466 = select i1 %465, float %321, float 0xFFF0000000000000
	%467 = shl i32 %13, 1
	%468 = add i32 25, %467
	%469 = add i32 %186, %468
	%470 = icmp slt i32 %469, %N
	%471 = select i1 %470, float %322, float 0xFFF0000000000000
	%472 = shl i32 %13, 1
	%473 = add i32 24, %472
	%474 = add i32 %186, %473
	%475 = icmp slt i32 %474, %N
	%476 = select i1 %475, float %323, float 0xFFF0000000000000
	%477 = shl i32 %13, 1
	%478 = add i32 25, %477
	%479 = add i32 %186, %478
	%480 = icmp slt i32 %479, %N
	%481 = select i1 %480, float %324, float 0xFFF0000000000000
	br label %softmax

softmax:
	%482 = phi float [ %309, %loop ], [ %406, %partial ]
	%483 = phi float [ %310, %loop ], [ %411, %partial ]
	%484 = phi float [ %311, %loop ], [ %416, %partial ]
	%485 = phi float [ %312, %loop ], [ %421, %partial ]
	%486 = phi float [ %313, %loop ], [ %426, %partial ]
	%487 = phi float [ %314, %loop ], [ %431, %partial ]
	%488 = phi float [ %315, %loop ], [ %436, %partial ]
	%489 = phi float [ %316, %loop ], [ %441, %partial ]
	%490 = phi float [ %317, %loop ], [ %446, %partial ]
	%491 = phi float [ %318, %loop ], [ %451, %partial ]
	%492 = phi float [ %319, %loop ], [ %456, %partial ]
	%493 = phi float [ %320, %loop ], [ %461, %partial ]
	%494 = phi float [ %321, %loop ], [ %466, %partial ]
	%495 = phi float [ %322, %loop ], [ %471, %partial ]
	%496 = phi float [ %323, %loop ], [ %476, %partial ]
	%497 = phi float [ %324, %loop ], [ %481, %partial ]
	%498 = call float @llvm.nvvm.fmax.f(float %482, float %483)
	%499 = call float @llvm.nvvm.fmax.f(float %486, float %487)
	%500 = call float @llvm.nvvm.fmax.f(float %490, float %491)
	%501 = call float @llvm.nvvm.fmax.f(float %494, float %495)
	%502 = call float @llvm.nvvm.fmax.f(float %498, float %499)
	%503 = call float @llvm.nvvm.fmax.f(float %500, float %501)
	%504 = call float @llvm.nvvm.fmax.f(float %502, float %503)
	%505 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %504, i32 1, i32 31)
	%506 = call float @llvm.nvvm.fmax.f(float %504, float %505)
	%507 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %506, i32 2, i32 31)
	%508 = call float @llvm.nvvm.fmax.f(float %506, float %507)
	%509 = fmul float %508, 0x3FC7154760000000
	%510 = call float @llvm.nvvm.fmax.f(float %182, float %509)
	%511 = fadd float %182, 8.0
	%512 = fcmp ogt float %510, %511
	%513 = or i1 false, %512
	%514 = call float @llvm.nvvm.fmax.f(float %484, float %485)
	%515 = call float @llvm.nvvm.fmax.f(float %488, float %489)
	%516 = call float @llvm.nvvm.fmax.f(float %492, float %493)
	%517 = call float @llvm.nvvm.fmax.f(float %496, float %497)
	%518 = call float @llvm.nvvm.fmax.f(float %514, float %515)
	%519 = call float @llvm.nvvm.fmax.f(float %516, float %517)
	%520 = call float @llvm.nvvm.fmax.f(float %518, float %519)
	%521 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %520, i32 1, i32 31)
	%522 = call float @llvm.nvvm.fmax.f(float %520, float %521)
	%523 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %522, i32 2, i32 31)
	%524 = call float @llvm.nvvm.fmax.f(float %522, float %523)
	%525 = fmul float %524, 0x3FC7154760000000
	%526 = call float @llvm.nvvm.fmax.f(float %184, float %525)
	%527 = fadd float %184, 8.0
	%528 = fcmp ogt float %526, %527
	%529 = or i1 %513, %528
	%530 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %529)
	br i1 %530, label %531, label %574

531:
	%532 = fcmp oeq float %510, 0xFFF0000000000000
	%533 = select i1 %532, float 0.0, float %510
	%534 = fsub float %182, %533
	%535 = call float @llvm.nvvm.ex2.approx.ftz.f(float %534)
	%536 = fcmp oeq float %526, 0xFFF0000000000000
	%537 = select i1 %536, float 0.0, float %526
	%538 = fsub float %184, %537
	%539 = call float @llvm.nvvm.ex2.approx.ftz.f(float %538)
	%540 = fmul float %150, %535
	%541 = fmul float %151, %535
	%542 = fmul float %152, %539
	%543 = fmul float %153, %539
	%544 = fmul float %154, %535
	%545 = fmul float %155, %535
	%546 = fmul float %156, %539
	%547 = fmul float %157, %539
	%548 = fmul float %158, %535
	%549 = fmul float %159, %535
	%550 = fmul float %160, %539
	%551 = fmul float %161, %539
	%552 = fmul float %162, %535
	%553 = fmul float %163, %535
	%554 = fmul float %164, %539
	%555 = fmul float %165, %539
	%556 = fmul float %166, %535
	%557 = fmul float %167, %535
	%558 = fmul float %168, %539
	%559 = fmul float %169, %539
	%560 = fmul float %170, %535
	%561 = fmul float %171, %535
	%562 = fmul float %172, %539
	%563 = fmul float %173, %539
	%564 = fmul float %174, %535
	%565 = fmul float %175, %535
	%566 = fmul float %176, %539
	%567 = fmul float %177, %539
	%568 = fmul float %178, %535
	%569 = fmul float %179, %535
	%570 = fmul float %180, %539
	%571 = fmul float %181, %539
	%572 = fmul float %183, %535
	%573 = fmul float %185, %539
	br label %574

574:
	%575 = phi float [ %150, %softmax ], [ %540, %531 ]
	%576 = phi float [ %151, %softmax ], [ %541, %531 ]
	%577 = phi float [ %152, %softmax ], [ %542, %531 ]
	%578 = phi float [ %153, %softmax ], [ %543, %531 ]
	%579 = phi float [ %154, %softmax ], [ %544, %531 ]
	%580 = phi float [ %155, %softmax ], [ %545, %531 ]
	%581 = phi float [ %156, %softmax ], [ %546, %531 ]
	%582 = phi float [ %157, %softmax ], [ %547, %531 ]
	%583 = phi float [ %158, %softmax ], [ %548, %531 ]
	%584 = phi float [ %159, %softmax ], [ %549, %531 ]
	%585 = phi float [ %160, %softmax ], [ %550, %531 ]
	%586 = phi float [ %161, %softmax ], [ %551, %531 ]
	%587 = phi float [ %162, %softmax ], [ %552, %531 ]
	%588 = phi float [ %163, %softmax ], [ %553, %531 ]
	%589 = phi float [ %164, %softmax ], [ %554, %531 ]
	%590 = phi float [ %165, %softmax ], [ %555, %531 ]
	%591 = phi float [ %166, %softmax ], [ %556, %531 ]
	%592 = phi float [ %167, %softmax ], [ %557, %531 ]
	%593 = phi float [ %168, %softmax ], [ %558, %531 ]
	%594 = phi float [ %169, %softmax ], [ %559, %531 ]
	%595 = phi float [ %170, %softmax ], [ %560, %531 ]
	%596 = phi float [ %171, %softmax ], [ %561, %531 ]
	%597 = phi float [ %172, %softmax ], [ %562, %531 ]
	%598 = phi float [ %173, %softmax ], [ %563, %531 ]
	%599 = phi float [ %174, %softmax ], [ %564, %531 ]
	%600 = phi float [ %175, %softmax ], [ %565, %531 ]
	%601 = phi float [ %176, %softmax ], [ %566, %531 ]
	%602 = phi float [ %177, %softmax ], [ %567, %531 ]
	%603 = phi float [ %178, %softmax ], [ %568, %531 ]
	%604 = phi float [ %179, %softmax ], [ %569, %531 ]
	%605 = phi float [ %180, %softmax ], [ %570, %531 ]
	%606 = phi float [ %181, %softmax ], [ %571, %531 ]
	%607 = phi float [ %183, %softmax ], [ %572, %531 ]
	%608 = phi float [ %185, %softmax ], [ %573, %531 ]
	%609 = select i1 %530, float %510, float %182
	%610 = fcmp oeq float %609, 0xFFF0000000000000
	%611 = select i1 %610, float 0.0, float %609
	%612 = fneg float %611
	%613 = call float @llvm.fma.f32(float %482, float 0x3FC7154760000000, float %612)
	%614 = call float @llvm.nvvm.ex2.approx.ftz.f(float %613)
	%615 = call float @llvm.fma.f32(float %483, float 0x3FC7154760000000, float %612)
	%616 = call float @llvm.nvvm.ex2.approx.ftz.f(float %615)
	%617 = call float @llvm.fma.f32(float %486, float 0x3FC7154760000000, float %612)
	%618 = call float @llvm.nvvm.ex2.approx.ftz.f(float %617)
	%619 = call float @llvm.fma.f32(float %487, float 0x3FC7154760000000, float %612)
	%620 = call float @llvm.nvvm.ex2.approx.ftz.f(float %619)
	%621 = call float @llvm.fma.f32(float %490, float 0x3FC7154760000000, float %612)
	%622 = call float @llvm.nvvm.ex2.approx.ftz.f(float %621)
	%623 = call float @llvm.fma.f32(float %491, float 0x3FC7154760000000, float %612)
	%624 = call float @llvm.nvvm.ex2.approx.ftz.f(float %623)
	%625 = call float @llvm.fma.f32(float %494, float 0x3FC7154760000000, float %612)
	%626 = call float @llvm.nvvm.ex2.approx.ftz.f(float %625)
	%627 = call float @llvm.fma.f32(float %495, float 0x3FC7154760000000, float %612)
	%628 = call float @llvm.nvvm.ex2.approx.ftz.f(float %627)
	%629 = fadd float %614, %616
	%630 = fadd float %618, %620
	%631 = fadd float %622, %624
	%632 = fadd float %626, %628
	%633 = fadd float %629, %630
	%634 = fadd float %631, %632
	%635 = fadd float %633, %634
	%636 = fadd float %607, %635
	%637 = select i1 %530, float %526, float %184
	%638 = fcmp oeq float %637, 0xFFF0000000000000
	%639 = select i1 %638, float 0.0, float %637
	%640 = fneg float %639
	%641 = call float @llvm.fma.f32(float %484, float 0x3FC7154760000000, float %640)
	%642 = call float @llvm.nvvm.ex2.approx.ftz.f(float %641)
	%643 = call float @llvm.fma.f32(float %485, float 0x3FC7154760000000, float %640)
	%644 = call float @llvm.nvvm.ex2.approx.ftz.f(float %643)
	%645 = call float @llvm.fma.f32(float %488, float 0x3FC7154760000000, float %640)
	%646 = call float @llvm.nvvm.ex2.approx.ftz.f(float %645)
	%647 = call float @llvm.fma.f32(float %489, float 0x3FC7154760000000, float %640)
	%648 = call float @llvm.nvvm.ex2.approx.ftz.f(float %647)
	%649 = call float @llvm.fma.f32(float %492, float 0x3FC7154760000000, float %640)
	%650 = call float @llvm.nvvm.ex2.approx.ftz.f(float %649)
	%651 = call float @llvm.fma.f32(float %493, float 0x3FC7154760000000, float %640)
	%652 = call float @llvm.nvvm.ex2.approx.ftz.f(float %651)
	%653 = call float @llvm.fma.f32(float %496, float 0x3FC7154760000000, float %640)
	%654 = call float @llvm.nvvm.ex2.approx.ftz.f(float %653)
	%655 = call float @llvm.fma.f32(float %497, float 0x3FC7154760000000, float %640)
	%656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %655)
	%657 = fadd float %642, %644
	%658 = fadd float %646, %648
	%659 = fadd float %650, %652
	%660 = fadd float %654, %656
	%661 = fadd float %657, %658
	%662 = fadd float %659, %660
	%663 = fadd float %661, %662
	%664 = fadd float %608, %663
	%665 = add i32 %148, 1
	%666 = icmp slt i32 %665, %NK
	%667 = select i1 %666, i32 %665, i32 0
	%668 = add i32 %48, %667
	%669 = sext i32 %668 to i64
	%670 = getelementptr i32, i32* %list, i64 %669
	%671 = load i32, i32* %670
	%672 = select i1 %666, i32 %671, i32 -1
	%673 = icmp sge i32 %672, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %673, label %prefetch, label %pv

prefetch:
	%674 = mul i32 %672, 32
	%675 = lshr i32 %9, 3
	%676 = and i32 %9, 7
	%677 = lshr i32 %676, 3
	%678 = mul i32 %677, u0x1000
	%679 = and i32 %676, 7
	%680 = and i32 %675, 7
	%681 = xor i32 %679, %680
	%682 = mul i32 %675, 128
	%683 = shl i32 %681, 4
	%684 = add i32 %682, %683
	%685 = add i32 %678, %684
	%686 = add i32 %0, %685
	%687 = add i32 %674, %675
	%688 = mul i32 %687, 64
	%689 = mul i32 %676, 8
	%690 = add i32 %688, %689
	%691 = sext i32 %690 to i64
	%692 = getelementptr i16, i16* %39, i64 %691
	%693 = add i32 %687, 0
	%694 = icmp slt i32 %693, %N
	%695 = getelementptr i16, i16* %692, i64 0
	%696 = select i1 %694, i16* %695, i16* %39
	%697 = add i32 %686, 0
	%698 = select i1 %694, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %697, i16* %696, i32 %698)
	%699 = add i32 %687, 16
	%700 = icmp slt i32 %699, %N
	%701 = getelementptr i16, i16* %692, i64 1024
	%702 = select i1 %700, i16* %701, i16* %39
	%703 = add i32 %686, 2048
	%704 = select i1 %700, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %703, i16* %702, i32 %704)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%705 = and i32 %11, 7
	%706 = lshr i32 %11, 3
	%707 = and i32 %706, 1
	%708 = shl i32 %707, 3
	%709 = add i32 %705, %708
	%710 = mul i32 %709, 128
	%711 = add i32 %1, %710
	%712 = and i32 %11, 7
	%713 = xor i32 %107, %712
	%714 = shl i32 %713, 4
	%715 = add i32 %711, %714
	%716 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %616, float %614)
	%717 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %644, float %642)
	%718 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %620, float %618)
	%719 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %648, float %646)
	%720 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %624, float %622)
	%721 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %652, float %650)
	%722 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %628, float %626)
	%723 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %656, float %654)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%724 = add i32 %8, 0
	%725 = zext i32 %724 to i64
	%726 = or i64 %725, u0x4000004001000000
	%727 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %575, float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, float %600, float %601, float %602, float %603, float %604, float %605, float %606, i32 %716, i32 %717, i32 %718, i32 %719, i64 %726, i32 1)
	%728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 0
	%729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 1
	%730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 2
	%731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 3
	%732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 4
	%733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 5
	%734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 6
	%735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 7
	%736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 8
	%737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 9
	%738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 10
	%739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 11
	%740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 12
	%741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 13
	%742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 14
	%743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 15
	%744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 16
	%745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 17
	%746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 18
	%747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 19
	%748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 20
	%749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 21
	%750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 22
	%751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 23
	%752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 24
	%753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 25
	%754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 26
	%755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 27
	%756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 28
	%757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 29
	%758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 30
	%759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 31
	%760 = add i32 %8, 128
	%761 = zext i32 %760 to i64
	%762 = or i64 %761, u0x4000004001000000
	%763 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %728, float %729, float %730, float %731, float %732, float %733, float %734, float %735, float %736, float %737, float %738, float %739, float %740, float %741, float %742, float %743, float %744, float %745, float %746, float %747, float %748, float %749, float %750, float %751, float %752, float %753, float %754, float %755, float %756, float %757, float %758, float %759, i32 %720, i32 %721, i32 %722, i32 %723, i64 %762, i32 1)
	%764 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 0
	%765 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 1
	%766 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 2
	%767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 3
	%768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 4
	%769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 5
	%770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 6
	%771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 7
	%772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 8
	%773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 9
	%774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 10
	%775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 11
	%776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 12
	%777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 13
	%778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 14
	%779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 15
	%780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 16
	%781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 17
	%782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 18
	%783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 19
	%784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 20
	%785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 21
	%786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 22
	%787 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 23
	%788 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 24
	%789 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 25
	%790 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 26
	%791 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 27
	%792 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 28
	%793 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 29
	%794 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 30
	%795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%796 = call float asm sideeffect "", "=f,0"(float %764)
	%797 = call float asm sideeffect "", "=f,0"(float %765)
	%798 = call float asm sideeffect "", "=f,0"(float %766)
	%799 = call float asm sideeffect "", "=f,0"(float %767)
	%800 = call float asm sideeffect "", "=f,0"(float %768)
	%801 = call float asm sideeffect "", "=f,0"(float %769)
	%802 = call float asm sideeffect "", "=f,0"(float %770)
	%803 = call float asm sideeffect "", "=f,0"(float %771)
	%804 = call float asm sideeffect "", "=f,0"(float %772)
	%805 = call float asm sideeffect "", "=f,0"(float %773)
	%806 = call float asm sideeffect "", "=f,0"(float %774)
	%807 = call float asm sideeffect "", "=f,0"(float %775)
	%808 = call float asm sideeffect "", "=f,0"(float %776)
	%809 = call float asm sideeffect "", "=f,0"(float %777)
	%810 = call float asm sideeffect "", "=f,0"(float %778)
	%811 = call float asm sideeffect "", "=f,0"(float %779)
	%812 = call float asm sideeffect "", "=f,0"(float %780)
	%813 = call float asm sideeffect "", "=f,0"(float %781)
	%814 = call float asm sideeffect "", "=f,0"(float %782)
	%815 = call float asm sideeffect "", "=f,0"(float %783)
	%816 = call float asm sideeffect "", "=f,0"(float %784)
	%817 = call float asm sideeffect "", "=f,0"(float %785)
	%818 = call float asm sideeffect "", "=f,0"(float %786)
	%819 = call float asm sideeffect "", "=f,0"(float %787)
	%820 = call float asm sideeffect "", "=f,0"(float %788)
	%821 = call float asm sideeffect "", "=f,0"(float %789)
	%822 = call float asm sideeffect "", "=f,0"(float %790)
	%823 = call float asm sideeffect "", "=f,0"(float %791)
	%824 = call float asm sideeffect "", "=f,0"(float %792)
	%825 = call float asm sideeffect "", "=f,0"(float %793)
	%826 = call float asm sideeffect "", "=f,0"(float %794)
	%827 = call float asm sideeffect "", "=f,0"(float %795)
	br i1 %673, label %loop, label %epilogue

store0:
	%828 = mul i32 %29, %M
	%829 = add i32 %828, %384
	%830 = mul i32 %829, 64
	%831 = shl i32 %13, 1
	%832 = add i32 0, %831
	%833 = add i32 %830, %832
	%834 = sext i32 %833 to i64
	%835 = getelementptr i16, i16* %out, i64 %834
	%836 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %386, float %385)
	%837 = bitcast i16* %835 to i32*
	store i32 %836, i32* %837
	%838 = shl i32 %13, 1
	%839 = add i32 8, %838
	%840 = add i32 %830, %839
	%841 = sext i32 %840 to i64
	%842 = getelementptr i16, i16* %out, i64 %841
	%843 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %388, float %387)
	%844 = bitcast i16* %842 to i32*
	store i32 %843, i32* %844
	%845 = shl i32 %13, 1
	%846 = add i32 16, %845
	%847 = add i32 %830, %846
	%848 = sext i32 %847 to i64
	%849 = getelementptr i16, i16* %out, i64 %848
	%850 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %390, float %389)
	%851 = bitcast i16* %849 to i32*
	store i32 %850, i32* %851
	%852 = shl i32 %13, 1
	%853 = add i32 24, %852
	%854 = add i32 %830, %853
	%855 = sext i32 %854 to i64
	%856 = getelementptr i16, i16* %out, i64 %855
	%857 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %392, float %391)
	%858 = bitcast i16* %856 to i32*
	store i32 %857, i32* %858
	%859 = shl i32 %13, 1
	%860 = add i32 32, %859
	%861 = add i32 %830, %860
	%862 = sext i32 %861 to i64
	%863 = getelementptr i16, i16* %out, i64 %862
	%864 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %394, float %393)
	%865 = bitcast i16* %863 to i32*
	store i32 %864, i32* %865
	%866 = shl i32 %13, 1
	%867 = add i32 40, %866
	%868 = add i32 %830, %867
	%869 = sext i32 %868 to i64
	%870 = getelementptr i16, i16* %out, i64 %869
	%871 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %396, float %395)
	%872 = bitcast i16* %870 to i32*
	store i32 %871, i32* %872
	%873 = shl i32 %13, 1
	%874 = add i32 48, %873
	%875 = add i32 %830, %874
	%876 = sext i32 %875 to i64
	%877 = getelementptr i16, i16* %out, i64 %876
	%878 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %398, float %397)
	%879 = bitcast i16* %877 to i32*
	store i32 %878, i32* %879
	%880 = shl i32 %13, 1
	%881 = add i32 56, %880
	%882 = add i32 %830, %881
	%883 = sext i32 %882 to i64
	%884 = getelementptr i16, i16* %out, i64 %883
	%885 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %400, float %399)
	%886 = bitcast i16* %884 to i32*
	store i32 %885, i32* %886
	br label %stored0

stored0:
	%887 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %340, i32 1, i32 31)
	%888 = fadd float %340, %887
	%889 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %888, i32 2, i32 31)
	%890 = fadd float %888, %889
	%891 = fcmp ogt float %890, 0.0
	%892 = fdiv float 1.0, %890
	%893 = select i1 %891, float %892, float 0.0
	%894 = mul i32 %10, 16
	%895 = add i32 %31, %894
	%896 = add i32 %12, 8
	%897 = add i32 %895, %896
	%898 = fmul float %344, %893
	%899 = fmul float %345, %893
	%900 = fmul float %348, %893
	%901 = fmul float %349, %893
	%902 = fmul float %352, %893
	%903 = fmul float %353, %893
	%904 = fmul float %356, %893
	%905 = fmul float %357, %893
	%906 = fmul float %360, %893
	%907 = fmul float %361, %893
	%908 = fmul float %364, %893
	%909 = fmul float %365, %893
	%910 = fmul float %368, %893
	%911 = fmul float %369, %893
	%912 = fmul float %372, %893
	%913 = fmul float %373, %893
	%914 = icmp slt i32 %897, %M
	br i1 %914, label %store1, label %stored1

store1:
	%915 = mul i32 %29, %M
	%916 = add i32 %915, %897
	%917 = mul i32 %916, 64
	%918 = shl i32 %13, 1
	%919 = add i32 0, %918
	%920 = add i32 %917, %919
	%921 = sext i32 %920 to i64
	%922 = getelementptr i16, i16* %out, i64 %921
	%923 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %899, float %898)
	%924 = bitcast i16* %922 to i32*
	store i32 %923, i32* %924
	%925 = shl i32 %13, 1
	%926 = add i32 8, %925
	%927 = add i32 %917, %926
	%928 = sext i32 %927 to i64
	%929 = getelementptr i16, i16* %out, i64 %928
	%930 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %901, float %900)
	%931 = bitcast i16* %929 to i32*
	store i32 %930, i32* %931
	%932 = shl i32 %13, 1
	%933 = add i32 16, %932
	%934 = add i32 %917, %933
	%935 = sext i32 %934 to i64
	%936 = getelementptr i16, i16* %out, i64 %935
	%937 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %903, float %902)
	%938 = bitcast i16* %936 to i32*
	store i32 %937, i32* %938
	%939 = shl i32 %13, 1
	%940 = add i32 24, %939
	%941 = add i32 %917, %940
	%942 = sext i32 %941 to i64
	%943 = getelementptr i16, i16* %out, i64 %942
	%944 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %905, float %904)
	%945 = bitcast i16* %943 to i32*
	store i32 %944, i32* %945
	%946 = shl i32 %13, 1
	%947 = add i32 32, %946
	%948 = add i32 %917, %947
	%949 = sext i32 %948 to i64
	%950 = getelementptr i16, i16* %out, i64 %949
	%951 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %907, float %906)
	%952 = bitcast i16* %950 to i32*
	store i32 %951, i32* %952
	%953 = shl i32 %13, 1
	%954 = add i32 40, %953
	%955 = add i32 %917, %954
	%956 = sext i32 %955 to i64
	%957 = getelementptr i16, i16* %out, i64 %956
	%958 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %909, float %908)
	%959 = bitcast i16* %957 to i32*
	store i32 %958, i32* %959
	%960 = shl i32 %13, 1
	%961 = add i32 48, %960
	%962 = add i32 %917, %961
	%963 = sext i32 %962 to i64
	%964 = getelementptr i16, i16* %out, i64 %963
	%965 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %911, float %910)
	%966 = bitcast i16* %964 to i32*
	store i32 %965, i32* %966
	%967 = shl i32 %13, 1
	%968 = add i32 56, %967
	%969 = add i32 %917, %968
	%970 = sext i32 %969 to i64
	%971 = getelementptr i16, i16* %out, i64 %970
	%972 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %913, float %912)
	%973 = bitcast i16* %971 to i32*
	store i32 %972, i32* %973
	br label %stored1

stored1:
	ret void
}
