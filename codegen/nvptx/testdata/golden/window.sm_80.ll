; window
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@window_attn0_smem = internal addrspace(3) global [16384 x i8] undef, align 1024

define ptx_kernel void @window_attn0(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @window_attn0_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%8 = mul i32 %7, %NQ
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%10 = add i32 %8, %9
	%11 = mul i32 %hg, %NQ
	%12 = udiv i32 %10, %11
	%13 = urem i32 %10, %11
	%14 = mul i32 %12, %hg
	%15 = sub i32 %H, %14
	%16 = icmp slt i32 %hg, %15
	%17 = select i1 %16, i32 %hg, i32 %15
	%18 = sub i32 %NQ, 1
	%19 = udiv i32 %13, %17
	%20 = sub i32 %18, %19
	%21 = urem i32 %13, %17
	%22 = add i32 %14, %21
	%23 = sdiv i32 %22, %group
	%24 = mul i32 %20, 64
	%25 = mul i32 %22, %M
	%26 = mul i32 %25, 64
	%27 = sext i32 %26 to i64
	%28 = getelementptr i16, i16* %q, i64 %27
	%29 = mul i32 %23, %N
	%30 = mul i32 %29, 64
	%31 = sext i32 %30 to i64
	%32 = getelementptr i16, i16* %k, i64 %31
	%33 = mul i32 %23, %N
	%34 = mul i32 %33, 64
	%35 = sext i32 %34 to i64
	%36 = getelementptr i16, i16* %v, i64 %35
	%37 = udiv i32 %22, %lh
	%38 = mul i32 %37, %NQ
	%39 = add i32 %38, %20
	%40 = mul i32 %39, 2
	%41 = mul i32 %40, %NK
	%42 = mul i32 %22, %ch
	%43 = mul i32 %42, %NQ
	%44 = add i32 %43, %20
	%45 = mul i32 %44, %NK
	%46 = add i32 %41, 0
	%47 = sext i32 %46 to i64
	%48 = getelementptr i32, i32* %list, i64 %47
	%49 = load i32, i32* %48
	%50 = icmp sgt i32 %NK, 0
	%51 = icmp sge i32 %49, 0
	%52 = and i1 %50, %51
	%53 = lshr i32 %2, 3
	%54 = and i32 %2, 7
	%55 = and i32 %53, 7
	%56 = xor i32 %54, %55
	%57 = mul i32 %53, 8
	%58 = add i32 %57, %56
	%59 = shl i32 %58, 4
	%60 = add i32 %0, %59
	%61 = add i32 %24, %53
	%62 = mul i32 %61, 64
	%63 = mul i32 %54, 8
	%64 = add i32 %62, %63
	%65 = sext i32 %64 to i64
	%66 = getelementptr i16, i16* %28, i64 %65
	%67 = add i32 %61, 0
	%68 = icmp slt i32 %67, %M
	%69 = getelementptr i16, i16* %66, i64 0
	%70 = select i1 %68, i16* %69, i16* %28
	%71 = add i32 %60, 0
	%72 = select i1 %68, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %71, i16* %70, i32 %72)
	%73 = add i32 %61, 16
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %66, i64 1024
	%76 = select i1 %74, i16* %75, i16* %28
	%77 = add i32 %60, 2048
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %61, 32
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %66, i64 2048
	%82 = select i1 %80, i16* %81, i16* %28
	%83 = add i32 %60, u0x1000
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	%85 = add i32 %61, 48
	%86 = icmp slt i32 %85, %M
	%87 = getelementptr i16, i16* %66, i64 3072
	%88 = select i1 %86, i16* %87, i16* %28
	%89 = add i32 %60, 6144
	%90 = select i1 %86, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %89, i16* %88, i32 %90)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %52, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%91 = and i32 %4, 7
	%92 = lshr i32 %4, 3
	%93 = and i32 %92, 1
	%94 = shl i32 %93, 3
	%95 = add i32 %91, %94
	%96 = lshr i32 %4, 4
	%97 = mul i32 %3, 16
	%98 = add i32 %95, 0
	%99 = add i32 %97, %98
	%100 = mul i32 %99, 128
	%101 = add i32 %0, %100
	%102 = and i32 %4, 7
	%103 = xor i32 %96, %102
	%104 = shl i32 %103, 4
	%105 = add i32 %101, %104
	%106 = xor i32 %105, 0
	%107 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %106)
	%108 = extractvalue { i32, i32, i32, i32 } %107, 0
	%109 = extractvalue { i32, i32, i32, i32 } %107, 1
	%110 = extractvalue { i32, i32, i32, i32 } %107, 2
	%111 = extractvalue { i32, i32, i32, i32 } %107, 3
	%112 = xor i32 %105, 32
	%113 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %112)
	%114 = extractvalue { i32, i32, i32, i32 } %113, 0
	%115 = extractvalue { i32, i32, i32, i32 } %113, 1
	%116 = extractvalue { i32, i32, i32, i32 } %113, 2
	%117 = extractvalue { i32, i32, i32, i32 } %113, 3
	%118 = xor i32 %105, 64
	%119 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %118)
	%120 = extractvalue { i32, i32, i32, i32 } %119, 0
	%121 = extractvalue { i32, i32, i32, i32 } %119, 1
	%122 = extractvalue { i32, i32, i32, i32 } %119, 2
	%123 = extractvalue { i32, i32, i32, i32 } %119, 3
	%124 = xor i32 %105, 96
	%125 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %124)
	%126 = extractvalue { i32, i32, i32, i32 } %125, 0
	%127 = extractvalue { i32, i32, i32, i32 } %125, 1
	%128 = extractvalue { i32, i32, i32, i32 } %125, 2
	%129 = extractvalue { i32, i32, i32, i32 } %125, 3
	call void @llvm.nvvm.barrier0()
	%130 = mul i32 %49, 64
	%131 = lshr i32 %2, 3
	%132 = and i32 %2, 7
	%133 = and i32 %131, 7
	%134 = xor i32 %132, %133
	%135 = mul i32 %131, 8
	%136 = add i32 %135, %134
	%137 = shl i32 %136, 4
	%138 = add i32 %0, %137
	%139 = add i32 %130, %131
	%140 = mul i32 %139, 64
	%141 = mul i32 %132, 8
	%142 = add i32 %140, %141
	%143 = sext i32 %142 to i64
	%144 = getelementptr i16, i16* %32, i64 %143
	%145 = add i32 %139, 0
	%146 = icmp slt i32 %145, %N
	%147 = getelementptr i16, i16* %144, i64 0
	%148 = select i1 %146, i16* %147, i16* %32
	%149 = add i32 %138, 0
	%150 = select i1 %146, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %149, i16* %148, i32 %150)
	%151 = add i32 %139, 16
	%152 = icmp slt i32 %151, %N
	%153 = getelementptr i16, i16* %144, i64 1024
	%154 = select i1 %152, i16* %153, i16* %32
	%155 = add i32 %138, 2048
	%156 = select i1 %152, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %155, i16* %154, i32 %156)
	%157 = add i32 %139, 32
	%158 = icmp slt i32 %157, %N
	%159 = getelementptr i16, i16* %144, i64 2048
	%160 = select i1 %158, i16* %159, i16* %32
	%161 = add i32 %138, u0x1000
	%162 = select i1 %158, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %161, i16* %160, i32 %162)
	%163 = add i32 %139, 48
	%164 = icmp slt i32 %163, %N
	%165 = getelementptr i16, i16* %144, i64 3072
	%166 = select i1 %164, i16* %165, i16* %32
	%167 = add i32 %138, 6144
	%168 = select i1 %164, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %167, i16* %166, i32 %168)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%169 = phi i32 [ 0, %prologue ], [ %1657, %pv ]
	%170 = phi i32 [ %49, %prologue ], [ %1664, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1944, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1945, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1946, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1947, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1949, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1950, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1951, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1952, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1961, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1962, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1963, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1964, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1966, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1967, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1968, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1969, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1978, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1979, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1980, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1981, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1983, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1984, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1985, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1986, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1995, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1996, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1997, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1998, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %2000, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %2001, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %2002, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %2003, %pv ]
	%203 = phi float [ 0xFFF0000000000000, %prologue ], [ %1553, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1604, %pv ]
	%205 = phi float [ 0xFFF0000000000000, %prologue ], [ %1605, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1656, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%207 = mul i32 %170, 64
	%208 = lshr i32 %2, 3
	%209 = and i32 %2, 7
	%210 = and i32 %208, 7
	%211 = xor i32 %209, %210
	%212 = mul i32 %208, 8
	%213 = add i32 %212, %211
	%214 = shl i32 %213, 4
	%215 = add i32 %1, %214
	%216 = add i32 %207, %208
	%217 = mul i32 %216, 64
	%218 = mul i32 %209, 8
	%219 = add i32 %217, %218
	%220 = sext i32 %219 to i64
	%221 = getelementptr i16, i16* %36, i64 %220
	%222 = add i32 %216, 0
	%223 = icmp slt i32 %222, %N
	%224 = getelementptr i16, i16* %221, i64 0
	%225 = select i1 %223, i16* %224, i16* %36
	%226 = add i32 %215, 0
	%227 = select i1 %223, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %226, i16* %225, i32 %227)
	%228 = add i32 %216, 16
	%229 = icmp slt i32 %228, %N
	%230 = getelementptr i16, i16* %221, i64 1024
	%231 = select i1 %229, i16* %230, i16* %36
	%232 = add i32 %215, 2048
	%233 = select i1 %229, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %232, i16* %231, i32 %233)
	%234 = add i32 %216, 32
	%235 = icmp slt i32 %234, %N
	%236 = getelementptr i16, i16* %221, i64 2048
	%237 = select i1 %235, i16* %236, i16* %36
	%238 = add i32 %215, u0x1000
	%239 = select i1 %235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %238, i16* %237, i32 %239)
	%240 = add i32 %216, 48
	%241 = icmp slt i32 %240, %N
	%242 = getelementptr i16, i16* %221, i64 3072
	%243 = select i1 %241, i16* %242, i16* %36
	%244 = add i32 %215, 6144
	%245 = select i1 %241, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %244, i16* %243, i32 %245)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%246 = and i32 %4, 7
	%247 = shl i32 %96, 3
	%248 = add i32 %246, %247
	%249 = lshr i32 %4, 3
	%250 = and i32 %249, 1
	%251 = mul i32 %248, 128
	%252 = add i32 %0, %251
	%253 = and i32 %4, 7
	%254 = xor i32 %250, %253
	%255 = shl i32 %254, 4
	%256 = add i32 %252, %255
	%257 = xor i32 %256, 0
	%258 = add i32 %257, 0
	%259 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %258)
	%260 = extractvalue { i32, i32, i32, i32 } %259, 0
	%261 = extractvalue { i32, i32, i32, i32 } %259, 1
	%262 = extractvalue { i32, i32, i32, i32 } %259, 2
	%263 = extractvalue { i32, i32, i32, i32 } %259, 3
	%264 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %260, i32 %261, float 0.0, float 0.0, float 0.0, float 0.0)
	%265 = extractvalue { float, float, float, float } %264, 0
	%266 = extractvalue { float, float, float, float } %264, 1
	%267 = extractvalue { float, float, float, float } %264, 2
	%268 = extractvalue { float, float, float, float } %264, 3
	%269 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %262, i32 %263, float 0.0, float 0.0, float 0.0, float 0.0)
	%270 = extractvalue { float, float, float, float } %269, 0
	%271 = extractvalue { float, float, float, float } %269, 1
	%272 = extractvalue { float, float, float, float } %269, 2
	%273 = extractvalue { float, float, float, float } %269, 3
	%274 = add i32 %257, 2048
	%275 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %274)
	%276 = extractvalue { i32, i32, i32, i32 } %275, 0
	%277 = extractvalue { i32, i32, i32, i32 } %275, 1
	%278 = extractvalue { i32, i32, i32, i32 } %275, 2
	%279 = extractvalue { i32, i32, i32, i32 } %275, 3
	%280 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %276, i32 %277, float 0.0, float 0.0, float 0.0, float 0.0)
	%281 = extractvalue { float, float, float, float } %280, 0
	%282 = extractvalue { float, float, float, float } %280, 1
	%283 = extractvalue { float, float, float, float } %280, 2
	%284 = extractvalue { float, float, float, float } %280, 3
	%285 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %278, i32 %279, float 0.0, float 0.0, float 0.0, float 0.0)
	%286 = extractvalue { float, float, float, float } %285, 0
	%287 = extractvalue { float, float, float, float } %285, 1
	%288 = extractvalue { float, float, float, float } %285, 2
	%289 = extractvalue { float, float, float, float } %285, 3
	%290 = add i32 %257, u0x1000
	%291 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %290)
	%292 = extractvalue { i32, i32, i32, i32 } %291, 0
	%293 = extractvalue { i32, i32, i32, i32 } %291, 1
	%294 = extractvalue { i32, i32, i32, i32 } %291, 2
	%295 = extractvalue { i32, i32, i32, i32 } %291, 3
	%296 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %292, i32 %293, float 0.0, float 0.0, float 0.0, float 0.0)
	%297 = extractvalue { float, float, float, float } %296, 0
	%298 = extractvalue { float, float, float, float } %296, 1
	%299 = extractvalue { float, float, float, float } %296, 2
	%300 = extractvalue { float, float, float, float } %296, 3
	%301 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %294, i32 %295, float 0.0, float 0.0, float 0.0, float 0.0)
	%302 = extractvalue { float, float, float, float } %301, 0
	%303 = extractvalue { float, float, float, float } %301, 1
	%304 = extractvalue { float, float, float, float } %301, 2
	%305 = extractvalue { float, float, float, float } %301, 3
	%306 = add i32 %257, 6144
	%307 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %306)
	%308 = extractvalue { i32, i32, i32, i32 } %307, 0
	%309 = extractvalue { i32, i32, i32, i32 } %307, 1
	%310 = extractvalue { i32, i32, i32, i32 } %307, 2
	%311 = extractvalue { i32, i32, i32, i32 } %307, 3
	%312 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %308, i32 %309, float 0.0, float 0.0, float 0.0, float 0.0)
	%313 = extractvalue { float, float, float, float } %312, 0
	%314 = extractvalue { float, float, float, float } %312, 1
	%315 = extractvalue { float, float, float, float } %312, 2
	%316 = extractvalue { float, float, float, float } %312, 3
	%317 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %310, i32 %311, float 0.0, float 0.0, float 0.0, float 0.0)
	%318 = extractvalue { float, float, float, float } %317, 0
	%319 = extractvalue { float, float, float, float } %317, 1
	%320 = extractvalue { float, float, float, float } %317, 2
	%321 = extractvalue { float, float, float, float } %317, 3
	%322 = xor i32 %256, 32
	%323 = add i32 %322, 0
	%324 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %323)
	%325 = extractvalue { i32, i32, i32, i32 } %324, 0
	%326 = extractvalue { i32, i32, i32, i32 } %324, 1
	%327 = extractvalue { i32, i32, i32, i32 } %324, 2
	%328 = extractvalue { i32, i32, i32, i32 } %324, 3
	%329 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %325, i32 %326, float %265, float %266, float %267, float %268)
	%330 = extractvalue { float, float, float, float } %329, 0
	%331 = extractvalue { float, float, float, float } %329, 1
	%332 = extractvalue { float, float, float, float } %329, 2
	%333 = extractvalue { float, float, float, float } %329, 3
	%334 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %327, i32 %328, float %270, float %271, float %272, float %273)
	%335 = extractvalue { float, float, float, float } %334, 0
	%336 = extractvalue { float, float, float, float } %334, 1
	%337 = extractvalue { float, float, float, float } %334, 2
	%338 = extractvalue { float, float, float, float } %334, 3
	%339 = add i32 %322, 2048
	%340 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %339)
	%341 = extractvalue { i32, i32, i32, i32 } %340, 0
	%342 = extractvalue { i32, i32, i32, i32 } %340, 1
	%343 = extractvalue { i32, i32, i32, i32 } %340, 2
	%344 = extractvalue { i32, i32, i32, i32 } %340, 3
	%345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %341, i32 %342, float %281, float %282, float %283, float %284)
	%346 = extractvalue { float, float, float, float } %345, 0
	%347 = extractvalue { float, float, float, float } %345, 1
	%348 = extractvalue { float, float, float, float } %345, 2
	%349 = extractvalue { float, float, float, float } %345, 3
	%350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %343, i32 %344, float %286, float %287, float %288, float %289)
	%351 = extractvalue { float, float, float, float } %350, 0
	%352 = extractvalue { float, float, float, float } %350, 1
	%353 = extractvalue { float, float, float, float } %350, 2
	%354 = extractvalue { float, float, float, float } %350, 3
	%355 = add i32 %322, u0x1000
	%356 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %355)
	%357 = extractvalue { i32, i32, i32, i32 } %356, 0
	%358 = extractvalue { i32, i32, i32, i32 } %356, 1
	%359 = extractvalue { i32, i32, i32, i32 } %356, 2
	%360 = extractvalue { i32, i32, i32, i32 } %356, 3
	%361 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %357, i32 %358, float %297, float %298, float %299, float %300)
	%362 = extractvalue { float, float, float, float } %361, 0
	%363 = extractvalue { float, float, float, float } %361, 1
	%364 = extractvalue { float, float, float, float } %361, 2
	%365 = extractvalue { float, float, float, float } %361, 3
	%366 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %359, i32 %360, float %302, float %303, float %304, float %305)
	%367 = extractvalue { float, float, float, float } %366, 0
	%368 = extractvalue { float, float, float, float } %366, 1
	%369 = extractvalue { float, float, float, float } %366, 2
	%370 = extractvalue { float, float, float, float } %366, 3
	%371 = add i32 %322, 6144
	%372 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %371)
	%373 = extractvalue { i32, i32, i32, i32 } %372, 0
	%374 = extractvalue { i32, i32, i32, i32 } %372, 1
	%375 = extractvalue { i32, i32, i32, i32 } %372, 2
	%376 = extractvalue { i32, i32, i32, i32 } %372, 3
	%377 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %373, i32 %374, float %313, float %314, float %315, float %316)
	%378 = extractvalue { float, float, float, float } %377, 0
	%379 = extractvalue { float, float, float, float } %377, 1
	%380 = extractvalue { float, float, float, float } %377, 2
	%381 = extractvalue { float, float, float, float } %377, 3
	%382 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %375, i32 %376, float %318, float %319, float %320, float %321)
	%383 = extractvalue { float, float, float, float } %382, 0
	%384 = extractvalue { float, float, float, float } %382, 1
	%385 = extractvalue { float, float, float, float } %382, 2
	%386 = extractvalue { float, float, float, float } %382, 3
	%387 = xor i32 %256, 64
	%388 = add i32 %387, 0
	%389 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %388)
	%390 = extractvalue { i32, i32, i32, i32 } %389, 0
	%391 = extractvalue { i32, i32, i32, i32 } %389, 1
	%392 = extractvalue { i32, i32, i32, i32 } %389, 2
	%393 = extractvalue { i32, i32, i32, i32 } %389, 3
	%394 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %390, i32 %391, float %330, float %331, float %332, float %333)
	%395 = extractvalue { float, float, float, float } %394, 0
	%396 = extractvalue { float, float, float, float } %394, 1
	%397 = extractvalue { float, float, float, float } %394, 2
	%398 = extractvalue { float, float, float, float } %394, 3
	%399 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %392, i32 %393, float %335, float %336, float %337, float %338)
	%400 = extractvalue { float, float, float, float } %399, 0
	%401 = extractvalue { float, float, float, float } %399, 1
	%402 = extractvalue { float, float, float, float } %399, 2
	%403 = extractvalue { float, float, float, float } %399, 3
	%404 = add i32 %387, 2048
	%405 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %404)
	%406 = extractvalue { i32, i32, i32, i32 } %405, 0
	%407 = extractvalue { i32, i32, i32, i32 } %405, 1
	%408 = extractvalue { i32, i32, i32, i32 } %405, 2
	%409 = extractvalue { i32, i32, i32, i32 } %405, 3
	%410 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %406, i32 %407, float %346, float %347, float %348, float %349)
	%411 = extractvalue { float, float, float, float } %410, 0
	%412 = extractvalue { float, float, float, float } %410, 1
	%413 = extractvalue { float, float, float, float } %410, 2
	%414 = extractvalue { float, float, float, float } %410, 3
	%415 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %408, i32 %409, float %351, float %352, float %353, float %354)
	%416 = extractvalue { float, float, float, float } %415, 0
	%417 = extractvalue { float, float, float, float } %415, 1
	%418 = extractvalue { float, float, float, float } %415, 2
	%419 = extractvalue { float, float, float, float } %415, 3
	%420 = add i32 %387, u0x1000
	%421 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %420)
	%422 = extractvalue { i32, i32, i32, i32 } %421, 0
	%423 = extractvalue { i32, i32, i32, i32 } %421, 1
	%424 = extractvalue { i32, i32, i32, i32 } %421, 2
	%425 = extractvalue { i32, i32, i32, i32 } %421, 3
	%426 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %422, i32 %423, float %362, float %363, float %364, float %365)
	%427 = extractvalue { float, float, float, float } %426, 0
	%428 = extractvalue { float, float, float, float } %426, 1
	%429 = extractvalue { float, float, float, float } %426, 2
	%430 = extractvalue { float, float, float, float } %426, 3
	%431 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %424, i32 %425, float %367, float %368, float %369, float %370)
	%432 = extractvalue { float, float, float, float } %431, 0
	%433 = extractvalue { float, float, float, float } %431, 1
	%434 = extractvalue { float, float, float, float } %431, 2
	%435 = extractvalue { float, float, float, float } %431, 3
	%436 = add i32 %387, 6144
	%437 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %436)
	%438 = extractvalue { i32, i32, i32, i32 } %437, 0
	%439 = extractvalue { i32, i32, i32, i32 } %437, 1
	%440 = extractvalue { i32, i32, i32, i32 } %437, 2
	%441 = extractvalue { i32, i32, i32, i32 } %437, 3
	%442 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %438, i32 %439, float %378, float %379, float %380, float %381)
	%443 = extractvalue { float, float, float, float } %442, 0
	%444 = extractvalue { float, float, float, float } %442, 1
	%445 = extractvalue { float, float, float, float } %442, 2
	%446 = extractvalue { float, float, float, float } %442, 3
	%447 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %440, i32 %441, float %383, float %384, float %385, float %386)
	%448 = extractvalue { float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float } %447, 3
	%452 = xor i32 %256, 96
	%453 = add i32 %452, 0
	%454 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %453)
	%455 = extractvalue { i32, i32, i32, i32 } %454, 0
	%456 = extractvalue { i32, i32, i32, i32 } %454, 1
	%457 = extractvalue { i32, i32, i32, i32 } %454, 2
	%458 = extractvalue { i32, i32, i32, i32 } %454, 3
	%459 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %455, i32 %456, float %395, float %396, float %397, float %398)
	%460 = extractvalue { float, float, float, float } %459, 0
	%461 = extractvalue { float, float, float, float } %459, 1
	%462 = extractvalue { float, float, float, float } %459, 2
	%463 = extractvalue { float, float, float, float } %459, 3
	%464 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %457, i32 %458, float %400, float %401, float %402, float %403)
	%465 = extractvalue { float, float, float, float } %464, 0
	%466 = extractvalue { float, float, float, float } %464, 1
	%467 = extractvalue { float, float, float, float } %464, 2
	%468 = extractvalue { float, float, float, float } %464, 3
	%469 = add i32 %452, 2048
	%470 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %469)
	%471 = extractvalue { i32, i32, i32, i32 } %470, 0
	%472 = extractvalue { i32, i32, i32, i32 } %470, 1
	%473 = extractvalue { i32, i32, i32, i32 } %470, 2
	%474 = extractvalue { i32, i32, i32, i32 } %470, 3
	%475 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %471, i32 %472, float %411, float %412, float %413, float %414)
	%476 = extractvalue { float, float, float, float } %475, 0
	%477 = extractvalue { float, float, float, float } %475, 1
	%478 = extractvalue { float, float, float, float } %475, 2
	%479 = extractvalue { float, float, float, float } %475, 3
	%480 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %473, i32 %474, float %416, float %417, float %418, float %419)
	%481 = extractvalue { float, float, float, float } %480, 0
	%482 = extractvalue { float, float, float, float } %480, 1
	%483 = extractvalue { float, float, float, float } %480, 2
	%484 = extractvalue { float, float, float, float } %480, 3
	%485 = add i32 %452, u0x1000
	%486 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %485)
	%487 = extractvalue { i32, i32, i32, i32 } %486, 0
	%488 = extractvalue { i32, i32, i32, i32 } %486, 1
	%489 = extractvalue { i32, i32, i32, i32 } %486, 2
	%490 = extractvalue { i32, i32, i32, i32 } %486, 3
	%491 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %487, i32 %488, float %427, float %428, float %429, float %430)
	%492 = extractvalue { float, float, float, float } %491, 0
	%493 = extractvalue { float, float, float, float } %491, 1
	%494 = extractvalue { float, float, float, float } %491, 2
	%495 = extractvalue { float, float, float, float } %491, 3
	%496 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %489, i32 %490, float %432, float %433, float %434, float %435)
	%497 = extractvalue { float, float, float, float } %496, 0
	%498 = extractvalue { float, float, float, float } %496, 1
	%499 = extractvalue { float, float, float, float } %496, 2
	%500 = extractvalue { float, float, float, float } %496, 3
	%501 = add i32 %452, 6144
	%502 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %501)
	%503 = extractvalue { i32, i32, i32, i32 } %502, 0
	%504 = extractvalue { i32, i32, i32, i32 } %502, 1
	%505 = extractvalue { i32, i32, i32, i32 } %502, 2
	%506 = extractvalue { i32, i32, i32, i32 } %502, 3
	%507 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %503, i32 %504, float %443, float %444, float %445, float %446)
	%508 = extractvalue { float, float, float, float } %507, 0
	%509 = extractvalue { float, float, float, float } %507, 1
	%510 = extractvalue { float, float, float, float } %507, 2
	%511 = extractvalue { float, float, float, float } %507, 3
	%512 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %505, i32 %506, float %448, float %449, float %450, float %451)
	%513 = extractvalue { float, float, float, float } %512, 0
	%514 = extractvalue { float, float, float, float } %512, 1
	%515 = extractvalue { float, float, float, float } %512, 2
	%516 = extractvalue { float, float, float, float } %512, 3
	%517 = mul i32 %3, 16
	%518 = add i32 %24, %517
	%519 = add i32 %5, 0
	%520 = add i32 %518, %519
	%521 = mul i32 %3, 16
	%522 = add i32 %24, %521
	%523 = add i32 %5, 8
	%524 = add i32 %522, %523
	%525 = sitofp i32 %22 to float
	%526 = add i32 %45, %170
	%527 = sext i32 %526 to i64
	%528 = getelementptr i8, i8* %cls, i64 %527
	%529 = load i8, i8* %528
	%530 = icmp ne i8 %529, 2
	br i1 %530, label %partial, label %softmax

