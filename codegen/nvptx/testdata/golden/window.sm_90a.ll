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
	%148 = phi i32 [ 0, %prologue ], [ %229, %1470 ]
	%149 = phi i32 [ %44, %prologue ], [ %236, %1470 ]
	%150 = phi float [ 0.0, %prologue ], [ %1780, %1470 ]
	%151 = phi float [ 0.0, %prologue ], [ %1781, %1470 ]
	%152 = phi float [ 0.0, %prologue ], [ %1782, %1470 ]
	%153 = phi float [ 0.0, %prologue ], [ %1783, %1470 ]
	%154 = phi float [ 0.0, %prologue ], [ %1784, %1470 ]
	%155 = phi float [ 0.0, %prologue ], [ %1785, %1470 ]
	%156 = phi float [ 0.0, %prologue ], [ %1786, %1470 ]
	%157 = phi float [ 0.0, %prologue ], [ %1787, %1470 ]
	%158 = phi float [ 0.0, %prologue ], [ %1788, %1470 ]
	%159 = phi float [ 0.0, %prologue ], [ %1789, %1470 ]
	%160 = phi float [ 0.0, %prologue ], [ %1790, %1470 ]
	%161 = phi float [ 0.0, %prologue ], [ %1791, %1470 ]
	%162 = phi float [ 0.0, %prologue ], [ %1792, %1470 ]
	%163 = phi float [ 0.0, %prologue ], [ %1793, %1470 ]
	%164 = phi float [ 0.0, %prologue ], [ %1794, %1470 ]
	%165 = phi float [ 0.0, %prologue ], [ %1795, %1470 ]
	%166 = phi float [ 0.0, %prologue ], [ %1796, %1470 ]
	%167 = phi float [ 0.0, %prologue ], [ %1797, %1470 ]
	%168 = phi float [ 0.0, %prologue ], [ %1798, %1470 ]
	%169 = phi float [ 0.0, %prologue ], [ %1799, %1470 ]
	%170 = phi float [ 0.0, %prologue ], [ %1800, %1470 ]
	%171 = phi float [ 0.0, %prologue ], [ %1801, %1470 ]
	%172 = phi float [ 0.0, %prologue ], [ %1802, %1470 ]
	%173 = phi float [ 0.0, %prologue ], [ %1803, %1470 ]
	%174 = phi float [ 0.0, %prologue ], [ %1804, %1470 ]
	%175 = phi float [ 0.0, %prologue ], [ %1805, %1470 ]
	%176 = phi float [ 0.0, %prologue ], [ %1806, %1470 ]
	%177 = phi float [ 0.0, %prologue ], [ %1807, %1470 ]
	%178 = phi float [ 0.0, %prologue ], [ %1808, %1470 ]
	%179 = phi float [ 0.0, %prologue ], [ %1809, %1470 ]
	%180 = phi float [ 0.0, %prologue ], [ %1810, %1470 ]
	%181 = phi float [ 0.0, %prologue ], [ %1811, %1470 ]
	%182 = phi float [ 0xFFF0000000000000, %prologue ], [ %1505, %1470 ]
	%183 = phi float [ 0.0, %prologue ], [ %1556, %1470 ]
	%184 = phi float [ 0xFFF0000000000000, %prologue ], [ %1557, %1470 ]
	%185 = phi float [ 0.0, %prologue ], [ %1608, %1470 ]
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
	%229 = add i32 %148, 1
	%230 = icmp slt i32 %229, %NK
	%231 = select i1 %230, i32 %229, i32 0
	%232 = add i32 %36, %231
	%233 = sext i32 %232 to i64
	%234 = getelementptr i32, i32* %list, i64 %233
	%235 = load i32, i32* %234
	%236 = select i1 %230, i32 %235, i32 -1
	%237 = icmp sge i32 %236, 0
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%238 = add i32 %4, 0
	%239 = zext i32 %238 to i64
	%240 = or i64 %239, u0x4000004000010000
	%241 = add i32 %6, 0
	%242 = zext i32 %241 to i64
	%243 = or i64 %242, u0x4000004000010000
	%244 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %240, i64 %243, i32 1)
	%245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 0
	%246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 1
	%247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 2
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 3
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 4
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 5
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 6
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 7
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 8
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 9
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 10
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 11
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 12
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 13
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 14
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 15
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 16
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 17
	%263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 18
	%264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 19
	%265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 20
	%266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 21
	%267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 22
	%268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 23
	%269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 24
	%270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 25
	%271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 26
	%272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 27
	%273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 28
	%274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 29
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 30
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 31
	%277 = add i32 %4, 2
	%278 = zext i32 %277 to i64
	%279 = or i64 %278, u0x4000004000010000
	%280 = add i32 %6, 2
	%281 = zext i32 %280 to i64
	%282 = or i64 %281, u0x4000004000010000
	%283 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %245, float %246, float %247, float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, float %263, float %264, float %265, float %266, float %267, float %268, float %269, float %270, float %271, float %272, float %273, float %274, float %275, float %276, i64 %279, i64 %282, i32 1)
	%284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 0
	%285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 1
	%286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 2
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 3
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 4
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 5
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 6
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 7
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 8
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 9
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 10
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 11
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 12
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 13
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 14
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 15
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 16
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 17
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 18
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 19
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 20
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 21
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 22
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 23
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 24
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 25
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 26
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 27
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 28
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 29
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 30
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 31
	%316 = add i32 %4, 4
	%317 = zext i32 %316 to i64
	%318 = or i64 %317, u0x4000004000010000
	%319 = add i32 %6, 4
	%320 = zext i32 %319 to i64
	%321 = or i64 %320, u0x4000004000010000
	%322 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %284, float %285, float %286, float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, i64 %318, i64 %321, i32 1)
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 0
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 1
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 2
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 3
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 4
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 5
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 6
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 7
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 8
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 9
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 10
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 11
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 12
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 13
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 14
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 15
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 16
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 17
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 18
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 19
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 20
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 21
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 22
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 23
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 24
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 25
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 26
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 27
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 28
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 29
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 30
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 31
	%355 = add i32 %4, 6
	%356 = zext i32 %355 to i64
	%357 = or i64 %356, u0x4000004000010000
	%358 = add i32 %6, 6
	%359 = zext i32 %358 to i64
	%360 = or i64 %359, u0x4000004000010000
	%361 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, i64 %357, i64 %360, i32 1)
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 0
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 1
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 2
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 3
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 4
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 5
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 6
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 7
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 8
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 9
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 10
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 11
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 12
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 13
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 14
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 15
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 16
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 17
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 18
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 19
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 20
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 21
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 22
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 23
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 24
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 25
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 26
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 27
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 28
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 29
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 30
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%417 = call float asm sideeffect "", "=f,0"(float %385)
	%418 = call float asm sideeffect "", "=f,0"(float %386)
	%419 = call float asm sideeffect "", "=f,0"(float %387)
	%420 = call float asm sideeffect "", "=f,0"(float %388)
	%421 = call float asm sideeffect "", "=f,0"(float %389)
	%422 = call float asm sideeffect "", "=f,0"(float %390)
	%423 = call float asm sideeffect "", "=f,0"(float %391)
	%424 = call float asm sideeffect "", "=f,0"(float %392)
	%425 = call float asm sideeffect "", "=f,0"(float %393)
	call void @llvm.nvvm.barrier0()
	br i1 %237, label %prefetch, label %prefetched

