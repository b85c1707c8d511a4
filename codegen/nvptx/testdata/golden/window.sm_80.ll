; window
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@window_attn0_smem = internal addrspace(3) global [16384 x i8] undef, align 1024

define ptx_kernel void @window_attn0(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @window_attn0_smem to i32
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
	%34 = add i32 %29, 0
	%35 = sext i32 %34 to i64
	%36 = getelementptr i32, i32* %list, i64 %35
	%37 = load i32, i32* %36
	%38 = icmp sgt i32 %NK, 0
	%39 = icmp sge i32 %37, 0
	%40 = and i1 %38, %39
	%41 = lshr i32 %2, 3
	%42 = and i32 %2, 7
	%43 = and i32 %41, 7
	%44 = xor i32 %42, %43
	%45 = mul i32 %41, 8
	%46 = add i32 %45, %44
	%47 = shl i32 %46, 4
	%48 = add i32 %0, %47
	%49 = add i32 %12, %41
	%50 = mul i32 %49, 64
	%51 = mul i32 %42, 8
	%52 = add i32 %50, %51
	%53 = sext i32 %52 to i64
	%54 = getelementptr i16, i16* %16, i64 %53
	%55 = add i32 %49, 0
	%56 = icmp slt i32 %55, %M
	%57 = getelementptr i16, i16* %54, i64 0
	%58 = select i1 %56, i16* %57, i16* %16
	%59 = add i32 %48, 0
	%60 = select i1 %56, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %59, i16* %58, i32 %60)
	%61 = add i32 %49, 16
	%62 = icmp slt i32 %61, %M
	%63 = getelementptr i16, i16* %54, i64 1024
	%64 = select i1 %62, i16* %63, i16* %16
	%65 = add i32 %48, 2048
	%66 = select i1 %62, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %65, i16* %64, i32 %66)
	%67 = add i32 %49, 32
	%68 = icmp slt i32 %67, %M
	%69 = getelementptr i16, i16* %54, i64 2048
	%70 = select i1 %68, i16* %69, i16* %16
	%71 = add i32 %48, u0x1000
	%72 = select i1 %68, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %71, i16* %70, i32 %72)
	%73 = add i32 %49, 48
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %54, i64 3072
	%76 = select i1 %74, i16* %75, i16* %16
	%77 = add i32 %48, 6144
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %40, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%79 = and i32 %4, 7
	%80 = lshr i32 %4, 3
	%81 = and i32 %80, 1
	%82 = shl i32 %81, 3
	%83 = add i32 %79, %82
	%84 = lshr i32 %4, 4
	%85 = mul i32 %3, 16
	%86 = add i32 %83, 0
	%87 = add i32 %85, %86
	%88 = mul i32 %87, 128
	%89 = add i32 %0, %88
	%90 = and i32 %4, 7
	%91 = xor i32 %84, %90
	%92 = shl i32 %91, 4
	%93 = add i32 %89, %92
	%94 = xor i32 %93, 0
	%95 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %94)
	%96 = extractvalue { i32, i32, i32, i32 } %95, 0
	%97 = extractvalue { i32, i32, i32, i32 } %95, 1
	%98 = extractvalue { i32, i32, i32, i32 } %95, 2
	%99 = extractvalue { i32, i32, i32, i32 } %95, 3
	%100 = xor i32 %93, 32
	%101 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %100)
	%102 = extractvalue { i32, i32, i32, i32 } %101, 0
	%103 = extractvalue { i32, i32, i32, i32 } %101, 1
	%104 = extractvalue { i32, i32, i32, i32 } %101, 2
	%105 = extractvalue { i32, i32, i32, i32 } %101, 3
	%106 = xor i32 %93, 64
	%107 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %106)
	%108 = extractvalue { i32, i32, i32, i32 } %107, 0
	%109 = extractvalue { i32, i32, i32, i32 } %107, 1
	%110 = extractvalue { i32, i32, i32, i32 } %107, 2
	%111 = extractvalue { i32, i32, i32, i32 } %107, 3
	%112 = xor i32 %93, 96
	%113 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %112)
	%114 = extractvalue { i32, i32, i32, i32 } %113, 0
	%115 = extractvalue { i32, i32, i32, i32 } %113, 1
	%116 = extractvalue { i32, i32, i32, i32 } %113, 2
	%117 = extractvalue { i32, i32, i32, i32 } %113, 3
	call void @llvm.nvvm.barrier0()
	%118 = mul i32 %37, 64
	%119 = lshr i32 %2, 3
	%120 = and i32 %2, 7
	%121 = and i32 %119, 7
	%122 = xor i32 %120, %121
	%123 = mul i32 %119, 8
	%124 = add i32 %123, %122
	%125 = shl i32 %124, 4
	%126 = add i32 %0, %125
	%127 = add i32 %118, %119
	%128 = mul i32 %127, 64
	%129 = mul i32 %120, 8
	%130 = add i32 %128, %129
	%131 = sext i32 %130 to i64
	%132 = getelementptr i16, i16* %20, i64 %131
	%133 = add i32 %127, 0
	%134 = icmp slt i32 %133, %N
	%135 = getelementptr i16, i16* %132, i64 0
	%136 = select i1 %134, i16* %135, i16* %20
	%137 = add i32 %126, 0
	%138 = select i1 %134, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %137, i16* %136, i32 %138)
	%139 = add i32 %127, 16
	%140 = icmp slt i32 %139, %N
	%141 = getelementptr i16, i16* %132, i64 1024
	%142 = select i1 %140, i16* %141, i16* %20
	%143 = add i32 %126, 2048
	%144 = select i1 %140, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %143, i16* %142, i32 %144)
	%145 = add i32 %127, 32
	%146 = icmp slt i32 %145, %N
	%147 = getelementptr i16, i16* %132, i64 2048
	%148 = select i1 %146, i16* %147, i16* %20
	%149 = add i32 %126, u0x1000
	%150 = select i1 %146, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %149, i16* %148, i32 %150)
	%151 = add i32 %127, 48
	%152 = icmp slt i32 %151, %N
	%153 = getelementptr i16, i16* %132, i64 3072
	%154 = select i1 %152, i16* %153, i16* %20
	%155 = add i32 %126, 6144
	%156 = select i1 %152, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %155, i16* %154, i32 %156)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%157 = phi i32 [ 0, %prologue ], [ %234, %1554 ]
	%158 = phi i32 [ %37, %prologue ], [ %241, %1554 ]
	%159 = phi float [ 0.0, %prologue ], [ %1932, %1554 ]
	%160 = phi float [ 0.0, %prologue ], [ %1933, %1554 ]
	%161 = phi float [ 0.0, %prologue ], [ %1934, %1554 ]
	%162 = phi float [ 0.0, %prologue ], [ %1935, %1554 ]
	%163 = phi float [ 0.0, %prologue ], [ %1937, %1554 ]
	%164 = phi float [ 0.0, %prologue ], [ %1938, %1554 ]
	%165 = phi float [ 0.0, %prologue ], [ %1939, %1554 ]
	%166 = phi float [ 0.0, %prologue ], [ %1940, %1554 ]
	%167 = phi float [ 0.0, %prologue ], [ %1949, %1554 ]
	%168 = phi float [ 0.0, %prologue ], [ %1950, %1554 ]
	%169 = phi float [ 0.0, %prologue ], [ %1951, %1554 ]
	%170 = phi float [ 0.0, %prologue ], [ %1952, %1554 ]
	%171 = phi float [ 0.0, %prologue ], [ %1954, %1554 ]
	%172 = phi float [ 0.0, %prologue ], [ %1955, %1554 ]
	%173 = phi float [ 0.0, %prologue ], [ %1956, %1554 ]
	%174 = phi float [ 0.0, %prologue ], [ %1957, %1554 ]
	%175 = phi float [ 0.0, %prologue ], [ %1966, %1554 ]
	%176 = phi float [ 0.0, %prologue ], [ %1967, %1554 ]
	%177 = phi float [ 0.0, %prologue ], [ %1968, %1554 ]
	%178 = phi float [ 0.0, %prologue ], [ %1969, %1554 ]
	%179 = phi float [ 0.0, %prologue ], [ %1971, %1554 ]
	%180 = phi float [ 0.0, %prologue ], [ %1972, %1554 ]
	%181 = phi float [ 0.0, %prologue ], [ %1973, %1554 ]
	%182 = phi float [ 0.0, %prologue ], [ %1974, %1554 ]
	%183 = phi float [ 0.0, %prologue ], [ %1983, %1554 ]
	%184 = phi float [ 0.0, %prologue ], [ %1984, %1554 ]
	%185 = phi float [ 0.0, %prologue ], [ %1985, %1554 ]
	%186 = phi float [ 0.0, %prologue ], [ %1986, %1554 ]
	%187 = phi float [ 0.0, %prologue ], [ %1988, %1554 ]
	%188 = phi float [ 0.0, %prologue ], [ %1989, %1554 ]
	%189 = phi float [ 0.0, %prologue ], [ %1990, %1554 ]
	%190 = phi float [ 0.0, %prologue ], [ %1991, %1554 ]
	%191 = phi float [ 0xFFF0000000000000, %prologue ], [ %1589, %1554 ]
	%192 = phi float [ 0.0, %prologue ], [ %1640, %1554 ]
	%193 = phi float [ 0xFFF0000000000000, %prologue ], [ %1641, %1554 ]
	%194 = phi float [ 0.0, %prologue ], [ %1692, %1554 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%195 = mul i32 %158, 64
	%196 = lshr i32 %2, 3
	%197 = and i32 %2, 7
	%198 = and i32 %196, 7
	%199 = xor i32 %197, %198
	%200 = mul i32 %196, 8
	%201 = add i32 %200, %199
	%202 = shl i32 %201, 4
	%203 = add i32 %1, %202
	%204 = add i32 %195, %196
	%205 = mul i32 %204, 64
	%206 = mul i32 %197, 8
	%207 = add i32 %205, %206
	%208 = sext i32 %207 to i64
	%209 = getelementptr i16, i16* %24, i64 %208
	%210 = add i32 %204, 0
	%211 = icmp slt i32 %210, %N
	%212 = getelementptr i16, i16* %209, i64 0
	%213 = select i1 %211, i16* %212, i16* %24
	%214 = add i32 %203, 0
	%215 = select i1 %211, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %214, i16* %213, i32 %215)
	%216 = add i32 %204, 16
	%217 = icmp slt i32 %216, %N
	%218 = getelementptr i16, i16* %209, i64 1024
	%219 = select i1 %217, i16* %218, i16* %24
	%220 = add i32 %203, 2048
	%221 = select i1 %217, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %220, i16* %219, i32 %221)
	%222 = add i32 %204, 32
	%223 = icmp slt i32 %222, %N
	%224 = getelementptr i16, i16* %209, i64 2048
	%225 = select i1 %223, i16* %224, i16* %24
	%226 = add i32 %203, u0x1000
	%227 = select i1 %223, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %226, i16* %225, i32 %227)
	%228 = add i32 %204, 48
	%229 = icmp slt i32 %228, %N
	%230 = getelementptr i16, i16* %209, i64 3072
	%231 = select i1 %229, i16* %230, i16* %24
	%232 = add i32 %203, 6144
	%233 = select i1 %229, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %232, i16* %231, i32 %233)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%234 = add i32 %157, 1
	%235 = icmp slt i32 %234, %NK
	%236 = select i1 %235, i32 %234, i32 0
	%237 = add i32 %29, %236
	%238 = sext i32 %237 to i64
	%239 = getelementptr i32, i32* %list, i64 %238
	%240 = load i32, i32* %239
	%241 = select i1 %235, i32 %240, i32 -1
	%242 = icmp sge i32 %241, 0
	%243 = and i32 %4, 7
	%244 = shl i32 %84, 3
	%245 = add i32 %243, %244
	%246 = lshr i32 %4, 3
	%247 = and i32 %246, 1
	%248 = mul i32 %245, 128
	%249 = add i32 %0, %248
	%250 = and i32 %4, 7
	%251 = xor i32 %247, %250
	%252 = shl i32 %251, 4
	%253 = add i32 %249, %252
	%254 = xor i32 %253, 0
	%255 = add i32 %254, 0
	%256 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %255)
	%257 = extractvalue { i32, i32, i32, i32 } %256, 0
	%258 = extractvalue { i32, i32, i32, i32 } %256, 1
	%259 = extractvalue { i32, i32, i32, i32 } %256, 2
	%260 = extractvalue { i32, i32, i32, i32 } %256, 3
	%261 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %257, i32 %258, float 0.0, float 0.0, float 0.0, float 0.0)
	%262 = extractvalue { float, float, float, float } %261, 0
	%263 = extractvalue { float, float, float, float } %261, 1
	%264 = extractvalue { float, float, float, float } %261, 2
	%265 = extractvalue { float, float, float, float } %261, 3
	%266 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %259, i32 %260, float 0.0, float 0.0, float 0.0, float 0.0)
	%267 = extractvalue { float, float, float, float } %266, 0
	%268 = extractvalue { float, float, float, float } %266, 1
	%269 = extractvalue { float, float, float, float } %266, 2
	%270 = extractvalue { float, float, float, float } %266, 3
	%271 = add i32 %254, 2048
	%272 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %271)
	%273 = extractvalue { i32, i32, i32, i32 } %272, 0
	%274 = extractvalue { i32, i32, i32, i32 } %272, 1
	%275 = extractvalue { i32, i32, i32, i32 } %272, 2
	%276 = extractvalue { i32, i32, i32, i32 } %272, 3
	%277 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %273, i32 %274, float 0.0, float 0.0, float 0.0, float 0.0)
	%278 = extractvalue { float, float, float, float } %277, 0
	%279 = extractvalue { float, float, float, float } %277, 1
	%280 = extractvalue { float, float, float, float } %277, 2
	%281 = extractvalue { float, float, float, float } %277, 3
	%282 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %275, i32 %276, float 0.0, float 0.0, float 0.0, float 0.0)
	%283 = extractvalue { float, float, float, float } %282, 0
	%284 = extractvalue { float, float, float, float } %282, 1
	%285 = extractvalue { float, float, float, float } %282, 2
	%286 = extractvalue { float, float, float, float } %282, 3
	%287 = add i32 %254, u0x1000
	%288 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %287)
	%289 = extractvalue { i32, i32, i32, i32 } %288, 0
	%290 = extractvalue { i32, i32, i32, i32 } %288, 1
	%291 = extractvalue { i32, i32, i32, i32 } %288, 2
	%292 = extractvalue { i32, i32, i32, i32 } %288, 3
	%293 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %289, i32 %290, float 0.0, float 0.0, float 0.0, float 0.0)
	%294 = extractvalue { float, float, float, float } %293, 0
	%295 = extractvalue { float, float, float, float } %293, 1
	%296 = extractvalue { float, float, float, float } %293, 2
	%297 = extractvalue { float, float, float, float } %293, 3
	%298 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %291, i32 %292, float 0.0, float 0.0, float 0.0, float 0.0)
	%299 = extractvalue { float, float, float, float } %298, 0
	%300 = extractvalue { float, float, float, float } %298, 1
	%301 = extractvalue { float, float, float, float } %298, 2
	%302 = extractvalue { float, float, float, float } %298, 3
	%303 = add i32 %254, 6144
	%304 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %303)
	%305 = extractvalue { i32, i32, i32, i32 } %304, 0
	%306 = extractvalue { i32, i32, i32, i32 } %304, 1
	%307 = extractvalue { i32, i32, i32, i32 } %304, 2
	%308 = extractvalue { i32, i32, i32, i32 } %304, 3
	%309 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %305, i32 %306, float 0.0, float 0.0, float 0.0, float 0.0)
	%310 = extractvalue { float, float, float, float } %309, 0
	%311 = extractvalue { float, float, float, float } %309, 1
	%312 = extractvalue { float, float, float, float } %309, 2
	%313 = extractvalue { float, float, float, float } %309, 3
	%314 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %307, i32 %308, float 0.0, float 0.0, float 0.0, float 0.0)
	%315 = extractvalue { float, float, float, float } %314, 0
	%316 = extractvalue { float, float, float, float } %314, 1
	%317 = extractvalue { float, float, float, float } %314, 2
	%318 = extractvalue { float, float, float, float } %314, 3
	%319 = xor i32 %253, 32
	%320 = add i32 %319, 0
	%321 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %320)
	%322 = extractvalue { i32, i32, i32, i32 } %321, 0
	%323 = extractvalue { i32, i32, i32, i32 } %321, 1
	%324 = extractvalue { i32, i32, i32, i32 } %321, 2
	%325 = extractvalue { i32, i32, i32, i32 } %321, 3
	%326 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %322, i32 %323, float %262, float %263, float %264, float %265)
	%327 = extractvalue { float, float, float, float } %326, 0
	%328 = extractvalue { float, float, float, float } %326, 1
	%329 = extractvalue { float, float, float, float } %326, 2
	%330 = extractvalue { float, float, float, float } %326, 3
	%331 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %324, i32 %325, float %267, float %268, float %269, float %270)
	%332 = extractvalue { float, float, float, float } %331, 0
	%333 = extractvalue { float, float, float, float } %331, 1
	%334 = extractvalue { float, float, float, float } %331, 2
	%335 = extractvalue { float, float, float, float } %331, 3
	%336 = add i32 %319, 2048
	%337 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %336)
	%338 = extractvalue { i32, i32, i32, i32 } %337, 0
	%339 = extractvalue { i32, i32, i32, i32 } %337, 1
	%340 = extractvalue { i32, i32, i32, i32 } %337, 2
	%341 = extractvalue { i32, i32, i32, i32 } %337, 3
	%342 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %338, i32 %339, float %278, float %279, float %280, float %281)
	%343 = extractvalue { float, float, float, float } %342, 0
	%344 = extractvalue { float, float, float, float } %342, 1
	%345 = extractvalue { float, float, float, float } %342, 2
	%346 = extractvalue { float, float, float, float } %342, 3
	%347 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %340, i32 %341, float %283, float %284, float %285, float %286)
	%348 = extractvalue { float, float, float, float } %347, 0
	%349 = extractvalue { float, float, float, float } %347, 1
	%350 = extractvalue { float, float, float, float } %347, 2
	%351 = extractvalue { float, float, float, float } %347, 3
	%352 = add i32 %319, u0x1000
	%353 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %352)
	%354 = extractvalue { i32, i32, i32, i32 } %353, 0
	%355 = extractvalue { i32, i32, i32, i32 } %353, 1
	%356 = extractvalue { i32, i32, i32, i32 } %353, 2
	%357 = extractvalue { i32, i32, i32, i32 } %353, 3
	%358 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %354, i32 %355, float %294, float %295, float %296, float %297)
	%359 = extractvalue { float, float, float, float } %358, 0
	%360 = extractvalue { float, float, float, float } %358, 1
	%361 = extractvalue { float, float, float, float } %358, 2
	%362 = extractvalue { float, float, float, float } %358, 3
	%363 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %356, i32 %357, float %299, float %300, float %301, float %302)
	%364 = extractvalue { float, float, float, float } %363, 0
	%365 = extractvalue { float, float, float, float } %363, 1
	%366 = extractvalue { float, float, float, float } %363, 2
	%367 = extractvalue { float, float, float, float } %363, 3
	%368 = add i32 %319, 6144
	%369 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %368)
	%370 = extractvalue { i32, i32, i32, i32 } %369, 0
	%371 = extractvalue { i32, i32, i32, i32 } %369, 1
	%372 = extractvalue { i32, i32, i32, i32 } %369, 2
	%373 = extractvalue { i32, i32, i32, i32 } %369, 3
	%374 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %370, i32 %371, float %310, float %311, float %312, float %313)
	%375 = extractvalue { float, float, float, float } %374, 0
	%376 = extractvalue { float, float, float, float } %374, 1
	%377 = extractvalue { float, float, float, float } %374, 2
	%378 = extractvalue { float, float, float, float } %374, 3
	%379 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %372, i32 %373, float %315, float %316, float %317, float %318)
	%380 = extractvalue { float, float, float, float } %379, 0
	%381 = extractvalue { float, float, float, float } %379, 1
	%382 = extractvalue { float, float, float, float } %379, 2
	%383 = extractvalue { float, float, float, float } %379, 3
	%384 = xor i32 %253, 64
	%385 = add i32 %384, 0
	%386 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %385)
	%387 = extractvalue { i32, i32, i32, i32 } %386, 0
	%388 = extractvalue { i32, i32, i32, i32 } %386, 1
	%389 = extractvalue { i32, i32, i32, i32 } %386, 2
	%390 = extractvalue { i32, i32, i32, i32 } %386, 3
	%391 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %387, i32 %388, float %327, float %328, float %329, float %330)
	%392 = extractvalue { float, float, float, float } %391, 0
	%393 = extractvalue { float, float, float, float } %391, 1
	%394 = extractvalue { float, float, float, float } %391, 2
	%395 = extractvalue { float, float, float, float } %391, 3
	%396 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %389, i32 %390, float %332, float %333, float %334, float %335)
	%397 = extractvalue { float, float, float, float } %396, 0
	%398 = extractvalue { float, float, float, float } %396, 1
	%399 = extractvalue { float, float, float, float } %396, 2
	%400 = extractvalue { float, float, float, float } %396, 3
	%401 = add i32 %384, 2048
	%402 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %401)
	%403 = extractvalue { i32, i32, i32, i32 } %402, 0
	%404 = extractvalue { i32, i32, i32, i32 } %402, 1
	%405 = extractvalue { i32, i32, i32, i32 } %402, 2
	%406 = extractvalue { i32, i32, i32, i32 } %402, 3
	%407 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %403, i32 %404, float %343, float %344, float %345, float %346)
	%408 = extractvalue { float, float, float, float } %407, 0
	%409 = extractvalue { float, float, float, float } %407, 1
	%410 = extractvalue { float, float, float, float } %407, 2
	%411 = extractvalue { float, float, float, float } %407, 3
	%412 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %405, i32 %406, float %348, float %349, float %350, float %351)
	%413 = extractvalue { float, float, float, float } %412, 0
	%414 = extractvalue { float, float, float, float } %412, 1
	%415 = extractvalue { float, float, float, float } %412, 2
	%416 = extractvalue { float, float, float, float } %412, 3
	%417 = add i32 %384, u0x1000
	%418 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %417)
	%419 = extractvalue { i32, i32, i32, i32 } %418, 0
	%420 = extractvalue { i32, i32, i32, i32 } %418, 1
	%421 = extractvalue { i32, i32, i32, i32 } %418, 2
	%422 = extractvalue { i32, i32, i32, i32 } %418, 3
	%423 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %419, i32 %420, float %359, float %360, float %361, float %362)
	%424 = extractvalue { float, float, float, float } %423, 0
	%425 = extractvalue { float, float, float, float } %423, 1
	%426 = extractvalue { float, float, float, float } %423, 2
	%427 = extractvalue { float, float, float, float } %423, 3
	%428 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %421, i32 %422, float %364, float %365, float %366, float %367)
	%429 = extractvalue { float, float, float, float } %428, 0
	%430 = extractvalue { float, float, float, float } %428, 1
	%431 = extractvalue { float, float, float, float } %428, 2
	%432 = extractvalue { float, float, float, float } %428, 3
	%433 = add i32 %384, 6144
	%434 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %433)
	%435 = extractvalue { i32, i32, i32, i32 } %434, 0
	%436 = extractvalue { i32, i32, i32, i32 } %434, 1
	%437 = extractvalue { i32, i32, i32, i32 } %434, 2
	%438 = extractvalue { i32, i32, i32, i32 } %434, 3
	%439 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %435, i32 %436, float %375, float %376, float %377, float %378)
	%440 = extractvalue { float, float, float, float } %439, 0
	%441 = extractvalue { float, float, float, float } %439, 1
	%442 = extractvalue { float, float, float, float } %439, 2
	%443 = extractvalue { float, float, float, float } %439, 3
	%444 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %437, i32 %438, float %380, float %381, float %382, float %383)
	%445 = extractvalue { float, float, float, float } %444, 0
	%446 = extractvalue { float, float, float, float } %444, 1
	%447 = extractvalue { float, float, float, float } %444, 2
	%448 = extractvalue { float, float, float, float } %444, 3
	%449 = xor i32 %253, 96
	%450 = add i32 %449, 0
	%451 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %450)
	%452 = extractvalue { i32, i32, i32, i32 } %451, 0
	%453 = extractvalue { i32, i32, i32, i32 } %451, 1
	%454 = extractvalue { i32, i32, i32, i32 } %451, 2
	%455 = extractvalue { i32, i32, i32, i32 } %451, 3
	%456 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %452, i32 %453, float %392, float %393, float %394, float %395)
	%457 = extractvalue { float, float, float, float } %456, 0
	%458 = extractvalue { float, float, float, float } %456, 1
	%459 = extractvalue { float, float, float, float } %456, 2
	%460 = extractvalue { float, float, float, float } %456, 3
	%461 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %454, i32 %455, float %397, float %398, float %399, float %400)
	%462 = extractvalue { float, float, float, float } %461, 0
	%463 = extractvalue { float, float, float, float } %461, 1
	%464 = extractvalue { float, float, float, float } %461, 2
	%465 = extractvalue { float, float, float, float } %461, 3
	%466 = add i32 %449, 2048
	%467 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %466)
	%468 = extractvalue { i32, i32, i32, i32 } %467, 0
	%469 = extractvalue { i32, i32, i32, i32 } %467, 1
	%470 = extractvalue { i32, i32, i32, i32 } %467, 2
	%471 = extractvalue { i32, i32, i32, i32 } %467, 3
	%472 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %468, i32 %469, float %408, float %409, float %410, float %411)
	%473 = extractvalue { float, float, float, float } %472, 0
	%474 = extractvalue { float, float, float, float } %472, 1
	%475 = extractvalue { float, float, float, float } %472, 2
	%476 = extractvalue { float, float, float, float } %472, 3
	%477 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %470, i32 %471, float %413, float %414, float %415, float %416)
	%478 = extractvalue { float, float, float, float } %477, 0
	%479 = extractvalue { float, float, float, float } %477, 1
	%480 = extractvalue { float, float, float, float } %477, 2
	%481 = extractvalue { float, float, float, float } %477, 3
	%482 = add i32 %449, u0x1000
	%483 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %482)
	%484 = extractvalue { i32, i32, i32, i32 } %483, 0
	%485 = extractvalue { i32, i32, i32, i32 } %483, 1
	%486 = extractvalue { i32, i32, i32, i32 } %483, 2
	%487 = extractvalue { i32, i32, i32, i32 } %483, 3
	%488 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %484, i32 %485, float %424, float %425, float %426, float %427)
	%489 = extractvalue { float, float, float, float } %488, 0
	%490 = extractvalue { float, float, float, float } %488, 1
	%491 = extractvalue { float, float, float, float } %488, 2
	%492 = extractvalue { float, float, float, float } %488, 3
	%493 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %486, i32 %487, float %429, float %430, float %431, float %432)
	%494 = extractvalue { float, float, float, float } %493, 0
	%495 = extractvalue { float, float, float, float } %493, 1
	%496 = extractvalue { float, float, float, float } %493, 2
	%497 = extractvalue { float, float, float, float } %493, 3
	%498 = add i32 %449, 6144
	%499 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %498)
	%500 = extractvalue { i32, i32, i32, i32 } %499, 0
	%501 = extractvalue { i32, i32, i32, i32 } %499, 1
	%502 = extractvalue { i32, i32, i32, i32 } %499, 2
	%503 = extractvalue { i32, i32, i32, i32 } %499, 3
	%504 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %500, i32 %501, float %440, float %441, float %442, float %443)
	%505 = extractvalue { float, float, float, float } %504, 0
	%506 = extractvalue { float, float, float, float } %504, 1
	%507 = extractvalue { float, float, float, float } %504, 2
	%508 = extractvalue { float, float, float, float } %504, 3
	%509 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %502, i32 %503, float %445, float %446, float %447, float %448)
	%510 = extractvalue { float, float, float, float } %509, 0
	%511 = extractvalue { float, float, float, float } %509, 1
	%512 = extractvalue { float, float, float, float } %509, 2
	%513 = extractvalue { float, float, float, float } %509, 3
	call void @llvm.nvvm.barrier0()
	br i1 %242, label %prefetch, label %prefetched

