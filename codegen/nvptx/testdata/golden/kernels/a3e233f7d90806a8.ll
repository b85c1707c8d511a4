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
	%148 = phi i32 [ 0, %prologue ], [ %777, %pv ]
	%149 = phi i32 [ %56, %prologue ], [ %784, %pv ]
	%150 = phi float [ 0.0, %prologue ], [ %908, %pv ]
	%151 = phi float [ 0.0, %prologue ], [ %909, %pv ]
	%152 = phi float [ 0.0, %prologue ], [ %910, %pv ]
	%153 = phi float [ 0.0, %prologue ], [ %911, %pv ]
	%154 = phi float [ 0.0, %prologue ], [ %912, %pv ]
	%155 = phi float [ 0.0, %prologue ], [ %913, %pv ]
	%156 = phi float [ 0.0, %prologue ], [ %914, %pv ]
	%157 = phi float [ 0.0, %prologue ], [ %915, %pv ]
	%158 = phi float [ 0.0, %prologue ], [ %916, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %917, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %918, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %919, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %920, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %921, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %922, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %923, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %924, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %925, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %926, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %927, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %928, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %929, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %930, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %931, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %932, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %933, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %934, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %935, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %936, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %937, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %938, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %939, %pv ]
	%182 = phi float [ 0xFFF0000000000000, %prologue ], [ %721, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %748, %pv ]
	%184 = phi float [ 0xFFF0000000000000, %prologue ], [ %749, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %776, %pv ]
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
	%223 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %219, i64 %222, i32 1)
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
	%246 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %224, float %225, float %226, float %227, float %228, float %229, float %230, float %231, float %232, float %233, float %234, float %235, float %236, float %237, float %238, float %239, i64 %242, i64 %245, i32 1)
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
	%269 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %247, float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, i64 %265, i64 %268, i32 1)
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
	%292 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, float %280, float %281, float %282, float %283, float %284, float %285, i64 %288, i64 %291, i32 1)
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
	%339 = phi float [ 0.0, %entry ], [ %748, %pv ]
	%340 = phi float [ 0.0, %entry ], [ %776, %pv ]
	%341 = phi i32 [ 0, %entry ], [ %777, %pv ]
	%342 = phi float [ 0.0, %entry ], [ %908, %pv ]
	%343 = phi float [ 0.0, %entry ], [ %909, %pv ]
	%344 = phi float [ 0.0, %entry ], [ %910, %pv ]
	%345 = phi float [ 0.0, %entry ], [ %911, %pv ]
	%346 = phi float [ 0.0, %entry ], [ %912, %pv ]
	%347 = phi float [ 0.0, %entry ], [ %913, %pv ]
	%348 = phi float [ 0.0, %entry ], [ %914, %pv ]
	%349 = phi float [ 0.0, %entry ], [ %915, %pv ]
	%350 = phi float [ 0.0, %entry ], [ %916, %pv ]
	%351 = phi float [ 0.0, %entry ], [ %917, %pv ]
	%352 = phi float [ 0.0, %entry ], [ %918, %pv ]
	%353 = phi float [ 0.0, %entry ], [ %919, %pv ]
	%354 = phi float [ 0.0, %entry ], [ %920, %pv ]
	%355 = phi float [ 0.0, %entry ], [ %921, %pv ]
	%356 = phi float [ 0.0, %entry ], [ %922, %pv ]
	%357 = phi float [ 0.0, %entry ], [ %923, %pv ]
	%358 = phi float [ 0.0, %entry ], [ %924, %pv ]
	%359 = phi float [ 0.0, %entry ], [ %925, %pv ]
	%360 = phi float [ 0.0, %entry ], [ %926, %pv ]
	%361 = phi float [ 0.0, %entry ], [ %927, %pv ]
	%362 = phi float [ 0.0, %entry ], [ %928, %pv ]
	%363 = phi float [ 0.0, %entry ], [ %929, %pv ]
	%364 = phi float [ 0.0, %entry ], [ %930, %pv ]
	%365 = phi float [ 0.0, %entry ], [ %931, %pv ]
	%366 = phi float [ 0.0, %entry ], [ %932, %pv ]
	%367 = phi float [ 0.0, %entry ], [ %933, %pv ]
	%368 = phi float [ 0.0, %entry ], [ %934, %pv ]
	%369 = phi float [ 0.0, %entry ], [ %935, %pv ]
	%370 = phi float [ 0.0, %entry ], [ %936, %pv ]
	%371 = phi float [ 0.0, %entry ], [ %937, %pv ]
	%372 = phi float [ 0.0, %entry ], [ %938, %pv ]
	%373 = phi float [ 0.0, %entry ], [ %939, %pv ]
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
	%406 = select i1 %405, i32 %404, i32 0
	%407 = sitofp i32 %328 to float
	%408 = sitofp i32 %406 to float
	%409 = fcmp ole float %408, %407
	%410 = uitofp i1 %409 to float
	%411 = fcmp une float %410, 0.0
	%412 = and i1 %405, %411
	%413 = select i1 %412, float %309, float 0xFFF0000000000000
	%414 = shl i32 %13, 1
	%415 = add i32 1, %414
	%416 = add i32 %186, %415
	%417 = icmp slt i32 %416, %N
	%418 = select i1 %417, i32 %416, i32 0
	%419 = sitofp i32 %328 to float
	%420 = sitofp i32 %418 to float
	%421 = fcmp ole float %420, %419
	%422 = uitofp i1 %421 to float
	%423 = fcmp une float %422, 0.0
	%424 = and i1 %417, %423
	%425 = select i1 %424, float %310, float 0xFFF0000000000000
	%426 = shl i32 %13, 1
	%427 = add i32 0, %426
	%428 = add i32 %186, %427
	%429 = icmp slt i32 %428, %N
	%430 = select i1 %429, i32 %428, i32 0
	%431 = sitofp i32 %332 to float
	%432 = sitofp i32 %430 to float
	%433 = fcmp ole float %432, %431
	%434 = uitofp i1 %433 to float
	%435 = fcmp une float %434, 0.0
	%436 = and i1 %429, %435
	%437 = select i1 %436, float %311, float 0xFFF0000000000000
	%438 = shl i32 %13, 1
	%439 = add i32 1, %438
	%440 = add i32 %186, %439
	%441 = icmp slt i32 %440, %N
	%442 = select i1 %441, i32 %440, i32 0
	%443 = sitofp i32 %332 to float
	%444 = sitofp i32 %442 to float
	%445 = fcmp ole float %444, %443
	%446 = uitofp i1 %445 to float
	%447 = fcmp une float %446, 0.0
	%448 = and i1 %441, %447
	%449 = select i1 %448, float %312, float 0xFFF0000000000000
	%450 = shl i32 %13, 1
	%451 = add i32 8, %450
	%452 = add i32 %186, %451
	%453 = icmp slt i32 %452, %N
	%454 = select i1 %453, i32 %452, i32 0
	%455 = sitofp i32 %328 to float
	%456 = sitofp i32 %454 to float
	%457 = fcmp ole float %456, %455
	%458 = uitofp i1 %457 to float
	%459 = fcmp une float %458, 0.0
	%460 = and i1 %453, %459
	%461 = select i1 %460, float %313, float 0xFFF0000000000000
	%462 = shl i32 %13, 1
	%463 = add i32 9, %462
	%464 = add i32 %186, %463
	%465 = icmp slt i32 %464, %N
	%466 = select i1 %465, i32 %464, i32 0
	%467 = sitofp i32 %328 to float
	%468 = sitofp i32 %466 to float
	%469 = fcmp ole float %468, %467
	%470 = uitofp i1 %469 to float
	%471 = fcmp une float %470, 0.0
	%472 = and i1 %465, %471
	%473 = select i1 %472, float %314, float 0xFFF0000000000000
	%474 = shl i32 %13, 1
	%475 = add i32 8, %474
	%476 = add i32 %186, %475
	%477 = icmp slt i32 %476, %N
	%478 = select i1 %477, i32 %476, i32 0
	%479 = sitofp i32 %332 to float
	%480 = sitofp i32 %478 to float
	%481 = fcmp ole float %480, %479
	%482 = uitofp i1 %481 to float
	%483 = fcmp une float %482, 0.0
	%484 = and i1 %477, %483
	%485 = select i1 %484, float %315, float 0xFFF0000000000000
	%486 = shl i32 %13, 1
	%487 = add i32 9, %486
	%488 = add i32 %186, %487
	%489 = icmp slt i32 %488, %N
	%490 = select i1 %489, i32 %488, i32 0
	%491 = sitofp i32 %332 to float
	%492 = sitofp i32 %490 to float
	%493 = fcmp ole float %492, %491
	%494 = uitofp i1 %493 to float
	%495 = fcmp une float %494, 0.0
	%496 = and i1 %489, %495
	%497 = select i1 %496, float %316, float 0xFFF0000000000000
	%498 = shl i32 %13, 1
	%499 = add i32 16, %498
	%500 = add i32 %186, %499
	%501 = icmp slt i32 %500, %N
	%502 = select i1 %501, i32 %500, i32 0
	%503 = sitofp i32 %328 to float
	%504 = sitofp i32 %502 to float
	%505 = fcmp ole float %504, %503
	%506 = uitofp i1 %505 to float
	%507 = fcmp une float %506, 0.0
	%508 = and i1 %501, %507
	%509 = select i1 %508, float %317, float 0xFFF0000000000000
	%510 = shl i32 %13, 1
	%511 = add i32 17, %510
	%512 = add i32 %186, %511
	%513 = icmp slt i32 %512, %N
	%514 = select i1 %513, i32 %512, i32 0
	%515 = sitofp i32 %328 to float
	%516 = sitofp i32 %514 to float
	%517 = fcmp ole float %516, %515
	%518 = uitofp i1 %517 to float
	%519 = fcmp une float %518, 0.0
	%520 = and i1 %513, %519
	%521 = select i1 %520, float %318, float 0xFFF0000000000000
	%522 = shl i32 %13, 1
	%523 = add i32 16, %522
	%524 = add i32 %186, %523
	%525 = icmp slt i32 %524, %N
	%526 = select i1 %525, i32 %524, i32 0
	%527 = sitofp i32 %332 to float
	%528 = sitofp i32 %526 to float
	%529 = fcmp ole float %528, %527
	%530 = uitofp i1 %529 to float
	%531 = fcmp une float %530, 0.0
	%532 = and i1 %525, %531
	%533 = select i1 %532, float %319, float 0xFFF0000000000000
	%534 = shl i32 %13, 1
	%535 = add i32 17, %534
	%536 = add i32 %186, %535
	%537 = icmp slt i32 %536, %N
	%538 = select i1 %537, i32 %536, i32 0
	%539 = sitofp i32 %332 to float
	%540 = sitofp i32 %538 to float
	%541 = fcmp ole float %540, %539
	%542 = uitofp i1 %541 to float
	%543 = fcmp une float %542, 0.0
	%544 = and i1 %537, %543
	%545 = select i1 %544, float %320, float 0xFFF0000000000000
	%546 = shl i32 %13, 1
	%547 = add i32 24, %546
	%548 = add i32 %186, %547
	%549 = icmp slt i32 %548, %N
	%550 = select i1 %549, i32 %548, i32 0
	%551 = sitofp i32 %328 to float
	%552 = sitofp i32 %550 to float
	%553 = fcmp ole float %552, %551
	%554 = uitofp i1 %553 to float
	%555 = fcmp une float %554, 0.0
	%556 = and i1 %549, %555
	%557 = select i1 %556, float %321, float 0xFFF0000000000000
	%558 = shl i32 %13, 1
	%559 = add i32 25, %558
	%560 = add i32 %186, %559
	%561 = icmp slt i32 %560, %N
	%562 = select i1 %561, i32 %560, i32 0
	%563 = sitofp i32 %328 to float
	%564 = sitofp i32 %562 to float
	%565 = fcmp ole float %564, %563
	%566 = uitofp i1 %565 to float
	%567 = fcmp une float %566, 0.0
	%568 = and i1 %561, %567
	%569 = select i1 %568, float %322, float 0xFFF0000000000000
	%570 = shl i32 %13, 1
	%571 = add i32 24, %570
	%572 = add i32 %186, %571
	%573 = icmp slt i32 %572, %N
	%574 = select i1 %573, i32 %572, i32 0
	%575 = sitofp i32 %332 to float
	%576 = sitofp i32 %574 to float
	%577 = fcmp ole float %576, %575
	%578 = uitofp i1 %577 to float
	%579 = fcmp une float %578, 0.0
	%580 = and i1 %573, %579
	%581 = select i1 %580, float %323, float 0xFFF0000000000000
	%582 = shl i32 %13, 1
	%583 = add i32 25, %582
	%584 = add i32 %186, %583
	%585 = icmp slt i32 %584, %N
	%586 = select i1 %585, i32 %584, i32 0
	%587 = sitofp i32 %332 to float
	%588 = sitofp i32 %586 to float
	%589 = fcmp ole float %588, %587
	%590 = uitofp i1 %589 to float
	%591 = fcmp une float %590, 0.0
	%592 = and i1 %585, %591
	%593 = select i1 %592, float %324, float 0xFFF0000000000000
	br label %softmax

