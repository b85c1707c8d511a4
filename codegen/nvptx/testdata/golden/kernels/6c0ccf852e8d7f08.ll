define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i32* %visits) {
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
	%133 = mul i32 %56, 64
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
	%164 = add i32 %146, 32
	%165 = icmp slt i32 %164, %N
	%166 = getelementptr i16, i16* %151, i64 2048
	%167 = select i1 %165, i16* %166, i16* %39
	%168 = add i32 %145, u0x1000
	%169 = select i1 %165, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %168, i16* %167, i32 %169)
	%170 = add i32 %146, 48
	%171 = icmp slt i32 %170, %N
	%172 = getelementptr i16, i16* %151, i64 3072
	%173 = select i1 %171, i16* %172, i16* %39
	%174 = add i32 %145, 6144
	%175 = select i1 %171, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %174, i16* %173, i32 %175)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%176 = phi i32 [ 0, %prologue ], [ %1235, %pv ]
	%177 = phi i32 [ %56, %prologue ], [ %178, %pv ]
	%178 = phi i32 [ %67, %prologue ], [ %1245, %pv ]
	%179 = phi i8 [ %75, %prologue ], [ %1253, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1523, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1524, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1525, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1526, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1527, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1528, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1529, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1530, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1531, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1532, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1533, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1534, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1535, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1536, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1537, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1538, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1539, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1540, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1541, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1542, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1543, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1544, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1545, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1546, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1547, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1548, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1549, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1550, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1551, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1552, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1553, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1554, %pv ]
	%212 = phi float [ 0xFFF0000000000000, %prologue ], [ %1063, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1114, %pv ]
	%214 = phi float [ 0xFFF0000000000000, %prologue ], [ %1115, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1166, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%216 = mul i32 %177, 64
	%217 = lshr i32 %9, 3
	%218 = and i32 %9, 7
	%219 = lshr i32 %218, 3
	%220 = mul i32 %219, u0x2000
	%221 = and i32 %218, 7
	%222 = and i32 %217, 7
	%223 = xor i32 %221, %222
	%224 = mul i32 %217, 128
	%225 = shl i32 %223, 4
	%226 = add i32 %224, %225
	%227 = add i32 %220, %226
	%228 = add i32 %1, %227
	%229 = add i32 %216, %217
	%230 = mul i32 %229, 64
	%231 = mul i32 %218, 8
	%232 = add i32 %230, %231
	%233 = sext i32 %232 to i64
	%234 = getelementptr i16, i16* %43, i64 %233
	%235 = add i32 %229, 0
	%236 = icmp slt i32 %235, %N
	%237 = getelementptr i16, i16* %234, i64 0
	%238 = select i1 %236, i16* %237, i16* %43
	%239 = add i32 %228, 0
	%240 = select i1 %236, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %239, i16* %238, i32 %240)
	%241 = add i32 %229, 16
	%242 = icmp slt i32 %241, %N
	%243 = getelementptr i16, i16* %234, i64 1024
	%244 = select i1 %242, i16* %243, i16* %43
	%245 = add i32 %228, 2048
	%246 = select i1 %242, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %245, i16* %244, i32 %246)
	%247 = add i32 %229, 32
	%248 = icmp slt i32 %247, %N
	%249 = getelementptr i16, i16* %234, i64 2048
	%250 = select i1 %248, i16* %249, i16* %43
	%251 = add i32 %228, u0x1000
	%252 = select i1 %248, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %251, i16* %250, i32 %252)
	%253 = add i32 %229, 48
	%254 = icmp slt i32 %253, %N
	%255 = getelementptr i16, i16* %234, i64 3072
	%256 = select i1 %254, i16* %255, i16* %43
	%257 = add i32 %228, 6144
	%258 = select i1 %254, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %257, i16* %256, i32 %258)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%259 = add i32 %4, 0
	%260 = zext i32 %259 to i64
	%261 = or i64 %260, u0x4000004000010000
	%262 = add i32 %6, 0
	%263 = zext i32 %262 to i64
	%264 = or i64 %263, u0x4000004000010000
	%265 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %261, i64 %264, i32 1)
	%266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 0
	%267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 1
	%268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 2
	%269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 3
	%270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 4
	%271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 5
	%272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 6
	%273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 7
	%274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 8
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 9
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 10
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 11
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 12
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 13
	%280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 14
	%281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 15
	%282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 16
	%283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 17
	%284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 18
	%285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 19
	%286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 20
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 21
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 22
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 23
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 24
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 25
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 26
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 27
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 28
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 29
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 30
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %265, 31
	%298 = add i32 %4, 2
	%299 = zext i32 %298 to i64
	%300 = or i64 %299, u0x4000004000010000
	%301 = add i32 %6, 2
	%302 = zext i32 %301 to i64
	%303 = or i64 %302, u0x4000004000010000
	%304 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %266, float %267, float %268, float %269, float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, float %280, float %281, float %282, float %283, float %284, float %285, float %286, float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, i64 %300, i64 %303, i32 1)
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 0
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 1
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 2
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 3
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 4
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 5
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 6
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 7
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 8
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 9
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 10
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 11
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 12
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 13
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 14
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 15
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 16
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 17
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 18
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 19
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 20
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 21
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 22
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 23
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 24
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 25
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 26
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 27
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 28
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 29
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 30
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %304, 31
	%337 = add i32 %4, 4
	%338 = zext i32 %337 to i64
	%339 = or i64 %338, u0x4000004000010000
	%340 = add i32 %6, 4
	%341 = zext i32 %340 to i64
	%342 = or i64 %341, u0x4000004000010000
	%343 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, i64 %339, i64 %342, i32 1)
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 0
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 1
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 2
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 3
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 4
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 5
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 6
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 7
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 8
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 9
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 10
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 11
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 12
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 13
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 14
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 15
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 16
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 17
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 18
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 19
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 20
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 21
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 22
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 23
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 24
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 25
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 26
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 27
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 28
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 29
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 30
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %343, 31
	%376 = add i32 %4, 6
	%377 = zext i32 %376 to i64
	%378 = or i64 %377, u0x4000004000010000
	%379 = add i32 %6, 6
	%380 = zext i32 %379 to i64
	%381 = or i64 %380, u0x4000004000010000
	%382 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, i64 %378, i64 %381, i32 1)
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 0
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 1
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 2
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 3
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 4
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 5
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 6
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 7
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 8
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 9
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 10
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 11
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 12
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 13
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 14
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 15
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 16
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 17
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 18
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 19
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 20
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 21
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 22
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 23
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 24
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 25
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 26
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 27
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 28
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 29
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 30
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %382, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%447 = mul i32 %10, 16
	%448 = add i32 %31, %447
	%449 = add i32 %12, 0
	%450 = add i32 %448, %449
	%451 = mul i32 %10, 16
	%452 = add i32 %31, %451
	%453 = add i32 %12, 8
	%454 = add i32 %452, %453
	%455 = sitofp i32 %29 to float
	%456 = icmp ne i8 %179, 2
	br i1 %456, label %partial, label %softmax

