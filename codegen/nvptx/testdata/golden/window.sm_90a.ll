; window
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@window_attn0_smem = internal addrspace(3) global [24576 x i8] undef, align 1024

define ptx_kernel void @window_attn0(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @window_attn0_smem to i32
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
	%41 = add i32 %36, 0
	%42 = sext i32 %41 to i64
	%43 = getelementptr i32, i32* %list, i64 %42
	%44 = load i32, i32* %43
	%45 = icmp sgt i32 %NK, 0
	%46 = icmp sge i32 %44, 0
	%47 = and i1 %45, %46
	%48 = lshr i32 %9, 3
	%49 = and i32 %9, 7
	%50 = lshr i32 %49, 3
	%51 = mul i32 %50, u0x2000
	%52 = and i32 %49, 7
	%53 = and i32 %48, 7
	%54 = xor i32 %52, %53
	%55 = mul i32 %48, 128
	%56 = shl i32 %54, 4
	%57 = add i32 %55, %56
	%58 = add i32 %51, %57
	%59 = add i32 %2, %58
	%60 = add i32 %19, %48
	%61 = mul i32 %60, 64
	%62 = mul i32 %49, 8
	%63 = add i32 %61, %62
	%64 = sext i32 %63 to i64
	%65 = getelementptr i16, i16* %23, i64 %64
	%66 = add i32 %60, 0
	%67 = icmp slt i32 %66, %M
	%68 = getelementptr i16, i16* %65, i64 0
	%69 = select i1 %67, i16* %68, i16* %23
	%70 = add i32 %59, 0
	%71 = select i1 %67, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %70, i16* %69, i32 %71)
	%72 = add i32 %60, 16
	%73 = icmp slt i32 %72, %M
	%74 = getelementptr i16, i16* %65, i64 1024
	%75 = select i1 %73, i16* %74, i16* %23
	%76 = add i32 %59, 2048
	%77 = select i1 %73, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %76, i16* %75, i32 %77)
	%78 = add i32 %60, 32
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %65, i64 2048
	%81 = select i1 %79, i16* %80, i16* %23
	%82 = add i32 %59, u0x1000
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %60, 48
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %65, i64 3072
	%87 = select i1 %85, i16* %86, i16* %23
	%88 = add i32 %59, 6144
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %47, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%90 = and i32 %11, 7
	%91 = lshr i32 %11, 3
	%92 = and i32 %91, 1
	%93 = shl i32 %92, 3
	%94 = add i32 %90, %93
	%95 = lshr i32 %11, 4
	%96 = mul i32 %10, 16
	%97 = add i32 %94, 0
	%98 = add i32 %96, %97
	%99 = mul i32 %98, 128
	%100 = add i32 %2, %99
	%101 = and i32 %11, 7
	%102 = xor i32 %95, %101
	%103 = shl i32 %102, 4
	%104 = add i32 %100, %103
	%105 = mul i32 %44, 64
	%106 = lshr i32 %9, 3
	%107 = and i32 %9, 7
	%108 = lshr i32 %107, 3
	%109 = mul i32 %108, u0x2000
	%110 = and i32 %107, 7
	%111 = and i32 %106, 7
	%112 = xor i32 %110, %111
	%113 = mul i32 %106, 128
	%114 = shl i32 %112, 4
	%115 = add i32 %113, %114
	%116 = add i32 %109, %115
	%117 = add i32 %0, %116
	%118 = add i32 %105, %106
	%119 = mul i32 %118, 64
	%120 = mul i32 %107, 8
	%121 = add i32 %119, %120
	%122 = sext i32 %121 to i64
	%123 = getelementptr i16, i16* %27, i64 %122
	%124 = add i32 %118, 0
	%125 = icmp slt i32 %124, %N
	%126 = getelementptr i16, i16* %123, i64 0
	%127 = select i1 %125, i16* %126, i16* %27
	%128 = add i32 %117, 0
	%129 = select i1 %125, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %128, i16* %127, i32 %129)
	%130 = add i32 %118, 16
	%131 = icmp slt i32 %130, %N
	%132 = getelementptr i16, i16* %123, i64 1024
	%133 = select i1 %131, i16* %132, i16* %27
	%134 = add i32 %117, 2048
	%135 = select i1 %131, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %134, i16* %133, i32 %135)
	%136 = add i32 %118, 32
	%137 = icmp slt i32 %136, %N
	%138 = getelementptr i16, i16* %123, i64 2048
	%139 = select i1 %137, i16* %138, i16* %27
	%140 = add i32 %117, u0x1000
	%141 = select i1 %137, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %140, i16* %139, i32 %141)
	%142 = add i32 %118, 48
	%143 = icmp slt i32 %142, %N
	%144 = getelementptr i16, i16* %123, i64 3072
	%145 = select i1 %143, i16* %144, i16* %27
	%146 = add i32 %117, 6144
	%147 = select i1 %143, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %146, i16* %145, i32 %147)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%148 = phi i32 [ 0, %prologue ], [ %1557, %pv ]
	%149 = phi i32 [ %44, %prologue ], [ %1564, %pv ]
	%150 = phi float [ 0.0, %prologue ], [ %1780, %pv ]
	%151 = phi float [ 0.0, %prologue ], [ %1781, %pv ]
	%152 = phi float [ 0.0, %prologue ], [ %1782, %pv ]
	%153 = phi float [ 0.0, %prologue ], [ %1783, %pv ]
	%154 = phi float [ 0.0, %prologue ], [ %1784, %pv ]
	%155 = phi float [ 0.0, %prologue ], [ %1785, %pv ]
	%156 = phi float [ 0.0, %prologue ], [ %1786, %pv ]
	%157 = phi float [ 0.0, %prologue ], [ %1787, %pv ]
	%158 = phi float [ 0.0, %prologue ], [ %1788, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %1789, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1790, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1791, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1792, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1793, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1794, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1795, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1796, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1797, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1798, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1799, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1800, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1801, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1802, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1803, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1804, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1805, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1806, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1807, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1808, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1809, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1810, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1811, %pv ]
	%182 = phi float [ 0xFFF0000000000000, %prologue ], [ %1453, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1504, %pv ]
	%184 = phi float [ 0xFFF0000000000000, %prologue ], [ %1505, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1556, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%186 = mul i32 %149, 64
	%187 = lshr i32 %9, 3
	%188 = and i32 %9, 7
	%189 = lshr i32 %188, 3
	%190 = mul i32 %189, u0x2000
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
	%204 = getelementptr i16, i16* %31, i64 %203
	%205 = add i32 %199, 0
	%206 = icmp slt i32 %205, %N
	%207 = getelementptr i16, i16* %204, i64 0
	%208 = select i1 %206, i16* %207, i16* %31
	%209 = add i32 %198, 0
	%210 = select i1 %206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %209, i16* %208, i32 %210)
	%211 = add i32 %199, 16
	%212 = icmp slt i32 %211, %N
	%213 = getelementptr i16, i16* %204, i64 1024
	%214 = select i1 %212, i16* %213, i16* %31
	%215 = add i32 %198, 2048
	%216 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %215, i16* %214, i32 %216)
	%217 = add i32 %199, 32
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %204, i64 2048
	%220 = select i1 %218, i16* %219, i16* %31
	%221 = add i32 %198, u0x1000
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	%223 = add i32 %199, 48
	%224 = icmp slt i32 %223, %N
	%225 = getelementptr i16, i16* %204, i64 3072
	%226 = select i1 %224, i16* %225, i16* %31
	%227 = add i32 %198, 6144
	%228 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %227, i16* %226, i32 %228)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%229 = add i32 %4, 0
	%230 = zext i32 %229 to i64
	%231 = or i64 %230, u0x4000004000010000
	%232 = add i32 %6, 0
	%233 = zext i32 %232 to i64
	%234 = or i64 %233, u0x4000004000010000
	%235 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %231, i64 %234, i32 1)
	%236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 0
	%237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 1
	%238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 2
	%239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 3
	%240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 4
	%241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 5
	%242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 6
	%243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 7
	%244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 8
	%245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 9
	%246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 10
	%247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 11
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 12
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 13
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 14
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 15
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 16
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 17
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 18
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 19
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 20
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 21
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 22
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 23
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 24
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 25
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 26
	%263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 27
	%264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 28
	%265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 29
	%266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 30
	%267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 31
	%268 = add i32 %4, 2
	%269 = zext i32 %268 to i64
	%270 = or i64 %269, u0x4000004000010000
	%271 = add i32 %6, 2
	%272 = zext i32 %271 to i64
	%273 = or i64 %272, u0x4000004000010000
	%274 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %236, float %237, float %238, float %239, float %240, float %241, float %242, float %243, float %244, float %245, float %246, float %247, float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, float %263, float %264, float %265, float %266, float %267, i64 %270, i64 %273, i32 1)
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 0
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 1
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 2
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 3
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 4
	%280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 5
	%281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 6
	%282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 7
	%283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 8
	%284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 9
	%285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 10
	%286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 11
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 12
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 13
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 14
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 15
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 16
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 17
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 18
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 19
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 20
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 21
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 22
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 23
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 24
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 25
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 26
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 27
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 28
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 29
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 30
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 31
	%307 = add i32 %4, 4
	%308 = zext i32 %307 to i64
	%309 = or i64 %308, u0x4000004000010000
	%310 = add i32 %6, 4
	%311 = zext i32 %310 to i64
	%312 = or i64 %311, u0x4000004000010000
	%313 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %275, float %276, float %277, float %278, float %279, float %280, float %281, float %282, float %283, float %284, float %285, float %286, float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, i64 %309, i64 %312, i32 1)
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 0
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 1
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 2
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 3
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 4
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 5
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 6
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 7
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 8
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 9
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 10
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 11
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 12
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 13
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 14
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 15
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 16
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 17
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 18
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 19
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 20
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 21
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 22
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 23
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 24
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 25
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 26
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 27
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 28
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 29
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 30
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 31
	%346 = add i32 %4, 6
	%347 = zext i32 %346 to i64
	%348 = or i64 %347, u0x4000004000010000
	%349 = add i32 %6, 6
	%350 = zext i32 %349 to i64
	%351 = or i64 %350, u0x4000004000010000
	%352 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, i64 %348, i64 %351, i32 1)
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 0
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 1
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 2
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 3
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 4
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 5
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 6
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 7
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 8
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 9
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 10
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 11
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 12
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 13
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 14
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 15
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 16
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 17
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 18
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 19
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 20
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 21
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 22
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 23
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 24
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 25
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 26
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 27
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 28
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 29
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 30
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%385 = call float asm sideeffect "", "=f,0"(float %353)
	%386 = call float asm sideeffect "", "=f,0"(float %354)
	%387 = call float asm sideeffect "", "=f,0"(float %355)
	%388 = call float asm sideeffect "", "=f,0"(float %356)
	%389 = call float asm sideeffect "", "=f,0"(float %357)
	%390 = call float asm sideeffect "", "=f,0"(float %358)
	%391 = call float asm sideeffect "", "=f,0"(float %359)
	%392 = call float asm sideeffect "", "=f,0"(float %360)
	%393 = call float asm sideeffect "", "=f,0"(float %361)
	%394 = call float asm sideeffect "", "=f,0"(float %362)
	%395 = call float asm sideeffect "", "=f,0"(float %363)
	%396 = call float asm sideeffect "", "=f,0"(float %364)
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
	%417 = mul i32 %10, 16
	%418 = add i32 %19, %417
	%419 = add i32 %12, 0
	%420 = add i32 %418, %419
	%421 = mul i32 %10, 16
	%422 = add i32 %19, %421
	%423 = add i32 %12, 8
	%424 = add i32 %422, %423
	%425 = sitofp i32 %17 to float
	%426 = add i32 %40, %149
	%427 = sext i32 %426 to i64
	%428 = getelementptr i8, i8* %cls, i64 %427
	%429 = load i8, i8* %428
	%430 = icmp ne i8 %429, 2
	br i1 %430, label %partial, label %softmax