softmax:
	%594 = phi float [ %309, %loop ], [ %413, %partial ]
	%595 = phi float [ %310, %loop ], [ %425, %partial ]
	%596 = phi float [ %311, %loop ], [ %437, %partial ]
	%597 = phi float [ %312, %loop ], [ %449, %partial ]
	%598 = phi float [ %313, %loop ], [ %461, %partial ]
	%599 = phi float [ %314, %loop ], [ %473, %partial ]
	%600 = phi float [ %315, %loop ], [ %485, %partial ]
	%601 = phi float [ %316, %loop ], [ %497, %partial ]
	%602 = phi float [ %317, %loop ], [ %509, %partial ]
	%603 = phi float [ %318, %loop ], [ %521, %partial ]
	%604 = phi float [ %319, %loop ], [ %533, %partial ]
	%605 = phi float [ %320, %loop ], [ %545, %partial ]
	%606 = phi float [ %321, %loop ], [ %557, %partial ]
	%607 = phi float [ %322, %loop ], [ %569, %partial ]
	%608 = phi float [ %323, %loop ], [ %581, %partial ]
	%609 = phi float [ %324, %loop ], [ %593, %partial ]
	%610 = call float @llvm.nvvm.fmax.f(float %594, float %595)
	%611 = call float @llvm.nvvm.fmax.f(float %598, float %599)
	%612 = call float @llvm.nvvm.fmax.f(float %602, float %603)
	%613 = call float @llvm.nvvm.fmax.f(float %606, float %607)
	%614 = call float @llvm.nvvm.fmax.f(float %610, float %611)
	%615 = call float @llvm.nvvm.fmax.f(float %612, float %613)
	%616 = call float @llvm.nvvm.fmax.f(float %614, float %615)
	%617 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %616, i32 1, i32 31)
	%618 = call float @llvm.nvvm.fmax.f(float %616, float %617)
	%619 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %618, i32 2, i32 31)
	%620 = call float @llvm.nvvm.fmax.f(float %618, float %619)
	%621 = fmul float %620, 0x3FC7154760000000
	%622 = call float @llvm.nvvm.fmax.f(float %182, float %621)
	%623 = fadd float %182, 8.0
	%624 = fcmp ogt float %622, %623
	%625 = or i1 false, %624
	%626 = call float @llvm.nvvm.fmax.f(float %596, float %597)
	%627 = call float @llvm.nvvm.fmax.f(float %600, float %601)
	%628 = call float @llvm.nvvm.fmax.f(float %604, float %605)
	%629 = call float @llvm.nvvm.fmax.f(float %608, float %609)
	%630 = call float @llvm.nvvm.fmax.f(float %626, float %627)
	%631 = call float @llvm.nvvm.fmax.f(float %628, float %629)
	%632 = call float @llvm.nvvm.fmax.f(float %630, float %631)
	%633 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %632, i32 1, i32 31)
	%634 = call float @llvm.nvvm.fmax.f(float %632, float %633)
	%635 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %634, i32 2, i32 31)
	%636 = call float @llvm.nvvm.fmax.f(float %634, float %635)
	%637 = fmul float %636, 0x3FC7154760000000
	%638 = call float @llvm.nvvm.fmax.f(float %184, float %637)
	%639 = fadd float %184, 8.0
	%640 = fcmp ogt float %638, %639
	%641 = or i1 %625, %640
	%642 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %641)
	br i1 %642, label %643, label %686

