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
	%164 = phi i32 [ 0, %prologue ], [ %791, %pv ]
	%165 = phi i32 [ %56, %prologue ], [ %166, %pv ]
	%166 = phi i32 [ %67, %prologue ], [ %801, %pv ]
	%167 = phi i8 [ %75, %prologue ], [ %809, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %932, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %933, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %934, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %935, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %936, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %937, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %938, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %939, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %940, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %941, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %942, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %943, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %944, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %945, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %946, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %947, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %948, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %949, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %950, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %951, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %952, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %953, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %954, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %955, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %956, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %957, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %958, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %959, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %960, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %961, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %962, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %963, %pv ]
	%200 = phi float [ 0xFFF0000000000000, %prologue ], [ %735, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %762, %pv ]
	%202 = phi float [ 0xFFF0000000000000, %prologue ], [ %763, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %790, %pv ]
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
	%241 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %237, i64 %240, i32 1)
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
	%264 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %242, float %243, float %244, float %245, float %246, float %247, float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, i64 %260, i64 %263, i32 1)
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
	%287 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %265, float %266, float %267, float %268, float %269, float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, float %280, i64 %283, i64 %286, i32 1)
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
	%310 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, i64 %306, i64 %309, i32 1)
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
	%353 = phi float [ 0.0, %entry ], [ %762, %pv ]
	%354 = phi float [ 0.0, %entry ], [ %790, %pv ]
	%355 = phi i32 [ 0, %entry ], [ %791, %pv ]
	%356 = phi float [ 0.0, %entry ], [ %932, %pv ]
	%357 = phi float [ 0.0, %entry ], [ %933, %pv ]
	%358 = phi float [ 0.0, %entry ], [ %934, %pv ]
	%359 = phi float [ 0.0, %entry ], [ %935, %pv ]
	%360 = phi float [ 0.0, %entry ], [ %936, %pv ]
	%361 = phi float [ 0.0, %entry ], [ %937, %pv ]
	%362 = phi float [ 0.0, %entry ], [ %938, %pv ]
	%363 = phi float [ 0.0, %entry ], [ %939, %pv ]
	%364 = phi float [ 0.0, %entry ], [ %940, %pv ]
	%365 = phi float [ 0.0, %entry ], [ %941, %pv ]
	%366 = phi float [ 0.0, %entry ], [ %942, %pv ]
	%367 = phi float [ 0.0, %entry ], [ %943, %pv ]
	%368 = phi float [ 0.0, %entry ], [ %944, %pv ]
	%369 = phi float [ 0.0, %entry ], [ %945, %pv ]
	%370 = phi float [ 0.0, %entry ], [ %946, %pv ]
	%371 = phi float [ 0.0, %entry ], [ %947, %pv ]
	%372 = phi float [ 0.0, %entry ], [ %948, %pv ]
	%373 = phi float [ 0.0, %entry ], [ %949, %pv ]
	%374 = phi float [ 0.0, %entry ], [ %950, %pv ]
	%375 = phi float [ 0.0, %entry ], [ %951, %pv ]
	%376 = phi float [ 0.0, %entry ], [ %952, %pv ]
	%377 = phi float [ 0.0, %entry ], [ %953, %pv ]
	%378 = phi float [ 0.0, %entry ], [ %954, %pv ]
	%379 = phi float [ 0.0, %entry ], [ %955, %pv ]
	%380 = phi float [ 0.0, %entry ], [ %956, %pv ]
	%381 = phi float [ 0.0, %entry ], [ %957, %pv ]
	%382 = phi float [ 0.0, %entry ], [ %958, %pv ]
	%383 = phi float [ 0.0, %entry ], [ %959, %pv ]
	%384 = phi float [ 0.0, %entry ], [ %960, %pv ]
	%385 = phi float [ 0.0, %entry ], [ %961, %pv ]
	%386 = phi float [ 0.0, %entry ], [ %962, %pv ]
	%387 = phi float [ 0.0, %entry ], [ %963, %pv ]
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
	%420 = select i1 %419, i32 %418, i32 0
	%421 = sitofp i32 %346 to float
	%422 = sitofp i32 %420 to float
	%423 = fcmp ole float %422, %421
	%424 = uitofp i1 %423 to float
	%425 = fcmp une float %424, 0.0
	%426 = and i1 %419, %425
	%427 = select i1 %426, float %327, float 0xFFF0000000000000
	%428 = shl i32 %13, 1
	%429 = add i32 1, %428
	%430 = add i32 %204, %429
	%431 = icmp slt i32 %430, %N
	%432 = select i1 %431, i32 %430, i32 0
	%433 = sitofp i32 %346 to float
	%434 = sitofp i32 %432 to float
	%435 = fcmp ole float %434, %433
	%436 = uitofp i1 %435 to float
	%437 = fcmp une float %436, 0.0
	%438 = and i1 %431, %437
	%439 = select i1 %438, float %328, float 0xFFF0000000000000
	%440 = shl i32 %13, 1
	%441 = add i32 0, %440
	%442 = add i32 %204, %441
	%443 = icmp slt i32 %442, %N
	%444 = select i1 %443, i32 %442, i32 0
	%445 = sitofp i32 %350 to float
	%446 = sitofp i32 %444 to float
	%447 = fcmp ole float %446, %445
	%448 = uitofp i1 %447 to float
	%449 = fcmp une float %448, 0.0
	%450 = and i1 %443, %449
	%451 = select i1 %450, float %329, float 0xFFF0000000000000
	%452 = shl i32 %13, 1
	%453 = add i32 1, %452
	%454 = add i32 %204, %453
	%455 = icmp slt i32 %454, %N
	%456 = select i1 %455, i32 %454, i32 0
	%457 = sitofp i32 %350 to float
	%458 = sitofp i32 %456 to float
	%459 = fcmp ole float %458, %457
	%460 = uitofp i1 %459 to float
	%461 = fcmp une float %460, 0.0
	%462 = and i1 %455, %461
	%463 = select i1 %462, float %330, float 0xFFF0000000000000
	%464 = shl i32 %13, 1
	%465 = add i32 8, %464
	%466 = add i32 %204, %465
	%467 = icmp slt i32 %466, %N
	%468 = select i1 %467, i32 %466, i32 0
	%469 = sitofp i32 %346 to float
	%470 = sitofp i32 %468 to float
	%471 = fcmp ole float %470, %469
	%472 = uitofp i1 %471 to float
	%473 = fcmp une float %472, 0.0
	%474 = and i1 %467, %473
	%475 = select i1 %474, float %331, float 0xFFF0000000000000
	%476 = shl i32 %13, 1
	%477 = add i32 9, %476
	%478 = add i32 %204, %477
	%479 = icmp slt i32 %478, %N
	%480 = select i1 %479, i32 %478, i32 0
	%481 = sitofp i32 %346 to float
	%482 = sitofp i32 %480 to float
	%483 = fcmp ole float %482, %481
	%484 = uitofp i1 %483 to float
	%485 = fcmp une float %484, 0.0
	%486 = and i1 %479, %485
	%487 = select i1 %486, float %332, float 0xFFF0000000000000
	%488 = shl i32 %13, 1
	%489 = add i32 8, %488
	%490 = add i32 %204, %489
	%491 = icmp slt i32 %490, %N
	%492 = select i1 %491, i32 %490, i32 0
	%493 = sitofp i32 %350 to float
	%494 = sitofp i32 %492 to float
	%495 = fcmp ole float %494, %493
	%496 = uitofp i1 %495 to float
	%497 = fcmp une float %496, 0.0
	%498 = and i1 %491, %497
	%499 = select i1 %498, float %333, float 0xFFF0000000000000
	%500 = shl i32 %13, 1
	%501 = add i32 9, %500
	%502 = add i32 %204, %501
	%503 = icmp slt i32 %502, %N
	%504 = select i1 %503, i32 %502, i32 0
	%505 = sitofp i32 %350 to float
	%506 = sitofp i32 %504 to float
	%507 = fcmp ole float %506, %505
	%508 = uitofp i1 %507 to float
	%509 = fcmp une float %508, 0.0
	%510 = and i1 %503, %509
	%511 = select i1 %510, float %334, float 0xFFF0000000000000
	%512 = shl i32 %13, 1
	%513 = add i32 16, %512
	%514 = add i32 %204, %513
	%515 = icmp slt i32 %514, %N
	%516 = select i1 %515, i32 %514, i32 0
	%517 = sitofp i32 %346 to float
	%518 = sitofp i32 %516 to float
	%519 = fcmp ole float %518, %517
	%520 = uitofp i1 %519 to float
	%521 = fcmp une float %520, 0.0
	%522 = and i1 %515, %521
	%523 = select i1 %522, float %335, float 0xFFF0000000000000
	%524 = shl i32 %13, 1
	%525 = add i32 17, %524
	%526 = add i32 %204, %525
	%527 = icmp slt i32 %526, %N
	%528 = select i1 %527, i32 %526, i32 0
	%529 = sitofp i32 %346 to float
	%530 = sitofp i32 %528 to float
	%531 = fcmp ole float %530, %529
	%532 = uitofp i1 %531 to float
	%533 = fcmp une float %532, 0.0
	%534 = and i1 %527, %533
	%535 = select i1 %534, float %336, float 0xFFF0000000000000
	%536 = shl i32 %13, 1
	%537 = add i32 16, %536
	%538 = add i32 %204, %537
	%539 = icmp slt i32 %538, %N
	%540 = select i1 %539, i32 %538, i32 0
	%541 = sitofp i32 %350 to float
	%542 = sitofp i32 %540 to float
	%543 = fcmp ole float %542, %541
	%544 = uitofp i1 %543 to float
	%545 = fcmp une float %544, 0.0
	%546 = and i1 %539, %545
	%547 = select i1 %546, float %337, float 0xFFF0000000000000
	%548 = shl i32 %13, 1
	%549 = add i32 17, %548
	%550 = add i32 %204, %549
	%551 = icmp slt i32 %550, %N
	%552 = select i1 %551, i32 %550, i32 0
	%553 = sitofp i32 %350 to float
	%554 = sitofp i32 %552 to float
	%555 = fcmp ole float %554, %553
	%556 = uitofp i1 %555 to float
	%557 = fcmp une float %556, 0.0
	%558 = and i1 %551, %557
	%559 = select i1 %558, float %338, float 0xFFF0000000000000
	%560 = shl i32 %13, 1
	%561 = add i32 24, %560
	%562 = add i32 %204, %561
	%563 = icmp slt i32 %562, %N
	%564 = select i1 %563, i32 %562, i32 0
	%565 = sitofp i32 %346 to float
	%566 = sitofp i32 %564 to float
	%567 = fcmp ole float %566, %565
	%568 = uitofp i1 %567 to float
	%569 = fcmp une float %568, 0.0
	%570 = and i1 %563, %569
	%571 = select i1 %570, float %339, float 0xFFF0000000000000
	%572 = shl i32 %13, 1
	%573 = add i32 25, %572
	%574 = add i32 %204, %573
	%575 = icmp slt i32 %574, %N
	%576 = select i1 %575, i32 %574, i32 0
	%577 = sitofp i32 %346 to float
	%578 = sitofp i32 %576 to float
	%579 = fcmp ole float %578, %577
	%580 = uitofp i1 %579 to float
	%581 = fcmp une float %580, 0.0
	%582 = and i1 %575, %581
	%583 = select i1 %582, float %340, float 0xFFF0000000000000
	%584 = shl i32 %13, 1
	%585 = add i32 24, %584
	%586 = add i32 %204, %585
	%587 = icmp slt i32 %586, %N
	%588 = select i1 %587, i32 %586, i32 0
	%589 = sitofp i32 %350 to float
	%590 = sitofp i32 %588 to float
	%591 = fcmp ole float %590, %589
	%592 = uitofp i1 %591 to float
	%593 = fcmp une float %592, 0.0
	%594 = and i1 %587, %593
	%595 = select i1 %594, float %341, float 0xFFF0000000000000
	%596 = shl i32 %13, 1
	%597 = add i32 25, %596
	%598 = add i32 %204, %597
	%599 = icmp slt i32 %598, %N
	%600 = select i1 %599, i32 %598, i32 0
	%601 = sitofp i32 %350 to float
	%602 = sitofp i32 %600 to float
	%603 = fcmp ole float %602, %601
	%604 = uitofp i1 %603 to float
	%605 = fcmp une float %604, 0.0
	%606 = and i1 %599, %605
	%607 = select i1 %606, float %342, float 0xFFF0000000000000
	br label %softmax

