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
	%160 = phi i32 [ 0, %prologue ], [ %1221, %pv ]
	%161 = phi i32 [ %56, %prologue ], [ %1228, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1499, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1500, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1501, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1502, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1503, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1504, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1505, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1506, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1507, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1508, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1509, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1510, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1511, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1512, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1513, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1514, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1515, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1516, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1517, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1518, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1519, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1520, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1521, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1522, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1523, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1524, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1525, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1526, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1527, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1528, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1529, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1530, %pv ]
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
	%247 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %243, i64 %246, i32 1)
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
	%286 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, float %263, float %264, float %265, float %266, float %267, float %268, float %269, float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, i64 %282, i64 %285, i32 1)
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
	%325 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, i64 %321, i64 %324, i32 1)
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
	%364 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, i64 %360, i64 %363, i32 1)
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
	%445 = phi i32 [ 0, %entry ], [ %1221, %pv ]
	%446 = phi float [ 0.0, %entry ], [ %1499, %pv ]
	%447 = phi float [ 0.0, %entry ], [ %1500, %pv ]
	%448 = phi float [ 0.0, %entry ], [ %1501, %pv ]
	%449 = phi float [ 0.0, %entry ], [ %1502, %pv ]
	%450 = phi float [ 0.0, %entry ], [ %1503, %pv ]
	%451 = phi float [ 0.0, %entry ], [ %1504, %pv ]
	%452 = phi float [ 0.0, %entry ], [ %1505, %pv ]
	%453 = phi float [ 0.0, %entry ], [ %1506, %pv ]
	%454 = phi float [ 0.0, %entry ], [ %1507, %pv ]
	%455 = phi float [ 0.0, %entry ], [ %1508, %pv ]
	%456 = phi float [ 0.0, %entry ], [ %1509, %pv ]
	%457 = phi float [ 0.0, %entry ], [ %1510, %pv ]
	%458 = phi float [ 0.0, %entry ], [ %1511, %pv ]
	%459 = phi float [ 0.0, %entry ], [ %1512, %pv ]
	%460 = phi float [ 0.0, %entry ], [ %1513, %pv ]
	%461 = phi float [ 0.0, %entry ], [ %1514, %pv ]
	%462 = phi float [ 0.0, %entry ], [ %1515, %pv ]
	%463 = phi float [ 0.0, %entry ], [ %1516, %pv ]
	%464 = phi float [ 0.0, %entry ], [ %1517, %pv ]
	%465 = phi float [ 0.0, %entry ], [ %1518, %pv ]
	%466 = phi float [ 0.0, %entry ], [ %1519, %pv ]
	%467 = phi float [ 0.0, %entry ], [ %1520, %pv ]
	%468 = phi float [ 0.0, %entry ], [ %1521, %pv ]
	%469 = phi float [ 0.0, %entry ], [ %1522, %pv ]
	%470 = phi float [ 0.0, %entry ], [ %1523, %pv ]
	%471 = phi float [ 0.0, %entry ], [ %1524, %pv ]
	%472 = phi float [ 0.0, %entry ], [ %1525, %pv ]
	%473 = phi float [ 0.0, %entry ], [ %1526, %pv ]
	%474 = phi float [ 0.0, %entry ], [ %1527, %pv ]
	%475 = phi float [ 0.0, %entry ], [ %1528, %pv ]
	%476 = phi float [ 0.0, %entry ], [ %1529, %pv ]
	%477 = phi float [ 0.0, %entry ], [ %1530, %pv ]
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
	%1153 = icmp eq i32 %13, 0
	%1154 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1099, i32 1, i32 31)
	%1155 = fadd float %1099, %1154
	%1156 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1155, i32 2, i32 31)
	%1157 = fadd float %1155, %1156
	%1158 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1100, i32 1, i32 31)
	%1159 = fadd float %1100, %1158
	%1160 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1159, i32 2, i32 31)
	%1161 = fadd float %1159, %1160
	%1162 = fcmp ogt float %1161, 0.0
	%1163 = icmp slt i32 %432, %M
	%1164 = and i1 %1162, %1163
	%1165 = select i1 %1164, float %1161, float 1.0
	%1166 = fdiv float %1157, %1165
	%1167 = and i1 %1164, %1153
	%1168 = fadd float 0.0, %1166
	%1169 = select i1 %1167, float %1168, float 0.0
	%1170 = and i1 %1164, %1153
	%1171 = fadd float 0.0, 1.0
	%1172 = select i1 %1170, float %1171, float 0.0
	%1173 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1151, i32 1, i32 31)
	%1174 = fadd float %1151, %1173
	%1175 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1174, i32 2, i32 31)
	%1176 = fadd float %1174, %1175
	%1177 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1152, i32 1, i32 31)
	%1178 = fadd float %1152, %1177
	%1179 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1178, i32 2, i32 31)
	%1180 = fadd float %1178, %1179
	%1181 = fcmp ogt float %1180, 0.0
	%1182 = icmp slt i32 %436, %M
	%1183 = and i1 %1181, %1182
	%1184 = select i1 %1183, float %1180, float 1.0
	%1185 = fdiv float %1176, %1184
	%1186 = and i1 %1183, %1153
	%1187 = fadd float %1169, %1185
	%1188 = select i1 %1186, float %1187, float %1169
	%1189 = and i1 %1183, %1153
	%1190 = fadd float %1172, 1.0
	%1191 = select i1 %1189, float %1190, float %1172
	%1192 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1188, i32 16, i32 31)
	%1193 = fadd float %1188, %1192
	%1194 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1191, i32 16, i32 31)
	%1195 = fadd float %1191, %1194
	%1196 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1193, i32 8, i32 31)
	%1197 = fadd float %1193, %1196
	%1198 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1195, i32 8, i32 31)
	%1199 = fadd float %1195, %1198
	%1200 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1197, i32 4, i32 31)
	%1201 = fadd float %1197, %1200
	%1202 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1199, i32 4, i32 31)
	%1203 = fadd float %1199, %1202
	%1204 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1201, i32 2, i32 31)
	%1205 = fadd float %1201, %1204
	%1206 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1203, i32 2, i32 31)
	%1207 = fadd float %1203, %1206
	%1208 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1205, i32 1, i32 31)
	%1209 = fadd float %1205, %1208
	%1210 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1207, i32 1, i32 31)
	%1211 = fadd float %1207, %1210
	%1212 = icmp eq i32 %11, 0
	br i1 %1212, label %1213, label %1220