643:
	%644 = fcmp oeq float %622, 0xFFF0000000000000
	%645 = select i1 %644, float 0.0, float %622
	%646 = fsub float %182, %645
	%647 = call float @llvm.nvvm.ex2.approx.ftz.f(float %646)
	%648 = fcmp oeq float %638, 0xFFF0000000000000
	%649 = select i1 %648, float 0.0, float %638
	%650 = fsub float %184, %649
	%651 = call float @llvm.nvvm.ex2.approx.ftz.f(float %650)
	%652 = fmul float %150, %647
	%653 = fmul float %151, %647
	%654 = fmul float %152, %651
	%655 = fmul float %153, %651
	%656 = fmul float %154, %647
	%657 = fmul float %155, %647
	%658 = fmul float %156, %651
	%659 = fmul float %157, %651
	%660 = fmul float %158, %647
	%661 = fmul float %159, %647
	%662 = fmul float %160, %651
	%663 = fmul float %161, %651
	%664 = fmul float %162, %647
	%665 = fmul float %163, %647
	%666 = fmul float %164, %651
	%667 = fmul float %165, %651
	%668 = fmul float %166, %647
	%669 = fmul float %167, %647
	%670 = fmul float %168, %651
	%671 = fmul float %169, %651
	%672 = fmul float %170, %647
	%673 = fmul float %171, %647
	%674 = fmul float %172, %651
	%675 = fmul float %173, %651
	%676 = fmul float %174, %647
	%677 = fmul float %175, %647
	%678 = fmul float %176, %651
	%679 = fmul float %177, %651
	%680 = fmul float %178, %647
	%681 = fmul float %179, %647
	%682 = fmul float %180, %651
	%683 = fmul float %181, %651
	%684 = fmul float %183, %647
	%685 = fmul float %185, %651
	br label %686