softmax:
	%608 = phi float [ %327, %loop ], [ %427, %partial ]
	%609 = phi float [ %328, %loop ], [ %439, %partial ]
	%610 = phi float [ %329, %loop ], [ %451, %partial ]
	%611 = phi float [ %330, %loop ], [ %463, %partial ]
	%612 = phi float [ %331, %loop ], [ %475, %partial ]
	%613 = phi float [ %332, %loop ], [ %487, %partial ]
	%614 = phi float [ %333, %loop ], [ %499, %partial ]
	%615 = phi float [ %334, %loop ], [ %511, %partial ]
	%616 = phi float [ %335, %loop ], [ %523, %partial ]
	%617 = phi float [ %336, %loop ], [ %535, %partial ]
	%618 = phi float [ %337, %loop ], [ %547, %partial ]
	%619 = phi float [ %338, %loop ], [ %559, %partial ]
	%620 = phi float [ %339, %loop ], [ %571, %partial ]
	%621 = phi float [ %340, %loop ], [ %583, %partial ]
	%622 = phi float [ %341, %loop ], [ %595, %partial ]
	%623 = phi float [ %342, %loop ], [ %607, %partial ]
	%624 = call float @llvm.nvvm.fmax.f(float %608, float %609)
	%625 = call float @llvm.nvvm.fmax.f(float %612, float %613)
	%626 = call float @llvm.nvvm.fmax.f(float %616, float %617)
	%627 = call float @llvm.nvvm.fmax.f(float %620, float %621)
	%628 = call float @llvm.nvvm.fmax.f(float %624, float %625)
	%629 = call float @llvm.nvvm.fmax.f(float %626, float %627)
	%630 = call float @llvm.nvvm.fmax.f(float %628, float %629)
	%631 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %630, i32 1, i32 31)
	%632 = call float @llvm.nvvm.fmax.f(float %630, float %631)
	%633 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %632, i32 2, i32 31)
	%634 = call float @llvm.nvvm.fmax.f(float %632, float %633)
	%635 = fmul float %634, 0x3FC7154760000000
	%636 = call float @llvm.nvvm.fmax.f(float %200, float %635)
	%637 = fadd float %200, 8.0
	%638 = fcmp ogt float %636, %637
	%639 = or i1 false, %638
	%640 = call float @llvm.nvvm.fmax.f(float %610, float %611)
	%641 = call float @llvm.nvvm.fmax.f(float %614, float %615)
	%642 = call float @llvm.nvvm.fmax.f(float %618, float %619)
	%643 = call float @llvm.nvvm.fmax.f(float %622, float %623)
	%644 = call float @llvm.nvvm.fmax.f(float %640, float %641)
	%645 = call float @llvm.nvvm.fmax.f(float %642, float %643)
	%646 = call float @llvm.nvvm.fmax.f(float %644, float %645)
	%647 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %646, i32 1, i32 31)
	%648 = call float @llvm.nvvm.fmax.f(float %646, float %647)
	%649 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %648, i32 2, i32 31)
	%650 = call float @llvm.nvvm.fmax.f(float %648, float %649)
	%651 = fmul float %650, 0x3FC7154760000000
	%652 = call float @llvm.nvvm.fmax.f(float %202, float %651)
	%653 = fadd float %202, 8.0
	%654 = fcmp ogt float %652, %653
	%655 = or i1 %639, %654
	%656 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %655)
	br i1 %656, label %657, label %700

