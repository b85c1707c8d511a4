; window
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@window_attn0_smem = internal addrspace(3) global [24576 x i8] undef, align 1024

define ptx_kernel void @window_attn0(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @window_attn0_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x4000
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%4 = lshr i32 %3, 5
	%5 = and i32 %3, 31
	%6 = lshr i32 %5, 2
	%7 = and i32 %5, 3
	%8 = sub i32 %NQ, 1
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%10 = sub i32 %8, %9
	%11 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%12 = sdiv i32 %11, %group
	%13 = mul i32 %10, 64
	%14 = mul i32 %11, %M
	%15 = mul i32 %14, 64
	%16 = sext i32 %15 to i64
	%17 = getelementptr i16, i16* %q, i64 %16
	%18 = mul i32 %12, %N
	%19 = mul i32 %18, 64
	%20 = sext i32 %19 to i64
	%21 = getelementptr i16, i16* %k, i64 %20
	%22 = mul i32 %12, %N
	%23 = mul i32 %22, 64
	%24 = sext i32 %23 to i64
	%25 = getelementptr i16, i16* %v, i64 %24
	%26 = udiv i32 %11, %lh
	%27 = mul i32 %26, %NQ
	%28 = add i32 %27, %10
	%29 = mul i32 %28, 2
	%30 = mul i32 %29, %NK
	%31 = mul i32 %11, %ch
	%32 = mul i32 %31, %NQ
	%33 = add i32 %32, %10
	%34 = mul i32 %33, %NK
	%35 = add i32 %30, 0
	%36 = sext i32 %35 to i64
	%37 = getelementptr i32, i32* %list, i64 %36
	%38 = load i32, i32* %37
	%39 = icmp sgt i32 %NK, 0
	%40 = icmp sge i32 %38, 0
	%41 = and i1 %39, %40
	%42 = lshr i32 %3, 3
	%43 = and i32 %3, 7
	%44 = lshr i32 %43, 3
	%45 = mul i32 %44, u0x2000
	%46 = and i32 %43, 7
	%47 = and i32 %42, 7
	%48 = xor i32 %46, %47
	%49 = mul i32 %42, 128
	%50 = shl i32 %48, 4
	%51 = add i32 %49, %50
	%52 = add i32 %45, %51
	%53 = add i32 %2, %52
	%54 = add i32 %13, %42
	%55 = mul i32 %54, 64
	%56 = mul i32 %43, 8
	%57 = add i32 %55, %56
	%58 = sext i32 %57 to i64
	%59 = getelementptr i16, i16* %17, i64 %58
	%60 = add i32 %54, 0
	%61 = icmp slt i32 %60, %M
	%62 = getelementptr i16, i16* %59, i64 0
	%63 = select i1 %61, i16* %62, i16* %17
	%64 = add i32 %53, 0
	%65 = select i1 %61, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %64, i16* %63, i32 %65)
	%66 = add i32 %54, 16
	%67 = icmp slt i32 %66, %M
	%68 = getelementptr i16, i16* %59, i64 1024
	%69 = select i1 %67, i16* %68, i16* %17
	%70 = add i32 %53, 2048
	%71 = select i1 %67, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %70, i16* %69, i32 %71)
	%72 = add i32 %54, 32
	%73 = icmp slt i32 %72, %M
	%74 = getelementptr i16, i16* %59, i64 2048
	%75 = select i1 %73, i16* %74, i16* %17
	%76 = add i32 %53, u0x1000
	%77 = select i1 %73, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %76, i16* %75, i32 %77)
	%78 = add i32 %54, 48
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %59, i64 3072
	%81 = select i1 %79, i16* %80, i16* %17
	%82 = add i32 %53, 6144
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %41, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%84 = and i32 %5, 7
	%85 = lshr i32 %5, 3
	%86 = and i32 %85, 1
	%87 = shl i32 %86, 3
	%88 = add i32 %84, %87
	%89 = lshr i32 %5, 4
	%90 = mul i32 %4, 16
	%91 = add i32 %88, 0
	%92 = add i32 %90, %91
	%93 = mul i32 %92, 128
	%94 = add i32 %2, %93
	%95 = and i32 %5, 7
	%96 = xor i32 %89, %95
	%97 = shl i32 %96, 4
	%98 = add i32 %94, %97
	%99 = mul i32 %38, 64
	%100 = lshr i32 %3, 3
	%101 = and i32 %3, 7
	%102 = lshr i32 %101, 3
	%103 = mul i32 %102, u0x2000
	%104 = and i32 %101, 7
	%105 = and i32 %100, 7
	%106 = xor i32 %104, %105
	%107 = mul i32 %100, 128
	%108 = shl i32 %106, 4
	%109 = add i32 %107, %108
	%110 = add i32 %103, %109
	%111 = add i32 %0, %110
	%112 = add i32 %99, %100
	%113 = mul i32 %112, 64
	%114 = mul i32 %101, 8
	%115 = add i32 %113, %114
	%116 = sext i32 %115 to i64
	%117 = getelementptr i16, i16* %21, i64 %116
	%118 = add i32 %112, 0
	%119 = icmp slt i32 %118, %N
	%120 = getelementptr i16, i16* %117, i64 0
	%121 = select i1 %119, i16* %120, i16* %21
	%122 = add i32 %111, 0
	%123 = select i1 %119, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %122, i16* %121, i32 %123)
	%124 = add i32 %112, 16
	%125 = icmp slt i32 %124, %N
	%126 = getelementptr i16, i16* %117, i64 1024
	%127 = select i1 %125, i16* %126, i16* %21
	%128 = add i32 %111, 2048
	%129 = select i1 %125, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %128, i16* %127, i32 %129)
	%130 = add i32 %112, 32
	%131 = icmp slt i32 %130, %N
	%132 = getelementptr i16, i16* %117, i64 2048
	%133 = select i1 %131, i16* %132, i16* %21
	%134 = add i32 %111, u0x1000
	%135 = select i1 %131, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %134, i16* %133, i32 %135)
	%136 = add i32 %112, 48
	%137 = icmp slt i32 %136, %N
	%138 = getelementptr i16, i16* %117, i64 3072
	%139 = select i1 %137, i16* %138, i16* %21
	%140 = add i32 %111, 6144
	%141 = select i1 %137, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %140, i16* %139, i32 %141)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%142 = phi i32 [ 0, %prologue ], [ %1486, %pv ]
	%143 = phi i32 [ %38, %prologue ], [ %1493, %pv ]
	%144 = phi float [ 0.0, %prologue ], [ %1749, %pv ]
	%145 = phi float [ 0.0, %prologue ], [ %1750, %pv ]
	%146 = phi float [ 0.0, %prologue ], [ %1751, %pv ]
	%147 = phi float [ 0.0, %prologue ], [ %1752, %pv ]
	%148 = phi float [ 0.0, %prologue ], [ %1753, %pv ]
	%149 = phi float [ 0.0, %prologue ], [ %1754, %pv ]
	%150 = phi float [ 0.0, %prologue ], [ %1755, %pv ]
	%151 = phi float [ 0.0, %prologue ], [ %1756, %pv ]
	%152 = phi float [ 0.0, %prologue ], [ %1757, %pv ]
	%153 = phi float [ 0.0, %prologue ], [ %1758, %pv ]
	%154 = phi float [ 0.0, %prologue ], [ %1759, %pv ]
	%155 = phi float [ 0.0, %prologue ], [ %1760, %pv ]
	%156 = phi float [ 0.0, %prologue ], [ %1761, %pv ]
	%157 = phi float [ 0.0, %prologue ], [ %1762, %pv ]
	%158 = phi float [ 0.0, %prologue ], [ %1763, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %1764, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1765, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1766, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1767, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1768, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1769, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1770, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1771, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1772, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1773, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1774, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1775, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1776, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1777, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1778, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1779, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1780, %pv ]
	%176 = phi float [ 0xFFF0000000000000, %prologue ], [ %1356, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1410, %pv ]
	%178 = phi float [ 0xFFF0000000000000, %prologue ], [ %1431, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1485, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%180 = mul i32 %143, 64
	%181 = lshr i32 %3, 3
	%182 = and i32 %3, 7
	%183 = lshr i32 %182, 3
	%184 = mul i32 %183, u0x2000
	%185 = and i32 %182, 7
	%186 = and i32 %181, 7
	%187 = xor i32 %185, %186
	%188 = mul i32 %181, 128
	%189 = shl i32 %187, 4
	%190 = add i32 %188, %189
	%191 = add i32 %184, %190
	%192 = add i32 %1, %191
	%193 = add i32 %180, %181
	%194 = mul i32 %193, 64
	%195 = mul i32 %182, 8
	%196 = add i32 %194, %195
	%197 = sext i32 %196 to i64
	%198 = getelementptr i16, i16* %25, i64 %197
	%199 = add i32 %193, 0
	%200 = icmp slt i32 %199, %N
	%201 = getelementptr i16, i16* %198, i64 0
	%202 = select i1 %200, i16* %201, i16* %25
	%203 = add i32 %192, 0
	%204 = select i1 %200, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %203, i16* %202, i32 %204)
	%205 = add i32 %193, 16
	%206 = icmp slt i32 %205, %N
	%207 = getelementptr i16, i16* %198, i64 1024
	%208 = select i1 %206, i16* %207, i16* %25
	%209 = add i32 %192, 2048
	%210 = select i1 %206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %209, i16* %208, i32 %210)
	%211 = add i32 %193, 32
	%212 = icmp slt i32 %211, %N
	%213 = getelementptr i16, i16* %198, i64 2048
	%214 = select i1 %212, i16* %213, i16* %25
	%215 = add i32 %192, u0x1000
	%216 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %215, i16* %214, i32 %216)
	%217 = add i32 %193, 48
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %198, i64 3072
	%220 = select i1 %218, i16* %219, i16* %25
	%221 = add i32 %192, 6144
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%223 = add i32 %2, 0
	%224 = zext i32 %223 to i64
	%225 = lshr i64 %224, 4
	%226 = and i64 %225, u0x3FFF
	%227 = or i64 %226, u0x4000004000010000
	%228 = add i32 %0, 0
	%229 = zext i32 %228 to i64
	%230 = lshr i64 %229, 4
	%231 = and i64 %230, u0x3FFF
	%232 = or i64 %231, u0x4000004000010000
	%233 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %227, i64 %232, i32 1)
	%234 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 0
	%235 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 1
	%236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 2
	%237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 3
	%238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 4
	%239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 5
	%240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 6
	%241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 7
	%242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 8
	%243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 9
	%244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 10
	%245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 11
	%246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 12
	%247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 13
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 14
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 15
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 16
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 17
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 18
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 19
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 20
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 21
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 22
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 23
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 24
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 25
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 26
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 27
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 28
	%263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 29
	%264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 30
	%265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %233, 31
	%266 = add i32 %2, 32
	%267 = zext i32 %266 to i64
	%268 = lshr i64 %267, 4
	%269 = and i64 %268, u0x3FFF
	%270 = or i64 %269, u0x4000004000010000
	%271 = add i32 %0, 32
	%272 = zext i32 %271 to i64
	%273 = lshr i64 %272, 4
	%274 = and i64 %273, u0x3FFF
	%275 = or i64 %274, u0x4000004000010000
	%276 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %234, float %235, float %236, float %237, float %238, float %239, float %240, float %241, float %242, float %243, float %244, float %245, float %246, float %247, float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, float %263, float %264, float %265, i64 %270, i64 %275, i32 1)
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 0
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 1
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 2
	%280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 3
	%281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 4
	%282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 5
	%283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 6
	%284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 7
	%285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 8
	%286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 9
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 10
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 11
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 12
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 13
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 14
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 15
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 16
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 17
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 18
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 19
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 20
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 21
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 22
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 23
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 24
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 25
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 26
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 27
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 28
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 29
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 30
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %276, 31
	%309 = add i32 %2, 64
	%310 = zext i32 %309 to i64
	%311 = lshr i64 %310, 4
	%312 = and i64 %311, u0x3FFF
	%313 = or i64 %312, u0x4000004000010000
	%314 = add i32 %0, 64
	%315 = zext i32 %314 to i64
	%316 = lshr i64 %315, 4
	%317 = and i64 %316, u0x3FFF
	%318 = or i64 %317, u0x4000004000010000
	%319 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %277, float %278, float %279, float %280, float %281, float %282, float %283, float %284, float %285, float %286, float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, i64 %313, i64 %318, i32 1)
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 0
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 1
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 2
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 3
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 4
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 5
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 6
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 7
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 8
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 9
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 10
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 11
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 12
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 13
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 14
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 15
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 16
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 17
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 18
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 19
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 20
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 21
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 22
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 23
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 24
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 25
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 26
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 27
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 28
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 29
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 30
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %319, 31
	%352 = add i32 %2, 96
	%353 = zext i32 %352 to i64
	%354 = lshr i64 %353, 4
	%355 = and i64 %354, u0x3FFF
	%356 = or i64 %355, u0x4000004000010000
	%357 = add i32 %0, 96
	%358 = zext i32 %357 to i64
	%359 = lshr i64 %358, 4
	%360 = and i64 %359, u0x3FFF
	%361 = or i64 %360, u0x4000004000010000
	%362 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, i64 %356, i64 %361, i32 1)
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 0
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 1
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 2
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 3
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 4
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 5
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 6
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 7
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 8
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 9
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 10
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 11
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 12
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 13
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 14
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 15
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 16
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 17
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 18
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 19
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 20
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 21
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 22
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 23
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 24
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 25
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 26
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 27
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 28
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 29
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 30
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %362, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%426 = call float asm sideeffect "", "=f,0"(float %394)
	%427 = mul i32 %4, 16
	%428 = add i32 %13, %427
	%429 = add i32 %6, 0
	%430 = add i32 %428, %429
	%431 = mul i32 %4, 16
	%432 = add i32 %13, %431
	%433 = add i32 %6, 8
	%434 = add i32 %432, %433
	%435 = sitofp i32 %11 to float
	%436 = add i32 %34, %143
	%437 = sext i32 %436 to i64
	%438 = getelementptr i8, i8* %cls, i64 %437
	%439 = load i8, i8* %438
	%440 = icmp ne i8 %439, 2
	br i1 %440, label %partial, label %softmax