1213:
	%1214 = mul i32 %10, 2
	%1215 = add i32 %1214, 0
	%1216 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1215
	store float %1209, float addrspace(3)* %1216
	%1217 = mul i32 %10, 2
	%1218 = add i32 %1217, 1
	%1219 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1218
	store float %1211, float addrspace(3)* %1219
	br label %1220

1220:
	%1221 = add i32 %160, 1
	%1222 = icmp slt i32 %1221, %NK
	%1223 = select i1 %1222, i32 %1221, i32 0
	%1224 = add i32 %48, %1223
	%1225 = sext i32 %1224 to i64
	%1226 = getelementptr i32, i32* %list, i64 %1225
	%1227 = load i32, i32* %1226
	%1228 = select i1 %1222, i32 %1227, i32 -1
	%1229 = icmp sge i32 %1228, 0
	%1230 = add i32 %NK, %160
	%1231 = add i32 %48, %1230
	%1232 = sext i32 %1231 to i64
	%1233 = getelementptr i32, i32* %list, i64 %1232
	%1234 = load i32, i32* %1233
	%1235 = icmp eq i32 %1234, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%1236 = mul i32 0, 2
	%1237 = add i32 %1236, 0
	%1238 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1237
	%1239 = load float, float addrspace(3)* %1238
	%1240 = fadd float 0.0, %1239
	%1241 = mul i32 0, 2
	%1242 = add i32 %1241, 1
	%1243 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1242
	%1244 = load float, float addrspace(3)* %1243
	%1245 = fadd float 0.0, %1244
	%1246 = mul i32 1, 2
	%1247 = add i32 %1246, 0
	%1248 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1247
	%1249 = load float, float addrspace(3)* %1248
	%1250 = fadd float %1240, %1249
	%1251 = mul i32 1, 2
	%1252 = add i32 %1251, 1
	%1253 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1252
	%1254 = load float, float addrspace(3)* %1253
	%1255 = fadd float %1245, %1254
	%1256 = mul i32 2, 2
	%1257 = add i32 %1256, 0
	%1258 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1257
	%1259 = load float, float addrspace(3)* %1258
	%1260 = fadd float %1250, %1259
	%1261 = mul i32 2, 2
	%1262 = add i32 %1261, 1
	%1263 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1262
	%1264 = load float, float addrspace(3)* %1263
	%1265 = fadd float %1255, %1264
	%1266 = mul i32 3, 2
	%1267 = add i32 %1266, 0
	%1268 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1267
	%1269 = load float, float addrspace(3)* %1268
	%1270 = fadd float %1260, %1269
	%1271 = mul i32 3, 2
	%1272 = add i32 %1271, 1
	%1273 = getelementptr [8 x float], [8 x float] addrspace(3)* @$K_stop, i32 0, i32 %1272
	%1274 = load float, float addrspace(3)* %1273
	%1275 = fadd float %1265, %1274
	%1276 = fcmp ogt float %1275, 0.0
	%1277 = select i1 %1276, float %1275, float 1.0
	%1278 = fdiv float %1270, %1277
	%1279 = fcmp ogt float %1275, 0.0
	%1280 = and i1 %1235, %1279
	%1281 = fcmp olt float %1278, 0x3F50624DE0000000
	%1282 = and i1 %1280, %1281
	%1283 = xor i1 %1282, true
	%1284 = and i1 %1229, %1283
	br i1 %1284, label %prefetch, label %pv

