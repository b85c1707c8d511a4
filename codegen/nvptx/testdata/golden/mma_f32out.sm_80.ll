; f32out
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@f32out_attn0_smem = internal addrspace(3) global [16384 x i8] undef, align 1024

define ptx_kernel void @f32out_attn0(i16* %q, i16* %k, i16* %v, float* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @f32out_attn0_smem to i32
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
	%157 = phi i32 [ 0, %prologue ], [ %1005, %pv ]
	%158 = phi i32 [ %37, %prologue ], [ %1012, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %1292, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1293, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1294, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1295, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1297, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1298, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1299, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1300, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1309, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1310, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1311, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1312, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1314, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1315, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1316, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1317, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1326, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1327, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1328, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1329, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1331, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1332, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1333, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1334, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1343, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1344, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1345, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1346, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1348, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1349, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1350, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1351, %pv ]
	%191 = phi float [ 0xFFF0000000000000, %prologue ], [ %901, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %952, %pv ]
	%193 = phi float [ 0xFFF0000000000000, %prologue ], [ %953, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1004, %pv ]
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
	%519 = phi float [ 0.0, %entry ], [ %952, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %1004, %pv ]
	%521 = phi i32 [ 0, %entry ], [ %1005, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1292, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1293, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1294, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1295, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1297, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1298, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1299, %pv ]
	%529 = phi float [ 0.0, %entry ], [ %1300, %pv ]
	%530 = phi float [ 0.0, %entry ], [ %1309, %pv ]
	%531 = phi float [ 0.0, %entry ], [ %1310, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1311, %pv ]
	%533 = phi float [ 0.0, %entry ], [ %1312, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1314, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1315, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1316, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1317, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1326, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1327, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1328, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1329, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1331, %pv ]
	%543 = phi float [ 0.0, %entry ], [ %1332, %pv ]
	%544 = phi float [ 0.0, %entry ], [ %1333, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1334, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1343, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %1344, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1345, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1346, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1348, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1349, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1350, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1351, %pv ]
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
	%586 = select i1 %585, float %448, float 0xFFF0000000000000
	%587 = shl i32 %6, 1
	%588 = add i32 1, %587
	%589 = add i32 %195, %588
	%590 = icmp slt i32 %589, %N
	%591 = select i1 %590, float %449, float 0xFFF0000000000000
	%592 = shl i32 %6, 1
	%593 = add i32 0, %592
	%594 = add i32 %195, %593
	%595 = icmp slt i32 %594, %N
	%596 = select i1 %595, float %450, float 0xFFF0000000000000
	%597 = shl i32 %6, 1
	%598 = add i32 1, %597
	%599 = add i32 %195, %598
	%600 = icmp slt i32 %599, %N
	%601 = select i1 %600, float %451, float 0xFFF0000000000000
	%602 = shl i32 %6, 1
	%603 = add i32 8, %602
	%604 = add i32 %195, %603
	%605 = icmp slt i32 %604, %N
	%606 = select i1 %605, float %453, float 0xFFF0000000000000
	%607 = shl i32 %6, 1
	%608 = add i32 9, %607
	%609 = add i32 %195, %608
	%610 = icmp slt i32 %609, %N
	%611 = select i1 %610, float %454, float 0xFFF0000000000000
	%612 = shl i32 %6, 1
	%613 = add i32 8, %612
	%614 = add i32 %195, %613
	%615 = icmp slt i32 %614, %N
	%616 = select i1 %615, float %455, float 0xFFF0000000000000
	%617 = shl i32 %6, 1
	%618 = add i32 9, %617
	%619 = add i32 %195, %618
	%620 = icmp slt i32 %619, %N
	%621 = select i1 %620, float %456, float 0xFFF0000000000000
	%622 = shl i32 %6, 1
	%623 = add i32 16, %622
	%624 = add i32 %195, %623
	%625 = icmp slt i32 %624, %N
	%626 = select i1 %625, float %464, float 0xFFF0000000000000
	%627 = shl i32 %6, 1
	%628 = add i32 17, %627
	%629 = add i32 %195, %628
	%630 = icmp slt i32 %629, %N
	%631 = select i1 %630, float %465, float 0xFFF0000000000000
	%632 = shl i32 %6, 1
	%633 = add i32 16, %632
	%634 = add i32 %195, %633
	%635 = icmp slt i32 %634, %N
	%636 = select i1 %635, float %466, float 0xFFF0000000000000
	%637 = shl i32 %6, 1
	%638 = add i32 17, %637
	%639 = add i32 %195, %638
	%640 = icmp slt i32 %639, %N
	%641 = select i1 %640, float %467, float 0xFFF0000000000000
	%642 = shl i32 %6, 1
	%643 = add i32 24, %642
	%644 = add i32 %195, %643
	%645 = icmp slt i32 %644, %N
	%646 = select i1 %645, float %469, float 0xFFF0000000000000
	%647 = shl i32 %6, 1
	%648 = add i32 25, %647
	%649 = add i32 %195, %648
	%650 = icmp slt i32 %649, %N
	%651 = select i1 %650, float %470, float 0xFFF0000000000000
	%652 = shl i32 %6, 1
	%653 = add i32 24, %652
	%654 = add i32 %195, %653
	%655 = icmp slt i32 %654, %N
	%656 = select i1 %655, float %471, float 0xFFF0000000000000
	%657 = shl i32 %6, 1
	%658 = add i32 25, %657
	%659 = add i32 %195, %658
	%660 = icmp slt i32 %659, %N
	%661 = select i1 %660, float %472, float 0xFFF0000000000000
	%662 = shl i32 %6, 1
	%663 = add i32 32, %662
	%664 = add i32 %195, %663
	%665 = icmp slt i32 %664, %N
	%666 = select i1 %665, float %480, float 0xFFF0000000000000
	%667 = shl i32 %6, 1
	%668 = add i32 33, %667
	%669 = add i32 %195, %668
	%670 = icmp slt i32 %669, %N
	%671 = select i1 %670, float %481, float 0xFFF0000000000000
	%672 = shl i32 %6, 1
	%673 = add i32 32, %672
	%674 = add i32 %195, %673
	%675 = icmp slt i32 %674, %N
	%676 = select i1 %675, float %482, float 0xFFF0000000000000
	%677 = shl i32 %6, 1
	%678 = add i32 33, %677
	%679 = add i32 %195, %678
	%680 = icmp slt i32 %679, %N
	%681 = select i1 %680, float %483, float 0xFFF0000000000000
	%682 = shl i32 %6, 1
	%683 = add i32 40, %682
	%684 = add i32 %195, %683
	%685 = icmp slt i32 %684, %N
	%686 = select i1 %685, float %485, float 0xFFF0000000000000
	%687 = shl i32 %6, 1
	%688 = add i32 41, %687
	%689 = add i32 %195, %688
	%690 = icmp slt i32 %689, %N
	%691 = select i1 %690, float %486, float 0xFFF0000000000000
	%692 = shl i32 %6, 1
	%693 = add i32 40, %692
	%694 = add i32 %195, %693
	%695 = icmp slt i32 %694, %N
	%696 = select i1 %695, float %487, float 0xFFF0000000000000
	%697 = shl i32 %6, 1
	%698 = add i32 41, %697
	%699 = add i32 %195, %698
	%700 = icmp slt i32 %699, %N
	%701 = select i1 %700, float %488, float 0xFFF0000000000000
	%702 = shl i32 %6, 1
	%703 = add i32 48, %702
	%704 = add i32 %195, %703
	%705 = icmp slt i32 %704, %N
	%706 = select i1 %705, float %496, float 0xFFF0000000000000
	%707 = shl i32 %6, 1
	%708 = add i32 49, %707
	%709 = add i32 %195, %708
	%710 = icmp slt i32 %709, %N
	%711 = select i1 %710, float %497, float 0xFFF0000000000000
	%712 = shl i32 %6, 1
	%713 = add i32 48, %712
	%714 = add i32 %195, %713
	%715 = icmp slt i32 %714, %N
	%716 = select i1 %715, float %498, float 0xFFF0000000000000
	%717 = shl i32 %6, 1
	%718 = add i32 49, %717
	%719 = add i32 %195, %718
	%720 = icmp slt i32 %719, %N
	%721 = select i1 %720, float %499, float 0xFFF0000000000000
	%722 = shl i32 %6, 1
	%723 = add i32 56, %722
	%724 = add i32 %195, %723
	%725 = icmp slt i32 %724, %N
	%726 = select i1 %725, float %501, float 0xFFF0000000000000
	%727 = shl i32 %6, 1
	%728 = add i32 57, %727
	%729 = add i32 %195, %728
	%730 = icmp slt i32 %729, %N
	%731 = select i1 %730, float %502, float 0xFFF0000000000000
	%732 = shl i32 %6, 1
	%733 = add i32 56, %732
	%734 = add i32 %195, %733
	%735 = icmp slt i32 %734, %N
	%736 = select i1 %735, float %503, float 0xFFF0000000000000
	%737 = shl i32 %6, 1
	%738 = add i32 57, %737
	%739 = add i32 %195, %738
	%740 = icmp slt i32 %739, %N
	%741 = select i1 %740, float %504, float 0xFFF0000000000000
	br label %softmax

softmax:
	%742 = phi float [ %448, %loop ], [ %586, %partial ]
	%743 = phi float [ %449, %loop ], [ %591, %partial ]
	%744 = phi float [ %450, %loop ], [ %596, %partial ]
	%745 = phi float [ %451, %loop ], [ %601, %partial ]
	%746 = phi float [ %453, %loop ], [ %606, %partial ]
	%747 = phi float [ %454, %loop ], [ %611, %partial ]
	%748 = phi float [ %455, %loop ], [ %616, %partial ]
	%749 = phi float [ %456, %loop ], [ %621, %partial ]
	%750 = phi float [ %464, %loop ], [ %626, %partial ]
	%751 = phi float [ %465, %loop ], [ %631, %partial ]
	%752 = phi float [ %466, %loop ], [ %636, %partial ]
	%753 = phi float [ %467, %loop ], [ %641, %partial ]
	%754 = phi float [ %469, %loop ], [ %646, %partial ]
	%755 = phi float [ %470, %loop ], [ %651, %partial ]
	%756 = phi float [ %471, %loop ], [ %656, %partial ]
	%757 = phi float [ %472, %loop ], [ %661, %partial ]
	%758 = phi float [ %480, %loop ], [ %666, %partial ]
	%759 = phi float [ %481, %loop ], [ %671, %partial ]
	%760 = phi float [ %482, %loop ], [ %676, %partial ]
	%761 = phi float [ %483, %loop ], [ %681, %partial ]
	%762 = phi float [ %485, %loop ], [ %686, %partial ]
	%763 = phi float [ %486, %loop ], [ %691, %partial ]
	%764 = phi float [ %487, %loop ], [ %696, %partial ]
	%765 = phi float [ %488, %loop ], [ %701, %partial ]
	%766 = phi float [ %496, %loop ], [ %706, %partial ]
	%767 = phi float [ %497, %loop ], [ %711, %partial ]
	%768 = phi float [ %498, %loop ], [ %716, %partial ]
	%769 = phi float [ %499, %loop ], [ %721, %partial ]
	%770 = phi float [ %501, %loop ], [ %726, %partial ]
	%771 = phi float [ %502, %loop ], [ %731, %partial ]
	%772 = phi float [ %503, %loop ], [ %736, %partial ]
	%773 = phi float [ %504, %loop ], [ %741, %partial ]
	%774 = call float @llvm.nvvm.fmax.f(float %742, float %743)
	%775 = call float @llvm.nvvm.fmax.f(float %746, float %747)
	%776 = call float @llvm.nvvm.fmax.f(float %750, float %751)
	%777 = call float @llvm.nvvm.fmax.f(float %754, float %755)
	%778 = call float @llvm.nvvm.fmax.f(float %758, float %759)
	%779 = call float @llvm.nvvm.fmax.f(float %762, float %763)
	%780 = call float @llvm.nvvm.fmax.f(float %766, float %767)
	%781 = call float @llvm.nvvm.fmax.f(float %770, float %771)
	%782 = call float @llvm.nvvm.fmax.f(float %774, float %775)
	%783 = call float @llvm.nvvm.fmax.f(float %776, float %777)
	%784 = call float @llvm.nvvm.fmax.f(float %778, float %779)
	%785 = call float @llvm.nvvm.fmax.f(float %780, float %781)
	%786 = call float @llvm.nvvm.fmax.f(float %782, float %783)
	%787 = call float @llvm.nvvm.fmax.f(float %784, float %785)
	%788 = call float @llvm.nvvm.fmax.f(float %786, float %787)
	%789 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %788, i32 1, i32 31)
	%790 = call float @llvm.nvvm.fmax.f(float %788, float %789)
	%791 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %790, i32 2, i32 31)
	%792 = call float @llvm.nvvm.fmax.f(float %790, float %791)
	%793 = fmul float %792, 0x3FC7154760000000
	%794 = call float @llvm.nvvm.fmax.f(float %191, float %793)
	%795 = fadd float %191, 8.0
	%796 = fcmp ogt float %794, %795
	%797 = or i1 false, %796
	%798 = call float @llvm.nvvm.fmax.f(float %744, float %745)
	%799 = call float @llvm.nvvm.fmax.f(float %748, float %749)
	%800 = call float @llvm.nvvm.fmax.f(float %752, float %753)
	%801 = call float @llvm.nvvm.fmax.f(float %756, float %757)
	%802 = call float @llvm.nvvm.fmax.f(float %760, float %761)
	%803 = call float @llvm.nvvm.fmax.f(float %764, float %765)
	%804 = call float @llvm.nvvm.fmax.f(float %768, float %769)
	%805 = call float @llvm.nvvm.fmax.f(float %772, float %773)
	%806 = call float @llvm.nvvm.fmax.f(float %798, float %799)
	%807 = call float @llvm.nvvm.fmax.f(float %800, float %801)
	%808 = call float @llvm.nvvm.fmax.f(float %802, float %803)
	%809 = call float @llvm.nvvm.fmax.f(float %804, float %805)
	%810 = call float @llvm.nvvm.fmax.f(float %806, float %807)
	%811 = call float @llvm.nvvm.fmax.f(float %808, float %809)
	%812 = call float @llvm.nvvm.fmax.f(float %810, float %811)
	%813 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %812, i32 1, i32 31)
	%814 = call float @llvm.nvvm.fmax.f(float %812, float %813)
	%815 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %814, i32 2, i32 31)
	%816 = call float @llvm.nvvm.fmax.f(float %814, float %815)
	%817 = fmul float %816, 0x3FC7154760000000
	%818 = call float @llvm.nvvm.fmax.f(float %193, float %817)
	%819 = fadd float %193, 8.0
	%820 = fcmp ogt float %818, %819
	%821 = or i1 %797, %820
	%822 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %821)
	br i1 %822, label %823, label %866

