define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
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
	%117 = mul i32 %56, 64
	%118 = lshr i32 %9, 3
	%119 = and i32 %9, 7
	%120 = lshr i32 %119, 3
	%121 = mul i32 %120, u0x2000
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
	%148 = add i32 %130, 32
	%149 = icmp slt i32 %148, %N
	%150 = getelementptr i16, i16* %135, i64 2048
	%151 = select i1 %149, i16* %150, i16* %39
	%152 = add i32 %129, u0x1000
	%153 = select i1 %149, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %152, i16* %151, i32 %153)
	%154 = add i32 %130, 48
	%155 = icmp slt i32 %154, %N
	%156 = getelementptr i16, i16* %135, i64 3072
	%157 = select i1 %155, i16* %156, i16* %39
	%158 = add i32 %129, 6144
	%159 = select i1 %155, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %158, i16* %157, i32 %159)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%160 = phi i32 [ 0, %prologue ], [ %1153, %pv ]
	%161 = phi i32 [ %56, %prologue ], [ %1160, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1376, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1377, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1378, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1379, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1380, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1381, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1382, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1383, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1384, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1385, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1386, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1387, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1388, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1389, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1390, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1391, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1392, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1393, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1394, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1395, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1396, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1397, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1398, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1399, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1400, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1401, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1402, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1403, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1404, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1405, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1406, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1407, %pv ]
	%194 = phi float [ 0xFFF0000000000000, %prologue ], [ %1049, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1100, %pv ]
	%196 = phi float [ 0xFFF0000000000000, %prologue ], [ %1101, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1152, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%198 = mul i32 %161, 64
	%199 = lshr i32 %9, 3
	%200 = and i32 %9, 7
	%201 = lshr i32 %200, 3
	%202 = mul i32 %201, u0x2000
	%203 = and i32 %200, 7
	%204 = and i32 %199, 7
	%205 = xor i32 %203, %204
	%206 = mul i32 %199, 128
	%207 = shl i32 %205, 4
	%208 = add i32 %206, %207
	%209 = add i32 %202, %208
	%210 = add i32 %1, %209
	%211 = add i32 %198, %199
	%212 = mul i32 %211, 64
	%213 = mul i32 %200, 8
	%214 = add i32 %212, %213
	%215 = sext i32 %214 to i64
	%216 = getelementptr i16, i16* %43, i64 %215
	%217 = add i32 %211, 0
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %216, i64 0
	%220 = select i1 %218, i16* %219, i16* %43
	%221 = add i32 %210, 0
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	%223 = add i32 %211, 16
	%224 = icmp slt i32 %223, %N
	%225 = getelementptr i16, i16* %216, i64 1024
	%226 = select i1 %224, i16* %225, i16* %43
	%227 = add i32 %210, 2048
	%228 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %227, i16* %226, i32 %228)
	%229 = add i32 %211, 32
	%230 = icmp slt i32 %229, %N
	%231 = getelementptr i16, i16* %216, i64 2048
	%232 = select i1 %230, i16* %231, i16* %43
	%233 = add i32 %210, u0x1000
	%234 = select i1 %230, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %233, i16* %232, i32 %234)
	%235 = add i32 %211, 48
	%236 = icmp slt i32 %235, %N
	%237 = getelementptr i16, i16* %216, i64 3072
	%238 = select i1 %236, i16* %237, i16* %43
	%239 = add i32 %210, 6144
	%240 = select i1 %236, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %239, i16* %238, i32 %240)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%241 = add i32 %4, 0
	%242 = zext i32 %241 to i64
	%243 = or i64 %242, u0x4000004000010000
	%244 = add i32 %6, 0
	%245 = zext i32 %244 to i64
	%246 = or i64 %245, u0x4000004000010000
	%247 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %243, i64 %246, i32 1)
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 0
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 1
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 2
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 3
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 4
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 5
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 6
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 7
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 8
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 9
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 10
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 11
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 12
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 13
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 14
	%263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 15
	%264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 16
	%265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 17
	%266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 18
	%267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 19
	%268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 20
	%269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 21
	%270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 22
	%271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 23
	%272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 24
	%273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 25
	%274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 26
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 27
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 28
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 29
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 30
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 31
	%280 = add i32 %4, 2
	%281 = zext i32 %280 to i64
	%282 = or i64 %281, u0x4000004000010000
	%283 = add i32 %6, 2
	%284 = zext i32 %283 to i64
	%285 = or i64 %284, u0x4000004000010000
	%286 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, float %263, float %264, float %265, float %266, float %267, float %268, float %269, float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, i64 %282, i64 %285, i32 1)
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 0
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 1
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 2
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 3
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 4
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 5
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 6
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 7
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 8
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 9
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 10
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 11
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 12
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 13
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 14
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 15
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 16
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 17
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 18
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 19
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 20
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 21
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 22
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 23
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 24
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 25
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 26
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 27
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 28
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 29
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 30
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 31
	%319 = add i32 %4, 4
	%320 = zext i32 %319 to i64
	%321 = or i64 %320, u0x4000004000010000
	%322 = add i32 %6, 4
	%323 = zext i32 %322 to i64
	%324 = or i64 %323, u0x4000004000010000
	%325 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, i64 %321, i64 %324, i32 1)
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 0
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 1
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 2
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 3
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 4
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 5
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 6
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 7
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 8
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 9
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 10
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 11
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 12
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 13
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 14
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 15
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 16
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 17
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 18
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 19
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 20
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 21
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 22
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 23
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 24
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 25
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 26
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 27
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 28
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 29
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 30
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 31
	%358 = add i32 %4, 6
	%359 = zext i32 %358 to i64
	%360 = or i64 %359, u0x4000004000010000
	%361 = add i32 %6, 6
	%362 = zext i32 %361 to i64
	%363 = or i64 %362, u0x4000004000010000
	%364 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, i64 %360, i64 %363, i32 1)
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 0
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 1
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 2
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 3
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 4
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 5
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 6
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 7
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 8
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 9
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 10
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 11
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 12
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 13
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 14
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 15
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 16
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 17
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 18
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 19
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 20
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 21
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 22
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 23
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 24
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 25
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 26
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 27
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 28
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 29
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 30
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%397 = call float asm sideeffect "", "=f,0"(float %365)
	%398 = call float asm sideeffect "", "=f,0"(float %366)
	%399 = call float asm sideeffect "", "=f,0"(float %367)
	%400 = call float asm sideeffect "", "=f,0"(float %368)
	%401 = call float asm sideeffect "", "=f,0"(float %369)
	%402 = call float asm sideeffect "", "=f,0"(float %370)
	%403 = call float asm sideeffect "", "=f,0"(float %371)
	%404 = call float asm sideeffect "", "=f,0"(float %372)
	%405 = call float asm sideeffect "", "=f,0"(float %373)
	%406 = call float asm sideeffect "", "=f,0"(float %374)
	%407 = call float asm sideeffect "", "=f,0"(float %375)
	%408 = call float asm sideeffect "", "=f,0"(float %376)
	%409 = call float asm sideeffect "", "=f,0"(float %377)
	%410 = call float asm sideeffect "", "=f,0"(float %378)
	%411 = call float asm sideeffect "", "=f,0"(float %379)
	%412 = call float asm sideeffect "", "=f,0"(float %380)
	%413 = call float asm sideeffect "", "=f,0"(float %381)
	%414 = call float asm sideeffect "", "=f,0"(float %382)
	%415 = call float asm sideeffect "", "=f,0"(float %383)
	%416 = call float asm sideeffect "", "=f,0"(float %384)
	%417 = call float asm sideeffect "", "=f,0"(float %385)
	%418 = call float asm sideeffect "", "=f,0"(float %386)
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
	%429 = mul i32 %10, 16
	%430 = add i32 %31, %429
	%431 = add i32 %12, 0
	%432 = add i32 %430, %431
	%433 = mul i32 %10, 16
	%434 = add i32 %31, %433
	%435 = add i32 %12, 8
	%436 = add i32 %434, %435
	%437 = sitofp i32 %29 to float
	%438 = add i32 %52, %161
	%439 = sext i32 %438 to i64
	%440 = getelementptr i8, i8* %cls, i64 %439
	%441 = load i8, i8* %440
	%442 = icmp ne i8 %441, 2
	br i1 %442, label %partial, label %softmax