657:
	%658 = fcmp oeq float %636, 0xFFF0000000000000
	%659 = select i1 %658, float 0.0, float %636
	%660 = fsub float %200, %659
	%661 = call float @llvm.nvvm.ex2.approx.ftz.f(float %660)
	%662 = fcmp oeq float %652, 0xFFF0000000000000
	%663 = select i1 %662, float 0.0, float %652
	%664 = fsub float %202, %663
	%665 = call float @llvm.nvvm.ex2.approx.ftz.f(float %664)
	%666 = fmul float %168, %661
	%667 = fmul float %169, %661
	%668 = fmul float %170, %665
	%669 = fmul float %171, %665
	%670 = fmul float %172, %661
	%671 = fmul float %173, %661
	%672 = fmul float %174, %665
	%673 = fmul float %175, %665
	%674 = fmul float %176, %661
	%675 = fmul float %177, %661
	%676 = fmul float %178, %665
	%677 = fmul float %179, %665
	%678 = fmul float %180, %661
	%679 = fmul float %181, %661
	%680 = fmul float %182, %665
	%681 = fmul float %183, %665
	%682 = fmul float %184, %661
	%683 = fmul float %185, %661
	%684 = fmul float %186, %665
	%685 = fmul float %187, %665
	%686 = fmul float %188, %661
	%687 = fmul float %189, %661
	%688 = fmul float %190, %665
	%689 = fmul float %191, %665
	%690 = fmul float %192, %661
	%691 = fmul float %193, %661
	%692 = fmul float %194, %665
	%693 = fmul float %195, %665
	%694 = fmul float %196, %661
	%695 = fmul float %197, %661
	%696 = fmul float %198, %665
	%697 = fmul float %199, %665
	%698 = fmul float %201, %661
	%699 = fmul float %203, %665
	br label %700