823:
	%824 = fcmp oeq float %794, 0xFFF0000000000000
	%825 = select i1 %824, float 0.0, float %794
	%826 = fsub float %191, %825
	%827 = call float @llvm.nvvm.ex2.approx.ftz.f(float %826)
	%828 = fcmp oeq float %818, 0xFFF0000000000000
	%829 = select i1 %828, float 0.0, float %818
	%830 = fsub float %193, %829
	%831 = call float @llvm.nvvm.ex2.approx.ftz.f(float %830)
	%832 = fmul float %159, %827
	%833 = fmul float %160, %827
	%834 = fmul float %161, %831
	%835 = fmul float %162, %831
	%836 = fmul float %163, %827
	%837 = fmul float %164, %827
	%838 = fmul float %165, %831
	%839 = fmul float %166, %831
	%840 = fmul float %167, %827
	%841 = fmul float %168, %827
	%842 = fmul float %169, %831
	%843 = fmul float %170, %831
	%844 = fmul float %171, %827
	%845 = fmul float %172, %827
	%846 = fmul float %173, %831
	%847 = fmul float %174, %831
	%848 = fmul float %175, %827
	%849 = fmul float %176, %827
	%850 = fmul float %177, %831
	%851 = fmul float %178, %831
	%852 = fmul float %179, %827
	%853 = fmul float %180, %827
	%854 = fmul float %181, %831
	%855 = fmul float %182, %831
	%856 = fmul float %183, %827
	%857 = fmul float %184, %827
	%858 = fmul float %185, %831
	%859 = fmul float %186, %831
	%860 = fmul float %187, %827
	%861 = fmul float %188, %827
	%862 = fmul float %189, %831
	%863 = fmul float %190, %831
	%864 = fmul float %192, %827
	%865 = fmul float %194, %831
	br label %866

