; s2o
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@s2o_attn3_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
@s2o_attn3_stop = internal addrspace(3) global [8 x float] undef, align 16

define ptx_kernel void @s2o_attn3(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32* %perm, i32 %NS, i32 %segment, i32* %visits) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @s2o_attn3_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = sub i32 %NQ, 1
	%8 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%9 = sub i32 %7, %8
	%10 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%11 = sdiv i32 %10, %group
	%12 = mul i32 %9, 64
	%13 = mul i32 %10, %M
	%14 = mul i32 %13, 64
	%15 = sext i32 %14 to i64
	%16 = getelementptr i16, i16* %q, i64 %15
	%17 = mul i32 %11, %N
	%18 = mul i32 %17, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %k, i64 %19
	%21 = mul i32 %11, %N
	%22 = mul i32 %21, 64
	%23 = sext i32 %22 to i64
	%24 = getelementptr i16, i16* %v, i64 %23
	%25 = udiv i32 %10, %lh
	%26 = mul i32 %25, %NQ
	%27 = add i32 %26, %9
	%28 = mul i32 %27, 2
	%29 = mul i32 %28, %NK
	%30 = mul i32 %10, %ch
	%31 = mul i32 %30, %NQ
	%32 = add i32 %31, %9
	%33 = mul i32 %32, %NK
	%34 = sdiv i32 %12, %segment
	%35 = mul i32 %10, %NS
	%36 = add i32 %35, %34
	%37 = mul i32 %36, %N
	%38 = sext i32 %37 to i64
	%39 = getelementptr i32, i32* %perm, i64 %38
	%40 = add i32 %29, 0
	%41 = sext i32 %40 to i64
	%42 = getelementptr i32, i32* %list, i64 %41
	%43 = load i32, i32* %42
	%44 = icmp sgt i32 %NK, 0
	%45 = icmp sge i32 %43, 0
	%46 = and i1 %44, %45
	%47 = lshr i32 %2, 3
	%48 = and i32 %2, 7
	%49 = and i32 %47, 7
	%50 = xor i32 %48, %49
	%51 = mul i32 %47, 8
	%52 = add i32 %51, %50
	%53 = shl i32 %52, 4
	%54 = add i32 %0, %53
	%55 = add i32 %12, %47
	%56 = mul i32 %55, 64
	%57 = mul i32 %48, 8
	%58 = add i32 %56, %57
	%59 = sext i32 %58 to i64
	%60 = getelementptr i16, i16* %16, i64 %59
	%61 = add i32 %55, 0
	%62 = icmp slt i32 %61, %M
	%63 = getelementptr i16, i16* %60, i64 0
	%64 = select i1 %62, i16* %63, i16* %16
	%65 = add i32 %54, 0
	%66 = select i1 %62, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %65, i16* %64, i32 %66)
	%67 = add i32 %55, 16
	%68 = icmp slt i32 %67, %M
	%69 = getelementptr i16, i16* %60, i64 1024
	%70 = select i1 %68, i16* %69, i16* %16
	%71 = add i32 %54, 2048
	%72 = select i1 %68, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %71, i16* %70, i32 %72)
	%73 = add i32 %55, 32
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %60, i64 2048
	%76 = select i1 %74, i16* %75, i16* %16
	%77 = add i32 %54, u0x1000
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %55, 48
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %60, i64 3072
	%82 = select i1 %80, i16* %81, i16* %16
	%83 = add i32 %54, 6144
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %46, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%85 = and i32 %4, 7
	%86 = lshr i32 %4, 3
	%87 = and i32 %86, 1
	%88 = shl i32 %87, 3
	%89 = add i32 %85, %88
	%90 = lshr i32 %4, 4
	%91 = mul i32 %3, 16
	%92 = add i32 %89, 0
	%93 = add i32 %91, %92
	%94 = mul i32 %93, 128
	%95 = add i32 %0, %94
	%96 = and i32 %4, 7
	%97 = xor i32 %90, %96
	%98 = shl i32 %97, 4
	%99 = add i32 %95, %98
	%100 = xor i32 %99, 0
	%101 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %100)
	%102 = extractvalue { i32, i32, i32, i32 } %101, 0
	%103 = extractvalue { i32, i32, i32, i32 } %101, 1
	%104 = extractvalue { i32, i32, i32, i32 } %101, 2
	%105 = extractvalue { i32, i32, i32, i32 } %101, 3
	%106 = xor i32 %99, 32
	%107 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %106)
	%108 = extractvalue { i32, i32, i32, i32 } %107, 0
	%109 = extractvalue { i32, i32, i32, i32 } %107, 1
	%110 = extractvalue { i32, i32, i32, i32 } %107, 2
	%111 = extractvalue { i32, i32, i32, i32 } %107, 3
	%112 = xor i32 %99, 64
	%113 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %112)
	%114 = extractvalue { i32, i32, i32, i32 } %113, 0
	%115 = extractvalue { i32, i32, i32, i32 } %113, 1
	%116 = extractvalue { i32, i32, i32, i32 } %113, 2
	%117 = extractvalue { i32, i32, i32, i32 } %113, 3
	%118 = xor i32 %99, 96
	%119 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %118)
	%120 = extractvalue { i32, i32, i32, i32 } %119, 0
	%121 = extractvalue { i32, i32, i32, i32 } %119, 1
	%122 = extractvalue { i32, i32, i32, i32 } %119, 2
	%123 = extractvalue { i32, i32, i32, i32 } %119, 3
	call void @llvm.nvvm.barrier0()
	%124 = mul i32 %43, 64
	%125 = lshr i32 %2, 3
	%126 = and i32 %2, 7
	%127 = and i32 %125, 7
	%128 = xor i32 %126, %127
	%129 = mul i32 %125, 8
	%130 = add i32 %129, %128
	%131 = shl i32 %130, 4
	%132 = add i32 %0, %131
	%133 = add i32 %124, %125
	%134 = add i32 %133, 0
	%135 = icmp slt i32 %134, %N
	%136 = select i1 %135, i32 %134, i32 0
	%137 = sext i32 %136 to i64
	%138 = getelementptr i32, i32* %39, i64 %137
	%139 = load i32, i32* %138
	%140 = mul i32 %139, 64
	%141 = mul i32 %126, 8
	%142 = add i32 %140, %141
	%143 = sext i32 %142 to i64
	%144 = getelementptr i16, i16* %20, i64 %143
	%145 = add i32 %132, 0
	%146 = select i1 %135, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %145, i16* %144, i32 %146)
	%147 = add i32 %133, 16
	%148 = icmp slt i32 %147, %N
	%149 = select i1 %148, i32 %147, i32 0
	%150 = sext i32 %149 to i64
	%151 = getelementptr i32, i32* %39, i64 %150
	%152 = load i32, i32* %151
	%153 = mul i32 %152, 64
	%154 = mul i32 %126, 8
	%155 = add i32 %153, %154
	%156 = sext i32 %155 to i64
	%157 = getelementptr i16, i16* %20, i64 %156
	%158 = add i32 %132, 2048
	%159 = select i1 %148, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %158, i16* %157, i32 %159)
	%160 = add i32 %133, 32
	%161 = icmp slt i32 %160, %N
	%162 = select i1 %161, i32 %160, i32 0
	%163 = sext i32 %162 to i64
	%164 = getelementptr i32, i32* %39, i64 %163
	%165 = load i32, i32* %164
	%166 = mul i32 %165, 64
	%167 = mul i32 %126, 8
	%168 = add i32 %166, %167
	%169 = sext i32 %168 to i64
	%170 = getelementptr i16, i16* %20, i64 %169
	%171 = add i32 %132, u0x1000
	%172 = select i1 %161, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %171, i16* %170, i32 %172)
	%173 = add i32 %133, 48
	%174 = icmp slt i32 %173, %N
	%175 = select i1 %174, i32 %173, i32 0
	%176 = sext i32 %175 to i64
	%177 = getelementptr i32, i32* %39, i64 %176
	%178 = load i32, i32* %177
	%179 = mul i32 %178, 64
	%180 = mul i32 %126, 8
	%181 = add i32 %179, %180
	%182 = sext i32 %181 to i64
	%183 = getelementptr i16, i16* %20, i64 %182
	%184 = add i32 %132, 6144
	%185 = select i1 %174, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %184, i16* %183, i32 %185)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%186 = phi i32 [ 0, %prologue ], [ %1362, %pv ]
	%187 = phi i32 [ %43, %prologue ], [ %1369, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1756, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1757, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1758, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1759, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1761, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1762, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1763, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1764, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1773, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1774, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1775, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1776, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1778, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1779, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1780, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1781, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1790, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1791, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1792, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1793, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1795, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1796, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1797, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1798, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1807, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1808, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1809, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1810, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1812, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1813, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1814, %pv ]
	%219 = phi float [ 0.0, %prologue ], [ %1815, %pv ]
	%220 = phi float [ 0xFFF0000000000000, %prologue ], [ %1166, %pv ]
	%221 = phi float [ 0.0, %prologue ], [ %1220, %pv ]
	%222 = phi float [ 0xFFF0000000000000, %prologue ], [ %1241, %pv ]
	%223 = phi float [ 0.0, %prologue ], [ %1295, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%224 = mul i32 %187, 64
	%225 = lshr i32 %2, 3
	%226 = and i32 %2, 7
	%227 = and i32 %225, 7
	%228 = xor i32 %226, %227
	%229 = mul i32 %225, 8
	%230 = add i32 %229, %228
	%231 = shl i32 %230, 4
	%232 = add i32 %1, %231
	%233 = add i32 %224, %225
	%234 = add i32 %233, 0
	%235 = icmp slt i32 %234, %N
	%236 = select i1 %235, i32 %234, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i32, i32* %39, i64 %237
	%239 = load i32, i32* %238
	%240 = mul i32 %239, 64
	%241 = mul i32 %226, 8
	%242 = add i32 %240, %241
	%243 = sext i32 %242 to i64
	%244 = getelementptr i16, i16* %24, i64 %243
	%245 = add i32 %232, 0
	%246 = select i1 %235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %245, i16* %244, i32 %246)
	%247 = add i32 %233, 16
	%248 = icmp slt i32 %247, %N
	%249 = select i1 %248, i32 %247, i32 0
	%250 = sext i32 %249 to i64
	%251 = getelementptr i32, i32* %39, i64 %250
	%252 = load i32, i32* %251
	%253 = mul i32 %252, 64
	%254 = mul i32 %226, 8
	%255 = add i32 %253, %254
	%256 = sext i32 %255 to i64
	%257 = getelementptr i16, i16* %24, i64 %256
	%258 = add i32 %232, 2048
	%259 = select i1 %248, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %258, i16* %257, i32 %259)
	%260 = add i32 %233, 32
	%261 = icmp slt i32 %260, %N
	%262 = select i1 %261, i32 %260, i32 0
	%263 = sext i32 %262 to i64
	%264 = getelementptr i32, i32* %39, i64 %263
	%265 = load i32, i32* %264
	%266 = mul i32 %265, 64
	%267 = mul i32 %226, 8
	%268 = add i32 %266, %267
	%269 = sext i32 %268 to i64
	%270 = getelementptr i16, i16* %24, i64 %269
	%271 = add i32 %232, u0x1000
	%272 = select i1 %261, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %271, i16* %270, i32 %272)
	%273 = add i32 %233, 48
	%274 = icmp slt i32 %273, %N
	%275 = select i1 %274, i32 %273, i32 0
	%276 = sext i32 %275 to i64
	%277 = getelementptr i32, i32* %39, i64 %276
	%278 = load i32, i32* %277
	%279 = mul i32 %278, 64
	%280 = mul i32 %226, 8
	%281 = add i32 %279, %280
	%282 = sext i32 %281 to i64
	%283 = getelementptr i16, i16* %24, i64 %282
	%284 = add i32 %232, 6144
	%285 = select i1 %274, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %284, i16* %283, i32 %285)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%286 = and i32 %4, 7
	%287 = shl i32 %90, 3
	%288 = add i32 %286, %287
	%289 = lshr i32 %4, 3
	%290 = and i32 %289, 1
	%291 = mul i32 %288, 128
	%292 = add i32 %0, %291
	%293 = and i32 %4, 7
	%294 = xor i32 %290, %293
	%295 = shl i32 %294, 4
	%296 = add i32 %292, %295
	%297 = xor i32 %296, 0
	%298 = add i32 %297, 0
	%299 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %298)
	%300 = extractvalue { i32, i32, i32, i32 } %299, 0
	%301 = extractvalue { i32, i32, i32, i32 } %299, 1
	%302 = extractvalue { i32, i32, i32, i32 } %299, 2
	%303 = extractvalue { i32, i32, i32, i32 } %299, 3
	%304 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %300, i32 %301, float 0.0, float 0.0, float 0.0, float 0.0)
	%305 = extractvalue { float, float, float, float } %304, 0
	%306 = extractvalue { float, float, float, float } %304, 1
	%307 = extractvalue { float, float, float, float } %304, 2
	%308 = extractvalue { float, float, float, float } %304, 3
	%309 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %302, i32 %303, float 0.0, float 0.0, float 0.0, float 0.0)
	%310 = extractvalue { float, float, float, float } %309, 0
	%311 = extractvalue { float, float, float, float } %309, 1
	%312 = extractvalue { float, float, float, float } %309, 2
	%313 = extractvalue { float, float, float, float } %309, 3
	%314 = add i32 %297, 2048
	%315 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %314)
	%316 = extractvalue { i32, i32, i32, i32 } %315, 0
	%317 = extractvalue { i32, i32, i32, i32 } %315, 1
	%318 = extractvalue { i32, i32, i32, i32 } %315, 2
	%319 = extractvalue { i32, i32, i32, i32 } %315, 3
	%320 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %316, i32 %317, float 0.0, float 0.0, float 0.0, float 0.0)
	%321 = extractvalue { float, float, float, float } %320, 0
	%322 = extractvalue { float, float, float, float } %320, 1
	%323 = extractvalue { float, float, float, float } %320, 2
	%324 = extractvalue { float, float, float, float } %320, 3
	%325 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %318, i32 %319, float 0.0, float 0.0, float 0.0, float 0.0)
	%326 = extractvalue { float, float, float, float } %325, 0
	%327 = extractvalue { float, float, float, float } %325, 1
	%328 = extractvalue { float, float, float, float } %325, 2
	%329 = extractvalue { float, float, float, float } %325, 3
	%330 = add i32 %297, u0x1000
	%331 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %330)
	%332 = extractvalue { i32, i32, i32, i32 } %331, 0
	%333 = extractvalue { i32, i32, i32, i32 } %331, 1
	%334 = extractvalue { i32, i32, i32, i32 } %331, 2
	%335 = extractvalue { i32, i32, i32, i32 } %331, 3
	%336 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %332, i32 %333, float 0.0, float 0.0, float 0.0, float 0.0)
	%337 = extractvalue { float, float, float, float } %336, 0
	%338 = extractvalue { float, float, float, float } %336, 1
	%339 = extractvalue { float, float, float, float } %336, 2
	%340 = extractvalue { float, float, float, float } %336, 3
	%341 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %334, i32 %335, float 0.0, float 0.0, float 0.0, float 0.0)
	%342 = extractvalue { float, float, float, float } %341, 0
	%343 = extractvalue { float, float, float, float } %341, 1
	%344 = extractvalue { float, float, float, float } %341, 2
	%345 = extractvalue { float, float, float, float } %341, 3
	%346 = add i32 %297, 6144
	%347 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %346)
	%348 = extractvalue { i32, i32, i32, i32 } %347, 0
	%349 = extractvalue { i32, i32, i32, i32 } %347, 1
	%350 = extractvalue { i32, i32, i32, i32 } %347, 2
	%351 = extractvalue { i32, i32, i32, i32 } %347, 3
	%352 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %348, i32 %349, float 0.0, float 0.0, float 0.0, float 0.0)
	%353 = extractvalue { float, float, float, float } %352, 0
	%354 = extractvalue { float, float, float, float } %352, 1
	%355 = extractvalue { float, float, float, float } %352, 2
	%356 = extractvalue { float, float, float, float } %352, 3
	%357 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %350, i32 %351, float 0.0, float 0.0, float 0.0, float 0.0)
	%358 = extractvalue { float, float, float, float } %357, 0
	%359 = extractvalue { float, float, float, float } %357, 1
	%360 = extractvalue { float, float, float, float } %357, 2
	%361 = extractvalue { float, float, float, float } %357, 3
	%362 = xor i32 %296, 32
	%363 = add i32 %362, 0
	%364 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %363)
	%365 = extractvalue { i32, i32, i32, i32 } %364, 0
	%366 = extractvalue { i32, i32, i32, i32 } %364, 1
	%367 = extractvalue { i32, i32, i32, i32 } %364, 2
	%368 = extractvalue { i32, i32, i32, i32 } %364, 3
	%369 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %365, i32 %366, float %305, float %306, float %307, float %308)
	%370 = extractvalue { float, float, float, float } %369, 0
	%371 = extractvalue { float, float, float, float } %369, 1
	%372 = extractvalue { float, float, float, float } %369, 2
	%373 = extractvalue { float, float, float, float } %369, 3
	%374 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %367, i32 %368, float %310, float %311, float %312, float %313)
	%375 = extractvalue { float, float, float, float } %374, 0
	%376 = extractvalue { float, float, float, float } %374, 1
	%377 = extractvalue { float, float, float, float } %374, 2
	%378 = extractvalue { float, float, float, float } %374, 3
	%379 = add i32 %362, 2048
	%380 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %379)
	%381 = extractvalue { i32, i32, i32, i32 } %380, 0
	%382 = extractvalue { i32, i32, i32, i32 } %380, 1
	%383 = extractvalue { i32, i32, i32, i32 } %380, 2
	%384 = extractvalue { i32, i32, i32, i32 } %380, 3
	%385 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %381, i32 %382, float %321, float %322, float %323, float %324)
	%386 = extractvalue { float, float, float, float } %385, 0
	%387 = extractvalue { float, float, float, float } %385, 1
	%388 = extractvalue { float, float, float, float } %385, 2
	%389 = extractvalue { float, float, float, float } %385, 3
	%390 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %383, i32 %384, float %326, float %327, float %328, float %329)
	%391 = extractvalue { float, float, float, float } %390, 0
	%392 = extractvalue { float, float, float, float } %390, 1
	%393 = extractvalue { float, float, float, float } %390, 2
	%394 = extractvalue { float, float, float, float } %390, 3
	%395 = add i32 %362, u0x1000
	%396 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %395)
	%397 = extractvalue { i32, i32, i32, i32 } %396, 0
	%398 = extractvalue { i32, i32, i32, i32 } %396, 1
	%399 = extractvalue { i32, i32, i32, i32 } %396, 2
	%400 = extractvalue { i32, i32, i32, i32 } %396, 3
	%401 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %397, i32 %398, float %337, float %338, float %339, float %340)
	%402 = extractvalue { float, float, float, float } %401, 0
	%403 = extractvalue { float, float, float, float } %401, 1
	%404 = extractvalue { float, float, float, float } %401, 2
	%405 = extractvalue { float, float, float, float } %401, 3
	%406 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %399, i32 %400, float %342, float %343, float %344, float %345)
	%407 = extractvalue { float, float, float, float } %406, 0
	%408 = extractvalue { float, float, float, float } %406, 1
	%409 = extractvalue { float, float, float, float } %406, 2
	%410 = extractvalue { float, float, float, float } %406, 3
	%411 = add i32 %362, 6144
	%412 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %411)
	%413 = extractvalue { i32, i32, i32, i32 } %412, 0
	%414 = extractvalue { i32, i32, i32, i32 } %412, 1
	%415 = extractvalue { i32, i32, i32, i32 } %412, 2
	%416 = extractvalue { i32, i32, i32, i32 } %412, 3
	%417 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %413, i32 %414, float %353, float %354, float %355, float %356)
	%418 = extractvalue { float, float, float, float } %417, 0
	%419 = extractvalue { float, float, float, float } %417, 1
	%420 = extractvalue { float, float, float, float } %417, 2
	%421 = extractvalue { float, float, float, float } %417, 3
	%422 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %415, i32 %416, float %358, float %359, float %360, float %361)
	%423 = extractvalue { float, float, float, float } %422, 0
	%424 = extractvalue { float, float, float, float } %422, 1
	%425 = extractvalue { float, float, float, float } %422, 2
	%426 = extractvalue { float, float, float, float } %422, 3
	%427 = xor i32 %296, 64
	%428 = add i32 %427, 0
	%429 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %428)
	%430 = extractvalue { i32, i32, i32, i32 } %429, 0
	%431 = extractvalue { i32, i32, i32, i32 } %429, 1
	%432 = extractvalue { i32, i32, i32, i32 } %429, 2
	%433 = extractvalue { i32, i32, i32, i32 } %429, 3
	%434 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %430, i32 %431, float %370, float %371, float %372, float %373)
	%435 = extractvalue { float, float, float, float } %434, 0
	%436 = extractvalue { float, float, float, float } %434, 1
	%437 = extractvalue { float, float, float, float } %434, 2
	%438 = extractvalue { float, float, float, float } %434, 3
	%439 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %432, i32 %433, float %375, float %376, float %377, float %378)
	%440 = extractvalue { float, float, float, float } %439, 0
	%441 = extractvalue { float, float, float, float } %439, 1
	%442 = extractvalue { float, float, float, float } %439, 2
	%443 = extractvalue { float, float, float, float } %439, 3
	%444 = add i32 %427, 2048
	%445 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %444)
	%446 = extractvalue { i32, i32, i32, i32 } %445, 0
	%447 = extractvalue { i32, i32, i32, i32 } %445, 1
	%448 = extractvalue { i32, i32, i32, i32 } %445, 2
	%449 = extractvalue { i32, i32, i32, i32 } %445, 3
	%450 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %446, i32 %447, float %386, float %387, float %388, float %389)
	%451 = extractvalue { float, float, float, float } %450, 0
	%452 = extractvalue { float, float, float, float } %450, 1
	%453 = extractvalue { float, float, float, float } %450, 2
	%454 = extractvalue { float, float, float, float } %450, 3
	%455 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %448, i32 %449, float %391, float %392, float %393, float %394)
	%456 = extractvalue { float, float, float, float } %455, 0
	%457 = extractvalue { float, float, float, float } %455, 1
	%458 = extractvalue { float, float, float, float } %455, 2
	%459 = extractvalue { float, float, float, float } %455, 3
	%460 = add i32 %427, u0x1000
	%461 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %460)
	%462 = extractvalue { i32, i32, i32, i32 } %461, 0
	%463 = extractvalue { i32, i32, i32, i32 } %461, 1
	%464 = extractvalue { i32, i32, i32, i32 } %461, 2
	%465 = extractvalue { i32, i32, i32, i32 } %461, 3
	%466 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %462, i32 %463, float %402, float %403, float %404, float %405)
	%467 = extractvalue { float, float, float, float } %466, 0
	%468 = extractvalue { float, float, float, float } %466, 1
	%469 = extractvalue { float, float, float, float } %466, 2
	%470 = extractvalue { float, float, float, float } %466, 3
	%471 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %464, i32 %465, float %407, float %408, float %409, float %410)
	%472 = extractvalue { float, float, float, float } %471, 0
	%473 = extractvalue { float, float, float, float } %471, 1
	%474 = extractvalue { float, float, float, float } %471, 2
	%475 = extractvalue { float, float, float, float } %471, 3
	%476 = add i32 %427, 6144
	%477 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %476)
	%478 = extractvalue { i32, i32, i32, i32 } %477, 0
	%479 = extractvalue { i32, i32, i32, i32 } %477, 1
	%480 = extractvalue { i32, i32, i32, i32 } %477, 2
	%481 = extractvalue { i32, i32, i32, i32 } %477, 3
	%482 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %478, i32 %479, float %418, float %419, float %420, float %421)
	%483 = extractvalue { float, float, float, float } %482, 0
	%484 = extractvalue { float, float, float, float } %482, 1
	%485 = extractvalue { float, float, float, float } %482, 2
	%486 = extractvalue { float, float, float, float } %482, 3
	%487 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %480, i32 %481, float %423, float %424, float %425, float %426)
	%488 = extractvalue { float, float, float, float } %487, 0
	%489 = extractvalue { float, float, float, float } %487, 1
	%490 = extractvalue { float, float, float, float } %487, 2
	%491 = extractvalue { float, float, float, float } %487, 3
	%492 = xor i32 %296, 96
	%493 = add i32 %492, 0
	%494 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %493)
	%495 = extractvalue { i32, i32, i32, i32 } %494, 0
	%496 = extractvalue { i32, i32, i32, i32 } %494, 1
	%497 = extractvalue { i32, i32, i32, i32 } %494, 2
	%498 = extractvalue { i32, i32, i32, i32 } %494, 3
	%499 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %495, i32 %496, float %435, float %436, float %437, float %438)
	%500 = extractvalue { float, float, float, float } %499, 0
	%501 = extractvalue { float, float, float, float } %499, 1
	%502 = extractvalue { float, float, float, float } %499, 2
	%503 = extractvalue { float, float, float, float } %499, 3
	%504 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %497, i32 %498, float %440, float %441, float %442, float %443)
	%505 = extractvalue { float, float, float, float } %504, 0
	%506 = extractvalue { float, float, float, float } %504, 1
	%507 = extractvalue { float, float, float, float } %504, 2
	%508 = extractvalue { float, float, float, float } %504, 3
	%509 = add i32 %492, 2048
	%510 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %509)
	%511 = extractvalue { i32, i32, i32, i32 } %510, 0
	%512 = extractvalue { i32, i32, i32, i32 } %510, 1
	%513 = extractvalue { i32, i32, i32, i32 } %510, 2
	%514 = extractvalue { i32, i32, i32, i32 } %510, 3
	%515 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %511, i32 %512, float %451, float %452, float %453, float %454)
	%516 = extractvalue { float, float, float, float } %515, 0
	%517 = extractvalue { float, float, float, float } %515, 1
	%518 = extractvalue { float, float, float, float } %515, 2
	%519 = extractvalue { float, float, float, float } %515, 3
	%520 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %513, i32 %514, float %456, float %457, float %458, float %459)
	%521 = extractvalue { float, float, float, float } %520, 0
	%522 = extractvalue { float, float, float, float } %520, 1
	%523 = extractvalue { float, float, float, float } %520, 2
	%524 = extractvalue { float, float, float, float } %520, 3
	%525 = add i32 %492, u0x1000
	%526 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %525)
	%527 = extractvalue { i32, i32, i32, i32 } %526, 0
	%528 = extractvalue { i32, i32, i32, i32 } %526, 1
	%529 = extractvalue { i32, i32, i32, i32 } %526, 2
	%530 = extractvalue { i32, i32, i32, i32 } %526, 3
	%531 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %527, i32 %528, float %467, float %468, float %469, float %470)
	%532 = extractvalue { float, float, float, float } %531, 0
	%533 = extractvalue { float, float, float, float } %531, 1
	%534 = extractvalue { float, float, float, float } %531, 2
	%535 = extractvalue { float, float, float, float } %531, 3
	%536 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %529, i32 %530, float %472, float %473, float %474, float %475)
	%537 = extractvalue { float, float, float, float } %536, 0
	%538 = extractvalue { float, float, float, float } %536, 1
	%539 = extractvalue { float, float, float, float } %536, 2
	%540 = extractvalue { float, float, float, float } %536, 3
	%541 = add i32 %492, 6144
	%542 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %541)
	%543 = extractvalue { i32, i32, i32, i32 } %542, 0
	%544 = extractvalue { i32, i32, i32, i32 } %542, 1
	%545 = extractvalue { i32, i32, i32, i32 } %542, 2
	%546 = extractvalue { i32, i32, i32, i32 } %542, 3
	%547 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %543, i32 %544, float %483, float %484, float %485, float %486)
	%548 = extractvalue { float, float, float, float } %547, 0
	%549 = extractvalue { float, float, float, float } %547, 1
	%550 = extractvalue { float, float, float, float } %547, 2
	%551 = extractvalue { float, float, float, float } %547, 3
	%552 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %545, i32 %546, float %488, float %489, float %490, float %491)
	%553 = extractvalue { float, float, float, float } %552, 0
	%554 = extractvalue { float, float, float, float } %552, 1
	%555 = extractvalue { float, float, float, float } %552, 2
	%556 = extractvalue { float, float, float, float } %552, 3
	%557 = mul i32 %3, 16
	%558 = add i32 %12, %557
	%559 = add i32 %5, 0
	%560 = add i32 %558, %559
	%561 = mul i32 %3, 16
	%562 = add i32 %12, %561
	%563 = add i32 %5, 8
	%564 = add i32 %562, %563
	%565 = sitofp i32 %10 to float
	%566 = add i32 %33, %187
	%567 = sext i32 %566 to i64
	%568 = getelementptr i8, i8* %cls, i64 %567
	%569 = load i8, i8* %568
	%570 = icmp ne i8 %569, 2
	br i1 %570, label %partial, label %softmax