epilogue:
	%431 = phi float [ 0.0, %entry ], [ %1504, %pv ]
	%432 = phi float [ 0.0, %entry ], [ %1556, %pv ]
	%433 = phi i32 [ 0, %entry ], [ %1557, %pv ]
	%434 = phi float [ 0.0, %entry ], [ %1780, %pv ]
	%435 = phi float [ 0.0, %entry ], [ %1781, %pv ]
	%436 = phi float [ 0.0, %entry ], [ %1782, %pv ]
	%437 = phi float [ 0.0, %entry ], [ %1783, %pv ]
	%438 = phi float [ 0.0, %entry ], [ %1784, %pv ]
	%439 = phi float [ 0.0, %entry ], [ %1785, %pv ]
	%440 = phi float [ 0.0, %entry ], [ %1786, %pv ]
	%441 = phi float [ 0.0, %entry ], [ %1787, %pv ]
	%442 = phi float [ 0.0, %entry ], [ %1788, %pv ]
	%443 = phi float [ 0.0, %entry ], [ %1789, %pv ]
	%444 = phi float [ 0.0, %entry ], [ %1790, %pv ]
	%445 = phi float [ 0.0, %entry ], [ %1791, %pv ]
	%446 = phi float [ 0.0, %entry ], [ %1792, %pv ]
	%447 = phi float [ 0.0, %entry ], [ %1793, %pv ]
	%448 = phi float [ 0.0, %entry ], [ %1794, %pv ]
	%449 = phi float [ 0.0, %entry ], [ %1795, %pv ]
	%450 = phi float [ 0.0, %entry ], [ %1796, %pv ]
	%451 = phi float [ 0.0, %entry ], [ %1797, %pv ]
	%452 = phi float [ 0.0, %entry ], [ %1798, %pv ]
	%453 = phi float [ 0.0, %entry ], [ %1799, %pv ]
	%454 = phi float [ 0.0, %entry ], [ %1800, %pv ]
	%455 = phi float [ 0.0, %entry ], [ %1801, %pv ]
	%456 = phi float [ 0.0, %entry ], [ %1802, %pv ]
	%457 = phi float [ 0.0, %entry ], [ %1803, %pv ]
	%458 = phi float [ 0.0, %entry ], [ %1804, %pv ]
	%459 = phi float [ 0.0, %entry ], [ %1805, %pv ]
	%460 = phi float [ 0.0, %entry ], [ %1806, %pv ]
	%461 = phi float [ 0.0, %entry ], [ %1807, %pv ]
	%462 = phi float [ 0.0, %entry ], [ %1808, %pv ]
	%463 = phi float [ 0.0, %entry ], [ %1809, %pv ]
	%464 = phi float [ 0.0, %entry ], [ %1810, %pv ]
	%465 = phi float [ 0.0, %entry ], [ %1811, %pv ]
	%466 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %431, i32 1, i32 31)
	%467 = fadd float %431, %466
	%468 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %467, i32 2, i32 31)
	%469 = fadd float %467, %468
	%470 = fcmp ogt float %469, 0.0
	%471 = fdiv float 1.0, %469
	%472 = select i1 %470, float %471, float 0.0
	%473 = mul i32 %10, 16
	%474 = add i32 %19, %473
	%475 = add i32 %12, 0
	%476 = add i32 %474, %475
	%477 = fmul float %434, %472
	%478 = fmul float %435, %472
	%479 = fmul float %438, %472
	%480 = fmul float %439, %472
	%481 = fmul float %442, %472
	%482 = fmul float %443, %472
	%483 = fmul float %446, %472
	%484 = fmul float %447, %472
	%485 = fmul float %450, %472
	%486 = fmul float %451, %472
	%487 = fmul float %454, %472
	%488 = fmul float %455, %472
	%489 = fmul float %458, %472
	%490 = fmul float %459, %472
	%491 = fmul float %462, %472
	%492 = fmul float %463, %472
	%493 = icmp slt i32 %476, %M
	br i1 %493, label %store0, label %stored0

