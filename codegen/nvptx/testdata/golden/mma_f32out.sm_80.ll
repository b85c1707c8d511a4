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
	%157 = phi i32 [ 0, %prologue ], [ %234, %914 ]
	%158 = phi i32 [ %37, %prologue ], [ %241, %914 ]
	%159 = phi float [ 0.0, %prologue ], [ %1292, %914 ]
	%160 = phi float [ 0.0, %prologue ], [ %1293, %914 ]
	%161 = phi float [ 0.0, %prologue ], [ %1294, %914 ]
	%162 = phi float [ 0.0, %prologue ], [ %1295, %914 ]
	%163 = phi float [ 0.0, %prologue ], [ %1297, %914 ]
	%164 = phi float [ 0.0, %prologue ], [ %1298, %914 ]
	%165 = phi float [ 0.0, %prologue ], [ %1299, %914 ]
	%166 = phi float [ 0.0, %prologue ], [ %1300, %914 ]
	%167 = phi float [ 0.0, %prologue ], [ %1309, %914 ]
	%168 = phi float [ 0.0, %prologue ], [ %1310, %914 ]
	%169 = phi float [ 0.0, %prologue ], [ %1311, %914 ]
	%170 = phi float [ 0.0, %prologue ], [ %1312, %914 ]
	%171 = phi float [ 0.0, %prologue ], [ %1314, %914 ]
	%172 = phi float [ 0.0, %prologue ], [ %1315, %914 ]
	%173 = phi float [ 0.0, %prologue ], [ %1316, %914 ]
	%174 = phi float [ 0.0, %prologue ], [ %1317, %914 ]
	%175 = phi float [ 0.0, %prologue ], [ %1326, %914 ]
	%176 = phi float [ 0.0, %prologue ], [ %1327, %914 ]
	%177 = phi float [ 0.0, %prologue ], [ %1328, %914 ]
	%178 = phi float [ 0.0, %prologue ], [ %1329, %914 ]
	%179 = phi float [ 0.0, %prologue ], [ %1331, %914 ]
	%180 = phi float [ 0.0, %prologue ], [ %1332, %914 ]
	%181 = phi float [ 0.0, %prologue ], [ %1333, %914 ]
	%182 = phi float [ 0.0, %prologue ], [ %1334, %914 ]
	%183 = phi float [ 0.0, %prologue ], [ %1343, %914 ]
	%184 = phi float [ 0.0, %prologue ], [ %1344, %914 ]
	%185 = phi float [ 0.0, %prologue ], [ %1345, %914 ]
	%186 = phi float [ 0.0, %prologue ], [ %1346, %914 ]
	%187 = phi float [ 0.0, %prologue ], [ %1348, %914 ]
	%188 = phi float [ 0.0, %prologue ], [ %1349, %914 ]
	%189 = phi float [ 0.0, %prologue ], [ %1350, %914 ]
	%190 = phi float [ 0.0, %prologue ], [ %1351, %914 ]
	%191 = phi float [ 0xFFF0000000000000, %prologue ], [ %949, %914 ]
	%192 = phi float [ 0.0, %prologue ], [ %1000, %914 ]
	%193 = phi float [ 0xFFF0000000000000, %prologue ], [ %1001, %914 ]
	%194 = phi float [ 0.0, %prologue ], [ %1052, %914 ]
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
	%514 = phi float [ 0.0, %entry ], [ %1000, %914 ]
	%515 = phi float [ 0.0, %entry ], [ %1052, %914 ]
	%516 = phi i32 [ 0, %entry ], [ %234, %914 ]
	%517 = phi float [ 0.0, %entry ], [ %1292, %914 ]
	%518 = phi float [ 0.0, %entry ], [ %1293, %914 ]
	%519 = phi float [ 0.0, %entry ], [ %1294, %914 ]
	%520 = phi float [ 0.0, %entry ], [ %1295, %914 ]
	%521 = phi float [ 0.0, %entry ], [ %1297, %914 ]
	%522 = phi float [ 0.0, %entry ], [ %1298, %914 ]
	%523 = phi float [ 0.0, %entry ], [ %1299, %914 ]
	%524 = phi float [ 0.0, %entry ], [ %1300, %914 ]
	%525 = phi float [ 0.0, %entry ], [ %1309, %914 ]
	%526 = phi float [ 0.0, %entry ], [ %1310, %914 ]
	%527 = phi float [ 0.0, %entry ], [ %1311, %914 ]
	%528 = phi float [ 0.0, %entry ], [ %1312, %914 ]
	%529 = phi float [ 0.0, %entry ], [ %1314, %914 ]
	%530 = phi float [ 0.0, %entry ], [ %1315, %914 ]
	%531 = phi float [ 0.0, %entry ], [ %1316, %914 ]
	%532 = phi float [ 0.0, %entry ], [ %1317, %914 ]
	%533 = phi float [ 0.0, %entry ], [ %1326, %914 ]
	%534 = phi float [ 0.0, %entry ], [ %1327, %914 ]
	%535 = phi float [ 0.0, %entry ], [ %1328, %914 ]
	%536 = phi float [ 0.0, %entry ], [ %1329, %914 ]
	%537 = phi float [ 0.0, %entry ], [ %1331, %914 ]
	%538 = phi float [ 0.0, %entry ], [ %1332, %914 ]
	%539 = phi float [ 0.0, %entry ], [ %1333, %914 ]
	%540 = phi float [ 0.0, %entry ], [ %1334, %914 ]
	%541 = phi float [ 0.0, %entry ], [ %1343, %914 ]
	%542 = phi float [ 0.0, %entry ], [ %1344, %914 ]
	%543 = phi float [ 0.0, %entry ], [ %1345, %914 ]
	%544 = phi float [ 0.0, %entry ], [ %1346, %914 ]
	%545 = phi float [ 0.0, %entry ], [ %1348, %914 ]
	%546 = phi float [ 0.0, %entry ], [ %1349, %914 ]
	%547 = phi float [ 0.0, %entry ], [ %1350, %914 ]
	%548 = phi float [ 0.0, %entry ], [ %1351, %914 ]
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
	%634 = select i1 %633, float %457, float 0xFFF0000000000000
	%635 = shl i32 %6, 1
	%636 = add i32 1, %635
	%637 = add i32 %195, %636
	%638 = icmp slt i32 %637, %N
	%639 = select i1 %638, float %458, float 0xFFF0000000000000
	%640 = shl i32 %6, 1
	%641 = add i32 0, %640
	%642 = add i32 %195, %641
	%643 = icmp slt i32 %642, %N
	%644 = select i1 %643, float %459, float 0xFFF0000000000000
	%645 = shl i32 %6, 1
	%646 = add i32 1, %645
	%647 = add i32 %195, %646
	%648 = icmp slt i32 %647, %N
	%649 = select i1 %648, float %460, float 0xFFF0000000000000
	%650 = shl i32 %6, 1
	%651 = add i32 8, %650
	%652 = add i32 %195, %651
	%653 = icmp slt i32 %652, %N
	%654 = select i1 %653, float %462, float 0xFFF0000000000000
	%655 = shl i32 %6, 1
	%656 = add i32 9, %655
	%657 = add i32 %195, %656
	%658 = icmp slt i32 %657, %N
	%659 = select i1 %658, float %463, float 0xFFF0000000000000
	%660 = shl i32 %6, 1
	%661 = add i32 8, %660
	%662 = add i32 %195, %661
	%663 = icmp slt i32 %662, %N
	%664 = select i1 %663, float %464, float 0xFFF0000000000000
	%665 = shl i32 %6, 1
	%666 = add i32 9, %665
	%667 = add i32 %195, %666
	%668 = icmp slt i32 %667, %N
	%669 = select i1 %668, float %465, float 0xFFF0000000000000
	%670 = shl i32 %6, 1
	%671 = add i32 16, %670
	%672 = add i32 %195, %671
	%673 = icmp slt i32 %672, %N
	%674 = select i1 %673, float %473, float 0xFFF0000000000000
	%675 = shl i32 %6, 1
	%676 = add i32 17, %675
	%677 = add i32 %195, %676
	%678 = icmp slt i32 %677, %N
	%679 = select i1 %678, float %474, float 0xFFF0000000000000
	%680 = shl i32 %6, 1
	%681 = add i32 16, %680
	%682 = add i32 %195, %681
	%683 = icmp slt i32 %682, %N
	%684 = select i1 %683, float %475, float 0xFFF0000000000000
	%685 = shl i32 %6, 1
	%686 = add i32 17, %685
	%687 = add i32 %195, %686
	%688 = icmp slt i32 %687, %N
	%689 = select i1 %688, float %476, float 0xFFF0000000000000
	%690 = shl i32 %6, 1
	%691 = add i32 24, %690
	%692 = add i32 %195, %691
	%693 = icmp slt i32 %692, %N
	%694 = select i1 %693, float %478, float 0xFFF0000000000000
	%695 = shl i32 %6, 1
	%696 = add i32 25, %695
	%697 = add i32 %195, %696
	%698 = icmp slt i32 %697, %N
	%699 = select i1 %698, float %479, float 0xFFF0000000000000
	%700 = shl i32 %6, 1
	%701 = add i32 24, %700
	%702 = add i32 %195, %701
	%703 = icmp slt i32 %702, %N
	%704 = select i1 %703, float %480, float 0xFFF0000000000000
	%705 = shl i32 %6, 1
	%706 = add i32 25, %705
	%707 = add i32 %195, %706
	%708 = icmp slt i32 %707, %N
	%709 = select i1 %708, float %481, float 0xFFF0000000000000
	%710 = shl i32 %6, 1
	%711 = add i32 32, %710
	%712 = add i32 %195, %711
	%713 = icmp slt i32 %712, %N
	%714 = select i1 %713, float %489, float 0xFFF0000000000000
	%715 = shl i32 %6, 1
	%716 = add i32 33, %715
	%717 = add i32 %195, %716
	%718 = icmp slt i32 %717, %N
	%719 = select i1 %718, float %490, float 0xFFF0000000000000
	%720 = shl i32 %6, 1
	%721 = add i32 32, %720
	%722 = add i32 %195, %721
	%723 = icmp slt i32 %722, %N
	%724 = select i1 %723, float %491, float 0xFFF0000000000000
	%725 = shl i32 %6, 1
	%726 = add i32 33, %725
	%727 = add i32 %195, %726
	%728 = icmp slt i32 %727, %N
	%729 = select i1 %728, float %492, float 0xFFF0000000000000
	%730 = shl i32 %6, 1
	%731 = add i32 40, %730
	%732 = add i32 %195, %731
	%733 = icmp slt i32 %732, %N
	%734 = select i1 %733, float %494, float 0xFFF0000000000000
	%735 = shl i32 %6, 1
	%736 = add i32 41, %735
	%737 = add i32 %195, %736
	%738 = icmp slt i32 %737, %N
	%739 = select i1 %738, float %495, float 0xFFF0000000000000
	%740 = shl i32 %6, 1
	%741 = add i32 40, %740
	%742 = add i32 %195, %741
	%743 = icmp slt i32 %742, %N
	%744 = select i1 %743, float %496, float 0xFFF0000000000000
	%745 = shl i32 %6, 1
	%746 = add i32 41, %745
	%747 = add i32 %195, %746
	%748 = icmp slt i32 %747, %N
	%749 = select i1 %748, float %497, float 0xFFF0000000000000
	%750 = shl i32 %6, 1
	%751 = add i32 48, %750
	%752 = add i32 %195, %751
	%753 = icmp slt i32 %752, %N
	%754 = select i1 %753, float %505, float 0xFFF0000000000000
	%755 = shl i32 %6, 1
	%756 = add i32 49, %755
	%757 = add i32 %195, %756
	%758 = icmp slt i32 %757, %N
	%759 = select i1 %758, float %506, float 0xFFF0000000000000
	%760 = shl i32 %6, 1
	%761 = add i32 48, %760
	%762 = add i32 %195, %761
	%763 = icmp slt i32 %762, %N
	%764 = select i1 %763, float %507, float 0xFFF0000000000000
	%765 = shl i32 %6, 1
	%766 = add i32 49, %765
	%767 = add i32 %195, %766
	%768 = icmp slt i32 %767, %N
	%769 = select i1 %768, float %508, float 0xFFF0000000000000
	%770 = shl i32 %6, 1
	%771 = add i32 56, %770
	%772 = add i32 %195, %771
	%773 = icmp slt i32 %772, %N
	%774 = select i1 %773, float %510, float 0xFFF0000000000000
	%775 = shl i32 %6, 1
	%776 = add i32 57, %775
	%777 = add i32 %195, %776
	%778 = icmp slt i32 %777, %N
	%779 = select i1 %778, float %511, float 0xFFF0000000000000
	%780 = shl i32 %6, 1
	%781 = add i32 56, %780
	%782 = add i32 %195, %781
	%783 = icmp slt i32 %782, %N
	%784 = select i1 %783, float %512, float 0xFFF0000000000000
	%785 = shl i32 %6, 1
	%786 = add i32 57, %785
	%787 = add i32 %195, %786
	%788 = icmp slt i32 %787, %N
	%789 = select i1 %788, float %513, float 0xFFF0000000000000
	br label %softmax