epilogue:
	%514 = phi float [ 0.0, %entry ], [ %1640, %1554 ]
	%515 = phi float [ 0.0, %entry ], [ %1692, %1554 ]
	%516 = phi i32 [ 0, %entry ], [ %234, %1554 ]
	%517 = phi float [ 0.0, %entry ], [ %1932, %1554 ]
	%518 = phi float [ 0.0, %entry ], [ %1933, %1554 ]
	%519 = phi float [ 0.0, %entry ], [ %1934, %1554 ]
	%520 = phi float [ 0.0, %entry ], [ %1935, %1554 ]
	%521 = phi float [ 0.0, %entry ], [ %1937, %1554 ]
	%522 = phi float [ 0.0, %entry ], [ %1938, %1554 ]
	%523 = phi float [ 0.0, %entry ], [ %1939, %1554 ]
	%524 = phi float [ 0.0, %entry ], [ %1940, %1554 ]
	%525 = phi float [ 0.0, %entry ], [ %1949, %1554 ]
	%526 = phi float [ 0.0, %entry ], [ %1950, %1554 ]
	%527 = phi float [ 0.0, %entry ], [ %1951, %1554 ]
	%528 = phi float [ 0.0, %entry ], [ %1952, %1554 ]
	%529 = phi float [ 0.0, %entry ], [ %1954, %1554 ]
	%530 = phi float [ 0.0, %entry ], [ %1955, %1554 ]
	%531 = phi float [ 0.0, %entry ], [ %1956, %1554 ]
	%532 = phi float [ 0.0, %entry ], [ %1957, %1554 ]
	%533 = phi float [ 0.0, %entry ], [ %1966, %1554 ]
	%534 = phi float [ 0.0, %entry ], [ %1967, %1554 ]
	%535 = phi float [ 0.0, %entry ], [ %1968, %1554 ]
	%536 = phi float [ 0.0, %entry ], [ %1969, %1554 ]
	%537 = phi float [ 0.0, %entry ], [ %1971, %1554 ]
	%538 = phi float [ 0.0, %entry ], [ %1972, %1554 ]
	%539 = phi float [ 0.0, %entry ], [ %1973, %1554 ]
	%540 = phi float [ 0.0, %entry ], [ %1974, %1554 ]
	%541 = phi float [ 0.0, %entry ], [ %1983, %1554 ]
	%542 = phi float [ 0.0, %entry ], [ %1984, %1554 ]
	%543 = phi float [ 0.0, %entry ], [ %1985, %1554 ]
	%544 = phi float [ 0.0, %entry ], [ %1986, %1554 ]
	%545 = phi float [ 0.0, %entry ], [ %1988, %1554 ]
	%546 = phi float [ 0.0, %entry ], [ %1989, %1554 ]
	%547 = phi float [ 0.0, %entry ], [ %1990, %1554 ]
	%548 = phi float [ 0.0, %entry ], [ %1991, %1554 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	%549 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %514, i32 1, i32 31)
	%550 = fadd float %514, %549
	%551 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %550, i32 2, i32 31)
	%552 = fadd float %550, %551
	%553 = fcmp ogt float %552, 0.0
	%554 = fdiv float 1.0, %552
	%555 = select i1 %553, float %554, float 0.0
	%556 = mul i32 %3, 16
	%557 = add i32 %12, %556
	%558 = add i32 %5, 0
	%559 = add i32 %557, %558
	%560 = fmul float %517, %555
	%561 = fmul float %518, %555
	%562 = fmul float %521, %555
	%563 = fmul float %522, %555
	%564 = fmul float %525, %555
	%565 = fmul float %526, %555
	%566 = fmul float %529, %555
	%567 = fmul float %530, %555
	%568 = fmul float %533, %555
	%569 = fmul float %534, %555
	%570 = fmul float %537, %555
	%571 = fmul float %538, %555
	%572 = fmul float %541, %555
	%573 = fmul float %542, %555
	%574 = fmul float %545, %555
	%575 = fmul float %546, %555
	%576 = icmp slt i32 %559, %M
	br i1 %576, label %store0, label %stored0