partial:
	%494 = shl i32 %13, 1
	%495 = add i32 0, %494
	%496 = add i32 %186, %495
	%497 = icmp slt i32 %496, %N
	%498 = select i1 %497, i32 %496, i32 0
	%499 = sitofp i32 %420 to float
	%500 = sitofp i32 %498 to float
	%501 = fcmp ole float %500, %499
	%502 = uitofp i1 %501 to float
	%503 = fcmp une float %502, 0.0
	%504 = fsub float %499, %500
	%505 = fcmp olt float %504, 256.0
	%506 = uitofp i1 %505 to float
	%507 = fcmp une float %506, 0.0
	%508 = fcmp olt float %500, 4.0
	%509 = uitofp i1 %508 to float
	%510 = fcmp une float %509, 0.0
	%511 = or i1 %507, %510
	%512 = uitofp i1 %511 to float
	%513 = fcmp une float %512, 0.0
	%514 = and i1 %503, %513
	%515 = uitofp i1 %514 to float
	%516 = fcmp une float %515, 0.0
	%517 = and i1 %497, %516
	%518 = select i1 %517, float %385, float 0xFFF0000000000000
	%519 = shl i32 %13, 1
	%520 = add i32 1, %519
	%521 = add i32 %186, %520
	%522 = icmp slt i32 %521, %N
	%523 = select i1 %522, i32 %521, i32 0
	%524 = sitofp i32 %420 to float
	%525 = sitofp i32 %523 to float
	%526 = fcmp ole float %525, %524
	%527 = uitofp i1 %526 to float
	%528 = fcmp une float %527, 0.0
	%529 = fsub float %524, %525
	%530 = fcmp olt float %529, 256.0
	%531 = uitofp i1 %530 to float
	%532 = fcmp une float %531, 0.0
	%533 = fcmp olt float %525, 4.0
	%534 = uitofp i1 %533 to float
	%535 = fcmp une float %534, 0.0
	%536 = or i1 %532, %535
	%537 = uitofp i1 %536 to float
	%538 = fcmp une float %537, 0.0
	%539 = and i1 %528, %538
	%540 = uitofp i1 %539 to float
	%541 = fcmp une float %540, 0.0
	%542 = and i1 %522, %541
	%543 = select i1 %542, float %386, float 0xFFF0000000000000
	%544 = shl i32 %13, 1
	%545 = add i32 0, %544
	%546 = add i32 %186, %545
	%547 = icmp slt i32 %546, %N
	%548 = select i1 %547, i32 %546, i32 0
	%549 = sitofp i32 %424 to float
	%550 = sitofp i32 %548 to float
	%551 = fcmp ole float %550, %549
	%552 = uitofp i1 %551 to float
	%553 = fcmp une float %552, 0.0
	%554 = fsub float %549, %550
	%555 = fcmp olt float %554, 256.0
	%556 = uitofp i1 %555 to float
	%557 = fcmp une float %556, 0.0
	%558 = fcmp olt float %550, 4.0
	%559 = uitofp i1 %558 to float
	%560 = fcmp une float %559, 0.0
	%561 = or i1 %557, %560
	%562 = uitofp i1 %561 to float
	%563 = fcmp une float %562, 0.0
	%564 = and i1 %553, %563
	%565 = uitofp i1 %564 to float
	%566 = fcmp une float %565, 0.0
	%567 = and i1 %547, %566
	%568 = select i1 %567, float %387, float 0xFFF0000000000000
	%569 = shl i32 %13, 1
	%570 = add i32 1, %569
	%571 = add i32 %186, %570
	%572 = icmp slt i32 %571, %N
	%573 = select i1 %572, i32 %571, i32 0
	%574 = sitofp i32 %424 to float
	%575 = sitofp i32 %573 to float
	%576 = fcmp ole float %575, %574
	%577 = uitofp i1 %576 to float
	%578 = fcmp une float %577, 0.0
	%579 = fsub float %574, %575
	%580 = fcmp olt float %579, 256.0
	%581 = uitofp i1 %580 to float
	%582 = fcmp une float %581, 0.0
	%583 = fcmp olt float %575, 4.0
	%584 = uitofp i1 %583 to float
	%585 = fcmp une float %584, 0.0
	%586 = or i1 %582, %585
	%587 = uitofp i1 %586 to float
	%588 = fcmp une float %587, 0.0
	%589 = and i1 %578, %588
	%590 = uitofp i1 %589 to float
	%591 = fcmp une float %590, 0.0
	%592 = and i1 %572, %591
	%593 = select i1 %592, float %388, float 0xFFF0000000000000
	%594 = shl i32 %13, 1
	%595 = add i32 8, %594
	%596 = add i32 %186, %595
	%597 = icmp slt i32 %596, %N
	%598 = select i1 %597, i32 %596, i32 0
	%599 = sitofp i32 %420 to float
	%600 = sitofp i32 %598 to float
	%601 = fcmp ole float %600, %599
	%602 = uitofp i1 %601 to float
	%603 = fcmp une float %602, 0.0
	%604 = fsub float %599, %600
	%605 = fcmp olt float %604, 256.0
	%606 = uitofp i1 %605 to float
	%607 = fcmp une float %606, 0.0
	%608 = fcmp olt float %600, 4.0
	%609 = uitofp i1 %608 to float
	%610 = fcmp une float %609, 0.0
	%611 = or i1 %607, %610
	%612 = uitofp i1 %611 to float
	%613 = fcmp une float %612, 0.0
	%614 = and i1 %603, %613
	%615 = uitofp i1 %614 to float
	%616 = fcmp une float %615, 0.0
	%617 = and i1 %597, %616
	%618 = select i1 %617, float %389, float 0xFFF0000000000000
	%619 = shl i32 %13, 1
	%620 = add i32 9, %619
	%621 = add i32 %186, %620
	%622 = icmp slt i32 %621, %N
	%623 = select i1 %622, i32 %621, i32 0
	%624 = sitofp i32 %420 to float
	%625 = sitofp i32 %623 to float
	%626 = fcmp ole float %625, %624
	%627 = uitofp i1 %626 to float
	%628 = fcmp une float %627, 0.0
	%629 = fsub float %624, %625
	%630 = fcmp olt float %629, 256.0
	%631 = uitofp i1 %630 to float
	%632 = fcmp une float %631, 0.0
	%633 = fcmp olt float %625, 4.0
	%634 = uitofp i1 %633 to float
	%635 = fcmp une float %634, 0.0
	%636 = or i1 %632, %635
	%637 = uitofp i1 %636 to float
	%638 = fcmp une float %637, 0.0
	%639 = and i1 %628, %638
	%640 = uitofp i1 %639 to float
	%641 = fcmp une float %640, 0.0
	%642 = and i1 %622, %641
	%643 = select i1 %642, float %390, float 0xFFF0000000000000
	%644 = shl i32 %13, 1
	%645 = add i32 8, %644
	%646 = add i32 %186, %645
	%647 = icmp slt i32 %646, %N
	%648 = select i1 %647, i32 %646, i32 0
	%649 = sitofp i32 %424 to float
	%650 = sitofp i32 %648 to float
	%651 = fcmp ole float %650, %649
	%652 = uitofp i1 %651 to float
	%653 = fcmp une float %652, 0.0
	%654 = fsub float %649, %650
	%655 = fcmp olt float %654, 256.0
	%656 = uitofp i1 %655 to float
	%657 = fcmp une float %656, 0.0
	%658 = fcmp olt float %650, 4.0
	%659 = uitofp i1 %658 to float
	%660 = fcmp une float %659, 0.0
	%661 = or i1 %657, %660
	%662 = uitofp i1 %661 to float
	%663 = fcmp une float %662, 0.0
	%664 = and i1 %653, %663
	%665 = uitofp i1 %664 to float
	%666 = fcmp une float %665, 0.0
	%667 = and i1 %647, %666
	%668 = select i1 %667, float %391, float 0xFFF0000000000000
	%669 = shl i32 %13, 1
	%670 = add i32 9, %669
	%671 = add i32 %186, %670
	%672 = icmp slt i32 %671, %N
	%673 = select i1 %672, i32 %671, i32 0
	%674 = sitofp i32 %424 to float
	%675 = sitofp i32 %673 to float
	%676 = fcmp ole float %675, %674
	%677 = uitofp i1 %676 to float
	%678 = fcmp une float %677, 0.0
	%679 = fsub float %674, %675
	%680 = fcmp olt float %679, 256.0
	%681 = uitofp i1 %680 to float
	%682 = fcmp une float %681, 0.0
	%683 = fcmp olt float %675, 4.0
	%684 = uitofp i1 %683 to float
	%685 = fcmp une float %684, 0.0
	%686 = or i1 %682, %685
	%687 = uitofp i1 %686 to float
	%688 = fcmp une float %687, 0.0
	%689 = and i1 %678, %688
	%690 = uitofp i1 %689 to float
	%691 = fcmp une float %690, 0.0
	%692 = and i1 %672, %691
	%693 = select i1 %692, float %392, float 0xFFF0000000000000
	%694 = shl i32 %13, 1
	%695 = add i32 16, %694
	%696 = add i32 %186, %695
	%697 = icmp slt i32 %696, %N
	%698 = select i1 %697, i32 %696, i32 0
	%699 = sitofp i32 %420 to float
	%700 = sitofp i32 %698 to float
	%701 = fcmp ole float %700, %699
	%702 = uitofp i1 %701 to float
	%703 = fcmp une float %702, 0.0
	%704 = fsub float %699, %700
	%705 = fcmp olt float %704, 256.0
	%706 = uitofp i1 %705 to float
	%707 = fcmp une float %706, 0.0
	%708 = fcmp olt float %700, 4.0
	%709 = uitofp i1 %708 to float
	%710 = fcmp une float %709, 0.0
	%711 = or i1 %707, %710
	%712 = uitofp i1 %711 to float
	%713 = fcmp une float %712, 0.0
	%714 = and i1 %703, %713
	%715 = uitofp i1 %714 to float
	%716 = fcmp une float %715, 0.0
	%717 = and i1 %697, %716
	%718 = select i1 %717, float %393, float 0xFFF0000000000000
	%719 = shl i32 %13, 1
	%720 = add i32 17, %719
	%721 = add i32 %186, %720
	%722 = icmp slt i32 %721, %N
	%723 = select i1 %722, i32 %721, i32 0
	%724 = sitofp i32 %420 to float
	%725 = sitofp i32 %723 to float
	%726 = fcmp ole float %725, %724
	%727 = uitofp i1 %726 to float
	%728 = fcmp une float %727, 0.0
	%729 = fsub float %724, %725
	%730 = fcmp olt float %729, 256.0
	%731 = uitofp i1 %730 to float
	%732 = fcmp une float %731, 0.0
	%733 = fcmp olt float %725, 4.0
	%734 = uitofp i1 %733 to float
	%735 = fcmp une float %734, 0.0
	%736 = or i1 %732, %735
	%737 = uitofp i1 %736 to float
	%738 = fcmp une float %737, 0.0
	%739 = and i1 %728, %738
	%740 = uitofp i1 %739 to float
	%741 = fcmp une float %740, 0.0
	%742 = and i1 %722, %741
	%743 = select i1 %742, float %394, float 0xFFF0000000000000
	%744 = shl i32 %13, 1
	%745 = add i32 16, %744
	%746 = add i32 %186, %745
	%747 = icmp slt i32 %746, %N
	%748 = select i1 %747, i32 %746, i32 0
	%749 = sitofp i32 %424 to float
	%750 = sitofp i32 %748 to float
	%751 = fcmp ole float %750, %749
	%752 = uitofp i1 %751 to float
	%753 = fcmp une float %752, 0.0
	%754 = fsub float %749, %750
	%755 = fcmp olt float %754, 256.0
	%756 = uitofp i1 %755 to float
	%757 = fcmp une float %756, 0.0
	%758 = fcmp olt float %750, 4.0
	%759 = uitofp i1 %758 to float
	%760 = fcmp une float %759, 0.0
	%761 = or i1 %757, %760
	%762 = uitofp i1 %761 to float
	%763 = fcmp une float %762, 0.0
	%764 = and i1 %753, %763
	%765 = uitofp i1 %764 to float
	%766 = fcmp une float %765, 0.0
	%767 = and i1 %747, %766
	%768 = select i1 %767, float %395, float 0xFFF0000000000000
	%769 = shl i32 %13, 1
	%770 = add i32 17, %769
	%771 = add i32 %186, %770
	%772 = icmp slt i32 %771, %N
	%773 = select i1 %772, i32 %771, i32 0
	%774 = sitofp i32 %424 to float
	%775 = sitofp i32 %773 to float
	%776 = fcmp ole float %775, %774
	%777 = uitofp i1 %776 to float
	%778 = fcmp une float %777, 0.0
	%779 = fsub float %774, %775
	%780 = fcmp olt float %779, 256.0
	%781 = uitofp i1 %780 to float
	%782 = fcmp une float %781, 0.0
	%783 = fcmp olt float %775, 4.0
	%784 = uitofp i1 %783 to float
	%785 = fcmp une float %784, 0.0
	%786 = or i1 %782, %785
	%787 = uitofp i1 %786 to float
	%788 = fcmp une float %787, 0.0
	%789 = and i1 %778, %788
	%790 = uitofp i1 %789 to float
	%791 = fcmp une float %790, 0.0
	%792 = and i1 %772, %791
	%793 = select i1 %792, float %396, float 0xFFF0000000000000
	%794 = shl i32 %13, 1
	%795 = add i32 24, %794
	%796 = add i32 %186, %795
	%797 = icmp slt i32 %796, %N
	%798 = select i1 %797, i32 %796, i32 0
	%799 = sitofp i32 %420 to float
	%800 = sitofp i32 %798 to float
	%801 = fcmp ole float %800, %799
	%802 = uitofp i1 %801 to float
	%803 = fcmp une float %802, 0.0
	%804 = fsub float %799, %800
	%805 = fcmp olt float %804, 256.0
	%806 = uitofp i1 %805 to float
	%807 = fcmp une float %806, 0.0
	%808 = fcmp olt float %800, 4.0
	%809 = uitofp i1 %808 to float
	%810 = fcmp une float %809, 0.0
	%811 = or i1 %807, %810
	%812 = uitofp i1 %811 to float
	%813 = fcmp une float %812, 0.0
	%814 = and i1 %803, %813
	%815 = uitofp i1 %814 to float
	%816 = fcmp une float %815, 0.0
	%817 = and i1 %797, %816
	%818 = select i1 %817, float %397, float 0xFFF0000000000000
	%819 = shl i32 %13, 1
	%820 = add i32 25, %819
	%821 = add i32 %186, %820
	%822 = icmp slt i32 %821, %N
	%823 = select i1 %822, i32 %821, i32 0
	%824 = sitofp i32 %420 to float
	%825 = sitofp i32 %823 to float
	%826 = fcmp ole float %825, %824
	%827 = uitofp i1 %826 to float
	%828 = fcmp une float %827, 0.0
	%829 = fsub float %824, %825
	%830 = fcmp olt float %829, 256.0
	%831 = uitofp i1 %830 to float
	%832 = fcmp une float %831, 0.0
	%833 = fcmp olt float %825, 4.0
	%834 = uitofp i1 %833 to float
	%835 = fcmp une float %834, 0.0
	%836 = or i1 %832, %835
	%837 = uitofp i1 %836 to float
	%838 = fcmp une float %837, 0.0
	%839 = and i1 %828, %838
	%840 = uitofp i1 %839 to float
	%841 = fcmp une float %840, 0.0
	%842 = and i1 %822, %841
	%843 = select i1 %842, float %398, float 0xFFF0000000000000
	%844 = shl i32 %13, 1
	%845 = add i32 24, %844
	%846 = add i32 %186, %845
	%847 = icmp slt i32 %846, %N
	%848 = select i1 %847, i32 %846, i32 0
	%849 = sitofp i32 %424 to float
	%850 = sitofp i32 %848 to float
	%851 = fcmp ole float %850, %849
	%852 = uitofp i1 %851 to float
	%853 = fcmp une float %852, 0.0
	%854 = fsub float %849, %850
	%855 = fcmp olt float %854, 256.0
	%856 = uitofp i1 %855 to float
	%857 = fcmp une float %856, 0.0
	%858 = fcmp olt float %850, 4.0
	%859 = uitofp i1 %858 to float
	%860 = fcmp une float %859, 0.0
	%861 = or i1 %857, %860
	%862 = uitofp i1 %861 to float
	%863 = fcmp une float %862, 0.0
	%864 = and i1 %853, %863
	%865 = uitofp i1 %864 to float
	%866 = fcmp une float %865, 0.0
	%867 = and i1 %847, %866
	%868 = select i1 %867, float %399, float 0xFFF0000000000000
	%869 = shl i32 %13, 1
	%870 = add i32 25, %869
	%871 = add i32 %186, %870
	%872 = icmp slt i32 %871, %N
	%873 = select i1 %872, i32 %871, i32 0
	%874 = sitofp i32 %424 to float
	%875 = sitofp i32 %873 to float
	%876 = fcmp ole float %875, %874
	%877 = uitofp i1 %876 to float
	%878 = fcmp une float %877, 0.0
	%879 = fsub float %874, %875
	%880 = fcmp olt float %879, 256.0
	%881 = uitofp i1 %880 to float
	%882 = fcmp une float %881, 0.0
	%883 = fcmp olt float %875, 4.0
	%884 = uitofp i1 %883 to float
	%885 = fcmp une float %884, 0.0
	%886 = or i1 %882, %885
	%887 = uitofp i1 %886 to float
	%888 = fcmp une float %887, 0.0
	%889 = and i1 %878, %888
	%890 = uitofp i1 %889 to float
	%891 = fcmp une float %890, 0.0
	%892 = and i1 %872, %891
	%893 = select i1 %892, float %400, float 0xFFF0000000000000
	%894 = shl i32 %13, 1
	%895 = add i32 32, %894
	%896 = add i32 %186, %895
	%897 = icmp slt i32 %896, %N
	%898 = select i1 %897, i32 %896, i32 0
	%899 = sitofp i32 %420 to float
	%900 = sitofp i32 %898 to float
	%901 = fcmp ole float %900, %899
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = fsub float %899, %900
	%905 = fcmp olt float %904, 256.0
	%906 = uitofp i1 %905 to float
	%907 = fcmp une float %906, 0.0
	%908 = fcmp olt float %900, 4.0
	%909 = uitofp i1 %908 to float
	%910 = fcmp une float %909, 0.0
	%911 = or i1 %907, %910
	%912 = uitofp i1 %911 to float
	%913 = fcmp une float %912, 0.0
	%914 = and i1 %903, %913
	%915 = uitofp i1 %914 to float
	%916 = fcmp une float %915, 0.0
	%917 = and i1 %897, %916
	%918 = select i1 %917, float %401, float 0xFFF0000000000000
	%919 = shl i32 %13, 1
	%920 = add i32 33, %919
	%921 = add i32 %186, %920
	%922 = icmp slt i32 %921, %N
	%923 = select i1 %922, i32 %921, i32 0
	%924 = sitofp i32 %420 to float
	%925 = sitofp i32 %923 to float
	%926 = fcmp ole float %925, %924
	%927 = uitofp i1 %926 to float
	%928 = fcmp une float %927, 0.0
	%929 = fsub float %924, %925
	%930 = fcmp olt float %929, 256.0
	%931 = uitofp i1 %930 to float
	%932 = fcmp une float %931, 0.0
	%933 = fcmp olt float %925, 4.0
	%934 = uitofp i1 %933 to float
	%935 = fcmp une float %934, 0.0
	%936 = or i1 %932, %935
	%937 = uitofp i1 %936 to float
	%938 = fcmp une float %937, 0.0
	%939 = and i1 %928, %938
	%940 = uitofp i1 %939 to float
	%941 = fcmp une float %940, 0.0
	%942 = and i1 %922, %941
	%943 = select i1 %942, float %402, float 0xFFF0000000000000
	%944 = shl i32 %13, 1
	%945 = add i32 32, %944
	%946 = add i32 %186, %945
	%947 = icmp slt i32 %946, %N
	%948 = select i1 %947, i32 %946, i32 0
	%949 = sitofp i32 %424 to float
	%950 = sitofp i32 %948 to float
	%951 = fcmp ole float %950, %949
	%952 = uitofp i1 %951 to float
	%953 = fcmp une float %952, 0.0
	%954 = fsub float %949, %950
	%955 = fcmp olt float %954, 256.0
	%956 = uitofp i1 %955 to float
	%957 = fcmp une float %956, 0.0
	%958 = fcmp olt float %950, 4.0
	%959 = uitofp i1 %958 to float
	%960 = fcmp une float %959, 0.0
	%961 = or i1 %957, %960
	%962 = uitofp i1 %961 to float
	%963 = fcmp une float %962, 0.0
	%964 = and i1 %953, %963
	%965 = uitofp i1 %964 to float
	%966 = fcmp une float %965, 0.0
	%967 = and i1 %947, %966
	%968 = select i1 %967, float %403, float 0xFFF0000000000000
	%969 = shl i32 %13, 1
	%970 = add i32 33, %969
	%971 = add i32 %186, %970
	%972 = icmp slt i32 %971, %N
	%973 = select i1 %972, i32 %971, i32 0
	%974 = sitofp i32 %424 to float
	%975 = sitofp i32 %973 to float
	%976 = fcmp ole float %975, %974
	%977 = uitofp i1 %976 to float
	%978 = fcmp une float %977, 0.0
	%979 = fsub float %974, %975
	%980 = fcmp olt float %979, 256.0
	%981 = uitofp i1 %980 to float
	%982 = fcmp une float %981, 0.0
	%983 = fcmp olt float %975, 4.0
	%984 = uitofp i1 %983 to float
	%985 = fcmp une float %984, 0.0
	%986 = or i1 %982, %985
	%987 = uitofp i1 %986 to float
	%988 = fcmp une float %987, 0.0
	%989 = and i1 %978, %988
	%990 = uitofp i1 %989 to float
	%991 = fcmp une float %990, 0.0
	%992 = and i1 %972, %991
	%993 = select i1 %992, float %404, float 0xFFF0000000000000
	%994 = shl i32 %13, 1
	%995 = add i32 40, %994
	%996 = add i32 %186, %995
	%997 = icmp slt i32 %996, %N
	%998 = select i1 %997, i32 %996, i32 0
	%999 = sitofp i32 %420 to float
	%1000 = sitofp i32 %998 to float
	%1001 = fcmp ole float %1000, %999
	%1002 = uitofp i1 %1001 to float
	%1003 = fcmp une float %1002, 0.0
	%1004 = fsub float %999, %1000
	%1005 = fcmp olt float %1004, 256.0
	%1006 = uitofp i1 %1005 to float
	%1007 = fcmp une float %1006, 0.0
	%1008 = fcmp olt float %1000, 4.0
	%1009 = uitofp i1 %1008 to float
	%1010 = fcmp une float %1009, 0.0
	%1011 = or i1 %1007, %1010
	%1012 = uitofp i1 %1011 to float
	%1013 = fcmp une float %1012, 0.0
	%1014 = and i1 %1003, %1013
	%1015 = uitofp i1 %1014 to float
	%1016 = fcmp une float %1015, 0.0
	%1017 = and i1 %997, %1016
	%1018 = select i1 %1017, float %405, float 0xFFF0000000000000
	%1019 = shl i32 %13, 1
	%1020 = add i32 41, %1019
	%1021 = add i32 %186, %1020
	%1022 = icmp slt i32 %1021, %N
	%1023 = select i1 %1022, i32 %1021, i32 0
	%1024 = sitofp i32 %420 to float
	%1025 = sitofp i32 %1023 to float
	%1026 = fcmp ole float %1025, %1024
	%1027 = uitofp i1 %1026 to float
	%1028 = fcmp une float %1027, 0.0
	%1029 = fsub float %1024, %1025
	%1030 = fcmp olt float %1029, 256.0
	%1031 = uitofp i1 %1030 to float
	%1032 = fcmp une float %1031, 0.0
	%1033 = fcmp olt float %1025, 4.0
	%1034 = uitofp i1 %1033 to float
	%1035 = fcmp une float %1034, 0.0
	%1036 = or i1 %1032, %1035
	%1037 = uitofp i1 %1036 to float
	%1038 = fcmp une float %1037, 0.0
	%1039 = and i1 %1028, %1038
	%1040 = uitofp i1 %1039 to float
	%1041 = fcmp une float %1040, 0.0
	%1042 = and i1 %1022, %1041
	%1043 = select i1 %1042, float %406, float 0xFFF0000000000000
	%1044 = shl i32 %13, 1
	%1045 = add i32 40, %1044
	%1046 = add i32 %186, %1045
	%1047 = icmp slt i32 %1046, %N
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = sitofp i32 %424 to float
	%1050 = sitofp i32 %1048 to float
	%1051 = fcmp ole float %1050, %1049
	%1052 = uitofp i1 %1051 to float
	%1053 = fcmp une float %1052, 0.0
	%1054 = fsub float %1049, %1050
	%1055 = fcmp olt float %1054, 256.0
	%1056 = uitofp i1 %1055 to float
	%1057 = fcmp une float %1056, 0.0
	%1058 = fcmp olt float %1050, 4.0
	%1059 = uitofp i1 %1058 to float
	%1060 = fcmp une float %1059, 0.0
	%1061 = or i1 %1057, %1060
	%1062 = uitofp i1 %1061 to float
	%1063 = fcmp une float %1062, 0.0
	%1064 = and i1 %1053, %1063
	%1065 = uitofp i1 %1064 to float
	%1066 = fcmp une float %1065, 0.0
	%1067 = and i1 %1047, %1066
	%1068 = select i1 %1067, float %407, float 0xFFF0000000000000
	%1069 = shl i32 %13, 1
	%1070 = add i32 41, %1069
	%1071 = add i32 %186, %1070
	%1072 = icmp slt i32 %1071, %N
	%1073 = select i1 %1072, i32 %1071, i32 0
	%1074 = sitofp i32 %424 to float
	%1075 = sitofp i32 %1073 to float
	%1076 = fcmp ole float %1075, %1074
	%1077 = uitofp i1 %1076 to float
	%1078 = fcmp une float %1077, 0.0
	%1079 = fsub float %1074, %1075
	%1080 = fcmp olt float %1079, 256.0
	%1081 = uitofp i1 %1080 to float
	%1082 = fcmp une float %1081, 0.0
	%1083 = fcmp olt float %1075, 4.0
	%1084 = uitofp i1 %1083 to float
	%1085 = fcmp une float %1084, 0.0
	%1086 = or i1 %1082, %1085
	%1087 = uitofp i1 %1086 to float
	%1088 = fcmp une float %1087, 0.0
	%1089 = and i1 %1078, %1088
	%1090 = uitofp i1 %1089 to float
	%1091 = fcmp une float %1090, 0.0
	%1092 = and i1 %1072, %1091
	%1093 = select i1 %1092, float %408, float 0xFFF0000000000000
	%1094 = shl i32 %13, 1
	%1095 = add i32 48, %1094
	%1096 = add i32 %186, %1095
	%1097 = icmp slt i32 %1096, %N
	%1098 = select i1 %1097, i32 %1096, i32 0
	%1099 = sitofp i32 %420 to float
	%1100 = sitofp i32 %1098 to float
	%1101 = fcmp ole float %1100, %1099
	%1102 = uitofp i1 %1101 to float
	%1103 = fcmp une float %1102, 0.0
	%1104 = fsub float %1099, %1100
	%1105 = fcmp olt float %1104, 256.0
	%1106 = uitofp i1 %1105 to float
	%1107 = fcmp une float %1106, 0.0
	%1108 = fcmp olt float %1100, 4.0
	%1109 = uitofp i1 %1108 to float
	%1110 = fcmp une float %1109, 0.0
	%1111 = or i1 %1107, %1110
	%1112 = uitofp i1 %1111 to float
	%1113 = fcmp une float %1112, 0.0
	%1114 = and i1 %1103, %1113
	%1115 = uitofp i1 %1114 to float
	%1116 = fcmp une float %1115, 0.0
	%1117 = and i1 %1097, %1116
	%1118 = select i1 %1117, float %409, float 0xFFF0000000000000
	%1119 = shl i32 %13, 1
	%1120 = add i32 49, %1119
	%1121 = add i32 %186, %1120
	%1122 = icmp slt i32 %1121, %N
	%1123 = select i1 %1122, i32 %1121, i32 0
	%1124 = sitofp i32 %420 to float
	%1125 = sitofp i32 %1123 to float
	%1126 = fcmp ole float %1125, %1124
	%1127 = uitofp i1 %1126 to float
	%1128 = fcmp une float %1127, 0.0
	%1129 = fsub float %1124, %1125
	%1130 = fcmp olt float %1129, 256.0
	%1131 = uitofp i1 %1130 to float
	%1132 = fcmp une float %1131, 0.0
	%1133 = fcmp olt float %1125, 4.0
	%1134 = uitofp i1 %1133 to float
	%1135 = fcmp une float %1134, 0.0
	%1136 = or i1 %1132, %1135
	%1137 = uitofp i1 %1136 to float
	%1138 = fcmp une float %1137, 0.0
	%1139 = and i1 %1128, %1138
	%1140 = uitofp i1 %1139 to float
	%1141 = fcmp une float %1140, 0.0
	%1142 = and i1 %1122, %1141
	%1143 = select i1 %1142, float %410, float 0xFFF0000000000000
	%1144 = shl i32 %13, 1
	%1145 = add i32 48, %1144
	%1146 = add i32 %186, %1145
	%1147 = icmp slt i32 %1146, %N
	%1148 = select i1 %1147, i32 %1146, i32 0
	%1149 = sitofp i32 %424 to float
	%1150 = sitofp i32 %1148 to float
	%1151 = fcmp ole float %1150, %1149
	%1152 = uitofp i1 %1151 to float
	%1153 = fcmp une float %1152, 0.0
	%1154 = fsub float %1149, %1150
	%1155 = fcmp olt float %1154, 256.0
	%1156 = uitofp i1 %1155 to float
	%1157 = fcmp une float %1156, 0.0
	%1158 = fcmp olt float %1150, 4.0
	%1159 = uitofp i1 %1158 to float
	%1160 = fcmp une float %1159, 0.0
	%1161 = or i1 %1157, %1160
	%1162 = uitofp i1 %1161 to float
	%1163 = fcmp une float %1162, 0.0
	%1164 = and i1 %1153, %1163
	%1165 = uitofp i1 %1164 to float
	%1166 = fcmp une float %1165, 0.0
	%1167 = and i1 %1147, %1166
	%1168 = select i1 %1167, float %411, float 0xFFF0000000000000
	%1169 = shl i32 %13, 1
	%1170 = add i32 49, %1169
	%1171 = add i32 %186, %1170
	%1172 = icmp slt i32 %1171, %N
	%1173 = select i1 %1172, i32 %1171, i32 0
	%1174 = sitofp i32 %424 to float
	%1175 = sitofp i32 %1173 to float
	%1176 = fcmp ole float %1175, %1174
	%1177 = uitofp i1 %1176 to float
	%1178 = fcmp une float %1177, 0.0
	%1179 = fsub float %1174, %1175
	%1180 = fcmp olt float %1179, 256.0
	%1181 = uitofp i1 %1180 to float
	%1182 = fcmp une float %1181, 0.0
	%1183 = fcmp olt float %1175, 4.0
	%1184 = uitofp i1 %1183 to float
	%1185 = fcmp une float %1184, 0.0
	%1186 = or i1 %1182, %1185
	%1187 = uitofp i1 %1186 to float
	%1188 = fcmp une float %1187, 0.0
	%1189 = and i1 %1178, %1188
	%1190 = uitofp i1 %1189 to float
	%1191 = fcmp une float %1190, 0.0
	%1192 = and i1 %1172, %1191
	%1193 = select i1 %1192, float %412, float 0xFFF0000000000000
	%1194 = shl i32 %13, 1
	%1195 = add i32 56, %1194
	%1196 = add i32 %186, %1195
	%1197 = icmp slt i32 %1196, %N
	%1198 = select i1 %1197, i32 %1196, i32 0
	%1199 = sitofp i32 %420 to float
	%1200 = sitofp i32 %1198 to float
	%1201 = fcmp ole float %1200, %1199
	%1202 = uitofp i1 %1201 to float
	%1203 = fcmp une float %1202, 0.0
	%1204 = fsub float %1199, %1200
	%1205 = fcmp olt float %1204, 256.0
	%1206 = uitofp i1 %1205 to float
	%1207 = fcmp une float %1206, 0.0
	%1208 = fcmp olt float %1200, 4.0
	%1209 = uitofp i1 %1208 to float
	%1210 = fcmp une float %1209, 0.0
	%1211 = or i1 %1207, %1210
	%1212 = uitofp i1 %1211 to float
	%1213 = fcmp une float %1212, 0.0
	%1214 = and i1 %1203, %1213
	%1215 = uitofp i1 %1214 to float
	%1216 = fcmp une float %1215, 0.0
	%1217 = and i1 %1197, %1216
	%1218 = select i1 %1217, float %413, float 0xFFF0000000000000
	%1219 = shl i32 %13, 1
	%1220 = add i32 57, %1219
	%1221 = add i32 %186, %1220
	%1222 = icmp slt i32 %1221, %N
	%1223 = select i1 %1222, i32 %1221, i32 0
	%1224 = sitofp i32 %420 to float
	%1225 = sitofp i32 %1223 to float
	%1226 = fcmp ole float %1225, %1224
	%1227 = uitofp i1 %1226 to float
	%1228 = fcmp une float %1227, 0.0
	%1229 = fsub float %1224, %1225
	%1230 = fcmp olt float %1229, 256.0
	%1231 = uitofp i1 %1230 to float
	%1232 = fcmp une float %1231, 0.0
	%1233 = fcmp olt float %1225, 4.0
	%1234 = uitofp i1 %1233 to float
	%1235 = fcmp une float %1234, 0.0
	%1236 = or i1 %1232, %1235
	%1237 = uitofp i1 %1236 to float
	%1238 = fcmp une float %1237, 0.0
	%1239 = and i1 %1228, %1238
	%1240 = uitofp i1 %1239 to float
	%1241 = fcmp une float %1240, 0.0
	%1242 = and i1 %1222, %1241
	%1243 = select i1 %1242, float %414, float 0xFFF0000000000000
	%1244 = shl i32 %13, 1
	%1245 = add i32 56, %1244
	%1246 = add i32 %186, %1245
	%1247 = icmp slt i32 %1246, %N
	%1248 = select i1 %1247, i32 %1246, i32 0
	%1249 = sitofp i32 %424 to float
	%1250 = sitofp i32 %1248 to float
	%1251 = fcmp ole float %1250, %1249
	%1252 = uitofp i1 %1251 to float
	%1253 = fcmp une float %1252, 0.0
	%1254 = fsub float %1249, %1250
	%1255 = fcmp olt float %1254, 256.0
	%1256 = uitofp i1 %1255 to float
	%1257 = fcmp une float %1256, 0.0
	%1258 = fcmp olt float %1250, 4.0
	%1259 = uitofp i1 %1258 to float
	%1260 = fcmp une float %1259, 0.0
	%1261 = or i1 %1257, %1260
	%1262 = uitofp i1 %1261 to float
	%1263 = fcmp une float %1262, 0.0
	%1264 = and i1 %1253, %1263
	%1265 = uitofp i1 %1264 to float
	%1266 = fcmp une float %1265, 0.0
	%1267 = and i1 %1247, %1266
	%1268 = select i1 %1267, float %415, float 0xFFF0000000000000
	%1269 = shl i32 %13, 1
	%1270 = add i32 57, %1269
	%1271 = add i32 %186, %1270
	%1272 = icmp slt i32 %1271, %N
	%1273 = select i1 %1272, i32 %1271, i32 0
	%1274 = sitofp i32 %424 to float
	%1275 = sitofp i32 %1273 to float
	%1276 = fcmp ole float %1275, %1274
	%1277 = uitofp i1 %1276 to float
	%1278 = fcmp une float %1277, 0.0
	%1279 = fsub float %1274, %1275
	%1280 = fcmp olt float %1279, 256.0
	%1281 = uitofp i1 %1280 to float
	%1282 = fcmp une float %1281, 0.0
	%1283 = fcmp olt float %1275, 4.0
	%1284 = uitofp i1 %1283 to float
	%1285 = fcmp une float %1284, 0.0
	%1286 = or i1 %1282, %1285
	%1287 = uitofp i1 %1286 to float
	%1288 = fcmp une float %1287, 0.0
	%1289 = and i1 %1278, %1288
	%1290 = uitofp i1 %1289 to float
	%1291 = fcmp une float %1290, 0.0
	%1292 = and i1 %1272, %1291
	%1293 = select i1 %1292, float %416, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1294 = phi float [ %385, %loop ], [ %518, %partial ]
	%1295 = phi float [ %386, %loop ], [ %543, %partial ]
	%1296 = phi float [ %387, %loop ], [ %568, %partial ]
	%1297 = phi float [ %388, %loop ], [ %593, %partial ]
	%1298 = phi float [ %389, %loop ], [ %618, %partial ]
	%1299 = phi float [ %390, %loop ], [ %643, %partial ]
	%1300 = phi float [ %391, %loop ], [ %668, %partial ]
	%1301 = phi float [ %392, %loop ], [ %693, %partial ]
	%1302 = phi float [ %393, %loop ], [ %718, %partial ]
	%1303 = phi float [ %394, %loop ], [ %743, %partial ]
	%1304 = phi float [ %395, %loop ], [ %768, %partial ]
	%1305 = phi float [ %396, %loop ], [ %793, %partial ]
	%1306 = phi float [ %397, %loop ], [ %818, %partial ]
	%1307 = phi float [ %398, %loop ], [ %843, %partial ]
	%1308 = phi float [ %399, %loop ], [ %868, %partial ]
	%1309 = phi float [ %400, %loop ], [ %893, %partial ]
	%1310 = phi float [ %401, %loop ], [ %918, %partial ]
	%1311 = phi float [ %402, %loop ], [ %943, %partial ]
	%1312 = phi float [ %403, %loop ], [ %968, %partial ]
	%1313 = phi float [ %404, %loop ], [ %993, %partial ]
	%1314 = phi float [ %405, %loop ], [ %1018, %partial ]
	%1315 = phi float [ %406, %loop ], [ %1043, %partial ]
	%1316 = phi float [ %407, %loop ], [ %1068, %partial ]
	%1317 = phi float [ %408, %loop ], [ %1093, %partial ]
	%1318 = phi float [ %409, %loop ], [ %1118, %partial ]
	%1319 = phi float [ %410, %loop ], [ %1143, %partial ]
	%1320 = phi float [ %411, %loop ], [ %1168, %partial ]
	%1321 = phi float [ %412, %loop ], [ %1193, %partial ]
	%1322 = phi float [ %413, %loop ], [ %1218, %partial ]
	%1323 = phi float [ %414, %loop ], [ %1243, %partial ]
	%1324 = phi float [ %415, %loop ], [ %1268, %partial ]
	%1325 = phi float [ %416, %loop ], [ %1293, %partial ]
	%1326 = call float @llvm.nvvm.fmax.f(float %1294, float %1295)
	%1327 = call float @llvm.nvvm.fmax.f(float %1298, float %1299)
	%1328 = call float @llvm.nvvm.fmax.f(float %1302, float %1303)
	%1329 = call float @llvm.nvvm.fmax.f(float %1306, float %1307)
	%1330 = call float @llvm.nvvm.fmax.f(float %1310, float %1311)
	%1331 = call float @llvm.nvvm.fmax.f(float %1314, float %1315)
	%1332 = call float @llvm.nvvm.fmax.f(float %1318, float %1319)
	%1333 = call float @llvm.nvvm.fmax.f(float %1322, float %1323)
	%1334 = call float @llvm.nvvm.fmax.f(float %1326, float %1327)
	%1335 = call float @llvm.nvvm.fmax.f(float %1328, float %1329)
	%1336 = call float @llvm.nvvm.fmax.f(float %1330, float %1331)
	%1337 = call float @llvm.nvvm.fmax.f(float %1332, float %1333)
	%1338 = call float @llvm.nvvm.fmax.f(float %1334, float %1335)
	%1339 = call float @llvm.nvvm.fmax.f(float %1336, float %1337)
	%1340 = call float @llvm.nvvm.fmax.f(float %1338, float %1339)
	%1341 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1340, i32 1, i32 31)
	%1342 = call float @llvm.nvvm.fmax.f(float %1340, float %1341)
	%1343 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1342, i32 2, i32 31)
	%1344 = call float @llvm.nvvm.fmax.f(float %1342, float %1343)
	%1345 = fmul float %1344, 0x3FC7154760000000
	%1346 = call float @llvm.nvvm.fmax.f(float %182, float %1345)
	%1347 = fadd float %182, 8.0
	%1348 = fcmp ogt float %1346, %1347
	%1349 = or i1 false, %1348
	%1350 = call float @llvm.nvvm.fmax.f(float %1296, float %1297)
	%1351 = call float @llvm.nvvm.fmax.f(float %1300, float %1301)
	%1352 = call float @llvm.nvvm.fmax.f(float %1304, float %1305)
	%1353 = call float @llvm.nvvm.fmax.f(float %1308, float %1309)
	%1354 = call float @llvm.nvvm.fmax.f(float %1312, float %1313)
	%1355 = call float @llvm.nvvm.fmax.f(float %1316, float %1317)
	%1356 = call float @llvm.nvvm.fmax.f(float %1320, float %1321)
	%1357 = call float @llvm.nvvm.fmax.f(float %1324, float %1325)
	%1358 = call float @llvm.nvvm.fmax.f(float %1350, float %1351)
	%1359 = call float @llvm.nvvm.fmax.f(float %1352, float %1353)
	%1360 = call float @llvm.nvvm.fmax.f(float %1354, float %1355)
	%1361 = call float @llvm.nvvm.fmax.f(float %1356, float %1357)
	%1362 = call float @llvm.nvvm.fmax.f(float %1358, float %1359)
	%1363 = call float @llvm.nvvm.fmax.f(float %1360, float %1361)
	%1364 = call float @llvm.nvvm.fmax.f(float %1362, float %1363)
	%1365 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1364, i32 1, i32 31)
	%1366 = call float @llvm.nvvm.fmax.f(float %1364, float %1365)
	%1367 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1366, i32 2, i32 31)
	%1368 = call float @llvm.nvvm.fmax.f(float %1366, float %1367)
	%1369 = fmul float %1368, 0x3FC7154760000000
	%1370 = call float @llvm.nvvm.fmax.f(float %184, float %1369)
	%1371 = fadd float %184, 8.0
	%1372 = fcmp ogt float %1370, %1371
	%1373 = or i1 %1349, %1372
	%1374 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1373)
	br i1 %1374, label %1375, label %1418