epilogue:
	%571 = phi float [ 0.0, %entry ], [ %1220, %pv ]
	%572 = phi float [ 0.0, %entry ], [ %1295, %pv ]
	%573 = phi i32 [ 0, %entry ], [ %1362, %pv ]
	%574 = phi float [ 0.0, %entry ], [ %1756, %pv ]
	%575 = phi float [ 0.0, %entry ], [ %1757, %pv ]
	%576 = phi float [ 0.0, %entry ], [ %1758, %pv ]
	%577 = phi float [ 0.0, %entry ], [ %1759, %pv ]
	%578 = phi float [ 0.0, %entry ], [ %1761, %pv ]
	%579 = phi float [ 0.0, %entry ], [ %1762, %pv ]
	%580 = phi float [ 0.0, %entry ], [ %1763, %pv ]
	%581 = phi float [ 0.0, %entry ], [ %1764, %pv ]
	%582 = phi float [ 0.0, %entry ], [ %1773, %pv ]
	%583 = phi float [ 0.0, %entry ], [ %1774, %pv ]
	%584 = phi float [ 0.0, %entry ], [ %1775, %pv ]
	%585 = phi float [ 0.0, %entry ], [ %1776, %pv ]
	%586 = phi float [ 0.0, %entry ], [ %1778, %pv ]
	%587 = phi float [ 0.0, %entry ], [ %1779, %pv ]
	%588 = phi float [ 0.0, %entry ], [ %1780, %pv ]
	%589 = phi float [ 0.0, %entry ], [ %1781, %pv ]
	%590 = phi float [ 0.0, %entry ], [ %1790, %pv ]
	%591 = phi float [ 0.0, %entry ], [ %1791, %pv ]
	%592 = phi float [ 0.0, %entry ], [ %1792, %pv ]
	%593 = phi float [ 0.0, %entry ], [ %1793, %pv ]
	%594 = phi float [ 0.0, %entry ], [ %1795, %pv ]
	%595 = phi float [ 0.0, %entry ], [ %1796, %pv ]
	%596 = phi float [ 0.0, %entry ], [ %1797, %pv ]
	%597 = phi float [ 0.0, %entry ], [ %1798, %pv ]
	%598 = phi float [ 0.0, %entry ], [ %1807, %pv ]
	%599 = phi float [ 0.0, %entry ], [ %1808, %pv ]
	%600 = phi float [ 0.0, %entry ], [ %1809, %pv ]
	%601 = phi float [ 0.0, %entry ], [ %1810, %pv ]
	%602 = phi float [ 0.0, %entry ], [ %1812, %pv ]
	%603 = phi float [ 0.0, %entry ], [ %1813, %pv ]
	%604 = phi float [ 0.0, %entry ], [ %1814, %pv ]
	%605 = phi float [ 0.0, %entry ], [ %1815, %pv ]
	%606 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %571, i32 1, i32 31)
	%607 = fadd float %571, %606
	%608 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %607, i32 2, i32 31)
	%609 = fadd float %607, %608
	%610 = fcmp ogt float %609, 0.0
	%611 = fdiv float 1.0, %609
	%612 = select i1 %610, float %611, float 0.0
	%613 = mul i32 %3, 16
	%614 = add i32 %12, %613
	%615 = add i32 %5, 0
	%616 = add i32 %614, %615
	%617 = fmul float %574, %612
	%618 = fmul float %575, %612
	%619 = fmul float %578, %612
	%620 = fmul float %579, %612
	%621 = fmul float %582, %612
	%622 = fmul float %583, %612
	%623 = fmul float %586, %612
	%624 = fmul float %587, %612
	%625 = fmul float %590, %612
	%626 = fmul float %591, %612
	%627 = fmul float %594, %612
	%628 = fmul float %595, %612
	%629 = fmul float %598, %612
	%630 = fmul float %599, %612
	%631 = fmul float %602, %612
	%632 = fmul float %603, %612
	%633 = icmp slt i32 %616, %M
	br i1 %633, label %store0, label %stored0