prefetch:
	%577 = mul i32 %241, 64
	%578 = lshr i32 %2, 3
	%579 = and i32 %2, 7
	%580 = and i32 %578, 7
	%581 = xor i32 %579, %580
	%582 = mul i32 %578, 8
	%583 = add i32 %582, %581
	%584 = shl i32 %583, 4
	%585 = add i32 %0, %584
	%586 = add i32 %577, %578
	%587 = mul i32 %586, 64
	%588 = mul i32 %579, 8
	%589 = add i32 %587, %588
	%590 = sext i32 %589 to i64
	%591 = getelementptr i16, i16* %20, i64 %590
	%592 = add i32 %586, 0
	%593 = icmp slt i32 %592, %N
	%594 = getelementptr i16, i16* %591, i64 0
	%595 = select i1 %593, i16* %594, i16* %20
	%596 = add i32 %585, 0
	%597 = select i1 %593, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %596, i16* %595, i32 %597)
	%598 = add i32 %586, 16
	%599 = icmp slt i32 %598, %N
	%600 = getelementptr i16, i16* %591, i64 1024
	%601 = select i1 %599, i16* %600, i16* %20
	%602 = add i32 %585, 2048
	%603 = select i1 %599, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %602, i16* %601, i32 %603)
	%604 = add i32 %586, 32
	%605 = icmp slt i32 %604, %N
	%606 = getelementptr i16, i16* %591, i64 2048
	%607 = select i1 %605, i16* %606, i16* %20
	%608 = add i32 %585, u0x1000
	%609 = select i1 %605, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %608, i16* %607, i32 %609)
	%610 = add i32 %586, 48
	%611 = icmp slt i32 %610, %N
	%612 = getelementptr i16, i16* %591, i64 3072
	%613 = select i1 %611, i16* %612, i16* %20
	%614 = add i32 %585, 6144
	%615 = select i1 %611, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %614, i16* %613, i32 %615)
	br label %prefetched

prefetched:
	call void asm sideeffect "cp.async.commit_group;", ""()
	%616 = mul i32 %3, 16
	%617 = add i32 %12, %616
	%618 = add i32 %5, 0
	%619 = add i32 %617, %618
	%620 = mul i32 %3, 16
	%621 = add i32 %12, %620
	%622 = add i32 %5, 8
	%623 = add i32 %621, %622
	%624 = sitofp i32 %10 to float
	%625 = add i32 %33, %158
	%626 = sext i32 %625 to i64
	%627 = getelementptr i8, i8* %cls, i64 %626
	%628 = load i8, i8* %627
	%629 = icmp ne i8 %628, 2
	br i1 %629, label %partial, label %softmax