epilogue:
	%426 = phi float [ 0.0, %entry ], [ %1556, %1470 ]
	%427 = phi float [ 0.0, %entry ], [ %1608, %1470 ]
	%428 = phi i32 [ 0, %entry ], [ %229, %1470 ]
	%429 = phi float [ 0.0, %entry ], [ %1780, %1470 ]
	%430 = phi float [ 0.0, %entry ], [ %1781, %1470 ]
	%431 = phi float [ 0.0, %entry ], [ %1782, %1470 ]
	%432 = phi float [ 0.0, %entry ], [ %1783, %1470 ]
	%433 = phi float [ 0.0, %entry ], [ %1784, %1470 ]
	%434 = phi float [ 0.0, %entry ], [ %1785, %1470 ]
	%435 = phi float [ 0.0, %entry ], [ %1786, %1470 ]
	%436 = phi float [ 0.0, %entry ], [ %1787, %1470 ]
	%437 = phi float [ 0.0, %entry ], [ %1788, %1470 ]
	%438 = phi float [ 0.0, %entry ], [ %1789, %1470 ]
	%439 = phi float [ 0.0, %entry ], [ %1790, %1470 ]
	%440 = phi float [ 0.0, %entry ], [ %1791, %1470 ]
	%441 = phi float [ 0.0, %entry ], [ %1792, %1470 ]
	%442 = phi float [ 0.0, %entry ], [ %1793, %1470 ]
	%443 = phi float [ 0.0, %entry ], [ %1794, %1470 ]
	%444 = phi float [ 0.0, %entry ], [ %1795, %1470 ]
	%445 = phi float [ 0.0, %entry ], [ %1796, %1470 ]
	%446 = phi float [ 0.0, %entry ], [ %1797, %1470 ]
	%447 = phi float [ 0.0, %entry ], [ %1798, %1470 ]
	%448 = phi float [ 0.0, %entry ], [ %1799, %1470 ]
	%449 = phi float [ 0.0, %entry ], [ %1800, %1470 ]
	%450 = phi float [ 0.0, %entry ], [ %1801, %1470 ]
	%451 = phi float [ 0.0, %entry ], [ %1802, %1470 ]
	%452 = phi float [ 0.0, %entry ], [ %1803, %1470 ]
	%453 = phi float [ 0.0, %entry ], [ %1804, %1470 ]
	%454 = phi float [ 0.0, %entry ], [ %1805, %1470 ]
	%455 = phi float [ 0.0, %entry ], [ %1806, %1470 ]
	%456 = phi float [ 0.0, %entry ], [ %1807, %1470 ]
	%457 = phi float [ 0.0, %entry ], [ %1808, %1470 ]
	%458 = phi float [ 0.0, %entry ], [ %1809, %1470 ]
	%459 = phi float [ 0.0, %entry ], [ %1810, %1470 ]
	%460 = phi float [ 0.0, %entry ], [ %1811, %1470 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	%461 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %426, i32 1, i32 31)
	%462 = fadd float %426, %461
	%463 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %462, i32 2, i32 31)
	%464 = fadd float %462, %463
	%465 = fcmp ogt float %464, 0.0
	%466 = fdiv float 1.0, %464
	%467 = select i1 %465, float %466, float 0.0
	%468 = mul i32 %10, 16
	%469 = add i32 %19, %468
	%470 = add i32 %12, 0
	%471 = add i32 %469, %470
	%472 = fmul float %429, %467
	%473 = fmul float %430, %467
	%474 = fmul float %433, %467
	%475 = fmul float %434, %467
	%476 = fmul float %437, %467
	%477 = fmul float %438, %467
	%478 = fmul float %441, %467
	%479 = fmul float %442, %467
	%480 = fmul float %445, %467
	%481 = fmul float %446, %467
	%482 = fmul float %449, %467
	%483 = fmul float %450, %467
	%484 = fmul float %453, %467
	%485 = fmul float %454, %467
	%486 = fmul float %457, %467
	%487 = fmul float %458, %467
	%488 = icmp slt i32 %471, %M
	br i1 %488, label %store0, label %stored0

prefetch:
	%489 = mul i32 %236, 64
	%490 = lshr i32 %9, 3
	%491 = and i32 %9, 7
	%492 = lshr i32 %491, 3
	%493 = mul i32 %492, u0x2000
	%494 = and i32 %491, 7
	%495 = and i32 %490, 7
	%496 = xor i32 %494, %495
	%497 = mul i32 %490, 128
	%498 = shl i32 %496, 4
	%499 = add i32 %497, %498
	%500 = add i32 %493, %499
	%501 = add i32 %0, %500
	%502 = add i32 %489, %490
	%503 = mul i32 %502, 64
	%504 = mul i32 %491, 8
	%505 = add i32 %503, %504
	%506 = sext i32 %505 to i64
	%507 = getelementptr i16, i16* %27, i64 %506
	%508 = add i32 %502, 0
	%509 = icmp slt i32 %508, %N
	%510 = getelementptr i16, i16* %507, i64 0
	%511 = select i1 %509, i16* %510, i16* %27
	%512 = add i32 %501, 0
	%513 = select i1 %509, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %512, i16* %511, i32 %513)
	%514 = add i32 %502, 16
	%515 = icmp slt i32 %514, %N
	%516 = getelementptr i16, i16* %507, i64 1024
	%517 = select i1 %515, i16* %516, i16* %27
	%518 = add i32 %501, 2048
	%519 = select i1 %515, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %518, i16* %517, i32 %519)
	%520 = add i32 %502, 32
	%521 = icmp slt i32 %520, %N
	%522 = getelementptr i16, i16* %507, i64 2048
	%523 = select i1 %521, i16* %522, i16* %27
	%524 = add i32 %501, u0x1000
	%525 = select i1 %521, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %524, i16* %523, i32 %525)
	%526 = add i32 %502, 48
	%527 = icmp slt i32 %526, %N
	%528 = getelementptr i16, i16* %507, i64 3072
	%529 = select i1 %527, i16* %528, i16* %27
	%530 = add i32 %501, 6144
	%531 = select i1 %527, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %530, i16* %529, i32 %531)
	br label %prefetched

prefetched:
	call void asm sideeffect "cp.async.commit_group;", ""()
	%532 = mul i32 %10, 16
	%533 = add i32 %19, %532
	%534 = add i32 %12, 0
	%535 = add i32 %533, %534
	%536 = mul i32 %10, 16
	%537 = add i32 %19, %536
	%538 = add i32 %12, 8
	%539 = add i32 %537, %538
	%540 = sitofp i32 %17 to float
	%541 = add i32 %40, %149
	%542 = sext i32 %541 to i64
	%543 = getelementptr i8, i8* %cls, i64 %542
	%544 = load i8, i8* %543
	%545 = icmp ne i8 %544, 2
	br i1 %545, label %partial, label %softmax