partial:
	%634 = shl i32 %6, 1
	%635 = add i32 0, %634
	%636 = add i32 %224, %635
	%637 = icmp slt i32 %636, %N
	%638 = select i1 %637, i32 %636, i32 0
	%639 = sitofp i32 %560 to float
	%640 = sext i32 %638 to i64
	%641 = getelementptr i32, i32* %39, i64 %640
	%642 = load i32, i32* %641
	%643 = sitofp i32 %642 to float
	%644 = fcmp ole float %643, %639
	%645 = uitofp i1 %644 to float
	%646 = fcmp une float %645, 0.0
	%647 = and i1 %637, %646
	%648 = select i1 %647, float %500, float 0xFFF0000000000000
	%649 = shl i32 %6, 1
	%650 = add i32 1, %649
	%651 = add i32 %224, %650
	%652 = icmp slt i32 %651, %N
	%653 = select i1 %652, i32 %651, i32 0
	%654 = sitofp i32 %560 to float
	%655 = sext i32 %653 to i64
	%656 = getelementptr i32, i32* %39, i64 %655
	%657 = load i32, i32* %656
	%658 = sitofp i32 %657 to float
	%659 = fcmp ole float %658, %654
	%660 = uitofp i1 %659 to float
	%661 = fcmp une float %660, 0.0
	%662 = and i1 %652, %661
	%663 = select i1 %662, float %501, float 0xFFF0000000000000
	%664 = shl i32 %6, 1
	%665 = add i32 0, %664
	%666 = add i32 %224, %665
	%667 = icmp slt i32 %666, %N
	%668 = select i1 %667, i32 %666, i32 0
	%669 = sitofp i32 %564 to float
	%670 = sext i32 %668 to i64
	%671 = getelementptr i32, i32* %39, i64 %670
	%672 = load i32, i32* %671
	%673 = sitofp i32 %672 to float
	%674 = fcmp ole float %673, %669
	%675 = uitofp i1 %674 to float
	%676 = fcmp une float %675, 0.0
	%677 = and i1 %667, %676
	%678 = select i1 %677, float %502, float 0xFFF0000000000000
	%679 = shl i32 %6, 1
	%680 = add i32 1, %679
	%681 = add i32 %224, %680
	%682 = icmp slt i32 %681, %N
	%683 = select i1 %682, i32 %681, i32 0
	%684 = sitofp i32 %564 to float
	%685 = sext i32 %683 to i64
	%686 = getelementptr i32, i32* %39, i64 %685
	%687 = load i32, i32* %686
	%688 = sitofp i32 %687 to float
	%689 = fcmp ole float %688, %684
	%690 = uitofp i1 %689 to float
	%691 = fcmp une float %690, 0.0
	%692 = and i1 %682, %691
	%693 = select i1 %692, float %503, float 0xFFF0000000000000
	%694 = shl i32 %6, 1
	%695 = add i32 8, %694
	%696 = add i32 %224, %695
	%697 = icmp slt i32 %696, %N
	%698 = select i1 %697, i32 %696, i32 0
	%699 = sitofp i32 %560 to float
	%700 = sext i32 %698 to i64
	%701 = getelementptr i32, i32* %39, i64 %700
	%702 = load i32, i32* %701
	%703 = sitofp i32 %702 to float
	%704 = fcmp ole float %703, %699
	%705 = uitofp i1 %704 to float
	%706 = fcmp une float %705, 0.0
	%707 = and i1 %697, %706
	%708 = select i1 %707, float %505, float 0xFFF0000000000000
	%709 = shl i32 %6, 1
	%710 = add i32 9, %709
	%711 = add i32 %224, %710
	%712 = icmp slt i32 %711, %N
	%713 = select i1 %712, i32 %711, i32 0
	%714 = sitofp i32 %560 to float
	%715 = sext i32 %713 to i64
	%716 = getelementptr i32, i32* %39, i64 %715
	%717 = load i32, i32* %716
	%718 = sitofp i32 %717 to float
	%719 = fcmp ole float %718, %714
	%720 = uitofp i1 %719 to float
	%721 = fcmp une float %720, 0.0
	%722 = and i1 %712, %721
	%723 = select i1 %722, float %506, float 0xFFF0000000000000
	%724 = shl i32 %6, 1
	%725 = add i32 8, %724
	%726 = add i32 %224, %725
	%727 = icmp slt i32 %726, %N
	%728 = select i1 %727, i32 %726, i32 0
	%729 = sitofp i32 %564 to float
	%730 = sext i32 %728 to i64
	%731 = getelementptr i32, i32* %39, i64 %730
	%732 = load i32, i32* %731
	%733 = sitofp i32 %732 to float
	%734 = fcmp ole float %733, %729
	%735 = uitofp i1 %734 to float
	%736 = fcmp une float %735, 0.0
	%737 = and i1 %727, %736
	%738 = select i1 %737, float %507, float 0xFFF0000000000000
	%739 = shl i32 %6, 1
	%740 = add i32 9, %739
	%741 = add i32 %224, %740
	%742 = icmp slt i32 %741, %N
	%743 = select i1 %742, i32 %741, i32 0
	%744 = sitofp i32 %564 to float
	%745 = sext i32 %743 to i64
	%746 = getelementptr i32, i32* %39, i64 %745
	%747 = load i32, i32* %746
	%748 = sitofp i32 %747 to float
	%749 = fcmp ole float %748, %744
	%750 = uitofp i1 %749 to float
	%751 = fcmp une float %750, 0.0
	%752 = and i1 %742, %751
	%753 = select i1 %752, float %508, float 0xFFF0000000000000
	%754 = shl i32 %6, 1
	%755 = add i32 16, %754
	%756 = add i32 %224, %755
	%757 = icmp slt i32 %756, %N
	%758 = select i1 %757, i32 %756, i32 0
	%759 = sitofp i32 %560 to float
	%760 = sext i32 %758 to i64
	%761 = getelementptr i32, i32* %39, i64 %760
	%762 = load i32, i32* %761
	%763 = sitofp i32 %762 to float
	%764 = fcmp ole float %763, %759
	%765 = uitofp i1 %764 to float
	%766 = fcmp une float %765, 0.0
	%767 = and i1 %757, %766
	%768 = select i1 %767, float %516, float 0xFFF0000000000000
	%769 = shl i32 %6, 1
	%770 = add i32 17, %769
	%771 = add i32 %224, %770
	%772 = icmp slt i32 %771, %N
	%773 = select i1 %772, i32 %771, i32 0
	%774 = sitofp i32 %560 to float
	%775 = sext i32 %773 to i64
	%776 = getelementptr i32, i32* %39, i64 %775
	%777 = load i32, i32* %776
	%778 = sitofp i32 %777 to float
	%779 = fcmp ole float %778, %774
	%780 = uitofp i1 %779 to float
	%781 = fcmp une float %780, 0.0
	%782 = and i1 %772, %781
	%783 = select i1 %782, float %517, float 0xFFF0000000000000
	%784 = shl i32 %6, 1
	%785 = add i32 16, %784
	%786 = add i32 %224, %785
	%787 = icmp slt i32 %786, %N
	%788 = select i1 %787, i32 %786, i32 0
	%789 = sitofp i32 %564 to float
	%790 = sext i32 %788 to i64
	%791 = getelementptr i32, i32* %39, i64 %790
	%792 = load i32, i32* %791
	%793 = sitofp i32 %792 to float
	%794 = fcmp ole float %793, %789
	%795 = uitofp i1 %794 to float
	%796 = fcmp une float %795, 0.0
	%797 = and i1 %787, %796
	%798 = select i1 %797, float %518, float 0xFFF0000000000000
	%799 = shl i32 %6, 1
	%800 = add i32 17, %799
	%801 = add i32 %224, %800
	%802 = icmp slt i32 %801, %N
	%803 = select i1 %802, i32 %801, i32 0
	%804 = sitofp i32 %564 to float
	%805 = sext i32 %803 to i64
	%806 = getelementptr i32, i32* %39, i64 %805
	%807 = load i32, i32* %806
	%808 = sitofp i32 %807 to float
	%809 = fcmp ole float %808, %804
	%810 = uitofp i1 %809 to float
	%811 = fcmp une float %810, 0.0
	%812 = and i1 %802, %811
	%813 = select i1 %812, float %519, float 0xFFF0000000000000
	%814 = shl i32 %6, 1
	%815 = add i32 24, %814
	%816 = add i32 %224, %815
	%817 = icmp slt i32 %816, %N
	%818 = select i1 %817, i32 %816, i32 0
	%819 = sitofp i32 %560 to float
	%820 = sext i32 %818 to i64
	%821 = getelementptr i32, i32* %39, i64 %820
	%822 = load i32, i32* %821
	%823 = sitofp i32 %822 to float
	%824 = fcmp ole float %823, %819
	%825 = uitofp i1 %824 to float
	%826 = fcmp une float %825, 0.0
	%827 = and i1 %817, %826
	%828 = select i1 %827, float %521, float 0xFFF0000000000000
	%829 = shl i32 %6, 1
	%830 = add i32 25, %829
	%831 = add i32 %224, %830
	%832 = icmp slt i32 %831, %N
	%833 = select i1 %832, i32 %831, i32 0
	%834 = sitofp i32 %560 to float
	%835 = sext i32 %833 to i64
	%836 = getelementptr i32, i32* %39, i64 %835
	%837 = load i32, i32* %836
	%838 = sitofp i32 %837 to float
	%839 = fcmp ole float %838, %834
	%840 = uitofp i1 %839 to float
	%841 = fcmp une float %840, 0.0
	%842 = and i1 %832, %841
	%843 = select i1 %842, float %522, float 0xFFF0000000000000
	%844 = shl i32 %6, 1
	%845 = add i32 24, %844
	%846 = add i32 %224, %845
	%847 = icmp slt i32 %846, %N
	%848 = select i1 %847, i32 %846, i32 0
	%849 = sitofp i32 %564 to float
	%850 = sext i32 %848 to i64
	%851 = getelementptr i32, i32* %39, i64 %850
	%852 = load i32, i32* %851
	%853 = sitofp i32 %852 to float
	%854 = fcmp ole float %853, %849
	%855 = uitofp i1 %854 to float
	%856 = fcmp une float %855, 0.0
	%857 = and i1 %847, %856
	%858 = select i1 %857, float %523, float 0xFFF0000000000000
	%859 = shl i32 %6, 1
	%860 = add i32 25, %859
	%861 = add i32 %224, %860
	%862 = icmp slt i32 %861, %N
	%863 = select i1 %862, i32 %861, i32 0
	%864 = sitofp i32 %564 to float
	%865 = sext i32 %863 to i64
	%866 = getelementptr i32, i32* %39, i64 %865
	%867 = load i32, i32* %866
	%868 = sitofp i32 %867 to float
	%869 = fcmp ole float %868, %864
	%870 = uitofp i1 %869 to float
	%871 = fcmp une float %870, 0.0
	%872 = and i1 %862, %871
	%873 = select i1 %872, float %524, float 0xFFF0000000000000
	%874 = shl i32 %6, 1
	%875 = add i32 32, %874
	%876 = add i32 %224, %875
	%877 = icmp slt i32 %876, %N
	%878 = select i1 %877, i32 %876, i32 0
	%879 = sitofp i32 %560 to float
	%880 = sext i32 %878 to i64
	%881 = getelementptr i32, i32* %39, i64 %880
	%882 = load i32, i32* %881
	%883 = sitofp i32 %882 to float
	%884 = fcmp ole float %883, %879
	%885 = uitofp i1 %884 to float
	%886 = fcmp une float %885, 0.0
	%887 = and i1 %877, %886
	%888 = select i1 %887, float %532, float 0xFFF0000000000000
	%889 = shl i32 %6, 1
	%890 = add i32 33, %889
	%891 = add i32 %224, %890
	%892 = icmp slt i32 %891, %N
	%893 = select i1 %892, i32 %891, i32 0
	%894 = sitofp i32 %560 to float
	%895 = sext i32 %893 to i64
	%896 = getelementptr i32, i32* %39, i64 %895
	%897 = load i32, i32* %896
	%898 = sitofp i32 %897 to float
	%899 = fcmp ole float %898, %894
	%900 = uitofp i1 %899 to float
	%901 = fcmp une float %900, 0.0
	%902 = and i1 %892, %901
	%903 = select i1 %902, float %533, float 0xFFF0000000000000
	%904 = shl i32 %6, 1
	%905 = add i32 32, %904
	%906 = add i32 %224, %905
	%907 = icmp slt i32 %906, %N
	%908 = select i1 %907, i32 %906, i32 0
	%909 = sitofp i32 %564 to float
	%910 = sext i32 %908 to i64
	%911 = getelementptr i32, i32* %39, i64 %910
	%912 = load i32, i32* %911
	%913 = sitofp i32 %912 to float
	%914 = fcmp ole float %913, %909
	%915 = uitofp i1 %914 to float
	%916 = fcmp une float %915, 0.0
	%917 = and i1 %907, %916
	%918 = select i1 %917, float %534, float 0xFFF0000000000000
	%919 = shl i32 %6, 1
	%920 = add i32 33, %919
	%921 = add i32 %224, %920
	%922 = icmp slt i32 %921, %N
	%923 = select i1 %922, i32 %921, i32 0
	%924 = sitofp i32 %564 to float
	%925 = sext i32 %923 to i64
	%926 = getelementptr i32, i32* %39, i64 %925
	%927 = load i32, i32* %926
	%928 = sitofp i32 %927 to float
	%929 = fcmp ole float %928, %924
	%930 = uitofp i1 %929 to float
	%931 = fcmp une float %930, 0.0
	%932 = and i1 %922, %931
	%933 = select i1 %932, float %535, float 0xFFF0000000000000
	%934 = shl i32 %6, 1
	%935 = add i32 40, %934
	%936 = add i32 %224, %935
	%937 = icmp slt i32 %936, %N
	%938 = select i1 %937, i32 %936, i32 0
	%939 = sitofp i32 %560 to float
	%940 = sext i32 %938 to i64
	%941 = getelementptr i32, i32* %39, i64 %940
	%942 = load i32, i32* %941
	%943 = sitofp i32 %942 to float
	%944 = fcmp ole float %943, %939
	%945 = uitofp i1 %944 to float
	%946 = fcmp une float %945, 0.0
	%947 = and i1 %937, %946
	%948 = select i1 %947, float %537, float 0xFFF0000000000000
	%949 = shl i32 %6, 1
	%950 = add i32 41, %949
	%951 = add i32 %224, %950
	%952 = icmp slt i32 %951, %N
	%953 = select i1 %952, i32 %951, i32 0
	%954 = sitofp i32 %560 to float
	%955 = sext i32 %953 to i64
	%956 = getelementptr i32, i32* %39, i64 %955
	%957 = load i32, i32* %956
	%958 = sitofp i32 %957 to float
	%959 = fcmp ole float %958, %954
	%960 = uitofp i1 %959 to float
	%961 = fcmp une float %960, 0.0
	%962 = and i1 %952, %961
	%963 = select i1 %962, float %538, float 0xFFF0000000000000
	%964 = shl i32 %6, 1
	%965 = add i32 40, %964
	%966 = add i32 %224, %965
	%967 = icmp slt i32 %966, %N
	%968 = select i1 %967, i32 %966, i32 0
	%969 = sitofp i32 %564 to float
	%970 = sext i32 %968 to i64
	%971 = getelementptr i32, i32* %39, i64 %970
	%972 = load i32, i32* %971
	%973 = sitofp i32 %972 to float
	%974 = fcmp ole float %973, %969
	%975 = uitofp i1 %974 to float
	%976 = fcmp une float %975, 0.0
	%977 = and i1 %967, %976
	%978 = select i1 %977, float %539, float 0xFFF0000000000000
	%979 = shl i32 %6, 1
	%980 = add i32 41, %979
	%981 = add i32 %224, %980
	%982 = icmp slt i32 %981, %N
	%983 = select i1 %982, i32 %981, i32 0
	%984 = sitofp i32 %564 to float
	%985 = sext i32 %983 to i64
	%986 = getelementptr i32, i32* %39, i64 %985
	%987 = load i32, i32* %986
	%988 = sitofp i32 %987 to float
	%989 = fcmp ole float %988, %984
	%990 = uitofp i1 %989 to float
	%991 = fcmp une float %990, 0.0
	%992 = and i1 %982, %991
	%993 = select i1 %992, float %540, float 0xFFF0000000000000
	%994 = shl i32 %6, 1
	%995 = add i32 48, %994
	%996 = add i32 %224, %995
	%997 = icmp slt i32 %996, %N
	%998 = select i1 %997, i32 %996, i32 0
	%999 = sitofp i32 %560 to float
	%1000 = sext i32 %998 to i64
	%1001 = getelementptr i32, i32* %39, i64 %1000
	%1002 = load i32, i32* %1001
	%1003 = sitofp i32 %1002 to float
	%1004 = fcmp ole float %1003, %999
	%1005 = uitofp i1 %1004 to float
	%1006 = fcmp une float %1005, 0.0
	%1007 = and i1 %997, %1006
	%1008 = select i1 %1007, float %548, float 0xFFF0000000000000
	%1009 = shl i32 %6, 1
	%1010 = add i32 49, %1009
	%1011 = add i32 %224, %1010
	%1012 = icmp slt i32 %1011, %N
	%1013 = select i1 %1012, i32 %1011, i32 0
	%1014 = sitofp i32 %560 to float
	%1015 = sext i32 %1013 to i64
	%1016 = getelementptr i32, i32* %39, i64 %1015
	%1017 = load i32, i32* %1016
	%1018 = sitofp i32 %1017 to float
	%1019 = fcmp ole float %1018, %1014
	%1020 = uitofp i1 %1019 to float
	%1021 = fcmp une float %1020, 0.0
	%1022 = and i1 %1012, %1021
	%1023 = select i1 %1022, float %549, float 0xFFF0000000000000
	%1024 = shl i32 %6, 1
	%1025 = add i32 48, %1024
	%1026 = add i32 %224, %1025
	%1027 = icmp slt i32 %1026, %N
	%1028 = select i1 %1027, i32 %1026, i32 0
	%1029 = sitofp i32 %564 to float
	%1030 = sext i32 %1028 to i64
	%1031 = getelementptr i32, i32* %39, i64 %1030
	%1032 = load i32, i32* %1031
	%1033 = sitofp i32 %1032 to float
	%1034 = fcmp ole float %1033, %1029
	%1035 = uitofp i1 %1034 to float
	%1036 = fcmp une float %1035, 0.0
	%1037 = and i1 %1027, %1036
	%1038 = select i1 %1037, float %550, float 0xFFF0000000000000
	%1039 = shl i32 %6, 1
	%1040 = add i32 49, %1039
	%1041 = add i32 %224, %1040
	%1042 = icmp slt i32 %1041, %N
	%1043 = select i1 %1042, i32 %1041, i32 0
	%1044 = sitofp i32 %564 to float
	%1045 = sext i32 %1043 to i64
	%1046 = getelementptr i32, i32* %39, i64 %1045
	%1047 = load i32, i32* %1046
	%1048 = sitofp i32 %1047 to float
	%1049 = fcmp ole float %1048, %1044
	%1050 = uitofp i1 %1049 to float
	%1051 = fcmp une float %1050, 0.0
	%1052 = and i1 %1042, %1051
	%1053 = select i1 %1052, float %551, float 0xFFF0000000000000
	%1054 = shl i32 %6, 1
	%1055 = add i32 56, %1054
	%1056 = add i32 %224, %1055
	%1057 = icmp slt i32 %1056, %N
	%1058 = select i1 %1057, i32 %1056, i32 0
	%1059 = sitofp i32 %560 to float
	%1060 = sext i32 %1058 to i64
	%1061 = getelementptr i32, i32* %39, i64 %1060
	%1062 = load i32, i32* %1061
	%1063 = sitofp i32 %1062 to float
	%1064 = fcmp ole float %1063, %1059
	%1065 = uitofp i1 %1064 to float
	%1066 = fcmp une float %1065, 0.0
	%1067 = and i1 %1057, %1066
	%1068 = select i1 %1067, float %553, float 0xFFF0000000000000
	%1069 = shl i32 %6, 1
	%1070 = add i32 57, %1069
	%1071 = add i32 %224, %1070
	%1072 = icmp slt i32 %1071, %N
	%1073 = select i1 %1072, i32 %1071, i32 0
	%1074 = sitofp i32 %560 to float
	%1075 = sext i32 %1073 to i64
	%1076 = getelementptr i32, i32* %39, i64 %1075
	%1077 = load i32, i32* %1076
	%1078 = sitofp i32 %1077 to float
	%1079 = fcmp ole float %1078, %1074
	%1080 = uitofp i1 %1079 to float
	%1081 = fcmp une float %1080, 0.0
	%1082 = and i1 %1072, %1081
	%1083 = select i1 %1082, float %554, float 0xFFF0000000000000
	%1084 = shl i32 %6, 1
	%1085 = add i32 56, %1084
	%1086 = add i32 %224, %1085
	%1087 = icmp slt i32 %1086, %N
	%1088 = select i1 %1087, i32 %1086, i32 0
	%1089 = sitofp i32 %564 to float
	%1090 = sext i32 %1088 to i64
	%1091 = getelementptr i32, i32* %39, i64 %1090
	%1092 = load i32, i32* %1091
	%1093 = sitofp i32 %1092 to float
	%1094 = fcmp ole float %1093, %1089
	%1095 = uitofp i1 %1094 to float
	%1096 = fcmp une float %1095, 0.0
	%1097 = and i1 %1087, %1096
	%1098 = select i1 %1097, float %555, float 0xFFF0000000000000
	%1099 = shl i32 %6, 1
	%1100 = add i32 57, %1099
	%1101 = add i32 %224, %1100
	%1102 = icmp slt i32 %1101, %N
	%1103 = select i1 %1102, i32 %1101, i32 0
	%1104 = sitofp i32 %564 to float
	%1105 = sext i32 %1103 to i64
	%1106 = getelementptr i32, i32* %39, i64 %1105
	%1107 = load i32, i32* %1106
	%1108 = sitofp i32 %1107 to float
	%1109 = fcmp ole float %1108, %1104
	%1110 = uitofp i1 %1109 to float
	%1111 = fcmp une float %1110, 0.0
	%1112 = and i1 %1102, %1111
	%1113 = select i1 %1112, float %556, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1114 = phi float [ %500, %loop ], [ %648, %partial ]
	%1115 = phi float [ %501, %loop ], [ %663, %partial ]
	%1116 = phi float [ %502, %loop ], [ %678, %partial ]
	%1117 = phi float [ %503, %loop ], [ %693, %partial ]
	%1118 = phi float [ %505, %loop ], [ %708, %partial ]
	%1119 = phi float [ %506, %loop ], [ %723, %partial ]
	%1120 = phi float [ %507, %loop ], [ %738, %partial ]
	%1121 = phi float [ %508, %loop ], [ %753, %partial ]
	%1122 = phi float [ %516, %loop ], [ %768, %partial ]
	%1123 = phi float [ %517, %loop ], [ %783, %partial ]
	%1124 = phi float [ %518, %loop ], [ %798, %partial ]
	%1125 = phi float [ %519, %loop ], [ %813, %partial ]
	%1126 = phi float [ %521, %loop ], [ %828, %partial ]
	%1127 = phi float [ %522, %loop ], [ %843, %partial ]
	%1128 = phi float [ %523, %loop ], [ %858, %partial ]
	%1129 = phi float [ %524, %loop ], [ %873, %partial ]
	%1130 = phi float [ %532, %loop ], [ %888, %partial ]
	%1131 = phi float [ %533, %loop ], [ %903, %partial ]
	%1132 = phi float [ %534, %loop ], [ %918, %partial ]
	%1133 = phi float [ %535, %loop ], [ %933, %partial ]
	%1134 = phi float [ %537, %loop ], [ %948, %partial ]
	%1135 = phi float [ %538, %loop ], [ %963, %partial ]
	%1136 = phi float [ %539, %loop ], [ %978, %partial ]
	%1137 = phi float [ %540, %loop ], [ %993, %partial ]
	%1138 = phi float [ %548, %loop ], [ %1008, %partial ]
	%1139 = phi float [ %549, %loop ], [ %1023, %partial ]
	%1140 = phi float [ %550, %loop ], [ %1038, %partial ]
	%1141 = phi float [ %551, %loop ], [ %1053, %partial ]
	%1142 = phi float [ %553, %loop ], [ %1068, %partial ]
	%1143 = phi float [ %554, %loop ], [ %1083, %partial ]
	%1144 = phi float [ %555, %loop ], [ %1098, %partial ]
	%1145 = phi float [ %556, %loop ], [ %1113, %partial ]
	%1146 = call float @llvm.nvvm.fmax.f(float %1114, float %1115)
	%1147 = call float @llvm.nvvm.fmax.f(float %1118, float %1119)
	%1148 = call float @llvm.nvvm.fmax.f(float %1122, float %1123)
	%1149 = call float @llvm.nvvm.fmax.f(float %1126, float %1127)
	%1150 = call float @llvm.nvvm.fmax.f(float %1130, float %1131)
	%1151 = call float @llvm.nvvm.fmax.f(float %1134, float %1135)
	%1152 = call float @llvm.nvvm.fmax.f(float %1138, float %1139)
	%1153 = call float @llvm.nvvm.fmax.f(float %1142, float %1143)
	%1154 = call float @llvm.nvvm.fmax.f(float %1146, float %1147)
	%1155 = call float @llvm.nvvm.fmax.f(float %1148, float %1149)
	%1156 = call float @llvm.nvvm.fmax.f(float %1150, float %1151)
	%1157 = call float @llvm.nvvm.fmax.f(float %1152, float %1153)
	%1158 = call float @llvm.nvvm.fmax.f(float %1154, float %1155)
	%1159 = call float @llvm.nvvm.fmax.f(float %1156, float %1157)
	%1160 = call float @llvm.nvvm.fmax.f(float %1158, float %1159)
	%1161 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1160, i32 1, i32 31)
	%1162 = call float @llvm.nvvm.fmax.f(float %1160, float %1161)
	%1163 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1162, i32 2, i32 31)
	%1164 = call float @llvm.nvvm.fmax.f(float %1162, float %1163)
	%1165 = fmul float %1164, 0x3FC7154760000000
	%1166 = call float @llvm.nvvm.fmax.f(float %220, float %1165)
	%1167 = fcmp oeq float %1166, 0xFFF0000000000000
	%1168 = select i1 %1167, float 0.0, float %1166
	%1169 = fsub float %220, %1168
	%1170 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1169)
	%1171 = fneg float %1168
	%1172 = call float @llvm.fma.f32(float %1114, float 0x3FC7154760000000, float %1171)
	%1173 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1172)
	%1174 = call float @llvm.fma.f32(float %1115, float 0x3FC7154760000000, float %1171)
	%1175 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1174)
	%1176 = call float @llvm.fma.f32(float %1118, float 0x3FC7154760000000, float %1171)
	%1177 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1176)
	%1178 = call float @llvm.fma.f32(float %1119, float 0x3FC7154760000000, float %1171)
	%1179 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1178)
	%1180 = call float @llvm.fma.f32(float %1122, float 0x3FC7154760000000, float %1171)
	%1181 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1180)
	%1182 = call float @llvm.fma.f32(float %1123, float 0x3FC7154760000000, float %1171)
	%1183 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1182)
	%1184 = call float @llvm.fma.f32(float %1126, float 0x3FC7154760000000, float %1171)
	%1185 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1184)
	%1186 = call float @llvm.fma.f32(float %1127, float 0x3FC7154760000000, float %1171)
	%1187 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1186)
	%1188 = call float @llvm.fma.f32(float %1130, float 0x3FC7154760000000, float %1171)
	%1189 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1188)
	%1190 = call float @llvm.fma.f32(float %1131, float 0x3FC7154760000000, float %1171)
	%1191 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1190)
	%1192 = call float @llvm.fma.f32(float %1134, float 0x3FC7154760000000, float %1171)
	%1193 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1192)
	%1194 = call float @llvm.fma.f32(float %1135, float 0x3FC7154760000000, float %1171)
	%1195 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1194)
	%1196 = call float @llvm.fma.f32(float %1138, float 0x3FC7154760000000, float %1171)
	%1197 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1196)
	%1198 = call float @llvm.fma.f32(float %1139, float 0x3FC7154760000000, float %1171)
	%1199 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1198)
	%1200 = call float @llvm.fma.f32(float %1142, float 0x3FC7154760000000, float %1171)
	%1201 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1200)
	%1202 = call float @llvm.fma.f32(float %1143, float 0x3FC7154760000000, float %1171)
	%1203 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1202)
	%1204 = fadd float %1173, %1175
	%1205 = fadd float %1177, %1179
	%1206 = fadd float %1181, %1183
	%1207 = fadd float %1185, %1187
	%1208 = fadd float %1189, %1191
	%1209 = fadd float %1193, %1195
	%1210 = fadd float %1197, %1199
	%1211 = fadd float %1201, %1203
	%1212 = fadd float %1204, %1205
	%1213 = fadd float %1206, %1207
	%1214 = fadd float %1208, %1209
	%1215 = fadd float %1210, %1211
	%1216 = fadd float %1212, %1213
	%1217 = fadd float %1214, %1215
	%1218 = fadd float %1216, %1217
	%1219 = fmul float %221, %1170
	%1220 = fadd float %1219, %1218
	%1221 = call float @llvm.nvvm.fmax.f(float %1116, float %1117)
	%1222 = call float @llvm.nvvm.fmax.f(float %1120, float %1121)
	%1223 = call float @llvm.nvvm.fmax.f(float %1124, float %1125)
	%1224 = call float @llvm.nvvm.fmax.f(float %1128, float %1129)
	%1225 = call float @llvm.nvvm.fmax.f(float %1132, float %1133)
	%1226 = call float @llvm.nvvm.fmax.f(float %1136, float %1137)
	%1227 = call float @llvm.nvvm.fmax.f(float %1140, float %1141)
	%1228 = call float @llvm.nvvm.fmax.f(float %1144, float %1145)
	%1229 = call float @llvm.nvvm.fmax.f(float %1221, float %1222)
	%1230 = call float @llvm.nvvm.fmax.f(float %1223, float %1224)
	%1231 = call float @llvm.nvvm.fmax.f(float %1225, float %1226)
	%1232 = call float @llvm.nvvm.fmax.f(float %1227, float %1228)
	%1233 = call float @llvm.nvvm.fmax.f(float %1229, float %1230)
	%1234 = call float @llvm.nvvm.fmax.f(float %1231, float %1232)
	%1235 = call float @llvm.nvvm.fmax.f(float %1233, float %1234)
	%1236 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1235, i32 1, i32 31)
	%1237 = call float @llvm.nvvm.fmax.f(float %1235, float %1236)
	%1238 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1237, i32 2, i32 31)
	%1239 = call float @llvm.nvvm.fmax.f(float %1237, float %1238)
	%1240 = fmul float %1239, 0x3FC7154760000000
	%1241 = call float @llvm.nvvm.fmax.f(float %222, float %1240)
	%1242 = fcmp oeq float %1241, 0xFFF0000000000000
	%1243 = select i1 %1242, float 0.0, float %1241
	%1244 = fsub float %222, %1243
	%1245 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1244)
	%1246 = fneg float %1243
	%1247 = call float @llvm.fma.f32(float %1116, float 0x3FC7154760000000, float %1246)
	%1248 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1247)
	%1249 = call float @llvm.fma.f32(float %1117, float 0x3FC7154760000000, float %1246)
	%1250 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1249)
	%1251 = call float @llvm.fma.f32(float %1120, float 0x3FC7154760000000, float %1246)
	%1252 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1251)
	%1253 = call float @llvm.fma.f32(float %1121, float 0x3FC7154760000000, float %1246)
	%1254 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1253)
	%1255 = call float @llvm.fma.f32(float %1124, float 0x3FC7154760000000, float %1246)
	%1256 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1255)
	%1257 = call float @llvm.fma.f32(float %1125, float 0x3FC7154760000000, float %1246)
	%1258 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1257)
	%1259 = call float @llvm.fma.f32(float %1128, float 0x3FC7154760000000, float %1246)
	%1260 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1259)
	%1261 = call float @llvm.fma.f32(float %1129, float 0x3FC7154760000000, float %1246)
	%1262 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1261)
	%1263 = call float @llvm.fma.f32(float %1132, float 0x3FC7154760000000, float %1246)
	%1264 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1263)
	%1265 = call float @llvm.fma.f32(float %1133, float 0x3FC7154760000000, float %1246)
	%1266 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1265)
	%1267 = call float @llvm.fma.f32(float %1136, float 0x3FC7154760000000, float %1246)
	%1268 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1267)
	%1269 = call float @llvm.fma.f32(float %1137, float 0x3FC7154760000000, float %1246)
	%1270 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1269)
	%1271 = call float @llvm.fma.f32(float %1140, float 0x3FC7154760000000, float %1246)
	%1272 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1271)
	%1273 = call float @llvm.fma.f32(float %1141, float 0x3FC7154760000000, float %1246)
	%1274 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1273)
	%1275 = call float @llvm.fma.f32(float %1144, float 0x3FC7154760000000, float %1246)
	%1276 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1275)
	%1277 = call float @llvm.fma.f32(float %1145, float 0x3FC7154760000000, float %1246)
	%1278 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1277)
	%1279 = fadd float %1248, %1250
	%1280 = fadd float %1252, %1254
	%1281 = fadd float %1256, %1258
	%1282 = fadd float %1260, %1262
	%1283 = fadd float %1264, %1266
	%1284 = fadd float %1268, %1270
	%1285 = fadd float %1272, %1274
	%1286 = fadd float %1276, %1278
	%1287 = fadd float %1279, %1280
	%1288 = fadd float %1281, %1282
	%1289 = fadd float %1283, %1284
	%1290 = fadd float %1285, %1286
	%1291 = fadd float %1287, %1288
	%1292 = fadd float %1289, %1290
	%1293 = fadd float %1291, %1292
	%1294 = fmul float %223, %1245
	%1295 = fadd float %1294, %1293
	%1296 = icmp eq i32 %6, 0
	%1297 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1218, i32 1, i32 31)
	%1298 = fadd float %1218, %1297
	%1299 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1298, i32 2, i32 31)
	%1300 = fadd float %1298, %1299
	%1301 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1220, i32 1, i32 31)
	%1302 = fadd float %1220, %1301
	%1303 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1302, i32 2, i32 31)
	%1304 = fadd float %1302, %1303
	%1305 = fcmp ogt float %1304, 0.0
	%1306 = icmp slt i32 %560, %M
	%1307 = and i1 %1305, %1306
	%1308 = select i1 %1307, float %1304, float 1.0
	%1309 = fdiv float %1300, %1308
	%1310 = call float @llvm.nvvm.fmax.f(float 0.0, float %1309)
	%1311 = select i1 %1307, float %1310, float 0.0
	%1312 = and i1 %1307, %1296
	%1313 = fadd float 0.0, 1.0
	%1314 = select i1 %1312, float %1313, float 0.0
	%1315 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1293, i32 1, i32 31)
	%1316 = fadd float %1293, %1315
	%1317 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1316, i32 2, i32 31)
	%1318 = fadd float %1316, %1317
	%1319 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1295, i32 1, i32 31)
	%1320 = fadd float %1295, %1319
	%1321 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1320, i32 2, i32 31)
	%1322 = fadd float %1320, %1321
	%1323 = fcmp ogt float %1322, 0.0
	%1324 = icmp slt i32 %564, %M
	%1325 = and i1 %1323, %1324
	%1326 = select i1 %1325, float %1322, float 1.0
	%1327 = fdiv float %1318, %1326
	%1328 = call float @llvm.nvvm.fmax.f(float %1311, float %1327)
	%1329 = select i1 %1325, float %1328, float %1311
	%1330 = and i1 %1325, %1296
	%1331 = fadd float %1314, 1.0
	%1332 = select i1 %1330, float %1331, float %1314
	%1333 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1329, i32 16, i32 31)
	%1334 = call float @llvm.nvvm.fmax.f(float %1329, float %1333)
	%1335 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1332, i32 16, i32 31)
	%1336 = fadd float %1332, %1335
	%1337 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1334, i32 8, i32 31)
	%1338 = call float @llvm.nvvm.fmax.f(float %1334, float %1337)
	%1339 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1336, i32 8, i32 31)
	%1340 = fadd float %1336, %1339
	%1341 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1338, i32 4, i32 31)
	%1342 = call float @llvm.nvvm.fmax.f(float %1338, float %1341)
	%1343 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1340, i32 4, i32 31)
	%1344 = fadd float %1340, %1343
	%1345 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1342, i32 2, i32 31)
	%1346 = call float @llvm.nvvm.fmax.f(float %1342, float %1345)
	%1347 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1344, i32 2, i32 31)
	%1348 = fadd float %1344, %1347
	%1349 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1346, i32 1, i32 31)
	%1350 = call float @llvm.nvvm.fmax.f(float %1346, float %1349)
	%1351 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1348, i32 1, i32 31)
	%1352 = fadd float %1348, %1351
	%1353 = icmp eq i32 %4, 0
	br i1 %1353, label %1354, label %1361

