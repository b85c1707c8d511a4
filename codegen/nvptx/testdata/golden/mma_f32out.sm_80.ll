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
	%95 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %94)
	%96 = extractvalue { i32, i32, i32, i32 } %95, 0
	%97 = extractvalue { i32, i32, i32, i32 } %95, 1
	%98 = extractvalue { i32, i32, i32, i32 } %95, 2
	%99 = extractvalue { i32, i32, i32, i32 } %95, 3
	%100 = xor i32 %93, 32
	%101 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %100)
	%102 = extractvalue { i32, i32, i32, i32 } %101, 0
	%103 = extractvalue { i32, i32, i32, i32 } %101, 1
	%104 = extractvalue { i32, i32, i32, i32 } %101, 2
	%105 = extractvalue { i32, i32, i32, i32 } %101, 3
	%106 = xor i32 %93, 64
	%107 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %106)
	%108 = extractvalue { i32, i32, i32, i32 } %107, 0
	%109 = extractvalue { i32, i32, i32, i32 } %107, 1
	%110 = extractvalue { i32, i32, i32, i32 } %107, 2
	%111 = extractvalue { i32, i32, i32, i32 } %107, 3
	%112 = xor i32 %93, 96
	%113 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %112)
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
	%157 = phi i32 [ 0, %prologue ], [ %924, %pv ]
	%158 = phi i32 [ %37, %prologue ], [ %931, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %1243, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1244, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1245, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1246, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1248, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1249, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1250, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1251, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1260, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1261, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1262, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1263, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1265, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1266, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1267, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1268, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1277, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1278, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1279, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1280, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1282, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1283, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1284, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1285, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1294, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1295, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1296, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1297, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1299, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1300, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1301, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1302, %pv ]
	%191 = phi float [ 0xFFF0000000000000, %prologue ], [ %794, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %848, %pv ]
	%193 = phi float [ 0xFFF0000000000000, %prologue ], [ %869, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %923, %pv ]
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
	%247 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %246)
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
	%263 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %262)
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
	%279 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %278)
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
	%295 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %294)
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
	%312 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %311)
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
	%328 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %327)
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
	%344 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %343)
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
	%360 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %359)
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
	%377 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %376)
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
	%393 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %392)
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
	%409 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %408)
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
	%425 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %424)
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
	%442 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %441)
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
	%458 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %457)
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
	%474 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %473)
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
	%490 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %489)
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
	%519 = phi float [ 0.0, %entry ], [ %848, %pv ]
	%520 = phi float [ 0.0, %entry ], [ %923, %pv ]
	%521 = phi i32 [ 0, %entry ], [ %924, %pv ]
	%522 = phi float [ 0.0, %entry ], [ %1243, %pv ]
	%523 = phi float [ 0.0, %entry ], [ %1244, %pv ]
	%524 = phi float [ 0.0, %entry ], [ %1245, %pv ]
	%525 = phi float [ 0.0, %entry ], [ %1246, %pv ]
	%526 = phi float [ 0.0, %entry ], [ %1248, %pv ]
	%527 = phi float [ 0.0, %entry ], [ %1249, %pv ]
	%528 = phi float [ 0.0, %entry ], [ %1250, %pv ]
	%529 = phi float [ 0.0, %entry ], [ %1251, %pv ]
	%530 = phi float [ 0.0, %entry ], [ %1260, %pv ]
	%531 = phi float [ 0.0, %entry ], [ %1261, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1262, %pv ]
	%533 = phi float [ 0.0, %entry ], [ %1263, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1265, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1266, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1267, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1268, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1277, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1278, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1279, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1280, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1282, %pv ]
	%543 = phi float [ 0.0, %entry ], [ %1283, %pv ]
	%544 = phi float [ 0.0, %entry ], [ %1284, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1285, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1294, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %1295, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1296, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1297, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1299, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1300, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1301, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1302, %pv ]
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
	%795 = fcmp oeq float %794, 0xFFF0000000000000
	%796 = select i1 %795, float 0.0, float %794
	%797 = fsub float %191, %796
	%798 = call float @llvm.nvvm.ex2.approx.ftz.f(float %797)
	%799 = fneg float %796
	%800 = call float @llvm.fma.f32(float %742, float 0x3FC7154760000000, float %799)
	%801 = call float @llvm.nvvm.ex2.approx.ftz.f(float %800)
	%802 = call float @llvm.fma.f32(float %743, float 0x3FC7154760000000, float %799)
	%803 = call float @llvm.nvvm.ex2.approx.ftz.f(float %802)
	%804 = call float @llvm.fma.f32(float %746, float 0x3FC7154760000000, float %799)
	%805 = call float @llvm.nvvm.ex2.approx.ftz.f(float %804)
	%806 = call float @llvm.fma.f32(float %747, float 0x3FC7154760000000, float %799)
	%807 = call float @llvm.nvvm.ex2.approx.ftz.f(float %806)
	%808 = call float @llvm.fma.f32(float %750, float 0x3FC7154760000000, float %799)
	%809 = call float @llvm.nvvm.ex2.approx.ftz.f(float %808)
	%810 = call float @llvm.fma.f32(float %751, float 0x3FC7154760000000, float %799)
	%811 = call float @llvm.nvvm.ex2.approx.ftz.f(float %810)
	%812 = call float @llvm.fma.f32(float %754, float 0x3FC7154760000000, float %799)
	%813 = call float @llvm.nvvm.ex2.approx.ftz.f(float %812)
	%814 = call float @llvm.fma.f32(float %755, float 0x3FC7154760000000, float %799)
	%815 = call float @llvm.nvvm.ex2.approx.ftz.f(float %814)
	%816 = call float @llvm.fma.f32(float %758, float 0x3FC7154760000000, float %799)
	%817 = call float @llvm.nvvm.ex2.approx.ftz.f(float %816)
	%818 = call float @llvm.fma.f32(float %759, float 0x3FC7154760000000, float %799)
	%819 = call float @llvm.nvvm.ex2.approx.ftz.f(float %818)
	%820 = call float @llvm.fma.f32(float %762, float 0x3FC7154760000000, float %799)
	%821 = call float @llvm.nvvm.ex2.approx.ftz.f(float %820)
	%822 = call float @llvm.fma.f32(float %763, float 0x3FC7154760000000, float %799)
	%823 = call float @llvm.nvvm.ex2.approx.ftz.f(float %822)
	%824 = call float @llvm.fma.f32(float %766, float 0x3FC7154760000000, float %799)
	%825 = call float @llvm.nvvm.ex2.approx.ftz.f(float %824)
	%826 = call float @llvm.fma.f32(float %767, float 0x3FC7154760000000, float %799)
	%827 = call float @llvm.nvvm.ex2.approx.ftz.f(float %826)
	%828 = call float @llvm.fma.f32(float %770, float 0x3FC7154760000000, float %799)
	%829 = call float @llvm.nvvm.ex2.approx.ftz.f(float %828)
	%830 = call float @llvm.fma.f32(float %771, float 0x3FC7154760000000, float %799)
	%831 = call float @llvm.nvvm.ex2.approx.ftz.f(float %830)
	%832 = fadd float %801, %803
	%833 = fadd float %805, %807
	%834 = fadd float %809, %811
	%835 = fadd float %813, %815
	%836 = fadd float %817, %819
	%837 = fadd float %821, %823
	%838 = fadd float %825, %827
	%839 = fadd float %829, %831
	%840 = fadd float %832, %833
	%841 = fadd float %834, %835
	%842 = fadd float %836, %837
	%843 = fadd float %838, %839
	%844 = fadd float %840, %841
	%845 = fadd float %842, %843
	%846 = fadd float %844, %845
	%847 = fmul float %192, %798
	%848 = fadd float %847, %846
	%849 = call float @llvm.nvvm.fmax.f(float %744, float %745)
	%850 = call float @llvm.nvvm.fmax.f(float %748, float %749)
	%851 = call float @llvm.nvvm.fmax.f(float %752, float %753)
	%852 = call float @llvm.nvvm.fmax.f(float %756, float %757)
	%853 = call float @llvm.nvvm.fmax.f(float %760, float %761)
	%854 = call float @llvm.nvvm.fmax.f(float %764, float %765)
	%855 = call float @llvm.nvvm.fmax.f(float %768, float %769)
	%856 = call float @llvm.nvvm.fmax.f(float %772, float %773)
	%857 = call float @llvm.nvvm.fmax.f(float %849, float %850)
	%858 = call float @llvm.nvvm.fmax.f(float %851, float %852)
	%859 = call float @llvm.nvvm.fmax.f(float %853, float %854)
	%860 = call float @llvm.nvvm.fmax.f(float %855, float %856)
	%861 = call float @llvm.nvvm.fmax.f(float %857, float %858)
	%862 = call float @llvm.nvvm.fmax.f(float %859, float %860)
	%863 = call float @llvm.nvvm.fmax.f(float %861, float %862)
	%864 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %863, i32 1, i32 31)
	%865 = call float @llvm.nvvm.fmax.f(float %863, float %864)
	%866 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %865, i32 2, i32 31)
	%867 = call float @llvm.nvvm.fmax.f(float %865, float %866)
	%868 = fmul float %867, 0x3FC7154760000000
	%869 = call float @llvm.nvvm.fmax.f(float %193, float %868)
	%870 = fcmp oeq float %869, 0xFFF0000000000000
	%871 = select i1 %870, float 0.0, float %869
	%872 = fsub float %193, %871
	%873 = call float @llvm.nvvm.ex2.approx.ftz.f(float %872)
	%874 = fneg float %871
	%875 = call float @llvm.fma.f32(float %744, float 0x3FC7154760000000, float %874)
	%876 = call float @llvm.nvvm.ex2.approx.ftz.f(float %875)
	%877 = call float @llvm.fma.f32(float %745, float 0x3FC7154760000000, float %874)
	%878 = call float @llvm.nvvm.ex2.approx.ftz.f(float %877)
	%879 = call float @llvm.fma.f32(float %748, float 0x3FC7154760000000, float %874)
	%880 = call float @llvm.nvvm.ex2.approx.ftz.f(float %879)
	%881 = call float @llvm.fma.f32(float %749, float 0x3FC7154760000000, float %874)
	%882 = call float @llvm.nvvm.ex2.approx.ftz.f(float %881)
	%883 = call float @llvm.fma.f32(float %752, float 0x3FC7154760000000, float %874)
	%884 = call float @llvm.nvvm.ex2.approx.ftz.f(float %883)
	%885 = call float @llvm.fma.f32(float %753, float 0x3FC7154760000000, float %874)
	%886 = call float @llvm.nvvm.ex2.approx.ftz.f(float %885)
	%887 = call float @llvm.fma.f32(float %756, float 0x3FC7154760000000, float %874)
	%888 = call float @llvm.nvvm.ex2.approx.ftz.f(float %887)
	%889 = call float @llvm.fma.f32(float %757, float 0x3FC7154760000000, float %874)
	%890 = call float @llvm.nvvm.ex2.approx.ftz.f(float %889)
	%891 = call float @llvm.fma.f32(float %760, float 0x3FC7154760000000, float %874)
	%892 = call float @llvm.nvvm.ex2.approx.ftz.f(float %891)
	%893 = call float @llvm.fma.f32(float %761, float 0x3FC7154760000000, float %874)
	%894 = call float @llvm.nvvm.ex2.approx.ftz.f(float %893)
	%895 = call float @llvm.fma.f32(float %764, float 0x3FC7154760000000, float %874)
	%896 = call float @llvm.nvvm.ex2.approx.ftz.f(float %895)
	%897 = call float @llvm.fma.f32(float %765, float 0x3FC7154760000000, float %874)
	%898 = call float @llvm.nvvm.ex2.approx.ftz.f(float %897)
	%899 = call float @llvm.fma.f32(float %768, float 0x3FC7154760000000, float %874)
	%900 = call float @llvm.nvvm.ex2.approx.ftz.f(float %899)
	%901 = call float @llvm.fma.f32(float %769, float 0x3FC7154760000000, float %874)
	%902 = call float @llvm.nvvm.ex2.approx.ftz.f(float %901)
	%903 = call float @llvm.fma.f32(float %772, float 0x3FC7154760000000, float %874)
	%904 = call float @llvm.nvvm.ex2.approx.ftz.f(float %903)
	%905 = call float @llvm.fma.f32(float %773, float 0x3FC7154760000000, float %874)
	%906 = call float @llvm.nvvm.ex2.approx.ftz.f(float %905)
	%907 = fadd float %876, %878
	%908 = fadd float %880, %882
	%909 = fadd float %884, %886
	%910 = fadd float %888, %890
	%911 = fadd float %892, %894
	%912 = fadd float %896, %898
	%913 = fadd float %900, %902
	%914 = fadd float %904, %906
	%915 = fadd float %907, %908
	%916 = fadd float %909, %910
	%917 = fadd float %911, %912
	%918 = fadd float %913, %914
	%919 = fadd float %915, %916
	%920 = fadd float %917, %918
	%921 = fadd float %919, %920
	%922 = fmul float %194, %873
	%923 = fadd float %922, %921
	%924 = add i32 %157, 1
	%925 = icmp slt i32 %924, %NK
	%926 = select i1 %925, i32 %924, i32 0
	%927 = add i32 %29, %926
	%928 = sext i32 %927 to i64
	%929 = getelementptr i32, i32* %list, i64 %928
	%930 = load i32, i32* %929
	%931 = select i1 %925, i32 %930, i32 -1
	%932 = icmp sge i32 %931, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %932, label %prefetch, label %pv