866:
	%867 = phi float [ %159, %softmax ], [ %832, %823 ]
	%868 = phi float [ %160, %softmax ], [ %833, %823 ]
	%869 = phi float [ %161, %softmax ], [ %834, %823 ]
	%870 = phi float [ %162, %softmax ], [ %835, %823 ]
	%871 = phi float [ %163, %softmax ], [ %836, %823 ]
	%872 = phi float [ %164, %softmax ], [ %837, %823 ]
	%873 = phi float [ %165, %softmax ], [ %838, %823 ]
	%874 = phi float [ %166, %softmax ], [ %839, %823 ]
	%875 = phi float [ %167, %softmax ], [ %840, %823 ]
	%876 = phi float [ %168, %softmax ], [ %841, %823 ]
	%877 = phi float [ %169, %softmax ], [ %842, %823 ]
	%878 = phi float [ %170, %softmax ], [ %843, %823 ]
	%879 = phi float [ %171, %softmax ], [ %844, %823 ]
	%880 = phi float [ %172, %softmax ], [ %845, %823 ]
	%881 = phi float [ %173, %softmax ], [ %846, %823 ]
	%882 = phi float [ %174, %softmax ], [ %847, %823 ]
	%883 = phi float [ %175, %softmax ], [ %848, %823 ]
	%884 = phi float [ %176, %softmax ], [ %849, %823 ]
	%885 = phi float [ %177, %softmax ], [ %850, %823 ]
	%886 = phi float [ %178, %softmax ], [ %851, %823 ]
	%887 = phi float [ %179, %softmax ], [ %852, %823 ]
	%888 = phi float [ %180, %softmax ], [ %853, %823 ]
	%889 = phi float [ %181, %softmax ], [ %854, %823 ]
	%890 = phi float [ %182, %softmax ], [ %855, %823 ]
	%891 = phi float [ %183, %softmax ], [ %856, %823 ]
	%892 = phi float [ %184, %softmax ], [ %857, %823 ]
	%893 = phi float [ %185, %softmax ], [ %858, %823 ]
	%894 = phi float [ %186, %softmax ], [ %859, %823 ]
	%895 = phi float [ %187, %softmax ], [ %860, %823 ]
	%896 = phi float [ %188, %softmax ], [ %861, %823 ]
	%897 = phi float [ %189, %softmax ], [ %862, %823 ]
	%898 = phi float [ %190, %softmax ], [ %863, %823 ]
	%899 = phi float [ %192, %softmax ], [ %864, %823 ]
	%900 = phi float [ %194, %softmax ], [ %865, %823 ]
	%901 = select i1 %822, float %794, float %191
	%902 = fcmp oeq float %901, 0xFFF0000000000000
	%903 = select i1 %902, float 0.0, float %901
	%904 = fneg float %903
	%905 = call float @llvm.fma.f32(float %742, float 0x3FC7154760000000, float %904)
	%906 = call float @llvm.nvvm.ex2.approx.ftz.f(float %905)
	%907 = call float @llvm.fma.f32(float %743, float 0x3FC7154760000000, float %904)
	%908 = call float @llvm.nvvm.ex2.approx.ftz.f(float %907)
	%909 = call float @llvm.fma.f32(float %746, float 0x3FC7154760000000, float %904)
	%910 = call float @llvm.nvvm.ex2.approx.ftz.f(float %909)
	%911 = call float @llvm.fma.f32(float %747, float 0x3FC7154760000000, float %904)
	%912 = call float @llvm.nvvm.ex2.approx.ftz.f(float %911)
	%913 = call float @llvm.fma.f32(float %750, float 0x3FC7154760000000, float %904)
	%914 = call float @llvm.nvvm.ex2.approx.ftz.f(float %913)
	%915 = call float @llvm.fma.f32(float %751, float 0x3FC7154760000000, float %904)
	%916 = call float @llvm.nvvm.ex2.approx.ftz.f(float %915)
	%917 = call float @llvm.fma.f32(float %754, float 0x3FC7154760000000, float %904)
	%918 = call float @llvm.nvvm.ex2.approx.ftz.f(float %917)
	%919 = call float @llvm.fma.f32(float %755, float 0x3FC7154760000000, float %904)
	%920 = call float @llvm.nvvm.ex2.approx.ftz.f(float %919)
	%921 = call float @llvm.fma.f32(float %758, float 0x3FC7154760000000, float %904)
	%922 = call float @llvm.nvvm.ex2.approx.ftz.f(float %921)
	%923 = call float @llvm.fma.f32(float %759, float 0x3FC7154760000000, float %904)
	%924 = call float @llvm.nvvm.ex2.approx.ftz.f(float %923)
	%925 = call float @llvm.fma.f32(float %762, float 0x3FC7154760000000, float %904)
	%926 = call float @llvm.nvvm.ex2.approx.ftz.f(float %925)
	%927 = call float @llvm.fma.f32(float %763, float 0x3FC7154760000000, float %904)
	%928 = call float @llvm.nvvm.ex2.approx.ftz.f(float %927)
	%929 = call float @llvm.fma.f32(float %766, float 0x3FC7154760000000, float %904)
	%930 = call float @llvm.nvvm.ex2.approx.ftz.f(float %929)
	%931 = call float @llvm.fma.f32(float %767, float 0x3FC7154760000000, float %904)
	%932 = call float @llvm.nvvm.ex2.approx.ftz.f(float %931)
	%933 = call float @llvm.fma.f32(float %770, float 0x3FC7154760000000, float %904)
	%934 = call float @llvm.nvvm.ex2.approx.ftz.f(float %933)
	%935 = call float @llvm.fma.f32(float %771, float 0x3FC7154760000000, float %904)
	%936 = call float @llvm.nvvm.ex2.approx.ftz.f(float %935)
	%937 = fadd float %906, %908
	%938 = fadd float %910, %912
	%939 = fadd float %914, %916
	%940 = fadd float %918, %920
	%941 = fadd float %922, %924
	%942 = fadd float %926, %928
	%943 = fadd float %930, %932
	%944 = fadd float %934, %936
	%945 = fadd float %937, %938
	%946 = fadd float %939, %940
	%947 = fadd float %941, %942
	%948 = fadd float %943, %944
	%949 = fadd float %945, %946
	%950 = fadd float %947, %948
	%951 = fadd float %949, %950
	%952 = fadd float %899, %951
	%953 = select i1 %822, float %818, float %193
	%954 = fcmp oeq float %953, 0xFFF0000000000000
	%955 = select i1 %954, float 0.0, float %953
	%956 = fneg float %955
	%957 = call float @llvm.fma.f32(float %744, float 0x3FC7154760000000, float %956)
	%958 = call float @llvm.nvvm.ex2.approx.ftz.f(float %957)
	%959 = call float @llvm.fma.f32(float %745, float 0x3FC7154760000000, float %956)
	%960 = call float @llvm.nvvm.ex2.approx.ftz.f(float %959)
	%961 = call float @llvm.fma.f32(float %748, float 0x3FC7154760000000, float %956)
	%962 = call float @llvm.nvvm.ex2.approx.ftz.f(float %961)
	%963 = call float @llvm.fma.f32(float %749, float 0x3FC7154760000000, float %956)
	%964 = call float @llvm.nvvm.ex2.approx.ftz.f(float %963)
	%965 = call float @llvm.fma.f32(float %752, float 0x3FC7154760000000, float %956)
	%966 = call float @llvm.nvvm.ex2.approx.ftz.f(float %965)
	%967 = call float @llvm.fma.f32(float %753, float 0x3FC7154760000000, float %956)
	%968 = call float @llvm.nvvm.ex2.approx.ftz.f(float %967)
	%969 = call float @llvm.fma.f32(float %756, float 0x3FC7154760000000, float %956)
	%970 = call float @llvm.nvvm.ex2.approx.ftz.f(float %969)
	%971 = call float @llvm.fma.f32(float %757, float 0x3FC7154760000000, float %956)
	%972 = call float @llvm.nvvm.ex2.approx.ftz.f(float %971)
	%973 = call float @llvm.fma.f32(float %760, float 0x3FC7154760000000, float %956)
	%974 = call float @llvm.nvvm.ex2.approx.ftz.f(float %973)
	%975 = call float @llvm.fma.f32(float %761, float 0x3FC7154760000000, float %956)
	%976 = call float @llvm.nvvm.ex2.approx.ftz.f(float %975)
	%977 = call float @llvm.fma.f32(float %764, float 0x3FC7154760000000, float %956)
	%978 = call float @llvm.nvvm.ex2.approx.ftz.f(float %977)
	%979 = call float @llvm.fma.f32(float %765, float 0x3FC7154760000000, float %956)
	%980 = call float @llvm.nvvm.ex2.approx.ftz.f(float %979)
	%981 = call float @llvm.fma.f32(float %768, float 0x3FC7154760000000, float %956)
	%982 = call float @llvm.nvvm.ex2.approx.ftz.f(float %981)
	%983 = call float @llvm.fma.f32(float %769, float 0x3FC7154760000000, float %956)
	%984 = call float @llvm.nvvm.ex2.approx.ftz.f(float %983)
	%985 = call float @llvm.fma.f32(float %772, float 0x3FC7154760000000, float %956)
	%986 = call float @llvm.nvvm.ex2.approx.ftz.f(float %985)
	%987 = call float @llvm.fma.f32(float %773, float 0x3FC7154760000000, float %956)
	%988 = call float @llvm.nvvm.ex2.approx.ftz.f(float %987)
	%989 = fadd float %958, %960
	%990 = fadd float %962, %964
	%991 = fadd float %966, %968
	%992 = fadd float %970, %972
	%993 = fadd float %974, %976
	%994 = fadd float %978, %980
	%995 = fadd float %982, %984
	%996 = fadd float %986, %988
	%997 = fadd float %989, %990
	%998 = fadd float %991, %992
	%999 = fadd float %993, %994
	%1000 = fadd float %995, %996
	%1001 = fadd float %997, %998
	%1002 = fadd float %999, %1000
	%1003 = fadd float %1001, %1002
	%1004 = fadd float %900, %1003
	%1005 = add i32 %157, 1
	%1006 = icmp slt i32 %1005, %NK
	%1007 = select i1 %1006, i32 %1005, i32 0
	%1008 = add i32 %29, %1007
	%1009 = sext i32 %1008 to i64
	%1010 = getelementptr i32, i32* %list, i64 %1009
	%1011 = load i32, i32* %1010
	%1012 = select i1 %1006, i32 %1011, i32 -1
	%1013 = icmp sge i32 %1012, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1013, label %prefetch, label %pv