partial:
	%546 = shl i32 %13, 1
	%547 = add i32 0, %546
	%548 = add i32 %186, %547
	%549 = icmp slt i32 %548, %N
	%550 = select i1 %549, i32 %548, i32 0
	%551 = sitofp i32 %535 to float
	%552 = sitofp i32 %550 to float
	%553 = fcmp ole float %552, %551
	%554 = uitofp i1 %553 to float
	%555 = fcmp une float %554, 0.0
	%556 = fsub float %551, %552
	%557 = fcmp olt float %556, 256.0
	%558 = uitofp i1 %557 to float
	%559 = fcmp une float %558, 0.0
	%560 = fcmp olt float %552, 4.0
	%561 = uitofp i1 %560 to float
	%562 = fcmp une float %561, 0.0
	%563 = or i1 %559, %562
	%564 = uitofp i1 %563 to float
	%565 = fcmp une float %564, 0.0
	%566 = and i1 %555, %565
	%567 = uitofp i1 %566 to float
	%568 = fcmp une float %567, 0.0
	%569 = and i1 %549, %568
	%570 = select i1 %569, float %394, float 0xFFF0000000000000
	%571 = shl i32 %13, 1
	%572 = add i32 1, %571
	%573 = add i32 %186, %572
	%574 = icmp slt i32 %573, %N
	%575 = select i1 %574, i32 %573, i32 0
	%576 = sitofp i32 %535 to float
	%577 = sitofp i32 %575 to float
	%578 = fcmp ole float %577, %576
	%579 = uitofp i1 %578 to float
	%580 = fcmp une float %579, 0.0
	%581 = fsub float %576, %577
	%582 = fcmp olt float %581, 256.0
	%583 = uitofp i1 %582 to float
	%584 = fcmp une float %583, 0.0
	%585 = fcmp olt float %577, 4.0
	%586 = uitofp i1 %585 to float
	%587 = fcmp une float %586, 0.0
	%588 = or i1 %584, %587
	%589 = uitofp i1 %588 to float
	%590 = fcmp une float %589, 0.0
	%591 = and i1 %580, %590
	%592 = uitofp i1 %591 to float
	%593 = fcmp une float %592, 0.0
	%594 = and i1 %574, %593
	%595 = select i1 %594, float %395, float 0xFFF0000000000000
	%596 = shl i32 %13, 1
	%597 = add i32 0, %596
	%598 = add i32 %186, %597
	%599 = icmp slt i32 %598, %N
	%600 = select i1 %599, i32 %598, i32 0
	%601 = sitofp i32 %539 to float
	%602 = sitofp i32 %600 to float
	%603 = fcmp ole float %602, %601
	%604 = uitofp i1 %603 to float
	%605 = fcmp une float %604, 0.0
	%606 = fsub float %601, %602
	%607 = fcmp olt float %606, 256.0
	%608 = uitofp i1 %607 to float
	%609 = fcmp une float %608, 0.0
	%610 = fcmp olt float %602, 4.0
	%611 = uitofp i1 %610 to float
	%612 = fcmp une float %611, 0.0
	%613 = or i1 %609, %612
	%614 = uitofp i1 %613 to float
	%615 = fcmp une float %614, 0.0
	%616 = and i1 %605, %615
	%617 = uitofp i1 %616 to float
	%618 = fcmp une float %617, 0.0
	%619 = and i1 %599, %618
	%620 = select i1 %619, float %396, float 0xFFF0000000000000
	%621 = shl i32 %13, 1
	%622 = add i32 1, %621
	%623 = add i32 %186, %622
	%624 = icmp slt i32 %623, %N
	%625 = select i1 %624, i32 %623, i32 0
	%626 = sitofp i32 %539 to float
	%627 = sitofp i32 %625 to float
	%628 = fcmp ole float %627, %626
	%629 = uitofp i1 %628 to float
	%630 = fcmp une float %629, 0.0
	%631 = fsub float %626, %627
	%632 = fcmp olt float %631, 256.0
	%633 = uitofp i1 %632 to float
	%634 = fcmp une float %633, 0.0
	%635 = fcmp olt float %627, 4.0
	%636 = uitofp i1 %635 to float
	%637 = fcmp une float %636, 0.0
	%638 = or i1 %634, %637
	%639 = uitofp i1 %638 to float
	%640 = fcmp une float %639, 0.0
	%641 = and i1 %630, %640
	%642 = uitofp i1 %641 to float
	%643 = fcmp une float %642, 0.0
	%644 = and i1 %624, %643
	%645 = select i1 %644, float %397, float 0xFFF0000000000000
	%646 = shl i32 %13, 1
	%647 = add i32 8, %646
	%648 = add i32 %186, %647
	%649 = icmp slt i32 %648, %N
	%650 = select i1 %649, i32 %648, i32 0
	%651 = sitofp i32 %535 to float
	%652 = sitofp i32 %650 to float
	%653 = fcmp ole float %652, %651
	%654 = uitofp i1 %653 to float
	%655 = fcmp une float %654, 0.0
	%656 = fsub float %651, %652
	%657 = fcmp olt float %656, 256.0
	%658 = uitofp i1 %657 to float
	%659 = fcmp une float %658, 0.0
	%660 = fcmp olt float %652, 4.0
	%661 = uitofp i1 %660 to float
	%662 = fcmp une float %661, 0.0
	%663 = or i1 %659, %662
	%664 = uitofp i1 %663 to float
	%665 = fcmp une float %664, 0.0
	%666 = and i1 %655, %665
	%667 = uitofp i1 %666 to float
	%668 = fcmp une float %667, 0.0
	%669 = and i1 %649, %668
	%670 = select i1 %669, float %398, float 0xFFF0000000000000
	%671 = shl i32 %13, 1
	%672 = add i32 9, %671
	%673 = add i32 %186, %672
	%674 = icmp slt i32 %673, %N
	%675 = select i1 %674, i32 %673, i32 0
	%676 = sitofp i32 %535 to float
	%677 = sitofp i32 %675 to float
	%678 = fcmp ole float %677, %676
	%679 = uitofp i1 %678 to float
	%680 = fcmp une float %679, 0.0
	%681 = fsub float %676, %677
	%682 = fcmp olt float %681, 256.0
	%683 = uitofp i1 %682 to float
	%684 = fcmp une float %683, 0.0
	%685 = fcmp olt float %677, 4.0
	%686 = uitofp i1 %685 to float
	%687 = fcmp une float %686, 0.0
	%688 = or i1 %684, %687
	%689 = uitofp i1 %688 to float
	%690 = fcmp une float %689, 0.0
	%691 = and i1 %680, %690
	%692 = uitofp i1 %691 to float
	%693 = fcmp une float %692, 0.0
	%694 = and i1 %674, %693
	%695 = select i1 %694, float %399, float 0xFFF0000000000000
	%696 = shl i32 %13, 1
	%697 = add i32 8, %696
	%698 = add i32 %186, %697
	%699 = icmp slt i32 %698, %N
	%700 = select i1 %699, i32 %698, i32 0
	%701 = sitofp i32 %539 to float
	%702 = sitofp i32 %700 to float
	%703 = fcmp ole float %702, %701
	%704 = uitofp i1 %703 to float
	%705 = fcmp une float %704, 0.0
	%706 = fsub float %701, %702
	%707 = fcmp olt float %706, 256.0
	%708 = uitofp i1 %707 to float
	%709 = fcmp une float %708, 0.0
	%710 = fcmp olt float %702, 4.0
	%711 = uitofp i1 %710 to float
	%712 = fcmp une float %711, 0.0
	%713 = or i1 %709, %712
	%714 = uitofp i1 %713 to float
	%715 = fcmp une float %714, 0.0
	%716 = and i1 %705, %715
	%717 = uitofp i1 %716 to float
	%718 = fcmp une float %717, 0.0
	%719 = and i1 %699, %718
	%720 = select i1 %719, float %400, float 0xFFF0000000000000
	%721 = shl i32 %13, 1
	%722 = add i32 9, %721
	%723 = add i32 %186, %722
	%724 = icmp slt i32 %723, %N
	%725 = select i1 %724, i32 %723, i32 0
	%726 = sitofp i32 %539 to float
	%727 = sitofp i32 %725 to float
	%728 = fcmp ole float %727, %726
	%729 = uitofp i1 %728 to float
	%730 = fcmp une float %729, 0.0
	%731 = fsub float %726, %727
	%732 = fcmp olt float %731, 256.0
	%733 = uitofp i1 %732 to float
	%734 = fcmp une float %733, 0.0
	%735 = fcmp olt float %727, 4.0
	%736 = uitofp i1 %735 to float
	%737 = fcmp une float %736, 0.0
	%738 = or i1 %734, %737
	%739 = uitofp i1 %738 to float
	%740 = fcmp une float %739, 0.0
	%741 = and i1 %730, %740
	%742 = uitofp i1 %741 to float
	%743 = fcmp une float %742, 0.0
	%744 = and i1 %724, %743
	%745 = select i1 %744, float %401, float 0xFFF0000000000000
	%746 = shl i32 %13, 1
	%747 = add i32 16, %746
	%748 = add i32 %186, %747
	%749 = icmp slt i32 %748, %N
	%750 = select i1 %749, i32 %748, i32 0
	%751 = sitofp i32 %535 to float
	%752 = sitofp i32 %750 to float
	%753 = fcmp ole float %752, %751
	%754 = uitofp i1 %753 to float
	%755 = fcmp une float %754, 0.0
	%756 = fsub float %751, %752
	%757 = fcmp olt float %756, 256.0
	%758 = uitofp i1 %757 to float
	%759 = fcmp une float %758, 0.0
	%760 = fcmp olt float %752, 4.0
	%761 = uitofp i1 %760 to float
	%762 = fcmp une float %761, 0.0
	%763 = or i1 %759, %762
	%764 = uitofp i1 %763 to float
	%765 = fcmp une float %764, 0.0
	%766 = and i1 %755, %765
	%767 = uitofp i1 %766 to float
	%768 = fcmp une float %767, 0.0
	%769 = and i1 %749, %768
	%770 = select i1 %769, float %402, float 0xFFF0000000000000
	%771 = shl i32 %13, 1
	%772 = add i32 17, %771
	%773 = add i32 %186, %772
	%774 = icmp slt i32 %773, %N
	%775 = select i1 %774, i32 %773, i32 0
	%776 = sitofp i32 %535 to float
	%777 = sitofp i32 %775 to float
	%778 = fcmp ole float %777, %776
	%779 = uitofp i1 %778 to float
	%780 = fcmp une float %779, 0.0
	%781 = fsub float %776, %777
	%782 = fcmp olt float %781, 256.0
	%783 = uitofp i1 %782 to float
	%784 = fcmp une float %783, 0.0
	%785 = fcmp olt float %777, 4.0
	%786 = uitofp i1 %785 to float
	%787 = fcmp une float %786, 0.0
	%788 = or i1 %784, %787
	%789 = uitofp i1 %788 to float
	%790 = fcmp une float %789, 0.0
	%791 = and i1 %780, %790
	%792 = uitofp i1 %791 to float
	%793 = fcmp une float %792, 0.0
	%794 = and i1 %774, %793
	%795 = select i1 %794, float %403, float 0xFFF0000000000000
	%796 = shl i32 %13, 1
	%797 = add i32 16, %796
	%798 = add i32 %186, %797
	%799 = icmp slt i32 %798, %N
	%800 = select i1 %799, i32 %798, i32 0
	%801 = sitofp i32 %539 to float
	%802 = sitofp i32 %800 to float
	%803 = fcmp ole float %802, %801
	%804 = uitofp i1 %803 to float
	%805 = fcmp une float %804, 0.0
	%806 = fsub float %801, %802
	%807 = fcmp olt float %806, 256.0
	%808 = uitofp i1 %807 to float
	%809 = fcmp une float %808, 0.0
	%810 = fcmp olt float %802, 4.0
	%811 = uitofp i1 %810 to float
	%812 = fcmp une float %811, 0.0
	%813 = or i1 %809, %812
	%814 = uitofp i1 %813 to float
	%815 = fcmp une float %814, 0.0
	%816 = and i1 %805, %815
	%817 = uitofp i1 %816 to float
	%818 = fcmp une float %817, 0.0
	%819 = and i1 %799, %818
	%820 = select i1 %819, float %404, float 0xFFF0000000000000
	%821 = shl i32 %13, 1
	%822 = add i32 17, %821
	%823 = add i32 %186, %822
	%824 = icmp slt i32 %823, %N
	%825 = select i1 %824, i32 %823, i32 0
	%826 = sitofp i32 %539 to float
	%827 = sitofp i32 %825 to float
	%828 = fcmp ole float %827, %826
	%829 = uitofp i1 %828 to float
	%830 = fcmp une float %829, 0.0
	%831 = fsub float %826, %827
	%832 = fcmp olt float %831, 256.0
	%833 = uitofp i1 %832 to float
	%834 = fcmp une float %833, 0.0
	%835 = fcmp olt float %827, 4.0
	%836 = uitofp i1 %835 to float
	%837 = fcmp une float %836, 0.0
	%838 = or i1 %834, %837
	%839 = uitofp i1 %838 to float
	%840 = fcmp une float %839, 0.0
	%841 = and i1 %830, %840
	%842 = uitofp i1 %841 to float
	%843 = fcmp une float %842, 0.0
	%844 = and i1 %824, %843
	%845 = select i1 %844, float %405, float 0xFFF0000000000000
	%846 = shl i32 %13, 1
	%847 = add i32 24, %846
	%848 = add i32 %186, %847
	%849 = icmp slt i32 %848, %N
	%850 = select i1 %849, i32 %848, i32 0
	%851 = sitofp i32 %535 to float
	%852 = sitofp i32 %850 to float
	%853 = fcmp ole float %852, %851
	%854 = uitofp i1 %853 to float
	%855 = fcmp une float %854, 0.0
	%856 = fsub float %851, %852
	%857 = fcmp olt float %856, 256.0
	%858 = uitofp i1 %857 to float
	%859 = fcmp une float %858, 0.0
	%860 = fcmp olt float %852, 4.0
	%861 = uitofp i1 %860 to float
	%862 = fcmp une float %861, 0.0
	%863 = or i1 %859, %862
	%864 = uitofp i1 %863 to float
	%865 = fcmp une float %864, 0.0
	%866 = and i1 %855, %865
	%867 = uitofp i1 %866 to float
	%868 = fcmp une float %867, 0.0
	%869 = and i1 %849, %868
	%870 = select i1 %869, float %406, float 0xFFF0000000000000
	%871 = shl i32 %13, 1
	%872 = add i32 25, %871
	%873 = add i32 %186, %872
	%874 = icmp slt i32 %873, %N
	%875 = select i1 %874, i32 %873, i32 0
	%876 = sitofp i32 %535 to float
	%877 = sitofp i32 %875 to float
	%878 = fcmp ole float %877, %876
	%879 = uitofp i1 %878 to float
	%880 = fcmp une float %879, 0.0
	%881 = fsub float %876, %877
	%882 = fcmp olt float %881, 256.0
	%883 = uitofp i1 %882 to float
	%884 = fcmp une float %883, 0.0
	%885 = fcmp olt float %877, 4.0
	%886 = uitofp i1 %885 to float
	%887 = fcmp une float %886, 0.0
	%888 = or i1 %884, %887
	%889 = uitofp i1 %888 to float
	%890 = fcmp une float %889, 0.0
	%891 = and i1 %880, %890
	%892 = uitofp i1 %891 to float
	%893 = fcmp une float %892, 0.0
	%894 = and i1 %874, %893
	%895 = select i1 %894, float %407, float 0xFFF0000000000000
	%896 = shl i32 %13, 1
	%897 = add i32 24, %896
	%898 = add i32 %186, %897
	%899 = icmp slt i32 %898, %N
	%900 = select i1 %899, i32 %898, i32 0
	%901 = sitofp i32 %539 to float
	%902 = sitofp i32 %900 to float
	%903 = fcmp ole float %902, %901
	%904 = uitofp i1 %903 to float
	%905 = fcmp une float %904, 0.0
	%906 = fsub float %901, %902
	%907 = fcmp olt float %906, 256.0
	%908 = uitofp i1 %907 to float
	%909 = fcmp une float %908, 0.0
	%910 = fcmp olt float %902, 4.0
	%911 = uitofp i1 %910 to float
	%912 = fcmp une float %911, 0.0
	%913 = or i1 %909, %912
	%914 = uitofp i1 %913 to float
	%915 = fcmp une float %914, 0.0
	%916 = and i1 %905, %915
	%917 = uitofp i1 %916 to float
	%918 = fcmp une float %917, 0.0
	%919 = and i1 %899, %918
	%920 = select i1 %919, float %408, float 0xFFF0000000000000
	%921 = shl i32 %13, 1
	%922 = add i32 25, %921
	%923 = add i32 %186, %922
	%924 = icmp slt i32 %923, %N
	%925 = select i1 %924, i32 %923, i32 0
	%926 = sitofp i32 %539 to float
	%927 = sitofp i32 %925 to float
	%928 = fcmp ole float %927, %926
	%929 = uitofp i1 %928 to float
	%930 = fcmp une float %929, 0.0
	%931 = fsub float %926, %927
	%932 = fcmp olt float %931, 256.0
	%933 = uitofp i1 %932 to float
	%934 = fcmp une float %933, 0.0
	%935 = fcmp olt float %927, 4.0
	%936 = uitofp i1 %935 to float
	%937 = fcmp une float %936, 0.0
	%938 = or i1 %934, %937
	%939 = uitofp i1 %938 to float
	%940 = fcmp une float %939, 0.0
	%941 = and i1 %930, %940
	%942 = uitofp i1 %941 to float
	%943 = fcmp une float %942, 0.0
	%944 = and i1 %924, %943
	%945 = select i1 %944, float %409, float 0xFFF0000000000000
	%946 = shl i32 %13, 1
	%947 = add i32 32, %946
	%948 = add i32 %186, %947
	%949 = icmp slt i32 %948, %N
	%950 = select i1 %949, i32 %948, i32 0
	%951 = sitofp i32 %535 to float
	%952 = sitofp i32 %950 to float
	%953 = fcmp ole float %952, %951
	%954 = uitofp i1 %953 to float
	%955 = fcmp une float %954, 0.0
	%956 = fsub float %951, %952
	%957 = fcmp olt float %956, 256.0
	%958 = uitofp i1 %957 to float
	%959 = fcmp une float %958, 0.0
	%960 = fcmp olt float %952, 4.0
	%961 = uitofp i1 %960 to float
	%962 = fcmp une float %961, 0.0
	%963 = or i1 %959, %962
	%964 = uitofp i1 %963 to float
	%965 = fcmp une float %964, 0.0
	%966 = and i1 %955, %965
	%967 = uitofp i1 %966 to float
	%968 = fcmp une float %967, 0.0
	%969 = and i1 %949, %968
	%970 = select i1 %969, float %410, float 0xFFF0000000000000
	%971 = shl i32 %13, 1
	%972 = add i32 33, %971
	%973 = add i32 %186, %972
	%974 = icmp slt i32 %973, %N
	%975 = select i1 %974, i32 %973, i32 0
	%976 = sitofp i32 %535 to float
	%977 = sitofp i32 %975 to float
	%978 = fcmp ole float %977, %976
	%979 = uitofp i1 %978 to float
	%980 = fcmp une float %979, 0.0
	%981 = fsub float %976, %977
	%982 = fcmp olt float %981, 256.0
	%983 = uitofp i1 %982 to float
	%984 = fcmp une float %983, 0.0
	%985 = fcmp olt float %977, 4.0
	%986 = uitofp i1 %985 to float
	%987 = fcmp une float %986, 0.0
	%988 = or i1 %984, %987
	%989 = uitofp i1 %988 to float
	%990 = fcmp une float %989, 0.0
	%991 = and i1 %980, %990
	%992 = uitofp i1 %991 to float
	%993 = fcmp une float %992, 0.0
	%994 = and i1 %974, %993
	%995 = select i1 %994, float %411, float 0xFFF0000000000000
	%996 = shl i32 %13, 1
	%997 = add i32 32, %996
	%998 = add i32 %186, %997
	%999 = icmp slt i32 %998, %N
	%1000 = select i1 %999, i32 %998, i32 0
	%1001 = sitofp i32 %539 to float
	%1002 = sitofp i32 %1000 to float
	%1003 = fcmp ole float %1002, %1001
	%1004 = uitofp i1 %1003 to float
	%1005 = fcmp une float %1004, 0.0
	%1006 = fsub float %1001, %1002
	%1007 = fcmp olt float %1006, 256.0
	%1008 = uitofp i1 %1007 to float
	%1009 = fcmp une float %1008, 0.0
	%1010 = fcmp olt float %1002, 4.0
	%1011 = uitofp i1 %1010 to float
	%1012 = fcmp une float %1011, 0.0
	%1013 = or i1 %1009, %1012
	%1014 = uitofp i1 %1013 to float
	%1015 = fcmp une float %1014, 0.0
	%1016 = and i1 %1005, %1015
	%1017 = uitofp i1 %1016 to float
	%1018 = fcmp une float %1017, 0.0
	%1019 = and i1 %999, %1018
	%1020 = select i1 %1019, float %412, float 0xFFF0000000000000
	%1021 = shl i32 %13, 1
	%1022 = add i32 33, %1021
	%1023 = add i32 %186, %1022
	%1024 = icmp slt i32 %1023, %N
	%1025 = select i1 %1024, i32 %1023, i32 0
	%1026 = sitofp i32 %539 to float
	%1027 = sitofp i32 %1025 to float
	%1028 = fcmp ole float %1027, %1026
	%1029 = uitofp i1 %1028 to float
	%1030 = fcmp une float %1029, 0.0
	%1031 = fsub float %1026, %1027
	%1032 = fcmp olt float %1031, 256.0
	%1033 = uitofp i1 %1032 to float
	%1034 = fcmp une float %1033, 0.0
	%1035 = fcmp olt float %1027, 4.0
	%1036 = uitofp i1 %1035 to float
	%1037 = fcmp une float %1036, 0.0
	%1038 = or i1 %1034, %1037
	%1039 = uitofp i1 %1038 to float
	%1040 = fcmp une float %1039, 0.0
	%1041 = and i1 %1030, %1040
	%1042 = uitofp i1 %1041 to float
	%1043 = fcmp une float %1042, 0.0
	%1044 = and i1 %1024, %1043
	%1045 = select i1 %1044, float %413, float 0xFFF0000000000000
	%1046 = shl i32 %13, 1
	%1047 = add i32 40, %1046
	%1048 = add i32 %186, %1047
	%1049 = icmp slt i32 %1048, %N
	%1050 = select i1 %1049, i32 %1048, i32 0
	%1051 = sitofp i32 %535 to float
	%1052 = sitofp i32 %1050 to float
	%1053 = fcmp ole float %1052, %1051
	%1054 = uitofp i1 %1053 to float
	%1055 = fcmp une float %1054, 0.0
	%1056 = fsub float %1051, %1052
	%1057 = fcmp olt float %1056, 256.0
	%1058 = uitofp i1 %1057 to float
	%1059 = fcmp une float %1058, 0.0
	%1060 = fcmp olt float %1052, 4.0
	%1061 = uitofp i1 %1060 to float
	%1062 = fcmp une float %1061, 0.0
	%1063 = or i1 %1059, %1062
	%1064 = uitofp i1 %1063 to float
	%1065 = fcmp une float %1064, 0.0
	%1066 = and i1 %1055, %1065
	%1067 = uitofp i1 %1066 to float
	%1068 = fcmp une float %1067, 0.0
	%1069 = and i1 %1049, %1068
	%1070 = select i1 %1069, float %414, float 0xFFF0000000000000
	%1071 = shl i32 %13, 1
	%1072 = add i32 41, %1071
	%1073 = add i32 %186, %1072
	%1074 = icmp slt i32 %1073, %N
	%1075 = select i1 %1074, i32 %1073, i32 0
	%1076 = sitofp i32 %535 to float
	%1077 = sitofp i32 %1075 to float
	%1078 = fcmp ole float %1077, %1076
	%1079 = uitofp i1 %1078 to float
	%1080 = fcmp une float %1079, 0.0
	%1081 = fsub float %1076, %1077
	%1082 = fcmp olt float %1081, 256.0
	%1083 = uitofp i1 %1082 to float
	%1084 = fcmp une float %1083, 0.0
	%1085 = fcmp olt float %1077, 4.0
	%1086 = uitofp i1 %1085 to float
	%1087 = fcmp une float %1086, 0.0
	%1088 = or i1 %1084, %1087
	%1089 = uitofp i1 %1088 to float
	%1090 = fcmp une float %1089, 0.0
	%1091 = and i1 %1080, %1090
	%1092 = uitofp i1 %1091 to float
	%1093 = fcmp une float %1092, 0.0
	%1094 = and i1 %1074, %1093
	%1095 = select i1 %1094, float %415, float 0xFFF0000000000000
	%1096 = shl i32 %13, 1
	%1097 = add i32 40, %1096
	%1098 = add i32 %186, %1097
	%1099 = icmp slt i32 %1098, %N
	%1100 = select i1 %1099, i32 %1098, i32 0
	%1101 = sitofp i32 %539 to float
	%1102 = sitofp i32 %1100 to float
	%1103 = fcmp ole float %1102, %1101
	%1104 = uitofp i1 %1103 to float
	%1105 = fcmp une float %1104, 0.0
	%1106 = fsub float %1101, %1102
	%1107 = fcmp olt float %1106, 256.0
	%1108 = uitofp i1 %1107 to float
	%1109 = fcmp une float %1108, 0.0
	%1110 = fcmp olt float %1102, 4.0
	%1111 = uitofp i1 %1110 to float
	%1112 = fcmp une float %1111, 0.0
	%1113 = or i1 %1109, %1112
	%1114 = uitofp i1 %1113 to float
	%1115 = fcmp une float %1114, 0.0
	%1116 = and i1 %1105, %1115
	%1117 = uitofp i1 %1116 to float
	%1118 = fcmp une float %1117, 0.0
	%1119 = and i1 %1099, %1118
	%1120 = select i1 %1119, float %416, float 0xFFF0000000000000
	%1121 = shl i32 %13, 1
	%1122 = add i32 41, %1121
	%1123 = add i32 %186, %1122
	%1124 = icmp slt i32 %1123, %N
	%1125 = select i1 %1124, i32 %1123, i32 0
	%1126 = sitofp i32 %539 to float
	%1127 = sitofp i32 %1125 to float
	%1128 = fcmp ole float %1127, %1126
	%1129 = uitofp i1 %1128 to float
	%1130 = fcmp une float %1129, 0.0
	%1131 = fsub float %1126, %1127
	%1132 = fcmp olt float %1131, 256.0
	%1133 = uitofp i1 %1132 to float
	%1134 = fcmp une float %1133, 0.0
	%1135 = fcmp olt float %1127, 4.0
	%1136 = uitofp i1 %1135 to float
	%1137 = fcmp une float %1136, 0.0
	%1138 = or i1 %1134, %1137
	%1139 = uitofp i1 %1138 to float
	%1140 = fcmp une float %1139, 0.0
	%1141 = and i1 %1130, %1140
	%1142 = uitofp i1 %1141 to float
	%1143 = fcmp une float %1142, 0.0
	%1144 = and i1 %1124, %1143
	%1145 = select i1 %1144, float %417, float 0xFFF0000000000000
	%1146 = shl i32 %13, 1
	%1147 = add i32 48, %1146
	%1148 = add i32 %186, %1147
	%1149 = icmp slt i32 %1148, %N
	%1150 = select i1 %1149, i32 %1148, i32 0
	%1151 = sitofp i32 %535 to float
	%1152 = sitofp i32 %1150 to float
	%1153 = fcmp ole float %1152, %1151
	%1154 = uitofp i1 %1153 to float
	%1155 = fcmp une float %1154, 0.0
	%1156 = fsub float %1151, %1152
	%1157 = fcmp olt float %1156, 256.0
	%1158 = uitofp i1 %1157 to float
	%1159 = fcmp une float %1158, 0.0
	%1160 = fcmp olt float %1152, 4.0
	%1161 = uitofp i1 %1160 to float
	%1162 = fcmp une float %1161, 0.0
	%1163 = or i1 %1159, %1162
	%1164 = uitofp i1 %1163 to float
	%1165 = fcmp une float %1164, 0.0
	%1166 = and i1 %1155, %1165
	%1167 = uitofp i1 %1166 to float
	%1168 = fcmp une float %1167, 0.0
	%1169 = and i1 %1149, %1168
	%1170 = select i1 %1169, float %418, float 0xFFF0000000000000
	%1171 = shl i32 %13, 1
	%1172 = add i32 49, %1171
	%1173 = add i32 %186, %1172
	%1174 = icmp slt i32 %1173, %N
	%1175 = select i1 %1174, i32 %1173, i32 0
	%1176 = sitofp i32 %535 to float
	%1177 = sitofp i32 %1175 to float
	%1178 = fcmp ole float %1177, %1176
	%1179 = uitofp i1 %1178 to float
	%1180 = fcmp une float %1179, 0.0
	%1181 = fsub float %1176, %1177
	%1182 = fcmp olt float %1181, 256.0
	%1183 = uitofp i1 %1182 to float
	%1184 = fcmp une float %1183, 0.0
	%1185 = fcmp olt float %1177, 4.0
	%1186 = uitofp i1 %1185 to float
	%1187 = fcmp une float %1186, 0.0
	%1188 = or i1 %1184, %1187
	%1189 = uitofp i1 %1188 to float
	%1190 = fcmp une float %1189, 0.0
	%1191 = and i1 %1180, %1190
	%1192 = uitofp i1 %1191 to float
	%1193 = fcmp une float %1192, 0.0
	%1194 = and i1 %1174, %1193
	%1195 = select i1 %1194, float %419, float 0xFFF0000000000000
	%1196 = shl i32 %13, 1
	%1197 = add i32 48, %1196
	%1198 = add i32 %186, %1197
	%1199 = icmp slt i32 %1198, %N
	%1200 = select i1 %1199, i32 %1198, i32 0
	%1201 = sitofp i32 %539 to float
	%1202 = sitofp i32 %1200 to float
	%1203 = fcmp ole float %1202, %1201
	%1204 = uitofp i1 %1203 to float
	%1205 = fcmp une float %1204, 0.0
	%1206 = fsub float %1201, %1202
	%1207 = fcmp olt float %1206, 256.0
	%1208 = uitofp i1 %1207 to float
	%1209 = fcmp une float %1208, 0.0
	%1210 = fcmp olt float %1202, 4.0
	%1211 = uitofp i1 %1210 to float
	%1212 = fcmp une float %1211, 0.0
	%1213 = or i1 %1209, %1212
	%1214 = uitofp i1 %1213 to float
	%1215 = fcmp une float %1214, 0.0
	%1216 = and i1 %1205, %1215
	%1217 = uitofp i1 %1216 to float
	%1218 = fcmp une float %1217, 0.0
	%1219 = and i1 %1199, %1218
	%1220 = select i1 %1219, float %420, float 0xFFF0000000000000
	%1221 = shl i32 %13, 1
	%1222 = add i32 49, %1221
	%1223 = add i32 %186, %1222
	%1224 = icmp slt i32 %1223, %N
	%1225 = select i1 %1224, i32 %1223, i32 0
	%1226 = sitofp i32 %539 to float
	%1227 = sitofp i32 %1225 to float
	%1228 = fcmp ole float %1227, %1226
	%1229 = uitofp i1 %1228 to float
	%1230 = fcmp une float %1229, 0.0
	%1231 = fsub float %1226, %1227
	%1232 = fcmp olt float %1231, 256.0
	%1233 = uitofp i1 %1232 to float
	%1234 = fcmp une float %1233, 0.0
	%1235 = fcmp olt float %1227, 4.0
	%1236 = uitofp i1 %1235 to float
	%1237 = fcmp une float %1236, 0.0
	%1238 = or i1 %1234, %1237
	%1239 = uitofp i1 %1238 to float
	%1240 = fcmp une float %1239, 0.0
	%1241 = and i1 %1230, %1240
	%1242 = uitofp i1 %1241 to float
	%1243 = fcmp une float %1242, 0.0
	%1244 = and i1 %1224, %1243
	%1245 = select i1 %1244, float %421, float 0xFFF0000000000000
	%1246 = shl i32 %13, 1
	%1247 = add i32 56, %1246
	%1248 = add i32 %186, %1247
	%1249 = icmp slt i32 %1248, %N
	%1250 = select i1 %1249, i32 %1248, i32 0
	%1251 = sitofp i32 %535 to float
	%1252 = sitofp i32 %1250 to float
	%1253 = fcmp ole float %1252, %1251
	%1254 = uitofp i1 %1253 to float
	%1255 = fcmp une float %1254, 0.0
	%1256 = fsub float %1251, %1252
	%1257 = fcmp olt float %1256, 256.0
	%1258 = uitofp i1 %1257 to float
	%1259 = fcmp une float %1258, 0.0
	%1260 = fcmp olt float %1252, 4.0
	%1261 = uitofp i1 %1260 to float
	%1262 = fcmp une float %1261, 0.0
	%1263 = or i1 %1259, %1262
	%1264 = uitofp i1 %1263 to float
	%1265 = fcmp une float %1264, 0.0
	%1266 = and i1 %1255, %1265
	%1267 = uitofp i1 %1266 to float
	%1268 = fcmp une float %1267, 0.0
	%1269 = and i1 %1249, %1268
	%1270 = select i1 %1269, float %422, float 0xFFF0000000000000
	%1271 = shl i32 %13, 1
	%1272 = add i32 57, %1271
	%1273 = add i32 %186, %1272
	%1274 = icmp slt i32 %1273, %N
	%1275 = select i1 %1274, i32 %1273, i32 0
	%1276 = sitofp i32 %535 to float
	%1277 = sitofp i32 %1275 to float
	%1278 = fcmp ole float %1277, %1276
	%1279 = uitofp i1 %1278 to float
	%1280 = fcmp une float %1279, 0.0
	%1281 = fsub float %1276, %1277
	%1282 = fcmp olt float %1281, 256.0
	%1283 = uitofp i1 %1282 to float
	%1284 = fcmp une float %1283, 0.0
	%1285 = fcmp olt float %1277, 4.0
	%1286 = uitofp i1 %1285 to float
	%1287 = fcmp une float %1286, 0.0
	%1288 = or i1 %1284, %1287
	%1289 = uitofp i1 %1288 to float
	%1290 = fcmp une float %1289, 0.0
	%1291 = and i1 %1280, %1290
	%1292 = uitofp i1 %1291 to float
	%1293 = fcmp une float %1292, 0.0
	%1294 = and i1 %1274, %1293
	%1295 = select i1 %1294, float %423, float 0xFFF0000000000000
	%1296 = shl i32 %13, 1
	%1297 = add i32 56, %1296
	%1298 = add i32 %186, %1297
	%1299 = icmp slt i32 %1298, %N
	%1300 = select i1 %1299, i32 %1298, i32 0
	%1301 = sitofp i32 %539 to float
	%1302 = sitofp i32 %1300 to float
	%1303 = fcmp ole float %1302, %1301
	%1304 = uitofp i1 %1303 to float
	%1305 = fcmp une float %1304, 0.0
	%1306 = fsub float %1301, %1302
	%1307 = fcmp olt float %1306, 256.0
	%1308 = uitofp i1 %1307 to float
	%1309 = fcmp une float %1308, 0.0
	%1310 = fcmp olt float %1302, 4.0
	%1311 = uitofp i1 %1310 to float
	%1312 = fcmp une float %1311, 0.0
	%1313 = or i1 %1309, %1312
	%1314 = uitofp i1 %1313 to float
	%1315 = fcmp une float %1314, 0.0
	%1316 = and i1 %1305, %1315
	%1317 = uitofp i1 %1316 to float
	%1318 = fcmp une float %1317, 0.0
	%1319 = and i1 %1299, %1318
	%1320 = select i1 %1319, float %424, float 0xFFF0000000000000
	%1321 = shl i32 %13, 1
	%1322 = add i32 57, %1321
	%1323 = add i32 %186, %1322
	%1324 = icmp slt i32 %1323, %N
	%1325 = select i1 %1324, i32 %1323, i32 0
	%1326 = sitofp i32 %539 to float
	%1327 = sitofp i32 %1325 to float
	%1328 = fcmp ole float %1327, %1326
	%1329 = uitofp i1 %1328 to float
	%1330 = fcmp une float %1329, 0.0
	%1331 = fsub float %1326, %1327
	%1332 = fcmp olt float %1331, 256.0
	%1333 = uitofp i1 %1332 to float
	%1334 = fcmp une float %1333, 0.0
	%1335 = fcmp olt float %1327, 4.0
	%1336 = uitofp i1 %1335 to float
	%1337 = fcmp une float %1336, 0.0
	%1338 = or i1 %1334, %1337
	%1339 = uitofp i1 %1338 to float
	%1340 = fcmp une float %1339, 0.0
	%1341 = and i1 %1330, %1340
	%1342 = uitofp i1 %1341 to float
	%1343 = fcmp une float %1342, 0.0
	%1344 = and i1 %1324, %1343
	%1345 = select i1 %1344, float %425, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1346 = phi float [ %394, %prefetched ], [ %570, %partial ]
	%1347 = phi float [ %395, %prefetched ], [ %595, %partial ]
	%1348 = phi float [ %396, %prefetched ], [ %620, %partial ]
	%1349 = phi float [ %397, %prefetched ], [ %645, %partial ]
	%1350 = phi float [ %398, %prefetched ], [ %670, %partial ]
	%1351 = phi float [ %399, %prefetched ], [ %695, %partial ]
	%1352 = phi float [ %400, %prefetched ], [ %720, %partial ]
	%1353 = phi float [ %401, %prefetched ], [ %745, %partial ]
	%1354 = phi float [ %402, %prefetched ], [ %770, %partial ]
	%1355 = phi float [ %403, %prefetched ], [ %795, %partial ]
	%1356 = phi float [ %404, %prefetched ], [ %820, %partial ]
	%1357 = phi float [ %405, %prefetched ], [ %845, %partial ]
	%1358 = phi float [ %406, %prefetched ], [ %870, %partial ]
	%1359 = phi float [ %407, %prefetched ], [ %895, %partial ]
	%1360 = phi float [ %408, %prefetched ], [ %920, %partial ]
	%1361 = phi float [ %409, %prefetched ], [ %945, %partial ]
	%1362 = phi float [ %410, %prefetched ], [ %970, %partial ]
	%1363 = phi float [ %411, %prefetched ], [ %995, %partial ]
	%1364 = phi float [ %412, %prefetched ], [ %1020, %partial ]
	%1365 = phi float [ %413, %prefetched ], [ %1045, %partial ]
	%1366 = phi float [ %414, %prefetched ], [ %1070, %partial ]
	%1367 = phi float [ %415, %prefetched ], [ %1095, %partial ]
	%1368 = phi float [ %416, %prefetched ], [ %1120, %partial ]
	%1369 = phi float [ %417, %prefetched ], [ %1145, %partial ]
	%1370 = phi float [ %418, %prefetched ], [ %1170, %partial ]
	%1371 = phi float [ %419, %prefetched ], [ %1195, %partial ]
	%1372 = phi float [ %420, %prefetched ], [ %1220, %partial ]
	%1373 = phi float [ %421, %prefetched ], [ %1245, %partial ]
	%1374 = phi float [ %422, %prefetched ], [ %1270, %partial ]
	%1375 = phi float [ %423, %prefetched ], [ %1295, %partial ]
	%1376 = phi float [ %424, %prefetched ], [ %1320, %partial ]
	%1377 = phi float [ %425, %prefetched ], [ %1345, %partial ]
	%1378 = call float @llvm.nvvm.fmax.f(float %1346, float %1347)
	%1379 = call float @llvm.nvvm.fmax.f(float %1350, float %1351)
	%1380 = call float @llvm.nvvm.fmax.f(float %1354, float %1355)
	%1381 = call float @llvm.nvvm.fmax.f(float %1358, float %1359)
	%1382 = call float @llvm.nvvm.fmax.f(float %1362, float %1363)
	%1383 = call float @llvm.nvvm.fmax.f(float %1366, float %1367)
	%1384 = call float @llvm.nvvm.fmax.f(float %1370, float %1371)
	%1385 = call float @llvm.nvvm.fmax.f(float %1374, float %1375)
	%1386 = call float @llvm.nvvm.fmax.f(float %1378, float %1379)
	%1387 = call float @llvm.nvvm.fmax.f(float %1380, float %1381)
	%1388 = call float @llvm.nvvm.fmax.f(float %1382, float %1383)
	%1389 = call float @llvm.nvvm.fmax.f(float %1384, float %1385)
	%1390 = call float @llvm.nvvm.fmax.f(float %1386, float %1387)
	%1391 = call float @llvm.nvvm.fmax.f(float %1388, float %1389)
	%1392 = call float @llvm.nvvm.fmax.f(float %1390, float %1391)
	%1393 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1392, i32 1, i32 31)
	%1394 = call float @llvm.nvvm.fmax.f(float %1392, float %1393)
	%1395 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1394, i32 2, i32 31)
	%1396 = call float @llvm.nvvm.fmax.f(float %1394, float %1395)
	%1397 = fmul float %1396, 0x3FC7154760000000
	%1398 = call float @llvm.nvvm.fmax.f(float %182, float %1397)
	%1399 = fadd float %182, 8.0
	%1400 = fcmp ogt float %1398, %1399
	%1401 = or i1 false, %1400
	%1402 = call float @llvm.nvvm.fmax.f(float %1348, float %1349)
	%1403 = call float @llvm.nvvm.fmax.f(float %1352, float %1353)
	%1404 = call float @llvm.nvvm.fmax.f(float %1356, float %1357)
	%1405 = call float @llvm.nvvm.fmax.f(float %1360, float %1361)
	%1406 = call float @llvm.nvvm.fmax.f(float %1364, float %1365)
	%1407 = call float @llvm.nvvm.fmax.f(float %1368, float %1369)
	%1408 = call float @llvm.nvvm.fmax.f(float %1372, float %1373)
	%1409 = call float @llvm.nvvm.fmax.f(float %1376, float %1377)
	%1410 = call float @llvm.nvvm.fmax.f(float %1402, float %1403)
	%1411 = call float @llvm.nvvm.fmax.f(float %1404, float %1405)
	%1412 = call float @llvm.nvvm.fmax.f(float %1406, float %1407)
	%1413 = call float @llvm.nvvm.fmax.f(float %1408, float %1409)
	%1414 = call float @llvm.nvvm.fmax.f(float %1410, float %1411)
	%1415 = call float @llvm.nvvm.fmax.f(float %1412, float %1413)
	%1416 = call float @llvm.nvvm.fmax.f(float %1414, float %1415)
	%1417 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1416, i32 1, i32 31)
	%1418 = call float @llvm.nvvm.fmax.f(float %1416, float %1417)
	%1419 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1418, i32 2, i32 31)
	%1420 = call float @llvm.nvvm.fmax.f(float %1418, float %1419)
	%1421 = fmul float %1420, 0x3FC7154760000000
	%1422 = call float @llvm.nvvm.fmax.f(float %184, float %1421)
	%1423 = fadd float %184, 8.0
	%1424 = fcmp ogt float %1422, %1423
	%1425 = or i1 %1401, %1424
	%1426 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1425)
	br i1 %1426, label %1427, label %1470