epilogue:
	%441 = phi float [ 0.0, %entry ], [ %1410, %pv ]
	%442 = phi float [ 0.0, %entry ], [ %1485, %pv ]
	%443 = phi i32 [ 0, %entry ], [ %1486, %pv ]
	%444 = phi float [ 0.0, %entry ], [ %1749, %pv ]
	%445 = phi float [ 0.0, %entry ], [ %1750, %pv ]
	%446 = phi float [ 0.0, %entry ], [ %1751, %pv ]
	%447 = phi float [ 0.0, %entry ], [ %1752, %pv ]
	%448 = phi float [ 0.0, %entry ], [ %1753, %pv ]
	%449 = phi float [ 0.0, %entry ], [ %1754, %pv ]
	%450 = phi float [ 0.0, %entry ], [ %1755, %pv ]
	%451 = phi float [ 0.0, %entry ], [ %1756, %pv ]
	%452 = phi float [ 0.0, %entry ], [ %1757, %pv ]
	%453 = phi float [ 0.0, %entry ], [ %1758, %pv ]
	%454 = phi float [ 0.0, %entry ], [ %1759, %pv ]
	%455 = phi float [ 0.0, %entry ], [ %1760, %pv ]
	%456 = phi float [ 0.0, %entry ], [ %1761, %pv ]
	%457 = phi float [ 0.0, %entry ], [ %1762, %pv ]
	%458 = phi float [ 0.0, %entry ], [ %1763, %pv ]
	%459 = phi float [ 0.0, %entry ], [ %1764, %pv ]
	%460 = phi float [ 0.0, %entry ], [ %1765, %pv ]
	%461 = phi float [ 0.0, %entry ], [ %1766, %pv ]
	%462 = phi float [ 0.0, %entry ], [ %1767, %pv ]
	%463 = phi float [ 0.0, %entry ], [ %1768, %pv ]
	%464 = phi float [ 0.0, %entry ], [ %1769, %pv ]
	%465 = phi float [ 0.0, %entry ], [ %1770, %pv ]
	%466 = phi float [ 0.0, %entry ], [ %1771, %pv ]
	%467 = phi float [ 0.0, %entry ], [ %1772, %pv ]
	%468 = phi float [ 0.0, %entry ], [ %1773, %pv ]
	%469 = phi float [ 0.0, %entry ], [ %1774, %pv ]
	%470 = phi float [ 0.0, %entry ], [ %1775, %pv ]
	%471 = phi float [ 0.0, %entry ], [ %1776, %pv ]
	%472 = phi float [ 0.0, %entry ], [ %1777, %pv ]
	%473 = phi float [ 0.0, %entry ], [ %1778, %pv ]
	%474 = phi float [ 0.0, %entry ], [ %1779, %pv ]
	%475 = phi float [ 0.0, %entry ], [ %1780, %pv ]
	%476 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %441, i32 1, i32 31)
	%477 = fadd float %441, %476
	%478 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %477, i32 2, i32 31)
	%479 = fadd float %477, %478
	%480 = fcmp ogt float %479, 0.0
	%481 = fdiv float 1.0, %479
	%482 = select i1 %480, float %481, float 0.0
	%483 = mul i32 %4, 16
	%484 = add i32 %13, %483
	%485 = add i32 %6, 0
	%486 = add i32 %484, %485
	%487 = fmul float %444, %482
	%488 = fmul float %445, %482
	%489 = fmul float %448, %482
	%490 = fmul float %449, %482
	%491 = fmul float %452, %482
	%492 = fmul float %453, %482
	%493 = fmul float %456, %482
	%494 = fmul float %457, %482
	%495 = fmul float %460, %482
	%496 = fmul float %461, %482
	%497 = fmul float %464, %482
	%498 = fmul float %465, %482
	%499 = fmul float %468, %482
	%500 = fmul float %469, %482
	%501 = fmul float %472, %482
	%502 = fmul float %473, %482
	%503 = icmp slt i32 %486, %M
	br i1 %503, label %store0, label %stored0