700:
	%701 = phi float [ %168, %softmax ], [ %666, %657 ]
	%702 = phi float [ %169, %softmax ], [ %667, %657 ]
	%703 = phi float [ %170, %softmax ], [ %668, %657 ]
	%704 = phi float [ %171, %softmax ], [ %669, %657 ]
	%705 = phi float [ %172, %softmax ], [ %670, %657 ]
	%706 = phi float [ %173, %softmax ], [ %671, %657 ]
	%707 = phi float [ %174, %softmax ], [ %672, %657 ]
	%708 = phi float [ %175, %softmax ], [ %673, %657 ]
	%709 = phi float [ %176, %softmax ], [ %674, %657 ]
	%710 = phi float [ %177, %softmax ], [ %675, %657 ]
	%711 = phi float [ %178, %softmax ], [ %676, %657 ]
	%712 = phi float [ %179, %softmax ], [ %677, %657 ]
	%713 = phi float [ %180, %softmax ], [ %678, %657 ]
	%714 = phi float [ %181, %softmax ], [ %679, %657 ]
	%715 = phi float [ %182, %softmax ], [ %680, %657 ]
	%716 = phi float [ %183, %softmax ], [ %681, %657 ]
	%717 = phi float [ %184, %softmax ], [ %682, %657 ]
	%718 = phi float [ %185, %softmax ], [ %683, %657 ]
	%719 = phi float [ %186, %softmax ], [ %684, %657 ]
	%720 = phi float [ %187, %softmax ], [ %685, %657 ]
	%721 = phi float [ %188, %softmax ], [ %686, %657 ]
	%722 = phi float [ %189, %softmax ], [ %687, %657 ]
	%723 = phi float [ %190, %softmax ], [ %688, %657 ]
	%724 = phi float [ %191, %softmax ], [ %689, %657 ]
	%725 = phi float [ %192, %softmax ], [ %690, %657 ]
	%726 = phi float [ %193, %softmax ], [ %691, %657 ]
	%727 = phi float [ %194, %softmax ], [ %692, %657 ]
	%728 = phi float [ %195, %softmax ], [ %693, %657 ]
	%729 = phi float [ %196, %softmax ], [ %694, %657 ]
	%730 = phi float [ %197, %softmax ], [ %695, %657 ]
	%731 = phi float [ %198, %softmax ], [ %696, %657 ]
	%732 = phi float [ %199, %softmax ], [ %697, %657 ]
	%733 = phi float [ %201, %softmax ], [ %698, %657 ]
	%734 = phi float [ %203, %softmax ], [ %699, %657 ]
	%735 = select i1 %656, float %636, float %200
	%736 = fcmp oeq float %735, 0xFFF0000000000000
	%737 = select i1 %736, float 0.0, float %735
	%738 = fneg float %737
	%739 = call float @llvm.fma.f32(float %608, float 0x3FC7154760000000, float %738)
	%740 = call float @llvm.nvvm.ex2.approx.ftz.f(float %739)
	%741 = call float @llvm.fma.f32(float %609, float 0x3FC7154760000000, float %738)
	%742 = call float @llvm.nvvm.ex2.approx.ftz.f(float %741)
	%743 = call float @llvm.fma.f32(float %612, float 0x3FC7154760000000, float %738)
	%744 = call float @llvm.nvvm.ex2.approx.ftz.f(float %743)
	%745 = call float @llvm.fma.f32(float %613, float 0x3FC7154760000000, float %738)
	%746 = call float @llvm.nvvm.ex2.approx.ftz.f(float %745)
	%747 = call float @llvm.fma.f32(float %616, float 0x3FC7154760000000, float %738)
	%748 = call float @llvm.nvvm.ex2.approx.ftz.f(float %747)
	%749 = call float @llvm.fma.f32(float %617, float 0x3FC7154760000000, float %738)
	%750 = call float @llvm.nvvm.ex2.approx.ftz.f(float %749)
	%751 = call float @llvm.fma.f32(float %620, float 0x3FC7154760000000, float %738)
	%752 = call float @llvm.nvvm.ex2.approx.ftz.f(float %751)
	%753 = call float @llvm.fma.f32(float %621, float 0x3FC7154760000000, float %738)
	%754 = call float @llvm.nvvm.ex2.approx.ftz.f(float %753)
	%755 = fadd float %740, %742
	%756 = fadd float %744, %746
	%757 = fadd float %748, %750
	%758 = fadd float %752, %754
	%759 = fadd float %755, %756
	%760 = fadd float %757, %758
	%761 = fadd float %759, %760
	%762 = fadd float %733, %761
	%763 = select i1 %656, float %652, float %202
	%764 = fcmp oeq float %763, 0xFFF0000000000000
	%765 = select i1 %764, float 0.0, float %763
	%766 = fneg float %765
	%767 = call float @llvm.fma.f32(float %610, float 0x3FC7154760000000, float %766)
	%768 = call float @llvm.nvvm.ex2.approx.ftz.f(float %767)
	%769 = call float @llvm.fma.f32(float %611, float 0x3FC7154760000000, float %766)
	%770 = call float @llvm.nvvm.ex2.approx.ftz.f(float %769)
	%771 = call float @llvm.fma.f32(float %614, float 0x3FC7154760000000, float %766)
	%772 = call float @llvm.nvvm.ex2.approx.ftz.f(float %771)
	%773 = call float @llvm.fma.f32(float %615, float 0x3FC7154760000000, float %766)
	%774 = call float @llvm.nvvm.ex2.approx.ftz.f(float %773)
	%775 = call float @llvm.fma.f32(float %618, float 0x3FC7154760000000, float %766)
	%776 = call float @llvm.nvvm.ex2.approx.ftz.f(float %775)
	%777 = call float @llvm.fma.f32(float %619, float 0x3FC7154760000000, float %766)
	%778 = call float @llvm.nvvm.ex2.approx.ftz.f(float %777)
	%779 = call float @llvm.fma.f32(float %622, float 0x3FC7154760000000, float %766)
	%780 = call float @llvm.nvvm.ex2.approx.ftz.f(float %779)
	%781 = call float @llvm.fma.f32(float %623, float 0x3FC7154760000000, float %766)
	%782 = call float @llvm.nvvm.ex2.approx.ftz.f(float %781)
	%783 = fadd float %768, %770
	%784 = fadd float %772, %774
	%785 = fadd float %776, %778
	%786 = fadd float %780, %782
	%787 = fadd float %783, %784
	%788 = fadd float %785, %786
	%789 = fadd float %787, %788
	%790 = fadd float %734, %789
	%791 = add i32 %164, 1
	%792 = icmp sge i32 %166, 0
	%793 = add i32 %164, 2
	%794 = icmp slt i32 %793, %NK
	%795 = and i1 %792, %794
	%796 = select i1 %795, i32 %793, i32 0
	%797 = add i32 %48, %796
	%798 = sext i32 %797 to i64
	%799 = getelementptr i32, i32* %list, i64 %798
	%800 = load i32, i32* %799
	%801 = select i1 %795, i32 %800, i32 -1
	%802 = icmp sge i32 %166, 0
	%803 = icmp slt i32 %166, %NK
	%804 = and i1 %802, %803
	%805 = select i1 %804, i32 %166, i32 0
	%806 = add i32 %52, %805
	%807 = sext i32 %806 to i64
	%808 = getelementptr i8, i8* %cls, i64 %807
	%809 = load i8, i8* %808
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %792, label %prefetch, label %pv