1427:
	%1428 = fcmp oeq float %1398, 0xFFF0000000000000
	%1429 = select i1 %1428, float 0.0, float %1398
	%1430 = fsub float %182, %1429
	%1431 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1430)
	%1432 = fcmp oeq float %1422, 0xFFF0000000000000
	%1433 = select i1 %1432, float 0.0, float %1422
	%1434 = fsub float %184, %1433
	%1435 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1434)
	%1436 = fmul float %150, %1431
	%1437 = fmul float %151, %1431
	%1438 = fmul float %152, %1435
	%1439 = fmul float %153, %1435
	%1440 = fmul float %154, %1431
	%1441 = fmul float %155, %1431
	%1442 = fmul float %156, %1435
	%1443 = fmul float %157, %1435
	%1444 = fmul float %158, %1431
	%1445 = fmul float %159, %1431
	%1446 = fmul float %160, %1435
	%1447 = fmul float %161, %1435
	%1448 = fmul float %162, %1431
	%1449 = fmul float %163, %1431
	%1450 = fmul float %164, %1435
	%1451 = fmul float %165, %1435
	%1452 = fmul float %166, %1431
	%1453 = fmul float %167, %1431
	%1454 = fmul float %168, %1435
	%1455 = fmul float %169, %1435
	%1456 = fmul float %170, %1431
	%1457 = fmul float %171, %1431
	%1458 = fmul float %172, %1435
	%1459 = fmul float %173, %1435
	%1460 = fmul float %174, %1431
	%1461 = fmul float %175, %1431
	%1462 = fmul float %176, %1435
	%1463 = fmul float %177, %1435
	%1464 = fmul float %178, %1431
	%1465 = fmul float %179, %1431
	%1466 = fmul float %180, %1435
	%1467 = fmul float %181, %1435
	%1468 = fmul float %183, %1431
	%1469 = fmul float %185, %1435
	br label %1470