prefetch:
	%1014 = mul i32 %1012, 64
	%1015 = lshr i32 %2, 3
	%1016 = and i32 %2, 7
	%1017 = and i32 %1015, 7
	%1018 = xor i32 %1016, %1017
	%1019 = mul i32 %1015, 8
	%1020 = add i32 %1019, %1018
	%1021 = shl i32 %1020, 4
	%1022 = add i32 %0, %1021
	%1023 = add i32 %1014, %1015
	%1024 = mul i32 %1023, 64
	%1025 = mul i32 %1016, 8
	%1026 = add i32 %1024, %1025
	%1027 = sext i32 %1026 to i64
	%1028 = getelementptr i16, i16* %20, i64 %1027
	%1029 = add i32 %1023, 0
	%1030 = icmp slt i32 %1029, %N
	%1031 = getelementptr i16, i16* %1028, i64 0
	%1032 = select i1 %1030, i16* %1031, i16* %20
	%1033 = add i32 %1022, 0
	%1034 = select i1 %1030, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1033, i16* %1032, i32 %1034)
	%1035 = add i32 %1023, 16
	%1036 = icmp slt i32 %1035, %N
	%1037 = getelementptr i16, i16* %1028, i64 1024
	%1038 = select i1 %1036, i16* %1037, i16* %20
	%1039 = add i32 %1022, 2048
	%1040 = select i1 %1036, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1039, i16* %1038, i32 %1040)
	%1041 = add i32 %1023, 32
	%1042 = icmp slt i32 %1041, %N
	%1043 = getelementptr i16, i16* %1028, i64 2048
	%1044 = select i1 %1042, i16* %1043, i16* %20
	%1045 = add i32 %1022, u0x1000
	%1046 = select i1 %1042, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1045, i16* %1044, i32 %1046)
	%1047 = add i32 %1023, 48
	%1048 = icmp slt i32 %1047, %N
	%1049 = getelementptr i16, i16* %1028, i64 3072
	%1050 = select i1 %1048, i16* %1049, i16* %20
	%1051 = add i32 %1022, 6144
	%1052 = select i1 %1048, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1051, i16* %1050, i32 %1052)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1053 = and i32 %4, 7
	%1054 = lshr i32 %4, 3
	%1055 = and i32 %1054, 1
	%1056 = shl i32 %1055, 3
	%1057 = add i32 %1053, %1056
	%1058 = mul i32 %1057, 128
	%1059 = add i32 %1, %1058
	%1060 = and i32 %4, 7
	%1061 = xor i32 %84, %1060
	%1062 = shl i32 %1061, 4
	%1063 = add i32 %1059, %1062
	%1064 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %908, float %906)
	%1065 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %960, float %958)
	%1066 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %912, float %910)
	%1067 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %964, float %962)
	%1068 = xor i32 %1063, 0
	%1069 = add i32 %1068, 0
	%1070 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1069)
	%1071 = extractvalue { i32, i32, i32, i32 } %1070, 0
	%1072 = extractvalue { i32, i32, i32, i32 } %1070, 1
	%1073 = extractvalue { i32, i32, i32, i32 } %1070, 2
	%1074 = extractvalue { i32, i32, i32, i32 } %1070, 3
	%1075 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1071, i32 %1072, float %867, float %868, float %869, float %870)
	%1076 = extractvalue { float, float, float, float } %1075, 0
	%1077 = extractvalue { float, float, float, float } %1075, 1
	%1078 = extractvalue { float, float, float, float } %1075, 2
	%1079 = extractvalue { float, float, float, float } %1075, 3
	%1080 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1073, i32 %1074, float %871, float %872, float %873, float %874)
	%1081 = extractvalue { float, float, float, float } %1080, 0
	%1082 = extractvalue { float, float, float, float } %1080, 1
	%1083 = extractvalue { float, float, float, float } %1080, 2
	%1084 = extractvalue { float, float, float, float } %1080, 3
	%1085 = xor i32 %1063, 32
	%1086 = add i32 %1085, 0
	%1087 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1086)
	%1088 = extractvalue { i32, i32, i32, i32 } %1087, 0
	%1089 = extractvalue { i32, i32, i32, i32 } %1087, 1
	%1090 = extractvalue { i32, i32, i32, i32 } %1087, 2
	%1091 = extractvalue { i32, i32, i32, i32 } %1087, 3
	%1092 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1088, i32 %1089, float %875, float %876, float %877, float %878)
	%1093 = extractvalue { float, float, float, float } %1092, 0
	%1094 = extractvalue { float, float, float, float } %1092, 1
	%1095 = extractvalue { float, float, float, float } %1092, 2
	%1096 = extractvalue { float, float, float, float } %1092, 3
	%1097 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1090, i32 %1091, float %879, float %880, float %881, float %882)
	%1098 = extractvalue { float, float, float, float } %1097, 0
	%1099 = extractvalue { float, float, float, float } %1097, 1
	%1100 = extractvalue { float, float, float, float } %1097, 2
	%1101 = extractvalue { float, float, float, float } %1097, 3
	%1102 = xor i32 %1063, 64
	%1103 = add i32 %1102, 0
	%1104 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1103)
	%1105 = extractvalue { i32, i32, i32, i32 } %1104, 0
	%1106 = extractvalue { i32, i32, i32, i32 } %1104, 1
	%1107 = extractvalue { i32, i32, i32, i32 } %1104, 2
	%1108 = extractvalue { i32, i32, i32, i32 } %1104, 3
	%1109 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1105, i32 %1106, float %883, float %884, float %885, float %886)
	%1110 = extractvalue { float, float, float, float } %1109, 0
	%1111 = extractvalue { float, float, float, float } %1109, 1
	%1112 = extractvalue { float, float, float, float } %1109, 2
	%1113 = extractvalue { float, float, float, float } %1109, 3
	%1114 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1107, i32 %1108, float %887, float %888, float %889, float %890)
	%1115 = extractvalue { float, float, float, float } %1114, 0
	%1116 = extractvalue { float, float, float, float } %1114, 1
	%1117 = extractvalue { float, float, float, float } %1114, 2
	%1118 = extractvalue { float, float, float, float } %1114, 3
	%1119 = xor i32 %1063, 96
	%1120 = add i32 %1119, 0
	%1121 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1120)
	%1122 = extractvalue { i32, i32, i32, i32 } %1121, 0
	%1123 = extractvalue { i32, i32, i32, i32 } %1121, 1
	%1124 = extractvalue { i32, i32, i32, i32 } %1121, 2
	%1125 = extractvalue { i32, i32, i32, i32 } %1121, 3
	%1126 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1122, i32 %1123, float %891, float %892, float %893, float %894)
	%1127 = extractvalue { float, float, float, float } %1126, 0
	%1128 = extractvalue { float, float, float, float } %1126, 1
	%1129 = extractvalue { float, float, float, float } %1126, 2
	%1130 = extractvalue { float, float, float, float } %1126, 3
	%1131 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1124, i32 %1125, float %895, float %896, float %897, float %898)
	%1132 = extractvalue { float, float, float, float } %1131, 0
	%1133 = extractvalue { float, float, float, float } %1131, 1
	%1134 = extractvalue { float, float, float, float } %1131, 2
	%1135 = extractvalue { float, float, float, float } %1131, 3
	%1136 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %916, float %914)
	%1137 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %968, float %966)
	%1138 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %920, float %918)
	%1139 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %972, float %970)
	%1140 = xor i32 %1063, 0
	%1141 = add i32 %1140, 2048
	%1142 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1141)
	%1143 = extractvalue { i32, i32, i32, i32 } %1142, 0
	%1144 = extractvalue { i32, i32, i32, i32 } %1142, 1
	%1145 = extractvalue { i32, i32, i32, i32 } %1142, 2
	%1146 = extractvalue { i32, i32, i32, i32 } %1142, 3
	%1147 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1136, i32 %1137, i32 %1138, i32 %1139, i32 %1143, i32 %1144, float %1076, float %1077, float %1078, float %1079)
	%1148 = extractvalue { float, float, float, float } %1147, 0
	%1149 = extractvalue { float, float, float, float } %1147, 1
	%1150 = extractvalue { float, float, float, float } %1147, 2
	%1151 = extractvalue { float, float, float, float } %1147, 3
	%1152 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1136, i32 %1137, i32 %1138, i32 %1139, i32 %1145, i32 %1146, float %1081, float %1082, float %1083, float %1084)
	%1153 = extractvalue { float, float, float, float } %1152, 0
	%1154 = extractvalue { float, float, float, float } %1152, 1
	%1155 = extractvalue { float, float, float, float } %1152, 2
	%1156 = extractvalue { float, float, float, float } %1152, 3
	%1157 = xor i32 %1063, 32
	%1158 = add i32 %1157, 2048
	%1159 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1158)
	%1160 = extractvalue { i32, i32, i32, i32 } %1159, 0
	%1161 = extractvalue { i32, i32, i32, i32 } %1159, 1
	%1162 = extractvalue { i32, i32, i32, i32 } %1159, 2
	%1163 = extractvalue { i32, i32, i32, i32 } %1159, 3
	%1164 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1136, i32 %1137, i32 %1138, i32 %1139, i32 %1160, i32 %1161, float %1093, float %1094, float %1095, float %1096)
	%1165 = extractvalue { float, float, float, float } %1164, 0
	%1166 = extractvalue { float, float, float, float } %1164, 1
	%1167 = extractvalue { float, float, float, float } %1164, 2
	%1168 = extractvalue { float, float, float, float } %1164, 3
	%1169 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1136, i32 %1137, i32 %1138, i32 %1139, i32 %1162, i32 %1163, float %1098, float %1099, float %1100, float %1101)
	%1170 = extractvalue { float, float, float, float } %1169, 0
	%1171 = extractvalue { float, float, float, float } %1169, 1
	%1172 = extractvalue { float, float, float, float } %1169, 2
	%1173 = extractvalue { float, float, float, float } %1169, 3
	%1174 = xor i32 %1063, 64
	%1175 = add i32 %1174, 2048
	%1176 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1175)
	%1177 = extractvalue { i32, i32, i32, i32 } %1176, 0
	%1178 = extractvalue { i32, i32, i32, i32 } %1176, 1
	%1179 = extractvalue { i32, i32, i32, i32 } %1176, 2
	%1180 = extractvalue { i32, i32, i32, i32 } %1176, 3
	%1181 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1136, i32 %1137, i32 %1138, i32 %1139, i32 %1177, i32 %1178, float %1110, float %1111, float %1112, float %1113)
	%1182 = extractvalue { float, float, float, float } %1181, 0
	%1183 = extractvalue { float, float, float, float } %1181, 1
	%1184 = extractvalue { float, float, float, float } %1181, 2
	%1185 = extractvalue { float, float, float, float } %1181, 3
	%1186 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1136, i32 %1137, i32 %1138, i32 %1139, i32 %1179, i32 %1180, float %1115, float %1116, float %1117, float %1118)
	%1187 = extractvalue { float, float, float, float } %1186, 0
	%1188 = extractvalue { float, float, float, float } %1186, 1
	%1189 = extractvalue { float, float, float, float } %1186, 2
	%1190 = extractvalue { float, float, float, float } %1186, 3
	%1191 = xor i32 %1063, 96
	%1192 = add i32 %1191, 2048
	%1193 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1192)
	%1194 = extractvalue { i32, i32, i32, i32 } %1193, 0
	%1195 = extractvalue { i32, i32, i32, i32 } %1193, 1
	%1196 = extractvalue { i32, i32, i32, i32 } %1193, 2
	%1197 = extractvalue { i32, i32, i32, i32 } %1193, 3
	%1198 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1136, i32 %1137, i32 %1138, i32 %1139, i32 %1194, i32 %1195, float %1127, float %1128, float %1129, float %1130)
	%1199 = extractvalue { float, float, float, float } %1198, 0
	%1200 = extractvalue { float, float, float, float } %1198, 1
	%1201 = extractvalue { float, float, float, float } %1198, 2
	%1202 = extractvalue { float, float, float, float } %1198, 3
	%1203 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1136, i32 %1137, i32 %1138, i32 %1139, i32 %1196, i32 %1197, float %1132, float %1133, float %1134, float %1135)
	%1204 = extractvalue { float, float, float, float } %1203, 0
	%1205 = extractvalue { float, float, float, float } %1203, 1
	%1206 = extractvalue { float, float, float, float } %1203, 2
	%1207 = extractvalue { float, float, float, float } %1203, 3
	%1208 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %924, float %922)
	%1209 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %976, float %974)
	%1210 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %928, float %926)
	%1211 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %980, float %978)
	%1212 = xor i32 %1063, 0
	%1213 = add i32 %1212, u0x1000
	%1214 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1213)
	%1215 = extractvalue { i32, i32, i32, i32 } %1214, 0
	%1216 = extractvalue { i32, i32, i32, i32 } %1214, 1
	%1217 = extractvalue { i32, i32, i32, i32 } %1214, 2
	%1218 = extractvalue { i32, i32, i32, i32 } %1214, 3
	%1219 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1208, i32 %1209, i32 %1210, i32 %1211, i32 %1215, i32 %1216, float %1148, float %1149, float %1150, float %1151)
	%1220 = extractvalue { float, float, float, float } %1219, 0
	%1221 = extractvalue { float, float, float, float } %1219, 1
	%1222 = extractvalue { float, float, float, float } %1219, 2
	%1223 = extractvalue { float, float, float, float } %1219, 3
	%1224 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1208, i32 %1209, i32 %1210, i32 %1211, i32 %1217, i32 %1218, float %1153, float %1154, float %1155, float %1156)
	%1225 = extractvalue { float, float, float, float } %1224, 0
	%1226 = extractvalue { float, float, float, float } %1224, 1
	%1227 = extractvalue { float, float, float, float } %1224, 2
	%1228 = extractvalue { float, float, float, float } %1224, 3
	%1229 = xor i32 %1063, 32
	%1230 = add i32 %1229, u0x1000
	%1231 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1230)
	%1232 = extractvalue { i32, i32, i32, i32 } %1231, 0
	%1233 = extractvalue { i32, i32, i32, i32 } %1231, 1
	%1234 = extractvalue { i32, i32, i32, i32 } %1231, 2
	%1235 = extractvalue { i32, i32, i32, i32 } %1231, 3
	%1236 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1208, i32 %1209, i32 %1210, i32 %1211, i32 %1232, i32 %1233, float %1165, float %1166, float %1167, float %1168)
	%1237 = extractvalue { float, float, float, float } %1236, 0
	%1238 = extractvalue { float, float, float, float } %1236, 1
	%1239 = extractvalue { float, float, float, float } %1236, 2
	%1240 = extractvalue { float, float, float, float } %1236, 3
	%1241 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1208, i32 %1209, i32 %1210, i32 %1211, i32 %1234, i32 %1235, float %1170, float %1171, float %1172, float %1173)
	%1242 = extractvalue { float, float, float, float } %1241, 0
	%1243 = extractvalue { float, float, float, float } %1241, 1
	%1244 = extractvalue { float, float, float, float } %1241, 2
	%1245 = extractvalue { float, float, float, float } %1241, 3
	%1246 = xor i32 %1063, 64
	%1247 = add i32 %1246, u0x1000
	%1248 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1247)
	%1249 = extractvalue { i32, i32, i32, i32 } %1248, 0
	%1250 = extractvalue { i32, i32, i32, i32 } %1248, 1
	%1251 = extractvalue { i32, i32, i32, i32 } %1248, 2
	%1252 = extractvalue { i32, i32, i32, i32 } %1248, 3
	%1253 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1208, i32 %1209, i32 %1210, i32 %1211, i32 %1249, i32 %1250, float %1182, float %1183, float %1184, float %1185)
	%1254 = extractvalue { float, float, float, float } %1253, 0
	%1255 = extractvalue { float, float, float, float } %1253, 1
	%1256 = extractvalue { float, float, float, float } %1253, 2
	%1257 = extractvalue { float, float, float, float } %1253, 3
	%1258 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1208, i32 %1209, i32 %1210, i32 %1211, i32 %1251, i32 %1252, float %1187, float %1188, float %1189, float %1190)
	%1259 = extractvalue { float, float, float, float } %1258, 0
	%1260 = extractvalue { float, float, float, float } %1258, 1
	%1261 = extractvalue { float, float, float, float } %1258, 2
	%1262 = extractvalue { float, float, float, float } %1258, 3
	%1263 = xor i32 %1063, 96
	%1264 = add i32 %1263, u0x1000
	%1265 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1264)
	%1266 = extractvalue { i32, i32, i32, i32 } %1265, 0
	%1267 = extractvalue { i32, i32, i32, i32 } %1265, 1
	%1268 = extractvalue { i32, i32, i32, i32 } %1265, 2
	%1269 = extractvalue { i32, i32, i32, i32 } %1265, 3
	%1270 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1208, i32 %1209, i32 %1210, i32 %1211, i32 %1266, i32 %1267, float %1199, float %1200, float %1201, float %1202)
	%1271 = extractvalue { float, float, float, float } %1270, 0
	%1272 = extractvalue { float, float, float, float } %1270, 1
	%1273 = extractvalue { float, float, float, float } %1270, 2
	%1274 = extractvalue { float, float, float, float } %1270, 3
	%1275 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1208, i32 %1209, i32 %1210, i32 %1211, i32 %1268, i32 %1269, float %1204, float %1205, float %1206, float %1207)
	%1276 = extractvalue { float, float, float, float } %1275, 0
	%1277 = extractvalue { float, float, float, float } %1275, 1
	%1278 = extractvalue { float, float, float, float } %1275, 2
	%1279 = extractvalue { float, float, float, float } %1275, 3
	%1280 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %932, float %930)
	%1281 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %984, float %982)
	%1282 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %936, float %934)
	%1283 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %988, float %986)
	%1284 = xor i32 %1063, 0
	%1285 = add i32 %1284, 6144
	%1286 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1285)
	%1287 = extractvalue { i32, i32, i32, i32 } %1286, 0
	%1288 = extractvalue { i32, i32, i32, i32 } %1286, 1
	%1289 = extractvalue { i32, i32, i32, i32 } %1286, 2
	%1290 = extractvalue { i32, i32, i32, i32 } %1286, 3
	%1291 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1280, i32 %1281, i32 %1282, i32 %1283, i32 %1287, i32 %1288, float %1220, float %1221, float %1222, float %1223)
	%1292 = extractvalue { float, float, float, float } %1291, 0
	%1293 = extractvalue { float, float, float, float } %1291, 1
	%1294 = extractvalue { float, float, float, float } %1291, 2
	%1295 = extractvalue { float, float, float, float } %1291, 3
	%1296 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1280, i32 %1281, i32 %1282, i32 %1283, i32 %1289, i32 %1290, float %1225, float %1226, float %1227, float %1228)
	%1297 = extractvalue { float, float, float, float } %1296, 0
	%1298 = extractvalue { float, float, float, float } %1296, 1
	%1299 = extractvalue { float, float, float, float } %1296, 2
	%1300 = extractvalue { float, float, float, float } %1296, 3
	%1301 = xor i32 %1063, 32
	%1302 = add i32 %1301, 6144
	%1303 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1302)
	%1304 = extractvalue { i32, i32, i32, i32 } %1303, 0
	%1305 = extractvalue { i32, i32, i32, i32 } %1303, 1
	%1306 = extractvalue { i32, i32, i32, i32 } %1303, 2
	%1307 = extractvalue { i32, i32, i32, i32 } %1303, 3
	%1308 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1280, i32 %1281, i32 %1282, i32 %1283, i32 %1304, i32 %1305, float %1237, float %1238, float %1239, float %1240)
	%1309 = extractvalue { float, float, float, float } %1308, 0
	%1310 = extractvalue { float, float, float, float } %1308, 1
	%1311 = extractvalue { float, float, float, float } %1308, 2
	%1312 = extractvalue { float, float, float, float } %1308, 3
	%1313 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1280, i32 %1281, i32 %1282, i32 %1283, i32 %1306, i32 %1307, float %1242, float %1243, float %1244, float %1245)
	%1314 = extractvalue { float, float, float, float } %1313, 0
	%1315 = extractvalue { float, float, float, float } %1313, 1
	%1316 = extractvalue { float, float, float, float } %1313, 2
	%1317 = extractvalue { float, float, float, float } %1313, 3
	%1318 = xor i32 %1063, 64
	%1319 = add i32 %1318, 6144
	%1320 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1319)
	%1321 = extractvalue { i32, i32, i32, i32 } %1320, 0
	%1322 = extractvalue { i32, i32, i32, i32 } %1320, 1
	%1323 = extractvalue { i32, i32, i32, i32 } %1320, 2
	%1324 = extractvalue { i32, i32, i32, i32 } %1320, 3
	%1325 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1280, i32 %1281, i32 %1282, i32 %1283, i32 %1321, i32 %1322, float %1254, float %1255, float %1256, float %1257)
	%1326 = extractvalue { float, float, float, float } %1325, 0
	%1327 = extractvalue { float, float, float, float } %1325, 1
	%1328 = extractvalue { float, float, float, float } %1325, 2
	%1329 = extractvalue { float, float, float, float } %1325, 3
	%1330 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1280, i32 %1281, i32 %1282, i32 %1283, i32 %1323, i32 %1324, float %1259, float %1260, float %1261, float %1262)
	%1331 = extractvalue { float, float, float, float } %1330, 0
	%1332 = extractvalue { float, float, float, float } %1330, 1
	%1333 = extractvalue { float, float, float, float } %1330, 2
	%1334 = extractvalue { float, float, float, float } %1330, 3
	%1335 = xor i32 %1063, 96
	%1336 = add i32 %1335, 6144
	%1337 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1336)
	%1338 = extractvalue { i32, i32, i32, i32 } %1337, 0
	%1339 = extractvalue { i32, i32, i32, i32 } %1337, 1
	%1340 = extractvalue { i32, i32, i32, i32 } %1337, 2
	%1341 = extractvalue { i32, i32, i32, i32 } %1337, 3
	%1342 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1280, i32 %1281, i32 %1282, i32 %1283, i32 %1338, i32 %1339, float %1271, float %1272, float %1273, float %1274)
	%1343 = extractvalue { float, float, float, float } %1342, 0
	%1344 = extractvalue { float, float, float, float } %1342, 1
	%1345 = extractvalue { float, float, float, float } %1342, 2
	%1346 = extractvalue { float, float, float, float } %1342, 3
	%1347 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1280, i32 %1281, i32 %1282, i32 %1283, i32 %1340, i32 %1341, float %1276, float %1277, float %1278, float %1279)
	%1348 = extractvalue { float, float, float, float } %1347, 0
	%1349 = extractvalue { float, float, float, float } %1347, 1
	%1350 = extractvalue { float, float, float, float } %1347, 2
	%1351 = extractvalue { float, float, float, float } %1347, 3
	br i1 %1013, label %loop, label %epilogue

