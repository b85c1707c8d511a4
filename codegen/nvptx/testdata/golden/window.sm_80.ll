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
	%157 = phi i32 [ 0, %prologue ], [ %1645, %pv ]
	%158 = phi i32 [ %37, %prologue ], [ %1652, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %1932, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1933, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1934, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1935, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1937, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1938, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1939, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1940, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1949, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1950, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1951, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1952, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1954, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1955, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1956, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1957, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1966, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1967, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1968, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1969, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1971, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1972, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1973, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1974, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1983, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1984, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1985, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1986, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1988, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1989, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1990, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1991, %pv ]
	%191 = phi float [ 0xFFF0000000000000, %prologue ], [ %1541, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1592, %pv ]
	%193 = phi float [ 0xFFF0000000000000, %prologue ], [ %1593, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1644, %pv ]
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
	%234 = and i32 %4, 7
	%235 = shl i32 %84, 3
	%236 = add i32 %234, %235
	%237 = lshr i32 %4, 3
	%238 = and i32 %237, 1
	%239 = mul i32 %236, 128
	%240 = add i32 %0, %239
	%241 = and i32 %4, 7
	%242 = xor i32 %238, %241
	%243 = shl i32 %242, 4
	%244 = add i32 %240, %243
	%245 = xor i32 %244, 0
	%246 = add i32 %245, 0
	%247 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %246)
	%248 = extractvalue { i32, i32, i32, i32 } %247, 0
	%249 = extractvalue { i32, i32, i32, i32 } %247, 1
	%250 = extractvalue { i32, i32, i32, i32 } %247, 2
	%251 = extractvalue { i32, i32, i32, i32 } %247, 3
	%252 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %248, i32 %249, float 0.0, float 0.0, float 0.0, float 0.0)
	%253 = extractvalue { float, float, float, float } %252, 0
	%254 = extractvalue { float, float, float, float } %252, 1
	%255 = extractvalue { float, float, float, float } %252, 2
	%256 = extractvalue { float, float, float, float } %252, 3
	%257 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %250, i32 %251, float 0.0, float 0.0, float 0.0, float 0.0)
	%258 = extractvalue { float, float, float, float } %257, 0
	%259 = extractvalue { float, float, float, float } %257, 1
	%260 = extractvalue { float, float, float, float } %257, 2
	%261 = extractvalue { float, float, float, float } %257, 3
	%262 = add i32 %245, 2048
	%263 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %262)
	%264 = extractvalue { i32, i32, i32, i32 } %263, 0
	%265 = extractvalue { i32, i32, i32, i32 } %263, 1
	%266 = extractvalue { i32, i32, i32, i32 } %263, 2
	%267 = extractvalue { i32, i32, i32, i32 } %263, 3
	%268 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %264, i32 %265, float 0.0, float 0.0, float 0.0, float 0.0)
	%269 = extractvalue { float, float, float, float } %268, 0
	%270 = extractvalue { float, float, float, float } %268, 1
	%271 = extractvalue { float, float, float, float } %268, 2
	%272 = extractvalue { float, float, float, float } %268, 3
	%273 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %266, i32 %267, float 0.0, float 0.0, float 0.0, float 0.0)
	%274 = extractvalue { float, float, float, float } %273, 0
	%275 = extractvalue { float, float, float, float } %273, 1
	%276 = extractvalue { float, float, float, float } %273, 2
	%277 = extractvalue { float, float, float, float } %273, 3
	%278 = add i32 %245, u0x1000
	%279 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %278)
	%280 = extractvalue { i32, i32, i32, i32 } %279, 0
	%281 = extractvalue { i32, i32, i32, i32 } %279, 1
	%282 = extractvalue { i32, i32, i32, i32 } %279, 2
	%283 = extractvalue { i32, i32, i32, i32 } %279, 3
	%284 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %280, i32 %281, float 0.0, float 0.0, float 0.0, float 0.0)
	%285 = extractvalue { float, float, float, float } %284, 0
	%286 = extractvalue { float, float, float, float } %284, 1
	%287 = extractvalue { float, float, float, float } %284, 2
	%288 = extractvalue { float, float, float, float } %284, 3
	%289 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %282, i32 %283, float 0.0, float 0.0, float 0.0, float 0.0)
	%290 = extractvalue { float, float, float, float } %289, 0
	%291 = extractvalue { float, float, float, float } %289, 1
	%292 = extractvalue { float, float, float, float } %289, 2
	%293 = extractvalue { float, float, float, float } %289, 3
	%294 = add i32 %245, 6144
	%295 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %294)
	%296 = extractvalue { i32, i32, i32, i32 } %295, 0
	%297 = extractvalue { i32, i32, i32, i32 } %295, 1
	%298 = extractvalue { i32, i32, i32, i32 } %295, 2
	%299 = extractvalue { i32, i32, i32, i32 } %295, 3
	%300 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %296, i32 %297, float 0.0, float 0.0, float 0.0, float 0.0)
	%301 = extractvalue { float, float, float, float } %300, 0
	%302 = extractvalue { float, float, float, float } %300, 1
	%303 = extractvalue { float, float, float, float } %300, 2
	%304 = extractvalue { float, float, float, float } %300, 3
	%305 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %298, i32 %299, float 0.0, float 0.0, float 0.0, float 0.0)
	%306 = extractvalue { float, float, float, float } %305, 0
	%307 = extractvalue { float, float, float, float } %305, 1
	%308 = extractvalue { float, float, float, float } %305, 2
	%309 = extractvalue { float, float, float, float } %305, 3
	%310 = xor i32 %244, 32
	%311 = add i32 %310, 0
	%312 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %311)
	%313 = extractvalue { i32, i32, i32, i32 } %312, 0
	%314 = extractvalue { i32, i32, i32, i32 } %312, 1
	%315 = extractvalue { i32, i32, i32, i32 } %312, 2
	%316 = extractvalue { i32, i32, i32, i32 } %312, 3
	%317 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %313, i32 %314, float %253, float %254, float %255, float %256)
	%318 = extractvalue { float, float, float, float } %317, 0
	%319 = extractvalue { float, float, float, float } %317, 1
	%320 = extractvalue { float, float, float, float } %317, 2
	%321 = extractvalue { float, float, float, float } %317, 3
	%322 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %315, i32 %316, float %258, float %259, float %260, float %261)
	%323 = extractvalue { float, float, float, float } %322, 0
	%324 = extractvalue { float, float, float, float } %322, 1
	%325 = extractvalue { float, float, float, float } %322, 2
	%326 = extractvalue { float, float, float, float } %322, 3
	%327 = add i32 %310, 2048
	%328 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %327)
	%329 = extractvalue { i32, i32, i32, i32 } %328, 0
	%330 = extractvalue { i32, i32, i32, i32 } %328, 1
	%331 = extractvalue { i32, i32, i32, i32 } %328, 2
	%332 = extractvalue { i32, i32, i32, i32 } %328, 3
	%333 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %329, i32 %330, float %269, float %270, float %271, float %272)
	%334 = extractvalue { float, float, float, float } %333, 0
	%335 = extractvalue { float, float, float, float } %333, 1
	%336 = extractvalue { float, float, float, float } %333, 2
	%337 = extractvalue { float, float, float, float } %333, 3
	%338 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %331, i32 %332, float %274, float %275, float %276, float %277)
	%339 = extractvalue { float, float, float, float } %338, 0
	%340 = extractvalue { float, float, float, float } %338, 1
	%341 = extractvalue { float, float, float, float } %338, 2
	%342 = extractvalue { float, float, float, float } %338, 3
	%343 = add i32 %310, u0x1000
	%344 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %343)
	%345 = extractvalue { i32, i32, i32, i32 } %344, 0
	%346 = extractvalue { i32, i32, i32, i32 } %344, 1
	%347 = extractvalue { i32, i32, i32, i32 } %344, 2
	%348 = extractvalue { i32, i32, i32, i32 } %344, 3
	%349 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %345, i32 %346, float %285, float %286, float %287, float %288)
	%350 = extractvalue { float, float, float, float } %349, 0
	%351 = extractvalue { float, float, float, float } %349, 1
	%352 = extractvalue { float, float, float, float } %349, 2
	%353 = extractvalue { float, float, float, float } %349, 3
	%354 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %347, i32 %348, float %290, float %291, float %292, float %293)
	%355 = extractvalue { float, float, float, float } %354, 0
	%356 = extractvalue { float, float, float, float } %354, 1
	%357 = extractvalue { float, float, float, float } %354, 2
	%358 = extractvalue { float, float, float, float } %354, 3
	%359 = add i32 %310, 6144
	%360 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %359)
	%361 = extractvalue { i32, i32, i32, i32 } %360, 0
	%362 = extractvalue { i32, i32, i32, i32 } %360, 1
	%363 = extractvalue { i32, i32, i32, i32 } %360, 2
	%364 = extractvalue { i32, i32, i32, i32 } %360, 3
	%365 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %361, i32 %362, float %301, float %302, float %303, float %304)
	%366 = extractvalue { float, float, float, float } %365, 0
	%367 = extractvalue { float, float, float, float } %365, 1
	%368 = extractvalue { float, float, float, float } %365, 2
	%369 = extractvalue { float, float, float, float } %365, 3
	%370 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %363, i32 %364, float %306, float %307, float %308, float %309)
	%371 = extractvalue { float, float, float, float } %370, 0
	%372 = extractvalue { float, float, float, float } %370, 1
	%373 = extractvalue { float, float, float, float } %370, 2
	%374 = extractvalue { float, float, float, float } %370, 3
	%375 = xor i32 %244, 64
	%376 = add i32 %375, 0
	%377 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %376)
	%378 = extractvalue { i32, i32, i32, i32 } %377, 0
	%379 = extractvalue { i32, i32, i32, i32 } %377, 1
	%380 = extractvalue { i32, i32, i32, i32 } %377, 2
	%381 = extractvalue { i32, i32, i32, i32 } %377, 3
	%382 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %378, i32 %379, float %318, float %319, float %320, float %321)
	%383 = extractvalue { float, float, float, float } %382, 0
	%384 = extractvalue { float, float, float, float } %382, 1
	%385 = extractvalue { float, float, float, float } %382, 2
	%386 = extractvalue { float, float, float, float } %382, 3
	%387 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %380, i32 %381, float %323, float %324, float %325, float %326)
	%388 = extractvalue { float, float, float, float } %387, 0
	%389 = extractvalue { float, float, float, float } %387, 1
	%390 = extractvalue { float, float, float, float } %387, 2
	%391 = extractvalue { float, float, float, float } %387, 3
	%392 = add i32 %375, 2048
	%393 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %392)
	%394 = extractvalue { i32, i32, i32, i32 } %393, 0
	%395 = extractvalue { i32, i32, i32, i32 } %393, 1
	%396 = extractvalue { i32, i32, i32, i32 } %393, 2
	%397 = extractvalue { i32, i32, i32, i32 } %393, 3
	%398 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %394, i32 %395, float %334, float %335, float %336, float %337)
	%399 = extractvalue { float, float, float, float } %398, 0
	%400 = extractvalue { float, float, float, float } %398, 1
	%401 = extractvalue { float, float, float, float } %398, 2
	%402 = extractvalue { float, float, float, float } %398, 3
	%403 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %396, i32 %397, float %339, float %340, float %341, float %342)
	%404 = extractvalue { float, float, float, float } %403, 0
	%405 = extractvalue { float, float, float, float } %403, 1
	%406 = extractvalue { float, float, float, float } %403, 2
	%407 = extractvalue { float, float, float, float } %403, 3
	%408 = add i32 %375, u0x1000
	%409 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %408)
	%410 = extractvalue { i32, i32, i32, i32 } %409, 0
	%411 = extractvalue { i32, i32, i32, i32 } %409, 1
	%412 = extractvalue { i32, i32, i32, i32 } %409, 2
	%413 = extractvalue { i32, i32, i32, i32 } %409, 3
	%414 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %410, i32 %411, float %350, float %351, float %352, float %353)
	%415 = extractvalue { float, float, float, float } %414, 0
	%416 = extractvalue { float, float, float, float } %414, 1
	%417 = extractvalue { float, float, float, float } %414, 2
	%418 = extractvalue { float, float, float, float } %414, 3
	%419 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %412, i32 %413, float %355, float %356, float %357, float %358)
	%420 = extractvalue { float, float, float, float } %419, 0
	%421 = extractvalue { float, float, float, float } %419, 1
	%422 = extractvalue { float, float, float, float } %419, 2
	%423 = extractvalue { float, float, float, float } %419, 3
	%424 = add i32 %375, 6144
	%425 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %424)
	%426 = extractvalue { i32, i32, i32, i32 } %425, 0
	%427 = extractvalue { i32, i32, i32, i32 } %425, 1
	%428 = extractvalue { i32, i32, i32, i32 } %425, 2
	%429 = extractvalue { i32, i32, i32, i32 } %425, 3
	%430 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %426, i32 %427, float %366, float %367, float %368, float %369)
	%431 = extractvalue { float, float, float, float } %430, 0
	%432 = extractvalue { float, float, float, float } %430, 1
	%433 = extractvalue { float, float, float, float } %430, 2
	%434 = extractvalue { float, float, float, float } %430, 3
	%435 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %428, i32 %429, float %371, float %372, float %373, float %374)
	%436 = extractvalue { float, float, float, float } %435, 0
	%437 = extractvalue { float, float, float, float } %435, 1
	%438 = extractvalue { float, float, float, float } %435, 2
	%439 = extractvalue { float, float, float, float } %435, 3
	%440 = xor i32 %244, 96
	%441 = add i32 %440, 0
	%442 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %441)
	%443 = extractvalue { i32, i32, i32, i32 } %442, 0
	%444 = extractvalue { i32, i32, i32, i32 } %442, 1
	%445 = extractvalue { i32, i32, i32, i32 } %442, 2
	%446 = extractvalue { i32, i32, i32, i32 } %442, 3
	%447 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %443, i32 %444, float %383, float %384, float %385, float %386)
	%448 = extractvalue { float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float } %447, 3
	%452 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %445, i32 %446, float %388, float %389, float %390, float %391)
	%453 = extractvalue { float, float, float, float } %452, 0
	%454 = extractvalue { float, float, float, float } %452, 1
	%455 = extractvalue { float, float, float, float } %452, 2
	%456 = extractvalue { float, float, float, float } %452, 3
	%457 = add i32 %440, 2048
	%458 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %457)
	%459 = extractvalue { i32, i32, i32, i32 } %458, 0
	%460 = extractvalue { i32, i32, i32, i32 } %458, 1
	%461 = extractvalue { i32, i32, i32, i32 } %458, 2
	%462 = extractvalue { i32, i32, i32, i32 } %458, 3
	%463 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %459, i32 %460, float %399, float %400, float %401, float %402)
	%464 = extractvalue { float, float, float, float } %463, 0
	%465 = extractvalue { float, float, float, float } %463, 1
	%466 = extractvalue { float, float, float, float } %463, 2
	%467 = extractvalue { float, float, float, float } %463, 3
	%468 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %461, i32 %462, float %404, float %405, float %406, float %407)
	%469 = extractvalue { float, float, float, float } %468, 0
	%470 = extractvalue { float, float, float, float } %468, 1
	%471 = extractvalue { float, float, float, float } %468, 2
	%472 = extractvalue { float, float, float, float } %468, 3
	%473 = add i32 %440, u0x1000
	%474 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %473)
	%475 = extractvalue { i32, i32, i32, i32 } %474, 0
	%476 = extractvalue { i32, i32, i32, i32 } %474, 1
	%477 = extractvalue { i32, i32, i32, i32 } %474, 2
	%478 = extractvalue { i32, i32, i32, i32 } %474, 3
	%479 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %475, i32 %476, float %415, float %416, float %417, float %418)
	%480 = extractvalue { float, float, float, float } %479, 0
	%481 = extractvalue { float, float, float, float } %479, 1
	%482 = extractvalue { float, float, float, float } %479, 2
	%483 = extractvalue { float, float, float, float } %479, 3
	%484 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %477, i32 %478, float %420, float %421, float %422, float %423)
	%485 = extractvalue { float, float, float, float } %484, 0
	%486 = extractvalue { float, float, float, float } %484, 1
	%487 = extractvalue { float, float, float, float } %484, 2
	%488 = extractvalue { float, float, float, float } %484, 3
	%489 = add i32 %440, 6144
	%490 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %489)
	%491 = extractvalue { i32, i32, i32, i32 } %490, 0
	%492 = extractvalue { i32, i32, i32, i32 } %490, 1
	%493 = extractvalue { i32, i32, i32, i32 } %490, 2
	%494 = extractvalue { i32, i32, i32, i32 } %490, 3
	%495 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %491, i32 %492, float %431, float %432, float %433, float %434)
	%496 = extractvalue { float, float, float, float } %495, 0
	%497 = extractvalue { float, float, float, float } %495, 1
	%498 = extractvalue { float, float, float, float } %495, 2
	%499 = extractvalue { float, float, float, float } %495, 3
	%500 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %493, i32 %494, float %436, float %437, float %438, float %439)
	%501 = extractvalue { float, float, float, float } %500, 0
	%502 = extractvalue { float, float, float, float } %500, 1
	%503 = extractvalue { float, float, float, float } %500, 2
	%504 = extractvalue { float, float, float, float } %500, 3
	%505 = mul i32 %3, 16
	%506 = add i32 %12, %505
	%507 = add i32 %5, 0
	%508 = add i32 %506, %507
	%509 = mul i32 %3, 16
	%510 = add i32 %12, %509
	%511 = add i32 %5, 8
	%512 = add i32 %510, %511
	%513 = sitofp i32 %10 to float
	%514 = add i32 %33, %158
	%515 = sext i32 %514 to i64
	%516 = getelementptr i8, i8* %cls, i64 %515
	%517 = load i8, i8* %516
	%518 = icmp ne i8 %517, 2
	br i1 %518, label %partial, label %softmax