epilogue:
	%443 = phi float [ 0.0, %entry ], [ %1100, %pv ]
	%444 = phi float [ 0.0, %entry ], [ %1152, %pv ]
	%445 = phi i32 [ 0, %entry ], [ %1153, %pv ]
	%446 = phi float [ 0.0, %entry ], [ %1376, %pv ]
	%447 = phi float [ 0.0, %entry ], [ %1377, %pv ]
	%448 = phi float [ 0.0, %entry ], [ %1378, %pv ]
	%449 = phi float [ 0.0, %entry ], [ %1379, %pv ]
	%450 = phi float [ 0.0, %entry ], [ %1380, %pv ]
	%451 = phi float [ 0.0, %entry ], [ %1381, %pv ]
	%452 = phi float [ 0.0, %entry ], [ %1382, %pv ]
	%453 = phi float [ 0.0, %entry ], [ %1383, %pv ]
	%454 = phi float [ 0.0, %entry ], [ %1384, %pv ]
	%455 = phi float [ 0.0, %entry ], [ %1385, %pv ]
	%456 = phi float [ 0.0, %entry ], [ %1386, %pv ]
	%457 = phi float [ 0.0, %entry ], [ %1387, %pv ]
	%458 = phi float [ 0.0, %entry ], [ %1388, %pv ]
	%459 = phi float [ 0.0, %entry ], [ %1389, %pv ]
	%460 = phi float [ 0.0, %entry ], [ %1390, %pv ]
	%461 = phi float [ 0.0, %entry ], [ %1391, %pv ]
	%462 = phi float [ 0.0, %entry ], [ %1392, %pv ]
	%463 = phi float [ 0.0, %entry ], [ %1393, %pv ]
	%464 = phi float [ 0.0, %entry ], [ %1394, %pv ]
	%465 = phi float [ 0.0, %entry ], [ %1395, %pv ]
	%466 = phi float [ 0.0, %entry ], [ %1396, %pv ]
	%467 = phi float [ 0.0, %entry ], [ %1397, %pv ]
	%468 = phi float [ 0.0, %entry ], [ %1398, %pv ]
	%469 = phi float [ 0.0, %entry ], [ %1399, %pv ]
	%470 = phi float [ 0.0, %entry ], [ %1400, %pv ]
	%471 = phi float [ 0.0, %entry ], [ %1401, %pv ]
	%472 = phi float [ 0.0, %entry ], [ %1402, %pv ]
	%473 = phi float [ 0.0, %entry ], [ %1403, %pv ]
	%474 = phi float [ 0.0, %entry ], [ %1404, %pv ]
	%475 = phi float [ 0.0, %entry ], [ %1405, %pv ]
	%476 = phi float [ 0.0, %entry ], [ %1406, %pv ]
	%477 = phi float [ 0.0, %entry ], [ %1407, %pv ]
	%478 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %443, i32 1, i32 31)
	%479 = fadd float %443, %478
	%480 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %479, i32 2, i32 31)
	%481 = fadd float %479, %480
	%482 = fcmp ogt float %481, 0.0
	%483 = fdiv float 1.0, %481
	%484 = select i1 %482, float %483, float 0.0
	%485 = mul i32 %10, 16
	%486 = add i32 %31, %485
	%487 = add i32 %12, 0
	%488 = add i32 %486, %487
	%489 = fmul float %446, %484
	%490 = fmul float %447, %484
	%491 = fmul float %450, %484
	%492 = fmul float %451, %484
	%493 = fmul float %454, %484
	%494 = fmul float %455, %484
	%495 = fmul float %458, %484
	%496 = fmul float %459, %484
	%497 = fmul float %462, %484
	%498 = fmul float %463, %484
	%499 = fmul float %466, %484
	%500 = fmul float %467, %484
	%501 = fmul float %470, %484
	%502 = fmul float %471, %484
	%503 = fmul float %474, %484
	%504 = fmul float %475, %484
	%505 = icmp slt i32 %488, %M
	br i1 %505, label %store0, label %stored0