prefetch:
	%1285 = mul i32 %1228, 64
	%1286 = lshr i32 %9, 3
	%1287 = and i32 %9, 7
	%1288 = lshr i32 %1287, 3
	%1289 = mul i32 %1288, u0x2000
	%1290 = and i32 %1287, 7
	%1291 = and i32 %1286, 7
	%1292 = xor i32 %1290, %1291
	%1293 = mul i32 %1286, 128
	%1294 = shl i32 %1292, 4
	%1295 = add i32 %1293, %1294
	%1296 = add i32 %1289, %1295
	%1297 = add i32 %0, %1296
	%1298 = add i32 %1285, %1286
	%1299 = mul i32 %1298, 64
	%1300 = mul i32 %1287, 8
	%1301 = add i32 %1299, %1300
	%1302 = sext i32 %1301 to i64
	%1303 = getelementptr i16, i16* %39, i64 %1302
	%1304 = add i32 %1298, 0
	%1305 = icmp slt i32 %1304, %N
	%1306 = getelementptr i16, i16* %1303, i64 0
	%1307 = select i1 %1305, i16* %1306, i16* %39
	%1308 = add i32 %1297, 0
	%1309 = select i1 %1305, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1308, i16* %1307, i32 %1309)
	%1310 = add i32 %1298, 16
	%1311 = icmp slt i32 %1310, %N
	%1312 = getelementptr i16, i16* %1303, i64 1024
	%1313 = select i1 %1311, i16* %1312, i16* %39
	%1314 = add i32 %1297, 2048
	%1315 = select i1 %1311, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1314, i16* %1313, i32 %1315)
	%1316 = add i32 %1298, 32
	%1317 = icmp slt i32 %1316, %N
	%1318 = getelementptr i16, i16* %1303, i64 2048
	%1319 = select i1 %1317, i16* %1318, i16* %39
	%1320 = add i32 %1297, u0x1000
	%1321 = select i1 %1317, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1320, i16* %1319, i32 %1321)
	%1322 = add i32 %1298, 48
	%1323 = icmp slt i32 %1322, %N
	%1324 = getelementptr i16, i16* %1303, i64 3072
	%1325 = select i1 %1323, i16* %1324, i16* %39
	%1326 = add i32 %1297, 6144
	%1327 = select i1 %1323, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1326, i16* %1325, i32 %1327)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1328 = and i32 %11, 7
	%1329 = lshr i32 %11, 3
	%1330 = and i32 %1329, 1
	%1331 = shl i32 %1330, 3
	%1332 = add i32 %1328, %1331
	%1333 = mul i32 %1332, 128
	%1334 = add i32 %1, %1333
	%1335 = and i32 %11, 7
	%1336 = xor i32 %107, %1335
	%1337 = shl i32 %1336, 4
	%1338 = add i32 %1334, %1337
	%1339 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1056, float %1054)
	%1340 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1108, float %1106)
	%1341 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1060, float %1058)
	%1342 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1112, float %1110)
	%1343 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1064, float %1062)
	%1344 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1116, float %1114)
	%1345 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1068, float %1066)
	%1346 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1120, float %1118)
	%1347 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1072, float %1070)
	%1348 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1124, float %1122)
	%1349 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1076, float %1074)
	%1350 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1128, float %1126)
	%1351 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1080, float %1078)
	%1352 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1132, float %1130)
	%1353 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1084, float %1082)
	%1354 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1136, float %1134)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1355 = add i32 %8, 0
	%1356 = zext i32 %1355 to i64
	%1357 = or i64 %1356, u0x4000004002000000
	%1358 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1015, float %1016, float %1017, float %1018, float %1019, float %1020, float %1021, float %1022, float %1023, float %1024, float %1025, float %1026, float %1027, float %1028, float %1029, float %1030, float %1031, float %1032, float %1033, float %1034, float %1035, float %1036, float %1037, float %1038, float %1039, float %1040, float %1041, float %1042, float %1043, float %1044, float %1045, float %1046, i32 %1339, i32 %1340, i32 %1341, i32 %1342, i64 %1357, i32 1)
	%1359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 0
	%1360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 1
	%1361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 2
	%1362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 3
	%1363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 4
	%1364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 5
	%1365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 6
	%1366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 7
	%1367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 8
	%1368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 9
	%1369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 10
	%1370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 11
	%1371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 12
	%1372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 13
	%1373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 14
	%1374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 15
	%1375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 16
	%1376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 17
	%1377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 18
	%1378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 19
	%1379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 20
	%1380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 21
	%1381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 22
	%1382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 23
	%1383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 24
	%1384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 25
	%1385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 26
	%1386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 27
	%1387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 28
	%1388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 29
	%1389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 30
	%1390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1358, 31
	%1391 = add i32 %8, 128
	%1392 = zext i32 %1391 to i64
	%1393 = or i64 %1392, u0x4000004002000000
	%1394 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1359, float %1360, float %1361, float %1362, float %1363, float %1364, float %1365, float %1366, float %1367, float %1368, float %1369, float %1370, float %1371, float %1372, float %1373, float %1374, float %1375, float %1376, float %1377, float %1378, float %1379, float %1380, float %1381, float %1382, float %1383, float %1384, float %1385, float %1386, float %1387, float %1388, float %1389, float %1390, i32 %1343, i32 %1344, i32 %1345, i32 %1346, i64 %1393, i32 1)
	%1395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 0
	%1396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 1
	%1397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 2
	%1398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 3
	%1399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 4
	%1400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 5
	%1401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 6
	%1402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 7
	%1403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 8
	%1404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 9
	%1405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 10
	%1406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 11
	%1407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 12
	%1408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 13
	%1409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 14
	%1410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 15
	%1411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 16
	%1412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 17
	%1413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 18
	%1414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 19
	%1415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 20
	%1416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 21
	%1417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 22
	%1418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 23
	%1419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 24
	%1420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 25
	%1421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 26
	%1422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 27
	%1423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 28
	%1424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 29
	%1425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 30
	%1426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 31
	%1427 = add i32 %8, 256
	%1428 = zext i32 %1427 to i64
	%1429 = or i64 %1428, u0x4000004002000000
	%1430 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1395, float %1396, float %1397, float %1398, float %1399, float %1400, float %1401, float %1402, float %1403, float %1404, float %1405, float %1406, float %1407, float %1408, float %1409, float %1410, float %1411, float %1412, float %1413, float %1414, float %1415, float %1416, float %1417, float %1418, float %1419, float %1420, float %1421, float %1422, float %1423, float %1424, float %1425, float %1426, i32 %1347, i32 %1348, i32 %1349, i32 %1350, i64 %1429, i32 1)
	%1431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 0
	%1432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 1
	%1433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 2
	%1434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 3
	%1435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 4
	%1436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 5
	%1437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 6
	%1438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 7
	%1439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 8
	%1440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 9
	%1441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 10
	%1442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 11
	%1443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 12
	%1444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 13
	%1445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 14
	%1446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 15
	%1447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 16
	%1448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 17
	%1449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 18
	%1450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 19
	%1451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 20
	%1452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 21
	%1453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 22
	%1454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 23
	%1455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 24
	%1456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 25
	%1457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 26
	%1458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 27
	%1459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 28
	%1460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 29
	%1461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 30
	%1462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 31
	%1463 = add i32 %8, 384
	%1464 = zext i32 %1463 to i64
	%1465 = or i64 %1464, u0x4000004002000000
	%1466 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1431, float %1432, float %1433, float %1434, float %1435, float %1436, float %1437, float %1438, float %1439, float %1440, float %1441, float %1442, float %1443, float %1444, float %1445, float %1446, float %1447, float %1448, float %1449, float %1450, float %1451, float %1452, float %1453, float %1454, float %1455, float %1456, float %1457, float %1458, float %1459, float %1460, float %1461, float %1462, i32 %1351, i32 %1352, i32 %1353, i32 %1354, i64 %1465, i32 1)
	%1467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 0
	%1468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 1
	%1469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 2
	%1470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 3
	%1471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 4
	%1472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 5
	%1473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 6
	%1474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 7
	%1475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 8
	%1476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 9
	%1477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 10
	%1478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 11
	%1479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 12
	%1480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 13
	%1481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 14
	%1482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 15
	%1483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 16
	%1484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 17
	%1485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 18
	%1486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 19
	%1487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 20
	%1488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 21
	%1489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 22
	%1490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 23
	%1491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 24
	%1492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 25
	%1493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 26
	%1494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 27
	%1495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 28
	%1496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 29
	%1497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 30
	%1498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1499 = call float asm sideeffect "", "=f,0"(float %1467)
	%1500 = call float asm sideeffect "", "=f,0"(float %1468)
	%1501 = call float asm sideeffect "", "=f,0"(float %1469)
	%1502 = call float asm sideeffect "", "=f,0"(float %1470)
	%1503 = call float asm sideeffect "", "=f,0"(float %1471)
	%1504 = call float asm sideeffect "", "=f,0"(float %1472)
	%1505 = call float asm sideeffect "", "=f,0"(float %1473)
	%1506 = call float asm sideeffect "", "=f,0"(float %1474)
	%1507 = call float asm sideeffect "", "=f,0"(float %1475)
	%1508 = call float asm sideeffect "", "=f,0"(float %1476)
	%1509 = call float asm sideeffect "", "=f,0"(float %1477)
	%1510 = call float asm sideeffect "", "=f,0"(float %1478)
	%1511 = call float asm sideeffect "", "=f,0"(float %1479)
	%1512 = call float asm sideeffect "", "=f,0"(float %1480)
	%1513 = call float asm sideeffect "", "=f,0"(float %1481)
	%1514 = call float asm sideeffect "", "=f,0"(float %1482)
	%1515 = call float asm sideeffect "", "=f,0"(float %1483)
	%1516 = call float asm sideeffect "", "=f,0"(float %1484)
	%1517 = call float asm sideeffect "", "=f,0"(float %1485)
	%1518 = call float asm sideeffect "", "=f,0"(float %1486)
	%1519 = call float asm sideeffect "", "=f,0"(float %1487)
	%1520 = call float asm sideeffect "", "=f,0"(float %1488)
	%1521 = call float asm sideeffect "", "=f,0"(float %1489)
	%1522 = call float asm sideeffect "", "=f,0"(float %1490)
	%1523 = call float asm sideeffect "", "=f,0"(float %1491)
	%1524 = call float asm sideeffect "", "=f,0"(float %1492)
	%1525 = call float asm sideeffect "", "=f,0"(float %1493)
	%1526 = call float asm sideeffect "", "=f,0"(float %1494)
	%1527 = call float asm sideeffect "", "=f,0"(float %1495)
	%1528 = call float asm sideeffect "", "=f,0"(float %1496)
	%1529 = call float asm sideeffect "", "=f,0"(float %1497)
	%1530 = call float asm sideeffect "", "=f,0"(float %1498)
	br i1 %1284, label %loop, label %epilogue