partial:
	%630 = shl i32 %6, 1
	%631 = add i32 0, %630
	%632 = add i32 %195, %631
	%633 = icmp slt i32 %632, %N
	%634 = select i1 %633, i32 %632, i32 0
	%635 = sitofp i32 %619 to float
	%636 = sitofp i32 %634 to float
	%637 = fcmp ole float %636, %635
	%638 = uitofp i1 %637 to float
	%639 = fcmp une float %638, 0.0
	%640 = fsub float %635, %636
	%641 = fcmp olt float %640, 256.0
	%642 = uitofp i1 %641 to float
	%643 = fcmp une float %642, 0.0
	%644 = fcmp olt float %636, 4.0
	%645 = uitofp i1 %644 to float
	%646 = fcmp une float %645, 0.0
	%647 = or i1 %643, %646
	%648 = uitofp i1 %647 to float
	%649 = fcmp une float %648, 0.0
	%650 = and i1 %639, %649
	%651 = uitofp i1 %650 to float
	%652 = fcmp une float %651, 0.0
	%653 = and i1 %633, %652
	%654 = select i1 %653, float %457, float 0xFFF0000000000000
	%655 = shl i32 %6, 1
	%656 = add i32 1, %655
	%657 = add i32 %195, %656
	%658 = icmp slt i32 %657, %N
	%659 = select i1 %658, i32 %657, i32 0
	%660 = sitofp i32 %619 to float
	%661 = sitofp i32 %659 to float
	%662 = fcmp ole float %661, %660
	%663 = uitofp i1 %662 to float
	%664 = fcmp une float %663, 0.0
	%665 = fsub float %660, %661
	%666 = fcmp olt float %665, 256.0
	%667 = uitofp i1 %666 to float
	%668 = fcmp une float %667, 0.0
	%669 = fcmp olt float %661, 4.0
	%670 = uitofp i1 %669 to float
	%671 = fcmp une float %670, 0.0
	%672 = or i1 %668, %671
	%673 = uitofp i1 %672 to float
	%674 = fcmp une float %673, 0.0
	%675 = and i1 %664, %674
	%676 = uitofp i1 %675 to float
	%677 = fcmp une float %676, 0.0
	%678 = and i1 %658, %677
	%679 = select i1 %678, float %458, float 0xFFF0000000000000
	%680 = shl i32 %6, 1
	%681 = add i32 0, %680
	%682 = add i32 %195, %681
	%683 = icmp slt i32 %682, %N
	%684 = select i1 %683, i32 %682, i32 0
	%685 = sitofp i32 %623 to float
	%686 = sitofp i32 %684 to float
	%687 = fcmp ole float %686, %685
	%688 = uitofp i1 %687 to float
	%689 = fcmp une float %688, 0.0
	%690 = fsub float %685, %686
	%691 = fcmp olt float %690, 256.0
	%692 = uitofp i1 %691 to float
	%693 = fcmp une float %692, 0.0
	%694 = fcmp olt float %686, 4.0
	%695 = uitofp i1 %694 to float
	%696 = fcmp une float %695, 0.0
	%697 = or i1 %693, %696
	%698 = uitofp i1 %697 to float
	%699 = fcmp une float %698, 0.0
	%700 = and i1 %689, %699
	%701 = uitofp i1 %700 to float
	%702 = fcmp une float %701, 0.0
	%703 = and i1 %683, %702
	%704 = select i1 %703, float %459, float 0xFFF0000000000000
	%705 = shl i32 %6, 1
	%706 = add i32 1, %705
	%707 = add i32 %195, %706
	%708 = icmp slt i32 %707, %N
	%709 = select i1 %708, i32 %707, i32 0
	%710 = sitofp i32 %623 to float
	%711 = sitofp i32 %709 to float
	%712 = fcmp ole float %711, %710
	%713 = uitofp i1 %712 to float
	%714 = fcmp une float %713, 0.0
	%715 = fsub float %710, %711
	%716 = fcmp olt float %715, 256.0
	%717 = uitofp i1 %716 to float
	%718 = fcmp une float %717, 0.0
	%719 = fcmp olt float %711, 4.0
	%720 = uitofp i1 %719 to float
	%721 = fcmp une float %720, 0.0
	%722 = or i1 %718, %721
	%723 = uitofp i1 %722 to float
	%724 = fcmp une float %723, 0.0
	%725 = and i1 %714, %724
	%726 = uitofp i1 %725 to float
	%727 = fcmp une float %726, 0.0
	%728 = and i1 %708, %727
	%729 = select i1 %728, float %460, float 0xFFF0000000000000
	%730 = shl i32 %6, 1
	%731 = add i32 8, %730
	%732 = add i32 %195, %731
	%733 = icmp slt i32 %732, %N
	%734 = select i1 %733, i32 %732, i32 0
	%735 = sitofp i32 %619 to float
	%736 = sitofp i32 %734 to float
	%737 = fcmp ole float %736, %735
	%738 = uitofp i1 %737 to float
	%739 = fcmp une float %738, 0.0
	%740 = fsub float %735, %736
	%741 = fcmp olt float %740, 256.0
	%742 = uitofp i1 %741 to float
	%743 = fcmp une float %742, 0.0
	%744 = fcmp olt float %736, 4.0
	%745 = uitofp i1 %744 to float
	%746 = fcmp une float %745, 0.0
	%747 = or i1 %743, %746
	%748 = uitofp i1 %747 to float
	%749 = fcmp une float %748, 0.0
	%750 = and i1 %739, %749
	%751 = uitofp i1 %750 to float
	%752 = fcmp une float %751, 0.0
	%753 = and i1 %733, %752
	%754 = select i1 %753, float %462, float 0xFFF0000000000000
	%755 = shl i32 %6, 1
	%756 = add i32 9, %755
	%757 = add i32 %195, %756
	%758 = icmp slt i32 %757, %N
	%759 = select i1 %758, i32 %757, i32 0
	%760 = sitofp i32 %619 to float
	%761 = sitofp i32 %759 to float
	%762 = fcmp ole float %761, %760
	%763 = uitofp i1 %762 to float
	%764 = fcmp une float %763, 0.0
	%765 = fsub float %760, %761
	%766 = fcmp olt float %765, 256.0
	%767 = uitofp i1 %766 to float
	%768 = fcmp une float %767, 0.0
	%769 = fcmp olt float %761, 4.0
	%770 = uitofp i1 %769 to float
	%771 = fcmp une float %770, 0.0
	%772 = or i1 %768, %771
	%773 = uitofp i1 %772 to float
	%774 = fcmp une float %773, 0.0
	%775 = and i1 %764, %774
	%776 = uitofp i1 %775 to float
	%777 = fcmp une float %776, 0.0
	%778 = and i1 %758, %777
	%779 = select i1 %778, float %463, float 0xFFF0000000000000
	%780 = shl i32 %6, 1
	%781 = add i32 8, %780
	%782 = add i32 %195, %781
	%783 = icmp slt i32 %782, %N
	%784 = select i1 %783, i32 %782, i32 0
	%785 = sitofp i32 %623 to float
	%786 = sitofp i32 %784 to float
	%787 = fcmp ole float %786, %785
	%788 = uitofp i1 %787 to float
	%789 = fcmp une float %788, 0.0
	%790 = fsub float %785, %786
	%791 = fcmp olt float %790, 256.0
	%792 = uitofp i1 %791 to float
	%793 = fcmp une float %792, 0.0
	%794 = fcmp olt float %786, 4.0
	%795 = uitofp i1 %794 to float
	%796 = fcmp une float %795, 0.0
	%797 = or i1 %793, %796
	%798 = uitofp i1 %797 to float
	%799 = fcmp une float %798, 0.0
	%800 = and i1 %789, %799
	%801 = uitofp i1 %800 to float
	%802 = fcmp une float %801, 0.0
	%803 = and i1 %783, %802
	%804 = select i1 %803, float %464, float 0xFFF0000000000000
	%805 = shl i32 %6, 1
	%806 = add i32 9, %805
	%807 = add i32 %195, %806
	%808 = icmp slt i32 %807, %N
	%809 = select i1 %808, i32 %807, i32 0
	%810 = sitofp i32 %623 to float
	%811 = sitofp i32 %809 to float
	%812 = fcmp ole float %811, %810
	%813 = uitofp i1 %812 to float
	%814 = fcmp une float %813, 0.0
	%815 = fsub float %810, %811
	%816 = fcmp olt float %815, 256.0
	%817 = uitofp i1 %816 to float
	%818 = fcmp une float %817, 0.0
	%819 = fcmp olt float %811, 4.0
	%820 = uitofp i1 %819 to float
	%821 = fcmp une float %820, 0.0
	%822 = or i1 %818, %821
	%823 = uitofp i1 %822 to float
	%824 = fcmp une float %823, 0.0
	%825 = and i1 %814, %824
	%826 = uitofp i1 %825 to float
	%827 = fcmp une float %826, 0.0
	%828 = and i1 %808, %827
	%829 = select i1 %828, float %465, float 0xFFF0000000000000
	%830 = shl i32 %6, 1
	%831 = add i32 16, %830
	%832 = add i32 %195, %831
	%833 = icmp slt i32 %832, %N
	%834 = select i1 %833, i32 %832, i32 0
	%835 = sitofp i32 %619 to float
	%836 = sitofp i32 %834 to float
	%837 = fcmp ole float %836, %835
	%838 = uitofp i1 %837 to float
	%839 = fcmp une float %838, 0.0
	%840 = fsub float %835, %836
	%841 = fcmp olt float %840, 256.0
	%842 = uitofp i1 %841 to float
	%843 = fcmp une float %842, 0.0
	%844 = fcmp olt float %836, 4.0
	%845 = uitofp i1 %844 to float
	%846 = fcmp une float %845, 0.0
	%847 = or i1 %843, %846
	%848 = uitofp i1 %847 to float
	%849 = fcmp une float %848, 0.0
	%850 = and i1 %839, %849
	%851 = uitofp i1 %850 to float
	%852 = fcmp une float %851, 0.0
	%853 = and i1 %833, %852
	%854 = select i1 %853, float %473, float 0xFFF0000000000000
	%855 = shl i32 %6, 1
	%856 = add i32 17, %855
	%857 = add i32 %195, %856
	%858 = icmp slt i32 %857, %N
	%859 = select i1 %858, i32 %857, i32 0
	%860 = sitofp i32 %619 to float
	%861 = sitofp i32 %859 to float
	%862 = fcmp ole float %861, %860
	%863 = uitofp i1 %862 to float
	%864 = fcmp une float %863, 0.0
	%865 = fsub float %860, %861
	%866 = fcmp olt float %865, 256.0
	%867 = uitofp i1 %866 to float
	%868 = fcmp une float %867, 0.0
	%869 = fcmp olt float %861, 4.0
	%870 = uitofp i1 %869 to float
	%871 = fcmp une float %870, 0.0
	%872 = or i1 %868, %871
	%873 = uitofp i1 %872 to float
	%874 = fcmp une float %873, 0.0
	%875 = and i1 %864, %874
	%876 = uitofp i1 %875 to float
	%877 = fcmp une float %876, 0.0
	%878 = and i1 %858, %877
	%879 = select i1 %878, float %474, float 0xFFF0000000000000
	%880 = shl i32 %6, 1
	%881 = add i32 16, %880
	%882 = add i32 %195, %881
	%883 = icmp slt i32 %882, %N
	%884 = select i1 %883, i32 %882, i32 0
	%885 = sitofp i32 %623 to float
	%886 = sitofp i32 %884 to float
	%887 = fcmp ole float %886, %885
	%888 = uitofp i1 %887 to float
	%889 = fcmp une float %888, 0.0
	%890 = fsub float %885, %886
	%891 = fcmp olt float %890, 256.0
	%892 = uitofp i1 %891 to float
	%893 = fcmp une float %892, 0.0
	%894 = fcmp olt float %886, 4.0
	%895 = uitofp i1 %894 to float
	%896 = fcmp une float %895, 0.0
	%897 = or i1 %893, %896
	%898 = uitofp i1 %897 to float
	%899 = fcmp une float %898, 0.0
	%900 = and i1 %889, %899
	%901 = uitofp i1 %900 to float
	%902 = fcmp une float %901, 0.0
	%903 = and i1 %883, %902
	%904 = select i1 %903, float %475, float 0xFFF0000000000000
	%905 = shl i32 %6, 1
	%906 = add i32 17, %905
	%907 = add i32 %195, %906
	%908 = icmp slt i32 %907, %N
	%909 = select i1 %908, i32 %907, i32 0
	%910 = sitofp i32 %623 to float
	%911 = sitofp i32 %909 to float
	%912 = fcmp ole float %911, %910
	%913 = uitofp i1 %912 to float
	%914 = fcmp une float %913, 0.0
	%915 = fsub float %910, %911
	%916 = fcmp olt float %915, 256.0
	%917 = uitofp i1 %916 to float
	%918 = fcmp une float %917, 0.0
	%919 = fcmp olt float %911, 4.0
	%920 = uitofp i1 %919 to float
	%921 = fcmp une float %920, 0.0
	%922 = or i1 %918, %921
	%923 = uitofp i1 %922 to float
	%924 = fcmp une float %923, 0.0
	%925 = and i1 %914, %924
	%926 = uitofp i1 %925 to float
	%927 = fcmp une float %926, 0.0
	%928 = and i1 %908, %927
	%929 = select i1 %928, float %476, float 0xFFF0000000000000
	%930 = shl i32 %6, 1
	%931 = add i32 24, %930
	%932 = add i32 %195, %931
	%933 = icmp slt i32 %932, %N
	%934 = select i1 %933, i32 %932, i32 0
	%935 = sitofp i32 %619 to float
	%936 = sitofp i32 %934 to float
	%937 = fcmp ole float %936, %935
	%938 = uitofp i1 %937 to float
	%939 = fcmp une float %938, 0.0
	%940 = fsub float %935, %936
	%941 = fcmp olt float %940, 256.0
	%942 = uitofp i1 %941 to float
	%943 = fcmp une float %942, 0.0
	%944 = fcmp olt float %936, 4.0
	%945 = uitofp i1 %944 to float
	%946 = fcmp une float %945, 0.0
	%947 = or i1 %943, %946
	%948 = uitofp i1 %947 to float
	%949 = fcmp une float %948, 0.0
	%950 = and i1 %939, %949
	%951 = uitofp i1 %950 to float
	%952 = fcmp une float %951, 0.0
	%953 = and i1 %933, %952
	%954 = select i1 %953, float %478, float 0xFFF0000000000000
	%955 = shl i32 %6, 1
	%956 = add i32 25, %955
	%957 = add i32 %195, %956
	%958 = icmp slt i32 %957, %N
	%959 = select i1 %958, i32 %957, i32 0
	%960 = sitofp i32 %619 to float
	%961 = sitofp i32 %959 to float
	%962 = fcmp ole float %961, %960
	%963 = uitofp i1 %962 to float
	%964 = fcmp une float %963, 0.0
	%965 = fsub float %960, %961
	%966 = fcmp olt float %965, 256.0
	%967 = uitofp i1 %966 to float
	%968 = fcmp une float %967, 0.0
	%969 = fcmp olt float %961, 4.0
	%970 = uitofp i1 %969 to float
	%971 = fcmp une float %970, 0.0
	%972 = or i1 %968, %971
	%973 = uitofp i1 %972 to float
	%974 = fcmp une float %973, 0.0
	%975 = and i1 %964, %974
	%976 = uitofp i1 %975 to float
	%977 = fcmp une float %976, 0.0
	%978 = and i1 %958, %977
	%979 = select i1 %978, float %479, float 0xFFF0000000000000
	%980 = shl i32 %6, 1
	%981 = add i32 24, %980
	%982 = add i32 %195, %981
	%983 = icmp slt i32 %982, %N
	%984 = select i1 %983, i32 %982, i32 0
	%985 = sitofp i32 %623 to float
	%986 = sitofp i32 %984 to float
	%987 = fcmp ole float %986, %985
	%988 = uitofp i1 %987 to float
	%989 = fcmp une float %988, 0.0
	%990 = fsub float %985, %986
	%991 = fcmp olt float %990, 256.0
	%992 = uitofp i1 %991 to float
	%993 = fcmp une float %992, 0.0
	%994 = fcmp olt float %986, 4.0
	%995 = uitofp i1 %994 to float
	%996 = fcmp une float %995, 0.0
	%997 = or i1 %993, %996
	%998 = uitofp i1 %997 to float
	%999 = fcmp une float %998, 0.0
	%1000 = and i1 %989, %999
	%1001 = uitofp i1 %1000 to float
	%1002 = fcmp une float %1001, 0.0
	%1003 = and i1 %983, %1002
	%1004 = select i1 %1003, float %480, float 0xFFF0000000000000
	%1005 = shl i32 %6, 1
	%1006 = add i32 25, %1005
	%1007 = add i32 %195, %1006
	%1008 = icmp slt i32 %1007, %N
	%1009 = select i1 %1008, i32 %1007, i32 0
	%1010 = sitofp i32 %623 to float
	%1011 = sitofp i32 %1009 to float
	%1012 = fcmp ole float %1011, %1010
	%1013 = uitofp i1 %1012 to float
	%1014 = fcmp une float %1013, 0.0
	%1015 = fsub float %1010, %1011
	%1016 = fcmp olt float %1015, 256.0
	%1017 = uitofp i1 %1016 to float
	%1018 = fcmp une float %1017, 0.0
	%1019 = fcmp olt float %1011, 4.0
	%1020 = uitofp i1 %1019 to float
	%1021 = fcmp une float %1020, 0.0
	%1022 = or i1 %1018, %1021
	%1023 = uitofp i1 %1022 to float
	%1024 = fcmp une float %1023, 0.0
	%1025 = and i1 %1014, %1024
	%1026 = uitofp i1 %1025 to float
	%1027 = fcmp une float %1026, 0.0
	%1028 = and i1 %1008, %1027
	%1029 = select i1 %1028, float %481, float 0xFFF0000000000000
	%1030 = shl i32 %6, 1
	%1031 = add i32 32, %1030
	%1032 = add i32 %195, %1031
	%1033 = icmp slt i32 %1032, %N
	%1034 = select i1 %1033, i32 %1032, i32 0
	%1035 = sitofp i32 %619 to float
	%1036 = sitofp i32 %1034 to float
	%1037 = fcmp ole float %1036, %1035
	%1038 = uitofp i1 %1037 to float
	%1039 = fcmp une float %1038, 0.0
	%1040 = fsub float %1035, %1036
	%1041 = fcmp olt float %1040, 256.0
	%1042 = uitofp i1 %1041 to float
	%1043 = fcmp une float %1042, 0.0
	%1044 = fcmp olt float %1036, 4.0
	%1045 = uitofp i1 %1044 to float
	%1046 = fcmp une float %1045, 0.0
	%1047 = or i1 %1043, %1046
	%1048 = uitofp i1 %1047 to float
	%1049 = fcmp une float %1048, 0.0
	%1050 = and i1 %1039, %1049
	%1051 = uitofp i1 %1050 to float
	%1052 = fcmp une float %1051, 0.0
	%1053 = and i1 %1033, %1052
	%1054 = select i1 %1053, float %489, float 0xFFF0000000000000
	%1055 = shl i32 %6, 1
	%1056 = add i32 33, %1055
	%1057 = add i32 %195, %1056
	%1058 = icmp slt i32 %1057, %N
	%1059 = select i1 %1058, i32 %1057, i32 0
	%1060 = sitofp i32 %619 to float
	%1061 = sitofp i32 %1059 to float
	%1062 = fcmp ole float %1061, %1060
	%1063 = uitofp i1 %1062 to float
	%1064 = fcmp une float %1063, 0.0
	%1065 = fsub float %1060, %1061
	%1066 = fcmp olt float %1065, 256.0
	%1067 = uitofp i1 %1066 to float
	%1068 = fcmp une float %1067, 0.0
	%1069 = fcmp olt float %1061, 4.0
	%1070 = uitofp i1 %1069 to float
	%1071 = fcmp une float %1070, 0.0
	%1072 = or i1 %1068, %1071
	%1073 = uitofp i1 %1072 to float
	%1074 = fcmp une float %1073, 0.0
	%1075 = and i1 %1064, %1074
	%1076 = uitofp i1 %1075 to float
	%1077 = fcmp une float %1076, 0.0
	%1078 = and i1 %1058, %1077
	%1079 = select i1 %1078, float %490, float 0xFFF0000000000000
	%1080 = shl i32 %6, 1
	%1081 = add i32 32, %1080
	%1082 = add i32 %195, %1081
	%1083 = icmp slt i32 %1082, %N
	%1084 = select i1 %1083, i32 %1082, i32 0
	%1085 = sitofp i32 %623 to float
	%1086 = sitofp i32 %1084 to float
	%1087 = fcmp ole float %1086, %1085
	%1088 = uitofp i1 %1087 to float
	%1089 = fcmp une float %1088, 0.0
	%1090 = fsub float %1085, %1086
	%1091 = fcmp olt float %1090, 256.0
	%1092 = uitofp i1 %1091 to float
	%1093 = fcmp une float %1092, 0.0
	%1094 = fcmp olt float %1086, 4.0
	%1095 = uitofp i1 %1094 to float
	%1096 = fcmp une float %1095, 0.0
	%1097 = or i1 %1093, %1096
	%1098 = uitofp i1 %1097 to float
	%1099 = fcmp une float %1098, 0.0
	%1100 = and i1 %1089, %1099
	%1101 = uitofp i1 %1100 to float
	%1102 = fcmp une float %1101, 0.0
	%1103 = and i1 %1083, %1102
	%1104 = select i1 %1103, float %491, float 0xFFF0000000000000
	%1105 = shl i32 %6, 1
	%1106 = add i32 33, %1105
	%1107 = add i32 %195, %1106
	%1108 = icmp slt i32 %1107, %N
	%1109 = select i1 %1108, i32 %1107, i32 0
	%1110 = sitofp i32 %623 to float
	%1111 = sitofp i32 %1109 to float
	%1112 = fcmp ole float %1111, %1110
	%1113 = uitofp i1 %1112 to float
	%1114 = fcmp une float %1113, 0.0
	%1115 = fsub float %1110, %1111
	%1116 = fcmp olt float %1115, 256.0
	%1117 = uitofp i1 %1116 to float
	%1118 = fcmp une float %1117, 0.0
	%1119 = fcmp olt float %1111, 4.0
	%1120 = uitofp i1 %1119 to float
	%1121 = fcmp une float %1120, 0.0
	%1122 = or i1 %1118, %1121
	%1123 = uitofp i1 %1122 to float
	%1124 = fcmp une float %1123, 0.0
	%1125 = and i1 %1114, %1124
	%1126 = uitofp i1 %1125 to float
	%1127 = fcmp une float %1126, 0.0
	%1128 = and i1 %1108, %1127
	%1129 = select i1 %1128, float %492, float 0xFFF0000000000000
	%1130 = shl i32 %6, 1
	%1131 = add i32 40, %1130
	%1132 = add i32 %195, %1131
	%1133 = icmp slt i32 %1132, %N
	%1134 = select i1 %1133, i32 %1132, i32 0
	%1135 = sitofp i32 %619 to float
	%1136 = sitofp i32 %1134 to float
	%1137 = fcmp ole float %1136, %1135
	%1138 = uitofp i1 %1137 to float
	%1139 = fcmp une float %1138, 0.0
	%1140 = fsub float %1135, %1136
	%1141 = fcmp olt float %1140, 256.0
	%1142 = uitofp i1 %1141 to float
	%1143 = fcmp une float %1142, 0.0
	%1144 = fcmp olt float %1136, 4.0
	%1145 = uitofp i1 %1144 to float
	%1146 = fcmp une float %1145, 0.0
	%1147 = or i1 %1143, %1146
	%1148 = uitofp i1 %1147 to float
	%1149 = fcmp une float %1148, 0.0
	%1150 = and i1 %1139, %1149
	%1151 = uitofp i1 %1150 to float
	%1152 = fcmp une float %1151, 0.0
	%1153 = and i1 %1133, %1152
	%1154 = select i1 %1153, float %494, float 0xFFF0000000000000
	%1155 = shl i32 %6, 1
	%1156 = add i32 41, %1155
	%1157 = add i32 %195, %1156
	%1158 = icmp slt i32 %1157, %N
	%1159 = select i1 %1158, i32 %1157, i32 0
	%1160 = sitofp i32 %619 to float
	%1161 = sitofp i32 %1159 to float
	%1162 = fcmp ole float %1161, %1160
	%1163 = uitofp i1 %1162 to float
	%1164 = fcmp une float %1163, 0.0
	%1165 = fsub float %1160, %1161
	%1166 = fcmp olt float %1165, 256.0
	%1167 = uitofp i1 %1166 to float
	%1168 = fcmp une float %1167, 0.0
	%1169 = fcmp olt float %1161, 4.0
	%1170 = uitofp i1 %1169 to float
	%1171 = fcmp une float %1170, 0.0
	%1172 = or i1 %1168, %1171
	%1173 = uitofp i1 %1172 to float
	%1174 = fcmp une float %1173, 0.0
	%1175 = and i1 %1164, %1174
	%1176 = uitofp i1 %1175 to float
	%1177 = fcmp une float %1176, 0.0
	%1178 = and i1 %1158, %1177
	%1179 = select i1 %1178, float %495, float 0xFFF0000000000000
	%1180 = shl i32 %6, 1
	%1181 = add i32 40, %1180
	%1182 = add i32 %195, %1181
	%1183 = icmp slt i32 %1182, %N
	%1184 = select i1 %1183, i32 %1182, i32 0
	%1185 = sitofp i32 %623 to float
	%1186 = sitofp i32 %1184 to float
	%1187 = fcmp ole float %1186, %1185
	%1188 = uitofp i1 %1187 to float
	%1189 = fcmp une float %1188, 0.0
	%1190 = fsub float %1185, %1186
	%1191 = fcmp olt float %1190, 256.0
	%1192 = uitofp i1 %1191 to float
	%1193 = fcmp une float %1192, 0.0
	%1194 = fcmp olt float %1186, 4.0
	%1195 = uitofp i1 %1194 to float
	%1196 = fcmp une float %1195, 0.0
	%1197 = or i1 %1193, %1196
	%1198 = uitofp i1 %1197 to float
	%1199 = fcmp une float %1198, 0.0
	%1200 = and i1 %1189, %1199
	%1201 = uitofp i1 %1200 to float
	%1202 = fcmp une float %1201, 0.0
	%1203 = and i1 %1183, %1202
	%1204 = select i1 %1203, float %496, float 0xFFF0000000000000
	%1205 = shl i32 %6, 1
	%1206 = add i32 41, %1205
	%1207 = add i32 %195, %1206
	%1208 = icmp slt i32 %1207, %N
	%1209 = select i1 %1208, i32 %1207, i32 0
	%1210 = sitofp i32 %623 to float
	%1211 = sitofp i32 %1209 to float
	%1212 = fcmp ole float %1211, %1210
	%1213 = uitofp i1 %1212 to float
	%1214 = fcmp une float %1213, 0.0
	%1215 = fsub float %1210, %1211
	%1216 = fcmp olt float %1215, 256.0
	%1217 = uitofp i1 %1216 to float
	%1218 = fcmp une float %1217, 0.0
	%1219 = fcmp olt float %1211, 4.0
	%1220 = uitofp i1 %1219 to float
	%1221 = fcmp une float %1220, 0.0
	%1222 = or i1 %1218, %1221
	%1223 = uitofp i1 %1222 to float
	%1224 = fcmp une float %1223, 0.0
	%1225 = and i1 %1214, %1224
	%1226 = uitofp i1 %1225 to float
	%1227 = fcmp une float %1226, 0.0
	%1228 = and i1 %1208, %1227
	%1229 = select i1 %1228, float %497, float 0xFFF0000000000000
	%1230 = shl i32 %6, 1
	%1231 = add i32 48, %1230
	%1232 = add i32 %195, %1231
	%1233 = icmp slt i32 %1232, %N
	%1234 = select i1 %1233, i32 %1232, i32 0
	%1235 = sitofp i32 %619 to float
	%1236 = sitofp i32 %1234 to float
	%1237 = fcmp ole float %1236, %1235
	%1238 = uitofp i1 %1237 to float
	%1239 = fcmp une float %1238, 0.0
	%1240 = fsub float %1235, %1236
	%1241 = fcmp olt float %1240, 256.0
	%1242 = uitofp i1 %1241 to float
	%1243 = fcmp une float %1242, 0.0
	%1244 = fcmp olt float %1236, 4.0
	%1245 = uitofp i1 %1244 to float
	%1246 = fcmp une float %1245, 0.0
	%1247 = or i1 %1243, %1246
	%1248 = uitofp i1 %1247 to float
	%1249 = fcmp une float %1248, 0.0
	%1250 = and i1 %1239, %1249
	%1251 = uitofp i1 %1250 to float
	%1252 = fcmp une float %1251, 0.0
	%1253 = and i1 %1233, %1252
	%1254 = select i1 %1253, float %505, float 0xFFF0000000000000
	%1255 = shl i32 %6, 1
	%1256 = add i32 49, %1255
	%1257 = add i32 %195, %1256
	%1258 = icmp slt i32 %1257, %N
	%1259 = select i1 %1258, i32 %1257, i32 0
	%1260 = sitofp i32 %619 to float
	%1261 = sitofp i32 %1259 to float
	%1262 = fcmp ole float %1261, %1260
	%1263 = uitofp i1 %1262 to float
	%1264 = fcmp une float %1263, 0.0
	%1265 = fsub float %1260, %1261
	%1266 = fcmp olt float %1265, 256.0
	%1267 = uitofp i1 %1266 to float
	%1268 = fcmp une float %1267, 0.0
	%1269 = fcmp olt float %1261, 4.0
	%1270 = uitofp i1 %1269 to float
	%1271 = fcmp une float %1270, 0.0
	%1272 = or i1 %1268, %1271
	%1273 = uitofp i1 %1272 to float
	%1274 = fcmp une float %1273, 0.0
	%1275 = and i1 %1264, %1274
	%1276 = uitofp i1 %1275 to float
	%1277 = fcmp une float %1276, 0.0
	%1278 = and i1 %1258, %1277
	%1279 = select i1 %1278, float %506, float 0xFFF0000000000000
	%1280 = shl i32 %6, 1
	%1281 = add i32 48, %1280
	%1282 = add i32 %195, %1281
	%1283 = icmp slt i32 %1282, %N
	%1284 = select i1 %1283, i32 %1282, i32 0
	%1285 = sitofp i32 %623 to float
	%1286 = sitofp i32 %1284 to float
	%1287 = fcmp ole float %1286, %1285
	%1288 = uitofp i1 %1287 to float
	%1289 = fcmp une float %1288, 0.0
	%1290 = fsub float %1285, %1286
	%1291 = fcmp olt float %1290, 256.0
	%1292 = uitofp i1 %1291 to float
	%1293 = fcmp une float %1292, 0.0
	%1294 = fcmp olt float %1286, 4.0
	%1295 = uitofp i1 %1294 to float
	%1296 = fcmp une float %1295, 0.0
	%1297 = or i1 %1293, %1296
	%1298 = uitofp i1 %1297 to float
	%1299 = fcmp une float %1298, 0.0
	%1300 = and i1 %1289, %1299
	%1301 = uitofp i1 %1300 to float
	%1302 = fcmp une float %1301, 0.0
	%1303 = and i1 %1283, %1302
	%1304 = select i1 %1303, float %507, float 0xFFF0000000000000
	%1305 = shl i32 %6, 1
	%1306 = add i32 49, %1305
	%1307 = add i32 %195, %1306
	%1308 = icmp slt i32 %1307, %N
	%1309 = select i1 %1308, i32 %1307, i32 0
	%1310 = sitofp i32 %623 to float
	%1311 = sitofp i32 %1309 to float
	%1312 = fcmp ole float %1311, %1310
	%1313 = uitofp i1 %1312 to float
	%1314 = fcmp une float %1313, 0.0
	%1315 = fsub float %1310, %1311
	%1316 = fcmp olt float %1315, 256.0
	%1317 = uitofp i1 %1316 to float
	%1318 = fcmp une float %1317, 0.0
	%1319 = fcmp olt float %1311, 4.0
	%1320 = uitofp i1 %1319 to float
	%1321 = fcmp une float %1320, 0.0
	%1322 = or i1 %1318, %1321
	%1323 = uitofp i1 %1322 to float
	%1324 = fcmp une float %1323, 0.0
	%1325 = and i1 %1314, %1324
	%1326 = uitofp i1 %1325 to float
	%1327 = fcmp une float %1326, 0.0
	%1328 = and i1 %1308, %1327
	%1329 = select i1 %1328, float %508, float 0xFFF0000000000000
	%1330 = shl i32 %6, 1
	%1331 = add i32 56, %1330
	%1332 = add i32 %195, %1331
	%1333 = icmp slt i32 %1332, %N
	%1334 = select i1 %1333, i32 %1332, i32 0
	%1335 = sitofp i32 %619 to float
	%1336 = sitofp i32 %1334 to float
	%1337 = fcmp ole float %1336, %1335
	%1338 = uitofp i1 %1337 to float
	%1339 = fcmp une float %1338, 0.0
	%1340 = fsub float %1335, %1336
	%1341 = fcmp olt float %1340, 256.0
	%1342 = uitofp i1 %1341 to float
	%1343 = fcmp une float %1342, 0.0
	%1344 = fcmp olt float %1336, 4.0
	%1345 = uitofp i1 %1344 to float
	%1346 = fcmp une float %1345, 0.0
	%1347 = or i1 %1343, %1346
	%1348 = uitofp i1 %1347 to float
	%1349 = fcmp une float %1348, 0.0
	%1350 = and i1 %1339, %1349
	%1351 = uitofp i1 %1350 to float
	%1352 = fcmp une float %1351, 0.0
	%1353 = and i1 %1333, %1352
	%1354 = select i1 %1353, float %510, float 0xFFF0000000000000
	%1355 = shl i32 %6, 1
	%1356 = add i32 57, %1355
	%1357 = add i32 %195, %1356
	%1358 = icmp slt i32 %1357, %N
	%1359 = select i1 %1358, i32 %1357, i32 0
	%1360 = sitofp i32 %619 to float
	%1361 = sitofp i32 %1359 to float
	%1362 = fcmp ole float %1361, %1360
	%1363 = uitofp i1 %1362 to float
	%1364 = fcmp une float %1363, 0.0
	%1365 = fsub float %1360, %1361
	%1366 = fcmp olt float %1365, 256.0
	%1367 = uitofp i1 %1366 to float
	%1368 = fcmp une float %1367, 0.0
	%1369 = fcmp olt float %1361, 4.0
	%1370 = uitofp i1 %1369 to float
	%1371 = fcmp une float %1370, 0.0
	%1372 = or i1 %1368, %1371
	%1373 = uitofp i1 %1372 to float
	%1374 = fcmp une float %1373, 0.0
	%1375 = and i1 %1364, %1374
	%1376 = uitofp i1 %1375 to float
	%1377 = fcmp une float %1376, 0.0
	%1378 = and i1 %1358, %1377
	%1379 = select i1 %1378, float %511, float 0xFFF0000000000000
	%1380 = shl i32 %6, 1
	%1381 = add i32 56, %1380
	%1382 = add i32 %195, %1381
	%1383 = icmp slt i32 %1382, %N
	%1384 = select i1 %1383, i32 %1382, i32 0
	%1385 = sitofp i32 %623 to float
	%1386 = sitofp i32 %1384 to float
	%1387 = fcmp ole float %1386, %1385
	%1388 = uitofp i1 %1387 to float
	%1389 = fcmp une float %1388, 0.0
	%1390 = fsub float %1385, %1386
	%1391 = fcmp olt float %1390, 256.0
	%1392 = uitofp i1 %1391 to float
	%1393 = fcmp une float %1392, 0.0
	%1394 = fcmp olt float %1386, 4.0
	%1395 = uitofp i1 %1394 to float
	%1396 = fcmp une float %1395, 0.0
	%1397 = or i1 %1393, %1396
	%1398 = uitofp i1 %1397 to float
	%1399 = fcmp une float %1398, 0.0
	%1400 = and i1 %1389, %1399
	%1401 = uitofp i1 %1400 to float
	%1402 = fcmp une float %1401, 0.0
	%1403 = and i1 %1383, %1402
	%1404 = select i1 %1403, float %512, float 0xFFF0000000000000
	%1405 = shl i32 %6, 1
	%1406 = add i32 57, %1405
	%1407 = add i32 %195, %1406
	%1408 = icmp slt i32 %1407, %N
	%1409 = select i1 %1408, i32 %1407, i32 0
	%1410 = sitofp i32 %623 to float
	%1411 = sitofp i32 %1409 to float
	%1412 = fcmp ole float %1411, %1410
	%1413 = uitofp i1 %1412 to float
	%1414 = fcmp une float %1413, 0.0
	%1415 = fsub float %1410, %1411
	%1416 = fcmp olt float %1415, 256.0
	%1417 = uitofp i1 %1416 to float
	%1418 = fcmp une float %1417, 0.0
	%1419 = fcmp olt float %1411, 4.0
	%1420 = uitofp i1 %1419 to float
	%1421 = fcmp une float %1420, 0.0
	%1422 = or i1 %1418, %1421
	%1423 = uitofp i1 %1422 to float
	%1424 = fcmp une float %1423, 0.0
	%1425 = and i1 %1414, %1424
	%1426 = uitofp i1 %1425 to float
	%1427 = fcmp une float %1426, 0.0
	%1428 = and i1 %1408, %1427
	%1429 = select i1 %1428, float %513, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1430 = phi float [ %457, %prefetched ], [ %654, %partial ]
	%1431 = phi float [ %458, %prefetched ], [ %679, %partial ]
	%1432 = phi float [ %459, %prefetched ], [ %704, %partial ]
	%1433 = phi float [ %460, %prefetched ], [ %729, %partial ]
	%1434 = phi float [ %462, %prefetched ], [ %754, %partial ]
	%1435 = phi float [ %463, %prefetched ], [ %779, %partial ]
	%1436 = phi float [ %464, %prefetched ], [ %804, %partial ]
	%1437 = phi float [ %465, %prefetched ], [ %829, %partial ]
	%1438 = phi float [ %473, %prefetched ], [ %854, %partial ]
	%1439 = phi float [ %474, %prefetched ], [ %879, %partial ]
	%1440 = phi float [ %475, %prefetched ], [ %904, %partial ]
	%1441 = phi float [ %476, %prefetched ], [ %929, %partial ]
	%1442 = phi float [ %478, %prefetched ], [ %954, %partial ]
	%1443 = phi float [ %479, %prefetched ], [ %979, %partial ]
	%1444 = phi float [ %480, %prefetched ], [ %1004, %partial ]
	%1445 = phi float [ %481, %prefetched ], [ %1029, %partial ]
	%1446 = phi float [ %489, %prefetched ], [ %1054, %partial ]
	%1447 = phi float [ %490, %prefetched ], [ %1079, %partial ]
	%1448 = phi float [ %491, %prefetched ], [ %1104, %partial ]
	%1449 = phi float [ %492, %prefetched ], [ %1129, %partial ]
	%1450 = phi float [ %494, %prefetched ], [ %1154, %partial ]
	%1451 = phi float [ %495, %prefetched ], [ %1179, %partial ]
	%1452 = phi float [ %496, %prefetched ], [ %1204, %partial ]
	%1453 = phi float [ %497, %prefetched ], [ %1229, %partial ]
	%1454 = phi float [ %505, %prefetched ], [ %1254, %partial ]
	%1455 = phi float [ %506, %prefetched ], [ %1279, %partial ]
	%1456 = phi float [ %507, %prefetched ], [ %1304, %partial ]
	%1457 = phi float [ %508, %prefetched ], [ %1329, %partial ]
	%1458 = phi float [ %510, %prefetched ], [ %1354, %partial ]
	%1459 = phi float [ %511, %prefetched ], [ %1379, %partial ]
	%1460 = phi float [ %512, %prefetched ], [ %1404, %partial ]
	%1461 = phi float [ %513, %prefetched ], [ %1429, %partial ]
	%1462 = call float @llvm.nvvm.fmax.f(float %1430, float %1431)
	%1463 = call float @llvm.nvvm.fmax.f(float %1434, float %1435)
	%1464 = call float @llvm.nvvm.fmax.f(float %1438, float %1439)
	%1465 = call float @llvm.nvvm.fmax.f(float %1442, float %1443)
	%1466 = call float @llvm.nvvm.fmax.f(float %1446, float %1447)
	%1467 = call float @llvm.nvvm.fmax.f(float %1450, float %1451)
	%1468 = call float @llvm.nvvm.fmax.f(float %1454, float %1455)
	%1469 = call float @llvm.nvvm.fmax.f(float %1458, float %1459)
	%1470 = call float @llvm.nvvm.fmax.f(float %1462, float %1463)
	%1471 = call float @llvm.nvvm.fmax.f(float %1464, float %1465)
	%1472 = call float @llvm.nvvm.fmax.f(float %1466, float %1467)
	%1473 = call float @llvm.nvvm.fmax.f(float %1468, float %1469)
	%1474 = call float @llvm.nvvm.fmax.f(float %1470, float %1471)
	%1475 = call float @llvm.nvvm.fmax.f(float %1472, float %1473)
	%1476 = call float @llvm.nvvm.fmax.f(float %1474, float %1475)
	%1477 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1476, i32 1, i32 31)
	%1478 = call float @llvm.nvvm.fmax.f(float %1476, float %1477)
	%1479 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1478, i32 2, i32 31)
	%1480 = call float @llvm.nvvm.fmax.f(float %1478, float %1479)
	%1481 = fmul float %1480, 0x3FC7154760000000
	%1482 = call float @llvm.nvvm.fmax.f(float %191, float %1481)
	%1483 = fadd float %191, 8.0
	%1484 = fcmp ogt float %1482, %1483
	%1485 = or i1 false, %1484
	%1486 = call float @llvm.nvvm.fmax.f(float %1432, float %1433)
	%1487 = call float @llvm.nvvm.fmax.f(float %1436, float %1437)
	%1488 = call float @llvm.nvvm.fmax.f(float %1440, float %1441)
	%1489 = call float @llvm.nvvm.fmax.f(float %1444, float %1445)
	%1490 = call float @llvm.nvvm.fmax.f(float %1448, float %1449)
	%1491 = call float @llvm.nvvm.fmax.f(float %1452, float %1453)
	%1492 = call float @llvm.nvvm.fmax.f(float %1456, float %1457)
	%1493 = call float @llvm.nvvm.fmax.f(float %1460, float %1461)
	%1494 = call float @llvm.nvvm.fmax.f(float %1486, float %1487)
	%1495 = call float @llvm.nvvm.fmax.f(float %1488, float %1489)
	%1496 = call float @llvm.nvvm.fmax.f(float %1490, float %1491)
	%1497 = call float @llvm.nvvm.fmax.f(float %1492, float %1493)
	%1498 = call float @llvm.nvvm.fmax.f(float %1494, float %1495)
	%1499 = call float @llvm.nvvm.fmax.f(float %1496, float %1497)
	%1500 = call float @llvm.nvvm.fmax.f(float %1498, float %1499)
	%1501 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1500, i32 1, i32 31)
	%1502 = call float @llvm.nvvm.fmax.f(float %1500, float %1501)
	%1503 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1502, i32 2, i32 31)
	%1504 = call float @llvm.nvvm.fmax.f(float %1502, float %1503)
	%1505 = fmul float %1504, 0x3FC7154760000000
	%1506 = call float @llvm.nvvm.fmax.f(float %193, float %1505)
	%1507 = fadd float %193, 8.0
	%1508 = fcmp ogt float %1506, %1507
	%1509 = or i1 %1485, %1508
	%1510 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1509)
	br i1 %1510, label %1511, label %1554