partial:
	%506 = shl i32 %13, 1
	%507 = add i32 0, %506
	%508 = add i32 %198, %507
	%509 = icmp slt i32 %508, %N
	%510 = select i1 %509, i32 %508, i32 0
	%511 = sitofp i32 %432 to float
	%512 = sitofp i32 %510 to float
	%513 = fcmp ole float %512, %511
	%514 = uitofp i1 %513 to float
	%515 = fcmp une float %514, 0.0
	%516 = and i1 %509, %515
	%517 = select i1 %516, float %397, float 0xFFF0000000000000
	%518 = shl i32 %13, 1
	%519 = add i32 1, %518
	%520 = add i32 %198, %519
	%521 = icmp slt i32 %520, %N
	%522 = select i1 %521, i32 %520, i32 0
	%523 = sitofp i32 %432 to float
	%524 = sitofp i32 %522 to float
	%525 = fcmp ole float %524, %523
	%526 = uitofp i1 %525 to float
	%527 = fcmp une float %526, 0.0
	%528 = and i1 %521, %527
	%529 = select i1 %528, float %398, float 0xFFF0000000000000
	%530 = shl i32 %13, 1
	%531 = add i32 0, %530
	%532 = add i32 %198, %531
	%533 = icmp slt i32 %532, %N
	%534 = select i1 %533, i32 %532, i32 0
	%535 = sitofp i32 %436 to float
	%536 = sitofp i32 %534 to float
	%537 = fcmp ole float %536, %535
	%538 = uitofp i1 %537 to float
	%539 = fcmp une float %538, 0.0
	%540 = and i1 %533, %539
	%541 = select i1 %540, float %399, float 0xFFF0000000000000
	%542 = shl i32 %13, 1
	%543 = add i32 1, %542
	%544 = add i32 %198, %543
	%545 = icmp slt i32 %544, %N
	%546 = select i1 %545, i32 %544, i32 0
	%547 = sitofp i32 %436 to float
	%548 = sitofp i32 %546 to float
	%549 = fcmp ole float %548, %547
	%550 = uitofp i1 %549 to float
	%551 = fcmp une float %550, 0.0
	%552 = and i1 %545, %551
	%553 = select i1 %552, float %400, float 0xFFF0000000000000
	%554 = shl i32 %13, 1
	%555 = add i32 8, %554
	%556 = add i32 %198, %555
	%557 = icmp slt i32 %556, %N
	%558 = select i1 %557, i32 %556, i32 0
	%559 = sitofp i32 %432 to float
	%560 = sitofp i32 %558 to float
	%561 = fcmp ole float %560, %559
	%562 = uitofp i1 %561 to float
	%563 = fcmp une float %562, 0.0
	%564 = and i1 %557, %563
	%565 = select i1 %564, float %401, float 0xFFF0000000000000
	%566 = shl i32 %13, 1
	%567 = add i32 9, %566
	%568 = add i32 %198, %567
	%569 = icmp slt i32 %568, %N
	%570 = select i1 %569, i32 %568, i32 0
	%571 = sitofp i32 %432 to float
	%572 = sitofp i32 %570 to float
	%573 = fcmp ole float %572, %571
	%574 = uitofp i1 %573 to float
	%575 = fcmp une float %574, 0.0
	%576 = and i1 %569, %575
	%577 = select i1 %576, float %402, float 0xFFF0000000000000
	%578 = shl i32 %13, 1
	%579 = add i32 8, %578
	%580 = add i32 %198, %579
	%581 = icmp slt i32 %580, %N
	%582 = select i1 %581, i32 %580, i32 0
	%583 = sitofp i32 %436 to float
	%584 = sitofp i32 %582 to float
	%585 = fcmp ole float %584, %583
	%586 = uitofp i1 %585 to float
	%587 = fcmp une float %586, 0.0
	%588 = and i1 %581, %587
	%589 = select i1 %588, float %403, float 0xFFF0000000000000
	%590 = shl i32 %13, 1
	%591 = add i32 9, %590
	%592 = add i32 %198, %591
	%593 = icmp slt i32 %592, %N
	%594 = select i1 %593, i32 %592, i32 0
	%595 = sitofp i32 %436 to float
	%596 = sitofp i32 %594 to float
	%597 = fcmp ole float %596, %595
	%598 = uitofp i1 %597 to float
	%599 = fcmp une float %598, 0.0
	%600 = and i1 %593, %599
	%601 = select i1 %600, float %404, float 0xFFF0000000000000
	%602 = shl i32 %13, 1
	%603 = add i32 16, %602
	%604 = add i32 %198, %603
	%605 = icmp slt i32 %604, %N
	%606 = select i1 %605, i32 %604, i32 0
	%607 = sitofp i32 %432 to float
	%608 = sitofp i32 %606 to float
	%609 = fcmp ole float %608, %607
	%610 = uitofp i1 %609 to float
	%611 = fcmp une float %610, 0.0
	%612 = and i1 %605, %611
	%613 = select i1 %612, float %405, float 0xFFF0000000000000
	%614 = shl i32 %13, 1
	%615 = add i32 17, %614
	%616 = add i32 %198, %615
	%617 = icmp slt i32 %616, %N
	%618 = select i1 %617, i32 %616, i32 0
	%619 = sitofp i32 %432 to float
	%620 = sitofp i32 %618 to float
	%621 = fcmp ole float %620, %619
	%622 = uitofp i1 %621 to float
	%623 = fcmp une float %622, 0.0
	%624 = and i1 %617, %623
	%625 = select i1 %624, float %406, float 0xFFF0000000000000
	%626 = shl i32 %13, 1
	%627 = add i32 16, %626
	%628 = add i32 %198, %627
	%629 = icmp slt i32 %628, %N
	%630 = select i1 %629, i32 %628, i32 0
	%631 = sitofp i32 %436 to float
	%632 = sitofp i32 %630 to float
	%633 = fcmp ole float %632, %631
	%634 = uitofp i1 %633 to float
	%635 = fcmp une float %634, 0.0
	%636 = and i1 %629, %635
	%637 = select i1 %636, float %407, float 0xFFF0000000000000
	%638 = shl i32 %13, 1
	%639 = add i32 17, %638
	%640 = add i32 %198, %639
	%641 = icmp slt i32 %640, %N
	%642 = select i1 %641, i32 %640, i32 0
	%643 = sitofp i32 %436 to float
	%644 = sitofp i32 %642 to float
	%645 = fcmp ole float %644, %643
	%646 = uitofp i1 %645 to float
	%647 = fcmp une float %646, 0.0
	%648 = and i1 %641, %647
	%649 = select i1 %648, float %408, float 0xFFF0000000000000
	%650 = shl i32 %13, 1
	%651 = add i32 24, %650
	%652 = add i32 %198, %651
	%653 = icmp slt i32 %652, %N
	%654 = select i1 %653, i32 %652, i32 0
	%655 = sitofp i32 %432 to float
	%656 = sitofp i32 %654 to float
	%657 = fcmp ole float %656, %655
	%658 = uitofp i1 %657 to float
	%659 = fcmp une float %658, 0.0
	%660 = and i1 %653, %659
	%661 = select i1 %660, float %409, float 0xFFF0000000000000
	%662 = shl i32 %13, 1
	%663 = add i32 25, %662
	%664 = add i32 %198, %663
	%665 = icmp slt i32 %664, %N
	%666 = select i1 %665, i32 %664, i32 0
	%667 = sitofp i32 %432 to float
	%668 = sitofp i32 %666 to float
	%669 = fcmp ole float %668, %667
	%670 = uitofp i1 %669 to float
	%671 = fcmp une float %670, 0.0
	%672 = and i1 %665, %671
	%673 = select i1 %672, float %410, float 0xFFF0000000000000
	%674 = shl i32 %13, 1
	%675 = add i32 24, %674
	%676 = add i32 %198, %675
	%677 = icmp slt i32 %676, %N
	%678 = select i1 %677, i32 %676, i32 0
	%679 = sitofp i32 %436 to float
	%680 = sitofp i32 %678 to float
	%681 = fcmp ole float %680, %679
	%682 = uitofp i1 %681 to float
	%683 = fcmp une float %682, 0.0
	%684 = and i1 %677, %683
	%685 = select i1 %684, float %411, float 0xFFF0000000000000
	%686 = shl i32 %13, 1
	%687 = add i32 25, %686
	%688 = add i32 %198, %687
	%689 = icmp slt i32 %688, %N
	%690 = select i1 %689, i32 %688, i32 0
	%691 = sitofp i32 %436 to float
	%692 = sitofp i32 %690 to float
	%693 = fcmp ole float %692, %691
	%694 = uitofp i1 %693 to float
	%695 = fcmp une float %694, 0.0
	%696 = and i1 %689, %695
	%697 = select i1 %696, float %412, float 0xFFF0000000000000
	%698 = shl i32 %13, 1
	%699 = add i32 32, %698
	%700 = add i32 %198, %699
	%701 = icmp slt i32 %700, %N
	%702 = select i1 %701, i32 %700, i32 0
	%703 = sitofp i32 %432 to float
	%704 = sitofp i32 %702 to float
	%705 = fcmp ole float %704, %703
	%706 = uitofp i1 %705 to float
	%707 = fcmp une float %706, 0.0
	%708 = and i1 %701, %707
	%709 = select i1 %708, float %413, float 0xFFF0000000000000
	%710 = shl i32 %13, 1
	%711 = add i32 33, %710
	%712 = add i32 %198, %711
	%713 = icmp slt i32 %712, %N
	%714 = select i1 %713, i32 %712, i32 0
	%715 = sitofp i32 %432 to float
	%716 = sitofp i32 %714 to float
	%717 = fcmp ole float %716, %715
	%718 = uitofp i1 %717 to float
	%719 = fcmp une float %718, 0.0
	%720 = and i1 %713, %719
	%721 = select i1 %720, float %414, float 0xFFF0000000000000
	%722 = shl i32 %13, 1
	%723 = add i32 32, %722
	%724 = add i32 %198, %723
	%725 = icmp slt i32 %724, %N
	%726 = select i1 %725, i32 %724, i32 0
	%727 = sitofp i32 %436 to float
	%728 = sitofp i32 %726 to float
	%729 = fcmp ole float %728, %727
	%730 = uitofp i1 %729 to float
	%731 = fcmp une float %730, 0.0
	%732 = and i1 %725, %731
	%733 = select i1 %732, float %415, float 0xFFF0000000000000
	%734 = shl i32 %13, 1
	%735 = add i32 33, %734
	%736 = add i32 %198, %735
	%737 = icmp slt i32 %736, %N
	%738 = select i1 %737, i32 %736, i32 0
	%739 = sitofp i32 %436 to float
	%740 = sitofp i32 %738 to float
	%741 = fcmp ole float %740, %739
	%742 = uitofp i1 %741 to float
	%743 = fcmp une float %742, 0.0
	%744 = and i1 %737, %743
	%745 = select i1 %744, float %416, float 0xFFF0000000000000
	%746 = shl i32 %13, 1
	%747 = add i32 40, %746
	%748 = add i32 %198, %747
	%749 = icmp slt i32 %748, %N
	%750 = select i1 %749, i32 %748, i32 0
	%751 = sitofp i32 %432 to float
	%752 = sitofp i32 %750 to float
	%753 = fcmp ole float %752, %751
	%754 = uitofp i1 %753 to float
	%755 = fcmp une float %754, 0.0
	%756 = and i1 %749, %755
	%757 = select i1 %756, float %417, float 0xFFF0000000000000
	%758 = shl i32 %13, 1
	%759 = add i32 41, %758
	%760 = add i32 %198, %759
	%761 = icmp slt i32 %760, %N
	%762 = select i1 %761, i32 %760, i32 0
	%763 = sitofp i32 %432 to float
	%764 = sitofp i32 %762 to float
	%765 = fcmp ole float %764, %763
	%766 = uitofp i1 %765 to float
	%767 = fcmp une float %766, 0.0
	%768 = and i1 %761, %767
	%769 = select i1 %768, float %418, float 0xFFF0000000000000
	%770 = shl i32 %13, 1
	%771 = add i32 40, %770
	%772 = add i32 %198, %771
	%773 = icmp slt i32 %772, %N
	%774 = select i1 %773, i32 %772, i32 0
	%775 = sitofp i32 %436 to float
	%776 = sitofp i32 %774 to float
	%777 = fcmp ole float %776, %775
	%778 = uitofp i1 %777 to float
	%779 = fcmp une float %778, 0.0
	%780 = and i1 %773, %779
	%781 = select i1 %780, float %419, float 0xFFF0000000000000
	%782 = shl i32 %13, 1
	%783 = add i32 41, %782
	%784 = add i32 %198, %783
	%785 = icmp slt i32 %784, %N
	%786 = select i1 %785, i32 %784, i32 0
	%787 = sitofp i32 %436 to float
	%788 = sitofp i32 %786 to float
	%789 = fcmp ole float %788, %787
	%790 = uitofp i1 %789 to float
	%791 = fcmp une float %790, 0.0
	%792 = and i1 %785, %791
	%793 = select i1 %792, float %420, float 0xFFF0000000000000
	%794 = shl i32 %13, 1
	%795 = add i32 48, %794
	%796 = add i32 %198, %795
	%797 = icmp slt i32 %796, %N
	%798 = select i1 %797, i32 %796, i32 0
	%799 = sitofp i32 %432 to float
	%800 = sitofp i32 %798 to float
	%801 = fcmp ole float %800, %799
	%802 = uitofp i1 %801 to float
	%803 = fcmp une float %802, 0.0
	%804 = and i1 %797, %803
	%805 = select i1 %804, float %421, float 0xFFF0000000000000
	%806 = shl i32 %13, 1
	%807 = add i32 49, %806
	%808 = add i32 %198, %807
	%809 = icmp slt i32 %808, %N
	%810 = select i1 %809, i32 %808, i32 0
	%811 = sitofp i32 %432 to float
	%812 = sitofp i32 %810 to float
	%813 = fcmp ole float %812, %811
	%814 = uitofp i1 %813 to float
	%815 = fcmp une float %814, 0.0
	%816 = and i1 %809, %815
	%817 = select i1 %816, float %422, float 0xFFF0000000000000
	%818 = shl i32 %13, 1
	%819 = add i32 48, %818
	%820 = add i32 %198, %819
	%821 = icmp slt i32 %820, %N
	%822 = select i1 %821, i32 %820, i32 0
	%823 = sitofp i32 %436 to float
	%824 = sitofp i32 %822 to float
	%825 = fcmp ole float %824, %823
	%826 = uitofp i1 %825 to float
	%827 = fcmp une float %826, 0.0
	%828 = and i1 %821, %827
	%829 = select i1 %828, float %423, float 0xFFF0000000000000
	%830 = shl i32 %13, 1
	%831 = add i32 49, %830
	%832 = add i32 %198, %831
	%833 = icmp slt i32 %832, %N
	%834 = select i1 %833, i32 %832, i32 0
	%835 = sitofp i32 %436 to float
	%836 = sitofp i32 %834 to float
	%837 = fcmp ole float %836, %835
	%838 = uitofp i1 %837 to float
	%839 = fcmp une float %838, 0.0
	%840 = and i1 %833, %839
	%841 = select i1 %840, float %424, float 0xFFF0000000000000
	%842 = shl i32 %13, 1
	%843 = add i32 56, %842
	%844 = add i32 %198, %843
	%845 = icmp slt i32 %844, %N
	%846 = select i1 %845, i32 %844, i32 0
	%847 = sitofp i32 %432 to float
	%848 = sitofp i32 %846 to float
	%849 = fcmp ole float %848, %847
	%850 = uitofp i1 %849 to float
	%851 = fcmp une float %850, 0.0
	%852 = and i1 %845, %851
	%853 = select i1 %852, float %425, float 0xFFF0000000000000
	%854 = shl i32 %13, 1
	%855 = add i32 57, %854
	%856 = add i32 %198, %855
	%857 = icmp slt i32 %856, %N
	%858 = select i1 %857, i32 %856, i32 0
	%859 = sitofp i32 %432 to float
	%860 = sitofp i32 %858 to float
	%861 = fcmp ole float %860, %859
	%862 = uitofp i1 %861 to float
	%863 = fcmp une float %862, 0.0
	%864 = and i1 %857, %863
	%865 = select i1 %864, float %426, float 0xFFF0000000000000
	%866 = shl i32 %13, 1
	%867 = add i32 56, %866
	%868 = add i32 %198, %867
	%869 = icmp slt i32 %868, %N
	%870 = select i1 %869, i32 %868, i32 0
	%871 = sitofp i32 %436 to float
	%872 = sitofp i32 %870 to float
	%873 = fcmp ole float %872, %871
	%874 = uitofp i1 %873 to float
	%875 = fcmp une float %874, 0.0
	%876 = and i1 %869, %875
	%877 = select i1 %876, float %427, float 0xFFF0000000000000
	%878 = shl i32 %13, 1
	%879 = add i32 57, %878
	%880 = add i32 %198, %879
	%881 = icmp slt i32 %880, %N
	%882 = select i1 %881, i32 %880, i32 0
	%883 = sitofp i32 %436 to float
	%884 = sitofp i32 %882 to float
	%885 = fcmp ole float %884, %883
	%886 = uitofp i1 %885 to float
	%887 = fcmp une float %886, 0.0
	%888 = and i1 %881, %887
	%889 = select i1 %888, float %428, float 0xFFF0000000000000
	br label %softmax