686:
	%687 = phi float [ %150, %softmax ], [ %652, %643 ]
	%688 = phi float [ %151, %softmax ], [ %653, %643 ]
	%689 = phi float [ %152, %softmax ], [ %654, %643 ]
	%690 = phi float [ %153, %softmax ], [ %655, %643 ]
	%691 = phi float [ %154, %softmax ], [ %656, %643 ]
	%692 = phi float [ %155, %softmax ], [ %657, %643 ]
	%693 = phi float [ %156, %softmax ], [ %658, %643 ]
	%694 = phi float [ %157, %softmax ], [ %659, %643 ]
	%695 = phi float [ %158, %softmax ], [ %660, %643 ]
	%696 = phi float [ %159, %softmax ], [ %661, %643 ]
	%697 = phi float [ %160, %softmax ], [ %662, %643 ]
	%698 = phi float [ %161, %softmax ], [ %663, %643 ]
	%699 = phi float [ %162, %softmax ], [ %664, %643 ]
	%700 = phi float [ %163, %softmax ], [ %665, %643 ]
	%701 = phi float [ %164, %softmax ], [ %666, %643 ]
	%702 = phi float [ %165, %softmax ], [ %667, %643 ]
	%703 = phi float [ %166, %softmax ], [ %668, %643 ]
	%704 = phi float [ %167, %softmax ], [ %669, %643 ]
	%705 = phi float [ %168, %softmax ], [ %670, %643 ]
	%706 = phi float [ %169, %softmax ], [ %671, %643 ]
	%707 = phi float [ %170, %softmax ], [ %672, %643 ]
	%708 = phi float [ %171, %softmax ], [ %673, %643 ]
	%709 = phi float [ %172, %softmax ], [ %674, %643 ]
	%710 = phi float [ %173, %softmax ], [ %675, %643 ]
	%711 = phi float [ %174, %softmax ], [ %676, %643 ]
	%712 = phi float [ %175, %softmax ], [ %677, %643 ]
	%713 = phi float [ %176, %softmax ], [ %678, %643 ]
	%714 = phi float [ %177, %softmax ], [ %679, %643 ]
	%715 = phi float [ %178, %softmax ], [ %680, %643 ]
	%716 = phi float [ %179, %softmax ], [ %681, %643 ]
	%717 = phi float [ %180, %softmax ], [ %682, %643 ]
	%718 = phi float [ %181, %softmax ], [ %683, %643 ]
	%719 = phi float [ %183, %softmax ], [ %684, %643 ]
	%720 = phi float [ %185, %softmax ], [ %685, %643 ]
	%721 = select i1 %642, float %622, float %182
	%722 = fcmp oeq float %721, 0xFFF0000000000000
	%723 = select i1 %722, float 0.0, float %721
	%724 = fneg float %723
	%725 = call float @llvm.fma.f32(float %594, float 0x3FC7154760000000, float %724)
	%726 = call float @llvm.nvvm.ex2.approx.ftz.f(float %725)
	%727 = call float @llvm.fma.f32(float %595, float 0x3FC7154760000000, float %724)
	%728 = call float @llvm.nvvm.ex2.approx.ftz.f(float %727)
	%729 = call float @llvm.fma.f32(float %598, float 0x3FC7154760000000, float %724)
	%730 = call float @llvm.nvvm.ex2.approx.ftz.f(float %729)
	%731 = call float @llvm.fma.f32(float %599, float 0x3FC7154760000000, float %724)
	%732 = call float @llvm.nvvm.ex2.approx.ftz.f(float %731)
	%733 = call float @llvm.fma.f32(float %602, float 0x3FC7154760000000, float %724)
	%734 = call float @llvm.nvvm.ex2.approx.ftz.f(float %733)
	%735 = call float @llvm.fma.f32(float %603, float 0x3FC7154760000000, float %724)
	%736 = call float @llvm.nvvm.ex2.approx.ftz.f(float %735)
	%737 = call float @llvm.fma.f32(float %606, float 0x3FC7154760000000, float %724)
	%738 = call float @llvm.nvvm.ex2.approx.ftz.f(float %737)
	%739 = call float @llvm.fma.f32(float %607, float 0x3FC7154760000000, float %724)
	%740 = call float @llvm.nvvm.ex2.approx.ftz.f(float %739)
	%741 = fadd float %726, %728
	%742 = fadd float %730, %732
	%743 = fadd float %734, %736
	%744 = fadd float %738, %740
	%745 = fadd float %741, %742
	%746 = fadd float %743, %744
	%747 = fadd float %745, %746
	%748 = fadd float %719, %747
	%749 = select i1 %642, float %638, float %184
	%750 = fcmp oeq float %749, 0xFFF0000000000000
	%751 = select i1 %750, float 0.0, float %749
	%752 = fneg float %751
	%753 = call float @llvm.fma.f32(float %596, float 0x3FC7154760000000, float %752)
	%754 = call float @llvm.nvvm.ex2.approx.ftz.f(float %753)
	%755 = call float @llvm.fma.f32(float %597, float 0x3FC7154760000000, float %752)
	%756 = call float @llvm.nvvm.ex2.approx.ftz.f(float %755)
	%757 = call float @llvm.fma.f32(float %600, float 0x3FC7154760000000, float %752)
	%758 = call float @llvm.nvvm.ex2.approx.ftz.f(float %757)
	%759 = call float @llvm.fma.f32(float %601, float 0x3FC7154760000000, float %752)
	%760 = call float @llvm.nvvm.ex2.approx.ftz.f(float %759)
	%761 = call float @llvm.fma.f32(float %604, float 0x3FC7154760000000, float %752)
	%762 = call float @llvm.nvvm.ex2.approx.ftz.f(float %761)
	%763 = call float @llvm.fma.f32(float %605, float 0x3FC7154760000000, float %752)
	%764 = call float @llvm.nvvm.ex2.approx.ftz.f(float %763)
	%765 = call float @llvm.fma.f32(float %608, float 0x3FC7154760000000, float %752)
	%766 = call float @llvm.nvvm.ex2.approx.ftz.f(float %765)
	%767 = call float @llvm.fma.f32(float %609, float 0x3FC7154760000000, float %752)
	%768 = call float @llvm.nvvm.ex2.approx.ftz.f(float %767)
	%769 = fadd float %754, %756
	%770 = fadd float %758, %760
	%771 = fadd float %762, %764
	%772 = fadd float %766, %768
	%773 = fadd float %769, %770
	%774 = fadd float %771, %772
	%775 = fadd float %773, %774
	%776 = fadd float %720, %775
	%777 = add i32 %148, 1
	%778 = icmp slt i32 %777, %NK
	%779 = select i1 %778, i32 %777, i32 0
	%780 = add i32 %48, %779
	%781 = sext i32 %780 to i64
	%782 = getelementptr i32, i32* %list, i64 %781
	%783 = load i32, i32* %782
	%784 = select i1 %778, i32 %783, i32 -1
	%785 = icmp sge i32 %784, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %785, label %prefetch, label %pv