softmax:
	%790 = phi float [ %457, %prefetched ], [ %634, %partial ]
	%791 = phi float [ %458, %prefetched ], [ %639, %partial ]
	%792 = phi float [ %459, %prefetched ], [ %644, %partial ]
	%793 = phi float [ %460, %prefetched ], [ %649, %partial ]
	%794 = phi float [ %462, %prefetched ], [ %654, %partial ]
	%795 = phi float [ %463, %prefetched ], [ %659, %partial ]
	%796 = phi float [ %464, %prefetched ], [ %664, %partial ]
	%797 = phi float [ %465, %prefetched ], [ %669, %partial ]
	%798 = phi float [ %473, %prefetched ], [ %674, %partial ]
	%799 = phi float [ %474, %prefetched ], [ %679, %partial ]
	%800 = phi float [ %475, %prefetched ], [ %684, %partial ]
	%801 = phi float [ %476, %prefetched ], [ %689, %partial ]
	%802 = phi float [ %478, %prefetched ], [ %694, %partial ]
	%803 = phi float [ %479, %prefetched ], [ %699, %partial ]
	%804 = phi float [ %480, %prefetched ], [ %704, %partial ]
	%805 = phi float [ %481, %prefetched ], [ %709, %partial ]
	%806 = phi float [ %489, %prefetched ], [ %714, %partial ]
	%807 = phi float [ %490, %prefetched ], [ %719, %partial ]
	%808 = phi float [ %491, %prefetched ], [ %724, %partial ]
	%809 = phi float [ %492, %prefetched ], [ %729, %partial ]
	%810 = phi float [ %494, %prefetched ], [ %734, %partial ]
	%811 = phi float [ %495, %prefetched ], [ %739, %partial ]
	%812 = phi float [ %496, %prefetched ], [ %744, %partial ]
	%813 = phi float [ %497, %prefetched ], [ %749, %partial ]
	%814 = phi float [ %505, %prefetched ], [ %754, %partial ]
	%815 = phi float [ %506, %prefetched ], [ %759, %partial ]
	%816 = phi float [ %507, %prefetched ], [ %764, %partial ]
	%817 = phi float [ %508, %prefetched ], [ %769, %partial ]
	%818 = phi float [ %510, %prefetched ], [ %774, %partial ]
	%819 = phi float [ %511, %prefetched ], [ %779, %partial ]
	%820 = phi float [ %512, %prefetched ], [ %784, %partial ]
	%821 = phi float [ %513, %prefetched ], [ %789, %partial ]
	%822 = call float @llvm.nvvm.fmax.f(float %790, float %791)
	%823 = call float @llvm.nvvm.fmax.f(float %794, float %795)
	%824 = call float @llvm.nvvm.fmax.f(float %798, float %799)
	%825 = call float @llvm.nvvm.fmax.f(float %802, float %803)
	%826 = call float @llvm.nvvm.fmax.f(float %806, float %807)
	%827 = call float @llvm.nvvm.fmax.f(float %810, float %811)
	%828 = call float @llvm.nvvm.fmax.f(float %814, float %815)
	%829 = call float @llvm.nvvm.fmax.f(float %818, float %819)
	%830 = call float @llvm.nvvm.fmax.f(float %822, float %823)
	%831 = call float @llvm.nvvm.fmax.f(float %824, float %825)
	%832 = call float @llvm.nvvm.fmax.f(float %826, float %827)
	%833 = call float @llvm.nvvm.fmax.f(float %828, float %829)
	%834 = call float @llvm.nvvm.fmax.f(float %830, float %831)
	%835 = call float @llvm.nvvm.fmax.f(float %832, float %833)
	%836 = call float @llvm.nvvm.fmax.f(float %834, float %835)
	%837 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %836, i32 1, i32 31)
	%838 = call float @llvm.nvvm.fmax.f(float %836, float %837)
	%839 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %838, i32 2, i32 31)
	%840 = call float @llvm.nvvm.fmax.f(float %838, float %839)
	%841 = fmul float %840, 0x3FC7154760000000
	%842 = call float @llvm.nvvm.fmax.f(float %191, float %841)
	%843 = fadd float %191, 8.0
	%844 = fcmp ogt float %842, %843
	%845 = or i1 false, %844
	%846 = call float @llvm.nvvm.fmax.f(float %792, float %793)
	%847 = call float @llvm.nvvm.fmax.f(float %796, float %797)
	%848 = call float @llvm.nvvm.fmax.f(float %800, float %801)
	%849 = call float @llvm.nvvm.fmax.f(float %804, float %805)
	%850 = call float @llvm.nvvm.fmax.f(float %808, float %809)
	%851 = call float @llvm.nvvm.fmax.f(float %812, float %813)
	%852 = call float @llvm.nvvm.fmax.f(float %816, float %817)
	%853 = call float @llvm.nvvm.fmax.f(float %820, float %821)
	%854 = call float @llvm.nvvm.fmax.f(float %846, float %847)
	%855 = call float @llvm.nvvm.fmax.f(float %848, float %849)
	%856 = call float @llvm.nvvm.fmax.f(float %850, float %851)
	%857 = call float @llvm.nvvm.fmax.f(float %852, float %853)
	%858 = call float @llvm.nvvm.fmax.f(float %854, float %855)
	%859 = call float @llvm.nvvm.fmax.f(float %856, float %857)
	%860 = call float @llvm.nvvm.fmax.f(float %858, float %859)
	%861 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %860, i32 1, i32 31)
	%862 = call float @llvm.nvvm.fmax.f(float %860, float %861)
	%863 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %862, i32 2, i32 31)
	%864 = call float @llvm.nvvm.fmax.f(float %862, float %863)
	%865 = fmul float %864, 0x3FC7154760000000
	%866 = call float @llvm.nvvm.fmax.f(float %193, float %865)
	%867 = fadd float %193, 8.0
	%868 = fcmp ogt float %866, %867
	%869 = or i1 %845, %868
	%870 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %869)
	br i1 %870, label %871, label %914