1470:
	%1471 = phi float [ %150, %softmax ], [ %1436, %1427 ]
	%1472 = phi float [ %151, %softmax ], [ %1437, %1427 ]
	%1473 = phi float [ %152, %softmax ], [ %1438, %1427 ]
	%1474 = phi float [ %153, %softmax ], [ %1439, %1427 ]
	%1475 = phi float [ %154, %softmax ], [ %1440, %1427 ]
	%1476 = phi float [ %155, %softmax ], [ %1441, %1427 ]
	%1477 = phi float [ %156, %softmax ], [ %1442, %1427 ]
	%1478 = phi float [ %157, %softmax ], [ %1443, %1427 ]
	%1479 = phi float [ %158, %softmax ], [ %1444, %1427 ]
	%1480 = phi float [ %159, %softmax ], [ %1445, %1427 ]
	%1481 = phi float [ %160, %softmax ], [ %1446, %1427 ]
	%1482 = phi float [ %161, %softmax ], [ %1447, %1427 ]
	%1483 = phi float [ %162, %softmax ], [ %1448, %1427 ]
	%1484 = phi float [ %163, %softmax ], [ %1449, %1427 ]
	%1485 = phi float [ %164, %softmax ], [ %1450, %1427 ]
	%1486 = phi float [ %165, %softmax ], [ %1451, %1427 ]
	%1487 = phi float [ %166, %softmax ], [ %1452, %1427 ]
	%1488 = phi float [ %167, %softmax ], [ %1453, %1427 ]
	%1489 = phi float [ %168, %softmax ], [ %1454, %1427 ]
	%1490 = phi float [ %169, %softmax ], [ %1455, %1427 ]
	%1491 = phi float [ %170, %softmax ], [ %1456, %1427 ]
	%1492 = phi float [ %171, %softmax ], [ %1457, %1427 ]
	%1493 = phi float [ %172, %softmax ], [ %1458, %1427 ]
	%1494 = phi float [ %173, %softmax ], [ %1459, %1427 ]
	%1495 = phi float [ %174, %softmax ], [ %1460, %1427 ]
	%1496 = phi float [ %175, %softmax ], [ %1461, %1427 ]
	%1497 = phi float [ %176, %softmax ], [ %1462, %1427 ]
	%1498 = phi float [ %177, %softmax ], [ %1463, %1427 ]
	%1499 = phi float [ %178, %softmax ], [ %1464, %1427 ]
	%1500 = phi float [ %179, %softmax ], [ %1465, %1427 ]
	%1501 = phi float [ %180, %softmax ], [ %1466, %1427 ]
	%1502 = phi float [ %181, %softmax ], [ %1467, %1427 ]
	%1503 = phi float [ %183, %softmax ], [ %1468, %1427 ]
	%1504 = phi float [ %185, %softmax ], [ %1469, %1427 ]
	%1505 = select i1 %1426, float %1398, float %182
	%1506 = fcmp oeq float %1505, 0xFFF0000000000000
	%1507 = select i1 %1506, float 0.0, float %1505
	%1508 = fneg float %1507
	%1509 = call float @llvm.fma.f32(float %1346, float 0x3FC7154760000000, float %1508)
	%1510 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1509)
	%1511 = call float @llvm.fma.f32(float %1347, float 0x3FC7154760000000, float %1508)
	%1512 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1511)
	%1513 = call float @llvm.fma.f32(float %1350, float 0x3FC7154760000000, float %1508)
	%1514 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1513)
	%1515 = call float @llvm.fma.f32(float %1351, float 0x3FC7154760000000, float %1508)
	%1516 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1515)
	%1517 = call float @llvm.fma.f32(float %1354, float 0x3FC7154760000000, float %1508)
	%1518 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1517)
	%1519 = call float @llvm.fma.f32(float %1355, float 0x3FC7154760000000, float %1508)
	%1520 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1519)
	%1521 = call float @llvm.fma.f32(float %1358, float 0x3FC7154760000000, float %1508)
	%1522 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1521)
	%1523 = call float @llvm.fma.f32(float %1359, float 0x3FC7154760000000, float %1508)
	%1524 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1523)
	%1525 = call float @llvm.fma.f32(float %1362, float 0x3FC7154760000000, float %1508)
	%1526 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1525)
	%1527 = call float @llvm.fma.f32(float %1363, float 0x3FC7154760000000, float %1508)
	%1528 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1527)
	%1529 = call float @llvm.fma.f32(float %1366, float 0x3FC7154760000000, float %1508)
	%1530 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1529)
	%1531 = call float @llvm.fma.f32(float %1367, float 0x3FC7154760000000, float %1508)
	%1532 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1531)
	%1533 = call float @llvm.fma.f32(float %1370, float 0x3FC7154760000000, float %1508)
	%1534 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1533)
	%1535 = call float @llvm.fma.f32(float %1371, float 0x3FC7154760000000, float %1508)
	%1536 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1535)
	%1537 = call float @llvm.fma.f32(float %1374, float 0x3FC7154760000000, float %1508)
	%1538 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1537)
	%1539 = call float @llvm.fma.f32(float %1375, float 0x3FC7154760000000, float %1508)
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
	%1556 = fadd float %1503, %1555
	%1557 = select i1 %1426, float %1422, float %184
	%1558 = fcmp oeq float %1557, 0xFFF0000000000000
	%1559 = select i1 %1558, float 0.0, float %1557
	%1560 = fneg float %1559
	%1561 = call float @llvm.fma.f32(float %1348, float 0x3FC7154760000000, float %1560)
	%1562 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1561)
	%1563 = call float @llvm.fma.f32(float %1349, float 0x3FC7154760000000, float %1560)
	%1564 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1563)
	%1565 = call float @llvm.fma.f32(float %1352, float 0x3FC7154760000000, float %1560)
	%1566 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1565)
	%1567 = call float @llvm.fma.f32(float %1353, float 0x3FC7154760000000, float %1560)
	%1568 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1567)
	%1569 = call float @llvm.fma.f32(float %1356, float 0x3FC7154760000000, float %1560)
	%1570 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1569)
	%1571 = call float @llvm.fma.f32(float %1357, float 0x3FC7154760000000, float %1560)
	%1572 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1571)
	%1573 = call float @llvm.fma.f32(float %1360, float 0x3FC7154760000000, float %1560)
	%1574 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1573)
	%1575 = call float @llvm.fma.f32(float %1361, float 0x3FC7154760000000, float %1560)
	%1576 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1575)
	%1577 = call float @llvm.fma.f32(float %1364, float 0x3FC7154760000000, float %1560)
	%1578 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1577)
	%1579 = call float @llvm.fma.f32(float %1365, float 0x3FC7154760000000, float %1560)
	%1580 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1579)
	%1581 = call float @llvm.fma.f32(float %1368, float 0x3FC7154760000000, float %1560)
	%1582 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1581)
	%1583 = call float @llvm.fma.f32(float %1369, float 0x3FC7154760000000, float %1560)
	%1584 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1583)
	%1585 = call float @llvm.fma.f32(float %1372, float 0x3FC7154760000000, float %1560)
	%1586 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1585)
	%1587 = call float @llvm.fma.f32(float %1373, float 0x3FC7154760000000, float %1560)
	%1588 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1587)
	%1589 = call float @llvm.fma.f32(float %1376, float 0x3FC7154760000000, float %1560)
	%1590 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1589)
	%1591 = call float @llvm.fma.f32(float %1377, float 0x3FC7154760000000, float %1560)
	%1592 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1591)
	%1593 = fadd float %1562, %1564
	%1594 = fadd float %1566, %1568
	%1595 = fadd float %1570, %1572
	%1596 = fadd float %1574, %1576
	%1597 = fadd float %1578, %1580
	%1598 = fadd float %1582, %1584
	%1599 = fadd float %1586, %1588
	%1600 = fadd float %1590, %1592
	%1601 = fadd float %1593, %1594
	%1602 = fadd float %1595, %1596
	%1603 = fadd float %1597, %1598
	%1604 = fadd float %1599, %1600
	%1605 = fadd float %1601, %1602
	%1606 = fadd float %1603, %1604
	%1607 = fadd float %1605, %1606
	%1608 = fadd float %1504, %1607
	call void asm sideeffect "cp.async.wait_group 1;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
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
	%1620 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1512, float %1510)
	%1621 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1564, float %1562)
	%1622 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1516, float %1514)
	%1623 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1568, float %1566)
	%1624 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1520, float %1518)
	%1625 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1572, float %1570)
	%1626 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1524, float %1522)
	%1627 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1576, float %1574)
	%1628 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1528, float %1526)
	%1629 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1580, float %1578)
	%1630 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1532, float %1530)
	%1631 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1584, float %1582)
	%1632 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1536, float %1534)
	%1633 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1588, float %1586)
	%1634 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1540, float %1538)
	%1635 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1592, float %1590)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1636 = add i32 %8, 0
	%1637 = zext i32 %1636 to i64
	%1638 = or i64 %1637, u0x4000004002000000
	%1639 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1471, float %1472, float %1473, float %1474, float %1475, float %1476, float %1477, float %1478, float %1479, float %1480, float %1481, float %1482, float %1483, float %1484, float %1485, float %1486, float %1487, float %1488, float %1489, float %1490, float %1491, float %1492, float %1493, float %1494, float %1495, float %1496, float %1497, float %1498, float %1499, float %1500, float %1501, float %1502, i32 %1620, i32 %1621, i32 %1622, i32 %1623, i64 %1638, i32 1)
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
	br i1 %237, label %loop, label %epilogue