1375:
	%1376 = fcmp oeq float %1346, 0xFFF0000000000000
	%1377 = select i1 %1376, float 0.0, float %1346
	%1378 = fsub float %182, %1377
	%1379 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1378)
	%1380 = fcmp oeq float %1370, 0xFFF0000000000000
	%1381 = select i1 %1380, float 0.0, float %1370
	%1382 = fsub float %184, %1381
	%1383 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1382)
	%1384 = fmul float %150, %1379
	%1385 = fmul float %151, %1379
	%1386 = fmul float %152, %1383
	%1387 = fmul float %153, %1383
	%1388 = fmul float %154, %1379
	%1389 = fmul float %155, %1379
	%1390 = fmul float %156, %1383
	%1391 = fmul float %157, %1383
	%1392 = fmul float %158, %1379
	%1393 = fmul float %159, %1379
	%1394 = fmul float %160, %1383
	%1395 = fmul float %161, %1383
	%1396 = fmul float %162, %1379
	%1397 = fmul float %163, %1379
	%1398 = fmul float %164, %1383
	%1399 = fmul float %165, %1383
	%1400 = fmul float %166, %1379
	%1401 = fmul float %167, %1379
	%1402 = fmul float %168, %1383
	%1403 = fmul float %169, %1383
	%1404 = fmul float %170, %1379
	%1405 = fmul float %171, %1379
	%1406 = fmul float %172, %1383
	%1407 = fmul float %173, %1383
	%1408 = fmul float %174, %1379
	%1409 = fmul float %175, %1379
	%1410 = fmul float %176, %1383
	%1411 = fmul float %177, %1383
	%1412 = fmul float %178, %1379
	%1413 = fmul float %179, %1379
	%1414 = fmul float %180, %1383
	%1415 = fmul float %181, %1383
	%1416 = fmul float %183, %1379
	%1417 = fmul float %185, %1383
	br label %1418