1511:
	%1512 = fcmp oeq float %1482, 0xFFF0000000000000
	%1513 = select i1 %1512, float 0.0, float %1482
	%1514 = fsub float %191, %1513
	%1515 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1514)
	%1516 = fcmp oeq float %1506, 0xFFF0000000000000
	%1517 = select i1 %1516, float 0.0, float %1506
	%1518 = fsub float %193, %1517
	%1519 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1518)
	%1520 = fmul float %159, %1515
	%1521 = fmul float %160, %1515
	%1522 = fmul float %161, %1519
	%1523 = fmul float %162, %1519
	%1524 = fmul float %163, %1515
	%1525 = fmul float %164, %1515
	%1526 = fmul float %165, %1519
	%1527 = fmul float %166, %1519
	%1528 = fmul float %167, %1515
	%1529 = fmul float %168, %1515
	%1530 = fmul float %169, %1519
	%1531 = fmul float %170, %1519
	%1532 = fmul float %171, %1515
	%1533 = fmul float %172, %1515
	%1534 = fmul float %173, %1519
	%1535 = fmul float %174, %1519
	%1536 = fmul float %175, %1515
	%1537 = fmul float %176, %1515
	%1538 = fmul float %177, %1519
	%1539 = fmul float %178, %1519
	%1540 = fmul float %179, %1515
	%1541 = fmul float %180, %1515
	%1542 = fmul float %181, %1519
	%1543 = fmul float %182, %1519
	%1544 = fmul float %183, %1515
	%1545 = fmul float %184, %1515
	%1546 = fmul float %185, %1519
	%1547 = fmul float %186, %1519
	%1548 = fmul float %187, %1515
	%1549 = fmul float %188, %1515
	%1550 = fmul float %189, %1519
	%1551 = fmul float %190, %1519
	%1552 = fmul float %192, %1515
	%1553 = fmul float %194, %1519
	br label %1554