prefetch:
	%786 = mul i32 %784, 32
	%787 = lshr i32 %9, 3
	%788 = and i32 %9, 7
	%789 = lshr i32 %788, 3
	%790 = mul i32 %789, u0x1000
	%791 = and i32 %788, 7
	%792 = and i32 %787, 7
	%793 = xor i32 %791, %792
	%794 = mul i32 %787, 128
	%795 = shl i32 %793, 4
	%796 = add i32 %794, %795
	%797 = add i32 %790, %796
	%798 = add i32 %0, %797
	%799 = add i32 %786, %787
	%800 = mul i32 %799, 64
	%801 = mul i32 %788, 8
	%802 = add i32 %800, %801
	%803 = sext i32 %802 to i64
	%804 = getelementptr i16, i16* %39, i64 %803
	%805 = add i32 %799, 0
	%806 = icmp slt i32 %805, %N
	%807 = getelementptr i16, i16* %804, i64 0
	%808 = select i1 %806, i16* %807, i16* %39
	%809 = add i32 %798, 0
	%810 = select i1 %806, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %809, i16* %808, i32 %810)
	%811 = add i32 %799, 16
	%812 = icmp slt i32 %811, %N
	%813 = getelementptr i16, i16* %804, i64 1024
	%814 = select i1 %812, i16* %813, i16* %39
	%815 = add i32 %798, 2048
	%816 = select i1 %812, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %815, i16* %814, i32 %816)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%817 = and i32 %11, 7
	%818 = lshr i32 %11, 3
	%819 = and i32 %818, 1
	%820 = shl i32 %819, 3
	%821 = add i32 %817, %820
	%822 = mul i32 %821, 128
	%823 = add i32 %1, %822
	%824 = and i32 %11, 7
	%825 = xor i32 %107, %824
	%826 = shl i32 %825, 4
	%827 = add i32 %823, %826
	%828 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %728, float %726)
	%829 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %756, float %754)
	%830 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %732, float %730)
	%831 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %760, float %758)
	%832 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %736, float %734)
	%833 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %764, float %762)
	%834 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %740, float %738)
	%835 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %768, float %766)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%836 = add i32 %8, 0
	%837 = zext i32 %836 to i64
	%838 = or i64 %837, u0x4000004001000000
	%839 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %687, float %688, float %689, float %690, float %691, float %692, float %693, float %694, float %695, float %696, float %697, float %698, float %699, float %700, float %701, float %702, float %703, float %704, float %705, float %706, float %707, float %708, float %709, float %710, float %711, float %712, float %713, float %714, float %715, float %716, float %717, float %718, i32 %828, i32 %829, i32 %830, i32 %831, i64 %838, i32 1)
	%840 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 0
	%841 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 1
	%842 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 2
	%843 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 3
	%844 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 4
	%845 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 5
	%846 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 6
	%847 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 7
	%848 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 8
	%849 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 9
	%850 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 10
	%851 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 11
	%852 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 12
	%853 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 13
	%854 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 14
	%855 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 15
	%856 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 16
	%857 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 17
	%858 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 18
	%859 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 19
	%860 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 20
	%861 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 21
	%862 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 22
	%863 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 23
	%864 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 24
	%865 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 25
	%866 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 26
	%867 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 27
	%868 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 28
	%869 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 29
	%870 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 30
	%871 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %839, 31
	%872 = add i32 %8, 128
	%873 = zext i32 %872 to i64
	%874 = or i64 %873, u0x4000004001000000
	%875 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %840, float %841, float %842, float %843, float %844, float %845, float %846, float %847, float %848, float %849, float %850, float %851, float %852, float %853, float %854, float %855, float %856, float %857, float %858, float %859, float %860, float %861, float %862, float %863, float %864, float %865, float %866, float %867, float %868, float %869, float %870, float %871, i32 %832, i32 %833, i32 %834, i32 %835, i64 %874, i32 1)
	%876 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 0
	%877 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 1
	%878 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 2
	%879 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 3
	%880 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 4
	%881 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 5
	%882 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 6
	%883 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 7
	%884 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 8
	%885 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 9
	%886 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 10
	%887 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 11
	%888 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 12
	%889 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 13
	%890 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 14
	%891 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 15
	%892 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 16
	%893 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 17
	%894 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 18
	%895 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 19
	%896 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 20
	%897 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 21
	%898 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 22
	%899 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 23
	%900 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 24
	%901 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 25
	%902 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 26
	%903 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 27
	%904 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 28
	%905 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 29
	%906 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 30
	%907 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %875, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%908 = call float asm sideeffect "", "=f,0"(float %876)
	%909 = call float asm sideeffect "", "=f,0"(float %877)
	%910 = call float asm sideeffect "", "=f,0"(float %878)
	%911 = call float asm sideeffect "", "=f,0"(float %879)
	%912 = call float asm sideeffect "", "=f,0"(float %880)
	%913 = call float asm sideeffect "", "=f,0"(float %881)
	%914 = call float asm sideeffect "", "=f,0"(float %882)
	%915 = call float asm sideeffect "", "=f,0"(float %883)
	%916 = call float asm sideeffect "", "=f,0"(float %884)
	%917 = call float asm sideeffect "", "=f,0"(float %885)
	%918 = call float asm sideeffect "", "=f,0"(float %886)
	%919 = call float asm sideeffect "", "=f,0"(float %887)
	%920 = call float asm sideeffect "", "=f,0"(float %888)
	%921 = call float asm sideeffect "", "=f,0"(float %889)
	%922 = call float asm sideeffect "", "=f,0"(float %890)
	%923 = call float asm sideeffect "", "=f,0"(float %891)
	%924 = call float asm sideeffect "", "=f,0"(float %892)
	%925 = call float asm sideeffect "", "=f,0"(float %893)
	%926 = call float asm sideeffect "", "=f,0"(float %894)
	%927 = call float asm sideeffect "", "=f,0"(float %895)
	%928 = call float asm sideeffect "", "=f,0"(float %896)
	%929 = call float asm sideeffect "", "=f,0"(float %897)
	%930 = call float asm sideeffect "", "=f,0"(float %898)
	%931 = call float asm sideeffect "", "=f,0"(float %899)
	%932 = call float asm sideeffect "", "=f,0"(float %900)
	%933 = call float asm sideeffect "", "=f,0"(float %901)
	%934 = call float asm sideeffect "", "=f,0"(float %902)
	%935 = call float asm sideeffect "", "=f,0"(float %903)
	%936 = call float asm sideeffect "", "=f,0"(float %904)
	%937 = call float asm sideeffect "", "=f,0"(float %905)
	%938 = call float asm sideeffect "", "=f,0"(float %906)
	%939 = call float asm sideeffect "", "=f,0"(float %907)
	br i1 %785, label %loop, label %epilogue