softmax:
	%890 = phi float [ %397, %loop ], [ %517, %partial ]
	%891 = phi float [ %398, %loop ], [ %529, %partial ]
	%892 = phi float [ %399, %loop ], [ %541, %partial ]
	%893 = phi float [ %400, %loop ], [ %553, %partial ]
	%894 = phi float [ %401, %loop ], [ %565, %partial ]
	%895 = phi float [ %402, %loop ], [ %577, %partial ]
	%896 = phi float [ %403, %loop ], [ %589, %partial ]
	%897 = phi float [ %404, %loop ], [ %601, %partial ]
	%898 = phi float [ %405, %loop ], [ %613, %partial ]
	%899 = phi float [ %406, %loop ], [ %625, %partial ]
	%900 = phi float [ %407, %loop ], [ %637, %partial ]
	%901 = phi float [ %408, %loop ], [ %649, %partial ]
	%902 = phi float [ %409, %loop ], [ %661, %partial ]
	%903 = phi float [ %410, %loop ], [ %673, %partial ]
	%904 = phi float [ %411, %loop ], [ %685, %partial ]
	%905 = phi float [ %412, %loop ], [ %697, %partial ]
	%906 = phi float [ %413, %loop ], [ %709, %partial ]
	%907 = phi float [ %414, %loop ], [ %721, %partial ]
	%908 = phi float [ %415, %loop ], [ %733, %partial ]
	%909 = phi float [ %416, %loop ], [ %745, %partial ]
	%910 = phi float [ %417, %loop ], [ %757, %partial ]
	%911 = phi float [ %418, %loop ], [ %769, %partial ]
	%912 = phi float [ %419, %loop ], [ %781, %partial ]
	%913 = phi float [ %420, %loop ], [ %793, %partial ]
	%914 = phi float [ %421, %loop ], [ %805, %partial ]
	%915 = phi float [ %422, %loop ], [ %817, %partial ]
	%916 = phi float [ %423, %loop ], [ %829, %partial ]
	%917 = phi float [ %424, %loop ], [ %841, %partial ]
	%918 = phi float [ %425, %loop ], [ %853, %partial ]
	%919 = phi float [ %426, %loop ], [ %865, %partial ]
	%920 = phi float [ %427, %loop ], [ %877, %partial ]
	%921 = phi float [ %428, %loop ], [ %889, %partial ]
	%922 = call float @llvm.nvvm.fmax.f(float %890, float %891)
	%923 = call float @llvm.nvvm.fmax.f(float %894, float %895)
	%924 = call float @llvm.nvvm.fmax.f(float %898, float %899)
	%925 = call float @llvm.nvvm.fmax.f(float %902, float %903)
	%926 = call float @llvm.nvvm.fmax.f(float %906, float %907)
	%927 = call float @llvm.nvvm.fmax.f(float %910, float %911)
	%928 = call float @llvm.nvvm.fmax.f(float %914, float %915)
	%929 = call float @llvm.nvvm.fmax.f(float %918, float %919)
	%930 = call float @llvm.nvvm.fmax.f(float %922, float %923)
	%931 = call float @llvm.nvvm.fmax.f(float %924, float %925)
	%932 = call float @llvm.nvvm.fmax.f(float %926, float %927)
	%933 = call float @llvm.nvvm.fmax.f(float %928, float %929)
	%934 = call float @llvm.nvvm.fmax.f(float %930, float %931)
	%935 = call float @llvm.nvvm.fmax.f(float %932, float %933)
	%936 = call float @llvm.nvvm.fmax.f(float %934, float %935)
	%937 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %936, i32 1, i32 31)
	%938 = call float @llvm.nvvm.fmax.f(float %936, float %937)
	%939 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %938, i32 2, i32 31)
	%940 = call float @llvm.nvvm.fmax.f(float %938, float %939)
	%941 = fmul float %940, 0x3FC7154760000000
	%942 = call float @llvm.nvvm.fmax.f(float %194, float %941)
	%943 = fadd float %194, 8.0
	%944 = fcmp ogt float %942, %943
	%945 = or i1 false, %944
	%946 = call float @llvm.nvvm.fmax.f(float %892, float %893)
	%947 = call float @llvm.nvvm.fmax.f(float %896, float %897)
	%948 = call float @llvm.nvvm.fmax.f(float %900, float %901)
	%949 = call float @llvm.nvvm.fmax.f(float %904, float %905)
	%950 = call float @llvm.nvvm.fmax.f(float %908, float %909)
	%951 = call float @llvm.nvvm.fmax.f(float %912, float %913)
	%952 = call float @llvm.nvvm.fmax.f(float %916, float %917)
	%953 = call float @llvm.nvvm.fmax.f(float %920, float %921)
	%954 = call float @llvm.nvvm.fmax.f(float %946, float %947)
	%955 = call float @llvm.nvvm.fmax.f(float %948, float %949)
	%956 = call float @llvm.nvvm.fmax.f(float %950, float %951)
	%957 = call float @llvm.nvvm.fmax.f(float %952, float %953)
	%958 = call float @llvm.nvvm.fmax.f(float %954, float %955)
	%959 = call float @llvm.nvvm.fmax.f(float %956, float %957)
	%960 = call float @llvm.nvvm.fmax.f(float %958, float %959)
	%961 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %960, i32 1, i32 31)
	%962 = call float @llvm.nvvm.fmax.f(float %960, float %961)
	%963 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %962, i32 2, i32 31)
	%964 = call float @llvm.nvvm.fmax.f(float %962, float %963)
	%965 = fmul float %964, 0x3FC7154760000000
	%966 = call float @llvm.nvvm.fmax.f(float %196, float %965)
	%967 = fadd float %196, 8.0
	%968 = fcmp ogt float %966, %967
	%969 = or i1 %945, %968
	%970 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %969)
	br i1 %970, label %971, label %1014