1554:
	%1555 = phi float [ %159, %softmax ], [ %1520, %1511 ]
	%1556 = phi float [ %160, %softmax ], [ %1521, %1511 ]
	%1557 = phi float [ %161, %softmax ], [ %1522, %1511 ]
	%1558 = phi float [ %162, %softmax ], [ %1523, %1511 ]
	%1559 = phi float [ %163, %softmax ], [ %1524, %1511 ]
	%1560 = phi float [ %164, %softmax ], [ %1525, %1511 ]
	%1561 = phi float [ %165, %softmax ], [ %1526, %1511 ]
	%1562 = phi float [ %166, %softmax ], [ %1527, %1511 ]
	%1563 = phi float [ %167, %softmax ], [ %1528, %1511 ]
	%1564 = phi float [ %168, %softmax ], [ %1529, %1511 ]
	%1565 = phi float [ %169, %softmax ], [ %1530, %1511 ]
	%1566 = phi float [ %170, %softmax ], [ %1531, %1511 ]
	%1567 = phi float [ %171, %softmax ], [ %1532, %1511 ]
	%1568 = phi float [ %172, %softmax ], [ %1533, %1511 ]
	%1569 = phi float [ %173, %softmax ], [ %1534, %1511 ]
	%1570 = phi float [ %174, %softmax ], [ %1535, %1511 ]
	%1571 = phi float [ %175, %softmax ], [ %1536, %1511 ]
	%1572 = phi float [ %176, %softmax ], [ %1537, %1511 ]
	%1573 = phi float [ %177, %softmax ], [ %1538, %1511 ]
	%1574 = phi float [ %178, %softmax ], [ %1539, %1511 ]
	%1575 = phi float [ %179, %softmax ], [ %1540, %1511 ]
	%1576 = phi float [ %180, %softmax ], [ %1541, %1511 ]
	%1577 = phi float [ %181, %softmax ], [ %1542, %1511 ]
	%1578 = phi float [ %182, %softmax ], [ %1543, %1511 ]
	%1579 = phi float [ %183, %softmax ], [ %1544, %1511 ]
	%1580 = phi float [ %184, %softmax ], [ %1545, %1511 ]
	%1581 = phi float [ %185, %softmax ], [ %1546, %1511 ]
	%1582 = phi float [ %186, %softmax ], [ %1547, %1511 ]
	%1583 = phi float [ %187, %softmax ], [ %1548, %1511 ]
	%1584 = phi float [ %188, %softmax ], [ %1549, %1511 ]
	%1585 = phi float [ %189, %softmax ], [ %1550, %1511 ]
	%1586 = phi float [ %190, %softmax ], [ %1551, %1511 ]
	%1587 = phi float [ %192, %softmax ], [ %1552, %1511 ]
	%1588 = phi float [ %194, %softmax ], [ %1553, %1511 ]
	%1589 = select i1 %1510, float %1482, float %191
	%1590 = fcmp oeq float %1589, 0xFFF0000000000000
	%1591 = select i1 %1590, float 0.0, float %1589
	%1592 = fneg float %1591
	%1593 = call float @llvm.fma.f32(float %1430, float 0x3FC7154760000000, float %1592)
	%1594 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1593)
	%1595 = call float @llvm.fma.f32(float %1431, float 0x3FC7154760000000, float %1592)
	%1596 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1595)
	%1597 = call float @llvm.fma.f32(float %1434, float 0x3FC7154760000000, float %1592)
	%1598 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1597)
	%1599 = call float @llvm.fma.f32(float %1435, float 0x3FC7154760000000, float %1592)
	%1600 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1599)
	%1601 = call float @llvm.fma.f32(float %1438, float 0x3FC7154760000000, float %1592)
	%1602 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1601)
	%1603 = call float @llvm.fma.f32(float %1439, float 0x3FC7154760000000, float %1592)
	%1604 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1603)
	%1605 = call float @llvm.fma.f32(float %1442, float 0x3FC7154760000000, float %1592)
	%1606 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1605)
	%1607 = call float @llvm.fma.f32(float %1443, float 0x3FC7154760000000, float %1592)
	%1608 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1607)
	%1609 = call float @llvm.fma.f32(float %1446, float 0x3FC7154760000000, float %1592)
	%1610 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1609)
	%1611 = call float @llvm.fma.f32(float %1447, float 0x3FC7154760000000, float %1592)
	%1612 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1611)
	%1613 = call float @llvm.fma.f32(float %1450, float 0x3FC7154760000000, float %1592)
	%1614 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1613)
	%1615 = call float @llvm.fma.f32(float %1451, float 0x3FC7154760000000, float %1592)
	%1616 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1615)
	%1617 = call float @llvm.fma.f32(float %1454, float 0x3FC7154760000000, float %1592)
	%1618 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1617)
	%1619 = call float @llvm.fma.f32(float %1455, float 0x3FC7154760000000, float %1592)
	%1620 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1619)
	%1621 = call float @llvm.fma.f32(float %1458, float 0x3FC7154760000000, float %1592)
	%1622 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1621)
	%1623 = call float @llvm.fma.f32(float %1459, float 0x3FC7154760000000, float %1592)
	%1624 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1623)
	%1625 = fadd float %1594, %1596
	%1626 = fadd float %1598, %1600
	%1627 = fadd float %1602, %1604
	%1628 = fadd float %1606, %1608
	%1629 = fadd float %1610, %1612
	%1630 = fadd float %1614, %1616
	%1631 = fadd float %1618, %1620
	%1632 = fadd float %1622, %1624
	%1633 = fadd float %1625, %1626
	%1634 = fadd float %1627, %1628
	%1635 = fadd float %1629, %1630
	%1636 = fadd float %1631, %1632
	%1637 = fadd float %1633, %1634
	%1638 = fadd float %1635, %1636
	%1639 = fadd float %1637, %1638
	%1640 = fadd float %1587, %1639
	%1641 = select i1 %1510, float %1506, float %193
	%1642 = fcmp oeq float %1641, 0xFFF0000000000000
	%1643 = select i1 %1642, float 0.0, float %1641
	%1644 = fneg float %1643
	%1645 = call float @llvm.fma.f32(float %1432, float 0x3FC7154760000000, float %1644)
	%1646 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1645)
	%1647 = call float @llvm.fma.f32(float %1433, float 0x3FC7154760000000, float %1644)
	%1648 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1647)
	%1649 = call float @llvm.fma.f32(float %1436, float 0x3FC7154760000000, float %1644)
	%1650 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1649)
	%1651 = call float @llvm.fma.f32(float %1437, float 0x3FC7154760000000, float %1644)
	%1652 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1651)
	%1653 = call float @llvm.fma.f32(float %1440, float 0x3FC7154760000000, float %1644)
	%1654 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1653)
	%1655 = call float @llvm.fma.f32(float %1441, float 0x3FC7154760000000, float %1644)
	%1656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1655)
	%1657 = call float @llvm.fma.f32(float %1444, float 0x3FC7154760000000, float %1644)
	%1658 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1657)
	%1659 = call float @llvm.fma.f32(float %1445, float 0x3FC7154760000000, float %1644)
	%1660 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1659)
	%1661 = call float @llvm.fma.f32(float %1448, float 0x3FC7154760000000, float %1644)
	%1662 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1661)
	%1663 = call float @llvm.fma.f32(float %1449, float 0x3FC7154760000000, float %1644)
	%1664 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1663)
	%1665 = call float @llvm.fma.f32(float %1452, float 0x3FC7154760000000, float %1644)
	%1666 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1665)
	%1667 = call float @llvm.fma.f32(float %1453, float 0x3FC7154760000000, float %1644)
	%1668 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1667)
	%1669 = call float @llvm.fma.f32(float %1456, float 0x3FC7154760000000, float %1644)
	%1670 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1669)
	%1671 = call float @llvm.fma.f32(float %1457, float 0x3FC7154760000000, float %1644)
	%1672 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1671)
	%1673 = call float @llvm.fma.f32(float %1460, float 0x3FC7154760000000, float %1644)
	%1674 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1673)
	%1675 = call float @llvm.fma.f32(float %1461, float 0x3FC7154760000000, float %1644)
	%1676 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1675)
	%1677 = fadd float %1646, %1648
	%1678 = fadd float %1650, %1652
	%1679 = fadd float %1654, %1656
	%1680 = fadd float %1658, %1660
	%1681 = fadd float %1662, %1664
	%1682 = fadd float %1666, %1668
	%1683 = fadd float %1670, %1672
	%1684 = fadd float %1674, %1676
	%1685 = fadd float %1677, %1678
	%1686 = fadd float %1679, %1680
	%1687 = fadd float %1681, %1682
	%1688 = fadd float %1683, %1684
	%1689 = fadd float %1685, %1686
	%1690 = fadd float %1687, %1688
	%1691 = fadd float %1689, %1690
	%1692 = fadd float %1588, %1691
	call void asm sideeffect "cp.async.wait_group 1;", ""()
	call void @llvm.nvvm.barrier0()
	%1693 = and i32 %4, 7
	%1694 = lshr i32 %4, 3
	%1695 = and i32 %1694, 1
	%1696 = shl i32 %1695, 3
	%1697 = add i32 %1693, %1696
	%1698 = mul i32 %1697, 128
	%1699 = add i32 %1, %1698
	%1700 = and i32 %4, 7
	%1701 = xor i32 %84, %1700
	%1702 = shl i32 %1701, 4
	%1703 = add i32 %1699, %1702
	%1704 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1596, float %1594)
	%1705 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1648, float %1646)
	%1706 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1600, float %1598)
	%1707 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1652, float %1650)
	%1708 = xor i32 %1703, 0
	%1709 = add i32 %1708, 0
	%1710 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1709)
	%1711 = extractvalue { i32, i32, i32, i32 } %1710, 0
	%1712 = extractvalue { i32, i32, i32, i32 } %1710, 1
	%1713 = extractvalue { i32, i32, i32, i32 } %1710, 2
	%1714 = extractvalue { i32, i32, i32, i32 } %1710, 3
	%1715 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1711, i32 %1712, float %1555, float %1556, float %1557, float %1558)
	%1716 = extractvalue { float, float, float, float } %1715, 0
	%1717 = extractvalue { float, float, float, float } %1715, 1
	%1718 = extractvalue { float, float, float, float } %1715, 2
	%1719 = extractvalue { float, float, float, float } %1715, 3
	%1720 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1713, i32 %1714, float %1559, float %1560, float %1561, float %1562)
	%1721 = extractvalue { float, float, float, float } %1720, 0
	%1722 = extractvalue { float, float, float, float } %1720, 1
	%1723 = extractvalue { float, float, float, float } %1720, 2
	%1724 = extractvalue { float, float, float, float } %1720, 3
	%1725 = xor i32 %1703, 32
	%1726 = add i32 %1725, 0
	%1727 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1726)
	%1728 = extractvalue { i32, i32, i32, i32 } %1727, 0
	%1729 = extractvalue { i32, i32, i32, i32 } %1727, 1
	%1730 = extractvalue { i32, i32, i32, i32 } %1727, 2
	%1731 = extractvalue { i32, i32, i32, i32 } %1727, 3
	%1732 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1728, i32 %1729, float %1563, float %1564, float %1565, float %1566)
	%1733 = extractvalue { float, float, float, float } %1732, 0
	%1734 = extractvalue { float, float, float, float } %1732, 1
	%1735 = extractvalue { float, float, float, float } %1732, 2
	%1736 = extractvalue { float, float, float, float } %1732, 3
	%1737 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1730, i32 %1731, float %1567, float %1568, float %1569, float %1570)
	%1738 = extractvalue { float, float, float, float } %1737, 0
	%1739 = extractvalue { float, float, float, float } %1737, 1
	%1740 = extractvalue { float, float, float, float } %1737, 2
	%1741 = extractvalue { float, float, float, float } %1737, 3
	%1742 = xor i32 %1703, 64
	%1743 = add i32 %1742, 0
	%1744 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1743)
	%1745 = extractvalue { i32, i32, i32, i32 } %1744, 0
	%1746 = extractvalue { i32, i32, i32, i32 } %1744, 1
	%1747 = extractvalue { i32, i32, i32, i32 } %1744, 2
	%1748 = extractvalue { i32, i32, i32, i32 } %1744, 3
	%1749 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1745, i32 %1746, float %1571, float %1572, float %1573, float %1574)
	%1750 = extractvalue { float, float, float, float } %1749, 0
	%1751 = extractvalue { float, float, float, float } %1749, 1
	%1752 = extractvalue { float, float, float, float } %1749, 2
	%1753 = extractvalue { float, float, float, float } %1749, 3
	%1754 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1747, i32 %1748, float %1575, float %1576, float %1577, float %1578)
	%1755 = extractvalue { float, float, float, float } %1754, 0
	%1756 = extractvalue { float, float, float, float } %1754, 1
	%1757 = extractvalue { float, float, float, float } %1754, 2
	%1758 = extractvalue { float, float, float, float } %1754, 3
	%1759 = xor i32 %1703, 96
	%1760 = add i32 %1759, 0
	%1761 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1760)
	%1762 = extractvalue { i32, i32, i32, i32 } %1761, 0
	%1763 = extractvalue { i32, i32, i32, i32 } %1761, 1
	%1764 = extractvalue { i32, i32, i32, i32 } %1761, 2
	%1765 = extractvalue { i32, i32, i32, i32 } %1761, 3
	%1766 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1762, i32 %1763, float %1579, float %1580, float %1581, float %1582)
	%1767 = extractvalue { float, float, float, float } %1766, 0
	%1768 = extractvalue { float, float, float, float } %1766, 1
	%1769 = extractvalue { float, float, float, float } %1766, 2
	%1770 = extractvalue { float, float, float, float } %1766, 3
	%1771 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1764, i32 %1765, float %1583, float %1584, float %1585, float %1586)
	%1772 = extractvalue { float, float, float, float } %1771, 0
	%1773 = extractvalue { float, float, float, float } %1771, 1
	%1774 = extractvalue { float, float, float, float } %1771, 2
	%1775 = extractvalue { float, float, float, float } %1771, 3
	%1776 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1604, float %1602)
	%1777 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1656, float %1654)
	%1778 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1608, float %1606)
	%1779 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1660, float %1658)
	%1780 = xor i32 %1703, 0
	%1781 = add i32 %1780, 2048
	%1782 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1781)
	%1783 = extractvalue { i32, i32, i32, i32 } %1782, 0
	%1784 = extractvalue { i32, i32, i32, i32 } %1782, 1
	%1785 = extractvalue { i32, i32, i32, i32 } %1782, 2
	%1786 = extractvalue { i32, i32, i32, i32 } %1782, 3
	%1787 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1776, i32 %1777, i32 %1778, i32 %1779, i32 %1783, i32 %1784, float %1716, float %1717, float %1718, float %1719)
	%1788 = extractvalue { float, float, float, float } %1787, 0
	%1789 = extractvalue { float, float, float, float } %1787, 1
	%1790 = extractvalue { float, float, float, float } %1787, 2
	%1791 = extractvalue { float, float, float, float } %1787, 3
	%1792 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1776, i32 %1777, i32 %1778, i32 %1779, i32 %1785, i32 %1786, float %1721, float %1722, float %1723, float %1724)
	%1793 = extractvalue { float, float, float, float } %1792, 0
	%1794 = extractvalue { float, float, float, float } %1792, 1
	%1795 = extractvalue { float, float, float, float } %1792, 2
	%1796 = extractvalue { float, float, float, float } %1792, 3
	%1797 = xor i32 %1703, 32
	%1798 = add i32 %1797, 2048
	%1799 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1798)
	%1800 = extractvalue { i32, i32, i32, i32 } %1799, 0
	%1801 = extractvalue { i32, i32, i32, i32 } %1799, 1
	%1802 = extractvalue { i32, i32, i32, i32 } %1799, 2
	%1803 = extractvalue { i32, i32, i32, i32 } %1799, 3
	%1804 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1776, i32 %1777, i32 %1778, i32 %1779, i32 %1800, i32 %1801, float %1733, float %1734, float %1735, float %1736)
	%1805 = extractvalue { float, float, float, float } %1804, 0
	%1806 = extractvalue { float, float, float, float } %1804, 1
	%1807 = extractvalue { float, float, float, float } %1804, 2
	%1808 = extractvalue { float, float, float, float } %1804, 3
	%1809 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1776, i32 %1777, i32 %1778, i32 %1779, i32 %1802, i32 %1803, float %1738, float %1739, float %1740, float %1741)
	%1810 = extractvalue { float, float, float, float } %1809, 0
	%1811 = extractvalue { float, float, float, float } %1809, 1
	%1812 = extractvalue { float, float, float, float } %1809, 2
	%1813 = extractvalue { float, float, float, float } %1809, 3
	%1814 = xor i32 %1703, 64
	%1815 = add i32 %1814, 2048
	%1816 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1815)
	%1817 = extractvalue { i32, i32, i32, i32 } %1816, 0
	%1818 = extractvalue { i32, i32, i32, i32 } %1816, 1
	%1819 = extractvalue { i32, i32, i32, i32 } %1816, 2
	%1820 = extractvalue { i32, i32, i32, i32 } %1816, 3
	%1821 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1776, i32 %1777, i32 %1778, i32 %1779, i32 %1817, i32 %1818, float %1750, float %1751, float %1752, float %1753)
	%1822 = extractvalue { float, float, float, float } %1821, 0
	%1823 = extractvalue { float, float, float, float } %1821, 1
	%1824 = extractvalue { float, float, float, float } %1821, 2
	%1825 = extractvalue { float, float, float, float } %1821, 3
	%1826 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1776, i32 %1777, i32 %1778, i32 %1779, i32 %1819, i32 %1820, float %1755, float %1756, float %1757, float %1758)
	%1827 = extractvalue { float, float, float, float } %1826, 0
	%1828 = extractvalue { float, float, float, float } %1826, 1
	%1829 = extractvalue { float, float, float, float } %1826, 2
	%1830 = extractvalue { float, float, float, float } %1826, 3
	%1831 = xor i32 %1703, 96
	%1832 = add i32 %1831, 2048
	%1833 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1832)
	%1834 = extractvalue { i32, i32, i32, i32 } %1833, 0
	%1835 = extractvalue { i32, i32, i32, i32 } %1833, 1
	%1836 = extractvalue { i32, i32, i32, i32 } %1833, 2
	%1837 = extractvalue { i32, i32, i32, i32 } %1833, 3
	%1838 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1776, i32 %1777, i32 %1778, i32 %1779, i32 %1834, i32 %1835, float %1767, float %1768, float %1769, float %1770)
	%1839 = extractvalue { float, float, float, float } %1838, 0
	%1840 = extractvalue { float, float, float, float } %1838, 1
	%1841 = extractvalue { float, float, float, float } %1838, 2
	%1842 = extractvalue { float, float, float, float } %1838, 3
	%1843 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1776, i32 %1777, i32 %1778, i32 %1779, i32 %1836, i32 %1837, float %1772, float %1773, float %1774, float %1775)
	%1844 = extractvalue { float, float, float, float } %1843, 0
	%1845 = extractvalue { float, float, float, float } %1843, 1
	%1846 = extractvalue { float, float, float, float } %1843, 2
	%1847 = extractvalue { float, float, float, float } %1843, 3
	%1848 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1612, float %1610)
	%1849 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1664, float %1662)
	%1850 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1616, float %1614)
	%1851 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1668, float %1666)
	%1852 = xor i32 %1703, 0
	%1853 = add i32 %1852, u0x1000
	%1854 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1853)
	%1855 = extractvalue { i32, i32, i32, i32 } %1854, 0
	%1856 = extractvalue { i32, i32, i32, i32 } %1854, 1
	%1857 = extractvalue { i32, i32, i32, i32 } %1854, 2
	%1858 = extractvalue { i32, i32, i32, i32 } %1854, 3
	%1859 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1855, i32 %1856, float %1788, float %1789, float %1790, float %1791)
	%1860 = extractvalue { float, float, float, float } %1859, 0
	%1861 = extractvalue { float, float, float, float } %1859, 1
	%1862 = extractvalue { float, float, float, float } %1859, 2
	%1863 = extractvalue { float, float, float, float } %1859, 3
	%1864 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1857, i32 %1858, float %1793, float %1794, float %1795, float %1796)
	%1865 = extractvalue { float, float, float, float } %1864, 0
	%1866 = extractvalue { float, float, float, float } %1864, 1
	%1867 = extractvalue { float, float, float, float } %1864, 2
	%1868 = extractvalue { float, float, float, float } %1864, 3
	%1869 = xor i32 %1703, 32
	%1870 = add i32 %1869, u0x1000
	%1871 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1870)
	%1872 = extractvalue { i32, i32, i32, i32 } %1871, 0
	%1873 = extractvalue { i32, i32, i32, i32 } %1871, 1
	%1874 = extractvalue { i32, i32, i32, i32 } %1871, 2
	%1875 = extractvalue { i32, i32, i32, i32 } %1871, 3
	%1876 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1872, i32 %1873, float %1805, float %1806, float %1807, float %1808)
	%1877 = extractvalue { float, float, float, float } %1876, 0
	%1878 = extractvalue { float, float, float, float } %1876, 1
	%1879 = extractvalue { float, float, float, float } %1876, 2
	%1880 = extractvalue { float, float, float, float } %1876, 3
	%1881 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1874, i32 %1875, float %1810, float %1811, float %1812, float %1813)
	%1882 = extractvalue { float, float, float, float } %1881, 0
	%1883 = extractvalue { float, float, float, float } %1881, 1
	%1884 = extractvalue { float, float, float, float } %1881, 2
	%1885 = extractvalue { float, float, float, float } %1881, 3
	%1886 = xor i32 %1703, 64
	%1887 = add i32 %1886, u0x1000
	%1888 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1887)
	%1889 = extractvalue { i32, i32, i32, i32 } %1888, 0
	%1890 = extractvalue { i32, i32, i32, i32 } %1888, 1
	%1891 = extractvalue { i32, i32, i32, i32 } %1888, 2
	%1892 = extractvalue { i32, i32, i32, i32 } %1888, 3
	%1893 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1889, i32 %1890, float %1822, float %1823, float %1824, float %1825)
	%1894 = extractvalue { float, float, float, float } %1893, 0
	%1895 = extractvalue { float, float, float, float } %1893, 1
	%1896 = extractvalue { float, float, float, float } %1893, 2
	%1897 = extractvalue { float, float, float, float } %1893, 3
	%1898 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1891, i32 %1892, float %1827, float %1828, float %1829, float %1830)
	%1899 = extractvalue { float, float, float, float } %1898, 0
	%1900 = extractvalue { float, float, float, float } %1898, 1
	%1901 = extractvalue { float, float, float, float } %1898, 2
	%1902 = extractvalue { float, float, float, float } %1898, 3
	%1903 = xor i32 %1703, 96
	%1904 = add i32 %1903, u0x1000
	%1905 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1904)
	%1906 = extractvalue { i32, i32, i32, i32 } %1905, 0
	%1907 = extractvalue { i32, i32, i32, i32 } %1905, 1
	%1908 = extractvalue { i32, i32, i32, i32 } %1905, 2
	%1909 = extractvalue { i32, i32, i32, i32 } %1905, 3
	%1910 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1906, i32 %1907, float %1839, float %1840, float %1841, float %1842)
	%1911 = extractvalue { float, float, float, float } %1910, 0
	%1912 = extractvalue { float, float, float, float } %1910, 1
	%1913 = extractvalue { float, float, float, float } %1910, 2
	%1914 = extractvalue { float, float, float, float } %1910, 3
	%1915 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1848, i32 %1849, i32 %1850, i32 %1851, i32 %1908, i32 %1909, float %1844, float %1845, float %1846, float %1847)
	%1916 = extractvalue { float, float, float, float } %1915, 0
	%1917 = extractvalue { float, float, float, float } %1915, 1
	%1918 = extractvalue { float, float, float, float } %1915, 2
	%1919 = extractvalue { float, float, float, float } %1915, 3
	%1920 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1620, float %1618)
	%1921 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1672, float %1670)
	%1922 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1624, float %1622)
	%1923 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1676, float %1674)
	%1924 = xor i32 %1703, 0
	%1925 = add i32 %1924, 6144
	%1926 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1925)
	%1927 = extractvalue { i32, i32, i32, i32 } %1926, 0
	%1928 = extractvalue { i32, i32, i32, i32 } %1926, 1
	%1929 = extractvalue { i32, i32, i32, i32 } %1926, 2
	%1930 = extractvalue { i32, i32, i32, i32 } %1926, 3
	%1931 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1920, i32 %1921, i32 %1922, i32 %1923, i32 %1927, i32 %1928, float %1860, float %1861, float %1862, float %1863)
	%1932 = extractvalue { float, float, float, float } %1931, 0
	%1933 = extractvalue { float, float, float, float } %1931, 1
	%1934 = extractvalue { float, float, float, float } %1931, 2
	%1935 = extractvalue { float, float, float, float } %1931, 3
	%1936 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1920, i32 %1921, i32 %1922, i32 %1923, i32 %1929, i32 %1930, float %1865, float %1866, float %1867, float %1868)
	%1937 = extractvalue { float, float, float, float } %1936, 0
	%1938 = extractvalue { float, float, float, float } %1936, 1
	%1939 = extractvalue { float, float, float, float } %1936, 2
	%1940 = extractvalue { float, float, float, float } %1936, 3
	%1941 = xor i32 %1703, 32
	%1942 = add i32 %1941, 6144
	%1943 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1942)
	%1944 = extractvalue { i32, i32, i32, i32 } %1943, 0
	%1945 = extractvalue { i32, i32, i32, i32 } %1943, 1
	%1946 = extractvalue { i32, i32, i32, i32 } %1943, 2
	%1947 = extractvalue { i32, i32, i32, i32 } %1943, 3
	%1948 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1920, i32 %1921, i32 %1922, i32 %1923, i32 %1944, i32 %1945, float %1877, float %1878, float %1879, float %1880)
	%1949 = extractvalue { float, float, float, float } %1948, 0
	%1950 = extractvalue { float, float, float, float } %1948, 1
	%1951 = extractvalue { float, float, float, float } %1948, 2
	%1952 = extractvalue { float, float, float, float } %1948, 3
	%1953 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1920, i32 %1921, i32 %1922, i32 %1923, i32 %1946, i32 %1947, float %1882, float %1883, float %1884, float %1885)
	%1954 = extractvalue { float, float, float, float } %1953, 0
	%1955 = extractvalue { float, float, float, float } %1953, 1
	%1956 = extractvalue { float, float, float, float } %1953, 2
	%1957 = extractvalue { float, float, float, float } %1953, 3
	%1958 = xor i32 %1703, 64
	%1959 = add i32 %1958, 6144
	%1960 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1959)
	%1961 = extractvalue { i32, i32, i32, i32 } %1960, 0
	%1962 = extractvalue { i32, i32, i32, i32 } %1960, 1
	%1963 = extractvalue { i32, i32, i32, i32 } %1960, 2
	%1964 = extractvalue { i32, i32, i32, i32 } %1960, 3
	%1965 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1920, i32 %1921, i32 %1922, i32 %1923, i32 %1961, i32 %1962, float %1894, float %1895, float %1896, float %1897)
	%1966 = extractvalue { float, float, float, float } %1965, 0
	%1967 = extractvalue { float, float, float, float } %1965, 1
	%1968 = extractvalue { float, float, float, float } %1965, 2
	%1969 = extractvalue { float, float, float, float } %1965, 3
	%1970 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1920, i32 %1921, i32 %1922, i32 %1923, i32 %1963, i32 %1964, float %1899, float %1900, float %1901, float %1902)
	%1971 = extractvalue { float, float, float, float } %1970, 0
	%1972 = extractvalue { float, float, float, float } %1970, 1
	%1973 = extractvalue { float, float, float, float } %1970, 2
	%1974 = extractvalue { float, float, float, float } %1970, 3
	%1975 = xor i32 %1703, 96
	%1976 = add i32 %1975, 6144
	%1977 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1976)
	%1978 = extractvalue { i32, i32, i32, i32 } %1977, 0
	%1979 = extractvalue { i32, i32, i32, i32 } %1977, 1
	%1980 = extractvalue { i32, i32, i32, i32 } %1977, 2
	%1981 = extractvalue { i32, i32, i32, i32 } %1977, 3
	%1982 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1920, i32 %1921, i32 %1922, i32 %1923, i32 %1978, i32 %1979, float %1911, float %1912, float %1913, float %1914)
	%1983 = extractvalue { float, float, float, float } %1982, 0
	%1984 = extractvalue { float, float, float, float } %1982, 1
	%1985 = extractvalue { float, float, float, float } %1982, 2
	%1986 = extractvalue { float, float, float, float } %1982, 3
	%1987 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1920, i32 %1921, i32 %1922, i32 %1923, i32 %1980, i32 %1981, float %1916, float %1917, float %1918, float %1919)
	%1988 = extractvalue { float, float, float, float } %1987, 0
	%1989 = extractvalue { float, float, float, float } %1987, 1
	%1990 = extractvalue { float, float, float, float } %1987, 2
	%1991 = extractvalue { float, float, float, float } %1987, 3
	br i1 %242, label %loop, label %epilogue