871:
	%872 = fcmp oeq float %842, 0xFFF0000000000000
	%873 = select i1 %872, float 0.0, float %842
	%874 = fsub float %191, %873
	%875 = call float @llvm.nvvm.ex2.approx.ftz.f(float %874)
	%876 = fcmp oeq float %866, 0xFFF0000000000000
	%877 = select i1 %876, float 0.0, float %866
	%878 = fsub float %193, %877
	%879 = call float @llvm.nvvm.ex2.approx.ftz.f(float %878)
	%880 = fmul float %159, %875
	%881 = fmul float %160, %875
	%882 = fmul float %161, %879
	%883 = fmul float %162, %879
	%884 = fmul float %163, %875
	%885 = fmul float %164, %875
	%886 = fmul float %165, %879
	%887 = fmul float %166, %879
	%888 = fmul float %167, %875
	%889 = fmul float %168, %875
	%890 = fmul float %169, %879
	%891 = fmul float %170, %879
	%892 = fmul float %171, %875
	%893 = fmul float %172, %875
	%894 = fmul float %173, %879
	%895 = fmul float %174, %879
	%896 = fmul float %175, %875
	%897 = fmul float %176, %875
	%898 = fmul float %177, %879
	%899 = fmul float %178, %879
	%900 = fmul float %179, %875
	%901 = fmul float %180, %875
	%902 = fmul float %181, %879
	%903 = fmul float %182, %879
	%904 = fmul float %183, %875
	%905 = fmul float %184, %875
	%906 = fmul float %185, %879
	%907 = fmul float %186, %879
	%908 = fmul float %187, %875
	%909 = fmul float %188, %875
	%910 = fmul float %189, %879
	%911 = fmul float %190, %879
	%912 = fmul float %192, %875
	%913 = fmul float %194, %879
	br label %914