epilogue:
	%519 = phi float [ 0.0, %entry ], [ %1592, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %1644, %pv ]
	%521 = phi i32 [ 0, %entry ], [ %1645, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1932, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1933, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1934, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1935, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1937, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1938, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1939, %pv ]
	%529 = phi float [ 0.0, %entry ], [ %1940, %pv ]
	%530 = phi float [ 0.0, %entry ], [ %1949, %pv ]
	%531 = phi float [ 0.0, %entry ], [ %1950, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1951, %pv ]
	%533 = phi float [ 0.0, %entry ], [ %1952, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1954, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1955, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1956, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1957, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1966, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1967, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1968, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1969, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1971, %pv ]
	%543 = phi float [ 0.0, %entry ], [ %1972, %pv ]
	%544 = phi float [ 0.0, %entry ], [ %1973, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1974, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1983, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %1984, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1985, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1986, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1988, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1989, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1990, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1991, %pv ]
	%554 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %519, i32 1, i32 31)
	%555 = fadd float %519, %554
	%556 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %555, i32 2, i32 31)
	%557 = fadd float %555, %556
	%558 = fcmp ogt float %557, 0.0
	%559 = fdiv float 1.0, %557
	%560 = select i1 %558, float %559, float 0.0
	%561 = mul i32 %3, 16
	%562 = add i32 %12, %561
	%563 = add i32 %5, 0
	%564 = add i32 %562, %563
	%565 = fmul float %522, %560
	%566 = fmul float %523, %560
	%567 = fmul float %526, %560
	%568 = fmul float %527, %560
	%569 = fmul float %530, %560
	%570 = fmul float %531, %560
	%571 = fmul float %534, %560
	%572 = fmul float %535, %560
	%573 = fmul float %538, %560
	%574 = fmul float %539, %560
	%575 = fmul float %542, %560
	%576 = fmul float %543, %560
	%577 = fmul float %546, %560
	%578 = fmul float %547, %560
	%579 = fmul float %550, %560
	%580 = fmul float %551, %560
	%581 = icmp slt i32 %564, %M
	br i1 %581, label %store0, label %stored0