store0:
	%1531 = mul i32 %29, %M
	%1532 = add i32 %1531, %488
	%1533 = mul i32 %1532, 64
	%1534 = shl i32 %13, 1
	%1535 = add i32 0, %1534
	%1536 = add i32 %1533, %1535
	%1537 = sext i32 %1536 to i64
	%1538 = getelementptr i16, i16* %out, i64 %1537
	%1539 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %490, float %489)
	%1540 = bitcast i16* %1538 to i32*
	store i32 %1539, i32* %1540
	%1541 = shl i32 %13, 1
	%1542 = add i32 8, %1541
	%1543 = add i32 %1533, %1542
	%1544 = sext i32 %1543 to i64
	%1545 = getelementptr i16, i16* %out, i64 %1544
	%1546 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %492, float %491)
	%1547 = bitcast i16* %1545 to i32*
	store i32 %1546, i32* %1547
	%1548 = shl i32 %13, 1
	%1549 = add i32 16, %1548
	%1550 = add i32 %1533, %1549
	%1551 = sext i32 %1550 to i64
	%1552 = getelementptr i16, i16* %out, i64 %1551
	%1553 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %494, float %493)
	%1554 = bitcast i16* %1552 to i32*
	store i32 %1553, i32* %1554
	%1555 = shl i32 %13, 1
	%1556 = add i32 24, %1555
	%1557 = add i32 %1533, %1556
	%1558 = sext i32 %1557 to i64
	%1559 = getelementptr i16, i16* %out, i64 %1558
	%1560 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %496, float %495)
	%1561 = bitcast i16* %1559 to i32*
	store i32 %1560, i32* %1561
	%1562 = shl i32 %13, 1
	%1563 = add i32 32, %1562
	%1564 = add i32 %1533, %1563
	%1565 = sext i32 %1564 to i64
	%1566 = getelementptr i16, i16* %out, i64 %1565
	%1567 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %498, float %497)
	%1568 = bitcast i16* %1566 to i32*
	store i32 %1567, i32* %1568
	%1569 = shl i32 %13, 1
	%1570 = add i32 40, %1569
	%1571 = add i32 %1533, %1570
	%1572 = sext i32 %1571 to i64
	%1573 = getelementptr i16, i16* %out, i64 %1572
	%1574 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %500, float %499)
	%1575 = bitcast i16* %1573 to i32*
	store i32 %1574, i32* %1575
	%1576 = shl i32 %13, 1
	%1577 = add i32 48, %1576
	%1578 = add i32 %1533, %1577
	%1579 = sext i32 %1578 to i64
	%1580 = getelementptr i16, i16* %out, i64 %1579
	%1581 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %502, float %501)
	%1582 = bitcast i16* %1580 to i32*
	store i32 %1581, i32* %1582
	%1583 = shl i32 %13, 1
	%1584 = add i32 56, %1583
	%1585 = add i32 %1533, %1584
	%1586 = sext i32 %1585 to i64
	%1587 = getelementptr i16, i16* %out, i64 %1586
	%1588 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %504, float %503)
	%1589 = bitcast i16* %1587 to i32*
	store i32 %1588, i32* %1589
	br label %stored0