1418:
	%1419 = phi float [ %150, %softmax ], [ %1384, %1375 ]
	%1420 = phi float [ %151, %softmax ], [ %1385, %1375 ]
	%1421 = phi float [ %152, %softmax ], [ %1386, %1375 ]
	%1422 = phi float [ %153, %softmax ], [ %1387, %1375 ]
	%1423 = phi float [ %154, %softmax ], [ %1388, %1375 ]
	%1424 = phi float [ %155, %softmax ], [ %1389, %1375 ]
	%1425 = phi float [ %156, %softmax ], [ %1390, %1375 ]
	%1426 = phi float [ %157, %softmax ], [ %1391, %1375 ]
	%1427 = phi float [ %158, %softmax ], [ %1392, %1375 ]
	%1428 = phi float [ %159, %softmax ], [ %1393, %1375 ]
	%1429 = phi float [ %160, %softmax ], [ %1394, %1375 ]
	%1430 = phi float [ %161, %softmax ], [ %1395, %1375 ]
	%1431 = phi float [ %162, %softmax ], [ %1396, %1375 ]
	%1432 = phi float [ %163, %softmax ], [ %1397, %1375 ]
	%1433 = phi float [ %164, %softmax ], [ %1398, %1375 ]
	%1434 = phi float [ %165, %softmax ], [ %1399, %1375 ]
	%1435 = phi float [ %166, %softmax ], [ %1400, %1375 ]
	%1436 = phi float [ %167, %softmax ], [ %1401, %1375 ]
	%1437 = phi float [ %168, %softmax ], [ %1402, %1375 ]
	%1438 = phi float [ %169, %softmax ], [ %1403, %1375 ]
	%1439 = phi float [ %170, %softmax ], [ %1404, %1375 ]
	%1440 = phi float [ %171, %softmax ], [ %1405, %1375 ]
	%1441 = phi float [ %172, %softmax ], [ %1406, %1375 ]
	%1442 = phi float [ %173, %softmax ], [ %1407, %1375 ]
	%1443 = phi float [ %174, %softmax ], [ %1408, %1375 ]
	%1444 = phi float [ %175, %softmax ], [ %1409, %1375 ]
	%1445 = phi float [ %176, %softmax ], [ %1410, %1375 ]
	%1446 = phi float [ %177, %softmax ], [ %1411, %1375 ]
	%1447 = phi float [ %178, %softmax ], [ %1412, %1375 ]
	%1448 = phi float [ %179, %softmax ], [ %1413, %1375 ]
	%1449 = phi float [ %180, %softmax ], [ %1414, %1375 ]
	%1450 = phi float [ %181, %softmax ], [ %1415, %1375 ]
	%1451 = phi float [ %183, %softmax ], [ %1416, %1375 ]
	%1452 = phi float [ %185, %softmax ], [ %1417, %1375 ]
	%1453 = select i1 %1374, float %1346, float %182
	%1454 = fcmp oeq float %1453, 0xFFF0000000000000
	%1455 = select i1 %1454, float 0.0, float %1453
	%1456 = fneg float %1455
	%1457 = call float @llvm.fma.f32(float %1294, float 0x3FC7154760000000, float %1456)
	%1458 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1457)
	%1459 = call float @llvm.fma.f32(float %1295, float 0x3FC7154760000000, float %1456)
	%1460 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1459)
	%1461 = call float @llvm.fma.f32(float %1298, float 0x3FC7154760000000, float %1456)
	%1462 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1461)
	%1463 = call float @llvm.fma.f32(float %1299, float 0x3FC7154760000000, float %1456)
	%1464 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1463)
	%1465 = call float @llvm.fma.f32(float %1302, float 0x3FC7154760000000, float %1456)
	%1466 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1465)
	%1467 = call float @llvm.fma.f32(float %1303, float 0x3FC7154760000000, float %1456)
	%1468 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1467)
	%1469 = call float @llvm.fma.f32(float %1306, float 0x3FC7154760000000, float %1456)
	%1470 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1469)
	%1471 = call float @llvm.fma.f32(float %1307, float 0x3FC7154760000000, float %1456)
	%1472 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1471)
	%1473 = call float @llvm.fma.f32(float %1310, float 0x3FC7154760000000, float %1456)
	%1474 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1473)
	%1475 = call float @llvm.fma.f32(float %1311, float 0x3FC7154760000000, float %1456)
	%1476 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1475)
	%1477 = call float @llvm.fma.f32(float %1314, float 0x3FC7154760000000, float %1456)
	%1478 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1477)
	%1479 = call float @llvm.fma.f32(float %1315, float 0x3FC7154760000000, float %1456)
	%1480 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1479)
	%1481 = call float @llvm.fma.f32(float %1318, float 0x3FC7154760000000, float %1456)
	%1482 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1481)
	%1483 = call float @llvm.fma.f32(float %1319, float 0x3FC7154760000000, float %1456)
	%1484 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1483)
	%1485 = call float @llvm.fma.f32(float %1322, float 0x3FC7154760000000, float %1456)
	%1486 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1485)
	%1487 = call float @llvm.fma.f32(float %1323, float 0x3FC7154760000000, float %1456)
	%1488 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1487)
	%1489 = fadd float %1458, %1460
	%1490 = fadd float %1462, %1464
	%1491 = fadd float %1466, %1468
	%1492 = fadd float %1470, %1472
	%1493 = fadd float %1474, %1476
	%1494 = fadd float %1478, %1480
	%1495 = fadd float %1482, %1484
	%1496 = fadd float %1486, %1488
	%1497 = fadd float %1489, %1490
	%1498 = fadd float %1491, %1492
	%1499 = fadd float %1493, %1494
	%1500 = fadd float %1495, %1496
	%1501 = fadd float %1497, %1498
	%1502 = fadd float %1499, %1500
	%1503 = fadd float %1501, %1502
	%1504 = fadd float %1451, %1503
	%1505 = select i1 %1374, float %1370, float %184
	%1506 = fcmp oeq float %1505, 0xFFF0000000000000
	%1507 = select i1 %1506, float 0.0, float %1505
	%1508 = fneg float %1507
	%1509 = call float @llvm.fma.f32(float %1296, float 0x3FC7154760000000, float %1508)
	%1510 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1509)
	%1511 = call float @llvm.fma.f32(float %1297, float 0x3FC7154760000000, float %1508)
	%1512 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1511)
	%1513 = call float @llvm.fma.f32(float %1300, float 0x3FC7154760000000, float %1508)
	%1514 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1513)
	%1515 = call float @llvm.fma.f32(float %1301, float 0x3FC7154760000000, float %1508)
	%1516 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1515)
	%1517 = call float @llvm.fma.f32(float %1304, float 0x3FC7154760000000, float %1508)
	%1518 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1517)
	%1519 = call float @llvm.fma.f32(float %1305, float 0x3FC7154760000000, float %1508)
	%1520 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1519)
	%1521 = call float @llvm.fma.f32(float %1308, float 0x3FC7154760000000, float %1508)
	%1522 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1521)
	%1523 = call float @llvm.fma.f32(float %1309, float 0x3FC7154760000000, float %1508)
	%1524 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1523)
	%1525 = call float @llvm.fma.f32(float %1312, float 0x3FC7154760000000, float %1508)
	%1526 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1525)
	%1527 = call float @llvm.fma.f32(float %1313, float 0x3FC7154760000000, float %1508)
	%1528 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1527)
	%1529 = call float @llvm.fma.f32(float %1316, float 0x3FC7154760000000, float %1508)
	%1530 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1529)
	%1531 = call float @llvm.fma.f32(float %1317, float 0x3FC7154760000000, float %1508)
	%1532 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1531)
	%1533 = call float @llvm.fma.f32(float %1320, float 0x3FC7154760000000, float %1508)
	%1534 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1533)
	%1535 = call float @llvm.fma.f32(float %1321, float 0x3FC7154760000000, float %1508)
	%1536 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1535)
	%1537 = call float @llvm.fma.f32(float %1324, float 0x3FC7154760000000, float %1508)
	%1538 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1537)
	%1539 = call float @llvm.fma.f32(float %1325, float 0x3FC7154760000000, float %1508)
	%1540 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1539)
	%1541 = fadd float %1510, %1512
	%1542 = fadd float %1514, %1516
	%1543 = fadd float %1518, %1520
	%1544 = fadd float %1522, %1524
	%1545 = fadd float %1526, %1528
	%1546 = fadd float %1530, %1532
	%1547 = fadd float %1534, %1536
	%1548 = fadd float %1538, %1540
	%1549 = fadd float %1541, %1542
	%1550 = fadd float %1543, %1544
	%1551 = fadd float %1545, %1546
	%1552 = fadd float %1547, %1548
	%1553 = fadd float %1549, %1550
	%1554 = fadd float %1551, %1552
	%1555 = fadd float %1553, %1554
	%1556 = fadd float %1452, %1555
	%1557 = add i32 %148, 1
	%1558 = icmp slt i32 %1557, %NK
	%1559 = select i1 %1558, i32 %1557, i32 0
	%1560 = add i32 %36, %1559
	%1561 = sext i32 %1560 to i64
	%1562 = getelementptr i32, i32* %list, i64 %1561
	%1563 = load i32, i32* %1562
	%1564 = select i1 %1558, i32 %1563, i32 -1
	%1565 = icmp sge i32 %1564, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1565, label %prefetch, label %pv