1354:
	%1355 = mul i32 %3, 2
	%1356 = add i32 %1355, 0
	%1357 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1356
	store float %1350, float addrspace(3)* %1357
	%1358 = mul i32 %3, 2
	%1359 = add i32 %1358, 1
	%1360 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1359
	store float %1352, float addrspace(3)* %1360
	br label %1361

1361:
	%1362 = add i32 %186, 1
	%1363 = icmp slt i32 %1362, %NK
	%1364 = select i1 %1363, i32 %1362, i32 0
	%1365 = add i32 %29, %1364
	%1366 = sext i32 %1365 to i64
	%1367 = getelementptr i32, i32* %list, i64 %1366
	%1368 = load i32, i32* %1367
	%1369 = select i1 %1363, i32 %1368, i32 -1
	%1370 = icmp sge i32 %1369, 0
	%1371 = add i32 %NK, %186
	%1372 = add i32 %29, %1371
	%1373 = sext i32 %1372 to i64
	%1374 = getelementptr i32, i32* %list, i64 %1373
	%1375 = load i32, i32* %1374
	%1376 = icmp eq i32 %1375, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%1377 = mul i32 0, 2
	%1378 = add i32 %1377, 0
	%1379 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1378
	%1380 = load float, float addrspace(3)* %1379
	%1381 = call float @llvm.nvvm.fmax.f(float 0.0, float %1380)
	%1382 = mul i32 0, 2
	%1383 = add i32 %1382, 1
	%1384 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1383
	%1385 = load float, float addrspace(3)* %1384
	%1386 = fadd float 0.0, %1385
	%1387 = mul i32 1, 2
	%1388 = add i32 %1387, 0
	%1389 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1388
	%1390 = load float, float addrspace(3)* %1389
	%1391 = call float @llvm.nvvm.fmax.f(float %1381, float %1390)
	%1392 = mul i32 1, 2
	%1393 = add i32 %1392, 1
	%1394 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1393
	%1395 = load float, float addrspace(3)* %1394
	%1396 = fadd float %1386, %1395
	%1397 = mul i32 2, 2
	%1398 = add i32 %1397, 0
	%1399 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1398
	%1400 = load float, float addrspace(3)* %1399
	%1401 = call float @llvm.nvvm.fmax.f(float %1391, float %1400)
	%1402 = mul i32 2, 2
	%1403 = add i32 %1402, 1
	%1404 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1403
	%1405 = load float, float addrspace(3)* %1404
	%1406 = fadd float %1396, %1405
	%1407 = mul i32 3, 2
	%1408 = add i32 %1407, 0
	%1409 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1408
	%1410 = load float, float addrspace(3)* %1409
	%1411 = call float @llvm.nvvm.fmax.f(float %1401, float %1410)
	%1412 = mul i32 3, 2
	%1413 = add i32 %1412, 1
	%1414 = getelementptr [8 x float], [8 x float] addrspace(3)* @s2o_attn3_stop, i32 0, i32 %1413
	%1415 = load float, float addrspace(3)* %1414
	%1416 = fadd float %1406, %1415
	%1417 = fcmp ogt float %1416, 0.0
	%1418 = and i1 %1376, %1417
	%1419 = fcmp olt float %1411, 0x3F50624DE0000000
	%1420 = and i1 %1418, %1419
	%1421 = xor i1 %1420, true
	%1422 = and i1 %1370, %1421
	br i1 %1422, label %prefetch, label %pv