store0:
	%940 = mul i32 %29, %M
	%941 = add i32 %940, %384
	%942 = mul i32 %941, 64
	%943 = shl i32 %13, 1
	%944 = add i32 0, %943
	%945 = add i32 %942, %944
	%946 = sext i32 %945 to i64
	%947 = getelementptr i16, i16* %out, i64 %946
	%948 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %386, float %385)
	%949 = bitcast i16* %947 to i32*
	store i32 %948, i32* %949
	%950 = shl i32 %13, 1
	%951 = add i32 8, %950
	%952 = add i32 %942, %951
	%953 = sext i32 %952 to i64
	%954 = getelementptr i16, i16* %out, i64 %953
	%955 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %388, float %387)
	%956 = bitcast i16* %954 to i32*
	store i32 %955, i32* %956
	%957 = shl i32 %13, 1
	%958 = add i32 16, %957
	%959 = add i32 %942, %958
	%960 = sext i32 %959 to i64
	%961 = getelementptr i16, i16* %out, i64 %960
	%962 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %390, float %389)
	%963 = bitcast i16* %961 to i32*
	store i32 %962, i32* %963
	%964 = shl i32 %13, 1
	%965 = add i32 24, %964
	%966 = add i32 %942, %965
	%967 = sext i32 %966 to i64
	%968 = getelementptr i16, i16* %out, i64 %967
	%969 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %392, float %391)
	%970 = bitcast i16* %968 to i32*
	store i32 %969, i32* %970
	%971 = shl i32 %13, 1
	%972 = add i32 32, %971
	%973 = add i32 %942, %972
	%974 = sext i32 %973 to i64
	%975 = getelementptr i16, i16* %out, i64 %974
	%976 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %394, float %393)
	%977 = bitcast i16* %975 to i32*
	store i32 %976, i32* %977
	%978 = shl i32 %13, 1
	%979 = add i32 40, %978
	%980 = add i32 %942, %979
	%981 = sext i32 %980 to i64
	%982 = getelementptr i16, i16* %out, i64 %981
	%983 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %396, float %395)
	%984 = bitcast i16* %982 to i32*
	store i32 %983, i32* %984
	%985 = shl i32 %13, 1
	%986 = add i32 48, %985
	%987 = add i32 %942, %986
	%988 = sext i32 %987 to i64
	%989 = getelementptr i16, i16* %out, i64 %988
	%990 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %398, float %397)
	%991 = bitcast i16* %989 to i32*
	store i32 %990, i32* %991
	%992 = shl i32 %13, 1
	%993 = add i32 56, %992
	%994 = add i32 %942, %993
	%995 = sext i32 %994 to i64
	%996 = getelementptr i16, i16* %out, i64 %995
	%997 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %400, float %399)
	%998 = bitcast i16* %996 to i32*
	store i32 %997, i32* %998
	br label %stored0