914:
	%915 = phi float [ %159, %softmax ], [ %880, %871 ]
	%916 = phi float [ %160, %softmax ], [ %881, %871 ]
	%917 = phi float [ %161, %softmax ], [ %882, %871 ]
	%918 = phi float [ %162, %softmax ], [ %883, %871 ]
	%919 = phi float [ %163, %softmax ], [ %884, %871 ]
	%920 = phi float [ %164, %softmax ], [ %885, %871 ]
	%921 = phi float [ %165, %softmax ], [ %886, %871 ]
	%922 = phi float [ %166, %softmax ], [ %887, %871 ]
	%923 = phi float [ %167, %softmax ], [ %888, %871 ]
	%924 = phi float [ %168, %softmax ], [ %889, %871 ]
	%925 = phi float [ %169, %softmax ], [ %890, %871 ]
	%926 = phi float [ %170, %softmax ], [ %891, %871 ]
	%927 = phi float [ %171, %softmax ], [ %892, %871 ]
	%928 = phi float [ %172, %softmax ], [ %893, %871 ]
	%929 = phi float [ %173, %softmax ], [ %894, %871 ]
	%930 = phi float [ %174, %softmax ], [ %895, %871 ]
	%931 = phi float [ %175, %softmax ], [ %896, %871 ]
	%932 = phi float [ %176, %softmax ], [ %897, %871 ]
	%933 = phi float [ %177, %softmax ], [ %898, %871 ]
	%934 = phi float [ %178, %softmax ], [ %899, %871 ]
	%935 = phi float [ %179, %softmax ], [ %900, %871 ]
	%936 = phi float [ %180, %softmax ], [ %901, %871 ]
	%937 = phi float [ %181, %softmax ], [ %902, %871 ]
	%938 = phi float [ %182, %softmax ], [ %903, %871 ]
	%939 = phi float [ %183, %softmax ], [ %904, %871 ]
	%940 = phi float [ %184, %softmax ], [ %905, %871 ]
	%941 = phi float [ %185, %softmax ], [ %906, %871 ]
	%942 = phi float [ %186, %softmax ], [ %907, %871 ]
	%943 = phi float [ %187, %softmax ], [ %908, %871 ]
	%944 = phi float [ %188, %softmax ], [ %909, %871 ]
	%945 = phi float [ %189, %softmax ], [ %910, %871 ]
	%946 = phi float [ %190, %softmax ], [ %911, %871 ]
	%947 = phi float [ %192, %softmax ], [ %912, %871 ]
	%948 = phi float [ %194, %softmax ], [ %913, %871 ]
	%949 = select i1 %870, float %842, float %191
	%950 = fcmp oeq float %949, 0xFFF0000000000000
	%951 = select i1 %950, float 0.0, float %949
	%952 = fneg float %951
	%953 = call float @llvm.fma.f32(float %790, float 0x3FC7154760000000, float %952)
	%954 = call float @llvm.nvvm.ex2.approx.ftz.f(float %953)
	%955 = call float @llvm.fma.f32(float %791, float 0x3FC7154760000000, float %952)
	%956 = call float @llvm.nvvm.ex2.approx.ftz.f(float %955)
	%957 = call float @llvm.fma.f32(float %794, float 0x3FC7154760000000, float %952)
	%958 = call float @llvm.nvvm.ex2.approx.ftz.f(float %957)
	%959 = call float @llvm.fma.f32(float %795, float 0x3FC7154760000000, float %952)
	%960 = call float @llvm.nvvm.ex2.approx.ftz.f(float %959)
	%961 = call float @llvm.fma.f32(float %798, float 0x3FC7154760000000, float %952)
	%962 = call float @llvm.nvvm.ex2.approx.ftz.f(float %961)
	%963 = call float @llvm.fma.f32(float %799, float 0x3FC7154760000000, float %952)
	%964 = call float @llvm.nvvm.ex2.approx.ftz.f(float %963)
	%965 = call float @llvm.fma.f32(float %802, float 0x3FC7154760000000, float %952)
	%966 = call float @llvm.nvvm.ex2.approx.ftz.f(float %965)
	%967 = call float @llvm.fma.f32(float %803, float 0x3FC7154760000000, float %952)
	%968 = call float @llvm.nvvm.ex2.approx.ftz.f(float %967)
	%969 = call float @llvm.fma.f32(float %806, float 0x3FC7154760000000, float %952)
	%970 = call float @llvm.nvvm.ex2.approx.ftz.f(float %969)
	%971 = call float @llvm.fma.f32(float %807, float 0x3FC7154760000000, float %952)
	%972 = call float @llvm.nvvm.ex2.approx.ftz.f(float %971)
	%973 = call float @llvm.fma.f32(float %810, float 0x3FC7154760000000, float %952)
	%974 = call float @llvm.nvvm.ex2.approx.ftz.f(float %973)
	%975 = call float @llvm.fma.f32(float %811, float 0x3FC7154760000000, float %952)
	%976 = call float @llvm.nvvm.ex2.approx.ftz.f(float %975)
	%977 = call float @llvm.fma.f32(float %814, float 0x3FC7154760000000, float %952)
	%978 = call float @llvm.nvvm.ex2.approx.ftz.f(float %977)
	%979 = call float @llvm.fma.f32(float %815, float 0x3FC7154760000000, float %952)
	%980 = call float @llvm.nvvm.ex2.approx.ftz.f(float %979)
	%981 = call float @llvm.fma.f32(float %818, float 0x3FC7154760000000, float %952)
	%982 = call float @llvm.nvvm.ex2.approx.ftz.f(float %981)
	%983 = call float @llvm.fma.f32(float %819, float 0x3FC7154760000000, float %952)
	%984 = call float @llvm.nvvm.ex2.approx.ftz.f(float %983)
	%985 = fadd float %954, %956
	%986 = fadd float %958, %960
	%987 = fadd float %962, %964
	%988 = fadd float %966, %968
	%989 = fadd float %970, %972
	%990 = fadd float %974, %976
	%991 = fadd float %978, %980
	%992 = fadd float %982, %984
	%993 = fadd float %985, %986
	%994 = fadd float %987, %988
	%995 = fadd float %989, %990
	%996 = fadd float %991, %992
	%997 = fadd float %993, %994
	%998 = fadd float %995, %996
	%999 = fadd float %997, %998
	%1000 = fadd float %947, %999
	%1001 = select i1 %870, float %866, float %193
	%1002 = fcmp oeq float %1001, 0xFFF0000000000000
	%1003 = select i1 %1002, float 0.0, float %1001
	%1004 = fneg float %1003
	%1005 = call float @llvm.fma.f32(float %792, float 0x3FC7154760000000, float %1004)
	%1006 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1005)
	%1007 = call float @llvm.fma.f32(float %793, float 0x3FC7154760000000, float %1004)
	%1008 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1007)
	%1009 = call float @llvm.fma.f32(float %796, float 0x3FC7154760000000, float %1004)
	%1010 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1009)
	%1011 = call float @llvm.fma.f32(float %797, float 0x3FC7154760000000, float %1004)
	%1012 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1011)
	%1013 = call float @llvm.fma.f32(float %800, float 0x3FC7154760000000, float %1004)
	%1014 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1013)
	%1015 = call float @llvm.fma.f32(float %801, float 0x3FC7154760000000, float %1004)
	%1016 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1015)
	%1017 = call float @llvm.fma.f32(float %804, float 0x3FC7154760000000, float %1004)
	%1018 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1017)
	%1019 = call float @llvm.fma.f32(float %805, float 0x3FC7154760000000, float %1004)
	%1020 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1019)
	%1021 = call float @llvm.fma.f32(float %808, float 0x3FC7154760000000, float %1004)
	%1022 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1021)
	%1023 = call float @llvm.fma.f32(float %809, float 0x3FC7154760000000, float %1004)
	%1024 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1023)
	%1025 = call float @llvm.fma.f32(float %812, float 0x3FC7154760000000, float %1004)
	%1026 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1025)
	%1027 = call float @llvm.fma.f32(float %813, float 0x3FC7154760000000, float %1004)
	%1028 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1027)
	%1029 = call float @llvm.fma.f32(float %816, float 0x3FC7154760000000, float %1004)
	%1030 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1029)
	%1031 = call float @llvm.fma.f32(float %817, float 0x3FC7154760000000, float %1004)
	%1032 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1031)
	%1033 = call float @llvm.fma.f32(float %820, float 0x3FC7154760000000, float %1004)
	%1034 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1033)
	%1035 = call float @llvm.fma.f32(float %821, float 0x3FC7154760000000, float %1004)
	%1036 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1035)
	%1037 = fadd float %1006, %1008
	%1038 = fadd float %1010, %1012
	%1039 = fadd float %1014, %1016
	%1040 = fadd float %1018, %1020
	%1041 = fadd float %1022, %1024
	%1042 = fadd float %1026, %1028
	%1043 = fadd float %1030, %1032
	%1044 = fadd float %1034, %1036
	%1045 = fadd float %1037, %1038
	%1046 = fadd float %1039, %1040
	%1047 = fadd float %1041, %1042
	%1048 = fadd float %1043, %1044
	%1049 = fadd float %1045, %1046
	%1050 = fadd float %1047, %1048
	%1051 = fadd float %1049, %1050
	%1052 = fadd float %948, %1051
	call void asm sideeffect "cp.async.wait_group 1;", ""()
	call void @llvm.nvvm.barrier0()
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
	%1064 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %956, float %954)
	%1065 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1008, float %1006)
	%1066 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %960, float %958)
	%1067 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1012, float %1010)
	%1068 = xor i32 %1063, 0
	%1069 = add i32 %1068, 0
	%1070 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1069)
	%1071 = extractvalue { i32, i32, i32, i32 } %1070, 0
	%1072 = extractvalue { i32, i32, i32, i32 } %1070, 1
	%1073 = extractvalue { i32, i32, i32, i32 } %1070, 2
	%1074 = extractvalue { i32, i32, i32, i32 } %1070, 3
	%1075 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1071, i32 %1072, float %915, float %916, float %917, float %918)
	%1076 = extractvalue { float, float, float, float } %1075, 0
	%1077 = extractvalue { float, float, float, float } %1075, 1
	%1078 = extractvalue { float, float, float, float } %1075, 2
	%1079 = extractvalue { float, float, float, float } %1075, 3
	%1080 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1073, i32 %1074, float %919, float %920, float %921, float %922)
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
	%1092 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1088, i32 %1089, float %923, float %924, float %925, float %926)
	%1093 = extractvalue { float, float, float, float } %1092, 0
	%1094 = extractvalue { float, float, float, float } %1092, 1
	%1095 = extractvalue { float, float, float, float } %1092, 2
	%1096 = extractvalue { float, float, float, float } %1092, 3
	%1097 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1090, i32 %1091, float %927, float %928, float %929, float %930)
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
	%1109 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1105, i32 %1106, float %931, float %932, float %933, float %934)
	%1110 = extractvalue { float, float, float, float } %1109, 0
	%1111 = extractvalue { float, float, float, float } %1109, 1
	%1112 = extractvalue { float, float, float, float } %1109, 2
	%1113 = extractvalue { float, float, float, float } %1109, 3
	%1114 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1107, i32 %1108, float %935, float %936, float %937, float %938)
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
	%1126 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1122, i32 %1123, float %939, float %940, float %941, float %942)
	%1127 = extractvalue { float, float, float, float } %1126, 0
	%1128 = extractvalue { float, float, float, float } %1126, 1
	%1129 = extractvalue { float, float, float, float } %1126, 2
	%1130 = extractvalue { float, float, float, float } %1126, 3
	%1131 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1064, i32 %1065, i32 %1066, i32 %1067, i32 %1124, i32 %1125, float %943, float %944, float %945, float %946)
	%1132 = extractvalue { float, float, float, float } %1131, 0
	%1133 = extractvalue { float, float, float, float } %1131, 1
	%1134 = extractvalue { float, float, float, float } %1131, 2
	%1135 = extractvalue { float, float, float, float } %1131, 3
	%1136 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %964, float %962)
	%1137 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1016, float %1014)
	%1138 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %968, float %966)
	%1139 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1020, float %1018)
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
	%1208 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %972, float %970)
	%1209 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1024, float %1022)
	%1210 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %976, float %974)
	%1211 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1028, float %1026)
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
	%1280 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %980, float %978)
	%1281 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1032, float %1030)
	%1282 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %984, float %982)
	%1283 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1036, float %1034)
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
	br i1 %242, label %loop, label %epilogue