partial:
	%504 = shl i32 %7, 1
	%505 = add i32 0, %504
	%506 = add i32 %180, %505
	%507 = icmp slt i32 %506, %N
	%508 = select i1 %507, i32 %506, i32 0
	%509 = sitofp i32 %430 to float
	%510 = sitofp i32 %508 to float
	%511 = fcmp ole float %510, %509
	%512 = uitofp i1 %511 to float
	%513 = fcmp une float %512, 0.0
	%514 = fsub float %509, %510
	%515 = fcmp olt float %514, 256.0
	%516 = uitofp i1 %515 to float
	%517 = fcmp une float %516, 0.0
	%518 = fcmp olt float %510, 4.0
	%519 = uitofp i1 %518 to float
	%520 = fcmp une float %519, 0.0
	%521 = or i1 %517, %520
	%522 = uitofp i1 %521 to float
	%523 = fcmp une float %522, 0.0
	%524 = and i1 %513, %523
	%525 = uitofp i1 %524 to float
	%526 = fcmp une float %525, 0.0
	%527 = and i1 %507, %526
	%528 = select i1 %527, float %395, float 0xFFF0000000000000
	%529 = shl i32 %7, 1
	%530 = add i32 1, %529
	%531 = add i32 %180, %530
	%532 = icmp slt i32 %531, %N
	%533 = select i1 %532, i32 %531, i32 0
	%534 = sitofp i32 %430 to float
	%535 = sitofp i32 %533 to float
	%536 = fcmp ole float %535, %534
	%537 = uitofp i1 %536 to float
	%538 = fcmp une float %537, 0.0
	%539 = fsub float %534, %535
	%540 = fcmp olt float %539, 256.0
	%541 = uitofp i1 %540 to float
	%542 = fcmp une float %541, 0.0
	%543 = fcmp olt float %535, 4.0
	%544 = uitofp i1 %543 to float
	%545 = fcmp une float %544, 0.0
	%546 = or i1 %542, %545
	%547 = uitofp i1 %546 to float
	%548 = fcmp une float %547, 0.0
	%549 = and i1 %538, %548
	%550 = uitofp i1 %549 to float
	%551 = fcmp une float %550, 0.0
	%552 = and i1 %532, %551
	%553 = select i1 %552, float %396, float 0xFFF0000000000000
	%554 = shl i32 %7, 1
	%555 = add i32 0, %554
	%556 = add i32 %180, %555
	%557 = icmp slt i32 %556, %N
	%558 = select i1 %557, i32 %556, i32 0
	%559 = sitofp i32 %434 to float
	%560 = sitofp i32 %558 to float
	%561 = fcmp ole float %560, %559
	%562 = uitofp i1 %561 to float
	%563 = fcmp une float %562, 0.0
	%564 = fsub float %559, %560
	%565 = fcmp olt float %564, 256.0
	%566 = uitofp i1 %565 to float
	%567 = fcmp une float %566, 0.0
	%568 = fcmp olt float %560, 4.0
	%569 = uitofp i1 %568 to float
	%570 = fcmp une float %569, 0.0
	%571 = or i1 %567, %570
	%572 = uitofp i1 %571 to float
	%573 = fcmp une float %572, 0.0
	%574 = and i1 %563, %573
	%575 = uitofp i1 %574 to float
	%576 = fcmp une float %575, 0.0
	%577 = and i1 %557, %576
	%578 = select i1 %577, float %397, float 0xFFF0000000000000
	%579 = shl i32 %7, 1
	%580 = add i32 1, %579
	%581 = add i32 %180, %580
	%582 = icmp slt i32 %581, %N
	%583 = select i1 %582, i32 %581, i32 0
	%584 = sitofp i32 %434 to float
	%585 = sitofp i32 %583 to float
	%586 = fcmp ole float %585, %584
	%587 = uitofp i1 %586 to float
	%588 = fcmp une float %587, 0.0
	%589 = fsub float %584, %585
	%590 = fcmp olt float %589, 256.0
	%591 = uitofp i1 %590 to float
	%592 = fcmp une float %591, 0.0
	%593 = fcmp olt float %585, 4.0
	%594 = uitofp i1 %593 to float
	%595 = fcmp une float %594, 0.0
	%596 = or i1 %592, %595
	%597 = uitofp i1 %596 to float
	%598 = fcmp une float %597, 0.0
	%599 = and i1 %588, %598
	%600 = uitofp i1 %599 to float
	%601 = fcmp une float %600, 0.0
	%602 = and i1 %582, %601
	%603 = select i1 %602, float %398, float 0xFFF0000000000000
	%604 = shl i32 %7, 1
	%605 = add i32 8, %604
	%606 = add i32 %180, %605
	%607 = icmp slt i32 %606, %N
	%608 = select i1 %607, i32 %606, i32 0
	%609 = sitofp i32 %430 to float
	%610 = sitofp i32 %608 to float
	%611 = fcmp ole float %610, %609
	%612 = uitofp i1 %611 to float
	%613 = fcmp une float %612, 0.0
	%614 = fsub float %609, %610
	%615 = fcmp olt float %614, 256.0
	%616 = uitofp i1 %615 to float
	%617 = fcmp une float %616, 0.0
	%618 = fcmp olt float %610, 4.0
	%619 = uitofp i1 %618 to float
	%620 = fcmp une float %619, 0.0
	%621 = or i1 %617, %620
	%622 = uitofp i1 %621 to float
	%623 = fcmp une float %622, 0.0
	%624 = and i1 %613, %623
	%625 = uitofp i1 %624 to float
	%626 = fcmp une float %625, 0.0
	%627 = and i1 %607, %626
	%628 = select i1 %627, float %399, float 0xFFF0000000000000
	%629 = shl i32 %7, 1
	%630 = add i32 9, %629
	%631 = add i32 %180, %630
	%632 = icmp slt i32 %631, %N
	%633 = select i1 %632, i32 %631, i32 0
	%634 = sitofp i32 %430 to float
	%635 = sitofp i32 %633 to float
	%636 = fcmp ole float %635, %634
	%637 = uitofp i1 %636 to float
	%638 = fcmp une float %637, 0.0
	%639 = fsub float %634, %635
	%640 = fcmp olt float %639, 256.0
	%641 = uitofp i1 %640 to float
	%642 = fcmp une float %641, 0.0
	%643 = fcmp olt float %635, 4.0
	%644 = uitofp i1 %643 to float
	%645 = fcmp une float %644, 0.0
	%646 = or i1 %642, %645
	%647 = uitofp i1 %646 to float
	%648 = fcmp une float %647, 0.0
	%649 = and i1 %638, %648
	%650 = uitofp i1 %649 to float
	%651 = fcmp une float %650, 0.0
	%652 = and i1 %632, %651
	%653 = select i1 %652, float %400, float 0xFFF0000000000000
	%654 = shl i32 %7, 1
	%655 = add i32 8, %654
	%656 = add i32 %180, %655
	%657 = icmp slt i32 %656, %N
	%658 = select i1 %657, i32 %656, i32 0
	%659 = sitofp i32 %434 to float
	%660 = sitofp i32 %658 to float
	%661 = fcmp ole float %660, %659
	%662 = uitofp i1 %661 to float
	%663 = fcmp une float %662, 0.0
	%664 = fsub float %659, %660
	%665 = fcmp olt float %664, 256.0
	%666 = uitofp i1 %665 to float
	%667 = fcmp une float %666, 0.0
	%668 = fcmp olt float %660, 4.0
	%669 = uitofp i1 %668 to float
	%670 = fcmp une float %669, 0.0
	%671 = or i1 %667, %670
	%672 = uitofp i1 %671 to float
	%673 = fcmp une float %672, 0.0
	%674 = and i1 %663, %673
	%675 = uitofp i1 %674 to float
	%676 = fcmp une float %675, 0.0
	%677 = and i1 %657, %676
	%678 = select i1 %677, float %401, float 0xFFF0000000000000
	%679 = shl i32 %7, 1
	%680 = add i32 9, %679
	%681 = add i32 %180, %680
	%682 = icmp slt i32 %681, %N
	%683 = select i1 %682, i32 %681, i32 0
	%684 = sitofp i32 %434 to float
	%685 = sitofp i32 %683 to float
	%686 = fcmp ole float %685, %684
	%687 = uitofp i1 %686 to float
	%688 = fcmp une float %687, 0.0
	%689 = fsub float %684, %685
	%690 = fcmp olt float %689, 256.0
	%691 = uitofp i1 %690 to float
	%692 = fcmp une float %691, 0.0
	%693 = fcmp olt float %685, 4.0
	%694 = uitofp i1 %693 to float
	%695 = fcmp une float %694, 0.0
	%696 = or i1 %692, %695
	%697 = uitofp i1 %696 to float
	%698 = fcmp une float %697, 0.0
	%699 = and i1 %688, %698
	%700 = uitofp i1 %699 to float
	%701 = fcmp une float %700, 0.0
	%702 = and i1 %682, %701
	%703 = select i1 %702, float %402, float 0xFFF0000000000000
	%704 = shl i32 %7, 1
	%705 = add i32 16, %704
	%706 = add i32 %180, %705
	%707 = icmp slt i32 %706, %N
	%708 = select i1 %707, i32 %706, i32 0
	%709 = sitofp i32 %430 to float
	%710 = sitofp i32 %708 to float
	%711 = fcmp ole float %710, %709
	%712 = uitofp i1 %711 to float
	%713 = fcmp une float %712, 0.0
	%714 = fsub float %709, %710
	%715 = fcmp olt float %714, 256.0
	%716 = uitofp i1 %715 to float
	%717 = fcmp une float %716, 0.0
	%718 = fcmp olt float %710, 4.0
	%719 = uitofp i1 %718 to float
	%720 = fcmp une float %719, 0.0
	%721 = or i1 %717, %720
	%722 = uitofp i1 %721 to float
	%723 = fcmp une float %722, 0.0
	%724 = and i1 %713, %723
	%725 = uitofp i1 %724 to float
	%726 = fcmp une float %725, 0.0
	%727 = and i1 %707, %726
	%728 = select i1 %727, float %403, float 0xFFF0000000000000
	%729 = shl i32 %7, 1
	%730 = add i32 17, %729
	%731 = add i32 %180, %730
	%732 = icmp slt i32 %731, %N
	%733 = select i1 %732, i32 %731, i32 0
	%734 = sitofp i32 %430 to float
	%735 = sitofp i32 %733 to float
	%736 = fcmp ole float %735, %734
	%737 = uitofp i1 %736 to float
	%738 = fcmp une float %737, 0.0
	%739 = fsub float %734, %735
	%740 = fcmp olt float %739, 256.0
	%741 = uitofp i1 %740 to float
	%742 = fcmp une float %741, 0.0
	%743 = fcmp olt float %735, 4.0
	%744 = uitofp i1 %743 to float
	%745 = fcmp une float %744, 0.0
	%746 = or i1 %742, %745
	%747 = uitofp i1 %746 to float
	%748 = fcmp une float %747, 0.0
	%749 = and i1 %738, %748
	%750 = uitofp i1 %749 to float
	%751 = fcmp une float %750, 0.0
	%752 = and i1 %732, %751
	%753 = select i1 %752, float %404, float 0xFFF0000000000000
	%754 = shl i32 %7, 1
	%755 = add i32 16, %754
	%756 = add i32 %180, %755
	%757 = icmp slt i32 %756, %N
	%758 = select i1 %757, i32 %756, i32 0
	%759 = sitofp i32 %434 to float
	%760 = sitofp i32 %758 to float
	%761 = fcmp ole float %760, %759
	%762 = uitofp i1 %761 to float
	%763 = fcmp une float %762, 0.0
	%764 = fsub float %759, %760
	%765 = fcmp olt float %764, 256.0
	%766 = uitofp i1 %765 to float
	%767 = fcmp une float %766, 0.0
	%768 = fcmp olt float %760, 4.0
	%769 = uitofp i1 %768 to float
	%770 = fcmp une float %769, 0.0
	%771 = or i1 %767, %770
	%772 = uitofp i1 %771 to float
	%773 = fcmp une float %772, 0.0
	%774 = and i1 %763, %773
	%775 = uitofp i1 %774 to float
	%776 = fcmp une float %775, 0.0
	%777 = and i1 %757, %776
	%778 = select i1 %777, float %405, float 0xFFF0000000000000
	%779 = shl i32 %7, 1
	%780 = add i32 17, %779
	%781 = add i32 %180, %780
	%782 = icmp slt i32 %781, %N
	%783 = select i1 %782, i32 %781, i32 0
	%784 = sitofp i32 %434 to float
	%785 = sitofp i32 %783 to float
	%786 = fcmp ole float %785, %784
	%787 = uitofp i1 %786 to float
	%788 = fcmp une float %787, 0.0
	%789 = fsub float %784, %785
	%790 = fcmp olt float %789, 256.0
	%791 = uitofp i1 %790 to float
	%792 = fcmp une float %791, 0.0
	%793 = fcmp olt float %785, 4.0
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = or i1 %792, %795
	%797 = uitofp i1 %796 to float
	%798 = fcmp une float %797, 0.0
	%799 = and i1 %788, %798
	%800 = uitofp i1 %799 to float
	%801 = fcmp une float %800, 0.0
	%802 = and i1 %782, %801
	%803 = select i1 %802, float %406, float 0xFFF0000000000000
	%804 = shl i32 %7, 1
	%805 = add i32 24, %804
	%806 = add i32 %180, %805
	%807 = icmp slt i32 %806, %N
	%808 = select i1 %807, i32 %806, i32 0
	%809 = sitofp i32 %430 to float
	%810 = sitofp i32 %808 to float
	%811 = fcmp ole float %810, %809
	%812 = uitofp i1 %811 to float
	%813 = fcmp une float %812, 0.0
	%814 = fsub float %809, %810
	%815 = fcmp olt float %814, 256.0
	%816 = uitofp i1 %815 to float
	%817 = fcmp une float %816, 0.0
	%818 = fcmp olt float %810, 4.0
	%819 = uitofp i1 %818 to float
	%820 = fcmp une float %819, 0.0
	%821 = or i1 %817, %820
	%822 = uitofp i1 %821 to float
	%823 = fcmp une float %822, 0.0
	%824 = and i1 %813, %823
	%825 = uitofp i1 %824 to float
	%826 = fcmp une float %825, 0.0
	%827 = and i1 %807, %826
	%828 = select i1 %827, float %407, float 0xFFF0000000000000
	%829 = shl i32 %7, 1
	%830 = add i32 25, %829
	%831 = add i32 %180, %830
	%832 = icmp slt i32 %831, %N
	%833 = select i1 %832, i32 %831, i32 0
	%834 = sitofp i32 %430 to float
	%835 = sitofp i32 %833 to float
	%836 = fcmp ole float %835, %834
	%837 = uitofp i1 %836 to float
	%838 = fcmp une float %837, 0.0
	%839 = fsub float %834, %835
	%840 = fcmp olt float %839, 256.0
	%841 = uitofp i1 %840 to float
	%842 = fcmp une float %841, 0.0
	%843 = fcmp olt float %835, 4.0
	%844 = uitofp i1 %843 to float
	%845 = fcmp une float %844, 0.0
	%846 = or i1 %842, %845
	%847 = uitofp i1 %846 to float
	%848 = fcmp une float %847, 0.0
	%849 = and i1 %838, %848
	%850 = uitofp i1 %849 to float
	%851 = fcmp une float %850, 0.0
	%852 = and i1 %832, %851
	%853 = select i1 %852, float %408, float 0xFFF0000000000000
	%854 = shl i32 %7, 1
	%855 = add i32 24, %854
	%856 = add i32 %180, %855
	%857 = icmp slt i32 %856, %N
	%858 = select i1 %857, i32 %856, i32 0
	%859 = sitofp i32 %434 to float
	%860 = sitofp i32 %858 to float
	%861 = fcmp ole float %860, %859
	%862 = uitofp i1 %861 to float
	%863 = fcmp une float %862, 0.0
	%864 = fsub float %859, %860
	%865 = fcmp olt float %864, 256.0
	%866 = uitofp i1 %865 to float
	%867 = fcmp une float %866, 0.0
	%868 = fcmp olt float %860, 4.0
	%869 = uitofp i1 %868 to float
	%870 = fcmp une float %869, 0.0
	%871 = or i1 %867, %870
	%872 = uitofp i1 %871 to float
	%873 = fcmp une float %872, 0.0
	%874 = and i1 %863, %873
	%875 = uitofp i1 %874 to float
	%876 = fcmp une float %875, 0.0
	%877 = and i1 %857, %876
	%878 = select i1 %877, float %409, float 0xFFF0000000000000
	%879 = shl i32 %7, 1
	%880 = add i32 25, %879
	%881 = add i32 %180, %880
	%882 = icmp slt i32 %881, %N
	%883 = select i1 %882, i32 %881, i32 0
	%884 = sitofp i32 %434 to float
	%885 = sitofp i32 %883 to float
	%886 = fcmp ole float %885, %884
	%887 = uitofp i1 %886 to float
	%888 = fcmp une float %887, 0.0
	%889 = fsub float %884, %885
	%890 = fcmp olt float %889, 256.0
	%891 = uitofp i1 %890 to float
	%892 = fcmp une float %891, 0.0
	%893 = fcmp olt float %885, 4.0
	%894 = uitofp i1 %893 to float
	%895 = fcmp une float %894, 0.0
	%896 = or i1 %892, %895
	%897 = uitofp i1 %896 to float
	%898 = fcmp une float %897, 0.0
	%899 = and i1 %888, %898
	%900 = uitofp i1 %899 to float
	%901 = fcmp une float %900, 0.0
	%902 = and i1 %882, %901
	%903 = select i1 %902, float %410, float 0xFFF0000000000000
	%904 = shl i32 %7, 1
	%905 = add i32 32, %904
	%906 = add i32 %180, %905
	%907 = icmp slt i32 %906, %N
	%908 = select i1 %907, i32 %906, i32 0
	%909 = sitofp i32 %430 to float
	%910 = sitofp i32 %908 to float
	%911 = fcmp ole float %910, %909
	%912 = uitofp i1 %911 to float
	%913 = fcmp une float %912, 0.0
	%914 = fsub float %909, %910
	%915 = fcmp olt float %914, 256.0
	%916 = uitofp i1 %915 to float
	%917 = fcmp une float %916, 0.0
	%918 = fcmp olt float %910, 4.0
	%919 = uitofp i1 %918 to float
	%920 = fcmp une float %919, 0.0
	%921 = or i1 %917, %920
	%922 = uitofp i1 %921 to float
	%923 = fcmp une float %922, 0.0
	%924 = and i1 %913, %923
	%925 = uitofp i1 %924 to float
	%926 = fcmp une float %925, 0.0
	%927 = and i1 %907, %926
	%928 = select i1 %927, float %411, float 0xFFF0000000000000
	%929 = shl i32 %7, 1
	%930 = add i32 33, %929
	%931 = add i32 %180, %930
	%932 = icmp slt i32 %931, %N
	%933 = select i1 %932, i32 %931, i32 0
	%934 = sitofp i32 %430 to float
	%935 = sitofp i32 %933 to float
	%936 = fcmp ole float %935, %934
	%937 = uitofp i1 %936 to float
	%938 = fcmp une float %937, 0.0
	%939 = fsub float %934, %935
	%940 = fcmp olt float %939, 256.0
	%941 = uitofp i1 %940 to float
	%942 = fcmp une float %941, 0.0
	%943 = fcmp olt float %935, 4.0
	%944 = uitofp i1 %943 to float
	%945 = fcmp une float %944, 0.0
	%946 = or i1 %942, %945
	%947 = uitofp i1 %946 to float
	%948 = fcmp une float %947, 0.0
	%949 = and i1 %938, %948
	%950 = uitofp i1 %949 to float
	%951 = fcmp une float %950, 0.0
	%952 = and i1 %932, %951
	%953 = select i1 %952, float %412, float 0xFFF0000000000000
	%954 = shl i32 %7, 1
	%955 = add i32 32, %954
	%956 = add i32 %180, %955
	%957 = icmp slt i32 %956, %N
	%958 = select i1 %957, i32 %956, i32 0
	%959 = sitofp i32 %434 to float
	%960 = sitofp i32 %958 to float
	%961 = fcmp ole float %960, %959
	%962 = uitofp i1 %961 to float
	%963 = fcmp une float %962, 0.0
	%964 = fsub float %959, %960
	%965 = fcmp olt float %964, 256.0
	%966 = uitofp i1 %965 to float
	%967 = fcmp une float %966, 0.0
	%968 = fcmp olt float %960, 4.0
	%969 = uitofp i1 %968 to float
	%970 = fcmp une float %969, 0.0
	%971 = or i1 %967, %970
	%972 = uitofp i1 %971 to float
	%973 = fcmp une float %972, 0.0
	%974 = and i1 %963, %973
	%975 = uitofp i1 %974 to float
	%976 = fcmp une float %975, 0.0
	%977 = and i1 %957, %976
	%978 = select i1 %977, float %413, float 0xFFF0000000000000
	%979 = shl i32 %7, 1
	%980 = add i32 33, %979
	%981 = add i32 %180, %980
	%982 = icmp slt i32 %981, %N
	%983 = select i1 %982, i32 %981, i32 0
	%984 = sitofp i32 %434 to float
	%985 = sitofp i32 %983 to float
	%986 = fcmp ole float %985, %984
	%987 = uitofp i1 %986 to float
	%988 = fcmp une float %987, 0.0
	%989 = fsub float %984, %985
	%990 = fcmp olt float %989, 256.0
	%991 = uitofp i1 %990 to float
	%992 = fcmp une float %991, 0.0
	%993 = fcmp olt float %985, 4.0
	%994 = uitofp i1 %993 to float
	%995 = fcmp une float %994, 0.0
	%996 = or i1 %992, %995
	%997 = uitofp i1 %996 to float
	%998 = fcmp une float %997, 0.0
	%999 = and i1 %988, %998
	%1000 = uitofp i1 %999 to float
	%1001 = fcmp une float %1000, 0.0
	%1002 = and i1 %982, %1001
	%1003 = select i1 %1002, float %414, float 0xFFF0000000000000
	%1004 = shl i32 %7, 1
	%1005 = add i32 40, %1004
	%1006 = add i32 %180, %1005
	%1007 = icmp slt i32 %1006, %N
	%1008 = select i1 %1007, i32 %1006, i32 0
	%1009 = sitofp i32 %430 to float
	%1010 = sitofp i32 %1008 to float
	%1011 = fcmp ole float %1010, %1009
	%1012 = uitofp i1 %1011 to float
	%1013 = fcmp une float %1012, 0.0
	%1014 = fsub float %1009, %1010
	%1015 = fcmp olt float %1014, 256.0
	%1016 = uitofp i1 %1015 to float
	%1017 = fcmp une float %1016, 0.0
	%1018 = fcmp olt float %1010, 4.0
	%1019 = uitofp i1 %1018 to float
	%1020 = fcmp une float %1019, 0.0
	%1021 = or i1 %1017, %1020
	%1022 = uitofp i1 %1021 to float
	%1023 = fcmp une float %1022, 0.0
	%1024 = and i1 %1013, %1023
	%1025 = uitofp i1 %1024 to float
	%1026 = fcmp une float %1025, 0.0
	%1027 = and i1 %1007, %1026
	%1028 = select i1 %1027, float %415, float 0xFFF0000000000000
	%1029 = shl i32 %7, 1
	%1030 = add i32 41, %1029
	%1031 = add i32 %180, %1030
	%1032 = icmp slt i32 %1031, %N
	%1033 = select i1 %1032, i32 %1031, i32 0
	%1034 = sitofp i32 %430 to float
	%1035 = sitofp i32 %1033 to float
	%1036 = fcmp ole float %1035, %1034
	%1037 = uitofp i1 %1036 to float
	%1038 = fcmp une float %1037, 0.0
	%1039 = fsub float %1034, %1035
	%1040 = fcmp olt float %1039, 256.0
	%1041 = uitofp i1 %1040 to float
	%1042 = fcmp une float %1041, 0.0
	%1043 = fcmp olt float %1035, 4.0
	%1044 = uitofp i1 %1043 to float
	%1045 = fcmp une float %1044, 0.0
	%1046 = or i1 %1042, %1045
	%1047 = uitofp i1 %1046 to float
	%1048 = fcmp une float %1047, 0.0
	%1049 = and i1 %1038, %1048
	%1050 = uitofp i1 %1049 to float
	%1051 = fcmp une float %1050, 0.0
	%1052 = and i1 %1032, %1051
	%1053 = select i1 %1052, float %416, float 0xFFF0000000000000
	%1054 = shl i32 %7, 1
	%1055 = add i32 40, %1054
	%1056 = add i32 %180, %1055
	%1057 = icmp slt i32 %1056, %N
	%1058 = select i1 %1057, i32 %1056, i32 0
	%1059 = sitofp i32 %434 to float
	%1060 = sitofp i32 %1058 to float
	%1061 = fcmp ole float %1060, %1059
	%1062 = uitofp i1 %1061 to float
	%1063 = fcmp une float %1062, 0.0
	%1064 = fsub float %1059, %1060
	%1065 = fcmp olt float %1064, 256.0
	%1066 = uitofp i1 %1065 to float
	%1067 = fcmp une float %1066, 0.0
	%1068 = fcmp olt float %1060, 4.0
	%1069 = uitofp i1 %1068 to float
	%1070 = fcmp une float %1069, 0.0
	%1071 = or i1 %1067, %1070
	%1072 = uitofp i1 %1071 to float
	%1073 = fcmp une float %1072, 0.0
	%1074 = and i1 %1063, %1073
	%1075 = uitofp i1 %1074 to float
	%1076 = fcmp une float %1075, 0.0
	%1077 = and i1 %1057, %1076
	%1078 = select i1 %1077, float %417, float 0xFFF0000000000000
	%1079 = shl i32 %7, 1
	%1080 = add i32 41, %1079
	%1081 = add i32 %180, %1080
	%1082 = icmp slt i32 %1081, %N
	%1083 = select i1 %1082, i32 %1081, i32 0
	%1084 = sitofp i32 %434 to float
	%1085 = sitofp i32 %1083 to float
	%1086 = fcmp ole float %1085, %1084
	%1087 = uitofp i1 %1086 to float
	%1088 = fcmp une float %1087, 0.0
	%1089 = fsub float %1084, %1085
	%1090 = fcmp olt float %1089, 256.0
	%1091 = uitofp i1 %1090 to float
	%1092 = fcmp une float %1091, 0.0
	%1093 = fcmp olt float %1085, 4.0
	%1094 = uitofp i1 %1093 to float
	%1095 = fcmp une float %1094, 0.0
	%1096 = or i1 %1092, %1095
	%1097 = uitofp i1 %1096 to float
	%1098 = fcmp une float %1097, 0.0
	%1099 = and i1 %1088, %1098
	%1100 = uitofp i1 %1099 to float
	%1101 = fcmp une float %1100, 0.0
	%1102 = and i1 %1082, %1101
	%1103 = select i1 %1102, float %418, float 0xFFF0000000000000
	%1104 = shl i32 %7, 1
	%1105 = add i32 48, %1104
	%1106 = add i32 %180, %1105
	%1107 = icmp slt i32 %1106, %N
	%1108 = select i1 %1107, i32 %1106, i32 0
	%1109 = sitofp i32 %430 to float
	%1110 = sitofp i32 %1108 to float
	%1111 = fcmp ole float %1110, %1109
	%1112 = uitofp i1 %1111 to float
	%1113 = fcmp une float %1112, 0.0
	%1114 = fsub float %1109, %1110
	%1115 = fcmp olt float %1114, 256.0
	%1116 = uitofp i1 %1115 to float
	%1117 = fcmp une float %1116, 0.0
	%1118 = fcmp olt float %1110, 4.0
	%1119 = uitofp i1 %1118 to float
	%1120 = fcmp une float %1119, 0.0
	%1121 = or i1 %1117, %1120
	%1122 = uitofp i1 %1121 to float
	%1123 = fcmp une float %1122, 0.0
	%1124 = and i1 %1113, %1123
	%1125 = uitofp i1 %1124 to float
	%1126 = fcmp une float %1125, 0.0
	%1127 = and i1 %1107, %1126
	%1128 = select i1 %1127, float %419, float 0xFFF0000000000000
	%1129 = shl i32 %7, 1
	%1130 = add i32 49, %1129
	%1131 = add i32 %180, %1130
	%1132 = icmp slt i32 %1131, %N
	%1133 = select i1 %1132, i32 %1131, i32 0
	%1134 = sitofp i32 %430 to float
	%1135 = sitofp i32 %1133 to float
	%1136 = fcmp ole float %1135, %1134
	%1137 = uitofp i1 %1136 to float
	%1138 = fcmp une float %1137, 0.0
	%1139 = fsub float %1134, %1135
	%1140 = fcmp olt float %1139, 256.0
	%1141 = uitofp i1 %1140 to float
	%1142 = fcmp une float %1141, 0.0
	%1143 = fcmp olt float %1135, 4.0
	%1144 = uitofp i1 %1143 to float
	%1145 = fcmp une float %1144, 0.0
	%1146 = or i1 %1142, %1145
	%1147 = uitofp i1 %1146 to float
	%1148 = fcmp une float %1147, 0.0
	%1149 = and i1 %1138, %1148
	%1150 = uitofp i1 %1149 to float
	%1151 = fcmp une float %1150, 0.0
	%1152 = and i1 %1132, %1151
	%1153 = select i1 %1152, float %420, float 0xFFF0000000000000
	%1154 = shl i32 %7, 1
	%1155 = add i32 48, %1154
	%1156 = add i32 %180, %1155
	%1157 = icmp slt i32 %1156, %N
	%1158 = select i1 %1157, i32 %1156, i32 0
	%1159 = sitofp i32 %434 to float
	%1160 = sitofp i32 %1158 to float
	%1161 = fcmp ole float %1160, %1159
	%1162 = uitofp i1 %1161 to float
	%1163 = fcmp une float %1162, 0.0
	%1164 = fsub float %1159, %1160
	%1165 = fcmp olt float %1164, 256.0
	%1166 = uitofp i1 %1165 to float
	%1167 = fcmp une float %1166, 0.0
	%1168 = fcmp olt float %1160, 4.0
	%1169 = uitofp i1 %1168 to float
	%1170 = fcmp une float %1169, 0.0
	%1171 = or i1 %1167, %1170
	%1172 = uitofp i1 %1171 to float
	%1173 = fcmp une float %1172, 0.0
	%1174 = and i1 %1163, %1173
	%1175 = uitofp i1 %1174 to float
	%1176 = fcmp une float %1175, 0.0
	%1177 = and i1 %1157, %1176
	%1178 = select i1 %1177, float %421, float 0xFFF0000000000000
	%1179 = shl i32 %7, 1
	%1180 = add i32 49, %1179
	%1181 = add i32 %180, %1180
	%1182 = icmp slt i32 %1181, %N
	%1183 = select i1 %1182, i32 %1181, i32 0
	%1184 = sitofp i32 %434 to float
	%1185 = sitofp i32 %1183 to float
	%1186 = fcmp ole float %1185, %1184
	%1187 = uitofp i1 %1186 to float
	%1188 = fcmp une float %1187, 0.0
	%1189 = fsub float %1184, %1185
	%1190 = fcmp olt float %1189, 256.0
	%1191 = uitofp i1 %1190 to float
	%1192 = fcmp une float %1191, 0.0
	%1193 = fcmp olt float %1185, 4.0
	%1194 = uitofp i1 %1193 to float
	%1195 = fcmp une float %1194, 0.0
	%1196 = or i1 %1192, %1195
	%1197 = uitofp i1 %1196 to float
	%1198 = fcmp une float %1197, 0.0
	%1199 = and i1 %1188, %1198
	%1200 = uitofp i1 %1199 to float
	%1201 = fcmp une float %1200, 0.0
	%1202 = and i1 %1182, %1201
	%1203 = select i1 %1202, float %422, float 0xFFF0000000000000
	%1204 = shl i32 %7, 1
	%1205 = add i32 56, %1204
	%1206 = add i32 %180, %1205
	%1207 = icmp slt i32 %1206, %N
	%1208 = select i1 %1207, i32 %1206, i32 0
	%1209 = sitofp i32 %430 to float
	%1210 = sitofp i32 %1208 to float
	%1211 = fcmp ole float %1210, %1209
	%1212 = uitofp i1 %1211 to float
	%1213 = fcmp une float %1212, 0.0
	%1214 = fsub float %1209, %1210
	%1215 = fcmp olt float %1214, 256.0
	%1216 = uitofp i1 %1215 to float
	%1217 = fcmp une float %1216, 0.0
	%1218 = fcmp olt float %1210, 4.0
	%1219 = uitofp i1 %1218 to float
	%1220 = fcmp une float %1219, 0.0
	%1221 = or i1 %1217, %1220
	%1222 = uitofp i1 %1221 to float
	%1223 = fcmp une float %1222, 0.0
	%1224 = and i1 %1213, %1223
	%1225 = uitofp i1 %1224 to float
	%1226 = fcmp une float %1225, 0.0
	%1227 = and i1 %1207, %1226
	%1228 = select i1 %1227, float %423, float 0xFFF0000000000000
	%1229 = shl i32 %7, 1
	%1230 = add i32 57, %1229
	%1231 = add i32 %180, %1230
	%1232 = icmp slt i32 %1231, %N
	%1233 = select i1 %1232, i32 %1231, i32 0
	%1234 = sitofp i32 %430 to float
	%1235 = sitofp i32 %1233 to float
	%1236 = fcmp ole float %1235, %1234
	%1237 = uitofp i1 %1236 to float
	%1238 = fcmp une float %1237, 0.0
	%1239 = fsub float %1234, %1235
	%1240 = fcmp olt float %1239, 256.0
	%1241 = uitofp i1 %1240 to float
	%1242 = fcmp une float %1241, 0.0
	%1243 = fcmp olt float %1235, 4.0
	%1244 = uitofp i1 %1243 to float
	%1245 = fcmp une float %1244, 0.0
	%1246 = or i1 %1242, %1245
	%1247 = uitofp i1 %1246 to float
	%1248 = fcmp une float %1247, 0.0
	%1249 = and i1 %1238, %1248
	%1250 = uitofp i1 %1249 to float
	%1251 = fcmp une float %1250, 0.0
	%1252 = and i1 %1232, %1251
	%1253 = select i1 %1252, float %424, float 0xFFF0000000000000
	%1254 = shl i32 %7, 1
	%1255 = add i32 56, %1254
	%1256 = add i32 %180, %1255
	%1257 = icmp slt i32 %1256, %N
	%1258 = select i1 %1257, i32 %1256, i32 0
	%1259 = sitofp i32 %434 to float
	%1260 = sitofp i32 %1258 to float
	%1261 = fcmp ole float %1260, %1259
	%1262 = uitofp i1 %1261 to float
	%1263 = fcmp une float %1262, 0.0
	%1264 = fsub float %1259, %1260
	%1265 = fcmp olt float %1264, 256.0
	%1266 = uitofp i1 %1265 to float
	%1267 = fcmp une float %1266, 0.0
	%1268 = fcmp olt float %1260, 4.0
	%1269 = uitofp i1 %1268 to float
	%1270 = fcmp une float %1269, 0.0
	%1271 = or i1 %1267, %1270
	%1272 = uitofp i1 %1271 to float
	%1273 = fcmp une float %1272, 0.0
	%1274 = and i1 %1263, %1273
	%1275 = uitofp i1 %1274 to float
	%1276 = fcmp une float %1275, 0.0
	%1277 = and i1 %1257, %1276
	%1278 = select i1 %1277, float %425, float 0xFFF0000000000000
	%1279 = shl i32 %7, 1
	%1280 = add i32 57, %1279
	%1281 = add i32 %180, %1280
	%1282 = icmp slt i32 %1281, %N
	%1283 = select i1 %1282, i32 %1281, i32 0
	%1284 = sitofp i32 %434 to float
	%1285 = sitofp i32 %1283 to float
	%1286 = fcmp ole float %1285, %1284
	%1287 = uitofp i1 %1286 to float
	%1288 = fcmp une float %1287, 0.0
	%1289 = fsub float %1284, %1285
	%1290 = fcmp olt float %1289, 256.0
	%1291 = uitofp i1 %1290 to float
	%1292 = fcmp une float %1291, 0.0
	%1293 = fcmp olt float %1285, 4.0
	%1294 = uitofp i1 %1293 to float
	%1295 = fcmp une float %1294, 0.0
	%1296 = or i1 %1292, %1295
	%1297 = uitofp i1 %1296 to float
	%1298 = fcmp une float %1297, 0.0
	%1299 = and i1 %1288, %1298
	%1300 = uitofp i1 %1299 to float
	%1301 = fcmp une float %1300, 0.0
	%1302 = and i1 %1282, %1301
	%1303 = select i1 %1302, float %426, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1304 = phi float [ %395, %loop ], [ %528, %partial ]
	%1305 = phi float [ %396, %loop ], [ %553, %partial ]
	%1306 = phi float [ %397, %loop ], [ %578, %partial ]
	%1307 = phi float [ %398, %loop ], [ %603, %partial ]
	%1308 = phi float [ %399, %loop ], [ %628, %partial ]
	%1309 = phi float [ %400, %loop ], [ %653, %partial ]
	%1310 = phi float [ %401, %loop ], [ %678, %partial ]
	%1311 = phi float [ %402, %loop ], [ %703, %partial ]
	%1312 = phi float [ %403, %loop ], [ %728, %partial ]
	%1313 = phi float [ %404, %loop ], [ %753, %partial ]
	%1314 = phi float [ %405, %loop ], [ %778, %partial ]
	%1315 = phi float [ %406, %loop ], [ %803, %partial ]
	%1316 = phi float [ %407, %loop ], [ %828, %partial ]
	%1317 = phi float [ %408, %loop ], [ %853, %partial ]
	%1318 = phi float [ %409, %loop ], [ %878, %partial ]
	%1319 = phi float [ %410, %loop ], [ %903, %partial ]
	%1320 = phi float [ %411, %loop ], [ %928, %partial ]
	%1321 = phi float [ %412, %loop ], [ %953, %partial ]
	%1322 = phi float [ %413, %loop ], [ %978, %partial ]
	%1323 = phi float [ %414, %loop ], [ %1003, %partial ]
	%1324 = phi float [ %415, %loop ], [ %1028, %partial ]
	%1325 = phi float [ %416, %loop ], [ %1053, %partial ]
	%1326 = phi float [ %417, %loop ], [ %1078, %partial ]
	%1327 = phi float [ %418, %loop ], [ %1103, %partial ]
	%1328 = phi float [ %419, %loop ], [ %1128, %partial ]
	%1329 = phi float [ %420, %loop ], [ %1153, %partial ]
	%1330 = phi float [ %421, %loop ], [ %1178, %partial ]
	%1331 = phi float [ %422, %loop ], [ %1203, %partial ]
	%1332 = phi float [ %423, %loop ], [ %1228, %partial ]
	%1333 = phi float [ %424, %loop ], [ %1253, %partial ]
	%1334 = phi float [ %425, %loop ], [ %1278, %partial ]
	%1335 = phi float [ %426, %loop ], [ %1303, %partial ]
	%1336 = call float @llvm.nvvm.fmax.f(float %1304, float %1305)
	%1337 = call float @llvm.nvvm.fmax.f(float %1308, float %1309)
	%1338 = call float @llvm.nvvm.fmax.f(float %1312, float %1313)
	%1339 = call float @llvm.nvvm.fmax.f(float %1316, float %1317)
	%1340 = call float @llvm.nvvm.fmax.f(float %1320, float %1321)
	%1341 = call float @llvm.nvvm.fmax.f(float %1324, float %1325)
	%1342 = call float @llvm.nvvm.fmax.f(float %1328, float %1329)
	%1343 = call float @llvm.nvvm.fmax.f(float %1332, float %1333)
	%1344 = call float @llvm.nvvm.fmax.f(float %1336, float %1337)
	%1345 = call float @llvm.nvvm.fmax.f(float %1338, float %1339)
	%1346 = call float @llvm.nvvm.fmax.f(float %1340, float %1341)
	%1347 = call float @llvm.nvvm.fmax.f(float %1342, float %1343)
	%1348 = call float @llvm.nvvm.fmax.f(float %1344, float %1345)
	%1349 = call float @llvm.nvvm.fmax.f(float %1346, float %1347)
	%1350 = call float @llvm.nvvm.fmax.f(float %1348, float %1349)
	%1351 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1350, i32 1, i32 31)
	%1352 = call float @llvm.nvvm.fmax.f(float %1350, float %1351)
	%1353 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1352, i32 2, i32 31)
	%1354 = call float @llvm.nvvm.fmax.f(float %1352, float %1353)
	%1355 = fmul float %1354, 0x3FC7154760000000
	%1356 = call float @llvm.nvvm.fmax.f(float %176, float %1355)
	%1357 = fcmp oeq float %1356, 0xFFF0000000000000
	%1358 = select i1 %1357, float 0.0, float %1356
	%1359 = fsub float %176, %1358
	%1360 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1359)
	%1361 = fneg float %1358
	%1362 = call float @llvm.fma.f32(float %1304, float 0x3FC7154760000000, float %1361)
	%1363 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1362)
	%1364 = call float @llvm.fma.f32(float %1305, float 0x3FC7154760000000, float %1361)
	%1365 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1364)
	%1366 = call float @llvm.fma.f32(float %1308, float 0x3FC7154760000000, float %1361)
	%1367 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1366)
	%1368 = call float @llvm.fma.f32(float %1309, float 0x3FC7154760000000, float %1361)
	%1369 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1368)
	%1370 = call float @llvm.fma.f32(float %1312, float 0x3FC7154760000000, float %1361)
	%1371 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1370)
	%1372 = call float @llvm.fma.f32(float %1313, float 0x3FC7154760000000, float %1361)
	%1373 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1372)
	%1374 = call float @llvm.fma.f32(float %1316, float 0x3FC7154760000000, float %1361)
	%1375 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1374)
	%1376 = call float @llvm.fma.f32(float %1317, float 0x3FC7154760000000, float %1361)
	%1377 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1376)
	%1378 = call float @llvm.fma.f32(float %1320, float 0x3FC7154760000000, float %1361)
	%1379 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1378)
	%1380 = call float @llvm.fma.f32(float %1321, float 0x3FC7154760000000, float %1361)
	%1381 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1380)
	%1382 = call float @llvm.fma.f32(float %1324, float 0x3FC7154760000000, float %1361)
	%1383 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1382)
	%1384 = call float @llvm.fma.f32(float %1325, float 0x3FC7154760000000, float %1361)
	%1385 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1384)
	%1386 = call float @llvm.fma.f32(float %1328, float 0x3FC7154760000000, float %1361)
	%1387 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1386)
	%1388 = call float @llvm.fma.f32(float %1329, float 0x3FC7154760000000, float %1361)
	%1389 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1388)
	%1390 = call float @llvm.fma.f32(float %1332, float 0x3FC7154760000000, float %1361)
	%1391 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1390)
	%1392 = call float @llvm.fma.f32(float %1333, float 0x3FC7154760000000, float %1361)
	%1393 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1392)
	%1394 = fadd float %1363, %1365
	%1395 = fadd float %1367, %1369
	%1396 = fadd float %1371, %1373
	%1397 = fadd float %1375, %1377
	%1398 = fadd float %1379, %1381
	%1399 = fadd float %1383, %1385
	%1400 = fadd float %1387, %1389
	%1401 = fadd float %1391, %1393
	%1402 = fadd float %1394, %1395
	%1403 = fadd float %1396, %1397
	%1404 = fadd float %1398, %1399
	%1405 = fadd float %1400, %1401
	%1406 = fadd float %1402, %1403
	%1407 = fadd float %1404, %1405
	%1408 = fadd float %1406, %1407
	%1409 = fmul float %177, %1360
	%1410 = fadd float %1409, %1408
	%1411 = call float @llvm.nvvm.fmax.f(float %1306, float %1307)
	%1412 = call float @llvm.nvvm.fmax.f(float %1310, float %1311)
	%1413 = call float @llvm.nvvm.fmax.f(float %1314, float %1315)
	%1414 = call float @llvm.nvvm.fmax.f(float %1318, float %1319)
	%1415 = call float @llvm.nvvm.fmax.f(float %1322, float %1323)
	%1416 = call float @llvm.nvvm.fmax.f(float %1326, float %1327)
	%1417 = call float @llvm.nvvm.fmax.f(float %1330, float %1331)
	%1418 = call float @llvm.nvvm.fmax.f(float %1334, float %1335)
	%1419 = call float @llvm.nvvm.fmax.f(float %1411, float %1412)
	%1420 = call float @llvm.nvvm.fmax.f(float %1413, float %1414)
	%1421 = call float @llvm.nvvm.fmax.f(float %1415, float %1416)
	%1422 = call float @llvm.nvvm.fmax.f(float %1417, float %1418)
	%1423 = call float @llvm.nvvm.fmax.f(float %1419, float %1420)
	%1424 = call float @llvm.nvvm.fmax.f(float %1421, float %1422)
	%1425 = call float @llvm.nvvm.fmax.f(float %1423, float %1424)
	%1426 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1425, i32 1, i32 31)
	%1427 = call float @llvm.nvvm.fmax.f(float %1425, float %1426)
	%1428 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1427, i32 2, i32 31)
	%1429 = call float @llvm.nvvm.fmax.f(float %1427, float %1428)
	%1430 = fmul float %1429, 0x3FC7154760000000
	%1431 = call float @llvm.nvvm.fmax.f(float %178, float %1430)
	%1432 = fcmp oeq float %1431, 0xFFF0000000000000
	%1433 = select i1 %1432, float 0.0, float %1431
	%1434 = fsub float %178, %1433
	%1435 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1434)
	%1436 = fneg float %1433
	%1437 = call float @llvm.fma.f32(float %1306, float 0x3FC7154760000000, float %1436)
	%1438 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1437)
	%1439 = call float @llvm.fma.f32(float %1307, float 0x3FC7154760000000, float %1436)
	%1440 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1439)
	%1441 = call float @llvm.fma.f32(float %1310, float 0x3FC7154760000000, float %1436)
	%1442 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1441)
	%1443 = call float @llvm.fma.f32(float %1311, float 0x3FC7154760000000, float %1436)
	%1444 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1443)
	%1445 = call float @llvm.fma.f32(float %1314, float 0x3FC7154760000000, float %1436)
	%1446 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1445)
	%1447 = call float @llvm.fma.f32(float %1315, float 0x3FC7154760000000, float %1436)
	%1448 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1447)
	%1449 = call float @llvm.fma.f32(float %1318, float 0x3FC7154760000000, float %1436)
	%1450 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1449)
	%1451 = call float @llvm.fma.f32(float %1319, float 0x3FC7154760000000, float %1436)
	%1452 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1451)
	%1453 = call float @llvm.fma.f32(float %1322, float 0x3FC7154760000000, float %1436)
	%1454 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1453)
	%1455 = call float @llvm.fma.f32(float %1323, float 0x3FC7154760000000, float %1436)
	%1456 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1455)
	%1457 = call float @llvm.fma.f32(float %1326, float 0x3FC7154760000000, float %1436)
	%1458 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1457)
	%1459 = call float @llvm.fma.f32(float %1327, float 0x3FC7154760000000, float %1436)
	%1460 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1459)
	%1461 = call float @llvm.fma.f32(float %1330, float 0x3FC7154760000000, float %1436)
	%1462 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1461)
	%1463 = call float @llvm.fma.f32(float %1331, float 0x3FC7154760000000, float %1436)
	%1464 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1463)
	%1465 = call float @llvm.fma.f32(float %1334, float 0x3FC7154760000000, float %1436)
	%1466 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1465)
	%1467 = call float @llvm.fma.f32(float %1335, float 0x3FC7154760000000, float %1436)
	%1468 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1467)
	%1469 = fadd float %1438, %1440
	%1470 = fadd float %1442, %1444
	%1471 = fadd float %1446, %1448
	%1472 = fadd float %1450, %1452
	%1473 = fadd float %1454, %1456
	%1474 = fadd float %1458, %1460
	%1475 = fadd float %1462, %1464
	%1476 = fadd float %1466, %1468
	%1477 = fadd float %1469, %1470
	%1478 = fadd float %1471, %1472
	%1479 = fadd float %1473, %1474
	%1480 = fadd float %1475, %1476
	%1481 = fadd float %1477, %1478
	%1482 = fadd float %1479, %1480
	%1483 = fadd float %1481, %1482
	%1484 = fmul float %179, %1435
	%1485 = fadd float %1484, %1483
	%1486 = add i32 %142, 1
	%1487 = icmp slt i32 %1486, %NK
	%1488 = select i1 %1487, i32 %1486, i32 0
	%1489 = add i32 %30, %1488
	%1490 = sext i32 %1489 to i64
	%1491 = getelementptr i32, i32* %list, i64 %1490
	%1492 = load i32, i32* %1491
	%1493 = select i1 %1487, i32 %1492, i32 -1
	%1494 = icmp sge i32 %1493, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1494, label %prefetch, label %pv