store0:
	%1352 = mul i32 %10, %M
	%1353 = add i32 %1352, %564
	%1354 = mul i32 %1353, 64
	%1355 = shl i32 %6, 1
	%1356 = add i32 0, %1355
	%1357 = add i32 %1354, %1356
	%1358 = sext i32 %1357 to i64
	%1359 = getelementptr float, float* %out, i64 %1358
	store float %565, float* %1359
	%1360 = getelementptr float, float* %1359, i32 1
	store float %566, float* %1360
	%1361 = shl i32 %6, 1
	%1362 = add i32 8, %1361
	%1363 = add i32 %1354, %1362
	%1364 = sext i32 %1363 to i64
	%1365 = getelementptr float, float* %out, i64 %1364
	store float %567, float* %1365
	%1366 = getelementptr float, float* %1365, i32 1
	store float %568, float* %1366
	%1367 = shl i32 %6, 1
	%1368 = add i32 16, %1367
	%1369 = add i32 %1354, %1368
	%1370 = sext i32 %1369 to i64
	%1371 = getelementptr float, float* %out, i64 %1370
	store float %569, float* %1371
	%1372 = getelementptr float, float* %1371, i32 1
	store float %570, float* %1372
	%1373 = shl i32 %6, 1
	%1374 = add i32 24, %1373
	%1375 = add i32 %1354, %1374
	%1376 = sext i32 %1375 to i64
	%1377 = getelementptr float, float* %out, i64 %1376
	store float %571, float* %1377
	%1378 = getelementptr float, float* %1377, i32 1
	store float %572, float* %1378
	%1379 = shl i32 %6, 1
	%1380 = add i32 32, %1379
	%1381 = add i32 %1354, %1380
	%1382 = sext i32 %1381 to i64
	%1383 = getelementptr float, float* %out, i64 %1382
	store float %573, float* %1383
	%1384 = getelementptr float, float* %1383, i32 1
	store float %574, float* %1384
	%1385 = shl i32 %6, 1
	%1386 = add i32 40, %1385
	%1387 = add i32 %1354, %1386
	%1388 = sext i32 %1387 to i64
	%1389 = getelementptr float, float* %out, i64 %1388
	store float %575, float* %1389
	%1390 = getelementptr float, float* %1389, i32 1
	store float %576, float* %1390
	%1391 = shl i32 %6, 1
	%1392 = add i32 48, %1391
	%1393 = add i32 %1354, %1392
	%1394 = sext i32 %1393 to i64
	%1395 = getelementptr float, float* %out, i64 %1394
	store float %577, float* %1395
	%1396 = getelementptr float, float* %1395, i32 1
	store float %578, float* %1396
	%1397 = shl i32 %6, 1
	%1398 = add i32 56, %1397
	%1399 = add i32 %1354, %1398
	%1400 = sext i32 %1399 to i64
	%1401 = getelementptr float, float* %out, i64 %1400
	store float %579, float* %1401
	%1402 = getelementptr float, float* %1401, i32 1
	store float %580, float* %1402
	br label %stored0