971:
	%972 = fcmp oeq float %942, 0xFFF0000000000000
	%973 = select i1 %972, float 0.0, float %942
	%974 = fsub float %194, %973
	%975 = call float @llvm.nvvm.ex2.approx.ftz.f(float %974)
	%976 = fcmp oeq float %966, 0xFFF0000000000000
	%977 = select i1 %976, float 0.0, float %966
	%978 = fsub float %196, %977
	%979 = call float @llvm.nvvm.ex2.approx.ftz.f(float %978)
	%980 = fmul float %162, %975
	%981 = fmul float %163, %975
	%982 = fmul float %164, %979
	%983 = fmul float %165, %979
	%984 = fmul float %166, %975
	%985 = fmul float %167, %975
	%986 = fmul float %168, %979
	%987 = fmul float %169, %979
	%988 = fmul float %170, %975
	%989 = fmul float %171, %975
	%990 = fmul float %172, %979
	%991 = fmul float %173, %979
	%992 = fmul float %174, %975
	%993 = fmul float %175, %975
	%994 = fmul float %176, %979
	%995 = fmul float %177, %979
	%996 = fmul float %178, %975
	%997 = fmul float %179, %975
	%998 = fmul float %180, %979
	%999 = fmul float %181, %979
	%1000 = fmul float %182, %975
	%1001 = fmul float %183, %975
	%1002 = fmul float %184, %979
	%1003 = fmul float %185, %979
	%1004 = fmul float %186, %975
	%1005 = fmul float %187, %975
	%1006 = fmul float %188, %979
	%1007 = fmul float %189, %979
	%1008 = fmul float %190, %975
	%1009 = fmul float %191, %975
	%1010 = fmul float %192, %979
	%1011 = fmul float %193, %979
	%1012 = fmul float %195, %975
	%1013 = fmul float %197, %979
	br label %1014