stored0:
	%999 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %340, i32 1, i32 31)
	%1000 = fadd float %340, %999
	%1001 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1000, i32 2, i32 31)
	%1002 = fadd float %1000, %1001
	%1003 = fcmp ogt float %1002, 0.0
	%1004 = fdiv float 1.0, %1002
	%1005 = select i1 %1003, float %1004, float 0.0
	%1006 = mul i32 %10, 16
	%1007 = add i32 %31, %1006
	%1008 = add i32 %12, 8
	%1009 = add i32 %1007, %1008
	%1010 = fmul float %344, %1005
	%1011 = fmul float %345, %1005
	%1012 = fmul float %348, %1005
	%1013 = fmul float %349, %1005
	%1014 = fmul float %352, %1005
	%1015 = fmul float %353, %1005
	%1016 = fmul float %356, %1005
	%1017 = fmul float %357, %1005
	%1018 = fmul float %360, %1005
	%1019 = fmul float %361, %1005
	%1020 = fmul float %364, %1005
	%1021 = fmul float %365, %1005
	%1022 = fmul float %368, %1005
	%1023 = fmul float %369, %1005
	%1024 = fmul float %372, %1005
	%1025 = fmul float %373, %1005
	%1026 = icmp slt i32 %1009, %M
	br i1 %1026, label %store1, label %stored1