epilogue:
	%531 = phi float [ 0.0, %entry ], [ %1604, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1656, %pv ]
	%533 = phi i32 [ 0, %entry ], [ %1657, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1944, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1945, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1946, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1947, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1949, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1950, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1951, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1952, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1961, %pv ]
	%543 = phi float [ 0.0, %entry ], [ %1962, %pv ]
	%544 = phi float [ 0.0, %entry ], [ %1963, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1964, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1966, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %1967, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1968, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1969, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1978, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1979, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1980, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1981, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %1983, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %1984, %pv ]
	%556 = phi float [ 0.0, %entry ], [ %1985, %pv ]
	%557 = phi float [ 0.0, %entry ], [ %1986, %pv ]
	%558 = phi float [ 0.0, %entry ], [ %1995, %pv ]
	%559 = phi float [ 0.0, %entry ], [ %1996, %pv ]
	%560 = phi float [ 0.0, %entry ], [ %1997, %pv ]
	%561 = phi float [ 0.0, %entry ], [ %1998, %pv ]
	%562 = phi float [ 0.0, %entry ], [ %2000, %pv ]
	%563 = phi float [ 0.0, %entry ], [ %2001, %pv ]
	%564 = phi float [ 0.0, %entry ], [ %2002, %pv ]
	%565 = phi float [ 0.0, %entry ], [ %2003, %pv ]
	%566 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %531, i32 1, i32 31)
	%567 = fadd float %531, %566
	%568 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %567, i32 2, i32 31)
	%569 = fadd float %567, %568
	%570 = fcmp ogt float %569, 0.0
	%571 = fdiv float 1.0, %569
	%572 = select i1 %570, float %571, float 0.0
	%573 = mul i32 %3, 16
	%574 = add i32 %24, %573
	%575 = add i32 %5, 0
	%576 = add i32 %574, %575
	%577 = fmul float %534, %572
	%578 = fmul float %535, %572
	%579 = fmul float %538, %572
	%580 = fmul float %539, %572
	%581 = fmul float %542, %572
	%582 = fmul float %543, %572
	%583 = fmul float %546, %572
	%584 = fmul float %547, %572
	%585 = fmul float %550, %572
	%586 = fmul float %551, %572
	%587 = fmul float %554, %572
	%588 = fmul float %555, %572
	%589 = fmul float %558, %572
	%590 = fmul float %559, %572
	%591 = fmul float %562, %572
	%592 = fmul float %563, %572
	%593 = icmp slt i32 %576, %M
	br i1 %593, label %store0, label %stored0