epilogue:
	%457 = phi float [ 0.0, %entry ], [ %1114, %pv ]
	%458 = phi float [ 0.0, %entry ], [ %1166, %pv ]
	%459 = phi i32 [ 0, %entry ], [ %1235, %pv ]
	%460 = phi float [ 0.0, %entry ], [ %1523, %pv ]
	%461 = phi float [ 0.0, %entry ], [ %1524, %pv ]
	%462 = phi float [ 0.0, %entry ], [ %1525, %pv ]
	%463 = phi float [ 0.0, %entry ], [ %1526, %pv ]
	%464 = phi float [ 0.0, %entry ], [ %1527, %pv ]
	%465 = phi float [ 0.0, %entry ], [ %1528, %pv ]
	%466 = phi float [ 0.0, %entry ], [ %1529, %pv ]
	%467 = phi float [ 0.0, %entry ], [ %1530, %pv ]
	%468 = phi float [ 0.0, %entry ], [ %1531, %pv ]
	%469 = phi float [ 0.0, %entry ], [ %1532, %pv ]
	%470 = phi float [ 0.0, %entry ], [ %1533, %pv ]
	%471 = phi float [ 0.0, %entry ], [ %1534, %pv ]
	%472 = phi float [ 0.0, %entry ], [ %1535, %pv ]
	%473 = phi float [ 0.0, %entry ], [ %1536, %pv ]
	%474 = phi float [ 0.0, %entry ], [ %1537, %pv ]
	%475 = phi float [ 0.0, %entry ], [ %1538, %pv ]
	%476 = phi float [ 0.0, %entry ], [ %1539, %pv ]
	%477 = phi float [ 0.0, %entry ], [ %1540, %pv ]
	%478 = phi float [ 0.0, %entry ], [ %1541, %pv ]
	%479 = phi float [ 0.0, %entry ], [ %1542, %pv ]
	%480 = phi float [ 0.0, %entry ], [ %1543, %pv ]
	%481 = phi float [ 0.0, %entry ], [ %1544, %pv ]
	%482 = phi float [ 0.0, %entry ], [ %1545, %pv ]
	%483 = phi float [ 0.0, %entry ], [ %1546, %pv ]
	%484 = phi float [ 0.0, %entry ], [ %1547, %pv ]
	%485 = phi float [ 0.0, %entry ], [ %1548, %pv ]
	%486 = phi float [ 0.0, %entry ], [ %1549, %pv ]
	%487 = phi float [ 0.0, %entry ], [ %1550, %pv ]
	%488 = phi float [ 0.0, %entry ], [ %1551, %pv ]
	%489 = phi float [ 0.0, %entry ], [ %1552, %pv ]
	%490 = phi float [ 0.0, %entry ], [ %1553, %pv ]
	%491 = phi float [ 0.0, %entry ], [ %1554, %pv ]
	%492 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %457, i32 1, i32 31)
	%493 = fadd float %457, %492
	%494 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %493, i32 2, i32 31)
	%495 = fadd float %493, %494
	%496 = fcmp ogt float %495, 0.0
	%497 = fdiv float 1.0, %495
	%498 = select i1 %496, float %497, float 0.0
	%499 = mul i32 %10, 16
	%500 = add i32 %31, %499
	%501 = add i32 %12, 0
	%502 = add i32 %500, %501
	%503 = fmul float %460, %498
	%504 = fmul float %461, %498
	%505 = fmul float %464, %498
	%506 = fmul float %465, %498
	%507 = fmul float %468, %498
	%508 = fmul float %469, %498
	%509 = fmul float %472, %498
	%510 = fmul float %473, %498
	%511 = fmul float %476, %498
	%512 = fmul float %477, %498
	%513 = fmul float %480, %498
	%514 = fmul float %481, %498
	%515 = fmul float %484, %498
	%516 = fmul float %485, %498
	%517 = fmul float %488, %498
	%518 = fmul float %489, %498
	%519 = icmp slt i32 %502, %M
	br i1 %519, label %store0, label %stored0