prefetch:
	%1423 = mul i32 %1369, 64
	%1424 = lshr i32 %2, 3
	%1425 = and i32 %2, 7
	%1426 = and i32 %1424, 7
	%1427 = xor i32 %1425, %1426
	%1428 = mul i32 %1424, 8
	%1429 = add i32 %1428, %1427
	%1430 = shl i32 %1429, 4
	%1431 = add i32 %0, %1430
	%1432 = add i32 %1423, %1424
	%1433 = add i32 %1432, 0
	%1434 = icmp slt i32 %1433, %N
	%1435 = select i1 %1434, i32 %1433, i32 0
	%1436 = sext i32 %1435 to i64
	%1437 = getelementptr i32, i32* %39, i64 %1436
	%1438 = load i32, i32* %1437
	%1439 = mul i32 %1438, 64
	%1440 = mul i32 %1425, 8
	%1441 = add i32 %1439, %1440
	%1442 = sext i32 %1441 to i64
	%1443 = getelementptr i16, i16* %20, i64 %1442
	%1444 = add i32 %1431, 0
	%1445 = select i1 %1434, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1444, i16* %1443, i32 %1445)
	%1446 = add i32 %1432, 16
	%1447 = icmp slt i32 %1446, %N
	%1448 = select i1 %1447, i32 %1446, i32 0
	%1449 = sext i32 %1448 to i64
	%1450 = getelementptr i32, i32* %39, i64 %1449
	%1451 = load i32, i32* %1450
	%1452 = mul i32 %1451, 64
	%1453 = mul i32 %1425, 8
	%1454 = add i32 %1452, %1453
	%1455 = sext i32 %1454 to i64
	%1456 = getelementptr i16, i16* %20, i64 %1455
	%1457 = add i32 %1431, 2048
	%1458 = select i1 %1447, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1457, i16* %1456, i32 %1458)
	%1459 = add i32 %1432, 32
	%1460 = icmp slt i32 %1459, %N
	%1461 = select i1 %1460, i32 %1459, i32 0
	%1462 = sext i32 %1461 to i64
	%1463 = getelementptr i32, i32* %39, i64 %1462
	%1464 = load i32, i32* %1463
	%1465 = mul i32 %1464, 64
	%1466 = mul i32 %1425, 8
	%1467 = add i32 %1465, %1466
	%1468 = sext i32 %1467 to i64
	%1469 = getelementptr i16, i16* %20, i64 %1468
	%1470 = add i32 %1431, u0x1000
	%1471 = select i1 %1460, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1470, i16* %1469, i32 %1471)
	%1472 = add i32 %1432, 48
	%1473 = icmp slt i32 %1472, %N
	%1474 = select i1 %1473, i32 %1472, i32 0
	%1475 = sext i32 %1474 to i64
	%1476 = getelementptr i32, i32* %39, i64 %1475
	%1477 = load i32, i32* %1476
	%1478 = mul i32 %1477, 64
	%1479 = mul i32 %1425, 8
	%1480 = add i32 %1478, %1479
	%1481 = sext i32 %1480 to i64
	%1482 = getelementptr i16, i16* %20, i64 %1481
	%1483 = add i32 %1431, 6144
	%1484 = select i1 %1473, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1483, i16* %1482, i32 %1484)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1485 = fmul float %188, %1170
	%1486 = fmul float %189, %1170
	%1487 = fmul float %190, %1245
	%1488 = fmul float %191, %1245
	%1489 = fmul float %192, %1170
	%1490 = fmul float %193, %1170
	%1491 = fmul float %194, %1245
	%1492 = fmul float %195, %1245
	%1493 = fmul float %196, %1170
	%1494 = fmul float %197, %1170
	%1495 = fmul float %198, %1245
	%1496 = fmul float %199, %1245
	%1497 = fmul float %200, %1170
	%1498 = fmul float %201, %1170
	%1499 = fmul float %202, %1245
	%1500 = fmul float %203, %1245
	%1501 = fmul float %204, %1170
	%1502 = fmul float %205, %1170
	%1503 = fmul float %206, %1245
	%1504 = fmul float %207, %1245
	%1505 = fmul float %208, %1170
	%1506 = fmul float %209, %1170
	%1507 = fmul float %210, %1245
	%1508 = fmul float %211, %1245
	%1509 = fmul float %212, %1170
	%1510 = fmul float %213, %1170
	%1511 = fmul float %214, %1245
	%1512 = fmul float %215, %1245
	%1513 = fmul float %216, %1170
	%1514 = fmul float %217, %1170
	%1515 = fmul float %218, %1245
	%1516 = fmul float %219, %1245
	%1517 = and i32 %4, 7
	%1518 = lshr i32 %4, 3
	%1519 = and i32 %1518, 1
	%1520 = shl i32 %1519, 3
	%1521 = add i32 %1517, %1520
	%1522 = mul i32 %1521, 128
	%1523 = add i32 %1, %1522
	%1524 = and i32 %4, 7
	%1525 = xor i32 %90, %1524
	%1526 = shl i32 %1525, 4
	%1527 = add i32 %1523, %1526
	%1528 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1175, float %1173)
	%1529 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1250, float %1248)
	%1530 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1179, float %1177)
	%1531 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1254, float %1252)
	%1532 = xor i32 %1527, 0
	%1533 = add i32 %1532, 0
	%1534 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1533)
	%1535 = extractvalue { i32, i32, i32, i32 } %1534, 0
	%1536 = extractvalue { i32, i32, i32, i32 } %1534, 1
	%1537 = extractvalue { i32, i32, i32, i32 } %1534, 2
	%1538 = extractvalue { i32, i32, i32, i32 } %1534, 3
	%1539 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1528, i32 %1529, i32 %1530, i32 %1531, i32 %1535, i32 %1536, float %1485, float %1486, float %1487, float %1488)
	%1540 = extractvalue { float, float, float, float } %1539, 0
	%1541 = extractvalue { float, float, float, float } %1539, 1
	%1542 = extractvalue { float, float, float, float } %1539, 2
	%1543 = extractvalue { float, float, float, float } %1539, 3
	%1544 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1528, i32 %1529, i32 %1530, i32 %1531, i32 %1537, i32 %1538, float %1489, float %1490, float %1491, float %1492)
	%1545 = extractvalue { float, float, float, float } %1544, 0
	%1546 = extractvalue { float, float, float, float } %1544, 1
	%1547 = extractvalue { float, float, float, float } %1544, 2
	%1548 = extractvalue { float, float, float, float } %1544, 3
	%1549 = xor i32 %1527, 32
	%1550 = add i32 %1549, 0
	%1551 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1550)
	%1552 = extractvalue { i32, i32, i32, i32 } %1551, 0
	%1553 = extractvalue { i32, i32, i32, i32 } %1551, 1
	%1554 = extractvalue { i32, i32, i32, i32 } %1551, 2
	%1555 = extractvalue { i32, i32, i32, i32 } %1551, 3
	%1556 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1528, i32 %1529, i32 %1530, i32 %1531, i32 %1552, i32 %1553, float %1493, float %1494, float %1495, float %1496)
	%1557 = extractvalue { float, float, float, float } %1556, 0
	%1558 = extractvalue { float, float, float, float } %1556, 1
	%1559 = extractvalue { float, float, float, float } %1556, 2
	%1560 = extractvalue { float, float, float, float } %1556, 3
	%1561 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1528, i32 %1529, i32 %1530, i32 %1531, i32 %1554, i32 %1555, float %1497, float %1498, float %1499, float %1500)
	%1562 = extractvalue { float, float, float, float } %1561, 0
	%1563 = extractvalue { float, float, float, float } %1561, 1
	%1564 = extractvalue { float, float, float, float } %1561, 2
	%1565 = extractvalue { float, float, float, float } %1561, 3
	%1566 = xor i32 %1527, 64
	%1567 = add i32 %1566, 0
	%1568 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1567)
	%1569 = extractvalue { i32, i32, i32, i32 } %1568, 0
	%1570 = extractvalue { i32, i32, i32, i32 } %1568, 1
	%1571 = extractvalue { i32, i32, i32, i32 } %1568, 2
	%1572 = extractvalue { i32, i32, i32, i32 } %1568, 3
	%1573 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1528, i32 %1529, i32 %1530, i32 %1531, i32 %1569, i32 %1570, float %1501, float %1502, float %1503, float %1504)
	%1574 = extractvalue { float, float, float, float } %1573, 0
	%1575 = extractvalue { float, float, float, float } %1573, 1
	%1576 = extractvalue { float, float, float, float } %1573, 2
	%1577 = extractvalue { float, float, float, float } %1573, 3
	%1578 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1528, i32 %1529, i32 %1530, i32 %1531, i32 %1571, i32 %1572, float %1505, float %1506, float %1507, float %1508)
	%1579 = extractvalue { float, float, float, float } %1578, 0
	%1580 = extractvalue { float, float, float, float } %1578, 1
	%1581 = extractvalue { float, float, float, float } %1578, 2
	%1582 = extractvalue { float, float, float, float } %1578, 3
	%1583 = xor i32 %1527, 96
	%1584 = add i32 %1583, 0
	%1585 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1584)
	%1586 = extractvalue { i32, i32, i32, i32 } %1585, 0
	%1587 = extractvalue { i32, i32, i32, i32 } %1585, 1
	%1588 = extractvalue { i32, i32, i32, i32 } %1585, 2
	%1589 = extractvalue { i32, i32, i32, i32 } %1585, 3
	%1590 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1528, i32 %1529, i32 %1530, i32 %1531, i32 %1586, i32 %1587, float %1509, float %1510, float %1511, float %1512)
	%1591 = extractvalue { float, float, float, float } %1590, 0
	%1592 = extractvalue { float, float, float, float } %1590, 1
	%1593 = extractvalue { float, float, float, float } %1590, 2
	%1594 = extractvalue { float, float, float, float } %1590, 3
	%1595 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1528, i32 %1529, i32 %1530, i32 %1531, i32 %1588, i32 %1589, float %1513, float %1514, float %1515, float %1516)
	%1596 = extractvalue { float, float, float, float } %1595, 0
	%1597 = extractvalue { float, float, float, float } %1595, 1
	%1598 = extractvalue { float, float, float, float } %1595, 2
	%1599 = extractvalue { float, float, float, float } %1595, 3
	%1600 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1183, float %1181)
	%1601 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1258, float %1256)
	%1602 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1187, float %1185)
	%1603 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1262, float %1260)
	%1604 = xor i32 %1527, 0
	%1605 = add i32 %1604, 2048
	%1606 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1605)
	%1607 = extractvalue { i32, i32, i32, i32 } %1606, 0
	%1608 = extractvalue { i32, i32, i32, i32 } %1606, 1
	%1609 = extractvalue { i32, i32, i32, i32 } %1606, 2
	%1610 = extractvalue { i32, i32, i32, i32 } %1606, 3
	%1611 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1607, i32 %1608, float %1540, float %1541, float %1542, float %1543)
	%1612 = extractvalue { float, float, float, float } %1611, 0
	%1613 = extractvalue { float, float, float, float } %1611, 1
	%1614 = extractvalue { float, float, float, float } %1611, 2
	%1615 = extractvalue { float, float, float, float } %1611, 3
	%1616 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1609, i32 %1610, float %1545, float %1546, float %1547, float %1548)
	%1617 = extractvalue { float, float, float, float } %1616, 0
	%1618 = extractvalue { float, float, float, float } %1616, 1
	%1619 = extractvalue { float, float, float, float } %1616, 2
	%1620 = extractvalue { float, float, float, float } %1616, 3
	%1621 = xor i32 %1527, 32
	%1622 = add i32 %1621, 2048
	%1623 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1622)
	%1624 = extractvalue { i32, i32, i32, i32 } %1623, 0
	%1625 = extractvalue { i32, i32, i32, i32 } %1623, 1
	%1626 = extractvalue { i32, i32, i32, i32 } %1623, 2
	%1627 = extractvalue { i32, i32, i32, i32 } %1623, 3
	%1628 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1624, i32 %1625, float %1557, float %1558, float %1559, float %1560)
	%1629 = extractvalue { float, float, float, float } %1628, 0
	%1630 = extractvalue { float, float, float, float } %1628, 1
	%1631 = extractvalue { float, float, float, float } %1628, 2
	%1632 = extractvalue { float, float, float, float } %1628, 3
	%1633 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1626, i32 %1627, float %1562, float %1563, float %1564, float %1565)
	%1634 = extractvalue { float, float, float, float } %1633, 0
	%1635 = extractvalue { float, float, float, float } %1633, 1
	%1636 = extractvalue { float, float, float, float } %1633, 2
	%1637 = extractvalue { float, float, float, float } %1633, 3
	%1638 = xor i32 %1527, 64
	%1639 = add i32 %1638, 2048
	%1640 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1639)
	%1641 = extractvalue { i32, i32, i32, i32 } %1640, 0
	%1642 = extractvalue { i32, i32, i32, i32 } %1640, 1
	%1643 = extractvalue { i32, i32, i32, i32 } %1640, 2
	%1644 = extractvalue { i32, i32, i32, i32 } %1640, 3
	%1645 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1641, i32 %1642, float %1574, float %1575, float %1576, float %1577)
	%1646 = extractvalue { float, float, float, float } %1645, 0
	%1647 = extractvalue { float, float, float, float } %1645, 1
	%1648 = extractvalue { float, float, float, float } %1645, 2
	%1649 = extractvalue { float, float, float, float } %1645, 3
	%1650 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1643, i32 %1644, float %1579, float %1580, float %1581, float %1582)
	%1651 = extractvalue { float, float, float, float } %1650, 0
	%1652 = extractvalue { float, float, float, float } %1650, 1
	%1653 = extractvalue { float, float, float, float } %1650, 2
	%1654 = extractvalue { float, float, float, float } %1650, 3
	%1655 = xor i32 %1527, 96
	%1656 = add i32 %1655, 2048
	%1657 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1656)
	%1658 = extractvalue { i32, i32, i32, i32 } %1657, 0
	%1659 = extractvalue { i32, i32, i32, i32 } %1657, 1
	%1660 = extractvalue { i32, i32, i32, i32 } %1657, 2
	%1661 = extractvalue { i32, i32, i32, i32 } %1657, 3
	%1662 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1658, i32 %1659, float %1591, float %1592, float %1593, float %1594)
	%1663 = extractvalue { float, float, float, float } %1662, 0
	%1664 = extractvalue { float, float, float, float } %1662, 1
	%1665 = extractvalue { float, float, float, float } %1662, 2
	%1666 = extractvalue { float, float, float, float } %1662, 3
	%1667 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1600, i32 %1601, i32 %1602, i32 %1603, i32 %1660, i32 %1661, float %1596, float %1597, float %1598, float %1599)
	%1668 = extractvalue { float, float, float, float } %1667, 0
	%1669 = extractvalue { float, float, float, float } %1667, 1
	%1670 = extractvalue { float, float, float, float } %1667, 2
	%1671 = extractvalue { float, float, float, float } %1667, 3
	%1672 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1191, float %1189)
	%1673 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1266, float %1264)
	%1674 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1195, float %1193)
	%1675 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1270, float %1268)
	%1676 = xor i32 %1527, 0
	%1677 = add i32 %1676, u0x1000
	%1678 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1677)
	%1679 = extractvalue { i32, i32, i32, i32 } %1678, 0
	%1680 = extractvalue { i32, i32, i32, i32 } %1678, 1
	%1681 = extractvalue { i32, i32, i32, i32 } %1678, 2
	%1682 = extractvalue { i32, i32, i32, i32 } %1678, 3
	%1683 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1679, i32 %1680, float %1612, float %1613, float %1614, float %1615)
	%1684 = extractvalue { float, float, float, float } %1683, 0
	%1685 = extractvalue { float, float, float, float } %1683, 1
	%1686 = extractvalue { float, float, float, float } %1683, 2
	%1687 = extractvalue { float, float, float, float } %1683, 3
	%1688 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1681, i32 %1682, float %1617, float %1618, float %1619, float %1620)
	%1689 = extractvalue { float, float, float, float } %1688, 0
	%1690 = extractvalue { float, float, float, float } %1688, 1
	%1691 = extractvalue { float, float, float, float } %1688, 2
	%1692 = extractvalue { float, float, float, float } %1688, 3
	%1693 = xor i32 %1527, 32
	%1694 = add i32 %1693, u0x1000
	%1695 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1694)
	%1696 = extractvalue { i32, i32, i32, i32 } %1695, 0
	%1697 = extractvalue { i32, i32, i32, i32 } %1695, 1
	%1698 = extractvalue { i32, i32, i32, i32 } %1695, 2
	%1699 = extractvalue { i32, i32, i32, i32 } %1695, 3
	%1700 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1696, i32 %1697, float %1629, float %1630, float %1631, float %1632)
	%1701 = extractvalue { float, float, float, float } %1700, 0
	%1702 = extractvalue { float, float, float, float } %1700, 1
	%1703 = extractvalue { float, float, float, float } %1700, 2
	%1704 = extractvalue { float, float, float, float } %1700, 3
	%1705 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1698, i32 %1699, float %1634, float %1635, float %1636, float %1637)
	%1706 = extractvalue { float, float, float, float } %1705, 0
	%1707 = extractvalue { float, float, float, float } %1705, 1
	%1708 = extractvalue { float, float, float, float } %1705, 2
	%1709 = extractvalue { float, float, float, float } %1705, 3
	%1710 = xor i32 %1527, 64
	%1711 = add i32 %1710, u0x1000
	%1712 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1711)
	%1713 = extractvalue { i32, i32, i32, i32 } %1712, 0
	%1714 = extractvalue { i32, i32, i32, i32 } %1712, 1
	%1715 = extractvalue { i32, i32, i32, i32 } %1712, 2
	%1716 = extractvalue { i32, i32, i32, i32 } %1712, 3
	%1717 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1713, i32 %1714, float %1646, float %1647, float %1648, float %1649)
	%1718 = extractvalue { float, float, float, float } %1717, 0
	%1719 = extractvalue { float, float, float, float } %1717, 1
	%1720 = extractvalue { float, float, float, float } %1717, 2
	%1721 = extractvalue { float, float, float, float } %1717, 3
	%1722 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1715, i32 %1716, float %1651, float %1652, float %1653, float %1654)
	%1723 = extractvalue { float, float, float, float } %1722, 0
	%1724 = extractvalue { float, float, float, float } %1722, 1
	%1725 = extractvalue { float, float, float, float } %1722, 2
	%1726 = extractvalue { float, float, float, float } %1722, 3
	%1727 = xor i32 %1527, 96
	%1728 = add i32 %1727, u0x1000
	%1729 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1728)
	%1730 = extractvalue { i32, i32, i32, i32 } %1729, 0
	%1731 = extractvalue { i32, i32, i32, i32 } %1729, 1
	%1732 = extractvalue { i32, i32, i32, i32 } %1729, 2
	%1733 = extractvalue { i32, i32, i32, i32 } %1729, 3
	%1734 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1730, i32 %1731, float %1663, float %1664, float %1665, float %1666)
	%1735 = extractvalue { float, float, float, float } %1734, 0
	%1736 = extractvalue { float, float, float, float } %1734, 1
	%1737 = extractvalue { float, float, float, float } %1734, 2
	%1738 = extractvalue { float, float, float, float } %1734, 3
	%1739 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1672, i32 %1673, i32 %1674, i32 %1675, i32 %1732, i32 %1733, float %1668, float %1669, float %1670, float %1671)
	%1740 = extractvalue { float, float, float, float } %1739, 0
	%1741 = extractvalue { float, float, float, float } %1739, 1
	%1742 = extractvalue { float, float, float, float } %1739, 2
	%1743 = extractvalue { float, float, float, float } %1739, 3
	%1744 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1199, float %1197)
	%1745 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1274, float %1272)
	%1746 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1203, float %1201)
	%1747 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1278, float %1276)
	%1748 = xor i32 %1527, 0
	%1749 = add i32 %1748, 6144
	%1750 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1749)
	%1751 = extractvalue { i32, i32, i32, i32 } %1750, 0
	%1752 = extractvalue { i32, i32, i32, i32 } %1750, 1
	%1753 = extractvalue { i32, i32, i32, i32 } %1750, 2
	%1754 = extractvalue { i32, i32, i32, i32 } %1750, 3
	%1755 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1751, i32 %1752, float %1684, float %1685, float %1686, float %1687)
	%1756 = extractvalue { float, float, float, float } %1755, 0
	%1757 = extractvalue { float, float, float, float } %1755, 1
	%1758 = extractvalue { float, float, float, float } %1755, 2
	%1759 = extractvalue { float, float, float, float } %1755, 3
	%1760 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1753, i32 %1754, float %1689, float %1690, float %1691, float %1692)
	%1761 = extractvalue { float, float, float, float } %1760, 0
	%1762 = extractvalue { float, float, float, float } %1760, 1
	%1763 = extractvalue { float, float, float, float } %1760, 2
	%1764 = extractvalue { float, float, float, float } %1760, 3
	%1765 = xor i32 %1527, 32
	%1766 = add i32 %1765, 6144
	%1767 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1766)
	%1768 = extractvalue { i32, i32, i32, i32 } %1767, 0
	%1769 = extractvalue { i32, i32, i32, i32 } %1767, 1
	%1770 = extractvalue { i32, i32, i32, i32 } %1767, 2
	%1771 = extractvalue { i32, i32, i32, i32 } %1767, 3
	%1772 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1768, i32 %1769, float %1701, float %1702, float %1703, float %1704)
	%1773 = extractvalue { float, float, float, float } %1772, 0
	%1774 = extractvalue { float, float, float, float } %1772, 1
	%1775 = extractvalue { float, float, float, float } %1772, 2
	%1776 = extractvalue { float, float, float, float } %1772, 3
	%1777 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1770, i32 %1771, float %1706, float %1707, float %1708, float %1709)
	%1778 = extractvalue { float, float, float, float } %1777, 0
	%1779 = extractvalue { float, float, float, float } %1777, 1
	%1780 = extractvalue { float, float, float, float } %1777, 2
	%1781 = extractvalue { float, float, float, float } %1777, 3
	%1782 = xor i32 %1527, 64
	%1783 = add i32 %1782, 6144
	%1784 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1783)
	%1785 = extractvalue { i32, i32, i32, i32 } %1784, 0
	%1786 = extractvalue { i32, i32, i32, i32 } %1784, 1
	%1787 = extractvalue { i32, i32, i32, i32 } %1784, 2
	%1788 = extractvalue { i32, i32, i32, i32 } %1784, 3
	%1789 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1785, i32 %1786, float %1718, float %1719, float %1720, float %1721)
	%1790 = extractvalue { float, float, float, float } %1789, 0
	%1791 = extractvalue { float, float, float, float } %1789, 1
	%1792 = extractvalue { float, float, float, float } %1789, 2
	%1793 = extractvalue { float, float, float, float } %1789, 3
	%1794 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1787, i32 %1788, float %1723, float %1724, float %1725, float %1726)
	%1795 = extractvalue { float, float, float, float } %1794, 0
	%1796 = extractvalue { float, float, float, float } %1794, 1
	%1797 = extractvalue { float, float, float, float } %1794, 2
	%1798 = extractvalue { float, float, float, float } %1794, 3
	%1799 = xor i32 %1527, 96
	%1800 = add i32 %1799, 6144
	%1801 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1800)
	%1802 = extractvalue { i32, i32, i32, i32 } %1801, 0
	%1803 = extractvalue { i32, i32, i32, i32 } %1801, 1
	%1804 = extractvalue { i32, i32, i32, i32 } %1801, 2
	%1805 = extractvalue { i32, i32, i32, i32 } %1801, 3
	%1806 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1802, i32 %1803, float %1735, float %1736, float %1737, float %1738)
	%1807 = extractvalue { float, float, float, float } %1806, 0
	%1808 = extractvalue { float, float, float, float } %1806, 1
	%1809 = extractvalue { float, float, float, float } %1806, 2
	%1810 = extractvalue { float, float, float, float } %1806, 3
	%1811 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1744, i32 %1745, i32 %1746, i32 %1747, i32 %1804, i32 %1805, float %1740, float %1741, float %1742, float %1743)
	%1812 = extractvalue { float, float, float, float } %1811, 0
	%1813 = extractvalue { float, float, float, float } %1811, 1
	%1814 = extractvalue { float, float, float, float } %1811, 2
	%1815 = extractvalue { float, float, float, float } %1811, 3
	br i1 %1422, label %loop, label %epilogue