prefetch:
	%810 = mul i32 %166, 32
	%811 = lshr i32 %9, 3
	%812 = and i32 %9, 7
	%813 = lshr i32 %812, 3
	%814 = mul i32 %813, u0x1000
	%815 = and i32 %812, 7
	%816 = and i32 %811, 7
	%817 = xor i32 %815, %816
	%818 = mul i32 %811, 128
	%819 = shl i32 %817, 4
	%820 = add i32 %818, %819
	%821 = add i32 %814, %820
	%822 = add i32 %0, %821
	%823 = add i32 %810, %811
	%824 = mul i32 %823, 64
	%825 = mul i32 %812, 8
	%826 = add i32 %824, %825
	%827 = sext i32 %826 to i64
	%828 = getelementptr i16, i16* %39, i64 %827
	%829 = add i32 %823, 0
	%830 = icmp slt i32 %829, %N
	%831 = getelementptr i16, i16* %828, i64 0
	%832 = select i1 %830, i16* %831, i16* %39
	%833 = add i32 %822, 0
	%834 = select i1 %830, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %833, i16* %832, i32 %834)
	%835 = add i32 %823, 16
	%836 = icmp slt i32 %835, %N
	%837 = getelementptr i16, i16* %828, i64 1024
	%838 = select i1 %836, i16* %837, i16* %39
	%839 = add i32 %822, 2048
	%840 = select i1 %836, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %839, i16* %838, i32 %840)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%841 = and i32 %11, 7
	%842 = lshr i32 %11, 3
	%843 = and i32 %842, 1
	%844 = shl i32 %843, 3
	%845 = add i32 %841, %844
	%846 = mul i32 %845, 128
	%847 = add i32 %1, %846
	%848 = and i32 %11, 7
	%849 = xor i32 %123, %848
	%850 = shl i32 %849, 4
	%851 = add i32 %847, %850
	%852 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %742, float %740)
	%853 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %770, float %768)
	%854 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %746, float %744)
	%855 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %774, float %772)
	%856 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %750, float %748)
	%857 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %778, float %776)
	%858 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %754, float %752)
	%859 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %782, float %780)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%860 = add i32 %8, 0
	%861 = zext i32 %860 to i64
	%862 = or i64 %861, u0x4000004001000000
	%863 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %701, float %702, float %703, float %704, float %705, float %706, float %707, float %708, float %709, float %710, float %711, float %712, float %713, float %714, float %715, float %716, float %717, float %718, float %719, float %720, float %721, float %722, float %723, float %724, float %725, float %726, float %727, float %728, float %729, float %730, float %731, float %732, i32 %852, i32 %853, i32 %854, i32 %855, i64 %862, i32 1)
	%864 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 0
	%865 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 1
	%866 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 2
	%867 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 3
	%868 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 4
	%869 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 5
	%870 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 6
	%871 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 7
	%872 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 8
	%873 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 9
	%874 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 10
	%875 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 11
	%876 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 12
	%877 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 13
	%878 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 14
	%879 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 15
	%880 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 16
	%881 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 17
	%882 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 18
	%883 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 19
	%884 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 20
	%885 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 21
	%886 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 22
	%887 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 23
	%888 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 24
	%889 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 25
	%890 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 26
	%891 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 27
	%892 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 28
	%893 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 29
	%894 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 30
	%895 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %863, 31
	%896 = add i32 %8, 128
	%897 = zext i32 %896 to i64
	%898 = or i64 %897, u0x4000004001000000
	%899 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %864, float %865, float %866, float %867, float %868, float %869, float %870, float %871, float %872, float %873, float %874, float %875, float %876, float %877, float %878, float %879, float %880, float %881, float %882, float %883, float %884, float %885, float %886, float %887, float %888, float %889, float %890, float %891, float %892, float %893, float %894, float %895, i32 %856, i32 %857, i32 %858, i32 %859, i64 %898, i32 1)
	%900 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 0
	%901 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 1
	%902 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 2
	%903 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 3
	%904 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 4
	%905 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 5
	%906 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 6
	%907 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 7
	%908 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 8
	%909 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 9
	%910 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 10
	%911 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 11
	%912 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 12
	%913 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 13
	%914 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 14
	%915 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 15
	%916 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 16
	%917 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 17
	%918 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 18
	%919 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 19
	%920 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 20
	%921 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 21
	%922 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 22
	%923 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 23
	%924 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 24
	%925 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 25
	%926 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 26
	%927 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 27
	%928 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 28
	%929 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 29
	%930 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 30
	%931 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %899, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%932 = call float asm sideeffect "", "=f,0"(float %900)
	%933 = call float asm sideeffect "", "=f,0"(float %901)
	%934 = call float asm sideeffect "", "=f,0"(float %902)
	%935 = call float asm sideeffect "", "=f,0"(float %903)
	%936 = call float asm sideeffect "", "=f,0"(float %904)
	%937 = call float asm sideeffect "", "=f,0"(float %905)
	%938 = call float asm sideeffect "", "=f,0"(float %906)
	%939 = call float asm sideeffect "", "=f,0"(float %907)
	%940 = call float asm sideeffect "", "=f,0"(float %908)
	%941 = call float asm sideeffect "", "=f,0"(float %909)
	%942 = call float asm sideeffect "", "=f,0"(float %910)
	%943 = call float asm sideeffect "", "=f,0"(float %911)
	%944 = call float asm sideeffect "", "=f,0"(float %912)
	%945 = call float asm sideeffect "", "=f,0"(float %913)
	%946 = call float asm sideeffect "", "=f,0"(float %914)
	%947 = call float asm sideeffect "", "=f,0"(float %915)
	%948 = call float asm sideeffect "", "=f,0"(float %916)
	%949 = call float asm sideeffect "", "=f,0"(float %917)
	%950 = call float asm sideeffect "", "=f,0"(float %918)
	%951 = call float asm sideeffect "", "=f,0"(float %919)
	%952 = call float asm sideeffect "", "=f,0"(float %920)
	%953 = call float asm sideeffect "", "=f,0"(float %921)
	%954 = call float asm sideeffect "", "=f,0"(float %922)
	%955 = call float asm sideeffect "", "=f,0"(float %923)
	%956 = call float asm sideeffect "", "=f,0"(float %924)
	%957 = call float asm sideeffect "", "=f,0"(float %925)
	%958 = call float asm sideeffect "", "=f,0"(float %926)
	%959 = call float asm sideeffect "", "=f,0"(float %927)
	%960 = call float asm sideeffect "", "=f,0"(float %928)
	%961 = call float asm sideeffect "", "=f,0"(float %929)
	%962 = call float asm sideeffect "", "=f,0"(float %930)
	%963 = call float asm sideeffect "", "=f,0"(float %931)
	br i1 %792, label %loop, label %epilogue