partial:
	%520 = shl i32 %13, 1
	%521 = add i32 0, %520
	%522 = add i32 %216, %521
	%523 = icmp slt i32 %522, %N
	%524 = select i1 %523, i32 %522, i32 0
	%525 = sitofp i32 %450 to float
	%526 = sitofp i32 %524 to float
	%527 = fcmp ole float %526, %525
	%528 = uitofp i1 %527 to float
	%529 = fcmp une float %528, 0.0
	%530 = and i1 %523, %529
	%531 = select i1 %530, float %415, float 0xFFF0000000000000
	%532 = shl i32 %13, 1
	%533 = add i32 1, %532
	%534 = add i32 %216, %533
	%535 = icmp slt i32 %534, %N
	%536 = select i1 %535, i32 %534, i32 0
	%537 = sitofp i32 %450 to float
	%538 = sitofp i32 %536 to float
	%539 = fcmp ole float %538, %537
	%540 = uitofp i1 %539 to float
	%541 = fcmp une float %540, 0.0
	%542 = and i1 %535, %541
	%543 = select i1 %542, float %416, float 0xFFF0000000000000
	%544 = shl i32 %13, 1
	%545 = add i32 0, %544
	%546 = add i32 %216, %545
	%547 = icmp slt i32 %546, %N
	%548 = select i1 %547, i32 %546, i32 0
	%549 = sitofp i32 %454 to float
	%550 = sitofp i32 %548 to float
	%551 = fcmp ole float %550, %549
	%552 = uitofp i1 %551 to float
	%553 = fcmp une float %552, 0.0
	%554 = and i1 %547, %553
	%555 = select i1 %554, float %417, float 0xFFF0000000000000
	%556 = shl i32 %13, 1
	%557 = add i32 1, %556
	%558 = add i32 %216, %557
	%559 = icmp slt i32 %558, %N
	%560 = select i1 %559, i32 %558, i32 0
	%561 = sitofp i32 %454 to float
	%562 = sitofp i32 %560 to float
	%563 = fcmp ole float %562, %561
	%564 = uitofp i1 %563 to float
	%565 = fcmp une float %564, 0.0
	%566 = and i1 %559, %565
	%567 = select i1 %566, float %418, float 0xFFF0000000000000
	%568 = shl i32 %13, 1
	%569 = add i32 8, %568
	%570 = add i32 %216, %569
	%571 = icmp slt i32 %570, %N
	%572 = select i1 %571, i32 %570, i32 0
	%573 = sitofp i32 %450 to float
	%574 = sitofp i32 %572 to float
	%575 = fcmp ole float %574, %573
	%576 = uitofp i1 %575 to float
	%577 = fcmp une float %576, 0.0
	%578 = and i1 %571, %577
	%579 = select i1 %578, float %419, float 0xFFF0000000000000
	%580 = shl i32 %13, 1
	%581 = add i32 9, %580
	%582 = add i32 %216, %581
	%583 = icmp slt i32 %582, %N
	%584 = select i1 %583, i32 %582, i32 0
	%585 = sitofp i32 %450 to float
	%586 = sitofp i32 %584 to float
	%587 = fcmp ole float %586, %585
	%588 = uitofp i1 %587 to float
	%589 = fcmp une float %588, 0.0
	%590 = and i1 %583, %589
	%591 = select i1 %590, float %420, float 0xFFF0000000000000
	%592 = shl i32 %13, 1
	%593 = add i32 8, %592
	%594 = add i32 %216, %593
	%595 = icmp slt i32 %594, %N
	%596 = select i1 %595, i32 %594, i32 0
	%597 = sitofp i32 %454 to float
	%598 = sitofp i32 %596 to float
	%599 = fcmp ole float %598, %597
	%600 = uitofp i1 %599 to float
	%601 = fcmp une float %600, 0.0
	%602 = and i1 %595, %601
	%603 = select i1 %602, float %421, float 0xFFF0000000000000
	%604 = shl i32 %13, 1
	%605 = add i32 9, %604
	%606 = add i32 %216, %605
	%607 = icmp slt i32 %606, %N
	%608 = select i1 %607, i32 %606, i32 0
	%609 = sitofp i32 %454 to float
	%610 = sitofp i32 %608 to float
	%611 = fcmp ole float %610, %609
	%612 = uitofp i1 %611 to float
	%613 = fcmp une float %612, 0.0
	%614 = and i1 %607, %613
	%615 = select i1 %614, float %422, float 0xFFF0000000000000
	%616 = shl i32 %13, 1
	%617 = add i32 16, %616
	%618 = add i32 %216, %617
	%619 = icmp slt i32 %618, %N
	%620 = select i1 %619, i32 %618, i32 0
	%621 = sitofp i32 %450 to float
	%622 = sitofp i32 %620 to float
	%623 = fcmp ole float %622, %621
	%624 = uitofp i1 %623 to float
	%625 = fcmp une float %624, 0.0
	%626 = and i1 %619, %625
	%627 = select i1 %626, float %423, float 0xFFF0000000000000
	%628 = shl i32 %13, 1
	%629 = add i32 17, %628
	%630 = add i32 %216, %629
	%631 = icmp slt i32 %630, %N
	%632 = select i1 %631, i32 %630, i32 0
	%633 = sitofp i32 %450 to float
	%634 = sitofp i32 %632 to float
	%635 = fcmp ole float %634, %633
	%636 = uitofp i1 %635 to float
	%637 = fcmp une float %636, 0.0
	%638 = and i1 %631, %637
	%639 = select i1 %638, float %424, float 0xFFF0000000000000
	%640 = shl i32 %13, 1
	%641 = add i32 16, %640
	%642 = add i32 %216, %641
	%643 = icmp slt i32 %642, %N
	%644 = select i1 %643, i32 %642, i32 0
	%645 = sitofp i32 %454 to float
	%646 = sitofp i32 %644 to float
	%647 = fcmp ole float %646, %645
	%648 = uitofp i1 %647 to float
	%649 = fcmp une float %648, 0.0
	%650 = and i1 %643, %649
	%651 = select i1 %650, float %425, float 0xFFF0000000000000
	%652 = shl i32 %13, 1
	%653 = add i32 17, %652
	%654 = add i32 %216, %653
	%655 = icmp slt i32 %654, %N
	%656 = select i1 %655, i32 %654, i32 0
	%657 = sitofp i32 %454 to float
	%658 = sitofp i32 %656 to float
	%659 = fcmp ole float %658, %657
	%660 = uitofp i1 %659 to float
	%661 = fcmp une float %660, 0.0
	%662 = and i1 %655, %661
	%663 = select i1 %662, float %426, float 0xFFF0000000000000
	%664 = shl i32 %13, 1
	%665 = add i32 24, %664
	%666 = add i32 %216, %665
	%667 = icmp slt i32 %666, %N
	%668 = select i1 %667, i32 %666, i32 0
	%669 = sitofp i32 %450 to float
	%670 = sitofp i32 %668 to float
	%671 = fcmp ole float %670, %669
	%672 = uitofp i1 %671 to float
	%673 = fcmp une float %672, 0.0
	%674 = and i1 %667, %673
	%675 = select i1 %674, float %427, float 0xFFF0000000000000
	%676 = shl i32 %13, 1
	%677 = add i32 25, %676
	%678 = add i32 %216, %677
	%679 = icmp slt i32 %678, %N
	%680 = select i1 %679, i32 %678, i32 0
	%681 = sitofp i32 %450 to float
	%682 = sitofp i32 %680 to float
	%683 = fcmp ole float %682, %681
	%684 = uitofp i1 %683 to float
	%685 = fcmp une float %684, 0.0
	%686 = and i1 %679, %685
	%687 = select i1 %686, float %428, float 0xFFF0000000000000
	%688 = shl i32 %13, 1
	%689 = add i32 24, %688
	%690 = add i32 %216, %689
	%691 = icmp slt i32 %690, %N
	%692 = select i1 %691, i32 %690, i32 0
	%693 = sitofp i32 %454 to float
	%694 = sitofp i32 %692 to float
	%695 = fcmp ole float %694, %693
	%696 = uitofp i1 %695 to float
	%697 = fcmp une float %696, 0.0
	%698 = and i1 %691, %697
	%699 = select i1 %698, float %429, float 0xFFF0000000000000
	%700 = shl i32 %13, 1
	%701 = add i32 25, %700
	%702 = add i32 %216, %701
	%703 = icmp slt i32 %702, %N
	%704 = select i1 %703, i32 %702, i32 0
	%705 = sitofp i32 %454 to float
	%706 = sitofp i32 %704 to float
	%707 = fcmp ole float %706, %705
	%708 = uitofp i1 %707 to float
	%709 = fcmp une float %708, 0.0
	%710 = and i1 %703, %709
	%711 = select i1 %710, float %430, float 0xFFF0000000000000
	%712 = shl i32 %13, 1
	%713 = add i32 32, %712
	%714 = add i32 %216, %713
	%715 = icmp slt i32 %714, %N
	%716 = select i1 %715, i32 %714, i32 0
	%717 = sitofp i32 %450 to float
	%718 = sitofp i32 %716 to float
	%719 = fcmp ole float %718, %717
	%720 = uitofp i1 %719 to float
	%721 = fcmp une float %720, 0.0
	%722 = and i1 %715, %721
	%723 = select i1 %722, float %431, float 0xFFF0000000000000
	%724 = shl i32 %13, 1
	%725 = add i32 33, %724
	%726 = add i32 %216, %725
	%727 = icmp slt i32 %726, %N
	%728 = select i1 %727, i32 %726, i32 0
	%729 = sitofp i32 %450 to float
	%730 = sitofp i32 %728 to float
	%731 = fcmp ole float %730, %729
	%732 = uitofp i1 %731 to float
	%733 = fcmp une float %732, 0.0
	%734 = and i1 %727, %733
	%735 = select i1 %734, float %432, float 0xFFF0000000000000
	%736 = shl i32 %13, 1
	%737 = add i32 32, %736
	%738 = add i32 %216, %737
	%739 = icmp slt i32 %738, %N
	%740 = select i1 %739, i32 %738, i32 0
	%741 = sitofp i32 %454 to float
	%742 = sitofp i32 %740 to float
	%743 = fcmp ole float %742, %741
	%744 = uitofp i1 %743 to float
	%745 = fcmp une float %744, 0.0
	%746 = and i1 %739, %745
	%747 = select i1 %746, float %433, float 0xFFF0000000000000
	%748 = shl i32 %13, 1
	%749 = add i32 33, %748
	%750 = add i32 %216, %749
	%751 = icmp slt i32 %750, %N
	%752 = select i1 %751, i32 %750, i32 0
	%753 = sitofp i32 %454 to float
	%754 = sitofp i32 %752 to float
	%755 = fcmp ole float %754, %753
	%756 = uitofp i1 %755 to float
	%757 = fcmp une float %756, 0.0
	%758 = and i1 %751, %757
	%759 = select i1 %758, float %434, float 0xFFF0000000000000
	%760 = shl i32 %13, 1
	%761 = add i32 40, %760
	%762 = add i32 %216, %761
	%763 = icmp slt i32 %762, %N
	%764 = select i1 %763, i32 %762, i32 0
	%765 = sitofp i32 %450 to float
	%766 = sitofp i32 %764 to float
	%767 = fcmp ole float %766, %765
	%768 = uitofp i1 %767 to float
	%769 = fcmp une float %768, 0.0
	%770 = and i1 %763, %769
	%771 = select i1 %770, float %435, float 0xFFF0000000000000
	%772 = shl i32 %13, 1
	%773 = add i32 41, %772
	%774 = add i32 %216, %773
	%775 = icmp slt i32 %774, %N
	%776 = select i1 %775, i32 %774, i32 0
	%777 = sitofp i32 %450 to float
	%778 = sitofp i32 %776 to float
	%779 = fcmp ole float %778, %777
	%780 = uitofp i1 %779 to float
	%781 = fcmp une float %780, 0.0
	%782 = and i1 %775, %781
	%783 = select i1 %782, float %436, float 0xFFF0000000000000
	%784 = shl i32 %13, 1
	%785 = add i32 40, %784
	%786 = add i32 %216, %785
	%787 = icmp slt i32 %786, %N
	%788 = select i1 %787, i32 %786, i32 0
	%789 = sitofp i32 %454 to float
	%790 = sitofp i32 %788 to float
	%791 = fcmp ole float %790, %789
	%792 = uitofp i1 %791 to float
	%793 = fcmp une float %792, 0.0
	%794 = and i1 %787, %793
	%795 = select i1 %794, float %437, float 0xFFF0000000000000
	%796 = shl i32 %13, 1
	%797 = add i32 41, %796
	%798 = add i32 %216, %797
	%799 = icmp slt i32 %798, %N
	%800 = select i1 %799, i32 %798, i32 0
	%801 = sitofp i32 %454 to float
	%802 = sitofp i32 %800 to float
	%803 = fcmp ole float %802, %801
	%804 = uitofp i1 %803 to float
	%805 = fcmp une float %804, 0.0
	%806 = and i1 %799, %805
	%807 = select i1 %806, float %438, float 0xFFF0000000000000
	%808 = shl i32 %13, 1
	%809 = add i32 48, %808
	%810 = add i32 %216, %809
	%811 = icmp slt i32 %810, %N
	%812 = select i1 %811, i32 %810, i32 0
	%813 = sitofp i32 %450 to float
	%814 = sitofp i32 %812 to float
	%815 = fcmp ole float %814, %813
	%816 = uitofp i1 %815 to float
	%817 = fcmp une float %816, 0.0
	%818 = and i1 %811, %817
	%819 = select i1 %818, float %439, float 0xFFF0000000000000
	%820 = shl i32 %13, 1
	%821 = add i32 49, %820
	%822 = add i32 %216, %821
	%823 = icmp slt i32 %822, %N
	%824 = select i1 %823, i32 %822, i32 0
	%825 = sitofp i32 %450 to float
	%826 = sitofp i32 %824 to float
	%827 = fcmp ole float %826, %825
	%828 = uitofp i1 %827 to float
	%829 = fcmp une float %828, 0.0
	%830 = and i1 %823, %829
	%831 = select i1 %830, float %440, float 0xFFF0000000000000
	%832 = shl i32 %13, 1
	%833 = add i32 48, %832
	%834 = add i32 %216, %833
	%835 = icmp slt i32 %834, %N
	%836 = select i1 %835, i32 %834, i32 0
	%837 = sitofp i32 %454 to float
	%838 = sitofp i32 %836 to float
	%839 = fcmp ole float %838, %837
	%840 = uitofp i1 %839 to float
	%841 = fcmp une float %840, 0.0
	%842 = and i1 %835, %841
	%843 = select i1 %842, float %441, float 0xFFF0000000000000
	%844 = shl i32 %13, 1
	%845 = add i32 49, %844
	%846 = add i32 %216, %845
	%847 = icmp slt i32 %846, %N
	%848 = select i1 %847, i32 %846, i32 0
	%849 = sitofp i32 %454 to float
	%850 = sitofp i32 %848 to float
	%851 = fcmp ole float %850, %849
	%852 = uitofp i1 %851 to float
	%853 = fcmp une float %852, 0.0
	%854 = and i1 %847, %853
	%855 = select i1 %854, float %442, float 0xFFF0000000000000
	%856 = shl i32 %13, 1
	%857 = add i32 56, %856
	%858 = add i32 %216, %857
	%859 = icmp slt i32 %858, %N
	%860 = select i1 %859, i32 %858, i32 0
	%861 = sitofp i32 %450 to float
	%862 = sitofp i32 %860 to float
	%863 = fcmp ole float %862, %861
	%864 = uitofp i1 %863 to float
	%865 = fcmp une float %864, 0.0
	%866 = and i1 %859, %865
	%867 = select i1 %866, float %443, float 0xFFF0000000000000
	%868 = shl i32 %13, 1
	%869 = add i32 57, %868
	%870 = add i32 %216, %869
	%871 = icmp slt i32 %870, %N
	%872 = select i1 %871, i32 %870, i32 0
	%873 = sitofp i32 %450 to float
	%874 = sitofp i32 %872 to float
	%875 = fcmp ole float %874, %873
	%876 = uitofp i1 %875 to float
	%877 = fcmp une float %876, 0.0
	%878 = and i1 %871, %877
	%879 = select i1 %878, float %444, float 0xFFF0000000000000
	%880 = shl i32 %13, 1
	%881 = add i32 56, %880
	%882 = add i32 %216, %881
	%883 = icmp slt i32 %882, %N
	%884 = select i1 %883, i32 %882, i32 0
	%885 = sitofp i32 %454 to float
	%886 = sitofp i32 %884 to float
	%887 = fcmp ole float %886, %885
	%888 = uitofp i1 %887 to float
	%889 = fcmp une float %888, 0.0
	%890 = and i1 %883, %889
	%891 = select i1 %890, float %445, float 0xFFF0000000000000
	%892 = shl i32 %13, 1
	%893 = add i32 57, %892
	%894 = add i32 %216, %893
	%895 = icmp slt i32 %894, %N
	%896 = select i1 %895, i32 %894, i32 0
	%897 = sitofp i32 %454 to float
	%898 = sitofp i32 %896 to float
	%899 = fcmp ole float %898, %897
	%900 = uitofp i1 %899 to float
	%901 = fcmp une float %900, 0.0
	%902 = and i1 %895, %901
	%903 = select i1 %902, float %446, float 0xFFF0000000000000
	br label %softmax