store1:
	%1027 = mul i32 %29, %M
	%1028 = add i32 %1027, %1009
	%1029 = mul i32 %1028, 64
	%1030 = shl i32 %13, 1
	%1031 = add i32 0, %1030
	%1032 = add i32 %1029, %1031
	%1033 = sext i32 %1032 to i64
	%1034 = getelementptr i16, i16* %out, i64 %1033
	%1035 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1011, float %1010)
	%1036 = bitcast i16* %1034 to i32*
	store i32 %1035, i32* %1036
	%1037 = shl i32 %13, 1
	%1038 = add i32 8, %1037
	%1039 = add i32 %1029, %1038
	%1040 = sext i32 %1039 to i64
	%1041 = getelementptr i16, i16* %out, i64 %1040
	%1042 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1013, float %1012)
	%1043 = bitcast i16* %1041 to i32*
	store i32 %1042, i32* %1043
	%1044 = shl i32 %13, 1
	%1045 = add i32 16, %1044
	%1046 = add i32 %1029, %1045
	%1047 = sext i32 %1046 to i64
	%1048 = getelementptr i16, i16* %out, i64 %1047
	%1049 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1015, float %1014)
	%1050 = bitcast i16* %1048 to i32*
	store i32 %1049, i32* %1050
	%1051 = shl i32 %13, 1
	%1052 = add i32 24, %1051
	%1053 = add i32 %1029, %1052
	%1054 = sext i32 %1053 to i64
	%1055 = getelementptr i16, i16* %out, i64 %1054
	%1056 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1017, float %1016)
	%1057 = bitcast i16* %1055 to i32*
	store i32 %1056, i32* %1057
	%1058 = shl i32 %13, 1
	%1059 = add i32 32, %1058
	%1060 = add i32 %1029, %1059
	%1061 = sext i32 %1060 to i64
	%1062 = getelementptr i16, i16* %out, i64 %1061
	%1063 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1019, float %1018)
	%1064 = bitcast i16* %1062 to i32*
	store i32 %1063, i32* %1064
	%1065 = shl i32 %13, 1
	%1066 = add i32 40, %1065
	%1067 = add i32 %1029, %1066
	%1068 = sext i32 %1067 to i64
	%1069 = getelementptr i16, i16* %out, i64 %1068
	%1070 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1021, float %1020)
	%1071 = bitcast i16* %1069 to i32*
	store i32 %1070, i32* %1071
	%1072 = shl i32 %13, 1
	%1073 = add i32 48, %1072
	%1074 = add i32 %1029, %1073
	%1075 = sext i32 %1074 to i64
	%1076 = getelementptr i16, i16* %out, i64 %1075
	%1077 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1023, float %1022)
	%1078 = bitcast i16* %1076 to i32*
	store i32 %1077, i32* %1078
	%1079 = shl i32 %13, 1
	%1080 = add i32 56, %1079
	%1081 = add i32 %1029, %1080
	%1082 = sext i32 %1081 to i64
	%1083 = getelementptr i16, i16* %out, i64 %1082
	%1084 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1025, float %1024)
	%1085 = bitcast i16* %1083 to i32*
	store i32 %1084, i32* %1085
	br label %stored1

stored1:
	ret void
}