stored0:
	%1403 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %520, i32 1, i32 31)
	%1404 = fadd float %520, %1403
	%1405 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1404, i32 2, i32 31)
	%1406 = fadd float %1404, %1405
	%1407 = fcmp ogt float %1406, 0.0
	%1408 = fdiv float 1.0, %1406
	%1409 = select i1 %1407, float %1408, float 0.0
	%1410 = mul i32 %3, 16
	%1411 = add i32 %12, %1410
	%1412 = add i32 %5, 8
	%1413 = add i32 %1411, %1412
	%1414 = fmul float %524, %1409
	%1415 = fmul float %525, %1409
	%1416 = fmul float %528, %1409
	%1417 = fmul float %529, %1409
	%1418 = fmul float %532, %1409
	%1419 = fmul float %533, %1409
	%1420 = fmul float %536, %1409
	%1421 = fmul float %537, %1409
	%1422 = fmul float %540, %1409
	%1423 = fmul float %541, %1409
	%1424 = fmul float %544, %1409
	%1425 = fmul float %545, %1409
	%1426 = fmul float %548, %1409
	%1427 = fmul float %549, %1409
	%1428 = fmul float %552, %1409
	%1429 = fmul float %553, %1409
	%1430 = icmp slt i32 %1413, %M
	br i1 %1430, label %store1, label %stored1