softmax:
	%904 = phi float [ %415, %loop ], [ %531, %partial ]
	%905 = phi float [ %416, %loop ], [ %543, %partial ]
	%906 = phi float [ %417, %loop ], [ %555, %partial ]
	%907 = phi float [ %418, %loop ], [ %567, %partial ]
	%908 = phi float [ %419, %loop ], [ %579, %partial ]
	%909 = phi float [ %420, %loop ], [ %591, %partial ]
	%910 = phi float [ %421, %loop ], [ %603, %partial ]
	%911 = phi float [ %422, %loop ], [ %615, %partial ]
	%912 = phi float [ %423, %loop ], [ %627, %partial ]
	%913 = phi float [ %424, %loop ], [ %639, %partial ]
	%914 = phi float [ %425, %loop ], [ %651, %partial ]
	%915 = phi float [ %426, %loop ], [ %663, %partial ]
	%916 = phi float [ %427, %loop ], [ %675, %partial ]
	%917 = phi float [ %428, %loop ], [ %687, %partial ]
	%918 = phi float [ %429, %loop ], [ %699, %partial ]
	%919 = phi float [ %430, %loop ], [ %711, %partial ]
	%920 = phi float [ %431, %loop ], [ %723, %partial ]
	%921 = phi float [ %432, %loop ], [ %735, %partial ]
	%922 = phi float [ %433, %loop ], [ %747, %partial ]
	%923 = phi float [ %434, %loop ], [ %759, %partial ]
	%924 = phi float [ %435, %loop ], [ %771, %partial ]
	%925 = phi float [ %436, %loop ], [ %783, %partial ]
	%926 = phi float [ %437, %loop ], [ %795, %partial ]
	%927 = phi float [ %438, %loop ], [ %807, %partial ]
	%928 = phi float [ %439, %loop ], [ %819, %partial ]
	%929 = phi float [ %440, %loop ], [ %831, %partial ]
	%930 = phi float [ %441, %loop ], [ %843, %partial ]
	%931 = phi float [ %442, %loop ], [ %855, %partial ]
	%932 = phi float [ %443, %loop ], [ %867, %partial ]
	%933 = phi float [ %444, %loop ], [ %879, %partial ]
	%934 = phi float [ %445, %loop ], [ %891, %partial ]
	%935 = phi float [ %446, %loop ], [ %903, %partial ]
	%936 = call float @llvm.nvvm.fmax.f(float %904, float %905)
	%937 = call float @llvm.nvvm.fmax.f(float %908, float %909)
	%938 = call float @llvm.nvvm.fmax.f(float %912, float %913)
	%939 = call float @llvm.nvvm.fmax.f(float %916, float %917)
	%940 = call float @llvm.nvvm.fmax.f(float %920, float %921)
	%941 = call float @llvm.nvvm.fmax.f(float %924, float %925)
	%942 = call float @llvm.nvvm.fmax.f(float %928, float %929)
	%943 = call float @llvm.nvvm.fmax.f(float %932, float %933)
	%944 = call float @llvm.nvvm.fmax.f(float %936, float %937)
	%945 = call float @llvm.nvvm.fmax.f(float %938, float %939)
	%946 = call float @llvm.nvvm.fmax.f(float %940, float %941)
	%947 = call float @llvm.nvvm.fmax.f(float %942, float %943)
	%948 = call float @llvm.nvvm.fmax.f(float %944, float %945)
	%949 = call float @llvm.nvvm.fmax.f(float %946, float %947)
	%950 = call float @llvm.nvvm.fmax.f(float %948, float %949)
	%951 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %950, i32 1, i32 31)
	%952 = call float @llvm.nvvm.fmax.f(float %950, float %951)
	%953 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %952, i32 2, i32 31)
	%954 = call float @llvm.nvvm.fmax.f(float %952, float %953)
	%955 = fmul float %954, 0x3FC7154760000000
	%956 = call float @llvm.nvvm.fmax.f(float %212, float %955)
	%957 = fadd float %212, 8.0
	%958 = fcmp ogt float %956, %957
	%959 = or i1 false, %958
	%960 = call float @llvm.nvvm.fmax.f(float %906, float %907)
	%961 = call float @llvm.nvvm.fmax.f(float %910, float %911)
	%962 = call float @llvm.nvvm.fmax.f(float %914, float %915)
	%963 = call float @llvm.nvvm.fmax.f(float %918, float %919)
	%964 = call float @llvm.nvvm.fmax.f(float %922, float %923)
	%965 = call float @llvm.nvvm.fmax.f(float %926, float %927)
	%966 = call float @llvm.nvvm.fmax.f(float %930, float %931)
	%967 = call float @llvm.nvvm.fmax.f(float %934, float %935)
	%968 = call float @llvm.nvvm.fmax.f(float %960, float %961)
	%969 = call float @llvm.nvvm.fmax.f(float %962, float %963)
	%970 = call float @llvm.nvvm.fmax.f(float %964, float %965)
	%971 = call float @llvm.nvvm.fmax.f(float %966, float %967)
	%972 = call float @llvm.nvvm.fmax.f(float %968, float %969)
	%973 = call float @llvm.nvvm.fmax.f(float %970, float %971)
	%974 = call float @llvm.nvvm.fmax.f(float %972, float %973)
	%975 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %974, i32 1, i32 31)
	%976 = call float @llvm.nvvm.fmax.f(float %974, float %975)
	%977 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %976, i32 2, i32 31)
	%978 = call float @llvm.nvvm.fmax.f(float %976, float %977)
	%979 = fmul float %978, 0x3FC7154760000000
	%980 = call float @llvm.nvvm.fmax.f(float %214, float %979)
	%981 = fadd float %214, 8.0
	%982 = fcmp ogt float %980, %981
	%983 = or i1 %959, %982
	%984 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %983)
	br i1 %984, label %985, label %1028