partial:
	%594 = shl i32 %6, 1
	%595 = add i32 0, %594
	%596 = add i32 %207, %595
	%597 = icmp slt i32 %596, %N
	%598 = select i1 %597, i32 %596, i32 0
	%599 = sitofp i32 %520 to float
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
	%618 = select i1 %617, float %460, float 0xFFF0000000000000
	%619 = shl i32 %6, 1
	%620 = add i32 1, %619
	%621 = add i32 %207, %620
	%622 = icmp slt i32 %621, %N
	%623 = select i1 %622, i32 %621, i32 0
	%624 = sitofp i32 %520 to float
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
	%643 = select i1 %642, float %461, float 0xFFF0000000000000
	%644 = shl i32 %6, 1
	%645 = add i32 0, %644
	%646 = add i32 %207, %645
	%647 = icmp slt i32 %646, %N
	%648 = select i1 %647, i32 %646, i32 0
	%649 = sitofp i32 %524 to float
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
	%668 = select i1 %667, float %462, float 0xFFF0000000000000
	%669 = shl i32 %6, 1
	%670 = add i32 1, %669
	%671 = add i32 %207, %670
	%672 = icmp slt i32 %671, %N
	%673 = select i1 %672, i32 %671, i32 0
	%674 = sitofp i32 %524 to float
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
	%693 = select i1 %692, float %463, float 0xFFF0000000000000
	%694 = shl i32 %6, 1
	%695 = add i32 8, %694
	%696 = add i32 %207, %695
	%697 = icmp slt i32 %696, %N
	%698 = select i1 %697, i32 %696, i32 0
	%699 = sitofp i32 %520 to float
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
	%718 = select i1 %717, float %465, float 0xFFF0000000000000
	%719 = shl i32 %6, 1
	%720 = add i32 9, %719
	%721 = add i32 %207, %720
	%722 = icmp slt i32 %721, %N
	%723 = select i1 %722, i32 %721, i32 0
	%724 = sitofp i32 %520 to float
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
	%743 = select i1 %742, float %466, float 0xFFF0000000000000
	%744 = shl i32 %6, 1
	%745 = add i32 8, %744
	%746 = add i32 %207, %745
	%747 = icmp slt i32 %746, %N
	%748 = select i1 %747, i32 %746, i32 0
	%749 = sitofp i32 %524 to float
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
	%768 = select i1 %767, float %467, float 0xFFF0000000000000
	%769 = shl i32 %6, 1
	%770 = add i32 9, %769
	%771 = add i32 %207, %770
	%772 = icmp slt i32 %771, %N
	%773 = select i1 %772, i32 %771, i32 0
	%774 = sitofp i32 %524 to float
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
	%793 = select i1 %792, float %468, float 0xFFF0000000000000
	%794 = shl i32 %6, 1
	%795 = add i32 16, %794
	%796 = add i32 %207, %795
	%797 = icmp slt i32 %796, %N
	%798 = select i1 %797, i32 %796, i32 0
	%799 = sitofp i32 %520 to float
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
	%818 = select i1 %817, float %476, float 0xFFF0000000000000
	%819 = shl i32 %6, 1
	%820 = add i32 17, %819
	%821 = add i32 %207, %820
	%822 = icmp slt i32 %821, %N
	%823 = select i1 %822, i32 %821, i32 0
	%824 = sitofp i32 %520 to float
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
	%843 = select i1 %842, float %477, float 0xFFF0000000000000
	%844 = shl i32 %6, 1
	%845 = add i32 16, %844
	%846 = add i32 %207, %845
	%847 = icmp slt i32 %846, %N
	%848 = select i1 %847, i32 %846, i32 0
	%849 = sitofp i32 %524 to float
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
	%868 = select i1 %867, float %478, float 0xFFF0000000000000
	%869 = shl i32 %6, 1
	%870 = add i32 17, %869
	%871 = add i32 %207, %870
	%872 = icmp slt i32 %871, %N
	%873 = select i1 %872, i32 %871, i32 0
	%874 = sitofp i32 %524 to float
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
	%893 = select i1 %892, float %479, float 0xFFF0000000000000
	%894 = shl i32 %6, 1
	%895 = add i32 24, %894
	%896 = add i32 %207, %895
	%897 = icmp slt i32 %896, %N
	%898 = select i1 %897, i32 %896, i32 0
	%899 = sitofp i32 %520 to float
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
	%918 = select i1 %917, float %481, float 0xFFF0000000000000
	%919 = shl i32 %6, 1
	%920 = add i32 25, %919
	%921 = add i32 %207, %920
	%922 = icmp slt i32 %921, %N
	%923 = select i1 %922, i32 %921, i32 0
	%924 = sitofp i32 %520 to float
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
	%943 = select i1 %942, float %482, float 0xFFF0000000000000
	%944 = shl i32 %6, 1
	%945 = add i32 24, %944
	%946 = add i32 %207, %945
	%947 = icmp slt i32 %946, %N
	%948 = select i1 %947, i32 %946, i32 0
	%949 = sitofp i32 %524 to float
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
	%968 = select i1 %967, float %483, float 0xFFF0000000000000
	%969 = shl i32 %6, 1
	%970 = add i32 25, %969
	%971 = add i32 %207, %970
	%972 = icmp slt i32 %971, %N
	%973 = select i1 %972, i32 %971, i32 0
	%974 = sitofp i32 %524 to float
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
	%993 = select i1 %992, float %484, float 0xFFF0000000000000
	%994 = shl i32 %6, 1
	%995 = add i32 32, %994
	%996 = add i32 %207, %995
	%997 = icmp slt i32 %996, %N
	%998 = select i1 %997, i32 %996, i32 0
	%999 = sitofp i32 %520 to float
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
	%1018 = select i1 %1017, float %492, float 0xFFF0000000000000
	%1019 = shl i32 %6, 1
	%1020 = add i32 33, %1019
	%1021 = add i32 %207, %1020
	%1022 = icmp slt i32 %1021, %N
	%1023 = select i1 %1022, i32 %1021, i32 0
	%1024 = sitofp i32 %520 to float
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
	%1043 = select i1 %1042, float %493, float 0xFFF0000000000000
	%1044 = shl i32 %6, 1
	%1045 = add i32 32, %1044
	%1046 = add i32 %207, %1045
	%1047 = icmp slt i32 %1046, %N
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = sitofp i32 %524 to float
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
	%1068 = select i1 %1067, float %494, float 0xFFF0000000000000
	%1069 = shl i32 %6, 1
	%1070 = add i32 33, %1069
	%1071 = add i32 %207, %1070
	%1072 = icmp slt i32 %1071, %N
	%1073 = select i1 %1072, i32 %1071, i32 0
	%1074 = sitofp i32 %524 to float
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
	%1093 = select i1 %1092, float %495, float 0xFFF0000000000000
	%1094 = shl i32 %6, 1
	%1095 = add i32 40, %1094
	%1096 = add i32 %207, %1095
	%1097 = icmp slt i32 %1096, %N
	%1098 = select i1 %1097, i32 %1096, i32 0
	%1099 = sitofp i32 %520 to float
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
	%1118 = select i1 %1117, float %497, float 0xFFF0000000000000
	%1119 = shl i32 %6, 1
	%1120 = add i32 41, %1119
	%1121 = add i32 %207, %1120
	%1122 = icmp slt i32 %1121, %N
	%1123 = select i1 %1122, i32 %1121, i32 0
	%1124 = sitofp i32 %520 to float
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
	%1143 = select i1 %1142, float %498, float 0xFFF0000000000000
	%1144 = shl i32 %6, 1
	%1145 = add i32 40, %1144
	%1146 = add i32 %207, %1145
	%1147 = icmp slt i32 %1146, %N
	%1148 = select i1 %1147, i32 %1146, i32 0
	%1149 = sitofp i32 %524 to float
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
	%1168 = select i1 %1167, float %499, float 0xFFF0000000000000
	%1169 = shl i32 %6, 1
	%1170 = add i32 41, %1169
	%1171 = add i32 %207, %1170
	%1172 = icmp slt i32 %1171, %N
	%1173 = select i1 %1172, i32 %1171, i32 0
	%1174 = sitofp i32 %524 to float
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
	%1193 = select i1 %1192, float %500, float 0xFFF0000000000000
	%1194 = shl i32 %6, 1
	%1195 = add i32 48, %1194
	%1196 = add i32 %207, %1195
	%1197 = icmp slt i32 %1196, %N
	%1198 = select i1 %1197, i32 %1196, i32 0
	%1199 = sitofp i32 %520 to float
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
	%1218 = select i1 %1217, float %508, float 0xFFF0000000000000
	%1219 = shl i32 %6, 1
	%1220 = add i32 49, %1219
	%1221 = add i32 %207, %1220
	%1222 = icmp slt i32 %1221, %N
	%1223 = select i1 %1222, i32 %1221, i32 0
	%1224 = sitofp i32 %520 to float
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
	%1243 = select i1 %1242, float %509, float 0xFFF0000000000000
	%1244 = shl i32 %6, 1
	%1245 = add i32 48, %1244
	%1246 = add i32 %207, %1245
	%1247 = icmp slt i32 %1246, %N
	%1248 = select i1 %1247, i32 %1246, i32 0
	%1249 = sitofp i32 %524 to float
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
	%1268 = select i1 %1267, float %510, float 0xFFF0000000000000
	%1269 = shl i32 %6, 1
	%1270 = add i32 49, %1269
	%1271 = add i32 %207, %1270
	%1272 = icmp slt i32 %1271, %N
	%1273 = select i1 %1272, i32 %1271, i32 0
	%1274 = sitofp i32 %524 to float
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
	%1293 = select i1 %1292, float %511, float 0xFFF0000000000000
	%1294 = shl i32 %6, 1
	%1295 = add i32 56, %1294
	%1296 = add i32 %207, %1295
	%1297 = icmp slt i32 %1296, %N
	%1298 = select i1 %1297, i32 %1296, i32 0
	%1299 = sitofp i32 %520 to float
	%1300 = sitofp i32 %1298 to float
	%1301 = fcmp ole float %1300, %1299
	%1302 = uitofp i1 %1301 to float
	%1303 = fcmp une float %1302, 0.0
	%1304 = fsub float %1299, %1300
	%1305 = fcmp olt float %1304, 256.0
	%1306 = uitofp i1 %1305 to float
	%1307 = fcmp une float %1306, 0.0
	%1308 = fcmp olt float %1300, 4.0
	%1309 = uitofp i1 %1308 to float
	%1310 = fcmp une float %1309, 0.0
	%1311 = or i1 %1307, %1310
	%1312 = uitofp i1 %1311 to float
	%1313 = fcmp une float %1312, 0.0
	%1314 = and i1 %1303, %1313
	%1315 = uitofp i1 %1314 to float
	%1316 = fcmp une float %1315, 0.0
	%1317 = and i1 %1297, %1316
	%1318 = select i1 %1317, float %513, float 0xFFF0000000000000
	%1319 = shl i32 %6, 1
	%1320 = add i32 57, %1319
	%1321 = add i32 %207, %1320
	%1322 = icmp slt i32 %1321, %N
	%1323 = select i1 %1322, i32 %1321, i32 0
	%1324 = sitofp i32 %520 to float
	%1325 = sitofp i32 %1323 to float
	%1326 = fcmp ole float %1325, %1324
	%1327 = uitofp i1 %1326 to float
	%1328 = fcmp une float %1327, 0.0
	%1329 = fsub float %1324, %1325
	%1330 = fcmp olt float %1329, 256.0
	%1331 = uitofp i1 %1330 to float
	%1332 = fcmp une float %1331, 0.0
	%1333 = fcmp olt float %1325, 4.0
	%1334 = uitofp i1 %1333 to float
	%1335 = fcmp une float %1334, 0.0
	%1336 = or i1 %1332, %1335
	%1337 = uitofp i1 %1336 to float
	%1338 = fcmp une float %1337, 0.0
	%1339 = and i1 %1328, %1338
	%1340 = uitofp i1 %1339 to float
	%1341 = fcmp une float %1340, 0.0
	%1342 = and i1 %1322, %1341
	%1343 = select i1 %1342, float %514, float 0xFFF0000000000000
	%1344 = shl i32 %6, 1
	%1345 = add i32 56, %1344
	%1346 = add i32 %207, %1345
	%1347 = icmp slt i32 %1346, %N
	%1348 = select i1 %1347, i32 %1346, i32 0
	%1349 = sitofp i32 %524 to float
	%1350 = sitofp i32 %1348 to float
	%1351 = fcmp ole float %1350, %1349
	%1352 = uitofp i1 %1351 to float
	%1353 = fcmp une float %1352, 0.0
	%1354 = fsub float %1349, %1350
	%1355 = fcmp olt float %1354, 256.0
	%1356 = uitofp i1 %1355 to float
	%1357 = fcmp une float %1356, 0.0
	%1358 = fcmp olt float %1350, 4.0
	%1359 = uitofp i1 %1358 to float
	%1360 = fcmp une float %1359, 0.0
	%1361 = or i1 %1357, %1360
	%1362 = uitofp i1 %1361 to float
	%1363 = fcmp une float %1362, 0.0
	%1364 = and i1 %1353, %1363
	%1365 = uitofp i1 %1364 to float
	%1366 = fcmp une float %1365, 0.0
	%1367 = and i1 %1347, %1366
	%1368 = select i1 %1367, float %515, float 0xFFF0000000000000
	%1369 = shl i32 %6, 1
	%1370 = add i32 57, %1369
	%1371 = add i32 %207, %1370
	%1372 = icmp slt i32 %1371, %N
	%1373 = select i1 %1372, i32 %1371, i32 0
	%1374 = sitofp i32 %524 to float
	%1375 = sitofp i32 %1373 to float
	%1376 = fcmp ole float %1375, %1374
	%1377 = uitofp i1 %1376 to float
	%1378 = fcmp une float %1377, 0.0
	%1379 = fsub float %1374, %1375
	%1380 = fcmp olt float %1379, 256.0
	%1381 = uitofp i1 %1380 to float
	%1382 = fcmp une float %1381, 0.0
	%1383 = fcmp olt float %1375, 4.0
	%1384 = uitofp i1 %1383 to float
	%1385 = fcmp une float %1384, 0.0
	%1386 = or i1 %1382, %1385
	%1387 = uitofp i1 %1386 to float
	%1388 = fcmp une float %1387, 0.0
	%1389 = and i1 %1378, %1388
	%1390 = uitofp i1 %1389 to float
	%1391 = fcmp une float %1390, 0.0
	%1392 = and i1 %1372, %1391
	%1393 = select i1 %1392, float %516, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1394 = phi float [ %460, %loop ], [ %618, %partial ]
	%1395 = phi float [ %461, %loop ], [ %643, %partial ]
	%1396 = phi float [ %462, %loop ], [ %668, %partial ]
	%1397 = phi float [ %463, %loop ], [ %693, %partial ]
	%1398 = phi float [ %465, %loop ], [ %718, %partial ]
	%1399 = phi float [ %466, %loop ], [ %743, %partial ]
	%1400 = phi float [ %467, %loop ], [ %768, %partial ]
	%1401 = phi float [ %468, %loop ], [ %793, %partial ]
	%1402 = phi float [ %476, %loop ], [ %818, %partial ]
	%1403 = phi float [ %477, %loop ], [ %843, %partial ]
	%1404 = phi float [ %478, %loop ], [ %868, %partial ]
	%1405 = phi float [ %479, %loop ], [ %893, %partial ]
	%1406 = phi float [ %481, %loop ], [ %918, %partial ]
	%1407 = phi float [ %482, %loop ], [ %943, %partial ]
	%1408 = phi float [ %483, %loop ], [ %968, %partial ]
	%1409 = phi float [ %484, %loop ], [ %993, %partial ]
	%1410 = phi float [ %492, %loop ], [ %1018, %partial ]
	%1411 = phi float [ %493, %loop ], [ %1043, %partial ]
	%1412 = phi float [ %494, %loop ], [ %1068, %partial ]
	%1413 = phi float [ %495, %loop ], [ %1093, %partial ]
	%1414 = phi float [ %497, %loop ], [ %1118, %partial ]
	%1415 = phi float [ %498, %loop ], [ %1143, %partial ]
	%1416 = phi float [ %499, %loop ], [ %1168, %partial ]
	%1417 = phi float [ %500, %loop ], [ %1193, %partial ]
	%1418 = phi float [ %508, %loop ], [ %1218, %partial ]
	%1419 = phi float [ %509, %loop ], [ %1243, %partial ]
	%1420 = phi float [ %510, %loop ], [ %1268, %partial ]
	%1421 = phi float [ %511, %loop ], [ %1293, %partial ]
	%1422 = phi float [ %513, %loop ], [ %1318, %partial ]
	%1423 = phi float [ %514, %loop ], [ %1343, %partial ]
	%1424 = phi float [ %515, %loop ], [ %1368, %partial ]
	%1425 = phi float [ %516, %loop ], [ %1393, %partial ]
	%1426 = call float @llvm.nvvm.fmax.f(float %1394, float %1395)
	%1427 = call float @llvm.nvvm.fmax.f(float %1398, float %1399)
	%1428 = call float @llvm.nvvm.fmax.f(float %1402, float %1403)
	%1429 = call float @llvm.nvvm.fmax.f(float %1406, float %1407)
	%1430 = call float @llvm.nvvm.fmax.f(float %1410, float %1411)
	%1431 = call float @llvm.nvvm.fmax.f(float %1414, float %1415)
	%1432 = call float @llvm.nvvm.fmax.f(float %1418, float %1419)
	%1433 = call float @llvm.nvvm.fmax.f(float %1422, float %1423)
	%1434 = call float @llvm.nvvm.fmax.f(float %1426, float %1427)
	%1435 = call float @llvm.nvvm.fmax.f(float %1428, float %1429)
	%1436 = call float @llvm.nvvm.fmax.f(float %1430, float %1431)
	%1437 = call float @llvm.nvvm.fmax.f(float %1432, float %1433)
	%1438 = call float @llvm.nvvm.fmax.f(float %1434, float %1435)
	%1439 = call float @llvm.nvvm.fmax.f(float %1436, float %1437)
	%1440 = call float @llvm.nvvm.fmax.f(float %1438, float %1439)
	%1441 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1440, i32 1, i32 31)
	%1442 = call float @llvm.nvvm.fmax.f(float %1440, float %1441)
	%1443 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1442, i32 2, i32 31)
	%1444 = call float @llvm.nvvm.fmax.f(float %1442, float %1443)
	%1445 = fmul float %1444, 0x3FC7154760000000
	%1446 = call float @llvm.nvvm.fmax.f(float %203, float %1445)
	%1447 = fadd float %203, 8.0
	%1448 = fcmp ogt float %1446, %1447
	%1449 = or i1 false, %1448
	%1450 = call float @llvm.nvvm.fmax.f(float %1396, float %1397)
	%1451 = call float @llvm.nvvm.fmax.f(float %1400, float %1401)
	%1452 = call float @llvm.nvvm.fmax.f(float %1404, float %1405)
	%1453 = call float @llvm.nvvm.fmax.f(float %1408, float %1409)
	%1454 = call float @llvm.nvvm.fmax.f(float %1412, float %1413)
	%1455 = call float @llvm.nvvm.fmax.f(float %1416, float %1417)
	%1456 = call float @llvm.nvvm.fmax.f(float %1420, float %1421)
	%1457 = call float @llvm.nvvm.fmax.f(float %1424, float %1425)
	%1458 = call float @llvm.nvvm.fmax.f(float %1450, float %1451)
	%1459 = call float @llvm.nvvm.fmax.f(float %1452, float %1453)
	%1460 = call float @llvm.nvvm.fmax.f(float %1454, float %1455)
	%1461 = call float @llvm.nvvm.fmax.f(float %1456, float %1457)
	%1462 = call float @llvm.nvvm.fmax.f(float %1458, float %1459)
	%1463 = call float @llvm.nvvm.fmax.f(float %1460, float %1461)
	%1464 = call float @llvm.nvvm.fmax.f(float %1462, float %1463)
	%1465 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1464, i32 1, i32 31)
	%1466 = call float @llvm.nvvm.fmax.f(float %1464, float %1465)
	%1467 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1466, i32 2, i32 31)
	%1468 = call float @llvm.nvvm.fmax.f(float %1466, float %1467)
	%1469 = fmul float %1468, 0x3FC7154760000000
	%1470 = call float @llvm.nvvm.fmax.f(float %205, float %1469)
	%1471 = fadd float %205, 8.0
	%1472 = fcmp ogt float %1470, %1471
	%1473 = or i1 %1449, %1472
	%1474 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1473)
	br i1 %1474, label %1475, label %1518