prefetch:
	%1495 = mul i32 %1493, 64
	%1496 = lshr i32 %3, 3
	%1497 = and i32 %3, 7
	%1498 = lshr i32 %1497, 3
	%1499 = mul i32 %1498, u0x2000
	%1500 = and i32 %1497, 7
	%1501 = and i32 %1496, 7
	%1502 = xor i32 %1500, %1501
	%1503 = mul i32 %1496, 128
	%1504 = shl i32 %1502, 4
	%1505 = add i32 %1503, %1504
	%1506 = add i32 %1499, %1505
	%1507 = add i32 %0, %1506
	%1508 = add i32 %1495, %1496
	%1509 = mul i32 %1508, 64
	%1510 = mul i32 %1497, 8
	%1511 = add i32 %1509, %1510
	%1512 = sext i32 %1511 to i64
	%1513 = getelementptr i16, i16* %21, i64 %1512
	%1514 = add i32 %1508, 0
	%1515 = icmp slt i32 %1514, %N
	%1516 = getelementptr i16, i16* %1513, i64 0
	%1517 = select i1 %1515, i16* %1516, i16* %21
	%1518 = add i32 %1507, 0
	%1519 = select i1 %1515, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1518, i16* %1517, i32 %1519)
	%1520 = add i32 %1508, 16
	%1521 = icmp slt i32 %1520, %N
	%1522 = getelementptr i16, i16* %1513, i64 1024
	%1523 = select i1 %1521, i16* %1522, i16* %21
	%1524 = add i32 %1507, 2048
	%1525 = select i1 %1521, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1524, i16* %1523, i32 %1525)
	%1526 = add i32 %1508, 32
	%1527 = icmp slt i32 %1526, %N
	%1528 = getelementptr i16, i16* %1513, i64 2048
	%1529 = select i1 %1527, i16* %1528, i16* %21
	%1530 = add i32 %1507, u0x1000
	%1531 = select i1 %1527, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1530, i16* %1529, i32 %1531)
	%1532 = add i32 %1508, 48
	%1533 = icmp slt i32 %1532, %N
	%1534 = getelementptr i16, i16* %1513, i64 3072
	%1535 = select i1 %1533, i16* %1534, i16* %21
	%1536 = add i32 %1507, 6144
	%1537 = select i1 %1533, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1536, i16* %1535, i32 %1537)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1538 = fmul float %144, %1360
	%1539 = fmul float %145, %1360
	%1540 = fmul float %146, %1435
	%1541 = fmul float %147, %1435
	%1542 = fmul float %148, %1360
	%1543 = fmul float %149, %1360
	%1544 = fmul float %150, %1435
	%1545 = fmul float %151, %1435
	%1546 = fmul float %152, %1360
	%1547 = fmul float %153, %1360
	%1548 = fmul float %154, %1435
	%1549 = fmul float %155, %1435
	%1550 = fmul float %156, %1360
	%1551 = fmul float %157, %1360
	%1552 = fmul float %158, %1435
	%1553 = fmul float %159, %1435
	%1554 = fmul float %160, %1360
	%1555 = fmul float %161, %1360
	%1556 = fmul float %162, %1435
	%1557 = fmul float %163, %1435
	%1558 = fmul float %164, %1360
	%1559 = fmul float %165, %1360
	%1560 = fmul float %166, %1435
	%1561 = fmul float %167, %1435
	%1562 = fmul float %168, %1360
	%1563 = fmul float %169, %1360
	%1564 = fmul float %170, %1435
	%1565 = fmul float %171, %1435
	%1566 = fmul float %172, %1360
	%1567 = fmul float %173, %1360
	%1568 = fmul float %174, %1435
	%1569 = fmul float %175, %1435
	%1570 = and i32 %5, 7
	%1571 = lshr i32 %5, 3
	%1572 = and i32 %1571, 1
	%1573 = shl i32 %1572, 3
	%1574 = add i32 %1570, %1573
	%1575 = mul i32 %1574, 128
	%1576 = add i32 %1, %1575
	%1577 = and i32 %5, 7
	%1578 = xor i32 %89, %1577
	%1579 = shl i32 %1578, 4
	%1580 = add i32 %1576, %1579
	%1581 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1365, float %1363)
	%1582 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1440, float %1438)
	%1583 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1369, float %1367)
	%1584 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1444, float %1442)
	%1585 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1373, float %1371)
	%1586 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1448, float %1446)
	%1587 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1377, float %1375)
	%1588 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1452, float %1450)
	%1589 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1381, float %1379)
	%1590 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1456, float %1454)
	%1591 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1385, float %1383)
	%1592 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1460, float %1458)
	%1593 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1389, float %1387)
	%1594 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1464, float %1462)
	%1595 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1393, float %1391)
	%1596 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1468, float %1466)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1597 = add i32 %1, 0
	%1598 = zext i32 %1597 to i64
	%1599 = lshr i64 %1598, 4
	%1600 = and i64 %1599, u0x3FFF
	%1601 = or i64 %1600, u0x4000004002000000
	%1602 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1538, float %1539, float %1540, float %1541, float %1542, float %1543, float %1544, float %1545, float %1546, float %1547, float %1548, float %1549, float %1550, float %1551, float %1552, float %1553, float %1554, float %1555, float %1556, float %1557, float %1558, float %1559, float %1560, float %1561, float %1562, float %1563, float %1564, float %1565, float %1566, float %1567, float %1568, float %1569, i32 %1581, i32 %1582, i32 %1583, i32 %1584, i64 %1601, i32 1)
	%1603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 0
	%1604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 1
	%1605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 2
	%1606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 3
	%1607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 4
	%1608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 5
	%1609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 6
	%1610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 7
	%1611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 8
	%1612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 9
	%1613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 10
	%1614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 11
	%1615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 12
	%1616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 13
	%1617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 14
	%1618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 15
	%1619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 16
	%1620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 17
	%1621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 18
	%1622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 19
	%1623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 20
	%1624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 21
	%1625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 22
	%1626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 23
	%1627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 24
	%1628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 25
	%1629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 26
	%1630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 27
	%1631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 28
	%1632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 29
	%1633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 30
	%1634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 31
	%1635 = add i32 %1, 2048
	%1636 = zext i32 %1635 to i64
	%1637 = lshr i64 %1636, 4
	%1638 = and i64 %1637, u0x3FFF
	%1639 = or i64 %1638, u0x4000004002000000
	%1640 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1603, float %1604, float %1605, float %1606, float %1607, float %1608, float %1609, float %1610, float %1611, float %1612, float %1613, float %1614, float %1615, float %1616, float %1617, float %1618, float %1619, float %1620, float %1621, float %1622, float %1623, float %1624, float %1625, float %1626, float %1627, float %1628, float %1629, float %1630, float %1631, float %1632, float %1633, float %1634, i32 %1585, i32 %1586, i32 %1587, i32 %1588, i64 %1639, i32 1)
	%1641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 0
	%1642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 1
	%1643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 2
	%1644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 3
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 4
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 5
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 6
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 7
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 8
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 9
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 10
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 11
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 12
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 13
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 14
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 15
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 16
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 17
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 18
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 19
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 20
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 21
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 22
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 23
	%1665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 24
	%1666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 25
	%1667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 26
	%1668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 27
	%1669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 28
	%1670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 29
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 30
	%1672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1640, 31
	%1673 = add i32 %1, u0x1000
	%1674 = zext i32 %1673 to i64
	%1675 = lshr i64 %1674, 4
	%1676 = and i64 %1675, u0x3FFF
	%1677 = or i64 %1676, u0x4000004002000000
	%1678 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1641, float %1642, float %1643, float %1644, float %1645, float %1646, float %1647, float %1648, float %1649, float %1650, float %1651, float %1652, float %1653, float %1654, float %1655, float %1656, float %1657, float %1658, float %1659, float %1660, float %1661, float %1662, float %1663, float %1664, float %1665, float %1666, float %1667, float %1668, float %1669, float %1670, float %1671, float %1672, i32 %1589, i32 %1590, i32 %1591, i32 %1592, i64 %1677, i32 1)
	%1679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 0
	%1680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 1
	%1681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 2
	%1682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 3
	%1683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 4
	%1684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 5
	%1685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 6
	%1686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 7
	%1687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 8
	%1688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 9
	%1689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 10
	%1690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 11
	%1691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 12
	%1692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 13
	%1693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 14
	%1694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 15
	%1695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 16
	%1696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 17
	%1697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 18
	%1698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 19
	%1699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 20
	%1700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 21
	%1701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 22
	%1702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 23
	%1703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 24
	%1704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 25
	%1705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 26
	%1706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 27
	%1707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 28
	%1708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 29
	%1709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 30
	%1710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1678, 31
	%1711 = add i32 %1, 6144
	%1712 = zext i32 %1711 to i64
	%1713 = lshr i64 %1712, 4
	%1714 = and i64 %1713, u0x3FFF
	%1715 = or i64 %1714, u0x4000004002000000
	%1716 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1679, float %1680, float %1681, float %1682, float %1683, float %1684, float %1685, float %1686, float %1687, float %1688, float %1689, float %1690, float %1691, float %1692, float %1693, float %1694, float %1695, float %1696, float %1697, float %1698, float %1699, float %1700, float %1701, float %1702, float %1703, float %1704, float %1705, float %1706, float %1707, float %1708, float %1709, float %1710, i32 %1593, i32 %1594, i32 %1595, i32 %1596, i64 %1715, i32 1)
	%1717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 0
	%1718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 1
	%1719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 2
	%1720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 3
	%1721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 4
	%1722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 5
	%1723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 6
	%1724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 7
	%1725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 8
	%1726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 9
	%1727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 10
	%1728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 11
	%1729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 12
	%1730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 13
	%1731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 14
	%1732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 15
	%1733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 16
	%1734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 17
	%1735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 18
	%1736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 19
	%1737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 20
	%1738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 21
	%1739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 22
	%1740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 23
	%1741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 24
	%1742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 25
	%1743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 26
	%1744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 27
	%1745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 28
	%1746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 29
	%1747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 30
	%1748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1716, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%1778 = call float asm sideeffect "", "=f,0"(float %1746)
	%1779 = call float asm sideeffect "", "=f,0"(float %1747)
	%1780 = call float asm sideeffect "", "=f,0"(float %1748)
	br i1 %1494, label %loop, label %epilogue