store0:
	%964 = mul i32 %29, %M
	%965 = add i32 %964, %398
	%966 = mul i32 %965, 64
	%967 = shl i32 %13, 1
	%968 = add i32 0, %967
	%969 = add i32 %966, %968
	%970 = sext i32 %969 to i64
	%971 = getelementptr i16, i16* %out, i64 %970
	%972 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %400, float %399)
	%973 = bitcast i16* %971 to i32*
	store i32 %972, i32* %973
	%974 = shl i32 %13, 1
	%975 = add i32 8, %974
	%976 = add i32 %966, %975
	%977 = sext i32 %976 to i64
	%978 = getelementptr i16, i16* %out, i64 %977
	%979 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %402, float %401)
	%980 = bitcast i16* %978 to i32*
	store i32 %979, i32* %980
	%981 = shl i32 %13, 1
	%982 = add i32 16, %981
	%983 = add i32 %966, %982
	%984 = sext i32 %983 to i64
	%985 = getelementptr i16, i16* %out, i64 %984
	%986 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %404, float %403)
	%987 = bitcast i16* %985 to i32*
	store i32 %986, i32* %987
	%988 = shl i32 %13, 1
	%989 = add i32 24, %988
	%990 = add i32 %966, %989
	%991 = sext i32 %990 to i64
	%992 = getelementptr i16, i16* %out, i64 %991
	%993 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %406, float %405)
	%994 = bitcast i16* %992 to i32*
	store i32 %993, i32* %994
	%995 = shl i32 %13, 1
	%996 = add i32 32, %995
	%997 = add i32 %966, %996
	%998 = sext i32 %997 to i64
	%999 = getelementptr i16, i16* %out, i64 %998
	%1000 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %408, float %407)
	%1001 = bitcast i16* %999 to i32*
	store i32 %1000, i32* %1001
	%1002 = shl i32 %13, 1
	%1003 = add i32 40, %1002
	%1004 = add i32 %966, %1003
	%1005 = sext i32 %1004 to i64
	%1006 = getelementptr i16, i16* %out, i64 %1005
	%1007 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %410, float %409)
	%1008 = bitcast i16* %1006 to i32*
	store i32 %1007, i32* %1008
	%1009 = shl i32 %13, 1
	%1010 = add i32 48, %1009
	%1011 = add i32 %966, %1010
	%1012 = sext i32 %1011 to i64
	%1013 = getelementptr i16, i16* %out, i64 %1012
	%1014 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %412, float %411)
	%1015 = bitcast i16* %1013 to i32*
	store i32 %1014, i32* %1015
	%1016 = shl i32 %13, 1
	%1017 = add i32 56, %1016
	%1018 = add i32 %966, %1017
	%1019 = sext i32 %1018 to i64
	%1020 = getelementptr i16, i16* %out, i64 %1019
	%1021 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %414, float %413)
	%1022 = bitcast i16* %1020 to i32*
	store i32 %1021, i32* %1022
	br label %stored0