1475:
	%1476 = fcmp oeq float %1446, 0xFFF0000000000000
	%1477 = select i1 %1476, float 0.0, float %1446
	%1478 = fsub float %203, %1477
	%1479 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1478)
	%1480 = fcmp oeq float %1470, 0xFFF0000000000000
	%1481 = select i1 %1480, float 0.0, float %1470
	%1482 = fsub float %205, %1481
	%1483 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1482)
	%1484 = fmul float %171, %1479
	%1485 = fmul float %172, %1479
	%1486 = fmul float %173, %1483
	%1487 = fmul float %174, %1483
	%1488 = fmul float %175, %1479
	%1489 = fmul float %176, %1479
	%1490 = fmul float %177, %1483
	%1491 = fmul float %178, %1483
	%1492 = fmul float %179, %1479
	%1493 = fmul float %180, %1479
	%1494 = fmul float %181, %1483
	%1495 = fmul float %182, %1483
	%1496 = fmul float %183, %1479
	%1497 = fmul float %184, %1479
	%1498 = fmul float %185, %1483
	%1499 = fmul float %186, %1483
	%1500 = fmul float %187, %1479
	%1501 = fmul float %188, %1479
	%1502 = fmul float %189, %1483
	%1503 = fmul float %190, %1483
	%1504 = fmul float %191, %1479
	%1505 = fmul float %192, %1479
	%1506 = fmul float %193, %1483
	%1507 = fmul float %194, %1483
	%1508 = fmul float %195, %1479
	%1509 = fmul float %196, %1479
	%1510 = fmul float %197, %1483
	%1511 = fmul float %198, %1483
	%1512 = fmul float %199, %1479
	%1513 = fmul float %200, %1479
	%1514 = fmul float %201, %1483
	%1515 = fmul float %202, %1483
	%1516 = fmul float %204, %1479
	%1517 = fmul float %206, %1483
	br label %1518