prefetch:
	%1566 = mul i32 %1564, 64
	%1567 = lshr i32 %9, 3
	%1568 = and i32 %9, 7
	%1569 = lshr i32 %1568, 3
	%1570 = mul i32 %1569, u0x2000
	%1571 = and i32 %1568, 7
	%1572 = and i32 %1567, 7
	%1573 = xor i32 %1571, %1572
	%1574 = mul i32 %1567, 128
	%1575 = shl i32 %1573, 4
	%1576 = add i32 %1574, %1575
	%1577 = add i32 %1570, %1576
	%1578 = add i32 %0, %1577
	%1579 = add i32 %1566, %1567
	%1580 = mul i32 %1579, 64
	%1581 = mul i32 %1568, 8
	%1582 = add i32 %1580, %1581
	%1583 = sext i32 %1582 to i64
	%1584 = getelementptr i16, i16* %27, i64 %1583
	%1585 = add i32 %1579, 0
	%1586 = icmp slt i32 %1585, %N
	%1587 = getelementptr i16, i16* %1584, i64 0
	%1588 = select i1 %1586, i16* %1587, i16* %27
	%1589 = add i32 %1578, 0
	%1590 = select i1 %1586, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1589, i16* %1588, i32 %1590)
	%1591 = add i32 %1579, 16
	%1592 = icmp slt i32 %1591, %N
	%1593 = getelementptr i16, i16* %1584, i64 1024
	%1594 = select i1 %1592, i16* %1593, i16* %27
	%1595 = add i32 %1578, 2048
	%1596 = select i1 %1592, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1595, i16* %1594, i32 %1596)
	%1597 = add i32 %1579, 32
	%1598 = icmp slt i32 %1597, %N
	%1599 = getelementptr i16, i16* %1584, i64 2048
	%1600 = select i1 %1598, i16* %1599, i16* %27
	%1601 = add i32 %1578, u0x1000
	%1602 = select i1 %1598, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1601, i16* %1600, i32 %1602)
	%1603 = add i32 %1579, 48
	%1604 = icmp slt i32 %1603, %N
	%1605 = getelementptr i16, i16* %1584, i64 3072
	%1606 = select i1 %1604, i16* %1605, i16* %27
	%1607 = add i32 %1578, 6144
	%1608 = select i1 %1604, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1607, i16* %1606, i32 %1608)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1609 = and i32 %11, 7
	%1610 = lshr i32 %11, 3
	%1611 = and i32 %1610, 1
	%1612 = shl i32 %1611, 3
	%1613 = add i32 %1609, %1612
	%1614 = mul i32 %1613, 128
	%1615 = add i32 %1, %1614
	%1616 = and i32 %11, 7
	%1617 = xor i32 %95, %1616
	%1618 = shl i32 %1617, 4
	%1619 = add i32 %1615, %1618
	%1620 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1460, float %1458)
	%1621 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1512, float %1510)
	%1622 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1464, float %1462)
	%1623 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1516, float %1514)
	%1624 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1468, float %1466)
	%1625 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1520, float %1518)
	%1626 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1472, float %1470)
	%1627 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1524, float %1522)
	%1628 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1476, float %1474)
	%1629 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1528, float %1526)
	%1630 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1480, float %1478)
	%1631 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1532, float %1530)
	%1632 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1484, float %1482)
	%1633 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1536, float %1534)
	%1634 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1488, float %1486)
	%1635 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1540, float %1538)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1636 = add i32 %8, 0
	%1637 = zext i32 %1636 to i64
	%1638 = or i64 %1637, u0x4000004002000000
	%1639 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1419, float %1420, float %1421, float %1422, float %1423, float %1424, float %1425, float %1426, float %1427, float %1428, float %1429, float %1430, float %1431, float %1432, float %1433, float %1434, float %1435, float %1436, float %1437, float %1438, float %1439, float %1440, float %1441, float %1442, float %1443, float %1444, float %1445, float %1446, float %1447, float %1448, float %1449, float %1450, i32 %1620, i32 %1621, i32 %1622, i32 %1623, i64 %1638, i32 1)
	%1640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 0
	%1641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 1
	%1642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 2
	%1643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 3
	%1644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 4
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 5
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 6
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 7
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 8
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 9
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 10
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 11
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 12
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 13
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 14
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 15
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 16
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 17
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 18
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 19
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 20
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 21
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 22
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 23
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 24
	%1665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 25
	%1666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 26
	%1667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 27
	%1668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 28
	%1669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 29
	%1670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 30
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1639, 31
	%1672 = add i32 %8, 128
	%1673 = zext i32 %1672 to i64
	%1674 = or i64 %1673, u0x4000004002000000
	%1675 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1640, float %1641, float %1642, float %1643, float %1644, float %1645, float %1646, float %1647, float %1648, float %1649, float %1650, float %1651, float %1652, float %1653, float %1654, float %1655, float %1656, float %1657, float %1658, float %1659, float %1660, float %1661, float %1662, float %1663, float %1664, float %1665, float %1666, float %1667, float %1668, float %1669, float %1670, float %1671, i32 %1624, i32 %1625, i32 %1626, i32 %1627, i64 %1674, i32 1)
	%1676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 0
	%1677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 1
	%1678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 2
	%1679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 3
	%1680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 4
	%1681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 5
	%1682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 6
	%1683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 7
	%1684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 8
	%1685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 9
	%1686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 10
	%1687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 11
	%1688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 12
	%1689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 13
	%1690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 14
	%1691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 15
	%1692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 16
	%1693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 17
	%1694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 18
	%1695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 19
	%1696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 20
	%1697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 21
	%1698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 22
	%1699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 23
	%1700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 24
	%1701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 25
	%1702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 26
	%1703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 27
	%1704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 28
	%1705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 29
	%1706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 30
	%1707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1675, 31
	%1708 = add i32 %8, 256
	%1709 = zext i32 %1708 to i64
	%1710 = or i64 %1709, u0x4000004002000000
	%1711 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1676, float %1677, float %1678, float %1679, float %1680, float %1681, float %1682, float %1683, float %1684, float %1685, float %1686, float %1687, float %1688, float %1689, float %1690, float %1691, float %1692, float %1693, float %1694, float %1695, float %1696, float %1697, float %1698, float %1699, float %1700, float %1701, float %1702, float %1703, float %1704, float %1705, float %1706, float %1707, i32 %1628, i32 %1629, i32 %1630, i32 %1631, i64 %1710, i32 1)
	%1712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 0
	%1713 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 1
	%1714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 2
	%1715 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 3
	%1716 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 4
	%1717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 5
	%1718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 6
	%1719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 7
	%1720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 8
	%1721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 9
	%1722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 10
	%1723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 11
	%1724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 12
	%1725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 13
	%1726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 14
	%1727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 15
	%1728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 16
	%1729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 17
	%1730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 18
	%1731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 19
	%1732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 20
	%1733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 21
	%1734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 22
	%1735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 23
	%1736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 24
	%1737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 25
	%1738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 26
	%1739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 27
	%1740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 28
	%1741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 29
	%1742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 30
	%1743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1711, 31
	%1744 = add i32 %8, 384
	%1745 = zext i32 %1744 to i64
	%1746 = or i64 %1745, u0x4000004002000000
	%1747 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1712, float %1713, float %1714, float %1715, float %1716, float %1717, float %1718, float %1719, float %1720, float %1721, float %1722, float %1723, float %1724, float %1725, float %1726, float %1727, float %1728, float %1729, float %1730, float %1731, float %1732, float %1733, float %1734, float %1735, float %1736, float %1737, float %1738, float %1739, float %1740, float %1741, float %1742, float %1743, i32 %1632, i32 %1633, i32 %1634, i32 %1635, i64 %1746, i32 1)
	%1748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 0
	%1749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 1
	%1750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 2
	%1751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 3
	%1752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 4
	%1753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 5
	%1754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 6
	%1755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 7
	%1756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 8
	%1757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 9
	%1758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 10
	%1759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 11
	%1760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 12
	%1761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 13
	%1762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 14
	%1763 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 15
	%1764 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 16
	%1765 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 17
	%1766 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 18
	%1767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 19
	%1768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 20
	%1769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 21
	%1770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 22
	%1771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 23
	%1772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 24
	%1773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 25
	%1774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 26
	%1775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 27
	%1776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 28
	%1777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 29
	%1778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 30
	%1779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1747, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1780 = call float asm sideeffect "", "=f,0"(float %1748)
	%1781 = call float asm sideeffect "", "=f,0"(float %1749)
	%1782 = call float asm sideeffect "", "=f,0"(float %1750)
	%1783 = call float asm sideeffect "", "=f,0"(float %1751)
	%1784 = call float asm sideeffect "", "=f,0"(float %1752)
	%1785 = call float asm sideeffect "", "=f,0"(float %1753)
	%1786 = call float asm sideeffect "", "=f,0"(float %1754)
	%1787 = call float asm sideeffect "", "=f,0"(float %1755)
	%1788 = call float asm sideeffect "", "=f,0"(float %1756)
	%1789 = call float asm sideeffect "", "=f,0"(float %1757)
	%1790 = call float asm sideeffect "", "=f,0"(float %1758)
	%1791 = call float asm sideeffect "", "=f,0"(float %1759)
	%1792 = call float asm sideeffect "", "=f,0"(float %1760)
	%1793 = call float asm sideeffect "", "=f,0"(float %1761)
	%1794 = call float asm sideeffect "", "=f,0"(float %1762)
	%1795 = call float asm sideeffect "", "=f,0"(float %1763)
	%1796 = call float asm sideeffect "", "=f,0"(float %1764)
	%1797 = call float asm sideeffect "", "=f,0"(float %1765)
	%1798 = call float asm sideeffect "", "=f,0"(float %1766)
	%1799 = call float asm sideeffect "", "=f,0"(float %1767)
	%1800 = call float asm sideeffect "", "=f,0"(float %1768)
	%1801 = call float asm sideeffect "", "=f,0"(float %1769)
	%1802 = call float asm sideeffect "", "=f,0"(float %1770)
	%1803 = call float asm sideeffect "", "=f,0"(float %1771)
	%1804 = call float asm sideeffect "", "=f,0"(float %1772)
	%1805 = call float asm sideeffect "", "=f,0"(float %1773)
	%1806 = call float asm sideeffect "", "=f,0"(float %1774)
	%1807 = call float asm sideeffect "", "=f,0"(float %1775)
	%1808 = call float asm sideeffect "", "=f,0"(float %1776)
	%1809 = call float asm sideeffect "", "=f,0"(float %1777)
	%1810 = call float asm sideeffect "", "=f,0"(float %1778)
	%1811 = call float asm sideeffect "", "=f,0"(float %1779)
	br i1 %1565, label %loop, label %epilogue