1014:
	%1015 = phi float [ %162, %softmax ], [ %980, %971 ]
	%1016 = phi float [ %163, %softmax ], [ %981, %971 ]
	%1017 = phi float [ %164, %softmax ], [ %982, %971 ]
	%1018 = phi float [ %165, %softmax ], [ %983, %971 ]
	%1019 = phi float [ %166, %softmax ], [ %984, %971 ]
	%1020 = phi float [ %167, %softmax ], [ %985, %971 ]
	%1021 = phi float [ %168, %softmax ], [ %986, %971 ]
	%1022 = phi float [ %169, %softmax ], [ %987, %971 ]
	%1023 = phi float [ %170, %softmax ], [ %988, %971 ]
	%1024 = phi float [ %171, %softmax ], [ %989, %971 ]
	%1025 = phi float [ %172, %softmax ], [ %990, %971 ]
	%1026 = phi float [ %173, %softmax ], [ %991, %971 ]
	%1027 = phi float [ %174, %softmax ], [ %992, %971 ]
	%1028 = phi float [ %175, %softmax ], [ %993, %971 ]
	%1029 = phi float [ %176, %softmax ], [ %994, %971 ]
	%1030 = phi float [ %177, %softmax ], [ %995, %971 ]
	%1031 = phi float [ %178, %softmax ], [ %996, %971 ]
	%1032 = phi float [ %179, %softmax ], [ %997, %971 ]
	%1033 = phi float [ %180, %softmax ], [ %998, %971 ]
	%1034 = phi float [ %181, %softmax ], [ %999, %971 ]
	%1035 = phi float [ %182, %softmax ], [ %1000, %971 ]
	%1036 = phi float [ %183, %softmax ], [ %1001, %971 ]
	%1037 = phi float [ %184, %softmax ], [ %1002, %971 ]
	%1038 = phi float [ %185, %softmax ], [ %1003, %971 ]
	%1039 = phi float [ %186, %softmax ], [ %1004, %971 ]
	%1040 = phi float [ %187, %softmax ], [ %1005, %971 ]
	%1041 = phi float [ %188, %softmax ], [ %1006, %971 ]
	%1042 = phi float [ %189, %softmax ], [ %1007, %971 ]
	%1043 = phi float [ %190, %softmax ], [ %1008, %971 ]
	%1044 = phi float [ %191, %softmax ], [ %1009, %971 ]
	%1045 = phi float [ %192, %softmax ], [ %1010, %971 ]
	%1046 = phi float [ %193, %softmax ], [ %1011, %971 ]
	%1047 = phi float [ %195, %softmax ], [ %1012, %971 ]
	%1048 = phi float [ %197, %softmax ], [ %1013, %971 ]
	%1049 = select i1 %970, float %942, float %194
	%1050 = fcmp oeq float %1049, 0xFFF0000000000000
	%1051 = select i1 %1050, float 0.0, float %1049
	%1052 = fneg float %1051
	%1053 = call float @llvm.fma.f32(float %890, float 0x3FC7154760000000, float %1052)
	%1054 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1053)
	%1055 = call float @llvm.fma.f32(float %891, float 0x3FC7154760000000, float %1052)
	%1056 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1055)
	%1057 = call float @llvm.fma.f32(float %894, float 0x3FC7154760000000, float %1052)
	%1058 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1057)
	%1059 = call float @llvm.fma.f32(float %895, float 0x3FC7154760000000, float %1052)
	%1060 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1059)
	%1061 = call float @llvm.fma.f32(float %898, float 0x3FC7154760000000, float %1052)
	%1062 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1061)
	%1063 = call float @llvm.fma.f32(float %899, float 0x3FC7154760000000, float %1052)
	%1064 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1063)
	%1065 = call float @llvm.fma.f32(float %902, float 0x3FC7154760000000, float %1052)
	%1066 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1065)
	%1067 = call float @llvm.fma.f32(float %903, float 0x3FC7154760000000, float %1052)
	%1068 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1067)
	%1069 = call float @llvm.fma.f32(float %906, float 0x3FC7154760000000, float %1052)
	%1070 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1069)
	%1071 = call float @llvm.fma.f32(float %907, float 0x3FC7154760000000, float %1052)
	%1072 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1071)
	%1073 = call float @llvm.fma.f32(float %910, float 0x3FC7154760000000, float %1052)
	%1074 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1073)
	%1075 = call float @llvm.fma.f32(float %911, float 0x3FC7154760000000, float %1052)
	%1076 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1075)
	%1077 = call float @llvm.fma.f32(float %914, float 0x3FC7154760000000, float %1052)
	%1078 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1077)
	%1079 = call float @llvm.fma.f32(float %915, float 0x3FC7154760000000, float %1052)
	%1080 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1079)
	%1081 = call float @llvm.fma.f32(float %918, float 0x3FC7154760000000, float %1052)
	%1082 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1081)
	%1083 = call float @llvm.fma.f32(float %919, float 0x3FC7154760000000, float %1052)
	%1084 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1083)
	%1085 = fadd float %1054, %1056
	%1086 = fadd float %1058, %1060
	%1087 = fadd float %1062, %1064
	%1088 = fadd float %1066, %1068
	%1089 = fadd float %1070, %1072
	%1090 = fadd float %1074, %1076
	%1091 = fadd float %1078, %1080
	%1092 = fadd float %1082, %1084
	%1093 = fadd float %1085, %1086
	%1094 = fadd float %1087, %1088
	%1095 = fadd float %1089, %1090
	%1096 = fadd float %1091, %1092
	%1097 = fadd float %1093, %1094
	%1098 = fadd float %1095, %1096
	%1099 = fadd float %1097, %1098
	%1100 = fadd float %1047, %1099
	%1101 = select i1 %970, float %966, float %196
	%1102 = fcmp oeq float %1101, 0xFFF0000000000000
	%1103 = select i1 %1102, float 0.0, float %1101
	%1104 = fneg float %1103
	%1105 = call float @llvm.fma.f32(float %892, float 0x3FC7154760000000, float %1104)
	%1106 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1105)
	%1107 = call float @llvm.fma.f32(float %893, float 0x3FC7154760000000, float %1104)
	%1108 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1107)
	%1109 = call float @llvm.fma.f32(float %896, float 0x3FC7154760000000, float %1104)
	%1110 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1109)
	%1111 = call float @llvm.fma.f32(float %897, float 0x3FC7154760000000, float %1104)
	%1112 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1111)
	%1113 = call float @llvm.fma.f32(float %900, float 0x3FC7154760000000, float %1104)
	%1114 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1113)
	%1115 = call float @llvm.fma.f32(float %901, float 0x3FC7154760000000, float %1104)
	%1116 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1115)
	%1117 = call float @llvm.fma.f32(float %904, float 0x3FC7154760000000, float %1104)
	%1118 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1117)
	%1119 = call float @llvm.fma.f32(float %905, float 0x3FC7154760000000, float %1104)
	%1120 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1119)
	%1121 = call float @llvm.fma.f32(float %908, float 0x3FC7154760000000, float %1104)
	%1122 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1121)
	%1123 = call float @llvm.fma.f32(float %909, float 0x3FC7154760000000, float %1104)
	%1124 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1123)
	%1125 = call float @llvm.fma.f32(float %912, float 0x3FC7154760000000, float %1104)
	%1126 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1125)
	%1127 = call float @llvm.fma.f32(float %913, float 0x3FC7154760000000, float %1104)
	%1128 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1127)
	%1129 = call float @llvm.fma.f32(float %916, float 0x3FC7154760000000, float %1104)
	%1130 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1129)
	%1131 = call float @llvm.fma.f32(float %917, float 0x3FC7154760000000, float %1104)
	%1132 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1131)
	%1133 = call float @llvm.fma.f32(float %920, float 0x3FC7154760000000, float %1104)
	%1134 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1133)
	%1135 = call float @llvm.fma.f32(float %921, float 0x3FC7154760000000, float %1104)
	%1136 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1135)
	%1137 = fadd float %1106, %1108
	%1138 = fadd float %1110, %1112
	%1139 = fadd float %1114, %1116
	%1140 = fadd float %1118, %1120
	%1141 = fadd float %1122, %1124
	%1142 = fadd float %1126, %1128
	%1143 = fadd float %1130, %1132
	%1144 = fadd float %1134, %1136
	%1145 = fadd float %1137, %1138
	%1146 = fadd float %1139, %1140
	%1147 = fadd float %1141, %1142
	%1148 = fadd float %1143, %1144
	%1149 = fadd float %1145, %1146
	%1150 = fadd float %1147, %1148
	%1151 = fadd float %1149, %1150
	%1152 = fadd float %1048, %1151
	%1153 = add i32 %160, 1
	%1154 = icmp slt i32 %1153, %NK
	%1155 = select i1 %1154, i32 %1153, i32 0
	%1156 = add i32 %48, %1155
	%1157 = sext i32 %1156 to i64
	%1158 = getelementptr i32, i32* %list, i64 %1157
	%1159 = load i32, i32* %1158
	%1160 = select i1 %1154, i32 %1159, i32 -1
	%1161 = icmp sge i32 %1160, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1161, label %prefetch, label %pv