1518:
	%1519 = phi float [ %171, %softmax ], [ %1484, %1475 ]
	%1520 = phi float [ %172, %softmax ], [ %1485, %1475 ]
	%1521 = phi float [ %173, %softmax ], [ %1486, %1475 ]
	%1522 = phi float [ %174, %softmax ], [ %1487, %1475 ]
	%1523 = phi float [ %175, %softmax ], [ %1488, %1475 ]
	%1524 = phi float [ %176, %softmax ], [ %1489, %1475 ]
	%1525 = phi float [ %177, %softmax ], [ %1490, %1475 ]
	%1526 = phi float [ %178, %softmax ], [ %1491, %1475 ]
	%1527 = phi float [ %179, %softmax ], [ %1492, %1475 ]
	%1528 = phi float [ %180, %softmax ], [ %1493, %1475 ]
	%1529 = phi float [ %181, %softmax ], [ %1494, %1475 ]
	%1530 = phi float [ %182, %softmax ], [ %1495, %1475 ]
	%1531 = phi float [ %183, %softmax ], [ %1496, %1475 ]
	%1532 = phi float [ %184, %softmax ], [ %1497, %1475 ]
	%1533 = phi float [ %185, %softmax ], [ %1498, %1475 ]
	%1534 = phi float [ %186, %softmax ], [ %1499, %1475 ]
	%1535 = phi float [ %187, %softmax ], [ %1500, %1475 ]
	%1536 = phi float [ %188, %softmax ], [ %1501, %1475 ]
	%1537 = phi float [ %189, %softmax ], [ %1502, %1475 ]
	%1538 = phi float [ %190, %softmax ], [ %1503, %1475 ]
	%1539 = phi float [ %191, %softmax ], [ %1504, %1475 ]
	%1540 = phi float [ %192, %softmax ], [ %1505, %1475 ]
	%1541 = phi float [ %193, %softmax ], [ %1506, %1475 ]
	%1542 = phi float [ %194, %softmax ], [ %1507, %1475 ]
	%1543 = phi float [ %195, %softmax ], [ %1508, %1475 ]
	%1544 = phi float [ %196, %softmax ], [ %1509, %1475 ]
	%1545 = phi float [ %197, %softmax ], [ %1510, %1475 ]
	%1546 = phi float [ %198, %softmax ], [ %1511, %1475 ]
	%1547 = phi float [ %199, %softmax ], [ %1512, %1475 ]
	%1548 = phi float [ %200, %softmax ], [ %1513, %1475 ]
	%1549 = phi float [ %201, %softmax ], [ %1514, %1475 ]
	%1550 = phi float [ %202, %softmax ], [ %1515, %1475 ]
	%1551 = phi float [ %204, %softmax ], [ %1516, %1475 ]
	%1552 = phi float [ %206, %softmax ], [ %1517, %1475 ]
	%1553 = select i1 %1474, float %1446, float %203
	%1554 = fcmp oeq float %1553, 0xFFF0000000000000
	%1555 = select i1 %1554, float 0.0, float %1553
	%1556 = fneg float %1555
	%1557 = call float @llvm.fma.f32(float %1394, float 0x3FC7154760000000, float %1556)
	%1558 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1557)
	%1559 = call float @llvm.fma.f32(float %1395, float 0x3FC7154760000000, float %1556)
	%1560 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1559)
	%1561 = call float @llvm.fma.f32(float %1398, float 0x3FC7154760000000, float %1556)
	%1562 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1561)
	%1563 = call float @llvm.fma.f32(float %1399, float 0x3FC7154760000000, float %1556)
	%1564 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1563)
	%1565 = call float @llvm.fma.f32(float %1402, float 0x3FC7154760000000, float %1556)
	%1566 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1565)
	%1567 = call float @llvm.fma.f32(float %1403, float 0x3FC7154760000000, float %1556)
	%1568 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1567)
	%1569 = call float @llvm.fma.f32(float %1406, float 0x3FC7154760000000, float %1556)
	%1570 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1569)
	%1571 = call float @llvm.fma.f32(float %1407, float 0x3FC7154760000000, float %1556)
	%1572 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1571)
	%1573 = call float @llvm.fma.f32(float %1410, float 0x3FC7154760000000, float %1556)
	%1574 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1573)
	%1575 = call float @llvm.fma.f32(float %1411, float 0x3FC7154760000000, float %1556)
	%1576 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1575)
	%1577 = call float @llvm.fma.f32(float %1414, float 0x3FC7154760000000, float %1556)
	%1578 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1577)
	%1579 = call float @llvm.fma.f32(float %1415, float 0x3FC7154760000000, float %1556)
	%1580 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1579)
	%1581 = call float @llvm.fma.f32(float %1418, float 0x3FC7154760000000, float %1556)
	%1582 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1581)
	%1583 = call float @llvm.fma.f32(float %1419, float 0x3FC7154760000000, float %1556)
	%1584 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1583)
	%1585 = call float @llvm.fma.f32(float %1422, float 0x3FC7154760000000, float %1556)
	%1586 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1585)
	%1587 = call float @llvm.fma.f32(float %1423, float 0x3FC7154760000000, float %1556)
	%1588 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1587)
	%1589 = fadd float %1558, %1560
	%1590 = fadd float %1562, %1564
	%1591 = fadd float %1566, %1568
	%1592 = fadd float %1570, %1572
	%1593 = fadd float %1574, %1576
	%1594 = fadd float %1578, %1580
	%1595 = fadd float %1582, %1584
	%1596 = fadd float %1586, %1588
	%1597 = fadd float %1589, %1590
	%1598 = fadd float %1591, %1592
	%1599 = fadd float %1593, %1594
	%1600 = fadd float %1595, %1596
	%1601 = fadd float %1597, %1598
	%1602 = fadd float %1599, %1600
	%1603 = fadd float %1601, %1602
	%1604 = fadd float %1551, %1603
	%1605 = select i1 %1474, float %1470, float %205
	%1606 = fcmp oeq float %1605, 0xFFF0000000000000
	%1607 = select i1 %1606, float 0.0, float %1605
	%1608 = fneg float %1607
	%1609 = call float @llvm.fma.f32(float %1396, float 0x3FC7154760000000, float %1608)
	%1610 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1609)
	%1611 = call float @llvm.fma.f32(float %1397, float 0x3FC7154760000000, float %1608)
	%1612 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1611)
	%1613 = call float @llvm.fma.f32(float %1400, float 0x3FC7154760000000, float %1608)
	%1614 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1613)
	%1615 = call float @llvm.fma.f32(float %1401, float 0x3FC7154760000000, float %1608)
	%1616 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1615)
	%1617 = call float @llvm.fma.f32(float %1404, float 0x3FC7154760000000, float %1608)
	%1618 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1617)
	%1619 = call float @llvm.fma.f32(float %1405, float 0x3FC7154760000000, float %1608)
	%1620 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1619)
	%1621 = call float @llvm.fma.f32(float %1408, float 0x3FC7154760000000, float %1608)
	%1622 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1621)
	%1623 = call float @llvm.fma.f32(float %1409, float 0x3FC7154760000000, float %1608)
	%1624 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1623)
	%1625 = call float @llvm.fma.f32(float %1412, float 0x3FC7154760000000, float %1608)
	%1626 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1625)
	%1627 = call float @llvm.fma.f32(float %1413, float 0x3FC7154760000000, float %1608)
	%1628 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1627)
	%1629 = call float @llvm.fma.f32(float %1416, float 0x3FC7154760000000, float %1608)
	%1630 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1629)
	%1631 = call float @llvm.fma.f32(float %1417, float 0x3FC7154760000000, float %1608)
	%1632 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1631)
	%1633 = call float @llvm.fma.f32(float %1420, float 0x3FC7154760000000, float %1608)
	%1634 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1633)
	%1635 = call float @llvm.fma.f32(float %1421, float 0x3FC7154760000000, float %1608)
	%1636 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1635)
	%1637 = call float @llvm.fma.f32(float %1424, float 0x3FC7154760000000, float %1608)
	%1638 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1637)
	%1639 = call float @llvm.fma.f32(float %1425, float 0x3FC7154760000000, float %1608)
	%1640 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1639)
	%1641 = fadd float %1610, %1612
	%1642 = fadd float %1614, %1616
	%1643 = fadd float %1618, %1620
	%1644 = fadd float %1622, %1624
	%1645 = fadd float %1626, %1628
	%1646 = fadd float %1630, %1632
	%1647 = fadd float %1634, %1636
	%1648 = fadd float %1638, %1640
	%1649 = fadd float %1641, %1642
	%1650 = fadd float %1643, %1644
	%1651 = fadd float %1645, %1646
	%1652 = fadd float %1647, %1648
	%1653 = fadd float %1649, %1650
	%1654 = fadd float %1651, %1652
	%1655 = fadd float %1653, %1654
	%1656 = fadd float %1552, %1655
	%1657 = add i32 %169, 1
	%1658 = icmp slt i32 %1657, %NK
	%1659 = select i1 %1658, i32 %1657, i32 0
	%1660 = add i32 %41, %1659
	%1661 = sext i32 %1660 to i64
	%1662 = getelementptr i32, i32* %list, i64 %1661
	%1663 = load i32, i32* %1662
	%1664 = select i1 %1658, i32 %1663, i32 -1
	%1665 = icmp sge i32 %1664, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1665, label %prefetch, label %pv