985:
	%986 = fcmp oeq float %956, 0xFFF0000000000000
	%987 = select i1 %986, float 0.0, float %956
	%988 = fsub float %212, %987
	%989 = call float @llvm.nvvm.ex2.approx.ftz.f(float %988)
	%990 = fcmp oeq float %980, 0xFFF0000000000000
	%991 = select i1 %990, float 0.0, float %980
	%992 = fsub float %214, %991
	%993 = call float @llvm.nvvm.ex2.approx.ftz.f(float %992)
	%994 = fmul float %180, %989
	%995 = fmul float %181, %989
	%996 = fmul float %182, %993
	%997 = fmul float %183, %993
	%998 = fmul float %184, %989
	%999 = fmul float %185, %989
	%1000 = fmul float %186, %993
	%1001 = fmul float %187, %993
	%1002 = fmul float %188, %989
	%1003 = fmul float %189, %989
	%1004 = fmul float %190, %993
	%1005 = fmul float %191, %993
	%1006 = fmul float %192, %989
	%1007 = fmul float %193, %989
	%1008 = fmul float %194, %993
	%1009 = fmul float %195, %993
	%1010 = fmul float %196, %989
	%1011 = fmul float %197, %989
	%1012 = fmul float %198, %993
	%1013 = fmul float %199, %993
	%1014 = fmul float %200, %989
	%1015 = fmul float %201, %989
	%1016 = fmul float %202, %993
	%1017 = fmul float %203, %993
	%1018 = fmul float %204, %989
	%1019 = fmul float %205, %989
	%1020 = fmul float %206, %993
	%1021 = fmul float %207, %993
	%1022 = fmul float %208, %989
	%1023 = fmul float %209, %989
	%1024 = fmul float %210, %993
	%1025 = fmul float %211, %993
	%1026 = fmul float %213, %989
	%1027 = fmul float %215, %993
	br label %1028

1028:
	%1029 = phi float [ %180, %softmax ], [ %994, %985 ]
	%1030 = phi float [ %181, %softmax ], [ %995, %985 ]
	%1031 = phi float [ %182, %softmax ], [ %996, %985 ]
	%1032 = phi float [ %183, %softmax ], [ %997, %985 ]
	%1033 = phi float [ %184, %softmax ], [ %998, %985 ]
	%1034 = phi float [ %185, %softmax ], [ %999, %985 ]
	%1035 = phi float [ %186, %softmax ], [ %1000, %985 ]
	%1036 = phi float [ %187, %softmax ], [ %1001, %985 ]
	%1037 = phi float [ %188, %softmax ], [ %1002, %985 ]
	%1038 = phi float [ %189, %softmax ], [ %1003, %985 ]
	%1039 = phi float [ %190, %softmax ], [ %1004, %985 ]
	%1040 = phi float [ %191, %softmax ], [ %1005, %985 ]
	%1041 = phi float [ %192, %softmax ], [ %1006, %985 ]
	%1042 = phi float [ %193, %softmax ], [ %1007, %985 ]
	%1043 = phi float [ %194, %softmax ], [ %1008, %985 ]
	%1044 = phi float [ %195, %softmax ], [ %1009, %985 ]
	%1045 = phi float [ %196, %softmax ], [ %1010, %985 ]
	%1046 = phi float [ %197, %softmax ], [ %1011, %985 ]
	%1047 = phi float [ %198, %softmax ], [ %1012, %985 ]
	%1048 = phi float [ %199, %softmax ], [ %1013, %985 ]
	%1049 = phi float [ %200, %softmax ], [ %1014, %985 ]
	%1050 = phi float [ %201, %softmax ], [ %1015, %985 ]
	%1051 = phi float [ %202, %softmax ], [ %1016, %985 ]
	%1052 = phi float [ %203, %softmax ], [ %1017, %985 ]
	%1053 = phi float [ %204, %softmax ], [ %1018, %985 ]
	%1054 = phi float [ %205, %softmax ], [ %1019, %985 ]
	%1055 = phi float [ %206, %softmax ], [ %1020, %985 ]
	%1056 = phi float [ %207, %softmax ], [ %1021, %985 ]
	%1057 = phi float [ %208, %softmax ], [ %1022, %985 ]
	%1058 = phi float [ %209, %softmax ], [ %1023, %985 ]
	%1059 = phi float [ %210, %softmax ], [ %1024, %985 ]
	%1060 = phi float [ %211, %softmax ], [ %1025, %985 ]
	%1061 = phi float [ %213, %softmax ], [ %1026, %985 ]
	%1062 = phi float [ %215, %softmax ], [ %1027, %985 ]
	%1063 = select i1 %984, float %956, float %212
	%1064 = fcmp oeq float %1063, 0xFFF0000000000000
	%1065 = select i1 %1064, float 0.0, float %1063
	%1066 = fneg float %1065
	%1067 = call float @llvm.fma.f32(float %904, float 0x3FC7154760000000, float %1066)
	%1068 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1067)
	%1069 = call float @llvm.fma.f32(float %905, float 0x3FC7154760000000, float %1066)
	%1070 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1069)
	%1071 = call float @llvm.fma.f32(float %908, float 0x3FC7154760000000, float %1066)
	%1072 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1071)
	%1073 = call float @llvm.fma.f32(float %909, float 0x3FC7154760000000, float %1066)
	%1074 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1073)
	%1075 = call float @llvm.fma.f32(float %912, float 0x3FC7154760000000, float %1066)
	%1076 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1075)
	%1077 = call float @llvm.fma.f32(float %913, float 0x3FC7154760000000, float %1066)
	%1078 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1077)
	%1079 = call float @llvm.fma.f32(float %916, float 0x3FC7154760000000, float %1066)
	%1080 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1079)
	%1081 = call float @llvm.fma.f32(float %917, float 0x3FC7154760000000, float %1066)
	%1082 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1081)
	%1083 = call float @llvm.fma.f32(float %920, float 0x3FC7154760000000, float %1066)
	%1084 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1083)
	%1085 = call float @llvm.fma.f32(float %921, float 0x3FC7154760000000, float %1066)
	%1086 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1085)
	%1087 = call float @llvm.fma.f32(float %924, float 0x3FC7154760000000, float %1066)
	%1088 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1087)
	%1089 = call float @llvm.fma.f32(float %925, float 0x3FC7154760000000, float %1066)
	%1090 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1089)
	%1091 = call float @llvm.fma.f32(float %928, float 0x3FC7154760000000, float %1066)
	%1092 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1091)
	%1093 = call float @llvm.fma.f32(float %929, float 0x3FC7154760000000, float %1066)
	%1094 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1093)
	%1095 = call float @llvm.fma.f32(float %932, float 0x3FC7154760000000, float %1066)
	%1096 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1095)
	%1097 = call float @llvm.fma.f32(float %933, float 0x3FC7154760000000, float %1066)
	%1098 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1097)
	%1099 = fadd float %1068, %1070
	%1100 = fadd float %1072, %1074
	%1101 = fadd float %1076, %1078
	%1102 = fadd float %1080, %1082
	%1103 = fadd float %1084, %1086
	%1104 = fadd float %1088, %1090
	%1105 = fadd float %1092, %1094
	%1106 = fadd float %1096, %1098
	%1107 = fadd float %1099, %1100
	%1108 = fadd float %1101, %1102
	%1109 = fadd float %1103, %1104
	%1110 = fadd float %1105, %1106
	%1111 = fadd float %1107, %1108
	%1112 = fadd float %1109, %1110
	%1113 = fadd float %1111, %1112
	%1114 = fadd float %1061, %1113
	%1115 = select i1 %984, float %980, float %214
	%1116 = fcmp oeq float %1115, 0xFFF0000000000000
	%1117 = select i1 %1116, float 0.0, float %1115
	%1118 = fneg float %1117
	%1119 = call float @llvm.fma.f32(float %906, float 0x3FC7154760000000, float %1118)
	%1120 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1119)
	%1121 = call float @llvm.fma.f32(float %907, float 0x3FC7154760000000, float %1118)
	%1122 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1121)
	%1123 = call float @llvm.fma.f32(float %910, float 0x3FC7154760000000, float %1118)
	%1124 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1123)
	%1125 = call float @llvm.fma.f32(float %911, float 0x3FC7154760000000, float %1118)
	%1126 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1125)
	%1127 = call float @llvm.fma.f32(float %914, float 0x3FC7154760000000, float %1118)
	%1128 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1127)
	%1129 = call float @llvm.fma.f32(float %915, float 0x3FC7154760000000, float %1118)
	%1130 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1129)
	%1131 = call float @llvm.fma.f32(float %918, float 0x3FC7154760000000, float %1118)
	%1132 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1131)
	%1133 = call float @llvm.fma.f32(float %919, float 0x3FC7154760000000, float %1118)
	%1134 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1133)
	%1135 = call float @llvm.fma.f32(float %922, float 0x3FC7154760000000, float %1118)
	%1136 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1135)
	%1137 = call float @llvm.fma.f32(float %923, float 0x3FC7154760000000, float %1118)
	%1138 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1137)
	%1139 = call float @llvm.fma.f32(float %926, float 0x3FC7154760000000, float %1118)
	%1140 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1139)
	%1141 = call float @llvm.fma.f32(float %927, float 0x3FC7154760000000, float %1118)
	%1142 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1141)
	%1143 = call float @llvm.fma.f32(float %930, float 0x3FC7154760000000, float %1118)
	%1144 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1143)
	%1145 = call float @llvm.fma.f32(float %931, float 0x3FC7154760000000, float %1118)
	%1146 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1145)
	%1147 = call float @llvm.fma.f32(float %934, float 0x3FC7154760000000, float %1118)
	%1148 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1147)
	%1149 = call float @llvm.fma.f32(float %935, float 0x3FC7154760000000, float %1118)
	%1150 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1149)
	%1151 = fadd float %1120, %1122
	%1152 = fadd float %1124, %1126
	%1153 = fadd float %1128, %1130
	%1154 = fadd float %1132, %1134
	%1155 = fadd float %1136, %1138
	%1156 = fadd float %1140, %1142
	%1157 = fadd float %1144, %1146
	%1158 = fadd float %1148, %1150
	%1159 = fadd float %1151, %1152
	%1160 = fadd float %1153, %1154
	%1161 = fadd float %1155, %1156
	%1162 = fadd float %1157, %1158
	%1163 = fadd float %1159, %1160
	%1164 = fadd float %1161, %1162
	%1165 = fadd float %1163, %1164
	%1166 = fadd float %1062, %1165
	%1167 = icmp eq i32 %13, 0
	%1168 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1113, i32 1, i32 31)
	%1169 = fadd float %1113, %1168
	%1170 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1169, i32 2, i32 31)
	%1171 = fadd float %1169, %1170
	%1172 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1114, i32 1, i32 31)
	%1173 = fadd float %1114, %1172
	%1174 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1173, i32 2, i32 31)
	%1175 = fadd float %1173, %1174
	%1176 = fcmp ogt float %1175, 0.0
	%1177 = icmp slt i32 %450, %M
	%1178 = and i1 %1176, %1177
	%1179 = select i1 %1178, float %1175, float 1.0
	%1180 = fdiv float %1171, %1179
	%1181 = and i1 %1178, %1167
	%1182 = fadd float 0.0, %1180
	%1183 = select i1 %1181, float %1182, float 0.0
	%1184 = and i1 %1178, %1167
	%1185 = fadd float 0.0, 1.0
	%1186 = select i1 %1184, float %1185, float 0.0
	%1187 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1165, i32 1, i32 31)
	%1188 = fadd float %1165, %1187
	%1189 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1188, i32 2, i32 31)
	%1190 = fadd float %1188, %1189
	%1191 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1166, i32 1, i32 31)
	%1192 = fadd float %1166, %1191
	%1193 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1192, i32 2, i32 31)
	%1194 = fadd float %1192, %1193
	%1195 = fcmp ogt float %1194, 0.0
	%1196 = icmp slt i32 %454, %M
	%1197 = and i1 %1195, %1196
	%1198 = select i1 %1197, float %1194, float 1.0
	%1199 = fdiv float %1190, %1198
	%1200 = and i1 %1197, %1167
	%1201 = fadd float %1183, %1199
	%1202 = select i1 %1200, float %1201, float %1183
	%1203 = and i1 %1197, %1167
	%1204 = fadd float %1186, 1.0
	%1205 = select i1 %1203, float %1204, float %1186
	%1206 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1202, i32 16, i32 31)
	%1207 = fadd float %1202, %1206
	%1208 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1205, i32 16, i32 31)
	%1209 = fadd float %1205, %1208
	%1210 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1207, i32 8, i32 31)
	%1211 = fadd float %1207, %1210
	%1212 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1209, i32 8, i32 31)
	%1213 = fadd float %1209, %1212
	%1214 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1211, i32 4, i32 31)
	%1215 = fadd float %1211, %1214
	%1216 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1213, i32 4, i32 31)
	%1217 = fadd float %1213, %1216
	%1218 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1215, i32 2, i32 31)
	%1219 = fadd float %1215, %1218
	%1220 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1217, i32 2, i32 31)
	%1221 = fadd float %1217, %1220
	%1222 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1219, i32 1, i32 31)
	%1223 = fadd float %1219, %1222
	%1224 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1221, i32 1, i32 31)
	%1225 = fadd float %1221, %1224
	%1226 = icmp eq i32 %11, 0
	br i1 %1226, label %1227, label %1234