store0:
	%1781 = mul i32 %11, %M
	%1782 = add i32 %1781, %486
	%1783 = mul i32 %1782, 64
	%1784 = shl i32 %7, 1
	%1785 = add i32 0, %1784
	%1786 = add i32 %1783, %1785
	%1787 = sext i32 %1786 to i64
	%1788 = getelementptr i16, i16* %out, i64 %1787
	%1789 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %488, float %487)
	%1790 = bitcast i16* %1788 to i32*
	store i32 %1789, i32* %1790
	%1791 = shl i32 %7, 1
	%1792 = add i32 8, %1791
	%1793 = add i32 %1783, %1792
	%1794 = sext i32 %1793 to i64
	%1795 = getelementptr i16, i16* %out, i64 %1794
	%1796 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %490, float %489)
	%1797 = bitcast i16* %1795 to i32*
	store i32 %1796, i32* %1797
	%1798 = shl i32 %7, 1
	%1799 = add i32 16, %1798
	%1800 = add i32 %1783, %1799
	%1801 = sext i32 %1800 to i64
	%1802 = getelementptr i16, i16* %out, i64 %1801
	%1803 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %492, float %491)
	%1804 = bitcast i16* %1802 to i32*
	store i32 %1803, i32* %1804
	%1805 = shl i32 %7, 1
	%1806 = add i32 24, %1805
	%1807 = add i32 %1783, %1806
	%1808 = sext i32 %1807 to i64
	%1809 = getelementptr i16, i16* %out, i64 %1808
	%1810 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %494, float %493)
	%1811 = bitcast i16* %1809 to i32*
	store i32 %1810, i32* %1811
	%1812 = shl i32 %7, 1
	%1813 = add i32 32, %1812
	%1814 = add i32 %1783, %1813
	%1815 = sext i32 %1814 to i64
	%1816 = getelementptr i16, i16* %out, i64 %1815
	%1817 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %496, float %495)
	%1818 = bitcast i16* %1816 to i32*
	store i32 %1817, i32* %1818
	%1819 = shl i32 %7, 1
	%1820 = add i32 40, %1819
	%1821 = add i32 %1783, %1820
	%1822 = sext i32 %1821 to i64
	%1823 = getelementptr i16, i16* %out, i64 %1822
	%1824 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %498, float %497)
	%1825 = bitcast i16* %1823 to i32*
	store i32 %1824, i32* %1825
	%1826 = shl i32 %7, 1
	%1827 = add i32 48, %1826
	%1828 = add i32 %1783, %1827
	%1829 = sext i32 %1828 to i64
	%1830 = getelementptr i16, i16* %out, i64 %1829
	%1831 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %500, float %499)
	%1832 = bitcast i16* %1830 to i32*
	store i32 %1831, i32* %1832
	%1833 = shl i32 %7, 1
	%1834 = add i32 56, %1833
	%1835 = add i32 %1783, %1834
	%1836 = sext i32 %1835 to i64
	%1837 = getelementptr i16, i16* %out, i64 %1836
	%1838 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %502, float %501)
	%1839 = bitcast i16* %1837 to i32*
	store i32 %1838, i32* %1839
	br label %stored0