prefetch:
	%933 = mul i32 %931, 64
	%934 = lshr i32 %2, 3
	%935 = and i32 %2, 7
	%936 = and i32 %934, 7
	%937 = xor i32 %935, %936
	%938 = mul i32 %934, 8
	%939 = add i32 %938, %937
	%940 = shl i32 %939, 4
	%941 = add i32 %0, %940
	%942 = add i32 %933, %934
	%943 = mul i32 %942, 64
	%944 = mul i32 %935, 8
	%945 = add i32 %943, %944
	%946 = sext i32 %945 to i64
	%947 = getelementptr i16, i16* %20, i64 %946
	%948 = add i32 %942, 0
	%949 = icmp slt i32 %948, %N
	%950 = getelementptr i16, i16* %947, i64 0
	%951 = select i1 %949, i16* %950, i16* %20
	%952 = add i32 %941, 0
	%953 = select i1 %949, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %952, i16* %951, i32 %953)
	%954 = add i32 %942, 16
	%955 = icmp slt i32 %954, %N
	%956 = getelementptr i16, i16* %947, i64 1024
	%957 = select i1 %955, i16* %956, i16* %20
	%958 = add i32 %941, 2048
	%959 = select i1 %955, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %958, i16* %957, i32 %959)
	%960 = add i32 %942, 32
	%961 = icmp slt i32 %960, %N
	%962 = getelementptr i16, i16* %947, i64 2048
	%963 = select i1 %961, i16* %962, i16* %20
	%964 = add i32 %941, u0x1000
	%965 = select i1 %961, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %964, i16* %963, i32 %965)
	%966 = add i32 %942, 48
	%967 = icmp slt i32 %966, %N
	%968 = getelementptr i16, i16* %947, i64 3072
	%969 = select i1 %967, i16* %968, i16* %20
	%970 = add i32 %941, 6144
	%971 = select i1 %967, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %970, i16* %969, i32 %971)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%972 = fmul float %159, %798
	%973 = fmul float %160, %798
	%974 = fmul float %161, %873
	%975 = fmul float %162, %873
	%976 = fmul float %163, %798
	%977 = fmul float %164, %798
	%978 = fmul float %165, %873
	%979 = fmul float %166, %873
	%980 = fmul float %167, %798
	%981 = fmul float %168, %798
	%982 = fmul float %169, %873
	%983 = fmul float %170, %873
	%984 = fmul float %171, %798
	%985 = fmul float %172, %798
	%986 = fmul float %173, %873
	%987 = fmul float %174, %873
	%988 = fmul float %175, %798
	%989 = fmul float %176, %798
	%990 = fmul float %177, %873
	%991 = fmul float %178, %873
	%992 = fmul float %179, %798
	%993 = fmul float %180, %798
	%994 = fmul float %181, %873
	%995 = fmul float %182, %873
	%996 = fmul float %183, %798
	%997 = fmul float %184, %798
	%998 = fmul float %185, %873
	%999 = fmul float %186, %873
	%1000 = fmul float %187, %798
	%1001 = fmul float %188, %798
	%1002 = fmul float %189, %873
	%1003 = fmul float %190, %873
	%1004 = and i32 %4, 7
	%1005 = lshr i32 %4, 3
	%1006 = and i32 %1005, 1
	%1007 = shl i32 %1006, 3
	%1008 = add i32 %1004, %1007
	%1009 = mul i32 %1008, 128
	%1010 = add i32 %1, %1009
	%1011 = and i32 %4, 7
	%1012 = xor i32 %84, %1011
	%1013 = shl i32 %1012, 4
	%1014 = add i32 %1010, %1013
	%1015 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %803, float %801)
	%1016 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %878, float %876)
	%1017 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %807, float %805)
	%1018 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %882, float %880)
	%1019 = xor i32 %1014, 0
	%1020 = add i32 %1019, 0
	%1021 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1020)
	%1022 = extractvalue { i32, i32, i32, i32 } %1021, 0
	%1023 = extractvalue { i32, i32, i32, i32 } %1021, 1
	%1024 = extractvalue { i32, i32, i32, i32 } %1021, 2
	%1025 = extractvalue { i32, i32, i32, i32 } %1021, 3
	%1026 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1015, i32 %1016, i32 %1017, i32 %1018, i32 %1022, i32 %1023, float %972, float %973, float %974, float %975)
	%1027 = extractvalue { float, float, float, float } %1026, 0
	%1028 = extractvalue { float, float, float, float } %1026, 1
	%1029 = extractvalue { float, float, float, float } %1026, 2
	%1030 = extractvalue { float, float, float, float } %1026, 3
	%1031 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1015, i32 %1016, i32 %1017, i32 %1018, i32 %1024, i32 %1025, float %976, float %977, float %978, float %979)
	%1032 = extractvalue { float, float, float, float } %1031, 0
	%1033 = extractvalue { float, float, float, float } %1031, 1
	%1034 = extractvalue { float, float, float, float } %1031, 2
	%1035 = extractvalue { float, float, float, float } %1031, 3
	%1036 = xor i32 %1014, 32
	%1037 = add i32 %1036, 0
	%1038 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1037)
	%1039 = extractvalue { i32, i32, i32, i32 } %1038, 0
	%1040 = extractvalue { i32, i32, i32, i32 } %1038, 1
	%1041 = extractvalue { i32, i32, i32, i32 } %1038, 2
	%1042 = extractvalue { i32, i32, i32, i32 } %1038, 3
	%1043 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1015, i32 %1016, i32 %1017, i32 %1018, i32 %1039, i32 %1040, float %980, float %981, float %982, float %983)
	%1044 = extractvalue { float, float, float, float } %1043, 0
	%1045 = extractvalue { float, float, float, float } %1043, 1
	%1046 = extractvalue { float, float, float, float } %1043, 2
	%1047 = extractvalue { float, float, float, float } %1043, 3
	%1048 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1015, i32 %1016, i32 %1017, i32 %1018, i32 %1041, i32 %1042, float %984, float %985, float %986, float %987)
	%1049 = extractvalue { float, float, float, float } %1048, 0
	%1050 = extractvalue { float, float, float, float } %1048, 1
	%1051 = extractvalue { float, float, float, float } %1048, 2
	%1052 = extractvalue { float, float, float, float } %1048, 3
	%1053 = xor i32 %1014, 64
	%1054 = add i32 %1053, 0
	%1055 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1054)
	%1056 = extractvalue { i32, i32, i32, i32 } %1055, 0
	%1057 = extractvalue { i32, i32, i32, i32 } %1055, 1
	%1058 = extractvalue { i32, i32, i32, i32 } %1055, 2
	%1059 = extractvalue { i32, i32, i32, i32 } %1055, 3
	%1060 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1015, i32 %1016, i32 %1017, i32 %1018, i32 %1056, i32 %1057, float %988, float %989, float %990, float %991)
	%1061 = extractvalue { float, float, float, float } %1060, 0
	%1062 = extractvalue { float, float, float, float } %1060, 1
	%1063 = extractvalue { float, float, float, float } %1060, 2
	%1064 = extractvalue { float, float, float, float } %1060, 3
	%1065 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1015, i32 %1016, i32 %1017, i32 %1018, i32 %1058, i32 %1059, float %992, float %993, float %994, float %995)
	%1066 = extractvalue { float, float, float, float } %1065, 0
	%1067 = extractvalue { float, float, float, float } %1065, 1
	%1068 = extractvalue { float, float, float, float } %1065, 2
	%1069 = extractvalue { float, float, float, float } %1065, 3
	%1070 = xor i32 %1014, 96
	%1071 = add i32 %1070, 0
	%1072 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1071)
	%1073 = extractvalue { i32, i32, i32, i32 } %1072, 0
	%1074 = extractvalue { i32, i32, i32, i32 } %1072, 1
	%1075 = extractvalue { i32, i32, i32, i32 } %1072, 2
	%1076 = extractvalue { i32, i32, i32, i32 } %1072, 3
	%1077 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1015, i32 %1016, i32 %1017, i32 %1018, i32 %1073, i32 %1074, float %996, float %997, float %998, float %999)
	%1078 = extractvalue { float, float, float, float } %1077, 0
	%1079 = extractvalue { float, float, float, float } %1077, 1
	%1080 = extractvalue { float, float, float, float } %1077, 2
	%1081 = extractvalue { float, float, float, float } %1077, 3
	%1082 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1015, i32 %1016, i32 %1017, i32 %1018, i32 %1075, i32 %1076, float %1000, float %1001, float %1002, float %1003)
	%1083 = extractvalue { float, float, float, float } %1082, 0
	%1084 = extractvalue { float, float, float, float } %1082, 1
	%1085 = extractvalue { float, float, float, float } %1082, 2
	%1086 = extractvalue { float, float, float, float } %1082, 3
	%1087 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %811, float %809)
	%1088 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %886, float %884)
	%1089 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %815, float %813)
	%1090 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %890, float %888)
	%1091 = xor i32 %1014, 0
	%1092 = add i32 %1091, 2048
	%1093 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1092)
	%1094 = extractvalue { i32, i32, i32, i32 } %1093, 0
	%1095 = extractvalue { i32, i32, i32, i32 } %1093, 1
	%1096 = extractvalue { i32, i32, i32, i32 } %1093, 2
	%1097 = extractvalue { i32, i32, i32, i32 } %1093, 3
	%1098 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1087, i32 %1088, i32 %1089, i32 %1090, i32 %1094, i32 %1095, float %1027, float %1028, float %1029, float %1030)
	%1099 = extractvalue { float, float, float, float } %1098, 0
	%1100 = extractvalue { float, float, float, float } %1098, 1
	%1101 = extractvalue { float, float, float, float } %1098, 2
	%1102 = extractvalue { float, float, float, float } %1098, 3
	%1103 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1087, i32 %1088, i32 %1089, i32 %1090, i32 %1096, i32 %1097, float %1032, float %1033, float %1034, float %1035)
	%1104 = extractvalue { float, float, float, float } %1103, 0
	%1105 = extractvalue { float, float, float, float } %1103, 1
	%1106 = extractvalue { float, float, float, float } %1103, 2
	%1107 = extractvalue { float, float, float, float } %1103, 3
	%1108 = xor i32 %1014, 32
	%1109 = add i32 %1108, 2048
	%1110 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1109)
	%1111 = extractvalue { i32, i32, i32, i32 } %1110, 0
	%1112 = extractvalue { i32, i32, i32, i32 } %1110, 1
	%1113 = extractvalue { i32, i32, i32, i32 } %1110, 2
	%1114 = extractvalue { i32, i32, i32, i32 } %1110, 3
	%1115 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1087, i32 %1088, i32 %1089, i32 %1090, i32 %1111, i32 %1112, float %1044, float %1045, float %1046, float %1047)
	%1116 = extractvalue { float, float, float, float } %1115, 0
	%1117 = extractvalue { float, float, float, float } %1115, 1
	%1118 = extractvalue { float, float, float, float } %1115, 2
	%1119 = extractvalue { float, float, float, float } %1115, 3
	%1120 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1087, i32 %1088, i32 %1089, i32 %1090, i32 %1113, i32 %1114, float %1049, float %1050, float %1051, float %1052)
	%1121 = extractvalue { float, float, float, float } %1120, 0
	%1122 = extractvalue { float, float, float, float } %1120, 1
	%1123 = extractvalue { float, float, float, float } %1120, 2
	%1124 = extractvalue { float, float, float, float } %1120, 3
	%1125 = xor i32 %1014, 64
	%1126 = add i32 %1125, 2048
	%1127 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1126)
	%1128 = extractvalue { i32, i32, i32, i32 } %1127, 0
	%1129 = extractvalue { i32, i32, i32, i32 } %1127, 1
	%1130 = extractvalue { i32, i32, i32, i32 } %1127, 2
	%1131 = extractvalue { i32, i32, i32, i32 } %1127, 3
	%1132 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1087, i32 %1088, i32 %1089, i32 %1090, i32 %1128, i32 %1129, float %1061, float %1062, float %1063, float %1064)
	%1133 = extractvalue { float, float, float, float } %1132, 0
	%1134 = extractvalue { float, float, float, float } %1132, 1
	%1135 = extractvalue { float, float, float, float } %1132, 2
	%1136 = extractvalue { float, float, float, float } %1132, 3
	%1137 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1087, i32 %1088, i32 %1089, i32 %1090, i32 %1130, i32 %1131, float %1066, float %1067, float %1068, float %1069)
	%1138 = extractvalue { float, float, float, float } %1137, 0
	%1139 = extractvalue { float, float, float, float } %1137, 1
	%1140 = extractvalue { float, float, float, float } %1137, 2
	%1141 = extractvalue { float, float, float, float } %1137, 3
	%1142 = xor i32 %1014, 96
	%1143 = add i32 %1142, 2048
	%1144 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1143)
	%1145 = extractvalue { i32, i32, i32, i32 } %1144, 0
	%1146 = extractvalue { i32, i32, i32, i32 } %1144, 1
	%1147 = extractvalue { i32, i32, i32, i32 } %1144, 2
	%1148 = extractvalue { i32, i32, i32, i32 } %1144, 3
	%1149 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1087, i32 %1088, i32 %1089, i32 %1090, i32 %1145, i32 %1146, float %1078, float %1079, float %1080, float %1081)
	%1150 = extractvalue { float, float, float, float } %1149, 0
	%1151 = extractvalue { float, float, float, float } %1149, 1
	%1152 = extractvalue { float, float, float, float } %1149, 2
	%1153 = extractvalue { float, float, float, float } %1149, 3
	%1154 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1087, i32 %1088, i32 %1089, i32 %1090, i32 %1147, i32 %1148, float %1083, float %1084, float %1085, float %1086)
	%1155 = extractvalue { float, float, float, float } %1154, 0
	%1156 = extractvalue { float, float, float, float } %1154, 1
	%1157 = extractvalue { float, float, float, float } %1154, 2
	%1158 = extractvalue { float, float, float, float } %1154, 3
	%1159 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %819, float %817)
	%1160 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %894, float %892)
	%1161 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %823, float %821)
	%1162 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %898, float %896)
	%1163 = xor i32 %1014, 0
	%1164 = add i32 %1163, u0x1000
	%1165 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1164)
	%1166 = extractvalue { i32, i32, i32, i32 } %1165, 0
	%1167 = extractvalue { i32, i32, i32, i32 } %1165, 1
	%1168 = extractvalue { i32, i32, i32, i32 } %1165, 2
	%1169 = extractvalue { i32, i32, i32, i32 } %1165, 3
	%1170 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1159, i32 %1160, i32 %1161, i32 %1162, i32 %1166, i32 %1167, float %1099, float %1100, float %1101, float %1102)
	%1171 = extractvalue { float, float, float, float } %1170, 0
	%1172 = extractvalue { float, float, float, float } %1170, 1
	%1173 = extractvalue { float, float, float, float } %1170, 2
	%1174 = extractvalue { float, float, float, float } %1170, 3
	%1175 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1159, i32 %1160, i32 %1161, i32 %1162, i32 %1168, i32 %1169, float %1104, float %1105, float %1106, float %1107)
	%1176 = extractvalue { float, float, float, float } %1175, 0
	%1177 = extractvalue { float, float, float, float } %1175, 1
	%1178 = extractvalue { float, float, float, float } %1175, 2
	%1179 = extractvalue { float, float, float, float } %1175, 3
	%1180 = xor i32 %1014, 32
	%1181 = add i32 %1180, u0x1000
	%1182 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1181)
	%1183 = extractvalue { i32, i32, i32, i32 } %1182, 0
	%1184 = extractvalue { i32, i32, i32, i32 } %1182, 1
	%1185 = extractvalue { i32, i32, i32, i32 } %1182, 2
	%1186 = extractvalue { i32, i32, i32, i32 } %1182, 3
	%1187 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1159, i32 %1160, i32 %1161, i32 %1162, i32 %1183, i32 %1184, float %1116, float %1117, float %1118, float %1119)
	%1188 = extractvalue { float, float, float, float } %1187, 0
	%1189 = extractvalue { float, float, float, float } %1187, 1
	%1190 = extractvalue { float, float, float, float } %1187, 2
	%1191 = extractvalue { float, float, float, float } %1187, 3
	%1192 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1159, i32 %1160, i32 %1161, i32 %1162, i32 %1185, i32 %1186, float %1121, float %1122, float %1123, float %1124)
	%1193 = extractvalue { float, float, float, float } %1192, 0
	%1194 = extractvalue { float, float, float, float } %1192, 1
	%1195 = extractvalue { float, float, float, float } %1192, 2
	%1196 = extractvalue { float, float, float, float } %1192, 3
	%1197 = xor i32 %1014, 64
	%1198 = add i32 %1197, u0x1000
	%1199 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1198)
	%1200 = extractvalue { i32, i32, i32, i32 } %1199, 0
	%1201 = extractvalue { i32, i32, i32, i32 } %1199, 1
	%1202 = extractvalue { i32, i32, i32, i32 } %1199, 2
	%1203 = extractvalue { i32, i32, i32, i32 } %1199, 3
	%1204 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1159, i32 %1160, i32 %1161, i32 %1162, i32 %1200, i32 %1201, float %1133, float %1134, float %1135, float %1136)
	%1205 = extractvalue { float, float, float, float } %1204, 0
	%1206 = extractvalue { float, float, float, float } %1204, 1
	%1207 = extractvalue { float, float, float, float } %1204, 2
	%1208 = extractvalue { float, float, float, float } %1204, 3
	%1209 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1159, i32 %1160, i32 %1161, i32 %1162, i32 %1202, i32 %1203, float %1138, float %1139, float %1140, float %1141)
	%1210 = extractvalue { float, float, float, float } %1209, 0
	%1211 = extractvalue { float, float, float, float } %1209, 1
	%1212 = extractvalue { float, float, float, float } %1209, 2
	%1213 = extractvalue { float, float, float, float } %1209, 3
	%1214 = xor i32 %1014, 96
	%1215 = add i32 %1214, u0x1000
	%1216 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1215)
	%1217 = extractvalue { i32, i32, i32, i32 } %1216, 0
	%1218 = extractvalue { i32, i32, i32, i32 } %1216, 1
	%1219 = extractvalue { i32, i32, i32, i32 } %1216, 2
	%1220 = extractvalue { i32, i32, i32, i32 } %1216, 3
	%1221 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1159, i32 %1160, i32 %1161, i32 %1162, i32 %1217, i32 %1218, float %1150, float %1151, float %1152, float %1153)
	%1222 = extractvalue { float, float, float, float } %1221, 0
	%1223 = extractvalue { float, float, float, float } %1221, 1
	%1224 = extractvalue { float, float, float, float } %1221, 2
	%1225 = extractvalue { float, float, float, float } %1221, 3
	%1226 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1159, i32 %1160, i32 %1161, i32 %1162, i32 %1219, i32 %1220, float %1155, float %1156, float %1157, float %1158)
	%1227 = extractvalue { float, float, float, float } %1226, 0
	%1228 = extractvalue { float, float, float, float } %1226, 1
	%1229 = extractvalue { float, float, float, float } %1226, 2
	%1230 = extractvalue { float, float, float, float } %1226, 3
	%1231 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %827, float %825)
	%1232 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %902, float %900)
	%1233 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %831, float %829)
	%1234 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %906, float %904)
	%1235 = xor i32 %1014, 0
	%1236 = add i32 %1235, 6144
	%1237 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1236)
	%1238 = extractvalue { i32, i32, i32, i32 } %1237, 0
	%1239 = extractvalue { i32, i32, i32, i32 } %1237, 1
	%1240 = extractvalue { i32, i32, i32, i32 } %1237, 2
	%1241 = extractvalue { i32, i32, i32, i32 } %1237, 3
	%1242 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1231, i32 %1232, i32 %1233, i32 %1234, i32 %1238, i32 %1239, float %1171, float %1172, float %1173, float %1174)
	%1243 = extractvalue { float, float, float, float } %1242, 0
	%1244 = extractvalue { float, float, float, float } %1242, 1
	%1245 = extractvalue { float, float, float, float } %1242, 2
	%1246 = extractvalue { float, float, float, float } %1242, 3
	%1247 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1231, i32 %1232, i32 %1233, i32 %1234, i32 %1240, i32 %1241, float %1176, float %1177, float %1178, float %1179)
	%1248 = extractvalue { float, float, float, float } %1247, 0
	%1249 = extractvalue { float, float, float, float } %1247, 1
	%1250 = extractvalue { float, float, float, float } %1247, 2
	%1251 = extractvalue { float, float, float, float } %1247, 3
	%1252 = xor i32 %1014, 32
	%1253 = add i32 %1252, 6144
	%1254 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1253)
	%1255 = extractvalue { i32, i32, i32, i32 } %1254, 0
	%1256 = extractvalue { i32, i32, i32, i32 } %1254, 1
	%1257 = extractvalue { i32, i32, i32, i32 } %1254, 2
	%1258 = extractvalue { i32, i32, i32, i32 } %1254, 3
	%1259 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1231, i32 %1232, i32 %1233, i32 %1234, i32 %1255, i32 %1256, float %1188, float %1189, float %1190, float %1191)
	%1260 = extractvalue { float, float, float, float } %1259, 0
	%1261 = extractvalue { float, float, float, float } %1259, 1
	%1262 = extractvalue { float, float, float, float } %1259, 2
	%1263 = extractvalue { float, float, float, float } %1259, 3
	%1264 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1231, i32 %1232, i32 %1233, i32 %1234, i32 %1257, i32 %1258, float %1193, float %1194, float %1195, float %1196)
	%1265 = extractvalue { float, float, float, float } %1264, 0
	%1266 = extractvalue { float, float, float, float } %1264, 1
	%1267 = extractvalue { float, float, float, float } %1264, 2
	%1268 = extractvalue { float, float, float, float } %1264, 3
	%1269 = xor i32 %1014, 64
	%1270 = add i32 %1269, 6144
	%1271 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1270)
	%1272 = extractvalue { i32, i32, i32, i32 } %1271, 0
	%1273 = extractvalue { i32, i32, i32, i32 } %1271, 1
	%1274 = extractvalue { i32, i32, i32, i32 } %1271, 2
	%1275 = extractvalue { i32, i32, i32, i32 } %1271, 3
	%1276 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1231, i32 %1232, i32 %1233, i32 %1234, i32 %1272, i32 %1273, float %1205, float %1206, float %1207, float %1208)
	%1277 = extractvalue { float, float, float, float } %1276, 0
	%1278 = extractvalue { float, float, float, float } %1276, 1
	%1279 = extractvalue { float, float, float, float } %1276, 2
	%1280 = extractvalue { float, float, float, float } %1276, 3
	%1281 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1231, i32 %1232, i32 %1233, i32 %1234, i32 %1274, i32 %1275, float %1210, float %1211, float %1212, float %1213)
	%1282 = extractvalue { float, float, float, float } %1281, 0
	%1283 = extractvalue { float, float, float, float } %1281, 1
	%1284 = extractvalue { float, float, float, float } %1281, 2
	%1285 = extractvalue { float, float, float, float } %1281, 3
	%1286 = xor i32 %1014, 96
	%1287 = add i32 %1286, 6144
	%1288 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1287)
	%1289 = extractvalue { i32, i32, i32, i32 } %1288, 0
	%1290 = extractvalue { i32, i32, i32, i32 } %1288, 1
	%1291 = extractvalue { i32, i32, i32, i32 } %1288, 2
	%1292 = extractvalue { i32, i32, i32, i32 } %1288, 3
	%1293 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1231, i32 %1232, i32 %1233, i32 %1234, i32 %1289, i32 %1290, float %1222, float %1223, float %1224, float %1225)
	%1294 = extractvalue { float, float, float, float } %1293, 0
	%1295 = extractvalue { float, float, float, float } %1293, 1
	%1296 = extractvalue { float, float, float, float } %1293, 2
	%1297 = extractvalue { float, float, float, float } %1293, 3
	%1298 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1231, i32 %1232, i32 %1233, i32 %1234, i32 %1291, i32 %1292, float %1227, float %1228, float %1229, float %1230)
	%1299 = extractvalue { float, float, float, float } %1298, 0
	%1300 = extractvalue { float, float, float, float } %1298, 1
	%1301 = extractvalue { float, float, float, float } %1298, 2
	%1302 = extractvalue { float, float, float, float } %1298, 3
	br i1 %932, label %loop, label %epilogue