store0:
	%1816 = mul i32 %10, %M
	%1817 = add i32 %1816, %616
	%1818 = mul i32 %1817, 64
	%1819 = shl i32 %6, 1
	%1820 = add i32 0, %1819
	%1821 = add i32 %1818, %1820
	%1822 = sext i32 %1821 to i64
	%1823 = getelementptr i16, i16* %out, i64 %1822
	%1824 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %618, float %617)
	%1825 = bitcast i16* %1823 to i32*
	store i32 %1824, i32* %1825
	%1826 = shl i32 %6, 1
	%1827 = add i32 8, %1826
	%1828 = add i32 %1818, %1827
	%1829 = sext i32 %1828 to i64
	%1830 = getelementptr i16, i16* %out, i64 %1829
	%1831 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %620, float %619)
	%1832 = bitcast i16* %1830 to i32*
	store i32 %1831, i32* %1832
	%1833 = shl i32 %6, 1
	%1834 = add i32 16, %1833
	%1835 = add i32 %1818, %1834
	%1836 = sext i32 %1835 to i64
	%1837 = getelementptr i16, i16* %out, i64 %1836
	%1838 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %622, float %621)
	%1839 = bitcast i16* %1837 to i32*
	store i32 %1838, i32* %1839
	%1840 = shl i32 %6, 1
	%1841 = add i32 24, %1840
	%1842 = add i32 %1818, %1841
	%1843 = sext i32 %1842 to i64
	%1844 = getelementptr i16, i16* %out, i64 %1843
	%1845 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %624, float %623)
	%1846 = bitcast i16* %1844 to i32*
	store i32 %1845, i32* %1846
	%1847 = shl i32 %6, 1
	%1848 = add i32 32, %1847
	%1849 = add i32 %1818, %1848
	%1850 = sext i32 %1849 to i64
	%1851 = getelementptr i16, i16* %out, i64 %1850
	%1852 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %626, float %625)
	%1853 = bitcast i16* %1851 to i32*
	store i32 %1852, i32* %1853
	%1854 = shl i32 %6, 1
	%1855 = add i32 40, %1854
	%1856 = add i32 %1818, %1855
	%1857 = sext i32 %1856 to i64
	%1858 = getelementptr i16, i16* %out, i64 %1857
	%1859 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %628, float %627)
	%1860 = bitcast i16* %1858 to i32*
	store i32 %1859, i32* %1860
	%1861 = shl i32 %6, 1
	%1862 = add i32 48, %1861
	%1863 = add i32 %1818, %1862
	%1864 = sext i32 %1863 to i64
	%1865 = getelementptr i16, i16* %out, i64 %1864
	%1866 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %630, float %629)
	%1867 = bitcast i16* %1865 to i32*
	store i32 %1866, i32* %1867
	%1868 = shl i32 %6, 1
	%1869 = add i32 56, %1868
	%1870 = add i32 %1818, %1869
	%1871 = sext i32 %1870 to i64
	%1872 = getelementptr i16, i16* %out, i64 %1871
	%1873 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %632, float %631)
	%1874 = bitcast i16* %1872 to i32*
	store i32 %1873, i32* %1874
	br label %stored0