partial:
	%582 = shl i32 %6, 1
	%583 = add i32 0, %582
	%584 = add i32 %195, %583
	%585 = icmp slt i32 %584, %N
	%586 = select i1 %585, i32 %584, i32 0
	%587 = sitofp i32 %508 to float
	%588 = sitofp i32 %586 to float
	%589 = fcmp ole float %588, %587
	%590 = uitofp i1 %589 to float
	%591 = fcmp une float %590, 0.0
	%592 = fsub float %587, %588
	%593 = fcmp olt float %592, 256.0
	%594 = uitofp i1 %593 to float
	%595 = fcmp une float %594, 0.0
	%596 = fcmp olt float %588, 4.0
	%597 = uitofp i1 %596 to float
	%598 = fcmp une float %597, 0.0
	%599 = or i1 %595, %598
	%600 = uitofp i1 %599 to float
	%601 = fcmp une float %600, 0.0
	%602 = and i1 %591, %601
	%603 = uitofp i1 %602 to float
	%604 = fcmp une float %603, 0.0
	%605 = and i1 %585, %604
	%606 = select i1 %605, float %448, float 0xFFF0000000000000
	%607 = shl i32 %6, 1
	%608 = add i32 1, %607
	%609 = add i32 %195, %608
	%610 = icmp slt i32 %609, %N
	%611 = select i1 %610, i32 %609, i32 0
	%612 = sitofp i32 %508 to float
	%613 = sitofp i32 %611 to float
	%614 = fcmp ole float %613, %612
	%615 = uitofp i1 %614 to float
	%616 = fcmp une float %615, 0.0
	%617 = fsub float %612, %613
	%618 = fcmp olt float %617, 256.0
	%619 = uitofp i1 %618 to float
	%620 = fcmp une float %619, 0.0
	%621 = fcmp olt float %613, 4.0
	%622 = uitofp i1 %621 to float
	%623 = fcmp une float %622, 0.0
	%624 = or i1 %620, %623
	%625 = uitofp i1 %624 to float
	%626 = fcmp une float %625, 0.0
	%627 = and i1 %616, %626
	%628 = uitofp i1 %627 to float
	%629 = fcmp une float %628, 0.0
	%630 = and i1 %610, %629
	%631 = select i1 %630, float %449, float 0xFFF0000000000000
	%632 = shl i32 %6, 1
	%633 = add i32 0, %632
	%634 = add i32 %195, %633
	%635 = icmp slt i32 %634, %N
	%636 = select i1 %635, i32 %634, i32 0
	%637 = sitofp i32 %512 to float
	%638 = sitofp i32 %636 to float
	%639 = fcmp ole float %638, %637
	%640 = uitofp i1 %639 to float
	%641 = fcmp une float %640, 0.0
	%642 = fsub float %637, %638
	%643 = fcmp olt float %642, 256.0
	%644 = uitofp i1 %643 to float
	%645 = fcmp une float %644, 0.0
	%646 = fcmp olt float %638, 4.0
	%647 = uitofp i1 %646 to float
	%648 = fcmp une float %647, 0.0
	%649 = or i1 %645, %648
	%650 = uitofp i1 %649 to float
	%651 = fcmp une float %650, 0.0
	%652 = and i1 %641, %651
	%653 = uitofp i1 %652 to float
	%654 = fcmp une float %653, 0.0
	%655 = and i1 %635, %654
	%656 = select i1 %655, float %450, float 0xFFF0000000000000
	%657 = shl i32 %6, 1
	%658 = add i32 1, %657
	%659 = add i32 %195, %658
	%660 = icmp slt i32 %659, %N
	%661 = select i1 %660, i32 %659, i32 0
	%662 = sitofp i32 %512 to float
	%663 = sitofp i32 %661 to float
	%664 = fcmp ole float %663, %662
	%665 = uitofp i1 %664 to float
	%666 = fcmp une float %665, 0.0
	%667 = fsub float %662, %663
	%668 = fcmp olt float %667, 256.0
	%669 = uitofp i1 %668 to float
	%670 = fcmp une float %669, 0.0
	%671 = fcmp olt float %663, 4.0
	%672 = uitofp i1 %671 to float
	%673 = fcmp une float %672, 0.0
	%674 = or i1 %670, %673
	%675 = uitofp i1 %674 to float
	%676 = fcmp une float %675, 0.0
	%677 = and i1 %666, %676
	%678 = uitofp i1 %677 to float
	%679 = fcmp une float %678, 0.0
	%680 = and i1 %660, %679
	%681 = select i1 %680, float %451, float 0xFFF0000000000000
	%682 = shl i32 %6, 1
	%683 = add i32 8, %682
	%684 = add i32 %195, %683
	%685 = icmp slt i32 %684, %N
	%686 = select i1 %685, i32 %684, i32 0
	%687 = sitofp i32 %508 to float
	%688 = sitofp i32 %686 to float
	%689 = fcmp ole float %688, %687
	%690 = uitofp i1 %689 to float
	%691 = fcmp une float %690, 0.0
	%692 = fsub float %687, %688
	%693 = fcmp olt float %692, 256.0
	%694 = uitofp i1 %693 to float
	%695 = fcmp une float %694, 0.0
	%696 = fcmp olt float %688, 4.0
	%697 = uitofp i1 %696 to float
	%698 = fcmp une float %697, 0.0
	%699 = or i1 %695, %698
	%700 = uitofp i1 %699 to float
	%701 = fcmp une float %700, 0.0
	%702 = and i1 %691, %701
	%703 = uitofp i1 %702 to float
	%704 = fcmp une float %703, 0.0
	%705 = and i1 %685, %704
	%706 = select i1 %705, float %453, float 0xFFF0000000000000
	%707 = shl i32 %6, 1
	%708 = add i32 9, %707
	%709 = add i32 %195, %708
	%710 = icmp slt i32 %709, %N
	%711 = select i1 %710, i32 %709, i32 0
	%712 = sitofp i32 %508 to float
	%713 = sitofp i32 %711 to float
	%714 = fcmp ole float %713, %712
	%715 = uitofp i1 %714 to float
	%716 = fcmp une float %715, 0.0
	%717 = fsub float %712, %713
	%718 = fcmp olt float %717, 256.0
	%719 = uitofp i1 %718 to float
	%720 = fcmp une float %719, 0.0
	%721 = fcmp olt float %713, 4.0
	%722 = uitofp i1 %721 to float
	%723 = fcmp une float %722, 0.0
	%724 = or i1 %720, %723
	%725 = uitofp i1 %724 to float
	%726 = fcmp une float %725, 0.0
	%727 = and i1 %716, %726
	%728 = uitofp i1 %727 to float
	%729 = fcmp une float %728, 0.0
	%730 = and i1 %710, %729
	%731 = select i1 %730, float %454, float 0xFFF0000000000000
	%732 = shl i32 %6, 1
	%733 = add i32 8, %732
	%734 = add i32 %195, %733
	%735 = icmp slt i32 %734, %N
	%736 = select i1 %735, i32 %734, i32 0
	%737 = sitofp i32 %512 to float
	%738 = sitofp i32 %736 to float
	%739 = fcmp ole float %738, %737
	%740 = uitofp i1 %739 to float
	%741 = fcmp une float %740, 0.0
	%742 = fsub float %737, %738
	%743 = fcmp olt float %742, 256.0
	%744 = uitofp i1 %743 to float
	%745 = fcmp une float %744, 0.0
	%746 = fcmp olt float %738, 4.0
	%747 = uitofp i1 %746 to float
	%748 = fcmp une float %747, 0.0
	%749 = or i1 %745, %748
	%750 = uitofp i1 %749 to float
	%751 = fcmp une float %750, 0.0
	%752 = and i1 %741, %751
	%753 = uitofp i1 %752 to float
	%754 = fcmp une float %753, 0.0
	%755 = and i1 %735, %754
	%756 = select i1 %755, float %455, float 0xFFF0000000000000
	%757 = shl i32 %6, 1
	%758 = add i32 9, %757
	%759 = add i32 %195, %758
	%760 = icmp slt i32 %759, %N
	%761 = select i1 %760, i32 %759, i32 0
	%762 = sitofp i32 %512 to float
	%763 = sitofp i32 %761 to float
	%764 = fcmp ole float %763, %762
	%765 = uitofp i1 %764 to float
	%766 = fcmp une float %765, 0.0
	%767 = fsub float %762, %763
	%768 = fcmp olt float %767, 256.0
	%769 = uitofp i1 %768 to float
	%770 = fcmp une float %769, 0.0
	%771 = fcmp olt float %763, 4.0
	%772 = uitofp i1 %771 to float
	%773 = fcmp une float %772, 0.0
	%774 = or i1 %770, %773
	%775 = uitofp i1 %774 to float
	%776 = fcmp une float %775, 0.0
	%777 = and i1 %766, %776
	%778 = uitofp i1 %777 to float
	%779 = fcmp une float %778, 0.0
	%780 = and i1 %760, %779
	%781 = select i1 %780, float %456, float 0xFFF0000000000000
	%782 = shl i32 %6, 1
	%783 = add i32 16, %782
	%784 = add i32 %195, %783
	%785 = icmp slt i32 %784, %N
	%786 = select i1 %785, i32 %784, i32 0
	%787 = sitofp i32 %508 to float
	%788 = sitofp i32 %786 to float
	%789 = fcmp ole float %788, %787
	%790 = uitofp i1 %789 to float
	%791 = fcmp une float %790, 0.0
	%792 = fsub float %787, %788
	%793 = fcmp olt float %792, 256.0
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = fcmp olt float %788, 4.0
	%797 = uitofp i1 %796 to float
	%798 = fcmp une float %797, 0.0
	%799 = or i1 %795, %798
	%800 = uitofp i1 %799 to float
	%801 = fcmp une float %800, 0.0
	%802 = and i1 %791, %801
	%803 = uitofp i1 %802 to float
	%804 = fcmp une float %803, 0.0
	%805 = and i1 %785, %804
	%806 = select i1 %805, float %464, float 0xFFF0000000000000
	%807 = shl i32 %6, 1
	%808 = add i32 17, %807
	%809 = add i32 %195, %808
	%810 = icmp slt i32 %809, %N
	%811 = select i1 %810, i32 %809, i32 0
	%812 = sitofp i32 %508 to float
	%813 = sitofp i32 %811 to float
	%814 = fcmp ole float %813, %812
	%815 = uitofp i1 %814 to float
	%816 = fcmp une float %815, 0.0
	%817 = fsub float %812, %813
	%818 = fcmp olt float %817, 256.0
	%819 = uitofp i1 %818 to float
	%820 = fcmp une float %819, 0.0
	%821 = fcmp olt float %813, 4.0
	%822 = uitofp i1 %821 to float
	%823 = fcmp une float %822, 0.0
	%824 = or i1 %820, %823
	%825 = uitofp i1 %824 to float
	%826 = fcmp une float %825, 0.0
	%827 = and i1 %816, %826
	%828 = uitofp i1 %827 to float
	%829 = fcmp une float %828, 0.0
	%830 = and i1 %810, %829
	%831 = select i1 %830, float %465, float 0xFFF0000000000000
	%832 = shl i32 %6, 1
	%833 = add i32 16, %832
	%834 = add i32 %195, %833
	%835 = icmp slt i32 %834, %N
	%836 = select i1 %835, i32 %834, i32 0
	%837 = sitofp i32 %512 to float
	%838 = sitofp i32 %836 to float
	%839 = fcmp ole float %838, %837
	%840 = uitofp i1 %839 to float
	%841 = fcmp une float %840, 0.0
	%842 = fsub float %837, %838
	%843 = fcmp olt float %842, 256.0
	%844 = uitofp i1 %843 to float
	%845 = fcmp une float %844, 0.0
	%846 = fcmp olt float %838, 4.0
	%847 = uitofp i1 %846 to float
	%848 = fcmp une float %847, 0.0
	%849 = or i1 %845, %848
	%850 = uitofp i1 %849 to float
	%851 = fcmp une float %850, 0.0
	%852 = and i1 %841, %851
	%853 = uitofp i1 %852 to float
	%854 = fcmp une float %853, 0.0
	%855 = and i1 %835, %854
	%856 = select i1 %855, float %466, float 0xFFF0000000000000
	%857 = shl i32 %6, 1
	%858 = add i32 17, %857
	%859 = add i32 %195, %858
	%860 = icmp slt i32 %859, %N
	%861 = select i1 %860, i32 %859, i32 0
	%862 = sitofp i32 %512 to float
	%863 = sitofp i32 %861 to float
	%864 = fcmp ole float %863, %862
	%865 = uitofp i1 %864 to float
	%866 = fcmp une float %865, 0.0
	%867 = fsub float %862, %863
	%868 = fcmp olt float %867, 256.0
	%869 = uitofp i1 %868 to float
	%870 = fcmp une float %869, 0.0
	%871 = fcmp olt float %863, 4.0
	%872 = uitofp i1 %871 to float
	%873 = fcmp une float %872, 0.0
	%874 = or i1 %870, %873
	%875 = uitofp i1 %874 to float
	%876 = fcmp une float %875, 0.0
	%877 = and i1 %866, %876
	%878 = uitofp i1 %877 to float
	%879 = fcmp une float %878, 0.0
	%880 = and i1 %860, %879
	%881 = select i1 %880, float %467, float 0xFFF0000000000000
	%882 = shl i32 %6, 1
	%883 = add i32 24, %882
	%884 = add i32 %195, %883
	%885 = icmp slt i32 %884, %N
	%886 = select i1 %885, i32 %884, i32 0
	%887 = sitofp i32 %508 to float
	%888 = sitofp i32 %886 to float
	%889 = fcmp ole float %888, %887
	%890 = uitofp i1 %889 to float
	%891 = fcmp une float %890, 0.0
	%892 = fsub float %887, %888
	%893 = fcmp olt float %892, 256.0
	%894 = uitofp i1 %893 to float
	%895 = fcmp une float %894, 0.0
	%896 = fcmp olt float %888, 4.0
	%897 = uitofp i1 %896 to float
	%898 = fcmp une float %897, 0.0
	%899 = or i1 %895, %898
	%900 = uitofp i1 %899 to float
	%901 = fcmp une float %900, 0.0
	%902 = and i1 %891, %901
	%903 = uitofp i1 %902 to float
	%904 = fcmp une float %903, 0.0
	%905 = and i1 %885, %904
	%906 = select i1 %905, float %469, float 0xFFF0000000000000
	%907 = shl i32 %6, 1
	%908 = add i32 25, %907
	%909 = add i32 %195, %908
	%910 = icmp slt i32 %909, %N
	%911 = select i1 %910, i32 %909, i32 0
	%912 = sitofp i32 %508 to float
	%913 = sitofp i32 %911 to float
	%914 = fcmp ole float %913, %912
	%915 = uitofp i1 %914 to float
	%916 = fcmp une float %915, 0.0
	%917 = fsub float %912, %913
	%918 = fcmp olt float %917, 256.0
	%919 = uitofp i1 %918 to float
	%920 = fcmp une float %919, 0.0
	%921 = fcmp olt float %913, 4.0
	%922 = uitofp i1 %921 to float
	%923 = fcmp une float %922, 0.0
	%924 = or i1 %920, %923
	%925 = uitofp i1 %924 to float
	%926 = fcmp une float %925, 0.0
	%927 = and i1 %916, %926
	%928 = uitofp i1 %927 to float
	%929 = fcmp une float %928, 0.0
	%930 = and i1 %910, %929
	%931 = select i1 %930, float %470, float 0xFFF0000000000000
	%932 = shl i32 %6, 1
	%933 = add i32 24, %932
	%934 = add i32 %195, %933
	%935 = icmp slt i32 %934, %N
	%936 = select i1 %935, i32 %934, i32 0
	%937 = sitofp i32 %512 to float
	%938 = sitofp i32 %936 to float
	%939 = fcmp ole float %938, %937
	%940 = uitofp i1 %939 to float
	%941 = fcmp une float %940, 0.0
	%942 = fsub float %937, %938
	%943 = fcmp olt float %942, 256.0
	%944 = uitofp i1 %943 to float
	%945 = fcmp une float %944, 0.0
	%946 = fcmp olt float %938, 4.0
	%947 = uitofp i1 %946 to float
	%948 = fcmp une float %947, 0.0
	%949 = or i1 %945, %948
	%950 = uitofp i1 %949 to float
	%951 = fcmp une float %950, 0.0
	%952 = and i1 %941, %951
	%953 = uitofp i1 %952 to float
	%954 = fcmp une float %953, 0.0
	%955 = and i1 %935, %954
	%956 = select i1 %955, float %471, float 0xFFF0000000000000
	%957 = shl i32 %6, 1
	%958 = add i32 25, %957
	%959 = add i32 %195, %958
	%960 = icmp slt i32 %959, %N
	%961 = select i1 %960, i32 %959, i32 0
	%962 = sitofp i32 %512 to float
	%963 = sitofp i32 %961 to float
	%964 = fcmp ole float %963, %962
	%965 = uitofp i1 %964 to float
	%966 = fcmp une float %965, 0.0
	%967 = fsub float %962, %963
	%968 = fcmp olt float %967, 256.0
	%969 = uitofp i1 %968 to float
	%970 = fcmp une float %969, 0.0
	%971 = fcmp olt float %963, 4.0
	%972 = uitofp i1 %971 to float
	%973 = fcmp une float %972, 0.0
	%974 = or i1 %970, %973
	%975 = uitofp i1 %974 to float
	%976 = fcmp une float %975, 0.0
	%977 = and i1 %966, %976
	%978 = uitofp i1 %977 to float
	%979 = fcmp une float %978, 0.0
	%980 = and i1 %960, %979
	%981 = select i1 %980, float %472, float 0xFFF0000000000000
	%982 = shl i32 %6, 1
	%983 = add i32 32, %982
	%984 = add i32 %195, %983
	%985 = icmp slt i32 %984, %N
	%986 = select i1 %985, i32 %984, i32 0
	%987 = sitofp i32 %508 to float
	%988 = sitofp i32 %986 to float
	%989 = fcmp ole float %988, %987
	%990 = uitofp i1 %989 to float
	%991 = fcmp une float %990, 0.0
	%992 = fsub float %987, %988
	%993 = fcmp olt float %992, 256.0
	%994 = uitofp i1 %993 to float
	%995 = fcmp une float %994, 0.0
	%996 = fcmp olt float %988, 4.0
	%997 = uitofp i1 %996 to float
	%998 = fcmp une float %997, 0.0
	%999 = or i1 %995, %998
	%1000 = uitofp i1 %999 to float
	%1001 = fcmp une float %1000, 0.0
	%1002 = and i1 %991, %1001
	%1003 = uitofp i1 %1002 to float
	%1004 = fcmp une float %1003, 0.0
	%1005 = and i1 %985, %1004
	%1006 = select i1 %1005, float %480, float 0xFFF0000000000000
	%1007 = shl i32 %6, 1
	%1008 = add i32 33, %1007
	%1009 = add i32 %195, %1008
	%1010 = icmp slt i32 %1009, %N
	%1011 = select i1 %1010, i32 %1009, i32 0
	%1012 = sitofp i32 %508 to float
	%1013 = sitofp i32 %1011 to float
	%1014 = fcmp ole float %1013, %1012
	%1015 = uitofp i1 %1014 to float
	%1016 = fcmp une float %1015, 0.0
	%1017 = fsub float %1012, %1013
	%1018 = fcmp olt float %1017, 256.0
	%1019 = uitofp i1 %1018 to float
	%1020 = fcmp une float %1019, 0.0
	%1021 = fcmp olt float %1013, 4.0
	%1022 = uitofp i1 %1021 to float
	%1023 = fcmp une float %1022, 0.0
	%1024 = or i1 %1020, %1023
	%1025 = uitofp i1 %1024 to float
	%1026 = fcmp une float %1025, 0.0
	%1027 = and i1 %1016, %1026
	%1028 = uitofp i1 %1027 to float
	%1029 = fcmp une float %1028, 0.0
	%1030 = and i1 %1010, %1029
	%1031 = select i1 %1030, float %481, float 0xFFF0000000000000
	%1032 = shl i32 %6, 1
	%1033 = add i32 32, %1032
	%1034 = add i32 %195, %1033
	%1035 = icmp slt i32 %1034, %N
	%1036 = select i1 %1035, i32 %1034, i32 0
	%1037 = sitofp i32 %512 to float
	%1038 = sitofp i32 %1036 to float
	%1039 = fcmp ole float %1038, %1037
	%1040 = uitofp i1 %1039 to float
	%1041 = fcmp une float %1040, 0.0
	%1042 = fsub float %1037, %1038
	%1043 = fcmp olt float %1042, 256.0
	%1044 = uitofp i1 %1043 to float
	%1045 = fcmp une float %1044, 0.0
	%1046 = fcmp olt float %1038, 4.0
	%1047 = uitofp i1 %1046 to float
	%1048 = fcmp une float %1047, 0.0
	%1049 = or i1 %1045, %1048
	%1050 = uitofp i1 %1049 to float
	%1051 = fcmp une float %1050, 0.0
	%1052 = and i1 %1041, %1051
	%1053 = uitofp i1 %1052 to float
	%1054 = fcmp une float %1053, 0.0
	%1055 = and i1 %1035, %1054
	%1056 = select i1 %1055, float %482, float 0xFFF0000000000000
	%1057 = shl i32 %6, 1
	%1058 = add i32 33, %1057
	%1059 = add i32 %195, %1058
	%1060 = icmp slt i32 %1059, %N
	%1061 = select i1 %1060, i32 %1059, i32 0
	%1062 = sitofp i32 %512 to float
	%1063 = sitofp i32 %1061 to float
	%1064 = fcmp ole float %1063, %1062
	%1065 = uitofp i1 %1064 to float
	%1066 = fcmp une float %1065, 0.0
	%1067 = fsub float %1062, %1063
	%1068 = fcmp olt float %1067, 256.0
	%1069 = uitofp i1 %1068 to float
	%1070 = fcmp une float %1069, 0.0
	%1071 = fcmp olt float %1063, 4.0
	%1072 = uitofp i1 %1071 to float
	%1073 = fcmp une float %1072, 0.0
	%1074 = or i1 %1070, %1073
	%1075 = uitofp i1 %1074 to float
	%1076 = fcmp une float %1075, 0.0
	%1077 = and i1 %1066, %1076
	%1078 = uitofp i1 %1077 to float
	%1079 = fcmp une float %1078, 0.0
	%1080 = and i1 %1060, %1079
	%1081 = select i1 %1080, float %483, float 0xFFF0000000000000
	%1082 = shl i32 %6, 1
	%1083 = add i32 40, %1082
	%1084 = add i32 %195, %1083
	%1085 = icmp slt i32 %1084, %N
	%1086 = select i1 %1085, i32 %1084, i32 0
	%1087 = sitofp i32 %508 to float
	%1088 = sitofp i32 %1086 to float
	%1089 = fcmp ole float %1088, %1087
	%1090 = uitofp i1 %1089 to float
	%1091 = fcmp une float %1090, 0.0
	%1092 = fsub float %1087, %1088
	%1093 = fcmp olt float %1092, 256.0
	%1094 = uitofp i1 %1093 to float
	%1095 = fcmp une float %1094, 0.0
	%1096 = fcmp olt float %1088, 4.0
	%1097 = uitofp i1 %1096 to float
	%1098 = fcmp une float %1097, 0.0
	%1099 = or i1 %1095, %1098
	%1100 = uitofp i1 %1099 to float
	%1101 = fcmp une float %1100, 0.0
	%1102 = and i1 %1091, %1101
	%1103 = uitofp i1 %1102 to float
	%1104 = fcmp une float %1103, 0.0
	%1105 = and i1 %1085, %1104
	%1106 = select i1 %1105, float %485, float 0xFFF0000000000000
	%1107 = shl i32 %6, 1
	%1108 = add i32 41, %1107
	%1109 = add i32 %195, %1108
	%1110 = icmp slt i32 %1109, %N
	%1111 = select i1 %1110, i32 %1109, i32 0
	%1112 = sitofp i32 %508 to float
	%1113 = sitofp i32 %1111 to float
	%1114 = fcmp ole float %1113, %1112
	%1115 = uitofp i1 %1114 to float
	%1116 = fcmp une float %1115, 0.0
	%1117 = fsub float %1112, %1113
	%1118 = fcmp olt float %1117, 256.0
	%1119 = uitofp i1 %1118 to float
	%1120 = fcmp une float %1119, 0.0
	%1121 = fcmp olt float %1113, 4.0
	%1122 = uitofp i1 %1121 to float
	%1123 = fcmp une float %1122, 0.0
	%1124 = or i1 %1120, %1123
	%1125 = uitofp i1 %1124 to float
	%1126 = fcmp une float %1125, 0.0
	%1127 = and i1 %1116, %1126
	%1128 = uitofp i1 %1127 to float
	%1129 = fcmp une float %1128, 0.0
	%1130 = and i1 %1110, %1129
	%1131 = select i1 %1130, float %486, float 0xFFF0000000000000
	%1132 = shl i32 %6, 1
	%1133 = add i32 40, %1132
	%1134 = add i32 %195, %1133
	%1135 = icmp slt i32 %1134, %N
	%1136 = select i1 %1135, i32 %1134, i32 0
	%1137 = sitofp i32 %512 to float
	%1138 = sitofp i32 %1136 to float
	%1139 = fcmp ole float %1138, %1137
	%1140 = uitofp i1 %1139 to float
	%1141 = fcmp une float %1140, 0.0
	%1142 = fsub float %1137, %1138
	%1143 = fcmp olt float %1142, 256.0
	%1144 = uitofp i1 %1143 to float
	%1145 = fcmp une float %1144, 0.0
	%1146 = fcmp olt float %1138, 4.0
	%1147 = uitofp i1 %1146 to float
	%1148 = fcmp une float %1147, 0.0
	%1149 = or i1 %1145, %1148
	%1150 = uitofp i1 %1149 to float
	%1151 = fcmp une float %1150, 0.0
	%1152 = and i1 %1141, %1151
	%1153 = uitofp i1 %1152 to float
	%1154 = fcmp une float %1153, 0.0
	%1155 = and i1 %1135, %1154
	%1156 = select i1 %1155, float %487, float 0xFFF0000000000000
	%1157 = shl i32 %6, 1
	%1158 = add i32 41, %1157
	%1159 = add i32 %195, %1158
	%1160 = icmp slt i32 %1159, %N
	%1161 = select i1 %1160, i32 %1159, i32 0
	%1162 = sitofp i32 %512 to float
	%1163 = sitofp i32 %1161 to float
	%1164 = fcmp ole float %1163, %1162
	%1165 = uitofp i1 %1164 to float
	%1166 = fcmp une float %1165, 0.0
	%1167 = fsub float %1162, %1163
	%1168 = fcmp olt float %1167, 256.0
	%1169 = uitofp i1 %1168 to float
	%1170 = fcmp une float %1169, 0.0
	%1171 = fcmp olt float %1163, 4.0
	%1172 = uitofp i1 %1171 to float
	%1173 = fcmp une float %1172, 0.0
	%1174 = or i1 %1170, %1173
	%1175 = uitofp i1 %1174 to float
	%1176 = fcmp une float %1175, 0.0
	%1177 = and i1 %1166, %1176
	%1178 = uitofp i1 %1177 to float
	%1179 = fcmp une float %1178, 0.0
	%1180 = and i1 %1160, %1179
	%1181 = select i1 %1180, float %488, float 0xFFF0000000000000
	%1182 = shl i32 %6, 1
	%1183 = add i32 48, %1182
	%1184 = add i32 %195, %1183
	%1185 = icmp slt i32 %1184, %N
	%1186 = select i1 %1185, i32 %1184, i32 0
	%1187 = sitofp i32 %508 to float
	%1188 = sitofp i32 %1186 to float
	%1189 = fcmp ole float %1188, %1187
	%1190 = uitofp i1 %1189 to float
	%1191 = fcmp une float %1190, 0.0
	%1192 = fsub float %1187, %1188
	%1193 = fcmp olt float %1192, 256.0
	%1194 = uitofp i1 %1193 to float
	%1195 = fcmp une float %1194, 0.0
	%1196 = fcmp olt float %1188, 4.0
	%1197 = uitofp i1 %1196 to float
	%1198 = fcmp une float %1197, 0.0
	%1199 = or i1 %1195, %1198
	%1200 = uitofp i1 %1199 to float
	%1201 = fcmp une float %1200, 0.0
	%1202 = and i1 %1191, %1201
	%1203 = uitofp i1 %1202 to float
	%1204 = fcmp une float %1203, 0.0
	%1205 = and i1 %1185, %1204
	%1206 = select i1 %1205, float %496, float 0xFFF0000000000000
	%1207 = shl i32 %6, 1
	%1208 = add i32 49, %1207
	%1209 = add i32 %195, %1208
	%1210 = icmp slt i32 %1209, %N
	%1211 = select i1 %1210, i32 %1209, i32 0
	%1212 = sitofp i32 %508 to float
	%1213 = sitofp i32 %1211 to float
	%1214 = fcmp ole float %1213, %1212
	%1215 = uitofp i1 %1214 to float
	%1216 = fcmp une float %1215, 0.0
	%1217 = fsub float %1212, %1213
	%1218 = fcmp olt float %1217, 256.0
	%1219 = uitofp i1 %1218 to float
	%1220 = fcmp une float %1219, 0.0
	%1221 = fcmp olt float %1213, 4.0
	%1222 = uitofp i1 %1221 to float
	%1223 = fcmp une float %1222, 0.0
	%1224 = or i1 %1220, %1223
	%1225 = uitofp i1 %1224 to float
	%1226 = fcmp une float %1225, 0.0
	%1227 = and i1 %1216, %1226
	%1228 = uitofp i1 %1227 to float
	%1229 = fcmp une float %1228, 0.0
	%1230 = and i1 %1210, %1229
	%1231 = select i1 %1230, float %497, float 0xFFF0000000000000
	%1232 = shl i32 %6, 1
	%1233 = add i32 48, %1232
	%1234 = add i32 %195, %1233
	%1235 = icmp slt i32 %1234, %N
	%1236 = select i1 %1235, i32 %1234, i32 0
	%1237 = sitofp i32 %512 to float
	%1238 = sitofp i32 %1236 to float
	%1239 = fcmp ole float %1238, %1237
	%1240 = uitofp i1 %1239 to float
	%1241 = fcmp une float %1240, 0.0
	%1242 = fsub float %1237, %1238
	%1243 = fcmp olt float %1242, 256.0
	%1244 = uitofp i1 %1243 to float
	%1245 = fcmp une float %1244, 0.0
	%1246 = fcmp olt float %1238, 4.0
	%1247 = uitofp i1 %1246 to float
	%1248 = fcmp une float %1247, 0.0
	%1249 = or i1 %1245, %1248
	%1250 = uitofp i1 %1249 to float
	%1251 = fcmp une float %1250, 0.0
	%1252 = and i1 %1241, %1251
	%1253 = uitofp i1 %1252 to float
	%1254 = fcmp une float %1253, 0.0
	%1255 = and i1 %1235, %1254
	%1256 = select i1 %1255, float %498, float 0xFFF0000000000000
	%1257 = shl i32 %6, 1
	%1258 = add i32 49, %1257
	%1259 = add i32 %195, %1258
	%1260 = icmp slt i32 %1259, %N
	%1261 = select i1 %1260, i32 %1259, i32 0
	%1262 = sitofp i32 %512 to float
	%1263 = sitofp i32 %1261 to float
	%1264 = fcmp ole float %1263, %1262
	%1265 = uitofp i1 %1264 to float
	%1266 = fcmp une float %1265, 0.0
	%1267 = fsub float %1262, %1263
	%1268 = fcmp olt float %1267, 256.0
	%1269 = uitofp i1 %1268 to float
	%1270 = fcmp une float %1269, 0.0
	%1271 = fcmp olt float %1263, 4.0
	%1272 = uitofp i1 %1271 to float
	%1273 = fcmp une float %1272, 0.0
	%1274 = or i1 %1270, %1273
	%1275 = uitofp i1 %1274 to float
	%1276 = fcmp une float %1275, 0.0
	%1277 = and i1 %1266, %1276
	%1278 = uitofp i1 %1277 to float
	%1279 = fcmp une float %1278, 0.0
	%1280 = and i1 %1260, %1279
	%1281 = select i1 %1280, float %499, float 0xFFF0000000000000
	%1282 = shl i32 %6, 1
	%1283 = add i32 56, %1282
	%1284 = add i32 %195, %1283
	%1285 = icmp slt i32 %1284, %N
	%1286 = select i1 %1285, i32 %1284, i32 0
	%1287 = sitofp i32 %508 to float
	%1288 = sitofp i32 %1286 to float
	%1289 = fcmp ole float %1288, %1287
	%1290 = uitofp i1 %1289 to float
	%1291 = fcmp une float %1290, 0.0
	%1292 = fsub float %1287, %1288
	%1293 = fcmp olt float %1292, 256.0
	%1294 = uitofp i1 %1293 to float
	%1295 = fcmp une float %1294, 0.0
	%1296 = fcmp olt float %1288, 4.0
	%1297 = uitofp i1 %1296 to float
	%1298 = fcmp une float %1297, 0.0
	%1299 = or i1 %1295, %1298
	%1300 = uitofp i1 %1299 to float
	%1301 = fcmp une float %1300, 0.0
	%1302 = and i1 %1291, %1301
	%1303 = uitofp i1 %1302 to float
	%1304 = fcmp une float %1303, 0.0
	%1305 = and i1 %1285, %1304
	%1306 = select i1 %1305, float %501, float 0xFFF0000000000000
	%1307 = shl i32 %6, 1
	%1308 = add i32 57, %1307
	%1309 = add i32 %195, %1308
	%1310 = icmp slt i32 %1309, %N
	%1311 = select i1 %1310, i32 %1309, i32 0
	%1312 = sitofp i32 %508 to float
	%1313 = sitofp i32 %1311 to float
	%1314 = fcmp ole float %1313, %1312
	%1315 = uitofp i1 %1314 to float
	%1316 = fcmp une float %1315, 0.0
	%1317 = fsub float %1312, %1313
	%1318 = fcmp olt float %1317, 256.0
	%1319 = uitofp i1 %1318 to float
	%1320 = fcmp une float %1319, 0.0
	%1321 = fcmp olt float %1313, 4.0
	%1322 = uitofp i1 %1321 to float
	%1323 = fcmp une float %1322, 0.0
	%1324 = or i1 %1320, %1323
	%1325 = uitofp i1 %1324 to float
	%1326 = fcmp une float %1325, 0.0
	%1327 = and i1 %1316, %1326
	%1328 = uitofp i1 %1327 to float
	%1329 = fcmp une float %1328, 0.0
	%1330 = and i1 %1310, %1329
	%1331 = select i1 %1330, float %502, float 0xFFF0000000000000
	%1332 = shl i32 %6, 1
	%1333 = add i32 56, %1332
	%1334 = add i32 %195, %1333
	%1335 = icmp slt i32 %1334, %N
	%1336 = select i1 %1335, i32 %1334, i32 0
	%1337 = sitofp i32 %512 to float
	%1338 = sitofp i32 %1336 to float
	%1339 = fcmp ole float %1338, %1337
	%1340 = uitofp i1 %1339 to float
	%1341 = fcmp une float %1340, 0.0
	%1342 = fsub float %1337, %1338
	%1343 = fcmp olt float %1342, 256.0
	%1344 = uitofp i1 %1343 to float
	%1345 = fcmp une float %1344, 0.0
	%1346 = fcmp olt float %1338, 4.0
	%1347 = uitofp i1 %1346 to float
	%1348 = fcmp une float %1347, 0.0
	%1349 = or i1 %1345, %1348
	%1350 = uitofp i1 %1349 to float
	%1351 = fcmp une float %1350, 0.0
	%1352 = and i1 %1341, %1351
	%1353 = uitofp i1 %1352 to float
	%1354 = fcmp une float %1353, 0.0
	%1355 = and i1 %1335, %1354
	%1356 = select i1 %1355, float %503, float 0xFFF0000000000000
	%1357 = shl i32 %6, 1
	%1358 = add i32 57, %1357
	%1359 = add i32 %195, %1358
	%1360 = icmp slt i32 %1359, %N
	%1361 = select i1 %1360, i32 %1359, i32 0
	%1362 = sitofp i32 %512 to float
	%1363 = sitofp i32 %1361 to float
	%1364 = fcmp ole float %1363, %1362
	%1365 = uitofp i1 %1364 to float
	%1366 = fcmp une float %1365, 0.0
	%1367 = fsub float %1362, %1363
	%1368 = fcmp olt float %1367, 256.0
	%1369 = uitofp i1 %1368 to float
	%1370 = fcmp une float %1369, 0.0
	%1371 = fcmp olt float %1363, 4.0
	%1372 = uitofp i1 %1371 to float
	%1373 = fcmp une float %1372, 0.0
	%1374 = or i1 %1370, %1373
	%1375 = uitofp i1 %1374 to float
	%1376 = fcmp une float %1375, 0.0
	%1377 = and i1 %1366, %1376
	%1378 = uitofp i1 %1377 to float
	%1379 = fcmp une float %1378, 0.0
	%1380 = and i1 %1360, %1379
	%1381 = select i1 %1380, float %504, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1382 = phi float [ %448, %loop ], [ %606, %partial ]
	%1383 = phi float [ %449, %loop ], [ %631, %partial ]
	%1384 = phi float [ %450, %loop ], [ %656, %partial ]
	%1385 = phi float [ %451, %loop ], [ %681, %partial ]
	%1386 = phi float [ %453, %loop ], [ %706, %partial ]
	%1387 = phi float [ %454, %loop ], [ %731, %partial ]
	%1388 = phi float [ %455, %loop ], [ %756, %partial ]
	%1389 = phi float [ %456, %loop ], [ %781, %partial ]
	%1390 = phi float [ %464, %loop ], [ %806, %partial ]
	%1391 = phi float [ %465, %loop ], [ %831, %partial ]
	%1392 = phi float [ %466, %loop ], [ %856, %partial ]
	%1393 = phi float [ %467, %loop ], [ %881, %partial ]
	%1394 = phi float [ %469, %loop ], [ %906, %partial ]
	%1395 = phi float [ %470, %loop ], [ %931, %partial ]
	%1396 = phi float [ %471, %loop ], [ %956, %partial ]
	%1397 = phi float [ %472, %loop ], [ %981, %partial ]
	%1398 = phi float [ %480, %loop ], [ %1006, %partial ]
	%1399 = phi float [ %481, %loop ], [ %1031, %partial ]
	%1400 = phi float [ %482, %loop ], [ %1056, %partial ]
	%1401 = phi float [ %483, %loop ], [ %1081, %partial ]
	%1402 = phi float [ %485, %loop ], [ %1106, %partial ]
	%1403 = phi float [ %486, %loop ], [ %1131, %partial ]
	%1404 = phi float [ %487, %loop ], [ %1156, %partial ]
	%1405 = phi float [ %488, %loop ], [ %1181, %partial ]
	%1406 = phi float [ %496, %loop ], [ %1206, %partial ]
	%1407 = phi float [ %497, %loop ], [ %1231, %partial ]
	%1408 = phi float [ %498, %loop ], [ %1256, %partial ]
	%1409 = phi float [ %499, %loop ], [ %1281, %partial ]
	%1410 = phi float [ %501, %loop ], [ %1306, %partial ]
	%1411 = phi float [ %502, %loop ], [ %1331, %partial ]
	%1412 = phi float [ %503, %loop ], [ %1356, %partial ]
	%1413 = phi float [ %504, %loop ], [ %1381, %partial ]
	%1414 = call float @llvm.nvvm.fmax.f(float %1382, float %1383)
	%1415 = call float @llvm.nvvm.fmax.f(float %1386, float %1387)
	%1416 = call float @llvm.nvvm.fmax.f(float %1390, float %1391)
	%1417 = call float @llvm.nvvm.fmax.f(float %1394, float %1395)
	%1418 = call float @llvm.nvvm.fmax.f(float %1398, float %1399)
	%1419 = call float @llvm.nvvm.fmax.f(float %1402, float %1403)
	%1420 = call float @llvm.nvvm.fmax.f(float %1406, float %1407)
	%1421 = call float @llvm.nvvm.fmax.f(float %1410, float %1411)
	%1422 = call float @llvm.nvvm.fmax.f(float %1414, float %1415)
	%1423 = call float @llvm.nvvm.fmax.f(float %1416, float %1417)
	%1424 = call float @llvm.nvvm.fmax.f(float %1418, float %1419)
	%1425 = call float @llvm.nvvm.fmax.f(float %1420, float %1421)
	%1426 = call float @llvm.nvvm.fmax.f(float %1422, float %1423)
	%1427 = call float @llvm.nvvm.fmax.f(float %1424, float %1425)
	%1428 = call float @llvm.nvvm.fmax.f(float %1426, float %1427)
	%1429 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1428, i32 1, i32 31)
	%1430 = call float @llvm.nvvm.fmax.f(float %1428, float %1429)
	%1431 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1430, i32 2, i32 31)
	%1432 = call float @llvm.nvvm.fmax.f(float %1430, float %1431)
	%1433 = fmul float %1432, 0x3FC7154760000000
	%1434 = call float @llvm.nvvm.fmax.f(float %191, float %1433)
	%1435 = fadd float %191, 8.0
	%1436 = fcmp ogt float %1434, %1435
	%1437 = or i1 false, %1436
	%1438 = call float @llvm.nvvm.fmax.f(float %1384, float %1385)
	%1439 = call float @llvm.nvvm.fmax.f(float %1388, float %1389)
	%1440 = call float @llvm.nvvm.fmax.f(float %1392, float %1393)
	%1441 = call float @llvm.nvvm.fmax.f(float %1396, float %1397)
	%1442 = call float @llvm.nvvm.fmax.f(float %1400, float %1401)
	%1443 = call float @llvm.nvvm.fmax.f(float %1404, float %1405)
	%1444 = call float @llvm.nvvm.fmax.f(float %1408, float %1409)
	%1445 = call float @llvm.nvvm.fmax.f(float %1412, float %1413)
	%1446 = call float @llvm.nvvm.fmax.f(float %1438, float %1439)
	%1447 = call float @llvm.nvvm.fmax.f(float %1440, float %1441)
	%1448 = call float @llvm.nvvm.fmax.f(float %1442, float %1443)
	%1449 = call float @llvm.nvvm.fmax.f(float %1444, float %1445)
	%1450 = call float @llvm.nvvm.fmax.f(float %1446, float %1447)
	%1451 = call float @llvm.nvvm.fmax.f(float %1448, float %1449)
	%1452 = call float @llvm.nvvm.fmax.f(float %1450, float %1451)
	%1453 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1452, i32 1, i32 31)
	%1454 = call float @llvm.nvvm.fmax.f(float %1452, float %1453)
	%1455 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1454, i32 2, i32 31)
	%1456 = call float @llvm.nvvm.fmax.f(float %1454, float %1455)
	%1457 = fmul float %1456, 0x3FC7154760000000
	%1458 = call float @llvm.nvvm.fmax.f(float %193, float %1457)
	%1459 = fadd float %193, 8.0
	%1460 = fcmp ogt float %1458, %1459
	%1461 = or i1 %1437, %1460
	%1462 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1461)
	br i1 %1462, label %1463, label %1506