store0:
	%1303 = mul i32 %10, %M
	%1304 = add i32 %1303, %564
	%1305 = mul i32 %1304, 64
	%1306 = shl i32 %6, 1
	%1307 = add i32 0, %1306
	%1308 = add i32 %1305, %1307
	%1309 = sext i32 %1308 to i64
	%1310 = getelementptr float, float* %out, i64 %1309
	store float %565, float* %1310
	%1311 = getelementptr float, float* %1310, i32 1
	store float %566, float* %1311
	%1312 = shl i32 %6, 1
	%1313 = add i32 8, %1312
	%1314 = add i32 %1305, %1313
	%1315 = sext i32 %1314 to i64
	%1316 = getelementptr float, float* %out, i64 %1315
	store float %567, float* %1316
	%1317 = getelementptr float, float* %1316, i32 1
	store float %568, float* %1317
	%1318 = shl i32 %6, 1
	%1319 = add i32 16, %1318
	%1320 = add i32 %1305, %1319
	%1321 = sext i32 %1320 to i64
	%1322 = getelementptr float, float* %out, i64 %1321
	store float %569, float* %1322
	%1323 = getelementptr float, float* %1322, i32 1
	store float %570, float* %1323
	%1324 = shl i32 %6, 1
	%1325 = add i32 24, %1324
	%1326 = add i32 %1305, %1325
	%1327 = sext i32 %1326 to i64
	%1328 = getelementptr float, float* %out, i64 %1327
	store float %571, float* %1328
	%1329 = getelementptr float, float* %1328, i32 1
	store float %572, float* %1329
	%1330 = shl i32 %6, 1
	%1331 = add i32 32, %1330
	%1332 = add i32 %1305, %1331
	%1333 = sext i32 %1332 to i64
	%1334 = getelementptr float, float* %out, i64 %1333
	store float %573, float* %1334
	%1335 = getelementptr float, float* %1334, i32 1
	store float %574, float* %1335
	%1336 = shl i32 %6, 1
	%1337 = add i32 40, %1336
	%1338 = add i32 %1305, %1337
	%1339 = sext i32 %1338 to i64
	%1340 = getelementptr float, float* %out, i64 %1339
	store float %575, float* %1340
	%1341 = getelementptr float, float* %1340, i32 1
	store float %576, float* %1341
	%1342 = shl i32 %6, 1
	%1343 = add i32 48, %1342
	%1344 = add i32 %1305, %1343
	%1345 = sext i32 %1344 to i64
	%1346 = getelementptr float, float* %out, i64 %1345
	store float %577, float* %1346
	%1347 = getelementptr float, float* %1346, i32 1
	store float %578, float* %1347
	%1348 = shl i32 %6, 1
	%1349 = add i32 56, %1348
	%1350 = add i32 %1305, %1349
	%1351 = sext i32 %1350 to i64
	%1352 = getelementptr float, float* %out, i64 %1351
	store float %579, float* %1352
	%1353 = getelementptr float, float* %1352, i32 1
	store float %580, float* %1353
	br label %stored0