store0:
	%1812 = mul i32 %17, %M
	%1813 = add i32 %1812, %476
	%1814 = mul i32 %1813, 64
	%1815 = shl i32 %13, 1
	%1816 = add i32 0, %1815
	%1817 = add i32 %1814, %1816
	%1818 = sext i32 %1817 to i64
	%1819 = getelementptr i16, i16* %out, i64 %1818
	%1820 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %478, float %477)
	%1821 = bitcast i16* %1819 to i32*
	store i32 %1820, i32* %1821
	%1822 = shl i32 %13, 1
	%1823 = add i32 8, %1822
	%1824 = add i32 %1814, %1823
	%1825 = sext i32 %1824 to i64
	%1826 = getelementptr i16, i16* %out, i64 %1825
	%1827 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %480, float %479)
	%1828 = bitcast i16* %1826 to i32*
	store i32 %1827, i32* %1828
	%1829 = shl i32 %13, 1
	%1830 = add i32 16, %1829
	%1831 = add i32 %1814, %1830
	%1832 = sext i32 %1831 to i64
	%1833 = getelementptr i16, i16* %out, i64 %1832
	%1834 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %482, float %481)
	%1835 = bitcast i16* %1833 to i32*
	store i32 %1834, i32* %1835
	%1836 = shl i32 %13, 1
	%1837 = add i32 24, %1836
	%1838 = add i32 %1814, %1837
	%1839 = sext i32 %1838 to i64
	%1840 = getelementptr i16, i16* %out, i64 %1839
	%1841 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %484, float %483)
	%1842 = bitcast i16* %1840 to i32*
	store i32 %1841, i32* %1842
	%1843 = shl i32 %13, 1
	%1844 = add i32 32, %1843
	%1845 = add i32 %1814, %1844
	%1846 = sext i32 %1845 to i64
	%1847 = getelementptr i16, i16* %out, i64 %1846
	%1848 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %486, float %485)
	%1849 = bitcast i16* %1847 to i32*
	store i32 %1848, i32* %1849
	%1850 = shl i32 %13, 1
	%1851 = add i32 40, %1850
	%1852 = add i32 %1814, %1851
	%1853 = sext i32 %1852 to i64
	%1854 = getelementptr i16, i16* %out, i64 %1853
	%1855 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %488, float %487)
	%1856 = bitcast i16* %1854 to i32*
	store i32 %1855, i32* %1856
	%1857 = shl i32 %13, 1
	%1858 = add i32 48, %1857
	%1859 = add i32 %1814, %1858
	%1860 = sext i32 %1859 to i64
	%1861 = getelementptr i16, i16* %out, i64 %1860
	%1862 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %490, float %489)
	%1863 = bitcast i16* %1861 to i32*
	store i32 %1862, i32* %1863
	%1864 = shl i32 %13, 1
	%1865 = add i32 56, %1864
	%1866 = add i32 %1814, %1865
	%1867 = sext i32 %1866 to i64
	%1868 = getelementptr i16, i16* %out, i64 %1867
	%1869 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %492, float %491)
	%1870 = bitcast i16* %1868 to i32*
	store i32 %1869, i32* %1870
	br label %stored0