stored0:
	%1875 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %572, i32 1, i32 31)
	%1876 = fadd float %572, %1875
	%1877 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1876, i32 2, i32 31)
	%1878 = fadd float %1876, %1877
	%1879 = fcmp ogt float %1878, 0.0
	%1880 = fdiv float 1.0, %1878
	%1881 = select i1 %1879, float %1880, float 0.0
	%1882 = mul i32 %3, 16
	%1883 = add i32 %12, %1882
	%1884 = add i32 %5, 8
	%1885 = add i32 %1883, %1884
	%1886 = fmul float %576, %1881
	%1887 = fmul float %577, %1881
	%1888 = fmul float %580, %1881
	%1889 = fmul float %581, %1881
	%1890 = fmul float %584, %1881
	%1891 = fmul float %585, %1881
	%1892 = fmul float %588, %1881
	%1893 = fmul float %589, %1881
	%1894 = fmul float %592, %1881
	%1895 = fmul float %593, %1881
	%1896 = fmul float %596, %1881
	%1897 = fmul float %597, %1881
	%1898 = fmul float %600, %1881
	%1899 = fmul float %601, %1881
	%1900 = fmul float %604, %1881
	%1901 = fmul float %605, %1881
	%1902 = icmp slt i32 %1885, %M
	br i1 %1902, label %store1, label %stored1