1463:
	%1464 = fcmp oeq float %1434, 0xFFF0000000000000
	%1465 = select i1 %1464, float 0.0, float %1434
	%1466 = fsub float %191, %1465
	%1467 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1466)
	%1468 = fcmp oeq float %1458, 0xFFF0000000000000
	%1469 = select i1 %1468, float 0.0, float %1458
	%1470 = fsub float %193, %1469
	%1471 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1470)
	%1472 = fmul float %159, %1467
	%1473 = fmul float %160, %1467
	%1474 = fmul float %161, %1471
	%1475 = fmul float %162, %1471
	%1476 = fmul float %163, %1467
	%1477 = fmul float %164, %1467
	%1478 = fmul float %165, %1471
	%1479 = fmul float %166, %1471
	%1480 = fmul float %167, %1467
	%1481 = fmul float %168, %1467
	%1482 = fmul float %169, %1471
	%1483 = fmul float %170, %1471
	%1484 = fmul float %171, %1467
	%1485 = fmul float %172, %1467
	%1486 = fmul float %173, %1471
	%1487 = fmul float %174, %1471
	%1488 = fmul float %175, %1467
	%1489 = fmul float %176, %1467
	%1490 = fmul float %177, %1471
	%1491 = fmul float %178, %1471
	%1492 = fmul float %179, %1467
	%1493 = fmul float %180, %1467
	%1494 = fmul float %181, %1471
	%1495 = fmul float %182, %1471
	%1496 = fmul float %183, %1467
	%1497 = fmul float %184, %1467
	%1498 = fmul float %185, %1471
	%1499 = fmul float %186, %1471
	%1500 = fmul float %187, %1467
	%1501 = fmul float %188, %1467
	%1502 = fmul float %189, %1471
	%1503 = fmul float %190, %1471
	%1504 = fmul float %192, %1467
	%1505 = fmul float %194, %1471
	br label %1506