prefetch:
	%1666 = mul i32 %1664, 64
	%1667 = lshr i32 %2, 3
	%1668 = and i32 %2, 7
	%1669 = and i32 %1667, 7
	%1670 = xor i32 %1668, %1669
	%1671 = mul i32 %1667, 8
	%1672 = add i32 %1671, %1670
	%1673 = shl i32 %1672, 4
	%1674 = add i32 %0, %1673
	%1675 = add i32 %1666, %1667
	%1676 = mul i32 %1675, 64
	%1677 = mul i32 %1668, 8
	%1678 = add i32 %1676, %1677
	%1679 = sext i32 %1678 to i64
	%1680 = getelementptr i16, i16* %32, i64 %1679
	%1681 = add i32 %1675, 0
	%1682 = icmp slt i32 %1681, %N
	%1683 = getelementptr i16, i16* %1680, i64 0
	%1684 = select i1 %1682, i16* %1683, i16* %32
	%1685 = add i32 %1674, 0
	%1686 = select i1 %1682, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1685, i16* %1684, i32 %1686)
	%1687 = add i32 %1675, 16
	%1688 = icmp slt i32 %1687, %N
	%1689 = getelementptr i16, i16* %1680, i64 1024
	%1690 = select i1 %1688, i16* %1689, i16* %32
	%1691 = add i32 %1674, 2048
	%1692 = select i1 %1688, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1691, i16* %1690, i32 %1692)
	%1693 = add i32 %1675, 32
	%1694 = icmp slt i32 %1693, %N
	%1695 = getelementptr i16, i16* %1680, i64 2048
	%1696 = select i1 %1694, i16* %1695, i16* %32
	%1697 = add i32 %1674, u0x1000
	%1698 = select i1 %1694, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1697, i16* %1696, i32 %1698)
	%1699 = add i32 %1675, 48
	%1700 = icmp slt i32 %1699, %N
	%1701 = getelementptr i16, i16* %1680, i64 3072
	%1702 = select i1 %1700, i16* %1701, i16* %32
	%1703 = add i32 %1674, 6144
	%1704 = select i1 %1700, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1703, i16* %1702, i32 %1704)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1705 = and i32 %4, 7
	%1706 = lshr i32 %4, 3
	%1707 = and i32 %1706, 1
	%1708 = shl i32 %1707, 3
	%1709 = add i32 %1705, %1708
	%1710 = mul i32 %1709, 128
	%1711 = add i32 %1, %1710
	%1712 = and i32 %4, 7
	%1713 = xor i32 %96, %1712
	%1714 = shl i32 %1713, 4
	%1715 = add i32 %1711, %1714
	%1716 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1560, float %1558)
	%1717 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1612, float %1610)
	%1718 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1564, float %1562)
	%1719 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1616, float %1614)
	%1720 = xor i32 %1715, 0
	%1721 = add i32 %1720, 0
	%1722 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1721)
	%1723 = extractvalue { i32, i32, i32, i32 } %1722, 0
	%1724 = extractvalue { i32, i32, i32, i32 } %1722, 1
	%1725 = extractvalue { i32, i32, i32, i32 } %1722, 2
	%1726 = extractvalue { i32, i32, i32, i32 } %1722, 3
	%1727 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1716, i32 %1717, i32 %1718, i32 %1719, i32 %1723, i32 %1724, float %1519, float %1520, float %1521, float %1522)
	%1728 = extractvalue { float, float, float, float } %1727, 0
	%1729 = extractvalue { float, float, float, float } %1727, 1
	%1730 = extractvalue { float, float, float, float } %1727, 2
	%1731 = extractvalue { float, float, float, float } %1727, 3
	%1732 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1716, i32 %1717, i32 %1718, i32 %1719, i32 %1725, i32 %1726, float %1523, float %1524, float %1525, float %1526)
	%1733 = extractvalue { float, float, float, float } %1732, 0
	%1734 = extractvalue { float, float, float, float } %1732, 1
	%1735 = extractvalue { float, float, float, float } %1732, 2
	%1736 = extractvalue { float, float, float, float } %1732, 3
	%1737 = xor i32 %1715, 32
	%1738 = add i32 %1737, 0
	%1739 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1738)
	%1740 = extractvalue { i32, i32, i32, i32 } %1739, 0
	%1741 = extractvalue { i32, i32, i32, i32 } %1739, 1
	%1742 = extractvalue { i32, i32, i32, i32 } %1739, 2
	%1743 = extractvalue { i32, i32, i32, i32 } %1739, 3
	%1744 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1716, i32 %1717, i32 %1718, i32 %1719, i32 %1740, i32 %1741, float %1527, float %1528, float %1529, float %1530)
	%1745 = extractvalue { float, float, float, float } %1744, 0
	%1746 = extractvalue { float, float, float, float } %1744, 1
	%1747 = extractvalue { float, float, float, float } %1744, 2
	%1748 = extractvalue { float, float, float, float } %1744, 3
	%1749 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1716, i32 %1717, i32 %1718, i32 %1719, i32 %1742, i32 %1743, float %1531, float %1532, float %1533, float %1534)
	%1750 = extractvalue { float, float, float, float } %1749, 0
	%1751 = extractvalue { float, float, float, float } %1749, 1
	%1752 = extractvalue { float, float, float, float } %1749, 2
	%1753 = extractvalue { float, float, float, float } %1749, 3
	%1754 = xor i32 %1715, 64
	%1755 = add i32 %1754, 0
	%1756 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1755)
	%1757 = extractvalue { i32, i32, i32, i32 } %1756, 0
	%1758 = extractvalue { i32, i32, i32, i32 } %1756, 1
	%1759 = extractvalue { i32, i32, i32, i32 } %1756, 2
	%1760 = extractvalue { i32, i32, i32, i32 } %1756, 3
	%1761 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1716, i32 %1717, i32 %1718, i32 %1719, i32 %1757, i32 %1758, float %1535, float %1536, float %1537, float %1538)
	%1762 = extractvalue { float, float, float, float } %1761, 0
	%1763 = extractvalue { float, float, float, float } %1761, 1
	%1764 = extractvalue { float, float, float, float } %1761, 2
	%1765 = extractvalue { float, float, float, float } %1761, 3
	%1766 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1716, i32 %1717, i32 %1718, i32 %1719, i32 %1759, i32 %1760, float %1539, float %1540, float %1541, float %1542)
	%1767 = extractvalue { float, float, float, float } %1766, 0
	%1768 = extractvalue { float, float, float, float } %1766, 1
	%1769 = extractvalue { float, float, float, float } %1766, 2
	%1770 = extractvalue { float, float, float, float } %1766, 3
	%1771 = xor i32 %1715, 96
	%1772 = add i32 %1771, 0
	%1773 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1772)
	%1774 = extractvalue { i32, i32, i32, i32 } %1773, 0
	%1775 = extractvalue { i32, i32, i32, i32 } %1773, 1
	%1776 = extractvalue { i32, i32, i32, i32 } %1773, 2
	%1777 = extractvalue { i32, i32, i32, i32 } %1773, 3
	%1778 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1716, i32 %1717, i32 %1718, i32 %1719, i32 %1774, i32 %1775, float %1543, float %1544, float %1545, float %1546)
	%1779 = extractvalue { float, float, float, float } %1778, 0
	%1780 = extractvalue { float, float, float, float } %1778, 1
	%1781 = extractvalue { float, float, float, float } %1778, 2
	%1782 = extractvalue { float, float, float, float } %1778, 3
	%1783 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1716, i32 %1717, i32 %1718, i32 %1719, i32 %1776, i32 %1777, float %1547, float %1548, float %1549, float %1550)
	%1784 = extractvalue { float, float, float, float } %1783, 0
	%1785 = extractvalue { float, float, float, float } %1783, 1
	%1786 = extractvalue { float, float, float, float } %1783, 2
	%1787 = extractvalue { float, float, float, float } %1783, 3
	%1788 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1568, float %1566)
	%1789 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1620, float %1618)
	%1790 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1572, float %1570)
	%1791 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1624, float %1622)
	%1792 = xor i32 %1715, 0
	%1793 = add i32 %1792, 2048
	%1794 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1793)
	%1795 = extractvalue { i32, i32, i32, i32 } %1794, 0
	%1796 = extractvalue { i32, i32, i32, i32 } %1794, 1
	%1797 = extractvalue { i32, i32, i32, i32 } %1794, 2
	%1798 = extractvalue { i32, i32, i32, i32 } %1794, 3
	%1799 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1788, i32 %1789, i32 %1790, i32 %1791, i32 %1795, i32 %1796, float %1728, float %1729, float %1730, float %1731)
	%1800 = extractvalue { float, float, float, float } %1799, 0
	%1801 = extractvalue { float, float, float, float } %1799, 1
	%1802 = extractvalue { float, float, float, float } %1799, 2
	%1803 = extractvalue { float, float, float, float } %1799, 3
	%1804 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1788, i32 %1789, i32 %1790, i32 %1791, i32 %1797, i32 %1798, float %1733, float %1734, float %1735, float %1736)
	%1805 = extractvalue { float, float, float, float } %1804, 0
	%1806 = extractvalue { float, float, float, float } %1804, 1
	%1807 = extractvalue { float, float, float, float } %1804, 2
	%1808 = extractvalue { float, float, float, float } %1804, 3
	%1809 = xor i32 %1715, 32
	%1810 = add i32 %1809, 2048
	%1811 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1810)
	%1812 = extractvalue { i32, i32, i32, i32 } %1811, 0
	%1813 = extractvalue { i32, i32, i32, i32 } %1811, 1
	%1814 = extractvalue { i32, i32, i32, i32 } %1811, 2
	%1815 = extractvalue { i32, i32, i32, i32 } %1811, 3
	%1816 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1788, i32 %1789, i32 %1790, i32 %1791, i32 %1812, i32 %1813, float %1745, float %1746, float %1747, float %1748)
	%1817 = extractvalue { float, float, float, float } %1816, 0
	%1818 = extractvalue { float, float, float, float } %1816, 1
	%1819 = extractvalue { float, float, float, float } %1816, 2
	%1820 = extractvalue { float, float, float, float } %1816, 3
	%1821 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1788, i32 %1789, i32 %1790, i32 %1791, i32 %1814, i32 %1815, float %1750, float %1751, float %1752, float %1753)
	%1822 = extractvalue { float, float, float, float } %1821, 0
	%1823 = extractvalue { float, float, float, float } %1821, 1
	%1824 = extractvalue { float, float, float, float } %1821, 2
	%1825 = extractvalue { float, float, float, float } %1821, 3
	%1826 = xor i32 %1715, 64
	%1827 = add i32 %1826, 2048
	%1828 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1827)
	%1829 = extractvalue { i32, i32, i32, i32 } %1828, 0
	%1830 = extractvalue { i32, i32, i32, i32 } %1828, 1
	%1831 = extractvalue { i32, i32, i32, i32 } %1828, 2
	%1832 = extractvalue { i32, i32, i32, i32 } %1828, 3
	%1833 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1788, i32 %1789, i32 %1790, i32 %1791, i32 %1829, i32 %1830, float %1762, float %1763, float %1764, float %1765)
	%1834 = extractvalue { float, float, float, float } %1833, 0
	%1835 = extractvalue { float, float, float, float } %1833, 1
	%1836 = extractvalue { float, float, float, float } %1833, 2
	%1837 = extractvalue { float, float, float, float } %1833, 3
	%1838 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1788, i32 %1789, i32 %1790, i32 %1791, i32 %1831, i32 %1832, float %1767, float %1768, float %1769, float %1770)
	%1839 = extractvalue { float, float, float, float } %1838, 0
	%1840 = extractvalue { float, float, float, float } %1838, 1
	%1841 = extractvalue { float, float, float, float } %1838, 2
	%1842 = extractvalue { float, float, float, float } %1838, 3
	%1843 = xor i32 %1715, 96
	%1844 = add i32 %1843, 2048
	%1845 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1844)
	%1846 = extractvalue { i32, i32, i32, i32 } %1845, 0
	%1847 = extractvalue { i32, i32, i32, i32 } %1845, 1
	%1848 = extractvalue { i32, i32, i32, i32 } %1845, 2
	%1849 = extractvalue { i32, i32, i32, i32 } %1845, 3
	%1850 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1788, i32 %1789, i32 %1790, i32 %1791, i32 %1846, i32 %1847, float %1779, float %1780, float %1781, float %1782)
	%1851 = extractvalue { float, float, float, float } %1850, 0
	%1852 = extractvalue { float, float, float, float } %1850, 1
	%1853 = extractvalue { float, float, float, float } %1850, 2
	%1854 = extractvalue { float, float, float, float } %1850, 3
	%1855 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1788, i32 %1789, i32 %1790, i32 %1791, i32 %1848, i32 %1849, float %1784, float %1785, float %1786, float %1787)
	%1856 = extractvalue { float, float, float, float } %1855, 0
	%1857 = extractvalue { float, float, float, float } %1855, 1
	%1858 = extractvalue { float, float, float, float } %1855, 2
	%1859 = extractvalue { float, float, float, float } %1855, 3
	%1860 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1576, float %1574)
	%1861 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1628, float %1626)
	%1862 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1580, float %1578)
	%1863 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1632, float %1630)
	%1864 = xor i32 %1715, 0
	%1865 = add i32 %1864, u0x1000
	%1866 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1865)
	%1867 = extractvalue { i32, i32, i32, i32 } %1866, 0
	%1868 = extractvalue { i32, i32, i32, i32 } %1866, 1
	%1869 = extractvalue { i32, i32, i32, i32 } %1866, 2
	%1870 = extractvalue { i32, i32, i32, i32 } %1866, 3
	%1871 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1860, i32 %1861, i32 %1862, i32 %1863, i32 %1867, i32 %1868, float %1800, float %1801, float %1802, float %1803)
	%1872 = extractvalue { float, float, float, float } %1871, 0
	%1873 = extractvalue { float, float, float, float } %1871, 1
	%1874 = extractvalue { float, float, float, float } %1871, 2
	%1875 = extractvalue { float, float, float, float } %1871, 3
	%1876 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1860, i32 %1861, i32 %1862, i32 %1863, i32 %1869, i32 %1870, float %1805, float %1806, float %1807, float %1808)
	%1877 = extractvalue { float, float, float, float } %1876, 0
	%1878 = extractvalue { float, float, float, float } %1876, 1
	%1879 = extractvalue { float, float, float, float } %1876, 2
	%1880 = extractvalue { float, float, float, float } %1876, 3
	%1881 = xor i32 %1715, 32
	%1882 = add i32 %1881, u0x1000
	%1883 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1882)
	%1884 = extractvalue { i32, i32, i32, i32 } %1883, 0
	%1885 = extractvalue { i32, i32, i32, i32 } %1883, 1
	%1886 = extractvalue { i32, i32, i32, i32 } %1883, 2
	%1887 = extractvalue { i32, i32, i32, i32 } %1883, 3
	%1888 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1860, i32 %1861, i32 %1862, i32 %1863, i32 %1884, i32 %1885, float %1817, float %1818, float %1819, float %1820)
	%1889 = extractvalue { float, float, float, float } %1888, 0
	%1890 = extractvalue { float, float, float, float } %1888, 1
	%1891 = extractvalue { float, float, float, float } %1888, 2
	%1892 = extractvalue { float, float, float, float } %1888, 3
	%1893 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1860, i32 %1861, i32 %1862, i32 %1863, i32 %1886, i32 %1887, float %1822, float %1823, float %1824, float %1825)
	%1894 = extractvalue { float, float, float, float } %1893, 0
	%1895 = extractvalue { float, float, float, float } %1893, 1
	%1896 = extractvalue { float, float, float, float } %1893, 2
	%1897 = extractvalue { float, float, float, float } %1893, 3
	%1898 = xor i32 %1715, 64
	%1899 = add i32 %1898, u0x1000
	%1900 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1899)
	%1901 = extractvalue { i32, i32, i32, i32 } %1900, 0
	%1902 = extractvalue { i32, i32, i32, i32 } %1900, 1
	%1903 = extractvalue { i32, i32, i32, i32 } %1900, 2
	%1904 = extractvalue { i32, i32, i32, i32 } %1900, 3
	%1905 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1860, i32 %1861, i32 %1862, i32 %1863, i32 %1901, i32 %1902, float %1834, float %1835, float %1836, float %1837)
	%1906 = extractvalue { float, float, float, float } %1905, 0
	%1907 = extractvalue { float, float, float, float } %1905, 1
	%1908 = extractvalue { float, float, float, float } %1905, 2
	%1909 = extractvalue { float, float, float, float } %1905, 3
	%1910 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1860, i32 %1861, i32 %1862, i32 %1863, i32 %1903, i32 %1904, float %1839, float %1840, float %1841, float %1842)
	%1911 = extractvalue { float, float, float, float } %1910, 0
	%1912 = extractvalue { float, float, float, float } %1910, 1
	%1913 = extractvalue { float, float, float, float } %1910, 2
	%1914 = extractvalue { float, float, float, float } %1910, 3
	%1915 = xor i32 %1715, 96
	%1916 = add i32 %1915, u0x1000
	%1917 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1916)
	%1918 = extractvalue { i32, i32, i32, i32 } %1917, 0
	%1919 = extractvalue { i32, i32, i32, i32 } %1917, 1
	%1920 = extractvalue { i32, i32, i32, i32 } %1917, 2
	%1921 = extractvalue { i32, i32, i32, i32 } %1917, 3
	%1922 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1860, i32 %1861, i32 %1862, i32 %1863, i32 %1918, i32 %1919, float %1851, float %1852, float %1853, float %1854)
	%1923 = extractvalue { float, float, float, float } %1922, 0
	%1924 = extractvalue { float, float, float, float } %1922, 1
	%1925 = extractvalue { float, float, float, float } %1922, 2
	%1926 = extractvalue { float, float, float, float } %1922, 3
	%1927 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1860, i32 %1861, i32 %1862, i32 %1863, i32 %1920, i32 %1921, float %1856, float %1857, float %1858, float %1859)
	%1928 = extractvalue { float, float, float, float } %1927, 0
	%1929 = extractvalue { float, float, float, float } %1927, 1
	%1930 = extractvalue { float, float, float, float } %1927, 2
	%1931 = extractvalue { float, float, float, float } %1927, 3
	%1932 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1584, float %1582)
	%1933 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1636, float %1634)
	%1934 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1588, float %1586)
	%1935 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1640, float %1638)
	%1936 = xor i32 %1715, 0
	%1937 = add i32 %1936, 6144
	%1938 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1937)
	%1939 = extractvalue { i32, i32, i32, i32 } %1938, 0
	%1940 = extractvalue { i32, i32, i32, i32 } %1938, 1
	%1941 = extractvalue { i32, i32, i32, i32 } %1938, 2
	%1942 = extractvalue { i32, i32, i32, i32 } %1938, 3
	%1943 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1932, i32 %1933, i32 %1934, i32 %1935, i32 %1939, i32 %1940, float %1872, float %1873, float %1874, float %1875)
	%1944 = extractvalue { float, float, float, float } %1943, 0
	%1945 = extractvalue { float, float, float, float } %1943, 1
	%1946 = extractvalue { float, float, float, float } %1943, 2
	%1947 = extractvalue { float, float, float, float } %1943, 3
	%1948 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1932, i32 %1933, i32 %1934, i32 %1935, i32 %1941, i32 %1942, float %1877, float %1878, float %1879, float %1880)
	%1949 = extractvalue { float, float, float, float } %1948, 0
	%1950 = extractvalue { float, float, float, float } %1948, 1
	%1951 = extractvalue { float, float, float, float } %1948, 2
	%1952 = extractvalue { float, float, float, float } %1948, 3
	%1953 = xor i32 %1715, 32
	%1954 = add i32 %1953, 6144
	%1955 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1954)
	%1956 = extractvalue { i32, i32, i32, i32 } %1955, 0
	%1957 = extractvalue { i32, i32, i32, i32 } %1955, 1
	%1958 = extractvalue { i32, i32, i32, i32 } %1955, 2
	%1959 = extractvalue { i32, i32, i32, i32 } %1955, 3
	%1960 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1932, i32 %1933, i32 %1934, i32 %1935, i32 %1956, i32 %1957, float %1889, float %1890, float %1891, float %1892)
	%1961 = extractvalue { float, float, float, float } %1960, 0
	%1962 = extractvalue { float, float, float, float } %1960, 1
	%1963 = extractvalue { float, float, float, float } %1960, 2
	%1964 = extractvalue { float, float, float, float } %1960, 3
	%1965 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1932, i32 %1933, i32 %1934, i32 %1935, i32 %1958, i32 %1959, float %1894, float %1895, float %1896, float %1897)
	%1966 = extractvalue { float, float, float, float } %1965, 0
	%1967 = extractvalue { float, float, float, float } %1965, 1
	%1968 = extractvalue { float, float, float, float } %1965, 2
	%1969 = extractvalue { float, float, float, float } %1965, 3
	%1970 = xor i32 %1715, 64
	%1971 = add i32 %1970, 6144
	%1972 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1971)
	%1973 = extractvalue { i32, i32, i32, i32 } %1972, 0
	%1974 = extractvalue { i32, i32, i32, i32 } %1972, 1
	%1975 = extractvalue { i32, i32, i32, i32 } %1972, 2
	%1976 = extractvalue { i32, i32, i32, i32 } %1972, 3
	%1977 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1932, i32 %1933, i32 %1934, i32 %1935, i32 %1973, i32 %1974, float %1906, float %1907, float %1908, float %1909)
	%1978 = extractvalue { float, float, float, float } %1977, 0
	%1979 = extractvalue { float, float, float, float } %1977, 1
	%1980 = extractvalue { float, float, float, float } %1977, 2
	%1981 = extractvalue { float, float, float, float } %1977, 3
	%1982 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1932, i32 %1933, i32 %1934, i32 %1935, i32 %1975, i32 %1976, float %1911, float %1912, float %1913, float %1914)
	%1983 = extractvalue { float, float, float, float } %1982, 0
	%1984 = extractvalue { float, float, float, float } %1982, 1
	%1985 = extractvalue { float, float, float, float } %1982, 2
	%1986 = extractvalue { float, float, float, float } %1982, 3
	%1987 = xor i32 %1715, 96
	%1988 = add i32 %1987, 6144
	%1989 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1988)
	%1990 = extractvalue { i32, i32, i32, i32 } %1989, 0
	%1991 = extractvalue { i32, i32, i32, i32 } %1989, 1
	%1992 = extractvalue { i32, i32, i32, i32 } %1989, 2
	%1993 = extractvalue { i32, i32, i32, i32 } %1989, 3
	%1994 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1932, i32 %1933, i32 %1934, i32 %1935, i32 %1990, i32 %1991, float %1923, float %1924, float %1925, float %1926)
	%1995 = extractvalue { float, float, float, float } %1994, 0
	%1996 = extractvalue { float, float, float, float } %1994, 1
	%1997 = extractvalue { float, float, float, float } %1994, 2
	%1998 = extractvalue { float, float, float, float } %1994, 3
	%1999 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1932, i32 %1933, i32 %1934, i32 %1935, i32 %1992, i32 %1993, float %1928, float %1929, float %1930, float %1931)
	%2000 = extractvalue { float, float, float, float } %1999, 0
	%2001 = extractvalue { float, float, float, float } %1999, 1
	%2002 = extractvalue { float, float, float, float } %1999, 2
	%2003 = extractvalue { float, float, float, float } %1999, 3
	br i1 %1665, label %loop, label %epilogue