store0:
	%1352 = mul i32 %10, %M
	%1353 = add i32 %1352, %559
	%1354 = mul i32 %1353, 64
	%1355 = shl i32 %6, 1
	%1356 = add i32 0, %1355
	%1357 = add i32 %1354, %1356
	%1358 = sext i32 %1357 to i64
	%1359 = getelementptr float, float* %out, i64 %1358
	store float %560, float* %1359
	%1360 = getelementptr float, float* %1359, i32 1
	store float %561, float* %1360
	%1361 = shl i32 %6, 1
	%1362 = add i32 8, %1361
	%1363 = add i32 %1354, %1362
	%1364 = sext i32 %1363 to i64
	%1365 = getelementptr float, float* %out, i64 %1364
	store float %562, float* %1365
	%1366 = getelementptr float, float* %1365, i32 1
	store float %563, float* %1366
	%1367 = shl i32 %6, 1
	%1368 = add i32 16, %1367
	%1369 = add i32 %1354, %1368
	%1370 = sext i32 %1369 to i64
	%1371 = getelementptr float, float* %out, i64 %1370
	store float %564, float* %1371
	%1372 = getelementptr float, float* %1371, i32 1
	store float %565, float* %1372
	%1373 = shl i32 %6, 1
	%1374 = add i32 24, %1373
	%1375 = add i32 %1354, %1374
	%1376 = sext i32 %1375 to i64
	%1377 = getelementptr float, float* %out, i64 %1376
	store float %566, float* %1377
	%1378 = getelementptr float, float* %1377, i32 1
	store float %567, float* %1378
	%1379 = shl i32 %6, 1
	%1380 = add i32 32, %1379
	%1381 = add i32 %1354, %1380
	%1382 = sext i32 %1381 to i64
	%1383 = getelementptr float, float* %out, i64 %1382
	store float %568, float* %1383
	%1384 = getelementptr float, float* %1383, i32 1
	store float %569, float* %1384
	%1385 = shl i32 %6, 1
	%1386 = add i32 40, %1385
	%1387 = add i32 %1354, %1386
	%1388 = sext i32 %1387 to i64
	%1389 = getelementptr float, float* %out, i64 %1388
	store float %570, float* %1389
	%1390 = getelementptr float, float* %1389, i32 1
	store float %571, float* %1390
	%1391 = shl i32 %6, 1
	%1392 = add i32 48, %1391
	%1393 = add i32 %1354, %1392
	%1394 = sext i32 %1393 to i64
	%1395 = getelementptr float, float* %out, i64 %1394
	store float %572, float* %1395
	%1396 = getelementptr float, float* %1395, i32 1
	store float %573, float* %1396
	%1397 = shl i32 %6, 1
	%1398 = add i32 56, %1397
	%1399 = add i32 %1354, %1398
	%1400 = sext i32 %1399 to i64
	%1401 = getelementptr float, float* %out, i64 %1400
	store float %574, float* %1401
	%1402 = getelementptr float, float* %1401, i32 1
	store float %575, float* %1402
	br label %stored0

stored0:
	%1403 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %515, i32 1, i32 31)
	%1404 = fadd float %515, %1403
	%1405 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1404, i32 2, i32 31)
	%1406 = fadd float %1404, %1405
	%1407 = fcmp ogt float %1406, 0.0
	%1408 = fdiv float 1.0, %1406
	%1409 = select i1 %1407, float %1408, float 0.0
	%1410 = mul i32 %3, 16
	%1411 = add i32 %12, %1410
	%1412 = add i32 %5, 8
	%1413 = add i32 %1411, %1412
	%1414 = fmul float %519, %1409
	%1415 = fmul float %520, %1409
	%1416 = fmul float %523, %1409
	%1417 = fmul float %524, %1409
	%1418 = fmul float %527, %1409
	%1419 = fmul float %528, %1409
	%1420 = fmul float %531, %1409
	%1421 = fmul float %532, %1409
	%1422 = fmul float %535, %1409
	%1423 = fmul float %536, %1409
	%1424 = fmul float %539, %1409
	%1425 = fmul float %540, %1409
	%1426 = fmul float %543, %1409
	%1427 = fmul float %544, %1409
	%1428 = fmul float %547, %1409
	%1429 = fmul float %548, %1409
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