store0:
	%1992 = mul i32 %10, %M
	%1993 = add i32 %1992, %559
	%1994 = mul i32 %1993, 64
	%1995 = shl i32 %6, 1
	%1996 = add i32 0, %1995
	%1997 = add i32 %1994, %1996
	%1998 = sext i32 %1997 to i64
	%1999 = getelementptr i16, i16* %out, i64 %1998
	%2000 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %561, float %560)
	%2001 = bitcast i16* %1999 to i32*
	store i32 %2000, i32* %2001
	%2002 = shl i32 %6, 1
	%2003 = add i32 8, %2002
	%2004 = add i32 %1994, %2003
	%2005 = sext i32 %2004 to i64
	%2006 = getelementptr i16, i16* %out, i64 %2005
	%2007 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %563, float %562)
	%2008 = bitcast i16* %2006 to i32*
	store i32 %2007, i32* %2008
	%2009 = shl i32 %6, 1
	%2010 = add i32 16, %2009
	%2011 = add i32 %1994, %2010
	%2012 = sext i32 %2011 to i64
	%2013 = getelementptr i16, i16* %out, i64 %2012
	%2014 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %565, float %564)
	%2015 = bitcast i16* %2013 to i32*
	store i32 %2014, i32* %2015
	%2016 = shl i32 %6, 1
	%2017 = add i32 24, %2016
	%2018 = add i32 %1994, %2017
	%2019 = sext i32 %2018 to i64
	%2020 = getelementptr i16, i16* %out, i64 %2019
	%2021 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %567, float %566)
	%2022 = bitcast i16* %2020 to i32*
	store i32 %2021, i32* %2022
	%2023 = shl i32 %6, 1
	%2024 = add i32 32, %2023
	%2025 = add i32 %1994, %2024
	%2026 = sext i32 %2025 to i64
	%2027 = getelementptr i16, i16* %out, i64 %2026
	%2028 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %569, float %568)
	%2029 = bitcast i16* %2027 to i32*
	store i32 %2028, i32* %2029
	%2030 = shl i32 %6, 1
	%2031 = add i32 40, %2030
	%2032 = add i32 %1994, %2031
	%2033 = sext i32 %2032 to i64
	%2034 = getelementptr i16, i16* %out, i64 %2033
	%2035 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %571, float %570)
	%2036 = bitcast i16* %2034 to i32*
	store i32 %2035, i32* %2036
	%2037 = shl i32 %6, 1
	%2038 = add i32 48, %2037
	%2039 = add i32 %1994, %2038
	%2040 = sext i32 %2039 to i64
	%2041 = getelementptr i16, i16* %out, i64 %2040
	%2042 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %573, float %572)
	%2043 = bitcast i16* %2041 to i32*
	store i32 %2042, i32* %2043
	%2044 = shl i32 %6, 1
	%2045 = add i32 56, %2044
	%2046 = add i32 %1994, %2045
	%2047 = sext i32 %2046 to i64
	%2048 = getelementptr i16, i16* %out, i64 %2047
	%2049 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %575, float %574)
	%2050 = bitcast i16* %2048 to i32*
	store i32 %2049, i32* %2050
	br label %stored0