store0:
	%2004 = mul i32 %22, %M
	%2005 = add i32 %2004, %576
	%2006 = mul i32 %2005, 64
	%2007 = shl i32 %6, 1
	%2008 = add i32 0, %2007
	%2009 = add i32 %2006, %2008
	%2010 = sext i32 %2009 to i64
	%2011 = getelementptr i16, i16* %out, i64 %2010
	%2012 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %578, float %577)
	%2013 = bitcast i16* %2011 to i32*
	store i32 %2012, i32* %2013
	%2014 = shl i32 %6, 1
	%2015 = add i32 8, %2014
	%2016 = add i32 %2006, %2015
	%2017 = sext i32 %2016 to i64
	%2018 = getelementptr i16, i16* %out, i64 %2017
	%2019 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %580, float %579)
	%2020 = bitcast i16* %2018 to i32*
	store i32 %2019, i32* %2020
	%2021 = shl i32 %6, 1
	%2022 = add i32 16, %2021
	%2023 = add i32 %2006, %2022
	%2024 = sext i32 %2023 to i64
	%2025 = getelementptr i16, i16* %out, i64 %2024
	%2026 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %582, float %581)
	%2027 = bitcast i16* %2025 to i32*
	store i32 %2026, i32* %2027
	%2028 = shl i32 %6, 1
	%2029 = add i32 24, %2028
	%2030 = add i32 %2006, %2029
	%2031 = sext i32 %2030 to i64
	%2032 = getelementptr i16, i16* %out, i64 %2031
	%2033 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %584, float %583)
	%2034 = bitcast i16* %2032 to i32*
	store i32 %2033, i32* %2034
	%2035 = shl i32 %6, 1
	%2036 = add i32 32, %2035
	%2037 = add i32 %2006, %2036
	%2038 = sext i32 %2037 to i64
	%2039 = getelementptr i16, i16* %out, i64 %2038
	%2040 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %586, float %585)
	%2041 = bitcast i16* %2039 to i32*
	store i32 %2040, i32* %2041
	%2042 = shl i32 %6, 1
	%2043 = add i32 40, %2042
	%2044 = add i32 %2006, %2043
	%2045 = sext i32 %2044 to i64
	%2046 = getelementptr i16, i16* %out, i64 %2045
	%2047 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %588, float %587)
	%2048 = bitcast i16* %2046 to i32*
	store i32 %2047, i32* %2048
	%2049 = shl i32 %6, 1
	%2050 = add i32 48, %2049
	%2051 = add i32 %2006, %2050
	%2052 = sext i32 %2051 to i64
	%2053 = getelementptr i16, i16* %out, i64 %2052
	%2054 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %590, float %589)
	%2055 = bitcast i16* %2053 to i32*
	store i32 %2054, i32* %2055
	%2056 = shl i32 %6, 1
	%2057 = add i32 56, %2056
	%2058 = add i32 %2006, %2057
	%2059 = sext i32 %2058 to i64
	%2060 = getelementptr i16, i16* %out, i64 %2059
	%2061 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %592, float %591)
	%2062 = bitcast i16* %2060 to i32*
	store i32 %2061, i32* %2062
	br label %stored0