stored0:
	%1023 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %354, i32 1, i32 31)
	%1024 = fadd float %354, %1023
	%1025 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1024, i32 2, i32 31)
	%1026 = fadd float %1024, %1025
	%1027 = fcmp ogt float %1026, 0.0
	%1028 = fdiv float 1.0, %1026
	%1029 = select i1 %1027, float %1028, float 0.0
	%1030 = mul i32 %10, 16
	%1031 = add i32 %31, %1030
	%1032 = add i32 %12, 8
	%1033 = add i32 %1031, %1032
	%1034 = fmul float %358, %1029
	%1035 = fmul float %359, %1029
	%1036 = fmul float %362, %1029
	%1037 = fmul float %363, %1029
	%1038 = fmul float %366, %1029
	%1039 = fmul float %367, %1029
	%1040 = fmul float %370, %1029
	%1041 = fmul float %371, %1029
	%1042 = fmul float %374, %1029
	%1043 = fmul float %375, %1029
	%1044 = fmul float %378, %1029
	%1045 = fmul float %379, %1029
	%1046 = fmul float %382, %1029
	%1047 = fmul float %383, %1029
	%1048 = fmul float %386, %1029
	%1049 = fmul float %387, %1029
	%1050 = icmp slt i32 %1033, %M
	br i1 %1050, label %store1, label %stored1