1227:
	%1228 = mul i32 %10, 2
	%1229 = add i32 %1228, 0
	%1230 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1229
	store float %1223, float addrspace(3)* %1230
	%1231 = mul i32 %10, 2
	%1232 = add i32 %1231, 1
	%1233 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1232
	store float %1225, float addrspace(3)* %1233
	br label %1234

1234:
	%1235 = add i32 %176, 1
	%1236 = icmp sge i32 %178, 0
	%1237 = add i32 %176, 2
	%1238 = icmp slt i32 %1237, %NK
	%1239 = and i1 %1236, %1238
	%1240 = select i1 %1239, i32 %1237, i32 0
	%1241 = add i32 %48, %1240
	%1242 = sext i32 %1241 to i64
	%1243 = getelementptr i32, i32* %list, i64 %1242
	%1244 = load i32, i32* %1243
	%1245 = select i1 %1239, i32 %1244, i32 -1
	%1246 = icmp sge i32 %178, 0
	%1247 = icmp slt i32 %178, %NK
	%1248 = and i1 %1246, %1247
	%1249 = select i1 %1248, i32 %178, i32 0
	%1250 = add i32 %52, %1249
	%1251 = sext i32 %1250 to i64
	%1252 = getelementptr i8, i8* %cls, i64 %1251
	%1253 = load i8, i8* %1252
	%1254 = add i32 %NK, %176
	%1255 = add i32 %48, %1254
	%1256 = sext i32 %1255 to i64
	%1257 = getelementptr i32, i32* %list, i64 %1256
	%1258 = load i32, i32* %1257
	%1259 = icmp eq i32 %1258, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%1260 = mul i32 0, 2
	%1261 = add i32 %1260, 0
	%1262 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1261
	%1263 = load float, float addrspace(3)* %1262
	%1264 = fadd float 0.0, %1263
	%1265 = mul i32 0, 2
	%1266 = add i32 %1265, 1
	%1267 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1266
	%1268 = load float, float addrspace(3)* %1267
	%1269 = fadd float 0.0, %1268
	%1270 = mul i32 1, 2
	%1271 = add i32 %1270, 0
	%1272 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1271
	%1273 = load float, float addrspace(3)* %1272
	%1274 = fadd float %1264, %1273
	%1275 = mul i32 1, 2
	%1276 = add i32 %1275, 1
	%1277 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1276
	%1278 = load float, float addrspace(3)* %1277
	%1279 = fadd float %1269, %1278
	%1280 = mul i32 2, 2
	%1281 = add i32 %1280, 0
	%1282 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1281
	%1283 = load float, float addrspace(3)* %1282
	%1284 = fadd float %1274, %1283
	%1285 = mul i32 2, 2
	%1286 = add i32 %1285, 1
	%1287 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1286
	%1288 = load float, float addrspace(3)* %1287
	%1289 = fadd float %1279, %1288
	%1290 = mul i32 3, 2
	%1291 = add i32 %1290, 0
	%1292 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1291
	%1293 = load float, float addrspace(3)* %1292
	%1294 = fadd float %1284, %1293
	%1295 = mul i32 3, 2
	%1296 = add i32 %1295, 1
	%1297 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1296
	%1298 = load float, float addrspace(3)* %1297
	%1299 = fadd float %1289, %1298
	%1300 = fcmp ogt float %1299, 0.0
	%1301 = select i1 %1300, float %1299, float 1.0
	%1302 = fdiv float %1294, %1301
	%1303 = fcmp ogt float %1299, 0.0
	%1304 = and i1 %1259, %1303
	%1305 = fcmp olt float %1302, 0x3F50624DE0000000
	%1306 = and i1 %1304, %1305
	%1307 = xor i1 %1306, true
	%1308 = and i1 %1236, %1307
	br i1 %1308, label %prefetch, label %pv