stored0:
	%2063 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %532, i32 1, i32 31)
	%2064 = fadd float %532, %2063
	%2065 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2064, i32 2, i32 31)
	%2066 = fadd float %2064, %2065
	%2067 = fcmp ogt float %2066, 0.0
	%2068 = fdiv float 1.0, %2066
	%2069 = select i1 %2067, float %2068, float 0.0
	%2070 = mul i32 %3, 16
	%2071 = add i32 %24, %2070
	%2072 = add i32 %5, 8
	%2073 = add i32 %2071, %2072
	%2074 = fmul float %536, %2069
	%2075 = fmul float %537, %2069
	%2076 = fmul float %540, %2069
	%2077 = fmul float %541, %2069
	%2078 = fmul float %544, %2069
	%2079 = fmul float %545, %2069
	%2080 = fmul float %548, %2069
	%2081 = fmul float %549, %2069
	%2082 = fmul float %552, %2069
	%2083 = fmul float %553, %2069
	%2084 = fmul float %556, %2069
	%2085 = fmul float %557, %2069
	%2086 = fmul float %560, %2069
	%2087 = fmul float %561, %2069
	%2088 = fmul float %564, %2069
	%2089 = fmul float %565, %2069
	%2090 = icmp slt i32 %2073, %M
	br i1 %2090, label %store1, label %stored1

store1:
	%2091 = mul i32 %22, %M
	%2092 = add i32 %2091, %2073
	%2093 = mul i32 %2092, 64
	%2094 = shl i32 %6, 1
	%2095 = add i32 0, %2094
	%2096 = add i32 %2093, %2095
	%2097 = sext i32 %2096 to i64
	%2098 = getelementptr i16, i16* %out, i64 %2097
	%2099 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2075, float %2074)
	%2100 = bitcast i16* %2098 to i32*
	store i32 %2099, i32* %2100
	%2101 = shl i32 %6, 1
	%2102 = add i32 8, %2101
	%2103 = add i32 %2093, %2102
	%2104 = sext i32 %2103 to i64
	%2105 = getelementptr i16, i16* %out, i64 %2104
	%2106 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2077, float %2076)
	%2107 = bitcast i16* %2105 to i32*
	store i32 %2106, i32* %2107
	%2108 = shl i32 %6, 1
	%2109 = add i32 16, %2108
	%2110 = add i32 %2093, %2109
	%2111 = sext i32 %2110 to i64
	%2112 = getelementptr i16, i16* %out, i64 %2111
	%2113 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2079, float %2078)
	%2114 = bitcast i16* %2112 to i32*
	store i32 %2113, i32* %2114
	%2115 = shl i32 %6, 1
	%2116 = add i32 24, %2115
	%2117 = add i32 %2093, %2116
	%2118 = sext i32 %2117 to i64
	%2119 = getelementptr i16, i16* %out, i64 %2118
	%2120 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2081, float %2080)
	%2121 = bitcast i16* %2119 to i32*
	store i32 %2120, i32* %2121
	%2122 = shl i32 %6, 1
	%2123 = add i32 32, %2122
	%2124 = add i32 %2093, %2123
	%2125 = sext i32 %2124 to i64
	%2126 = getelementptr i16, i16* %out, i64 %2125
	%2127 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2083, float %2082)
	%2128 = bitcast i16* %2126 to i32*
	store i32 %2127, i32* %2128
	%2129 = shl i32 %6, 1
	%2130 = add i32 40, %2129
	%2131 = add i32 %2093, %2130
	%2132 = sext i32 %2131 to i64
	%2133 = getelementptr i16, i16* %out, i64 %2132
	%2134 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2085, float %2084)
	%2135 = bitcast i16* %2133 to i32*
	store i32 %2134, i32* %2135
	%2136 = shl i32 %6, 1
	%2137 = add i32 48, %2136
	%2138 = add i32 %2093, %2137
	%2139 = sext i32 %2138 to i64
	%2140 = getelementptr i16, i16* %out, i64 %2139
	%2141 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2087, float %2086)
	%2142 = bitcast i16* %2140 to i32*
	store i32 %2141, i32* %2142
	%2143 = shl i32 %6, 1
	%2144 = add i32 56, %2143
	%2145 = add i32 %2093, %2144
	%2146 = sext i32 %2145 to i64
	%2147 = getelementptr i16, i16* %out, i64 %2146
	%2148 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2089, float %2088)
	%2149 = bitcast i16* %2147 to i32*
	store i32 %2148, i32* %2149
	br label %stored1

stored1:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1}
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @window_attn0, !"maxntidx", i32 128}
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @window_attn0, !"minctasm", i32 3}