prefetch:
	%1162 = mul i32 %1160, 64
	%1163 = lshr i32 %9, 3
	%1164 = and i32 %9, 7
	%1165 = lshr i32 %1164, 3
	%1166 = mul i32 %1165, u0x2000
	%1167 = and i32 %1164, 7
	%1168 = and i32 %1163, 7
	%1169 = xor i32 %1167, %1168
	%1170 = mul i32 %1163, 128
	%1171 = shl i32 %1169, 4
	%1172 = add i32 %1170, %1171
	%1173 = add i32 %1166, %1172
	%1174 = add i32 %0, %1173
	%1175 = add i32 %1162, %1163
	%1176 = mul i32 %1175, 64
	%1177 = mul i32 %1164, 8
	%1178 = add i32 %1176, %1177
	%1179 = sext i32 %1178 to i64
	%1180 = getelementptr i16, i16* %39, i64 %1179
	%1181 = add i32 %1175, 0
	%1182 = icmp slt i32 %1181, %N
	%1183 = getelementptr i16, i16* %1180, i64 0
	%1184 = select i1 %1182, i16* %1183, i16* %39
	%1185 = add i32 %1174, 0
	%1186 = select i1 %1182, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1185, i16* %1184, i32 %1186)
	%1187 = add i32 %1175, 16
	%1188 = icmp slt i32 %1187, %N
	%1189 = getelementptr i16, i16* %1180, i64 1024
	%1190 = select i1 %1188, i16* %1189, i16* %39
	%1191 = add i32 %1174, 2048
	%1192 = select i1 %1188, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1191, i16* %1190, i32 %1192)
	%1193 = add i32 %1175, 32
	%1194 = icmp slt i32 %1193, %N
	%1195 = getelementptr i16, i16* %1180, i64 2048
	%1196 = select i1 %1194, i16* %1195, i16* %39
	%1197 = add i32 %1174, u0x1000
	%1198 = select i1 %1194, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1197, i16* %1196, i32 %1198)
	%1199 = add i32 %1175, 48
	%1200 = icmp slt i32 %1199, %N
	%1201 = getelementptr i16, i16* %1180, i64 3072
	%1202 = select i1 %1200, i16* %1201, i16* %39
	%1203 = add i32 %1174, 6144
	%1204 = select i1 %1200, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1203, i16* %1202, i32 %1204)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1205 = and i32 %11, 7
	%1206 = lshr i32 %11, 3
	%1207 = and i32 %1206, 1
	%1208 = shl i32 %1207, 3
	%1209 = add i32 %1205, %1208
	%1210 = mul i32 %1209, 128
	%1211 = add i32 %1, %1210
	%1212 = and i32 %11, 7
	%1213 = xor i32 %107, %1212
	%1214 = shl i32 %1213, 4
	%1215 = add i32 %1211, %1214
	%1216 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1056, float %1054)
	%1217 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1108, float %1106)
	%1218 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1060, float %1058)
	%1219 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1112, float %1110)
	%1220 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1064, float %1062)
	%1221 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1116, float %1114)
	%1222 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1068, float %1066)
	%1223 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1120, float %1118)
	%1224 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1072, float %1070)
	%1225 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1124, float %1122)
	%1226 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1076, float %1074)
	%1227 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1128, float %1126)
	%1228 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1080, float %1078)
	%1229 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1132, float %1130)
	%1230 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1084, float %1082)
	%1231 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1136, float %1134)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1232 = add i32 %8, 0
	%1233 = zext i32 %1232 to i64
	%1234 = or i64 %1233, u0x4000004002000000
	%1235 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1015, float %1016, float %1017, float %1018, float %1019, float %1020, float %1021, float %1022, float %1023, float %1024, float %1025, float %1026, float %1027, float %1028, float %1029, float %1030, float %1031, float %1032, float %1033, float %1034, float %1035, float %1036, float %1037, float %1038, float %1039, float %1040, float %1041, float %1042, float %1043, float %1044, float %1045, float %1046, i32 %1216, i32 %1217, i32 %1218, i32 %1219, i64 %1234, i32 1)
	%1236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 0
	%1237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 1
	%1238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 2
	%1239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 3
	%1240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 4
	%1241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 5
	%1242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 6
	%1243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 7
	%1244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 8
	%1245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 9
	%1246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 10
	%1247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 11
	%1248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 12
	%1249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 13
	%1250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 14
	%1251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 15
	%1252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 16
	%1253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 17
	%1254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 18
	%1255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 19
	%1256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 20
	%1257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 21
	%1258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 22
	%1259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 23
	%1260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 24
	%1261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 25
	%1262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 26
	%1263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 27
	%1264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 28
	%1265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 29
	%1266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 30
	%1267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 31
	%1268 = add i32 %8, 128
	%1269 = zext i32 %1268 to i64
	%1270 = or i64 %1269, u0x4000004002000000
	%1271 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1236, float %1237, float %1238, float %1239, float %1240, float %1241, float %1242, float %1243, float %1244, float %1245, float %1246, float %1247, float %1248, float %1249, float %1250, float %1251, float %1252, float %1253, float %1254, float %1255, float %1256, float %1257, float %1258, float %1259, float %1260, float %1261, float %1262, float %1263, float %1264, float %1265, float %1266, float %1267, i32 %1220, i32 %1221, i32 %1222, i32 %1223, i64 %1270, i32 1)
	%1272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 0
	%1273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 1
	%1274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 2
	%1275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 3
	%1276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 4
	%1277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 5
	%1278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 6
	%1279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 7
	%1280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 8
	%1281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 9
	%1282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 10
	%1283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 11
	%1284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 12
	%1285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 13
	%1286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 14
	%1287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 15
	%1288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 16
	%1289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 17
	%1290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 18
	%1291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 19
	%1292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 20
	%1293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 21
	%1294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 22
	%1295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 23
	%1296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 24
	%1297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 25
	%1298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 26
	%1299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 27
	%1300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 28
	%1301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 29
	%1302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 30
	%1303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 31
	%1304 = add i32 %8, 256
	%1305 = zext i32 %1304 to i64
	%1306 = or i64 %1305, u0x4000004002000000
	%1307 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1272, float %1273, float %1274, float %1275, float %1276, float %1277, float %1278, float %1279, float %1280, float %1281, float %1282, float %1283, float %1284, float %1285, float %1286, float %1287, float %1288, float %1289, float %1290, float %1291, float %1292, float %1293, float %1294, float %1295, float %1296, float %1297, float %1298, float %1299, float %1300, float %1301, float %1302, float %1303, i32 %1224, i32 %1225, i32 %1226, i32 %1227, i64 %1306, i32 1)
	%1308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 0
	%1309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 1
	%1310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 2
	%1311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 3
	%1312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 4
	%1313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 5
	%1314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 6
	%1315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 7
	%1316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 8
	%1317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 9
	%1318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 10
	%1319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 11
	%1320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 12
	%1321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 13
	%1322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 14
	%1323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 15
	%1324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 16
	%1325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 17
	%1326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 18
	%1327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 19
	%1328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 20
	%1329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 21
	%1330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 22
	%1331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 23
	%1332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 24
	%1333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 25
	%1334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 26
	%1335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 27
	%1336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 28
	%1337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 29
	%1338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 30
	%1339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 31
	%1340 = add i32 %8, 384
	%1341 = zext i32 %1340 to i64
	%1342 = or i64 %1341, u0x4000004002000000
	%1343 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1308, float %1309, float %1310, float %1311, float %1312, float %1313, float %1314, float %1315, float %1316, float %1317, float %1318, float %1319, float %1320, float %1321, float %1322, float %1323, float %1324, float %1325, float %1326, float %1327, float %1328, float %1329, float %1330, float %1331, float %1332, float %1333, float %1334, float %1335, float %1336, float %1337, float %1338, float %1339, i32 %1228, i32 %1229, i32 %1230, i32 %1231, i64 %1342, i32 1)
	%1344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 0
	%1345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 1
	%1346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 2
	%1347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 3
	%1348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 4
	%1349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 5
	%1350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 6
	%1351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 7
	%1352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 8
	%1353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 9
	%1354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 10
	%1355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 11
	%1356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 12
	%1357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 13
	%1358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 14
	%1359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 15
	%1360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 16
	%1361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 17
	%1362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 18
	%1363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 19
	%1364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 20
	%1365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 21
	%1366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 22
	%1367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 23
	%1368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 24
	%1369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 25
	%1370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 26
	%1371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 27
	%1372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 28
	%1373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 29
	%1374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 30
	%1375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1376 = call float asm sideeffect "", "=f,0"(float %1344)
	%1377 = call float asm sideeffect "", "=f,0"(float %1345)
	%1378 = call float asm sideeffect "", "=f,0"(float %1346)
	%1379 = call float asm sideeffect "", "=f,0"(float %1347)
	%1380 = call float asm sideeffect "", "=f,0"(float %1348)
	%1381 = call float asm sideeffect "", "=f,0"(float %1349)
	%1382 = call float asm sideeffect "", "=f,0"(float %1350)
	%1383 = call float asm sideeffect "", "=f,0"(float %1351)
	%1384 = call float asm sideeffect "", "=f,0"(float %1352)
	%1385 = call float asm sideeffect "", "=f,0"(float %1353)
	%1386 = call float asm sideeffect "", "=f,0"(float %1354)
	%1387 = call float asm sideeffect "", "=f,0"(float %1355)
	%1388 = call float asm sideeffect "", "=f,0"(float %1356)
	%1389 = call float asm sideeffect "", "=f,0"(float %1357)
	%1390 = call float asm sideeffect "", "=f,0"(float %1358)
	%1391 = call float asm sideeffect "", "=f,0"(float %1359)
	%1392 = call float asm sideeffect "", "=f,0"(float %1360)
	%1393 = call float asm sideeffect "", "=f,0"(float %1361)
	%1394 = call float asm sideeffect "", "=f,0"(float %1362)
	%1395 = call float asm sideeffect "", "=f,0"(float %1363)
	%1396 = call float asm sideeffect "", "=f,0"(float %1364)
	%1397 = call float asm sideeffect "", "=f,0"(float %1365)
	%1398 = call float asm sideeffect "", "=f,0"(float %1366)
	%1399 = call float asm sideeffect "", "=f,0"(float %1367)
	%1400 = call float asm sideeffect "", "=f,0"(float %1368)
	%1401 = call float asm sideeffect "", "=f,0"(float %1369)
	%1402 = call float asm sideeffect "", "=f,0"(float %1370)
	%1403 = call float asm sideeffect "", "=f,0"(float %1371)
	%1404 = call float asm sideeffect "", "=f,0"(float %1372)
	%1405 = call float asm sideeffect "", "=f,0"(float %1373)
	%1406 = call float asm sideeffect "", "=f,0"(float %1374)
	%1407 = call float asm sideeffect "", "=f,0"(float %1375)
	br i1 %1161, label %loop, label %epilogue