store1:
	%1051 = mul i32 %29, %M
	%1052 = add i32 %1051, %1033
	%1053 = mul i32 %1052, 64
	%1054 = shl i32 %13, 1
	%1055 = add i32 0, %1054
	%1056 = add i32 %1053, %1055
	%1057 = sext i32 %1056 to i64
	%1058 = getelementptr i16, i16* %out, i64 %1057
	%1059 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1035, float %1034)
	%1060 = bitcast i16* %1058 to i32*
	store i32 %1059, i32* %1060
	%1061 = shl i32 %13, 1
	%1062 = add i32 8, %1061
	%1063 = add i32 %1053, %1062
	%1064 = sext i32 %1063 to i64
	%1065 = getelementptr i16, i16* %out, i64 %1064
	%1066 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1037, float %1036)
	%1067 = bitcast i16* %1065 to i32*
	store i32 %1066, i32* %1067
	%1068 = shl i32 %13, 1
	%1069 = add i32 16, %1068
	%1070 = add i32 %1053, %1069
	%1071 = sext i32 %1070 to i64
	%1072 = getelementptr i16, i16* %out, i64 %1071
	%1073 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1039, float %1038)
	%1074 = bitcast i16* %1072 to i32*
	store i32 %1073, i32* %1074
	%1075 = shl i32 %13, 1
	%1076 = add i32 24, %1075
	%1077 = add i32 %1053, %1076
	%1078 = sext i32 %1077 to i64
	%1079 = getelementptr i16, i16* %out, i64 %1078
	%1080 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1041, float %1040)
	%1081 = bitcast i16* %1079 to i32*
	store i32 %1080, i32* %1081
	%1082 = shl i32 %13, 1
	%1083 = add i32 32, %1082
	%1084 = add i32 %1053, %1083
	%1085 = sext i32 %1084 to i64
	%1086 = getelementptr i16, i16* %out, i64 %1085
	%1087 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1043, float %1042)
	%1088 = bitcast i16* %1086 to i32*
	store i32 %1087, i32* %1088
	%1089 = shl i32 %13, 1
	%1090 = add i32 40, %1089
	%1091 = add i32 %1053, %1090
	%1092 = sext i32 %1091 to i64
	%1093 = getelementptr i16, i16* %out, i64 %1092
	%1094 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1045, float %1044)
	%1095 = bitcast i16* %1093 to i32*
	store i32 %1094, i32* %1095
	%1096 = shl i32 %13, 1
	%1097 = add i32 48, %1096
	%1098 = add i32 %1053, %1097
	%1099 = sext i32 %1098 to i64
	%1100 = getelementptr i16, i16* %out, i64 %1099
	%1101 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1047, float %1046)
	%1102 = bitcast i16* %1100 to i32*
	store i32 %1101, i32* %1102
	%1103 = shl i32 %13, 1
	%1104 = add i32 56, %1103
	%1105 = add i32 %1053, %1104
	%1106 = sext i32 %1105 to i64
	%1107 = getelementptr i16, i16* %out, i64 %1106
	%1108 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1049, float %1048)
	%1109 = bitcast i16* %1107 to i32*
	store i32 %1108, i32* %1109
	br label %stored1

stored1:
	ret void
}