prefetch:
	%1309 = mul i32 %178, 64
	%1310 = lshr i32 %9, 3
	%1311 = and i32 %9, 7
	%1312 = lshr i32 %1311, 3
	%1313 = mul i32 %1312, u0x2000
	%1314 = and i32 %1311, 7
	%1315 = and i32 %1310, 7
	%1316 = xor i32 %1314, %1315
	%1317 = mul i32 %1310, 128
	%1318 = shl i32 %1316, 4
	%1319 = add i32 %1317, %1318
	%1320 = add i32 %1313, %1319
	%1321 = add i32 %0, %1320
	%1322 = add i32 %1309, %1310
	%1323 = mul i32 %1322, 64
	%1324 = mul i32 %1311, 8
	%1325 = add i32 %1323, %1324
	%1326 = sext i32 %1325 to i64
	%1327 = getelementptr i16, i16* %39, i64 %1326
	%1328 = add i32 %1322, 0
	%1329 = icmp slt i32 %1328, %N
	%1330 = getelementptr i16, i16* %1327, i64 0
	%1331 = select i1 %1329, i16* %1330, i16* %39
	%1332 = add i32 %1321, 0
	%1333 = select i1 %1329, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1332, i16* %1331, i32 %1333)
	%1334 = add i32 %1322, 16
	%1335 = icmp slt i32 %1334, %N
	%1336 = getelementptr i16, i16* %1327, i64 1024
	%1337 = select i1 %1335, i16* %1336, i16* %39
	%1338 = add i32 %1321, 2048
	%1339 = select i1 %1335, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1338, i16* %1337, i32 %1339)
	%1340 = add i32 %1322, 32
	%1341 = icmp slt i32 %1340, %N
	%1342 = getelementptr i16, i16* %1327, i64 2048
	%1343 = select i1 %1341, i16* %1342, i16* %39
	%1344 = add i32 %1321, u0x1000
	%1345 = select i1 %1341, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1344, i16* %1343, i32 %1345)
	%1346 = add i32 %1322, 48
	%1347 = icmp slt i32 %1346, %N
	%1348 = getelementptr i16, i16* %1327, i64 3072
	%1349 = select i1 %1347, i16* %1348, i16* %39
	%1350 = add i32 %1321, 6144
	%1351 = select i1 %1347, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1350, i16* %1349, i32 %1351)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1352 = and i32 %11, 7
	%1353 = lshr i32 %11, 3
	%1354 = and i32 %1353, 1
	%1355 = shl i32 %1354, 3
	%1356 = add i32 %1352, %1355
	%1357 = mul i32 %1356, 128
	%1358 = add i32 %1, %1357
	%1359 = and i32 %11, 7
	%1360 = xor i32 %123, %1359
	%1361 = shl i32 %1360, 4
	%1362 = add i32 %1358, %1361
	%1363 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1070, float %1068)
	%1364 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1122, float %1120)
	%1365 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1074, float %1072)
	%1366 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1126, float %1124)
	%1367 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1078, float %1076)
	%1368 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1130, float %1128)
	%1369 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1082, float %1080)
	%1370 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1134, float %1132)
	%1371 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1086, float %1084)
	%1372 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1138, float %1136)
	%1373 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1090, float %1088)
	%1374 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1142, float %1140)
	%1375 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1094, float %1092)
	%1376 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1146, float %1144)
	%1377 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1098, float %1096)
	%1378 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1150, float %1148)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1379 = add i32 %8, 0
	%1380 = zext i32 %1379 to i64
	%1381 = or i64 %1380, u0x4000004002000000
	%1382 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1029, float %1030, float %1031, float %1032, float %1033, float %1034, float %1035, float %1036, float %1037, float %1038, float %1039, float %1040, float %1041, float %1042, float %1043, float %1044, float %1045, float %1046, float %1047, float %1048, float %1049, float %1050, float %1051, float %1052, float %1053, float %1054, float %1055, float %1056, float %1057, float %1058, float %1059, float %1060, i32 %1363, i32 %1364, i32 %1365, i32 %1366, i64 %1381, i32 1)
	%1383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 0
	%1384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 1
	%1385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 2
	%1386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 3
	%1387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 4
	%1388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 5
	%1389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 6
	%1390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 7
	%1391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 8
	%1392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 9
	%1393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 10
	%1394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 11
	%1395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 12
	%1396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 13
	%1397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 14
	%1398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 15
	%1399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 16
	%1400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 17
	%1401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 18
	%1402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 19
	%1403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 20
	%1404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 21
	%1405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 22
	%1406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 23
	%1407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 24
	%1408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 25
	%1409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 26
	%1410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 27
	%1411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 28
	%1412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 29
	%1413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 30
	%1414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1382, 31
	%1415 = add i32 %8, 128
	%1416 = zext i32 %1415 to i64
	%1417 = or i64 %1416, u0x4000004002000000
	%1418 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1383, float %1384, float %1385, float %1386, float %1387, float %1388, float %1389, float %1390, float %1391, float %1392, float %1393, float %1394, float %1395, float %1396, float %1397, float %1398, float %1399, float %1400, float %1401, float %1402, float %1403, float %1404, float %1405, float %1406, float %1407, float %1408, float %1409, float %1410, float %1411, float %1412, float %1413, float %1414, i32 %1367, i32 %1368, i32 %1369, i32 %1370, i64 %1417, i32 1)
	%1419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 0
	%1420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 1
	%1421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 2
	%1422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 3
	%1423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 4
	%1424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 5
	%1425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 6
	%1426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 7
	%1427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 8
	%1428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 9
	%1429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 10
	%1430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 11
	%1431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 12
	%1432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 13
	%1433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 14
	%1434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 15
	%1435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 16
	%1436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 17
	%1437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 18
	%1438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 19
	%1439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 20
	%1440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 21
	%1441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 22
	%1442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 23
	%1443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 24
	%1444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 25
	%1445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 26
	%1446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 27
	%1447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 28
	%1448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 29
	%1449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 30
	%1450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1418, 31
	%1451 = add i32 %8, 256
	%1452 = zext i32 %1451 to i64
	%1453 = or i64 %1452, u0x4000004002000000
	%1454 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1419, float %1420, float %1421, float %1422, float %1423, float %1424, float %1425, float %1426, float %1427, float %1428, float %1429, float %1430, float %1431, float %1432, float %1433, float %1434, float %1435, float %1436, float %1437, float %1438, float %1439, float %1440, float %1441, float %1442, float %1443, float %1444, float %1445, float %1446, float %1447, float %1448, float %1449, float %1450, i32 %1371, i32 %1372, i32 %1373, i32 %1374, i64 %1453, i32 1)
	%1455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 0
	%1456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 1
	%1457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 2
	%1458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 3
	%1459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 4
	%1460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 5
	%1461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 6
	%1462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 7
	%1463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 8
	%1464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 9
	%1465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 10
	%1466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 11
	%1467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 12
	%1468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 13
	%1469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 14
	%1470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 15
	%1471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 16
	%1472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 17
	%1473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 18
	%1474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 19
	%1475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 20
	%1476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 21
	%1477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 22
	%1478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 23
	%1479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 24
	%1480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 25
	%1481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 26
	%1482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 27
	%1483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 28
	%1484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 29
	%1485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 30
	%1486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1454, 31
	%1487 = add i32 %8, 384
	%1488 = zext i32 %1487 to i64
	%1489 = or i64 %1488, u0x4000004002000000
	%1490 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1455, float %1456, float %1457, float %1458, float %1459, float %1460, float %1461, float %1462, float %1463, float %1464, float %1465, float %1466, float %1467, float %1468, float %1469, float %1470, float %1471, float %1472, float %1473, float %1474, float %1475, float %1476, float %1477, float %1478, float %1479, float %1480, float %1481, float %1482, float %1483, float %1484, float %1485, float %1486, i32 %1375, i32 %1376, i32 %1377, i32 %1378, i64 %1489, i32 1)
	%1491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 0
	%1492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 1
	%1493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 2
	%1494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 3
	%1495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 4
	%1496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 5
	%1497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 6
	%1498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 7
	%1499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 8
	%1500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 9
	%1501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 10
	%1502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 11
	%1503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 12
	%1504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 13
	%1505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 14
	%1506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 15
	%1507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 16
	%1508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 17
	%1509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 18
	%1510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 19
	%1511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 20
	%1512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 21
	%1513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 22
	%1514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 23
	%1515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 24
	%1516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 25
	%1517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 26
	%1518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 27
	%1519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 28
	%1520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 29
	%1521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 30
	%1522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1490, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1523 = call float asm sideeffect "", "=f,0"(float %1491)
	%1524 = call float asm sideeffect "", "=f,0"(float %1492)
	%1525 = call float asm sideeffect "", "=f,0"(float %1493)
	%1526 = call float asm sideeffect "", "=f,0"(float %1494)
	%1527 = call float asm sideeffect "", "=f,0"(float %1495)
	%1528 = call float asm sideeffect "", "=f,0"(float %1496)
	%1529 = call float asm sideeffect "", "=f,0"(float %1497)
	%1530 = call float asm sideeffect "", "=f,0"(float %1498)
	%1531 = call float asm sideeffect "", "=f,0"(float %1499)
	%1532 = call float asm sideeffect "", "=f,0"(float %1500)
	%1533 = call float asm sideeffect "", "=f,0"(float %1501)
	%1534 = call float asm sideeffect "", "=f,0"(float %1502)
	%1535 = call float asm sideeffect "", "=f,0"(float %1503)
	%1536 = call float asm sideeffect "", "=f,0"(float %1504)
	%1537 = call float asm sideeffect "", "=f,0"(float %1505)
	%1538 = call float asm sideeffect "", "=f,0"(float %1506)
	%1539 = call float asm sideeffect "", "=f,0"(float %1507)
	%1540 = call float asm sideeffect "", "=f,0"(float %1508)
	%1541 = call float asm sideeffect "", "=f,0"(float %1509)
	%1542 = call float asm sideeffect "", "=f,0"(float %1510)
	%1543 = call float asm sideeffect "", "=f,0"(float %1511)
	%1544 = call float asm sideeffect "", "=f,0"(float %1512)
	%1545 = call float asm sideeffect "", "=f,0"(float %1513)
	%1546 = call float asm sideeffect "", "=f,0"(float %1514)
	%1547 = call float asm sideeffect "", "=f,0"(float %1515)
	%1548 = call float asm sideeffect "", "=f,0"(float %1516)
	%1549 = call float asm sideeffect "", "=f,0"(float %1517)
	%1550 = call float asm sideeffect "", "=f,0"(float %1518)
	%1551 = call float asm sideeffect "", "=f,0"(float %1519)
	%1552 = call float asm sideeffect "", "=f,0"(float %1520)
	%1553 = call float asm sideeffect "", "=f,0"(float %1521)
	%1554 = call float asm sideeffect "", "=f,0"(float %1522)
	br i1 %1308, label %loop, label %epilogue