store0:
	%1408 = mul i32 %29, %M
	%1409 = add i32 %1408, %488
	%1410 = mul i32 %1409, 64
	%1411 = shl i32 %13, 1
	%1412 = add i32 0, %1411
	%1413 = add i32 %1410, %1412
	%1414 = sext i32 %1413 to i64
	%1415 = getelementptr i16, i16* %out, i64 %1414
	%1416 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %490, float %489)
	%1417 = bitcast i16* %1415 to i32*
	store i32 %1416, i32* %1417
	%1418 = shl i32 %13, 1
	%1419 = add i32 8, %1418
	%1420 = add i32 %1410, %1419
	%1421 = sext i32 %1420 to i64
	%1422 = getelementptr i16, i16* %out, i64 %1421
	%1423 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %492, float %491)
	%1424 = bitcast i16* %1422 to i32*
	store i32 %1423, i32* %1424
	%1425 = shl i32 %13, 1
	%1426 = add i32 16, %1425
	%1427 = add i32 %1410, %1426
	%1428 = sext i32 %1427 to i64
	%1429 = getelementptr i16, i16* %out, i64 %1428
	%1430 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %494, float %493)
	%1431 = bitcast i16* %1429 to i32*
	store i32 %1430, i32* %1431
	%1432 = shl i32 %13, 1
	%1433 = add i32 24, %1432
	%1434 = add i32 %1410, %1433
	%1435 = sext i32 %1434 to i64
	%1436 = getelementptr i16, i16* %out, i64 %1435
	%1437 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %496, float %495)
	%1438 = bitcast i16* %1436 to i32*
	store i32 %1437, i32* %1438
	%1439 = shl i32 %13, 1
	%1440 = add i32 32, %1439
	%1441 = add i32 %1410, %1440
	%1442 = sext i32 %1441 to i64
	%1443 = getelementptr i16, i16* %out, i64 %1442
	%1444 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %498, float %497)
	%1445 = bitcast i16* %1443 to i32*
	store i32 %1444, i32* %1445
	%1446 = shl i32 %13, 1
	%1447 = add i32 40, %1446
	%1448 = add i32 %1410, %1447
	%1449 = sext i32 %1448 to i64
	%1450 = getelementptr i16, i16* %out, i64 %1449
	%1451 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %500, float %499)
	%1452 = bitcast i16* %1450 to i32*
	store i32 %1451, i32* %1452
	%1453 = shl i32 %13, 1
	%1454 = add i32 48, %1453
	%1455 = add i32 %1410, %1454
	%1456 = sext i32 %1455 to i64
	%1457 = getelementptr i16, i16* %out, i64 %1456
	%1458 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %502, float %501)
	%1459 = bitcast i16* %1457 to i32*
	store i32 %1458, i32* %1459
	%1460 = shl i32 %13, 1
	%1461 = add i32 56, %1460
	%1462 = add i32 %1410, %1461
	%1463 = sext i32 %1462 to i64
	%1464 = getelementptr i16, i16* %out, i64 %1463
	%1465 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %504, float %503)
	%1466 = bitcast i16* %1464 to i32*
	store i32 %1465, i32* %1466
	br label %stored0

stored0:
	%1467 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %444, i32 1, i32 31)
	%1468 = fadd float %444, %1467
	%1469 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1468, i32 2, i32 31)
	%1470 = fadd float %1468, %1469
	%1471 = fcmp ogt float %1470, 0.0
	%1472 = fdiv float 1.0, %1470
	%1473 = select i1 %1471, float %1472, float 0.0
	%1474 = mul i32 %10, 16
	%1475 = add i32 %31, %1474
	%1476 = add i32 %12, 8
	%1477 = add i32 %1475, %1476
	%1478 = fmul float %448, %1473
	%1479 = fmul float %449, %1473
	%1480 = fmul float %452, %1473
	%1481 = fmul float %453, %1473
	%1482 = fmul float %456, %1473
	%1483 = fmul float %457, %1473
	%1484 = fmul float %460, %1473
	%1485 = fmul float %461, %1473
	%1486 = fmul float %464, %1473
	%1487 = fmul float %465, %1473
	%1488 = fmul float %468, %1473
	%1489 = fmul float %469, %1473
	%1490 = fmul float %472, %1473
	%1491 = fmul float %473, %1473
	%1492 = fmul float %476, %1473
	%1493 = fmul float %477, %1473
	%1494 = icmp slt i32 %1477, %M
	br i1 %1494, label %store1, label %stored1

store1:
	%1495 = mul i32 %29, %M
	%1496 = add i32 %1495, %1477
	%1497 = mul i32 %1496, 64
	%1498 = shl i32 %13, 1
	%1499 = add i32 0, %1498
	%1500 = add i32 %1497, %1499
	%1501 = sext i32 %1500 to i64
	%1502 = getelementptr i16, i16* %out, i64 %1501
	%1503 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1479, float %1478)
	%1504 = bitcast i16* %1502 to i32*
	store i32 %1503, i32* %1504
	%1505 = shl i32 %13, 1
	%1506 = add i32 8, %1505
	%1507 = add i32 %1497, %1506
	%1508 = sext i32 %1507 to i64
	%1509 = getelementptr i16, i16* %out, i64 %1508
	%1510 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1481, float %1480)
	%1511 = bitcast i16* %1509 to i32*
	store i32 %1510, i32* %1511
	%1512 = shl i32 %13, 1
	%1513 = add i32 16, %1512
	%1514 = add i32 %1497, %1513
	%1515 = sext i32 %1514 to i64
	%1516 = getelementptr i16, i16* %out, i64 %1515
	%1517 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1483, float %1482)
	%1518 = bitcast i16* %1516 to i32*
	store i32 %1517, i32* %1518
	%1519 = shl i32 %13, 1
	%1520 = add i32 24, %1519
	%1521 = add i32 %1497, %1520
	%1522 = sext i32 %1521 to i64
	%1523 = getelementptr i16, i16* %out, i64 %1522
	%1524 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1485, float %1484)
	%1525 = bitcast i16* %1523 to i32*
	store i32 %1524, i32* %1525
	%1526 = shl i32 %13, 1
	%1527 = add i32 32, %1526
	%1528 = add i32 %1497, %1527
	%1529 = sext i32 %1528 to i64
	%1530 = getelementptr i16, i16* %out, i64 %1529
	%1531 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1487, float %1486)
	%1532 = bitcast i16* %1530 to i32*
	store i32 %1531, i32* %1532
	%1533 = shl i32 %13, 1
	%1534 = add i32 40, %1533
	%1535 = add i32 %1497, %1534
	%1536 = sext i32 %1535 to i64
	%1537 = getelementptr i16, i16* %out, i64 %1536
	%1538 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1489, float %1488)
	%1539 = bitcast i16* %1537 to i32*
	store i32 %1538, i32* %1539
	%1540 = shl i32 %13, 1
	%1541 = add i32 48, %1540
	%1542 = add i32 %1497, %1541
	%1543 = sext i32 %1542 to i64
	%1544 = getelementptr i16, i16* %out, i64 %1543
	%1545 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1491, float %1490)
	%1546 = bitcast i16* %1544 to i32*
	store i32 %1545, i32* %1546
	%1547 = shl i32 %13, 1
	%1548 = add i32 56, %1547
	%1549 = add i32 %1497, %1548
	%1550 = sext i32 %1549 to i64
	%1551 = getelementptr i16, i16* %out, i64 %1550
	%1552 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1493, float %1492)
	%1553 = bitcast i16* %1551 to i32*
	store i32 %1552, i32* %1553
	br label %stored1

stored1:
	ret void
}