store0:
	%1812 = mul i32 %17, %M
	%1813 = add i32 %1812, %471
	%1814 = mul i32 %1813, 64
	%1815 = shl i32 %13, 1
	%1816 = add i32 0, %1815
	%1817 = add i32 %1814, %1816
	%1818 = sext i32 %1817 to i64
	%1819 = getelementptr i16, i16* %out, i64 %1818
	%1820 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %473, float %472)
	%1821 = bitcast i16* %1819 to i32*
	store i32 %1820, i32* %1821
	%1822 = shl i32 %13, 1
	%1823 = add i32 8, %1822
	%1824 = add i32 %1814, %1823
	%1825 = sext i32 %1824 to i64
	%1826 = getelementptr i16, i16* %out, i64 %1825
	%1827 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %475, float %474)
	%1828 = bitcast i16* %1826 to i32*
	store i32 %1827, i32* %1828
	%1829 = shl i32 %13, 1
	%1830 = add i32 16, %1829
	%1831 = add i32 %1814, %1830
	%1832 = sext i32 %1831 to i64
	%1833 = getelementptr i16, i16* %out, i64 %1832
	%1834 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %477, float %476)
	%1835 = bitcast i16* %1833 to i32*
	store i32 %1834, i32* %1835
	%1836 = shl i32 %13, 1
	%1837 = add i32 24, %1836
	%1838 = add i32 %1814, %1837
	%1839 = sext i32 %1838 to i64
	%1840 = getelementptr i16, i16* %out, i64 %1839
	%1841 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %479, float %478)
	%1842 = bitcast i16* %1840 to i32*
	store i32 %1841, i32* %1842
	%1843 = shl i32 %13, 1
	%1844 = add i32 32, %1843
	%1845 = add i32 %1814, %1844
	%1846 = sext i32 %1845 to i64
	%1847 = getelementptr i16, i16* %out, i64 %1846
	%1848 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %481, float %480)
	%1849 = bitcast i16* %1847 to i32*
	store i32 %1848, i32* %1849
	%1850 = shl i32 %13, 1
	%1851 = add i32 40, %1850
	%1852 = add i32 %1814, %1851
	%1853 = sext i32 %1852 to i64
	%1854 = getelementptr i16, i16* %out, i64 %1853
	%1855 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %483, float %482)
	%1856 = bitcast i16* %1854 to i32*
	store i32 %1855, i32* %1856
	%1857 = shl i32 %13, 1
	%1858 = add i32 48, %1857
	%1859 = add i32 %1814, %1858
	%1860 = sext i32 %1859 to i64
	%1861 = getelementptr i16, i16* %out, i64 %1860
	%1862 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %485, float %484)
	%1863 = bitcast i16* %1861 to i32*
	store i32 %1862, i32* %1863
	%1864 = shl i32 %13, 1
	%1865 = add i32 56, %1864
	%1866 = add i32 %1814, %1865
	%1867 = sext i32 %1866 to i64
	%1868 = getelementptr i16, i16* %out, i64 %1867
	%1869 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %487, float %486)
	%1870 = bitcast i16* %1868 to i32*
	store i32 %1869, i32* %1870
	br label %stored0

stored0:
	%1871 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %427, i32 1, i32 31)
	%1872 = fadd float %427, %1871
	%1873 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1872, i32 2, i32 31)
	%1874 = fadd float %1872, %1873
	%1875 = fcmp ogt float %1874, 0.0
	%1876 = fdiv float 1.0, %1874
	%1877 = select i1 %1875, float %1876, float 0.0
	%1878 = mul i32 %10, 16
	%1879 = add i32 %19, %1878
	%1880 = add i32 %12, 8
	%1881 = add i32 %1879, %1880
	%1882 = fmul float %431, %1877
	%1883 = fmul float %432, %1877
	%1884 = fmul float %435, %1877
	%1885 = fmul float %436, %1877
	%1886 = fmul float %439, %1877
	%1887 = fmul float %440, %1877
	%1888 = fmul float %443, %1877
	%1889 = fmul float %444, %1877
	%1890 = fmul float %447, %1877
	%1891 = fmul float %448, %1877
	%1892 = fmul float %451, %1877
	%1893 = fmul float %452, %1877
	%1894 = fmul float %455, %1877
	%1895 = fmul float %456, %1877
	%1896 = fmul float %459, %1877
	%1897 = fmul float %460, %1877
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
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @window_attn0, !"minctasm", i32 3}