1506:
	%1507 = phi float [ %159, %softmax ], [ %1472, %1463 ]
	%1508 = phi float [ %160, %softmax ], [ %1473, %1463 ]
	%1509 = phi float [ %161, %softmax ], [ %1474, %1463 ]
	%1510 = phi float [ %162, %softmax ], [ %1475, %1463 ]
	%1511 = phi float [ %163, %softmax ], [ %1476, %1463 ]
	%1512 = phi float [ %164, %softmax ], [ %1477, %1463 ]
	%1513 = phi float [ %165, %softmax ], [ %1478, %1463 ]
	%1514 = phi float [ %166, %softmax ], [ %1479, %1463 ]
	%1515 = phi float [ %167, %softmax ], [ %1480, %1463 ]
	%1516 = phi float [ %168, %softmax ], [ %1481, %1463 ]
	%1517 = phi float [ %169, %softmax ], [ %1482, %1463 ]
	%1518 = phi float [ %170, %softmax ], [ %1483, %1463 ]
	%1519 = phi float [ %171, %softmax ], [ %1484, %1463 ]
	%1520 = phi float [ %172, %softmax ], [ %1485, %1463 ]
	%1521 = phi float [ %173, %softmax ], [ %1486, %1463 ]
	%1522 = phi float [ %174, %softmax ], [ %1487, %1463 ]
	%1523 = phi float [ %175, %softmax ], [ %1488, %1463 ]
	%1524 = phi float [ %176, %softmax ], [ %1489, %1463 ]
	%1525 = phi float [ %177, %softmax ], [ %1490, %1463 ]
	%1526 = phi float [ %178, %softmax ], [ %1491, %1463 ]
	%1527 = phi float [ %179, %softmax ], [ %1492, %1463 ]
	%1528 = phi float [ %180, %softmax ], [ %1493, %1463 ]
	%1529 = phi float [ %181, %softmax ], [ %1494, %1463 ]
	%1530 = phi float [ %182, %softmax ], [ %1495, %1463 ]
	%1531 = phi float [ %183, %softmax ], [ %1496, %1463 ]
	%1532 = phi float [ %184, %softmax ], [ %1497, %1463 ]
	%1533 = phi float [ %185, %softmax ], [ %1498, %1463 ]
	%1534 = phi float [ %186, %softmax ], [ %1499, %1463 ]
	%1535 = phi float [ %187, %softmax ], [ %1500, %1463 ]
	%1536 = phi float [ %188, %softmax ], [ %1501, %1463 ]
	%1537 = phi float [ %189, %softmax ], [ %1502, %1463 ]
	%1538 = phi float [ %190, %softmax ], [ %1503, %1463 ]
	%1539 = phi float [ %192, %softmax ], [ %1504, %1463 ]
	%1540 = phi float [ %194, %softmax ], [ %1505, %1463 ]
	%1541 = select i1 %1462, float %1434, float %191
	%1542 = fcmp oeq float %1541, 0xFFF0000000000000
	%1543 = select i1 %1542, float 0.0, float %1541
	%1544 = fneg float %1543
	%1545 = call float @llvm.fma.f32(float %1382, float 0x3FC7154760000000, float %1544)
	%1546 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1545)
	%1547 = call float @llvm.fma.f32(float %1383, float 0x3FC7154760000000, float %1544)
	%1548 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1547)
	%1549 = call float @llvm.fma.f32(float %1386, float 0x3FC7154760000000, float %1544)
	%1550 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1549)
	%1551 = call float @llvm.fma.f32(float %1387, float 0x3FC7154760000000, float %1544)
	%1552 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1551)
	%1553 = call float @llvm.fma.f32(float %1390, float 0x3FC7154760000000, float %1544)
	%1554 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1553)
	%1555 = call float @llvm.fma.f32(float %1391, float 0x3FC7154760000000, float %1544)
	%1556 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1555)
	%1557 = call float @llvm.fma.f32(float %1394, float 0x3FC7154760000000, float %1544)
	%1558 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1557)
	%1559 = call float @llvm.fma.f32(float %1395, float 0x3FC7154760000000, float %1544)
	%1560 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1559)
	%1561 = call float @llvm.fma.f32(float %1398, float 0x3FC7154760000000, float %1544)
	%1562 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1561)
	%1563 = call float @llvm.fma.f32(float %1399, float 0x3FC7154760000000, float %1544)
	%1564 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1563)
	%1565 = call float @llvm.fma.f32(float %1402, float 0x3FC7154760000000, float %1544)
	%1566 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1565)
	%1567 = call float @llvm.fma.f32(float %1403, float 0x3FC7154760000000, float %1544)
	%1568 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1567)
	%1569 = call float @llvm.fma.f32(float %1406, float 0x3FC7154760000000, float %1544)
	%1570 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1569)
	%1571 = call float @llvm.fma.f32(float %1407, float 0x3FC7154760000000, float %1544)
	%1572 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1571)
	%1573 = call float @llvm.fma.f32(float %1410, float 0x3FC7154760000000, float %1544)
	%1574 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1573)
	%1575 = call float @llvm.fma.f32(float %1411, float 0x3FC7154760000000, float %1544)
	%1576 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1575)
	%1577 = fadd float %1546, %1548
	%1578 = fadd float %1550, %1552
	%1579 = fadd float %1554, %1556
	%1580 = fadd float %1558, %1560
	%1581 = fadd float %1562, %1564
	%1582 = fadd float %1566, %1568
	%1583 = fadd float %1570, %1572
	%1584 = fadd float %1574, %1576
	%1585 = fadd float %1577, %1578
	%1586 = fadd float %1579, %1580
	%1587 = fadd float %1581, %1582
	%1588 = fadd float %1583, %1584
	%1589 = fadd float %1585, %1586
	%1590 = fadd float %1587, %1588
	%1591 = fadd float %1589, %1590
	%1592 = fadd float %1539, %1591
	%1593 = select i1 %1462, float %1458, float %193
	%1594 = fcmp oeq float %1593, 0xFFF0000000000000
	%1595 = select i1 %1594, float 0.0, float %1593
	%1596 = fneg float %1595
	%1597 = call float @llvm.fma.f32(float %1384, float 0x3FC7154760000000, float %1596)
	%1598 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1597)
	%1599 = call float @llvm.fma.f32(float %1385, float 0x3FC7154760000000, float %1596)
	%1600 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1599)
	%1601 = call float @llvm.fma.f32(float %1388, float 0x3FC7154760000000, float %1596)
	%1602 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1601)
	%1603 = call float @llvm.fma.f32(float %1389, float 0x3FC7154760000000, float %1596)
	%1604 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1603)
	%1605 = call float @llvm.fma.f32(float %1392, float 0x3FC7154760000000, float %1596)
	%1606 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1605)
	%1607 = call float @llvm.fma.f32(float %1393, float 0x3FC7154760000000, float %1596)
	%1608 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1607)
	%1609 = call float @llvm.fma.f32(float %1396, float 0x3FC7154760000000, float %1596)
	%1610 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1609)
	%1611 = call float @llvm.fma.f32(float %1397, float 0x3FC7154760000000, float %1596)
	%1612 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1611)
	%1613 = call float @llvm.fma.f32(float %1400, float 0x3FC7154760000000, float %1596)
	%1614 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1613)
	%1615 = call float @llvm.fma.f32(float %1401, float 0x3FC7154760000000, float %1596)
	%1616 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1615)
	%1617 = call float @llvm.fma.f32(float %1404, float 0x3FC7154760000000, float %1596)
	%1618 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1617)
	%1619 = call float @llvm.fma.f32(float %1405, float 0x3FC7154760000000, float %1596)
	%1620 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1619)
	%1621 = call float @llvm.fma.f32(float %1408, float 0x3FC7154760000000, float %1596)
	%1622 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1621)
	%1623 = call float @llvm.fma.f32(float %1409, float 0x3FC7154760000000, float %1596)
	%1624 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1623)
	%1625 = call float @llvm.fma.f32(float %1412, float 0x3FC7154760000000, float %1596)
	%1626 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1625)
	%1627 = call float @llvm.fma.f32(float %1413, float 0x3FC7154760000000, float %1596)
	%1628 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1627)
	%1629 = fadd float %1598, %1600
	%1630 = fadd float %1602, %1604
	%1631 = fadd float %1606, %1608
	%1632 = fadd float %1610, %1612
	%1633 = fadd float %1614, %1616
	%1634 = fadd float %1618, %1620
	%1635 = fadd float %1622, %1624
	%1636 = fadd float %1626, %1628
	%1637 = fadd float %1629, %1630
	%1638 = fadd float %1631, %1632
	%1639 = fadd float %1633, %1634
	%1640 = fadd float %1635, %1636
	%1641 = fadd float %1637, %1638
	%1642 = fadd float %1639, %1640
	%1643 = fadd float %1641, %1642
	%1644 = fadd float %1540, %1643
	%1645 = add i32 %157, 1
	%1646 = icmp slt i32 %1645, %NK
	%1647 = select i1 %1646, i32 %1645, i32 0
	%1648 = add i32 %29, %1647
	%1649 = sext i32 %1648 to i64
	%1650 = getelementptr i32, i32* %list, i64 %1649
	%1651 = load i32, i32* %1650
	%1652 = select i1 %1646, i32 %1651, i32 -1
	%1653 = icmp sge i32 %1652, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1653, label %prefetch, label %pv