stored0:
	%1354 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %520, i32 1, i32 31)
	%1355 = fadd float %520, %1354
	%1356 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1355, i32 2, i32 31)
	%1357 = fadd float %1355, %1356
	%1358 = fcmp ogt float %1357, 0.0
	%1359 = fdiv float 1.0, %1357
	%1360 = select i1 %1358, float %1359, float 0.0
	%1361 = mul i32 %3, 16
	%1362 = add i32 %12, %1361
	%1363 = add i32 %5, 8
	%1364 = add i32 %1362, %1363
	%1365 = fmul float %524, %1360
	%1366 = fmul float %525, %1360
	%1367 = fmul float %528, %1360
	%1368 = fmul float %529, %1360
	%1369 = fmul float %532, %1360
	%1370 = fmul float %533, %1360
	%1371 = fmul float %536, %1360
	%1372 = fmul float %537, %1360
	%1373 = fmul float %540, %1360
	%1374 = fmul float %541, %1360
	%1375 = fmul float %544, %1360
	%1376 = fmul float %545, %1360
	%1377 = fmul float %548, %1360
	%1378 = fmul float %549, %1360
	%1379 = fmul float %552, %1360
	%1380 = fmul float %553, %1360
	%1381 = icmp slt i32 %1364, %M
	br i1 %1381, label %store1, label %stored1