stored0:
	%1590 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %444, i32 1, i32 31)
	%1591 = fadd float %444, %1590
	%1592 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1591, i32 2, i32 31)
	%1593 = fadd float %1591, %1592
	%1594 = fcmp ogt float %1593, 0.0
	%1595 = fdiv float 1.0, %1593
	%1596 = select i1 %1594, float %1595, float 0.0
	%1597 = mul i32 %10, 16
	%1598 = add i32 %31, %1597
	%1599 = add i32 %12, 8
	%1600 = add i32 %1598, %1599
	%1601 = fmul float %448, %1596
	%1602 = fmul float %449, %1596
	%1603 = fmul float %452, %1596
	%1604 = fmul float %453, %1596
	%1605 = fmul float %456, %1596
	%1606 = fmul float %457, %1596
	%1607 = fmul float %460, %1596
	%1608 = fmul float %461, %1596
	%1609 = fmul float %464, %1596
	%1610 = fmul float %465, %1596
	%1611 = fmul float %468, %1596
	%1612 = fmul float %469, %1596
	%1613 = fmul float %472, %1596
	%1614 = fmul float %473, %1596
	%1615 = fmul float %476, %1596
	%1616 = fmul float %477, %1596
	%1617 = icmp slt i32 %1600, %M
	br i1 %1617, label %store1, label %stored1