store1:
	%1431 = mul i32 %10, %M
	%1432 = add i32 %1431, %1413
	%1433 = mul i32 %1432, 64
	%1434 = shl i32 %6, 1
	%1435 = add i32 0, %1434
	%1436 = add i32 %1433, %1435
	%1437 = sext i32 %1436 to i64
	%1438 = getelementptr float, float* %out, i64 %1437
	store float %1414, float* %1438
	%1439 = getelementptr float, float* %1438, i32 1
	store float %1415, float* %1439
	%1440 = shl i32 %6, 1
	%1441 = add i32 8, %1440
	%1442 = add i32 %1433, %1441
	%1443 = sext i32 %1442 to i64
	%1444 = getelementptr float, float* %out, i64 %1443
	store float %1416, float* %1444
	%1445 = getelementptr float, float* %1444, i32 1
	store float %1417, float* %1445
	%1446 = shl i32 %6, 1
	%1447 = add i32 16, %1446
	%1448 = add i32 %1433, %1447
	%1449 = sext i32 %1448 to i64
	%1450 = getelementptr float, float* %out, i64 %1449
	store float %1418, float* %1450
	%1451 = getelementptr float, float* %1450, i32 1
	store float %1419, float* %1451
	%1452 = shl i32 %6, 1
	%1453 = add i32 24, %1452
	%1454 = add i32 %1433, %1453
	%1455 = sext i32 %1454 to i64
	%1456 = getelementptr float, float* %out, i64 %1455
	store float %1420, float* %1456
	%1457 = getelementptr float, float* %1456, i32 1
	store float %1421, float* %1457
	%1458 = shl i32 %6, 1
	%1459 = add i32 32, %1458
	%1460 = add i32 %1433, %1459
	%1461 = sext i32 %1460 to i64
	%1462 = getelementptr float, float* %out, i64 %1461
	store float %1422, float* %1462
	%1463 = getelementptr float, float* %1462, i32 1
	store float %1423, float* %1463
	%1464 = shl i32 %6, 1
	%1465 = add i32 40, %1464
	%1466 = add i32 %1433, %1465
	%1467 = sext i32 %1466 to i64
	%1468 = getelementptr float, float* %out, i64 %1467
	store float %1424, float* %1468
	%1469 = getelementptr float, float* %1468, i32 1
	store float %1425, float* %1469
	%1470 = shl i32 %6, 1
	%1471 = add i32 48, %1470
	%1472 = add i32 %1433, %1471
	%1473 = sext i32 %1472 to i64
	%1474 = getelementptr float, float* %out, i64 %1473
	store float %1426, float* %1474
	%1475 = getelementptr float, float* %1474, i32 1
	store float %1427, float* %1475
	%1476 = shl i32 %6, 1
	%1477 = add i32 56, %1476
	%1478 = add i32 %1433, %1477
	%1479 = sext i32 %1478 to i64
	%1480 = getelementptr float, float* %out, i64 %1479
	store float %1428, float* %1480
	%1481 = getelementptr float, float* %1480, i32 1
	store float %1429, float* %1481
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
!0 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @f32out_attn0, !"maxntidx", i32 128}
!1 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @f32out_attn0, !"minctasm", i32 3}