stored0:
	%2051 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %515, i32 1, i32 31)
	%2052 = fadd float %515, %2051
	%2053 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2052, i32 2, i32 31)
	%2054 = fadd float %2052, %2053
	%2055 = fcmp ogt float %2054, 0.0
	%2056 = fdiv float 1.0, %2054
	%2057 = select i1 %2055, float %2056, float 0.0
	%2058 = mul i32 %3, 16
	%2059 = add i32 %12, %2058
	%2060 = add i32 %5, 8
	%2061 = add i32 %2059, %2060
	%2062 = fmul float %519, %2057
	%2063 = fmul float %520, %2057
	%2064 = fmul float %523, %2057
	%2065 = fmul float %524, %2057
	%2066 = fmul float %527, %2057
	%2067 = fmul float %528, %2057
	%2068 = fmul float %531, %2057
	%2069 = fmul float %532, %2057
	%2070 = fmul float %535, %2057
	%2071 = fmul float %536, %2057
	%2072 = fmul float %539, %2057
	%2073 = fmul float %540, %2057
	%2074 = fmul float %543, %2057
	%2075 = fmul float %544, %2057
	%2076 = fmul float %547, %2057
	%2077 = fmul float %548, %2057
	%2078 = icmp slt i32 %2061, %M
	br i1 %2078, label %store1, label %stored1

store1:
	%2079 = mul i32 %10, %M
	%2080 = add i32 %2079, %2061
	%2081 = mul i32 %2080, 64
	%2082 = shl i32 %6, 1
	%2083 = add i32 0, %2082
	%2084 = add i32 %2081, %2083
	%2085 = sext i32 %2084 to i64
	%2086 = getelementptr i16, i16* %out, i64 %2085
	%2087 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2063, float %2062)
	%2088 = bitcast i16* %2086 to i32*
	store i32 %2087, i32* %2088
	%2089 = shl i32 %6, 1
	%2090 = add i32 8, %2089
	%2091 = add i32 %2081, %2090
	%2092 = sext i32 %2091 to i64
	%2093 = getelementptr i16, i16* %out, i64 %2092
	%2094 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2065, float %2064)
	%2095 = bitcast i16* %2093 to i32*
	store i32 %2094, i32* %2095
	%2096 = shl i32 %6, 1
	%2097 = add i32 16, %2096
	%2098 = add i32 %2081, %2097
	%2099 = sext i32 %2098 to i64
	%2100 = getelementptr i16, i16* %out, i64 %2099
	%2101 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2067, float %2066)
	%2102 = bitcast i16* %2100 to i32*
	store i32 %2101, i32* %2102
	%2103 = shl i32 %6, 1
	%2104 = add i32 24, %2103
	%2105 = add i32 %2081, %2104
	%2106 = sext i32 %2105 to i64
	%2107 = getelementptr i16, i16* %out, i64 %2106
	%2108 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2069, float %2068)
	%2109 = bitcast i16* %2107 to i32*
	store i32 %2108, i32* %2109
	%2110 = shl i32 %6, 1
	%2111 = add i32 32, %2110
	%2112 = add i32 %2081, %2111
	%2113 = sext i32 %2112 to i64
	%2114 = getelementptr i16, i16* %out, i64 %2113
	%2115 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2071, float %2070)
	%2116 = bitcast i16* %2114 to i32*
	store i32 %2115, i32* %2116
	%2117 = shl i32 %6, 1
	%2118 = add i32 40, %2117
	%2119 = add i32 %2081, %2118
	%2120 = sext i32 %2119 to i64
	%2121 = getelementptr i16, i16* %out, i64 %2120
	%2122 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2073, float %2072)
	%2123 = bitcast i16* %2121 to i32*
	store i32 %2122, i32* %2123
	%2124 = shl i32 %6, 1
	%2125 = add i32 48, %2124
	%2126 = add i32 %2081, %2125
	%2127 = sext i32 %2126 to i64
	%2128 = getelementptr i16, i16* %out, i64 %2127
	%2129 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2075, float %2074)
	%2130 = bitcast i16* %2128 to i32*
	store i32 %2129, i32* %2130
	%2131 = shl i32 %6, 1
	%2132 = add i32 56, %2131
	%2133 = add i32 %2081, %2132
	%2134 = sext i32 %2133 to i64
	%2135 = getelementptr i16, i16* %out, i64 %2134
	%2136 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2077, float %2076)
	%2137 = bitcast i16* %2135 to i32*
	store i32 %2136, i32* %2137
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