store1:
	%1618 = mul i32 %29, %M
	%1619 = add i32 %1618, %1600
	%1620 = mul i32 %1619, 64
	%1621 = shl i32 %13, 1
	%1622 = add i32 0, %1621
	%1623 = add i32 %1620, %1622
	%1624 = sext i32 %1623 to i64
	%1625 = getelementptr i16, i16* %out, i64 %1624
	%1626 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1602, float %1601)
	%1627 = bitcast i16* %1625 to i32*
	store i32 %1626, i32* %1627
	%1628 = shl i32 %13, 1
	%1629 = add i32 8, %1628
	%1630 = add i32 %1620, %1629
	%1631 = sext i32 %1630 to i64
	%1632 = getelementptr i16, i16* %out, i64 %1631
	%1633 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1604, float %1603)
	%1634 = bitcast i16* %1632 to i32*
	store i32 %1633, i32* %1634
	%1635 = shl i32 %13, 1
	%1636 = add i32 16, %1635
	%1637 = add i32 %1620, %1636
	%1638 = sext i32 %1637 to i64
	%1639 = getelementptr i16, i16* %out, i64 %1638
	%1640 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1606, float %1605)
	%1641 = bitcast i16* %1639 to i32*
	store i32 %1640, i32* %1641
	%1642 = shl i32 %13, 1
	%1643 = add i32 24, %1642
	%1644 = add i32 %1620, %1643
	%1645 = sext i32 %1644 to i64
	%1646 = getelementptr i16, i16* %out, i64 %1645
	%1647 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1608, float %1607)
	%1648 = bitcast i16* %1646 to i32*
	store i32 %1647, i32* %1648
	%1649 = shl i32 %13, 1
	%1650 = add i32 32, %1649
	%1651 = add i32 %1620, %1650
	%1652 = sext i32 %1651 to i64
	%1653 = getelementptr i16, i16* %out, i64 %1652
	%1654 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1610, float %1609)
	%1655 = bitcast i16* %1653 to i32*
	store i32 %1654, i32* %1655
	%1656 = shl i32 %13, 1
	%1657 = add i32 40, %1656
	%1658 = add i32 %1620, %1657
	%1659 = sext i32 %1658 to i64
	%1660 = getelementptr i16, i16* %out, i64 %1659
	%1661 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1612, float %1611)
	%1662 = bitcast i16* %1660 to i32*
	store i32 %1661, i32* %1662
	%1663 = shl i32 %13, 1
	%1664 = add i32 48, %1663
	%1665 = add i32 %1620, %1664
	%1666 = sext i32 %1665 to i64
	%1667 = getelementptr i16, i16* %out, i64 %1666
	%1668 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1614, float %1613)
	%1669 = bitcast i16* %1667 to i32*
	store i32 %1668, i32* %1669
	%1670 = shl i32 %13, 1
	%1671 = add i32 56, %1670
	%1672 = add i32 %1620, %1671
	%1673 = sext i32 %1672 to i64
	%1674 = getelementptr i16, i16* %out, i64 %1673
	%1675 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1616, float %1615)
	%1676 = bitcast i16* %1674 to i32*
	store i32 %1675, i32* %1676
	br label %stored1

stored1:
	%1677 = icmp eq i32 %9, 0
	br i1 %1677, label %1678, label %1683

1678:
	%1679 = mul i32 %29, %NQ
	%1680 = add i32 %1679, %27
	%1681 = sext i32 %1680 to i64
	%1682 = getelementptr i32, i32* %visits, i64 %1681
	store i32 %445, i32* %1682
	br label %1683

1683:
	ret void
}