prefetch:
	%1654 = mul i32 %1652, 64
	%1655 = lshr i32 %2, 3
	%1656 = and i32 %2, 7
	%1657 = and i32 %1655, 7
	%1658 = xor i32 %1656, %1657
	%1659 = mul i32 %1655, 8
	%1660 = add i32 %1659, %1658
	%1661 = shl i32 %1660, 4
	%1662 = add i32 %0, %1661
	%1663 = add i32 %1654, %1655
	%1664 = mul i32 %1663, 64
	%1665 = mul i32 %1656, 8
	%1666 = add i32 %1664, %1665
	%1667 = sext i32 %1666 to i64
	%1668 = getelementptr i16, i16* %20, i64 %1667
	%1669 = add i32 %1663, 0
	%1670 = icmp slt i32 %1669, %N
	%1671 = getelementptr i16, i16* %1668, i64 0
	%1672 = select i1 %1670, i16* %1671, i16* %20
	%1673 = add i32 %1662, 0
	%1674 = select i1 %1670, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1673, i16* %1672, i32 %1674)
	%1675 = add i32 %1663, 16
	%1676 = icmp slt i32 %1675, %N
	%1677 = getelementptr i16, i16* %1668, i64 1024
	%1678 = select i1 %1676, i16* %1677, i16* %20
	%1679 = add i32 %1662, 2048
	%1680 = select i1 %1676, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1679, i16* %1678, i32 %1680)
	%1681 = add i32 %1663, 32
	%1682 = icmp slt i32 %1681, %N
	%1683 = getelementptr i16, i16* %1668, i64 2048
	%1684 = select i1 %1682, i16* %1683, i16* %20
	%1685 = add i32 %1662, u0x1000
	%1686 = select i1 %1682, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1685, i16* %1684, i32 %1686)
	%1687 = add i32 %1663, 48
	%1688 = icmp slt i32 %1687, %N
	%1689 = getelementptr i16, i16* %1668, i64 3072
	%1690 = select i1 %1688, i16* %1689, i16* %20
	%1691 = add i32 %1662, 6144
	%1692 = select i1 %1688, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1691, i16* %1690, i32 %1692)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
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
	%1704 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1548, float %1546)
	%1705 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1600, float %1598)
	%1706 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1552, float %1550)
	%1707 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1604, float %1602)
	%1708 = xor i32 %1703, 0
	%1709 = add i32 %1708, 0
	%1710 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1709)
	%1711 = extractvalue { i32, i32, i32, i32 } %1710, 0
	%1712 = extractvalue { i32, i32, i32, i32 } %1710, 1
	%1713 = extractvalue { i32, i32, i32, i32 } %1710, 2
	%1714 = extractvalue { i32, i32, i32, i32 } %1710, 3
	%1715 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1711, i32 %1712, float %1507, float %1508, float %1509, float %1510)
	%1716 = extractvalue { float, float, float, float } %1715, 0
	%1717 = extractvalue { float, float, float, float } %1715, 1
	%1718 = extractvalue { float, float, float, float } %1715, 2
	%1719 = extractvalue { float, float, float, float } %1715, 3
	%1720 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1713, i32 %1714, float %1511, float %1512, float %1513, float %1514)
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
	%1732 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1728, i32 %1729, float %1515, float %1516, float %1517, float %1518)
	%1733 = extractvalue { float, float, float, float } %1732, 0
	%1734 = extractvalue { float, float, float, float } %1732, 1
	%1735 = extractvalue { float, float, float, float } %1732, 2
	%1736 = extractvalue { float, float, float, float } %1732, 3
	%1737 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1730, i32 %1731, float %1519, float %1520, float %1521, float %1522)
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
	%1749 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1745, i32 %1746, float %1523, float %1524, float %1525, float %1526)
	%1750 = extractvalue { float, float, float, float } %1749, 0
	%1751 = extractvalue { float, float, float, float } %1749, 1
	%1752 = extractvalue { float, float, float, float } %1749, 2
	%1753 = extractvalue { float, float, float, float } %1749, 3
	%1754 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1747, i32 %1748, float %1527, float %1528, float %1529, float %1530)
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
	%1766 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1762, i32 %1763, float %1531, float %1532, float %1533, float %1534)
	%1767 = extractvalue { float, float, float, float } %1766, 0
	%1768 = extractvalue { float, float, float, float } %1766, 1
	%1769 = extractvalue { float, float, float, float } %1766, 2
	%1770 = extractvalue { float, float, float, float } %1766, 3
	%1771 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1704, i32 %1705, i32 %1706, i32 %1707, i32 %1764, i32 %1765, float %1535, float %1536, float %1537, float %1538)
	%1772 = extractvalue { float, float, float, float } %1771, 0
	%1773 = extractvalue { float, float, float, float } %1771, 1
	%1774 = extractvalue { float, float, float, float } %1771, 2
	%1775 = extractvalue { float, float, float, float } %1771, 3
	%1776 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1556, float %1554)
	%1777 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1608, float %1606)
	%1778 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1560, float %1558)
	%1779 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1612, float %1610)
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
	%1848 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1564, float %1562)
	%1849 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1616, float %1614)
	%1850 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1568, float %1566)
	%1851 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1620, float %1618)
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
	%1920 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1572, float %1570)
	%1921 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1624, float %1622)
	%1922 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1576, float %1574)
	%1923 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1628, float %1626)
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
	br i1 %1653, label %loop, label %epilogue