store1:
	%1903 = mul i32 %10, %M
	%1904 = add i32 %1903, %1885
	%1905 = mul i32 %1904, 64
	%1906 = shl i32 %6, 1
	%1907 = add i32 0, %1906
	%1908 = add i32 %1905, %1907
	%1909 = sext i32 %1908 to i64
	%1910 = getelementptr i16, i16* %out, i64 %1909
	%1911 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1887, float %1886)
	%1912 = bitcast i16* %1910 to i32*
	store i32 %1911, i32* %1912
	%1913 = shl i32 %6, 1
	%1914 = add i32 8, %1913
	%1915 = add i32 %1905, %1914
	%1916 = sext i32 %1915 to i64
	%1917 = getelementptr i16, i16* %out, i64 %1916
	%1918 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1889, float %1888)
	%1919 = bitcast i16* %1917 to i32*
	store i32 %1918, i32* %1919
	%1920 = shl i32 %6, 1
	%1921 = add i32 16, %1920
	%1922 = add i32 %1905, %1921
	%1923 = sext i32 %1922 to i64
	%1924 = getelementptr i16, i16* %out, i64 %1923
	%1925 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1891, float %1890)
	%1926 = bitcast i16* %1924 to i32*
	store i32 %1925, i32* %1926
	%1927 = shl i32 %6, 1
	%1928 = add i32 24, %1927
	%1929 = add i32 %1905, %1928
	%1930 = sext i32 %1929 to i64
	%1931 = getelementptr i16, i16* %out, i64 %1930
	%1932 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1893, float %1892)
	%1933 = bitcast i16* %1931 to i32*
	store i32 %1932, i32* %1933
	%1934 = shl i32 %6, 1
	%1935 = add i32 32, %1934
	%1936 = add i32 %1905, %1935
	%1937 = sext i32 %1936 to i64
	%1938 = getelementptr i16, i16* %out, i64 %1937
	%1939 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1895, float %1894)
	%1940 = bitcast i16* %1938 to i32*
	store i32 %1939, i32* %1940
	%1941 = shl i32 %6, 1
	%1942 = add i32 40, %1941
	%1943 = add i32 %1905, %1942
	%1944 = sext i32 %1943 to i64
	%1945 = getelementptr i16, i16* %out, i64 %1944
	%1946 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1897, float %1896)
	%1947 = bitcast i16* %1945 to i32*
	store i32 %1946, i32* %1947
	%1948 = shl i32 %6, 1
	%1949 = add i32 48, %1948
	%1950 = add i32 %1905, %1949
	%1951 = sext i32 %1950 to i64
	%1952 = getelementptr i16, i16* %out, i64 %1951
	%1953 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1899, float %1898)
	%1954 = bitcast i16* %1952 to i32*
	store i32 %1953, i32* %1954
	%1955 = shl i32 %6, 1
	%1956 = add i32 56, %1955
	%1957 = add i32 %1905, %1956
	%1958 = sext i32 %1957 to i64
	%1959 = getelementptr i16, i16* %out, i64 %1958
	%1960 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1901, float %1900)
	%1961 = bitcast i16* %1959 to i32*
	store i32 %1960, i32* %1961
	br label %stored1

stored1:
	%1962 = icmp eq i32 %2, 0
	br i1 %1962, label %1963, label %1968

1963:
	%1964 = mul i32 %10, %NQ
	%1965 = add i32 %1964, %9
	%1966 = sext i32 %1965 to i64
	%1967 = getelementptr i32, i32* %visits, i64 %1966
	store i32 %573, i32* %1967
	br label %1968

1968:
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
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"maxntidx", i32 128}
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"minctasm", i32 3}