store0:
	%1555 = mul i32 %29, %M
	%1556 = add i32 %1555, %502
	%1557 = mul i32 %1556, 64
	%1558 = shl i32 %13, 1
	%1559 = add i32 0, %1558
	%1560 = add i32 %1557, %1559
	%1561 = sext i32 %1560 to i64
	%1562 = getelementptr i16, i16* %out, i64 %1561
	%1563 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %504, float %503)
	%1564 = bitcast i16* %1562 to i32*
	store i32 %1563, i32* %1564
	%1565 = shl i32 %13, 1
	%1566 = add i32 8, %1565
	%1567 = add i32 %1557, %1566
	%1568 = sext i32 %1567 to i64
	%1569 = getelementptr i16, i16* %out, i64 %1568
	%1570 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %506, float %505)
	%1571 = bitcast i16* %1569 to i32*
	store i32 %1570, i32* %1571
	%1572 = shl i32 %13, 1
	%1573 = add i32 16, %1572
	%1574 = add i32 %1557, %1573
	%1575 = sext i32 %1574 to i64
	%1576 = getelementptr i16, i16* %out, i64 %1575
	%1577 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %508, float %507)
	%1578 = bitcast i16* %1576 to i32*
	store i32 %1577, i32* %1578
	%1579 = shl i32 %13, 1
	%1580 = add i32 24, %1579
	%1581 = add i32 %1557, %1580
	%1582 = sext i32 %1581 to i64
	%1583 = getelementptr i16, i16* %out, i64 %1582
	%1584 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %510, float %509)
	%1585 = bitcast i16* %1583 to i32*
	store i32 %1584, i32* %1585
	%1586 = shl i32 %13, 1
	%1587 = add i32 32, %1586
	%1588 = add i32 %1557, %1587
	%1589 = sext i32 %1588 to i64
	%1590 = getelementptr i16, i16* %out, i64 %1589
	%1591 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %512, float %511)
	%1592 = bitcast i16* %1590 to i32*
	store i32 %1591, i32* %1592
	%1593 = shl i32 %13, 1
	%1594 = add i32 40, %1593
	%1595 = add i32 %1557, %1594
	%1596 = sext i32 %1595 to i64
	%1597 = getelementptr i16, i16* %out, i64 %1596
	%1598 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %514, float %513)
	%1599 = bitcast i16* %1597 to i32*
	store i32 %1598, i32* %1599
	%1600 = shl i32 %13, 1
	%1601 = add i32 48, %1600
	%1602 = add i32 %1557, %1601
	%1603 = sext i32 %1602 to i64
	%1604 = getelementptr i16, i16* %out, i64 %1603
	%1605 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %516, float %515)
	%1606 = bitcast i16* %1604 to i32*
	store i32 %1605, i32* %1606
	%1607 = shl i32 %13, 1
	%1608 = add i32 56, %1607
	%1609 = add i32 %1557, %1608
	%1610 = sext i32 %1609 to i64
	%1611 = getelementptr i16, i16* %out, i64 %1610
	%1612 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %518, float %517)
	%1613 = bitcast i16* %1611 to i32*
	store i32 %1612, i32* %1613
	br label %stored0

stored0:
	%1614 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %458, i32 1, i32 31)
	%1615 = fadd float %458, %1614
	%1616 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1615, i32 2, i32 31)
	%1617 = fadd float %1615, %1616
	%1618 = fcmp ogt float %1617, 0.0
	%1619 = fdiv float 1.0, %1617
	%1620 = select i1 %1618, float %1619, float 0.0
	%1621 = mul i32 %10, 16
	%1622 = add i32 %31, %1621
	%1623 = add i32 %12, 8
	%1624 = add i32 %1622, %1623
	%1625 = fmul float %462, %1620
	%1626 = fmul float %463, %1620
	%1627 = fmul float %466, %1620
	%1628 = fmul float %467, %1620
	%1629 = fmul float %470, %1620
	%1630 = fmul float %471, %1620
	%1631 = fmul float %474, %1620
	%1632 = fmul float %475, %1620
	%1633 = fmul float %478, %1620
	%1634 = fmul float %479, %1620
	%1635 = fmul float %482, %1620
	%1636 = fmul float %483, %1620
	%1637 = fmul float %486, %1620
	%1638 = fmul float %487, %1620
	%1639 = fmul float %490, %1620
	%1640 = fmul float %491, %1620
	%1641 = icmp slt i32 %1624, %M
	br i1 %1641, label %store1, label %stored1

store1:
	%1642 = mul i32 %29, %M
	%1643 = add i32 %1642, %1624
	%1644 = mul i32 %1643, 64
	%1645 = shl i32 %13, 1
	%1646 = add i32 0, %1645
	%1647 = add i32 %1644, %1646
	%1648 = sext i32 %1647 to i64
	%1649 = getelementptr i16, i16* %out, i64 %1648
	%1650 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1626, float %1625)
	%1651 = bitcast i16* %1649 to i32*
	store i32 %1650, i32* %1651
	%1652 = shl i32 %13, 1
	%1653 = add i32 8, %1652
	%1654 = add i32 %1644, %1653
	%1655 = sext i32 %1654 to i64
	%1656 = getelementptr i16, i16* %out, i64 %1655
	%1657 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1628, float %1627)
	%1658 = bitcast i16* %1656 to i32*
	store i32 %1657, i32* %1658
	%1659 = shl i32 %13, 1
	%1660 = add i32 16, %1659
	%1661 = add i32 %1644, %1660
	%1662 = sext i32 %1661 to i64
	%1663 = getelementptr i16, i16* %out, i64 %1662
	%1664 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1630, float %1629)
	%1665 = bitcast i16* %1663 to i32*
	store i32 %1664, i32* %1665
	%1666 = shl i32 %13, 1
	%1667 = add i32 24, %1666
	%1668 = add i32 %1644, %1667
	%1669 = sext i32 %1668 to i64
	%1670 = getelementptr i16, i16* %out, i64 %1669
	%1671 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1632, float %1631)
	%1672 = bitcast i16* %1670 to i32*
	store i32 %1671, i32* %1672
	%1673 = shl i32 %13, 1
	%1674 = add i32 32, %1673
	%1675 = add i32 %1644, %1674
	%1676 = sext i32 %1675 to i64
	%1677 = getelementptr i16, i16* %out, i64 %1676
	%1678 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1634, float %1633)
	%1679 = bitcast i16* %1677 to i32*
	store i32 %1678, i32* %1679
	%1680 = shl i32 %13, 1
	%1681 = add i32 40, %1680
	%1682 = add i32 %1644, %1681
	%1683 = sext i32 %1682 to i64
	%1684 = getelementptr i16, i16* %out, i64 %1683
	%1685 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1636, float %1635)
	%1686 = bitcast i16* %1684 to i32*
	store i32 %1685, i32* %1686
	%1687 = shl i32 %13, 1
	%1688 = add i32 48, %1687
	%1689 = add i32 %1644, %1688
	%1690 = sext i32 %1689 to i64
	%1691 = getelementptr i16, i16* %out, i64 %1690
	%1692 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1638, float %1637)
	%1693 = bitcast i16* %1691 to i32*
	store i32 %1692, i32* %1693
	%1694 = shl i32 %13, 1
	%1695 = add i32 56, %1694
	%1696 = add i32 %1644, %1695
	%1697 = sext i32 %1696 to i64
	%1698 = getelementptr i16, i16* %out, i64 %1697
	%1699 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1640, float %1639)
	%1700 = bitcast i16* %1698 to i32*
	store i32 %1699, i32* %1700
	br label %stored1

stored1:
	%1701 = icmp eq i32 %9, 0
	br i1 %1701, label %1702, label %1707

1702:
	%1703 = mul i32 %29, %NQ
	%1704 = add i32 %1703, %27
	%1705 = sext i32 %1704 to i64
	%1706 = getelementptr i32, i32* %visits, i64 %1705
	store i32 %459, i32* %1706
	br label %1707

1707:
	ret void
}