stored0:
	%1871 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %432, i32 1, i32 31)
	%1872 = fadd float %432, %1871
	%1873 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1872, i32 2, i32 31)
	%1874 = fadd float %1872, %1873
	%1875 = fcmp ogt float %1874, 0.0
	%1876 = fdiv float 1.0, %1874
	%1877 = select i1 %1875, float %1876, float 0.0
	%1878 = mul i32 %10, 16
	%1879 = add i32 %19, %1878
	%1880 = add i32 %12, 8
	%1881 = add i32 %1879, %1880
	%1882 = fmul float %436, %1877
	%1883 = fmul float %437, %1877
	%1884 = fmul float %440, %1877
	%1885 = fmul float %441, %1877
	%1886 = fmul float %444, %1877
	%1887 = fmul float %445, %1877
	%1888 = fmul float %448, %1877
	%1889 = fmul float %449, %1877
	%1890 = fmul float %452, %1877
	%1891 = fmul float %453, %1877
	%1892 = fmul float %456, %1877
	%1893 = fmul float %457, %1877
	%1894 = fmul float %460, %1877
	%1895 = fmul float %461, %1877
	%1896 = fmul float %464, %1877
	%1897 = fmul float %465, %1877
	%1898 = icmp slt i32 %1881, %M
	br i1 %1898, label %store1, label %stored1

store1:
	%1899 = mul i32 %17, %M
	%1900 = add i32 %1899, %1881
	%1901 = mul i32 %1900, 64
	%1902 = shl i32 %13, 1
	%1903 = add i32 0, %1902
	%1904 = add i32 %1901, %1903
	%1905 = sext i32 %1904 to i64
	%1906 = getelementptr i16, i16* %out, i64 %1905
	%1907 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1883, float %1882)
	%1908 = bitcast i16* %1906 to i32*
	store i32 %1907, i32* %1908
	%1909 = shl i32 %13, 1
	%1910 = add i32 8, %1909
	%1911 = add i32 %1901, %1910
	%1912 = sext i32 %1911 to i64
	%1913 = getelementptr i16, i16* %out, i64 %1912
	%1914 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1885, float %1884)
	%1915 = bitcast i16* %1913 to i32*
	store i32 %1914, i32* %1915
	%1916 = shl i32 %13, 1
	%1917 = add i32 16, %1916
	%1918 = add i32 %1901, %1917
	%1919 = sext i32 %1918 to i64
	%1920 = getelementptr i16, i16* %out, i64 %1919
	%1921 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1887, float %1886)
	%1922 = bitcast i16* %1920 to i32*
	store i32 %1921, i32* %1922
	%1923 = shl i32 %13, 1
	%1924 = add i32 24, %1923
	%1925 = add i32 %1901, %1924
	%1926 = sext i32 %1925 to i64
	%1927 = getelementptr i16, i16* %out, i64 %1926
	%1928 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1889, float %1888)
	%1929 = bitcast i16* %1927 to i32*
	store i32 %1928, i32* %1929
	%1930 = shl i32 %13, 1
	%1931 = add i32 32, %1930
	%1932 = add i32 %1901, %1931
	%1933 = sext i32 %1932 to i64
	%1934 = getelementptr i16, i16* %out, i64 %1933
	%1935 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1891, float %1890)
	%1936 = bitcast i16* %1934 to i32*
	store i32 %1935, i32* %1936
	%1937 = shl i32 %13, 1
	%1938 = add i32 40, %1937
	%1939 = add i32 %1901, %1938
	%1940 = sext i32 %1939 to i64
	%1941 = getelementptr i16, i16* %out, i64 %1940
	%1942 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1893, float %1892)
	%1943 = bitcast i16* %1941 to i32*
	store i32 %1942, i32* %1943
	%1944 = shl i32 %13, 1
	%1945 = add i32 48, %1944
	%1946 = add i32 %1901, %1945
	%1947 = sext i32 %1946 to i64
	%1948 = getelementptr i16, i16* %out, i64 %1947
	%1949 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1895, float %1894)
	%1950 = bitcast i16* %1948 to i32*
	store i32 %1949, i32* %1950
	%1951 = shl i32 %13, 1
	%1952 = add i32 56, %1951
	%1953 = add i32 %1901, %1952
	%1954 = sext i32 %1953 to i64
	%1955 = getelementptr i16, i16* %out, i64 %1954
	%1956 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1897, float %1896)
	%1957 = bitcast i16* %1955 to i32*
	store i32 %1956, i32* %1957
	br label %stored1

stored1:
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
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @window_attn0, !"maxntidx", i32 128}
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @window_attn0, !"minctasm", i32 4}