store0:
	%1992 = mul i32 %10, %M
	%1993 = add i32 %1992, %564
	%1994 = mul i32 %1993, 64
	%1995 = shl i32 %6, 1
	%1996 = add i32 0, %1995
	%1997 = add i32 %1994, %1996
	%1998 = sext i32 %1997 to i64
	%1999 = getelementptr i16, i16* %out, i64 %1998
	%2000 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %566, float %565)
	%2001 = bitcast i16* %1999 to i32*
	store i32 %2000, i32* %2001
	%2002 = shl i32 %6, 1
	%2003 = add i32 8, %2002
	%2004 = add i32 %1994, %2003
	%2005 = sext i32 %2004 to i64
	%2006 = getelementptr i16, i16* %out, i64 %2005
	%2007 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %568, float %567)
	%2008 = bitcast i16* %2006 to i32*
	store i32 %2007, i32* %2008
	%2009 = shl i32 %6, 1
	%2010 = add i32 16, %2009
	%2011 = add i32 %1994, %2010
	%2012 = sext i32 %2011 to i64
	%2013 = getelementptr i16, i16* %out, i64 %2012
	%2014 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %570, float %569)
	%2015 = bitcast i16* %2013 to i32*
	store i32 %2014, i32* %2015
	%2016 = shl i32 %6, 1
	%2017 = add i32 24, %2016
	%2018 = add i32 %1994, %2017
	%2019 = sext i32 %2018 to i64
	%2020 = getelementptr i16, i16* %out, i64 %2019
	%2021 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %572, float %571)
	%2022 = bitcast i16* %2020 to i32*
	store i32 %2021, i32* %2022
	%2023 = shl i32 %6, 1
	%2024 = add i32 32, %2023
	%2025 = add i32 %1994, %2024
	%2026 = sext i32 %2025 to i64
	%2027 = getelementptr i16, i16* %out, i64 %2026
	%2028 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %574, float %573)
	%2029 = bitcast i16* %2027 to i32*
	store i32 %2028, i32* %2029
	%2030 = shl i32 %6, 1
	%2031 = add i32 40, %2030
	%2032 = add i32 %1994, %2031
	%2033 = sext i32 %2032 to i64
	%2034 = getelementptr i16, i16* %out, i64 %2033
	%2035 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %576, float %575)
	%2036 = bitcast i16* %2034 to i32*
	store i32 %2035, i32* %2036
	%2037 = shl i32 %6, 1
	%2038 = add i32 48, %2037
	%2039 = add i32 %1994, %2038
	%2040 = sext i32 %2039 to i64
	%2041 = getelementptr i16, i16* %out, i64 %2040
	%2042 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %578, float %577)
	%2043 = bitcast i16* %2041 to i32*
	store i32 %2042, i32* %2043
	%2044 = shl i32 %6, 1
	%2045 = add i32 56, %2044
	%2046 = add i32 %1994, %2045
	%2047 = sext i32 %2046 to i64
	%2048 = getelementptr i16, i16* %out, i64 %2047
	%2049 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %580, float %579)
	%2050 = bitcast i16* %2048 to i32*
	store i32 %2049, i32* %2050
	br label %stored0

stored0:
	%2051 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %520, i32 1, i32 31)
	%2052 = fadd float %520, %2051
	%2053 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2052, i32 2, i32 31)
	%2054 = fadd float %2052, %2053
	%2055 = fcmp ogt float %2054, 0.0
	%2056 = fdiv float 1.0, %2054
	%2057 = select i1 %2055, float %2056, float 0.0
	%2058 = mul i32 %3, 16
	%2059 = add i32 %12, %2058
	%2060 = add i32 %5, 8
	%2061 = add i32 %2059, %2060
	%2062 = fmul float %524, %2057
	%2063 = fmul float %525, %2057
	%2064 = fmul float %528, %2057
	%2065 = fmul float %529, %2057
	%2066 = fmul float %532, %2057
	%2067 = fmul float %533, %2057
	%2068 = fmul float %536, %2057
	%2069 = fmul float %537, %2057
	%2070 = fmul float %540, %2057
	%2071 = fmul float %541, %2057
	%2072 = fmul float %544, %2057
	%2073 = fmul float %545, %2057
	%2074 = fmul float %548, %2057
	%2075 = fmul float %549, %2057
	%2076 = fmul float %552, %2057
	%2077 = fmul float %553, %2057
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