store1:
	%1382 = mul i32 %10, %M
	%1383 = add i32 %1382, %1364
	%1384 = mul i32 %1383, 64
	%1385 = shl i32 %6, 1
	%1386 = add i32 0, %1385
	%1387 = add i32 %1384, %1386
	%1388 = sext i32 %1387 to i64
	%1389 = getelementptr float, float* %out, i64 %1388
	store float %1365, float* %1389
	%1390 = getelementptr float, float* %1389, i32 1
	store float %1366, float* %1390
	%1391 = shl i32 %6, 1
	%1392 = add i32 8, %1391
	%1393 = add i32 %1384, %1392
	%1394 = sext i32 %1393 to i64
	%1395 = getelementptr float, float* %out, i64 %1394
	store float %1367, float* %1395
	%1396 = getelementptr float, float* %1395, i32 1
	store float %1368, float* %1396
	%1397 = shl i32 %6, 1
	%1398 = add i32 16, %1397
	%1399 = add i32 %1384, %1398
	%1400 = sext i32 %1399 to i64
	%1401 = getelementptr float, float* %out, i64 %1400
	store float %1369, float* %1401
	%1402 = getelementptr float, float* %1401, i32 1
	store float %1370, float* %1402
	%1403 = shl i32 %6, 1
	%1404 = add i32 24, %1403
	%1405 = add i32 %1384, %1404
	%1406 = sext i32 %1405 to i64
	%1407 = getelementptr float, float* %out, i64 %1406
	store float %1371, float* %1407
	%1408 = getelementptr float, float* %1407, i32 1
	store float %1372, float* %1408
	%1409 = shl i32 %6, 1
	%1410 = add i32 32, %1409
	%1411 = add i32 %1384, %1410
	%1412 = sext i32 %1411 to i64
	%1413 = getelementptr float, float* %out, i64 %1412
	store float %1373, float* %1413
	%1414 = getelementptr float, float* %1413, i32 1
	store float %1374, float* %1414
	%1415 = shl i32 %6, 1
	%1416 = add i32 40, %1415
	%1417 = add i32 %1384, %1416
	%1418 = sext i32 %1417 to i64
	%1419 = getelementptr float, float* %out, i64 %1418
	store float %1375, float* %1419
	%1420 = getelementptr float, float* %1419, i32 1
	store float %1376, float* %1420
	%1421 = shl i32 %6, 1
	%1422 = add i32 48, %1421
	%1423 = add i32 %1384, %1422
	%1424 = sext i32 %1423 to i64
	%1425 = getelementptr float, float* %out, i64 %1424
	store float %1377, float* %1425
	%1426 = getelementptr float, float* %1425, i32 1
	store float %1378, float* %1426
	%1427 = shl i32 %6, 1
	%1428 = add i32 56, %1427
	%1429 = add i32 %1384, %1428
	%1430 = sext i32 %1429 to i64
	%1431 = getelementptr float, float* %out, i64 %1430
	store float %1379, float* %1431
	%1432 = getelementptr float, float* %1431, i32 1
	store float %1380, float* %1432
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
!0 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @f32out_attn0, !"maxntidx", i32 128}
!1 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @f32out_attn0, !"minctasm", i32 3}