stored0:
	%1840 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %442, i32 1, i32 31)
	%1841 = fadd float %442, %1840
	%1842 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1841, i32 2, i32 31)
	%1843 = fadd float %1841, %1842
	%1844 = fcmp ogt float %1843, 0.0
	%1845 = fdiv float 1.0, %1843
	%1846 = select i1 %1844, float %1845, float 0.0
	%1847 = mul i32 %4, 16
	%1848 = add i32 %13, %1847
	%1849 = add i32 %6, 8
	%1850 = add i32 %1848, %1849
	%1851 = fmul float %446, %1846
	%1852 = fmul float %447, %1846
	%1853 = fmul float %450, %1846
	%1854 = fmul float %451, %1846
	%1855 = fmul float %454, %1846
	%1856 = fmul float %455, %1846
	%1857 = fmul float %458, %1846
	%1858 = fmul float %459, %1846
	%1859 = fmul float %462, %1846
	%1860 = fmul float %463, %1846
	%1861 = fmul float %466, %1846
	%1862 = fmul float %467, %1846
	%1863 = fmul float %470, %1846
	%1864 = fmul float %471, %1846
	%1865 = fmul float %474, %1846
	%1866 = fmul float %475, %1846
	%1867 = icmp slt i32 %1850, %M
	br i1 %1867, label %store1, label %stored1

store1:
	%1868 = mul i32 %11, %M
	%1869 = add i32 %1868, %1850
	%1870 = mul i32 %1869, 64
	%1871 = shl i32 %7, 1
	%1872 = add i32 0, %1871
	%1873 = add i32 %1870, %1872
	%1874 = sext i32 %1873 to i64
	%1875 = getelementptr i16, i16* %out, i64 %1874
	%1876 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1852, float %1851)
	%1877 = bitcast i16* %1875 to i32*
	store i32 %1876, i32* %1877
	%1878 = shl i32 %7, 1
	%1879 = add i32 8, %1878
	%1880 = add i32 %1870, %1879
	%1881 = sext i32 %1880 to i64
	%1882 = getelementptr i16, i16* %out, i64 %1881
	%1883 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1854, float %1853)
	%1884 = bitcast i16* %1882 to i32*
	store i32 %1883, i32* %1884
	%1885 = shl i32 %7, 1
	%1886 = add i32 16, %1885
	%1887 = add i32 %1870, %1886
	%1888 = sext i32 %1887 to i64
	%1889 = getelementptr i16, i16* %out, i64 %1888
	%1890 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1856, float %1855)
	%1891 = bitcast i16* %1889 to i32*
	store i32 %1890, i32* %1891
	%1892 = shl i32 %7, 1
	%1893 = add i32 24, %1892
	%1894 = add i32 %1870, %1893
	%1895 = sext i32 %1894 to i64
	%1896 = getelementptr i16, i16* %out, i64 %1895
	%1897 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1858, float %1857)
	%1898 = bitcast i16* %1896 to i32*
	store i32 %1897, i32* %1898
	%1899 = shl i32 %7, 1
	%1900 = add i32 32, %1899
	%1901 = add i32 %1870, %1900
	%1902 = sext i32 %1901 to i64
	%1903 = getelementptr i16, i16* %out, i64 %1902
	%1904 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1860, float %1859)
	%1905 = bitcast i16* %1903 to i32*
	store i32 %1904, i32* %1905
	%1906 = shl i32 %7, 1
	%1907 = add i32 40, %1906
	%1908 = add i32 %1870, %1907
	%1909 = sext i32 %1908 to i64
	%1910 = getelementptr i16, i16* %out, i64 %1909
	%1911 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1862, float %1861)
	%1912 = bitcast i16* %1910 to i32*
	store i32 %1911, i32* %1912
	%1913 = shl i32 %7, 1
	%1914 = add i32 48, %1913
	%1915 = add i32 %1870, %1914
	%1916 = sext i32 %1915 to i64
	%1917 = getelementptr i16, i16* %out, i64 %1916
	%1918 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1864, float %1863)
	%1919 = bitcast i16* %1917 to i32*
	store i32 %1918, i32* %1919
	%1920 = shl i32 %7, 1
	%1921 = add i32 56, %1920
	%1922 = add i32 %1870, %1921
	%1923 = sext i32 %1922 to i64
	%1924 = getelementptr i16, i16* %out, i64 %1923
	%1925 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1866, float %1865)
	%1926 = bitcast i16* %1924 to i32*
	store i32 %1925, i32* %1926
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

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1}
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @window_attn0, !"maxntidx", i32 128}
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @window_attn0, !"minctasm", i32 3}
